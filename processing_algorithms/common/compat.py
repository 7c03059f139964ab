"""The only module that knows QGIS versions.

QGIS 3.30-3.38 moved the enums the plugin uses into scoped enums of ``Qgis``
and deprecated the old names (QGIS 4 removes them). Everything else imports
the names below, which are right on QGIS 3.22 as on 3.40 and later. Each
line names the new enum first; the old one is read only on older QGIS.
"""
from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsFeatureSink, QgsProcessing,
                       QgsProcessingAlgorithm, QgsProcessingFeatureSource, QgsProcessingParameterDefinition,
                       QgsProcessingParameterField, QgsProcessingParameterNumber, QgsRenderContext,
                       QgsUnitTypes, QgsWkbTypes)
from qgis.PyQt.QtCore import QMetaType, QVariant

_PROCESSING_ENUMS = hasattr(Qgis, "ProcessingSourceType")  # QGIS >= 3.36
_GEOMETRY_ENUMS = hasattr(Qgis, "WkbType")  # QGIS >= 3.30

SOURCE_POINT = Qgis.ProcessingSourceType.VectorPoint if _PROCESSING_ENUMS else QgsProcessing.TypeVectorPoint
SOURCE_LINE = Qgis.ProcessingSourceType.VectorLine if _PROCESSING_ENUMS else QgsProcessing.TypeVectorLine
SOURCE_POLYGON = (Qgis.ProcessingSourceType.VectorPolygon if _PROCESSING_ENUMS
                  else QgsProcessing.TypeVectorPolygon)
SOURCE_TABLE = Qgis.ProcessingSourceType.Vector if _PROCESSING_ENUMS else QgsProcessing.TypeVector
SOURCE_RASTER = Qgis.ProcessingSourceType.Raster if _PROCESSING_ENUMS else QgsProcessing.TypeRaster
SOURCE_MAP_LAYER = Qgis.ProcessingSourceType.MapLayer if _PROCESSING_ENUMS else QgsProcessing.TypeMapLayer
NUMBER_DOUBLE = (Qgis.ProcessingNumberParameterType.Double if _PROCESSING_ENUMS
                 else QgsProcessingParameterNumber.Double)
NUMBER_INTEGER = (Qgis.ProcessingNumberParameterType.Integer if _PROCESSING_ENUMS
                  else QgsProcessingParameterNumber.Integer)
FIELD_NUMERIC = (Qgis.ProcessingFieldParameterDataType.Numeric if _PROCESSING_ENUMS
                 else QgsProcessingParameterField.Numeric)
PARAMETER_ADVANCED = (Qgis.ProcessingParameterFlag.Advanced if _PROCESSING_ENUMS
                      else QgsProcessingParameterDefinition.FlagAdvanced)
PARAMETER_OPTIONAL = (Qgis.ProcessingParameterFlag.Optional if _PROCESSING_ENUMS
                      else QgsProcessingParameterDefinition.FlagOptional)
ALGORITHM_NO_THREADING = (Qgis.ProcessingAlgorithmFlag.NoThreading if _PROCESSING_ENUMS
                          else QgsProcessingAlgorithm.FlagNoThreading)
CRS_WKT = Qgis.CrsWktVariant.Preferred if _PROCESSING_ENUMS else QgsCoordinateReferenceSystem.WKT_PREFERRED
SOURCE_SKIP_GEOMETRY_CHECKS = (Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks if _PROCESSING_ENUMS
                               else QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)

WKB_POINT = Qgis.WkbType.Point if _GEOMETRY_ENUMS else QgsWkbTypes.Point
WKB_LINESTRING = Qgis.WkbType.LineString if _GEOMETRY_ENUMS else QgsWkbTypes.LineString
WKB_POLYGON = Qgis.WkbType.Polygon if _GEOMETRY_ENUMS else QgsWkbTypes.Polygon
WKB_MULTIPOLYGON = Qgis.WkbType.MultiPolygon if _GEOMETRY_ENUMS else QgsWkbTypes.MultiPolygon
WKB_GEOMETRY_COLLECTION = (Qgis.WkbType.GeometryCollection if _GEOMETRY_ENUMS
                           else QgsWkbTypes.GeometryCollection)
