"""Generate the sample data set near Mopti / Sévaré from a fixed seed.

Run:  /usr/bin/python3 resources/sample_data/generate_sample_data.py
Everything here is synthetic (plausible names and numbers, invented
geometry); the Natural Earth outline of Mali is not needed. Terrain, flood
depths and sites are built together so the scenarios tell a coherent story:
a floodplain to the west (Bani / Niger), a seasonal pond (mare) to the south
east, and three sites: one planned (Socoura), one extension (Sévaré), one
spontaneous and crowded (Fatoma route).
"""
import csv
import os
import sys
from pathlib import Path

import fiona
import numpy as np
import rasterio
from rasterio.transform import from_origin
from scipy.ndimage import zoom
from shapely import affinity
from shapely.geometry import LineString, MultiLineString, Point, Polygon, mapping
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from mali_sites_plugin.common.crs import transform_geometry  # noqa: E402

HERE = Path(__file__).resolve().parent
UTM = "EPSG:32630"
WGS84 = "EPSG:4326"
SEED = 20240901
X0, Y0, SIZE, CELL = 374000.0, 1603000.0, 4000.0, 10.0  # raster origin (lower left), metres
NODATA = -9999.0
WATER_LEVELS = {"q10": 263.0, "q100": 264.2}  # flat water surface of each scenario, m


