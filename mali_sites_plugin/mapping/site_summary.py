"""Per-site figures for printed maps: which site each point or feature falls in."""
import numpy as np
from shapely.geometry import Point
from shapely.prepared import prep


def site_of_points(site_polygons, xy):
    """Index of the site containing each point (the first one listed when
    sites overlap), -1 outside every site. Polygons and points in one CRS."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    owner = np.full(len(xy), -1, dtype=np.int64)
    for index, polygon in enumerate(site_polygons):
        if polygon is None or polygon.is_empty:
            continue
        xmin, ymin, xmax, ymax = polygon.bounds
        candidates = np.flatnonzero((owner < 0) & (xy[:, 0] >= xmin) & (xy[:, 0] <= xmax)
                                    & (xy[:, 1] >= ymin) & (xy[:, 1] <= ymax))
        prepared = prep(polygon)
        inside = [i for i in candidates if prepared.intersects(Point(xy[i]))]
        owner[np.asarray(inside, dtype=np.int64)] = index
    return owner


def totals_by_site(owner, values, site_count):
    """Sum of ``values`` per site (points outside every site are left out)."""
    values = np.asarray(values, dtype=float)
    inside = owner >= 0
    return np.bincount(owner[inside], weights=values[inside], minlength=site_count)
