"""WASH coverage against a standards profile: distances, loads, gaps, and
where new water points and latrines should go.

Every household is measured to its nearest *functional* facility of each
kind (straight line, or walking distance along a path network), compared
with the profile's distance (Sphere: water < 500 m, toilet <= 50 m), and
assigned to that facility to compute its load against its capacity (Sphere:
250 people per tap, 500 per hand pump, 400 per open well; 50 people per
toilet in an emergency, 20 in the medium term).
"""
import math
from dataclasses import dataclass, field

import numpy as np
from rasterio import features
from rasterio.transform import from_origin
from scipy import ndimage
from scipy.spatial import ConvexHull, QhullError, cKDTree
from shapely.geometry import MultiPoint, Polygon, shape
from shapely.ops import unary_union

from ..common.errors import InputError
from ..common.standards import TOILET_FIGURE, WATER_CAPACITY_FIGURE, check_phase
from ..placement.greedy_cover import greedy_cover

def gendered_cubicles(gender_classes, cubicles):
    """(female, male) cubicles per latrine from one gender per latrine."""
    kinds = np.asarray(gender_classes)
    cubicles = np.asarray(cubicles, dtype=float)
    return np.where(kinds == "female", cubicles, 0.0), np.where(kinds == "male", cubicles, 0.0)


@dataclass
class Facilities:
    """Points of one kind of facility, in the metric CRS of the shelters."""
    xy: np.ndarray
    capacity: np.ndarray  # people each may serve under the standard
    functional: np.ndarray  # bool

    def __post_init__(self):
        self.xy = np.asarray(self.xy, dtype=float).reshape(-1, 2)
        self.capacity = np.asarray(self.capacity, dtype=float)
        self.functional = np.asarray(self.functional, dtype=bool)

    def __len__(self):
        return len(self.xy)


def water_point_facilities(xy, kinds, functional, profile):
    capacity = [profile.value(WATER_CAPACITY_FIGURE[kind]) for kind in kinds]
    return Facilities(xy, capacity, functional)


def latrine_facilities(xy, cubicles, functional, profile, phase):
    cubicles = np.asarray(cubicles, dtype=float)
    if np.any(cubicles < 0) or not np.all(np.isfinite(cubicles)):
        raise InputError("Latrine cubicle counts must be whole numbers of 0 or more")
    return Facilities(xy, cubicles * profile.value(TOILET_FIGURE[phase]), functional)


@dataclass
class Access:
    """Per household: distance to and index of the nearest functional facility."""
    distance: np.ndarray  # inf when none can be reached
    facility: np.ndarray  # -1 when none
    within: np.ndarray  # bool, distance meets the standard
    snap: np.ndarray = None  # network mode: household's distance to the path network


@dataclass
class Load:
    assigned_people: np.ndarray
    load_pct: np.ndarray  # nan for a facility with no capacity
    overloaded: np.ndarray
    excess: np.ndarray  # households served beyond capacity (bool per household)


@dataclass
class Gap:
    geometry: object  # shapely Polygon / MultiPolygon
    people: float
    households: int


@dataclass
class Suggestion:
    kind: str  # 'water' or 'latrine'
    xy: tuple
    people: float  # people newly served
    households: int


@dataclass
class KindResult:
    figure: object  # the distance Figure of the profile
    access: Access
    load: Load
    gaps: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)


class DistanceModel:
    """Nearest functional facility by straight line, or along a PathNetwork."""

    def __init__(self, network=None, max_snap=50.0):
        self.network = network
        self.max_snap = max_snap

    def nearest(self, points_xy, facilities):
        points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        working = np.flatnonzero(facilities.functional)
        count = len(points_xy)
        if self.network is None:
            if len(working) == 0:
                return np.full(count, np.inf), np.full(count, -1), None
            distance, index = cKDTree(facilities.xy[working]).query(points_xy)
            return distance, working[index], None
        point_snap = self.network.snap(points_xy, self.max_snap)
        facility_snap = self.network.snap(facilities.xy, self.max_snap)
        facility_snap.segment[~facilities.functional] = -1
        distance, nearest = self.network.nearest_facility(facility_snap, point_snap)
        return distance, nearest, point_snap.distance


def measure_access(points_xy, facilities, figure, model):
    distance, facility, snap = model.nearest(points_xy, facilities)
    within = np.isfinite(distance) & figure.complies(distance)
    return Access(distance, facility, within, snap)


