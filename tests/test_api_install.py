"""The core installs with pip, as the README says, into a venv that takes the
geo stack from the system (--system-site-packages, --no-deps: no wheel of
shapely, rasterio or pyproj), and its API runs from outside the repository."""
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_DATA

SYSTEM_PYTHON = Path(sys.base_prefix) / "bin" / "python3"


def source_copy(root):
    """What the package is built from, copied so the build writes nothing into the repository."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "mali_sites_plugin", root / "mali_sites_plugin", ignore=ignore)
    for data in ("standards", "pcodes", "boundaries"):  # the data pyproject.toml packages
        shutil.copytree(REPO / "resources" / data, root / "resources" / data)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, root / name)
    return root


def make_venv(path):
    created = subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", "--system-site-packages", str(path)],
                             capture_output=True, text=True)
    if created.returncode != 0:
        pytest.skip("a venv cannot be created with %s: %s" % (SYSTEM_PYTHON, created.stderr.strip()[-300:]))
    return path / "bin" / "python"


def test_pip_installs_the_core_and_the_api_runs_outside_the_repository(tmp_path):
    python = make_venv(tmp_path / "venv")
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", str(source_copy(tmp_path / "source"))],
        capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    script = textwrap.dedent("""
        import json, pathlib, sys
        from importlib.metadata import requires, version
        from pip._vendor.packaging.requirements import Requirement
        import mali_sites_plugin
        from mali_sites_plugin import audit_wash, import_site_list
        import geopandas as gpd
        from mali_sites_plugin.common.standards import STANDARDS_DIR, load_profile
        sites, rejected = import_site_list(%r)
        shelters = gpd.read_file(%r)
        audit = audit_wash(shelters, gpd.read_file(%r), population_column="people",
                           suggest_water_points=0, suggest_latrines=0)
        print(json.dumps({"package": mali_sites_plugin.__file__, "standards": str(STANDARDS_DIR),
                          "profile": load_profile("unhcr").id, "sites": len(sites), "rejected": len(rejected),
                          "shelters": len(audit.shelters), "people": audit.summary["people"],
                          "unmet": [str(r) for r in map(Requirement, requires("mali-sites"))
                                    if not r.specifier.contains(version(r.name), prereleases=True)],
                          "subpackages": sorted(p.parent.name for p in
                                                pathlib.Path(mali_sites_plugin.__file__).parent.glob("*/__init__.py"))}))
    """ % (str(SAMPLE_DATA / "dtm_sites_mopti.csv"), str(SAMPLE_DATA / "shelters.gpkg"),
           str(SAMPLE_DATA / "water_points.gpkg")))
    ran = subprocess.run([str(python), "-c", script], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=300)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert "PROJ" not in ran.stderr, ran.stderr  # the package pointed pyproj at the system's PROJ data
    outcome = json.loads(ran.stdout.strip().splitlines()[-1])
    site_packages = tmp_path / "venv" / "lib"
    assert Path(outcome["package"]).is_relative_to(site_packages)
    assert Path(outcome["standards"]).is_relative_to(site_packages)  # the packaged profiles, not the repository's
    assert outcome["profile"] == "unhcr"
    assert outcome["unmet"] == []  # the system's packages meet every dependency: pip would install none
    assert (outcome["sites"], outcome["rejected"]) == (5, 2)
    assert outcome["shelters"] == 2242 and outcome["people"] == 13556
    # every package of the core is installed (pyproject.toml lists them one by one)
    assert outcome["subpackages"] == sorted(p.parent.name for p in (REPO / "mali_sites_plugin").glob("*/__init__.py"))


def test_pyproject_version_is_the_plugins():
    metadata = dict(line.split("=", 1) for line in (REPO / "metadata.txt").read_text(encoding="utf-8").splitlines()
                    if "=" in line and not line.startswith((" ", "\t")))
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = "%s"' % metadata["version"].strip() in pyproject
