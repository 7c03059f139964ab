"""How hazard raster values read as flood: depth in metres, binary extent
or classified codes with a class table.

* wet: depth > the wet threshold (depth rasters), non-zero (binary), a class
  other than the first (classified); inside a polygon for observed flood
  extents;
* unknown: nodata cells, codes missing from a class table and the part of a
  site or corridor outside the raster. Unknown is never dry nor wet.

Light on purpose (numpy, no rasterio): the Processing glue imports it when
QGIS loads the plugin, for the kinds and the class table of its parameters.
"""
import math

import numpy as np

from ..common.errors import InputError

DEPTH, BINARY, CLASSIFIED = "depth", "binary", "classified"
KINDS = (DEPTH, BINARY, CLASSIFIED)


class HazardModel:
    """How raster values read as hazard: depth in metres, binary extent
    (non-zero = flooded) or classified codes with a class table."""

    def __init__(self, kind=DEPTH, scheme=None, wet_threshold=None, class_table=None):
        if kind not in KINDS:
            raise ValueError("kind must be one of %s" % (KINDS,))
        if kind == DEPTH and wet_threshold is None:
            raise ValueError("a depth model needs a wet threshold: the standards profile's "
                             "flood_wet_depth_m, or the user's")
        self.kind = kind
        self.wet_threshold = None if wet_threshold is None else float(wet_threshold)
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
        if self.wet_threshold is not None and dtype is not None and np.dtype(dtype) == np.float32:
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


def hazard_model(kind, scheme, wet_threshold, class_table_text=None):
    """The HazardModel of a run: ``kind`` one of KINDS, the depth class
    ``scheme``; a classified model reads its class table from
    ``class_table_text``, which it requires."""
    table = None
    if kind == CLASSIFIED:
        if not class_table_text or not class_table_text.strip():
            raise InputError("Hazard raster values are 'classified' but CLASS_TABLE is empty: "
                             "give code=name pairs in increasing severity, the no-hazard "
                             "class first, such as 0=none,1=low,2=medium,3=high")
        table = parse_class_table(class_table_text)
    return HazardModel(kind, scheme, wet_threshold, table)


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
                             "first, such as 0=none,1=low,2=medium,3=high", item)
        code_text, name = (part.strip() for part in item.split("=", 1))
        try:
            code = float(code_text)
        except ValueError:
            code = None
        if code is None or not math.isfinite(code):
            raise InputError("Class table entry '%s': the code '%s' is not a number. Codes are "
                             "the raster's cell values, such as 0=none,1=low,2=medium,3=high",
                             item, code_text)
        if code in seen:
            raise InputError("Class table: the code %s appears twice; give each raster value "
                             "once", "%g" % code)
        if not name:
            raise InputError("Class table entry '%s' has no class name after '=': write code=name, "
                             "such as 1=low", item)
        seen.add(code)
        pairs.append((code, name))
    if len(pairs) < 2:
        raise InputError("The class table needs at least two code=name pairs (the no-hazard "
                         "class first), such as 0=none,1=low,2=high; got %s", repr(text))
    return pairs


# What a cell does to a path crossing it (passage_states).
UNKNOWN_PASSAGE, DRY_PASSAGE, WET_PASSABLE, CUT = -1, 0, 1, 2


def passage_states(model, values, known, wet, passable_depth=None, dtype=None):
    """Per cell, what it does to someone walking across it: UNKNOWN_PASSAGE
    (not known), DRY_PASSAGE, WET_PASSABLE (wet, not deeper than
    ``passable_depth``) or CUT (wet and deeper; compared in ``dtype`` as the
    wet threshold is). Without a depth (binary, classified rasters, observed
    extents) the depth of a wet cell is not known: every wet cell cuts."""
    values = np.asarray(values, dtype=np.float64)
    known, wet = np.asarray(known, dtype=bool), np.asarray(wet, dtype=bool)
    deep = wet.copy()
    if model is not None and model.has_depth and passable_depth is not None:
        limit = float(passable_depth)
        if dtype is not None and np.dtype(dtype) == np.float32:
            limit = float(np.float32(limit))
        deep = wet & (values > limit)
    states = np.where(deep, CUT, np.where(wet, WET_PASSABLE, DRY_PASSAGE))
    return np.where(known, states, UNKNOWN_PASSAGE)
