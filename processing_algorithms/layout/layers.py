"""The output layers of malisites:sitelayout: each with its fields, its style
and the values a SitePlan record gives them, written in the site layer's CRS."""
from qgis.core import QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY

from ..common import compat
from ..common.base import check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import as_number, make_fields, transformed

OUTPUT_PLOTS, OUTPUT_SHELTERS, OUTPUT_BLOCKS = "OUTPUT_PLOTS", "OUTPUT_SHELTERS", "OUTPUT_BLOCKS"
OUTPUT_ROADS, OUTPUT_FIREBREAKS = "OUTPUT_ROADS", "OUTPUT_FIREBREAKS"
OUTPUT_FACILITIES, OUTPUT_EXCLUDED = "OUTPUT_FACILITIES", "OUTPUT_EXCLUDED"

# (output, SitePlan attribute, style, fields, attribute values of a record after site_id)
RECORD_LAYERS = (
    (OUTPUT_PLOTS, "plots", "layout_plots",
     (("site_id", "string"), ("plot_id", "int"), ("community_id", "int"), ("block_id", "int"),
      ("sector_id", "int"), ("households", "int"), ("people", "double"), ("use", "string"),
      ("area_m2", "double")),
     lambda r: [r.plot_id, r.community_id, r.block_id, r.sector_id, r.households, r.people, r.use,
                r.geometry.area]),
    (OUTPUT_SHELTERS, "shelters", "layout_shelters",
     (("site_id", "string"), ("plot_id", "int"), ("people", "double"), ("area_m2", "double")),
     lambda r: [r.plot_id, r.people, r.area_m2]),
    (OUTPUT_BLOCKS, "blocks", "layout_blocks",
     (("site_id", "string"), ("block_id", "int"), ("sector_id", "int"), ("communities", "int"),
      ("plots", "int"), ("households", "int"), ("people", "double"), ("area_m2", "double")),
     lambda r: [r.block_id, r.sector_id, r.communities, r.plots, r.households, r.people, r.geometry.area]),
    (OUTPUT_ROADS, "roads", "layout_roads",
     (("site_id", "string"), ("road_class", "string"), ("width_m", "double"), ("area_m2", "double")),
     lambda r: [r.road_class, r.width_m, r.geometry.area]),
    (OUTPUT_FIREBREAKS, "firebreaks", "layout_firebreaks",
     (("site_id", "string"), ("width_m", "double"), ("area_m2", "double")),
     lambda r: [r.width_m, r.geometry.area]),
    (OUTPUT_EXCLUDED, "excluded", "layout_excluded",
     (("site_id", "string"), ("reason", "string"), ("area_m2", "double")),
     lambda r: [r.reason, r.area_m2]),
)
FACILITY_FIELDS = (("site_id", "string"), ("facility_id", "string"), ("kind", "string"),
                   ("capacity", "double"), ("people_served", "double"), ("cubicles", "int"),
                   ("female_cubicles", "int"), ("male_cubicles", "int"), ("gender", "string"),
                   ("water_type", "string"), ("plots", "int"))
BATCH = 5000  # features per write (and cancel check)


def write_plans(outputs, context, feedback, plans, metric_of, site_crs):
    """Every output layer of ``plans`` (SitePlans in the metric CRS
    ``metric_of[id(plan)]``) in ``site_crs``: {output: destination}."""
    transforms = {id(plan): QgsCoordinateTransform(metric_of[id(plan)], site_crs, context.transformContext())
                  for plan in plans}
    results = {}
    for step, (name, attribute, style, specs, values) in enumerate(RECORD_LAYERS):
        check_canceled(feedback)
        fields = make_fields(*specs)
        sink, dest = outputs.sink(name, fields, compat.WKB_POLYGON, site_crs)
        if sink is None:
            continue
        batch = []
        for plan in plans:
            for record in getattr(plan, attribute):
                feature = QgsFeature(fields)
                feature.setGeometry(transformed(record.geometry, transforms[id(plan)]))
                feature.setAttributes([plan.label] + values(record))
                batch.append(feature)
                if len(batch) >= BATCH:
                    check_canceled(feedback)
                    sink.addFeatures(batch, compat.FAST_INSERT)
                    batch = []
        sink.addFeatures(batch, compat.FAST_INSERT)
        style_on_load(context, dest, style)
        results[name] = dest
        feedback.setProgress(90.0 + 10.0 * step / (len(RECORD_LAYERS) + 1))
    _write_facilities(outputs, context, plans, transforms, site_crs, results)
    return results


def _write_facilities(outputs, context, plans, transforms, site_crs, results):
    fields = make_fields(*FACILITY_FIELDS)
    sink, dest = outputs.sink(OUTPUT_FACILITIES, fields, compat.WKB_POINT, site_crs)
    if sink is None:
        return
    batch = []
    for plan in plans:
        for facility in plan.facilities:
            feature = QgsFeature(fields)
            point = QgsGeometry.fromPointXY(QgsPointXY(*facility.xy))
            point.transform(transforms[id(plan)])
            feature.setGeometry(point)
            gender = "female+male" if facility.cubicles else None
            feature.setAttributes([plan.label, facility.facility_id, facility.kind,
                                   as_number(facility.capacity), as_number(facility.people_served),
                                   facility.cubicles, facility.female_cubicles, facility.male_cubicles,
                                   gender, facility.water_type, facility.plots])
            batch.append(feature)
    sink.addFeatures(batch, compat.FAST_INSERT)
    style_on_load(context, dest, "layout_facilities")
    results[OUTPUT_FACILITIES] = dest
