"""Every algorithm of the provider: help, icon, translatable strings, a real run."""
import ast
import importlib
from pathlib import Path

import pytest

from conftest import PLUGIN_ID, REPO
from sample_runs import sample_runs

GLUE = sorted((REPO / "processing_algorithms").rglob("*.py"))


def _algorithms(provider):
    return {algorithm.id(): algorithm for algorithm in provider.algorithms()}


def test_every_algorithm_has_a_sample_run(plugin):
    assert set(_algorithms(plugin)) == set(sample_runs())


@pytest.mark.parametrize("algorithm_id", sorted(sample_runs()))
def test_algorithm_is_complete(plugin, algorithm_id):
    algorithm = _algorithms(plugin)[algorithm_id]
    assert algorithm.id().startswith("malisites:") and algorithm.name().islower()
    assert algorithm.groupId().islower() and algorithm.group()
    assert len(algorithm.shortHelpString()) > 300
    assert not algorithm.icon().isNull() and Path(algorithm.svgIconPath()).exists()
    for definition in algorithm.parameterDefinitions():
        assert definition.name().isupper() or definition.name() == definition.name().upper()
        assert definition.description()
        if not definition.isDestination():
            assert definition.help(), "%s has no help text" % definition.name()


@pytest.mark.parametrize("algorithm_id", sorted(sample_runs()))
def test_algorithm_runs_on_the_sample_data(run_algorithm, algorithm_id):
    results = run_algorithm(algorithm_id, sample_runs()[algorithm_id])
    assert results


@pytest.mark.parametrize("path", GLUE, ids=[str(p.relative_to(REPO / "processing_algorithms")) for p in GLUE])
def test_every_tr_call_has_literal_text(path):
    """tr(variable) cannot be translated: lupdate only sees literals."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tr_definitions = [node for node in ast.walk(tree)
                      if isinstance(node, ast.FunctionDef) and node.name == "tr"]
    inside_tr = {id(inner) for definition in tr_definitions for inner in ast.walk(definition)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and id(node) not in inside_tr:
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name in ("tr", "translate"):
                assert node.args and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                         for a in node.args), (
                    "%s line %d: %s() with non-literal text" % (path.name, node.lineno, name))


def test_display_names_go_through_tr(plugin):
    for algorithm in plugin.algorithms():
        source = Path(__import__(type(algorithm).__module__, fromlist=["x"]).__file__).read_text()
        tree = ast.parse(source)
        method = next(node for node in ast.walk(tree)
                      if isinstance(node, ast.FunctionDef) and node.name == "displayName")
        call = method.body[-1].value
        assert isinstance(call, ast.Call) and call.func.attr == "tr", type(algorithm).__name__


TEXT_CLASSES = {"LanguageText", "HtmlReport"}


@pytest.mark.parametrize("path", GLUE, ids=[str(p.relative_to(REPO / "processing_algorithms")) for p in GLUE])
def test_report_and_map_text_sources_are_ascii(path):
    """Report and map text is looked up with QTranslator.translate, which PyQt
    hands ASCII only: their English sources must be ASCII ('m2', not 'm²')."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    text_classes = {c.name for c in classes if {getattr(b, "id", None) for b in c.bases} & TEXT_CLASSES}
    text_classes |= TEXT_CLASSES
    for cls in classes:
        if cls.name not in text_classes and not ({getattr(b, "id", None) for b in cls.bases} & text_classes):
            continue
        for node in ast.walk(cls):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr" and node.args:
                text = node.args[0]
                if isinstance(text, ast.Constant):
                    assert text.value.isascii(), "%s line %d: %r" % (path.name, node.lineno, text.value)


@pytest.mark.parametrize("algorithm_id", sorted(sample_runs()))
def test_the_help_panel_shows_all_of_the_help(plugin, algorithm_id):
    """The help panel renders shortHelpString as HTML: every section's text,
    '<' and '<=' figures included, reaches the reader."""
    from qgis.PyQt.QtGui import QTextDocument
    algorithm = _algorithms(plugin)[algorithm_id]
    document = QTextDocument()
    document.setHtml(algorithm.shortHelpString())
    shown = " ".join(document.toPlainText().split())
    for heading, text in algorithm.help_sections():
        assert " ".join(text.split()) in shown, (heading, text[:80])


@pytest.mark.parametrize("algorithm_id", sorted(sample_runs()))
def test_what_the_dialog_shows(plugin, algorithm_id):
    """A tooltip for the toolbox; no '(optional)' in labels (QGIS adds
    '[optional]'); the HTML report, with its citations, made by default."""
    algorithm = _algorithms(plugin)[algorithm_id]
    assert len(algorithm.shortDescription()) > 60
    for definition in algorithm.parameterDefinitions():
        assert "optional" not in definition.description().lower(), definition.description()
        if definition.type() == "number" and definition.dataType() != 0:  # 0: integer, on every QGIS
            assert definition.metadata()["widget_wrapper"]["decimals"] == 2, definition.name()
    report = algorithm.parameterDefinition("OUTPUT_REPORT")
    if report is not None:
        assert report.createByDefault(), "%s: the report is off by default" % algorithm_id
    language = algorithm.parameterDefinition("LANGUAGE")
    if algorithm_id == "malisites:printsitemap":
        assert language.description() == "Map language"


def test_layout_dimensions_are_advanced(plugin):
    compat = importlib.import_module(PLUGIN_ID + ".processing_algorithms.common.compat")  # as QGIS loaded it
    layout = _algorithms(plugin)["malisites:sitelayout"]
    for name in ("PLOT_WIDTH", "PLOT_DEPTH", "ROAD_WIDTH", "PATH_WIDTH", "ORIENTATION"):
        assert layout.parameterDefinition(name).flags() & compat.PARAMETER_ADVANCED, name
    visible = [d.name() for d in layout.parameterDefinitions()
               if not d.isDestination() and not d.flags() & compat.PARAMETER_ADVANCED]
    assert len(visible) <= 12, visible
