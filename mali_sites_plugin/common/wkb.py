"""Geometries as WKB, the same on shapely 1.8 and 2: written and read many
at a time (one reused GEOS writer and reader on shapely 1.8, whose
``geometry.wkb`` and ``wkb.loads`` make a new one each call), their
coordinates found in the bytes and moved there in place, so reprojecting
many geometries is one pyproj call and no per-vertex Python; and the
centroids or midpoints of many geometries at once (no Point made for each on
shapely 1.8).

Every WKB written here is little-endian (the parser reads either order).
"""
import struct

import numpy as np

_DOUBLE = {"<": np.dtype("<f8"), ">": np.dtype(">f8")}
# shapely 1.8 writes every empty geometry as an empty collection
EMPTY_COLLECTION = b"\x01\x07\x00\x00\x00\x00\x00\x00\x00"

try:  # shapely 2: one call for many geometries
    import shapely as _shapely

    _shapely.to_wkb  # noqa: B018 - shapely 1.8 has no such function

    def wkbs(geometries):
        """WKB bytes of each geometry (None kept)."""
        return list(_shapely.to_wkb(np.array(geometries, dtype=object), byte_order=1))

    def from_wkbs(blobs):
        """Shapely geometries of WKB bytes (None kept)."""
        return list(_shapely.from_wkb(np.array(blobs, dtype=object)))

    def centroids(geometries):
        """(n, 2) array: the centroid of each (non-empty) geometry, as its ``centroid`` gives."""
        return _shapely.get_coordinates(_shapely.centroid(np.array(geometries, dtype=object))).reshape(-1, 2)

    def midpoints(lines):
        """(n, 2) array: the point halfway along each (non-empty) line, as its
        ``interpolate(0.5, normalized=True)`` gives."""
        return _shapely.get_coordinates(_shapely.line_interpolate_point(
            np.array(lines, dtype=object), 0.5, normalized=True)).reshape(-1, 2)
except AttributeError:  # shapely 1.8
    from ctypes import byref, c_double

    from shapely.geos import WKBReader, WKBWriter, lgeos
    _WRITER = WKBWriter(lgeos)
    _WRITER.big_endian = False
    _READER = WKBReader(lgeos)

    def _points(geometries, point_of):
        """(n, 2) array of the GEOS points ``point_of(geometry's GEOS pointer)``
        makes, read without making a shapely Point of each."""
        result = np.empty((len(geometries), 2))
        x, y = c_double(), c_double()
        for k, geometry in enumerate(geometries):
            point = point_of(geometry._geom)
            sequence = lgeos.GEOSGeom_getCoordSeq(point)
            lgeos.GEOSCoordSeq_getX(sequence, 0, byref(x))
            lgeos.GEOSCoordSeq_getY(sequence, 0, byref(y))
            lgeos.GEOSGeom_destroy(point)
            result[k] = x.value, y.value
        return result

    def centroids(geometries):
        """(n, 2) array: the centroid of each (non-empty) geometry, as its ``centroid`` gives."""
        return _points(geometries, lgeos.GEOSGetCentroid)

    def midpoints(lines):
        """(n, 2) array: the point halfway along each (non-empty) line, as its
        ``interpolate(0.5, normalized=True)`` gives."""
        return _points(lines, lambda line: lgeos.GEOSInterpolateNormalized(line, 0.5))

    def wkbs(geometries):
        """WKB bytes of each geometry (None kept)."""
        return [None if g is None else _WRITER.write(g) for g in geometries]

    def from_wkbs(blobs):
        """Shapely geometries of WKB bytes (None kept)."""
        return [None if b is None else _READER.read(b) for b in blobs]


def sequences(wkb):
    """The coordinate sequences of one WKB geometry: [(is a polygon ring,
    byte offset of the first x, points, doubles per point, byte order)]."""
    found = []
    _walk(memoryview(wkb), 0, lambda *sequence: found.append(sequence))
    return found


def polygon_rings(wkb):
    """The rings of a (multi)polygon as (n, 2) float arrays, read from its WKB.
    Other geometry types give no ring."""
    return [_xy(wkb, offset, points, dims, order)
            for ring, offset, points, dims, order in sequences(wkb) if ring]


def line_strings(wkb):
    """The line strings of a (multi)line string or collection as (n, 2)
    float arrays, read from its WKB. Polygon rings are left out; a point
    gives a one-point array."""
    return [_xy(wkb, offset, points, dims, order)
            for ring, offset, points, dims, order in sequences(wkb) if not ring]


_SIMPLE_POLYGON = b"\x01\x03\x00\x00\x00\x01\x00\x00\x00"  # little-endian 2D polygon of one ring


def rings_of(blobs):
    """(points (n, 2), points per ring, index in ``blobs`` of each ring's
    geometry): polygon_rings of many WKB (None skipped), the rings in turn.
    A polygon of one ring, the usual site, is taken from its bytes without
    walking it: all of those make one array (5,000 sites: 25-35 -> about 10 ms)."""
    pieces, sizes, owners = [], [], []
    for index, wkb in enumerate(blobs):
        if wkb is None:
            continue
        if wkb[:9] == _SIMPLE_POLYGON:
            points = int.from_bytes(wkb[9:13], "little")
            pieces.append(wkb[13:13 + 16 * points])
            sizes.append(points)
            owners.append(index)
            continue
        for ring in polygon_rings(wkb):
            pieces.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
            sizes.append(len(ring))
            owners.append(index)
    points = np.frombuffer(b"".join(pieces), dtype="<f8").reshape(-1, 2).astype(np.float64)
    return points, np.array(sizes, dtype=np.int64), np.array(owners, dtype=np.int64)


