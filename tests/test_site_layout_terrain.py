"""Site layout on terrain: rows along the contours, drains along the roads to
outfalls at the boundary's low points, the slope of each block.

The DEMs are planes (and a ridge of two planes) written with rasterio, so the
downhill direction, the slope and the lowest boundary point are known
analytically; elevations along the drains are read back with rasterio and
interpolated here (scipy), apart from the planner's own sampling."""
import math

import numpy as np
import pytest
import rasterio
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from rasterio.transform import from_origin
from scipy.interpolate import RegularGridInterpolator
from shapely import wkb
from shapely.geometry import Point, box
from shapely.ops import unary_union

from mali_sites_plugin.common.rasters import RasterInput
from mali_sites_plugin.common.standards import load_profile
from mali_sites_plugin.layout import LayoutOptions, plan_site
from mali_sites_plugin.layout.land import describe

UTM = "EPSG:32630"
X0, Y0 = 380000.0, 1600000.0
WIDTH, HEIGHT = 600.0, 350.0
CELL = 5.0
SITE = box(X0, Y0, X0 + WIDTH, Y0 + HEIGHT)


@pytest.fixture(scope="module")
def sphere():
    return load_profile("sphere_2018")


def options(**values):
    values.setdefault("path_width", 3.0)
    values.setdefault("setback", 5.0)
    return LayoutOptions(**values)


def dem(path, elevation_of):
    """A DEM (float64, 5 m cells) 50 m beyond the site on every side, of
    ``elevation_of(x, y)`` at the cell centres."""
    x0, y0 = X0 - 50.0, Y0 + HEIGHT + 50.0
    columns, rows = int((WIDTH + 100.0) / CELL), int((HEIGHT + 100.0) / CELL)
    xs = x0 + (np.arange(columns) + 0.5) * CELL
    ys = y0 - (np.arange(rows) + 0.5) * CELL
    grid_x, grid_y = np.meshgrid(xs, ys)
    profile = {"driver": "GTiff", "height": rows, "width": columns, "count": 1, "dtype": "float64",
               "transform": from_origin(x0, y0, CELL, CELL), "crs": UTM, "nodata": -9999.0}
    with rasterio.open(path, "w", **profile) as sink:
        sink.write(elevation_of(grid_x, grid_y), 1)
    return str(path)


def plane(downhill_azimuth_deg, slope):
    """z(x, y) of a plane falling ``slope`` (m/m) toward the azimuth given."""
    east, north = math.sin(math.radians(downhill_azimuth_deg)), math.cos(math.radians(downhill_azimuth_deg))
    return lambda x, y: 300.0 - slope * ((x - X0) * east + (y - Y0) * north)


class Elevation:
    """The DEM read back with rasterio, interpolated bilinearly between cell centres (scipy)."""

    def __init__(self, path):
        with rasterio.open(path) as source:
            self.values = source.read(1)
            self.transform = source.transform
            self.path = path
        rows, columns = self.values.shape
        xs = self.transform.c + (np.arange(columns) + 0.5) * self.transform.a
        ys = self.transform.f + (np.arange(rows) + 0.5) * self.transform.e
        # scipy wants increasing axes: north-up rows run south, so flip them
        self.interpolate = RegularGridInterpolator((ys[::-1], xs), self.values[::-1])

    def __call__(self, xy):
        xy = np.atleast_2d(xy)
        return self.interpolate(np.column_stack([xy[:, 1], xy[:, 0]]))

    def cells(self, xy):
        """The values of the cells under ``xy`` (rasterio's sample)."""
        with rasterio.open(self.path) as source:
            return np.array([value[0] for value in source.sample([tuple(p) for p in xy])])


def boundary_samples(site, step=1.0):
    ring = site.exterior
    count = int(ring.length / step)
    return np.array([ring.interpolate(i * ring.length / count).coords[0] for i in range(count)])


def row_azimuth_error(plan, downhill_azimuth):
    """Degrees between the plan's rows and the contour (perpendicular to the downhill direction)."""
    difference = (plan.orientation_deg - (downhill_azimuth + 90.0)) % 180.0
    return min(difference, 180.0 - difference)


@pytest.fixture(scope="module")
def tilted(sphere, tmp_path_factory):
    """The plan of a 600 x 350 m site on a plane falling 5 % toward azimuth 120."""
    path = dem(tmp_path_factory.mktemp("tilted") / "dem.tif", plane(120.0, 0.05))
    return plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path)), Elevation(path)


