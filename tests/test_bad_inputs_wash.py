"""Bad-input suite: malisites:washcoverage through qgis_process (tests/bad_inputs.py).

Each case builds its layers in tmp_path (small GeoPackages near Mopti, or
copies of the sample data) and asserts the refusal's words, or the logged
fallback and the counted values of the run's results."""
import re

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point, box

from conftest import SAMPLE_DATA

ALGORITHM = "malisites:washcoverage"
UTM = "EPSG:32630"
X0, Y0 = 380_000.0, 1_605_000.0  # near Mopti, in UTM zone 30N


def gpkg(path, geometries, crs=UTM, geometry_type=None, **columns):
    """A GeoPackage of ``geometries`` (shapely, None for a NULL geometry) with
    ``columns``; an empty one needs its ``geometry_type`` and the columns' kinds
    ({name: 'str' / 'int' / 'float'})."""
    if not geometries:
        import fiona
        schema = {"geometry": geometry_type, "properties": columns}
        with fiona.open(str(path), "w", driver="GPKG", schema=schema, crs=crs):
            pass
        return str(path)
    frame = gpd.GeoDataFrame(dict(columns), geometry=list(geometries), crs=crs)
    frame.to_file(str(path), driver="GPKG")
    return str(path)


def at(x, y):
    return Point(X0 + x, Y0 + y)


def results(printed):
    """{result name: text} from what qgis_process printed after 'Results'."""
    tail = printed[printed.rfind("Results"):]
    return dict(re.findall(r"^(\w+):[ \t]*(.*)$", tail, flags=re.M))


@pytest.fixture
def small(tmp_path):
    """Four shelters of 5 people: two at 100 m of a tap (within 500 m), two at 800 m."""
    return {"SHELTERS": gpkg(tmp_path / "shelters.gpkg", [at(0, 100), at(0, 150), at(800, 0), at(850, 0)],
                             shelter_id=["S1", "S2", "S3", "S4"], people=[5, 5, 5, 5]),
            "POPULATION_FIELD": "people",
            "WATER_POINTS": gpkg(tmp_path / "water.gpkg", [at(0, 0)], wp_id=["WP01"], type=["tap"]),
            "WATER_TYPE_FIELD": "type", "SUGGEST_WATER_POINTS": 0, "SUGGEST_LATRINES": 0}


