"""The land a site plan may build on, and why the rest is left out.

Buildable land = the site minus a setback ring along its boundary, minus
exclusion polygons (wadis, cemeteries, fields...), minus flood-prone cells
of a hazard raster (depth above the wet threshold) and minus cells of a DEM
steeper than the maximum slope. Rasters are read through a window over the
site only, in their own CRS; the cells that are removed are traced as
polygons (rasterio.features.shapes) and brought into the plan's metric CRS.
"""
import math
from dataclasses import dataclass, field

import numpy as np
import pyproj
import rasterio
from rasterio import features
from rasterio.errors import RasterioIOError
from rasterio.windows import Window
from shapely.geometry import MultiPolygon, Polygon, box, shape
from shapely.ops import transform as shapely_transform
from shapely.ops import unary_union
from shapely.validation import make_valid

from ..common.crs import as_crs, transform_geometry, transformer
from ..common.errors import InputError
from ..common.notes import Note, format_value
from ..common.rasters import refuse_scaled_cells
from ..common.standards import COMPARISONS
from .limits import MAX_RASTER_CELLS
from .plan import EXCLUSION, FLOOD, SETBACK, SLOPE

BUFFER_MARGIN_M = 0.05  # a buffer's chords fall short of its radius; this covers them (method setting)


@dataclass
class SlopeGrid:
    """Slope (%) and elevation (m) of the DEM window over the site, to
    measure the plan (cell sizes in metres: ``cell``, width then height)."""
    slope: np.ndarray
    transform: object
    crs: object
    elevation: np.ndarray = None
    cell: tuple = (1.0, 1.0)


# English wording of the layout's notes, for scripts; the Processing glue words them in the
# report language (processing_algorithms/layout/report.py LayoutNotes; a test keeps the two alike).
NOTE_TEXT = {
    "site_too_small": "Site {0} is too small for {1} people: the plan holds {2} to standard; {3} people "
                      "could not be placed and need another site",
    "water_unresolved": "Site {0}: {1} plot(s) could not be given a water point within the standard "
                        "distance and capacity",
    "tapstand_large": "Site {0}: {1} tapstand(s) have more taps than the {2} per stand asked, to keep to the "
                      "people per tap: no plot they serve is far enough from every latrine block for another "
                      "stand ({3} taps)",
    "no_plot": "Site {0}: no whole plot fits on its {1} m2 of buildable land",
    "hazard_nodata": "HAZARD raster '{0}': {1} % of the site's cells have no data; they are treated as dry",
    "hazard_partial": "HAZARD raster '{0}' covers only {1} % of the site; the rest is treated as dry",
    "dem_nodata": "DEM raster '{0}': {1} % of the site's cells have no data; they are treated as flat enough",
    "dem_partial": "DEM raster '{0}' covers only {1} % of the site; the rest is treated as flat enough",
    "part_gate": "Site {0}: a part of the land cut off from the other entrances fronts the public road; it "
                 "gets an entrance of its own ({1})",
    "far_gate": "Site {0}: households were more than {2} m from every entrance on the side facing the public "
                "road; an entrance on another side ({1}) brings them nearer: give it an access track",
    "part_crossing": "Site {0}: a part of the land cut off by a stream or exclusion is joined to the rest "
                     "by a crossing (culvert, ford or bridge) {1} m long on the primary road",
    "rows_contour": "Site {0}: the buildable land falls {1} % on average toward azimuth {2} degrees, at least "
                    "the ideal minimum slope of {3} %; the plot rows and roads follow the contours, across the "
                    "fall",
    "rows_flat": "Site {0}: the buildable land falls {1} % on average, less than the ideal minimum slope of "
                 "{2} %; the plot rows follow the site's long side",
    "drains_no_dem": "Site {0}: no drains are planned without a DEM: give an elevation model (DEM) to lay "
                     "out drains along the roads and their outfalls",
    "drains_hollow": "Site {0}: {1} drain(s) cannot reach a low point of the boundary without water climbing "
                     "(a hollow or level land): they need a soakaway, regrading or a culvert out of the site",
    "drains_nodata": "Site {0}: {1} road stretch(es) have no DEM data at an end and get no drain: give a DEM "
                     "that covers the whole site",
}


