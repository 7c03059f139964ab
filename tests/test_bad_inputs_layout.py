"""Bad-input suite: malisites:sitelayout through qgis_process (tests/bad_inputs.py).

Sites are small squares near Mopti (UTM 30N) written to a GeoPackage in
tmp_path, so each case runs in seconds; the areas in the messages are the
squares' own (hand-computed in each case)."""
import numpy as np
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import LineString, Polygon, box

ALGORITHM = "malisites:sitelayout"
UTM = "EPSG:32630"
X0, Y0 = 380000.0, 1600000.0


def square(side, x=X0, y=Y0):
    return box(x, y, x + side, y + side)


def write_sites(path, geometries, ids=None, population=None, crs=UTM, population_kind=None):
    """A GeoPackage of sites: site_id (text) and, when given, a population field."""
    import geopandas as gpd
    data = {"site_id": ids or ["S%d" % (i + 1) for i in range(len(geometries))]}
    if population is not None:
        data["population"] = pd_series(population, population_kind)
    gpd.GeoDataFrame(data, geometry=list(geometries), crs=crs).to_file(str(path), driver="GPKG")
    return str(path)


def pd_series(values, kind):
    import pandas as pd
    return pd.Series(values, dtype=kind or "float64")


def write_raster(path, values, x0, y0, cell, crs=UTM):
    values = np.asarray(values, dtype="float32")
    with rasterio.open(str(path), "w", driver="GTiff", height=values.shape[0], width=values.shape[1], count=1,
                       dtype="float32", crs=crs, transform=from_origin(x0, y0, cell, cell), nodata=-9999.0) as dst:
        dst.write(values, 1)
        # statistics in the file, as the sample data carry them: QGIS would otherwise write them to
        # a .aux.xml beside it when it loads the layer (QGIS's doing, not the plugin's)
        dst.update_tags(1, STATISTICS_MINIMUM=float(values.min()), STATISTICS_MAXIMUM=float(values.max()),
                        STATISTICS_MEAN=float(values.mean()), STATISTICS_STDDEV=float(values.std()),
                        STATISTICS_VALID_PERCENT=100)
    return str(path)


def outputs(out):
    return {"OUTPUT_PLOTS": str(out / "plots.gpkg"), "OUTPUT_REPORT": str(out / "report.html")}


def run(bad_input, site, **parameters):
    values = {"SITE": site, "SITE_ID_FIELD": "site_id", **outputs(bad_input.out)}
    values.update(parameters)
    return values


# -- the site list as a whole ------------------------------------------------------------

def test_overlapping_sites_are_refused_with_both_ids_and_the_overlap(bad_input, tmp_path):
    # 200 m squares, B moved 100 m east of A: they share 100 x 200 = 20,000 m2, half of each
    site = write_sites(tmp_path / "sites.gpkg", [square(200.0), square(200.0, x=X0 + 100.0)], ["A", "B"])
    bad_input.check(ALGORITHM, run(bad_input, site), refused_with=[
        "Sites A and B overlap on 20,000 m2 (50 % of the smaller one", "merge the two into one site feature"])


def test_duplicate_site_ids_are_refused(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0), square(150.0, x=X0 + 500), square(150.0, x=X0 + 1000)],
                       ["K1", "K2", "K1"])
    bad_input.check(ALGORITHM, run(bad_input, site), refused_with=[
        "SITE_ID_FIELD 'site_id': the id K1 is given to 2 sites", "Give the sites unique ids"])


def test_a_2000_km2_site_is_refused_at_once_in_little_memory(bad_input, tmp_path):
    # 50 km x 40 km = 2,000 km2 (it ran 86 s, then died of MemoryError)
    site = write_sites(tmp_path / "sites.gpkg", [box(X0, Y0, X0 + 50000.0, Y0 + 40000.0)], ["huge"])
    bad_input.check(ALGORITHM, run(bad_input, site), refused_with=[
        "Site huge covers 2,000 km2, more than the 25 km2 one plan takes on",
        "largest camp on record", "check that its boundary is right"])
    # refused before any plan: the peak is QGIS's own (278 MB for a 150 m site here), not the site's
    assert bad_input.peak_memory_mb < 450, bad_input.peak_memory_mb


def test_a_population_of_1e12_is_refused(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(200.0)], ["P"], population=[1e12])
    bad_input.check(ALGORITHM, run(bad_input, site, POPULATION_FIELD="population"), refused_with=[
        "Site P: a population of 1,000,000,000,000 is more than the 1,000,000 people one site takes",
        "check the POPULATION value or the population field"])


# -- the site geometries -----------------------------------------------------------------

def test_a_site_with_no_area_is_skipped_and_said(bad_input, tmp_path):
    flat = Polygon([(X0 + 500, Y0), (X0 + 600, Y0), (X0 + 700, Y0)])  # three points on a line
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0), flat], ["good", "flat"])
    printed = bad_input.check(ALGORITHM, run(bad_input, site), logged=["sites_planned:\t1", "geometries_skipped:\t1"])
    assert "flat" in printed.lower()


def test_a_self_intersecting_site_is_repaired_and_logged(bad_input, tmp_path):
    bowtie = Polygon([(X0, Y0), (X0 + 200, Y0 + 200), (X0 + 200, Y0), (X0, Y0 + 200)])
    site = write_sites(tmp_path / "sites.gpkg", [bowtie], ["bow"])
    bad_input.check(ALGORITHM, run(bad_input, site), logged=["repaired", "geometries_repaired:\t1", "sites_planned:\t1"])


