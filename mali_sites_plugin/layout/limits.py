"""What one run of the site layout takes on, and the checks of the site
list as a whole made before any site is planned.

Limits: beyond them an input is almost certainly wrong (a boundary drawn
in the wrong units, a population with extra zeros) and the plan would run
for hours or run out of memory, so the site is refused with the figure and
its reason rather than planned. Each limit is a setting of the method (not
a standard figure), named here with its reason.
"""
import math

import numpy as np

from ..common import crs as core_crs
from ..common.errors import InputError

# The largest camp on record, Kutupalong-Balukhali (Bangladesh), covers about
# 13 km2 for about 630,000 people (UNHCR, 2018). A site boundary twice that
# size is a boundary to check; the plan's work grows faster than its area
# (measured on one core here: 9 km2 28 s and 205 MB, 16 km2 47 s and 297 MB; a
# 2,000 km2 site ran out of memory after 86 s).
MAX_SITE_AREA_KM2 = 25.0
MAX_SITE_AREA_REASON = "about twice the largest camp on record (Kutupalong-Balukhali, about 13 km2)"

# People to place on one site: above the largest camp on record (about
# 630,000 people); a figure above it is a typing or unit error.
MAX_SITE_PEOPLE = 1000000
MAX_SITE_PEOPLE_REASON = "above the largest camp on record (Kutupalong-Balukhali, about 630,000 people)"

# Plot cells the grid of one site may test across the site's extent: the
# extent of a 25 km2 square holds about 180,000 cells of the standard's plot
# size (about 12 m); more means plots far smaller than the standard's or a
# site whose parts lie far apart (a stray polygon).
MAX_GRID_PLOTS = 600000

# Raster cells read under one site (flood depth, DEM): about 1 GB of working
# arrays; a finer raster over a large site must be resampled first.
MAX_RASTER_CELLS = 30000000

# Overlaps smaller than this are digitising slivers along a shared boundary
# (less than one 5-person shelter of 17.5 m2), not land planned twice.
OVERLAP_TOLERANCE_M2 = 10.0


def check_site_size(label, area_m2, people):
    """InputError when a site's area (m2) or its people pass the limits."""
    if area_m2 > MAX_SITE_AREA_KM2 * 1e6:
        raise InputError(
            "Site %s covers %s km2, more than the %s km2 one plan takes on (%s): check that its "
            "boundary is right (units, a stray vertex) or split it into sites, then run again",
            label, _figure(area_m2 / 1e6), _figure(MAX_SITE_AREA_KM2), MAX_SITE_AREA_REASON)
    if people > MAX_SITE_PEOPLE:
        raise InputError(
            "Site %s: a population of %s is more than the %s people one site takes (%s): check the "
            "POPULATION value or the population field, then run again",
            label, _figure(people), _figure(MAX_SITE_PEOPLE), MAX_SITE_PEOPLE_REASON)


def check_unique(labels, id_name="site id"):
    """InputError naming the first site id given to more than one site:
    every output row carries the site id, so each site needs its own."""
    seen = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    repeated = [(label, count) for label, count in seen.items() if count > 1]
    if repeated:
        label, count = repeated[0]
        raise InputError(
            "%s: the id %s is given to %d sites (%d id(s) repeated in all): every output row carries "
            "the site id, so each site needs its own. Give the sites unique ids or choose another "
            "field, then run again", id_name, label, count, len(repeated))


def check_overlaps(labels, geometries, crs):
    """InputError for the first two sites (polygons in ``crs``) whose
    overlap is larger than OVERLAP_TOLERANCE_M2: the same land would be
    planned twice. The area is measured in the metric CRS of the overlap."""
    if len(geometries) < 2:
        return
    bounds = np.array([g.bounds for g in geometries], dtype=float)
    pairs = []
    for i in range(len(geometries) - 1):
        later = np.arange(i + 1, len(geometries))
        near = later[(bounds[later, 0] <= bounds[i, 2]) & (bounds[later, 2] >= bounds[i, 0])
                     & (bounds[later, 1] <= bounds[i, 3]) & (bounds[later, 3] >= bounds[i, 1])]
        for j in near.tolist():
            area = _overlap_m2(geometries[i], geometries[j], crs)
            if area > OVERLAP_TOLERANCE_M2:
                pairs.append((i, j, area))
    if pairs:
        i, j, area = pairs[0]
        smaller = min(_area_m2(geometries[i], crs), _area_m2(geometries[j], crs))
        raise InputError(
            "Sites %s and %s overlap on %s m2 (%s %% of the smaller one; %d overlapping pair(s) in "
            "all): the same land cannot be planned twice. Correct the boundaries so the sites do not "
            "overlap, or merge the two into one site feature with their combined population, then "
            "run again", labels[i], labels[j], _figure(area), _figure(100.0 * area / smaller),
            len(pairs))


def _overlap_m2(first, second, crs):
    if not first.intersects(second):
        return 0.0
    return _area_m2(first.intersection(second), crs)


def _area_m2(geometry, crs):
    if geometry.is_empty:
        return 0.0
    metric = core_crs.metric_crs(crs, geometry.bounds)
    return core_crs.transform_geometry(geometry, crs, metric).area


def _figure(value):
    """A figure for a message: whole above 100, three significant digits below."""
    if not math.isfinite(value):
        return str(value)
    return "{:,.0f}".format(value) if abs(value) >= 100 else "%.3g" % value