def describe(note):
    """A layout note in English, for scripts (the glue words it in the run's language)."""
    return NOTE_TEXT[note.code].format(*(format_value(v) for v in note.values))


@dataclass
class Land:
    site: object  # the site polygon (metric)
    buildable: object
    removed: dict  # reason -> geometry (pieces do not overlap)
    slope: SlopeGrid = None
    notes: list = field(default_factory=list)  # Note: warnings for the user
    flood: object = None  # the flood-prone land itself near the site (metric), or None

    @property
    def usable_area(self):
        return self.buildable.area


def polygonal(geometry):
    """The polygon parts of ``geometry`` (a valid Polygon, MultiPolygon or
    empty); an invalid result of an overlay or a rotation (rings of raster
    cells touching at a corner, moved by rounding) is repaired."""
    if geometry is None or geometry.is_empty:
        return Polygon()
    if not geometry.is_valid:
        # A ring that touches itself after a rotation: buffer(0) keeps the area it had, where
        # make_valid may turn a hole into a polygon of its own and union it back (the hole filled).
        repaired = geometry.buffer(0)
        if abs(repaired.area - geometry.area) <= 1e-6 * max(geometry.area, 1.0):
            geometry = repaired
        else:
            geometry = make_valid(geometry)
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return Polygon()
    return unary_union(parts)


def polygon_parts(geometry):
    """The polygons of ``geometry`` (see polygonal), one by one."""
    geometry = polygonal(geometry)
    if geometry.is_empty:
        return []
    return list(geometry.geoms) if geometry.geom_type == "MultiPolygon" else [geometry]


def buildable_land(site, setback, exclusions=None, hazard=None, wet_threshold=0.0, dem=None,
                   max_slope=None, slope_figure=None, crs=None, site_label="site", flood_buffer=0.0,
                   flood_reach=0.0):
    """Land for the site ``site`` (metric polygon in ``crs``): flood-prone
    land and ``flood_buffer`` m around it are not built on; the flood-prone
    land within ``flood_reach`` m of the site is kept to measure the plan."""
    if site is None or site.is_empty or site.area <= 0:
        raise InputError("Site %s has an empty or degenerate boundary (no area): fix its geometry",
                         site_label)
    if setback < 0:
        raise InputError("SETBACK must be 0 or more metres, got %g", setback)
    notes = []
    inner = polygonal(site.buffer(-setback)) if setback > 0 else site
    removed = {SETBACK: polygonal(site.difference(inner))}
    land = inner
    if exclusions is not None and not exclusions.is_empty:
        cut = polygonal(land.intersection(exclusions))
        removed[EXCLUSION] = cut
        land = polygonal(land.difference(cut))
    slope_grid, flood = None, None
    if hazard is not None:
        wet, note = raster_cells(hazard, site, crs, lambda values: values > wet_threshold,
                                 "HAZARD", site_label)
        notes += note
        flood = polygonal(wet.intersection(site.buffer(max(flood_reach, flood_buffer) + 1.0)))
        # the union keeps every wet cell even where a buffer of raster-traced rings drops one
        kept_out = unary_union([wet, wet.buffer(flood_buffer + BUFFER_MARGIN_M, 16)]) if flood_buffer > 0 else wet
        cut = polygonal(land.intersection(kept_out))
        removed[FLOOD] = cut
        land = polygonal(land.difference(cut))
    if dem is not None:
        compare = COMPARISONS[slope_figure.comparison if slope_figure is not None else "<="]
        steep, note, slope_grid = steep_cells(dem, site, crs, max_slope, compare, site_label)
        notes += note
        cut = polygonal(land.intersection(steep))
        removed[SLOPE] = cut
        land = polygonal(land.difference(cut))
    return Land(site, land, {k: v for k, v in removed.items() if not v.is_empty}, slope_grid, notes,
                flood if flood is not None and not flood.is_empty else None)


