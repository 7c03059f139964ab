"""With QGIS in French, the plugin speaks French: algorithm names, parameter
labels and help; reports and printed maps in French when LANGUAGE is French."""
import re
import subprocess

from conftest import SAMPLE_DATA, QgisProcess, make_french, make_profile_dir


def french_qgis_process(tmp_path):
    root = make_profile_dir(tmp_path / "profile")
    make_french(root)
    return QgisProcess(root, environment={"LANG": "fr_FR.UTF-8"})


def test_algorithm_names_parameters_and_help_in_french(tmp_path):
    qgis_process = french_qgis_process(tmp_path)
    listing = qgis_process.command("list").stdout
    for algorithm, french in (("importdtmsites", "Importer la liste des sites DTM"),
                              ("washcoverage", "Couverture EHA (Sphère)"),
                              ("printsitemap", "Imprimer la carte du site"),
                              ("floodexposure", "Exposition aux inondations : sites et couloirs"),
                              ("sitelayout", "Aménagement du site (Sphère / HCR)")):
        assert re.search(r"malisites:%s\s+%s" % (algorithm, re.escape(french)), listing), listing[-2000:]
    help_text = qgis_process.command("help", "malisites:washcoverage").stdout
    assert "Abris ou parcelles des ménages" in help_text  # a parameter label
    assert "Pour chaque abri (ou parcelle de ménage)" in help_text  # the help text
    assert "Valeurs de référence utilisées" in help_text  # a help heading
    assert "500 m (Sphere 2018, WASH standard 2.1" in help_text  # figures cited from the profile


def test_french_report_and_map_text(tmp_path):
    qgis_process = french_qgis_process(tmp_path)
    report = tmp_path / "rapport.html"
    pdf = tmp_path / "carte.pdf"
    qgis_process.run("malisites:washcoverage", {
        "SHELTERS": SAMPLE_DATA / "shelters.gpkg", "WATER_POINTS": SAMPLE_DATA / "water_points.gpkg",
        "WATER_TYPE_FIELD": "type", "LANGUAGE": 1, "OUTPUT_SHELTERS": tmp_path / "abris.gpkg",
        "OUTPUT_WATER_POINTS": tmp_path / "points_eau.gpkg", "OUTPUT_REPORT": report})
    html = report.read_text(encoding="utf-8")
    assert "Rapport de couverture EHA" in html and "robinet" in html and "Ménages" in html
    segments = tmp_path / "troncons.gpkg"
    qgis_process.run("malisites:floodexposure", {
        "HAZARDS": SAMPLE_DATA / "flood_depth_q100.tif", "CORRIDORS": SAMPLE_DATA / "corridors.gpkg",
        "LANGUAGE": 1, "OUTPUT_CORRIDORS": tmp_path / "couloirs.gpkg", "OUTPUT_CORRIDOR_SEGMENTS": segments})
    qgis_process.run("malisites:printsitemap", {"SITE": SAMPLE_DATA / "sites.gpkg", "LANGUAGE": 1,
                                                "LAYERS": [segments, tmp_path / "abris.gpkg"], "OUTPUT": pdf})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for words in ("Carte du site", "Légende", "Résumé", "Ménages", "Limite du site",
                  "Eau et toilette à portée", "0 : vigilance"):
        assert words in text, words
