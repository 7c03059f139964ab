"""Lines over a raster: the exact length of line inside each cell.

Each straight segment is cut where it crosses the raster's grid lines (the
parameters t at which its column or row coordinate passes an integer); the
midpoint of each piece names the cell it lies in. Lengths are measured in
the metric CRS: the line is densified there first, so the transform to the
raster's CRS is linear along every piece, and a piece covering a fraction dt
of a segment has dt times the segment's metric length. No polygonizing, no
clipping: the cost is the number of cells crossed.
"""
from dataclasses import dataclass

import numpy as np

from ..common.progress import NO_MONITOR
from .hazard import CUT, DRY_PASSAGE, UNKNOWN_PASSAGE, passage_states
from .cells import sample_cells

_EPSILON = 1e-12


@dataclass
class Pieces:
    """Pieces of one line part, in order along it."""
    segment: np.ndarray  # index of the (densified) segment each piece lies on
    t0: np.ndarray  # start and end parameter along that segment (0..1)
    t1: np.ndarray
    row: np.ndarray  # the raster cell
    col: np.ndarray
    length: np.ndarray  # metres
    vertices: np.ndarray  # (n, 2) densified vertices, metric CRS

    @property
    def size(self):
        return self.length.size

    def point(self, segment, t):
        a, b = self.vertices[segment], self.vertices[segment + 1]
        return tuple(a + t * (b - a))


