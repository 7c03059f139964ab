"""Bad-input suite: faults every algorithm shares (tests/bad_inputs.py)."""
from conftest import SAMPLE_DATA


def test_runner_measures_peak_memory(bad_input):
    bad_input.check("malisites:floodexposure", {
        "HAZARDS": str(SAMPLE_DATA / "flood_depth_q10.tif"), "SITES": str(SAMPLE_DATA / "sites.gpkg"),
        "POPULATION_FIELD": "individuals", "OUTPUT_SITES": str(bad_input.out / "sites.gpkg")})
    assert 50 < bad_input.peak_memory_mb < 2000
