"""Hazard rasters, read by block-aligned windows, never whole.

What is read and how:

* A raster is visited by chunks: groups of whole blocks of its own tiling
  (about a million cells each), only where there are features, and only
  the part of a chunk the features cover.
* Polygons: turned into runs of cells by a scanline fill (flood_scanline:
  a cell belongs to a polygon when its centre is inside, the rule of GDAL's
  rasterization with ``all_touched=False`` and of QGIS's native zonal
  statistics); the runs falling in a chunk pick their cells from the window
  read, and the cells are reduced per feature with ``np.bincount`` (counts,
  sums) and ``np.maximum.reduceat`` over runs (maximum). Runs belong to one
  feature each, so overlapping sites each get their full statistics.
* A polygon that holds fewer than two cell centres is measured with exact
  cell fractions instead (cell area inside the polygon / cell area), as
  QGIS's zonal statistics do for polygons smaller than a cell.
* Cells outside the raster and nodata cells are *unknown*: never dry, never
  wet. Cells outside the raster are visited like the others (the raster's
  grid extends beyond its edges) so a polygon straddling the edge gets its
  true share of unknown.
* GDAL keeps every block it decodes in its block cache, which grows with
  the raster; the dataset is closed and opened again every few million
  cells, which drops its blocks, so peak memory does not grow with raster
  size.
"""
import math
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyproj
import rasterio
from affine import Affine
from rasterio.enums import MaskFlags
from rasterio.errors import RasterioIOError
from rasterio.windows import Window
from shapely.geometry import Polygon
from shapely.prepared import prep

from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from .scanline import edges_in_pixels, spans

CHUNK_CELLS = 1 << 20  # cells per chunk: about 4 MB of float32
REOPEN_AFTER_CELLS = 1 << 24  # drop GDAL's block cache after this many cells read (64 MB of float32)
EXACT_MAX_CELLS = 100000  # cells a small polygon may touch for the exact-fraction pass

DEPTH, BINARY, CLASSIFIED = "depth", "binary", "classified"
KINDS = (DEPTH, BINARY, CLASSIFIED)


