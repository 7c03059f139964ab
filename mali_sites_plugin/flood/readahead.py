"""Chunks read ahead by worker threads while the current one is reduced.

Reading is most of a run over a compressed raster (a national mosaic of
deflate tiles: every block under the sites is decompressed), and GDAL
releases Python's lock while it reads: READ_THREADS threads read the next
chunks, each through its own reader (a GDAL dataset is used by one thread
only), at most READ_AHEAD chunks ahead of the reduction, so memory stays
flat. Results come back in the order of the chunks, so the statistics are
those of reading them one after the other.
"""
import os
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor

READ_THREADS = min(2, os.cpu_count() or 1)
READ_AHEAD = 2 * READ_THREADS  # chunks read or being read ahead of the one reduced


class ReadAhead:
    """``results(read, jobs)``: read(reader, *job) for each job, in order,
    computed by worker threads with readers of ``raster`` of their own; with
    one job or one CPU, in the calling thread with ``reader``."""

    def __init__(self, raster, reader):
        self.raster, self.reader = raster, reader
        self._local = threading.local()
        self._readers = []
        self._lock = threading.Lock()
        self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._pool is not None:  # on cancel or error too: no thread still reads when the readers close
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for reader in self._readers:
            reader.close()
        self._readers = []

    def _task(self, read, job):
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = self.raster.reader()
            with self._lock:
                self._readers.append(reader)
        return read(reader, *job)

    def results(self, read, jobs):
        if READ_THREADS < 2 or len(jobs) < 2:
            for job in jobs:
                yield read(self.reader, *job)
            return
        self._pool = ThreadPoolExecutor(READ_THREADS, thread_name_prefix="mali-sites-read")
        pending = deque(self._pool.submit(self._task, read, job) for job in jobs[:READ_AHEAD])
        following = iter(jobs[READ_AHEAD:])
        while pending:
            result = pending.popleft().result()
            job = next(following, None)
            if job is not None:
                pending.append(self._pool.submit(self._task, read, job))
            yield result
