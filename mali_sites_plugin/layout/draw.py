"""The records of a plan in the metric CRS, from its grid (local frame) and
what each plot holds: plots, shelters, blocks, roads, firebreaks and the
land left out with its reason."""
from dataclasses import dataclass

import numpy as np
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from . import grid as lg
from ..placement.capacitated import nearest_assignment
from .land import polygon_parts, polygonal
from .plan import ENTRANCE, HOUSEHOLD, LEFTOVER, VACANT, Block, ExcludedLand, Firebreak, Plot, Road, Shelter

ROAD_CLASSES = {lg.ROAD: "secondary", lg.LANE: "lane", lg.PATH: "path"}
SLIVER_M2 = 0.01  # smallest piece of land worth reporting (a setting of the method)
PINCH_M = 1e-4  # leftover land is opened by this much (a setting of the method)


@dataclass
class Occupancy:
    """The plan's plots once facilities nobody uses are dropped."""
    use: np.ndarray  # per grid plot; "" for plots not in the plan
    people: np.ndarray
    latrines: list  # plots of the latrine blocks kept
    taps: list


def vacate_unused(grid, allocation):
    """Facilities nobody is nearest to, and household plots nobody lives on,
    become vacant plots."""
    use, people = allocation.use.copy(), allocation.people
    xy = grid.centres
    homes = np.flatnonzero(people > 0)
    kept = []
    for group in (allocation.latrines, allocation.taps):
        group = list(group)
        if group and len(homes):
            _, _, load = nearest_assignment(xy[homes], people[homes], xy[group])
            unused = [plot for plot, served in zip(group, load) if served <= 0]
        else:
            unused = group
        for plot in unused:
            use[plot] = VACANT
        kept.append([plot for plot in group if plot not in unused])
    use[(use == HOUSEHOLD) & ~(people > 0)] = VACANT
    return Occupancy(use, people, *kept)


