"""malisites:importdtmsites through processing.run and through qgis_process."""
import csv

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from conftest import SAMPLE_DATA, cancel_after
from dtm_samples import FRENCH_EXPECTED, write_french_latin1

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
