"""The WASH coverage report (HTML), in the language the user picks."""
from ..common.report import HtmlReport, LanguageText


class WashReport(HtmlReport):
    def __init__(self, language, profile, phase, result, network_mode, water_ids, water_kinds,
                 latrine_ids, duplicates=None):
        super().__init__(language, "")
        self.title = self.tr("WASH coverage report")
        self.paragraph(self.tr("Standard: {0}. Phase: {1}. Distances: {2}.").format(
            profile.title_in(language), self.tr("emergency") if phase == "emergency" else self.tr("medium term"),
            self.tr("walking distance along the path network") if network_mode else self.tr("straight line")))
        self._summary(result)
        checks = WashCheckText(language)
        self.heading(self.tr("Checks against the standard"))
        self.table([self.tr("Check"), self.tr("Measured"), self.tr("Standard (source)"), self.tr("Verdict")],
                   [[checks.label(check.key), checks.measured(check), self.figure_text(check.figure),
                     check.passed] for check in result.checks], verdict_column=3)
        self._facilities(result, water_ids, water_kinds, latrine_ids)
        self._gaps_and_suggestions(result)
        self._floods(result, profile)
        self._duplicates(duplicates or {})

    def _duplicates(self, duplicates):
        """Identifiers carried by more than one feature: {'water' / 'latrine' / 'shelter': (field, {id: count})}."""
        if not duplicates:
            return
        layers = {"water": self.tr("Water points"), "latrine": self.tr("Latrines"), "shelter": self.tr("Shelters")}
        self.heading(self.tr("Identifiers carried by more than one feature"))
        self.table([self.tr("Layer"), self.tr("Field"), self.tr("Identifier"), self.tr("Features")],
                   [[layers[kind], field, value, count] for kind, (field, repeated) in duplicates.items()
                    for value, count in sorted(repeated.items())])

    def _summary(self, result):
        summary = result.summary
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

    def _facilities(self, result, water_ids, water_kinds, latrine_ids):
        self.heading(self.tr("Water points"))
        load = result.water.load
        self.table([self.tr("Water point"), self.tr("Type"), self.tr("People served"), self.tr("Load")],
                   [[water_ids[i], self.kind_label(water_kinds[i]), self.number(load.assigned_people[i]),
                     self.percent(load.load_pct[i])] for i in range(len(water_ids))])
        if result.latrines is None:
            return
        load = result.latrines.load
        crowded = [i for i in range(len(latrine_ids)) if load.overloaded[i] or result.contamination_risk[i]]
        self.heading(self.tr("Latrines overloaded or too close to water"))
        self.table([self.tr("Latrine"), self.tr("People served"), self.tr("Load"),
                    self.tr("Nearest water point (m)")],
                   [[latrine_ids[i], self.number(load.assigned_people[i]), self.percent(load.load_pct[i]),
                     self.number(result.contamination_distance[i], 1)] for i in crowded])

    def _gaps_and_suggestions(self, result):
        summary = result.summary
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

    def _floods(self, result, profile):
        """Per flood scenario: who loses access, what is out of service or unknown, the gaps."""
        if result.flood is None:
            return
        self.heading(self.tr("Floods: access per scenario"))
        self.paragraph(self.tr(
            "In each scenario, water points and latrines on wet land are out of service, shelters on wet land "
            "are flagged and paths are cut where the water is deeper than {0} (without a depth, every wet "
            "stretch). Unknown land (nodata, outside the raster) is never taken as dry: a facility there has an "
            "unknown service, and a household whose verdict it decides is counted as unknown.").format(
            self.figure_text(profile.figure("flood_passable_depth_m"))))
        latrines = result.latrines is not None
        headers = [self.tr("Figure")] + [s.name for s in result.flood.scenarios]
        rows_spec = [(self.tr("Shelters on wet land"), "flooded_shelters", 0),
                     (self.tr("People in shelters on wet land"), "flooded_people", 0),
                     (self.tr("Shelters on unknown land"), "unknown_shelters", 0),
                     (self.tr("Water points on wet land (out of service)"), "flooded_water_points", 0),
                     (self.tr("Water points of unknown service"), "unknown_water_points", 0),
                     (self.tr("Households within the water point distance"), "pct_within_water_distance", None),
                     (self.tr("People who lose water within the standard distance"), "water_lost_people", 0),
                     (self.tr("People whose access to water is unknown"), "water_unknown_people", 0),
                     (self.tr("Overloaded water points"), "overloaded_water_points", 0),
                     (self.tr("People in water gaps"), "water_gap_people", 0)]
        if latrines:
            rows_spec += [(self.tr("Latrines on wet land (out of service)"), "flooded_latrines", 0),
                          (self.tr("Latrines of unknown service"), "unknown_latrines", 0),
                          (self.tr("Households within the toilet distance"), "pct_within_latrine_distance", None),
                          (self.tr("People who lose a toilet within the standard distance"), "latrine_lost_people", 0),
                          (self.tr("People whose access to a toilet is unknown"), "latrine_unknown_people", 0),
                          (self.tr("Overloaded latrines"), "overloaded_latrines", 0),
                          (self.tr("People in latrine gaps"), "latrine_gap_people", 0)]
        rows_spec += [(self.tr("Path cut by deep water (m)"), "cut_path_m", 0),
                      (self.tr("Path on unknown land (m)"), "unknown_path_m", 0)]
        body = []
        for label, key, decimals in rows_spec:
            cells = [label]
            for scenario in result.flood.scenarios:
                value = scenario.summary[key]
                cells.append(self.percent(value) if decimals is None else self.number(value, decimals))
            body.append(cells)
        self.table(headers, body)

    def kind_label(self, kind):
        return {"tap": self.tr("tap"), "handpump": self.tr("hand pump"), "well": self.tr("open well")}[kind]


class WashCheckText(LanguageText):
    """What each WASH check is and its measured value, for the report and the log."""

    def label(self, key):
        return {
            "water_distance": self.tr("Households within the water point distance"),
            "water_point_load_tap": self.tr("Overloaded taps"),
            "water_point_load_handpump": self.tr("Overloaded hand pumps"),
            "water_point_load_well": self.tr("Overloaded open wells"),
            "latrine_distance": self.tr("Households within the toilet distance"),
            "people_per_toilet": self.tr("People per functional toilet"),
            "latrine_water_spacing": self.tr("Latrines closer to a water point than allowed"),
            "female_male_ratio": self.tr("Female toilets per male toilet"),
        }[key]

    def measured(self, check):
        if check.key in ("water_distance", "latrine_distance"):
            return self.percent(check.measured)
        return self.number(check.measured, 1 if check.key in ("people_per_toilet", "female_male_ratio") else 0)
