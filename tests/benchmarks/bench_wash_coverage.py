"""make bench: malisites:washcoverage against QGIS's own algorithms.

1. 100,000 shelters, 1,000 water points, 3,000 latrines, straight line: the
   whole audit (both kinds, loads, gaps; no suggestions) against
   qgis:distancetonearesthubpoints doing only the water distances.
   Target: at least 3x faster.
2. A path network of 20,000 segments: the audit with walking distances
   against native:serviceareafromlayer (500 m from the water points) on the
   same network. Reported, no target.
"""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import DATA, report, run_algorithm  # noqa: E402

CRS = "EPSG:32630"
X0, Y0 = 370000.0, 1600000.0


def write_points(path, xy, fields):
    import fiona
    schema = {"geometry": "Point", "properties": {name: kind for name, (kind, _) in fields.items()}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=CRS) as sink:
        for i, (x, y) in enumerate(xy):
            sink.write({"geometry": {"type": "Point", "coordinates": (float(x), float(y))},
                        "properties": {name: values[i] for name, (_, values) in fields.items()}})


def make_data():
    DATA.mkdir(parents=True, exist_ok=True)
    shelters, water, latrines = DATA / "wash_shelters.gpkg", DATA / "wash_water.gpkg", DATA / "wash_latrines.gpkg"
    paths = DATA / "wash_paths.gpkg"
    if all(p.exists() for p in (shelters, water, latrines, paths)):
        return shelters, water, latrines, paths
    rng = np.random.default_rng(1)
    side = 6000.0  # 36 km2: 100,000 households at ~360 m2 each
    write_points(shelters, rng.uniform(0, side, (100_000, 2)) + (X0, Y0),
                 {"hid": ("int", list(range(100_000))), "people": ("int", rng.integers(2, 10, 100_000).tolist())})
    write_points(water, rng.uniform(0, side, (1000, 2)) + (X0, Y0),
                 {"name": ("str", ["W%d" % i for i in range(1000)])})
    write_points(latrines, rng.uniform(0, side, (3000, 2)) + (X0, Y0),
                 {"cubicles": ("int", rng.integers(1, 6, 3000).tolist())})
    import fiona
    # a grid of paths every 60 m, 100 x 100 nodes, one feature per edge: 19,800 segments
    step = side / 100
    schema = {"geometry": "LineString", "properties": {"id": "int"}}
    with fiona.open(paths, "w", driver="GPKG", schema=schema, crs=CRS) as sink:
        n = 0
        for i in range(100):
            for j in range(99):
                for a, b in (((j, i), (j + 1, i)), ((i, j), (i, j + 1))):
                    sink.write({"geometry": {"type": "LineString", "coordinates": [
                        (X0 + a[0] * step + step / 2, Y0 + a[1] * step + step / 2),
                        (X0 + b[0] * step + step / 2, Y0 + b[1] * step + step / 2)]},
                        "properties": {"id": n}})
                    n += 1
    return shelters, water, latrines, paths


def main():
    shelters, water, latrines, paths = make_data()
    print("WASH coverage benchmark (%s)" % DATA)
    common = {"SHELTERS": str(shelters), "POPULATION_FIELD": "people", "WATER_POINTS": str(water),
              "SUGGEST_WATER_POINTS": 0, "SUGGEST_LATRINES": 0,
              "OUTPUT_SHELTERS": "TEMPORARY_OUTPUT", "OUTPUT_WATER_POINTS": "TEMPORARY_OUTPUT",
              "OUTPUT_GAPS": "TEMPORARY_OUTPUT"}
    ours = run_algorithm("malisites:washcoverage", dict(common, LATRINES=str(latrines),
                                                         CUBICLES_FIELD="cubicles",
                                                         OUTPUT_LATRINES="TEMPORARY_OUTPUT"))
    peer = run_algorithm("qgis:distancetonearesthubpoints", {
        "INPUT": str(shelters), "HUBS": str(water), "FIELD": "name", "UNIT": 0,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    report("100,000 shelters, 1,000 water points, 3,000 latrines (straight line; water, latrines, "
           "loads and gaps)", ours, peer, "qgis:distancetonearesthubpoints (water distances only)",
           target_ratio=3.0)

    network = run_algorithm("malisites:washcoverage", dict(common, PATHS=str(paths), MAX_SNAP=60))
    service = run_algorithm("native:serviceareafromlayer", {
        "INPUT": str(paths), "STRATEGY": 0, "START_POINTS": str(water), "TRAVEL_COST2": 500,
        "INCLUDE_BOUNDS": False, "OUTPUT_LINES": "TEMPORARY_OUTPUT"})
    report("Walking distances on a network of 19,800 segments (100,000 shelters, 1,000 water points)",
           network, service, "native:serviceareafromlayer (500 m service area of the same water points)")


if __name__ == "__main__":
    main()
