"""The plan's circulation as one network, in the plan's local frame.

- A primary loop (primary_road_width_m) runs inside the edge of every part
  of the buildable land; the grid is laid out on the land inside it, so the
  outer rows of plots front the loop.
- The grid's roads (secondary), lanes and paths are drawn as centrelines
  from one crossing strip to the next; a centreline that ends at the edge of
  the grid runs on to the loop.
- Entrances (gates) stand on the side of the site that faces the public road
  (ROADS), at the middle of that side (away from its corners), one more at a
  time while a household is farther than max_distance_to_entrance_m from
  every gate along the network. Each gate is joined to the nearest loop by a
  primary entrance road.
- A part of the land the network does not reach gets its own gate where it
  fronts the gate side, else a crossing (culvert, ford, bridge) over the
  narrowest barrier to a part that is reached.

Every junction is a shared end point of the centrelines (they are noded
here), so the lines can be given to malisites:washcoverage as PATHS.
"""
import math
from dataclasses import dataclass, field

import numpy as np
from rasterio import features
from rasterio.transform import from_origin
from shapely.geometry import LineString, MultiLineString
from shapely.ops import nearest_points, substring, unary_union

from ..common.network import PathNetwork, SegmentIndex, line_segments
from ..common.wkb import midpoints
from . import grid as lg
from .land import polygon_parts, polygonal

PRIMARY, SECONDARY, LANE, PATH = "primary", "secondary", "lane", "path"
LOOP, ENTRANCE_ROAD, CROSSING, LINK = "loop", "entrance", "crossing", "link"
STRIP_CLASSES = {lg.ROAD: SECONDARY, lg.FIREBREAK: SECONDARY, lg.LANE: LANE, lg.PATH: PATH}
OVERSHOOT_M = 0.5  # a centreline ending at the loop runs this far past it, so they cross (method setting)
FRONT_CELL_M = 0.5  # raster cell of the fronting test (method setting)
MAX_GATES_PER_SIDE = 8  # (method setting)
CORNER_TURN_DEG = 20.0  # a boundary vertex turning more than this is a corner (method setting)
SNAP_ANY = 1e9


@dataclass
class Loop:
    ring: object  # polygon of the loop's land
    inner: object  # the land inside the loops, for the grid
    lines: list  # centrelines (LineString)


def primary_loop(buildable, width):
    """The Loop of ``width`` inside every part of ``buildable``; a part too
    narrow for a loop keeps its land for the grid, without one."""
    rings, inners, lines = [], [], []
    for part in polygon_parts(buildable):
        # within the part: a mitred inward buffer of raster-traced rings can spill over their holes
        inner = polygonal(part.buffer(-width, join_style=2).intersection(part.buffer(-width))) if width > 0 else part
        if inner.is_empty or width <= 0:
            inners.append(part)
            continue
        for piece in polygon_parts(part.buffer(-width / 2.0, join_style=2)):
            lines.append(LineString(piece.exterior.coords))
            lines += [LineString(ring.coords) for ring in piece.interiors]
        inners.append(inner)
        rings.append(polygonal(part.difference(inner)))
    return Loop(polygonal(unary_union(rings)) if rings else polygonal(None),
                polygonal(unary_union(inners)), lines)


def fronting(grid, inner, strips, offset):
    """bool per plot of ``grid``: a point ``offset`` m outside the middle of one
    of its sides lies on a strip of circulation (``strips``: (x0, y0, x1, y1,
    kind)) or off the grid's land ``inner`` (on the loop around it)."""
    n = len(grid)
    if n == 0:
        return np.zeros(0, dtype=bool)
    cx, cy = grid.centres.T
    xs = np.concatenate([cx, cx, grid.x0 - offset, grid.x1 + offset])
    ys = np.concatenate([grid.y0 - offset, grid.y1 + offset, cy, cy])
    xmin, ymin = xs.min() - 2 * FRONT_CELL_M, ys.min() - 2 * FRONT_CELL_M
    xmax, ymax = xs.max() + 2 * FRONT_CELL_M, ys.max() + 2 * FRONT_CELL_M
    width = int(math.ceil((xmax - xmin) / FRONT_CELL_M))
    height = int(math.ceil((ymax - ymin) / FRONT_CELL_M))
    transform = from_origin(xmin, ymax, FRONT_CELL_M, FRONT_CELL_M)
    on_land = features.rasterize([(inner, 1)], out_shape=(height, width), transform=transform, fill=0,
                                 dtype="uint8").astype(bool)
    on_strip = np.zeros((height, width), dtype=bool)
    for x0, y0, x1, y1, _ in strips:
        c0, c1 = max(int(math.floor((x0 - xmin) / FRONT_CELL_M)), 0), int(math.ceil((x1 - xmin) / FRONT_CELL_M))
        r0, r1 = max(int(math.floor((ymax - y1) / FRONT_CELL_M)), 0), int(math.ceil((ymax - y0) / FRONT_CELL_M))
        on_strip[r0:r1, c0:c1] = True
    columns = np.clip(((xs - xmin) / FRONT_CELL_M).astype(int), 0, width - 1)
    rows = np.clip(((ymax - ys) / FRONT_CELL_M).astype(int), 0, height - 1)
    faces = on_strip[rows, columns] | ~on_land[rows, columns]
    return faces.reshape(4, n).any(axis=0)


