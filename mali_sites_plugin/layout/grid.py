"""The hierarchical grid of a site plan, in the plan's local frame.

The local frame is the metric CRS rotated so that plot rows run along x.
Along each axis the plan is a sequence of *units* (plot columns along x,
back-to-back row pairs along y) grouped into communities, blocks and
firebreak cells, with separators between them:

    x: plot|plot|plot  lane  plot|plot ...  road  ...  firebreak ...
    y: row pair  path  row pair  lane  ...  road  ...  firebreak ...

A path runs between the row pairs of a community (every plot fronts one), a
lane (cluster spacing) between communities of a block, a road between
blocks of a firebreak cell, and a firebreak wherever one more block would
make the built-up stretch longer than the firebreak spacing. The plan is
the product of the two axes; only whole plots inside the buildable land are
kept.
"""
import math
from dataclasses import dataclass, field

import numpy as np
from shapely.geometry import box
from shapely.prepared import prep

from ..common.errors import InputError
from ..common.progress import NO_MONITOR

PATH, LANE, ROAD, FIREBREAK = "path", "lane", "road", "firebreak"
EDGE_MARGIN = 0.001  # m


@dataclass
class Axis:
    """Units and separators along one axis of the local frame."""
    unit_lo: np.ndarray  # start of each unit
    unit_hi: np.ndarray
    comm: np.ndarray  # community ordinal of each unit along this axis
    block: np.ndarray  # block ordinal
    cell: np.ndarray  # firebreak cell ordinal
    separators: list = field(default_factory=list)  # (lo, hi, kind, owner ordinal)
    comm_extent: dict = field(default_factory=dict)  # community ordinal -> (lo, hi)
    block_extent: dict = field(default_factory=dict)
    cell_extent: dict = field(default_factory=dict)
    comm_block: dict = field(default_factory=dict)  # community ordinal -> block ordinal
    block_cell: dict = field(default_factory=dict)

    def stretches(self):
        """Lengths of the firebreak cells (built-up stretches) along this axis."""
        return [hi - lo for lo, hi in self.cell_extent.values()]


def axis_pattern(lo, hi, unit, per_comm, inner_gap, lane, per_block, road, firebreak, spacing):
    """Lay units from ``lo`` until past ``hi``. ``per_block`` is reduced when
    a block would be longer than the firebreak spacing; a community longer
    than the spacing is an input error (plots far too large)."""
    community = per_comm * unit + (per_comm - 1) * inner_gap
    if community > spacing + 1e-9:
        raise InputError(
            "A community of %d plot(s) of %.1f m is %.1f m long, more than the firebreak "
            "spacing of %g m: give smaller plots (PLOT_WIDTH / PLOT_DEPTH)",
            per_comm, unit, community, spacing)
    per_block = max(1, min(per_block, int(math.floor((spacing + lane + 1e-9) / (community + lane)))))
    block_length = per_block * community + (per_block - 1) * lane
    unit_lo, comms, blocks, cells, separators = [], [], [], [], []
    comm_extent, block_extent, cell_extent, comm_block, block_cell = {}, {}, {}, {}, {}
    position = lo
    comm_index = block_index = cell_index = 0
    while position < hi:
        cell_start = position
        b = 0
        # A cell takes another block (with a road before it) while the
        # built-up stretch it would make stays within the spacing: blocks beyond
        # ``hi`` hold no plot, so a site narrower than the spacing gets no firebreak.
        while b == 0 or (position < hi and min(hi, position + road + block_length) - cell_start
                                            <= spacing + 1e-9):
            if b:
                separators.append((position, position + road, ROAD, cell_index))
                position += road
            b += 1
            block_start = position
            for c in range(per_block):
                if c:
                    separators.append((position, position + lane, LANE, block_index))
                    position += lane
                comm_start = position
                for u in range(per_comm):
                    if u and inner_gap > 0:
                        separators.append((position, position + inner_gap, PATH, comm_index))
                    position += inner_gap if u else 0.0
                    unit_lo.append(position)
                    comms.append(comm_index)
                    blocks.append(block_index)
                    cells.append(cell_index)
                    position += unit
                comm_extent[comm_index] = (comm_start, position)
                comm_block[comm_index] = block_index
                comm_index += 1
            block_extent[block_index] = (block_start, position)
            block_cell[block_index] = cell_index
            block_index += 1
        cell_extent[cell_index] = (cell_start, position)
        cell_index += 1
        if position < hi:
            separators.append((position, position + firebreak, FIREBREAK, cell_index))
            position += firebreak
    unit_lo = np.asarray(unit_lo, dtype=float)
    return Axis(unit_lo, unit_lo + unit, np.asarray(comms), np.asarray(blocks), np.asarray(cells),
                separators, comm_extent, block_extent, cell_extent, comm_block, block_cell)


