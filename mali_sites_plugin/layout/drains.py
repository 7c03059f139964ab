"""Surface-water drains of a site plan, along its roads (shared
SITE_PLANNING.md "Terrain and water": roads carry the drains, drains lead to
outfalls at low boundary points).

Every primary and secondary road centreline of the plan (plan.paths) carries
a drain. The ground is read on the DEM cell under each point (the value
rasterio's sample gives). Outfalls stand at the low points of the site
boundary (the local minima of its elevation, sampled every cell along each
outer ring); each is joined by an outfall drain to the nearest point of the
road network not lower than it. Water then finds its way from every road
junction to the nearest outfall along the roads without ever climbing (a
multi-source shortest-path search from the outfalls that only steps to
ground as high or higher; a road is cut at the crests and dips along it, so
each drain only falls): the roads it follows are collectors where they
take water from another drain, the others roadside drains, each drawn from
its high end to its low end. Junctions no outfall can drain without water
climbing (a hollow) are reported; their drains keep no outfall_id. Without a
DEM there are no drains: falls are never invented.
"""
import heapq
import math
from dataclasses import dataclass

import numpy as np
from shapely.geometry import LineString, Point
from shapely.ops import substring

from ..common.crs import transformer
from ..common.notes import Note
from .circulation import PRIMARY, SECONDARY

ROADSIDE, COLLECTOR, OUTFALL = "roadside", "collector", "outfall"
NODE_DECIMALS = 2  # centreline ends within 1 cm are one junction (paths are noded exactly; method setting)
LEVEL_M = 1e-6  # ground within this is level (floating-point rounding of the interpolation; method setting)


@dataclass
class Drain:
    geometry: object  # LineString from its high end to its low end (metric)
    kind: str  # roadside, collector or outfall
    fall_m: float  # ground at the start less ground at the end (0 or more)
    outfall_id: int = None  # the outfall its water reaches; None in a hollow

    @property
    def length_m(self):
        return self.geometry.length

    @property
    def slope_pct(self):
        return 100.0 * self.fall_m / self.length_m if self.length_m > 0 else 0.0


