"""Sinks and files of one run: written to a staging folder and moved into
place only when the run succeeds, so a failed, cancelled or killed run
leaves every pre-existing output as it was."""
import errno
import os
import queue
import re
import shutil
import threading
import uuid

from qgis.core import (QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination, QgsProcessingUtils, QgsProperty,
                       QgsVectorFileWriter)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from . import compat
from ...mali_sites_plugin.common.intake import IntakeReport
from ...mali_sites_plugin.common.timing import PhaseTimes
from .i18n import interface_language
from .styles import apply_style, place_in_draw_order


OGR_DATABASE = re.compile(r"""^ogr:dbname='([^']+)'\s+table="([^"]+)"(?:\s+\((\w+)\))?""")
LAYER_IN_FILE = re.compile(r"^(.+)\|layername=([^|]+)$")  # '/d/x.gpkg|layername=t': QGIS 3.22 makes a file of that name
SQLITE_FILES = (".gpkg", ".sqlite", ".db")
SHAPEFILE_NAME_LENGTH = 10  # characters of a field name a shapefile's dBase table keeps
# What QgsVectorFileWriter removes when it overwrites a shapefile (QgsVectorFileWriter::deleteShapeFile).
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".qix", ".qpj", ".cpg", ".sbn", ".sbx", ".idm", ".ind")
TEMPORARY = ("", "TEMPORARY_OUTPUT")


def _same(a, b):
    return os.path.normcase(os.path.normpath(a)) == os.path.normcase(os.path.normpath(b))


def _with_extension(path):
    """The file QGIS writes for a sink path: '.gpkg' added when the path has
    no extension OGR knows (QgsProcessingUtils::parseDestinationString)."""
    extension = os.path.splitext(path)[1][1:]
    return path if extension and QgsVectorFileWriter.driverForExtension(extension) else path + ".gpkg"


class Destination:
    """Where an output goes: ``path`` (a file), ``layer`` (a table inside it,
    or None for a file of its own) and the geometry column for a table."""

    def __init__(self, path, layer=None, geometry_column=None):
        self.path, self.layer, self.geometry_column = path, layer, geometry_column

    @classmethod
    def of_sink(cls, text):
        """The destination a sink parameter's text names; None for a memory
        layer, a database or anything else that is not a file."""
        if not isinstance(text, str) or text in TEMPORARY or text.startswith("memory:"):
            return None
        database = OGR_DATABASE.match(text)
        if database:
            return cls(database.group(1), database.group(2), database.group(3) or "geom")
        in_file = LAYER_IN_FILE.match(text)
        if in_file and os.path.splitext(in_file.group(1))[1].lower() in SQLITE_FILES:
            return cls(in_file.group(1), in_file.group(2), "geom")
        if re.match(r"^[a-z]{3,}:", text) or not os.path.isabs(text):  # postgres:..., spatialite:...
            return None
        return cls(_with_extension(text))


class _Stage:
    """Files staged for one destination folder: what the run writes into
    ``folder`` goes to ``final_folder`` under the same names."""

    def __init__(self, folder, final_folder):
        self.folder, self.final_folder = folder, final_folder

    def final_of(self, path):
        if _same(os.path.dirname(path), self.folder):
            return os.path.join(self.final_folder, os.path.basename(path))
        return None

    def moves(self):
        """[(staged file, final file)], and the old files the new ones make
        obsolete (a shapefile's index when the new one has none)."""
        pairs = [(os.path.join(self.folder, name), os.path.join(self.final_folder, name))
                 for name in sorted(os.listdir(self.folder))]
        obsolete = []
        for _, final in pairs:
            stem, extension = os.path.splitext(final)
            if extension.lower() == ".shp":
                obsolete += [stem + part for part in SHAPEFILE_PARTS
                             if os.path.exists(stem + part) and not any(_same(stem + part, f) for _, f in pairs)]
        return pairs, obsolete


