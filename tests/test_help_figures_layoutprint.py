"""The help of the site layout and the printed map reads its figures from the
standards profile: change a figure of the default profile and the help says
the new one (nothing is written in the help's text itself)."""
from dataclasses import replace

import pytest

from mali_sites_plugin.common.standards import load_profile

ALGORITHMS = ("malisites:sitelayout", "malisites:printsitemap")
# figures changed to values no standard uses, to find them in the help
CHANGED = {"people_per_toilet_emergency": 37, "people_per_toilet_medium_term": 13, "max_distance_to_water_m": 444,
           "max_distance_to_toilet_m": 44, "site_area_m2_per_person": 41, "people_per_tap": 222,
           "block_spacing_m": 17, "max_slope_pct": 9, "people_per_household": 7,
           "people_per_bathing_facility": 51, "people_per_refuse_bin": 52, "people_per_reception_toilet": 53,
           "administration_area_m2": 505}


def changed_profile(name="sphere_2018"):
    profile = load_profile(name)
    figures = dict(profile.figures)
    for key, value in CHANGED.items():
        figures[key] = replace(figures[key], value=float(value))
    profile.figures = figures
    return profile


@pytest.mark.parametrize("algorithm_id", ALGORITHMS)
def test_help_figures_come_from_the_profile(plugin, monkeypatch, algorithm_id):
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    module = __import__(type(algorithm).__module__, fromlist=["load_profile"])
    before = " ".join(text for _, text in algorithm.help_sections())
    assert "50 people" in before and "500 m" in before  # Sphere's own figures
    monkeypatch.setattr(module, "load_profile", lambda name="sphere_2018": changed_profile(name))
    fresh = algorithm.createInstance()
    fresh.initAlgorithm()
    text = " ".join(text for _, text in fresh.help_sections()) + " ".join(fresh.parameterDefinition(p.name()).help()
                                              for p in fresh.parameterDefinitions())
    for figure in ("37 people", "13 people", "< 444 m", "44 m"):
        assert figure in text, figure
    for sphere_figure in ("50 people", "20 people", "500 m", "45 m2", "Sphere: 50"):
        assert sphere_figure not in text, sphere_figure
    if algorithm_id == "malisites:sitelayout":
        assert "51 people" in text and "52 people" in text and "53 people" in text and "505 m2" in text
        assert ">= 41 m2/person [secondary]" in text and ">= 17 m [secondary]" in text and "7 people" in text
        assert "250" not in text and "15 m" not in text
