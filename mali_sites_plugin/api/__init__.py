"""The core as a Python library for notebooks and scripts: each product takes
and returns GeoDataFrames in any CRS (metric work happens in the CRS the
core chooses, outputs come back in the input's CRS), with the field names of
the Processing outputs. Needs geopandas; imported on first use."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "import_site_list": "dtm",
    "audit_wash": "wash", "WashAudit": "wash",
    "flood_exposure": "flood", "FloodExposure": "flood",
    "plan_site": "layout", "SiteLayout": "layout",
})
