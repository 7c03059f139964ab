"""The small core functions that took over what the Processing glue did for
both it and the Python API: output columns, numbers read from fields, point
locations, site labels and populations, totals and verdicts, several sites
planned in turn. Expected values by hand."""
import math
from types import SimpleNamespace

import numpy as np
import pytest
from shapely.geometry import MultiPoint, Point, Polygon, box

from mali_sites_plugin.common.columns import (Column, finite_number, finite_or_none, numbers_or_default,
                                              one_per_feature, rows)
from mali_sites_plugin.common.crs import transform_xy
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.geometry import point_location, point_locations
from mali_sites_plugin.common.standards import load_profile
from mali_sites_plugin.dtm.table import as_text, output_names
from mali_sites_plugin.flood.sites import site_populations
from mali_sites_plugin.flood.summary import summed_populations
from mali_sites_plugin.layout.options import LayoutOptions, NoBuildableLand
from mali_sites_plugin.layout.sites import SiteRequest, plan_each, site_label, site_people
from mali_sites_plugin.layout.tables import check_verdicts, totals
from mali_sites_plugin.wash.tables import facility_ids, suggestion_table


def test_numbers_read_from_fields():
    numbers, defaulted = numbers_or_default([3, "4.5", None, "x", -1, math.inf, 2.5], 5)
    assert numbers.tolist() == [3.0, 4.5, 5.0, 5.0, 5.0, 5.0, 2.5] and defaulted == 4
    numbers, defaulted = numbers_or_default([3, "4.5", 2.0], 1, whole=True)
    assert numbers.tolist() == [3.0, 1.0, 2.0] and defaulted == 1
    assert (finite_number("12"), finite_number(math.nan), finite_number(None, 0.0)) == (12.0, None, 0.0)
    assert finite_or_none(np.array([1.0, np.inf, np.nan])) == [1.0, None, None]


def test_numbers_with_their_thousands_spaced_as_french_spreadsheets_show_them():
    assert [finite_number(text) for text in ("2 117", " 12\u202f500,5 ", "1\u00a0234\u00a0567", "-3 000.25")] == \
        [2117.0, 12500.5, 1234567.0, -3000.25]
    # no spaces, so a comma could be either; groups not of three: not numbers, as before
    assert [finite_number(text) for text in ("2,117", "1 23", "12 34 567", "2 117 people")] == [None] * 4


def test_columns_spread_over_features_and_read_row_by_row():
    assert one_per_feature([1, 2], np.array([True, False, True])) == [1, None, 2]
    assert rows([Column("a", "int", [1, 2]), Column("b", "string", ["x", None])]) == [(1, "x"), (2, None)]


def test_point_location_of_each_kind_of_geometry():
    assert point_location(Point(3, 4)) == (3.0, 4.0)
    assert point_location(MultiPoint([(0, 0), (4, 2)])) == (2.0, 1.0)
    assert point_location(box(0, 0, 2, 2)) == (1.0, 1.0)
    u_shape = Polygon([(0, 0), (10, 0), (10, 10), (8, 10), (8, 2), (2, 2), (2, 10), (0, 10)])
    assert not u_shape.contains(u_shape.centroid)
    assert u_shape.contains(Point(point_location(u_shape)))  # a point on its surface instead
    xy, located, multipart = point_locations([Point(1, 2), None, Polygon(), MultiPoint([(0, 0), (2, 0)])])
    assert xy.tolist() == [[1, 2], [0, 0], [0, 0], [1, 0]]
    assert located.tolist() == [True, False, False, True] and multipart == 1


def test_transform_xy():
    xy = np.array([[-3.0, 0.0], [-3.0, 10.0]])
    assert transform_xy(xy, "EPSG:4326", "EPSG:4326").tolist() == xy.tolist()
    utm = transform_xy(xy, "EPSG:4326", "EPSG:32630")  # -3 degrees is zone 30's central meridian
    assert utm[0] == pytest.approx([500000.0, 0.0], abs=1e-6)
    # on the central meridian the northing is 0.9996 x the WGS 84 meridian arc to 10 degrees (1,105,854.83 m)
    assert utm[1] == pytest.approx([500000.0, 0.9996 * 1105854.83], abs=0.01)
    assert transform_xy(np.empty((0, 2)), "EPSG:4326", "EPSG:32630").shape == (0, 2)


