"""What the finished plan measures: its statistics for the report, and its
checks against the standards profile, each measured on the plan's own
geometry and facilities (never a figure compared with itself)."""
import math

import numpy as np
from scipy.spatial import cKDTree
from shapely.geometry import Point

from ..common.checks import Check
from ..common.standards import TOILET_FIGURE
from ..common.wkb import centroids
from .land import max_slope_under
from .plan import HOUSEHOLD, REASONS, VACANT, PlanStatistics
from .programme_checks import programme_measures
from .services import SERVICE_FIGURES

GAP_CHUNK = 512
SNAP_ANY = 1e9  # pairs of polygons measured at a time


def statistics(design, grid, numbering, use, measures, plan):
    """The PlanStatistics of ``plan``."""
    spec = grid.spec
    counts = {}
    for i in numbering.order:
        counts[use[i]] = counts.get(use[i], 0) + 1
    plot_area = spec.plot_width * spec.plot_depth
    road_area = {}
    for road in plan.roads:
        road_area[road.road_class] = road_area.get(road.road_class, 0.0) + road.geometry.area
    excluded = {reason: sum(e.area_m2 for e in plan.excluded if e.reason == reason) for reason in REASONS
                if any(e.reason == reason for e in plan.excluded)}
    return PlanStatistics(
        plots_by_use=counts, plot_area_m2=plot_area,
        household_plot_area_m2=counts.get(HOUSEHOLD, 0) * plot_area,
        facility_plot_area_m2=sum(v for k, v in counts.items() if k not in (HOUSEHOLD, VACANT)) * plot_area,
        vacant_plot_area_m2=counts.get(VACANT, 0) * plot_area, road_area_m2=road_area,
        firebreak_area_m2=sum(f.geometry.area for f in plan.firebreaks), excluded_area_m2=excluded,
        community_shape=(spec.community_pairs * 2, spec.community_columns),
        block_shape=(spec.block_x, spec.block_y), sector_shape=(spec.sector_x, spec.sector_y),
        lane_width_m=design.lane, road_width_m=design.road, path_width_m=spec.path_width,
        firebreak_width_m=design.firebreak, setback_m=design.options.setback,
        shelter_side_m=design.shelter_side, cubicles=measures.cubicles,
        female_cubicles=measures.female_cubicles, male_cubicles=measures.male_cubicles,
        water_points=len(measures.water_load), latrine_blocks=measures.latrine_blocks,
        services=measures.services, phase=design.options.phase, max_slope_pct=design.max_slope,
        plot_size_given=design.plot_size_given)


def checks(design, site, grid, numbering, measures, footprint, plan, circulation=None):
    """[Check] of a plan that houses someone, each against its profile
    figure's own comparison; a figure the plan gives nothing to measure
    (one community, no DEM...) is left out. The spacings are the smallest
    gaps between the ``footprint`` corners of plots (or shelters) of
    different firebreak cells, communities, blocks."""
    if plan.planned_people <= 0:
        return []
    planned = plan.planned_people
    order = numbering.order
    cells = grid.cell_x[order] * 100000 + grid.cell_y[order]
    measured = [
        ("site_area_m2_per_person", plan.area_per_person_m2),
        ("covered_area_m2_per_person", covered_area_per_person(plan.shelters)),
        ("shelter_spacing_m", smallest_gap(footprint.shelters, np.arange(len(footprint.shelters)))),
        ("firebreak_width_m", smallest_gap(footprint.plots, cells)),
        ("firebreak_spacing_m", longest_stretch(grid, order)),
        ("cluster_spacing_m", smallest_gap(footprint.plots, [p.community_id for p in plan.plots])),
        ("block_spacing_m", smallest_gap(footprint.plots, [p.block_id for p in plan.plots])),
        ("max_distance_to_water_m", _largest(measures.water_distance)),
        ("people_per_tap", _largest(measures.water_load)),
        ("max_distance_to_toilet_m", _largest(measures.latrine_distance)),
        (TOILET_FIGURE[design.options.phase], planned / measures.cubicles if measures.cubicles else math.inf),
        ("min_distance_toilet_to_water_m",
         float(measures.toilet_to_water.min()) if len(measures.toilet_to_water) else math.inf),
        ("female_to_male_toilet_ratio",
         measures.female_cubicles / measures.male_cubicles if measures.male_cubicles else 0.0)]
    for kind, key in SERVICE_FIGURES:
        count = measures.services.get(kind, 0)
        measured.append((key, planned / count if count else math.inf))
    measured += walking_measures(plan, circulation, site.frame, grid.centres[np.asarray(order, dtype=int)])
    measured += flood_measures(site, plan)
    measured += programme_measures(design, plan, site.land.flood)
    if site.land.slope is not None:
        slope = max_slope_under(site.land.slope, [p.geometry for p in plan.plots], site.crs)
        measured.append(("max_slope_pct", None if math.isnan(slope) else slope))
    return [Check.measure(key, value, design.profile.figure(FIGURE_OF.get(key, key)))
            for key, value in measured if value is not None]


