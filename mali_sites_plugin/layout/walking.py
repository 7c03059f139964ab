"""WASH facilities checked and completed against WALKING distances along the
plan's own circulation, as malisites:washcoverage measures them with the
plan's OUTPUT_PATHS as its network: a household and a facility are attached
to the nearest point of the nearest centreline, and walk along the lines.

The straight-line placement (services.py) comes first; then, on the
finished network:

- latrine blocks: households beyond the toilet distance along the paths get
  more blocks, by greedy covering with walking reach (candidate plots:
  households' and vacant plots far enough from water points and flood land);
- water points: households beyond the water distance, and taps whose
  walking catchment is over the people per tap, get more taps the same way;
- every load is counted at every facility within TIE_M of a household's
  nearest (an audit in another CRS may break ties the other way).
"""
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, vstack
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from ..common.progress import NO_MONITOR
from ..placement.capacitated import tied_loads
from .plan import HOUSEHOLD, VACANT

SNAP_ANY = 1e9
TIE_M = 0.5  # households this close to a tie count at both facilities (method setting)
MARGIN_M = 0.5  # walking reach kept below the figure, for reprojection (method setting)
CHUNK = 64  # sources per Dijkstra call (memory: CHUNK x nodes of their part of the network)
BLOCK = 512  # sources whose distances to every target are held at once (memory: BLOCK x targets)
GROUP_M = 150.0  # sources are searched in groups of squares this size (method setting)
MAX_ROUNDS = 400
STRAIGHT_CELLS = 20_000_000  # facility x household straight distances held at most (memory)  # facilities added at most per kind, a guard (method setting)


@dataclass
class Snapped:
    segment: np.ndarray
    offset: np.ndarray
    distance: np.ndarray
    tied: object = None  # Snapped of the points whose second-nearest segment is within TIE_M, or None
    tied_index: np.ndarray = None  # which points those are
    xy: np.ndarray = None

    def subset(self, index):
        return Snapped(self.segment[index], self.offset[index], self.distance[index],
                       xy=None if self.xy is None else self.xy[index])