def test_sites_as_lines_are_refused(bad_input, tmp_path):
    import geopandas as gpd
    path = tmp_path / "lines.gpkg"
    gpd.GeoDataFrame({"site_id": ["L"]}, geometry=[LineString([(X0, Y0), (X0 + 300, Y0 + 300)])],
                     crs=UTM).to_file(str(path), driver="GPKG")
    bad_input.check(ALGORITHM, run(bad_input, str(path)), refused_with=["SITE", "polygon"])


# -- populations ---------------------------------------------------------------------------

def test_negative_and_null_populations_fall_back_to_population_and_say_so(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0), square(150.0, x=X0 + 500)], ["neg", "null"],
                       population=[-40.0, None])
    bad_input.check(ALGORITHM, run(bad_input, site, POPULATION_FIELD="population", POPULATION=100), logged=[
        "Site neg: no valid value in 'population'; POPULATION (100) is used",
        "Site null: no valid value in 'population'; POPULATION (100) is used", "planned 200"])


def test_a_text_population_falls_back_and_says_so(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0)], ["txt"], population=["about 300"],
                       population_kind="object")
    bad_input.check(ALGORITHM, run(bad_input, site, POPULATION_FIELD="population", POPULATION=60), logged=[
        "Site txt: no valid value in 'population'; POPULATION (60) is used", "planned 60"])


def test_zero_population_plans_the_capacity_and_says_so(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0)], ["zero"], population=[0.0])
    printed = bad_input.check(ALGORITHM, run(bad_input, site, POPULATION_FIELD="population"), logged=[
        "Site zero: no population to place (0): planned for its full capacity", "not placed 0"])
    capacity = float(printed.split("capacity_people:")[1].split()[0])
    planned = float(printed.split("planned_people:")[1].split()[0])
    assert capacity == planned > 0


# -- land: rasters, exclusions, setback ----------------------------------------------------

def test_a_hazard_raster_beside_the_site_is_refused(bad_input, tmp_path):
    raster = write_raster(tmp_path / "far.tif", np.zeros((20, 20)), X0 + 5000, Y0 + 200, 10.0)
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0)], ["S"])
    bad_input.check(ALGORITHM, run(bad_input, site, HAZARD=raster), refused_with=[
        "HAZARD raster", "does not overlap the site", "check that it covers the site"])


def test_a_hazard_raster_covering_half_the_site_is_logged(bad_input, tmp_path):
    # 10 m cells over x0..x0+100 of a 200 m square: it covers half the site; the rest counts as dry
    raster = write_raster(tmp_path / "half.tif", np.zeros((20, 10)), X0, Y0 + 200, 10.0)
    site = write_sites(tmp_path / "sites.gpkg", [square(200.0)], ["S"])
    bad_input.check(ALGORITHM, run(bad_input, site, HAZARD=raster), logged=[
        "covers only 50 % of the site; the rest is treated as dry", "sites_planned:\t1"])


def test_a_dem_in_another_crs_is_read_in_its_own(bad_input, tmp_path):
    # a DEM in degrees (EPSG:4326) under a site in UTM: a plane rising 1 m in 100 m eastwards (1 %),
    # well under the 10 % maximum: nothing is left out for slope and the slope check passes
    from pyproj import Transformer
    lon0, lat0 = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True).transform(X0 - 100, Y0 + 300)
    cell = 0.0001  # about 11 m
    columns = np.arange(60) * cell * 108000.0 * 0.01  # ~1 % of the ~10.8 m cell width, metres per column
    dem = write_raster(tmp_path / "dem4326.tif", np.tile(columns, (60, 1)) + 300.0, lon0, lat0, cell,
                       crs="EPSG:4326")
    site = write_sites(tmp_path / "sites.gpkg", [square(200.0)], ["S"])
    bad_input.check(ALGORITHM, run(bad_input, site, DEM=dem), logged=["check_max_slope_pct:\tpass", "sites_planned:\t1"])


def test_exclusions_covering_the_whole_site_are_refused(bad_input, tmp_path):
    import geopandas as gpd
    exclusions = tmp_path / "exclusions.gpkg"
    gpd.GeoDataFrame({"kind": ["wadi"]}, geometry=[square(400.0, x=X0 - 100, y=Y0 - 100)], crs=UTM).to_file(
        str(exclusions), driver="GPKG")
    site = write_sites(tmp_path / "sites.gpkg", [square(200.0)], ["wet"])
    bad_input.check(ALGORITHM, run(bad_input, site, EXCLUSIONS=str(exclusions)), refused_with=[
        "Site wet has no buildable land left", "exclusions"])


def test_a_setback_larger_than_the_site_is_refused(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(100.0)], ["tiny"])  # a 60 m setback meets in the middle
    bad_input.check(ALGORITHM, run(bad_input, site, SETBACK=60), refused_with=[
        "Site tiny has no buildable land left", "a smaller SETBACK"])


def test_an_unknown_language_is_refused(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0)], ["S"])
    bad_input.check(ALGORITHM, run(bad_input, site, LANGUAGE=7), refused_with=[
        "LANGUAGE (Report language): 7 is not one of its choices (0: English, 1: Français)",
        "Give one of those numbers"])


def test_alternatives_out_of_range_are_refused_with_the_range(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(150.0)])
    bad_input.check(ALGORITHM, run(bad_input, site, ALTERNATIVES=0), refused_with=[
        "ALTERNATIVES must be a whole number from 1 to 16 (variants planned per site), got 0"])


def test_a_run_of_alternatives_killed_halfway_leaves_the_outputs_as_they_were(bad_input, tmp_path):
    site = write_sites(tmp_path / "sites.gpkg", [square(300.0)])
    parameters = run(bad_input, site, ALTERNATIVES=4)
    bad_input.check(ALGORITHM, parameters, logged=["alternative", "of 4 kept"])
    bad_input.check(ALGORITHM, parameters, kill_at_percent=50)  # in the third variant