# checks measured against another key's figure: walking distances along the plan's own circulation
FIGURE_OF = {"walking_distance_to_water_m": "max_distance_to_water_m",
             "walking_distance_to_toilet_m": "max_distance_to_toilet_m"}


def walking_measures(plan, circulation, frame, centres):
    """(key, value) of the distances along the plan's circulation network:
    households to the nearest entrance, water point and latrine block (the
    household and facility points attached to the nearest centreline, as
    malisites:washcoverage attaches them). ``centres``: of the plan's plots
    in plot_id order, local frame."""
    if circulation is None or circulation.network is None:
        return []
    local_homes = centres[np.array([p.people > 0 for p in plan.plots], dtype=bool)] if len(centres) else centres
    if not len(local_homes):
        return []
    network = circulation.network
    result = [("max_distance_to_entrance_m", _largest(circulation.entrance_distance))]
    for key, kind in (("walking_distance_to_water_m", "water_point"),
                      ("walking_distance_to_toilet_m", "latrine_block")):
        points = [f.xy for f in plan.facilities if f.kind == kind]
        if points:
            paths = network.paths  # attached as malisites:washcoverage attaches points to PATHS
            facility_snap = paths.snap(frame.points_to_local(np.array(points)), SNAP_ANY)
            distance = paths.nearest_facility(facility_snap, paths.snap(local_homes, SNAP_ANY))[0]
            result.append((key, _largest(distance)))
    return result


def flood_measures(site, plan):
    """(key, value) of the smallest distances from flood-prone land to a
    plot in use and to a latrine block, measured by shapely (on the plots
    the nearest by a sampled estimate)."""
    from .sizing import distance_to
    flood = site.land.flood
    if flood is None:
        return []
    plots = [p.geometry for p in plan.plots if p.use != VACANT]
    latrines = [Point(f.xy) for f in plan.facilities if f.kind == "latrine_block"]
    result = []
    if plots:
        centres = centroids(plots)
        estimate = distance_to(flood, centres)
        reach = math.hypot(plan.plot_width, plan.plot_depth) + 2.0
        near = np.flatnonzero(estimate <= estimate.min() + reach)
        result.append(("min_distance_plot_to_flood_m", min(flood.distance(plots[i]) for i in near)))
    if latrines:
        result.append(("min_distance_latrine_to_flood_m", min(flood.distance(p) for p in latrines)))
    return result


def _largest(values):
    return float(values.max()) if len(values) else math.inf


def covered_area_per_person(shelters):
    """Smallest covered area per person of a shelter (its footprint over the
    people it houses); None without shelters."""
    shares = [s.geometry.area / s.people for s in shelters if s.people > 0]
    return min(shares) if shares else None


def longest_stretch(grid, order):
    """Longest extent of plots between firebreaks, along either axis."""
    longest = 0.0
    if not order:
        return longest
    order = np.asarray(order)
    for cells, lo, hi in ((grid.cell_x, grid.x0, grid.x1), (grid.cell_y, grid.y0, grid.y1)):
        for cell in np.unique(cells[order]):
            members = order[cells[order] == cell]
            longest = max(longest, float(hi[members].max() - lo[members].min()))
    return longest


