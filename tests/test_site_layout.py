"""malisites:sitelayout through processing.run and through qgis_process, on
the sample data and on hand-made sites; its plots and facilities audited by
malisites:washcoverage."""
import math

import numpy as np
import pytest
import rasterio
from qgis.core import (QgsFeature, QgsGeometry,
                       QgsProcessingException, QgsVectorLayer)
from shapely import wkb
from shapely.geometry import box, shape
from shapely.ops import transform, unary_union

from conftest import SAMPLE_DATA, cancel_after
from sample_runs import sample_runs

ALGORITHM = "malisites:sitelayout"
SAMPLE = sample_runs()[ALGORITHM]
OUTPUTS = ("OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS", "OUTPUT_ROADS", "OUTPUT_FIREBREAKS",
           "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED", "OUTPUT_PATHS")
RESULTS = ("capacity_people", "planned_people", "unplaced_people", "plots", "usable_area_m2",
           "area_per_person_m2")


def layer(source):
    if isinstance(source, QgsVectorLayer):
        return source
    loaded = QgsVectorLayer(str(source), "layer", "ogr")
    assert loaded.isValid(), source
    return loaded


def geometries(source, crs="EPSG:32630", where=None):
    """Shapely geometries of a layer, reprojected with pyproj (not QGIS)."""
    from mali_sites_plugin.common.crs import transformer
    loaded = layer(source)
    project = transformer(loaded.crs().authid(), crs).transform
    result = []
    for feature in loaded.getFeatures():
        if where is not None and not where(feature):
            continue
        result.append(transform(project, wkb.loads(bytes(feature.geometry().asWkb()))))
    return result


def files(tmp_path, language=0):
    parameters = dict(SAMPLE, LANGUAGE=language, OUTPUT_REPORT=str(tmp_path / "report.html"))
    for name in OUTPUTS:
        parameters[name] = str(tmp_path / ("%s.gpkg" % name.lower()))
    return parameters


def wet_cells(path, threshold, crs="EPSG:32630"):
    with rasterio.open(path) as source:
        assert source.crs.to_epsg() == 32630
        depth = source.read(1, masked=True)
        rows, columns = np.nonzero((depth > threshold).filled(False))
        xs, ys = source.xy(rows, columns)
        half = source.res[0] / 2.0
    return unary_union([box(x - half, y - half, x + half, y + half) for x, y in zip(xs, ys)])


