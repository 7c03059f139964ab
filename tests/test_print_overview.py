"""malisites:printoverview: the ranked table read back from the layout (the
manual tables' cells) and from the PDF's text, on hand-built flood exposure
sites whose order is worked out here by hand, with WASH gaps counted with
geopandas; a national layer of many sites spread over continuation pages;
no item over another on any page; through processing.run and qgis_process."""
import subprocess
import unicodedata

import geopandas as gpd
import numpy as np
import pytest
from qgis.core import QgsApplication, QgsLayoutUtils, QgsProcessingFeedback
from shapely.geometry import Point, box

from conftest import SAMPLE_DATA, users_context
from test_print_pages import check_page

ALGORITHM = "malisites:printoverview"
NNBSP = "\u202f"
# name, lon, lat, exposed Q10, exposed Q100, (class, rank) Q10, (class, rank) Q100, worst scenario
HAND_SITES = [
    ("Socoura", -4.15, 14.50, 120, 800, ("medium", 2), ("high", 3), "Q100"),
    ("Ber", -3.00, 16.80, 800, 800, ("medium", 2), ("medium", 2), "Q100"),
    ("Kidal camp", 1.40, 18.40, 0, 50, ("caution", 0), ("low", 1), "Q100"),
    ("Ansongo", 0.50, 15.66, None, None, ("high", 3), ("high", 3), "Q10"),
    ("Niono", -5.99, 14.25, 1500, 1200, ("medium", 2), ("medium", 2), "Q10"),
    ("Aardvark", -8.00, 12.65, 0, 50, ("caution", 0), ("low", 1), "Q100"),
]
# Worked out by hand from the rule: most people exposed in the worst scenario first (Niono 1500);
# Socoura and Ber tie at 800: Socoura's class is worse (high); Aardvark and Kidal camp tie at 50, low:
# by name; Ansongo counts no people: last.
HAND_ORDER = ["Niono", "Socoura", "Ber", "Aardvark", "Kidal camp", "Ansongo"]


def flood_layer(path, sites):
    """A site layer as Flood exposure writes it (its columns, flood/tables.py), squares of 0.01°."""
    rows = []
    for name, lon, lat, q10, q100, class10, class100, worst in sites:
        worst_class = (class10 if worst == "Q10" else class100)
        rows.append({"site_name": name, "exposed_people_q10": q10, "hazard_class_q10": class10[0],
                     "hazard_rank_q10": class10[1], "wet_pct_q10": 10.0, "exposed_people_q100": q100,
                     "hazard_class_q100": class100[0], "hazard_rank_q100": class100[1], "wet_pct_q100": 20.0,
                     "worst_scenario": worst, "worst_class": worst_class[0], "worst_rank": worst_class[1],
                     "geometry": box(lon - 0.005, lat - 0.005, lon + 0.005, lat + 0.005)})
    gpd.GeoDataFrame(rows, crs="EPSG:4326").to_file(path, driver="GPKG")
    return str(path)


@pytest.fixture
def hand_sites(tmp_path):
    return flood_layer(tmp_path / "sites_flood.gpkg", HAND_SITES)


@pytest.fixture
def wash_shelters(tmp_path):
    """WASH coverage's shelters (people, wp_ok, wp_dist_m, lat_ok) in Socoura and Ber, one outside every site."""
    rows = [(-4.151, 14.501, 6, False, True), (-4.149, 14.499, 5, False, False), (-4.150, 14.502, 7, True, None),
            (-3.001, 16.801, 4, True, False), (-2.0, 16.0, 9, False, False)]
    frame = gpd.GeoDataFrame([{"people": p, "wp_ok": w, "wp_dist_m": 100.0, "lat_ok": t, "geometry": Point(x, y)}
                              for x, y, p, w, t in rows], crs="EPSG:4326")
    path = tmp_path / "wash_shelters.gpkg"
    frame.to_file(path, driver="GPKG", engine="fiona", schema={"geometry": "Point", "properties": {
        "people": "int", "wp_ok": "bool", "wp_dist_m": "float", "lat_ok": "bool"}})  # booleans, as WASH writes
    return str(path)


def wash_gaps_by_geopandas(sites_path, shelters_path):
    """{site name: (people with wp_ok no, people with lat_ok no)}, each shelter in the site
    polygon that holds it (shapely's predicate, brute force: the oracle)."""
    sites = gpd.read_file(sites_path)
    shelters = gpd.read_file(shelters_path)
    gaps = {}
    for name, polygon in zip(sites.site_name, sites.geometry):
        inside = shelters[shelters.geometry.within(polygon)]
        if len(inside):
            gaps[name] = (int(inside.loc[inside.wp_ok == False, "people"].sum()),  # noqa: E712 (NULL is not no)
                          int(inside.loc[inside.lat_ok == False, "people"].sum()))  # noqa: E712
    return gaps


