"""malisites:printsitemap: a printed site map per site (atlas), as the CCCM
Site Mapping Guide lists: title, site, version and date, inset of Mali,
sources, CRS and coordinates, scale bar, north arrow, legend, grid, summary
figures and a compliance box."""
import os

from qgis.core import (Qgis, QgsCoordinateTransform, QgsFeature, QgsFillSymbol, QgsLayoutExporter, QgsLayoutObject, QgsLegendRenderer,
                       QgsLegendStyle,
                       QgsPrintLayout, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString, QgsProject,
                       QgsProperty, QgsReadWriteContext, QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtXml import QDomDocument

from ..common import compat
from ...mali_sites_plugin.common.standards import (DEFAULT_PROFILE, PHASES, TOILET_FIGURE, load_hazard_schemes,
                                                   load_profile)
from ...mali_sites_plugin import mapping as mapping_core  # its modules are imported at run time
from ...mali_sites_plugin.common.lazy import lazy_module
from ...mali_sites_plugin.common.timing import PhaseTimes
from ...mali_sites_plugin.mapping.verdicts import site_checks
from ..common.base import MaliSitesAlgorithm, check_canceled, figure_text
from ..common.output_roles import role_of, styled_roles
from ..common.qgis_io import make_field, metric_crs_for, read_geometries
from ..common.styles import StyleLabels, apply_style
from .frames import Frames
from .inset import fill_inset, regions_of, wgs84
from .sources import print_date, source_entry, write_bundle
from .text import MapText

site_layers = lazy_module(".layers", __package__)  # numpy and shapely: at run time

LAYOUT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "layouts")
TEMPLATES = ("a3_landscape.qpt", "a4_portrait.qpt")
# Round scales the atlas picks from (the smallest that shows the whole site), so the
# printed numeric scale is one a reader can use.
MAP_SCALES = (250, 500, 750, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 7500, 10000, 12500, 15000,
              20000, 25000, 30000, 40000, 50000, 75000, 100000, 150000, 200000, 250000, 500000, 1000000)
