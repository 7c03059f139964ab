"""Mali Sites core: site planning, WASH coverage and flood exposure.

Plain Python (shapely, numpy, rasterio, pyproj); no QGIS import anywhere in
this package, so it runs in a notebook, a script or a test without QGIS.
"""
import os
import sys

# In a venv made with --system-site-packages, pyproj looks for its database
# under the venv's prefix and finds none; the system's is under base_prefix.
if sys.prefix != sys.base_prefix and not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")):
    _system_proj = os.path.join(sys.base_prefix, "share", "proj")
    if os.path.exists(os.path.join(_system_proj, "proj.db")):
        os.environ["PROJ_DATA"] = _system_proj
