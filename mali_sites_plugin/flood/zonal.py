"""Zonal statistics of polygons over a hazard raster, read by windows.

* Polygons are turned into runs of cells by a scanline fill (scanline.py:
  a cell belongs to a polygon when its centre is inside, as in GDAL's
  rasterization with ``all_touched=False`` and QGIS's native zonal
  statistics but for centres exactly on the boundary, see scanline.py); the runs falling in a chunk of the raster (rasters.py) pick
  their cells from the window read, and the cells are reduced per feature
  with ``np.bincount`` (counts, sums) and ``np.maximum.reduceat`` over runs
  (maximum). Runs belong to one feature each, so overlapping sites each get
  their full statistics.
* A polygon that holds fewer than two cell centres is measured with exact
  cell fractions instead (cell area inside the polygon / cell area), as
  QGIS's zonal statistics do for polygons smaller than a cell.
* Cells outside the raster are visited like the others (the raster's grid
  extends beyond its edges) so a polygon straddling the edge gets its true
  share of unknown.
"""
import math

import numpy as np
from shapely.geometry import Polygon
from shapely.prepared import prep

from ..common.progress import NO_MONITOR
from .mosaic import carry_unreadable, spans_by_tile
from .prefetch import stop_reading_ahead
from .readahead import ReadAhead
from .scanline import edges_in_pixels, spans

EXACT_MAX_CELLS = 100000  # cells a small polygon may touch for the exact-fraction pass
SPAN_BATCH_ROWS = 2000000  # polygon rows turned into spans at once (bounds memory)
READ_COST_CELLS = 1 << 15  # a window read costs as much as reading this many more cells (rasterio)