def test_dtm_original_columns_renamed_and_as_text():
    assert output_names(["site_id", "Name", "orig_site_id", "REASON"], ("site_id", "reason")) == \
        ["orig_site_id", "Name", "orig_orig_site_id", "orig_REASON"]
    assert (as_text(12.0), as_text(1.5), as_text(""), as_text(None), as_text("S1")) == ("12", "1.5", None, None, "S1")


def test_facility_ids_and_suggested_latrine_cubicles():
    assert facility_ids([1, 2], [None, "W7"]) == ["1", "W7"]
    result = SimpleNamespace(
        water=SimpleNamespace(suggestions=[SimpleNamespace(kind="water", xy=(1.0, 2.0), people=30.0, households=6)]),
        latrines=SimpleNamespace(suggestions=[SimpleNamespace(kind="latrine", xy=(3.0, 4.0), people=120.0,
                                                              households=20)]))
    points, columns = suggestion_table(result, "handpump", 50.0)
    assert points == [(1.0, 2.0), (3.0, 4.0)]
    assert rows(columns) == [("water", 1, "handpump", None, 30.0, 6), ("latrine", 1, "latrine", 3, 120.0, 20)]


def test_flood_site_populations_and_the_ones_summed():
    assert site_populations([10, None, -3, "7"]) == ([10.0, None, None, 7.0], 1)
    summed = summed_populations([1.0, None], SimpleNamespace(shelters_counted=0, shelters_outside=0))
    assert summed[0] == 1.0 and math.isnan(summed[1])
    assert summed_populations([1.0], SimpleNamespace(shelters_counted=0, shelters_outside=2)) is None
    assert summed_populations(None, None) is None


def plan(label, checks, **figures):
    values = dict(capacity_people=100.0, planned_people=80.0, unplaced_people=0.0, planned_households=16,
                  usable_area_m2=4000.0)
    values.update(figures)
    return SimpleNamespace(label=label, checks=[SimpleNamespace(key=k, passed=p) for k, p in checks], **values)


def test_layout_totals_and_verdicts_over_plans():
    plans = [plan("A", [("people_per_toilet_emergency", True), ("people_per_tap", False)]),
             plan("B", [("people_per_tap", True)], planned_people=20.0, unplaced_people=5.0)]
    assert totals(plans, 30.0) == {"capacity_people": 200.0, "planned_people": 100.0, "unplaced_people": 35.0,
                                   "plots": 32, "usable_area_m2": 8000.0, "area_per_person_m2": 80.0,
                                   "sites_planned": 2, "checks_failed": 1}
    verdicts = check_verdicts(plans)
    assert (verdicts["people_per_toilet"], verdicts["people_per_tap"], verdicts["max_slope_pct"]) == \
        ("pass", "fail", "n/a")
    assert totals([plan("C", [], planned_people=0.0)])["area_per_person_m2"] is None


def test_site_labels_and_people():
    assert (site_label("S1", 3), site_label(None, 3), site_label("", 3)) == ("S1", "3", "3")
    assert site_people("12", 0.0) == (12.0, True)
    assert site_people(None, 500.0) == (500.0, False) and site_people(-5, 500.0) == (500.0, False)


def test_sites_planned_in_turn_and_those_without_land_skipped():
    x, y = 500000.0, 1600000.0
    big, tiny = SiteRequest("big", box(x, y, x + 200, y + 200), 0.0), SiteRequest("tiny", box(x - 50, y, x - 44, y + 6), 0.0)
    other_tiny = SiteRequest("tiny 2", box(x - 100, y, x - 94, y + 6), 0.0)
    calls = []

    def layers_in(metric):
        calls.append(metric.to_epsg())
        return [], None
    options = LayoutOptions(path_width=3.0, setback=5.0)
    outcomes = list(plan_each([tiny, big], "EPSG:32630", load_profile(), options, layers_in))
    assert [(o.site.label, o.plan is None) for o in outcomes] == [("tiny", True), ("big", False)]
    assert "no buildable land" in outcomes[0].error and outcomes[1].plan.label == "big"
    assert calls == [32630]  # the layers read once for the one metric CRS
    with pytest.raises(NoBuildableLand):
        list(plan_each([tiny], "EPSG:32630", load_profile(), options, layers_in))
    with pytest.raises(InputError, match="No site has buildable land"):
        list(plan_each([tiny, other_tiny], "EPSG:32630", load_profile(), options, layers_in))
