"""Flood exposure core, on rasters small enough to check by hand.

Every expected value is either worked out by hand in a comment or computed
by an independent oracle: cell centres tested with shapely ``contains`` for
polygons, an exact shapely intersection of the line with every cell box for
lines."""
import math
import subprocess
import sys

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.transform import from_origin
from shapely.geometry import LineString, Point, Polygon, box

from conftest import REPO
from mali_sites_plugin.common import crs as core_crs
from mali_sites_plugin.flood import rasters as flood_rasters
from mali_sites_plugin.common.errors import InputError
from mali_sites_plugin.flood.corridors import assess_corridors
from mali_sites_plugin.flood.geometry import to_crs
from mali_sites_plugin.flood.hazard import HazardModel, hazard_model, parse_class_table
from mali_sites_plugin.flood.lines import traverse
from mali_sites_plugin.flood.rasters import open_hazard_raster
from mali_sites_plugin.flood.scenarios import (Scenario, by_scenario, sanitize_key, scenario_keys,
                                                scenario_names, worst_scenario)
from mali_sites_plugin.flood.sites import Shelters, assess_sites, site_circles
from mali_sites_plugin.flood.summary import summary_rows, write_csv
from mali_sites_plugin.common.standards import custom_hazard_scheme, load_hazard_schemes

UTM = "EPSG:32630"
X0, Y0 = 500000.0, 1600010.0  # top-left corner of the 1 m test rasters (10 x 10)
SCHEMES, DEFAULT = load_hazard_schemes()
PETA = SCHEMES["petabencana"]  # caution <= 0.1 < low <= 0.7 < medium <= 1.5 < high


def write_raster(path, array, transform=None, crs=UTM, nodata=-9999.0, block=None):
    array = np.asarray(array)
    profile = dict(driver="GTiff", width=array.shape[1], height=array.shape[0], count=1,
                   dtype=array.dtype.name, transform=transform or from_origin(X0, Y0, 1.0, 1.0),
                   nodata=nodata)
    if crs is not None:
        profile["crs"] = crs
    if block:
        profile.update(tiled=True, blockxsize=block, blockysize=block)
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(array, 1)
    return str(path)


def depth_model(threshold=0.1, scheme=PETA):
    return HazardModel("depth", scheme, threshold)


def cell_box(row, col, transform):
    x0, y0 = transform * (col, row)
    x1, y1 = transform * (col + 1, row + 1)
    return box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def centre_oracle(array, transform, polygon, nodata=-9999.0, wet_threshold=0.1):
    """(cells, valid, wet, wet depths, valid depths) by testing every cell
    centre of the grid (extended 5 cells beyond the raster) with shapely."""
    height, width = array.shape
    cells = valid = 0
    wet_depths, valid_depths = [], []
    for row in range(-5, height + 5):
        for col in range(-5, width + 5):
            if not polygon.contains(Point(transform * (col + 0.5, row + 0.5))):
                continue
            cells += 1
            if 0 <= row < height and 0 <= col < width and array[row, col] != nodata:
                valid += 1
                valid_depths.append(float(array[row, col]))
                if array[row, col] > wet_threshold:
                    wet_depths.append(float(array[row, col]))
    return cells, valid, len(wet_depths), wet_depths, valid_depths


def line_oracle(array, transform, line, nodata=-9999.0, wet_threshold=0.1):
    """(wet length, unknown length, length per class rank) from the exact
    intersection of the line with every cell box."""
    height, width = array.shape
    wet = 0.0
    per_rank = {}
    inside = 0.0
    thresholds = PETA.thresholds()
    for row in range(height):
        for col in range(width):
            length = line.intersection(cell_box(row, col, transform)).length
            if length == 0 or array[row, col] == nodata:
                continue
            inside += length
            depth = float(array[row, col])
            if depth > wet_threshold:
                wet += length
            rank = sum(depth > t for t in thresholds)
            per_rank[rank] = per_rank.get(rank, 0.0) + length
    return wet, line.length - inside, per_rank


def run_sites(path, polygons, populations=None, model=None, shelters=None, name="s"):
    raster = open_hazard_raster(path)
    scenario = Scenario(name, sanitize_key(name), raster=raster)
    assessment = assess_sites(polygons, populations or [None] * len(polygons), UTM, [scenario],
                              model or depth_model(), shelters)
    return assessment.results[scenario.key], assessment


def run_lines(path, lines, model=None):
    raster = open_hazard_raster(path)
    scenario = Scenario("s", "s", raster=raster)
    assessment = assess_corridors(lines, UTM, [scenario], model or depth_model())
    return assessment.results["s"], assessment


# --- lines ---------------------------------------------------------------------------------------

