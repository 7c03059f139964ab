"""Observed flood products (GFM rasters with their masks, EMS and UNOSAT
vectors) read through the product schemes, and national depth mosaics
behind a VRT: on the core, through processing.run and through qgis_process.
Every expected share is worked out by hand in extent_samples.py."""
import math

import fiona
import numpy as np
import pytest
import rasterio
from pyproj import Geod
from shapely.geometry import LineString, box

import extent_samples as samples
from mali_sites_plugin.flood.corridors import assess_corridors
from mali_sites_plugin.flood.observed import masks_for, observed_raster, open_mask, raster_scheme
from mali_sites_plugin.flood.products import (OBSERVED_MODEL, detect_vector_scheme, load_product_schemes,
                                              split_by_state)
from mali_sites_plugin.flood.rasters import open_hazard_raster
from mali_sites_plugin.flood.scenarios import Scenario
from mali_sites_plugin.flood.sites import assess_sites

ALGORITHM = "malisites:floodexposure"
SCHEMES = load_product_schemes()


def read_layer(path):
    with fiona.open(str(path)) as layer:
        return [dict(feature["properties"]) for feature in layer]


def vector_scenario(rows, field_names, key="obs"):
    scheme = detect_vector_scheme(SCHEMES, field_names)
    field = scheme.class_field
    observed = split_by_state(scheme, [g for g, _ in rows], [v[field] for _, v in rows])
    return Scenario(key, key, extents=[g for g, _ in rows], model=OBSERVED_MODEL, product=scheme,
                    observed=observed.by_state, precedence=SCHEMES.precedence), observed


def unosat_rows():
    rows = [(samples.strip(10 * i, 10 * (i + 1)), {"Water_Clas": v}) for i, v in enumerate(samples.UNOSAT_STRIPS)]
    return rows + [(samples.UNOSAT_OVERLAP[1], {"Water_Clas": samples.UNOSAT_OVERLAP[0]})]


def shares_of(result, i=0):
    return {"wet": result.wet_pct[i], "possibly_wet": result.possibly_wet_pct[i],
            "permanent": result.permanent_pct[i], "unknown": result.unknown_pct[i]}


# --- the schemes ------------------------------------------------------------------------------

def test_every_scheme_value_has_a_state_and_a_source():
    import json
    document = json.load(open(samples_path := str(SCHEMES.path), encoding="utf-8"))
    assert samples_path.endswith("flood_products.json")
    for key, entry in document["schemes"].items():
        assert entry["source"] and entry["confidence"] in ("verified", "secondary", "unverified")
        values = entry.get("values") or [v for layer in entry["layers"].values() for v in layer["values"]]
        for value in values:
            assert value["state"] in document["states"] and value["source"], (key, value)
    unosat = SCHEMES.schemes["unosat"]
    assert {v: unosat.state_of(v) for v in (0, 1, 2, 3, 4, 6, 99)} == {
        0: "permanent", 1: "wet", 2: "possibly_wet", 3: "wet", 4: "wet", 6: "possibly_wet", 99: "wet"}
    assert unosat.state_of(5) is None and unosat.state_of("1") == "wet"
    ems = SCHEMES.schemes["ems"]
    assert ems.state_of("Flooded area") == "wet" and ems.state_of("flood trace") == "possibly_wet"


def test_the_scheme_is_detected_from_the_fields():
    assert detect_vector_scheme(SCHEMES, ["event_type", "Notation", "area"]).key == "ems"
    assert detect_vector_scheme(SCHEMES, ["Water_Clas", "Sensor"]).key == "unosat"
    assert detect_vector_scheme(SCHEMES, ["id", "name"]) is None


# --- vectors on the core ------------------------------------------------------------------------

