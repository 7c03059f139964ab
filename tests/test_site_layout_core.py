"""Site layout core (mali_sites_plugin.layout) on hand-made sites.

Every property is checked with shapely / scipy directly on the plan's
geometries, independently of the code that made them: plots never overlap
each other, roads, firebreaks, exclusions or wet/steep cells and stay inside
the boundary minus the setback; no built-up stretch between firebreaks is
longer than the standard's spacing; every household is within the water and
toilet distances of its nearest facility, which is within its ratio (checked
again by the WASH coverage core, malisites:washcoverage's engine)."""
import json
import math

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from scipy.spatial import cKDTree
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import unary_union

from mali_sites_plugin import wash
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.progress import Monitor
from mali_sites_plugin.layout import NoBuildableLand, plan_site
from mali_sites_plugin.common.rasters import RasterInput
from mali_sites_plugin.layout.land import describe
from mali_sites_plugin.common.standards import STANDARDS_DIR, ProfileError, load_profile
from mali_sites_plugin.layout.measure import convex_gaps, smallest_gap
from layout_cases import options, with_figures

UTM = "EPSG:32630"
X0, Y0 = 380000.0, 1600000.0  # near Mopti, UTM zone 30N
TOLERANCE_M2 = 1e-4  # shared edges are exact; this absorbs floating-point slivers


@pytest.fixture(scope="module")
def sphere():
    return load_profile("sphere_2018")


@pytest.fixture(scope="module")
def unhcr():
    return load_profile("unhcr")


def square(side, x=X0, y=Y0):
    return box(x, y, x + side, y + side)


def l_shape_with_hole():
    outer = [(0, 0), (900, 0), (900, 300), (400, 300), (400, 800), (0, 800)]
    hole = [(100, 100), (200, 100), (200, 180), (100, 180)]  # a cemetery
    return affinity.translate(Polygon(outer, [hole]), X0, Y0)


# -- independent checks ---------------------------------------------------------

def plots_of(plan, use=None):
    return [p.geometry for p in plan.plots if use is None or p.use == use]


def overlap(first, second):
    if not first or not second:
        return 0.0
    return unary_union(first).intersection(unary_union(second)).area


def assert_sound_geometry(plan, site, setback, avoid=()):
    plots = plots_of(plan)
    assert plots
    union = unary_union(plots)
    assert sum(p.area for p in plots) - union.area < TOLERANCE_M2 * len(plots), "plots overlap"
    inner = site.buffer(-setback)
    assert union.difference(inner).area < TOLERANCE_M2 * len(plots), "plots outside boundary - setback"
    roads = [r.geometry for r in plan.roads]
    firebreaks = [f.geometry for f in plan.firebreaks]
    assert overlap(plots, roads) < TOLERANCE_M2 * len(plots), "plots on roads"
    assert overlap(plots, firebreaks) < TOLERANCE_M2 * len(plots), "plots on firebreaks"
    for geometry in avoid:
        assert union.intersection(geometry).area < TOLERANCE_M2 * len(plots), "plots on excluded land"
    # shelters inside their plot, at least the standard spacing from its edges
    by_id = {p.plot_id: p.geometry for p in plan.plots}
    spacing = load_profile("sphere_2018").value("shelter_spacing_m")
    for shelter in plan.shelters:
        assert shelter.geometry.buffer(spacing - 1e-6, join_style=2).within(by_id[shelter.plot_id])


def plan_axes(plan):
    """Unit vectors along and across the plot rows, read from a plot's edges."""
    ring = list(plots_of(plan)[0].exterior.coords)
    dx, dy = ring[1][0] - ring[0][0], ring[1][1] - ring[0][1]
    length = math.hypot(dx, dy)
    along = np.array([dx, dy]) / length
    return along, np.array([-along[1], along[0]])


def built_up_stretches(plan, firebreak_width):
    """Along each axis of the plan: the runs of plots whose projections are
    closer to each other than a firebreak; their lengths."""
    lengths = []
    corners = np.array([np.asarray(p.exterior.coords)[:4] for p in plots_of(plan)])
    for axis in plan_axes(plan):
        projection = corners @ axis
        intervals = sorted(zip(projection.min(axis=1), projection.max(axis=1)))
        start, end = intervals[0]
        for lo, hi in intervals[1:]:
            if lo - end >= firebreak_width - 1e-6:
                lengths.append(end - start)
                start = lo
            end = max(end, hi)
        lengths.append(end - start)
    return lengths


def households(plan):
    homes = [p for p in plan.plots if p.people > 0]
    xy = np.array([[p.geometry.centroid.x, p.geometry.centroid.y] for p in homes])
    return xy, np.array([p.people for p in homes])


def facilities(plan, kind):
    chosen = [f for f in plan.facilities if f.kind == kind]
    return chosen, np.array([f.xy for f in chosen]).reshape(-1, 2)


def plan_options_taps(plan):
    """Taps a tapstand may hold: the LayoutOptions default (tests use it)."""
    from mali_sites_plugin.layout.options import LayoutOptions
    return LayoutOptions(path_width=2.0, setback=5.0).taps_per_tapstand


