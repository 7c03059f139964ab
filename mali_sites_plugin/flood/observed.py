"""Observed flood extent rasters (Copernicus GFM): the flood extent layer and
its masks (exclusion mask, reference water mask) read together, cell by cell,
as class ranks of observed states (products.py).

* The flood layer's values read through the scheme ('flood' layer): 0 dry,
  1 wet for GFM; values the scheme does not list and nodata are unknown.
* A mask is read on the flood layer's own grid (same CRS and cell size,
  whole-cell offset: GFM's layers share one grid; anything else is refused
  with a message). Its values read through its role's mapping: the exclusion
  mask makes cells not observable, the reference water mask makes them
  permanent water. States combine by the schemes' precedence (permanent,
  wet, possibly wet, not observable, then dry): a cell observed dry inside
  the exclusion mask is unknown, never dry.
* Inside a mask's extent, a mask cell that is nodata or cannot be read
  counts as not observable for an exclusion mask (nothing says the cell was
  observable); outside a mask's extent the mask says nothing.
"""
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..common.errors import InputError
from .geometry import same_crs
from .products import NOT_OBSERVABLE, RANK_OF, date_of
from .rasters import HazardRaster, WindowReader, open_hazard_raster

_NONE = 127  # precedence of a cell no layer says anything about


@dataclass
class Mask:
    raster: HazardRaster
    role: str  # 'exclusion', 'reference_water' ...
    mapping: dict  # {value: state}
    row_offset: int  # mask row = flood row + row_offset
    col_offset: int


@dataclass
class ObservedRaster(HazardRaster):
    """A flood extent raster of an observed product with its masks; reads give
    class ranks (products.ObservedModel) as values."""
    scheme: object = None  # products.ProductScheme
    precedence: tuple = ()
    masks: list = field(default_factory=list)
    flood: HazardRaster = None

    def reader(self):
        return ObservedReader(self)

    @property
    def chunks_share_blocks(self):
        return True  # the masks lie on grids of their own


def observed_raster(flood, scheme, precedence, masks=()):
    """ObservedRaster of ``flood`` (HazardRaster) read through raster ``scheme``,
    with ``masks`` [(HazardRaster, role)] placed on its grid."""
    placed = [Mask(mask, role, scheme.layers.get(role, ((), {1.0: NOT_OBSERVABLE}))[1], *_offsets(flood, mask))
              for mask, role in masks]
    return ObservedRaster(flood.path, flood.label, flood.band, flood.crs, flood.transform, flood.width,
                          flood.height, None, "float32", flood.block_shape, False, flood.unreadable,
                          scheme=scheme, precedence=tuple(precedence), masks=placed, flood=flood)


def open_mask(path, label=None, crs=None):
    return open_hazard_raster(path, 1, crs, label)


def overlaps(a, b):
    """True when rasters ``a`` and ``b`` (same CRS) share some ground."""
    ax0, ay0, ax1, ay1 = _bounds(a)
    bx0, by0, bx1, by1 = _bounds(b)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def _bounds(raster):
    t = raster.transform
    xs = (t.c, t.c + t.a * raster.width)
    ys = (t.f, t.f + t.e * raster.height)
    return min(xs), min(ys), max(xs), max(ys)


def _offsets(flood, mask):
    """(row, col) offsets of ``mask``'s grid from ``flood``'s; InputError
    unless both share CRS, cell size and a whole-cell alignment."""
    a, b = flood.transform, mask.transform
    aligned = same_crs(flood.crs, mask.crs) and a.b == 0 and a.d == 0 and b.b == 0 and b.d == 0 \
        and abs(a.a - b.a) <= 1e-9 * abs(a.a) and abs(a.e - b.e) <= 1e-9 * abs(a.e)
    if aligned:
        col, row = (a.c - b.c) / b.a, (a.f - b.f) / b.e
        aligned = abs(col - round(col)) < 1e-6 and abs(row - round(row)) < 1e-6
    if not aligned:
        raise InputError("Mask '%s' is not on the grid of flood extent '%s' (CRS %s, cells %s x %s; "
                         "the mask: %s, %s x %s). GFM layers of one scene share a grid: give the mask "
                         "of the same tile, or warp the mask onto the flood extent (gdalwarp -te "
                         "-tr -tap with the flood extent's bounds and cell size)", mask.label,
                         flood.label, flood.crs.name, "%g" % a.a, "%g" % abs(a.e), mask.crs.name,
                         "%g" % b.a, "%g" % abs(b.e))
    return int(round(row)), int(round(col))


