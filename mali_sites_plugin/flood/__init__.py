"""Flood exposure of sites and corridors, per scenario, from depth, binary or
classified rasters and observed extent polygons: wet and unknown shares,
depths, hazard classes, exposed people, wet lengths and stretches. Hazard
rasters are read by block-aligned windows, never whole (rasters.py); sites
are measured by the cell-centre rule (zonal.py, scanline.py: QGIS's zonal
statistics and GDAL differ from it only on centres exactly on an edge),
corridors by the exact length of line in each cell (lines.py)."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "HazardModel": "hazard", "hazard_model": "hazard", "parse_class_table": "hazard", "DEPTH": "hazard",
    "BINARY": "hazard", "CLASSIFIED": "hazard", "KINDS": "hazard",
    "open_hazard_raster": "rasters", "SitesPrefetch": "prefetch",
    "Scenario": "scenarios", "scenario_names": "scenarios", "scenario_keys": "scenarios",
    "class_label": "scenarios",
    "to_crs": "geometry", "layer_kind": "geometry",
    "assess_sites": "sites", "Shelters": "sites", "site_circles": "sites", "site_populations": "sites",
    "assess_corridors": "corridors",
    "summary_rows": "summary", "write_csv": "summary",
})
