"""Bad-input suite: malisites:importdtmsites through qgis_process (tests/bad_inputs.py).

Each case builds its file in tmp_path; a refused file must be refused with
words naming the file, line, column or value and what to do; a file that is
read must say in its log what it did, and its counts are checked against
counts made by hand: rows read = imported + rejected + superseded, and the
rows written to the two outputs are the rows read."""
import csv
import re

import pytest
from qgis.core import QgsVectorLayer

from dtm_samples import FRENCH_EXPECTED, write_baseline_workbook, write_french_latin1, write_hxl_utf8_bom

ALGORITHM = "malisites:importdtmsites"
HEADER = "site_id,site,latitude,longitude,households,individuals"


def _run(bad_input, path, refused_with=None, logged=None, **parameters):
    parameters = dict({"INPUT": str(path), "OUTPUT": str(bad_input.out / "sites.gpkg"),
                       "REJECTED": str(bad_input.out / "rejected.csv")}, **parameters)
    return bad_input.check(ALGORITHM, parameters, refused_with=refused_with, logged=logged)


def _counts(printed):
    """The run's results: rows_read, rows_imported ... as printed by qgis_process."""
    return {key: int(value) for key, value in re.findall(r"^rows_(\w+):\s+(\d+)\s*$", printed, re.MULTILINE)}


def _written(bad_input):
    """{source_row: site_id or reason} of the two outputs: no row may be missing."""
    sites = QgsVectorLayer(str(bad_input.out / "sites.gpkg"), "sites", "ogr")
    assert sites.isValid()
    imported = {feature["source_row"]: feature["site_id"] for feature in sites.getFeatures()}
    with open(bad_input.out / "rejected.csv", encoding="utf-8") as stream:
        rejected = {int(row["source_row"]): row["reason"] for row in csv.DictReader(stream)}
    assert not set(imported) & set(rejected)
    return imported, rejected


def _check_counts(printed, bad_input, read, imported, rejected, superseded=0):
    counts = _counts(printed)
    assert (counts["read"], counts["imported"], counts["rejected"], counts["superseded"]) == (
        read, imported, rejected, superseded)
    assert counts["read"] == counts["imported"] + counts["rejected"] + counts["superseded"]
    sites, reasons = _written(bad_input)
    assert (len(sites), len(reasons)) == (imported, rejected + superseded)
    return sites, reasons


def _csv(tmp_path, name, *rows, header=HEADER):
    path = tmp_path / name
    path.write_text("\n".join((header,) + rows) + "\n", encoding="utf-8")
    return path


# --- the faults of the reliability issue --------------------------------------------------------------

def test_sites_in_ouagadougou_and_niamey_are_rejected_with_where_they_are(bad_input, tmp_path):
    path = _csv(tmp_path, "border.csv", "S1,Ouagadougou,12.37,-1.52,10,50", "S2,Niamey,13.51,2.11,10,50",
                "S3,Socoura,14.5125,-4.159,212,1180", "S4,Koro frontière,13.587,-3.0,5,20")
    printed = _run(bad_input, path, logged=[
        "Row 2 rejected: coordinates outside Mali (12.37 N, 1.52 W, 206 km from the border)",
        "Row 3 rejected: coordinates outside Mali (13.51 N, 2.11 E, 199 km from the border)",
        "Row 5: 4.8 km outside Mali's outline (Natural Earth), within its 10 km tolerance: kept",
        "sites up to 10 km outside it are kept with a warning"])
    sites, _ = _check_counts(printed, bad_input, read=4, imported=2, rejected=2)
    assert sites == {4: "S3", 5: "S4"}


def test_three_billion_people_is_rejected_not_lost(bad_input, tmp_path):
    path = _csv(tmp_path, "huge.csv", "S1,Socoura,14.5125,-4.159,212,1180", "S2,Typo,14.5301,-4.0987,95,3000000000")
    printed = _run(bad_input, path, logged=[
        "Row 3 rejected: individuals 3000000000 is more than Mali's whole population (25,518,081",
        "a typo? correct the figure"])
    _, reasons = _check_counts(printed, bad_input, read=2, imported=1, rejected=1)
    assert reasons[3].startswith("individuals 3000000000 is more than Mali's whole population")


def test_a_text_fid_column_from_a_qgis_export_is_kept_as_orig_fid(bad_input, tmp_path):
    path = _csv(tmp_path, "export.csv", "abc,S1,Socoura,14.5125,-4.159,212,1180",
                "def,S2,Fatoma,14.6188,-4.0412,60,322", header="fid," + HEADER)
    printed = _run(bad_input, path, logged=["fid -> orig_fid"])
    _check_counts(printed, bad_input, read=2, imported=2, rejected=0)
    sites = QgsVectorLayer(str(bad_input.out / "sites.gpkg"), "sites", "ogr")
    assert sorted(feature["orig_fid"] for feature in sites.getFeatures()) == ["abc", "def"]


