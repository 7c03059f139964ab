"""Site layout: buildable land from the boundary, exclusions, flood and slope;
plots, communities, blocks, roads and firebreaks laid out to a standards
profile; services and WASH facilities placed; capacity and checks measured on
the plan. The entry point is plan_site(site, profile, LayoutOptions(...), crs);
plan_alternatives plans variants of it and keeps the best (alternatives.py)."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "plan_site": "planner", "plan_alternatives": "alternatives", "LayoutOptions": "options", "NoBuildableLand": "options", "SitePlan": "plan",
    "plan_each": "sites", "SiteRequest": "sites", "SiteOutcome": "sites", "site_label": "sites",
    "site_people": "sites", "union": "sites", "totals": "tables", "check_verdicts": "tables"})
