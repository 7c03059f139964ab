"""The HTML report of malisites:floodexposure, in the report language."""
import math

import numpy as np

from ...mali_sites_plugin.flood.scenarios import by_scenario, class_label
from ...mali_sites_plugin.flood.summary import TABLE_COLUMNS
from ..common.report import HtmlReport

MAX_ROWS = 500


class FloodReport(HtmlReport):
    def __init__(self, language, rows, scenarios, model, scenario_sources, sites=None, site_labels=None,
                 site_regions=None, populations=None, corridors=None, corridor_labels=None,
                 metric_crs_name="", shelters_used=False, passable_figure=None):
        super().__init__(language, "")
        self.title = self.tr("Flood exposure of sites and corridors")
        self.scenarios, self.model = scenarios, model
        self._method(metric_crs_name, shelters_used)
        self.heading(self.tr("Scenarios"))
        self.table([self.tr("Scenario"), self.tr("Type"), self.tr("Source")],
                   [[s.name, self._kind(s), scenario_sources.get(s.key, "")] for s in scenarios])
        if self._has_raster() and model.kind == "depth":
            self.heading(self.tr("Class ranks"))
            self.table([self.tr("Rank"), self.tr("Name"), self.tr("Depth up to (m)")],
                       [[rank, c.name_in(language), "" if math.isinf(c.max_depth_m) else self.number(c.max_depth_m, 2)]
                        for rank, c in enumerate(model.scheme.classes)])
        self._totals(rows)
        if sites is not None:
            self._site_table(sites, site_labels, site_regions, populations)
        if corridors is not None:
            self._corridor_table(corridors, corridor_labels)
            self._passage_table(corridors, corridor_labels, passable_figure)

    def _has_raster(self):
        return any(not s.is_extent and not s.is_observed for s in self.scenarios)

    def _kind(self, scenario):
        if scenario.is_observed:
            return self.tr("observed flood product: {0}").format(scenario.product.title_in(self.language))
        if scenario.is_extent:
            return self.tr("observed flood extent (polygons)")
        return {"depth": self.tr("flood depth raster (m)"), "binary": self.tr("binary extent raster"),
                "classified": self.tr("classified raster")}[self.model.kind]

    def _method(self, metric_crs_name, shelters_used):
        model = self.model
        items = [self.tr("A raster cell belongs to a site when its centre is inside the site polygon (as in "
                         "QGIS zonal statistics and GDAL's rasterization, except for centres exactly on the "
                         "boundary: here those on a west or north edge are in, those on an east or south "
                         "edge out); a site holding fewer than two cell centres is measured "
                         "with exact cell fractions. Corridor lengths are the exact length of line inside "
                         "each cell, measured in {0}.").format(metric_crs_name)]
        if self._has_raster():
            if model.kind == "depth":
                items.append(self.tr("Wet means a depth above {0} m.").format(self.number(model.wet_threshold, 2)))
                items.append(self.tr("Hazard classes: {0} (source: {1}).").format(
                    model.scheme.title.get(self.language) or model.scheme.title.get("en"), model.scheme.source))
            elif model.kind == "binary":
                items.append(self.tr("Wet means a non-zero cell of the extent raster."))
            else:
                items.append(self.tr("Wet means any class other than the first ({0}).").format(model.class_table[0][1]))
                items.append(self.tr("Hazard classes: the class table {0}.").format(
                    ", ".join("%g=%s" % pair for pair in model.class_table)))
        if any(s.is_observed for s in self.scenarios):
            items.append(self.tr("Observed flood products: each class value reads as wet, possibly wet, "
                                 "permanent water (reported apart, never counted as flood water), not "
                                 "observable (unknown, never dry) or dry, as the product schemes say "
                                 "(flood_products.json, each value with its source); hazard classes "
                                 "0 dry, 1 permanent water, 2 possibly wet, 3 wet."))
        if any(s.is_extent and not s.is_observed for s in self.scenarios):
            items.append(self.tr("For observed flood extents, wet means inside an extent polygon (exact overlay)."))
        items.append(self.tr("Unknown: nodata cells, codes missing from the class table, cells the raster file "
                             "does not hold (damaged or cut short) and the part of a site or corridor outside "
                             "the raster. Unknown is never counted as dry or wet: a site or corridor with no "
                             "known cell has no wet share and no exposed people (shown as -), and the totals' "
                             "exposed % and wet % leave it out."))
        items.append(self.tr("Exposed people = people of the shelters standing on wet cells.") if shelters_used
                     else self.tr("Exposed people = site population x wet share of the site."))
        self.heading(self.tr("Method"))
        self.bullets(items)

    def _column_title(self, column):
        return {"region": self.tr("Region"), "sites": self.tr("Sites"),
                "sites_flooded": self.tr("Sites with wet cells"),
                "sites_partly_unknown": self.tr("Sites partly unknown"),
                "sites_unknown": self.tr("Sites unknown (no known cell)"), "population": self.tr("Population"),
                "exposed_people": self.tr("Exposed people"), "exposed_pct": self.tr("Exposed %"),
                "corridors": self.tr("Corridors"), "corridor_km": self.tr("Corridor length (km)"),
                "wet_km": self.tr("Wet (km)"), "wet_km_pct": self.tr("Wet %"),
                "unknown_km": self.tr("Unknown (km)"),
                "corridors_unknown": self.tr("Corridors unknown (no known cell)")}[column]

    def _totals(self, rows):
        columns = [c for c in TABLE_COLUMNS[1:] if any(r[c] is not None for r in rows)]
        self.heading(self.tr("Totals by scenario"))
        body = []
        for row in rows:
            cells = [row["scenario"]]
            for column in columns:
                value = row[column]
                if column == "region":
                    cells.append(value or self.tr("All"))
                elif isinstance(value, (int, np.integer)):
                    cells.append(self.number(int(value)))
                else:
                    cells.append(self.number(value, 0 if column in ("population", "exposed_people") else 1))
            body.append(cells)
        self.table([self.tr("Scenario")] + [self._column_title(c) for c in columns], body)

    def _scenario_headers(self, titles):
        """'scenario: title' for every scenario, then every title."""
        return ["%s: %s" % (scenario.name, title) for scenario in self.scenarios for title in titles]

    def _class(self, scenario, rank):
        return class_label(self.model, scenario, int(rank), self.language) or ""

    def _site_table(self, sites, labels, regions, populations):
        count = len(sites.worst)
        results = [sites.results[s.key] for s in self.scenarios]
        most_exposed = by_scenario(results, lambda r: r.exposed_people).max(axis=0)
        most_wet = by_scenario(results, lambda r: r.wet_pct).max(axis=0)
        order = np.lexsort((-most_wet, -most_exposed))
        headers = [self.tr("Site")] + ([self.tr("Region")] if regions is not None else []) + [self.tr("Population")]
        headers += self._scenario_headers((self.tr("Wet %"), self.tr("Unknown %"), self.tr("Exposed people"),
                                           self.tr("Class")))
        headers.append(self.tr("Worst scenario"))
        body = []
        for i in order[:MAX_ROWS]:
            cells = [str(labels[i]) if labels is not None else str(i + 1)]
            if regions is not None:
                cells.append("" if regions[i] is None else str(regions[i]))
            cells.append(self.number(None if populations is None or populations[i] is None else float(populations[i])))
            for scenario in self.scenarios:
                result = sites.results[scenario.key]
                cells += [self.number(float(result.wet_pct[i]), 1), self.number(float(result.unknown_pct[i]), 1),
                          self.number(float(result.exposed_people[i])), self._class(scenario, result.rank[i])]
            worst = sites.worst[i]
            cells.append(self.scenarios[worst].name if worst >= 0 else self.tr("none"))
            body.append(cells)
        self.heading(self.tr("Sites, most exposed first"))
        self.table(headers, body)
        self._truncation(count)

    def _corridor_table(self, corridors, labels):
        count = len(corridors.length_m)
        headers = [self.tr("Corridor"), self.tr("Length (km)")] + self._scenario_headers(
            (self.tr("Wet (km)"), self.tr("Unknown (km)"), self.tr("Class")))
        body = []
        for i in range(min(count, MAX_ROWS)):
            cells = [str(labels[i]) if labels is not None else str(i + 1),
                     self.number(float(corridors.length_m[i]) / 1000.0, 2)]
            for scenario in self.scenarios:
                result = corridors.results[scenario.key]
                cells += [self.number(float(result.wet_m[i]) / 1000.0, 2),
                          self.number(float(result.unknown_m[i]) / 1000.0, 2), self._class(scenario, result.rank[i])]
            body.append(cells)
        self.heading(self.tr("Corridors"))
        self.table(headers, body)
        self._truncation(count)

    def _passage_table(self, corridors, labels, figure):
        """Per scenario, whether each corridor stays passable end to end, its cuts and longest dry stretch."""
        results = [corridors.results[s.key] for s in self.scenarios]
        if figure is None or not results or results[0].passable is None:
            return
        self.heading(self.tr("Corridor passage"))
        self.paragraph(self.tr("A corridor is cut where the water is deeper than the passable depth {0} "
                               "(without a depth, binary or classified rasters and observed extents, every wet "
                               "stretch cuts it); passable end to end means no cut and no unknown stretch; "
                               "with no cut but some unknown stretch the answer is unknown, never passable. "
                               "The longest dry stretch is the longest run of known dry land.").format(
            self.figure_text(figure)))
        count = len(corridors.length_m)
        headers = [self.tr("Corridor")] + self._scenario_headers(
            (self.tr("Passable end to end"), self.tr("Cuts"), self.tr("Longest dry stretch (km)")))
        body = []
        answers = {1: self.tr("yes"), 0: self.tr("no"), -1: self.tr("unknown")}
        for i in range(min(count, MAX_ROWS)):
            cells = [str(labels[i]) if labels is not None else str(i + 1)]
            for result in results:
                cells += [answers[int(result.passable[i])], self.number(float(result.cuts[i])),
                          self.number(float(result.longest_dry_m[i]) / 1000.0, 2)]
            body.append(cells)
        self.table(headers, body)
        self._truncation(count)

    def _truncation(self, count):
        if count > MAX_ROWS:
            self.paragraph(self.tr("Only the first {0} of {1} rows are shown; the output layers hold all.")
                           .format(MAX_ROWS, count))
