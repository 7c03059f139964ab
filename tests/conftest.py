"""Test set-up: QGIS headless, the plugin loaded the way QGIS loads it, and a
qgis_process runner with an isolated profile, as a batch user would run it."""
import configparser
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PLUGIN_ID = "mali_sites"
SAMPLE_DATA = REPO / "resources" / "sample_data"
sys.path.insert(0, str(REPO))  # the core, importable as plain Python: mali_sites_plugin
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests' own helpers
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
importlib.import_module("mali_sites_plugin")  # sets PROJ_DATA for a venv before pyproj loads


def pytest_report_header(config):
    import rasterio
    import shapely
    from osgeo import gdal
    from qgis.core import Qgis
    try:
        from shapely import geos_version_string as geos  # shapely 2
    except ImportError:
        from shapely.geos import geos_version_string as geos  # shapely 1.8
    return ["QGIS %s, GDAL %s, GEOS %s, shapely %s, rasterio %s (rasterio's GDAL %s), Python %s"
            % (Qgis.QGIS_VERSION, gdal.__version__, geos, shapely.__version__, rasterio.__version__,
               rasterio.__gdal_version__, sys.version.split()[0])]


def pytest_sessionfinish(session, exitstatus):
    # A run in which no test really executed (all skipped/deselected) must fail.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or exitstatus != 0:
        return
    ran = sum(len(reporter.stats.get(key, [])) for key in ("passed", "failed", "error", "xfailed"))
    if ran == 0:
        session.exitstatus = 5


def make_profile_dir(root):
    """A QGIS config folder (QGIS_CUSTOM_CONFIG_PATH) with the plugin installed
    as a link to this working tree and enabled (needed on QGIS 3.22)."""
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / PLUGIN_ID
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)
    enable_plugin(root)
    return root


def make_french(root):
    """QGIS in French in the config folder ``root``, as a user sets it
    (Settings > Options > General)."""
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    settings = configparser.ConfigParser()
    settings.optionxform = str
    settings.read(ini)
    settings["locale"] = {"userLocale": "fr", "overrideFlag": "true"}
    with open(ini, "w") as stream:
        settings.write(stream)


def enable_plugin(root):
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = configparser.ConfigParser()
    settings.optionxform = str
    settings["PythonPlugins"] = {PLUGIN_ID: "true", "grassprovider": "true"}
    with open(ini, "w") as stream:
        settings.write(stream)


def qgis_process_binary():
    # Debian 12's wrapper passes --noversioncheck, which QGIS 3.22 rejects.
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("qgis_process is not installed: run make setup")


class QgisProcess:
    def __init__(self, config_dir, environment=None):
        self.config_dir = config_dir
        self.environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config_dir),
                                QT_QPA_PLATFORM="offscreen", **(environment or {}))
        self.environment.pop("PYTHONPATH", None)

    def command(self, *arguments, timeout=600):
        return subprocess.run([qgis_process_binary(), *arguments], env=self.environment,
                              capture_output=True, text=True, timeout=timeout)

    def run(self, algorithm, parameters, expect_success=True):
        """Run an algorithm; return its JSON (results under "results").
        List values become repeated KEY=VALUE arguments."""
        arguments = ["--json", "run", algorithm, "--"]
        for key, value in parameters.items():
            for item in (value if isinstance(value, (list, tuple)) else [value]):
                arguments.append("%s=%s" % (key, item))
        completed = self.command(*arguments)
        if not expect_success:
            assert completed.returncode != 0, completed.stdout
            return completed
        assert completed.returncode == 0, "qgis_process failed:\n%s\n%s" % (completed.stdout[-3000:],
                                                                            completed.stderr[-3000:])
        return json.loads(completed.stdout[completed.stdout.index("{"):])


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    return QgisProcess(make_profile_dir(tmp_path_factory.mktemp("qgis_profile")))


@pytest.fixture(scope="session")
def plugin(qgis_processing, tmp_path_factory):
    """The plugin loaded from a plugin folder exactly as QGIS does it, with its
    provider registered; returns the provider."""
    import qgis.utils
    from qgis.core import QgsApplication
    plugins = tmp_path_factory.mktemp("plugins")
    (plugins / PLUGIN_ID).symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    assert qgis.utils.loadPlugin(PLUGIN_ID)
    assert qgis.utils.startProcessingPlugin(PLUGIN_ID)
    provider = QgsApplication.processingRegistry().providerById("malisites")
    assert provider is not None
    yield provider


