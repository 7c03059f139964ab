"""Mali Sites core: site planning, WASH coverage and flood exposure.

Plain Python (shapely, numpy, rasterio, pyproj, GDAL's osgeo.gdal); no QGIS import anywhere in
this package, so it runs in a notebook, a script or a test without QGIS. The
Python API on GeoDataFrames (mali_sites_plugin.api) is also here:
``from mali_sites_plugin import import_site_list, audit_wash, flood_exposure, plan_site``
(bad input raises ``mali_sites_plugin.InputError``).
"""
import os
import sys

# In a venv made with --system-site-packages, pyproj looks for its database
# under the venv's prefix and finds none; the system's is under base_prefix.
if sys.prefix != sys.base_prefix and not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")):
    _system_proj = os.path.join(sys.base_prefix, "share", "proj")
    if os.path.exists(os.path.join(_system_proj, "proj.db")):
        os.environ["PROJ_DATA"] = _system_proj

from .common.lazy import lazy_exports  # noqa: E402 - after PROJ_DATA is set

# The Python API (mali_sites_plugin.api), imported on first use so that
# loading the QGIS plugin imports no geopandas.
__getattr__, __dir__ = lazy_exports(__name__, {
    "import_site_list": "api.dtm", "audit_wash": "api.wash", "flood_exposure": "api.flood",
    "plan_site": "api.layout", "InputError": "common.errors"})
