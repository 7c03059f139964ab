"""WASH coverage in flood scenarios: what a flood does to access.

In each scenario (a hazard raster or observed extent polygons, read as the
flood exposure reads them: flood.hazard.HazardModel, its wet threshold, and
unknown never dry):

* a water point or latrine on wet land is out of service; one on unknown
  land (nodata, outside the raster, a code missing from the class table)
  has an unknown service;
* with a path network, every stretch of path through water deeper than the
  passable depth is cut (flood.hazard.passage_states; without a depth, any
  wet stretch), and the walk is measured on what remains;
* a shelter on wet land is flagged (its household is not moved).

Each household's verdict is worked out twice: with facilities and paths on
unknown land still serving (the best case) and with them lost (the worst);
where the two agree it is the verdict, else the verdict is unknown. The
distances, nearest facilities, loads and gaps reported are the best case's:
a gap is a part of the site out of reach even if everything unknown works.
"""
from dataclasses import dataclass, field, replace

import numpy as np
from shapely.geometry import LineString

from ..common import crs as core_crs
from ..common.errors import InputError
from ..common.network import PathNetwork, Snap
from ..common.notes import Note
from ..common.progress import NO_MONITOR
from ..flood.cells import point_cells, sample_cells
from ..flood.geometry import DENSIFY_STEP_M, ExtentOverlay, densify, line_parts, same_crs
from ..flood.hazard import CUT, UNKNOWN_PASSAGE, passage_states
from ..flood.lines import runs, sample_pieces, traverse
from ..flood.rasters import read_error_notes
from .access import DistanceModel, compute_load, measure_access
from .gaps import find_gaps

WET, DRY, UNKNOWN = 1, 0, -1  # a point's land in a scenario
IN_SERVICE, OUT_OF_SERVICE, SERVICE_UNKNOWN = 1, 0, -1


@dataclass
class FloodKind:
    """One kind of facility (water points or latrines) in one scenario."""
    land: np.ndarray  # per facility: WET, DRY or UNKNOWN
    flooded: np.ndarray  # per facility: functional without the flood, on wet land in it
    service: np.ndarray  # per facility: IN_SERVICE, OUT_OF_SERVICE (not functional or on wet land), SERVICE_UNKNOWN
    access: object  # access.Access of the best case (unknown land serves)
    verdict: np.ndarray  # per household: 1 within the standard, 0 not, -1 unknown
    lost: np.ndarray  # per household: within the standard without the flood, surely not in it
    load: object  # access.Load of the best case
    gaps: list = field(default_factory=list)


@dataclass
class FloodScenario:
    name: str
    key: str
    shelter_land: np.ndarray  # per household: WET, DRY or UNKNOWN
    water: FloodKind
    latrines: FloodKind = None
    cut_path_m: float = 0.0  # length of path deeper than the passable depth
    unknown_path_m: float = 0.0
    summary: dict = field(default_factory=dict)


@dataclass
class FloodWash:
    scenarios: list  # FloodScenario, in the order given
    passable_depth: float
    notes: list = field(default_factory=list)  # common.notes.Note


@dataclass
class FloodInputs:
    """What the audit hands to assess_flood."""
    shelter_xy: np.ndarray
    people: np.ndarray
    area: object  # shapely polygon of the assessment
    cell: float  # gap cell size of the audit
    network: object  # common.network.PathNetwork or None
    max_snap: float
    zones: object  # access.Zones
    crs: object  # metric CRS of the coordinates (None: the rasters' own)


def assess_flood(inputs, baseline, facilities, scenarios, model, passable_depth, monitor=NO_MONITOR):
    """FloodWash of the audit ``baseline`` (audit.WashResult) in every scenario.
    ``facilities``: (water Facilities, latrine Facilities or None)."""
    if not scenarios:
        return None
    flood = FloodWash([], float(passable_depth))
    for number, scenario in enumerate(scenarios):
        monitor.check()
        flood.scenarios.append(_scenario(inputs, baseline, facilities, scenario, model, passable_depth,
                                         flood.notes))
        monitor.progress((number + 1) / len(scenarios))
    return flood


