"""DTM site-list import (core): every bad row is fixed or rejected with a reason."""
import datetime
import json
from pathlib import Path

import pytest

from dtm_samples import (BASELINE_CERCLES_EXPECTED, BASELINE_SITES_EXPECTED, DTM_API_EXPECTED, DTM_API_ROWS,
                         FRENCH_EXPECTED, KOBO_EXPECTED, KOBO_ROWS, write_baseline_workbook,
                         write_dtm_api_export, write_french_latin1, write_hxl_utf8_bom, write_kobo_export)
from mali_sites_plugin.common.notes import Note
from mali_sites_plugin.dtm.columns import column_keys
from mali_sites_plugin.dtm.pcodes import PCODE_TABLE, check_pcodes, load_pcode_table
from mali_sites_plugin.dtm.site_list import DtmError, describe, import_site_list, parse_field_mapping
from mali_sites_plugin.dtm.values import parse_admin_level, parse_date, parse_round


def test_french_latin1_semicolon_list(tmp_path):
    result = import_site_list(write_french_latin1(tmp_path / "sites.csv"))
    assert result.encoding == "cp1252" and result.delimiter == ";"
    assert result.mapping["latitude"] == "Latitude" and result.mapping["households"] == "Ménages"
    assert result.mapping["individuals"] == "Personnes" and result.mapping["admin2"] == "Cercle"
    counts = result.counts
    assert {k: getattr(counts, k) for k in ("read", "imported", "fixed", "rejected")} == {
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
    assert result.counts.read == 2 and any("HXL" in describe(note) for note in result.notes)


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


def _accounted_for(counts, rows_in_file):
    """Every row of the file is imported, rejected or superseded, once."""
    assert counts.read == counts.imported + counts.rejected + counts.superseded == rows_in_file
    assert counts.fixed <= counts.imported and counts.warned <= counts.imported


def _every_reason(result):
    return {row.row: row.reason for row in result.rejected + result.superseded}


def test_kobo_question_headers_are_read_without_number_and_group():
    assert "siteid" in column_keys("__1.1.c.1__site_id")
    assert "admin1" in column_keys("__1_1_e_1__site_location__admin_1_")
    assert "latitude" in column_keys("__1.1.f.3__gps_coordinates_latitude")
    assert "latitude" in column_keys("_gps_coordinates_latitude")  # Kobo's own geopoint columns
    assert "admin2" in column_keys("site_location/admin_2")  # Kobo's default group separator
    assert "menages" in column_keys("2. Ménages")
    assert column_keys("_id") == () and column_keys("_status") == ()  # Kobo metadata, never data
    assert column_keys("2023") == ("2023",)  # a number alone is not a question number


def test_kobo_export(tmp_path):
    result = import_site_list(write_kobo_export(tmp_path / "kobo.csv"))
    assert {target: result.mapping.get(target) for target in KOBO_EXPECTED["mapping"]} == KOBO_EXPECTED["mapping"]
    counts = result.counts
    assert (counts.read, counts.imported, counts.fixed, counts.rejected, counts.superseded) == tuple(
        KOBO_EXPECTED[k] for k in ("read", "imported", "fixed", "rejected", "superseded"))
    _accounted_for(counts, len(KOBO_ROWS))
    assert _every_reason(result) == KOBO_EXPECTED["rejected_reasons"]
    for site in result.sites:
        site_id, status, admin1, admin1_pcode, lon, lat, households, individuals = KOBO_EXPECTED["sites"][site.row]
        assert (site.values["site_id"], site.values["site_status"]) == (site_id, status)
        assert (site.values["admin1"], site.values["admin1_pcode"]) == (admin1, admin1_pcode)
        assert (site.longitude, site.latitude) == pytest.approx((lon, lat))
        assert (site.values["households"], site.values["individuals"]) == (households, individuals)
    assert [site.fixes for site in result.sites if site.row == 5] == [
        ["admin1 'ML05' is a P-code: moved to admin1_pcode"]]


def test_dtm_api_export_gives_admin_figures_without_points(tmp_path):
    result = import_site_list(write_dtm_api_export(tmp_path / "dtm_api.csv"))
    assert not result.located and result.sites == []
    assert result.mapping["round"] == "roundNumber" and result.mapping["reporting_date"] == "reportingDate"
    assert result.mapping["individuals"] == "numPresentIdpInd" and result.mapping["admin1_pcode"] == "admin1Pcode"
    assert {"hxl_row", "no_coordinates", "rounds", "pcode_table"} <= {note.code for note in result.notes}
    counts = result.counts
    assert {k: getattr(counts, k) for k in ("read", "imported", "without_coordinates", "fixed", "warned",
                                            "rejected", "superseded")} == {
        k: DTM_API_EXPECTED[k] for k in ("read", "imported", "without_coordinates", "fixed", "warned",
                                         "rejected", "superseded")}
    _accounted_for(counts, len(DTM_API_ROWS))
    assert _every_reason(result) == DTM_API_EXPECTED["rejected_reasons"]
    by_row = {row.row: row for row in result.admin_figures}
    assert {row: tuple(figure.values[f] for f in ("admin_level", "admin1_pcode", "admin2_pcode", "individuals",
                                                  "round", "reporting_date"))
            for row, figure in by_row.items()} == DTM_API_EXPECTED["figures"]
    assert all(figure.longitude is None for figure in result.admin_figures)
    taoudenit, = by_row[7].warnings  # the 2023 code for Taoudénit is Bamako in the COD-AB: said, not fixed
    assert "ML09 is Bamako in the COD-AB" in taoudenit and "2023 regions" in taoudenit
    assert by_row[7].values["admin1"] == "Taoudénit" and by_row[7].values["admin1_pcode"] == "ML09"
    douentza, = by_row[9].warnings
    assert "ML0506 is Mopti in the COD-AB cercles" in douentza and "ML0504" in douentza
    assert by_row[8].fixes == ["admin2_pcode 'ml0703' read as 'ML0703'"] and not by_row[8].warnings


def test_baseline_workbook_reads_the_site_sheet_below_its_titles(tmp_path):
    pytest.importorskip("openpyxl")
    result = import_site_list(write_baseline_workbook(tmp_path / "baseline.xlsx"))
    assert result.notes[0] == Note("sheet", ("Sites", 3, 3, 4))
    assert describe(result.notes[0]) == "Sheet 'Sites' read (3 of 3), header on row 4"
    counts = result.counts
    assert (counts.read, counts.imported, counts.fixed, counts.rejected, counts.superseded) == tuple(
        BASELINE_SITES_EXPECTED[k] for k in ("read", "imported", "fixed", "rejected", "superseded"))
    _accounted_for(counts, 8)  # rows 5 to 13 of the sheet, row 12 blank
    assert _every_reason(result) == BASELINE_SITES_EXPECTED["rejected_reasons"]
    assert {site.row: tuple(site.values[f] for f in ("site_id", "households", "individuals", "round",
                                                     "reporting_date"))
            for site in result.sites} == BASELINE_SITES_EXPECTED["sites"]


def test_baseline_workbook_sheet_by_name_or_number(tmp_path):
    pytest.importorskip("openpyxl")
    path = write_baseline_workbook(tmp_path / "baseline.xlsx")
    for sheet in ("Par cercle", "par cercle", "2"):
        result = import_site_list(path, sheet=sheet)
        assert result.notes[0] == Note("sheet", ("Par cercle", 2, 3, 3)) and not result.located
        counts = result.counts
        assert {k: getattr(counts, k) for k in BASELINE_CERCLES_EXPECTED if k != "rejected_reasons"} == {
            k: v for k, v in BASELINE_CERCLES_EXPECTED.items() if k != "rejected_reasons"}
        _accounted_for(counts, 4)
        assert _every_reason(result) == BASELINE_CERCLES_EXPECTED["rejected_reasons"]
    warned, = [row for row in result.admin_figures if row.warnings]
    assert warned.row == 6 and any("ML19 is not a COD-AB region; it is Bandiagara" in w for w in warned.warnings)
    assert any("ML0505 does not lie in admin1_pcode ML19" in w for w in warned.warnings)
    with pytest.raises(DtmError, match="no sheet 'Camps'.*Lisez-moi, Par cercle, Sites"):
        import_site_list(path, sheet="Camps")
    with pytest.raises(DtmError, match="No latitude column found in baseline.xlsx, sheet 'Lisez-moi'.*or SHEET"):
        import_site_list(path, sheet="1")


def test_csv_title_lines_above_the_header(tmp_path):
    path = tmp_path / "titled.csv"
    path.write_text("DTM Mali - liste des sites\nMise à jour : 31/05/2023\n\n"
                    "Nom du site;Latitude;Longitude;Ménages\nSocoura;14.5125;-4.159;212\n", encoding="utf-8")
    result = import_site_list(path)
    assert result.notes == [Note("header_row", (4,)), Note("outline", ("mali.geojson", "10"))]
    assert result.delimiter == ";"
    assert [(site.row, site.values["households"]) for site in result.sites] == [(5, 212)]


def test_several_rounds_keep_the_latest_report_of_each_site(tmp_path):
    path = tmp_path / "rounds.csv"
    path.write_text("\n".join([
        "site_id,site_name,latitude,longitude,individuals,round,reporting_date",
        "A,Socoura,14.51,-4.15,100,R65,31/05/2023",   # 2 superseded by 4
        "B,Fatoma,14.61,-4.04,50,65,2023-05-31",      # 3 kept: its only report
        "a,Socoura,14.51,-4.15,120,Round 66,2023-08-31",  # 4 kept (ids compared without case)
        "C,Sévaré,14.53,-4.09,80,66,2023-08-01",      # 5 superseded by 6: same round, later date
        "C,Sévaré,14.53,-4.09,85,66,2023-08-15",      # 6 kept
        ",Kona,14.9,-3.9,10,66,not a date",           # 7 kept (by name), date left empty with a warning
        ",Kona,14.9,-3.9,12,,2023-09-01",             # 8 superseded by 7: a round beats no round
    ]) + "\n", encoding="utf-8")
    result = import_site_list(path)
    _accounted_for(result.counts, 7)
    assert {site.row: (site.values["individuals"], site.values["round"], site.values["reporting_date"])
            for site in result.sites} == {3: (50, 65, "2023-05-31"), 4: (120, 66, "2023-08-31"),
                                          6: (85, 66, "2023-08-15"), 7: (10, 66, None)}
    assert _every_reason(result) == {
        2: "superseded by row 4: a later report of the same place (round 66, 2023-08-31)",
        5: "superseded by row 6: a later report of the same place (round 66, 2023-08-15)",
        8: "superseded by row 7: a later report of the same place (round 66)"}
    kona, = [site for site in result.sites if site.row == 7]
    assert kona.warnings == ["reporting date 'not a date' not understood (day/month/year or "
                             "year-month-day); left empty"]


def test_values_rounds_dates_and_admin_levels():
    assert [parse_round(v) for v in ("65", 65.0, "65.0", "R65", "Round 66", "round_67", "Passage 3", "R?",
                                     "6.5")] == [65, 65, 65, 65, 66, 67, 3, None, None]
    assert [parse_date(v) for v in ("2023-05-31", "2023-05-31T00:00:00", "31/05/2023", "1-6-2023",
                                    datetime.datetime(2023, 5, 31, 12), "31/13/2023", "May 2023")] == [
        "2023-05-31", "2023-05-31", "2023-05-31", "2023-06-01", "2023-05-31", None, None]
    assert [parse_admin_level(v) for v in ("1", 2.0, "Admin 1", "adm2", "4", "x")] == [1, 2, 1, 2, None, None]


def test_pcodes_checked_against_the_shipped_table():
    table = load_pcode_table()

    def check(**values):
        return check_pcodes(values, table)

    assert check(admin1="Bamako", admin1_pcode="ML09") == ([], [])
    assert check(admin1="Région de Ségou", admin1_pcode="ML04", admin2="Ségou", admin2_pcode="ML0406") == ([], [])
    assert check(admin1="Mopti", admin1_pcode="ML05", admin2="Nara", admin2_pcode="ML0507")[1] == [
        "admin2_pcode ML0507 is Ténenkou in the COD-AB cercles, but admin2 is 'Nara': code and name kept as given"]
    assert check(admin1="Koulikoro", admin1_pcode="ML02", admin2="Nara", admin2_pcode="ML0207") == ([], [])
    assert check(admin1="Gao", admin1_pcode="ML05")[1] == [
        "admin1_pcode ML05 is Mopti in the COD-AB regions, but admin1 is 'Gao' (ML07 in the COD-AB): "
        "code and name kept as given"]
    assert check(admin1="Taoudénit", admin1_pcode="ML09")[1] == [
        "admin1_pcode ML09 is Bamako in the COD-AB regions, but admin1 is 'Taoudénit', the meaning of ML09 "
        "in the 2023 regions of REACH's 2025 scripts: check which list the file follows (code and name "
        "kept as given)"]
    assert check(admin1="Bamako", admin1_pcode="ML00")[1] == [
        "admin1_pcode ML00 is not a COD-AB region; it is Bamako in the 2023 regions of REACH's 2025 "
        "scripts: check which list the file follows"]
    assert check(admin1_pcode="ML14")[1] == [
        "admin1_pcode ML14 is in neither region list of mali_admin.json (COD-AB ML01-ML10, 2023 regions)"]
    assert check(admin1="Mopti", admin2_pcode="ML0601")[1] == [
        "ML06 (start of admin2_pcode ML0601) is Tombouctou in the COD-AB regions, but admin1 is 'Mopti' "
        "(ML05 in the COD-AB): code and name kept as given"]
    values = {"admin1_pcode": " ml05", "admin2_pcode": "ML051", "admin3_pcode": "ML050101"}
    fixes, warnings = check_pcodes(values, table)
    assert fixes == ["admin1_pcode ' ml05' read as 'ML05'"] and values["admin1_pcode"] == "ML05"
    assert warnings == ["admin2_pcode 'ML051' is not a Mali P-code of level 2 (ML and 2 digits per level: "
                        "ML05, ML0501, ML050101); kept as given"]
    assert check(admin1_pcode="ML05", admin3_pcode="ML060505")[1] == [
        "admin3_pcode ML060505 does not lie in admin1_pcode ML05"]


def test_shipped_pcode_table_states_its_sources():
    content = json.loads(PCODE_TABLE.read_text(encoding="utf-8"))
    assert content["compiled"]
    for key in ("admin1", "admin1_2023", "admin2"):
        assert content[key]["source"] and content[key]["confidence"] in ("secondary", "verified", "unverified")
    table = load_pcode_table()
    assert {code: table.regions.name_of(code) for code in table.regions.names} == {
        "ML01": "Kayes", "ML02": "Koulikoro", "ML03": "Sikasso", "ML04": "Ségou", "ML05": "Mopti",
        "ML06": "Tombouctou", "ML07": "Gao", "ML08": "Kidal", "ML09": "Bamako", "ML10": "Ménaka"}
    assert table.regions_2023.name_of("ML09") == "Taoudénit" and table.regions_2023.name_of("ML00") == "Bamako"
    assert table.cercles.name_of("ML0501") == "Bandiagara"
    assert all(code[:4] in table.regions.names for code in table.cercles.names)


# --- reliability: outline, absurd figures, rows never lost, files that are not site lists ------------

def _geodesic_distance_km(outline, lon, lat, step_m=50.0):
    """Oracle: pyproj geodesic distance from (lon, lat) to the outline's border
    densified every ``step_m`` (edges straight in degrees, as the outline draws them)."""
    import numpy as np
    from pyproj import Geod
    geod = Geod(ellps="WGS84")
    points = []
    for polygon in getattr(outline.geometry, "geoms", [outline.geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            coordinates = list(ring.coords)
            for (x0, y0), (x1, y1) in zip(coordinates[:-1], coordinates[1:]):
                steps = max(2, int(geod.inv(x0, y0, x1, y1)[2] / step_m))
                points.extend((x0 + t * (x1 - x0), y0 + t * (y1 - y0))
                              for t in np.linspace(0, 1, steps, endpoint=False))
    points = np.array(points)
    distances = geod.inv(np.full(len(points), lon), np.full(len(points), lat), points[:, 0], points[:, 1])[2]
    return distances.min() / 1000.0


# (lon, lat) -> what the import does; distances are the oracle's (pyproj, border densified every 50 m)
BORDER_CASES = {
    "Ouagadougou": ((-1.52, 12.37), "coordinates outside Mali (12.37 N, 1.52 W, 206 km from the border)"),
    "Niamey": ((2.11, 13.51), "coordinates outside Mali (13.51 N, 2.11 E, 199 km from the border)"),
    "south of Koro 15.6 km out": ((-3.0, 13.482), "coordinates outside Mali (13.482 N, 3 W, 16 km from the border)"),
    "south of Koro 4.8 km out": ((-3.0, 13.587), None),  # kept, within the 10 km tolerance, with a warning
    "Mopti": ((-4.1975, 14.4843), None),
}


def test_outline_distances_agree_with_pyproj_geodesic():
    from mali_sites_plugin.dtm.outline import load_outline
    outline = load_outline()
    assert outline.tolerance_km == 10.0
    for name, ((lon, lat), _) in BORDER_CASES.items():
        placement = outline.place(lon, lat)
        if name == "Mopti":
            assert (placement.inside, placement.outside_km) == (True, 0.0)
            continue
        expected = _geodesic_distance_km(outline, lon, lat)
        assert placement.outside_km == pytest.approx(expected, rel=1e-3, abs=0.01), name
        assert placement.inside == (expected <= 10.0), name
    assert outline.place(0.0, 0.0).outside_km == pytest.approx(_geodesic_distance_km(outline, 0.0, 0.0), rel=1e-3)


def test_sites_in_burkina_faso_and_niger_are_rejected_with_where_they_are(tmp_path):
    path = tmp_path / "border.csv"
    path.write_text("site,latitude,longitude,individuals\n" + "".join(
        "%s,%s,%s,10\n" % (name, lat, lon) for name, ((lon, lat), _) in BORDER_CASES.items()), encoding="utf-8")
    result = import_site_list(path)
    expected = {row: reason for row, (_, (_, reason)) in enumerate(BORDER_CASES.items(), start=2) if reason}
    assert {row.row: row.reason for row in result.rejected} == expected
    assert [site.row for site in result.sites] == [5, 6]
    near, mopti = result.sites
    assert near.warnings == ["4.8 km outside Mali's outline (Natural Earth), within its 10 km tolerance: kept; "
                             "check the coordinates if the site is not on the border"]
    assert not mopti.warnings and not mopti.fixes
    assert Note("outline", ("mali.geojson", "10")) in result.notes
    _accounted_for(result.counts, 5)


def test_swapped_coordinates_are_swapped_back_only_into_mali(tmp_path):
    path = tmp_path / "swapped.csv"
    path.write_text("site,latitude,longitude\nMopti,-4.1975,14.4843\nNiamey,2.11,13.51\nUTM,1612345,456789\n",
                    encoding="utf-8")
    result = import_site_list(path)
    assert [(site.longitude, site.latitude) for site in result.sites] == [(-4.1975, 14.4843)]
    assert result.sites[0].fixes == ["latitude -4.1975 and longitude 14.4843 were swapped; swapped back"]
    assert {row.row: row.reason for row in result.rejected} == {
        3: "coordinates outside Mali (2.11 N, 13.51 E, 1,831 km from the border)",
        4: "latitude 1612345.0, longitude 456789.0 are not degrees (latitude -90 to 90, longitude -180 to 180): "
           "give WGS 84 decimal degrees"}
    from mali_sites_plugin.dtm.outline import load_outline
    assert _geodesic_distance_km(load_outline(), 13.51, 2.11) == pytest.approx(1830.7, abs=0.1)


def test_shipped_outline_is_qgis_natural_earth_mali_with_its_source():
    from mali_sites_plugin.dtm.outline import MALI_OUTLINE, load_outline, outline_properties
    properties = outline_properties()
    assert "Natural Earth" in properties["source"] and "world_map.gpkg" in properties["source"]
    assert "Public domain" in properties["licence"] and properties["extracted"] == "2026-12-02"
    assert properties["border_tolerance_km"] == 10.0 and "GPS" in properties["border_tolerance_reason"]
    readme = (MALI_OUTLINE.parent / "README.md").read_text(encoding="utf-8")
    assert all(word in readme for word in ("Natural Earth", "public domain", "2026-12-02", "10 km"))
    world_map = Path("/usr/share/qgis/resources/data/world_map.gpkg")
    if not world_map.exists():
        pytest.skip("QGIS's world_map.gpkg is not installed here")
    from osgeo import ogr
    from shapely import wkb
    dataset = ogr.Open(str(world_map))  # held: its layers die with it
    layer = dataset.GetLayerByName("countries")
    layer.SetAttributeFilter("NAME = 'Mali'")
    feature = layer.GetNextFeature()  # held too: its geometry belongs to it
    qgis_mali = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
    shipped = load_outline().geometry
    assert shipped.is_valid and qgis_mali.hausdorff_distance(shipped) < 1e-5  # degrees: about 1 m


def test_absurd_figures_are_rejected_as_typos(tmp_path):
    from mali_sites_plugin.dtm.site_list import MALI_POPULATION
    assert MALI_POPULATION == 25518081
    path = tmp_path / "huge.csv"
    path.write_text("\n".join([
        "site,latitude,longitude,households,individuals,round",
        "A,14.5,-4.2,10,3000000000,70",          # 2 the QA's row: 32-bit overflow before
        "B,14.5,-4.2,\"3,000,000,000\",50,70",   # 3 thousands separators
        "C,14.5,-4.2,10,25518082,70",            # 4 one more than Mali
        "D,14.5,-4.2,10,25518081,71",            # 5 all of Mali: kept (absurd for a site, not impossible)
        "E,14.5,-4.2,10,50,20230531",            # 6 a date typed as the round
        "F,14.5,-4.2,10,1e20,70",                # 7
    ]) + "\n", encoding="utf-8")
    result = import_site_list(path)
    population = "more than Mali's whole population (25,518,081, UN WPP 2022 for 2026): a typo? correct the " \
                 "figure and import the file again"
    assert {row.row: row.reason for row in result.rejected + result.superseded} == {
        2: "individuals 3000000000 is " + population, 3: "households 3000000000 is " + population,
        4: "individuals 25518082 is " + population,
        6: "round 20230531 is not a DTM round number (DTM Mali numbers its rounds from 1; round 70 was in 2023): "
           "correct the round",
        7: "individuals 100000000000000000000 is " + population}
    assert [(site.row, site.values["individuals"]) for site in result.sites] == [(5, 25518081)]
    _accounted_for(result.counts, 6)


def test_rows_read_are_counted_as_read_not_summed(tmp_path):
    """counts.read is the number of rows holding a value, counted while reading:
    imported + rejected + superseded must come to it for every sample."""
    cases = [(write_french_latin1(tmp_path / "fr.csv"), 9), (write_kobo_export(tmp_path / "kobo.csv"), 5),
             (write_dtm_api_export(tmp_path / "api.csv"), 10), (write_hxl_utf8_bom(tmp_path / "hxl.csv"), 2)]
    for path, rows in cases:
        result = import_site_list(path)
        assert result.rows_read == rows
        _accounted_for(result.counts, rows)


def test_a_text_fid_column_is_written_as_orig_fid(tmp_path):
    from mali_sites_plugin.dtm.table import imported_columns, rejected_columns
    path = tmp_path / "qgis_export.csv"
    path.write_text("fid,geom,site,latitude,longitude\nabc,POINT(1 2),Socoura,14.5125,-4.159\n"
                    "def,,Bad,x,-4.1\n", encoding="utf-8")
    result = import_site_list(path)
    assert Note("renamed", ("fid -> orig_fid, geom -> orig_geom",)) in result.notes
    names = [column.name for column in imported_columns(result)]
    assert "orig_fid" in names and "fid" not in names and "orig_geom" in names
    assert [c.values for c in imported_columns(result) if c.name == "orig_fid"] == [["abc"]]
    assert [c.values for c in rejected_columns(result) if c.name == "orig_fid"] == [["def"]]


def _error(path, **arguments):
    with pytest.raises(DtmError) as caught:
        import_site_list(path, **arguments)
    error = caught.value
    assert error.values and "%" in error.text  # the template form: translated, then filled
    return str(error)


def test_files_that_are_not_site_lists_are_said_to_be_what_they_are(tmp_path):
    cases = {
        "delimiters.csv": (b",,,\n,,,\n\n,,,\n", "holds only separators (',') and no values"),
        "semicolons.csv": (b";;;;\r\n;;;;\r\n", "holds only separators (';') and no values"),
        "header.csv": (b"site,latitude,longitude\n\n,,\n", "has a header on line 1 but no rows under it"),
        "database.txt": (b"SQLite format 3\x00" + b"\x00" * 100, "not a text table (CSV): it is an SQLite database"),
        "utf16.csv": ("site,latitude\nA,14\n".encode("utf-16"), "holds binary data"),
        "workbook.csv": (b"PK\x03\x04" + b"\x00" * 50, "a zip archive (an .xlsx workbook with another extension?"),
        "long.txt": (b"x" * 200000 + b"\n", "Line 1 of long.txt cannot be read as a table (field larger than"),
        "damaged.xlsx": (b"PK\x03\x04garbage", "The workbook damaged.xlsx cannot be read"),
    }
    for name, (content, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert words in _error(path), name
    assert "does not exist: give the path of a CSV or XLSX file" in _error(tmp_path / "missing.csv")
    assert "is a folder: give the path of a CSV or XLSX file" in _error(tmp_path)


def test_decimal_commas_in_a_comma_separated_file(tmp_path):
    path = tmp_path / "commas.csv"
    path.write_text("site,latitude,longitude,individuals\nA,14,5301,-4,0987,100\nB,14,6188,-4,0412,60\n",
                    encoding="utf-8")
    message = _error(path)
    assert message == ("commas.csv uses decimal commas in a comma-separated file: every row (2) has more fields "
                       "than the 4 columns of its header (line 2: 14,5301, -4,0987). Save it with ';' as separator "
                       "or with decimal points, and import it again")
    path.write_text('site,latitude,longitude,individuals\nA,14,5301,-4,0987,100\nB,"14,6188","-4,0412",60\n'
                    "C,Sévaré, centre,14.53,-4.09,80\n", encoding="utf-8")
    result = import_site_list(path)
    assert {row.row: row.reason for row in result.rejected} == {
        2: "6 fields for the 4 columns of the header: the file uses decimal commas in a comma-separated file "
           "(14,5301, -4,0987): save it with ';' as separator or with decimal points",
        4: "6 fields for the 4 columns of the header (a separator ',' inside a value?): put the value in quotes "
           "or remove the separator"}
    assert [(site.row, site.latitude, site.fixes[0][:8]) for site in result.sites] == [(3, 14.6188, "latitude")]
    assert Note("decimal_commas", (1,)) in result.notes
    _accounted_for(result.counts, 3)


def test_title_rows_above_a_header_that_names_few_known_columns(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sites"
    sheet.append(["DTM Mali - Liste des sites de déplacés"])
    sheet.append(["Région : Mopti", "Cercle : Bandiagara", "Date : 31/05/2023"])
    sheet.append([])
    sheet.append(["Code", "Latitude", "Longitude", "Remarque"])  # 2 known columns only
    sheet.append(["S01", 14.5125, -4.159, "ok"])
    sheet.append(["S02", 14.3484, -3.6104, ""])
    book.save(tmp_path / "titles.xlsx")
    result = import_site_list(tmp_path / "titles.xlsx")
    assert result.notes[0] == Note("sheet", ("Sites", 1, 1, 4))
    assert describe(result.notes[0]) == "Sheet 'Sites' read (1 of 1), header on row 4"
    assert [(site.row, site.latitude) for site in result.sites] == [(5, 14.5125), (6, 14.3484)]
    _accounted_for(result.counts, 2)


def test_repeated_site_ids_are_reported(tmp_path):
    path = tmp_path / "repeats.csv"
    path.write_text("\n".join([
        "site_id,site,latitude,longitude,individuals",
        "S01,Socoura,14.5125,-4.159,1180",   # 2 kept
        "S02,Fatoma,14.6188,-4.0412,322",    # 3 kept, warned: S02 again on 5 with other values
        "S01,Socoura,14.5125,-4.159,1180",   # 4 the same entry as row 2: rejected
        "s02,Kona,14.95,-3.89,400",          # 5 kept, warned (ids compared without case)
        "S03,Sévaré,14.5301,-4.0987,510",    # 6 kept, no repeat
    ]) + "\n", encoding="utf-8")
    result = import_site_list(path)
    assert {row.row: row.reason for row in result.rejected} == {
        4: "duplicate of row 2: the same site id 'S01' with the same values (the same entry twice; kept once)"}
    assert {site.row: site.warnings for site in result.sites} == {
        2: [], 6: [],
        3: ["site id 'S02' is also on row 5: one site listed twice (its people counted twice) or two places "
            "with one id; check and correct the list"],
        5: ["site id 's02' is also on row 3: one site listed twice (its people counted twice) or two places "
            "with one id; check and correct the list"]}
    assert Note("duplicates", (3,)) in result.notes
    _accounted_for(result.counts, 5)
    assert (result.counts.imported, result.counts.warned, result.counts.rejected) == (4, 2, 1)


def test_repeated_admin_units_without_rounds_are_reported(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("admin1,admin1Pcode,admin2,admin2Pcode,individuals\nMopti,ML05,Bandiagara,ML0501,42000\n"
                    "Mopti,ML05,Bandiagara,ML0501,42000\nMopti,ML05,Douentza,ML0504,16000\n", encoding="utf-8")
    result = import_site_list(path)
    assert not result.located
    assert {row.row: row.reason for row in result.rejected} == {
        3: "duplicate of row 2: the same P-code ML0501 with the same values (the same entry twice; kept once)"}
    _accounted_for(result.counts, 3)
