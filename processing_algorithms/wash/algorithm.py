"""malisites:washcoverage: WASH coverage against Sphere / UNHCR."""
import math

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsProcessingMultiStepFeedback,
                       QgsProcessingOutputNumber, QgsProcessingParameterDistance,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber)
from shapely.ops import unary_union

from ..common import compat
from ...mali_sites_plugin.common import vocabulary
from ...mali_sites_plugin.common.standards import TOILET_FIGURE
from ...mali_sites_plugin.wash import audit as wash
from ...mali_sites_plugin.common.network import PathNetwork
from ..common.base import MaliSitesAlgorithm, check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import (attribute_values, as_number, extended_fields, make_field,
                              make_fields, metric_crs_for, point_locations, read_geometries,
                              require_crs, transform_xy, transformed)
from ..common.report import HtmlReport

PHASE_KEYS = ("emergency", "medium_term")
WATER_TYPE_KEYS = ("tap", "handpump", "well")


class WashCoverage(MaliSitesAlgorithm):
    SHELTERS = "SHELTERS"
    POPULATION_FIELD = "POPULATION_FIELD"
    HOUSEHOLD_SIZE = "HOUSEHOLD_SIZE"
    SITE = "SITE"
    WATER_POINTS = "WATER_POINTS"
    WATER_ID_FIELD = "WATER_ID_FIELD"
    WATER_TYPE_FIELD = "WATER_TYPE_FIELD"
    DEFAULT_WATER_TYPE = "DEFAULT_WATER_TYPE"
    FUNCTIONAL_FIELD = "FUNCTIONAL_FIELD"
    LATRINES = "LATRINES"
    LATRINE_ID_FIELD = "LATRINE_ID_FIELD"
    CUBICLES_FIELD = "CUBICLES_FIELD"
    GENDER_FIELD = "GENDER_FIELD"
    FEMALE_CUBICLES_FIELD = "FEMALE_CUBICLES_FIELD"
    MALE_CUBICLES_FIELD = "MALE_CUBICLES_FIELD"
    LATRINE_FUNCTIONAL_FIELD = "LATRINE_FUNCTIONAL_FIELD"
    PHASE = "PHASE"
    PATHS = "PATHS"
    MAX_SNAP = "MAX_SNAP"
    SUGGEST_WATER_POINTS = "SUGGEST_WATER_POINTS"
    SUGGEST_LATRINES = "SUGGEST_LATRINES"
    OUTPUT_SHELTERS = "OUTPUT_SHELTERS"
    OUTPUT_WATER_POINTS = "OUTPUT_WATER_POINTS"
    OUTPUT_LATRINES = "OUTPUT_LATRINES"
    OUTPUT_GAPS = "OUTPUT_GAPS"
    OUTPUT_SUGGESTED = "OUTPUT_SUGGESTED"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    ICON = "wash_coverage.svg"

    RESULTS = ("people", "pct_within_water_distance", "pct_within_latrine_distance",
               "people_per_water_point", "people_per_toilet", "overloaded_water_points",
               "overloaded_latrines", "latrines_near_water", "female_male_ratio", "suggested_water_points",
               "suggested_latrines")

    def name(self):
        return "washcoverage"

    def displayName(self):  # noqa: N802
        return self.tr("WASH coverage (Sphere)")

    def group(self):
        return self.tr("WASH")

    def groupId(self):  # noqa: N802
        return "wash"

    def tags(self):
        return self.tr("water,latrine,toilet,sanitation,EHA,eau,assainissement,Sphere,coverage,"
                       "distance,ratio,gap").split(",")

    def help_sections(self):
        return [
            ("", self.tr(
                "For every shelter (or household plot): the distance to the nearest functional "
                "water point and latrine, checked against the standard; for every facility: the "
                "people it serves (each household counts at its nearest functional facility) "
                "against its capacity; the parts of the site out of reach; and where new water "
                "points and latrines would close the gaps.")),
            (self.tr("Standard figures used"), self.tr(
                "Sphere 2018 (default): distance from a household to a water point < 500 m and to "
                "a toilet <= 50 m; at most 250 people per tap, 500 per hand pump, 400 per open "
                "well (WASH standard 2.1); at most 50 people per toilet in the emergency phase and "
                "20 in the medium term, 3 female toilets for every male toilet, toilets at least 30 m from "
                "any water point (WASH standard 3.2). UNHCR: water point within 200 m, 100 people "
                "per tap [secondary]. A figure exactly on the threshold follows the standard's "
                "own comparison: a water point at 500 m fails Sphere's < 500 m, a toilet at 50 m "
                "meets its <= 50 m. Your own profile file replaces all of these.")),
            (self.tr("Shelters and population"), self.tr(
                "Shelters may be points or polygons (a polygon counts at its centroid, or at a "
                "point on its surface when the centroid falls outside). People per shelter come "
                "from the population field; shelters without a valid value, or all shelters when "
                "no field is given, count the household size (default 5: UNHCR family module; "
                "DTM Mali reports 5-6 people per household).")),
            (self.tr("Facilities"), self.tr(
                "Water point type: tap, handpump or well (also robinet, pompe, puits; any case or "
                "accent); unknown values take the default type and are listed in the log. "
                "Functional status: yes/no, oui/non, fonctionnel/en panne...; a facility marked "
                "not functional is listed but serves nobody. A latrine has 1 cubicle unless the "
                "cubicles field says otherwise; gender: female/male/mixed or femmes/hommes/mixte.")),
            (self.tr("Distances"), self.tr(
                "Straight-line distances in metres in the UTM zone of the shelters (or their own "
                "projected CRS). With a path layer, walking distances along the paths: lines are "
                "joined where they cross, each shelter and facility is attached to the nearest "
                "point of the network (the snapping distance is reported and counted in the "
                "distance); a shelter or facility farther than the maximum snapping distance is "
                "off the network and has no walking distance. Suggestions always use "
                "straight-line reach.")),
            (self.tr("Gaps and suggestions"), self.tr(
                "Gap polygons are traced on a grid (a fiftieth of the smallest standard distance, "
                "coarser for very large sites): a cell is a gap when its centre is out of reach. "
                "A cell holding an out-of-reach household is always a gap, so the people counted "
                "in the gap polygons are exactly the people out of reach. The area is the site "
                "layer when given, otherwise the convex hull of the shelters. New facilities are "
                "chosen by greedy maximal covering with capacity among candidate points inside "
                "the area: each new water point serves at most the capacity of the default type; "
                "new latrines are never within 30 m of a water point (existing or suggested). "
                "Households beyond the capacity of an overloaded facility (the farthest first) "
                "count as demand too. In the two 'to suggest' parameters, 0 suggests none and -1 "
                "as many as full coverage needs.")),
        ]

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(
            self.SHELTERS, self.tr("Shelters or household plots"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON]),
            self.tr("One feature per household (shelter points or plot polygons)."))
        add(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"), parentLayerParameterName=self.SHELTERS,
            type=QgsProcessingParameterField.Numeric, optional=True),
            self.tr("People per shelter; empty: every shelter counts the household size."))
        add(QgsProcessingParameterNumber(
            self.HOUSEHOLD_SIZE, self.tr("Household size (people)"), compat.NUMBER_DOUBLE,
            defaultValue=5.0, minValue=0.1),
            self.tr("People per shelter where no population value is given (UNHCR family module: "
                    "about 5; DTM Mali: 5-6)."))
        add(QgsProcessingParameterFeatureSource(
            self.SITE, self.tr("Site boundary"), [compat.SOURCE_POLYGON], optional=True),
            self.tr("The site area for gaps and suggestions; empty: the convex hull of the shelters."))
        add(QgsProcessingParameterFeatureSource(
            self.WATER_POINTS, self.tr("Water points"), [compat.SOURCE_POINT]),
            self.tr("Taps, hand pumps and wells."))
        add(QgsProcessingParameterField(
            self.WATER_ID_FIELD, self.tr("Water point identifier field"),
            parentLayerParameterName=self.WATER_POINTS, optional=True),
            self.tr("Written as wp_id on shelters; empty: the feature id."), advanced=True)
        add(QgsProcessingParameterField(
            self.WATER_TYPE_FIELD, self.tr("Water point type field"),
            parentLayerParameterName=self.WATER_POINTS, optional=True),
            self.tr("tap / handpump / well (robinet / pompe / puits)."))
        add(QgsProcessingParameterEnum(
            self.DEFAULT_WATER_TYPE, self.tr("Default water point type"),
            options=[self.tr("Tap"), self.tr("Hand pump"), self.tr("Open well")], defaultValue=0),
            self.tr("For water points without a (known) type, and for suggested new ones."))
        add(QgsProcessingParameterField(
            self.FUNCTIONAL_FIELD, self.tr("Water point functional field"),
            parentLayerParameterName=self.WATER_POINTS, optional=True),
            self.tr("yes/no, oui/non...; non-functional water points serve nobody."))
        add(QgsProcessingParameterFeatureSource(
            self.LATRINES, self.tr("Latrines"), [compat.SOURCE_POINT], optional=True),
            self.tr("Latrine blocks or single latrines."))
        add(QgsProcessingParameterField(
            self.LATRINE_ID_FIELD, self.tr("Latrine identifier field"),
            parentLayerParameterName=self.LATRINES, optional=True),
            self.tr("Written as lat_id on shelters; empty: the feature id."), advanced=True)
        add(QgsProcessingParameterField(
            self.CUBICLES_FIELD, self.tr("Cubicles field"), parentLayerParameterName=self.LATRINES,
            type=QgsProcessingParameterField.Numeric, optional=True),
            self.tr("Toilets (cubicles) per latrine feature; empty: 1."))
        add(QgsProcessingParameterField(
            self.GENDER_FIELD, self.tr("Gender field"), parentLayerParameterName=self.LATRINES,
            optional=True),
            self.tr("female / male / mixed (femmes / hommes / mixte), for the 3:1 check."))
        for name, label in ((self.FEMALE_CUBICLES_FIELD, self.tr("Female cubicles field")),
                            (self.MALE_CUBICLES_FIELD, self.tr("Male cubicles field"))):
            add(QgsProcessingParameterField(name, label, parentLayerParameterName=self.LATRINES,
                                            type=QgsProcessingParameterField.Numeric, optional=True),
                self.tr("For latrine blocks with both female and male cubicles (such as the Site layout "
                        "output's female_cubicles and male_cubicles): give both fields and they replace the "
                        "gender field in the 3:1 check."), advanced=True)
        add(QgsProcessingParameterField(
            self.LATRINE_FUNCTIONAL_FIELD, self.tr("Latrine functional field"),
            parentLayerParameterName=self.LATRINES, optional=True),
            self.tr("yes/no, oui/non...; non-functional latrines serve nobody."))
        self.add_standard_parameters()
        add(QgsProcessingParameterEnum(
            self.PHASE, self.tr("Phase"), options=[self.tr("Emergency"), self.tr("Medium term")],
            defaultValue=0),
            self.tr("Toilet ratio: 50 people per toilet in an emergency, 20 in the medium term (Sphere)."))
        add(QgsProcessingParameterFeatureSource(
            self.PATHS, self.tr("Path network (walking distances)"), [compat.SOURCE_LINE],
            optional=True),
            self.tr("Paths and roads; empty: straight-line distances."))
        add(QgsProcessingParameterDistance(
            self.MAX_SNAP, self.tr("Maximum snapping distance to the paths"), defaultValue=50.0,
            parentParameterName=self.SHELTERS, minValue=0.0),
            self.tr("Shelters and facilities farther than this from every path are off the network."),
            advanced=True)
        add(QgsProcessingParameterNumber(
            self.SUGGEST_WATER_POINTS, self.tr("New water points to suggest (-1: as many as needed)"),
            compat.NUMBER_INTEGER, defaultValue=-1, minValue=-1),
            self.tr("0 suggests none."))
        add(QgsProcessingParameterNumber(
            self.SUGGEST_LATRINES, self.tr("New latrines to suggest (-1: as many as needed)"),
            compat.NUMBER_INTEGER, defaultValue=-1, minValue=-1),
            self.tr("0 suggests none."))
        self.add_language_parameter()

        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SHELTERS, self.tr("Shelters with WASH access")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_WATER_POINTS, self.tr("Water points with load"), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LATRINES, self.tr("Latrines with load"), compat.SOURCE_POINT,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_GAPS, self.tr("Coverage gaps"), compat.SOURCE_POLYGON,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUGGESTED, self.tr("Suggested new facilities"), compat.SOURCE_POINT,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("WASH report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        for key in self.RESULTS:
            self.addOutput(QgsProcessingOutputNumber(key, key.replace("_", " ")))
        self.add_intake_outputs()

    # -- reading -----------------------------------------------------------

    def _ids(self, features, field_name):
        values = attribute_values(features, field_name)
        return [str(feature.id()) if not field_name or value is None else str(value)
                for feature, value in zip(features, values)]

    def _log_unknown(self, feedback, label, unknown, fallback):
        for value, count in sorted(unknown.items()):
            feedback.reportError(self.tr("{0}: unknown value '{1}' on {2} feature(s), read as: {3}")
                                 .format(label, value, count, fallback), fatalError=False)

    def _population(self, features, field_name, household_size, feedback):
        people = np.full(len(features), float(household_size))
        if not field_name:
            return people, 0
        fallback = 0
        for index, value in enumerate(attribute_values(features, field_name)):
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = math.nan
            if math.isfinite(number) and number >= 0:
                people[index] = number
            else:
                fallback += 1
        if fallback:
            feedback.reportError(self.tr("{0} shelter(s) have no valid value in '{1}'; they count the "
                                         "household size ({2})").format(fallback, field_name,
                                                                        household_size), fatalError=False)
        return people, fallback

    def _located(self, source, crs, context, feedback, label, tally):
        """Features as stored (their geometries are copied to the outputs) and
        their locations in the metric CRS."""
        require_crs(source, label)
        features = list(source.getFeatures())
        xy, located, multipart = point_locations(features)
        xy = transform_xy(xy, source.sourceCrs(), crs)
        if multipart:
            feedback.pushInfo(self.tr("{0}: {1} multi-part feature(s) located at their centroid")
                              .format(label, multipart))
        tally.total += len(features)
        if (~located).any():
            tally.skipped += int((~located).sum())
            feedback.reportError(self.tr("{0}: {1} feature(s) without geometry skipped")
                                 .format(label, int((~located).sum())), fatalError=False)
        return features, xy, located

    # -- the run -------------------------------------------------------------

    def execute(self, parameters, context, feedback, outputs):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        profile = self.standards_profile(parameters, context, feedback)
        phase = PHASE_KEYS[self.parameterAsEnum(parameters, self.PHASE, context)]
        default_kind = WATER_TYPE_KEYS[self.parameterAsEnum(parameters, self.DEFAULT_WATER_TYPE, context)]
        language = self.report_language(parameters, context)

        shelters = self.source(parameters, self.SHELTERS, context)
        shelter_label = self.tr("Shelters")
        if shelters.featureCount() == 0:
            raise QgsProcessingException(self.tr("The shelter layer is empty: give shelters or plots."))
        crs = metric_crs_for(shelters, context, shelter_label)
        feedback.pushInfo(self.tr("Distances are measured in metres in the coordinate reference system {0}")
                          .format(crs.authid() or crs.description()))
        shelter_features, shelter_xy, shelter_located = self._located(shelters, crs, context, feedback,
                                                                      shelter_label, outputs.intake)
        if not shelter_located.any():
            raise QgsProcessingException(self.tr("No shelter has a location: check the geometries of "
                                                 "the shelter layer."))
        household_size = self.parameterAsDouble(parameters, self.HOUSEHOLD_SIZE, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        people, _ = self._population(shelter_features, population_field, household_size, feedback)

        water = self.source(parameters, self.WATER_POINTS, context)
        water_label = self.tr("Water points")
        water_features, water_xy, water_located = self._located(water, crs, context, feedback, water_label,
                                                                outputs.intake)
        kinds, unknown = vocabulary.water_kinds(attribute_values(
            water_features, self.parameterAsString(parameters, self.WATER_TYPE_FIELD, context)), default_kind)
        self._log_unknown(feedback, water_label, unknown, self.water_kind_label(default_kind))
        water_functional, unknown = vocabulary.functional_flags(attribute_values(
            water_features, self.parameterAsString(parameters, self.FUNCTIONAL_FIELD, context)))
        self._log_unknown(feedback, water_label, unknown, self.tr("functional"))
        water_functional &= water_located
        if not water_functional.any():
            feedback.reportError(self.tr("No functional water point: every household is out of reach "
                                         "of water; see the suggested new water points."), fatalError=False)
        water_facilities = wash.water_point_facilities(water_xy, kinds, water_functional, profile)

        latrines = self.source(parameters, self.LATRINES, context, required=False)
        latrine_facilities = latrine_features = cubicles = latrine_genders = female_male = None
        if latrines is not None:
            latrine_label = self.tr("Latrines")
            latrine_features, latrine_xy, latrine_located = self._located(
                latrines, crs, context, feedback, latrine_label, outputs.intake)
            cubicles = self._cubicles(latrine_features, self.parameterAsString(
                parameters, self.CUBICLES_FIELD, context), feedback)
            gender_field = self.parameterAsString(parameters, self.GENDER_FIELD, context)
            if gender_field:
                latrine_genders, unknown = vocabulary.genders(attribute_values(latrine_features, gender_field))
                self._log_unknown(feedback, latrine_label, unknown, self.tr("mixed"))
                female_male = wash.gendered_cubicles(latrine_genders, cubicles)
            female_field = self.parameterAsString(parameters, self.FEMALE_CUBICLES_FIELD, context)
            male_field = self.parameterAsString(parameters, self.MALE_CUBICLES_FIELD, context)
            if female_field and male_field:
                female_male = (self._cubicles(latrine_features, female_field, feedback, default=0),
                               self._cubicles(latrine_features, male_field, feedback, default=0))
            latrine_functional, unknown = vocabulary.functional_flags(attribute_values(
                latrine_features, self.parameterAsString(parameters, self.LATRINE_FUNCTIONAL_FIELD, context)))
            self._log_unknown(feedback, latrine_label, unknown, self.tr("functional"))
            latrine_facilities = wash.latrine_facilities(latrine_xy, cubicles, latrine_functional & latrine_located,
                                                         profile, phase)

        area = self._site_area(parameters, crs, context, feedback, outputs.intake)
        network = self._network(parameters, crs, context, feedback, outputs.intake)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        steps.setCurrentStep(1)
        check_canceled(feedback)

        located_people = people[shelter_located]
        result = wash.assess(
            shelter_xy[shelter_located], located_people, water_facilities, profile,
            latrines=latrine_facilities, phase=phase, network=network, max_snap=max_snap, area=area,
            latrine_cubicles=cubicles, female_male_cubicles=female_male,
            suggest_water=self.parameterAsInt(parameters, self.SUGGEST_WATER_POINTS, context),
            suggest_latrines=self.parameterAsInt(parameters, self.SUGGEST_LATRINES, context),
            new_water_kind=default_kind, is_canceled=feedback.isCanceled)
        steps.setCurrentStep(3)
        if network is not None:
            self._log_network(feedback, network, result, shelter_label)

        back = QgsCoordinateTransform(crs, shelters.sourceCrs(), context.transformContext())
        water_ids = self._ids(water_features, self.parameterAsString(parameters, self.WATER_ID_FIELD, context))
        latrine_ids = (self._ids(latrine_features, self.parameterAsString(parameters, self.LATRINE_ID_FIELD, context))
                       if latrines is not None else None)
        results = {}
        results[self.OUTPUT_SHELTERS] = self._write_shelters(
            outputs, context, steps, shelters, shelter_features, shelter_located, people, result,
            water_ids, latrine_ids, network is not None)
        results[self.OUTPUT_WATER_POINTS] = self._write_water_points(
            outputs, context, water, water_features, kinds, water_facilities, result)
        if latrines is not None:
            results[self.OUTPUT_LATRINES] = self._write_latrines(
                outputs, context, latrines, latrine_features, cubicles, latrine_genders,
                latrine_facilities, result)
        results[self.OUTPUT_GAPS] = self._write_gaps(outputs, context, shelters.sourceCrs(), back, result)
        results[self.OUTPUT_SUGGESTED] = self._write_suggestions(
            outputs, context, shelters.sourceCrs(), back, result, default_kind, profile, phase)
        report_path = outputs.file(self.OUTPUT_REPORT)
        if report_path:
            WashReport(language, profile, phase, result, network is not None, water_ids, kinds,
                       latrine_ids).write(report_path)
            results[self.OUTPUT_REPORT] = report_path
        results = {key: value for key, value in results.items() if value is not None}
        summary = result.summary
        for key in self.RESULTS:
            value = summary.get(key)
            results[key] = None if value is None or (isinstance(value, float) and not math.isfinite(value)) else value
        results["people"] = summary["people"]
        for check in result.checks:
            feedback.pushInfo("%s: %s" % (check.key, self.tr("meets the standard") if check.passed
                                          else self.tr("does not meet the standard")))
        return results

    def water_kind_label(self, kind):
        return {"tap": self.tr("tap"), "handpump": self.tr("hand pump"), "well": self.tr("open well")}[kind]

    def _cubicles(self, features, field_name, feedback, default=1):
        counts = np.full(len(features), float(default))
        if not field_name:
            return counts
        defaulted = 0
        for index, value in enumerate(attribute_values(features, field_name)):
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = math.nan
            if math.isfinite(number) and number >= 0 and number == int(number):
                counts[index] = number
            else:
                defaulted += 1
        if defaulted:
            feedback.reportError(self.tr("{0} latrine(s) have no valid whole number in '{1}'; they count "
                                         "as {2} cubicle(s) in that field").format(defaulted, field_name, default),
                                 fatalError=False)
        return counts

    def _site_area(self, parameters, crs, context, feedback, tally):
        site = self.source(parameters, self.SITE, context, required=False)
        if site is None:
            return None
        _, geometries, _ = read_geometries(site, crs, context, feedback, "polygon", self.tr("Site boundary"),
                                           tally)
        polygons = [g for g in geometries if g is not None]
        if not polygons:
            raise QgsProcessingException(self.tr("The site boundary layer has no valid polygon."))
        return unary_union(polygons)

    def _network(self, parameters, crs, context, feedback, tally):
        paths = self.source(parameters, self.PATHS, context, required=False)
        if paths is None:
            return None
        _, geometries, _ = read_geometries(paths, crs, context, feedback, "line", self.tr("Paths"), tally)
        network = PathNetwork([g for g in geometries if g is not None])
        feedback.pushInfo(self.tr("Path network: {0} segments, {1} nodes, {2} separate part(s)")
                          .format(network.segment_count, network.node_count, network.components))
        return network

    def _log_network(self, feedback, network, result, label):
        access = result.water.access
        off = int(np.isinf(access.snap).sum())
        unreachable = int((np.isfinite(access.snap) & np.isinf(access.distance)).sum())
        if off:
            feedback.reportError(self.tr(
                "{0}: {1} shelter(s) farther than the maximum snapping distance from every path: "
                "no walking distance").format(label, off), fatalError=False)
        if unreachable:
            feedback.reportError(self.tr(
                "{0}: {1} shelter(s) on a part of the path network with no functional water point")
                .format(label, unreachable), fatalError=False)

    # -- writing -------------------------------------------------------------

    def _write_shelters(self, outputs, context, steps, shelters, features, located, people, result,
                        water_ids, latrine_ids, network_mode):
        new = [make_field("people", "double"), make_field("wp_id", "string"),
               make_field("wp_dist_m", "double"), make_field("wp_ok", "bool")]
        if latrine_ids is not None:
            new += [make_field("lat_id", "string"), make_field("lat_dist_m", "double"),
                    make_field("lat_ok", "bool")]
        if network_mode:
            new.append(make_field("snap_m", "double"))
        fields, _, kept = extended_fields(shelters.fields(), new)
        sink, dest = outputs.sink(self.OUTPUT_SHELTERS, fields, shelters.wkbType(), shelters.sourceCrs())
        columns = [people.tolist()]
        for access, ids in ((result.water.access, water_ids),
                            (result.latrines.access if result.latrines else None, latrine_ids)):
            if access is not None:
                columns += [_spread([None if f < 0 else ids[f] for f in access.facility.tolist()], located),
                            _spread(_finite(access.distance), located), _spread(access.within.tolist(), located)]
        if network_mode:
            columns.append(_spread(_finite(result.water.access.snap), located))
        new_values = list(zip(*columns))
        total = max(len(features), 1)
        for start in range(0, len(features), 5000):
            check_canceled(steps)
            batch = features[start:start + 5000]
            for feature, values in zip(batch, new_values[start:start + 5000]):
                attributes = feature.attributes()
                feature.setFields(fields, False)  # the input feature, reused: its geometry as it is
                feature.setAttributes([attributes[i] for i in kept] + list(values))
            sink.addFeatures(batch, compat.FAST_INSERT)
            steps.setProgress(100.0 * start / total)
        style_on_load(context, dest, "wash_shelters")
        return dest

    def _write_water_points(self, outputs, context, source, features, kinds, facilities, result):
        load = result.water.load
        new = [make_field("wp_type", "string"), make_field("functional", "bool"),
               make_field("assigned_people", "double"), make_field("capacity", "double"),
               make_field("load_pct", "double"), make_field("overloaded", "bool")]
        rows = [[kinds[i], bool(facilities.functional[i]), float(load.assigned_people[i]),
                 float(facilities.capacity[i]), as_number(load.load_pct[i]), bool(load.overloaded[i])]
                for i in range(len(features))]
        return self._write_facilities(outputs, context, self.OUTPUT_WATER_POINTS, source, features, new,
                                      rows, "wash_water_points")

    def _write_latrines(self, outputs, context, source, features, cubicles, genders, facilities, result):
        load = result.latrines.load
        new = [make_field("cubicles", "int"), make_field("gender", "string"),
               make_field("functional", "bool"), make_field("assigned_people", "double"),
               make_field("capacity", "double"), make_field("load_pct", "double"),
               make_field("overloaded", "bool"), make_field("near_water_m", "double"),
               make_field("contamination_risk", "bool")]
        rows = [[int(cubicles[i]), genders[i] if genders is not None else None,
                 bool(facilities.functional[i]), float(load.assigned_people[i]),
                 float(facilities.capacity[i]), as_number(load.load_pct[i]), bool(load.overloaded[i]),
                 as_number(result.contamination_distance[i]), bool(result.contamination_risk[i])]
                for i in range(len(features))]
        return self._write_facilities(outputs, context, self.OUTPUT_LATRINES, source, features, new,
                                      rows, "wash_latrines")

    def _write_facilities(self, outputs, context, name, source, features, new_fields, rows, style):
        fields, _, kept = extended_fields(source.fields(), new_fields)
        sink, dest = outputs.sink(name, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            return None
        batch = []
        for feature, values in zip(features, rows):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            out.setAttributes([attributes[i] for i in kept] + values)
            batch.append(out)
        sink.addFeatures(batch, compat.FAST_INSERT)
        style_on_load(context, dest, style)
        return dest

    def _write_gaps(self, outputs, context, crs, back, result):
        fields = make_fields(("kind", "string"), ("standard_m", "double"), ("people", "double"),
                             ("households", "int"), ("area_m2", "double"))
        sink, dest = outputs.sink(self.OUTPUT_GAPS, fields, compat.WKB_MULTIPOLYGON, crs)
        if sink is None:
            return None
        for kind, kind_result in (("water", result.water), ("latrine", result.latrines)):
            if kind_result is None:
                continue
            for gap in kind_result.gaps:
                feature = QgsFeature(fields)
                geometry = transformed(gap.geometry, back)
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
                feature.setAttributes([kind, kind_result.figure.value, gap.people, gap.households,
                                       gap.geometry.area])
                sink.addFeature(feature, compat.FAST_INSERT)
        style_on_load(context, dest, "wash_gaps")
        return dest

    def _write_suggestions(self, outputs, context, crs, back, result, water_kind, profile, phase):
        fields = make_fields(("kind", "string"), ("rank", "int"), ("facility_type", "string"),
                             ("cubicles", "int"), ("people_served", "double"), ("households", "int"))
        sink, dest = outputs.sink(self.OUTPUT_SUGGESTED, fields, compat.WKB_POINT, crs)
        if sink is None:
            return None
        per_toilet = profile.value(TOILET_FIGURE[phase])
        for kind_result in (result.water, result.latrines):
            if kind_result is None:
                continue
            for rank, suggestion in enumerate(kind_result.suggestions, start=1):
                feature = QgsFeature(fields)
                geometry = QgsGeometry.fromPointXY(QgsPointXY(*suggestion.xy))
                geometry.transform(back)
                feature.setGeometry(geometry)
                water = suggestion.kind == "water"
                feature.setAttributes([suggestion.kind, rank, water_kind if water else "latrine",
                                       None if water else int(math.ceil(suggestion.people / per_toilet)),
                                       suggestion.people, suggestion.households])
                sink.addFeature(feature, compat.FAST_INSERT)
        style_on_load(context, dest, "wash_suggested")
        return dest


class WashReport(HtmlReport):
    def __init__(self, language, profile, phase, result, network_mode, water_ids, water_kinds,
                 latrine_ids):
        super().__init__(language, "")
        self.title = self.tr("WASH coverage report")
        summary = result.summary
        self.paragraph(self.tr("Standard: {0}. Phase: {1}. Distances: {2}.").format(
            profile.title_in(language), self.tr("emergency") if phase == "emergency" else self.tr("medium term"),
            self.tr("walking distance along the path network") if network_mode else self.tr("straight line")))

        self.heading(self.tr("Summary"))
        rows = [[self.tr("People"), self.number(summary["people"])],
                [self.tr("Households"), self.number(summary["households"])],
                [self.tr("Water points (functional / all)"), "%s / %s" % (
                    self.number(summary["functional_water_points"]), self.number(summary["water_points"]))],
                [self.tr("People per functional water point"), self.number(summary["people_per_water_point"])]]
        if result.latrines is not None:
            rows += [[self.tr("Latrines (functional / all)"), "%s / %s" % (
                        self.number(summary["functional_latrines"]), self.number(summary["latrines"]))],
                     [self.tr("Functional toilets (cubicles)"), self.number(summary["toilets"])],
                     [self.tr("People per functional toilet"), self.number(summary["people_per_toilet"], 1)]]
        self.table([self.tr("Figure"), self.tr("Value")], rows)

        self.heading(self.tr("Checks against the standard"))
        self.table([self.tr("Check"), self.tr("Measured"), self.tr("Standard (source)"), self.tr("Verdict")],
                   [[self._check_label(check.key), self._measured(check), self.figure_text(check.figure),
                     check.passed] for check in result.checks], verdict_column=3)

        self.heading(self.tr("Water points"))
        load = result.water.load
        self.table([self.tr("Water point"), self.tr("Type"), self.tr("People served"), self.tr("Load")],
                   [[water_ids[i], self.kind_label(water_kinds[i]), self.number(load.assigned_people[i]),
                     self.percent(load.load_pct[i])] for i in range(len(water_ids))])
        if result.latrines is not None:
            load = result.latrines.load
            crowded = [i for i in range(len(latrine_ids)) if load.overloaded[i] or result.contamination_risk[i]]
            self.heading(self.tr("Latrines overloaded or too close to water"))
            self.table([self.tr("Latrine"), self.tr("People served"), self.tr("Load"),
                        self.tr("Nearest water point (m)")],
                       [[latrine_ids[i], self.number(load.assigned_people[i]), self.percent(load.load_pct[i]),
                         self.number(result.contamination_distance[i], 1)] for i in crowded])

        self.heading(self.tr("Gaps and suggested new facilities"))
        rows = [[self.tr("Water"), len(result.water.gaps), self.number(summary["water_gap_people"]),
                 len(result.water.suggestions), self.number(sum(s.people for s in result.water.suggestions))]]
        if result.latrines is not None:
            rows.append([self.tr("Latrines"), len(result.latrines.gaps), self.number(summary["latrine_gap_people"]),
                         len(result.latrines.suggestions),
                         self.number(sum(s.people for s in result.latrines.suggestions))])
        self.table([self.tr("Kind"), self.tr("Gap areas"), self.tr("People out of reach"),
                    self.tr("Suggested"), self.tr("People they would serve")], rows)
        self.paragraph(self.tr("Gap areas are traced on a grid of {0} m cells.").format(
            self.number(result.gap_cell_size, 1)))

    def kind_label(self, kind):
        return {"tap": self.tr("tap"), "handpump": self.tr("hand pump"), "well": self.tr("open well")}[kind]

    def _check_label(self, key):
        return {
            "water_distance": self.tr("Households within the water point distance"),
            "water_point_load": self.tr("Overloaded water points"),
            "latrine_distance": self.tr("Households within the toilet distance"),
            "people_per_toilet": self.tr("People per functional toilet"),
            "latrine_water_spacing": self.tr("Latrines closer to a water point than allowed"),
            "female_male_ratio": self.tr("Female toilets per male toilet"),
        }[key]

    def _measured(self, check):
        if check.key in ("water_distance", "latrine_distance"):
            return self.percent(check.measured)
        return self.number(check.measured, 1 if check.key in ("people_per_toilet", "female_male_ratio") else 0)


def _finite(values):
    """A numpy array as a list, with None for inf/nan (NULL in the output)."""
    return [as_number(v) for v in np.asarray(values, dtype=float).tolist()]


def _spread(values, located):
    """Values of the located features spread over all features (None for the others)."""
    it = iter(values)
    return [next(it) if ok else None for ok in located.tolist()]