SHARING = ("public", "partners", "internal")
COVERAGE_FIELDS = (("ms_site_name", "string"), ("ms_place", "string"), ("ms_summary", "string"),
                   ("ms_compliance", "string"), ("ms_compliance_ok", "bool"), ("ms_coordinates", "string"))


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
    SHARING = "SHARING"
    CONTACT = "CONTACT"
    LOGO = "LOGO"
    GEOPDF = "GEOPDF"
    OUTPUT = "OUTPUT"
    OUTPUT_BUNDLE = "OUTPUT_BUNDLE"
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
                "(missing ones are skipped with a warning; scale_text, notes and logos are optional). "
                "The map is drawn in the UTM zone of the sites, at the smallest round scale that shows "
                "the whole site. On the plugin's templates every frame is computed from what it holds: "
                "the legend takes the largest text and fewest columns that fit, and what does not fit "
                "goes on a second page per site; your own template keeps its frames, only the legend "
                "is fitted to its own.")),
            (self.tr("CCCM elements"), self.tr(
                "Each page carries the title and 'Mali - region - site', the version and the date it was "
                "updated, the sharing restriction and 'For humanitarian purposes only', the data sources "
                "(each layer's file and its date), the coordinate system and the site's coordinates, the "
                "contact, the limits of accuracy, a slot for logos, a scale bar with the numeric scale "
                "and a north arrow.")),
        ]

    def _help_compliance(self):
        """The compliance box's figures, read from the default profile (a profile file
        or the UNHCR profile changes them)."""
        profile = load_profile(DEFAULT_PROFILE)

        def figure(key):
            return figure_text(profile.figure(key))
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
        self.add_page_parameters(self.tr("Empty: 'Site map' in the chosen language."), template_file=True)
        self.add_standard_parameters()
        add(QgsProcessingParameterEnum(
            self.PHASE, self.tr("Phase"), options=[self.tr("Emergency"), self.tr("Medium term")],
            defaultValue=0),
            self.tr("The people per toilet the compliance box checks: the profile's figure for the "
                    "emergency or the medium-term phase."))
        add(QgsProcessingParameterBoolean(self.GEOPDF, self.tr("GeoPDF (for Avenza Maps and other field apps)"),
                                          defaultValue=False),
            self.tr("Also writes one GeoPDF per site beside the PDF (name_site_01.pdf...): the page's map "
                    "georeferenced and its layers in the PDF's layer list, so a phone app such as Avenza "
                    "Maps shows where you stand on the printed map."), advanced=True)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Site map (PDF)"), self.tr("PDF files (*.pdf)")))
        add(QgsProcessingParameterFileDestination(
            self.OUTPUT_BUNDLE, self.tr("Layers of the map (GeoPackage)"), self.tr("GeoPackage files (*.gpkg)"),
            optional=True, createByDefault=False),
            self.tr("The site boundaries and every layer drawn on the map in one GeoPackage, to send with "
                    "the PDF as the CCCM guide recommends."))
        self.addOutput(QgsProcessingOutputNumber("pages", self.tr("Pages")))
        self.add_intake_outputs()

    def add_page_parameters(self, title_help, template_file):
        """The page and what the CCCM guide asks a printed map to carry (title,
        version, contact, sharing, logos); ``template_file``: offer a .qpt of the user's."""
        add = self.add_parameter
        add(QgsProcessingParameterEnum(self.TEMPLATE, self.tr("Page"),
                                       options=[self.tr("A3 landscape"), self.tr("A4 portrait")],
                                       defaultValue=0),
            self.tr("Page size and orientation."))
        if template_file:
            add(QgsProcessingParameterFile(self.TEMPLATE_FILE, self.tr("Your own template (.qpt)"),
                                           extension="qpt", optional=True),
                self.tr("Overrides Page; see the help for the item ids it needs."), advanced=True)
        self.add_language_parameter(self.tr("Map language"))
        add(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True), title_help)
        add(QgsProcessingParameterString(self.AUTHOR, self.tr("Author / organisation"), optional=True),
            self.tr("Printed with the sources."))
        add(QgsProcessingParameterString(self.VERSION, self.tr("Map version"), defaultValue="1"),
            self.tr("Printed with the date, as the CCCM guide asks."))
        add(QgsProcessingParameterString(self.CONTACT, self.tr("Contact"), optional=True),
            self.tr("Who to ask about the map (name, e-mail or phone), printed as the CCCM guide asks."))
        add(QgsProcessingParameterEnum(self.SHARING, self.tr("Sharing"), options=[
            self.tr("Public"), self.tr("Humanitarian partners only"), self.tr("Internal use only")], defaultValue=0),
            self.tr("The sharing restriction printed on the map, beside 'For humanitarian purposes only'."))
        add(QgsProcessingParameterFile(self.LOGO, self.tr("Logos (image)"), optional=True,
                                       fileFilter=self.tr("Images (*.png *.jpg *.jpeg *.svg)")),
            self.tr("One image with the organisations' logos, printed in the top right corner."), advanced=True)

    def execute(self, parameters, context, feedback, outputs):
        layout, drawn, _project = self.page_layout(parameters, context, feedback, outputs.intake, outputs.times)
        path = outputs.file(self.OUTPUT)
        shown_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context) or path
        with outputs.times.phase("write"):  # the pages drawn into the PDF
            geopdfs = self._export(layout, path, shown_path, feedback,
                                   self.parameterAsBool(parameters, self.GEOPDF, context))
        results = {self.OUTPUT: path, "pages": layout.atlas().count()}
        if geopdfs:
            feedback.pushInfo(self.tr("GeoPDF of each site (for Avenza Maps): {0}").format(", ".join(geopdfs)))
        bundle = outputs.file(self.OUTPUT_BUNDLE)
        if bundle:
            with outputs.times.phase("write"):
                problem = write_bundle(bundle, drawn, context.transformContext())
            if problem:
                raise QgsProcessingException(self.tr(
                    "The GeoPackage {0} (OUTPUT_BUNDLE) could not be written ({1}): choose another file "
                    "in a folder you may write to.").format(bundle, problem))
            results[self.OUTPUT_BUNDLE] = bundle
        return results

    def page_layout(self, parameters, context, feedback, tally=None, times=None):
        """(the print layout of the run, filled and arranged, before export;
        the vector layers it draws, the sites first; the project that holds
        them, to keep while the layout is used). ``times``: the run's
        PhaseTimes, counting the reading of the layers."""
        times = times or PhaseTimes()
        language = self.report_language(parameters, context)
        text = MapText(language)
        profile = self.standards_profile(parameters, context, feedback)
        phase = PHASES[self.parameterAsEnum(parameters, self.PHASE, context)]
        sites = self.source(parameters, self.SITE, context)
        with times.phase("read"):
            crs, features, polygons = self._sites(sites, context, feedback, tally)
        name_field = self.parameterAsString(parameters, self.SITE_NAME_FIELD, context) or \
            mapping_core.find_field(sites.fields().names(), mapping_core.SITE_NAME_FIELDS)
        names = [str(f[name_field]) if name_field and f[name_field] not in (None, "") else
                 text.site_label(i + 1) for i, f in enumerate(features)]

        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        with times.phase("read"):  # the features of the layers drawn, summed by site
            figures = site_layers.site_figures(features, sites.fields().names(), polygons, crs, layers)
        check_canceled(feedback)

        project = QgsProject()
        project.setCrs(crs)
        coverage = self._coverage_layer(crs, features, names, figures, text, (profile, phase))
        shown = self._prepare_layers(project, layers, context, language)
        project.addMapLayer(coverage)
        layout = self._layout(parameters, context, project, feedback)
        self._fill(layout, parameters, context, coverage, (layers, shown), crs, text, (profile, phase))
        return layout, [coverage] + shown, project

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

    def _export(self, layout, path, shown_path, feedback, geopdf=False):
        """The atlas into the PDF ``path`` (its folder was checked before the
        run: RunOutputs.check_destinations), and with ``geopdf`` a GeoPDF per
        site beside it (each page's map georeferenced, its layers in the PDF's
        layer tree, as Avenza Maps reads it); ``shown_path`` is the one
        messages name (the destination the user gave)."""
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.textRenderFormat = compat.TEXT_AS_TEXT
        settings.predefinedMapScales = list(MAP_SCALES)
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
        return self._export_geopdfs(layout, path, shown_path, settings) if geopdf else []

    def _export_geopdfs(self, layout, path, shown_path, settings):
        """One GeoPDF per site beside the PDF (<name>_site_01.pdf...): QGIS
        georeferences a page's map only in a PDF of one page. Returns their paths."""
        settings.writeGeoPdf = True
        settings.includeGeoPdfFeatures = True
        settings.appendGeoreference = True
        stem = os.path.splitext(os.path.basename(path))[0]
        atlas = layout.atlas()
        atlas.setFilenameExpression("'%s_site_' || lpad(to_string(@atlas_featurenumber), 2, '0')"
                                    % stem.replace("'", "''"))
        result, error = QgsLayoutExporter.exportToPdfs(atlas, path, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(self.tr(
                "The GeoPDF pages beside {0} could not be written: {1}. Run again without GeoPDF, or "
                "choose a folder you may write to (OUTPUT).").format(shown_path, error or self._export_reason(result)))
        # written beside the staged PDF, they move into place with it when the run succeeds
        folder = os.path.dirname(os.path.abspath(shown_path))
        return [os.path.join(folder, "%s_site_%02d.pdf" % (stem, number + 1)) for number in range(atlas.count())]

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

    def _coverage_layer(self, crs, features, names, figures, text, standard):
        """The sites as the atlas coverage: name, place (country - region - site),
        summary, compliance and coordinates per page; ``standard``: (profile, phase)."""
        layer = QgsVectorLayer("MultiPolygon?crs=%s" % crs.authid(), text.site_boundary(), "memory")
        provider = layer.dataProvider()
        provider.addAttributes([make_field(name, kind) for name, kind in COVERAGE_FIELDS])
        layer.updateFields()
        to_lonlat = QgsCoordinateTransform(crs, wgs84(), QgsProject.instance().transformContext())
        schemes = load_hazard_schemes()[0]
        geometries = []
        for feature in features:
            geometry = feature.geometry()
            geometry.convertToMultiType()
            geometries.append(geometry)
        centres = [to_lonlat.transform(geometry.pointOnSurface().asPoint()) for geometry in geometries]
        regions = regions_of([(centre.x(), centre.y()) for centre in centres])
        rows = []
        for index, geometry in enumerate(geometries):
            out = QgsFeature(layer.fields())
            out.setGeometry(geometry)
            site = figures.site(index)
            lines, ok = text.compliance(site_checks(site, *standard))
            summary = text.summary(site, lambda name: mapping_core.hazard_class_in(name, text.language, schemes))
            out.setAttributes([names[index], text.place(regions[index], names[index]), summary, lines, ok,
                               text.coordinates(crs, centres[index])])
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

    def _fill(self, layout, parameters, context, coverage, layers, crs, text, standard):
        """The template filled and arranged: atlas, texts, compliance colour,
        legend, inset; ``layers``: (as given, as drawn); ``standard``:
        (profile, phase) of the compliance box."""
        given, shown = layers
        self._drive_atlas(layout, coverage, shown, crs)
        per_page = self._set_texts(layout, parameters, context, (coverage, given, shown), text, standard)
        compliance = layout.itemById("compliance")
        if compliance is not None:
            compliance.dataDefinedProperties().setProperty(
                QgsLayoutObject.DataDefinedProperty.BackgroundColor,
                QgsProperty.fromExpression("if(\"ms_compliance_ok\", '#e5f5e0', '#fde0dd')"))
        logo = self.parameterAsFile(parameters, self.LOGO, context)
        if layout.itemById("logos") is not None and logo:
            layout.itemById("logos").setPicturePath(logo)
        frames = Frames(layout, per_page)
        frames.arrange(lambda legend, groups: self._fill_legend(legend, groups, text),
                       self._legend_groups(coverage, shown, text), text.continued_group)
        inset = layout.itemById("inset_map")
        if inset is not None:  # once sized: all of Mali in its frame
            fill_inset(layout.project(), inset, coverage)
        self._wrap_page_texts(frames, coverage)
        layout.refresh()

    def _legend_groups(self, coverage, shown, text):
        """[(heading, [layers])]: the site, the plan, what was surveyed and the flood
        apart, so planned and surveyed facilities never share a heading."""
        titles = text.legend_groups()
        kinds = {"site": [coverage], "plan": [], "survey": [], "flood": []}
        for layer in shown:
            role = role_of(layer) or ""
            kinds["plan" if role.startswith("layout_") else "flood" if role.startswith("flood_") else "survey"].append(
                layer)
        return [(titles[key], kinds[key]) for key in ("site", "plan", "survey", "flood") if kinds[key]]

    def _fill_legend(self, legend, groups, text, layer_titles=True):
        """``groups`` [(heading, [layers])] in the legend; without ``layer_titles``
        a layer's entries stand under the heading alone (one layer per heading)."""
        legend.setAutoUpdateModel(False)
        legend.setSplitLayer(False)  # a layer's entries stay under its heading
        legend.setTitle(text.continued_legend() if legend.id() == "legend_2" else text.legend_title())
        root = legend.model().rootGroup()
        root.clear()
        for heading, members in groups:
            group = root.addGroup(heading)
            for layer in members:
                node = group.addLayer(layer)
                if not layer_titles:
                    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
        legend.updateLegend()

    def _wrap_page_texts(self, frames, coverage):
        """The per-page texts of the coverage broken into lines that fit their frames."""
        fields = {"ms_summary": "summary", "ms_compliance": "compliance", "ms_coordinates": "crs_coordinates"}
        changes = {}
        for feature in coverage.getFeatures():
            values = {}
            for name, item_id in fields.items():
                if frames.item(item_id) is not None:
                    values[coverage.fields().indexOf(name)] = frames.wrapped(item_id, feature[name])
            changes[feature.id()] = values
        coverage.dataProvider().changeAttributeValues(changes)
        for item_id in ("sources", "notes"):
            label = frames.item(item_id)
            if label is not None:
                label.setText(frames.wrapped(item_id, label.text()))

    def _drive_atlas(self, layout, coverage, shown, crs):
        """One page per site: the main map follows the coverage layer at a round scale."""
        main = layout.itemById("main_map")
        main.setCrs(crs)
        main.setLayers([coverage] + shown)
        main.setKeepLayerSet(True)
        main.setAtlasDriven(True)
        main.setAtlasScalingMode(main.Predefined)
        main.setAtlasMargin(0.08)
        layout.renderContext().setPredefinedScales(list(MAP_SCALES))
        first = next(coverage.getFeatures(), None)
        if first is not None:  # an extent to measure the grid labels by, before the atlas runs
            main.setExtent(first.geometry().boundingBox())  # an empty extent cannot be zoomed
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)

    def _set_texts(self, layout, parameters, context, layers, text, standard):
        """The template's text items; per-site ones read the coverage layer's fields.
        Returns {item id: [its text on each page]} of the per-site ones."""
        coverage, given, shown = layers
        title = self.parameterAsString(parameters, self.TITLE, context) or text.default_title()
        version = self.parameterAsString(parameters, self.VERSION, context) or "1"
        sharing = SHARING[self.parameterAsEnum(parameters, self.SHARING, context)]
        site_layer = self.parameterAsVectorLayer(parameters, self.SITE, context)
        entries = [source_entry(self.tr("Sites"), site_layer)] + [
            source_entry(copy.name(), layer) for layer, copy in zip(given, shown)]
        labels = {
            "title": title,
            "site_name": '[% "ms_place" %]',
            "edition": text.edition(version, print_date()),
            "summary": text.summary_heading() + '\n[% "ms_summary" %]',
            "compliance": text.compliance_heading(*standard) + '\n[% "ms_compliance" %]',
            "sources": text.sources(entries, self.parameterAsString(parameters, self.AUTHOR, context),
                                    (Qgis.version().split("-")[0], plugin_version())),
            "notes": text.notes(sharing, self.parameterAsString(parameters, self.CONTACT, context)),
            "crs_coordinates": '[% "ms_coordinates" %]',
            "scale_text": text.scale(),
        }
        for item_id, value in labels.items():
            item = layout.itemById(item_id)
            if item is not None:
                item.setText(value)
        features = list(coverage.getFeatures())
        edition = text.edition(version, print_date())
        return {"site_name": [f["ms_place"] for f in features],
                "edition": [edition.split("\n")[0] + "\n" + text.page_line(len(features), len(features))],
                "summary": [text.summary_heading() + "\n" + f["ms_summary"] for f in features],
                "compliance": [text.compliance_heading(*standard) + "\n" + f["ms_compliance"] for f in features],
                "crs_coordinates": [f["ms_coordinates"] for f in features]}


def plugin_version():
    """The plugin's version, from its metadata.txt."""
    path = os.path.join(os.path.dirname(LAYOUT_DIR), os.pardir, "metadata.txt")
    try:
        with open(path, encoding="utf-8") as stream:
            return next((line.split("=", 1)[1].strip() for line in stream if line.startswith("version=")), "?")
    except OSError:
        return "?"
