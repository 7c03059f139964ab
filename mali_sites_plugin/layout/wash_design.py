"""Latrine blocks and water points placed against WALKING distances along
the plan's own circulation.

By construction (frontage_latrines, at allocation): every plot fronts one
circulation line of the grid (the path, lane or road along its row: a
bottom row the strip below its row pair, a top row the strip above). Two
plots fronting the same line, in the same block, walk to each other
    |x_a - x_b| + snap_a + snap_b
(along the line, plus each one's way from its centre to the line). On each
line a one-dimensional greedy cover (leftmost household not yet reached,
the block plot farthest right that still reaches it) gives the latrine
blocks, so every household of a community reaches one along its own path.

Then verified (complete_walking, on the finished plan's network, attached
as measure.walking_measures and malisites:washcoverage attach points): a
block or tapstand is added only where a household is still beyond the
distance; the household displaced moves to a vacant plot of the plan when
there is one, so a plan for a given population keeps its people.
"""

import numpy as np
from scipy.spatial import cKDTree

from .circulation import SNAP_ANY
from .plan import HOUSEHOLD, LATRINE, VACANT, WATER

# hand-washing and lighting points at each latrine compartment (Sphere 2018 WASH 3.2 asks for
# hand-washing at toilets and lit toilets, with no count: one of each per compartment, a design choice)
POINTS_PER_COMPARTMENT = 1
MAX_ROUNDS = 12  # verification rounds at most, a guard (method setting)
# m: a plot as near two lines as this is attached to both. Below the audit's common.network.SNAP_TIE_M,
# so where the plan sees one attachment the audit may see two, never the reverse, and the audit's walk
# is never longer than the plan's
PLAN_TIE_M = 1e-3
EDGE_OFFSET_M = 1.0  # a row at the edge of the grid fronts the loop, about this far out


def frontage(grid):
    """(line key, snap) per plot: an integer per (fronted line, block column)
    and the distance from the plot's centre to that line."""
    n = len(grid)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    below = {round(hi, 6): (lo + hi) / 2.0 for lo, hi, _, _ in grid.y.separators}
    above = {round(lo, 6): (lo + hi) / 2.0 for lo, hi, _, _ in grid.y.separators}
    bottoms = {round(v, 6) for v in grid.y.unit_lo}
    line = np.empty(n)
    for i in range(n):
        y0, y1 = round(float(grid.y0[i]), 6), round(float(grid.y1[i]), 6)
        if y0 in bottoms:
            line[i] = below.get(y0, grid.y0[i] - EDGE_OFFSET_M)
        else:
            line[i] = above.get(y1, grid.y1[i] + EDGE_OFFSET_M)
    snap = np.abs(grid.centres[:, 1] - line)
    _, key = np.unique(np.column_stack([np.round(line, 3), grid.block_x]), axis=0, return_inverse=True)
    return key.reshape(-1).astype(np.int64), snap


def frontage_latrines(xy, key, snap, demand, candidates, reach):
    """Plots for latrine blocks so that every ``demand`` plot reaches one
    along the line it fronts within ``reach`` (walking, as the module says);
    a demand plot no candidate of its line reaches is left to verification."""
    chosen = []
    x = xy[:, 0]
    for line in np.unique(key[demand]):
        on_line = key == line
        homes = np.flatnonzero(on_line & demand)
        homes = homes[np.argsort(x[homes], kind="stable")]
        spots = np.flatnonzero(on_line & candidates)
        covered = np.zeros(len(homes), dtype=bool)
        for k, first in enumerate(homes):
            if covered[k]:
                continue
            reaching = spots[np.abs(x[spots] - x[first]) + snap[spots] + snap[first] <= reach]
            if not len(reaching):
                continue
            pick = int(reaching[np.argmax(x[reaching])])
            chosen.append(pick)
            covered |= np.abs(x[homes] - x[pick]) + snap[homes] + snap[pick] <= reach
    return chosen


# a household whose centre is about as near two lines (a corner plot fronting a path and a lane)
# may walk out by either: facilities are sized for it at the nearest by both (a design choice:
# a shelter is built a metre or so off its planned centre)
FRONTAGE_TIE_M = 1.0
FRONTAGE_NUDGES = ((FRONTAGE_TIE_M, 0.5 * FRONTAGE_TIE_M), (-FRONTAGE_TIE_M, -0.5 * FRONTAGE_TIE_M))