class CheckedSink:
    """A feature sink whose every write is checked: a feature the writer
    refuses (a value too large for its field...) stops the run, naming the
    output, instead of being counted and lost."""

    def __init__(self, sink, label, destination):
        self._sink, self._label, self._destination = sink, label, destination  # label: 'Sites (OUTPUT)'

    def addFeature(self, feature, flags=compat.FAST_INSERT):  # noqa: N802
        if not self._sink.addFeature(feature, flags):
            self._refused(1)
        return True

    def addFeatures(self, features, flags=compat.FAST_INSERT):  # noqa: N802
        features = list(features)
        if features and not self._sink.addFeatures(features, flags):
            self._refused(len(features))
        return True

    def _refused(self, count):
        text = QCoreApplication.translate(
            "MaliSites", "Output {0}, {1}: the writer refused {2} feature(s): {3}. Nothing was written; check "
            "the values of that output (a number too large for its field, a text too long) or choose another "
            "format.")
        raise QgsProcessingException(text.format(self._label, self._destination, count, self._error()))

    def flush(self):
        if sip.isdeleted(self._sink):  # finished already
            return
        if hasattr(self._sink, "flushBuffer") and not self._sink.flushBuffer():
            text = QCoreApplication.translate("MaliSites", "Output {0}, {1}: the writer could not finish the file: {2}.")
            raise QgsProcessingException(text.format(self._label, self._destination, self._error()))

    def _error(self):
        return self._sink.lastError() or QCoreApplication.translate("MaliSites", "no reason given")

    def finish(self):
        """Flush and close once everything is written: the writer's memory is
        freed before the next output is written, not at the end of the run."""
        self.flush()
        self.close()

    def close(self):
        if not sip.isdeleted(self._sink):
            sip.delete(self._sink)  # closes the writer now, not when a traceback lets go of it

    def __getattr__(self, name):
        return getattr(self._sink, name)


class _WriteBehind:
    """One thread that does what file sinks handed to it have to write (GDAL's
    inserts, and the GeoPackage spatial index built when a file closes: a
    second for 100,000 points) while the run prepares the next batch or the
    next output. QGIS lets go of the GIL inside those calls, so both go on
    at once. Tasks run in the order handed over; after a failure the rest is
    skipped and the error is raised in the run at its next hand-over or at
    join()."""

    def __init__(self):
        self._tasks = queue.Queue(1)  # one batch waiting, one being written: memory stays at a few batches
        self._error = None
        self._thread = threading.Thread(target=self._work, name="Mali Sites write-behind", daemon=True)
        self._thread.start()

    def _work(self):
        while True:
            task = self._tasks.get()
            if task is None:
                return
            if self._error is None:
                try:
                    task()
                except BaseException as error:  # noqa: B036 - handed to the run, which raises it
                    self._error = error

    def submit(self, task):
        self._raise()
        self._tasks.put(task)

    def join(self, raising=True):
        """Wait until everything handed over is written (then raise its error, if any and ``raising``)."""
        self._tasks.put(None)
        self._thread.join()
        if raising:
            self._raise()

    def _raise(self):
        if self._error is not None:
            raise self._error


class _SinkBehind:
    """A CheckedSink whose writes and finish() are done by a _WriteBehind."""

    def __init__(self, sink, writer):
        self._sink, self._writer = sink, writer

    def addFeatures(self, features, flags=compat.FAST_INSERT):  # noqa: N802
        features = list(features)
        self._writer.submit(lambda: self._sink.addFeatures(features, flags))
        return True

    def finish(self):
        self._writer.submit(self._sink.finish)


