"""Plots reserved for services, latrine blocks and water points, households on
the rest (allocate); and the plan's facilities with what they measure
(facility_records)."""
import math
from dataclasses import dataclass, field

import numpy as np
from scipy.spatial import cKDTree

from . import facilities as fac
from . import programme, wash_design
from ..common.progress import NO_MONITOR
from ..common.standards import TOILET_FIGURE
from ..placement.capacitated import nearest_assignment, place_capacitated, tied_loads
from .plan import ENTRANCE, HOUSEHOLD, LATRINE, WATER, Facility
from .programme_records import programme_records
from .zoning import place_zoned

SERVICE_FIGURES = (("health_post", "people_per_health_centre"), ("school", "people_per_school"),
                   ("distribution_point", "people_per_distribution_point"),
                   ("market", "people_per_market"))
SERVICE_PREFIXES = {"health_post": "H", "school": "S", "distribution_point": "D", "market": "M"}
# Distance margin (m, a setting of the method): a plan reprojected and
# measured again still complies.
REACH_MARGIN_M = 0.01


@dataclass
class Allocation:
    """What each plot of a grid holds (arrays over the grid's plots)."""
    use: np.ndarray  # "" (not in the plan), household or the kind of facility
    housing: np.ndarray  # bool: a household plot
    people: np.ndarray
    service_counts: dict  # kind -> services planned
    services: list = field(default_factory=list)  # facilities.ServiceLot
    latrines: list = field(default_factory=list)  # plots of the latrine blocks
    taps: list = field(default_factory=list)  # plots of the water points
    unresolved: list = field(default_factory=list)  # plots no water point reaches to standard

    @property
    def households(self):
        return int(self.housing.sum())


def service_counts(design, people):
    """Services of each kind ``people`` need: ceil(people / ratio), and the
    rest of the programme (programme.programme_counts)."""
    counts = {kind: int(math.ceil(people / design.value(key) - 1e-9)) if people > 0 else 0
              for kind, key in SERVICE_FIGURES}
    counts.update(programme.programme_counts(design, people))
    return counts


def allocate(design, grid, needed_households=None, selected=None, priority=None, counts=None,
             monitor=NO_MONITOR, zones=None):
    """Reserve plots for the extension reserve, services, washing plots,
    latrines and water points among the ``selected`` plots (all by default)
    and put households on the rest: all of them, or the ``needed_households``
    first in ``priority`` order. ``counts``: services of each kind (default:
    what the people need); ``zones``: programme.Zones the services are placed by."""
    n = len(grid)
    selected = np.ones(n, dtype=bool) if selected is None else selected
    xy = grid.centres
    use = np.full(n, "", dtype=object)
    use[selected] = HOUSEHOLD
    potential = np.where(selected, design.household_size, 0.0)
    households = int(selected.sum())
    if households == 0:
        return Allocation(use, np.zeros(n, dtype=bool), np.zeros(n), counts or service_counts(design, 0.0))
    if needed_households is not None:
        households = min(needed_households, households)
    counts = counts or service_counts(design, households * design.household_size)
    zones = zones or programme.Zones()
    services = programme.reserve_extension(design, grid, use, zones, priority)
    services += _reserve_services(design, grid, use, potential, counts, zones, monitor)
    services += programme.washing_lots(design, grid, use, potential)
    monitor.check()
    # tapstands first (few, far apart), latrine blocks then kept away from them
    taps, unresolved = _reserve_water_points(design, xy, use, potential, [], monitor)
    monitor.check()
    latrines = _reserve_latrines(design, grid, use, potential, taps, monitor)
    housing = use == HOUSEHOLD
    people = _house(design, housing, needed_households, priority)
    return Allocation(use, housing, people, counts, services, list(latrines), list(taps), list(unresolved))


def _reserve_services(design, grid, use, potential, counts, zones, monitor):
    """Service lots: a lot of plots in proportion to the people each serves
    (the programme's kinds: their land), placed by the zoning rules."""
    per_community = design.households_per_community
    ratios = dict(SERVICE_FIGURES)

    def lot_of(kind, served):
        if kind not in ratios:
            return programme.land_lot(design, grid, kind, served)
        return int(min(max(math.ceil(per_community * served / design.value(ratios[kind]) - 1e-9), 1),
                       per_community))
    lots = place_zoned(design, grid, potential, use == HOUSEHOLD, counts, lot_of, zones, monitor)
    for lot in lots:
        use[lot.plots] = lot.kind
    return lots


