"""Flood exposure faults of the reliability issue, on the core, against
oracles computed independently: GDAL itself for which blocks of a damaged
file can be read, pyproj's geodesic for national lengths and areas, GDAL's
rasterize and GEOS ``contains`` for the cell rule on cell edges."""
import json
import math

import geopandas as gpd
import numpy as np
import pyproj
import pytest
import rasterio
from rasterio.errors import RasterioIOError
from rasterio.transform import from_origin
from rasterio.windows import Window
from shapely.geometry import LineString, Point, box

from mali_sites_plugin.api import flood_exposure
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.standards import load_hazard_schemes, load_profile, profile_path
from mali_sites_plugin.flood.corridors import assess_corridors
from mali_sites_plugin.flood.hazard import HazardModel
from mali_sites_plugin.flood.rasters import open_hazard_raster
from mali_sites_plugin.flood.scanline import edges_in_pixels, spans
from mali_sites_plugin.flood.scenarios import Scenario
from mali_sites_plugin.flood.sites import assess_sites, site_circles
from mali_sites_plugin.flood.summary import summary_rows

UTM = "EPSG:32630"
X0, Y0 = 500000.0, 1610000.0
SCHEMES, DEFAULT = load_hazard_schemes()
WET = load_profile().value("flood_wet_depth_m")
GEOD = pyproj.Geod(ellps="WGS84")


def model(threshold=WET):
    return HazardModel("depth", SCHEMES[DEFAULT], threshold)


def depth_field(size=256):
    rows, cols = np.mgrid[0:size, 0:size]
    return (0.05 + (rows * 7 + cols * 3) % 11 * 0.1).astype("float32")  # 0.05 to 1.05 m, never 0


def write(path, array, **options):
    with rasterio.open(path, "w", driver="GTiff", width=array.shape[1], height=array.shape[0], count=1,
                       dtype=array.dtype.name, crs=UTM, transform=from_origin(X0, Y0, 10.0, 10.0),
                       nodata=-9999.0, **options) as dataset:
        dataset.write(array, 1)
    return str(path)


LAYOUTS = {"tiled": dict(tiled=True, blockxsize=64, blockysize=64),
           "tiled-deflate": dict(tiled=True, blockxsize=64, blockysize=64, compress="deflate"),
           "striped": dict(tiled=False, blockysize=16),
           "striped-lzw": dict(tiled=False, blockysize=16, compress="lzw")}


def readable_cells(path, shape, block):
    """Oracle: True for the cells of the blocks GDAL reads without error when
    it reads the file block by block without direct I/O."""
    readable = np.zeros(shape, dtype=bool)
    with rasterio.Env(GTIFF_DIRECT_IO="NO"), rasterio.open(path) as dataset:
        for row in range(0, shape[0], block[0]):
            for col in range(0, shape[1], block[1]):
                window = Window(col, row, min(block[1], shape[1] - col), min(block[0], shape[0] - row))
                try:
                    dataset.read(1, window=window)
                except RasterioIOError:
                    continue
                readable[row:row + window.height, col:col + window.width] = True
    return readable


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("kept", [0.35, 0.7, 0.97])
def test_a_truncated_geotiff_makes_the_missing_blocks_unknown_never_dry(tmp_path, layout, kept):
    depth = depth_field()
    whole = write(tmp_path / "whole.tif", depth, **LAYOUTS[layout])
    data = open(whole, "rb").read()
    cut = tmp_path / "cut.tif"
    cut.write_bytes(data[:int(len(data) * kept)])
    with rasterio.open(whole) as dataset:
        block = dataset.block_shapes[0]
    readable = readable_cells(cut, depth.shape, block)
    assert 0 < readable.sum() < readable.size  # the case is a partly readable file
    raster = open_hazard_raster(str(cut))
    # three sites: the whole raster, its top rows, its bottom rows (cells of 10 m)
    sites = [box(X0, Y0 - 2560, X0 + 2560, Y0), box(X0, Y0 - 300, X0 + 2560, Y0),
             box(X0, Y0 - 2560, X0 + 2560, Y0 - 2260)]
    rows = [slice(0, 256), slice(0, 30), slice(226, 256)]
    result = assess_sites(sites, [1000.0] * 3, UTM, [Scenario("cut", "cut", raster=raster)],
                          model()).results["cut"]
    for index, rows_of in enumerate(rows):
        ok = readable[rows_of]
        wet = ok & (depth[rows_of] > np.float32(WET))
        assert result.cells[index] == ok.size
        assert result.valid_cells[index] == ok.sum()  # cells the file does not hold are unknown
        assert result.wet_cells[index] == wet.sum()
        assert result.unknown_pct[index] == pytest.approx(100.0 * (~ok).sum() / ok.size)
        if ok.any():
            assert result.max_depth[index] == pytest.approx(float(depth[rows_of][ok].max()))
        else:
            assert np.isnan(result.wet_pct[index]) and np.isnan(result.exposed_people[index])
    assert raster.unreadable  # recorded, for the log line


