"""Per-scenario totals of a flood exposure run: a CSV table and an HTML
report in French or English (all wording literal, here)."""
import csv
import datetime
import html
import math

import numpy as np

from .flood import class_label

TABLE_COLUMNS = ("scenario", "region", "sites", "sites_flooded", "sites_partly_unknown",
                 "population", "exposed_people", "exposed_pct", "corridors", "corridor_km",
                 "wet_km", "wet_km_pct", "unknown_km")

TEXT = {
    "en": {
        "title": "Flood exposure of sites and corridors",
        "generated": "Generated on {0} by Mali Sites (malisites:floodexposure).",
        "method": "Method",
        "cell_rule": ("A raster cell belongs to a site when its centre is inside the site "
                      "polygon (as in QGIS zonal statistics); a site holding fewer than two cell "
                      "centres is measured with exact cell fractions. Corridor lengths are the "
                      "exact length of line inside each cell, measured in {0}."),
        "wet_rule_depth": "Wet means a depth above {0} m.",
        "wet_rule_binary": "Wet means a non-zero cell of the extent raster.",
        "wet_rule_classified": "Wet means any class other than the first ({0}).",
        "wet_rule_extent": "For observed flood extents, wet means inside an extent polygon (exact overlay).",
        "unknown_rule": ("Unknown: nodata cells, codes missing from the class table and the part "
                         "of a site or corridor outside the raster. Unknown is never counted as "
                         "dry or wet."),
        "exposed_rule_population": "Exposed people = site population x wet share of the site.",
        "exposed_rule_shelters": "Exposed people = people of the shelters standing on wet cells.",
        "scheme": "Hazard classes: {0} (source: {1}).",
        "scheme_classified": "Hazard classes: the class table {0}.",
        "scenarios": "Scenarios",
        "scenario": "Scenario", "source": "Source", "kind": "Type",
        "kind_depth": "flood depth raster (m)", "kind_binary": "binary extent raster",
        "kind_classified": "classified raster", "kind_extent": "observed flood extent (polygons)",
        "totals": "Totals by scenario", "region": "Region", "all": "All",
        "sites": "Sites", "sites_flooded": "Sites with wet cells",
        "sites_partly_unknown": "Sites partly unknown", "population": "Population",
        "exposed_people": "Exposed people", "exposed_pct": "Exposed %",
        "corridors": "Corridors", "corridor_km": "Corridor length (km)", "wet_km": "Wet (km)",
        "wet_km_pct": "Wet %", "unknown_km": "Unknown (km)",
        "site_table": "Sites, most exposed first", "site": "Site",
        "wet_pct": "Wet %", "unknown_pct": "Unknown %", "class": "Class",
        "worst": "Worst scenario", "none": "none",
        "corridor_table": "Corridors", "corridor": "Corridor", "length_km": "Length (km)",
        "truncated": "Only the first {0} of {1} rows are shown; the output layers hold all.",
        "classes": "Class ranks", "rank": "Rank", "name": "Name", "up_to": "Depth up to (m)",
    },
    "fr": {
        "title": "Exposition des sites et des couloirs aux inondations",
        "generated": "Produit le {0} par Mali Sites (malisites:floodexposure).",
        "method": "Méthode",
        "cell_rule": ("Une cellule du raster appartient à un site quand son centre est dans le "
                      "polygone du site (comme les statistiques zonales de QGIS) ; un site qui "
                      "contient moins de deux centres de cellule est mesuré avec les fractions "
                      "exactes de cellules. Les longueurs des couloirs sont la longueur exacte de "
                      "ligne dans chaque cellule, mesurée en {0}."),
        "wet_rule_depth": "Inondé signifie une hauteur d'eau supérieure à {0} m.",
        "wet_rule_binary": "Inondé signifie une cellule non nulle du raster d'emprise.",
        "wet_rule_classified": "Inondé signifie toute classe autre que la première ({0}).",
        "wet_rule_extent": ("Pour les emprises d'inondation observées, inondé signifie à "
                            "l'intérieur d'un polygone d'emprise (superposition exacte)."),
        "unknown_rule": ("Inconnu : cellules sans donnée, codes absents de la table des classes "
                         "et partie d'un site ou d'un couloir hors du raster. L'inconnu n'est "
                         "jamais compté comme sec ou inondé."),
        "exposed_rule_population": "Personnes exposées = population du site x part inondée du site.",
        "exposed_rule_shelters": "Personnes exposées = personnes des abris situés sur des cellules inondées.",
        "scheme": "Classes d'aléa : {0} (source : {1}).",
        "scheme_classified": "Classes d'aléa : la table de classes {0}.",
        "scenarios": "Scénarios",
        "scenario": "Scénario", "source": "Source", "kind": "Type",
        "kind_depth": "raster de hauteur d'eau (m)", "kind_binary": "raster d'emprise binaire",
        "kind_classified": "raster classé", "kind_extent": "emprise d'inondation observée (polygones)",
        "totals": "Totaux par scénario", "region": "Région", "all": "Ensemble",
        "sites": "Sites", "sites_flooded": "Sites avec cellules inondées",
        "sites_partly_unknown": "Sites en partie inconnus", "population": "Population",
        "exposed_people": "Personnes exposées", "exposed_pct": "% exposé",
        "corridors": "Couloirs", "corridor_km": "Longueur des couloirs (km)",
        "wet_km": "Inondé (km)", "wet_km_pct": "% inondé", "unknown_km": "Inconnu (km)",
        "site_table": "Sites, les plus exposés d'abord", "site": "Site",
        "wet_pct": "% inondé", "unknown_pct": "% inconnu", "class": "Classe",
        "worst": "Pire scénario", "none": "aucun",
        "corridor_table": "Couloirs", "corridor": "Couloir", "length_km": "Longueur (km)",
        "truncated": "Seules les {0} premières lignes sur {1} sont affichées ; les couches "
                     "produites les contiennent toutes.",
        "classes": "Rangs des classes", "rank": "Rang", "name": "Nom",
        "up_to": "Hauteur jusqu'à (m)",
    },
}

