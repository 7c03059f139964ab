"""The HTML report of a site layout run, in French or English (all wording
literal, here): capacity and why it differs from area / m2 per person, the
land budget, facilities, and every check against the standards profile."""
import datetime
import html
import math

from .layout_land import REASONS

TEXT = {
    "en": {
        "title": "Site layout plan",
        "generated": "Generated on {0} by Mali Sites (malisites:sitelayout).",
        "standard": "Standard: {0} ({1}).",
        "all_sites": "All sites",
        "site": "Site", "sites": "Sites",
        "summary": "Summary",
        "figure": "Figure", "value": "Value",
        "site_area": "Site area (m²)",
        "usable_area": "Usable (buildable) area (m²)",
        "capacity": "Capacity to standard (people)",
        "capacity_households": "Capacity (households)",
        "requested": "Population to place",
        "requested_none": "none given: plan for the capacity",
        "planned": "People planned",
        "planned_households": "Households planned (plots)",
        "unplaced": "People not placed",
        "area_per_person": "Usable area per person planned (m²)",
        "plot_size": "Plot size (m)",
        "orientation": "Orientation of the plot rows (degrees from grid north)",
        "structure": "Structure",
        "structure_text": ("Community: {0} rows of {1} plots; block: {2} x {3} communities; sector: "
                           "{4} x {5} blocks. Paths {6} m between row pairs, lanes {7} m between "
                           "communities (cluster spacing), roads {8} m between blocks, firebreaks "
                           "{9} m; setback {10} m from the boundary; household size {11}; phase: {12}."),
        "phase_emergency": "emergency", "phase_medium_term": "medium term",
        "why": "Why the capacity differs from area / m² per person",
        "why_text": ("The site area divided by the standard's {0} m² per person gives {1} people; "
                     "the plan holds {2} ({3} of that figure). The standard counts usable land: "
                     "the setback ring, exclusions, flood-prone and steep land take {4} m² ({5} of "
                     "the site), which leaves {6} m², or {7} people at the standard. On that land the "
                     "plan keeps at least {0} m² per person: the plot size is derived so that the "
                     "usable area per person comes out at the standard, rounded up to 0.1 m, and only "
                     "whole plots are kept; {8} m² of buildable land is left over along edges and "
                     "around obstacles; {9} plots are taken by water points, latrine blocks and "
                     "communal services, which hold nobody."),
        "why_fixed": ("The plot size was given (PLOT_WIDTH and PLOT_DEPTH), so the capacity is what "
                      "those plots hold; the check on usable area per person below says whether "
                      "that density meets the standard."),
        "budget": "Land budget",
        "land_use": "Land use", "area": "Area (m²)", "share": "Share of the site",
        "use_household": "Household plots", "use_vacant": "Vacant plots",
        "use_facility": "Plots for facilities and services",
        "road_primary": "Roads between blocks", "road_secondary": "Lanes between communities",
        "road_path": "Paths between plot rows", "road_entrance": "Entrance road",
        "firebreaks": "Firebreaks",
        "reason_setback": "Setback along the boundary", "reason_exclusion": "Exclusions",
        "reason_flood": "Flood-prone land", "reason_slope": "Land steeper than the maximum slope",
        "reason_leftover": "Buildable land left over",
        "facilities": "Facilities",
        "kind": "Kind", "count": "Number", "capacity_each": "Capacity (people each)",
        "served_max": "Most people served by one", "cubicles": "Cubicles (female / male)",
        "water_point": "Water points (1 tap each)", "latrine_block": "Latrine blocks",
        "health_post": "Health posts", "school": "Schools", "distribution_point": "Distribution points",
        "market": "Markets", "entrance": "Entrance",
        "checks": "Checks against the standard",
        "check": "Check", "measured": "Measured", "standard_col": "Standard (source)",
        "verdict": "Verdict", "pass": "meets the standard", "fail": "does not meet the standard",
        "messages": "Messages",
        "method": "Method",
        "method_text": ("Buildable land is the site minus the setback ring, the exclusions, the cells "
                        "of the hazard raster deeper than the wet threshold and the cells of the DEM "
                        "steeper than the maximum slope. Plots are laid on a grid that follows the "
                        "site's long side (or the orientation given); every plot fronts a path or a "
                        "lane. Distances are straight lines between plot centres and facilities, "
                        "measured in {0}. Each household uses its nearest facility, as the WASH "
                        "coverage audit counts it: water points are spread so that none serves more "
                        "than its ratio, latrine blocks are sized to the households nearest them "
                        "(cubicles at the phase's ratio, female and male at the standard's ratio), "
                        "and no latrine stands nearer a water point than the standard allows."),
        "none": "none",
        "checks_labels": {
            "site_area_m2_per_person": "Usable area per person (m²)",
            "covered_area_m2_per_person": "Covered area per person (m²)",
            "shelter_spacing_m": "Space between shelters (m)",
            "firebreak_width_m": "Firebreak width (m)",
            "firebreak_spacing_m": "Longest built-up stretch between firebreaks (m)",
            "cluster_spacing_m": "Space between communities (m)",
            "block_spacing_m": "Space between blocks (m)",
            "max_distance_to_water_m": "Farthest household from its water point (m)",
            "people_per_tap": "Most people at one tap",
            "max_distance_to_toilet_m": "Farthest household from its latrine (m)",
            "people_per_toilet_emergency": "People per toilet (emergency)",
            "people_per_toilet_medium_term": "People per toilet (medium term)",
            "min_distance_toilet_to_water_m": "Nearest latrine to a water point (m)",
            "female_to_male_toilet_ratio": "Female toilets per male toilet",
            "people_per_health_centre": "People per health post",
            "people_per_school": "People per school",
            "people_per_distribution_point": "People per distribution point",
            "people_per_market": "People per market",
            "max_slope_pct": "Steepest slope under a plot (%)",
        },
        "secondary": "secondary", "unverified": "unverified",
    },
    "fr": {
        "title": "Plan d'aménagement du site",
        "generated": "Produit le {0} par Mali Sites (malisites:sitelayout).",
        "standard": "Norme : {0} ({1}).",
        "all_sites": "Ensemble des sites",
        "site": "Site", "sites": "Sites",
        "summary": "Résumé",
        "figure": "Indicateur", "value": "Valeur",
        "site_area": "Superficie du site (m²)",
        "usable_area": "Superficie utilisable (constructible) (m²)",
        "capacity": "Capacité selon la norme (personnes)",
        "capacity_households": "Capacité (ménages)",
        "requested": "Population à installer",
        "requested_none": "non donnée : plan pour la capacité",
        "planned": "Personnes installées",
        "planned_households": "Ménages installés (parcelles)",
        "unplaced": "Personnes non installées",
        "area_per_person": "Superficie utilisable par personne installée (m²)",
        "plot_size": "Taille des parcelles (m)",
        "orientation": "Orientation des rangées de parcelles (degrés depuis le nord du quadrillage)",
        "structure": "Structure",
        "structure_text": ("Communauté : {0} rangées de {1} parcelles ; bloc : {2} x {3} communautés ; "
                           "secteur : {4} x {5} blocs. Allées de {6} m entre les doubles rangées, "
                           "ruelles de {7} m entre les communautés (espacement des groupes), routes de "
                           "{8} m entre les blocs, coupe-feu de {9} m ; retrait de {10} m depuis la "
                           "limite ; taille des ménages {11} ; phase : {12}."),
        "phase_emergency": "urgence", "phase_medium_term": "moyen terme",
        "why": "Pourquoi la capacité diffère de la superficie / m² par personne",
        "why_text": ("La superficie du site divisée par les {0} m² par personne de la norme donne "
                     "{1} personnes ; le plan en accueille {2} ({3} de ce chiffre). La norme compte la "
                     "superficie utilisable : le retrait le long de la limite, les exclusions, les "
                     "terrains inondables et les pentes fortes prennent {4} m² ({5} du site), ce qui "
                     "laisse {6} m², soit {7} personnes selon la norme. Sur ce terrain le plan garde "
                     "au moins {0} m² par personne : la taille des parcelles est calculée pour que la "
                     "superficie utilisable par personne atteigne la norme, arrondie au 0,1 m "
                     "supérieur, et seules les parcelles entières sont gardées ; {8} m² de terrain "
                     "constructible restent inutilisés le long des bords et autour des obstacles ; "
                     "{9} parcelles portent des points d'eau, des blocs de latrines et des services "
                     "communautaires, où personne ne loge."),
        "why_fixed": ("La taille des parcelles a été donnée (PLOT_WIDTH et PLOT_DEPTH) : la capacité "
                      "est ce que ces parcelles accueillent ; le contrôle de la superficie utilisable "
                      "par personne ci-dessous dit si cette densité respecte la norme."),
        "budget": "Bilan des terres",
        "land_use": "Utilisation", "area": "Superficie (m²)", "share": "Part du site",
        "use_household": "Parcelles des ménages", "use_vacant": "Parcelles libres",
        "use_facility": "Parcelles des équipements et services",
        "road_primary": "Routes entre les blocs", "road_secondary": "Ruelles entre les communautés",
        "road_path": "Allées entre les rangées", "road_entrance": "Route d'accès",
        "firebreaks": "Coupe-feu",
        "reason_setback": "Retrait le long de la limite", "reason_exclusion": "Exclusions",
        "reason_flood": "Terrain inondable", "reason_slope": "Terrain plus pentu que la pente maximale",
        "reason_leftover": "Terrain constructible inutilisé",
        "facilities": "Équipements",
        "kind": "Type", "count": "Nombre", "capacity_each": "Capacité (personnes chacun)",
        "served_max": "Le plus de personnes servies par un", "cubicles": "Cabines (femmes / hommes)",
        "water_point": "Points d'eau (1 robinet chacun)", "latrine_block": "Blocs de latrines",
        "health_post": "Postes de santé", "school": "Écoles", "distribution_point": "Points de distribution",
        "market": "Marchés", "entrance": "Entrée",
        "checks": "Contrôles par rapport à la norme",
        "check": "Contrôle", "measured": "Mesuré", "standard_col": "Norme (source)",
        "verdict": "Verdict", "pass": "conforme à la norme", "fail": "non conforme à la norme",
        "messages": "Messages",
        "method": "Méthode",
        "method_text": ("Le terrain constructible est le site moins le retrait le long de la limite, "
                        "les exclusions, les cellules du raster d'aléa plus profondes que le seuil "
                        "d'inondation et les cellules du MNT plus pentues que la pente maximale. Les "
                        "parcelles suivent une grille orientée selon le grand côté du site (ou "
                        "l'orientation donnée) ; chaque parcelle donne sur une allée ou une ruelle. "
                        "Les distances sont en ligne droite entre les centres des parcelles et les "
                        "équipements, mesurées en {0}. Chaque ménage utilise l'équipement le plus "
                        "proche, comme le compte l'audit de couverture EHA : les points d'eau sont "
                        "répartis pour qu'aucun ne serve plus que son ratio, les blocs de latrines "
                        "sont dimensionnés pour les ménages les plus proches (cabines au ratio de la "
                        "phase, femmes et hommes au ratio de la norme), et aucune latrine n'est plus "
                        "près d'un point d'eau que la norme ne le permet."),
        "none": "aucun",
        "checks_labels": {
            "site_area_m2_per_person": "Superficie utilisable par personne (m²)",
            "covered_area_m2_per_person": "Surface couverte par personne (m²)",
            "shelter_spacing_m": "Espace entre les abris (m)",
            "firebreak_width_m": "Largeur des coupe-feu (m)",
            "firebreak_spacing_m": "Plus longue étendue bâtie entre coupe-feu (m)",
            "cluster_spacing_m": "Espace entre les communautés (m)",
            "block_spacing_m": "Espace entre les blocs (m)",
            "max_distance_to_water_m": "Ménage le plus loin de son point d'eau (m)",
            "people_per_tap": "Le plus de personnes à un robinet",
            "max_distance_to_toilet_m": "Ménage le plus loin de sa latrine (m)",
            "people_per_toilet_emergency": "Personnes par cabine (urgence)",
            "people_per_toilet_medium_term": "Personnes par cabine (moyen terme)",
            "min_distance_toilet_to_water_m": "Latrine la plus proche d'un point d'eau (m)",
            "female_to_male_toilet_ratio": "Cabines femmes par cabine hommes",
            "people_per_health_centre": "Personnes par poste de santé",
            "people_per_school": "Personnes par école",
            "people_per_distribution_point": "Personnes par point de distribution",
            "people_per_market": "Personnes par marché",
            "max_slope_pct": "Plus forte pente sous une parcelle (%)",
        },
        "secondary": "secondaire", "unverified": "non vérifié",
    },
}

