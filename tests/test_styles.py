"""Every styled output loads with its style, as the desktop loads it: the
style applies to the output's geometry type and uses only its fields."""
import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsRenderContext

from sample_runs import sample_runs

STYLED = {  # algorithm -> outputs that carry a style
    "malisites:importdtmsites": ("OUTPUT",),
    "malisites:washcoverage": ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES",
                               "OUTPUT_GAPS", "OUTPUT_SUGGESTED"),
    "malisites:floodexposure": ("OUTPUT_SITES", "OUTPUT_CORRIDORS", "OUTPUT_CORRIDOR_SEGMENTS"),
    "malisites:sitelayout": ("OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS", "OUTPUT_ROADS",
                             "OUTPUT_FIREBREAKS", "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED"),
}


def _expressions(renderer):
    root = renderer.rootRule()
    return [rule.filterExpression() for rule in root.descendants()
            if rule.filterExpression() and not rule.isElse()]


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
            assert label_expression.referencedColumns() <= names, output


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
