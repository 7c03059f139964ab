"""Flood exposure of sites and corridors, scenario by scenario.

Plain Python: geometries are shapely objects in a metric CRS (the glue
projects geographic input to its UTM zone), rasters are files read with
rasterio by windows (flood_rasters), lines are cut at cell edges
(flood_lines). Each scenario is a hazard raster (depth, binary extent or
classified) or a set of observed flood-extent polygons (exact overlay).

Definitions, used everywhere (help text, report):

* cell rule: a cell belongs to a site when its centre is inside the site
  polygon (GDAL rasterization, as QGIS's native zonal statistics); a site
  holding fewer than two cell centres is measured with exact cell fractions;
* unknown: nodata cells, codes missing from a class table and the part of a
  site or corridor outside the raster. Unknown is never dry nor wet;
* wet: depth > WET_THRESHOLD (depth rasters), non-zero (binary), a class
  other than the first (classified), inside a polygon (flood extents);
* wet_pct = wet cells / all cells of the site (unknown included);
  unknown_pct = unknown cells / all cells; mean_depth over wet cells,
  max_depth over known cells; hazard class of a site = class of its deepest
  known cell (the most severe class present);
* exposed_people = population x wet share, or the people of the shelters
  standing on wet cells when a shelter layer is given;
* worst scenario = the one with the most exposed people (ties: the higher
  wet share); for corridors the longest wet length (ties: the deeper).
"""
import math
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.ops import linemerge, unary_union
from shapely.prepared import prep

from ..common import crs as core_crs
from ..common.errors import InputError
from ..common.notes import Note
from .lines import DENSIFY_STEP_M, densify, lines_statistics
from ..common.progress import NO_MONITOR
from .rasters import (HazardModel, flooded_name, point_cells,
                            polygon_statistics, sample_cells)

CIRCLE_RESOLUTION = 32  # segments per quarter circle for point sites


# --- scenarios -------------------------------------------------------------------------------

@dataclass
class Scenario:
    """One flood scenario: a hazard raster or observed extent polygons."""
    name: str  # as the user named it
    key: str  # field-name suffix: lower-case [a-z0-9_]
    raster: object = None  # flood_rasters.HazardRaster
    extents: list = None  # shapely polygons in the metric CRS

    @property
    def is_extent(self):
        return self.raster is None


