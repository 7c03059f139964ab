"""Styles of the site layout outputs (resources/styles/layout_*.qml).

The styles are built here with PyQGIS; run this file as a script to rebuild
them after a change:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/test_site_layout_styles.py

The tests check that every output of malisites:sitelayout loads with its
style, as the desktop loads it, and that each style has the rules defined
below (nothing hand-edited and forgotten) and uses only the output's fields.
"""
import os
import sys
from pathlib import Path


STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"

USE_COLOURS = (  # plots: (label, use value, colour)
    ("Water point", "water_point", "#2c7bb6"),
    ("Latrine block", "latrine_block", "#8c510a"),
    ("Health post", "health_post", "#d7191c"),
    ("School", "school", "#7b3294"),
    ("Distribution point", "distribution_point", "#fdae61"),
    ("Market", "market", "#1a9641"),
    ("Vacant plot", "vacant", "#f0f0f0"),
)
FACILITY_MARKERS = (  # (label, kind, colour, shape, size)
    ("Water point", "water_point", "#2c7bb6", "circle", 3.0),
    ("Latrine block", "latrine_block", "#8c510a", "square", 3.0),
    ("Health post", "health_post", "#d7191c", "cross_fill", 4.2),
    ("School", "school", "#7b3294", "triangle", 4.2),
    ("Distribution point", "distribution_point", "#fdae61", "diamond", 4.2),
    ("Market", "market", "#1a9641", "pentagon", 4.2),
    ("Entrance", "entrance", "#000000", "star", 5.0),
)
ROAD_CLASSES = (  # (label, class, colour)
    ("Entrance road", "entrance", "#4d4d4d"),
    ("Road between blocks", "primary", "#8c8c8c"),
    ("Lane between communities", "secondary", "#bdbdbd"),
    ("Path between plot rows", "path", "#d9d9d9"),
)
REASONS = (  # (label, reason, colour, fill style)
    ("Setback along the boundary", "setback", "#d9d9d9", "solid"),
    ("Exclusion", "exclusion", "#b2df8a", "solid"),
    ("Flood-prone land", "flood", "#a6cee3", "solid"),
    ("Too steep", "slope", "#e6550d", "b_diagonal"),
    ("Buildable land left over", "leftover", "#ffffff", "solid"),
)
OUTPUT_STYLES = {"OUTPUT_PLOTS": "layout_plots", "OUTPUT_SHELTERS": "layout_shelters",
                 "OUTPUT_BLOCKS": "layout_blocks", "OUTPUT_ROADS": "layout_roads",
                 "OUTPUT_FIREBREAKS": "layout_firebreaks", "OUTPUT_FACILITIES": "layout_facilities",
                 "OUTPUT_EXCLUDED": "layout_excluded"}


def expected_rules():
    """style name -> [(label, filter expression)] as built below."""
    return {
        "layout_plots": [(label, "\"use\" = '%s'" % use) for label, use, _ in USE_COLOURS]
        + [("Household plot (colour by block)", "ELSE")],
        "layout_shelters": [("Shelter", "ELSE")],
        "layout_blocks": [("Block", "ELSE")],
        "layout_roads": [(label, "\"road_class\" = '%s'" % cls) for label, cls, _ in ROAD_CLASSES],
        "layout_firebreaks": [("Firebreak", "ELSE")],
        "layout_facilities": [(label, "\"kind\" = '%s'" % kind) for label, kind, *_ in FACILITY_MARKERS],
        "layout_excluded": [(label, "\"reason\" = '%s'" % reason) for label, reason, *_ in REASONS],
    }


