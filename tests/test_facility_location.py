"""Greedy capacitated covering, checked on cases small enough to solve by hand."""
import numpy as np
import pytest

from mali_sites_plugin.placement.greedy_cover import greedy_cover


def test_two_clusters_need_two_facilities():
    # 10 people at x=0..9 (1 m apart) and 10 at x=100..109; reach 10 m.
    demand = np.array([(x, 0.0) for x in range(10)] + [(100.0 + x, 0.0) for x in range(10)])
    candidates = np.array([(4.5, 0.0), (104.5, 0.0), (50.0, 0.0)])
    picks = greedy_cover(demand, np.ones(20), candidates, reach=10.0, capacity=np.inf)
    assert sorted(p.candidate for p in picks) == [0, 1]
    assert sum(p.people for p in picks) == 20


def test_capacity_splits_a_crowd_and_serves_nearest_first():
    demand = np.array([(float(x), 0.0) for x in range(6)])
    people = np.array([5, 5, 5, 5, 5, 5])
    candidates = np.array([(0.0, 0.0), (5.0, 0.0)])
    picks = greedy_cover(demand, people, candidates, reach=100.0, capacity=15)
    assert len(picks) == 2
    served = {p.candidate: sorted(p.served) for p in picks}  # each serves its three nearest
    assert served == {0: [0, 1, 2], 1: [3, 4, 5]}


def test_strict_reach_excludes_the_threshold():
    demand = np.array([(50.0, 0.0)])
    candidates = np.array([(0.0, 0.0)])
    assert greedy_cover(demand, [1], candidates, reach=50.0, capacity=10, strict=True) == []
    assert len(greedy_cover(demand, [1], candidates, reach=50.0, capacity=10)) == 1


def test_limit_and_unreachable_demand():
    demand = np.array([(0.0, 0.0), (1000.0, 0.0), (2000.0, 0.0)])
    candidates = np.array([(0.0, 0.0), (1000.0, 0.0)])
    picks = greedy_cover(demand, [3, 2, 1], candidates, reach=5.0, capacity=10, limit=1)
    assert [(p.candidate, p.people) for p in picks] == [(0, 3.0)]
    picks = greedy_cover(demand, [3, 2, 1], candidates, reach=5.0, capacity=10)
    assert [(p.candidate, p.people) for p in picks] == [(0, 3.0), (1, 2.0)]  # (2000, 0) unreachable


def test_greedy_matches_brute_force_on_random_small_cases():
    """For one facility the greedy pick is optimal: compare with trying every candidate."""
    rng = np.random.default_rng(7)
    for _ in range(20):
        demand = rng.uniform(0, 100, (30, 2))
        people = rng.integers(1, 8, 30).astype(float)
        candidates = rng.uniform(0, 100, (15, 2))
        picks = greedy_cover(demand, people, candidates, reach=25.0, capacity=40, limit=1)
        best = 0.0
        for c in candidates:
            d = np.hypot(*(demand - c).T)
            order = np.argsort(d)
            total = 0.0
            for i in order[d[order] <= 25.0]:
                if total + people[i] > 40:
                    break
                total += people[i]
            best = max(best, total)
        assert picks[0].people == pytest.approx(best)