def sanitize_key(name):
    """'Crue décennale (Q10)' -> 'crue_decennale_q10'."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return text or "scenario"


def scenario_keys(names):
    """Field-name suffixes for scenario names, made unique (_2, _3 ...)."""
    keys, seen = [], set()
    for name in names:
        key = base = sanitize_key(name)
        number = 2
        while key in seen:
            key = "%s_%d" % (base, number)
            number += 1
        seen.add(key)
        keys.append(key)
    return keys


def scenario_names(text, default_names):
    """The scenario names: SCENARIO_NAMES (comma-separated) or the layer names."""
    if text is None or not str(text).strip():
        return list(default_names)
    names = [part.strip() for part in str(text).split(",")]
    if len(names) != len(default_names) or not all(names):
        raise InputError(
            "SCENARIO_NAMES has %d name(s) but there are %d scenario(s) (%s): give one name per "
            "hazard raster then per flood extent layer, separated by commas, or leave it empty "
            "to use the layer names" % (len([n for n in names if n]), len(default_names),
                                        ", ".join(default_names)))
    return names


# --- geometry helpers --------------------------------------------------------------------------

_transformers = {}


def _transformer(source, target):
    key = (core_crs.as_crs(source).to_wkt(), core_crs.as_crs(target).to_wkt())
    if key not in _transformers:
        _transformers[key] = core_crs.transformer(source, target)
    return _transformers[key]


def same_crs(a, b):
    return core_crs.as_crs(a) == core_crs.as_crs(b)


def densify_geometry(geometry, step=DENSIFY_STEP_M):
    """Polygon, line or their multi-parts with no segment longer than ``step``."""
    kind = geometry.geom_type
    if kind == "Polygon":
        return Polygon(densify(geometry.exterior.coords, step),
                       [densify(ring.coords, step) for ring in geometry.interiors])
    if kind == "MultiPolygon":
        return MultiPolygon([densify_geometry(part, step) for part in geometry.geoms])
    if kind == "LineString":
        return LineString(densify(geometry.coords, step))
    if kind == "MultiLineString":
        return MultiLineString([densify(part.coords, step) for part in geometry.geoms])
    return geometry


def to_crs(geometries, source, target, densify_first=True):
    """Geometries (None kept) from CRS ``source`` to ``target``; densified in
    ``source`` first so straight edges stay where they were."""
    if same_crs(source, target):
        return list(geometries)
    transform = _transformer(source, target).transform
    from shapely.ops import transform as shapely_transform
    out = []
    for geometry in geometries:
        if geometry is None:
            out.append(None)
            continue
        if densify_first:
            geometry = densify_geometry(geometry)
        out.append(shapely_transform(transform, geometry))
    return out


def site_circles(points, populations, radius, area_per_person):
    """Circles around point sites: ``radius`` metres, or when 0 the circle of
    area population x ``area_per_person``. Returns (polygons, radii,
    problems) where problems lists (index, reason) of sites left out."""
    polygons, radii, problems = [], [], []
    for index, point in enumerate(points):
        if point is None:
            polygons.append(None)
            radii.append(None)
            continue
        r = radius
        if not r:
            population = populations[index] if populations is not None else None
            if population is None or not math.isfinite(population) or population <= 0:
                polygons.append(None)
                radii.append(None)
                problems.append((index, "population"))
                continue
            parts = len(point.geoms) if point.geom_type == "MultiPoint" else 1
            r = math.sqrt(population * area_per_person / (math.pi * parts))
        polygons.append(point.buffer(r, CIRCLE_RESOLUTION))
        radii.append(r)
    return polygons, radii, problems


class BoxIndex:
    """Which of many geometries may meet a box (numpy on their bounds;
    the same on shapely 1.8 and 2)."""

    def __init__(self, geometries):
        self.geometries = list(geometries)
        bounds = [g.bounds if g is not None and not g.is_empty else (np.inf, np.inf, -np.inf, -np.inf)
                  for g in self.geometries]
        self.bounds = np.array(bounds, dtype=float).reshape(-1, 4)

    def query(self, bounds):
        xmin, ymin, xmax, ymax = bounds
        b = self.bounds
        return np.flatnonzero((b[:, 0] <= xmax) & (b[:, 2] >= xmin) & (b[:, 1] <= ymax)
                              & (b[:, 3] >= ymin))


class ExtentOverlay:
    """Observed flood extents (polygons, metric CRS): exact overlay."""

    def __init__(self, polygons):
        self.index = BoxIndex([p for p in polygons if p is not None and not p.is_empty])

    def _union_near(self, bounds):
        candidates = self.index.query(bounds)
        if candidates.size == 0:
            return None
        return unary_union([self.index.geometries[i] for i in candidates])

    def wet_area(self, geometry):
        union = self._union_near(geometry.bounds)
        if union is None:
            return 0.0
        return geometry.intersection(union).area

    def split_line(self, line):
        """(wet part, dry part) of a line; either may be empty."""
        union = self._union_near(line.bounds)
        if union is None:
            return LineString(), line
        return line.intersection(union), line.difference(union)

    def contains(self, xs, ys):
        from shapely.geometry import Point
        inside = np.zeros(len(xs), dtype=bool)
        prepared = {}
        for i, (x, y) in enumerate(zip(xs, ys)):
            for candidate in self.index.query((x, y, x, y)):
                if candidate not in prepared:
                    prepared[candidate] = prep(self.index.geometries[candidate])
                if prepared[candidate].covers(Point(x, y)):
                    inside[i] = True
                    break
        return inside


def _line_parts(geometry):
    if geometry is None or geometry.is_empty:
        return []
    if geometry.geom_type == "LineString":
        return [geometry]
    if hasattr(geometry, "geoms"):
        return [part for g in geometry.geoms for part in _line_parts(g)]
    return []


# --- sites --------------------------------------------------------------------------------------

@dataclass
class Shelters:
    """Shelter locations (metric CRS) and the people in each."""
    xs: np.ndarray
    ys: np.ndarray
    people: np.ndarray

    def within(self, polygons):
        """For each polygon (or None), the indices of the shelters inside it."""
        order = np.argsort(self.xs, kind="stable")
        sorted_x = self.xs[order]
        from shapely.geometry import Point
        result = []
        for polygon in polygons:
            if polygon is None:
                result.append(np.empty(0, dtype=np.int64))
                continue
            xmin, ymin, xmax, ymax = polygon.bounds
            lo = np.searchsorted(sorted_x, xmin, side="left")
            hi = np.searchsorted(sorted_x, xmax, side="right")
            candidates = order[lo:hi]
            candidates = candidates[(self.ys[candidates] >= ymin) & (self.ys[candidates] <= ymax)]
            prepared = prep(polygon)
            result.append(np.array([i for i in candidates
                                    if prepared.covers(Point(self.xs[i], self.ys[i]))],
                                   dtype=np.int64))
        return result


@dataclass
class SiteResult:
    """One scenario's numbers for every site (nan / -1 = null)."""
    cells: np.ndarray
    valid_cells: np.ndarray
    wet_cells: np.ndarray
    wet_pct: np.ndarray
    unknown_pct: np.ndarray
    max_depth: np.ndarray
    mean_depth: np.ndarray
    exposed_people: np.ndarray
    rank: np.ndarray  # int; -1 = unknown


