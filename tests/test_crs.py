"""CRS choice: metric work in the UTM zone of the data, the same answer from 4326 or UTM."""
import pyproj
import pytest
from shapely.geometry import Point, Polygon

from mali_sites_plugin.common.crs import is_metric, metric_crs, transform_geometry, utm_epsg


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
