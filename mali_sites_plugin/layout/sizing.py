"""The plot size, community shape and capacity of a plan.

Unless the plot size is given, square plots are sized so that the plan's
usable area per person comes out at site_area_m2_per_person: a model of the
plot count (the density of an endless grid, corrected by what the land
really holds) gives a size, the grid is laid out and counted, the share of
plots the facilities take is measured, and again; sizes are rounded up to
PLOT_ROUNDING_M and grown until the plan complies.
"""
import math
from dataclasses import dataclass

from . import grid as lg
from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from .access import first_gate
from .programme import reserved_share, zones_of
from .circulation import front_offset, fronting
from .land import polygon_parts
import numpy as np
from .limits import MAX_GRID_PLOTS
from .services import SERVICE_FIGURES, allocate, service_counts

PLOT_ROUNDING_M = 0.1  # plot sizes are rounded up to this (a setting of the method)


def grid_spec(design, width, depth, shape):
    """The GridSpec of plots ``width`` x ``depth`` in communities of
    ``shape`` (row pairs, columns)."""
    pairs, columns = shape
    path = design.options.path_width
    community_x = columns * width
    community_y = pairs * 2 * depth + (pairs - 1) * path
    block_x, block_y = lg.block_shape(design.communities_per_block, community_x, community_y, design.lane,
                                      design.firebreak_spacing)
    sector_x, sector_y = lg.sector_shape(design.blocks_per_sector)
    return lg.GridSpec(width, depth, path, design.lane, design.road, design.firebreak,
                       design.firebreak_spacing, pairs, columns, block_x, block_y, sector_x, sector_y)


def lay_out(design, site, size, shape, land=None, monitor=NO_MONITOR):
    """The Grid of plots of free size ``size`` on the land inside the primary
    loop (or ``land``), keeping only the plots that front circulation."""
    spec = grid_spec(design, *design.dimensions(size), shape)
    land = land if land is not None else site.grid_land
    check_grid_size(site.label, land.bounds, spec.plot_width, spec.plot_depth)
    grid = lg.lay_out(spec, land, monitor=monitor)
    if not len(grid):
        return grid
    used = {(int(bx), int(by)) for bx, by in np.unique(np.column_stack([grid.block_x, grid.block_y]), axis=0)}
    strips = lg.circulation(grid, used, site.site.bounds)
    keep = fronting(grid, land, strips, front_offset(design))
    grid = grid if keep.all() else lg.subset(grid, keep)
    if site.flood is not None and len(grid):
        grid.latrine_ok = design.profile.figure("min_distance_latrine_to_flood_m").complies(
            distance_to(site.flood, grid.centres))
    return grid


def distance_to(polygon, points, step=1.0):
    """Distance (m, never more than the truth) from each point outside
    ``polygon`` to it: to points ``step`` m apart along its boundary, less
    half the step."""
    from scipy.spatial import cKDTree
    samples = []
    for part in polygon_parts(polygon):
        for ring in [part.exterior] + list(part.interiors):
            count = max(int(math.ceil(ring.length / step)), 1)
            samples += [ring.interpolate(k * ring.length / count).coords[0] for k in range(count)]
    if not samples:
        return np.full(len(points), np.inf)
    return np.maximum(cKDTree(np.array(samples)).query(points)[0] - step / 2.0, 0.0)


def check_grid_size(label, bounds, width, depth):
    """InputError when the grid of plots ``width`` x ``depth`` across the
    extent ``bounds`` (local frame) would test more than MAX_GRID_PLOTS plot
    cells: the work of a plan grows with them, whatever land it keeps."""
    xmin, ymin, xmax, ymax = bounds
    cells = math.ceil((xmax - xmin) / width) * math.ceil((ymax - ymin) / depth)
    if cells > MAX_GRID_PLOTS:
        raise InputError(
            "Site %s: its plan would test %s plot cells of %.1f x %.1f m across its extent of %.1f x "
            "%.1f km, more than the %s one plan takes on (the work grows with them): check that its "
            "parts are not far apart (a stray polygon) and that the plots are not far smaller than "
            "the standard's (PLOT_WIDTH / PLOT_DEPTH), or split the site, then run again",
            label, "{:,}".format(cells), width, depth, (xmax - xmin) / 1000.0, (ymax - ymin) / 1000.0,
            "{:,}".format(MAX_GRID_PLOTS))