def assert_wash_to_standard(plan, profile, phase="emergency"):
    """Nearest-facility distances and loads, recomputed with cKDTree."""
    xy, people = households(plan)
    water, water_xy = facilities(plan, "water_point")
    latrines, latrine_xy = facilities(plan, "latrine_block")
    water_figure = profile.figure("max_distance_to_water_m")
    distance, nearest = cKDTree(water_xy).query(xy)
    assert water_figure.complies(distance).all(), distance.max()
    load = np.bincount(nearest, weights=people, minlength=len(water))
    taps = np.array([w.taps for w in water])  # a tapstand of several taps serves taps x people_per_tap
    # more taps than asked only on the stands the tapstand_large note names (no plot of theirs may take another)
    large = [m.values[3] for m in plan.messages if m.code == "tapstand_large"]
    assert (1 <= taps).all() and ", ".join("%s %d" % (w.facility_id, w.taps) for w in water
                                           if w.taps > plan_options_taps(plan)) == (large[0] if large else "")
    assert (load <= taps * profile.value("people_per_tap")).all(), (load / taps).max()
    toilet = profile.figure("max_distance_to_toilet_m")
    distance, nearest = cKDTree(latrine_xy).query(xy)
    assert toilet.complies(distance).all(), distance.max()
    per_toilet = profile.value("people_per_toilet_%s" % phase)
    ratio = profile.value("female_to_male_toilet_ratio")
    # a block is a female and a male compartment at one point: together they have the toilets
    # the load of the point needs (cKDTree on the blocks), female at least 3 : 1 male
    compartments = {}
    for record in latrines:
        compartments.setdefault(record.block, {})[record.gender] = record
    blocks = sorted(compartments)
    assert all(set(compartments[b]) == {"female", "male"} for b in blocks)
    points = np.array([compartments[b]["female"].xy for b in blocks])
    assert all(compartments[b]["male"].xy == compartments[b]["female"].xy for b in blocks)
    load = np.bincount(cKDTree(points).query(xy)[1], weights=people, minlength=len(blocks))
    for block, served in zip(blocks, load):
        female, male = compartments[block]["female"], compartments[block]["male"]
        assert female.cubicles == female.female_cubicles and female.male_cubicles == 0
        assert male.cubicles == male.male_cubicles and male.female_cubicles == 0
        assert served <= (female.cubicles + male.cubicles) * per_toilet
        assert male.cubicles >= 1 and female.cubicles >= ratio * male.cubicles
    spacing = cKDTree(water_xy).query(latrine_xy)[0]
    assert profile.figure("min_distance_toilet_to_water_m").complies(spacing).all(), spacing.min()


def assert_wash_core_agrees(plan, profile, phase="emergency"):
    """The WASH coverage engine (malisites:washcoverage) finds every household
    within distance and no facility overloaded."""
    xy, people = households(plan)
    water, water_xy = facilities(plan, "water_point")
    latrines, latrine_xy = facilities(plan, "latrine_block")
    result = wash.assess(
        xy, people, wash.water_point_facilities(water_xy, [f.water_type for f in water],
                                                np.ones(len(water), bool), profile,
                                                taps=[f.taps for f in water]), profile,
        latrines=wash.latrine_facilities(latrine_xy, [f.cubicles for f in latrines],
                                         np.ones(len(latrines), bool), profile, phase, [f.block for f in latrines]),
        phase=phase, latrine_cubicles=[f.cubicles for f in latrines],
        female_male_cubicles=([f.female_cubicles for f in latrines], [f.male_cubicles for f in latrines]))
    summary = result.summary
    assert summary["pct_within_water_distance"] == 100.0
    assert summary["pct_within_latrine_distance"] == 100.0
    assert summary["overloaded_water_points"] == 0 and summary["overloaded_latrines"] == 0
    assert summary["latrines_near_water"] == 0
    assert all(check.passed for check in result.checks), [c.key for c in result.checks if not c.passed]


# -- capacity -------------------------------------------------------------------

@pytest.mark.parametrize("standard", ["sphere_2018", "unhcr"])
def test_one_km_square_holds_area_over_the_standard_within_ten_percent(standard):
    profile = load_profile(standard)
    site = square(1000.0)
    plan = plan_site(site, profile, options(), UTM)
    per_person = profile.figure("site_area_m2_per_person")
    expected = site.area / per_person.value  # 1,000,000 m2 / 45 m2 = 22,222 people
    assert abs(plan.capacity_people - expected) <= 0.10 * expected
    assert plan.planned_people == plan.capacity_people and plan.unplaced_people == 0
    assert per_person.complies(plan.usable_area_m2 / plan.capacity_people)
    assert plan.usable_area_m2 == pytest.approx(990.0 * 990.0)  # minus the 5 m setback
    assert sum(p.people for p in plan.plots) == plan.planned_people
    assert_sound_geometry(plan, site, 5.0)
    spacing = profile.value("firebreak_spacing_m")
    stretches = built_up_stretches(plan, profile.value("firebreak_width_m"))
    assert max(stretches) <= spacing + 1e-6 and len(stretches) > 2  # 1 km needs firebreaks
    assert_wash_to_standard(plan, profile)
    assert_wash_core_agrees(plan, profile)
    failed = {c.key for c in plan.checks if not c.passed}
    # the 1 km square's far side gets a gate of its own (the 1,000 m entrance distance); its gates
    # cannot hold the five distribution points of 20,000 people within the (design default) 150 m of
    # one along the primary loop; everything else passes, the walks to latrine blocks and tapstands too
    assert failed <= {"max_distance_distribution_to_entrance_m"}, failed
    assert plan.checks_failed == len(failed)
    # services by the profile's ratios
    for kind, key in (("health_post", "people_per_health_centre"), ("school", "people_per_school"),
                      ("distribution_point", "people_per_distribution_point"),
                      ("market", "people_per_market")):
        count = sum(1 for f in plan.facilities if f.kind == kind)
        assert count == math.ceil(plan.planned_people / profile.value(key)), kind


