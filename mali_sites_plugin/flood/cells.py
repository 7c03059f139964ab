"""Raster cells at scattered places: the cells holding points (shelters,
water points) and the cells a line crosses (lines.py), read by one small
window per block, or group of small blocks, that holds some of them."""
import numpy as np

from ..common.progress import NO_MONITOR


def sample_cells(raster, rows, cols, monitor=NO_MONITOR, reader=None):
    """(values, valid) at integer cells (rows, cols); cells outside the
    raster are not valid. Sparse cells (points, lines): one small read per
    block (or group of small blocks) holding such cells."""
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    values = np.zeros(rows.shape, dtype=np.float64)
    valid = np.zeros(rows.shape, dtype=bool)
    inside = np.flatnonzero((rows >= 0) & (cols >= 0) & (rows < raster.height) & (cols < raster.width))
    if inside.size == 0:
        return values, valid
    tile_rows, tile_cols = raster.read_tile_shape
    keys = (rows[inside] // tile_rows) * (raster.width // tile_cols + 2) + cols[inside] // tile_cols
    order = np.argsort(keys, kind="stable")
    starts = np.flatnonzero(np.r_[True, keys[order][1:] != keys[order][:-1]])
    ends = np.r_[starts[1:], order.size]
    own_reader = reader is None
    reader = reader or raster.reader()
    try:
        for done, (start, end) in enumerate(zip(starts, ends)):
            monitor.check()
            members = inside[order[start:end]]
            r, c = rows[members], cols[members]
            r0, c0 = int(r.min()), int(c.min())
            data, ok = reader.read(r0, c0, int(r.max()) - r0 + 1, int(c.max()) - c0 + 1)
            values[members] = data[r - r0, c - c0]
            valid[members] = ok[r - r0, c - c0]
            monitor.progress((done + 1) / len(starts))
    finally:
        if own_reader:
            reader.close()
    return values, valid


def point_cells(raster, xs, ys):
    """(rows, cols) of the cells holding points (map coordinates in the
    raster's CRS); a point on a cell edge belongs to the cell right/below."""
    cols, rows = raster.to_pixel(xs, ys)
    return np.floor(rows).astype(np.int64), np.floor(cols).astype(np.int64)
