"""The hazard inputs flood exposure and WASH coverage share, declared and
read in one place: what the raster cells hold, its band and class table, the
wet threshold (the standards profile's when empty) and the rasters."""
from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber, QgsProcessingParameterString

from ...mali_sites_plugin.common.standards import load_profile
from ..common import compat
from ..common.base import figure_text
from ..common.qgis_io import raster_input


class HazardInputs:
    """Mixed into an algorithm (a MaliSitesAlgorithm) that reads HAZARDS."""

    HAZARDS = "HAZARDS"
    SCENARIO_NAMES = "SCENARIO_NAMES"
    FLOOD_EXTENTS = "FLOOD_EXTENTS"
    HAZARD_KIND = "HAZARD_KIND"
    BAND = "BAND"
    CLASS_TABLE = "CLASS_TABLE"
    WET_THRESHOLD = "WET_THRESHOLD"

    def add_hazard_kind_parameters(self, kind_help):
        """HAZARD_KIND (``kind_help``: what unknown cells mean to this
        algorithm), CLASS_TABLE and BAND."""
        self.add_parameter(QgsProcessingParameterEnum(
            self.HAZARD_KIND, self.tr("Hazard raster values"),
            options=[self.tr("Flood depth (m)"), self.tr("Binary extent (non-zero = flooded)"),
                     self.tr("Classified (class table)")], defaultValue=0), kind_help)
        self.add_parameter(QgsProcessingParameterString(
            self.CLASS_TABLE, self.tr("Class table (classified rasters): code=name, ..."),
            optional=True), self.tr("For classified rasters: code=name pairs in increasing severity, "
                                    "the no-hazard class first, such as 0=none,1=low,2=medium,3=high. "
                                    "Codes missing from the table count as unknown."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.BAND, self.tr("Band"), compat.NUMBER_INTEGER, 1, minValue=1),
            self.tr("Band of the hazard rasters to read."), advanced=True)

    def add_wet_threshold_parameter(self, advanced=False):
        self.add_parameter(QgsProcessingParameterNumber(
            self.WET_THRESHOLD, self.tr("Wet threshold (m; empty: standards profile)"),
            compat.NUMBER_DOUBLE, None, optional=True, minValue=0.0),
            self.tr("A cell is wet when its depth is above this value (depth rasters). Empty: "
                    "the standards profile's {0}.").format(figure_text(load_profile().figure("flood_wet_depth_m"))),
            advanced=advanced)

    def wet_threshold(self, parameters, context, profile):
        """WET_THRESHOLD in metres, or the profile's figure when it is empty."""
        wet = parameters.get(self.WET_THRESHOLD)
        if wet is None or str(wet).strip() == "":
            return profile.value("flood_wet_depth_m")
        return self.parameterAsDouble(parameters, self.WET_THRESHOLD, context)

    def hazard_rasters(self, parameters, context):
        """The HAZARDS rasters opened for the flood core (rasterio: at run time only)."""
        from ...mali_sites_plugin.flood.rasters import open_hazard_raster
        band = self.parameterAsInt(parameters, self.BAND, context)
        rasters = []
        for layer in self.parameterAsLayerList(parameters, self.HAZARDS, context):
            raster = raster_input(layer, band)
            rasters.append(open_hazard_raster(raster.path, raster.band, raster.crs, label=raster.label))
        return rasters
