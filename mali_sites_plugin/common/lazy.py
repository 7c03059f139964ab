"""Public entry points of a package, imported on first use.

QGIS imports the plugin at start-up (even for `qgis_process list`); the
products' modules pull in rasterio, scipy and openpyxl, which cost time and
may be missing. A package's __init__ names its entry points with
``lazy_exports`` and the module holding each is imported when the name is
first used (PEP 562), so `from mali_sites_plugin.flood import assess_sites`
works in a notebook and loading the plugin imports none of them.
"""
import importlib


def lazy_exports(package, names):
    """(__getattr__, __dir__) for ``package`` exporting {name: submodule}."""
    def __getattr__(name):
        if name not in names:
            raise AttributeError("module %r has no attribute %r" % (package, name))
        value = getattr(importlib.import_module("." + names[name], package), name)
        globals_of_package = importlib.import_module(package).__dict__
        globals_of_package[name] = value  # later uses skip this function
        return value

    def __dir__():
        return sorted(set(importlib.import_module(package).__dict__) | set(names))

    return __getattr__, __dir__