def test_plot_size_given_is_kept(sphere):
    plan = plan_site(square(400.0), sphere, options(plot_width=12.0, plot_depth=15.0), UTM)
    edges = {round(LineString(p.geometry.exterior.coords[i:i + 2]).length, 6)
             for p in plan.plots[:50] for i in range(4)}
    assert edges == {12.0, 15.0}
    assert plan.plot_width == 12.0 and plan.plot_depth == 15.0


# -- shapes ---------------------------------------------------------------------

def test_l_shape_with_hole_exclusion_and_entrance(sphere):
    site = l_shape_with_hole()
    field = box(X0 + 500, Y0 + 50, X0 + 650, Y0 + 200)
    road = LineString([(X0 - 200, Y0 + 1000), (X0 + 1200, Y0 + 1000)])
    plan = plan_site(site, sphere, options(), UTM, exclusions=field, roads=road)
    hole = Polygon(site.interiors[0])
    assert_sound_geometry(plan, site, 5.0, avoid=[field, hole])
    assert max(built_up_stretches(plan, 30.0)) <= 300.0 + 1e-6
    assert_wash_to_standard(plan, sphere)
    assert_wash_core_agrees(plan, sphere)
    entrance = [f for f in plan.facilities if f.kind == "entrance"]
    gate = Point(entrance[0].xy)  # the first on the side facing the road
    assert site.exterior.distance(gate) < 1e-6
    assert gate.distance(road) == pytest.approx(site.exterior.distance(road), abs=1e-6)
    # the others (on other sides) only where households were beyond the entrance distance from it
    assert len(entrance) - 1 == len([m for m in plan.messages if m.code == "far_gate"])
    assert check_of(plan, "max_distance_to_entrance_m").passed
    entrance_roads = unary_union([r.geometry for r in plan.roads if r.road_class == "entrance"])
    assert all(entrance_roads.distance(Point(f.xy)) < 1e-6 for f in entrance)
    reasons = {e.reason for e in plan.excluded}
    assert {"setback", "exclusion"} <= reasons
    excluded_field = unary_union([e.geometry for e in plan.excluded if e.reason == "exclusion"])
    assert excluded_field.area == pytest.approx(field.area)
    # the layers share out the site without overlap
    layers = (plots_of(plan) + [r.geometry for r in plan.roads]
              + [f.geometry for f in plan.firebreaks] + [e.geometry for e in plan.excluded])
    assert sum(g.area for g in layers) == pytest.approx(site.area, rel=1e-6)
    assert unary_union(layers).area == pytest.approx(site.area, rel=1e-6)


def test_thin_strip_follows_its_long_side_with_firebreaks_along_it(sphere):
    strip = affinity.rotate(box(X0, Y0, X0 + 2000.0, Y0 + 60.0), 30.0, origin=(X0, Y0))
    plan = plan_site(strip, sphere, options(), UTM)
    along, _ = plan_axes(plan)
    angle = math.degrees(math.atan2(along[1], along[0])) % 90.0
    assert min(abs(angle - 30.0), abs(angle - 30.0 + 90.0)) < 1e-4  # GEOS versions differ in the last digits
    assert plan.orientation_deg == pytest.approx(60.0)  # rows run 30 degrees north of east
    assert_sound_geometry(plan, strip, 5.0)
    stretches = built_up_stretches(plan, 30.0)
    assert max(stretches) <= 300.0 + 1e-6 and len(stretches) >= 7
    assert plan.firebreaks
    assert_wash_to_standard(plan, sphere)


def test_orientation_given(sphere):
    plan = plan_site(square(300.0), sphere, options(orientation=90.0), UTM)
    along, _ = plan_axes(plan)
    assert abs(abs(along[0]) - 1.0) < 1e-9 or abs(along[0]) < 1e-9
    assert plan.orientation_deg == pytest.approx(90.0)


def test_small_site_is_a_few_whole_communities_not_a_broken_block(sphere):
    # land for about 300 people at 45 m2 each, plus the setback ring
    side = math.sqrt(300 * 45.0) + 10.0
    plan = plan_site(square(side), sphere, options(), UTM)
    per_community = sphere.value("households_per_community")
    assert 200 <= plan.capacity_people <= 300
    assert len(plan.blocks) == 1 and not plan.firebreaks
    # whole communities but for those the edge of the land cuts (the programme's lots and reserve
    # bring the plots down to the smallest size, 8.2 m: three rows of communities along the edges)
    sizes = {}
    for p in plan.plots:
        sizes[p.community_id] = sizes.get(p.community_id, 0) + 1
    whole = [c for c, n in sizes.items() if n == per_community]
    assert len(whole) >= len(plan.plots) // (2 * per_community)
    assert len(sizes) <= math.ceil(len(plan.plots) / per_community) + 3
    assert_sound_geometry(plan, square(side), 5.0)
    assert_wash_to_standard(plan, sphere)


