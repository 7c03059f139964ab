"""WASH coverage core on cases small enough to compute by hand."""
import math

import numpy as np
import pytest
from scipy.integrate import quad
from shapely.geometry import LineString, Point, box

from mali_sites_plugin.common import vocabulary
from mali_sites_plugin import wash
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.network import PathNetwork
from mali_sites_plugin.common.standards import load_profile

SPHERE = load_profile("sphere_2018")
UNHCR = load_profile("unhcr")


def taps(xy, functional=None):
    functional = [True] * len(xy) if functional is None else functional
    return wash.water_point_facilities(xy, ["tap"] * len(xy), functional, SPHERE)


def test_water_distance_is_strict_and_toilet_distance_is_not():
    shelters = np.array([(100, 0), (499.99, 0), (500, 0), (600, 0)], dtype=float)
    latrines = wash.latrine_facilities([(0, 0)], [10], [True], SPHERE, "emergency")
    result = wash.assess(shelters, [5] * 4, taps([(0, 0)]), SPHERE, latrines=latrines,
                         suggest_water=0, suggest_latrines=0)
    assert result.water.access.distance == pytest.approx([100, 499.99, 500, 600])
    assert list(result.water.access.within) == [True, True, False, False]  # Sphere: < 500 m

    near = np.array([(50, 0), (50.01, 0), (0, 49.99)])
    result = wash.assess(near, [5] * 3, taps([(0, 0)]), SPHERE, latrines=latrines,
                         suggest_water=0, suggest_latrines=0)
    assert list(result.latrines.access.within) == [True, False, True]  # Sphere: <= 50 m
    unhcr = wash.assess(np.array([(200.0, 0), (200.01, 0)]), [5, 5], taps([(0, 0)]), UNHCR,
                        suggest_water=0)
    assert list(unhcr.water.access.within) == [True, False]  # UNHCR: <= 200 m


def test_non_functional_points_serve_nobody_and_loads_follow_capacity():
    # Tap A at 0 (broken), tap B at 1000. Three households of 100 people at 10, 20, 30.
    shelters = np.array([(10, 0), (20, 0), (30, 0)], dtype=float)
    water = taps([(0, 0), (1000, 0)], functional=[False, True])
    result = wash.assess(shelters, [100, 100, 100], water, SPHERE, suggest_water=0)
    assert list(result.water.access.facility) == [1, 1, 1]
    assert result.water.access.distance == pytest.approx([990, 980, 970])
    load = result.water.load
    assert list(load.assigned_people) == [0, 300]
    assert load.load_pct[1] == pytest.approx(120.0)  # 300 of 250 (Sphere, tap)
    assert list(load.overloaded) == [False, True]
    assert list(load.excess) == [True, False, False]  # the farthest household is the surplus
    assert result.summary["people_per_water_point"] == 300


def test_the_compartments_of_a_block_share_its_load():
    # Block A: a female compartment of 3 cubicles and a male one of 1 at one point (0, 0),
    # Sphere emergency 50 people per toilet: the block serves 200. Block B: 1 cubicle at 1000 m
    # (serves 50). Households of 60 people at 10, 20 and 30 m (180 people) go to block A.
    latrine_xy = [(0, 0), (0, 0), (1000, 0)]
    shelters = np.array([(10, 0), (20, 0), (30, 0)], dtype=float)
    blocks = wash.latrine_facilities(latrine_xy, [3, 1, 1], [True] * 3, SPHERE, "emergency", ["A", "A", None])
    load = wash.assess(shelters, [60] * 3, taps([(0, 0)]), SPHERE, latrines=blocks, suggest_water=0,
                       suggest_latrines=0).latrines.load
    assert load.assigned_people == pytest.approx([135, 45, 0])  # 180 people shared 3 : 1
    assert load.load_pct == pytest.approx([90, 90, 0])  # 180 of 200
    assert not load.overloaded.any() and not load.excess.any()
    # each feature alone, the nearest one (the first at the point) takes all 180 on its 150
    alone = wash.latrine_facilities(latrine_xy, [3, 1, 1], [True] * 3, SPHERE, "emergency")
    load = wash.assess(shelters, [60] * 3, taps([(0, 0)]), SPHERE, latrines=alone, suggest_water=0,
                       suggest_latrines=0).latrines.load
    assert list(load.assigned_people) == [180, 0, 0] and list(load.overloaded) == [True, False, False]
    # the male compartment out of order: the block's 180 people on the 150 its female one serves,
    # both compartments' numbers say so; the farthest household (30 m) is beyond capacity
    broken = wash.latrine_facilities(latrine_xy, [3, 1, 1], [True, False, True], SPHERE, "emergency",
                                     ["A", "A", ""])
    load = wash.assess(shelters, [60] * 3, taps([(0, 0)]), SPHERE, latrines=broken, suggest_water=0,
                       suggest_latrines=0).latrines.load
    assert load.assigned_people == pytest.approx([180, 0, 0])
    assert list(load.overloaded) == [True, False, False]
    assert list(load.excess) == [False, False, True]


