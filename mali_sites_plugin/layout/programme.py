"""The camp's programme beyond housing and where each part of it goes, by the
zoning rules of the standards profile (its "zoning" object: accepted
practice, UNHCR site planning and the CCCM toolkit; the distances are design
defaults marked unverified).

- At the gate (the middle of the side facing the public road, where the
  first entrance stands; the entrances of the network once it is drawn,
  planner.py): reception and registration, distribution points, the market
  and the administration, each on plots within the gate-services distance
  of the primary road, nearest the entrance nearest the people it serves.
- The health post at the centre of its share of the households, at least
  the flood distance from flood-prone land and within the vehicle distance
  of a primary or secondary road.
- Schools and child-friendly spaces at the centre of their share, at least
  the quiet distance from the gate services and from the primary road.
- The women's safe space at the centre of its share, within its distance
  of a health post, school or distribution point.
- An extension reserve, the profile's share of the plots, whole
  communities first: beside the plan for fewer people than the site holds,
  else the communities farthest from the gate.
- A bathing and laundry plot in every community with its refuse bins
  (washing.py sizes them).

A rule is applied where the land allows and is always measured on the
finished plan (zoning.py); where no plot meets it the service takes the
best plot left and the check shows it.
"""
import math
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from .facilities import ServiceLot
from .plan import HOUSEHOLD

RECEPTION, ADMINISTRATION = "reception", "administration"
CHILD_SPACE, SAFE_SPACE = "child_friendly_space", "womens_safe_space"
RESERVE, WASHING = "extension_reserve", "bathing_laundry"
# kind, the people one serves (None: one per site) and the land it takes (m2)
PROGRAMME = ((RECEPTION, None, "reception_area_m2"), (ADMINISTRATION, None, "administration_area_m2"),
             (CHILD_SPACE, "people_per_child_friendly_space", "child_friendly_space_area_m2"),
             (SAFE_SPACE, "people_per_womens_safe_space", "womens_safe_space_area_m2"))
GATE_KINDS = (RECEPTION, "market", "distribution_point", ADMINISTRATION)  # placing order: fewest first
BUSY_KINDS = (RECEPTION, "distribution_point", "market")
QUIET_KINDS = ("school", CHILD_SPACE)
NEAR_SERVICES = ("health_post", "school", "distribution_point")  # what the women's safe space stays near
PLACING_ORDER = GATE_KINDS + ("health_post",) + QUIET_KINDS + (SAFE_SPACE,)
SAMPLE_M = 0.5  # spacing of the points lines are measured by (method setting)
MARGIN_M = 1.0  # a rule is placed with this margin, so the sampled distances still comply (method setting)
MM = 3  # distances compared to the millimetre: plots symmetric about the gate tie in any CRS, grid order breaks it


def apart(xy, point):
    """Distance from each of ``xy`` to ``point``, to the millimetre."""
    return np.round(np.hypot(*(xy - point).T), MM)


@dataclass
class Zones:
    """What placement knows of the plan before its network is drawn (local
    frame): points sampled along the primary road (the loop and the first
    entrance road) and along the edge of flood-prone land."""
    gates: list = None  # (x, y) of the entrances: the first one, or those of a network drawn before
    primary: object = None  # cKDTree of the primary road's points, or None
    flood: object = None  # cKDTree of the flood-prone land's edge points, or None

    def nearest_gate(self, point):
        """The entrance nearest ``point`` (an array), or None without entrances."""
        if not self.gates:
            return None
        gates = np.asarray(self.gates, dtype=float)
        return gates[int(np.argmin(apart(gates, point)))]

    def primary_distance(self, xy, within=np.inf):
        """To the primary road; inf beyond ``within`` m (see _distance)."""
        return _distance(self.primary, xy, within)

    def flood_distance(self, xy, within=np.inf):
        """To the edge of flood-prone land (plots are never on it), never more
        than the truth (less half the sampling step); inf beyond ``within`` m."""
        return np.maximum(_distance(self.flood, xy, within + SAMPLE_M / 2.0) - SAMPLE_M / 2.0, 0.0) \
            if self.flood is not None else _distance(None, xy)


def _distance(tree, xy, within=np.inf):
    """To the nearest of the points of ``tree``, inf beyond ``within``: the
    search stops there, where a point far inside a loop of sampled points
    would otherwise weigh thousands of them about as near."""
    if tree is None or not len(xy):
        return np.full(len(xy), np.inf)
    return np.round(tree.query(xy, distance_upper_bound=within)[0], MM)


