"""What every API function does with its GeoDataFrames: check them (InputError
naming the frame, the column or the geometry type), read their geometries and
columns as the core takes them, and build the output frames from the core's
columns (common.columns.Column) in the input's CRS."""
import geopandas as gpd
import numpy as np
import pandas as pd

from ..common import crs as core_crs
from ..common.errors import InputError
from ..common.geometry import clean_geometries
from ..common.standards import load_profile

_KIND_TYPES = {"point": ("Point", "MultiPoint"), "line": ("LineString", "MultiLineString"),
               "polygon": ("Polygon", "MultiPolygon")}
_DTYPES = {"int": "Int64", "double": "float64", "bool": "boolean", "string": object}


def require_frame(frame, label, kinds, columns=()):
    """``frame`` checked: a GeoDataFrame with rows, a CRS, the ``columns``
    named (None skipped) and only geometries of ``kinds`` ('point', 'line',
    'polygon'; empty geometries are allowed and skipped later)."""
    if not isinstance(frame, gpd.GeoDataFrame):
        raise InputError("%s must be a GeoDataFrame, got %s", label, type(frame).__name__)
    if frame.empty:
        raise InputError("%s is empty: give at least one feature", label)
    if frame.crs is None:
        raise InputError("%s has no CRS: set it with frame.set_crs('EPSG:4326') (or its own "
                         "CRS) and call again", label)
    for column in columns:
        if column is not None and column not in frame.columns:
            raise InputError("%s has no column '%s'; its columns are: %s", label, column,
                             ", ".join(str(c) for c in frame.columns))
    allowed = [name for kind in kinds for name in _KIND_TYPES[kind]]
    types = set(frame.geometry.dropna().geom_type.unique()) - set(allowed) - {"GeometryCollection"}
    if types:
        raise InputError("%s holds %s geometries where %s are expected", label, ", ".join(sorted(types)),
                         " or ".join(kinds))
    return frame


def standards_profile(profile):
    """A StandardsProfile as it is, or loaded from its id ('sphere_2018', 'unhcr') or a .json path."""
    return profile if hasattr(profile, "figure") else load_profile(profile)


def metric_crs_of(frame, label):
    """The CRS the core measures ``frame`` in: its own if projected in metres
    with little scale error, else the UTM zone of the centre of its extent."""
    bounds = frame.total_bounds
    if not np.all(np.isfinite(bounds)):
        raise InputError("%s has no feature with a location; a UTM zone cannot be chosen", label)
    return core_crs.metric_crs(frame.crs, bounds)


def geometries_in(frame, kind, crs=None):
    """The frame's geometries repaired or None (skipped) by clean_geometries,
    then reprojected to ``crs`` (the frame's own CRS when None)."""
    geometries, _ = clean_geometries(list(frame.geometry), kind, labels=list(frame.index))
    if crs is None:
        return geometries
    return [None if g is None else core_crs.transform_geometry(g, frame.crs, crs) for g in geometries]


def values(frame, column):
    """A column's values as Python objects, None for missing ones; all None without a column."""
    if column is None:
        return [None] * len(frame)
    return [None if _missing(value) else value for value in frame[column].tolist()]


def _missing(value):
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array in a cell
        return False


def with_columns(frame, columns):
    """A copy of ``frame`` with the core's ``columns`` added; an input column
    named like one of them (case-insensitive: an earlier output) is replaced,
    as the Processing outputs do."""
    names = {column.name.lower() for column in columns}
    geometry = frame.geometry.name
    kept = [c for c in frame.columns if c == geometry or str(c).lower() not in names]
    result = frame[kept].copy()
    for column in columns:
        result[column.name] = _series(column, frame.index)
    return result


def table(columns, index=None):
    """A DataFrame of the core's ``columns``, typed by their kinds (Int64,
    float64, boolean, object: empty values are <NA> or NaN)."""
    return pd.DataFrame({column.name: _series(column, index) for column in columns},
                        columns=[column.name for column in columns], index=index)


def new_frame(columns, geometries, crs, first=None):
    """A GeoDataFrame of the core's ``columns`` and shapely ``geometries`` in
    ``crs``, after the columns of the DataFrame ``first`` (one row per geometry)."""
    data = table(columns)
    if first is not None:
        data = pd.concat([first.reset_index(drop=True), data], axis=1)
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geometries), crs=crs), crs=crs)


def _series(column, index):
    return pd.Series(column.values, index=index, dtype=_DTYPES[column.kind])


def back_to(geometries, metric, crs):
    """Shapely geometries from the metric CRS back to the input ``crs`` (None kept)."""
    return [None if g is None else core_crs.transform_geometry(g, metric, crs) for g in geometries]
