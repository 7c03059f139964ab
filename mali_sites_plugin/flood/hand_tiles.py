"""HAND of a grid of any size, tile by tile: memory is bounded by the tile,
not by the grid.

The water of a cell may cross many tiles before it meets a drainage line,
so the grid is visited three times:

1. each tile follows its flow directions inside itself (hand.follow_in_tile)
   and records, for the cells of its edge (its ring), where their water ends
   up: at a drainage cell (its elevation), nowhere, or at a cell of a
   neighbouring tile. One step out of a tile always lands on the ring of
   the next, so the ring cells of all the tiles form a graph of their own,
   small beside the grid: about 4 / TILE of its cells, 16 bytes each.
2. pointer jumping over that graph, as inside a tile, gives every ring cell
   the elevation of the drainage its water reaches.
3. each tile follows its directions again and takes, for the paths that
   leave it, the drainage elevation of the ring cell they leave to; its
   HAND is handed to the writer, tile by tile.

The result is the same, cell for cell, as following the whole grid at once
(a single tile): tests/test_floodprone_core.py compares them.
"""
import numpy as np

from ..common.progress import NO_MONITOR
from .hand import follow_in_tile, jump_to_path_ends

TILE = 1024  # cells a side: whole 256-cell blocks of the rasters; ~100 MB of working arrays


def tile_windows(rows, cols, tile=TILE):
    """(row0, col0, height, width) of the tiles of a grid, row by row."""
    for row0 in range(0, rows, tile):
        for col0 in range(0, cols, tile):
            yield row0, col0, min(tile, rows - row0), min(tile, cols - col0)


def _ring(height, width):
    """Local indices (sorted) of the cells on the edge of a tile."""
    edge = np.zeros((height, width), bool)
    edge[[0, -1], :] = True
    edge[:, [0, -1]] = True
    return np.flatnonzero(edge)


class TiledHand:
    """HAND of a grid of ``shape`` (rows, cols) cells, read tile by tile:
    ``read_tile(row0, col0, height, width)`` returns the tile's elevation
    (float, NaN = nodata), GRASS-coded direction and streams (bool).
    ``route`` then ``finish``."""

    def __init__(self, shape, read_tile, tile=TILE):
        self.shape = tuple(int(v) for v in shape)
        self.read_tile = read_tile
        self.windows = list(tile_windows(*self.shape, tile))
        self.ring_cells = np.sort(np.concatenate(
            [self._global(window, _ring(*window[2:])) for window in self.windows]))
        self.ring_drainage = None  # per ring cell, after route()
        self.rounds = 0

    def _global(self, window, local):
        row0, col0, _, width = window
        return (row0 + local // width) * self.shape[1] + col0 + local % width

    def _nodes(self, cells):
        """Positions in ring_cells of global cells known to be ring cells."""
        return np.searchsorted(self.ring_cells, cells)

    def _paths(self, window, monitor):
        elevation, direction, streams = self.read_tile(*window)
        paths = follow_in_tile(elevation, direction, streams, window[:2], self.shape, monitor)
        self.rounds = max(self.rounds, paths.rounds)
        return paths

    def route(self, monitor=NO_MONITOR):
        """Passes 1 and 2: the drainage elevation of every ring cell.
        Returns the number of stream cells of the grid."""
        next_node = np.arange(self.ring_cells.size, dtype=np.int64)  # a node reaching an end: itself
        drainage = np.full(self.ring_cells.size, np.nan, np.float32)
        stream_cells = 0
        for done, window in enumerate(self.windows, 1):
            monitor.check()
            paths = self._paths(window, monitor)
            stream_cells += int(paths.streams.sum())
            ring = _ring(*window[2:])
            nodes = self._nodes(self._global(window, ring))
            drainage[nodes], leaving, exits = paths.drainage_elevation(ring)
            next_node[nodes[leaving]] = self._nodes(exits)
            monitor.progress(done / len(self.windows))
        self.rounds = max(self.rounds, jump_to_path_ends(next_node, monitor))
        self.ring_drainage = drainage[next_node]
        return stream_cells

    def finish(self, write_tile, monitor=NO_MONITOR):
        """Pass 3: ``write_tile(window, hand)`` for each tile, hand in metres
        (float32, NaN where unknown). Returns {'unknown': valid cells whose
        water reaches no drainage, 'below_drainage': cells below the drainage
        they reach (HAND 0), 'rounds': most pointer-jumping rounds}."""
        reached = below = valid = 0
        for done, window in enumerate(self.windows, 1):
            monitor.check()
            paths = self._paths(window, monitor)
            drainage, leaving, exits = paths.drainage_elevation(slice(None))
            drainage[leaving] = self.ring_drainage[self._nodes(exits)]
            known = paths.valid & np.isfinite(drainage)
            values = paths.elevation[known] - drainage[known]
            hand = np.full(drainage.shape, np.nan, np.float32)
            hand[known] = np.maximum(values, 0.0)
            below += int((values < 0).sum())
            reached += int(known.sum())
            valid += int(paths.valid.sum())
            write_tile(window, hand.reshape(window[2:]))
            monitor.progress(done / len(self.windows))
        return {"unknown": valid - reached, "below_drainage": below, "rounds": self.rounds}


def height_above_drainage(elevation, direction, streams, monitor=NO_MONITOR, tile=TILE):
    """(hand, counts) of grids held in memory: HAND in metres (float32, NaN
    where unknown) of every cell of ``elevation`` (2-D float, NaN = nodata)
    following the GRASS-coded ``direction`` grid to the first cell of
    ``streams`` (bool grid), by tiles of ``tile`` cells a side.
    Unknown: nodata cells and cells that drain out of the grid (or into a
    depression) before meeting a stream. A cell below the stream it drains
    to (a depression the engine routed over its rim) gets 0 and is counted.
    counts: as TiledHand.finish."""
    elevation = np.asarray(elevation, dtype=np.float32)
    direction, streams = np.asarray(direction), np.asarray(streams, bool)
    hand = np.full(elevation.shape, np.nan, np.float32)

    def read_tile(row0, col0, height, width):
        cells = (slice(row0, row0 + height), slice(col0, col0 + width))
        return elevation[cells], direction[cells], streams[cells]

    def write_tile(window, values):
        row0, col0, height, width = window
        hand[row0:row0 + height, col0:col0 + width] = values

    tiles = TiledHand(elevation.shape, read_tile, tile)
    tiles.route(monitor.part(0.0, 0.5))
    return hand, tiles.finish(write_tile, monitor.part(0.5, 1.0))
