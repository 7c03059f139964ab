"""WASH core against hand-computed and geodesic oracles, on the inputs that
used to break it: empty facility layers, unbounded grids, absurd
populations, national layers spanning UTM zones, ids that do not join."""
import time

import numpy as np
import pyproj
import pytest
from shapely.geometry import LineString, MultiPolygon, box

from mali_sites_plugin import wash
from mali_sites_plugin.common.crs import transform_xy
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.network import PathNetwork
from mali_sites_plugin.common.standards import load_profile
from mali_sites_plugin.wash.gaps import gap_cell_size, grid_over, regions
from mali_sites_plugin.wash.ids import duplicated, id_field
from mali_sites_plugin.wash.suggestions import candidate_grid

SPHERE = load_profile("sphere_2018")
GEOD = pyproj.Geod(ellps="WGS84")


def facilities(xy, kinds=None, functional=None):
    kinds = ["tap"] * len(xy) if kinds is None else kinds
    return wash.water_point_facilities(xy, kinds, [True] * len(xy) if functional is None else functional, SPHERE)


def no_facilities():
    return wash.water_point_facilities(np.zeros((0, 2)), [], [], SPHERE)


# -- 1. empty facility layers -------------------------------------------------

def test_an_empty_water_point_layer_leaves_every_household_out_of_reach():
    """No water point at all: every household out of reach (distance inf, no
    facility), nobody served, all of them in the gaps, suggestions to cover them."""
    shelters = np.array([(0.0, 0.0), (100.0, 0.0), (0.0, 100.0)])
    result = wash.assess(shelters, [5, 6, 7], no_facilities(), SPHERE, area=box(-50, -50, 150, 150),
                         suggest_water=-1)
    assert np.isinf(result.water.access.distance).all() and (result.water.access.facility == -1).all()
    assert not result.water.access.within.any()
    assert len(result.water.load.assigned_people) == 0
    assert result.summary["water_points"] == 0 and result.summary["pct_within_water_distance"] == 0
    assert result.summary["water_gap_people"] == 18
    assert sum(s.people for s in result.water.suggestions) == 18  # one tap (250) reaches all three
    assert [c.key for c in result.checks] == ["water_distance"]  # no water point: no load to check


def test_an_empty_latrine_layer_leaves_every_household_without_a_toilet():
    shelters = np.array([(0.0, 0.0), (30.0, 0.0)])
    latrines = wash.latrine_facilities(np.zeros((0, 2)), [], [], SPHERE, "emergency")
    result = wash.assess(shelters, [5, 5], facilities([(15.0, 60.0)]), SPHERE, latrines=latrines,
                         suggest_water=0, suggest_latrines=-1)
    assert not result.latrines.access.within.any()
    assert result.summary["latrines"] == 0 and result.summary["toilets"] == 0
    assert result.summary["people_per_toilet"] == np.inf
    people_per_toilet = next(c for c in result.checks if c.key == "people_per_toilet")
    assert not people_per_toilet.passed
    assert result.summary["latrine_gap_people"] == 10
    assert len(result.latrines.suggestions) == 1  # 30 m apart: one latrine within 50 m of both
    assert result.latrines.suggestions[0].people == 10


def test_no_water_point_but_latrines_are_not_near_water():
    latrines = wash.latrine_facilities([(0.0, 0.0)], [2], [True], SPHERE, "emergency")
    result = wash.assess(np.array([(5.0, 0.0)]), [5], no_facilities(), SPHERE, latrines=latrines,
                         suggest_water=0, suggest_latrines=0)
    assert np.isinf(result.contamination_distance[0]) and not result.contamination_risk[0]


# -- 3. each water point checked against its own kind's capacity ---------------

def test_overload_checks_cite_each_kind_s_figure():
    """A hand pump serving 400 people is within Sphere's 500 per hand pump
    (not overloaded against 250 per tap); a tap serving 300 is overloaded."""
    shelters = np.array([(0.0, 10.0), (5000.0, 10.0)])
    water = facilities([(0.0, 0.0), (5000.0, 0.0)], kinds=["handpump", "tap"])
    result = wash.assess(shelters, [400, 300], water, SPHERE, suggest_water=0)
    checks = {c.key: c for c in result.checks}
    assert checks["water_point_load_handpump"].figure.key == "people_per_handpump"
    assert checks["water_point_load_handpump"].figure.value == 500
    assert checks["water_point_load_handpump"].measured == 0 and checks["water_point_load_handpump"].passed
    assert checks["water_point_load_tap"].figure.key == "people_per_tap"
    assert checks["water_point_load_tap"].measured == 1 and not checks["water_point_load_tap"].passed
    assert "water_point_load_well" not in checks


# -- 2. absurd inputs and bounded grids -----------------------------------------