def zones_of(site, gates):
    """The Zones of LocalSite ``site`` whose entrances are ``gates`` ((x, y), local)."""
    from shapely.geometry import LineString, Point
    from shapely.ops import nearest_points, unary_union
    from .land import polygon_parts
    primary = list(site.loop.lines) if site.loop is not None else []
    loop = unary_union(primary) if primary else None
    for gate in gates if loop is not None else []:
        target = nearest_points(Point(gate), loop)[1]
        primary.append(LineString([tuple(gate), (target.x, target.y)]))
    rings = [ring for part in polygon_parts(site.flood) for ring in [part.exterior] + list(part.interiors)] \
        if site.flood is not None and not site.flood.is_empty else []
    return Zones([tuple(g) for g in gates], _tree(primary), _tree(rings))


def _tree(lines):
    """cKDTree of points at most SAMPLE_M apart along ``lines``, or None."""
    pieces = []
    for line in lines:
        coords = np.asarray(line.coords)[:, :2]
        for start, end in zip(coords[:-1], coords[1:]):
            steps = max(int(math.ceil(np.hypot(*(end - start)) / SAMPLE_M)), 1)
            pieces.append(start + (end - start) * (np.arange(steps + 1)[:, None] / steps))
    return cKDTree(np.vstack(pieces)) if pieces else None


def rule(design, key):
    """The profile's zoning figure ``key``, or None when the profile has none
    (a user's profile without a zoning object: the rule is not applied)."""
    return design.profile.figures.get(key)


def programme_counts(design, people):
    """How many of each programme kind ``people`` need: one reception (at the
    first entrance) and one administration per site, the others by their ratio."""
    counts = {}
    for kind, ratio, _ in PROGRAMME:
        figure = rule(design, ratio) if ratio else None
        if people <= 0 or (ratio and figure is None):
            counts[kind] = 0
        else:
            counts[kind] = 1 if ratio is None else int(math.ceil(people / figure.value - 1e-9))
    return counts


def reserved_share(design):
    """The share of the plots the extension reserve and the washing plots take."""
    figure = rule(design, "extension_reserve_pct")
    return (figure.value / 100.0 if figure is not None else 0.0) + 1.0 / design.households_per_community


def land_lot(design, grid, kind, served):
    """Plots of the lot of a programme kind serving ``served`` people: its
    land over a plot's area, in proportion to the people it serves when they
    are fewer than its ratio (one per site: than a camp module of the
    profile's modular planning), at least one plot."""
    kinds = {k: (ratio, area) for k, ratio, area in PROGRAMME}
    ratio, area = kinds[kind]
    figure = rule(design, area)
    if figure is None:
        return 1
    full = figure.value / (grid.spec.plot_width * grid.spec.plot_depth)
    module = rule(design, ratio).value if ratio else design.household_size * np.prod(
        [design.value(key) for key in ("households_per_community", "communities_per_block", "blocks_per_sector",
                                       "sectors_per_camp")])
    return max(1, int(math.ceil(full * min(1.0, served / module) - 1e-9)))


def vehicle_distance(grid, xy, primary_distance):
    """Distance from each point to the nearest primary road or secondary road
    (the grid's roads and firebreaks between blocks, as their centrelines)."""
    from . import grid as lg
    distance = primary_distance.copy()
    for axis, coordinate in ((grid.x, xy[:, 0]), (grid.y, xy[:, 1])):
        middles = [(lo + hi) / 2.0 for lo, hi, kind, _ in axis.separators if kind in (lg.ROAD, lg.FIREBREAK)]
        if middles:
            across = np.abs(coordinate[:, None] - np.array(middles)[None, :]).min(axis=1)
            distance = np.minimum(distance, np.round(across, MM))
    return distance


