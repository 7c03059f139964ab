"""The outputs of malisites:floodexposure: site and corridor layers, the
corridor stretches, the totals table and the report."""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeature

from ...mali_sites_plugin.common.columns import rows
from ...mali_sites_plugin.flood.geometry import to_crs
from ...mali_sites_plugin.flood.summary import summary_rows, summed_populations, write_csv
from ...mali_sites_plugin.flood.tables import corridor_columns, segment_columns, site_columns
from ..common import compat
from ..common.outputs import style_on_load
from ..common.qgis_io import extended_fields, fields_of, from_shapely, from_shapely_all, is_null, to_pyproj
from .report import FloodReport

LABEL_FIELDS = ("site_name", "nom_site", "name", "nom", "site_id", "corridor_id", "id")


@dataclass
class SiteLayer:
    """The sites of a run: their features as read and what the core measures."""
    features: list  # QgsFeature, in the layer's CRS
    fields: object  # QgsFields
    crs: object  # QgsCoordinateReferenceSystem of the layer
    wkb_type: int
    polygons: list  # point sites: their circles (shapely, metric CRS); None for polygon sites
    populations: list  # float or None per site; None without a population field
    radii: list  # circle radius per point site; None for polygon sites
    regions: list  # region per site (None: empty); None without a region field
    source_geometries: list = None  # polygon sites: shapely in the layer's CRS, as read

    @property
    def is_point(self):
        return self.radii is not None


@dataclass
class CorridorLayer:
    """The corridors of a run: their features as read and their lines."""
    features: list
    fields: object
    crs: object
    wkb_type: int
    lines: list  # shapely, metric CRS


class _Batch:
    """Features written to a sink a thousand at a time."""

    def __init__(self, sink, size=1000):
        self.sink, self.size, self.features = sink, size, []

    def add(self, feature):
        self.features.append(feature)
        if len(self.features) >= self.size:
            self.flush()

    def flush(self):
        if self.features:
            self.sink.addFeatures(self.features, compat.FAST_INSERT)
            self.features = []


def unknown_count(assessment, measure):
    """Features wet in no scenario and unknown (no known cell) in at least
    one: neither flooded nor known to be dry."""
    unknown = np.zeros(len(assessment.worst), dtype=bool)
    for result in assessment.results.values():
        unknown |= np.isnan(measure(result))
    return int((unknown & (assessment.worst < 0)).sum())


def site_counts(assessment, count):
    """The run's site results: assessed, flooded (wet in a scenario), unknown."""
    return {"sites_assessed": count, "sites_flooded": int((assessment.worst >= 0).sum()),
            "sites_unknown": unknown_count(assessment, lambda result: result.wet_pct)}


def shares(monitor, sizes):
    """One monitor per size, splitting ``monitor``'s range in proportion."""
    total = max(sum(sizes), 1)
    ends = np.cumsum(sizes) / total
    return [monitor.part(end - size / total, end) for size, end in zip(sizes, ends)]


def _each(items, monitor):
    """The items in turn; stops the run if cancelled, reports progress."""
    for done, item in enumerate(items, 1):
        monitor.check()
        monitor.progress(done / len(items))
        yield item


def _fields(input_fields, columns, drop=()):
    """(QgsFields, indices of the input fields kept): the input fields, then
    ``columns``' (common.columns.Column); an input field named like one of ours
    (a previous run's output) or in ``drop`` is left out."""
    fields, _, kept = extended_fields(input_fields, fields_of(columns))
    for position in reversed(range(len(kept))):
        if input_fields.at(kept[position]).name().lower() in drop:
            fields.remove(position)
            del kept[position]
    return fields, kept


def _labels(layer):
    """A name per feature for the report: its first label field, else its id."""
    if layer is None:
        return None
    names = [f.name() for f in layer.fields]
    lowered = [n.lower() for n in names]
    for candidate in LABEL_FIELDS:
        if candidate in lowered:
            name = names[lowered.index(candidate)]
            return [("" if is_null(f[name]) else str(f[name])) or str(f.id())
                    for f in layer.features]
    return [str(f.id()) for f in layer.features]


