"""Build the .qml styles of the plugin's outputs with PyQGIS.

Run:  QT_QPA_PLATFORM=offscreen /usr/bin/python3 resources/styles/build_styles.py
The .qml files are committed; this script is how they were made and how to
change them. Legend labels are English here and translated when a style is
applied (processing_algorithms/common/styles.py lists them for lupdate).
"""
import os
import sys

from qgis.core import (QgsApplication, QgsFillSymbol, QgsLineSymbol, QgsMarkerLineSymbolLayer, QgsMarkerSymbol,
                       QgsPalLayerSettings, QgsProperty, QgsRuleBasedRenderer, QgsSymbolLayer,
                       QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QFont

HERE = os.path.dirname(os.path.abspath(__file__))
GREEN, ORANGE, RED, GREY, BLUE, PURPLE = "#1a9641", "#fdae61", "#d7191c", "#9e9e9e", "#2c7bb6", "#7b3294"


def marker(color, shape="circle", size=2.4, outline="#333333"):
    return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "size": str(size),
                                         "outline_color": outline, "outline_width": "0.2"})


def fill(color, outline="#333333", style="solid", width="0.3"):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "style": style,
                                       "outline_width": width})


def symbol(geometry, color, **options):
    return {"point": marker, "polygon": fill, "line": lambda c, **o: QgsLineSymbol.createSimple(
        {"line_color": c, "line_width": "0.6"})}[geometry](color, **options)


def drain_symbol(color, width, dashed, arrow):
    """A drain: a blue line, dashed or not, with an arrowhead at its low (last) end."""
    line = QgsLineSymbol.createSimple({"line_color": color, "line_width": width, "capstyle": "round",
                                       "line_style": "dash" if dashed else "solid"})
    if arrow:
        head = QgsMarkerSymbol.createSimple({"name": "filled_arrowhead", "color": color, "size": "2.0",
                                             "outline_style": "no"})
        marker_line = QgsMarkerLineSymbolLayer(True)
        marker_line.setPlacement(QgsMarkerLineSymbolLayer.LastVertex)
        marker_line.setSubSymbol(head)
        line.appendSymbolLayer(marker_line)
    return line


def rules(geometry, entries):
    """entries: (label, expression or None for ELSE, symbol)."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, sym in entries:
        rule = QgsRuleBasedRenderer.Rule(sym, 0, 0, expression or "", label)
        if expression is None:
            rule.setIsElse(True)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def labels(expression, size=7.0, priority=5):
    """Labels from ``expression``; where labels of two layers collide the one of
    higher ``priority`` (0-10) is drawn: each labelled style has its own, so
    the same map prints the same labels every time (ties went either way)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.priority = priority
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif"))
    text.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def save(name, geometry, fields, renderer, labeling=None):
    uri = "%s?crs=EPSG:32630&%s" % ({"point": "Point", "polygon": "Polygon", "line": "LineString"}[geometry],
                                    "&".join("field=%s" % f for f in fields))
    layer = QgsVectorLayer(uri, name, "memory")
    layer.setRenderer(renderer)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    path = os.path.join(HERE, name + ".qml")
    message, ok = layer.saveNamedStyle(path)
    assert ok, message
    print(path)


