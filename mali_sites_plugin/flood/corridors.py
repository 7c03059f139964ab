"""Flood exposure of corridors (transhumance routes, any lines), scenario by
scenario.

On a hazard raster each line is cut exactly where it crosses cell edges
(lines.py): wet_m, unknown_m and the hazard class come from the length in
each cell, and the stretches of constant class are the segments. Observed
flood extents are overlaid exactly. The worst scenario of a corridor is the
one with the longest wet length (ties: the deeper).

With a passable depth (the profile's flood_passable_depth_m), each corridor
also gets, per scenario, whether it stays passable end to end (no stretch
deeper than that depth: hazard.passage_states; unknown stretches leave the
answer unknown, never passable), its number of cuts and its longest
stretch of known dry land.
"""
from dataclasses import dataclass, field

import numpy as np
from shapely.geometry import LineString, MultiLineString
from shapely.ops import linemerge

from ..common import crs as core_crs
from ..common.notes import Note
from ..common.progress import NO_MONITOR
from .geometry import DENSIFY_STEP_M, ExtentOverlay, densify, line_parts, same_crs, to_crs
from .lines import Passage, lines_statistics
from .observed_lines import corridors_in_observed, observed_lengths
from .rasters import read_error_notes
from .scenarios import each_scenario, worst_scenario


@dataclass
class CorridorResult:
    wet_m: np.ndarray
    wet_pct: np.ndarray
    unknown_m: np.ndarray
    max_depth: np.ndarray
    rank: np.ndarray  # highest class met; -1 unknown
    # observed products (products.py) only: metres possibly wet and on permanent water
    possibly_wet_m: np.ndarray = None
    permanent_m: np.ndarray = None
    passable: np.ndarray = None  # with a passable depth: 1 yes, 0 cut, -1 unknown (no cut, some unknown)
    cuts: np.ndarray = None  # stretches deeper than the passable depth; nan without a known cell
    longest_dry_m: np.ndarray = None  # the longest stretch of known dry land; nan without a known cell

    @classmethod
    def empty(cls, count, passage=False):
        """Every value null, to be filled corridor by corridor."""
        result = cls(*(np.full(count, np.nan) for _ in range(4)), np.full(count, -1))
        if passage:
            result.passable, result.cuts, result.longest_dry_m = (np.full(count, -1), np.full(count, np.nan),
                                                                  np.full(count, np.nan))
        return result

    def set_passage(self, i, passage, known):
        """Corridor ``i``'s lines.Passage; ``known``: some of it is known."""
        verdict = passage.passable
        self.passable[i] = -1 if verdict is None or not known else int(verdict)
        if known:
            self.cuts[i], self.longest_dry_m[i] = passage.cuts, passage.longest_dry_m


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


@dataclass
class _Corridors:
    """What every scenario of one run measures."""
    parts: list  # per corridor, its LineStrings in the CRS of its group
    usable: np.ndarray  # bool: a line of some length
    length: np.ndarray  # metres; nan without a line
    want_segments: bool
    metric_crs: object  # the CRS of the lines given, and of the segments returned
    groups: list  # [(CRS the corridors are measured in, their indices)]
    passable_depth: float = None  # m; None: no passage measured


def assess_corridors(lines, metric_crs, scenarios, model, monitor=NO_MONITOR, segments=True,
                     passable_depth=None):
    """Exposure of corridors (shapely lines in the metric CRS, None = skipped).
    Each corridor is measured in the UTM zone of its centre unless
    ``metric_crs`` has little scale error there (common.crs.measurement_groups):
    lengths are right to 0.1 % across a national layer. Segments come back
    in ``metric_crs``. ``passable_depth`` (m): also measure each corridor's
    passage (passable, cuts, longest_dry_m)."""
    count = len(lines)
    parts, groups = [[] for _ in lines], _groups(lines, metric_crs)
    for crs, indices in groups:
        moved = to_crs([lines[i] for i in indices], metric_crs, crs, densify_first=False)
        for i, line in zip(indices, moved):
            parts[i] = line_parts(line)
    length = np.array([sum(p.length for p in pieces) if line is not None else np.nan
                       for line, pieces in zip(lines, parts)])
    usable = np.array([line is not None and size > 0 for line, size in zip(lines, length)],
                      dtype=bool)
    corridors = _Corridors(parts, usable, length, segments, metric_crs, groups, passable_depth)
    assessment = CorridorsAssessment(scenarios, length, {}, [], np.full(count, -1),
                                     np.full(count, -1))
    zero = int((~usable).sum())
    if zero:
        assessment.notes.append(Note("zero_length_corridor", (zero,), None))
    for scenario, part in each_scenario(scenarios, monitor):
        if scenario.observed is not None:
            result, found = corridors_in_observed(corridors, scenario, part)
        elif scenario.is_extent:
            result, found = _corridors_in_extent(corridors, scenario, part)
        else:
            result, found = _corridors_on_raster(corridors, metric_crs, scenario, scenario.model or model,
                                                 assessment.notes, part)
        assessment.results[scenario.key] = result
        assessment.segments.extend(found)
    assessment.worst, assessment.worst_rank = worst_scenario(
        [assessment.results[s.key] for s in scenarios], lambda r: r.wet_m, lambda r: r.max_depth)
    return assessment


def _groups(lines, metric_crs):
    """measurement_groups of the corridors with a line, by their centres."""
    located = [i for i, line in enumerate(lines) if line is not None and not line.is_empty]
    if not located:
        return []
    xy = np.array([lines[i].centroid.coords[0][:2] for i in located])
    return [(crs, np.array(located)[rows]) for crs, rows in core_crs.measurement_groups(metric_crs, xy)]


