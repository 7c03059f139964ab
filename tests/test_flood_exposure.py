"""malisites:floodexposure through processing.run and qgis_process, checked
against QGIS's own native:zonalstatisticsfb and against cell-by-cell oracles
written here (shapely on every cell box, QGIS geometry for overlays)."""
import csv
import math
from pathlib import Path

import fiona
import numpy as np
import pytest
import rasterio
from qgis.core import (NULL, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                       QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback,
                       QgsProject, QgsVectorLayer)
from shapely import wkb
from shapely.geometry import Point, Polygon, box, mapping
from shapely.prepared import prep

from conftest import SAMPLE_DATA

ALGORITHM = "malisites:floodexposure"
Q10, Q100 = str(SAMPLE_DATA / "flood_depth_q10.tif"), str(SAMPLE_DATA / "flood_depth_q100.tif")
SITES, CORRIDORS = str(SAMPLE_DATA / "sites.gpkg"), str(SAMPLE_DATA / "corridors.gpkg")
SHELTERS = str(SAMPLE_DATA / "shelters.gpkg")
UTM = QgsCoordinateReferenceSystem("EPSG:32630")
PETA_BOUNDS = (0.1, 0.7, 1.5)  # flood_classes.json, petabencana


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def null(value):
    """NULL as QGIS 3.22 (a null QVariant) and later (None) return it."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def layer(path):
    result = QgsVectorLayer(str(path), "layer", "ogr")
    assert result.isValid(), path
    return result


def features_by(path, field):
    return {f[field]: f for f in layer(path).getFeatures()}


def shapely_in_utm(feature, source_crs):
    geometry = QgsGeometry(feature.geometry())
    geometry.transform(QgsCoordinateTransform(source_crs, UTM, QgsProject.instance()))
    return wkb.loads(bytes(geometry.asWkb()))


def read_raster(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1), dataset.transform, dataset.nodata


def site_oracle(depth, transform, nodata, polygon):
    """(cells, valid, wet, max of valid, mean of wet): every cell centre of
    the site's bounding box (beyond the raster too) tested with shapely."""
    prepared = prep(polygon)
    inverse = ~transform
    col0, row0 = inverse * (polygon.bounds[0], polygon.bounds[3])
    col1, row1 = inverse * (polygon.bounds[2], polygon.bounds[1])
    cells = valid = 0
    wet, values = [], []
    for row in range(int(row0) - 1, int(row1) + 2):
        for col in range(int(col0) - 1, int(col1) + 2):
            if not prepared.contains(Point(transform * (col + 0.5, row + 0.5))):
                continue
            cells += 1
            inside = 0 <= row < depth.shape[0] and 0 <= col < depth.shape[1]
            if inside and depth[row, col] != nodata:
                valid += 1
                values.append(float(depth[row, col]))
                if depth[row, col] > np.float32(0.1):
                    wet.append(float(depth[row, col]))
    return cells, valid, len(wet), (max(values) if values else None), \
        (float(np.mean(wet)) if wet else None)


def rank_of(depth):
    return sum(depth > np.float32(bound) for bound in PETA_BOUNDS)


def line_oracle(depth, transform, nodata, line):
    """(wet length, unknown length, {rank: length}) from the intersection of
    the line with every cell box it may cross."""
    inverse = ~transform
    col0, row0 = inverse * (line.bounds[0], line.bounds[3])
    col1, row1 = inverse * (line.bounds[2], line.bounds[1])
    near = prep(line.buffer(1.0))
    wet, known, per_rank = 0.0, 0.0, {}
    for row in range(max(int(row0) - 1, 0), min(int(row1) + 2, depth.shape[0])):
        for col in range(max(int(col0) - 1, 0), min(int(col1) + 2, depth.shape[1])):
            x0, y0 = transform * (col, row)
            x1, y1 = transform * (col + 1, row + 1)
            cell = box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            if not near.intersects(cell) or depth[row, col] == nodata:
                continue
            length = line.intersection(cell).length
            known += length
            if depth[row, col] > np.float32(0.1):
                wet += length
            rank = rank_of(depth[row, col])
            per_rank[rank] = per_rank.get(rank, 0.0) + length
    return wet, line.length - known, per_rank


