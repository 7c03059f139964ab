"""ALTERNATIVES of the site layout (mali_sites_plugin.layout.alternatives):
the score of every variant recomputed from its outputs with walking
distances of our own (Dijkstra on a graph built here from OUTPUT_PATHS, the
points attached to the nearest centreline by numpy projection, never the
planner's PathNetwork), the chosen variant the best, one alternative the
plan without the parameter, the orientation of a long thin site found by
hand, bad counts refused, progress and cancel across the variants; through
processing.run too."""
import math

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from shapely import affinity, wkb
from shapely.geometry import box

from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.common.progress import Monitor
from mali_sites_plugin.common.standards import load_profile
from mali_sites_plugin.layout import plan_site
from mali_sites_plugin.layout.alternatives import plan_alternatives
from mali_sites_plugin.layout.options import check_alternatives
from layout_cases import TIE, options

UTM = "EPSG:32630"
X0, Y0 = 380000.0, 1600000.0
LONG_SIDE_AZIMUTH = 60.0  # the strip's long side: x axis turned 30 degrees counter-clockwise = azimuth 90 - 30
ACROSS = 150.0  # perpendicular to it


@pytest.fixture(scope="module")
def sphere():
    return load_profile("sphere_2018")


def strip(length=1000.0, width=120.0):
    """A long thin rectangle turned 30 degrees about its centre."""
    return affinity.rotate(box(X0, Y0, X0 + length, Y0 + width), 30.0, origin="centroid")


@pytest.fixture(scope="module")
def strip_variants(sphere):
    """Four variants of the strip planned with its rows forced across it."""
    return plan_alternatives(strip(), sphere, options(orientation=ACROSS), UTM, 4)


def walking_distances(lines, homes, facilities):
    """Distance along ``lines`` (shapely LineStrings) from each of ``homes``
    to the nearest of ``facilities`` ((n, 2) arrays): each point walks
    straight to the nearest point of a segment (of every segment as near
    within TIE), then along the segments (split where points attach), as
    malisites:washcoverage measures it."""
    segments = np.array([(a, b) for line in lines for a, b in zip(line.coords[:-1], line.coords[1:])], dtype=float)
    start, vector = segments[:, 0], segments[:, 1] - segments[:, 0]
    length = np.hypot(vector[:, 0], vector[:, 1])
    points = np.vstack([homes, facilities])
    attachments = []  # (point, segment, along, gap)
    for i, point in enumerate(points):
        t = np.clip(((point - start) * vector).sum(axis=1) / np.maximum(length ** 2, 1e-12), 0.0, 1.0)
        foot = start + t[:, None] * vector
        distance = np.hypot(*(point - foot).T)
        attachments += [(i, k, t[k] * length[k], distance[k]) for k in np.flatnonzero(distance <= distance.min() + TIE)]
    nodes, edges = {}, {}

    def node(key):
        return nodes.setdefault(key, len(nodes))

    def edge(a, b, weight):
        for key in ((a, b), (b, a)):  # the shortest of two lines between the same nodes
            edges[key] = min(edges.get(key, math.inf), weight + 1e-12)  # zero-length steps kept as edges
    for k in range(len(segments)):
        ends = [(0.0, node(tuple(np.round(segments[k, 0], 4)))), (length[k], node(tuple(np.round(segments[k, 1], 4))))]
        chain = sorted(ends + [(along, node(("on", i, k))) for i, owner, along, _ in attachments if owner == k])
        for (a0, n0), (a1, n1) in zip(chain, chain[1:]):
            edge(n0, n1, a1 - a0)
    for i, k, _, gap in attachments:  # each point walks to its path first
        edge(node(("point", i)), node(("on", i, k)), gap)
    (rows, columns), weights = zip(*edges.keys()), list(edges.values())
    graph = coo_matrix((weights, (rows, columns)), shape=(len(nodes), len(nodes))).tocsr()
    reach = dijkstra(graph, indices=[node(("point", len(homes) + j)) for j in range(len(facilities))], min_only=True)
    return reach[[node(("point", i)) for i in range(len(homes))]]


def independent_score(plan, profile):
    """(people housed, share within walking distance, road m per person, score) from the plan's outputs."""
    homes = [p for p in plan.plots if p.people > 0]
    people = sum(p.people for p in homes)
    xy = np.array([p.geometry.centroid.coords[0] for p in homes])
    lines = [p.geometry for p in plan.paths]
    ok = np.ones(len(homes), dtype=bool)
    for kind, key in (("water_point", "max_distance_to_water_m"), ("latrine_block", "max_distance_to_toilet_m")):
        points = np.array([f.xy for f in plan.facilities if f.kind == kind])
        ok &= np.asarray(profile.figure(key).complies(walking_distances(lines, xy, points)), dtype=bool)
    share = float(ok.mean())
    road = sum(p.geometry.length for p in plan.paths if p.road_class in ("primary", "secondary")) / people
    return people, share, road, people * (share - road / 10.0)


