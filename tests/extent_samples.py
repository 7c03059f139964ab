"""Small observed flood products shaped as GFM, EMS and UNOSAT deliver them
(DATA_FORMATS.md, flood_products.json), with shares known by hand, and a
national depth mosaic of two 3-arc-second EPSG:4326 tiles behind a VRT.

Vector products (EPSG:32630, X0/Y0 the south-west corner of the test site, a
100 m x 100 m square): vertical strips 10 m wide, one per class value, so each
strip is 10 % of the site and 10 m of the corridor (a line at Y0 + 50 from
X0 - 50 to X0 + 150, 200 m long).
"""
import fiona
import numpy as np
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import LineString, box, mapping

CRS = "EPSG:32630"
X0, Y0 = 400000.0, 1500000.0
SITE = box(X0, Y0, X0 + 100, Y0 + 100)
CORRIDOR = LineString([(X0 - 50, Y0 + 50), (X0 + 150, Y0 + 50)])

# UNOSAT Water_Clas strips: 0 permanent, 1/3/4/99 wet, 2/6 possibly wet; 70..100 m dry.
UNOSAT_STRIPS = (0, 1, 2, 3, 4, 6, 99)
# a class-4 polygon (detected water) over half of the class-0 strip: still permanent (precedence)
UNOSAT_OVERLAP = (4, box(X0, Y0, X0 + 10, Y0 + 50))
UNOSAT_SHARES = {"wet": 40.0, "possibly_wet": 20.0, "permanent": 10.0, "unknown": 0.0}
UNOSAT_LENGTHS = {"wet": 40.0, "possibly_wet": 20.0, "permanent": 10.0, "unknown": 0.0}

# EMS notation strips (widths in m from X0); a second site wholly 'Not analysed'
EMS_STRIPS = (("Flooded area", 0, 30), ("Flood trace", 30, 50), ("Not analysed", 50, 60))
EMS_UNSEEN_SITE = box(X0 + 52, Y0 + 2, X0 + 58, Y0 + 8)
EMS_SHARES = {"wet": 30.0, "possibly_wet": 20.0, "permanent": 0.0, "unknown": 10.0}


def strip(x_from, x_to):
    return box(X0 + x_from, Y0 - 20, X0 + x_to, Y0 + 120)


def write_polygons(path, rows, properties, crs=CRS):
    """rows: [(geometry, {field: value})]; properties: fiona schema properties."""
    schema = {"geometry": "Polygon", "properties": properties}
    with fiona.open(str(path), "w", driver="GPKG", schema=schema, crs=crs) as sink:
        for geometry, values in rows:
            sink.write({"geometry": mapping(geometry),
                        "properties": {name: values.get(name) for name in properties}})
    return str(path)


def write_unosat(path, extra=()):
    rows = [(strip(10 * i, 10 * (i + 1)), {"Water_Clas": value}) for i, value in enumerate(UNOSAT_STRIPS)]
    rows.append((UNOSAT_OVERLAP[1], {"Water_Clas": UNOSAT_OVERLAP[0]}))
    rows.extend(extra)
    return write_polygons(path, rows, {"Water_Clas": "int", "Sensor": "str"})


def write_ems(path, with_notation=True):
    field = "notation" if with_notation else "obj_desc"
    rows = [(strip(a, b), {"event_type": "5-Flood", field: text, "det_method": "Semi-automatic"})
            for text, a, b in EMS_STRIPS]
    return write_polygons(path, rows, {"event_type": "str", field: "str", "det_method": "str"})


def write_sites(path, sites=((1, SITE, 1000),), crs=CRS):
    return write_polygons(path, [(geometry, {"site_id": i, "individuals": people})
                                 for i, geometry, people in sites],
                          {"site_id": "int", "individuals": "int"}, crs)


def write_lines(path, lines=((1, CORRIDOR),), crs=CRS):
    schema = {"geometry": "LineString", "properties": {"corridor_id": "int"}}
    with fiona.open(str(path), "w", driver="GPKG", schema=schema, crs=crs) as sink:
        for i, line in lines:
            sink.write({"geometry": mapping(line), "properties": {"corridor_id": i}})
    return str(path)


# --- GFM: 10 x 10 cells of 20 m from (X0, Y0 + 200) --------------------------------------------
GFM_TRANSFORM = from_origin(X0, Y0 + 200, 20.0, 20.0)
GFM_SITE = box(X0, Y0, X0 + 200, Y0 + 200)  # the whole grid: 100 cells


def gfm_layers():
    """(flood, exclusion, reference water) arrays: flood 1 in columns 5-9,
    row 0 nodata (255); exclusion over rows 5-9, columns 0-4; reference water
    in rows 0-1, columns 0-1. Shares of GFM_SITE: wet 45 %, permanent 4 %,
    unknown 8 (row 0 but the 2 permanent cells) + 25 (excluded dry) = 33 %,
    dry 18 %. Without the exclusion mask: unknown 8 %, dry 43 %."""
    flood = np.zeros((10, 10), np.uint8)
    flood[:, 5:] = 1
    flood[0, :] = 255
    exclusion = np.zeros((10, 10), np.uint8)
    exclusion[5:, :5] = 1
    reference = np.zeros((10, 10), np.uint8)
    reference[:2, :2] = 1
    return flood, exclusion, reference


GFM_SHARES = {"wet": 45.0, "possibly_wet": 0.0, "permanent": 4.0, "unknown": 33.0}
GFM_SHARES_NO_MASK = {"wet": 45.0, "possibly_wet": 0.0, "permanent": 4.0, "unknown": 8.0}