def outputs(bad_input, *names):
    """Destinations in the output folder: the two mandatory ones and ``names``."""
    return {name: str(bad_input.out / ("%s.gpkg" % name.lower()))
            for name in ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS") + names}


def test_empty_water_point_layer_leaves_everyone_without_water(bad_input, small, tmp_path):
    empty = gpkg(tmp_path / "no_water.gpkg", [], geometry_type="Point", wp_id="str", type="str")
    printed = bad_input.check(ALGORITHM, dict(small, WATER_POINTS=empty, **outputs(bad_input)),
                              logged=["water point layer is empty", "every household is out of reach of water"])
    assert float(results(printed)["pct_within_water_distance"]) == 0
    assert float(results(printed)["people"]) == 20


def test_empty_latrine_layer_leaves_everyone_without_a_toilet(bad_input, small, tmp_path):
    empty = gpkg(tmp_path / "no_latrines.gpkg", [], geometry_type="Point", latrine_id="str", cubicles="int")
    printed = bad_input.check(ALGORITHM, dict(small, LATRINES=empty, **outputs(bad_input)),
                              logged=["latrine layer is empty", "out of reach of a toilet"])
    assert float(results(printed)["pct_within_latrine_distance"]) == 0
    assert float(results(printed)["pct_within_water_distance"]) == 50


def test_all_water_points_non_functional(bad_input, small, tmp_path):
    broken = gpkg(tmp_path / "broken.gpkg", [at(0, 0), at(800, 10)], wp_id=["WP01", "WP02"],
                  functional=["non", "en panne"])
    printed = bad_input.check(ALGORITHM, dict(small, WATER_POINTS=broken, FUNCTIONAL_FIELD="functional",
                                              WATER_TYPE_FIELD="", **outputs(bad_input)),
                              logged=["No functional water point"])
    assert float(results(printed)["pct_within_water_distance"]) == 0


def test_stray_polygon_far_from_the_site_keeps_memory_bounded(bad_input, small, tmp_path):
    """A site plus a 2 m square 60 km away (a digitising slip): it used to make
    one gap grid of 1.7 m cells over the 42 x 42 km extent (about 25,000 x
    25,000 cells); now each part gets its own grid."""
    site = gpkg(tmp_path / "site.gpkg", [box(X0 - 200, Y0 - 200, X0 + 1000, Y0 + 400),
                                         box(X0 + 42_000, Y0 + 42_000, X0 + 42_002, Y0 + 42_002)],
                site_id=["A", "stray"])
    bad_input.check(ALGORITHM, dict(small, SITE=site, SUGGEST_WATER_POINTS=-1,
                                    **outputs(bad_input, "OUTPUT_GAPS", "OUTPUT_SUGGESTED")))
    assert bad_input.peak_memory_mb < 500
    gaps = gpd.read_file(bad_input.out / "output_gaps.gpkg")
    assert (gaps["kind"] == "water").any() and gaps["people"].sum() == 10  # S3 and S4 out of reach


def test_huge_site_keeps_memory_and_time_bounded(bad_input, small, tmp_path):
    """A 2,000 km2 site around four shelters: grids coarsen, memory stays bounded."""
    site = gpkg(tmp_path / "huge.gpkg", [box(X0 - 25_000, Y0 - 20_000, X0 + 25_000, Y0 + 20_000)], site_id=["H"])
    printed = bad_input.check(ALGORITHM, dict(small, SITE=site, **outputs(bad_input, "OUTPUT_GAPS")))
    assert bad_input.peak_memory_mb < 600
    assert float(results(printed)["pct_within_water_distance"]) == 50


def test_absurd_population_is_refused_naming_the_shelter(bad_input, small, tmp_path):
    shelters = gpkg(tmp_path / "absurd.gpkg", [at(0, 100), at(0, 150)], shelter_id=["S1", "S2"], people=[5, 1e12])
    bad_input.check(ALGORITHM, dict(small, SHELTERS=shelters, **outputs(bad_input)),
                    refused_with=["Household S2", "1e+12", "fix the population field"])


def test_negative_null_and_text_populations_count_the_household_size(bad_input, small, tmp_path):
    shelters = gpkg(tmp_path / "mixed.gpkg", [at(0, 100), at(0, 150), at(800, 0), at(850, 0)],
                    shelter_id=["S1", "S2", "S3", "S4"], pop=["7", "-3", None, "beaucoup"])
    printed = bad_input.check(ALGORITHM, dict(small, SHELTERS=shelters, POPULATION_FIELD="pop",
                                              **outputs(bad_input)),
                              logged=["3 shelter(s) have no valid value in 'pop'", "household size (5"])
    assert float(results(printed)["people"]) == 7 + 3 * 5  # the profile's people per household


def test_household_size_given_replaces_the_profile_s(bad_input, small, tmp_path):
    printed = bad_input.check(ALGORITHM, dict(small, POPULATION_FIELD="", HOUSEHOLD_SIZE=6,
                                              **outputs(bad_input)))
    assert float(results(printed)["people"]) == 24


def test_zero_cubicles_serve_nobody(bad_input, small, tmp_path):
    latrines = gpkg(tmp_path / "latrines.gpkg", [at(0, 110), at(0, 140)], latrine_id=["L1", "L2"], cubicles=[0, 2])
    printed = bad_input.check(ALGORITHM, dict(small, LATRINES=latrines, CUBICLES_FIELD="cubicles",
                                              **outputs(bad_input, "OUTPUT_LATRINES")),
                              logged=["1 latrine(s) have 0 cubicles"])
    latrines_out = gpd.read_file(bad_input.out / "output_latrines.gpkg").set_index("latrine_id")
    assert latrines_out.loc["L1", "assigned_people"] == 0 and latrines_out.loc["L2", "assigned_people"] == 20
    assert float(results(printed)["people_per_toilet"]) == 10


def test_unknown_gender_values_are_read_as_mixed(bad_input, small, tmp_path):
    latrines = gpkg(tmp_path / "latrines.gpkg", [at(0, 110), at(0, 140), at(10, 120)],
                    latrine_id=["L1", "L2", "L3"], gender=["femmes", "???", "hommes"])
    printed = bad_input.check(ALGORITHM, dict(small, LATRINES=latrines, GENDER_FIELD="gender",
                                              **outputs(bad_input)),
                              logged=["unknown value '???' on 1 feature(s), read as: mixed"])
    assert float(results(printed)["female_male_ratio"]) == 1


def test_unknown_water_type_values_take_the_default_type(bad_input, small, tmp_path):
    water = gpkg(tmp_path / "water.gpkg", [at(0, 0), at(800, 10)], wp_id=["WP01", "WP02"], type=["pompe", "citerne"])
    printed = bad_input.check(ALGORITHM, dict(small, WATER_POINTS=water, DEFAULT_WATER_TYPE=2,
                                              **outputs(bad_input)),
                              logged=["unknown value 'citerne' on 1 feature(s), read as: open well"])
    out = gpd.read_file(bad_input.out / "output_water_points.gpkg").set_index("wp_id")
    assert out.loc["WP01", "capacity"] == 500 and out.loc["WP02", "capacity"] == 400
    assert float(results(printed)["pct_within_water_distance"]) == 100


def test_shelters_outside_the_site_are_counted_and_said(bad_input, small, tmp_path):
    site = gpkg(tmp_path / "site.gpkg", [box(X0 - 200, Y0 - 200, X0 + 200, Y0 + 400)], site_id=["A"])
    printed = bad_input.check(ALGORITHM, dict(small, SITE=site, **outputs(bad_input, "OUTPUT_GAPS")),
                              logged=["2 shelter(s) lie outside the site boundary"])
    assert float(results(printed)["pct_within_water_distance"]) == 50


def test_site_given_as_points_is_refused(bad_input, small, tmp_path):
    site = gpkg(tmp_path / "site_points.gpkg", [at(0, 0)], site_id=["A"])
    bad_input.check(ALGORITHM, dict(small, SITE=site, **outputs(bad_input)),
                    refused_with=["site", "polygon"])


def test_paths_layer_with_no_lines_is_refused(bad_input, small, tmp_path):
    paths = gpkg(tmp_path / "paths.gpkg", [], geometry_type="LineString", id="int")
    bad_input.check(ALGORITHM, dict(small, PATHS=paths, **outputs(bad_input)),
                    refused_with=["no lines", "leave PATHS empty"])


def test_empty_shelter_layer_is_refused(bad_input, small, tmp_path):
    shelters = gpkg(tmp_path / "no_shelters.gpkg", [], geometry_type="Point", shelter_id="str", people="int")
    bad_input.check(ALGORITHM, dict(small, SHELTERS=shelters, **outputs(bad_input)),
                    refused_with=["shelter layer is empty"])


def test_shelters_in_another_crs_than_the_facilities(bad_input, small, tmp_path):
    """Shelters in EPSG:4326, the water point in UTM 30N: the same answer as all in UTM."""
    frame = gpd.read_file(small["SHELTERS"]).to_crs("EPSG:4326")
    frame.to_file(str(tmp_path / "shelters_4326.gpkg"), driver="GPKG")
    printed = bad_input.check(ALGORITHM, dict(small, SHELTERS=str(tmp_path / "shelters_4326.gpkg"),
                                              **outputs(bad_input)),
                              logged=["EPSG:32630"])
    out = gpd.read_file(bad_input.out / "output_shelters.gpkg").set_index("shelter_id")
    assert out.loc["S1", "wp_dist_m"] == pytest.approx(100.0, abs=0.01)
    assert out.loc["S4", "wp_dist_m"] == pytest.approx(850.0, abs=0.01)
    assert float(results(printed)["pct_within_water_distance"]) == 50


def test_facilities_with_null_geometry_are_skipped_and_counted(bad_input, small, tmp_path):
    water = gpkg(tmp_path / "water.gpkg", [at(0, 0), None], wp_id=["WP01", "WP02"], type=["tap", "tap"])
    latrines = gpkg(tmp_path / "latrines.gpkg", [None, at(0, 120)], latrine_id=["L1", "L2"])
    printed = bad_input.check(ALGORITHM, dict(small, WATER_POINTS=water, LATRINES=latrines,
                                              **outputs(bad_input)),
                              logged=["Water points: 1 feature(s) without geometry skipped",
                                      "Latrines: 1 feature(s) without geometry skipped"])
    assert int(results(printed)["geometries_skipped"]) == 2
    out = gpd.read_file(bad_input.out / "output_water_points.gpkg").set_index("wp_id")
    assert out.loc["WP02", "assigned_people"] == 0 and out.loc["WP01", "assigned_people"] == 20


def test_duplicate_facility_and_shelter_ids_are_reported(bad_input, small, tmp_path):
    water = gpkg(tmp_path / "water.gpkg", [at(0, 0), at(800, 10)], wp_id=["WP01", "WP01"])
    latrines = gpkg(tmp_path / "latrines.gpkg", [at(0, 110), at(0, 140), at(800, 20)],
                    latrine_id=["L1", "L1", "L1"])
    shelters = gpkg(tmp_path / "shelters.gpkg", [at(0, 100), at(0, 150), at(800, 0), at(850, 0)],
                    shelter_id=["S1", "S1", "S3", "S4"], people=[5, 5, 5, 5])
    report = bad_input.out / "report.html"
    bad_input.check(ALGORITHM, dict(small, WATER_POINTS=water, LATRINES=latrines, SHELTERS=shelters,
                                    WATER_TYPE_FIELD="", OUTPUT_REPORT=str(report),
                                    **outputs(bad_input)),
                    logged=["the identifier 'WP01' in 'wp_id' is carried by 2 features",
                            "the identifier 'L1' in 'latrine_id' is carried by 3 features",
                            "the identifier 'S1' in 'shelter_id' is carried by 2 features"])
    text = report.read_text(encoding="utf-8")
    assert "Identifiers carried by more than one feature" in text and "WP01" in text and "S1" in text


def test_default_run_joins_shelters_to_the_water_point_ids(bad_input, tmp_path):
    """The sample data with no identifier fields chosen: the shelters' wp_id
    values are the water points' 'WP..' ids, and the log says which field."""
    printed = bad_input.check(ALGORITHM, {
        "SHELTERS": str(SAMPLE_DATA / "shelters.gpkg"), "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"),
        "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"), "SUGGEST_WATER_POINTS": 0, "SUGGEST_LATRINES": 0,
        **outputs(bad_input)},
        logged=["Water points: identifiers read from the field 'wp_id'",
                "Latrines: identifiers read from the field 'latrine_id'"])
    shelters = gpd.read_file(bad_input.out / "output_shelters.gpkg")
    water = set(gpd.read_file(SAMPLE_DATA / "water_points.gpkg")["wp_id"])
    assert set(shelters["wp_id"].dropna()) <= water and len(shelters) == 2242
    assert float(results(printed)["people"]) == 5 * 2242  # no population field: the profile's household size