def _xy(wkb, offset, points, dims, order):
    return np.frombuffer(wkb, dtype=_DOUBLE[order], count=points * dims, offset=offset) \
        .reshape(points, dims)[:, :2].astype(np.float64)


def _walk(data, offset, visit, out=None):
    """Walk one geometry of WKB ``data`` at ``offset``, calling ``visit(is a
    ring, offset of the first x, points, doubles per point, byte order)`` for
    each coordinate sequence; returns the offset after it. With ``out`` (a
    list), also writes the geometry again there as 2D little-endian WKB, each
    sequence being the (n, 2) array ``visit`` returns."""
    order = "<" if data[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, offset + 1)
    offset += 5
    dims = 2
    if kind & 0x20000000:  # EWKB with an SRID
        offset += 4
    if kind & 0x80000000:  # EWKB Z
        dims += 1
    if kind & 0x40000000:  # EWKB M
        dims += 1
    kind &= 0x0FFFFFFF
    if kind >= 1000:  # ISO WKB: 1000 Z, 2000 M, 3000 ZM
        dims += {1: 1, 2: 1, 3: 2}[kind // 1000]
        kind %= 1000
    if kind not in (1, 2, 3, 4, 5, 6, 7):
        raise ValueError("unsupported WKB geometry type %d" % kind)
    if out is not None:
        out.append(struct.pack("<BI", 1, kind))

    def sequence(ring, first, points, with_count):
        coords = visit(ring, first, points, dims, order)
        if out is not None:
            coords = np.ascontiguousarray(coords, dtype="<f8")
            out.append((struct.pack("<I", len(coords)) if with_count else b"") + coords.tobytes())
        return first + 8 * dims * points

    if kind == 1:  # point
        return sequence(False, offset, 1, False)
    (count,) = struct.unpack_from(order + "I", data, offset)
    offset += 4
    if kind == 2:  # line string
        return sequence(False, offset, count, True)
    if out is not None:
        out.append(struct.pack("<I", count))
    for _ in range(count):
        if kind == 3:  # the rings of a polygon
            (points,) = struct.unpack_from(order + "I", data, offset)
            offset = sequence(True, offset + 4, points, True)
        else:  # the parts of multi-geometries and collections
            offset = _walk(data, offset, visit, out)
    return offset


def reshaped(geometries, transform, reshape):
    """transformed, each coordinate sequence first replaced by
    ``reshape((n, 2) array)`` (densify: more vertices) and the geometries
    written again (as 2D)."""
    blobs = [None if b == EMPTY_COLLECTION else b for b in wkbs(geometries)]
    arrays = []
    for blob in blobs:
        if blob is not None:
            _walk(memoryview(blob), 0, lambda ring, offset, points, dims, order, blob=blob:
                  arrays.append(reshape(_xy(blob, offset, points, dims, order))))
    if not arrays:
        return list(geometries)
    sizes = np.array([len(a) for a in arrays])
    stacked = np.vstack(arrays)
    xs, ys = transform(stacked[:, 0], stacked[:, 1])
    moved = iter(np.split(np.column_stack([xs, ys]), np.cumsum(sizes)[:-1]))
    pieces = []
    for blob in blobs:
        out = None if blob is None else []
        if blob is not None:
            _walk(memoryview(blob), 0, lambda *_: next(moved), out)
        pieces.append(None if out is None else b"".join(out))
    return [geometry if piece is None else loaded
            for geometry, piece, loaded in zip(geometries, pieces, from_wkbs(pieces))]


def transformed(geometries, transform):
    """The geometries (None kept) with every (x, y) moved by
    ``transform(xs, ys) -> (xs, ys)`` (pyproj's Transformer.transform), in
    one call; z and m are kept. Written as WKB (little-endian), moved in the
    bytes, read back; empty geometries are kept as they are."""
    blobs = [None if b == EMPTY_COLLECTION else b for b in wkbs(geometries)]
    starts, points, strides, position = [], [], [], 0
    for blob in blobs:
        if blob is not None:
            for _, offset, count, dims, _ in sequences(blob):
                starts.append(position + offset)
                points.append(count)
                strides.append(8 * dims)
            position += len(blob)
    if not starts:
        return list(geometries)
    data = np.frombuffer(b"".join(b for b in blobs if b is not None), dtype=np.uint8).copy()
    points = np.array(points, dtype=np.int64)
    within = np.arange(points.sum()) - np.repeat(np.cumsum(points) - points, points)
    x_at = np.repeat(np.array(starts, dtype=np.int64), points) + within * np.repeat(strides, points)
    x_bytes = x_at[:, None] + np.arange(8)
    xs, ys = transform(data[x_bytes].view("<f8").ravel(), data[x_bytes + 8].view("<f8").ravel())
    data[x_bytes] = np.ascontiguousarray(xs, dtype="<f8").view(np.uint8).reshape(-1, 8)
    data[x_bytes + 8] = np.ascontiguousarray(ys, dtype="<f8").view(np.uint8).reshape(-1, 8)
    raw, pieces, position = data.tobytes(), [], 0
    for blob in blobs:
        pieces.append(None if blob is None else raw[position:position + len(blob)])
        position += 0 if blob is None else len(blob)
    return [geometry if piece is None else moved
            for geometry, piece, moved in zip(geometries, pieces, from_wkbs(pieces))]
