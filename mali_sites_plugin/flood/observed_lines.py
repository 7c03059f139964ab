"""Corridors over observed flood extent products (products.py): the length
of each corridor in each state (wet, possibly wet, permanent water, not
observable = unknown, dry), exactly for vector products and from the
stretches by class rank for rasters."""
import numpy as np
from shapely.geometry import MultiLineString
from shapely.ops import linemerge

from .geometry import StateOverlay, line_parts, to_crs
from .products import NOT_OBSERVABLE, PERMANENT, POSSIBLY_WET, RANK_OF


def observed_lengths(measured, count):
    """(possibly_wet_m, permanent_m) per corridor from raster stretches
    [(index, (LineStats, [Stretch]), crs)]; null for corridors not measured
    or with no known cell."""
    possibly, permanent = np.full(count, np.nan), np.full(count, np.nan)
    for i, (stats, stretches), _ in measured:
        if stats.max_rank < 0:
            continue
        possibly[i] = sum(s.length for s in stretches if s.rank == POSSIBLY_WET)
        permanent[i] = sum(s.length for s in stretches if s.rank == PERMANENT)
    return possibly, permanent


def corridors_in_observed(corridors, scenario, monitor):
    """(CorridorResult, [Segment]) of one observed vector product, overlaid
    exactly in each measurement group's CRS."""
    from .corridors import CorridorResult  # corridors imports this module
    count = len(corridors.parts)
    result = CorridorResult.empty(count)
    result.possibly_wet_m, result.permanent_m = np.full(count, np.nan), np.full(count, np.nan)
    segments = []
    for crs, members in corridors.groups:
        overlay = StateOverlay({state: to_crs(polygons, corridors.metric_crs, crs)
                                for state, polygons in scenario.observed.items()}, scenario.precedence)
        for i in members:
            if not corridors.usable[i]:
                continue
            monitor.check()
            parts = corridors.parts[i]
            pieces = overlay.pieces(MultiLineString(parts) if len(parts) > 1 else parts[0])
            _fill(result, i, pieces, corridors.length[i])
            if corridors.want_segments:
                segments.extend(_segments(i, scenario.key, pieces, crs, corridors.metric_crs))
    monitor.progress(1.0)
    return result, segments


def _fill(result, i, pieces, length):
    lengths = {}
    for state, piece in pieces:
        lengths[state] = lengths.get(state, 0.0) + piece.length
    result.unknown_m[i] = lengths.get(NOT_OBSERVABLE, 0.0)
    known = [RANK_OF[state] for state, size in lengths.items() if state != NOT_OBSERVABLE and size > 0]
    if not known:  # wholly unknown: no wet length, never dry
        return
    result.wet_m[i] = lengths.get("wet", 0.0)
    result.wet_pct[i] = 100.0 * result.wet_m[i] / length
    result.possibly_wet_m[i] = lengths.get("possibly_wet", 0.0)
    result.permanent_m[i] = lengths.get("permanent", 0.0)
    result.rank[i] = max(known)


def _segments(index, key, pieces, crs, metric_crs):
    """The stretches of one corridor by state, measured in ``crs``, drawn in ``metric_crs``."""
    from .corridors import Segment
    found = []
    for state, piece in pieces:
        merged = linemerge(piece) if piece.geom_type == "MultiLineString" else piece
        lines = [line for line in line_parts(merged) if line.length > 0]
        rank = -1 if state == NOT_OBSERVABLE else RANK_OF[state]
        for line, drawn in zip(lines, to_crs(lines, crs, metric_crs, densify_first=False)):
            found.append(Segment(int(index), key, rank, drawn, line.length,
                                 line.length if state == "wet" else 0.0, np.nan))
    return found