def _crossings(start, end):
    """(segment index, t) of the integer crossings of a coordinate going
    from ``start`` to ``end`` along each segment (t strictly in 0..1)."""
    first, last = np.floor(start), np.floor(end)
    counts = np.abs(last - first).astype(np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64), np.empty(0)
    segment = np.repeat(np.arange(start.size), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    upward = end[segment] > start[segment]
    # going up, the lines crossed are floor(start)+1 ... floor(end); going down floor(start) ... floor(end)+1
    lines = np.where(upward, first[segment] + 1 + offsets, first[segment] - offsets)
    t = (lines - start[segment]) / (end[segment] - start[segment])
    return segment, t


def traverse(vertices, to_raster, raster):
    """Pieces of the polyline ``vertices`` (metric CRS, already densified if
    ``to_raster`` is not None) in the cells of ``raster``. ``to_raster`` maps
    (xs, ys) arrays from the metric CRS to the raster's CRS, or None when
    they are the same CRS."""
    vertices = np.asarray(vertices, dtype=float)[:, :2]
    xs, ys = vertices[:, 0], vertices[:, 1]
    if to_raster is not None:
        xs, ys = to_raster(xs, ys)
    cols, rows = raster.to_pixel(xs, ys)
    deltas = np.diff(vertices, axis=0)
    metric_lengths = np.hypot(deltas[:, 0], deltas[:, 1])
    n = metric_lengths.size
    col_segment, col_t = _crossings(cols[:-1], cols[1:])
    row_segment, row_t = _crossings(rows[:-1], rows[1:])
    segment = np.concatenate([np.arange(n), np.arange(n), col_segment, row_segment])
    t = np.concatenate([np.zeros(n), np.ones(n), col_t, row_t])
    order = np.lexsort((t, segment))
    segment, t = segment[order], t[order]
    same = segment[1:] == segment[:-1]
    t0, t1, piece_segment = t[:-1][same], t[1:][same], segment[:-1][same]
    keep = (t1 - t0) > _EPSILON
    t0, t1, piece_segment = t0[keep], t1[keep], piece_segment[keep]
    middle = (t0 + t1) / 2.0
    start_col, start_row = cols[piece_segment], rows[piece_segment]
    mid_col = start_col + middle * (cols[piece_segment + 1] - start_col)
    mid_row = start_row + middle * (rows[piece_segment + 1] - start_row)
    length = (t1 - t0) * metric_lengths[piece_segment]
    return Pieces(piece_segment, t0, t1, np.floor(mid_row).astype(np.int64),
                  np.floor(mid_col).astype(np.int64), length, vertices)


@dataclass
class Stretch:
    """Consecutive pieces of one line part with the same hazard class."""
    rank: int  # -1 = unknown
    coords: list  # metric CRS
    length: float
    wet_length: float
    max_value: float  # nan when there is no depth or no known cell


@dataclass
class LineStats:
    length: float = 0.0
    wet: float = 0.0
    unknown: float = 0.0
    max_value: float = float("nan")
    max_rank: int = -1  # -1: no known piece
    negative: int = 0  # pieces on cells with a negative depth
    passage: object = None  # Passage, when a passable depth is given


@dataclass
class Passage:
    """Whether a line can be walked end to end (hazard.passage_states):
    its cuts (stretches deeper than the passable depth) and its longest
    stretch of known dry land. Parts of a multi-part line are walked apart."""
    cuts: int = 0
    cut_m: float = 0.0
    longest_dry_m: float = 0.0
    unknown_m: float = 0.0

    @property
    def passable(self):
        """True: no cut and nothing unknown; False: some cut; None: no cut
        but some of it unknown (never read as passable)."""
        if self.cuts:
            return False
        return None if self.unknown_m > 0 else True

    def add(self, lengths, states):
        """Count one part's pieces (lengths and states, in order along it)."""
        lengths, states = np.asarray(lengths, dtype=float), np.asarray(states)
        cut_starts, cut_ends = runs(states == CUT)
        self.cuts += int(cut_starts.size)
        self.cut_m += float(lengths[states == CUT].sum())
        self.unknown_m += float(lengths[states == UNKNOWN_PASSAGE].sum())
        total = np.r_[0.0, np.cumsum(lengths)]
        dry_starts, dry_ends = runs(states == DRY_PASSAGE)
        if dry_starts.size:
            self.longest_dry_m = max(self.longest_dry_m, float((total[dry_ends] - total[dry_starts]).max()))


def runs(flags):
    """(starts, ends) of the runs of True in a boolean array (ends exclusive)."""
    steps = np.diff(np.r_[0, np.asarray(flags, dtype=np.int8), 0])
    return np.flatnonzero(steps == 1), np.flatnonzero(steps == -1)


LINE_BATCH_PIECES = 200000  # pieces measured together: bounds memory


class SampledCells:
    """The raster cells under the pieces of many lines, read at once (one
    read per block, however many batches of lines cross it), then handed
    out in the order the pieces were noted (sample_pieces)."""

    def __init__(self):
        self.rows, self.cols = [], []
        self.values = self.valid = None
        self.taken = 0

    def add(self, pieces):
        """Note the cells under ``pieces`` (a list of Pieces)."""
        self.rows.extend(p.row for p in pieces)
        self.cols.extend(p.col for p in pieces)

    def read(self, raster, reader, monitor=NO_MONITOR):
        """Read every cell noted."""
        rows = np.concatenate(self.rows) if self.rows else np.empty(0, dtype=np.int64)
        cols = np.concatenate(self.cols) if self.cols else np.empty(0, dtype=np.int64)
        self.rows = self.cols = None
        self.values, self.valid = sample_cells(raster, rows, cols, monitor, reader)

    def take(self, count):
        """(values, valid) of the next ``count`` cells noted."""
        part = slice(self.taken, self.taken + count)
        self.taken += count
        return self.values[part], self.valid[part]


def lines_statistics(lines, to_raster, raster, model, monitor=NO_MONITOR, reader=None, passable_depth=None):
    """[(LineStats, [Stretch])] for many lines (each a list of vertex arrays).
    The cells under all lines are read first (each block once), then the
    lines are measured in batches, traversed again (their pieces are not
    kept: memory). With ``passable_depth`` (m), each LineStats also holds
    its Passage."""
    results = [None] * len(lines)
    own_reader = reader is None
    reader = reader or raster.reader()

    def traversed(part_monitor):
        for index, parts in enumerate(lines):
            if index % 20 == 0:
                part_monitor.check()
                part_monitor.progress(index / max(len(lines), 1))
            pieces = [traverse(part, to_raster, raster) for part in parts if len(part) >= 2]
            yield index, [p for p in pieces if p.size]

    try:
        sampled = SampledCells()
        for _, pieces in traversed(monitor.part(0.0, 0.2)):
            sampled.add(pieces)
        sampled.read(raster, reader, monitor.part(0.2, 0.6))
        batch, pending = [], 0
        for index, pieces in traversed(monitor.part(0.6, 1.0)):
            batch.append((index, pieces))
            pending += sum(p.size for p in pieces)
            if pending >= LINE_BATCH_PIECES:
                _measure_batch(batch, raster, model, sampled, results, passable_depth)
                batch, pending = [], 0
        _measure_batch(batch, raster, model, sampled, results, passable_depth)
    finally:
        if own_reader:
            reader.close()
    monitor.progress(1.0)
    return results


def sample_pieces(all_pieces, raster, model, reader, monitor=NO_MONITOR, sampled=None):
    """(values, known, rank, wet) of the cells under pieces (a list of Pieces,
    concatenated), read by ``reader`` or the next ones of ``sampled`` (SampledCells)."""
    if sampled is not None:
        values, valid = sampled.take(sum(p.size for p in all_pieces))
    elif all_pieces:
        rows = np.concatenate([p.row for p in all_pieces])
        cols = np.concatenate([p.col for p in all_pieces])
        values, valid = sample_cells(raster, rows, cols, monitor, reader)
    else:
        values, valid = np.empty(0), np.empty(0, dtype=bool)
    known = valid.copy()
    rank = np.full(values.shape, -1, dtype=np.int64)
    wet = np.zeros(values.shape, dtype=bool)
    if valid.any():
        k, r, w = model.interpret(values[valid], raster.dtype)
        known[valid] = k
        rank[valid] = np.where(k, r, -1)
        wet[valid] = w
    return values, known, rank, wet


def _measure_batch(batch, raster, model, sampled, results, passable_depth=None):
    all_pieces = [p for _, pieces in batch for p in pieces]
    values, known, rank, wet = sample_pieces(all_pieces, raster, model, None, sampled=sampled)
    states = None
    if passable_depth is not None:
        states = passage_states(model, values, known, wet, passable_depth, raster.dtype)
    offset = 0
    for index, pieces in batch:
        stats, stretches = LineStats(), []
        stats.passage = Passage() if states is not None else None
        size = sum(p.size for p in pieces)
        span = slice(offset, offset + size)
        if size:
            length = np.concatenate([p.length for p in pieces])
            line_known, line_rank = known[span], rank[span]
            stats.length = float(length.sum())
            stats.wet = float(length[wet[span]].sum())
            stats.unknown = float(length[~line_known].sum())
            if line_known.any():
                stats.max_rank = int(line_rank[line_known].max())
                if model.has_depth:
                    known_values = values[span][line_known]
                    stats.max_value = float(known_values.max())
                    stats.negative = int((known_values < 0).sum())
            part_offset = offset
            for p in pieces:
                part = slice(part_offset, part_offset + p.size)
                part_offset += p.size
                if states is not None:
                    stats.passage.add(p.length, states[part])
                stretches.extend(_stretches(p, rank[part], wet[part], values[part], known[part],
                                            model.has_depth))
        offset += size
        results[index] = (stats, stretches)
    batch.clear()


def _stretches(pieces, rank, wet, values, known, has_depth):
    breaks = np.flatnonzero(rank[1:] != rank[:-1]) + 1
    starts = np.r_[0, breaks]
    ends = np.r_[breaks, rank.size]
    result = []
    for start, end in zip(starts, ends):
        first_segment, last_segment = pieces.segment[start], pieces.segment[end - 1]
        coords = [pieces.point(first_segment, pieces.t0[start])]
        coords.extend(tuple(v) for v in pieces.vertices[first_segment + 1:last_segment + 1])
        coords.append(pieces.point(last_segment, pieces.t1[end - 1]))
        span = slice(start, end)
        known_values = values[span][known[span]]
        max_value = float(known_values.max()) if has_depth and known_values.size else float("nan")
        result.append(Stretch(int(rank[start]), _dedupe(coords), float(pieces.length[span].sum()),
                              float(pieces.length[span][wet[span]].sum()), max_value))
    return result


def _dedupe(coords):
    out = [coords[0]]
    for point in coords[1:]:
        if point != out[-1]:
            out.append(point)
    if len(out) == 1:
        out.append(out[0])
    return out

