"""The WASH coverage outputs: the input features with the audit's fields
(shelters, water points, latrines), the gap polygons and the suggested new
facilities."""
import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...mali_sites_plugin.common.columns import rows
from ...mali_sites_plugin.wash.tables import (flood_gap_table, gap_table, latrine_columns, shelter_columns,
                                              suggestion_table, water_point_columns)
from ..common import compat
from ..common.base import check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import extended_fields, fields_of, source_features, transformed
from .inputs import batches

def write_shelters(outputs, context, steps, name, shelters, result, water_ids, latrine_ids, network_mode):
    """The shelters as they are, with people, nearest facility, distance and
    verdict per kind (and the snapping distance with a path network)."""
    columns = shelter_columns(result, shelters.people, shelters.layer.located, water_ids, latrine_ids,
                              network_mode)
    steps.setProgress(0)  # this step starts (the audit left its feedback at 100)
    return _write_input_features(outputs, context, name, shelters.layer, columns, "wash_shelters", steps)


def write_water_points(outputs, context, name, water, result):
    columns = water_point_columns(water.kinds, water.facilities, result.water.load, result.flood)
    return _write_input_features(outputs, context, name, water.layer, columns, "wash_water_points")


def write_latrines(outputs, context, name, latrines, result):
    columns = latrine_columns(latrines.cubicles, latrines.genders, latrines.facilities, result)
    return _write_input_features(outputs, context, name, latrines.layer, columns, "wash_latrines")


def _write_input_features(outputs, context, name, layer, columns, style, feedback=None):
    """The input features as stored (geometry and fields), with ``columns``
    added: read again from the source a batch at a time, each feature
    written with the values of its row (matched by feature id)."""
    source = layer.source
    fields, _, kept = extended_fields(source.fields(), fields_of(columns))
    sink, dest = outputs.sink(name, fields, source.wkbType(), source.sourceCrs(), behind=True)
    if sink is None:
        return None
    values = [column.values for column in columns]
    keep_all = kept == list(range(source.fields().count()))  # no input field replaced by a new one
    written, total = 0, max(len(layer), 1)
    for batch in batches(source_features(source)):
        if feedback is not None:
            check_canceled(feedback)
        rows = layer.rows_of([feature.id() for feature in batch])
        if (rows < 0).any():
            raise QgsProcessingException(QCoreApplication.translate(
                "MaliSites", "Layer '{0}' changed during the run (feature {1} was not there when it was read): "
                "run again.").format(source.sourceName(), batch[int(np.flatnonzero(rows < 0)[0])].id()))
        first = int(rows[0])
        if rows[-1] == first + len(rows) - 1 and (np.diff(rows) == 1).all():  # in the order first read: slices
            added = zip(*(column[first:first + len(rows)] for column in values))
        else:
            rows = rows.tolist()
            added = zip(*([column[row] for row in rows] for column in values))
        for feature, new_values in zip(batch, added):
            attributes = feature.attributes()
            if not keep_all:
                attributes = [attributes[i] for i in kept]
            attributes.extend(new_values)
            feature.setFields(fields, False)  # the input feature, reused: its geometry as it is
            feature.setAttributes(attributes)
        sink.addFeatures(batch, compat.FAST_INSERT)
        written += len(batch)
        if feedback is not None:
            feedback.setProgress(100.0 * written / total)  # handed to the sink so far, the last batch included
    sink.finish()
    style_on_load(context, dest, style)
    return dest


def write_gaps(outputs, context, name, crs, back, result):
    """One polygon per gap, in the shelters' CRS (``back`` from the metric CRS)."""
    polygons, columns = gap_table(result)
    return _write_gap_layer(outputs, context, name, back, crs, polygons, columns)


def write_flood_gaps(outputs, context, name, crs, back, result):
    """Each flood scenario's gaps, with their scenario; None without a flood audit."""
    table = flood_gap_table(result)
    return None if table is None else _write_gap_layer(outputs, context, name, back, crs, *table)


def _write_gap_layer(outputs, context, name, back, crs, polygons, columns):
    def geometry(polygon):
        shape = transformed(polygon, back)
        shape.convertToMultiType()
        return shape
    return _write_table(outputs, context, name, crs, compat.WKB_MULTIPOLYGON, map(geometry, polygons), columns,
                        "wash_gaps")


def write_suggestions(outputs, context, name, crs, back, result, water_kind, people_per_toilet):
    """The suggested facilities in the order they were chosen."""
    points, columns = suggestion_table(result, water_kind, people_per_toilet)

    def geometry(point):
        shape = QgsGeometry.fromPointXY(QgsPointXY(*point))
        shape.transform(back)
        return shape
    return _write_table(outputs, context, name, crs, compat.WKB_POINT, map(geometry, points), columns,
                        "wash_suggested")


def _write_table(outputs, context, name, crs, wkb_type, geometries, columns, style):
    """A new layer of ``columns`` (common.columns.Column), one feature per geometry."""
    fields = fields_of(columns)
    sink, dest = outputs.sink(name, fields, wkb_type, crs, behind=True)
    if sink is None:
        return None
    features = []
    for geometry, values in zip(geometries, rows(columns)):
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        features.append(feature)
    sink.addFeatures(features, compat.FAST_INSERT)  # at once: one hand-over to the writer thread
    sink.finish()
    style_on_load(context, dest, style)
    return dest
