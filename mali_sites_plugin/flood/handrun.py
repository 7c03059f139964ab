"""Flood-prone land from a DEM: the checks before GRASS runs, and the HAND
and class rasters made from GRASS's flow directions and streams.

Memory stays flat whatever the DEM's size: the DEM is checked by block
windows, the HAND step reads the DEM and GRASS's rasters tile by tile
(hand_tiles.py) and writes its rasters tile by tile, and GDAL's block cache
is bounded during the run (by default it keeps up to 5 % of the machine's
memory of written blocks until a file is closed: measured here, 350 MB for
an 8,192 x 8,192 float32 raster written by 1,024-cell windows).
"""
import math
import os
from contextlib import ExitStack
from dataclasses import dataclass

import numpy as np
import pyproj
import rasterio
from rasterio.windows import Window

from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from ..common.rasters import refuse_scaled_cells
from .hand import NODATA_CLASS
from .hand_tiles import TILE, TiledHand

MIN_SIDE = 10  # cells: a smaller DEM holds no drainage network worth the name
HAND_NODATA = -9999.0
GDAL_CACHE_BYTES = 64 << 20  # GDAL's block cache while the DEM is checked and during the HAND step


@dataclass
class DemSummary:
    path: str
    band: int
    label: str
    rows: int
    cols: int
    crs: object  # pyproj.CRS
    transform: object
    geographic: bool
    cell_area_m2: float
    valid_cells: int
    minimum: float
    maximum: float

    def threshold_cells(self, drainage_area_km2):
        """Upstream cells at which a channel starts, for r.stream.extract."""
        cells = max(1, int(round(drainage_area_km2 * 1e6 / self.cell_area_m2)))
        if cells >= self.valid_cells:
            raise InputError(
                "DEM '%s' covers %s km2 of data, less than the drainage area of %s km2 at which a "
                "channel starts: no drainage line can form. Lower the drainage area (for example to "
                "%s km2) or give a larger DEM", self.label,
                "%.3g" % (self.valid_cells * self.cell_area_m2 / 1e6), "%g" % drainage_area_km2,
                "%.2g" % max(self.valid_cells * self.cell_area_m2 / 1e6 / 20, 1e-4))
        return cells


def inspect_dem(path, band=1, crs=None, label=""):
    """DemSummary of band ``band`` of ``path`` (CRS ``crs`` overrides the
    file's), after refusing what GRASS cannot route: no CRS, a band that is
    not there, a grid too small, no data, no relief."""
    label = label or path
    with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_BYTES), rasterio.open(path) as dataset:
        if band < 1 or band > dataset.count:
            raise InputError("DEM '%s' has %s band(s): there is no band %s. Choose a band from 1 to %s",
                             label, dataset.count, band, dataset.count)
        refuse_scaled_cells(label, dataset.scales[band - 1], dataset.offsets[band - 1])
        crs = pyproj.CRS.from_user_input(crs) if crs is not None else (
            pyproj.CRS.from_wkt(dataset.crs.to_wkt()) if dataset.crs else None)
        if crs is None:
            raise InputError("DEM '%s' has no coordinate reference system: assign it (Raster > "
                             "Projections > Assign Projection, for SRTM or Copernicus DEM "
                             "EPSG:4326) and run again", label)
        rows, cols = dataset.height, dataset.width
        if min(rows, cols) < MIN_SIDE:
            raise InputError("DEM '%s' is %s x %s cells: too small for drainage lines (at least %s x %s "
                             "cells). Give a DEM covering the valley and its slopes", label, cols, rows,
                             MIN_SIDE, MIN_SIDE)
        count, low, high = _statistics(dataset, band)
        transform = dataset.transform
    if count == 0:
        raise InputError("DEM '%s' holds no data (every cell is nodata in band %s): give the DEM "
                         "of the area, or check its nodata value", label, band)
    if not high > low:
        raise InputError("DEM '%s' is flat (every cell at %s m): water has no way to run, so there "
                         "are no drainage lines nor heights above them. Give a DEM with relief "
                         "(SRTM, Copernicus GLO-30)", label, "%g" % low)
    geographic = crs.is_geographic
    area = _cell_area(transform, rows, cols, crs) if geographic else abs(transform.a * transform.e -
                                                                        transform.b * transform.d)
    return DemSummary(path, band, label, rows, cols, crs, transform, geographic, area, count, low, high)


def _statistics(dataset, band):
    """(valid cells, min, max) of a band, block window by block window."""
    count, low, high = 0, math.inf, -math.inf
    for _, window in dataset.block_windows(band):
        values = dataset.read(band, window=window, masked=True)
        data = values.compressed()
        data = data[np.isfinite(data)]
        if data.size:
            count += int(data.size)
            low, high = min(low, float(data.min())), max(high, float(data.max()))
    return count, low, high


def _cell_area(transform, rows, cols, crs):
    """Area in m2 of a cell at the centre of a grid in degrees (geodesic)."""
    geod = crs.get_geod() or pyproj.Geod(ellps="WGS84")
    x0, y0 = transform * (cols / 2.0, rows / 2.0)
    x1, y1 = transform * (cols / 2.0 + 1, rows / 2.0 + 1)
    area, _ = geod.polygon_area_perimeter([x0, x1, x1, x0], [y0, y0, y1, y1])
    return abs(area)


