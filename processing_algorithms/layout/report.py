"""The HTML report of malisites:sitelayout, in the report language: capacity
and why it differs from area / m2 per person, the land budget, facilities,
and every check against the standards profile."""
from ...mali_sites_plugin.layout.plan import HOUSEHOLD, LEFTOVER, REASONS, VACANT
from ...mali_sites_plugin.layout.options import ROAD_METRES_SCALE
from ..common.report import HtmlReport, LanguageText

FACILITY_KINDS = ("water_point", "latrine_block", "health_post", "school", "distribution_point",
                  "market", "entrance", "reception", "administration", "child_friendly_space", "womens_safe_space",
                  "extension_reserve", "bathing_facility", "laundry_facility", "refuse_point", "institution_toilet")
WITH_CUBICLES = ("latrine_block", "bathing_facility", "institution_toilet")  # female / male cubicles
WITH_UNITS = ("laundry_facility", "refuse_point")  # slabs, bins


class LayoutReport(HtmlReport):
    def __init__(self, language, plans, profile, crs_name="", variants=None):
        super().__init__(language, "")
        self.variants = variants or {}  # id(plan) -> [layout.alternatives.Variant]
        self.title = self.tr("Site layout plan")
        self.paragraph(self.tr("Standard: {0} ({1}).").format(profile.title_in(language),
                                                               profile.edition or profile.id))
        several = len(plans) > 1
        if several:
            self.heading(self.tr("All sites"))
            self.table([self.tr("Site"), self.tr("Capacity to standard (people)"), self.tr("Population to place"),
                        self.tr("People planned"), self.tr("People not placed"),
                        self.tr("Usable (buildable) area (m2)"), self.tr("Usable area per person planned (m2)")],
                       [[p.label, self.number(p.capacity_people),
                         self.number(p.requested_people) if p.requested_people else "-",
                         self.number(p.planned_people), self.number(p.unplaced_people),
                         self.number(p.usable_area_m2), self.number(p.area_per_person_m2, 1)] for p in plans])
        for plan in plans:
            self._site(plan, profile, several)
        self.heading(self.tr("Method"))
        self.paragraph(self.tr(
            "Buildable land is the site minus the setback ring, the exclusions, the cells of the hazard raster "
            "deeper than the wet threshold and the cells of the DEM steeper than the maximum slope. Plots are "
            "laid on a grid that follows the site's long side (or the orientation given); every plot fronts a "
            "path or a lane. Distances are straight lines between plot centres and facilities, measured in {0}. "
            "Each household uses its nearest facility, as the WASH coverage audit counts it: water points are "
            "spread so that none serves more than its ratio, latrine blocks are sized to the households nearest "
            "them (cubicles at the phase's ratio, female and male at the standard's ratio), and no latrine "
            "stands nearer a water point than the standard allows.").format(crs_name or "UTM"))

    def _site(self, plan, profile, several):
        level = 3 if several else 2
        if several:
            self.heading("%s %s" % (self.tr("Site"), plan.label))
        self.heading(self.tr("Summary"), level)
        stats = plan.stats
        self.table([self.tr("Figure"), self.tr("Value")], [
            [self.tr("Site area (m2)"), self.number(plan.site_area_m2)],
            [self.tr("Usable (buildable) area (m2)"), self.number(plan.usable_area_m2)],
            [self.tr("Capacity to standard (people)"), self.number(plan.capacity_people)],
            [self.tr("Capacity (households)"), self.number(plan.capacity_households)],
            [self.tr("Population to place"), self.number(plan.requested_people) if plan.requested_people
             else self.tr("none given: plan for the capacity")],
            [self.tr("People planned"), self.number(plan.planned_people)],
            [self.tr("Households planned (plots)"), self.number(plan.planned_households)],
            [self.tr("People not placed"), self.number(plan.unplaced_people)],
            [self.tr("Usable area per person planned (m2)"), self.number(plan.area_per_person_m2, 1)],
            [self.tr("Plot size (m)"), "%s x %s" % (self.number(plan.plot_width, 1), self.number(plan.plot_depth, 1))],
            [self.tr("Orientation of the plot rows (degrees from grid north)"), self.number(plan.orientation_deg, 1)]])
        rows, columns = stats.community_shape
        phase = self.tr("emergency") if stats.phase == "emergency" else self.tr("medium term")
        self.paragraph(self.tr(
            "Community: {0} rows of {1} plots; block: {2} x {3} communities; sector: {4} x {5} blocks. "
            "Paths {6} m between row pairs, lanes {7} m between communities (cluster spacing), roads {8} m "
            "between blocks, firebreaks {9} m; setback {10} m from the boundary; household size {11}; "
            "phase: {12}.").format(
            rows, columns, stats.block_shape[0], stats.block_shape[1], stats.sector_shape[0],
            stats.sector_shape[1], self.number(stats.path_width_m, 1), self.number(stats.lane_width_m, 1),
            self.number(stats.road_width_m, 1), self.number(stats.firebreak_width_m, 1),
            self.number(stats.setback_m, 1), self.number(plan.household_size, 1), phase))
        gates = sum(1 for f in plan.facilities if f.kind == "entrance")
        crossings = sum(1 for p in plan.paths if p.kind == "crossing")
        self.paragraph(self.tr(
            "Circulation: a primary road {0} m wide runs round the inside of each part of the buildable land "
            "and joins the roads between blocks, the lanes and the paths; {1} entrance(s) stand on the side "
            "facing the public road, each joined to the loop by an entrance road; {2} crossing(s) join parts "
            "cut off by a stream or an exclusion. Every household plot fronts a road, lane or path of this "
            "network (OUTPUT_PATHS holds its centrelines, for malisites:washcoverage PATHS).").format(
            self.number(profile.value("primary_road_width_m"), 1), gates, crossings))
        if self.variants.get(id(plan)):
            AlternativesText(self.language).write(self, self.variants[id(plan)], level)
        self._capacity(plan, profile, level)
        self._land_budget(plan, level)
        self._facilities(plan, level)
        self._terrain(plan, profile, level)
        self.heading(self.tr("Checks against the standard"), level)
        if plan.checks:
            checks = LayoutCheckText(self.language)
            self.table([self.tr("Check"), self.tr("Measured"), self.tr("Standard (source)"), self.tr("Verdict")],
                       [[checks.label(c.key), self.number(c.measured, 0 if c.key.startswith("people_per_tap") else 1),
                         self.figure_text(c.figure), c.passed] for c in plan.checks], verdict_column=3)
        else:
            self.paragraph(self.tr("none"))
        if plan.messages:
            self.heading(self.tr("Messages"), level)
            notes = LayoutNotes(self.language)
            for message in plan.messages:
                self.paragraph(notes.text(message))

    def _capacity(self, plan, profile, level):
        stats = plan.stats
        figure = profile.figure("site_area_m2_per_person")
        ideal = plan.site_area_m2 / figure.value
        lost = plan.site_area_m2 - plan.usable_area_m2
        leftover = stats.excluded_area_m2.get(LEFTOVER, 0.0)
        facility_plots = sum(count for use, count in stats.plots_by_use.items() if use not in (HOUSEHOLD, VACANT))
        self.heading(self.tr("Why the capacity differs from area / m2 per person"), level)
        self.paragraph(self.tr(
            "The site area divided by the standard's {0} m2 per person gives {1} people; the plan holds {2} "
            "({3} of that figure). The standard counts usable land: the setback ring, exclusions, flood-prone "
            "and steep land take {4} m2 ({5} of the site), which leaves {6} m2, or {7} people at the standard. "
            "On that land the plan keeps at least {0} m2 per person: the plot size is derived so that the usable "
            "area per person comes out at the standard, rounded up to 0.1 m, and only whole plots are kept; {8} "
            "m2 of buildable land is left over along edges and around obstacles; {9} plots are taken by water "
            "points, latrine blocks, communal services and the extension reserve, which hold nobody.").format(
            self.number(figure.value, 0 if figure.value == int(figure.value) else 1), self.number(ideal),
            self.number(plan.capacity_people), self.percent(100.0 * plan.capacity_people / ideal if ideal else 0.0),
            self.number(lost), self.percent(100.0 * lost / plan.site_area_m2 if plan.site_area_m2 else 0.0),
            self.number(plan.usable_area_m2), self.number(plan.usable_area_m2 / figure.value),
            self.number(leftover), self.number(facility_plots)))
        if stats.plot_size_given:
            self.paragraph(self.tr(
                "The plot size was given (PLOT_WIDTH and PLOT_DEPTH), so the capacity is what those plots hold; "
                "the check on usable area per person below says whether that density meets the standard."))

    def _land_budget(self, plan, level):
        stats = plan.stats
        road_labels = {"primary": self.tr("Primary road (loop, crossings)"),
                       "secondary": self.tr("Secondary roads between blocks"),
                       "lane": self.tr("Lanes between communities"),
                       "path": self.tr("Paths between plot rows"), "entrance": self.tr("Entrance roads")}
        reason_labels = {"setback": self.tr("Setback along the boundary"), "exclusion": self.tr("Exclusions"),
                         "flood": self.tr("Flood-prone land"), "slope": self.tr("Land steeper than the maximum slope"),
                         "leftover": self.tr("Buildable land left over")}
        rows = [[self.tr("Household plots"), stats.household_plot_area_m2],
                [self.tr("Plots for facilities and services"), stats.facility_plot_area_m2],
                [self.tr("Vacant plots"), stats.vacant_plot_area_m2]]
        rows += [[road_labels[c], stats.road_area_m2[c]] for c in road_labels if c in stats.road_area_m2]
        rows.append([self.tr("Firebreaks"), stats.firebreak_area_m2])
        rows += [[reason_labels[r], stats.excluded_area_m2[r]] for r in REASONS if r in stats.excluded_area_m2]
        total = plan.site_area_m2 or 1.0
        self.heading(self.tr("Land budget"), level)
        self.table([self.tr("Land use"), self.tr("Area (m2)"), self.tr("Share of the site")],
                   [[label, self.number(area), self.percent(100.0 * area / total)] for label, area in rows])

    def _facilities(self, plan, level):
        labels = {"water_point": self.tr("Tapstands"),
                  "latrine_block": self.tr("Latrine blocks (a female and a male compartment each)"),
                  "health_post": self.tr("Health posts"), "school": self.tr("Schools"),
                  "distribution_point": self.tr("Distribution points"), "market": self.tr("Markets"),
                  "entrance": self.tr("Entrance"), "reception": self.tr("Reception and registration areas"),
                  "administration": self.tr("Administration"),
                  "child_friendly_space": self.tr("Child-friendly spaces"),
                  "womens_safe_space": self.tr("Women's safe spaces"),
                  "extension_reserve": self.tr("Extension reserve (plots)"),
                  "bathing_facility": self.tr("Bathing facilities (cubicles)"),
                  "laundry_facility": self.tr("Laundry facilities (slabs)"),
                  "refuse_point": self.tr("Refuse points (100 L bins)"),
                  "institution_toilet": self.tr("Toilets at schools, health posts, markets and reception")}
        rows = []
        for kind in FACILITY_KINDS:
            members = [f for f in plan.facilities if f.kind == kind]
            if not members:
                continue
            capacities = sorted({f.capacity for f in members if f.capacity is not None})
            capacity = "-" if not capacities else (self.number(capacities[0]) if len(capacities) == 1 else
                                                    "%s-%s" % (self.number(capacities[0]), self.number(capacities[-1])))
            cubicles = "-"
            # a latrine block's compartments count once; the extension reserve in plots
            count = sum(f.plots for f in members) if kind == "extension_reserve" else \
                len({f.block or f.facility_id for f in members})
            if kind == "water_point":
                cubicles = self.tr("%s taps") % self.number(sum(f.taps or 1 for f in members))
            elif kind in WITH_CUBICLES:
                cubicles = "%s (%s / %s)" % (self.number(sum(f.cubicles for f in members)),
                                             self.number(sum(f.female_cubicles for f in members)),
                                             self.number(sum(f.male_cubicles for f in members)))
            elif kind in WITH_UNITS:
                cubicles = self.number(sum(f.units for f in members))
            served = max(f.people_served for f in members) if kind != "entrance" else None
            rows.append([labels[kind], count, capacity, "-" if served is None else self.number(served), cubicles])
        self.heading(self.tr("Facilities"), level)
        if rows:
            self.table([self.tr("Kind"), self.tr("Number"), self.tr("Capacity (people each)"),
                        self.tr("Most people served by one"),
                        self.tr("Cubicles (female / male), taps, slabs or bins")], rows)
        else:
            self.paragraph(self.tr("none"))


    def _terrain(self, plan, profile, level):
        """Drains and the blocks whose slope is outside the ideal range (with a DEM)."""
        measured = [b for b in plan.blocks if b.slope_class is not None]
        if not plan.drains and not measured:
            return
        self.heading(self.tr("Terrain and drains"), level)
        kinds = {"roadside": self.tr("Roadside drains"), "collector": self.tr("Collector drains"),
                 "outfall": self.tr("Outfall drains")}
        rows = [[kinds[kind], len(members), self.number(sum(d.length_m for d in members)),
                 self.number(max(d.slope_pct for d in members), 1)]
                for kind, members in ((k, [d for d in plan.drains if d.kind == k]) for k in kinds) if members]
        if rows:
            self.table([self.tr("Drains"), self.tr("Number"), self.tr("Length (m)"), self.tr("Steepest (%)")], rows)
        outfalls = {d.outfall_id for d in plan.drains if d.outfall_id is not None}
        self.paragraph(self.tr("{0} outfall(s) at low points of the site boundary; {1} drain(s) reach none.").format(
            len(outfalls), sum(1 for d in plan.drains if d.outfall_id is None)))
        classes = {"below_ideal": self.tr("below the ideal range"), "above_ideal": self.tr("above the ideal range"),
                   "too_steep": self.tr("steeper than the maximum")}
        outside = [b for b in measured if b.slope_class != "ideal"]
        self.paragraph(self.tr("Blocks outside the ideal slope (mean slope {0} and {1}; steepest cell {2}), of {3} "
                               "measured: {4}.").format(
            self.figure_text(profile.figure("slope_ideal_min_pct")), self.figure_text(profile.figure("slope_ideal_max_pct")),
            self.figure_text(profile.figure("max_slope_pct")), len(measured), len(outside)))
        if outside:
            self.table([self.tr("Block"), self.tr("Mean slope (%)"), self.tr("Steepest slope (%)"), self.tr("Class")],
                       [[b.block_id, self.number(b.mean_slope_pct, 1), self.number(b.max_slope_pct, 1),
                         classes[b.slope_class]] for b in outside])