FACILITY_KINDS = ("water_point", "latrine_block", "health_post", "school", "distribution_point",
                  "market", "entrance")


def number(value, decimals=0, language="en"):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    text = "{:,.{}f}".format(value, decimals)
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def percent(value, language="en"):
    return "%s %%" % number(value, 1, language) if language == "en" else "%s\u00a0%%" % number(value, 1, language)


class _Writer:
    def __init__(self, language):
        self.language = language if language in TEXT else "en"
        self.text = TEXT[self.language]
        self.parts = []

    def t(self, key):
        return self.text[key]

    def n(self, value, decimals=0):
        return number(value, decimals, self.language)

    def heading(self, text, level=2):
        self.parts.append("<h%d>%s</h%d>" % (level, html.escape(text), level))

    def paragraph(self, text):
        self.parts.append("<p>%s</p>" % html.escape(text))

    def table(self, headers, rows, verdict_column=None):
        out = ["<table><thead><tr>%s</tr></thead><tbody>"
               % "".join("<th>%s</th>" % html.escape(str(h)) for h in headers)]
        for row in rows:
            cells = []
            for index, cell in enumerate(row):
                if index == verdict_column:
                    cells.append('<td class="%s">%s</td>' % ("pass" if cell else "fail",
                                                             html.escape(self.t("pass" if cell else "fail"))))
                else:
                    cells.append("<td>%s</td>" % html.escape(str(cell)))
            out.append("<tr>%s</tr>" % "".join(cells))
        out.append("</tbody></table>")
        self.parts.append("".join(out))

    def figure_text(self, figure):
        marker = "" if figure.confidence == "verified" else " [%s]" % self.t(figure.confidence)
        decimals = 0 if figure.value == int(figure.value) else 1
        return "%s %s %s (%s)%s" % (figure.comparison, self.n(figure.value, decimals), figure.unit,
                                    figure.source, marker)


