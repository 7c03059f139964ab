"""make demo: every algorithm on resources/sample_data through qgis_process,
as a batch user runs them; maps (PDF), reports (HTML) and layers go to
demo-output/ (git-ignored). Then the README's pictures are made again from
them in resources/docs/: a picture of each product's style with its legend
and printed pages in French and English, so they are never stale."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "resources" / "sample_data"
OUT = REPO / "demo-output"
DOCS = REPO / "resources" / "docs"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import make_profile_dir, qgis_process_binary  # noqa: E402
from pictures import page_pictures, style_picture, styled_file_layer  # noqa: E402

# (PDF of the demo, page, picture in resources/docs, width in pixels)
README_PAGES = (("plan_sites_fr", 3, "plan_site_sevare_extension", 1000), ("carte_sites_fr", 3, "wash_flood_map_fr", 1000),
                ("site_maps_en", 3, "site_map_en_a4", 700))
# the DTM import has no role for printed maps to recognise: its style and title
DTM_STYLE = {"dtm_sites": ("dtm_sites", "Sites of the DTM list")}
# picture in resources/docs -> (demo outputs, top first; the site whose extent it shows, or None: all;
# the legend's language: the flood outputs carry the French class names of the demo's run)
README_STYLES = {
    "style_dtm_sites": (("dtm_sites",), None, "en"),
    "style_wash": (("wash_suggested", "wash_water_points", "wash_latrines", "wash_shelters", "wash_gaps"),
                   "Socoura", "en"),
    "style_flood": (("flood_sites", "flood_corridors", "flood_corridor_segments"), None, "fr"),
    "style_layout": (("layout_facilities", "layout_shelters", "layout_firebreaks", "layout_roads", "layout_blocks",
                      "layout_plots", "layout_excluded"), "Socoura", "en"),
}


def run(environment, algorithm, parameters):
    arguments = [qgis_process_binary(), "--json", "run", algorithm, "--"]
    for key, value in parameters.items():
        for item in (value if isinstance(value, (list, tuple)) else [value]):
            arguments.append("%s=%s" % (key, item))
    completed = subprocess.run(arguments, env=environment, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit("%s failed:\n%s\n%s" % (algorithm, completed.stdout[-2000:], completed.stderr[-2000:]))
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    numbers = {k: v for k, v in results.items() if isinstance(v, (int, float))}
    print("%-28s %s" % (algorithm, json.dumps(numbers, ensure_ascii=False)))
    return results


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    profile = make_profile_dir(Path(tempfile.mkdtemp(prefix="mali_sites_demo")))
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")

    run(environment, "malisites:importdtmsites", {
        "INPUT": DATA / "dtm_sites_mopti.csv", "OUTPUT": OUT / "dtm_sites.gpkg",
        "REJECTED": OUT / "dtm_sites_rejected.csv"})

    wash = {name: OUT / ("wash_%s.gpkg" % name) for name in
            ("shelters", "water_points", "latrines", "gaps", "suggested")}
    run(environment, "malisites:washcoverage", {
        "SHELTERS": DATA / "shelters.gpkg", "POPULATION_FIELD": "people", "SITE": DATA / "sites.gpkg",
        "WATER_POINTS": DATA / "water_points.gpkg", "WATER_ID_FIELD": "wp_id", "WATER_TYPE_FIELD": "type",
        "FUNCTIONAL_FIELD": "functional", "LATRINES": DATA / "latrines.gpkg",
        "LATRINE_ID_FIELD": "latrine_id", "CUBICLES_FIELD": "cubicles", "GENDER_FIELD": "gender",
        "LATRINE_FUNCTIONAL_FIELD": "functional", "LANGUAGE": 1,
        "OUTPUT_SHELTERS": wash["shelters"], "OUTPUT_WATER_POINTS": wash["water_points"],
        "OUTPUT_LATRINES": wash["latrines"], "OUTPUT_GAPS": wash["gaps"],
        "OUTPUT_SUGGESTED": wash["suggested"], "OUTPUT_REPORT": OUT / "wash_report_fr.html"})

    flood = {name: OUT / ("flood_%s.gpkg" % name) for name in ("sites", "corridors", "corridor_segments")}
    run(environment, "malisites:floodexposure", {
        "HAZARDS": [DATA / "flood_depth_q10.tif", DATA / "flood_depth_q100.tif"],
        "SCENARIO_NAMES": "Q10,Q100", "SITES": DATA / "sites.gpkg", "POPULATION_FIELD": "individuals",
        "CORRIDORS": DATA / "corridors.gpkg", "LANGUAGE": 1,
        "OUTPUT_SITES": flood["sites"], "OUTPUT_CORRIDORS": flood["corridors"],
        "OUTPUT_CORRIDOR_SEGMENTS": flood["corridor_segments"], "OUTPUT_TABLE": OUT / "flood_table.csv",
        "OUTPUT_REPORT": OUT / "flood_report_fr.html"})

    plan = {name: OUT / ("layout_%s.gpkg" % name) for name in
            ("plots", "shelters", "blocks", "roads", "firebreaks", "facilities", "excluded", "paths",
             "drains")}
    run(environment, "malisites:sitelayout", dict(
        SITE=DATA / "sites.gpkg", SITE_ID_FIELD="site_id", EXCLUSIONS=DATA / "exclusions.gpkg",
        HAZARD=DATA / "flood_depth_q100.tif", DEM=DATA / "dem.tif", ROADS=DATA / "roads.gpkg", LANGUAGE=1,
        OUTPUT_REPORT=OUT / "layout_report_fr.html",
        **{"OUTPUT_%s" % name.upper(): path for name, path in plan.items()}))

    run(environment, "malisites:printsitemap", {
        "SITE": DATA / "sites.gpkg",
        "LAYERS": [plan["facilities"], plan["shelters"], plan["drains"], plan["firebreaks"], plan["roads"],
                   plan["plots"],
                   plan["excluded"], flood["corridor_segments"]],
        "TEMPLATE": 0, "LANGUAGE": 1, "TITLE": "Plan d'aménagement des sites de Mopti - Sévaré",
        "AUTHOR": "Cluster CCCM Mali (démonstration, données fictives)", "OUTPUT": OUT / "plan_sites_fr.pdf"})
    run(environment, "malisites:printsitemap", {
        "SITE": DATA / "sites.gpkg",
        "LAYERS": [wash["suggested"], wash["water_points"], wash["latrines"], wash["shelters"], wash["gaps"],
                   flood["corridor_segments"], flood["sites"]],
        "TEMPLATE": 0, "LANGUAGE": 1, "TITLE": "Sites de déplacés de Mopti - Sévaré",
        "AUTHOR": "Cluster CCCM Mali (démonstration, données fictives)", "OUTPUT": OUT / "carte_sites_fr.pdf"})
    run(environment, "malisites:printsitemap", {
        "SITE": DATA / "sites.gpkg", "LAYERS": [wash["water_points"], wash["latrines"], wash["shelters"]],
        "TEMPLATE": 1, "LANGUAGE": 0, "OUTPUT": OUT / "site_maps_en.pdf"})
    readme_pictures(profile)
    print("\nDemo outputs in %s: open plan_sites_fr.pdf (the site plans) and carte_sites_fr.pdf (the WASH "
          "and flood map) first, then the HTML reports and the .gpkg layers in QGIS." % OUT)


def readme_pictures(profile):
    """resources/docs/: printed pages (pdftoppm) and each product's style
    drawn with its legend, from the outputs of this demo."""
    for pdf, page, name, width in README_PAGES:
        picture, = page_pictures(OUT / (pdf + ".pdf"), OUT / name, width, (page, page))
        shutil.move(str(picture), str(DOCS / (name + ".png")))
    from qgis.core import QgsApplication, QgsVectorLayer
    application = QgsApplication([], False)
    application.initQgis()
    sys.path.insert(0, str(profile / "profiles" / "default" / "python" / "plugins"))  # the plugin as mali_sites
    from mali_sites.mali_sites_plugin.common.standards import load_hazard_schemes
    schemes, default = load_hazard_schemes()
    # a copy: QGIS opens a GeoPackage for update and rewrites it, which must not touch the sample data
    shutil.copyfile(DATA / "sites.gpkg", OUT / "sites_extent.gpkg")
    sites = QgsVectorLayer(str(OUT / "sites_extent.gpkg"), "sites", "ogr")
    for name, (outputs, site, language) in README_STYLES.items():
        # every class of the run's scheme (the desktop's legend), not only those the features name
        class_names = {rank: item.name_in(language) for rank, item in enumerate(schemes[default].classes)}
        layers = [styled_file_layer(OUT / (output + ".gpkg"), language, *DTM_STYLE.get(output, (None, None)),
                                    class_names=class_names if output.startswith("flood_") else None)
                  for output in outputs]
        shown = None
        if site:
            shown = sites.clone()
            shown.setSubsetString("\"site_name\" = '%s'" % site)
        style_picture(layers, DOCS / (name + ".png"), shown, width_px=900)
    print("README pictures in %s" % DOCS)


if __name__ == "__main__":
    main()
