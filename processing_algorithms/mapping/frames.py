"""The frames of a printed site map computed from what they must hold.

On the plugin's own templates (custom property malisites/arrange) every
item is placed here: the text boxes take the height their longest page
needs, the main map the rest, its grid labels included; then on each atlas
page the legend holds the entries that page's map shows, at the font step
and column count that fit the room left (a group going on in the next
column under its heading again), its frame the size of its entries, and a
second page only when even the smallest step does not hold them. On a
user's template the items keep their place and only the legend is fitted
to its frame. The arithmetic lives in mali_sites_plugin.mapping.pages;
QGIS measures the items."""
import math

from qgis.core import (QgsGeometry, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemPage, QgsLayoutPoint,
                       QgsLayoutSize, QgsLayoutUtils, QgsLegendRenderer, QgsLegendStyle, QgsUnitTypes)
from qgis.PyQt.QtCore import QRectF, QSizeF
from qgis.PyQt.QtGui import QFont

from ..common import compat
from ...mali_sites_plugin.mapping.pages import (GAP_MM, LEGEND_FONT_STEPS, TOLERANCE_MM, Box, column_groups,
                                                fitting_legend, pack_columns, split_legend, stack_down, stack_up,
                                                wrap_words)

MM = QgsUnitTypes.LayoutMillimeters
COLUMN_BREAK = "legend/column-break"  # a group's custom property: a new legend column starts with it
MAP_EXTRA_MM = 0.6
TEXT_SAFETY_MM = 1.5
ENTRY_GAP_MM_PER_PT = 2.5 / 6.5  # the templates' symbol and label top margins at their 6.5 pt text
LABEL_GAP_MM_PER_PT = 2.0 / 6.5
LEGEND_LEAST_MM = 30.0  # room kept for the legend beside the map before the texts shrink  # below a label's last line, so it is never clipped  # grid labels vary a little from page to page

# Fixed parts of each page (mm). side: the panel beside (A3) or under (A4) the map.
PAGES = {
    "a3_landscape": dict(margin=10.0, header=28.0, title=(10, 5, 236, 11), place=(10, 16, 236, 9),
                         edition=(248, 5, 120, 17), logos=(370, 5, 40, 22), side_width=106.0,
                         inset_height=72.0, scale_height=13.0),
    "a4_portrait": dict(margin=8.0, header=25.0, title=(8, 4, 92, 10.5), place=(8, 14.5, 92, 9.5),
                        edition=(102, 5, 74, 17), logos=(178, 5, 24, 18), side_width=94.0,
                        inset_height=46.0, scale_height=12.0, min_map_height=112.0),
}
SIDE_TEXTS = ("summary", "compliance", "notes", "sources", "crs_coordinates")


def place(item, box, page=0):
    """Put a layout item on ``box`` (pages.Box) of page ``page``."""
    item.attemptResize(QgsLayoutSize(box.width, box.height, MM))
    item.attemptMove(QgsLayoutPoint(box.x, box.y, MM), True, False, page)


def scene_box(item):
    """The item's Box on its own page, everything it draws included (a map's grid labels)."""
    rect = item.sceneBoundingRect()
    page = item.layout().pageCollection().page(item.page())
    top = page.pos().y() if page is not None else 0.0
    return Box(rect.x(), rect.y() - top, rect.width(), rect.height())


