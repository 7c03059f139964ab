"""Python's cycle collector kept off the objects that were there before a run.

A run makes tens of thousands of small objects (features, geometries, rows),
and the collections they set off walk the objects QGIS and its plugins
already hold as well. Reading 5,000 site polygons into shapely took 0.08 to
0.12 s inside QGIS against 0.035 to 0.05 s with those objects frozen
(bench_flood_exposure.py part 4). ``gc.freeze()`` moves every object that
exists to a permanent generation the collector skips; ``gc.unfreeze()``
gives them back after the run. Cycles made during the run are collected
as usual.
"""
import gc
import threading
from contextlib import contextmanager

_LOCK = threading.Lock()


@contextmanager
def earlier_objects_frozen():
    """Freeze the objects that exist now for the ``with`` block, unless
    something else (another run in another thread) has frozen some: then
    leave the collector as it is."""
    with _LOCK:
        frozen_here = gc.get_freeze_count() == 0
        if frozen_here:
            gc.freeze()
    try:
        yield
    finally:
        if frozen_here:
            with _LOCK:
                gc.unfreeze()
