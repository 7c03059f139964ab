"""The plan's local frame: the metric CRS turned about the site's centroid so
that plot rows run along x; and the site seen in it."""
import math
from dataclasses import dataclass

import numpy as np
from shapely import affinity

from .land import polygonal


class Frame:
    """Rotation between the metric CRS and the plan's local frame (rows along x)."""

    def __init__(self, origin, angle_rad):
        self.origin = origin
        self.angle = angle_rad
        self.cos, self.sin = math.cos(angle_rad), math.sin(angle_rad)

    def to_local(self, geometry):
        return affinity.rotate(geometry, -self.angle, origin=self.origin, use_radians=True)

    def to_metric(self, geometry):
        return affinity.rotate(geometry, self.angle, origin=self.origin, use_radians=True)

    def points_to_metric(self, xy):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        dx, dy = xy[:, 0] - self.origin[0], xy[:, 1] - self.origin[1]
        return np.column_stack([self.origin[0] + dx * self.cos - dy * self.sin,
                                self.origin[1] + dx * self.sin + dy * self.cos])

    def points_to_local(self, xy):
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        dx, dy = xy[:, 0] - self.origin[0], xy[:, 1] - self.origin[1]
        return np.column_stack([self.origin[0] + dx * self.cos + dy * self.sin,
                                self.origin[1] - dx * self.sin + dy * self.cos])

    def box_corners(self, x0, y0, x1, y1):
        """Corners (n, 4, 2) in the metric CRS of local boxes x0..x1, y0..y1."""
        corners = np.stack([np.column_stack([x0, y0]), np.column_stack([x1, y0]),
                            np.column_stack([x1, y1]), np.column_stack([x0, y1])], axis=1)
        return self.points_to_metric(corners.reshape(-1, 2)).reshape(-1, 4, 2)


def auto_orientation(site):
    """Angle (radians, counter-clockwise from the x axis) of the long side of
    the site's minimum rotated rectangle."""
    rectangle = site.minimum_rotated_rectangle
    if rectangle.geom_type != "Polygon":
        return 0.0
    coords = list(rectangle.exterior.coords)
    edges = [(coords[i + 1][0] - coords[i][0], coords[i + 1][1] - coords[i][1]) for i in range(2)]
    lengths = [math.hypot(*edge) for edge in edges]
    if abs(lengths[0] - lengths[1]) <= 1e-3 * max(lengths):
        # A square: either side is "long"; take the one nearer east-west, so the
        # same site gives the same plan whatever CRS it came in.
        dx, dy = min(edges, key=lambda e: abs(math.sin(math.atan2(e[1], e[0]))))
    else:
        dx, dy = edges[int(lengths[1] > lengths[0])]
    return half_turn(math.atan2(dy, dx))


def half_turn(angle):
    """A direction of rows (either way round the same; ``angle`` in radians,
    -180 to 270 degrees) as an angle in [-90, 90) degrees."""
    if angle >= math.pi / 2:
        angle -= math.pi
    elif angle < -math.pi / 2:
        angle += math.pi
    return angle


def azimuth_to_angle(azimuth_deg):
    return math.radians(90.0 - azimuth_deg)


def angle_to_azimuth(angle_rad):
    return (90.0 - math.degrees(angle_rad)) % 180.0


@dataclass
class LocalSite:
    """One site to plan: its land (metric) and its shapes in the local frame."""
    label: str
    crs: object  # the metric CRS
    land: object  # land.Land
    frame: Frame
    site: object  # the boundary polygon, local frame
    inner: object  # the site minus the setback, local frame
    buildable: object  # local frame
    roads: object  # existing roads near the site (metric lines) or None
    loop: object = None  # circulation.Loop: the primary loop inside the buildable land
    flood: object = None  # flood-prone land near the site, local frame, or None

    @property
    def usable_area(self):
        return self.land.usable_area

    @property
    def grid_land(self):
        """The land the grid of plots is laid out on: inside the primary loop."""
        return self.loop.inner if self.loop is not None else self.buildable


def local_site(site, land, options, crs, roads, label, angle=None):
    """The LocalSite of ``site`` (metric polygon) with its Land: rows at
    ``angle`` (radians; terrain.row_orientation chooses it), else along the
    long side of the site minus its setback, or the azimuth given."""
    inner = polygonal(site.buffer(-options.setback)) if options.setback > 0 else site
    if angle is None:
        angle = long_side_orientation(site, options)
    centroid = site.centroid
    frame = Frame((centroid.x, centroid.y), angle)
    return LocalSite(label, crs, land, frame, polygonal(frame.to_local(site)),
                     polygonal(frame.to_local(inner)), polygonal(frame.to_local(land.buildable)),
                     roads if roads is not None and not roads.is_empty else None)


def long_side_orientation(site, options):
    """Angle of rows along the long side of ``site`` minus its setback, or the azimuth given."""
    if options.orientation is not None:
        return azimuth_to_angle(options.orientation)
    inner = polygonal(site.buffer(-options.setback)) if options.setback > 0 else site
    return auto_orientation(inner if not inner.is_empty else site)
