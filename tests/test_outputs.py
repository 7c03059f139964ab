"""Outputs of every algorithm (processing_algorithms/common/outputs.py):
written in a staging folder and moved into place only when a run succeeds,
so a failed or cancelled run over existing outputs leaves them byte-identical;
every write checked; unusable file destinations refused before any work."""
import os
import shutil
import sys
from pathlib import Path

import pytest
from qgis.core import (QgsProcessingException, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition,
                       QgsProcessingParameterFileDestination, QgsProcessingUtils, QgsProject, QgsVectorLayer,
                       QgsApplication)

from bad_inputs import folder_state
from conftest import SAMPLE_DATA, cancel_after
from sample_runs import sample_runs

ALGORITHMS = sorted(sample_runs())


def file_parameters(algorithm_id, out, extension=".gpkg"):
    """The sample run of ``algorithm_id`` with every output (the optional
    ones too) written to a file in ``out``."""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    parameters = dict(sample_runs()[algorithm_id])
    for definition in algorithm.destinationParameterDefinitions():
        if isinstance(definition, QgsProcessingParameterFileDestination):
            name = definition.name().lower() + "." + definition.defaultFileExtension()
        else:
            name = definition.name().lower() + extension
        parameters[definition.name()] = str(out / name)
    if algorithm_id == "malisites:importdtmsites":
        parameters.pop("ADMIN_FIGURES", None)  # only for files without coordinates
    return parameters


class CancelAt(QgsProcessingFeedback):
    """A user pressing Cancel once the progress bar shows ``percent``."""

    def __init__(self, percent):
        super().__init__()
        self.seen = 0.0
        self.progressChanged.connect(self._progress)
        self.percent = percent

    def _progress(self, value):
        self.seen = max(self.seen, value)
        if value >= self.percent:
            self.cancel()


def staging_folders():
    return sorted(Path(QgsProcessingUtils.tempFolder()).glob("mali_sites_run_*"))


def features(path, layer=None):
    source = str(path) if layer is None else "%s|layername=%s" % (path, layer)
    loaded = QgsVectorLayer(source, "check", "ogr")
    assert loaded.isValid(), source
    return loaded.featureCount()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("algorithm_id", ALGORITHMS)
def test_cancel_at_80_percent_keeps_existing_outputs(run_algorithm, out, algorithm_id):
    parameters = file_parameters(algorithm_id, out)
    first = run_algorithm(algorithm_id, parameters)
    before = folder_state(out)
    assert len(before) >= 1 + (algorithm_id not in ("malisites:printsitemap", "malisites:printoverview"))  # a PDF only
    for name, value in first.items():  # the results name the files in place
        if isinstance(value, str) and value.startswith(str(out)):
            assert os.path.exists(value.split("|")[0]), name
    feedback = CancelAt(80)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(algorithm_id, parameters, feedback=feedback)
    assert feedback.seen >= 80  # cancelled where the run writes, not before it started
    assert folder_state(out) == before
    assert staging_folders() == []


@pytest.mark.parametrize("algorithm_id", ALGORITHMS)
def test_cancel_after_the_last_write_keeps_existing_outputs(run_algorithm, out, algorithm_id):
    """A cancel the algorithm only notices once everything is written (the
    base class checks it last): nothing may have reached the destination."""
    parameters = file_parameters(algorithm_id, out)
    run_algorithm(algorithm_id, parameters)
    before = folder_state(out)

    class CancelAtTheEnd(QgsProcessingFeedback):
        def isCanceled(self):  # noqa: N802 - pressed while the last file was written: only the last check sees it
            return sys._getframe(1).f_code.co_name == "processAlgorithm"
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm(algorithm_id, parameters, feedback=CancelAtTheEnd())
    assert folder_state(out) == before


