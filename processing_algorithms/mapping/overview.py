"""malisites:printoverview: one printed overview of many sites (a region or
the whole country) so the cluster sees where to act first: every site on one
map, coloured by its worst flood class and numbered by rank, beside a ranked
table (people exposed per scenario, worst class, WASH gaps where an audit is
given), with continuation pages for the rows the first page cannot hold, and
the CCCM Site Mapping Guide's elements of printsitemap's pages."""
import math
import re

from qgis.core import (Qgis, QgsCoordinateTransform, QgsFeature, QgsFillSymbol, QgsLayoutExporter,
                       QgsLayoutItemLabel, QgsLayoutItemMapGrid, QgsLayoutItemMapOverview, QgsMarkerSymbol,
                       QgsPalLayerSettings, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProject, QgsTextBufferSettings, QgsTextFormat,
                       QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..common import compat
from ...mali_sites_plugin.common.standards import load_hazard_schemes, load_profile
from ...mali_sites_plugin.common.vocabulary import yes_no_flags
from ...mali_sites_plugin.common.lazy import lazy_module
from ..common.base import check_canceled, figure_brief
from ..common.output_roles import role_of
from ..common.qgis_io import as_number, attribute_values, is_null, make_field
from ..common.styles import apply_style
from .algorithm import MAP_SCALES, SHARING, PrintSiteMap, plugin_version
from .inset import centroid_layer, fill_inset, mali_boundaries, regions_of, wgs84
from .overview_page import OverviewFrames, cell
from .sources import print_date, source_entry
from .text import MapText

figures = lazy_module("...mali_sites_plugin.mapping.figures", __package__)  # numpy, shapely: at run time
overview_core = lazy_module("...mali_sites_plugin.mapping.overview", __package__)
site_layers = lazy_module(".layers", __package__)

# Round scales for a map of a region or of the country, after the site map's.
OVERVIEW_SCALES = MAP_SCALES + (1500000, 2000000, 2500000, 3000000, 4000000, 5000000, 6000000, 7500000,
                                10000000, 15000000)
OVERVIEW_FIELDS = (("ms_rank", "int"), ("ms_site_name", "string"), ("ms_label", "string"),
                   ("worst_rank", "int"), ("worst_class", "string"))
SMALLEST_EXTENT_M = 20000.0  # a map of one or two sites still shows their surroundings
UNKNOWN_COLOUR = "#bdbdbd"
RANK_RULE = re.compile(r'^\s*"worst_rank"\s*=\s*(\d+)\s*$')


class PrintOverview(PrintSiteMap):
    SITE = "SITE"
    WASH = "WASH"
    LABELLED = "LABELLED"
    ICON = "print_site_map.svg"

    def tr(self, text):
        # the page parameters and messages shared with Print site map are filed under PrintSiteMap
        translated = super().tr(text)
        return translated if translated != text else QCoreApplication.translate("PrintSiteMap", text)

    def name(self):
        return "printoverview"

    def displayName(self):  # noqa: N802
        return self.tr("Print a flood and WASH overview of sites")

    def tags(self):
        return self.tr("print,PDF,overview,national,region,ranking,flood,WASH,carte,synthèse").split(",")

    def short_description(self):
        return self.tr(
            "Prints all sites of a region or of the country on one map (PDF, A3 or A4, French or English) "
            "with a table ranking them by people exposed to floods, their worst class and WASH gaps.")

    def help_sections(self):
        sphere = load_profile()
        return [
            ("", self.tr(
                "Prints one overview of many sites so the cluster sees where to act first: every site of "
                "the layer on one map (a region or all of Mali), coloured by its worst flood class with "
                "the flood style's colours and numbered by its rank, beside a table of the sites ranked "
                "by the people exposed in their worst scenario. The page carries what the CCCM Site "
                "Mapping Guide asks for, as Print site map does: title and place, version and date, "
                "inset of Mali, sources with dates, coordinate system, scale, north arrow, legend, "
                "sharing restriction, contact, accuracy limits and a slot for logos.")),
            (self.tr("Sites"), self.tr(
                "The 'Site exposure' output of Flood exposure (malisites:floodexposure), or the file it "
                "wrote: it has, per scenario, exposed_people_<scenario> and hazard_class_<scenario>, and "
                "worst_scenario, worst_class and worst_rank. A layer without them is refused with the "
                "columns it lacks. For one region, select its sites (Selected features only) or filter "
                "the layer.")),
            (self.tr("Ranked table"), self.tr(
                "One row per site: its rank, name and region (Natural Earth), the people exposed in "
                "each scenario, the worst class with its scenario (coloured as on the map) and, when "
                "WASH coverage outputs are given, the people of the households beyond the water and "
                "the toilet distances. Rank rule, printed on the page: the most people exposed in the "
                "site's worst scenario (Flood exposure's worst scenario is the one that exposes the "
                "most people) first; ties by the worse class, then by name; sites with no people "
                "counted last. What the first page cannot hold goes on the next pages, the heading "
                "repeated; the first page says how many sites follow.")),
            (self.tr("WASH gaps"), self.tr(
                "The 'Shelters' outputs of WASH coverage (malisites:washcoverage), one per audited site "
                "or one for many: each household counts in the site whose boundary (the circle of a "
                "point site) holds it, and its people count beyond the water (or toilet) distance when "
                "its wp_ok (lat_ok) verdict is no: the distances of the profile the audit used (Sphere "
                "2018: water {0}, toilet {1}). A site no audited household falls in shows '-'.").format(
                figure_brief(sphere.figure("max_distance_to_water_m")),
                figure_brief(sphere.figure("max_distance_to_toilet_m")))),
        ]

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.SITE, self.tr("Sites with their flood exposure"),
                                                [compat.SOURCE_POLYGON]),
            self.tr("The 'Site exposure' output of Flood exposure (or its file)."))
        add(QgsProcessingParameterField(self.SITE_NAME_FIELD, self.tr("Site name field"),
                                        parentLayerParameterName=self.SITE, optional=True),
            self.tr("Empty: a field called site_name, nom, name... if there is one."))
        add(QgsProcessingParameterMultipleLayers(self.WASH, self.tr("WASH coverage: shelters"),
                                                 compat.SOURCE_TABLE, optional=True),
            self.tr("The 'Shelters' outputs of WASH coverage, for the people beyond the water and toilet "
                    "distances in each site."))
        add(QgsProcessingParameterNumber(self.LABELLED, self.tr("Sites numbered on the map"),
                                         minValue=0, defaultValue=15),
            self.tr("The first ranks get their number and name on the map; every site is in the table."))
        self.add_page_parameters(self.tr("Empty: 'Flood and WASH overview of the sites' in the chosen "
                                         "language."), template_file=False)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Overview (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("pages", self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber("sites", self.tr("Sites ranked")))
        self.add_intake_outputs()

    def execute(self, parameters, context, feedback, outputs):
        layout, ranked, _project = self.page_layout(parameters, context, feedback, outputs.intake)
        feedback.setProgress(50)  # the page is laid out; the export takes the rest
        check_canceled(feedback)
        path = outputs.file(self.OUTPUT)
        shown_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context) or path
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.textRenderFormat = compat.TEXT_AS_TEXT
        result = QgsLayoutExporter(layout).exportToPdf(path, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(self.tr(
                "The PDF {0} could not be written: {1}. Check that its folder is writable, that the "
                "file is not open in another program (a PDF viewer locks it on Windows) and that the "
                "disk has room, or choose another file (OUTPUT).").format(shown_path, self._export_reason(result)))
        feedback.setProgress(100)
        return {self.OUTPUT: path, "pages": layout.pageCollection().pageCount(), "sites": len(ranked)}

    def page_layout(self, parameters, context, feedback, tally=None):
        """(the print layout, filled and arranged, before export; the ranked
        sites (mali_sites_plugin.mapping.overview.OverviewSite); the project
        that holds its layers, to keep while the layout is used)."""
        language = self.report_language(parameters, context)
        text = MapText(language)
        sites = self.source(parameters, self.SITE, context)
        overview_core.check_flood_columns(sites.fields().names(), sites.sourceName())
        crs, features, polygons = self._sites(sites, context, feedback, tally)
        ranked = overview_core.rank_sites(self._overview_sites(parameters, context, sites, features, crs, text))
        self._add_wash(parameters, context, feedback, (ranked, features, polygons, crs))
        feedback.setProgress(20)
        check_canceled(feedback)
        project = QgsProject()
        project.setCrs(crs)
        coverage, colours = self._site_layer(crs, features, ranked, language,
                                             self.parameterAsInt(parameters, self.LABELLED, context))
        country, regions = mali_boundaries()
        background = [layer for layer in (regions, country) if layer is not None]
        for layer in [coverage] + background:
            project.addMapLayer(layer)
        layout = self._layout(parameters, context, project, feedback)
        self._fill_overview(layout, parameters, context, (coverage, background, colours), ranked, text)
        return layout, ranked, project

    # -- the sites and their rows ------------------------------------------------

    def _overview_sites(self, parameters, context, sites, features, crs, text):
        """OverviewSite of each feature, its class in the page's language."""
        names = sites.fields().names()
        name_field = self.parameterAsString(parameters, self.SITE_NAME_FIELD, context) or \
            figures.find_field(names, figures.SITE_NAME_FIELDS)
        to_lonlat = QgsCoordinateTransform(crs, wgs84(), QgsProject.instance().transformContext())
        centres = [to_lonlat.transform(f.geometry().pointOnSurface().asPoint()) for f in features]
        regions = regions_of([(centre.x(), centre.y()) for centre in centres])
        schemes = load_hazard_schemes()[0]
        keys = overview_core.flood_scenario_keys(names)
        rows = []
        for index, feature in enumerate(features):
            name = feature[name_field] if name_field else None
            rank = feature["worst_rank"]
            worst_class = feature["worst_class"]
            if is_null(worst_class) and not is_null(rank):  # no scenario wets the site: its class in them
                worst_class = next((feature[overview_core.CLASS_PREFIX + key] for key in keys
                                    if feature[overview_core.RANK_PREFIX + key] == rank), None)
            rows.append(overview_core.OverviewSite(
                index, str(name) if not is_null(name) and name != "" else text.site_label(index + 1),
                {key: as_number(feature[overview_core.EXPOSED_PREFIX + key], math.nan) for key in keys},
                None if is_null(feature["worst_scenario"]) else str(feature["worst_scenario"]),
                None if is_null(worst_class) else figures.hazard_class_in(str(worst_class), text.language, schemes),
                None if is_null(rank) else int(rank), regions[index]))
        return rows

    def _add_wash(self, parameters, context, feedback, sites):
        """The people beyond the water and toilet distances of each WASH coverage shelters layer."""
        ranked, features, polygons, crs = sites
        for layer in self.parameterAsLayerList(parameters, self.WASH, context):
            if role_of(layer) != "wash_shelters":
                raise QgsProcessingException(self.tr(
                    "The layer '{0}' (WASH) is not a 'Shelters' output of WASH coverage (it lacks the "
                    "fields people, wp_ok and wp_dist_m): give the shelters that WASH coverage wrote, or "
                    "leave WASH empty.").format(layer.name()))
            shelters = list(layer.getFeatures())
            site = site_layers.sites_of(shelters, layer, polygons, crs)
            people = [as_number(value, 0.0) for value in attribute_values(shelters, "people")]
            out_of_reach = overview_core.people_out_of_reach
            water, _ = out_of_reach(site, people, _verdicts(shelters, "wp_ok"), len(features))
            toilet = None
            if "lat_ok" in layer.fields().names():
                toilet, _ = out_of_reach(site, people, _verdicts(shelters, "lat_ok"), len(features))
            overview_core.add_wash_gaps(ranked, water, toilet)
            feedback.pushInfo(self.tr("WASH coverage '{0}': {1} households, {2} in a site of the map").format(
                layer.name(), len(shelters), int((site >= 0).sum())))

    def _table_rows(self, ranked, keys, colours, text, wash):
        """The ranked table's cells: one row per site."""
        water, toilet = wash
        rows = []
        for site in ranked:
            worst = site.worst_class or "-"
            if site.worst_class and site.worst_scenario:
                worst = "%s (%s)" % (site.worst_class, site.worst_scenario)
            row = [cell(str(site.rank), right=True), cell(overview_core.short_name(site.name)),
                   cell(site.region or "-")]
            row += [cell(text.number(site.exposed[key]), right=True) for key in keys]
            row.append(cell(worst, QColor(colours.get(site.worst_rank, UNKNOWN_COLOUR))))
            if water:
                row.append(cell(text.number(site.water_gap), right=True))
            if toilet:
                row.append(cell(text.number(site.toilet_gap), right=True))
            rows.append(row)
        return rows

    # -- the map -------------------------------------------------------------------

    def _site_layer(self, crs, features, ranked, language, labelled):
        """The sites in ``crs``, drawn as dots in the flood style's colours of
        their worst class, the first ``labelled`` ranks named; and {worst
        rank: its colour (hex)} for the table."""
        layer = QgsVectorLayer("MultiPolygon?crs=%s" % crs.authid(), MapText(language).overview_legend(), "memory")
        layer.dataProvider().addAttributes([make_field(name, kind) for name, kind in OVERVIEW_FIELDS])
        layer.updateFields()
        out = []
        for site in sorted(ranked, key=lambda row: -row.rank):  # the first ranks drawn last: on top
            feature = QgsFeature(layer.fields())
            geometry = features[site.index].geometry()
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            label = "%d %s" % (site.rank, overview_core.short_name(site.name, 24)) if site.rank <= labelled else None
            feature.setAttributes([site.rank, site.name, label, site.worst_rank, site.worst_class])
            out.append(feature)
        layer.dataProvider().addFeatures(out)
        apply_style(layer, "flood_sites", language)
        renderer = layer.renderer().clone()
        colours = {}
        for rule in renderer.rootRule().children():
            colour = rule.symbol().color()
            rank = _rule_rank(rule)
            colours[rank] = colour.name()
            marker = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour.name(), "size": "3.2",
                                                   "outline_color": "#333333", "outline_width": "0.3"})
            dot = QgsFillSymbol()
            dot.changeSymbolLayer(0, centroid_layer(marker))
            rule.setSymbol(dot)
        layer.setRenderer(renderer)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(_label_settings()))
        layer.setLabelsEnabled(True)
        return layer, colours

    def _fill_overview(self, layout, parameters, context, layers, ranked, text):
        """The template filled and arranged around the ranked table."""
        coverage, background, colours = layers
        for item_id in ("summary", "compliance"):  # a site map's boxes
            if layout.itemById(item_id) is not None:
                layout.removeLayoutItem(layout.itemById(item_id))
        for item_id in ("rank_rule", "more_sites"):
            label = QgsLayoutItemLabel(layout)
            label.setId(item_id)
            font = layout.itemById("notes").font()
            font.setBold(item_id == "more_sites")
            label.setFont(font)
            layout.addLayoutItem(label)
        fields = self.parameterAsSource(parameters, self.SITE, context).fields().names()
        keys = overview_core.flood_scenario_keys(fields)
        worst_names = [site.worst_scenario for site in ranked]
        titles = overview_core.scenario_titles(keys, worst_names)
        wash_layers = self.parameterAsLayerList(parameters, self.WASH, context)
        wash = (bool(wash_layers), any("lat_ok" in layer.fields().names() for layer in wash_layers))
        title = self.parameterAsString(parameters, self.TITLE, context) or text.overview_title()
        place = text.overview_place([site.region for site in ranked], len(ranked))
        self._overview_texts(layout, parameters, context, (coverage, wash_layers), text, (title, place))
        main = layout.itemById("main_map")
        self._frame_sites(main, coverage, background)
        frames = OverviewFrames(layout, {})
        headers = text.table_headers([titles[key] for key in keys], *wash)
        spans = frames.arrange_overview(
            lambda legend, groups: self._fill_legend(legend, groups, text, layer_titles=False),
            [(text.overview_legend(), [coverage])],
            headers, self._table_rows(ranked, keys, colours, text, wash),
            (lambda page, pages: text.continued(title, place, page, pages), text.more_sites))
        self._zoom(main, coverage)
        frames.fit_map(frames.map_outer)  # the grid labels of the round scale
        self._zoom(main, coverage)
        scalebar = layout.itemById("scalebar")
        if scalebar is not None:  # a region or a country in metres reads "2,000,000 m"
            scalebar.setUnits(compat.DISTANCE_KILOMETERS)
            scalebar.setUnitLabel("km")
        version = self.parameterAsString(parameters, self.VERSION, context) or "1"
        layout.itemById("edition").setText(text.edition(version, print_date()).split("\n")[0] + "\n" +
                                           text.page_line(1, len(spans)))
        inset = layout.itemById("inset_map")
        if inset is not None:
            fill_inset(layout.project(), inset, coverage, atlas=False)
            extent = QgsLayoutItemMapOverview("extent", inset)
            extent.setLinkedMap(main)
            extent.setFrameSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "#b2182b",
                                                              "outline_width": "0.5"}))
            inset.overviews().addOverview(extent)
        for item_id in ("sources", "notes", "crs_coordinates"):
            label = frames.item(item_id)
            label.setText(frames.wrapped(item_id, label.text()))
        frames.legends[0].setLegendFilterByMapEnabled(True)
        layout.refresh()

    def _overview_texts(self, layout, parameters, context, layers, text, heading):
        """The texts of the first page: title, place, edition, sources, notes, coordinates, scale, rank rule."""
        coverage, wash_layers = layers
        title, place = heading
        site_layer = self.parameterAsVectorLayer(parameters, self.SITE, context)
        entries = [source_entry(text.source_title("sites"), site_layer)] + [
            source_entry(text.source_title("wash"), layer) for layer in wash_layers]
        extent = QgsCoordinateTransform(coverage.crs(), wgs84(), QgsProject.instance()).transformBoundingBox(
            coverage.extent())
        version = self.parameterAsString(parameters, self.VERSION, context) or "1"
        labels = {
            "title": title, "site_name": place,
            "edition": text.edition(version, print_date()).split("\n")[0] + "\n" + text.page_line(1, 1),
            "sources": text.sources(entries, self.parameterAsString(parameters, self.AUTHOR, context),
                                    (Qgis.version().split("-")[0], plugin_version()), compliance_box=False),
            "notes": text.notes(SHARING[self.parameterAsEnum(parameters, self.SHARING, context)],
                                self.parameterAsString(parameters, self.CONTACT, context)),
            "crs_coordinates": text.overview_coordinates(coverage.crs(), extent.xMinimum(), extent.yMinimum(),
                                                         extent.xMaximum(), extent.yMaximum()),
            "scale_text": text.scale(), "rank_rule": text.rank_rule(bool(wash_layers)),
        }
        for item_id, value in labels.items():
            if layout.itemById(item_id) is not None:
                layout.itemById(item_id).setText(value)
        logo = self.parameterAsFile(parameters, self.LOGO, context)
        if layout.itemById("logos") is not None and logo:
            layout.itemById("logos").setPicturePath(logo)

    def _frame_sites(self, main, coverage, background):
        """The main map on the sites over Mali's regions, its grid in degrees."""
        main.setCrs(coverage.crs())
        main.setLayers([coverage] + background)
        main.setKeepLayerSet(True)
        main.setAtlasDriven(False)
        main.setExtent(_sites_extent(coverage))
        span = QgsCoordinateTransform(coverage.crs(), wgs84(), QgsProject.instance()).transformBoundingBox(
            _sites_extent(coverage))
        grid = main.grids().grid(0) if main.grids().size() else None
        if grid is not None:
            grid.setCrs(wgs84())
            grid.setAnnotationFormat(QgsLayoutItemMapGrid.DecimalWithSuffix)
            widest = max(span.width(), span.height())
            grid.setAnnotationPrecision(0 if widest >= 5 else 1 if widest >= 0.5 else 2)

    def _zoom(self, main, coverage):
        """The map on every site, at the smallest round scale that shows them all."""
        main.zoomToExtent(_sites_extent(coverage))
        scale = next((s for s in OVERVIEW_SCALES if s >= main.scale()), OVERVIEW_SCALES[-1])
        main.setScale(scale)