def test_snapping_distance_is_metres_for_geographic_shelters(bad_input, tmp_path):
    """Shelters, water point and path in EPSG:4326; MAX_SNAP=30 is 30 m: the
    shelter 20 m off the path walks 20 + 300 m, the one 40 m off is off the network."""
    def ll(x, y):
        return gpd.GeoSeries([at(x, y)], crs=UTM).to_crs("EPSG:4326").iloc[0]
    path = gpd.GeoSeries([LineString([(X0, Y0), (X0 + 400, Y0)])], crs=UTM).to_crs("EPSG:4326").iloc[0]
    printed = bad_input.check(ALGORITHM, {
        "SHELTERS": gpkg(tmp_path / "s.gpkg", [ll(100, 20), ll(100, 40)], crs="EPSG:4326", hid=[1, 2]),
        "WATER_POINTS": gpkg(tmp_path / "w.gpkg", [ll(400, 0)], crs="EPSG:4326", wp_id=["W"]),
        "PATHS": gpkg(tmp_path / "p.gpkg", [path], crs="EPSG:4326", id=[1]), "MAX_SNAP": 30,
        "SUGGEST_WATER_POINTS": 0, **outputs(bad_input)},
        logged=["1 shelter(s) farther than the maximum snapping distance"])
    out = gpd.read_file(bad_input.out / "output_shelters.gpkg").set_index("hid")
    assert out.loc[1, "wp_dist_m"] == pytest.approx(320.0, abs=0.1)
    assert float(results(printed)["pct_within_water_distance"]) == 50


