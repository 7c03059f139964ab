"""The Python API (mali_sites_plugin.api) on GeoDataFrames built here, in
EPSG:4326 and in a projected CRS, against the Processing algorithms run on
the same data (written to GeoPackages and read back with geopandas): the same
rows, columns and values; and each function's InputError for bad input."""
import csv
import math
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon, box

import mali_sites_plugin
from conftest import SAMPLE_DATA
from mali_sites_plugin import audit_wash, flood_exposure, import_site_list, plan_site
from mali_sites_plugin.common.errors import InputError

UTM = "EPSG:32630"
X0, Y0 = 375000.0, 1604000.0  # inside the sample rasters (UTM 30N, near Sévaré)
Q10, Q100 = str(SAMPLE_DATA / "flood_depth_q10.tif"), str(SAMPLE_DATA / "flood_depth_q100.tif")


def frame(rows, crs=UTM, to=None):
    """A GeoDataFrame of dict rows holding a 'geometry' (in ``crs``), reprojected to ``to``."""
    built = gpd.GeoDataFrame(rows, geometry="geometry", crs=crs)
    return built.to_crs(to) if to else built


def saved(gdf, path):
    gdf.to_file(path, driver="GPKG")
    return str(path)


def missing(value):
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def assert_same_rows(api, qgis, key, rel=1e-6, absolute=1e-6):
    """The same columns in the same order, and the same value in each, row by row by ``key``."""
    ours = [c for c in api.columns if c != api.geometry.name]
    theirs = [c for c in qgis.columns if c != qgis.geometry.name]
    assert ours == theirs
    assert len(api) == len(qgis) and sorted(api[key]) == sorted(qgis[key])
    mine, other = api.set_index(key), qgis.set_index(key)
    for column in ours:
        if column == key:
            continue
        for row in mine.index:
            a, b = mine.at[row, column], other.at[row, column]
            if missing(a) or missing(b):
                assert missing(a) and missing(b), (column, row, a, b)
            elif isinstance(a, str) or isinstance(b, str):
                assert str(a) == str(b), (column, row)
            else:
                assert float(a) == pytest.approx(float(b), rel=rel, abs=absolute), (column, row)


def assert_same_places(api, qgis, tolerance):
    ours = sorted((round(p.x, 4), round(p.y, 4)) for p in api.geometry.representative_point())
    theirs = sorted((round(p.x, 4), round(p.y, 4)) for p in qgis.geometry.representative_point())
    assert np.allclose(ours, theirs, atol=tolerance)


# -- DTM --------------------------------------------------------------------------------------------

def test_import_site_list_matches_processing(run_algorithm, tmp_path):
    path = SAMPLE_DATA / "dtm_sites_mopti.csv"
    sites, rejected = import_site_list(path)
    results = run_algorithm("malisites:importdtmsites", {
        "INPUT": str(path), "OUTPUT": str(tmp_path / "sites.gpkg"), "REJECTED": str(tmp_path / "rejected.csv")})
    assert sites.crs.to_epsg() == 4326
    counts = sites.attrs["counts"]
    for name in ("read", "imported", "fixed", "warned", "without_coordinates", "rejected", "superseded"):
        assert getattr(counts, name) == results["rows_" + name], name
    theirs = gpd.read_file(tmp_path / "sites.gpkg")
    assert_same_rows(sites, theirs, "site_id")
    assert_same_places(sites, theirs, 1e-9)
    with open(tmp_path / "rejected.csv", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rejected.columns) == list(rows[0])
    assert rejected["reason"].tolist() == [row["reason"] for row in rows]
    assert rejected["source_row"].tolist() == [int(row["source_row"]) for row in rows]


def test_import_site_list_error_for_a_missing_column():
    with pytest.raises(InputError, match="Lat_Y"):
        import_site_list(SAMPLE_DATA / "dtm_sites_mopti.csv", {"latitude": "Lat_Y", "longitude": "Longitude"})


# -- WASH -------------------------------------------------------------------------------------------

