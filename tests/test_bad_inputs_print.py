"""Bad-input suite: malisites:printsitemap through qgis_process (tests/bad_inputs.py).

Counted figures are read back from the PDF's text (pdftotext) and compared
with counts made here with geopandas on the same files."""
import subprocess
import unicodedata

import geopandas as gpd
import pytest
from shapely.geometry import Point

from conftest import SAMPLE_DATA

ALGORITHM = "malisites:printsitemap"
SITES = str(SAMPLE_DATA / "sites.gpkg")


def pdf_text(path):
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def run(bad_input, **parameters):
    values = {"SITE": SITES, "OUTPUT": str(bad_input.out / "map.pdf")}
    values.update(parameters)
    return values


def shelters_per_site():
    """{site_name: shelters inside} of the sample data, counted with shapely's predicate."""
    sites = gpd.read_file(SITES)
    shelters = gpd.read_file(SAMPLE_DATA / "shelters.gpkg").to_crs(sites.crs)
    return {name: int(shelters.geometry.within(polygon).sum())
            for name, polygon in zip(sites["site_name"], sites.geometry)}


# -- the template ------------------------------------------------------------------------

def test_a_missing_template_says_so_with_its_path(bad_input, tmp_path):
    missing = tmp_path / "templates" / "mine.qpt"
    bad_input.check(ALGORITHM, run(bad_input, TEMPLATE_FILE=str(missing)), refused_with=[
        "The template %s (TEMPLATE_FILE) does not exist" % missing, "Layout > Save as Template"])


def test_a_template_not_in_utf8_says_so(bad_input, tmp_path):
    latin = tmp_path / "latin1.qpt"
    latin.write_bytes('<Layout name="Carte du site é">'.encode("latin-1"))  # é (0xe9) is at byte offset 28
    bad_input.check(ALGORITHM, run(bad_input, TEMPLATE_FILE=str(latin)), refused_with=[
        "The template %s (TEMPLATE_FILE) is not UTF-8 text (byte 28 cannot be read)" % latin,
        "Save the template again from QGIS"])


def test_an_unknown_page_size_is_refused_with_the_choices(bad_input):
    bad_input.check(ALGORITHM, run(bad_input, TEMPLATE=5), refused_with=[
        "TEMPLATE (Page): 5 is not one of its choices (0: A3 landscape, 1: A4 portrait)", "Give one of those numbers"])


def test_an_unknown_language_is_refused_with_the_choices(bad_input):
    bad_input.check(ALGORITHM, run(bad_input, LANGUAGE="klingon"), refused_with=[
        "LANGUAGE (Map language): klingon is not one of its choices (0: English, 1: Français)"])


# -- the PDF -------------------------------------------------------------------------------

def test_a_pdf_in_a_missing_folder_names_the_folder(bad_input):
    target = bad_input.out / "no such folder" / "map.pdf"
    bad_input.check(ALGORITHM, run(bad_input, OUTPUT=str(target)), refused_with=[
        "(OUTPUT)", "the folder '%s' does not exist" % target.parent, "Create it"])


def test_a_pdf_path_that_is_a_folder_says_so(bad_input):
    folder = bad_input.out / "map.pdf"
    folder.mkdir()
    bad_input.check(ALGORITHM, run(bad_input, OUTPUT=str(folder)), refused_with=[
        "(OUTPUT)", "'%s' is a folder" % folder, "Give a file name inside it"])


# -- sites and layers ----------------------------------------------------------------------

def test_no_layers_prints_a_page_per_site(bad_input):
    bad_input.check(ALGORITHM, run(bad_input), logged=["pages:\t3"])
    text = pdf_text(bad_input.out / "map.pdf")
    assert text.count("Page 1 of 3") == 1 and text.count("Page 3 of 3") == 1
    # the site layer's own households / individuals are the only figures
    assert "Shelters:" not in text and "No figure to check" not in text


def test_a_site_layer_without_features_is_refused(bad_input, tmp_path):
    empty = tmp_path / "empty.gpkg"  # the sample sites' layer, CRS and fields, without its features
    subprocess.run(["ogr2ogr", "-f", "GPKG", "-where", "1=0", str(empty), SITES], check=True)
    bad_input.check(ALGORITHM, run(bad_input, SITE=str(empty)), refused_with=[
        "has no site polygon to print", "give a layer with at least one site polygon"])


