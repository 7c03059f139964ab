"""The algorithms in QGIS's model designer: models chaining them, built as the
designer builds them, saved as .model3 files and opened again, give what the
same algorithms give run one after the other."""
import fiona
from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                       QgsProcessingModelParameter, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterRasterLayer)

from conftest import SAMPLE_DATA

SITES, DEPTH = str(SAMPLE_DATA / "sites.gpkg"), str(SAMPLE_DATA / "flood_depth_q100.tif")
DTM_LIST = str(SAMPLE_DATA / "dtm_sites_mopti.csv")
Source = QgsProcessingModelChildParameterSource


def model_of(name, inputs, children):
    """A model with ``inputs`` (parameter definitions) and ``children``:
    [(child id, algorithm id, {parameter: source}, {model output name: child output})]."""
    model = QgsProcessingModelAlgorithm(name, "Mali Sites tests")
    for parameter in inputs:
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    for child_id, algorithm_id, sources, outputs in children:
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        for parameter, source in sources.items():
            child.addParameterSources(parameter, [source])
        model_outputs = {}
        for output_name, child_output in outputs.items():
            model_outputs[output_name] = QgsProcessingModelOutput(output_name)
            model_outputs[output_name].setChildOutputName(child_output)
        child.setModelOutputs(model_outputs)
        model.addChildAlgorithm(child)
    return model


def saved_and_opened(model, folder):
    """The model written to a .model3 file and read back, as the designer opens it."""
    path = folder / "model.model3"
    assert model.toFile(str(path))
    opened = QgsProcessingModelAlgorithm()
    assert opened.fromFile(str(path))
    opened.initAlgorithm()
    return opened


def exposure_by_site(path, suffix="flood_depth_q100"):
    with fiona.open(path) as layer:
        return {f["properties"]["site_id"]: (f["properties"]["wet_pct_" + suffix],
                                             f["properties"]["exposed_people_" + suffix]) for f in layer}


def test_a_saved_model_chains_floodexposure_into_printoverview(run_algorithm, tmp_path):
    model = saved_and_opened(model_of("Flood overview", [
        QgsProcessingParameterFeatureSource("sites", "Sites"), QgsProcessingParameterRasterLayer("depth", "Depth")], [
        ("exposure", "malisites:floodexposure", {"SITES": Source.fromModelParameter("sites"),
                                                 "HAZARDS": Source.fromModelParameter("depth"),
                                                 "POPULATION_FIELD": Source.fromStaticValue("individuals")},
         {"exposed_sites": "OUTPUT_SITES"}),
        ("overview", "malisites:printoverview", {"SITE": Source.fromChildOutput("exposure", "OUTPUT_SITES")},
         {"overview_pdf": "OUTPUT"})]), tmp_path)
    exposed, pdf = tmp_path / "exposed.gpkg", tmp_path / "overview.pdf"
    results = run_algorithm(model, {"sites": SITES, "depth": DEPTH, "exposure:exposed_sites": str(exposed),
                                    "overview:overview_pdf": str(pdf)})
    assert results["exposure:exposed_sites"] == str(exposed) and pdf.stat().st_size > 0
    alone = run_algorithm("malisites:floodexposure", {"SITES": SITES, "HAZARDS": [DEPTH], "POPULATION_FIELD": "individuals",
                                                       "OUTPUT_SITES": str(tmp_path / "alone.gpkg")})
    chained = exposure_by_site(exposed)
    assert chained == exposure_by_site(alone["OUTPUT_SITES"])
    assert any(wet > 0 for wet, _ in chained.values())  # the comparison holds flooded sites


def dtm_exposure_model():
    """The DTM team's chain: the site list imported as points, then their
    exposure as circles of the Sphere area per person."""
    return model_of("DTM sites flood exposure", [QgsProcessingParameterFile("dtm", "DTM list")], [
        ("import", "malisites:importdtmsites", {"INPUT": Source.fromModelParameter("dtm")}, {}),
        ("exposure", "malisites:floodexposure", {"SITES": Source.fromChildOutput("import", "OUTPUT"),
                                                 "HAZARDS": Source.fromStaticValue(DEPTH),
                                                 "POPULATION_FIELD": Source.fromStaticValue("individuals")},
         {"exposed_sites": "OUTPUT_SITES"})])


