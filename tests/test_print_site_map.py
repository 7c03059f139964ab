"""malisites:printsitemap: the PDF checked for real (pages, text, pixels)."""
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from conftest import REPO, SAMPLE_DATA
from sample_runs import sample_runs

ALGORITHM = "malisites:printsitemap"
SITE_NAMES = ("Socoura", "Sévaré Extension", "Fatoma route")


@pytest.fixture(scope="module")
def wash_outputs(tmp_path_factory):
    """The WASH coverage outputs of the sample data, as files (a batch user's case)."""
    folder = tmp_path_factory.mktemp("wash")
    outputs = {key: str(folder / ("%s.gpkg" % key.lower())) for key in
               ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES", "OUTPUT_GAPS", "OUTPUT_SUGGESTED")}
    return outputs


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path, page):
    """The text of a page in reading order, white space and ligatures (ﬁ) folded."""
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def render(path, page, tmp_path, dpi=50):
    from qgis.PyQt.QtGui import QImage
    stem = tmp_path / ("page%d" % page)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(path), str(stem)], check=True)
    image = QImage(str(stem) + ".png").convertToFormat(QImage.Format_RGB888)
    pointer = image.constBits()
    pointer.setsize(image.height() * image.bytesPerLine())
    array = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())
    return array[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def item_box_mm(template, item_id):
    """(x, y, width, height) in mm of an item of a .qpt template."""
    for element in ElementTree.parse(template).getroot().iter("LayoutItem"):
        if element.get("id") == item_id:
            x, y = (float(v) for v in element.get("position").split(",")[:2])
            width, height = (float(v) for v in element.get("size").split(",")[:2])
            return x, y, width, height
    raise AssertionError("no item %s in %s" % (item_id, template))


def expected_water_share(shelters_path, site_name):
    """Share of people within reach of water in one site, recomputed from
    the WASH output with QGIS geometry predicates (not the plugin's code)."""
    from qgis.core import QgsCoordinateTransform, QgsProject
    sites = QgsVectorLayer(str(SAMPLE_DATA / "sites.gpkg"), "sites", "ogr")
    site = next(f for f in sites.getFeatures() if f["site_name"] == site_name).geometry()
    shelters = QgsVectorLayer(shelters_path, "shelters", "ogr")
    transform = QgsCoordinateTransform(shelters.crs(), sites.crs(), QgsProject.instance())
    people = within = 0.0
    for feature in shelters.getFeatures():
        point = feature.geometry()
        point.transform(transform)
        if site.intersects(point):
            people += feature["people"]
            within += feature["people"] if feature["wp_ok"] else 0
    return 100.0 * within / people


def test_atlas_pdf_carries_what_the_cccm_guide_asks(run_algorithm, wash_outputs, tmp_path):
    run_algorithm("malisites:washcoverage", dict(sample_runs()["malisites:washcoverage"], **wash_outputs))
    flood_sites = str(tmp_path / "flood_sites.gpkg")
    run_algorithm("malisites:floodexposure", dict(sample_runs()["malisites:floodexposure"],
                                                  OUTPUT_SITES=flood_sites))
    pdf = tmp_path / "sites.pdf"
    result = run_algorithm(ALGORITHM, {
        "SITE": str(SAMPLE_DATA / "sites.gpkg"), "LAYERS": list(wash_outputs.values()) + [flood_sites],
        "TEMPLATE": 0,
        "LANGUAGE": 0, "TITLE": "Sites de Mopti", "AUTHOR": "Cluster CCCM Mali", "VERSION": "3",
        "OUTPUT": str(pdf)})
    assert result["pages"] == 3 and pdf_pages(pdf) == 3
    sites = {f["site_name"]: f for f in QgsVectorLayer(str(SAMPLE_DATA / "sites.gpkg"), "s", "ogr").getFeatures()}
    for page, name in enumerate(SITE_NAMES, start=1):
        text = pdf_text(pdf, page)
        assert "Sites de Mopti" in text and name in text
        assert "Version 3" in text and "Page %d of 3" % page in text
        assert "Households: {:,}".format(sites[name]["households"]) in text
        assert "Individuals: {:,}".format(sites[name]["individuals"]) in text
        assert "People within reach of water: %.1f %%" % expected_water_share(
            wash_outputs["OUTPUT_SHELTERS"], name) in text
        flooded = next(f for f in QgsVectorLayer(flood_sites, "f", "ogr").getFeatures() if f["site_name"] == name)
        assert "Flood Q100: %.1f %% of the site wet, %s people exposed" % (
            flooded["wet_pct_q100"], "{:,.0f}".format(flooded["exposed_people_q100"])) in text
        for words in ("Legend", "Site boundary", "Shelters: access to water and toilets",
                      "Compliance with Sphere Handbook 2018", "EPSG:32630", "Natural Earth",
                      "Cluster CCCM Mali", "Site area per person"):
            assert words in text, (page, words)
    assert "Latrine too close to a water point" in pdf_text(pdf, 1)  # the sample's latrine at 16 m

    # The map is drawn where the template puts it, and the page is not blank around it.
    image = render(pdf, 1, tmp_path)
    x, y, width, height = item_box_mm(REPO / "resources" / "layouts" / "a3_landscape.qpt", "main_map")
    scale = image.shape[1] / 420.0
    inner = image[int((y + 10) * scale):int((y + height - 10) * scale),
                  int((x + 10) * scale):int((x + width - 10) * scale)].reshape(-1, 3).astype(int)
    colours = {tuple(c) for c in inner[::7]}
    assert inner.std() > 20 and len(colours) > 20, "the main map is blank"
    boundary_red = np.abs(inner - (178, 24, 43)).sum(axis=1) < 60
    assert boundary_red.sum() > 50, "the site boundary is not drawn in the main map"
    bottom_margin = image[int(293.5 * scale):, :].reshape(-1, 3)
    assert (bottom_margin > 245).all(), "something is drawn outside the page layout"


def test_french_a4_through_qgis_process(qgis_process, tmp_path):
    pdf = tmp_path / "carte.pdf"
    output = qgis_process.run(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "TEMPLATE": 1,
                                          "LANGUAGE": 1, "OUTPUT": str(pdf)})
    assert output["results"]["pages"] == 3 and pdf_pages(pdf) == 3
    text = pdf_text(pdf, 2)
    assert "Sévaré Extension" in text and "Ménages : 759" in text and "Superficie du site : 22,92 ha" in text
    assert any(month in text for month in ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                           "août", "septembre", "octobre", "novembre", "décembre"))
    image = render(pdf, 2, tmp_path)
    assert image.shape[0] > image.shape[1]  # portrait