def plot_shapes(plan):
    return [(p.plot_id, p.use, p.people, wkb.dumps(p.geometry, hex=True)) for p in plan.plots]


def test_every_score_recomputed_and_the_best_kept(sphere, strip_variants):
    chosen, variants = strip_variants
    assert [v.number for v in variants] == [1, 2, 3, 4]
    scores = []
    for variant in variants:
        assert variant.plan is not None and variant.error is None
        people, share, road, score = independent_score(variant.plan, sphere)
        assert variant.people == pytest.approx(people)
        assert variant.within_share == pytest.approx(share, abs=1e-9)
        assert variant.road_m_per_person == pytest.approx(road, rel=1e-9)
        assert variant.score == pytest.approx(score, rel=1e-9)
        assert variant.checks_failed == sum(1 for c in variant.plan.checks if not c.passed)
        scores.append((sum(1 for c in variant.plan.checks if not c.passed), -score))
    best = min(range(len(scores)), key=scores.__getitem__)  # fewest checks failed, then the highest score
    assert [v.chosen for v in variants] == [i == best for i in range(len(variants))]
    assert chosen is variants[best].plan
    # what each variant changes: the forced orientation, perpendicular to it, 12 communities, the entrance
    assert [round(v.orientation_deg, 6) for v in variants] == [ACROSS, LONG_SIDE_AZIMUTH, ACROSS, ACROSS]
    assert [v.communities_per_block for v in variants] == [16, 16, 12, 16]
    assert [v.entrance_shift for v in variants] == [0.0, 0.0, 0.0, pytest.approx(-1.0 / 6.0)]
    assert variants[2].plan.stats.block_shape[0] * variants[2].plan.stats.block_shape[1] <= 12


def test_fewer_checks_failed_win_over_a_higher_score():
    from mali_sites_plugin.layout.alternatives import Variant, ranking
    fails_more = Variant(1, 0.0, 16, 0.0, plan=object(), checks_failed=2, score=900.0)
    passes_more = Variant(2, 90.0, 16, 0.0, plan=object(), checks_failed=1, score=100.0)
    higher = Variant(3, 45.0, 16, 0.0, plan=object(), checks_failed=1, score=101.0)
    tie = Variant(4, 135.0, 16, 0.0, plan=object(), checks_failed=1, score=101.0)
    assert min([fails_more, passes_more, higher, tie], key=ranking) is higher  # the first of equals


def test_the_variants_turn_the_rows_and_move_the_entrance(sphere, strip_variants):
    """Variant 2 turns the rows to the long side (azimuth 60, by hand) and
    variant 4 moves the one entrance along the 1000 m side facing no road by
    a sixth of it (166.7 m). Which of them wins is the score's to say (the
    test above)."""
    _, variants = strip_variants
    assert variants[0].orientation_deg == pytest.approx(ACROSS)
    assert variants[1].orientation_deg == pytest.approx(LONG_SIDE_AZIMUTH)
    [first], [moved] = [[f.xy for f in v.plan.facilities if f.kind == "entrance"] for v in (variants[0], variants[3])]
    assert math.dist(first, moved) == pytest.approx(1000.0 / 6.0, abs=0.5)


def test_one_alternative_is_the_plan_without_it(sphere):
    from mali_sites_plugin.layout.sites import SiteRequest, plan_each
    import pyproj
    site = box(X0, Y0, X0 + 300, Y0 + 200)
    crs = pyproj.CRS(UTM)
    without = plan_site(site, sphere, options(), UTM)
    [outcome] = list(plan_each([SiteRequest("A", site, 0.0)], crs, sphere, options(), lambda metric: ([], None),
                               alternatives=1))
    assert outcome.variants == []
    assert plot_shapes(outcome.plan) == plot_shapes(without)
    # with more, the first variant is that same plan
    _, variants = plan_alternatives(site, sphere, options(), UTM, 2)
    assert plot_shapes(variants[0].plan) == plot_shapes(without)


@pytest.mark.parametrize("count", [0, -1, 17, 2.5, float("nan"), "3", True])
def test_bad_counts_are_refused(sphere, count):
    with pytest.raises(InputError, match="ALTERNATIVES must be a whole number from 1 to 16"):
        check_alternatives(count)
    with pytest.raises(InputError, match="ALTERNATIVES"):
        plan_alternatives(box(X0, Y0, X0 + 300, Y0 + 200), sphere, options(), UTM, count)


