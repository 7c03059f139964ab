"""Bad-input suite for malisites:floodprone (tests/bad_inputs.py): each case
one qgis_process run, inputs built in tmp_path."""
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from bad_inputs import BadInputRunner
from conftest import QgisProcess, SAMPLE_DATA, make_profile_dir

ALGORITHM = "malisites:floodprone"


def write_dem(path, values, crs="EPSG:32630", transform=None, nodata=-9999.0):
    """``values``: rows x cols (one band) or rows x cols x bands."""
    bands = np.atleast_3d(np.asarray(values, dtype=np.float32)).transpose(2, 0, 1)
    with rasterio.open(path, "w", driver="GTiff", width=bands.shape[2], height=bands.shape[1],
                       count=bands.shape[0], dtype="float32", crs=crs, nodata=nodata,
                       transform=transform or from_origin(400000, 1600000, 30, 30)) as out:
        out.write(bands)
    return str(path)


def valley(rows=60, cols=41):
    distance = np.abs(np.arange(cols) - cols // 2)[None, :] * 30.0 + np.zeros((rows, 1))
    return 300 + 0.05 * distance + 0.005 * 30 * (rows - np.arange(rows)[:, None])


def parameters(dem, out, **more):
    return dict({"INPUT": dem, "DRAINAGE_AREA": 0.3, "OUTPUT": str(out / "classes.tif"),
                 "OUTPUT_HAND": str(out / "hand.tif"), "OUTPUT_DRAINAGE": str(out / "drainage.gpkg")},
                **more)


def test_dem_without_crs(bad_input, tmp_path):
    dem = write_dem(tmp_path / "nocrs.tif", valley(), crs=None)
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out),
                    refused_with=["'nocrs'", "no coordinate reference system", "Assign Projection"])


def test_dem_in_degrees_is_used_as_it_is(bad_input, tmp_path):
    """A DEM in EPSG:4326 (as SRTM and Copernicus DEM come): HAND needs no
    projection; the drainage area becomes cells by the geodesic cell area at
    the DEM's centre (1 arc-second at 15 N: about 30.9 m x 29.9 m)."""
    cell = 1 / 3600.0
    dem = write_dem(tmp_path / "degrees.tif", valley(), crs="EPSG:4326",
                    transform=from_origin(-4.0, 15.0, cell, cell))
    printed = bad_input.check(ALGORITHM, parameters(dem, bad_input.out),
                              logged=["in degrees", "geodesic area of a cell"])
    area = float(printed.split("a cell is ")[1].split(" m2")[0])
    assert 900 < area < 935, area
    with rasterio.open(bad_input.out / "hand.tif") as dataset:
        assert dataset.crs.to_epsg() == 4326
        assert np.nanmax(dataset.read(1, masked=True)) > 0


def test_all_nodata_dem(bad_input, tmp_path):
    dem = write_dem(tmp_path / "empty.tif", np.full((40, 40), -9999.0))
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out),
                    refused_with=["'empty'", "holds no data", "nodata value"])


def test_flat_dem(bad_input, tmp_path):
    dem = write_dem(tmp_path / "flat.tif", np.full((40, 40), 265.0))
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out),
                    refused_with=["'flat'", "is flat", "265 m", "relief"])


def test_tiny_dem(bad_input, tmp_path):
    dem = write_dem(tmp_path / "tiny.tif", valley(rows=4, cols=5))
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out),
                    refused_with=["'tiny'", "5 x 4 cells", "at least 10 x 10"])


def test_drainage_area_larger_than_the_dem(bad_input, tmp_path):
    dem = write_dem(tmp_path / "small.tif", valley(rows=20, cols=20))
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out, DRAINAGE_AREA=5),
                    refused_with=["'small'", "less than the drainage area of 5 km2", "Lower the drainage area"])


def test_a_band_that_does_not_exist(bad_input):
    bad_input.check(ALGORITHM, parameters(str(SAMPLE_DATA / "dem.tif"), bad_input.out, BAND=3),
                    refused_with=["'dem'", "has 1 band(s)", "no band 3"])


def test_second_band_of_a_two_band_dem(bad_input, tmp_path):
    """Band 2 holds the valley, band 1 is flat: the run uses band 2 (GRASS
    reads band 1 of a file, so the band is copied out first)."""
    values = np.dstack([np.full((60, 41), 1.0), valley()])
    dem = write_dem(tmp_path / "two_bands.tif", values)
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out, BAND=2), logged=["Class 2"])
    with rasterio.open(bad_input.out / "hand.tif") as dataset:
        assert np.nanmax(dataset.read(1, masked=True)) > 1.0


def test_killed_run_leaves_the_output_folder_as_it_was(bad_input, tmp_path):
    (bad_input.out / "classes.tif").write_bytes(b"an older result")
    dem = write_dem(tmp_path / "valley.tif", valley())
    bad_input.check(ALGORITHM, parameters(dem, bad_input.out), kill_at_percent=80)


@pytest.fixture
def without_grass(tmp_path_factory):
    """A profile where QGIS's GRASS provider plugin is not enabled."""
    root = make_profile_dir(tmp_path_factory.mktemp("profile_without_grass"))
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.write_text("[PythonPlugins]\nmali_sites = true\n")
    return QgisProcess(root)


def test_without_grass_the_message_says_how_to_get_it(without_grass, tmp_path):
    runner = BadInputRunner(without_grass, tmp_path)
    runner.check(ALGORITHM, parameters(str(SAMPLE_DATA / "dem.tif"), runner.out),
                 refused_with=["needs GRASS GIS", "apt install grass-core", "GRASS GIS provider",
                               "Windows and macOS"])
