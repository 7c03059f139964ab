"""Flood exposure of sites, scenario by scenario.

Sites are shapely polygons in a metric CRS (point sites become circles,
site_circles); each scenario is measured on its hazard raster's own grid or
by exact overlay with observed flood-extent polygons. Wet and unknown are
defined in hazard.py; for sites:

* cell rule: a cell belongs to a site when its centre is inside the site
  polygon (as GDAL's rasterization and QGIS's native zonal statistics, but
  for centres exactly on the boundary: scanline.py); a site
  holding fewer than two cell centres is measured with exact cell fractions
  (zonal.py);
* wet_pct = wet cells / all cells of the site (unknown included);
  unknown_pct = unknown cells / all cells; a site with no known cell
  (outside the raster, all nodata, unreadable) has no wet_pct and no
  exposed_people (null): it is unknown, never dry; mean_depth over wet cells,
  max_depth over known cells; hazard class of a site = class of its deepest
  known cell (the most severe class present);
* exposed_people = population x wet share, or the people of the shelters
  standing on wet cells when a shelter layer is given;
* worst scenario = the one with the most exposed people (ties: the higher
  wet share).
"""
import math
from dataclasses import dataclass, field

import numpy as np
import pyproj
from shapely.geometry import Point
from shapely.prepared import prep

from ..common import crs as core_crs
from ..common.columns import finite_number
from ..common.errors import InputError
from ..common.notes import Note
from ..common.progress import NO_MONITOR
from .cells import point_cells, sample_cells
from .geometry import ExtentOverlay, StateOverlay, same_crs, to_crs
from .products import NOT_OBSERVABLE, PERMANENT, POSSIBLY_WET, RANK_OF
from .prefetch import taken_by_the_zonal_pass
from .rasters import read_error_notes
from .scenarios import each_scenario, worst_scenario
from .zonal import polygon_statistics

CIRCLE_RESOLUTION = 32  # segments per quarter circle for point sites


def site_populations(values):
    """(people per site, how many were negative): each value as a number,
    None where there is none or it is negative."""
    populations, negative = [], 0
    for value in values:
        number = finite_number(value)
        if number is not None and number < 0:
            number, negative = None, negative + 1
        populations.append(number)
    return populations, negative


def site_circles(points, populations, radius, area_per_person, crs=None):
    """Circles around point sites (shapely, in the metric CRS ``crs``):
    ``radius`` metres, or when 0 the circle of area population x
    ``area_per_person``. With ``crs``, each circle is drawn in the UTM zone
    of its site (common.crs.measurement_groups) and brought back to ``crs``,
    with its radius multiplied by the zone's scale factor at the site (UTM
    is conformal: a true circle is a circle there), and brought back to
    ``crs``; its true (geodesic) area is right to 0.1 % anywhere in a
    national layer (the 128-sided polygon is 0.04 % short of the circle).
    Returns (polygons, radii, problems) where problems lists
    (index, reason) of sites left out."""
    if not radius and populations is None:
        raise InputError("Sites are points: give a Site radius (SITE_RADIUS, metres) or a "
                         "POPULATION_FIELD so each site is assessed as a circle of "
                         "population x %s m2", "%g" % area_per_person)
    if radius < 0 or not math.isfinite(radius):
        raise InputError("Site radius %s m is not a positive distance: give the radius in metres of "
                         "the circle assessed around each point site, or 0 to size it from the "
                         "population", "%g" % radius)
    if crs is None:
        return _circles(points, populations, radius, area_per_person)
    polygons, radii, problems = [None] * len(points), [None] * len(points), []
    located = [i for i, point in enumerate(points) if point is not None and not point.is_empty]
    xy = np.array([points[i].centroid.coords[0][:2] for i in located]).reshape(-1, 2)
    for zone, rows in (core_crs.measurement_groups(crs, xy) if located else []):
        members = [located[row] for row in rows]
        local = to_crs([points[i] for i in members], crs, zone, densify_first=False)
        lon, lat = core_crs.transform_xy(xy[rows], crs, core_crs.WGS84).T
        scale = np.sqrt(np.asarray(pyproj.Proj(zone).get_factors(lon, lat).areal_scale, dtype=float))
        circles, sizes, missed = _circles(local, [populations[i] for i in members]
                                          if populations is not None else None, radius, area_per_person,
                                          scale.reshape(-1))
        for i, circle, size in zip(members, to_crs(circles, zone, crs, densify_first=False), sizes):
            polygons[i], radii[i] = circle, size
        problems.extend((members[index], reason) for index, reason in missed)
    return polygons, radii, sorted(problems)