def test_a_layer_in_another_crs_is_counted_in_its_sites(bad_input, tmp_path):
    utm = tmp_path / "shelters_utm.gpkg"
    gpd.read_file(SAMPLE_DATA / "shelters.gpkg").to_crs("EPSG:32630").to_file(str(utm), driver="GPKG")
    bad_input.check(ALGORITHM, run(bad_input, LAYERS=str(utm)), logged=["pages:\t3"])
    text = pdf_text(bad_input.out / "map.pdf")
    for name, count in shelters_per_site().items():
        assert "Shelters: {:,}".format(count) in text, (name, count)


def wash_shelters(tmp_path, wp_ok):
    """Three shelters of 10 people inside site S01 with WASH coverage fields, wp_ok as text."""
    sites = gpd.read_file(SITES)
    centre = sites.to_crs("EPSG:32630").geometry.iloc[0].centroid
    points = gpd.GeoSeries([Point(centre.x + dx, centre.y) for dx in (0.0, 5.0, 10.0)], crs="EPSG:32630")
    path = tmp_path / "wash_shelters.gpkg"
    gpd.GeoDataFrame({"people": [10, 10, 10], "wp_ok": wp_ok, "wp_dist_m": [100.0, 900.0, 900.0],
                      "lat_ok": ["true", "true", "false"]}, geometry=points).to_file(str(path), driver="GPKG")
    return str(path)


def test_yes_no_fields_written_as_text_are_read_as_the_audit_writes_them(bad_input, tmp_path):
    # wp_ok 'true', 'false', 'false': 10 of 30 people within reach (33.3 %); lat_ok 20 of 30 (66.7 %)
    layer = wash_shelters(tmp_path, ["true", "false", "false"])
    bad_input.check(ALGORITHM, run(bad_input, LAYERS=layer), logged=["pages:\t3"])
    text = pdf_text(bad_input.out / "map.pdf")
    assert "People within reach of water: 33.3 %" in text
    assert "People within reach of a toilet: 66.7 %" in text


@pytest.mark.parametrize("phase, per_toilet", [(0, 50), (1, 20)])
def test_phase_picks_the_profiles_people_per_toilet(bad_input, phase, per_toilet):
    # the sample latrines in their sites; the box cites the phase's figure and the phase
    latrines = str(SAMPLE_DATA / "latrines.gpkg")
    bad_input.check(ALGORITHM, run(bad_input, LAYERS=latrines, PHASE=phase), logged=["pages:\t3"])
    text = pdf_text(bad_input.out / "map.pdf")
    assert text.count("(standard <= %d)" % per_toilet) == 3
    assert ("emergency phase" if phase == 0 else "medium-term phase") in text


# -- the overview of many sites (malisites:printoverview) ----------------------------------

OVERVIEW = "malisites:printoverview"
FLOOD_SITES = str(SAMPLE_DATA / "sites_flood_exposure.gpkg")


def overview(bad_input, **parameters):
    values = {"SITE": FLOOD_SITES, "OUTPUT": str(bad_input.out / "overview.pdf")}
    values.update(parameters)
    return values


def test_an_overview_of_sites_without_flood_columns_names_them_and_the_tool(bad_input):
    bad_input.check(OVERVIEW, overview(bad_input, SITE=SITES), refused_with=[
        "The site layer 'sites' (SITE) lacks the column(s) worst_scenario, worst_class, worst_rank, "
        "exposed_people_<scenario>, hazard_class_<scenario>, hazard_rank_<scenario>",
        "Flood exposure (malisites:floodexposure)", "'Site exposure' output (OUTPUT_SITES)"])


def test_an_overview_of_sites_lacking_one_worst_column_names_only_that_one(bad_input, tmp_path):
    sites = gpd.read_file(FLOOD_SITES).drop(columns=["worst_rank"])
    path = tmp_path / "no_worst_rank.gpkg"
    sites.to_file(path, driver="GPKG")
    printed = bad_input.check(OVERVIEW, overview(bad_input, SITE=str(path)), refused_with=[
        "The site layer 'no_worst_rank' (SITE) lacks the column(s) worst_rank that Flood exposure"])
    assert "worst_class," not in printed


def test_an_overview_with_a_wash_layer_that_is_not_shelters_says_which_to_give(bad_input):
    bad_input.check(OVERVIEW, overview(bad_input, WASH=str(SAMPLE_DATA / "water_points.gpkg")), refused_with=[
        "The layer 'water_points' (WASH) is not a 'Shelters' output of WASH coverage",
        "people, wp_ok and wp_dist_m"])


def test_an_overview_with_no_wash_prints_the_sample_sites(bad_input):
    bad_input.check(OVERVIEW, overview(bad_input), logged=["pages:\t1", "sites:\t3"])
