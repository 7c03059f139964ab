"""The zip a user installs: built from committed files, loads in a fresh profile."""
import subprocess
import zipfile

from conftest import REPO, QgisProcess, enable_plugin


def test_zip_installs_into_a_fresh_profile(tmp_path):
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True)
    archive = REPO / "dist" / "mali_sites.zip"
    with zipfile.ZipFile(archive) as bundle:
        names = bundle.namelist()
        assert "mali_sites/metadata.txt" in names and "mali_sites/__init__.py" in names
        assert "mali_sites/resources/standards/sphere_2018.json" in names
        assert not [n for n in names if n.startswith(("mali_sites/tests/", "mali_sites/.ci/"))]
        assert "mali_sites/Makefile" not in names
        plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        bundle.extractall(plugins)
    enable_plugin(tmp_path)
    listing = QgisProcess(tmp_path).command("list")
    assert listing.returncode == 0, listing.stderr
    ours = [line.split()[0] for line in listing.stdout.splitlines() if line.strip().startswith("malisites:")]
    from sample_runs import sample_runs
    assert sorted(ours) == sorted(sample_runs())


def _checker():
    import importlib.util
    spec = importlib.util.spec_from_file_location("check_plugin_zip", REPO / "tools" / "check_plugin_zip.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_zip_meets_the_plugin_repository_rules():
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True)
    archive = REPO / "dist" / "mali_sites.zip"
    errors, warnings = _checker().problems(archive)
    assert errors == []
    assert warnings == ["metadata email 'maintainers@mali-sites.invalid' is a placeholder: the maintainers "
                        "set their contact before publishing"]
    errors, _ = _checker().problems(archive, release=True)
    assert len(errors) == 1 and "placeholder" in errors[0]
    with zipfile.ZipFile(archive) as bundle:
        names = bundle.namelist()
    assert "mali_sites/LICENSE" in names and "mali_sites/resources/i18n/mali_sites_fr.qm" in names
    assert not [n for n in names if n.endswith((".ts", ".pyc")) or "__pycache__" in n or "/tools/" in n]


def _zip(tmp_path, members):
    path = tmp_path / "plugin.zip"
    with zipfile.ZipFile(path, "w") as bundle:
        for name, text in members.items():
            bundle.writestr(name, text)
    return path


GOOD_METADATA = ("[general]\nname=X\ndescription=d\nversion=1.0\nqgisMinimumVersion=3.22\nauthor=A\n"
                 "email=a@b.org\nabout=a\ntracker=https://h.org/t\nrepository=https://h.org/r\n"
                 "changelog=1.0 first\n")


def test_the_checker_refuses_what_the_repository_refuses(tmp_path):
    problems = _checker().problems
    good = {"demo/__init__.py": "", "demo/metadata.txt": GOOD_METADATA, "demo/LICENSE": "GPL"}
    assert problems(_zip(tmp_path, good)) == ([], [])
    cases = {
        "no LICENSE in demo/": {k: v for k, v in good.items() if k != "demo/LICENSE"},
        "forbidden file or folder: demo/__pycache__/a.pyc": dict(good, **{"demo/__pycache__/a.pyc": ""}),
        "metadata.txt has no tracker": dict(good, **{"demo/metadata.txt": GOOD_METADATA.replace(
            "tracker=https://h.org/t\n", "")}),
        "the changelog does not start with version 1.0": dict(good, **{"demo/metadata.txt": GOOD_METADATA.replace(
            "changelog=1.0", "changelog=0.9")}),
        "metadata repository is not a web address: 'repo'": dict(good, **{"demo/metadata.txt": GOOD_METADATA.replace(
            "repository=https://h.org/r", "repository=repo")}),
        "development file in the zip: demo/tests/test_a.py": dict(good, **{"demo/tests/test_a.py": ""}),
    }
    for expected, members in cases.items():
        errors, _ = problems(_zip(tmp_path, members))
        assert expected in errors, (expected, errors)
    errors, _ = problems(_zip(tmp_path, dict(good, **{"other/__init__.py": ""})))
    assert errors and errors[0].startswith("the zip must hold one folder")