def test_rows_follow_the_contours_of_a_tilted_plane(tilted, sphere):
    plan, _ = tilted
    # the long side (east-west, azimuth 90) is 30 degrees off the contour (azimuth 30)
    assert row_azimuth_error(plan, 120.0) < 1.0
    notes = [m for m in plan.messages if m.code == "rows_contour"]
    assert len(notes) == 1 and "follow the contours" in describe(notes[0])
    assert notes[0].values[1] == pytest.approx(5.0) and notes[0].values[2] == 120


@pytest.mark.parametrize("azimuth, slope", [(200.0, 0.03), (45.0, 0.08)])
def test_rows_follow_the_contours_whichever_way_the_land_falls(sphere, tmp_path, azimuth, slope):
    path = dem(tmp_path / "dem.tif", plane(azimuth, slope))
    plan = plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path))
    assert row_azimuth_error(plan, azimuth) < 1.0


def test_every_drain_runs_downhill_along_the_roads(tilted):
    plan, elevation = tilted
    assert plan.drains
    roads = unary_union([p.geometry for p in plan.paths if p.road_class in ("primary", "secondary")])
    for drain in plan.drains:
        start, end = elevation(drain.geometry.coords[0])[0], elevation(drain.geometry.coords[-1])[0]
        assert end <= start + 1e-6, drain
        assert drain.fall_m == pytest.approx(max(start - end, 0.0), abs=1e-6)
        assert drain.slope_pct == pytest.approx(100.0 * drain.fall_m / drain.geometry.length)
        if drain.kind != "outfall":
            assert roads.buffer(1e-6).contains(drain.geometry)
    # on a plane every drain reaches the one outfall: no hollow
    assert {d.outfall_id for d in plan.drains} == {1}
    assert not [m for m in plan.messages if m.code == "drains_hollow"]
    assert {d.kind for d in plan.drains} == {"roadside", "collector", "outfall"}
    # the cells rasterio reads under the ends agree where the fall is more than a cell's
    falling = [d for d in plan.drains if d.fall_m > 0.05 * CELL * math.sqrt(2.0)]
    assert len(falling) > len(plan.drains) / 3
    starts = elevation.cells([d.geometry.coords[0] for d in falling])
    ends = elevation.cells([d.geometry.coords[-1] for d in falling])
    assert (ends < starts).all()


def test_the_outfall_is_the_lowest_point_of_the_boundary(tilted):
    plan, elevation = tilted
    outfalls = [d for d in plan.drains if d.kind == "outfall"]
    assert len(outfalls) == 1
    point = Point(outfalls[0].geometry.coords[-1])
    # falling toward azimuth 120 (east and south): the south-east corner is the lowest
    assert point.distance(Point(X0 + WIDTH, Y0)) <= CELL
    assert SITE.boundary.distance(point) < 1e-6
    samples = boundary_samples(SITE)
    lowest = elevation.cells(samples).min()
    assert elevation.cells([point.coords[0]])[0] <= lowest + CELL * 0.05 + 1e-9  # within one cell's fall


def test_each_outfall_is_the_lowest_boundary_point_of_its_catchment(sphere, tmp_path):
    """A ridge north-south through the middle, the land falling 4 % east and
    west of it and 1 % south: two catchments, each draining to its own
    south corner."""
    middle = X0 + WIDTH / 2.0
    path = dem(tmp_path / "ridge.tif", lambda x, y: 300.0 - 0.04 * np.abs(x - middle) + 0.01 * (y - Y0))
    plan = plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path))
    elevation = Elevation(path)
    outfalls = {d.outfall_id: Point(d.geometry.coords[-1]) for d in plan.drains if d.kind == "outfall"}
    assert len(outfalls) == 2
    catchments = {k: unary_union([d.geometry for d in plan.drains if d.outfall_id == k]) for k in outfalls}
    samples = boundary_samples(SITE)
    owner = np.array([min(catchments, key=lambda k: catchments[k].distance(Point(p))) for p in samples])
    values = elevation(samples)
    for outfall_id, point in outfalls.items():
        mine = owner == outfall_id
        lowest = samples[mine][np.argmin(values[mine])]
        assert point.distance(Point(lowest)) <= CELL
    corners = sorted(outfalls.values(), key=lambda p: p.x)
    assert corners[0].distance(Point(X0, Y0)) <= CELL and corners[1].distance(Point(X0 + WIDTH, Y0)) <= CELL
    for drain in plan.drains:
        assert elevation(drain.geometry.coords[-1])[0] <= elevation(drain.geometry.coords[0])[0] + 1e-6
        # nowhere along it does the ground rise again by more than the fall across one cell
        along = np.linspace(0.0, drain.geometry.length, max(int(drain.geometry.length), 2))
        z = elevation([drain.geometry.interpolate(d).coords[0] for d in along])
        assert (z - np.minimum.accumulate(z)).max() <= 0.04 * CELL, drain
    # the roads across the ridge are cut at its crest: no drain climbs over it
    crossing = [d for d in plan.drains if min(p[0] for p in d.geometry.coords) < middle - CELL
                and max(p[0] for p in d.geometry.coords) > middle + CELL]
    assert not crossing


