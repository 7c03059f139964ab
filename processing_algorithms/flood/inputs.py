"""What the flood exposure reads from its input layers, beyond qgis_io."""
from qgis.core import QgsFeatureRequest

from ..common import compat

_KINDS = {compat.POINT_GEOMETRY: "point", compat.LINE_GEOMETRY: "line", compat.POLYGON_GEOMETRY: "polygon"}


def geometry_kinds(source, context=None):
    """{'point' | 'line' | 'polygon': feature count} of a feature source: its
    declared geometry type when it has one (the provider holds it to it),
    else (a layer of mixed 'Geometry' type) its features counted one by one."""
    declared = _KINDS.get(compat.geometry_type(source.wkbType()))
    if declared is not None:
        return {declared: max(int(source.featureCount()), 1)}
    counts = {}
    request = QgsFeatureRequest().setNoAttributes()
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        kind = _KINDS.get(compat.geometry_type(geometry.wkbType()), "other")
        counts[kind] = counts.get(kind, 0) + 1
    return counts
