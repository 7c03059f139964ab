"""malisites:floodexposure: flood exposure of sites and transhumance corridors,
scenario by scenario. Glue only: the work is in mali_sites_plugin.flood, whose
modules (numpy, shapely, pyproj, rasterio) are reached through the package's
lazy exports at run time, as are the writers, so loading the plugin does not
import them."""
import math
from contextlib import ExitStack

from qgis.core import (QgsCsException, QgsProcessingException, QgsProcessingMultiStepFeedback,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...mali_sites_plugin import flood as flood_core
from ...mali_sites_plugin.common.errors import InputError
from ...mali_sites_plugin.common.standards import (custom_hazard_scheme, load_hazard_schemes,
                                                   load_profile)
from ...mali_sites_plugin.common.lazy import lazy_module
from ..common import compat
from ..common.base import MaliSitesAlgorithm, feedback_monitor, figure_text
from ..common.i18n import interface_language
from ..common.report import LanguageText, decimals_of
from ..common.qgis_io import (as_number, attribute_values, metric_crs_for, read_geometries,
                              to_pyproj, to_qgis, transform_rectangle)
from .extents import ObservedExtents
from .hazard_inputs import HazardInputs
from .inputs import KindOf

writers = lazy_module(".writers", __package__)


class FloodExposure(HazardInputs, ObservedExtents, MaliSitesAlgorithm):
    PRODUCT = "flood"
    CLASSES = "CLASSES"
    CLASS_THRESHOLDS = "CLASS_THRESHOLDS"
    SITES = "SITES"
    POPULATION_FIELD = "POPULATION_FIELD"
    SITE_RADIUS = "SITE_RADIUS"
    SHELTERS = "SHELTERS"
    SHELTER_POPULATION_FIELD = "SHELTER_POPULATION_FIELD"
    HOUSEHOLD_SIZE = "HOUSEHOLD_SIZE"
    CORRIDORS = "CORRIDORS"
    REGION_FIELD = "REGION_FIELD"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
    OUTPUT_CORRIDOR_SEGMENTS = "OUTPUT_CORRIDOR_SEGMENTS"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    ICON = "flood_exposure.svg"

    def name(self):
        return "floodexposure"

    def displayName(self):  # noqa: N802
        return self.tr("Flood exposure: sites and corridors")

    def group(self):
        return self.tr("Hazards")

    def groupId(self):  # noqa: N802
        return "hazards"

    def tags(self):
        return self.tr("flood,inondation,exposure,exposition,depth,hauteur,scenario,return period,"
                       "IDP,PDI,site,corridor,couloir,transhumance,UNOSAT,Copernicus").split(",")

    def short_description(self):
        return self.tr(
            "Flood exposure of sites and transhumance corridors for several scenarios at once: "
            "wet and unknown shares, depths, hazard classes, people exposed, wet stretches.")

    def help_sections(self):
        profile = load_profile()
        area, wet = profile.figure("site_area_m2_per_person"), profile.figure("flood_wet_depth_m")
        return [
            ("", self.tr(
                "Which sites and which stretches of herders' corridors flood, how deep, and how "
                "many people are exposed, for each flood scenario (for example 10-, 50- and "
                "100-year return periods). Each hazard raster is a scenario; each observed flood "
                "extent layer (UNOSAT, Copernicus EMS polygons) is one more.")),
            (self.tr("Cell rule"), self.tr(
                "A raster cell belongs to a site when the centre of the cell is inside the site "
                "polygon, as in QGIS's native zonal statistics and GDAL's rasterization (not "
                "all-touched). The three agree on every cell whose centre is not exactly on the "
                "site's boundary; they differ on centres exactly on it: here a centre on a west "
                "or north edge is in and one on an east or south edge is out (two sites sharing "
                "an edge never share a cell); GDAL puts centres on an east edge in and on a west "
                "edge out; QGIS's zonal statistics leave every centre on the boundary out. A "
                "site holding fewer than two cell centres (smaller than a cell) is measured with "
                "exact cell fractions (the share of each cell's area inside the site), as zonal "
                "statistics do. Overlapping sites each get their full statistics. Rasters are "
                "never warped: sites and corridors are projected onto each raster's own grid, so "
                "rasters may differ in CRS and resolution. Lengths and areas are measured in "
                "metres, each feature in the UTM zone holding it (unless the layer's own "
                "projected CRS is accurate there), so a national layer spanning several zones "
                "is measured to 0.1 %.")),
            (self.tr("Wet, dry and unknown"), self.tr(
                "Depth rasters: a cell is wet when its depth is above the wet threshold "
                "(default: the standards profile's {0}); negative depths count as dry and are "
                "reported in the log. "
                "Binary extent rasters: any non-zero cell is wet. Classified rasters: every "
                "class after the first of the class table is wet. Unknown means nodata cells, "
                "codes missing from the class table, and the part of a site or corridor "
                "outside the raster: unknown is never counted as dry or wet, it is reported "
                "as unknown_pct (sites) and unknown_m (corridors). wet_pct = wet cells / all "
                "cells of the site, unknown included. A site or corridor with no known cell has "
                "no wet_pct, wet_m or exposed_people (empty, not 0) and is counted as unknown "
                "in the totals. Cells of a damaged or truncated raster file that GDAL cannot "
                "read are unknown too, and the log names the raster and how many blocks were "
                "lost.").format(figure_text(wet))),
            (self.tr("Hazard classes"), self.tr(
                "The class of a site is the class of its deepest known cell (the most severe "
                "class present); a corridor's class is the most severe class along it. "
                "Each class runs from above its lower bound up to and including its upper "
                "bound. Schemes from resources/standards/flood_classes.json (default: the first), "
                "or your own thresholds in metres ({1}): {0}.").format(self._scheme_lines(),
                                                                      self._threshold_example())),
            (self.tr("Sites and people"), self.tr(
                "Sites are polygons or points. A point site is assessed as a circle of Site "
                "radius metres or, when the radius is 0, a circle of area population x the "
                "standards profile's usable site area per person ({0}); the output then holds "
                "that circle. exposed_people = population x wet "
                "share of the site, or, when a shelter layer is given, the people of the "
                "shelters standing on wet cells (their people field, else the household size). "
                "mean_depth is over wet cells, max_depth over known cells. The worst scenario "
                "of a site is the one with the most exposed people (ties: the higher wet "
                "share).").format(figure_text(area))),
            (self.tr("Corridors"), self.tr(
                "Each corridor is cut exactly where it crosses cell edges; the length in each "
                "cell gives wet_m, unknown_m and wet_pct per scenario, and the corridor "
                "segments output holds the stretches of constant hazard class with their class, "
                "maximum depth and length: what a herder route planner needs on the map. For "
                "observed flood extents the overlay is exact (no raster). Per scenario, "
                "passable tells whether the corridor stays passable end to end: no stretch deeper "
                "than the standards profile's passable depth ({0}; without a depth, binary or "
                "classified rasters and observed extents, every wet stretch cuts it); it is empty "
                "(unknown) when there is no cut but some stretch is unknown. cuts counts the "
                "stretches too deep to cross, longest_dry_m is the longest stretch of known dry "
                "land.").format(figure_text(load_profile().figure("flood_passable_depth_m")))),
            (self.tr("Outputs"), self.tr(
                "Per scenario, fields end with the scenario name in lower case (wet_pct_q100). "
                "Outputs keep the CRS of their input layer and are styled by hazard class rank "
                "when loaded (0 = no hazard, higher = more severe, grey = unknown). The table "
                "(CSV) and the report (HTML, French or English) give the totals per scenario, "
                "and per region when a region field is chosen.")),
            self.observed_help(),
        ]

    def _threshold_example(self):
        """The default scheme's thresholds as typed in CLASS_THRESHOLDS (0.1,0.5,1.5)."""
        schemes, default = load_hazard_schemes()
        return ",".join("%g" % bound for bound in schemes[default].thresholds())

    def _scheme_lines(self):
        """The depth class schemes, for the help: name, classes and bounds, source."""
        schemes, _ = load_hazard_schemes()
        language = interface_language()
        up_to, over = self.tr("up to {0} m"), self.tr("over {0} m")
        return "; ".join(
            "%s: %s (%s)" % (scheme.title.get(language) or scheme.title["en"], ", ".join(
                "%s (%s)" % (c.name_in(language), over.format("%g" % scheme.classes[-2].max_depth_m)
                             if math.isinf(c.max_depth_m) else up_to.format("%g" % c.max_depth_m))
                for c in scheme.classes), scheme.source)
            for scheme in schemes.values())

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_scenario_parameters()
        self._add_hazard_parameters()
        self._add_site_parameters()
        self._add_corridor_and_totals_parameters()
        self._add_outputs()

    def _add_scenario_parameters(self):
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr("Hazard rasters (one per scenario)"), compat.SOURCE_RASTER,
            optional=True), self.tr("Flood depth (m), binary extent or classified rasters, one per "
                                    "scenario. They may differ in CRS and resolution."))
        self.add_parameter(QgsProcessingParameterString(
            self.SCENARIO_NAMES, self.tr("Scenario names (comma-separated; empty: layer names)"),
            optional=True), self.tr("One name per hazard raster, then per flood extent layer, for "
                                    "example: Q10,Q50,Q100. Field names end with the name in lower "
                                    "case."))
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.FLOOD_EXTENTS, self.tr("Observed flood extents (polygons or GFM rasters, one scenario "
                                        "each)"),
            compat.SOURCE_MAP_LAYER, optional=True),
            self.tr("Flood extents as the products deliver them: UNOSAT or Copernicus EMS polygons "
                    "(measured by exact overlay), Copernicus GFM observed flood extent rasters. Their "
                    "class values read as wet, possibly wet, permanent water or not observable "
                    "(Flood extent product); several dates of one event are several scenarios."))
        self.add_extent_parameters()

    def _add_hazard_parameters(self):
        self.add_hazard_kind_parameters(self.tr("What the raster cells hold. Nodata is never dry nor wet: it "
                                                "is reported as unknown."))
        schemes, default = load_hazard_schemes()
        language = interface_language()
        self.add_parameter(QgsProcessingParameterEnum(
            self.CLASSES, self.tr("Hazard classes (depth)"),
            options=[s.title.get(language) or s.title["en"] for s in schemes.values()],
            defaultValue=list(schemes).index(default)),
            self.tr("Depth class scheme from resources/standards/flood_classes.json "
                    "(each class: above its lower bound, up to and including its "
                    "upper bound)."))
        example = self._threshold_example()
        self.add_parameter(QgsProcessingParameterString(
            self.CLASS_THRESHOLDS, self.tr("Custom class thresholds in m (overrides the scheme)"),
            optional=True), self.tr("Increasing depths in metres separated by commas, such as "
                                    "{0} ({1} classes).").format(example, example.count(",") + 2),
            advanced=True)
        self.add_wet_threshold_parameter()

    def _add_site_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.SITES, self.tr("Sites (polygons or points)"),
            [compat.SOURCE_POLYGON, compat.SOURCE_POINT], optional=True),
            self.tr("IDP sites. Points are assessed as circles (see Site radius)."))
        self.add_parameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"), parentLayerParameterName=self.SITES,
            type=compat.FIELD_NUMERIC, optional=True),
            self.tr("People living in each site (individuals)."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.SITE_RADIUS, self.tr("Site radius for point sites (m; 0: from population)"),
            compat.NUMBER_DOUBLE, 0.0, minValue=0.0),
            self.tr("Radius of the circle assessed around a point site. 0: the circle "
                    "of area population x the profile's site area per person."))
        self.add_standard_parameters()
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.SHELTERS, self.tr("Shelters"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON], optional=True),
            self.tr("Shelter points or footprints: exposed people are then the "
                    "people of the shelters standing on wet cells."))
        self.add_parameter(QgsProcessingParameterField(
            self.SHELTER_POPULATION_FIELD, self.tr("People per shelter field"),
            parentLayerParameterName=self.SHELTERS, type=compat.FIELD_NUMERIC,
            optional=True), self.tr("People living in each shelter; empty values and a "
                                    "missing field use the household size."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.HOUSEHOLD_SIZE, self.tr("Household size (people per shelter; 0: profile)"),
            compat.NUMBER_DOUBLE, 0.0, minValue=0.0),
            self.tr("People per shelter when the shelter has no people value; 0 "
                    "uses the standards profile's people per household."), advanced=True)

    def _add_corridor_and_totals_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Transhumance corridors (lines)"),
            [compat.SOURCE_LINE], optional=True),
            self.tr("Herders' corridors or any routes: wet length per scenario "
                    "and stretches by hazard class."))
        self.add_parameter(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region field (totals by region)"),
            parentLayerParameterName=self.SITES, optional=True),
            self.tr("Field of the sites giving the region (or cercle, commune) for "
                    "the totals of the table and report."))
        self.add_language_parameter()

    def _add_outputs(self):
        for name, label, kind in (
                (self.OUTPUT_SITES, self.tr("Site exposure"), compat.SOURCE_POLYGON),
                (self.OUTPUT_CORRIDORS, self.tr("Corridor exposure"), compat.SOURCE_LINE),
                (self.OUTPUT_CORRIDOR_SEGMENTS, self.tr("Corridor stretches by hazard class"),
                 compat.SOURCE_LINE)):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, kind, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TABLE, self.tr("Totals table (CSV)"), self.tr("CSV files (*.csv)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=True))
        for key, label in (("scenarios", self.tr("Scenarios")),
                           ("sites_assessed", self.tr("Sites assessed")),
                           ("sites_flooded", self.tr("Sites with wet cells in at least one scenario")),
                           ("sites_unknown", self.tr("Sites wet in no scenario and unknown in at least one")),
                           ("corridors_assessed", self.tr("Corridors assessed")),
                           ("corridors_flooded", self.tr("Corridors wet in at least one scenario")),
                           ("corridors_unknown", self.tr("Corridors wet in no scenario and unknown in at "
                                                         "least one"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_intake_outputs()

    # -- reading ---------------------------------------------------------------------------------

    def _model(self, parameters, context, profile):
        wet = self.wet_threshold(parameters, context, profile)
        thresholds = self.parameterAsString(parameters, self.CLASS_THRESHOLDS, context)
        if thresholds and thresholds.strip():
            scheme = custom_hazard_scheme(thresholds)
        else:
            schemes, _ = load_hazard_schemes()
            scheme = list(schemes.values())[self.parameterAsEnum(parameters, self.CLASSES, context)]
        return flood_core.hazard_model(flood_core.KINDS[self.parameterAsEnum(parameters, self.HAZARD_KIND, context)],
                            scheme, wet,
                            self.parameterAsString(parameters, self.CLASS_TABLE, context))

    def execute(self, parameters, context, feedback, outputs):
        profile = self.standards_profile(parameters, context, feedback)
        model = self._model(parameters, context, profile)
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        with ExitStack() as run:  # ends the reading ahead, on an error or a cancel too
            with outputs.times.phase("read"):
                inputs = self._read_inputs(parameters, context, feedback, profile, model, outputs.intake, run)
            scenarios, metric, metric_qgis, sites, corridors_source = inputs
            site_assessment = corridors = corridor_assessment = None
            steps.setCurrentStep(1)
            monitor = feedback_monitor(steps)
            if sites is not None:
                site_assessment = self._assess_sites(parameters, context, feedback, sites, scenarios,
                                                     model, metric, profile, outputs, monitor)
            steps.setCurrentStep(2)
            if corridors_source is not None:
                with outputs.times.phase("read"):
                    corridors = self._corridors(corridors_source, context, feedback, metric, outputs.intake)
                passable = profile.figure("flood_passable_depth_m")
                feedback.pushInfo(self.tr("Corridors are cut where the water is deeper than passable (passable depth: {0})").format(
                    figure_text(passable)))
                corridor_assessment = flood_core.assess_corridors(corridors.lines, metric, scenarios,
                                                                  model, monitor,
                                                                  passable_depth=passable.value)
                self._report_notes(corridor_assessment.notes, feedback)
            steps.setCurrentStep(3)
            with outputs.times.phase("write"):
                writer = writers.ExposureWriter(outputs, context, scenarios, model,
                                                self.report_language(parameters, context), metric)
                writer.passable_figure = profile.figure("flood_passable_depth_m")
                results = self._write(writer, sites, site_assessment, corridors, corridor_assessment,
                                      "%s (%s)" % (metric_qgis.description(), metric_qgis.authid()),
                                      monitor)
            results["scenarios"] = len(scenarios)
            steps.setProgress(100)
            return results

    def _read_inputs(self, parameters, context, feedback, profile, model, tally, run):
        """(scenarios, metric CRS (pyproj), the same in QGIS, SiteLayer or None,
        corridor source or None): every input but the corridors' features and
        the shelters, read before any measuring; the first raster is read
        while the sites are, until ``run`` (an ExitStack) ends."""
        rasters = self.hazard_rasters(parameters, context)
        extent_layers = self.parameterAsLayerList(parameters, self.FLOOD_EXTENTS, context)
        if not rasters and not extent_layers:
            raise InputError("No scenario: give at least one hazard raster (HAZARDS) or one "
                             "flood extent layer (FLOOD_EXTENTS)")
        names = flood_core.scenario_names(self.parameterAsString(parameters, self.SCENARIO_NAMES, context),
                               [r.label for r in rasters] + [layer.name() for layer in extent_layers])
        sites_source = self.source(parameters, self.SITES, context, required=False)
        corridors_source = self.source(parameters, self.CORRIDORS, context, required=False)
        for source, label, name in ((sites_source, self.tr("Sites"), self.SITES),
                                    (corridors_source, self.tr("Transhumance corridors"), self.CORRIDORS)):
            self._check_not_empty(source, source.sourceName() if source is not None else label, name)
        if sites_source is None and corridors_source is None:
            raise InputError("Nothing to assess: give SITES (polygons or points) or CORRIDORS "
                             "(lines), or both")
        run.callback(self._prefetch(rasters[0] if rasters else None, sites_source, context).release)
        reference = sites_source if sites_source is not None else corridors_source
        metric_qgis = metric_crs_for(reference, context, self.tr("Sites") if sites_source is not None
                                     else self.tr("Transhumance corridors"))
        metric = to_pyproj(metric_qgis)
        feedback.pushInfo(self.tr("Lengths and areas measured in metres in {0}, or in the UTM zone "
                                  "of each feature where {0} is more than 0.1 % off there").format(
            metric_qgis.authid()))
        scenarios = self._scenarios(parameters, rasters, extent_layers, names, metric_qgis, context,
                                    feedback, tally)
        self._log_depth_classes(model, rasters, feedback)
        sites = None
        if sites_source is not None:
            sites = self._sites(parameters, context, feedback, sites_source, metric, profile, tally)
        return scenarios, metric, metric_qgis, sites, corridors_source

    def _prefetch(self, raster, sites_source, context):
        """The first hazard raster (the first scenario) read under the sites'
        extent while the sites are read (mali_sites_plugin/flood/prefetch.py)."""
        if raster is None or sites_source is None:
            return flood_core.SitesPrefetch(None, None)
        try:
            extent = transform_rectangle(sites_source.sourceExtent(), sites_source.sourceCrs(),
                                         to_qgis(raster.crs), context)
        except QgsCsException:  # an extent PROJ cannot take there: the zonal pass reads it all
            return flood_core.SitesPrefetch(None, None)
        return flood_core.SitesPrefetch(raster, (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                 extent.yMaximum()))

    def _scenarios(self, parameters, rasters, extent_layers, names, metric_qgis, context, feedback,
                   tally):
        """Scenarios: the hazard rasters, then the flood extents read in the metric CRS."""
        keys = flood_core.scenario_keys(names)
        scenarios = []
        for raster, name, key in zip(rasters, names, keys):
            scenarios.append(flood_core.Scenario(name, key, raster=raster))
            feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): raster {2}, {3} x {4} cells, "
                                      "{5}").format(name, key, raster.path, raster.width,
                                                    raster.height, raster.crs.name))
        scenarios.extend(self.extent_scenarios(parameters, context, feedback, extent_layers,
                                               names[len(rasters):], keys[len(rasters):], metric_qgis,
                                               tally))
        return scenarios

    def _log_depth_classes(self, model, rasters, feedback):
        if model.kind == flood_core.DEPTH and rasters:
            scheme = model.scheme
            feedback.pushInfo(self.tr("Depth classes: {0} ({1}); wet above {2} m").format(
                scheme.title.get(interface_language()) or scheme.title["en"], scheme.source,
                LanguageText(interface_language()).number(model.wet_threshold, decimals_of(model.wet_threshold))))

    def _sites(self, parameters, context, feedback, source, metric, profile, tally):
        kind = KindOf(source.sourceName() or self.tr("Sites"), ("polygon", "point"), self.SITES)
        features, geometries, _ = read_geometries(source, source.sourceCrs(), context, feedback,
                                                  kind, self.tr("Sites"), tally)
        is_point = kind.kind == "point"
        populations = self._populations(parameters, context, feedback, features)
        polygons = radii = None  # polygon sites: the core reprojects them if it needs to
        if is_point:
            radius = self.parameterAsDouble(parameters, self.SITE_RADIUS, context)
            area = profile.figure("site_area_m2_per_person")
            polygons, radii, problems = flood_core.site_circles(
                flood_core.to_crs(geometries, to_pyproj(source.sourceCrs()), metric, densify_first=False),
                populations, radius, area.value, metric)
            if not radius:
                feedback.pushInfo(self.tr("Point sites: circles of area population x {0}").format(
                    figure_text(area)))
            if problems:
                feedback.pushWarning(self.tr("{0} point sites have no usable population and no "
                                             "radius: they are not assessed").format(len(problems)))
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context)
        return writers.SiteLayer(features, source.fields(), source.sourceCrs(), source.wkbType(), polygons,
                         populations, radii,
                         attribute_values(features, region_field) if region_field else None,
                         None if is_point else geometries)

    def _populations(self, parameters, context, feedback, features):
        """People per site (None: no value, or a negative one); None without a field."""
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not population_field:
            return None
        values = attribute_values(features, population_field)
        populations, bad = flood_core.site_populations(values)
        if bad:
            feedback.pushWarning(self.tr("{0} sites have a negative population in field "
                                         "'{1}': their exposed people are left empty").format(
                bad, population_field))
        text = [value for value in values if value is not None and as_number(value) is None]
        if text:
            feedback.pushWarning(self.tr("{0} sites have no number in field '{1}' (such as '{2}'): "
                                         "their exposed people are left empty. Choose a field of "
                                         "numbers of people.").format(len(text), population_field,
                                                                      text[0]))
        return populations

    def _check_not_empty(self, source, layer_label, name):
        if source is not None and source.featureCount() == 0:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' ({1}) has no features: give a layer with at least one feature, or "
                "leave {1} empty.").format(layer_label, name))

    def _assess_sites(self, parameters, context, feedback, sites, scenarios, model, metric,
                      profile, outputs, monitor):
        with outputs.times.phase("read"):
            shelters = self._shelters(parameters, context, feedback, metric, profile, outputs.intake)
        assessment = flood_core.assess_sites(
            sites.polygons, sites.populations, metric, scenarios, model, shelters, monitor,
            None if sites.source_geometries is None else (to_pyproj(sites.crs), sites.source_geometries))
        self._report_notes(assessment.notes, feedback)
        if shelters is not None:
            feedback.pushInfo(self.tr("Shelters: {0} inside sites, {1} outside every site "
                                      "(not counted)").format(assessment.shelters_counted,
                                                             assessment.shelters_outside))
        return assessment

    def _shelters(self, parameters, context, feedback, metric, profile, tally):
        source = self.source(parameters, self.SHELTERS, context, required=False)
        if source is None:
            return None
        kind = ("point" if compat.geometry_type(source.wkbType()) == compat.POINT_GEOMETRY
                else "polygon")
        features, geometries, _ = read_geometries(source, source.sourceCrs(), context, feedback,
                                                  kind, self.tr("Shelters"), tally)
        field = self.parameterAsString(parameters, self.SHELTER_POPULATION_FIELD, context)
        household = self.parameterAsDouble(parameters, self.HOUSEHOLD_SIZE, context)
        if not household:
            household = profile.value("people_per_household")
        shelters, defaulted = flood_core.Shelters.at(
            flood_core.to_crs(geometries, to_pyproj(source.sourceCrs()), metric, densify_first=False),
            [as_number(feature[field]) if field else None for feature in features], household)
        if defaulted:
            feedback.pushInfo(self.tr("{0} shelters without a people value count {1} people "
                                      "(household size)").format(defaulted, household))
        return shelters

    def _corridors(self, source, context, feedback, metric, tally):
        kind = KindOf(source.sourceName() or self.tr("Transhumance corridors"), ("line",), self.CORRIDORS)
        features, geometries, _ = read_geometries(
            source, source.sourceCrs(), context, feedback, kind,
            self.tr("Transhumance corridors"), tally)
        return writers.CorridorLayer(features, source.fields(), source.sourceCrs(), source.wkbType(),
                                     flood_core.to_crs(geometries, to_pyproj(source.sourceCrs()), metric,
                                                       densify_first=False))

    def _report_notes(self, notes, feedback):
        """The core's notes (code, scenario, count) as warnings in the interface language."""
        wording = {
            "no_overlap": self.tr(
                "Scenario '{0}': the raster does not overlap any of the {1} sites; "
                "they are all reported as unknown (unknown_pct = 100). Check that "
                "the raster covers the sites."),
            "no_valid_cells": self.tr(
                "Scenario '{0}': the raster has no valid cell under any of the {1} "
                "sites (all nodata there); every site is unknown."),
            "negative_depths": self.tr(
                "Scenario '{0}': {1} cells under the sites have a negative depth; "
                "they are counted as dry."),
            "negative_depths_corridors": self.tr(
                "Scenario '{0}': {1} corridor pieces lie on cells with a negative "
                "depth; they are counted as dry."),
            "partial_coverage": self.tr(
                "Scenario '{0}': {1} sites are partly unknown (nodata or outside "
                "the raster): see unknown_pct."),
            "exact_fractions": self.tr(
                "Scenario '{0}': {1} sites hold fewer than two cell centres and "
                "were measured with exact cell fractions."),
            "shelters_unknown": self.tr(
                "Scenario '{0}': {1} shelters stand on unknown cells; they are not "
                "counted as exposed."),
            "corridors_unknown": self.tr(
                "Scenario '{0}': the raster does not overlap any of the {1} "
                "corridors; their whole length is unknown."),
            "zero_length_corridor": self.tr(
                "{1} corridors have no length or no usable line geometry; their "
                "statistics are left empty."),
            "sites_unknown": self.tr(
                "Scenario '{0}': {1} sites have no known cell (outside the raster, nodata or "
                "unreadable): their wet_pct and exposed_people are left empty, not 0, and "
                "the totals count them as unknown."),
            "corridors_wholly_unknown": self.tr(
                "Scenario '{0}': {1} corridors have no known cell (outside the raster, nodata "
                "or unreadable): their wet_m and wet_pct are left empty, not 0."),
            "unreadable_blocks": self.tr(
                "Scenario '{0}': {1} blocks of raster '{2}' ({3}) could not be read ({4}); "
                "their cells are counted as unknown under the sites, never as dry. The file "
                "is damaged or incomplete: download or export it again (gdalinfo -checksum "
                "shows the errors) and run again."),
            "unreadable_blocks_corridors": self.tr(
                "Scenario '{0}': {1} blocks of raster '{2}' ({3}) could not be read ({4}); "
                "their cells are counted as unknown along the corridors, never as dry. The "
                "file is damaged or incomplete: download or export it again (gdalinfo "
                "-checksum shows the errors) and run again."),
        }
        for note in notes:
            text = wording.get(note.code, "{0}: {1}")
            feedback.pushWarning(text.format(note.scenario or "", *note.values))

    # -- writing ---------------------------------------------------------------------------------

    def _write(self, writer, sites, site_assessment, corridors, corridor_assessment, metric_name,
               monitor):
        """Every output asked for; progress shared by the features written."""
        site_part, corridor_part, segment_part = writers.shares(monitor, [
            len(sites.features) if sites else 0, len(corridors.features) if corridors else 0,
            len(corridor_assessment.segments) if corridors else 0])
        results = {}
        if sites is not None:
            results.update(writer.sites(self.OUTPUT_SITES, sites, site_assessment, site_part))
        if corridors is not None:
            results.update(writer.corridors(self.OUTPUT_CORRIDORS, corridors, corridor_assessment,
                                            corridor_part))
            results.update(writer.corridor_segments(self.OUTPUT_CORRIDOR_SEGMENTS, corridors,
                                                    corridor_assessment, segment_part))
        results.update(writer.table_and_report(self.OUTPUT_TABLE, self.OUTPUT_REPORT, sites,
                                               site_assessment, corridors, corridor_assessment,
                                               metric_name))
        return results
