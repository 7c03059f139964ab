"""WASH coverage in flood scenarios, and corridor passage, on hand-built cases.

Rasters of 100 m cells, 10 x 10, in EPSG:32630 with their top-left corner at
(X0, Y0 + 1000): cell (row r, col c) spans x X0+100c..X0+100(c+1), y
Y0+1000-100r..Y0+900-100r. Every distance below is worked out by hand."""
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import LineString

from mali_sites_plugin import wash
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.network import PathNetwork
from mali_sites_plugin.common.standards import load_hazard_schemes, load_profile
from mali_sites_plugin.flood.corridors import assess_corridors
from mali_sites_plugin.flood.hazard import HazardModel
from mali_sites_plugin.flood.rasters import open_hazard_raster
from mali_sites_plugin.flood.scenarios import Scenario
from mali_sites_plugin.wash.flooding import IN_SERVICE, OUT_OF_SERVICE, SERVICE_UNKNOWN, UNKNOWN, WET

UTM = "EPSG:32630"
X0, Y0 = 500000.0, 1600000.0
SPHERE = load_profile("sphere_2018")
SCHEMES, DEFAULT = load_hazard_schemes()
MODEL = HazardModel("depth", SCHEMES[DEFAULT], SPHERE.value("flood_wet_depth_m"))
PASSABLE = SPHERE.value("flood_passable_depth_m")


def at(x, y):
    """Local metres to map coordinates."""
    return (X0 + x, Y0 + y)


