"""A population smaller than the site's capacity: the plan takes whole
communities nearest the entrance (or the middle of the land), block by
block, until the people fit, and plans its facilities for them."""
import math

import numpy as np

from ..common.progress import NO_MONITOR
from .programme import zones_of
from .services import allocate


def fill_order(site, grid, gate):
    """(community keys nearest the anchor first, whole blocks at a time; the
    community key of each plot; the fill priority of each plot). The anchor
    is the entrance ``gate``, else the centre of the buildable land."""
    if gate is not None:
        anchor = np.array(gate)
    else:
        point = site.buildable.representative_point()
        centre = site.buildable.centroid
        anchor = np.array([centre.x, centre.y]) if site.buildable.contains(centre) \
            else np.array([point.x, point.y])
    block_key = grid.block_x * 100000 + grid.block_y
    comm_key = grid.comm_x * 100000 + grid.comm_y
    distance = np.hypot(*(grid.centres - anchor).T)
    blocks = {key: distance[block_key == key].min() for key in np.unique(block_key)}
    communities = {}
    for key in np.unique(comm_key):
        members = comm_key == key
        communities[key] = (blocks[block_key[members][0]], distance[members].min())
    order = sorted(communities, key=lambda k: communities[k])
    rank = {key: r for r, key in enumerate(order)}
    priority = np.array([rank[k] for k in comm_key], dtype=float) * 1e7 + distance
    return order, comm_key, priority


def fill(design, site, evaluation, requested, monitor=NO_MONITOR, gates=None):
    """The Allocation of the communities ``requested`` people need on the
    full-capacity ``evaluation``: first as many as the share of household
    plots of the full plan suggests, then more until they fit; services at
    the entrances ``gates`` (default: the first)."""
    grid = evaluation.grid
    needed = int(math.ceil(requested / design.household_size - 1e-9))
    order, comm_key, priority = fill_order(site, grid, evaluation.access.gate)
    sizes = {key: int((comm_key == key).sum()) for key in order}
    share = max(evaluation.allocation.households / max(len(grid), 1), 0.05)
    count, total = 0, 0
    while count < len(order) and total * share < needed:
        total += sizes[order[count]]
        count += 1
    zones = zones_of(site, gates or [evaluation.access.gate])
    for _ in range(len(order) + 1):
        monitor.check()
        selected = np.isin(comm_key, order[:count])
        allocation = allocate(design, grid, needed, selected, priority, monitor=monitor, zones=zones)
        if allocation.households >= needed or count >= len(order):
            return allocation
        missing = needed - allocation.households
        while count < len(order) and missing > 0:
            missing -= sizes[order[count]] * share
            count += 1
    return allocation
