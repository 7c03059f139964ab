"""malisites:printsitemap: every page of the layout, as QGIS holds it before
export, has no item over another, every item on its page, and every legend
entry in a legend frame that holds it (QGIS's own legend measure), with the
sample layers and with every output of the layout, WASH and flood tools."""
import pytest
from qgis.core import QgsApplication, QgsLayoutUtils, QgsLegendRenderer, QgsProcessingFeedback

from conftest import SAMPLE_DATA, users_context

ALGORITHM = "malisites:printsitemap"
TOLERANCE = 0.05  # mm: frames that touch do not overlap


def layout_of(parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    context = users_context()
    return algorithm.page_layout(dict({"SITE": str(SAMPLE_DATA / "sites.gpkg"), "OUTPUT": "unused.pdf"},
                                      **parameters), context, QgsProcessingFeedback())


def boxes_of(layout):
    """{item id: (page, x, y, right, bottom)} of every item as QGIS draws it (grid labels included)."""
    boxes = {}
    for item in layout.items():
        if not hasattr(item, "id") or not item.id() or not item.isVisible():
            continue
        rect = item.sceneBoundingRect()
        page = item.page()
        top = layout.pageCollection().page(page).pos().y()
        boxes[item.id()] = (page, rect.left(), rect.top() - top, rect.right(), rect.bottom() - top)
    return boxes


def check_page(layout, shown_layers):
    size = layout.pageCollection().page(0).pageSize()
    boxes = boxes_of(layout)
    names = sorted(boxes)
    for name in names:
        page, left, top, right, bottom = boxes[name]
        assert left >= -TOLERANCE and top >= -TOLERANCE, (name, boxes[name])
        assert right <= size.width() + TOLERANCE and bottom <= size.height() + TOLERANCE, (name, boxes[name])
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            pa, la, ta, ra, ba = boxes[a]
            pb, lb, tb, rb, bb = boxes[b]
            overlap = pa == pb and la < rb - TOLERANCE and lb < ra - TOLERANCE and ta < bb - TOLERANCE \
                and tb < ba - TOLERANCE
            assert not overlap, (a, boxes[a], b, boxes[b])
    legends = [item for item in layout.items() if item.__class__.__name__ == "QgsLayoutItemLegend"]
    assert legends
    in_legends = []
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    for legend in legends:
        needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        frame = legend.sizeWithUnits()
        assert needed.width() <= frame.width() + TOLERANCE and needed.height() <= frame.height() + TOLERANCE, \
            (legend.id(), needed, frame)
        in_legends += [layer.layer().name() for layer in legend.model().rootGroup().findLayers()]
    assert sorted(in_legends) == sorted(shown_layers), in_legends


@pytest.mark.parametrize("template", [0, 1])
@pytest.mark.parametrize("language", [0, 1])
def test_sample_layers_fit_their_pages(plugin, template, language):
    layers = [str(SAMPLE_DATA / name) for name in ("water_points.gpkg", "latrines.gpkg", "shelters.gpkg")]
    layout, drawn, project = layout_of({"LAYERS": layers, "TEMPLATE": template, "LANGUAGE": language})
    check_atlas(layout, drawn)


@pytest.mark.parametrize("template", [0, 1])
@pytest.mark.parametrize("language", [0, 1])
def test_every_output_at_once_fits_its_pages(plugin, all_outputs, template, language):
    layout, drawn, project = layout_of({"LAYERS": all_outputs, "TEMPLATE": template, "LANGUAGE": language})
    assert len(drawn) == len(all_outputs) + 1
    check_atlas(layout, drawn)


def on_the_map(layout, layers):
    """The names of ``layers`` with a feature inside the main map's extent on
    this page (the legend lists what the page shows)."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry
    main = layout.itemById("main_map")
    names = []
    for layer in layers:
        to_layer = QgsCoordinateTransform(main.crs(), layer.crs(), layout.project().transformContext())
        extent = QgsGeometry.fromRect(main.extent())
        extent.transform(to_layer)
        request = QgsFeatureRequest().setFilterRect(extent.boundingBox()).setNoAttributes()
        if any(feature.geometry().intersects(extent) for feature in layer.getFeatures(request)):
            names.append(layer.name())
    return names


def check_atlas(layout, layers):
    """check_page on every atlas page (the map's grid labels change with the site)."""
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() == 3
    try:
        for index in range(atlas.count()):
            assert atlas.seekTo(index)
            layout.refresh()
            check_page(layout, on_the_map(layout, layers))
    finally:
        atlas.endRender()


def pdf_text(path, page=None):
    import subprocess
    import unicodedata
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_plan_pages_check_the_people_planned_and_keep_the_survey_apart(run_algorithm, all_outputs, tmp_path):
    import geopandas as gpd
    pdf = tmp_path / "plan.pdf"
    survey = [str(SAMPLE_DATA / "water_points.gpkg")]
    run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "LANGUAGE": 0, "OUTPUT": str(pdf),
                              "CONTACT": "cccm.mali@example.org", "SHARING": 1,
                              "LAYERS": [f for f in all_outputs if "sitelayout" in f] + survey})
    plots = gpd.read_file([f for f in all_outputs if f.endswith("sitelayout_output_plots.gpkg")][0])
    sites = gpd.read_file(SAMPLE_DATA / "sites.gpkg").to_crs("EPSG:32630")
    text = pdf_text(pdf, 1)  # Socoura, S01
    planned = plots[(plots.site_id == "S01") & (plots.use == "household")].people.sum()
    population = int(sites[sites.site_id == "S01"].individuals.iloc[0])
    area = sites[sites.site_id == "S01"].geometry.area.iloc[0]
    assert "People planned: {:,.0f}".format(planned) in text
    assert "People not placed: {:,.0f}".format(population - planned) in text
    assert "Capacity of the plan: {:,.0f} people".format(planned) in text  # people left out: the plan is full
    assert "✔ Site area per person: %.1f m2" % (area / planned) in text  # not area / population
    assert "Surveyed on the ground" in text and "Site plan (designed)" in text
    for words in ("Mali - Mopti - Socoura", "For humanitarian purposes only", "humanitarian partners only",
                  "Contact: cccm.mali@example.org", "sitelayout_output_plots.gpkg", "water_points.gpkg",
                  "Accuracy:", "EPSG:32630", "updated"):
        assert words in text, words


