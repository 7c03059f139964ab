"""Service lots placed by the profile's zoning rules (programme.py says
which service goes where). Each kind's catchment is one group of a balanced
partition of the households; its lot is the plots nearest its centre plot,
in the same community first. The centre plot is, among the free plots that
meet the kind's rules (each with a small margin), the nearest the entrance
nearest its group for the gate services, else the nearest the centre of its group; with none
left that meets them, the rules are dropped one at a time, last first."""
import numpy as np

from ..common.progress import NO_MONITOR
from ..placement.capacitated import balanced_groups, group_centres
from .facilities import ServiceLot
from .programme import (BUSY_KINDS, GATE_KINDS, MARGIN_M, NEAR_SERVICES, PLACING_ORDER, QUIET_KINDS,
                        SAFE_SPACE, apart, rule, vehicle_distance)


def place_zoned(design, grid, potential, available, counts, lot_of, zones, monitor=NO_MONITOR):
    """[ServiceLot] of every service kind of ``counts`` (kind -> how many) on
    the ``available`` plots; ``lot_of(kind, people served)``: plots of a lot."""
    xy = grid.centres
    available = available.copy()
    community = grid.comm_x * 100000 + grid.comm_y
    housing = np.flatnonzero(available & (potential > 0))
    # the vehicle roads are the primary road or a road nearer: their rules read it too
    primary = zones.primary_distance(xy, _reach(design, ("primary", "vehicle")))
    measures = {"primary": primary, "vehicle": vehicle_distance(grid, xy, primary),
                "flood": zones.flood_distance(xy, _reach(design, ("flood",))), "lots": _LotDistances(xy)}
    lots = []
    for kind in PLACING_ORDER:
        count = counts.get(kind, 0)
        monitor.check()
        if count <= 0 or len(housing) == 0:
            continue
        labels = balanced_groups(xy[housing], potential[housing], count)
        centres, served = group_centres(xy[housing], potential[housing], labels, count)
        for j in range(count):
            if not available.any():
                break
            # never in a fragment of a community at the edge of the land: its last households could be
            # left with no plot for their latrine or water point
            rules = _rules(design, kind, measures, lots) + [~fragment(design, community, available)]
            # a gate service at the entrance nearest the people it serves
            anchor = zones.nearest_gate(centres[j]) if kind in GATE_KINDS and zones.gates else centres[j]
            centre = _centre_plot(xy, available, rules, anchor)
            lot = lot_around(xy, available, community, centre, lot_of(kind, float(served[j])))
            available[lot] = False
            lots.append(ServiceLot(kind, centre, lot, [int(p) for p in housing[labels == j]]))
    return lots


# Each kind's zoning rules, most important first: (kinds, figure, the distance it reads). "vehicle"
# is the distance to the primary road or a road nearer (programme.vehicle_distance), "busy" and
# "services" to the lots of BUSY_KINDS and NEAR_SERVICES placed before.
ZONING_RULES = ((GATE_KINDS, "max_distance_gate_services_to_primary_m", "primary"),
                (("health_post",), "min_distance_health_to_flood_m", "flood"),
                (("health_post",), "max_distance_health_to_vehicle_road_m", "vehicle"),
                (QUIET_KINDS, "min_distance_school_to_busy_m", "busy"),
                (QUIET_KINDS, "min_distance_school_to_primary_m", "primary"),
                ((SAFE_SPACE,), "max_distance_safe_space_to_services_m", "services"))
LOT_KINDS = {"busy": BUSY_KINDS, "services": NEAR_SERVICES}


def _reach(design, distances):
    """How far the ``distances`` need measuring for the rules that read
    them: each compares a distance with its margin to its figure, so beyond
    the largest figure (and a metre more) any distance gives every rule the
    same verdict."""
    figures = [rule(design, key) for _, key, reads in ZONING_RULES if reads in distances]
    return max([figure.value for figure in figures if figure is not None], default=0.0) + MARGIN_M + 1.0


def fragment(design, community, free):
    """bool per plot: its community has fewer than a quarter of a
    community's plots free (a sliver along the edge of the land)."""
    keys, index, counts = np.unique(community[free], return_inverse=True, return_counts=True)
    small = np.zeros(len(community), dtype=bool)
    small[np.flatnonzero(free)] = counts[index] < design.households_per_community / 4.0
    return small | ~free


def _rules(design, kind, measures, lots):
    """bool per plot for each zoning rule of ``kind`` (ZONING_RULES, most important first)."""
    rules = []
    for kinds, key, reads in ZONING_RULES:
        figure = rule(design, key) if kind in kinds else None
        if figure is not None:
            distance = measures["lots"](lots, LOT_KINDS[reads]) if reads in LOT_KINDS else measures[reads]
            margin = MARGIN_M if figure.comparison in ("<", "<=") else -MARGIN_M
            rules.append(figure.complies(distance + margin))
    return rules


class _LotDistances:
    """Distance from each plot to the nearest centre of a lot of some kinds,
    as the lots are placed (a list only added to): each lot measured once."""

    def __init__(self, xy):
        self.xy, self.known = xy, {}  # kinds -> (lots seen, distances)

    def __call__(self, lots, kinds):
        seen, distance = self.known.get(kinds, (0, np.full(len(self.xy), np.inf)))
        for lot in lots[seen:]:
            if lot.kind in kinds:
                distance = np.minimum(distance, apart(self.xy, self.xy[lot.centre]))
        self.known[kinds] = (len(lots), distance)
        return distance


def _centre_plot(xy, available, rules, anchor):
    """The free plot nearest ``anchor`` that meets all ``rules``, else the
    first rules only."""
    mask = available
    for kept in range(len(rules), 0, -1):
        mask = available.copy()
        for meets in rules[:kept]:
            mask &= meets
        if mask.any():
            break
        mask = available
    candidates = np.flatnonzero(mask)
    return int(candidates[np.argmin(apart(xy[candidates], anchor))])


def lot_around(xy, available, community, centre, size):
    """The ``size`` free plots nearest ``centre``, in its community first."""
    candidates = np.flatnonzero(available)
    same = community[candidates] == community[centre]
    from_centre = apart(xy[candidates], xy[centre])
    order = np.lexsort((from_centre, ~same))
    return [int(p) for p in candidates[order[:size]]]