def wash_frames(to=None):
    """Shelters on a grid (some without people), three water points (one out of
    order), five latrines, the site and a path network; in UTM or ``to``."""
    rng = np.random.default_rng(14)
    shelters = [{"shelter_id": "H%02d" % i, "people": (float(rng.integers(1, 9)) if i % 7 else None),
                 "geometry": Point(X0 + 40.0 * (i % 8) + 5.0, Y0 + 40.0 * (i // 8) + 5.0)} for i in range(48)]
    water = [{"wp_id": "W1", "type": "robinet", "functional": "oui", "geometry": Point(X0 + 20, Y0 + 30)},
             {"wp_id": "W2", "type": "pompe", "functional": "oui", "geometry": Point(X0 + 300, Y0 + 210)},
             {"wp_id": "W3", "type": "puits", "functional": "en panne", "geometry": Point(X0 + 150, Y0 + 100)}]
    latrines = [{"latrine_id": "L%d" % i, "cubicles": c, "gender": g, "functional": f,
                 "geometry": Point(X0 + x, Y0 + y)}
                for i, (x, y, c, g, f) in enumerate([(30, 50, 4, "femmes", "oui"), (150, 60, 2, "hommes", "oui"),
                                                     (260, 200, 3, "femmes", "non"), (40, 200, 2, "mixte", "oui"),
                                                     (320, 20, 1, "hommes", "oui")])]
    site = [{"name": "site", "geometry": box(X0 - 20, Y0 - 20, X0 + 340, Y0 + 260)}]
    paths = [{"geometry": LineString([(X0 - 10, Y0 + 40 * k + 17), (X0 + 330, Y0 + 40 * k + 17)])} for k in range(6)]
    paths += [{"geometry": LineString([(X0 + 180, Y0 - 10), (X0 + 180, Y0 + 250)])}]
    return [frame(rows, to=to) for rows in (shelters, water, latrines, site, paths)]


WASH_COLUMNS = dict(population_column="people", water_id_column="wp_id", water_type_column="type",
                    functional_column="functional", latrine_id_column="latrine_id", cubicles_column="cubicles",
                    gender_column="gender", latrine_functional_column="functional")
WASH_FIELDS = {"POPULATION_FIELD": "people", "WATER_ID_FIELD": "wp_id", "WATER_TYPE_FIELD": "type",
               "FUNCTIONAL_FIELD": "functional", "LATRINE_ID_FIELD": "latrine_id", "CUBICLES_FIELD": "cubicles",
               "GENDER_FIELD": "gender", "LATRINE_FUNCTIONAL_FIELD": "functional"}


@pytest.mark.parametrize("crs, with_paths, polygons", [("EPSG:4326", False, False), (UTM, True, True)])
def test_audit_wash_matches_processing(run_algorithm, tmp_path, crs, with_paths, polygons):
    shelters, water, latrines, site, paths = wash_frames(to=crs)
    if polygons:  # plot polygons instead of shelter points
        shelters = shelters.set_geometry(shelters.buffer(6.0, cap_style=3))
    audit = audit_wash(shelters, water, latrines, site=site, paths=paths if with_paths else None,
                       household_size=6.0, **WASH_COLUMNS)
    assert not with_paths or audit.shelters["snap_m"].min() == pytest.approx(12.0)
    outputs = {name: str(tmp_path / ("%s.gpkg" % name.lower())) for name in (
        "OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES", "OUTPUT_GAPS", "OUTPUT_SUGGESTED")}
    inputs = {"SHELTERS": saved(shelters, tmp_path / "shelters_in.gpkg"), "HOUSEHOLD_SIZE": 6.0,
              "WATER_POINTS": saved(water, tmp_path / "water_in.gpkg"),
              "LATRINES": saved(latrines, tmp_path / "latrines_in.gpkg"),
              "SITE": saved(site, tmp_path / "site_in.gpkg")}
    if with_paths:
        inputs["PATHS"] = saved(paths, tmp_path / "paths_in.gpkg")
    results = run_algorithm("malisites:washcoverage", dict(inputs, **WASH_FIELDS, **outputs))
    distance = 1e-3 if with_paths else 1e-6  # paths are reprojected by QGIS in one, pyproj in the other
    assert_same_rows(audit.shelters, gpd.read_file(outputs["OUTPUT_SHELTERS"]), "shelter_id", absolute=distance)
    assert_same_rows(audit.water_points, gpd.read_file(outputs["OUTPUT_WATER_POINTS"]), "wp_id")
    assert_same_rows(audit.latrines, gpd.read_file(outputs["OUTPUT_LATRINES"]), "latrine_id")
    for output, api in (("OUTPUT_GAPS", audit.gaps), ("OUTPUT_SUGGESTED", audit.suggestions)):
        theirs = gpd.read_file(outputs[output])
        assert len(api) == len(theirs) > 0 and api.crs == shelters.crs
        for column in ("people", "households", "people_served", "rank", "cubicles"):
            if column in api:
                assert api[column].fillna(-1).tolist() == pytest.approx(theirs[column].fillna(-1).tolist())
    assert audit.gaps["area_m2"].sum() == pytest.approx(gpd.read_file(outputs["OUTPUT_GAPS"])["area_m2"].sum(),
                                                        rel=1e-3)
    assert_same_places(audit.suggestions, gpd.read_file(outputs["OUTPUT_SUGGESTED"]), 1e-3 if crs == UTM else 1e-8)
    for key in ("people", "pct_within_water_distance", "pct_within_latrine_distance", "people_per_toilet",
                "overloaded_water_points", "latrines_near_water", "female_male_ratio"):
        assert audit.summary[key] == pytest.approx(results[key]), key
    assert audit.metric_crs.to_epsg() == 32630


def test_audit_wash_errors():
    shelters, water, latrines, site, paths = wash_frames()
    with pytest.raises(InputError, match="shelters has no column 'persons'; its columns are: shelter_id, people"):
        audit_wash(shelters, water, population_column="persons")
    with pytest.raises(InputError, match="latrines has no column 'cabines'"):
        audit_wash(shelters, water, latrines, cubicles_column="cabines")
    with pytest.raises(InputError, match="shelters holds LineString geometries where point or polygon"):
        audit_wash(paths, water)
    with pytest.raises(InputError, match="water_points is empty"):
        audit_wash(shelters, water.iloc[:0])
    with pytest.raises(InputError, match="shelters has no CRS"):
        audit_wash(gpd.GeoDataFrame(shelters.drop(columns="geometry"), geometry=list(shelters.geometry)), water)
    with pytest.raises(InputError, match="default_water_type must be one of tap, handpump, well"):
        audit_wash(shelters, water, default_water_type="borehole")
    with pytest.raises(mali_sites_plugin.InputError, match="Phase must be one of emergency, medium_term"):
        audit_wash(shelters, water, latrines, phase="urgence")


def test_audit_wash_warns_of_latrines_at_one_point_without_a_block_column():
    """Two compartments of one block at one point (a third elsewhere), as
    washcoverage's log says it: a warning naming the two, none once the
    block column is given."""
    shelters, water, latrines, _, _ = wash_frames()
    at = latrines.geometry.iloc[0]
    paired = gpd.GeoDataFrame({"block": ["B1", "B1", "B2"]},
                              geometry=[at, Point(at.x, at.y), Point(at.x + 40.0, at.y)], crs=latrines.crs)
    with pytest.warns(UserWarning, match="^2 latrine rows stand at the same point"):
        audit_wash(shelters, water, paired, suggest_water_points=0, suggest_latrines=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        audit_wash(shelters, water, paired, latrine_block_column="block", suggest_water_points=0, suggest_latrines=0)
    assert not [w for w in caught if "same point" in str(w.message)]


# -- flood ------------------------------------------------------------------------------------------

def flood_frames(to=None):
    """Three sites (one half outside the rasters' west edge) and two corridors in UTM or ``to``."""
    sites = [{"site_id": "A", "region": "Mopti", "individuals": 1200.0, "geometry": box(X0 - 300, Y0 - 200, X0 + 100, Y0 + 150)},
             {"site_id": "B", "region": "Mopti", "individuals": None, "geometry": box(X0 + 600, Y0 + 900, X0 + 900, Y0 + 1100)},
             {"site_id": "C", "region": "Ségou", "individuals": 800.0, "geometry": box(373900, Y0, 374200, Y0 + 200)}]
    corridors = [{"corridor_id": "K1", "geometry": LineString([(X0 - 900, Y0 - 900), (X0 + 1500, Y0 + 1800)])},
                 {"corridor_id": "K2", "geometry": LineString([(X0 + 2000, Y0 - 500), (X0 - 500, Y0 + 2500),
                                                               (X0 - 800, Y0 + 2600)])}]
    return frame(sites, to=to), frame(corridors, to=to)


def test_flood_exposure_matches_processing_in_degrees(run_algorithm, tmp_path):
    sites, corridors = flood_frames(to="EPSG:4326")
    exposure = flood_exposure(sites, corridors, [Q10, Q100], scenario_names="Q10,Q100",
                              population_column="individuals", region_column="region", language="fr")
    outputs = {"OUTPUT_SITES": str(tmp_path / "sites.gpkg"), "OUTPUT_CORRIDORS": str(tmp_path / "corridors.gpkg"),
               "OUTPUT_CORRIDOR_SEGMENTS": str(tmp_path / "segments.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.csv")}
    run_algorithm("malisites:floodexposure", dict(
        HAZARDS=[Q10, Q100], SCENARIO_NAMES="Q10,Q100", SITES=saved(sites, tmp_path / "sites_in.gpkg"),
        POPULATION_FIELD="individuals", REGION_FIELD="region", LANGUAGE=1,
        CORRIDORS=saved(corridors, tmp_path / "corridors_in.gpkg"), **outputs))
    assert_same_rows(exposure.sites, gpd.read_file(outputs["OUTPUT_SITES"]), "site_id")
    assert_same_rows(exposure.corridors, gpd.read_file(outputs["OUTPUT_CORRIDORS"]), "corridor_id")
    segments = gpd.read_file(outputs["OUTPUT_CORRIDOR_SEGMENTS"])
    assert list(exposure.corridor_segments.columns) == list(segments.columns)
    assert len(exposure.corridor_segments) == len(segments) > 4
    for column in ("scenario", "hazard_class", "class_rank", "length_m", "wet_m"):
        ours, theirs = exposure.corridor_segments[column].tolist(), segments[column].tolist()
        assert (ours == theirs) if column in ("scenario", "hazard_class") else ours == pytest.approx(theirs)
    assert exposure.sites.loc[exposure.sites.site_id == "A", "hazard_class_q100"].item() != "unknown"
    with open(outputs["OUTPUT_TABLE"], encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    assert len(exposure.summary) == len(table) == 6  # two scenarios, alone and by region
    for ours, theirs in zip(exposure.summary.to_dict("records"), table):
        for column, value in theirs.items():
            if value == "":
                assert missing(ours[column]) or ours[column] == "", column
            elif column in ("scenario", "region"):
                assert ours[column] == value
            else:
                assert float(ours[column]) == pytest.approx(float(value), abs=1e-3), column


def test_flood_exposure_point_sites_shelters_and_extents_match_processing(run_algorithm, tmp_path):
    sites, _ = flood_frames()
    points = sites.set_geometry(sites.geometry.centroid)
    shelters = frame([{"people": float(n % 5) if n % 4 else None, "geometry": Point(X0 - 280 + 25 * n, Y0 - 180 + 14 * n)}
                      for n in range(24)])
    extent = frame([{"geometry": box(X0 - 250, Y0 - 150, X0 + 20, Y0 + 60)}])
    exposure = flood_exposure(points, None, [Q100], [extent], scenario_names=["Q100", "Observed 2024"],
                              site_radius=150.0, shelters=shelters, shelter_population_column="people",
                              household_size=6.0)
    output = str(tmp_path / "sites.gpkg")
    run_algorithm("malisites:floodexposure", {
        "HAZARDS": [Q100], "FLOOD_EXTENTS": [saved(extent, tmp_path / "extent.gpkg")],
        "SCENARIO_NAMES": "Q100,Observed 2024", "SITES": saved(points, tmp_path / "points.gpkg"),
        "SITE_RADIUS": 150.0, "SHELTERS": saved(shelters, tmp_path / "shelters.gpkg"),
        "SHELTER_POPULATION_FIELD": "people", "HOUSEHOLD_SIZE": 6.0, "OUTPUT_SITES": output})
    theirs = gpd.read_file(output)
    assert_same_rows(exposure.sites, theirs, "site_id", rel=1e-5)
    assert exposure.sites["exposed_people_observed_2024"].max() > 0
    assert exposure.sites.geometry.area.tolist() == pytest.approx(theirs.geometry.area.tolist(), rel=1e-4)


def test_flood_exposure_errors():
    sites, corridors = flood_frames()
    with pytest.raises(InputError, match="sites has no column 'people'"):
        flood_exposure(sites, hazards=[Q10], population_column="people")
    with pytest.raises(InputError, match="corridors holds Polygon geometries where line"):
        flood_exposure(corridors=sites, hazards=[Q10])
    with pytest.raises(InputError, match="No scenario"):
        flood_exposure(sites)
    with pytest.raises(InputError, match="Nothing to assess"):
        flood_exposure(hazards=[Q10])
    with pytest.raises(InputError, match="SCENARIO_NAMES has 1 name"):
        flood_exposure(sites, hazards=[Q10, Q100], scenario_names="Q10")


# -- layout -----------------------------------------------------------------------------------------

LAYOUT_OUTPUTS = ("OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS", "OUTPUT_ROADS", "OUTPUT_FIREBREAKS",
                  "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED", "OUTPUT_DRAINS")


def layout_sites(to=None):
    return frame([{"site_id": "North", "individuals": 900.0, "geometry": box(X0 - 100, Y0 + 1200, X0 + 250, Y0 + 1500)},
                  {"site_id": "South", "individuals": None, "geometry": box(X0, Y0 - 300, X0 + 300, Y0)}], to=to)


@pytest.mark.parametrize("crs", ["EPSG:4326", UTM])
def test_plan_site_matches_processing(run_algorithm, tmp_path, crs):
    sites = layout_sites(to=crs)
    exclusions = frame([{"geometry": box(X0 + 100, Y0 - 200, X0 + 160, Y0 - 120)}])
    layout = plan_site(sites, 500.0, population_column="individuals", site_id_column="site_id",
                       exclusions=exclusions, hazard=Q100, dem=str(SAMPLE_DATA / "dem.tif"), setback=8.0)
    outputs = {name: str(tmp_path / ("%s.gpkg" % name.lower())) for name in LAYOUT_OUTPUTS}
    results = run_algorithm("malisites:sitelayout", dict(
        SITE=saved(sites, tmp_path / "sites.gpkg"), SITE_ID_FIELD="site_id", POPULATION=500.0,
        POPULATION_FIELD="individuals", EXCLUSIONS=saved(exclusions, tmp_path / "exclusions.gpkg"),
        HAZARD=Q100, DEM=str(SAMPLE_DATA / "dem.tif"), SETBACK=8.0, **outputs))
    for key, value in layout.totals.items():
        assert value == pytest.approx(results[key]), key
    assert {"check_" + key: verdict for key, verdict in layout.checks.items()} == \
        {key: value for key, value in results.items() if key.startswith("check_")}
    for name, api in (("OUTPUT_PLOTS", layout.plots), ("OUTPUT_SHELTERS", layout.shelters),
                      ("OUTPUT_BLOCKS", layout.blocks), ("OUTPUT_ROADS", layout.roads),
                      ("OUTPUT_FIREBREAKS", layout.firebreaks), ("OUTPUT_FACILITIES", layout.facilities),
                      ("OUTPUT_EXCLUDED", layout.excluded), ("OUTPUT_DRAINS", layout.drains)):
        theirs = gpd.read_file(outputs[name])
        assert list(api.columns) == list(theirs.columns) and len(api) == len(theirs), name
        assert api.crs == sites.crs
        numbers = [c for c in api.columns if c != "geometry" and api[c].dtype != object]
        ours_sorted = api.sort_values(list(api.columns[:3])).reset_index(drop=True)
        theirs_sorted = theirs.sort_values(list(api.columns[:3])).reset_index(drop=True)
        for column in numbers:
            assert ours_sorted[column].astype(float).fillna(-1).tolist() == \
                pytest.approx(theirs_sorted[column].astype(float).fillna(-1).tolist(), rel=1e-6), (name, column)
    assert [c.to_epsg() for c in layout.metric_crs] == [32630, 32630]
    assert len(layout.drains) and set(layout.drains["kind"]) <= {"roadside", "collector", "outfall"}


def test_a_plan_passes_its_own_audit_with_its_blocks_sharing_their_load():
    """audit_wash on plan_site's plots, paths and facilities, the latrine
    compartments read together (latrine_block_column): every household within
    distance walking, nothing overloaded; and the toilets are what the load
    needs, no more (each compartment sized alone for the whole load was 4x)."""
    sites = layout_sites().iloc[:1]
    layout = plan_site(sites, site_id_column="site_id", population_column="individuals")
    facilities = layout.facilities
    water = facilities[facilities["kind"] == "water_point"]
    latrines = facilities[facilities["kind"] == "latrine_block"]
    audit = audit_wash(layout.plots, water, latrines, paths=layout.paths, population_column="people",
                       water_id_column="facility_id", water_type_column="water_type", taps_column="taps",
                       latrine_id_column="facility_id", cubicles_column="cubicles", latrine_block_column="block",
                       suggest_water_points=0, suggest_latrines=0)
    summary = audit.summary
    assert summary["people"] == pytest.approx(900.0)
    assert summary["pct_within_water_distance"] == summary["pct_within_latrine_distance"] == 100.0
    assert summary["overloaded_latrines"] == summary["overloaded_water_points"] == 0
    assert audit.water_points["capacity"].tolist() == (water["taps"] * 250.0).tolist()  # Sphere: 250 per tap
    blocks = latrines.groupby("block")["cubicles"].sum()
    # a block needs ceil(load / 50) toilets (Sphere, emergency), at least 1 male and 3 female;
    # one more where the planner also counted households tied with a neighbouring block
    served = audit.latrines.groupby("block")["assigned_people"].sum()
    need = np.maximum(np.ceil(served / 50.0), 4)
    assert served.sum() == pytest.approx(900.0)
    assert (blocks[served.index] <= need + 1).all(), (blocks, served)


def test_irregular_sites_anywhere_in_mali_pass_their_own_audit():
    """Four random star-shaped sites (6 to 11 vertices, 150 to 700 m from
    their centre) at random places of Mali in EPSG:4326 (UTM zones 29 to 31),
    planned for Sphere: audit_wash along each plan's own paths finds every
    household within distance, nothing overloaded, and the plan fails none
    of its own checks."""
    rng = np.random.default_rng(7)
    rows = []
    for k in range(4):
        lon, lat = rng.uniform(-11.5, 4.0), rng.uniform(10.5, 24.5)
        angles = np.sort(rng.uniform(0, 2 * np.pi, rng.integers(6, 12)))
        radius = rng.uniform(250, 700) * rng.uniform(0.6, 1.0, len(angles))
        metres = np.column_stack([radius * np.cos(angles), radius * np.sin(angles)])
        rows.append({"site_id": "U%d" % k, "geometry": Polygon(
            metres / [111320.0 * np.cos(np.radians(lat)), 110570.0] + [lon, lat])})
    sites = gpd.GeoDataFrame(rows, crs="EPSG:4326")
    layout = plan_site(sites, site_id_column="site_id")
    assert len({crs.to_epsg() for crs in layout.metric_crs}) >= 2  # drawn in more than one UTM zone
    for plan, site_id in zip(layout.plans, sites["site_id"]):
        assert plan.checks and not [c.key for c in plan.checks if not c.passed], site_id
        pick = {name: frame[frame["site_id"] == site_id] for name, frame in (
            ("plots", layout.plots), ("facilities", layout.facilities), ("paths", layout.paths))}
        facilities = pick["facilities"]
        summary = audit_wash(pick["plots"], facilities[facilities["kind"] == "water_point"],
                             facilities[facilities["kind"] == "latrine_block"], paths=pick["paths"],
                             population_column="people", water_type_column="water_type", taps_column="taps",
                             cubicles_column="cubicles", latrine_block_column="block", suggest_water_points=0,
                             suggest_latrines=0).summary
        assert summary["people"] == pytest.approx(plan.planned_people) and summary["people"] > 1000
        assert summary["pct_within_water_distance"] == summary["pct_within_latrine_distance"] == 100.0, site_id
        assert summary["overloaded_water_points"] == summary["overloaded_latrines"] == 0, site_id


def test_plan_site_errors():
    sites = layout_sites()
    with pytest.raises(InputError, match="site has no column 'people'"):
        plan_site(sites, population_column="people")
    with pytest.raises(InputError, match="site holds Point geometries where polygon"):
        plan_site(sites.set_geometry(sites.geometry.centroid))
    with pytest.raises(InputError, match="PLOT_WIDTH of 2 m is too small"):
        plan_site(sites, plot_width=2.0)
    with pytest.raises(InputError, match="has no buildable land left"):
        plan_site(sites.iloc[:1], setback=500.0)
