"""Conversions between QGIS objects and the core's shapely / pyproj world.
Every algorithm module imports it when the plugin loads: numpy, pyproj,
shapely and the core's geometry modules come when a run first uses them."""
import math

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest,
                       QgsField, QgsFields, QgsGeometry, QgsProcessingException, QgsProcessingFeatureSource)
from qgis.PyQt.QtCore import QCoreApplication

from . import compat
from ...mali_sites_plugin.common.columns import finite_number
from ...mali_sites_plugin.common.lazy import lazy_module
from ...mali_sites_plugin.common.rasters import RasterInput

np = lazy_module("numpy")
pyproj = lazy_module("pyproj")
core_wkb = lazy_module("...mali_sites_plugin.common.wkb", __package__)
core_crs = lazy_module("...mali_sites_plugin.common.crs", __package__)
core_geometry = lazy_module("...mali_sites_plugin.common.geometry", __package__)


def to_shapely(geometry):
    """QgsGeometry -> shapely geometry, or None for a null/empty one."""
    return to_shapely_all([geometry])[0]


def to_shapely_all(geometries):
    """to_shapely of many QgsGeometry, read by one WKB reader."""
    return core_wkb.from_wkbs([None if g is None or g.isNull() or g.isEmpty() else bytes(g.asWkb())
                      for g in geometries])


def from_shapely(geometry):
    return from_shapely_all([geometry])[0]


def from_shapely_all(geometries):
    """QgsGeometry of many shapely geometries, written by one WKB writer."""
    results = []
    for blob in core_wkb.wkbs(geometries):
        result = QgsGeometry()
        result.fromWkb(blob)
        results.append(result)
    return results


def to_pyproj(crs):
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return pyproj.CRS.from_user_input(authid)
    return pyproj.CRS.from_wkt(crs.toWkt(compat.CRS_WKT))


def to_qgis(crs):
    epsg = crs.to_epsg()
    if epsg is not None:
        return QgsCoordinateReferenceSystem("EPSG:%d" % epsg)
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


def raster_input(layer, band=1):
    """The core's RasterInput for a raster layer: the file GDAL reads (any
    '|option' QGIS appends cut off), the band, and the layer's CRS, which
    overrides the file's own as it does in QGIS."""
    if layer.providerType() != "gdal":
        raise QgsProcessingException(QCoreApplication.translate(
            "MaliSites", "Raster '{0}' is not a file GDAL can read (provider {1}): save it as a "
            "GeoTIFF (Export > Save As) and use that file.").format(layer.name(), layer.providerType()))
    crs = to_pyproj(layer.crs()) if layer.crs().isValid() else None
    return RasterInput(layer.source().split("|")[0], int(band), crs, layer.name())


def require_crs(source, layer_label):
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            QCoreApplication.translate(
                "MaliSites", "Layer '{0}' has no coordinate reference system. Set its CRS "
                "(Layer Properties > Source) and run again.").format(layer_label))


def metric_crs_for(source, context, layer_label):
    """The projected CRS to measure in: the source's own if it is in metres
    with little scale error, else the UTM zone of the centre of its extent
    (a single point's extent is fine)."""
    require_crs(source, layer_label)
    crs = source.sourceCrs()
    extent = source.sourceExtent()
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if extent.isNull() or not all(math.isfinite(v) for v in corners):
        raise QgsProcessingException(QCoreApplication.translate(
            "MaliSites", "Layer '{0}' has no features with a location; a UTM zone "
            "cannot be chosen.").format(layer_label))
    metric = core_crs.metric_crs(to_pyproj(crs), corners)
    return crs if metric == to_pyproj(crs) else to_qgis(metric)


def source_features(source, request=None):
    """The features of a Processing feature source (or of a layer), invalid
    geometries included whatever QGIS's "Invalid features filtering" setting
    says: its default (which the desktop and processing.run use, not
    qgis_process) stops the run at the first one, where the plugin repairs or
    skips it and counts both (mali_sites_plugin/common/geometry.py). A layer
    read directly has no such check."""
    request = QgsFeatureRequest() if request is None else request
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, compat.SOURCE_SKIP_GEOMETRY_CHECKS)
    return source.getFeatures(request)


