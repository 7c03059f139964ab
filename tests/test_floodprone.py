"""malisites:floodprone through processing.run (plugin and QGIS's GRASS
provider loaded) and qgis_process: HAND on a synthetic V valley against its
analytic answer, drainage lines against GRASS r.watershed's own streams, and
the classed raster used as floodexposure's and sitelayout's hazard."""
import math

import numpy as np
import pytest
import rasterio
from qgis.core import QgsApplication, QgsRasterLayer, QgsVectorLayer
from rasterio.transform import from_origin

from conftest import SAMPLE_DATA, cancel_after
from mali_sites_plugin.flood.hand import load_hand_classes

ALGORITHM = "malisites:floodprone"
DEM = str(SAMPLE_DATA / "dem.tif")
CELL = 30.0
CROSS_SLOPE, DOWN_SLOPE = 0.05, 0.005  # down-valley slope < (sqrt(2) - 1) x cross slope: D8 flows straight across


def v_valley(path, rows=90, cols=61, down_slope=DOWN_SLOPE, crs="EPSG:32630"):
    """A V valley draining south, channel along the middle column, hillslopes
    of CROSS_SLOPE across and ``down_slope`` down the valley. Returns the
    horizontal distance to the channel (m) of every cell."""
    centre = cols // 2
    distance = np.abs(np.arange(cols) - centre)[None, :] * CELL + np.zeros((rows, 1))
    row = np.arange(rows)[:, None]
    elevation = 300.0 + CROSS_SLOPE * distance + down_slope * (rows - row) * CELL
    with rasterio.open(path, "w", driver="GTiff", width=cols, height=rows, count=1, dtype="float32",
                       crs=crs, transform=from_origin(400000, 1600000, CELL, CELL), nodata=-9999) as out:
        out.write(elevation.astype(np.float32), 1)
    return distance


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1, masked=True)


def run_valley(run_algorithm, tmp_path, drainage_area=0.5, down_slope=DOWN_SLOPE):
    distance = v_valley(tmp_path / "valley.tif", down_slope=down_slope)
    results = run_algorithm(ALGORITHM, {
        "INPUT": str(tmp_path / "valley.tif"), "DRAINAGE_AREA": drainage_area,
        "OUTPUT": str(tmp_path / "classes.tif"), "OUTPUT_HAND": str(tmp_path / "hand.tif"),
        "OUTPUT_DRAINAGE": str(tmp_path / "drainage.gpkg")})
    return distance, results


def valley_cells_reaching_the_channel(distance, rows_total, head=12):
    """Cells whose D8 path (one cell across and one down per step) meets the
    channel inside the grid, below its head, off the outermost columns
    (GRASS lets the outermost ring drain out of the region)."""
    rows = np.arange(rows_total)[:, None] + 0 * distance
    inside = (rows + distance / CELL <= rows_total - 2) & (rows >= head)
    inside[:, [0, -1]] = False
    return inside


def test_gentle_v_valley_hand_is_cross_slope_times_distance(grass, run_algorithm, tmp_path):
    """A V valley falling 1 m in 2 km down-valley (0.0005, a Sahel valley
    floor): HAND = cross slope x distance to the channel, within the
    down-valley drop of the path to the channel (down slope / cross slope =
    1 % of HAND; see the next test for that drop exactly)."""
    gentle = 0.0005
    distance, results = run_valley(run_algorithm, tmp_path, down_slope=gentle)
    hand = read(results["OUTPUT_HAND"])
    inside = valley_cells_reaching_the_channel(distance, hand.shape[0])
    assert inside.sum() > 1500 and not np.ma.getmaskarray(hand)[inside].any()
    np.testing.assert_allclose(hand.filled(np.nan)[inside], CROSS_SLOPE * distance[inside],
                               rtol=gentle / CROSS_SLOPE + 1e-4, atol=1e-3)
    classes = read(results["OUTPUT"])
    values = hand.filled(np.nan)[inside]
    assert (classes[inside] == np.where(values <= 5.0, 2, np.where(values <= 15.0, 1, 0))).all()
    assert results["CLASS_TABLE"] == load_hand_classes().class_table("en")