class LayoutNotes(LanguageText):
    """The planner's notes (common.notes.Note) in a language: the
    translated twin of the English wording in mali_sites_plugin.layout.land.NOTE_TEXT."""

    def text(self, note):
        template = {
            "site_too_small": self.tr("Site {0} is too small for {1} people: the plan holds {2} to standard; "
                                      "{3} people could not be placed and need another site"),
            "water_unresolved": self.tr("Site {0}: {1} plot(s) could not be given a water point within the "
                                        "standard distance and capacity"),
            "tapstand_large": self.tr("Site {0}: {1} tapstand(s) have more taps than the {2} per stand "
                                      "asked, to keep to the people per tap: no plot they serve is far "
                                      "enough from every latrine block for another stand ({3} taps)"),
            "no_plot": self.tr("Site {0}: no whole plot fits on its {1} m2 of buildable land"),
            "hazard_nodata": self.tr("HAZARD raster '{0}': {1} % of the site's cells have no data; they are "
                                     "treated as dry"),
            "hazard_partial": self.tr("HAZARD raster '{0}' covers only {1} % of the site; the rest is treated "
                                      "as dry"),
            "dem_nodata": self.tr("DEM raster '{0}': {1} % of the site's cells have no data; they are treated "
                                  "as flat enough"),
            "dem_partial": self.tr("DEM raster '{0}' covers only {1} % of the site; the rest is treated as flat "
                                   "enough"),
            "part_gate": self.tr("Site {0}: a part of the land cut off from the other entrances fronts the "
                                 "public road; it gets an entrance of its own ({1})"),
            "far_gate": self.tr("Site {0}: households were more than {2} m from every entrance on the side facing "
                                "the public road; an entrance on another side ({1}) brings them nearer: give it "
                                "an access track"),
            "part_crossing": self.tr("Site {0}: a part of the land cut off by a stream or exclusion is joined "
                                     "to the rest by a crossing (culvert, ford or bridge) {1} m long on the "
                                     "primary road"),
            "rows_contour": self.tr("Site {0}: the buildable land falls {1} % on average toward azimuth {2} "
                                    "degrees, at least the ideal minimum slope of {3} %; the plot rows and roads "
                                    "follow the contours, across the fall"),
            "rows_flat": self.tr("Site {0}: the buildable land falls {1} % on average, less than the ideal "
                                 "minimum slope of {2} %; the plot rows follow the site's long side"),
            "drains_no_dem": self.tr("Site {0}: no drains are planned without a DEM: give an elevation model "
                                     "(DEM) to lay out drains along the roads and their outfalls"),
            "drains_hollow": self.tr("Site {0}: {1} drain(s) cannot reach a low point of the boundary without "
                                     "water climbing (a hollow or level land): they need a soakaway, regrading "
                                     "or a culvert out of the site"),
            "drains_nodata": self.tr("Site {0}: {1} road stretch(es) have no DEM data at an end and get no drain: "
                                     "give a DEM that covers the whole site"),
        }[note.code]
        return template.format(*(self.number(v, 0 if float(v).is_integer() else 1)
                                 if isinstance(v, (int, float)) else v for v in note.values))