def reserve_extension(design, grid, use, zones, priority=None):
    """The extension reserve, the profile's share of the plan's plots, whole
    communities first: where the plan is for fewer people than the site
    holds and enough plots are left out, the next ones in the fill
    ``priority`` (the plan grows into them); else the planned plots
    farthest from the entrances, in whole communities (a share above half is
    taken as half). Returns [ServiceLot]: one, or none."""
    figure = rule(design, "extension_reserve_pct")
    housing = np.flatnonzero(use == HOUSEHOLD)
    if figure is None or len(housing) < 2:
        return []
    xy = grid.centres
    share = min(figure.value / 100.0, 0.5)
    count = min(int(math.ceil(share * len(housing) - 1e-9)), len(housing) - 1)
    spare = np.flatnonzero(use == "")
    beside = int(math.ceil(share / (1.0 - share) * len(housing) - 1e-9))  # the share of the plan it joins
    if priority is not None and len(spare) >= beside:
        count = beside
        pool = spare[np.argsort(priority[spare], kind="stable")]
    else:
        community = grid.comm_x * 100000 + grid.comm_y
        anchors = zones.gates or [xy[housing].mean(axis=0)]
        distance = np.min([apart(xy[housing], np.asarray(a, dtype=float)) for a in anchors], axis=0)
        order, starts = _groups(community[housing])
        # each household ranked by its community's plot nearest the entrances
        rank = np.empty(len(housing))
        rank[order] = np.repeat(np.minimum.reduceat(distance[order], starts), np.diff(np.r_[starts, len(order)]))
        pool = housing[np.lexsort((-distance, -rank))]
        # whole communities: a household left alone among reserved plots could have no latrine within reach
        last = community[pool[count - 1]] if count else None
        while count < len(pool) - 1 and community[pool[count]] == last:
            count += 1
    reserved = [int(p) for p in pool[:count]]
    if not reserved:
        return []
    use[reserved] = RESERVE
    middle = xy[reserved].mean(axis=0)
    return [ServiceLot(RESERVE, reserved[int(np.argmin(apart(xy[reserved], middle)))], reserved, [])]


def washing_lots(design, grid, use, potential):
    """One plot per community with households for its bathing, laundry and
    refuse point: the household plot nearest the community's centre; a
    fragment of a community (fewer than a quarter of a community's plots)
    uses its neighbours'."""
    xy = grid.centres
    community = grid.comm_x * 100000 + grid.comm_y
    housing = np.flatnonzero((use == HOUSEHOLD) & (potential > 0))
    lots = []
    order, starts = _groups(community[housing])
    for members in np.split(housing[order], starts[1:]):
        if len(members) < max(design.households_per_community / 4.0, 2):
            continue
        centre = xy[members].mean(axis=0)
        plot = int(members[np.argmin(apart(xy[members], centre))])
        use[plot] = WASHING
        lots.append(ServiceLot(WASHING, plot, [plot], [int(p) for p in members if p != plot]))
    return lots


def _groups(keys):
    """(order, starts): ``keys`` sorted stably by ``order``, each run of one
    key (ascending) starting at ``starts`` in it; its members in their order."""
    order = np.argsort(keys, kind="stable")
    if not len(order):
        return order, np.zeros(0, dtype=np.int64)
    return order, np.r_[0, np.flatnonzero(np.diff(keys[order])) + 1]


def receptions_at_gates(design, grid, use, people, services, gates, may_rehouse):
    """A reception lot next to every entrance of the finished network
    (``gates``, local frame) that has none within the reception distance:
    on the vacant plots nearest it, else (``may_rehouse``: a plan for the
    site's capacity) on the household plots nearest it, whose households the
    plan then does without. Updates ``use``, ``people`` and ``services``;
    returns the households given up."""
    from .plan import VACANT
    from .zoning import lot_around
    figure = rule(design, "max_distance_reception_to_entrance_m")
    if figure is None or len(gates) < 2:
        return 0
    xy = grid.centres
    community = grid.comm_x * 100000 + grid.comm_y
    gates = np.asarray(gates, dtype=float)
    homes = np.flatnonzero(people > 0)
    nearest_gate = cKDTree(gates).query(xy[homes])[1] if len(homes) else np.zeros(0, dtype=int)
    given_up = 0
    for k, gate in enumerate(gates):
        centres = [xy[lot.centre] for lot in services if lot.kind == RECEPTION]
        if centres and figure.complies(np.min([apart(np.array([gate]), c)[0] for c in centres]) + MARGIN_M):
            continue
        free = use == VACANT
        if not (free & figure.complies(apart(xy, gate) + MARGIN_M)).any():
            if not may_rehouse:
                continue
            free = free | (people > 0)
        candidates = np.flatnonzero(free)
        if not len(candidates):
            continue
        centre = int(candidates[np.argmin(apart(xy[candidates], gate))])
        catchment = homes[nearest_gate == k]
        lot = lot_around(xy, free, community, centre,
                          land_lot(design, grid, RECEPTION, float(people[catchment].sum())))
        given_up += int((people[lot] > 0).sum())
        use[lot] = RECEPTION
        people[lot] = 0.0
        services.append(ServiceLot(RECEPTION, centre, lot, [int(p) for p in catchment if people[p] > 0]))
    return given_up