def _circles(points, populations, radius, area_per_person, scales=None):
    """site_circles in the CRS of ``points``, each radius times its ``scales``
    (the CRS's scale factor at the point; None: 1)."""
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
        polygons.append(point.buffer(r * (1.0 if scales is None else scales[index]), CIRCLE_RESOLUTION))
        radii.append(r)
    return polygons, radii, problems


@dataclass
class Shelters:
    """Shelter locations (metric CRS) and the people in each."""
    xs: np.ndarray
    ys: np.ndarray
    people: np.ndarray

    @classmethod
    def at(cls, geometries, people, household):
        """Shelters from their geometries (metric CRS, None skipped): a point
        where it is, a footprint or multipoint by a point inside it. ``people``
        per shelter; None or a negative value counts ``household`` people.
        Returns (Shelters, how many shelters counted ``household``)."""
        xs, ys, counts, defaulted = [], [], [], 0
        for geometry, value in zip(geometries, people):
            if geometry is None:
                continue
            point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
            if value is None or value < 0:
                value, defaulted = household, defaulted + 1
            xs.append(point.x)
            ys.append(point.y)
            counts.append(value)
        return cls(np.array(xs, dtype=float), np.array(ys, dtype=float),
                   np.array(counts, dtype=float)), defaulted

    def within(self, polygons):
        """For each polygon (or None), the indices of the shelters inside it."""
        order = np.argsort(self.xs, kind="stable")
        sorted_x = self.xs[order]
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
    # observed products (products.py) only: shares of the site, as wet_pct
    possibly_wet_pct: np.ndarray = None
    permanent_pct: np.ndarray = None


@dataclass
class SitesAssessment:
    scenarios: list
    results: dict  # scenario key -> SiteResult
    worst: np.ndarray  # index of the worst scenario per site, -1 none
    worst_rank: np.ndarray  # class rank in the worst scenario (or the highest), -1 null
    notes: list = field(default_factory=list)
    shelters_counted: int = 0
    shelters_outside: int = 0


@dataclass
class _Sites:
    """What every scenario of one run measures: the sites and their people."""
    given: list  # metric CRS, None = skipped; None: reprojected from ``source`` when needed
    present: np.ndarray  # bool: the site has a polygon
    populations: np.ndarray  # nan = none
    shelters: Shelters = None
    shelter_sets: list = None  # per site, the indices of its shelters; None without shelters
    sheltered: np.ndarray = None  # bool per shelter: inside at least one site
    source: tuple = None  # (CRS, the sites as given in it) or None
    metric_crs: object = None

    @property
    def count(self):
        return self.present.size

    @property
    def polygons(self):
        """The sites in the metric CRS (reprojected from the source on first use)."""
        if self.given is None:
            self.given = to_crs(self.source[1], self.source[0], self.metric_crs, densify_first=False)
        return self.given

    def exposed_people(self, wet_pct, shelter_wet):
        """Population x wet share of each site, or with shelters the people of
        its shelters standing on wet ground (``shelter_wet``, per shelter)."""
        if self.shelter_sets is None:
            return self.populations * wet_pct / 100.0
        exposed = np.array([float(self.shelters.people[members][shelter_wet[members]].sum())
                            for members in self.shelter_sets])
        return np.where(self.present, exposed, np.nan)


def _nan(count):
    return np.full(count, np.nan)