@dataclass
class HazardRaster:
    """One band of a raster file, with what is needed to read it by windows."""
    path: str
    label: str
    band: int
    crs: pyproj.CRS
    transform: Affine
    width: int
    height: int
    nodata: object  # float or None
    dtype: str
    block_shape: tuple  # (rows, cols)
    use_mask: bool  # the band has a mask band or alpha besides nodata

    @property
    def cell_area(self):
        t = self.transform
        return abs(t.a * t.e - t.b * t.d)

    @property
    def chunk_shape(self):
        """(rows, cols) of a chunk: whole blocks, about CHUNK_CELLS cells."""
        block_rows, block_cols = self.block_shape
        block_rows, block_cols = max(int(block_rows), 1), max(int(block_cols), 1)
        side = int(math.sqrt(CHUNK_CELLS))
        cols = block_cols * max(1, side // block_cols)
        rows = block_rows * max(1, CHUNK_CELLS // (cols * block_rows))
        return rows, cols

    @property
    def read_tile_shape(self):
        """(rows, cols) of the tiles sparse reads are grouped by: whole
        blocks, at least about 128 x 128 cells."""
        block_rows, block_cols = (max(int(v), 1) for v in self.block_shape)
        return (block_rows * max(1, 128 // block_rows), block_cols * max(1, 128 // block_cols))

    def to_pixel(self, xs, ys):
        """Fractional (col, row) of map coordinates in this raster's CRS."""
        inverse = ~self.transform
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        cols = inverse.a * xs + inverse.b * ys + inverse.c
        rows = inverse.d * xs + inverse.e * ys + inverse.f
        return cols, rows

    def pixel_bounds(self, bounds):
        """(col_min, row_min, col_max, row_max), fractional, of map bounds."""
        xmin, ymin, xmax, ymax = bounds
        cols, rows = self.to_pixel([xmin, xmax, xmax, xmin], [ymin, ymin, ymax, ymax])
        return cols.min(), rows.min(), cols.max(), rows.max()


def open_hazard_raster(path, band=1, crs=None, label=None):
    """Describe band ``band`` of the raster at ``path``. ``crs`` (anything
    pyproj accepts) overrides the file's CRS, as a CRS set on a layer in
    QGIS does; without either the raster cannot be placed and InputError
    says so."""
    label = label or Path(str(path)).stem
    try:
        dataset = rasterio.open(path)
    except (RasterioIOError, OSError) as error:
        raise InputError("Raster '%s' cannot be read (%s). Give a raster file GDAL can open, "
                         "such as a GeoTIFF." % (label, error)) from None
    with dataset:
        if not 1 <= int(band) <= dataset.count:
            raise InputError("Raster '%s' has %d band(s): band %d does not exist. Set BAND "
                             "between 1 and %d." % (label, dataset.count, band, dataset.count))
        if crs is None:
            if dataset.crs is None or not dataset.crs.to_wkt():
                raise InputError(
                    "Raster '%s' has no coordinate reference system, so it cannot be placed "
                    "under the sites. Assign its CRS (Raster > Projections > Assign Projection, "
                    "or the layer's Properties > Source) and run again." % label)
            crs = pyproj.CRS.from_wkt(dataset.crs.to_wkt())
        else:
            crs = crs if isinstance(crs, pyproj.CRS) else pyproj.CRS.from_user_input(crs)
        if dataset.transform.is_identity and dataset.crs is None:
            raise InputError("Raster '%s' has no georeferencing (no geotransform). Georeference "
                             "it and run again." % label)
        flags = dataset.mask_flag_enums[band - 1]
        use_mask = MaskFlags.per_dataset in flags or MaskFlags.alpha in flags
        return HazardRaster(str(path), label, int(band), crs, dataset.transform, dataset.width,
                            dataset.height, dataset.nodatavals[band - 1],
                            dataset.dtypes[band - 1], tuple(dataset.block_shapes[band - 1]),
                            use_mask)


try:  # the GDAL bindings QGIS ships; they share rasterio's libgdal (both from Debian)
    from osgeo import gdal as _gdal
except ImportError:  # pragma: no cover - rasterio alone
    _gdal = None


@contextmanager
def _direct_io():
    """GTIFF_DIRECT_IO for this thread: uncompressed GeoTIFFs are read
    straight into our array, without going through (and filling) GDAL's
    block cache; compressed files are not affected."""
    if _gdal is None:
        with rasterio.Env(GTIFF_DIRECT_IO="YES"):
            yield
        return
    previous = _gdal.GetThreadLocalConfigOption("GTIFF_DIRECT_IO", None)
    _gdal.SetThreadLocalConfigOption("GTIFF_DIRECT_IO", "YES")
    try:
        yield
    finally:
        _gdal.SetThreadLocalConfigOption("GTIFF_DIRECT_IO", previous)


class WindowReader:
    """Reads windows of one raster band; cells outside the raster come back
    as not valid. Closes and reopens the file every REOPEN_AFTER_CELLS cells
    so GDAL's block cache for it is freed (see the module docstring)."""

    def __init__(self, raster):
        self.raster = raster
        self._dataset = None
        self._cells_read = 0
        self.largest_read = 0  # cells of the largest single read, for tests

    def close(self):
        if self._dataset is not None:
            self._dataset.close()
            self._dataset = None
        self._cells_read = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _open(self):
        if self._dataset is None or self._cells_read > REOPEN_AFTER_CELLS:
            self.close()
            with _direct_io():  # GDAL reads the option when it opens the file
                self._dataset = rasterio.open(self.raster.path)
        return self._dataset

    def read(self, row0, col0, height, width):
        """(values, valid) arrays of shape (height, width) for the window at
        (row0, col0) of the raster's grid; it may lie partly or wholly outside."""
        raster = self.raster
        r0, c0 = max(row0, 0), max(col0, 0)
        r1, c1 = min(row0 + height, raster.height), min(col0 + width, raster.width)
        if r1 <= r0 or c1 <= c0:
            return np.zeros((height, width), dtype=raster.dtype), np.zeros((height, width), bool)
        dataset = self._open()
        window = Window(c0, r0, c1 - c0, r1 - r0)
        with _direct_io():
            data = dataset.read(raster.band, window=window)
        ok = self._valid(data, dataset, window)
        self._cells_read += data.size
        self.largest_read = max(self.largest_read, data.size)
        if (r0, c0, r1, c1) == (row0, col0, row0 + height, col0 + width):
            return data, ok
        values = np.zeros((height, width), dtype=data.dtype)
        valid = np.zeros((height, width), dtype=bool)
        values[r0 - row0:r1 - row0, c0 - col0:c1 - col0] = data
        valid[r0 - row0:r1 - row0, c0 - col0:c1 - col0] = ok
        return values, valid

    def gather(self, row0, col0, height, width, cells):
        """(values, valid) of the cells at flat indices ``cells`` of the window
        (row0, col0, height, width); validity is worked out for those cells
        only, not for the whole window."""
        raster = self.raster
        r0, c0 = max(row0, 0), max(col0, 0)
        r1, c1 = min(row0 + height, raster.height), min(col0 + width, raster.width)
        values = np.zeros(cells.shape, dtype=raster.dtype)
        valid = np.zeros(cells.shape, dtype=bool)
        if r1 <= r0 or c1 <= c0:
            return values, valid
        dataset = self._open()
        window = Window(c0, r0, c1 - c0, r1 - r0)
        with _direct_io():
            data = dataset.read(raster.band, window=window)
        self._cells_read += data.size
        self.largest_read = max(self.largest_read, data.size)
        mask = (dataset.read_masks(raster.band, window=window) > 0) if raster.use_mask else None
        if (r0, c0, r1, c1) == (row0, col0, row0 + height, col0 + width):
            values = data.ravel()[cells]
            valid = self._valid_values(values)
            if mask is not None:
                valid &= mask.ravel()[cells]
            return values, valid
        rows, cols = cells // width + row0, cells % width + col0
        inside = np.flatnonzero((rows >= r0) & (rows < r1) & (cols >= c0) & (cols < c1))
        flat = (rows[inside] - r0) * (c1 - c0) + (cols[inside] - c0)
        values[inside] = data.ravel()[flat]
        valid[inside] = self._valid_values(values[inside])
        if mask is not None:
            valid[inside] &= mask.ravel()[flat]
        return values, valid

    def _valid(self, data, dataset, window):
        ok = self._valid_values(data)
        if self.raster.use_mask:
            ok &= dataset.read_masks(self.raster.band, window=window) > 0
        return ok

    def _valid_values(self, data):
        """False for nodata and NaN values."""
        nodata = self.raster.nodata
        floating = np.issubdtype(data.dtype, np.floating)
        ok = ~np.isnan(data) if floating else np.ones(data.shape, dtype=bool)
        if nodata is not None and not (isinstance(nodata, float) and math.isnan(nodata)):
            if floating or float(nodata).is_integer():
                try:
                    typed = data.dtype.type(nodata)
                except (OverflowError, ValueError):
                    typed = None
                if typed is not None and float(typed) == float(nodata):
                    ok &= data != typed
        return ok


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
    reader = reader or WindowReader(raster)
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


class HazardModel:
    """How raster values read as hazard: depth in metres, binary extent
    (non-zero = flooded) or classified codes with a class table."""

    def __init__(self, kind=DEPTH, scheme=None, wet_threshold=0.1, class_table=None):
        if kind not in KINDS:
            raise ValueError("kind must be one of %s" % (KINDS,))
        self.kind = kind
        self.wet_threshold = float(wet_threshold)
        self.scheme = scheme
        self.class_table = list(class_table or [])
        if kind == DEPTH:
            if scheme is None:
                raise ValueError("a depth model needs a HazardScheme")
            self._thresholds = np.array(scheme.thresholds(), dtype=float)
        elif kind == CLASSIFIED:
            if len(self.class_table) < 2:
                raise InputError("The class table needs at least two classes (the no-hazard "
                                 "class first), such as 0=none,1=low,2=high")
            codes = np.array([code for code, _ in self.class_table], dtype=float)
            self._order = np.argsort(codes, kind="stable")
            self._sorted_codes = codes[self._order]

    @property
    def has_depth(self):
        return self.kind == DEPTH

    @property
    def n_ranks(self):
        if self.kind == DEPTH:
            return len(self.scheme.classes)
        if self.kind == BINARY:
            return 2
        return len(self.class_table)

    def class_name(self, rank, language="en"):
        """Name of class ``rank`` (0 = no hazard); None for unknown (rank < 0)."""
        if rank is None or rank < 0:
            return None
        if self.kind == DEPTH:
            return self.scheme.classes[rank].name_in(language)
        if self.kind == BINARY:
            return flooded_name(rank, language)
        return self.class_table[rank][1]

    def wet_threshold_for(self, dtype):
        """The wet threshold as compared with values of ``dtype``."""
        if dtype is not None and np.dtype(dtype) == np.float32:
            return float(np.float32(self.wet_threshold))
        return self.wet_threshold

    def depth_rank(self, depths, dtype=None):
        """Class rank of depths (depth model), thresholds compared in ``dtype``."""
        thresholds = self._thresholds
        if dtype is not None and np.dtype(dtype) == np.float32:
            thresholds = thresholds.astype(np.float32).astype(np.float64)
        return np.searchsorted(thresholds, np.asarray(depths, dtype=np.float64), side="left")

    def interpret(self, values, dtype=None):
        """(known, rank, wet) for an array of valid raster values: known is
        False for codes missing from a class table; rank 0 = no hazard.
        ``dtype``: the raster's data type; thresholds are compared in it, so
        a float32 cell of 0.1 is not above a threshold of 0.1."""
        values = np.asarray(values, dtype=np.float64)
        if self.kind == DEPTH:
            rank = self.depth_rank(values, dtype)
            return np.ones(values.shape, bool), rank, values > self.wet_threshold_for(dtype)
        if self.kind == BINARY:
            rank = (values != 0).astype(np.int64)
            return np.ones(values.shape, bool), rank, rank == 1
        index = np.searchsorted(self._sorted_codes, values, side="left")
        clipped = np.minimum(index, self._sorted_codes.size - 1)
        known = (index < self._sorted_codes.size) & (self._sorted_codes[clipped] == values)
        rank = np.where(known, self._order[clipped], -1)
        return known, rank, known & (rank >= 1)


def flooded_name(rank, language="en"):
    names = {"en": ("not flooded", "flooded"), "fr": ("non inondé", "inondé")}
    return names.get(language, names["en"])[int(rank)]


def parse_class_table(text):
    """'0=none, 1=low, 2=high' (commas, semicolons or new lines) -> [(code, name)],
    in increasing severity; the first pair is the no-hazard class."""
    pairs, seen = [], set()
    for item in str(text or "").replace(";", "\n").replace(",", "\n").splitlines():
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise InputError("Class table entry '%s' is not code=name. Write the table as "
                             "code=name pairs in increasing severity, the no-hazard class "
                             "first, such as 0=none,1=low,2=medium,3=high" % item)
        code_text, name = (part.strip() for part in item.split("=", 1))
        try:
            code = float(code_text)
        except ValueError:
            code = None
        if code is None or not math.isfinite(code):
            raise InputError("Class table entry '%s': the code '%s' is not a number. Codes are "
                             "the raster's cell values, such as 0=none,1=low,2=medium,3=high"
                             % (item, code_text))
        if code in seen:
            raise InputError("Class table: the code %g appears twice; give each raster value "
                             "once" % code)
        if not name:
            raise InputError("Class table entry '%s' has no class name after '='" % item)
        seen.add(code)
        pairs.append((code, name))
    if len(pairs) < 2:
        raise InputError("The class table needs at least two code=name pairs (the no-hazard "
                         "class first), such as 0=none,1=low,2=high; got %r" % (text,))
    return pairs


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
        wet = values > self.dtype_threshold(model)
        if not all_valid:
            wet &= valid
        if wet.any():
            self.wet[members] += np.bincount(
                span_local, np.add.reduceat(wet, starts, dtype=np.int64), minlength=k)
            self.wet_depth_sum[members] += np.bincount(
                span_local, np.add.reduceat(np.where(wet, values, 0), starts, dtype=np.float64),
                minlength=k)
        negative = values < 0
        if not all_valid:
            negative &= valid
        if negative.any():
            self.negative[members] += np.bincount(
                span_local, np.add.reduceat(negative, starts, dtype=np.int64), minlength=k).astype(np.int64)
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


SPAN_BATCH_ROWS = 2000000  # polygon rows turned into spans at once (bounds memory)


def polygon_statistics(raster, geometries, model, monitor=NO_MONITOR):
    """ZoneStats of polygons (shapely, in the raster's CRS; None = skipped)."""
    count = len(geometries)
    geometries = [g if g is not None and not g.is_empty else None for g in geometries]
    stats = ZoneStats(count, model.n_ranks, raster.dtype)
    feature, col_a, row_a, col_b, row_b, bounds = edges_in_pixels(raster, geometries)
    heights = np.nan_to_num(bounds[:, 3] - bounds[:, 1], nan=0.0) + 2
    batch_of = (np.cumsum(heights) // SPAN_BATCH_ROWS).astype(np.int64)
    batches = np.unique(batch_of[feature]) if feature.size else []
    with WindowReader(raster) as reader:
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
    """Accumulate spans (feature, row, col0, col1) chunk by chunk."""
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
    # spans come sorted by feature then row: a stable sort by chunk keeps that order inside a chunk
    key = (chunk_row - chunk_row.min()) * (int(chunk_col.max() - chunk_col.min()) + 1) \
        + (chunk_col - chunk_col.min())
    order = np.argsort(key, kind="stable")
    owner, row, col0, col1 = owner[order], row[order], col0[order], col1[order]
    chunk_row, chunk_col = chunk_row[order], chunk_col[order]
    starts = np.flatnonzero(np.r_[True, (chunk_row[1:] != chunk_row[:-1])
                                  | (chunk_col[1:] != chunk_col[:-1])])
    ends = np.r_[starts[1:], owner.size]

    def tasks():
        for start, end in zip(starts, ends):
            span_owner, span_row = owner[start:end], row[start:end]
            span_col0, span_col1 = col0[start:end], col1[start:end]
            row0, col_start = int(span_row.min()), int(span_col0.min())
            height, width = int(span_row.max()) - row0 + 1, int(span_col1.max()) - col_start
            lengths = span_col1 - span_col0
            first_cell = (span_row - row0) * width + (span_col0 - col_start)
            index_type = np.int32 if height * width < 2 ** 31 else np.int64
            cells = (np.arange(int(lengths.sum()), dtype=index_type)
                     + np.repeat((first_cell - (np.cumsum(lengths) - lengths)).astype(index_type),
                                 lengths))
            yield (row0, col_start, height, width), cells, (span_owner, span_row, span_col0,
                                                            span_col1, lengths)

    for done, task in enumerate(tasks()):
        monitor.check()
        values, valid = reader.gather(*task[0], task[1])
        span_owner, span_row, span_col0, span_col1, lengths = task[2]
        members, local_span = np.unique(span_owner, return_inverse=True)
        stats.add_spans(members, local_span, lengths, values, valid, model)
        in_rows = (span_row >= 0) & (span_row < raster.height)
        inside = np.where(in_rows, np.clip(np.minimum(span_col1, raster.width)
                                           - np.maximum(span_col0, 0), 0, None), 0)
        stats.inside[members] += np.bincount(local_span, inside, minlength=members.size)
        monitor.progress((done + 1) / len(starts))


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


def point_cells(raster, xs, ys):
    """(rows, cols) of the cells holding points (map coordinates in the
    raster's CRS); a point on a cell edge belongs to the cell right/below."""
    cols, rows = raster.to_pixel(xs, ys)
    return np.floor(rows).astype(np.int64), np.floor(cols).astype(np.int64)
