"""malisites:printsitemap: a printed site map per site (atlas), as the CCCM
Site Mapping Guide lists: title, site, version and date, inset of Mali,
sources, CRS and coordinates, scale bar, north arrow, legend, grid, summary
figures and a compliance box."""
import math
import os
from datetime import date

import numpy as np
from qgis.core import (QgsApplication, QgsCoordinateTransform, QgsFeature, QgsFeatureRequest,
                       QgsFillSymbol, QgsLayoutExporter, QgsMarkerSymbol, QgsPrintLayout,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterString, QgsProject, QgsReadWriteContext,
                       QgsRuleBasedRenderer, QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtXml import QDomDocument

from ..common import compat
from ...mali_sites_plugin.common.vocabulary import functional_flags
from ...mali_sites_plugin.mapping.site_summary import site_of_points, totals_by_site
from ..common.base import MaliSitesAlgorithm, check_canceled
from ..common.output_roles import KIND_OF_ROLE, role_of, styled_roles
from ..common.qgis_io import (attribute_values, as_number, make_field, metric_crs_for,
                              point_locations, read_geometries, transform_xy)
from ..common.report import LanguageText
from ..common.styles import StyleLabels, apply_style

LAYOUT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "layouts")
TEMPLATES = ("a3_landscape.qpt", "a4_portrait.qpt")
WORLD_MAP = os.path.join(QgsApplication.pkgDataPath(), "resources", "data", "world_map.gpkg")
NAME_FIELDS = ("site_name", "nom_site", "nom du site", "name", "nom", "site")
HOUSEHOLD_FIELDS = ("households", "menages", "ménages", "hh")
PEOPLE_FIELDS = ("individuals", "personnes", "individus", "population", "people")


