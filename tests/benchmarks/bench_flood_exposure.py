"""make bench: malisites:floodexposure against QGIS's own tools.

1. Sites: 5,000 site polygons (4 to 40 ha, 17 ha on average, like the
   sample data's sites) over a 10,000 x 10,000 float32 GeoTIFF tiled
   256 x 256 (10 m cells, 100 km x 100 km): the site part of
   malisites:floodexposure (wet share, unknown share, max and mean depth,
   class, exposed people) against native:zonalstatisticsfb computing only
   count, mean and max. Target: at least 2.5x faster, lower peak memory.
   1b. The same with small sites (3.4 ha on average), where both tools spend
   most of their time on fixed costs. Target: at least 2.5x faster.
2. Memory: the same run on a raster 4 times larger (20,000 x 20,000, the
   sites spread over it): peak memory must not grow with raster size.
3. Corridors: 500 corridors (about 20 km each), length per hazard class:
   malisites:floodexposure (corridor table and stretches by class) against
   the polygonize + clip workflow (native:reclassifybytable to the classes,
   gdal:polygonize, then native:extractbyattribute + native:clip per class).
   Target: at least 40x faster.

4. National depth map as it arrives: four 3-arc-second EPSG:4326 tiles
   (3 x 3 degrees, 3,600 x 3,600 float32 each, across UTM zones 29 and 30)
   behind a VRT, 5,000 sites in EPSG:4326 (each measured in its own zone):
   malisites:floodexposure against native:zonalstatisticsfb (count, mean,
   max) on the same sites and mosaic. Target: not slower (ratio >= 1).
   4b. The same mosaic with 400 sites, as a batch user runs it: whole
   qgis_process runs (process start and plugin loading included), GeoPackage
   output. Target: not slower (ratio >= 1).

5. The default path: part 1's sites and raster with default parameters,
   GeoPackage output and the HTML report (on by default), against
   native:zonalstatisticsfb writing a GeoPackage; with the read / compute /
   write split of the run. Target: at least 2.5x faster.

One part alone (on a shared machine): ``bench_flood_exposure.py --part
1|1b|4|4b [RUNS]`` runs Mali Sites and the peer alternating RUNS times (5 by
default) and prints the medians and the per-pair ratios.

Data is generated once in build/bench-data/ and reused. Each contender runs
in its own QGIS process (tests/benchmarks/harness.py), timed around the run
only but in 4b; parts 1, 1b, 4, 4b and 5 keep the fastest of three runs of
each. Numbers are printed, never asserted.
"""
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harness import DATA, measure, report, run_algorithm  # noqa: E402

CRS = "EPSG:32630"
X0, Y_TOP = 300000.0, 1700000.0  # top-left corner of the rasters
CELL = 10.0
NODATA = -9999.0
PETA_TABLE = [-1e9, 0.1, 0, 0.1, 0.7, 1, 0.7, 1.5, 2, 1.5, 1e9, 3]  # min < depth <= max -> class
SAMPLE_LIKE = (230.0, 400.0)  # site radius (m): 4 to 40 ha, 17 ha on average
SMALL = (40.0, 230.0)  # 0.1 to 12 ha, 3.4 ha on average


def write_depth_raster(path, size):
    """A smooth synthetic depth field (0 to about 3 m, every PetaBencana class)
    with a nodata band, tiled 256 x 256, uncompressed."""
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="float32", crs=CRS,
                   transform=from_origin(X0, Y_TOP, CELL, CELL), nodata=NODATA, tiled=True,
                   blockxsize=256, blockysize=256, BIGTIFF="IF_SAFER")
    partial = Path(str(path) + ".partial")
    with rasterio.open(partial, "w", **profile) as dataset:
        x = np.arange(size, dtype=np.float64)[None, :]
        for row0 in range(0, size, 512):
            rows = min(512, size - row0)
            y = np.arange(row0, row0 + rows, dtype=np.float64)[:, None]
            depth = 1.6 * np.sin(x / 173.0) * np.cos(y / 241.0) + 0.7 * np.sin((x + y) / 97.0) + 0.4
            depth = np.clip(depth, 0.0, None)
            band = np.abs((x - y) - size * 0.3) < size * 0.02  # a diagonal band outside the model
            depth = np.where(band, NODATA, depth)
            dataset.write(depth.astype("float32"), 1, window=Window(0, row0, size, rows))
    partial.rename(path)


