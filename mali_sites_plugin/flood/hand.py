"""Height above nearest drainage (HAND) from flow directions, and its classes.

HAND of a cell = its elevation minus the elevation of the first drainage
(stream) cell met by following the flow directions downstream (Rennó et al.
2008; Nobre et al. 2011). The flow directions and the streams come from a
proven engine (GRASS r.stream.extract, through QGIS Processing): nothing here
fills depressions or routes flow. This module only follows the directions,
vectorised: pointer jumping over the flow-direction graph (each round makes
every cell point twice as far downstream), so ceil(log2(longest path))
rounds of one numpy gather each, O(n log n), no per-cell Python loop.

Directions are coded as GRASS codes them (r.watershed drainage, r.stream.extract
direction): 1..8 counter-clockwise from north-east (code x 45 degrees from
east), negative when the flow leaves the region, 0 or nodata for none.

numpy only (no rasterio, no qgis): handrun.py reads and writes the rasters.
"""
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..common.errors import InputError

HAND_CLASSES_FILE = Path(__file__).resolve().parents[2] / "resources" / "standards" / "hand_classes.json"

# GRASS direction code -> (row offset, column offset); rows grow southwards.
GRASS_OFFSETS = {1: (-1, 1), 2: (-1, 0), 3: (-1, -1), 4: (0, -1), 5: (1, -1), 6: (1, 0),
                 7: (1, 1), 8: (0, 1)}

# Working memory of the HAND step per DEM cell (elevation, direction, the
# downstream index and the cells still moving, HAND, class, masks; measured:
# see tests/benchmarks/bench_floodprone.py) and the largest DEM it takes at once.
BYTES_PER_CELL = 24
MAX_CELLS = 300_000_000  # about 7 GB: a 17,000 x 17,000 DEM


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


def downstream_index(direction, valid):
    """Flat index of the cell each cell drains into; its own index where it
    drains nowhere (code 0, nodata, leaving the region or the valid cells).
    Built by slices of rows, so temporaries stay small."""
    rows, cols = direction.shape
    n = rows * cols
    index_type = np.int32 if n < 2 ** 31 else np.int64
    target = np.empty(n, dtype=index_type)
    flat_valid = valid.reshape(-1)
    row_offset, col_offset = _offset_tables()
    step = max(1, CHUNK // max(cols, 1))
    col = np.arange(cols, dtype=np.int64)[None, :]
    for start in range(0, rows, step):
        codes = np.asarray(direction[start:start + step]).astype(np.int64)
        routed = (codes >= 1) & (codes <= 8)
        codes[~routed] = 0
        row = np.arange(start, start + codes.shape[0], dtype=np.int64)[:, None]
        to_row, to_col = row + row_offset[codes], col + col_offset[codes]
        routed &= (to_row >= 0) & (to_row < rows) & (to_col >= 0) & (to_col < cols)
        own = row * cols + col
        to = np.where(routed, to_row * cols + to_col, own)
        to = np.where(flat_valid[to], to, own)
        target[start * cols:start * cols + to.size] = to.reshape(-1)
    return target


def height_above_drainage(elevation, direction, streams, monitor=None):
    """(hand, counts): HAND in metres (float32, NaN where unknown) of every
    cell of ``elevation`` (2-D float, NaN = nodata) following the GRASS-coded
    ``direction`` grid to the first cell of ``streams`` (bool grid).
    Unknown: nodata cells and cells that drain out of the grid (or into a
    depression) before meeting a stream. A cell below the stream it drains
    to (a depression the engine routed over its rim) gets 0 and is counted.
    counts: {'unknown': cells, 'below_drainage': cells, 'rounds': jumps}."""
    elevation = np.asarray(elevation, dtype=np.float32)
    valid = np.isfinite(elevation)
    streams = np.asarray(streams, bool) & valid
    target = downstream_index(np.asarray(direction), valid)
    flat_streams = streams.reshape(-1)
    stream_cells = np.flatnonzero(flat_streams)
    target[stream_cells] = stream_cells.astype(target.dtype)  # a stream cell is its own drainage
    del stream_cells
    rounds = _jump(target, monitor)
    flat_elevation, flat_valid = elevation.reshape(-1), valid.reshape(-1)
    hand = np.full(target.shape, np.nan, np.float32)
    reached_cells = below = 0
    for start in range(0, target.size, CHUNK):
        part = slice(start, start + CHUNK)
        ends = target[part]
        reached = flat_streams[ends] & flat_valid[part]
        values = flat_elevation[part][reached] - flat_elevation[ends[reached]]
        below += int((values < 0).sum())
        hand[part][reached] = np.maximum(values, 0.0)
        reached_cells += int(reached.sum())
    counts = {"unknown": int(valid.sum()) - reached_cells, "below_drainage": below, "rounds": rounds}
    return hand.reshape(elevation.shape), counts


def _jump(target, monitor):
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
            monitor.progress(min(rounds / limit, 1.0))
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


def check_dem_size(rows, cols, label):
    """Refuse a DEM too big for the HAND step's memory, saying what to do."""
    cells = int(rows) * int(cols)
    if cells > MAX_CELLS:
        raise InputError(
            "DEM '%s' has %s x %s cells (%s million): the HAND step holds the whole grid in memory "
            "(about %s GB) and takes at most %s million cells. Clip the DEM to the area of "
            "interest (Raster > Extraction > Clip Raster by Extent) or resample it to a coarser "
            "cell, then run again", label, rows, cols, "%.0f" % (cells / 1e6),
            "%.1f" % (cells * BYTES_PER_CELL / 1e9), "%.0f" % (MAX_CELLS / 1e6))
    return cells