def community_shapes(households, width, depth, path, spacing):
    """(row pairs, columns) arrangements of a community of ``households``
    plots, squarest first; each fits within the firebreak spacing."""
    shapes = []
    for pairs in range(1, households + 1):
        columns = int(math.ceil(households / (2.0 * pairs)))
        if 2 * pairs * columns - households >= 2 * pairs and pairs > 1:
            continue  # a whole column would stay empty
        extent_x = columns * width
        extent_y = pairs * 2 * depth + (pairs - 1) * path
        if extent_x > spacing or extent_y > spacing:
            continue
        waste = 2 * pairs * columns - households
        shapes.append((waste, abs(math.log(extent_x / extent_y)), pairs, columns))
    if not shapes:
        raise InputError(
            "Plots of %.1f x %.1f m are too large: a community of %d plots does not fit within "
            "the firebreak spacing of %g m. Give smaller PLOT_WIDTH / PLOT_DEPTH.",
            width, depth, households, spacing)
    shapes.sort()
    return [(pairs, columns) for _, _, pairs, columns in shapes]


def block_shape(communities, comm_x, comm_y, lane, spacing):
    """(communities along x, along y) of a block: as many communities as the
    profile says if they fit within the firebreak spacing, squarest first."""
    best = None
    for along_x in range(1, communities + 1):
        along_y = int(math.ceil(communities / along_x))
        if along_x * along_y - communities >= min(along_x, along_y):
            continue
        ext_x = along_x * comm_x + (along_x - 1) * lane
        ext_y = along_y * comm_y + (along_y - 1) * lane
        fits = ext_x <= spacing + 1e-9 and ext_y <= spacing + 1e-9
        key = (not fits, abs(math.log(ext_x / ext_y)))
        if best is None or key < best[0]:
            best = (key, along_x, along_y)
    return best[1], best[2]


def sector_shape(blocks):
    """(blocks along x, along y) of a sector, squarest factorisation."""
    best = (blocks, 1)
    for along_x in range(1, blocks + 1):
        if blocks % along_x == 0:
            along_y = blocks // along_x
            if abs(along_x - along_y) < abs(best[0] - best[1]):
                best = (along_x, along_y)
    return best


@dataclass
class GridSpec:
    plot_width: float
    plot_depth: float
    path_width: float
    lane_width: float
    road_width: float
    firebreak_width: float
    firebreak_spacing: float
    community_pairs: int  # row pairs per community
    community_columns: int
    block_x: int  # communities along x per block
    block_y: int
    sector_x: int
    sector_y: int

    @property
    def community_x(self):
        return self.community_columns * self.plot_width

    @property
    def community_y(self):
        return self.community_pairs * 2 * self.plot_depth + (self.community_pairs - 1) * self.path_width

    def density(self):
        """Plots per square metre of an endless plan: the periodic cell of
        one firebreak cell and its firebreak, along both axes."""
        per_area = 1.0
        for unit_count, community, per_block in (
                (self.community_columns, self.community_x, self.block_x),
                (2 * self.community_pairs, self.community_y, self.block_y)):
            per_block_fit = max(1, min(per_block, int(math.floor(
                (self.firebreak_spacing + self.lane_width + 1e-9) / (community + self.lane_width)))))
            block = per_block_fit * community + (per_block_fit - 1) * self.lane_width
            per_cell = max(1, int(math.floor((self.firebreak_spacing + self.road_width + 1e-9)
                                             / (block + self.road_width))))
            period = per_cell * block + (per_cell - 1) * self.road_width + self.firebreak_width
            per_area *= per_cell * per_block_fit * unit_count / period
        return per_area