def wash_styles():
    for geometry in ("point", "polygon"):
        save("wash_shelters_" + geometry, geometry,
             ["people:double", "wp_ok:boolean", "lat_ok:boolean"],
             rules(geometry, [
                 ("Water and toilet within reach", '"wp_ok" AND coalesce("lat_ok", true)', symbol(geometry, GREEN)),
                 ("Toilet out of reach", '"wp_ok" AND NOT coalesce("lat_ok", true)', symbol(geometry, ORANGE)),
                 ("Water out of reach", 'NOT "wp_ok"', symbol(geometry, RED)),
                 ("Not assessed (no location)", None, symbol(geometry, GREY))]))
    save("wash_water_points", "point",
         ["functional:boolean", "overloaded:boolean", "load_pct:double"],
         rules("point", [
             ("Water point, not functional", 'NOT "functional"', marker(GREY, "cross2", 4.0)),
             ("Water point overloaded", '"overloaded"', marker(RED, "circle", 4.0, "#08306b")),
             ("Water point within capacity", None, marker(BLUE, "circle", 4.0, "#08306b"))]),
         labels("if(\"functional\", round(\"load_pct\") || ' %', '')", priority=8))
    save("wash_latrines", "point",
         ["functional:boolean", "overloaded:boolean", "contamination_risk:boolean", "gender:string",
          "cubicles:integer"],
         rules("point", [
             ("Latrine, not functional", 'NOT "functional"', marker(GREY, "square", 3.2)),
             ("Latrine too close to a water point", '"contamination_risk"', marker(PURPLE, "square", 3.6)),
             ("Latrine overloaded", '"overloaded"', marker(RED, "square", 3.2)),
             ("Latrine within capacity", None, marker(GREEN, "square", 3.2))]),
         labels("coalesce(upper(left(\"gender\", 1)), '') || \"cubicles\"", priority=7))
    save("wash_gaps", "polygon", ["kind:string", "people:double"],
         rules("polygon", [
             ("Out of reach of water", "\"kind\" = 'water'", fill("215,25,28,90", RED)),
             ("Out of reach of a toilet", None, fill("253,174,97,90", "#e66101"))]))
    save("wash_suggested", "point", ["kind:string", "rank:integer"],
         rules("point", [
             ("Suggested water point", "\"kind\" = 'water'", marker("#74add1", "triangle", 4.2, "#08306b")),
             ("Suggested latrine", None, marker("#a6611a", "diamond", 4.0))]),
         labels('"rank"', priority=3))  # what exists wins over what is suggested


# Site layout: (label, value, colour ...) per rule; the order is the legend's.
PLOT_USES = (("Water point", "water_point", "#2c7bb6"), ("Latrine block", "latrine_block", "#8c510a"),
             ("Health post", "health_post", "#d7191c"), ("School", "school", "#7b3294"),
             ("Distribution point", "distribution_point", "#fdae61"), ("Market", "market", "#1a9641"),
             ("Reception and registration", "reception", "#fdd0a2"), ("Administration", "administration", "#bcbddc"),
             ("Child-friendly space", "child_friendly_space", "#dadaeb"),
             ("Women's safe space", "womens_safe_space", "#fbb4b9"),
             ("Bathing, laundry and refuse", "bathing_laundry", "#c6dbef"),
             ("Extension reserve", "extension_reserve", "#e5f5e0"),
             ("Vacant plot", "vacant", "#f0f0f0"))
FACILITY_MARKERS = (("Water point", "water_point", "#2c7bb6", "circle", 3.0),
                    ("Latrine block", "latrine_block", "#8c510a", "square", 3.0),
                    ("Health post", "health_post", "#d7191c", "cross_fill", 4.2),
                    ("School", "school", "#7b3294", "triangle", 4.2),
                    ("Distribution point", "distribution_point", "#fdae61", "diamond", 4.2),
                    ("Market", "market", "#1a9641", "pentagon", 4.2),
                    ("Reception and registration", "reception", "#e6550d", "hexagon", 4.2),
                    ("Administration", "administration", "#54278f", "square", 3.4),
                    ("Child-friendly space", "child_friendly_space", "#9e9ac8", "equilateral_triangle", 3.8),
                    ("Women's safe space", "womens_safe_space", "#c51b7d", "octagon", 3.8),
                    ("Bathing cubicles", "bathing_facility", "#6baed6", "half_square", 2.2),
                    ("Laundry slabs", "laundry_facility", "#08519c", "circle", 1.4),
                    ("Refuse point", "refuse_point", "#525252", "x", 1.8),
                    ("Toilets of an institution", "institution_toilet", "#8c510a", "diagonal_half_square", 2.6),
                    ("Extension reserve", "extension_reserve", "#74c476", "square", 2.6),
                    ("Entrance", "entrance", "#000000", "star", 5.0))
ROAD_CLASSES = (("Entrance road", "entrance", "#4d4d4d"), ("Primary road (loop, crossing)", "primary", "#737373"),
                ("Secondary road between blocks", "secondary", "#8c8c8c"),
                ("Lane between communities", "lane", "#bdbdbd"),
                ("Path between plot rows", "path", "#d9d9d9"))