def walk_to_stream(elevation, direction, streams):
    """The oracle: for each cell, a plain walk along GRASS's direction codes
    (1..8 counter-clockwise from north-east) to the first stream cell."""
    offsets = {1: (-1, 1), 2: (-1, 0), 3: (-1, -1), 4: (0, -1), 5: (1, -1), 6: (1, 0), 7: (1, 1), 8: (0, 1)}
    rows, cols = elevation.shape
    hand = np.full(elevation.shape, np.nan)
    for r in range(rows):
        for c in range(cols):
            i, j, steps = r, c, 0
            while not streams[i, j] and direction[i, j] in offsets and steps <= rows * cols:
                i, j = i + offsets[direction[i, j]][0], j + offsets[direction[i, j]][1]
                steps += 1
                if not (0 <= i < rows and 0 <= j < cols):
                    break
            else:
                if streams[i, j]:
                    hand[r, c] = max(elevation[r, c] - elevation[i, j], 0.0)
    return hand


def test_sloping_v_valley_follows_grass_directions(grass, run_algorithm, tmp_path):
    """A V valley also sloping down-valley (0.005): HAND is the walk along
    GRASS's own flow directions to the first stream cell (a plain per-cell
    walk here, on r.stream.extract run again with the same threshold), to
    1e-4 m. GRASS's A* routing sends the water of a cell d cells from the
    channel along a diagonal path, down-valley on one side and up-valley on
    the other, so HAND lies within (cross slope -/+ down slope) x distance,
    plus the fall along the channel to its head for paths that meet the
    channel above it (head: some ten rows down, 0.5 km2 = 556 cells of 61 a row)."""
    import processing
    distance, results = run_valley(run_algorithm, tmp_path)
    hand = read(results["OUTPUT_HAND"])
    routed = processing.run("grass7:r.stream.extract", {
        "elevation": str(tmp_path / "valley.tif"), "threshold": results["THRESHOLD_CELLS"],
        "direction": str(tmp_path / "dir.tif"), "stream_raster": str(tmp_path / "st.tif"),
        "GRASS_REGION_CELLSIZE_PARAMETER": 0})
    elevation = read(str(tmp_path / "valley.tif")).filled(np.nan)
    oracle = walk_to_stream(elevation, read(routed["direction"]).filled(0),
                            ~np.ma.getmaskarray(read(routed["stream_raster"])))
    np.testing.assert_array_equal(np.ma.getmaskarray(hand), np.isnan(oracle))
    np.testing.assert_allclose(hand.filled(np.nan), oracle, atol=1e-4)
    inside = valley_cells_reaching_the_channel(distance, hand.shape[0])
    values, d = hand.filled(np.nan)[inside], distance[inside]
    assert (values >= (CROSS_SLOPE - DOWN_SLOPE) * d - 1e-3).all()
    assert (values <= (CROSS_SLOPE + DOWN_SLOPE) * d + DOWN_SLOPE * CELL * 15 + 1e-3).all()
    # the drainage line runs down the middle column
    line = QgsVectorLayer(results["OUTPUT_DRAINAGE"], "d", "ogr")
    assert line.featureCount() >= 1
    xs = [v.x() for f in line.getFeatures() for v in f.geometry().vertices()]
    assert max(abs(x - (400000 + 30.5 * CELL)) for x in xs) < 1e-6


