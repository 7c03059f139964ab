"""Progress and cancellation for the core, with no QGIS in sight.

Every long core function takes a ``monitor``: it calls ``monitor.check()`` in
its loops (which raises to stop the run) and ``monitor.progress(fraction)``
with 0..1. The Processing glue builds one from its feedback; a script passes
nothing and gets NO_MONITOR.
"""


class Monitor:
    """``progress`` receives 0..1 of the whole run; ``check`` raises to stop
    (the glue passes a function that raises QgsProcessingException when the
    user cancels)."""

    def __init__(self, progress=None, check=None, start=0.0, end=1.0):
        self._progress = progress
        self._check = check
        self._start, self._end = start, end

    def progress(self, fraction):
        if self._progress is not None:
            fraction = min(max(float(fraction), 0.0), 1.0)
            self._progress(self._start + (self._end - self._start) * fraction)

    def check(self):
        if self._check is not None:
            self._check()

    def part(self, start, end):
        """A monitor for a sub-task covering [start, end] of this one's range."""
        span = self._end - self._start
        return Monitor(self._progress, self._check, self._start + span * start,
                       self._start + span * end)


NO_MONITOR = Monitor()