class LayoutCheckText(LanguageText):
    """What each check of a site plan measures (mali_sites_plugin.layout.tables.CHECK_KEYS),
    for the report, the log and the names of the run's results."""

    def label(self, key):
        return {
            "site_area_m2_per_person": self.tr("Usable area per person (m2)"),
            "covered_area_m2_per_person": self.tr("Covered area per person (m2)"),
            "shelter_spacing_m": self.tr("Space between shelters (m)"),
            "firebreak_width_m": self.tr("Firebreak width (m)"),
            "firebreak_spacing_m": self.tr("Longest built-up stretch between firebreaks (m)"),
            "cluster_spacing_m": self.tr("Space between communities (m)"),
            "block_spacing_m": self.tr("Space between blocks (m)"),
            "max_distance_to_water_m": self.tr("Farthest household from its water point (m)"),
            "people_per_tap": self.tr("Most people at one tap"),
            "max_distance_to_toilet_m": self.tr("Farthest household from its latrine (m)"),
            "people_per_toilet": self.tr("People per toilet"),
            "people_per_toilet_emergency": self.tr("People per toilet (emergency)"),
            "people_per_toilet_medium_term": self.tr("People per toilet (medium term)"),
            "min_distance_toilet_to_water_m": self.tr("Nearest latrine to a water point (m)"),
            "female_to_male_toilet_ratio": self.tr("Female toilets per male toilet"),
            "people_per_health_centre": self.tr("People per health post"),
            "people_per_school": self.tr("People per school"),
            "people_per_distribution_point": self.tr("People per distribution point"),
            "people_per_market": self.tr("People per market"),
            "max_slope_pct": self.tr("Steepest slope under a plot (%)"),
            "max_distance_to_entrance_m": self.tr("Farthest household from an entrance, along the paths (m)"),
            "walking_distance_to_water_m": self.tr("Farthest household from a water point, along the paths (m)"),
            "walking_distance_to_toilet_m": self.tr("Farthest household from a latrine, along the paths (m)"),
            "min_distance_plot_to_flood_m": self.tr("Nearest plot to flood-prone land (m)"),
            "min_distance_latrine_to_flood_m": self.tr("Nearest latrine to flood-prone land (m)"),
            "max_distance_distribution_to_entrance_m": self.tr("Farthest distribution point from an entrance (m)"),
            "max_distance_market_to_entrance_m": self.tr("Farthest market from an entrance (m)"),
            "max_distance_reception_to_entrance_m": self.tr("Farthest reception area from an entrance (m)"),
            "max_distance_gate_services_to_primary_m": self.tr(
                "Farthest distribution point, market or reception from the primary road (m)"),
            "max_distance_health_to_vehicle_road_m": self.tr(
                "Farthest health post from a primary or secondary road (m)"),
            "min_distance_health_to_flood_m": self.tr("Nearest health post to flood-prone land (m)"),
            "min_distance_school_to_busy_m": self.tr(
                "Nearest school or child-friendly space to a distribution point, market or reception (m)"),
            "min_distance_school_to_primary_m": self.tr(
                "Nearest school or child-friendly space to the primary road (m)"),
            "max_distance_safe_space_to_services_m": self.tr(
                "Farthest women's safe space from a health post, school or distribution point (m)"),
            "people_per_bathing_facility": self.tr("Most people per bathing cubicle"),
            "people_per_laundry_facility": self.tr("Most people per laundry slab"),
            "people_per_refuse_bin": self.tr("Most people per refuse bin"),
            "people_per_child_friendly_space": self.tr("People per child-friendly space"),
            "people_per_womens_safe_space": self.tr("People per women's safe space"),
            "pupils_per_toilet_girls": self.tr("Most girls per school toilet"),
            "pupils_per_toilet_boys": self.tr("Most boys per school toilet"),
            "outpatients_per_toilet": self.tr("Most outpatients a day per health post toilet"),
            "stalls_per_toilet": self.tr("Most market stalls per toilet"),
            "people_per_reception_toilet": self.tr("Most arrivals a day per reception toilet"),
            "extension_reserve_pct": self.tr("Extension reserve (% of the plots)"),
        }[key]