def write_polygons(path, polygons, crs="EPSG:32630"):
    schema = {"geometry": "Polygon", "properties": {"site_id": "str", "individuals": "int"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=crs) as sink:
        for index, polygon in enumerate(polygons):
            sink.write({"geometry": mapping(polygon),
                        "properties": {"site_id": "P%02d" % index, "individuals": 100 + index}})
    return str(path)


# --- agreement with QGIS's zonal statistics ---------------------------------------------------------

def random_sites():
    """40 polygons over the sample raster (EPSG:32630): rotated rectangles and
    discs, overlapping each other, some across the nodata triangle or the edge."""
    rng = np.random.default_rng(2024)
    polygons = []
    for index in range(40):
        x, y = rng.uniform(373900, 378100), rng.uniform(1602900, 1607100)
        size = rng.uniform(60, 400)
        if index % 2:
            polygons.append(Point(x, y).buffer(size / 2, 12))
        else:
            angle = rng.uniform(0, math.pi)
            c, s = math.cos(angle), math.sin(angle)
            w, h = size, size * rng.uniform(0.4, 1.0)
            corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
            polygons.append(Polygon([(x + c * a - s * b, y + s * a + c * b) for a, b in corners]))
    return polygons


def zonal(run_algorithm, sites, raster):
    result = run_algorithm("native:zonalstatisticsfb", {
        "INPUT": sites, "INPUT_RASTER": raster, "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
        "STATISTICS": [0, 2, 6], "OUTPUT": "TEMPORARY_OUTPUT"})
    return {f["site_id"]: f for f in result["OUTPUT"].getFeatures()}


def test_agrees_with_native_zonal_statistics(run_algorithm, tmp_path):
    sites = write_polygons(tmp_path / "random_sites.gpkg", random_sites())
    result = run_algorithm(ALGORITHM, {
        "HAZARDS": [Q10, Q100], "SCENARIO_NAMES": "Q10,Q100", "SITES": sites,
        "POPULATION_FIELD": "individuals", "OUTPUT_SITES": str(tmp_path / "out.gpkg")})
    ours = features_by(result["OUTPUT_SITES"], "site_id")
    assert result["sites_assessed"] == 40
    for key, raster in (("q10", Q10), ("q100", Q100)):
        depth, transform, nodata = read_raster(raster)
        # the wet cells only (depth > 0.1 m, compared in float32), everything else nodata
        wet_only = np.where((depth != nodata) & (depth > np.float32(0.1)), depth, nodata)
        wet_path = tmp_path / ("wet_%s.tif" % key)
        with rasterio.open(raster) as dataset:
            profile = dataset.profile
        with rasterio.open(wet_path, "w", **profile) as dataset:
            dataset.write(wet_only.astype("float32"), 1)
        peer, peer_wet = zonal(run_algorithm, sites, raster), zonal(run_algorithm, sites, str(wet_path))
        compared = 0
        for site_id, feature in ours.items():
            count = peer[site_id]["z_count"]
            assert feature["valid_cells_" + key] == pytest.approx(count or 0), site_id
            if count:
                compared += 1
                assert feature["max_depth_" + key] == pytest.approx(peer[site_id]["z_max"])
            else:
                assert null(feature["max_depth_" + key])
            wet = peer_wet[site_id]["z_count"]
            assert feature["wet_cells_" + key] == pytest.approx(wet or 0), site_id
            if wet:
                assert feature["mean_depth_" + key] == pytest.approx(peer_wet[site_id]["z_mean"])
                assert feature["exposed_people_" + key] == pytest.approx(
                    feature["individuals"] * wet / feature["cells_" + key])
        assert compared >= 30  # most sites have valid cells: the comparison is not empty


@pytest.mark.parametrize("layer_crs", [UTM, QgsCoordinateReferenceSystem.fromProj(
    "+proj=tmerc +lat_0=0 +lon_0=-3 +k=0.9996 +x_0=500000.001 +y_0=0 +datum=WGS84 +units=m +no_defs")])
def test_a_crs_set_on_the_raster_layer_places_a_raster_without_one(run_algorithm, tmp_path, layer_crs):
    """A file without a CRS, placed by the CRS set on its layer in QGIS (an EPSG
    code, or a custom CRS with no code: UTM 30N 1 mm off, which QGIS cannot
    match to one, passed on as WKT), compressed so that it is read ahead while
    the sites are: the same results as the file with its CRS."""
    from qgis.core import QgsRasterLayer
    with rasterio.open(Q10) as dataset:
        profile = dict(dataset.profile, crs=None, compress="deflate", tiled=True, blockxsize=256,
                       blockysize=256)
        data = dataset.read(1)
    placed = tmp_path / "q10_nocrs.tif"
    with rasterio.open(placed, "w", **profile) as dataset:
        dataset.write(data, 1)
    hazard = QgsRasterLayer(str(placed), "q10 placed in QGIS")
    hazard.setCrs(layer_crs)
    fields = ("valid_cells_q10", "wet_cells_q10", "max_depth_q10", "unknown_pct_q10")
    results = []
    for raster in (Q10, hazard):
        result = run_algorithm(ALGORITHM, {"HAZARDS": [raster], "SCENARIO_NAMES": "Q10", "SITES": SITES,
                                           "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
        results.append({f["site_id"]: [f[name] for name in fields] for f in result["OUTPUT_SITES"].getFeatures()})
    assert layer_crs.authid() in ("EPSG:32630", "")  # both ways of passing it on are tried
    assert results[1] == results[0] and sum(row[1] for row in results[0].values()) > 0


def test_a_population_typed_with_spaced_thousands_counts_as_the_number(run_algorithm):
    """'2\u202f117' as a French spreadsheet writes 2117 (a text field): the
    same exposed people as the numbers themselves."""
    numbers = QgsVectorLayer(SITES, "sites", "ogr")
    typed = QgsVectorLayer("MultiPolygon?crs=%s&field=site_id:string&field=people:string"
                           % numbers.crs().authid(), "typed", "memory")
    features = []
    for site in numbers.getFeatures():
        feature = QgsFeature(typed.fields())
        feature.setGeometry(site.geometry())
        feature.setAttributes([site["site_id"], "{:,}".format(int(site["individuals"])).replace(",", "\u202f")])
        features.append(feature)
    typed.dataProvider().addFeatures(features)
    assert any(len(f["people"]) > 3 for f in typed.getFeatures())  # some have a thousands space
    exposed = []
    for layer, field in ((numbers, "individuals"), (typed, "people")):
        result = run_algorithm(ALGORITHM, {"HAZARDS": [Q100], "SCENARIO_NAMES": "Q100", "SITES": layer,
                                           "POPULATION_FIELD": field, "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
        exposed.append({f["site_id"]: f["exposed_people_q100"] for f in result["OUTPUT_SITES"].getFeatures()})
    assert exposed[1] == exposed[0] and sum(value for value in exposed[0].values() if value) > 0


def test_qgis_process_on_the_sample_data(qgis_process, tmp_path):
    outputs = {name: str(tmp_path / ("%s.gpkg" % name)) for name in ("sites", "corridors", "segments")}
    table, report = tmp_path / "totals.csv", tmp_path / "rapport.html"
    output = qgis_process.run(ALGORITHM, {
        "HAZARDS": [Q10, Q100], "SCENARIO_NAMES": "Q10,Q100", "SITES": SITES,
        "POPULATION_FIELD": "individuals", "CORRIDORS": CORRIDORS, "REGION_FIELD": "site_type",
        "LANGUAGE": 1, "OUTPUT_SITES": outputs["sites"], "OUTPUT_CORRIDORS": outputs["corridors"],
        "OUTPUT_CORRIDOR_SEGMENTS": outputs["segments"], "OUTPUT_TABLE": str(table),
        "OUTPUT_REPORT": str(report)})
    results = output["results"]
    assert (results["scenarios"], results["sites_assessed"], results["corridors_assessed"]) == (2, 3, 2)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    sites = features_by(outputs["sites"], "site_id")
    exposed_total = {"q10": 0.0, "q100": 0.0}
    for key, raster in (("q10", Q10), ("q100", Q100)):
        depth, transform, nodata = read_raster(raster)
        for site_id, feature in sites.items():
            polygon = shapely_in_utm(feature, wgs84)
            cells, valid, wet, maximum, mean = site_oracle(depth, transform, nodata, polygon)
            assert feature["cells_" + key] == cells, site_id
            assert feature["wet_pct_" + key] == pytest.approx(100.0 * wet / cells)
            assert feature["unknown_pct_" + key] == pytest.approx(100.0 * (cells - valid) / cells)
            assert feature["max_depth_" + key] == pytest.approx(maximum)
            assert feature["hazard_rank_" + key] == rank_of(np.float32(maximum))
            if mean is None:
                assert null(feature["mean_depth_" + key])
            else:
                assert feature["mean_depth_" + key] == pytest.approx(mean)
            expected_people = feature["individuals"] * wet / cells
            assert feature["exposed_people_" + key] == pytest.approx(expected_people)
            exposed_total[key] += expected_people
        corridors = features_by(outputs["corridors"], "corridor_id")
        segments = [f for f in layer(outputs["segments"]).getFeatures() if f["scenario"] == key.upper()]
        for corridor_id, feature in corridors.items():
            line = shapely_in_utm(feature, wgs84)
            wet, unknown, per_rank = line_oracle(depth, transform, nodata, line)
            assert feature["length_m"] == pytest.approx(line.length, rel=1e-9)
            assert feature["wet_m_" + key] == pytest.approx(wet, rel=1e-6)
            assert feature["unknown_m_" + key] == pytest.approx(unknown, abs=1e-6)
            mine = [s for s in segments if s["corridor_id"] == corridor_id]
            by_rank = {}
            for segment in mine:
                rank = segment["class_rank"]
                by_rank[rank] = by_rank.get(rank, 0.0) + segment["length_m"]
            assert by_rank == pytest.approx(per_rank, rel=1e-6)
    # q100 is the worse flood for every wet site
    assert {f["worst_scenario"] for f in sites.values() if f["worst_rank"]} == {"Q100"}
    with open(table, encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    totals = {row["scenario"]: row for row in rows if row["region"] == ""}
    assert float(totals["Q10"]["exposed_people"]) == pytest.approx(exposed_total["q10"], abs=1e-3)
    assert float(totals["Q100"]["exposed_people"]) == pytest.approx(exposed_total["q100"], abs=1e-3)
    assert {row["region"] for row in rows} == {"", "planifié", "spontané"}
    text = report.read_text(encoding="utf-8")
    assert "Exposition des sites et des couloirs" in text and "Q100" in text
    assert "Piste des bourgoutières" in text


# --- other inputs -------------------------------------------------------------------------------------

def test_geographic_and_projected_sites_agree_and_extents_overlay_exactly(run_algorithm, tmp_path):
    projected = run_algorithm("native:reprojectlayer", {
        "INPUT": SITES, "TARGET_CRS": "EPSG:32630", "OUTPUT": str(tmp_path / "sites_utm.gpkg")})
    extent_polygon = box(375000, 1603500, 376300, 1607000)  # the west part of the floodplain
    extent = write_polygons(tmp_path / "observed.gpkg", [extent_polygon])
    runs = {}
    for name, sites in (("wgs84", SITES), ("utm", projected["OUTPUT"])):
        result = run_algorithm(ALGORITHM, {
            "HAZARDS": [Q100], "FLOOD_EXTENTS": [extent], "SCENARIO_NAMES": "Q100,Observed",
            "SITES": sites, "POPULATION_FIELD": "individuals", "CORRIDORS": CORRIDORS,
            "OUTPUT_SITES": str(tmp_path / ("sites_%s.gpkg" % name)),
            "OUTPUT_CORRIDORS": str(tmp_path / ("corridors_%s.gpkg" % name))})
        runs[name] = features_by(result["OUTPUT_SITES"], "site_id")
        corridors = features_by(result["OUTPUT_CORRIDORS"], "corridor_id")
    assert layer(tmp_path / "sites_utm.gpkg").crs().authid() == "EPSG:32630"
    assert layer(tmp_path / "sites_wgs84.gpkg").crs().authid() == "EPSG:4326"
    numeric = [name for name in layer(tmp_path / "sites_utm.gpkg").fields().names()
               if name.endswith(("_q100", "_observed")) and not name.startswith("hazard_class")]
    for site_id, feature in runs["utm"].items():
        for name in numeric:
            if null(feature[name]):
                assert null(runs["wgs84"][site_id][name]), name
            else:
                assert runs["wgs84"][site_id][name] == pytest.approx(feature[name], rel=1e-9), name
        polygon = wkb.loads(bytes(feature.geometry().asWkb()))
        share = polygon.intersection(extent_polygon).area / polygon.area
        assert feature["wet_pct_observed"] == pytest.approx(100.0 * share, rel=1e-6)
        assert feature["unknown_pct_observed"] == 0.0 and null(feature["max_depth_observed"])
    assert 0 < runs["utm"]["S03"]["wet_pct_observed"] < 100  # the extent cuts through S03
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    for feature in corridors.values():
        line = shapely_in_utm(feature, wgs84)
        assert feature["wet_m_observed"] == pytest.approx(line.intersection(extent_polygon).length,
                                                          rel=1e-6)


def test_shelters_give_the_exposed_people(run_algorithm, tmp_path):
    result = run_algorithm(ALGORITHM, {
        "HAZARDS": [Q100], "SCENARIO_NAMES": "Q100", "SITES": SITES,
        "POPULATION_FIELD": "individuals", "SHELTERS": SHELTERS,
        "SHELTER_POPULATION_FIELD": "people", "OUTPUT_SITES": str(tmp_path / "out.gpkg")})
    depth, transform, nodata = read_raster(Q100)
    inverse = ~transform
    to_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), UTM, QgsProject.instance())
    expected = {}
    site_polygons = {f["site_id"]: f.geometry() for f in layer(SITES).getFeatures()}
    for shelter in layer(SHELTERS).getFeatures():
        point = to_utm.transform(shelter.geometry().asPoint())
        col, row = (int(math.floor(v)) for v in inverse * (point.x(), point.y()))
        wet = depth[row, col] != nodata and depth[row, col] > np.float32(0.1)
        for site_id, polygon in site_polygons.items():
            if polygon.contains(shelter.geometry()):
                expected[site_id] = expected.get(site_id, 0) + (shelter["people"] if wet else 0)
    for site_id, feature in features_by(result["OUTPUT_SITES"], "site_id").items():
        assert feature["exposed_people_q100"] == expected[site_id], site_id
    assert sum(expected.values()) > 0


def test_point_sites_are_circles_of_the_sphere_area(run_algorithm):
    points = QgsVectorLayer("Point?crs=EPSG:4326&field=site_id:string&field=individuals:integer",
                            "points", "memory")
    feature = QgsFeature(points.fields())
    feature.setAttributes(["P1", 2000])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-4.1568, 14.5181)))
    points.dataProvider().addFeatures([feature])
    result = run_algorithm(ALGORITHM, {
        "HAZARDS": [Q100], "SITES": points, "POPULATION_FIELD": "individuals",
        "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
    out = next(result["OUTPUT_SITES"].getFeatures())
    assert out["radius_m"] == pytest.approx(math.sqrt(2000 * 45 / math.pi))  # Sphere: 45 m2/person
    circle = QgsGeometry(out.geometry())
    circle.transform(QgsCoordinateTransform(result["OUTPUT_SITES"].crs(), UTM, QgsProject.instance()))
    assert circle.area() == pytest.approx(2000 * 45, rel=2e-3)
    assert out["cells_flood_depth_q100"] == pytest.approx(900, rel=0.05)  # 90,000 m2 of 100 m2 cells


def test_sites_off_the_raster_warn_and_stay_unknown(run_algorithm, tmp_path):
    far = write_polygons(tmp_path / "far.gpkg", [box(420000, 1650000, 420300, 1650200)])
    feedback = Recorder()
    result = run_algorithm(ALGORITHM, {"HAZARDS": [Q10], "SITES": far,
                                       "OUTPUT_SITES": "TEMPORARY_OUTPUT"}, feedback=feedback)
    out = next(result["OUTPUT_SITES"].getFeatures())
    # unknown, not dry: no wet share (NULL), and the counts say so
    assert out["unknown_pct_flood_depth_q10"] == 100.0 and out["wet_pct_flood_depth_q10"] == NULL
    assert any("does not overlap any of the 1 sites" in w for w in feedback.warnings)
    assert any("1 sites have no known cell" in w for w in feedback.warnings)
    assert result["sites_flooded"] == 0 and result["sites_unknown"] == 1


def test_zero_length_corridor_is_kept_with_empty_statistics(run_algorithm, tmp_path):
    path = tmp_path / "corridors.gpkg"
    schema = {"geometry": "LineString", "properties": {"corridor_id": "str"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs="EPSG:32630") as sink:
        sink.write({"geometry": {"type": "LineString", "coordinates": [(375000, 1605000)] * 2},
                    "properties": {"corridor_id": "point-like"}})
        sink.write({"geometry": {"type": "LineString",
                                 "coordinates": [(374505, 1605005), (374705, 1605005)]},
                    "properties": {"corridor_id": "ok"}})
    feedback = Recorder()
    result = run_algorithm(ALGORITHM, {"HAZARDS": [Q100], "CORRIDORS": str(path),
                                       "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT"}, feedback=feedback)
    corridors = {f["corridor_id"]: f for f in result["OUTPUT_CORRIDORS"].getFeatures()}
    assert set(corridors) == {"point-like", "ok"}  # no row lost
    assert null(corridors["point-like"]["wet_m_flood_depth_q100"])
    assert null(corridors["point-like"]["length_m"])
    assert corridors["ok"]["length_m"] == pytest.approx(200.0)
    assert any("1 corridors have no length" in w for w in feedback.warnings)


@pytest.mark.parametrize("parameters, message", [
    ({"HAZARD_KIND": 2, "CLASS_TABLE": "0=none,high=3"}, "the code 'high' is not a number"),
    ({"HAZARD_KIND": 2}, "CLASS_TABLE is empty"),
    ({"CLASS_THRESHOLDS": "0.5,0.2"}, "Class thresholds must be positive depths"),
    ({"SCENARIO_NAMES": "A,B,C"}, "SCENARIO_NAMES has 3 name"),
    ({"HAZARDS": []}, "No scenario"),
    ({"HAZARDS": ["NOCRS"]}, "has no coordinate reference system"),
    ({"SITES": "POINTS"}, "Sites are points: give a Site radius"),
])
def test_bad_input_is_a_clear_error_and_leaves_no_output(run_algorithm, tmp_path, parameters, message):
    nocrs = tmp_path / "nocrs.tif"
    with rasterio.open(Q10) as dataset:
        profile = dict(dataset.profile, crs=None)
        data = dataset.read(1)
    with rasterio.open(nocrs, "w", **profile) as dataset:
        dataset.write(data, 1)
    output = tmp_path / "out.gpkg"
    run = {"HAZARDS": [Q10], "SITES": SITES, "OUTPUT_SITES": str(output)}
    run.update(parameters)
    run["HAZARDS"] = [str(nocrs) if h == "NOCRS" else h for h in run["HAZARDS"]]
    if run["SITES"] == "POINTS":
        run["SITES"] = str(SAMPLE_DATA / "water_points.gpkg")
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(ALGORITHM, run)
    assert not output.exists()


def test_bad_class_table_through_qgis_process_is_a_message_not_a_traceback(qgis_process, tmp_path):
    completed = qgis_process.run(ALGORITHM, {
        "HAZARDS": Q10, "HAZARD_KIND": 2, "CLASS_TABLE": "0=none,1=low,x=high", "SITES": SITES,
        "OUTPUT_SITES": str(tmp_path / "out.gpkg")}, expect_success=False)
    text = completed.stdout + completed.stderr
    assert "the code 'x' is not a number" in text and "Traceback" not in text
    assert not (tmp_path / "out.gpkg").exists()


@pytest.mark.parametrize("at_progress", [10, 80])
def test_cancel_leaves_nothing_behind(run_algorithm, tmp_path, at_progress):
    """Cancelled while measuring (10 %) or while writing the outputs (80 %)."""
    from qgis.core import QgsProcessingUtils
    feedback = QgsProcessingFeedback()
    created, staged = [], []

    def cancel(progress):
        if progress >= at_progress and not feedback.isCanceled():
            created.extend(sorted(p.name for p in tmp_path.iterdir()))
            staged.extend(p.name for p in Path(QgsProcessingUtils.tempFolder()).glob("mali_sites_run_*/*/*"))
            feedback.cancel()
    feedback.progressChanged.connect(cancel)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, {
            "HAZARDS": [Q10, Q100], "SITES": SITES, "CORRIDORS": CORRIDORS,
            "OUTPUT_SITES": str(tmp_path / "sites.gpkg"),
            "OUTPUT_CORRIDORS": str(tmp_path / "corridors.gpkg"),
            "OUTPUT_CORRIDOR_SEGMENTS": str(tmp_path / "segments.gpkg"),
            "OUTPUT_TABLE": str(tmp_path / "t.csv")}, feedback=feedback)
    assert feedback.isCanceled()
    if at_progress == 80:  # the run had started writing, in its staging folder, not at the destination
        assert "sites.gpkg" in staged and created == []
    assert list(tmp_path.iterdir()) == []