@dataclass
class SitesAssessment:
    scenarios: list
    results: dict  # scenario key -> SiteResult
    worst: np.ndarray  # index of the worst scenario per site, -1 none
    worst_rank: np.ndarray  # class rank in the worst scenario (or the highest), -1 null
    notes: list = field(default_factory=list)
    shelters_counted: int = 0
    shelters_outside: int = 0


def _nan(count):
    return np.full(count, np.nan)


def assess_sites(polygons, populations, metric_crs, scenarios, model, shelters=None,
                 monitor=NO_MONITOR):
    """Exposure of site polygons (metric CRS, None = skipped) to each scenario."""
    count = len(polygons)
    populations = (np.array([np.nan if p is None else float(p) for p in populations])
                   if populations is not None else _nan(count))
    present = np.array([p is not None and not p.is_empty for p in polygons], dtype=bool)
    notes = []
    shelter_sets = None
    assessment = SitesAssessment(scenarios, {}, np.full(count, -1), np.full(count, -1), notes)
    if shelters is not None and shelters.xs.size:
        shelter_sets = shelters.within(polygons)
        in_any = np.zeros(shelters.xs.size, dtype=bool)
        for members in shelter_sets:
            in_any[members] = True
        assessment.shelters_counted = int(in_any.sum())
        assessment.shelters_outside = int((~in_any).sum())
    areas = np.array([p.area if present[i] else np.nan for i, p in enumerate(polygons)])
    for number, scenario in enumerate(scenarios):
        part = monitor.part(number / len(scenarios), (number + 1) / len(scenarios))
        if scenario.is_extent:
            result = _sites_in_extent(polygons, present, areas, populations, scenario, shelters,
                                      shelter_sets, part)
        else:
            result = _sites_on_raster(polygons, present, populations, metric_crs, scenario,
                                      model, shelters, shelter_sets, notes, part)
        assessment.results[scenario.key] = result
    assessment.worst, assessment.worst_rank = _worst(
        [assessment.results[s.key] for s in scenarios],
        lambda r: r.exposed_people, lambda r: r.wet_pct)
    return assessment