def compute_load(access, people, facilities, points_xy):
    """Each household counts at its nearest functional facility; a household
    the network cannot reach counts at the nearest one in a straight line."""
    assigned_to = access.facility.copy()
    stranded = assigned_to < 0
    working = np.flatnonzero(facilities.functional)
    if stranded.any() and len(working):
        _, index = cKDTree(facilities.xy[working]).query(np.asarray(points_xy)[stranded])
        assigned_to[stranded] = working[index]
    served = assigned_to >= 0
    assigned = np.bincount(assigned_to[served], weights=people[served], minlength=len(facilities))
    with np.errstate(divide="ignore", invalid="ignore"):
        load_pct = np.where(facilities.capacity > 0, 100.0 * assigned / facilities.capacity, np.nan)
    overloaded = facilities.functional & (assigned > facilities.capacity)
    # Who is beyond capacity: the households farthest from an overloaded facility.
    excess = np.zeros(len(people), dtype=bool)
    distance = np.where(np.isfinite(access.distance), access.distance,
                        np.hypot(*(np.asarray(points_xy) - facilities.xy[np.clip(assigned_to, 0, None)]).T))
    for facility in np.flatnonzero(overloaded):
        members = np.flatnonzero(assigned_to == facility)
        members = members[np.argsort(-distance[members], kind="stable")]
        surplus = assigned[facility] - facilities.capacity[facility]
        taken = np.cumsum(people[members]) - people[members] < surplus
        excess[members[taken]] = True
    return Load(assigned, load_pct, overloaded, excess)


@dataclass
class WashResult:
    people: np.ndarray
    water: KindResult
    latrines: KindResult = None
    contamination_distance: np.ndarray = None  # per latrine, to the nearest water point
    contamination_risk: np.ndarray = None
    gap_cell_size: float = None
    checks: list = field(default_factory=list)  # Check tuples
    summary: dict = field(default_factory=dict)


@dataclass
class Check:
    key: str  # what is checked, for the report (e.g. 'water_distance')
    measured: float
    figure: object  # the profile Figure it is checked against
    passed: bool


def assess(shelter_xy, people, water, profile, latrines=None, phase="emergency", network=None,
           max_snap=50.0, area=None, latrine_cubicles=None, female_male_cubicles=None,
           suggest_water=0, suggest_latrines=0, new_water_kind="handpump", is_canceled=None):
    """The whole WASH audit. Coordinates in one metric CRS.

    shelter_xy (n, 2) and people (n,): households (plot or shelter points).
    water / latrines: Facilities. area: shapely polygon of the site (gaps and
    suggestions stay inside it); None = the households' convex hull.
    suggest_*: 0 none, -1 as many as full coverage needs, k at most k.
    female_male_cubicles: (female, male) cubicles per latrine, for the 3:1 check.
    """
    shelter_xy = np.asarray(shelter_xy, dtype=float).reshape(-1, 2)
    people = np.asarray(people, dtype=float)
    if len(shelter_xy) == 0:
        raise InputError("The shelter layer has no features with a location: nothing to assess")
    check_phase(phase)
    if np.any(~np.isfinite(people)) or np.any(people < 0):
        raise InputError("Every household needs a population of 0 or more")
    model = DistanceModel(network, max_snap)
    area = _assessment_area(area, shelter_xy)

    water_figure = profile.figure("max_distance_to_water_m")
    water_access = measure_access(shelter_xy, water, water_figure, model)
    result = WashResult(people, KindResult(water_figure, water_access,
                                           compute_load(water_access, people, water, shelter_xy)))
    _check_canceled(is_canceled)
    if latrines is not None:
        latrine_figure = profile.figure("max_distance_to_toilet_m")
        latrine_access = measure_access(shelter_xy, latrines, latrine_figure, model)
        result.latrines = KindResult(latrine_figure, latrine_access,
                                     compute_load(latrine_access, people, latrines, shelter_xy))
        result.contamination_distance = _nearest_distance(latrines.xy, water.xy)
        spacing = profile.figure("min_distance_toilet_to_water_m")
        result.contamination_risk = ~spacing.complies(result.contamination_distance)
    _check_canceled(is_canceled)

    cell = _gap_cell_size(area, result)
    result.gap_cell_size = cell
    result.water.gaps = find_gaps(area, cell, shelter_xy, people, water, water_figure, model,
                                  water_access)
    if latrines is not None:
        result.latrines.gaps = find_gaps(area, cell, shelter_xy, people, latrines, latrine_figure,
                                         model, latrine_access)
    _check_canceled(is_canceled)

    new_water = []
    if suggest_water:
        capacity = profile.value(WATER_CAPACITY_FIGURE[new_water_kind])
        result.water.suggestions = suggest(area, shelter_xy, people, result.water, capacity,
                                           "water", limit=suggest_water, is_canceled=is_canceled)
        new_water = [s.xy for s in result.water.suggestions]
    if latrines is not None and suggest_latrines:
        avoid = np.concatenate([water.xy, np.asarray(new_water, dtype=float).reshape(-1, 2)])
        result.latrines.suggestions = suggest(
            area, shelter_xy, people, result.latrines, math.inf, "latrine", limit=suggest_latrines,
            keep_away_from=avoid, keep_away=profile.figure("min_distance_toilet_to_water_m"),
            is_canceled=is_canceled)
    _summarise(result, profile, phase, water, latrines, latrine_cubicles, female_male_cubicles)
    return result