def test_capacity_by_type_and_latrine_phase():
    water = wash.water_point_facilities([(0, 0)] * 3, ["tap", "handpump", "well"], [True] * 3, SPHERE)
    assert list(water.capacity) == [250, 500, 400]
    assert list(wash.latrine_facilities([(0, 0)], [4], [True], SPHERE, "emergency").capacity) == [200]
    assert list(wash.latrine_facilities([(0, 0)], [4], [True], SPHERE, "medium_term").capacity) == [80]


def test_french_and_english_values():
    kinds, unknown = vocabulary.water_kinds(["Robinet", "POMPE", "puits", "tap", "Hand pump", "citerne", None],
                                      default="tap")
    assert kinds == ["tap", "handpump", "well", "tap", "handpump", "tap", "tap"]
    assert unknown == {"citerne": 1}
    flags, unknown = vocabulary.functional_flags(["oui", "Non", "en panne", "yes", 0, None, "peut-être"])
    assert list(flags) == [True, False, False, True, False, True, True] and unknown == {"peut-être": 1}
    genders, _ = vocabulary.genders(["Femmes", "hommes", "mixte", "F", "male"])
    assert genders == ["female", "male", "mixed", "female", "male"]


def test_contamination_spacing_and_gender_ratio():
    water = taps([(0, 0)])
    latrines = wash.latrine_facilities([(29.99, 0), (30, 0), (0, 100)], [1, 3, 1], [True] * 3,
                                       SPHERE, "emergency")
    result = wash.assess(np.array([(10.0, 0)]), [5], water, SPHERE, latrines=latrines,
                         latrine_cubicles=[1, 3, 1],
                         female_male_cubicles=wash.gendered_cubicles(["female", "female", "male"], [1, 3, 1]),
                         suggest_water=0, suggest_latrines=0)
    assert result.contamination_distance == pytest.approx([29.99, 30, 100])
    assert list(result.contamination_risk) == [True, False, False]  # >= 30 m passes
    assert result.summary["female_male_ratio"] == 4.0
    checks = {check.key: check.passed for check in result.checks}
    assert checks["female_male_ratio"] and not checks["latrine_water_spacing"]


def test_gap_area_matches_the_analytic_area():
    # A 1000 x 200 m site, one tap at (0, 100): the gap is the site minus a disc of 500 m.
    site = box(0, 0, 1000, 200)
    shelters = np.array([(100, 100), (600, 100), (900, 150), (950, 20)], dtype=float)
    result = wash.assess(shelters, [5, 6, 7, 8], taps([(0, 100)]), SPHERE, area=site, suggest_water=0)
    covered = quad(lambda y: min(1000.0, math.sqrt(max(0.0, 500.0 ** 2 - (y - 100) ** 2))), 0, 200)[0]
    gaps = result.water.gaps
    assert len(gaps) == 1
    assert gaps[0].geometry.area == pytest.approx(200000 - covered, rel=0.01)
    assert (gaps[0].people, gaps[0].households) == (21, 3)
    assert all(gaps[0].geometry.buffer(1e-6).contains(Point(p)) for p in shelters[1:])


def test_suggestions_close_every_gap_and_keep_latrines_away_from_water():
    rng = np.random.default_rng(3)
    site = box(0, 0, 400, 300)
    shelters = rng.uniform((5, 5), (395, 295), (300, 2))
    people = rng.integers(2, 9, 300).astype(float)
    water = taps([(20, 20)])
    latrines = wash.latrine_facilities([(200, 150)], [2], [True], SPHERE, "emergency")
    result = wash.assess(shelters, people, water, SPHERE, latrines=latrines, area=site,
                         suggest_water=-1, suggest_latrines=-1, new_water_kind="tap")
    new_water = [s.xy for s in result.water.suggestions]
    new_latrines = [s.xy for s in result.latrines.suggestions]
    assert new_water and new_latrines
    assert all(site.buffer(1e-9).contains(Point(xy)) for xy in new_water + new_latrines)
    all_water = np.array([(20, 20)] + new_water)
    spacing = np.min(np.hypot(*(np.array(new_latrines)[:, None, :] - all_water[None]).T), axis=0)
    assert spacing.min() >= 30.0
    # With the suggestions built, every household is within reach of water, and
    # each new tap serves the surplus demand within its capacity (250, Sphere).
    rebuilt = wash.water_point_facilities(all_water, ["tap"] * len(all_water), [True] * len(all_water), SPHERE)
    again = wash.assess(shelters, people, rebuilt, SPHERE, area=site, suggest_water=0)
    assert again.summary["pct_within_water_distance"] == 100.0
    served = sum(s.people for s in result.water.suggestions)
    assert served == pytest.approx(people[~result.water.access.within | result.water.load.excess].sum())
    assert all(s.people <= 250 for s in result.water.suggestions)
    latrine_demand = ~result.latrines.access.within | result.latrines.load.excess
    assert sum(s.people for s in result.latrines.suggestions) == pytest.approx(people[latrine_demand].sum())


