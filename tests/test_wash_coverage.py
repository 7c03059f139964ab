"""malisites:washcoverage through processing.run (against QGIS's own
algorithms as oracles) and through qgis_process."""
import numpy as np
import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY,
                       QgsProject,
                       QgsProcessingException, QgsVectorLayer)
from shapely.geometry import LineString

from conftest import SAMPLE_DATA
from sample_runs import sample_runs

ALGORITHM = "malisites:washcoverage"
SAMPLE = sample_runs()[ALGORITHM]


def layer(path):
    loaded = QgsVectorLayer(str(path), path.stem if hasattr(path, "stem") else "layer", "ogr")
    assert loaded.isValid(), path
    return loaded


# Hand-made layers sit near the central meridian of UTM zone 30, where the
# zone is measured in as it is (far from it, Mali Sites picks a better zone).
LOCAL = (500000.0, 1600000.0)


def memory_layer(geometry_type, crs, fields, rows, origin=(0.0, 0.0)):
    """rows: (QgsGeometry, [values]), coordinates relative to ``origin``;
    fields: 'name:type' strings."""
    uri = "%s?crs=%s&%s" % (geometry_type, crs, "&".join("field=%s" % f for f in fields))
    created = QgsVectorLayer(uri, "memory", "memory")
    features = []
    for geometry, values in rows:
        feature = QgsFeature(created.fields())
        geometry.translate(*origin)
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        features.append(feature)
    created.dataProvider().addFeatures(features)
    return created


def by_key(output, key):
    return {f[key]: f for f in layer(output).getFeatures()} if isinstance(output, str) else \
        {f[key]: f for f in output.getFeatures()}


