"""One run of every algorithm on resources/sample_data, for the compliance test
and the demo. Every algorithm of the provider must have an entry here."""
from conftest import SAMPLE_DATA

STYLED = {  # algorithm -> its outputs that carry a style (floodprone: tests/test_floodprone.py)
    "malisites:importdtmsites": ("OUTPUT",),
    "malisites:washcoverage": ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES",
                               "OUTPUT_GAPS", "OUTPUT_SUGGESTED"),
    "malisites:floodexposure": ("OUTPUT_SITES", "OUTPUT_CORRIDORS", "OUTPUT_CORRIDOR_SEGMENTS"),
    "malisites:sitelayout": ("OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS", "OUTPUT_ROADS",
                             "OUTPUT_FIREBREAKS", "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED"),
}


def sample_runs():
    return {
        "malisites:importdtmsites": {
            "INPUT": str(SAMPLE_DATA / "dtm_sites_mopti.csv"),
            "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"},
        "malisites:washcoverage": {
            "SHELTERS": str(SAMPLE_DATA / "shelters.gpkg"), "POPULATION_FIELD": "people",
            "SITE": str(SAMPLE_DATA / "sites.gpkg"),
            "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"), "WATER_ID_FIELD": "wp_id",
            "WATER_TYPE_FIELD": "type", "FUNCTIONAL_FIELD": "functional",
            "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"), "LATRINE_ID_FIELD": "latrine_id",
            "CUBICLES_FIELD": "cubicles", "GENDER_FIELD": "gender",
            "LATRINE_FUNCTIONAL_FIELD": "functional",
            "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT",
            "OUTPUT_LATRINES": "TEMPORARY_OUTPUT", "OUTPUT_GAPS": "TEMPORARY_OUTPUT",
            "OUTPUT_SUGGESTED": "TEMPORARY_OUTPUT"},
        "malisites:printsitemap": {
            "SITE": str(SAMPLE_DATA / "sites.gpkg"),
            "LAYERS": [str(SAMPLE_DATA / name) for name in
                       ("water_points.gpkg", "latrines.gpkg", "shelters.gpkg")],
            "OUTPUT": "TEMPORARY_OUTPUT"},
        "malisites:printoverview": {
            "SITE": str(SAMPLE_DATA / "sites_flood_exposure.gpkg"), "OUTPUT": "TEMPORARY_OUTPUT"},
        "malisites:floodexposure": {
            "HAZARDS": [str(SAMPLE_DATA / "flood_depth_q10.tif"),
                        str(SAMPLE_DATA / "flood_depth_q100.tif")],
            "SCENARIO_NAMES": "Q10,Q100", "SITES": str(SAMPLE_DATA / "sites.gpkg"),
            "POPULATION_FIELD": "individuals", "CORRIDORS": str(SAMPLE_DATA / "corridors.gpkg"),
            "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT",
            "OUTPUT_CORRIDOR_SEGMENTS": "TEMPORARY_OUTPUT"},
        "malisites:floodprone": {
            "INPUT": str(SAMPLE_DATA / "dem.tif"), "DRAINAGE_AREA": 0.05,
            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_HAND": "TEMPORARY_OUTPUT",
            "OUTPUT_DRAINAGE": "TEMPORARY_OUTPUT"},
        "malisites:sitelayout": {
            "SITE": str(SAMPLE_DATA / "sites.gpkg"), "SITE_ID_FIELD": "site_id",
            "POPULATION_FIELD": "individuals", "EXCLUSIONS": str(SAMPLE_DATA / "exclusions.gpkg"),
            "HAZARD": str(SAMPLE_DATA / "flood_depth_q100.tif"), "DEM": str(SAMPLE_DATA / "dem.tif"),
            "ROADS": str(SAMPLE_DATA / "roads.gpkg"),
            "OUTPUT_PLOTS": "TEMPORARY_OUTPUT", "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT",
            "OUTPUT_BLOCKS": "TEMPORARY_OUTPUT", "OUTPUT_ROADS": "TEMPORARY_OUTPUT",
            "OUTPUT_FIREBREAKS": "TEMPORARY_OUTPUT", "OUTPUT_FACILITIES": "TEMPORARY_OUTPUT",
            "OUTPUT_EXCLUDED": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": "TEMPORARY_OUTPUT"},
    }