# -- population ---------------------------------------------------------------------

def test_site_too_small_holds_what_fits_and_says_so(sphere):
    plan = plan_site(square(120.0), sphere, options(population=1000), UTM)
    assert 0 < plan.planned_people < 1000
    assert plan.unplaced_people == pytest.approx(1000 - plan.planned_people)
    assert plan.planned_people == plan.capacity_people
    assert any("too small" in describe(m) and "could not be placed" in describe(m) for m in plan.messages)


def test_smaller_population_fills_whole_communities_block_by_block(sphere):
    site = square(1000.0)
    plan = plan_site(site, sphere, options(population=3003), UTM)
    assert plan.planned_people == 3003 and plan.unplaced_people == 0
    assert plan.capacity_people > 20000
    people = sorted(p.people for p in plan.plots if p.people > 0)
    assert people[0] == 3 and set(people[1:]) == {5.0}  # 600 households of 5 and one of 3
    # compact: the households occupy few blocks, next to each other
    blocks = {p.block_id for p in plan.plots if p.people > 0}
    households_per_block = (sphere.value("households_per_community")
                            * sphere.value("communities_per_block"))
    # the land of the blocks housing them: a few blocks' worth (slivers of blocks along the edge count
    # for their plots)
    assert sum(b.plots for b in plan.blocks if b.block_id in blocks) <= \
        (math.ceil(601 / households_per_block) + 1) * households_per_block
    occupied = unary_union([p.geometry for p in plan.plots if p.people > 0])
    assert occupied.convex_hull.area < 0.25 * site.area
    assert_wash_to_standard(plan, sphere)
    assert_wash_core_agrees(plan, sphere)
    assert sum(1 for f in plan.facilities if f.kind == "school") == 1
    leftover = sum(e.area_m2 for e in plan.excluded if e.reason == "leftover")
    assert leftover > 0.5 * site.area  # the rest of the land is kept for later


def test_unhcr_medium_term_latrines_and_taps(unhcr):
    plan = plan_site(square(500.0), unhcr, options(phase="medium_term"), UTM)
    assert_wash_to_standard(plan, unhcr, "medium_term")
    assert_wash_core_agrees(plan, unhcr, "medium_term")
    cubicles = sum(f.cubicles for f in plan.facilities if f.kind == "latrine_block")
    assert plan.planned_people / cubicles <= unhcr.value("people_per_toilet_medium_term")
    taps = sum(f.taps for f in plan.facilities if f.kind == "water_point")  # taps of the tapstands
    assert taps >= plan.planned_people / unhcr.value("people_per_tap")


# -- hazards ----------------------------------------------------------------------------

def write_raster(path, values, x0, y0, cell, crs=UTM, nodata=-9999.0):
    profile = {"driver": "GTiff", "height": values.shape[0], "width": values.shape[1], "count": 1,
               "dtype": "float32", "transform": from_origin(x0, y0, cell, cell), "nodata": nodata}
    if crs:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as sink:
        sink.write(values.astype("float32"), 1)
    return str(path)


def test_flood_prone_cells_are_not_built_on(sphere, tmp_path):
    site = square(600.0)
    cell = 10.0
    rows = columns = 80  # 800 m square over the site, origin 100 m west and north of it
    x0, y0 = X0 - 100.0, Y0 + 700.0
    depth = np.zeros((rows, columns))
    centres_x = x0 + (np.arange(columns) + 0.5) * cell
    centres_y = y0 - (np.arange(rows) + 0.5) * cell
    grid_x, grid_y = np.meshgrid(centres_x, centres_y)
    wet = np.hypot(grid_x - (X0 + 300), grid_y - (Y0 + 300)) < 120.0
    depth[wet] = 0.8
    depth[(grid_x > X0 + 500) & (grid_y < Y0 + 100)] = 0.05  # shallow: below the threshold
    path = write_raster(tmp_path / "depth.tif", depth, x0, y0, cell)
    plan = plan_site(site, sphere, options(wet_threshold=0.1), UTM, hazard=RasterInput(path))
    wet_cells = unary_union([box(x - cell / 2, y - cell / 2, x + cell / 2, y + cell / 2)
                             for x, y in zip(grid_x[wet], grid_y[wet])])
    assert_sound_geometry(plan, site, 5.0, avoid=[wet_cells])
    flooded = unary_union([e.geometry for e in plan.excluded if e.reason == "flood"])
    buffer = sphere.value("min_distance_plot_to_flood_m")
    assert flooded.area == pytest.approx(wet_cells.buffer(buffer, 64).intersection(site.buffer(-5.0)).area,
                                         rel=2e-3)
    assert wet_cells.distance(unary_union(plots_of(plan))) >= buffer - 1e-6
    latrines = [Point(f.xy) for f in plan.facilities if f.kind == "latrine_block"]
    assert latrines and min(wet_cells.distance(p) for p in latrines) >= \
        sphere.value("min_distance_latrine_to_flood_m") - 1e-6
    flood_checks = {c.key: c for c in plan.checks if "flood" in c.key}
    assert flood_checks["min_distance_plot_to_flood_m"].measured == pytest.approx(
        wet_cells.distance(unary_union(plots_of(plan))), abs=1e-6)
    shallow = box(X0 + 505, Y0 + 5, X0 + 595, Y0 + 95)
    assert unary_union(plots_of(plan)).intersection(shallow).area > 0.3 * shallow.area
    assert_wash_to_standard(plan, sphere)


