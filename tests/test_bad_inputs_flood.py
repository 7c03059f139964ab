"""Bad-input suite: malisites:floodexposure through qgis_process (tests/bad_inputs.py).

Each case builds its inputs in tmp_path from the sample data and asserts the
message (naming the layer, field or value and what to do) or, for a run that
falls back, its log line and the values it counted."""
import fiona
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window
from shapely.geometry import Point, box, mapping

from conftest import SAMPLE_DATA

ALGORITHM = "malisites:floodexposure"
Q10 = SAMPLE_DATA / "flood_depth_q10.tif"
SITES = SAMPLE_DATA / "sites.gpkg"
CORRIDORS = SAMPLE_DATA / "corridors.gpkg"


def sites_run(bad_input, hazards, **extra):
    parameters = {"HAZARDS": [str(h) for h in hazards], "SITES": str(SITES), "POPULATION_FIELD": "individuals",
                  "OUTPUT_SITES": str(bad_input.out / "sites.gpkg"), "OUTPUT_REPORT": str(bad_input.out / "r.html")}
    parameters.update(extra)
    return parameters


def read_layer(path):
    with fiona.open(path) as layer:
        return [dict(feature["properties"]) for feature in layer]


def with_statistics(path, any_valid=True):
    """``path`` with its band statistics stored beside the cells. Loading a
    raster, qgis_process (before the algorithm runs) computes them and writes
    <raster>.aux.xml beside the input when the file holds none: a QGIS
    behaviour the plugin cannot stop, which the harness would count as a
    changed input. Without any valid cell (``any_valid`` False) GDAL can only
    note that in .aux.xml, so it is written here first, as QGIS would."""
    from osgeo import gdal
    dataset = gdal.Open(str(path), gdal.GA_Update if any_valid else gdal.GA_ReadOnly)
    try:
        dataset.GetRasterBand(1).ComputeStatistics(False)
    except RuntimeError:  # with gdal.UseExceptions(): no valid cell
        pass
    dataset = None
    return path


def rewrite(path, source=Q10, statistics=True, **options):
    """The sample raster written again with other creation options (and its
    statistics: with_statistics)."""
    with rasterio.open(source) as dataset:
        profile = dict(dataset.profile)
        data = dataset.read(1)
    for key in ("tiled", "blockxsize", "blockysize", "compress", "predictor", "interleave"):
        profile.pop(key, None)
    profile.update(options)
    with rasterio.open(path, "w", **profile) as sink:
        sink.write(data, 1)
    return with_statistics(path) if statistics else path


def truncated(tmp_path, name, fraction, **options):
    # no statistics stored: storing them moves the TIFF directory to the end of the file
    whole = rewrite(tmp_path / ("whole_" + name), statistics=False, **options) if options else Q10
    data = open(whole, "rb").read()
    path = tmp_path / name
    path.write_bytes(data[:int(len(data) * fraction)])
    return path


# --- damaged rasters: cells the file does not hold are unknown, never dry ------------------------

@pytest.mark.parametrize("name, fraction, options", [
    ("q10_cut_deflate_tiled.tif", 0.45, {}),  # the sample as it is: deflate, tiles of 128
    ("q10_cut_striped.tif", 0.5, {"tiled": False, "blockysize": 8}),  # uncompressed strips: GDAL gives zeros
    ("q10_cut_tiled.tif", 0.8, {"tiled": True, "blockxsize": 64, "blockysize": 64}),
])
def test_a_truncated_raster_gives_unknown_cells_and_says_so(bad_input, tmp_path, name, fraction, options):
    raster = truncated(tmp_path, name, fraction, **options)
    printed = bad_input.check(ALGORITHM, sites_run(bad_input, [raster]),
                              logged=["could not be read", "counted as unknown", "never as dry", name[:-4],
                                      "download or export it again"])
    key = name[:-4]
    sites = read_layer(bad_input.out / "sites.gpkg")
    unknown = [site["unknown_pct_%s" % key] for site in sites]
    assert max(unknown) > 0  # the cut-off blocks under the sites are unknown
    for site in sites:  # valid cells are the cells read: wet and dry add up to them, never more
        assert site["valid_cells_%s" % key] + site["cells_%s" % key] * site["unknown_pct_%s" % key] / 100 \
            == pytest.approx(site["cells_%s" % key])
        if site["valid_cells_%s" % key] == 0:
            assert site["wet_pct_%s" % key] is None and site["exposed_people_%s" % key] is None
    assert "Traceback" not in printed


