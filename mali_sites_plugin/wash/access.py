"""Who reaches which facility: every household's distance to its nearest
functional facility (straight line, or walking along a PathNetwork), and the
load that puts on each facility against its capacity."""
from dataclasses import dataclass

import numpy as np
import pyproj
from scipy.spatial import cKDTree

from ..common.crs import as_crs, measurement_groups, transform_xy
from ..common.errors import InputError


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


class Zones:
    """Where distances are measured for points given in one metric CRS (the
    run's plane): in that plane where its scale error is small at every
    point, else each point in its own UTM zone (common.crs.measurement_groups),
    so a national layer is measured to 0.1 % at every longitude. ``crs``
    None: the coordinates are taken as they are (one plane)."""

    def __init__(self, crs=None):
        self.crs = None if crs is None else as_crs(crs)

    def groups(self, xy):
        """[(zone CRS or None for the plane itself, indices of the points measured in it)]."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        everything = [(None, np.arange(len(xy)))]
        if self.crs is None or len(xy) == 0:
            return everything
        try:
            groups = measurement_groups(self.crs, _extent_probe(xy))  # a few points: the scale error peaks there
            if len(groups) == 1 and groups[0][0] == self.crs:
                return everything
            groups = measurement_groups(self.crs, xy)
        except ValueError:
            raise InputError("Some locations cannot be placed on Earth in %s (extent %s): check the layers' "
                             "coordinates and CRS", self.crs.name, tuple(np.round(_extent(xy), 1))) from None
        return [(None if zone == self.crs else zone, rows) for zone, rows in groups]

    def to(self, zone, xy):
        """Coordinates of the plane in ``zone`` (None: as they are)."""
        return xy if zone is None else transform_xy(xy, self.crs, zone)

    def scale(self, xy):
        """Scale factor of the plane at each point (1 where the plane is
        measured in as it is): a length of the plane divided by it is the
        length on the ground, to 0.01 % over a few kilometres."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        factor = np.ones(len(xy))
        for zone, rows in self.groups(xy):
            if zone is not None:
                lon, lat = transform_xy(xy[rows], self.crs, "EPSG:4326").T
                factors = pyproj.Proj(self.crs).get_factors(lon, lat)
                factor[rows] = np.sqrt(np.asarray(factors.meridional_scale) * np.asarray(factors.parallel_scale))
        return factor


def _extent(xy):
    return (*xy.min(axis=0), *xy.max(axis=0))


def _extent_probe(xy):
    """The corners, edge midpoints and centre of the points' extent."""
    xmin, ymin, xmax, ymax = _extent(xy)
    xs, ys = (xmin, (xmin + xmax) / 2.0, xmax), (ymin, (ymin + ymax) / 2.0, ymax)
    return np.array([(x, y) for x in xs for y in ys])


PLANE = Zones()


def nearest_in_straight_line(points_xy, facilities, zones=PLANE):
    """(distance, facility index) of the nearest functional facility of each
    point in a straight line, each point measured in its zone (``zones``);
    (inf, -1) when none is functional."""
    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    distance, nearest = np.full(len(points_xy), np.inf), np.full(len(points_xy), -1)
    working = np.flatnonzero(facilities.functional)
    if len(working) == 0 or len(points_xy) == 0:
        return distance, nearest
    for zone, rows in zones.groups(points_xy):
        tree = cKDTree(zones.to(zone, facilities.xy[working]))
        distance[rows], index = tree.query(zones.to(zone, points_xy[rows]))
        nearest[rows] = working[index]
    return distance, nearest


def nearest_distance(points_xy, targets_xy, zones=PLANE):
    """Straight-line distance from each point to the nearest target (inf with no target)."""
    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    distance = np.full(len(points_xy), np.inf)
    if len(points_xy) == 0 or len(targets_xy) == 0:
        return distance
    for zone, rows in zones.groups(points_xy):
        distance[rows] = cKDTree(zones.to(zone, np.asarray(targets_xy, dtype=float))).query(
            zones.to(zone, points_xy[rows]))[0]
    return distance