def write_report(path, plans, profile, language="en", crs_name=""):
    """Write the HTML report of ``plans`` (SitePlan list) to ``path``."""
    w = _Writer(language)
    title = w.t("title")
    w.paragraph(w.t("generated").format(datetime.date.today().isoformat()))
    w.paragraph(w.t("standard").format(profile.title_in(w.language), profile.edition or profile.id))
    if len(plans) > 1:
        w.heading(w.t("all_sites"))
        w.table([w.t("site"), w.t("capacity"), w.t("requested"), w.t("planned"), w.t("unplaced"),
                 w.t("usable_area"), w.t("area_per_person")],
                [[p.label, w.n(p.capacity_people), w.n(p.requested_people) if p.requested_people else "-",
                  w.n(p.planned_people), w.n(p.unplaced_people), w.n(p.usable_area_m2),
                  w.n(p.area_per_person_m2, 1)] for p in plans])
    for plan in plans:
        _site_section(w, plan, profile, len(plans) > 1)
    w.heading(w.t("method"))
    w.paragraph(w.t("method_text").format(crs_name or "UTM"))
    style = ("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
             "margin:1em 0}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left}"
             "th{background:#eee}td.pass{background:#d9f0d3}td.fail{background:#f4c7c3}")
    document = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
                "<style>%s</style></head><body><h1>%s</h1>%s</body></html>\n"
                % (w.language, html.escape(title), style, html.escape(title), "\n".join(w.parts)))
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(document)
    return path


