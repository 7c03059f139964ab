"""Loading the plugin, as QGIS does at every start (qgis_process list too),
imports none of the heavy or optional libraries: those come when an
algorithm runs."""
import json
import subprocess
import sys
import textwrap

from conftest import PLUGIN_ID, REPO

HEAVY = ("rasterio", "scipy", "openpyxl", "geopandas", "fiona")


def test_loading_the_plugin_imports_no_heavy_library(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / PLUGIN_ID).symlink_to(REPO, target_is_directory=True)
    script = textwrap.dedent("""
        import json
        import sys
        sys.path.insert(0, %r)
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from qgis.core import QgsApplication
        application = QgsApplication([], False)
        application.initQgis()
        import qgis.utils
        assert qgis.utils.loadPlugin(%r) and qgis.utils.startProcessingPlugin(%r)
        provider = QgsApplication.processingRegistry().providerById("malisites")
        for algorithm in provider.algorithms():  # what the toolbox and `list` show
            algorithm.shortHelpString(), algorithm.parameterDefinitions()
        print(json.dumps([len(provider.algorithms()), [name for name in %r if name in sys.modules]]))
    """ % (str(plugins), PLUGIN_ID, PLUGIN_ID, HEAVY))
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                    "HOME": str(tmp_path)})
    assert completed.returncode == 0, completed.stderr[-2000:]
    count, imported = json.loads(completed.stdout.strip().splitlines()[-1])
    assert count == 5
    assert imported == [], "imported when QGIS loads the plugin: %s" % imported
