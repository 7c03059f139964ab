"""Build the print layout templates (.qpt) of malisites:printsitemap with PyQGIS.

Run:  QT_QPA_PLATFORM=offscreen /usr/bin/python3 resources/layouts/build_layouts.py
The .qpt files are committed; this script is how they were made. The
algorithm finds items by id, so a user's own template works when it has the
same ids: main_map, inset_map, title, site_name, edition, summary,
compliance, sources, crs_coordinates, legend, scalebar, north_arrow (and,
optional, scale_text, notes and logos). The boxes below are where the
items start: for these two templates (custom property malisites/arrange)
the print algorithm computes every frame from what the page must hold
(processing_algorithms/mapping/frames.py), so nothing overlaps or clips.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemMapGrid, QgsLegendStyle,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar,
                       QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject,
                       QgsReadWriteContext, QgsScaleBarSettings, QgsUnitTypes)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "DejaVu Sans"


def place(item, x, y, width, height):
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))


def label(layout, item_id, text, box, size, bold=False, frame=False, align=Qt.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setHAlign(align)
    item.setVAlign(Qt.AlignTop)
    item.setMarginX(1.5)
    item.setMarginY(1.5)
    if frame:
        item.setFrameEnabled(True)
        item.setFrameStrokeColor(QColor("#666666"))
        item.setBackgroundEnabled(True)
        item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(item)
    place(item, *box)
    return item


def map_item(layout, item_id, box):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#333333"))
    layout.addLayoutItem(item)
    place(item, *box)
    return item


def add_grid(main):
    """A coordinate grid whose interval follows the page scale (any CRS, any atlas page)."""
    grid = QgsLayoutItemMapGrid("grid", main)
    grid.setUnits(QgsLayoutItemMapGrid.DynamicPageSizeBased)
    grid.setMinimumIntervalWidth(25)
    grid.setMaximumIntervalWidth(70)
    grid.setStyle(QgsLayoutItemMapGrid.Cross)
    grid.setCrossLength(2.0)
    grid.setFrameStyle(QgsLayoutItemMapGrid.Zebra)
    grid.setFrameWidth(1.2)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationPrecision(0)
    font = QFont(FONT)
    font.setPointSizeF(6)
    grid.setAnnotationFont(font)
    for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right):
        grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical, side)
    main.grids().addGrid(grid)


def build(name, page, boxes):
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*page, QgsUnitTypes.LayoutMillimeters))
    main = map_item(layout, "main_map", boxes["main_map"])
    add_grid(main)
    map_item(layout, "inset_map", boxes["inset_map"])
    label(layout, "title", "[title]", boxes["title"], 20, bold=True)
    label(layout, "site_name", "[site name]", boxes["site_name"], 14)
    label(layout, "edition", "[version and date]", boxes["edition"], 9, align=Qt.AlignRight)
    label(layout, "summary", "[summary figures]", boxes["summary"], 8, frame=True)
    label(layout, "compliance", "[compliance with the standard]", boxes["compliance"], 8, frame=True)
    label(layout, "sources", "[sources]", boxes["sources"], 6.5)
    label(layout, "crs_coordinates", "[CRS and coordinates]", boxes["crs_coordinates"], 6.5)
    label(layout, "notes", "[sharing, purpose, accuracy, contact]", boxes["notes"], 6.5)
    label(layout, "scale_text", "[numeric scale]", boxes["scale_text"], 7.5)
    logos = QgsLayoutItemPicture(layout)
    logos.setId("logos")
    logos.setResizeMode(QgsLayoutItemPicture.Zoom)
    layout.addLayoutItem(logos)
    place(logos, *boxes["logos"])
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(main)
    legend.setFrameEnabled(True)
    legend.setResizeToContents(False)
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setSymbolWidth(4.0)
    legend.setSymbolHeight(2.8)
    for style, size, bold in ((QgsLegendStyle.Title, 9, True), (QgsLegendStyle.Group, 7.5, True),
                              (QgsLegendStyle.Subgroup, 7, True), (QgsLegendStyle.SymbolLabel, 6.5, False)):
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 1.5)
    layout.addLayoutItem(legend)
    place(legend, *boxes["legend"])
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(50)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(30)
    scalebar.setMaximumBarWidth(boxes["scalebar"][2])
    scalebar.setBackgroundEnabled(True)
    scalebar.setFrameEnabled(True)
    scalebar.setFrameStrokeColor(QColor("#666666"))
    font = QFont(FONT)
    font.setPointSizeF(7)
    scalebar.setFont(font)
    layout.addLayoutItem(scalebar)
    place(scalebar, *boxes["scalebar"])
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(os.path.join(QgsApplication.pkgDataPath(), "svg", "arrows", "NorthArrow_02.svg"))
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(arrow)
    place(arrow, *boxes["north_arrow"])
    layout.setCustomProperty("malisites/arrange", name)
    path = os.path.join(HERE, name + ".qpt")
    assert layout.saveAsTemplate(path, QgsReadWriteContext()), path
    print(path)


A3_LANDSCAPE = {
    "title": (10, 6, 290, 12), "site_name": (10, 18, 290, 9), "edition": (300, 8, 110, 16),
    "main_map": (10, 32, 290, 257),
    "inset_map": (305, 32, 105, 68), "legend": (305, 103, 105, 87),
    "summary": (305, 193, 105, 39), "compliance": (305, 235, 105, 27),
    "sources": (305, 264, 105, 17), "crs_coordinates": (305, 282, 105, 9),
    "scalebar": (14, 273, 80, 12), "north_arrow": (286, 35, 11, 16),
    "scale_text": (100, 273, 60, 6), "notes": (160, 273, 60, 12), "logos": (362, 5, 48, 22),
}
A4_PORTRAIT = {
    "title": (8, 6, 130, 10), "site_name": (8, 16, 130, 8), "edition": (140, 8, 62, 17),
    "main_map": (8, 29, 194, 153),
    "inset_map": (8, 186, 92, 42), "legend": (8, 230, 92, 60),
    "summary": (104, 186, 98, 40), "compliance": (104, 228, 98, 30),
    "sources": (104, 260, 98, 18), "crs_coordinates": (104, 279, 98, 11),
    "scalebar": (11, 168, 60, 11), "north_arrow": (190, 31, 10, 14),
    "scale_text": (70, 168, 40, 6), "notes": (110, 168, 40, 11), "logos": (176, 5, 26, 18),
}

if __name__ == "__main__":
    application = QgsApplication([], False)
    application.initQgis()
    build("a3_landscape", (420, 297), A3_LANDSCAPE)
    build("a4_portrait", (210, 297), A4_PORTRAIT)
    sys.exit(0)