MAX_ROWS = 500


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
                row["sites_flooded"] = int((np.nan_to_num(result.wet_pct[select]) > 0).sum())
                row["sites_partly_unknown"] = int((np.nan_to_num(result.unknown_pct[select]) > 0).sum())
                population = (None if populations is None
                              else _sum(np.asarray(populations, dtype=float)[select]))
                exposed = _sum(result.exposed_people[select])
                row["population"], row["exposed_people"] = population, exposed
                if population and exposed is not None:
                    row["exposed_pct"] = 100.0 * exposed / population
            if corridors is not None and mask is None:
                result = corridors.results[scenario.key]
                usable = ~np.isnan(result.wet_m)
                length = _sum(corridors.length_m[usable])
                row["corridors"] = int(len(corridors.length_m))
                row["corridor_km"] = None if length is None else length / 1000.0
                wet = _sum(result.wet_m)
                row["wet_km"] = None if wet is None else wet / 1000.0
                unknown = _sum(result.unknown_m)
                row["unknown_km"] = None if unknown is None else unknown / 1000.0
                if length:
                    row["wet_km_pct"] = 100.0 * (wet or 0.0) / length
            rows.append(row)
    return rows


def _format(value, digits=1):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, float):
        return ("%%.%df" % digits) % value
    return str(value)


def _number(language, value, digits=1):
    """A number for the report: decimal comma in French; digits None: %g."""
    if digits is None:
        text = "%g" % value
    else:
        text = _format(value, digits)
    return text.replace(".", ",") if language == "fr" else text


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(TABLE_COLUMNS)
        for row in rows:
            writer.writerow([_format(row[c], 3) if isinstance(row[c], float) else _format(row[c])
                             for c in TABLE_COLUMNS])


