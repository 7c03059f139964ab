"""The output layers of malisites:sitelayout: each with its table (fields and
values from mali_sites_plugin.layout.tables, imported when a run writes them)
and its style, written in the site layer's CRS."""
from dataclasses import dataclass

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY

from ...mali_sites_plugin.common.columns import rows
from ...mali_sites_plugin.common.lazy import lazy_module
from ..common import compat
from ..common.base import check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import make_fields, transformed

tables = lazy_module("...mali_sites_plugin.layout.tables", __package__)

OUTPUT_PLOTS, OUTPUT_SHELTERS, OUTPUT_BLOCKS = "OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS"
OUTPUT_ROADS, OUTPUT_FIREBREAKS = "OUTPUT_ROADS", "OUTPUT_FIREBREAKS"
OUTPUT_FACILITIES, OUTPUT_EXCLUDED = "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED"
OUTPUT_PATHS, OUTPUT_DRAINS = "OUTPUT_PATHS", "OUTPUT_DRAINS"
BATCH = 5000  # features per write (and cancel check)


def _shape(record, transform):
    return transformed(record.geometry, transform)


def _area(record, transform):
    """An area as a multipolygon: a block, a road or excluded land may be in
    several parts (and a plot once in degrees), and a GeoPackage layer
    declared of polygons must not hold multipolygons."""
    geometry = transformed(record.geometry, transform)
    geometry.convertToMultiType()
    return geometry


def _point(facility, transform):
    point = QgsGeometry.fromPointXY(QgsPointXY(*facility.xy))
    point.transform(transform)
    return point


@dataclass(frozen=True)
class OutputLayer:
    name: str  # the output parameter
    table: str  # name of its RecordTable in mali_sites_plugin.layout.tables: the SitePlan list and its fields
    style: str
    geometry: object = _area  # (record, metric-to-site transform) -> QgsGeometry
    wkb: object = compat.WKB_MULTIPOLYGON


LAYERS = (
    OutputLayer(OUTPUT_PLOTS, "PLOTS", "layout_plots"),
    OutputLayer(OUTPUT_SHELTERS, "SHELTERS", "layout_shelters"),
    OutputLayer(OUTPUT_BLOCKS, "BLOCKS", "layout_blocks"),
    OutputLayer(OUTPUT_ROADS, "ROADS", "layout_roads"),
    OutputLayer(OUTPUT_FIREBREAKS, "FIREBREAKS", "layout_firebreaks"),
    OutputLayer(OUTPUT_EXCLUDED, "EXCLUDED", "layout_excluded"),
    OutputLayer(OUTPUT_FACILITIES, "FACILITIES", "layout_facilities", _point, compat.WKB_POINT),
    OutputLayer(OUTPUT_PATHS, "PATHS", "layout_paths", _shape, compat.WKB_LINESTRING),
    OutputLayer(OUTPUT_DRAINS, "DRAINS", "layout_drains", _shape, compat.WKB_LINESTRING),
)


def write_plans(outputs, context, feedback, plans, metric_of, site_crs):
    """Every output layer of ``plans`` (SitePlans in the metric CRS
    ``metric_of[id(plan)]``) in ``site_crs``: {output: destination}."""
    transforms = {id(plan): QgsCoordinateTransform(metric_of[id(plan)], site_crs, context.transformContext())
                  for plan in plans}
    results = {}
    for step, layer in enumerate(LAYERS):
        check_canceled(feedback)
        table = getattr(tables, layer.table)
        fields = make_fields(("site_id", "string"), *table.fields)
        sink, dest = outputs.sink(layer.name, fields, layer.wkb, site_crs)
        if sink is None:
            continue
        batch = []
        for plan in plans:
            for record, values in zip(getattr(plan, table.attribute), rows(table.columns(plan))):
                feature = QgsFeature(fields)
                feature.setGeometry(layer.geometry(record, transforms[id(plan)]))
                feature.setAttributes(list(values))
                batch.append(feature)
                if len(batch) >= BATCH:
                    check_canceled(feedback)
                    sink.addFeatures(batch, compat.FAST_INSERT)
                    batch = []
        sink.addFeatures(batch, compat.FAST_INSERT)
        style_on_load(context, dest, layer.style)
        results[layer.name] = dest
        feedback.setProgress(90.0 + 10.0 * (step + 1) / len(LAYERS))
    return results
