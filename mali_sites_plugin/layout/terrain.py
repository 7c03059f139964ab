"""The site's terrain in the plan: which way the plot rows run, and the slope
of each block.

Rows and roads follow the contours where the land slopes (UNHCR site planning,
shared SITE_PLANNING.md "Terrain and water"). The plan takes the fall of the
buildable land as the mean of the DEM's gradient vectors over its cells: where
that fall reaches the profile's ideal minimum slope (slope_ideal_min_pct, 2 %:
below it the land is flat for drainage and the rows' direction does not matter
to the water) the rows run across it, along the contours; otherwise they follow
the site's long side as without a DEM. row_orientation is the one place the
direction is chosen (a given ORIENTATION wins).
"""
import math
from dataclasses import dataclass

import numpy as np

from ..common.crs import transformer
from ..common.notes import Note
from .frame import half_turn, long_side_orientation
from .land import cells_under

GIVEN, LONG_SIDE, FLAT, CONTOUR = "given", "long_side", "flat", "contour"
# a block's slope class: its mean slope against the ideal range, its steepest cell against the maximum
BELOW_IDEAL, IDEAL, ABOVE_IDEAL, TOO_STEEP = "below_ideal", "ideal", "above_ideal", "too_steep"


@dataclass(frozen=True)
class Orientation:
    """The direction of the plot rows and why."""
    angle: float  # radians counter-clockwise from the metric CRS's x axis
    reason: str  # GIVEN, LONG_SIDE (no DEM), FLAT (DEM, fall under the ideal minimum) or CONTOUR
    fall_pct: float = math.nan  # mean fall of the buildable land (with a DEM)
    downhill_azimuth: float = math.nan  # degrees clockwise from grid north, 0-360

    def notes(self, label, profile):
        """The Note that says which direction the rows take and why (none without a DEM)."""
        threshold = profile.value("slope_ideal_min_pct")
        if self.reason == CONTOUR:
            return [Note("rows_contour", (label, round(self.fall_pct, 1), round(self.downhill_azimuth), threshold))]
        if self.reason == FLAT:
            return [Note("rows_flat", (label, round(self.fall_pct, 1), threshold))]
        return []


def row_orientation(site, land, options, profile, crs):
    """The Orientation of the rows of ``site`` (metric polygon in ``crs``)
    on its Land: the azimuth given, else along the contours where the
    buildable land falls at least slope_ideal_min_pct, else the long side."""
    long_side = long_side_orientation(site, options)
    if options.orientation is not None:
        return Orientation(long_side, GIVEN)
    fall = site_fall(land.slope, land.buildable, crs)
    if fall is None:
        return Orientation(long_side, LONG_SIDE)
    percent, downhill = fall
    if downhill is None or not profile.figure("slope_ideal_min_pct").complies(percent):
        return Orientation(long_side, FLAT, percent)
    return Orientation(half_turn(downhill + math.pi / 2), CONTOUR, percent,
                       (90.0 - math.degrees(downhill)) % 360.0)


def gradient(slope_grid):
    """(dz/dm along the rows, dz/dm along the columns) of the DEM window,
    as land.slope_percent takes them (np.gradient)."""
    width, height = slope_grid.cell
    return np.gradient(slope_grid.elevation, height, width)


def site_fall(slope_grid, land, crs):
    """(fall %, downhill angle in radians counter-clockwise from x in
    ``crs``, None when level) of the mean gradient of the DEM cells whose
    centre lies in ``land``; None without such cells."""
    if slope_grid is None or slope_grid.elevation is None or land.is_empty or min(slope_grid.slope.shape) < 2:
        return None
    d_row, d_col = gradient(slope_grid)
    inside = cells_under(slope_grid, [land], crs) & np.isfinite(d_row) & np.isfinite(d_col)
    if not inside.any():
        return None
    g_row, g_col = float(d_row[inside].mean()), float(d_col[inside].mean())
    percent = 100.0 * math.hypot(g_row, g_col)
    if percent == 0.0:
        return percent, None
    width, height = slope_grid.cell
    # downhill in cells (column, row), from the middle of the land's cells, then into ``crs``
    step_col, step_row = -g_col / width, -g_row / height
    norm = math.hypot(step_col, step_row)
    rows, cols = np.nonzero(inside)
    col, row = cols.mean() + 0.5, rows.mean() + 0.5
    start = slope_grid.transform * (col, row)
    end = slope_grid.transform * (col + step_col / norm, row + step_row / norm)
    to_metric = transformer(slope_grid.crs, crs)
    (x0, x1), (y0, y1) = to_metric.transform([start[0], end[0]], [start[1], end[1]])
    return percent, math.atan2(y1 - y0, x1 - x0)


def slope_class(profile, mean_pct, max_pct):
    """The slope class of land whose mean slope is ``mean_pct`` and
    steepest cell ``max_pct``, against the profile's ideal range and
    maximum (the max_slope_pct figure the plan's check uses)."""
    if not profile.figure("max_slope_pct").complies(max_pct):
        return TOO_STEEP
    if not profile.figure("slope_ideal_min_pct").complies(mean_pct):
        return BELOW_IDEAL
    if not profile.figure("slope_ideal_max_pct").complies(mean_pct):
        return ABOVE_IDEAL
    return IDEAL


def measure_blocks(blocks, slope_grid, crs, profile):
    """Set mean_slope_pct, max_slope_pct and slope_class of each Block from
    the DEM cells whose centre lies in it (left None without a DEM or cells)."""
    if slope_grid is None or not blocks:
        return
    owner = cells_under(slope_grid, [b.geometry for b in blocks], crs, list(range(1, len(blocks) + 1)))
    valid = (owner > 0) & np.isfinite(slope_grid.slope)
    ids, slopes = owner[valid] - 1, slope_grid.slope[valid]
    counts = np.bincount(ids, minlength=len(blocks))
    sums = np.bincount(ids, weights=slopes, minlength=len(blocks))
    largest = np.full(len(blocks), -np.inf)
    np.maximum.at(largest, ids, slopes)
    for index, block in enumerate(blocks):
        if counts[index]:
            block.mean_slope_pct = float(sums[index] / counts[index])
            block.max_slope_pct = float(largest[index])
            block.slope_class = slope_class(profile, block.mean_slope_pct, block.max_slope_pct)
