"""Benchmark harness: each contender runs in its own process, so its peak
memory (ru_maxrss) is its own; both start the same QGIS, so the baseline is
shared. Times are measured inside the process, around the run only."""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = REPO / "build" / "bench-data"  # generated, git-ignored


def measure(*command_arguments):
    """Run ``qgis_runner.py`` (or any script printing one JSON line) in a
    child; return its JSON plus 'peak_mb' (maximum resident set size)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as in an installed plugin
    process = subprocess.Popen([sys.executable, *map(str, command_arguments)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    stdout, stderr = process.stdout.read(), process.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("benchmark run failed: %s\n%s" % (command_arguments, stderr[-3000:]))
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024.0
    return result


def run_algorithm(algorithm_id, parameters):
    """Time one processing.run of ``algorithm_id`` in a fresh QGIS process."""
    return measure(HERE / "qgis_runner.py", algorithm_id, json.dumps(parameters))


def report(title, ours, peer, peer_name, target_ratio=None):
    """Print one comparison line; returns the speed ratio peer/ours."""
    ratio = peer["seconds"] / ours["seconds"]
    verdict = ""
    if target_ratio is not None:
        verdict = "  [target >= %.1fx: %s]" % (target_ratio, "met" if ratio >= target_ratio else "NOT MET")
    print("%s\n  Mali Sites: %.2f s, peak %.0f MB%s\n  %s: %.2f s, peak %.0f MB\n  speed ratio %.2fx%s"
          % (title, ours["seconds"], ours["peak_mb"], phase_split(ours), peer_name, peer["seconds"],
             peer["peak_mb"], ratio, verdict))
    sys.stdout.flush()
    return ratio


def phase_split(result):
    """' (read 1.20 s, compute 3.40 s, write 0.80 s)' from the algorithm's log, or ''."""
    phases = result.get("phases")
    if not phases:
        return ""
    return " (%s)" % ", ".join("%s %.2f s" % (name, phases[name]) for name in ("read", "compute", "write"))
