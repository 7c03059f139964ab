"""malisites:floodexposure: flood exposure of sites and transhumance corridors,
scenario by scenario. Glue only: the work is in mali_sites_plugin.flood*."""
import math

import numpy as np
from qgis.core import (QgsFeature, QgsFields, QgsProcessingMultiStepFeedback,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ..common import compat
from ...mali_sites_plugin.common.errors import InputError
from ...mali_sites_plugin.flood.exposure import (assess_corridors, assess_sites, class_label,
                                                 Scenario, scenario_keys, scenario_names, Shelters,
                                                 site_circles, to_crs)
from ...mali_sites_plugin.flood.rasters import (BINARY, CLASSIFIED, DEPTH, HazardModel,
                                                open_hazard_raster, parse_class_table)
from ...mali_sites_plugin.flood.summary import (summary_rows, write_csv)
from ...mali_sites_plugin.common.standards import (custom_hazard_scheme, load_hazard_schemes,
                                                   load_profile)
from ..common.base import MaliSitesAlgorithm, check_canceled, feedback_monitor
from ..common.i18n import interface_language
from ..common.outputs import style_on_load
from .report import FloodReport
from ..common.qgis_io import (as_number, from_shapely, is_null, make_field, metric_crs_for,
                              raster_input, read_geometries, to_pyproj)

KINDS = (DEPTH, BINARY, CLASSIFIED)
SITE_METRICS = (("wet_pct", "double"), ("unknown_pct", "double"),
                ("max_depth", "double"), ("mean_depth", "double"),
                ("exposed_people", "double"), ("hazard_class", "string"),
                ("hazard_rank", "int"), ("cells", "double"),
                ("valid_cells", "double"), ("wet_cells", "double"))
CORRIDOR_METRICS = (("wet_m", "double"), ("wet_pct", "double"),
                    ("unknown_m", "double"), ("max_depth", "double"),
                    ("hazard_class", "string"), ("hazard_rank", "int"))
LABEL_FIELDS = ("site_name", "nom_site", "name", "nom", "site_id", "corridor_id", "id")


class FloodExposure(MaliSitesAlgorithm):
    HAZARDS = "HAZARDS"
    SCENARIO_NAMES = "SCENARIO_NAMES"
    FLOOD_EXTENTS = "FLOOD_EXTENTS"
    HAZARD_KIND = "HAZARD_KIND"
    BAND = "BAND"
    CLASS_TABLE = "CLASS_TABLE"
    CLASSES = "CLASSES"
    CLASS_THRESHOLDS = "CLASS_THRESHOLDS"
    WET_THRESHOLD = "WET_THRESHOLD"
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

    def help_sections(self):
        schemes, default = load_hazard_schemes()
        language = interface_language()
        up_to, over = self.tr("up to {0} m"), self.tr("over {0} m")
        scheme_lines = "; ".join(
            "%s: %s (%s)" % (scheme.title.get(language) or scheme.title["en"], ", ".join(
                "%s (%s)" % (c.name_in(language), over.format("%g" % scheme.classes[-2].max_depth_m)
                             if math.isinf(c.max_depth_m) else up_to.format("%g" % c.max_depth_m))
                for c in scheme.classes), scheme.source)
            for scheme in schemes.values())
        area = load_profile().figure("site_area_m2_per_person")
        return [
            ("", self.tr(
                "Which sites and which stretches of herders' corridors flood, how deep, and how "
                "many people are exposed, for each flood scenario (for example 10-, 50- and "
                "100-year return periods). Each hazard raster is a scenario; each observed flood "
                "extent layer (UNOSAT, Copernicus EMS polygons) is one more.")),
            (self.tr("Cell rule"), self.tr(
                "A raster cell belongs to a site when the centre of the cell is inside the site "
                "polygon: the rule of QGIS's native zonal statistics, so cell counts, mean and "
                "maximum agree with it. A site holding fewer than two cell centres (smaller "
                "than a cell) is measured with exact cell fractions (the share of each cell's "
                "area inside the site), as zonal statistics do. Overlapping sites each get "
                "their full statistics. Rasters are never warped: sites and corridors are "
                "projected onto each raster's own grid, so rasters may differ in CRS and "
                "resolution. Lengths and areas are measured in metres in a projected CRS (the "
                "UTM zone of the data when the input is in degrees).")),
            (self.tr("Wet, dry and unknown"), self.tr(
                "Depth rasters: a cell is wet when its depth is above the wet threshold "
                "(default 0.1 m); negative depths count as dry and are reported in the log. "
                "Binary extent rasters: any non-zero cell is wet. Classified rasters: every "
                "class after the first of the class table is wet. Unknown means nodata cells, "
                "codes missing from the class table, and the part of a site or corridor "
                "outside the raster: unknown is never counted as dry or wet, it is reported "
                "as unknown_pct (sites) and unknown_m (corridors). wet_pct = wet cells / all "
                "cells of the site, unknown included.")),
            (self.tr("Hazard classes"), self.tr(
                "The class of a site is the class of its deepest known cell (the most severe "
                "class present); a corridor's class is the most severe class along it. "
                "Each class runs from above its lower bound up to and including its upper "
                "bound. Schemes from resources/standards/flood_classes.json (default: the first), "
                "or your own thresholds in metres (0.1,0.5,1.5): {0}.").format(scheme_lines)),
            (self.tr("Sites and people"), self.tr(
                "Sites are polygons or points. A point site is assessed as a circle of Site "
                "radius metres or, when the radius is 0, a circle of area population x the "
                "standards profile's usable site area per person ({0}); the output then holds "
                "that circle. exposed_people = population x wet "
                "share of the site, or, when a shelter layer is given, the people of the "
                "shelters standing on wet cells (their people field, else the household size). "
                "mean_depth is over wet cells, max_depth over known cells. The worst scenario "
                "of a site is the one with the most exposed people (ties: the higher wet "
                "share).").format(area.describe())),
            (self.tr("Corridors"), self.tr(
                "Each corridor is cut exactly where it crosses cell edges; the length in each "
                "cell gives wet_m, unknown_m and wet_pct per scenario, and the corridor "
                "segments output holds the stretches of constant hazard class with their class, "
                "maximum depth and length: what a herder route planner needs on the map. For "
                "observed flood extents the overlay is exact (no raster).")),
            (self.tr("Outputs"), self.tr(
                "Per scenario, fields end with the scenario name in lower case (wet_pct_q100). "
                "Outputs keep the CRS of their input layer and are styled by hazard class rank "
                "when loaded (0 = no hazard, higher = more severe, grey = unknown). The table "
                "(CSV) and the report (HTML, French or English) give the totals per scenario, "
                "and per region when a region field is chosen.")),
        ]

    def initAlgorithm(self, config=None):  # noqa: N802
        hazards = QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr("Hazard rasters (one per scenario)"), compat.SOURCE_RASTER,
            optional=True)
        hazards.setHelp(self.tr("Flood depth (m), binary extent or classified rasters, one per "
                                "scenario. They may differ in CRS and resolution."))
        self.addParameter(hazards)
        names = QgsProcessingParameterString(
            self.SCENARIO_NAMES, self.tr("Scenario names (comma-separated; empty: layer names)"),
            optional=True)
        names.setHelp(self.tr("One name per hazard raster, then per flood extent layer, for "
                              "example: Q10,Q50,Q100. Field names end with the name in lower "
                              "case."))
        self.addParameter(names)
        extents = QgsProcessingParameterMultipleLayers(
            self.FLOOD_EXTENTS, self.tr("Observed flood extents (polygons, one scenario each)"),
            compat.SOURCE_POLYGON, optional=True)
        extents.setHelp(self.tr("Flood extent polygons as UNOSAT or Copernicus EMS deliver them: "
                                "inside = wet. Measured by exact overlay (no depth)."))
        self.addParameter(extents)
        kind = QgsProcessingParameterEnum(
            self.HAZARD_KIND, self.tr("Hazard raster values"),
            options=[self.tr("Flood depth (m)"), self.tr("Binary extent (non-zero = flooded)"),
                     self.tr("Classified (class table)")], defaultValue=0)
        kind.setHelp(self.tr("What the raster cells hold. Nodata is never dry nor wet: it is "
                             "reported as unknown."))
        self.addParameter(kind)
        band = QgsProcessingParameterNumber(self.BAND, self.tr("Band"),
                                            compat.NUMBER_INTEGER, 1, minValue=1)
        band.setHelp(self.tr("Band of the hazard rasters to read."))
        band.setFlags(band.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(band)
        table = QgsProcessingParameterString(
            self.CLASS_TABLE, self.tr("Class table (classified rasters): code=name, ..."),
            optional=True)
        table.setHelp(self.tr("For classified rasters: code=name pairs in increasing severity, "
                              "the no-hazard class first, such as 0=none,1=low,2=medium,3=high. "
                              "Codes missing from the table count as unknown."))
        self.addParameter(table)
        schemes, default = load_hazard_schemes()
        language = interface_language()
        classes = QgsProcessingParameterEnum(
            self.CLASSES, self.tr("Hazard classes (depth)"),
            options=[s.title.get(language) or s.title["en"] for s in schemes.values()],
            defaultValue=list(schemes).index(default))
        classes.setHelp(self.tr("Depth class scheme from resources/standards/flood_classes.json "
                                "(each class: above its lower bound, up to and including its "
                                "upper bound)."))
        self.addParameter(classes)
        thresholds = QgsProcessingParameterString(
            self.CLASS_THRESHOLDS, self.tr("Custom class thresholds in m (overrides the scheme)"),
            optional=True)
        thresholds.setHelp(self.tr("Increasing depths in metres separated by commas, such as "
                                   "0.1,0.5,1.5 (four classes)."))
        thresholds.setFlags(thresholds.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(thresholds)
        wet = QgsProcessingParameterNumber(self.WET_THRESHOLD, self.tr("Wet threshold (m)"),
                                           compat.NUMBER_DOUBLE, 0.1, minValue=0.0)
        wet.setHelp(self.tr("A cell is wet when its depth is above this value (depth rasters)."))
        self.addParameter(wet)
        sites = QgsProcessingParameterFeatureSource(
            self.SITES, self.tr("Sites (polygons or points)"),
            [compat.SOURCE_POLYGON, compat.SOURCE_POINT], optional=True)
        sites.setHelp(self.tr("IDP sites. Points are assessed as circles (see Site radius)."))
        self.addParameter(sites)
        population = QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"), parentLayerParameterName=self.SITES,
            type=QgsProcessingParameterField.Numeric, optional=True)
        population.setHelp(self.tr("People living in each site (individuals)."))
        self.addParameter(population)
        radius = QgsProcessingParameterNumber(
            self.SITE_RADIUS, self.tr("Site radius for point sites (m; 0: from population)"),
            compat.NUMBER_DOUBLE, 0.0, minValue=0.0)
        radius.setHelp(self.tr("Radius of the circle assessed around a point site. 0: the circle "
                               "of area population x the profile's site area per person."))
        self.addParameter(radius)
        self.add_standard_parameters()
        shelters = QgsProcessingParameterFeatureSource(
            self.SHELTERS, self.tr("Shelters (optional)"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON], optional=True)
        shelters.setHelp(self.tr("Shelter points or footprints: exposed people are then the "
                                 "people of the shelters standing on wet cells."))
        self.addParameter(shelters)
        shelter_people = QgsProcessingParameterField(
            self.SHELTER_POPULATION_FIELD, self.tr("People per shelter field"),
            parentLayerParameterName=self.SHELTERS, type=QgsProcessingParameterField.Numeric,
            optional=True)
        shelter_people.setHelp(self.tr("People living in each shelter; empty values and a "
                                       "missing field use the household size."))
        self.addParameter(shelter_people)
        household = QgsProcessingParameterNumber(
            self.HOUSEHOLD_SIZE, self.tr("Household size (people per shelter; 0: profile)"),
            compat.NUMBER_DOUBLE, 0.0, minValue=0.0)
        household.setHelp(self.tr("People per shelter when the shelter has no people value; 0 "
                                  "uses the standards profile's people per household."))
        household.setFlags(household.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(household)
        corridors = QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Transhumance corridors (lines)"),
            [compat.SOURCE_LINE], optional=True)
        corridors.setHelp(self.tr("Herders' corridors or any routes: wet length per scenario "
                                  "and stretches by hazard class."))
        self.addParameter(corridors)
        region = QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region field (totals by region)"),
            parentLayerParameterName=self.SITES, optional=True)
        region.setHelp(self.tr("Field of the sites giving the region (or cercle, commune) for "
                               "the totals of the table and report."))
        self.addParameter(region)
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SITES, self.tr("Site exposure"), compat.SOURCE_POLYGON,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CORRIDORS, self.tr("Corridor exposure"), compat.SOURCE_LINE,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CORRIDOR_SEGMENTS, self.tr("Corridor stretches by hazard class"),
            compat.SOURCE_LINE, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TABLE, self.tr("Totals table (CSV)"), self.tr("CSV files (*.csv)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=False))
        for key, label in (("scenarios", self.tr("Scenarios")),
                           ("sites_assessed", self.tr("Sites assessed")),
                           ("sites_flooded", self.tr("Sites with wet cells in at least one scenario")),
                           ("corridors_assessed", self.tr("Corridors assessed")),
                           ("corridors_flooded", self.tr("Corridors wet in at least one scenario"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.add_intake_outputs()

    # -- reading ---------------------------------------------------------------------------------

    def _model(self, parameters, context):
        kind = KINDS[self.parameterAsEnum(parameters, self.HAZARD_KIND, context)]
        wet = self.parameterAsDouble(parameters, self.WET_THRESHOLD, context)
        thresholds = self.parameterAsString(parameters, self.CLASS_THRESHOLDS, context)
        schemes, _ = load_hazard_schemes()
        if thresholds and thresholds.strip():
            scheme = custom_hazard_scheme(thresholds)
        else:
            scheme = list(schemes.values())[self.parameterAsEnum(parameters, self.CLASSES, context)]
        table = None
        if kind == CLASSIFIED:
            text = self.parameterAsString(parameters, self.CLASS_TABLE, context)
            if not text or not text.strip():
                raise InputError("Hazard raster values are 'classified' but CLASS_TABLE is empty: "
                                 "give code=name pairs in increasing severity, the no-hazard "
                                 "class first, such as 0=none,1=low,2=medium,3=high")
            table = parse_class_table(text)
        return HazardModel(kind, scheme, wet, table)

    def _rasters(self, parameters, context):
        band = self.parameterAsInt(parameters, self.BAND, context)
        rasters = []
        for layer in self.parameterAsLayerList(parameters, self.HAZARDS, context):
            raster = raster_input(layer, band)
            rasters.append(open_hazard_raster(raster.path, raster.band, raster.crs, label=raster.label))
        return rasters

    def execute(self, parameters, context, feedback, outputs):
        model = self._model(parameters, context)
        rasters = self._rasters(parameters, context)
        extent_layers = [layer for layer in self.parameterAsLayerList(parameters, self.FLOOD_EXTENTS, context)]
        if not rasters and not extent_layers:
            raise InputError("No scenario: give at least one hazard raster (HAZARDS) or one "
                             "flood extent layer (FLOOD_EXTENTS)")
        names = scenario_names(self.parameterAsString(parameters, self.SCENARIO_NAMES, context),
                               [r.label for r in rasters] + [layer.name() for layer in extent_layers])
        keys = scenario_keys(names)
        sites_source = self.source(parameters, self.SITES, context, required=False)
        corridors_source = self.source(parameters, self.CORRIDORS, context, required=False)
        if sites_source is None and corridors_source is None:
            raise InputError("Nothing to assess: give SITES (polygons or points) or CORRIDORS "
                             "(lines), or both")
        reference = sites_source if sites_source is not None else corridors_source
        metric_qgis = metric_crs_for(reference, context, self.tr("Sites") if sites_source is not None
                                  else self.tr("Transhumance corridors"))
        metric = to_pyproj(metric_qgis)
        feedback.pushInfo(self.tr("Lengths and areas measured in {0}").format(metric_qgis.authid()))

        steps = QgsProcessingMultiStepFeedback(4, feedback)
        scenarios = []
        for raster, name, key in zip(rasters, names, keys):
            scenarios.append(Scenario(name, key, raster=raster))
            feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): raster {2}, {3} x {4} cells, "
                                      "{5}").format(name, key, raster.path, raster.width,
                                                    raster.height, raster.crs.name))
        for layer, name, key in zip(extent_layers, names[len(rasters):], keys[len(rasters):]):
            check_canceled(feedback)
            _, polygons, _ = read_geometries(layer, metric_qgis, context, feedback, "polygon",
                                             layer.name(), outputs.intake)
            scenarios.append(Scenario(name, key, extents=[p for p in polygons if p is not None]))
            feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): flood extent '{2}', {3} "
                                      "polygons").format(name, key, layer.name(),
                                                         sum(1 for p in polygons if p is not None)))
        if model.kind == DEPTH and rasters:
            scheme = model.scheme
            feedback.pushInfo(self.tr("Depth classes: {0} ({1}); wet above {2} m").format(
                scheme.title.get(interface_language()) or scheme.title["en"], scheme.source,
                model.wet_threshold))

        results = {"scenarios": len(scenarios)}
        sites = (self._sites(parameters, context, feedback, sites_source, metric, outputs.intake)
                 if sites_source else None)
        steps.setCurrentStep(1)
        site_assessment = corridor_assessment = None
        monitor = feedback_monitor(steps)
        if sites is not None:
            shelters = self._shelters(parameters, context, feedback, metric, sites["profile"], outputs.intake)
            site_assessment = assess_sites(sites["polygons"], sites["populations"], metric,
                                           scenarios, model, shelters, monitor)
            self._report_notes(site_assessment.notes, feedback)
            if shelters is not None:
                feedback.pushInfo(self.tr("Shelters: {0} inside sites, {1} outside every site "
                                          "(not counted)").format(site_assessment.shelters_counted,
                                                                 site_assessment.shelters_outside))
        steps.setCurrentStep(2)
        corridors = None
        if corridors_source is not None:
            features, geometries, _ = read_geometries(
                corridors_source, corridors_source.sourceCrs(), context, feedback, "line",
                self.tr("Transhumance corridors"), outputs.intake)
            corridors = {"features": features, "fields": corridors_source.fields(),
                         "crs": corridors_source.sourceCrs(), "wkb_type": corridors_source.wkbType(),
                         "lines": to_crs(geometries, to_pyproj(corridors_source.sourceCrs()),
                                         metric, densify_first=False)}
            corridor_assessment = assess_corridors(corridors["lines"], metric, scenarios, model,
                                                   monitor)
            self._report_notes(corridor_assessment.notes, feedback)
        steps.setCurrentStep(3)
        language = self.report_language(parameters, context)
        tick = _Ticker(steps, feedback, (len(sites["features"]) if sites else 0) + (
            len(corridors["features"]) + len(corridor_assessment.segments) if corridors else 0))
        if sites is not None:
            results.update(self._write_sites(parameters, context, outputs, sites, site_assessment,
                                             scenarios, model, language, tick))
        if corridors is not None:
            results.update(self._write_corridors(parameters, context, outputs, corridors,
                                                 corridor_assessment, scenarios, model, language,
                                                 metric, tick))
        self._write_table_and_report(parameters, context, outputs, scenarios, model, sites,
                                     site_assessment, corridors, corridor_assessment, language,
                                     metric_qgis, results)
        steps.setProgress(100)
        return results

    def _sites(self, parameters, context, feedback, source, metric, tally):
        profile = self.standards_profile(parameters, context, feedback)
        is_point = compat.geometry_type(source.wkbType()) == compat.POINT_GEOMETRY
        features, geometries, _ = read_geometries(source, source.sourceCrs(), context, feedback,
                                                  "point" if is_point else "polygon",
                                                  self.tr("Sites"), tally)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        populations = None
        if population_field:
            populations = []
            bad = 0
            for feature in features:
                value = as_number(feature[population_field])
                if value is not None and value < 0:
                    value, bad = None, bad + 1
                populations.append(value)
            if bad:
                feedback.pushWarning(self.tr("{0} sites have a negative population in field "
                                             "'{1}': their exposed people are left empty").format(
                    bad, population_field))
        source_crs = to_pyproj(source.sourceCrs())
        metric_geometries = to_crs(geometries, source_crs, metric, densify_first=False)
        radii = None
        if is_point:
            radius = self.parameterAsDouble(parameters, self.SITE_RADIUS, context)
            if not radius and populations is None:
                raise InputError("Sites are points: give a Site radius (SITE_RADIUS, metres) or a "
                                 "POPULATION_FIELD so each site is assessed as a circle of "
                                 "population x %g m2" % profile.value("site_area_m2_per_person"))
            area = profile.figure("site_area_m2_per_person")
            if not radius:
                feedback.pushInfo(self.tr("Point sites: circles of area population x {0}").format(
                    area.describe()))
            metric_geometries, radii, problems = site_circles(metric_geometries, populations,
                                                              radius, area.value)
            if problems:
                feedback.pushWarning(self.tr("{0} point sites have no usable population and no "
                                             "radius: they are not assessed").format(len(problems)))
        return {"features": features, "fields": source.fields(), "crs": source.sourceCrs(),
                "wkb_type": source.wkbType(), "polygons": metric_geometries,
                "populations": populations, "radii": radii, "is_point": is_point,
                "profile": profile, "source_crs": source_crs, "metric": metric}

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
        metric_geometries = to_crs(geometries, to_pyproj(source.sourceCrs()), metric,
                                   densify_first=False)
        xs, ys, people = [], [], []
        defaulted = 0
        for feature, geometry in zip(features, metric_geometries):
            if geometry is None:
                continue
            point = geometry if kind == "point" and geometry.geom_type == "Point" \
                else geometry.representative_point()
            value = as_number(feature[field]) if field else None
            if value is None or value < 0:
                value, defaulted = household, defaulted + 1
            xs.append(point.x)
            ys.append(point.y)
            people.append(value)
        if defaulted:
            feedback.pushInfo(self.tr("{0} shelters without a people value count {1} people "
                                      "(household size)").format(defaulted, household))
        return Shelters(np.array(xs, dtype=float), np.array(ys, dtype=float),
                        np.array(people, dtype=float))

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
        }
        for note in notes:
            text = wording.get(note.code, "{0}: {2} ({1})")
            feedback.pushWarning(text.format(note.scenario or "", note.values[0], note.code))

    # -- writing ---------------------------------------------------------------------------------

    def _write_sites(self, parameters, context, outputs, sites, assessment, scenarios, model,
                     language, tick):
        ours = []
        if sites["is_point"]:
            ours.append(("radius_m", "double"))
        for scenario in scenarios:
            ours.extend(("%s_%s" % (metric, scenario.key), kind) for metric, kind in SITE_METRICS)
        ours += [("worst_scenario", "string"), ("worst_class", "string"),
                 ("worst_rank", "int")]
        fields, kept = _output_fields(sites["fields"], ours)
        wkb_type = compat.WKB_MULTIPOLYGON if sites["is_point"] else sites["wkb_type"]
        sink, dest_id = outputs.sink(self.OUTPUT_SITES, fields, wkb_type, sites["crs"])
        if sink is None:
            return {}
        batch = _Batch(sink)
        back = (to_crs(sites["polygons"], sites["metric"], sites["source_crs"])
                if sites["is_point"] else None)
        for index, feature in enumerate(sites["features"]):
            tick()
            out = QgsFeature(fields)
            if back is not None:
                if back[index] is not None:
                    geometry = from_shapely(back[index])
                    geometry.convertToMultiType()
                    out.setGeometry(geometry)
            else:
                out.setGeometry(feature.geometry())
            values = [feature[i] for i in kept]
            if sites["is_point"]:
                values.append(_value(sites["radii"][index]))
            for scenario in scenarios:
                r = assessment.results[scenario.key]
                rank = int(r.rank[index])
                values += [_value(r.wet_pct[index]), _value(r.unknown_pct[index]),
                           _value(r.max_depth[index]), _value(r.mean_depth[index]),
                           _value(r.exposed_people[index]),
                           class_label(model, scenario, rank, language),
                           rank if rank >= 0 else None, _value(r.cells[index]),
                           _value(r.valid_cells[index]), _value(r.wet_cells[index])]
            worst = int(assessment.worst[index])
            worst_rank = int(assessment.worst_rank[index])
            worst_class = None
            if worst >= 0:
                worst_class = class_label(model, scenarios[worst], worst_rank, language)
            values += [scenarios[worst].name if worst >= 0 else None, worst_class,
                       worst_rank if worst_rank >= 0 else None]
            out.setAttributes(values)
            batch.add(out)
        batch.flush()
        style_on_load(context, dest_id, "flood_sites.qml")
        flooded = int(sum(1 for i in range(len(sites["features"])) if assessment.worst[i] >= 0))
        return {self.OUTPUT_SITES: dest_id, "sites_assessed": len(sites["features"]),
                "sites_flooded": flooded}

    def _write_corridors(self, parameters, context, outputs, corridors, assessment, scenarios,
                         model, language, metric, tick):
        results = {"corridors_assessed": len(corridors["features"]),
                   "corridors_flooded": int(sum(1 for w in assessment.worst if w >= 0))}
        ours = [("length_m", "double")]
        for scenario in scenarios:
            ours.extend(("%s_%s" % (m, scenario.key), kind) for m, kind in CORRIDOR_METRICS)
        ours += [("worst_scenario", "string"), ("worst_class", "string"),
                 ("worst_rank", "int")]
        fields, kept = _output_fields(corridors["fields"], ours)
        sink, dest_id = outputs.sink(self.OUTPUT_CORRIDORS, fields, corridors["wkb_type"],
                                     corridors["crs"])
        if sink is not None:
            batch = _Batch(sink)
            for index, feature in enumerate(corridors["features"]):
                tick()
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                values = [feature[i] for i in kept] + [_value(assessment.length_m[index])]
                for scenario in scenarios:
                    r = assessment.results[scenario.key]
                    rank = int(r.rank[index])
                    values += [_value(r.wet_m[index]), _value(r.wet_pct[index]),
                               _value(r.unknown_m[index]), _value(r.max_depth[index]),
                               class_label(model, scenario, rank, language),
                               rank if rank >= 0 else None]
                worst, worst_rank = int(assessment.worst[index]), int(assessment.worst_rank[index])
                values += [scenarios[worst].name if worst >= 0 else None,
                           class_label(model, scenarios[worst], worst_rank, language)
                           if worst >= 0 else None, worst_rank if worst_rank >= 0 else None]
                out.setAttributes(values)
                batch.add(out)
            batch.flush()
            style_on_load(context, dest_id, "flood_corridors.qml")
            results[self.OUTPUT_CORRIDORS] = dest_id
        segment_ours = [("corridor_fid", "int"), ("scenario", "string"),
                        ("hazard_class", "string"), ("class_rank", "int"),
                        ("max_depth", "double"), ("length_m", "double"),
                        ("wet_m", "double")]
        # several stretches per corridor: its fid (a GeoPackage key) cannot be copied
        segment_fields, segment_kept = _output_fields(corridors["fields"], segment_ours,
                                                      drop=("fid",))
        sink, dest_id = outputs.sink(self.OUTPUT_CORRIDOR_SEGMENTS, segment_fields,
                                     compat.WKB_LINESTRING, corridors["crs"])
        if sink is not None:
            batch = _Batch(sink)
            by_key = {s.key: s for s in scenarios}
            geometries = to_crs([s.geometry for s in assessment.segments], metric,
                                to_pyproj(corridors["crs"]))
            for segment, geometry in zip(assessment.segments, geometries):
                tick()
                feature = corridors["features"][segment.corridor]
                scenario = by_key[segment.scenario]
                out = QgsFeature(segment_fields)
                out.setGeometry(from_shapely(geometry))
                out.setAttributes([feature[i] for i in segment_kept] + [
                    feature.id(), scenario.name, class_label(model, scenario, segment.rank, language)
                    if segment.rank >= 0 else _unknown(language),
                    segment.rank if segment.rank >= 0 else None, _value(segment.max_depth),
                    _value(segment.length_m), _value(segment.wet_m)])
                batch.add(out)
            batch.flush()
            style_on_load(context, dest_id, "flood_corridor_segments.qml")
            results[self.OUTPUT_CORRIDOR_SEGMENTS] = dest_id
        return results

    def _write_table_and_report(self, parameters, context, outputs, scenarios, model, sites,
                                site_assessment, corridors, corridor_assessment, language,
                                metric_qgis, results):
        table_path = outputs.file(self.OUTPUT_TABLE)
        report_path = outputs.file(self.OUTPUT_REPORT)
        if not table_path and not report_path:
            return
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context)
        regions = None
        if sites is not None and region_field:
            regions = [feature[region_field] for feature in sites["features"]]
            regions = [None if is_null(r) else r for r in regions]
        populations = None if sites is None else sites["populations"]
        if site_assessment is not None and site_assessment.shelters_counted + site_assessment.shelters_outside:
            populations = None  # people come from shelters; the site field is not summed
        rows = summary_rows(scenarios, site_assessment,
                            None if populations is None else [np.nan if p is None else p
                                                              for p in populations],
                            regions, corridor_assessment)
        if table_path:
            write_csv(table_path, rows)
            results[self.OUTPUT_TABLE] = table_path
        if report_path:
            sources = {s.key: (s.raster.path if s.raster is not None else s.name) for s in scenarios}
            FloodReport(language, rows, scenarios, model, sources, site_assessment, _labels(sites), regions,
                        sites and sites["populations"], corridor_assessment, _labels(corridors),
                        "%s (%s)" % (metric_qgis.description(), metric_qgis.authid()),
                        shelters_used=bool(site_assessment is not None and
                                           site_assessment.shelters_counted +
                                           site_assessment.shelters_outside)).write(report_path)
            results[self.OUTPUT_REPORT] = report_path