def _open(raster, what):
    label = raster.label or str(raster.path)
    try:
        dataset = rasterio.open(raster.path)
    except (RasterioIOError, OSError) as error:
        raise InputError("%s raster '%s' cannot be read (%s): give a raster file GDAL can open, "
                         "such as a GeoTIFF", what, label, error) from None
    if not 1 <= int(raster.band) <= dataset.count:
        dataset.close()
        raise InputError("%s raster '%s' has %d band(s): band %d does not exist",
                         what, label, dataset.count, raster.band)
    try:
        refuse_scaled_cells(label, dataset.scales[int(raster.band) - 1], dataset.offsets[int(raster.band) - 1])
    except InputError:
        dataset.close()
        raise
    crs = raster.crs
    if crs is None:
        if dataset.crs is None or not dataset.crs.to_wkt():
            dataset.close()
            raise InputError(
                "%s raster '%s' has no coordinate reference system, so it cannot be placed under "
                "the site. Assign its CRS (Raster > Projections > Assign Projection) and run again.",
                what, label)
        crs = pyproj.CRS.from_wkt(dataset.crs.to_wkt())
    return dataset, as_crs(crs), label


def _window(dataset, geometry, margin=0):
    """The window of ``dataset`` covering ``geometry`` (in the raster's CRS)
    plus ``margin`` cells, clipped to the raster; None when they do not overlap."""
    xmin, ymin, xmax, ymax = geometry.bounds
    inverse = ~dataset.transform
    corners = [inverse * (x, y) for x in (xmin, xmax) for y in (ymin, ymax)]
    cols = [c for c, _ in corners]
    rows = [r for _, r in corners]
    col0 = max(int(math.floor(min(cols))) - margin, 0)
    row0 = max(int(math.floor(min(rows))) - margin, 0)
    col1 = min(int(math.ceil(max(cols))) + margin, dataset.width)
    row1 = min(int(math.ceil(max(rows))) + margin, dataset.height)
    if col1 <= col0 or row1 <= row0:
        return None
    return Window(col0, row0, col1 - col0, row1 - row0)


def _read(dataset, band, window, what, label, site_label):
    """(values as float64 with nan where not valid) of the window;
    InputError beyond MAX_RASTER_CELLS."""
    cells = int(window.width) * int(window.height)
    if cells > MAX_RASTER_CELLS:
        raise InputError(
            "%s raster '%s' has %s cells under site %s, more than the %s one plan reads (about 1 GB "
            "of working arrays): resample it to coarser cells (Raster > Projections > Warp, e.g. 2 m "
            "or more) or clip it to the site, then run again", what, label, "{:,}".format(cells),
            site_label, "{:,}".format(MAX_RASTER_CELLS))
    data = dataset.read(band, window=window, masked=True).astype("float64")
    return data.filled(np.nan)


def _bounds(dataset):
    left, bottom, right, top = dataset.bounds
    return min(left, right), min(bottom, top), max(left, right), max(bottom, top)


def _site_in_raster(dataset, site, crs, raster_crs, what, label):
    site_raster = transform_geometry(site, crs, raster_crs)
    window = _window(dataset, site_raster)
    if window is None or not site_raster.intersects(box(*_bounds(dataset))):
        raise InputError("%s raster '%s' does not overlap the site: check that it covers the site "
                         "and that its CRS is right", what, label)
    return site_raster, window


def _polygons(mask, transform, raster_crs, crs):
    if not mask.any():
        return Polygon()
    pieces = [shape(geometry) for geometry, _ in
              features.shapes(mask.astype("uint8"), mask=mask, transform=transform)]
    return polygonal(transform_geometry(unary_union(pieces), raster_crs, crs))


def _nodata_note(values, site_raster, transform, code, label):
    inside = features.rasterize([(site_raster, 1)], out_shape=values.shape, transform=transform,
                                fill=0, dtype="uint8").astype(bool)
    unknown = int((inside & np.isnan(values)).sum())
    if unknown and inside.any():
        return [Note(code, (label, round(100.0 * unknown / inside.sum(), 1)))]
    return []


def raster_cells(raster, site, crs, predicate, what, site_label="site"):
    """(polygons in ``crs`` of the cells over the site where
    ``predicate(values)`` holds, notes)."""
    dataset, raster_crs, label = _open(raster, what)
    with dataset:
        site_raster, window = _site_in_raster(dataset, site, crs, raster_crs, what, label)
        values = _read(dataset, raster.band, window, what, label, site_label)
        transform = dataset.window_transform(window)
        notes = _coverage_note(dataset, site_raster, label, "hazard_partial")
        notes += _nodata_note(values, site_raster, transform, "hazard_nodata", label)
        with np.errstate(invalid="ignore"):
            mask = np.isfinite(values) & predicate(values)
        return _polygons(mask, transform, raster_crs, crs), notes