def write_sites(path, count, extent_m, seed, radius_range):
    """Irregular polygons (6 to 13 vertices) at random places; with
    radius_range (230, 400) their area is 4 to 40 ha, 17 ha on average, like
    the sample data's sites (12, 14 and 25 ha)."""
    import fiona
    rng = np.random.default_rng(seed)
    schema = {"geometry": "Polygon", "properties": {"site_id": "int", "individuals": "int"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=CRS) as sink:
        for index in range(count):
            cx = X0 + rng.uniform(500, extent_m - 500)
            cy = Y_TOP - rng.uniform(500, extent_m - 500)
            radius = rng.uniform(*radius_range)
            angles = np.sort(rng.uniform(0, 2 * math.pi, rng.integers(6, 14)))
            radii = radius * rng.uniform(0.7, 1.0, angles.size)
            ring = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a, r in zip(angles, radii)]
            sink.write({"geometry": {"type": "Polygon", "coordinates": [ring + [ring[0]]]},
                        "properties": {"site_id": index, "individuals": int(rng.integers(50, 5000))}})


def write_corridors(path, count, extent_m, seed):
    import fiona
    rng = np.random.default_rng(seed)
    schema = {"geometry": "LineString", "properties": {"corridor_id": "int"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=CRS) as sink:
        for index in range(count):
            x, y = rng.uniform(5000, extent_m - 5000, 2)
            heading = rng.uniform(0, 2 * math.pi)
            points = [(x, y)]
            for _ in range(8):  # 8 legs of about 2.5 km: about 20 km
                heading += rng.normal(0, 0.5)
                nx, ny = x + 2500 * math.cos(heading), y + 2500 * math.sin(heading)
                if not (1000 < nx < extent_m - 1000 and 1000 < ny < extent_m - 1000):
                    heading += math.pi  # turn back at the edge (no leg along a cell edge)
                    nx, ny = x + 2500 * math.cos(heading), y + 2500 * math.sin(heading)
                x, y = nx, ny
                points.append((x, y))
            sink.write({"geometry": {"type": "LineString",
                                     "coordinates": [(X0 + px, Y_TOP - py) for px, py in points]},
                        "properties": {"corridor_id": index}})


def make_data(only=None):
    """The part's data files (all, or the keys in ``only``), generated if missing."""
    DATA.mkdir(parents=True, exist_ok=True)
    files = {"raster": DATA / "flood_depth_10k.tif", "raster_4x": DATA / "flood_depth_20k.tif",
             "sites": DATA / "flood_sites_5000_17ha.gpkg",
             "small_sites": DATA / "flood_sites_5000_3ha.gpkg",
             "sites_4x": DATA / "flood_sites_5000_17ha_20k.gpkg",
             "corridors": DATA / "flood_corridors_500.gpkg"}
    if only is not None:
        files = {key: path for key, path in files.items() if key in only}
    started = time.perf_counter()
    if "raster" in files and not files["raster"].exists():
        write_depth_raster(files["raster"], 10000)
    if "raster_4x" in files and not files["raster_4x"].exists():
        write_depth_raster(files["raster_4x"], 20000)
    if "sites" in files and not files["sites"].exists():
        write_sites(files["sites"], 5000, 10000 * CELL, seed=1, radius_range=SAMPLE_LIKE)
    if "small_sites" in files and not files["small_sites"].exists():
        write_sites(files["small_sites"], 5000, 10000 * CELL, seed=4, radius_range=SMALL)
    if "sites_4x" in files and not files["sites_4x"].exists():
        write_sites(files["sites_4x"], 5000, 20000 * CELL, seed=2, radius_range=SAMPLE_LIKE)
    if "corridors" in files and not files["corridors"].exists():
        write_corridors(files["corridors"], 500, 10000 * CELL, seed=3)
    elapsed = time.perf_counter() - started
    if elapsed > 1:
        print("benchmark data generated in %.0f s" % elapsed)
    return files


def peer_corridor_workflow(raster, corridors, workdir):
    """Child process: the polygonize + clip workflow, timed around the
    algorithms only; prints {"seconds", "lengths"} as one JSON line."""
    import os
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(application.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    workdir = Path(workdir)
    for name in ("classes.tif", "classes.gpkg"):
        if (workdir / name).exists():
            (workdir / name).unlink()
    started = time.perf_counter()
    classes = processing.run("native:reclassifybytable", {
        "INPUT_RASTER": raster, "RASTER_BAND": 1, "TABLE": PETA_TABLE, "NO_DATA": 255,
        "RANGE_BOUNDARIES": 0, "NODATA_FOR_MISSING": True, "DATA_TYPE": 0,
        "OUTPUT": str(workdir / "classes.tif")}, context=context, feedback=feedback)["OUTPUT"]
    reclassified = time.perf_counter()
    polygons = processing.run("gdal:polygonize", {
        "INPUT": classes, "BAND": 1, "FIELD": "DN", "EIGHT_CONNECTEDNESS": False,
        "OUTPUT": str(workdir / "classes.gpkg")}, context=context, feedback=feedback)["OUTPUT"]
    polygonized = time.perf_counter()
    lengths = {}
    for code in range(4):
        selected = processing.run("native:extractbyattribute", {
            "INPUT": polygons, "FIELD": "DN", "OPERATOR": 0, "VALUE": str(code),
            "OUTPUT": "TEMPORARY_OUTPUT"}, context=context, feedback=feedback)["OUTPUT"]
        clipped = processing.run("native:clip", {
            "INPUT": corridors, "OVERLAY": selected, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context, feedback=feedback)["OUTPUT"]
        lengths[code] = sum(f.geometry().length() for f in clipped.getFeatures())
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "reclassify_s": reclassified - started,
                      "polygonize_s": polygonized - reclassified,
                      "clip_s": seconds - (polygonized - started), "lengths": lengths}))


