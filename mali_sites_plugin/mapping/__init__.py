"""What a printed site map says about each site: totals by site of the
features drawn on it, and their verdicts against the standards."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "site_of_points": "site_summary", "totals_by_site": "site_summary",
    "SiteFigures": "figures", "SiteTotals": "figures", "PlanTotals": "figures", "FloodColumns": "figures", "FloodFigure": "figures",
    "find_field": "figures", "SITE_NAME_FIELDS": "figures", "hazard_class_in": "figures", "site_checks": "verdicts",
})