class Frames:
    """Arranges one layout; ``texts``: {item id: [its text on each page]}
    for the boxes whose text changes from page to page (already resolved)."""

    def __init__(self, layout, texts):
        self.layout = layout
        self.texts = texts
        self.kind = layout.customProperty("malisites/arrange")
        self.page_size = layout.pageCollection().page(0).pageSize()
        self.legends = []  # the legend items, first page's first

    def item(self, item_id):
        return self.layout.itemById(item_id)

    # -- text ---------------------------------------------------------------------

    def wrapped(self, item_id, text, width=None):
        """``text`` broken into lines that fit the label ``item_id`` (its width or ``width``)."""
        label = self.item(item_id)
        room = (width if width is not None else label.rect().width()) - 2 * label.marginX() - 1.5
        font = label.font()
        return wrap_words(text, room, lambda line: _text_width(font, line))

    def text_height(self, item_id, width):
        """The height the label ``item_id`` needs at ``width`` for its longest page."""
        label = self.item(item_id)
        samples = self.texts.get(item_id) or [label.text()]
        frame = 2 * label.marginY() + (2 * label.frameStrokeWidth().length() if label.frameEnabled() else 0.0)
        return max(_text_height(label.font(), self.wrapped(item_id, sample, width)) for sample in samples) + \
            frame + TEXT_SAFETY_MM

    def fit_font(self, item_id, width, height, smallest=7.0):
        """Make the label ``item_id`` fit ``width`` x ``height`` by lowering its font."""
        label = self.item(item_id)
        font = QFont(label.font())
        texts = self.texts.get(item_id) or [label.text()]
        lines = [line for text in texts for line in text.split("\n")]

        def too_big(font):
            tallest = max(_text_height(font, text) for text in texts)
            return (max(_text_width(font, line) for line in lines) + 2 * label.marginX() + 1.5 > width
                    or tallest + 2 * label.marginY() + TEXT_SAFETY_MM > height)
        while font.pointSizeF() > smallest and too_big(font):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        label.setFont(font)

    def fitted_texts(self, item_ids, width, height):
        """[(item id, height)] of the labels at ``width``, their fonts stepped
        down (to 6 pt at least) until they fit ``height`` one under the other."""
        texts = self._texts(item_ids, width)
        while _stacked(texts) > height and all(self.item(i).font().pointSizeF() > 6.0 for i, _ in texts):
            for item_id, _ in texts:
                font = QFont(self.item(item_id).font())
                font.setPointSizeF(font.pointSizeF() - 0.5)
                self.item(item_id).setFont(font)
            texts = self._texts(item_ids, width)
        return texts

    # -- legend -------------------------------------------------------------------

    def show_legend(self, legend, groups):
        """``groups`` [(heading, [layers], starts a column)] in ``legend``, one
        column per run (a forced column break before each group that starts one)."""
        self.fill_legend(legend, [(heading, members) for heading, members, _ in groups])
        for index, (node, (_, _, starts)) in enumerate(zip(legend.model().rootGroup().children(), groups)):
            node.setCustomProperty(COLUMN_BREAK, "1" if starts and index else "0")
        legend.setColumnCount(1)  # the columns are the forced breaks
        legend.updateLegend()

    def legend_size(self, legend):
        """(width, height) in mm the legend needs as filled (QGIS's measure); its frame takes that size."""
        legend.setResizeToContents(False)
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        legend.attemptResize(QgsLayoutSize(size.width(), size.height(), MM))
        return size.width(), size.height()

    def packed_size(self, legend, layers, font, columns, height, previous=None):
        """(width, height) of ``layers`` [(heading, layer)] at ``font`` dealt into
        at most ``columns`` columns no taller than ``height`` (a group going on in
        the next column under its heading again); infinite when they do not go in."""
        set_legend_font(legend, font)

        def fits_column(run):
            self.show_legend(legend, column_groups([run], self.continued))
            return self.legend_size(legend)[1] <= height + TOLERANCE_MM
        runs = pack_columns(layers, columns, fits_column)
        if runs is None:
            return math.inf, math.inf
        self.show_legend(legend, column_groups(runs, self.continued, previous))
        return self.legend_size(legend)

    def fit_legend(self, legend, layers, width, height, previous=None):
        """Show ``layers`` in the legend at the largest font and fewest columns that
        fit width x height, its frame the size of its entries; False when none does."""
        def measure(font, columns):
            return self.packed_size(legend, layers, font, columns, height, previous)
        fit = fitting_legend(measure, width, height)
        if fit is not None:
            measure(*fit[:2])
        return fit is not None

    def filter_legend(self, legend):
        """The legend's entries those the main map shows where the atlas is
        (QGIS's filter by map, as it prints them); [(heading, layer)] of the
        legend's layers the map shows there."""
        main = self.item("main_map")
        dpi = self.layout.renderContext().dpi()
        pixels = QSizeF(main.rect().width(), main.rect().height()) * dpi / 25.4
        legend.setLegendFilterByMapEnabled(True)
        legend.model().setLegendFilter(main.mapSettings(main.extent(), pixels, dpi, True), True, QgsGeometry(), True)
        compat.legend_filter_done(legend.model())
        self.show_legend(legend, [(heading, members, False) for heading, members in self.groups])
        model = legend.model()
        drawn = {node.layerId() for node in model.rootGroup().findLayers() if model.layerLegendNodes(node)}
        return [(heading, layer) for heading, members in self.groups for layer in members if layer.id() in drawn]

    # -- pages --------------------------------------------------------------------

    def arrange(self, fill_legend, groups, continued):
        """Place everything; ``fill_legend(legend, groups)`` puts legend groups
        [(heading, [layers])] in a legend, ``continued(heading)`` is the heading
        of a group going on in another column. Each atlas page then gets the
        legend of what its map shows (show_page)."""
        self.fill_legend, self.groups, self.continued = fill_legend, groups, continued
        legend = self.item("legend")
        if legend is not None:
            self.legends.append(legend)
            self.legend_box = Box(0.0, 0.0, legend.sizeWithUnits().width(), legend.sizeWithUnits().height())
        if self.kind in PAGES:
            spec = PAGES[self.kind]
            self._header(spec)
            (self._landscape if self.kind == "a3_landscape" else self._portrait)(spec, legend)
        if legend is not None:
            # a lambda: PyQt holds it (of a bound method it keeps a weak reference only)
            self.layout.atlas().featureChanged.connect(lambda feature: self.show_page())
            self.show_page()

    def show_page(self):
        """The legend of the page the atlas is on: the entries its map shows,
        fitted in the legend's box; a second page only for those that do not
        fit there even at the smallest font (on the plugin's templates)."""
        legend = self.item("legend")
        layers = self.filter_legend(legend)
        box = self.legend_box
        if self.kind not in PAGES:  # a user's template: its frame stays, the legend fits it if it can
            if not self.fit_legend(legend, layers, box.width, box.height):
                self._whole_legend_at_smallest_font(legend, layers)
            legend.attemptResize(QgsLayoutSize(box.width, box.height, MM))
            return
        first, rest = split_legend(layers, lambda chosen: self.fit_legend(legend, chosen, box.width, box.height)) \
            if box.height > 0 else ([], layers)
        self.fit_legend(legend, first, box.width, box.height)
        legend.setVisibility(bool(first))  # not even one layer fits beside the map: all on page 2
        legend.attemptMove(QgsLayoutPoint(box.x, box.y, MM), True, False, 0)
        if rest:
            self._second_page(PAGES[self.kind], rest, first[-1][0] if first else None)
        else:
            self._no_second_page()

    def _header(self, spec):
        for item_id in ("title", "site_name", "edition", "logos"):
            item = self.item(item_id)
            if item is None:
                continue
            box = Box(*spec[{"site_name": "place"}.get(item_id, item_id)])
            if item_id in ("title", "site_name", "edition"):
                self.fit_font(item_id, box.width, box.height)
            place(item, box)

    def _texts(self, item_ids, width):
        return [(item_id, self.text_height(item_id, width)) for item_id in item_ids
                if self.item(item_id) is not None]

    def _strip(self, x, bottom, width):
        """The sources (left) and the notes over the coordinates (right) in a
        strip ending at ``bottom``; returns the strip's top."""
        sources_width = round(width * 0.58, 1)
        right_x, right_width = x + sources_width + GAP_MM, width - sources_width - GAP_MM
        left = self._texts(("sources",), sources_width)
        right = self._texts(("notes", "crs_coordinates"), right_width)
        height = max(_stacked(left), _stacked(right))
        self._place_texts(stack_down(x, bottom - height, sources_width, left))
        self._place_texts(stack_down(right_x, bottom - height, right_width, right))
        return bottom - height

    def _scale_row(self, x, y, width, height):
        """Scale bar, numeric scale and north arrow side by side in one row."""
        arrow, text = 10.0, 30.0
        boxes = {"scalebar": Box(x, y, width - arrow - text - 2 * GAP_MM, height),
                 "scale_text": Box(x + width - arrow - text - GAP_MM, y, text, height),
                 "north_arrow": Box(x + width - arrow, y, arrow, height)}
        for item_id, box in boxes.items():
            if self.item(item_id) is not None:
                if item_id == "scalebar":
                    self.item(item_id).setMaximumBarWidth(box.width - 8.0)
                place(self.item(item_id), box)

    def _landscape(self, spec, legend):
        """A3: the map on the left over the sources strip, the panel on the right."""
        width, height = self.page_size.width(), self.page_size.height()
        margin, top, side = spec["margin"], spec["header"], spec["side_width"]
        x = width - margin - side
        map_width = x - GAP_MM - margin
        strip_top = self._strip(margin, height - margin, map_width)
        self.fit_map(Box(margin, top, map_width, strip_top - GAP_MM - top))
        y = top
        if self.item("inset_map") is not None:
            place(self.item("inset_map"), Box(x, y, side, spec["inset_height"]))
            y += spec["inset_height"] + GAP_MM
        self._scale_row(x, y, side, spec["scale_height"])
        y += spec["scale_height"] + GAP_MM
        room = height - margin - y - LEGEND_LEAST_MM
        boxes = stack_up(x, height - margin, side, self.fitted_texts(("summary", "compliance"), side, room))
        self._place_texts(boxes)
        bottom = min(box.y for box in boxes.values()) - GAP_MM if boxes else height - margin
        self.legend_box = Box(x, y, side, bottom - y)

    def _portrait(self, spec, legend):
        """A4: the map across the top; under it the inset, scale and legend
        (left) beside the summary and compliance (right); the sources strip
        at the bottom. The panel is as tall as the tallest page's legend needs."""
        width, height = self.page_size.width(), self.page_size.height()
        margin, top, left = spec["margin"], spec["header"], spec["side_width"]
        right_x = margin + left + GAP_MM
        right_width = width - margin - right_x
        strip_top = self._strip(margin, height - margin, width - 2 * margin)
        bottom = strip_top - GAP_MM
        fixed = spec["inset_height"] + spec["scale_height"] + 2 * GAP_MM
        most = bottom - top - spec["min_map_height"] - GAP_MM
        texts = self.fitted_texts(("summary", "compliance"), right_width, most)
        panel = max(_stacked(texts), fixed + 20.0)
        self.fit_map(Box(margin, top, width - 2 * margin, bottom - panel - GAP_MM - top))
        if legend is not None:
            panel = max(panel, fixed + self._tallest_legend(legend, left, most - fixed))
        panel_top = bottom - min(panel, most)
        self.fit_map(Box(margin, top, width - 2 * margin, panel_top - GAP_MM - top))
        self._place_texts(stack_down(right_x, panel_top, right_width, texts))
        if self.item("inset_map") is not None:
            place(self.item("inset_map"), Box(margin, panel_top, left, spec["inset_height"]))
        y = panel_top + spec["inset_height"] + GAP_MM
        self._scale_row(margin, y, left, spec["scale_height"])
        y += spec["scale_height"] + GAP_MM
        self.legend_box = Box(margin, y, left, bottom - y)

    def _tallest_legend(self, legend, width, most):
        """The height the legend of the page that needs most needs at ``width``
        (at most ``most``: a page whose legend does not fit goes on a second page)."""
        atlas = self.layout.atlas()
        needed = [0.0]
        if atlas.beginRender():
            for index in range(atlas.count()):
                atlas.seekTo(index)
                layers = self.filter_legend(legend)
                needed.append(most if not self.fit_legend(legend, layers, width, most)
                              else legend.sizeWithUnits().height())
            atlas.endRender()
        return max(needed)

    def _place_texts(self, boxes):
        for item_id, box in boxes.items():
            place(self.item(item_id), box)

    def _second_page(self, spec, layers, previous):
        """A second page for the legend's ``layers`` the first could not hold;
        ``previous``: the heading the first page's legend ends with."""
        legend = self.item("legend_2")
        if legend is None:
            legend = self._add_second_page(spec)
        margin, top = spec["margin"], spec["header"]
        box = Box(margin, top, self.page_size.width() - 2 * margin, self.page_size.height() - margin - top)
        self.filter_legend(legend)
        if not self.fit_legend(legend, layers, box.width, box.height, previous):
            self._whole_legend_at_smallest_font(legend, layers, previous)
        size = legend.sizeWithUnits()  # the frame around its entries, not the whole page
        place(legend, Box(box.x, box.y, min(size.width(), box.width), min(size.height(), box.height)), page=1)

    def _whole_legend_at_smallest_font(self, legend, layers, previous=None):
        """Every one of ``layers`` in one column at the smallest font (a frame too small for them)."""
        set_legend_font(legend, LEGEND_FONT_STEPS[-1])
        self.show_legend(legend, column_groups([layers], self.continued, previous))
        self.legend_size(legend)

    def _add_second_page(self, spec):
        """Page 2: the site's heading and a legend ("legend_2")."""
        collection = self.layout.pageCollection()
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(self.page_size)
        collection.addPage(page)
        legend = QgsLayoutItemLegend(self.layout)
        legend.setId("legend_2")
        legend.setLinkedMap(self.item("main_map"))
        legend.setFrameEnabled(True)
        legend.setSplitLayer(False)
        legend.setSymbolWidth(4.0)
        legend.setSymbolHeight(2.8)
        legend.setMaximumSymbolSize(self.item("legend").maximumSymbolSize())
        legend.setAutoUpdateModel(False)
        self.layout.addLayoutItem(legend)
        margin, top = spec["margin"], spec["header"]
        heading = self.item("site_name")
        if heading is not None:  # which site the page belongs to
            copy = QgsLayoutItemLabel(self.layout)
            copy.setId("site_name_2")
            copy.setText(heading.text())
            copy.setFont(heading.font())
            copy.setMarginX(heading.marginX())
            copy.setMarginY(heading.marginY())
            self.layout.addLayoutItem(copy)
            place(copy, Box(margin, margin, self.page_size.width() - 2 * margin, top - margin - GAP_MM), page=1)
        self.legends.append(legend)
        return legend

    def _no_second_page(self):
        """No page 2 where the first page holds the whole legend."""
        legend = self.item("legend_2")
        if legend is None:
            return
        self.legends.remove(legend)
        for item_id in ("legend_2", "site_name_2"):
            if self.item(item_id) is not None:
                self.layout.removeLayoutItem(self.item(item_id))
        self.layout.pageCollection().deletePage(1)

    # -- the map ------------------------------------------------------------------

    def fit_map(self, outer):
        """The main map sized so that, grid labels included, it fills ``outer``."""
        item = self.item("main_map")
        place(item, outer)
        drawn = scene_box(item)
        left = outer.x - drawn.x + MAP_EXTRA_MM
        top = outer.y - drawn.y + MAP_EXTRA_MM
        right = drawn.right - outer.right + MAP_EXTRA_MM
        bottom = drawn.bottom - outer.bottom + MAP_EXTRA_MM
        place(item, Box(outer.x + left, outer.y + top, outer.width - left - right, outer.height - top - bottom))


