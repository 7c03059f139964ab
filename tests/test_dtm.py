"""DTM site-list import (core): every bad row is fixed or rejected with a reason."""
import pytest

from dtm_samples import (FRENCH_EXPECTED, write_french_latin1, write_hxl_utf8_bom)
from mali_sites_plugin.dtm.site_list import DtmError, import_site_list, parse_field_mapping


def test_french_latin1_semicolon_list(tmp_path):
    result = import_site_list(write_french_latin1(tmp_path / "sites.csv"))
    assert result.encoding == "cp1252" and result.delimiter == ";"
    assert result.mapping["latitude"] == "Latitude" and result.mapping["households"] == "Ménages"
    assert result.mapping["individuals"] == "Personnes" and result.mapping["admin2"] == "Cercle"
    counts = result.counts
    assert {k: counts[k] for k in ("read", "imported", "fixed", "rejected")} == {
        k: FRENCH_EXPECTED[k] for k in ("read", "imported", "fixed", "rejected")}
    assert {row.row: row.reason for row in result.rejected} == FRENCH_EXPECTED["rejected_reasons"]
    for site in result.sites:
        lon, lat, households, individuals, admin3 = FRENCH_EXPECTED["sites"][site.row]
        assert (site.longitude, site.latitude) == pytest.approx((lon, lat))
        assert (site.values["households"], site.values["individuals"]) == (households, individuals)
        assert site.values["admin3"] == admin3
    fixes = {site.row: site.fixes for site in result.sites}
    assert "decimal comma" in fixes[3][0] and "swapped" in fixes[4][0]
    assert not fixes[2] and not fixes[10]


def test_hxl_tags_and_bom(tmp_path):
    result = import_site_list(write_hxl_utf8_bom(tmp_path / "hxl.csv"))
    assert result.encoding == "utf-8"
    assert result.columns[0] == "Site ID"  # the BOM is not part of the first header
    assert result.mapping["site_id"] == "Site ID" and result.mapping["households"] == "HH"
    assert result.mapping["individuals"] == "IDPs"
    assert [s.values["site_id"] for s in result.sites] == ["ML0401-001", "ML0401-002"]
    assert result.counts["read"] == 2 and any("HXL" in note for note in result.notes)


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["site", "latitude", "longitude", "menages", "individus"])
    sheet.append(["Socoura", 14.5125, -4.159, 212, 1180])
    sheet.append(["Bad", 14.5, -4.1, 12.5, 60])
    book.save(tmp_path / "sites.xlsx")
    result = import_site_list(tmp_path / "sites.xlsx")
    assert [(s.values["site_name"], s.values["households"]) for s in result.sites] == [("Socoura", 212)]
    assert result.rejected[0].reason == "non-integer households '12.5'"


def test_user_mapping_text_and_json(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("N,Y_coord,X_coord,fam\nSite 1,14.5,-4.1,3\n", encoding="utf-8")
    for mapping in ("latitude=Y_coord; longitude=X_coord\nhouseholds=fam",
                    '{"latitude": "Y_coord", "longitude": "X_coord", "households": "fam"}'):
        result = import_site_list(path, mapping)
        assert result.sites[0].values["households"] == 3
        assert (result.sites[0].longitude, result.sites[0].latitude) == (-4.1, 14.5)


def test_clear_errors_for_a_file_that_cannot_be_read(tmp_path):
    path = tmp_path / "nocoords.csv"
    path.write_text("name,value\na,1\n", encoding="utf-8")
    with pytest.raises(DtmError, match="No latitude column.*Columns are: name, value"):
        import_site_list(path)
    with pytest.raises(DtmError, match="no such column"):
        import_site_list(path, "latitude=Lat")
    with pytest.raises(DtmError, match="unknown"):
        parse_field_mapping("elevation=z")
    with pytest.raises(DtmError, match="does not exist"):
        import_site_list(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DtmError, match="empty"):
        import_site_list(empty)
