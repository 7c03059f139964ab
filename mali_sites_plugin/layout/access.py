"""The site entrance: the point of the boundary nearest an existing road,
joined by an entrance road to the plan's own network."""
from dataclasses import dataclass

from shapely.geometry import LineString, Polygon, box
from shapely.ops import nearest_points, unary_union

from . import grid as lg
from .land import polygonal


@dataclass
class Access:
    """In the local frame; both None without existing roads."""
    gate: tuple = None  # (x, y) of the entrance on the boundary
    corridor: object = None  # polygon of the entrance road; None when the gate is on the network


def site_access(site, grid, road_width):
    """The Access of ``grid`` on LocalSite ``site``: the gate nearest the
    existing roads, joined to the nearest road or firebreak of the plan (a
    lane, else a path, when it has none) by a road ``road_width`` wide."""
    if site.roads is None or not len(grid):
        return Access()
    roads_local = site.frame.to_local(site.roads)
    outline = site.site
    boundary = outline.exterior if outline.geom_type == "Polygon" else \
        unary_union([p.exterior for p in outline.geoms])
    gate, _ = nearest_points(boundary, roads_local)
    network = _nearest_network(site, grid)
    if network is None or network.buffer(1e-6).contains(gate):
        return Access((gate.x, gate.y))
    target = nearest_points(gate, network)[1]
    corridor = LineString([gate, target]).buffer(road_width / 2.0, cap_style=2)
    corridor = polygonal(corridor.union(target.buffer(road_width / 2.0, cap_style=3))
                         .intersection(outline))
    return Access((gate.x, gate.y), corridor)


def _nearest_network(site, grid):
    """The plan's roads and firebreaks inside the setback line, else its
    lanes, else its paths; None when it has none."""
    used = {(bx, by) for bx, by in zip(grid.block_x, grid.block_y)}
    strips = lg.circulation(grid, used, site.site.bounds)
    for rank_kinds in ((lg.FIREBREAK, lg.ROAD), (lg.LANE,), (lg.PATH,)):
        pieces = [box(x0, y0, x1, y1) for x0, y0, x1, y1, kind in strips if kind in rank_kinds]
        network = polygonal(unary_union(pieces).intersection(site.inner)) if pieces else Polygon()
        if not network.is_empty:
            return network
    return None
