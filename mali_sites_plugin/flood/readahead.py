"""Chunks read ahead by worker threads while the current one is reduced.

GDAL releases Python's lock while it reads and decodes blocks: READ_THREADS
threads read the next chunks, each through its own reader (a GDAL dataset is
used by one thread only), at most READ_AHEAD chunks ahead of the reduction,
so memory stays flat. Results come back in the order of the chunks, so the
statistics are those of reading them one after the other.

Only where chunks share no block (HazardRaster.chunks_share_blocks): a
raster of one file, whose chunks are whole blocks. The tiles of a VRT mosaic
need not start on the mosaic's block grid (3,600-cell tiles of 256-cell
blocks), so chunks of the mosaic's grid share blocks, and two readers, each
with a block cache of its own, would decode those twice (part 4 of
bench_flood_exposure.py: 0.62 -> 0.73 s CPU); a plain mosaic's polygons are
therefore read tile by tile, by chunks of each tile's own blocks
(zonal.py, mosaic.spans_by_tile), and read ahead there.
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
    one job, one CPU or chunks sharing blocks, in the calling thread with ``reader``."""

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
        if READ_THREADS < 2 or len(jobs) < 2 or self.raster.chunks_share_blocks:
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