def terrain(rng):
    """Ground elevation (m): a gentle rise to the east, a pond, a steep bank."""
    n = int(SIZE / CELL)
    xs = X0 + (np.arange(n) + 0.5) * CELL
    ys = Y0 + SIZE - (np.arange(n) + 0.5) * CELL  # rows from the north
    x, y = np.meshgrid(xs, ys)
    z = 261.0 + 0.0025 * (x - X0)
    pond = np.hypot(x - 376330.0, y - 1604180.0)
    z -= 5.0 * np.clip(1.0 - pond / 300.0, 0.0, None)
    bank = np.hypot(x - 377700.0, y - 1606500.0)
    z += 14.0 / (1.0 + np.exp((bank - 180.0) / 25.0))  # a laterite mound with a steep side
    coarse_noise = rng.normal(0.0, 0.08, (n // 20 + 1, n // 20 + 1))
    z += zoom(coarse_noise, 20, order=1)[:n, :n]
    return z.astype("float32")


def write_raster(path, array, description):
    profile = dict(driver="GTiff", width=array.shape[1], height=array.shape[0], count=1,
                   dtype="float32", crs=UTM, transform=from_origin(X0, Y0 + SIZE, CELL, CELL),
                   nodata=NODATA, tiled=True, blockxsize=128, blockysize=128,
                   compress="deflate", predictor=3, zlevel=9)
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(array, 1)
        dataset.set_band_description(1, description)
        dataset.update_tags(source="synthetic sample data, Mali Sites generate_sample_data.py",
                            seed=str(SEED))


def flood_depths(z):
    depths = {}
    n = z.shape[0]
    rows, cols = np.mgrid[0:n, 0:n]
    missing = cols - rows > 180  # the north-east, outside the flood model: nodata
    for name, level in WATER_LEVELS.items():
        depth = np.clip(level - z, 0.0, None).round(2)
        depth[missing] = NODATA
        depths[name] = depth.astype("float32")
    return depths


def write_vector(path, geometry_type, properties, records, crs):
    """records: (shapely geometry in UTM, {field: value}); written in ``crs``."""
    if os.path.exists(path):
        os.remove(path)
    schema = {"geometry": geometry_type, "properties": properties}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=crs,
                    layer=Path(path).stem) as sink:
        for geometry, values in records:
            if crs != UTM:
                geometry = transform_geometry(geometry, UTM, crs)
            sink.write({"geometry": mapping(_rounded(geometry, crs)), "properties": values})


def _rounded(geometry, crs):
    digits = 7 if crs == WGS84 else 2
    from shapely.ops import transform
    return transform(lambda x, y, z=None: (np.round(x, digits), np.round(y, digits)), geometry)


def sites():
    socoura = affinity.rotate(Polygon([(-200, -150), (200, -150), (200, 150), (-200, 150)]), 15)
    socoura = affinity.translate(socoura, 375420.0, 1605300.0)
    extension = Polygon([(0, 0), (620, 0), (620, 260), (300, 260), (300, 520), (0, 520)],
                        holes=[[(60, 300), (160, 300), (160, 400), (60, 400)]])  # cemetery
    extension = affinity.translate(extension, 376600.0, 1605450.0)
    fatoma = Polygon([(376150, 1604050), (376480, 1604020), (376560, 1604300),
                      (376330, 1604470), (376120, 1604330)])
    return [("S01", "Socoura", "planifié", socoura, 18.0),
            ("S02", "Sévaré Extension", "planifié", extension, 17.0),
            ("S03", "Fatoma route", "spontané", fatoma, 11.0)]


def shelters(rng, site_list):
    records = []
    for site_id, _, _, polygon, spacing in site_list:
        inner = polygon.buffer(-4.0)
        xmin, ymin, xmax, ymax = inner.bounds
        for x in np.arange(xmin, xmax, spacing):
            for y in np.arange(ymin, ymax, spacing):
                point = Point(x + rng.uniform(-2, 2), y + rng.uniform(-2, 2))
                if inner.contains(point):
                    records.append((site_id, point, int(rng.integers(2, 11))))
    return [(point, {"shelter_id": "%s-%04d" % (site_id, i + 1), "site_id": site_id,
                     "households": 1, "people": people})
            for i, (site_id, point, people) in enumerate(records)]


def water_points():
    table = [  # site, x, y, type (as field teams write it), functional
        ("S01", 375300, 1605250, "robinet", "oui"), ("S01", 375520, 1605380, "robinet", "oui"),
        ("S01", 375420, 1605180, "pompe", "non"),
        ("S02", 376760, 1605600, "pompe", "oui"), ("S02", 377080, 1605590, "puits", "oui"),
        ("S02", 376750, 1605880, "Robinet", "oui"),
        ("S03", 376420, 1604150, "pompe", "oui"),
    ]
    return [(Point(x, y), {"wp_id": "WP%02d" % (i + 1), "site_id": s, "type": t, "functional": f})
            for i, (s, x, y, t, f) in enumerate(table)]


def latrines(rng, site_list):
    records = []
    for site_id, _, _, polygon, _ in site_list:
        inner = polygon.buffer(-15.0)
        xmin, ymin, xmax, ymax = inner.bounds
        step = 95.0 if site_id != "S03" else 160.0
        for x in np.arange(xmin + 20, xmax, step):
            for y in np.arange(ymin + 20, ymax, step):
                if inner.contains(Point(x, y)):
                    records.append((site_id, Point(x, y)))
    records.append(("S01", Point(375310, 1605262)))  # 16 m from a tap: a contamination risk
    genders = ("femmes", "femmes", "femmes", "hommes", "mixte")
    return [(point, {"latrine_id": "L%03d" % (i + 1), "site_id": site_id,
                     "cubicles": int(rng.integers(2, 7)), "gender": genders[i % 5],
                     "functional": "non" if i % 11 == 10 else "oui"})
            for i, (site_id, point) in enumerate(records)]


def paths(site_list):
    records = []
    for site_id, _, _, polygon, _ in site_list:
        inner = polygon.buffer(-6.0)
        xmin, ymin, xmax, ymax = inner.bounds
        lines = [inner.exterior]
        lines += [LineString([(x, ymin - 1), (x, ymax + 1)]) for x in np.arange(xmin + 40, xmax, 60)]
        lines += [LineString([(xmin - 1, y), (xmax + 1, y)]) for y in np.arange(ymin + 40, ymax, 60)]
        network = unary_union([line.intersection(inner) if not line.equals(inner.exterior) else line
                               for line in lines])
        parts = network.geoms if isinstance(network, MultiLineString) else [network]
        records += [(part, {"site_id": site_id}) for part in parts if part.length > 1.0]
    return [(geometry, dict(values, path_id=i + 1)) for i, (geometry, values) in enumerate(records)]


def corridors():
    mopti_sevare = LineString([(374050, 1606900), (375000, 1606200), (375700, 1605000),
                               (376600, 1604700), (377950, 1603300)])
    bourgou = LineString([(374600, 1606950), (374750, 1605500), (374900, 1604000), (374850, 1603050)])
    return [(mopti_sevare, {"corridor_id": "C1", "name": "Couloir Mopti - Sévaré"}),
            (bourgou, {"corridor_id": "C2", "name": "Piste des bourgoutières"})]


def exclusions():
    field = Polygon([(375330, 1605330), (375430, 1605330), (375430, 1605420), (375330, 1605420)])
    wadi = LineString([(376620, 1605700), (377230, 1605740)]).buffer(12.0)
    return [(field, {"kind": "champ", "name": "Champ de mil"}),
            (wadi, {"kind": "oued", "name": "Marigot"})]


def roads():
    rn6 = LineString([(374000, 1605700), (376000, 1606050), (378000, 1606800)])
    return [(rn6, {"name": "RN6 Mopti - Sévaré", "class": "primary"})]


def site_list_csv(path, site_list, shelter_records):
    people = {}
    for _, values in shelter_records:
        people[values["site_id"]] = people.get(values["site_id"], 0) + values["people"]
    rows = []
    for site_id, name, kind, polygon, _ in site_list:
        lon, lat = transform_geometry(polygon.centroid, UTM, WGS84).coords[0]
        households = sum(1 for _, v in shelter_records if v["site_id"] == site_id)
        rows.append([site_id, name, "Mopti", "Mopti", "Socoura" if site_id != "S02" else "Sévaré",
                     kind, "%.5f" % lat, "%.5f" % lon, households, people[site_id]])
    rows += [
        ["S04", "Konna marché", "Mopti", "Mopti", "Konna", "spontané", "14,9431", "-3,8912", 41, 233],
        ["S05", "Djenné sortie", "Mopti", "Djenné", "Djenné", "spontané", "-4.5520", "13.9060", 25, 131],
        ["S06", "Bandiagara école", "Mopti", "Bandiagara", "Bandiagara", "centre collectif", "", "-3.61", 18, 97],
        ["S07", "Douentza", "Mopti", "Douentza", "Douentza", "spontané", "15.0020", "-2.9490", -12, 66],
    ]
    with open(path, "w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Code site", "Nom du site", "Région", "Cercle", "Commune", "Type de site",
                         "Latitude", "Longitude", "Ménages", "Personnes"])
        writer.writerows(rows)


