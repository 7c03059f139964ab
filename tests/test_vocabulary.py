"""Field values in French or English: one meaning everywhere."""
from mali_sites_plugin.common import vocabulary


def test_functional_words_in_both_languages():
    flags, unknown = vocabulary.functional_flags(
        ["ok", "Working", "fonctionnelle", "Oui", "en panne", "Non fonctionnel", "HORS SERVICE", 0, 1])
    assert flags.tolist() == [True, True, True, True, False, False, False, False, True]
    assert unknown == {}


def test_empty_or_unknown_status_counts_as_functional_and_is_reported():
    flags, unknown = vocabulary.functional_flags([None, "", "  ", "peut-être", "peut-etre"])
    assert flags.tolist() == [True] * 5
    assert unknown == {"peut-être": 1, "peut-etre": 1}


def test_water_kinds_and_genders_ignore_case_and_accents():
    kinds, unknown = vocabulary.water_kinds(["Borne-fontaine", "PMH", "Puits", "citerne"])
    assert kinds == ["tap", "handpump", "well", "handpump"] and unknown == {"citerne": 1}
    genders, _ = vocabulary.genders(["Féminin", "Garçons", "Mixte", None])
    assert genders == ["female", "male", "mixed", "mixed"]


def test_fold_drops_accents_case_and_spacing():
    assert vocabulary.fold("  Pompe   à Main ") == "pompe a main"