@dataclass
class Numbering:
    """Ids of the plan's parts, in reading order of the local frame (top left first)."""
    order: list  # grid indices of the plan's plots, in plot_id order
    plot_id: dict  # grid index -> plot_id
    block_pairs: list  # (block_x, block_y) in block_id order
    block_id: dict  # (block_x, block_y) -> block_id
    sector_id: dict  # (sector_x, sector_y) -> sector_id
    community_pairs: list  # (comm_x, comm_y) in community_id order
    community_id: dict
    sector_size: tuple  # blocks per sector along x, y

    def sector_of(self, block):
        return self.sector_id[(block[0] // self.sector_size[0], block[1] // self.sector_size[1])]


def number(grid, use):
    """The Numbering of the grid plots in use: blocks top left first,
    communities block by block, plots community by community."""
    keep = np.flatnonzero(use != "")
    spec = grid.spec
    block_pairs = sorted(_pairs(grid.block_x[keep], grid.block_y[keep])[0], key=lambda b: (-b[1], b[0]))
    block_id = {b: i + 1 for i, b in enumerate(block_pairs)}
    sector_pairs = sorted({(bx // spec.sector_x, by // spec.sector_y) for bx, by in block_pairs},
                          key=lambda s: (-s[1], s[0]))
    communities, community_of = _pairs(grid.comm_x[keep], grid.comm_y[keep])
    comm_pairs = sorted(communities, key=lambda c: (block_id[(grid.x.comm_block[c[0]], grid.y.comm_block[c[1]])],
                                                    -c[1], c[0]))
    comm_id = {c: i + 1 for i, c in enumerate(comm_pairs)}
    # plots community by community, then top row first, then left to right
    ranks = np.array([comm_id[c] for c in communities], dtype=np.int64)[community_of]
    order = list(keep[np.lexsort((grid.x0[keep], -grid.y0[keep], ranks))])
    return Numbering(order, {int(i): k + 1 for k, i in enumerate(order)}, block_pairs, block_id,
                     {s: i + 1 for i, s in enumerate(sector_pairs)}, comm_pairs, comm_id,
                     (spec.sector_x, spec.sector_y))


def _pairs(first, second):
    """([(a, b)] distinct pairs of the two int arrays, the index of each element's pair)."""
    if not len(first):
        return [], np.zeros(0, dtype=np.int64)
    pairs, index = np.unique(np.column_stack([first, second]), axis=0, return_inverse=True)
    return [(int(a), int(b)) for a, b in pairs], index.reshape(-1)


@dataclass
class Footprints:
    """Corners (n, 4, 2) in the metric CRS of the plan's plots (in plot_id
    order) and shelters: the records' polygons, as arrays for measuring."""
    plots: np.ndarray
    shelters: np.ndarray
    homes: np.ndarray  # grid index of each shelter's plot


def footprints(frame, grid, numbering, people, side):
    """Footprints of the plots and of square shelters of ``side`` m centred
    in the household plots."""
    order = np.asarray(numbering.order, dtype=int)
    homes = order[people[order] > 0]
    cx, cy = grid.centres[homes, 0], grid.centres[homes, 1]
    return Footprints(frame.box_corners(grid.x0[order], grid.y0[order], grid.x1[order], grid.y1[order]),
                      frame.box_corners(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2), homes)


def plot_records(grid, numbering, occupancy, footprint):
    people, records = occupancy.people, []
    # corners as lists: shapely 1.8 makes a polygon of a list faster than of an array
    for i, corners in zip(numbering.order, footprint.plots.tolist()):
        block = (int(grid.block_x[i]), int(grid.block_y[i]))
        records.append(Plot(Polygon(corners), numbering.plot_id[int(i)],
                            numbering.community_id[(int(grid.comm_x[i]), int(grid.comm_y[i]))],
                            numbering.block_id[block], numbering.sector_of(block),
                            1 if people[i] > 0 else 0, float(people[i]), occupancy.use[i]))
    return records


def shelter_records(numbering, people, footprint, side):
    return [Shelter(Polygon(corners), numbering.plot_id[int(i)], float(people[i]), side * side)
            for i, corners in zip(footprint.homes, footprint.shelters.tolist())]


def block_records(frame, grid, numbering, people, land):
    """Blocks as the land they cover: the envelope of their plots clipped to
    the buildable ``land`` (local frame)."""
    order = np.asarray(numbering.order, dtype=int)
    blocks, block_of = _pairs(grid.block_x[order], grid.block_y[order])
    by_block = np.argsort(block_of, kind="stable")  # each block's plots in plot_id order
    members_of = dict(zip(blocks, np.split(order[by_block], np.flatnonzero(np.diff(block_of[by_block])) + 1)))
    records = []
    for block in numbering.block_pairs:
        members = members_of[block]
        envelope = box(grid.x0[members].min(), grid.y0[members].min(), grid.x1[members].max(),
                       grid.y1[members].max())
        covered = polygonal(envelope.intersection(land))
        records.append(Block(frame.to_metric(covered if not covered.is_empty else envelope),
                             numbering.block_id[block], numbering.sector_of(block),
                             len(_pairs(grid.comm_x[members], grid.comm_y[members])[0]), len(members),
                             int(np.count_nonzero(people[members] > 0)), float(people[members].sum())))
    return records


def circulation_records(design, site, grid, numbering, corridors, monitor):
    """(roads, firebreaks, the local network polygons): the entrance roads and
    crossings, the primary loop, then firebreaks, roads, lanes and paths
    around the blocks in use, each on the land not taken by the ones before."""
    strips = lg.circulation(grid, set(numbering.block_pairs), site.site.bounds) if numbering.block_pairs else []
    by_kind = {}
    for x0, y0, x1, y1, kind in strips:
        by_kind.setdefault(kind, []).append(box(x0, y0, x1, y1))
    roads, firebreaks, network = [], [], []
    taken = Polygon()
    for shape, kind in corridors:
        shape = polygonal(shape.difference(taken)) if not taken.is_empty else shape
        roads += [Road(site.frame.to_metric(part), ENTRANCE if kind == "entrance" else "primary", design.primary)
                  for part in polygon_parts(shape) if part.area > SLIVER_M2]
        taken = polygonal(unary_union([taken, shape]))
        network.append(shape)
    if site.loop is not None and not site.loop.ring.is_empty:
        ring = polygonal(site.loop.ring.difference(taken)) if not taken.is_empty else site.loop.ring
        roads += [Road(site.frame.to_metric(part), "primary", design.primary)
                  for part in polygon_parts(ring) if part.area > SLIVER_M2]
        taken = polygonal(unary_union([taken, ring]))
        network.append(ring)
    widths = {lg.FIREBREAK: design.firebreak, lg.ROAD: design.road, lg.LANE: design.lane,
              lg.PATH: design.options.path_width}
    for kind in (lg.FIREBREAK, lg.ROAD, lg.LANE, lg.PATH):
        if kind not in by_kind:
            continue
        monitor.check()
        shape = polygonal(unary_union(by_kind[kind]).intersection(site.buildable))
        if not taken.is_empty:
            shape = polygonal(shape.difference(taken))
        taken = polygonal(unary_union([taken, shape])) if not shape.is_empty else taken
        network.append(shape)
        for part in polygon_parts(shape):
            if part.area <= SLIVER_M2:
                continue
            if kind == lg.FIREBREAK:
                firebreaks.append(Firebreak(site.frame.to_metric(part), widths[kind]))
            else:
                roads.append(Road(site.frame.to_metric(part), ROAD_CLASSES[kind], widths[kind]))
    return roads, firebreaks, network


def excluded_records(site, grid, numbering, corridor, network, monitor):
    """The land removed (setback, exclusion, flood, slope; the entrance road
    crosses it) and the buildable land neither plots nor network use."""
    frame, excluded = site.frame, []
    corridor_metric = frame.to_metric(corridor) if corridor is not None else None
    for reason, geometry in site.land.removed.items():
        if corridor_metric is not None:
            geometry = polygonal(geometry.difference(corridor_metric))
        excluded += [ExcludedLand(part, reason, part.area) for part in polygon_parts(geometry)
                     if part.area > SLIVER_M2]
    monitor.check()
    used = [box(grid.x0[i], grid.y0[i], grid.x1[i], grid.y1[i]) for i in numbering.order
            if (grid.comm_x[i], grid.comm_y[i]) not in grid.complete]
    for cx, cy in numbering.community_pairs:
        if (cx, cy) in grid.complete:
            xlo, xhi = grid.x.comm_extent[cx]
            ylo, yhi = grid.y.comm_extent[cy]
            used.append(box(xlo, ylo, xhi, yhi))
    leftover = polygonal(site.buildable.difference(unary_union(used + network)))
    # Opened by PINCH_M: pieces that touch at a corner (a plot's corner on the loop's) come apart,
    # so no piece turns self-intersecting once its corners are reprojected.
    leftover = polygonal(leftover.buffer(-PINCH_M, join_style=2).buffer(PINCH_M, join_style=2))
    for part in polygon_parts(leftover):
        if part.area > SLIVER_M2:
            metric = frame.to_metric(part)
            excluded.append(ExcludedLand(metric, LEFTOVER, metric.area))
    return excluded
