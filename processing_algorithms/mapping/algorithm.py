"""malisites:printsitemap: a printed site map per site (atlas), as the CCCM
Site Mapping Guide lists: title, site, version and date, inset of Mali,
sources, CRS and coordinates, scale bar, north arrow, legend, grid, summary
figures and a compliance box."""
import os
from datetime import date

from qgis.core import (QgsApplication, QgsCentroidFillSymbolLayer, QgsCoordinateReferenceSystem,
                       QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsFillSymbol,
                       QgsLayoutExporter, QgsLayoutObject, QgsMarkerSymbol, QgsPrintLayout,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterString, QgsProject, QgsProperty, QgsReadWriteContext,
                       QgsRuleBasedRenderer, QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtXml import QDomDocument

from ..common import compat
from ...mali_sites_plugin.common.standards import DEFAULT_PROFILE, PHASES, TOILET_FIGURE, load_profile
from ...mali_sites_plugin.mapping.figures import SITE_NAME_FIELDS, find_field
from ...mali_sites_plugin.mapping.verdicts import site_checks
from ..common.choices import bad_choice
from ..common.base import MaliSitesAlgorithm, check_canceled
from ..common.output_roles import role_of, styled_roles
from ..common.qgis_io import make_field, metric_crs_for, read_geometries
from ..common.styles import StyleLabels, apply_style
from .layers import site_figures
from .text import MapText

LAYOUT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "layouts")
TEMPLATES = ("a3_landscape.qpt", "a4_portrait.qpt")
WORLD_MAP = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")