def test_a_truncated_raster_is_named_in_a_note(tmp_path):
    whole = write(tmp_path / "whole.tif", depth_field(), **LAYOUTS["striped"])
    cut = tmp_path / "depth_q10.tif"
    cut.write_bytes(open(whole, "rb").read()[:100000])
    raster = open_hazard_raster(str(cut))
    assessment = assess_sites([box(X0, Y0 - 2560, X0 + 2560, Y0)], [10.0], UTM,
                              [Scenario("Q10", "q10", raster=raster)], model())
    [note] = [n for n in assessment.notes if n.code == "unreadable_blocks"]
    blocks, label, path, reason = note.values
    assert label == "depth_q10" and path == str(cut) and blocks == len(raster.unreadable) > 0
    assert "file ends" in reason or "failed" in reason
    lines = assess_corridors([LineString([(X0 + 5, Y0 - 5), (X0 + 5, Y0 - 2555)])], UTM,
                             [Scenario("Q10", "q10", raster=raster)], model())
    assert "unreadable_blocks_corridors" in [n.code for n in lines.notes]
    assert lines.results["q10"].unknown_m[0] > 0


def test_wholly_unknown_sites_are_null_partial_ones_as_before_and_totals_leave_them_out(tmp_path):
    depth = np.full((10, 10), 0.5, "float32")
    depth[:, 5:] = -9999.0  # east half nodata
    path = write(tmp_path / "half.tif", depth)
    scenario = Scenario("Q", "q", raster=open_hazard_raster(path))
    sites = [box(X0, Y0 - 100, X0 + 50, Y0),  # all known, all wet (100 people exposed)
             box(X0 + 30, Y0 - 100, X0 + 70, Y0),  # half wet, half nodata: as before
             box(X0 + 60, Y0 - 100, X0 + 100, Y0),  # all nodata: unknown
             box(X0 + 5000, Y0 - 100, X0 + 5050, Y0)]  # off the raster: unknown
    populations = [100.0, 80.0, 60.0, 40.0]
    assessment = assess_sites(sites, populations, UTM, [scenario], model())
    result = assessment.results["q"]
    assert result.wet_pct[0] == 100.0 and result.exposed_people[0] == 100.0
    assert result.wet_pct[1] == 50.0 and result.unknown_pct[1] == 50.0 and result.exposed_people[1] == 40.0
    for index in (2, 3):
        assert result.unknown_pct[index] == 100.0
        assert np.isnan(result.wet_pct[index]) and np.isnan(result.exposed_people[index])
    assert ("sites_unknown", (2,)) in [(n.code, n.values) for n in assessment.notes]
    [row] = summary_rows([scenario], assessment, populations)
    assert row["sites_flooded"] == 2 and row["sites_partly_unknown"] == 1 and row["sites_unknown"] == 2
    assert row["population"] == 280.0 and row["exposed_people"] == 140.0
    assert row["exposed_pct"] == pytest.approx(100.0 * 140.0 / 180.0)  # over the sites with known cells


