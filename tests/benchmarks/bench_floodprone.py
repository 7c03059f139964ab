"""make bench: malisites:floodprone on DEMs of 5,000 x 5,000 and 10,000 x
10,000 cells of 30 m (22,500 and 90,000 km2; or the sides given as
arguments: bench_floodprone.py 2000 4000).

A synthetic Sahel-like terrain (gentle regional slope, rolling valleys, a
little noise so that no cell is flat). Prints the time and peak memory of
the whole run, and, as the peer in the same run, GRASS r.stream.extract
alone on the same DEM and threshold: the flow routing every HAND tool needs,
so the difference is what the HAND step, the classes and the writing cost.
Peak memory is split between the QGIS process, where the HAND step runs
(it must not grow with the DEM: the step works by tiles), and GRASS, which
runs as a program of its own and keeps what exceeds its memory limit
(r.stream.extract's memory=300 MB) in working files.
"""
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import DATA, report, run_algorithm  # noqa: E402

CELL = 30.0
DRAINAGE_KM2 = 1.0
# the GeoTIFFs malisites:floodprone asks GRASS for (processing_algorithms/floodprone/grass.py)
TILED_GEOTIFF = "TILED=YES,BLOCKXSIZE=256,BLOCKYSIZE=256,COMPRESS=LZW,BIGTIFF=IF_SAFER"


def dem_file(side):
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / ("floodprone_dem_%d.tif" % side)
    if path.exists():
        return path
    generator = np.random.default_rng(13)
    with rasterio.open(path, "w", driver="GTiff", width=side, height=side, count=1, dtype="float32",
                       crs="EPSG:32630", transform=from_origin(300000, 1700000, CELL, CELL),
                       nodata=-9999, tiled=True, blockxsize=256, blockysize=256,
                       compress="deflate") as out:
        x = np.arange(side) * CELL
        for start in range(0, side, 512):
            rows = min(512, side - start)
            y = (start + np.arange(rows))[:, None] * CELL
            z = (300 + 0.001 * (side * CELL - y) + 0.0005 * x[None, :]
                 + 12 * np.sin(x[None, :] / 2300.0) * np.cos(y / 3100.0)
                 + 6 * np.sin((x[None, :] + 2 * y) / 900.0)
                 + generator.normal(0, 0.05, (rows, side)))
            out.write(z.astype(np.float32), 1, window=Window(0, start, side, rows))
    return path


def main():
    sides = [int(a) for a in sys.argv[1:]] or [5000, 10000]
    out = Path(tempfile.mkdtemp(prefix="bench_floodprone_"))
    print("Flood-prone land benchmark (%s)" % DATA)
    for side in sides:
        dem = dem_file(side)
        ours = run_algorithm("malisites:floodprone", {
            "INPUT": str(dem), "DRAINAGE_AREA": DRAINAGE_KM2,
            "OUTPUT": str(out / ("classes_%d.tif" % side)), "OUTPUT_HAND": str(out / ("hand_%d.tif" % side)),
            "OUTPUT_DRAINAGE": str(out / ("drainage_%d.gpkg" % side))})
        grass = run_algorithm("grass7:r.stream.extract", {
            "elevation": str(dem), "threshold": ours["results"]["THRESHOLD_CELLS"],
            "direction": str(out / ("dir_%d.tif" % side)), "stream_raster": str(out / ("st_%d.tif" % side)),
            "stream_vector": str(out / ("sv_%d.gpkg" % side)), "GRASS_OUTPUT_TYPE_PARAMETER": 2,
            "GRASS_RASTER_FORMAT_OPT": TILED_GEOTIFF})
        report("floodprone on %d x %d cells (%.0f million), drainage from %g km2 (%d cells)"
               % (side, side, side * side / 1e6, DRAINAGE_KM2, ours["results"]["THRESHOLD_CELLS"]),
               ours, grass, "GRASS r.stream.extract alone (routing only)")
        print("  HAND step, classes and writing: %.2f s" % (ours["seconds"] - grass["seconds"]))
        print("  peak memory: QGIS process with the HAND step %.0f MB (QGIS alone, running GRASS: %.0f MB); "
              "GRASS %.0f MB" % (ours["peak_self_mb"], grass["peak_self_mb"], ours["peak_children_mb"]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