def layout_of(parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    context = users_context()
    return algorithm.page_layout(dict({"OUTPUT": "unused.pdf"}, **parameters), context, QgsProcessingFeedback())


def table_rows(layout):
    """Every row of the ranked tables, page after page, as the layout holds them (cell texts)."""
    frames = sorted((item for item in layout.items() if getattr(item, "id", lambda: "")().startswith("table_")),
                    key=lambda frame: int(frame.id().split("_")[1]))
    return [[cell.content() for cell in row] for frame in frames for row in frame.multiFrame().tableContents()]


def headers_of(layout):
    return [column.heading() for column in layout.itemById("table_1").multiFrame().headers()]


def check_tables_fit(layout):
    """Each table's rows are all drawn in its frame (QGIS's own count), no wider than it."""
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    for item in layout.items():
        if getattr(item, "id", lambda: "")().startswith("table_"):
            table = item.multiFrame()
            rows = len(table.tableContents())
            assert table.rowsVisible(context, item.rect().height(), 0, True, False) >= rows, item.id()
            assert table.totalWidth() <= item.rect().width() + 0.05, (item.id(), table.totalWidth())


def pdf_lines(path):
    """The PDF's text, one line per printed line (-layout keeps a table row on one line)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [" ".join(unicodedata.normalize("NFKC", line).split()) for line in text.splitlines()]


@pytest.mark.parametrize("template", [0, 1])
def test_the_ranked_table_follows_the_rank_rule_with_the_wash_gaps(plugin, hand_sites, wash_shelters, template):
    layout, ranked, _project = layout_of({"SITE": hand_sites, "WASH": [wash_shelters], "TEMPLATE": template})
    rows = table_rows(layout)
    assert [row[1] for row in rows] == HAND_ORDER
    assert [row[0] for row in rows] == [str(n) for n in range(1, 7)]
    assert headers_of(layout) == ["#", "Site", "Region", "Exposed Q10", "Exposed Q100", "Worst class (scenario)",
                                  "Beyond water", "Beyond toilet"]
    by_name = {row[1]: row for row in rows}
    gaps = wash_gaps_by_geopandas(hand_sites, wash_shelters)
    assert gaps == {"Socoura": (11, 5), "Ber": (0, 4)}  # the oracle agrees with the hand count
    for name, (water, toilet) in gaps.items():
        assert by_name[name][6:] == [str(water), str(toilet)]
    for name in ("Niono", "Aardvark", "Kidal camp", "Ansongo"):
        assert by_name[name][6:] == ["-", "-"]  # no audited household in the site
    assert by_name["Niono"][3:6] == ["1,500", "1,200", "medium (Q10)"]
    assert by_name["Socoura"][3:6] == ["120", "800", "high (Q100)"]
    assert by_name["Ansongo"][3:6] == ["-", "-", "high (Q10)"]
    assert by_name["Socoura"][2] == "Mopti" and by_name["Kidal camp"][2] == "Kidal"
    assert layout.pageCollection().pageCount() == 1 and layout.itemById("more_sites") is None
    check_page(layout, [layout.itemById("legend").model().rootGroup().findLayers()[0].layer().name()])
    check_tables_fit(layout)


def test_the_pdf_prints_the_rows_in_english_and_french(run_algorithm, hand_sites, wash_shelters, tmp_path):
    english, french = tmp_path / "overview.pdf", tmp_path / "synthese.pdf"
    result = run_algorithm(ALGORITHM, {"SITE": hand_sites, "WASH": [wash_shelters], "OUTPUT": str(english),
                                       "CONTACT": "cccm.mali@example.org", "LANGUAGE": 0})
    assert result["pages"] == 1 and result["sites"] == 6
    lines = pdf_lines(english)
    expected = ["1 Niono Ségou 1,500 1,200 medium (Q10) - -", "2 Socoura Mopti 120 800 high (Q100) 11 5",
                "3 Ber Timbuktu 800 800 medium (Q100) 0 4", "6 Ansongo Gao - - high (Q10) - -"]
    for row in expected:  # a map label may share the printed line, left of the table
        assert any(line.endswith(row) for line in lines), (row, "\n".join(lines))
    text = " ".join(lines)
    for words in ("Ranked by the people exposed in each site's worst flood scenario", "Mali - 6 sites",
                  "For humanitarian purposes only", "Contact: cccm.mali@example.org", "sites_flood.gpkg",
                  "wash_shelters.gpkg", "Scale 1:"):
        assert words in text, words
    run_algorithm(ALGORITHM, {"SITE": hand_sites, "WASH": [wash_shelters], "OUTPUT": str(french), "LANGUAGE": 1})
    lines = pdf_lines(french)
    for row in ["1 Niono Ségou 1 500 1 200 moyen (Q10) - -", "2 Socoura Mopti 120 800 élevé (Q100) 11 5"]:
        assert any(line.endswith(row) for line in lines), (row, "\n".join(lines))
    text = " ".join(lines)
    assert "À usage humanitaire uniquement" in text and "Diffusion : publique" in text
    assert "(high" not in text and "medium" not in text


def many_sites(count, seed=7):
    """``count`` sites spread over southern and central Mali with exposures drawn at random."""
    rng = np.random.default_rng(seed)
    sites = []
    for number in range(count):
        q10, q100 = (int(v) for v in rng.integers(0, 3000, 2))
        rank10, rank100 = (int(v) for v in rng.integers(0, 4, 2))
        names = ("caution", "low", "medium", "high")
        worst = "Q10" if q10 >= q100 else "Q100"
        sites.append(("Site %03d" % number, float(rng.uniform(-11, 3)), float(rng.uniform(11, 17)),
                      None if number % 17 == 0 else q10, None if number % 17 == 0 else q100,
                      (names[rank10], rank10), (names[rank100], rank100), worst))
    return sites


def expected_order(sites):
    """The rank rule applied with pandas: exposed in the worst scenario (the larger), worse class, name."""
    import pandas as pd
    frame = pd.DataFrame([{"name": s[0], "exposed": None if s[3] is None else max(s[3], s[4]),
                           "rank": (s[5] if s[7] == "Q10" else s[6])[1]} for s in sites])
    frame["unknown"] = frame.exposed.isna()
    frame = frame.sort_values(["unknown", "exposed", "rank", "name"], ascending=[True, False, False, True])
    return frame.name.tolist()


@pytest.mark.parametrize("template", [0, 1])
@pytest.mark.parametrize("language", [0, 1])
def test_hundreds_of_sites_go_on_continuation_pages_without_overlap(plugin, tmp_path, template, language):
    sites = many_sites(260)
    path = flood_layer(tmp_path / "national.gpkg", sites)
    title = "Inondations 2024 : sites de déplacés à suivre en priorité, toutes régions du Mali confondues"
    layout, ranked, _project = layout_of({"SITE": path, "TEMPLATE": template, "LANGUAGE": language,
                                          "TITLE": title})
    rows = table_rows(layout)
    assert [row[1] for row in rows] == expected_order(sites)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 261)]
    pages = layout.pageCollection().pageCount()
    assert pages >= 2
    first = len(layout.itemById("table_1").multiFrame().tableContents())
    more = layout.itemById("more_sites").text()
    assert more.startswith("%d " % (260 - first)), more
    for page in range(2, pages + 1):
        heading = layout.itemById("continued_%d" % page)
        assert heading.text().startswith(title) and heading.text().endswith("%d" % pages)
        assert layout.itemById("table_%d" % page).page() == page - 1
        lines = heading.text().split("\n")  # the long title fits its frame (QGIS's text measure)
        assert max(QgsLayoutUtils.textWidthMM(heading.font(), line) for line in lines) <= heading.rect().width()
        assert QgsLayoutUtils.textHeightMM(heading.font(), heading.text(), 1.0) <= heading.rect().height()
    check_page(layout, [layout.itemById("legend").model().rootGroup().findLayers()[0].layer().name()])
    check_tables_fit(layout)


def test_qgis_process_prints_the_sample_overview(qgis_process, tmp_path):
    pdf = tmp_path / "overview.pdf"
    result = qgis_process.run(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites_flood_exposure.gpkg"),
                                          "OUTPUT": str(pdf), "TEMPLATE": 1})
    assert result["results"]["pages"] == 1
    sites = gpd.read_file(SAMPLE_DATA / "sites_flood_exposure.gpkg")
    worst = sites[["exposed_people_q10", "exposed_people_q100"]].max(axis=1)
    top = sites.loc[worst.idxmax()]
    row = "1 %s Mopti %s %s high (Q100)" % (top.site_name, "{:,.0f}".format(top.exposed_people_q10),
                                            "{:,.0f}".format(top.exposed_people_q100))
    assert any(row in line for line in pdf_lines(pdf)), row