def test_unosat_every_class_value_has_its_share():
    scenario, observed = vector_scenario(unosat_rows(), ["Water_Clas"])
    assert not observed.unlisted
    sites = assess_sites([samples.SITE], [1000.0], samples.CRS, [scenario], OBSERVED_MODEL)
    result = sites.results["obs"]
    assert shares_of(result) == pytest.approx(samples.UNOSAT_SHARES)
    assert result.exposed_people[0] == pytest.approx(400.0)  # wet only: permanent and possibly wet are apart
    assert result.rank[0] == 3
    corridors = assess_corridors([samples.CORRIDOR], samples.CRS, [scenario], OBSERVED_MODEL)
    line = corridors.results["obs"]
    assert (line.wet_m[0], line.possibly_wet_m[0], line.permanent_m[0], line.unknown_m[0]) == pytest.approx(
        (40.0, 20.0, 10.0, 0.0))
    by_rank = {}
    for segment in corridors.segments:
        by_rank[segment.rank] = by_rank.get(segment.rank, 0.0) + segment.length_m
    assert by_rank == pytest.approx({3: 40.0, 2: 20.0, 1: 10.0, 0: 130.0})


def test_unosat_values_outside_the_scheme_are_unknown_never_dry():
    rows = unosat_rows() + [(samples.strip(70, 80), {"Water_Clas": 5})]
    scenario, observed = vector_scenario(rows, ["Water_Clas"])
    assert observed.unlisted == {5: 1}
    result = assess_sites([samples.SITE], [1000.0], samples.CRS, [scenario], OBSERVED_MODEL).results["obs"]
    assert result.unknown_pct[0] == pytest.approx(10.0) and result.wet_pct[0] == pytest.approx(40.0)


def test_ems_notation_and_a_site_never_observed():
    rows = [(samples.strip(a, b), {"notation": text}) for text, a, b in samples.EMS_STRIPS]
    scenario, _ = vector_scenario(rows, ["notation"])
    sites = assess_sites([samples.SITE, samples.EMS_UNSEEN_SITE], [1000.0, 50.0], samples.CRS, [scenario],
                         OBSERVED_MODEL)
    result = sites.results["obs"]
    assert shares_of(result, 0) == pytest.approx(samples.EMS_SHARES)
    assert result.unknown_pct[1] == pytest.approx(100.0)
    assert math.isnan(result.wet_pct[1]) and math.isnan(result.exposed_people[1]) and result.rank[1] == -1
    line = assess_corridors([samples.CORRIDOR], samples.CRS, [scenario], OBSERVED_MODEL).results["obs"]
    assert (line.wet_m[0], line.possibly_wet_m[0], line.unknown_m[0]) == pytest.approx((30.0, 20.0, 10.0))


# --- GFM rasters on the core --------------------------------------------------------------------

def gfm_scenario(paths, with_masks=True, key="d1"):
    flood = open_hazard_raster(paths[0])
    scheme, how = raster_scheme(SCHEMES, "detect", flood)
    assert (scheme.key, how) == ("gfm", "name")
    masks = masks_for(flood, scheme, [open_mask(p) for p in paths[1:]]) if with_masks else []
    return Scenario(key, key, raster=observed_raster(flood, scheme, SCHEMES.precedence, masks),
                    model=OBSERVED_MODEL, product=scheme), masks


def test_gfm_exclusion_mask_makes_cells_unknown_and_reference_water_permanent(tmp_path):
    paths = samples.write_gfm(tmp_path)
    scenario, masks = gfm_scenario(paths)
    assert [role for _, role in masks] == ["exclusion", "reference_water"]
    bare, _ = gfm_scenario(paths, with_masks=False, key="bare")
    bare_reference, _ = gfm_scenario([paths[0], paths[2]], key="ref")  # reference water only
    result = assess_sites([samples.GFM_SITE], [1000.0], samples.CRS, [scenario, bare, bare_reference],
                          OBSERVED_MODEL).results
    assert shares_of(result["d1"]) == pytest.approx(samples.GFM_SHARES)
    assert shares_of(result["ref"]) == pytest.approx(samples.GFM_SHARES_NO_MASK)
    assert result["bare"].unknown_pct[0] == pytest.approx(10.0) and result["bare"].permanent_pct[0] == 0.0
    # the corridor along row 5 (y = Y0 + 90): 100 m excluded (unknown), 100 m wet
    line = LineString([(samples.X0, samples.Y0 + 90), (samples.X0 + 200, samples.Y0 + 90)])
    corridor = assess_corridors([line], samples.CRS, [scenario], OBSERVED_MODEL).results["d1"]
    assert (corridor.wet_m[0], corridor.unknown_m[0], corridor.possibly_wet_m[0]) == pytest.approx(
        (100.0, 100.0, 0.0))