def write_gfm(folder, date="20240901", flood=None, transform=GFM_TRANSFORM, crs=CRS):
    """The three GFM layers of one date, named as GFM names them; returns their paths."""
    layers = gfm_layers()
    if flood is not None:
        layers = (flood,) + layers[1:]
    paths = []
    for name, array in zip(("OBSERVED_FLOOD", "EXCLUSION_MASK", "REFERENCE_WATER"), layers):
        path = folder / ("GFM_%s_%sT054500.tif" % (name, date))
        with rasterio.open(path, "w", driver="GTiff", width=array.shape[1], height=array.shape[0], count=1,
                           dtype="uint8", crs=crs, transform=transform, nodata=255) as sink:
            sink.write(array, 1)
        paths.append(str(path))
    return paths


# --- national depth mosaic: two 3-arc-second tiles across the UTM 29/30 boundary (-6 deg) ------
ARC3 = 1.0 / 1200.0
TILE_SIZE = 600  # 0.5 degree
TILE_WEST = (-6.5, 14.5)  # top-left corners
TILE_EAST = (-6.0, 14.5)


def depth_field(x0, y0, size=TILE_SIZE):
    lon = x0 + (np.arange(size) + 0.5) * ARC3
    lat = y0 - (np.arange(size) + 0.5) * ARC3
    depth = 1.2 * np.sin(lon[None, :] * 157.0) * np.cos(lat[:, None] * 211.0) + 0.5
    depth = np.clip(depth, 0.0, None).astype("float32")
    depth[(np.arange(size)[:, None] + np.arange(size)[None, :]) % 97 == 0] = -9999.0  # nodata lines
    return depth


def write_tile(path, corner, crs="EPSG:4326", compress=None):
    options = {"compress": compress} if compress else {}
    with rasterio.open(path, "w", driver="GTiff", width=TILE_SIZE, height=TILE_SIZE, count=1, dtype="float32",
                       crs=crs, transform=from_origin(corner[0], corner[1], ARC3, ARC3), nodata=-9999.0,
                       tiled=True, blockxsize=256, blockysize=256, **options) as sink:
        sink.write(depth_field(*corner), 1)
    return str(path)


def write_mosaic(folder, east_crs="EPSG:4326", compress=None):
    """(vrt, single GeoTIFF of the same cells, [tiles]) in ``folder``, the
    GeoTIFFs compressed by ``compress`` ('deflate') if given."""
    from osgeo import gdal
    west = write_tile(folder / "depth_w007n15.tif", TILE_WEST, compress=compress)
    east = write_tile(folder / "depth_w006n15.tif", TILE_EAST, east_crs, compress)
    vrt = str(folder / "depth_mali.vrt")
    if east_crs == "EPSG:4326":
        gdal.BuildVRT(vrt, [west, east]).FlushCache()
    else:  # gdalbuildvrt would leave the odd tile out: a VRT written by hand, as users do
        write_vrt_by_hand(vrt, [west, east])
    single = str(folder / "depth_mali.tif")
    gdal.Translate(single, vrt, creationOptions=["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]
                   + (["COMPRESS=%s" % compress.upper()] if compress else [])).FlushCache() \
        if east_crs == "EPSG:4326" else None
    return vrt, single, [west, east]


def write_vrt_by_hand(path, tiles):
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    sources = "".join(
        '<SimpleSource><SourceFilename relativeToVRT="1">%s</SourceFilename><SourceBand>1</SourceBand>'
        '<SrcRect xOff="0" yOff="0" xSize="%d" ySize="%d"/><DstRect xOff="%d" yOff="0" xSize="%d" ySize="%d"/>'
        '</SimpleSource>' % (tile.split("/")[-1], TILE_SIZE, TILE_SIZE, i * TILE_SIZE, TILE_SIZE, TILE_SIZE)
        for i, tile in enumerate(tiles))
    text = ('<VRTDataset rasterXSize="%d" rasterYSize="%d"><SRS>%s</SRS>'
            '<GeoTransform>%r, %r, 0, %r, 0, %r</GeoTransform>'
            '<VRTRasterBand dataType="Float32" band="1"><NoDataValue>-9999</NoDataValue>%s</VRTRasterBand>'
            '</VRTDataset>' % (2 * TILE_SIZE, TILE_SIZE, srs.ExportToWkt().replace('"', "&quot;"), TILE_WEST[0],
                               ARC3, TILE_WEST[1], -ARC3, sources))
    with open(path, "w") as stream:
        stream.write(text)


def national_sites(count=60, seed=7):
    """Irregular site polygons (EPSG:4326) over both tiles, some across -6 deg."""
    rng = np.random.default_rng(seed)
    rows = []
    for index in range(count):
        lon = rng.uniform(-6.45, -5.55)
        lat = rng.uniform(14.05, 14.45)
        radius = rng.uniform(0.004, 0.012)  # about 0.4 to 1.3 km
        angles = np.sort(rng.uniform(0, 2 * np.pi, rng.integers(6, 12)))
        ring = [(lon + radius * np.cos(a), lat + radius * np.sin(a)) for a in angles]
        from shapely.geometry import Polygon
        rows.append((index, Polygon(ring + [ring[0]]), int(rng.integers(100, 5000))))
    rows.append((count, box(-6.01, 14.2, -5.99, 14.22), 800))  # straddles the tile and zone boundary
    return rows