class AlternativesText(LanguageText):
    """The variants of a site's plan (mali_sites_plugin.layout.alternatives) in a language."""

    def entrance(self, shift):
        """Where the entrances stand along the side facing the road (alternatives.ENTRANCE_SHIFTS)."""
        if shift < 0:
            return self.tr("1/6 before the middle")
        if shift > 0:
            return self.tr("1/6 after the middle")
        return self.tr("at the middle")

    def chosen(self, label, variants):
        """One line: the variant kept for site ``label`` and why."""
        best = next(v for v in variants if v.chosen)
        return self.tr("Site {0}: alternative {1} of {2} kept: rows at {3} degrees from grid north, {4} "
                       "communities per block, entrance {5}; {10} check(s) failed, score {6} (people housed {7}, {8} "
                       "within walking distance of water and toilet, {9} m of road per person)").format(
            label, best.number, len(variants), self.number(best.orientation_deg, 1), best.communities_per_block,
            self.entrance(best.entrance_shift), self.number(best.score), self.number(best.people),
            self.percent(100.0 * best.within_share), self.number(best.road_m_per_person, 2), best.checks_failed)

    def write(self, report, variants, level):
        """The section of ``report`` (an HtmlReport) comparing ``variants``."""
        report.heading(self.tr("Alternatives compared"), level)
        report.paragraph(self.tr(
            "Each variant is a full plan of the site. Score (people) = people housed x (share of the households "
            "within walking distance of both water and toilet, along the plan's paths - metres of primary and "
            "secondary road per person / {0}): people housed first, a household beyond the walking distances "
            "counts for nothing, and every {0} m of vehicle road costs one person. Kept: the variant that fails the "
            "fewest checks against the standard, then the highest score; of equal ones, the first. Entrance: where each entrance stands in its share of the side facing the road "
            "(the whole side for one entrance).").format(self.number(ROAD_METRES_SCALE)))
        yes = self.tr("yes")
        rows = []
        for v in variants:
            if v.plan is None:
                rows.append([str(v.number), self.number(v.orientation_deg, 1), str(v.communities_per_block),
                             self.entrance(v.entrance_shift), self.tr("not planned: {0}").format(v.error),
                             "-", "-", "-", "-", ""])
                continue
            rows.append([str(v.number), self.number(v.orientation_deg, 1), str(v.communities_per_block),
                         self.entrance(v.entrance_shift), self.number(v.people), self.percent(100.0 * v.within_share),
                         self.number(v.road_m_per_person, 2), str(v.checks_failed), self.number(v.score),
                         yes if v.chosen else ""])
        report.table([self.tr("Variant"), self.tr("Orientation (degrees from grid north)"),
                      self.tr("Communities per block"), self.tr("Entrance"), self.tr("People housed"),
                      self.tr("Households within walking distance of water and toilet"),
                      self.tr("Road per person (m)"), self.tr("Checks failed"), self.tr("Score (people)"),
                      self.tr("Kept")], rows)
