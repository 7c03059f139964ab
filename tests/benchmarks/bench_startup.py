"""make bench: what loading the plugin adds to every QGIS start.

`qgis_process list` (what a batch user's every run starts with: QGIS,
Processing and the enabled plugins loaded) in a profile with Mali Sites
enabled against the same profile without it, alternating, 7 runs each; the
difference of the medians is what the plugin adds. Python's bytecode caches
are written by a first run of each, as after the first start of an installed
plugin. Peer: the same QGIS without the plugin, measured in the same run.

Each process's wall and CPU time (user + system) are printed: a start-up
is one busy thread, so on an idle machine both agree. On shared CPUs a whole
QGIS start (3 to 8 s) swings by tenths of a second, more than the target
itself, so the verdict is on the plugin's own load timed inside a QGIS
process started the same way (CPU time of loading it, registering its
provider and building its algorithms: what the plugin adds to the start).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from conftest import enable_plugin, make_profile_dir, qgis_process_binary  # noqa: E402

RUNS = 7
TARGET_SECONDS = 0.05
LOAD_ONLY = """
import sys, time
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
application = QgsApplication([], False)
application.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
import qgis.utils
start = time.process_time()
assert qgis.utils.loadPlugin("mali_sites") and qgis.utils.startProcessingPlugin("mali_sites")
print(time.process_time() - start)
"""


def without_plugin(root):
    """The test profile (GRASS provider enabled) without Mali Sites."""
    enable_plugin(root)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text().replace("mali_sites = true\n", ""))
    return root


def list_run(profile):
    """(wall seconds, CPU seconds, lists malisites?) of one `qgis_process list` in ``profile``."""
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE"):
        environment.pop(name, None)
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen([qgis_process_binary(), "list"], env=environment, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)  # the child's own CPU time
        wall = time.perf_counter() - start
        stdout.seek(0), stderr.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError("qgis_process list failed:\n%s" % stderr.read()[-2000:])
        return wall, usage.ru_utime + usage.ru_stime, "malisites:" in stdout.read()


def load_only_seconds(plugins):
    """CPU seconds of loading the plugin (imports, provider, algorithms) in a QGIS process."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(plugins))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    completed = subprocess.run([sys.executable, "-c", LOAD_ONLY], env=environment, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError("loading the plugin failed:\n%s" % completed.stderr[-2000:])
    return float(completed.stdout.strip().splitlines()[-1])


def main():
    root = Path(tempfile.mkdtemp(prefix="bench_startup_"))
    profiles = {"with": make_profile_dir(root / "with"), "without": without_plugin(root / "without")}
    for name, profile in profiles.items():  # writes the bytecode caches; checks each profile is what it says
        listed = list_run(profile)[2]
        if listed != (name == "with"):
            raise RuntimeError("the profile %s the plugin lists malisites: %s" % (name, listed))
    runs = {"with": [], "without": []}
    for _ in range(RUNS):
        for name in ("without", "with"):
            runs[name].append(list_run(profiles[name])[:2])
    wall, cpu = ({name: statistics.median(run[index] for run in runs[name]) for name in runs} for index in (0, 1))
    added = cpu["with"] - cpu["without"]
    print("Plugin start-up: qgis_process list, median of %d runs each, alternating (wall / CPU)\n"
          "  with Mali Sites: %.3f s / %.3f s\n  without (QGIS alone): %.3f s / %.3f s\n"
          "  difference: %.3f s wall, %.3f s CPU"
          % (RUNS, wall["with"], cpu["with"], wall["without"], cpu["without"], wall["with"] - wall["without"],
             added))
    plugins = profiles["with"] / "profiles" / "default" / "python" / "plugins"
    load = statistics.median(load_only_seconds(plugins) for _ in range(RUNS))
    print("  added by the plugin (its load inside QGIS: imports, provider, algorithms), median CPU of %d: %.3f s"
          "  [target < %.2f s: %s]" % (RUNS, load, TARGET_SECONDS, "met" if load < TARGET_SECONDS else "NOT MET"))


if __name__ == "__main__":
    main()