def test_gfm_masks_apply_to_their_own_date(tmp_path):
    first = samples.write_gfm(tmp_path, "20240901")
    flood = np.ones((10, 10), np.uint8)
    second = samples.write_gfm(tmp_path, "20240910", flood=flood)
    masks = [open_mask(p) for p in first[1:] + second[1:]]
    for paths in (first, second):
        raster = open_hazard_raster(paths[0])
        chosen = masks_for(raster, SCHEMES.schemes["gfm"], masks)
        assert sorted(mask.path for mask, _ in chosen) == sorted(paths[1:])


def test_a_mask_off_the_grid_is_refused(tmp_path):
    from mali_sites_plugin.common.errors import InputError
    paths = samples.write_gfm(tmp_path)
    (tmp_path / "shifted").mkdir()
    shifted = samples.write_gfm(tmp_path / "shifted", "20240901", transform=rasterio.transform.from_origin(
        samples.X0 + 5, samples.Y0 + 200, 20.0, 20.0))
    flood = open_hazard_raster(paths[0])
    with pytest.raises(InputError, match="not on the grid"):
        observed_raster(flood, SCHEMES.schemes["gfm"], SCHEMES.precedence, [(open_mask(shifted[1]), "exclusion")])


# --- through processing.run and qgis_process ----------------------------------------------------

def product_parameters(tmp_path, extents, **extra):
    parameters = {"FLOOD_EXTENTS": extents, "SITES": samples.write_sites(tmp_path / "site.gpkg"),
                  "POPULATION_FIELD": "individuals", "CORRIDORS": samples.write_lines(tmp_path / "line.gpkg"),
                  "OUTPUT_SITES": str(tmp_path / "out_sites.gpkg"),
                  "OUTPUT_CORRIDORS": str(tmp_path / "out_corridors.gpkg")}
    parameters.update(extra)
    return parameters


def test_processing_run_reads_each_product(run_algorithm, tmp_path):
    unosat = samples.write_unosat(tmp_path / "MLI_FL20240901_unosat.gpkg")
    ems = samples.write_ems(tmp_path / "EMSR700_AOI01_DEL_PRODUCT_observedEventA_r1_v1.gpkg")
    gfm = samples.write_gfm(tmp_path)
    parameters = product_parameters(tmp_path, [unosat, ems, gfm[0]], SCENARIO_NAMES="unosat,ems,gfm",
                                    OBSERVATION_MASKS=gfm[1:])
    parameters["SITES"] = samples.write_sites(tmp_path / "sites2.gpkg", ((1, samples.SITE, 1000),
                                                                          (2, samples.GFM_SITE, 1000)))
    run_algorithm(ALGORITHM, parameters)
    sites = {row["site_id"]: row for row in read_layer(parameters["OUTPUT_SITES"])}
    for key, expected in (("unosat", samples.UNOSAT_SHARES), ("ems", samples.EMS_SHARES)):
        row = sites[1]
        assert {"wet": row["wet_pct_" + key], "possibly_wet": row["possibly_wet_pct_" + key],
                "permanent": row["permanent_pct_" + key], "unknown": row["unknown_pct_" + key]} \
            == pytest.approx(expected), key
    row = sites[2]
    assert {"wet": row["wet_pct_gfm"], "possibly_wet": row["possibly_wet_pct_gfm"],
            "permanent": row["permanent_pct_gfm"], "unknown": row["unknown_pct_gfm"]} == pytest.approx(
        samples.GFM_SHARES)
    assert sites[1]["hazard_class_unosat"] == "wet" and sites[1]["worst_scenario"] == "unosat"
    corridor = read_layer(parameters["OUTPUT_CORRIDORS"])[0]
    assert (corridor["wet_m_unosat"], corridor["possibly_wet_m_unosat"], corridor["permanent_m_unosat"]) \
        == pytest.approx((40.0, 20.0, 10.0))
    assert (corridor["wet_m_ems"], corridor["unknown_m_ems"]) == pytest.approx((30.0, 10.0))