PATH_CLASSES = (("Primary road", "primary", "#252525", "0.9"), ("Secondary road", "secondary", "#525252", "0.6"),
                ("Lane", "lane", "#737373", "0.4"), ("Path", "path", "#969696", "0.25"))
# Drains in blue over the grey roads, thinner than the road they run along; an
# arrow at the low end of collectors and outfall drains shows where the water goes.
DRAIN_KINDS = (("Roadside drain", "roadside", "#1e90ff", "0.4", True, False),
               ("Collector drain", "collector", "#0050d0", "0.5", False, True),
               ("Outfall drain", "outfall", "#08306b", "0.7", False, True))
EXCLUSION_REASONS = (("Setback along the boundary", "setback", "#d9d9d9", "solid"),
                     ("Exclusion", "exclusion", "#b2df8a", "solid"),
                     ("Flood-prone land", "flood", "#a6cee3", "solid"),
                     ("Too steep", "slope", "#e6550d", "b_diagonal"),
                     ("Buildable land left over", "leftover", "#ffffff", "solid"))


def layout_styles():
    household = fill("#fee8c8", "#636363", width="0.15")
    household.symbolLayer(0).setDataDefinedProperty(  # plots coloured by block
        QgsSymbolLayer.PropertyFillColor,
        QgsProperty.fromExpression("color_hsv((coalesce(\"block_id\", 0) * 47) % 360, 30, 97)"))
    save("layout_plots", "polygon", ["use:string", "block_id:integer"], rules("polygon", [
        (label, "\"use\" = '%s'" % use, fill(colour, "#636363", width="0.15")) for label, use, colour in PLOT_USES]
        + [("Household plot (colour by block)", None, household)]))
    # Shelters grey, so the brown square of a latrine block stands out among them.
    save("layout_shelters", "polygon", ["people:double"],
         rules("polygon", [("Shelter", None, fill("#9e9e9e", "#252525", width="0.15"))]))
    save("layout_blocks", "polygon", ["block_id:integer", "sector_id:integer"],
         rules("polygon", [("Block", None, fill("0,0,0,0", "#252525", width="0.6"))]),
         labels("'B' || \"block_id\"", 9.0))
    save("layout_roads", "polygon", ["road_class:string"], rules("polygon", [
        (label, "\"road_class\" = '%s'" % value, fill(colour, colour)) for label, value, colour in ROAD_CLASSES]))
    save("layout_paths", "line", ["road_class:string"], rules("line", [
        (label, "\"road_class\" = '%s'" % value, QgsLineSymbol.createSimple({"line_color": colour, "line_width": width}))
        for label, value, colour, width in PATH_CLASSES]))
    save("layout_drains", "line", ["kind:string"], rules("line", [
        (label, "\"kind\" = '%s'" % kind, drain_symbol(colour, width, dash, arrow))
        for label, kind, colour, width, dash, arrow in DRAIN_KINDS]))
    save("layout_firebreaks", "polygon", ["width_m:double"],
         rules("polygon", [("Firebreak", None, fill("#fcbba1", "#ef3b2c"))]))
    save("layout_facilities", "point", ["kind:string", "cubicles:integer"], rules("point", [
        (label, "\"kind\" = '%s'" % kind, marker(colour, shape, size, "#252525"))
        for label, kind, colour, shape, size in FACILITY_MARKERS]))
    save("layout_excluded", "polygon", ["reason:string"], rules("polygon", [
        (label, "\"reason\" = '%s'" % reason, fill(colour, "#969696", style))
        for label, reason, colour, style in EXCLUSION_REASONS]))


# Flood hazard ranks 0 (least: below the wet threshold) to 6: pale green, then
# ColorBrewer YlOrRd steps far enough apart to tell on paper and on white, then
# purple. Rules of ranks a run's scheme lacks are dropped when the style is
# applied (processing_algorithms/common/styles.py).
HAZARD_RANK_COLOURS = ("#c7e9c0", "#fecc5c", "#fd8d3c", "#e31a1c", "#a50f15", "#67000d", "#54278f")
UNKNOWN_HAZARD = ("unknown (nodata / outside the raster)", "#bdbdbd")


