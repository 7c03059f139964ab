"""The cycle collector skips the objects that existed before a run, during
the run only (mali_sites_plugin/common/collector.py)."""
import gc
import threading
import weakref

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from mali_sites_plugin.common.collector import earlier_objects_frozen


class Node:
    pass


def test_earlier_objects_are_frozen_for_the_block_and_cycles_made_in_it_are_collected():
    assert gc.get_freeze_count() == 0
    earlier = [Node() for _ in range(10)]
    with earlier_objects_frozen():
        assert gc.get_freeze_count() >= len(earlier)
        cycle = Node()
        cycle.itself = cycle
        gone = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert gone() is None  # made during the run: still collected
    assert gc.get_freeze_count() == 0


def test_a_block_leaves_a_collector_frozen_by_someone_else_as_it_was():
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with earlier_objects_frozen():
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_two_runs_in_threads_leave_nothing_frozen():
    inside, release = threading.Barrier(2), threading.Event()

    def run():
        with earlier_objects_frozen():
            inside.wait()
            release.wait(5)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    release.set()
    for thread in threads:
        thread.join(5)
    assert gc.get_freeze_count() == 0


class FreezeSeen(QgsProcessingFeedback):
    """Notes how many objects were frozen when the algorithm logged."""
    counts = []

    def pushInfo(self, text):  # noqa: N802
        self.counts.append(gc.get_freeze_count())
        super().pushInfo(text)


def test_processing_runs_freeze_during_the_run_and_unfreeze_after_success_and_failure(run_algorithm, tmp_path):
    from conftest import SAMPLE_DATA
    feedback = FreezeSeen()
    run_algorithm("malisites:floodexposure", {
        "HAZARDS": [str(SAMPLE_DATA / "flood_depth_q100.tif")], "SITES": str(SAMPLE_DATA / "sites.gpkg"),
        "OUTPUT_SITES": str(tmp_path / "sites.gpkg")}, feedback=feedback)
    assert feedback.counts[0] > 1000  # QGIS's objects, frozen while the algorithm ran (not after it)
    assert gc.get_freeze_count() == 0
    with pytest.raises(QgsProcessingException):
        run_algorithm("malisites:floodexposure", {"SITES": str(SAMPLE_DATA / "sites.gpkg"),
                                                  "OUTPUT_SITES": str(tmp_path / "failed.gpkg")})
    assert gc.get_freeze_count() == 0
