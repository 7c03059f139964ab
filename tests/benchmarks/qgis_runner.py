"""Child process of the benchmarks: start QGIS, load the plugin as QGIS does,
run one algorithm, print {"seconds": ..., "results": ..., "phases": ...} as
one JSON line; "phases" is the algorithm's own read/compute/write split
(Mali Sites logs it), empty for QGIS's algorithms; "peak_self_mb" and
"peak_children_mb" the largest resident sets of this process and of the
programs it ran (GRASS), apart."""
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TIME_SPENT = re.compile(r"Time spent: reading inputs ([\d.,]+) s, computing ([\d.,]+) s, writing outputs ([\d.,]+) s")


def main(algorithm_id, parameters):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(application.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    if algorithm_id.startswith("malisites:"):
        import qgis.utils
        plugins = Path(tempfile.mkdtemp())
        (plugins / "mali_sites").symlink_to(REPO, target_is_directory=True)
        sys.path.insert(0, str(plugins))
        assert qgis.utils.loadPlugin("mali_sites") and qgis.utils.startProcessingPlugin("mali_sites")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())  # QGIS's network algorithms need one

    class LoggedFeedback(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)
            super().pushInfo(text)

    feedback = LoggedFeedback()
    start = time.perf_counter()
    results = processing.run(algorithm_id, parameters, context=context, feedback=feedback)
    seconds = time.perf_counter() - start
    printable = {k: v for k, v in results.items() if isinstance(v, (int, float, str))}
    phases = {}
    for line in feedback.lines:
        found = TIME_SPENT.search(line)
        if found:
            phases = dict(zip(("read", "compute", "write"), (float(value.replace(",", "")) for value in found.groups())))
    own, children = (resource.getrusage(who).ru_maxrss / 1024.0
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(json.dumps({"seconds": seconds, "results": printable, "phases": phases,
                      "peak_self_mb": own, "peak_children_mb": children}))


if __name__ == "__main__":
    main(sys.argv[1], json.loads(sys.argv[2]))