class ObservedReader:
    """Reads windows of an ObservedRaster: (ranks, known) like WindowReader."""

    def __init__(self, raster):
        self.raster = raster
        self.flood = WindowReader(raster.flood)
        self.masks = [(mask, WindowReader(mask.raster)) for mask in raster.masks]
        self.order = {state: index for index, state in enumerate(raster.precedence)}
        self.order.setdefault(NOT_OBSERVABLE, len(self.order))
        self.order.setdefault("dry", len(self.order))

    def close(self):
        self.flood.close()
        for _, reader in self.masks:
            reader.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def read(self, row0, col0, height, width):
        values, valid = self.flood.read(row0, col0, height, width)
        best = np.full(values.shape, _NONE, dtype=np.int16)
        state_of_rank = {}
        self._apply(best, state_of_rank, self.raster.scheme.layers["flood"][1], values, valid)
        for mask, reader in self.masks:
            mvalues, mvalid = reader.read(row0 + mask.row_offset, col0 + mask.col_offset, height, width)
            self._apply(best, state_of_rank, mask.mapping, mvalues, mvalid)
            if mask.role == "exclusion":
                unknown = self._inside(mask, row0, col0, height, width) & ~mvalid
                self._set(best, state_of_rank, NOT_OBSERVABLE, unknown)
        ranks = np.full(values.shape, -1, dtype=np.float32)
        for order, state in state_of_rank.items():
            if state != NOT_OBSERVABLE:
                ranks[best == order] = RANK_OF[state]
        return ranks, ranks >= 0

    def gather(self, row0, col0, height, width, cells):
        ranks, known = self.read(row0, col0, height, width)
        return ranks.ravel()[cells], known.ravel()[cells]

    def _apply(self, best, state_of_rank, mapping, values, valid):
        for value, state in mapping.items():
            if not isinstance(value, str):
                self._set(best, state_of_rank, state, valid & (values == value))

    def _set(self, best, state_of_rank, state, where):
        order = self.order[state]
        state_of_rank[order] = state
        np.minimum(best, np.where(where, order, _NONE).astype(best.dtype), out=best)

    @staticmethod
    def _inside(mask, row0, col0, height, width):
        rows = np.arange(row0, row0 + height) + mask.row_offset
        cols = np.arange(col0, col0 + width) + mask.col_offset
        return (((rows >= 0) & (rows < mask.raster.height))[:, None]
                & ((cols >= 0) & (cols < mask.raster.width))[None, :])


def raster_scheme(schemes, choice, flood):
    """(raster scheme, how it was chosen: 'chosen', 'name' or 'only') for
    flood extent raster ``flood`` (HazardRaster): ``choice`` a scheme key, or
    'detect' (the scheme whose flood-layer pattern the file name matches,
    else the only raster scheme)."""
    if choice not in ("detect", "plain"):
        return schemes.get(choice, "raster"), "chosen"
    rasters = schemes.raster()
    for scheme in rasters:
        if scheme.role_of(Path(flood.path).name) == "flood" or scheme.role_of(flood.label) == "flood":
            return scheme, "name"
    if len(rasters) == 1:
        return rasters[0], "only"
    raise InputError("Flood extent raster '%s': its file name matches no raster product scheme of %s "
                     "(%s). Choose the product (EXTENT_PRODUCT)", flood.label, schemes.path,
                     ", ".join(s.key for s in rasters))


def masks_for(flood, scheme, masks):
    """[(mask, role)] of the masks (HazardRaster) that apply to ``flood``: those
    of the same date (YYYYMMDD in both file names; any date when either has
    none) that share some ground with it (same CRS), or that are in another
    CRS (refused when placed). A mask's role comes from its file name
    (scheme patterns), else it is an exclusion mask (no observation)."""
    date = date_of(Path(flood.path).name)
    chosen = []
    for mask in masks:
        mask_date = date_of(Path(mask.path).name)
        if date and mask_date and date != mask_date:
            continue
        if same_crs(flood.crs, mask.crs) and not overlaps(flood, mask):
            continue
        role = scheme.role_of(Path(mask.path).name) or scheme.role_of(mask.label)
        chosen.append((mask, role if role and role != "flood" else "exclusion"))
    return chosen