def test_steep_cells_are_not_built_on_and_slope_is_checked(sphere, tmp_path):
    site = square(400.0)
    cell = 10.0
    rows = columns = 60
    x0, y0 = X0 - 100.0, Y0 + 500.0
    centres_x = x0 + (np.arange(columns) + 0.5) * cell
    grid_x = np.tile(centres_x, (rows, 1))
    # flat west of X0 + 200, then a 15 % slope rising eastwards (Sphere profile: 10 % at most)
    elevation = 300.0 + np.clip(grid_x - (X0 + 200.0), 0.0, None) * 0.15
    path = write_raster(tmp_path / "dem.tif", elevation, x0, y0, cell)
    plan = plan_site(site, sphere, options(), UTM, dem=RasterInput(path))
    # cells whose two east-west neighbours are both on the ramp are steep for sure
    steep_start = X0 + 200.0 + cell
    steep = box(steep_start, Y0 - 100, X0 + 600, Y0 + 600)
    assert_sound_geometry(plan, site, 5.0, avoid=[steep])
    sloped = unary_union([e.geometry for e in plan.excluded if e.reason == "slope"])
    assert sloped.area >= steep.intersection(site.buffer(-5.0)).area - 1e-6
    slope_check = [c for c in plan.checks if c.key == "max_slope_pct"]
    assert slope_check and slope_check[0].passed and slope_check[0].measured <= 10.0
    assert min(p.geometry.bounds[0] for p in plan.plots) < X0 + 100  # the flat part is used


def test_slope_of_a_dem_in_degrees(sphere, tmp_path):
    """A DEM in EPSG:4326: cell sizes in degrees are measured in metres on the
    ellipsoid; a 15 % ramp east of the middle of the site is left out."""
    from mali_sites_plugin.common.crs import transformer
    site = square(400.0)
    to_lonlat = transformer(UTM, "EPSG:4326")
    west, south = to_lonlat.transform(X0 - 100.0, Y0 - 100.0)
    east, north = to_lonlat.transform(X0 + 500.0, Y0 + 500.0)
    cell = 0.0001  # about 11 m
    columns, rows = int((east - west) / cell) + 1, int((north - south) / cell) + 1
    lon = west + (np.arange(columns) + 0.5) * cell
    lat = north - (np.arange(rows) + 0.5) * cell
    grid_lon, grid_lat = np.meshgrid(lon, lat)
    x, _ = transformer("EPSG:4326", UTM).transform(grid_lon, grid_lat)
    elevation = 300.0 + np.clip(x - (X0 + 200.0), 0.0, None) * 0.15
    path = write_raster(tmp_path / "dem4326.tif", elevation, west, north, cell, crs="EPSG:4326")
    plan = plan_site(site, sphere, options(), UTM, dem=RasterInput(path))
    built = unary_union(plots_of(plan))
    assert built.intersection(box(X0 + 215.0, Y0, X0 + 400.0, Y0 + 400.0)).area < TOLERANCE_M2
    assert built.intersection(box(X0, Y0, X0 + 180.0, Y0 + 400.0)).area > 0.5 * 180.0 * 400.0
    sloped = sum(e.area_m2 for e in plan.excluded if e.reason == "slope")
    assert sloped == pytest.approx(190.0 * 390.0, rel=0.1)


def test_site_in_two_parts(sphere):
    site = unary_union([square(250.0), square(250.0, x=X0 + 400.0)])
    road = LineString([(X0 - 100, Y0 - 50), (X0 + 800, Y0 - 50)])
    plan = plan_site(site, sphere, options(), UTM, roads=road)
    assert_sound_geometry(plan, site, 5.0)
    built = unary_union(plots_of(plan))
    for part in site.geoms:
        assert built.intersection(part).area > 0.3 * part.area
    assert_wash_to_standard(plan, sphere)
    gate = Point([f.xy for f in plan.facilities if f.kind == "entrance"][0])
    assert gate.y == pytest.approx(Y0) and site.boundary.distance(gate) < 1e-6


def test_raster_without_crs_or_elsewhere_is_a_clear_error(sphere, tmp_path):
    site = square(300.0)
    values = np.zeros((40, 40))
    no_crs = write_raster(tmp_path / "nocrs.tif", values, X0 - 50, Y0 + 350, 10.0, crs=None)
    with pytest.raises(InputError, match="no coordinate reference system"):
        plan_site(site, sphere, options(), UTM, hazard=RasterInput(no_crs, label="nocrs"))
    far = write_raster(tmp_path / "far.tif", values, X0 + 50000, Y0 + 350, 10.0)
    with pytest.raises(InputError, match="does not overlap the site"):
        plan_site(site, sphere, options(), UTM, dem=RasterInput(far, label="far"))


# -- bad input ------------------------------------------------------------------------------

