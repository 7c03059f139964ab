"""malisites:printsitemap: every page of the layout, as QGIS holds it before
export, has no item over another, every item on its page, and every legend
entry in a legend frame that holds it (QGIS's own legend measure), with the
sample layers and with every output of the layout, WASH and flood tools."""
import pytest
from qgis.core import (QgsApplication, QgsLayoutUtils, QgsLegendRenderer, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject)

from conftest import SAMPLE_DATA
from sample_runs import sample_runs

ALGORITHM = "malisites:printsitemap"
TOLERANCE = 0.05  # mm: frames that touch do not overlap


@pytest.fixture(scope="module")
def all_outputs(plugin, tmp_path_factory):
    """Every output layer of sitelayout, washcoverage and floodexposure on the sample data, as files."""
    import processing
    folder = tmp_path_factory.mktemp("outputs")
    files = []
    for algorithm in ("malisites:sitelayout", "malisites:washcoverage", "malisites:floodexposure"):
        parameters = dict(sample_runs()[algorithm])
        for key, value in list(parameters.items()):
            if value == "TEMPORARY_OUTPUT":
                suffix = ".html" if key == "OUTPUT_REPORT" else ".gpkg"
                parameters[key] = str(folder / (algorithm.split(":")[1] + "_" + key.lower() + suffix))
                if suffix == ".gpkg":
                    files.append(parameters[key])
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        processing.run(algorithm, parameters, context=context, feedback=QgsProcessingFeedback())
    return files


def layout_of(parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
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
    check_atlas(layout, [layer.name() for layer in drawn])


@pytest.mark.parametrize("template", [0, 1])
@pytest.mark.parametrize("language", [0, 1])
def test_every_output_at_once_fits_its_pages(plugin, all_outputs, template, language):
    layout, drawn, project = layout_of({"LAYERS": all_outputs, "TEMPLATE": template, "LANGUAGE": language})
    assert len(drawn) == len(all_outputs) + 1
    check_atlas(layout, [layer.name() for layer in drawn])


def check_atlas(layout, names):
    """check_page on every atlas page (the map's grid labels change with the site)."""
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() == 3
    try:
        for index in range(atlas.count()):
            assert atlas.seekTo(index)
            layout.refresh()
            check_page(layout, names)
    finally:
        atlas.endRender()
