"""Bad-input suite: observed flood products and national depth mosaics in
malisites:floodexposure, through qgis_process (tests/bad_inputs.py).

Refused inputs are refused with a message naming the layer, field, value or
tile and what to do; inputs read with a fallback say so in the log and the
values they give are checked."""
import os
import shutil

import fiona
import pytest
from rasterio.transform import from_origin

import extent_samples as samples
from test_bad_inputs_flood import with_statistics

ALGORITHM = "malisites:floodexposure"
EMS_INDEX = 2  # EXTENT_PRODUCT: detect, plain, then the schemes of flood_products.json (ems first)


def read_layer(path):
    with fiona.open(str(path)) as layer:
        return [dict(feature["properties"]) for feature in layer]


def copy_as(path, target, driver):
    """A vector file written again in ``driver`` (products arrive as shapefiles and GeoJSON)."""
    with fiona.open(str(path)) as source:
        with fiona.open(str(target), "w", driver=driver, schema=source.schema, crs=source.crs) as sink:
            sink.writerecords(source)
    return str(target)


def run(bad_input, tmp_path, extents, **extra):
    parameters = {"FLOOD_EXTENTS": extents, "SITES": samples.write_sites(tmp_path / "site.gpkg"),
                  "POPULATION_FIELD": "individuals", "OUTPUT_SITES": str(bad_input.out / "sites.gpkg"),
                  "OUTPUT_REPORT": str(bad_input.out / "report.html")}
    parameters.update(extra)
    return parameters


def ems_without_notation(tmp_path):
    (tmp_path / "work").mkdir(exist_ok=True)
    gpkg = samples.write_ems(tmp_path / "work" / "ems.gpkg", with_notation=False)
    return copy_as(gpkg, tmp_path / "EMSR700_AOI01_DEL_PRODUCT_observedEventA_r1_v1.geojson", "GeoJSON")


def test_an_ems_layer_without_notation_is_refused_when_ems_is_chosen(bad_input, tmp_path):
    ems = ems_without_notation(tmp_path)
    bad_input.check(ALGORITHM, run(bad_input, tmp_path, [ems], EXTENT_PRODUCT=EMS_INDEX),
                    refused_with=["EMSR700_AOI01", "no field 'notation'", "obj_desc", "EXTENT_PRODUCT"])


def test_an_ems_layer_without_notation_falls_back_to_plain_polygons_and_says_so(bad_input, tmp_path):
    ems = ems_without_notation(tmp_path)
    bad_input.check(ALGORITHM, run(bad_input, tmp_path, [ems]),
                    logged=["none of the class fields", "notation, Water_Clas", "every polygon counts as wet"])
    site = read_layer(bad_input.out / "sites.gpkg")[0]
    key = "emsr700_aoi01_del_product_observedeventa_r1_v1"
    assert site["wet_pct_" + key] == pytest.approx(60.0)  # the three strips, all wet


def test_unosat_values_outside_the_scheme_are_unknown_and_named(bad_input, tmp_path):
    (tmp_path / "work").mkdir()
    odd = [(samples.strip(70, 80), {"Water_Clas": 5}), (samples.strip(80, 85), {"Water_Clas": 7})]
    gpkg = samples.write_unosat(tmp_path / "work" / "unosat.gpkg", extra=odd)
    shapefile = copy_as(gpkg, tmp_path / "FL20240901MLI_FloodExtent.shp", "ESRI Shapefile")
    bad_input.check(ALGORITHM, run(bad_input, tmp_path, [shapefile], SCENARIO_NAMES="sept"),
                    logged=["2 polygons have Water_Clas values the unosat scheme does not list (5, 7)",
                            "counts as unknown", "PRODUCT_SCHEMES"])
    site = read_layer(bad_input.out / "sites.gpkg")[0]
    assert site["unknown_pct_sept"] == pytest.approx(15.0) and site["wet_pct_sept"] == pytest.approx(40.0)
    assert site["permanent_pct_sept"] == pytest.approx(10.0) and site["possibly_wet_pct_sept"] == pytest.approx(20.0)


def test_a_gfm_raster_without_its_exclusion_mask_warns(bad_input, tmp_path):
    flood, _, reference = (with_statistics(p) for p in samples.write_gfm(tmp_path))
    site = samples.write_sites(tmp_path / "gfm_site.gpkg", ((1, samples.GFM_SITE, 1000),))
    bad_input.check(ALGORITHM, run(bad_input, tmp_path, [flood], SCENARIO_NAMES="gfm", SITES=site,
                                   OBSERVATION_MASKS=[reference]),
                    logged=["has no exclusion mask", "count as observed dry", "GFM_REFERENCE_WATER"])
    row = read_layer(bad_input.out / "sites.gpkg")[0]
    assert row["unknown_pct_gfm"] == pytest.approx(8.0) and row["permanent_pct_gfm"] == pytest.approx(4.0)


def test_a_mask_off_the_flood_grid_is_refused(bad_input, tmp_path):
    flood = with_statistics(samples.write_gfm(tmp_path)[0])
    (tmp_path / "other").mkdir()
    shifted = samples.write_gfm(tmp_path / "other", transform=from_origin(samples.X0 + 5, samples.Y0 + 200, 20, 20))
    bad_input.check(ALGORITHM, run(bad_input, tmp_path, [flood], OBSERVATION_MASKS=[with_statistics(shifted[1])]),
                    refused_with=["GFM_EXCLUSION_MASK_20240901T054500", "not on the grid", "gdalwarp"])


def national(bad_input, tmp_path, vrt):
    return {"HAZARDS": [vrt], "SITES": samples.write_sites(tmp_path / "national.gpkg", samples.national_sites(10),
                                                          crs="EPSG:4326"),
            "OUTPUT_SITES": str(bad_input.out / "sites.gpkg")}


def test_a_vrt_with_a_missing_tile_is_refused_naming_the_tile(bad_input, tmp_path):
    vrt, single, tiles = samples.write_mosaic(tmp_path)
    os.remove(single)
    with_statistics(vrt)
    shutil.move(tiles[1], tmp_path / "elsewhere.tif")
    bad_input.check(ALGORITHM, national(bad_input, tmp_path, vrt),
                    refused_with=["depth_mali", "depth_w006n15.tif", "does not exist", "gdalbuildvrt"])


def test_a_vrt_of_tiles_in_different_crs_is_refused(bad_input, tmp_path):
    vrt, _, tiles = samples.write_mosaic(tmp_path, east_crs="EPSG:32630")
    with_statistics(vrt)
    bad_input.check(ALGORITHM, national(bad_input, tmp_path, vrt),
                    refused_with=["depth_w006n15.tif", "UTM zone 30N", "WGS 84", "gdalwarp -t_srs"])


def test_a_good_two_tile_vrt_runs_through_qgis_process(bad_input, tmp_path):
    """The same mosaic, whole: every site gets its cells."""
    vrt, _, _ = samples.write_mosaic(tmp_path)
    with_statistics(vrt)
    printed = bad_input.check(ALGORITHM, national(bad_input, tmp_path, vrt))
    assert "sites_assessed:\t11" in printed
    rows = read_layer(bad_input.out / "sites.gpkg")
    assert len(rows) == 11 and all(row["cells_depth_mali"] > 0 for row in rows)
