"""Facilities of limited capacity where every demand point's *nearest* one is
within reach and none serves more than its capacity (as an audit that sends
everyone to the nearest facility counts it).

Start with as many facilities as the people need at the centres of a
balanced k-d partition of the demand, even the loads out with a few Lloyd
(centroidal) steps, split the overloaded ones in two, and cover what is
still out of reach with greedy_cover, until nothing is left to repair.
Facilities stand on candidate points (plots), each taken at most once.
"""
import math

import numpy as np
from scipy.spatial import cKDTree

from ..common.progress import NO_MONITOR
from .greedy_cover import greedy_cover

# Algorithm settings, not standards.
LLOYD_STEPS = 12  # relocation rounds after the first placement
SPLIT_ROUNDS = 12  # rounds of splitting the most overloaded facilities
LLOYD_AFTER_SPLIT = 3
MAX_REPAIRS = 40
TIE_M = 0.001  # demand this close to equidistant counts at both facilities


def within(distance, figure_value, comparison):
    """Distance meets a '<' or '<=' figure."""
    return distance < figure_value if comparison == "<" else distance <= figure_value


def balanced_groups(xy, weights, count):
    """Labels 0..count-1 splitting points into ``count`` compact groups of
    about equal weight (recursive bisection along the longer side)."""
    labels = np.zeros(len(xy), dtype=int)
    if count <= 1 or len(xy) == 0:
        return labels
    stack = [(np.arange(len(xy)), count, 0)]
    while stack:
        members, parts, first = stack.pop()
        if parts <= 1 or len(members) <= 1:
            labels[members] = first
            continue
        points = xy[members]
        spans = points.max(axis=0) - points.min(axis=0)
        axis = int(np.argmax(spans))
        order = members[np.argsort(points[:, axis], kind="stable")]
        left_parts = parts // 2
        cumulative = np.cumsum(weights[order])
        total = cumulative[-1]
        if total <= 0:
            split = len(order) * left_parts // parts
        else:
            split = int(np.searchsorted(cumulative, total * left_parts / parts, side="left")) + 1
        split = min(max(split, 1), len(order) - 1)
        stack.append((order[:split], left_parts, first))
        stack.append((order[split:], parts - left_parts, first + left_parts))
    return labels


def group_centres(xy, weights, labels, count):
    """(weighted centre of each group, its total weight); the plain centre of
    a group without weight."""
    total = np.bincount(labels, weights=weights, minlength=count)
    counts = np.bincount(labels, minlength=count)
    safe = np.where(total > 0, total, 1.0)
    cx = np.where(total > 0, np.bincount(labels, weights=weights * xy[:, 0], minlength=count) / safe,
                  np.bincount(labels, weights=xy[:, 0], minlength=count) / np.maximum(counts, 1))
    cy = np.where(total > 0, np.bincount(labels, weights=weights * xy[:, 1], minlength=count) / safe,
                  np.bincount(labels, weights=xy[:, 1], minlength=count) / np.maximum(counts, 1))
    return np.column_stack([cx, cy]), total


def nearest_assignment(demand_xy, people, facility_xy):
    """(facility index per demand point, distance, load per facility)."""
    if len(facility_xy) == 0:
        return (np.full(len(demand_xy), -1), np.full(len(demand_xy), np.inf),
                np.zeros(0))
    distance, index = cKDTree(facility_xy).query(demand_xy)
    load = np.bincount(index, weights=people, minlength=len(facility_xy))
    return index, distance, load


def tied_loads(demand_xy, people, facility_xy, tolerance=TIE_M):
    """Load per facility counting a household at *every* facility within
    ``tolerance`` of its nearest one: an audit that breaks ties the other way
    (or measures in another CRS) still finds no facility over its load."""
    if len(facility_xy) == 0 or len(demand_xy) == 0:
        return np.zeros(len(facility_xy))
    k = min(4, len(facility_xy))
    distance, index = cKDTree(facility_xy).query(demand_xy, k=k)
    distance = distance.reshape(len(demand_xy), k)
    index = index.reshape(len(demand_xy), k)
    counted = distance <= distance[:, :1] + tolerance
    weights = np.broadcast_to(people[:, None], counted.shape)[counted]
    return np.bincount(index[counted], weights=weights, minlength=len(facility_xy))


class FreeSpots:
    """Candidate points, each taken at most once; nearest free one to a point."""

    def __init__(self, xy, indices):
        self.indices = np.asarray(indices, dtype=int)
        self.tree = cKDTree(xy[self.indices]) if len(self.indices) else None
        self.taken = np.zeros(len(self.indices), dtype=bool)
        self.position = {int(plot): k for k, plot in enumerate(self.indices)}

    def nearest_many(self, points, take=True):
        """The nearest free candidate to each point in turn (each taken
        before the next point looks), None when none is left."""
        found = [None] * len(points)
        if self.tree is None or len(points) == 0:
            return found
        k = min(16, len(self.indices))
        _, near = self.tree.query(points, k=k)
        near = near.reshape(len(points), -1)
        for j in range(len(points)):
            spot = next((int(i) for i in near[j] if not self.taken[i]), None)
            if spot is None:
                free = np.flatnonzero(~self.taken)
                if len(free) == 0:
                    continue
                spot = int(free[np.argmin(np.hypot(*(self.tree.data[free] - points[j]).T))])
            if take:
                self.taken[spot] = True
            found[j] = int(self.indices[spot])
        return found

    def release(self, plot):
        self.taken[self.position[int(plot)]] = False

    def take(self, plot):
        self.taken[self.position[int(plot)]] = True


