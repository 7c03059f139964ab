"""The bad-input suite's harness: one qgis_process run per case, as a batch
user runs it, with what must hold whatever the input:

- no Python traceback reaches the user;
- input files are byte-identical after the run (hashed before and after);
- after a failure or a cancellation, the output folder is exactly as it was
  before the run (same files, same bytes: pre-existing outputs included);
- a refused input is refused with a message holding the given words (the
  layer, field or value and what to do), a run that falls back says so in
  its log.

Cases live in tests/test_bad_inputs_*.py, one file per product; each builds
its inputs in ``tmp_path`` and its outputs go to ``out`` (``tmp_path/'out'``).
"""
import hashlib
import os
import signal
import re
import subprocess
import sys
from pathlib import Path

from conftest import qgis_process_binary

# Runs the command and reports its peak resident memory (the child's own, not this process's).
PEAK_MEMORY_WRAPPER = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
                       "print('\\nPEAK_RSS_KB %d' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
                       "sys.exit(code)")
TRACEBACK_MARKERS = ("Traceback (most recent call last)", "Error executing algorithm\nTraceback")


# QGIS itself writes <raster>.aux.xml (GDAL statistics) beside any raster it
# loads as a layer, a native algorithm's input included: not the plugin's doing.
QGIS_WRITES = (".aux.xml",)


def folder_state(folder, recursive=True, ignore=()):
    """{relative path: sha256} of every file in ``folder`` (and below it),
    but those whose name ends with one of ``ignore``."""
    folder = Path(folder)
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*") if recursive else folder.iterdir())
            if path.is_file() and not path.name.endswith(tuple(ignore))}


def _input_folders(parameters, out):
    """Folders holding the files a case reads (not its output folder)."""
    folders = set()
    for value in parameters.values():
        for item in (value if isinstance(value, (list, tuple)) else [value]):
            path = Path(str(item).split("|")[0])
            if path.is_absolute() and path.exists() and out not in (path, *path.parents):
                folders.add(path if path.is_dir() else path.parent)
    return sorted(folders)


class BadInputRunner:
    """Runs cases through qgis_process in the test profile ``qgis_process``."""

    def __init__(self, qgis_process, tmp_path):
        self.qgis_process = qgis_process
        self.out = Path(tmp_path) / "out"
        self.out.mkdir(exist_ok=True)
        self.peak_memory_mb = None  # of the last run that was not killed

    def _arguments(self, algorithm, parameters):
        arguments = [qgis_process_binary(), "run", algorithm, "--"]
        for key, value in parameters.items():
            for item in (value if isinstance(value, (list, tuple)) else [value]):
                arguments.append("%s=%s" % (key, item))
        return arguments

    def _run(self, algorithm, parameters, kill_at_percent=None):
        """(return code, everything the run printed)."""
        arguments = self._arguments(algorithm, parameters)
        if kill_at_percent is None:
            completed = subprocess.run([sys.executable, "-c", PEAK_MEMORY_WRAPPER, *arguments],
                                       env=self.qgis_process.environment, capture_output=True, text=True,
                                       timeout=600)
            self.peak_memory_mb = int(re.findall(r"PEAK_RSS_KB (\d+)", completed.stdout)[-1]) / 1024.0
            return completed.returncode, completed.stdout + completed.stderr
        return self._run_until(arguments, "...%d" % kill_at_percent)

    def _run_until(self, arguments, progress_mark):
        """Kill the run (SIGKILL: no clean-up of any kind) when its progress
        bar reaches ``progress_mark``; fails if it finishes first."""
        process = subprocess.Popen(arguments, env=self.qgis_process.environment, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
        printed = b""
        while True:
            character = process.stdout.read(1)
            if not character:
                break
            printed += character
            if printed.endswith(progress_mark.encode()):
                os.kill(process.pid, signal.SIGKILL)
                break
        process.wait(timeout=60)
        text = printed.decode(errors="replace")
        assert process.returncode == -signal.SIGKILL, "the run ended before %s:\n%s" % (progress_mark, text[-2000:])
        return process.returncode, text

    def check(self, algorithm, parameters, refused_with=None, logged=None, kill_at_percent=None):
        """Run one case and assert the rules above. ``refused_with``: words
        the error must hold (the run must fail); ``logged``: words the log of
        a successful run must hold; ``kill_at_percent``: kill the run there.
        Returns what the run printed; ``peak_memory_mb`` holds its peak memory."""
        inputs = {folder: folder_state(folder, recursive=False, ignore=QGIS_WRITES)
                  for folder in _input_folders(parameters, self.out)}
        outputs_before = folder_state(self.out)
        code, printed = self._run(algorithm, parameters, kill_at_percent)
        for marker in TRACEBACK_MARKERS:
            assert marker not in printed, "a traceback reached the user:\n%s" % printed[-3000:]
        for folder, state in inputs.items():
            assert folder_state(folder, recursive=False, ignore=QGIS_WRITES) == state, (
                "the run changed its input files in %s" % folder)
        failed = code != 0
        expected_to_fail = refused_with is not None or kill_at_percent is not None
        assert failed == expected_to_fail, "the run %s:\n%s" % (
            "should have failed" if expected_to_fail else "failed", printed[-3000:])
        if failed:
            assert folder_state(self.out) == outputs_before, (
                "a failed run changed the output folder: before %s, after %s"
                % (sorted(outputs_before), sorted(folder_state(self.out))))
        lowered = printed.lower()
        for word in (refused_with or []) + (logged or []):
            assert str(word).lower() in lowered, "%r is not in what the run said:\n%s" % (word, printed[-3000:])
        return printed
