"""malisites:sitelayout: a Sphere / UNHCR-compliant plan inside any site boundary."""
from dataclasses import dataclass

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)

from ..common import compat
from ...mali_sites_plugin import layout as core_layout  # entry points imported at run time
from ...mali_sites_plugin.common.standards import DEFAULT_PROFILE, PHASES, TOILET_FIGURE, load_profile
from ...mali_sites_plugin.common.errors import InputError
from ...mali_sites_plugin.layout.options import (MAX_ALTERNATIVES, ROAD_METRES_SCALE, check_alternatives,
                                                 default_wet_threshold)
from ...mali_sites_plugin.layout.checks import CHECK_KEYS
from ..common.base import MaliSitesAlgorithm, check_canceled, feedback_monitor, figure_brief, figure_text
from ..common.i18n import CoreMessages, interface_language
from ..common.report import format_number
from . import layers
from .report import AlternativesText, LayoutCheckText
from ..common.qgis_io import raster_input, read_geometries, require_crs, to_pyproj, to_qgis
from ...mali_sites_plugin.common.lazy import lazy_module

layout_report = lazy_module(".report", __package__)  # the layout core's plan module: at run time


@dataclass
class LayoutInputs:
    """What every site of a run is planned with."""
    profile: object
    options: dict  # LayoutOptions values but the population
    hazard: object  # RasterInput or None
    dem: object
    exclusions: object  # feature sources or None
    roads: object
    alternatives: int = 1  # variants planned per site


