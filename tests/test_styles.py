"""Every styled output loads with its style, as the desktop loads it: the
style applies to the output's geometry type and uses only its fields."""
import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsRenderContext

from sample_runs import STYLED, sample_runs


def _expressions(renderer):
    root = renderer.rootRule()
    return [rule.filterExpression() for rule in root.descendants()
            if rule.filterExpression() and not rule.isElse()]
ALL_ATTRIBUTES = "#!allattributes!#"  # QgsFeatureRequest::ALL_ATTRIBUTES


@pytest.mark.parametrize("algorithm_id", sorted(STYLED))
def test_outputs_load_styled(run_and_load, algorithm_id):
    layers = run_and_load(algorithm_id, sample_runs()[algorithm_id])
    for output in STYLED[algorithm_id]:
        layer = layers[output]
        renderer = layer.renderer()
        assert renderer.type() == "RuleRenderer", "%s loaded without its style" % output
        for symbol in renderer.symbols(QgsRenderContext()):
            assert symbol.type() == layer.geometryType(), output
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        names = set(layer.fields().names())
        for text in _expressions(renderer):
            expression = QgsExpression(text)
            assert not expression.hasParserError(), text
            assert expression.referencedColumns() <= names, (output, text)
            assert expression.prepare(context), (output, text, expression.evalErrorString())
        if layer.labelsEnabled():
            label_expression = QgsExpression(layer.labeling().settings().fieldName)
            # attribute(@feature, 'name') reads a field the input may lack: it gives NULL, no error
            assert label_expression.referencedColumns() - {ALL_ATTRIBUTES} <= names, output
            context.setFeature(next(layer.getFeatures()))
            assert label_expression.evaluate(context), (output, label_expression.evalErrorString())


def test_every_value_of_a_layout_output_has_its_own_rule(run_and_load):
    """Plots, roads, facilities and land not used: each value the algorithm
    writes has a rule of its own (not only the catch-all)."""
    layers = run_and_load("malisites:sitelayout", sample_runs()["malisites:sitelayout"])
    for output, field in (("OUTPUT_PLOTS", "use"), ("OUTPUT_ROADS", "road_class"),
                          ("OUTPUT_FACILITIES", "kind"), ("OUTPUT_EXCLUDED", "reason")):
        layer = layers[output]
        rules = [r for r in layer.renderer().rootRule().children() if not r.isElse()]
        for feature in layer.getFeatures():
            value = feature[field]
            if output == "OUTPUT_PLOTS" and value == "household":
                continue  # households: the catch-all rule, coloured by block
            assert any(QgsExpression(r.filterExpression()).evaluate(_context(layer, feature)) for r in rules), \
                (output, value)


def _context(layer, feature):
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return context


