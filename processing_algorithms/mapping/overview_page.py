"""The pages of a printed overview of many sites (malisites:printoverview):
the map of every site with its inset, scale and legend beside (A3) or under
(A4) the ranked table, and continuation pages for the rows the first page
cannot hold. The fixed parts (header, sources strip, scale row, the map and
its grid labels, the legend's fit) are frames.Frames'; the table is QGIS's
manual table, measured by QGIS; QGIS counts the rows that fit a frame."""
from qgis.core import (QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemManualTable, QgsLayoutItemPage,
                       QgsLayoutMultiFrame, QgsLayoutTableColumn, QgsLayoutUtils, QgsTableCell, QgsTextFormat)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ...mali_sites_plugin.mapping.pages import GAP_MM, LEGEND_FONT_STEPS, Box, stack_down
from .frames import PAGES, Frames, place, set_legend_font

TABLE_FONT_STEPS = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5)  # points, largest first, until the table is as wide as its frame
TABLE_TOLERANCE_MM = 0.05
# The overview's own parts of each page (mm): the share of the width the map takes beside the table
# (A3), the map's height over it (A4).
OVERVIEW = {"a3_landscape": dict(map_share=0.5, legend_height=60.0),
            "a4_portrait": dict(map_height=100.0, legend_height=44.0)}


def cell(text, background=None, right=False):
    """A table cell: ``text``, on ``background`` (a QColor), numbers aligned right."""
    table_cell = QgsTableCell(text)
    if background is not None:
        table_cell.setBackgroundColor(background)
    if right:
        table_cell.setHorizontalAlignment(Qt.AlignRight)
    return table_cell