def test_drainage_agrees_with_r_watershed_streams(grass, run_algorithm, tmp_path):
    """On the sample DEM (gentle Sahel relief), the drainage follows
    r.watershed's own streams (its default multiple-flow-direction
    accumulation, same threshold): the cells the drainage lines pass through
    and r.watershed's stream cells lie within one cell of each other; each of
    those cells has HAND 0."""
    import processing
    from scipy.ndimage import binary_dilation
    results = run_algorithm(ALGORITHM, {
        "INPUT": DEM, "DRAINAGE_AREA": 0.05, "OUTPUT": str(tmp_path / "classes.tif"),
        "OUTPUT_HAND": str(tmp_path / "hand.tif"), "OUTPUT_DRAINAGE": str(tmp_path / "drainage.gpkg")})
    watershed = processing.run("grass7:r.watershed", {
        "elevation": DEM, "threshold": results["THRESHOLD_CELLS"],
        "stream": str(tmp_path / "ws_stream.tif"), "GRASS_REGION_CELLSIZE_PARAMETER": 0})
    theirs = ~np.ma.getmaskarray(read(watershed["stream"]))
    with rasterio.open(DEM) as dataset:
        inverse = ~dataset.transform
    line = QgsVectorLayer(results["OUTPUT_DRAINAGE"], "d", "ogr")
    vertices = [inverse * (v.x(), v.y()) for f in line.getFeatures() for v in f.geometry().vertices()]
    cols, rows = (np.clip(np.floor(np.array(c)), 0, 399).astype(int) for c in zip(*vertices))
    ours = np.zeros(theirs.shape, bool)
    ours[rows, cols] = True  # r.stream.extract's lines join the centres of its stream cells
    assert ours.sum() > 1000
    assert (read(results["OUTPUT_HAND"])[ours] == 0).all()
    near_theirs, near_ours = (binary_dilation(cells, np.ones((3, 3), bool)) for cells in (theirs, ours))
    assert (ours & near_theirs).sum() / ours.sum() > 0.99
    assert (theirs & near_ours).sum() / theirs.sum() > 0.99


def test_sample_run_through_qgis_process(qgis_process, tmp_path):
    results = qgis_process.run(ALGORITHM, {
        "INPUT": DEM, "DRAINAGE_AREA": 0.05, "OUTPUT": str(tmp_path / "classes.tif"),
        "OUTPUT_HAND": str(tmp_path / "hand.tif"), "OUTPUT_DRAINAGE": str(tmp_path / "drainage.gpkg")})["results"]
    hand, classes = read(results["OUTPUT_HAND"]), read(results["OUTPUT"])
    known = ~np.ma.getmaskarray(hand)
    assert (np.ma.getmaskarray(classes) == ~known).all()
    values = hand.filled(np.nan)[known]
    assert (values >= 0).all()
    expected = np.where(values <= 5.0, 2, np.where(values <= 15.0, 1, 0))
    assert (classes.filled(255)[known] == expected).all()
    assert int(results["UNKNOWN_CELLS"]) == int((~known).sum())
    assert results["THRESHOLD_CELLS"] == 500  # 0.05 km2 / (10 m x 10 m)
    assert QgsVectorLayer(results["OUTPUT_DRAINAGE"], "d", "ogr").featureCount() > 10