def test_suggestion_limit():
    shelters = np.array([(0.0, 0.0), (2000.0, 0.0), (4000.0, 0.0)])
    result = wash.assess(shelters, [5, 5, 5], taps([(0.0, 10.0)]), SPHERE,
                         area=box(-10, -10, 4010, 10), suggest_water=1)
    assert len(result.water.suggestions) == 1


def test_walking_distances_along_paths():
    # An L-shaped path (0,0)-(100,0)-(100,100) and a crossing path at x=50 not sharing a vertex.
    network = PathNetwork([LineString([(0, 0), (100, 0), (100, 100)]), LineString([(50, -20), (50, 20)]),
                           LineString([(300, 0), (400, 0)])])
    water = taps([(100, 110)])  # 10 m off the end of the path
    shelters = np.array([(0, 5), (50, -20), (100, 50), (350, 3), (1000, 1000)], dtype=float)
    result = wash.assess(shelters, [5] * 5, water, SPHERE, network=network, max_snap=50,
                         suggest_water=0)
    distance = result.water.access.distance
    assert distance[:3] == pytest.approx([5 + 200 + 10, 20 + 50 + 100 + 10, 50 + 10])
    assert np.isinf(distance[3]) and np.isinf(distance[4])  # other part of the network; off it
    assert result.water.access.snap[:4] == pytest.approx([5, 0, 0, 3]) and np.isinf(result.water.access.snap[4])
    # Both stranded households still count at the (only) water point for its load.
    assert result.water.load.assigned_people[0] == 25


def test_facility_on_the_same_segment_is_reached_directly():
    network = PathNetwork([LineString([(0, 0), (1000, 0)])])
    result = wash.assess(np.array([(400.0, 0.0), (700.0, 0.0)]), [5, 5], taps([(500, 0), (1000, 30)]),
                         SPHERE, network=network, suggest_water=0)
    assert result.water.access.distance == pytest.approx([100, 200])
    assert list(result.water.access.facility) == [0, 0]


def test_of_two_facilities_on_a_point_s_segment_the_nearer_and_on_a_tie_the_first_serves_it():
    # One segment 0-1000 (no node between): taps at x=400 and x=600 (2 m off it), a third at the
    # far end. A point at 500 is 100 + 2 m from both (a tie: the first listed), at 580 22 m from the second.
    network = PathNetwork([LineString([(0, 0), (1000, 0)])])
    snap = network.snap([(400, 2), (600, -2), (1000, 0)], 10)
    distance, facility = network.nearest_facility(snap, network.snap([(500, 0), (580, 1), (990, 0)], 10))
    assert distance == pytest.approx([102, 1 + 20 + 2, 10])
    assert list(facility) == [0, 1, 2]
    distance, facility = network.nearest_facility(network.snap([(600, -2), (400, 2)], 10),
                                                  network.snap([(500, 0)], 10))
    assert list(facility) == [0] and distance == pytest.approx([102])


def test_a_point_as_near_two_paths_walks_out_by_the_shorter():
    # Paths along x (y = 0, to x = 100) and along y (x = 0) from the origin; a tap on the first at
    # x = 50. A shelter at (5, 5.004) is 5 m from the second path and 5.004 m from the first: within
    # the 1 cm tie it may walk out by either, and the first is the shorter: 5.004 + 45 m, not
    # 5 + 5.004 + 50 m by its nearest path.
    network = PathNetwork([LineString([(0, 0), (100, 0)]), LineString([(0, 0), (0, 100)])])
    tap = network.snap([(50, 0)], 10)
    shelter = [(5, 5.004)]
    assert network.nearest_facility(tap, network.snap(shelter, 10))[0] == pytest.approx([50.004])
    assert network.nearest_facility(tap, network.snap(shelter, 10, tie=0.0))[0] == pytest.approx([60.004])
    assert network.nearest_facility(tap, network.snap([(5, 5.02)], 10))[0] == pytest.approx([60.02])  # no tie
    # a tap tied between the two paths serves by either: a shelter up the second path at (0, 30)
    # walks 30 - 5 + 5.004 to it, not 30 + 5 + 5.004 by the tap's nearest (the first) path
    distance, facility = network.nearest_facility(network.snap([(5.004, 5)], 10), network.snap([(0, 30)], 10))
    assert distance == pytest.approx([30.004]) and list(facility) == [0]
    result = wash.assess(np.array(shelter), [5], taps([(50, 0)]), SPHERE, network=network, suggest_water=0)
    assert result.water.access.distance == pytest.approx([50.004])