class OverviewFrames(Frames):
    """Arranges an overview layout: the plugin's A3 or A4 template whose
    summary and compliance boxes were removed, with a label 'rank_rule' and
    a label 'more_sites' added."""

    def arrange_overview(self, fill_legend, groups, headers, rows, words):
        """Place everything and lay the ranked ``rows`` ([[QgsTableCell]])
        under ``headers`` on as many pages as they need (as many as fit on
        each); ``words``: (continued(page, pages), the heading of a
        continuation page; more(count), the note of the rows left over).
        Returns [(start, stop)] of the rows on each page."""
        continued, more_text = words
        spec, own = PAGES[self.kind], OVERVIEW[self.kind]
        self._header(spec)
        legend = self.item("legend")
        # one layer's classes: a group that never goes on in another column
        self.fill_legend, self.groups, self.continued = fill_legend, groups, str
        fill_legend(legend, groups)
        self.legends.append(legend)
        box = (self._landscape_overview if self.kind == "a3_landscape" else self._portrait_overview)(spec, own)
        rule = [("rank_rule", self.text_height("rank_rule", box.width))]
        self._place_texts(stack_down(box.x, box.y, box.width, rule))
        room = Box(box.x, box.y + rule[0][1] + GAP_MM, box.width, box.height - rule[0][1] - GAP_MM)
        first_table = self._table(headers, rows, room, 1)
        size = self._table_font(first_table, rows, room.width)
        full = Box(spec["margin"], spec["header"], self.page_size.width() - 2 * spec["margin"],
                   self.page_size.height() - spec["margin"] - spec["header"])
        more = self.item("more_sites")
        if self._capacity(first_table, rows, 0, room.height) < len(rows):  # the note takes room from the table
            more.setText(more_text(len(rows)))  # its longest wording, to measure
            note = self.text_height("more_sites", room.width)
            room = Box(room.x, room.y, room.width, room.height - note - GAP_MM)
            place(more, Box(room.x, room.bottom + GAP_MM, room.width, note))
        else:
            self.layout.removeLayoutItem(more)
        spans = [self._fill_table(first_table, rows, 0, room, least=0)]
        if spans[0][1] < len(rows):
            more.setText(more_text(len(rows) - spans[0][1]))
        headings = []
        while spans[-1][1] < len(rows):
            start = spans[-1][1]
            heading, table = self._continuation_page(len(spans) + 1, (headers, rows, size), full)
            spans.append(self._fill_table(table, rows, start, full))
            headings.append(heading)
        for number, heading in enumerate(headings, start=2):
            heading.setText(continued(number, len(spans)))
            self.fit_font(heading.id(), heading.rect().width(), heading.rect().height())  # a long title
        return spans

    def _landscape_overview(self, spec, own):
        """A3: the map on the left over the scale row and the sources strip;
        on the right the inset and legend over the table. Returns the table's Box."""
        width, height = self.page_size.width(), self.page_size.height()
        margin, top = spec["margin"], spec["header"]
        map_width = round((width - 2 * margin - GAP_MM) * own["map_share"], 1)
        strip_top = self._strip(margin, height - margin, map_width)
        scale_y = strip_top - GAP_MM - spec["scale_height"]
        self._scale_row(margin, scale_y, map_width, spec["scale_height"])
        self.fit_map(Box(margin, top, map_width, scale_y - GAP_MM - top))
        right_x = margin + map_width + GAP_MM
        y = self._inset_and_legend(Box(right_x, top, width - margin - right_x, own["legend_height"]))
        return Box(right_x, y, width - margin - right_x, height - margin - y)

    def _portrait_overview(self, spec, own):
        """A4: the map across the top, the scale row, the inset and legend,
        then the table over the sources strip. Returns the table's Box."""
        width, height = self.page_size.width(), self.page_size.height()
        margin, top = spec["margin"], spec["header"]
        inner = width - 2 * margin
        strip_top = self._strip(margin, height - margin, inner)
        self.fit_map(Box(margin, top, inner, own["map_height"]))
        y = top + own["map_height"] + GAP_MM
        self._scale_row(margin, y, inner, spec["scale_height"])
        y = self._inset_and_legend(Box(margin, y + spec["scale_height"] + GAP_MM, inner, own["legend_height"]))
        return Box(margin, y, inner, strip_top - GAP_MM - y)

    def _inset_and_legend(self, box):
        """The inset (as wide as high: Mali is) and the legend beside it in
        ``box``; returns the y under them."""
        inset = self.item("inset_map")
        legend_x = box.x
        if inset is not None:
            place(inset, Box(box.x, box.y, box.height, box.height))
            legend_x = box.x + box.height + GAP_MM
        legend = self.item("legend")
        legend_box = Box(legend_x, box.y, box.right - legend_x, box.height)
        layers = [(heading, layer) for heading, members in self.groups for layer in members]
        if not self.fit_legend(legend, layers, legend_box.width, legend_box.height):
            set_legend_font(legend, LEGEND_FONT_STEPS[-1])  # one layer's classes: never seen, kept safe
        place(legend, legend_box)
        return box.bottom + GAP_MM

    def fit_map(self, outer):
        """Frames.fit_map, ``outer`` kept (map_outer) to fit the map again once at its round scale."""
        self.map_outer = outer
        super().fit_map(outer)

    # -- the table ----------------------------------------------------------------

    def _table(self, headers, rows, box, page_number, page=0):
        """A manual table of ``headers`` in one frame (id table_<n>) on ``box`` of ``page``."""
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        table.setHeaders([QgsLayoutTableColumn(heading) for heading in headers])
        table.setIncludeTableHeader(True)
        table.setHeaderMode(QgsLayoutItemManualTable.FirstFrame)
        table.setCellMargin(0.8)
        table.setGridStrokeWidth(0.15)
        table.setGridColor(QColor("#888888"))
        table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
        frame = QgsLayoutFrame(self.layout, table)
        frame.setId("table_%d" % page_number)
        self.layout.addLayoutItem(frame)
        table.addFrame(frame)
        place(frame, box, page)
        return table

    def _table_font(self, table, rows, width):
        """The largest of TABLE_FONT_STEPS (points) at which every row fits ``width``; set on ``table``."""
        table.setTableContents(rows)
        for size in TABLE_FONT_STEPS:
            _table_fonts(table, size)
            if table.totalWidth() <= width + TABLE_TOLERANCE_MM:
                break
        return size

    def _capacity(self, table, rows, start, height):
        """How many rows from ``start`` fit ``height`` under the header (QGIS's own count)."""
        table.setTableContents(rows[start:])
        context = QgsLayoutUtils.createRenderContextForLayout(self.layout, None)
        return table.rowsVisible(context, height, 0, True, False)

    def _fill_table(self, table, rows, start, box, least=1):
        """The rows from ``start`` that fit ``box`` (``least`` of them even if
        they do not) in the table on it; returns the (start, stop) it holds."""
        stop = min(start + max(self._capacity(table, rows, start, box.height), least), len(rows))
        table.setTableContents(rows[start:stop])
        place(table.frame(0), box, table.frame(0).page())
        return start, stop

    def _continuation_page(self, number, table_parts, box):
        """Page ``number`` with its heading (a label, its text set once the pages
        are counted) and a table at the first page's font, in ``box``."""
        headers, rows, size = table_parts
        collection = self.layout.pageCollection()
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(self.page_size)
        collection.addPage(page)
        heading = QgsLayoutItemLabel(self.layout)
        heading.setId("continued_%d" % number)
        source = self.item("site_name")
        heading.setFont(source.font())
        heading.setMarginX(source.marginX())
        heading.setMarginY(source.marginY())
        self.layout.addLayoutItem(heading)
        margin = PAGES[self.kind]["margin"]
        place(heading, Box(margin, margin, self.page_size.width() - 2 * margin, box.y - margin - GAP_MM),
              page=number - 1)
        table = self._table(headers, rows, box, number, page=number - 1)
        _table_fonts(table, size)
        return heading, table


def _table_fonts(table, size):
    """The table's text at ``size`` points, its header bold."""
    content = QgsTextFormat()
    content.setSize(size)
    table.setContentTextFormat(content)
    header = QgsTextFormat(content)
    font = QFont(header.font())
    font.setBold(True)
    header.setFont(font)
    table.setHeaderTextFormat(header)
