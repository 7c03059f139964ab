"""The WASH coverage outputs: the input features with the audit's fields
(shelters, water points, latrines), the gap polygons and the suggested new
facilities."""
import math

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

from ..common import compat
from ..common.base import check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import as_number, extended_fields, make_field, make_fields, transformed

BATCH = 5000


def write_shelters(outputs, context, steps, name, shelters, result, water_ids, latrine_ids, network_mode):
    """The shelters as they are, with people, nearest facility, distance and
    verdict per kind (and the snapping distance with a path network)."""
    new = [make_field("people", "double"), make_field("wp_id", "string"),
           make_field("wp_dist_m", "double"), make_field("wp_ok", "bool")]
    if latrine_ids is not None:
        new += [make_field("lat_id", "string"), make_field("lat_dist_m", "double"),
                make_field("lat_ok", "bool")]
    if network_mode:
        new.append(make_field("snap_m", "double"))
    source, features = shelters.layer.source, shelters.layer.features
    fields, _, kept = extended_fields(source.fields(), new)
    sink, dest = outputs.sink(name, fields, source.wkbType(), source.sourceCrs())
    new_values = list(zip(*_shelter_columns(shelters, result, water_ids, latrine_ids, network_mode)))
    total = max(len(features), 1)
    for start in range(0, len(features), BATCH):
        check_canceled(steps)
        batch = features[start:start + BATCH]
        for feature, values in zip(batch, new_values[start:start + BATCH]):
            attributes = feature.attributes()
            feature.setFields(fields, False)  # the input feature, reused: its geometry as it is
            feature.setAttributes([attributes[i] for i in kept] + list(values))
        sink.addFeatures(batch, compat.FAST_INSERT)
        steps.setProgress(100.0 * start / total)
    style_on_load(context, dest, "wash_shelters")
    return dest


def _shelter_columns(shelters, result, water_ids, latrine_ids, network_mode):
    located = shelters.layer.located
    columns = [shelters.people.tolist()]
    for access, ids in ((result.water.access, water_ids),
                        (result.latrines.access if result.latrines else None, latrine_ids)):
        if access is not None:
            columns += [_one_per_feature([None if f < 0 else ids[f] for f in access.facility.tolist()], located),
                        _one_per_feature(_finite(access.distance), located),
                        _one_per_feature(access.within.tolist(), located)]
    if network_mode:
        columns.append(_one_per_feature(_finite(result.water.access.snap), located))
    return columns


def write_water_points(outputs, context, name, water, result):
    load, facilities = result.water.load, water.facilities
    new = [make_field("wp_type", "string"), make_field("functional", "bool"),
           make_field("assigned_people", "double"), make_field("capacity", "double"),
           make_field("load_pct", "double"), make_field("overloaded", "bool")]
    rows = [[water.kinds[i], bool(facilities.functional[i]), float(load.assigned_people[i]),
             float(facilities.capacity[i]), as_number(load.load_pct[i]), bool(load.overloaded[i])]
            for i in range(len(water.layer.features))]
    return _write_facilities(outputs, context, name, water.layer, new, rows, "wash_water_points")


def write_latrines(outputs, context, name, latrines, result):
    load, facilities = result.latrines.load, latrines.facilities
    new = [make_field("cubicles", "int"), make_field("gender", "string"),
           make_field("functional", "bool"), make_field("assigned_people", "double"),
           make_field("capacity", "double"), make_field("load_pct", "double"),
           make_field("overloaded", "bool"), make_field("near_water_m", "double"),
           make_field("contamination_risk", "bool")]
    rows = [[int(latrines.cubicles[i]), latrines.genders[i] if latrines.genders is not None else None,
             bool(facilities.functional[i]), float(load.assigned_people[i]),
             float(facilities.capacity[i]), as_number(load.load_pct[i]), bool(load.overloaded[i]),
             as_number(result.contamination_distance[i]), bool(result.contamination_risk[i])]
            for i in range(len(latrines.layer.features))]
    return _write_facilities(outputs, context, name, latrines.layer, new, rows, "wash_latrines")


def _write_facilities(outputs, context, name, layer, new_fields, rows, style):
    fields, _, kept = extended_fields(layer.source.fields(), new_fields)
    sink, dest = outputs.sink(name, fields, layer.source.wkbType(), layer.source.sourceCrs())
    if sink is None:
        return None
    batch = []
    for feature, values in zip(layer.features, rows):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        attributes = feature.attributes()
        out.setAttributes([attributes[i] for i in kept] + values)
        batch.append(out)
    sink.addFeatures(batch, compat.FAST_INSERT)
    style_on_load(context, dest, style)
    return dest


def write_gaps(outputs, context, name, crs, back, result):
    """One polygon per gap, in the shelters' CRS (``back`` from the metric CRS)."""
    fields = make_fields(("kind", "string"), ("standard_m", "double"), ("people", "double"),
                         ("households", "int"), ("area_m2", "double"))
    sink, dest = outputs.sink(name, fields, compat.WKB_MULTIPOLYGON, crs)
    if sink is None:
        return None
    for kind, kind_result in (("water", result.water), ("latrine", result.latrines)):
        if kind_result is None:
            continue
        for gap in kind_result.gaps:
            feature = QgsFeature(fields)
            geometry = transformed(gap.geometry, back)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([kind, kind_result.figure.value, gap.people, gap.households,
                                   gap.geometry.area])
            sink.addFeature(feature, compat.FAST_INSERT)
    style_on_load(context, dest, "wash_gaps")
    return dest


def write_suggestions(outputs, context, name, crs, back, result, water_kind, people_per_toilet):
    """The suggested facilities in the order they were chosen; a latrine gets
    the cubicles the people it would serve need."""
    fields = make_fields(("kind", "string"), ("rank", "int"), ("facility_type", "string"),
                         ("cubicles", "int"), ("people_served", "double"), ("households", "int"))
    sink, dest = outputs.sink(name, fields, compat.WKB_POINT, crs)
    if sink is None:
        return None
    for kind_result in (result.water, result.latrines):
        if kind_result is None:
            continue
        for rank, suggestion in enumerate(kind_result.suggestions, start=1):
            feature = QgsFeature(fields)
            geometry = QgsGeometry.fromPointXY(QgsPointXY(*suggestion.xy))
            geometry.transform(back)
            feature.setGeometry(geometry)
            water = suggestion.kind == "water"
            feature.setAttributes([suggestion.kind, rank, water_kind if water else "latrine",
                                   None if water else int(math.ceil(suggestion.people / people_per_toilet)),
                                   suggestion.people, suggestion.households])
            sink.addFeature(feature, compat.FAST_INSERT)
    style_on_load(context, dest, "wash_suggested")
    return dest


def _finite(values):
    """A numpy array as a list, with None for inf/nan (NULL in the output)."""
    return [as_number(v) for v in np.asarray(values, dtype=float).tolist()]


def _one_per_feature(values, located):
    """Values of the located features, one per feature: None for the features without a location."""
    it = iter(values)
    return [next(it) if ok else None for ok in located.tolist()]