def test_success_replaces_the_outputs(run_algorithm, out):
    parameters = file_parameters("malisites:importdtmsites", out)
    run_algorithm("malisites:importdtmsites", parameters)
    before = features(out / "output.gpkg")
    fewer = out.parent / "fewer.csv"
    lines = (SAMPLE_DATA / "dtm_sites_mopti.csv").read_text(encoding="utf-8-sig").splitlines()
    fewer.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    results = run_algorithm("malisites:importdtmsites", dict(parameters, INPUT=str(fewer)))
    assert results["OUTPUT"].split("|")[0] == str(out / "output.gpkg")
    assert features(out / "output.gpkg") == results["rows_imported"] == 2 < before
    assert staging_folders() == []


def test_shapefile_with_its_companion_files(run_algorithm, out):
    parameters = file_parameters("malisites:washcoverage", out, extension=".shp")
    run_algorithm("malisites:washcoverage", parameters)
    (out / "output_shelters.qix").write_bytes(b"an old spatial index")
    before = folder_state(out)
    assert {"output_shelters.shp", "output_shelters.dbf", "output_shelters.shx", "output_shelters.prj"} <= set(before)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm("malisites:washcoverage", parameters, feedback=CancelAt(80))
    assert folder_state(out) == before
    results = run_algorithm("malisites:washcoverage", parameters)
    assert results["OUTPUT_SHELTERS"] == str(out / "output_shelters.shp")
    assert not (out / "output_shelters.qix").exists()  # the old index would not match the new file
    assert features(out / "output_shelters.shp") == features(SAMPLE_DATA / "shelters.gpkg")


def test_a_shapefile_that_would_merge_two_scenarios_columns_is_refused_before_any_file(run_algorithm, out):
    """dBase keeps 10 characters of a field name: Q10's and Q100's wet shares
    would both be 'wet_pct_fl' (GDAL would number the second), so the run
    stops with what to do, and no file is written."""
    depth = [str(SAMPLE_DATA / "flood_depth_q10.tif"), str(SAMPLE_DATA / "flood_depth_q100.tif")]
    with pytest.raises(QgsProcessingException, match="Site exposure \\(OUTPUT_SITES\\): a shapefile keeps only the first "
                       "10 characters of a field name, so the fields 'wet_pct_flood_depth_q10', "
                       "'wet_pct_flood_depth_q100' would all become 'wet_pct_fl'.*GeoPackage"):
        run_algorithm("malisites:floodexposure", {"HAZARDS": depth, "SITES": str(SAMPLE_DATA / "sites.gpkg"),
                                                  "OUTPUT_SITES": str(out / "sites.shp")})
    assert folder_state(out) == {}


def test_a_shapefile_with_names_cut_but_distinct_is_written_and_the_cut_said(run_algorithm, out):
    class Warnings(QgsProcessingFeedback):
        said = []

        def pushWarning(self, text):  # noqa: N802
            self.said.append(text)
    feedback = Warnings()
    results = run_algorithm("malisites:floodexposure", {
        "HAZARDS": [str(SAMPLE_DATA / "flood_depth_q100.tif")], "SITES": str(SAMPLE_DATA / "sites.gpkg"),
        "OUTPUT_SITES": str(out / "sites.shp")}, feedback=feedback)
    assert results["OUTPUT_SITES"] == str(out / "sites.shp") and features(out / "sites.shp") == 3
    assert any("so 13 field names are cut (such as 'individuals' to 'individual')" in text for text in feedback.said), \
        feedback.said


@pytest.mark.parametrize("extension", [".geojson", ".csv"])
def test_single_file_formats(run_algorithm, out, extension):
    parameters = file_parameters("malisites:importdtmsites", out, extension=extension)
    run_algorithm("malisites:importdtmsites", parameters)
    before = folder_state(out)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm("malisites:importdtmsites", parameters, feedback=CancelAt(80))
    assert folder_state(out) == before
    assert features(out / ("output" + extension)) > 0