def front_offset(design):
    """How far outside a plot the fronting test looks: within the narrowest strip."""
    narrowest = min([w for w in (design.options.path_width, design.lane, design.road) if w > 0] or [2.0])
    return min(1.0, narrowest / 2.0)


# -- centrelines ----------------------------------------------------------------

@dataclass
class Line:
    geometry: object  # LineString, local frame
    road_class: str  # primary, secondary, lane, path
    kind: str  # loop, entrance, crossing, link, road, firebreak, lane, path
    width: float


def strip_lines(grid, strips, land, design, loop_width):
    """Centrelines of the grid's circulation strips (x0, y0, x1, y1, kind,
    along_x) on ``land``: each from the middle of the crossing strip at one
    end to the middle of the one at the other; past the edge of the grid
    onto the loop."""
    ends = {}
    for axis_name, axis in (("x", grid.x), ("y", grid.y)):
        ends[axis_name] = ({round(lo, 6): (lo + hi) / 2.0 for lo, hi, _, _ in axis.separators},
                           {round(hi, 6): (lo + hi) / 2.0 for lo, hi, _, _ in axis.separators})
    reach = loop_width / 2.0 + lg.EDGE_MARGIN + OVERSHOOT_M
    widths = {lg.ROAD: design.road, lg.FIREBREAK: design.firebreak, lg.LANE: design.lane,
              lg.PATH: design.options.path_width}
    lines = []
    for x0, y0, x1, y1, kind, along_x in strips:
        starting, ending = ends["x" if along_x else "y"]
        lo, hi = (x0, x1) if along_x else (y0, y1)
        lo = ending.get(round(lo, 6), lo - reach)
        hi = starting.get(round(hi, 6), hi + reach)
        middle = (y0 + y1) / 2.0 if along_x else (x0 + x1) / 2.0
        line = LineString([(lo, middle), (hi, middle)] if along_x else [(middle, lo), (middle, hi)])
        for piece in _line_parts(line.intersection(land)):
            lines.append(Line(piece, STRIP_CLASSES[kind], kind, widths[kind]))
    return lines


def _line_parts(geometry):
    if geometry.is_empty:
        return []
    if geometry.geom_type == "LineString":
        return [geometry]
    if geometry.geom_type == "MultiLineString":  # a noded network: thousands of parts, each a line string
        return [part for part in geometry.geoms if part.length > 1e-6]
    parts = []
    for part in getattr(geometry, "geoms", []):
        parts += _line_parts(part)
    return [p for p in parts if p.length > 1e-6]


# -- gates, crossings, the network ------------------------------------------------

@dataclass
class Circulation:
    lines: list  # Line, noded: every junction an end point
    gates: list  # (x, y) of the entrances, local frame
    corridors: list  # (polygon, kind) of entrance roads and crossings, local frame
    entrance_distance: np.ndarray = None  # per household point: along the network to the nearest gate
    notes: list = field(default_factory=list)
    network: object = None  # the Network of ``lines``


