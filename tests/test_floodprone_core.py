"""HAND core (mali_sites_plugin.flood.hand): hand-built GRASS-coded flow
directions on synthetic valleys whose HAND is known analytically."""
import json
import math

import numpy as np
import pytest

from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.flood.hand import load_hand_classes
from mali_sites_plugin.flood.hand_tiles import height_above_drainage

CELL = 30.0  # m


def v_valley(rows=40, cols=41, cross_slope=0.05, down_slope=0.002):
    """A V valley: channel along the middle column flowing south (code 6);
    every hillslope cell flows straight to the channel (E = 8 on the west
    side, W = 4 on the east side). HAND = cross_slope x distance to the channel."""
    centre = cols // 2
    col = np.arange(cols)
    row = np.arange(rows)[:, None]
    distance = np.abs(col - centre) * CELL
    elevation = (cross_slope * distance + down_slope * (rows - row) * CELL).astype(np.float32)
    direction = np.where(col < centre, 8, np.where(col > centre, 4, 6)) + 0 * row
    direction[-1, centre] = -6  # the outlet leaves the region
    streams = np.zeros((rows, cols), bool)
    streams[:, centre] = True
    return elevation, direction, streams, cross_slope * distance + 0 * row


@pytest.mark.parametrize("tile", [1024, 8])
def test_v_valley_hand_is_cross_slope_times_distance(tile):
    """In one tile, and in tiles of 8 cells (the channel at column 20 runs
    inside the third column of tiles: hillslope paths cross tile edges)."""
    elevation, direction, streams, expected = v_valley()
    hand, counts = height_above_drainage(elevation, direction, streams, tile=tile)
    # float32 elevations up to ~33 m: the difference is exact to ~4e-6 m
    np.testing.assert_allclose(hand, expected, atol=1e-4)
    assert counts["unknown"] == 0 and counts["below_drainage"] == 0


def test_long_diagonal_paths_follow_the_directions_to_the_first_stream_cell():
    """A plane tilted to the south-east, draining diagonally (code 7) to a
    channel along the last row: a cell k steps from the channel ends at the
    channel cell k rows down and k columns right; HAND = drop along the path.
    Paths of up to 299 cells need 9 rounds of pointer jumping."""
    rows, cols = 300, 700
    r, c = np.mgrid[0:rows, 0:cols]
    elevation = (1000.0 - 0.5 * r - 0.1 * c).astype(np.float64)
    direction = np.full((rows, cols), 7)
    streams = np.zeros((rows, cols), bool)
    streams[-1, :] = True
    hand, counts = height_above_drainage(elevation, direction, streams)
    steps = rows - 1 - r
    reach = c + steps < cols
    np.testing.assert_allclose(hand[reach], (0.5 + 0.1) * steps[reach], atol=2e-3)
    assert np.isnan(hand[~reach]).all()  # they leave the grid through the east edge first
    assert counts["unknown"] == int((~reach).sum())
    assert counts["rounds"] <= math.ceil(math.log2(rows - 1)) + 1


def test_first_stream_cell_not_the_last():
    """A tributary cell row: flow passes a stream cell then goes on to a lower
    one; HAND is taken at the first."""
    elevation = np.array([[10.0, 8.0, 5.0, 1.0]])
    direction = np.array([[8, 8, 8, -8]])
    streams = np.array([[False, True, False, True]])
    hand, _ = height_above_drainage(elevation, direction, streams)
    np.testing.assert_allclose(hand, [[2.0, 0.0, 4.0, 0.0]])


def test_unknown_cells_nodata_cycles_and_depressions():
    elevation = np.array([[5.0, 4.0, np.nan, 3.0, 2.0, 0.5]])
    # cell 0 -> 1 -> 0 (a cycle), 3 -> nodata cell 2, 4 -> 5 (stream, higher than... lower)
    direction = np.array([[8, 4, 8, 4, 8, 0]])
    streams = np.array([[False, False, False, False, False, True]])
    hand, counts = height_above_drainage(elevation, direction, streams)
    assert np.isnan(hand[0, :4]).all()
    np.testing.assert_allclose(hand[0, 4:], [1.5, 0.0])
    assert counts["unknown"] == 3  # cycle (2 cells) and the cell draining into nodata
    # a pit below the stream it drains to: HAND 0, counted
    hand, counts = height_above_drainage(np.array([[1.0, 2.0]]), np.array([[8, 0]]),
                                         np.array([[False, True]]))
    assert hand[0, 0] == 0.0 and counts["below_drainage"] == 1