@pytest.mark.parametrize("slope, expected", [(0.03, "ideal"), (0.05, "above_ideal"), (0.12, "too_steep")])
def test_block_slopes_are_the_gradient_of_the_plane(sphere, tmp_path, slope, expected):
    path = dem(tmp_path / "dem.tif", plane(120.0, slope))
    plan = plan_site(SITE, sphere, options(max_slope_pct=20.0), UTM, dem=RasterInput(path))
    with rasterio.open(path) as source:
        values = source.read(1)
    d_row, d_col = np.gradient(values, CELL, CELL)
    numpy_slope = 100.0 * np.hypot(d_row, d_col)
    assert numpy_slope == pytest.approx(100.0 * slope)  # a plane: the same everywhere
    assert plan.blocks
    for block in plan.blocks:
        assert block.mean_slope_pct == pytest.approx(100.0 * slope, rel=1e-9)
        assert block.max_slope_pct == pytest.approx(100.0 * slope, rel=1e-9)
        assert block.slope_class == expected


def test_a_flat_dem_keeps_the_long_side(sphere, tmp_path):
    without = plan_site(SITE, sphere, options(), UTM)
    path = dem(tmp_path / "flat.tif", lambda x, y: np.full(x.shape, 300.0))
    plan = plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path))
    assert plan.orientation_deg == pytest.approx(90.0) and without.orientation_deg == pytest.approx(90.0)
    assert [m.values[1] for m in plan.messages if m.code == "rows_flat"] == [0.0]
    # level land: no outfall, every drain is reported as unable to drain, none has a fall
    assert plan.drains and all(d.outfall_id is None and d.fall_m == 0.0 for d in plan.drains)
    assert [m.values[1] for m in plan.messages if m.code == "drains_hollow"] == [len(plan.drains)]
    assert {b.slope_class for b in plan.blocks} == {"below_ideal"}


def test_a_gentle_slope_keeps_the_long_side(sphere, tmp_path):
    path = dem(tmp_path / "gentle.tif", plane(120.0, 0.01))  # 1 %: under the ideal minimum of 2 %
    plan = plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path))
    assert plan.orientation_deg == pytest.approx(90.0)
    assert [m.values[1] for m in plan.messages if m.code == "rows_flat"] == [pytest.approx(1.0)]


def test_an_orientation_given_wins_over_the_contours(sphere, tmp_path):
    path = dem(tmp_path / "dem.tif", plane(120.0, 0.05))
    plan = plan_site(SITE, sphere, options(orientation=0.0), UTM, dem=RasterInput(path))
    assert plan.orientation_deg == pytest.approx(0.0)
    assert not [m for m in plan.messages if m.code in ("rows_contour", "rows_flat")]


def test_no_dem_gives_no_drains_and_says_a_dem_is_needed(sphere):
    plan = plan_site(SITE, sphere, options(), UTM)
    assert plan.drains == []
    notes = [describe(m) for m in plan.messages if m.code == "drains_no_dem"]
    assert len(notes) == 1 and "DEM" in notes[0]
    assert all(b.mean_slope_pct is None and b.slope_class is None for b in plan.blocks)


