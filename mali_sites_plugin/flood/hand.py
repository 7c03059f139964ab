"""Height above nearest drainage (HAND) from flow directions, and its classes.

HAND of a cell = its elevation minus the elevation of the first drainage
(stream) cell met by following the flow directions downstream (Rennó et al.
2008; Nobre et al. 2011). The flow directions and the streams come from a
proven engine (GRASS r.stream.extract, through QGIS Processing): nothing here
fills depressions or routes flow. This module only follows the directions
inside one tile of the grid, vectorised: pointer jumping over the tile's
flow-direction graph (each round makes every cell point twice as far
downstream), so ceil(log2(longest path)) rounds of one numpy gather each,
no per-cell Python loop. hand_tiles.py joins the tiles.

Directions are coded as GRASS codes them (r.watershed drainage, r.stream.extract
direction): 1..8 counter-clockwise from north-east (code x 45 degrees from
east), negative when the flow leaves the region, 0 or nodata for none.

numpy only (no rasterio, no qgis): handrun.py reads and writes the rasters.
numpy comes on first use: the flood-prone algorithm reads the HAND classes
when the plugin loads.
"""
from __future__ import annotations  # the np.ndarray fields below must not import numpy

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..common.errors import InputError
from ..common.lazy import lazy_module

np = lazy_module("numpy")

HAND_CLASSES_FILE = Path(__file__).resolve().parents[2] / "resources" / "standards" / "hand_classes.json"

# GRASS direction code -> (row offset, column offset); rows grow southwards.
GRASS_OFFSETS = {1: (-1, 1), 2: (-1, 0), 3: (-1, -1), 4: (0, -1), 5: (1, -1), 6: (1, 0),
                 7: (1, 1), 8: (0, 1)}


@dataclass
class HandClass:
    name: dict
    max_hand_m: float  # inf for the first (no hazard) class

    def name_in(self, language):
        return self.name.get(language) or self.name["en"]


@dataclass
class HandClasses:
    title: dict
    classes: list
    source: str
    confidence: str
    confidence_note: dict  # {"en": ..., "fr": ...}
    drainage_area_km2: float
    drainage_area_source: dict  # {"en": ..., "fr": ...}
    origin: str

    def note_in(self, language):
        return self.confidence_note.get(language) or self.confidence_note.get("en", "")

    def drainage_source_in(self, language):
        return self.drainage_area_source.get(language) or self.drainage_area_source.get("en", "")

    def thresholds(self):
        """Upper HAND bounds of the hazard classes (ranks 1, 2, ...), decreasing."""
        return [c.max_hand_m for c in self.classes[1:]]

    def classify(self, hand):
        """Class ranks (uint8) of HAND values: the number of bounds each value
        does not exceed; 255 for NaN (unknown)."""
        hand = np.asarray(hand)
        ranks = np.zeros(hand.shape, np.uint8)
        for bound in self.thresholds():
            ranks += hand <= bound
        ranks[np.isnan(hand)] = NODATA_CLASS
        return ranks

    def class_table(self, language="en"):
        """floodexposure's class table for the classed raster: '0=upland,...'."""
        return ",".join("%d=%s" % (rank, c.name_in(language).replace(",", ";").replace("=", "-"))
                        for rank, c in enumerate(self.classes))

    def describe(self, language="en"):
        """'upland (HAND above 15 m), ...' for help and reports."""
        parts = []
        for rank, item in enumerate(self.classes):
            if rank == 0:
                bound = "HAND > %g m" % self.classes[1].max_hand_m
            elif rank + 1 < len(self.classes):
                bound = "%g m < HAND <= %g m" % (self.classes[rank + 1].max_hand_m, item.max_hand_m)
            else:
                bound = "HAND <= %g m" % item.max_hand_m
            parts.append("%d: %s (%s)" % (rank, item.name_in(language), bound))
        return "; ".join(parts)


NODATA_CLASS = 255


def _texts(value):
    """{"en": ..., "fr": ...} of a text the file gives in both languages or, a user's own, in one."""
    return {key: str(text) for key, text in value.items()} if isinstance(value, dict) else {"en": str(value)}


def load_hand_classes(path=None):
    """The HAND classes of resources/standards/hand_classes.json or of the
    user's own copy ``path``, checked: at least two classes, bounds decreasing."""
    path = Path(path) if path else HAND_CLASSES_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("HAND class file %s does not exist: give a copy of "
                         "resources/standards/hand_classes.json", str(path)) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise InputError("HAND class file %s is not valid JSON (%s): fix it or start again from "
                         "resources/standards/hand_classes.json", str(path), str(error)) from None
    try:
        classes = [HandClass(dict(item["name"]), math.inf if item.get("max_hand_m") is None
                             else float(item["max_hand_m"])) for item in document["classes"]]
        drainage = document["drainage_area_km2"]
        result = HandClasses(dict(document["title"]), classes, str(document["source"]),
                             str(document.get("confidence", "unverified")),
                             _texts(document.get("confidence_note", "")), float(drainage["value"]),
                             _texts(drainage.get("source", "")), str(path))
    except (KeyError, TypeError, ValueError) as error:
        raise InputError("HAND class file %s lacks %s or holds a value of the wrong kind: "
                         "compare it with resources/standards/hand_classes.json", str(path),
                         str(error)) from None
    bounds = result.thresholds()
    if len(classes) < 2 or not math.isinf(classes[0].max_hand_m) or any(
            not (math.isfinite(b) and b >= 0) for b in bounds) or any(
            later >= earlier for earlier, later in zip(bounds, bounds[1:])):
        raise InputError("HAND class file %s: give at least two classes, the first (no hazard) "
                         "with max_hand_m null, then decreasing max_hand_m in metres (15, 5)",
                         str(path))
    return result


