"""Bad-input suite: outputs (tests/bad_inputs.py). Each algorithm run once
to files, then again to the same files and killed (SIGKILL) at 80 %: the
harness checks the output folder is byte-identical (a killed run cannot
clean up: its staged files are in QGIS's processing temporary folder, never
at the destination). File destinations in a missing folder or naming a
folder are refused before any work, naming the parameter and the path."""
import glob
import os
import shutil
import sqlite3
import tempfile

import pytest

from conftest import SAMPLE_DATA

Q10 = str(SAMPLE_DATA / "flood_depth_q10.tif")
WASH = {
    "SHELTERS": str(SAMPLE_DATA / "shelters.gpkg"), "POPULATION_FIELD": "people",
    "SITE": str(SAMPLE_DATA / "sites.gpkg"),
    "WATER_POINTS": str(SAMPLE_DATA / "water_points.gpkg"), "WATER_ID_FIELD": "wp_id",
    "WATER_TYPE_FIELD": "type", "FUNCTIONAL_FIELD": "functional",
    "LATRINES": str(SAMPLE_DATA / "latrines.gpkg"), "LATRINE_ID_FIELD": "latrine_id",
    "CUBICLES_FIELD": "cubicles", "GENDER_FIELD": "gender", "LATRINE_FUNCTIONAL_FIELD": "functional"}
FLOOD = {"HAZARDS": Q10, "SITES": str(SAMPLE_DATA / "sites.gpkg"), "POPULATION_FIELD": "individuals",
         "CORRIDORS": str(SAMPLE_DATA / "corridors.gpkg")}
LAYOUT = {"SITE": str(SAMPLE_DATA / "sites.gpkg"), "SITE_ID_FIELD": "site_id", "POPULATION_FIELD": "individuals",
          "EXCLUSIONS": str(SAMPLE_DATA / "exclusions.gpkg"), "HAZARD": str(SAMPLE_DATA / "flood_depth_q100.tif"),
          "DEM": str(SAMPLE_DATA / "dem.tif"), "ROADS": str(SAMPLE_DATA / "roads.gpkg")}


def dtm_list(path, rows=3000, people="2117"):
    """A DTM site list of ``rows`` sites around Mopti (long enough for the
    kill at 80 % to land while the run is writing)."""
    lines = ["Code site;Nom du site;Région;Cercle;Commune;Type de site;Latitude;Longitude;Ménages;Personnes"]
    for i in range(rows):
        lines.append("S%05d;Site %d;Mopti;Mopti;Socoura;planifié;%.5f;%.5f;351;%s"
                     % (i, i, 14.40 + (i % 60) * 0.004, -4.30 + (i // 60) * 0.004, people if i == 0 else "2117"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def many_sites(path, copies=4):
    """The sample sites ``copies`` times over: a site map of that many pages."""
    import geopandas as gpd
    import pandas as pd
    sites = gpd.read_file(SAMPLE_DATA / "sites.gpkg")
    frames = []
    for copy in range(copies):
        frame = sites.copy()
        frame["site_id"] = frame["site_id"] + "-%d" % copy
        frame["site_name"] = frame["site_name"] + " %d" % copy
        frames.append(frame)
    gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=sites.crs).to_file(path, driver="GPKG")
    return str(path)


def geopackage_with_layer(path):
    """A GeoPackage of the user's holding one layer, 'sites' (a copy of the sample's)."""
    with sqlite3.connect(str(SAMPLE_DATA / "sites.gpkg")) as source, sqlite3.connect(str(path)) as target:
        source.backup(target)
    source.close()
    target.close()
    return str(path)


def wash_inputs(folder, shelters=11_000):
    """Shelters (enough for the shelter layer to be written in three
    batches: the kill at 80 % lands while the run writes), water points and
    latrines on a 2 km square, in UTM 30N."""
    import fiona
    import numpy as np
    rng = np.random.default_rng(7)

    def points(name, count, fields):
        path = str(folder / name)
        schema = {"geometry": "Point", "properties": {key: kind for key, (kind, _) in fields.items()}}
        with fiona.open(path, "w", driver="GPKG", schema=schema, crs="EPSG:32630") as sink:
            sink.writerecords({"geometry": {"type": "Point", "coordinates": (float(x), float(y))},
                               "properties": {key: values[i] for key, (_, values) in fields.items()}}
                              for i, (x, y) in enumerate(rng.uniform(0, 2000, (count, 2)) + (370000, 1600000)))
        return path
    return {"SHELTERS": points("shelters.gpkg", shelters, {"people": ("int", [5] * shelters)}),
            "POPULATION_FIELD": "people",
            "WATER_POINTS": points("water.gpkg", 40, {"name": ("str", ["W%d" % i for i in range(40)])}),
            "LATRINES": points("latrines.gpkg", 80, {"cubicles": ("int", [2] * 80)}), "CUBICLES_FIELD": "cubicles"}


def layers_of(path):
    import fiona
    return sorted(fiona.listlayers(path))


def killed_over_existing(bad_input, algorithm, parameters):
    bad_input.check(algorithm, parameters)
    written = sorted(p.name for p in bad_input.out.iterdir())
    assert written, "the first run wrote nothing"
    bad_input.check(algorithm, parameters, kill_at_percent=80)
    return written


def staged_runs():
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "processing_*", "mali_sites_run_*")))