def _stacked(heights):
    """The height of boxes of ``heights`` ([(name, height)]) one under the other."""
    return sum(height for _, height in heights) + GAP_MM * max(len(heights) - 1, 0)


def set_legend_font(legend, size):
    """The legend's text at ``size`` points, headings a little larger, and the
    gap above each entry in proportion (the templates' 2.5 mm at 6.5 pt)."""
    for style, step, bold in ((QgsLegendStyle.Title, 2.5, True), (QgsLegendStyle.Group, 1.0, True),
                              (QgsLegendStyle.Subgroup, 0.5, True), (QgsLegendStyle.SymbolLabel, 0.0, False)):
        font = QFont(legend.styleFont(style))
        font.setPointSizeF(size + step)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    for style, gap in ((QgsLegendStyle.Symbol, ENTRY_GAP_MM_PER_PT), (QgsLegendStyle.SymbolLabel, LABEL_GAP_MM_PER_PT)):
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, gap * size)


def _text_width(font, text):
    return QgsLayoutUtils.textWidthMM(font, text)


def _text_height(font, text):
    """Height in mm of the lines of ``text`` as a layout label draws them."""
    return QgsLayoutUtils.textHeightMM(font, text, 1.0)


def page_boxes(layout):
    """{item id: (page, Box)} of every identified item of ``layout`` as drawn."""
    return {item.id(): (item.page(), scene_box(item)) for item in layout.items()
            if hasattr(item, "id") and item.id() and hasattr(item, "sceneBoundingRect")
            and isinstance(item.sceneBoundingRect(), QRectF)}
