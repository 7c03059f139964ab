"""Where new water points and latrines should go: greedy capacitated
maximal covering of the households out of reach or beyond an overloaded
facility's capacity, among candidate points inside the site."""
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..common.progress import NO_MONITOR
from ..placement.greedy_cover import greedy_cover
from .gaps import Grid, cell_for, regions

_MAX_CANDIDATES = 150_000


@dataclass
class Suggestion:
    kind: str  # 'water' or 'latrine'
    xy: tuple
    people: float  # people newly served
    households: int


def candidate_grid(area, spacing, limit=_MAX_CANDIDATES):
    """Candidate sites for new facilities: a square grid inside the area
    (over each region of it: parts far apart are gridded apart), at most
    about ``limit`` points."""
    spacing = cell_for(area, spacing, limit)
    found = [_candidates_in(region, spacing) for region in regions(area)]
    return np.concatenate(found) if found else np.zeros((0, 2))


def _candidates_in(area, spacing):
    xmin, ymin, xmax, ymax = area.bounds
    xs = np.arange(xmin + spacing / 2.0, xmax, spacing)
    ys = np.arange(ymin + spacing / 2.0, ymax, spacing)
    if len(xs) == 0 or len(ys) == 0:
        return np.zeros((0, 2))
    grid_x, grid_y = np.meshgrid(xs, ys)  # row 0 along ymin
    inside = Grid(xmin, ymin + len(ys) * spacing, spacing, len(ys), len(xs)).inside(area)[::-1]
    return np.column_stack([grid_x[inside], grid_y[inside]])


def suggest(area, shelter_xy, people, kind_result, capacity, kind, limit, keep_away_from=None,
            keep_away=None, monitor=NO_MONITOR):
    """New facilities where households are out of reach or beyond an
    overloaded facility's capacity, by greedy capacitated maximal covering
    (straight-line reach). Candidates: a grid over the area a quarter of the
    reach apart; then, for the households still unserved, their own
    locations too (households outside the area, or hemmed in by the
    keep-away distance from water points).

    limit: -1 as many as full coverage needs, k at most k."""
    demand = np.flatnonzero((~kind_result.access.within | kind_result.load.excess) & (people > 0))
    figure = kind_result.figure
    grid = candidate_grid(area, figure.value / 4.0)

    def allowed(candidates):
        if keep_away_from is None or not len(keep_away_from) or not len(candidates):
            return candidates
        return candidates[keep_away.complies(cKDTree(keep_away_from).query(candidates)[0])]

    suggestions = []
    for with_households in (False, True):
        remaining = None if limit < 0 else limit - len(suggestions)
        if len(demand) == 0 or remaining == 0:
            break
        points = allowed(np.concatenate([grid, shelter_xy[demand]]) if with_households else grid)
        picks = greedy_cover(shelter_xy[demand], people[demand], points, figure.value, capacity,
                             strict=figure.comparison == "<", limit=remaining,
                             monitor=monitor)
        suggestions += [Suggestion(kind, tuple(points[p.candidate]), p.people, len(p.served)) for p in picks]
        served = np.concatenate([p.served for p in picks]) if picks else np.zeros(0, dtype=np.int64)
        demand = np.delete(demand, served)
    return suggestions

