"""Walking distances along a path network.

Lines are noded where they cross (a footpath drawn across another connects to
it) and their end points are merged within ``node_tolerance``. Points
(shelters, facilities) are attached to the nearest point of the nearest
segment; a point farther than ``max_snap`` from every path is off the
network. A point as near another segment (within the snap's ``tie``, such as
a corner plot between its lane and a side lane) is attached to that one too,
and walks out by whichever is shorter. The distance from a point to a
facility is
    snap(point) + along-network distance + snap(facility),
found for all points at once with one multi-source Dijkstra from the
facilities (scipy.sparse.csgraph).
"""
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree
from shapely.ops import unary_union

from .errors import InputError
from .wkb import line_strings, wkbs

_PIECE_LENGTH = 10.0  # m: segments are indexed by pieces this long for snapping
_NEIGHBOURS = 8
# m: a point this much farther from a second segment than from its nearest is attached to both. Far
# above the noise of a round trip between CRSs (micrometres), far below any path spacing.
SNAP_TIE_M = 0.01


@dataclass
class Snap:
    segment: np.ndarray  # segment index, -1 when off the network
    offset: np.ndarray  # distance along the segment from its start node
    distance: np.ndarray  # straight distance from the point to the network (inf when off)
    tied: "Snap" = None  # per point, a second segment as near within the tie (segment -1: none)

    @property
    def on_network(self):
        return self.segment >= 0

    def rows(self, indices):
        """The snaps of the points ``indices``."""
        return Snap(self.segment[indices], self.offset[indices], self.distance[indices],
                    None if self.tied is None else self.tied.rows(indices))

    def attachments(self):
        """(points, segment, offset, distance) of each attachment to the
        network: every point on it once, then the tied points once more."""
        for snap in (self, self.tied) if self.tied is not None else (self,):
            on = np.flatnonzero(snap.on_network)
            yield on, snap.segment[on], snap.offset[on], snap.distance[on]


def _off_network(count):
    return Snap(np.full(count, -1, dtype=np.int64), np.zeros(count), np.full(count, np.inf))


def line_segments(geometries):
    """(starts, ends, owner) of the straight segments of ``geometries``
    (LineStrings, MultiLineStrings or collections; their polygons and points
    give none), read from their WKB: owner is the index of the geometry a
    segment belongs to."""
    starts, ends, owner = [], [], []
    for index, blob in enumerate(wkbs(list(geometries))):
        for coordinates in line_strings(blob):
            starts.append(coordinates[:-1])
            ends.append(coordinates[1:])
            owner.append(np.full(len(coordinates) - 1, index))
    if not starts:
        return np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0, dtype=int)
    return np.concatenate(starts), np.concatenate(ends), np.concatenate(owner)