class PrintSiteMap(MaliSitesAlgorithm):
    PRODUCT = "mapping"
    SITE = "SITE"
    SITE_NAME_FIELD = "SITE_NAME_FIELD"
    LAYERS = "LAYERS"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    TITLE = "TITLE"
    AUTHOR = "AUTHOR"
    VERSION = "VERSION"
    PHASE = "PHASE"
    OUTPUT = "OUTPUT"
    ICON = "print_site_map.svg"

    def name(self):
        return "printsitemap"

    def displayName(self):  # noqa: N802
        return self.tr("Print site map")

    def group(self):
        return self.tr("Maps")

    def groupId(self):  # noqa: N802
        return "maps"

    def tags(self):
        return self.tr("print,PDF,atlas,map,carte,CCCM,layout,mise en page").split(",")

    def flags(self):
        # Layouts render fonts and pictures: keep it on the main thread.
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def short_description(self):
        return self.tr(
            "Prints site maps (PDF, A3 or A4, French or English) with what the CCCM Site Mapping "
            "Guide asks for: legend, scale, inset, sources, summary figures and compliance.")

    def help_sections(self):
        return [
            ("", self.tr(
                "Prints one page per site (a QGIS atlas) into one PDF, with what the CCCM Site "
                "Mapping Guide asks a site map to carry: title, site name, version and date, an "
                "inset map of Mali locating the site (Natural Earth boundaries shipped with QGIS), "
                "sources, coordinate reference system and coordinates, scale bar, north arrow, "
                "legend and grid, the summary figures and a compliance box.")),
            (self.tr("Layers"), self.tr(
                "The layers to show, e.g. the outputs of Site layout, WASH coverage and Flood "
                "exposure. Layers from your project keep their style; Mali Sites outputs read "
                "back from files get the plugin's styles. The summary counts what falls inside "
                "each site: shelters or plots, water points (functional ones apart), latrines and "
                "their cubicles, the share of households within the Sphere distances (from a WASH "
                "coverage output) and, for the sites themselves, households and individuals from "
                "the site fields (households/ménages, individuals/personnes) or from the shelters.")),
            (self.tr("Compliance box"), self._help_compliance()),
            (self.tr("Templates"), self.tr(
                "A3 landscape (default) or A4 portrait from resources/layouts, or your own .qpt: "
                "it must have items with the ids main_map, inset_map, title, site_name, edition, "
                "summary, compliance, sources, crs_coordinates, legend, scalebar and north_arrow "
                "(missing ones are skipped with a warning). The map is drawn in the UTM zone of "
                "the sites.")),
        ]

    def _help_compliance(self):
        """The compliance box's figures, read from the default profile (a profile file
        or the UNHCR profile changes them)."""
        profile = load_profile(DEFAULT_PROFILE)

        def figure(key):
            return profile.figure(key).describe()
        return self.tr(
            "Checks what the layers allow against the chosen standard ({0} by default; the figures "
            "below are its own): site area per person {1}; households within {2} of water and {3} of "
            "a toilet; people per functional toilet, by the chosen phase: {4} in an emergency, {5} in "
            "the medium term; water points within their capacity (per tap: {6}).").format(
            profile.title_in("en"), figure("site_area_m2_per_person"), figure("max_distance_to_water_m"),
            figure("max_distance_to_toilet_m"), figure(TOILET_FIGURE["emergency"]),
            figure(TOILET_FIGURE["medium_term"]), figure("people_per_tap"))

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.SITE, self.tr("Sites (one page each)"),
                                                [compat.SOURCE_POLYGON]),
            self.tr("Site boundaries; the pages follow their order."))
        add(QgsProcessingParameterField(self.SITE_NAME_FIELD, self.tr("Site name field"),
                                        parentLayerParameterName=self.SITE, optional=True),
            self.tr("Empty: a field called site_name, nom, name... if there is one."))
        add(QgsProcessingParameterMultipleLayers(self.LAYERS, self.tr("Layers to show"),
                                                 compat.SOURCE_MAP_LAYER, optional=True),
            self.tr("Drawn in this order, the first on top."))
        add(QgsProcessingParameterEnum(self.TEMPLATE, self.tr("Page"),
                                       options=[self.tr("A3 landscape"), self.tr("A4 portrait")],
                                       defaultValue=0),
            self.tr("Page size and orientation."))
        add(QgsProcessingParameterFile(self.TEMPLATE_FILE, self.tr("Your own template (.qpt)"),
                                       extension="qpt", optional=True),
            self.tr("Overrides Page; see the help for the item ids it needs."), advanced=True)
        self.add_language_parameter(self.tr("Map language"))
        add(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True),
            self.tr("Empty: 'Site map' in the chosen language."))
        add(QgsProcessingParameterString(self.AUTHOR, self.tr("Author / organisation"), optional=True),
            self.tr("Printed with the sources."))
        add(QgsProcessingParameterString(self.VERSION, self.tr("Map version"), defaultValue="1"),
            self.tr("Printed with the date, as the CCCM guide asks."))
        self.add_standard_parameters()
        add(QgsProcessingParameterEnum(
            self.PHASE, self.tr("Phase"), options=[self.tr("Emergency"), self.tr("Medium term")],
            defaultValue=0),
            self.tr("The people per toilet the compliance box checks: the profile's figure for the "
                    "emergency or the medium-term phase."))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Site map (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("pages", self.tr("Pages")))
        self.add_intake_outputs()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        problem = bad_choice(self, parameters)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback, outputs):
        language = self.report_language(parameters, context)
        text = MapText(language)
        profile = self.standards_profile(parameters, context, feedback)
        phase = PHASES[self.parameterAsEnum(parameters, self.PHASE, context)]
        sites = self.source(parameters, self.SITE, context)
        crs, features, polygons = self._sites(sites, context, feedback, outputs.intake)
        name_field = self.parameterAsString(parameters, self.SITE_NAME_FIELD, context) or \
            find_field(sites.fields().names(), SITE_NAME_FIELDS)
        names = [str(f[name_field]) if name_field and f[name_field] not in (None, "") else
                 text.site_label(i + 1) for i, f in enumerate(features)]

        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        figures = site_figures(features, sites.fields().names(), polygons, crs, layers)
        check_canceled(feedback)

        project = QgsProject()
        project.setCrs(crs)
        coverage = self._coverage_layer(crs, features, names, figures, text, profile, phase)
        shown = self._prepare_layers(project, layers, context, language)
        project.addMapLayer(coverage)
        layout = self._layout(parameters, context, project, feedback)
        self._fill(layout, parameters, context, coverage, shown, crs, text, (profile, phase))
        path = outputs.file(self.OUTPUT)
        self._export(layout, path, self.parameterAsFileOutput(parameters, self.OUTPUT, context) or path, feedback)
        return {self.OUTPUT: path, "pages": len(features)}

    def _sites(self, sites, context, feedback, tally):
        """(metric CRS, site features with a polygon, their polygons in that CRS)."""
        label = self.tr("Sites")
        if sites.featureCount() == 0:
            raise QgsProcessingException(self._no_site_text(sites, 0))
        crs = metric_crs_for(sites, context, label)
        features, polygons, _ = read_geometries(sites, crs, context, feedback, "polygon", label, tally)
        kept = [i for i, polygon in enumerate(polygons) if polygon is not None]
        if not kept:
            raise QgsProcessingException(self._no_site_text(sites, len(features)))
        return crs, [features[i] for i in kept], [polygons[i] for i in kept]

    def _no_site_text(self, sites, count):
        return self.tr("The site layer '{0}' (SITE) has no site polygon to print ({1} feature(s), none "
                       "with a usable polygon): give a layer with at least one site polygon.").format(
            sites.sourceName(), count)

    def _export(self, layout, path, shown_path, feedback):
        """The atlas into the PDF ``path`` (its folder was checked before the
        run: RunOutputs.check_destinations); ``shown_path`` is the one
        messages name (the destination the user gave)."""
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.textRenderFormat = compat.TEXT_AS_TEXT
        # the feedback: progress page by page, and a cancel stops the export
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), path, settings, feedback)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            check_canceled(feedback)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(self.tr(
                "The PDF {0} could not be written: {1}. Check that its folder is writable, that the "
                "file is not open in another program (a PDF viewer locks it on Windows) and that the "
                "disk has room, or choose another file (OUTPUT).").format(
                shown_path, error or self._export_reason(result)))

    def _export_reason(self, result):
        """Why QgsLayoutExporter failed, when it gives no message."""
        reasons = {QgsLayoutExporter.ExportResult.FileError: self.tr("the file could not be created or "
                                                                    "written"),
                   QgsLayoutExporter.ExportResult.MemoryError: self.tr("not enough memory to render "
                                                                      "the pages"),
                   QgsLayoutExporter.ExportResult.PrintError: self.tr("the PDF writer failed"),
                   QgsLayoutExporter.ExportResult.IteratorError: self.tr("the atlas has no page to "
                                                                        "print"),
                   QgsLayoutExporter.ExportResult.Canceled: self.tr("the export was cancelled")}
        return reasons.get(result, self.tr("QGIS gave no reason (result code {0})").format(int(result)))

    # -- pieces ----------------------------------------------------------------

    def _coverage_layer(self, crs, features, names, figures, text, profile, phase):
        """The sites as the atlas coverage: name, summary, compliance and coordinates per page."""
        layer = QgsVectorLayer("MultiPolygon?crs=%s" % crs.authid(), text.site_boundary(), "memory")
        provider = layer.dataProvider()
        provider.addAttributes([make_field("ms_site_name", "string"), make_field("ms_summary", "string"),
                                make_field("ms_compliance", "string"), make_field("ms_compliance_ok", "bool"),
                                make_field("ms_coordinates", "string")])
        layer.updateFields()
        to_lonlat = QgsCoordinateTransform(crs, _wgs84(), QgsProject.instance().transformContext())
        rows = []
        for index, feature in enumerate(features):
            out = QgsFeature(layer.fields())
            geometry = feature.geometry()
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            centre = to_lonlat.transform(geometry.centroid().asPoint())
            site = figures.site(index)
            lines, ok = text.compliance(site_checks(site, profile, phase))
            out.setAttributes([names[index], text.summary(site), lines, ok,
                               text.coordinates(crs, centre)])
            rows.append(out)
        provider.addFeatures(rows)
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#b2182b",
                                             "outline_width": "0.8"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        return layer

    def _prepare_layers(self, project, layers, context, language):
        """The layers in a private project: styled clones for our outputs read
        from files, the user's own style for project layers."""
        shown = []
        for layer in layers:
            copy = layer.clone()
            role = role_of(layer)
            from_project = context.project() is not None and context.project().mapLayer(layer.id()) is not None
            if role in styled_roles() and not from_project:
                apply_style(copy, role, language)
                copy.setName(StyleLabels(language).layer_title(role))
            project.addMapLayer(copy)
            shown.append(copy)
        return shown

    def _layout(self, parameters, context, project, feedback):
        path = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context) or \
            os.path.join(LAYOUT_DIR, TEMPLATES[self.parameterAsEnum(parameters, self.TEMPLATE, context)])
        document = QDomDocument()
        parsed = document.setContent(self._template_text(path))  # PyQt returns (ok, message, line, column)
        if not parsed[0]:
            raise QgsProcessingException(self.tr("The template {0} is not a valid .qpt file: {1} "
                                                 "(line {2})").format(path, parsed[1], parsed[2]))
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        _, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not loaded or layout.itemById("main_map") is None:
            raise QgsProcessingException(self.tr("The template {0} has no map item with the id "
                                                 "'main_map'.").format(path))
        for item_id in ("inset_map", "title", "site_name", "edition", "summary", "compliance", "sources",
                        "crs_coordinates", "legend", "scalebar", "north_arrow"):
            if layout.itemById(item_id) is None:
                feedback.reportError(self.tr("The template has no item '{0}'; it is left out.").format(item_id),
                                     fatalError=False)
        return layout

    def _template_text(self, path):
        """The text of the template file ``path``; a clear error when it cannot be read."""
        try:
            with open(path, encoding="utf-8") as stream:
                return stream.read()
        except FileNotFoundError:
            raise QgsProcessingException(self.tr(
                "The template {0} (TEMPLATE_FILE) does not exist: give the path of a .qpt file saved "
                "from a QGIS print layout (Layout > Save as Template), or leave it empty to use "
                "the Page chosen.").format(path)) from None
        except UnicodeDecodeError as error:
            raise QgsProcessingException(self.tr(
                "The template {0} (TEMPLATE_FILE) is not UTF-8 text (byte {1} cannot be read): it is "
                "not a QGIS .qpt file, or was re-saved in another encoding. Save the template again "
                "from QGIS (Layout > Save as Template) and run again.").format(path, error.start)) from None
        except OSError as error:
            raise QgsProcessingException(self.tr(
                "The template {0} (TEMPLATE_FILE) cannot be read ({1}): check that it is a file you "
                "may read, not a folder.").format(path, error.strerror or error)) from None

    def _fill(self, layout, parameters, context, coverage, shown, crs, text, standard):
        """The template filled: atlas, texts, compliance colour, legend, inset;
        ``standard``: (profile, phase) of the compliance box."""
        self._drive_atlas(layout, coverage, shown, crs)
        self._set_texts(layout, parameters, context, shown, text, standard)
        compliance = layout.itemById("compliance")
        if compliance is not None:
            compliance.dataDefinedProperties().setProperty(
                QgsLayoutObject.DataDefinedProperty.BackgroundColor,
                QgsProperty.fromExpression("if(\"ms_compliance_ok\", '#e5f5e0', '#fde0dd')"))
        legend = layout.itemById("legend")
        if legend is not None:
            legend.setTitle(text.legend_title())
            legend.setAutoUpdateModel(False)
            root = legend.model().rootGroup()
            root.clear()
            for layer in [coverage] + shown:
                root.addLayer(layer)
            legend.setLegendFilterByMapEnabled(True)
        inset = layout.itemById("inset_map")
        if inset is not None:
            self._inset(layout.project(), inset, coverage)
        layout.refresh()

    def _drive_atlas(self, layout, coverage, shown, crs):
        """One page per site: the main map follows the coverage layer."""
        main = layout.itemById("main_map")
        main.setCrs(crs)
        main.setLayers([coverage] + shown)
        main.setKeepLayerSet(True)
        main.setAtlasDriven(True)
        main.setAtlasScalingMode(main.Auto)
        main.setAtlasMargin(0.12)
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)

    def _set_texts(self, layout, parameters, context, shown, text, standard):
        """The template's text items; per-site ones read the coverage layer's fields."""
        title = self.parameterAsString(parameters, self.TITLE, context) or text.default_title()
        author = self.parameterAsString(parameters, self.AUTHOR, context)
        version = self.parameterAsString(parameters, self.VERSION, context) or "1"
        labels = {
            "title": title,
            "site_name": '[% "ms_site_name" %]',
            "edition": text.edition(version, date.today()),
            "summary": text.summary_heading() + '\n[% "ms_summary" %]',
            "compliance": text.compliance_heading(*standard) + '\n[% "ms_compliance" %]',
            "sources": text.sources(shown, author),
            "crs_coordinates": '[% "ms_coordinates" %]',
        }
        for item_id, value in labels.items():
            item = layout.itemById(item_id)
            if item is not None:
                item.setText(value)

    def _inset(self, project, inset, coverage):
        # Natural Earth boundaries shipped with QGIS, read without touching the
        # system file (IMMUTABLE) and copied to memory.
        def mali_layer(layer_name, expression):
            source = QgsVectorLayer("%s|layername=%s|option:IMMUTABLE=YES" % (WORLD_MAP, layer_name),
                                    layer_name, "ogr")
            if not source.isValid():
                return None
            return source.materialize(QgsFeatureRequest().setFilterExpression(expression))

        country = mali_layer("countries", "\"NAME\" = 'Mali'")
        regions = mali_layer("states_provinces", "\"admin\" = 'Mali'")
        if country is None or regions is None or not country.featureCount():
            return
        country.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "#f2efe6", "outline_color": "#444444", "outline_width": "0.4"})))
        regions.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#999999", "outline_width": "0.15"})))
        locator = coverage.clone()
        root = QgsRuleBasedRenderer.Rule(None)
        for expression, color, size in (("@atlas_featureid = $id", "#d7191c", "3.4"),
                                        ("@atlas_featureid <> $id", "#555555", "1.6")):
            marker = QgsMarkerSymbol.createSimple({"name": "star" if color == "#d7191c" else "circle",
                                                   "color": color, "size": size, "outline_color": "#ffffff"})
            fill = QgsFillSymbol()
            fill.changeSymbolLayer(0, _centroid_layer(marker))
            root.appendChild(QgsRuleBasedRenderer.Rule(fill, 0, 0, expression))
        locator.setRenderer(QgsRuleBasedRenderer(root))
        for layer in (country, regions, locator):
            project.addMapLayer(layer)
        inset.setCrs(_wgs84())
        inset.setLayers([locator, regions, country])
        inset.setKeepLayerSet(True)
        extent = country.extent()
        extent.scale(1.08)
        inset.setExtent(extent)  # an empty extent from the template would stay empty otherwise
        inset.zoomToExtent(extent)


def _centroid_layer(marker):
    layer = QgsCentroidFillSymbolLayer()
    layer.setSubSymbol(marker)
    layer.setPointOnSurface(True)
    return layer


def _wgs84():
    return QgsCoordinateReferenceSystem("EPSG:4326")