def test_a_raster_cut_before_its_first_cells_is_refused(bad_input, tmp_path):
    """GDAL cannot open it at all: qgis_process refuses it before the algorithm runs."""
    broken = tmp_path / "q10_header_only.tif"
    broken.write_bytes(Q10.read_bytes()[:200])
    bad_input.check(ALGORITHM, sites_run(bad_input, [broken]),
                    refused_with=["Incorrect parameter value for HAZARDS", "q10_header_only"])


# --- rasters that do not cover the sites -------------------------------------------------------

def test_a_raster_not_covering_the_sites_reports_unknown_not_zero(bad_input, tmp_path):
    far = rewrite(tmp_path / "far_q10.tif", transform=from_origin(474000.0, 1707000.0, 10.0, 10.0))
    printed = bad_input.check(ALGORITHM, sites_run(bad_input, [far]),
                              logged=["does not overlap any of the 3 sites", "3 sites have no known cell",
                                      "left empty, not 0"])
    for site in read_layer(bad_input.out / "sites.gpkg"):
        assert site["unknown_pct_far_q10"] == 100.0
        assert site["wet_pct_far_q10"] is None and site["exposed_people_far_q10"] is None
    assert "sites_unknown:\t3" in printed and "sites_flooded:\t0" in printed


def test_an_all_nodata_raster_reports_unknown(bad_input, tmp_path):
    with rasterio.open(Q10) as dataset:
        profile = dict(dataset.profile)
    path = tmp_path / "nodata_q10.tif"
    with rasterio.open(path, "w", **profile) as sink:
        sink.write(np.full((profile["height"], profile["width"]), profile["nodata"], "float32"), 1)
    with_statistics(path, any_valid=False)
    bad_input.check(ALGORITHM, sites_run(bad_input, [path]),
                    logged=["no valid cell under any of the 3", "3 sites have no known cell"])
    for site in read_layer(bad_input.out / "sites.gpkg"):
        assert site["exposed_people_nodata_q10"] is None and site["unknown_pct_nodata_q10"] == 100.0


# --- rasters that cannot be placed or read -----------------------------------------------------

def test_a_raster_without_crs_is_refused(bad_input, tmp_path):
    path = rewrite(tmp_path / "nocrs_q10.tif", crs=None)
    bad_input.check(ALGORITHM, sites_run(bad_input, [path]),
                    refused_with=["nocrs_q10", "no coordinate reference system", "Assign"])


@pytest.mark.parametrize("crs", [None, "EPSG:32630"])
def test_a_raster_without_geotransform_is_refused(bad_input, tmp_path, crs):
    """No geotransform, with or without a CRS: its cells are nowhere."""
    with rasterio.open(Q10) as dataset:
        data, nodata = dataset.read(1), dataset.nodata
    path = tmp_path / "nogeo_q10.tif"
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[1], height=data.shape[0], count=1,
                       dtype="float32", nodata=nodata, crs=crs) as sink:
        sink.write(data, 1)
    with_statistics(path)
    bad_input.check(ALGORITHM, sites_run(bad_input, [path]),
                    refused_with=["nogeo_q10", "no georeferencing", "Georeference it"])


def test_a_band_that_does_not_exist_is_refused(bad_input):
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10], BAND=3),
                    refused_with=["flood_depth_q10", "band 3 does not exist", "Set BAND between 1 and 1"])


# --- hazard values and scenario names ----------------------------------------------------------

def test_a_classified_raster_without_class_table_is_refused(bad_input):
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10], HAZARD_KIND=2),
                    refused_with=["CLASS_TABLE is empty", "0=none,1=low"])


