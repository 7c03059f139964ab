"""malisites:importdtmsites through processing.run and through qgis_process."""
import csv

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from conftest import SAMPLE_DATA, cancel_after
from dtm_samples import (BASELINE_CERCLES_EXPECTED, BASELINE_SITES_EXPECTED, DTM_API_EXPECTED, FRENCH_EXPECTED,
                         KOBO_EXPECTED, write_baseline_workbook, write_dtm_api_export, write_french_latin1,
                         write_kobo_export)

ALGORITHM = "malisites:importdtmsites"


def _check_outputs(sites_path, rejected_path):
    sites = QgsVectorLayer(str(sites_path), "sites", "ogr")
    assert sites.isValid() and sites.crs().authid() == "EPSG:4326"
    names = sites.fields().names()
    for field in ("site_id", "site_name", "admin1", "admin2", "admin3", "households",
                  "individuals", "source_row", "fixes", "Nom du site", "Ménages"):
        assert field in names
    by_row = {f["source_row"]: f for f in sites.getFeatures()}
    assert set(by_row) == set(FRENCH_EXPECTED["sites"])
    for row, (lon, lat, households, individuals, admin3) in FRENCH_EXPECTED["sites"].items():
        point = by_row[row].geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx((lon, lat), abs=1e-9)
        assert (by_row[row]["households"], by_row[row]["individuals"]) == (households, individuals)
        assert by_row[row]["admin3"] == admin3
    with open(rejected_path, encoding="utf-8") as stream:
        rejected = {int(r["source_row"]): r["reason"] for r in csv.DictReader(stream)}
    assert rejected == FRENCH_EXPECTED["rejected_reasons"]


def test_processing_run(run_algorithm, tmp_path):
    result = run_algorithm(ALGORITHM, {
        "INPUT": str(write_french_latin1(tmp_path / "sites.csv")),
        "OUTPUT": str(tmp_path / "sites.gpkg"), "REJECTED": str(tmp_path / "rejected.csv")})
    assert (result["rows_read"], result["rows_imported"], result["rows_fixed"],
            result["rows_rejected"]) == (9, 4, 2, 5)
    _check_outputs(tmp_path / "sites.gpkg", tmp_path / "rejected.csv")


def test_qgis_process(qgis_process, tmp_path):
    output = qgis_process.run(ALGORITHM, {
        "INPUT": str(write_french_latin1(tmp_path / "sites.csv")),
        "OUTPUT": str(tmp_path / "sites.gpkg"), "REJECTED": str(tmp_path / "rejected.csv")})
    results = output["results"]
    assert (results["rows_read"], results["rows_imported"], results["rows_fixed"],
            results["rows_rejected"]) == (9, 4, 2, 5)
    _check_outputs(tmp_path / "sites.gpkg", tmp_path / "rejected.csv")


def test_sample_site_list(run_algorithm, tmp_path):
    result = run_algorithm(ALGORITHM, {"INPUT": str(SAMPLE_DATA / "dtm_sites_mopti.csv"),
                                       "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"})
    # S04 decimal commas and S05 swapped are fixed; S06 empty latitude, S07 negative households
    assert (result["rows_read"], result["rows_imported"], result["rows_fixed"],
            result["rows_rejected"]) == (7, 5, 2, 2)


def test_bad_mapping_is_a_clear_error_and_leaves_no_output(run_algorithm, tmp_path):
    output = tmp_path / "sites.gpkg"
    with pytest.raises(QgsProcessingException, match="no such column.*Columns are: Nom du site"):
        run_algorithm(ALGORITHM, {"INPUT": str(write_french_latin1(tmp_path / "sites.csv")),
                                  "FIELD_MAPPING": "latitude=Lat_Y", "OUTPUT": str(output)})
    assert not output.exists()


