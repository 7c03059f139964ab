"""Where a run's time goes: reading inputs, computing, writing outputs."""
import time
from contextlib import contextmanager

PHASES = ("read", "compute", "write")


class PhaseTimes:
    """Seconds spent per phase; the time of a run not inside any phase is
    counted as computing, so the three add up to the run."""

    def __init__(self):
        self._started = time.perf_counter()
        self._seconds = dict.fromkeys(PHASES, 0.0)

    @contextmanager
    def phase(self, name):
        start = time.perf_counter()
        try:
            yield
        finally:
            self._seconds[name] += time.perf_counter() - start

    def seconds(self):
        """{'read': s, 'compute': s, 'write': s} up to now."""
        total = time.perf_counter() - self._started
        split = dict(self._seconds)
        split["compute"] += max(0.0, total - sum(self._seconds.values()))
        return split
