"""Bad-input suite: what every algorithm checks the same way (tests/bad_inputs.py):
a layer of the wrong geometry type, a field the layer lacks."""
import pytest

from conftest import SAMPLE_DATA
from sample_runs import sample_runs

WRONG_GEOMETRY = [
    # (algorithm, parameter, layer of the wrong type, what it holds, what is needed)
    ("malisites:washcoverage", "SHELTERS", "paths.gpkg", "lines", "points"),
    ("malisites:washcoverage", "WATER_POINTS", "sites.gpkg", "polygons", "points"),
    ("malisites:washcoverage", "LATRINES", "corridors.gpkg", "lines", "points"),
    ("malisites:washcoverage", "SITE", "water_points.gpkg", "points", "polygons"),
    ("malisites:floodexposure", "CORRIDORS", "sites.gpkg", "polygons", "lines"),
    ("malisites:sitelayout", "EXCLUSIONS", "roads.gpkg", "lines", "polygons"),
    ("malisites:sitelayout", "SITE", "corridors.gpkg", "lines", "polygons"),
    ("malisites:printsitemap", "SITE", "corridors.gpkg", "lines", "polygons"),
]


def _outputs_to(parameters, out):
    """The sample run's parameters with every output written under ``out``."""
    return {key: (str(out / ("%s.gpkg" % key.lower())) if value == "TEMPORARY_OUTPUT" else value)
            for key, value in parameters.items()}


@pytest.mark.parametrize("algorithm, parameter, layer, held, needed", WRONG_GEOMETRY)
def test_a_layer_of_the_wrong_geometry_type_is_refused(bad_input, algorithm, parameter, layer, held, needed):
    parameters = _outputs_to(sample_runs()[algorithm], bad_input.out)
    parameters[parameter] = str(SAMPLE_DATA / layer)
    bad_input.check(algorithm, parameters, refused_with=["'%s'" % layer.split(".")[0], held, needed])


MISSING_FIELD = [
    ("malisites:washcoverage", "POPULATION_FIELD"),
    ("malisites:washcoverage", "WATER_ID_FIELD"),
    ("malisites:washcoverage", "GENDER_FIELD"),
    ("malisites:floodexposure", "POPULATION_FIELD"),
    ("malisites:sitelayout", "SITE_ID_FIELD"),
    ("malisites:sitelayout", "POPULATION_FIELD"),
]


@pytest.mark.parametrize("algorithm, parameter", MISSING_FIELD)
def test_a_field_the_layer_lacks_is_named(bad_input, algorithm, parameter):
    parameters = _outputs_to(sample_runs()[algorithm], bad_input.out)
    parameters[parameter] = "Personnes"
    bad_input.check(algorithm, parameters, refused_with=["'Personnes'", "its fields are", "case-sensitive"])


def test_runner_measures_peak_memory(bad_input):
    bad_input.check("malisites:floodexposure", {
        "HAZARDS": str(SAMPLE_DATA / "flood_depth_q10.tif"), "SITES": str(SAMPLE_DATA / "sites.gpkg"),
        "POPULATION_FIELD": "individuals", "OUTPUT_SITES": str(bad_input.out / "sites.gpkg")})
    assert 50 < bad_input.peak_memory_mb < 2000
