"""malisites:floodprone: flood-prone land from a DEM by height above nearest
drainage (HAND). Glue only: GRASS r.stream.extract (through QGIS Processing)
routes the flow; mali_sites_plugin.flood.hand follows its directions to the
drainage and classes the heights by the profile's HAND classes."""
import os

from qgis.core import (QgsProcessingException, QgsProcessingMultiStepFeedback, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterVectorDestination,
                       QgsProcessingUtils)

from ...mali_sites_plugin.flood.hand import load_hand_classes
from ..common import compat
from ...mali_sites_plugin.common.progress import Monitor
from ..common.base import MaliSitesAlgorithm, check_canceled
from ..common.i18n import interface_language
from ..common.report import LanguageText, decimals_of
from ..common.outputs import style_on_load
from ..common.qgis_io import to_pyproj
from .grass import grass_algorithm_id, how_to_get_grass, route_flow
from .layers import style_classes_on_load


class FloodProne(MaliSitesAlgorithm):
    PRODUCT = "flood"
    INPUT = "INPUT"
    BAND = "BAND"
    DRAINAGE_AREA = "DRAINAGE_AREA"
    CLASSES_FILE = "CLASSES_FILE"
    OUTPUT = "OUTPUT"
    OUTPUT_HAND = "OUTPUT_HAND"
    OUTPUT_DRAINAGE = "OUTPUT_DRAINAGE"
    ICON = "flood_exposure.svg"

    def name(self):
        return "floodprone"

    def displayName(self):  # noqa: N802
        return self.tr("Flood-prone land from a DEM")

    def group(self):
        return self.tr("Hazards")

    def groupId(self):  # noqa: N802
        return "hazards"

    def tags(self):
        return self.tr("flood,inondation,HAND,height above nearest drainage,hauteur au-dessus du "
                       "drainage,DEM,MNT,SRTM,Copernicus,drainage,wadi,GRASS,flood-prone,"
                       "inondable").split(",")

    def short_description(self):
        return self.tr("Flood-prone land where no flood model exists: height above the nearest "
                       "drainage (HAND) from a DEM, classed, with the drainage lines.")

    def help_sections(self):
        classes = load_hand_classes()
        language = interface_language()
        text = LanguageText(language)
        return [
            ("", self.tr(
                "Where water gathers when it rains, from a DEM alone (SRTM, Copernicus GLO-30): "
                "each cell's height above the drainage line its water runs to (HAND), classed by "
                "the HAND classes of resources/standards/hand_classes.json. Lower HAND is more "
                "flood-prone. Use it where no flood depth model exists; it is a screen, not a "
                "flood depth.")),
            (self.tr("Method"), self.tr(
                "GRASS GIS r.stream.extract (through QGIS Processing) handles depressions, routes "
                "the flow (single flow direction) and extracts the drainage lines where more than "
                "the drainage area drains. Each cell's water is then followed along GRASS's flow "
                "directions to the first drainage cell, and HAND is the cell's elevation minus "
                "that cell's (Rennó et al. 2008; Nobre et al. 2011). Cells whose water leaves the "
                "DEM before meeting a drainage line have no HAND (nodata: unknown in flood "
                "exposure). A cell lying below the drainage its water reaches (a depression) "
                "gets 0. Memory stays flat however large the DEM: GRASS keeps what exceeds its "
                "memory limit in its own working files, and the HAND step reads and writes the "
                "rasters tile by tile; a national DEM needs time and disk space, not memory.")),
            (self.tr("Classes"), self.tr(
                "{0}. Source: {1}. Confidence: {2}. {3} Drainage area default: {4} km2 ({5})").format(
                    classes.describe(language), classes.source, text.confidence(classes.confidence),
                    classes.note_in(language), text.number(classes.drainage_area_km2,
                                                         decimals_of(classes.drainage_area_km2)),
                    classes.drainage_source_in(language))),
            (self.tr("Use with the other tools"), self.tr(
                "Flood exposure: give the classed raster as a hazard raster with Hazard raster "
                "values = Classified and the class table of this run (the CLASS_TABLE result: {0}); "
                "every class after the first counts as wet, nodata as unknown. Site layout: give it "
                "as the flood depth raster; cells whose class code is above the wet threshold are "
                "not built on (0.1: every class after the first; 1.5: only the last).").format(
                    classes.class_table(language))),
            (self.tr("DEM"), self.tr(
                "Band of any raster with a CRS. A DEM in degrees (EPSG:4326) is used as it is: "
                "HAND is a height difference and needs no projection; the drainage area is turned "
                "into cells with the geodesic area of a cell at the DEM's centre. GRASS must be "
                "available: {0}").format(how_to_get_grass())),
        ]

    def canExecute(self):  # noqa: N802
        ok, message = super().canExecute()
        if ok and grass_algorithm_id() is None:
            return False, how_to_get_grass()
        return ok, message

    def initAlgorithm(self, config=None):  # noqa: N802
        classes = load_hand_classes()
        self.add_parameter(QgsProcessingParameterRasterLayer(
            self.INPUT, self.tr("Elevation model (DEM)")),
            self.tr("Elevation in metres, in any CRS (degrees allowed): SRTM, Copernicus GLO-30."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.BAND, self.tr("Band"), compat.NUMBER_INTEGER, 1, minValue=1),
            self.tr("Band of the DEM holding the elevation."), advanced=True)
        self.add_parameter(QgsProcessingParameterNumber(
            self.DRAINAGE_AREA, self.tr("Drainage area at which a channel starts (km2)"),
            compat.NUMBER_DOUBLE, classes.drainage_area_km2, minValue=0.0001),
            self.tr("A drainage line starts where at least this area drains (default from "
                    "hand_classes.json). Smaller: more, smaller wadis and lower HAND."))
        self.add_parameter(QgsProcessingParameterFile(
            self.CLASSES_FILE, self.tr("HAND classes file (overrides the built-in classes)"),
            extension="json", optional=True),
            self.tr("Your own copy of resources/standards/hand_classes.json, with its sources."),
            advanced=True)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Flood-prone land (HAND classes)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_HAND, self.tr("Height above nearest drainage (m)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_DRAINAGE, self.tr("Drainage lines"), compat.SOURCE_LINE))
        self.addOutput(QgsProcessingOutputString("CLASS_TABLE", self.tr(
            "Class table of the classed raster (for flood exposure)")))
        self.addOutput(QgsProcessingOutputNumber("THRESHOLD_CELLS", self.tr(
            "Drainage threshold (cells)")))
        self.addOutput(QgsProcessingOutputNumber("UNKNOWN_CELLS", self.tr(
            "Cells without HAND (draining out of the DEM)")))

    def execute(self, parameters, context, feedback, outputs):
        from ...mali_sites_plugin.flood import handrun
        if grass_algorithm_id() is None:  # qgis_process and scripts do not ask canExecute()
            raise QgsProcessingException(how_to_get_grass())
        language = interface_language()
        classes = load_hand_classes(self.parameterAsFile(parameters, self.CLASSES_FILE, context) or None)
        with outputs.times.phase("read"):  # the rasters are written as the HAND step computes them
            dem = self._dem(parameters, context, handrun)
        area = self.parameterAsDouble(parameters, self.DRAINAGE_AREA, context)
        threshold = dem.threshold_cells(area)
        self._log_dem(dem, area, threshold, feedback)
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        # GRASS reads band 1 of a layer: it gets a VRT of the DEM's band, in its
        # CRS, so that nothing it does writes beside the user's file
        source = handrun.dem_vrt(dem, QgsProcessingUtils.generateTempFilename("floodprone_dem.vrt"))
        direction = QgsProcessingUtils.generateTempFilename("floodprone_direction.tif")
        streams = QgsProcessingUtils.generateTempFilename("floodprone_streams.tif")
        # written in the run's staging folder, moved into place when the run succeeds
        staged, final = {}, {}
        for name in (self.OUTPUT, self.OUTPUT_HAND, self.OUTPUT_DRAINAGE):
            staged[name], final[name] = outputs.layer_file(name)
        steps.setCurrentStep(1)
        feedback.pushInfo(self.tr("Routing the flow with GRASS (depressions, directions, drainage lines)"))
        route_flow(source, threshold, direction, streams, staged[self.OUTPUT_DRAINAGE], context, steps)
        check_canceled(feedback)
        steps.setCurrentStep(2)
        # progress on this step's bar; a cancel asked of the run's own feedback
        monitor = Monitor(lambda fraction: steps.setProgress(100.0 * fraction),
                          lambda: check_canceled(feedback))
        counts = handrun.floodprone_rasters(dem, direction, streams, classes, staged[self.OUTPUT_HAND],
                                            staged[self.OUTPUT], monitor)
        check_canceled(feedback)
        class_path, drainage, hand_path = final[self.OUTPUT], final[self.OUTPUT_DRAINAGE], final[self.OUTPUT_HAND]
        self._log_counts(counts, classes, dem, feedback, language)
        style_classes_on_load(context, class_path, classes, language)
        style_on_load(context, drainage, "floodprone_drainage")
        results = {self.OUTPUT: class_path, self.OUTPUT_DRAINAGE: drainage,
                   "CLASS_TABLE": classes.class_table(language), "THRESHOLD_CELLS": threshold,
                   "UNKNOWN_CELLS": counts["unknown"]}
        if hand_path:
            results[self.OUTPUT_HAND] = hand_path
        return results

    def _dem(self, parameters, context, handrun):
        """The DEM's summary. A file path is read as it is: loading it as a
        QGIS layer would compute statistics and write a .aux.xml beside it."""
        band = self.parameterAsInt(parameters, self.BAND, context)
        value = parameters.get(self.INPUT)
        if isinstance(value, str) and os.path.isfile(value):
            return handrun.inspect_dem(value, band, None, os.path.splitext(os.path.basename(value))[0])
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.INPUT))
        crs = to_pyproj(layer.crs()) if layer.crs().isValid() else None
        return handrun.inspect_dem(layer.source().split("|")[0], band, crs, layer.name())

    def _log_dem(self, dem, area, threshold, feedback):
        number = LanguageText(interface_language()).number
        feedback.pushInfo(self.tr("DEM '{0}': {1} x {2} cells, {3} to {4} m; a cell is {5} m2").format(
            dem.label, dem.cols, dem.rows, number(dem.minimum, 2), number(dem.maximum, 2),
            number(dem.cell_area_m2, 1)))
        if dem.geographic:
            feedback.pushInfo(self.tr(
                "The DEM is in degrees: HAND is a height difference and is used as it is; the "
                "drainage area is turned into cells with the geodesic area of a cell at the DEM's "
                "centre ({0} m2).").format(number(dem.cell_area_m2, 1)))
        feedback.pushInfo(self.tr("A drainage line starts where {0} km2 drain: {1} cells").format(
            number(area, decimals_of(area)), number(threshold)))

    def _log_counts(self, counts, classes, dem, feedback, language):
        number = LanguageText(interface_language()).number
        for rank, cells in counts["cells"].items():
            feedback.pushInfo(self.tr("Class {0} ({1}): {2} cells, {3} km2").format(
                rank, classes.classes[rank].name_in(language), number(cells),
                number(cells * dem.cell_area_m2 / 1e6, 3)))
        if counts["unknown"]:
            feedback.pushInfo(self.tr(
                "{0} cells drain out of the DEM before meeting a drainage line: no HAND (nodata, "
                "unknown in flood exposure). Extend the DEM downstream to cover them.").format(
                    number(counts["unknown"])))
        if counts["below_drainage"]:
            feedback.pushInfo(self.tr(
                "{0} cells lie below the drainage their water reaches (depressions): HAND 0.").format(
                    number(counts["below_drainage"])))