def _site_section(w, plan, profile, several):
    if several:
        w.heading("%s %s" % (w.t("site"), plan.label))
    w.heading(w.t("summary"), 3 if several else 2)
    level = 3 if several else 2
    stats = plan.stats
    rows = [[w.t("site_area"), w.n(plan.site_area_m2)], [w.t("usable_area"), w.n(plan.usable_area_m2)],
            [w.t("capacity"), w.n(plan.capacity_people)],
            [w.t("capacity_households"), w.n(plan.capacity_households)],
            [w.t("requested"), w.n(plan.requested_people) if plan.requested_people else w.t("requested_none")],
            [w.t("planned"), w.n(plan.planned_people)],
            [w.t("planned_households"), w.n(plan.planned_households)],
            [w.t("unplaced"), w.n(plan.unplaced_people)],
            [w.t("area_per_person"), w.n(plan.area_per_person_m2, 1)],
            [w.t("plot_size"), "%s x %s" % (w.n(plan.plot_width, 1), w.n(plan.plot_depth, 1))],
            [w.t("orientation"), w.n(plan.orientation_deg, 1)]]
    w.table([w.t("figure"), w.t("value")], rows)
    if stats:
        rows_, columns = stats["community_shape"]
        w.paragraph(w.t("structure_text").format(
            rows_, columns, stats["block_shape"][0], stats["block_shape"][1], stats["sector_shape"][0],
            stats["sector_shape"][1], w.n(stats["path_width_m"], 1), w.n(stats["lane_width_m"], 1),
            w.n(stats["road_width_m"], 1), w.n(stats["firebreak_width_m"], 1), w.n(stats["setback_m"], 1),
            w.n(plan.household_size, 1), w.t("phase_" + stats["phase"])))
    figure = profile.figure("site_area_m2_per_person")
    w.heading(w.t("why"), level)
    ideal = plan.site_area_m2 / figure.value
    lost = plan.site_area_m2 - plan.usable_area_m2
    leftover = stats.get("excluded_area_m2", {}).get("leftover", 0.0) if stats else 0.0
    facility_plots = sum(v for k, v in stats.get("plots_by_use", {}).items()
                         if k not in ("household", "vacant")) if stats else 0
    w.paragraph(w.t("why_text").format(
        w.n(figure.value, 0 if figure.value == int(figure.value) else 1), w.n(ideal), w.n(plan.capacity_people),
        percent(100.0 * plan.capacity_people / ideal if ideal else 0.0, w.language), w.n(lost),
        percent(100.0 * lost / plan.site_area_m2 if plan.site_area_m2 else 0.0, w.language),
        w.n(plan.usable_area_m2), w.n(plan.usable_area_m2 / figure.value), w.n(leftover), w.n(facility_plots)))
    if stats and stats.get("plot_size_given"):
        w.paragraph(w.t("why_fixed"))
    if stats:
        w.heading(w.t("budget"), level)
        total = plan.site_area_m2 or 1.0
        rows = [[w.t("use_household"), stats["household_plot_area_m2"]],
                [w.t("use_facility"), stats["facility_plot_area_m2"]],
                [w.t("use_vacant"), stats["vacant_plot_area_m2"]]]
        for road_class in ("primary", "secondary", "path", "entrance"):
            if road_class in stats["road_area_m2"]:
                rows.append([w.t("road_" + road_class), stats["road_area_m2"][road_class]])
        rows.append([w.t("firebreaks"), stats["firebreak_area_m2"]])
        for reason in REASONS:
            if reason in stats["excluded_area_m2"]:
                rows.append([w.t("reason_" + reason), stats["excluded_area_m2"][reason]])
        w.table([w.t("land_use"), w.t("area"), w.t("share")],
                [[label, w.n(area), percent(100.0 * area / total, w.language)] for label, area in rows])
    w.heading(w.t("facilities"), level)
    rows = []
    for kind in FACILITY_KINDS:
        members = [f for f in plan.facilities if f.kind == kind]
        if not members:
            continue
        capacities = sorted({f.capacity for f in members if f.capacity is not None})
        capacity = "-" if not capacities else (w.n(capacities[0]) if len(capacities) == 1 else
                                                "%s-%s" % (w.n(capacities[0]), w.n(capacities[-1])))
        cubicles = "-"
        if kind == "latrine_block":
            cubicles = "%s (%s / %s)" % (w.n(sum(f.cubicles for f in members)),
                                         w.n(sum(f.female_cubicles for f in members)),
                                         w.n(sum(f.male_cubicles for f in members)))
        served = max(f.people_served for f in members) if kind != "entrance" else None
        rows.append([w.t(kind), len(members), capacity, w.n(served) if served is not None else "-", cubicles])
    if rows:
        w.table([w.t("kind"), w.t("count"), w.t("capacity_each"), w.t("served_max"), w.t("cubicles")], rows)
    else:
        w.paragraph(w.t("none"))
    w.heading(w.t("checks"), level)
    if plan.checks:
        labels = w.t("checks_labels")
        w.table([w.t("check"), w.t("measured"), w.t("standard_col"), w.t("verdict")],
                [[labels.get(c.key, c.key), w.n(c.measured, 0 if c.key.startswith("people_per_tap") else 1),
                  w.figure_text(c.figure), c.passed] for c in plan.checks], verdict_column=3)
    else:
        w.paragraph(w.t("none"))
    if plan.messages:
        w.heading(w.t("messages"), level)
        for message in plan.messages:
            w.paragraph(message)
