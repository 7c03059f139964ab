"""Site layout: a Sphere / UNHCR-compliant plan inside any site boundary.

plan_site() works in a metric CRS on one site polygon (shapely) and returns
a SitePlan: plots, shelters, blocks, roads, firebreaks, facilities and the
land left out with its reason, the capacity of the site and every check of
the plan against the standards profile. Every standard figure comes from the
profile; the design choices that are not standards (path width, setback)
are inputs.

How the plan is made:

1. Buildable land (layout_land): site minus setback, exclusions, flood-prone
   and steep cells.
2. Orientation: the long side of the site's minimum rotated rectangle (or the
   azimuth given); the work happens in a local frame where plot rows run along x.
3. Grid (layout_grid): plots in back-to-back rows with paths between row
   pairs, communities of households_per_community plots separated by
   cluster_spacing_m lanes, blocks of communities_per_block communities
   separated by roads, firebreaks of firebreak_width_m so that no built-up
   stretch is longer than firebreak_spacing_m, in both directions.
4. Plot size: unless given, derived so the plan's gross area per person
   (usable area / people) comes out at site_area_m2_per_person: lay out,
   measure, resize the plots, lay out again (rounded up to 0.1 m, and grown
   until the plan complies).
5. Facilities (layout_facilities) on reserved plots; shelters centred in the
   household plots, covered_area_m2_per_person x household size, keeping
   shelter_spacing_m to the plot edges.
6. With a population smaller than the capacity, the plan takes whole
   communities nearest the entrance (or the centre), block by block, until
   the people fit, and plans its facilities for them.
"""
import math
from dataclasses import dataclass, field

import numpy as np
from shapely import affinity
from shapely.geometry import LineString, Polygon, box
from shapely.ops import nearest_points, unary_union

from . import facilities as fac
from . import grid as lg
from ..common.errors import InputError
from .land import LEFTOVER, Note, buildable_land, max_slope_under, polygonal
from ..common.standards import COMPARISONS, TOILET_FIGURE, check_phase

SERVICE_FIGURES = (("health_post", "people_per_health_centre"), ("school", "people_per_school"),
                   ("distribution_point", "people_per_distribution_point"),
                   ("market", "people_per_market"))
WATER, LATRINE, ENTRANCE = "water_point", "latrine_block", "entrance"
HOUSEHOLD, VACANT = "household", "vacant"
ROAD_CLASSES = {lg.ROAD: "primary", lg.LANE: "secondary", lg.PATH: "path"}

# Numerical settings of the method (not standards): distance margin so a plan
# reprojected and measured again still complies, rounding of plot sizes,
# smallest piece of land worth reporting.
REACH_MARGIN_M = 0.01
PLOT_ROUNDING_M = 0.1
SLIVER_M2 = 0.01


class NoBuildableLand(InputError):
    """The site has no land left to build on."""


@dataclass
class LayoutOptions:
    """Design inputs. 0 for a figure means: from the standards profile (or
    derived from it, for the plot size)."""
    path_width: float
    setback: float
    population: float = 0.0
    household_size: float = 0.0
    plot_width: float = 0.0
    plot_depth: float = 0.0
    road_width: float = 0.0
    orientation: float = None  # azimuth of the plot rows in degrees; None = auto
    phase: str = "emergency"
    wet_threshold: float = 0.0
    max_slope_pct: float = 0.0


@dataclass
class Facility:
    kind: str
    xy: tuple  # metric coordinates
    capacity: float = None  # people it may serve under the standard
    people_served: float = 0.0
    cubicles: int = None
    female_cubicles: int = None
    male_cubicles: int = None
    water_type: str = None
    plots: int = 0  # plots of land it takes
    facility_id: str = ""


@dataclass
class Check:
    key: str  # the profile figure it is checked against
    measured: float
    figure: object
    passed: bool
    label: str = ""  # what is measured (report key)


@dataclass
class SitePlan:
    label: str
    orientation_deg: float  # azimuth of the plot rows, degrees clockwise from grid north
    plot_width: float
    plot_depth: float
    household_size: float
    plots: list  # dicts: geometry, plot_id, community_id, block_id, sector_id, households, people, use
    shelters: list  # dicts: geometry, plot_id, people, area_m2
    blocks: list  # dicts: geometry, block_id, sector_id, communities, plots, households, people
    roads: list  # dicts: geometry, road_class, width_m
    firebreaks: list  # dicts: geometry, width_m
    facilities: list  # Facility
    excluded: list  # dicts: geometry, reason, area_m2
    site_area_m2: float
    usable_area_m2: float
    capacity_people: float
    capacity_households: int
    planned_people: float
    planned_households: int
    requested_people: float
    checks: list = field(default_factory=list)
    messages: list = field(default_factory=list)  # layout_land.Note
    stats: dict = field(default_factory=dict)

    @property
    def unplaced_people(self):
        return max(self.requested_people - self.planned_people, 0.0) if self.requested_people else 0.0

    @property
    def area_per_person_m2(self):
        return self.usable_area_m2 / self.planned_people if self.planned_people > 0 else math.nan

    def checks_passed(self):
        return all(check.passed for check in self.checks)


# -- geometry helpers -------------------------------------------------------