class SegmentIndex:
    """The nearest segment of a set of straight segments to each of many
    points, exact: the segments are indexed by pieces at most _PIECE_LENGTH
    long (their midpoints in a k-d tree) and the candidates projected on."""

    def __init__(self, start_xy, end_xy):
        self.start_xy, self.end_xy = start_xy, end_xy
        self.length = np.hypot(*(end_xy - start_xy).T)
        pieces = np.maximum(np.ceil(self.length / _PIECE_LENGTH).astype(int), 1)
        self._piece_segment = np.repeat(np.arange(len(self.length)), pieces)
        first_piece = np.repeat(np.cumsum(pieces) - pieces, pieces)
        fraction = (np.arange(len(self._piece_segment)) - first_piece + 0.5) / pieces[self._piece_segment]
        direction = self.end_xy - self.start_xy
        midpoints = self.start_xy[self._piece_segment] + direction[self._piece_segment] * fraction[:, None]
        self._half_piece = float(np.max(self.length / pieces)) / 2.0
        self._piece_tree = cKDTree(midpoints)

    def _project(self, points, segments):
        """Distance and offset of each point to each of its candidate segments."""
        start, end = self.start_xy[segments], self.end_xy[segments]
        direction = end - start
        squared = np.maximum(np.einsum("...i,...i->...", direction, direction), 1e-18)
        t = np.clip(np.einsum("...i,...i->...", points - start, direction) / squared, 0.0, 1.0)
        nearest = start + direction * t[..., None]
        return np.hypot(*np.moveaxis(points - nearest, -1, 0)), t * self.length[segments]

    def snap(self, points_xy, max_snap, tie=0.0):
        """(segment, offset along it, distance) of each point to its nearest
        segment; farther than ``max_snap``: segment -1. With ``tie`` > 0, the
        Snap's ``tied``: the nearest other segment no more than ``tie``
        farther, where there is one."""
        points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        result = _off_network(len(points))
        result.tied = _off_network(len(points)) if tie > 0 else None
        pending = np.arange(len(points))
        for k in (_NEIGHBOURS, 8 * _NEIGHBOURS):  # the few points near many pieces asked again, for more
            pending = self._nearest_of_k(points, pending, min(k, len(self._piece_segment)), max_snap, tie, result)
        for index in pending:  # still doubtful: every piece within reach
            radius = min(result.distance[index] + tie, max_snap) + self._half_piece
            segments = np.unique(self._piece_segment[self._piece_tree.query_ball_point(points[index], radius)])
            if len(segments):
                distances, offsets = self._project(points[index][None, None, :], segments[None, :])
                self._keep(result, [index], segments[None, :], distances, offsets, tie)
        for snap in (result, result.tied) if result.tied is not None else (result,):
            off = snap.distance > max_snap
            snap.segment[off], snap.offset[off], snap.distance[off] = -1, 0.0, np.inf
        return result

    def _nearest_of_k(self, points, which, k, max_snap, tie, result):
        """The nearest of the segments of the ``k`` pieces nearest each of the
        points ``which`` into ``result``; returns those still doubtful: an
        unseen piece could be nearer (or within the tie) only when all k were
        found and the best is farther than the k-th piece's midpoint allows."""
        if not len(which):
            return which
        neighbour_distance, neighbour = self._piece_tree.query(points[which], k=k,
                                                               distance_upper_bound=max_snap + tie + self._half_piece)
        neighbour_distance, neighbour = neighbour_distance.reshape(len(which), k), neighbour.reshape(len(which), k)
        found = neighbour < len(self._piece_segment)
        candidate = np.where(found, self._piece_segment[np.where(found, neighbour, 0)], 0)
        distance, offset = self._project(points[which][:, None, :], candidate)
        self._keep(result, which, candidate, np.where(found, distance, np.inf), offset, tie)
        return which[found[:, -1] & (result.distance[which] + tie > neighbour_distance[:, -1] - self._half_piece)]

    @staticmethod
    def _keep(result, which, candidate, distance, offset, tie):
        """Per row of the points ``which``, the nearest of its ``candidate``
        segments (and with ``tie`` the nearest other one within it) into ``result``."""
        rows = np.arange(len(which))
        best = np.argmin(distance, axis=1)
        result.segment[which], result.offset[which] = candidate[rows, best], offset[rows, best]
        result.distance[which] = distance[rows, best]
        if result.tied is None:
            return
        other = np.where(candidate != candidate[rows, best][:, None], distance, np.inf)
        second = np.argmin(other, axis=1)
        tied = other[rows, second] <= distance[rows, best] + tie
        result.tied.segment[which] = np.where(tied, candidate[rows, second], -1)
        result.tied.offset[which] = np.where(tied, offset[rows, second], 0.0)
        result.tied.distance[which] = np.where(tied, other[rows, second], np.inf)


def _concatenated(first, second):
    """The Snap of the points of ``first``, then of those of ``second``."""
    return Snap(*(np.concatenate([getattr(first, name), getattr(second, name)])
                  for name in ("segment", "offset", "distance")),
                None if first.tied is None else _concatenated(first.tied, second.tied))


