"""Geometry intake: repair what can be repaired, skip what cannot, count both.

Field data comes with self-intersecting polygons (bow-ties drawn on a phone),
null geometries, empty parts and heights (PolygonZ from a GPS or a KML file,
made planar here). Each algorithm passes its input through
``clean_geometries`` and reports the counts in its log and results.
"""
import numpy as np
from shapely import wkb
from shapely.geometry import GeometryCollection, MultiLineString, MultiPoint, MultiPolygon
from shapely.validation import explain_validity, make_valid

from .intake import IntakeReport

POINT, LINE, POLYGON = "point", "line", "polygon"
_SINGLE_TYPES = {POINT: "Point", LINE: "LineString", POLYGON: "Polygon"}
_MULTI = {POINT: MultiPoint, LINE: MultiLineString, POLYGON: MultiPolygon}


def clean_geometries(geometries, kind, labels=None):
    """Return ``(geometries, report)``: a list as long as the input, holding a
    valid geometry of ``kind`` ('point', 'line', 'polygon') or None for a
    feature that was skipped. ``labels`` name features in messages (ids)."""
    report = IntakeReport()
    cleaned = []
    for index, geometry in enumerate(geometries):
        report.total += 1
        label = labels[index] if labels is not None else index + 1
        if geometry is None or geometry.is_empty:
            report.skipped += 1
            report.messages.append("feature %s: no geometry, skipped" % label)
            cleaned.append(None)
            continue
        if geometry.has_z:  # heights (a GPS's, a KML's) dropped: every plan and measure is planar
            geometry = wkb.loads(wkb.dumps(geometry, output_dimension=2))
        if not geometry.is_valid:
            reason = explain_validity(geometry)
            repaired = _of_kind(make_valid(geometry), kind)
            if repaired is None:
                report.skipped += 1
                report.messages.append("feature %s: invalid (%s) and not repairable, skipped"
                                       % (label, reason))
                cleaned.append(None)
                continue
            report.repaired += 1
            report.messages.append("feature %s: invalid (%s), repaired" % (label, reason))
            geometry = repaired
        else:
            single = _SINGLE_TYPES[kind]  # the usual case without a second emptiness test
            kept = geometry if geometry.geom_type in (single, "Multi" + single) else _of_kind(geometry, kind)
            if kept is None:
                report.skipped += 1
                report.messages.append("feature %s: a %s where a %s was expected, skipped"
                                       % (label, geometry.geom_type, kind))
                cleaned.append(None)
                continue
            geometry = kept
        cleaned.append(geometry)
    return cleaned, report


def _of_kind(geometry, kind):
    """The parts of ``geometry`` of the wanted dimension, or None if there are none."""
    single = _SINGLE_TYPES[kind]
    if geometry.geom_type in (single, "Multi" + single):
        return None if geometry.is_empty else geometry
    if isinstance(geometry, GeometryCollection):
        parts = []
        for part in geometry.geoms:
            if part.geom_type == single:
                parts.append(part)
            elif part.geom_type == "Multi" + single:
                parts.extend(part.geoms)
        parts = [p for p in parts if not p.is_empty]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else _MULTI[kind](parts)
    return None


def point_location(geometry):
    """(x, y) where a feature stands when used as a location: a point where
    it is, a multipoint, line or polygon at its centroid, or at a point on
    its surface when the centroid of a polygon falls outside it."""
    if geometry.geom_type == "Point":
        return geometry.x, geometry.y
    centroid = geometry.centroid
    if geometry.geom_type in ("Polygon", "MultiPolygon") and not geometry.contains(centroid):
        centroid = geometry.representative_point()
    return centroid.x, centroid.y


def point_locations(geometries):
    """(xy array (n, 2), located mask, multipart count) of shapely geometries
    (None or empty: not located, xy 0) by point_location."""
    xy = np.zeros((len(geometries), 2))
    located = np.zeros(len(geometries), dtype=bool)
    multipart = 0
    for index, geometry in enumerate(geometries):
        if geometry is None or geometry.is_empty:
            continue
        multipart += geometry.geom_type.startswith("Multi")
        xy[index] = point_location(geometry)
        located[index] = True
    return xy, located, multipart
