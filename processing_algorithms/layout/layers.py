"""The output layers of malisites:sitelayout: each with its fields, its style
and the values a SitePlan record gives them, written in the site layer's CRS."""
from dataclasses import dataclass

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY

from ..common import compat
from ..common.base import check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import as_number, make_fields, transformed

OUTPUT_PLOTS, OUTPUT_SHELTERS, OUTPUT_BLOCKS = "OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS"
OUTPUT_ROADS, OUTPUT_FIREBREAKS = "OUTPUT_ROADS", "OUTPUT_FIREBREAKS"
OUTPUT_FACILITIES, OUTPUT_EXCLUDED = "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED"
BATCH = 5000  # features per write (and cancel check)


def _polygon(record, transform):
    return transformed(record.geometry, transform)


def _point(facility, transform):
    point = QgsGeometry.fromPointXY(QgsPointXY(*facility.xy))
    point.transform(transform)
    return point


def _facility_values(facility):
    return [facility.facility_id, facility.kind, as_number(facility.capacity),
            as_number(facility.people_served), facility.cubicles, facility.female_cubicles,
            facility.male_cubicles, "female+male" if facility.cubicles else None, facility.water_type,
            facility.plots]


@dataclass(frozen=True)
class OutputLayer:
    name: str  # the output parameter
    attribute: str  # the SitePlan list it writes
    style: str
    fields: tuple  # (name, type) after site_id
    values: object  # record -> attribute values after site_id
    geometry: object = _polygon  # (record, metric-to-site transform) -> QgsGeometry
    wkb: object = compat.WKB_POLYGON


LAYERS = (
    OutputLayer(OUTPUT_PLOTS, "plots", "layout_plots",
                (("plot_id", "int"), ("community_id", "int"), ("block_id", "int"), ("sector_id", "int"),
                 ("households", "int"), ("people", "double"), ("use", "string"), ("area_m2", "double")),
                lambda r: [r.plot_id, r.community_id, r.block_id, r.sector_id, r.households, r.people, r.use,
                           r.geometry.area]),
    OutputLayer(OUTPUT_SHELTERS, "shelters", "layout_shelters",
                (("plot_id", "int"), ("people", "double"), ("area_m2", "double")),
                lambda r: [r.plot_id, r.people, r.area_m2]),
    OutputLayer(OUTPUT_BLOCKS, "blocks", "layout_blocks",
                (("block_id", "int"), ("sector_id", "int"), ("communities", "int"), ("plots", "int"),
                 ("households", "int"), ("people", "double"), ("area_m2", "double")),
                lambda r: [r.block_id, r.sector_id, r.communities, r.plots, r.households, r.people,
                           r.geometry.area]),
    OutputLayer(OUTPUT_ROADS, "roads", "layout_roads",
                (("road_class", "string"), ("width_m", "double"), ("area_m2", "double")),
                lambda r: [r.road_class, r.width_m, r.geometry.area]),
    OutputLayer(OUTPUT_FIREBREAKS, "firebreaks", "layout_firebreaks",
                (("width_m", "double"), ("area_m2", "double")),
                lambda r: [r.width_m, r.geometry.area]),
    OutputLayer(OUTPUT_EXCLUDED, "excluded", "layout_excluded",
                (("reason", "string"), ("area_m2", "double")),
                lambda r: [r.reason, r.area_m2]),
    OutputLayer(OUTPUT_FACILITIES, "facilities", "layout_facilities",
                (("facility_id", "string"), ("kind", "string"), ("capacity", "double"),
                 ("people_served", "double"), ("cubicles", "int"), ("female_cubicles", "int"),
                 ("male_cubicles", "int"), ("gender", "string"), ("water_type", "string"), ("plots", "int")),
                _facility_values, _point, compat.WKB_POINT),
)


def write_plans(outputs, context, feedback, plans, metric_of, site_crs):
    """Every output layer of ``plans`` (SitePlans in the metric CRS
    ``metric_of[id(plan)]``) in ``site_crs``: {output: destination}."""
    transforms = {id(plan): QgsCoordinateTransform(metric_of[id(plan)], site_crs, context.transformContext())
                  for plan in plans}
    results = {}
    for step, layer in enumerate(LAYERS):
        check_canceled(feedback)
        fields = make_fields(("site_id", "string"), *layer.fields)
        sink, dest = outputs.sink(layer.name, fields, layer.wkb, site_crs)
        if sink is None:
            continue
        batch = []
        for plan in plans:
            for record in getattr(plan, layer.attribute):
                feature = QgsFeature(fields)
                feature.setGeometry(layer.geometry(record, transforms[id(plan)]))
                feature.setAttributes([plan.label] + layer.values(record))
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
