"""Zoning and the rest of the programme of malisites:sitelayout's core, on
hand-made sites. Distances are measured here with shapely on the plan's
facilities, centrelines and the flood land built by the test; loads and
counts recounted by hand (ceil(people / ratio)) with a k-d tree of the
households, independently of the planner."""
import json
import math

import numpy as np
import pytest
from scipy.spatial import cKDTree
from shapely.geometry import LineString, MultiLineString, MultiPoint, Point, box
from shapely.ops import unary_union

from mali_sites_plugin.common.checks import Check
from mali_sites_plugin.common.rasters import RasterInput
from mali_sites_plugin.common.standards import STANDARDS_DIR, load_profile
from mali_sites_plugin.layout import plan_site
from mali_sites_plugin.layout.options import design_for
from mali_sites_plugin.layout.programme_checks import programme_measures

from test_site_layout_core import write_raster
from layout_cases import options

UTM = "EPSG:32630"
X0, Y0 = 380000.0, 1600000.0
ZONING = ("max_distance_distribution_to_entrance_m", "max_distance_market_to_entrance_m",
          "max_distance_reception_to_entrance_m", "max_distance_gate_services_to_primary_m",
          "max_distance_health_to_vehicle_road_m", "min_distance_health_to_flood_m",
          "min_distance_school_to_busy_m", "min_distance_school_to_primary_m",
          "max_distance_safe_space_to_services_m")


@pytest.fixture(scope="module")
def sphere():
    return load_profile("sphere_2018")


@pytest.fixture(scope="module")
def flooded_site(sphere, tmp_path_factory):
    """A 700 m square with the public road along its south side and a wet
    band (0.8 m) 80 m wide across its north-east corner; its plan."""
    site = box(X0, Y0, X0 + 700, Y0 + 700)
    road = LineString([(X0 - 100, Y0 - 40), (X0 + 800, Y0 - 40)])
    cell, x0, y0 = 10.0, X0 - 100.0, Y0 + 800.0
    depth = np.zeros((90, 90))
    xs, ys = np.meshgrid(x0 + (np.arange(90) + 0.5) * cell, y0 - (np.arange(90) + 0.5) * cell)
    wet = (xs - X0) + (ys - Y0) > 1200.0
    depth[wet] = 0.8
    path = write_raster(tmp_path_factory.mktemp("zoning") / "depth.tif", depth, x0, y0, cell)
    flood = unary_union([box(x - cell / 2, y - cell / 2, x + cell / 2, y + cell / 2)
                         for x, y in zip(xs[wet], ys[wet])])
    plan = plan_site(site, sphere, options(), UTM, roads=road, hazard=RasterInput(path))
    return plan, flood


def points(plan, *kinds):
    return [Point(f.xy) for f in plan.facilities if f.kind in kinds]


def lines(plan, *classes):
    return MultiLineString([list(p.geometry.coords) for p in plan.paths if p.road_class in classes])


def test_services_stand_where_the_zoning_rules_say(flooded_site, sphere):
    plan, flood = flooded_site
    value = sphere.value
    gates = MultiPoint(points(plan, "entrance"))
    for kind, key in (("distribution_point", "max_distance_distribution_to_entrance_m"),
                      ("market", "max_distance_market_to_entrance_m"),
                      ("reception", "max_distance_reception_to_entrance_m")):
        assert points(plan, kind)
        assert max(gates.distance(p) for p in points(plan, kind)) <= value(key)
    primary = lines(plan, "primary")
    busy = points(plan, "distribution_point", "market", "reception")
    assert max(primary.distance(p) for p in busy) <= value("max_distance_gate_services_to_primary_m")
    health = points(plan, "health_post")
    assert health and min(flood.distance(p) for p in health) >= value("min_distance_health_to_flood_m")
    vehicle = lines(plan, "primary", "secondary")
    assert max(vehicle.distance(p) for p in health) <= value("max_distance_health_to_vehicle_road_m")
    quiet = points(plan, "school", "child_friendly_space")
    assert len(quiet) >= 2
    assert min(MultiPoint(busy).distance(p) for p in quiet) >= value("min_distance_school_to_busy_m")
    assert min(primary.distance(p) for p in quiet) >= value("min_distance_school_to_primary_m")
    near = MultiPoint(points(plan, "health_post", "school", "distribution_point"))
    assert max(near.distance(p) for p in points(plan, "womens_safe_space")) <= \
        value("max_distance_safe_space_to_services_m")
    checks = {c.key: c for c in plan.checks}
    assert set(ZONING) <= set(checks) and all(checks[k].passed for k in ZONING)
    assert checks["min_distance_health_to_flood_m"].measured == pytest.approx(
        min(flood.distance(p) for p in health), abs=1e-6)


