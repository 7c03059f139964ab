"""The only module that knows QGIS versions.

QGIS 3.30-3.38 moved the enums the plugin uses into scoped enums of ``Qgis``
and deprecated the old names (QGIS 4 removes them). Everything else imports
the names below, which are right on QGIS 3.22 as on 3.40 and later.
"""
from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsFeatureSink, QgsProcessing,
                       QgsProcessingAlgorithm, QgsProcessingParameterDefinition,
                       QgsProcessingParameterNumber, QgsRenderContext, QgsWkbTypes)
from qgis.PyQt.QtCore import QMetaType, QVariant

if hasattr(Qgis, "ProcessingSourceType"):  # QGIS >= 3.36
    SOURCE_POINT = Qgis.ProcessingSourceType.VectorPoint
    SOURCE_LINE = Qgis.ProcessingSourceType.VectorLine
    SOURCE_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_TABLE = Qgis.ProcessingSourceType.Vector
    SOURCE_RASTER = Qgis.ProcessingSourceType.Raster
    SOURCE_MAP_LAYER = Qgis.ProcessingSourceType.MapLayer
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    PARAMETER_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    PARAMETER_OPTIONAL = Qgis.ProcessingParameterFlag.Optional
    ALGORITHM_NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
    CRS_WKT = Qgis.CrsWktVariant.Preferred
else:
    SOURCE_POINT = QgsProcessing.TypeVectorPoint
    SOURCE_LINE = QgsProcessing.TypeVectorLine
    SOURCE_POLYGON = QgsProcessing.TypeVectorPolygon
    SOURCE_TABLE = QgsProcessing.TypeVector
    SOURCE_RASTER = QgsProcessing.TypeRaster
    SOURCE_MAP_LAYER = QgsProcessing.TypeMapLayer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Double
    NUMBER_INTEGER = QgsProcessingParameterNumber.Integer
    PARAMETER_ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced
    PARAMETER_OPTIONAL = QgsProcessingParameterDefinition.FlagOptional
    ALGORITHM_NO_THREADING = QgsProcessingAlgorithm.FlagNoThreading
    CRS_WKT = QgsCoordinateReferenceSystem.WKT_PREFERRED

if hasattr(Qgis, "WkbType"):  # QGIS >= 3.30
    WKB_POINT = Qgis.WkbType.Point
    WKB_LINESTRING = Qgis.WkbType.LineString
    WKB_POLYGON = Qgis.WkbType.Polygon
    WKB_MULTIPOLYGON = Qgis.WkbType.MultiPolygon
    WKB_GEOMETRY_COLLECTION = Qgis.WkbType.GeometryCollection
    WKB_NO_GEOMETRY = Qgis.WkbType.NoGeometry
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
else:
    WKB_POINT = QgsWkbTypes.Point
    WKB_LINESTRING = QgsWkbTypes.LineString
    WKB_POLYGON = QgsWkbTypes.Polygon
    WKB_MULTIPOLYGON = QgsWkbTypes.MultiPolygon
    WKB_GEOMETRY_COLLECTION = QgsWkbTypes.GeometryCollection
    WKB_NO_GEOMETRY = QgsWkbTypes.NoGeometry
    POINT_GEOMETRY = QgsWkbTypes.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.LineGeometry
    POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry

if hasattr(Qgis, "TextRenderFormat"):  # QGIS >= 3.28
    TEXT_AS_TEXT = Qgis.TextRenderFormat.AlwaysText
else:
    TEXT_AS_TEXT = QgsRenderContext.TextFormatAlwaysText

FAST_INSERT = QgsFeatureSink.Flag.FastInsert

# QGIS 3.38 moved QgsField to QMetaType types and deprecated the QVariant ones.
if Qgis.QGIS_VERSION_INT >= 33800:
    FIELD_TYPES = {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int,
                   "double": QMetaType.Type.Double, "bool": QMetaType.Type.Bool}
else:
    FIELD_TYPES = {"string": QVariant.String, "int": QVariant.Int, "double": QVariant.Double,
                   "bool": QVariant.Bool}


def geometry_type(wkb_type):
    """Point, line or polygon geometry of a WKB type (compare with *_GEOMETRY)."""
    return QgsWkbTypes.geometryType(wkb_type)


def flat_type(wkb_type):
    return QgsWkbTypes.flatType(wkb_type)
