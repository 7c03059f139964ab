"""Per-scenario totals of a flood exposure run, and the CSV table of them
(the HTML report is written by the Processing glue, in the report language)."""
import csv
import math

import numpy as np

TABLE_COLUMNS = ("scenario", "region", "sites", "sites_flooded", "sites_partly_unknown",
                 "sites_unknown", "population", "exposed_people", "exposed_pct", "corridors",
                 "corridor_km", "wet_km", "wet_km_pct", "unknown_km", "corridors_unknown")
# sites_unknown, corridors_unknown: those with no known cell in the scenario, or not measured
# (outside the raster, all nodata, unreadable; no usable geometry). Neither flooded
# nor dry: exposed_pct is over the people of the sites with known cells,
# wet_km_pct over the length of the corridors with known cells.

def _sum(values):
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    return float(values.sum()) if values.size else None


def summary_rows(scenarios, sites=None, populations=None, regions=None, corridors=None):
    """One row per scenario (region ''), plus one per scenario and region
    when ``regions`` (a value per site) is given."""
    rows = []
    for scenario in scenarios:
        groups = [("", None)]
        if regions is not None and sites is not None:
            labels = sorted({str(r) if r is not None else "" for r in regions})
            groups += [(label, np.array([(str(r) if r is not None else "") == label
                                         for r in regions])) for label in labels]
        for region, mask in groups:
            row = dict.fromkeys(TABLE_COLUMNS)
            row["scenario"], row["region"] = scenario.name, region
            if sites is not None:
                result = sites.results[scenario.key]
                select = np.ones(result.wet_pct.size, bool) if mask is None else mask
                row["sites"] = int(select.sum())
                unknown = np.nan_to_num(result.unknown_pct[select])
                known = ~np.isnan(result.wet_pct[select])
                row["sites_flooded"] = int((np.nan_to_num(result.wet_pct[select]) > 0).sum())
                row["sites_partly_unknown"] = int(((unknown > 0) & known).sum())
                row["sites_unknown"] = int((~known).sum())
                people = None if populations is None else np.asarray(populations, dtype=float)[select]
                population = None if people is None else _sum(people)
                exposed = _sum(result.exposed_people[select])
                row["population"], row["exposed_people"] = population, exposed
                assessed = None if people is None else _sum(people[known])
                if assessed and exposed is not None:
                    row["exposed_pct"] = 100.0 * exposed / assessed
            if corridors is not None and mask is None:
                result = corridors.results[scenario.key]
                usable = ~np.isnan(corridors.length_m) & (corridors.length_m > 0)
                length = _sum(corridors.length_m[usable])
                row["corridors"] = int(len(corridors.length_m))
                row["corridor_km"] = None if length is None else length / 1000.0
                wet = _sum(result.wet_m)
                row["wet_km"] = None if wet is None else wet / 1000.0
                unknown = _sum(result.unknown_m)
                row["unknown_km"] = None if unknown is None else unknown / 1000.0
                known = ~np.isnan(result.wet_m)
                row["corridors_unknown"] = int((usable & ~known).sum())
                known_length = _sum(corridors.length_m[known])
                if known_length:
                    row["wet_km_pct"] = 100.0 * (wet or 0.0) / known_length
            rows.append(row)
    return rows


def summed_populations(populations, sites):
    """The site populations the totals sum (nan for none), or None: without
    a population, and when shelters were counted (people then come from them)."""
    if populations is None or (sites is not None and sites.shelters_counted + sites.shelters_outside):
        return None
    return [np.nan if p is None else p for p in populations]


def _format(value, digits=1):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, float):
        return ("%%.%df" % digits) % value
    return str(value)


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(TABLE_COLUMNS)
        for row in rows:
            writer.writerow([_format(row[c], 3) if isinstance(row[c], float) else _format(row[c])
                             for c in TABLE_COLUMNS])