def test_programme_counts_and_loads_by_hand(flooded_site, sphere):
    plan, _ = flooded_site
    people = plan.planned_people
    kinds = [f.kind for f in plan.facilities]
    assert kinds.count("reception") == 1 and kinds.count("administration") == 1
    # ceil(people / ratio); one more where the plan was sized for the people its first estimate held (as
    # schools and health posts: the plan never has fewer than its people need)
    for kind, key in (("child_friendly_space", "people_per_child_friendly_space"),
                      ("womens_safe_space", "people_per_womens_safe_space"), ("school", "people_per_school")):
        assert 0 <= kinds.count(kind) - math.ceil(people / sphere.value(key)) <= 1, kind
    homes = [p for p in plan.plots if p.people > 0]
    xy = np.array([h.geometry.centroid.coords[0] for h in homes])
    weight = np.array([h.people for h in homes])
    for kind, count, key in (("bathing_facility", "cubicles", "people_per_bathing_facility"),
                             ("laundry_facility", "units", "people_per_laundry_facility"),
                             ("refuse_point", "units", "people_per_refuse_bin")):
        members = [f for f in plan.facilities if f.kind == kind]
        # one per community of households (a fragment of fewer than a quarter of a community's plots along
        # the edge uses its neighbours')
        communities = [p.community_id for p in homes]
        quarter = sphere.value("households_per_community") / 4.0
        assert len({c for c in communities if communities.count(c) >= quarter}) <= len(members) <= \
            len(set(communities))
        _, nearest = cKDTree(np.array([f.xy for f in members])).query(xy)
        load = np.bincount(nearest, weights=weight, minlength=len(members))
        for facility, served in zip(members, load):
            assert getattr(facility, count) >= math.ceil(served / sphere.value(key) - 1e-9)
    for bathing in (f for f in plan.facilities if f.kind == "bathing_facility"):
        assert bathing.female_cubicles >= 1 and bathing.male_cubicles >= 1
    # the extension reserve: at least its share of the plots, labelled
    reserve = [p for p in plan.plots if p.use == "extension_reserve"]
    assert len(reserve) >= sphere.value("extension_reserve_pct") / 100.0 * len(plan.plots) - 1e-9
    assert all(p.people == 0 for p in reserve)


def test_institutions_have_their_own_toilets(flooded_site, sphere):
    plan, _ = flooded_site
    by_id = {f.facility_id: f for f in plan.facilities}
    toilets = [f for f in plan.facilities if f.kind == "institution_toilet"]
    served = {by_id[t.facility_id[1:]].kind for t in toilets}
    assert {"school", "health_post", "market", "reception"} <= served
    for toilet in toilets:
        institution = by_id[toilet.facility_id[1:]]
        if institution.kind == "school":
            girls = institution.people_served * sphere.value("school_age_pct") / 100.0 / 2.0
            assert toilet.female_cubicles == max(math.ceil(girls / 30.0 - 1e-9), 1)  # Sphere: 1 per 30 girls
            assert toilet.male_cubicles == max(math.ceil(girls / 60.0 - 1e-9), 1)  # 1 per 60 boys
        else:
            assert toilet.female_cubicles >= 3 * toilet.male_cubicles >= 3


def _tightened(tmp_path, zoning=None, figures=None):
    """The Sphere profile (UNHCR merged in, no fallback) with edited values."""
    document = json.loads((STANDARDS_DIR / "sphere_2018.json").read_text(encoding="utf-8"))
    unhcr = json.loads((STANDARDS_DIR / "unhcr.json").read_text(encoding="utf-8"))
    document.pop("fallback")
    document["figures"] = dict(unhcr["figures"], **document["figures"])
    document["zoning"] = unhcr["zoning"]
    for section, edits in (("zoning", zoning or {}), ("figures", figures or {})):
        for key, value in edits.items():
            document[section][key]["value"] = value
    path = tmp_path / "tight.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return load_profile(str(path))