def flood_exposure_sample():
    """The sites' flood exposure (Q10, Q100) as Flood exposure writes it, through the Python API
    (the same columns): the input of the printed overview's sample run."""
    import geopandas as gpd
    from mali_sites_plugin.api import flood_exposure
    exposure = flood_exposure(gpd.read_file(HERE / "sites.gpkg"),
                              hazards=[str(HERE / "flood_depth_q10.tif"), str(HERE / "flood_depth_q100.tif")],
                              scenario_names="Q10,Q100", population_column="individuals")
    exposure.sites.to_file(HERE / "sites_flood_exposure.gpkg", driver="GPKG")


def main():
    rng = np.random.default_rng(SEED)
    z = terrain(rng)
    write_raster(HERE / "dem.tif", z.round(2), "ground elevation (m), synthetic")
    for name, depth in flood_depths(z).items():
        write_raster(HERE / ("flood_depth_%s.tif" % name), depth,
                     "flood depth (m), %s scenario, synthetic" % name)

    site_list = sites()
    shelter_records = shelters(rng, site_list)
    people = {}
    for _, values in shelter_records:
        people[values["site_id"]] = people.get(values["site_id"], 0) + values["people"]
    write_vector(HERE / "sites.gpkg", "Polygon",
                 {"site_id": "str", "site_name": "str", "site_type": "str", "households": "int",
                  "individuals": "int"},
                 [(polygon, {"site_id": sid, "site_name": name, "site_type": kind,
                             "households": sum(1 for _, v in shelter_records if v["site_id"] == sid),
                             "individuals": people[sid]})
                  for sid, name, kind, polygon, _ in site_list], WGS84)
    write_vector(HERE / "shelters.gpkg", "Point",
                 {"shelter_id": "str", "site_id": "str", "households": "int", "people": "int"},
                 shelter_records, WGS84)
    write_vector(HERE / "water_points.gpkg", "Point",
                 {"wp_id": "str", "site_id": "str", "type": "str", "functional": "str"},
                 water_points(), WGS84)
    write_vector(HERE / "latrines.gpkg", "Point",
                 {"latrine_id": "str", "site_id": "str", "cubicles": "int", "gender": "str",
                  "functional": "str"}, latrines(rng, site_list), WGS84)
    write_vector(HERE / "paths.gpkg", "LineString", {"path_id": "int", "site_id": "str"},
                 paths(site_list), UTM)
    write_vector(HERE / "corridors.gpkg", "LineString", {"corridor_id": "str", "name": "str"},
                 corridors(), WGS84)
    write_vector(HERE / "exclusions.gpkg", "Polygon", {"kind": "str", "name": "str"},
                 exclusions(), UTM)
    write_vector(HERE / "roads.gpkg", "LineString", {"name": "str", "class": "str"}, roads(), UTM)
    site_list_csv(HERE / "dtm_sites_mopti.csv", site_list, shelter_records)
    flood_exposure_sample()


if __name__ == "__main__":
    main()