def test_bad_input():
    with pytest.raises(InputError, match="no features"):
        wash.assess(np.zeros((0, 2)), [], taps([(0, 0)]), SPHERE)
    with pytest.raises(InputError, match="population of 0 or more"):
        wash.assess(np.array([(0.0, 0.0)]), [-1], taps([(0, 0)]), SPHERE)
    with pytest.raises(InputError, match="Phase"):
        wash.assess(np.array([(0.0, 0.0)]), [1], taps([(0, 0)]), SPHERE, phase="later")
    nobody = wash.assess(np.array([(0.0, 0.0)]), [4], taps([(0, 0)], functional=[False]), SPHERE,
                         area=box(-50, -50, 50, 50), suggest_water=-1)
    assert not nobody.water.access.within[0] and len(nobody.water.suggestions) == 1


def test_without_a_site_the_area_is_the_households_hull():
    shelters = np.array([(0.0, 0.0), (1000.0, 0.0), (0.0, 1000.0), (10.0, 10.0)])
    result = wash.assess(shelters, [5] * 4, taps([(0, 0)]), SPHERE, suggest_water=0)
    gap = result.water.gaps[0].geometry  # the hull is the triangle; the tap covers r < 500 at its corner
    assert gap.area == pytest.approx(500000 - math.pi * 500 ** 2 / 4, rel=0.01)
    in_a_line = wash.assess(np.array([(0.0, 0.0), (100.0, 0.0), (200.0, 0.0)]), [5] * 3, taps([(0, 0)]),
                            SPHERE, suggest_water=0)
    assert in_a_line.summary["pct_within_water_distance"] == 100.0 and not in_a_line.water.gaps


def test_every_check_can_pass_and_fail():
    def audit(households, people, latrine_xy, gender):
        latrines = wash.latrine_facilities([latrine_xy], [1], [True], SPHERE, "emergency")
        result = wash.assess(np.array(households, dtype=float), people, taps([(0, 0)]), SPHERE,
                             latrines=latrines, latrine_cubicles=[1],
                             female_male_cubicles=wash.gendered_cubicles([gender], [1]))
        return {check.key: (check.measured, check.passed) for check in result.checks}

    # One household of 5 at 10 m from the tap, its latrine 35 m away and 45 m from the tap.
    passing = audit([(10, 0)], [5], (45, 0), "female")
    assert passing == {"water_distance": (100.0, True), "water_point_load_tap": (0, True),
                       "latrine_distance": (100.0, True), "people_per_toilet": (5.0, True),
                       "latrine_water_spacing": (0, True), "female_male_ratio": (math.inf, True)}
    # 200 people at 10 m and 100 at 600 m (out of reach of both), 300 on one tap (250)
    # and one male toilet 20 m from the tap (30 m at least).
    failing = audit([(10, 0), (600, 0)], [200, 100], (20, 0), "male")
    assert failing == {"water_distance": (pytest.approx(200 / 3), False), "water_point_load_tap": (1, False),
                       "latrine_distance": (pytest.approx(200 / 3), False), "people_per_toilet": (300.0, False),
                       "latrine_water_spacing": (1, False), "female_male_ratio": (0.0, False)}


def test_the_monitor_cancels_at_every_step_and_sees_the_progress():
    from mali_sites_plugin.common.progress import Monitor

    def run(monitor):
        rng = np.random.default_rng(5)
        latrines = wash.latrine_facilities([(200, 150)], [1], [True], SPHERE, "emergency")
        return wash.assess(rng.uniform((0, 0), (900, 600), (200, 2)), [5] * 200, taps([(20, 20)]), SPHERE,
                           latrines=latrines, area=box(0, 0, 900, 600), suggest_water=-1, suggest_latrines=-1,
                           monitor=monitor)

    asked, progress = [], []
    run(Monitor(progress.append, lambda: asked.append(1)))
    assert len(asked) > 3  # between the steps, and in the search for new facilities
    assert progress == sorted(progress) and progress[-1] == 1.0
    for stop_at in (1, 2, 3, 4, len(asked) // 2, len(asked)):  # the steps, then the search
        calls = []

        def check():
            calls.append(1)
            if len(calls) == stop_at:
                raise InterruptedError("cancelled")
        with pytest.raises(InterruptedError):
            run(Monitor(check=check))