class Walker:
    """Walking distances between points on one PathNetwork (local frame).
    A point about as near two lines may be attached to either by an audit
    measuring in another CRS: its distance is the longer of the two."""

    def __init__(self, paths):
        self.paths = paths
        self.graph = paths._graph()

    def snap(self, xy):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        paths = self.paths
        snap = paths.snap(xy, SNAP_ANY)
        result = Snapped(snap.segment, snap.offset, snap.distance, xy=xy)
        if not len(xy):
            return result
        k = min(8, len(paths._piece_segment))
        _, neighbour = paths._piece_tree.query(xy, k=k)
        neighbour = neighbour.reshape(len(xy), k)
        candidate = paths._piece_segment[neighbour]
        distance, offset = paths._project(xy[:, None, :], candidate)
        other = np.where(candidate == snap.segment[:, None], np.inf, distance)
        # a segment sharing the best point (a node) is the same attachment, not a tie
        same_point = np.abs(other - snap.distance[:, None]) < 1e-9
        start = paths.start_xy[candidate] + (paths.end_xy[candidate] - paths.start_xy[candidate]) * (
            offset / np.maximum(paths.length[candidate], 1e-12))[..., None]
        best_point = paths.start_xy[snap.segment] + (paths.end_xy[snap.segment] - paths.start_xy[snap.segment]) * (
            snap.offset / np.maximum(paths.length[snap.segment], 1e-12))[:, None]
        same_point &= np.hypot(*(start - best_point[:, None, :]).transpose(2, 0, 1)) < 1e-6
        other = np.where(same_point, np.inf, other)
        second = np.argmin(other, axis=1)
        rows = np.arange(len(xy))
        tied = np.flatnonzero(other[rows, second] <= snap.distance + TIE_M)
        if len(tied):
            result.tied_index = tied
            result.tied = Snapped(candidate[tied, second[tied]], offset[tied, second[tied]],
                                  distance[tied, second[tied]])
        return result

    def matrix(self, sources, targets, limit, within=None):
        """Distances (len(sources), len(targets)), inf beyond ``limit``
        (float32); with ``within``, whether each is within it (sparse bool,
        computed BLOCK sources at a time); a tied point counts at its longer
        attachment, a point to itself at twice its snap."""
        if within is None:
            return self._conservative(sources, targets, limit, np.arange(len(sources.segment)))
        blocks = [csr_matrix(self._conservative(sources, targets, limit, rows) <= within)
                  for rows in np.array_split(np.arange(len(sources.segment)),
                                             max(1, int(np.ceil(len(sources.segment) / BLOCK))))]
        return vstack(blocks).tocsr() if blocks else csr_matrix((0, len(targets.segment)), dtype=bool)

    def _conservative(self, sources, targets, limit, rows):
        part = _subset(sources, rows)
        result = self._matrix(part, targets, limit)
        if part.tied is not None:
            result[part.tied_index] = np.maximum(result[part.tied_index], self._matrix(part.tied, targets, limit))
        if targets.tied is not None:
            result[:, targets.tied_index] = np.maximum(result[:, targets.tied_index],
                                                       self._matrix(part, targets.tied, limit))
        if part.xy is not None and targets.xy is not None and len(part.xy) and len(targets.xy):
            low, high = part.xy.min(axis=0) - 1e-6, part.xy.max(axis=0) + 1e-6
            nearby = np.flatnonzero(np.all((targets.xy >= low) & (targets.xy <= high), axis=1))
            if len(nearby):
                gap, match = cKDTree(part.xy).query(targets.xy[nearby], distance_upper_bound=1e-6)
                same = np.isfinite(gap)
                result[match[same], nearby[same]] = 2.0 * part.distance[match[same]]
        return result

    def attachments(self, snap):
        """(n, 2) points where ``snap``'s points meet the network."""
        paths = self.paths
        seg = snap.segment
        fraction = snap.offset / np.maximum(paths.length[seg], 1e-12)
        return paths.start_xy[seg] + (paths.end_xy[seg] - paths.start_xy[seg]) * fraction[:, None]

    def _matrix(self, sources, targets, limit):
        """Distances (len(sources), len(targets)) float32, inf beyond
        ``limit``: sources in groups of GROUP_M squares, each searched on the
        part of the network within ``limit`` of the group (exact: a node
        farther in a straight line is farther along the paths)."""
        paths = self.paths
        result = np.full((len(sources.segment), len(targets.segment)), np.inf, dtype=np.float32)
        if not len(sources.segment) or not len(targets.segment):
            return result
        here, there = self.attachments(sources), self.attachments(targets)
        group = max(GROUP_M, limit)
        key = np.floor((here - here.min(axis=0)) / group).astype(np.int64)
        _, label = np.unique(key[:, 0] * (key[:, 1].max() + 1) + key[:, 1], return_inverse=True)
        for g in range(label.max() + 1):
            rows = np.flatnonzero(label == g)
            low, high = here[rows].min(axis=0) - limit, here[rows].max(axis=0) + limit
            inside = np.all((paths.node_xy >= low) & (paths.node_xy <= high), axis=1)
            nodes = np.flatnonzero(inside)
            columns = np.flatnonzero(np.all((there >= low) & (there <= high), axis=1))
            if not len(columns):
                continue
            local = np.full(paths.node_count, -1)
            local[nodes] = np.arange(len(nodes))
            graph = self.graph[nodes][:, nodes]
            for first in range(0, len(rows), CHUNK):
                chunk = rows[first:first + CHUNK]
                result[np.ix_(chunk, columns)] = self._chunk(sources, targets, chunk, columns, graph, local, limit)
        return result

    def _chunk(self, sources, targets, rows, columns, graph, local, limit):
        paths = self.paths
        seg = sources.segment[rows]
        starts, ends = local[paths.start_node[seg]], local[paths.end_node[seg]]
        node_distance = dijkstra(graph, directed=False, indices=np.concatenate([starts, ends]), limit=limit)
        node_distance = np.hstack([node_distance, np.full((len(node_distance), 1), np.inf)])  # -1: not here
        count = len(rows)
        to_start, to_end = node_distance[:count], node_distance[count:]
        lead_start = (sources.distance[rows] + sources.offset[rows])[:, None]
        lead_end = (sources.distance[rows] + paths.length[seg] - sources.offset[rows])[:, None]
        t_seg = targets.segment[columns]
        t_start, t_end = local[paths.start_node[t_seg]], local[paths.end_node[t_seg]]
        t_offset, t_length = targets.offset[columns], paths.length[t_seg]

        def via(node):
            return np.minimum(lead_start + to_start[:, node], lead_end + to_end[:, node])
        best = np.minimum(via(t_start) + t_offset[None, :], via(t_end) + (t_length - t_offset)[None, :])
        same = seg[:, None] == t_seg[None, :]
        direct = sources.distance[rows][:, None] + np.abs(sources.offset[rows][:, None] - t_offset[None, :])
        best = np.where(same, np.minimum(best, direct), best) + targets.distance[columns][None, :]
        return np.where(best <= limit, best, np.inf)