def test_a_tighter_zoning_rule_fails_its_check(sphere, tmp_path):
    site = box(X0, Y0, X0 + 500, Y0 + 500)
    road = LineString([(X0 - 100, Y0 - 40), (X0 + 600, Y0 - 40)])
    tight = _tightened(tmp_path, zoning={"min_distance_school_to_busy_m": 2000,
                                         "max_distance_reception_to_entrance_m": 1,
                                         "max_distance_distribution_to_entrance_m": 2})
    plan = plan_site(site, tight, options(), UTM, roads=road)
    checks = {c.key: c for c in plan.checks}
    for key in ("min_distance_school_to_busy_m", "max_distance_reception_to_entrance_m",
                "max_distance_distribution_to_entrance_m"):
        assert not checks[key].passed
    quiet, busy = points(plan, "school", "child_friendly_space"), points(plan, "distribution_point", "market",
                                                                          "reception")
    assert checks["min_distance_school_to_busy_m"].measured == pytest.approx(
        min(MultiPoint(busy).distance(p) for p in quiet), abs=1e-6)


def test_a_tighter_ratio_fails_on_the_same_plan(flooded_site, sphere, tmp_path):
    plan, flood = flooded_site
    tight = _tightened(tmp_path, figures={"people_per_bathing_facility": 5, "people_per_laundry_facility": 5,
                                          "people_per_refuse_bin": 5, "pupils_per_toilet_girls": 1,
                                          "stalls_per_toilet": 0.01, "extension_reserve_pct": 90})
    measured = dict(programme_measures(design_for(tight, options()), plan, flood))
    for key in ("people_per_bathing_facility", "people_per_laundry_facility", "people_per_refuse_bin",
                "pupils_per_toilet_girls", "stalls_per_toilet", "extension_reserve_pct"):
        assert Check.measure(key, measured[key], sphere.figure(key)).passed
        assert not Check.measure(key, measured[key], tight.figure(key)).passed


def test_a_zoning_section_that_is_not_an_object_is_refused(tmp_path):
    from mali_sites_plugin.common.standards import ProfileError
    document = json.loads((STANDARDS_DIR / "unhcr.json").read_text(encoding="utf-8"))
    document.pop("fallback")
    document["zoning"] = [1, 2]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProfileError, match="'zoning' must be an object"):
        load_profile(str(path))


def test_sample_plan_through_processing_run(run_algorithm):
    """The sample run: the programme in OUTPUT_FACILITIES and OUTPUT_PLOTS,
    and each zoning verdict as shapely measures it on the written layers."""
    from sample_runs import sample_runs
    from test_site_layout import geometries, layer
    results = run_algorithm("malisites:sitelayout", dict(sample_runs()["malisites:sitelayout"]))
    facilities = layer(results["OUTPUT_FACILITIES"])
    kinds = {f["kind"] for f in facilities.getFeatures()}
    assert {"reception", "administration", "child_friendly_space", "womens_safe_space", "extension_reserve",
            "bathing_facility", "laundry_facility", "refuse_point", "institution_toilet"} <= kinds
    uses = {f["use"] for f in layer(results["OUTPUT_PLOTS"]).getFeatures()}
    assert {"reception", "administration", "child_friendly_space", "womens_safe_space", "extension_reserve",
            "bathing_laundry"} <= uses
    sphere = load_profile("sphere_2018")
    for kind, key in (("distribution_point", "max_distance_distribution_to_entrance_m"),
                      ("market", "max_distance_market_to_entrance_m"),
                      ("reception", "max_distance_reception_to_entrance_m")):
        worst = 0.0
        for site in {f["site_id"] for f in facilities.getFeatures()}:
            gates = MultiPoint(geometries(facilities, where=lambda f: f["site_id"] == site and
                                          f["kind"] == "entrance"))
            worst = max([worst] + [gates.distance(p) for p in geometries(
                facilities, where=lambda f: f["site_id"] == site and f["kind"] == kind)])
        assert results["check_" + key] == ("pass" if worst <= sphere.value(key) + 0.01 else "fail"), (key, worst)
    bins = sum(f["units"] for f in facilities.getFeatures() if f["kind"] == "refuse_point")
    assert bins >= math.ceil(results["planned_people"] / sphere.value("people_per_refuse_bin") - 1e-9)


