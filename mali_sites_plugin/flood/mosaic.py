"""National depth maps as they arrive: tiles behind a VRT (JRC/GloFAS style,
EPSG:4326, 3 arc-seconds), read tile by tile.

A VRT whose sources are plain copies of whole cells (SimpleSource, or
ComplexSource without scaling or colour table), not resampled (source and
destination rectangles of one size), not overlapping, each tile of the
VRT's data type and nodata value, is read straight from its tiles: each
window is split at tile edges and each piece read from its tile's own
blocks, which is
what GDAL's VRT driver returns for such a VRT, without its per-block copy.
Any other VRT is read through GDAL's VRT driver. Cells outside every tile
are nodata (unknown), as the VRT gives them.
"""
import os
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TILE_BAND = 1


@dataclass
class Tile:
    raster: object  # rasters.HazardRaster of the tile file
    row: int  # where the tile's source rectangle lands in the VRT grid
    col: int
    src_row: int  # the source rectangle in the tile
    src_col: int
    height: int
    width: int

    @property
    def shift(self):
        """(rows, cols) to add to a cell of the VRT grid to get the same cell in the tile's own grid."""
        return self.src_row - self.row, self.src_col - self.col


def _int_rect(element):
    if element is None:
        return None
    try:
        values = [float(element.get(name)) for name in ("xOff", "yOff", "xSize", "ySize")]
    except (TypeError, ValueError):
        return None
    if any(v != int(v) for v in values):
        return None
    return [int(v) for v in values]


def mosaic_tiles(path, dataset, band, make_raster):
    """[Tile] of a VRT (``dataset``: open in GDAL) read straight from its
    tiles, or None when the VRT is not a plain mosaic (see the module
    docstring). ``make_raster(path, band)`` describes a tile file
    (rasters.describe_tile)."""
    try:
        root = ElementTree.parse(str(path)).getroot()
    except (ElementTree.ParseError, OSError):
        return None
    bands = [b for b in root.iter("VRTRasterBand") if b.get("band", "1") == str(band)]
    from .rasters import band_dtype
    vrt_band = dataset.GetRasterBand(band)
    vrt_nodata, vrt_dtype = vrt_band.GetNoDataValue(), band_dtype(vrt_band)
    if len(bands) != 1 or bands[0].get("subClass") or vrt_nodata is None:
        return None
    tiles, base = [], Path(str(path)).parent
    for source in bands[0]:
        if source.tag not in ("SimpleSource", "ComplexSource"):
            if source.tag in ("KernelFilteredSource", "AveragedSource"):
                return None
            continue
        if any(source.find(tag) is not None for tag in ("ScaleOffset", "ScaleRatio", "LUT", "ColorTableComponent",
                                                         "Exponent", "UseMaskBand")):
            return None
        name = source.find("SourceFilename")
        src, dst = _int_rect(source.find("SrcRect")), _int_rect(source.find("DstRect"))
        if name is None or src is None or dst is None or src[2:] != dst[2:]:
            return None
        file = (name.text or "").strip()
        file = str(base / file) if name.get("relativeToVRT", "0") == "1" else file
        source_band = int((source.findtext("SourceBand") or "1").strip() or 1)
        if not os.path.exists(file):
            return None
        raster = make_raster(file, source_band)
        nodata = source.findtext("NODATA")
        if raster.dtype != vrt_dtype or raster.use_mask or raster.nodata is None \
                or float(raster.nodata) != float(vrt_nodata) \
                or (nodata is not None and float(nodata) != float(raster.nodata)):
            return None
        tiles.append(Tile(raster, dst[1], dst[0], src[1], src[0], dst[3], dst[2]))
    if not tiles or _overlap(tiles):
        return None
    return tiles


def _overlap(tiles):
    boxes = sorted((t.row, t.col, t.row + t.height, t.col + t.width) for t in tiles)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[0] >= a[2]:
                break
            if a[1] < b[3] and b[1] < a[3]:
                return True
    return False


