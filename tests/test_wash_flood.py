"""WASH coverage in flood scenarios, and corridor passage, on hand-built cases.

Rasters of 100 m cells, 10 x 10, in EPSG:32630 with their top-left corner at
(X0, Y0 + 1000): cell (row r, col c) spans x X0+100c..X0+100(c+1), y
Y0+1000-100r..Y0+900-100r. Every distance below is worked out by hand."""
import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import LineString

from mali_sites_plugin import wash
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.network import PathNetwork
from mali_sites_plugin.common.standards import load_hazard_schemes, load_profile
from mali_sites_plugin.flood.corridors import assess_corridors
from mali_sites_plugin.flood.hazard import HazardModel
from mali_sites_plugin.flood.rasters import open_hazard_raster
from mali_sites_plugin.flood.scenarios import Scenario
from mali_sites_plugin.wash.flooding import IN_SERVICE, OUT_OF_SERVICE, SERVICE_UNKNOWN, UNKNOWN, WET

UTM = "EPSG:32630"
X0, Y0 = 500000.0, 1600000.0
SPHERE = load_profile("sphere_2018")
SCHEMES, DEFAULT = load_hazard_schemes()
MODEL = HazardModel("depth", SCHEMES[DEFAULT], SPHERE.value("flood_wet_depth_m"))
PASSABLE = SPHERE.value("flood_passable_depth_m")


def at(x, y):
    """Local metres to map coordinates."""
    return (X0 + x, Y0 + y)


