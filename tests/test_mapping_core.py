"""Per-site totals and verdicts of a printed site map (mali_sites_plugin.mapping),
on sites small enough to count by hand."""
import math

import numpy as np
import pytest
from shapely.geometry import box

from mali_sites_plugin.common.standards import load_hazard_schemes, load_profile
from mali_sites_plugin.mapping.figures import hazard_class_in
from mali_sites_plugin.mapping import (FloodColumns, FloodFigure, SiteFigures, find_field, site_checks,
                                       site_of_points, totals_by_site)

SPHERE = load_profile("sphere_2018")
# Site 0: 100 x 100 m (10,000 m2); site 1: 100 x 50 m (5,000 m2).
SITES = [box(0, 0, 100, 100), box(200, 0, 300, 50)]


def sites_of(*xy):
    return site_of_points(SITES, np.array(xy, dtype=float))


def wash_figures(individuals=None):
    """Shelters, water points and latrines of a WASH coverage run in the two sites."""
    figures = SiteFigures.of_polygons(SITES, individuals=individuals)
    figures.add_shelters(sites_of((10, 10), (20, 20), (250, 25), (500, 500)), people=[5, 7, 6, 100],
                         water_ok=[True, False, True, True], latrine_ok=[True, True, False, False])
    figures.add_water_points(sites_of((50, 50), (60, 60), (210, 10)), functional=[True, False, True],
                             overloaded=[True, False, False], kinds=["handpump", "tap", "tap"])
    figures.add_latrines(sites_of((5, 5), (6, 6), (260, 40)), cubicles=[4, 2, 3], functional=[True, False, True])
    return figures


def test_points_fall_in_the_first_site_holding_them():
    assert list(sites_of((10, 10), (250, 25), (500, 500), (100, 50))) == [0, 1, -1, 0]  # the edge counts
    overlapping = [box(0, 0, 10, 10), box(5, 5, 20, 20)]
    assert list(site_of_points(overlapping, np.array([(7.0, 7.0), (15.0, 15.0)]))) == [0, 1]
    assert list(totals_by_site(np.array([0, 1, -1, 0]), [1.5, 2, 99, 3], 3)) == [4.5, 2, 0]


def test_totals_of_wash_coverage_outputs():
    figures = wash_figures()
    first, second = figures.site(0), figures.site(1)
    assert (first.area_m2, second.area_m2) == (10000, 5000)
    # No site fields: the people of the shelters, the shelters as households.
    assert (first.individuals, first.households, first.shelters) == (12, 2, 2)
    assert (second.individuals, second.households, second.shelters) == (6, 1, 1)
    assert first.pct_people_within_water == pytest.approx(100 * 5 / 12)
    assert (first.pct_people_within_toilet, second.pct_people_within_water, second.pct_people_within_toilet) == (
        100, 100, 0)
    assert (first.water_points, first.functional_water_points) == (2, 1)
    assert first.overloaded_water_points == {"handpump": 1, "tap": 0}
    assert (second.water_points, second.functional_water_points) == (1, 1)
    assert second.overloaded_water_points == {"handpump": 0, "tap": 0}
    assert (first.latrines, first.functional_cubicles, second.latrines, second.functional_cubicles) == (2, 4, 1, 3)


def test_site_fields_come_first_and_raw_layers_count_what_they_can():
    figures = SiteFigures.of_polygons(SITES, households=np.array([40.0, 0.0]), individuals=np.array([200.0, 0.0]))
    figures.add_shelters(sites_of((10, 10), (250, 25)))  # a raw shelter layer: no people
    figures.add_latrines(sites_of((5, 5), (6, 6)), cubicles=[2, 5])  # no status: all functional
    site = figures.site(0)
    assert (site.households, site.individuals, site.shelters, site.functional_cubicles) == (40, 200, 1, 7)
    assert site.pct_people_within_water is None and site.water_points is None
    # A later layer of a kind replaces the earlier one; what it does not tell stays.
    figures.add_water_points(sites_of((5, 5)), functional=[False])
    figures.add_water_points(sites_of((5, 5), (6, 6)))
    assert (figures.site(0).water_points, figures.site(0).functional_water_points) == (2, 0)


