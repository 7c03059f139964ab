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

# Working memory of the HAND step per DEM cell (elevation, two index arrays,
# HAND, class, stream mask, direction) and the largest DEM it takes at once.
BYTES_PER_CELL = 22
MAX_CELLS = 300_000_000  # about 6.6 GB: a 17,000 x 17,000 DEM


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
    confidence_note: str
    drainage_area_km2: float
    drainage_area_source: str
    origin: str

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
                             str(document.get("confidence_note", "")), float(drainage["value"]),
                             str(drainage.get("source", "")), str(path))
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


def downstream_index(direction, valid):
    """Flat index of the cell each cell drains into; its own index where it
    drains nowhere (code 0, nodata, leaving the region or the valid cells)."""
    rows, cols = direction.shape
    n = rows * cols
    index_type = np.int32 if n < 2 ** 31 else np.int64
    target = np.arange(n, dtype=index_type)
    flat_dir = direction.reshape(-1)
    row = np.arange(rows, dtype=index_type).repeat(cols)
    col = np.tile(np.arange(cols, dtype=index_type), rows)
    for code, (drow, dcol) in GRASS_OFFSETS.items():
        cells = np.flatnonzero(flat_dir == code)
        if cells.size == 0:
            continue
        to_row, to_col = row[cells] + drow, col[cells] + dcol
        inside = (to_row >= 0) & (to_row < rows) & (to_col >= 0) & (to_col < cols)
        cells, to = cells[inside], (to_row[inside] * cols + to_col[inside]).astype(index_type)
        keep = valid.reshape(-1)[to]
        target[cells[keep]] = to[keep]
    del row, col
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
    target[flat_streams] = np.flatnonzero(flat_streams).astype(target.dtype)  # a stream cell is its own drainage
    rounds = _jump(target, monitor)
    flat_elevation = elevation.reshape(-1)
    reached = flat_streams[target] & valid.reshape(-1)
    hand = np.full(target.shape, np.nan, np.float32)
    hand[reached] = flat_elevation[reached] - flat_elevation[target[reached]]
    below = hand < 0
    hand[below] = 0.0
    counts = {"unknown": int(valid.sum() - reached.sum()), "below_drainage": int(below.sum()),
              "rounds": rounds}
    return hand.reshape(elevation.shape), counts


def _jump(target, monitor):
    """Pointer jumping in place until every cell points at the end of its
    path; only cells not yet at an end take part in each round. A cycle in
    the directions (never from GRASS) is cut after log2(n) + 2 rounds."""
    active = np.flatnonzero(target[target] != target)
    limit = int(math.ceil(math.log2(max(target.size, 2)))) + 2
    rounds = 0
    while active.size and rounds < limit:
        if monitor is not None:
            monitor.check()
            monitor.progress(min(rounds / limit, 1.0))
        target[active] = target[target[active]]
        active = active[target[target[active]] != target[active]]
        rounds += 1
    if active.size:  # a cycle: its cells reach no stream
        target[active] = active.astype(target.dtype)
    return rounds


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
