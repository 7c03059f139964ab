"""Where new facilities go: greedy maximal covering with capacity.

Each step opens the candidate site that newly serves the most people: the
unserved demand points within reach, nearest first, up to the facility's
capacity. Gains only shrink as demand gets served, so candidates are kept in
a max-heap and re-evaluated lazily (the classic lazy-greedy speed-up); the
result is the plain greedy answer, which is within 1 - 1/e of the best
possible coverage for a fixed number of facilities (Nemhauser et al. 1978).
"""
import heapq
import math
from array import array
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..common.progress import NO_MONITOR

PAIRS_PER_CHUNK = 1 << 17  # candidate-household pairs sorted at a time: memory stays bounded
CHECK_EVERY = 256  # heap steps between two cancel checks


@dataclass
class Pick:
    candidate: int  # index into the candidate array
    served: np.ndarray  # indices of the demand points it serves
    people: float  # people it serves


def greedy_cover(demand_xy, demand_people, candidate_xy, reach, capacity, strict=False,
                 limit=None, monitor=NO_MONITOR):
    """Open facilities at candidate points until all demand is served.

    demand_xy (n, 2), demand_people (n,): who needs the service and where.
    candidate_xy (m, 2): where a facility may go. reach: service distance;
    a point is within reach when distance < reach (strict) or <= reach.
    capacity: people one facility may serve (inf for no limit).
    limit: stop after this many facilities (None = as many as needed).
    monitor: its check() raises to cancel the run.
    Returns the picks in the order they were opened; demand that no
    candidate can reach stays unserved.
    """
    demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    demand_people = np.asarray(demand_people, dtype=float)
    candidate_xy = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    if len(demand_xy) == 0 or len(candidate_xy) == 0 or (limit is not None and limit <= 0):
        return []
    # Smallest float below reach so the tree's "<=" honours a strict "<".
    radius = np.nextafter(reach, 0.0) if strict else reach
    # totals: everything a candidate reaches, which bounds its gain from above: enough for lazy greedy.
    reached, bounds, totals = _reach_lists(demand_xy, demand_people, candidate_xy, radius)
    starts = array("q", bounds.astype(np.int64).tobytes())  # Python ints when indexed, at 8 bytes each (a list holds 36)
    unserved = demand_people > 0
    capped = math.isfinite(capacity)

    def serve(candidate):
        """The demand this candidate would serve now: nearest first, to capacity."""
        indices = reached[starts[candidate]:starts[candidate + 1]]
        indices = indices[unserved[indices]]
        if len(indices) == 0:
            return indices, 0.0
        cumulative = np.cumsum(demand_people[indices])
        # 1: one oversized household
        keep = max(int(np.searchsorted(cumulative, capacity, side="right")), 1) if capped else len(indices)
        return indices[:keep], float(cumulative[keep - 1])

    # Without a capacity a candidate serves everyone unserved it reaches: with whole numbers of people
    # that sum is kept up to date exactly, instead of being summed again at every look.
    counts = _UnservedInReach(reached, bounds, totals, demand_people) if not capped and \
        _sums_exactly(demand_people) else None
    key, unkey = _heap_keys(len(candidate_xy), whole=counts is not None)
    gaining = np.flatnonzero(totals > 0)
    heap = [key(people, candidate) for people, candidate in zip(totals[gaining].tolist(), gaining.tolist())] \
        if counts is None else (-totals[gaining].astype(np.int64) * len(candidate_xy) + gaining).tolist()
    heapq.heapify(heap)
    picks = []
    steps = 0
    while heap and (limit is None or len(picks) < limit):
        steps += 1
        if steps % CHECK_EVERY == 0:
            monitor.check()
        _, candidate = unkey(heapq.heappop(heap))
        served, people = (None, float(counts.left[candidate])) if counts else serve(candidate)
        if people <= 0:
            continue
        if heap and people < unkey(heap[0])[0] - 1e-9:  # someone else may now do better
            heapq.heappush(heap, key(people, candidate))
            continue
        if counts:
            served, _ = serve(candidate)
            counts.served(served)
        unserved[served] = False
        picks.append(Pick(candidate, served, people))
    return picks


