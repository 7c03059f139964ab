"""The layers shown on a printed site map read into plain arrays for the
core's per-site totals (mali_sites_plugin.mapping.figures): which site each
feature falls in, and the fields each kind of layer carries."""
import numpy as np

from ...mali_sites_plugin.common.vocabulary import functional_flags, yes_no_flags
from ...mali_sites_plugin.mapping.figures import (HOUSEHOLD_FIELDS, PEOPLE_FIELDS, FloodColumns, SiteFigures,
                                                  find_field)
from ...mali_sites_plugin.mapping.site_summary import site_of_points
from ..common.output_roles import KIND_OF_ROLE, role_of
from ..common.qgis_io import as_number, attribute_values, point_locations, transform_xy


def site_figures(site_features, site_fields, polygons, crs, layers):
    """SiteFigures of the sites (features, their field names and their
    polygons in ``crs``) from the site fields and every layer whose role the
    map knows."""
    figures = SiteFigures.of_polygons(polygons, _site_values(site_features, site_fields, HOUSEHOLD_FIELDS),
                                      _site_values(site_features, site_fields, PEOPLE_FIELDS))
    for layer in layers:
        role = role_of(layer)
        if role is None or layer.type() != layer.VectorLayer:
            continue
        features = list(layer.getFeatures())
        site = sites_of(features, layer, polygons, crs)
        if role == "flood_sites":
            figures.add_flood(site, _flood_columns(features, layer.fields().names()))
        elif role == "layout_plots":
            figures.add_plan_plots(site, attribute_values(features, "use"), _numbers(features, "people", 0.0),
                                   _numbers(features, "households", 0.0))
        elif role == "layout_facilities":
            names = layer.fields().names()
            figures.add_plan_facilities(site, attribute_values(features, "kind"), _numbers(features, "cubicles", 0.0),
                                        _numbers(features, "taps", 1.0) if "taps" in names else None,
                                        attribute_values(features, "block") if "block" in names else None)
        elif role in KIND_OF_ROLE:
            _add_kind(figures, role, site, features, {name.lower(): name for name in layer.fields().names()})
    return figures


def _add_kind(figures, role, site, features, fields):
    """Shelters, water points or latrines: a WASH coverage output or a raw
    layer (fields: actual field name by lower-case name)."""
    kind = KIND_OF_ROLE[role]
    if role == "wash_shelters":
        figures.add_shelters(site, _numbers(features, "people", 0.0), _flags(features, fields.get("wp_ok")),
                             _flags(features, fields.get("lat_ok")))
    elif kind == "shelters":
        figures.add_shelters(site)
    elif kind == "water_points":
        audited = role == "wash_water_points"
        figures.add_water_points(site, _functional(features, fields),
                                 _flags(features, "overloaded") if audited else None,
                                 [feature["wp_type"] for feature in features] if audited else None)
    else:
        cubicles = _numbers(features, fields["cubicles"], 1.0) if "cubicles" in fields else None
        figures.add_latrines(site, cubicles, _functional(features, fields))


def _functional(features, fields):
    """The functional status of facilities (common.vocabulary), None without the field."""
    if "functional" not in fields:
        return None
    return functional_flags(attribute_values(features, fields["functional"]))[0]


def sites_of(features, layer, polygons, crs):
    """The site index of each feature (-1 outside every site or without a location)."""
    xy, located, _ = point_locations(features)
    site = site_of_points(polygons, transform_xy(xy, layer.crs(), crs))
    site[~located] = -1
    return site


def _site_values(features, names, candidates):
    """A number per site from the first of the candidate fields it has (0 where empty), or None."""
    name = find_field(names, candidates)
    return None if name is None else _numbers(features, name, 0.0)


def _flood_columns(features, names):
    """{scenario: FloodColumns} of a flood exposure output (fields wet_pct_<scenario>...)."""
    columns = {}
    for key in (name[len("wet_pct_"):] for name in names if name.startswith("wet_pct_")):
        exposed, hazard = "exposed_people_" + key, "hazard_class_" + key
        columns[key] = FloodColumns(
            _numbers(features, "wet_pct_" + key, np.nan),
            _numbers(features, exposed, np.nan) if exposed in names else np.full(len(features), np.nan),
            attribute_values(features, hazard) if hazard in names else [None] * len(features))
    return columns


def _numbers(features, name, default):
    return np.array([as_number(value, default) for value in attribute_values(features, name)], dtype=float)


def _flags(features, name):
    """A yes/no field of our own outputs as booleans, read as common.vocabulary
    reads them (True/1/'true' yes, False/0/'false' and NULL no); None without the field."""
    if name is None:
        return None
    return yes_no_flags(attribute_values(features, name))[0]