def test_bad_mapping_through_qgis_process_is_a_message_not_a_traceback(qgis_process, tmp_path):
    completed = qgis_process.run(ALGORITHM, {
        "INPUT": str(write_french_latin1(tmp_path / "sites.csv")), "FIELD_MAPPING": "elevation=z",
        "OUTPUT": str(tmp_path / "sites.gpkg")}, expect_success=False)
    text = completed.stdout + completed.stderr
    assert "FIELD_MAPPING key 'elevation' is unknown" in text and "Traceback" not in text
    assert not (tmp_path / "sites.gpkg").exists()


def test_cancel_after_outputs_were_created_leaves_nothing_behind(run_algorithm, tmp_path):
    sites, rejected = tmp_path / "sites.gpkg", tmp_path / "rejected.csv"
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(ALGORITHM, {"INPUT": str(write_french_latin1(tmp_path / "sites.csv")),
                                  "OUTPUT": str(sites), "REJECTED": str(rejected)},
                      feedback=cancel_after(10))  # 9 rows read (a check each), 1 after the log: then writing
    assert not sites.exists() and not rejected.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sites.csv"]


# --- every DTM shape, through processing.run and qgis_process --------------------------------------

COUNT_KEYS = ("read", "imported", "fixed", "rejected", "superseded")


def _counts(results):
    assert results["rows_read"] == results["rows_imported"] + results["rows_rejected"] + results["rows_superseded"]
    return {key: results["rows_" + key] for key in COUNT_KEYS}


def _rows(path):
    with open(path, encoding="utf-8") as stream:
        return {int(row["source_row"]): row for row in csv.DictReader(stream)}