def _measured_on_raster(corridors, raster, model, monitor):
    """[(index, (LineStats, [Stretch]), CRS of the stretches)] of the usable
    corridors, group by group, with one reader for all."""
    measured = []
    with raster.reader() as reader:
        for number, (crs, members) in enumerate(corridors.groups):
            part = monitor.part(number / len(corridors.groups), (number + 1) / len(corridors.groups))
            indices = [i for i in members if corridors.usable[i]]
            to_raster, step = None, None
            if not same_crs(crs, raster.crs):
                to_raster, step = core_crs.transformer(crs, raster.crs).transform, DENSIFY_STEP_M
            vertex_parts = [[densify(np.asarray(p.coords), step) for p in corridors.parts[i]]
                            for i in indices]
            found = lines_statistics(vertex_parts, to_raster, raster, model, part, reader,
                                     corridors.passable_depth)
            measured.extend((i, stats, crs) for i, stats in zip(indices, found))
    return sorted(measured, key=lambda item: item[0])


def _corridors_on_raster(corridors, metric_crs, scenario, model, notes, monitor):
    """(CorridorResult, [Segment]) of one raster scenario."""
    raster = scenario.raster
    result, segments = CorridorResult.empty(len(corridors.parts), corridors.passable_depth is not None), []
    measured = _measured_on_raster(corridors, raster, model, monitor)
    indices = np.flatnonzero(corridors.usable)
    overlapping, negative, unknown = False, 0, 0
    if scenario.is_observed:
        result.possibly_wet_m, result.permanent_m = observed_lengths(measured, len(corridors.parts))
    for i, (stats, stretches), crs in measured:
        negative += stats.negative
        result.unknown_m[i] = stats.unknown
        if stats.max_rank >= 0:  # some of it known; a wholly unknown corridor has no wet length
            result.wet_m[i] = stats.wet
            result.wet_pct[i] = 100.0 * stats.wet / corridors.length[i]
        else:
            unknown += 1
        result.max_depth[i] = stats.max_value if model.has_depth else np.nan
        result.rank[i] = stats.max_rank
        if stats.passage is not None:
            result.set_passage(i, stats.passage, stats.max_rank >= 0)
        overlapping = overlapping or stats.unknown < stats.length
        if corridors.want_segments:
            lines = to_crs([LineString(stretch.coords) for stretch in stretches], crs, metric_crs,
                           densify_first=False)
            segments.extend(Segment(int(i), scenario.key, stretch.rank, line, stretch.length,
                                    stretch.wet_length, stretch.max_value)
                            for stretch, line in zip(stretches, lines))
    if indices.size and not overlapping:
        notes.append(Note("corridors_unknown", (int(indices.size),), scenario.name))
    if negative:
        notes.append(Note("negative_depths_corridors", (negative,), scenario.name))
    if unknown and overlapping:
        notes.append(Note("corridors_wholly_unknown", (unknown,), scenario.name))
    notes.extend(read_error_notes(raster, scenario.name, "unreadable_blocks_corridors"))
    monitor.progress(1.0)
    return result, segments


def _corridors_in_extent(corridors, scenario, monitor):
    """(CorridorResult, [Segment]) of one observed flood extent (polygons in
    the metric CRS), overlaid in each group's CRS. No depth: every wet
    stretch cuts the corridor."""
    result, segments = CorridorResult.empty(len(corridors.parts), corridors.passable_depth is not None), []
    for crs, members in corridors.groups:
        overlay = ExtentOverlay(to_crs(scenario.extents or [], corridors.metric_crs, crs))
        for i in members:
            if not corridors.usable[i]:
                continue
            monitor.check()
            parts = corridors.parts[i]
            wet, dry = overlay.split_line(MultiLineString(parts) if len(parts) > 1 else parts[0])
            result.wet_m[i] = wet.length
            result.wet_pct[i] = 100.0 * wet.length / corridors.length[i]
            result.unknown_m[i] = 0.0
            result.rank[i] = 1 if wet.length > 0 else 0
            if corridors.passable_depth is not None:
                result.set_passage(i, _extent_passage(wet, dry), True)
            if corridors.want_segments:
                segments.extend(_extent_segments(i, scenario.key, wet, dry, crs, corridors.metric_crs))
    monitor.progress(1.0)
    return result, segments


def _merged_parts(piece):
    merged = linemerge(piece) if piece.geom_type == "MultiLineString" else piece
    return [line for line in line_parts(merged) if line.length > 0]


def _extent_passage(wet, dry):
    """The lines.Passage of a corridor split into its wet and dry parts by an observed extent."""
    wet_parts, dry_parts = _merged_parts(wet), _merged_parts(dry)
    return Passage(len(wet_parts), float(sum(p.length for p in wet_parts)),
                   float(max([p.length for p in dry_parts], default=0.0)), 0.0)


def _extent_segments(index, key, wet, dry, crs, metric_crs):
    """The wet and dry stretches of one corridor, measured in ``crs``, drawn in ``metric_crs``."""
    found = []
    for rank, piece in ((1, wet), (0, dry)):
        merged = linemerge(piece) if piece.geom_type == "MultiLineString" else piece
        lines = [line for line in line_parts(merged) if line.length > 0]
        for line, drawn in zip(lines, to_crs(lines, crs, metric_crs, densify_first=False)):
            found.append(Segment(int(index), key, rank, drawn, line.length,
                                 line.length if rank else 0.0, np.nan))
    return found
