"""Walking distances along a path network.

Lines are noded where they cross (a footpath drawn across another connects to
it) and their end points are merged within ``node_tolerance``. Points
(shelters, facilities) are attached to the nearest point of the nearest
segment; a point farther than ``max_snap`` from every path is off the
network. The distance from a point to a facility is
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


@dataclass
class Snap:
    segment: np.ndarray  # segment index, -1 when off the network
    offset: np.ndarray  # distance along the segment from its start node
    distance: np.ndarray  # straight distance from the point to the network (inf when off)

    @property
    def on_network(self):
        return self.segment >= 0


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

    def snap(self, points_xy, max_snap):
        """(segment, offset along it, distance) of each point to its nearest
        segment; farther than ``max_snap``: segment -1."""
        points = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        result = Snap(np.zeros(len(points), dtype=np.int64), np.zeros(len(points)), np.full(len(points), np.inf))
        pending = np.arange(len(points))
        for k in (_NEIGHBOURS, 8 * _NEIGHBOURS):  # the few points near many pieces asked again, for more
            pending = self._nearest_of_k(points, pending, min(k, len(self._piece_segment)), max_snap, result)
        for index in pending:  # still doubtful: every piece within reach
            radius = min(result.distance[index], max_snap) + self._half_piece
            segments = np.unique(self._piece_segment[self._piece_tree.query_ball_point(points[index], radius)])
            distances, offsets = self._project(points[index][None, :], segments)
            choice = int(np.argmin(distances))
            if distances[choice] < result.distance[index]:
                result.segment[index], result.offset[index] = segments[choice], offsets[choice]
                result.distance[index] = distances[choice]
        off = result.distance > max_snap
        result.segment[off], result.offset[off], result.distance[off] = -1, 0.0, np.inf
        return result

    def _nearest_of_k(self, points, which, k, max_snap, result):
        """The nearest of the segments of the ``k`` pieces nearest each of the
        points ``which`` into ``result``; returns those still doubtful: an
        unseen piece could be nearer only when all k were found and the best
        is farther than the k-th piece's midpoint allows."""
        if not len(which):
            return which
        neighbour_distance, neighbour = self._piece_tree.query(points[which], k=k,
                                                               distance_upper_bound=max_snap + self._half_piece)
        neighbour_distance, neighbour = neighbour_distance.reshape(len(which), k), neighbour.reshape(len(which), k)
        found = neighbour < len(self._piece_segment)
        candidate = np.where(found, self._piece_segment[np.where(found, neighbour, 0)], 0)
        distance, offset = self._project(points[which][:, None, :], candidate)
        distance = np.where(found, distance, np.inf)
        best = np.argmin(distance, axis=1)
        rows = np.arange(len(which))
        result.segment[which], result.offset[which] = candidate[rows, best], offset[rows, best]
        result.distance[which] = distance[rows, best]
        return which[found[:, -1] & (result.distance[which] > neighbour_distance[:, -1] - self._half_piece)]


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
        self._attached = {}  # max_snap -> (sorted point keys, their Snap): see snap

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

    def snap(self, points_xy, max_snap):
        """Attach points to the nearest point of the network (exact). A point's
        snap depends on that point alone, so one attached before (the same
        coordinates and ``max_snap``) is not searched again: a site plan
        attaches its plot centres for several measures."""
        points = np.ascontiguousarray(np.asarray(points_xy, dtype=float).reshape(-1, 2))
        if not len(points):
            return self._segments.snap(points, max_snap)
        keys = points.view(np.complex128).ravel()  # one comparable value per point
        known, snap = self._attached.get(max_snap, (np.zeros(0, dtype=np.complex128), None))
        new = np.unique(keys[~_found(known, keys)])
        if len(new):
            found = self._segments.snap(new.view(np.float64).reshape(-1, 2), max_snap)
            if snap is not None:
                new = np.concatenate([known, new])
                order = np.argsort(new, kind="stable")
                found = Snap(*(np.concatenate([old, more])[order] for old, more in
                               ((snap.segment, found.segment), (snap.offset, found.offset),
                                (snap.distance, found.distance))))
                new = new[order]
            known, snap = new, found
            self._attached[max_snap] = (known, snap)
        at = np.searchsorted(known, keys)
        return Snap(snap.segment[at], snap.offset[at], snap.distance[at])

    def nearest_facility(self, facility_snap, point_snap, limit=np.inf):
        """(distance, facility index) for every point: the walking distance to
        the nearest facility through the network; (inf, -1) when the point or
        every facility of its part of the network is off the network (or,
        with ``limit``, farther along it than that)."""
        facilities = np.flatnonzero(facility_snap.on_network)
        count = len(point_snap.segment)
        distance = np.full(count, np.inf)
        nearest = np.full(count, -1, dtype=np.int64)
        if len(facilities) == 0:
            return distance, nearest
        segment = facility_snap.segment[facilities]
        virtual = self.node_count + np.arange(len(facilities))
        reach_start = facility_snap.distance[facilities] + facility_snap.offset[facilities]
        reach_end = facility_snap.distance[facilities] + self.length[segment] - facility_snap.offset[facilities]
        graph = self._with_sources(np.column_stack([self.start_node[segment], self.end_node[segment]]),
                                   np.column_stack([reach_start, reach_end]))
        node_distance, _, source = dijkstra(graph, directed=True, indices=virtual, min_only=True,
                                            return_predecessors=True, limit=limit)
        source = np.where(source >= self.node_count, source - self.node_count, -1)

        on = np.flatnonzero(point_snap.on_network)
        seg, offset = point_snap.segment[on], point_snap.offset[on]
        via_start = node_distance[self.start_node[seg]] + offset
        via_end = node_distance[self.end_node[seg]] + self.length[seg] - offset
        use_start = via_start <= via_end
        best = np.where(use_start, via_start, via_end)
        owner = np.where(use_start, source[self.start_node[seg]], source[self.end_node[seg]])
        owner = np.where(owner >= 0, facilities[np.clip(owner, 0, None)], -1)
        self._along_own_segment(facilities, facility_snap, seg, offset, best, owner)
        distance[on] = best + point_snap.distance[on]
        nearest[on] = np.where(np.isfinite(best), owner, -1)
        distance[nearest < 0] = np.inf
        return distance, nearest

    @staticmethod
    def _along_own_segment(facilities, facility_snap, seg, offset, best, owner):
        """A facility on a point's own segment is reached along it directly:
        ``best`` and ``owner`` (per point) take it where it is strictly
        nearer, the first such facility (in order) on a tie."""
        segment = facility_snap.segment[facilities]
        order = np.argsort(segment, kind="stable")
        low = np.searchsorted(segment[order], seg, "left")
        count = np.searchsorted(segment[order], seg, "right") - low
        if not count.any():
            return
        point = np.repeat(np.arange(len(seg)), count)  # the pairs of a point are consecutive
        facility = facilities[order[np.repeat(low - np.cumsum(count) + count, count) + np.arange(count.sum())]]
        direct = np.abs(offset[point] - facility_snap.offset[facility]) + facility_snap.distance[facility]
        # per point, the smallest direct walk and, of equal ones, the facility first in order
        points = np.flatnonzero(count)
        starts = (np.cumsum(count) - count)[points]
        shortest = np.minimum.reduceat(direct, starts)
        tied = direct == np.repeat(shortest, count[points])
        first = np.minimum.reduceat(np.where(tied, facility, np.iinfo(facility.dtype).max), starts)
        nearer = shortest < best[points]
        best[points[nearer]] = shortest[nearer]
        owner[points[nearer]] = first[nearer]