def test_a_wholly_unknown_corridor_has_no_wet_length(tmp_path):
    path = write(tmp_path / "wet.tif", np.full((10, 10), 0.5, "float32"))
    scenario = Scenario("Q", "q", raster=open_hazard_raster(path))
    on = LineString([(X0 + 5, Y0 - 5), (X0 + 95, Y0 - 5)])
    off = LineString([(X0 + 5000, Y0 - 5), (X0 + 5090, Y0 - 5)])
    assessment = assess_corridors([on, off], UTM, [scenario], model())
    result = assessment.results["q"]
    assert result.wet_m[0] == pytest.approx(90.0) and result.unknown_m[0] == 0.0
    assert np.isnan(result.wet_m[1]) and np.isnan(result.wet_pct[1]) and result.unknown_m[1] == pytest.approx(90.0)
    [row] = summary_rows([scenario], corridors=assessment)
    assert row["corridors_unknown"] == 1 and row["wet_km_pct"] == pytest.approx(100.0)


def test_the_wet_threshold_comes_from_the_standards_profile(tmp_path):
    """0.1 m (PetaBencana) from the Sphere profile, with its source; a user
    profile with another figure changes what is wet."""
    figure = load_profile().figure("flood_wet_depth_m")
    assert (figure.value, figure.comparison, figure.unit) == (0.1, ">", "m") and "PetaBencana" in figure.source
    depth = np.array([[0.05, 0.1, 0.2, 0.3, 0.6]], "float32")
    path = write(tmp_path / "d.tif", depth)
    sites = gpd.GeoDataFrame({"people": [100]}, geometry=[box(X0, Y0 - 10, X0 + 50, Y0)], crs=UTM)
    default = flood_exposure(sites, hazards=[path], population_column="people")
    assert default.sites["wet_cells_d"][0] == 3  # 0.2, 0.3, 0.6 > 0.1 (0.1 itself is not above)
    document = json.loads(profile_path("sphere_2018").read_text(encoding="utf-8"))
    document["fallback"] = str(profile_path("unhcr"))
    document["figures"]["flood_wet_depth_m"]["value"] = 0.25
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(document), encoding="utf-8")
    edited = flood_exposure(sites, hazards=[path], population_column="people", profile=str(mine))
    assert edited.sites["wet_cells_d"][0] == 2
    given = flood_exposure(sites, hazards=[path], population_column="people", wet_threshold=0.0)
    assert given.sites["wet_cells_d"][0] == 5


def test_cell_centres_on_the_edges_of_a_site_follow_the_stated_rule(tmp_path):
    """A square whose edges run through cell centres (cols and rows 1 to 4):
    ours takes the west and north edges, not the east and south ones (9
    cells); GDAL's rasterize takes the east edge not the west, and both the
    north and south edges (12 cells); QGIS's zonal statistics (GEOS
    contains) none of the boundary (4 cells). The help says so."""
    from rasterio.features import rasterize
    transform = from_origin(X0, Y0, 1.0, 1.0)
    path = str(tmp_path / "grid.tif")
    with rasterio.open(path, "w", driver="GTiff", width=10, height=10, count=1, dtype="float32", crs=UTM,
                       transform=transform) as dataset:
        dataset.write(np.ones((10, 10), "float32"), 1)
    raster = open_hazard_raster(path)
    square = box(X0 + 1.5, Y0 - 4.5, X0 + 4.5, Y0 - 1.5)
    ours = np.zeros((10, 10), bool)
    for row, col0, col1 in zip(*spans(*edges_in_pixels(raster, [square])[:5])[1:]):
        ours[row, col0:col1] = True
    expected = np.zeros((10, 10), bool)
    expected[1:4, 1:4] = True  # rows 1-3 (north edge in), cols 1-3 (west edge in)
    assert (ours == expected).all()
    gdal = rasterize([(square, 1)], out_shape=(10, 10), transform=transform, all_touched=False).astype(bool)
    expected_gdal = np.zeros((10, 10), bool)
    expected_gdal[1:5, 2:5] = True
    assert (gdal == expected_gdal).all()
    centres = [(row, col) for row in range(10) for col in range(10)
               if square.contains(Point(X0 + col + 0.5, Y0 - row - 0.5))]
    assert sorted(centres) == [(2, 2), (2, 3), (3, 2), (3, 3)]
    # away from the edges the three agree
    inner = box(X0 + 1.2, Y0 - 4.3, X0 + 4.7, Y0 - 1.1)
    ours = np.zeros((10, 10), bool)
    for row, col0, col1 in zip(*spans(*edges_in_pixels(raster, [inner])[:5])[1:]):
        ours[row, col0:col1] = True
    gdal = rasterize([(inner, 1)], out_shape=(10, 10), transform=transform, all_touched=False).astype(bool)
    geos = np.array([[inner.contains(Point(X0 + c + 0.5, Y0 - r - 0.5)) for c in range(10)] for r in range(10)])
    assert (ours == gdal).all() and (ours == geos).all()



