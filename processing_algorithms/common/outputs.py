"""Sinks and files of one run, removed again if the run fails or is cancelled."""
import glob
import os
import re

from qgis.core import (QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingOutputLayerDefinition)
from qgis.PyQt import sip

from . import compat
from ...mali_sites_plugin.common.geometry import IntakeReport
from .i18n import interface_language
from .styles import apply_style, place_in_draw_order


OGR_DATABASE = re.compile(r"^ogr:dbname='([^']+)'")


def _companions(destination):
    """Glob pattern of the files behind a destination ('/d/x.gpkg|layername=x'
    gives '/d/x.*': the .gpkg, its -journal, a .shp's .dbf ...), or None for
    a memory layer or database table."""
    path = destination.split("|")[0] if isinstance(destination, str) else ""
    if not os.path.isabs(path):
        return None
    return glob.escape(os.path.splitext(path)[0]) + ".*"


class RunOutputs:
    """Created per run (never stored on the algorithm). discard() closes the
    sinks and removes every file the run created; files that existed before
    (a GeoPackage the run was adding a layer to) are left alone."""

    def __init__(self, algorithm, parameters, context):
        self._algorithm = algorithm
        self._parameters = parameters
        self._context = context
        self._sinks = []
        self._watched = []  # (glob pattern, files that matched it before the run wrote)
        self.intake = IntakeReport()  # geometries repaired and skipped while reading the inputs

    def sink(self, name, fields, wkb_type, crs):
        """(sink, dest_id); (None, None) for an optional output nobody asked for."""
        requested = _companions(self._requested_destination(name))
        existing = set(glob.glob(requested)) if requested else set()
        sink, dest_id = self._algorithm.parameterAsSink(
            self._parameters, name, self._context, fields, wkb_type, crs)
        if sink is None:
            definition = self._algorithm.parameterDefinition(name)
            if not definition.flags() & compat.PARAMETER_OPTIONAL:
                raise QgsProcessingException(self._algorithm.invalidSinkError(self._parameters, name))
            return None, None
        self._sinks.append(sink)
        pattern = _companions(dest_id)
        if pattern:
            self._watched.append((pattern, existing if pattern == requested else set()))
        return sink, dest_id

    def _requested_destination(self, name):
        """The destination text the user gave for sink ``name`` ('' for a
        temporary layer). Read from the parameter itself: parameterAsOutputLayer
        would queue a layer for loading that the sink never creates, and the
        desktop then reports it as "not correctly generated"."""
        value = self._parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.valueAsString(self._context.expressionContext(), "")[0]
        if not isinstance(value, str):
            return ""
        database = OGR_DATABASE.match(value)  # a layer inside a file: ogr:dbname='/d/x.gpkg' table="t"
        return database.group(1) if database else value

    def file(self, name):
        """The path a file destination parameter asks for, or None."""
        path = self._algorithm.parameterAsFileOutput(self._parameters, name, self._context)
        if path:
            self._watched.append((glob.escape(path), set(glob.glob(glob.escape(path)))))
        return path or None

    def watch(self, path):
        """A file the run writes itself (a raster, a GRASS output): removed
        again, with its companions (.aux.xml, a .shp's .dbf), if the run fails;
        files that were there before are left alone."""
        pattern = _companions(path)
        if pattern:
            self._watched.append((pattern, set(glob.glob(pattern))))

    def discard(self):
        for sink in self._sinks:
            if not sip.isdeleted(sink):
                sip.delete(sink)  # closes the writer now, not when a traceback lets go of it
        self._sinks.clear()
        for pattern, existing in self._watched:
            for path in set(glob.glob(pattern)) - existing:
                try:
                    os.remove(path)
                except OSError:
                    pass


class _ApplyStyle(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style_name, class_names):
        super().__init__()
        self.style_name = style_name
        self.class_names = class_names

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        message, loaded = apply_style(layer, self.style_name, interface_language(), self.class_names)
        place_in_draw_order(layer, context.project(), self.style_name)
        if not loaded:
            feedback.reportError("style %s not applied: %s" % (self.style_name, message))


def style_on_load(context, dest_id, style_name, class_names=None):
    """Style the output ``dest_id`` with resources/styles/``style_name``(.qml)
    when QGIS loads it into the project (desktop runs; no-op in batch);
    ``class_names``: {rank: name} of the run's hazard classes (flood outputs)."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        processor = _ApplyStyle(style_name.replace(".qml", ""), class_names)
        # QGIS does not take ownership of a Python post-processor: the run's
        # context keeps it alive until it loads the layers, and drops it with them.
        if not hasattr(context, "mali_sites_post_processors"):
            context.mali_sites_post_processors = []
        context.mali_sites_post_processors.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
