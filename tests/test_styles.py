"""Every styled output loads with its style, as the desktop loads it: the
style applies to the output's geometry type and uses only its fields."""
import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsRenderContext

from sample_runs import sample_runs

STYLED = {  # algorithm -> outputs that carry a style
    "malisites:washcoverage": ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES",
                               "OUTPUT_GAPS", "OUTPUT_SUGGESTED"),
    "malisites:floodexposure": ("OUTPUT_SITES", "OUTPUT_CORRIDORS", "OUTPUT_CORRIDOR_SEGMENTS"),
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
