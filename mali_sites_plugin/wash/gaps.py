"""The parts of a site out of reach of every functional facility, traced on
a grid, with the people of the out-of-reach households inside each part."""
import math
from dataclasses import dataclass

import numpy as np
from rasterio import features
from rasterio.transform import from_origin
from scipy import ndimage
from scipy.spatial import ConvexHull, QhullError
from shapely.geometry import MultiPoint, Point, Polygon, shape
from shapely.prepared import prep
from shapely.ops import unary_union

from .access import measure_access

_MAX_GAP_CELLS = 250_000
# A grid may span at most this many times the cells its area needs (parts far apart get grids of their own).
_SPREAD = 4.0
_MAX_REGIONS = 256  # grids of their own at most


@dataclass
class Gap:
    geometry: object  # shapely Polygon / MultiPolygon
    people: float
    households: int


@dataclass
class Grid:
    """Square cells of ``cell`` metres: row 0 along ``top``, column 0 along ``left``."""
    left: float
    top: float
    cell: float
    rows: int
    columns: int

    @property
    def transform(self):
        return from_origin(self.left, self.top, self.cell, self.cell)

    def inside(self, area, all_touched=False):
        """(rows, columns) mask of the cells the area covers (their centres,
        or every cell it touches)."""
        return features.rasterize([(area, 1)], out_shape=(self.rows, self.columns), transform=self.transform,
                                  fill=0, dtype="uint8", all_touched=all_touched).astype(bool)

    def cell_of(self, xy):
        """(row, column) of the cell holding each point, clipped to the grid."""
        row = np.clip(((self.top - xy[:, 1]) // self.cell).astype(int), 0, self.rows - 1)
        column = np.clip(((xy[:, 0] - self.left) // self.cell).astype(int), 0, self.columns - 1)
        return row, column


def assessment_area(area, shelter_xy):
    """The site polygon, or without one the households' convex hull (a thin
    area around them when they stand on a line or at one point)."""
    if area is not None and not area.is_empty:
        return area
    if len(np.unique(shelter_xy, axis=0)) >= 3:
        try:
            hull = Polygon(shelter_xy[ConvexHull(shelter_xy).vertices])
            if hull.area >= 1.0:
                return hull
        except QhullError:  # all on one line
            pass
    return MultiPoint([tuple(p) for p in shelter_xy]).convex_hull.buffer(1.0)


def area_parts(area):
    """The polygons of an area, one per part."""
    parts = list(getattr(area, "geoms", [area]))
    return [part for part in parts if part.geom_type == "Polygon" and not part.is_empty]


def _extent_area(geometry, floor):
    xmin, ymin, xmax, ymax = geometry.bounds
    return max(xmax - xmin, floor) * max(ymax - ymin, floor)


def regions(area):
    """The pieces of the area that get a grid of their own: the whole area
    when its parts lie close together, else each part (a stray 2 m polygon
    60 km away gets a grid of a few cells, not one spanning 60 km)."""
    parts = area_parts(area)
    if len(parts) <= 1 or len(parts) > _MAX_REGIONS or \
            _extent_area(area, 0.0) <= _SPREAD * sum(_extent_area(p, 0.0) for p in parts):
        return [area]  # (more parts than _MAX_REGIONS: one grid, coarser, still capped by cell_for)
    return parts


def cell_for(area, floor, limit):
    """Cells of at least ``floor`` metres, coarser so the area holds at most
    about ``limit`` cells and the grids over its regions' extents at most
    ``_SPREAD`` times that (memory stays bounded whatever the site)."""
    extents = sum(_extent_area(region, floor) for region in regions(area))
    return max(floor, math.sqrt(area.area / limit), math.sqrt(extents / (_SPREAD * limit)))


def grid_over(region, cell):
    """The grid of ``cell`` metres over a region's extent."""
    xmin, ymin, xmax, ymax = region.bounds
    return Grid(xmin, ymax, cell, max(int(math.ceil((ymax - ymin) / cell)), 1),
                max(int(math.ceil((xmax - xmin) / cell)), 1))


def households_outside(area, shelter_xy):
    """How many households lie outside the site polygon (0 without one)."""
    if area is None or area.is_empty:
        return 0
    site = prep(area)
    return int(sum(not site.intersects(Point(x, y)) for x, y in np.asarray(shelter_xy, dtype=float).tolist()))


def gap_cell_size(area, distance_figures):
    """Cells for tracing gap polygons: a fiftieth of the smallest standard
    distance (1 m for 50 m to a toilet), coarser if the area would need more
    than ~250,000 cells."""
    return cell_for(area, min(figure.value for figure in distance_figures) / 50.0, _MAX_GAP_CELLS)


def _region_of(xy, pieces):
    """Index of the region each point belongs to: the first whose extent
    holds it, else the one whose extent is nearest."""
    best = np.full(len(xy), np.inf)
    owner = np.zeros(len(xy), dtype=int)
    for index, piece in enumerate(pieces):
        xmin, ymin, xmax, ymax = piece.bounds
        away = np.hypot(np.maximum(np.maximum(xmin - xy[:, 0], xy[:, 0] - xmax), 0.0),
                        np.maximum(np.maximum(ymin - xy[:, 1], xy[:, 1] - ymax), 0.0))
        closer = away < best
        best[closer], owner[closer] = away[closer], index
    return owner


def find_gaps(area, cell, shelter_xy, people, facilities, figure, model, access):
    """Parts of ``area`` out of reach of every functional facility, with the
    people of out-of-reach households inside each part.

    Traced on a grid of ``cell`` metres over each region of the area: a cell
    is a gap when its centre is out of reach (the same distance rule as for
    households), and a cell holding an out-of-reach household is always a
    gap, so every such household lies in exactly one gap polygon (a
    household outside the area counts in the gap of the nearest region)."""
    pieces = regions(area)
    owner = _region_of(shelter_xy, pieces)
    gaps = []
    for index, piece in enumerate(pieces):
        mine = owner == index
        gaps += _gaps_in(grid_over(piece, cell), piece, shelter_xy[mine], people[mine], access.within[mine],
                         facilities, figure, model)
    return gaps


def _gaps_in(grid, area, shelter_xy, people, within, facilities, figure, model):
    gap = _out_of_reach_cells(grid, area, facilities, figure, model)
    household_row, household_column = grid.cell_of(shelter_xy)
    served_cells = np.zeros_like(gap)
    served_cells[household_row[within], household_column[within]] = True
    gap &= ~served_cells
    gap[household_row[~within], household_column[~within]] = True
    labels, count = ndimage.label(gap)  # 4-connected, as rasterio traces polygons
    if count == 0:
        return []
    household_label = labels[household_row, household_column]
    unserved = ~within
    gap_people = np.bincount(household_label[unserved], weights=people[unserved], minlength=count + 1)
    gap_households = np.bincount(household_label[unserved], minlength=count + 1)
    gaps = []
    for label, geometry in _label_polygons(grid, labels, gap, area):
        if geometry.is_empty and not gap_households[label]:
            continue
        gaps.append(Gap(geometry, float(gap_people[label]), int(gap_households[label])))
    return gaps


def _out_of_reach_cells(grid, area, facilities, figure, model):
    """Cells of the area whose centre is out of reach."""
    row_index, column_index = np.nonzero(grid.inside(area, all_touched=True))
    centres = np.column_stack([grid.left + (column_index + 0.5) * grid.cell,
                               grid.top - (row_index + 0.5) * grid.cell])
    gap = np.zeros((grid.rows, grid.columns), dtype=bool)
    if len(centres):
        reach = measure_access(centres, facilities, figure, model)
        gap[row_index, column_index] = ~reach.within
    return gap


def _label_polygons(grid, labels, mask, area):
    """(label, polygon within the area) for every label of the grid, in label order."""
    pieces = {}
    for geometry, label in features.shapes(labels.astype("int32"), mask=mask, transform=grid.transform):
        pieces.setdefault(int(label), []).append(shape(geometry))
    return [(label, unary_union(pieces[label]).intersection(area)) for label in sorted(pieces)]