class PlotWalks:
    """Walking distances between the plots of a grid along the plan's paths
    (common.network.PathNetwork), every plot attached as the audit attaches
    points, a plot as near two lines to within PLAN_TIE_M attached to both
    (walking out by the shorter). Loads count each household at the nearest
    facility by every attachment within FRONTAGE_TIE_M."""

    def __init__(self, paths, xy):
        self.paths = paths
        self.snap = paths.snap(xy, SNAP_ANY, PLAN_TIE_M)
        self.frontage_snaps = [self.snap] + [paths.snap(xy + nudge, SNAP_ANY, PLAN_TIE_M)
                                             for nudge in FRONTAGE_NUDGES]

    def nearest(self, facilities, points, limit=np.inf, snap=None):
        """(distance, index into ``facilities``) of each of the ``points``
        (plots) to the nearest facility (plots), attached by ``snap`` (the
        plots' own attachment by default)."""
        if not len(facilities):
            return np.full(len(points), np.inf), np.full(len(points), -1)
        snap = self.snap if snap is None else snap
        facilities, points = np.asarray(facilities, dtype=int), np.asarray(points, dtype=int)
        return self.paths.nearest_facility(snap.rows(facilities), snap.rows(points), limit)

    def loads(self, facilities, homes, people):
        """People at each facility when each household walks to its nearest
        one, a household tied between two counted at both (the search run
        with the facilities in both orders, and for each frontage it may
        walk out by)."""
        facilities = np.asarray(facilities, dtype=int)
        count = len(facilities)
        loads = np.zeros(count)
        for snap in self.frontage_snaps:
            for order in (np.arange(count), np.arange(count)[::-1]):
                nearest = self.nearest(facilities[order], homes, snap=snap)[1]
                reached = nearest >= 0
                loads = np.maximum(loads, np.bincount(order[nearest[reached]], weights=people[reached],
                                                      minlength=count))
        return loads


def complete_walking(design, grid, occupancy, circulation, margin):
    """Add latrine blocks and tapstands (on household plots, moving their
    households to vacant plots where the plan has some) until every
    household is within the walking distances along ``circulation`` and no
    tapstand serves more than its taps may; a household no latrine block can
    reach (every plot within the distance kept from flood-prone land or
    from a tapstand) moves to a vacant plot, or is not housed. Changes
    ``occupancy`` in place; returns the households still beyond a distance."""
    if circulation is None or circulation.network is None:
        return 0
    profile = design.profile
    figures = (profile.figure("max_distance_to_toilet_m"), profile.figure("max_distance_to_water_m"),
               profile.figure("min_distance_toilet_to_water_m"))
    stand = design.value("people_per_tap") * design.options.taps_per_tapstand
    xy = grid.centres
    walks = PlotWalks(circulation.network.paths, xy)
    allowed = np.ones(len(grid), dtype=bool) if grid.latrine_ok is None else grid.latrine_ok
    beyond = previous = np.inf
    for _ in range(MAX_ROUNDS):
        homes = np.flatnonzero(occupancy.people > 0)
        if not len(homes):
            return 0
        added, beyond = _latrine_round(walks, xy, occupancy, homes, figures, allowed, margin)
        more, still = _water_round(walks, xy, occupancy, homes, figures, stand, margin)
        beyond += still
        # moves alone go on only while they bring households within reach
        if not (added or more) and beyond >= previous:
            break
        previous = beyond
    # the households still beyond a latrine block go where one reaches them, or are not housed
    homes = np.flatnonzero(occupancy.people > 0)
    _latrine_round(walks, xy, occupancy, homes, figures, np.zeros(len(grid), dtype=bool), margin, True)
    _drop_unused(walks, xy, occupancy)
    return beyond


def _latrine_round(walks, xy, occupancy, homes, figures, allowed, margin, strict=False):
    """Latrine blocks for the households beyond the toilet distance, kept
    away from the tapstands; the households none can reach move (to a
    vacant plot a block reaches where there is one; with ``strict`` only
    there, else they are not housed). (blocks added, households beyond)."""
    toilet, _, keep_away = figures
    out = homes[~toilet.complies(walks.nearest(occupancy.latrines, homes)[0] + margin)]
    picks, unreached = _new_sites(walks, xy, occupancy, out, allowed, occupancy.taps, toilet.value - margin,
                                  keep_away)
    for plot in picks:
        _convert(xy, occupancy, plot, LATRINE, occupancy.latrines)
    if len(unreached):
        vacant = np.flatnonzero(occupancy.use == VACANT)
        welcome = np.zeros(len(xy), dtype=bool)
        if len(vacant):
            walk = walks.nearest(occupancy.latrines, vacant)[0]
            welcome[vacant[toilet.complies(walk + margin)]] = True
        for home in unreached:
            _move(xy, occupancy, home, welcome, strict)
    return bool(picks), len(out)