def assess_sites(polygons, populations, metric_crs, scenarios, model, shelters=None,
                 monitor=NO_MONITOR, source=None):
    """Exposure of site polygons (metric CRS, None = skipped) to each scenario.
    ``source``: (CRS, the same sites as given in it), used as they are on a
    raster in that CRS (a national layer in EPSG:4326 over an EPSG:4326
    mosaic is not taken to metres and back); with it ``polygons`` may be
    None: the sites are then reprojected to ``metric_crs`` only if some
    scenario or the shelters need them."""
    given = polygons if polygons is not None else source[1]
    count = len(given)
    sites = _Sites(polygons, np.array([p is not None and not p.is_empty for p in given], dtype=bool),
                   (np.array([np.nan if p is None else float(p) for p in populations])
                    if populations is not None else _nan(count)), source=source, metric_crs=metric_crs)
    assessment = SitesAssessment(scenarios, {}, np.full(count, -1), np.full(count, -1))
    if shelters is not None and shelters.xs.size:
        sites.shelters, sites.shelter_sets = shelters, shelters.within(sites.polygons)
        sites.sheltered = np.zeros(shelters.xs.size, dtype=bool)
        for members in sites.shelter_sets:
            sites.sheltered[members] = True
        assessment.shelters_counted = int(sites.sheltered.sum())
        assessment.shelters_outside = int((~sites.sheltered).sum())
    for scenario, part in each_scenario(scenarios, monitor):
        if scenario.observed is not None:
            result = _sites_in_observed(sites, scenario, part)
        elif scenario.is_extent:
            result = _sites_in_extent(sites, scenario, part)
        else:
            result = _sites_on_raster(sites, metric_crs, scenario, scenario.model or model,
                                      assessment.notes, part)
        assessment.results[scenario.key] = result
    assessment.worst, assessment.worst_rank = worst_scenario(
        [assessment.results[s.key] for s in scenarios],
        lambda r: r.exposed_people, lambda r: r.wet_pct)
    return assessment


def _sites_on_raster(sites, metric_crs, scenario, model, notes, monitor):
    raster, present, count = scenario.raster, sites.present, sites.count
    if sites.source is not None and same_crs(sites.source[0], raster.crs):
        on_grid = sites.source[1]
    else:
        on_grid = to_crs(sites.polygons, metric_crs, raster.crs)
    with taken_by_the_zonal_pass(raster):
        stats = polygon_statistics(raster, on_grid, model, monitor.part(0.0, 0.9))
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
    shelter_wet, shelters_unknown = None, 0
    if sites.shelter_sets is not None:
        shelter_known, shelter_wet = _shelter_cells(raster, metric_crs, model, sites.shelters,
                                                    monitor.part(0.9, 1.0))
        shelters_unknown = int((sites.sheltered & ~shelter_known).sum())
    # a site with no known cell is unknown, not dry: no wet share, no exposed people
    wholly_unknown = present & (stats.valid <= 0)
    wet_pct[wholly_unknown] = np.nan
    exposed = np.where(wholly_unknown, np.nan, sites.exposed_people(wet_pct, shelter_wet))
    notes.extend(_raster_notes(stats, present, unknown_pct, shelters_unknown, scenario.name))
    notes.extend(read_error_notes(raster, scenario.name, "unreadable_blocks"))
    monitor.progress(1.0)
    result = SiteResult(cells, np.where(present, stats.valid, np.nan),
                        np.where(present, stats.wet, np.nan), wet_pct, unknown_pct, max_depth,
                        mean_depth, exposed, np.where(present, stats.max_rank(model), -1))
    if scenario.is_observed:
        with np.errstate(invalid="ignore", divide="ignore"):
            share = [np.where(has_cells & ~wholly_unknown, 100.0 * stats.rank_cells[:, rank] / cells, np.nan)
                     for rank in (POSSIBLY_WET, PERMANENT)]
        result.possibly_wet_pct, result.permanent_pct = share
    return result