def _found(known, keys):
    """bool per key: it is in ``known`` (sorted)."""
    at = np.minimum(np.searchsorted(known, keys), max(len(known) - 1, 0))
    return known[at] == keys if len(known) else np.zeros(len(keys), dtype=bool)


class PathNetwork:
    def __init__(self, lines, node_tolerance=0.01):
        """lines: shapely LineStrings / MultiLineStrings in a metric CRS."""
        noded = unary_union([line for line in lines if line is not None and not line.is_empty])
        starts, ends, _ = line_segments([noded])
        if not len(starts):
            raise InputError("The path network has no lines: give a line layer of paths and roads, "
                             "or leave PATHS empty for straight-line distances")
        keys = np.round(np.concatenate([starts, ends]) / node_tolerance).astype(np.int64)
        unique_keys, node_of = np.unique(keys, axis=0, return_inverse=True)
        node_of = node_of.reshape(-1)
        count = len(starts)
        self.node_xy = unique_keys * node_tolerance
        self.start_node, self.end_node = node_of[:count], node_of[count:]
        keep = self.start_node != self.end_node  # drop segments shorter than the tolerance
        self.start_node, self.end_node = self.start_node[keep], self.end_node[keep]
        self.start_xy, self.end_xy = starts[keep], ends[keep]
        self.length = np.hypot(*(self.end_xy - self.start_xy).T)
        self.node_count = len(self.node_xy)
        self._base = self._graph()
        self.components, self.component_of_node = connected_components(self._base, directed=False)
        self._segments = SegmentIndex(self.start_xy, self.end_xy)
        self._attached = {}  # (max_snap, tie) -> (sorted point keys, their Snap): see snap

    @property
    def segment_count(self):
        return len(self.length)

    def _graph(self):
        """The network as a symmetric CSR matrix of segment lengths."""
        # Weights get a tiny floor: csgraph reads a stored 0 as "no edge".
        weights = np.maximum(self.length, 1e-9)
        sources = np.concatenate([self.start_node, self.end_node])
        targets = np.concatenate([self.end_node, self.start_node])
        weights = np.concatenate([weights, weights])
        # Parallel edges: keep the shortest (a sparse matrix would add them up).
        order = np.lexsort((weights, targets, sources))
        sources, targets, weights = sources[order], targets[order], weights[order]
        first = np.ones(len(sources), bool)
        first[1:] = (sources[1:] != sources[:-1]) | (targets[1:] != targets[:-1])
        size = self.node_count
        return coo_matrix((weights[first], (sources[first], targets[first])), shape=(size, size)).tocsr()

    def _with_sources(self, targets, weights):
        """The network's graph with one source node more per row of
        ``targets`` / ``weights`` (n x 2: the two ends of a segment), its
        edges going out to them only; a source node's index is node_count + row."""
        base = self._base
        weights = np.maximum(weights, 1e-9)
        # the two ends of a segment are distinct nodes (shorter segments are dropped), so no row repeats a column
        ends = np.argsort(targets, axis=1)
        targets, weights = np.take_along_axis(targets, ends, 1), np.take_along_axis(weights, ends, 1)
        size = self.node_count + len(targets)
        indptr = np.concatenate([base.indptr, base.nnz + 2 * np.arange(1, len(targets) + 1)])
        return csr_matrix((np.concatenate([base.data, weights.ravel()]),
                           np.concatenate([base.indices, targets.ravel()]), indptr), shape=(size, size))

    def snap(self, points_xy, max_snap, tie=SNAP_TIE_M):
        """Attach points to the nearest point of the network (exact), and to a
        second segment as near within ``tie`` (0: never). A point's snap
        depends on that point alone, so one attached before (the same
        coordinates, ``max_snap`` and ``tie``) is not searched again: a site
        plan attaches its plot centres for several measures."""
        points = np.ascontiguousarray(np.asarray(points_xy, dtype=float).reshape(-1, 2))
        if not len(points):
            return self._segments.snap(points, max_snap, tie)
        keys = points.view(np.complex128).ravel()  # one comparable value per point
        known, snap = self._attached.get((max_snap, tie), (np.zeros(0, dtype=np.complex128), None))
        new = np.unique(keys[~_found(known, keys)])
        if len(new):
            found = self._segments.snap(new.view(np.float64).reshape(-1, 2), max_snap, tie)
            if snap is not None:
                new = np.concatenate([known, new])
                order = np.argsort(new, kind="stable")
                found, new = _concatenated(snap, found).rows(order), new[order]
            known, snap = new, found
            self._attached[(max_snap, tie)] = (known, snap)
        return snap.rows(np.searchsorted(known, keys))

    def nearest_facility(self, facility_snap, point_snap, limit=np.inf):
        """(distance, facility index) for every point: the walking distance to
        the nearest facility through the network, by the shorter of its tied
        attachments; (inf, -1) when the point or every facility of its part
        of the network is off the network (or, with ``limit``, farther along
        it than that)."""
        count = len(point_snap.segment)
        distance = np.full(count, np.inf)
        nearest = np.full(count, -1, dtype=np.int64)
        # a tied facility is a source by each of its attachments
        facilities, segment, offset, snap = (np.concatenate(parts) for parts in zip(*facility_snap.attachments()))
        if len(facilities) == 0:
            return distance, nearest
        virtual = self.node_count + np.arange(len(facilities))
        graph = self._with_sources(np.column_stack([self.start_node[segment], self.end_node[segment]]),
                                   np.column_stack([snap + offset, snap + self.length[segment] - offset]))
        node_distance, _, source = dijkstra(graph, directed=True, indices=virtual, min_only=True,
                                            return_predecessors=True, limit=limit)
        source = np.where(source >= self.node_count, source - self.node_count, -1)
        sources = (facilities, segment, offset, snap)
        for on, seg, along, away in point_snap.attachments():
            via_start = node_distance[self.start_node[seg]] + along
            via_end = node_distance[self.end_node[seg]] + self.length[seg] - along
            use_start = via_start <= via_end
            best = np.where(use_start, via_start, via_end)
            owner = np.where(use_start, source[self.start_node[seg]], source[self.end_node[seg]])
            owner = np.where(owner >= 0, facilities[np.clip(owner, 0, None)], -1)
            self._along_own_segment(sources, seg, along, best, owner)
            walk = np.where(np.isfinite(best) & (owner >= 0), best + away, np.inf)
            shorter = walk < distance[on]  # on a tie, the first attachment's facility
            distance[on[shorter]], nearest[on[shorter]] = walk[shorter], owner[shorter]
        return distance, nearest

    @staticmethod
    def _along_own_segment(sources, seg, offset, best, owner):
        """A facility on a point's own segment is reached along it directly:
        ``best`` and ``owner`` (per point) take it where it is strictly
        nearer, the first such facility (in order) on a tie. ``sources``:
        (facility, segment, offset, snap distance) of each attachment."""
        facilities, segment, along, away = sources
        order = np.argsort(segment, kind="stable")
        low = np.searchsorted(segment[order], seg, "left")
        count = np.searchsorted(segment[order], seg, "right") - low
        if not count.any():
            return
        point = np.repeat(np.arange(len(seg)), count)  # the pairs of a point are consecutive
        attachment = order[np.repeat(low - np.cumsum(count) + count, count) + np.arange(count.sum())]
        facility = facilities[attachment]
        direct = np.abs(offset[point] - along[attachment]) + away[attachment]
        # per point, the smallest direct walk and, of equal ones, the facility first in order
        points = np.flatnonzero(count)
        starts = (np.cumsum(count) - count)[points]
        shortest = np.minimum.reduceat(direct, starts)
        tied = direct == np.repeat(shortest, count[points])
        first = np.minimum.reduceat(np.where(tied, facility, np.iinfo(facility.dtype).max), starts)
        nearer = shortest < best[points]
        best[points[nearer]] = shortest[nearer]
        owner[points[nearer]] = first[nearer]