class MosaicReader:
    """Reads windows of a plain VRT mosaic tile by tile (rasters.WindowReader
    per tile: its own block cache drops, unreadable blocks, direct reads)."""

    def __init__(self, raster):
        from .rasters import WindowReader
        self.raster = raster
        self.readers = [WindowReader(tile.raster) for tile in raster.tiles]

    def close(self):
        for reader in self.readers:
            reader.close()

    def read_inside(self, r0, c0, r1, c1):
        """(values, mask or None) of rows r0..r1, cols c0..c1 of the mosaic,
        as rasters.WindowReader gives them: cells outside every tile hold
        the nodata value (the tiles' own), the mask is False on blocks that
        could not be read, None when every block could."""
        data = np.full((r1 - r0, c1 - c0), self.raster.nodata, dtype=self.raster.dtype)
        mask = None
        for index, (tile, reader) in enumerate(zip(self.raster.tiles, self.readers)):
            top, left = max(r0, tile.row), max(c0, tile.col)
            bottom, right = min(r1, tile.row + tile.height), min(c1, tile.col + tile.width)
            if bottom <= top or right <= left:
                continue
            row, col = top + tile.shift[0], left + tile.shift[1]
            values, valid = reader.read_inside(row, col, row + bottom - top, col + right - left)
            data[top - r0:bottom - r0, left - c0:right - c0] = values
            if valid is not None:
                if mask is None:
                    mask = np.ones(data.shape, dtype=bool)
                mask[top - r0:bottom - r0, left - c0:right - c0] = valid
            carry_unreadable(self.raster, index)
        return data, mask

    def tile_reader(self, index):
        """The rasters.WindowReader of tile ``index``."""
        return self.readers[index]


def carry_unreadable(raster, index):
    """The blocks of tile ``index`` GDAL could not read, recorded on the mosaic ``raster`` too."""
    tile = raster.tiles[index]
    for block, why in list(tile.raster.unreadable.items()):  # other threads may add blocks
        raster.unreadable.setdefault((index,) + tuple(block), "%s: %s" % (tile.raster.label, why))


def spans_by_tile(raster, owner, row, col0, col1):
    """Spans (feature, row, col0, col1) of the mosaic's grid cut at the tiles'
    edges: ([(tile index, (owner, row, col0, col1) in the tile's own grid)],
    (owner, row, col0, col1) of the cells of no tile, in the mosaic's grid).
    Each tile's spans are then read from its own blocks by whole blocks of its
    own (zonal.py), so chunks share no block and can be read ahead."""
    rects = [(max(t.row, 0), max(t.col, 0), min(t.row + t.height, raster.height),
              min(t.col + t.width, raster.width)) for t in raster.tiles]
    edges = np.unique([c for rect in rects for c in (rect[1], rect[3])])
    low = np.searchsorted(edges, col0, side="right")  # column interval k: edges[k-1] <= col < edges[k]
    pieces = np.searchsorted(edges, col1 - 1, side="right") - low + 1
    source = np.repeat(np.arange(owner.size), pieces)
    interval = low[source] + (np.arange(source.size) - np.repeat(np.cumsum(pieces) - pieces, pieces))
    bounds = np.r_[np.iinfo(np.int64).min, edges, np.iinfo(np.int64).max]
    owner, row = owner[source], row[source]
    col0 = np.maximum(col0[source], bounds[interval])
    col1 = np.minimum(col1[source], bounds[interval + 1])
    rest = np.ones(owner.size, dtype=bool)
    per_tile = []
    for index, ((top, left, bottom, right), tile) in enumerate(zip(rects, raster.tiles)):
        taken = rest & (row >= top) & (row < bottom) & (col0 >= left) & (col1 <= right)
        if not taken.any():
            continue
        rest &= ~taken
        shift_row, shift_col = tile.shift
        per_tile.append((index, (owner[taken], row[taken] + shift_row, col0[taken] + shift_col,
                                 col1[taken] + shift_col)))
    return per_tile, (owner[rest], row[rest], col0[rest], col1[rest])
