"""Coordinate reference systems: metric work happens in a projected CRS.

Geographic input (EPSG:4326, ...) is projected to the UTM zone of the data's
centroid (Mali spans zones 29N-31N: EPSG:32629, 32630, 32631); input already
in a projected CRS with metre units is used as it is.
"""
import math
import os
from functools import lru_cache

import numpy as np
import pyproj
from pyproj.exceptions import DataDirError
from shapely.ops import transform as _shapely_transform


def _ensure_proj_data():
    # Backstop for when pyproj was imported before this package could set
    # PROJ_DATA (see __init__.py): point it at the system's PROJ database.
    try:
        pyproj.datadir.get_data_dir()
    except DataDirError:
        for candidate in ("/usr/share/proj", "/usr/local/share/proj"):
            if os.path.exists(os.path.join(candidate, "proj.db")):
                pyproj.datadir.set_data_dir(candidate)
                return


_ensure_proj_data()

WGS84 = "EPSG:4326"


def utm_epsg(lon, lat):
    """EPSG code of the WGS 84 / UTM zone holding (lon, lat): 326zz north, 327zz south."""
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise ValueError("(%r, %r) is not a longitude/latitude pair" % (lon, lat))
    zone = min(int(math.floor((lon + 180.0) / 6.0)) + 1, 60)
    return (32600 if lat >= 0 else 32700) + zone


def as_crs(crs):
    return crs if isinstance(crs, pyproj.CRS) else pyproj.CRS.from_user_input(crs)


# A projected CRS is measured in as it is only where its scale error is below
# this (UTM within its own zone: at most 0.093 % at Mali's latitudes); Web
# Mercator is 3.5 % off there, one UTM zone for all of Mali 1.1 % at its ends.
MAX_SCALE_ERROR = 0.001


def is_metric(crs, lonlat=None):
    """True for a projected CRS in metres; with ``lonlat``, also true only
    when its scale error there is below MAX_SCALE_ERROR."""
    crs = as_crs(crs)
    if not crs.is_projected:
        return False
    if not all((axis.unit_name or "").lower() in ("metre", "meter", "m") for axis in crs.axis_info):
        return False
    if lonlat is None:
        return True
    return bool(np.all(_scale_error(crs, *lonlat) < MAX_SCALE_ERROR))


def _scale_error(crs, lon, lat):
    factors = pyproj.Proj(crs).get_factors(lon, lat)
    return np.maximum(np.abs(np.asarray(factors.meridional_scale) - 1.0),
                      np.abs(np.asarray(factors.parallel_scale) - 1.0))


def metric_crs(crs, bounds):
    """The CRS to measure in for data in ``crs`` within ``bounds`` (xmin,
    ymin, xmax, ymax): ``crs`` itself when it is a projected CRS in metres
    with little scale error there, else the UTM zone of the centre."""
    crs = as_crs(crs)
    xmin, ymin, xmax, ymax = bounds
    to_lonlat = pyproj.Transformer.from_crs(crs, WGS84, always_xy=True)
    lon, lat = to_lonlat.transform((xmin + xmax) / 2.0, (ymin + ymax) / 2.0)
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError("the centre of the extent %r cannot be located on Earth" % (bounds,))
    if is_metric(crs, (lon, lat)):
        return crs
    return pyproj.CRS.from_epsg(utm_epsg(lon, lat))


def measurement_groups(crs, xy):
    """Where to measure features located at ``xy`` ((n, 2) coordinates in
    ``crs``, one point per feature: a centroid): [(metric CRS, indices of
    the features measured in it)]. ``crs`` itself when it is metric with
    little scale error at every feature; else each feature in the UTM zone
    holding it, so a national layer is measured to 0.1 % at every longitude
    (not in one zone, 1.1 % off at Mali's ends)."""
    crs = as_crs(crs)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    lon, lat = transform_xy(xy, crs, WGS84).T if len(xy) else (np.empty(0), np.empty(0))
    if not (np.isfinite(lon).all() and np.isfinite(lat).all()):
        raise ValueError("some features cannot be located on Earth")
    if len(xy) and is_metric(crs, (lon, lat)):
        return [(crs, np.arange(len(xy)))]
    zones = np.array([utm_epsg(x, y) for x, y in zip(lon, lat)], dtype=int)
    return [(pyproj.CRS.from_epsg(int(zone)), np.flatnonzero(zones == zone)) for zone in np.unique(zones)]


def transformer(source_crs, target_crs):
    return _transformer(as_crs(source_crs).to_wkt(), as_crs(target_crs).to_wkt())


@lru_cache(maxsize=64)
def _transformer(source_wkt, target_wkt):
    # Building a transformer costs milliseconds: loops reuse one per CRS pair.
    return pyproj.Transformer.from_crs(pyproj.CRS.from_wkt(source_wkt), pyproj.CRS.from_wkt(target_wkt),
                                       always_xy=True)


def transform_xy(xy, source_crs, target_crs):
    """Coordinates (n, 2) from one CRS to another, vectorised."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) == 0 or as_crs(source_crs) == as_crs(target_crs):
        return xy
    x, y = transformer(source_crs, target_crs).transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def transform_geometry(geometry, source_crs, target_crs):
    """The shapely ``geometry`` reprojected; the same object when the CRSs are equal."""
    if as_crs(source_crs) == as_crs(target_crs):
        return geometry
    return _shapely_transform(transformer(source_crs, target_crs).transform, geometry)