def _features(path):
    layer = QgsVectorLayer(str(path), "sites", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326"
    return {feature["source_row"]: feature for feature in layer.getFeatures()}


def _check_kobo(results, tmp_path):
    assert _counts(results) == {key: KOBO_EXPECTED[key] for key in COUNT_KEYS}
    sites = _features(tmp_path / "sites.gpkg")
    assert set(sites) == set(KOBO_EXPECTED["sites"])
    for row, (site_id, status, admin1, admin1_pcode, lon, lat, households, individuals) in \
            KOBO_EXPECTED["sites"].items():
        feature = sites[row]
        assert (feature["site_id"], feature["site_status"], feature["households"]) == (site_id, status, households)
        assert (feature["admin1"] or None, feature["admin1_pcode"] or None) == (admin1, admin1_pcode)
        point = feature.geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx((lon, lat), abs=1e-9)
    assert "orig_Site_Status" in sites[2].fields().names()  # the original column, beside ours
    assert {row: r["reason"] for row, r in _rows(tmp_path / "rejected.csv").items()} == \
        KOBO_EXPECTED["rejected_reasons"]


def _kobo_parameters(tmp_path):
    return {"INPUT": str(write_kobo_export(tmp_path / "kobo.csv")), "OUTPUT": str(tmp_path / "sites.gpkg"),
            "REJECTED": str(tmp_path / "rejected.csv")}


def test_kobo_export_processing_run(run_algorithm, tmp_path):
    _check_kobo(run_algorithm(ALGORITHM, _kobo_parameters(tmp_path)), tmp_path)


def test_kobo_export_qgis_process(qgis_process, tmp_path):
    _check_kobo(qgis_process.run(ALGORITHM, _kobo_parameters(tmp_path))["results"], tmp_path)


def _check_dtm_api(results, tmp_path):
    assert _counts(results) == {key: DTM_API_EXPECTED[key] for key in COUNT_KEYS}
    assert (results["rows_without_coordinates"], results["rows_warned"]) == (5, 2)
    assert _features(tmp_path / "sites.gpkg") == {}  # no point is invented for a region or a cercle
    figures = _rows(tmp_path / "figures.csv")
    assert {row: (int(r["admin_level"]), r["admin1_pcode"], r["admin2_pcode"] or None, int(r["individuals"]),
                  int(r["round"]), r["reporting_date"]) for row, r in figures.items()} == DTM_API_EXPECTED["figures"]
    assert "ML09 is Bamako in the COD-AB" in figures[7]["warnings"] and not figures[4]["warnings"]
    assert figures[8]["fixes"] == "admin2_pcode 'ml0703' read as 'ML0703'"
    assert figures[7]["admin1Name"] == "Taoudénit" and figures[7]["numPresentIdpInd"] == "3000"
    assert {row: r["reason"] for row, r in _rows(tmp_path / "rejected.csv").items()} == \
        DTM_API_EXPECTED["rejected_reasons"]


def _dtm_api_parameters(tmp_path):
    return {"INPUT": str(write_dtm_api_export(tmp_path / "dtm_api.csv")), "OUTPUT": str(tmp_path / "sites.gpkg"),
            "ADMIN_FIGURES": str(tmp_path / "figures.csv"), "REJECTED": str(tmp_path / "rejected.csv")}


def test_dtm_api_export_processing_run(run_algorithm, tmp_path):
    _check_dtm_api(run_algorithm(ALGORITHM, _dtm_api_parameters(tmp_path)), tmp_path)


def test_dtm_api_export_qgis_process(qgis_process, tmp_path):
    _check_dtm_api(qgis_process.run(ALGORITHM, _dtm_api_parameters(tmp_path))["results"], tmp_path)


def test_admin_figures_switched_off_is_a_clear_error(run_algorithm, tmp_path):
    parameters = dict(_dtm_api_parameters(tmp_path), ADMIN_FIGURES=None)
    with pytest.raises(QgsProcessingException, match="admin-level figures without coordinates"):
        run_algorithm(ALGORITHM, parameters)
    assert not (tmp_path / "sites.gpkg").exists() and not (tmp_path / "rejected.csv").exists()


def test_site_list_writes_no_admin_figures_table(run_algorithm, tmp_path):
    result = run_algorithm(ALGORITHM, dict(_kobo_parameters(tmp_path), ADMIN_FIGURES=str(tmp_path / "figures.csv")))
    assert "ADMIN_FIGURES" not in result and not (tmp_path / "figures.csv").exists()


def _check_baseline_sites(results, tmp_path):
    assert _counts(results) == {key: BASELINE_SITES_EXPECTED[key] for key in COUNT_KEYS}
    sites = _features(tmp_path / "sites.gpkg")
    assert {row: (f["site_id"], f["households"], f["individuals"], f["round"], f["reporting_date"])
            for row, f in sites.items()} == BASELINE_SITES_EXPECTED["sites"]
    assert {row: r["reason"] for row, r in _rows(tmp_path / "rejected.csv").items()} == \
        BASELINE_SITES_EXPECTED["rejected_reasons"]


def _baseline_parameters(tmp_path, **more):
    pytest.importorskip("openpyxl")
    return dict({"INPUT": str(write_baseline_workbook(tmp_path / "baseline.xlsx")),
                 "OUTPUT": str(tmp_path / "sites.gpkg"), "REJECTED": str(tmp_path / "rejected.csv")}, **more)


def test_baseline_workbook_processing_run(run_algorithm, tmp_path):
    feedback = QgsProcessingFeedback()
    _check_baseline_sites(run_algorithm(ALGORITHM, _baseline_parameters(tmp_path), feedback=feedback), tmp_path)
    log = feedback.textLog()
    assert "Sheet 'Sites' read (3 of 3), header on row 4" in log  # the sheet and row used are said
    assert "Row 7: superseded by row 8" in log and "Row 10 rejected: empty latitude" in log


def test_baseline_workbook_qgis_process(qgis_process, tmp_path):
    output = qgis_process.run(ALGORITHM, _baseline_parameters(tmp_path))
    _check_baseline_sites(output["results"], tmp_path)


def _check_baseline_cercles(results, tmp_path):
    assert _counts(results) == {key: BASELINE_CERCLES_EXPECTED[key] for key in COUNT_KEYS}
    figures = _rows(tmp_path / "figures.csv")
    assert {row: (r["admin1_pcode"], r["admin2_pcode"], int(r["individuals"])) for row, r in figures.items()} == {
        4: ("ML05", "ML0501", 42000), 5: ("ML05", "ML0504", 16000), 6: ("ML19", "ML0505", 13000)}
    assert "ML19 is not a COD-AB region" in figures[6]["warnings"]
    assert {row: r["reason"] for row, r in _rows(tmp_path / "rejected.csv").items()} == \
        BASELINE_CERCLES_EXPECTED["rejected_reasons"]


def test_baseline_workbook_sheet_processing_run(run_algorithm, tmp_path):
    results = run_algorithm(ALGORITHM, _baseline_parameters(
        tmp_path, SHEET="Par cercle", ADMIN_FIGURES=str(tmp_path / "figures.csv")))
    _check_baseline_cercles(results, tmp_path)


def test_baseline_workbook_sheet_qgis_process(qgis_process, tmp_path):
    output = qgis_process.run(ALGORITHM, _baseline_parameters(
        tmp_path, SHEET="2", ADMIN_FIGURES=str(tmp_path / "figures.csv")))
    _check_baseline_cercles(output["results"], tmp_path)


def test_file_notes_have_one_wording_per_language(plugin):
    """The log's wording of the file-level notes (translated) says in English
    what the core's own English table says for scripts."""
    from mali_sites.processing_algorithms.dtm.algorithm import ImportDtmSites
    from mali_sites_plugin.common.notes import Note
    from mali_sites_plugin.dtm.site_list import NOTE_TEXT, describe
    algorithm = ImportDtmSites()
    for code in NOTE_TEXT:
        note = Note(code, ("Sites", 3, 4, "secondary"))
        assert algorithm._note_text(note).format(*note.values) == describe(note), code


# --- no row lost between the core and the files written --------------------------------------------

def _layer_count(path):
    layer = QgsVectorLayer(str(path), "layer", "ogr")
    assert layer.isValid(), path
    return layer.featureCount()


def test_every_row_read_is_in_the_sites_or_the_rejected_table(run_algorithm, tmp_path):
    """The QA's rows: 3,000,000,000 people (a 32-bit overflow the writer refused in
    silence), a text fid column (a QGIS export), a site in Ouagadougou."""
    path = tmp_path / "qgis_export.csv"
    path.write_text("\n".join([
        "fid,site,latitude,longitude,individuals",
        "a1,Socoura,14.5125,-4.159,1180",         # 2 imported
        "a2,Typo,14.5301,-4.0987,3000000000",     # 3 rejected: more than Mali
        "a3,Ouagadougou,12.37,-1.52,300",         # 4 rejected: outside Mali
        "a4,Fatoma,14.6188,-4.0412,322",          # 5 imported
    ]) + "\n", encoding="utf-8")
    feedback = QgsProcessingFeedback()
    results = run_algorithm(ALGORITHM, {"INPUT": str(path), "OUTPUT": str(tmp_path / "sites.gpkg"),
                                        "REJECTED": str(tmp_path / "rejected.gpkg")}, feedback=feedback)
    assert (results["rows_read"], results["rows_imported"], results["rows_rejected"]) == (4, 2, 2)
    assert _layer_count(tmp_path / "sites.gpkg") + _layer_count(tmp_path / "rejected.gpkg") == 4
    sites = QgsVectorLayer(str(tmp_path / "sites.gpkg"), "sites", "ogr")
    assert sorted((f["orig_fid"], f["individuals"]) for f in sites.getFeatures()) == [("a1", 1180), ("a4", 322)]
    rejected = QgsVectorLayer(str(tmp_path / "rejected.gpkg"), "rejected", "ogr")
    assert {f["source_row"]: f["orig_fid"] for f in rejected.getFeatures()} == {3: "a2", 4: "a3"}
    assert "fid -> orig_fid" in feedback.textLog()
