"""Loading the plugin, as QGIS does at every start (qgis_process list too),
imports none of the heavy or optional libraries: those come when an
algorithm runs (mali_sites_plugin/common/lazy.py). Without them the plugin
still loads and says what to install."""
import json
import subprocess
import sys
import textwrap

import pytest

from conftest import PLUGIN_ID, REPO

HEAVY = ("rasterio", "scipy", "openpyxl", "geopandas", "fiona")
# What the plugin must not add to a QGIS start: the heavy libraries and the
# geo stack its core computes with.
NOT_AT_LOAD = ("numpy", "shapely", "pyproj", "geopandas", "pandas", "fiona", "rasterio", "scipy", "openpyxl")
# flood/hand.py (branch hand-tiles) still imports numpy at its top, and the
# flood-prone algorithm's parameters and help read its HAND classes.

START = """
import json
import sys
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
application = QgsApplication([], False)
application.initQgis()
from processing.core.Processing import Processing
Processing.initialize()  # as qgis_process does before it loads the plugins
"""

LOAD = """
import json
import sys
sys.path.insert(0, %(plugins)r)
sys.path.insert(0, "/usr/share/qgis/python/plugins")


class Hide:  # a Python without the packages in HIDDEN, as a bare QGIS install is
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError("No module named %%r" %% name)


HIDDEN = %(hidden)r
sys.meta_path.insert(0, Hide())
from qgis.core import QgsApplication
application = QgsApplication([], False)
application.initQgis()
log = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: log.append((tag, message)))
import qgis.utils
assert qgis.utils.loadPlugin(%(plugin)r) and qgis.utils.startProcessingPlugin(%(plugin)r)
provider = QgsApplication.processingRegistry().providerById("malisites")
"""


def _run(tmp_path, hidden, body):
    plugins = tmp_path / "plugins"
    plugins.mkdir(exist_ok=True)
    if not (plugins / PLUGIN_ID).exists():
        (plugins / PLUGIN_ID).symlink_to(REPO, target_is_directory=True)
    script = LOAD % {"plugins": str(plugins), "plugin": PLUGIN_ID, "hidden": tuple(hidden)} + textwrap.dedent(body)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                    "HOME": str(tmp_path)})
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _modules_of_qgis_alone(tmp_path):
    """The top-level modules a QGIS process with Processing imports without the plugin."""
    script = START + "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))"
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert completed.returncode == 0, completed.stderr[-2000:]
    return set(json.loads(completed.stdout.strip().splitlines()[-1]))


def test_loading_the_plugin_adds_no_geo_stack_to_qgis(tmp_path):
    """What the plugin adds to a QGIS start (Processing initialised, the
    provider's algorithms built with their help) holds none of NOT_AT_LOAD;
    what QGIS imports by itself is measured without the plugin, not assumed."""
    before = _modules_of_qgis_alone(tmp_path)
    after = set(_run(tmp_path, (), """
        from processing.core.Processing import Processing
        Processing.initialize()
        for algorithm in provider.algorithms():
            algorithm.shortHelpString(), algorithm.shortDescription(), algorithm.canExecute()
            algorithm.createInstance().initAlgorithm()  # as a dialog does
        print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))
    """))
    assert "qgis" in before and "mali_sites" in after  # both lists are what they claim to be
    added = sorted(name for name in NOT_AT_LOAD if name in after and name not in before)
    assert added == [], "imported when QGIS loads the plugin: %s" % added


def test_loading_the_plugin_imports_no_heavy_library(tmp_path):
    count, imported = _run(tmp_path, (), """
        for algorithm in provider.algorithms():  # what the toolbox and `list` show
            algorithm.shortHelpString(), algorithm.parameterDefinitions(), algorithm.canExecute()
        print(json.dumps([len(provider.algorithms()), [name for name in %r if name in sys.modules]]))
    """ % (HEAVY,))
    assert count == 7  # the algorithms of the provider
    assert imported == [], "imported when QGIS loads the plugin: %s" % imported


def test_without_rasterio_the_plugin_loads_and_says_what_to_install(tmp_path):
    outcome = _run(tmp_path, ("rasterio",), """
        import processing
        DATA = %r
        from qgis.core import QgsProcessingException
        usable = {a.name(): a.canExecute() for a in provider.algorithms()}
        try:
            processing.run("malisites:floodexposure", {
                "SITES": DATA + "/sites.gpkg", "HAZARDS": [DATA + "/flood_depth_q10.tif"],
                "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
            error = ""
        except QgsProcessingException as raised:
            error = str(raised)
        print(json.dumps([usable, error, [m for tag, m in log if tag == "Mali Sites"]]))
    """ % str(REPO / "resources" / "sample_data"))
    usable, error, logged = outcome
    assert usable["importdtmsites"] == [True, ""] and usable["printsitemap"] == [True, ""]
    for name in ("floodexposure", "washcoverage", "sitelayout"):
        assert usable[name][0] is False and "rasterio" in usable[name][1]
        assert "python3-rasterio" in usable[name][1] and "OSGeo4W" in usable[name][1]
    assert "rasterio" in error and "python3-rasterio" in error
    assert len(logged) == 1 and "rasterio" in logged[0] and "scipy" not in logged[0]


@pytest.mark.parametrize("product", ["dtm", "wash", "flood", "layout", "mapping"])
def test_each_product_needs_only_what_it_declares(product):
    """common.dependencies.NEEDS is what the toolbox checks before a run:
    with every other optional package hidden, each module of the product imports."""
    from mali_sites_plugin.common.dependencies import NEEDS
    hidden = tuple(module for module in HEAVY if module not in NEEDS[product])
    modules = sorted("mali_sites_plugin.%s.%s" % (product, path.stem)
                     for path in (REPO / "mali_sites_plugin" / product).glob("*.py") if path.stem != "__init__")
    script = textwrap.dedent("""
        import importlib, sys
        sys.path.insert(0, %r)
        class Hide:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in %r:
                    raise ModuleNotFoundError("No module named %%r" %% name)
        sys.meta_path.insert(0, Hide())
        for module in %r:
            importlib.import_module(module)
    """) % (str(REPO), hidden, modules)
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr[-1500:]