class SiteLayout(MaliSitesAlgorithm):
    PRODUCT = "layout"
    SITE = "SITE"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    HOUSEHOLD_SIZE = "HOUSEHOLD_SIZE"
    PHASE = "PHASE"
    PLOT_WIDTH = "PLOT_WIDTH"
    PLOT_DEPTH = "PLOT_DEPTH"
    ROAD_WIDTH = "ROAD_WIDTH"
    PATH_WIDTH = "PATH_WIDTH"
    SETBACK = "SETBACK"
    ORIENTATION = "ORIENTATION"
    EXCLUSIONS = "EXCLUSIONS"
    HAZARD = "HAZARD"
    WET_THRESHOLD = "WET_THRESHOLD"
    DEM = "DEM"
    MAX_SLOPE_PCT = "MAX_SLOPE_PCT"
    TAPS_PER_TAPSTAND = "TAPS_PER_TAPSTAND"
    ROADS = "ROADS"
    ALTERNATIVES = "ALTERNATIVES"
    OUTPUT_PLOTS = layers.OUTPUT_PLOTS
    OUTPUT_SHELTERS = layers.OUTPUT_SHELTERS
    OUTPUT_BLOCKS = layers.OUTPUT_BLOCKS
    OUTPUT_ROADS = layers.OUTPUT_ROADS
    OUTPUT_FIREBREAKS = layers.OUTPUT_FIREBREAKS
    OUTPUT_FACILITIES = layers.OUTPUT_FACILITIES
    OUTPUT_EXCLUDED = layers.OUTPUT_EXCLUDED
    OUTPUT_PATHS = layers.OUTPUT_PATHS
    OUTPUT_DRAINS = layers.OUTPUT_DRAINS
    OUTPUT_REPORT = "OUTPUT_REPORT"
    ICON = "site_layout.svg"

    def name(self):
        return "sitelayout"

    def displayName(self):  # noqa: N802
        return self.tr("Site layout (Sphere / UNHCR)")

    def group(self):
        return self.tr("Site planning")

    def groupId(self):  # noqa: N802
        return "siteplanning"

    def tags(self):
        return self.tr("site,plan,layout,plot,parcelle,camp,IDP,PDI,Sphere,UNHCR,HCR,firebreak,"
                       "coupe-feu,block,bloc,capacity,capacité,shelter,abri").split(",")

    def short_description(self):
        return self.tr(
            "Lays out a site to Sphere or UNHCR standards inside its boundary: plots, roads, "
            "firebreaks, blocks, WASH and services, avoiding flood-prone and excluded land; gives"
            " its capacity.")

    def help_sections(self):
        return self._help_standard() + self._help_terrain() + self._help_plan()

    def _help_standard(self):
        """What the algorithm does and the figures it uses."""
        return [
            ("", self.tr(
                "Lays out a site for displaced households inside each site polygon: household plots "
                "in rows with paths, communities, blocks and sectors, roads and firebreaks, shelter "
                "footprints, water points, latrine blocks, a health post, schools, distribution "
                "points and markets, all to the chosen standard. It answers two questions: how "
                "many people can this land hold to standard, and what does the plan look like. "
                "One plan per site feature; outputs are in the site layer's CRS.")),
            (self.tr("Standard figures used (from the profile, with their source)"), self._help_figures()),
            (self.tr("How the plan is made"), self.tr(
                "Buildable land is the site minus the setback ring, the exclusions, the hazard raster's "
                "cells deeper than the wet threshold and the DEM's cells steeper than the maximum "
                "slope. The plan follows the site's long side (the minimum rotated rectangle), or the "
                "contours on sloping land (see Terrain and drains), unless an orientation is given. Plots stand back to back in row pairs with a path between "
                "row pairs, so every plot fronts a path or a lane; a community holds "
                "households_per_community plots, a block communities_per_block communities (fewer "
                "when they would not fit within the firebreak spacing); lanes of cluster_spacing_m "
                "separate communities, roads separate blocks, and a firebreak replaces the road "
                "wherever one more block would make a built-up stretch longer than the firebreak "
                "spacing, in both directions (the firebreak then carries the road). Only whole plots "
                "inside the buildable land are kept. Small sites get the part of this structure that "
                "fits: a few communities, not a broken block.")),
            (self.tr("Circulation and entrances"), self.tr(
                "A primary road (primary_road_width_m) runs round the inside of every part of the "
                "buildable land, so the outer rows of plots front it; a plot that fronts no road, lane or "
                "path is not built. Entrances stand in the middle of the side of the site facing the "
                "existing roads (the longest side without ROADS), one more along that side while that "
                "brings the farthest household at least 10 % nearer and it is beyond "
                "max_distance_to_entrance_m along the paths. A part of the land cut off by a stream or an "
                "exclusion gets its own entrance where it fronts that side, else a crossing over the "
                "narrowest barrier to the rest (the messages say which). Where households are still beyond "
                "that distance from every entrance of that side, one more goes in the middle of the other "
                "side that brings them nearest (the messages name it: give it an access track). "
                "OUTPUT_PATHS holds the "
                "centrelines of all circulation (road_class primary, secondary, lane or path; kind loop, "
                "entrance, crossing, road, firebreak, lane or path; width_m), noded at every junction: "
                "give it to malisites:washcoverage as PATHS. Plots are kept min_distance_plot_to_flood_m "
                "from flood-prone land and latrine blocks min_distance_latrine_to_flood_m. Firebreaks "
                "stand only where a built-up stretch would pass firebreak_spacing_m; blocks are the land "
                "they cover."))]

    def _help_terrain(self):
        """How the DEM shapes the plan: orientation, drains, block slopes."""
        sphere = load_profile(DEFAULT_PROFILE)
        return [(self.tr("Terrain and drains (with a DEM)"), self.tr(
            "The fall of the buildable land is the mean of the DEM's gradient over its cells. Where it is at "
            "least the ideal minimum slope {ideal_min} (slope_ideal_min_pct; below it the land is flat for "
            "drainage) and no orientation is given, the plot rows and the roads along them follow the "
            "contours, across the fall; otherwise they follow the site's long side; the messages say which "
            "and why. OUTPUT_DRAINS holds a drain along every primary and secondary road, drawn from its "
            "high end to its low end on the DEM (kind roadside, or collector where it takes water from "
            "another drain; length_m, fall_m, slope_pct), joined along the roads, without climbing, to the "
            "nearest outfall: the low points of the site boundary, each reached by an outfall drain "
            "(outfall_id). Drains that cannot reach one without climbing (a hollow, level land) keep no "
            "outfall_id and a message counts them. Without a DEM there are no drains (falls are never "
            "invented) and a message says a DEM is needed. OUTPUT_BLOCKS gets mean_slope_pct and "
            "max_slope_pct of the DEM cells in each block and slope_class: ideal (mean within {ideal_min} "
            "and {ideal_max}, slope_ideal_max_pct), below_ideal, above_ideal, or too_steep (a cell beyond "
            "max_slope_pct {max_slope}); the report lists the blocks outside the ideal range.").format(
            ideal_min=figure_brief(sphere.figure("slope_ideal_min_pct")),
            ideal_max=figure_brief(sphere.figure("slope_ideal_max_pct")),
            max_slope=figure_brief(sphere.figure("max_slope_pct"))))]

    def _help_figures(self):
        """The figures of the default profile (and what the UNHCR profile changes), as the help
        lists them: read from the profiles, so the help says what the plan uses."""
        sphere, unhcr = load_profile(DEFAULT_PROFILE), load_profile("unhcr")
        f = {key: figure_brief(sphere.figure(key)) for key in HELP_FIGURES}
        return self.tr(
            "Every figure comes from the standards profile (resources/standards/*.json) and is cited "
            "with its source in the report. The default profile, {title}: usable site area "
            "{site_area_m2_per_person} (site_area_m2_per_person), covered living space "
            "{covered_area_m2_per_person} (covered_area_m2_per_person), {shelter_spacing_m} between "
            "shelters (shelter_spacing_m), a firebreak of {firebreak_width_m} (firebreak_width_m) with "
            "built-up stretches of {firebreak_spacing_m} between them (firebreak_spacing_m); household "
            "to water point {max_distance_to_water_m} and {people_per_tap} per tap; household to toilet "
            "{max_distance_to_toilet_m}, {people_per_toilet_emergency} per toilet in an emergency and "
            "{people_per_toilet_medium_term} in the medium term, {female_to_male_toilet_ratio}, toilets "
            "{min_distance_toilet_to_water_m} from a water point. Borrowed from the UNHCR profile where "
            "Sphere sets none: {cluster_spacing_m} between communities (cluster_spacing_m) and "
            "{block_spacing_m} between blocks (block_spacing_m), maximum slope {max_slope_pct}, modular "
            "planning of {households_per_community} per community, {communities_per_block} per block "
            "and {blocks_per_sector} per sector, one health post per {people_per_health_centre}, one "
            "school per {people_per_school}, one market per {people_per_market}, one distribution point "
            "per {people_per_distribution_point}. The UNHCR profile changes the water figures: water "
            "point {unhcr_water}, {unhcr_tap} per tap. A figure on the threshold follows the standard's "
            "comparison (a distance of exactly {water_value} m fails '{max_distance_to_water_m}'). "
            "[secondary] and [unverified] mark figures read from a secondary source or not found in "
            "any text. Your own profile file replaces all of these.").format(
            title=sphere.title_in(interface_language()), unhcr_water=figure_brief(unhcr.figure("max_distance_to_water_m")),
            unhcr_tap=figure_brief(unhcr.figure("people_per_tap")),
            water_value="%g" % sphere.value("max_distance_to_water_m"), **f)

    def _help_zoning(self):
        """Where the services go and what else the plan holds, with the profile's figures."""
        sphere = load_profile(DEFAULT_PROFILE)
        f = {key: figure_brief(sphere.figure(key)) for key in ZONING_HELP_FIGURES}
        return self.tr(
            "The zoning rules are the profile's 'zoning' object: accepted practice (UNHCR site planning, "
            "CCCM toolkit) whose distances no source gives, so each is a design default marked "
            "[unverified]; edit them in your own profile. Near the first entrance (the middle of the side "
            "facing ROADS) and within {max_distance_gate_services_to_primary_m} of the primary road: a "
            "reception and registration area ({reception_area_m2}), the markets and distribution points "
            "(within {max_distance_market_to_entrance_m} and {max_distance_distribution_to_entrance_m} of "
            "an entrance) and the administration ({administration_area_m2}). Health posts at the centre of "
            "their share of the households, {min_distance_health_to_flood_m} from flood-prone land and "
            "within {max_distance_health_to_vehicle_road_m} of a primary or secondary road. Schools and "
            "child-friendly spaces (one per {people_per_child_friendly_space}) in quiet zones, "
            "{min_distance_school_to_busy_m} from the gate services and {min_distance_school_to_primary_m} "
            "from the primary road; a women's safe space (one per {people_per_womens_safe_space}) within "
            "{max_distance_safe_space_to_services_m} of a health post, school or distribution point. "
            "These lots shrink with the people they serve. An extension reserve of "
            "{extension_reserve_pct}: beside a plan for fewer people than the site holds, else the plots "
            "farthest from the gate. Every community has a washing plot with bathing cubicles (one per "
            "{people_per_bathing_facility}, female and male), laundry slabs (one per "
            "{people_per_laundry_facility}) and 100 L refuse bins (one per {people_per_refuse_bin}), "
            "sized to the households nearest them. Schools, health posts, markets and reception areas "
            "have their own toilets (Sphere Appendix 4): one per {pupils_per_toilet_girls} girls and "
            "{pupils_per_toilet_boys} boys (pupils: {school_age_pct} of the people a school serves), per "
            "{outpatients_per_toilet} outpatients a day ({consultations_per_person_year} a year), per "
            "{stalls_per_toilet} market stalls (one per {people_per_market_stall}), per "
            "{people_per_reception_toilet} arrivals a day ({reception_people_per_day}). Where no plot "
            "meets a rule the service takes the best plot left; every rule and ratio is a check measured "
            "on the plan.").format(**f)

    def _help_plan(self):
        """Capacity, facilities, population and outputs."""
        return [
            (self.tr("Plot size and capacity"), self.tr(
                "With PLOT_WIDTH and PLOT_DEPTH at 0, square plots are sized so that the usable area "
                "per person comes out at the standard's site_area_m2_per_person: the plan is laid "
                "out, measured and laid out again with resized plots, rounded up to 0.1 m, and grown "
                "until it complies. The capacity is the people on the household plots of the plan "
                "for the whole site; the report explains how it differs from site area / m2 per "
                "person (setback and excluded land, whole plots only, plots taken by facilities). "
                "Given plot sizes are kept as they are and the area check says whether they comply. "
                "A shelter footprint of covered_area_m2_per_person x household size stands in the "
                "middle of each household plot, at least shelter_spacing_m from the plot edges.")),
            (self.tr("Facilities"), self.tr(
                "Tapstands and latrine blocks stand on plots reserved for them, placed against walking "
                "distances along the plan's own circulation (OUTPUT_PATHS), as malisites:washcoverage "
                "measures them with those paths. Every plot fronts a path, lane or road; on each such "
                "line, latrine blocks are set so that every household reaches one along it within the "
                "toilet distance, never nearer a tapstand than min_distance_toilet_to_water_m. The plan "
                "is then measured on its network: a block or tapstand is added where a household is still "
                "beyond a distance or a tapstand serves more than its taps may, and a household no block "
                "can reach moves to a vacant plot one reaches (else it is not housed and the capacity "
                "says so). Each latrine block is a female and a male compartment (two features at one "
                "point, gender female and male, as washcoverage reads them), the female one with the "
                "standard's female toilets per male toilet and each with the toilets the block's "
                "households need at the phase's people per toilet; one hand-washing and one lighting "
                "point per compartment (fields handwashing and lighting). A tapstand gets ceil(people it "
                "serves / people_per_tap) taps (field taps) up to TAPS_PER_TAPSTAND (more only where no "
                "plot it serves is min_distance_toilet_to_water_m from every latrine block to take "
                "another stand: the report says so); give washcoverage "
                "TAPS_FIELD=taps so it checks each stand against its taps. Health posts, schools, "
                "distribution points and markets: ceil(people / ratio) of each, each on a group of plots "
                "sized to the people it serves (a community's worth of plots when it serves the full "
                "ratio), placed by the zoning rules below.")),
            (self.tr("Zoning and the rest of the programme"), self._help_zoning()),
            (self.tr("Population"), self.tr(
                "POPULATION 0 (and no population field) plans the site for its full capacity. "
                "Otherwise the plan takes whole communities, block by block, nearest the entrance "
                "(or the middle of the site) until the people fit, with facilities for them; the "
                "rest of the land is left over for later. When the site is too small, the plan holds "
                "what fits and unplaced_people says how many are left, with a message.")),
            (self.tr("Alternatives"), self.tr(
                "ALTERNATIVES above 1 plans that many variants of each site in full (each takes the time of one "
                "plan) and keeps the best. The "
                "variants change, in this order (one thing changed before two): the orientation of the rows "
                "(perpendicular to the automatic or given ORIENTATION, then 45, 135, 22.5... degrees from it), the "
                "communities per block "
                "(three quarters and half of communities_per_block, never more) and the place of the entrances "
                "along the side facing the road (a sixth of each gate's share of the side before or after its "
                "middle). Score, in people: people housed x (share of the households within "
                "max_distance_to_water_m of a water point and max_distance_to_toilet_m of a latrine block, both "
                "along OUTPUT_PATHS - metres of primary and secondary road per person / {0}). People housed come "
                "first, since housing people is what the land is for; a household beyond the walking distances "
                "counts for nothing; every {0} m of vehicle road (to build, drain and keep up) costs one person "
                "housed to standard, so of two plans that house and serve as many, the one with less road wins. "
                "Kept: the variant that fails the fewest checks against the standard (a standard is not traded "
                "for people or road), then the highest score; of equal ones the first listed, so the default "
                "plan stays unless another is better. The report shows every variant side by side; the result 'alternative' describes the "
                "one kept.").format("%g" % ROAD_METRES_SCALE)),
            (self.tr("Outputs"), self.tr(
                "Plots (plot_id, community_id, block_id, sector_id, households, people, use: "
                "household, vacant, water_point, latrine_block, health_post, school, "
                "distribution_point, market, reception, administration, child_friendly_space, "
                "womens_safe_space, extension_reserve, bathing_laundry); shelters; blocks; roads "
                "(road_class: primary, secondary, lane, path, entrance); circulation centrelines (lines); "
                "drains (lines, with a DEM); firebreaks; facilities (points: facility_id, kind: "
                "water_point, latrine_block, health_post, school, distribution_point, market, "
                "entrance, reception, administration, child_friendly_space, womens_safe_space, "
                "extension_reserve, bathing_facility, laundry_facility, refuse_point, institution_toilet "
                "(its facility_id is T and the institution's); capacity, people_served, cubicles, "
                "female_cubicles, male_cubicles, gender, water_type, plots, taps, block, handwashing, "
                "lighting, units: laundry slabs or refuse bins); excluded land (reason: setback, "
                "exclusion, flood, slope, leftover); an HTML report in French or English. Results: "
                "capacity_people, planned_people, unplaced_people, plots, usable_area_m2, "
                "area_per_person_m2, checks_failed (checks the plans fail, all sites) and check_<figure> = "
                "pass, fail (when any site fails) or n/a (not checked, e.g. the slope without a DEM) for "
                "every standard figure; walking_distance_* and max_distance_to_entrance_m are measured "
                "along OUTPUT_PATHS.")),
        ]

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_site_parameters()
        self.add_standard_parameters()
        self._add_design_parameters()
        self._add_land_parameters()
        self.add_language_parameter()
        self._add_outputs()

    def _add_number(self, name, label, default, help_text, minimum=0.0, maximum=None, advanced=False):
        parameter = QgsProcessingParameterNumber(name, label, compat.NUMBER_DOUBLE, defaultValue=default,
                                                 minValue=minimum)
        if maximum is not None:
            parameter.setMaximum(maximum)
        self.add_parameter(parameter, help_text, advanced)

    def _add_site_parameters(self):
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(
            self.SITE, self.tr("Site boundaries"), [compat.SOURCE_POLYGON]),
            self.tr("One polygon per site; each gets its own plan (holes such as cemeteries are "
                    "left out)."))
        add(QgsProcessingParameterField(
            self.SITE_ID_FIELD, self.tr("Site identifier field"), parentLayerParameterName=self.SITE,
            optional=True),
            self.tr("Written as site_id on every output; empty: the feature id."))
        add(QgsProcessingParameterNumber(
            self.POPULATION, self.tr("Population to place (0: plan for the site's capacity)"),
            compat.NUMBER_INTEGER, defaultValue=0, minValue=0),
            self.tr("People to place on each site; 0 plans each site for its full capacity. A "
                    "population field, when given, wins for the sites where it has a value."))
        add(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field"), parentLayerParameterName=self.SITE,
            type=compat.FIELD_NUMERIC, optional=True),
            self.tr("People to place on each site (for example 'individuals' of a DTM site list)."))
        self._add_number(self.HOUSEHOLD_SIZE, self.tr("Household size (people; 0: the standard's)"), 0.0,
                         self.tr("People per plot; 0 takes people_per_household of the profile ({0} in "
                                 "the default profile; DTM Mali reports 5-6).").format(
                             _default_figure("people_per_household")), advanced=True)

    def _add_design_parameters(self):
        number = self._add_number
        self.add_parameter(QgsProcessingParameterEnum(
            self.PHASE, self.tr("Phase"), options=[self.tr("Emergency"), self.tr("Medium term")],
            defaultValue=0),
            self.tr("Latrine cubicles: people_per_toilet_emergency ({0} in the default profile) or "
                    "people_per_toilet_medium_term ({1}) people per toilet.").format(
                *(_default_figure(TOILET_FIGURE[phase]) for phase in PHASES)))
        number(self.PLOT_WIDTH, self.tr("Plot width (m; 0: derived from the standard)"), 0.0,
               self.tr("Plot frontage along the rows; 0 derives square plots so the usable area per "
                       "person comes out at site_area_m2_per_person."), advanced=True)
        number(self.PLOT_DEPTH, self.tr("Plot depth (m; 0: derived from the standard)"), 0.0,
               self.tr("Plot depth across the rows; 0 derives it like the width."), advanced=True)
        number(self.ROAD_WIDTH, self.tr("Road width between blocks (m; 0: the standard's)"), 0.0,
               self.tr("Width of the primary roads between blocks; 0 takes block_spacing_m of the "
                       "profile ({0} in the default profile).").format(_default_figure("block_spacing_m")),
               advanced=True)
        number(self.PATH_WIDTH, self.tr("Path width between plot rows (m)"), 3.0,
               self.tr("A design choice, not a standard figure: the footpath in front of the plots, "
                       "between two row pairs."), minimum=0.0, advanced=True)
        taps = QgsProcessingParameterNumber(self.TAPS_PER_TAPSTAND, self.tr("Taps per tapstand (at most)"),
                                            compat.NUMBER_INTEGER, defaultValue=4, minValue=1)
        self.add_parameter(taps, self.tr(
            "A design choice, not a standard figure (no standard gives one): a tapstand gets "
            "ceil(people it serves / people_per_tap) taps, up to this many (more only where no plot "
            "it serves may take another stand; the report says so)."), advanced=True)
        number(self.SETBACK, self.tr("Setback from the boundary (m)"), 5.0,
               self.tr("A design choice, not a standard figure: the strip along the site boundary "
                       "kept free (drainage, fence, perimeter path)."))
        number(self.ORIENTATION, self.tr("Orientation of the plot rows (degrees from grid north; -1: auto)"),
               -1.0, self.tr("Azimuth of the rows, clockwise from grid north (90: east-west rows); "
                             "-1 follows the long side of each site."), minimum=-1.0, maximum=360.0,
               advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(
            self.ALTERNATIVES, self.tr("Alternatives to compare per site"), compat.NUMBER_INTEGER, defaultValue=1,
            minValue=1, maxValue=MAX_ALTERNATIVES),
            self.tr("Variants planned in full per site (1 to {0}), changing the orientation of the rows, the "
                    "communities per block and the place of the entrances; the best by the score in the help is "
                    "kept and the report compares them all. 1: the plan of the other parameters.").format(
                MAX_ALTERNATIVES), advanced=True)

    def _add_land_parameters(self):
        add, number = self.add_parameter, self._add_number
        add(QgsProcessingParameterFeatureSource(
            self.EXCLUSIONS, self.tr("Exclusions (wadis, cemeteries, fields, buildings)"),
            [compat.SOURCE_POLYGON], optional=True),
            self.tr("Land not to build on."))
        add(QgsProcessingParameterRasterLayer(
            self.HAZARD, self.tr("Flood depth raster"), optional=True),
            self.tr("Flood depth in metres (band 1); flood-prone cells are not built on."))
        number(self.WET_THRESHOLD, self.tr("Wet threshold (m)"), default_wet_threshold(),
               self.tr("A cell is flood-prone when its depth is above this value; the default is the "
                       "standards profile's {0}.").format(
                   figure_text(load_profile(DEFAULT_PROFILE).figure("flood_wet_depth_m"))),
               advanced=True)
        add(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Elevation model (DEM)"), optional=True),
            self.tr("Elevation in metres (band 1); cells steeper than the maximum slope are not "
                    "built on, rows follow the contours where the land slopes, and drains are laid out "
                    "along the roads to the low points of the boundary."))
        number(self.MAX_SLOPE_PCT, self.tr("Maximum slope (%; 0: the standard's)"), 0.0,
               self.tr("0 takes max_slope_pct of the profile ({0} in the default profile).").format(
                   _default_figure("max_slope_pct")), advanced=True)
        add(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Existing roads"), [compat.SOURCE_LINE], optional=True),
            self.tr("The entrances go in the middle of the side of the site facing these roads."))

    def _add_outputs(self):
        for name, label, kind in (
                (self.OUTPUT_PLOTS, self.tr("Plots"), compat.SOURCE_POLYGON),
                (self.OUTPUT_SHELTERS, self.tr("Shelter footprints"), compat.SOURCE_POLYGON),
                (self.OUTPUT_BLOCKS, self.tr("Blocks"), compat.SOURCE_POLYGON),
                (self.OUTPUT_ROADS, self.tr("Roads and paths"), compat.SOURCE_POLYGON),
                (self.OUTPUT_FIREBREAKS, self.tr("Firebreaks"), compat.SOURCE_POLYGON),
                (self.OUTPUT_FACILITIES, self.tr("Facilities"), compat.SOURCE_POINT),
                (self.OUTPUT_EXCLUDED, self.tr("Land not used"), compat.SOURCE_POLYGON),
                (self.OUTPUT_PATHS, self.tr("Circulation centrelines (PATHS for washcoverage)"),
                 compat.SOURCE_LINE),
                (self.OUTPUT_DRAINS, self.tr("Drains and outfalls (with a DEM)"), compat.SOURCE_LINE)):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, kind, optional=name != self.OUTPUT_PLOTS, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Layout report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        for key, label in (("capacity_people", self.tr("Capacity to standard (people)")),
                           ("planned_people", self.tr("People planned")),
                           ("unplaced_people", self.tr("People not placed")),
                           ("plots", self.tr("Household plots")),
                           ("usable_area_m2", self.tr("Usable area (m2)")),
                           ("area_per_person_m2", self.tr("Usable area per person (m2)")),
                           ("sites_planned", self.tr("Sites planned")),
                           ("checks_failed", self.tr("Checks the plans fail"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString("messages", self.tr("Messages")))
        self.addOutput(QgsProcessingOutputString("alternative", self.tr("Alternative chosen per site")))
        checks = LayoutCheckText(interface_language())
        for key in CHECK_KEYS:
            self.addOutput(QgsProcessingOutputString("check_" + key, self.tr("Check: {0} (pass, fail or n/a)").format(
                checks.label(key))))
        self.add_intake_outputs()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, with ALTERNATIVES out of its range named with the
        range (QGIS says only "Incorrect parameter value for ALTERNATIVES")."""
        value = parameters.get(self.ALTERNATIVES)
        if isinstance(value, str):  # as qgis_process gives it
            try:
                value = float(value)
                value = int(value) if value.is_integer() else value
            except ValueError:
                pass
        if value is not None and not isinstance(value, str):
            try:
                check_alternatives(value)
            except InputError as error:
                return False, error.worded(CoreMessages.tr)
        return super().checkParameterValues(parameters, context)

    # -- reading -------------------------------------------------------------

    def _raster(self, parameters, name, context):
        layer = self.parameterAsRasterLayer(parameters, name, context)
        return None if layer is None else raster_input(layer)

    def _number(self, parameters, name, context):
        return self.parameterAsDouble(parameters, name, context)

    def _options(self, parameters, context):
        orientation = self._number(parameters, self.ORIENTATION, context)
        return dict(
            path_width=self._number(parameters, self.PATH_WIDTH, context),
            setback=self._number(parameters, self.SETBACK, context),
            household_size=self._number(parameters, self.HOUSEHOLD_SIZE, context),
            plot_width=self._number(parameters, self.PLOT_WIDTH, context),
            plot_depth=self._number(parameters, self.PLOT_DEPTH, context),
            road_width=self._number(parameters, self.ROAD_WIDTH, context),
            orientation=None if orientation < 0 else orientation % 180.0,
            phase=PHASES[self.parameterAsEnum(parameters, self.PHASE, context)],
            wet_threshold=self._number(parameters, self.WET_THRESHOLD, context),
            max_slope_pct=self._number(parameters, self.MAX_SLOPE_PCT, context),
            taps_per_tapstand=self.parameterAsInt(parameters, self.TAPS_PER_TAPSTAND, context))

    @staticmethod
    def _layer_geometries(source, crs, context, kind, label, feedback, tally):
        require_crs(source, label)
        _, geometries, _ = read_geometries(source, crs, context, feedback, kind, label, tally)
        return [g for g in geometries if g is not None]

    def _sites(self, parameters, context, feedback, outputs, site_source, site_label):
        """[SiteRequest] of the site layer; a site without a usable polygon
        is skipped with a message."""
        id_field = self.parameterAsString(parameters, self.SITE_ID_FIELD, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        population = self._number(parameters, self.POPULATION, context)
        if site_source.featureCount() == 0:
            raise QgsProcessingException(self.tr("The site layer has no features: give at least one "
                                                 "site polygon."))
        features, geometries, _ = read_geometries(site_source, site_source.sourceCrs(), context, feedback,
                                                  "polygon", site_label, outputs.intake)
        sites = []
        for feature, geometry in zip(features, geometries):
            label = core_layout.site_label(feature[id_field] if id_field else None, feature.id())
            if geometry is None:
                feedback.reportError(self.tr("Site {0}: no usable polygon, skipped").format(label),
                                     fatalError=False)
                continue
            people = self._people(feature, population_field, population, label, feedback) \
                if population_field else population
            if not people:
                feedback.pushInfo(self.tr("Site {0}: no population to place (0): planned for its "
                                          "full capacity").format(label))
            sites.append(core_layout.SiteRequest(label, geometry, people))
        if not sites:
            raise QgsProcessingException(self.tr("No site has a usable polygon: check the geometries "
                                                 "of the site layer."))
        return sites

    def _id_name(self, parameters, context):
        """How messages name the site ids: the SITE_ID_FIELD, or the feature ids."""
        id_field = self.parameterAsString(parameters, self.SITE_ID_FIELD, context)
        return "SITE_ID_FIELD '%s'" % id_field if id_field else self.tr("Feature ids of the site layer")

    def _people(self, feature, population_field, population, label, feedback):
        """The site's population field, or POPULATION where it has no valid value."""
        people, valid = core_layout.site_people(feature[population_field], population)
        if not valid:
            feedback.reportError(self.tr("Site {0}: no valid value in '{1}'; POPULATION ({2}) "
                                         "is used").format(label, population_field, _whole(population)),
                                 fatalError=False)
        return people

    # -- the run -------------------------------------------------------------

    def execute(self, parameters, context, feedback, outputs):
        profile = self.standards_profile(parameters, context, feedback)
        language = self.report_language(parameters, context)
        notes = layout_report.LayoutNotes(language)
        with outputs.times.phase("read"):  # exclusions and roads are read per site, as it is planned
            site_source = self.source(parameters, self.SITE, context)
            site_label = self.tr("Site boundaries")
            require_crs(site_source, site_label)
            site_crs = site_source.sourceCrs()
            inputs = LayoutInputs(profile, self._options(parameters, context),
                                  self._raster(parameters, self.HAZARD, context),
                                  self._raster(parameters, self.DEM, context),
                                  self.source(parameters, self.EXCLUSIONS, context, required=False),
                                  self.source(parameters, self.ROADS, context, required=False),
                                  self.parameterAsInt(parameters, self.ALTERNATIVES, context))
            sites = self._sites(parameters, context, feedback, outputs, site_source, site_label)
        plans, metric_of, skipped, variants = self._plan_sites(sites, inputs, site_crs, context, feedback, outputs,
                                                               notes, self._id_name(parameters, context))
        with outputs.times.phase("write"):
            results = layers.write_plans(outputs, context, feedback, plans, metric_of, site_crs)
            check_canceled(feedback)
            report_path = outputs.file(self.OUTPUT_REPORT)
            if report_path:
                crs_names = sorted({metric_of[id(p)].authid() for p in plans})
                layout_report.LayoutReport(language, plans, profile, ", ".join(crs_names), variants).write(report_path)
                results[self.OUTPUT_REPORT] = report_path
        results["alternative"] = "\n".join(AlternativesText(language).chosen(p.label, variants[id(p)])
                                           for p in plans if variants.get(id(p)))
        return self._results(results, plans, skipped, feedback, notes)

    def _plan_sites(self, sites, inputs, site_crs, context, feedback, outputs, notes, id_name):
        """(plans, {id(plan): metric QGIS CRS}, [(label, people)] of the sites
        skipped for want of buildable land, {id(plan): [Variant]} with
        ALTERNATIVES above 1): each site planned in the metric CRS of its own extent."""
        plans, metric_of, skipped, variants = [], {}, [], {}
        site_crs_pyproj = to_pyproj(site_crs)
        tallies = [outputs.intake]  # count each layer once, not once per zone

        def layers_in(metric):
            metric_qgis = site_crs if metric == site_crs_pyproj else to_qgis(metric)
            with outputs.times.phase("read"):
                return self._site_layers(inputs, metric_qgis, context, feedback, tallies.pop() if tallies else None)

        for outcome in core_layout.plan_each(sites, site_crs_pyproj, inputs.profile,
                                             core_layout.LayoutOptions(**inputs.options), layers_in,
                                             inputs.hazard, inputs.dem, feedback_monitor(feedback),
                                             id_name, inputs.alternatives):
            site, plan = outcome.site, outcome.plan
            metric_qgis = site_crs if outcome.metric_crs == site_crs_pyproj else to_qgis(outcome.metric_crs)
            feedback.pushInfo(self.tr("Site {0}: planning in {1}").format(site.label, metric_qgis.authid()))
            if plan is None:
                feedback.reportError(outcome.error, fatalError=False)
                skipped.append((site.label, site.people))
                continue
            for message in plan.messages:
                feedback.pushWarning(notes.text(message))
            plans.append(plan)
            metric_of[id(plan)] = metric_qgis
            variants[id(plan)] = outcome.variants
            if outcome.variants:
                feedback.pushInfo(AlternativesText(notes.language).chosen(site.label, outcome.variants))
        return plans, metric_of, skipped, variants

    def _site_layers(self, inputs, crs, context, feedback, tally):
        """(exclusion polygons, union of the existing roads or None) in ``crs``."""
        exclusions = self._layer_geometries(inputs.exclusions, crs, context, "polygon", self.tr("Exclusions"),
                                            feedback, tally) if inputs.exclusions else []
        roads = core_layout.union(self._layer_geometries(inputs.roads, crs, context, "line",
                                                         self.tr("Existing roads"), feedback, tally)) \
            if inputs.roads else None
        return exclusions, roads

    def _results(self, results, plans, skipped, feedback, notes):
        results.update(core_layout.totals(plans, sum(people for _, people in skipped)))
        results["messages"] = "\n".join(notes.text(m) for p in plans for m in p.messages)
        results.update({"check_" + key: verdict for key, verdict in core_layout.check_verdicts(plans).items()})
        feedback.pushInfo(self.tr("Capacity {0} people; planned {1}; not placed {2}").format(
            _whole(results["capacity_people"]), _whole(results["planned_people"]),
            _whole(results["unplaced_people"])))
        checks = LayoutCheckText(interface_language())
        verdicts = {"pass": self.tr("meets the standard"), "fail": self.tr("does not meet the standard")}
        for key in CHECK_KEYS:
            if results["check_" + key] != "n/a":
                feedback.pushInfo(self.tr("{0}: {1}").format(checks.label(key), verdicts[results["check_" + key]]))
        return results


# The figures the help lists, read from the profiles (_help_figures).
HELP_FIGURES = ("site_area_m2_per_person", "covered_area_m2_per_person", "shelter_spacing_m", "firebreak_width_m",
                "firebreak_spacing_m", "max_distance_to_water_m", "people_per_tap", "max_distance_to_toilet_m",
                "people_per_toilet_emergency", "people_per_toilet_medium_term", "female_to_male_toilet_ratio",
                "min_distance_toilet_to_water_m", "cluster_spacing_m", "block_spacing_m", "max_slope_pct",
                "households_per_community", "communities_per_block", "blocks_per_sector",
                "people_per_health_centre", "people_per_school", "people_per_market",
                "people_per_distribution_point", "people_per_household")


# The figures the zoning help lists (_help_zoning).
ZONING_HELP_FIGURES = (
    "max_distance_gate_services_to_primary_m", "reception_area_m2", "max_distance_market_to_entrance_m",
    "max_distance_distribution_to_entrance_m", "administration_area_m2", "min_distance_health_to_flood_m",
    "max_distance_health_to_vehicle_road_m", "people_per_child_friendly_space", "min_distance_school_to_busy_m",
    "min_distance_school_to_primary_m", "people_per_womens_safe_space", "max_distance_safe_space_to_services_m",
    "extension_reserve_pct", "people_per_bathing_facility", "people_per_laundry_facility", "people_per_refuse_bin",
    "pupils_per_toilet_girls", "pupils_per_toilet_boys", "school_age_pct", "outpatients_per_toilet",
    "consultations_per_person_year", "stalls_per_toilet", "people_per_market_stall",
    "people_per_reception_toilet", "reception_people_per_day")


def _default_figure(key):
    """A figure of the default profile for a parameter's help."""
    return figure_brief(load_profile(DEFAULT_PROFILE).figure(key))


def _whole(value):
    return format_number(value, 0, interface_language())