def test_bad_input_is_a_clear_error(sphere, tmp_path):
    with pytest.raises(InputError, match="PATH_WIDTH must be a number of 0 or more"):
        plan_site(square(300.0), sphere, options(path_width=-1.0), UTM)
    with pytest.raises(InputError, match="empty or degenerate boundary"):
        plan_site(Polygon([(X0, Y0), (X0 + 10, Y0), (X0 + 20, Y0)]), sphere, options(), UTM)
    with pytest.raises(NoBuildableLand, match="no buildable land"):
        plan_site(square(8.0), sphere, options(setback=5.0), UTM)
    # a shelter of 3.5 m2 x 5 people (4.18 m square) with 2 m to every plot edge needs 8.18 m
    with pytest.raises(InputError, match="PLOT_WIDTH of 8.1 m is too small"):
        plan_site(square(300.0), sphere, options(plot_width=8.1, plot_depth=12.0), UTM)
    plan = plan_site(square(300.0), sphere, options(plot_width=8.2, plot_depth=12.0), UTM)
    assert plan.plots
    # a user profile without the cluster spacing (and no fallback)
    document = json.loads((STANDARDS_DIR / "sphere_2018.json").read_text(encoding="utf-8"))
    unhcr = json.loads((STANDARDS_DIR / "unhcr.json").read_text(encoding="utf-8"))
    document.pop("fallback")
    for key, figure in unhcr["figures"].items():
        if key != "cluster_spacing_m":
            document["figures"].setdefault(key, figure)
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"missing the figure\(s\) cluster_spacing_m"):
        plan_site(square(300.0), load_profile(str(path)), options(), UTM)


def test_no_plot_fits_on_a_sliver(sphere):
    plan = plan_site(box(X0, Y0, X0 + 500.0, Y0 + 18.0), sphere, options(population=50), UTM)
    assert plan.capacity_people == 0 and plan.planned_people == 0 and plan.unplaced_people == 50
    assert any("no whole plot fits" in describe(message) for message in plan.messages)


def test_cancel_stops_the_plan(sphere):
    asked = []

    def check():
        asked.append(1)
        if len(asked) > 3:
            raise InterruptedError("cancelled")
    with pytest.raises(InterruptedError):
        plan_site(square(1000.0), sphere, options(), UTM, monitor=Monitor(check=check))


# -- checks measured on the plan ----------------------------------------------------------

def check_of(plan, key):
    found = [c for c in plan.checks if c.key == key]
    return found[0] if found else None


def smallest_distance(polygons, groups, within=60.0):
    """Brute force with shapely: the smallest distance between polygons of
    different groups among those whose centroids are within ``within`` m."""
    centres = np.array([(p.centroid.x, p.centroid.y) for p in polygons])
    pairs = cKDTree(centres).query_pairs(within, output_type="ndarray")
    return min(polygons[i].distance(polygons[j]) for i, j in pairs if groups[i] != groups[j])


def test_spacing_checks_measure_the_gaps_between_plots_and_shelters(sphere):
    plan = plan_site(square(1000.0), sphere, options(), UTM)
    plots = plots_of(plan)
    communities = [p.community_id for p in plan.plots]
    assert check_of(plan, "cluster_spacing_m").measured == pytest.approx(smallest_distance(plots, communities))
    assert check_of(plan, "cluster_spacing_m").measured == pytest.approx(6.0)  # the lanes
    blocks = [p.block_id for p in plan.plots]
    assert check_of(plan, "block_spacing_m").measured == pytest.approx(smallest_distance(plots, blocks))
    shelters = [s.geometry for s in plan.shelters]
    gap = smallest_distance(shelters, list(range(len(shelters))), within=30.0)
    assert check_of(plan, "shelter_spacing_m").measured == pytest.approx(gap)
    side = LineString(shelters[0].exterior.coords[:2]).length
    assert gap == pytest.approx(min(plan.plot_width, plan.plot_depth) - side)  # shelters of neighbouring plots
    covered = min(s.geometry.area / s.people for s in plan.shelters)
    assert check_of(plan, "covered_area_m2_per_person").measured == pytest.approx(covered)
    assert covered == pytest.approx(sphere.value("covered_area_m2_per_person"))
    # a firebreak keeps its width between the plots on either side of it
    firebreak = unary_union([f.geometry for f in plan.firebreaks])
    edge = [p for p in plots if p.distance(firebreak) < 0.5]
    centres = np.array([(p.centroid.x, p.centroid.y) for p in edge])
    across = [edge[i].distance(edge[j]) for i, j in cKDTree(centres).query_pairs(50.0, output_type="ndarray")
              if LineString([edge[i].centroid, edge[j].centroid]).intersection(firebreak).length > 1.0]
    assert check_of(plan, "firebreak_width_m").measured == pytest.approx(min(across))
    assert min(across) == pytest.approx(30.0)


def test_spacing_checks_fail_when_roads_are_narrower_than_the_standard(sphere):
    # two communities per block, so blocks meet across roads, not only across firebreaks
    profile = with_figures(sphere, communities_per_block=2)
    plan = plan_site(square(400.0), profile, options(road_width=4.0), UTM)
    plots = plots_of(plan)
    block = check_of(plan, "block_spacing_m")
    assert not block.passed and block.measured == pytest.approx(4.0)
    assert block.measured == pytest.approx(smallest_distance(plots, [p.block_id for p in plan.plots]))
    cluster = check_of(plan, "cluster_spacing_m")  # communities of two blocks are 4 m apart too
    assert not cluster.passed and cluster.measured == pytest.approx(4.0)
    assert check_of(plan_site(square(400.0), profile, options(), UTM), "block_spacing_m").passed