def test_processing_run_writes_the_drains_and_block_slopes(run_algorithm, tmp_path):
    path = dem(tmp_path / "dem.tif", plane(120.0, 0.05))
    site = QgsVectorLayer("Polygon?crs=%s&field=name:string" % UTM, "site", "memory")
    feature = QgsFeature(site.fields())
    feature.setGeometry(QgsGeometry.fromWkt(SITE.wkt))
    feature.setAttributes(["tilted"])
    site.dataProvider().addFeatures([feature])
    drains, blocks = str(tmp_path / "drains.gpkg"), str(tmp_path / "blocks.gpkg")
    results = run_algorithm("malisites:sitelayout", {
        "SITE": site, "DEM": path, "OUTPUT_PLOTS": "TEMPORARY_OUTPUT", "OUTPUT_DRAINS": drains,
        "OUTPUT_BLOCKS": blocks, "OUTPUT_REPORT": str(tmp_path / "report.html")})
    assert "follow the contours" in results["messages"]
    layer = QgsVectorLayer(results["OUTPUT_DRAINS"], "drains", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    for name in ("site_id", "kind", "length_m", "fall_m", "slope_pct", "outfall_id"):
        assert name in names
    elevation = Elevation(path)
    features = list(layer.getFeatures())
    assert features and {f["kind"] for f in features} == {"roadside", "collector", "outfall"}
    for feature in features:
        line = wkb.loads(bytes(feature.geometry().asWkb()))
        start, end = elevation(line.coords[0])[0], elevation(line.coords[-1])[0]
        assert end <= start + 1e-6
        assert feature["fall_m"] == pytest.approx(max(start - end, 0.0), abs=1e-5)
        assert feature["length_m"] == pytest.approx(line.length, rel=1e-6)
    block_layer = QgsVectorLayer(results["OUTPUT_BLOCKS"], "blocks", "ogr")
    slopes = [(f["mean_slope_pct"], f["max_slope_pct"], f["slope_class"]) for f in block_layer.getFeatures()]
    assert slopes and all(m == pytest.approx(5.0) and x == pytest.approx(5.0) and c == "above_ideal"
                          for m, x, c in slopes)
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Terrain and drains" in report and "Blocks outside the ideal slope" in report


def test_no_drain_where_the_dem_has_no_data(sphere, tmp_path):
    """A DEM over the west half of the site only: drains stand where both
    their ends have ground, the rest of the roads get none and a message
    says how many stretches and what to do."""
    columns, rows = 70, 90  # 350 m east from 50 m west of the site
    z = 300.0 - 0.05 * np.tile((np.arange(columns) + 0.5) * CELL, (rows, 1))
    path = str(tmp_path / "west.tif")
    with rasterio.open(path, "w", driver="GTiff", height=rows, width=columns, count=1, dtype="float64",
                       transform=from_origin(X0 - 50.0, Y0 + HEIGHT + 50.0, CELL, CELL), crs=UTM,
                       nodata=-9999.0) as sink:
        sink.write(z, 1)
    plan = plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path))
    east = X0 - 50.0 + columns * CELL
    assert plan.drains
    for drain in plan.drains:
        assert all(x <= east for x, _ in (drain.geometry.coords[0], drain.geometry.coords[-1])), drain
    stretches = [m for m in plan.messages if m.code == "drains_nodata"]
    assert len(stretches) == 1 and stretches[0].values[1] > 0 and "covers the whole site" in describe(stretches[0])


def test_rows_follow_the_contours_of_a_dem_in_degrees(sphere, tmp_path):
    """The same plane sampled on a grid of degrees (EPSG:4326): the fall's
    direction is brought into the plan's UTM grid."""
    from mali_sites_plugin.common.crs import transformer
    to_lonlat = transformer(UTM, "EPSG:4326")
    west, south = to_lonlat.transform(X0 - 100.0, Y0 - 100.0)
    east, north = to_lonlat.transform(X0 + WIDTH + 100.0, Y0 + HEIGHT + 100.0)
    cell = 0.00005  # about 5.5 m
    columns, rows = int((east - west) / cell) + 1, int((north - south) / cell) + 1
    grid_lon, grid_lat = np.meshgrid(west + (np.arange(columns) + 0.5) * cell, north - (np.arange(rows) + 0.5) * cell)
    x, y = transformer("EPSG:4326", UTM).transform(grid_lon, grid_lat)
    path = str(tmp_path / "dem4326.tif")
    with rasterio.open(path, "w", driver="GTiff", height=rows, width=columns, count=1, dtype="float64",
                       transform=from_origin(west, north, cell, cell), crs="EPSG:4326", nodata=-9999.0) as sink:
        sink.write(plane(160.0, 0.04)(x, y), 1)
    plan = plan_site(SITE, sphere, options(), UTM, dem=RasterInput(path))
    assert row_azimuth_error(plan, 160.0) < 1.0