def test_a_plan_for_fewer_people_keeps_its_reserve_beside_it(sphere):
    site = box(X0, Y0, X0 + 800, Y0 + 800)
    plan = plan_site(site, sphere, options(population=2000), UTM)
    assert plan.planned_people == 2000
    reserve = [p.geometry for p in plan.plots if p.use == "extension_reserve"]
    share = sphere.value("extension_reserve_pct") / 100.0
    assert len(reserve) >= share * len(plan.plots) - 1e-9  # of the plan's plots, the reserve among them
    housed = unary_union([p.geometry for p in plan.plots if p.people > 0])
    # beside the housing: within a block's reach of it, and none of it among the households
    assert max(housed.distance(r) for r in reserve) < 300.0
    assert not any(r.intersection(housed).area > 1e-6 for r in reserve)
    assert {c.key: c for c in plan.checks}["extension_reserve_pct"].passed


def test_a_long_strip_has_its_gate_services_at_each_entrance(sphere):
    strip = box(X0, Y0, X0 + 3000, Y0 + 120)
    road = LineString([(X0 - 100, Y0 - 30), (X0 + 3100, Y0 - 30)])
    plan = plan_site(strip, sphere, options(), UTM, roads=road)
    gates = points(plan, "entrance")
    assert len(gates) >= 2  # none of them the middle of the side, where the first services would stand
    receptions = MultiPoint(points(plan, "reception"))
    for gate in gates:
        assert receptions.distance(gate) <= sphere.value("max_distance_reception_to_entrance_m")
    for kind, key in (("distribution_point", "max_distance_distribution_to_entrance_m"),
                      ("market", "max_distance_market_to_entrance_m")):
        assert max(MultiPoint(gates).distance(p) for p in points(plan, kind)) <= sphere.value(key)
    # the distribution points are shared out between the entrances
    nearest = {min(range(len(gates)), key=lambda k: gates[k].distance(p)) for p in points(plan, "distribution_point")}
    assert len(nearest) == len(gates)


def test_distances_to_the_primary_road_and_flood_are_searched_as_far_as_the_rules_read():
    """Zones' distances within ``within`` are the nearest sampled point's (to
    the millimetre, brute force), inf beyond; the reach zoning uses covers
    every figure of the rules that read them, with their margin."""
    from mali_sites_plugin.layout.programme import MARGIN_M, SAMPLE_M, Zones, _tree
    from mali_sites_plugin.layout.zoning import _reach
    loop = LineString([(0, 0), (400, 0), (400, 300), (0, 300), (0, 0)])
    zones = Zones([(200.0, 0.0)], _tree([loop]), _tree([LineString([(150, 100), (250, 100), (250, 180)])]))
    xy = np.random.default_rng(11).uniform(-20, 420, (3000, 2))
    for measure, tree, shift in ((zones.primary_distance, zones.primary, 0.0),
                                 (zones.flood_distance, zones.flood, SAMPLE_M / 2.0)):
        nearest = np.sqrt(((xy[:, None, :] - tree.data[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
        truth = np.maximum(np.round(nearest, 3) - shift, 0.0)
        bounded = measure(xy, 40.0)
        near = nearest < 40.0 + shift - 1e-9
        assert np.allclose(bounded[near], truth[near], atol=1e-9)
        assert np.all(np.isinf(bounded[nearest > 40.0 + shift + 1e-9]))
        assert np.allclose(measure(xy), truth, atol=1e-9)  # unbounded by default
    design = design_for(load_profile("unhcr"), options())
    # the rules that read the distance to the primary road (or the vehicle roads), and to flood
    for distances, keys in ((("primary", "vehicle"), ("max_distance_gate_services_to_primary_m",
                                                      "min_distance_school_to_primary_m",
                                                      "max_distance_health_to_vehicle_road_m")),
                            (("flood",), ("min_distance_health_to_flood_m",))):
        figures = [design.profile.figures[key].value for key in keys]
        assert _reach(design, distances) == max(figures) + MARGIN_M + 1.0
