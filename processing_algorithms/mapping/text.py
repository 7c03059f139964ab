"""The words of a printed site map, in the map's language."""
import math

from ..common.report import LanguageText


class MapText(LanguageText):
    """Printed words, in the map's language."""

    def date(self, day):
        months_fr = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre")
        if self.language == "fr":
            return "%d %s %d" % (day.day, months_fr[day.month - 1], day.year)
        return day.strftime("%d %B %Y").lstrip("0")

    def source_title(self, kind):
        """What a data source of an overview is: 'sites' or 'wash'."""
        return {"sites": self.tr("Sites"), "wash": self.tr("WASH coverage")}[kind]

    def coordinates(self, crs, centre):
        lon, lat = centre.x(), centre.y()
        position = "%s° %s, %s° %s" % (self.number(abs(lat), 5), "N" if lat >= 0 else "S",
                                       self.number(abs(lon), 5), ("E" if lon >= 0 else ("O" if self.language == "fr" else "W")))
        return self.tr("CRS: {0} ({1}); grid in metres.\nSite centre: {2} (WGS 84)").format(
            crs.authid(), crs.description(), position)

    def sources(self, entries, author, versions, compliance_box=True):
        """The data sources box: ``entries`` [(layer title, file name or None, date)],
        ``versions`` (QGIS, Mali Sites); ``compliance_box``: the page has one, where its standards are."""
        parts = []
        for title, name, day in entries:
            where = name if name else self.tr("computed in this QGIS session")
            parts.append(("%s : %s (%s)" if self.language == "fr" else "%s: %s (%s)") % (title, where, self.date(day)))
        lines = [self.tr("Data sources:") + " " + (" ; " if self.language == "fr" else "; ").join(parts) + "."]
        lines.append(self.tr("Boundaries: Natural Earth (public domain), shipped with QGIS."))
        if compliance_box:
            lines.append(self.tr("Standards: see the compliance box. Made with QGIS {0} and Mali Sites {1}.").format(
                *versions))
        else:
            lines.append(self.tr("Made with QGIS {0} and Mali Sites {1}.").format(*versions))
        if author:
            lines.append(self.tr("Produced by: {0}").format(author))
        return "\n".join(lines)

    def notes(self, sharing, contact):
        """Sharing restriction, purpose, accuracy limits and contact, as the CCCM guide asks."""
        lines = [self.tr("For humanitarian purposes only.") + " " + {
            "public": self.tr("Sharing: public."),
            "partners": self.tr("Sharing: humanitarian partners only."),
            "internal": self.tr("Sharing: internal use only, do not share.")}[sharing],
            self.tr("Accuracy: positions are as good as their sources (a handheld GPS: about 5 m); a site "
                    "plan is a design to be set out on the ground; boundaries and names do not imply "
                    "official endorsement."),
            self.tr("Contact: {0}").format(contact or "-")]
        return "\n".join(lines)

    def scale(self):
        """The numeric scale of the main map (a layout expression: the page's own scale)."""
        separator = "\u202f" if self.language == "fr" else ","
        number = ("[%% regexp_replace(to_string(round(item_variables('main_map')['map_scale'])), "
                  "'(\\\\d)(?=(\\\\d{3})+$)', '\\\\1%s') %%]" % separator)
        return self.tr("Scale 1:{0}").format(number)

    def place(self, region, site):
        """'Mali - Mopti - Socoura' (country - region - site), as the CCCM guide titles a site map."""
        return " - ".join(part for part in ("Mali", region, site) if part)

    def continued_legend(self):
        return self.tr("Legend (continued)")

    def continued_group(self, heading):
        """The heading of a legend group going on in the next column or page."""
        return "%s (%s)" % (heading, self.tr("cont."))

    def legend_groups(self):
        return {"site": self.tr("Site"), "plan": self.tr("Site plan (designed)"),
                "survey": self.tr("Surveyed on the ground"), "flood": self.tr("Flood")}

    def _line(self, label, value, decimals=0, suffix=""):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        return ("%s : %s%s" if self.language == "fr" else "%s: %s%s") % (label, self.number(value, decimals), suffix)

    def summary(self, site, class_name=lambda name: name):
        """The summary box of one site (figures.SiteTotals); ``class_name``
        gives a flood hazard class in the page's language."""
        lines = []

        def add(label, value, decimals=0, suffix=""):
            line = self._line(label, value, decimals, suffix)
            if line:
                lines.append(line)

        add(self.tr("Households"), site.households)
        add(self.tr("Individuals"), site.individuals)
        add(self.tr("Site area"), site.area_m2 / 10000.0, 2, " ha")
        surveyed = [value for value in (site.shelters, site.water_points, site.latrines) if value is not None]
        if site.plan is not None and surveyed:
            lines.append(self.tr("Surveyed on the ground:"))
        add(self.tr("Shelters"), site.shelters)
        working = site.functional_water_points
        add(self.tr("Water points"), site.water_points,
            suffix="" if working is None else " " + self.tr("({0} functional)").format(self.number(working)))
        cubicles = site.functional_cubicles
        add(self.tr("Latrines"), site.latrines,
            suffix="" if cubicles is None else " " + self.tr("({0} functional cubicles)").format(
                self.number(cubicles)))
        add(self.tr("People within reach of water"), site.pct_people_within_water, 1, " %")
        add(self.tr("People within reach of a toilet"), site.pct_people_within_toilet, 1, " %")
        if site.plan is not None:
            lines += self._plan_lines(site.plan)
        for key, flood in sorted(site.flood.items()):
            line = self.tr("Flood {0}: {1} % of the site wet, {2} people exposed").format(
                key.upper(), self.number(flood.wet_pct, 1), self.number(flood.exposed_people))
            if flood.hazard_class not in (None, ""):
                line += " (%s)" % class_name(flood.hazard_class)
            lines.append(line)
        return "\n".join(lines)

    def _plan_lines(self, plan):
        """The site layout's plan (figures.PlanTotals): people planned, capacity, people not placed."""
        lines = [self.tr("Site plan (designed):"),
                 self._line(self.tr("People planned"), plan.planned_people)]
        unplaced = plan.unplaced_people
        if plan.capacity_people is not None:
            lines.append(self.tr("Capacity of the plan: {0} people (the site is full)").format(
                self.number(plan.capacity_people)))
        else:
            lines.append(self.tr("Capacity of the plan: at least {0} people").format(
                self.number(plan.planned_people)))
        if unplaced is not None:
            lines.append(self._line(self.tr("People not placed"), unplaced))
        lines.append(self._line(self.tr("Shelters"), plan.plots))
        if plan.water_points is not None:
            lines.append(self._line(self.tr("Water points"), plan.water_points,
                                    suffix=" " + self.tr("({0} taps)").format(self.number(plan.taps))))
        if plan.latrines is not None:
            lines.append(self._line(self.tr("Latrine blocks"), plan.latrines,
                                    suffix=" " + self.tr("({0} cubicles)").format(self.number(plan.cubicles))))
        return [line for line in lines if line]

    def compliance(self, checks):
        """(text, all checks passed) for the compliance box, from verdicts.site_checks."""
        if not checks:
            return self.tr("No figure to check: add site populations or WASH coverage outputs."), False
        lines = ["%s %s" % ("✔" if check.passed else "✘", self._check_line(check)) for check in checks]
        return "\n".join(lines), all(check.passed for check in checks)

    def _check_line(self, check):
        figure = check.figure
        if check.key == "site_area_per_person":
            return self.tr("Site area per person: {0} m2 (standard {1} {2})").format(
                self.number(check.measured, 1), figure.comparison, self.number(figure.value))
        if check.key == "water_within_reach":
            return self.tr("Water within reach: {0} of people").format(self.percent(check.measured))
        if check.key == "toilet_within_reach":
            return self.tr("Toilet within reach: {0} of people").format(self.percent(check.measured))
        if check.key == "people_per_toilet":
            return self.tr("People per functional toilet: {0} (standard {1} {2})").format(
                self.number(check.measured, 1), figure.comparison, self.number(figure.value))
        return self.tr("Overloaded {0}: {1} (standard {2} {3} people each)").format(
            self._water_kinds().get(check.key, check.key), int(check.measured), figure.comparison,
            self.number(figure.value))

    def _water_kinds(self):
        return {"water_point_load_tap": self.tr("taps"), "water_point_load_handpump": self.tr("hand pumps"),
                "water_point_load_well": self.tr("open wells")}

    def site_label(self, number):
        return self.tr("Site {0}").format(number)

    def site_boundary(self):
        return self.tr("Site boundary")

    def default_title(self):
        return self.tr("Site map")

    def edition(self, version, day):
        return (self.tr("Version {0} - updated {1}").format(version, self.date(day)) + "\n" +
                self.tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]"))

    def page_line(self, page, pages):
        """The page line of ``edition`` as printed on a page."""
        return self.tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]").replace(
            "[% @atlas_featurenumber %]", str(page)).replace("[% @atlas_totalfeatures %]", str(pages))

    def summary_heading(self):
        return self.tr("Summary")

    def compliance_heading(self, profile, phase="emergency"):
        phases = {"emergency": self.tr("emergency phase"), "medium_term": self.tr("medium-term phase")}
        return "%s (%s)" % (self.tr("Compliance with {0}").format(profile.title_in(self.language)), phases[phase])

    def legend_title(self):
        return self.tr("Legend")

    # -- the overview of many sites (malisites:printoverview) ---------------------

    def overview_title(self):
        return self.tr("Flood and WASH overview of the sites")

    def overview_place(self, regions, count):
        """'Mali - Mopti - 12 sites': the region when every site is in one, else the country."""
        known = sorted({region for region in regions if region})
        place = " - ".join(["Mali"] + (known if len(known) == 1 else []))
        return "%s - %s" % (place, self.tr("{0} sites").format(self.number(count)))

    def overview_coordinates(self, crs, west, south, east, north):
        """The map's CRS and the sites' extent in degrees (WGS 84)."""
        def degrees(value, positive, negative):
            return "%s° %s" % (self.number(abs(value), 3), positive if value >= 0 else negative)
        west_letter = "O" if self.language == "fr" else "W"
        return self.tr("CRS: {0} ({1}); grid in degrees (WGS 84).\nSites from {2} to {3}, {4} to {5} "
                       "(WGS 84)").format(crs.authid(), crs.description(), degrees(south, "N", "S"),
                                          degrees(north, "N", "S"), degrees(west, "E", west_letter),
                                          degrees(east, "E", west_letter))

    def overview_legend(self):
        return self.tr("Sites by worst flood class")

    def rank_rule(self, wash):
        """How the table is ranked and what its columns count; ``wash``: WASH columns are shown."""
        lines = [self.tr("Ranked by the people exposed in each site's worst flood scenario (the scenario "
                         "that exposes the most people), most first; ties: the worse class, then the site "
                         "name; sites with no people counted come last. The numbers on the map are the ranks."),
                 self.tr("People exposed: people on wet land in each scenario (Flood exposure). Worst "
                         "class: the flood hazard class of the worst scenario.")]
        if wash:
            lines.append(self.tr("Beyond water / toilet: people of the households farther than the standard "
                                 "distance from water / a toilet (WASH coverage); -: no audit of the site."))
        return "\n".join(lines)

    def table_headers(self, scenarios, water, toilet):
        """The ranked table's column headings: rank, site, region, people exposed per
        scenario (its name), worst class, and the WASH gaps that were given."""
        headers = ["#", self.tr("Site"), self.tr("Region")]
        headers += [self.tr("Exposed {0}").format(name) for name in scenarios]
        headers.append(self.tr("Worst class (scenario)"))
        if water:
            headers.append(self.tr("Beyond water"))
        if toilet:
            headers.append(self.tr("Beyond toilet"))
        return headers

    def more_sites(self, count):
        return self.tr("{0} more sites on the next pages.").format(self.number(count))

    def continued(self, title, place, page, pages):
        """The heading of a continuation page of the ranked table."""
        return "%s - %s (%s)\n%s" % (title, place, self.tr("continued"), self.page_line(page, pages))