def test_plots_given_too_small_fail_the_area_per_person(sphere):
    plan = plan_site(square(300.0), sphere, options(plot_width=8.2, plot_depth=8.2), UTM)
    area = check_of(plan, "site_area_m2_per_person")
    assert not area.passed and area.measured == pytest.approx(plan.usable_area_m2 / plan.planned_people)


def test_nothing_to_measure_is_no_check(sphere):
    # one block in one firebreak cell: no firebreak or road between plots
    plan = plan_site(square(math.sqrt(300 * 45.0) + 10.0), sphere, options(), UTM)
    assert check_of(plan, "firebreak_width_m") is None and check_of(plan, "block_spacing_m") is None
    assert check_of(plan, "max_slope_pct") is None  # no DEM
    assert check_of(plan, "cluster_spacing_m").passed


def test_slope_is_checked_against_the_standard_not_the_option(sphere, tmp_path):
    """MAX_SLOPE_PCT above the standard's 10 % builds on a 15 % ramp, and the
    check says the plan breaks the standard."""
    cell = 10.0
    x0, y0 = X0 - 100.0, Y0 + 500.0
    grid_x = np.tile(x0 + (np.arange(60) + 0.5) * cell, (60, 1))
    elevation = 300.0 + np.clip(grid_x - (X0 + 200.0), 0.0, None) * 0.15
    path = write_raster(tmp_path / "dem.tif", elevation, x0, y0, cell)
    plan = plan_site(square(400.0), sphere, options(max_slope_pct=20.0), UTM, dem=RasterInput(path))
    assert unary_union(plots_of(plan)).intersection(box(X0 + 220.0, Y0, X0 + 400.0, Y0 + 400.0)).area > 0
    slope = check_of(plan, "max_slope_pct")
    assert not slope.passed and slope.measured == pytest.approx(15.0)
    assert slope.figure.value == sphere.value("max_slope_pct")


def rectangles(count, seed):
    """Random rectangles, turned any way: corner arrays (count, 4, 2)."""
    rng = np.random.default_rng(seed)
    half = rng.uniform(0.2, 2.0, (count, 1, 2)) * np.array([[[-1, -1], [1, -1], [1, 1], [-1, 1]]])
    angle = rng.uniform(0.0, math.pi, count)
    cos, sin = np.cos(angle)[:, None], np.sin(angle)[:, None]
    turned = np.stack([half[..., 0] * cos - half[..., 1] * sin, half[..., 0] * sin + half[..., 1] * cos], axis=2)
    return turned + rng.uniform(0.0, 12.0, (count, 1, 2))


def test_convex_gaps_and_smallest_gap_agree_with_shapely():
    first, second = rectangles(500, 1), rectangles(500, 2)
    expected = [Polygon(a).distance(Polygon(b)) for a, b in zip(first, second)]
    assert (np.array(expected) == 0).any() and (np.array(expected) > 0).any()
    assert convex_gaps(first, second) == pytest.approx(expected, abs=1e-9)
    cross = np.array([[[-5, -1], [5, -1], [5, 1], [-5, 1]]], float)  # no corner inside the other
    assert convex_gaps(cross, cross[:, :, ::-1]) == pytest.approx([0.0])
    corners = rectangles(120, 3)
    groups = np.arange(120) % 3
    polygons = [Polygon(c) for c in corners]
    brute = min(polygons[i].distance(polygons[j]) for i in range(120) for j in range(i)
                if groups[i] != groups[j])
    assert smallest_gap(corners, groups) == pytest.approx(brute, abs=1e-9)
    far = np.concatenate([corners[:2], corners[:2] + 500.0])  # two groups 500 m apart
    assert smallest_gap(far, [0, 0, 1, 1]) == pytest.approx(
        min(Polygon(a).distance(Polygon(b)) for a in far[:2] for b in far[2:]))
    assert smallest_gap(corners, np.zeros(120)) is None


# -- the site list as a whole, and the limits of one plan ---------------------------------

def plan_all(sites, profile, crs=UTM, **values):
    """Every SiteOutcome of plan_each for (label, polygon, people) triples."""
    from mali_sites_plugin.layout import SiteRequest, plan_each
    requests = [SiteRequest(label, polygon, people) for label, polygon, people in sites]
    return list(plan_each(requests, crs, profile, options(**values), lambda metric: ([], None)))


def test_overlapping_sites_are_refused_with_the_overlap_and_both_ids(sphere):
    # two 400 m squares, the second moved 200 m east: they share 200 x 400 = 80,000 m2,
    # half of each; a third square 1 km away overlaps nothing
    sites = [("A", square(400.0), 0), ("far", square(400.0, x=X0 + 1000.0), 0),
             ("B", square(400.0, x=X0 + 200.0), 0)]
    with pytest.raises(InputError) as refused:
        plan_all(sites, sphere)
    message = str(refused.value)
    assert "Sites A and B overlap on 80,000 m2 (50 % of the smaller one; 1 overlapping pair(s)" in message
    assert "merge the two into one site feature" in message


