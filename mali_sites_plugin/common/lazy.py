"""Modules imported on first use.

QGIS imports the plugin at start-up (even for `qgis_process list`); numpy,
shapely, pyproj, rasterio, scipy, openpyxl and geopandas, and most of the
products' own modules, are only needed when an algorithm runs, and cost time
(or may be missing). Two tools, one rule: what the plugin imports when it
loads (the provider, the algorithm modules and what declaring parameters and
help needs) reaches what only runs through them.

- ``lazy_exports``: a package's __init__ names its entry points and the
  module holding each is imported when the name is first used (PEP 562), so
  `from mali_sites_plugin.flood import assess_sites` works in a notebook and
  `flood_core.assess_sites(...)` in the glue imports the flood core at run time.
- ``lazy_module``: ``np = lazy_module("numpy")`` at the top of a module the
  plugin loads, in place of ``import numpy as np``: the module is imported
  when one of its attributes is first read (``np.zeros``), then reads as fast
  as the module itself.
"""
import importlib
import importlib.util
import types


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


class _LazyModule(types.ModuleType):
    def __getattr__(self, attribute):  # only called for names not copied yet: before the import
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)  # later reads find the module's names directly
        return getattr(module, attribute)


def lazy_module(name, package=None):
    """Module ``name`` (relative to ``package`` when it starts with a dot),
    imported when one of its attributes is first read."""
    return _LazyModule(importlib.util.resolve_name(name, package))