def test_plain_polygons_keep_the_old_reading(run_algorithm, tmp_path):
    ems = samples.write_ems(tmp_path / "ems.gpkg")
    parameters = product_parameters(tmp_path, [ems], EXTENT_PRODUCT=1)
    run_algorithm(ALGORITHM, parameters)
    row = read_layer(parameters["OUTPUT_SITES"])[0]
    assert row["wet_pct_ems"] == pytest.approx(60.0) and "possibly_wet_pct_ems" not in row


def test_qgis_process_with_two_dates_of_one_event(qgis_process, tmp_path):
    first = samples.write_gfm(tmp_path, "20240901")
    second = samples.write_gfm(tmp_path, "20240910", flood=np.ones((10, 10), np.uint8))
    site = samples.write_sites(tmp_path / "gfm_site.gpkg", ((1, samples.GFM_SITE, 1000),))
    output = qgis_process.run(ALGORITHM, {
        "FLOOD_EXTENTS": [first[0], second[0]], "OBSERVATION_MASKS": first[1:] + second[1:],
        "SCENARIO_NAMES": "1 sept,10 sept", "SITES": site, "POPULATION_FIELD": "individuals",
        "OUTPUT_SITES": str(tmp_path / "gfm_out.gpkg"), "OUTPUT_REPORT": str(tmp_path / "gfm.html")})
    assert output["results"]["scenarios"] == 2
    row = read_layer(tmp_path / "gfm_out.gpkg")[0]
    assert row["wet_pct_1_sept"] == pytest.approx(45.0) and row["unknown_pct_1_sept"] == pytest.approx(33.0)
    # 10 sept: all flood = 1; the exclusion mask cannot hide wet cells (an observed state wins)
    # and the reference water is permanent: 96 wet, 4 permanent
    assert row["wet_pct_10_sept"] == pytest.approx(96.0) and row["permanent_pct_10_sept"] == pytest.approx(4.0)
    assert row["worst_scenario"] == "10 sept"
    assert "observed flood product" in (tmp_path / "gfm.html").read_text(encoding="utf-8")


# --- national depth mosaic: two tiles behind a VRT ----------------------------------------------

def national_run(run_algorithm, tmp_path, hazard, name):
    sites = samples.write_sites(tmp_path / "national_sites.gpkg", samples.national_sites(), crs="EPSG:4326")
    lines = samples.write_lines(tmp_path / "national_lines.gpkg", (
        (1, LineString([(-6.4, 14.1), (-5.6, 14.4)])),   # across the zone boundary at -6
        (2, LineString([(-6.45, 14.3), (-6.05, 14.3)])),  # zone 29
        (3, LineString([(-5.95, 14.05), (-5.55, 14.45)]))), crs="EPSG:4326")  # zone 30
    output = {"OUTPUT_SITES": str(tmp_path / ("%s_sites.gpkg" % name)),
              "OUTPUT_CORRIDORS": str(tmp_path / ("%s_lines.gpkg" % name))}
    run_algorithm(ALGORITHM, dict(HAZARDS=[hazard], SCENARIO_NAMES="q100", SITES=sites,
                                  POPULATION_FIELD="individuals", CORRIDORS=lines, **output))
    return sites, read_layer(output["OUTPUT_SITES"]), read_layer(output["OUTPUT_CORRIDORS"])


def test_a_two_tile_vrt_gives_what_one_geotiff_gives(run_algorithm, tmp_path):
    vrt, single, _ = samples.write_mosaic(tmp_path)
    sites, from_vrt, lines_vrt = national_run(run_algorithm, tmp_path, vrt, "vrt")
    _, from_tif, lines_tif = national_run(run_algorithm, tmp_path, single, "tif")
    assert from_vrt == from_tif and lines_vrt == lines_tif
    assert sum(1 for row in from_vrt if row["wet_cells_q100"]) > 30  # most sites meet wet cells
    geod = Geod(ellps="WGS84")
    with fiona.open(str(tmp_path / "national_lines.gpkg")) as layer:
        for feature, row in zip(layer, lines_vrt):
            lon, lat = zip(*feature["geometry"]["coordinates"])
            assert row["length_m"] == pytest.approx(geod.line_length(lon, lat), rel=1e-3)