def check_sample_outputs(results, tmp_path):
    plots = layer(results["OUTPUT_PLOTS"])
    assert plots.crs().authid() == "EPSG:4326"  # the site layer's CRS
    assert {"site_id", "plot_id", "community_id", "block_id", "sector_id", "households", "people",
            "use"} <= set(plots.fields().names())
    people = {}
    for feature in plots.getFeatures():
        people[feature["site_id"]] = people.get(feature["site_id"], 0.0) + feature["people"]
    assert set(people) == {"S01", "S02", "S03"}
    assert sum(people.values()) == pytest.approx(results["planned_people"])
    assert results["plots"] == sum(1 for f in plots.getFeatures() if f["people"] > 0)
    # requested: S01 2,117, S02 4,604, S03 6,835 (individuals); S03 is too small
    assert results["planned_people"] + results["unplaced_people"] == pytest.approx(2117 + 4604 + 6835)
    assert people["S03"] < 6835 and results["unplaced_people"] >= 6835 - people["S03"]
    assert ("S03 is too small for 6,835 people" in results["messages"]  # in the report language
            or "Le site S03 est trop petit pour 6\u202f835 personnes" in results["messages"])
    # nothing built on the exclusions or on cells deeper than the wet threshold (0.1 m)
    built = unary_union(geometries(plots))
    for exclusion in geometries(SAMPLE_DATA / "exclusions.gpkg"):
        assert built.intersection(exclusion).area < 1e-3
    wet = wet_cells(SAMPLE_DATA / "flood_depth_q100.tif", 0.1)
    assert built.intersection(wet).area < 1e-3
    flooded = geometries(results["OUTPUT_EXCLUDED"], where=lambda f: f["reason"] == "flood")
    assert flooded and unary_union(flooded).area > 1000.0
    sites = geometries(SAMPLE_DATA / "sites.gpkg")
    assert built.difference(unary_union([s.buffer(-5.0) for s in sites])).area < 1e-3
    kinds = {f["kind"] for f in layer(results["OUTPUT_FACILITIES"]).getFeatures()}
    assert {"water_point", "latrine_block", "school", "health_post", "market", "distribution_point",
            "entrance"} <= kinds
    roads = {f["road_class"] for f in layer(results["OUTPUT_ROADS"]).getFeatures()}
    assert {"secondary", "entrance"} <= roads
    # circulation centrelines: lines with their class, every household plot next to one
    paths = layer(results["OUTPUT_PATHS"])
    assert {f["road_class"] for f in paths.getFeatures()} <= {"primary", "secondary", "lane", "path"}
    assert "primary" in {f["road_class"] for f in paths.getFeatures()}
    lines = unary_union(geometries(paths))
    assert lines.geom_type in ("LineString", "MultiLineString")
    homes = geometries(plots, where=lambda f: f["people"] > 0)
    assert max(lines.distance(h) for h in homes) < 20.0  # half the widest strip a plot fronts (a firebreak: 15 m)
    for key in RESULTS:
        assert results[key] is not None
    assert results["check_site_area_m2_per_person"] == "pass"
    assert results["check_max_slope_pct"] == "pass"


def test_sample_data_processing_run(run_algorithm, tmp_path):
    parameters = files(tmp_path, language=1)
    results = run_algorithm(ALGORITHM, parameters)
    check_sample_outputs(results, tmp_path)
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Plan d'aménagement du site" in report or "Plan d&#x27;aménagement du site" in report
    assert "Pourquoi la capacité diffère" in report and "Sphere 2018, WASH standard 2.1" in report
    checks = [key for key in results if key.startswith("check_")]
    from mali_sites_plugin.layout.tables import CHECK_KEYS
    assert len(checks) == len(CHECK_KEYS) == 43 and all(results[k] in ("pass", "fail", "n/a") for k in checks)
    assert results["checks_failed"] >= 0


def test_qgis_process(qgis_process, tmp_path):
    parameters = files(tmp_path)
    output = qgis_process.run(ALGORITHM, parameters)
    results = output["results"]
    check_sample_outputs(results, tmp_path)
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Why the capacity differs from area / m2 per person" in report


def square_layer(epsg, side=700.0, x=380000.0, y=1600000.0):
    """A square site (built in UTM 30N) as a memory layer in ``epsg``."""
    from mali_sites_plugin.common.crs import transform_geometry
    polygon = transform_geometry(box(x, y, x + side, y + side), "EPSG:32630", "EPSG:%d" % epsg)
    created = QgsVectorLayer("Polygon?crs=EPSG:%d&field=name:string" % epsg, "site", "memory")
    feature = QgsFeature(created.fields())
    feature.setGeometry(QgsGeometry.fromWkt(polygon.wkt))
    feature.setAttributes(["A"])
    created.dataProvider().addFeatures([feature])
    return created