def test_national_layer_is_measured_in_each_shelter_s_zone(bad_input, tmp_path):
    """Shelters at longitudes -12, -4 and +4 (EPSG:4326), each with a tap 400 m
    east (geodesic): every wp_dist_m is 400 m to 0.1 % (one zone for all was
    up to 1 % off at the ends)."""
    import pyproj
    geod = pyproj.Geod(ellps="WGS84")
    lon, lat = [-12.0, -4.0, 4.0], [14.4, 14.5, 16.0]
    tap_lon, tap_lat, _ = geod.fwd(lon, lat, [90.0] * 3, [400.0] * 3)
    bad_input.check(ALGORITHM, {
        "SHELTERS": gpkg(tmp_path / "s.gpkg", [Point(x, y) for x, y in zip(lon, lat)], crs="EPSG:4326", hid=[0, 1, 2]),
        "WATER_POINTS": gpkg(tmp_path / "w.gpkg", [Point(x, y) for x, y in zip(tap_lon, tap_lat)], crs="EPSG:4326",
                             wp_id=["T0", "T1", "T2"]),
        "SUGGEST_WATER_POINTS": 0, **outputs(bad_input)})
    out = gpd.read_file(bad_input.out / "output_shelters.gpkg").set_index("hid")
    assert list(out["wp_id"]) == ["T0", "T1", "T2"]
    assert out["wp_dist_m"].tolist() == pytest.approx([400.0] * 3, rel=0.001)


def test_a_hand_pump_is_checked_against_the_hand_pump_figure(bad_input, small, tmp_path):
    """400 people at a hand pump: within Sphere's 500 per hand pump, so not
    overloaded (it used to be checked against 250 per tap)."""
    shelters = gpkg(tmp_path / "crowd.gpkg", [at(0, 100), at(0, 150)], shelter_id=["S1", "S2"], people=[200, 200])
    water = gpkg(tmp_path / "pump.gpkg", [at(0, 0)], wp_id=["WP01"], type=["pompe"])
    printed = bad_input.check(ALGORITHM, dict(small, SHELTERS=shelters, WATER_POINTS=water, **outputs(bad_input)),
                              logged=["Overloaded hand pumps: 0, meets the standard"])
    assert int(results(printed)["overloaded_water_points"]) == 0
    assert "Overloaded taps" not in printed