def _sites_on_raster(polygons, present, populations, metric_crs, scenario, model, shelters,
                     shelter_sets, notes, monitor):
    raster = scenario.raster
    count = len(polygons)
    in_raster_crs = to_crs(polygons, metric_crs, raster.crs)
    stats = polygon_statistics(raster, in_raster_crs, model, monitor.part(0.0, 0.9))
    overlapping = bool((stats.inside[present] > 0).any())
    if present.any() and not overlapping:
        notes.append(Note("no_overlap", (int(present.sum()),), scenario.name))
    cells = np.where(present, stats.cells, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        has_cells = cells > 0
        wet_pct = np.where(has_cells, 100.0 * stats.wet / cells, np.nan)
        unknown_pct = np.where(has_cells, 100.0 * (cells - stats.valid) / cells, np.nan)
        known = stats.valid > 0
        max_depth, mean_depth = _nan(count), _nan(count)
        if model.has_depth:
            max_depth = np.where(known & present, stats.max_value, np.nan)
            wet = stats.wet > 0
            mean_depth = np.where(wet, stats.wet_depth_sum / np.where(wet, stats.wet, 1), np.nan)
    rank = np.where(present, stats.max_rank(model), -1)
    if shelter_sets is not None:
        exposed, unknown_shelters = _shelters_on_raster(raster, metric_crs, model, shelters,
                                                        shelter_sets, monitor.part(0.9, 1.0))
        exposed = np.where(present, exposed, np.nan)
        if unknown_shelters:
            notes.append(Note("shelters_unknown", (unknown_shelters,), scenario.name))
    else:
        exposed = populations * wet_pct / 100.0
    if overlapping and present.any() and not (stats.valid[present] > 0).any():
        notes.append(Note("no_valid_cells", (int(present.sum()),), scenario.name))
    negative = int(stats.negative.sum())
    if negative:
        notes.append(Note("negative_depths", (negative,), scenario.name))
    partial = int(((unknown_pct > 0) & (unknown_pct < 100)).sum())
    if partial:
        notes.append(Note("partial_coverage", (partial,), scenario.name))
    exact = int((stats.exact & present).sum())
    if exact:
        notes.append(Note("exact_fractions", (exact,), scenario.name))
    monitor.progress(1.0)
    return SiteResult(cells, np.where(present, stats.valid, np.nan),
                      np.where(present, stats.wet, np.nan), wet_pct, unknown_pct, max_depth,
                      mean_depth, exposed, rank)


def _shelters_on_raster(raster, metric_crs, model, shelters, shelter_sets, monitor):
    xs, ys = shelters.xs, shelters.ys
    if not same_crs(metric_crs, raster.crs):
        xs, ys = _transformer(metric_crs, raster.crs).transform(xs, ys)
    rows, cols = point_cells(raster, xs, ys)
    values, valid = sample_cells(raster, rows, cols, monitor)
    wet = np.zeros(values.shape, dtype=bool)
    known = valid.copy()
    if valid.any():
        k, _, w = model.interpret(values[valid], raster.dtype)
        known[valid] = k
        wet[valid] = w
    exposed = np.array([float(shelters.people[members][wet[members]].sum())
                        for members in shelter_sets])
    counted = np.zeros(xs.size, dtype=bool)
    for members in shelter_sets:
        counted[members] = True
    return exposed, int((counted & ~known).sum())


def _sites_in_extent(polygons, present, areas, populations, scenario, shelters, shelter_sets,
                     monitor):
    overlay = ExtentOverlay(scenario.extents or [])
    count = len(polygons)
    wet_pct = _nan(count)
    for i, polygon in enumerate(polygons):
        if i % 50 == 0:
            monitor.check()
            monitor.progress(i / max(count, 1))
        if present[i] and areas[i] > 0:
            wet_pct[i] = 100.0 * overlay.wet_area(polygon) / areas[i]
    if shelter_sets is not None:
        inside = overlay.contains(shelters.xs, shelters.ys)
        exposed = np.array([float(shelters.people[members][inside[members]].sum())
                            for members in shelter_sets])
        exposed = np.where(present, exposed, np.nan)
    else:
        exposed = populations * wet_pct / 100.0
    rank = np.where(np.isnan(wet_pct), -1, (wet_pct > 0).astype(int))
    unknown = np.where(present, 0.0, np.nan)
    monitor.progress(1.0)
    return SiteResult(_nan(count), _nan(count), _nan(count), wet_pct, unknown, _nan(count),
                      _nan(count), exposed, rank)


def _worst(results, primary, secondary):
    """Index of the worst scenario per feature (-1: none is wet) and the class
    rank in it (or the highest rank of any scenario when none is wet)."""
    if not results:
        return np.empty(0, dtype=int), np.empty(0, dtype=int)
    first = np.array([np.nan_to_num(primary(r), nan=-1.0) for r in results])
    second = np.array([np.nan_to_num(secondary(r), nan=-1.0) for r in results])
    ranks = np.array([r.rank for r in results])
    count = first.shape[1]
    worst = np.full(count, -1)
    worst_rank = ranks.max(axis=0)
    for i in range(count):
        order = sorted(range(len(results)), key=lambda s: (first[s, i], second[s, i]), reverse=True)
        best = order[0]
        if first[best, i] > 0 or second[best, i] > 0:
            worst[i] = best
            worst_rank[i] = ranks[best, i]
    return worst, worst_rank


# --- corridors -----------------------------------------------------------------------------------

@dataclass
class CorridorResult:
    wet_m: np.ndarray
    wet_pct: np.ndarray
    unknown_m: np.ndarray
    max_depth: np.ndarray
    rank: np.ndarray  # highest class met; -1 unknown


@dataclass
class Segment:
    """A stretch of one corridor with one hazard class in one scenario."""
    corridor: int
    scenario: str  # key
    rank: int  # -1 unknown
    geometry: object  # shapely LineString, metric CRS
    length_m: float
    wet_m: float
    max_depth: float  # nan: none


@dataclass
class CorridorsAssessment:
    scenarios: list
    length_m: np.ndarray
    results: dict  # scenario key -> CorridorResult
    segments: list
    worst: np.ndarray
    worst_rank: np.ndarray
    notes: list = field(default_factory=list)


def assess_corridors(lines, metric_crs, scenarios, model, monitor=NO_MONITOR, segments=True):
    """Exposure of corridors (shapely lines in the metric CRS, None = skipped)."""
    count = len(lines)
    parts = [_line_parts(line) for line in lines]
    length = np.array([sum(p.length for p in line_parts) if lines[i] is not None else np.nan
                       for i, line_parts in enumerate(parts)])
    notes = []
    zero = int(np.sum([(lines[i] is None) or length[i] <= 0 for i in range(count)]))
    if zero:
        notes.append(Note("zero_length_corridor", (zero,), None))
    usable = np.array([lines[i] is not None and length[i] > 0 for i in range(count)], dtype=bool)
    assessment = CorridorsAssessment(scenarios, length, {}, [], np.full(count, -1),
                                     np.full(count, -1), notes)
    for number, scenario in enumerate(scenarios):
        part = monitor.part(number / len(scenarios), (number + 1) / len(scenarios))
        if scenario.is_extent:
            result = _corridors_in_extent(parts, usable, length, scenario, assessment.segments,
                                          segments, part)
        else:
            result = _corridors_on_raster(parts, usable, length, metric_crs, scenario, model,
                                          assessment.segments, segments, notes, part)
        assessment.results[scenario.key] = result
    assessment.worst, assessment.worst_rank = _worst(
        [assessment.results[s.key] for s in scenarios], lambda r: r.wet_m, lambda r: r.max_depth)
    return assessment


def _corridors_on_raster(parts, usable, length, metric_crs, scenario, model, segments_out,
                         want_segments, notes, monitor):
    raster = scenario.raster
    count = len(parts)
    result = CorridorResult(_nan(count), _nan(count), _nan(count), _nan(count), np.full(count, -1))
    to_raster = None
    step = None
    if not same_crs(metric_crs, raster.crs):
        to_raster = _transformer(metric_crs, raster.crs).transform
        step = DENSIFY_STEP_M
    indices = np.flatnonzero(usable)
    vertex_parts = [[densify(np.asarray(p.coords), step) for p in parts[i]] for i in indices]
    measured = lines_statistics(vertex_parts, to_raster, raster, model, monitor)
    overlapping = False
    negative = 0
    for i, (stats, stretches) in zip(indices, measured):
        negative += stats.negative
        result.wet_m[i] = stats.wet
        result.unknown_m[i] = stats.unknown
        result.wet_pct[i] = 100.0 * stats.wet / length[i]
        result.max_depth[i] = stats.max_value if model.has_depth else np.nan
        result.rank[i] = stats.max_rank
        if stats.unknown < stats.length:
            overlapping = True
        if want_segments:
            for stretch in stretches:
                segments_out.append(Segment(int(i), scenario.key, stretch.rank,
                                            LineString(stretch.coords), stretch.length,
                                            stretch.wet_length, stretch.max_value))
    if indices.size and not overlapping:
        notes.append(Note("corridors_unknown", (int(indices.size),), scenario.name))
    if negative:
        notes.append(Note("negative_depths_corridors", (negative,), scenario.name))
    monitor.progress(1.0)
    return result


def _corridors_in_extent(parts, usable, length, scenario, segments_out, want_segments, monitor):
    overlay = ExtentOverlay(scenario.extents or [])
    count = len(parts)
    result = CorridorResult(_nan(count), _nan(count), _nan(count), _nan(count), np.full(count, -1))
    for i in np.flatnonzero(usable):
        monitor.check()
        line = MultiLineString(parts[i]) if len(parts[i]) > 1 else parts[i][0]
        wet, dry = overlay.split_line(line)
        result.wet_m[i] = wet.length
        result.wet_pct[i] = 100.0 * wet.length / length[i]
        result.unknown_m[i] = 0.0
        result.rank[i] = 1 if wet.length > 0 else 0
        if want_segments:
            for rank, piece in ((1, wet), (0, dry)):
                for line_part in _line_parts(linemerge(piece) if piece.geom_type == "MultiLineString"
                                             else piece):
                    if line_part.length > 0:
                        segments_out.append(Segment(int(i), scenario.key, rank, line_part,
                                                    line_part.length,
                                                    line_part.length if rank else 0.0, np.nan))
    monitor.progress(1.0)
    return result


def class_label(model, scenario, rank, language="en"):
    """Name of a class rank in a scenario; None for unknown."""
    if rank is None or rank < 0:
        return None
    if scenario.is_extent:
        return flooded_name(rank, language)
    return model.class_name(int(rank), language)


__all__ = ["Scenario", "Note", "HazardModel", "assess_sites", "assess_corridors", "site_circles",
           "Shelters", "scenario_keys", "scenario_names", "sanitize_key", "class_label"]