def tied_walking_loads(distance, people, tie=TIE_M):
    """Load per facility (rows of ``distance``: facilities x households)
    counting a household at every facility within ``tie`` of its nearest."""
    if distance.size == 0:
        return np.zeros(distance.shape[0])
    nearest = distance.min(axis=0)
    counted = np.isfinite(distance) & (distance <= nearest[None, :] + tie)
    return (counted * people[None, :]).sum(axis=1)


def complete_wash(design, grid, use, people, latrines, taps, paths, release_people=0.0, monitor=NO_MONITOR):
    """(latrines, taps): the plot lists with the blocks and taps walking
    distances and loads need; ``use`` and ``people`` (per grid plot) are
    updated for the plots they take. ``paths``: the PathNetwork. The
    straight-line latrine blocks give their plots back (a household of
    ``release_people``, vacant at 0) and are placed afresh by walking reach
    (the tighter distance); a tap then too near a block gives its plot up
    (vacant) and taps are completed away from the blocks (reach, then load)."""
    walker = Walker(paths)
    xy = grid.centres
    profile = design.profile
    toilet = profile.figure("max_distance_to_toilet_m").value - MARGIN_M
    water = profile.figure("max_distance_to_water_m").value - MARGIN_M
    spacing = profile.value("min_distance_toilet_to_water_m") + MARGIN_M
    for plot in latrines:
        use[plot], people[plot] = (HOUSEHOLD, release_people) if release_people > 0 else (VACANT, 0.0)
    allowed = (use == HOUSEHOLD) | (use == VACANT)
    if grid.latrine_ok is not None:
        allowed &= grid.latrine_ok
    latrines = _cover(walker, xy, use, people, [], toilet, allowed, "latrine_block", monitor)
    near = ~_far_from(xy, latrines, spacing)
    kept = [t for t in taps if not near[t]]
    for tap in taps:
        if near[tap]:
            use[tap], people[tap] = VACANT, 0.0
    allowed = ((use == HOUSEHOLD) | (use == VACANT)) & _far_from(xy, latrines, spacing)
    taps = _cover(walker, xy, use, people, kept, water, allowed, "water_point", monitor)
    taps = _split(walker, xy, use, people, taps, water, design.value("people_per_tap"), allowed, monitor)
    return latrines, taps


def _far_from(xy, plots, spacing):
    """bool per plot: farther than ``spacing`` in a straight line from every plot of ``plots``."""
    if not plots:
        return np.ones(len(xy), dtype=bool)
    return cKDTree(xy[plots]).query(xy)[0] >= spacing


def _take(use, people, allowed, plot, kind, facilities):
    use[plot] = kind
    people[plot] = 0.0
    allowed[plot] = False
    facilities.append(int(plot))


def _cover(walker, xy, use, people, facilities, reach, allowed, kind, monitor):
    """Facilities added until every household walks within ``reach`` of one
    (greedy maximal covering on walking distances)."""
    homes = np.flatnonzero(people > 0)
    if not len(homes):
        return facilities
    home_snap = walker.snap(xy[homes])
    nearest = _nearest(walker, xy, facilities, home_snap, reach)
    unserved = ~(nearest <= reach)
    if unserved.any():
        for pick in _greedy(walker, xy, homes, home_snap, unserved, people, allowed, reach, monitor):
            _take(use, people, allowed, pick, kind, facilities)
    return facilities


def _split(walker, xy, use, people, facilities, reach, capacity, allowed, monitor):
    """Facilities added while one serves more than ``capacity`` along the
    paths: a new one on the allowed plot of its catchment farthest from it."""
    homes = np.flatnonzero(people > 0)
    if not len(homes) or not facilities:
        return facilities
    home_snap = walker.snap(xy[homes])
    limit = reach + TIE_M + 1.0  # every household is within reach of one: its ties are within this
    distance = walker.matrix(walker.snap(xy[facilities]), home_snap, limit)
    for _ in range(MAX_ROUNDS * 4):
        monitor.check()
        weights = people[homes]
        # loads along the paths and in a straight line: the audit may measure either way
        points = xy[facilities]
        loads = np.maximum(tied_walking_loads(distance, weights),
                           tied_loads(xy[homes], weights, points, tolerance=TIE_M))
        over = np.flatnonzero(loads > capacity + 1e-9)
        if not len(over):
            break
        straight_nearest = cKDTree(points).query(xy[homes])[0]
        walking_nearest = distance.min(axis=0)
        picks = []
        for worst in over[np.argsort(-loads[over])]:
            catchment = (distance[worst] <= walking_nearest + TIE_M) | \
                (np.hypot(*(xy[homes] - points[worst]).T) <= straight_nearest + TIE_M)
            pick = _split_point(xy, homes, catchment, allowed, points[worst], reach)
            if pick is not None:
                allowed[pick] = False  # one new tap per plot this round
                picks.append(pick)
        if not picks:
            break
        for pick in picks:
            _take(use, people, allowed, pick, "water_point", facilities)
        distance = np.vstack([distance, walker.matrix(walker.snap(xy[picks]), home_snap, limit)])
    return facilities


