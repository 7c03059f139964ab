"""The WASH coverage outputs: the input features with the audit's fields
(shelters, water points, latrines), the gap polygons and the suggested new
facilities."""
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

from ...mali_sites_plugin.common.columns import rows
from ...mali_sites_plugin.wash.tables import (flood_gap_table, gap_table, latrine_columns, shelter_columns,
                                              suggestion_table, water_point_columns)
from ..common import compat
from ..common.base import check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import extended_fields, fields_of, transformed

BATCH = 5000


def write_shelters(outputs, context, steps, name, shelters, result, water_ids, latrine_ids, network_mode):
    """The shelters as they are, with people, nearest facility, distance and
    verdict per kind (and the snapping distance with a path network)."""
    columns = shelter_columns(result, shelters.people, shelters.layer.located, water_ids, latrine_ids,
                              network_mode)
    source, features = shelters.layer.source, shelters.layer.features
    fields, _, kept = extended_fields(source.fields(), fields_of(columns))
    sink, dest = outputs.sink(name, fields, source.wkbType(), source.sourceCrs())
    new_values = rows(columns)
    total = max(len(features), 1)
    steps.setProgress(0)  # this step starts (the audit left its feedback at 100)
    for start in range(0, len(features), BATCH):
        check_canceled(steps)
        batch = features[start:start + BATCH]
        for feature, values in zip(batch, new_values[start:start + BATCH]):
            attributes = feature.attributes()
            feature.setFields(fields, False)  # the input feature, reused: its geometry as it is
            feature.setAttributes([attributes[i] for i in kept] + list(values))
        sink.addFeatures(batch, compat.FAST_INSERT)
        steps.setProgress(100.0 * (start + len(batch)) / total)  # written so far, the last batch included
    style_on_load(context, dest, "wash_shelters")
    return dest


def write_water_points(outputs, context, name, water, result):
    columns = water_point_columns(water.kinds, water.facilities, result.water.load, result.flood)
    return _write_facilities(outputs, context, name, water.layer, columns, "wash_water_points")


def write_latrines(outputs, context, name, latrines, result):
    columns = latrine_columns(latrines.cubicles, latrines.genders, latrines.facilities, result)
    return _write_facilities(outputs, context, name, latrines.layer, columns, "wash_latrines")


def _write_facilities(outputs, context, name, layer, columns, style):
    fields, _, kept = extended_fields(layer.source.fields(), fields_of(columns))
    sink, dest = outputs.sink(name, fields, layer.source.wkbType(), layer.source.sourceCrs())
    if sink is None:
        return None
    batch = []
    for feature, values in zip(layer.features, rows(columns)):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        attributes = feature.attributes()
        out.setAttributes([attributes[i] for i in kept] + list(values))
        batch.append(out)
    sink.addFeatures(batch, compat.FAST_INSERT)
    style_on_load(context, dest, style)
    return dest


def write_gaps(outputs, context, name, crs, back, result):
    """One polygon per gap, in the shelters' CRS (``back`` from the metric CRS)."""
    polygons, columns = gap_table(result)
    return _write_gap_layer(outputs, context, name, back, crs, polygons, columns)


def write_flood_gaps(outputs, context, name, crs, back, result):
    """Each flood scenario's gaps, with their scenario; None without a flood audit."""
    table = flood_gap_table(result)
    return None if table is None else _write_gap_layer(outputs, context, name, back, crs, *table)


def _write_gap_layer(outputs, context, name, back, crs, polygons, columns):
    def geometry(polygon):
        shape = transformed(polygon, back)
        shape.convertToMultiType()
        return shape
    return _write_table(outputs, context, name, crs, compat.WKB_MULTIPOLYGON, map(geometry, polygons), columns,
                        "wash_gaps")


def write_suggestions(outputs, context, name, crs, back, result, water_kind, people_per_toilet):
    """The suggested facilities in the order they were chosen."""
    points, columns = suggestion_table(result, water_kind, people_per_toilet)

    def geometry(point):
        shape = QgsGeometry.fromPointXY(QgsPointXY(*point))
        shape.transform(back)
        return shape
    return _write_table(outputs, context, name, crs, compat.WKB_POINT, map(geometry, points), columns,
                        "wash_suggested")


def _write_table(outputs, context, name, crs, wkb_type, geometries, columns, style):
    """A new layer of ``columns`` (common.columns.Column), one feature per geometry."""
    fields = fields_of(columns)
    sink, dest = outputs.sink(name, fields, wkb_type, crs)
    if sink is None:
        return None
    for geometry, values in zip(geometries, rows(columns)):
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        sink.addFeature(feature, compat.FAST_INSERT)
    style_on_load(context, dest, style)
    return dest
