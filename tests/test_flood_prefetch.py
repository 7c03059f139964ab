"""The hazard raster read while the sites are (mali_sites_plugin/flood/prefetch.py):
the zonal pass takes the chunks read ahead instead of reading them again, and
nothing it finds or reports changes, on a compressed file, mosaic and damaged
file; uncompressed files are not read ahead."""
import threading

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from shapely.geometry import box

import extent_samples as samples
from mali_sites_plugin.common.standards import load_hazard_schemes
from mali_sites_plugin.flood import prefetch as flood_prefetch
from mali_sites_plugin.flood import rasters as flood_rasters
from mali_sites_plugin.flood.hazard import hazard_model
from mali_sites_plugin.flood.prefetch import SitesPrefetch, taken_by_the_zonal_pass
from mali_sites_plugin.flood.rasters import open_hazard_raster
from mali_sites_plugin.flood.zonal import polygon_statistics

SCHEMES, DEFAULT = load_hazard_schemes()
MODEL = hazard_model("depth", SCHEMES[DEFAULT], 0.1)
SITES = [box(-6.6, 13.6, -5.4, 14.8), box(-6.9, 14.2, -6.3, 14.9), box(-6.05, 14.5, -5.95, 14.6)]


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 128 x 128 cells, two threads whatever the machine, and the
    windows GDAL is asked to read: [(file, (r0, c0, r1, c1))]."""
    monkeypatch.setattr(flood_rasters, "CHUNK_CELLS", 128 * 128)
    monkeypatch.setattr(flood_prefetch, "READ_THREADS", 2)
    reads = []
    read_window = flood_rasters.WindowReader._read_window
    monkeypatch.setattr(flood_rasters.WindowReader, "_read_window",
                        lambda self, *window: reads.append((self.raster.path, window)) or read_window(self, *window))
    return reads


def statistics(path, read_ahead, reads):
    """(the statistics as lists, the windows GDAL read in the zonal pass, the
    bytes of each chunk it found read ahead, the raster)."""
    raster = open_hazard_raster(path)
    found = []
    if read_ahead:
        prefetch = SitesPrefetch(raster, (-7.0, 13.5, -5.0, 15.0))
        prefetch._thread.join()  # as if the sites took long to read: every chunk under them is read
        files = [raster] + [tile.raster for tile in raster.tiles or ()]
        found = [chunk[2].nbytes for f in files if f.read_ahead for chunk in f.read_ahead.chunks.values()]
    reads.clear()
    with taken_by_the_zonal_pass(raster):
        stats = polygon_statistics(raster, SITES, MODEL)
    files = [raster] + [tile.raster for tile in raster.tiles or ()]
    assert all(f.read_ahead is None for f in files)  # dropped after the pass
    return ([stats.cells.tolist(), stats.valid.tolist(), stats.wet.tolist(), stats.max_value.tolist(),
             stats.inside.tolist()], list(reads), found, raster)


@pytest.mark.parametrize("kind", ["mosaic", "file"])
def test_the_chunks_read_ahead_are_taken_and_change_nothing(tmp_path, small_chunks, kind):
    vrt, single, _ = samples.write_mosaic(tmp_path, compress="deflate")
    path = vrt if kind == "mosaic" else single
    alone, read_alone, _, _ = statistics(path, False, small_chunks)
    ahead, read_after, found, _ = statistics(path, True, small_chunks)
    assert ahead == alone and alone[2][0] > 0  # the same cells, wet cells and depths
    assert len(found) > 4 and read_after == []  # every chunk under the sites was read ahead: none read again
    assert len(read_alone) >= len(found) / 2


def test_a_budget_stops_the_reading_ahead(tmp_path, small_chunks, monkeypatch):
    vrt, _, _ = samples.write_mosaic(tmp_path, compress="deflate")
    budget = 3 * 256 * 256 * 4  # three whole float32 chunks (of one 256 x 256 block each)
    monkeypatch.setattr(flood_prefetch, "PREFETCH_BYTES", budget)
    alone, read_alone, _, _ = statistics(vrt, False, small_chunks)
    ahead, read_after, found, _ = statistics(vrt, True, small_chunks)
    assert sum(found[:-1]) < budget <= sum(found)  # it stops with the chunk that fills the budget
    assert ahead == alone and len(read_after) == len(read_alone) - len(found)  # the others: read by the pass


def test_a_damaged_file_reports_the_same_bad_blocks_with_or_without_reading_ahead(tmp_path, small_chunks):
    _, single, _ = samples.write_mosaic(tmp_path, compress="deflate")
    data = open(single, "rb").read()
    open(single, "wb").write(data[:len(data) * 2 // 3])  # the last blocks cut off
    alone, _, _, raster_alone = statistics(single, False, small_chunks)
    ahead, read_after, found, raster_ahead = statistics(single, True, small_chunks)
    assert raster_alone.unreadable and set(raster_ahead.unreadable) == set(raster_alone.unreadable)  # the same blocks
    assert ahead == alone and 0 < alone[1][0] < alone[0][0]  # part unknown, the same part
    assert found and read_after  # the damaged chunks were left to the zonal pass


def test_nothing_is_read_ahead_without_a_raster_or_of_an_uncompressed_file(tmp_path, small_chunks):
    vrt, single, _ = samples.write_mosaic(tmp_path)
    for raster in (None, open_hazard_raster(vrt), open_hazard_raster(single)):
        prefetch = SitesPrefetch(raster, (-7.0, 13.5, -5.0, 15.0))
        assert prefetch._thread is None
        prefetch.release()


class CancelAtOnce(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.cancel()


def test_a_cancelled_run_leaves_no_thread_reading_and_no_output(run_algorithm, tmp_path):
    vrt, _, _ = samples.write_mosaic(tmp_path)
    sites = samples.write_sites(tmp_path / "sites.gpkg", [(i, site, 100) for i, site in enumerate(SITES)],
                                "EPSG:4326")
    output = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException):
        run_algorithm("malisites:floodexposure", {"HAZARDS": [vrt], "SITES": sites,
                                                  "OUTPUT_SITES": str(output)}, feedback=CancelAtOnce())
    assert not [t for t in threading.enumerate() if t.name.startswith("mali-sites-prefetch")]
    assert not output.exists()
