"""HAND core (mali_sites_plugin.flood.hand): hand-built GRASS-coded flow
directions on synthetic valleys whose HAND is known analytically."""
import json
import math

import numpy as np
import pytest

from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.flood.hand import (MAX_CELLS, check_dem_size, height_above_drainage,
                                          load_hand_classes)

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


def test_v_valley_hand_is_cross_slope_times_distance():
    elevation, direction, streams, expected = v_valley()
    hand, counts = height_above_drainage(elevation, direction, streams)
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


def test_size_limit_says_what_to_do():
    assert check_dem_size(1000, 1000, "dem") == 10 ** 6
    side = int(math.sqrt(MAX_CELLS)) + 1
    with pytest.raises(InputError) as error:
        check_dem_size(side, side, "big")
    assert "Clip" in str(error.value)