def cell(depths, x, y, value):
    """Set the cell holding local (x, y)."""
    depths[9 - int(y // 100), int(x // 100)] = value


def scenario(tmp_path, depths, name="Q10", nodata=-9999.0):
    path = tmp_path / ("%s.tif" % name)
    with rasterio.open(path, "w", driver="GTiff", width=10, height=10, count=1, dtype="float32", crs=UTM,
                       transform=from_origin(X0, Y0 + 1000.0, 100.0, 100.0), nodata=nodata) as dataset:
        dataset.write(np.asarray(depths, dtype="float32"), 1)
    return Scenario(name, name.lower(), raster=open_hazard_raster(str(path)))


def taps(points, functional=None):
    functional = [True] * len(points) if functional is None else functional
    return wash.water_point_facilities([at(*p) for p in points], ["tap"] * len(points), functional, SPHERE)


def audit(shelters, water, scenarios, latrines=None, network=None):
    return wash.assess([at(*p) for p in shelters], np.full(len(shelters), 5.0), water, SPHERE,
                       latrines=latrines, network=network, crs=UTM, scenarios=scenarios, hazard_model=MODEL,
                       passable_depth=PASSABLE)


def test_a_flooded_water_point_sends_its_households_to_the_next_one_or_out_of_reach(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 150, 550, 1.0)  # water point A's cell: 1 m of water
    q10 = scenario(tmp_path, depths)
    # A at x=150, B at x=850 (y=550); shelters at x=250 (A 100 m, B 600 m) and 450 (A 300 m, B 400 m)
    # and 650 (B 200 m); the standard: < 500 m.
    result = audit([(250, 550), (450, 550), (650, 550)], taps([(150, 550), (850, 550)]), [q10])
    assert result.water.access.facility.tolist() == [0, 0, 1]
    flood = result.flood.scenarios[0]
    water = flood.water
    assert water.land.tolist() == [WET, 0]
    assert water.service.tolist() == [OUT_OF_SERVICE, IN_SERVICE]
    assert water.access.facility.tolist() == [1, 1, 1]
    assert water.access.distance == pytest.approx([600.0, 400.0, 200.0])
    assert water.verdict.tolist() == [0, 1, 1]
    assert water.lost.tolist() == [True, False, False]
    assert water.load.assigned_people.tolist() == [0.0, 15.0]
    summary = flood.summary
    assert summary["water_lost_people"] == 5.0
    assert summary["pct_within_water_distance"] == pytest.approx(200.0 / 3.0)
    assert summary["flooded_water_points"] == 1
    assert summary["water_gap_people"] == 5.0  # the shelter at x=250 is in a gap of its own
    # without the flood every shelter is within reach
    assert result.summary["pct_within_water_distance"] == 100.0


def test_a_latrine_on_unknown_land_has_an_unknown_service_and_its_users_an_unknown_verdict(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 150, 150, -9999.0)  # nodata under the latrine
    q10 = scenario(tmp_path, depths)
    latrines = wash.latrine_facilities([at(150, 190), at(160, 600)], [1, 1], [True, True], SPHERE, "emergency")
    # shelter 1 (on known land) is 20 m from the latrine on unknown land and 390 m from the other;
    # shelter 2 is 10 m from the other
    result = audit([(150, 210), (170, 600)], taps([(150, 400)]), [q10], latrines=latrines)
    flood = result.flood.scenarios[0]
    assert flood.latrines.land.tolist() == [UNKNOWN, 0]
    assert flood.latrines.service.tolist() == [SERVICE_UNKNOWN, IN_SERVICE]
    assert flood.latrines.verdict.tolist() == [-1, 1]
    assert flood.latrines.lost.tolist() == [False, False]
    assert flood.summary["unknown_latrines"] == 1
    assert flood.summary["latrine_unknown_people"] == 5.0
    assert flood.summary["pct_within_latrine_distance"] == 50.0
    # the best case (reported distance) still counts the latrine of unknown service
    assert flood.latrines.access.distance == pytest.approx([20.0, 10.0])
    assert [(n.code, n.values, n.scenario) for n in result.flood.notes] == [
        ("wash_service_unknown", (1, "latrines"), "Q10")]


def test_shelters_on_wet_land_are_flagged(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 450, 550, 0.2)  # above the 0.1 m wet threshold
    cell(depths, 650, 550, 0.05)  # below it: dry
    result = audit([(450, 550), (650, 550)], taps([(550, 550)]), [scenario(tmp_path, depths)])
    flood = result.flood.scenarios[0]
    assert flood.shelter_land.tolist() == [WET, 0]
    assert flood.summary["flooded_shelters"] == 1 and flood.summary["flooded_people"] == 5.0


def test_a_path_cut_by_deep_water_makes_the_walk_exceed_the_standard(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 650, 550, 0.8)  # deeper than the 0.5 m passable depth: cuts the direct path
    cell(depths, 450, 750, 0.3)  # wet but passable: the detour stays open
    # direct path y=550 from x=450 to 850: 400 m; detour up to y=950 and back: 400 + 400 + 400 = 1,200 m
    paths = [LineString([at(450, 550), at(850, 550)]),
             LineString([at(450, 550), at(450, 950), at(850, 950), at(850, 550)])]
    network = PathNetwork(paths)
    result = audit([(450, 550)], taps([(850, 550)]), [scenario(tmp_path, depths)], network=network)
    assert result.water.access.distance == pytest.approx([400.0])
    flood = result.flood.scenarios[0]
    assert flood.cut_path_m == pytest.approx(100.0)
    assert flood.water.access.distance == pytest.approx([1200.0])
    assert flood.water.verdict.tolist() == [0]
    assert flood.water.lost.tolist() == [True]
    assert flood.summary["water_lost_people"] == 5.0


def test_a_path_through_unknown_land_leaves_the_verdict_unknown(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 650, 550, -9999.0)
    paths = [LineString([at(450, 550), at(850, 550)]),
             LineString([at(450, 550), at(450, 950), at(850, 950), at(850, 550)])]
    result = audit([(450, 550)], taps([(850, 550)]), [scenario(tmp_path, depths)], network=PathNetwork(paths))
    flood = result.flood.scenarios[0]
    assert flood.unknown_path_m == pytest.approx(100.0)
    assert flood.water.access.distance == pytest.approx([400.0])  # the best case walks through
    assert flood.water.verdict.tolist() == [-1]
    assert flood.summary["water_unknown_people"] == 5.0


def test_a_raster_that_does_not_cover_the_site_is_refused(tmp_path):
    path = tmp_path / "far.tif"
    with rasterio.open(path, "w", driver="GTiff", width=2, height=2, count=1, dtype="float32", crs=UTM,
                       transform=from_origin(X0 + 50000.0, Y0, 100.0, 100.0), nodata=-9999.0) as dataset:
        dataset.write(np.zeros((2, 2), dtype="float32"), 1)
    far = Scenario("Q10", "q10", raster=open_hazard_raster(str(path)))
    with pytest.raises(InputError) as error:
        audit([(450, 550)], taps([(850, 550)]), [far])
    assert "does not cover the site" in str(error.value)


def test_without_scenarios_the_audit_is_unchanged(tmp_path):
    shelters, water = [(250, 550), (450, 550)], taps([(150, 550), (850, 550)])
    plain = wash.assess([at(*p) for p in shelters], np.full(2, 5.0), water, SPHERE, crs=UTM)
    assert plain.flood is None
    flooded = audit(shelters, water, [scenario(tmp_path, np.zeros((10, 10)))])
    assert {key: flooded.summary[key] for key in plain.summary} == plain.summary
    assert flooded.summary["water_lost_people_q10"] == 0.0
    dry = flooded.flood.scenarios[0]
    assert dry.water.verdict.tolist() == [1, 1] and not dry.water.lost.any()


def test_a_corridor_with_two_cuts_and_a_known_longest_dry_stretch(tmp_path):
    depths = np.zeros((10, 10))
    for x, depth in ((250, 1.0), (350, 0.3), (550, 0.6)):
        cell(depths, x, 250, depth)
    q10 = scenario(tmp_path, depths)
    # along y=250 from x=50 to 950: dry 50-200 (150 m), cut 200-300, wet but passable 300-400,
    # dry 400-500 (100 m), cut 500-600 (0.6 m > 0.5 m), dry 600-950 (350 m)
    line = LineString([at(50, 250), at(950, 250)])
    # a second corridor runs dry, then leaves the raster (x > 1000): no cut, some unknown
    leaving = LineString([at(50, 50), at(1200, 50)])
    assessment = assess_corridors([line, leaving], UTM, [q10], MODEL, passable_depth=PASSABLE)
    result = assessment.results["q10"]
    assert result.passable.tolist() == [0, -1]
    assert result.cuts.tolist() == [2, 0]
    assert result.longest_dry_m == pytest.approx([350.0, 950.0])
    without = assess_corridors([line], UTM, [q10], MODEL)
    assert without.results["q10"].passable is None


def test_corridor_passage_fields(tmp_path):
    from mali_sites_plugin.flood.tables import corridor_columns
    depths = np.zeros((10, 10))
    cell(depths, 550, 250, 0.6)
    q10 = scenario(tmp_path, depths)
    lines = [LineString([at(50, 250), at(950, 250)]), LineString([at(50, 50), at(1200, 50)])]
    assessment = assess_corridors(lines, UTM, [q10], MODEL, passable_depth=PASSABLE)
    columns = {c.name: c.values for c in corridor_columns([q10], MODEL, assessment)}
    assert columns["passable_q10"] == [False, None]
    assert columns["cuts_q10"] == [1, 0]
    assert columns["longest_dry_m_q10"] == pytest.approx([450.0, 950.0])


# -- through processing.run and qgis_process ------------------------------------------------------

def _memory(geometry_type, fields, rows):
    """A memory layer in UTM 30N; rows: (WKT in local metres, [values])."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    created = QgsVectorLayer("%s?crs=%s&%s" % (geometry_type, UTM, "&".join("field=%s" % f for f in fields)),
                             "layer", "memory")
    features = []
    for wkt, values in rows:
        feature = QgsFeature(created.fields())
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.translate(X0, Y0)
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        features.append(feature)
    created.dataProvider().addFeatures(features)
    return created


def _features(output, key):
    from qgis.core import QgsVectorLayer
    layer = output if not isinstance(output, str) else QgsVectorLayer(output, "out", "ogr")
    return {f[key]: f for f in layer.getFeatures()}


def test_processing_run_moves_households_and_cuts_paths(run_algorithm, tmp_path):
    from qgis.core import NULL
    depths = np.zeros((10, 10))
    cell(depths, 150, 550, 1.0)  # water point A flooded
    cell(depths, 650, 750, 0.8)  # cuts the path y=750 between x=450 and 850
    q10 = scenario(tmp_path, depths)
    shelters = _memory("Point", ["name:string", "people:double"],
                       [("POINT(250 550)", ["s250", 5.0]), ("POINT(450 550)", ["s450", 5.0]),
                        ("POINT(450 750)", ["walker", 5.0])])
    water = _memory("Point", ["wp_id:string"], [("POINT(150 550)", ["A"]), ("POINT(850 550)", ["B"]),
                                                 ("POINT(850 750)", ["C"])])
    common = dict(SHELTERS=shelters, POPULATION_FIELD="people", WATER_POINTS=water, WATER_ID_FIELD="wp_id",
                  SUGGEST_WATER_POINTS=0, SUGGEST_LATRINES=0, HAZARDS=[q10.raster.path], SCENARIO_NAMES="Q10",
                  OUTPUT_SHELTERS="TEMPORARY_OUTPUT", OUTPUT_WATER_POINTS="TEMPORARY_OUTPUT",
                  OUTPUT_GAPS="TEMPORARY_OUTPUT", OUTPUT_FLOOD_GAPS="TEMPORARY_OUTPUT",
                  OUTPUT_REPORT=str(tmp_path / "report.html"))
    results = run_algorithm(ALGORITHM_WASH, common)
    by_name = _features(results["OUTPUT_SHELTERS"], "name")
    # straight lines: s250 reached A at 100 m, now B at 600 m (over 500 m); s450 now B at 400 m
    assert (by_name["s250"]["wp_id"], by_name["s250"]["wp_id_q10"]) == ("A", "B")
    assert by_name["s250"]["wp_dist_m_q10"] == pytest.approx(600.0)
    assert (by_name["s250"]["wp_ok_q10"], by_name["s250"]["wp_lost_q10"]) == (False, True)
    assert (by_name["s450"]["wp_id_q10"], by_name["s450"]["wp_dist_m_q10"]) == ("B", pytest.approx(400.0))
    assert by_name["s450"]["wp_ok_q10"] is True and by_name["s450"]["flooded_q10"] is False
    points = _features(results["OUTPUT_WATER_POINTS"], "wp_id")
    assert [points[k]["in_service_q10"] for k in "ABC"] == [False, True, True]
    # without the flood A is the nearest of all three (the walker: 360.6 m against 400 m to C)
    assert points["A"]["assigned_people_q10"] == 0 and points["A"]["assigned_people"] == 15
    assert results["water_lost_people_q10"] == 5.0 and results["scenarios"] == 1
    assert not list(_features(results["OUTPUT_GAPS"], "kind"))  # no gap without the flood
    flood_gaps = list(_features(results["OUTPUT_FLOOD_GAPS"], "scenario").values())
    assert [(f["scenario"], f["kind"], f["households"]) for f in flood_gaps] == [("Q10", "water", 1)]
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Floods: access per scenario" in report and "[unverified]" in report

    # along paths: the walker at (450, 750) walks y=750 to C (400 m); the flood cuts it, and the
    # detour down to y=550 and along it to B is 200 + 400 = 600 m, over the 500 m standard
    paths = _memory("LineString", ["id:int"], [("LINESTRING(450 750, 850 750)", [1]),
                                               ("LINESTRING(450 750, 450 550, 850 550)", [2])])
    results = run_algorithm(ALGORITHM_WASH, dict(common, PATHS=paths, OUTPUT_REPORT="TEMPORARY_OUTPUT"))
    walker = _features(results["OUTPUT_SHELTERS"], "name")["walker"]
    assert (walker["wp_id"], walker["wp_dist_m"]) == ("C", pytest.approx(400.0))
    assert (walker["wp_id_q10"], walker["wp_dist_m_q10"]) == ("B", pytest.approx(600.0))
    assert (walker["wp_ok_q10"], walker["wp_lost_q10"]) == (False, True)
    assert results["cut_path_m_q10"] == pytest.approx(100.0)
    assert walker["snap_m"] != NULL


ALGORITHM_WASH = "malisites:washcoverage"


def test_qgis_process_wash_and_corridors_on_the_sample_floods(qgis_process, tmp_path):
    from conftest import SAMPLE_DATA
    from qgis.core import QgsVectorLayer
    from sample_runs import sample_runs
    hazards = [str(SAMPLE_DATA / "flood_depth_q10.tif"), str(SAMPLE_DATA / "flood_depth_q100.tif")]
    outputs = {"OUTPUT_SHELTERS": tmp_path / "shelters.gpkg", "OUTPUT_WATER_POINTS": tmp_path / "wp.gpkg",
               "OUTPUT_LATRINES": tmp_path / "latrines.gpkg", "OUTPUT_GAPS": tmp_path / "gaps.gpkg",
               "OUTPUT_SUGGESTED": tmp_path / "suggested.gpkg", "OUTPUT_REPORT": tmp_path / "report.html",
               "OUTPUT_FLOOD_GAPS": tmp_path / "flood_gaps.gpkg"}
    run = qgis_process.run(ALGORITHM_WASH, dict(sample_runs()[ALGORITHM_WASH], HAZARDS=hazards,
                                                SCENARIO_NAMES="Q10,Q100", SUGGEST_WATER_POINTS=0,
                                                SUGGEST_LATRINES=0, **{k: str(v) for k, v in outputs.items()}))
    results = run["results"]
    shelters = list(QgsVectorLayer(str(outputs["OUTPUT_SHELTERS"]), "s", "ogr").getFeatures())
    for key in ("q10", "q100"):
        lost = sum(f["people"] for f in shelters if f["wp_lost_" + key] is True)
        assert results["water_lost_people_" + key] == pytest.approx(lost)
        unknown = sum(f["people"] for f in shelters if f["wp_ok_" + key] not in (True, False))
        assert results["water_unknown_people_" + key] == pytest.approx(unknown)
        assert results["flooded_shelters_" + key] == sum(f["flooded_" + key] is True for f in shelters)
    assert results["water_lost_people_q100"] > results["water_lost_people_q10"]
    assert "scenario" not in QgsVectorLayer(str(outputs["OUTPUT_GAPS"]), "g", "ogr").fields().names()
    gaps = list(QgsVectorLayer(str(outputs["OUTPUT_FLOOD_GAPS"]), "g", "ogr").getFeatures())
    assert sum(f["people"] for f in gaps if f["scenario"] == "Q100" and f["kind"] == "water") == pytest.approx(
        results["water_gap_people_q100"])

    corridors = tmp_path / "corridors.gpkg"
    run = qgis_process.run("malisites:floodexposure", {
        "HAZARDS": hazards, "SCENARIO_NAMES": "Q10,Q100", "CORRIDORS": str(SAMPLE_DATA / "corridors.gpkg"),
        "OUTPUT_CORRIDORS": str(corridors), "OUTPUT_CORRIDOR_SEGMENTS": str(tmp_path / "segments.gpkg"),
        "OUTPUT_REPORT": str(tmp_path / "flood.html")})
    features = list(QgsVectorLayer(str(corridors), "c", "ogr").getFeatures())
    segments = list(QgsVectorLayer(str(tmp_path / "segments.gpkg"), "s", "ogr").getFeatures())
    for key, name in (("q10", "Q10"), ("q100", "Q100")):
        for feature in features:
            assert feature["passable_" + key] in (True, False) or feature["cuts_" + key] == 0
            # a corridor with no wet stretch is never cut; one cut is deeper than 0.5 m somewhere
            mine = [s for s in segments if s["corridor_fid"] == feature.id() and s["scenario"] == name]
            deepest = max([s["max_depth"] for s in mine if s["max_depth"] is not None] or [0.0])
            assert (feature["cuts_" + key] > 0) == (deepest > PASSABLE)
            assert feature["longest_dry_m_" + key] <= feature["length_m"] + 1e-6
    assert "Corridor passage" in (tmp_path / "flood.html").read_text(encoding="utf-8")


def test_the_api_gives_the_fields_and_figures_of_processing(run_algorithm, tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point
    from mali_sites_plugin.api.wash import audit_wash
    from test_api import assert_same_rows
    depths = np.zeros((10, 10))
    cell(depths, 150, 550, 1.0)
    cell(depths, 850, 150, -9999.0)  # latrine L2 on unknown land
    q10 = scenario(tmp_path, depths)

    def frame(rows):
        return gpd.GeoDataFrame(rows, geometry=[Point(*at(x, y)) for x, y in [r.pop("xy") for r in rows]], crs=UTM)
    shelters = frame([{"name": "s%d" % i, "people": 5.0, "xy": xy}
                      for i, xy in enumerate([(250, 550), (450, 550), (820, 170), (650, 550)])])
    water = frame([{"wp_id": "A", "xy": (150, 550)}, {"wp_id": "B", "xy": (850, 550)}])
    latrines = frame([{"latrine_id": "L1", "xy": (260, 560)}, {"latrine_id": "L2", "xy": (850, 150)}])
    audit = audit_wash(shelters, water, latrines, population_column="people", water_id_column="wp_id",
                       latrine_id_column="latrine_id", suggest_water_points=0, suggest_latrines=0,
                       hazards=[q10.raster.path], scenario_names="Q10")
    outputs = {name: str(tmp_path / ("%s.gpkg" % name.lower())) for name in (
        "OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES", "OUTPUT_FLOOD_GAPS")}
    paths = {name: str(tmp_path / ("%s_in.gpkg" % name)) for name in ("shelters", "water", "latrines")}
    for gdf, name in ((shelters, "shelters"), (water, "water"), (latrines, "latrines")):
        gdf.to_file(paths[name], driver="GPKG")
    results = run_algorithm(ALGORITHM_WASH, dict(
        SHELTERS=paths["shelters"], POPULATION_FIELD="people", WATER_POINTS=paths["water"], WATER_ID_FIELD="wp_id",
        LATRINES=paths["latrines"], LATRINE_ID_FIELD="latrine_id", SUGGEST_WATER_POINTS=0, SUGGEST_LATRINES=0,
        HAZARDS=[q10.raster.path], SCENARIO_NAMES="Q10", **outputs))
    assert_same_rows(audit.shelters, gpd.read_file(outputs["OUTPUT_SHELTERS"]), "name")
    assert_same_rows(audit.water_points, gpd.read_file(outputs["OUTPUT_WATER_POINTS"]), "wp_id")
    assert_same_rows(audit.latrines, gpd.read_file(outputs["OUTPUT_LATRINES"]), "latrine_id")
    theirs = gpd.read_file(outputs["OUTPUT_FLOOD_GAPS"])
    assert audit.flood_gaps["people"].tolist() == theirs["people"].tolist()
    assert audit.flood_gaps["scenario"].tolist() == theirs["scenario"].tolist()
    for key, value in audit.summary.items():
        if key.endswith("_q10"):
            assert results[key] == pytest.approx(value), key
    assert audit.latrines["in_service_q10"].iloc[0] == True  # noqa: E712 (a nullable boolean)
    assert audit.latrines["in_service_q10"].isna().tolist() == [False, True]
    assert audit.summary["unknown_latrines_q10"] == 1 and audit.summary["water_lost_people_q10"] == 5.0
