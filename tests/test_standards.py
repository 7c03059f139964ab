"""Standards profiles: every figure of shared/STANDARDS.md, with its source."""
import json

import numpy as np
import pytest

from mali_sites_plugin.common.standards import (REQUIRED_FIGURES, ProfileError, custom_hazard_scheme,
                                         load_hazard_schemes, load_profile, profile_path)


def test_sphere_figures_as_the_handbook_gives_them():
    sphere = load_profile("sphere_2018")
    expected = {"people_per_tap": 250, "people_per_handpump": 500, "people_per_open_well": 400,
                "max_distance_to_water_m": 500, "people_per_toilet_emergency": 50,
                "people_per_toilet_medium_term": 20, "max_distance_to_toilet_m": 50,
                "min_distance_toilet_to_water_m": 30, "covered_area_m2_per_person": 3.5,
                "site_area_m2_per_person": 45, "firebreak_width_m": 30,
                "firebreak_spacing_m": 300, "shelter_spacing_m": 2,
                "water_litres_per_person_day": 15, "female_to_male_toilet_ratio": 3}
    assert {key: sphere.value(key) for key in expected} == expected
    assert sphere.figure("max_distance_to_water_m").comparison == "<"
    assert sphere.figure("max_distance_to_toilet_m").comparison == "<="
    assert sphere.figure("site_area_m2_per_person").confidence == "secondary"


def test_threshold_comparisons_follow_the_standard():
    sphere = load_profile("sphere_2018")
    water = sphere.figure("max_distance_to_water_m")  # < 500 m
    assert water.complies(499.99) and not water.complies(500.0)
    toilet = sphere.figure("max_distance_to_toilet_m")  # <= 50 m
    assert toilet.complies(50.0) and not toilet.complies(50.01)
    assert load_profile("unhcr").figure("max_distance_to_water_m").complies(200.0)  # <= 200 m


def test_rounding_does_not_turn_a_figure_met_exactly_into_a_failure():
    sphere = load_profile("sphere_2018")
    area = sphere.figure("site_area_m2_per_person")  # >= 45 m2
    plots_m2 = sum([0.1] * 10) * 45 * 1000 - 1e-7  # 45,000 m2 summed in floating point, 1e-7 short
    assert plots_m2 / 1000 < 45 and area.complies(plots_m2 / 1000)
    assert not area.complies(44.99)
    water = sphere.figure("max_distance_to_water_m")  # < 500 m: 500 within rounding is 500, fails
    assert not water.complies(499.9999999) and water.complies(499.99)
    toilet = sphere.figure("max_distance_to_toilet_m")  # <= 50 m
    assert toilet.complies(50.00000001) and not toilet.complies(50.001)
    distances = np.array([10.0, 50.0 + 1e-9, 50.1])
    assert toilet.complies(distances).tolist() == [True, True, False]


def test_borrowed_figures_keep_their_source():
    sphere = load_profile("sphere_2018")
    school = sphere.figure("people_per_school")
    assert school.value == 5000 and school.source.startswith("UNHCR")
    unhcr = load_profile("unhcr")
    assert unhcr.value("people_per_tap") == 100
    assert unhcr.figure("people_per_handpump").source.startswith("Sphere")
    assert unhcr.figure("people_per_distribution_point").confidence == "unverified"


def test_every_figure_names_its_source():
    for name in ("sphere_2018", "unhcr"):
        profile = load_profile(name)
        assert set(REQUIRED_FIGURES) <= set(profile.figures)
        for figure in profile.figures.values():
            assert figure.source and figure.confidence in ("verified", "secondary", "unverified")


def _user_profile(tmp_path, edit):
    document = json.loads(profile_path("sphere_2018").read_text(encoding="utf-8"))
    document.pop("fallback")
    document["figures"].update(json.loads(profile_path("unhcr").read_text(encoding="utf-8"))["figures"]
                               | document["figures"])
    edit(document["figures"])
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_user_file_with_edited_figures_loads(tmp_path):
    path = _user_profile(tmp_path, lambda figures: figures["people_per_tap"].update(value=200))
    assert load_profile(str(path)).value("people_per_tap") == 200


def test_a_missing_figure_is_named(tmp_path):
    path = _user_profile(tmp_path, lambda figures: figures.pop("people_per_handpump"))
    with pytest.raises(ProfileError, match="people_per_handpump"):
        load_profile(str(path))


def test_a_negative_figure_is_named(tmp_path):
    path = _user_profile(tmp_path, lambda figures: figures["max_distance_to_water_m"].update(value=-5))
    with pytest.raises(ProfileError, match="max_distance_to_water_m.*negative"):
        load_profile(str(path))


def test_a_zero_capacity_is_refused(tmp_path):
    path = _user_profile(tmp_path, lambda figures: figures["people_per_tap"].update(value=0))
    with pytest.raises(ProfileError, match="people_per_tap.*greater than zero"):
        load_profile(str(path))


def test_a_figure_without_source_is_refused(tmp_path):
    path = _user_profile(tmp_path, lambda figures: figures["people_per_tap"].pop("source"))
    with pytest.raises(ProfileError, match="people_per_tap.*source"):
        load_profile(str(path))


def test_broken_json_and_unknown_names(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"figures": {', encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid JSON"):
        load_profile(str(broken))
    with pytest.raises(ProfileError, match="not found"):
        load_profile("sphere_2011")


def test_hazard_schemes_match_the_published_classes():
    schemes, default = load_hazard_schemes()
    assert default == "petabencana"
    assert schemes["petabencana"].thresholds() == [0.1, 0.7, 1.5]
    assert schemes["pcrafi"].thresholds() == [0.2, 0.4, 1.1, 3.0]
    assert schemes["dam_inundation"].thresholds() == [0.6, 1.5]
    assert schemes["inasafe_wet_dry"].thresholds() == [1.0]
    assert schemes["swiss_dam_safety"].thresholds() == [0.5, 1.0, 2.0]


def test_custom_thresholds():
    scheme = custom_hazard_scheme("0.1, 0.5,1.5")
    assert scheme.thresholds() == [0.1, 0.5, 1.5]
    assert [c.name_in("en") for c in scheme.classes] == ["0-0.1 m", "0.1-0.5 m", "0.5-1.5 m",
                                                         "over 1.5 m"]
    for bad in ("a,b", "0.5,0.1", "-1,2", ""):
        with pytest.raises(ProfileError):
            custom_hazard_scheme(bad)


def test_a_profile_read_once_is_handed_out_as_a_copy_and_read_again_when_edited(tmp_path):
    """load_profile keeps the parsed files (the plugin's help asks for them
    many times at start-up): a caller changing its copy leaves the next one
    as the file says, and a file edited on disk is read again."""
    path = _user_profile(tmp_path, lambda figures: figures["people_per_tap"].update(value=200))
    first = load_profile(str(path))
    first.figures["people_per_tap"] = None
    first.title["en"] = "changed by a caller"
    second = load_profile(str(path))
    assert second.value("people_per_tap") == 200 and second.title_in("en") != "changed by a caller"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["figures"]["people_per_tap"]["value"] = 180.5  # another size too: a new file
    path.write_text(json.dumps(document), encoding="utf-8")
    assert load_profile(str(path)).value("people_per_tap") == 180.5