class ZoneStats:
    """Per-feature accumulators; cell counts are weights (1 per cell centre,
    or the cell fraction for polygons measured exactly)."""

    def __init__(self, count, n_ranks, dtype=None):
        self.count = count
        self.dtype = dtype
        self.n_ranks = n_ranks
        self.cells = np.zeros(count)  # all cells, unknown included
        self.inside = np.zeros(count)  # cells inside the raster's extent (valid or nodata)
        self.valid = np.zeros(count)  # cells with a known value
        self.wet = np.zeros(count)
        self.wet_depth_sum = np.zeros(count)
        self.max_value = np.full(count, -np.inf)
        self.negative = np.zeros(count, dtype=np.int64)  # cells with a negative depth
        self.rank_cells = np.zeros((count, n_ranks))
        self.exact = np.zeros(count, dtype=bool)

    def reset(self, index):
        self.cells[index] = self.valid[index] = self.wet[index] = self.wet_depth_sum[index] = 0.0
        self.inside[index] = 0.0
        self.max_value[index] = -np.inf
        self.negative[index] = 0
        self.rank_cells[index] = 0.0

    def max_rank(self, model):
        """Highest class rank of known cells per feature; -1 when none."""
        if model.has_depth:
            rank = model.depth_rank(np.where(self.valid > 0, self.max_value, 0.0), self.dtype)
        else:
            present = self.rank_cells > 0
            rank = np.where(present.any(axis=1),
                            self.n_ranks - 1 - np.argmax(present[:, ::-1], axis=1), -1)
        return np.where(self.valid > 0, rank, -1)

    def add_spans(self, members, span_local, lengths, values, valid, model):
        """Add the cells of runs: ``values`` and ``valid`` hold the cells of
        every run in turn; run i has ``lengths[i]`` cells and belongs to
        ``members[span_local[i]]``. Depth rasters: sums over each run with
        ``reduceat`` (no per-cell index), then over the runs of a feature."""
        if not model.has_depth:
            self.add(members, np.repeat(span_local, lengths), values, valid, model)
            return
        k = len(members)
        starts = np.cumsum(lengths) - lengths
        self.cells[members] += np.bincount(span_local, lengths, minlength=k)
        all_valid = bool(valid.all())
        if not all_valid:
            if not valid.any():
                return
            invalid = np.add.reduceat(~valid, starts, dtype=np.int64)
            valid_runs = lengths - invalid
        else:
            valid_runs = lengths
        self.valid[members] += np.bincount(span_local, valid_runs, minlength=k)

        def per_feature(per_cell, dtype=np.int64):
            """``per_cell`` summed over each run, then over the runs of each feature."""
            return np.bincount(span_local, np.add.reduceat(per_cell, starts, dtype=dtype),
                               minlength=k)

        wet = values > self.dtype_threshold(model)
        if not all_valid:
            wet &= valid
        if wet.any():
            self.wet[members] += per_feature(wet)
            self.wet_depth_sum[members] += per_feature(np.where(wet, values, 0), np.float64)
        negative = values < 0
        if not all_valid:
            negative &= valid
        if negative.any():
            self.negative[members] += per_feature(negative).astype(np.int64)
        known_values = values if all_valid else np.where(valid, values, -np.inf)
        run_max = np.maximum.reduceat(known_values, starts).astype(np.float64)
        best = np.full(k, -np.inf)
        np.maximum.at(best, span_local, run_max)
        self.max_value[members] = np.maximum(self.max_value[members], best)

    def dtype_threshold(self, model):
        return model.wet_threshold_for(self.dtype)

    def add(self, members, local, values, valid, model, weights=None):
        """Add cells: ``local`` indexes ``members`` (global feature indices)."""
        k = len(members)
        self.cells[members] += np.bincount(local, weights, minlength=k)
        if values is None or not valid.any():
            return
        local, values = local[valid], values[valid].astype(np.float64)
        weights = None if weights is None else weights[valid]
        known, rank, wet = model.interpret(values, self.dtype)
        if not known.all():
            local, values, rank, wet = local[known], values[known], rank[known], wet[known]
            weights = None if weights is None else weights[known]
        if local.size == 0:
            return
        self.valid[members] += np.bincount(local, weights, minlength=k)
        n_ranks = self.n_ranks
        self.rank_cells[members] += np.bincount(local * n_ranks + rank, weights,
                                                minlength=k * n_ranks).reshape(k, n_ranks)
        if wet.any():
            wet_local = local[wet]
            wet_weights = None if weights is None else weights[wet]
            self.wet[members] += np.bincount(wet_local, wet_weights, minlength=k)
            if model.has_depth:
                depth = values[wet] if wet_weights is None else values[wet] * wet_weights
                self.wet_depth_sum[members] += np.bincount(wet_local, depth, minlength=k)
        if model.has_depth:
            negative = values < 0
            if negative.any():
                self.negative[members] += np.bincount(local[negative], minlength=k)
            # maximum: over runs of one id (cells come row by row, so a run
            # is a polygon's stretch of a row), then over runs of a feature
            starts = np.flatnonzero(np.r_[True, local[1:] != local[:-1]])
            run_max = np.maximum.reduceat(values, starts)
            best = np.full(k, -np.inf)
            np.maximum.at(best, local[starts], run_max)
            self.max_value[members] = np.maximum(self.max_value[members], best)


