"""What the finished plan measures for its zoning rules and its programme,
on its own facilities, centrelines and flood-prone land (metric CRS,
straight distances by shapely; loads from the households nearest each
facility, measured again here)."""
import math

import numpy as np
from shapely.geometry import MultiLineString, MultiPoint, Point

from ..common.wkb import centroids
from ..placement.capacitated import nearest_assignment
from .programme import BUSY_KINDS, CHILD_SPACE, NEAR_SERVICES, QUIET_KINDS, RECEPTION, RESERVE, SAFE_SPACE
from .programme_records import BATHING, INSTITUTION_TOILET, LAUNDRY, REFUSE

# (rule, kinds measured, kinds or road classes measured to, nearest or farthest of them counts)
DISTANCE_RULES = (
    ("max_distance_distribution_to_entrance_m", ("distribution_point",), ("entrance",), max),
    ("max_distance_market_to_entrance_m", ("market",), ("entrance",), max),
    ("max_distance_reception_to_entrance_m", ("entrance",), (RECEPTION,), max),  # a reception at every entrance
    ("max_distance_gate_services_to_primary_m", BUSY_KINDS, ("road:primary",), max),
    ("max_distance_health_to_vehicle_road_m", ("health_post",), ("road:primary", "road:secondary"), max),
    ("min_distance_school_to_busy_m", QUIET_KINDS, BUSY_KINDS, min),
    ("min_distance_school_to_primary_m", QUIET_KINDS, ("road:primary",), min),
    ("max_distance_safe_space_to_services_m", (SAFE_SPACE,), NEAR_SERVICES, max),
)
# (figure, facility kind, what one unit is: cubicles or units)
LOAD_RULES = (("people_per_bathing_facility", BATHING, "cubicles"),
              ("people_per_laundry_facility", LAUNDRY, "units"),
              ("people_per_refuse_bin", REFUSE, "units"))
RATIO_RULES = (("people_per_child_friendly_space", CHILD_SPACE), ("people_per_womens_safe_space", SAFE_SPACE))


def programme_measures(design, plan, flood):
    """(key, value) of every zoning rule and programme figure the plan has
    something to measure for; ``flood``: flood-prone land (metric) or None."""
    figures = design.profile.figures
    result = [(key, _distance(plan, kinds, targets, worst)) for key, kinds, targets, worst in DISTANCE_RULES]
    health = [Point(f.xy) for f in plan.facilities if f.kind == "health_post"]
    if flood is not None and not flood.is_empty and health:
        result.append(("min_distance_health_to_flood_m", min(flood.distance(p) for p in health)))
    result += _loads(plan)
    for key, kind in RATIO_RULES:
        count = sum(1 for f in plan.facilities if f.kind == kind)
        result.append((key, plan.planned_people / count if count else math.inf))
    result += _toilet_loads(plan)
    if plan.plots:
        reserve = sum(1 for p in plan.plots if p.use == RESERVE)
        result.append(("extension_reserve_pct", 100.0 * reserve / len(plan.plots)))
    return [(key, value) for key, value in result if value is not None and key in figures]


def _targets(plan, targets):
    """The geometry of the facilities of kinds ``targets`` and centrelines of
    classes 'road:<class>', or None when there is none."""
    points = [f.xy for f in plan.facilities if f.kind in targets]
    classes = {t[5:] for t in targets if t.startswith("road:")}
    lines = [p.geometry for p in plan.paths if p.road_class in classes]
    if lines:
        return MultiLineString([list(line.coords) for line in lines])
    return MultiPoint(points) if points else None


def _distance(plan, kinds, targets, worst):
    """The largest (``worst`` max) or smallest (min) distance from a facility
    of ``kinds`` to the nearest of ``targets``; None without either."""
    sources = [Point(f.xy) for f in plan.facilities if f.kind in kinds]
    target = _targets(plan, targets)
    if not sources or target is None:
        return None
    return worst(target.distance(p) for p in sources)


def _homes(plan):
    homes = [p for p in plan.plots if p.people > 0]
    return (centroids([p.geometry for p in homes]),
            np.array([p.people for p in homes]))


def _loads(plan):
    """People per unit at the most loaded facility of each kind, the
    households nearest it counted (a household tied between two at both)."""
    xy, people = _homes(plan)
    result = []
    for key, kind, unit in LOAD_RULES:
        members = [f for f in plan.facilities if f.kind == kind]
        if not members or not len(xy):
            continue
        _, _, load = nearest_assignment(xy, people, np.array([f.xy for f in members]))
        units = np.array([getattr(f, unit) or 0 for f in members], dtype=float)
        result.append((key, float(np.max(np.where(units > 0, load / np.maximum(units, 1), np.where(
            load > 0, math.inf, 0.0))))))
    return result


def _toilet_loads(plan):
    """Users per toilet at the institutions: girls and boys per school
    toilet (half the pupils each), outpatients a day per health-post toilet,
    stalls per market toilet, arrivals a day per reception toilet."""
    kind_of = {f.facility_id: f.kind for f in plan.facilities}
    worst = {}
    for toilet in (f for f in plan.facilities if f.kind == INSTITUTION_TOILET):
        kind = kind_of.get(toilet.facility_id[1:])
        if kind == "school":
            pairs = [("pupils_per_toilet_girls", toilet.female_cubicles),
                     ("pupils_per_toilet_boys", toilet.male_cubicles)]
            users = toilet.people_served / 2.0
        else:
            key = {"health_post": "outpatients_per_toilet", "market": "stalls_per_toilet",
                   RECEPTION: "people_per_reception_toilet"}.get(kind)
            pairs, users = ([(key, toilet.cubicles)] if key else []), toilet.people_served
        for key, count in pairs:
            worst[key] = max(worst.get(key, 0.0), users / count if count else math.inf)
    return list(worst.items())
