"""Hazard rasters, read by block-aligned windows, never whole.

What is read and how:

* A raster is visited by chunks: groups of whole blocks of its own tiling
  (about a million cells each), only where there are features, and only
  the part of a chunk the features cover (zonal.py for polygons; points and
  lines read one small window per block holding some of their cells: cells.py).
* Cells outside the raster and nodata cells are *unknown*: never dry, never
  wet; a window read here may lie partly or wholly outside the raster.
* Cells GDAL cannot read are *unknown* too, block by block: a read that
  fails is done again one block at a time, and the blocks that fail are
  recorded on the raster (``unreadable``) and never read again. A GeoTIFF
  cut short is checked when it is opened: with GTIFF_DIRECT_IO (below) GDAL
  reads the missing strips of an uncompressed striped file as zeros without
  any error, so the strips that end beyond the end of the file are marked
  unreadable before any read. Compressed and tiled files make GDAL raise.
* Files are read through GDAL's own Python bindings (osgeo.gdal), which QGIS
  has loaded before any algorithm runs: reading costs no import (rasterio
  took 0.03 s of every run).
* GDAL keeps every block it decodes in its block cache, which grows with
  the raster; the dataset is closed and opened again every few million
  cells, which drops its blocks, so peak memory does not grow with raster
  size.
"""
import math
from contextlib import contextmanager
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyproj
from affine import Affine
from osgeo import gdal, gdal_array

from ..common.errors import InputError
from ..common.notes import Note
from ..common.rasters import refuse_scaled_cells
from .mosaic import MosaicReader, mosaic_tiles

CHUNK_CELLS = 1 << 20  # cells per chunk: about 4 MB of float32
REOPEN_AFTER_CELLS = 1 << 24  # drop GDAL's block cache after this many cells read (64 MB of float32)


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
    # (block row, block col) -> why GDAL could not read it; filled when the
    # file is opened (a file cut short) and as reads fail
    unreadable: dict = field(default_factory=dict)
    tiles: list = None  # mosaic.Tile of a plain VRT mosaic, read tile by tile (mosaic.py)
    compressed: bool = False  # its blocks are decoded when read (a window costs its whole blocks)
    read_ahead: object = None  # prefetch.ChunksRead of this file, while the sites are read

    def reader(self):
        """The reader of its windows (an observed product's reads its masks too)."""
        return WindowReader(self)

    @property
    def chunks_share_blocks(self):
        """Whether two chunks of its grid may need one block of a file: a
        mosaic's tiles need not start on its block grid (flood/readahead.py;
        zonal.py reads a plain mosaic's polygons by chunks of each tile)."""
        return bool(self.tiles)

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
    dataset, why = _open_dataset(path)
    if dataset is None:
        raise InputError("Raster '%s' cannot be read (%s). Give a raster file GDAL can open, "
                         "such as a GeoTIFF.", label, why)
    if not 1 <= int(band) <= dataset.RasterCount:
        raise InputError("Raster '%s' has %s band(s): band %s does not exist. Set BAND "
                         "between 1 and %s.", label, dataset.RasterCount, band, dataset.RasterCount)
    if dataset.GetGeoTransform(can_return_null=True) is None:
        raise InputError("Raster '%s' has no georeferencing (no geotransform: its cells are not "
                         "placed on the ground). Georeference it (Raster > Georeferencer, or "
                         "gdalwarp for a raster with ground control points) and run again.", label)
    own_crs = _crs_of(dataset)
    if crs is None:
        if own_crs is None:
            raise InputError(
                "Raster '%s' has no coordinate reference system, so it cannot be placed "
                "under the sites. Assign its CRS (Raster > Projections > Assign Projection, "
                "or the layer's Properties > Source) and run again.", label)
        crs = own_crs
    elif not isinstance(crs, pyproj.CRS):
        try:
            crs = pyproj.CRS.from_user_input(crs)
        except pyproj.exceptions.CRSError as error:
            raise InputError("Raster '%s': PROJ does not know the coordinate reference system %r (%s). "
                             "Give its EPSG code, such as EPSG:32630, and run again.", label, crs, error) from None
    is_vrt = dataset.GetDriver().ShortName == "VRT"
    if is_vrt:
        _check_vrt_tiles(path, own_crs, label)
    tiles = mosaic_tiles(path, dataset, int(band), describe_tile) if is_vrt else None
    raster = _described(dataset, path, label, int(band), crs)
    raster.use_mask = raster.use_mask and not tiles
    raster.unreadable, raster.tiles = _blocks_past_the_end(raster, dataset), tiles
    return raster