def test_absurd_populations_are_refused_naming_the_household():
    with pytest.raises(InputError, match="Household S-17 has a population of 1e\\+12"):
        wash.assess(np.array([(0.0, 0.0), (10.0, 0.0)]), [5, 1e12], facilities([(0.0, 0.0)]), SPHERE,
                    labels=["S-16", "S-17"])
    with pytest.raises(InputError, match="household S-2 has -3"):
        wash.assess(np.array([(0.0, 0.0), (10.0, 0.0)]), [5, -3], facilities([(0.0, 0.0)]), SPHERE,
                    labels=["S-1", "S-2"])
    with pytest.raises(InputError, match="in all"):
        wash.assess(np.zeros((1000, 2)) + np.arange(1000)[:, None], [90_000] * 1000, facilities([(0.0, 0.0)]),
                    SPHERE)


def test_a_stray_polygon_far_from_the_site_gets_a_grid_of_its_own():
    """The site plus a 2 m square 60 km away: two grids of 1 m cells (a
    fiftieth of 50 m), 100 x 100 and 2 x 2 cells, not one of 60,100 x 100;
    the stray square is out of reach and is a 4 m2 gap."""
    site = MultiPolygon([box(0, 0, 100, 100), box(60_000, 0, 60_002, 2)])
    pieces = regions(site)
    assert len(pieces) == 2
    cell = gap_cell_size(site, [SPHERE.figure("max_distance_to_toilet_m")])
    assert cell == 1.0
    grids = [grid_over(piece, cell) for piece in pieces]
    assert sorted((g.rows, g.columns) for g in grids) == [(2, 2), (100, 100)]
    latrines = wash.latrine_facilities([(50.0, 50.0)], [4], [True], SPHERE, "emergency")
    result = wash.assess(np.array([(50.0, 40.0)]), [5], facilities([(50.0, 60.0)]), SPHERE, latrines=latrines,
                         area=site, suggest_water=0, suggest_latrines=0)
    far = [g for g in result.latrines.gaps if g.geometry.bounds[0] >= 60_000]
    assert len(far) == 1 and far[0].geometry.area == pytest.approx(4.0) and far[0].people == 0


def test_a_huge_site_is_gridded_coarser_not_without_bound():
    """A 2,000 km2 site: gap cells coarsen to keep ~250,000 of them (sqrt(2e9
    / 250,000) = 89.4 m) and candidates stay under 150,000."""
    site = box(0, 0, 50_000, 40_000)
    cell = gap_cell_size(site, [SPHERE.figure("max_distance_to_toilet_m")])
    assert cell == pytest.approx((2e9 / 250_000) ** 0.5)
    grid = grid_over(site, cell)
    assert grid.rows * grid.columns <= 251_000
    assert len(candidate_grid(site, 125.0)) <= 150_000
    started = time.perf_counter()
    result = wash.assess(np.array([(100.0, 100.0)]), [5], facilities([(0.0, 0.0)]), SPHERE, area=site,
                         suggest_water=0)
    assert time.perf_counter() - started < 30
    assert result.water.access.within[0] and result.water.gaps  # the rest of the site is out of reach


def test_a_thin_diagonal_site_is_capped_by_its_extent():
    """A 10 m wide strip 100 km along the diagonal: 1.4 km2 of land but a
    70 x 70 km extent; its grid holds at most 4 x 250,000 cells (and a
    row and a column of rounding)."""
    strip = LineString([(0, 0), (70_700, 70_700)]).buffer(5.0)
    cell = gap_cell_size(strip, [SPHERE.figure("max_distance_to_toilet_m")])
    grid = grid_over(strip, cell)
    assert grid.rows * grid.columns <= 1_003_000
    assert cell > 70


# -- 6. national layers: each household in its own UTM zone --------------------

def _national_layer(seed=3):
    """Households from longitude -12 to +4 with a tap and a latrine each at
    a known geodesic distance and bearing (and, farther, other taps)."""
    rng = np.random.default_rng(seed)
    lon = np.linspace(-12.0, 4.0, 17)
    lat = rng.uniform(11.0, 17.5, len(lon))
    water_distance = rng.uniform(100.0, 3000.0, len(lon))
    water_lon, water_lat, _ = GEOD.fwd(lon, lat, rng.uniform(0, 360, len(lon)), water_distance)
    latrine_lon, latrine_lat, _ = GEOD.fwd(water_lon, water_lat, rng.uniform(0, 360, len(lon)),
                                           rng.uniform(10.0, 60.0, len(lon)))
    return lon, lat, (water_lon, water_lat), (latrine_lon, latrine_lat)