def users_context(feedback=None):
    """The Processing context a user's run gets: the one the desktop's dialog
    and a script's processing.run build (QGIS's Processing settings, such as
    stopping at invalid geometries, and the project)."""
    from processing.tools import dataobjects
    return dataobjects.createContext(feedback)


@pytest.fixture
def run_algorithm(plugin):
    """processing.run with the context a user's script or the desktop's dialog
    gets (processing's createContext: QGIS's Processing settings, such as
    stopping at invalid geometries, and the project) and a fresh feedback.
    The project has no ellipsoid, so QGIS's own algorithms used as oracles
    measure planar distances in the layer's projected CRS, as Mali Sites does."""
    import processing
    from qgis.core import QgsProcessingFeedback, QgsProject
    QgsProject.instance().setEllipsoid("NONE")

    def run(algorithm, parameters, feedback=None):
        feedback = feedback or QgsProcessingFeedback()
        return processing.run(algorithm, parameters, context=users_context(feedback), feedback=feedback)
    return run


@pytest.fixture
def run_and_load(plugin):
    """Run an algorithm as the desktop does: its temporary outputs are loaded
    into the project and their post-processors (styles) applied. Returns
    {output name: loaded layer}. (processing.runAndLoadResults needs the
    desktop's iface on QGIS 3.40, which a test does not have.)"""
    from qgis.core import (QgsApplication, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition,
                           QgsProcessingUtils, QgsProject)

    def run(algorithm_id, parameters):
        project = QgsProject.instance()
        project.removeAllMapLayers()
        feedback = QgsProcessingFeedback()
        context = users_context(feedback)
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        parameters = dict(parameters)
        for destination in algorithm.destinationParameterDefinitions():
            if parameters.get(destination.name()) == "TEMPORARY_OUTPUT":
                parameters[destination.name()] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
        results = algorithm.run(parameters, context, feedback)[0]
        loaded, missing = {}, []
        for layer_id, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
            if layer is None:  # the desktop says "The following layers were not correctly generated"
                missing.append(layer_id)
                continue
            project.addMapLayer(context.temporaryLayerStore().takeMapLayer(layer))
            if details.postProcessor() is not None:
                details.postProcessor().postProcessLayer(layer, context, feedback)
            loaded.update({name: layer for name, value in results.items() if value == layer_id})
        assert not missing, "queued for loading but never generated: %s" % missing
        return loaded
    return run


def cancel_after(questions):
    """A processing feedback that reports cancellation from the n-th time it
    is asked on: a user pressing Cancel in the middle of a run."""
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        asked = 0

        def isCanceled(self):  # noqa: N802
            self.asked += 1
            return self.asked > questions
    return Feedback()


@pytest.fixture
def bad_input(qgis_process, tmp_path):
    """The bad-input suite's runner (tests/bad_inputs.py); outputs go to tmp_path/'out'."""
    from bad_inputs import BadInputRunner
    return BadInputRunner(qgis_process, tmp_path)


@pytest.fixture(scope="session")
def all_outputs(plugin, tmp_path_factory):
    """Every output layer of sitelayout, washcoverage and floodexposure on the sample data, as files."""
    import processing
    from qgis.core import QgsProcessingFeedback
    from sample_runs import sample_runs
    folder = tmp_path_factory.mktemp("outputs")
    files = []
    for algorithm in ("malisites:sitelayout", "malisites:washcoverage", "malisites:floodexposure"):
        parameters = dict(sample_runs()[algorithm])
        for key, value in list(parameters.items()):
            if value == "TEMPORARY_OUTPUT":
                suffix = ".html" if key == "OUTPUT_REPORT" else ".gpkg"
                parameters[key] = str(folder / (algorithm.split(":")[1] + "_" + key.lower() + suffix))
                if suffix == ".gpkg":
                    files.append(parameters[key])
        feedback = QgsProcessingFeedback()
        processing.run(algorithm, parameters, context=users_context(feedback), feedback=feedback)
    return files


@pytest.fixture(scope="session")
def grass(plugin):
    """QGIS's GRASS provider loaded the way QGIS loads it (from
    /usr/share/qgis/python/plugins, which qgis_processing puts on sys.path)."""
    import qgis.utils
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    if registry.providerById("grass7") is None and registry.providerById("grass") is None:
        assert qgis.utils.loadPlugin("grassprovider")
        assert qgis.utils.startProcessingPlugin("grassprovider")
    assert registry.algorithmById("grass7:r.stream.extract") is not None
    return registry
