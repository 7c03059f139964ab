"""make bench: what loading the plugin adds to every QGIS start.

`qgis_process list` (what a batch user's every run starts with: QGIS,
Processing and the enabled plugins loaded) in a profile with Mali Sites
enabled against the same profile without it, alternating, 7 runs each; the
median difference is what the plugin adds. Python's bytecode caches are
written by a first run of each, as after the first start of an installed
plugin. Peer: the same QGIS without the plugin, measured in the same run.
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


def without_plugin(root):
    """The test profile (GRASS provider enabled) without Mali Sites."""
    enable_plugin(root)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text().replace("mali_sites = true\n", ""))
    return root


def list_seconds(profile):
    """Wall time of one `qgis_process list` in ``profile`` (a whole process)."""
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE"):
        environment.pop(name, None)
    start = time.perf_counter()
    completed = subprocess.run([qgis_process_binary(), "list"], env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if completed.returncode != 0:
        raise RuntimeError("qgis_process list failed:\n%s" % completed.stderr[-2000:])
    return seconds, "malisites:" in completed.stdout


def main():
    root = Path(tempfile.mkdtemp(prefix="bench_startup_"))
    profiles = {"with": make_profile_dir(root / "with"), "without": without_plugin(root / "without")}
    for name, profile in profiles.items():  # writes the bytecode caches; checks each profile is what it says
        listed = list_seconds(profile)[1]
        if listed != (name == "with"):
            raise RuntimeError("the profile %s the plugin lists malisites: %s" % (name, listed))
    seconds = {"with": [], "without": []}
    for _ in range(RUNS):
        for name in ("without", "with"):
            seconds[name].append(list_seconds(profiles[name])[0])
    with_plugin, bare = statistics.median(seconds["with"]), statistics.median(seconds["without"])
    added = with_plugin - bare
    print("Plugin start-up: qgis_process list, median of %d runs each, alternating\n"
          "  with Mali Sites: %.3f s\n  without (QGIS alone): %.3f s\n  added by the plugin: %.3f s"
          "  [target < %.2f s: %s]" % (RUNS, with_plugin, bare, added, TARGET_SECONDS,
                                       "met" if added < TARGET_SECONDS else "NOT MET"))


if __name__ == "__main__":
    main()
