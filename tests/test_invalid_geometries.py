"""Invalid geometries reach the plugin's own intake in the QGIS desktop too.

The desktop (and processing.run without a context) builds its Processing
context from QGIS's "Invalid features filtering" setting (Settings > Options >
Processing > General), whose default stops an algorithm at the first invalid
geometry. The plugin repairs invalid geometries itself and counts them
(mali_sites_plugin/common/geometry.py), so its sources are read with QGIS's
check skipped: a bow-tie drawn on a phone is repaired and logged, not a failed run.
``run_algorithm`` (conftest.py) runs with that context, as every test does.
"""
import fiona
import pytest
from qgis.core import QgsProcessingException
from shapely.geometry import Polygon, mapping, shape

from conftest import SAMPLE_DATA

SAMPLE = SAMPLE_DATA / "sites.gpkg"


def sites_with_a_bow_tie(folder):
    """The sample sites, the first one redrawn as a bow-tie (its outline's
    corners visited crosswise: a self-intersecting ring) over the same land."""
    path = folder / "sites_bow_tie.gpkg"
    with fiona.open(SAMPLE) as source:
        features = list(source)
        schema, crs = source.schema, source.crs
    xmin, ymin, xmax, ymax = shape(features[0]["geometry"]).bounds
    bow_tie = Polygon([(xmin, ymin), (xmax, ymax), (xmax, ymin), (xmin, ymax)])
    assert not bow_tie.is_valid
    with fiona.open(path, "w", driver="GPKG", schema=dict(schema, geometry="Polygon"), crs=crs) as sink:
        for index, feature in enumerate(features):
            geometry = mapping(bow_tie) if index == 0 else feature["geometry"]
            sink.write({"geometry": geometry, "properties": dict(feature["properties"])})
    return str(path)


def test_the_desktop_context_stops_qgis_own_algorithms_at_the_bow_tie(run_algorithm, tmp_path):
    """The oracle: with the default setting, QGIS's own centroids refuse the layer,
    so the runs below meet the setting that stops at invalid geometries."""
    with pytest.raises(QgsProcessingException, match="invalid geometry"):
        run_algorithm("native:centroids", {"INPUT": sites_with_a_bow_tie(tmp_path),
                                                "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("algorithm, parameters", [
    ("malisites:floodexposure", {"HAZARDS": [str(SAMPLE_DATA / "flood_depth_q100.tif")], "SITES": "BOW_TIE",
                                 "POPULATION_FIELD": "individuals", "OUTPUT_SITES": "TEMPORARY_OUTPUT"}),
    ("malisites:sitelayout", {"SITE": "BOW_TIE", "SITE_ID_FIELD": "site_id", "OUTPUT_PLOTS": "TEMPORARY_OUTPUT"}),
    ("malisites:washcoverage", {"SHELTERS": str(SAMPLE_DATA / "shelters.gpkg"), "POPULATION_FIELD": "people",
                                "SITE": "BOW_TIE", "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"),
                                "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"),
                                "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT",
                                "OUTPUT_LATRINES": "TEMPORARY_OUTPUT"}),
])
def test_a_bow_tie_site_is_repaired_and_counted_with_the_desktop_setting(run_algorithm, tmp_path,
                                                                         algorithm, parameters):
    bow_tie = sites_with_a_bow_tie(tmp_path)
    results = run_algorithm(algorithm, {name: bow_tie if value == "BOW_TIE" else value
                                             for name, value in parameters.items()})
    assert results["geometries_repaired"] == 1 and results["geometries_skipped"] == 0


def test_a_bow_tie_site_is_printed_with_the_desktop_setting(run_algorithm, tmp_path):
    output = tmp_path / "sites.pdf"
    results = run_algorithm("malisites:printsitemap", {"SITE": sites_with_a_bow_tie(tmp_path),
                                                            "OUTPUT": str(output)})
    assert output.stat().st_size > 0 and results["pages"] == 3  # the bow-tie's page too
    assert results["geometries_repaired"] == 1