def polygon_statistics(raster, geometries, model, monitor=NO_MONITOR):
    """ZoneStats of polygons (shapely, in the raster's CRS; None = skipped)."""
    count = len(geometries)
    geometries = [g if g is not None and not g.is_empty else None for g in geometries]
    stats = ZoneStats(count, model.n_ranks, raster.dtype)
    feature, col_a, row_a, col_b, row_b, bounds = edges_in_pixels(raster, geometries)
    heights = np.nan_to_num(bounds[:, 3] - bounds[:, 1], nan=0.0) + 2
    batch_of = (np.cumsum(heights) // SPAN_BATCH_ROWS).astype(np.int64)
    batches = np.unique(batch_of[feature]) if feature.size else []
    with raster.reader() as reader:
        for number, batch in enumerate(batches):
            part = monitor.part(number / len(batches), (number + 1) / len(batches))
            edges = batch_of[feature] == batch
            runs = spans(feature[edges], col_a[edges], row_a[edges], col_b[edges], row_b[edges])
            _span_statistics(raster, runs, stats, model, reader, part.part(0.0, 0.95))
        small = [i for i, geometry in enumerate(geometries)
                 if geometry is not None and stats.cells[i] <= 1]
        for index in small:
            monitor.check()
            _exact_fractions(raster, geometries[index], index, stats, model, reader)
    monitor.progress(1.0)
    return stats


def _span_statistics(raster, runs, stats, model, reader, monitor):
    """Accumulate spans (feature, row, col0, col1) chunk by chunk; a plain
    mosaic's tile by tile, each on its own blocks (mosaic.spans_by_tile)."""
    owner, row, col0, col1 = runs
    if owner.size == 0:
        return
    if raster.tiles:
        per_tile, (owner, row, col0, col1) = spans_by_tile(raster, owner, row, col0, col1)
        # cells of no tile are nodata, unknown: nothing to read
        stats.cells += np.bincount(owner, col1 - col0, minlength=stats.count)
        stats.inside += np.bincount(owner, _inside_cells(raster, row, col0, col1 - col0), minlength=stats.count)
        total, done = sum(tile_runs[0].size for _, tile_runs in per_tile), 0
        for index, tile_runs in per_tile:
            part = monitor.part(done / total, (done + tile_runs[0].size) / total)
            _chunk_statistics(raster.tiles[index].raster, tile_runs, stats, model, reader.tile_reader(index), part)
            carry_unreadable(raster, index)
            done += tile_runs[0].size
        return
    _chunk_statistics(raster, runs, stats, model, reader, monitor)


def _chunk_statistics(raster, runs, stats, model, reader, monitor):
    """_span_statistics by the chunks of one raster's own grid (a file, a tile, an observed product)."""
    owner, row, col0, col1 = runs
    if owner.size == 0:
        return
    chunk_rows, chunk_cols = raster.chunk_shape
    first_chunk, last_chunk = col0 // chunk_cols, (col1 - 1) // chunk_cols
    pieces = last_chunk - first_chunk + 1
    if (pieces > 1).any():  # cut spans at chunk edges
        source = np.repeat(np.arange(owner.size), pieces)
        chunk_col = first_chunk[source] + (np.arange(source.size)
                                           - np.repeat(np.cumsum(pieces) - pieces, pieces))
        owner, row = owner[source], row[source]
        col0 = np.maximum(col0[source], chunk_col * chunk_cols)
        col1 = np.minimum(col1[source], (chunk_col + 1) * chunk_cols)
    else:
        chunk_col = first_chunk
    chunk_row = row // chunk_rows
    # spans sorted by chunk, then by the read tile of the chunk they start in
    tile_rows, tile_cols = (min(t, c) for t, c in zip(raster.read_tile_shape, raster.chunk_shape))
    tiles_across = -(-chunk_cols // tile_cols)
    tile = ((row - chunk_row * chunk_rows) // tile_rows) * tiles_across \
        + (col0 - chunk_col * chunk_cols) // tile_cols
    tiles_in_chunk = tiles_across * -(-chunk_rows // tile_rows)
    key = ((chunk_row - chunk_row.min()) * (int(chunk_col.max() - chunk_col.min()) + 1)
           + (chunk_col - chunk_col.min())) * tiles_in_chunk + tile
    order = np.argsort(key, kind="stable")
    owner, row, col0, col1, key = owner[order], row[order], col0[order], col1[order], key[order]
    chunk_key = key // tiles_in_chunk
    starts = np.flatnonzero(np.r_[True, chunk_key[1:] != chunk_key[:-1]])
    ends = np.r_[starts[1:], owner.size]
    jobs = [(row[start:end], col0[start:end], col1[start:end] - col0[start:end], key[start:end])
            for start, end in zip(starts, ends)]
    stop_reading_ahead(raster)  # the chunks read while the sites were (prefetch.py): these readers take over
    with ReadAhead(raster, reader) as ahead:  # the next chunks are read while this one is reduced
        for done, (values, valid) in enumerate(ahead.results(_gather, jobs)):
            monitor.check()
            span_row, span_col0, lengths, _ = jobs[done]
            members, local_span = np.unique(owner[starts[done]:ends[done]], return_inverse=True)
            stats.add_spans(members, local_span, lengths, values, valid, model)
            stats.inside[members] += np.bincount(local_span, _inside_cells(raster, span_row, span_col0, lengths),
                                                 minlength=members.size)
            monitor.progress((done + 1) / len(starts))


def _inside_cells(raster, row, col0, lengths):
    """Cells of each span inside the raster's extent."""
    in_rows = (row >= 0) & (row < raster.height)
    return np.where(in_rows, np.clip(np.minimum(col0 + lengths, raster.width) - np.maximum(col0, 0), 0, None), 0)


def _gather(reader, row, col0, lengths, tile):
    """(values, valid) of the cells of spans of one chunk, run after run.
    Read as one window, the spans' bounding box, unless one window per read
    tile (``tile``, sorted), the box of its spans, costs less than half as
    much, a read costing READ_COST_CELLS besides its cells (sparse sites:
    fewer cells read and fewer blocks decompressed)."""
    groups = np.flatnonzero(np.r_[True, tile[1:] != tile[:-1]])
    top, bottom = np.minimum.reduceat(row, groups), np.maximum.reduceat(row, groups) + 1
    left, right = np.minimum.reduceat(col0, groups), np.maximum.reduceat(col0 + lengths, groups)
    whole = (int(bottom.max() - top.min()), int(right.max() - left.min()))
    if 2 * int(((bottom - top) * (right - left) + READ_COST_CELLS).sum()) >= whole[0] * whole[1]:
        groups = groups[:1]
        top, left, bottom, right = top.min(keepdims=True), left.min(keepdims=True), \
            bottom.max(keepdims=True), right.max(keepdims=True)
    spans_in = np.diff(np.r_[groups, row.size])
    width = np.repeat(right - left, spans_in)
    first_cell = (row - np.repeat(top, spans_in)) * width + (col0 - np.repeat(left, spans_in))
    index_type = np.int32 if int(((bottom - top) * (right - left)).max()) < 2 ** 31 else np.int64
    cells = (np.arange(int(lengths.sum()), dtype=index_type)
             + np.repeat((first_cell - (np.cumsum(lengths) - lengths)).astype(index_type), lengths))
    if groups.size == 1:
        return reader.gather(int(top[0]), int(left[0]), int(bottom[0] - top[0]), int(right[0] - left[0]),
                             cells)
    values = np.empty(cells.size, dtype=reader.raster.dtype)
    valid = np.empty(cells.size, dtype=bool)
    bounds = np.r_[0, np.cumsum(np.add.reduceat(lengths, groups))]
    for number in range(groups.size):
        part = slice(bounds[number], bounds[number + 1])
        values[part], valid[part] = reader.gather(int(top[number]), int(left[number]),
                                                  int(bottom[number] - top[number]),
                                                  int(right[number] - left[number]), cells[part])
    return values, valid


def _exact_fractions(raster, geometry, index, stats, model, reader):
    """Measure one polygon with exact cell fractions (area inside / cell area)."""
    c_min, r_min, c_max, r_max = raster.pixel_bounds(geometry.bounds)
    col0, col1 = math.floor(c_min), math.floor(c_max)
    row0, row1 = math.floor(r_min), math.floor(r_max)
    height, width = row1 - row0 + 1, col1 - col0 + 1
    if height * width > EXACT_MAX_CELLS or geometry.area <= 0:
        return
    prepared = prep(geometry)
    transform = raster.transform
    rows, cols, weights = [], [], []
    for row in range(row0, row1 + 1):
        for col in range(col0, col1 + 1):
            cell = Polygon([transform * (col, row), transform * (col + 1, row),
                            transform * (col + 1, row + 1), transform * (col, row + 1)])
            if not prepared.intersects(cell):
                continue
            area = geometry.intersection(cell).area
            if area > 0:
                rows.append(row - row0)
                cols.append(col - col0)
                weights.append(area / raster.cell_area)
    if not weights:
        return
    values, valid = reader.read(row0, col0, height, width)
    rows, cols, weights = np.array(rows), np.array(cols), np.array(weights)
    stats.reset(index)
    stats.add(np.array([index]), np.zeros(len(weights), dtype=np.int64), values[rows, cols],
              valid[rows, cols], model, weights=weights)
    in_raster = ((rows + row0 >= 0) & (rows + row0 < raster.height) & (cols + col0 >= 0)
                 & (cols + col0 < raster.width))
    stats.inside[index] = weights[in_raster].sum()
    stats.exact[index] = True