class Frame:
    """Rotation between the metric CRS and the plan's local frame (rows along x)."""

    def __init__(self, origin, angle_rad):
        self.origin = origin
        self.angle = angle_rad
        self.cos, self.sin = math.cos(angle_rad), math.sin(angle_rad)

    def to_local(self, geometry):
        return affinity.rotate(geometry, -self.angle, origin=self.origin, use_radians=True)

    def to_metric(self, geometry):
        return affinity.rotate(geometry, self.angle, origin=self.origin, use_radians=True)

    def points_to_metric(self, xy):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        dx, dy = xy[:, 0] - self.origin[0], xy[:, 1] - self.origin[1]
        return np.column_stack([self.origin[0] + dx * self.cos - dy * self.sin,
                                self.origin[1] + dx * self.sin + dy * self.cos])

    def boxes_to_metric(self, x0, y0, x1, y1):
        corners = np.stack([np.column_stack([x0, y0]), np.column_stack([x1, y0]),
                            np.column_stack([x1, y1]), np.column_stack([x0, y1])], axis=1)
        metric = self.points_to_metric(corners.reshape(-1, 2)).reshape(-1, 4, 2)
        return [Polygon(ring) for ring in metric]


def auto_orientation(site):
    """Angle (radians, counter-clockwise from the x axis) of the long side of
    the site's minimum rotated rectangle."""
    rectangle = site.minimum_rotated_rectangle
    if rectangle.geom_type != "Polygon":
        return 0.0
    coords = list(rectangle.exterior.coords)
    edges = [(coords[i + 1][0] - coords[i][0], coords[i + 1][1] - coords[i][1]) for i in range(2)]
    lengths = [math.hypot(*edge) for edge in edges]
    if abs(lengths[0] - lengths[1]) <= 1e-3 * max(lengths):
        # A square: either side is "long"; take the one nearer east-west, so the
        # same site gives the same plan whatever CRS it came in.
        dx, dy = min(edges, key=lambda e: abs(math.sin(math.atan2(e[1], e[0]))))
    else:
        dx, dy = edges[int(lengths[1] > lengths[0])]
    angle = math.atan2(dy, dx)
    # the same direction either way round: keep it in [-90, 90) degrees
    if angle >= math.pi / 2:
        angle -= math.pi
    elif angle < -math.pi / 2:
        angle += math.pi
    return angle


def azimuth_to_angle(azimuth_deg):
    return math.radians(90.0 - azimuth_deg)


def angle_to_azimuth(angle_rad):
    return (90.0 - math.degrees(angle_rad)) % 180.0


def _parts(geometry):
    geometry = polygonal(geometry)
    if geometry.is_empty:
        return []
    return list(geometry.geoms) if geometry.geom_type == "MultiPolygon" else [geometry]


# -- the plan ---------------------------------------------------------------

