"""malisites:importdtmsites: a DTM file (site list, Kobo export, DTM API
figures, baseline workbook) as a point layer, or as a table of admin-level
figures when it has no coordinates. The DTM core (mali_sites_plugin.dtm) is
imported when a run or the help first needs it, not when the plugin loads."""
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterString)

from ..common import compat
from ...mali_sites_plugin import dtm as dtm_core
from ...mali_sites_plugin.common.columns import rows as column_rows
from ...mali_sites_plugin.common.lazy import lazy_module
from ..common.base import MaliSitesAlgorithm, check_canceled, feedback_monitor
from ..common.outputs import style_on_load
from ..common.qgis_io import fields_of

dtm_table = lazy_module("...mali_sites_plugin.dtm.table", __package__)
_READING_SHARE = 0.5  # of the progress bar: reading the file; the rest is writing


class ImportDtmSites(MaliSitesAlgorithm):
    PRODUCT = "dtm"
    INPUT = "INPUT"
    SHEET = "SHEET"
    FIELD_MAPPING = "FIELD_MAPPING"
    OUTPUT = "OUTPUT"
    ADMIN_FIGURES = "ADMIN_FIGURES"
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
        return self.tr("DTM,DNDS,IDP,PDI,site,CSV,XLSX,HXL,import,displacement,Kobo,P-code,round").split(",")

    def short_description(self):
        return self.tr(
            "Reads a DTM site list (CSV or Excel, French or English headers, HXL, Kobo or DTM API"
            " exports) into site points; every row imported, fixed or rejected with its reason.")

    def help_sections(self):
        return self._help_reading() + self._help_checks()

    def _help_reading(self):
        return [
            ("", self.tr(
                "Reads a DTM Mali file (CSV or XLSX, French or English headers, optional row of HXL "
                "tags) and places every site as a point in EPSG:4326. It reads site lists, Kobo "
                "exports of the site assessment, DTM API exports and baseline workbooks. No row is "
                "lost: each is imported (possibly after a logged fix, or with a warning), written to "
                "the rejected table with its reason, or superseded by a later round of the same place.")),
            (self.tr("Columns"), self.tr(
                "Found automatically by name: latitude/lat/y, longitude/lon/x, #geo+lat, #geo+lon; "
                "ménages/households; personnes/individus/individuals/numPresentIdpInd; région, cercle, "
                "commune (admin 1-3) and their P-codes (admin1Pcode, #adm1+code...); site id, name and "
                "status; round (roundNumber, #round+code) and reporting date (reportingDate, "
                "#date+reported). Kobo headers are read without their question number and group "
                "(__1.1.d.1__site_name is the site name, __1_1_e_1__site_location__admin_1_ the region, "
                "__1.1.f.3__gps_coordinates_latitude the latitude); Kobo's own columns (_id, _uuid, "
                "_status...) are never used. Field mapping overrides the guess: one key=column per line, "
                "or JSON, with keys site_id, site_name, site_status, country_code, admin_level, admin1, "
                "admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, households, individuals, "
                "round, reporting_date, latitude, longitude.")),
            (self.tr("Workbooks"), self.tr(
                "The header is the first of the first 30 rows that names a latitude and a longitude column, "
                "else the first that names at least three known columns (title rows above it are skipped; "
                "if no row does, the first row that is not empty). "
                "The sheet read is the one named by Sheet, else the sheet whose header names latitude "
                "and longitude and the most known columns. The log says which sheet and row were used.")),
            (self.tr("Admin-level figures"), self.tr(
                "A file without latitude and longitude columns but with admin units and figures (the "
                "DTM API export, baseline tables by région or cercle) is not placed on the map: no "
                "shipped table gives a point for a region or a cercle with a source, and a point at its "
                "centre would read as a site. Its rows go to the Admin-level figures table, without "
                "geometry, with their P-codes: join it to the COD-AB boundaries by P-code (Join "
                "attributes by field value). The Sites layer is then empty. That table is only written "
                "for such files.")),
        ]

    def _help_checks(self):
        return [self._help_place()] + self._help_rows() + [self._help_outputs()]

    def _help_place(self):
        tolerance = dtm_core.outline_properties()["border_tolerance_km"]
        return (self.tr("In Mali"), self.tr(
            "Each site is checked against Mali's outline, resources/boundaries/mali.geojson: Natural Earth "
            "1:10m (public domain) as QGIS ships it in world_map.gpkg; its source, date and accuracy are in "
            "the README beside it. A site up to {0} km outside the outline is kept, with a warning saying "
            "how far outside it lies: the outline is drawn for 1:10 million and generalised, and DTM lists "
            "often round coordinates to 2 decimals, so sites on the border must not be lost. A site farther "
            "out is rejected with its position and its distance from the border, such as 'coordinates "
            "outside Mali (12.37 N, 1.52 W, 206 km from the border)' for Ouagadougou (a bounding box "
            "would take Ouagadougou and Niamey for Mali).").format("{:g}".format(tolerance)))

    def _help_rows(self):
        return [
            (self.tr("P-codes"), self.tr(
                "Mali P-codes are ML and 2 digits per level (ML05 Mopti, ML0501 Bandiagara, ML060505). "
                "Spaces and lower case are fixed; a name column holding a code has it moved to the "
                "P-code field. Codes are checked for form, for nesting (ML0501 lies in ML05) and "
                "against the names of the same row with resources/pcodes/mali_admin.json: the COD-AB "
                "regions ML01 Kayes to ML10 Ménaka (ML09 Bamako), the regions of the 2023 division "
                "as REACH's 2025 scripts code them (ML00 Bamako, ML09 Taoudénit, ML11 Nioro to ML19 "
                "Bandiagara) and 49 COD-AB cercles (not all of them). Confidence: secondary (the lists "
                "were read from REACH's MSNA 2025 scripts and the project's notes, not from the COD-AB "
                "file). A code that disagrees with its name is never corrected: the row is imported "
                "with a warning (log and warnings field) and both are kept as given.")),
            (self.tr("Rounds"), self.tr(
                "When the file has a round or a reporting date column, each place keeps its latest "
                "report: the highest round, then the latest date, then the later row. A place is a "
                "site id, else a site name in its région, cercle and commune; an admin unit is its "
                "deepest P-code, else its names. Older rows go to the rejected table as superseded, "
                "naming the row that replaced them. The latest report is chosen among the rows that "
                "could be imported: a later row that was rejected stays in the rejected table with its "
                "reason. A round that cannot be read rejects its row.")),
            (self.tr("Fixes and rejections"), self.tr(
                "Fixed and logged: decimal commas in quoted or semicolon-separated values (12,65), latitude "
                "and longitude swapped (when swapping puts the site in Mali), UTF-8 with BOM, Latin-1 "
                "files, semicolon or tab separators, P-codes as above. Rejected with a reason: empty or "
                "non-numeric coordinates, coordinates outside Mali (above), negative or non-integer "
                "household or individual counts, counts above Mali's whole population ({0}, UN World "
                "Population Prospects 2022 for 2026: a typo), a round above {1}, total rows, a country code "
                "other than MLI, an unreadable round, an admin-level row naming no admin unit, a row with "
                "more fields than the header has columns (in a comma-separated file with decimal commas "
                "the message says so: save it with ';' as separator or with decimal points; a file where "
                "every row is like that is refused). Imported with a warning: P-codes as above, a "
                "reporting date or admin level that cannot be read (left empty), a site near the border "
                "(above).").format("{:,}".format(dtm_core.MALI_POPULATION), dtm_core.MAX_ROUND)),
            (self.tr("Repeated sites"), self.tr(
                "In a file without rounds, rows with the same site id (or, for admin-level figures, the "
                "same admin unit) are reported: a row that repeats an earlier one in every value is the "
                "same entry twice and is rejected (its people would be counted twice); rows that differ "
                "are all imported, each with a warning naming the other rows, for you to decide whether "
                "one site was listed twice or two sites share an id. In a file with rounds the latest "
                "report of each place is kept (Rounds).")),
        ]

    def _help_outputs(self):
        return (self.tr("Outputs"), self.tr(
                "Sites: site_id, site_name, site_status, admin1, admin1_pcode, admin2, admin2_pcode, "
                "admin3, admin3_pcode, households, individuals, round, reporting_date, source_row (line "
                "of the file or row of the sheet), fixes, warnings, then every original column as text. "
                "Admin-level figures: country_code, admin_level, the admin names and P-codes, "
                "households, individuals, round, reporting_date, source_row, fixes, warnings and the "
                "original columns. Rejected rows: source_row, reason and the original columns, "
                "superseded rows included. The results count the rows read, imported, fixed, with a "
                "warning, without coordinates, rejected and superseded: rows read = imported + "
                "rejected + superseded. An original column whose name is taken is written as "
                "orig_<name>: fid and geom (a QGIS export; a GeoPackage keeps them for its feature id and "
                "geometry) and our own field names; the log lists them. A row the writer refuses stops the run with its row "
                "number: no row is lost in silence."))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("DTM site list (CSV or XLSX)"),
            fileFilter=self.tr("Site lists (*.csv *.txt *.xlsx)")),
            self.tr("A DTM Mali site list as published by DNDS/IOM."))
        self.add_parameter(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet (workbooks: name or number; empty: the sheet with the site list)"),
            optional=True),
            self.tr("The sheet of an XLSX workbook to read, by name or number from 1, such as Sites or 2. "
                    "Empty: the sheet whose header looks most like a site list."), advanced=True)
        self.add_parameter(QgsProcessingParameterString(
            self.FIELD_MAPPING, self.tr("Field mapping (key=column, one per line; empty: automatic)"),
            multiLine=True, optional=True),
            self.tr("For example: latitude=Lat_Y, longitude=Long_X, households=Nb ménages"), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Sites"), compat.SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ADMIN_FIGURES, self.tr("Admin-level figures (files without coordinates)"),
            compat.SOURCE_TABLE, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), compat.SOURCE_TABLE,
            optional=True, createByDefault=True))
        for key, label in (("rows_read", self.tr("Number of rows read")),
                           ("rows_imported", self.tr("Number of rows imported")),
                           ("rows_fixed", self.tr("Number of rows imported after a fix")),
                           ("rows_warned", self.tr("Number of rows imported with a warning")),
                           ("rows_without_coordinates",
                            self.tr("Number of rows imported as admin-level figures (no coordinates)")),
                           ("rows_rejected", self.tr("Number of rows rejected")),
                           ("rows_superseded", self.tr("Number of rows superseded by a later round"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def execute(self, parameters, context, feedback, outputs):
        with outputs.times.phase("read"):
            result = dtm_core.import_site_list(
                self.parameterAsFile(parameters, self.INPUT, context),
                self.parameterAsString(parameters, self.FIELD_MAPPING, context) or None,
                sheet=self.parameterAsString(parameters, self.SHEET, context) or None,
                monitor=feedback_monitor(feedback).part(0.0, _READING_SHARE))
        self._log_file(result, feedback)
        check_canceled(feedback)
        with outputs.times.phase("write"):
            results = self._write(outputs, result, feedback)
        style_on_load(context, results[self.OUTPUT], "dtm_sites")
        results.update(self._counts(result, feedback))
        return results

    def _write(self, outputs, result, feedback):
        """The sites (or admin-level figures) and the rejected rows: {output: destination}."""
        _, rows = dtm_table.imported_rows(result)
        sites = self._sink(outputs, self.OUTPUT, dtm_table.row_columns(result, dtm_core.SITE_FIELDS, []),
                           compat.WKB_POINT, QgsCoordinateReferenceSystem("EPSG:4326"))
        results = {self.OUTPUT: sites[1]}
        output = sites
        if not result.located:  # admin-level figures: a table, and the sites layer stays empty
            output = self._sink(outputs, self.ADMIN_FIGURES,
                                dtm_table.row_columns(result, dtm_core.ADMIN_FIELDS, []),
                                compat.WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())
            if output[0] is None:
                raise QgsProcessingException(self.tr(
                    "The file holds admin-level figures without coordinates: ask for the Admin-level "
                    "figures output, which was switched off."))
            results[self.ADMIN_FIGURES] = output[1]
        self._write_imported(output, rows, dtm_table.imported_columns(result), feedback)
        rejected_id = self._write_rejected(outputs, result, feedback)
        if rejected_id is not None:
            results[self.REJECTED] = rejected_id
        return results

    def _log_file(self, result, feedback):
        confidence = {"secondary": self.tr("secondary"), "unverified": self.tr("unverified")}
        for note in result.notes:
            feedback.pushInfo(self._note_text(note).format(*(confidence.get(value, value) for value in note.values)))
        feedback.pushInfo(self.tr("Columns used: {0}").format(
            ", ".join("%s=%s" % item for item in sorted(result.mapping.items()))))

    def _note_text(self, note):
        """The wording of a file-level note (mali_sites_plugin.dtm.site_list.NOTE_TEXT) in the user's language."""
        return {
            "encoding": self.tr("The file is not UTF-8; it was read as {0}"),
            "sheet": self.tr("Sheet '{0}' read ({1} of {2}), header on row {3}"),
            "sheet_ignored": self.tr("SHEET is for workbooks; {0} was read whole"),
            "header_row": self.tr("Header on line {0}; the lines above it were skipped"),
            "hxl_row": self.tr("Row {0} holds HXL tags; they were used to find the columns"),
            "no_coordinates": self.tr(
                "No latitude or longitude column: the rows are admin-level figures, written to the admin "
                "figures table without geometry (join it to boundaries by P-code)"),
            "rounds": self.tr("Rounds or reporting dates found: the latest report of each place is kept, {0} "
                              "older rows are superseded"),
            "pcode_table": self.tr("P-codes checked against {0}: {1} COD-AB regions and {2} cercles "
                                   "(confidence: {3})"),
            "outline": self.tr("Coordinates checked against Mali's outline ({0}, Natural Earth); sites up to {1} "
                               "km outside it are kept with a warning"),
            "renamed": self.tr("Original columns renamed in the outputs, their names being taken (by an output "
                               "field, or by the GeoPackage's own fid and geom columns): {0}"),
            "duplicates": self.tr("{0} rows share their site id or admin unit with another row: an exact repeat "
                                  "is rejected, the others carry a warning"),
            "decimal_commas": self.tr("{0} rows were rejected for decimal commas in a comma-separated file: save "
                                      "it with ';' as separator or with decimal points"),
        }[note.code]

    def _sink(self, outputs, name, columns, wkb_type, crs):
        """(sink, dest_id, fields) for rows of ``columns``."""
        fields = fields_of(columns)
        sink, dest_id = outputs.sink(name, fields, wkb_type, crs)
        return sink, dest_id, fields

    def _write_imported(self, output, rows, columns, feedback):
        sink, _, fields = output
        for done, (row, values) in enumerate(zip(rows, column_rows(columns))):
            check_canceled(feedback)
            for fix in row.fixes:
                feedback.pushInfo(self.tr("Row {0}: {1}").format(row.row, fix))
            for warning in row.warnings:
                feedback.pushWarning(self.tr("Row {0}: {1}").format(row.row, warning))
            feature = QgsFeature(fields)
            if row.longitude is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.longitude, row.latitude)))
            feature.setAttributes(list(values))
            self._add(sink, feature, row)
            feedback.setProgress(100.0 * (_READING_SHARE + (1 - _READING_SHARE) * (done + 1) / len(rows)))

    def _write_rejected(self, outputs, result, feedback):
        columns = dtm_table.rejected_columns(result)
        sink, dest_id, fields = self._sink(outputs, self.REJECTED, columns, compat.WKB_NO_GEOMETRY,
                                           QgsCoordinateReferenceSystem())
        for (row, superseded), values in zip(dtm_table.rejected_rows(result), column_rows(columns)):
            check_canceled(feedback)
            if superseded:
                feedback.pushInfo(self.tr("Row {0}: {1}").format(row.row, row.reason))
            else:  # a warning: the row is kept, with its reason, in the rejected table; the run succeeds
                feedback.pushWarning(self.tr("Row {0} rejected: {1}").format(row.row, row.reason))
            if sink is not None:
                feature = QgsFeature(fields)
                feature.setAttributes(list(values))
                self._add(sink, feature, row)
        return dest_id

    def _add(self, sink, feature, row):
        """Write one row; a row the writer refuses stops the run (no row is lost in silence)."""
        if not sink.addFeature(feature, compat.FAST_INSERT):
            error = sink.lastError()
            raise QgsProcessingException(self.tr(
                "Row {0} of the file could not be written to the output ({1}); no output was kept. Check "
                "the row's values and the output's file format").format(
                row.row, error or self.tr("the writer gave no reason")))

    def _counts(self, result, feedback):
        counts = result.counts
        feedback.pushInfo(self.tr(
            "{0} rows read: {1} imported ({2} after a fix, {3} with a warning, {4} without coordinates), "
            "{5} rejected, {6} superseded by a later round").format(
            counts.read, counts.imported, counts.fixed, counts.warned, counts.without_coordinates,
            counts.rejected, counts.superseded))
        return {"rows_read": counts.read, "rows_imported": counts.imported, "rows_fixed": counts.fixed,
                "rows_warned": counts.warned, "rows_without_coordinates": counts.without_coordinates,
                "rows_rejected": counts.rejected, "rows_superseded": counts.superseded}

