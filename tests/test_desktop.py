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

