"""Where the communal facilities of a site plan go.

Facilities stand on plots reserved for them (a water point or latrine block
takes one plot; a health post, school, distribution point or market a lot of
plots sized to the people it serves). A household uses its *nearest*
facility, as the WASH coverage audit counts it:

- latrine blocks: along the line each plot fronts (wash_design), then
  greedy maximal covering (placement.greedy_cover) with the toilet distance
  as reach for what is left; each block then gets a female and a male
  compartment that together have the cubicles its households need, split
  by the profile's female-to-male ratio (split_cubicles);
- tapstands of several taps: placement.place_capacitated, never closer to
  a latrine than the profile allows;
- services: ceil(people / ratio) of each, placed by the profile's zoning
  rules (zoning.py, programme.py).
"""
import math
from dataclasses import dataclass

import numpy as np

from ..common.progress import NO_MONITOR
from ..placement.greedy_cover import greedy_cover


@dataclass
class ServiceLot:
    """The plots of one communal service (indices into the grid)."""
    kind: str
    centre: int  # the plot at its centre
    plots: list
    catchment: list  # the household plots of its share of the partition


def reach_radius(figure_value, margin):
    """The radius to place facilities with: the figure less a small margin so
    that a plan reprojected and measured again still complies."""
    return max(figure_value - margin, 0.0)


def thin(xy, mask, cell):
    """``mask`` reduced to one point per square of ``cell`` metres: candidate
    sites for facilities whose reach is at least twice ``cell``, so every
    point keeps a candidate within reach."""
    index = np.flatnonzero(mask)
    if len(index) == 0 or cell <= 0:
        return mask.copy()
    key = np.floor((xy[index] - xy[index].min(axis=0)) / cell).astype(np.int64)
    _, first = np.unique(key[:, 0] * (key[:, 1].max() + 1) + key[:, 1], return_index=True)
    thinned = np.zeros(len(mask), dtype=bool)
    thinned[index[first]] = True
    return thinned


def place_latrines(xy, people, demand, candidates, reach, strict, monitor=NO_MONITOR):
    """Plots (indices into ``xy``) for latrine blocks so that every demand plot
    is within ``reach`` of one: greedy maximal covering, no capacity (the
    cubicles follow the load)."""
    demand_index = np.flatnonzero(demand)
    candidate_index = np.flatnonzero(candidates)
    picks = greedy_cover(xy[demand_index], np.maximum(people[demand_index], 1e-9),
                         xy[candidate_index], reach, math.inf, strict=strict, monitor=monitor)
    return [int(candidate_index[p.candidate]) for p in picks]


def split_cubicles(load, people_per_toilet, female_per_male):
    """(female, male) cubicles for ``load`` people: enough toilets for the
    load and at least ``female_per_male`` female cubicles for each male one."""
    if load <= 0:
        return 0, 0
    total = max(int(math.ceil(load / people_per_toilet - 1e-9)), 2)
    male = max(1, int(round(total / (female_per_male + 1.0))))
    female = max(total - male, int(math.ceil(female_per_male * male - 1e-9)))
    return female, male