def test_api_refuses_a_bad_count_before_planning():
    import geopandas as gpd
    from mali_sites_plugin import plan_site as api_plan_site
    frame = gpd.GeoDataFrame({"geometry": [box(X0, Y0, X0 + 300, Y0 + 200)]}, crs=UTM)
    with pytest.raises(InputError, match="got 0"):
        api_plan_site(frame, alternatives=0)
    layout = api_plan_site(frame, alternatives=2)
    assert len(layout.variants) == 1 and len(layout.variants[0]) == 2
    kept = [v for v in layout.variants[0] if v.chosen][0]
    assert layout.plans[0] is kept.plan
    assert len(layout.plots) == len(kept.plan.plots)


def test_progress_runs_across_the_variants_and_cancel_stops_them(sphere):
    site = box(X0, Y0, X0 + 300, Y0 + 200)
    seen = []
    plan_alternatives(site, sphere, options(), UTM, 3, monitor=Monitor(progress=seen.append))
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    thirds = [sum(1 for f in seen if lo < f <= hi) for lo, hi in ((0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1))]
    assert all(thirds), "each variant reports its own share of the progress"
    asked = []

    def check():
        asked.append(1)
        if len(asked) > 1 and seen_second[0]:
            raise InterruptedError("cancelled")
    seen_second = [False]

    def progress(fraction):
        seen_second[0] = seen_second[0] or fraction > 1 / 3
    with pytest.raises(InterruptedError):
        plan_alternatives(site, sphere, options(), UTM, 3, monitor=Monitor(progress=progress, check=check))
    assert seen_second[0]


# -- through processing.run -------------------------------------------------

def site_layer(tmp_path):
    import fiona
    path = tmp_path / "strip.gpkg"
    schema = {"geometry": "Polygon", "properties": {"site_id": "str"}}
    with fiona.open(path, "w", driver="GPKG", schema=schema, crs=UTM) as sink:
        sink.write({"geometry": box(X0, Y0, X0 + 300, Y0 + 200).__geo_interface__, "properties": {"site_id": "S1"}})
    return str(path)


def plot_layer_shapes(path):
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(path, "plots", "ogr")
    assert layer.isValid()
    return sorted((f["plot_id"], f["use"], f["people"], f.geometry().asWkt(3)) for f in layer.getFeatures())


def test_processing_run_compares_variants_in_the_report(run_algorithm, tmp_path):
    site = site_layer(tmp_path)
    runs = {}
    for name, extra in (("none", {}), ("one", {"ALTERNATIVES": 1}), ("three", {"ALTERNATIVES": 3})):
        parameters = dict(SITE=site, SITE_ID_FIELD="site_id", OUTPUT_PLOTS=str(tmp_path / ("p_%s.gpkg" % name)),
                          OUTPUT_REPORT=str(tmp_path / ("r_%s.html" % name)), **extra)
        runs[name] = (run_algorithm("malisites:sitelayout", parameters), parameters)
    assert plot_layer_shapes(runs["none"][1]["OUTPUT_PLOTS"]) == plot_layer_shapes(runs["one"][1]["OUTPUT_PLOTS"])
    assert runs["one"][0]["alternative"] == ""
    results = runs["three"][0]
    assert results["alternative"].startswith("Site S1: alternative ") and " of 3 kept" in results["alternative"]
    html = (tmp_path / "r_three.html").read_text(encoding="utf-8")
    assert "Alternatives compared" in html
    table = html.split("Alternatives compared")[1].split("</table>")[0]
    assert table.count("<tr>") == 4  # header and three variants
    assert table.count(">yes<") == 1
    assert "Alternatives compared" not in (tmp_path / "r_one.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("count, shown", [(0, "0"), (17, "17"), (2.5, "2.5"), ("-3", "-3")])
def test_processing_run_refuses_a_bad_count(run_algorithm, tmp_path, count, shown):
    from qgis.core import QgsProcessingException
    parameters = dict(SITE=site_layer(tmp_path), ALTERNATIVES=count, OUTPUT_PLOTS=str(tmp_path / "p.gpkg"))
    message = r"ALTERNATIVES must be a whole number from 1 to 16 \(variants planned per site\), got %s$" % shown
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("malisites:sitelayout", parameters)
    assert not (tmp_path / "p.gpkg").exists()


def test_processing_run_cancelled_in_a_later_variant_keeps_nothing(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelInSecondVariant(QgsProcessingFeedback):
        """Cancel pressed once the first of three variants is done (the progress past a third)."""
        def isCanceled(self):  # noqa: N802
            return self.progress() > 100.0 / 3.0 + 1.0

    parameters = dict(SITE=site_layer(tmp_path), ALTERNATIVES=3, OUTPUT_PLOTS=str(tmp_path / "p.gpkg"),
                      OUTPUT_REPORT=str(tmp_path / "r.html"))
    feedback = CancelInSecondVariant()
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_algorithm("malisites:sitelayout", parameters, feedback=feedback)
    assert 100.0 / 3.0 < feedback.progress() < 100.0 * 2.0 / 3.0
    assert not (tmp_path / "p.gpkg").exists() and not (tmp_path / "r.html").exists()