class Ground:
    """Elevation under metric points, interpolated bilinearly between the
    centres of the DEM cells (exact on a plane; nan off the DEM or next to
    a cell without data)."""

    def __init__(self, slope_grid, crs):
        self.grid = slope_grid
        self.to_raster = transformer(crs, slope_grid.crs)

    def at(self, xy):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        x, y = self.to_raster.transform(xy[:, 0], xy[:, 1])
        cols_in, rows_in = ~self.grid.transform * (np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        cols, rows = cols_in, rows_in
        elevation = self.grid.elevation
        # from cell centres: clamped to the outer centres, so the edge half-cells keep their value
        cols = np.clip(np.asarray(cols, dtype=float) - 0.5, 0.0, elevation.shape[1] - 1.0)
        rows = np.clip(np.asarray(rows, dtype=float) - 0.5, 0.0, elevation.shape[0] - 1.0)
        col0 = np.minimum(np.floor(cols).astype(int), max(elevation.shape[1] - 2, 0))
        row0 = np.minimum(np.floor(rows).astype(int), max(elevation.shape[0] - 2, 0))
        col1 = np.minimum(col0 + 1, elevation.shape[1] - 1)
        row1 = np.minimum(row0 + 1, elevation.shape[0] - 1)
        fc, fr = cols - col0, rows - row0
        top = elevation[row0, col0] * (1 - fc) + elevation[row0, col1] * fc
        bottom = elevation[row1, col0] * (1 - fc) + elevation[row1, col1] * fc
        values = top * (1 - fr) + bottom * fr
        values[(cols_in < 0) | (rows_in < 0) | (cols_in > elevation.shape[1]) | (rows_in > elevation.shape[0])] = np.nan
        return values


def plan_drains(paths, slope_grid, site, crs, label, road_width):
    """([Drain], [Note]) of the plan's PathLines ``paths`` on the DEM window
    ``slope_grid`` (None: no DEM) of the site polygon ``site`` (metric, ``crs``).
    A dead end within half ``road_width`` (the primary road's) of another
    road is the end of a road inside the carriageway of that one and carries
    no drain of its own."""
    if slope_grid is None or slope_grid.elevation is None:
        return [], [Note("drains_no_dem", (label,))]
    ground = Ground(slope_grid, crs)
    network = _Network(ground, min(slope_grid.cell))
    for path in paths:
        if path.road_class in (PRIMARY, SECONDARY):
            network.add(path.geometry)
    network.prune(road_width)
    unknown = network.drop_unknown()
    notes = [Note("drains_nodata", (label, unknown))] if unknown else []
    if not network.edges:
        return [], notes
    drains = network.outfall_drains(low_points(site, ground, min(slope_grid.cell)))
    drains += network.road_drains()
    hollow = sum(1 for d in drains if d.outfall_id is None)
    return drains, ([Note("drains_hollow", (label, hollow))] if hollow else []) + notes


def low_points(site, ground, spacing):
    """The low points of the outer rings of ``site``, lowest first: the
    middle of each run of samples (``spacing`` m apart) lower than the runs
    on either side of it."""
    rings = [site.exterior] if site.geom_type == "Polygon" else [p.exterior for p in site.geoms]
    points = []
    for ring in rings:
        count = max(int(math.ceil(ring.length / spacing)), 3)
        xy = np.array([ring.interpolate(i * ring.length / count).coords[0] for i in range(count)])
        z = ground.at(xy)
        valid = np.flatnonzero(np.isfinite(z))
        if len(valid) < 3:
            continue
        xy, z = xy[valid], z[valid]
        # runs of equal ground around the ring, each compared with the runs before and after it
        starts = np.flatnonzero(z != np.roll(z, 1))
        if not len(starts):
            continue
        ends = np.roll(starts, -1)
        for index, start in enumerate(starts):
            before, after = z[start - 1], z[ends[index] % len(z)]
            if z[start] < before and z[start] < after:
                length = (ends[index] - start) % len(z) or len(z)
                middle = (start + length // 2) % len(z)
                points.append((float(z[middle]), tuple(xy[middle])))
    return [xy for _, xy in sorted(points)]


class _Network:
    """The road centrelines as a graph of junctions (nodes) and edges."""

    def __init__(self, ground, spacing):
        self.ground = ground
        self.spacing = spacing  # metres between the samples that find a road's crests and dips
        self.nodes = {}  # rounded xy -> index
        self.xy, self.z = [], []
        self.edges = []  # [u, v, LineString]

    def node(self, xy):
        key = self.key(xy)
        if key not in self.nodes:
            self.nodes[key] = len(self.xy)
            self.xy.append(tuple(xy[:2]))
            self.z.append(float(self.ground.at(xy[:2])[0]))
        return self.nodes[key]

    def key(self, xy):
        return (round(xy[0], NODE_DECIMALS), round(xy[1], NODE_DECIMALS))

    def add(self, line):
        lines = list(line.geoms) if line.geom_type == "MultiLineString" else [line]
        for part in lines:
            if part.length <= 0:
                continue
            pieces = [part]
            if part.is_ring:  # a loop with no junction: two halves, so each edge has two ends
                pieces = [substring(part, 0, part.length / 2), substring(part, part.length / 2, part.length)]
            for piece in (cut for whole in pieces for cut in self._monotone(whole)):
                coords = list(piece.coords)
                self.edges.append([self.node(coords[0]), self.node(coords[-1]), piece])

    def _monotone(self, line):
        """``line`` cut at the crests and dips of the ground along it (samples
        ``spacing`` apart), so each piece only falls, or only rises."""
        count = int(line.length // self.spacing)
        if count < 2:
            return [line]
        along = np.linspace(0.0, line.length, count + 1)
        z = self.ground.at([line.interpolate(d).coords[0] for d in along])
        step = np.sign(np.where(np.abs(np.diff(z)) > LEVEL_M, np.diff(z), 0.0))
        cuts, last = [], 0.0
        for index in range(1, len(step)):
            if step[index] and last and step[index] != last:
                cuts.append(along[index])
            last = step[index] or last
        bounds = [0.0] + cuts + [line.length]
        return [substring(line, a, b) for a, b in zip(bounds[:-1], bounds[1:])]

    def prune(self, width):
        """Drop, until none is left, the edges with an end where no other
        edge ends that lies within half ``width`` of another edge (inside
        its carriageway)."""
        while True:
            degree = {}
            for u, v, _ in self.edges:
                degree[u], degree[v] = degree.get(u, 0) + 1, degree.get(v, 0) + 1
            kept = [edge for index, edge in enumerate(self.edges) if not self._inside(index, degree, width)]
            if len(kept) == len(self.edges):
                return
            self.edges = kept

    def _inside(self, index, degree, width):
        ends = [node for node in self.edges[index][:2] if degree[node] == 1]
        if not ends:
            return False
        point = Point(self.xy[ends[0]])
        return any(other[2].distance(point) <= width / 2.0 + LEVEL_M
                   for i, other in enumerate(self.edges) if i != index)

    def drop_unknown(self):
        """Drop the edges with an end off the DEM or on a cell without data
        (no drain is drawn without its fall); how many."""
        known = [edge for edge in self.edges if math.isfinite(self.z[edge[0]]) and math.isfinite(self.z[edge[1]])]
        dropped, self.edges = len(self.edges) - len(known), known
        return dropped

    def split_at(self, point):
        """The node at the point of the network nearest ``point`` (an edge is
        cut there); None where the ground there is unknown."""
        index = min(range(len(self.edges)), key=lambda i: self.edges[i][2].distance(point))
        u, v, line = self.edges[index]
        along = line.project(point)
        if along <= 1e-6:
            return u
        if along >= line.length - 1e-6:
            return v
        cut = line.interpolate(along).coords[0]
        if not math.isfinite(self.ground.at(cut)[0]):
            return None
        middle = self.node(cut)
        self.edges[index] = [u, middle, substring(line, 0, along)]
        self.edges.append([middle, v, substring(line, along, line.length)])
        return middle

    def outfall_drains(self, outfalls):
        """Outfall Drains from the network to each low point that the network
        point nearest it is not lower than; sets self.sources {node: outfall id}."""
        self.sources, drains = {}, []
        for xy in outfalls:
            z = float(self.ground.at(xy)[0])
            node = self.split_at(Point(xy))
            if node is None or self.z[node] < z or node in self.sources:
                continue
            outfall_id = len(self.sources) + 1
            self.sources[node] = outfall_id
            line = LineString([self.xy[node], tuple(xy)])
            if line.length > 0:
                drains.append(Drain(line, OUTFALL, self.z[node] - z, outfall_id))
        return drains

    def _drain_tree(self):
        """({node: (downstream node, edge index)}, {node: outfall id},
        {node: distance to its outfall}) of the search from the outfalls."""
        neighbours = {}
        for index, (u, v, line) in enumerate(self.edges):
            neighbours.setdefault(u, []).append((v, index, line.length))
            neighbours.setdefault(v, []).append((u, index, line.length))
        distance = {node: 0.0 for node in self.sources}
        outfall = dict(self.sources)
        downstream = {}
        queue = [(0.0, node) for node in self.sources]
        heapq.heapify(queue)
        while queue:
            reached, node = heapq.heappop(queue)
            if reached > distance[node]:
                continue
            for other, index, length in neighbours.get(node, ()):
                # water may come down (or along level ground) to ``node`` from ``other``
                if not self.z[other] >= self.z[node] - LEVEL_M or reached + length >= distance.get(other, math.inf):
                    continue
                distance[other], outfall[other] = reached + length, outfall[node]
                downstream[other] = (node, index)
                heapq.heappush(queue, (reached + length, other))
        return downstream, outfall, distance

    def road_drains(self):
        """A Drain along every edge, from its high end to its low end."""
        downstream, outfall, distance = self._drain_tree()
        tree = {index: node for node, (_, index) in downstream.items()}  # edge -> its upstream node
        drains, inflow = [], {}
        for index, (u, v, line) in enumerate(self.edges):
            if index in tree:
                high = tree[index]
            elif not abs(self.z[u] - self.z[v]) <= LEVEL_M:  # (nan: the end with ground is high)
                high = u if self.z[u] > self.z[v] or not math.isfinite(self.z[v]) else v
            else:  # level: toward the end nearer its outfall
                high = u if distance.get(u, math.inf) >= distance.get(v, math.inf) else v
            low = v if high == u else u
            inflow[low] = inflow.get(low, 0) + 1
            coords = list(line.coords)
            if self.nodes[self.key(coords[0])] != high:
                coords.reverse()
            fall = self.z[high] - self.z[low]  # level ground within rounding falls 0
            drains.append((index, high, Drain(LineString(coords), ROADSIDE,
                                               max(fall, 0.0) if math.isfinite(fall) else 0.0, outfall.get(low))))
        for index, high, drain in drains:
            if index in tree and inflow.get(high, 0):
                drain.kind = COLLECTOR
        return [drain for _, _, drain in drains]