def test_classes_from_the_profile_and_their_bounds():
    classes = load_hand_classes()
    assert [c.max_hand_m for c in classes.classes] == [math.inf, 15.0, 5.0]
    assert "Nobre" in classes.source and "Renn" in classes.source
    assert classes.confidence == "unverified"
    hand = np.array([0.0, 5.0, 5.0001, 15.0, 15.01, 300.0, np.nan])
    assert classes.classify(hand).tolist() == [2, 2, 1, 1, 0, 0, 255]
    assert classes.class_table("en").startswith("0=upland")
    assert "HAND <= 5 m" in classes.describe()


def test_bad_class_files(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_hand_classes(tmp_path / "none.json")
    document = json.loads(open(load_hand_classes().origin, encoding="utf-8").read())
    document["classes"][1]["max_hand_m"] = 2.0  # not decreasing: 2 then 5
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(document))
    with pytest.raises(InputError, match="decreasing"):
        load_hand_classes(path)


OFFSETS = {1: (-1, 1), 2: (-1, 0), 3: (-1, -1), 4: (0, -1), 5: (1, -1), 6: (1, 0), 7: (1, 1), 8: (0, 1)}


def walk_oracle(elevation, direction, streams):
    """HAND by a plain walk from each cell along the GRASS codes (1..8
    counter-clockwise from north-east), remembering the drainage elevation
    each visited cell reaches: NaN for nodata cells and for paths that leave
    the grid, stop (code 0 or negative), step into a nodata cell or loop."""
    rows, cols = elevation.shape
    drainage = {}
    for start in np.ndindex(rows, cols):
        path, cell, reached = [], start, math.nan
        while cell not in drainage and np.isfinite(elevation[cell]):
            path.append(cell)
            if streams[cell]:
                reached = elevation[cell]
                break
            step = OFFSETS.get(int(direction[cell]))
            cell = None if step is None else (cell[0] + step[0], cell[1] + step[1])
            if cell is None or not (0 <= cell[0] < rows and 0 <= cell[1] < cols) or cell in path:
                break
        else:
            reached = drainage.get(cell, math.nan)
        drainage.update((visited, reached) for visited in path)
    hand = np.full(elevation.shape, np.nan, np.float32)
    for cell, reached in drainage.items():
        if math.isfinite(reached):
            hand[cell] = max(elevation[cell] - np.float32(reached), np.float32(0.0))
    return hand


def steepest_descent(elevation):
    """GRASS-coded D8 directions of steepest descent (0 in a pit), nodata
    cells excluded: an independent router for random terrain."""
    rows, cols = elevation.shape
    padded = np.pad(elevation.astype(np.float64), 1, constant_values=np.nan)
    best, codes = np.zeros(elevation.shape), np.zeros(elevation.shape, np.int16)
    for code, (drow, dcol) in OFFSETS.items():
        neighbour = padded[1 + drow:1 + drow + rows, 1 + dcol:1 + dcol + cols]
        with np.errstate(invalid="ignore"):
            slope = (elevation - neighbour) / math.hypot(drow, dcol)
        steeper = np.nan_to_num(slope, nan=-1.0) > best
        best[steeper], codes[steeper] = slope[steeper], code
    return codes


def random_grid(kind, rows=300, cols=277):
    """A tilted noisy terrain routed by steepest descent (long paths that
    cross many tiles, pits), or random direction codes (cycles, codes that
    stop or leave); both with nodata holes and scattered stream cells."""
    generator = np.random.default_rng(13)
    r, c = np.mgrid[0:rows, 0:cols]
    elevation = (500.0 - 0.4 * r - 0.25 * c + generator.normal(0, 0.05, (rows, cols))).astype(np.float32)
    elevation[generator.random((rows, cols)) < 0.01] = np.nan
    if kind == "terrain":
        direction = steepest_descent(elevation)
    else:
        direction = generator.integers(-2, 10, (rows, cols))
    streams = generator.random((rows, cols)) < 0.01
    return elevation, direction, streams