def existing_geopackage(path):
    """A GeoPackage holding one layer of its own, 'keep', with two points."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorFileWriter
    keep = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "keep", "memory")
    for x in (1, 2):
        feature = QgsFeature(keep.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, x)))
        feature.setAttributes(["point %d" % x])
        keep.dataProvider().addFeature(feature)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "keep"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(keep, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError
    return path


def in_database(path, table):
    return "ogr:dbname='%s' table=\"%s\" (geom)" % (path, table)


WASH = sample_runs()["malisites:washcoverage"]


def test_a_layer_added_to_a_geopackage_with_other_layers(run_algorithm, out):
    planning = existing_geopackage(out / "planning.gpkg")
    before = folder_state(out)
    parameters = dict(WASH, OUTPUT_SHELTERS=in_database(planning, "wash_shelters"))
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm("malisites:washcoverage", parameters, feedback=CancelAt(80))
    assert folder_state(out) == before  # its other layer byte-identical, no partial layer
    results = run_algorithm("malisites:washcoverage", parameters)
    assert results["OUTPUT_SHELTERS"] == "%s|layername=wash_shelters" % planning
    assert features(planning, "keep") == 2
    assert features(planning, "wash_shelters") == features(SAMPLE_DATA / "shelters.gpkg")
    assert sorted(os.listdir(out)) == ["planning.gpkg"]


def test_two_outputs_into_one_geopackage(run_algorithm, out):
    """Two outputs of one run added to the same file, in both spellings
    (QGIS 3.22 itself would make a file called 'planning.gpkg|layername=...'
    of the second)."""
    planning = existing_geopackage(out / "planning.gpkg")
    parameters = dict(WASH, OUTPUT_SHELTERS=in_database(planning, "shelters"),
                      OUTPUT_WATER_POINTS="%s|layername=water" % planning)
    before = folder_state(out)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm("malisites:washcoverage", parameters, feedback=CancelAt(80))
    assert folder_state(out) == before
    results = run_algorithm("malisites:washcoverage", parameters)
    assert results["OUTPUT_WATER_POINTS"] == "%s|layername=water" % planning
    assert features(planning, "keep") == 2
    assert features(planning, "shelters") == features(SAMPLE_DATA / "shelters.gpkg")
    assert features(planning, "water") == features(SAMPLE_DATA / "water_points.gpkg")
    assert sorted(os.listdir(out)) == ["planning.gpkg"]


def test_a_new_geopackage_named_in_the_database_form(run_algorithm, out):
    results = run_algorithm("malisites:washcoverage",
                            dict(WASH, OUTPUT_GAPS=in_database(out / "new.gpkg", "gaps")))
    assert results["OUTPUT_GAPS"] == "%s|layername=gaps" % (out / "new.gpkg")
    assert features(out / "new.gpkg", "gaps") >= 0


def test_memory_outputs_are_unchanged(run_algorithm):
    results = run_algorithm("malisites:washcoverage", dict(WASH))
    assert isinstance(results["OUTPUT_SHELTERS"], QgsVectorLayer)  # processing.run hands back the memory layer
    assert results["OUTPUT_SHELTERS"].featureCount() == features(SAMPLE_DATA / "shelters.gpkg")
    assert staging_folders() == []


def test_desktop_run_loads_and_styles_the_final_files(run_and_load, out):
    """The layers QGIS loads on completion, and their styles, are the files in place."""
    project = QgsProject.instance()
    parameters = file_parameters("malisites:washcoverage", out)
    for name in ("OUTPUT_SHELTERS", "OUTPUT_WATER_POINTS", "OUTPUT_LATRINES", "OUTPUT_GAPS", "OUTPUT_SUGGESTED"):
        parameters[name] = QgsProcessingOutputLayerDefinition(parameters[name], project)
    planning = existing_geopackage(out / "planning.gpkg")
    parameters["OUTPUT_GAPS"] = QgsProcessingOutputLayerDefinition(in_database(planning, "gaps"), project)
    layers = run_and_load("malisites:washcoverage", parameters)
    assert sorted(layers) == ["OUTPUT_GAPS", "OUTPUT_LATRINES", "OUTPUT_SHELTERS", "OUTPUT_SUGGESTED",
                              "OUTPUT_WATER_POINTS"]
    for name, layer in layers.items():
        source = layer.source().split("|")[0]
        assert Path(source).parent == out, (name, layer.source())
        assert layer.renderer().type() == "RuleRenderer", name
    assert layers["OUTPUT_GAPS"].source().startswith("%s|layername=gaps" % planning)
    assert layers["OUTPUT_SHELTERS"].featureCount() == features(SAMPLE_DATA / "shelters.gpkg")
    project.removeAllMapLayers()


def test_a_refused_feature_stops_the_run_naming_the_output(plugin):
    """A feature the writer refuses (a value too large for its field) stops
    the run with the output, its file and the writer's reason; it was
    counted and written nowhere before. (The DTM import now rejects such a
    row itself: the writer's refusal is met here with a writer that refuses.)"""
    from qgis.core import QgsFeature, QgsFeatureSink
    from mali_sites.processing_algorithms.common.outputs import CheckedSink

    class RefusingWriter(QgsFeatureSink):
        def addFeature(self, feature, flags=None):  # noqa: N802
            return False

        def addFeatures(self, features, flags=None):  # noqa: N802
            return False

        def lastError(self):  # noqa: N802
            return 'Value "3000000000" is too large for integer field individuals'

    sink = CheckedSink(RefusingWriter(), "Sites (OUTPUT)", "/data/sites.gpkg")
    for write in (lambda: sink.addFeature(QgsFeature()), lambda: sink.addFeatures([QgsFeature(), QgsFeature()])):
        with pytest.raises(QgsProcessingException) as refused:
            write()
        message = str(refused.value)
        for words in ("Output Sites (OUTPUT)", "/data/sites.gpkg", "refused", "too large for integer field"):
            assert words in message, message


def test_a_failed_move_says_where_the_results_are(run_algorithm, out, monkeypatch):
    """The destination cannot be replaced (a program holds it, as Windows
    locks an open file): the old outputs stay whole and the message says
    where the new ones were left."""
    parameters = file_parameters("malisites:floodexposure", out)
    run_algorithm("malisites:floodexposure", parameters)
    before = folder_state(out)
    real_replace = os.replace

    def locked(source, target):  # the new table cannot take the old one's place
        if target == str(out / "output_table.csv") and source.endswith(".new"):
            raise PermissionError(13, "Permission denied", target)
        return real_replace(source, target)
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(QgsProcessingException) as failed:
        run_algorithm("malisites:floodexposure", parameters)
    monkeypatch.undo()
    message = str(failed.value)
    assert "Permission denied" in message and "previous outputs are unchanged" in message, message
    assert folder_state(out) == before
    left = [folder for folder in staging_folders() if str(folder) in message]
    assert len(left) == 1
    assert sorted(p.name for p in left[0].rglob("*") if p.is_file()) == sorted(before)
    shutil.rmtree(left[0])


@pytest.mark.parametrize("algorithm_id, parameter", [
    ("malisites:washcoverage", "OUTPUT_REPORT"), ("malisites:floodexposure", "OUTPUT_TABLE"),
    ("malisites:sitelayout", "OUTPUT_REPORT"), ("malisites:printsitemap", "OUTPUT")])
def test_unusable_file_destinations_are_refused_before_any_work(run_algorithm, out, algorithm_id, parameter):
    parameters = file_parameters(algorithm_id, out)
    feedback = QgsProcessingFeedback()
    for path, words in ((out / "missing" / "file.x", ["does not exist", str(out / "missing"), "Create it"]),
                        (out, ["is a folder", str(out), "file name"])):
        with pytest.raises(QgsProcessingException) as refused:
            run_algorithm(algorithm_id, dict(parameters, **{parameter: str(path)}), feedback=feedback)
        for word in words + [parameter]:
            assert word in str(refused.value), str(refused.value)
        assert feedback.progress() == 0  # refused before any work
    assert folder_state(out) == {}


def test_cancel_during_the_work_leaves_no_staging(run_algorithm, out):
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm("malisites:sitelayout", file_parameters("malisites:sitelayout", out),
                      feedback=cancel_after(60))
    assert folder_state(out) == {} and staging_folders() == []


@pytest.mark.parametrize("destination", ["missing/sites.gpkg", "missing/sites.shp", "missing/planning.gpkg|layername=t"])
def test_a_layer_in_a_missing_folder_is_refused_before_any_work(run_algorithm, out, destination):
    """QGIS does not create the folder of a layer either (its writer fails):
    the run stops before any work, naming the output and the folder."""
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException) as refused:
        run_algorithm("malisites:washcoverage", dict(WASH, OUTPUT_GAPS=str(out / destination)), feedback=feedback)
    for words in ("OUTPUT_GAPS", str(out / "missing"), "does not exist"):
        assert words in str(refused.value), str(refused.value)
    assert feedback.progress() == 0 and folder_state(out) == {}


