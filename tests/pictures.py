"""Pictures of styled layers (a map with its legend) and of printed pages,
shared by the picture tests (tests/test_pictures.py) and `make demo` (the
README's pictures in resources/docs/)."""
import subprocess
from pathlib import Path

WIDTH_PX = 600  # pictures are this wide: enough to see a style, light in the repository
MAP_MM = 110.0  # the map's side in a style picture; the legend goes to its right
MARGIN_MM = 3.0


def styled_file_layer(path, language, style_name=None, title=None, class_names=None):
    """A Mali Sites output read back from a file, styled and named as a printed
    map shows it (``style_name``, ``title``: for outputs it does not recognise;
    ``class_names``: {rank: name} of the run's flood classes, as the desktop has them)."""
    from qgis.core import QgsVectorLayer
    from mali_sites.processing_algorithms.common.output_roles import role_of
    from mali_sites.processing_algorithms.common.styles import StyleLabels, apply_style
    layer = QgsVectorLayer(str(path), Path(path).stem, "ogr")
    assert layer.isValid(), path
    role = style_name or role_of(layer)
    message, loaded = apply_style(layer, role, language, class_names)
    assert loaded, (path, role, message)
    layer.setName(title or StyleLabels(language).layer_title(role))
    return layer


def style_picture(layers, path, extent_of=None, width_px=WIDTH_PX):
    """``layers`` (top first, already styled) drawn with their legend to the
    PNG ``path``, ``width_px`` wide: the map shows the extent of the layer
    ``extent_of`` (default: of all of them) in the metric CRS of the first
    vector layer."""
    from qgis.core import (QgsCoordinateTransform, QgsLayoutExporter, QgsLayoutItemLegend, QgsLayoutItemMap,
                           QgsLayoutPoint, QgsLayoutSize, QgsLayoutUtils, QgsLegendRenderer, QgsPrintLayout,
                           QgsProject, QgsRectangle, QgsUnitTypes)
    from qgis.PyQt.QtGui import QColor
    from mali_sites.processing_algorithms.common.qgis_io import metric_crs_for
    project = QgsProject()
    copies = [layer.clone() for layer in layers]  # a layer belongs to one project
    for copy, layer in zip(copies, layers):
        copy.setName(layer.name())
        if hasattr(layer.legend(), "for_layer"):  # a plugin's own legend (the flood-prone classes)
            copy.setLegend(layer.legend().for_layer(copy))
        project.addMapLayer(copy)
    vectors = [layer for layer in copies if hasattr(layer, "sourceExtent") and hasattr(layer, "fields")]
    crs = metric_crs_for(vectors[0], None, vectors[0].name()) if vectors else copies[0].crs()
    project.setCrs(crs)
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in ([extent_of] if extent_of is not None else copies):
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    extent.scale(1.15)  # room for the symbols of features on the edge
    side = max(extent.width(), extent.height())
    extent = QgsRectangle.fromCenterAndSize(extent.center(), side, side)

    mm = QgsUnitTypes.LayoutMillimeters
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(MARGIN_MM, MARGIN_MM, mm))
    map_item.setCrs(crs)
    map_item.setLayers(copies)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#f4f1ea"))  # pale ground, so white symbols show
    layout.addLayoutItem(map_item)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    for copy in copies:
        legend.model().rootGroup().addLayer(copy)
    legend.updateLegend()
    layout.addLayoutItem(legend)
    legend.setResizeToContents(False)
    legend_size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(
        QgsLayoutUtils.createRenderContextForLayout(layout, None))
    side = max(MAP_MM, legend_size.height())  # a long legend gets a larger map beside it
    map_item.attemptResize(QgsLayoutSize(side, side, mm))
    map_item.setExtent(extent)
    legend.attemptMove(QgsLayoutPoint(2 * MARGIN_MM + side, MARGIN_MM, mm))
    legend.attemptResize(QgsLayoutSize(legend_size.width(), legend_size.height(), mm))
    width = 3 * MARGIN_MM + side + legend_size.width()
    height = 2 * MARGIN_MM + side
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, mm))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = width_px / (width / 25.4)
    settings.exportMetadata = False  # GDAL cannot add it to a PNG in place (it says so on stderr)
    result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    assert result == QgsLayoutExporter.Success, (path, result)
    return Path(path)


def page_pictures(pdf, stem, width_px=WIDTH_PX, pages=None):
    """The pages of the PDF ``pdf`` (all, or the range ``pages`` (first, last))
    as ``<stem>-<n>.png`` (poppler's pdftoppm), ``width_px`` wide; returns
    their paths in page order."""
    stem = Path(stem)
    selection = ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []
    subprocess.run(["pdftoppm", "-png", "-scale-to-x", str(width_px), "-scale-to-y", "-1", *selection, str(pdf),
                    str(stem)], check=True)
    written = sorted(stem.parent.glob(stem.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    renamed = []
    for page in written:  # pdftoppm pads the number with zeros by page count
        renamed.append(page.rename(stem.parent / ("%s-%d.png" % (stem.name, int(page.stem.rsplit("-", 1)[1])))))
    return renamed