def reproject(run_algorithm, source, epsg):
    return run_algorithm("native:reprojectlayer", {
        "INPUT": source, "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:%d" % epsg),
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def test_straight_line_distances_agree_with_qgis_hub_distance(run_algorithm):
    ours = run_algorithm(ALGORITHM, dict(SAMPLE, SUGGEST_WATER_POINTS=0, SUGGEST_LATRINES=0,
                                         OUTPUT_SHELTERS="TEMPORARY_OUTPUT",
                                         OUTPUT_WATER_POINTS="TEMPORARY_OUTPUT"))
    shelters_utm = reproject(run_algorithm, str(SAMPLE_DATA / "shelters.gpkg"), 32630)
    functional = run_algorithm("native:extractbyexpression", {
        "INPUT": str(SAMPLE_DATA / "water_points.gpkg"), "EXPRESSION": "\"functional\" = 'oui'",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    hubs = reproject(run_algorithm, functional, 32630)
    peer = run_algorithm("qgis:distancetonearesthubpoints", {
        "INPUT": shelters_utm, "HUBS": hubs, "FIELD": "wp_id", "UNIT": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    expected = {f["shelter_id"]: (f["HubName"], f["HubDist"]) for f in peer["OUTPUT"].getFeatures()}
    shelters = by_key(ours["OUTPUT_SHELTERS"], "shelter_id")
    assert len(shelters) == len(expected) == 2242
    for shelter_id, (hub, distance) in expected.items():
        assert shelters[shelter_id]["wp_id"] == hub
        assert shelters[shelter_id]["wp_dist_m"] == pytest.approx(distance, abs=0.01)
    # the loads add up the people of the households nearest each water point
    people = {}
    for f in shelters.values():
        people[f["wp_id"]] = people.get(f["wp_id"], 0) + f["people"]
    for f in by_key(ours["OUTPUT_WATER_POINTS"], "wp_id").values():
        assert f["assigned_people"] == people.get(f["wp_id"], 0)
        assert f["load_pct"] == pytest.approx(100.0 * f["assigned_people"] / f["capacity"])


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def grid_network():
    """A 4 x 4 grid of 100 m paths with two diagonal shortcuts, in UTM 30N
    where the UTM scale factor is 1 (about 180 km west of the central
    meridian): QGIS's network algorithms measure lengths on the WGS 84
    ellipsoid, Mali Sites in the plane of the UTM zone; there the two agree
    to 0.3 mm per 300 m."""
    lines = []
    x0, y0 = 320000.0, 1605000.0
    for i in range(4):  # one line per 100 m edge: QGIS connects lines only at shared vertices
        for j in range(3):
            lines.append(LineString([(x0 + 100 * j, y0 + 100 * i), (x0 + 100 * (j + 1), y0 + 100 * i)]))
            lines.append(LineString([(x0 + 100 * i, y0 + 100 * j), (x0 + 100 * i, y0 + 100 * (j + 1))]))
    lines.append(LineString([(x0, y0), (x0 + 100, y0 + 100)]))
    lines.append(LineString([(x0 + 200, y0 + 200), (x0 + 300, y0 + 100)]))
    return x0, y0, lines


def test_walking_distances_agree_with_qgis_shortest_path(run_algorithm):
    x0, y0, lines = grid_network()
    paths = memory_layer("LineString", "EPSG:32630", ["id:integer"],
                         [(QgsGeometry.fromWkt(line.wkt), [i]) for i, line in enumerate(lines)])
    taps = [(x0 + 300, y0 + 300), (x0, y0 + 300)]
    water = memory_layer("Point", "EPSG:32630", ["name:string", "type:string"],
                         [(QgsGeometry.fromPointXY(QgsPointXY(*xy)), ["W%d" % i, "tap"])
                          for i, xy in enumerate(taps)])
    homes = [(x0, y0), (x0 + 100, y0), (x0 + 300, y0), (x0 + 200, y0 + 100), (x0 + 100, y0 + 200)]
    shelters = memory_layer("Point", "EPSG:32630", ["hid:integer"],
                            [(QgsGeometry.fromPointXY(QgsPointXY(*xy)), [i]) for i, xy in enumerate(homes)])
    ours = run_algorithm(ALGORITHM, {
        "SHELTERS": shelters, "WATER_POINTS": water, "WATER_ID_FIELD": "name", "PATHS": paths,
        "SUGGEST_WATER_POINTS": 0, "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
        "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT"})
    result = by_key(ours["OUTPUT_SHELTERS"], "hid")
    for index, (x, y) in enumerate(homes):
        peer = run_algorithm("native:shortestpathpointtolayer", {
            "INPUT": paths, "STRATEGY": 0, "START_POINT": "%f,%f [EPSG:32630]" % (x, y),
            "END_POINTS": water, "TOLERANCE": 0.01, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        costs = {f["name"]: f["cost"] for f in peer.getFeatures()}
        nearest = min(costs, key=costs.get)
        assert result[index]["wp_id"] == nearest
        assert result[index]["wp_dist_m"] == pytest.approx(costs[nearest], abs=0.01)
        assert result[index]["snap_m"] == pytest.approx(0.0, abs=1e-6)


def test_same_answers_from_4326_and_utm_inputs(run_algorithm):
    parameters = dict(SAMPLE, SUGGEST_WATER_POINTS=-1, SUGGEST_LATRINES=0,
                      OUTPUT_SHELTERS="TEMPORARY_OUTPUT", OUTPUT_GAPS="TEMPORARY_OUTPUT",
                      OUTPUT_LATRINES="TEMPORARY_OUTPUT", OUTPUT_SUGGESTED="TEMPORARY_OUTPUT")
    geographic = run_algorithm(ALGORITHM, parameters)
    utm = {key: reproject(run_algorithm, str(SAMPLE_DATA / name), 32630)
           for key, name in (("SHELTERS", "shelters.gpkg"), ("WATER_POINTS", "water_points.gpkg"),
                             ("LATRINES", "latrines.gpkg"), ("SITE", "sites.gpkg"))}
    projected = run_algorithm(ALGORITHM, dict(parameters, **utm))
    a, b = by_key(geographic["OUTPUT_SHELTERS"], "shelter_id"), by_key(projected["OUTPUT_SHELTERS"], "shelter_id")
    for key in a:
        assert a[key]["wp_dist_m"] == pytest.approx(b[key]["wp_dist_m"], abs=0.001)
        assert a[key]["lat_dist_m"] == pytest.approx(b[key]["lat_dist_m"], abs=0.001)
        assert (a[key]["wp_id"], a[key]["lat_ok"]) == (b[key]["wp_id"], b[key]["lat_ok"])
    for key in ("pct_within_latrine_distance", "people_per_toilet", "overloaded_latrines",
                "suggested_water_points"):
        assert geographic[key] == pytest.approx(projected[key])
    # mixed CRSs: shelters in 4326 with facilities in UTM give the same answer again
    mixed = run_algorithm(ALGORITHM, dict(parameters, WATER_POINTS=utm["WATER_POINTS"],
                                          LATRINES=utm["LATRINES"]))
    assert mixed["pct_within_latrine_distance"] == pytest.approx(geographic["pct_within_latrine_distance"])


def test_independent_recount_of_the_sample_results(run_algorithm):
    """Percentages recomputed here by brute force from the raw layers."""
    import pyproj
    result = run_algorithm(ALGORITHM, dict(SAMPLE, SUGGEST_WATER_POINTS=0, SUGGEST_LATRINES=0))
    to_utm = pyproj.Transformer.from_crs(4326, 32630, always_xy=True)

    def points(name, keep=lambda f: True):
        features = [f for f in layer(SAMPLE_DATA / name).getFeatures() if keep(f)]
        xy = np.array([to_utm.transform(f.geometry().asPoint().x(), f.geometry().asPoint().y())
                       for f in features])
        return features, xy

    shelters, shelter_xy = points("shelters.gpkg")
    people = np.array([f["people"] for f in shelters], dtype=float)
    _, water_xy = points("water_points.gpkg", lambda f: f["functional"] == "oui")
    _, latrine_xy = points("latrines.gpkg", lambda f: f["functional"] == "oui")
    to_water = np.sqrt(((shelter_xy[:, None, :] - water_xy[None]) ** 2).sum(-1)).min(1)
    to_latrine = np.sqrt(((shelter_xy[:, None, :] - latrine_xy[None]) ** 2).sum(-1)).min(1)
    assert result["people"] == people.sum()
    assert result["pct_within_water_distance"] == pytest.approx(100 * people[to_water < 500].sum() / people.sum())
    assert result["pct_within_latrine_distance"] == pytest.approx(
        100 * people[to_latrine <= 50].sum() / people.sum())
    cubicles = sum(f["cubicles"] for f in layer(SAMPLE_DATA / "latrines.gpkg").getFeatures()
                   if f["functional"] == "oui")
    assert result["people_per_toilet"] == pytest.approx(people.sum() / cubicles)


def test_population_fallback_null_geometry_and_multipoints(run_algorithm):
    crs = "EPSG:32630"
    rows = [(QgsGeometry.fromPointXY(QgsPointXY(0, 0)), [1, 7]),
            (QgsGeometry.fromPointXY(QgsPointXY(100, 0)), [2, None]),  # no population: household size
            (QgsGeometry(), [3, 4]),  # no geometry: skipped, still written
            (QgsGeometry.fromWkt("MultiPoint((200 0),(220 0))"), [4, 3])]  # at its centroid (210, 0)
    shelters = memory_layer("MultiPoint", crs, ["hid:integer", "pop:double"], rows, LOCAL)
    water = memory_layer("Point", crs, ["name:string"], [(QgsGeometry.fromPointXY(QgsPointXY(0, 10)), ["W"])],
                         LOCAL)
    result = run_algorithm(ALGORITHM, {
        "SHELTERS": shelters, "POPULATION_FIELD": "pop", "HOUSEHOLD_SIZE": 6, "WATER_POINTS": water,
        "SUGGEST_WATER_POINTS": 0, "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
        "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT"})
    out = by_key(result["OUTPUT_SHELTERS"], "hid")
    assert len(out) == 4 and result["geometries_skipped"] == 1
    assert [out[i]["people"] for i in (1, 2, 4)] == [7, 6, 3]
    assert out[4]["wp_dist_m"] == pytest.approx(np.hypot(210, 10))
    assert is_null(out[3]["wp_dist_m"]) and is_null(out[3]["wp_id"])
    assert result["people"] == 16


def test_disconnected_paths_and_facilities_off_the_network(run_algorithm):
    crs = "EPSG:32630"
    paths = memory_layer("LineString", crs, ["id:integer"], [
        (QgsGeometry.fromWkt("LineString(0 0, 100 0)"), [1]),
        (QgsGeometry.fromWkt("LineString(300 0, 400 0)"), [2])], LOCAL)  # a separate piece
    water = memory_layer("Point", crs, ["name:string"], [
        (QgsGeometry.fromPointXY(QgsPointXY(0, 0)), ["on"]),
        (QgsGeometry.fromPointXY(QgsPointXY(1000, 1000)), ["far off"])], LOCAL)
    shelters = memory_layer("Point", crs, ["hid:integer"], [
        (QgsGeometry.fromPointXY(QgsPointXY(50, 5)), [1]),
        (QgsGeometry.fromPointXY(QgsPointXY(350, 0)), [2]),
        (QgsGeometry.fromPointXY(QgsPointXY(50, 400)), [3])], LOCAL)
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        text = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            Log.text.append(error)

    result = run_algorithm(ALGORITHM, {
        "SHELTERS": shelters, "WATER_POINTS": water, "WATER_ID_FIELD": "name", "PATHS": paths,
        "MAX_SNAP": 50, "SUGGEST_WATER_POINTS": 0, "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
        "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT"}, feedback=Log())
    out = by_key(result["OUTPUT_SHELTERS"], "hid")
    assert out[1]["wp_dist_m"] == pytest.approx(55.0) and out[1]["wp_id"] == "on"
    assert not out[2]["wp_ok"] and not out[3]["wp_ok"]
    assert is_null(out[3]["snap_m"]) and is_null(out[3]["wp_dist_m"])
    log = "\n".join(Log.text)
    assert "1 shelter(s) farther than the maximum snapping distance" in log
    assert "1 shelter(s) on a part of the path network with no functional water point" in log


def test_a_block_field_makes_compartments_share_their_block(run_algorithm):
    """A female compartment of 3 cubicles and a male one of 1 at one point
    serve 4 x 50 = 200 people together (Sphere, emergency); 180 people are
    within 50 m. Read as one block they are 90 % loaded, shared 3 : 1; each
    alone, the first at the point takes the 180 on its 150 and the log says
    they stand at one point."""
    crs = "EPSG:32630"
    shelters = memory_layer("Point", crs, ["hid:integer", "pop:double"], [
        (QgsGeometry.fromPointXY(QgsPointXY(x, 0)), [x, 60]) for x in (10, 20, 30)], LOCAL)
    water = memory_layer("Point", crs, ["name:string"], [(QgsGeometry.fromPointXY(QgsPointXY(0, 60)), ["W"])],
                         LOCAL)
    latrines = memory_layer("Point", crs, ["id:string", "block:string", "gender:string", "cubicles:integer"], [
        (QgsGeometry.fromPointXY(QgsPointXY(0, 0)), ["L1-F", "L1", "female", 3]),
        (QgsGeometry.fromPointXY(QgsPointXY(0, 0)), ["L1-M", "L1", "male", 1])], LOCAL)
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        text = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            Log.text.append(error)

    def audit(**block):
        Log.text = []
        return run_algorithm(ALGORITHM, dict({
            "SHELTERS": shelters, "POPULATION_FIELD": "pop", "WATER_POINTS": water, "LATRINES": latrines,
            "LATRINE_ID_FIELD": "id", "CUBICLES_FIELD": "cubicles", "GENDER_FIELD": "gender",
            "SUGGEST_WATER_POINTS": 0, "SUGGEST_LATRINES": 0, "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
            "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT", "OUTPUT_LATRINES": "TEMPORARY_OUTPUT"}, **block),
            feedback=Log())
    shared = audit(LATRINE_BLOCK_FIELD="block")
    out = by_key(shared["OUTPUT_LATRINES"], "id")
    assert [out[k]["assigned_people"] for k in ("L1-F", "L1-M")] == pytest.approx([135, 45])
    assert [out[k]["load_pct"] for k in ("L1-F", "L1-M")] == pytest.approx([90, 90])
    assert shared["overloaded_latrines"] == 0
    assert not any("stand at the same point" in text for text in Log.text)
    alone = audit()
    out = by_key(alone["OUTPUT_LATRINES"], "id")
    assert [out[k]["assigned_people"] for k in ("L1-F", "L1-M")] == [180, 0]
    assert alone["overloaded_latrines"] == 1
    assert any("2 latrine(s) stand at the same point as another" in text for text in Log.text), Log.text


def test_a_feature_the_file_writer_refuses_fails_the_run_and_keeps_the_files(run_algorithm, tmp_path):
    """The shelters carry a 'fid' column with a repeated value: the GeoPackage
    writer (a thread of its own, beside the run) refuses them. The run fails
    naming the output, and the output files there before are as they were."""
    from qgis.core import QgsProcessingException
    crs = "EPSG:32630"
    shelters = memory_layer("Point", crs, ["fid:integer", "hid:integer"], [
        (QgsGeometry.fromPointXY(QgsPointXY(10.0 * k, 0)), [1 if k < 2 else k, k]) for k in range(5)], LOCAL)
    water = memory_layer("Point", crs, ["name:string"], [(QgsGeometry.fromPointXY(QgsPointXY(0, 60)), ["W"])],
                         LOCAL)
    outputs = {name: tmp_path / ("%s.gpkg" % name.lower()) for name in ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS")}
    for path in outputs.values():
        path.write_bytes(b"an earlier run's output")
    with pytest.raises(QgsProcessingException, match="Output .*OUTPUT_SHELTERS.* refused 5 feature.*UNIQUE"):
        run_algorithm(ALGORITHM, dict({"SHELTERS": shelters, "WATER_POINTS": water, "SUGGEST_WATER_POINTS": 0},
                                      **{name: str(path) for name, path in outputs.items()}))
    assert all(path.read_bytes() == b"an earlier run's output" for path in outputs.values())


def test_clear_messages_for_bad_input(run_algorithm, tmp_path):
    crs = "EPSG:32630"
    empty = memory_layer("Point", crs, ["hid:integer"], [])
    water = memory_layer("Point", crs, ["name:string"], [(QgsGeometry.fromPointXY(QgsPointXY(0, 0)), ["W"])])
    with pytest.raises(QgsProcessingException, match="shelter layer is empty"):
        run_algorithm(ALGORITHM, {"SHELTERS": empty, "WATER_POINTS": water,
                                  "OUTPUT_SHELTERS": str(tmp_path / "s.gpkg"),
                                  "OUTPUT_WATER_POINTS": str(tmp_path / "w.gpkg")})
    profile = tmp_path / "broken.json"
    profile.write_text('{"figures": {"people_per_tap": {"value": 250, "source": "x"}}}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="missing the figure"):
        run_algorithm(ALGORITHM, dict(SAMPLE, STANDARD_FILE=str(profile),
                                      OUTPUT_SHELTERS=str(tmp_path / "s.gpkg")))
    assert not list(tmp_path.glob("*.gpkg"))


def test_qgis_process_on_the_sample_data(qgis_process, tmp_path):
    outputs = {"OUTPUT_SHELTERS": tmp_path / "shelters.gpkg", "OUTPUT_WATER_POINTS": tmp_path / "wp.gpkg",
               "OUTPUT_LATRINES": tmp_path / "latrines.gpkg", "OUTPUT_GAPS": tmp_path / "gaps.gpkg",
               "OUTPUT_SUGGESTED": tmp_path / "suggested.gpkg", "OUTPUT_REPORT": tmp_path / "report.html"}
    run = qgis_process.run(ALGORITHM, dict(SAMPLE, LANGUAGE=1, **{k: str(v) for k, v in outputs.items()}))
    results = run["results"]
    assert all(path.exists() for path in outputs.values())
    assert results["people"] == sum(f["people"] for f in layer(SAMPLE_DATA / "shelters.gpkg").getFeatures())
    latrines = layer(outputs["OUTPUT_LATRINES"])
    assert results["latrines_near_water"] == sum(f["contamination_risk"] for f in latrines.getFeatures()) >= 1
    assert all(f["near_water_m"] < 30 for f in latrines.getFeatures() if f["contamination_risk"])
    suggested = layer(outputs["OUTPUT_SUGGESTED"])
    assert suggested.featureCount() == results["suggested_water_points"] + results["suggested_latrines"]
    gaps = layer(outputs["OUTPUT_GAPS"])
    assert sum(f["people"] for f in gaps.getFeatures() if f["kind"] == "latrine") == pytest.approx(
        results["people"] * (100 - results["pct_within_latrine_distance"]) / 100)
    report = outputs["OUTPUT_REPORT"].read_text(encoding="utf-8")
    assert '<html lang="fr">' in report and "WASH standard 3.2" in report


@pytest.mark.parametrize("at_progress", [30, 40, 66])
def test_cancel_leaves_nothing_behind(run_algorithm, tmp_path, at_progress):
    """Cancelled after reading (33 %), in the audit (40 %) or as the outputs are written (67 %)."""
    from qgis.core import QgsProcessingFeedback
    feedback = QgsProcessingFeedback()

    def cancel(progress):
        if progress >= at_progress and not feedback.isCanceled():
            feedback.cancel()
    feedback.progressChanged.connect(cancel)
    outputs = {key: str(tmp_path / ("%s.gpkg" % key.lower())) for key in
               ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES", "OUTPUT_GAPS", "OUTPUT_SUGGESTED")}
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, dict(SAMPLE, OUTPUT_REPORT=str(tmp_path / "report.html"), **outputs),
                      feedback=feedback)
    assert feedback.isCanceled()
    assert not list(tmp_path.iterdir())


def test_cancel_with_output_definitions_keeps_what_was_there(run_algorithm, tmp_path):
    """Destinations given as QgsProcessingOutputLayerDefinition (as the dialog
    and models pass them): a cancelled run removes what it wrote and leaves a
    file that was there before, beside the destination, as it was."""
    from qgis.core import QgsProcessingFeedback, QgsProcessingOutputLayerDefinition
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: progress >= 66 and feedback.cancel())
    before = tmp_path / "output_shelters.txt"
    before.write_text("the user's notes")
    outputs = {key: QgsProcessingOutputLayerDefinition(str(tmp_path / ("%s.gpkg" % key.lower())))
               for key in ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES", "OUTPUT_GAPS",
                           "OUTPUT_SUGGESTED")}
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, dict(SAMPLE, **outputs), feedback=feedback)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["output_shelters.txt"]
    assert before.read_text() == "the user's notes"


def test_the_log_words_each_check(run_algorithm):
    """The log names each check as the report does, with its measured value: no internal codes."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)
    feedback = Log()
    run_algorithm(ALGORITHM, dict(SAMPLE), feedback=feedback)
    checks = [line for line in feedback.lines if line.endswith("the standard")]
    assert checks and not [line for line in checks if "_" in line.split(":")[0]]
    assert any(line.startswith("Households within the water point distance: ") and "%" in line
               for line in checks)


def test_cancel_keeps_a_geopackage_the_run_was_adding_a_layer_to(run_algorithm, tmp_path):
    """A destination in the 'ogr:dbname=... table=...' form QGIS uses for a
    layer inside an existing GeoPackage: a cancelled run leaves that file and
    its layer as they were."""
    from qgis.core import QgsProcessingFeedback, QgsProject, QgsVectorFileWriter, QgsVectorLayer
    existing = tmp_path / "planning.gpkg"
    keep = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "keep", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "keep"
    QgsVectorFileWriter.writeAsVectorFormatV2(keep, str(existing), QgsProject.instance().transformContext(),
                                              options)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: progress >= 66 and feedback.cancel())
    destination = "ogr:dbname='%s' table=\"wash_shelters\" (geom)" % existing
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, dict(SAMPLE, OUTPUT_SHELTERS=destination), feedback=feedback)
    assert existing.exists()
    assert QgsVectorLayer("%s|layername=keep" % existing, "keep", "ogr").isValid()


def test_default_run_joins_the_facility_layers_by_their_ids(run_algorithm):
    """Without identifier fields chosen, the shelters' wp_id and lat_id are the
    facility layers' own wp_id and latrine_id (the sample's 'WP01'...), not
    feature ids: the outputs join the layers they came from."""
    parameters = {key: value for key, value in SAMPLE.items() if key not in ("WATER_ID_FIELD", "LATRINE_ID_FIELD")}
    result = run_algorithm(ALGORITHM, dict(parameters, SUGGEST_WATER_POINTS=0, SUGGEST_LATRINES=0))
    water_ids = {f["wp_id"] for f in layer(SAMPLE_DATA / "water_points.gpkg").getFeatures()}
    latrine_ids = {f["latrine_id"] for f in layer(SAMPLE_DATA / "latrines.gpkg").getFeatures()}
    shelters = list(result["OUTPUT_SHELTERS"].getFeatures())
    assert {f["wp_id"] for f in shelters} <= water_ids and {f["lat_id"] for f in shelters} <= latrine_ids
    assert any(value.startswith("WP") for value in water_ids)
    chosen = run_algorithm(ALGORITHM, dict(SAMPLE, SUGGEST_WATER_POINTS=0, SUGGEST_LATRINES=0))
    assert [f["wp_id"] for f in shelters] == [f["wp_id"] for f in chosen["OUTPUT_SHELTERS"].getFeatures()]


def test_household_size_comes_from_the_profile(run_algorithm, tmp_path):
    """Shelters without a population field count the profile's
    people_per_household (here a copy of Sphere's profile set to 7)."""
    import json
    from mali_sites_plugin.common.standards import profile_path
    document = json.loads(profile_path("sphere_2018").read_text(encoding="utf-8"))
    document["figures"]["people_per_household"] = {"value": 7, "unit": "people", "comparison": "=",
                                                   "source": "test", "confidence": "unverified"}
    document["fallback"] = str(profile_path("unhcr"))
    own = tmp_path / "profile.json"
    own.write_text(json.dumps(document), encoding="utf-8")
    shelters = memory_layer("Point", "EPSG:32630", ["hid:integer"],
                            [(QgsGeometry.fromPointXY(QgsPointXY(x, 0)), [x]) for x in (0, 50)], LOCAL)
    water = memory_layer("Point", "EPSG:32630", ["name:string"],
                         [(QgsGeometry.fromPointXY(QgsPointXY(0, 10)), ["W"])], LOCAL)
    common = {"SHELTERS": shelters, "WATER_POINTS": water, "SUGGEST_WATER_POINTS": 0,
              "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT"}
    assert run_algorithm(ALGORITHM, dict(common))["people"] == 10  # Sphere borrows UNHCR's 5
    assert run_algorithm(ALGORITHM, dict(common, STANDARD_FILE=str(own)))["people"] == 14
    assert run_algorithm(ALGORITHM, dict(common, HOUSEHOLD_SIZE=6))["people"] == 12


def test_snapping_distance_is_in_metres_for_geographic_layers(run_algorithm, plugin):
    """MAX_SNAP is a number of metres whatever the shelters' CRS (it used to
    be a distance in the layer's units: '50 degrees' for EPSG:4326): with
    30 m, a shelter 20 m from the path is on the network, one 40 m away off it."""
    from qgis.core import QgsApplication, QgsProcessingParameterNumber
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    snap = algorithm.parameterDefinition("MAX_SNAP")
    assert isinstance(snap, QgsProcessingParameterNumber) and "metres" in snap.description()
    x0, y0 = 380000.0, 1605000.0
    to_ll = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32630"),
                                   QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def point(x, y):
        return QgsGeometry.fromPointXY(to_ll.transform(QgsPointXY(x0 + x, y0 + y)))
    paths = memory_layer("LineString", "EPSG:4326", ["id:integer"],
                         [(QgsGeometry.fromPolylineXY([to_ll.transform(QgsPointXY(x0, y0)),
                                                       to_ll.transform(QgsPointXY(x0 + 400, y0))]), [1])])
    water = memory_layer("Point", "EPSG:4326", ["name:string"], [(point(400, 0), ["W"])])
    shelters = memory_layer("Point", "EPSG:4326", ["hid:integer"], [(point(100, 20), [1]), (point(100, 40), [2])])
    result = run_algorithm(ALGORITHM, {"SHELTERS": shelters, "WATER_POINTS": water, "PATHS": paths,
                                       "MAX_SNAP": 30, "SUGGEST_WATER_POINTS": 0,
                                       "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
                                       "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT"})
    out = by_key(result["OUTPUT_SHELTERS"], "hid")
    assert out[1]["snap_m"] == pytest.approx(20.0, abs=0.05)
    assert out[1]["wp_dist_m"] == pytest.approx(20.0 + 300.0, abs=0.1)
    assert is_null(out[2]["snap_m"]) and is_null(out[2]["wp_dist_m"])


def test_help_cites_the_profile_figures(plugin):
    from qgis.core import QgsApplication
    from mali_sites_plugin.common.standards import load_profile
    sphere = load_profile("sphere_2018")
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    import html
    text = html.unescape(algorithm.shortHelpString())
    for key in ("max_distance_to_water_m", "people_per_tap", "people_per_handpump", "people_per_open_well",
                "people_per_toilet_emergency", "min_distance_toilet_to_water_m", "people_per_household"):
        assert sphere.figure(key).describe() in text, key
    assert "5-6" not in text and "(default 5" not in text


def test_a_national_layer_agrees_with_geodesic_distances(run_algorithm):
    """Shelters from longitude -12 to +4 (EPSG:4326, measured around zone 30N)
    each with a tap 100 m to 3 km away at a known geodesic distance: every
    wp_dist_m is within 0.1 % of pyproj's geodesic (one zone for all was up
    to 1 % off at the ends)."""
    import pyproj
    geod = pyproj.Geod(ellps="WGS84")
    rng = np.random.default_rng(5)
    lon = np.linspace(-12.0, 4.0, 17)
    lat = rng.uniform(11.0, 17.5, len(lon))
    tap_lon, tap_lat, _ = geod.fwd(lon, lat, rng.uniform(0, 360, len(lon)), rng.uniform(100.0, 3000.0, len(lon)))
    shelters = memory_layer("Point", "EPSG:4326", ["hid:integer"],
                            [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), [i])
                             for i, (x, y) in enumerate(zip(lon, lat))])
    water = memory_layer("Point", "EPSG:4326", ["wp_id:string"],
                         [(QgsGeometry.fromPointXY(QgsPointXY(x, y)), ["T%d" % i])
                          for i, (x, y) in enumerate(zip(tap_lon, tap_lat))])
    result = run_algorithm(ALGORITHM, {"SHELTERS": shelters, "WATER_POINTS": water, "SUGGEST_WATER_POINTS": 0,
                                       "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
                                       "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT"})
    out = by_key(result["OUTPUT_SHELTERS"], "hid")
    for i in range(len(lon)):
        nearest = int(out[i]["wp_id"][1:])
        _, _, geodesic = geod.inv(lon[i], lat[i], tap_lon[nearest], tap_lat[nearest])
        assert out[i]["wp_dist_m"] == pytest.approx(geodesic, rel=0.001), i
        _, _, own = geod.inv(lon[i], lat[i], tap_lon[i], tap_lat[i])
        assert geodesic <= own + 1e-6