def _sites_extent(coverage):
    """The sites' extent grown by a tenth each side, at least SMALLEST_EXTENT_M across."""
    extent = coverage.extent()
    extent.grow(max(0.1 * max(extent.width(), extent.height()), 0.0))
    if extent.width() < SMALLEST_EXTENT_M or extent.height() < SMALLEST_EXTENT_M:
        centre = extent.center()
        half = max(extent.width(), extent.height(), SMALLEST_EXTENT_M) / 2.0
        extent.set(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    return extent


def _rule_rank(rule):
    """The worst rank a flood style rule draws ('"worst_rank" = 2' -> 2; the unknown rule -> None)."""
    match = RANK_RULE.match(rule.filterExpression())
    return int(match.group(1)) if match else None


def _verdicts(features, name):
    """A yes/no field of WASH coverage's shelters: True, False, or None where empty (not assessed)."""
    values = attribute_values(features, name)
    flags = yes_no_flags(values)[0]
    return [None if is_null(value) else bool(flag) for value, flag in zip(values, flags)]


def _label_settings():
    """Rank and name beside each labelled site, on a white halo."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "ms_label"
    settings.placement = QgsPalLayerSettings.AroundPoint
    settings.dist = 1.2
    text_format = QgsTextFormat()
    text_format.setSize(7.0)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    return settings