def write_html(path, language, rows, scenarios, model, scenario_sources=None, sites=None,
               site_labels=None, site_regions=None, populations=None, corridors=None,
               corridor_labels=None, metric_crs_name="", shelters_used=False):
    t = TEXT.get(language, TEXT["en"])
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="%s"><head><meta charset="utf-8">' % language,
           "<title>%s</title>" % e(t["title"]),
           "<style>body{font-family:sans-serif;margin:2em;color:#222}"
           "table{border-collapse:collapse;margin:1em 0}"
           "th,td{border:1px solid #bbb;padding:3px 8px;text-align:right}"
           "th{background:#e8eef7}td.l,th.l{text-align:left}</style></head><body>",
           "<h1>%s</h1>" % e(t["title"]),
           "<p>%s</p>" % e(t["generated"].format(datetime.date.today().isoformat()))]
    # method
    out.append("<h2>%s</h2><ul>" % e(t["method"]))
    out.append("<li>%s</li>" % e(t["cell_rule"].format(metric_crs_name)))
    has_raster = any(not s.is_extent for s in scenarios)
    if has_raster:
        if model.kind == "depth":
            threshold = "%g" % model.wet_threshold
            if language == "fr":
                threshold = threshold.replace(".", ",")
            out.append("<li>%s</li>" % e(t["wet_rule_depth"].format(threshold)))
            out.append("<li>%s</li>" % e(t["scheme"].format(
                model.scheme.title.get(language) or model.scheme.title.get("en"), model.scheme.source)))
        elif model.kind == "binary":
            out.append("<li>%s</li>" % e(t["wet_rule_binary"]))
        else:
            out.append("<li>%s</li>" % e(t["wet_rule_classified"].format(model.class_table[0][1])))
            out.append("<li>%s</li>" % e(t["scheme_classified"].format(
                ", ".join("%g=%s" % pair for pair in model.class_table))))
    if any(s.is_extent for s in scenarios):
        out.append("<li>%s</li>" % e(t["wet_rule_extent"]))
    out.append("<li>%s</li>" % e(t["unknown_rule"]))
    out.append("<li>%s</li>" % e(t["exposed_rule_shelters" if shelters_used else "exposed_rule_population"]))
    out.append("</ul>")
    # scenarios
    out.append("<h2>%s</h2><table><tr><th class='l'>%s</th><th class='l'>%s</th><th class='l'>%s</th></tr>"
               % (e(t["scenarios"]), e(t["scenario"]), e(t["kind"]), e(t["source"])))
    for scenario in scenarios:
        kind = t["kind_extent"] if scenario.is_extent else t["kind_" + model.kind]
        source = (scenario_sources or {}).get(scenario.key, "")
        out.append("<tr><td class='l'>%s</td><td class='l'>%s</td><td class='l'>%s</td></tr>"
                   % (e(scenario.name), e(kind), e(source)))
    out.append("</table>")
    if has_raster and model.kind == "depth":
        out.append("<h2>%s</h2><table><tr><th>%s</th><th class='l'>%s</th><th>%s</th></tr>"
                   % (e(t["classes"]), e(t["rank"]), e(t["name"]), e(t["up_to"])))
        for rank, hazard_class in enumerate(model.scheme.classes):
            bound = "" if math.isinf(hazard_class.max_depth_m) else _number(language, hazard_class.max_depth_m, None)
            out.append("<tr><td>%d</td><td class='l'>%s</td><td>%s</td></tr>"
                       % (rank, e(hazard_class.name_in(language)), bound))
        out.append("</table>")
    # totals
    columns = [c for c in TABLE_COLUMNS[1:] if any(r[c] is not None for r in rows)]
    out.append("<h2>%s</h2><table><tr><th class='l'>%s</th>" % (e(t["totals"]), e(t["scenario"])))
    out.extend("<th%s>%s</th>" % (" class='l'" if c == "region" else "", e(t[c])) for c in columns)
    out.append("</tr>")
    for row in rows:
        out.append("<tr><td class='l'>%s</td>" % e(row["scenario"]))
        for c in columns:
            value = row[c]
            if c == "region":
                out.append("<td class='l'>%s</td>" % e(value or t["all"]))
            else:
                out.append("<td>%s</td>" % e(_number(language, value, 0 if c in ("population", "exposed_people") else 1)))
        out.append("</tr>")
    out.append("</table>")
    if sites is not None:
        out.extend(_site_table(t, e, language, scenarios, model, sites, site_labels, site_regions,
                               populations))
    if corridors is not None:
        out.extend(_corridor_table(t, e, language, scenarios, model, corridors, corridor_labels))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as stream:
        stream.write("\n".join(out))