CHUNK = 1 << 22  # cells per slice of the vectorised steps: temporaries stay ~100 MB


def _offset_tables():
    rows, cols = np.zeros(9, np.int64), np.zeros(9, np.int64)
    for code, (drow, dcol) in GRASS_OFFSETS.items():
        rows[code], cols[code] = drow, dcol
    return rows, cols


@dataclass
class TilePaths:
    """Where the water of each cell of one tile goes while it stays in the
    tile (flat arrays over the tile's cells, row by row)."""
    ends: np.ndarray  # local index of the last cell of each cell's path inside the tile
    leaves_to: np.ndarray  # global index of the cell outside the tile a cell drains into, else -1
    elevation: np.ndarray  # float32, NaN for nodata
    valid: np.ndarray
    streams: np.ndarray  # valid stream cells
    rounds: int

    def drainage_elevation(self, cells):
        """(drainage, leaving, exits) of the tile's ``cells``: the elevation
        (float32) of the drainage cell their water reaches in the tile, NaN
        where it reaches none; which of them drain out of the tile instead
        (bool), and the global index of the cell each of those drains into."""
        ends = self.ends[cells]
        drainage = np.full(ends.shape, np.nan, np.float32)
        at_stream = self.streams[ends]
        drainage[at_stream] = self.elevation[ends[at_stream]]
        exits = self.leaves_to[ends]
        leaving = exits >= 0  # never at a stream: a stream cell leaves to nowhere
        return drainage, leaving, exits[leaving]


def follow_in_tile(elevation, direction, streams, origin, grid_shape, monitor=None):
    """TilePaths of the tile at (row, col) ``origin`` of a grid of
    ``grid_shape`` cells: ``elevation`` (NaN = nodata), GRASS-coded
    ``direction`` and ``streams`` (bool) of the tile's cells. A path ends at
    a stream cell (its own drainage), at a cell draining nowhere (code 0,
    nodata, out of the grid, into a nodata cell, a cycle) or at a cell
    draining out of the tile (``leaves_to``), which the next tile resolves."""
    elevation = np.asarray(elevation, dtype=np.float32).reshape(-1)
    valid = np.isfinite(elevation)
    streams = np.asarray(streams, bool).reshape(-1) & valid
    target, leaves_to = _tile_targets(np.asarray(direction), valid, origin, grid_shape)
    stream_cells = np.flatnonzero(streams)
    target[stream_cells] = stream_cells.astype(target.dtype)  # a stream cell is its own drainage
    leaves_to[stream_cells] = -1
    del stream_cells
    rounds = jump_to_path_ends(target, monitor)
    return TilePaths(target, leaves_to, elevation, valid, streams, rounds)


def _tile_targets(direction, valid, origin, grid_shape):
    """(target, leaves_to): local index of the cell each cell of a tile
    drains into, its own where it drains nowhere or out of the tile; and the
    global index of the cell outside the tile it drains into, -1 elsewhere.
    A nodata cell drains nowhere, and nothing drains into one."""
    rows, cols = direction.shape
    row0, col0 = origin
    grid_rows, grid_cols = grid_shape
    index_type = np.int32 if rows * cols < 2 ** 31 else np.int64
    target = np.empty(rows * cols, dtype=index_type)
    leaves_to = np.full(rows * cols, -1, dtype=np.int64)
    row_offset, col_offset = _offset_tables()
    step = max(1, CHUNK // max(cols, 1))
    col = np.arange(col0, col0 + cols, dtype=np.int64)[None, :]
    for start in range(0, rows, step):
        part = slice(start * cols, min(start + step, rows) * cols)
        codes = np.asarray(direction[start:start + step]).astype(np.int64)
        routed = (codes >= 1) & (codes <= 8) & valid[part].reshape(codes.shape)
        codes[~routed] = 0
        row = np.arange(row0 + start, row0 + start + codes.shape[0], dtype=np.int64)[:, None]
        to_row, to_col = row + row_offset[codes], col + col_offset[codes]
        routed &= (to_row >= 0) & (to_row < grid_rows) & (to_col >= 0) & (to_col < grid_cols)
        inside = routed & (to_row >= row0) & (to_row < row0 + rows) & (to_col >= col0) & (to_col < col0 + cols)
        own = (row - row0) * cols + (col - col0)
        to = np.where(inside, (to_row - row0) * cols + (to_col - col0), own)
        target[part] = np.where(valid[to], to, own).reshape(-1)
        leaves_to[part] = np.where(routed & ~inside, to_row * grid_cols + to_col, -1).reshape(-1)
    return target, leaves_to


def jump_to_path_ends(target, monitor):
    """Pointer jumping in place until every cell points at the end of its
    path; only cells not yet at an end take part in each round, slice by
    slice (a cell updated earlier in the round is only further down its own
    path, which speeds the rest up). A cycle in the directions (never from
    GRASS) is cut after log2(n) + 2 rounds."""
    active = _not_at_end(target, np.arange(target.size, dtype=target.dtype))
    limit = int(math.ceil(math.log2(max(target.size, 2)))) + 2
    rounds = 0
    while active.size and rounds < limit:
        if monitor is not None:
            monitor.check()
        for start in range(0, active.size, CHUNK):
            cells = active[start:start + CHUNK]
            target[cells] = target[target[cells]]
        active = _not_at_end(target, active)
        rounds += 1
    if active.size:  # a cycle: its cells reach no stream
        target[active] = active
    return rounds


def _not_at_end(target, cells):
    """The cells of ``cells`` whose target is not the end of its path."""
    kept = []
    for start in range(0, cells.size, CHUNK):
        part = cells[start:start + CHUNK]
        ends = target[part]
        kept.append(part[target[ends] != ends])
    return np.concatenate(kept) if kept else cells[:0]