WKB_NO_GEOMETRY = Qgis.WkbType.NoGeometry if _GEOMETRY_ENUMS else QgsWkbTypes.NoGeometry
POINT_GEOMETRY = Qgis.GeometryType.Point if _GEOMETRY_ENUMS else QgsWkbTypes.PointGeometry
LINE_GEOMETRY = Qgis.GeometryType.Line if _GEOMETRY_ENUMS else QgsWkbTypes.LineGeometry
POLYGON_GEOMETRY = Qgis.GeometryType.Polygon if _GEOMETRY_ENUMS else QgsWkbTypes.PolygonGeometry

# QGIS >= 3.28
TEXT_AS_TEXT = (Qgis.TextRenderFormat.AlwaysText if hasattr(Qgis, "TextRenderFormat")
                else QgsRenderContext.TextFormatAlwaysText)

FAST_INSERT = QgsFeatureSink.Flag.FastInsert

# QGIS 3.38 moved QgsField to QMetaType types and deprecated the QVariant ones.
if Qgis.QGIS_VERSION_INT >= 33800:
    FIELD_TYPES = {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int,
                   "double": QMetaType.Type.Double, "bool": QMetaType.Type.Bool}
else:
    FIELD_TYPES = {"string": QVariant.String, "int": QVariant.Int, "double": QVariant.Double,
                   "bool": QVariant.Bool}


def _version(package):
    """(major, minor) of an installed package, from the name of its metadata
    folder beside it (pyproj-3.7.1.dist-info), without importing it: reading
    it through importlib.metadata cost 0.04 s at every QGIS start. None if unknown."""
    import glob
    import importlib.util
    import os
    import re
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return None
    for path in glob.glob(os.path.join(os.path.dirname(os.path.dirname(spec.origin)), package + "-*-info")):
        found = re.match(re.escape(package) + r"-(\d+)\.(\d+)", os.path.basename(path))
        if found:
            return int(found.group(1)), int(found.group(2))
    return None


# pyproj 3.7 keeps one PROJ context per thread but mishandles threads that Python did not
# create, as QGIS's task threads: a second run in a reused task thread dies in proj_create
# (pyproj issue 1509, seen with QGIS 3.40 and pyproj 3.7.1). There, the algorithms run in
# QGIS's main thread: the window waits for the run instead of QGIS crashing.
PYPROJ_NEEDS_MAIN_THREAD = (3, 7) <= (_version("pyproj") or (0, 0)) < (3, 8)


def legend_filter_done(model):
    """Wait for the hit test that a legend model's filter by map started:
    QGIS 3.40 runs it in a thread (QgsLayerTreeModel.UseThreadedHitTest, set
    on layout legends), so right after the filter is set the model has no
    legend entries yet, and a legend measured or filled then is empty."""
    if hasattr(model, "waitForHitTestBlocking"):
        model.waitForHitTestBlocking()


def geometry_type(wkb_type):
    """Point, line or polygon geometry of a WKB type (compare with *_GEOMETRY)."""
    return QgsWkbTypes.geometryType(wkb_type)


def flat_type(wkb_type):
    return QgsWkbTypes.flatType(wkb_type)

# The GRASS provider's id: 'grass7' up to QGIS 3.34, 'grass' from 3.36.
GRASS_PROVIDER_IDS = ("grass", "grass7") if Qgis.QGIS_VERSION_INT >= 33600 else ("grass7",)

_UNIT_ENUMS = hasattr(Qgis, "DistanceUnit")  # QGIS >= 3.30
DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers if _UNIT_ENUMS else QgsUnitTypes.DistanceKilometers