def hazard_rules(geometry, rank_field, build):
    """Rules 'rank N' on ``rank_field`` with ``build(colour)`` symbols, then unknown."""
    entries = [("rank %d" % rank, '"%s" = %d' % (rank_field, rank), build(colour))
               for rank, colour in enumerate(HAZARD_RANK_COLOURS)]
    label, colour = UNKNOWN_HAZARD
    entries.append((label, '"%s" IS NULL' % rank_field, build(colour, unknown=True)))
    return rules(geometry, entries)


def flood_styles():
    def site_fill(colour, unknown=False):
        return fill(colour, "#4d4d4d", "b_diagonal" if unknown else "solid", "0.4")

    def stretch(colour, unknown=False):
        return QgsLineSymbol.createSimple({"line_color": colour, "line_width": "1.4",
                                           "line_style": "dash" if unknown else "solid"})

    # Point sites are written as their circles: one polygon style serves both.
    save("flood_sites", "polygon", ["worst_rank:integer", "worst_class:string", "worst_scenario:string"],
         hazard_rules("polygon", "worst_rank", site_fill),
         labels("coalesce(attribute('site_name'), attribute('site_id'), '')"
                " || '\\n' || coalesce(\"worst_class\", '') || if(\"worst_scenario\" IS NULL, '',"
                " ' (' || \"worst_scenario\" || ')')", priority=9))
    save("flood_corridor_segments", "line", ["class_rank:integer"],
         hazard_rules("line", "class_rank", stretch))
    # The corridor itself: a thin dark line over its coloured stretches, named
    # with its worst class (the stretches layer shows where along it).
    corridor = QgsLineSymbol.createSimple({"line_color": "#252525", "line_width": "0.3",
                                           "line_style": "dash"})
    save("flood_corridors", "line", ["worst_rank:integer", "worst_class:string"],
         rules("line", [("Transhumance corridor", None, corridor)]),
         labels("coalesce(attribute('name'), attribute('corridor_id'), '')"
                " || ' ' || coalesce(\"worst_class\", '')", priority=6))


def dtm_styles():
    # DTM sites sized by the people they hold (DTM site lists: tens to thousands).
    sizes = (("Fewer than 500 people", '"individuals" < 500', 2.2),
             ("500 to 2,000 people", '"individuals" >= 500 AND "individuals" < 2000', 3.4),
             ("2,000 to 5,000 people", '"individuals" >= 2000 AND "individuals" < 5000', 4.8),
             ("5,000 people or more", '"individuals" >= 5000', 6.4))
    save("dtm_sites", "point", ["individuals:integer", "site_name:string"], rules("point", [
        (label, expression, marker("#d95f0e", "circle", size, "#7f2704")) for label, expression, size in sizes]
        + [("Population not given", None, marker("#bdbdbd", "circle", 2.2, "#636363"))]),
        labels('"site_name"'))


def floodprone_styles():
    """The classed HAND raster (codes 0 = no hazard, 1, 2; labels replaced by
    the run's class names) and the drainage lines."""
    import tempfile
    from osgeo import gdal
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer
    from qgis.PyQt.QtGui import QColor
    path = os.path.join(tempfile.mkdtemp(), "classes.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 3, 1, 1, gdal.GDT_Byte)
    dataset.GetRasterBand(1).SetNoDataValue(255)
    dataset = None
    layer = QgsRasterLayer(path, "classes")
    # no hazard: transparent on the map; white, as a legend draws a class with the
    # layer's opacity instead of the class's own (transparent black showed black)
    classes = [QgsPalettedRasterRenderer.Class(0, QColor(255, 255, 255, 0), "rank 0"),
               QgsPalettedRasterRenderer.Class(1, QColor(ORANGE), "rank 1"),
               QgsPalettedRasterRenderer.Class(2, QColor(RED), "rank 2")]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    layer.renderer().setOpacity(0.7)
    target = os.path.join(HERE, "floodprone_classes.qml")
    message, ok = layer.saveNamedStyle(target)
    assert ok, message
    print(target)
    save("floodprone_drainage", "line", ["cat:integer"], rules("line", [
        ("Drainage line", None, QgsLineSymbol.createSimple({"line_color": BLUE, "line_width": "0.5"}))]))


if __name__ == "__main__":
    application = QgsApplication([], False)
    application.initQgis()
    wash_styles()
    layout_styles()
    dtm_styles()
    flood_styles()
    floodprone_styles()
    sys.exit(0)
