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

    def summary(self, site):
        """The summary box of one site (figures.SiteTotals)."""
        lines = []

        def add(label, value, decimals=0, suffix=""):
            if value is not None and not (isinstance(value, float) and math.isnan(value)):
                lines.append("%s : %s%s" % (label, self.number(value, decimals), suffix) if self.language == "fr"
                             else "%s: %s%s" % (label, self.number(value, decimals), suffix))

        add(self.tr("Households"), site.households)
        add(self.tr("Individuals"), site.individuals)
        add(self.tr("Site area"), site.area_m2 / 10000.0, 2, " ha")
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
        for key, flood in sorted(site.flood.items()):
            line = self.tr("Flood {0}: {1} % of the site wet, {2} people exposed").format(
                key.upper(), self.number(flood.wet_pct, 1), self.number(flood.exposed_people))
            if flood.hazard_class not in (None, ""):
                line += " (%s)" % flood.hazard_class
            lines.append(line)
        return "\n".join(lines)

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
        return self.tr("Overloaded water points: {0}").format(int(check.measured))

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

    def compliance_heading(self, profile, phase="emergency"):
        phases = {"emergency": self.tr("emergency phase"), "medium_term": self.tr("medium-term phase")}
        return "%s (%s)" % (self.tr("Compliance with {0}").format(profile.title_in(self.language)), phases[phase])

    def legend_title(self):
        return self.tr("Legend")