class _Planner:
    def __init__(self, site, profile, options, crs, exclusions, hazard, dem, roads, is_canceled,
                 progress, label):
        self.profile = profile
        self.options = options
        self.crs = crs
        self.is_canceled = is_canceled
        self.progress = progress or (lambda fraction: None)
        self.label = label
        self.messages = []
        value = profile.value
        check_phase(options.phase)
        for name in ("path_width", "setback", "population", "household_size", "plot_width",
                     "plot_depth", "road_width", "max_slope_pct"):
            number = getattr(options, name)
            if number is None or not math.isfinite(number) or number < 0:
                raise InputError("%s must be a number of 0 or more, got %r" % (name.upper(), number))
        self.household_size = options.household_size or value("people_per_household")
        self.area_figure = profile.figure("site_area_m2_per_person")
        self.lane = value("cluster_spacing_m")
        self.road = options.road_width or value("block_spacing_m")
        self.firebreak = value("firebreak_width_m")
        self.spacing = value("firebreak_spacing_m")
        self.shelter_spacing = value("shelter_spacing_m")
        self.shelter_side = math.sqrt(value("covered_area_m2_per_person") * self.household_size)
        self.max_slope = options.max_slope_pct or value("max_slope_pct")
        for key in ("households_per_community", "communities_per_block", "blocks_per_sector"):
            if value(key) < 1:
                raise InputError("Figure '%s' of profile %s must be 1 or more" % (key, profile.id))
        self.households_per_community = int(round(value("households_per_community")))
        self.communities_per_block = int(round(value("communities_per_block")))
        self.blocks_per_sector = int(round(value("blocks_per_sector")))
        self.smallest_plot = self.shelter_side + 2.0 * self.shelter_spacing
        for name, size in (("PLOT_WIDTH", options.plot_width), ("PLOT_DEPTH", options.plot_depth)):
            if size and size < self.smallest_plot - 1e-9:
                raise InputError(
                    "%s of %g m is too small: a shelter of %.1f m2 (%g m2 per person x %g people) "
                    "with %g m to the plot edges needs plots of at least %.1f m"
                    % (name, size, self.shelter_side ** 2, value("covered_area_m2_per_person"),
                       self.household_size, self.shelter_spacing, self.smallest_plot))

        self.land = buildable_land(site, options.setback, exclusions, hazard, options.wet_threshold,
                                   dem, self.max_slope, profile.figure("max_slope_pct"), crs, label)
        self.messages += self.land.notes
        self.check()
        self.usable = self.land.usable_area
        if self.usable <= SLIVER_M2:
            raise NoBuildableLand(
                "Site %s has no buildable land left after the setback, exclusions, flood-prone and "
                "steep land: check those inputs (a smaller SETBACK, a higher WET_THRESHOLD or "
                "MAX_SLOPE_PCT) or the site boundary" % label)
        inner = polygonal(site.buffer(-options.setback)) if options.setback > 0 else site
        if options.orientation is None:
            self.angle = auto_orientation(inner if not inner.is_empty else site)
        else:
            self.angle = azimuth_to_angle(options.orientation)
        centroid = site.centroid
        self.frame = Frame((centroid.x, centroid.y), self.angle)
        self.site_local = polygonal(self.frame.to_local(site))
        self.inner_local = polygonal(self.frame.to_local(inner))
        self.buildable_local = polygonal(self.frame.to_local(self.land.buildable))
        self.roads = roads if roads is not None and not roads.is_empty else None
        self.measured_reserved = None

    def check(self):
        if self.is_canceled is not None and self.is_canceled():
            raise InterruptedError("cancelled")

    # -- grid and plot size --

    def spec(self, width, depth, shape):
        pairs, columns = shape
        comm_x = columns * width
        comm_y = pairs * 2 * depth + (pairs - 1) * self.options.path_width
        block_x, block_y = lg.block_shape(self.communities_per_block, comm_x, comm_y, self.lane,
                                          self.spacing)
        sector_x, sector_y = lg.sector_shape(self.blocks_per_sector)
        return lg.GridSpec(width, depth, self.options.path_width, self.lane, self.road,
                           self.firebreak, self.spacing, pairs, columns, block_x, block_y,
                           sector_x, sector_y)

    def dimensions(self, size):
        """(width, depth) of plots for the free size ``size``."""
        width = self.options.plot_width or size
        depth = self.options.plot_depth or size
        return width, depth

    def lay_out(self, width, depth, shape, land=None):
        return lg.lay_out(self.spec(width, depth, shape), land if land is not None else self.buildable_local,
                          is_canceled=self.is_canceled)

    def solve_size(self, target_plots, kappa, shape):
        """Free plot size whose modelled plot count (kappa x usable area x
        density of the endless grid) equals ``target_plots``."""
        low, high = self.smallest_plot, max(self.smallest_plot * 2.0,
                                            math.sqrt(self.area_figure.value * self.household_size) * 6.0)

        def plots(size):
            width, depth = self.dimensions(size)
            return kappa * self.usable * self.spec(width, depth, shape).density()
        if plots(low) <= target_plots:
            return low
        for _ in range(60):
            middle = (low + high) / 2.0
            if plots(middle) > target_plots:
                low = middle
            else:
                high = middle
        return high

    def round_size(self, size):
        return max(math.ceil(size / PLOT_ROUNDING_M - 1e-6) * PLOT_ROUNDING_M, self.smallest_plot)

    def shapes(self, size):
        width, depth = self.dimensions(size)
        return lg.community_shapes(self.households_per_community, width, depth,
                                   self.options.path_width, self.spacing)[:3]

    # -- the whole plan --

    def reserved_estimate(self):
        """First guess of the share of plots facilities will take (services,
        water points, latrine blocks), from the profile's ratios; the plan
        then measures the real share."""
        value, hh = self.profile.value, self.household_size
        services = sum(self.households_per_community * hh / value(key) for _, key in SERVICE_FIGURES)
        water = hh / value("people_per_tap")
        reach = value("max_distance_to_toilet_m")
        latrines = self.area_figure.value * hh / (2.0 * reach * reach)
        return min(services + 1.25 * water + 1.5 * latrines, 0.5)

    def evaluate(self, size, shape):
        """The grid of plots of ``size`` with its entrance, and its full-capacity
        facilities plan."""
        width, depth = self.dimensions(size)
        grid = self.lay_out(width, depth, shape)
        entrance = corridor = None
        if self.roads is not None and len(grid):
            entrance, corridor = self.entrance(grid)
            if corridor is not None:
                land = polygonal(self.buildable_local.difference(corridor))
                grid = self.lay_out(width, depth, shape, land)
        self.check()
        full = self.full_plan(grid)
        people = float(full["people"].sum())
        return {"size": size, "grid": grid, "entrance": entrance, "corridor": corridor, "plan": full,
                "people": people, "per_person": self.usable / people if people else math.inf}

    def full_plan(self, grid):
        """Facilities for every plot; service counts follow the people the
        plan ends up holding (a second pass when the first reserved too many)."""
        share = self.measured_reserved if self.measured_reserved is not None else self.reserved_estimate()
        plan = self.facilities(grid, None, counts=self.service_counts(len(grid) * (1.0 - share) *
                                                                      self.household_size))
        if len(grid):
            self.measured_reserved = 1.0 - plan["housing"].sum() / len(grid)
        for _ in range(2):
            wanted = self.service_counts(plan["people"].sum())
            if wanted == plan["service_counts"]:
                break
            second = self.facilities(grid, None, counts=wanted)
            if self.service_counts(second["people"].sum()) != second["service_counts"] and \
                    any(self.service_counts(second["people"].sum())[k] > second["service_counts"][k]
                        for k in wanted):
                break
            plan = second
        return plan

    def service_counts(self, people):
        return {kind: int(math.ceil(people / self.profile.value(key) - 1e-9)) if people > 0 else 0
                for kind, key in SERVICE_FIGURES}

    def complies(self, evaluation):
        return evaluation["people"] > 0 and self.area_figure.complies(evaluation["per_person"])

    def run(self):
        free = not (self.options.plot_width and self.options.plot_depth)
        target_people = self.usable / self.area_figure.value
        size = self.round_size(math.sqrt(self.area_figure.value * self.household_size) * 0.75) \
            if free else self.options.plot_width
        shape, best = None, None
        for candidate in self.shapes(size):  # the community shape that holds most plots here
            grid = self.lay_out(*self.dimensions(size), candidate)
            if best is None or len(grid) > best:
                best, shape = len(grid), candidate
        self.progress(0.1)
        if not free:
            return self.finish(self.evaluate(size, shape))
        reserved, kappa = self.reserved_estimate(), 1.0
        evaluations = {}
        for outer in range(3):
            # plot size from the lay-out alone: the modelled count, then the real one
            counts = {}
            for _ in range(6):
                self.check()
                target_plots = target_people / self.household_size / max(1.0 - reserved, 0.05)
                size = self.round_size(self.solve_size(target_plots, kappa, shape))
                if size in counts:
                    break
                grid = self.lay_out(*self.dimensions(size), shape)
                counts[size] = len(grid)
                model = self.usable * self.spec(*self.dimensions(size), shape).density()
                if len(grid) and model > 0:
                    kappa = len(grid) / model
                if abs(len(grid) - target_plots) <= max(1.0, 0.01 * target_plots):
                    break
            # the smallest size whose estimated people comply
            fitting = [s for s, n in counts.items()
                       if n == 0 or n * (1.0 - reserved) * self.household_size <= target_people]
            size = min(fitting) if fitting else max(counts)
            if size not in evaluations:
                evaluations[size] = self.evaluate(size, shape)
            evaluation = evaluations[size]
            self.progress(0.2 + 0.15 * outer)
            if not len(evaluation["grid"]):
                break
            reserved = 1.0 - evaluation["plan"]["housing"].sum() / len(evaluation["grid"])
            if self.complies(evaluation) and evaluation["per_person"] <= self.area_figure.value * 1.04:
                break
        compliant = [s for s, e in evaluations.items() if self.complies(e)]
        crowded = [s for s, e in evaluations.items() if e["people"] > 0 and not self.complies(e)]
        if compliant:
            evaluation = evaluations[min(compliant)]
        elif not crowded:
            evaluation = evaluations[min(evaluations)]  # nothing fits at any size tried
        else:
            size = max(crowded)
            for _ in range(40):  # grow the plots until the plan complies
                size = self.round_size(size + PLOT_ROUNDING_M)
                evaluation = self.evaluate(size, shape)
                if evaluation["people"] == 0 or self.complies(evaluation):
                    break
        self.progress(0.6)
        return self.finish(evaluation)

    def finish(self, evaluation):
        """The full-capacity plan or, for a smaller population, the plan of
        the communities it needs."""
        grid, entrance, corridor, full = (evaluation["grid"], evaluation["entrance"],
                                          evaluation["corridor"], evaluation["plan"])
        capacity_households = int(full["housing"].sum())
        capacity_people = float(capacity_households * self.household_size)
        requested = float(self.options.population or 0.0)
        plan = full
        selected = np.ones(len(grid), dtype=bool)
        if requested and len(grid) and requested < capacity_people - 1e-9:
            plan, selected = self.partial(grid, full, requested, entrance)
        self.progress(0.85)
        return self.assemble(grid, plan, selected, entrance, corridor, capacity_people,
                             capacity_households, requested)

    # -- population smaller than the capacity --

    def fill_order(self, grid, entrance):
        """Communities (comm_x, comm_y) nearest the entrance first, whole
        blocks at a time; the anchor is the centre of the land without an entrance."""
        if entrance is not None:
            anchor = np.array(entrance)
        else:
            point = self.buildable_local.representative_point()
            centre = self.buildable_local.centroid
            anchor = np.array([centre.x, centre.y]) if self.buildable_local.contains(centre) \
                else np.array([point.x, point.y])
        centres = grid.centres
        block_key = grid.block_x * 100000 + grid.block_y
        comm_key = grid.comm_x * 100000 + grid.comm_y
        distance = np.hypot(*(centres - anchor).T)
        blocks = {}
        for key in np.unique(block_key):
            blocks[key] = distance[block_key == key].min()
        communities = {}
        for key in np.unique(comm_key):
            members = comm_key == key
            communities[key] = (blocks[block_key[members][0]], distance[members].min())
        order = sorted(communities, key=lambda k: communities[k])
        rank = {key: r for r, key in enumerate(order)}
        priority = np.array([rank[k] for k in comm_key], dtype=float) * 1e7 + distance
        return order, comm_key, priority

    def partial(self, grid, full, requested, entrance):
        needed = int(math.ceil(requested / self.household_size - 1e-9))
        order, comm_key, priority = self.fill_order(grid, entrance)
        sizes = {key: int((comm_key == key).sum()) for key in order}
        share = max(full["housing"].sum() / max(len(grid), 1), 0.05)
        count, total = 0, 0
        while count < len(order) and total * share < needed:
            total += sizes[order[count]]
            count += 1
        for _ in range(len(order) + 1):
            self.check()
            selected = np.isin(comm_key, order[:count])
            plan = self.facilities(grid, needed, selected, priority)
            if plan["housing"].sum() >= needed or count >= len(order):
                return plan, selected
            missing = needed - plan["housing"].sum()
            while count < len(order) and missing > 0:
                missing -= sizes[order[count]] * share
                count += 1
        return plan, selected

    # -- facilities --

    def facilities(self, grid, needed_households, selected=None, priority=None, counts=None):
        """Reserve plots for services, latrines and water points among the
        ``selected`` plots and put the households on the rest."""
        profile, value = self.profile, self.profile.value
        n = len(grid)
        selected = np.ones(n, dtype=bool) if selected is None else selected
        xy = grid.centres
        hh = self.household_size
        use = np.full(n, "", dtype=object)
        use[selected] = HOUSEHOLD
        potential = np.where(selected, hh, 0.0)
        housing_count = int(selected.sum())
        people_target = housing_count * hh if needed_households is None else \
            min(needed_households, housing_count) * hh
        community = grid.comm_x * 100000 + grid.comm_y
        result = {"use": use, "facilities": [], "housing": np.zeros(n, dtype=bool),
                  "people": np.zeros(n), "unresolved": [],
                  "service_counts": counts or self.service_counts(0.0)}
        if housing_count == 0:
            return result
        # services: count = ceil(people / ratio); a lot of plots in proportion to the people served
        counts = counts or self.service_counts(people_target)
        kinds = [(kind, counts[kind]) for kind, _ in SERVICE_FIGURES]

        def lot_of(kind, served):
            ratio = value(dict(SERVICE_FIGURES)[kind])
            return int(min(max(math.ceil(self.households_per_community * served / ratio - 1e-9), 1),
                           self.households_per_community))
        lots = fac.place_services(xy, potential, use == HOUSEHOLD, community, kinds, lot_of,
                                  self.is_canceled)
        services = []
        for kind, centre, lot, group in lots:
            use[lot] = kind
            services.append((kind, centre, lot, group))
        self.check()
        # latrine blocks: every household within the toilet distance
        toilet = profile.figure("max_distance_to_toilet_m")
        housing = use == HOUSEHOLD
        latrines = fac.place_latrines(xy, potential, housing, fac.thin(xy, housing, toilet.value / 2.0),
                                      fac.reach_radius(toilet.value, toilet.comparison, REACH_MARGIN_M),
                                      toilet.comparison == "<", self.is_canceled)
        use[latrines] = LATRINE
        self.check()
        # water points, one tap each, never too near a latrine
        water = profile.figure("max_distance_to_water_m")
        keep_away = profile.figure("min_distance_toilet_to_water_m")
        housing = use == HOUSEHOLD
        candidates = housing.copy()
        if latrines:
            distance, _ = fac.cKDTree(xy[latrines]).query(xy)
            candidates &= keep_away.complies(distance - REACH_MARGIN_M)
        tap = value("people_per_tap")
        taps, unresolved = fac.place_capacitated(
            xy, potential, housing, candidates,
            fac.reach_radius(water.value, water.comparison, REACH_MARGIN_M), water.comparison == "<",
            tap, self.is_canceled)
        use[taps] = WATER
        housing = use == HOUSEHOLD
        # people: the needed households, in plot order (the fill order chose the communities)
        people = np.zeros(n)
        homes = np.flatnonzero(housing)
        if needed_households is not None:
            if priority is not None:
                homes = homes[np.argsort(priority[homes], kind="stable")]
            homes = homes[:needed_households]
        people[homes] = hh
        if needed_households is not None and len(homes) == needed_households and self.options.population:
            remainder = self.options.population - (needed_households - 1) * hh
            people[homes[-1]] = min(hh, max(remainder, 0.0))
        occupied = people > 0
        result.update(use=use, housing=housing, people=people, unresolved=list(unresolved),
                      services=services, latrines=list(latrines), taps=list(taps), occupied=occupied,
                      service_counts=counts)
        return result

    # -- entrance --

    def entrance(self, grid):
        """(entrance point, corridor polygon) in the local frame: the point of
        the site boundary nearest an existing road, joined by a road to the
        nearest road, firebreak, lane or path of the plan."""
        roads_local = self.frame.to_local(self.roads)
        boundary = self.site_local.exterior if self.site_local.geom_type == "Polygon" else \
            unary_union([p.exterior for p in self.site_local.geoms])
        gate, _ = nearest_points(boundary, roads_local)
        used = {(bx, by) for bx, by in zip(grid.block_x, grid.block_y)}
        strips = lg.circulation(grid, used, self.site_local.bounds)
        best = None
        for rank_kinds in ((lg.FIREBREAK, lg.ROAD), (lg.LANE,), (lg.PATH,)):
            pieces = [box(x0, y0, x1, y1) for x0, y0, x1, y1, kind in strips if kind in rank_kinds]
            network = polygonal(unary_union(pieces).intersection(self.inner_local)) if pieces else Polygon()
            if not network.is_empty:
                best = network
                break
        if best is None:
            return (gate.x, gate.y), None
        if best.buffer(1e-6).contains(gate):
            return (gate.x, gate.y), None
        target = nearest_points(gate, best)[1]
        corridor = LineString([gate, target]).buffer(self.road / 2.0, cap_style=2)
        corridor = polygonal(corridor.union(target.buffer(self.road / 2.0, cap_style=3))
                             .intersection(self.site_local))
        return (gate.x, gate.y), corridor

    # -- outputs --

    def assemble(self, grid, plan, selected, entrance, corridor, capacity_people, capacity_households,
                 requested):
        frame = self.frame
        hh = self.household_size
        use, people = plan["use"], plan["people"]
        xy_local = grid.centres
        # drop facilities nobody is nearest to (their plots become vacant)
        latrines, taps = list(plan.get("latrines", [])), list(plan.get("taps", []))
        occupied = people > 0
        homes = np.flatnonzero(occupied)
        for group in (latrines, taps):
            if group and len(homes):
                _, _, load = fac.nearest_assignment(xy_local[homes], people[homes], xy_local[group])
                for plot, served in zip(list(group), load):
                    if served <= 0:
                        group.remove(plot)
                        use[plot] = VACANT
            elif group:
                for plot in group:
                    use[plot] = VACANT
                group.clear()
        use[(use == HOUSEHOLD) & ~occupied] = VACANT
        keep = use != ""
        # ids: blocks in reading order of the local frame (top left first)
        block_pairs = sorted({(int(bx), int(by)) for bx, by, k in zip(grid.block_x, grid.block_y, keep) if k},
                             key=lambda b: (-b[1], b[0]))
        block_id = {b: i + 1 for i, b in enumerate(block_pairs)}
        spec = grid.spec
        sector_pairs = sorted({(bx // spec.sector_x, by // spec.sector_y) for bx, by in block_pairs},
                              key=lambda s: (-s[1], s[0]))
        sector_id = {s: i + 1 for i, s in enumerate(sector_pairs)}
        comm_pairs = sorted({(int(cx), int(cy)) for cx, cy, k in zip(grid.comm_x, grid.comm_y, keep) if k},
                            key=lambda c: (block_id[(grid.x.comm_block[c[0]], grid.y.comm_block[c[1]])], -c[1], c[0]))
        comm_id = {c: i + 1 for i, c in enumerate(comm_pairs)}
        order = sorted(np.flatnonzero(keep), key=lambda i: (comm_id[(grid.comm_x[i], grid.comm_y[i])],
                                                            -grid.y0[i], grid.x0[i]))
        plot_id = {int(i): k + 1 for k, i in enumerate(order)}
        polygons = frame.boxes_to_metric(grid.x0, grid.y0, grid.x1, grid.y1)
        plots = []
        for i in order:
            block = (int(grid.block_x[i]), int(grid.block_y[i]))
            plots.append({"geometry": polygons[i], "plot_id": plot_id[int(i)],
                          "community_id": comm_id[(int(grid.comm_x[i]), int(grid.comm_y[i]))],
                          "block_id": block_id[block],
                          "sector_id": sector_id[(block[0] // spec.sector_x, block[1] // spec.sector_y)],
                          "households": 1 if people[i] > 0 else 0, "people": float(people[i]),
                          "use": use[i]})
        # shelters centred in the household plots
        side = self.shelter_side
        homes = np.array([i for i in order if people[i] > 0], dtype=int)
        shelters = []
        if len(homes):
            cx, cy = xy_local[homes, 0], xy_local[homes, 1]
            shelter_polygons = frame.boxes_to_metric(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)
            for i, polygon in zip(homes, shelter_polygons):
                shelters.append({"geometry": polygon, "plot_id": plot_id[int(i)], "people": float(people[i]),
                                 "area_m2": side * side})
        # facilities with their loads
        facilities, checks_data = self.facility_records(grid, plan, use, people, latrines, taps, entrance)
        # blocks
        blocks = []
        order_array = np.asarray(order, dtype=int)
        block_of = {}
        for i in order_array:
            block_of.setdefault((int(grid.block_x[i]), int(grid.block_y[i])), []).append(i)
        for block in block_pairs:
            members = np.asarray(block_of[block], dtype=int)
            envelope = box(grid.x0[members].min(), grid.y0[members].min(), grid.x1[members].max(),
                           grid.y1[members].max())
            blocks.append({"geometry": frame.to_metric(envelope), "block_id": block_id[block],
                           "sector_id": sector_id[(block[0] // spec.sector_x, block[1] // spec.sector_y)],
                           "communities": len({(grid.comm_x[i], grid.comm_y[i]) for i in members}),
                           "plots": len(members),
                           "households": int(sum(1 for i in members if people[i] > 0)),
                           "people": float(people[members].sum())})
        # roads, paths, firebreaks
        strips = lg.circulation(grid, set(block_pairs), self.site_local.bounds) if block_pairs else []
        roads, firebreaks, network = [], [], []
        by_kind = {}
        for x0, y0, x1, y1, kind in strips:
            by_kind.setdefault(kind, []).append(box(x0, y0, x1, y1))
        taken = Polygon()
        if corridor is not None:
            taken = corridor
            for part in _parts(corridor):
                roads.append({"geometry": frame.to_metric(part), "road_class": ENTRANCE,
                              "width_m": self.road})
            network.append(corridor)
        for kind in (lg.FIREBREAK, lg.ROAD, lg.LANE, lg.PATH):
            if kind not in by_kind:
                continue
            self.check()
            clip = self.buildable_local
            shape = polygonal(unary_union(by_kind[kind]).intersection(clip))
            if not taken.is_empty:
                shape = polygonal(shape.difference(taken))
            taken = polygonal(unary_union([taken, shape])) if not shape.is_empty else taken
            network.append(shape)
            width = {lg.FIREBREAK: self.firebreak, lg.ROAD: self.road, lg.LANE: self.lane,
                     lg.PATH: self.options.path_width}[kind]
            for part in _parts(shape):
                if part.area <= SLIVER_M2:
                    continue
                record = {"geometry": frame.to_metric(part), "width_m": width}
                if kind == lg.FIREBREAK:
                    firebreaks.append(record)
                else:
                    record["road_class"] = ROAD_CLASSES[kind]
                    roads.append(record)
        # land left out: setback, exclusion, flood, slope, and buildable land left over
        excluded = []
        corridor_metric = frame.to_metric(corridor) if corridor is not None else None
        for reason, geometry in self.land.removed.items():
            if corridor_metric is not None:
                geometry = polygonal(geometry.difference(corridor_metric))
            for part in _parts(geometry):
                if part.area > SLIVER_M2:
                    excluded.append({"geometry": part, "reason": reason, "area_m2": part.area})
        self.check()
        used = [box(grid.x0[i], grid.y0[i], grid.x1[i], grid.y1[i]) for i in order
                if (grid.comm_x[i], grid.comm_y[i]) not in grid.complete]
        for cx, cy in comm_pairs:
            if (cx, cy) in grid.complete:
                xlo, xhi = grid.x.comm_extent[cx]
                ylo, yhi = grid.y.comm_extent[cy]
                used.append(box(xlo, ylo, xhi, yhi))
        leftover = polygonal(self.buildable_local.difference(unary_union(used + network)))
        for part in _parts(leftover):
            if part.area > SLIVER_M2:
                metric = frame.to_metric(part)
                excluded.append({"geometry": metric, "reason": LEFTOVER, "area_m2": metric.area})
        planned_people = float(people.sum())
        site_plan = SitePlan(
            label=self.label, orientation_deg=angle_to_azimuth(self.angle), plot_width=spec.plot_width,
            plot_depth=spec.plot_depth, household_size=hh, plots=plots, shelters=shelters, blocks=blocks,
            roads=roads, firebreaks=firebreaks, facilities=facilities, excluded=excluded,
            site_area_m2=self.land.site.area, usable_area_m2=self.usable, capacity_people=capacity_people,
            capacity_households=capacity_households, planned_people=planned_people,
            planned_households=int((people > 0).sum()), requested_people=requested,
            messages=list(self.messages))
        site_plan.stats = self.statistics(grid, plan, use, order, checks_data, site_plan)
        site_plan.checks = self.checks(grid, order, people, checks_data, site_plan)
        if requested and site_plan.unplaced_people > 0:
            site_plan.messages.append(Note("site_too_small", (
                self.label, round(requested), round(planned_people), round(site_plan.unplaced_people))))
        if plan.get("unresolved"):
            site_plan.messages.append(Note("water_unresolved", (self.label, len(plan["unresolved"]))))
        if not plots:
            site_plan.messages.append(Note("no_plot", (self.label, round(self.usable))))
        return site_plan

    def facility_records(self, grid, plan, use, people, latrines, taps, entrance):
        value, frame = self.profile.value, self.frame
        xy = grid.centres
        homes = np.flatnonzero(people > 0)
        facilities = []
        data = {"latrine_distance": np.zeros(0), "water_distance": np.zeros(0), "latrine_load": np.zeros(0),
                "water_load": np.zeros(0), "toilet_water": np.zeros(0), "cubicles": 0, "female": 0,
                "male": 0, "services": {}}
        per_toilet = value(TOILET_FIGURE[self.options.phase])
        ratio = value("female_to_male_toilet_ratio")
        if latrines and len(homes):
            _, distance, load = fac.nearest_assignment(xy[homes], people[homes], xy[latrines])
            data["latrine_distance"], data["latrine_load"] = distance, load
            # cubicles for every household that may count at this block (ties)
            sized = fac.tied_loads(xy[homes], people[homes], xy[latrines])
            metric = frame.points_to_metric(xy[latrines])
            for k, (plot, served) in enumerate(zip(latrines, load)):
                female, male = fac.split_cubicles(sized[k], per_toilet, ratio)
                data["cubicles"] += female + male
                data["female"] += female
                data["male"] += male
                facilities.append(Facility(LATRINE, tuple(metric[k]), (female + male) * per_toilet,
                                           float(served), female + male, female, male, plots=1,
                                           facility_id="L%d" % (k + 1)))
        if taps and len(homes):
            _, distance, load = fac.nearest_assignment(xy[homes], people[homes], xy[taps])
            data["water_distance"] = distance
            data["water_load"] = fac.tied_loads(xy[homes], people[homes], xy[taps])
            metric = frame.points_to_metric(xy[taps])
            for k, served in enumerate(load):
                facilities.append(Facility(WATER, tuple(metric[k]), value("people_per_tap"), float(served),
                                           water_type="tap", plots=1, facility_id="W%d" % (k + 1)))
            if latrines:
                data["toilet_water"] = fac.cKDTree(xy[taps]).query(xy[latrines])[0]
        prefixes = {"health_post": "H", "school": "S", "distribution_point": "D", "market": "M"}
        for kind, key in SERVICE_FIGURES:
            lots = [(centre, lot, group) for k, centre, lot, group in plan.get("services", []) if k == kind]
            data["services"][kind] = len(lots)
            if not lots:
                continue
            centres = np.array([xy[centre] for centre, _, _ in lots])
            metric = frame.points_to_metric(centres)
            for k, (centre, lot, group) in enumerate(lots):
                served = float(people[group].sum()) if group else 0.0  # its catchment
                facilities.append(Facility(kind, tuple(metric[k]), value(key), served, plots=len(lot),
                                           facility_id="%s%d" % (prefixes[kind], k + 1)))
        if entrance is not None:
            facilities.append(Facility(ENTRANCE, tuple(frame.points_to_metric(entrance)[0]),
                                       facility_id="E1"))
        return facilities, data

    def statistics(self, grid, plan, use, order, data, site_plan):
        spec = grid.spec
        counts = {}
        for i in order:
            counts[use[i]] = counts.get(use[i], 0) + 1
        plot_area = spec.plot_width * spec.plot_depth
        road_area = {}
        for record in site_plan.roads:
            road_area[record["road_class"]] = road_area.get(record["road_class"], 0.0) + record["geometry"].area
        return {
            "plots_by_use": counts, "plot_area_m2": plot_area,
            "household_plot_area_m2": counts.get(HOUSEHOLD, 0) * plot_area,
            "facility_plot_area_m2": sum(v for k, v in counts.items() if k not in (HOUSEHOLD, VACANT)) * plot_area,
            "vacant_plot_area_m2": counts.get(VACANT, 0) * plot_area,
            "road_area_m2": road_area,
            "firebreak_area_m2": sum(r["geometry"].area for r in site_plan.firebreaks),
            "excluded_area_m2": {reason: sum(e["area_m2"] for e in site_plan.excluded if e["reason"] == reason)
                                 for reason in {e["reason"] for e in site_plan.excluded}},
            "community_shape": (spec.community_pairs * 2, spec.community_columns),
            "block_shape": (spec.block_x, spec.block_y),
            "sector_shape": (spec.sector_x, spec.sector_y),
            "lane_width_m": self.lane, "road_width_m": self.road, "path_width_m": spec.path_width,
            "firebreak_width_m": self.firebreak, "setback_m": self.options.setback,
            "shelter_side_m": self.shelter_side, "cubicles": data["cubicles"],
            "female_cubicles": data["female"], "male_cubicles": data["male"],
            "water_points": len(data["water_load"]), "latrine_blocks": len(data["latrine_load"]),
            "services": data["services"], "phase": self.options.phase,
            "max_slope_pct": self.max_slope,
            "plot_size_given": bool(self.options.plot_width and self.options.plot_depth),
        }

    def checks(self, grid, order, people, data, site_plan):
        figure = self.profile.figure
        checks = []
        planned = site_plan.planned_people
        if planned <= 0:
            return checks

        def add(key, measured, passed=None, label=""):
            fig = figure(key)
            ok = fig.complies(measured) if passed is None else passed
            checks.append(Check(key, float(measured), fig, bool(ok), label or key))
        add("site_area_m2_per_person", site_plan.area_per_person_m2)
        add("covered_area_m2_per_person", self.shelter_side ** 2 / self.household_size)
        spec = grid.spec
        gap = min(spec.plot_width, spec.plot_depth) - self.shelter_side
        add("shelter_spacing_m", gap)
        add("firebreak_width_m", self.firebreak)
        add("firebreak_spacing_m", self.longest_stretch(grid, order))
        add("cluster_spacing_m", self.lane)
        add("block_spacing_m", min(self.road, self.firebreak))
        water = figure("max_distance_to_water_m")
        distance = data["water_distance"]
        add("max_distance_to_water_m", float(distance.max()) if len(distance) else math.inf,
            bool(len(distance)) and bool(np.all(water.complies(distance))))
        load = data["water_load"]
        add("people_per_tap", float(load.max()) if len(load) else math.inf)
        toilet = figure("max_distance_to_toilet_m")
        distance = data["latrine_distance"]
        add("max_distance_to_toilet_m", float(distance.max()) if len(distance) else math.inf,
            bool(len(distance)) and bool(np.all(toilet.complies(distance))))
        cubicles = data["cubicles"]
        add(TOILET_FIGURE[self.options.phase], planned / cubicles if cubicles else math.inf)
        spacing = data["toilet_water"]
        add("min_distance_toilet_to_water_m", float(spacing.min()) if len(spacing) else math.inf)
        male = data["male"]
        add("female_to_male_toilet_ratio", data["female"] / male if male else 0.0)
        for kind, key in SERVICE_FIGURES:
            count = data["services"].get(kind, 0)
            add(key, planned / count if count else math.inf)
        if self.land.slope is not None:
            homes = [site_plan.plots[k]["geometry"] for k in range(len(site_plan.plots))]
            measured = max_slope_under(self.land.slope, homes, self.crs)
            fig = figure("max_slope_pct")
            passed = math.isnan(measured) or COMPARISONS[fig.comparison](measured, self.max_slope)
            checks.append(Check("max_slope_pct", measured, fig, bool(passed), "max_slope_pct"))
        return checks

    def longest_stretch(self, grid, order):
        """Longest extent of plots between firebreaks, along either axis."""
        longest = 0.0
        if not order:
            return longest
        order = np.asarray(order)
        for cells, lo, hi in ((grid.cell_x, grid.x0, grid.x1), (grid.cell_y, grid.y0, grid.y1)):
            for cell in np.unique(cells[order]):
                members = order[cells[order] == cell]
                longest = max(longest, float(hi[members].max() - lo[members].min()))
        return longest


def plan_site(site, profile, options, crs, exclusions=None, hazard=None, dem=None, roads=None,
              is_canceled=None, progress=None, label="site"):
    """Plan one site. ``site``, ``exclusions`` (polygons) and ``roads`` (lines)
    are shapely geometries in the metric CRS ``crs``; ``hazard`` and ``dem``
    are layout_land.RasterInput or None. Raises InputError for bad input
    (NoBuildableLand when nothing can be built), InterruptedError on cancel."""
    planner = _Planner(site, profile, options, crs, exclusions, hazard, dem, roads, is_canceled,
                       progress, label)
    return planner.run()