def _scenario(inputs, baseline, facilities, scenario, model, passable_depth, notes):
    water, latrines = facilities
    lands = point_lands([inputs.shelter_xy, water.xy] + ([latrines.xy] if latrines is not None else []),
                        inputs.crs, scenario, model)
    if not scenario.is_extent:
        _check_covered(scenario, lands)
        notes.extend(read_error_notes(scenario.raster, scenario.name, "unreadable_blocks_wash"))
    best, worst, cut_m, unknown_m = path_networks(inputs.network, inputs.crs, scenario, model, passable_depth)
    result = FloodScenario(scenario.name, scenario.key, lands[0], None, cut_path_m=cut_m, unknown_path_m=unknown_m)
    kinds = [("water", water, baseline.water, lands[1])]
    if latrines is not None:
        kinds.append(("latrines", latrines, baseline.latrines, lands[2]))
    for name, kind_facilities, kind_baseline, land in kinds:
        flood_kind = _kind(inputs, kind_facilities, kind_baseline, land, best, worst)
        setattr(result, name, flood_kind)
        unknown = int((flood_kind.service == SERVICE_UNKNOWN).sum())
        if unknown:
            notes.append(Note("wash_service_unknown", (unknown, name), scenario.name))
    shelters_unknown = int((result.shelter_land == UNKNOWN).sum())
    if shelters_unknown:
        notes.append(Note("wash_shelters_unknown", (shelters_unknown,), scenario.name))
    if unknown_m > 0:
        notes.append(Note("wash_paths_unknown", (round(unknown_m, 1),), scenario.name))
    result.summary = scenario_summary(result, inputs.people)
    return result


def _check_covered(scenario, lands):
    """A raster with no known cell under any shelter or facility says nothing about the site."""
    if not any((land != UNKNOWN).any() for land in lands):
        raster = scenario.raster
        raise InputError("Hazard raster '%s' (scenario %s) does not cover the site: none of its %s shelters "
                         "and facilities lies on a known cell (outside the raster or nodata). Give a hazard "
                         "raster that covers the site, or check its CRS (%s)", raster.label, scenario.name,
                         sum(len(land) for land in lands), raster.crs.name)


def point_lands(groups, crs, scenario, model):
    """Per group of points (arrays of (x, y) in ``crs``): WET, DRY or UNKNOWN
    land under each point; outside observed extents is dry, as in the flood exposure."""
    sizes = [len(np.asarray(xy).reshape(-1, 2)) for xy in groups]
    xy = np.concatenate([np.asarray(g, dtype=float).reshape(-1, 2) for g in groups])
    if scenario.is_extent:
        lands = ExtentOverlay(scenario.extents or []).contains(xy[:, 0], xy[:, 1]).astype(int)
    else:
        raster = scenario.raster
        xs, ys = xy[:, 0], xy[:, 1]
        if crs is not None and not same_crs(crs, raster.crs):
            xs, ys = core_crs.transformer(crs, raster.crs).transform(xs, ys)
        values, valid = sample_cells(raster, *point_cells(raster, xs, ys))
        lands = np.full(len(xy), UNKNOWN)
        if valid.any():
            known, _, wet = model.interpret(values[valid], raster.dtype)
            lands[valid] = np.where(known, wet.astype(int), UNKNOWN)
    return np.split(lands, np.cumsum(sizes)[:-1])


class NoPaths:
    """A path network wholly cut: nobody walks anywhere (a DistanceModel network)."""

    def snap(self, points_xy, max_snap):
        count = len(np.asarray(points_xy).reshape(-1, 2))
        return Snap(np.full(count, -1), np.zeros(count), np.full(count, np.inf))

    def nearest_facility(self, facility_snap, point_snap):
        count = len(point_snap.segment)
        return np.full(count, np.inf), np.full(count, -1, dtype=np.int64)


def path_networks(network, crs, scenario, model, passable_depth):
    """(best-case network, worst-case network, cut metres, unknown metres) of
    a scenario: the paths without their cut stretches, then also without
    their unknown ones. None, None without a network."""
    if network is None:
        return None, None, 0.0, 0.0
    segments = np.stack([network.start_xy, network.end_xy], axis=1)
    if scenario.is_extent:
        overlay = ExtentOverlay(scenario.extents or [])
        split = [overlay.split_line(LineString(s)) for s in segments]
        cut = sum(wet.length for wet, _ in split)
        if cut == 0:
            return network, network, 0.0, 0.0
        kept = _network([part for _, dry in split for part in line_parts(dry)])
        return kept, kept, float(cut), 0.0
    raster = scenario.raster
    to_raster, step = None, None
    if crs is not None and not same_crs(crs, raster.crs):
        to_raster, step = core_crs.transformer(crs, raster.crs).transform, DENSIFY_STEP_M
    pieces = [traverse(densify(s, step), to_raster, raster) for s in segments]
    with raster.reader() as reader:
        values, known, _, wet = sample_pieces(pieces, raster, model, reader)
    states = passage_states(model, values, known, wet, passable_depth, raster.dtype)
    lengths = np.concatenate([p.length for p in pieces]) if pieces else np.empty(0)
    cut_m, unknown_m = float(lengths[states == CUT].sum()), float(lengths[states == UNKNOWN_PASSAGE].sum())
    best = network if cut_m == 0 else _network(_open_lines(pieces, states, states != CUT))
    worst = best if unknown_m == 0 else _network(
        _open_lines(pieces, states, (states != CUT) & (states != UNKNOWN_PASSAGE)))
    return best, worst, cut_m, unknown_m