def _split(xy, people, served, assigned, facilities, chosen, spots):
    """Split each of ``facilities`` (indices into ``chosen``) in two, on the free
    plots nearest the centres of the two halves of its households; True when
    at least one facility was added."""
    added = False
    for j in facilities:
        members = served[assigned == j]
        halves = balanced_groups(xy[members], people[members], 2)
        centres, _ = group_centres(xy[members], people[members], halves, 2)
        spots.release(chosen[j])
        first, second = spots.nearest_many(centres)
        if first is None:
            spots.take(chosen[j])
            continue
        chosen[j] = first
        if second is not None:
            chosen.append(second)
            added = True
    return added


def _start_at_group_centres(xy, people, demand_index, spots, count):
    """``count`` facilities at the centres of a balanced partition of the
    demand, snapped to the nearest free candidate plots."""
    spots.taken[:] = False
    labels = balanced_groups(xy[demand_index], people[demand_index], count)
    centres, _ = group_centres(xy[demand_index], people[demand_index], labels, count)
    return [spot for spot in spots.nearest_many(centres) if spot is not None]


def _lloyd(xy, people, demand_index, spots, chosen, steps, monitor):
    """Move each facility to the centroid of the households nearest to it
    (snapped to a free candidate plot): evens out the nearest-facility loads."""
    for _ in range(steps):
        monitor.check()
        if not chosen:
            break
        served = demand_index[~np.isin(demand_index, chosen)]
        assigned, _, _ = nearest_assignment(xy[served], people[served], xy[chosen])
        centres, load = group_centres(xy[served], people[served], assigned, len(chosen))
        moving = [j for j in range(len(chosen)) if load[j] > 0]
        for j in moving:
            spots.release(chosen[j])
        found = spots.nearest_many(centres[moving])
        moved = False
        for j, spot in zip(moving, found):
            if spot is None:
                spots.take(chosen[j])
                continue
            moved |= spot != chosen[j]
            chosen[j] = spot
        if not moved:
            break
    return chosen


def _shortfall(xy, people, demand_index, chosen, reach, strict, capacity):
    """(demand served by others, nearest facility, load, overloaded facility
    indices, out-of-reach mask)."""
    served = demand_index[~np.isin(demand_index, chosen)]
    assigned, distance, _ = nearest_assignment(xy[served], people[served], xy[chosen])
    load = tied_loads(xy[served], people[served], xy[chosen])
    out_of_reach = ~within(distance, reach, "<" if strict else "<=")
    overloaded = np.flatnonzero(load > capacity + 1e-9)
    return served, assigned, load, overloaded, out_of_reach


def _split_overloaded(xy, people, demand_index, spots, chosen, reach, strict, capacity, monitor):
    """Add facilities next to the most overloaded ones, then even out again;
    (facilities, True when nothing is left overloaded or out of reach)."""
    for _ in range(SPLIT_ROUNDS):
        served, assigned, load, overloaded, out_of_reach = _shortfall(
            xy, people, demand_index, chosen, reach, strict, capacity)
        if not len(overloaded) and not out_of_reach.any():
            return chosen, True
        worst = overloaded[np.argsort(-load[overloaded], kind="stable")][:max(1, (len(overloaded) + 1) // 2)]
        if not _split(xy, people, served, assigned, worst, chosen, spots):
            break
        chosen = _lloyd(xy, people, demand_index, spots, chosen, LLOYD_AFTER_SPLIT, monitor)
    return chosen, False


def _repair(xy, people, demand_index, spots, chosen, reach, strict, capacity, monitor):
    """Split what is still overloaded and cover what is out of reach with
    greedy_cover, until nothing changes; the demand left unresolved."""
    for _ in range(MAX_REPAIRS):
        monitor.check()
        served, assigned, _, overloaded, out_of_reach = _shortfall(
            xy, people, demand_index, chosen, reach, strict, capacity)
        if not len(overloaded) and not out_of_reach.any():
            return np.zeros(0, dtype=int)
        added = _split(xy, people, served, assigned, overloaded, chosen, spots)
        if out_of_reach.any():
            free = spots.indices[~spots.taken]
            need = served[out_of_reach]
            picks = greedy_cover(xy[need], people[need], xy[free], reach, capacity, strict=strict,
                                 monitor=monitor) if len(free) else []
            for pick in picks:
                plot = int(free[pick.candidate])
                spots.take(plot)
                chosen.append(plot)
                added = True
        if not added:
            break
    served, _, _, _, out_of_reach = _shortfall(xy, people, demand_index, chosen, reach, strict, capacity)
    return served[out_of_reach]


def place_capacitated(xy, people, demand, candidates, reach, strict, capacity, monitor=NO_MONITOR):
    """Plots (indices into ``xy``) for facilities of ``capacity`` people each,
    so that every ``demand`` plot's nearest facility is within ``reach``
    (strictly when ``strict``) and none serves more than its capacity; they
    stand on ``candidates`` plots. Returns (plots, demand plots left
    unresolved)."""
    demand_index = np.flatnonzero(demand & (people > 0))
    if len(demand_index) == 0:
        return [], np.zeros(0, dtype=int)
    spots = FreeSpots(xy, np.flatnonzero(candidates))
    if spots.tree is None:
        return [], demand_index
    total = float(people[demand_index].sum())
    count = min(max(1, int(math.ceil(total / capacity - 1e-9))), len(spots.indices))
    chosen = _lloyd(xy, people, demand_index, spots,
                    _start_at_group_centres(xy, people, demand_index, spots, count), LLOYD_STEPS, monitor)
    chosen, settled = _split_overloaded(xy, people, demand_index, spots, chosen, reach, strict, capacity,
                                        monitor)
    if settled:
        return chosen, np.zeros(0, dtype=int)
    return chosen, _repair(xy, people, demand_index, spots, chosen, reach, strict, capacity, monitor)