def test_classed_raster_is_a_floodexposure_hazard_and_a_sitelayout_hazard(grass, run_algorithm, tmp_path):
    """The classed raster, with the run's class table, as floodexposure's
    classified hazard: each site's wet share is its share of cells in class
    1 or 2, counted here from the raster by QGIS's zonal histogram; and as
    sitelayout's HAZARD with wet threshold 1.5, the waterlogged class is
    excluded as flood-prone land."""
    results = run_algorithm(ALGORITHM, {
        "INPUT": DEM, "DRAINAGE_AREA": 0.5, "OUTPUT": str(tmp_path / "classes.tif"),
        "OUTPUT_HAND": str(tmp_path / "hand.tif"), "OUTPUT_DRAINAGE": str(tmp_path / "drainage.gpkg")})
    sites = str(SAMPLE_DATA / "sites.gpkg")
    exposure = run_algorithm("malisites:floodexposure", {
        "HAZARDS": [results["OUTPUT"]], "SCENARIO_NAMES": "HAND", "HAZARD_KIND": 2,
        "CLASS_TABLE": results["CLASS_TABLE"], "SITES": sites, "POPULATION_FIELD": "individuals",
        "OUTPUT_SITES": str(tmp_path / "exposure.gpkg")})
    histogram = run_algorithm("native:zonalhistogram", {
        "INPUT_RASTER": results["OUTPUT"], "RASTER_BAND": 1, "INPUT_VECTOR": sites,
        "COLUMN_PREFIX": "H_", "OUTPUT": str(tmp_path / "histogram.gpkg")})
    counts = {f["site_id"]: f for f in QgsVectorLayer(histogram["OUTPUT"], "h", "ogr").getFeatures()}
    checked = 0
    for feature in QgsVectorLayer(exposure["OUTPUT_SITES"], "e", "ogr").getFeatures():
        row = counts[feature["site_id"]]
        names = [n for n in row.fields().names() if n.startswith("H_")]
        total = sum(row[n] or 0 for n in names)
        wet = sum(row[n] or 0 for n in names if n in ("H_1", "H_2"))
        assert feature["wet_pct_hand"] == pytest.approx(100.0 * wet / total, abs=0.01)
        checked += 1
    assert checked >= 2
    layout = run_algorithm("malisites:sitelayout", {
        "SITE": sites, "SITE_ID_FIELD": "site_id", "POPULATION_FIELD": "individuals",
        "HAZARD": results["OUTPUT"], "WET_THRESHOLD": 1.5,
        "OUTPUT_PLOTS": "TEMPORARY_OUTPUT", "OUTPUT_EXCLUDED": str(tmp_path / "excluded.gpkg")})
    excluded = QgsVectorLayer(layout["OUTPUT_EXCLUDED"], "x", "ogr")
    reasons = {f["reason"] for f in excluded.getFeatures()}
    waterlogged = (read(results["OUTPUT"]) == 2).sum()
    assert waterlogged > 0
    assert any("flood" in str(reason) for reason in reasons), reasons


def test_cancel_leaves_nothing_behind(grass, run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException
    out = tmp_path / "out"
    out.mkdir()
    v_valley(tmp_path / "valley.tif")
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, {
            "INPUT": str(tmp_path / "valley.tif"), "DRAINAGE_AREA": 0.5,
            "OUTPUT": str(out / "classes.tif"), "OUTPUT_HAND": str(out / "hand.tif"),
            "OUTPUT_DRAINAGE": str(out / "drainage.gpkg")}, feedback=cancel_after(3))
    assert list(out.iterdir()) == []


def test_help_cites_the_sources_and_grass(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    text = algorithm.shortHelpString()
    classes = load_hand_classes()
    assert "Nobre" in text and "Rennó" in text and "unverified" in text
    assert "grass-core" in text
    assert "%g" % classes.drainage_area_km2 in text
    assert math.isinf(classes.classes[0].max_hand_m)
    layer = QgsRasterLayer(DEM, "dem")
    assert layer.isValid()


def test_outputs_load_styled(grass, run_and_load):
    """As the desktop loads them: the classed raster with one colour per class
    of the profile, labelled 'rank: name', and its legend in the layer tree
    those classes alone (no "Band 1 (Gray)" line over them); the drainage
    lines with their style."""
    from sample_runs import sample_runs
    from qgis.core import QgsLayerTreeModel, QgsPalettedRasterRenderer, QgsProject
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())  # the legend a project shows
    layers = run_and_load(ALGORITHM, sample_runs()[ALGORITHM])
    renderer = layers["OUTPUT"].renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    names = [c.name_in("en") for c in load_hand_classes().classes]
    assert [c.label for c in renderer.classes()] == ["%d: %s" % (rank, name) for rank, name in enumerate(names)]
    tree_layer = QgsProject.instance().layerTreeRoot().findLayer(layers["OUTPUT"].id())
    shown = [node.data(0) for node in model.layerLegendNodes(tree_layer)]
    assert shown == ["%d: %s" % (rank, name) for rank, name in enumerate(names)], shown
    assert layers["OUTPUT_DRAINAGE"].renderer().type() == "RuleRenderer"
