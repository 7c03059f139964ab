"""Sites drawn with heights and measures (PolygonZM, as a GPS track or a KML
file gives them) are planned, measured and printed as the same outlines
without them; the outputs that copy the sites keep their geometry type."""
import pytest

from conftest import SAMPLE_DATA

SITES = str(SAMPLE_DATA / "sites.gpkg")


@pytest.fixture
def sites_with_heights(run_algorithm):
    with_z = run_algorithm("native:setzvalue", {"INPUT": SITES, "Z_VALUE": 271.5, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return run_algorithm("native:setmvalue", {"INPUT": with_z, "M_VALUE": 3.0, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def both(run_algorithm, sites_with_heights, algorithm, parameters, site_parameter):
    """The results of ``algorithm`` on the flat sample sites and on the same sites with heights."""
    return [run_algorithm(algorithm, dict(parameters, **{site_parameter: sites})) for sites in (SITES, sites_with_heights)]


def test_sitelayout_plans_a_site_with_heights_as_the_flat_one(run_algorithm, sites_with_heights):
    flat, high = both(run_algorithm, sites_with_heights, "malisites:sitelayout",
                      {"SITE_ID_FIELD": "site_id", "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"}, "SITE")
    assert high["sites_planned"] == flat["sites_planned"] == 3
    assert high["planned_people"] == flat["planned_people"] > 0


def test_floodexposure_measures_sites_with_heights_as_the_flat_ones(run_algorithm, sites_with_heights):
    flat, high = both(run_algorithm, sites_with_heights, "malisites:floodexposure", {
        "HAZARDS": [str(SAMPLE_DATA / "flood_depth_q100.tif")], "POPULATION_FIELD": "individuals",
        "OUTPUT_SITES": "TEMPORARY_OUTPUT"}, "SITES")
    rows = [{f["site_id"]: f.attributes()[-12:] for f in result["OUTPUT_SITES"].getFeatures()} for result in (flat, high)]
    assert rows[0] == rows[1] and len(rows[0]) == 3
    assert high["OUTPUT_SITES"].wkbType() == sites_with_heights.wkbType()  # the sites as they were given


def test_washcoverage_and_printsitemap_take_a_site_with_heights(run_algorithm, sites_with_heights, tmp_path):
    flat, high = both(run_algorithm, sites_with_heights, "malisites:washcoverage", {
        "SHELTERS": str(SAMPLE_DATA / "shelters.gpkg"), "POPULATION_FIELD": "people",
        "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"), "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"),
        "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_LATRINES": "TEMPORARY_OUTPUT"}, "SITE")
    assert (high["people"], high["pct_within_water_distance"]) == (flat["people"], flat["pct_within_water_distance"])
    printed = run_algorithm("malisites:printsitemap", {"SITE": sites_with_heights, "OUTPUT": str(tmp_path / "maps.pdf")})
    assert printed["pages"] == 3
