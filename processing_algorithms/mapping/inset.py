"""The inset map of Mali on a printed site map and the region of each site,
from the Natural Earth boundaries shipped with QGIS (world_map.gpkg)."""
import os

from qgis.core import (QgsApplication, QgsCentroidFillSymbolLayer, QgsCoordinateReferenceSystem, QgsFeatureRequest,
                       QgsFillSymbol, QgsGeometry, QgsMarkerSymbol, QgsPointXY, QgsRuleBasedRenderer,
                       QgsSingleSymbolRenderer, QgsVectorLayer)

WORLD_MAP = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")


def wgs84():
    return QgsCoordinateReferenceSystem("EPSG:4326")


def mali_layer(layer_name, expression):
    """A Natural Earth layer's features of Mali, copied to memory (the system
    file read without being touched: IMMUTABLE); None when QGIS lacks the file."""
    source = QgsVectorLayer("%s|layername=%s|option:IMMUTABLE=YES" % (WORLD_MAP, layer_name), layer_name, "ogr")
    if not source.isValid():
        return None
    return source.materialize(QgsFeatureRequest().setFilterExpression(expression))


def regions_of(points):
    """The Natural Earth region name (Mopti, Ségou...) holding each (lon, lat), None outside them."""
    regions = mali_layer("states_provinces", "\"admin\" = 'Mali'")
    if regions is None:
        return [None] * len(points)
    shapes = [(feature["name"], feature.geometry()) for feature in regions.getFeatures()]
    names = []
    for lon, lat in points:
        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        names.append(next((name for name, shape in shapes if shape.contains(point)), None))
    return names


def mali_boundaries():
    """(Mali, its regions) from Natural Earth styled as a map's background; (None, None) when QGIS lacks them."""
    country = mali_layer("countries", "\"NAME\" = 'Mali'")
    regions = mali_layer("states_provinces", "\"admin\" = 'Mali'")
    if country is None or regions is None or not country.featureCount():
        return None, None
    country.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#f2efe6", "outline_color": "#444444", "outline_width": "0.4"})))
    regions.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#999999", "outline_width": "0.15"})))
    return country, regions


def fill_inset(project, inset, coverage, atlas=True):
    """Mali, its regions and a star on the page's site (dots on the others), all of Mali in view;
    without ``atlas`` (one page of many sites) a red dot on every site."""
    country, regions = mali_boundaries()
    if country is None:
        return
    locator = coverage.clone()
    root = QgsRuleBasedRenderer.Rule(None)
    marks = (("@atlas_featureid <> $id", "#555555", "1.6"), ("@atlas_featureid = $id", "#d7191c", "5.5")) \
        if atlas else (("TRUE", "#d7191c", "1.6"),)
    for expression, color, size in marks:
        marker = QgsMarkerSymbol.createSimple({"name": "star" if size == "5.5" else "circle",
                                               "color": color, "size": size, "outline_color": "#ffffff"})
        fill = QgsFillSymbol()
        fill.changeSymbolLayer(0, centroid_layer(marker))
        root.appendChild(QgsRuleBasedRenderer.Rule(fill, 0, 0, expression))
    locator.setRenderer(QgsRuleBasedRenderer(root))
    locator.setLabelsEnabled(False)  # the main map names the sites
    for layer in (country, regions, locator):
        project.addMapLayer(layer)
    inset.setCrs(wgs84())
    inset.setLayers([locator, regions, country])
    inset.setKeepLayerSet(True)
    inset.setAtlasDriven(False)
    extent = country.extent()
    extent.scale(1.06)
    size = inset.sizeWithUnits()
    inset.setExtent(extent)  # an empty extent from the template would stay empty otherwise
    inset.attemptResize(size)  # setExtent reshapes the frame to the extent: back to its own
    inset.zoomToExtent(extent)


def centroid_layer(marker):
    """A fill symbol layer drawing ``marker`` on a point inside each polygon."""
    layer = QgsCentroidFillSymbolLayer()
    layer.setSubSymbol(marker)
    layer.setPointOnSurface(True)
    return layer