def _heap_keys(candidates, whole):
    """(key, unkey): heap entries for (people, candidate), the most people
    first, then the lowest candidate: (-people, candidate) pairs, or with
    whole numbers of people one integer ordered the same (less memory,
    quicker to compare)."""
    if whole:
        return (lambda people, candidate: -int(people) * candidates + candidate,
                lambda entry: (-(entry // candidates), entry % candidates))
    return lambda people, candidate: (-people, candidate), lambda entry: (-entry[0], entry[1])


def _sums_exactly(people):
    """Whole numbers whose sums, in any order, are exact in floating point."""
    return bool(np.all(people == np.floor(people))) and float(np.abs(people).sum()) < 2.0 ** 52


class _UnservedInReach:
    """People still unserved within reach of each candidate, kept exact as
    demand points get served (whole numbers of people only)."""

    def __init__(self, reached, bounds, totals, demand_people):
        self.left = totals.copy()
        self._people = demand_people
        # The pairs by demand point: the candidates reaching demand point d are _candidates[_starts[d]:_starts[d + 1]].
        self._starts = np.concatenate([[0], np.cumsum(np.bincount(reached, minlength=len(demand_people)))])
        # A counting sort of the pairs by demand point, a slice of pairs at a time (no sort of all pairs).
        self._candidates = np.empty(len(reached), dtype=np.int32)
        free = self._starts[:-1].copy()  # the next free place of each demand point
        for first in range(0, len(reached), PAIRS_PER_CHUNK):
            order = np.argsort(reached[first:first + PAIRS_PER_CHUNK], kind="stable")
            demand = reached[first + order]
            run = np.flatnonzero(np.concatenate([[True], demand[1:] != demand[:-1]]))  # first pair of each point
            lengths = np.diff(np.concatenate([run, [len(order)]]))
            places = free[demand] + np.arange(len(order)) - np.repeat(run, lengths)
            self._candidates[places] = np.searchsorted(bounds, first + order, side="right") - 1
            free[demand[run]] += lengths

    def served(self, demand):
        """``demand`` (indices) is served now: no candidate gains them any more."""
        starts, stops = self._starts[demand], self._starts[demand + 1]
        reaching = np.concatenate([self._candidates[a:b] for a, b in zip(starts.tolist(), stops.tolist())])
        np.subtract.at(self.left, reaching, np.repeat(self._people[demand], stops - starts))


def _reach_lists(demand_xy, demand_people, candidate_xy, radius):
    """(reached, bounds, totals): the demand points within ``radius`` of
    candidate c are reached[bounds[c]:bounds[c + 1]], nearest first (equal
    distances by index), with totals[c] people. Built a slice of candidates
    at a time, each slice's pairs sorted on their own, so memory follows
    PAIRS_PER_CHUNK, not all pairs."""
    demand_tree = cKDTree(demand_xy)
    reached, counts, totals = [], [], []
    start, size, pairs_so_far, running = 0, 256, 0, 0.0
    while start < len(candidate_xy):
        stop = min(start + size, len(candidate_xy))
        pairs = cKDTree(candidate_xy[start:stop]).sparse_distance_matrix(demand_tree, radius, output_type="ndarray")
        candidate, demand, distance = pairs["i"], pairs["j"], pairs["v"]
        # One float key per pair, in (candidate, distance) order: rounding can merge two keys but never
        # swap them, so where none is equal the key's order is the (candidate, distance, index) order.
        key = candidate * (2.0 * radius + 1.0) + distance
        order = np.argsort(key)
        key = key[order]
        if (key[1:] == key[:-1]).any():
            order = np.lexsort((demand, distance, candidate))
        reached.append(demand[order].astype(np.int32))
        counts.append(np.bincount(candidate, minlength=stop - start))
        del pairs, candidate, demand, distance, key, order
        # People in reach as differences of one running sum over all pairs, carried from slice to slice.
        sums = np.cumsum(np.concatenate([[running], demand_people[reached[-1]]]))
        ends = np.cumsum(counts[-1])
        totals.append(sums[ends] - sums[np.concatenate([[0], ends[:-1]])])
        running = sums[-1]
        pairs_so_far += len(reached[-1])
        start = stop
        size = max(1, int(PAIRS_PER_CHUNK * start / max(pairs_so_far, 1)))
    bounds = np.concatenate([[0], np.cumsum(np.concatenate(counts))])
    return np.concatenate(reached), bounds, np.concatenate(totals)