def smallest_gap(corners, groups):
    """Smallest distance between two convex polygons (``corners``: array
    (n, k, 2)) of different ``groups`` (a label each); None when they all
    share one.

    Candidate pairs come from a k-d tree of the centres: two polygons whose
    corners lie within ``reach`` of their centres are at least their centre
    distance less 2 x reach apart, so the pairs nearer than the best gap
    found plus 2 x reach hold the answer."""
    groups = np.asarray(groups)
    if len(corners) < 2 or (groups == groups[0]).all():
        return None
    centres = corners.mean(axis=1)
    reach = float(np.sqrt(((corners - centres[:, None, :]) ** 2).sum(axis=2)).max())
    tree = cKDTree(centres)
    best, searched, radius = math.inf, -1.0, 4.0 * reach  # pairs nearer than ``searched`` are measured
    while True:
        pairs = tree.query_pairs(radius, output_type="ndarray")
        pairs = pairs[groups[pairs[:, 0]] != groups[pairs[:, 1]]]
        apart = np.sqrt(((centres[pairs[:, 0]] - centres[pairs[:, 1]]) ** 2).sum(axis=1))
        fresh = apart > searched
        best = _smallest_pair_gap(corners, pairs[fresh], apart[fresh], reach, best)
        searched = radius
        if best + 2.0 * reach <= radius:
            return best
        radius = best + 2.0 * reach if best < math.inf else radius * 1.5


def _smallest_pair_gap(corners, pairs, apart, reach, best):
    """The smallest gap of ``pairs`` (centres ``apart``) and ``best``,
    nearest centres first, stopping where no pair left can be nearer."""
    order = np.argsort(apart, kind="stable")
    for start in range(0, len(order), GAP_CHUNK):
        chunk = order[start:start + GAP_CHUNK]
        if apart[chunk[0]] - 2.0 * reach > best:
            break
        best = min(best, float(convex_gaps(corners[pairs[chunk, 0]], corners[pairs[chunk, 1]]).min()))
    return best


def convex_gaps(first, second):
    """Distances between the convex polygons first[i] and second[i] (corner
    arrays of shape (n, k, 2)); 0 where they overlap or touch."""
    gaps = np.minimum(_corners_to_edges(first, second), _corners_to_edges(second, first))
    # only polygons whose circumscribed circles meet may overlap
    centre_first, centre_second = first.mean(axis=1), second.mean(axis=1)
    reach = (np.sqrt(((first - centre_first[:, None]) ** 2).sum(axis=2)).max(axis=1)
             + np.sqrt(((second - centre_second[:, None]) ** 2).sum(axis=2)).max(axis=1))
    may_meet = np.flatnonzero(np.sqrt(((centre_first - centre_second) ** 2).sum(axis=1)) <= reach)
    gaps[may_meet[_overlap(first[may_meet], second[may_meet])]] = 0.0
    return gaps


def _corners_to_edges(corners, polygons):
    """Smallest distance from each polygon's corners to the other polygon's edges."""
    corners, polygons = corners.transpose(2, 1, 0), polygons.transpose(2, 1, 0)  # (x or y, corner, pair)
    x, y = corners[0][:, None, :], corners[1][:, None, :]
    start_x, start_y = polygons[0][None, :, :], polygons[1][None, :, :]
    end = np.roll(polygons, -1, axis=1)
    edge_x, edge_y = end[0][None, :, :] - start_x, end[1][None, :, :] - start_y
    off_x, off_y = x - start_x, y - start_y
    along = (off_x * edge_x + off_y * edge_y) / np.maximum(edge_x * edge_x + edge_y * edge_y, 1e-300)
    along = np.minimum(np.maximum(along, 0.0), 1.0)
    gap_x, gap_y = off_x - along * edge_x, off_y - along * edge_y
    return np.sqrt((gap_x * gap_x + gap_y * gap_y).min(axis=(0, 1)))


def _overlap(first, second):
    """True where two convex polygons meet: no edge normal of either
    separates their projections (separating axis theorem)."""
    first, second = first.transpose(2, 1, 0), second.transpose(2, 1, 0)  # (x or y, corner, pair)
    edges = np.concatenate([np.roll(first, -1, axis=1) - first, np.roll(second, -1, axis=1) - second], axis=1)
    normal_x, normal_y = -edges[1][:, None, :], edges[0][:, None, :]
    on_first = normal_x * first[0][None] + normal_y * first[1][None]  # (axis, corner, pair)
    on_second = normal_x * second[0][None] + normal_y * second[1][None]
    separated = (on_first.max(axis=1) < on_second.min(axis=1)) | (on_second.max(axis=1) < on_first.min(axis=1))
    return ~separated.any(axis=0)