def test_a_geopackage_with_pending_changes_is_not_replaced(run_algorithm, out):
    """A '-wal' beside the GeoPackage: a program has it open (or crashed with
    it open); replacing the file under that journal would corrupt it."""
    parameters = file_parameters("malisites:importdtmsites", out)
    run_algorithm("malisites:importdtmsites", parameters)
    (out / "output.gpkg-wal").write_bytes(b"pages another connection has not checkpointed")
    before = folder_state(out)
    with pytest.raises(QgsProcessingException) as refused:
        run_algorithm("malisites:importdtmsites", parameters)
    for words in ("OUTPUT", str(out / "output.gpkg") + "-wal", "open in QGIS"):
        assert words in str(refused.value), str(refused.value)
    assert folder_state(out) == before


def test_phase_times_add_up_to_the_run():
    """Time inside no phase is computing: the split sums to the wall time."""
    import time
    from mali_sites_plugin.common.timing import PhaseTimes
    started = time.perf_counter()
    times = PhaseTimes()
    with times.phase("read"):
        time.sleep(0.03)
    time.sleep(0.02)
    with times.phase("write"):
        time.sleep(0.01)
    split = times.seconds()
    elapsed = time.perf_counter() - started
    assert split["read"] >= 0.03 and split["write"] >= 0.01 and split["compute"] >= 0.02
    assert abs(sum(split.values()) - elapsed) < 0.005


def test_a_style_survives_the_threads_copy_of_the_context(plugin):
    """A dialog runs the algorithm in a thread on a copy of its context, which
    hands its layers to load (and their styles) back to the dialog's context
    and is deleted: the style attached in the run must still be there for the
    dialog to apply when it loads the layer (it was freed with the copy, and
    every output of a dialog run loaded unstyled)."""
    import gc
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer
    from mali_sites.processing_algorithms.common.outputs import style_on_load
    dialogs = QgsProcessingContext()
    run = QgsProcessingContext()
    run.addLayerToLoadOnCompletion("taps", QgsProcessingContext.LayerDetails("Taps", QgsProject.instance(), "OUTPUT"))
    style_on_load(run, "taps", "wash_water_points")
    dialogs.takeResultsFrom(run)
    del run
    gc.collect()
    layer = QgsVectorLayer(str(SAMPLE_DATA / "water_points.gpkg"), "taps", "ogr")
    processor = dialogs.layerToLoadOnCompletionDetails("taps").postProcessor()
    processor.postProcessLayer(layer, dialogs, QgsProcessingFeedback())
    assert layer.renderer().type() == "RuleRenderer"
