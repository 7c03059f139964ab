"""make bench: what writing outputs in a staging folder and moving them into
place costs, on the 100,000-shelter WASH run of bench_wash_coverage.py.

The run writes its shelters, water points, latrines and gaps to GeoPackages
and its report to HTML (the second time over the outputs of the first).
Reported: the whole run, closing the writers (which any run does: the
GeoPackage writer builds its spatial index then), and the move itself
(renaming the staged files in, the old ones aside and deleting them) with
the staging folder on the destination's
filesystem (renames) and on another one (/dev/shm: copies, as when the
temporary folder is on C: and the outputs on D:). No target.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_wash_coverage import make_data  # noqa: E402
from harness import DATA, REPO  # noqa: E402

CHILD = r"""
import json, os, sys, tempfile, time
from pathlib import Path
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
application = QgsApplication([], False)
application.initQgis()
sys.path.append(os.path.join(application.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
Processing.initialize()
import processing, qgis.utils
plugins = Path(tempfile.mkdtemp())
(plugins / "mali_sites").symlink_to(sys.argv[1], target_is_directory=True)
sys.path.insert(0, str(plugins))
assert qgis.utils.loadPlugin("mali_sites") and qgis.utils.startProcessingPlugin("mali_sites")
from mali_sites.processing_algorithms.common import outputs
timed = {"close": 0.0, "move": 0.0}
def timing(owner, name, key):
    original = getattr(owner, name)
    def timed_call(*arguments):
        start = time.perf_counter()
        try:
            return original(*arguments)
        finally:
            timed[key] += time.perf_counter() - start
    setattr(owner, name, timed_call)
timing(outputs.CheckedSink, "close", "close")  # closing the writers: a cost of any run, staged or not
timing(outputs, "_replace_all", "move")  # renaming (or copying) the staged files into place
context = QgsProcessingContext()
context.setProject(QgsProject.instance())
start = time.perf_counter()
processing.run("malisites:washcoverage", json.loads(sys.argv[2]), context=context, feedback=QgsProcessingFeedback())
print(json.dumps(dict(timed, seconds=time.perf_counter() - start)))
"""


def run(parameters, temporary_folder):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temporary_folder))
    completed = subprocess.run([sys.executable, "-c", CHILD, str(REPO), json.dumps(parameters)], env=environment,
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr[-3000:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main():
    shelters, water, latrines, _ = make_data()
    out = DATA / "staging-out"
    out.mkdir(exist_ok=True)
    parameters = {"SHELTERS": str(shelters), "POPULATION_FIELD": "people", "WATER_POINTS": str(water),
                  "LATRINES": str(latrines), "CUBICLES_FIELD": "cubicles",
                  "SUGGEST_WATER_POINTS": 0, "SUGGEST_LATRINES": 0,
                  "OUTPUT_SHELTERS": str(out / "shelters.gpkg"), "OUTPUT_WATER_POINTS": str(out / "water.gpkg"),
                  "OUTPUT_LATRINES": str(out / "latrines.gpkg"), "OUTPUT_GAPS": str(out / "gaps.gpkg"),
                  "OUTPUT_REPORT": str(out / "wash.html")}
    print("Output staging on the 100,000-shelter WASH run (%s)" % out)
    same = Path(tempfile.mkdtemp(dir=str(DATA)))  # the destination's filesystem
    others = [Path(tempfile.mkdtemp(dir="/dev/shm"))] if os.path.isdir("/dev/shm") else []
    for label, folder in [("staging on the same filesystem (renames)", same)] + \
            [("staging on another filesystem, /dev/shm (copies)", f) for f in others]:
        for attempt in range(2):  # the second and later runs replace the outputs of the one before
            measured = run(parameters, folder)
            print("  %s, run %d: whole run %.2f s; closing the writers %.2f s (any run); "
                  "moving into place %.3f s (%.1f %% of the run)"
                  % (label, attempt + 1, measured["seconds"], measured["close"], measured["move"],
                     100.0 * measured["move"] / measured["seconds"]))
    sizes = sum(path.stat().st_size for path in out.iterdir())
    print("  outputs: %d files, %.1f MB" % (len(list(out.iterdir())), sizes / 1e6))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