@pytest.mark.parametrize("table, words", [
    ("0=none,x=high", ["'x' is not a number"]),
    ("0=none,1=low,1=high", ["the code 1 appears twice"]),
    ("0=none,1", ["'1' is not code=name"]),
    ("0=none", ["at least two code=name pairs"]),
])
def test_bad_class_table_entries_are_refused(bad_input, table, words):
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10], HAZARD_KIND=2, CLASS_TABLE=table),
                    refused_with=words)


def test_scenario_names_not_matching_the_hazards_are_refused(bad_input):
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10], SCENARIO_NAMES="Q10,Q50"),
                    refused_with=["SCENARIO_NAMES has 2 name(s) but there are 1 scenario(s)", "flood_depth_q10"])


def test_duplicate_scenario_names_are_refused(bad_input):
    q100 = SAMPLE_DATA / "flood_depth_q100.tif"
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10, q100], SCENARIO_NAMES="Q10,q10"),
                    refused_with=["'Q10' and 'q10'", "the same fields (*_q10)", "its own name"])


# --- sites and corridors ------------------------------------------------------------------------

def write_layer(path, geometries, properties, crs="EPSG:32630", geometry_type=None):
    schema = {"geometry": geometry_type or geometries[0].geom_type,
              "properties": {key: ("str" if isinstance(value, str) else "float")
                             for key, value in properties[0].items()}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=crs) as sink:
        for geometry, values in zip(geometries, properties):
            sink.write({"geometry": mapping(geometry), "properties": values})
    return path


def test_point_sites_without_radius_or_population_are_refused(bad_input, tmp_path):
    points = write_layer(tmp_path / "points.gpkg", [Point(376000, 1605000)], [{"name": "A"}])
    bad_input.check(ALGORITHM, {"HAZARDS": str(Q10), "SITES": str(points),
                                "OUTPUT_SITES": str(bad_input.out / "s.gpkg")},
                    refused_with=["give a Site radius (SITE_RADIUS", "POPULATION_FIELD"])


def test_a_negative_radius_is_refused(bad_input, tmp_path):
    points = write_layer(tmp_path / "points.gpkg", [Point(376000, 1605000)], [{"name": "A"}])
    bad_input.check(ALGORITHM, {"HAZARDS": str(Q10), "SITES": str(points), "SITE_RADIUS": -50,
                                "OUTPUT_SITES": str(bad_input.out / "s.gpkg")},
                    refused_with=["SITE_RADIUS"])


def test_population_field_of_text_is_logged_and_left_empty(bad_input, tmp_path):
    sites = write_layer(tmp_path / "text_people.gpkg", [box(375000, 1604000, 375500, 1604500),
                                                         box(376000, 1605000, 376400, 1605400)],
                        [{"people": "about 300"}, {"people": "1200"}])
    bad_input.check(ALGORITHM, {"HAZARDS": str(Q10), "SITES": str(sites), "POPULATION_FIELD": "people",
                                "OUTPUT_SITES": str(bad_input.out / "s.gpkg")},
                    logged=["1 sites have no number in field 'people'", "about 300", "Choose a field"])
    first, second = read_layer(bad_input.out / "s.gpkg")
    assert first["exposed_people_flood_depth_q10"] is None
    assert second["exposed_people_flood_depth_q10"] == pytest.approx(1200 * second["wet_pct_flood_depth_q10"] / 100)


def test_a_population_field_the_layer_lacks_is_refused(bad_input):
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10], POPULATION_FIELD="personnes"),
                    refused_with=["(POPULATION_FIELD)", "no field 'personnes'", "individuals", "Give one of them"])