def test_a_file_of_delimiters_only(bad_input, tmp_path):
    path = tmp_path / "delimiters.csv"
    path.write_text(",,,,\n,,,,\n,,,,\n", encoding="utf-8")
    _run(bad_input, path, refused_with=["delimiters.csv holds only separators (',') and no values",
                                        "Export the site list again", "with its header row"])


def test_workbook_with_title_rows_above_a_header_of_few_known_columns(bad_input, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sites"
    sheet.append(["DTM Mali - Liste des sites de déplacés internes"])
    sheet.append(["Région : Mopti", "Cercle : Bandiagara", "Date : 31/05/2023"])
    sheet.append([])
    sheet.append(["Code", "Latitude", "Longitude", "Remarque"])
    sheet.append(["S01", 14.5125, -4.159, "ok"])
    sheet.append(["S02", 14.3484, -3.6104, ""])
    sheet.append(["S03", None, -3.6, "GPS manquant"])
    book.save(tmp_path / "titles.xlsx")
    printed = _run(bad_input, tmp_path / "titles.xlsx",
                   logged=["Sheet 'Sites' read (1 of 1), header on row 4", "Row 7 rejected: empty latitude"])
    _check_counts(printed, bad_input, read=3, imported=2, rejected=1)


def test_decimal_commas_in_a_comma_separated_file_over_existing_outputs(bad_input, tmp_path):
    good = _csv(tmp_path, "good.csv", "S1,Socoura,14.5125,-4.159,212,1180")
    _run(bad_input, good)  # outputs of an earlier run: the refused run must leave them as they are
    path = _csv(tmp_path, "commas.csv", "S1,Socoura,14,5125,-4,159,212,1180", "S2,Sévaré,14,5301,-4,0987,95,510")
    _run(bad_input, path, refused_with=[
        "commas.csv uses decimal commas in a comma-separated file", "line 2: 14,5125, -4,159",
        "Save it with ';' as separator or with decimal points"])


def test_a_row_with_decimal_commas_among_good_rows(bad_input, tmp_path):
    path = _csv(tmp_path, "mixed.csv", "S1,Socoura,14.5125,-4.159,212,1180", "S2,Sévaré,14,5301,-4,0987,95,510")
    printed = _run(bad_input, path, logged=[
        "Row 3 rejected: 8 fields for the 6 columns of the header: the file uses decimal commas",
        "1 rows were rejected for decimal commas in a comma-separated file"])
    _check_counts(printed, bad_input, read=2, imported=1, rejected=1)


def test_repeated_site_ids(bad_input, tmp_path):
    path = _csv(tmp_path, "repeats.csv", "S1,Socoura,14.5125,-4.159,212,1180", "S2,Fatoma,14.6188,-4.0412,60,322",
                "S1,Socoura,14.5125,-4.159,212,1180", "S2,Kona,14.95,-3.89,80,400")
    printed = _run(bad_input, path, logged=[
        "Row 4 rejected: duplicate of row 2: the same site id 'S1' with the same values",
        "Row 3: site id 'S2' is also on row 5", "Row 5: site id 'S2' is also on row 3",
        "3 rows share their site id"])
    counts = _counts(printed)
    assert counts["warned"] == 2
    _check_counts(printed, bad_input, read=4, imported=3, rejected=1)


# --- files that are not what they should be -------------------------------------------------------------

def test_an_empty_file(bad_input, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    _run(bad_input, path, refused_with=["The site list empty.csv is empty", "export the site list again"])


def test_a_header_without_rows(bad_input, tmp_path):
    _run(bad_input, _csv(tmp_path, "header.csv"),
         refused_with=["header.csv has a header on line 1 but no rows under it", "Add the sites under the header"])


def test_no_latitude_or_longitude_column(bad_input, tmp_path):
    path = _csv(tmp_path, "nocoords.csv", "Socoura,212", header="name,value")
    _run(bad_input, path, refused_with=["No latitude column found in nocoords.csv (header on line 1)",
                                        "Columns are: name, value", "FIELD_MAPPING"])


def test_latitude_and_longitude_swapped(bad_input, tmp_path):
    path = _csv(tmp_path, "swapped.csv", "S1,Socoura,-4.159,14.5125,212,1180", "S2,Fatoma,14.6188,-4.0412,60,322")
    printed = _run(bad_input, path,
                   logged=["Row 2: latitude -4.159 and longitude 14.5125 were swapped; swapped back"])
    _check_counts(printed, bad_input, read=2, imported=2, rejected=0)
    assert _counts(printed)["fixed"] == 1


def test_text_in_numeric_columns(bad_input, tmp_path):
    path = _csv(tmp_path, "text.csv", "S1,Socoura,abc,-4.159,212,1180", "S2,Fatoma,14.6188,-4.0412,60,beaucoup",
                "S3,Kona,14.95,-3.89,douze,400", "S4,Sévaré,14.5301,-4.0987,95,510")
    printed = _run(bad_input, path, logged=["Row 2 rejected: non-numeric latitude 'abc'",
                                            "Row 3 rejected: non-numeric individuals 'beaucoup'",
                                            "Row 4 rejected: non-numeric households 'douze'"])
    _check_counts(printed, bad_input, read=4, imported=1, rejected=3)


def test_latin1_as_excel_writes_it(bad_input, tmp_path):
    printed = _run(bad_input, write_french_latin1(tmp_path / "sites.csv"),
                   logged=["The file is not UTF-8; it was read as cp1252", "households=Ménages"])
    _check_counts(printed, bad_input, read=FRENCH_EXPECTED["read"], imported=FRENCH_EXPECTED["imported"],
                  rejected=FRENCH_EXPECTED["rejected"])


def test_utf8_with_bom_and_hxl_row(bad_input, tmp_path):
    printed = _run(bad_input, write_hxl_utf8_bom(tmp_path / "hxl.csv"),
                   logged=["Row 2 holds HXL tags", "site_id=Site ID"])
    sites, _ = _check_counts(printed, bad_input, read=2, imported=2, rejected=0)
    assert sites == {3: "ML0401-001", 4: "ML0401-002"}


def test_semicolon_separator(bad_input, tmp_path):
    path = tmp_path / "semicolons.csv"
    path.write_text("site_id;site;latitude;longitude;households;individuals\nS1;Socoura;14,5125;-4,159;212;1180\n"
                    "S2;Fatoma;14.6188;-4.0412;60;322\n", encoding="utf-8")
    printed = _run(bad_input, path, logged=["Row 2: latitude '14,5125' read as 14.5125 (decimal comma)"])
    _check_counts(printed, bad_input, read=2, imported=2, rejected=0)


def test_a_sheet_the_workbook_does_not_have(bad_input, tmp_path):
    pytest.importorskip("openpyxl")
    _run(bad_input, write_baseline_workbook(tmp_path / "baseline.xlsx"), SHEET="Camps",
         refused_with=["baseline.xlsx has no sheet 'Camps'", "its sheets are: Lisez-moi, Par cercle, Sites",
                       "give a name or a number from 1"])


def test_huge_numbers(bad_input, tmp_path):
    path = _csv(tmp_path, "huge_numbers.csv", "S1,Socoura,1e400,-4.159,212,1180", "S2,Fatoma,14.6188,-4.0412,1e20,322",
                "S3,UTM,1612345,456789,60,322", "S4,Kona,14.95,-3.89,80,400")
    printed = _run(bad_input, path, logged=[
        "Row 2 rejected: non-numeric latitude '1e400'",
        "Row 3 rejected: households 100000000000000000000 is more than Mali's whole population",
        "Row 4 rejected: latitude 1612345.0, longitude 456789.0 are not degrees", "give WGS 84 decimal degrees"])
    _check_counts(printed, bad_input, read=4, imported=1, rejected=3)


def test_negative_people(bad_input, tmp_path):
    path = _csv(tmp_path, "negative.csv", "S1,Socoura,14.5125,-4.159,212,-5", "S2,Fatoma,14.6188,-4.0412,60,322")
    printed = _run(bad_input, path, logged=["Row 2 rejected: negative individuals '-5'"])
    _check_counts(printed, bad_input, read=2, imported=1, rejected=1)


def test_a_file_that_does_not_exist(bad_input, tmp_path):
    _run(bad_input, tmp_path / "missing.csv",
         refused_with=["missing.csv does not exist", "give the path of a CSV or XLSX file"])


def test_a_txt_that_is_a_database(bad_input, tmp_path):
    path = tmp_path / "sites.txt"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    _run(bad_input, path, refused_with=["sites.txt is not a text table (CSV): it is an SQLite database",
                                        "Give a CSV site list or an XLSX workbook"])


def test_a_txt_that_is_prose(bad_input, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Réunion du cluster CCCM, Mopti\nOrdre du jour : sites de Socoura et Sévaré\n", encoding="utf-8")
    _run(bad_input, path, refused_with=["No latitude column found in note.txt (header on line 1)",
                                        "Columns are: Réunion du cluster CCCM", "FIELD_MAPPING"])


def test_a_damaged_workbook(bad_input, tmp_path):
    pytest.importorskip("openpyxl")
    whole = write_baseline_workbook(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(whole[:len(whole) // 2])  # a download cut short
    _run(bad_input, path, refused_with=["The workbook damaged.xlsx cannot be read",
                                        "save it again as .xlsx, or as CSV"])


def test_a_line_too_long_for_a_table(bad_input, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "\n" + '"' + "x" * 200000 + '",Socoura,14.5,-4.1,1,1\n', encoding="utf-8")
    _run(bad_input, path, refused_with=["Line 2 of long.csv cannot be read as a table", "field larger than"])