class RunOutputs:
    """Created per run (never stored on the algorithm). Every file output
    (layer, report, table, PDF) is written in a staging folder inside QGIS's
    processing temporary folder; commit() moves them into place, discard()
    deletes them. A run killed outright leaves its staged files there (QGIS
    empties that folder when it closes), never at the destination."""

    def __init__(self, algorithm, parameters, context, feedback):
        self._algorithm = algorithm
        self._parameters = parameters
        self._context = context
        self._feedback = feedback
        self._sinks = []
        self._stages = []
        self._databases = {}  # final database path (normalised) -> its _Stage (several layers, one file)
        self._final_files = {}  # file parameter -> its final path (None: not asked for)
        self._staged_files = {}  # file parameter -> its path in the staging folder
        self._root = None
        self._writer = None  # the _WriteBehind of sinks asked with behind=True, started with the first
        self.intake = IntakeReport()  # geometries repaired and skipped while reading the inputs
        self.times = PhaseTimes()  # algorithms wrap their reading and writing in times.phase('read'/'write')

    # -- before the run: are the destinations usable? -----------------------------------------

    def check_destinations(self):
        """Refuse, before any work, a file destination that is a folder or
        whose folder does not exist (QGIS does not create it for a layer
        either), and a GeoPackage with pending changes of another program."""
        for definition in self._algorithm.destinationParameterDefinitions():
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterFileDestination):
                self._check_path(definition, self._file_path(name))
            elif isinstance(definition, QgsProcessingParameterFeatureSink):
                destination = Destination.of_sink(self._requested_destination(name))
                if destination is not None:
                    self._check_path(definition, destination.path)

    def _check_path(self, definition, path):
        if not path:
            return
        label = "%s (%s)" % (definition.description(), definition.name())
        folder = os.path.dirname(path)
        if os.path.isdir(path):
            raise QgsProcessingException(QCoreApplication.translate(
                "MaliSites", "{0}: '{1}' is a folder. Give a file name inside it, for example {2}.").format(
                label, path, os.path.join(path, definition.name().lower() + self._extension(definition))))
        if not os.path.isdir(folder):
            raise QgsProcessingException(QCoreApplication.translate(
                "MaliSites", "{0}: the folder '{1}' does not exist. Create it, or choose a file in a folder "
                "that exists.").format(label, folder))
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(QCoreApplication.translate(
                "MaliSites", "{0}: the folder '{1}' cannot be written to. Choose another folder.").format(label, folder))
        if os.path.splitext(path)[1].lower() in SQLITE_FILES and os.path.exists(path + "-wal"):
            raise QgsProcessingException(self._open_database_text(label, path))

    @staticmethod
    def _open_database_text(label, path):
        return QCoreApplication.translate(
            "MaliSites", "{0}: '{1}' has changes pending in '{1}-wal': it is open in QGIS or another program, "
            "or was not closed properly. Remove its layers from the project (or close that program), or choose "
            "another file, then run again.").format(label, path)

    @staticmethod
    def _extension(definition):
        if isinstance(definition, QgsProcessingParameterFileDestination):
            return "." + definition.defaultFileExtension()
        return ".gpkg"

    # -- during the run -------------------------------------------------------------------------

    def sink(self, name, fields, wkb_type, crs, behind=False):
        """(sink, dest_id); (None, None) for an optional output nobody asked
        for. A file destination is written in the staging folder; dest_id
        names its final place, where commit() moves it. ``behind``: a file's
        writes are done by a thread while the run goes on (_WriteBehind):
        features handed to it must not be touched again."""
        parameters = self._parameters
        destination = Destination.of_sink(self._requested_destination(name))
        if destination is not None:
            if os.path.splitext(destination.path)[1].lower() == ".shp":
                self._check_shapefile_names(name, fields)
            parameters = dict(parameters, **{name: self._staged_definition(name, destination)})
        sink, dest_id = self._algorithm.parameterAsSink(parameters, name, self._context, fields, wkb_type, crs)
        if sink is None:
            definition = self._algorithm.parameterDefinition(name)
            if not definition.flags() & compat.PARAMETER_OPTIONAL:
                raise QgsProcessingException(self._algorithm.invalidSinkError(self._parameters, name))
            return None, None
        final_id = self._final(dest_id)
        if final_id != dest_id:
            self._load_as(dest_id, final_id)
        label = "%s (%s)" % (self._algorithm.parameterDefinition(name).description(), name)
        checked = CheckedSink(sink, label, final_id)
        self._sinks.append(checked)
        if behind and destination is not None and not self._adds_to_file(name, destination):
            if self._writer is None:
                self._writer = _WriteBehind()
            return _SinkBehind(checked, self._writer), final_id
        return checked, final_id

    def _check_shapefile_names(self, name, fields):
        """A shapefile keeps the first 10 characters of a field name (dBase):
        names that would become one are refused (GDAL would number them, and
        the scenarios' columns could not be told apart); names cut are said."""
        label = "%s (%s)" % (self._algorithm.parameterDefinition(name).description(), name)
        by_cut = {}
        for field in fields:
            by_cut.setdefault(field.name()[:SHAPEFILE_NAME_LENGTH].lower(), []).append(field.name())
        clash = next((names for names in by_cut.values() if len(names) > 1), None)
        if clash:
            raise QgsProcessingException(QCoreApplication.translate(
                "MaliSites", "{0}: a shapefile keeps only the first 10 characters of a field name, so the fields "
                "{1} would all become '{2}' and could not be told apart. Save it as a GeoPackage (.gpkg), which "
                "keeps the names.").format(label, ", ".join("'%s'" % n for n in clash), clash[0][:SHAPEFILE_NAME_LENGTH]))
        cut = [field.name() for field in fields if len(field.name()) > SHAPEFILE_NAME_LENGTH]
        if cut:
            self._feedback.pushWarning(QCoreApplication.translate(
                "MaliSites", "{0}: a shapefile keeps only the first 10 characters of a field name, so {1} field "
                "names are cut (such as '{2}' to '{3}'), and the styles and printoverview, which read the full "
                "names, may not find them. A GeoPackage (.gpkg) keeps them.").format(
                label, len(cut), cut[0], cut[0][:SHAPEFILE_NAME_LENGTH]))

    def _join_writer(self, raising=True):
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.join(raising)

    def _load_as(self, staged_id, final_id):
        """Have QGIS load the layer at its final place on completion. Done
        before a style is attached: setLayersToLoadOnCompletion deletes the
        post-processor of an entry whose key changes."""
        layers = self._context.layersToLoadOnCompletion()
        if staged_id in layers:
            layers[final_id] = layers.pop(staged_id)
            self._context.setLayersToLoadOnCompletion(layers)

    def _requested_destination(self, name):
        """The destination text the user gave for sink ``name`` ('' for a
        temporary layer). Read from the parameter itself: parameterAsOutputLayer
        would queue a layer for loading that the sink never creates, and the
        desktop then reports it as "not correctly generated"."""
        value = self._parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.valueAsString(self._context.expressionContext(), "")[0]
        if value is None:
            definition = self._algorithm.parameterDefinition(name)
            value = definition.defaultValue() if definition is not None else None
        return value if isinstance(value, str) else ""

    def _staged_definition(self, name, destination):
        """The parameter's value with its file replaced by one in the staging
        folder (a copy of the GeoPackage when a layer is added to it)."""
        value = self._parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            staged = QgsProcessingOutputLayerDefinition(value)
        else:
            staged = QgsProcessingOutputLayerDefinition()
        if self._adds_to_file(name, destination):
            path = self._stage_database(destination.path)
        else:
            path = self._stage_file(destination.path)
        if destination.layer is not None:
            path = "ogr:dbname='%s' table=\"%s\" (%s)" % (path, destination.layer, destination.geometry_column)
        staged.sink = QgsProperty.fromValue(path)
        return staged

    def _adds_to_file(self, name, destination):
        """Whether sink ``name`` adds to its file (a table of a GeoPackage, or
        features appended to a layer), which other outputs may write to as
        well: not through the writer thread then (SQLite would find the file
        busy)."""
        value = self._parameters.get(name)
        remapped = isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping()
        return destination.layer is not None or remapped

    def _new_stage(self, final_path):
        if self._root is None:
            self._root = os.path.join(QgsProcessingUtils.tempFolder(), "mali_sites_run_" + uuid.uuid4().hex)
        stage = _Stage(os.path.join(self._root, str(len(self._stages))), os.path.dirname(final_path))
        os.makedirs(stage.folder)
        self._stages.append(stage)
        return stage

    def _stage_file(self, final_path):
        return os.path.join(self._new_stage(final_path).folder, os.path.basename(final_path))

    def _stage_database(self, final_path):
        """The staged copy of GeoPackage ``final_path``, shared by every layer
        the run adds to it; its other layers copied as they are."""
        key = os.path.normcase(os.path.normpath(final_path))
        if key not in self._databases:
            stage = self._new_stage(final_path)
            staged = os.path.join(stage.folder, os.path.basename(final_path))
            if os.path.exists(final_path):
                shutil.copy2(final_path, staged)  # none pending in a -wal: check_destinations refused that
            self._databases[key] = stage
        stage = self._databases[key]
        return os.path.join(stage.folder, os.path.basename(final_path))

    def file(self, name):
        """The path to write file destination ``name`` to (in the staging
        folder), or None when it was not asked for."""
        final = self._file_path(name)
        if not final:
            return None
        if name not in self._staged_files:
            self._staged_files[name] = self._stage_file(final)
        return self._staged_files[name]

    def layer_file(self, name):
        """(staged path, final path) of layer destination ``name`` that the
        algorithm writes itself (a raster, a GRASS output), or (None, None)
        when it was not asked for. What is written at the staged path moves
        into place with the other outputs, only when the run succeeds."""
        final = self._algorithm.parameterAsOutputLayer(self._parameters, name, self._context) or None
        if final is None:
            return None, None
        return self._stage_file(final), final

    def _file_path(self, name):
        """The final path of file destination ``name`` (asked once: QGIS makes
        up a new name for TEMPORARY_OUTPUT each time it is asked)."""
        if name not in self._final_files:
            self._final_files[name] = self._algorithm.parameterAsFileOutput(self._parameters, name,
                                                                            self._context) or None
        return self._final_files[name]

    def _final(self, value):
        """``value`` (a staged path, 'path|layername=x', or anything else)
        with its staged file replaced by the final one."""
        if not isinstance(value, str) or not value:
            return value
        path, bar, rest = value.partition("|")
        for stage in self._stages:
            final = stage.final_of(path)
            if final is not None:
                return final + bar + rest
        return value

    # -- after the run --------------------------------------------------------------------------

    def commit(self, results):
        """Close the sinks, move every staged file into place (all or none)
        and return ``results`` naming the final files."""
        self._join_writer()
        for sink in self._sinks:
            sink.flush()
        self._close_sinks()
        moves, obsolete = {}, []
        for stage in self._stages:
            pairs, old = stage.moves()
            moves.update({os.path.normcase(os.path.normpath(final)): (staged, final) for staged, final in pairs})
            obsolete += old  # two outputs to one file: the last one written wins, as in QGIS
        moves = list(moves.values())
        for staged, final in moves:
            if os.path.splitext(final)[1].lower() in SQLITE_FILES and os.path.exists(final + "-wal"):
                raise QgsProcessingException(self._open_database_text(os.path.basename(final), final) + " " +
                                             self._left_text())
        try:
            _replace_all(moves, obsolete)
        except OSError as error:
            raise QgsProcessingException(QCoreApplication.translate(
                "MaliSites", "The new outputs could not be moved into place ({0}); the previous outputs are unchanged. "
                "Close any program that has them open and copy the new ones yourself, or run again.").format(
                error) + " " + self._left_text()) from None
        results = {key: self._final(value) for key, value in results.items()}
        self._remove_stages()
        return results

    def _left_text(self):
        """Where the new results stay after a failed move: discard() leaves them."""
        root, self._root, self._stages, self._databases = self._root, None, [], {}
        return QCoreApplication.translate(
            "MaliSites", "The new results are in '{0}' (a temporary folder QGIS empties when it closes).").format(root)

    def _close_sinks(self):
        for sink in self._sinks:
            sink.close()
        self._sinks.clear()

    def _remove_stages(self):
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
        self._root, self._stages, self._databases = None, [], {}

    def discard(self):
        """Close the sinks and delete what the run staged: the destinations
        were never touched."""
        self._join_writer(raising=False)
        self._close_sinks()
        self._remove_stages()


