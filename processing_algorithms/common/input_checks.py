"""Checks every algorithm's inputs get before any work starts, from the
parameter definitions themselves: a vector layer holds the geometry type its
parameter asks for, and a field named for a layer exists in it.

The dialog enforces both; qgis_process and processing.run (QGIS 3.22) do
not, and without these a line layer given as shelters was placed at line
centroids, and a field the layer lacks ended in a KeyError.
"""
from qgis.core import (QgsProcessingException, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField)
from qgis.PyQt.QtCore import QCoreApplication

from . import compat


class InputChecks:
    """check(parameters, context) raises a QgsProcessingException naming the
    layer or field, what it holds and what to give instead."""

    def __init__(self, algorithm):
        self.algorithm = algorithm
        self.geometry_names = {compat.POINT_GEOMETRY: self.tr("points"), compat.LINE_GEOMETRY: self.tr("lines"),
                               compat.POLYGON_GEOMETRY: self.tr("polygons")}
        self.source_geometry = {compat.SOURCE_POINT: compat.POINT_GEOMETRY,
                                compat.SOURCE_LINE: compat.LINE_GEOMETRY,
                                compat.SOURCE_POLYGON: compat.POLYGON_GEOMETRY}

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("InputChecks", text)

    def check(self, parameters, context):
        for definition in self.algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterFeatureSource):
                self._check_geometry(definition, parameters, context)
            elif isinstance(definition, QgsProcessingParameterField):
                self._check_fields(definition, parameters, context)

    @staticmethod
    def _label(definition):
        return "%s (%s)" % (definition.description(), definition.name())

    def _source(self, name, parameters, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.algorithm.parameterAsSource(parameters, name, context)

    def _check_geometry(self, definition, parameters, context):
        source = self._source(definition.name(), parameters, context)
        if source is None:
            return
        wanted = [self.source_geometry[kind] for kind in definition.dataTypes() if kind in self.source_geometry]
        if not wanted or len(wanted) < len(definition.dataTypes()):
            return  # any geometry (or none) is accepted
        held = compat.geometry_type(source.wkbType())
        if held in wanted:
            return
        raise QgsProcessingException(
            self.tr("{parameter}: layer '{layer}' holds {held}; this input needs {wanted}. Give a layer of "
                    "{wanted}{conversion}.").format(
                parameter=self._label(definition), layer=source.sourceName(),
                held=self.geometry_names.get(held, self.tr("no geometry")),
                wanted=self.tr(" or ").join(self.geometry_names[kind] for kind in wanted),
                conversion=self._conversion(held, wanted[0])))

    def _conversion(self, held, wanted):
        """The QGIS tool that turns one geometry type into the other, as a hint."""
        tools = {(compat.POLYGON_GEOMETRY, compat.POINT_GEOMETRY): self.tr("Centroids"),
                 (compat.LINE_GEOMETRY, compat.POINT_GEOMETRY): self.tr("Centroids"),
                 (compat.POLYGON_GEOMETRY, compat.LINE_GEOMETRY): self.tr("Polygons to Lines"),
                 (compat.LINE_GEOMETRY, compat.POLYGON_GEOMETRY): self.tr("Lines to Polygons"),
                 (compat.POINT_GEOMETRY, compat.POLYGON_GEOMETRY): self.tr("Buffer")}
        tool = tools.get((held, wanted))
        return self.tr(" (if that is what the layer means, QGIS's '{tool}' tool makes one)").format(
            tool=tool) if tool else ""

    def _check_fields(self, definition, parameters, context):
        if parameters.get(definition.name()) in (None, "", []):
            return
        source = self._source(definition.parentLayerParameterName(), parameters, context)
        if source is None:
            return
        names = source.fields().names()
        for field in self.algorithm.parameterAsFields(parameters, definition.name(), context):
            if field and field not in names:
                raise QgsProcessingException(
                    self.tr("{parameter}: layer '{layer}' has no field '{field}'. Its fields are: {names}. "
                            "Give one of them (field names are case-sensitive).").format(
                        parameter=self._label(definition), layer=source.sourceName(), field=field,
                        names=", ".join(names) or self.tr("(none)")))