def ours_corridors(raster, corridors):
    """Child process: malisites:floodexposure on the corridors, timed around
    processing.run; then (untimed) the stretch lengths summed per class, to
    compare with the peer's."""
    import os
    import tempfile
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(application.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    import qgis.utils
    plugins = Path(tempfile.mkdtemp())
    (plugins / "mali_sites").symlink_to(HERE.parent.parent, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    assert qgis.utils.loadPlugin("mali_sites") and qgis.utils.startProcessingPlugin("mali_sites")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    started = time.perf_counter()
    results = processing.run("malisites:floodexposure", {
        "HAZARDS": [raster], "CORRIDORS": corridors, "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT",
        "OUTPUT_CORRIDOR_SEGMENTS": "TEMPORARY_OUTPUT"}, context=context, feedback=feedback)
    seconds = time.perf_counter() - started
    lengths = {}
    for feature in results["OUTPUT_CORRIDOR_SEGMENTS"].getFeatures():
        rank = feature["class_rank"]
        if rank is not None and not (hasattr(rank, "isNull") and rank.isNull()):
            lengths[int(rank)] = lengths.get(int(rank), 0.0) + feature["length_m"]
    print(json.dumps({"seconds": seconds, "lengths": lengths,
                      "stretches": results["OUTPUT_CORRIDOR_SEGMENTS"].featureCount()}))


NATIONAL_TILES = ((-9.0, 15.0), (-6.0, 15.0), (-9.0, 12.0), (-6.0, 12.0))  # top-left corners, degrees
ARC3 = 1.0 / 1200.0


def write_national_tile(path, lon0, lat0, size=3600):
    """A 3 x 3 degree, 3-arc-second depth tile (GloFAS-like: depth >= 0 where wet, nodata elsewhere)."""
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="float32", crs="EPSG:4326",
                   transform=from_origin(lon0, lat0, ARC3, ARC3), nodata=NODATA, tiled=True,
                   blockxsize=256, blockysize=256, compress="deflate")
    partial = Path(str(path) + ".partial")
    with rasterio.open(partial, "w", **profile) as dataset:
        lon = lon0 + (np.arange(size) + 0.5) * ARC3
        for row0 in range(0, size, 512):
            rows = min(512, size - row0)
            lat = lat0 - (np.arange(row0, row0 + rows) + 0.5) * ARC3
            depth = 1.8 * np.sin(lon[None, :] * 61.0) * np.cos(lat[:, None] * 47.0) + 0.3
            depth = np.where(depth > 0.1, depth, NODATA)  # GloFAS maps depth only where >= 0.1 m
            dataset.write(depth.astype("float32"), 1, window=Window(0, row0, size, rows))
    partial.rename(path)


def write_national_sites(path, count, seed):
    """Site polygons (EPSG:4326) over the four tiles, 4 to 40 ha."""
    import fiona
    rng = np.random.default_rng(seed)
    schema = {"geometry": "Polygon", "properties": {"site_id": "int", "individuals": "int"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs="EPSG:4326") as sink:
        for index in range(count):
            lon, lat = rng.uniform(-8.95, -3.05), rng.uniform(9.05, 14.95)
            radius = rng.uniform(*SAMPLE_LIKE) / 111000.0
            angles = np.sort(rng.uniform(0, 2 * math.pi, rng.integers(6, 14)))
            radii = radius * rng.uniform(0.7, 1.0, angles.size)
            ring = [(lon + r * math.cos(a) / math.cos(math.radians(lat)), lat + r * math.sin(a))
                    for a, r in zip(angles, radii)]
            sink.write({"geometry": {"type": "Polygon", "coordinates": [ring + [ring[0]]]},
                        "properties": {"site_id": index, "individuals": int(rng.integers(50, 5000))}})


def make_national_data():
    from osgeo import gdal
    DATA.mkdir(parents=True, exist_ok=True)
    tiles = []
    for lon0, lat0 in NATIONAL_TILES:
        path = DATA / ("glofas_like_rp100_%s%02d_%s%02d.tif" % ("w" if lon0 < 0 else "e", abs(lon0), "n", lat0))
        if not path.exists():
            write_national_tile(path, lon0, lat0)
        tiles.append(str(path))
    vrt = DATA / "glofas_like_rp100.vrt"
    if not vrt.exists():
        gdal.BuildVRT(str(vrt), tiles).FlushCache()
    sites = DATA / "flood_sites_5000_national.gpkg"
    if not sites.exists():
        write_national_sites(sites, 5000, seed=5)
    return vrt, sites


def national_case():
    vrt, sites = make_national_data()
    ours = best_of(3, "malisites:floodexposure", {
        "HAZARDS": [str(vrt)], "SITES": str(sites), "POPULATION_FIELD": "individuals",
        "OUTPUT_SITES": "TEMPORARY_OUTPUT"})
    peer = best_of(3, "native:zonalstatisticsfb", {
        "INPUT": str(sites), "INPUT_RASTER": str(vrt), "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
        "STATISTICS": [0, 2, 6], "OUTPUT": "TEMPORARY_OUTPUT"})
    report("4. National depth map: 5,000 sites (EPSG:4326, each measured in its own UTM zone) over four "
           "3-arc-second tiles behind a VRT (7,200 x 7,200 cells)", ours, peer,
           "native:zonalstatisticsfb (count, mean, max)", target_ratio=1.0)
    print("  peak memory: Mali Sites %.0f MB, native:zonalstatisticsfb %.0f MB" % (ours["peak_mb"], peer["peak_mb"]))
    sys.stdout.flush()
    few = DATA / "flood_sites_400_national.gpkg"
    if not few.exists():
        write_national_sites(few, 400, seed=6)
    out = Path(tempfile.mkdtemp(dir=DATA))
    ours = best_of_processes(3, "malisites:floodexposure", {
        "HAZARDS": str(vrt), "SITES": str(few), "POPULATION_FIELD": "individuals",
        "OUTPUT_SITES": str(out / "ours.gpkg")})
    peer = best_of_processes(3, "native:zonalstatisticsfb", {
        "INPUT": str(few), "INPUT_RASTER": str(vrt), "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
        "STATISTICS": "0,2,6", "OUTPUT": str(out / "peer.gpkg")})
    shutil.rmtree(out)
    report("4b. 400 sites over the same mosaic, whole qgis_process runs (start, plugin loading, "
           "GeoPackage output)", ours, peer, "native:zonalstatisticsfb (count, mean, max)",
           target_ratio=1.0)


def default_path_case(files):
    """Part 5: GeoPackage in and out, default parameters, the report on."""
    out = Path(tempfile.mkdtemp(dir=DATA))
    ours = best_of(3, "malisites:floodexposure", {
        "HAZARDS": [str(files["raster"])], "SITES": str(files["sites"]),
        "POPULATION_FIELD": "individuals", "OUTPUT_SITES": str(out / "ours.gpkg"),
        "OUTPUT_REPORT": str(out / "ours.html")})
    peer = best_of(3, "native:zonalstatisticsfb", {
        "INPUT": str(files["sites"]), "INPUT_RASTER": str(files["raster"]), "RASTER_BAND": 1,
        "COLUMN_PREFIX": "z_", "STATISTICS": [0, 2, 6], "OUTPUT": str(out / "peer.gpkg")})
    shutil.rmtree(out)
    report("5. Default path: part 1's 5,000 sites from a GeoPackage, default parameters, "
           "GeoPackage output and HTML report", ours, peer,
           "native:zonalstatisticsfb (count, mean, max) to a GeoPackage", target_ratio=2.5)


def best_of_processes(runs, algorithm_id, parameters):
    """best_of for whole qgis_process runs, timed from the process start."""
    results = [run_process(algorithm_id, parameters) for _ in range(runs)]
    best = min(results, key=lambda r: r["seconds"])
    return dict(best, peak_mb=max(r["peak_mb"] for r in results))


def run_process(algorithm_id, parameters):
    """One qgis_process run of ``algorithm_id`` in a profile holding the plugin
    (as tests/conftest.py makes it): wall seconds from the start, peak memory."""
    profile = DATA / "qgis_profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    if not (plugins / "mali_sites").exists():
        plugins.mkdir(parents=True, exist_ok=True)
        (plugins / "mali_sites").symlink_to(HERE.parent.parent, target_is_directory=True)
        ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
        ini.write_text("[PythonPlugins]\nmali_sites=true\n")
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")  # see ENGINEERING.md
    arguments = [binary, "run", algorithm_id, "--"] + ["%s=%s" % item for item in parameters.items()]
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE"):  # bytecode cached, as in an installed plugin
        environment.pop(name, None)
    started = time.perf_counter()
    process = subprocess.Popen(arguments, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    _, status, usage = os.wait4(process.pid, 0)  # its output (a few lines) waits in the pipe
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("qgis_process failed: %s\n%s" % (arguments, process.stdout.read()[-3000:]))
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024.0}


def best_of(runs, algorithm_id, parameters):
    """The fastest of ``runs`` fresh-process runs (the least disturbed by
    the machine), with the highest peak memory seen."""
    results = [run_algorithm(algorithm_id, parameters) for _ in range(runs)]
    best = min(results, key=lambda r: r["seconds"])
    return dict(best, peak_mb=max(r["peak_mb"] for r in results))


def main():
    files = make_data()
    print("Flood exposure benchmark (%s)" % DATA)
    sites = {"HAZARDS": [str(files["raster"])], "SITES": str(files["sites"]),
             "POPULATION_FIELD": "individuals", "OUTPUT_SITES": "TEMPORARY_OUTPUT"}
    ours = best_of(3, "malisites:floodexposure", sites)
    peer = best_of(3, "native:zonalstatisticsfb", {
        "INPUT": str(files["sites"]), "INPUT_RASTER": str(files["raster"]), "RASTER_BAND": 1,
        "COLUMN_PREFIX": "z_", "STATISTICS": [0, 2, 6], "OUTPUT": "TEMPORARY_OUTPUT"})
    report("1. 5,000 sites of 4 to 40 ha (17 ha on average, like the sample data's) over a "
           "10,000 x 10,000 float32 tiled raster (site part)", ours, peer,
           "native:zonalstatisticsfb (count, mean, max)", target_ratio=2.5)
    print("  peak memory: %s (Mali Sites %.0f MB vs %.0f MB)"
          % ("lower, target met" if ours["peak_mb"] < peer["peak_mb"] else "NOT lower",
             ours["peak_mb"], peer["peak_mb"]))
    small = best_of(3, "malisites:floodexposure", dict(sites, SITES=str(files["small_sites"])))
    small_peer = best_of(3, "native:zonalstatisticsfb", {
        "INPUT": str(files["small_sites"]), "INPUT_RASTER": str(files["raster"]), "RASTER_BAND": 1,
        "COLUMN_PREFIX": "z_", "STATISTICS": [0, 2, 6], "OUTPUT": "TEMPORARY_OUTPUT"})
    report("1b. the same with small sites (0.1 to 12 ha, 3.4 ha on average): fixed costs "
           "(reading 5,000 features, the raster, writing) dominate", small, small_peer,
           "native:zonalstatisticsfb (count, mean, max)", target_ratio=2.5)

    larger = run_algorithm("malisites:floodexposure", dict(
        sites, HAZARDS=[str(files["raster_4x"])], SITES=str(files["sites_4x"])))
    growth = larger["peak_mb"] - ours["peak_mb"]
    print("2. Peak memory against raster size (5,000 sites each)\n"
          "  10,000 x 10,000 (400 MB of cells): %.2f s, peak %.0f MB\n"
          "  20,000 x 20,000 (1.6 GB of cells): %.2f s, peak %.0f MB\n"
          "  growth %+.0f MB for 4x the raster: %s"
          % (ours["seconds"], ours["peak_mb"], larger["seconds"], larger["peak_mb"], growth,
             "does not grow (target met)" if growth < 0.1 * ours["peak_mb"] else "GROWS"))
    sys.stdout.flush()

    ours_lines = measure(Path(__file__).resolve(), "--ours-corridors", files["raster"],
                         files["corridors"])
    peer_lines = measure(Path(__file__).resolve(), "--peer-corridors", files["raster"],
                         files["corridors"], DATA)
    report("3. Length per hazard class, 500 corridors of about 20 km", ours_lines, peer_lines,
           "reclassify + gdal:polygonize + extract/native:clip per class", target_ratio=40.0)
    print("  peer breakdown: reclassify %.1f s, polygonize %.1f s, extract and clip %.1f s"
          % (peer_lines["reclassify_s"], peer_lines["polygonize_s"], peer_lines["clip_s"]))
    worst = 0.0
    for code, length in sorted(peer_lines["lengths"].items()):
        mine = ours_lines["lengths"].get(code, 0.0)
        worst = max(worst, abs(mine - length) / max(length, 1.0))
        print("  class %s: Mali Sites %.3f km, peer %.3f km" % (code, mine / 1000.0, length / 1000.0))
    print("  %d stretches by class; largest difference per class %.2g (relative)"
          % (ours_lines["stretches"], worst))
    default_path_case(files)


def site_cases():
    """The parts that compare one Mali Sites run with one native:zonalstatisticsfb
    run: name -> (title, target ratio, runner, ours' parameters, peer's parameters)."""
    files = {}

    def zonal(sites, raster, output="TEMPORARY_OUTPUT", statistics=(0, 2, 6)):
        return {"INPUT": str(sites), "INPUT_RASTER": str(raster), "RASTER_BAND": 1, "COLUMN_PREFIX": "z_",
                "STATISTICS": statistics, "OUTPUT": output}

    def ours(sites, raster, output="TEMPORARY_OUTPUT"):
        return {"HAZARDS": raster, "SITES": str(sites), "POPULATION_FIELD": "individuals",
                "OUTPUT_SITES": output}

    def part_1(key):
        files.update(make_data(only=(key, "raster")))
        return ours(files[key], [str(files["raster"])]), zonal(files[key], files["raster"])

    def part_4():
        vrt, sites = make_national_data()
        return ours(sites, [str(vrt)]), zonal(sites, vrt)

    def part_4b():
        vrt, _ = make_national_data()
        few = DATA / "flood_sites_400_national.gpkg"
        if not few.exists():
            write_national_sites(few, 400, seed=6)
        out = Path(tempfile.mkdtemp(dir=DATA))
        return (ours(few, str(vrt), str(out / "ours.gpkg")),
                zonal(few, vrt, str(out / "peer.gpkg"), "0,2,6"))

    return {"1": ("1. 5,000 sites of 4 to 40 ha over a 10,000 x 10,000 float32 tiled raster", 2.5,
                  run_algorithm, lambda: part_1("sites")),
            "1b": ("1b. 5,000 small sites (0.1 to 12 ha, 3.4 ha on average), same raster", 2.5,
                   run_algorithm, lambda: part_1("small_sites")),
            "4": ("4. National depth map: 5,000 sites (EPSG:4326) over a four-tile VRT", 1.0,
                  run_algorithm, part_4),
            "4b": ("4b. 400 sites over the same mosaic, whole qgis_process runs", 1.0,
                   run_process, part_4b)}


def one_part(name, runs=5):
    """One part alone, Mali Sites and the peer alternating ``runs`` times (so
    both see the same load of a shared machine); medians of each, and the
    median of the per-pair ratios."""
    title, target, runner, parameters = site_cases()[name]
    ours_parameters, peer_parameters = parameters()
    ours, peer = [], []
    for _ in range(runs):
        ours.append(runner("malisites:floodexposure", ours_parameters))
        peer.append(runner("native:zonalstatisticsfb", peer_parameters))
    ratios = sorted(p["seconds"] / o["seconds"] for o, p in zip(ours, peer))
    median = {}
    for label, results in (("ours", ours), ("peer", peer)):
        ranked = sorted(results, key=lambda r: r["seconds"])
        median[label] = dict(ranked[len(ranked) // 2], peak_mb=max(r["peak_mb"] for r in results))
    report("%s (medians of %d alternating runs)" % (title, runs), median["ours"], median["peer"],
           "native:zonalstatisticsfb (count, mean, max)", target_ratio=target)
    print("  per-pair ratios: %s; median %.2fx" % (", ".join("%.2f" % r for r in ratios), ratios[len(ratios) // 2]))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--part":
        one_part(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    elif len(sys.argv) > 1 and sys.argv[1] == "--peer-corridors":
        peer_corridor_workflow(*sys.argv[2:5])
    elif len(sys.argv) > 1 and sys.argv[1] == "--ours-corridors":
        ours_corridors(*sys.argv[2:4])
    elif len(sys.argv) > 1 and sys.argv[1] == "--national":
        national_case()
    elif len(sys.argv) > 1 and sys.argv[1] == "--default":
        default_path_case(make_data())
    else:
        main()
        national_case()