def _reserve_latrines(design, grid, use, potential, taps, monitor):
    """Latrine blocks so that every household reaches one walking along the
    line it fronts (wash_design.frontage_latrines), then any household still
    beyond the toilet distance in a straight line covered; on plots far
    enough from flood-prone land only."""
    toilet = design.profile.figure("max_distance_to_toilet_m")
    xy = grid.centres
    housing = use == HOUSEHOLD
    candidates = housing if grid.latrine_ok is None else housing & grid.latrine_ok
    if taps:
        keep_away = design.profile.figure("min_distance_toilet_to_water_m")
        candidates = candidates & keep_away.complies(cKDTree(xy[taps]).query(xy)[0] - REACH_MARGIN_M)
    reach = fac.reach_radius(toilet.value, REACH_MARGIN_M)
    key, snap = wash_design.frontage(grid)
    latrines = wash_design.frontage_latrines(xy, key, snap, housing, candidates, reach)
    rest = housing.copy()
    if latrines:
        rest &= ~toilet.complies(cKDTree(xy[latrines]).query(xy)[0] + REACH_MARGIN_M)
        rest[latrines] = candidates[latrines] = False
    if rest.any():
        latrines += fac.place_latrines(xy, potential, rest, fac.thin(xy, candidates, toilet.value / 2.0),
                                       reach, toilet.comparison == "<", monitor)
    use[latrines] = LATRINE
    return latrines


def _reserve_water_points(design, xy, use, potential, latrines, monitor):
    """Tapstands of up to taps_per_tapstand taps each (the people a stand
    serves need ceil(people / people_per_tap) taps), never too near a
    latrine; (plots, plots left unresolved)."""
    water = design.profile.figure("max_distance_to_water_m")
    keep_away = design.profile.figure("min_distance_toilet_to_water_m")
    housing = use == HOUSEHOLD
    candidates = housing.copy()
    if latrines:
        distance, _ = cKDTree(xy[latrines]).query(xy)
        candidates &= keep_away.complies(distance - REACH_MARGIN_M)
    taps, unresolved = place_capacitated(
        xy, potential, housing, candidates, fac.reach_radius(water.value, REACH_MARGIN_M),
        water.comparison == "<", design.value("people_per_tap") * design.options.taps_per_tapstand, monitor)
    use[taps] = WATER
    return taps, unresolved


def _house(design, housing, needed_households, priority):
    """People per plot: a household on every housing plot, or on the needed
    ones in ``priority`` order, the last holding what remains of the population."""
    people = np.zeros(len(housing))
    homes = np.flatnonzero(housing)
    if needed_households is not None:
        if priority is not None:
            homes = homes[np.argsort(priority[homes], kind="stable")]
        homes = homes[:needed_households]
    people[homes] = design.household_size
    population = design.options.population
    if needed_households is not None and len(homes) == needed_households and population:
        remainder = population - (needed_households - 1) * design.household_size
        people[homes[-1]] = min(design.household_size, max(remainder, 0.0))
    return people


# -- the plan's facilities ----------------------------------------------------

@dataclass
class FacilityMeasures:
    """What the facilities of a plan measure, for its checks and statistics."""
    latrine_distance: np.ndarray = field(default_factory=lambda: np.zeros(0))  # household to nearest block
    water_distance: np.ndarray = field(default_factory=lambda: np.zeros(0))  # household to nearest point
    water_load: np.ndarray = field(default_factory=lambda: np.zeros(0))  # people at each point, ties at both
    toilet_to_water: np.ndarray = field(default_factory=lambda: np.zeros(0))  # block to nearest water point
    latrine_blocks: int = 0
    cubicles: int = 0
    female_cubicles: int = 0
    male_cubicles: int = 0
    services: dict = field(default_factory=dict)  # kind -> count