class ExposureWriter:
    """Writes the outputs of one run, in the report language."""

    def __init__(self, outputs, context, scenarios, model, language, metric):
        self.outputs, self.context = outputs, context
        self.scenarios, self.model, self.language = scenarios, model, language
        self.metric = metric  # pyproj CRS the core measured in
        self.passable_figure = None  # the profile's flood_passable_depth_m, for the report

    def class_names(self):
        """{rank: name} of every class of the run's hazard scheme, for the legend (the
        observed states when every scenario is an observed product)."""
        model = self.model
        if self.scenarios and all(scenario.is_observed for scenario in self.scenarios):
            model = self.scenarios[0].model
        return {rank: model.class_name(rank, self.language) for rank in range(model.n_ranks)}

    def sites(self, name, layer, assessment, monitor):
        """The site layer with every scenario's numbers; {} when not asked for."""
        columns = site_columns(self.scenarios, self.model, assessment, self.language,
                               layer.radii if layer.is_point else None)
        fields, kept = _fields(layer.fields, columns)
        wkb_type = compat.WKB_MULTIPOLYGON if layer.is_point else layer.wkb_type
        sink, dest_id = self.outputs.sink(name, fields, wkb_type, layer.crs, behind=True)
        if sink is None:
            return site_counts(assessment, len(layer.features))
        batch = _Batch(sink)
        circles = (to_crs(layer.polygons, self.metric, to_pyproj(layer.crs))
                   if layer.is_point else None)
        values = rows(columns)
        for index in _each(range(len(layer.features)), monitor):
            feature = layer.features[index]
            out = QgsFeature(fields)
            if circles is None:
                out.setGeometry(feature.geometry())
            elif circles[index] is not None:
                geometry = from_shapely(circles[index])
                geometry.convertToMultiType()
                out.setGeometry(geometry)
            out.setAttributes([feature[i] for i in kept] + list(values[index]))
            batch.add(out)
        batch.flush()
        style_on_load(self.context, dest_id, "flood_sites.qml", self.class_names())
        return dict(site_counts(assessment, len(layer.features)), **{name: dest_id})

    def corridors(self, name, layer, assessment, monitor):
        """The corridor layer with every scenario's numbers, and the counts."""
        results = {"corridors_assessed": len(layer.features),
                   "corridors_flooded": int((assessment.worst >= 0).sum()),
                   "corridors_unknown": unknown_count(assessment, lambda result: result.wet_m)}
        columns = corridor_columns(self.scenarios, self.model, assessment, self.language)
        fields, kept = _fields(layer.fields, columns)
        sink, dest_id = self.outputs.sink(name, fields, layer.wkb_type, layer.crs, behind=True)
        if sink is None:
            return results
        batch = _Batch(sink)
        values = rows(columns)
        for index in _each(range(len(layer.features)), monitor):
            feature = layer.features[index]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([feature[i] for i in kept] + list(values[index]))
            batch.add(out)
        batch.flush()
        style_on_load(self.context, dest_id, "flood_corridors.qml", self.class_names())
        results[name] = dest_id
        return results

    def corridor_segments(self, name, layer, assessment, monitor):
        """The stretches of constant hazard class of every corridor and scenario."""
        columns = segment_columns(self.scenarios, self.model, assessment,
                                  [feature.id() for feature in layer.features], self.language)
        # several stretches per corridor: its fid (a GeoPackage key) cannot be copied
        fields, kept = _fields(layer.fields, columns, drop=("fid",))
        sink, dest_id = self.outputs.sink(name, fields, compat.WKB_LINESTRING, layer.crs, behind=True)
        if sink is None:
            return {}
        batch = _Batch(sink)
        geometries = from_shapely_all(to_crs([s.geometry for s in assessment.segments], self.metric,
                                             to_pyproj(layer.crs)))
        for segment, geometry, values in _each(list(zip(assessment.segments, geometries, rows(columns))),
                                               monitor):
            feature = layer.features[segment.corridor]
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes([feature[i] for i in kept] + list(values))
            batch.add(out)
        batch.flush()
        style_on_load(self.context, dest_id, "flood_corridor_segments.qml", self.class_names())
        return {name: dest_id}

    def table_and_report(self, table_name, report_name, sites, site_assessment, corridors,
                         corridor_assessment, metric_name):
        """The totals table (CSV) and the HTML report, those asked for."""
        table_path, report_path = self.outputs.file(table_name), self.outputs.file(report_name)
        if not table_path and not report_path:
            return {}
        shelters_used = bool(site_assessment is not None and site_assessment.shelters_counted
                             + site_assessment.shelters_outside)
        regions = sites.regions if sites is not None else None
        populations = summed_populations(sites.populations if sites is not None else None, site_assessment)
        rows = summary_rows(self.scenarios, site_assessment, populations, regions,
                            corridor_assessment)
        results = {}
        if table_path:
            write_csv(table_path, rows)
            results[table_name] = table_path
        if report_path:
            sources = {s.key: (s.raster.path if s.raster is not None else s.name)
                       for s in self.scenarios}
            FloodReport(self.language, rows, self.scenarios, self.model, sources, site_assessment,
                        _labels(sites), regions, sites.populations if sites is not None else None,
                        corridor_assessment, _labels(corridors), metric_name,
                        shelters_used=shelters_used, passable_figure=self.passable_figure).write(report_path)
            results[report_name] = report_path
        return results
