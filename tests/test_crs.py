"""CRS choice: metric work in the UTM zone of the data, the same answer from 4326 or UTM."""
import pyproj
import pytest
from shapely.geometry import Point, Polygon

import numpy as np

from mali_sites_plugin.common.crs import (is_metric, measurement_groups, metric_crs, transform_geometry, transform_xy,
                                         utm_epsg)


@pytest.mark.parametrize("lon, lat, epsg", [
    (-11.4, 14.4, 32629),  # Kayes
    (-4.2, 14.5, 32630),   # Mopti
    (-3.0, 16.77, 32630),  # Tombouctou (zone 30 spans 6 W to 0)
    (0.05, 16.27, 32631),  # Gao
    (1.3, 18.4, 32631),    # Kidal region
    (2.35, 48.85, 32631),  # Paris
    (-43.2, -22.9, 32723),  # Rio de Janeiro, southern hemisphere
    (179.9, 0.0, 32660),
])
def test_utm_zone_from_longitude_and_latitude(lon, lat, epsg):
    assert utm_epsg(lon, lat) == epsg


def test_projected_metric_input_is_kept_geographic_is_projected():
    assert metric_crs("EPSG:32630", (380000, 1600000, 381000, 1601000)).to_epsg() == 32630
    assert metric_crs("EPSG:4326", (-4.25, 14.45, -4.05, 14.6)).to_epsg() == 32630
    assert not is_metric("EPSG:4326") and is_metric("EPSG:32629")


def test_web_mercator_is_not_measured_in():
    """EPSG:3857 is in metres but 1/cos(15 deg) = 3.5 % too long at Mopti:
    its data is measured in the UTM zone instead; UTM itself is kept even at
    the edge of its zone."""
    assert not is_metric("EPSG:3857", (-4.2, 14.5))
    assert metric_crs("EPSG:3857", (-467000, 1631000, -466000, 1632000)).to_epsg() == 32630
    assert is_metric("EPSG:32630", (-0.01, 14.5))  # 3 degrees from the central meridian


def test_results_agree_whether_input_came_in_4326_or_utm():
    square_utm = Polygon([(380000, 1605000), (380100, 1605000), (380100, 1605100), (380000, 1605100)])
    square_ll = transform_geometry(square_utm, "EPSG:32630", "EPSG:4326")
    chosen = metric_crs("EPSG:4326", square_ll.bounds)
    back = transform_geometry(square_ll, "EPSG:4326", chosen)
    assert chosen == pyproj.CRS.from_epsg(32630)
    assert back.area == pytest.approx(10000.0, abs=1e-6)
    assert Point(380050, 1605050).distance(back.centroid) < 1e-6


def test_a_national_layer_is_measured_per_zone_to_a_tenth_of_a_percent():
    """Points 1 km apart (geodesic) from Kayes to Menaka: each pair measured in
    the CRS measurement_groups gives it agrees with pyproj's geodesic to 0.1 %
    (one zone 30N for all is 1.1 % long at longitude -12)."""
    geod = pyproj.Geod(ellps="WGS84")
    lons = np.array([-12.0, -8.9, -4.2, -0.5, 2.9, 4.1])
    lats = np.array([14.4, 11.0, 14.5, 16.3, 15.9, 17.5])
    east_lons, east_lats, _ = geod.fwd(lons, lats, np.full(6, 60.0), np.full(6, 1000.0))
    groups = measurement_groups("EPSG:4326", np.column_stack([lons, lats]))
    assert sorted(crs.to_epsg() for crs, _ in groups) == [32629, 32630, 32631]
    measured = np.empty(6)
    for crs, rows in groups:
        start = transform_xy(np.column_stack([lons[rows], lats[rows]]), "EPSG:4326", crs)
        end = transform_xy(np.column_stack([east_lons[rows], east_lats[rows]]), "EPSG:4326", crs)
        measured[rows] = np.hypot(*(end - start).T)
    assert np.abs(measured / 1000.0 - 1.0).max() < 0.001
    start = transform_xy(np.column_stack([lons, lats]), "EPSG:4326", "EPSG:32630")
    end = transform_xy(np.column_stack([east_lons, east_lats]), "EPSG:4326", "EPSG:32630")
    assert np.hypot(*(end - start).T)[0] / 1000.0 - 1.0 > 0.01  # the fault measurement_groups avoids


def test_metric_input_with_little_scale_error_is_measured_as_it_is():
    xy = np.array([[380000.0, 1600000.0], [420000.0, 1650000.0]])
    [(crs, rows)] = measurement_groups("EPSG:32630", xy)
    assert crs.to_epsg() == 32630 and rows.tolist() == [0, 1]
