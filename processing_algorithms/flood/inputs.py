"""What the flood exposure reads from its input layers, beyond qgis_io."""
from ...mali_sites_plugin import flood as flood_core  # its modules are imported at run time
from ..common import compat

_KINDS = {compat.POINT_GEOMETRY: "point", compat.LINE_GEOMETRY: "line", compat.POLYGON_GEOMETRY: "polygon"}


def geometry_kinds(geometries):
    """{'point' | 'line' | 'polygon' | 'other': count} of a layer's geometries
    (QgsGeometry; a layer's declared type is not enough: QGIS may declare a
    GeoPackage layer of mixed 'GEOMETRY' type as its first feature's type)."""
    counts = {}
    for geometry in geometries:
        if geometry.isNull() or geometry.isEmpty():
            continue
        kind = _KINDS.get(compat.geometry_type(geometry.wkbType()), "other")
        counts[kind] = counts.get(kind, 0) + 1
    return counts


class KindOf:
    """The one geometry kind a layer's features hold (flood.geometry.layer_kind),
    as read_geometries asks for it; ``kind`` holds the answer once read."""

    def __init__(self, layer, allowed, parameter):
        self.layer, self.allowed, self.parameter = layer, allowed, parameter
        self.kind = None

    def __call__(self, geometries):
        self.kind = flood_core.layer_kind(geometry_kinds(geometries), self.layer, self.allowed, self.parameter)
        return self.kind