def sides(outline):
    """Sides of the polygon ``outline`` between its corners (LineStrings)."""
    result = []
    for part in polygon_parts(outline):
        ring = part.exterior.simplify(0.5)
        coords = np.asarray(ring.coords)[:-1]
        if len(coords) < 3:
            continue
        before, after = coords - np.roll(coords, 1, axis=0), np.roll(coords, -1, axis=0) - coords
        turn = np.degrees(np.abs(np.arctan2(before[:, 0] * after[:, 1] - before[:, 1] * after[:, 0],
                                            (before * after).sum(axis=1))))
        corners = np.flatnonzero(turn > CORNER_TURN_DEG)
        if len(corners) < 2:
            result.append(LineString(np.vstack([coords, coords[:1]])))
            continue
        for k, start in enumerate(corners):
            end = corners[(k + 1) % len(corners)]
            index = list(range(start, end + 1)) if end > start else list(range(start, len(coords))) + \
                list(range(0, end + 1))
            result.append(LineString(coords[index]))
    return result


def gate_side(outline, roads):
    """The side facing the public road: the one whose middle is nearest
    ``roads``; without roads, the longest."""
    candidates = sides(outline)
    if roads is None:
        return max(candidates, key=lambda s: s.length)
    return min(candidates, key=lambda s: (round(roads.distance(s.interpolate(0.5, normalized=True)), 3),
                                          -s.length))


def gates_along(side, count, shift=0.0):
    """``count`` gates spread along ``side``, each in the middle of its share
    moved by ``shift`` (a fraction of the share, -0.5..0.5)."""
    return [side.interpolate((k + 0.5 + shift) / count, normalized=True) for k in range(count)]


class Network:
    """The noded centrelines with their classes, and walking distances on them."""

    def __init__(self, lines):
        self.lines = lines
        self.paths = PathNetwork([line.geometry for line in lines])
        self.loops = [line.geometry for line in lines if line.kind == LOOP]
        self._snapped = (None, None)  # (points, their Snap): the gates are tried against the same homes

    def distances(self, points_xy, gates):
        """Along the network from each point to the nearest of ``gates``
        ((gate point, attachment point on the network) pairs)."""
        if not gates:
            return np.full(len(points_xy), np.inf)
        attach = self.paths.snap(np.array([a.coords[0] for _, a in gates]), SNAP_ANY)
        attach.distance = np.array([g.distance(a) for g, a in gates])
        if self._snapped[0] is not points_xy:
            self._snapped = (points_xy, self.paths.snap(points_xy, SNAP_ANY))
        return self.paths.nearest_facility(attach, self._snapped[1])[0]

    def component_lines(self, component):
        nodes = self.paths.component_of_node[self.paths.start_node]
        mask = nodes == component
        return MultiLineString([[tuple(a), tuple(b)] for a, b in zip(self.paths.start_xy[mask],
                                                                     self.paths.end_xy[mask])])

    def component_of(self, point):
        snap = self.paths.snap(np.array([point.coords[0]]), SNAP_ANY)
        return int(self.paths.component_of_node[self.paths.start_node[snap.segment[0]]])


def attach_point(point, loops, lines):
    """The point of the loops (else of any line) nearest ``point``."""
    targets = loops or [line.geometry for line in lines]
    return nearest_points(point, unary_union(targets))[1]


def noded(lines):
    """``lines`` split at every junction, each piece keeping the class of the line it lies on
    (the line nearest the piece's middle)."""
    geometries = [line.geometry for line in lines]
    pieces = _line_parts(unary_union(geometries))
    starts, ends, owner = line_segments(geometries)
    middles = midpoints(pieces)
    nearest = SegmentIndex(starts, ends).snap(middles, SNAP_ANY).segment
    return [Line(piece, lines[owner[segment]].road_class, lines[owner[segment]].kind, lines[owner[segment]].width)
            for piece, segment in zip(pieces, nearest)]


def split_at(lines, point):
    """``lines`` with the one nearest ``point`` cut in two at it (so a line
    ending there meets it at a shared end point); the point as cut."""
    index = min(range(len(lines)), key=lambda i: lines[i].geometry.distance(point))
    line = lines[index]
    at = line.geometry.project(point)
    cut = line.geometry.interpolate(at)
    if 1e-6 < at < line.geometry.length - 1e-6:
        first, second = substring(line.geometry, 0.0, at), substring(line.geometry, at, line.geometry.length)
        lines[index:index + 1] = [Line(first, line.road_class, line.kind, line.width),
                                  Line(second, line.road_class, line.kind, line.width)]
    return cut


def corridor(start, end, width, outline):
    return polygonal(LineString([start, end]).buffer(width / 2.0, cap_style=2).intersection(outline))