def _check_canceled(is_canceled):
    if is_canceled is not None and is_canceled():
        raise InterruptedError("cancelled")


def _nearest_distance(points_xy, targets_xy):
    if len(points_xy) == 0:
        return np.zeros(0)
    if len(targets_xy) == 0:
        return np.full(len(points_xy), np.inf)
    return cKDTree(targets_xy).query(points_xy)[0]


def _assessment_area(area, shelter_xy):
    if area is not None and not area.is_empty:
        return area
    if len(np.unique(shelter_xy, axis=0)) >= 3:
        try:
            hull = Polygon(shelter_xy[ConvexHull(shelter_xy).vertices])
            if hull.area >= 1.0:
                return hull
        except QhullError:  # all on one line
            pass
    return MultiPoint([tuple(p) for p in shelter_xy]).convex_hull.buffer(1.0)  # a line or a point: a thin area


_MAX_GAP_CELLS = 250_000


def _gap_cell_size(area, result):
    """Cells for tracing gap polygons: a fiftieth of the smallest standard
    distance (1 m for 50 m to a toilet), coarser if the area would need more
    than ~250,000 cells."""
    figures = [result.water.figure.value] + ([result.latrines.figure.value] if result.latrines else [])
    return max(min(figures) / 50.0, math.sqrt(area.area / _MAX_GAP_CELLS))