def test_dtm_import_killed_at_80_percent_over_its_outputs(bad_input, tmp_path):
    """The killed run's staged files stay in its own QGIS temporary folder
    (which QGIS could not empty), not beside the outputs."""
    before = staged_runs()
    assert killed_over_existing(bad_input, "malisites:importdtmsites", {
        "INPUT": dtm_list(tmp_path / "sites.csv"), "OUTPUT": str(bad_input.out / "sites.gpkg"),
        "REJECTED": str(bad_input.out / "rejected.csv")}) == ["rejected.csv", "sites.gpkg"]
    left = [staged for staged in staged_runs() - before  # (another process's run may be staging too)
            if "sites.gpkg" in {os.path.basename(p) for p in glob.glob(os.path.join(staged, "*", "*"))}]
    assert len(left) == 1
    shutil.rmtree(os.path.dirname(left[0]))  # the killed run's temporary folder


def test_dtm_import_to_a_shapefile_killed_at_80_percent(bad_input, tmp_path):
    written = killed_over_existing(bad_input, "malisites:importdtmsites", {
        "INPUT": dtm_list(tmp_path / "sites.csv"), "OUTPUT": str(bad_input.out / "sites.shp")})
    assert {"sites.shp", "sites.dbf", "sites.shx", "sites.prj"} <= set(written)


def test_wash_killed_at_80_percent_over_its_outputs(bad_input, tmp_path):
    out = bad_input.out
    killed_over_existing(bad_input, "malisites:washcoverage", dict(
        wash_inputs(tmp_path), OUTPUT_SHELTERS=str(out / "shelters.gpkg"), OUTPUT_WATER_POINTS=str(out / "water.gpkg"),
        OUTPUT_LATRINES=str(out / "latrines.gpkg"), OUTPUT_GAPS=str(out / "gaps.geojson"),
        OUTPUT_SUGGESTED=str(out / "suggested.gpkg"), OUTPUT_REPORT=str(out / "wash.html")))


def test_flood_killed_at_80_percent_over_its_outputs(bad_input):
    out = bad_input.out
    assert killed_over_existing(bad_input, "malisites:floodexposure", dict(
        FLOOD, OUTPUT_SITES=str(out / "sites.gpkg"), OUTPUT_CORRIDORS=str(out / "corridors.gpkg"),
        OUTPUT_CORRIDOR_SEGMENTS=str(out / "segments.gpkg"), OUTPUT_TABLE=str(out / "totals.csv"),
        OUTPUT_REPORT=str(out / "flood.html"))) == ["corridors.gpkg", "flood.html", "segments.gpkg",
                                                    "sites.gpkg", "totals.csv"]


def test_layout_killed_at_80_percent_over_its_outputs(bad_input):
    out = bad_input.out
    outputs = {name: str(out / (name.lower() + ".gpkg")) for name in (
        "OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS", "OUTPUT_ROADS", "OUTPUT_FIREBREAKS",
        "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED")}
    killed_over_existing(bad_input, "malisites:sitelayout", dict(LAYOUT, OUTPUT_REPORT=str(out / "layout.html"),
                                                                 **outputs))