def _raster_notes(stats, present, unknown_pct, shelters_unknown, scenario_name):
    """What the log says about the sites of one raster scenario."""
    sites = int(present.sum())
    overlapping = bool((stats.inside[present] > 0).any())
    no_valid_cells = overlapping and not (stats.valid[present] > 0).any()
    counts = (("no_overlap", sites if not overlapping else 0),
              ("shelters_unknown", shelters_unknown),
              ("no_valid_cells", sites if no_valid_cells else 0),
              ("negative_depths", int(stats.negative.sum())),
              ("partial_coverage", int(((unknown_pct > 0) & (unknown_pct < 100)).sum())),
              ("sites_unknown", int((present & (stats.valid <= 0)).sum())),
              ("exact_fractions", int((stats.exact & present).sum())))
    return [Note(code, (count,), scenario_name) for code, count in counts if count]


def _shelter_cells(raster, metric_crs, model, shelters, monitor):
    """(known, wet) per shelter: the raster cell under it."""
    xs, ys = shelters.xs, shelters.ys
    if not same_crs(metric_crs, raster.crs):
        xs, ys = core_crs.transformer(metric_crs, raster.crs).transform(xs, ys)
    rows, cols = point_cells(raster, xs, ys)
    values, valid = sample_cells(raster, rows, cols, monitor)
    wet = np.zeros(values.shape, dtype=bool)
    known = valid.copy()
    if valid.any():
        known[valid], _, wet[valid] = model.interpret(values[valid], raster.dtype)
    return known, wet


def _sites_in_observed(sites, scenario, monitor):
    """SiteResult of an observed vector product: the exact area of each state
    in each site (geometry.StateOverlay); not observable is unknown."""
    overlay = StateOverlay(scenario.observed, scenario.precedence)
    count = sites.count
    shares = {state: _nan(count) for state in ("wet", "possibly_wet", "permanent", NOT_OBSERVABLE)}
    rank = np.full(count, -1)
    for i, polygon in enumerate(sites.polygons):
        if i % 50 == 0:
            monitor.check()
            monitor.progress(i / max(count, 1))
        if not sites.present[i] or polygon.area <= 0:
            continue
        areas = {state: 0.0 for state in shares}
        ranks = [-1]
        for state, piece in overlay.pieces(polygon):
            if piece.area > 0:
                if state in areas:
                    areas[state] += piece.area
                if state != NOT_OBSERVABLE:
                    ranks.append(RANK_OF[state])
        for state, area in areas.items():
            shares[state][i] = 100.0 * area / polygon.area
        rank[i] = max(ranks)
    wholly_unknown = sites.present & (shares[NOT_OBSERVABLE] >= 100.0 - 1e-9)
    for state in ("wet", "possibly_wet", "permanent"):
        shares[state][wholly_unknown] = np.nan
    shelter_wet = None
    if sites.shelter_sets is not None:
        shelter_wet = np.array([state == "wet" for state in
                                overlay.state_at(sites.shelters.xs, sites.shelters.ys)], dtype=bool)
    exposed = np.where(wholly_unknown, np.nan, sites.exposed_people(shares["wet"], shelter_wet))
    monitor.progress(1.0)
    return SiteResult(_nan(count), _nan(count), _nan(count), shares["wet"], shares[NOT_OBSERVABLE],
                      _nan(count), _nan(count), exposed, rank, shares["possibly_wet"], shares["permanent"])


def _sites_in_extent(sites, scenario, monitor):
    overlay = ExtentOverlay(scenario.extents or [])
    count = sites.count
    wet_pct = _nan(count)
    for i, polygon in enumerate(sites.polygons):
        if i % 50 == 0:
            monitor.check()
            monitor.progress(i / max(count, 1))
        if sites.present[i] and polygon.area > 0:
            wet_pct[i] = 100.0 * overlay.wet_area(polygon) / polygon.area
    shelter_wet = None
    if sites.shelter_sets is not None:
        shelter_wet = overlay.contains(sites.shelters.xs, sites.shelters.ys)
    rank = np.where(np.isnan(wet_pct), -1, (wet_pct > 0).astype(int))
    unknown = np.where(sites.present, 0.0, np.nan)
    monitor.progress(1.0)
    return SiteResult(_nan(count), _nan(count), _nan(count), wet_pct, unknown, _nan(count),
                      _nan(count), sites.exposed_people(wet_pct, shelter_wet), rank)