def describe_tile(path, band):
    """The HazardRaster of a tile file of a mosaic, without the checks of open_hazard_raster."""
    dataset, _ = _open_dataset(path)
    return _described(dataset, path, Path(str(path)).stem, band, _crs_of(dataset))


def _described(dataset, path, label, band, crs):
    """The HazardRaster of band ``band`` of an open GDAL dataset."""
    gdal_band = dataset.GetRasterBand(band)
    refuse_scaled_cells(label, gdal_band.GetScale(), gdal_band.GetOffset())
    block_cols, block_rows = gdal_band.GetBlockSize()
    return HazardRaster(str(path), label, band, crs, Affine.from_gdal(*dataset.GetGeoTransform()),
                        dataset.RasterXSize, dataset.RasterYSize, gdal_band.GetNoDataValue(),
                        band_dtype(gdal_band), (block_rows, block_cols),
                        bool(gdal_band.GetMaskFlags() & (gdal.GMF_PER_DATASET | gdal.GMF_ALPHA)),
                        compressed=dataset.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") is not None)


def band_dtype(gdal_band):
    """The numpy type name of a GDAL band's cells ('float32', 'uint8', ...)."""
    return np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(gdal_band.DataType)).name


def _crs_of(dataset):
    wkt = dataset.GetProjectionRef()
    return pyproj.CRS.from_wkt(wkt) if wkt else None


@contextmanager
def _quiet_gdal():
    """GDAL's errors in this thread kept out of the console and QGIS's log:
    _failed raises them, whatever the bindings' exception mode."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        yield
    finally:
        gdal.PopErrorHandler()


class ReadFailed(Exception):
    """GDAL could not read a window or open a file (its message)."""


READ_ERRORS = (ReadFailed, RuntimeError)  # RuntimeError: the bindings in exception mode


def _failed(result):
    """``result`` of a GDAL call, or ReadFailed with GDAL's last message when it is None."""
    if result is None:
        raise ReadFailed(gdal.GetLastErrorMsg() or "GDAL gave no data")
    return result


def _open_dataset(path):
    """(GDAL dataset, None) of ``path``, or (None, GDAL's message)."""
    with _quiet_gdal():
        try:
            return _failed(gdal.Open(str(path))), None
        except READ_ERRORS as error:
            return None, str(error)


def vrt_tiles(path):
    """The tile files a VRT names (SourceFilename, made absolute)."""
    import xml.etree.ElementTree as ElementTree
    base = Path(str(path)).parent
    tiles = []
    for element in ElementTree.parse(str(path)).getroot().iter("SourceFilename"):
        name = (element.text or "").strip()
        relative = element.get("relativeToVRT", "0") == "1"
        tiles.append(str(base / name) if relative else name)
    return list(dict.fromkeys(tiles))


def _check_vrt_tiles(path, crs, label):
    """InputError for a VRT tile that is missing or in another CRS than the
    VRT (GDAL would read a missing tile as an error and place a tile of
    another CRS by its numbers, in the wrong place)."""
    try:
        tiles = vrt_tiles(path)
    except Exception:  # noqa: BLE001 - not a VRT file on disk (a /vsi path): GDAL has opened it
        return
    for tile in tiles:
        if not tile.startswith("/vsi") and not os.path.exists(tile):
            raise InputError("Mosaic '%s' (VRT) names tile '%s', which does not exist: copy the missing "
                             "tile beside the others, or rebuild the mosaic from the tiles you have "
                             "(gdalbuildvrt mosaic.vrt *.tif) and run again.", label, tile)
        source, why = _open_dataset(tile)
        if source is None:
            raise InputError("Mosaic '%s' (VRT): tile '%s' cannot be read (%s). Download it again and "
                             "run again.", label, tile, why)
        tile_crs = _crs_of(source)
        if crs is not None and tile_crs is not None and tile_crs != crs:
            raise InputError("Mosaic '%s' (VRT): tile '%s' is in %s, the mosaic in %s; a VRT places "
                             "tiles by their coordinates without reprojecting them. Warp the tile to "
                             "%s (gdalwarp -t_srs) or build one mosaic per CRS.", label, tile,
                             tile_crs.name, crs.name, crs.name)