def test_site_map_killed_at_80_percent_over_its_pdf(bad_input, tmp_path):
    assert killed_over_existing(bad_input, "malisites:printsitemap", {
        "SITE": many_sites(tmp_path / "sites.gpkg"), "OUTPUT": str(bad_input.out / "map.pdf")}) == ["map.pdf"]


def test_flood_layer_added_to_a_geopackage_with_other_layers_killed_at_80_percent(bad_input):
    planning = geopackage_with_layer(bad_input.out / "planning.gpkg")
    parameters = dict(FLOOD, OUTPUT_SITES="ogr:dbname='%s' table=\"exposure\" (geom)" % planning)
    bad_input.check("malisites:floodexposure", parameters, kill_at_percent=80)  # no partial layer left in it
    bad_input.check("malisites:floodexposure", parameters)
    assert layers_of(planning) == ["exposure", "sites"]
    bad_input.check("malisites:floodexposure", parameters, kill_at_percent=80)  # nor a changed one


def test_wash_two_layers_into_one_geopackage_killed_at_80_percent(bad_input, tmp_path):
    planning = geopackage_with_layer(bad_input.out / "planning.gpkg")
    parameters = dict(wash_inputs(tmp_path), OUTPUT_SHELTERS="ogr:dbname='%s' table=\"shelters\" (geom)" % planning,
                      OUTPUT_WATER_POINTS="%s|layername=water" % planning)
    bad_input.check("malisites:washcoverage", parameters)
    assert layers_of(planning) == ["shelters", "sites", "water"]
    assert sorted(p.name for p in bad_input.out.iterdir()) == ["planning.gpkg"]
    bad_input.check("malisites:washcoverage", parameters, kill_at_percent=80)


WASH_TO_MEMORY = dict(WASH, OUTPUT_SHELTERS="TEMPORARY_OUTPUT", OUTPUT_WATER_POINTS="TEMPORARY_OUTPUT")
FILE_OUTPUTS = [  # (algorithm, its inputs, a file destination)
    ("malisites:washcoverage", WASH_TO_MEMORY, "OUTPUT_REPORT"),
    ("malisites:floodexposure", FLOOD, "OUTPUT_REPORT"),
    ("malisites:floodexposure", FLOOD, "OUTPUT_TABLE"),
    ("malisites:sitelayout", dict(LAYOUT, OUTPUT_PLOTS="TEMPORARY_OUTPUT"), "OUTPUT_REPORT"),
    ("malisites:printsitemap", {"SITE": str(SAMPLE_DATA / "sites.gpkg")}, "OUTPUT"),
]


@pytest.mark.parametrize("algorithm, inputs, parameter", FILE_OUTPUTS, ids=[c[0][10:] + "-" + c[2] for c in FILE_OUTPUTS])
def test_a_file_in_a_missing_folder_is_refused(bad_input, algorithm, inputs, parameter):
    missing = bad_input.out / "no such folder"
    bad_input.check(algorithm, dict(inputs, **{parameter: str(missing / "result.html")}),
                    refused_with=[parameter, str(missing), "does not exist", "create it"])
    assert not missing.exists()


@pytest.mark.parametrize("algorithm, inputs, parameter", FILE_OUTPUTS, ids=[c[0][10:] + "-" + c[2] for c in FILE_OUTPUTS])
def test_a_file_naming_a_folder_is_refused(bad_input, algorithm, inputs, parameter):
    folder = bad_input.out / "reports"
    folder.mkdir()
    bad_input.check(algorithm, dict(inputs, **{parameter: str(folder)}),
                    refused_with=[parameter, str(folder), "is a folder", "give a file name"])


def test_a_layer_in_a_missing_folder_is_refused(bad_input, tmp_path):
    missing = bad_input.out / "no such folder"
    bad_input.check("malisites:importdtmsites", {"INPUT": dtm_list(tmp_path / "sites.csv", rows=5),
                                                "OUTPUT": str(missing / "sites.gpkg")},
                    refused_with=["OUTPUT", str(missing), "does not exist"])