def test_a_two_tile_vrt_agrees_with_native_zonal_statistics(run_algorithm, tmp_path):
    vrt, _, _ = samples.write_mosaic(tmp_path)
    sites, ours, _ = national_run(run_algorithm, tmp_path, vrt, "vrt")
    peer = run_algorithm("native:zonalstatisticsfb", {
        "INPUT": sites, "INPUT_RASTER": vrt, "RASTER_BAND": 1, "COLUMN_PREFIX": "z_", "STATISTICS": [0, 6],
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    theirs = {f["site_id"]: f for f in peer.getFeatures()}
    for row in ours:
        assert row["valid_cells_q100"] == pytest.approx(theirs[row["site_id"]]["z_count"] or 0), row["site_id"]
        if row["valid_cells_q100"]:
            assert row["max_depth_q100"] == pytest.approx(theirs[row["site_id"]]["z_max"])


def test_the_python_api_reads_the_products_as_the_algorithm_does(tmp_path):
    import geopandas
    from mali_sites_plugin.api.flood import flood_exposure
    sites = geopandas.read_file(samples.write_sites(tmp_path / "s.gpkg", ((1, samples.SITE, 1000),
                                                                          (2, samples.GFM_SITE, 1000))))
    unosat = geopandas.read_file(samples.write_unosat(tmp_path / "u.gpkg"))
    gfm = samples.write_gfm(tmp_path)
    corridors = geopandas.read_file(samples.write_lines(tmp_path / "l.gpkg"))
    result = flood_exposure(sites, corridors, flood_extents=[unosat, gfm[0]], scenario_names="u,g",
                            observation_masks=gfm[1:], population_column="individuals")
    first, second = result.sites.iloc[0], result.sites.iloc[1]
    assert {"wet": first["wet_pct_u"], "possibly_wet": first["possibly_wet_pct_u"],
            "permanent": first["permanent_pct_u"], "unknown": first["unknown_pct_u"]} == pytest.approx(
        samples.UNOSAT_SHARES)
    assert {"wet": second["wet_pct_g"], "possibly_wet": second["possibly_wet_pct_g"],
            "permanent": second["permanent_pct_g"], "unknown": second["unknown_pct_g"]} == pytest.approx(
        samples.GFM_SHARES)
    assert result.corridors.iloc[0]["permanent_m_u"] == pytest.approx(10.0)
    plain = flood_exposure(sites, flood_extents=[unosat], extent_product="plain")
    assert "possibly_wet_pct_flood_extent_1" not in plain.sites.columns


def test_the_legend_of_an_observed_run_names_the_states(run_and_load, tmp_path):
    """A run of observed products only: the loaded layers' legend reads 0: dry ... 3: wet,
    not the depth classes of the hazard rasters' scheme."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    gfm = samples.write_gfm(tmp_path)
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    layers = run_and_load(ALGORITHM, product_parameters(tmp_path, [gfm[0]], OBSERVATION_MASKS=gfm[1:],
                                                        OUTPUT_SITES="TEMPORARY_OUTPUT",
                                                        OUTPUT_CORRIDORS="TEMPORARY_OUTPUT"))
    tree_layer = QgsProject.instance().layerTreeRoot().findLayer(layers["OUTPUT_SITES"].id())
    shown = [node.data(0) for node in model.layerLegendNodes(tree_layer)]
    assert shown[:4] == ["0: dry", "1: permanent water", "2: possibly wet", "3: wet"], shown


def test_a_plain_mosaic_is_read_from_its_tiles_as_gdal_reads_the_vrt(tmp_path):
    from rasterio.windows import Window
    from mali_sites_plugin.flood.rasters import WindowReader
    vrt, _, tiles = samples.write_mosaic(tmp_path)
    raster = open_hazard_raster(vrt)
    assert [tile.raster.path for tile in raster.tiles] == tiles
    with rasterio.open(vrt) as dataset:  # GDAL's own VRT reading, across the seam and the edge
        expected = dataset.read(1, window=Window(560, 100, 200, 50), boundless=True, fill_value=-9999.0)
    with WindowReader(raster) as reader:
        values, valid = reader.read(100, 560, 50, 200)
        outside, outside_valid = reader.read(-10, 1190, 20, 20)  # beyond the north-east corner
    assert np.array_equal(values, expected) and np.array_equal(valid, expected != -9999.0)
    assert not outside_valid[:10].any() and not outside_valid[:, 10:].any() and outside_valid[10:, :10].any()


def test_chunks_are_read_ahead_by_threads_on_one_file_and_on_each_tile_of_a_mosaic(tmp_path, monkeypatch):
    """A mosaic's polygons are read tile by tile, by chunks of each tile's own
    blocks: the worker threads read them and no block of a tile is read by
    two windows (two readers would decode it twice); the same cells in one
    GeoTIFF give the same statistics."""
    import threading
    from mali_sites_plugin.flood import rasters as flood_rasters, readahead
    from mali_sites_plugin.flood.hazard import hazard_model
    from mali_sites_plugin.flood.zonal import polygon_statistics
    from mali_sites_plugin.common.standards import load_hazard_schemes
    monkeypatch.setattr(flood_rasters, "CHUNK_CELLS", 128 * 128)
    monkeypatch.setattr(readahead, "READ_THREADS", 2)
    reads = []
    read_window = flood_rasters.WindowReader._read_window
    monkeypatch.setattr(flood_rasters.WindowReader, "_read_window",
                        lambda self, *window: reads.append((threading.current_thread().name, self.raster.path,
                                                            window)) or read_window(self, *window))
    vrt, single, tiles = samples.write_mosaic(tmp_path)
    schemes, default = load_hazard_schemes()
    sites = [box(-6.6, 13.6, -5.4, 14.8), box(-6.9, 14.2, -6.3, 14.9)]  # across the seam, west tile
    found = {}
    for name, path in (("mosaic", vrt), ("file", single)):
        reads.clear()
        stats = polygon_statistics(open_hazard_raster(path), sites, hazard_model("depth", schemes[default], 0.1))
        found[name] = (stats.cells.tolist(), stats.valid.tolist(), stats.wet.tolist(), stats.max_value.tolist())
        workers = {thread for thread, _, _ in reads if thread.startswith("mali-sites-read")}
        assert len(reads) > 4 and len(workers) == 2, (name, reads)
    assert {path for _, path, _ in reads} == {single}
    assert found["mosaic"] == found["file"] and found["file"][2][0] > 0
    reads.clear()
    polygon_statistics(open_hazard_raster(vrt), sites, hazard_model("depth", schemes[default], 0.1))
    assert {path for _, path, _ in reads} == set(tiles)
    for tile in tiles:  # 256 x 256 blocks (extent_samples.write_tile)
        blocks = [(row, col) for _, path, (r0, c0, r1, c1) in reads if path == tile
                  for row in range(r0 // 256, (r1 - 1) // 256 + 1) for col in range(c0 // 256, (c1 - 1) // 256 + 1)]
        assert len(blocks) == len(set(blocks)), tile


def test_a_damaged_tile_of_a_mosaic_gives_unknown_cells_and_says_so(tmp_path):
    from mali_sites_plugin.flood.rasters import read_error_notes
    vrt, _, tiles = samples.write_mosaic(tmp_path)
    data = open(tiles[1], "rb").read()
    open(tiles[1], "wb").write(data[:len(data) // 2])  # the east tile cut short
    raster = open_hazard_raster(vrt)
    from mali_sites_plugin.flood.hazard import hazard_model
    from mali_sites_plugin.common.standards import load_hazard_schemes
    schemes, default = load_hazard_schemes()
    site = box(-6.2, 14.0, -5.8, 14.4)  # half on each tile
    from mali_sites_plugin.flood.zonal import polygon_statistics
    stats = polygon_statistics(raster, [site], hazard_model("depth", schemes[default], 0.1))
    assert 0 < stats.valid[0] < stats.cells[0]  # the cut-off blocks are unknown, the west half read
    notes = read_error_notes(raster, "q100", "unreadable_blocks")
    assert notes and "depth_w006n15" in notes[0].values[3]
