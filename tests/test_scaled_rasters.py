"""Rasters whose cells are stored scaled (GDAL's scale and offset: depths in
centimetres with a scale of 0.01) were read as stored: 100 times too deep,
a 0.29 m site classed 'high'. They are refused, saying how to write the real
values; the file so written gives the depths QGIS's own zonal statistics
read from the scaled one (QGIS applies the scale)."""
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from conftest import SAMPLE_DATA
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.flood.handrun import inspect_dem

DEPTH, SITES = str(SAMPLE_DATA / "flood_depth_q100.tif"), str(SAMPLE_DATA / "sites.gpkg")
REFUSED = "stores its cells scaled \\(real value = cell x 0.01 \\+ 0\\.?0?\\).*gdal_translate -unscale -ot Float32"


def in_centimetres(source, path):
    """``source``'s values as whole centimetres (UInt16) with a scale of 0.01."""
    dataset = gdal.Open(source)
    band = dataset.GetRasterBand(1)
    values, nodata = band.ReadAsArray(), band.GetNoDataValue()
    cm = np.where(values == nodata, 65535, np.round(np.clip(values, 0, None) * 100)).astype("uint16")
    out = gdal.GetDriverByName("GTiff").Create(str(path), dataset.RasterXSize, dataset.RasterYSize, 1, gdal.GDT_UInt16)
    out.SetGeoTransform(dataset.GetGeoTransform())
    out.SetProjection(dataset.GetProjection())
    written = out.GetRasterBand(1)
    written.WriteArray(cm)
    written.SetNoDataValue(65535)
    written.SetScale(0.01)
    out.FlushCache()
    return str(path)


def test_a_scaled_depth_raster_is_refused_and_its_unscaled_copy_agrees_with_qgis(run_algorithm, tmp_path):
    scaled = in_centimetres(DEPTH, tmp_path / "depth_cm.tif")
    parameters = {"HAZARDS": [scaled], "SCENARIO_NAMES": "Q100", "SITES": SITES, "OUTPUT_SITES": str(tmp_path / "out.gpkg")}
    with pytest.raises(QgsProcessingException, match="Raster 'depth_cm' " + REFUSED):
        run_algorithm("malisites:floodexposure", parameters)
    assert not (tmp_path / "out.gpkg").exists()
    unscaled = str(tmp_path / "depth_m.tif")
    gdal.Translate(unscaled, scaled, unscale=True, outputType=gdal.GDT_Float32).FlushCache()  # what the message says
    ours = run_algorithm("malisites:floodexposure", dict(parameters, HAZARDS=[unscaled], OUTPUT_SITES="TEMPORARY_OUTPUT"))
    peer = run_algorithm("native:zonalstatisticsfb", {"INPUT": SITES, "INPUT_RASTER": scaled, "RASTER_BAND": 1,
                                                      "STATISTICS": [6], "OUTPUT": "TEMPORARY_OUTPUT"})
    maxima = {f["site_id"]: f["max_depth_q100"] for f in ours["OUTPUT_SITES"].getFeatures()}
    expected = {f["site_id"]: f["_max"] for f in peer["OUTPUT"].getFeatures()}
    known = [site for site, depth in expected.items() if depth]
    assert len(known) >= 2 and all(maxima[site] == pytest.approx(expected[site], abs=1e-6) for site in known)


def test_a_scaled_hazard_for_sitelayout_is_refused(run_algorithm, tmp_path):
    scaled = in_centimetres(DEPTH, tmp_path / "hazard_cm.tif")
    with pytest.raises(QgsProcessingException, match="Raster 'hazard_cm' " + REFUSED):
        run_algorithm("malisites:sitelayout", {"SITE": SITES, "HAZARD": scaled, "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})


def test_a_scaled_dem_is_refused_before_grass_routes_it(tmp_path):
    scaled = in_centimetres(str(SAMPLE_DATA / "dem.tif"), tmp_path / "dem_cm.tif")
    with pytest.raises(InputError, match="Raster 'dem_cm' " + REFUSED):
        inspect_dem(scaled, label="dem_cm")
