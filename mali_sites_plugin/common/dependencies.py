"""Which optional Python packages a product needs, and whether they are here.

QGIS ships its own Python; rasterio, scipy and openpyxl come with QGIS on
Windows (OSGeo4W) and macOS but are separate packages on Linux. They are
looked up without being imported (loading the plugin stays cheap), so the
plugin loads without them and says what is missing only where it matters.
"""
import importlib.util

# Python module -> the package that provides it, named alike by OSGeo4W and Debian.
SYSTEM_PACKAGE = {"rasterio": "python3-rasterio", "scipy": "python3-scipy",
                  "openpyxl": "python3-openpyxl", "geopandas": "python3-geopandas"}

# What each product's core imports when it runs.
NEEDS = {"dtm": (), "mapping": (), "flood": ("rasterio",), "wash": ("rasterio", "scipy"),
         "layout": ("rasterio", "scipy")}


def missing(modules):
    """The modules of ``modules`` this Python cannot import, in order."""
    absent = []
    for module in modules:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            absent.append(module)
    return absent