def test_same_plan_from_4326_and_utm_input(run_algorithm):
    plans = {}
    for epsg in (4326, 32630):
        results = run_algorithm(ALGORITHM, {"SITE": square_layer(epsg), "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})
        plots = results["OUTPUT_PLOTS"]
        assert plots.crs().authid() == "EPSG:%d" % epsg
        plans[epsg] = (results["capacity_people"], results["plots"], plots.featureCount(),
                       unary_union(geometries(plots)).area)
    assert plans[4326][:3] == plans[32630][:3]
    assert plans[4326][3] == pytest.approx(plans[32630][3], rel=1e-6)


def plan_and_audit(run_algorithm, side, standard, walk_the_paths=False, audit_parameters=None):
    """(plan results, washcoverage results, kind(value) -> the plan's facilities of that
    kind): a square site of ``side`` m laid out, then audited as built, along the
    plan's own paths when ``walk_the_paths``."""
    site = square_layer(4326, side=side)
    plan = run_algorithm(ALGORITHM, {"SITE": site, "STANDARD": standard, "OUTPUT_PLOTS": "TEMPORARY_OUTPUT",
                                     "OUTPUT_FACILITIES": "TEMPORARY_OUTPUT", "OUTPUT_PATHS": "TEMPORARY_OUTPUT"})

    def kind(value):
        return run_algorithm("native:extractbyattribute", {
            "INPUT": plan["OUTPUT_FACILITIES"], "FIELD": "kind", "OPERATOR": 0, "VALUE": value,
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    parameters = {
        "SHELTERS": plan["OUTPUT_PLOTS"], "POPULATION_FIELD": "people", "SITE": site,
        "WATER_POINTS": kind("water_point"), "WATER_TYPE_FIELD": "water_type", "TAPS_FIELD": "taps",
        "LATRINES": kind("latrine_block"), "CUBICLES_FIELD": "cubicles", "LATRINE_BLOCK_FIELD": "block",
        "STANDARD": standard, "SUGGEST_WATER_POINTS": 0, "SUGGEST_LATRINES": 0,
        "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_LATRINES": "TEMPORARY_OUTPUT"}
    if walk_the_paths:
        parameters["PATHS"] = plan["OUTPUT_PATHS"]
    parameters.update(audit_parameters or {})
    return plan, run_algorithm("malisites:washcoverage", parameters), kind


@pytest.mark.parametrize("standard", [0, 1])
def test_washcoverage_finds_the_plan_to_standard(run_algorithm, standard, tmp_path):
    plan, audit, kind = plan_and_audit(run_algorithm, 800.0, standard, audit_parameters={"GENDER_FIELD": "gender"})
    assert audit["people"] == pytest.approx(plan["planned_people"])
    assert audit["pct_within_water_distance"] == 100.0
    assert audit["pct_within_latrine_distance"] == 100.0
    assert audit["overloaded_water_points"] == 0 and audit["overloaded_latrines"] == 0
    assert audit["latrines_near_water"] == 0
    per_toilet = (50.0, 50.0)[standard]  # emergency phase: Sphere 2018 and UNHCR both say 50
    assert audit["people_per_toilet"] <= per_toilet
    assert audit["female_male_ratio"] >= 3.0  # the audit's own 3:1 check, from the cubicle fields
    # every latrine block is a female and a male compartment, at least 3 female cubicles : 1 male
    compartments = {}
    for feature in layer(kind("latrine_block")).getFeatures():
        compartments.setdefault(feature["block"], {})[feature["gender"]] = feature["cubicles"]
    assert compartments
    for cubicles in compartments.values():
        assert sorted(cubicles) == ["female", "male"]
        assert cubicles["female"] >= 3 * cubicles["male"] >= 3


def test_population_parameter_and_unplaced_message(run_algorithm):
    results = run_algorithm(ALGORITHM, {"SITE": square_layer(32630, side=150.0), "POPULATION": 2000,
                                        "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})
    assert 0 < results["planned_people"] < 2000
    assert results["unplaced_people"] == pytest.approx(2000 - results["planned_people"])
    assert "could not be placed" in results["messages"]
    results = run_algorithm(ALGORITHM, {"SITE": square_layer(32630, side=600.0), "POPULATION": 1000,
                                        "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})
    assert results["planned_people"] == 1000 and results["unplaced_people"] == 0
    assert results["capacity_people"] > 5000
    assert sum(f["people"] for f in results["OUTPUT_PLOTS"].getFeatures()) == 1000


def test_no_buildable_land_is_a_message_not_a_traceback(qgis_process, tmp_path):
    plots = tmp_path / "plots.gpkg"
    completed = qgis_process.run(ALGORITHM, {
        "SITE": str(SAMPLE_DATA / "sites.gpkg"), "SETBACK": 400, "OUTPUT_PLOTS": str(plots)},
        expect_success=False)
    text = completed.stdout + completed.stderr
    assert "no buildable land" in text and "Traceback" not in text
    assert not plots.exists()


def test_hazard_without_crs_is_a_clear_error(run_algorithm, tmp_path):
    path = tmp_path / "nocrs.tif"
    with rasterio.open(path, "w", driver="GTiff", height=10, width=10, count=1, dtype="float32",
                       transform=rasterio.transform.from_origin(0, 10, 1, 1)) as sink:
        sink.write(np.zeros((1, 10, 10), dtype="float32"))
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "HAZARD": str(path),
                                  "OUTPUT_PLOTS": str(tmp_path / "plots.gpkg")})
    assert not (tmp_path / "plots.gpkg").exists()


@pytest.mark.parametrize("questions", [5, 60])
def test_cancel_leaves_nothing_behind(run_algorithm, tmp_path, questions):
    parameters = files(tmp_path)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, parameters, feedback=cancel_after(questions))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_outputs_share_out_each_site(run_algorithm, tmp_path):
    """Plots, roads, firebreaks and land not used tile each site exactly."""
    results = run_algorithm(ALGORITHM, dict(SAMPLE, POPULATION_FIELD=None))
    sites = {f["site_id"]: shape_of(f) for f in layer(SAMPLE_DATA / "sites.gpkg").getFeatures()}
    for site_id, site in sites.items():
        pieces = []
        for name in ("OUTPUT_PLOTS", "OUTPUT_ROADS", "OUTPUT_FIREBREAKS", "OUTPUT_EXCLUDED"):
            of_site = lambda f, s=site_id: f["site_id"] == s  # noqa: E731
            written = geometries(results[name], layer(results[name]).crs().authid(), of_site)
            assert all(piece.is_valid for piece in written), (site_id, name)  # valid as written, in degrees
            pieces += geometries(results[name], where=of_site)  # back in metres (pyproj) for the areas
        assert sum(p.area for p in pieces) == pytest.approx(site.area, rel=1e-5), site_id
        assert unary_union(pieces).area == pytest.approx(site.area, rel=1e-5), site_id
    assert results["unplaced_people"] == 0 and results["planned_people"] == results["capacity_people"]
    assert math.isclose(results["area_per_person_m2"], results["usable_area_m2"] / results["planned_people"])


def test_each_output_file_holds_the_geometry_type_it_declares(run_algorithm, tmp_path):
    """Blocks, roads and excluded land come in several parts on the sample
    sites: every area layer is declared of multipolygons, and every feature
    of every GeoPackage is of its layer's declared type (read by fiona)."""
    import collections
    import fiona
    outputs = {name: str(tmp_path / (name.lower() + ".gpkg")) for name in OUTPUTS + ("OUTPUT_DRAINS",)}
    run_algorithm(ALGORITHM, dict(SAMPLE, **outputs))
    parts = collections.Counter()
    for name, path in outputs.items():
        with fiona.open(path) as written:
            declared = written.schema["geometry"]
            kinds = {feature["geometry"]["type"] for feature in written if feature["geometry"]}
            parts[declared] += sum(len(f["geometry"]["coordinates"]) > 1 for f in written
                                   if declared == "MultiPolygon" and f["geometry"])
        assert kinds == {declared}, (name, declared, kinds)
    assert parts["MultiPolygon"] > 0  # the case has areas in several parts


def shape_of(feature):
    from mali_sites_plugin.common.crs import transform_geometry
    return transform_geometry(shape(wkb.loads(bytes(feature.geometry().asWkb()))), "EPSG:4326", "EPSG:32630")




def test_invalid_and_empty_site_geometries_are_repaired_or_skipped_and_counted(run_algorithm):
    x, y = 380000.0, 1600000.0
    created = QgsVectorLayer("Polygon?crs=EPSG:32630&field=name:string", "sites", "memory")
    rows = [("square", "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
                x, y, x + 200, y, x + 200, y + 200, x, y + 200, x, y)),
            ("bow tie", "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (  # self-intersecting: two triangles
                x + 400, y, x + 600, y + 200, x + 600, y, x + 400, y + 200, x + 400, y)),
            ("nothing", None)]
    features = []
    for name, wkt in rows:
        feature = QgsFeature(created.fields())
        feature.setAttributes([name])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    created.dataProvider().addFeatures(features)
    results = run_algorithm(ALGORITHM, {"SITE": created, "SITE_ID_FIELD": "name",
                                        "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})
    assert (results["geometries_repaired"], results["geometries_skipped"]) == (1, 1)
    assert results["sites_planned"] == 2
    planned = {f["site_id"] for f in results["OUTPUT_PLOTS"].getFeatures()}
    assert planned == {"square", "bow tie"}


def test_messages_follow_the_report_language(run_algorithm):
    results = run_algorithm(ALGORITHM, {"SITE": square_layer(32630, side=150.0), "POPULATION": 2000,
                                        "LANGUAGE": 1, "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})
    assert "est trop petit pour 2\u202f000 personnes" in results["messages"]


def test_notes_have_one_wording_per_language(plugin):
    """The report's notes (translated) say in English what the core's own
    English table says for scripts."""
    from mali_sites.processing_algorithms.layout.report import LayoutNotes
    from mali_sites_plugin.common.notes import Note
    from mali_sites_plugin.layout.land import NOTE_TEXT, describe
    english = LayoutNotes("en")
    for code in NOTE_TEXT:
        note = Note(code, ("S01", 6835, 2117.5, 4718))
        assert english.text(note) == describe(note), code


@pytest.mark.parametrize("standard", [0, 1])
def test_washcoverage_walking_the_plans_own_paths_agrees_with_its_checks(run_algorithm, standard):
    """The plan's OUTPUT_PATHS as washcoverage's PATHS: every household is on
    the network, the audit counts the households only (plots with people), its
    walking verdicts are the plan's own walking checks, and they pass: every
    household within distance walking, no tapstand or latrine block overloaded."""
    plan, audit, _ = plan_and_audit(run_algorithm, 500.0, standard, walk_the_paths=True)
    assert audit["people"] == pytest.approx(plan["planned_people"])
    shelters = layer(audit["OUTPUT_SHELTERS"])
    households = [f for f in shelters.getFeatures() if f["people"] > 0]
    assert len(households) == plan["plots"]
    missing = [(f["wp_dist_m"], f["lat_dist_m"], f["snap_m"]) for f in households
               if is_null(f["wp_dist_m"]) or is_null(f["lat_dist_m"])]
    assert not missing, (len(missing), missing[:5])  # all connected
    others = [f for f in shelters.getFeatures() if f["people"] == 0]
    assert others and all(is_null(f["wp_ok"]) and is_null(f["lat_ok"]) for f in others)
    assert all(not is_null(f["wp_ok"]) for f in households)
    for audit_key, check in (("pct_within_water_distance", "check_walking_distance_to_water_m"),
                             ("pct_within_latrine_distance", "check_walking_distance_to_toilet_m")):
        assert (audit[audit_key] == 100.0) == (plan[check] == "pass"), (audit_key, audit[audit_key], plan[check])
        assert audit[audit_key] == 100.0
    assert audit["overloaded_water_points"] == audit["overloaded_latrines"] == 0


def is_null(value):
    from qgis.core import NULL
    return value is None or value == NULL