def _bring(staged, near):
    """Move ``staged`` to ``near`` (a rename; a copy across drives)."""
    try:
        os.replace(staged, near)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        shutil.copy2(staged, near)


def _replace_all(moves, obsolete):
    """Put every staged file in place of its final file, all or none: the
    new files are brought beside their destination under hidden names, the
    old ones renamed aside, the new ones renamed in; any failure undoes it."""
    token = uuid.uuid4().hex[:8]

    def hidden(path, kind):
        return os.path.join(os.path.dirname(path), ".%s.%s.%s" % (os.path.basename(path), token, kind))
    brought, set_aside, placed = [], [], []
    try:
        for staged, final in moves:
            _bring(staged, hidden(final, "new"))
            brought.append((staged, final))
        for path in [final for _, final in moves if os.path.lexists(final)] + obsolete:
            os.replace(path, hidden(path, "old"))
            set_aside.append(path)
        for staged, final in moves:
            os.replace(hidden(final, "new"), final)
            placed.append(final)
    except OSError:
        undo = [(final, hidden(final, "new")) for final in placed]
        undo += [(hidden(path, "old"), path) for path in set_aside]
        undo += [(hidden(final, "new"), None if os.path.exists(staged) else staged) for staged, final in brought]
        for source, target in undo:  # each step on its own: one that fails does not stop the others
            try:
                if target is None:
                    os.remove(source)
                else:
                    os.replace(source, target)
            except OSError:
                pass
        raise
    for path in set_aside:
        try:
            os.remove(hidden(path, "old"))
        except OSError:
            pass


