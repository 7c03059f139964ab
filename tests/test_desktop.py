"""The QGIS desktop (on a virtual screen): the plugin loads from a profile,
its provider lists every algorithm, and an algorithm run from the desktop
loads its outputs with their styles and a French or English legend."""
import json
import os
import shutil
import subprocess

import pytest

from conftest import make_profile_dir
from sample_runs import sample_runs

SCRIPT = r'''
import json
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
import processing

def check():
    provider = QgsApplication.processingRegistry().providerById("malisites")
    result = {"algorithms": sorted(a.id() for a in provider.algorithms()) if provider else []}
    outputs = processing.runAndLoadResults("malisites:washcoverage", PARAMETERS)
    result["renderers"] = {}
    for layer in QgsProject.instance().mapLayers().values():
        result["renderers"][layer.name()] = [layer.renderer().type(),
            [r.label() for r in layer.renderer().rootRule().children()] if layer.renderer().type() == "RuleRenderer" else []]
    with open(RESULT, "w") as stream:
        json.dump(result, stream)
    QgsApplication.instance().quit()

QTimer.singleShot(0, check)
'''


@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                    reason="make setup installs qgis and xvfb")
def test_desktop_loads_the_plugin_and_styles_outputs(tmp_path):
    profile = make_profile_dir(tmp_path / "config")
    result = tmp_path / "result.json"
    parameters = {key: value for key, value in sample_runs()["malisites:washcoverage"].items()
                  if not key.startswith("OUTPUT")}
    parameters.update(OUTPUT_SHELTERS="TEMPORARY_OUTPUT", OUTPUT_WATER_POINTS="TEMPORARY_OUTPUT")
    script = tmp_path / "check.py"
    script.write_text("PARAMETERS = %s\nRESULT = %r\n%s" % (json.dumps(parameters), str(result), SCRIPT),
                      encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH")}
    run = subprocess.run(["xvfb-run", "-a", "qgis", "--noversioncheck", "--nologo", "--profiles-path",
                          str(profile), "--code", str(script)], capture_output=True, text=True, timeout=300,
                         env=environment)
    assert result.exists(), "QGIS did not run the check:\n%s\n%s" % (run.stdout[-2000:], run.stderr[-2000:])
    found = json.loads(result.read_text(encoding="utf-8"))
    assert found["algorithms"] == sorted(sample_runs())
    renderers = found["renderers"]
    assert len(renderers) == 2 and all(kind == "RuleRenderer" for kind, _ in renderers.values())
    labels = {label for _, rules in renderers.values() for label in rules}
    assert {"Water and toilet within reach", "Water point overloaded"} <= labels


DIALOG_SCRIPT = r'''
import json
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QTextBrowser
from qgis.utils import iface
import processing


class Log(QgsProcessingFeedback):
    """What the desktop's log panel would show as errors."""
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802
        self.errors.append(error)


def legend_labels(layer):
    model = iface.layerTreeView().layerTreeModel()
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    return [legend.data(0) for legend in model.layerLegendNodes(node)]


def check():
    result = {}
    for algorithm_id, parameters in RUNS.items():
        dialog = processing.createAlgorithmDialog(algorithm_id, {})
        dialog.show()
        QgsApplication.processEvents()
        helps = [browser.toPlainText() for browser in dialog.findChildren(QTextBrowser)]
        dialog.grab().save(SHOTS + "/%s.png" % algorithm_id.split(":")[1])
        dialog.close()
        QgsProject.instance().removeAllMapLayers()
        log = Log()
        results = processing.runAndLoadResults(algorithm_id, parameters, feedback=log)
        QgsApplication.processEvents()
        legends = {layer.name(): legend_labels(layer) for layer in QgsProject.instance().mapLayers().values()}
        result[algorithm_id] = {"help": max(helps, key=len) if helps else "", "errors": log.errors,
                                "title": dialog.windowTitle(), "legends": legends}
    with open(RESULT, "w") as stream:
        json.dump(result, stream)
    QgsApplication.instance().quit()

QTimer.singleShot(0, check)
'''

# A figure each algorithm's help cites from the default profile, as the help prints it.
HELP_FIGURES = {"malisites:washcoverage": "max_distance_to_water_m", "malisites:sitelayout": "site_area_m2_per_person",
                "malisites:printsitemap": "max_distance_to_water_m", "malisites:floodexposure": "flood_wet_depth_m"}


def _run_dialogs(tmp_path, language):
    import configparser
    profile = make_profile_dir(tmp_path / "config")
    if language == "fr":
        ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        settings = configparser.ConfigParser()
        settings.optionxform = str
        settings.read(ini)
        settings["locale"] = {"userLocale": "fr", "overrideFlag": "true"}
        with open(ini, "w") as stream:
            settings.write(stream)
    shots = tmp_path / "shots"
    shots.mkdir()
    result = tmp_path / "result.json"
    script = tmp_path / "dialogs.py"
    script.write_text("RUNS = %s\nRESULT = %r\nSHOTS = %r\n%s" % (
        json.dumps(sample_runs()), str(result), str(shots), DIALOG_SCRIPT), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH")}
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--noversioncheck", "--nologo",
                          "--profiles-path", str(profile), "--code", str(script)],
                         capture_output=True, text=True, timeout=900, env=environment)
    assert result.exists(), "QGIS did not run the check:\n%s\n%s" % (run.stdout[-2000:], run.stderr[-2000:])
    return json.loads(result.read_text(encoding="utf-8"))


@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                    reason="make setup installs qgis and xvfb")
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_dialog_shows_its_help_and_runs_with_temporary_outputs(tmp_path, language):
    """Each algorithm's dialog, as a GIS officer opens it in English or
    French QGIS: the help panel cites the profile's figures, a run with
    [Create temporary layer] outputs logs no error (no 'not correctly
    generated'), and its layers' legends are in the interface language."""
    from mali_sites_plugin.common.standards import load_profile
    profile = load_profile()
    found = _run_dialogs(tmp_path, language)
    assert sorted(found) == sorted(sample_runs())
    for algorithm_id, seen in found.items():
        assert not seen["errors"], (algorithm_id, seen["errors"])
        if algorithm_id in HELP_FIGURES:
            figure = "%g" % profile.figure(HELP_FIGURES[algorithm_id]).value
            figure = figure.replace(".", ",") if language == "fr" else figure
            assert figure in seen["help"], (algorithm_id, figure, seen["help"][:300])
    legends = [label for seen in found.values() for labels in seen["legends"].values() for label in labels]
    assert legends
    english, french = "Water point overloaded", "Point d'eau surchargé"
    assert (english if language == "en" else french) in legends
    assert (french if language == "en" else english) not in legends