def test_line_along_a_row_of_wet_cells(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[4, :] = 1.0  # row 4 spans y 1600005 .. 1600006
    path = write_raster(tmp_path / "row.tif", depth)
    line = LineString([(X0 + 1.25, Y0 - 4.5), (X0 + 8.75, Y0 - 4.5)])  # along the row's middle
    result, assessment = run_lines(path, [line])
    assert assessment.length_m[0] == pytest.approx(7.5)
    assert result.wet_m[0] == pytest.approx(7.5)  # 8.75 - 1.25, every metre of it in row 4
    assert result.unknown_m[0] == pytest.approx(0.0)
    assert result.wet_pct[0] == pytest.approx(100.0)
    assert result.max_depth[0] == pytest.approx(1.0)
    assert result.rank[0] == 2  # 1.0 m is 'medium' (0.7 < d <= 1.5)


def test_diagonal_agrees_with_exact_cell_intersection(tmp_path):
    rng = np.random.default_rng(7)
    depth = rng.choice([0.0, 0.05, 0.3, 0.9, 2.0], size=(10, 10)).astype("float32")
    depth[3, 3] = -9999.0
    transform = from_origin(X0, Y0, 1.0, 1.0)
    path = write_raster(tmp_path / "diagonal.tif", depth, transform)
    lines = [LineString([(X0 + 0.3, Y0 - 9.7), (X0 + 9.6, Y0 - 1.9)]),  # a shallow diagonal
             LineString([(X0 + 0.5, Y0 - 0.5), (X0 + 9.5, Y0 - 9.5)]),  # through cell corners
             LineString([(X0 + 1.2, Y0 - 8.0), (X0 + 4.7, Y0 - 2.2), (X0 + 8.9, Y0 - 6.6)])]
    result, assessment = run_lines(path, lines)
    for index, line in enumerate(lines):
        wet, unknown, per_rank = line_oracle(depth, transform, line)
        assert result.wet_m[index] == pytest.approx(wet, abs=1e-9)
        assert result.unknown_m[index] == pytest.approx(unknown, abs=1e-9)
        segments = [s for s in assessment.segments if s.corridor == index]
        by_rank = {}
        for segment in segments:
            by_rank[segment.rank] = by_rank.get(segment.rank, 0.0) + segment.length_m
            assert segment.geometry.length == pytest.approx(segment.length_m, abs=1e-9)
        known = {rank: length for rank, length in by_rank.items() if rank >= 0}
        assert known == pytest.approx(per_rank, abs=1e-9)
        assert sum(by_rank.values()) == pytest.approx(line.length, abs=1e-9)
        for first, second in zip(segments, segments[1:]):  # stretches are maximal
            assert first.rank != second.rank


def test_line_leaving_the_raster(tmp_path):
    depth = np.full((10, 10), 0.5, "float32")
    path = write_raster(tmp_path / "edge.tif", depth)
    # from x = X0+5 (inside) to X0+15 (5 m beyond the east edge at X0+10)
    line = LineString([(X0 + 5.0, Y0 - 2.5), (X0 + 15.0, Y0 - 2.5)])
    result, assessment = run_lines(path, [line])
    assert result.wet_m[0] == pytest.approx(5.0)
    assert result.unknown_m[0] == pytest.approx(5.0)
    assert result.wet_pct[0] == pytest.approx(50.0)
    ranks = [(s.rank, round(s.length_m, 9)) for s in assessment.segments]
    assert ranks == [(1, 5.0), (-1, 5.0)]  # 0.5 m is 'low', then unknown


def test_corridor_stretches_of_constant_class(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[0, :] = [0.0, 0.05, 0.3, 0.3, 0.9, 2.0, 2.0, 0.3, -9999.0, 0.0]
    path = write_raster(tmp_path / "stretches.tif", depth)
    line = LineString([(X0, Y0 - 0.5), (X0 + 10.0, Y0 - 0.5)])
    _, assessment = run_lines(path, [line])
    got = [(s.rank, round(s.length_m, 9), round(s.wet_m, 9)) for s in assessment.segments]
    # caution (0, 0.05) 2 m dry; low (0.3, 0.3) 2 m wet; medium 1 m; high 2 m; low 1 m;
    # unknown 1 m; caution 1 m
    assert got == [(0, 2.0, 0.0), (1, 2.0, 2.0), (2, 1.0, 1.0), (3, 2.0, 2.0), (1, 1.0, 1.0),
                   (-1, 1.0, 0.0), (0, 1.0, 0.0)]
    assert [s.max_depth for s in assessment.segments][:4] == pytest.approx([0.05, 0.3, 0.9, 2.0])
    assert list(assessment.segments[3].geometry.coords) == [(X0 + 5, Y0 - 0.5), (X0 + 7, Y0 - 0.5)]


def test_zero_length_corridor_is_reported_not_measured(tmp_path):
    path = write_raster(tmp_path / "z.tif", np.ones((10, 10), "float32"))
    point_line = LineString([(X0 + 2, Y0 - 2), (X0 + 2, Y0 - 2)])
    result, assessment = run_lines(path, [point_line, None, LineString([(X0 + 1, Y0 - 1.5),
                                                                        (X0 + 3, Y0 - 1.5)])])
    assert np.isnan(result.wet_m[:2]).all() and np.isnan(result.wet_pct[:2]).all()
    assert result.wet_m[2] == pytest.approx(2.0)
    assert [(n.code, n.values[0]) for n in assessment.notes] == [("zero_length_corridor", 2)]


def test_traverse_cuts_at_every_grid_line(tmp_path):
    path = write_raster(tmp_path / "t.tif", np.zeros((10, 10), "float32"))
    raster = open_hazard_raster(path)
    # from (col 1.5, row 1.5) to (col 5.0, row 3.5): crosses column lines 2, 3, 4 at
    # t = 1/7, 3/7, 5/7 and row lines 2, 3 at t = 1/4, 3/4 (5.0 is the end, not a crossing)
    pieces = traverse([(X0 + 1.5, Y0 - 1.5), (X0 + 5.0, Y0 - 3.5)], None, raster)
    assert pieces.size == 6
    assert list(pieces.t1) == pytest.approx([1 / 7, 1 / 4, 3 / 7, 5 / 7, 3 / 4, 1.0])
    assert pieces.length.sum() == pytest.approx(math.hypot(3.5, 2.0))
    assert list(zip(pieces.row, pieces.col)) == [(1, 1), (1, 2), (2, 2), (2, 3), (2, 4), (3, 4)]


# --- polygons ------------------------------------------------------------------------------------

def test_cell_rule_is_cell_centre_inside(tmp_path):
    rng = np.random.default_rng(3)
    depth = rng.uniform(-0.2, 2.5, (40, 40)).astype("float32")
    depth[rng.random((40, 40)) < 0.1] = -9999.0
    transform = from_origin(X0, Y0, 1.0, 1.0)
    path = write_raster(tmp_path / "rule.tif", depth, transform)
    angles = np.linspace(0, 2 * np.pi, 23, endpoint=False)
    radii = rng.uniform(6.0, 17.0, angles.size)
    star = Polygon([(X0 + 20.13 + r * np.cos(a), Y0 - 20.37 + r * np.sin(a))
                    for a, r in zip(angles, radii)])
    holed = Polygon(box(X0 + 3.3, Y0 - 37.6, X0 + 15.8, Y0 - 25.1).exterior.coords,
                    [box(X0 + 6.4, Y0 - 33.2, X0 + 11.1, Y0 - 29.7).exterior.coords])
    result, _ = run_sites(path, [star, holed])
    for index, polygon in enumerate((star, holed)):
        cells, valid, wet, wet_depths, valid_depths = centre_oracle(depth, transform, polygon)
        assert result.cells[index] == cells
        assert result.valid_cells[index] == valid
        assert result.wet_cells[index] == wet
        assert result.max_depth[index] == pytest.approx(max(valid_depths))
        assert result.mean_depth[index] == pytest.approx(np.mean(wet_depths))
        assert result.wet_pct[index] == pytest.approx(100.0 * wet / cells)
        assert result.unknown_pct[index] == pytest.approx(100.0 * (cells - valid) / cells)


def record_reads(monkeypatch):
    """The number of cells of every window GDAL is asked to read."""
    reads = []
    original = flood_rasters.WindowReader._read_window

    def recorded(reader, r0, c0, r1, c1):
        data, mask = original(reader, r0, c0, r1, c1)
        reads.append(data.size)
        return data, mask

    monkeypatch.setattr(flood_rasters.WindowReader, "_read_window", recorded)
    return reads


def test_cell_runs_match_gdal_rasterization(tmp_path):
    """The scanline fill gives the cells GDAL burns with all_touched=False."""
    from rasterio.features import rasterize
    from shapely.geometry import MultiPolygon
    from mali_sites_plugin.flood.scanline import edges_in_pixels, spans
    transform = Affine(0.7, 0.0, X0, 0.0, -0.7, Y0)  # 0.7 m cells: vertices fall anywhere
    path = write_raster(tmp_path / "grid.tif", np.zeros((60, 60), "float32"), transform)
    raster = open_hazard_raster(path)
    rng = np.random.default_rng(21)
    polygons = []
    for _ in range(12):
        cx, cy = X0 + rng.uniform(5, 37), Y0 - rng.uniform(5, 37)
        angles = np.sort(rng.uniform(0, 2 * np.pi, rng.integers(5, 15)))
        radii = rng.uniform(2.0, 12.0, angles.size)
        polygons.append(Polygon([(cx + r * np.cos(a), cy + r * np.sin(a)) for a, r in zip(angles, radii)]))
    polygons.append(Polygon(box(X0 + 3.1, Y0 - 30.2, X0 + 30.3, Y0 - 2.9).exterior.coords,
                            [box(X0 + 9.9, Y0 - 20.4, X0 + 20.2, Y0 - 9.7).exterior.coords]))
    polygons.append(MultiPolygon([box(X0 + 1.1, Y0 - 5.3, X0 + 6.2, Y0 - 1.4),
                                  box(X0 + 20.3, Y0 - 40.1, X0 + 39.6, Y0 - 33.3)]))
    for polygon in polygons:
        owner, row, col0, col1 = spans(*edges_in_pixels(raster, [polygon])[:5])
        ours = np.zeros((60, 60), dtype=np.uint8)
        for r, c0, c1 in zip(row, col0, col1):
            if 0 <= r < 60:  # GDAL burns only inside the grid
                ours[r, max(c0, 0):max(min(c1, 60), 0)] += 1  # a cell in two runs would show 2
        gdal = rasterize([(polygon, 1)], out_shape=(60, 60), transform=transform, fill=0,
                         all_touched=False, dtype="uint8")
        assert (ours == gdal).all(), polygon.wkt


def test_chunks_and_blocks_add_up(tmp_path, monkeypatch):
    """Polygons across many small chunks give the same numbers as the oracle."""
    monkeypatch.setattr(flood_rasters, "CHUNK_CELLS", 16 * 16)
    monkeypatch.setattr(flood_rasters, "REOPEN_AFTER_CELLS", 1000)
    rng = np.random.default_rng(11)
    depth = rng.uniform(0.0, 3.0, (64, 64)).astype("float32")
    transform = from_origin(X0, Y0, 1.0, 1.0)
    path = write_raster(tmp_path / "blocks.tif", depth, transform, block=16)
    polygons = [box(X0 + 2.2, Y0 - 61.7, X0 + 60.4, Y0 - 1.9),  # nearly the whole raster
                Point(X0 + 30.3, Y0 - 31.1).buffer(12.0),  # overlaps the first
                box(X0 + 14.6, Y0 - 18.4, X0 + 17.3, Y0 - 15.2)]  # across a block corner
    reads = record_reads(monkeypatch)
    result, _ = run_sites(path, polygons)
    assert max(reads) <= 16 * 16  # never more than a chunk at once
    for index, polygon in enumerate(polygons):
        cells, valid, wet, wet_depths, valid_depths = centre_oracle(depth, transform, polygon)
        assert (result.cells[index], result.valid_cells[index], result.wet_cells[index]) == \
            (cells, valid, wet)
        assert result.max_depth[index] == pytest.approx(max(valid_depths))
        assert result.mean_depth[index] == pytest.approx(np.mean(wet_depths))


def test_only_the_chunks_under_the_sites_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(flood_rasters, "CHUNK_CELLS", 32 * 32)
    path = write_raster(tmp_path / "big.tif", np.ones((256, 256), "float32"), block=32)
    reads = record_reads(monkeypatch)
    result, _ = run_sites(path, [box(X0 + 10, Y0 - 20, X0 + 20, Y0 - 10)])
    assert result.cells[0] == 100 and result.wet_cells[0] == 100
    assert sum(reads) <= 12 * 12  # the site's candidate cells, not the 65,536 of the raster


def test_polygon_straddling_the_raster_edge(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[:, 0:2] = 0.5
    path = write_raster(tmp_path / "edge.tif", depth)
    # 6 columns (x from X0-3 to X0+3: 3 outside, 3 inside) by 4 rows
    site = box(X0 - 3.0, Y0 - 6.0, X0 + 3.0, Y0 - 2.0)
    result, assessment = run_sites(path, [site], populations=[240])
    assert result.cells[0] == 24
    assert result.valid_cells[0] == 12
    assert result.unknown_pct[0] == pytest.approx(50.0)  # 12 of 24 cells outside
    assert result.wet_pct[0] == pytest.approx(100.0 * 8 / 24)  # columns 0-1 of 4 rows wet
    assert result.exposed_people[0] == pytest.approx(80.0)  # 240 x 8 / 24
    assert [(n.code, n.values[0]) for n in assessment.notes] == [("partial_coverage", 1)]


def test_overlapping_sites_each_get_their_full_stats(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[:, 4] = 2.0  # column 4 deep
    path = write_raster(tmp_path / "overlap.tif", depth)
    first = box(X0 + 1, Y0 - 6, X0 + 6, Y0 - 1)  # columns 1-5, rows 1-5: 25 cells, 5 wet
    second = box(X0 + 3, Y0 - 8, X0 + 8, Y0 - 3)  # columns 3-7, rows 3-7: 25 cells, 5 wet
    inner = box(X0 + 4, Y0 - 5, X0 + 5, Y0 - 4)  # inside both: 1 cell, wet
    result, _ = run_sites(path, [first, second, inner])
    assert list(result.cells) == [25, 25, 1]
    assert list(result.wet_cells) == [5, 5, 1]
    assert list(result.wet_pct) == pytest.approx([20.0, 20.0, 100.0])
    assert list(result.max_depth) == pytest.approx([2.0, 2.0, 2.0])


def test_nodata_is_unknown_never_dry_or_wet(tmp_path):
    depth = np.array([[0.0, 0.5, 1.2, -9999.0],
                      [0.2, -9999.0, 0.05, 3.0],
                      [0.0, 0.0, 0.0, 0.0],
                      [-9999.0, -9999.0, 0.8, 0.1]], "float32")
    path = write_raster(tmp_path / "nodata.tif", depth)
    result, _ = run_sites(path, [box(X0, Y0 - 4, X0 + 4, Y0)], populations=[1600])
    # 16 cells, 4 nodata; wet (> 0.1): 0.5, 1.2, 0.2, 3.0, 0.8 -> 5
    assert result.cells[0] == 16 and result.valid_cells[0] == 12 and result.wet_cells[0] == 5
    assert result.unknown_pct[0] == pytest.approx(25.0)
    assert result.wet_pct[0] == pytest.approx(100.0 * 5 / 16)
    assert result.mean_depth[0] == pytest.approx((0.5 + 1.2 + 0.2 + 3.0 + 0.8) / 5)
    assert result.max_depth[0] == pytest.approx(3.0)
    assert result.exposed_people[0] == pytest.approx(500.0)  # 1600 x 5 / 16
    assert result.rank[0] == 3  # 3.0 m: high


def test_negative_depths_count_as_dry_and_are_reported(tmp_path):
    depth = np.array([[-0.4, -0.1], [0.3, 0.0]], "float32")
    path = write_raster(tmp_path / "negative.tif", depth)
    result, assessment = run_sites(path, [box(X0, Y0 - 2, X0 + 2, Y0)])
    assert result.wet_cells[0] == 1 and result.valid_cells[0] == 4
    assert ("negative_depths", 2) in [(n.code, n.values[0]) for n in assessment.notes]


def test_small_site_uses_exact_cell_fractions(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[2, 3] = 1.0
    path = write_raster(tmp_path / "small.tif", depth)
    # 0.5 x 0.4 m, half over the wet cell (row 2, col 3) and half over the dry cell to
    # its right; it holds no cell centre
    site = box(X0 + 3.75, Y0 - 2.7, X0 + 4.25, Y0 - 2.3)
    result, assessment = run_sites(path, [site], populations=[10])
    assert result.cells[0] == pytest.approx(0.2)  # 0.2 m2 of 1 m2 cells
    assert result.wet_pct[0] == pytest.approx(50.0)
    assert result.exposed_people[0] == pytest.approx(5.0)
    assert result.max_depth[0] == pytest.approx(1.0)
    assert ("exact_fractions", 1) in [(n.code, n.values[0]) for n in assessment.notes]


def test_sites_and_raster_not_overlapping_are_all_unknown_with_a_note(tmp_path):
    path = write_raster(tmp_path / "far.tif", np.ones((10, 10), "float32"))
    site = box(X0 + 1000, Y0 - 50, X0 + 1010, Y0 - 40)
    result, assessment = run_sites(path, [site], populations=[100])
    assert result.cells[0] == 100 and result.unknown_pct[0] == 100.0
    # wholly unknown: no wet share and no exposed people (null), never 0 = dry
    assert np.isnan(result.wet_pct[0]) and np.isnan(result.exposed_people[0]) and result.rank[0] == -1
    assert [(n.code, n.values[0]) for n in assessment.notes] == [("no_overlap", 1), ("sites_unknown", 1)]


def test_all_nodata_raster_gives_unknown_and_a_note(tmp_path):
    path = write_raster(tmp_path / "empty.tif", np.full((10, 10), -9999.0, "float32"))
    result, assessment = run_sites(path, [box(X0 + 1, Y0 - 5, X0 + 5, Y0 - 1)])
    assert result.unknown_pct[0] == 100.0 and np.isnan(result.max_depth[0])
    assert "no_valid_cells" in [n.code for n in assessment.notes]


def test_raster_without_crs_is_a_clear_error(tmp_path):
    path = write_raster(tmp_path / "nocrs.tif", np.ones((10, 10), "float32"), crs=None)
    with pytest.raises(InputError, match="'nocrs' has no coordinate reference system.*Assign"):
        open_hazard_raster(path)
    assert open_hazard_raster(path, crs=UTM).crs.to_epsg() == 32630  # a CRS set in QGIS


def test_a_crs_proj_does_not_know_is_an_input_error_naming_the_raster(tmp_path):
    path = write_raster(tmp_path / "odd.tif", np.ones((4, 4), "float32"))
    with pytest.raises(InputError, match="Raster 'odd': PROJ does not know the coordinate reference "
                                         "system 'EPSG:999999'.*EPSG code"):
        open_hazard_raster(path, crs="EPSG:999999")


def test_band_out_of_range(tmp_path):
    path = write_raster(tmp_path / "one.tif", np.ones((4, 4), "float32"))
    with pytest.raises(InputError, match="has 1 band.*band 2 does not exist"):
        open_hazard_raster(path, band=2)


# --- CRS -----------------------------------------------------------------------------------------

def test_geographic_input_gives_the_same_answer_as_utm(tmp_path):
    rng = np.random.default_rng(5)
    depth = rng.uniform(0.0, 1.0, (10, 10)).astype("float32")
    path = write_raster(tmp_path / "utm.tif", depth)
    site = Polygon([(X0 + 1.3, Y0 - 8.6), (X0 + 8.2, Y0 - 7.7), (X0 + 6.1, Y0 - 1.4)])
    corridor = LineString([(X0 + 0.4, Y0 - 3.3), (X0 + 9.7, Y0 - 6.2)])
    in_degrees = to_crs([site, corridor], UTM, core_crs.WGS84, densify_first=False)
    metric = core_crs.metric_crs(core_crs.WGS84, in_degrees[0].bounds)
    assert metric.to_epsg() == 32630  # the glue's choice: the UTM zone of the data
    back = to_crs(in_degrees, core_crs.WGS84, metric, densify_first=False)
    raster = open_hazard_raster(path)
    results = []
    for polygon, line in ((site, corridor), tuple(back)):
        sites = assess_sites([polygon], [50], UTM, [Scenario("s", "s", raster=raster)], depth_model())
        lines = assess_corridors([line], UTM, [Scenario("s", "s", raster=raster)], depth_model())
        results.append((sites.results["s"].cells[0], sites.results["s"].wet_pct[0],
                        sites.results["s"].max_depth[0], lines.results["s"].wet_m[0],
                        lines.length_m[0]))
    assert results[0][:3] == results[1][:3]
    assert results[0][3:] == pytest.approx(results[1][3:], rel=1e-9)


def test_raster_in_another_crs_than_the_vectors(tmp_path):
    """A raster in degrees under sites and corridors in UTM: checked against
    raster cells projected to UTM one by one."""
    rng = np.random.default_rng(9)
    depth = rng.choice([0.0, 0.4, 1.1, 2.2], size=(30, 30)).astype("float32")
    step = 0.0001  # about 11 m
    transform = from_origin(-4.2, 14.503, step, step)
    path = write_raster(tmp_path / "degrees.tif", depth, transform, crs="EPSG:4326")
    to_utm = core_crs.transformer("EPSG:4326", UTM).transform
    centre_x, centre_y = to_utm(-4.2 + 15 * step, 14.503 - 15 * step)
    site = Point(centre_x + 7.3, centre_y - 4.1).buffer(95.0, 8)
    corridor = LineString([(centre_x - 140.2, centre_y - 120.7), (centre_x + 20.6, centre_y + 33.3),
                           (centre_x + 150.1, centre_y - 10.9)])
    raster = open_hazard_raster(path)
    sites = assess_sites([site], [None], UTM, [Scenario("s", "s", raster=raster)], depth_model())
    lines = assess_corridors([corridor], UTM, [Scenario("s", "s", raster=raster)], depth_model())
    cells = wet_cells = 0
    wet_length = 0.0
    for row in range(30):
        for col in range(30):
            cx, cy = to_utm(*(transform * (col + 0.5, row + 0.5)))
            if site.contains(Point(cx, cy)):
                cells += 1
                wet_cells += depth[row, col] > 0.1
            corners = [transform * (col + dc, row + dr) for dc, dr in
                       [(i / 10, 0) for i in range(10)] + [(1, i / 10) for i in range(10)]
                       + [(1 - i / 10, 1) for i in range(10)] + [(0, 1 - i / 10) for i in range(10)]]
            cell = Polygon([to_utm(x, y) for x, y in corners])
            if depth[row, col] > 0.1:
                wet_length += corridor.intersection(cell).length
    assert sites.results["s"].cells[0] == cells
    assert sites.results["s"].wet_cells[0] == wet_cells
    assert lines.results["s"].wet_m[0] == pytest.approx(wet_length, rel=1e-6)
    assert lines.results["s"].unknown_m[0] == pytest.approx(0.0, abs=1e-9)


# --- hazard kinds --------------------------------------------------------------------------------

def test_binary_extent_raster(tmp_path):
    extent = np.zeros((10, 10), "uint8")
    extent[:5, :] = 1
    path = write_raster(tmp_path / "binary.tif", extent, nodata=255)
    result, _ = run_sites(path, [box(X0, Y0 - 10, X0 + 10, Y0)], populations=[100],
                          model=HazardModel("binary"))
    assert result.wet_pct[0] == pytest.approx(50.0) and result.rank[0] == 1
    assert np.isnan(result.max_depth[0]) and np.isnan(result.mean_depth[0])


def test_classified_raster_with_a_class_table(tmp_path):
    codes = np.zeros((10, 10), "int16")
    codes[0, :] = 3
    codes[1, :] = 1
    codes[2, :] = 7  # not in the table: unknown
    path = write_raster(tmp_path / "classes.tif", codes, nodata=-1)
    table = parse_class_table("0=none; 1=low\n2=medium, 3=high")
    assert table == [(0.0, "none"), (1.0, "low"), (2.0, "medium"), (3.0, "high")]
    model = HazardModel("classified", class_table=table)
    result, _ = run_sites(path, [box(X0, Y0 - 4, X0 + 10, Y0)], model=model)  # rows 0-3
    assert result.wet_pct[0] == pytest.approx(50.0)  # rows 0 and 1 of 4
    assert result.unknown_pct[0] == pytest.approx(25.0)  # row 2: code 7
    assert result.rank[0] == 3 and model.class_name(3) == "high"
    line_result, _ = run_lines(path, [LineString([(X0, Y0 - 2.5), (X0 + 4, Y0 - 2.5)])], model)
    assert line_result.unknown_m[0] == pytest.approx(4.0)


@pytest.mark.parametrize("text, message", [
    ("0=none,low=1", "the code 'low' is not a number"),
    ("0=none,1", "'1' is not code=name"),
    ("0=none", "at least two"),
    ("0=none,1=low,1=high", "appears twice"),
])
def test_bad_class_tables_are_clear_errors(text, message):
    with pytest.raises(InputError, match=message):
        parse_class_table(text)


def test_the_model_of_a_run_needs_a_class_table_only_when_classified():
    depth = hazard_model("depth", PETA, 0.2)
    assert depth.kind == "depth" and depth.wet_threshold == 0.2 and depth.class_table == []
    classified = hazard_model("classified", PETA, 0.1, "0=none; 5=high")
    assert classified.class_table == [(0.0, "none"), (5.0, "high")]
    for empty in (None, "", "  "):
        with pytest.raises(InputError, match="'classified' but CLASS_TABLE is empty"):
            hazard_model("classified", PETA, 0.1, empty)


def test_custom_thresholds_make_the_classes(tmp_path):
    depth = np.array([[0.05, 0.3], [0.6, 1.6]], "float32")
    path = write_raster(tmp_path / "custom.tif", depth)
    model = depth_model(scheme=custom_hazard_scheme("0.1,0.5,1.5"))
    line, _ = run_lines(path, [LineString([(X0, Y0 - 0.5), (X0 + 1.9, Y0 - 0.5)])], model)
    assert line.rank[0] == 1  # 0.3 m: 0.1-0.5 m
    site, _ = run_sites(path, [box(X0, Y0 - 2, X0 + 2, Y0)], model=model)
    assert site.rank[0] == 3 and model.class_name(3) == "over 1.5 m"


# --- extents, shelters, points, worst scenario -----------------------------------------------------

def test_flood_extent_polygons_exact_overlay():
    x, y = X0, Y0 - 200  # on zone 30's central meridian: UTM is measured in as it is
    extent = box(x, y, x + 50, y + 100)
    site = box(x + 25, y + 10, x + 75, y + 30)  # half of it inside the extent
    corridor = LineString([(x + 10, y + 50), (x + 90, y + 50)])  # 40 m of 80 inside
    scenario = Scenario("Observed", "observed", extents=[extent])
    sites = assess_sites([site], [300], UTM, [scenario], depth_model())
    lines = assess_corridors([corridor], UTM, [scenario], depth_model())
    assert sites.results["observed"].wet_pct[0] == pytest.approx(50.0)
    assert sites.results["observed"].exposed_people[0] == pytest.approx(150.0)
    assert sites.results["observed"].unknown_pct[0] == 0.0
    assert lines.results["observed"].wet_m[0] == pytest.approx(40.0)
    pieces = sorted((s.rank, s.length_m) for s in lines.segments)
    assert pieces == [(0, pytest.approx(40.0)), (1, pytest.approx(40.0))]


def test_shelters_on_wet_cells_are_the_exposed_people(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[:, :3] = 0.8  # columns 0-2 wet
    depth[0, 9] = -9999.0
    path = write_raster(tmp_path / "shelters.tif", depth)
    site = box(X0, Y0 - 10, X0 + 10, Y0)
    shelters = Shelters(np.array([X0 + 0.5, X0 + 2.5, X0 + 5.5, X0 + 9.5, X0 + 50.0]),
                        np.array([Y0 - 5.5, Y0 - 1.5, Y0 - 5.5, Y0 - 0.5, Y0 - 5.0]),
                        np.array([4.0, 6.0, 9.0, 3.0, 100.0]))
    result, assessment = run_sites(path, [site], populations=[1000], shelters=shelters)
    assert result.exposed_people[0] == pytest.approx(10.0)  # 4 + 6 on wet cells
    assert assessment.shelters_counted == 4 and assessment.shelters_outside == 1
    assert ("shelters_unknown", 1) in [(n.code, n.values[0]) for n in assessment.notes]


def test_shelters_from_points_and_footprints():
    footprint = box(10, 10, 14, 12)
    shelters, defaulted = Shelters.at([Point(1, 2), None, footprint, Point(5, 5)],
                                      [3.0, 8.0, None, -1.0], 6.0)
    assert list(shelters.xs[:1]) == [1.0] and list(shelters.ys[:1]) == [2.0]
    assert footprint.contains(Point(shelters.xs[1], shelters.ys[1]))  # a point inside the footprint
    assert list(shelters.people) == [3.0, 6.0, 6.0]  # the skipped feature's 8 people go with it
    assert defaulted == 2  # no value, negative value: the household size


def test_point_sites_become_circles_of_the_standard_area():
    circles, radii, problems = site_circles([Point(0, 0), Point(100, 0), None], [100, None, None],
                                            0, 45.0)
    assert radii[0] == pytest.approx(math.sqrt(4500 / math.pi))  # 100 people x 45 m2
    assert circles[0].area == pytest.approx(4500, rel=1e-3)
    assert circles[1] is None and problems == [(1, "population")]
    fixed, radii, problems = site_circles([Point(0, 0)], None, 30.0, 45.0)
    assert radii == [30.0] and fixed[0].area == pytest.approx(math.pi * 900, rel=1e-3)
    with pytest.raises(InputError, match="give a Site radius.*population x 45 m2"):
        site_circles([Point(0, 0)], None, 0, 45.0)


def test_worst_scenario_most_exposed_then_wettest(tmp_path):
    low = np.zeros((10, 10), "float32")
    low[:2, :] = 1.0  # 2 rows wet
    high = np.zeros((10, 10), "float32")
    high[:5, :] = 1.0  # 5 rows wet
    raster_low = open_hazard_raster(write_raster(tmp_path / "low.tif", low))
    raster_high = open_hazard_raster(write_raster(tmp_path / "high.tif", high))
    scenarios = [Scenario("Q10", "q10", raster=raster_low), Scenario("Q100", "q100", raster=raster_high)]
    sites = [box(X0, Y0 - 10, X0 + 10, Y0), box(X0, Y0 - 10, X0 + 10, Y0 - 6)]
    assessment = assess_sites(sites, [100, 100], UTM, scenarios, depth_model())
    assert list(assessment.worst) == [1, -1]  # the second site stays dry in both
    assert assessment.results["q100"].exposed_people[0] == pytest.approx(50.0)
    tie = assess_sites(sites[:1], [None], UTM, scenarios, depth_model())  # no population
    assert list(tie.worst) == [1]  # no exposed people known: the higher wet share


def test_worst_scenario_ties_and_dry_features():
    class Result:
        def __init__(self, primary, secondary, rank):
            self.primary, self.secondary = np.array(primary), np.array(secondary)
            self.rank = np.array(rank)
    results = [Result([5.0, 0.0, 2.0, np.nan], [10.0, 0.0, 1.0, np.nan], [1, 0, 2, -1]),
               Result([5.0, 0.0, 2.0, 0.0], [20.0, 0.0, 1.0, 0.0], [2, 1, 3, 0])]
    worst, rank = worst_scenario(results, lambda r: r.primary, lambda r: r.secondary)
    # feature 0: tie on the first measure, the second decides; 1: dry everywhere, so none,
    # with the highest rank met; 2: full tie, the first scenario; 3: null then dry
    assert list(worst) == [1, -1, 0, -1] and list(rank) == [2, 1, 2, 0]
    assert by_scenario(results, lambda r: r.primary)[:, 3].tolist() == [-1.0, 0.0]


def test_loading_the_package_imports_no_raster_library():
    """Loading imports no raster library; assessing reads through GDAL's own
    bindings (QGIS has them loaded), never rasterio (0.03 s per run)."""
    code = ("import sys; import mali_sites_plugin.flood as flood; "
            "heavy = [m for m in ('rasterio', 'scipy', 'osgeo.gdal') if m in sys.modules]; "
            "assert not heavy, heavy; flood.assess_sites; flood.assess_corridors; flood.open_hazard_raster; "
            "assert 'osgeo.gdal' in sys.modules and 'rasterio' not in sys.modules; print(set(dir(flood)) >= {'assess_corridors', "
            "'HazardModel', 'Scenario', 'Shelters', 'site_circles', 'summary_rows', 'write_csv'})")
    completed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0 and completed.stdout.strip() == "True", completed.stderr


# --- names and reports ---------------------------------------------------------------------------

def test_scenario_names_and_field_suffixes():
    assert sanitize_key("Crue décennale (Q10)") == "crue_decennale_q10"
    assert scenario_keys(["Q10", "q10", "Q10 "]) == ["q10", "q10_2", "q10_3"]
    assert sanitize_key("Q-10 / 2024") == "q_10_2024" and sanitize_key("***") == "scenario"
    assert scenario_names("", ["a", "b"]) == ["a", "b"]
    assert scenario_names(" Q10 , Q100", ["a", "b"]) == ["Q10", "Q100"]
    with pytest.raises(InputError, match="SCENARIO_NAMES has 1 name.*2 scenario"):
        scenario_names("Q10", ["a", "b"])


def test_table_totals_by_region(tmp_path):
    depth = np.zeros((10, 10), "float32")
    depth[:, :5] = 0.5  # west half wet
    path = write_raster(tmp_path / "r.tif", depth)
    raster = open_hazard_raster(path)
    scenarios = [Scenario("Q10", "q10", raster=raster)]
    sites = [box(X0, Y0 - 2, X0 + 10, Y0), box(X0 + 5, Y0 - 4, X0 + 10, Y0 - 2),
             box(X0, Y0 - 6, X0 + 5, Y0 - 4)]
    populations = [100.0, 40.0, 60.0]
    model = depth_model()
    assessment = assess_sites(sites, populations, UTM, scenarios, model)
    rows = summary_rows(scenarios, assessment, populations, ["Mopti", "Ségou", "Mopti"])
    by_region = {row["region"]: row for row in rows}
    # site 1 half wet (50 people), site 2 dry, site 3 all wet (60)
    assert by_region[""]["exposed_people"] == pytest.approx(110.0)
    assert by_region[""]["sites_flooded"] == 2 and by_region[""]["population"] == 200.0
    assert by_region["Mopti"]["exposed_people"] == pytest.approx(110.0)
    assert by_region["Ségou"]["exposed_people"] == pytest.approx(0.0)
    assert by_region["Mopti"]["exposed_pct"] == pytest.approx(110.0 / 160.0 * 100)
    write_csv(tmp_path / "t.csv", rows)
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("scenario,region,sites,sites_flooded")
    assert lines[2].startswith("Q10,Mopti,2,2,0,0,160.000,110.000")  # sites_unknown 0
