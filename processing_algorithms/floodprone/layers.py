"""The classed HAND raster styled as it loads: resources/styles/floodprone_classes.qml
(a paletted renderer, codes 0.. of the classes), each class labelled
'rank: name' from the run's HAND classes in the interface language."""
import os

from qgis.core import QgsPalettedRasterRenderer, QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..common.outputs import post_process_on_load
from ..common.styles import STYLE_DIR, StyleLabels

STYLE = os.path.join(STYLE_DIR, "floodprone_classes.qml")


class _StyleClasses(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, names):
        super().__init__()
        self.names = names  # [(rank, name)]

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        message, loaded = layer.loadNamedStyle(STYLE)
        if not loaded:
            feedback.reportError(QCoreApplication.translate("MaliSites", "The style {0} could not be applied: {1}").format(
                "floodprone_classes", message))
            return
        renderer = layer.renderer()
        if isinstance(renderer, QgsPalettedRasterRenderer):
            labels = StyleLabels(self.language)
            colours = {c.value: c.color for c in renderer.classes()}
            classes = [QgsPalettedRasterRenderer.Class(rank, colours.get(rank, QColor("#7b3294")),
                                                       labels.rank_label(rank, name))
                       for rank, name in self.names]  # a user's extra class: purple
            named = QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)
            named.setOpacity(renderer.opacity())  # the style's, so the land under it shows
            layer.setRenderer(named)
        layer.triggerRepaint()


def style_classes_on_load(context, dest_id, classes, language):
    """Style the classed raster when QGIS loads it (desktop runs; no-op in batch)."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        processor = _StyleClasses([(rank, c.name_in(language)) for rank, c in enumerate(classes.classes)])
        processor.language = language
        post_process_on_load(context, dest_id, processor)
