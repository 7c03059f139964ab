"""Flood scenarios: their names, the field-name keys made from them, the
class names of their ranks, and the worst scenario of each feature.

Light (no rasterio): the Processing glue and its report use it when QGIS
loads the plugin.
"""
import re
from dataclasses import dataclass

import numpy as np

from ..common.errors import InputError
from ..common.vocabulary import fold
from .hazard import flooded_name


@dataclass
class Scenario:
    """One flood scenario: a hazard raster or observed extent polygons."""
    name: str  # as the user named it
    key: str  # field-name suffix: lower-case [a-z0-9_]
    raster: object = None  # rasters.HazardRaster
    extents: list = None  # shapely polygons in the metric CRS
    # an observed product (products.py): its ObservedModel, the scheme, and for
    # vectors the polygons by state ({state: [polygons]}, metric CRS)
    model: object = None
    product: object = None
    observed: dict = None
    precedence: tuple = ()  # states, the first wins where observed polygons overlap

    @property
    def is_extent(self):
        return self.raster is None

    @property
    def is_observed(self):
        return self.model is not None


def sanitize_key(name):
    """'Crue décennale (Q10)' -> 'crue_decennale_q10'."""
    ascii_only = fold(name).encode("ascii", "ignore").decode("ascii")  # letters without an ASCII form drop
    text = re.sub(r"[^a-z0-9]+", "_", ascii_only).strip("_")
    return text or "scenario"


def scenario_keys(names):
    """Field-name suffixes for scenario names, made unique (_2, _3 ...)."""
    keys, seen = [], set()
    for name in names:
        key = base = sanitize_key(name)
        number = 2
        while key in seen:
            key = "%s_%d" % (base, number)
            number += 1
        seen.add(key)
        keys.append(key)
    return keys


def scenario_names(text, default_names):
    """The scenario names: SCENARIO_NAMES (comma-separated) or the layer names."""
    if text is None or not str(text).strip():
        return list(default_names)
    names = [part.strip() for part in str(text).split(",")]
    if len(names) != len(default_names) or not all(names):
        raise InputError(
            "SCENARIO_NAMES has %s name(s) but there are %s scenario(s) (%s): give one name per "
            "hazard raster then per flood extent layer, separated by commas, or leave it empty "
            "to use the layer names", len([n for n in names if n]), len(default_names),
            ", ".join(default_names))
    keys = [sanitize_key(name) for name in names]
    for index, key in enumerate(keys):
        if key in keys[:index]:
            raise InputError("SCENARIO_NAMES gives '%s' and '%s', which name the same fields (*_%s): "
                             "give each scenario its own name, such as Q10,Q50,Q100",
                             names[keys.index(key)], names[index], key)
    return names


def class_label(model, scenario, rank, language="en"):
    """Name of a class rank in a scenario; None for unknown."""
    if rank is None or rank < 0:
        return None
    if scenario.is_observed:
        return scenario.model.class_name(int(rank), language)
    if scenario.is_extent:
        return flooded_name(rank, language)
    return model.class_name(int(rank), language)


def each_scenario(scenarios, monitor):
    """(scenario, the monitor of its equal share of the run), in turn."""
    for number, scenario in enumerate(scenarios):
        yield scenario, monitor.part(number / len(scenarios), (number + 1) / len(scenarios))


def by_scenario(results, metric):
    """(scenarios, features) array of ``metric(result)`` of each scenario's
    result, null (nan) read as -1 so that it ranks below any measure."""
    return np.array([np.nan_to_num(metric(result), nan=-1.0) for result in results])


def worst_scenario(results, primary, secondary):
    """Index of the worst scenario per feature, the one with the highest
    ``primary`` measure (ties: the highest ``secondary``, then the first
    scenario); -1 when none is wet (both measures 0 or null everywhere).
    Also the class rank in it (or the highest rank of any scenario when
    none is wet)."""
    if not results:
        return np.empty(0, dtype=int), np.empty(0, dtype=int)
    first, second = by_scenario(results, primary), by_scenario(results, secondary)
    ranks = np.array([r.rank for r in results])
    count = first.shape[1]
    worst = np.full(count, -1)
    worst_rank = ranks.max(axis=0)
    for i in range(count):
        order = sorted(range(len(results)), key=lambda s: (first[s, i], second[s, i]), reverse=True)
        best = order[0]
        if first[best, i] > 0 or second[best, i] > 0:
            worst[i] = best
            worst_rank[i] = ranks[best, i]
    return worst, worst_rank