class _Batch:
    """Features written to a sink a thousand at a time."""

    def __init__(self, sink, size=1000):
        self.sink, self.size, self.features = sink, size, []

    def add(self, feature):
        self.features.append(feature)
        if len(self.features) >= self.size:
            self.flush()

    def flush(self):
        if self.features:
            self.sink.addFeatures(self.features, compat.FAST_INSERT)
            self.features = []


class _Ticker:
    """Progress of the writing step, one tick per feature written; checks
    for cancellation every tick."""

    def __init__(self, steps, feedback, total):
        self.steps, self.feedback, self.total, self.done = steps, feedback, max(total, 1), 0

    def __call__(self):
        check_canceled(self.feedback)
        self.done += 1
        self.steps.setProgress(100.0 * self.done / self.total)


def _value(number):
    if number is None:
        return None
    number = float(number)
    return None if math.isnan(number) else number


def _unknown(language):
    return "inconnu" if language == "fr" else "unknown"


def _output_fields(input_fields, ours, drop=()):
    """(QgsFields, indices of the input fields kept): input fields whose
    name clashes with one of ours (a previous run's output) are replaced."""
    taken = {name.lower() for name, _ in ours} | set(drop)
    fields, kept = QgsFields(), []
    for index, field in enumerate(input_fields):
        if field.name().lower() not in taken:
            fields.append(field)
            kept.append(index)
    for name, kind in ours:
        fields.append(make_field(name, kind))
    return fields, kept


def _labels(layer):
    if layer is None:
        return None
    names = [f.name() for f in layer["fields"]]
    lowered = [n.lower() for n in names]
    for candidate in LABEL_FIELDS:
        if candidate in lowered:
            name = names[lowered.index(candidate)]
            return [("" if is_null(f[name]) else str(f[name])) or str(f.id())
                    for f in layer["features"]]
    return [str(f.id()) for f in layer["features"]]