def test_spans_of_concave_polygons_with_holes_are_the_cells_whose_centre_is_inside(tmp_path):
    """Rows crossed two, four or more times (concave outlines, holes,
    multipolygons), overlapping features: the spans hold exactly the cells
    whose centre GEOS finds inside each polygon; the crossings' order is
    np.lexsort's."""
    from shapely.geometry import MultiPolygon, Polygon
    from mali_sites_plugin.flood.scanline import _by_group_then_x
    path = str(tmp_path / "grid.tif")
    transform = from_origin(X0, Y0, 1.0, 1.0)
    with rasterio.open(path, "w", driver="GTiff", width=40, height=40, count=1, dtype="float32", crs=UTM,
                       transform=transform) as dataset:
        dataset.write(np.ones((40, 40), "float32"), 1)
    raster = open_hazard_raster(path)
    rng = np.random.default_rng(3)
    comb = Polygon([(X0 + 2.3, Y0 - 30.7)] + [(X0 + 2.3 + 3.1 * k + dx, Y0 - (4.2 if k % 2 else 28.9))
                                               for k in range(1, 11) for dx in (0.0, 1.4)]
                   + [(X0 + 36.6, Y0 - 30.7)])
    holed = box(X0 + 5.2, Y0 - 35.3, X0 + 33.7, Y0 - 10.1).difference(box(X0 + 11.4, Y0 - 29.6, X0 + 20.8, Y0 - 15.2))
    pair = MultiPolygon([box(X0 + 1.1, Y0 - 9.6, X0 + 7.7, Y0 - 1.3), box(X0 + 24.4, Y0 - 8.2, X0 + 38.9, Y0 - 2.6)])
    angles = np.sort(rng.uniform(0, 2 * np.pi, 40))
    radii = rng.uniform(4, 15, 40)
    star = Polygon([(X0 + 20.1 + r * np.cos(a), Y0 - 20.3 + r * np.sin(a)) for a, r in zip(angles, radii)])
    polygons = [comb, holed, pair, star]
    owner, row, col0, col1 = spans(*edges_in_pixels(raster, polygons)[:5])
    for index, polygon in enumerate(polygons):
        ours = np.zeros((40, 40), bool)
        for r, c0, c1 in zip(row[owner == index], col0[owner == index], col1[owner == index]):
            assert not ours[r, c0:c1].any()  # no cell twice
            ours[r, c0:c1] = True
        geos = np.array([[polygon.contains(Point(X0 + c + 0.5, Y0 - r - 0.5)) for c in range(40)]
                         for r in range(40)])
        assert (ours == geos).all() and ours.sum() > 20, index
    for trial in range(50):
        n = int(rng.integers(1, 300))
        group = rng.integers(0, max(1, n // 2), n)
        group = np.sort(group) if trial % 2 else group
        x = rng.integers(0, 4, n).astype(float) if trial % 3 == 0 else rng.uniform(0, 10, n)  # ties too
        assert np.array_equal(_by_group_then_x(group, x), np.lexsort((x, group))), trial


def test_rings_of_many_wkb_are_the_rings_each_one_holds():
    """rings_of over simple polygons (read from their bytes), holes,
    multipolygons, big-endian, 3D and ISO WKB, points and None: the same
    rings, in turn, as polygon_rings of each geometry, with their owners."""
    import struct
    from shapely.geometry import MultiPolygon, Polygon
    from mali_sites_plugin.common.wkb import polygon_rings, rings_of, wkbs
    square = box(1.5, 2.5, 4.25, 6.0)
    holed = box(0, 0, 10, 10).difference(box(2, 2, 3, 3))
    multi = MultiPolygon([box(20, 20, 21, 22), box(30, 30, 31.5, 30.5)])
    ring = [(0.0, 0.0), (5.0, 0.0), (5.0, 4.0), (0.0, 0.0)]
    big_endian = struct.pack(">BII", 0, 3, 1) + struct.pack(">I", 4) + struct.pack(">8d", *sum(ring, ()))
    iso_z = struct.pack("<BII", 1, 1003, 1) + struct.pack("<I", 4) + struct.pack(
        "<12d", *sum(((x, y, 7.0) for x, y in ring), ()))
    blobs = wkbs([square, holed, None, multi, Point(1, 2), Polygon(ring)]) + [big_endian, iso_z]
    points, sizes, owners = rings_of(blobs)
    expected = [(index, r) for index, blob in enumerate(blobs) if blob is not None for r in polygon_rings(blob)]
    assert owners.tolist() == [index for index, _ in expected] == [0, 1, 1, 3, 3, 5, 6, 7]
    assert sizes.tolist() == [len(r) for _, r in expected]
    assert np.array_equal(points, np.concatenate([r for _, r in expected]))
    assert np.array_equal(points[:5], np.array(square.exterior.coords))
    assert np.array_equal(points[-4:], np.array(ring)) and np.array_equal(points[-8:-4], np.array(ring))

# --- a national layer: each feature in its own UTM zone -------------------------------------------

LONGITUDES = [-11.8, -9.5, -6.1, -3.2, -0.4, 1.7, 3.9]
LATITUDE = 15.0


def national_raster(path):
    """A raster in EPSG:4326 over Mali, every cell 0.5 m deep (all wet)."""
    cell = 0.01
    width, height = int(17.0 / cell), int(2.0 / cell)
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1, dtype="float32",
                       crs="EPSG:4326", transform=from_origin(-12.5, 16.0, cell, cell), nodata=-9999.0,
                       tiled=True, blockxsize=256, blockysize=256) as dataset:
        dataset.write(np.full((height, width), 0.5, "float32"), 1)
    return str(path)


def test_national_corridors_and_point_sites_agree_with_the_geodesic(tmp_path):
    """Corridors and point sites from longitude -12 to +4 over a raster in
    EPSG:4326, read in EPSG:4326: lengths within 0.1 % of pyproj's geodesic
    length, circles within 0.1 % of the geodesic area pi r2 (one zone 30N
    for the whole layer is 1.1 % long at -12 and 2.2 % small in area)."""
    raster = national_raster(tmp_path / "national.tif")
    corridors = []
    for lon in LONGITUDES:
        lons, lats, _ = GEOD.fwd([lon] * 3, [LATITUDE] * 3, [60.0, 60.0, 60.0], [0.0, 4000.0, 8000.0])
        end_lon, end_lat, _ = GEOD.fwd(lons[1], lats[1], 150.0, 5000.0)
        corridors.append(LineString([(lons[0], lats[0]), (lons[1], lats[1]), (end_lon, end_lat)]))
    frame = gpd.GeoDataFrame({"id": range(len(corridors))}, geometry=corridors, crs="EPSG:4326")
    points = gpd.GeoDataFrame({"people": [2000] * len(LONGITUDES)},
                              geometry=[Point(lon, LATITUDE) for lon in LONGITUDES], crs="EPSG:4326")
    exposure = flood_exposure(points, frame, hazards=[raster], population_column="people", site_radius=400.0)
    geodesic = np.array([GEOD.geometry_length(line) for line in corridors])
    measured = exposure.corridors["length_m"].to_numpy()
    assert np.abs(measured / geodesic - 1).max() < 0.001
    wet = exposure.corridors["wet_m_national"].to_numpy()
    assert np.abs(wet / geodesic - 1).max() < 0.001  # every cell wet: the whole length
    stretches = exposure.corridor_segments.groupby("corridor_fid")["length_m"].sum().to_numpy()
    assert np.abs(stretches / geodesic - 1).max() < 0.001
    areas = np.array([abs(GEOD.geometry_area_perimeter(circle)[0]) for circle in exposure.sites.geometry])
    assert np.abs(areas / (math.pi * 400.0 ** 2) - 1).max() < 0.001
    # the fault avoided: one zone for all is off by more than 1 % at the western end
    one_zone = gpd.GeoSeries(corridors, crs="EPSG:4326").to_crs("EPSG:32630").length.to_numpy()
    assert one_zone[0] / geodesic[0] - 1 > 0.01


def test_site_circles_sized_from_population_are_right_in_every_zone():
    area = load_profile().value("site_area_m2_per_person")
    points = gpd.GeoSeries([Point(lon, LATITUDE) for lon in LONGITUDES], crs="EPSG:4326").to_crs("EPSG:32630")
    circles, radii, problems = site_circles(list(points), [1000.0] * len(LONGITUDES), 0.0, area, "EPSG:32630")
    assert not problems
    back = gpd.GeoSeries(circles, crs="EPSG:32630").to_crs("EPSG:4326")
    areas = np.array([abs(GEOD.geometry_area_perimeter(circle)[0]) for circle in back])
    assert np.abs(areas / (1000.0 * area) - 1).max() < 0.001


# --- inputs the flood code refuses -------------------------------------------------------------

def test_sites_mixing_points_and_polygons_are_refused(tmp_path):
    path = write(tmp_path / "d.tif", np.full((10, 10), 0.5, "float32"))
    sites = gpd.GeoDataFrame({"people": [10, 20, 30]},
                             geometry=[Point(X0 + 5, Y0 - 5), box(X0, Y0 - 50, X0 + 50, Y0), Point(X0 + 9, Y0 - 9)],
                             crs=UTM)
    with pytest.raises(InputError) as error:
        flood_exposure(sites, hazards=[path], population_column="people", site_radius=10.0)
    assert "mixes 2 point(s) and 1 polygon(s)" in str(error.value) and error.value.values[0] == "sites"


def test_a_negative_radius_is_refused():
    with pytest.raises(InputError) as error:
        site_circles([Point(X0, Y0)], None, -5.0, 45.0)
    assert "Site radius -5 m" in str(error.value) and error.value.text.count("%s") == 1


def test_qgis_zonal_statistics_leave_out_centres_on_the_boundary(run_algorithm, tmp_path):
    """The QGIS half of the edge rule above, measured on QGIS itself:
    native:zonalstatisticsfb counts 4 cells for the square whose edges run
    through cell centres (we count 9, GDAL 12) and agrees with us on a square
    whose edges miss every centre."""
    import fiona
    from shapely.geometry import mapping
    path = str(tmp_path / "grid.tif")
    with rasterio.open(path, "w", driver="GTiff", width=10, height=10, count=1, dtype="float32", crs=UTM,
                       transform=from_origin(X0, Y0, 1.0, 1.0)) as dataset:
        dataset.write(np.ones((10, 10), "float32"), 1)
    squares = [box(X0 + 1.5, Y0 - 4.5, X0 + 4.5, Y0 - 1.5), box(X0 + 1.2, Y0 - 4.3, X0 + 4.7, Y0 - 1.1)]
    layer = str(tmp_path / "squares.gpkg")
    with fiona.open(layer, "w", driver="GPKG", crs=UTM,
                    schema={"geometry": "Polygon", "properties": {"n": "int"}}) as sink:
        for number, square in enumerate(squares):
            sink.write({"geometry": mapping(square), "properties": {"n": number}})
    result = run_algorithm("native:zonalstatisticsfb", {"INPUT": layer, "INPUT_RASTER": path, "RASTER_BAND": 1,
                                                        "COLUMN_PREFIX": "z_", "STATISTICS": [0],
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    counts = [feature["z_count"] for feature in result["OUTPUT"].getFeatures()]
    ours = assess_sites(squares, None, UTM, [Scenario("g", "g", raster=open_hazard_raster(path))],
                        model()).results["g"].cells
    assert counts == [4, 12] and ours.tolist() == [9.0, 12.0]


def test_the_algorithm_measures_a_national_layer_per_zone(run_algorithm, tmp_path):
    """Through malisites:floodexposure: a national layer in EPSG:4326 (one
    working zone, 30N, for the layer) still gets geodesic corridor lengths
    and point-site circle areas to 0.1 %."""
    import fiona
    from shapely.geometry import mapping
    from shapely import wkb
    raster = national_raster(tmp_path / "national.tif")
    corridors, points = [], []
    for lon in LONGITUDES:
        lons, lats, _ = GEOD.fwd([lon] * 2, [LATITUDE] * 2, [45.0, 45.0], [0.0, 9000.0])
        corridors.append(LineString(zip(lons, lats)))
        points.append(Point(lon, LATITUDE - 0.3))
    for name, geometries in (("corridors", corridors), ("points", points)):
        with fiona.open(tmp_path / (name + ".gpkg"), "w", driver="GPKG", crs="EPSG:4326",
                        schema={"geometry": geometries[0].geom_type, "properties": {"n": "int"}}) as sink:
            for number, geometry in enumerate(geometries):
                sink.write({"geometry": mapping(geometry), "properties": {"n": number}})
    result = run_algorithm("malisites:floodexposure", {
        "HAZARDS": [raster], "SITES": str(tmp_path / "points.gpkg"), "SITE_RADIUS": 300.0,
        "CORRIDORS": str(tmp_path / "corridors.gpkg"), "OUTPUT_SITES": "TEMPORARY_OUTPUT",
        "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT"})
    lengths = [feature["length_m"] for feature in result["OUTPUT_CORRIDORS"].getFeatures()]
    geodesic = [GEOD.geometry_length(line) for line in corridors]
    assert np.abs(np.array(lengths) / geodesic - 1).max() < 0.001
    areas = [abs(GEOD.geometry_area_perimeter(wkb.loads(bytes(feature.geometry().asWkb())))[0])
             for feature in result["OUTPUT_SITES"].getFeatures()]
    assert np.abs(np.array(areas) / (math.pi * 300.0 ** 2) - 1).max() < 0.001


@pytest.mark.parametrize("layout", ["tiled-deflate", "striped-lzw"])
def test_chunks_read_ahead_by_threads_give_the_oracle_on_a_damaged_file(tmp_path, monkeypatch, layout):
    """Many small chunks read by the worker threads of flood.readahead: the
    same cells as GDAL's own block-by-block reads, and the reads did happen
    on more than one thread."""
    import threading
    from mali_sites_plugin.flood import rasters as flood_rasters, readahead
    monkeypatch.setattr(flood_rasters, "CHUNK_CELLS", 64 * 64)
    monkeypatch.setattr(readahead, "READ_THREADS", 2)
    threads = set()
    read_window = flood_rasters.WindowReader._read_window

    def recording(self, *window):
        threads.add(threading.current_thread().name)
        return read_window(self, *window)
    monkeypatch.setattr(flood_rasters.WindowReader, "_read_window", recording)
    depth = depth_field()
    whole = write(tmp_path / "whole.tif", depth, **LAYOUTS[layout])
    cut = tmp_path / "cut.tif"
    data = open(whole, "rb").read()
    cut.write_bytes(data[:int(len(data) * 0.6)])
    with rasterio.open(whole) as dataset:
        readable = readable_cells(cut, depth.shape, dataset.block_shapes[0])
    site = box(X0 + 20, Y0 - 2540, X0 + 2540, Y0 - 20)  # all cells but a ring of two
    result = assess_sites([site], [1000.0], UTM, [Scenario("cut", "cut", raster=open_hazard_raster(str(cut)))],
                          model()).results["cut"]
    ok = readable[2:254, 2:254]
    assert 0 < ok.sum() < ok.size
    assert (result.cells[0], result.valid_cells[0]) == (ok.size, ok.sum())
    assert result.wet_cells[0] == (ok & (depth[2:254, 2:254] > np.float32(WET))).sum()
    assert result.max_depth[0] == pytest.approx(float(depth[2:254, 2:254][ok].max()))
    assert len([name for name in threads if name.startswith("mali-sites-read")]) == 2