def test_flood_legends_name_every_class_of_the_scheme(run_and_load):
    """The legend a project already shows (its layer-tree model exists before
    the run) lists each class of the run's scheme as 'rank: name', in order,
    then unknown: no 'rank N' left, no rank the scheme lacks (the default
    depth scheme of resources/standards/flood_classes.json)."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from mali_sites_plugin.common.standards import load_hazard_schemes
    schemes, default = load_hazard_schemes()
    scheme = schemes[default]
    expected = ["%d: %s" % (rank, item.name_in("en")) for rank, item in enumerate(scheme.classes)]
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    layers = run_and_load("malisites:floodexposure", sample_runs()["malisites:floodexposure"])
    for output in ("OUTPUT_SITES", "OUTPUT_CORRIDOR_SEGMENTS"):
        tree_layer = QgsProject.instance().layerTreeRoot().findLayer(layers[output].id())
        shown = [node.data(0) for node in model.layerLegendNodes(tree_layer)]
        assert shown == expected + ["unknown (nodata / outside the raster)"], (output, shown)


def test_a_site_plan_loads_land_under_plots_under_shelters_and_facilities(run_and_load):
    """Whatever order QGIS loads the outputs in, the layer list (top first)
    has facilities over shelters over roads, blocks, plots and land not used."""
    from qgis.core import QgsProject
    layers = run_and_load("malisites:sitelayout", sample_runs()["malisites:sitelayout"])
    order = [node.layerId() for node in QgsProject.instance().layerTreeRoot().findLayers()]
    expected = ["OUTPUT_FACILITIES", "OUTPUT_SHELTERS", "OUTPUT_FIREBREAKS", "OUTPUT_ROADS", "OUTPUT_BLOCKS",
                "OUTPUT_PLOTS", "OUTPUT_EXCLUDED"]
    assert sorted((order.index(layers[output].id()) for output in expected)) == \
        [order.index(layers[output].id()) for output in expected]


# Colour-vision deficiency simulation matrices of Machado, Oliveira and Fernandes
# (2009, IEEE TVCG 15(6)), severity 1.0, on linear RGB.
DICHROMACY = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
CLEARLY_DIFFERENT = 10.0  # CIE76 delta E; about 2.3 is the smallest difference one notices


def _lab_of_linear(linear):
    import numpy as np
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("style, geometry", [("flood_sites", "Polygon"), ("flood_corridor_segments", "LineString")])
def test_flood_classes_stay_apart_for_colour_blind_readers(plugin, style, geometry):
    """Every two hazard classes of a flood style (as its .qml draws them) stay
    clearly different for a reader with no red, green or blue cones (simulated)."""
    import numpy as np
    from qgis.core import QgsVectorLayer
    from conftest import REPO
    layer = QgsVectorLayer("%s?crs=EPSG:32630&field=worst_rank:integer&field=class_rank:integer" % geometry, style,
                           "memory")
    assert layer.loadNamedStyle(str(REPO / "resources" / "styles" / (style + ".qml")))[1]
    colours = [rule.symbol().color() for rule in layer.renderer().rootRule().children()
               if rule.label().startswith("rank ")]
    assert len(colours) >= 4
    for name, matrix in DICHROMACY.items():
        labs = []
        for colour in colours:
            channels = np.array([colour.red(), colour.green(), colour.blue()]) / 255.0
            linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
            labs.append(_lab_of_linear(np.clip(np.array(matrix) @ linear, 0, 1)))
        for i in range(len(labs)):
            for j in range(i + 1, len(labs)):
                difference = float(np.linalg.norm(labs[i] - labs[j]))
                assert difference >= CLEARLY_DIFFERENT, (style, name, "rank %d" % i, "rank %d" % j, difference)


def test_a_flood_site_of_class_0_without_a_class_name_is_drawn_and_in_the_legend(plugin, tmp_path):
    """Flood outputs read back from a file (the print algorithm's path): the
    sample's Sévaré Extension has worst_rank 0 and no worst_class. Its rule
    comes from the scheme, so the site is drawn in the colour of class 0 and
    the legend lists class 0 by the name its scenario columns give it
    (hazard_class_q100 'caution', rank 0)."""
    import shutil
    from qgis.core import (QgsLayerTree, QgsLayerTreeModel, QgsMapRendererParallelJob, QgsMapSettings,
                           QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    from conftest import SAMPLE_DATA
    from mali_sites.processing_algorithms.common.styles import apply_style
    path = tmp_path / "sites.gpkg"
    shutil.copyfile(SAMPLE_DATA / "sites_flood_exposure.gpkg", path)
    layer = QgsVectorLayer(str(path), "sites", "ogr")
    site = next(f for f in layer.getFeatures() if f["site_name"] == "Sévaré Extension")
    assert site["worst_rank"] == 0 and not site["worst_class"] and site["hazard_class_q100"] == "caution"
    assert apply_style(layer, "flood_sites", "en")[1]
    context = QgsRenderContext()
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    symbols = renderer.symbolsForFeature(site, context)
    labels = [rule.label() for rule in renderer.rootRule().children() if rule.willRenderFeature(site, context)]
    renderer.stopRender(context)
    assert labels == ["0: caution"]
    root = QgsLayerTree()
    tree_layer = root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    shown = [node.data(0) for node in model.layerLegendNodes(tree_layer)]
    assert "0: caution" in shown, shown
    # drawn: the pixel at a point inside the site has the fill colour of its rule
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputSize(QSize(200, 200))
    extent = site.geometry().boundingBox()
    extent.scale(1.2)
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    inside = settings.mapToPixel().transform(site.geometry().pointOnSurface().asPoint())
    pixel = QColor(job.renderedImage().pixel(int(inside.x()), int(inside.y())))
    fill = symbols[0].color()
    alpha = fill.alphaF() * symbols[0].opacity()  # over the white background
    expected = [round(alpha * c + (1 - alpha) * 255) for c in (fill.red(), fill.green(), fill.blue())]
    assert all(abs(a - b) <= 3 for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), expected)), (
        pixel.name(), expected)