def cell(depths, x, y, value):
    """Set the cell holding local (x, y)."""
    depths[9 - int(y // 100), int(x // 100)] = value


def scenario(tmp_path, depths, name="Q10", nodata=-9999.0):
    path = tmp_path / ("%s.tif" % name)
    with rasterio.open(path, "w", driver="GTiff", width=10, height=10, count=1, dtype="float32", crs=UTM,
                       transform=from_origin(X0, Y0 + 1000.0, 100.0, 100.0), nodata=nodata) as dataset:
        dataset.write(np.asarray(depths, dtype="float32"), 1)
    return Scenario(name, name.lower(), raster=open_hazard_raster(str(path)))


def taps(points, functional=None):
    functional = [True] * len(points) if functional is None else functional
    return wash.water_point_facilities([at(*p) for p in points], ["tap"] * len(points), functional, SPHERE)


def audit(shelters, water, scenarios, latrines=None, network=None):
    return wash.assess([at(*p) for p in shelters], np.full(len(shelters), 5.0), water, SPHERE,
                       latrines=latrines, network=network, crs=UTM, scenarios=scenarios, hazard_model=MODEL,
                       passable_depth=PASSABLE)


def test_a_flooded_water_point_sends_its_households_to_the_next_one_or_out_of_reach(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 150, 550, 1.0)  # water point A's cell: 1 m of water
    q10 = scenario(tmp_path, depths)
    # A at x=150, B at x=850 (y=550); shelters at x=250 (A 100 m, B 600 m) and 450 (A 300 m, B 400 m)
    # and 650 (B 200 m); the standard: < 500 m.
    result = audit([(250, 550), (450, 550), (650, 550)], taps([(150, 550), (850, 550)]), [q10])
    assert result.water.access.facility.tolist() == [0, 0, 1]
    flood = result.flood.scenarios[0]
    water = flood.water
    assert water.land.tolist() == [WET, 0]
    assert water.service.tolist() == [OUT_OF_SERVICE, IN_SERVICE]
    assert water.access.facility.tolist() == [1, 1, 1]
    assert water.access.distance == pytest.approx([600.0, 400.0, 200.0])
    assert water.verdict.tolist() == [0, 1, 1]
    assert water.lost.tolist() == [True, False, False]
    assert water.load.assigned_people.tolist() == [0.0, 15.0]
    summary = flood.summary
    assert summary["water_lost_people"] == 5.0
    assert summary["pct_within_water_distance"] == pytest.approx(200.0 / 3.0)
    assert summary["flooded_water_points"] == 1
    assert summary["water_gap_people"] == 5.0  # the shelter at x=250 is in a gap of its own
    # without the flood every shelter is within reach
    assert result.summary["pct_within_water_distance"] == 100.0


def test_a_latrine_on_unknown_land_has_an_unknown_service_and_its_users_an_unknown_verdict(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 150, 150, -9999.0)  # nodata under the latrine
    q10 = scenario(tmp_path, depths)
    latrines = wash.latrine_facilities([at(150, 190), at(160, 600)], [1, 1], [True, True], SPHERE, "emergency")
    # shelter 1 (on known land) is 20 m from the latrine on unknown land and 390 m from the other;
    # shelter 2 is 10 m from the other
    result = audit([(150, 210), (170, 600)], taps([(150, 400)]), [q10], latrines=latrines)
    flood = result.flood.scenarios[0]
    assert flood.latrines.land.tolist() == [UNKNOWN, 0]
    assert flood.latrines.service.tolist() == [SERVICE_UNKNOWN, IN_SERVICE]
    assert flood.latrines.verdict.tolist() == [-1, 1]
    assert flood.latrines.lost.tolist() == [False, False]
    assert flood.summary["unknown_latrines"] == 1
    assert flood.summary["latrine_unknown_people"] == 5.0
    assert flood.summary["pct_within_latrine_distance"] == 50.0
    # the best case (reported distance) still counts the latrine of unknown service
    assert flood.latrines.access.distance == pytest.approx([20.0, 10.0])
    assert [(n.code, n.values, n.scenario) for n in result.flood.notes] == [
        ("wash_service_unknown", (1, "latrines"), "Q10")]


def test_shelters_on_wet_land_are_flagged(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 450, 550, 0.2)  # above the 0.1 m wet threshold
    cell(depths, 650, 550, 0.05)  # below it: dry
    result = audit([(450, 550), (650, 550)], taps([(550, 550)]), [scenario(tmp_path, depths)])
    flood = result.flood.scenarios[0]
    assert flood.shelter_land.tolist() == [WET, 0]
    assert flood.summary["flooded_shelters"] == 1 and flood.summary["flooded_people"] == 5.0


def test_a_path_cut_by_deep_water_makes_the_walk_exceed_the_standard(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 650, 550, 0.8)  # deeper than the 0.5 m passable depth: cuts the direct path
    cell(depths, 450, 750, 0.3)  # wet but passable: the detour stays open
    # direct path y=550 from x=450 to 850: 400 m; detour up to y=950 and back: 400 + 400 + 400 = 1,200 m
    paths = [LineString([at(450, 550), at(850, 550)]),
             LineString([at(450, 550), at(450, 950), at(850, 950), at(850, 550)])]
    network = PathNetwork(paths)
    result = audit([(450, 550)], taps([(850, 550)]), [scenario(tmp_path, depths)], network=network)
    assert result.water.access.distance == pytest.approx([400.0])
    flood = result.flood.scenarios[0]
    assert flood.cut_path_m == pytest.approx(100.0)
    assert flood.water.access.distance == pytest.approx([1200.0])
    assert flood.water.verdict.tolist() == [0]
    assert flood.water.lost.tolist() == [True]
    assert flood.summary["water_lost_people"] == 5.0


def test_a_path_through_unknown_land_leaves_the_verdict_unknown(tmp_path):
    depths = np.zeros((10, 10))
    cell(depths, 650, 550, -9999.0)
    paths = [LineString([at(450, 550), at(850, 550)]),
             LineString([at(450, 550), at(450, 950), at(850, 950), at(850, 550)])]
    result = audit([(450, 550)], taps([(850, 550)]), [scenario(tmp_path, depths)], network=PathNetwork(paths))
    flood = result.flood.scenarios[0]
    assert flood.unknown_path_m == pytest.approx(100.0)
    assert flood.water.access.distance == pytest.approx([400.0])  # the best case walks through
    assert flood.water.verdict.tolist() == [-1]
    assert flood.summary["water_unknown_people"] == 5.0


def test_a_raster_that_does_not_cover_the_site_is_refused(tmp_path):
    path = tmp_path / "far.tif"
    with rasterio.open(path, "w", driver="GTiff", width=2, height=2, count=1, dtype="float32", crs=UTM,
                       transform=from_origin(X0 + 50000.0, Y0, 100.0, 100.0), nodata=-9999.0) as dataset:
        dataset.write(np.zeros((2, 2), dtype="float32"), 1)
    far = Scenario("Q10", "q10", raster=open_hazard_raster(str(path)))
    with pytest.raises(InputError) as error:
        audit([(450, 550)], taps([(850, 550)]), [far])
    assert "does not cover the site" in str(error.value)


def test_without_scenarios_the_audit_is_unchanged(tmp_path):
    shelters, water = [(250, 550), (450, 550)], taps([(150, 550), (850, 550)])
    plain = wash.assess([at(*p) for p in shelters], np.full(2, 5.0), water, SPHERE, crs=UTM)
    assert plain.flood is None
    flooded = audit(shelters, water, [scenario(tmp_path, np.zeros((10, 10)))])
    assert flooded.summary == plain.summary
    dry = flooded.flood.scenarios[0]
    assert dry.water.verdict.tolist() == [1, 1] and not dry.water.lost.any()


def test_a_corridor_with_two_cuts_and_a_known_longest_dry_stretch(tmp_path):
    depths = np.zeros((10, 10))
    for x, depth in ((250, 1.0), (350, 0.3), (550, 0.6)):
        cell(depths, x, 250, depth)
    q10 = scenario(tmp_path, depths)
    # along y=250 from x=50 to 950: dry 50-200 (150 m), cut 200-300, wet but passable 300-400,
    # dry 400-500 (100 m), cut 500-600 (0.6 m > 0.5 m), dry 600-950 (350 m)
    line = LineString([at(50, 250), at(950, 250)])
    # a second corridor runs dry, then leaves the raster (x > 1000): no cut, some unknown
    leaving = LineString([at(50, 50), at(1200, 50)])
    assessment = assess_corridors([line, leaving], UTM, [q10], MODEL, passable_depth=PASSABLE)
    result = assessment.results["q10"]
    assert result.passable.tolist() == [0, -1]
    assert result.cuts.tolist() == [2, 0]
    assert result.longest_dry_m == pytest.approx([350.0, 950.0])
    without = assess_corridors([line], UTM, [q10], MODEL)
    assert without.results["q10"].passable is None


def test_corridor_passage_fields(tmp_path):
    from mali_sites_plugin.flood.tables import corridor_columns
    depths = np.zeros((10, 10))
    cell(depths, 550, 250, 0.6)
    q10 = scenario(tmp_path, depths)
    lines = [LineString([at(50, 250), at(950, 250)]), LineString([at(50, 50), at(1200, 50)])]
    assessment = assess_corridors(lines, UTM, [q10], MODEL, passable_depth=PASSABLE)
    columns = {c.name: c.values for c in corridor_columns([q10], MODEL, assessment)}
    assert columns["passable_q10"] == [False, None]
    assert columns["cuts_q10"] == [1, 0]
    assert columns["longest_dry_m_q10"] == pytest.approx([450.0, 950.0])
