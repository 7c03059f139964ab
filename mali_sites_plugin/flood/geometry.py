"""Vector geometry of flood exposure: reprojection that keeps straight
edges in place, a bounding-box index, and the exact overlay of sites and
corridors with observed flood-extent polygons.

Plain shapely and numpy, the same on shapely 1.8 and 2.
"""
import numpy as np
from shapely.geometry import LineString, Point
from shapely.ops import unary_union
from shapely.prepared import prep

from ..common import crs as core_crs
from ..common.errors import InputError
from ..common.wkb import reshaped, transformed

DENSIFY_STEP_M = 100.0  # longest segment transformed to another CRS as a straight line


def same_crs(a, b):
    return core_crs.as_crs(a) == core_crs.as_crs(b)


def densify(coords, step):
    """Vertices of a polyline with no segment longer than ``step`` (vectorised:
    a segment cut in n pieces gains the points start + k/n x (end - start))."""
    coords = np.asarray(coords, dtype=float)[:, :2]
    if len(coords) < 2 or not step:
        return coords
    deltas = np.diff(coords, axis=0)
    lengths = np.hypot(deltas[:, 0], deltas[:, 1])
    pieces = np.maximum(np.ceil(lengths / step).astype(np.int64), 1)
    if (pieces == 1).all():
        return coords
    segment = np.repeat(np.arange(pieces.size), pieces)
    k = np.arange(segment.size) - np.repeat(np.cumsum(pieces) - pieces, pieces) + 1
    t = (k.astype(float) / pieces[segment])[:, None]
    return np.vstack([coords[:1], coords[segment] + t * deltas[segment]])


def to_crs(geometries, source, target, densify_first=True):
    """Geometries (None kept) from CRS ``source`` to ``target``; densified in
    ``source`` first so straight edges stay where they were. The vertices of
    all geometries go through pyproj in one call (wkb.transformed)."""
    if same_crs(source, target):
        return list(geometries)
    transform = core_crs.transformer(source, target).transform
    if densify_first:
        return reshaped(list(geometries), transform, lambda coords: densify(coords, DENSIFY_STEP_M))
    return transformed(list(geometries), transform)


def layer_kind(counts, layer, allowed, parameter):
    """The one geometry kind ('point', 'line' or 'polygon') a layer holds,
    from ``counts`` ({kind: features}); InputError when it holds several
    kinds, or a kind not in ``allowed`` (the kinds ``parameter`` takes).
    A layer without geometries gives ``allowed[0]`` (its features are then
    skipped and counted as such)."""
    present = {kind: count for kind, count in counts.items() if count}
    wanted = " or ".join("%ss" % kind for kind in allowed)
    if len(present) > 1:
        raise InputError("Layer '%s' (%s) mixes %s: give one kind of geometry per layer (%s), for "
                         "example by saving each kind as its own layer and running once for each",
                         layer, parameter, " and ".join("%d %s(s)" % (count, kind) for kind, count
                                                        in sorted(present.items())), wanted)
    if not present:
        return allowed[0]
    kind = next(iter(present))
    if kind not in allowed:
        raise InputError("Layer '%s' (%s) holds %ss: %s must be %s. Choose a layer of %s",
                         layer, parameter, kind, parameter, wanted, wanted)
    return kind


def line_parts(geometry):
    """The LineStrings of a line, multi-line or collection (none for None)."""
    if geometry is None or geometry.is_empty:
        return []
    if geometry.geom_type == "LineString":
        return [geometry]
    if hasattr(geometry, "geoms"):
        return [part for g in geometry.geoms for part in line_parts(g)]
    return []


class BoxIndex:
    """Which of many geometries may meet a box (numpy on their bounds;
    the same on shapely 1.8 and 2)."""

    def __init__(self, geometries):
        self.geometries = list(geometries)
        bounds = [g.bounds if g is not None and not g.is_empty else (np.inf, np.inf, -np.inf, -np.inf)
                  for g in self.geometries]
        self.bounds = np.array(bounds, dtype=float).reshape(-1, 4)

    def query(self, bounds):
        xmin, ymin, xmax, ymax = bounds
        b = self.bounds
        return np.flatnonzero((b[:, 0] <= xmax) & (b[:, 2] >= xmin) & (b[:, 1] <= ymax)
                              & (b[:, 3] >= ymin))


class ExtentOverlay:
    """Observed flood extents (polygons, metric CRS): exact overlay."""

    def __init__(self, polygons):
        self.index = BoxIndex([p for p in polygons if p is not None and not p.is_empty])

    def _union_near(self, bounds):
        candidates = self.index.query(bounds)
        if candidates.size == 0:
            return None
        return unary_union([self.index.geometries[i] for i in candidates])

    def wet_area(self, geometry):
        union = self._union_near(geometry.bounds)
        if union is None:
            return 0.0
        return geometry.intersection(union).area

    def split_line(self, line):
        """(wet part, dry part) of a line; either may be empty."""
        union = self._union_near(line.bounds)
        if union is None:
            return LineString(), line
        return line.intersection(union), line.difference(union)

    def contains(self, xs, ys):
        inside = np.zeros(len(xs), dtype=bool)
        prepared = {}
        for i, (x, y) in enumerate(zip(xs, ys)):
            for candidate in self.index.query((x, y, x, y)):
                if candidate not in prepared:
                    prepared[candidate] = prep(self.index.geometries[candidate])
                if prepared[candidate].covers(Point(x, y)):
                    inside[i] = True
                    break
        return inside


class StateOverlay:
    """Observed extent polygons by state ({state: [polygons]}, metric CRS),
    overlaid exactly: where states overlap the first of ``precedence`` wins;
    outside every polygon is dry (observed without water)."""

    def __init__(self, by_state, precedence):
        self.states = [state for state in precedence if by_state.get(state)]
        self.states += [state for state in by_state if state not in self.states and by_state[state]]
        self.overlays = {state: ExtentOverlay(by_state[state]) for state in self.states}

    def pieces(self, geometry):
        """[(state, piece of ``geometry``)] in precedence order, then ('dry', the rest)."""
        found, rest = [], geometry
        for state in self.states:
            if rest.is_empty:
                break
            union = self.overlays[state]._union_near(rest.bounds)
            if union is None:
                continue
            piece = rest.intersection(union)
            if not piece.is_empty:
                found.append((state, piece))
                rest = rest.difference(union)
        found.append(("dry", rest))
        return found

    def state_at(self, xs, ys):
        """The state under each point (None: dry)."""
        states = [None] * len(xs)
        for state in reversed(self.states):  # the first state of the precedence is set last
            for i in np.flatnonzero(self.overlays[state].contains(xs, ys)):
                states[i] = state
        return states