@dataclass
class Grid:
    """Plots of the grid that lie inside the buildable land (local frame)."""
    spec: GridSpec
    x: Axis
    y: Axis
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    comm_x: np.ndarray  # community ordinal along x of each plot
    comm_y: np.ndarray
    block_x: np.ndarray
    block_y: np.ndarray
    cell_x: np.ndarray
    cell_y: np.ndarray
    complete: set  # (comm_x, comm_y) of communities with every plot inside
    latrine_ok: np.ndarray = None  # bool per plot: far enough from flood-prone land for a latrine block

    def __len__(self):
        return len(self.x0)

    @property
    def centres(self):
        return np.column_stack([(self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0])


def lay_out(spec, buildable, origin=None, monitor=NO_MONITOR):
    """The plots of ``spec`` that fit inside ``buildable`` (local frame).

    Communities are tested first: a community rectangle inside the land
    keeps all its plots, one outside it none, and only the plots of
    communities across the edge are tested one by one."""
    xmin, ymin, xmax, ymax = buildable.bounds
    if origin is not None:
        xmin, ymin = origin
    else:
        # Start 1 mm inside the land: a plot flush with the edge must not come
        # and go with the last digits of a coordinate transform.
        xmin, ymin = xmin + EDGE_MARGIN, ymin + EDGE_MARGIN
    x = axis_pattern(xmin, xmax, spec.plot_width, spec.community_columns, 0.0, spec.lane_width,
                     spec.block_x, spec.road_width, spec.firebreak_width, spec.firebreak_spacing)
    y = axis_pattern(ymin, ymax, 2 * spec.plot_depth, spec.community_pairs, spec.path_width,
                     spec.lane_width, spec.block_y, spec.road_width, spec.firebreak_width,
                     spec.firebreak_spacing)
    land = prep(buildable)
    # rows: each row pair of the y axis holds two rows of plots, back to back
    row_lo = np.concatenate([y.unit_lo, y.unit_lo + spec.plot_depth])
    row_pair = np.concatenate([np.arange(len(y.unit_lo)), np.arange(len(y.unit_lo))])
    order = np.argsort(row_lo, kind="stable")
    row_lo, row_pair = row_lo[order], row_pair[order]
    columns_of = {c: np.flatnonzero(x.comm == c) for c in x.comm_extent}
    rows_of = {c: np.flatnonzero(y.comm[row_pair] == c) for c in y.comm_extent}
    keep_columns, keep_rows, complete = [], [], set()
    for cy, (ylo, yhi) in y.comm_extent.items():
        monitor.check()
        for cx, (xlo, xhi) in x.comm_extent.items():
            rectangle = box(xlo, ylo, xhi, yhi)
            columns, rows = columns_of[cx], rows_of[cy]
            if land.contains(rectangle):  # every plot, row by row (np.meshgrid's order)
                keep_columns.append(np.tile(columns, len(rows)))
                keep_rows.append(np.repeat(rows, len(columns)))
                complete.add((cx, cy))
            elif land.intersects(rectangle):
                for row in rows:
                    lo = row_lo[row]
                    for column in columns:
                        if land.contains(box(x.unit_lo[column], lo, x.unit_hi[column],
                                             lo + spec.plot_depth)):
                            keep_columns.append(np.array([column]))
                            keep_rows.append(np.array([row]))
    if keep_columns:
        columns = np.concatenate(keep_columns).astype(int)
        rows = np.concatenate(keep_rows).astype(int)
    else:
        columns = rows = np.zeros(0, dtype=int)
    pairs = row_pair[rows]
    y0 = row_lo[rows]
    return Grid(spec, x, y, x.unit_lo[columns], y0, x.unit_hi[columns], y0 + spec.plot_depth,
                x.comm[columns], y.comm[pairs], x.block[columns], y.block[pairs], x.cell[columns],
                y.cell[pairs], complete)


def subset(grid, keep):
    """The Grid of the plots where ``keep`` (bool per plot) holds."""
    lost = {(int(cx), int(cy)) for cx, cy in zip(grid.comm_x[~keep], grid.comm_y[~keep])}
    return Grid(grid.spec, grid.x, grid.y, grid.x0[keep], grid.y0[keep], grid.x1[keep], grid.y1[keep],
                grid.comm_x[keep], grid.comm_y[keep], grid.block_x[keep], grid.block_y[keep], grid.cell_x[keep],
                grid.cell_y[keep], grid.complete - lost,
                None if grid.latrine_ok is None else grid.latrine_ok[keep])


def circulation(grid, used_blocks, frame, along=False):
    """Rectangles (x0, y0, x1, y1, kind) of paths, lanes and roads around
    the blocks in ``used_blocks`` ({(block_x, block_y)}), and of every
    firebreak across ``frame`` (xmin, ymin, xmax, ymax: the whole site);
    with ``along``, each also says whether it runs along x."""
    if along:
        return _circulation(grid, used_blocks, frame)
    return [strip[:5] for strip in _circulation(grid, used_blocks, frame)]


def _circulation(grid, used_blocks, frame):
    x, y = grid.x, grid.y
    used_x = {bx for bx, _ in used_blocks}
    used_y = {by for _, by in used_blocks}
    cells_x = {x.block_cell[bx] for bx in used_x}  # a firebreak is drawn between two used cells
    cells_y = {y.block_cell[by] for by in used_y}
    rectangles = []
    for lo, hi, kind, owner in y.separators:  # horizontal strips
        if kind == PATH:
            by = y.comm_block[owner]
            for cx, (xlo, xhi) in x.comm_extent.items():
                if (x.comm_block[cx], by) in used_blocks:
                    rectangles.append((xlo, lo, xhi, hi, PATH, True))
        elif kind == LANE:
            for bx, (xlo, xhi) in x.block_extent.items():
                if (bx, owner) in used_blocks:
                    rectangles.append((xlo, lo, xhi, hi, LANE, True))
        elif kind == ROAD:
            blocks_here = {by for by, cell in y.block_cell.items() if cell == owner}
            if used_y & blocks_here:
                for cell, (xlo, xhi) in x.cell_extent.items():
                    columns = {bx for bx, c in x.block_cell.items() if c == cell}
                    if any((bx, by) in used_blocks for bx in columns for by in blocks_here):
                        rectangles.append((xlo, lo, xhi, hi, ROAD, True))
        elif owner in cells_y and owner - 1 in cells_y:
            rectangles.append((frame[0], lo, frame[2], hi, FIREBREAK, True))
    for lo, hi, kind, owner in x.separators:  # vertical strips
        if kind == LANE:
            for by, (ylo, yhi) in y.block_extent.items():
                if (owner, by) in used_blocks:
                    rectangles.append((lo, ylo, hi, yhi, LANE, False))
        elif kind == ROAD:
            blocks_here = {bx for bx, cell in x.block_cell.items() if cell == owner}
            if used_x & blocks_here:
                for cell, (ylo, yhi) in y.cell_extent.items():
                    rows = {by for by, c in y.block_cell.items() if c == cell}
                    if any((bx, by) in used_blocks for bx in blocks_here for by in rows):
                        rectangles.append((lo, ylo, hi, yhi, ROAD, False))
        elif kind == FIREBREAK and owner in cells_x and owner - 1 in cells_x:
            rectangles.append((lo, frame[1], hi, frame[3], FIREBREAK, False))
    return rectangles
