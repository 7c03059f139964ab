"""common.wkb.centroids: the centroids of many geometries at once, the very
values each geometry's own centroid gives (the plan's measures compare
distances from them to the millimetre)."""
import numpy as np
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from mali_sites_plugin.common.wkb import centroids


def test_centroids_are_those_of_each_geometry():
    rotated = [affinity.rotate(box(380000 + 13.7 * k, 1600000, 380011.3 + 13.7 * k, 1600009.3), 17 * k,
                               origin=(380000, 1600000)) for k in range(50)]
    holed = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(1, 1), (4, 1), (4, 4), (1, 4)]])
    multi = MultiPolygon([box(0, 0, 1, 1), box(5, 5, 7, 6)])
    geometries = rotated + [holed, multi, LineString([(0, 0), (3, 4), (3, 9)]), Point(2.5, -1.25)]
    found = centroids(geometries)
    assert found.shape == (len(geometries), 2)
    assert np.array_equal(found, np.array([g.centroid.coords[0] for g in geometries]))
    # by hand: a 4 x 2 box about (2, 1); the holed square's area-weighted centre
    assert centroids([box(0, 0, 4, 2)]).tolist() == [[2.0, 1.0]]
    assert np.allclose(found[50], [(100 * 5 - 9 * 2.5) / 91] * 2)
    assert centroids([]).shape == (0, 2)
