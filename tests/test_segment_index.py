"""common.network.SegmentIndex: the nearest segment to each point, exact,
against shapely's distance to every segment (brute force)."""
import math

import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString, Point, Polygon

from mali_sites_plugin.common.network import SegmentIndex, line_segments


def brute_force(starts, ends, points):
    lines = [LineString([tuple(a), tuple(b)]) for a, b in zip(starts, ends)]
    return np.array([min(line.distance(Point(p)) for line in lines) for p in points])


def test_nearest_segment_among_long_lines_and_a_dense_star():
    generator = np.random.default_rng(7)
    # long lines (many 10 m pieces), short scattered segments, and a star of 300 spokes around
    # (500, 500): a point near its centre has hundreds of pieces nearer than its nearest segment's
    long_starts = generator.uniform(0, 1000, (20, 2))
    long_ends = generator.uniform(0, 1000, (20, 2))
    short_starts = generator.uniform(0, 1000, (200, 2))
    short_ends = short_starts + generator.uniform(-3, 3, (200, 2))
    angles = np.linspace(0, 2 * math.pi, 300, endpoint=False)
    star_starts = 500 + 2.0 * np.column_stack([np.cos(angles), np.sin(angles)])
    star_ends = 500 + 6.0 * np.column_stack([np.cos(angles), np.sin(angles)])
    starts = np.vstack([long_starts, short_starts, star_starts])
    ends = np.vstack([long_ends, short_ends, star_ends])
    ring = generator.uniform(0, 2 * math.pi, 50)
    points = np.vstack([generator.uniform(0, 1000, (300, 2)), 500 + generator.uniform(-1.5, 1.5, (50, 2)),
                        500 + 12.0 * np.column_stack([np.cos(ring), np.sin(ring)])])
    snap = SegmentIndex(starts, ends).snap(points, 1e9)
    expected = brute_force(starts, ends, points)
    assert np.allclose(snap.distance, expected, atol=1e-9)
    # the segment found is at that distance, and the offset is where along it
    found = [LineString([tuple(starts[s]), tuple(ends[s])]) for s in snap.segment]
    assert np.allclose([line.distance(Point(p)) for line, p in zip(found, points)], expected, atol=1e-9)
    assert np.allclose(snap.offset, [line.project(Point(p)) for line, p in zip(found, points)], atol=1e-6)


def test_the_tied_segment_is_the_nearest_other_one_within_the_tie():
    generator = np.random.default_rng(3)
    starts = generator.uniform(0, 200, (150, 2))
    ends = starts + generator.uniform(-30, 30, (150, 2))
    points = generator.uniform(0, 200, (400, 2))
    tie = 0.5
    snap = SegmentIndex(starts, ends).snap(points, 1e9, tie)
    lines = [LineString([tuple(a), tuple(b)]) for a, b in zip(starts, ends)]
    for k, point in enumerate(points):
        distances = np.array([line.distance(Point(point)) for line in lines])
        distances[snap.segment[k]] = np.inf
        second = distances.min()
        if second <= snap.distance[k] + tie - 1e-9:
            assert snap.tied.distance[k] == pytest.approx(second, abs=1e-9)
            assert distances[snap.tied.segment[k]] == pytest.approx(second, abs=1e-9)
        elif second > snap.distance[k] + tie + 1e-9:
            assert snap.tied.segment[k] == -1
    assert (snap.tied.segment >= 0).sum() > 10  # the case is exercised
    assert SegmentIndex(starts, ends).snap(points, 1e9).tied is None


def test_points_beyond_the_snapping_distance_are_off():
    snap = SegmentIndex(np.array([[0.0, 0.0]]), np.array([[10.0, 0.0]])).snap([[5.0, 3.0], [5.0, 30.0]], 10.0)
    assert snap.segment.tolist() == [0, -1]
    assert snap.distance[0] == 3.0 and snap.distance[1] == np.inf


def test_line_segments_of_lines_multilines_and_other_geometries():
    geometries = [LineString([(0, 0), (1, 0), (1, 1)]), MultiLineString([[(5, 5), (6, 5)], [(7, 7), (8, 8)]]),
                  Polygon([(0, 0), (1, 0), (1, 1)]), Point(3, 3), LineString([(0, 0, 9), (2, 0, 9)])]
    starts, ends, owner = line_segments(geometries)
    assert starts.tolist() == [[0, 0], [1, 0], [5, 5], [7, 7], [0, 0]]
    assert ends.tolist() == [[1, 0], [1, 1], [6, 5], [8, 8], [2, 0]]
    assert owner.tolist() == [0, 0, 1, 1, 4]


def test_points_attached_again_keep_their_snap():
    """PathNetwork.snap remembers what it attached: points asked again (alone,
    among new ones, twice in a call, with another max_snap) get what a network
    that never saw them gives, and off-network points stay off."""
    from mali_sites_plugin.common.network import PathNetwork
    lines = [LineString([(0, 0), (100, 0), (100, 100)]), LineString([(0, 50), (100, 50)]),
             LineString([(300, 300), (310, 300)])]
    generator = np.random.default_rng(3)
    # random points, and points as near two lines (tied: attached to both)
    first = np.vstack([generator.uniform(-20, 120, (200, 2)), [[50.0, 25.0], [75.0, 75.0], [90.0, 10.0]]])
    second = np.vstack([first[::3], generator.uniform(-20, 120, (100, 2)), first[:5], [[305.0, 400.0]]])
    network = PathNetwork(lines)
    network.snap(first, 1e9)
    network.snap(first[:10], 4.0)
    for max_snap in (1e9, 4.0):
        again, fresh = network.snap(second, max_snap), PathNetwork(lines).snap(second, max_snap)
        for name in ("segment", "offset", "distance"):
            assert np.array_equal(getattr(again, name), getattr(fresh, name)), (max_snap, name)
            assert np.array_equal(getattr(again.tied, name), getattr(fresh.tied, name)), (max_snap, name)
    expected = brute_force(network.start_xy, network.end_xy, second)
    assert np.allclose(network.snap(second, 1e9).distance, expected, atol=1e-9)
    off = network.snap(second, 4.0)
    assert np.array_equal(off.segment < 0, expected > 4.0) and np.all(np.isinf(off.distance[expected > 4.0]))
    assert len(network.snap(np.zeros((0, 2)), 1e9).segment) == 0
