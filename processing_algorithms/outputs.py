"""Sinks and files of one run, removed again if the run fails or is cancelled."""
import glob
import os

from qgis.core import QgsProcessingException


class RunOutputs:
    """Created per run (never stored on the algorithm). Files that did not
    exist before the run and were written by it are deleted by discard()."""

    def __init__(self, algorithm, parameters, context):
        self._algorithm = algorithm
        self._parameters = parameters
        self._context = context
        self._sinks = []
        self._new_files = []

    def sink(self, name, fields, wkb_type, crs):
        """(sink, dest_id); (None, None) for an optional output nobody asked for."""
        before = self._files_behind(self._parameters.get(name))
        sink, dest_id = self._algorithm.parameterAsSink(
            self._parameters, name, self._context, fields, wkb_type, crs)
        if sink is None:
            definition = self._algorithm.parameterDefinition(name)
            if definition is not None and not (definition.flags() & definition.FlagOptional):
                raise QgsProcessingException(self._algorithm.invalidSinkError(self._parameters, name))
            return None, None
        self._sinks.append(sink)
        after = self._files_behind(dest_id)
        self._new_files.extend(sorted(after - before))
        return sink, dest_id

    def file(self, name):
        """The path a file destination parameter asks for, or None."""
        path = self._algorithm.parameterAsFileOutput(self._parameters, name, self._context)
        if path and not os.path.exists(path):
            self._new_files.append(path)
        return path or None

    def discard(self):
        self._sinks.clear()  # closes the writers so the files can go
        for path in self._new_files:
            try:
                os.remove(path)
            except OSError:
                pass

    @staticmethod
    def _files_behind(destination):
        """The files a destination string (path, path|layername=x) touches."""
        text = getattr(destination, "sink", destination)
        text = getattr(text, "staticValue", lambda: text)()
        if not isinstance(text, str) or not text or text.startswith(("memory:", "ogr:", "postgres")):
            return set()
        path = text.split("|")[0]
        stem, _ = os.path.splitext(path)
        return set(glob.glob(glob.escape(stem) + ".*")) if os.path.dirname(path) else set()