def build():
    """Write resources/styles/layout_*.qml (needs a running QgsApplication)."""
    from qgis.core import (QgsFillSymbol, QgsMarkerSymbol, QgsPalLayerSettings, QgsProperty,
                           QgsRuleBasedRenderer, QgsSymbolLayer, QgsTextBufferSettings, QgsTextFormat,
                           QgsVectorLayer, QgsVectorLayerSimpleLabeling)
    from qgis.PyQt.QtGui import QFont

    def fill(colour, outline="#636363", style="solid", width="0.15"):
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "style": style,
                                           "outline_width": width})

    def marker(colour, shape, size):
        return QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": str(size),
                                             "outline_color": "#252525", "outline_width": "0.2"})

    def rules(entries):
        root = QgsRuleBasedRenderer.Rule(None)
        for label, expression, symbol in entries:
            rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "" if expression == "ELSE" else expression, label)
            if expression == "ELSE":
                rule.setIsElse(True)
            root.appendChild(rule)
        return QgsRuleBasedRenderer(root)

    def labels(expression, size=7.0):
        settings = QgsPalLayerSettings()
        settings.fieldName = expression
        settings.isExpression = True
        text = QgsTextFormat()
        text.setFont(QFont("Sans Serif"))
        text.setSize(size)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        text.setBuffer(buffer)
        settings.setFormat(text)
        return QgsVectorLayerSimpleLabeling(settings)

    def save(name, geometry, fields, renderer, labeling=None):
        uri = "%s?crs=EPSG:32630&%s" % (geometry, "&".join("field=%s" % f for f in fields))
        layer = QgsVectorLayer(uri, name, "memory")
        layer.setRenderer(renderer)
        if labeling is not None:
            layer.setLabeling(labeling)
            layer.setLabelsEnabled(True)
        message, ok = layer.saveNamedStyle(str(STYLE_DIR / (name + ".qml")))
        assert ok, message

    expected = expected_rules()
    household = fill("#fee8c8")
    household.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyFillColor,
        QgsProperty.fromExpression("color_hsv((coalesce(\"block_id\", 0) * 47) % 360, 30, 97)"))
    plot_symbols = [fill(colour) for _, _, colour in USE_COLOURS] + [household]
    save("layout_plots", "Polygon", ["use:string", "block_id:integer"],
         rules([(label, expression, symbol) for (label, expression), symbol
                in zip(expected["layout_plots"], plot_symbols)]))
    save("layout_shelters", "Polygon", ["people:double"],
         rules([("Shelter", "ELSE", fill("#8c510a", "#543005"))]))
    save("layout_blocks", "Polygon", ["block_id:integer", "sector_id:integer"],
         rules([("Block", "ELSE", fill("0,0,0,0", "#252525", width="0.6"))]),
         labels("'B' || \"block_id\"", 9.0))
    save("layout_roads", "Polygon", ["road_class:string"],
         rules([(label, expression, fill(colour, colour))
                for (label, expression), (_, _, colour) in zip(expected["layout_roads"], ROAD_CLASSES)]))
    save("layout_firebreaks", "Polygon", ["width_m:double"],
         rules([("Firebreak", "ELSE", fill("#fcbba1", "#ef3b2c", "solid"))]))
    save("layout_facilities", "Point", ["kind:string", "cubicles:integer"],
         rules([(label, expression, marker(colour, shape, size))
                for (label, expression), (_, _, colour, shape, size)
                in zip(expected["layout_facilities"], FACILITY_MARKERS)]))
    save("layout_excluded", "Polygon", ["reason:string"],
         rules([(label, expression, fill(colour, "#969696", style))
                for (label, expression), (_, _, colour, style) in zip(expected["layout_excluded"], REASONS)]))


# -- tests -------------------------------------------------------------------

ALGORITHM = "malisites:sitelayout"


def _rules(renderer):
    return [(rule.label(), "ELSE" if rule.isElse() else rule.filterExpression())
            for rule in renderer.rootRule().children()]


def test_style_files_have_the_rules_built_here(plugin):
    from qgis.core import QgsVectorLayer
    for name, rules in expected_rules().items():
        path = STYLE_DIR / (name + ".qml")
        assert path.exists(), path
        geometry = "Point" if name == "layout_facilities" else "Polygon"
        layer = QgsVectorLayer("%s?crs=EPSG:32630" % geometry, name, "memory")
        message, loaded = layer.loadNamedStyle(str(path))
        assert loaded, message
        assert layer.renderer().type() == "RuleRenderer", name
        assert _rules(layer.renderer()) == rules, name


def test_outputs_load_styled(run_and_load):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsRenderContext
    from sample_runs import sample_runs
    layers = run_and_load(ALGORITHM, sample_runs()[ALGORITHM])
    for output, style in OUTPUT_STYLES.items():
        layer = layers[output]
        renderer = layer.renderer()
        assert renderer.type() == "RuleRenderer", "%s loaded without its style" % output
        assert _rules(renderer) == expected_rules()[style], output
        for symbol in renderer.symbols(QgsRenderContext()):
            assert symbol.type() == layer.geometryType(), output
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        names = set(layer.fields().names())
        for _, text in _rules(renderer):
            if text == "ELSE":
                continue
            expression = QgsExpression(text)
            assert not expression.hasParserError(), text
            assert expression.referencedColumns() <= names, (output, text)
            assert expression.prepare(context), (output, text)
        if layer.labelsEnabled():
            label = QgsExpression(layer.labeling().settings().fieldName)
            assert label.referencedColumns() <= names, output
    plots = layers["OUTPUT_PLOTS"]
    uses = {feature["use"] for feature in plots.getFeatures()}
    covered = {use for _, use, _ in USE_COLOURS} | {"household"}
    assert uses <= covered and "household" in uses


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    application = QgsApplication([], False)
    application.initQgis()
    build()
    print("\n".join(str(p) for p in sorted(STYLE_DIR.glob("layout_*.qml"))))
    sys.exit(0)