_POST_PROCESSORS = []  # what QGIS will run on outputs as it loads them (see post_process_on_load)


class _ApplyStyle(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style_name, class_names):
        super().__init__()
        self.style_name = style_name
        self.class_names = class_names

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        message, loaded = apply_style(layer, self.style_name, interface_language(), self.class_names)
        place_in_draw_order(layer, context.project(), self.style_name)
        if not loaded:
            feedback.reportError(QCoreApplication.translate("MaliSites", "The style {0} could not be applied: {1}").format(
                self.style_name, message))


def style_on_load(context, dest_id, style_name, class_names=None):
    """Style the output ``dest_id`` with resources/styles/``style_name``(.qml)
    when QGIS loads it into the project (desktop runs; no-op in batch);
    ``class_names``: {rank: name} of the run's hazard classes (flood outputs)."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        post_process_on_load(context, dest_id, _ApplyStyle(style_name.replace(".qml", ""), class_names))


def post_process_on_load(context, dest_id, processor):
    """Have ``processor`` (a QgsProcessingLayerPostProcessorInterface) run on
    output ``dest_id`` when QGIS loads it. The context deletes its
    post-processors, but sip does not hand a Python one over: it is given to
    C++ here and kept alive until the context has deleted it. (A dialog runs
    the algorithm in a thread, on a copy of the context whose Python wrapper
    dies with the run: a processor kept by that wrapper was gone, and the
    outputs loaded unstyled.)"""
    sip.transferto(processor, None)
    _POST_PROCESSORS[:] = [kept for kept in _POST_PROCESSORS if not sip.isdeleted(kept)] + [processor]
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