def facility_records(design, frame, grid, allocation, people, latrines, taps, gates, paths=None):
    """([Facility] in the metric CRS, FacilityMeasures) of the plan whose
    households are ``people`` (per grid plot), with the latrine blocks and
    water points on plots ``latrines`` and ``taps`` and the entrances at
    ``gates`` (local frame); loads counted walking along ``paths`` (the
    plan's PathNetwork, local frame) too when given."""
    measures = FacilityMeasures()
    homes = np.flatnonzero(people > 0)
    facilities = []
    if latrines and len(homes):
        facilities += _latrine_records(design, frame, grid.centres, people, homes, latrines, measures, paths)
    if taps and len(homes):
        facilities += _water_records(design, frame, grid.centres, people, homes, taps, measures, paths)
        if latrines:
            measures.toilet_to_water = cKDTree(grid.centres[taps]).query(grid.centres[latrines])[0]
    facilities += _service_records(design, frame, grid.centres, people, allocation.services, measures)
    facilities += programme_records(design, frame, grid.centres, people, allocation.services, SERVICE_PREFIXES)
    for k, gate in enumerate(gates or []):
        facilities.append(Facility(ENTRANCE, tuple(frame.points_to_metric(gate)[0]), facility_id="E%d" % (k + 1)))
    return facilities, measures


def _latrine_records(design, frame, xy, people, homes, latrines, measures, paths=None):
    """Latrine blocks with the cubicles their nearest households need
    (counting a household at every block it is tied between), nearest in a
    straight line or walking along ``paths``, whichever loads it more; each
    block two records at its plot, its female compartment (it counts the
    block's people served) and its male one, together the toilets the load
    needs, split by the female-to-male ratio (facilities.split_cubicles):
    the compartments of a block share its load, as washcoverage reads them
    with the block field."""
    per_toilet = design.value(TOILET_FIGURE[design.options.phase])
    ratio = design.value("female_to_male_toilet_ratio")
    _, measures.latrine_distance, load = nearest_assignment(xy[homes], people[homes], xy[latrines])
    sized = tied_loads(xy[homes], people[homes], xy[latrines])
    if paths is not None:
        sized = np.maximum(sized, wash_design.walking_loads(paths, xy[latrines], xy[homes], people[homes]))
    metric = frame.points_to_metric(xy[latrines])
    records = []
    for k, served in enumerate(load):
        female, male = fac.split_cubicles(sized[k], per_toilet, ratio)
        measures.cubicles += female + male
        measures.female_cubicles += female
        measures.male_cubicles += male
        block = "L%d" % (k + 1)
        records += [Facility(LATRINE, tuple(metric[k]), cubicles * per_toilet, float(served) if gender == "female"
                             else 0.0, cubicles, cubicles if gender == "female" else 0,
                             cubicles if gender == "male" else 0, plots=1 if gender == "female" else 0,
                             facility_id="%s-%s" % (block, gender[0].upper()), gender=gender, block=block,
                             handwashing=wash_design.POINTS_PER_COMPARTMENT,
                             lighting=wash_design.POINTS_PER_COMPARTMENT)
                    for gender, cubicles in (("female", female), ("male", male))]
    measures.latrine_blocks = len(latrines)
    return records


def _water_records(design, frame, xy, people, homes, taps, measures, paths=None):
    """Tapstands with the taps their load needs (more than taps_per_tapstand
    only where the planner found no plot for another stand: planner._notes
    says so), the load counted as the audit counts it: at the nearest stand
    walking along ``paths`` when given, ties at both; ``measures.water_load``
    per tap."""
    _, measures.water_distance, load = nearest_assignment(xy[homes], people[homes], xy[taps])
    served = tied_loads(xy[homes], people[homes], xy[taps])
    if paths is not None:
        served = np.maximum(served, wash_design.walking_loads(paths, xy[taps], xy[homes], people[homes]))
    per_tap = design.value("people_per_tap")
    count = np.maximum(np.ceil(served / per_tap - 1e-9), 1).astype(int)
    measures.water_load = served / count
    metric = frame.points_to_metric(xy[taps])
    return [Facility(WATER, tuple(metric[k]), per_tap * int(count[k]), float(served[k]),
                     water_type="tap", plots=1, facility_id="W%d" % (k + 1), taps=int(count[k]))
            for k in range(len(taps))]


def _service_records(design, frame, xy, people, services, measures):
    """Services, each serving the people of its catchment."""
    records = []
    for kind, key in SERVICE_FIGURES:
        lots = [lot for lot in services if lot.kind == kind]
        measures.services[kind] = len(lots)
        if not lots:
            continue
        metric = frame.points_to_metric(np.array([xy[lot.centre] for lot in lots]))
        for k, lot in enumerate(lots):
            served = float(people[lot.catchment].sum()) if lot.catchment else 0.0
            records.append(Facility(kind, tuple(metric[k]), design.value(key), served, plots=len(lot.plots),
                                    facility_id="%s%d" % (SERVICE_PREFIXES[kind], k + 1)))
    return records