class PrintSiteMap(MaliSitesAlgorithm):
    SITE = "SITE"
    SITE_NAME_FIELD = "SITE_NAME_FIELD"
    LAYERS = "LAYERS"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    TITLE = "TITLE"
    AUTHOR = "AUTHOR"
    VERSION = "VERSION"
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
            (self.tr("Compliance box"), self.tr(
                "Checks what the layers allow against the chosen standard: site area per person "
                "(Sphere 2018: 45 m2 per person including plots and gardens [secondary]); "
                "households within 500 m of water and 50 m of a toilet (Sphere WASH 2.1, 3.2); "
                "people per functional toilet (50 in an emergency); water points within their "
                "capacity.")),
            (self.tr("Templates"), self.tr(
                "A3 landscape (default) or A4 portrait from resources/layouts, or your own .qpt: "
                "it must have items with the ids main_map, inset_map, title, site_name, edition, "
                "summary, compliance, sources, crs_coordinates, legend, scalebar and north_arrow "
                "(missing ones are skipped with a warning). The map is drawn in the UTM zone of "
                "the sites.")),
        ]

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
        self.add_language_parameter()
        add(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True),
            self.tr("Empty: 'Site map' in the chosen language."))
        add(QgsProcessingParameterString(self.AUTHOR, self.tr("Author / organisation"), optional=True),
            self.tr("Printed with the sources."))
        add(QgsProcessingParameterString(self.VERSION, self.tr("Map version"), defaultValue="1"),
            self.tr("Printed with the date, as the CCCM guide asks."))
        self.add_standard_parameters()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Site map (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("pages", self.tr("Pages")))
        self.add_intake_outputs()

    def execute(self, parameters, context, feedback, outputs):
        language = self.report_language(parameters, context)
        text = MapText(language)
        profile = self.standards_profile(parameters, context, feedback)
        sites = self.source(parameters, self.SITE, context)
        label = self.tr("Sites")
        crs = metric_crs_for(sites, context, label)
        features, polygons, _ = read_geometries(sites, crs, context, feedback, "polygon", label, outputs.intake)
        kept = [i for i, polygon in enumerate(polygons) if polygon is not None]
        if not kept:
            raise QgsProcessingException(self.tr("The site layer has no valid polygon to print."))
        features, polygons = [features[i] for i in kept], [polygons[i] for i in kept]
        name_field = self.parameterAsString(parameters, self.SITE_NAME_FIELD, context) or \
            _find_field(sites.fields(), NAME_FIELDS)
        names = [str(f[name_field]) if name_field and f[name_field] not in (None, "") else
                 text.site_label(i + 1) for i, f in enumerate(features)]

        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        figures = SiteFigures(features, polygons, crs, sites.fields(), layers, context)
        check_canceled(feedback)

        project = QgsProject()
        project.setCrs(crs)
        coverage = self._coverage_layer(crs, features, polygons, names, figures, text, profile, language)
        shown = self._prepare_layers(project, layers, context, language)
        project.addMapLayer(coverage)
        layout = self._layout(parameters, context, project, feedback)
        self._fill(layout, parameters, context, coverage, shown, crs, text, profile, feedback)

        path = outputs.file(self.OUTPUT)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.textRenderFormat = compat.TEXT_AS_TEXT
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), path, settings)
        if result != QgsLayoutExporter.Success:
            raise QgsProcessingException(self.tr("The PDF could not be written: {0}").format(error))
        return {self.OUTPUT: path, "pages": len(features)}

    # -- pieces ----------------------------------------------------------------

    def _coverage_layer(self, crs, features, polygons, names, figures, text, profile, language):
        layer = QgsVectorLayer("MultiPolygon?crs=%s" % crs.authid(), text.site_boundary(), "memory")
        provider = layer.dataProvider()
        provider.addAttributes([make_field("ms_site_name", "string"), make_field("ms_summary", "string"),
                                make_field("ms_compliance", "string"), make_field("ms_compliance_ok", "bool"),
                                make_field("ms_coordinates", "string")])
        layer.updateFields()
        to_lonlat = QgsCoordinateTransform(crs, _wgs84(), QgsProject.instance().transformContext())
        rows = []
        for index, (feature, polygon) in enumerate(zip(features, polygons)):
            out = QgsFeature(layer.fields())
            geometry = feature.geometry()
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            centre = to_lonlat.transform(geometry.centroid().asPoint())
            lines, ok = text.compliance(figures, index, profile)
            out.setAttributes([names[index], text.summary(figures, index), lines, ok,
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
        with open(path, encoding="utf-8") as stream:
            parsed = document.setContent(stream.read())  # PyQt returns (ok, message, line, column)
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

    def _fill(self, layout, parameters, context, coverage, shown, crs, text, profile, feedback):
        title = self.parameterAsString(parameters, self.TITLE, context) or text.default_title()
        author = self.parameterAsString(parameters, self.AUTHOR, context)
        version = self.parameterAsString(parameters, self.VERSION, context) or "1"
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
        labels = {
            "title": title,
            "site_name": '[% "ms_site_name" %]',
            "edition": text.edition(version, date.today()),
            "summary": text.summary_heading() + '\n[% "ms_summary" %]',
            "compliance": text.compliance_heading(profile) + '\n[% "ms_compliance" %]',
            "sources": text.sources(shown, author),
            "crs_coordinates": '[% "ms_coordinates" %]',
        }
        for item_id, value in labels.items():
            item = layout.itemById(item_id)
            if item is not None:
                item.setText(value)
        compliance = layout.itemById("compliance")
        if compliance is not None:
            from qgis.core import (QgsLayoutObject, QgsProperty)
            compliance.dataDefinedProperties().setProperty(
                QgsLayoutObject.BackgroundColor,
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
            self._inset(layout.project(), inset, coverage, text)
        layout.refresh()

    def _inset(self, project, inset, coverage, text):
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
    from qgis.core import QgsCentroidFillSymbolLayer
    layer = QgsCentroidFillSymbolLayer()
    layer.setSubSymbol(marker)
    layer.setPointOnSurface(True)
    return layer


def _wgs84():
    from qgis.core import QgsCoordinateReferenceSystem
    return QgsCoordinateReferenceSystem("EPSG:4326")


def _find_field(fields, candidates):
    names = {name.lower(): name for name in fields.names()}
    return next((names[c] for c in candidates if c in names), None)


class SiteFigures:
    """Per-site figures from the site fields and the layers shown."""

    def __init__(self, features, polygons, crs, site_fields, layers, context):
        count = len(polygons)
        self.area_m2 = np.array([p.area for p in polygons])
        self.households = self._site_values(features, site_fields, HOUSEHOLD_FIELDS)
        self.individuals = self._site_values(features, site_fields, PEOPLE_FIELDS)
        self.counts = {}  # kind -> per-site counts
        self.functional_water = None
        self.cubicles = None
        self.pct_water = self.pct_latrine = None
        self.overloaded_water = None
        self.shelter_people = None
        self.flood = [dict() for _ in polygons]  # per site: scenario -> (wet %, exposed people, class)
        self.plan_households = None
        for layer in layers:
            role = role_of(layer)
            if role == "flood_sites" and layer.type() == layer.VectorLayer:
                self._read_flood(layer, polygons, crs)
                continue
            if role in ("layout_plots", "layout_facilities"):
                self._read_plan(role, layer, polygons, crs)
                continue
            kind = KIND_OF_ROLE.get(role)
            if kind is None or layer.type() != layer.VectorLayer:
                continue
            features_of_layer = list(layer.getFeatures())
            xy, located, _ = point_locations(features_of_layer)
            xy = transform_xy(xy, layer.crs(), crs)
            owner = site_of_points(polygons, xy)
            owner[~located] = -1
            self.counts[kind] = totals_by_site(owner, np.ones(len(owner)), count)
            fields = {name.lower(): name for name in layer.fields().names()}
            if role == "wash_shelters":
                people = np.array([as_number(f["people"], 0.0) for f in features_of_layer])
                self.shelter_people = totals_by_site(owner, people, count)
                for attribute, target in (("wp_ok", "pct_water"), ("lat_ok", "pct_latrine")):
                    if attribute in fields:
                        ok = np.array([bool(f[attribute]) if f[attribute] not in (None,) else False
                                       for f in features_of_layer], dtype=float)
                        within = totals_by_site(owner, people * ok, count)
                        with np.errstate(invalid="ignore", divide="ignore"):
                            setattr(self, target, np.where(self.shelter_people > 0,
                                                           100.0 * within / self.shelter_people, np.nan))
            if kind == "water_points" and "functional" in fields:
                working = functional_flags(attribute_values(features_of_layer, "functional"))[0].astype(float)
                self.functional_water = totals_by_site(owner, working, count)
            if role == "wash_water_points":
                overloaded = np.array([bool(f["overloaded"]) for f in features_of_layer], dtype=float)
                self.overloaded_water = totals_by_site(owner, overloaded, count)
            if kind == "latrines" and "cubicles" in fields:
                cubicles = np.array([as_number(f["cubicles"], 1.0) for f in features_of_layer])
                if "functional" in fields:
                    cubicles *= functional_flags(attribute_values(features_of_layer, "functional"))[0]
                self.cubicles = totals_by_site(owner, cubicles, count)
        if self.individuals is None and self.shelter_people is not None:
            self.individuals = self.shelter_people
        if self.households is None:
            self.households = self.plan_households if self.plan_households is not None else self.counts.get("shelters")

    def _read_plan(self, role, layer, polygons, crs):
        """A site layout's plots (households, people) or facilities (water
        points, latrine blocks and their cubicles) counted per site."""
        features = list(layer.getFeatures())
        xy, located, _ = point_locations(features)
        owner = site_of_points(polygons, transform_xy(xy, layer.crs(), crs))
        owner[~located] = -1
        count = len(polygons)

        def total(values):
            return totals_by_site(owner, np.asarray(values, dtype=float), count)

        if role == "layout_plots":
            household = np.array([f["use"] == "household" for f in features], dtype=float)
            self.counts["shelters"] = total(household)
            self.shelter_people = total([as_number(f["people"], 0.0) * h for f, h in zip(features, household)])
            self.plan_households = total([as_number(f["households"], 0.0) * h
                                          for f, h in zip(features, household)])
        else:
            kinds = [f["kind"] for f in features]
            self.counts["water_points"] = total([k == "water_point" for k in kinds])
            self.counts["latrines"] = total([k == "latrine_block" for k in kinds])
            self.cubicles = total([as_number(f["cubicles"], 0.0) if k == "latrine_block" else 0.0
                                   for f, k in zip(features, kinds)])

    def _read_flood(self, layer, polygons, crs):
        """Exposure per scenario of the flood exposure output's site that lies in each site."""
        features = list(layer.getFeatures())
        xy, located, _ = point_locations(features)
        owner = site_of_points(polygons, transform_xy(xy, layer.crs(), crs))
        names = layer.fields().names()
        keys = [name[len("wet_pct_"):] for name in names if name.startswith("wet_pct_")]
        for feature, site, ok in zip(features, owner, located):
            if not ok or site < 0:
                continue
            for key in keys:
                exposed = "exposed_people_" + key
                self.flood[site][key] = (as_number(feature["wet_pct_" + key], math.nan),
                                         as_number(feature[exposed], math.nan) if exposed in names
                                         else math.nan,
                                         feature["hazard_class_" + key] if "hazard_class_" + key in names else None)

    @staticmethod
    def _site_values(features, fields, candidates):
        name = _find_field(fields, candidates)
        if name is None:
            return None
        return np.array([as_number(f[name], 0.0) for f in features])


class MapText(LanguageText):
    """Printed words, in the map's language."""

    def date(self, day):
        months_fr = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre")
        if self.language == "fr":
            return "%d %s %d" % (day.day, months_fr[day.month - 1], day.year)
        return day.strftime("%d %B %Y").lstrip("0")

    def coordinates(self, crs, centre):
        lon, lat = centre.x(), centre.y()
        position = "%s° %s, %s° %s" % (self.number(abs(lat), 5), "N" if lat >= 0 else "S",
                                       self.number(abs(lon), 5), ("E" if lon >= 0 else ("O" if self.language == "fr" else "W")))
        return self.tr("CRS: {0} ({1}); grid in metres.\nSite centre: {2} (WGS 84)").format(
            crs.authid(), crs.description(), position)

    def sources(self, layers, author):
        names = ", ".join(layer.name() for layer in layers) or "-"
        text = self.tr("Sources: {0}. Boundaries: Natural Earth. Standards: see the compliance box. "
                       "Made with QGIS and Mali Sites.").format(names)
        if author:
            text += "\n" + self.tr("Produced by: {0}").format(author)
        return text

    def summary(self, figures, index):
        lines = []

        def add(label, value, decimals=0, suffix=""):
            if value is not None and not (isinstance(value, float) and math.isnan(value)):
                lines.append("%s : %s%s" % (label, self.number(value, decimals), suffix) if self.language == "fr"
                             else "%s: %s%s" % (label, self.number(value, decimals), suffix))

        pick = lambda values: None if values is None else float(values[index])  # noqa: E731
        add(self.tr("Households"), pick(figures.households))
        add(self.tr("Individuals"), pick(figures.individuals))
        add(self.tr("Site area"), figures.area_m2[index] / 10000.0, 2, " ha")
        add(self.tr("Shelters"), pick(figures.counts.get("shelters")))
        working = pick(figures.functional_water)
        add(self.tr("Water points"), pick(figures.counts.get("water_points")),
            suffix="" if working is None else " " + self.tr("({0} functional)").format(self.number(working)))
        cubicles = pick(figures.cubicles)
        add(self.tr("Latrines"), pick(figures.counts.get("latrines")),
            suffix="" if cubicles is None else " " + self.tr("({0} functional cubicles)").format(
                self.number(cubicles)))
        add(self.tr("People within reach of water"), pick(figures.pct_water), 1, " %")
        add(self.tr("People within reach of a toilet"), pick(figures.pct_latrine), 1, " %")
        for key, (wet, exposed, hazard_class) in sorted(figures.flood[index].items()):
            line = self.tr("Flood {0}: {1} % of the site wet, {2} people exposed").format(
                key.upper(), self.number(wet, 1), self.number(exposed))
            if hazard_class not in (None, ""):
                line += " (%s)" % hazard_class
            lines.append(line)
        return "\n".join(lines)

    def compliance(self, figures, index, profile):
        """(text, all checks passed) for the compliance box."""
        checks = []
        people = None if figures.individuals is None else float(figures.individuals[index])
        if people:
            figure = profile.figure("site_area_m2_per_person")
            per_person = figures.area_m2[index] / people
            checks.append((self.tr("Site area per person: {0} m2 (standard {1} {2})").format(
                self.number(per_person, 1), figure.comparison, self.number(figure.value)),
                figure.complies(per_person)))
        if figures.pct_water is not None and not math.isnan(figures.pct_water[index]):
            checks.append((self.tr("Water within reach: {0} of people").format(
                self.percent(figures.pct_water[index])), figures.pct_water[index] >= 100.0))
        if figures.pct_latrine is not None and not math.isnan(figures.pct_latrine[index]):
            checks.append((self.tr("Toilet within reach: {0} of people").format(
                self.percent(figures.pct_latrine[index])), figures.pct_latrine[index] >= 100.0))
        if people and figures.cubicles is not None:
            figure = profile.figure("people_per_toilet_emergency")
            per_toilet = people / figures.cubicles[index] if figures.cubicles[index] else math.inf
            checks.append((self.tr("People per functional toilet: {0} (standard {1} {2})").format(
                self.number(per_toilet, 1), figure.comparison, self.number(figure.value)),
                figure.complies(per_toilet)))
        if figures.overloaded_water is not None:
            overloaded = int(figures.overloaded_water[index])
            checks.append((self.tr("Overloaded water points: {0}").format(overloaded), overloaded == 0))
        if not checks:
            return self.tr("No figure to check: add site populations or WASH coverage outputs."), False
        lines = ["%s %s" % ("✔" if passed else "✘", line) for line, passed in checks]
        return "\n".join(lines), all(passed for _, passed in checks)

    def site_label(self, number):
        return self.tr("Site {0}").format(number)

    def site_boundary(self):
        return self.tr("Site boundary")

    def default_title(self):
        return self.tr("Site map")

    def edition(self, version, day):
        return (self.tr("Version {0} - {1}").format(version, self.date(day)) + "\n" +
                self.tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]"))

    def summary_heading(self):
        return self.tr("Summary")

    def compliance_heading(self, profile):
        return self.tr("Compliance with {0}").format(profile.title_in(self.language))

    def legend_title(self):
        return self.tr("Legend")
