"""malisites:importdtmsites: a DTM site list (CSV/XLSX) as a point layer."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry,
                       QgsPointXY, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterString)

from ..common import compat
from ...mali_sites_plugin.common.columns import rows
from ...mali_sites_plugin.dtm.site_list import MALI_EXTENT, import_site_list
from ...mali_sites_plugin.dtm.table import rejected_columns, site_columns
from ..common.base import MaliSitesAlgorithm, check_canceled
from ..common.outputs import style_on_load
from ..common.qgis_io import fields_of


class ImportDtmSites(MaliSitesAlgorithm):
    INPUT = "INPUT"
    FIELD_MAPPING = "FIELD_MAPPING"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"
    ICON = "import_dtm_sites.svg"

    def name(self):
        return "importdtmsites"

    def displayName(self):  # noqa: N802
        return self.tr("Import DTM site list")

    def group(self):
        return self.tr("Data preparation")

    def groupId(self):  # noqa: N802
        return "datapreparation"

    def tags(self):
        return self.tr("DTM,DNDS,IDP,PDI,site,CSV,XLSX,HXL,import,displacement").split(",")

    def help_sections(self):
        return [
            ("", self.tr(
                "Reads a DTM Mali site list (CSV or XLSX, French or English headers, optional "
                "row of HXL tags) and places every site as a point in EPSG:4326. No row is "
                "lost: each is imported (possibly after a logged fix) or written to the "
                "rejected table with its reason.")),
            (self.tr("Columns"), self.tr(
                "Found automatically by name: latitude/lat/y, longitude/lon/x, #geo+lat, "
                "#geo+lon; ménages/households; personnes/individus/individuals; région, "
                "cercle, commune (admin 1-3); site id and name. Field mapping overrides the "
                "guess: one key=column per line, or JSON, with keys site_id, site_name, "
                "admin1, admin2, admin3, households, individuals, latitude, longitude.")),
            (self.tr("Fixes and rejections"), self.tr(
                "Fixed and logged: decimal commas (12,65), latitude and longitude swapped "
                "(when swapping puts the site in Mali), UTF-8 with BOM, Latin-1 files, "
                "semicolon or tab separators. Rejected with a reason: empty or non-numeric "
                "coordinates, coordinates outside Mali (longitude -12.30 to 4.25, latitude "
                "10.10 to 25.00, Natural Earth outline), negative or non-integer household "
                "or individual counts.")),
            (self.tr("Outputs"), self.tr(
                "Sites: site_id, site_name, admin1, admin2, admin3, households, individuals, "
                "source_row (line of the file), fixes, then every original column as text. "
                "Rejected rows: source_row, reason and the original columns. The results "
                "give the number of rows read, imported, fixed and rejected.")),
        ]

    def initAlgorithm(self, config=None):  # noqa: N802
        source = QgsProcessingParameterFile(
            self.INPUT, self.tr("DTM site list (CSV or XLSX)"),
            fileFilter=self.tr("Site lists (*.csv *.txt *.xlsx)"))
        source.setHelp(self.tr("A DTM Mali site list as published by DNDS/IOM."))
        self.addParameter(source)
        mapping = QgsProcessingParameterString(
            self.FIELD_MAPPING, self.tr("Field mapping (key=column, one per line; empty: automatic)"),
            multiLine=True, optional=True)
        mapping.setHelp(self.tr("For example: latitude=Lat_Y, longitude=Long_X, households=Nb ménages"))
        mapping.setFlags(mapping.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(mapping)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Sites"), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), compat.SOURCE_TABLE,
            optional=True, createByDefault=True))
        for key, label in (("rows_read", self.tr("Number of rows read")),
                           ("rows_imported", self.tr("Number of rows imported")),
                           ("rows_fixed", self.tr("Number of rows imported after a fix")),
                           ("rows_rejected", self.tr("Number of rows rejected"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def execute(self, parameters, context, feedback, outputs):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        mapping = self.parameterAsString(parameters, self.FIELD_MAPPING, context)
        result = import_site_list(path, mapping or None, MALI_EXTENT)
        for note in result.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(self.tr("Columns used: {0}").format(
            ", ".join("%s=%s" % item for item in sorted(result.mapping.items()))))
        check_canceled(feedback)

        site_table, rejected_table = site_columns(result), rejected_columns(result)
        site_fields = fields_of(site_table)
        sites_sink, sites_id = outputs.sink(self.OUTPUT, site_fields, compat.WKB_POINT,
                                            QgsCoordinateReferenceSystem("EPSG:4326"))
        rejected_fields = fields_of(rejected_table)
        rejected_sink, rejected_id = outputs.sink(self.REJECTED, rejected_fields, compat.WKB_NO_GEOMETRY,
                                                  QgsCoordinateReferenceSystem())

        total = max(len(result.sites) + len(result.rejected), 1)
        for done, (site, values) in enumerate(zip(result.sites, rows(site_table))):
            check_canceled(feedback)
            for fix in site.fixes:
                feedback.pushInfo(self.tr("Row {0}: {1}").format(site.row, fix))
            feature = QgsFeature(site_fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(site.longitude, site.latitude)))
            feature.setAttributes(list(values))
            sites_sink.addFeature(feature, compat.FAST_INSERT)
            feedback.setProgress(100.0 * done / total)
        for row, values in zip(result.rejected, rows(rejected_table)):
            feedback.reportError(self.tr("Row {0} rejected: {1}").format(row.row, row.reason))
            if rejected_sink is not None:
                feature = QgsFeature(rejected_fields)
                feature.setAttributes(list(values))
                rejected_sink.addFeature(feature, compat.FAST_INSERT)
        style_on_load(context, sites_id, "dtm_sites")
        counts = result.counts
        feedback.pushInfo(self.tr("{0} rows read, {1} imported ({2} after a fix), {3} rejected").format(
            counts["read"], counts["imported"], counts["fixed"], counts["rejected"]))
        results = {self.OUTPUT: sites_id, "rows_read": counts["read"],
                   "rows_imported": counts["imported"], "rows_fixed": counts["fixed"],
                   "rows_rejected": counts["rejected"]}
        if rejected_sink is not None:
            results[self.REJECTED] = rejected_id
        return results

