"""Is a site in Mali? Its coordinates against Mali's outline.

The outline is resources/boundaries/mali.geojson (Natural Earth through
QGIS's world_map.gpkg; its source, licence, date and border tolerance are
in the file and in the README beside it). A point inside the outline, or
outside it by at most the tolerance, is in Mali; for any other point the
distance from the border is measured (geodesic, WGS 84) so that the
rejection can say where the point is.

The test is a prepared shapely geometry (shapely 1.8 and 2 alike, one code
path): about 12 microseconds per point, so a 5,000-row list costs 0.06 s;
distances (about 65 microseconds each) are only measured for points outside
the outline (and, for the swapped-coordinates test, only near it). shapely and pyproj are imported when an outline is loaded,
numpy when it is first used: not when the plugin loads (the help reads the outline's properties).
"""
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..common.lazy import lazy_module
from ..common.resources import resource_dir

np = lazy_module("numpy")

MALI_OUTLINE = resource_dir("boundaries") / "mali.geojson"


@dataclass(frozen=True)
class Placement:
    """Where a point lies: ``inside`` the outline or within the tolerance
    (``outside_km`` > 0 then), else ``outside_km`` from the border."""
    inside: bool
    outside_km: float  # 0 inside the outline; else geodesic distance to its border (None: not measured)


class Outline:
    def __init__(self, geometry, tolerance_km, source, path):
        import pyproj
        from shapely.geometry import Point
        from shapely.prepared import prep
        self.geometry = geometry
        self.tolerance_km = float(tolerance_km)
        self.source = source
        self.path = Path(path)
        self._prepared = prep(geometry)
        self._bounds = geometry.bounds
        # Beyond this box a point is farther out than the tolerance (a degree of
        # latitude is at least 110.5 km; a degree of longitude at least 111.3 km
        # times the cosine of the box's highest latitude).
        xmin, ymin, xmax, ymax = self._bounds
        margin = self.tolerance_km / 110.5
        across = self.tolerance_km / (111.3 * math.cos(math.radians(max(abs(ymin), abs(ymax)) + margin)))
        self._near = (xmin - across, ymin - margin, xmax + across, ymax + margin)
        self._segments = _segments(geometry)
        self._geod = pyproj.Geod(ellps="WGS84")
        self._point = Point

    def place(self, lon, lat, measure=True):
        """The Placement of (lon, lat) in degrees; ``measure`` False: the
        distance of a point far outside is not measured (None)."""
        xmin, ymin, xmax, ymax = self._bounds
        if xmin <= lon <= xmax and ymin <= lat <= ymax and self._prepared.intersects(self._point(lon, lat)):
            return Placement(True, 0.0)
        xmin, ymin, xmax, ymax = self._near
        if not measure and not (xmin <= lon <= xmax and ymin <= lat <= ymax):
            return Placement(False, None)
        distance = self.distance_km(lon, lat)
        return Placement(distance <= self.tolerance_km, distance)

    def distance_km(self, lon, lat):
        """Geodesic distance in km from (lon, lat) to the border: the nearest
        point of the border is found in a plane centred on the point (east
        scaled by the cosine of its latitude), then measured on the ellipsoid."""
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            return math.inf
        scale = math.cos(math.radians(lat))
        x0, y0, x1, y1 = ((self._segments[:, 0] - lon) * scale, self._segments[:, 1] - lat,
                          (self._segments[:, 2] - lon) * scale, self._segments[:, 3] - lat)
        dx, dy = x1 - x0, y1 - y0
        length2 = np.where(dx * dx + dy * dy > 0, dx * dx + dy * dy, 1.0)
        t = np.clip(-(x0 * dx + y0 * dy) / length2, 0.0, 1.0)
        nearest = int(np.argmin((x0 + t * dx) ** 2 + (y0 + t * dy) ** 2))
        segment, share = self._segments[nearest], t[nearest]
        near_lon = segment[0] + share * (segment[2] - segment[0])
        near_lat = segment[1] + share * (segment[3] - segment[1])
        return self._geod.inv(lon, lat, near_lon, near_lat)[2] / 1000.0


def _segments(geometry):
    """(n, 4) array of the border's segments: lon0, lat0, lon1, lat1."""
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            coordinates = np.asarray(ring.coords)[:, :2]
            parts.append(np.hstack([coordinates[:-1], coordinates[1:]]))
    return np.vstack(parts)


def _feature(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))["features"][0]


def outline_properties(path=MALI_OUTLINE):
    """The outline's properties (source, licence, border_tolerance_km ...), read without shapely."""
    return _feature(path)["properties"]


@lru_cache(maxsize=4)
def load_outline(path=MALI_OUTLINE):
    """The Outline in ``path`` (a GeoJSON FeatureCollection of one feature
    whose properties give ``border_tolerance_km`` and ``source``)."""
    from shapely.geometry import shape
    feature = _feature(path)
    properties = feature["properties"]
    return Outline(shape(feature["geometry"]), properties["border_tolerance_km"], properties["source"], path)