def _water_round(walks, xy, occupancy, homes, figures, stand, margin):
    """Tapstands for the households beyond the water distance, and one in
    the catchment of each stand serving more than ``stand`` people (on the
    plot of its farthest household that may take one, which splits the
    catchment). (added, households beyond)."""
    _, water, keep_away = figures
    distance, nearest = walks.nearest(occupancy.taps, homes)
    beyond = ~water.complies(distance + margin)
    anywhere = np.ones(len(xy), dtype=bool)
    picks, _ = _new_sites(walks, xy, occupancy, homes[beyond], anywhere, occupancy.latrines,
                          water.value - margin, keep_away)
    load = walks.loads(occupancy.taps, homes, occupancy.people[homes]) if occupancy.taps else np.zeros(0)
    spots = _spots(xy, occupancy, anywhere, occupancy.latrines, keep_away)
    spots[picks] = False
    for index in np.flatnonzero(load > stand + 1e-9):
        members = np.flatnonzero((nearest == index) & spots[homes])
        if len(members):
            pick = int(homes[members[np.argmax(distance[members])]])
            picks.append(pick)
            spots[pick] = False
    for plot in picks:
        _convert(xy, occupancy, plot, WATER, occupancy.taps)
    return bool(picks), int(beyond.sum())


def _drop_unused(walks, xy, occupancy):
    """Blocks and stands nobody walks to first (a later one nearer to all
    their households) become vacant plots."""
    homes = np.flatnonzero(occupancy.people > 0)
    for plots in (occupancy.latrines, occupancy.taps):
        if not len(plots) or not len(homes):
            continue
        load = walks.loads(plots, homes, occupancy.people[homes])
        straight = np.bincount(cKDTree(xy[plots]).query(xy[homes])[1], minlength=len(plots))
        for plot in [p for p, walked, near in zip(plots, load, straight) if walked <= 0 and near == 0]:
            occupancy.use[plot] = VACANT
            plots.remove(plot)


def _new_sites(walks, xy, occupancy, out, allowed, others, reach, keep_away):
    """Household plots for new facilities reaching the ``out`` households:
    for each in turn not yet reached, the plot nearest it of those within
    ``reach`` walking (PlotWalks), kept ``keep_away`` from the
    ``others``; the out households that plot reaches count as reached.
    (plots, the out households none reaches)."""
    if not len(out):
        return [], out
    spots = _spots(xy, occupancy, allowed, others, keep_away)
    picks, reached = [], np.zeros(len(out), dtype=bool)
    plots, homes = cKDTree(xy), cKDTree(xy[out])
    for k, home in enumerate(out):
        if reached[k]:
            continue
        # a walk is never shorter than the straight line between the plot centres
        free = _within(plots, xy, xy[home], reach)
        free = free[spots[free]]
        if not len(free):
            continue
        walk = walks.nearest([home], free, limit=reach)[0]
        within = np.flatnonzero(walk <= reach)
        if not len(within):
            continue
        pick = int(free[within[np.argmin(walk[within])]])
        picks.append(pick)
        spots[pick] = False
        near = _within(homes, xy[out], xy[pick], reach)
        near = near[~reached[near]]
        reached[near] |= walks.nearest([pick], out[near], limit=reach)[0] <= reach
    return picks, out[~reached]


def _within(tree, xy, point, reach):
    """Indices (ascending) of the points ``xy`` (in ``tree``) within ``reach``
    of ``point`` in a straight line, np.hypot's: the tree's candidates a
    micrometre wider, measured again."""
    near = np.sort(np.asarray(tree.query_ball_point(point, reach + 1e-6), dtype=np.int64))
    return near[np.hypot(*(xy[near] - point).T) <= reach]


def _spots(xy, occupancy, allowed, others, keep_away):
    """Household plots that may take a facility: ``allowed`` and kept
    ``keep_away`` from the ``others`` (plots)."""
    spots = (occupancy.use == HOUSEHOLD) & (occupancy.people > 0) & allowed
    if len(others):
        spots &= keep_away.complies(cKDTree(xy[others]).query(xy)[0] - 1e-2)
    return spots


def _convert(xy, occupancy, plot, kind, plots):
    """Plot ``plot`` becomes a facility of ``kind``; its household moves."""
    _move(xy, occupancy, plot)
    occupancy.use[plot] = kind
    plots.append(int(plot))


def _move(xy, occupancy, plot, welcome=None, strict=False):
    """The household of ``plot`` moves to the nearest vacant plot (of the
    ``welcome`` ones when there are, or with ``strict`` only of those,
    verified in the next round), if any (else it is not housed); ``plot``
    becomes vacant."""
    people = occupancy.people[plot]
    occupancy.people[plot] = 0.0
    vacant = np.flatnonzero(occupancy.use == VACANT)
    if welcome is not None and (strict or welcome[vacant].any()):
        vacant = vacant[welcome[vacant]]
    occupancy.use[plot] = VACANT
    if len(vacant) and people > 0:
        home = int(vacant[np.argmin(np.hypot(*(xy[vacant] - xy[plot]).T))])
        occupancy.use[home] = HOUSEHOLD
        occupancy.people[home] = people


def walking_loads(paths, facility_xy, homes_xy, people):
    """PlotWalks.loads for facilities and households given by position."""
    count = len(facility_xy)
    walks = PlotWalks(paths, np.vstack([np.asarray(facility_xy).reshape(-1, 2), np.asarray(homes_xy)]))
    return walks.loads(np.arange(count), np.arange(count, count + len(homes_xy)), people)