@pytest.mark.parametrize("kind", ["terrain", "random codes"])
def test_small_tiles_give_the_whole_grid_answer_cell_for_cell(kind):
    """Tiles of 64 and of 5 cells a side (neither divides the grid) against
    one tile holding the whole grid, and both against the plain walk."""
    elevation, direction, streams = random_grid(kind)
    whole, whole_counts = height_above_drainage(elevation, direction, streams, tile=300)
    oracle = walk_oracle(elevation, direction, streams)
    np.testing.assert_array_equal(whole, oracle)
    known = np.isfinite(oracle)
    assert known.sum() > 2000 and (~known).sum() > 20000  # many cells reach a stream, many do not
    for tile in (64, 5):
        tiled, counts = height_above_drainage(elevation, direction, streams, tile=tile)
        np.testing.assert_array_equal(tiled, whole)
        assert (counts["unknown"], counts["below_drainage"]) == (
            whole_counts["unknown"], whole_counts["below_drainage"])
    assert whole_counts["unknown"] == int(np.isfinite(elevation).sum() - known.sum())


def test_paths_crossing_many_tiles():
    """The long diagonal plane of the test above, by tiles of 7 cells: a
    cell k steps from the channel crosses k / 7 tiles to reach it."""
    rows, cols = 120, 200
    r, c = np.mgrid[0:rows, 0:cols]
    elevation = (1000.0 - 0.5 * r - 0.1 * c).astype(np.float32)
    streams = np.zeros((rows, cols), bool)
    streams[-1, :] = True
    hand, counts = height_above_drainage(elevation, np.full((rows, cols), 7), streams, tile=7)
    steps = rows - 1 - r
    reach = c + steps < cols
    expected = elevation - elevation[rows - 1, np.minimum(c + steps, cols - 1)]
    np.testing.assert_array_equal(hand[reach], expected[reach])
    assert np.isnan(hand[~reach]).all() and counts["unknown"] == int((~reach).sum())


def test_a_cycle_across_tiles_and_one_cell_tiles():
    """Tiles of one cell: a cycle between two tiles reaches no stream, nor
    does the cell draining into it; the row's other cells behave as in one tile."""
    elevation = np.array([[5.0, 4.0, 6.0, 3.0, 2.0, 0.5]])
    direction = np.array([[8, 4, 4, 8, 8, -8]])  # 0 <-> 1, 2 -> 1, 3 -> 4 -> 5 (stream)
    streams = np.array([[False, False, False, False, False, True]])
    for tile in (1, 2, 6):
        hand, counts = height_above_drainage(elevation, direction, streams, tile=tile)
        assert np.isnan(hand[0, :3]).all()
        np.testing.assert_allclose(hand[0, 3:], [2.5, 1.5, 0.0])
        assert counts["unknown"] == 3


def test_rasters_written_by_tiles_are_the_whole_grid_answer(tmp_path):
    """floodprone_rasters on files shaped as GRASS writes them (Int16
    directions without nodata, UInt16 stream ids with nodata 65535), by
    tiles of 64 cells: the HAND raster is the in-memory answer of one tile,
    cell for cell, and the class raster its classes."""
    import rasterio
    from rasterio.transform import from_origin
    from mali_sites_plugin.flood.handrun import HAND_NODATA, floodprone_rasters, inspect_dem
    elevation, direction, streams = random_grid("terrain")
    rows, cols = elevation.shape
    grid = {"driver": "GTiff", "width": cols, "height": rows, "count": 1, "crs": "EPSG:32630",
            "transform": from_origin(400000, 1600000, 30, 30)}
    for name, dtype, nodata, values in (
            ("dem", "float32", -9999.0, np.where(np.isnan(elevation), -9999.0, elevation)),
            ("direction", "int16", None, direction), ("streams", "uint16", 65535, np.where(streams, 7, 65535))):
        with rasterio.open(tmp_path / (name + ".tif"), "w", dtype=dtype, nodata=nodata, **grid) as out:
            out.write(values.astype(dtype), 1)
    classes = load_hand_classes()
    counts = floodprone_rasters(inspect_dem(str(tmp_path / "dem.tif")), tmp_path / "direction.tif",
                                tmp_path / "streams.tif", classes, tmp_path / "hand.tif",
                                tmp_path / "classes.tif", tile=64)
    whole, whole_counts = height_above_drainage(elevation, direction, streams, tile=300)
    with rasterio.open(tmp_path / "hand.tif") as dataset:
        written = dataset.read(1)
    np.testing.assert_array_equal(np.where(written == HAND_NODATA, np.nan, written), whole)
    with rasterio.open(tmp_path / "classes.tif") as dataset:
        ranks = dataset.read(1)
    np.testing.assert_array_equal(ranks, classes.classify(whole))
    assert counts["unknown"] == whole_counts["unknown"]
    assert counts["cells"] == {rank: int((ranks == rank).sum()) for rank in range(3)}