class DistanceModel:
    """Nearest functional facility by straight line, or along a PathNetwork;
    distances on the ground (``zones``: where each point is measured)."""

    def __init__(self, network=None, max_snap=50.0, zones=PLANE):
        self.network = network
        self.max_snap = max_snap
        self.zones = zones

    def nearest(self, points_xy, facilities):
        """(distance, facility index, distance to the network or None) per point."""
        if self.network is None:
            distance, facility = nearest_in_straight_line(points_xy, facilities, self.zones)
            return distance, facility, None
        points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
        point_snap = self.network.snap(points_xy, self.max_snap)
        facility_snap = self.network.snap(facilities.xy, self.max_snap)
        facility_snap.segment[~facilities.functional] = -1
        distance, nearest = self.network.nearest_facility(facility_snap, point_snap)
        # The network lies in the run's plane: its lengths are brought to the ground at each point.
        scale = self.zones.scale(points_xy)
        return distance / scale, nearest, point_snap.distance / scale


def measure_access(points_xy, facilities, figure, model):
    distance, facility, snap = model.nearest(points_xy, facilities)
    within = np.isfinite(distance) & figure.complies(distance)
    return Access(distance, facility, within, snap)


def compute_load(access, people, facilities, points_xy, zones=PLANE):
    """Each household counts at its nearest functional facility; a household
    the network cannot reach counts at the nearest one in a straight line.
    With no functional facility (or none at all) nobody is served. The
    compartments of a latrine block (Facilities.blocks) share the block's
    load: each carries it in proportion to its capacity, and all of them are
    overloaded when the block's people exceed the block's capacity."""
    points_xy = np.asarray(points_xy, dtype=float).reshape(-1, 2)
    assigned_to = access.facility.copy()
    distance = access.distance.copy()
    stranded = assigned_to < 0
    if stranded.any():
        distance[stranded], assigned_to[stranded] = nearest_in_straight_line(points_xy[stranded], facilities, zones)
    served = assigned_to >= 0
    block = facilities.block_of()
    count = int(block.max()) + 1 if len(block) else 0
    household_block = np.where(served, block[np.maximum(assigned_to, 0)] if len(block) else -1, -1)
    people_of = np.bincount(household_block[served], weights=people[served], minlength=count)
    working_capacity = np.where(facilities.functional, facilities.capacity, 0.0)
    capacity_of = np.bincount(block, weights=working_capacity, minlength=count)
    with np.errstate(divide="ignore", invalid="ignore"):
        # the share is exactly 1 for a facility alone in its block: its load is its own people
        assigned = np.where(capacity_of[block] > 0, people_of[block] * (working_capacity / capacity_of[block]), 0.0)
        load_pct = np.where(facilities.capacity > 0, 100.0 * assigned / facilities.capacity, np.nan)
    overloaded = facilities.functional & (people_of[block] > capacity_of[block])
    excess = _beyond_capacity(household_block, distance, people, np.unique(block[overloaded]),
                              people_of - capacity_of)
    return Load(assigned, load_pct, overloaded, excess)


def _beyond_capacity(household_block, distance, people, overloaded_blocks, surplus):
    """Who is beyond capacity: the households farthest from an overloaded block
    (``surplus``: per block number, its people beyond its capacity)."""
    excess = np.zeros(len(people), dtype=bool)
    if len(overloaded_blocks) == 0:
        return excess
    over = np.zeros(len(surplus), dtype=bool)
    over[overloaded_blocks] = True
    members = np.flatnonzero((household_block >= 0) & over[np.maximum(household_block, 0)])
    # The households of the overloaded blocks in one sort: block by block, the farthest first
    # (equal distances in household order), instead of a pass over all households per block.
    members = members[np.lexsort((-distance[members], household_block[members]))]
    block_of = household_block[members]
    starts = np.flatnonzero(np.concatenate([[True], block_of[1:] != block_of[:-1]]))
    for start, stop in zip(starts.tolist(), starts[1:].tolist() + [len(members)]):
        group = members[start:stop]
        taken = np.cumsum(people[group]) - people[group] < surplus[block_of[start]]
        excess[group[taken]] = True
    return excess
