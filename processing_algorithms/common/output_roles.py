"""Recognise the outputs of Mali Sites algorithms (and common raw layers) by
their fields, so a printed map can style them and compute per-site figures
even when they come back from files in a batch run."""
import re

# role -> fields an output of that role always has (most specific first)
SIGNATURES = {
    "layout_plots": {"plot_id", "community_id", "block_id", "use", "households", "people"},
    "layout_shelters": {"plot_id", "people", "area_m2"},
    "layout_blocks": {"block_id", "sector_id", "communities", "plots"},
    "layout_roads": {"road_class", "width_m", "area_m2"},
    "layout_firebreaks": {"width_m", "area_m2", "site_id"},
    "layout_facilities": {"facility_id", "kind", "people_served", "cubicles"},
    "layout_excluded": {"reason", "area_m2", "site_id"},
    "layout_drains": {"kind", "fall_m", "slope_pct", "outfall_id"},
    "flood_corridor_segments": {"class_rank", "scenario", "corridor_fid", "length_m"},
    "flood_corridors": {"worst_rank", "worst_scenario", "length_m"},
    "flood_sites": {"worst_rank", "worst_scenario", "worst_class"},
    "wash_shelters": {"wp_ok", "wp_dist_m", "people"},
    "wash_water_points": {"wp_type", "assigned_people", "capacity", "functional"},
    "wash_latrines": {"cubicles", "contamination_risk", "assigned_people", "functional"},
    "wash_gaps": {"kind", "standard_m", "area_m2"},
    "wash_suggested": {"kind", "rank", "facility_type"},
}

# raw layers recognised by name: role -> pattern on the layer name
NAME_PATTERNS = {
    "shelters": re.compile(r"shelter|abri|plot|parcelle|menage|household", re.I),
    "water_points": re.compile(r"water|eau|wp\b|forage|pump|pompe|robinet|tap", re.I),
    "latrines": re.compile(r"latrine|toilet", re.I),
}

# what each role counts as on a map: shelters, water points, latrines
KIND_OF_ROLE = {"wash_shelters": "shelters", "wash_water_points": "water_points",
                "wash_latrines": "latrines", "shelters": "shelters", "water_points": "water_points",
                "latrines": "latrines"}


def role_of(layer):
    """The role of a vector layer ('wash_shelters', ..., 'shelters', ...) or None."""
    if not hasattr(layer, "fields"):
        return None
    names = {name.lower() for name in layer.fields().names()}
    for role, signature in SIGNATURES.items():
        if signature <= names:
            return role
    for role, pattern in NAME_PATTERNS.items():
        if pattern.search(layer.name() or ""):
            return role
    return None


def styled_roles():
    """Roles whose outputs have a style in resources/styles."""
    return set(SIGNATURES)
