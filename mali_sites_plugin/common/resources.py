"""Where the core finds the data files it ships (standards profiles, P-code
tables): resources/<name> of the plugin's tree (QGIS, a checkout, an
editable install), or the copy pip installs inside the package as
mali_sites_plugin/<name>_data (pyproject.toml)."""
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resource_dir(name):
    installed = _PACKAGE / (name + "_data")
    return installed if installed.is_dir() else _PACKAGE.parent / "resources" / name
