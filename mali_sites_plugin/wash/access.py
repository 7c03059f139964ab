"""Who reaches which facility: every household's distance to its nearest
functional facility (straight line, or walking along a PathNetwork), and the
load that puts on each facility against its capacity."""
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree


@dataclass
class Access:
    """Per household: distance to and index of the nearest functional facility."""
    distance: np.ndarray  # inf when none can be reached
    facility: np.ndarray  # -1 when none
    within: np.ndarray  # bool, distance meets the standard
    snap: np.ndarray = None  # network mode: household's distance to the path network


@dataclass
class Load:
    assigned_people: np.ndarray
    load_pct: np.ndarray  # nan for a facility with no capacity
    overloaded: np.ndarray
    excess: np.ndarray  # households served beyond capacity (bool per household)


def nearest_in_straight_line(points_xy, facilities):
    """(distance, facility index) of the nearest functional facility of each
    point in a straight line; (inf, -1) when none is functional."""
    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    working = np.flatnonzero(facilities.functional)
    if len(working) == 0:
        return np.full(len(points_xy), np.inf), np.full(len(points_xy), -1)
    distance, index = cKDTree(facilities.xy[working]).query(points_xy)
    return distance, working[index]


def nearest_distance(points_xy, targets_xy):
    """Straight-line distance from each point to the nearest target (inf with no target)."""
    if len(points_xy) == 0:
        return np.zeros(0)
    if len(targets_xy) == 0:
        return np.full(len(points_xy), np.inf)
    return cKDTree(targets_xy).query(points_xy)[0]


class DistanceModel:
    """Nearest functional facility by straight line, or along a PathNetwork."""

    def __init__(self, network=None, max_snap=50.0):
        self.network = network
        self.max_snap = max_snap

    def nearest(self, points_xy, facilities):
        """(distance, facility index, distance to the network or None) per point."""
        if self.network is None:
            distance, facility = nearest_in_straight_line(points_xy, facilities)
            return distance, facility, None
        points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        point_snap = self.network.snap(points_xy, self.max_snap)
        facility_snap = self.network.snap(facilities.xy, self.max_snap)
        facility_snap.segment[~facilities.functional] = -1
        distance, nearest = self.network.nearest_facility(facility_snap, point_snap)
        return distance, nearest, point_snap.distance


def measure_access(points_xy, facilities, figure, model):
    distance, facility, snap = model.nearest(points_xy, facilities)
    within = np.isfinite(distance) & figure.complies(distance)
    return Access(distance, facility, within, snap)


def compute_load(access, people, facilities, points_xy):
    """Each household counts at its nearest functional facility; a household
    the network cannot reach counts at the nearest one in a straight line."""
    points_xy = np.asarray(points_xy)
    assigned_to = access.facility.copy()
    stranded = assigned_to < 0
    if stranded.any():
        assigned_to[stranded] = nearest_in_straight_line(points_xy[stranded], facilities)[1]
    served = assigned_to >= 0
    assigned = np.bincount(assigned_to[served], weights=people[served], minlength=len(facilities))
    with np.errstate(divide="ignore", invalid="ignore"):
        load_pct = np.where(facilities.capacity > 0, 100.0 * assigned / facilities.capacity, np.nan)
    overloaded = facilities.functional & (assigned > facilities.capacity)
    distance = np.where(np.isfinite(access.distance), access.distance,
                        np.hypot(*(points_xy - facilities.xy[np.clip(assigned_to, 0, None)]).T))
    excess = _beyond_capacity(assigned_to, distance, people, assigned, facilities, overloaded)
    return Load(assigned, load_pct, overloaded, excess)


def _beyond_capacity(assigned_to, distance, people, assigned, facilities, overloaded):
    """Who is beyond capacity: the households farthest from an overloaded facility."""
    excess = np.zeros(len(people), dtype=bool)
    for facility in np.flatnonzero(overloaded):
        members = np.flatnonzero(assigned_to == facility)
        members = members[np.argsort(-distance[members], kind="stable")]
        surplus = assigned[facility] - facilities.capacity[facility]
        taken = np.cumsum(people[members]) - people[members] < surplus
        excess[members[taken]] = True
    return excess
