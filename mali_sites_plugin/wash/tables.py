"""The columns the WASH audit adds to each output (common.columns.Column):
the same names and values in the Processing layers and the Python API."""
import math

import numpy as np

from ..common.columns import Column, finite_number, finite_or_none, one_per_feature


def facility_ids(default_ids, values):
    """The id of each facility written on the shelters: its value, or its
    default id (feature id, row label) where the value is None."""
    return [str(default) if value is None else str(value) for default, value in zip(default_ids, values)]


def shelter_columns(result, people, located, water_ids, latrine_ids=None, network_mode=False):
    """people, then per kind the nearest facility's id, the distance and the
    verdict (wp_*, lat_* with latrines), then snap_m with a path network.
    ``people`` and ``located`` are per shelter; the audit measured the located ones."""
    columns = [Column("people", "double", np.asarray(people, dtype=float).tolist())]
    households = (np.asarray(people, dtype=float)[np.asarray(located, dtype=bool)] > 0).tolist() \
        if located is not None else (np.asarray(people, dtype=float) > 0).tolist()
    kinds = [("wp", result.water.access, water_ids)]
    if latrine_ids is not None:
        kinds.append(("lat", result.latrines.access, latrine_ids))
    for prefix, access, ids in kinds:
        nearest = [None if f < 0 else ids[f] for f in access.facility.tolist()]
        columns += [Column(prefix + "_id", "string", one_per_feature(nearest, located)),
                    Column(prefix + "_dist_m", "double", one_per_feature(finite_or_none(access.distance), located)),
                    Column(prefix + "_ok", "bool", one_per_feature(
                        [ok if household else None for ok, household in zip(access.within.tolist(), households)],
                        located))]
    if network_mode:
        columns.append(Column("snap_m", "double",
                              one_per_feature(finite_or_none(result.water.access.snap), located)))
    return columns + _flood_shelter_columns(result, located, water_ids, latrine_ids)


def _verdicts(values):
    """1 / 0 / -1 as True / False / None (unknown)."""
    return [None if v < 0 else bool(v) for v in np.asarray(values).tolist()]


def _flood_shelter_columns(result, located, water_ids, latrine_ids):
    """Per flood scenario (fields ending with its key): flooded (the shelter
    on wet land; empty: unknown land), then per kind the nearest facility in
    service, the distance, the verdict (empty: unknown) and lost (within the
    standard without the flood, not in it)."""
    columns = []
    for scenario in (result.flood.scenarios if result.flood is not None else []):
        key = scenario.key
        columns.append(Column("flooded_" + key, "bool", one_per_feature(_verdicts(scenario.shelter_land), located)))
        kinds = [("wp", scenario.water, water_ids)]
        if latrine_ids is not None and scenario.latrines is not None:
            kinds.append(("lat", scenario.latrines, latrine_ids))
        for prefix, kind, ids in kinds:
            nearest = [None if f < 0 else ids[f] for f in kind.access.facility.tolist()]
            columns += [
                Column("%s_id_%s" % (prefix, key), "string", one_per_feature(nearest, located)),
                Column("%s_dist_m_%s" % (prefix, key), "double",
                       one_per_feature(finite_or_none(kind.access.distance), located)),
                Column("%s_ok_%s" % (prefix, key), "bool", one_per_feature(_verdicts(kind.verdict), located)),
                Column("%s_lost_%s" % (prefix, key), "bool", one_per_feature(kind.lost.tolist(), located))]
    return columns


def water_point_columns(kinds, facilities, load, flood=None):
    """wp_type, then functional, assigned_people, capacity, load_pct, overloaded;
    per scenario of ``flood`` (flooding.FloodWash) the _flood_load_columns."""
    return [Column("wp_type", "string", list(kinds))] + _load_columns(facilities, load) \
        + _flood_load_columns(flood, "water")


def latrine_columns(cubicles, genders, facilities, result):
    """cubicles, gender (None without a gender field), the load columns, and
    the distance to the nearest water point with the contamination verdict."""
    return [Column("cubicles", "int", [int(c) for c in np.asarray(cubicles).tolist()]),
            Column("gender", "string", list(genders) if genders is not None else [None] * len(facilities))] \
        + _load_columns(facilities, result.latrines.load) + [
            Column("near_water_m", "double", finite_or_none(result.contamination_distance)),
            Column("contamination_risk", "bool", np.asarray(result.contamination_risk, dtype=bool).tolist())] \
        + _flood_load_columns(result.flood, "latrines")