def test_an_empty_sites_layer_is_refused(bad_input, tmp_path):
    path = tmp_path / "no_sites.gpkg"
    schema = {"geometry": "Polygon", "properties": {"individuals": "int"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs="EPSG:32630"):
        pass
    bad_input.check(ALGORITHM, {"HAZARDS": str(Q10), "SITES": str(path), "POPULATION_FIELD": "individuals",
                                "OUTPUT_SITES": str(bad_input.out / "s.gpkg")},
                    refused_with=["no_sites", "has no features", "at least one feature"])


def test_sites_mixing_points_and_polygons_are_refused(bad_input, tmp_path):
    path = write_layer(tmp_path / "mixed.gpkg", [Point(376000, 1605000), box(375000, 1604000, 375500, 1604500)],
                       [{"name": "A"}, {"name": "B"}], geometry_type="Unknown")
    bad_input.check(ALGORITHM, {"HAZARDS": str(Q10), "SITES": str(path), "SITE_RADIUS": 100,
                                "OUTPUT_SITES": str(bad_input.out / "s.gpkg")},
                    refused_with=["mixed", "mixes 1 point(s) and 1 polygon(s)", "one kind of geometry"])


def test_corridors_given_as_polygons_are_refused(bad_input):
    bad_input.check(ALGORITHM, {"HAZARDS": str(Q10), "CORRIDORS": str(SITES),
                                "OUTPUT_CORRIDORS": str(bad_input.out / "c.gpkg")},
                    refused_with=["polygon", "lines"])


def test_a_hazard_in_a_very_different_crs_gives_the_same_answer(bad_input, tmp_path):
    """The sample raster warped to Web Mercator (nearest cell): the shares of
    the sites agree with the UTM run to within the cells the warp moved."""
    from rasterio.warp import Resampling, calculate_default_transform, reproject
    path = tmp_path / "q10_mercator.tif"
    with rasterio.open(Q10) as source:
        transform, width, height = calculate_default_transform(source.crs, "EPSG:3857", source.width,
                                                               source.height, *source.bounds)
        profile = dict(source.profile, crs="EPSG:3857", transform=transform, width=width, height=height)
        with rasterio.open(path, "w", **profile) as sink:
            reproject(rasterio.band(source, 1), rasterio.band(sink, 1), resampling=Resampling.nearest)
    with_statistics(path)
    bad_input.check(ALGORITHM, sites_run(bad_input, [Q10, path], SCENARIO_NAMES="utm,mercator"),
                    logged=["Pseudo-Mercator"])
    for site in read_layer(bad_input.out / "sites.gpkg"):
        assert site["unknown_pct_mercator"] == pytest.approx(site["unknown_pct_utm"], abs=1.0)
        assert site["wet_pct_mercator"] == pytest.approx(site["wet_pct_utm"], abs=2.0)


# --- memory ------------------------------------------------------------------------------------

def big_raster(path, size):
    """A depth raster of size x size 10 m cells around the sample sites, tiled, uncompressed."""
    with rasterio.open(path, "w", driver="GTiff", width=size, height=size, count=1, dtype="float32",
                       crs="EPSG:32630", transform=from_origin(376000.0 - 5.0 * size, 1605000.0 + 5.0 * size, 10, 10),
                       nodata=-9999.0, tiled=True, blockxsize=256, blockysize=256) as sink:
        x = np.arange(size, dtype="float32")[None, :]
        for row in range(0, size, 1024):
            rows = min(1024, size - row)
            y = np.arange(row, row + rows, dtype="float32")[:, None]
            sink.write((np.sin(x / 50.0) * np.cos(y / 70.0) + 0.5).astype("float32"), 1,
                       window=Window(0, row, size, rows))
    return with_statistics(path)


def test_peak_memory_does_not_grow_with_the_raster(bad_input, tmp_path):
    """Sites spread over a raster, then over one 4 times larger (2 x 2 the
    side): peak memory stays flat (windows of blocks, never the whole)."""
    peaks = []
    for size in (4000, 8000):
        raster = big_raster(tmp_path / ("big_%d.tif" % size), size)
        span = 5.0 * size - 1000
        sites = [box(376000 + dx - 300, 1605000 + dy - 300, 376000 + dx + 300, 1605000 + dy + 300)
                 for dx in np.linspace(-span, span, 10) for dy in np.linspace(-span, span, 10)]
        layer = write_layer(tmp_path / ("sites_%d.gpkg" % size), sites, [{"people": 100.0}] * len(sites))
        bad_input.check(ALGORITHM, {"HAZARDS": str(raster), "SITES": str(layer), "POPULATION_FIELD": "people",
                                    "OUTPUT_SITES": str(bad_input.out / ("s_%d.gpkg" % size))})
        peaks.append(bad_input.peak_memory_mb)
    assert peaks[1] < peaks[0] * 1.1 + 20, peaks
