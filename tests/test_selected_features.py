"""'Selected features only', as a GIS officer ticks it in the desktop's dialog
after selecting sites on the map: only the selected features are read,
measured and written, and the layer is left as it was (its selection too)."""
import pytest
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

from conftest import SAMPLE_DATA


@pytest.fixture
def selected(plugin):
    """(layer added to the project, its source definition 'selected features
    only'): of the sample layer ``name``, the features whose ``field`` is in ``values``."""
    layers = []

    def select(name, field, values):
        layer = QgsVectorLayer(str(SAMPLE_DATA / name), name.split(".")[0], "ogr")
        QgsProject.instance().addMapLayer(layer)
        layers.append(layer)
        layer.selectByIds([f.id() for f in layer.getFeatures() if f[field] in values])
        assert 0 < layer.selectedFeatureCount() < layer.featureCount()
        return layer, QgsProcessingFeatureSourceDefinition(layer.id(), True)
    yield select
    for layer in layers:
        QgsProject.instance().removeMapLayer(layer.id())


def site_ids(layer, field="site_id"):
    return sorted({f[field] for f in layer.getFeatures()})


def test_floodexposure_assesses_the_selected_sites_only(run_algorithm, selected):
    layer, definition = selected("sites.gpkg", "site_id", ("S01", "S03"))
    results = run_algorithm("malisites:floodexposure", {
        "HAZARDS": [str(SAMPLE_DATA / "flood_depth_q100.tif")], "SITES": definition,
        "POPULATION_FIELD": "individuals", "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
    assert results["sites_assessed"] == 2 and site_ids(results["OUTPUT_SITES"]) == ["S01", "S03"]
    alone = run_algorithm("malisites:floodexposure", {
        "HAZARDS": [str(SAMPLE_DATA / "flood_depth_q100.tif")], "SITES": str(SAMPLE_DATA / "sites.gpkg"),
        "POPULATION_FIELD": "individuals", "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
    every = {f["site_id"]: f.attributes() for f in alone["OUTPUT_SITES"].getFeatures()}
    assert all(f.attributes() == every[f["site_id"]] for f in results["OUTPUT_SITES"].getFeatures())
    assert sorted(f["site_id"] for f in layer.selectedFeatures()) == ["S01", "S03"]


def test_sitelayout_plans_the_selected_site_only(run_algorithm, selected):
    _, definition = selected("sites.gpkg", "site_id", ("S02",))
    results = run_algorithm("malisites:sitelayout", {"SITE": definition, "SITE_ID_FIELD": "site_id",
                                                     "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"})
    assert results["sites_planned"] == 1 and site_ids(results["OUTPUT_PLOTS"]) == ["S02"]


def test_washcoverage_audits_the_selected_shelters_only(run_algorithm, selected):
    shelters, definition = selected("shelters.gpkg", "site_id", ("S01",))
    results = run_algorithm("malisites:washcoverage", {
        "SHELTERS": definition, "POPULATION_FIELD": "people",
        "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"), "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"),
        "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_LATRINES": "TEMPORARY_OUTPUT"})
    written = results["OUTPUT_SHELTERS"]
    assert written.featureCount() == shelters.selectedFeatureCount() and site_ids(written) == ["S01"]
    assert results["people"] == pytest.approx(sum(f["people"] for f in shelters.selectedFeatures()))


def test_printsitemap_prints_a_page_per_selected_site(run_algorithm, selected, tmp_path):
    _, definition = selected("sites.gpkg", "site_id", ("S01", "S02"))
    results = run_algorithm("malisites:printsitemap", {"SITE": definition, "OUTPUT": str(tmp_path / "maps.pdf")})
    assert results["pages"] == 2
