"""common.wkb.centroids and midpoints: the centroids of many geometries and
the middles of many lines at once, the very values each geometry's own
centroid / interpolate gives (the plan compares distances from them to the
millimetre, and names each noded piece by the line nearest its middle)."""
import numpy as np
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from mali_sites_plugin.common.wkb import centroids, midpoints


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


def test_midpoints_are_each_line_interpolated_halfway():
    generator = np.random.default_rng(5)
    lines = [LineString(generator.uniform(0, 1000, (k, 2))) for k in generator.integers(2, 7, 200)]
    lines.append(LineString([(0, 0), (4, 0), (4, 6)]))  # by hand: 10 m long, its middle 1 m up the second leg
    found = midpoints(lines)
    assert np.array_equal(found, np.array([line.interpolate(0.5, normalized=True).coords[0] for line in lines]))
    assert found[-1].tolist() == [4.0, 1.0]
    assert midpoints([]).shape == (0, 2)