def community_shapes(design, size):
    """The three best (row pairs, columns) of a community for plots of ``size``."""
    width, depth = design.dimensions(size)
    return lg.community_shapes(design.households_per_community, width, depth, design.options.path_width,
                               design.firebreak_spacing)[:3]


def round_size(design, size):
    return max(math.ceil(size / PLOT_ROUNDING_M - 1e-6) * PLOT_ROUNDING_M, design.smallest_plot)


def solve_size(design, usable_area, target_plots, kappa, shape):
    """Free plot size whose modelled plot count (kappa x the endless grid's)
    equals ``target_plots`` (bisection)."""
    low = design.smallest_plot
    high = max(low * 2.0, math.sqrt(design.area_figure.value * design.household_size) * 6.0)

    def plots(size):
        return kappa * usable_area * grid_spec(design, *design.dimensions(size), shape).density()
    if plots(low) <= target_plots:
        return low
    for _ in range(60):
        middle = (low + high) / 2.0
        if plots(middle) > target_plots:
            low = middle
        else:
            high = middle
    return high


def reserved_estimate(design):
    """First guess of the share of plots facilities will take (services,
    water points, latrine blocks, the rest of the programme), from the
    profile's ratios; the plan then measures the real share."""
    value, household = design.value, design.household_size
    services = sum(design.households_per_community * household / value(key) for _, key in SERVICE_FIGURES)
    water = household / value("people_per_tap")
    reach = value("max_distance_to_toilet_m")
    latrines = design.area_figure.value * household / (2.0 * reach * reach)
    return min(services + 1.25 * water + 1.5 * latrines + reserved_share(design), 0.5)


@dataclass
class Evaluation:
    """A grid of plots of one size with its entrance, and its full-capacity
    facilities."""
    size: float
    grid: object  # grid.Grid
    access: object  # access.Access
    allocation: object  # services.Allocation
    people: float
    per_person: float  # usable area per person

    def complies(self, figure):
        return self.people > 0 and figure.complies(self.per_person)

    @property
    def reserved_share(self):
        return 1.0 - self.allocation.households / len(self.grid)


class Evaluator:
    """Evaluates plans of one community shape. It remembers the share of
    plots the facilities took last time: the first guess of the next plan."""

    def __init__(self, design, site, shape, monitor):
        self.design, self.site, self.shape, self.monitor = design, site, shape, monitor
        self.measured_reserved = None
        self.zones = zones_of(site, [first_gate(site).gate])
        self._counted = {}  # size -> its Grid, counted since the last evaluation

    def count(self, size):
        """Plots of ``size`` in this shape laid out; the grid is kept for an
        evaluation of that size (laid out once)."""
        grid = lay_out(self.design, self.site, size, self.shape, monitor=self.monitor)
        self._counted[size] = grid
        return len(grid)

    def evaluate(self, size):
        grid = self._counted.pop(size) if size in self._counted else \
            lay_out(self.design, self.site, size, self.shape, monitor=self.monitor)
        self._counted.clear()
        access = first_gate(self.site, self.design.options.entrance_shift)
        self.monitor.check()
        allocation = self.full_allocation(grid)
        people = float(allocation.people.sum())
        return Evaluation(size, grid, access, allocation, people,
                          self.site.usable_area / people if people else math.inf)

    def full_allocation(self, grid):
        """Facilities for every plot; service counts follow the people the
        plan ends up holding (a second pass when the first reserved too many)."""
        design = self.design
        share = self.measured_reserved if self.measured_reserved is not None else reserved_estimate(design)
        counts = service_counts(design, len(grid) * (1.0 - share) * design.household_size)
        allocation = allocate(design, grid, counts=counts, monitor=self.monitor, zones=self.zones)
        if len(grid):
            self.measured_reserved = 1.0 - allocation.households / len(grid)
        for _ in range(2):
            wanted = service_counts(design, allocation.people.sum())
            if wanted == allocation.service_counts:
                break
            second = allocate(design, grid, counts=wanted, monitor=self.monitor, zones=self.zones)
            needed = service_counts(design, second.people.sum())
            if needed != second.service_counts and any(needed[k] > second.service_counts[k] for k in wanted):
                break
            allocation = second
        return allocation