def floodprone_rasters(dem, direction_path, streams_path, classes, hand_path, class_path,
                       monitor=NO_MONITOR, tile=TILE):
    """Write the HAND raster (metres, float32; none when ``hand_path`` is
    empty) and the class raster (uint8 ranks of ``classes``, 255 unknown) on
    the DEM's grid from GRASS's direction and stream rasters, by tiles of
    ``tile`` cells a side.
    Returns {'cells': {rank: count}, 'unknown': n, 'below_drainage': n, ...}."""
    with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_BYTES), rasterio.open(dem.path) as elevation, \
            rasterio.open(direction_path) as direction, rasterio.open(streams_path) as streams:
        if (direction.height, direction.width) != (dem.rows, dem.cols):
            raise InputError("The flow directions are %s x %s cells but DEM '%s' is %s x %s: run "
                             "again without changing the processing region or cell size",
                             direction.width, direction.height, dem.label, dem.cols, dem.rows)

        def read_tile(row0, col0, height, width):
            window = Window(col0, row0, width, height)
            return (elevation.read(dem.band, window=window, masked=True).astype(np.float32).filled(np.nan),
                    direction.read(1, window=window, masked=True).filled(0),
                    ~np.ma.getmaskarray(streams.read(1, window=window, masked=True)))

        tiles = TiledHand((dem.rows, dem.cols), read_tile, tile)
        if not tiles.route(monitor.part(0.0, 0.5)):
            raise InputError("No drainage line formed on DEM '%s' with this drainage area: lower the "
                             "drainage area", dem.label)
        return _write_hand(dem, tiles, classes, hand_path, class_path, monitor.part(0.5, 1.0))


def _write_hand(dem, tiles, classes, hand_path, class_path, monitor):
    """Pass 3 of ``tiles``, each tile's HAND and classes written as it comes."""
    profile = {"driver": "GTiff", "width": dem.cols, "height": dem.rows, "count": 1,
               "crs": dem.crs.to_wkt(), "transform": dem.transform, "tiled": True,
               "blockxsize": 256, "blockysize": 256, "compress": "deflate", "BIGTIFF": "IF_SAFER"}
    found = np.zeros(256, np.int64)
    with ExitStack() as files:
        hand_out = files.enter_context(rasterio.open(
            hand_path, "w", dtype="float32", nodata=HAND_NODATA, **profile)) if hand_path else None
        class_out = files.enter_context(rasterio.open(
            class_path, "w", dtype="uint8", nodata=NODATA_CLASS, **profile))

        def write_tile(window, hand):
            row0, col0, height, width = window
            cells = Window(col0, row0, width, height)
            ranks = classes.classify(hand)
            if hand_out is not None:
                hand_out.write(np.where(np.isnan(hand), np.float32(HAND_NODATA), hand), 1, window=cells)
            class_out.write(ranks, 1, window=cells)
            np.add(found, np.bincount(ranks.reshape(-1), minlength=256), out=found)

        counts = tiles.finish(write_tile, monitor)
    counts["cells"] = {rank: int(found[rank]) for rank in range(len(classes.classes))}
    return counts


GDAL_TYPES = {"uint8": "Byte", "uint16": "UInt16", "int16": "Int16", "uint32": "UInt32",
              "int32": "Int32", "float32": "Float32", "float64": "Float64"}


def dem_vrt(dem, out_path):
    """A VRT in ``out_path`` showing band ``dem.band`` of the DEM as band 1, in
    the DEM's CRS (the layer's, when QGIS overrides the file's): what GRASS
    reads (it takes band 1). No cell is copied, and whatever opens the VRT
    (statistics, .aux.xml) leaves the user's DEM file untouched."""
    with rasterio.open(dem.path) as source:
        dtype = source.dtypes[dem.band - 1]
        nodata = source.nodatavals[dem.band - 1]
    if dtype not in GDAL_TYPES:
        raise InputError("DEM '%s' holds %s values: convert it to 32-bit floats (Raster > Conversion "
                         "> Translate) and run again", dem.label, dtype)
    t = dem.transform
    nodata_xml = "" if nodata is None else "<NoDataValue>%r</NoDataValue>" % float(nodata)
    text = (
        '<VRTDataset rasterXSize="{cols}" rasterYSize="{rows}">\n'
        "  <SRS>{srs}</SRS>\n"
        "  <GeoTransform>{c!r}, {a!r}, {b!r}, {f!r}, {d!r}, {e!r}</GeoTransform>\n"
        '  <VRTRasterBand dataType="{gdal_type}" band="1">{nodata}\n'
        "    <SimpleSource><SourceFilename relativeToVRT=\"0\">{path}</SourceFilename>"
        "<SourceBand>{band}</SourceBand></SimpleSource>\n"
        "  </VRTRasterBand>\n</VRTDataset>\n").format(
        cols=dem.cols, rows=dem.rows, srs=_xml(dem.crs.to_wkt()), a=t.a, b=t.b, c=t.c, d=t.d, e=t.e,
        f=t.f, gdal_type=GDAL_TYPES[dtype], nodata=nodata_xml, path=_xml(os.path.abspath(dem.path)),
        band=dem.band)
    with open(out_path, "w", encoding="utf-8") as stream:
        stream.write(text)
    return out_path


def _xml(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
