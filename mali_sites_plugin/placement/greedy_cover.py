"""Where new facilities go: greedy maximal covering with capacity.

Each step opens the candidate site that newly serves the most people: the
unserved demand points within reach, nearest first, up to the facility's
capacity. Gains only shrink as demand gets served, so candidates are kept in
a max-heap and re-evaluated lazily (the classic lazy-greedy speed-up); the
result is the plain greedy answer, which is within 1 - 1/e of the best
possible coverage for a fixed number of facilities (Nemhauser et al. 1978).
"""
import heapq
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..common.progress import NO_MONITOR


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
    pairs = cKDTree(candidate_xy).sparse_distance_matrix(cKDTree(demand_xy), radius, output_type="ndarray")
    order = np.lexsort((pairs["j"], pairs["v"], pairs["i"]))  # by candidate, then distance
    reached = pairs["j"][order]  # demand points of each candidate, nearest first
    bounds = np.searchsorted(pairs["i"][order], np.arange(len(candidate_xy) + 1))
    unserved = demand_people > 0

    def serve(candidate):
        """The demand this candidate would serve now: nearest first, to capacity."""
        indices = reached[bounds[candidate]:bounds[candidate + 1]]
        indices = indices[unserved[indices]]
        if len(indices) == 0:
            return indices, 0.0
        cumulative = np.cumsum(demand_people[indices])
        keep = max(int(np.searchsorted(cumulative, capacity, side="right")), 1)  # 1: one oversized household
        return indices[:keep], float(cumulative[keep - 1])

    # Everything a candidate reaches bounds its gain from above: enough for lazy greedy.
    running = np.concatenate([[0.0], np.cumsum(demand_people[reached])])
    totals = running[bounds[1:]] - running[bounds[:-1]]
    heap = [(-float(totals[c]), int(c)) for c in np.flatnonzero(totals > 0)]
    heapq.heapify(heap)
    picks = []
    while heap and (limit is None or len(picks) < limit):
        monitor.check()
        _, candidate = heapq.heappop(heap)
        served, people = serve(candidate)
        if people <= 0:
            continue
        if heap and -people > heap[0][0] + 1e-9:  # someone else may now do better
            heapq.heappush(heap, (-people, candidate))
            continue
        unserved[served] = False
        picks.append(Pick(candidate, served, people))
    return picks