def test_sites_sharing_a_boundary_or_a_sliver_are_planned(sphere):
    # sharing an edge (0 m2) or a 0.02 m strip (0.02 x 300 = 6 m2 < OVERLAP_TOLERANCE_M2) is no overlap
    from mali_sites_plugin.layout.limits import OVERLAP_TOLERANCE_M2
    assert 0.02 * 300.0 < OVERLAP_TOLERANCE_M2
    sites = [("A", square(300.0), 0), ("B", square(300.0, x=X0 + 300.0), 0),
             ("C", box(X0 + 599.98, Y0, X0 + 900.0, Y0 + 300.0), 0)]
    outcomes = plan_all(sites, sphere)
    assert [o.site.label for o in outcomes if o.plan is not None] == ["A", "B", "C"]


def test_overlap_of_sites_in_degrees_is_measured_in_metres(sphere):
    from mali_sites_plugin.common.crs import transform_geometry
    first = transform_geometry(square(400.0), UTM, "EPSG:4326")
    second = transform_geometry(square(400.0, y=Y0 + 100.0), UTM, "EPSG:4326")
    with pytest.raises(InputError, match=r"overlap on 120,000 m2 \(75 %"):  # 400 x 300 m
        plan_all([("A", first, 0), ("B", second, 0)], sphere, crs="EPSG:4326")


def test_duplicate_site_ids_are_refused(sphere):
    from mali_sites_plugin.layout.sites import SiteRequest, check_sites
    sites = [SiteRequest(label, square(100.0, x=X0 + 500.0 * i), 0) for i, label in
             enumerate(["S1", "S2", "S1", "S3", "S3", "S1"])]
    with pytest.raises(InputError) as refused:
        check_sites(sites, UTM, "SITE_ID_FIELD 'code'")
    assert str(refused.value).startswith("SITE_ID_FIELD 'code': the id S1 is given to 3 sites (2 id(s) "
                                         "repeated in all)")


def test_a_site_beyond_the_area_limit_is_refused_before_any_work(sphere):
    from mali_sites_plugin.layout.limits import MAX_SITE_AREA_KM2
    assert MAX_SITE_AREA_KM2 == 25.0
    # 6 km x 5 km = 30 km2; the small site before it is not planned either
    sites = [("small", square(200.0), 0), ("big", box(X0 + 1000, Y0, X0 + 7000, Y0 + 5000), 0)]
    with pytest.raises(InputError, match=r"Site big covers 30 km2, more than the 25 km2 one plan takes on "
                                         r"\(about twice the largest camp"):
        plan_all(sites, sphere)


def test_a_population_beyond_the_limit_is_refused(sphere):
    with pytest.raises(InputError, match=r"Site P: a population of 1,000,000,000,000 is more than the "
                                         r"1,000,000 people one site takes"):
        plan_all([("P", square(200.0), 1e12)], sphere)
    outcome, = plan_all([("P", square(200.0), 1000000)], sphere)  # at the limit: planned
    assert outcome.plan.unplaced_people == 1000000 - outcome.plan.planned_people > 0


def test_a_site_whose_parts_lie_far_apart_is_refused_by_the_grid_limit(sphere):
    # three 100 m squares at the corners of a 30 km triangle: 0.03 km2 of land, but a grid
    # of about 30 km / 12 m squared = 6 million plot cells over its extent
    site = unary_union([square(100.0), square(100.0, x=X0 + 30000.0), square(100.0, y=Y0 + 30000.0)])
    with pytest.raises(InputError, match=r"Site stray: its plan would test [\d,]+ plot cells .* more than "
                                         r"the 600,000 one plan takes on"):
        plan_site(site, sphere, options(), UTM, label="stray")


def test_a_raster_too_fine_for_the_site_is_refused(sphere, tmp_path, monkeypatch):
    from mali_sites_plugin.layout import land
    monkeypatch.setattr(land, "MAX_RASTER_CELLS", 899)
    # a 300 m site on the edges of 10 m cells: a window of 30 x 30 = 900 cells
    path = write_raster(tmp_path / "fine.tif", np.zeros((40, 40)), X0 - 50, Y0 + 350, 10.0)
    with pytest.raises(InputError, match=r"HAZARD raster 'fine' has 900 cells under site S, more than "
                                         r"the 899 one plan reads"):
        plan_site(square(300.0), sphere, options(), UTM, hazard=RasterInput(path, label="fine"), label="S")


def test_the_api_reports_duplicate_ids_and_overlaps_by_its_column(sphere):
    import geopandas as gpd
    from mali_sites_plugin.api import plan_site as api_plan_site
    frame = gpd.GeoDataFrame({"code": ["A", "A"]}, geometry=[square(200.0), square(200.0, x=X0 + 1000.0)], crs=UTM)
    with pytest.raises(InputError, match="site_id_column 'code': the id A is given to 2 sites"):
        api_plan_site(frame, site_id_column="code")
    frame["code"] = ["A", "B"]
    frame.geometry = [square(200.0), square(200.0, y=Y0 + 150.0)]  # share 200 x 50 = 10,000 m2, a quarter
    with pytest.raises(InputError, match=r"Sites A and B overlap on 10,000 m2 \(25 % of the smaller one"):
        api_plan_site(frame, site_id_column="code")
