"""Picture tests: every styled output of every algorithm on the sample data
(with its legend, as the desktop styles it) and every printed page (A3 and
A4, French and English) compared with the committed reference images in
tests/reference_images/qgis-<major.minor>/ (rendering differs between QGIS
releases). MALI_SITES_UPDATE_REFERENCES=1 writes the references on purpose
(DEVELOPERS.md); a missing reference fails."""
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtGui import QImage

from conftest import REPO, SAMPLE_DATA
from pictures import page_pictures, style_picture
from sample_runs import STYLED, sample_runs

QGIS_RELEASE = "qgis-%d.%d" % (Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)
REFERENCES = REPO / "tests" / "reference_images" / QGIS_RELEASE
UPDATE = os.environ.get("MALI_SITES_UPDATE_REFERENCES") == "1"
# A pixel differs when one of its channels moves by more than LEVELS (of 255);
# a picture fails when more than MAX_DIFFERING of its pixels differ: 0.002 %,
# five pixels of a 600 x 424 page, so that a water point of another colour
# (some 100 pixels of an A3 page) fails. Two renders on one machine are
# identical: this only absorbs antialiasing noise.
LEVELS = 16
MAX_DIFFERING = 0.00002
FIXED_DATE = 1767225600  # 2026-01-01 00:00 UTC: the printed update date and the layers' file dates

PICTURED = dict(STYLED, **{"malisites:floodprone": ("OUTPUT", "OUTPUT_DRAINAGE")})


def differing_fraction(picture, reference, levels=LEVELS):
    """(share of pixels differing by more than ``levels`` in a channel, the
    mask of those pixels); sizes must agree."""
    first, second = pixels(picture), pixels(reference)
    assert first.shape == second.shape, "%s is %s, its reference %s" % (picture, first.shape, second.shape)
    mask = (np.abs(first.astype(np.int16) - second.astype(np.int16)) > levels).any(axis=2)
    return mask.mean(), mask


def pixels(path):
    """The picture's pixels as a (rows, columns, 4) uint8 array (B, G, R, A)."""
    image = QImage(str(path)).convertToFormat(QImage.Format_ARGB32)
    assert not image.isNull(), path
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    rows = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def check_picture(picture, name, tmp_path):
    """Compare ``picture`` with the reference ``name`` (relative to
    REFERENCES), or write it there when updating on purpose."""
    reference = REFERENCES / name
    if UPDATE:
        reference.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(picture, reference)
        return
    if not REFERENCES.is_dir():
        pytest.skip("no reference images for %s: make them once with MALI_SITES_UPDATE_REFERENCES=1 "
                    "(DEVELOPERS.md) and look at each before committing" % QGIS_RELEASE)
    assert reference.exists(), "no reference %s: look at %s and, if it is right, write the references " \
        "with MALI_SITES_UPDATE_REFERENCES=1" % (reference.relative_to(REPO), picture)
    fraction, mask = differing_fraction(picture, reference)
    if fraction > MAX_DIFFERING:
        difference = pixels(picture)
        difference[mask] = (0, 0, 255, 255)  # the differing pixels in red over the new picture
        path = Path(tmp_path) / ("difference_" + Path(name).name)
        QImage(difference.data, difference.shape[1], difference.shape[0], QImage.Format_ARGB32).save(str(path))
        pytest.fail("%s: %.3f %% of the pixels differ from %s (at most %.3f %% may); the new picture is %s, "
                    "the differences in red %s" % (name, 100 * fraction, reference.relative_to(REPO),
                                                   100 * MAX_DIFFERING, picture, path))


@pytest.mark.parametrize("algorithm_id", sorted(PICTURED))
def test_each_style_looks_as_its_reference(request, run_and_load, tmp_path, algorithm_id):
    """Each styled output alone on its own extent, with its legend, as the
    desktop loads and styles it (English interface)."""
    if algorithm_id == "malisites:floodprone":
        request.getfixturevalue("grass")
    layers = run_and_load(algorithm_id, sample_runs()[algorithm_id])
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    for output in PICTURED[algorithm_id]:
        layers[output].setName(algorithm.parameterDefinition(output).description())  # as the desktop names it
        name = "%s_%s.png" % (algorithm_id.split(":")[1], output.lower())
        picture = style_picture([layers[output]], tmp_path / name)
        check_picture(picture, "styles/" + name, tmp_path)


PAGES = {  # layer set -> the roles it prints (the demo's two maps)
    "plan": ("layout_facilities", "layout_shelters", "layout_firebreaks", "layout_roads", "layout_plots",
             "layout_excluded", "flood_corridor_segments"),
    "wash": ("wash_suggested", "wash_water_points", "wash_latrines", "wash_shelters", "wash_gaps",
             "flood_corridor_segments", "flood_sites"),
}


