"""malisites:washcoverage: WASH coverage against Sphere / UNHCR. Glue only:
the WASH and flood cores, the input and output modules, numpy and shapely
are imported at run time (lazy exports and lazy modules), not when the
plugin loads."""
import math

from qgis.core import (QgsCoordinateTransform, QgsFeatureRequest, QgsProcessingException,
                       QgsProcessingMultiStepFeedback, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ..common import compat
from ...mali_sites_plugin.common import vocabulary
from ...mali_sites_plugin.common.columns import numbers_or_default
from ...mali_sites_plugin.common.standards import (DEFAULT_PROFILE, PHASES, TOILET_FIGURE, load_hazard_schemes,
                                                   load_profile)
from ...mali_sites_plugin import flood as flood_core, wash as wash_core
from ...mali_sites_plugin.common.lazy import lazy_module
from ...mali_sites_plugin.wash.ids import duplicated, id_field
from ...mali_sites_plugin.wash.limits import MAX_PEOPLE_PER_HOUSEHOLD
from ..common.base import MaliSitesAlgorithm, check_canceled, feedback_monitor, figure_text
from ..common.i18n import interface_language
from ..common.qgis_io import (is_null, metric_crs_for, point_locations, read_geometries, require_crs,
                              source_features, to_pyproj, transform_xy)
from ..flood.hazard_inputs import HazardInputs
from .report import WashCheckText, WashReport

np = lazy_module("numpy")
shapely_ops = lazy_module("shapely.ops")
inputs = lazy_module(".inputs", __package__)
writers = lazy_module(".writers", __package__)

class WashCoverage(HazardInputs, MaliSitesAlgorithm):
    PRODUCT = "wash"
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
    TAPS_FIELD = "TAPS_FIELD"
    MALE_CUBICLES_FIELD = "MALE_CUBICLES_FIELD"
    LATRINE_FUNCTIONAL_FIELD = "LATRINE_FUNCTIONAL_FIELD"
    LATRINE_BLOCK_FIELD = "LATRINE_BLOCK_FIELD"
    PHASE = "PHASE"
    PATHS = "PATHS"
    MAX_SNAP = "MAX_SNAP"
    SUGGEST_WATER_POINTS = "SUGGEST_WATER_POINTS"
    SUGGEST_LATRINES = "SUGGEST_LATRINES"
    OUTPUT_SHELTERS = "OUTPUT_SHELTERS"
    OUTPUT_WATER_POINTS = "OUTPUT_WATER_POINTS"
    OUTPUT_LATRINES = "OUTPUT_LATRINES"
    OUTPUT_GAPS = "OUTPUT_GAPS"
    OUTPUT_FLOOD_GAPS = "OUTPUT_FLOOD_GAPS"
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

    def short_description(self):
        return self.tr(
            "Checks every household's distance to water points and latrines and each facility's "
            "load against Sphere or UNHCR, maps the gaps and suggests where new facilities go.")

    def help_sections(self):
        sphere, unhcr = load_profile(DEFAULT_PROFILE), load_profile("unhcr")
        figure = _help_figures(sphere)
        return [
            ("", self.tr(
                "For every shelter (or household plot): the distance to the nearest functional "
                "water point and latrine, checked against the standard; for every facility: the "
                "people it serves (each household counts at its nearest functional facility) "
                "against its capacity; the parts of the site out of reach; and where new water "
                "points and latrines would close the gaps.")),
            (self.tr("Standard figures used"), self.tr(
                "{0} (default): distance from a household to a water point {1}; to a toilet {2}; "
                "people per tap {3}, per hand pump {4}, per open well {5} (each water point is checked "
                "against the figure of its own type); people per toilet {6} in the emergency phase and "
                "{7} in the medium term; female toilets per male toilet {8}; distance from a toilet to any "
                "water point {9}. {10}: water point {11}, people per tap {12}. A figure exactly on the "
                "threshold follows the standard's own comparison (a strict '<' fails at the figure "
                "itself, '<=' meets it). Your own profile file replaces all of these.").format(
                    sphere.title_in(interface_language()), figure("max_distance_to_water_m"),
                    figure("max_distance_to_toilet_m"),
                    figure("people_per_tap"), figure("people_per_handpump"), figure("people_per_open_well"),
                    figure("people_per_toilet_emergency"), figure("people_per_toilet_medium_term"),
                    figure("female_to_male_toilet_ratio"), figure("min_distance_toilet_to_water_m"),
                    unhcr.title_in(interface_language()), _help_figures(unhcr)("max_distance_to_water_m"),
                    _help_figures(unhcr)("people_per_tap"))),
            (self.tr("Shelters and population"), self.tr(
                "Shelters may be points or polygons (a polygon counts at its centroid, or at a "
                "point on its surface when the centroid falls outside). People per shelter come "
                "from the population field; shelters without a valid value (empty, text, negative), "
                "or all shelters when no field is given, count the household size (0: the profile's "
                "people per household, {0}). A population above {1} people in one shelter is refused "
                "as a data error.").format(figure("people_per_household"), MAX_PEOPLE_PER_HOUSEHOLD)),
            (self.tr("Facilities"), self.tr(
                "Identifiers: the shelters output carries the id of each shelter's nearest water point "
                "(wp_id) and latrine (lat_id). Without an identifier field chosen, the field named like "
                "an id (wp_id, latrine_id, id, code...) is read, so the outputs join the facility layers; "
                "ids carried by more than one feature are listed in the log and the report. "
                "Water point type: tap, handpump or well (also robinet, pompe, puits; any case or "
                "accent); unknown values take the default type and are listed in the log. "
                "Functional status: yes/no, oui/non, fonctionnel/en panne...; a facility marked "
                "not functional is listed but serves nobody. An empty water point or latrine layer "
                "means none exists: every household is out of reach of it. A latrine has 1 cubicle unless "
                "the cubicles field says otherwise; gender: female/male/mixed or femmes/hommes/mixte.")),
            (self.tr("Distances"), self.tr(
                "Straight-line distances in metres on the ground: in the shelters' own projected CRS, or "
                "their UTM zone; a layer spanning several zones (a national layer) is measured with each "
                "shelter in its own UTM zone (within 0.1 % of the geodesic distance). With a path layer, "
                "walking distances along the paths: lines are "
                "joined where they cross, each shelter and facility is attached to the nearest "
                "point of the network (the snapping distance is reported and counted in the "
                "distance), and one as near two paths to within 1 cm (a corner plot between its lane and a "
                "side lane) walks out by the shorter; a shelter or facility farther than the maximum "
                "snapping distance (metres) is off the network and has no walking distance. Suggestions always use "
                "straight-line reach.")),
            (self.tr("Gaps and suggestions"), self.tr(
                "Gap polygons are traced on a grid (a fiftieth of the smallest standard distance, "
                "coarser for very large sites; parts of the site far apart get grids of their own): a cell "
                "is a gap when its centre is out of reach. "
                "A cell holding an out-of-reach household is always a gap, so the people counted "
                "in the gap polygons are exactly the people out of reach. The area is the site "
                "layer when given, otherwise the convex hull of the shelters. New facilities are "
                "chosen by greedy maximal covering with capacity among candidate points inside "
                "the area: each new water point serves at most the capacity of the default type; "
                "new latrines keep the distance {0} from every water point (existing or suggested). "
                "Households beyond the capacity of an overloaded facility (the farthest first) "
                "count as demand too. In the two 'to suggest' parameters, 0 suggests none and -1 "
                "as many as full coverage needs.").format(figure("min_distance_toilet_to_water_m"))),
            self._flood_help(figure),
        ]

    def _flood_help(self, figure):
        return (self.tr("Floods"), self.tr(
            "With flood hazard rasters or observed flood extents, the audit is run again in each scenario, "
            "as the flood exposure reads them (a depth cell is wet above the wet threshold, {0}; binary: "
            "non-zero; classified: every class after the first). A water point or latrine on wet land is out "
            "of service; on unknown land (nodata, outside the raster, a code missing from the class table) its "
            "service is unknown, never taken as dry, and the log says so. Along a path network, every stretch "
            "of path through water deeper than the passable depth {1} is cut (without a depth: every wet "
            "stretch). Shelters on wet land are flagged (flooded_*). Each household is measured twice: with "
            "what stands on unknown land still serving, and without it; where the two disagree its verdict "
            "(wp_ok_*, lat_ok_*) is empty (unknown). Distances, loads and gaps per scenario are those of the "
            "first case, so a gap is out of reach whatever the unknown land holds. wp_lost_* marks the "
            "households within the standard without the flood and out of it in the scenario. Fields per "
            "scenario end with its name in lower case (wp_ok_q10, in_service_q10); the gaps of every scenario "
            "go to their own layer, with a scenario field; the report has a table of the scenarios.").format(
                figure("flood_wet_depth_m"), figure("flood_passable_depth_m")))

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_shelter_parameters()
        self._add_water_point_parameters()
        self._add_latrine_parameters()
        self.add_standard_parameters()
        self._add_audit_parameters()
        self._add_flood_parameters()
        self.add_language_parameter()
        self._add_outputs()

    def _add_shelter_parameters(self):
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(
            self.SHELTERS, self.tr("Shelters or household plots"),
            [compat.SOURCE_POINT, compat.SOURCE_POLYGON]),
            self.tr("One feature per household (shelter points or plot polygons)."))
        add(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"), parentLayerParameterName=self.SHELTERS,
            type=compat.FIELD_NUMERIC, optional=True),
            self.tr("People per shelter; empty: every shelter counts the household size."))
        add(QgsProcessingParameterNumber(
            self.HOUSEHOLD_SIZE, self.tr("Household size (people; 0: the standard's)"), compat.NUMBER_DOUBLE,
            defaultValue=0.0, minValue=0.0),
            self.tr("People per shelter where no population value is given; 0 takes the profile's people "
                    "per household ({0}).").format(_help_figures(load_profile(DEFAULT_PROFILE))(
                        "people_per_household")))
        add(QgsProcessingParameterFeatureSource(
            self.SITE, self.tr("Site boundary"), [compat.SOURCE_POLYGON], optional=True),
            self.tr("The site area for gaps and suggestions; empty: the convex hull of the shelters."))

    def _add_water_point_parameters(self):
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(
            self.WATER_POINTS, self.tr("Water points"), [compat.SOURCE_POINT]),
            self.tr("Taps, hand pumps and wells."))
        add(QgsProcessingParameterField(
            self.WATER_ID_FIELD, self.tr("Water point identifier field"),
            parentLayerParameterName=self.WATER_POINTS, optional=True),
            self.tr("Written as wp_id on shelters; empty: the field named like an id (wp_id, id, code...), "
                    "else the feature id."), advanced=True)
        add(QgsProcessingParameterField(
            self.WATER_TYPE_FIELD, self.tr("Water point type field"),
            parentLayerParameterName=self.WATER_POINTS, optional=True),
            self.tr("tap / handpump / well (robinet / pompe / puits)."))
        add(QgsProcessingParameterEnum(
            self.DEFAULT_WATER_TYPE, self.tr("Default water point type"),
            options=[self.tr("Tap"), self.tr("Hand pump"), self.tr("Open well")], defaultValue=0),
            self.tr("For water points without a (known) type, and for suggested new ones."))
        add(QgsProcessingParameterField(
            self.TAPS_FIELD, self.tr("Taps field"), parentLayerParameterName=self.WATER_POINTS,
            type=compat.FIELD_NUMERIC, optional=True),
            self.tr("Taps of each tapstand (such as the Site layout output's taps): a tapstand of n taps "
                    "serves n times the people per tap; empty: 1 tap per water point."), advanced=True)
        add(QgsProcessingParameterField(
            self.FUNCTIONAL_FIELD, self.tr("Water point functional field"),
            parentLayerParameterName=self.WATER_POINTS, optional=True),
            self.tr("yes/no, oui/non...; non-functional water points serve nobody."))

    def _add_latrine_parameters(self):
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(
            self.LATRINES, self.tr("Latrines"), [compat.SOURCE_POINT], optional=True),
            self.tr("Latrine blocks or single latrines."))
        add(QgsProcessingParameterField(
            self.LATRINE_ID_FIELD, self.tr("Latrine identifier field"),
            parentLayerParameterName=self.LATRINES, optional=True),
            self.tr("Written as lat_id on shelters; empty: the field named like an id (lat_id, latrine_id, "
                    "id, code...), else the feature id."), advanced=True)
        add(QgsProcessingParameterField(
            self.CUBICLES_FIELD, self.tr("Cubicles field"), parentLayerParameterName=self.LATRINES,
            type=compat.FIELD_NUMERIC, optional=True),
            self.tr("Toilets (cubicles) per latrine feature; empty: 1."))
        add(QgsProcessingParameterField(
            self.GENDER_FIELD, self.tr("Gender field"), parentLayerParameterName=self.LATRINES,
            optional=True),
            self.tr("female / male / mixed (femmes / hommes / mixte), for the check of female toilets per "
                    "male toilet."))
        for name, label in ((self.FEMALE_CUBICLES_FIELD, self.tr("Female cubicles field")),
                            (self.MALE_CUBICLES_FIELD, self.tr("Male cubicles field"))):
            add(QgsProcessingParameterField(name, label, parentLayerParameterName=self.LATRINES,
                                            type=compat.FIELD_NUMERIC, optional=True),
                self.tr("For latrine blocks with both female and male cubicles (such as the Site layout "
                        "output's female_cubicles and male_cubicles): give both fields and they replace the "
                        "gender field in the check of female toilets per male toilet."), advanced=True)
        add(QgsProcessingParameterField(
            self.LATRINE_BLOCK_FIELD, self.tr("Latrine block field"), parentLayerParameterName=self.LATRINES,
            optional=True),
            self.tr("Latrines sharing a value are the compartments of one block (such as the Site layout "
                    "output's block field): a household counts at the block, and the block's load is shared "
                    "by all its cubicles. Empty: every latrine feature stands alone."), advanced=True)
        add(QgsProcessingParameterField(
            self.LATRINE_FUNCTIONAL_FIELD, self.tr("Latrine functional field"),
            parentLayerParameterName=self.LATRINES, optional=True),
            self.tr("yes/no, oui/non...; non-functional latrines serve nobody."))

    def _add_audit_parameters(self):
        add = self.add_parameter
        figure = _help_figures(load_profile(DEFAULT_PROFILE))
        add(QgsProcessingParameterEnum(
            self.PHASE, self.tr("Phase"), options=[self.tr("Emergency"), self.tr("Medium term")],
            defaultValue=0),
            self.tr("People per toilet: {0} in an emergency, {1} in the medium term.").format(
                figure("people_per_toilet_emergency"), figure("people_per_toilet_medium_term")))
        add(QgsProcessingParameterFeatureSource(
            self.PATHS, self.tr("Path network (walking distances)"), [compat.SOURCE_LINE],
            optional=True),
            self.tr("Paths and roads; empty: straight-line distances."))
        add(QgsProcessingParameterNumber(
            self.MAX_SNAP, self.tr("Maximum snapping distance to the paths (metres)"), compat.NUMBER_DOUBLE,
            defaultValue=50.0, minValue=0.0),
            self.tr("In metres on the ground, whatever the layers' CRS: shelters and facilities farther "
                    "than this from every path are off the network."),
            advanced=True)
        add(QgsProcessingParameterNumber(
            self.SUGGEST_WATER_POINTS, self.tr("New water points to suggest (-1: as many as needed)"),
            compat.NUMBER_INTEGER, defaultValue=-1, minValue=-1),
            self.tr("0 suggests none."))
        add(QgsProcessingParameterNumber(
            self.SUGGEST_LATRINES, self.tr("New latrines to suggest (-1: as many as needed)"),
            compat.NUMBER_INTEGER, defaultValue=-1, minValue=-1),
            self.tr("0 suggests none."))

    def _add_flood_parameters(self):
        add = self.add_parameter
        profile = load_profile(DEFAULT_PROFILE)
        add(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr("Flood hazard rasters (one per scenario)"), compat.SOURCE_RASTER, optional=True),
            self.tr("Flood depth (m), binary extent or classified rasters, one per scenario (such as 10-, 50- "
                    "and 100-year floods), read as the flood exposure reads them. In each scenario water "
                    "points and latrines on wet land are out of service, paths are cut where the water is "
                    "deeper than {0} and shelters on wet land are flagged.").format(
                figure_text(profile.figure("flood_passable_depth_m"))))
        add(QgsProcessingParameterString(
            self.SCENARIO_NAMES, self.tr("Scenario names (comma-separated; empty: layer names)"), optional=True),
            self.tr("One name per hazard raster, then per flood extent layer, such as Q10,Q50,Q100. Fields "
                    "per scenario end with the name in lower case (wp_ok_q10)."))
        add(QgsProcessingParameterMultipleLayers(
            self.FLOOD_EXTENTS, self.tr("Observed flood extents (polygons, one scenario each)"),
            compat.SOURCE_POLYGON, optional=True),
            self.tr("Flood extent polygons (UNOSAT, Copernicus EMS): inside = wet. Without a depth, every "
                    "wet stretch of path is cut."))
        self.add_hazard_kind_parameters(self.tr("What the raster cells hold. Nodata and cells outside the raster "
                                                "are unknown, never dry: a facility there has an unknown "
                                                "service."))
        self.add_wet_threshold_parameter(advanced=True)

    def _add_outputs(self):
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
            self.OUTPUT_FLOOD_GAPS, self.tr("Coverage gaps per flood scenario"), compat.SOURCE_POLYGON,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUGGESTED, self.tr("Suggested new facilities"), compat.SOURCE_POINT,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("WASH report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        labels = {"people": self.tr("People counted (all shelters)"),
                  "pct_within_water_distance": self.tr("Share of people within the water point distance (%)"),
                  "pct_within_latrine_distance": self.tr("Share of people within the toilet distance (%)"),
                  "people_per_water_point": self.tr("People per functional water point"),
                  "people_per_toilet": self.tr("People per functional toilet"),
                  "overloaded_water_points": self.tr("Water points over capacity"),
                  "overloaded_latrines": self.tr("Latrines over capacity"),
                  "latrines_near_water": self.tr("Latrines too close to a water point"),
                  "female_male_ratio": self.tr("Female toilets per male toilet"),
                  "suggested_water_points": self.tr("Water points suggested"),
                  "suggested_latrines": self.tr("Latrines suggested")}
        for key in self.RESULTS:
            self.addOutput(QgsProcessingOutputNumber(key, labels[key]))
        self.addOutput(QgsProcessingOutputNumber("scenarios", self.tr("Flood scenarios")))
        self.add_intake_outputs()

    # -- reading -----------------------------------------------------------

    def _ids(self, feedback, layer, field_name, kind, label, duplicates):
        """The ids of a layer's features: the field's values (the field chosen,
        else the one named like an id), feature ids where there is none."""
        return wash_core.facility_ids(layer.ids.tolist(),
                                      self._id_values(feedback, layer, field_name, kind, label, duplicates))

    def _id_values(self, feedback, layer, field_name, kind, label, duplicates):
        """The values of a layer's id field (the field chosen, else the one
        named like an id; all None without one). Ids carried by several
        features are logged and kept in ``duplicates``."""
        if not field_name:
            field_name = _id_field(layer.source, None, kind)
            if field_name and len(layer) and kind != "shelter":
                feedback.pushInfo(self.tr("{0}: identifiers read from the field '{1}' (choose another "
                                          "identifier field to change it)").format(label, field_name))
        repeated = duplicated(layer.values_of(field_name)) if field_name else {}
        for value, count in sorted(repeated.items()):
            feedback.reportError(self.tr("{0}: the identifier '{1}' in '{2}' is carried by {3} features: "
                                         "outputs that name it cannot tell them apart; give each feature its "
                                         "own identifier").format(label, value, field_name, count),
                                 fatalError=False)
        if repeated:
            duplicates[kind] = (field_name, repeated)
        return layer.values_of(field_name)

    def _field(self, parameters, name, context):
        return self.parameterAsString(parameters, name, context)

    def _log_unknown(self, feedback, label, unknown, fallback):
        for value, count in sorted(unknown.items()):
            feedback.reportError(self.tr("{0}: unknown value '{1}' on {2} feature(s), read as: {3}")
                                 .format(label, value, count, fallback), fatalError=False)

    def _functional(self, parameters, name, context, feedback, layer, label):
        """Functional flags of a facility layer's field; without a location a facility serves nobody."""
        functional, unknown = vocabulary.functional_flags(layer.values_of(self._field(parameters, name, context)))
        self._log_unknown(feedback, label, unknown, self.tr("functional"))
        return functional & layer.located

    def _read_shelters(self, parameters, context, feedback, profile, duplicates, tally):
        """(Shelters, the metric CRS of the run: the shelters' own if projected, else their UTM zone)."""
        source = self.source(parameters, self.SHELTERS, context)
        label = self.tr("Shelters")
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The shelter layer is empty: give shelters or plots."))
        crs = metric_crs_for(source, context, label)
        feedback.pushInfo(self.tr("Distances are measured in metres in the coordinate reference system {0}")
                          .format(crs.authid() or crs.description()))
        population_field = self._field(parameters, self.POPULATION_FIELD, context)
        layer = self._located(source, crs, feedback, label, tally,
                              (population_field, _id_field(source, None, "shelter")))
        if not layer.located.any():
            raise QgsProcessingException(self.tr("No shelter has a location: check the geometries of "
                                                 "the shelter layer."))
        household_size = self.parameterAsDouble(parameters, self.HOUSEHOLD_SIZE, context) or \
            profile.value("people_per_household")
        people = self._population(layer, population_field, household_size, feedback)
        ids = self._id_values(feedback, layer, None, "shelter", label, duplicates)
        return inputs.Shelters(layer, people, inputs.Labels(layer, ids)), crs

    def _read_water_points(self, parameters, context, feedback, crs, profile, default_kind, duplicates, tally):
        source = self.source(parameters, self.WATER_POINTS, context)
        label = self.tr("Water points")
        id_name = self._field(parameters, self.WATER_ID_FIELD, context)
        layer = self._located(source, crs, feedback, label, tally, [
            self._field(parameters, name, context) for name in (self.WATER_TYPE_FIELD, self.FUNCTIONAL_FIELD,
                                                                 self.TAPS_FIELD)] + [
            _id_field(source, id_name, "water")])
        if not len(layer):
            feedback.reportError(self.tr("The water point layer is empty: no water point exists, so every "
                                         "household is out of reach of water; see the suggested new water "
                                         "points."), fatalError=False)
        kinds, unknown = vocabulary.water_kinds(layer.values_of(self._field(parameters, self.WATER_TYPE_FIELD,
                                                                            context)), default_kind)
        self._log_unknown(feedback, label, unknown, self.water_kind_label(default_kind))
        functional = self._functional(parameters, self.FUNCTIONAL_FIELD, context, feedback, layer, label)
        if len(layer) and not functional.any():
            feedback.reportError(self.tr("No functional water point: every household is out of reach "
                                         "of water; see the suggested new water points."), fatalError=False)
        taps = self._taps(layer, self._field(parameters, self.TAPS_FIELD, context), feedback)
        return inputs.WaterPoints(layer, kinds, wash_core.water_point_facilities(layer.xy, kinds, functional, profile,
                                                                                 taps),
                                  self._ids(feedback, layer, id_name, "water", label, duplicates))

    def _taps(self, layer, field_name, feedback):
        """Taps per water point from ``field_name`` (None without a field)."""
        if not field_name:
            return None
        taps, defaulted = _numbers(layer, field_name, 1, whole=True)
        if defaulted:
            feedback.reportError(self.tr("{0} water point(s) have no valid whole number in '{1}'; they count "
                                         "as 1 tap").format(defaulted, field_name), fatalError=False)
        return taps

    def _read_latrines(self, parameters, context, feedback, crs, profile, phase, duplicates, tally):
        """Latrines, or None without a latrine layer."""
        source = self.source(parameters, self.LATRINES, context, required=False)
        if source is None:
            return None
        label = self.tr("Latrines")
        field = {name: self._field(parameters, name, context) for name in (
            self.CUBICLES_FIELD, self.GENDER_FIELD, self.FEMALE_CUBICLES_FIELD, self.MALE_CUBICLES_FIELD,
            self.LATRINE_FUNCTIONAL_FIELD, self.LATRINE_ID_FIELD, self.LATRINE_BLOCK_FIELD)}
        layer = self._located(source, crs, feedback, label, tally, list(field.values()) + [
            _id_field(source, field[self.LATRINE_ID_FIELD], "latrine")])
        self._log_no_latrine(feedback, layer)
        cubicles = self._cubicles(layer, field[self.CUBICLES_FIELD], feedback)
        genders = female_male = None
        gender_field = field[self.GENDER_FIELD]
        if gender_field:
            genders, unknown = vocabulary.genders(layer.values_of(gender_field))
            self._log_unknown(feedback, label, unknown, self.tr("mixed"))
            female_male = wash_core.gendered_cubicles(genders, cubicles)
        female_field, male_field = field[self.FEMALE_CUBICLES_FIELD], field[self.MALE_CUBICLES_FIELD]
        if female_field and male_field:
            female_male = (self._cubicles(layer, female_field, feedback, default=0),
                           self._cubicles(layer, male_field, feedback, default=0))
        functional = self._functional(parameters, self.LATRINE_FUNCTIONAL_FIELD, context, feedback, layer, label)
        empty = int((functional & (cubicles == 0)).sum())
        if empty:
            feedback.reportError(self.tr("{0}: {1} latrine(s) have 0 cubicles: they have no toilet and serve "
                                         "nobody").format(label, empty), fatalError=False)
        blocks = self._blocks(layer, field[self.LATRINE_BLOCK_FIELD], feedback, label)
        return inputs.Latrines(layer, cubicles, genders, female_male,
                               wash_core.latrine_facilities(layer.xy, cubicles, functional, profile, phase, blocks),
                               self._ids(feedback, layer, field[self.LATRINE_ID_FIELD], "latrine", label, duplicates))

    def _blocks(self, layer, field_name, feedback, label):
        """The block of each latrine, or None without a block field (then a
        warning when latrines stand at one point: compartments of a block)."""
        if field_name:
            return layer.values_of(field_name)
        shared = wash_core.sharing_a_point(layer.xy[layer.located])
        if shared:
            feedback.reportError(self.tr("{0}: {1} latrine(s) stand at the same point as another. If they are "
                                         "the compartments of one block, give the latrine block field so they "
                                         "share its load; else each counts its own households.").format(
                label, shared), fatalError=False)
        return None

    def _log_no_latrine(self, feedback, layer):
        if not len(layer):
            feedback.reportError(self.tr("The latrine layer is empty: no latrine exists, so every household "
                                         "is out of reach of a toilet; see the suggested new latrines."),
                                 fatalError=False)
        elif not layer.located.any():
            feedback.reportError(self.tr("No latrine has a location: every household is out of reach of a "
                                         "toilet."), fatalError=False)

    def _population(self, layer, field_name, household_size, feedback):
        people, fallback = _numbers(layer, field_name, household_size)
        if fallback:
            feedback.reportError(self.tr("{0} shelter(s) have no valid value in '{1}'; they count the "
                                         "household size ({2})").format(fallback, field_name,
                                                                        household_size), fatalError=False)
        return people

    def _cubicles(self, layer, field_name, feedback, default=1):
        counts, defaulted = _numbers(layer, field_name, default, whole=True)
        if defaulted:
            feedback.reportError(self.tr("{0} latrine(s) have no valid whole number in '{1}'; they count "
                                         "as {2} cubicle(s) in that field").format(defaulted, field_name, default),
                                 fatalError=False)
        return counts

    def _located(self, source, crs, feedback, label, tally, field_names):
        """The features' ids, the values of ``field_names`` (None: no field)
        and their locations in the metric CRS, read a batch at a time."""
        require_crs(source, label)
        names = sorted({name for name in field_names if name})
        indices = [source.fields().lookupField(name) for name in names]
        ids, values, parts, multipart = [], {name: [] for name in names}, [], 0
        for batch in inputs.batches(source_features(source, QgsFeatureRequest().setSubsetOfAttributes(indices))):
            check_canceled(feedback)
            ids += [feature.id() for feature in batch]
            for name, index in zip(names, indices):
                values[name] += [None if is_null(value) else value for value in (f.attribute(index) for f in batch)]
            xy, located, batch_multipart = point_locations(batch)
            parts.append((xy, located))
            multipart += batch_multipart
        xy = np.concatenate([xy for xy, _ in parts]) if parts else np.zeros((0, 2))
        located = np.concatenate([located for _, located in parts]) if parts else np.zeros(0, dtype=bool)
        xy = transform_xy(xy, source.sourceCrs(), crs)
        if multipart:
            feedback.pushInfo(self.tr("{0}: {1} multi-part feature(s) located at their centroid")
                              .format(label, multipart))
        tally.total += len(ids)
        if (~located).any():
            tally.skipped += int((~located).sum())
            feedback.reportError(self.tr("{0}: {1} feature(s) without geometry skipped")
                                 .format(label, int((~located).sum())), fatalError=False)
        return inputs.LocatedLayer(source, np.asarray(ids, dtype=np.int64), values, xy, located)

    def _site_area(self, parameters, crs, context, feedback, tally):
        site = self.source(parameters, self.SITE, context, required=False)
        if site is None:
            return None
        _, geometries, _ = read_geometries(site, crs, context, feedback, "polygon", self.tr("Site boundary"),
                                           tally)
        polygons = [g for g in geometries if g is not None]
        if not polygons:
            raise QgsProcessingException(self.tr("The site boundary layer has no valid polygon."))
        return shapely_ops.unary_union(polygons)

    def _network(self, parameters, crs, context, feedback, tally):
        paths = self.source(parameters, self.PATHS, context, required=False)
        if paths is None:
            return None
        from ...mali_sites_plugin.common.network import PathNetwork  # scipy: at run time only
        _, geometries, _ = read_geometries(paths, crs, context, feedback, "line", self.tr("Paths"), tally)
        network = PathNetwork([g for g in geometries if g is not None])
        feedback.pushInfo(self.tr("Path network: {0} segments, {1} nodes, {2} separate part(s)")
                          .format(network.segment_count, network.node_count, network.components))
        return network

    def _flood_scenarios(self, parameters, context, feedback, crs, profile, tally):
        """(scenarios, HazardModel) of HAZARDS and FLOOD_EXTENTS, read as the flood exposure reads
        them; (None, None) without any."""
        layers = self.parameterAsLayerList(parameters, self.HAZARDS, context)
        extent_layers = self.parameterAsLayerList(parameters, self.FLOOD_EXTENTS, context)
        if not layers and not extent_layers:
            return None, None
        rasters = self.hazard_rasters(parameters, context)
        names = flood_core.scenario_names(self.parameterAsString(parameters, self.SCENARIO_NAMES, context),
                               [r.label for r in rasters] + [layer.name() for layer in extent_layers])
        keys = flood_core.scenario_keys(names)
        wet = self.wet_threshold(parameters, context, profile)
        schemes, default = load_hazard_schemes()
        model = flood_core.hazard_model(flood_core.KINDS[self.parameterAsEnum(parameters, self.HAZARD_KIND, context)], schemes[default],
                             wet, self.parameterAsString(parameters, self.CLASS_TABLE, context))
        scenarios = [flood_core.Scenario(name, key, raster=raster) for raster, name, key in zip(rasters, names, keys)]
        for raster, scenario in zip(rasters, scenarios):
            feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): raster {2}, {3} x {4} cells, {5}").format(
                scenario.name, scenario.key, raster.path, raster.width, raster.height, raster.crs.name))
        for layer, name, key in zip(extent_layers, names[len(rasters):], keys[len(rasters):]):
            check_canceled(feedback)
            _, polygons, _ = read_geometries(layer, crs, context, feedback, "polygon", layer.name(), tally)
            scenarios.append(flood_core.Scenario(name, key, extents=[p for p in polygons if p is not None]))
            feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): flood extent '{2}'").format(
                name, key, layer.name()))
        if model.has_depth and rasters:
            feedback.pushInfo(self.tr("Wet land: depth above {0} m; paths are cut where the water is deeper "
                                      "than {1}").format(model.wet_threshold,
                                                         figure_text(profile.figure("flood_passable_depth_m"))))
        else:
            feedback.pushInfo(self.tr("No depth: every wet stretch of path is cut"))
        return scenarios, model

    def _log_flood(self, feedback, flood):
        """Per scenario, what the flood does to access; the core's notes as warnings."""
        if flood is None:
            return
        for scenario in flood.scenarios:
            summary = scenario.summary
            feedback.pushInfo(self.tr(
                "Scenario '{0}': {1} water point(s) on wet land out of service; {2} people lose water within "
                "the standard distance, {3} people's access to water is unknown; {4} shelter(s) on wet "
                "land").format(scenario.name, summary["flooded_water_points"], summary["water_lost_people"],
                               summary["water_unknown_people"], summary["flooded_shelters"]))
            if scenario.latrines is not None:
                feedback.pushInfo(self.tr(
                    "Scenario '{0}': {1} latrine(s) on wet land out of service; {2} people lose a toilet "
                    "within the standard distance").format(scenario.name, summary["flooded_latrines"],
                                                           summary["latrine_lost_people"]))
            if summary["cut_path_m"]:
                feedback.pushInfo(self.tr("Scenario '{0}': {1} m of path cut by water deeper than the "
                                          "passable depth").format(scenario.name, round(summary["cut_path_m"], 1)))
        kinds = {"water": self.tr("water point(s)"), "latrines": self.tr("latrine(s)")}
        for note in flood.notes:
            if note.code == "wash_service_unknown":
                feedback.reportError(self.tr(
                    "Scenario '{0}': {1} {2} on unknown land (nodata or outside the raster): service unknown, "
                    "never counted as dry; the households they decide have an unknown verdict (empty "
                    "*_ok field)").format(note.scenario, note.values[0], kinds[note.values[1]]), fatalError=False)
            elif note.code == "wash_shelters_unknown":
                feedback.reportError(self.tr(
                    "Scenario '{0}': {1} shelter(s) on unknown land (nodata or outside the raster): not "
                    "known to be dry (empty flooded field)").format(note.scenario, note.values[0]),
                    fatalError=False)
            elif note.code == "wash_paths_unknown":
                feedback.reportError(self.tr(
                    "Scenario '{0}': {1} m of path on unknown land: walks through it give an unknown verdict"
                ).format(note.scenario, note.values[0]), fatalError=False)
            else:
                feedback.reportError(self.tr(
                    "Scenario '{0}': {1} blocks of raster '{2}' ({3}) could not be read ({4}); their cells are "
                    "unknown, never dry. Download or export the file again and run again.").format(
                    note.scenario, *note.values), fatalError=False)

    def water_kind_label(self, kind):
        return {"tap": self.tr("tap"), "handpump": self.tr("hand pump"), "well": self.tr("open well")}[kind]

    # -- the run -------------------------------------------------------------

    def execute(self, parameters, context, feedback, outputs):
        from ...mali_sites_plugin.wash.audit import assess  # scipy and rasterio: at run time only
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        profile = self.standards_profile(parameters, context, feedback)
        phase = PHASES[self.parameterAsEnum(parameters, self.PHASE, context)]
        default_kind = vocabulary.WATER_KINDS[self.parameterAsEnum(parameters, self.DEFAULT_WATER_TYPE, context)]
        duplicates = {}
        with outputs.times.phase("read"):
            shelters, crs = self._read_shelters(parameters, context, feedback, profile, duplicates, outputs.intake)
            water = self._read_water_points(parameters, context, feedback, crs, profile, default_kind, duplicates,
                                            outputs.intake)
            latrines = self._read_latrines(parameters, context, feedback, crs, profile, phase, duplicates,
                                           outputs.intake)
            area = self._site_area(parameters, crs, context, feedback, outputs.intake)
            network = self._network(parameters, crs, context, feedback, outputs.intake)
            scenarios, hazard = self._flood_scenarios(parameters, context, feedback, crs, profile, outputs.intake)
        steps.setCurrentStep(1)
        check_canceled(feedback)

        located = shelters.layer.located
        result = assess(
            shelters.layer.located_xy, shelters.people[located], water.facilities, profile,
            latrines=latrines.facilities if latrines else None, phase=phase, network=network,
            max_snap=self.parameterAsDouble(parameters, self.MAX_SNAP, context), area=area,
            latrine_cubicles=latrines.cubicles if latrines else None,
            female_male_cubicles=latrines.female_male if latrines else None,
            suggest_water=self.parameterAsInt(parameters, self.SUGGEST_WATER_POINTS, context),
            suggest_latrines=self.parameterAsInt(parameters, self.SUGGEST_LATRINES, context),
            new_water_kind=default_kind, crs=to_pyproj(crs),
            labels=shelters.labels,
            monitor=feedback_monitor(steps), scenarios=scenarios, hazard_model=hazard,
            passable_depth=profile.value("flood_passable_depth_m") if scenarios else None)
        self._log_flood(feedback, result.flood)
        steps.setCurrentStep(2)
        if result.outside_area:
            feedback.reportError(self.tr("{0} shelter(s) lie outside the site boundary: they are measured all "
                                         "the same and counted in the gap nearest them; check the site "
                                         "boundary or the shelters").format(result.outside_area), fatalError=False)
        if network is not None:
            self._log_network(feedback, result, self.tr("Shelters"))

        with outputs.times.phase("write"):
            results = self._write(outputs, context, steps, crs, shelters, water, latrines, result,
                                  network is not None, default_kind, profile.value(TOILET_FIGURE[phase]))
            report_path = outputs.file(self.OUTPUT_REPORT)
            if report_path:
                WashReport(self.report_language(parameters, context), profile, phase, result, network is not None,
                           water.ids, water.kinds, latrines.ids if latrines else None, duplicates).write(report_path)
                results[self.OUTPUT_REPORT] = report_path
        results.update(self._result_figures(result.summary))
        results["scenarios"] = len(scenarios or [])
        if result.flood is not None:  # per scenario figures, named with its key (water_lost_people_q10)
            results.update({key: _finite_or_none(value) for key, value in result.summary.items()
                            if key not in results and any(key.endswith("_" + s.key) for s in result.flood.scenarios)})
        checks = WashCheckText(interface_language())
        for check in result.checks:
            feedback.pushInfo(self.tr("{0}: {1}, {2}").format(
                checks.label(check.key), checks.measured(check),
                self.tr("meets the standard") if check.passed else self.tr("does not meet the standard")))
        return results

    def _write(self, outputs, context, steps, crs, shelters, water, latrines, result, network_mode, water_kind,
               people_per_toilet):
        """The outputs asked for, {output name: destination}."""
        shelter_crs = shelters.layer.source.sourceCrs()
        back = QgsCoordinateTransform(crs, shelter_crs, context.transformContext())
        written = {
            self.OUTPUT_SHELTERS: writers.write_shelters(outputs, context, steps, self.OUTPUT_SHELTERS, shelters, result,
                                                 water.ids, latrines.ids if latrines else None, network_mode),
            self.OUTPUT_WATER_POINTS: writers.write_water_points(outputs, context, self.OUTPUT_WATER_POINTS, water, result)}
        if latrines is not None:
            written[self.OUTPUT_LATRINES] = writers.write_latrines(outputs, context, self.OUTPUT_LATRINES, latrines, result)
        written[self.OUTPUT_GAPS] = writers.write_gaps(outputs, context, self.OUTPUT_GAPS, shelter_crs, back, result)
        if result.flood is not None:
            written[self.OUTPUT_FLOOD_GAPS] = writers.write_flood_gaps(outputs, context, self.OUTPUT_FLOOD_GAPS, shelter_crs,
                                                               back, result)
        written[self.OUTPUT_SUGGESTED] = writers.write_suggestions(outputs, context, self.OUTPUT_SUGGESTED, shelter_crs,
                                                           back, result, water_kind, people_per_toilet)
        return {name: destination for name, destination in written.items() if destination is not None}

    def _result_figures(self, summary):
        """The audit's figures as the algorithm's results (None for a missing or infinite one)."""
        figures = {key: _finite_or_none(summary.get(key)) for key in self.RESULTS}
        figures["people"] = summary["people"]
        return figures

    def _log_network(self, feedback, result, label):
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


def _help_figures(profile):
    """figure(key) -> '< 500 m (Sphere 2018, ...)': a profile's figure as the help cites it."""
    return lambda key: figure_text(profile.figure(key))


def _numbers(layer, field_name, default, whole=False):
    """(one number per feature, how many took ``default``): the field's values
    read by the core's numbers_or_default; all ``default`` without a field."""
    if not field_name:
        return np.full(len(layer), float(default)), 0
    return numbers_or_default(layer.values_of(field_name), default, whole)


def _id_field(source, chosen, kind):
    """The field naming a layer's features: the one chosen, else the one named like an id (or None)."""
    return chosen or id_field(source.fields().names(), kind)


def _finite_or_none(value):
    return None if value is None or (isinstance(value, float) and not math.isfinite(value)) else value