def _split_point(xy, homes, catchment, allowed, at, reach):
    """The plot for a facility taking part of the ``catchment`` of the one
    ``at``: its allowed household plot farthest from it, else the allowed
    plot nearest that household; None when none is within ``reach``."""
    members = homes[np.flatnonzero(catchment)]
    if not len(members):
        return None
    away = np.hypot(*(xy[members] - at).T)
    mine = allowed[members]
    if mine.any():
        return int(members[mine][np.argmax(away[mine])])
    farthest = xy[members[np.argmax(away)]]
    others = np.flatnonzero(allowed)
    if not len(others):
        return None
    gap = np.hypot(*(xy[others] - farthest).T)
    best = int(np.argmin(gap))
    return int(others[best]) if gap[best] <= reach else None


def _nearest(walker, xy, facilities, home_snap, reach):
    if not facilities:
        return np.full(len(home_snap.segment), np.inf)
    nearest = np.full(len(home_snap.segment), np.inf)
    for first in range(0, len(facilities), CHUNK):
        part = walker.matrix(walker.snap(xy[facilities[first:first + CHUNK]]), home_snap, reach)
        nearest = np.minimum(nearest, part.min(axis=0))
    return nearest


def _greedy(walker, xy, homes, home_snap, targets, people, allowed, reach, monitor, limit=None):
    """Allowed plots, each within walking ``reach`` of the most people of the
    ``targets`` households not covered yet (greedy maximal covering, the
    scores kept up to date as households are covered)."""
    target_index = np.flatnonzero(targets)
    candidates = np.flatnonzero(allowed)
    if not len(candidates) or not len(target_index):
        return []
    near = cKDTree(xy[homes[target_index]]).query(xy[candidates], distance_upper_bound=reach)[0]
    candidates = candidates[np.isfinite(near)]
    if not len(candidates):
        return []
    target_snap = _subset(home_snap, target_index)
    covers = walker.matrix(walker.snap(xy[candidates]), target_snap, reach, within=reach)  # sparse
    by_target = covers.tocsc()
    weights = people[homes[target_index]].astype(float)
    own = {int(h): k for k, h in enumerate(homes[target_index])}  # a picked household plot leaves the targets
    remaining = np.ones(len(target_index), dtype=bool)
    score = covers @ weights
    picks = []
    while remaining.any() and (limit is None or len(picks) < limit):
        monitor.check()
        best = int(np.argmax(score))
        if score[best] <= 0:
            break
        plot = int(candidates[best])
        picks.append(plot)
        row = covers.indices[covers.indptr[best]:covers.indptr[best + 1]]
        newly = row[remaining[row]]
        if plot in own and remaining[own[plot]]:
            newly = np.union1d(newly, [own[plot]]).astype(int)
        remaining[newly] = False
        if len(newly):
            score -= by_target[:, newly] @ weights[newly]
        score[best] = 0.0
    return picks


def walking_loads(design, grid, people, occupancy, circulation):
    """{"latrine_block": loads, "water_point": loads} along the network
    (ties counted at both), aligned with occupancy.latrines / .taps; None
    without a network."""
    if circulation.network is None:
        return None
    walker = Walker(circulation.network.paths)
    homes = np.flatnonzero(people > 0)
    if not len(homes):
        return None
    home_snap = walker.snap(grid.centres[homes])
    loads = {}
    for kind, plots, key in (("latrine_block", occupancy.latrines, "max_distance_to_toilet_m"),
                             ("water_point", occupancy.taps, "max_distance_to_water_m")):
        if plots:
            limit = design.value(key) + TIE_M + 1.0  # beyond: out of reach, the distance check says so
            distance = walker.matrix(walker.snap(grid.centres[plots]), home_snap, limit)
            loads[kind] = tied_walking_loads(distance, people[homes])
    return loads


def _subset(snap, index):
    """The Snapped of the points ``index`` of ``snap``, ties kept."""
    result = snap.subset(index)
    if snap.tied is not None:
        position = np.full(len(snap.segment), -1)
        position[index] = np.arange(len(index))
        keep = position[snap.tied_index] >= 0
        if keep.any():
            result.tied_index = position[snap.tied_index][keep]
            result.tied = snap.tied.subset(np.flatnonzero(keep))
    return result