def test_a_site_layout_plan():
    figures = SiteFigures.of_polygons(SITES)
    figures.add_plan_plots(sites_of((10, 10), (20, 20), (250, 25)), uses=["household", "vacant", "household"],
                           people=[5, 9, 6], households=[1, 3, 2])
    figures.add_plan_facilities(sites_of((5, 5), (6, 6), (7, 7), (260, 40)),
                                kinds=["water_point", "latrine_block", "health_post", "latrine_block"],
                                cubicles=[0, 4, 9, 6])
    first, second = figures.site(0), figures.site(1)
    # The plan is kept apart from what was surveyed: only household plots count as shelters planned.
    assert first.shelters is None and first.water_points is None and first.individuals is None
    assert (first.plan.plots, first.plan.planned_people, second.plan.plots, second.plan.planned_people) == (1, 5, 2, 6)
    assert (first.plan.water_points, first.plan.latrines, first.plan.cubicles) == (1, 1, 4)
    assert (second.plan.water_points, second.plan.latrines, second.plan.cubicles) == (0, 1, 6)
    assert first.plan.unplaced_people is None and first.plan.capacity_people is None  # no site population


def test_a_plan_counts_its_tapstands_taps_and_latrine_blocks_once_per_block():
    # Site 0: a tapstand of 4 taps and one of 3; latrine block L1 drawn as a female and a male
    # compartment (3 + 1 cubicles) and block L2 as one feature (2 cubicles). Site 1 has its own L1.
    figures = SiteFigures.of_polygons(SITES)
    figures.add_plan_facilities(sites_of((5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (260, 40)),
                                kinds=["water_point", "water_point", "latrine_block", "latrine_block",
                                       "latrine_block", "latrine_block"],
                                cubicles=[0, 0, 3, 1, 2, 4], taps=[4, 3, 0, 0, 0, 0],
                                blocks=[None, None, "L1", "L1", "L2", "L1"])
    first, second = figures.site(0).plan, figures.site(1).plan
    assert (first.water_points, first.taps, first.latrines, first.cubicles) == (2, 7, 2, 6)
    assert (second.water_points, second.taps, second.latrines, second.cubicles) == (0, 0, 1, 4)


def test_a_plan_is_checked_with_the_people_it_places():
    # A 10,000 m2 site of 250 people, a plan that places 200 of them: 50 m2 per person planned
    # (passes >= 45), where 10,000 / 250 = 40 would fail; 50 people not placed, the plan full.
    figures = SiteFigures.of_polygons(SITES, individuals=np.array([250.0, 0.0]))
    figures.add_plan_plots(sites_of(*[(10, 10)] * 40), uses=["household"] * 40, people=[5] * 40,
                           households=[1] * 40)
    site = figures.site(0)
    assert (site.individuals, site.plan.planned_people, site.plan.unplaced_people) == (250, 200, 50)
    assert site.plan.capacity_people == 200
    checks = {check.key: check for check in site_checks(site, SPHERE)}
    assert checks["site_area_per_person"].measured == pytest.approx(10000 / 200)
    assert checks["site_area_per_person"].passed


def test_hazard_class_names_follow_the_page_language():
    schemes = load_hazard_schemes()[0]
    assert hazard_class_in("caution", "fr", schemes) == "vigilance"
    assert hazard_class_in("faible", "en", schemes) == "low"
    assert hazard_class_in("0.1-0.5 m", "fr", schemes) == "0.1-0.5 m"  # a user's own class: as written


def test_flood_figures_per_site_and_scenario():
    figures = SiteFigures.of_polygons(SITES)
    figures.add_flood(sites_of((50, 50), (210, 10), (290, 40), (900, 900)), {
        "q100": FloodColumns(np.array([10.0, 20, 30, 40]), np.array([5.0, np.nan, 7, 9]),
                             ["low", "high", "medium", "x"])})
    assert figures.site(0).flood == {"q100": FloodFigure(10, 5, "low")}
    assert figures.site(1).flood == {"q100": FloodFigure(30, 7, "medium")}  # the last feature in the site


def test_verdicts_can_pass_and_fail():
    def verdicts(figures, index):
        return {check.key: (check.measured, check.passed) for check in site_checks(figures.site(index), SPHERE)}

    figures = wash_figures()
    assert verdicts(figures, 0) == {
        "site_area_per_person": (pytest.approx(10000 / 12), True),  # >= 45 m2
        "water_within_reach": (pytest.approx(100 * 5 / 12), False),
        "toilet_within_reach": (100, True),
        "people_per_toilet": (3, True),  # 12 people, 4 functional cubicles: <= 50
        "water_point_load_handpump": (1, False), "water_point_load_tap": (0, True)}
    assert verdicts(figures, 1) == {
        "site_area_per_person": (pytest.approx(5000 / 6), True), "water_within_reach": (100, True),
        "toilet_within_reach": (0, False), "people_per_toilet": (2, True),
        "water_point_load_handpump": (0, True), "water_point_load_tap": (0, True)}
    crowded = wash_figures(individuals=np.array([300.0, 6.0]))
    assert verdicts(crowded, 0)["site_area_per_person"] == (pytest.approx(10000 / 300), False)
    assert verdicts(crowded, 0)["people_per_toilet"] == (75, False)
    no_toilet = SiteFigures.of_polygons(SITES, individuals=np.array([10.0, 0.0]))
    no_toilet.add_latrines(sites_of((5, 5)), cubicles=[3], functional=[False])
    assert verdicts(no_toilet, 0)["people_per_toilet"] == (math.inf, False)
    assert verdicts(no_toilet, 1) == {}  # nobody counted, no WASH output: nothing to check


def test_site_fields_are_found_in_any_case():
    assert find_field(["FID", "Nom_Site", "Menages"], ("site_name", "nom_site")) == "Nom_Site"
    assert find_field(["FID"], ("site_name",)) is None


def test_the_phase_picks_the_people_per_toilet():
    # site 0 with 120 people and 4 functional cubicles: 30 per toilet, within 50 (emergency), not 20
    figures = wash_figures(individuals=np.array([120.0, 6.0]))
    by_phase = {phase: next(c for c in site_checks(figures.site(0), SPHERE, phase) if c.key == "people_per_toilet")
                for phase in ("emergency", "medium_term")}
    assert by_phase["emergency"].measured == by_phase["medium_term"].measured == 30
    assert by_phase["emergency"].passed and by_phase["emergency"].figure.value == 50
    assert not by_phase["medium_term"].passed and by_phase["medium_term"].figure.value == 20
    with pytest.raises(Exception, match="Phase must be one of"):
        site_checks(figures.site(0), SPHERE, "later")


def test_yes_no_fields_read_back_from_any_format():
    from mali_sites_plugin.common.vocabulary import yes_no_flags
    # as a GeoPackage (booleans or 1/0), a CSV ('true'/'false') or a hand edit (oui/non) gives them
    flags, unknown = yes_no_flags([True, False, 1, 0, 1.0, "true", "false", "FALSE", " Oui ", "non", None, "", "?"])
    assert flags.tolist() == [True, False, True, False, True, True, False, False, True, False, False, False, False]
    assert unknown == {"?": 1}
    # the shares of people within reach follow them: 'false' is no (bool('false') was True)
    figures = SiteFigures.of_polygons(SITES)
    figures.add_shelters(sites_of((10, 10), (20, 20)), people=[5, 7], water_ok=yes_no_flags(["true", "false"])[0])
    assert figures.site(0).pct_people_within_water == pytest.approx(100 * 5 / 12)


def test_page_boxes_legend_fit_split_and_wrap():
    from mali_sites_plugin.mapping.pages import (Box, fitting_legend, overlapping_pairs, split_legend, stack_up,
                                                 wrap_words)
    # Boxes that touch do not overlap; one 1 mm into another does.
    assert overlapping_pairs({"a": Box(0, 0, 10, 10), "b": Box(10, 0, 5, 5), "c": Box(14, 4, 5, 5)}) == [("b", "c")]
    assert stack_up(0, 100, 50, [("x", 10), ("y", 20)]) == {"x": Box(0, 68, 50, 10), "y": Box(0, 80, 50, 20)}
    # A legend 100 mm tall in one column, 52 in two, 36 in three, 40 mm wide per column, 10 % smaller
    # per font step: in 90 x 60 the largest font fits in two columns (80 x 52).
    def measure(font, columns):
        scale = font / 6.5
        return 40 * columns * scale, {1: 100, 2: 52, 3: 36}[columns] * scale
    assert fitting_legend(measure, 90, 60) == (6.5, 2, (80, 52))
    assert fitting_legend(measure, 30, 30) is None  # 5 pt in one column is still 30.8 mm wide
    assert split_legend(["a", "b", "c"], lambda chosen: len(chosen) <= 2) == (["a", "b"], ["c"])
    assert split_legend(["a", "b"], lambda chosen: False) == ([], ["a", "b"])
    assert wrap_words("one two three four", 9, len) == "one two\nthree\nfour"


def test_legend_columns_go_on_under_their_heading_again():
    from mali_sites_plugin.mapping.pages import column_groups, pack_columns
    # layers of 10, 30, 20, 25 mm under two headings, columns at most 45 mm tall
    tall = {"a": 10, "b": 30, "c": 20, "d": 25}
    layers = [("Site", "a"), ("Plan", "b"), ("Plan", "c"), ("Flood", "d")]

    def fits(run):
        return sum(tall[layer] for _, layer in run) <= 45
    runs = pack_columns(layers, 3, fits)
    assert runs == [[("Site", "a"), ("Plan", "b")], [("Plan", "c"), ("Flood", "d")]]
    assert pack_columns(layers, 1, fits) is None  # 85 mm do not go in one column
    assert pack_columns([("Plan", "e")], 3, lambda run: False) is None  # one layer alone too tall
    assert column_groups(runs, lambda heading: heading + " (cont.)") == [
        ("Site", ["a"], True), ("Plan", ["b"], False), ("Plan (cont.)", ["c"], True), ("Flood", ["d"], False)]
    # on a second page: the heading the first page ended with goes on
    assert column_groups([[("Plan", "c")]], lambda heading: heading + " (cont.)", previous="Plan") == [
        ("Plan (cont.)", ["c"], True)]


def test_each_kind_of_water_point_is_checked_against_its_own_capacity():
    """An overloaded hand pump is judged against people per hand pump, not
    per tap: the figure the compliance box cites is the kind's own."""
    figures = wash_figures()
    checks = {check.key: check for check in site_checks(figures.site(0), SPHERE)}
    assert checks["water_point_load_handpump"].figure.key == "people_per_handpump"
    assert checks["water_point_load_tap"].figure.key == "people_per_tap"


# -- the overview's ranked table (mapping.overview) ---------------------------------------

def test_overview_ranks_by_people_in_the_worst_scenario_then_class_then_name():
    from mali_sites_plugin.mapping.overview import OverviewSite, rank_sites
    sites = [OverviewSite(0, "b", {"q10": 10.0, "q100": 40.0}, "Q100", "low", 1),
             OverviewSite(1, "a", {"q10": 40.0, "q100": math.nan}, "Q10", "low", 1),
             OverviewSite(2, "c", {"q10": 40.0, "q100": 5.0}, "Q10", "high", 3),
             OverviewSite(3, "d", {"q10": math.nan, "q100": math.nan}, None, "high", 3),
             OverviewSite(4, "e", {"q10": 0.0, "q100": 0.0}, None, "caution", 0)]
    # by hand: 40 people for b, a and c; c's class is the worst, then a before b by name;
    # e counts 0 people (known), d none: last
    ordered = rank_sites(sites)
    assert [site.name for site in ordered] == ["c", "a", "b", "e", "d"]
    assert [site.rank for site in ordered] == [1, 2, 3, 4, 5]


def test_overview_counts_people_out_of_reach_and_leaves_unaudited_sites_unknown():
    from mali_sites_plugin.mapping.overview import OverviewSite, add_wash_gaps, people_out_of_reach
    site = [0, 0, 0, 1, -1, 2]
    people = [5.0, 3.0, 4.0, 6.0, 9.0, 0.0]
    within = [False, True, None, False, False, None]  # site 2's only household was not assessed
    out, counted = people_out_of_reach(site, people, within, 4)
    assert out[:2].tolist() == [5.0, 6.0] and np.isnan(out[2]) and np.isnan(out[3])
    assert counted.tolist() == [2.0, 1.0, 0.0, 0.0]
    rows = [OverviewSite(i, str(i), {}) for i in range(4)]
    add_wash_gaps(rows, out)
    add_wash_gaps(rows, np.array([1.0, np.nan, 2.0, np.nan]))  # a second audit adds up
    assert [row.water_gap for row in rows[:3]] == [6.0, 6.0, 2.0] and np.isnan(rows[3].water_gap)
    assert all(np.isnan(row.toilet_gap) for row in rows)


def test_overview_names_the_missing_flood_columns():
    from mali_sites_plugin.common.errors import InputError
    from mali_sites_plugin.mapping.overview import check_flood_columns, flood_scenario_keys, scenario_titles
    names = ["site_name", "exposed_people_q10", "hazard_class_q10", "hazard_rank_q10", "exposed_people_crue_2024",
             "hazard_class_crue_2024", "hazard_rank_crue_2024", "exposed_people_x", "worst_scenario",
             "worst_class", "worst_rank"]
    assert flood_scenario_keys(names) == ["q10", "crue_2024"]  # x lacks its class and rank
    check_flood_columns(names, "sites")
    assert scenario_titles(["q10", "crue_2024"], ["Crue 2024", None]) == {"q10": "Q10", "crue_2024": "Crue 2024"}
    with pytest.raises(InputError) as error:
        check_flood_columns(["site_name", "worst_class"], "sites")
    assert "worst_scenario, worst_rank, exposed_people_<scenario>" in str(error.value)
    assert "malisites:floodexposure" in str(error.value)
