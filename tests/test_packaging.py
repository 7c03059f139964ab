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