def test_french_pages_name_flood_classes_in_french_and_print_the_scale(plugin, all_outputs, tmp_path):
    flood = [f for f in all_outputs if f.endswith("floodexposure_output_sites.gpkg")]
    layout, drawn, project = layout_of({"LAYERS": flood, "LANGUAGE": 1, "TEMPLATE": 1})
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.seekTo(0)
    layout.refresh()
    summary = layout.itemById("summary").currentText()
    scale = layout.itemById("scale_text").currentText()
    main_scale = layout.itemById("main_map").scale()
    atlas.endRender()
    assert "(vigilance)" in summary and "(faible)" in summary
    assert "(caution)" not in summary and "(low)" not in summary
    assert scale.endswith("1:" + "{:,.0f}".format(main_scale).replace(",", "\u202f")), (scale, main_scale)


def test_geopdf_pages_and_the_layers_bundle(run_algorithm, tmp_path):
    import subprocess
    import geopandas as gpd
    pdf, bundle = tmp_path / "carte.pdf", tmp_path / "carte.gpkg"
    layers = [str(SAMPLE_DATA / name) for name in ("water_points.gpkg", "shelters.gpkg")]
    result = run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "LAYERS": layers, "GEOPDF": True,
                                       "OUTPUT": str(pdf), "OUTPUT_BUNDLE": str(bundle)})
    assert result["OUTPUT_BUNDLE"] == str(bundle)
    for number in (1, 2, 3):
        info = subprocess.run(["gdalinfo", str(tmp_path / ("carte_site_%02d.pdf" % number))],
                              capture_output=True, text=True, check=True).stdout
        assert "UTM zone 30N" in info and "NEATLINE" in info  # georeferenced, as Avenza Maps reads it
    import fiona
    names = fiona.listlayers(str(bundle))
    assert names == ["site_boundary", "water_points", "shelters"]
    for name, source in zip(names[1:], layers):
        assert len(gpd.read_file(bundle, layer=name)) == len(gpd.read_file(source))
    assert len(gpd.read_file(bundle, layer="site_boundary")) == 3


@pytest.mark.parametrize("template", [0, 1])
def test_sample_prints_have_no_legend_only_page_and_full_legend_frames(plugin, run_algorithm, tmp_path, template):
    """The sample print (3 sites, the sample's water points, latrines and
    shelters: a legend that fits beside the map) has one page per site, no
    page holding a legend alone; and on each page the legend frame is about
    as tall as what it draws: measured on the rendered page, the ink inside
    the frame spans at least 80 % of its height (an entry-less frame sized
    for every page's entries left ~85 % empty)."""
    import subprocess
    from qgis.core import QgsLayoutExporter, QgsVectorLayer
    layers = [str(SAMPLE_DATA / name) for name in ("water_points.gpkg", "latrines.gpkg", "shelters.gpkg")]
    pdf = tmp_path / "map.pdf"
    run_algorithm(ALGORITHM, {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "LAYERS": layers, "TEMPLATE": template,
                              "OUTPUT": str(pdf)})
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    sites = QgsVectorLayer(str(SAMPLE_DATA / "sites.gpkg"), "", "ogr").featureCount()
    import re
    assert int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1)) == sites, info
    layout, _drawn, _project = layout_of({"LAYERS": layers, "TEMPLATE": template})
    atlas = layout.atlas()
    assert atlas.beginRender()
    dpi = 150.0
    px = dpi / 25.4
    try:
        for index in range(atlas.count()):
            assert atlas.seekTo(index)
            layout.refresh()
            assert layout.pageCollection().pageCount() == 1
            legend = layout.itemById("legend")
            rect = legend.sceneBoundingRect()
            image = QgsLayoutExporter(layout).renderPageToImage(0, dpi=dpi)
            inset = 1.0  # mm: inside the frame's stroke
            left, top = int((rect.left() + inset) * px), int((rect.top() + inset) * px)
            right, bottom = int((rect.right() - inset) * px), int((rect.bottom() - inset) * px)
            rows = []
            for y in range(top, bottom):
                if any(image.pixelColor(x, y).lightness() < 200 for x in range(left, right, 2)):
                    rows.append(y)
            assert rows, "legend %d draws nothing" % index
            assert (rows[-1] - rows[0]) >= 0.8 * (bottom - top), (index, rows[0], rows[-1], top, bottom)
    finally:
        atlas.endRender()
