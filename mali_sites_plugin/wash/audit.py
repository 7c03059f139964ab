"""The whole WASH audit of a site: distances, loads, gaps, where new water
points and latrines should go, and the site's figures checked against the
standards profile.

Every household is measured to its nearest *functional* facility of each
kind (straight line, or walking distance along a path network), compared
with the profile's distance (max_distance_to_water_m, max_distance_to_toilet_m),
and assigned to that facility to compute its load against its capacity (the
profile's people per tap, hand pump or open well by the water point's kind;
people per toilet of the phase). A layer with no facility, or none
functional, serves nobody: every household is out of reach of it.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from ..common.checks import Check
from ..common.crs import as_crs
from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from ..common.standards import TOILET_FIGURE, WATER_CAPACITY_FIGURE, check_phase
from ..common.vocabulary import WATER_KINDS
from .access import DistanceModel, Zones, compute_load, measure_access, nearest_distance
from .limits import check_people
from .gaps import assessment_area, find_gaps, gap_cell_size, households_outside
from .suggestions import suggest

SPACING_FIGURE = "min_distance_toilet_to_water_m"


@dataclass
class KindResult:
    figure: object  # the distance Figure of the profile
    access: object  # access.Access
    load: object  # access.Load
    gaps: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)


@dataclass
class WashResult:
    people: np.ndarray
    water: KindResult
    latrines: KindResult = None
    contamination_distance: np.ndarray = None  # per latrine, to the nearest water point
    contamination_risk: np.ndarray = None
    gap_cell_size: float = None
    outside_area: int = 0  # households outside the site polygon given (measured all the same)
    checks: list = field(default_factory=list)  # common.checks.Check
    summary: dict = field(default_factory=dict)  # the figures the algorithm outputs, by their output name
    flood: object = None  # flooding.FloodWash: the audit in each flood scenario, when scenarios are given


def assess(shelter_xy, people, water, profile, latrines=None, phase="emergency", network=None,
           max_snap=50.0, area=None, latrine_cubicles=None, female_male_cubicles=None,
           suggest_water=0, suggest_latrines=0, new_water_kind="handpump", crs=None, labels=None,
           monitor=NO_MONITOR, scenarios=None, hazard_model=None, passable_depth=None):
    """The whole WASH audit. Coordinates in one metric CRS.

    shelter_xy (n, 2) and people (n,): households (plot or shelter points).
    water / latrines: Facilities. area: shapely polygon of the site (gaps and
    suggestions stay inside it); None = the households' convex hull.
    suggest_*: 0 none, -1 as many as full coverage needs, k at most k.
    female_male_cubicles: (female, male) cubicles per latrine, for the 3:1 check.
    crs: the metric CRS of the coordinates (pyproj or user input): where its
    scale error is above 0.1 % (a national layer), each household is measured
    in its own UTM zone; None takes the coordinates as they are. Gap cells
    and suggestions are traced in the plane of ``crs``: a UTM plane is never
    more than 0.04 % short (0.9996 on its central meridian) and up to 1.1 %
    long at Mali's ends, so there they can only err on the side of more gap
    and more facilities, never of reach the ground does not have.
    labels: what names each household in messages (feature ids), a list or any sequence
    (read only for the households a message names); None: its index.
    monitor: common.progress.Monitor, checked between steps (it raises to cancel).
    scenarios: flood.scenarios.Scenario list (hazard rasters, observed extents) read with
    ``hazard_model`` (flood.hazard.HazardModel); paths are cut where the water is deeper than
    ``passable_depth`` (m): the audit in each scenario is ``result.flood`` (wash.flooding).
    """
    whole = monitor
    monitor = monitor.part(0.0, 0.5) if scenarios else monitor
    shelter_xy, people = _validated(shelter_xy, people, phase, labels)
    model = DistanceModel(network, max_snap, Zones(crs))
    outside = households_outside(area, shelter_xy)
    area = assessment_area(area, shelter_xy)
    result = WashResult(people, _kind_result(shelter_xy, people, water, profile.figure("max_distance_to_water_m"),
                                             model))
    result.outside_area = outside
    monitor.check()
    monitor.progress(0.2)
    if latrines is not None:
        result.latrines = _kind_result(shelter_xy, people, latrines, profile.figure("max_distance_to_toilet_m"),
                                       model)
        result.contamination_distance = nearest_distance(latrines.xy, water.xy, model.zones)
        result.contamination_risk = ~profile.figure(SPACING_FIGURE).complies(result.contamination_distance)
    monitor.check()
    monitor.progress(0.4)
    result.gap_cell_size = gap_cell_size(area, [kind.figure for kind in _kinds(result)])
    for kind, facilities in zip(_kinds(result), (water, latrines)):
        kind.gaps = find_gaps(area, result.gap_cell_size, shelter_xy, people, facilities, kind.figure, model,
                              kind.access)
    monitor.check()
    monitor.progress(0.6)
    _suggest(result, area, shelter_xy, profile, water, suggest_water, suggest_latrines, new_water_kind,
             monitor.part(0.6, 1.0))
    result.summary, result.checks = summarise(result, profile, phase, water, latrines, latrine_cubicles,
                                              female_male_cubicles)
    monitor.progress(1.0)
    if scenarios:
        from .flooding import FloodInputs, assess_flood  # the flood core: only for a flood audit
        inputs = FloodInputs(shelter_xy, people, area, result.gap_cell_size, network, max_snap, model.zones,
                             None if crs is None else as_crs(crs))
        result.flood = assess_flood(inputs, result, (water, latrines), scenarios, hazard_model, passable_depth,
                                    whole.part(0.5, 1.0))
        for flooded in result.flood.scenarios:  # the scenario's figures, named with its key
            result.summary.update(("%s_%s" % (name, flooded.key), value) for name, value in flooded.summary.items())
    return result


def _validated(shelter_xy, people, phase, labels):
    shelter_xy = np.asarray(shelter_xy, dtype=float).reshape(-1, 2)
    people = np.asarray(people, dtype=float)
    if len(shelter_xy) == 0:
        raise InputError("The shelter layer has no features with a location: nothing to assess")
    check_phase(phase)
    labels = range(len(people)) if labels is None else labels
    unlocated = ~np.isfinite(shelter_xy).all(axis=1)
    if unlocated.any():
        raise InputError("Household %s has no usable coordinates: check its geometry and the layer's CRS",
                         labels[int(np.flatnonzero(unlocated)[0])])
    check_people(people, labels)
    return shelter_xy, people


def _kind_result(shelter_xy, people, facilities, figure, model):
    access = measure_access(shelter_xy, facilities, figure, model)
    # A feature with nobody on it (a school or market plot, a vacant plot) is not a household:
    # it is measured but neither fails the distance nor makes a gap.
    access.within = access.within | ~(people > 0)
    return KindResult(figure, access, compute_load(access, people, facilities, shelter_xy, model.zones))


def _kinds(result):
    """The KindResults of the audit: water, then latrines when audited."""
    return [result.water] + ([result.latrines] if result.latrines is not None else [])


def _suggest(result, area, shelter_xy, profile, water, suggest_water, suggest_latrines, new_water_kind,
             monitor):
    new_water = []
    if suggest_water:
        capacity = profile.value(WATER_CAPACITY_FIGURE[new_water_kind])
        result.water.suggestions = suggest(area, shelter_xy, result.people, result.water, capacity, "water",
                                           limit=suggest_water, monitor=monitor)
        new_water = [s.xy for s in result.water.suggestions]
    if result.latrines is not None and suggest_latrines:
        avoid = np.concatenate([water.xy, np.asarray(new_water, dtype=float).reshape(-1, 2)])
        result.latrines.suggestions = suggest(
            area, shelter_xy, result.people, result.latrines, math.inf, "latrine", limit=suggest_latrines,
            keep_away_from=avoid, keep_away=profile.figure(SPACING_FIGURE), monitor=monitor)


def summarise(result, profile, phase, water, latrines=None, latrine_cubicles=None, female_male_cubicles=None):
    """(summary figures by output name, checks against the profile) of an audit."""
    total = float(result.people.sum())
    summary, checks = _water_summary(result, profile, water, total)
    if latrines is not None:
        cubicles = np.ones(len(latrines)) if latrine_cubicles is None else latrine_cubicles
        latrine_summary, latrine_checks = _latrine_summary(result, profile, phase, latrines, cubicles, total)
        summary.update(latrine_summary)
        checks += latrine_checks
        if female_male_cubicles is not None:
            ratio_summary, ratio_check = _gender_ratio(profile, latrines, female_male_cubicles)
            summary.update(ratio_summary)
            checks.append(ratio_check)
    return summary, checks


def _share(people, mask, total):
    """Percent of the people in ``mask`` (100 when there is nobody)."""
    return 100.0 * float(people[mask].sum()) / total if total > 0 else 100.0


def _water_summary(result, profile, water, total):
    working = int(water.functional.sum())
    summary = {
        "people": total,
        "households": int((result.people > 0).sum()),
        "pct_within_water_distance": _share(result.people, result.water.access.within, total),
        "water_points": int(len(water)),
        "functional_water_points": working,
        "people_per_water_point": total / working if working else math.inf,
        "overloaded_water_points": int(result.water.load.overloaded.sum()),
        "water_gap_people": float(sum(g.people for g in result.water.gaps)),
        "suggested_water_points": len(result.water.suggestions),
    }
    checks = [Check.share_meeting("water_distance", summary["pct_within_water_distance"], result.water.figure)]
    return summary, checks + _load_checks(result.water.load, profile, water)


def _load_checks(load, profile, water):
    """Overloaded water points of each kind present, against that kind's
    capacity figure (people per tap, per hand pump, per open well)."""
    kinds = np.asarray(water.kinds if water.kinds is not None else ["tap"] * len(water), dtype=object)
    return [Check.count_failing("water_point_load_" + kind, int(load.overloaded[kinds == kind].sum()),
                                profile.figure(WATER_CAPACITY_FIGURE[kind]))
            for kind in WATER_KINDS if (kinds == kind).any()]


def _latrine_summary(result, profile, phase, latrines, cubicles, total):
    working = latrines.functional
    toilets = float(np.asarray(cubicles, dtype=float)[working].sum())
    summary = {
        "pct_within_latrine_distance": _share(result.people, result.latrines.access.within, total),
        "latrines": int(len(latrines)),
        "functional_latrines": int(working.sum()),
        "toilets": toilets,
        "people_per_toilet": total / toilets if toilets else math.inf,
        "overloaded_latrines": int(result.latrines.load.overloaded.sum()),
        "latrine_gap_people": float(sum(g.people for g in result.latrines.gaps)),
        "suggested_latrines": len(result.latrines.suggestions),
        "latrines_near_water": int(result.contamination_risk.sum()),
    }
    checks = [
        Check.share_meeting("latrine_distance", summary["pct_within_latrine_distance"], result.latrines.figure),
        Check.measure("people_per_toilet", summary["people_per_toilet"], profile.figure(TOILET_FIGURE[phase])),
        Check.count_failing("latrine_water_spacing", summary["latrines_near_water"], profile.figure(SPACING_FIGURE)),
    ]
    return summary, checks


def _gender_ratio(profile, latrines, female_male_cubicles):
    """Female toilets per male toilet among the functional latrines (nan with none of either)."""
    female = float(np.asarray(female_male_cubicles[0], dtype=float)[latrines.functional].sum())
    male = float(np.asarray(female_male_cubicles[1], dtype=float)[latrines.functional].sum())
    ratio = female / male if male else (math.inf if female else math.nan)
    summary = {"female_toilets": female, "male_toilets": male, "female_male_ratio": ratio}
    return summary, Check.measure("female_male_ratio", ratio, profile.figure("female_to_male_toilet_ratio"))