def test_a_saved_model_imports_a_dtm_list_and_maps_its_flood_exposure(run_algorithm, qgis_process, tmp_path):
    """In QGIS (the model as the designer opens it) and through qgis_process
    (the .model3 file), the same as the two algorithms run one after the other."""
    exposed = tmp_path / "exposed.gpkg"
    run_algorithm(saved_and_opened(dtm_exposure_model(), tmp_path), {"dtm": DTM_LIST, "exposure:exposed_sites": str(exposed)})
    batch = tmp_path / "batch.gpkg"
    qgis_process.run(str(tmp_path / "model.model3"), {"dtm": DTM_LIST, "exposure:exposed_sites": str(batch)})
    points = run_algorithm("malisites:importdtmsites", {"INPUT": DTM_LIST, "OUTPUT": str(tmp_path / "points.gpkg")})
    alone = run_algorithm("malisites:floodexposure", {"SITES": points["OUTPUT"], "HAZARDS": [DEPTH],
                                                       "POPULATION_FIELD": "individuals",
                                                       "OUTPUT_SITES": str(tmp_path / "alone.gpkg")})
    chained = exposure_by_site(exposed)
    assert len(chained) == 5 and chained == exposure_by_site(alone["OUTPUT_SITES"]) == exposure_by_site(batch)
    assert sum(1 for wet, _ in chained.values() if wet) >= 2  # sites on the raster, flooded, are compared


def test_a_saved_model_lays_out_a_site_and_audits_its_wash_as_built(run_algorithm, tmp_path):
    """The planner's chain: a plan, its water points and latrine blocks taken
    from its facilities, and washcoverage walking the plan's own paths. The
    plan meets the standard it was drawn to: every household within reach."""
    def facilities(kind):
        return ("only_" + kind, "native:extractbyattribute", {
            "INPUT": Source.fromChildOutput("plan", "OUTPUT_FACILITIES"), "FIELD": Source.fromStaticValue("kind"),
            "OPERATOR": Source.fromStaticValue(0), "VALUE": Source.fromStaticValue(kind)}, {})
    model = saved_and_opened(model_of("Plan and audit", [QgsProcessingParameterFeatureSource("site", "Site")], [
        ("plan", "malisites:sitelayout", {"SITE": Source.fromModelParameter("site"),
                                          "SITE_ID_FIELD": Source.fromStaticValue("site_id")}, {}),
        facilities("water_point"), facilities("latrine_block"),
        ("audit", "malisites:washcoverage", {
            "SHELTERS": Source.fromChildOutput("plan", "OUTPUT_PLOTS"), "POPULATION_FIELD": Source.fromStaticValue("people"),
            "PATHS": Source.fromChildOutput("plan", "OUTPUT_PATHS"),
            "WATER_POINTS": Source.fromChildOutput("only_water_point", "OUTPUT"),
            "WATER_TYPE_FIELD": Source.fromStaticValue("water_type"), "TAPS_FIELD": Source.fromStaticValue("taps"),
            "LATRINES": Source.fromChildOutput("only_latrine_block", "OUTPUT"),
            "CUBICLES_FIELD": Source.fromStaticValue("cubicles"), "LATRINE_BLOCK_FIELD": Source.fromStaticValue("block"),
            "SUGGEST_WATER_POINTS": Source.fromStaticValue(0), "SUGGEST_LATRINES": Source.fromStaticValue(0)},
         {"audited_shelters": "OUTPUT_SHELTERS"})]), tmp_path)
    shelters = tmp_path / "shelters.gpkg"
    results = run_algorithm(model, {"site": SITES, "audit:audited_shelters": str(shelters)})
    plan, audit = results["CHILD_RESULTS"]["plan"], results["CHILD_RESULTS"]["audit"]
    with fiona.open(shelters) as layer:
        households = [f["properties"] for f in layer if f["properties"]["people"] > 0]
    assert len(households) == plan["plots"] and audit["people"] == plan["planned_people"] > 0
    assert all(h["wp_ok"] == 1 and h["lat_ok"] == 1 for h in households)
    assert audit["pct_within_water_distance"] == audit["pct_within_latrine_distance"] == 100.0