def _site_table(t, e, language, scenarios, model, sites, labels, regions, populations):
    count = len(sites.worst)
    exposure = np.zeros(count)
    for i in range(count):
        values = [sites.results[s.key].exposed_people[i] for s in scenarios]
        wet = [sites.results[s.key].wet_pct[i] for s in scenarios]
        exposure[i] = max([np.nan_to_num(v, nan=-1.0) for v in values] + [-1.0]) * 1e6 + \
            max([np.nan_to_num(v, nan=-1.0) for v in wet] + [-1.0])
    order = np.argsort(-exposure, kind="stable")
    out = ["<h2>%s</h2><table><tr><th class='l'>%s</th>" % (e(t["site_table"]), e(t["site"]))]
    if regions is not None:
        out.append("<th class='l'>%s</th>" % e(t["region"]))
    out.append("<th>%s</th>" % e(t["population"]))
    for scenario in scenarios:
        for key in ("wet_pct", "unknown_pct", "exposed_people", "class"):
            out.append("<th>%s<br>%s</th>" % (e(scenario.name), e(t[key])))
    out.append("<th class='l'>%s</th></tr>" % e(t["worst"]))
    for i in order[:MAX_ROWS]:
        label = labels[i] if labels is not None else str(i + 1)
        out.append("<tr><td class='l'>%s</td>" % e(str(label)))
        if regions is not None:
            out.append("<td class='l'>%s</td>" % e("" if regions[i] is None else str(regions[i])))
        population = None if populations is None else populations[i]
        out.append("<td>%s</td>" % e(_number(language, None if population is None else float(population), 0)))
        for scenario in scenarios:
            result = sites.results[scenario.key]
            out.append("<td>%s</td><td>%s</td><td>%s</td><td>%s</td>" % (
                e(_number(language, float(result.wet_pct[i]))), e(_number(language, float(result.unknown_pct[i]))),
                e(_number(language, float(result.exposed_people[i]), 0)),
                e(class_label(model, scenario, int(result.rank[i]), language) or "")))
        worst = sites.worst[i]
        out.append("<td class='l'>%s</td></tr>" % e(scenarios[worst].name if worst >= 0 else t["none"]))
    out.append("</table>")
    if count > MAX_ROWS:
        out.append("<p>%s</p>" % e(t["truncated"].format(MAX_ROWS, count)))
    return out


def _corridor_table(t, e, language, scenarios, model, corridors, labels):
    count = len(corridors.length_m)
    out = ["<h2>%s</h2><table><tr><th class='l'>%s</th><th>%s</th>"
           % (e(t["corridor_table"]), e(t["corridor"]), e(t["length_km"]))]
    for scenario in scenarios:
        for key in ("wet_km", "unknown_km", "class"):
            out.append("<th>%s<br>%s</th>" % (e(scenario.name), e(t[key])))
    out.append("</tr>")
    for i in range(min(count, MAX_ROWS)):
        label = labels[i] if labels is not None else str(i + 1)
        out.append("<tr><td class='l'>%s</td><td>%s</td>" % (
            e(str(label)), e(_number(language, float(corridors.length_m[i]) / 1000.0, 2))))
        for scenario in scenarios:
            result = corridors.results[scenario.key]
            out.append("<td>%s</td><td>%s</td><td>%s</td>" % (
                e(_number(language, float(result.wet_m[i]) / 1000.0, 2)),
                e(_number(language, float(result.unknown_m[i]) / 1000.0, 2)),
                e(class_label(model, scenario, int(result.rank[i]), language) or "")))
        out.append("</tr>")
    out.append("</table>")
    if count > MAX_ROWS:
        out.append("<p>%s</p>" % e(t["truncated"].format(MAX_ROWS, count)))
    return out