def features_in(source, crs, context, feedback=None, attributes=True):
    """The source's features with geometries transformed to ``crs`` (source_features)."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    if not attributes:
        request.setNoAttributes()
    if feedback is not None:
        request.setFeedback(feedback)
    return source_features(source, request)


def transform_rectangle(rectangle, source_crs, target_crs, context):
    transform = QgsCoordinateTransform(source_crs, target_crs, context.transformContext())
    return transform.transformBoundingBox(rectangle)


def read_geometries(source, crs, context, feedback, kind, layer_label, tally=None):
    """(features, geometries, intake report): the source's features read in
    ``crs``, their geometries as shapely, repaired or None (skipped) by
    mali_sites_plugin.geometry.clean_geometries; the counts are logged and
    added to ``tally`` (the run's IntakeReport, reported in its results).
    ``kind`` may be a function of the geometries read (QgsGeometry) that returns the kind."""
    features = list(features_in(source, crs, context))
    read = [feature.geometry() for feature in features]  # each call makes a copy: once
    if callable(kind):
        kind = kind(read)
    geometries, report = core_geometry.clean_geometries(to_shapely_all(read), kind,
                                                        labels=[f.id() for f in features])
    if tally is not None:
        tally.add(report)
    if report.repaired or report.skipped:
        feedback.pushInfo(QCoreApplication.translate("MaliSites", "{0}: {1}").format(
            layer_label, report.summary()))
        for message in report.messages[:50]:
            feedback.reportError(message, fatalError=False)
    return features, geometries, report


def point_locations(features):
    """(xy array (n, 2), located mask, multipart count) for features used as
    locations: a point as it is (read directly: shelter layers are large),
    other geometries by the core's point_location (centroid, or a point on
    the surface of a polygon whose centroid falls outside), null and empty
    geometries unlocated."""
    xy = np.zeros((len(features), 2))
    located = np.zeros(len(features), dtype=bool)
    multipart = 0
    for index, feature in enumerate(features):
        geometry = feature.geometry()
        point = None
        if not geometry.isMultipart():  # (QGIS 3.40's asPoint also reads a multipoint of one point)
            try:
                point = geometry.asPoint()  # single points, with or without z and m: the quickest read there is
            except (TypeError, ValueError):  # not a point, or a null geometry
                pass
        if point is not None:
            x, y = point.x(), point.y()
            if math.isnan(x) or math.isnan(y):  # an empty point
                continue
            xy[index] = x, y
        else:
            shape = geometry.constGet()
            if shape is None or shape.isEmpty():
                continue
            multipart += geometry.isMultipart()
            xy[index] = core_geometry.point_location(to_shapely(geometry))
        located[index] = True
    return xy, located, multipart


def extended_fields(fields, new_fields):
    """Input fields plus ``new_fields`` (QgsField list); a new field whose name
    the input already has (a re-run on an earlier output) replaces it.
    Returns (fields, positions of the new fields, positions of the input fields kept)."""
    new_names = {field.name().lower() for field in new_fields}
    result = QgsFields()
    kept = []
    for index, field in enumerate(fields):
        if field.name().lower() not in new_names:
            result.append(field)
            kept.append(index)
    first_new = result.count()
    for field in new_fields:
        result.append(field)
    return result, list(range(first_new, result.count())), kept


def transform_xy(xy, source_crs, target_crs):
    """Coordinates (n, 2) from one QGIS CRS to another, vectorised with pyproj."""
    if source_crs == target_crs or len(xy) == 0:
        return np.asarray(xy, dtype=float)
    return core_crs.transform_xy(xy, to_pyproj(source_crs), to_pyproj(target_crs))


def make_field(name, kind):
    """A QgsField of kind 'string', 'int', 'double' or 'bool' on every QGIS version."""
    return QgsField(name, compat.FIELD_TYPES[kind])


def make_fields(*specs):
    """QgsFields from (name, kind) pairs."""
    fields = QgsFields()
    for name, kind in specs:
        fields.append(make_field(name, kind))
    return fields


def fields_of(columns):
    """QgsFields of the core's output columns (common.columns.Column)."""
    return make_fields(*((column.name, column.kind) for column in columns))


def transformed(geometry, transform):
    """A shapely geometry as a QgsGeometry through ``transform``, still valid:
    a polygon valid in metres can self-touch once its vertices are rounded
    in degrees, so invalid results are repaired (keeping their polygons)."""
    result = from_shapely(geometry)
    result.transform(transform)
    if result.type() == compat.POLYGON_GEOMETRY and not result.isGeosValid():
        result = result.makeValid()
        if compat.flat_type(result.wkbType()) == compat.WKB_GEOMETRY_COLLECTION:
            result.convertGeometryCollectionToSubclass(compat.POLYGON_GEOMETRY)
    return result


def attribute_values(features, field_name):
    """One field's values, None where the field is not given or the value is NULL."""
    if not field_name:
        return [None] * len(features)
    return [None if is_null(value) else value for value in (feature[field_name] for feature in features)]


def is_null(value):
    """None or a QGIS NULL attribute."""
    if value is None:
        return True
    if isinstance(value, (int, float, str)):  # most values: no isNull to look for
        return False
    return hasattr(value, "isNull") and value.isNull()


def as_number(value, default=None):
    """An attribute or array value as a finite float; ``default`` for NULL,
    text that is not a number, inf and nan (NULL in an output)."""
    return default if is_null(value) else finite_number(value, default)