def _network(lines):
    lines = [line for line in lines if line.length > 0]
    return PathNetwork(lines) if lines else NoPaths()


def _open_lines(pieces, states, open_flags):
    """The stretches of path segments (their Pieces, in order) whose pieces are open."""
    lines, offset = [], 0
    for p in pieces:
        flags = open_flags[offset:offset + p.size]
        offset += p.size
        for start, end in zip(*runs(flags)):
            lines.append(LineString([_point(p, p.segment[start], p.t0[start])]
                                    + [tuple(v) for v in p.vertices[p.segment[start] + 1:p.segment[end - 1] + 1]]
                                    + [_point(p, p.segment[end - 1], p.t1[end - 1])]))
    return lines


def _point(pieces, segment, t):
    """A point along a densified segment; its vertices exactly at t = 0 and 1 (so paths join as they did)."""
    if t <= 0.0:
        return tuple(pieces.vertices[segment])
    if t >= 1.0:
        return tuple(pieces.vertices[segment + 1])
    return pieces.point(segment, t)


def _kind(inputs, facilities, baseline, land, best_network, worst_network):
    """FloodKind of one kind of facility: best and worst cases, the verdict and the people who lose access."""
    functional = facilities.functional
    service = np.where(~functional | (land == WET), OUT_OF_SERVICE,
                       np.where(land == UNKNOWN, SERVICE_UNKNOWN, IN_SERVICE))
    best_facilities = _serving(facilities, service != OUT_OF_SERVICE)
    worst_facilities = _serving(facilities, service == IN_SERVICE)
    best_model = DistanceModel(best_network, inputs.max_snap, inputs.zones)
    worst_model = DistanceModel(worst_network, inputs.max_snap, inputs.zones)
    best = measure_access(inputs.shelter_xy, best_facilities, baseline.figure, best_model)
    if worst_network is best_network and (service != SERVICE_UNKNOWN).all():
        worst = best
    else:
        worst = measure_access(inputs.shelter_xy, worst_facilities, baseline.figure, worst_model)
    verdict = np.where(worst.within, 1, np.where(~best.within, 0, -1))
    load = compute_load(best, inputs.people, best_facilities, inputs.shelter_xy, inputs.zones)
    gaps = find_gaps(inputs.area, inputs.cell, inputs.shelter_xy, inputs.people, best_facilities, baseline.figure,
                     best_model, best)
    return FloodKind(land, functional & (land == WET), service, best, verdict,
                     baseline.access.within & (verdict == 0), load, gaps)


def _serving(facilities, serving):
    return replace(facilities, functional=facilities.functional & serving)


def scenario_summary(result, people):
    """The scenario's figures, by name (the glue and the API add the scenario key)."""
    total = float(people.sum())

    def share(mask):
        return 100.0 * float(people[mask].sum()) / total if total > 0 else 100.0
    summary = {"flooded_shelters": int((result.shelter_land == WET).sum()),
               "flooded_people": float(people[result.shelter_land == WET].sum()),
               "unknown_shelters": int((result.shelter_land == UNKNOWN).sum()),
               "cut_path_m": result.cut_path_m, "unknown_path_m": result.unknown_path_m}
    for prefix, plural, kind in (("water", "water_points", result.water), ("latrine", "latrines", result.latrines)):
        if kind is None:
            continue
        summary.update({
            "pct_within_%s_distance" % prefix: share(kind.verdict == 1),
            "%s_lost_people" % prefix: float(people[kind.lost].sum()),
            "%s_unknown_people" % prefix: float(people[kind.verdict == -1].sum()),
            "flooded_%s" % plural: int(kind.flooded.sum()),
            "unknown_%s" % plural: int((kind.service == SERVICE_UNKNOWN).sum()),
            "overloaded_%s" % plural: int(kind.load.overloaded.sum()),
            "%s_gap_people" % prefix: float(sum(g.people for g in kind.gaps)),
        })
    return summary
