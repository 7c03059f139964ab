"""The classed HAND raster styled as it loads: resources/styles/floodprone_classes.qml
(a paletted renderer, codes 0.. of the classes), each class labelled
'rank: name' from the run's HAND classes in the interface language."""
import os

from qgis.core import (QgsMapLayerLegend, QgsPalettedRasterRenderer, QgsProcessingLayerPostProcessorInterface,
                       QgsSimpleLegendNode)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..common.outputs import post_process_on_load
from ..common.styles import STYLE_DIR, StyleLabels

STYLE = os.path.join(STYLE_DIR, "floodprone_classes.qml")


class ClassesLegend(QgsMapLayerLegend):
    """The raster's legend without the "Band 1 (Gray)" line QGIS puts over a
    paletted raster's classes: the classes alone (the layer's name says what they are)."""

    def __init__(self, layer):
        super().__init__()
        self.default = QgsMapLayerLegend.defaultRasterLegend(layer)

    def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802
        return [node for node in self.default.createLayerTreeModelLegendNodes(node_layer)
                if not isinstance(node, QgsSimpleLegendNode)]

    def for_layer(self, layer):
        """The same legend for a copy of the layer (QgsRasterLayer.clone keeps the default one)."""
        return ClassesLegend(layer)


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
            layer.setLegend(ClassesLegend(layer))  # rebuilds the layer's legend in the layer tree
        layer.triggerRepaint()


def style_classes_on_load(context, dest_id, classes, language):
    """Style the classed raster when QGIS loads it (desktop runs; no-op in batch)."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        processor = _StyleClasses([(rank, c.name_in(language)) for rank, c in enumerate(classes.classes)])
        processor.language = language
        post_process_on_load(context, dest_id, processor)
