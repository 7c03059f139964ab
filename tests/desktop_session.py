"""What tests/test_desktop.py has the QGIS desktop run (qgis --code, on a
virtual screen): for each algorithm, open its dialog, read the help panel,
run it from the dialog with the parameters given, and record the dialog's
log, the messages QGIS logged and the legends of the layers it loaded.

The configuration is the JSON file named by MALI_SITES_DESKTOP_CONFIG:
{"cases": {algorithm id: parameters}, "results": path, "screenshots": folder,
"case_timeout": seconds}. One JSON line per case is appended to "results"
as soon as the case ends, so a case that hangs still leaves the others'."""
import json
import os
import traceback

import processing
from qgis.core import Qgis, QgsApplication, QgsMapLayerType, QgsProject
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QTextEdit
from qgis.utils import iface

CONFIG = json.loads(open(os.environ["MALI_SITES_DESKTOP_CONFIG"], encoding="utf-8").read())
POLL_MS = 200


def write(record):
    with open(CONFIG["results"], "a", encoding="utf-8") as stream:
        stream.write(json.dumps(record) + "\n")


class LogCollector:
    """The messages QGIS logs (Log Messages panel) while a case runs."""

    def __init__(self):
        self.messages = []
        QgsApplication.messageLog().messageReceived.connect(self.received)

    def received(self, message, tag, level):
        if level >= Qgis.Warning or tag == "Python error":
            self.messages.append({"tag": tag, "level": int(level), "message": message})

    def take(self):
        messages, self.messages = self.messages, []
        return messages


class Watchdog:
    """Runs while a case waits: when the case outlasts its time, a picture of
    the screen and what is on it (windows, a modal dialog and its text), then
    the modal dialog is closed so the case can end."""

    def __init__(self, case_name):
        self.case_name, self.seen = case_name, []

    def look(self):
        modal = QApplication.activeModalWidget()
        path = os.path.join(CONFIG["screenshots"], "%s_%d.png" % (self.case_name.replace(":", "_"), len(self.seen)))
        QApplication.primaryScreen().grabWindow(0).save(path)
        windows = [[type(widget).__name__, widget.windowTitle()]
                   for widget in QApplication.topLevelWidgets() if widget.isVisible()]
        found = {"screenshot": path, "windows": windows}
        if modal is not None:
            found["modal"] = [type(modal).__name__, modal.windowTitle(),
                              modal.text() if isinstance(modal, QMessageBox) else ""]
            modal.reject()
        self.seen.append(found)


def help_text(dialog):
    """The text of the dialog's help panel, as the user reads it."""
    panel = dialog.findChild(QTextEdit, "textShortHelp")
    return panel.toPlainText() if panel is not None else None


def log_html(dialog):
    """The dialog's log (the Log tab), as HTML: errors are its red lines."""
    logs = [edit for edit in dialog.findChildren(QTextEdit) if edit.objectName() == "txtLog"]
    return logs[0].toHtml() if logs else None


def legends():
    """{layer name: {"raster": bool, "texts": [legend texts]}} of the layer
    tree, as the Layers panel shows it."""
    model = iface.layerTreeView().layerTreeModel()
    found = {}
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        found[node.layer().name()] = {"raster": node.layer().type() == QgsMapLayerType.RasterLayer,
                                      "texts": [str(legend.data(Qt.DisplayRole))
                                                for legend in model.layerLegendNodes(node)]}
    return found


def screenshot(dialog, algorithm_id):
    """The main window (its Layers panel) and the dialog after the run, side by side, to look at."""
    path = os.path.join(CONFIG["screenshots"], "%s_done.png" % algorithm_id.replace(":", "_"))
    dialog.move(iface.mainWindow().width() // 2, 0)
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(path)
    return path


def run_case(algorithm_id, parameters, messages):
    """Open, read and run one algorithm's dialog; the record of what was seen."""
    QgsProject.instance().removeAllMapLayers()
    record = {"algorithm": algorithm_id}
    dialog = processing.createAlgorithmDialog(algorithm_id, parameters)
    dialog.show()
    record["title"] = dialog.windowTitle()
    record["help"] = help_text(dialog)
    record["outputs"] = [[output.name(), output.description()] for output in dialog.algorithm().outputDefinitions()]
    record["parameters_set"] = sorted(dialog.createProcessingParameters())
    finished, watchdog = [], Watchdog(algorithm_id)
    dialog.algorithmFinished.connect(lambda ok, results: finished.append(ok))
    started = []

    def start():
        dialog.runAlgorithm()
        started.append(True)
    loop = QEventLoop()
    waited = [0]

    def poll():  # the dialog drops its feedback once the run and the loading of its layers are over
        waited[0] += POLL_MS
        if started and dialog.feedback is None:
            loop.quit()
        elif waited[0] >= 1000 * CONFIG["case_timeout"] * (len(watchdog.seen) + 1):
            watchdog.look()
            if len(watchdog.seen) >= 3:
                loop.quit()
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(POLL_MS)
    QTimer.singleShot(0, start)
    loop.exec_()
    timer.stop()
    record.update(finished=finished, hung=watchdog.seen, log=log_html(dialog), legends=legends(),
                  messages=messages.take(), screenshot=screenshot(dialog, algorithm_id))
    dialog.close()
    dialog.deleteLater()
    return record


def main():
    messages = LogCollector()
    provider = QgsApplication.processingRegistry().providerById("malisites")
    write({"algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
           "locale": QgsApplication.locale()})
    for algorithm_id, parameters in CONFIG["cases"].items():
        try:
            write(run_case(algorithm_id, parameters, messages))
        except Exception:
            write({"algorithm": algorithm_id, "error": traceback.format_exc(), "messages": messages.take()})
    write({"done": True})
    QgsApplication.instance().quit()


QTimer.singleShot(0, main)