def test_bad_template_and_no_site(run_algorithm, tmp_path):
    broken = tmp_path / "broken.qpt"
    broken.write_text("<Layout>", encoding="utf-8")
    pdf = tmp_path / "out.pdf"
    with pytest.raises(QgsProcessingException, match="not a valid .qpt"):
        run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "TEMPLATE_FILE": str(broken),
                                  "OUTPUT": str(pdf)})
    no_map = tmp_path / "nomap.qpt"
    no_map.write_text('<Layout name="x"><PageCollection/></Layout>', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="main_map"):
        run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "TEMPLATE_FILE": str(no_map),
                                  "OUTPUT": str(pdf)})
    assert not pdf.exists()


def test_a_site_layout_plan_is_printed_with_its_figures(run_algorithm, tmp_path):
    outputs = {key: str(tmp_path / ("%s.gpkg" % key.lower())) for key in
               ("OUTPUT_PLOTS", "OUTPUT_ROADS", "OUTPUT_FIREBREAKS", "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED")}
    run_algorithm("malisites:sitelayout", dict(sample_runs()["malisites:sitelayout"], **outputs))
    pdf = tmp_path / "plan.pdf"
    run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "LANGUAGE": 0, "OUTPUT": str(pdf),
                              "LAYERS": [outputs[k] for k in ("OUTPUT_FACILITIES", "OUTPUT_PLOTS", "OUTPUT_ROADS",
                                                              "OUTPUT_FIREBREAKS", "OUTPUT_EXCLUDED")]})
    plots = QgsVectorLayer(outputs["OUTPUT_PLOTS"], "plots", "ogr")
    facilities = QgsVectorLayer(outputs["OUTPUT_FACILITIES"], "facilities", "ogr")
    text = pdf_text(pdf, 1)  # Socoura, site S01: the plan's own figures for it
    households = sum(f["households"] for f in plots.getFeatures() if f["site_id"] == "S01" and f["use"] == "household")
    tapstands = [f for f in facilities.getFeatures() if f["site_id"] == "S01" and f["kind"] == "water_point"]
    compartments = [f for f in facilities.getFeatures() if f["site_id"] == "S01" and f["kind"] == "latrine_block"]
    blocks = {f["block"] for f in compartments}
    assert len(compartments) == 2 * len(blocks)  # a female and a male compartment each, one block
    assert "Shelters: {:,}".format(households) in text
    assert "Water points: {:,} ({:,} taps)".format(len(tapstands), sum(f["taps"] for f in tapstands)) in text
    assert "Latrine blocks: {:,} ({:,} cubicles)".format(len(blocks), sum(f["cubicles"] for f in compartments)) in text
    for words in ("Plots", "Facilities", "Roads and paths", "Land not used", "Latrine block", "Firebreak"):
        assert words in text, words