def _flood_load_columns(flood, kind_name):
    """Per flood scenario: in_service (False: not functional or on wet land;
    empty: on unknown land), assigned_people, load_pct, overloaded (the
    loads when facilities on unknown land still serve)."""
    columns = []
    for scenario in (flood.scenarios if flood is not None else []):
        kind, key = getattr(scenario, kind_name), scenario.key
        columns += [Column("in_service_" + key, "bool", _verdicts(kind.service)),
                    Column("assigned_people_" + key, "double",
                           np.asarray(kind.load.assigned_people, dtype=float).tolist()),
                    Column("load_pct_" + key, "double", finite_or_none(kind.load.load_pct)),
                    Column("overloaded_" + key, "bool", np.asarray(kind.load.overloaded, dtype=bool).tolist())]
    return columns


def _load_columns(facilities, load):
    """functional, assigned_people, capacity, load_pct, overloaded of each facility."""
    return [Column("functional", "bool", facilities.functional.tolist()),
            Column("assigned_people", "double", np.asarray(load.assigned_people, dtype=float).tolist()),
            Column("capacity", "double", facilities.capacity.tolist()),
            Column("load_pct", "double", finite_or_none(load.load_pct)),
            Column("overloaded", "bool", np.asarray(load.overloaded, dtype=bool).tolist())]


def gap_table(result):
    """(gap polygons in the metric CRS, their columns: kind, standard_m,
    people, households, area_m2), water gaps first."""
    geometries, values = _gaps(result, result.water, result.latrines)
    return geometries, _columns(GAP_FIELDS, values)


def flood_gap_table(result):
    """(gap polygons, columns: GAP_FIELDS then scenario) of every flood
    scenario in turn, water gaps first in each; None without a flood audit."""
    if result.flood is None:
        return None
    geometries, values = [], []
    for scenario in result.flood.scenarios:
        found, rows_found = _gaps(result, scenario.water, scenario.latrines)
        geometries += found
        values += [row + (scenario.name,) for row in rows_found]
    return geometries, _columns(GAP_FIELDS + (("scenario", "string"),), values)


GAP_FIELDS = (("kind", "string"), ("standard_m", "double"), ("people", "double"), ("households", "int"),
              ("area_m2", "double"))


def _gaps(result, water, latrines):
    """(polygons, rows of GAP_FIELDS) of the gaps of a water and a latrine result (KindResult, FloodKind)."""
    geometries, values = [], []
    figures = {"water": result.water.figure, "latrine": result.latrines.figure if result.latrines else None}
    for kind, kind_result in (("water", water), ("latrine", latrines)):
        for gap in (kind_result.gaps if kind_result is not None else []):
            geometries.append(gap.geometry)
            values.append((kind, figures[kind].value, gap.people, gap.households, gap.geometry.area))
    return geometries, values


def suggestion_table(result, water_kind, people_per_toilet):
    """(suggested points (x, y) in the metric CRS, their columns: kind, rank,
    facility_type, cubicles, people_served, households) in the order they
    were chosen; a latrine gets the cubicles the people it would serve need."""
    points, values = [], []
    for kind_result in (result.water, result.latrines):
        for rank, suggestion in enumerate(kind_result.suggestions if kind_result is not None else [], start=1):
            water = suggestion.kind == "water"
            points.append(tuple(suggestion.xy))
            values.append((suggestion.kind, rank, water_kind if water else "latrine",
                           None if water else int(math.ceil(suggestion.people / people_per_toilet)),
                           suggestion.people, suggestion.households))
    return points, _columns((("kind", "string"), ("rank", "int"), ("facility_type", "string"),
                             ("cubicles", "int"), ("people_served", "double"), ("households", "int")), values)


def _columns(specs, rows):
    """Columns of ``specs`` (name, kind) from rows of values in that order."""
    by_column = list(zip(*rows)) if rows else [()] * len(specs)
    return [Column(name, kind, [finite_number(v) if kind == "double" else v for v in values])
            for (name, kind), values in zip(specs, by_column)]
