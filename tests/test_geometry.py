"""Geometry intake: invalid geometries are repaired or skipped, and counted."""
from shapely.geometry import GeometryCollection, LineString, Point, Polygon

from mali_sites_plugin.common.geometry import clean_geometries


def test_bow_tie_is_repaired_and_null_is_skipped():
    bow_tie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])  # self-intersecting, area 2 once repaired
    square = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    cleaned, report = clean_geometries([square, bow_tie, None, Polygon()], "polygon")
    assert (report.total, report.repaired, report.skipped) == (4, 1, 2)
    assert cleaned[0] is square
    assert cleaned[1].is_valid and abs(cleaned[1].area - 2.0) < 1e-9
    assert cleaned[2] is None and cleaned[3] is None
    assert "feature 2: invalid" in report.messages[0]


def test_collapsed_polygon_and_wrong_type_are_skipped():
    flat = Polygon([(0, 0), (1, 0), (2, 0), (0, 0)])  # zero area: repairs to a line
    cleaned, report = clean_geometries([flat, Point(1, 1)], "polygon", labels=["A", "B"])
    assert cleaned == [None, None]
    assert report.skipped == 2 and report.repaired == 0
    assert "feature A" in report.messages[0] and "feature B" in report.messages[1]


def test_mixed_collection_keeps_parts_of_the_wanted_kind():
    mixed = GeometryCollection([Point(5, 5), LineString([(0, 0), (1, 1)])])
    cleaned, report = clean_geometries([mixed], "line")
    assert cleaned[0].geom_type == "LineString" and report.skipped == 0


def test_heights_are_dropped_and_planar_geometries_kept_as_they_are():
    """A site outline from a GPS or a KML file carries heights (PolygonZ):
    plans and measures are planar, so the intake keeps x and y only."""
    with_heights = Polygon([(0, 0, 271.5), (10, 0, 272.0), (10, 10, 273.5), (0, 0, 271.5)])
    flat = Polygon([(0, 0), (10, 0), (0, 10), (0, 0)])
    cleaned, report = clean_geometries([with_heights, flat, Point(3, 4, 5)], "polygon")
    assert not cleaned[0].has_z and list(cleaned[0].exterior.coords) == [(0, 0), (10, 0), (10, 10), (0, 0)]
    assert cleaned[1] is flat and cleaned[2] is None  # a point where polygons are expected: skipped
    assert (report.repaired, report.skipped) == (0, 1)
