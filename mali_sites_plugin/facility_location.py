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


@dataclass
class Pick:
    candidate: int  # index into the candidate array
    served: np.ndarray  # indices of the demand points it serves
    people: float  # people it serves


def greedy_cover(demand_xy, demand_people, candidate_xy, reach, capacity, strict=False,
                 limit=None, is_canceled=None):
    """Open facilities at candidate points until all demand is served.

    demand_xy (n, 2), demand_people (n,): who needs the service and where.
    candidate_xy (m, 2): where a facility may go. reach: service distance;
    a point is within reach when distance < reach (strict) or <= reach.
    capacity: people one facility may serve (inf for no limit).
    limit: stop after this many facilities (None = as many as needed).
    Returns the picks in the order they were opened; demand that no
    candidate can reach stays unserved.
    """
    demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    demand_people = np.asarray(demand_people, dtype=float)
    candidate_xy = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    if len(demand_xy) == 0 or len(candidate_xy) == 0 or (limit is not None and limit <= 0):
        return []
    # Smallest float above/below reach so query_ball_point (<=) honours strict '<'.
    radius = np.nextafter(reach, 0.0) if strict else reach
    demand_tree = cKDTree(demand_xy)
    reachable = demand_tree.query_ball_point(candidate_xy, radius)
    unserved = demand_people > 0

    def serve(candidate):
        """The demand this candidate would serve now: nearest first, to capacity."""
        indices = np.fromiter((i for i in reachable[candidate] if unserved[i]), dtype=np.int64)
        if len(indices) == 0:
            return indices, 0.0
        distances = np.hypot(*(demand_xy[indices] - candidate_xy[candidate]).T)
        order = np.argsort(distances, kind="stable")
        indices = indices[order]
        cumulative = np.cumsum(demand_people[indices])
        keep = int(np.searchsorted(cumulative, capacity, side="right"))
        keep = max(keep, 1) if cumulative[0] > capacity else keep  # one oversized household
        return indices[:keep], float(cumulative[keep - 1]) if keep else 0.0

    heap = [(-serve(index)[1], index) for index in range(len(candidate_xy)) if reachable[index]]
    heap = [entry for entry in heap if entry[0] < 0]
    heapq.heapify(heap)
    picks = []
    while heap and (limit is None or len(picks) < limit):
        if is_canceled is not None and is_canceled():
            break
        stale_gain, candidate = heapq.heappop(heap)
        served, people = serve(candidate)
        if people <= 0:
            continue
        if heap and -people > heap[0][0] + 1e-9:  # someone else may now do better
            heapq.heappush(heap, (-people, candidate))
            continue
        unserved[served] = False
        picks.append(Pick(candidate, served, people))
    return picks
