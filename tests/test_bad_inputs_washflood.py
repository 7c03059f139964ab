"""Bad-input suite: malisites:washcoverage with flood scenarios, through
qgis_process (tests/bad_inputs.py): a hazard raster that does not cover the
site, scenario names that do not match the scenarios, a classified raster
without its class table, and a latrine on unknown land (logged)."""
import numpy as np
import rasterio
from rasterio.transform import from_origin

from conftest import SAMPLE_DATA
from test_bad_inputs_flood import with_statistics

ALGORITHM = "malisites:washcoverage"
Q10 = SAMPLE_DATA / "flood_depth_q10.tif"


def wash_run(bad_input, hazards, **extra):
    parameters = {"SHELTERS": str(SAMPLE_DATA / "shelters.gpkg"), "POPULATION_FIELD": "people",
                  "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"), "WATER_TYPE_FIELD": "type",
                  "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"), "SUGGEST_WATER_POINTS": 0,
                  "SUGGEST_LATRINES": 0, "HAZARDS": [str(h) for h in hazards],
                  "OUTPUT_SHELTERS": str(bad_input.out / "shelters.gpkg"),
                  "OUTPUT_WATER_POINTS": str(bad_input.out / "water_points.gpkg"),
                  "OUTPUT_LATRINES": str(bad_input.out / "latrines.gpkg"),
                  "OUTPUT_REPORT": str(bad_input.out / "report.html")}
    parameters.update(extra)
    return parameters


def test_a_hazard_raster_that_does_not_cover_the_site_is_refused(bad_input, tmp_path):
    with rasterio.open(Q10) as dataset:
        crs, transform = dataset.crs, dataset.transform
    far = tmp_path / "far_q10.tif"
    with rasterio.open(far, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32", crs=crs,
                       transform=from_origin(transform.c + 200000.0, transform.f, 10.0, 10.0),
                       nodata=-9999.0) as sink:
        sink.write(np.ones((4, 4), dtype="float32"), 1)
    with_statistics(far)
    bad_input.check(ALGORITHM, wash_run(bad_input, [far]),
                    refused_with=["far_q10", "does not cover the site", "check its CRS"])


def test_scenario_names_that_do_not_match_the_scenarios_are_refused(bad_input):
    bad_input.check(ALGORITHM, wash_run(bad_input, [Q10], SCENARIO_NAMES="Q10,Q50"),
                    refused_with=["SCENARIO_NAMES has 2 name(s)", "1 scenario(s)", "one name per hazard raster"])


def test_a_classified_raster_without_its_class_table_is_refused(bad_input):
    bad_input.check(ALGORITHM, wash_run(bad_input, [Q10], HAZARD_KIND=2),
                    refused_with=["classified", "CLASS_TABLE is empty", "0=none,1=low"])


def test_a_latrine_on_unknown_land_is_logged_as_service_unknown(bad_input, tmp_path):
    import fiona
    with fiona.open(SAMPLE_DATA / "latrines.gpkg") as layer:
        x, y = next(iter(layer))["geometry"]["coordinates"][:2]
        latrine_crs = layer.crs_wkt
    with rasterio.open(Q10) as dataset:
        profile, data = dict(dataset.profile), dataset.read(1)
        from rasterio.warp import transform as warp
        xs, ys = warp(latrine_crs, dataset.crs, [x], [y])
        row, col = dataset.index(xs[0], ys[0])
    data[row, col] = profile["nodata"] if profile.get("nodata") is not None else -9999.0
    profile.setdefault("nodata", -9999.0)
    holed = tmp_path / "holed_q10.tif"
    with rasterio.open(holed, "w", **profile) as sink:
        sink.write(data, 1)
    with_statistics(holed)
    printed = bad_input.check(ALGORITHM, wash_run(bad_input, [holed], SCENARIO_NAMES="Q10"),
                              logged=["Scenario 'Q10': 1 latrine(s) on unknown land", "service unknown",
                                      "never counted as dry"])
    assert "unknown_latrines_q10:\t1\n" in printed and "latrine_unknown_people_q10:\t" in printed