def _coverage_note(dataset, site_raster, label, code):
    outside = site_raster.difference(box(*_bounds(dataset))).area
    if site_raster.area > 0 and outside / site_raster.area > 1e-6:
        return [Note(code, (label, round(100.0 * (1.0 - outside / site_raster.area), 1)))]
    return []


def cell_size_m(dataset_transform, raster_crs, window_transform, shape_):
    """(width, height) of one cell in metres near the window's centre."""
    if raster_crs.is_geographic:
        centre_x, centre_y = window_transform * (shape_[1] / 2.0, shape_[0] / 2.0)
        geod = raster_crs.get_geod() or pyproj.Geod(ellps="WGS84")
        _, _, width = geod.inv(centre_x, centre_y, centre_x + abs(window_transform.a), centre_y)
        _, _, height = geod.inv(centre_x, centre_y, centre_x, centre_y + abs(window_transform.e))
        return abs(width), abs(height)
    factor = raster_crs.axis_info[0].unit_conversion_factor if raster_crs.axis_info else 1.0
    return abs(window_transform.a) * factor, abs(window_transform.e) * factor


def slope_percent(elevation, cell_width, cell_height):
    """Slope in % (rise over run x 100) by central differences (one-sided at
    the edges); nan where an elevation is missing."""
    if elevation.shape[0] < 2 or elevation.shape[1] < 2:
        return np.full(elevation.shape, np.nan)
    d_row, d_col = np.gradient(elevation, cell_height, cell_width)
    return 100.0 * np.hypot(d_row, d_col)


def steep_cells(dem, site, crs, max_slope, compare, site_label):
    """(polygons in ``crs`` of DEM cells over the site steeper than
    ``max_slope`` %, notes, SlopeGrid)."""
    dataset, raster_crs, label = _open(dem, "DEM")
    with dataset:
        site_raster, window = _site_in_raster(dataset, site, crs, raster_crs, "DEM", label)
        window = _window(dataset, site_raster, margin=1)
        values = _read(dataset, dem.band, window, "DEM", label, site_label)
        transform = dataset.window_transform(window)
        width, height = cell_size_m(dataset.transform, raster_crs, transform, values.shape)
        slope = slope_percent(values, width, height)
        notes = _coverage_note(dataset, site_raster, label, "dem_partial")
        notes += _nodata_note(slope, site_raster, transform, "dem_nodata", label)
        with np.errstate(invalid="ignore"):
            steep = np.isfinite(slope) & ~compare(slope, max_slope)
        return (_polygons(steep, transform, raster_crs, crs), notes,
                SlopeGrid(slope, transform, raster_crs, values, (width, height)))


def cells_under(slope_grid, polygons, crs, values=None):
    """The DEM cells of ``slope_grid`` whose centre lies in ``polygons``
    (metric, in ``crs``): a boolean mask, or with ``values`` (an int per
    polygon, above 0) the value of the polygon each cell is in, 0 for none."""
    project = transformer(crs, slope_grid.crs).transform
    burn = values if values is not None else [1] * len(polygons)
    shapes_ = [(shapely_transform(project, p), v) for p, v in zip(polygons, burn)]
    burnt = features.rasterize(shapes_, out_shape=slope_grid.slope.shape, transform=slope_grid.transform,
                               fill=0, dtype="int32")
    return burnt.astype(bool) if values is None else burnt


def max_slope_under(slope_grid, polygons, crs):
    """Largest slope (%) of the DEM cells whose centre lies in ``polygons``
    (metric, in ``crs``); nan when none does."""
    if slope_grid is None or not polygons:
        return math.nan
    inside = cells_under(slope_grid, polygons, crs)
    values = slope_grid.slope[inside & np.isfinite(slope_grid.slope)]
    return float(values.max()) if len(values) else math.nan


def as_multipolygon(geometry):
    geometry = polygonal(geometry)
    if geometry.is_empty:
        return MultiPolygon()
    return geometry if geometry.geom_type == "MultiPolygon" else MultiPolygon([geometry])