@pytest.mark.parametrize("template, language, layer_set", [
    (0, 1, "plan"), (0, 0, "wash"), (1, 0, "plan"), (1, 1, "wash")])
def test_each_printed_page_looks_as_its_reference(run_algorithm, all_outputs, tmp_path, monkeypatch,
                                                  template, language, layer_set):
    """Every page of the PDF, A3 landscape and A4 portrait, in French and
    English. What changes from run to run is fixed: the update date
    (SOURCE_DATE_EPOCH), the layers' file dates and the plugin's version."""
    from mali_sites.processing_algorithms.common.output_roles import role_of
    from qgis.core import QgsVectorLayer
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(FIXED_DATE))
    algorithm = QgsApplication.processingRegistry().algorithmById("malisites:printsitemap")
    monkeypatch.setattr(sys.modules[type(algorithm).__module__], "plugin_version", lambda: "0.0")
    sites = tmp_path / "sites.gpkg"
    shutil.copyfile(SAMPLE_DATA / "sites.gpkg", sites)
    by_role = {role_of(QgsVectorLayer(path, "", "ogr")): path for path in all_outputs}
    layers = [by_role[role] for role in PAGES[layer_set]]
    for path in [sites] + layers:
        os.utime(path, (FIXED_DATE, FIXED_DATE))
    pdf = tmp_path / "map.pdf"
    run_algorithm("malisites:printsitemap", {"SITE": str(sites), "LAYERS": layers, "TEMPLATE": template,
                                             "LANGUAGE": language, "TITLE": "Mopti - Sévaré",
                                             "AUTHOR": "Cluster CCCM Mali", "OUTPUT": str(pdf)})
    stem = "%s_%s_%s" % (("a3", "a4")[template], ("en", "fr")[language], layer_set)
    check_pages(page_pictures(pdf, tmp_path / stem), stem, tmp_path)


@pytest.mark.parametrize("template, language", [(0, 0), (0, 1), (1, 0), (1, 1)])
def test_each_overview_page_looks_as_its_reference(run_algorithm, tmp_path, monkeypatch, template, language):
    """Every page of the national overview (malisites:printoverview) of the
    sample flood exposure, A3 and A4, English and French; the date, the
    file's date and the plugin's version fixed as for the site maps."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(FIXED_DATE))
    algorithm = QgsApplication.processingRegistry().algorithmById("malisites:printoverview")
    monkeypatch.setattr(sys.modules[type(algorithm).__module__], "plugin_version", lambda: "0.0")
    sites = tmp_path / "sites_flood_exposure.gpkg"
    shutil.copyfile(SAMPLE_DATA / "sites_flood_exposure.gpkg", sites)
    os.utime(sites, (FIXED_DATE, FIXED_DATE))
    pdf = tmp_path / "overview.pdf"
    run_algorithm("malisites:printoverview", {"SITE": str(sites), "TEMPLATE": template, "LANGUAGE": language,
                                              "AUTHOR": "Cluster CCCM Mali", "OUTPUT": str(pdf)})
    stem = "overview_%s_%s" % (("a3", "a4")[template], ("en", "fr")[language])
    check_pages(page_pictures(pdf, tmp_path / stem), stem, tmp_path)


def check_pages(pages, stem, tmp_path):
    """Each page picture against its reference, and as many pages as references."""
    if UPDATE:  # a page fewer than before leaves no stale reference
        for old in (REFERENCES / "pages").glob(stem + "-*.png"):
            old.unlink()
    elif REFERENCES.is_dir():
        expected = sorted(p.name for p in (REFERENCES / "pages").glob(stem + "-*.png"))
        assert sorted(p.name for p in pages) == expected, "the PDF has %d pages, the references %d" % (
            len(pages), len(expected))
    for page in pages:
        check_picture(page, "pages/" + page.name, tmp_path)


def test_the_readme_shows_what_make_demo_draws():
    """Every picture of the README is one `make demo` draws again (none left
    stale in resources/docs), and each is there."""
    import re
    import demo
    drawn = {"resources/docs/%s.png" % name for _, _, name, _ in demo.README_PAGES} | \
        {"resources/docs/%s.png" % name for name in demo.README_STYLES}
    shown = set(re.findall(r"\]\((resources/docs/[^)]+)\)", (REPO / "README.md").read_text(encoding="utf-8")))
    assert shown == drawn
    assert {"resources/docs/" + path.name for path in (REPO / "resources" / "docs").iterdir()} == drawn