def _blocks_past_the_end(raster, dataset):
    """{(block row, block col): why} of the strips of an uncompressed,
    striped GeoTIFF that end beyond the end of its file (a download or copy
    cut short): GDAL's direct reads give zeros there, without any error.
    Other files are left to GDAL, which raises on reading such blocks."""
    block_rows, block_cols = raster.block_shape
    if dataset.GetDriver().ShortName != "GTiff" or raster.compressed or block_cols != raster.width:
        return {}
    try:
        size = os.path.getsize(raster.path)
    except OSError:
        return {}
    gdal_band = dataset.GetRasterBand(raster.band)
    missing = {}
    for block_row in range(-(-raster.height // block_rows)):
        offset = gdal_band.GetMetadataItem("BLOCK_OFFSET_0_%d" % block_row, "TIFF")
        length = gdal_band.GetMetadataItem("BLOCK_SIZE_0_%d" % block_row, "TIFF")
        if offset and length and int(offset) + int(length) > size:
            missing[(block_row, 0)] = "the file ends at byte %d, before the end of this strip (byte %d)" % (
                size, int(offset) + int(length))
    return missing


# GTIFF_DIRECT_IO: uncompressed GeoTIFFs are read straight into our array, not
# through (and filling) GDAL's block cache. Not GDAL_NUM_THREADS: with it GDAL 3.6
# decodes the strips of a truncated LZW file as zeros and only prints the error.
_READ_OPTIONS = (("GTIFF_DIRECT_IO", "YES"),)


@contextmanager
def _direct_io():
    """_READ_OPTIONS for this thread, when a file is opened and read."""
    previous = [gdal.GetThreadLocalConfigOption(key, None) for key, _ in _READ_OPTIONS]
    for key, value in _READ_OPTIONS:
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for (key, _), value in zip(_READ_OPTIONS, previous):
            gdal.SetThreadLocalConfigOption(key, value)


class WindowReader:
    """Reads windows of one raster band; cells outside the raster come back
    as not valid. Closes and reopens the file every REOPEN_AFTER_CELLS cells
    so GDAL's block cache for it is freed (see the module docstring)."""

    def __init__(self, raster):
        self.raster = raster
        self._dataset = None
        self._cells_read = 0  # since the file was opened (REOPEN_AFTER_CELLS)
        self._mosaic = MosaicReader(raster) if raster.tiles else None

    def close(self):
        if self._mosaic is not None:
            self._mosaic.close()
        self._dataset = None  # GDAL closes the file when its last reference goes
        self._cells_read = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def tile_reader(self, index):
        """The reader of tile ``index`` of a plain VRT mosaic (mosaic.py)."""
        return self._mosaic.tile_reader(index)

    def _open(self):
        if self._dataset is None or self._cells_read > REOPEN_AFTER_CELLS:
            self.close()
            with _direct_io(), _quiet_gdal():  # GDAL reads the option when it opens the file
                self._dataset = _failed(gdal.Open(self.raster.path))
        return self._dataset

    def read(self, row0, col0, height, width):
        """(values, valid) arrays of shape (height, width) for the window at
        (row0, col0) of the raster's grid; it may lie partly or wholly outside."""
        inside = self._inside(row0, col0, height, width)
        if inside is None:
            return np.zeros((height, width), dtype=self.raster.dtype), np.zeros((height, width), bool)
        data, mask = self.read_inside(*inside)
        ok = self._valid_values(data)
        if mask is not None:
            ok &= mask
        if inside == (row0, col0, row0 + height, col0 + width):
            return data, ok
        r0, c0, r1, c1 = inside
        values = np.zeros((height, width), dtype=data.dtype)
        valid = np.zeros((height, width), dtype=bool)
        values[r0 - row0:r1 - row0, c0 - col0:c1 - col0] = data
        valid[r0 - row0:r1 - row0, c0 - col0:c1 - col0] = ok
        return values, valid

    def gather(self, row0, col0, height, width, cells):
        """(values, valid) of the cells at flat indices ``cells`` of the window
        (row0, col0, height, width); validity is worked out for those cells
        only, not for the whole window."""
        values = np.zeros(cells.shape, dtype=self.raster.dtype)
        valid = np.zeros(cells.shape, dtype=bool)
        inside = self._inside(row0, col0, height, width)
        if inside is None:
            return values, valid
        data, mask = self.read_inside(*inside)
        if inside == (row0, col0, row0 + height, col0 + width):
            values = data.ravel()[cells]
            valid = self._valid_values(values)
            if mask is not None:
                valid &= mask.ravel()[cells]
            return values, valid
        r0, c0, r1, c1 = inside
        rows, cols = cells // width + row0, cells % width + col0
        kept = np.flatnonzero((rows >= r0) & (rows < r1) & (cols >= c0) & (cols < c1))
        flat = (rows[kept] - r0) * (c1 - c0) + (cols[kept] - c0)
        values[kept] = data.ravel()[flat]
        valid[kept] = self._valid_values(values[kept])
        if mask is not None:
            valid[kept] &= mask.ravel()[flat]
        return values, valid

    def _inside(self, row0, col0, height, width):
        """(r0, c0, r1, c1): the part of a window inside the raster, or None."""
        r0, c0 = max(row0, 0), max(col0, 0)
        r1, c1 = min(row0 + height, self.raster.height), min(col0 + width, self.raster.width)
        return None if r1 <= r0 or c1 <= c0 else (r0, c0, r1, c1)

    def read_inside(self, r0, c0, r1, c1):
        """(values, mask or None) of rows r0..r1, cols c0..c1 of the raster;
        the mask is False where the band's mask says so and on blocks GDAL
        cannot read (see the module docstring)."""
        if self._mosaic is not None:
            return self._mosaic.read_inside(r0, c0, r1, c1)
        read = self.raster.read_ahead and self.raster.read_ahead.window(r0, c0, r1, c1)
        if not read:
            read = self.read_clean(r0, c0, r1, c1)
        return read or self._read_block_by_block(r0, c0, r1, c1)  # find the blocks that fail, one by one

    def read_clean(self, r0, c0, r1, c1):
        """read_inside's (values, mask or None), or None when a block of the
        window is known unreadable or GDAL fails on it (nothing recorded)."""
        if self.raster.unreadable and self._blocks(r0, c0, r1, c1, known_bad=True):
            return None
        try:
            return self._read_window(r0, c0, r1, c1)
        except READ_ERRORS:
            return None

    def _read_window(self, r0, c0, r1, c1):
        band = self._open().GetRasterBand(self.raster.band)
        self._cells_read += (r1 - r0) * (c1 - c0)
        window = (c0, r0, c1 - c0, r1 - r0)
        with _direct_io(), _quiet_gdal():
            data = _failed(band.ReadAsArray(*window))
            mask = (_failed(band.GetMaskBand().ReadAsArray(*window)) > 0) if self.raster.use_mask else None
        return data, mask

    def _blocks(self, r0, c0, r1, c1, known_bad=False):
        """(block row, block col) of the blocks the rows r0..r1, cols c0..c1
        meet; with ``known_bad``, only those already known unreadable."""
        block_rows, block_cols = (max(int(v), 1) for v in self.raster.block_shape)
        blocks = [(row, col) for row in range(r0 // block_rows, (r1 - 1) // block_rows + 1)
                  for col in range(c0 // block_cols, (c1 - 1) // block_cols + 1)]
        return [b for b in blocks if b in self.raster.unreadable] if known_bad else blocks

    def _read_block_by_block(self, r0, c0, r1, c1):
        """The window read block by block: a block GDAL cannot read is
        recorded on the raster and its cells come back masked (unknown)."""
        block_rows, block_cols = (max(int(v), 1) for v in self.raster.block_shape)
        data = np.zeros((r1 - r0, c1 - c0), dtype=self.raster.dtype)
        mask = np.zeros((r1 - r0, c1 - c0), dtype=bool)
        for block in self._blocks(r0, c0, r1, c1):
            if block in self.raster.unreadable:
                continue
            top, left = max(block[0] * block_rows, r0), max(block[1] * block_cols, c0)
            bottom, right = min((block[0] + 1) * block_rows, r1), min((block[1] + 1) * block_cols, c1)
            try:
                values, valid = self._read_window(top, left, bottom, right)
            except READ_ERRORS as error:
                self.raster.unreadable[block] = str(error)
                continue
            data[top - r0:bottom - r0, left - c0:right - c0] = values
            mask[top - r0:bottom - r0, left - c0:right - c0] = True if valid is None else valid
        return data, mask

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


def read_error_notes(raster, scenario_name, code):
    """[Note(code, (blocks, raster label, path, GDAL's first message))] when
    some blocks of ``raster`` could not be read (their cells are unknown)."""
    if not raster.unreadable:
        return []
    first = raster.unreadable[min(raster.unreadable)]
    return [Note(code, (len(raster.unreadable), raster.label, raster.path, first), scenario_name)]