def find_gaps(area, cell, shelter_xy, people, facilities, figure, model, access):
    """Parts of ``area`` out of reach of every functional facility, with the
    people of out-of-reach households inside each part.

    Traced on a grid of ``cell`` metres: a cell is a gap when its centre is
    out of reach (the same distance rule as for households), and a cell
    holding an out-of-reach household is always a gap, so every such
    household lies in exactly one gap polygon."""
    xmin, ymin, xmax, ymax = area.bounds
    columns = max(int(math.ceil((xmax - xmin) / cell)), 1)
    rows = max(int(math.ceil((ymax - ymin) / cell)), 1)
    transform = from_origin(xmin, ymax, cell, cell)
    inside = features.rasterize([(area, 1)], out_shape=(rows, columns), transform=transform,
                                fill=0, dtype="uint8", all_touched=True).astype(bool)
    row_index, column_index = np.nonzero(inside)
    centres = np.column_stack([xmin + (column_index + 0.5) * cell, ymax - (row_index + 0.5) * cell])
    gap = np.zeros((rows, columns), dtype=bool)
    if len(centres):
        reach = measure_access(centres, facilities, figure, model)
        gap[row_index, column_index] = ~reach.within
    household_row = np.clip(((ymax - shelter_xy[:, 1]) // cell).astype(int), 0, rows - 1)
    household_column = np.clip(((shelter_xy[:, 0] - xmin) // cell).astype(int), 0, columns - 1)
    served_cells = np.zeros_like(gap)
    served_cells[household_row[access.within], household_column[access.within]] = True
    gap &= ~served_cells
    gap[household_row[~access.within], household_column[~access.within]] = True
    labels, count = ndimage.label(gap)  # 4-connected, as rasterio traces polygons
    if count == 0:
        return []
    household_label = labels[household_row, household_column]
    unserved = ~access.within
    gap_people = np.bincount(household_label[unserved], weights=people[unserved], minlength=count + 1)
    gap_households = np.bincount(household_label[unserved], minlength=count + 1)
    pieces = {}
    for geometry, label in features.shapes(labels.astype("int32"), mask=gap, transform=transform):
        pieces.setdefault(int(label), []).append(shape(geometry))
    gaps = []
    for label in sorted(pieces):
        geometry = unary_union(pieces[label]).intersection(area)
        if geometry.is_empty and not gap_households[label]:
            continue
        gaps.append(Gap(geometry, float(gap_people[label]), int(gap_households[label])))
    return gaps


def _candidate_grid(area, spacing, limit=150_000):
    """Candidate sites for new facilities: a square grid inside the area."""
    spacing = max(spacing, math.sqrt(area.area / limit))
    xmin, ymin, xmax, ymax = area.bounds
    xs = np.arange(xmin + spacing / 2.0, xmax, spacing)
    ys = np.arange(ymin + spacing / 2.0, ymax, spacing)
    grid_x, grid_y = np.meshgrid(xs, ys)
    rows, columns = len(ys), len(xs)
    if rows == 0 or columns == 0:
        return np.zeros((0, 2))
    transform = from_origin(xmin, ymin + rows * spacing, spacing, spacing)
    inside = features.rasterize([(area, 1)], out_shape=(rows, columns), transform=transform,
                                fill=0, dtype="uint8")[::-1].astype(bool)
    return np.column_stack([grid_x[inside], grid_y[inside]])


def suggest(area, shelter_xy, people, kind_result, capacity, kind, limit, keep_away_from=None,
            keep_away=None, is_canceled=None):
    """New facilities where households are out of reach or beyond an
    overloaded facility's capacity, by greedy capacitated maximal covering
    (straight-line reach). Candidates: a grid over the area a quarter of the
    reach apart; then, for the households still unserved, their own
    locations too (households outside the area, or hemmed in by the
    keep-away distance from water points)."""
    demand = np.flatnonzero((~kind_result.access.within | kind_result.load.excess) & (people > 0))
    figure = kind_result.figure
    grid = _candidate_grid(area, figure.value / 4.0)

    def allowed(candidates):
        if keep_away_from is None or not len(keep_away_from) or not len(candidates):
            return candidates
        return candidates[keep_away.complies(cKDTree(keep_away_from).query(candidates)[0])]

    suggestions = []
    for with_households in (False, True):
        remaining = None if limit < 0 else limit - len(suggestions)
        if len(demand) == 0 or remaining == 0:
            break
        points = allowed(np.concatenate([grid, shelter_xy[demand]]) if with_households else grid)
        picks = greedy_cover(shelter_xy[demand], people[demand], points, figure.value, capacity,
                             strict=figure.comparison == "<", limit=remaining, is_canceled=is_canceled)
        suggestions += [Suggestion(kind, tuple(points[p.candidate]), p.people, len(p.served)) for p in picks]
        served = np.concatenate([p.served for p in picks]) if picks else np.zeros(0, dtype=np.int64)
        demand = np.delete(demand, served)
    return suggestions


def _summarise(result, profile, phase, water, latrines, latrine_cubicles, female_male_cubicles):
    people = result.people
    total = float(people.sum())

    def share(mask):
        return 100.0 * float(people[mask].sum()) / total if total > 0 else 100.0

    working_water = int(water.functional.sum())
    summary = {
        "people": total,
        "households": int(len(people)),
        "pct_within_water_distance": share(result.water.access.within),
        "water_points": int(len(water)),
        "functional_water_points": working_water,
        "people_per_water_point": total / working_water if working_water else math.inf,
        "overloaded_water_points": int(result.water.load.overloaded.sum()),
        "water_gap_people": float(sum(g.people for g in result.water.gaps)),
        "suggested_water_points": len(result.water.suggestions),
    }
    checks = [Check("water_distance", summary["pct_within_water_distance"], result.water.figure,
                    summary["pct_within_water_distance"] >= 100.0),
              Check("water_point_load", summary["overloaded_water_points"],
                    profile.figure("people_per_tap"), summary["overloaded_water_points"] == 0)]
    if latrines is not None:
        working = latrines.functional
        cubicles = np.asarray(latrine_cubicles if latrine_cubicles is not None else np.ones(len(latrines)),
                              dtype=float)
        toilets = float(cubicles[working].sum())
        per_toilet = total / toilets if toilets else math.inf
        summary.update({
            "pct_within_latrine_distance": share(result.latrines.access.within),
            "latrines": int(len(latrines)),
            "functional_latrines": int(working.sum()),
            "toilets": toilets,
            "people_per_toilet": per_toilet,
            "overloaded_latrines": int(result.latrines.load.overloaded.sum()),
            "latrine_gap_people": float(sum(g.people for g in result.latrines.gaps)),
            "suggested_latrines": len(result.latrines.suggestions),
            "latrines_near_water": int(result.contamination_risk.sum()),
        })
        toilet_figure = profile.figure(TOILET_FIGURE[phase])
        spacing = profile.figure("min_distance_toilet_to_water_m")
        checks += [
            Check("latrine_distance", summary["pct_within_latrine_distance"], result.latrines.figure,
                  summary["pct_within_latrine_distance"] >= 100.0),
            Check("people_per_toilet", per_toilet, toilet_figure, toilet_figure.complies(per_toilet)),
            Check("latrine_water_spacing", summary["latrines_near_water"], spacing,
                  summary["latrines_near_water"] == 0),
        ]
        if female_male_cubicles is not None:
            female = float(np.asarray(female_male_cubicles[0], dtype=float)[working].sum())
            male = float(np.asarray(female_male_cubicles[1], dtype=float)[working].sum())
            ratio = female / male if male else (math.inf if female else math.nan)
            summary.update({"female_toilets": female, "male_toilets": male, "female_male_ratio": ratio})
            ratio_figure = profile.figure("female_to_male_toilet_ratio")
            checks.append(Check("female_male_ratio", ratio, ratio_figure,
                                not math.isnan(ratio) and ratio_figure.complies(ratio)))
    result.summary = summary
    result.checks = checks
