"""GRASS through QGIS Processing: is it there, and the flow routing run.

Flow directions, depression handling and streams are GRASS's
(r.stream.extract, the A* least-cost routing of r.watershed), run as a
child algorithm of the QGIS GRASS provider; the plugin routes nothing itself.
"""
import os

from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingMultiStepFeedback
from qgis.PyQt.QtCore import QCoreApplication

from ..common import compat

STREAM_EXTRACT = "r.stream.extract"
TILED_GEOTIFF = "TILED=YES,BLOCKXSIZE=256,BLOCKYSIZE=256,COMPRESS=LZW,BIGTIFF=IF_SAFER"


def tr(text):
    # lupdate files a tr() outside a class under "@default" (the .ts holds these
    # there): looked up under "FloodProne", the French was never found
    return QCoreApplication.translate("@default", text)


def grass_algorithm_id(name=STREAM_EXTRACT):
    """The id of GRASS algorithm ``name`` in this QGIS ('grass7:r.stream.extract'
    on 3.22), or None when the GRASS provider is not loaded or not active."""
    registry = QgsApplication.processingRegistry()
    for provider_id in compat.GRASS_PROVIDER_IDS:
        provider = registry.providerById(provider_id)
        if provider is not None and provider.isActive() and registry.algorithmById(
                "%s:%s" % (provider_id, name)) is not None:
            return "%s:%s" % (provider_id, name)
    return None


def how_to_get_grass():
    return tr("Flood-prone land needs GRASS GIS through QGIS Processing (the GRASS provider, "
              "r.stream.extract), which this QGIS does not offer. Windows and macOS: GRASS comes "
              "with the QGIS installers (OSGeo4W: the qgis package with grass); enable it in "
              "Settings > Options > Processing > Providers > GRASS, or Plugins > Manage and Install "
              "Plugins > Installed > 'GRASS GIS provider'. Debian or Ubuntu: sudo apt install "
              "grass-core, then enable the 'GRASS GIS provider' plugin (Plugins > Manage and "
              "Install Plugins > Installed). Then restart QGIS.")


def route_flow(dem_source, threshold_cells, direction_path, streams_path, drainage_destination,
               context, feedback):
    """Run r.stream.extract on ``dem_source`` (a raster path or layer): flow
    directions and stream cells to GeoTIFFs, drainage lines to
    ``drainage_destination``. Returns the child's results."""
    import processing
    algorithm_id = grass_algorithm_id()
    if algorithm_id is None:
        raise QgsProcessingException(how_to_get_grass())
    parameters = {"elevation": dem_source, "threshold": float(threshold_cells),
                  "direction": direction_path, "stream_raster": streams_path,
                  "stream_vector": drainage_destination, "GRASS_OUTPUT_TYPE_PARAMETER": 2,
                  "GRASS_REGION_CELLSIZE_PARAMETER": 0, "GRASS_REGION_PARAMETER": None,
                  # tiled like the windows the HAND step reads (GRASS writes strips)
                  "GRASS_RASTER_FORMAT_OPT": TILED_GEOTIFF}
    try:
        results = processing.run(algorithm_id, parameters, context=context, feedback=GrassFeedback(feedback),
                                 is_child_algorithm=True)
    except QgsProcessingException as error:
        raise QgsProcessingException(
            tr("GRASS {0} failed: {1}. If GRASS is not installed or not enabled: {2}").format(
                algorithm_id, str(error), how_to_get_grass())) from None
    if not (os.path.exists(direction_path) and os.path.exists(streams_path)):
        raise QgsProcessingException(tr("GRASS {0} wrote no flow directions or drainage cells: see its "
                                        "messages in the log above.").format(algorithm_id))
    return results


class GrassFeedback(QgsProcessingMultiStepFeedback):
    """The GRASS run's feedback: the run's own, except for the console lines
    QGIS's GRASS provider reports as errors because they hold WARNING or
    ERROR, shown as warnings. They are notices that do not stop the run
    (r.out.gdal: "SetColorTable() only supported for Byte or UInt16 bands",
    v.out.ogr: "points found, but not requested to be exported"); a GRASS
    that fails leaves no outputs, which route_flow reports."""

    def __init__(self, feedback):
        super().__init__(1, feedback)

    def reportError(self, error, fatalError=False):  # noqa: N802
        self.pushWarning(error)