def test_national_layer_distances_agree_with_geodesic_to_a_tenth_of_a_percent():
    """Households from -12 to +4 measured in zone 30N as one plane (as the
    run's metric CRS is chosen) come within 0.1 % of pyproj's geodesic
    distances once each is measured in its own zone; in zone 30N alone they
    were up to ~1 % off."""
    lon, lat, (water_lon, water_lat), (latrine_lon, latrine_lat) = _national_layer()
    plane = "EPSG:32630"
    shelters = transform_xy(np.column_stack([lon, lat]), "EPSG:4326", plane)
    water = facilities(transform_xy(np.column_stack([water_lon, water_lat]), "EPSG:4326", plane))
    latrines = wash.latrine_facilities(transform_xy(np.column_stack([latrine_lon, latrine_lat]), "EPSG:4326",
                                                    plane), [1] * len(lon), [True] * len(lon), SPHERE, "emergency")
    result = wash.assess(shelters, [5] * len(lon), water, SPHERE, latrines=latrines, crs=plane,
                         suggest_water=0, suggest_latrines=0)
    _, _, water_geodesic = GEOD.inv(lon, lat, water_lon, water_lat)
    nearest = result.water.access.facility
    _, _, to_nearest = GEOD.inv(lon, lat, water_lon[nearest], water_lat[nearest])
    assert (to_nearest <= water_geodesic + 1e-6).all()
    assert np.abs(result.water.access.distance / to_nearest - 1.0).max() < 0.001
    _, _, latrine_geodesic = GEOD.inv(lon, lat, latrine_lon[result.latrines.access.facility],
                                      latrine_lat[result.latrines.access.facility])
    assert np.abs(result.latrines.access.distance / latrine_geodesic - 1.0).max() < 0.001
    _, _, spacing = GEOD.inv(latrine_lon, latrine_lat, water_lon, water_lat)
    assert np.abs(result.contamination_distance / spacing - 1.0).max() < 0.001
    one_plane = wash.assess(shelters, [5] * len(lon), water, SPHERE, suggest_water=0)
    assert np.abs(one_plane.water.access.distance / to_nearest - 1.0).max() > 0.005  # the fault fixed


def test_national_layer_walking_distances_agree_with_geodesic():
    """A straight path 400 m east of a household at longitude -11.9, drawn in
    zone 30N (7 degrees off its central meridian): the walking distance comes
    within 0.1 % of the geodesic one."""
    plane = "EPSG:32630"
    home = (-11.9, 14.4)
    tap_lon, tap_lat, _ = GEOD.fwd(home[0], home[1], 90.0, 400.0)
    home_xy, tap_xy = transform_xy(np.array([home, (tap_lon, tap_lat)]), "EPSG:4326", plane)
    network = PathNetwork([LineString([home_xy, tap_xy])])
    result = wash.assess(np.array([home_xy]), [5], facilities([tap_xy]), SPHERE, network=network, crs=plane,
                         suggest_water=0)
    assert result.water.access.distance[0] == pytest.approx(400.0, rel=0.001)
    assert np.hypot(*(tap_xy - home_xy)) / 400.0 - 1.0 > 0.005  # the plane itself is 0.7 % long there


def test_a_site_within_one_zone_is_measured_in_its_plane():
    shelters = np.array([(380_000.0, 1_600_000.0), (380_300.0, 1_600_000.0)])
    zones = wash.access.Zones("EPSG:32630")
    [(zone, rows)] = zones.groups(shelters)
    assert zone is None and rows.tolist() == [0, 1]
    result = wash.assess(shelters, [5, 5], facilities([(380_000.0, 1_600_100.0)]), SPHERE, crs="EPSG:32630",
                         suggest_water=0)
    assert result.water.access.distance == pytest.approx([100.0, np.hypot(300.0, 100.0)])


# -- 5 and 7. ids ----------------------------------------------------------------

def test_the_id_field_is_found_by_its_name():
    assert id_field(["fid", "site_id", "wp_id", "type"], "water") == "wp_id"
    assert id_field(["LATRINE_ID", "cubicles"], "latrine") == "LATRINE_ID"
    assert id_field(["name", "Code"], "water") == "Code"
    assert id_field(["shelter_id", "site_id", "people"], "shelter") == "shelter_id"
    assert id_field(["type", "functional"], "water") is None


def test_duplicated_ids_are_counted():
    assert duplicated(["WP01", "WP02", "WP01", None, None, "WP03", "WP01"]) == {"WP01": 3}
    assert duplicated([1, 2, 3]) == {}


def test_the_api_joins_by_the_id_column_and_lists_duplicates():
    import geopandas as gpd
    from shapely.geometry import Point
    from mali_sites_plugin.api.wash import audit_wash
    shelters = gpd.GeoDataFrame({"shelter_id": ["S1", "S1", "S2"]},
                                geometry=[Point(380_000, 1_600_010), Point(380_000, 1_600_020),
                                          Point(380_900, 1_600_000)], crs="EPSG:32630")
    water = gpd.GeoDataFrame({"wp_id": ["WP01", "WP01"]},
                             geometry=[Point(380_000, 1_600_000), Point(380_900, 1_600_010)], crs="EPSG:32630")
    audit = audit_wash(shelters, water, suggest_water_points=0)
    assert list(audit.shelters["wp_id"]) == ["WP01", "WP01", "WP01"]
    assert audit.duplicate_ids == {"shelter": ("shelter_id", {"S1": 2}), "water": ("wp_id", {"WP01": 2})}
    assert audit.summary["people"] == 3 * SPHERE.value("people_per_household")
