"""The hazard raster read while the sites are.

The glue reads the site features with one core (QGIS and shapely, in
Python) while the other waits; decoding the raster's blocks is most of what
the zonal pass then does on a compressed raster (a deflate-compressed
national mosaic: 0.4 s of CPU for 5,000 sites). So, as soon as the rasters
are open, one thread reads the chunks under the sites layer's extent,
whole, into memory, in the order the zonal pass visits them (rows of
chunks; a mosaic tile by tile), up to PREFETCH_BYTES; the zonal pass stops
it when it begins, takes the chunks it finds read
(rasters.WindowReader.read_inside) and reads the others with its own
threads (readahead.py). The chunks are dropped when the pass ends.

Before the features are read nothing says which chunks hold sites, so
some chunks read may hold none: that costs a core that was idle. A chunk
GDAL cannot read whole is left to the zonal pass, which finds its bad
blocks and reports them, so what the log reports never depends on what was
read ahead.
"""
import math
import threading
from contextlib import contextmanager

from .readahead import READ_THREADS

PREFETCH_BYTES = 96 << 20  # held at most (native zonal statistics' peak is 100 MB above ours)


class ChunksRead:
    """The chunks of one file read ahead: (row0, col0) -> (row1, col1,
    values, mask or None), windows of its chunk grid clipped to the file."""

    def __init__(self, raster, prefetch):
        self.raster, self.prefetch = raster, prefetch
        self.chunks = {}

    def window(self, r0, c0, r1, c1):
        """(values, mask or None) of a window inside one chunk read, or None."""
        rows, cols = self.raster.chunk_shape
        top, left = r0 - r0 % rows, c0 - c0 % cols
        found = self.chunks.get((top, left))
        if found is None or r1 > found[0] or c1 > found[1]:
            return None
        _, _, values, mask = found
        if (r0, c0, r1, c1) != (top, left) + found[:2]:
            values = values[r0 - top:r1 - top, c0 - left:c1 - left]
            mask = None if mask is None else mask[r0 - top:r1 - top, c0 - left:c1 - left]
        return values, mask


class SitesPrefetch:
    """One thread reading the chunks of ``raster`` under ``bounds`` (xmin,
    ymin, xmax, ymax in the raster's CRS); ``stop()`` ends it, ``release()``
    drops what it read. Only compressed files are read (of a mosaic, its
    compressed tiles): an uncompressed one is read straight from the file,
    only the windows the sites cover, which costs less than whole chunks
    (5,000 small sites: 0.61 -> 0.70 s read ahead). Nothing is read
    without a raster (None) or on a machine of one core."""

    def __init__(self, raster, bounds):
        self._halt = threading.Event()
        self._files = [] if raster is None else [(file, windows) for file, windows in _chunk_windows(raster, bounds)
                                                 if windows and file.compressed]
        self._thread = None
        if READ_THREADS < 2 or not self._files:
            return
        for file, _ in self._files:
            file.read_ahead = ChunksRead(file, self)
        self._thread = threading.Thread(target=self._read, name="mali-sites-prefetch", daemon=True)
        self._thread.start()

    def _read(self):
        try:
            self._read_chunks()
        except Exception:  # noqa: BLE001 - a guess that failed (memory): the zonal pass reads them
            pass

    def _read_chunks(self):
        from .rasters import WindowReader
        room = PREFETCH_BYTES
        for file, windows in self._files:
            with WindowReader(file) as reader:
                for r0, c0, r1, c1 in windows:
                    if self._halt.is_set() or room <= 0:
                        return
                    read = reader.read_clean(r0, c0, r1, c1)
                    if read is not None:
                        file.read_ahead.chunks[(r0, c0)] = (r1, c1) + read
                        room -= read[0].nbytes + (0 if read[1] is None else read[1].nbytes)

    def stop(self):
        """No more chunks are read (waits for the one being read)."""
        self._halt.set()
        if self._thread is not None:
            self._thread.join()

    def release(self):
        self.stop()
        for file, _ in self._files:
            file.read_ahead = None


def stop_reading_ahead(raster):
    """No more chunks of ``raster`` (a file) read ahead: its own readers begin."""
    if raster.read_ahead is not None:
        raster.read_ahead.prefetch.stop()


@contextmanager
def taken_by_the_zonal_pass(raster):
    """For the zonal pass over ``raster``: the chunks read ahead are taken,
    then dropped."""
    files = [raster] + [tile.raster for tile in raster.tiles or ()]
    prefetches = {f.read_ahead.prefetch for f in files if f.read_ahead}  # one per run: the tiles share it
    try:
        yield
    finally:
        for prefetch in prefetches:
            prefetch.release()


def _chunk_windows(raster, bounds):
    """[(file raster, [(r0, c0, r1, c1)])]: the chunks of each file under
    ``bounds``, in the zonal pass's order; a plain mosaic's tiles each in
    its own grid, in the order of its tiles."""
    c_min, r_min, c_max, r_max = raster.pixel_bounds(bounds)
    if not all(math.isfinite(v) for v in (c_min, r_min, c_max, r_max)):
        return []
    box = (math.floor(r_min), math.floor(c_min), math.floor(r_max) + 1, math.floor(c_max) + 1)
    if not raster.tiles:
        return [(raster, _chunks_of(raster, box))]
    files = []
    for tile in raster.tiles:
        top, left = max(box[0], tile.row), max(box[1], tile.col)
        bottom, right = min(box[2], tile.row + tile.height), min(box[3], tile.col + tile.width)
        if bottom > top and right > left:
            shift_row, shift_col = tile.shift
            files.append((tile.raster, _chunks_of(tile.raster, (top + shift_row, left + shift_col,
                                                                bottom + shift_row, right + shift_col))))
    return files


def _chunks_of(raster, box):
    """The windows of the chunks of ``raster`` that meet rows box[0]..box[2],
    cols box[1]..box[3], clipped to the raster, row of chunks by row."""
    rows, cols = raster.chunk_shape
    top, left = max(box[0], 0), max(box[1], 0)
    bottom, right = min(box[2], raster.height), min(box[3], raster.width)
    return [(r, c, min(r + rows, raster.height), min(c + cols, raster.width))
            for r in range(top - top % rows, bottom, rows) for c in range(left - left % cols, right, cols)]