def best_shape(design, site, size, monitor):
    """The community shape that holds most plots of ``size`` here."""
    shape, best = None, None
    for candidate in community_shapes(design, size):
        count = len(lay_out(design, site, size, candidate, monitor=monitor))
        if best is None or count > best:
            best, shape = count, candidate
    return shape


def choose_plan(design, site, monitor):
    """The Evaluation of the plan at full capacity: at the given plot size,
    or at the smallest free size whose plan complies with the area per person."""
    figure = design.area_figure
    size = design.options.plot_width if design.plot_size_given else \
        round_size(design, math.sqrt(figure.value * design.household_size) * 0.75)
    evaluator = Evaluator(design, site, best_shape(design, site, size, monitor), monitor)
    monitor.progress(0.1)
    if design.plot_size_given:
        return evaluator.evaluate(size)
    evaluations = _search(evaluator)
    compliant = [s for s, e in evaluations.items() if e.complies(figure)]
    crowded = [s for s, e in evaluations.items() if e.people > 0 and not e.complies(figure)]
    if compliant:
        evaluation = evaluations[min(compliant)]
    elif not crowded:
        evaluation = evaluations[min(evaluations)]  # nothing fits at any size tried
    else:
        evaluation = _grow(evaluator, max(crowded))
    monitor.progress(0.6)
    return evaluation


def _search(evaluator):
    """{size: Evaluation} of the sizes tried: each round sizes the plots from
    the lay-out alone for the share of plots facilities took last round."""
    design, usable = evaluator.design, evaluator.site.usable_area
    target_people = usable / design.area_figure.value
    reserved, kappa = reserved_estimate(design), 1.0
    evaluations = {}
    for outer in range(3):
        counts, kappa = _plot_counts(evaluator, target_people, reserved, kappa)
        # the smallest size whose estimated people comply
        fitting = [s for s, n in counts.items()
                   if n == 0 or n * (1.0 - reserved) * design.household_size <= target_people]
        size = min(fitting) if fitting else max(counts)
        if size not in evaluations:
            evaluations[size] = evaluator.evaluate(size)
        evaluation = evaluations[size]
        evaluator.monitor.progress(0.2 + 0.15 * outer)
        if not len(evaluation.grid):
            break
        reserved = evaluation.reserved_share
        if evaluation.complies(design.area_figure) and \
                evaluation.per_person <= design.area_figure.value * 1.04:
            break
    return evaluations


def _plot_counts(evaluator, target_people, reserved, kappa):
    """({size: plots laid out}, kappa): sizes from the modelled count, the
    model corrected by the real count each time."""
    design, site, shape, monitor = evaluator.design, evaluator.site, evaluator.shape, evaluator.monitor
    counts = {}
    for _ in range(6):
        monitor.check()
        target_plots = target_people / design.household_size / max(1.0 - reserved, 0.05)
        size = round_size(design, solve_size(design, site.usable_area, target_plots, kappa, shape))
        if size in counts:
            break
        plots = evaluator.count(size)
        counts[size] = plots
        model = site.usable_area * grid_spec(design, *design.dimensions(size), shape).density()
        if plots and model > 0:
            kappa = plots / model
        if abs(plots - target_plots) <= max(1.0, 0.01 * target_plots):
            break
    return counts, kappa


def _grow(evaluator, size):
    """Grow the plots from ``size`` until the plan complies (or holds nobody)."""
    for _ in range(40):
        size = round_size(evaluator.design, size + PLOT_ROUNDING_M)
        evaluation = evaluator.evaluate(size)
        if evaluation.people == 0 or evaluation.complies(evaluator.design.area_figure):
            break
    return evaluation
