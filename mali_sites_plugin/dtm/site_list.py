"""DTM Mali site lists: read, map columns, place each site, never lose a row.

DTM Mali (run by DNDS) publishes site lists with French or English headers,
sometimes with a row of HXL tags, as CSV or XLSX; Kobo exports of the site
assessment number their questions; the DTM API gives admin-level figures
(region, cercle) without coordinates. There is no fixed schema, so columns
are found by name (or by a mapping the user gives), and every row is
accounted for: imported (possibly after a logged fix, or with a warning
such as a P-code that disagrees with its name), rejected with its reason,
or superseded by a later round of the same site.

Coordinates are checked against Mali's outline (outline.py), not a box:
Ouagadougou and Niamey lie inside Mali's bounding box. Counts above Mali's
whole population are typos and are rejected, so that no figure can
overflow an output field and no row can be lost on writing; a site id used
by several rows is reported (an exact repeat is rejected, others warned).

Rows without coordinates are not placed anywhere: a file without latitude
and longitude columns gives admin-level figures, kept as a table to join to
boundaries by P-code (no point is invented for a region or a cercle).
"""
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..common.notes import Note, format_value
from ..common.progress import NO_MONITOR
from ..common.vocabulary import fold
from .columns import build_mapping, parse_field_mapping, recognised_targets
from .errors import DtmError
from .outline import MALI_OUTLINE, load_outline
from .pcodes import PCODE_TABLE, check_pcodes, load_pcode_table
from .reading import misaligned, read_table
from .rounds import flag_duplicates, keep_latest, site_key, unit_key
from .values import (blank, parse_admin_level, parse_count, parse_date, parse_decimal, parse_round,
                     text)

# No row of a DTM file, not even Mali as a whole (admin level 0), counts more
# people (or households) than Mali has: such a figure is a typo and rejects
# its row. Mali's population, UN World Population Prospects 2022, medium
# variant, 1 July 2026 (confidence: secondary, read from statisticstimes.com's
# table of WPP 2022). It also keeps every count inside a 32-bit output field.
MALI_POPULATION = 25518081
# DTM Mali has numbered its rounds from 1 since 2014 (round 70 in 2023): a
# larger number is a date or a count typed in the round column.
MAX_ROUND = 1000

# Output fields, in order: of the site points, and of the admin-level figures table.
SITE_FIELDS = ("site_id", "site_name", "site_status", "admin1", "admin1_pcode", "admin2",
               "admin2_pcode", "admin3", "admin3_pcode", "households", "individuals", "round",
               "reporting_date")
OUTPUT_FIELDS = SITE_FIELDS
ADMIN_FIELDS = ("country_code", "admin_level", "admin1", "admin1_pcode", "admin2", "admin2_pcode",
                "admin3", "admin3_pcode", "households", "individuals", "round", "reporting_date")
INTEGER_FIELDS = ("admin_level", "households", "individuals", "round")
_TEXT_TARGETS = ("site_id", "site_name", "site_status", "country_code", "admin1", "admin1_pcode",
                 "admin2", "admin2_pcode", "admin3", "admin3_pcode")
_PCODE_TARGETS = ("admin1_pcode", "admin2_pcode", "admin3_pcode")
_ADMIN_TARGETS = ("admin1", "admin2", "admin3") + _PCODE_TARGETS
_MALI_CODES = ("MLI", "ML")
_TOTAL = re.compile(r"^(?:sous|sub|grand)?[- ]?total\b")

# English wording of the file-level notes, for scripts; the Processing glue
# words them in the user's language (processing_algorithms/dtm/algorithm.py).
NOTE_TEXT = {
    "encoding": "The file is not UTF-8; it was read as {0}",
    "sheet": "Sheet '{0}' read ({1} of {2}), header on row {3}",
    "sheet_ignored": "SHEET is for workbooks; {0} was read whole",
    "header_row": "Header on line {0}; the lines above it were skipped",
    "hxl_row": "Row {0} holds HXL tags; they were used to find the columns",
    "no_coordinates": "No latitude or longitude column: the rows are admin-level figures, "
                      "written to the admin figures table without geometry (join it to boundaries by P-code)",
    "rounds": "Rounds or reporting dates found: the latest report of each place is kept, {0} older rows "
              "are superseded",
    "pcode_table": "P-codes checked against {0}: {1} COD-AB regions and {2} cercles (confidence: {3})",
    "outline": "Coordinates checked against Mali's outline ({0}, Natural Earth); sites up to {1} km outside "
               "it are kept with a warning",
    "renamed": "Original columns renamed in the outputs, their names being taken (by an output field, or by "
               "the GeoPackage's own fid and geom columns): {0}",
    "duplicates": "{0} rows share their site id or admin unit with another row: an exact repeat is rejected, "
                  "the others carry a warning",
    "decimal_commas": "{0} rows were rejected for decimal commas in a comma-separated file: save it with ';' "
                      "as separator or with decimal points",
}


def describe(note):
    """A file-level note in English, for scripts."""
    return NOTE_TEXT[note.code].format(*(format_value(value) for value in note.values))


@dataclass
class ImportedRow:
    row: int  # line of the file or row of the sheet
    values: dict  # target -> value (None when absent)
    original: dict  # original column -> cell
    fixes: list = field(default_factory=list)  # what was changed, row by row
    warnings: list = field(default_factory=list)  # what the user must check (nothing was changed)
    longitude: float = None  # None for admin-level figures
    latitude: float = None


@dataclass
class RejectedRow:
    row: int
    reason: str
    original: dict


@dataclass(frozen=True)
class ImportCounts:
    """read = imported + rejected + superseded; fixed and warned count imported rows."""
    read: int
    imported: int
    without_coordinates: int  # imported rows that are admin-level figures (no point)
    fixed: int
    warned: int
    rejected: int
    superseded: int


@dataclass
class DtmImport:
    columns: list  # original column names, in file order
    mapping: dict  # target -> original column
    encoding: str
    delimiter: str
    located: bool = True  # False: the file has no coordinates and gives admin-level figures
    sites: list = field(default_factory=list)  # ImportedRow with coordinates
    admin_figures: list = field(default_factory=list)  # ImportedRow without coordinates
    rejected: list = field(default_factory=list)
    superseded: list = field(default_factory=list)  # RejectedRow: an older round of a kept place
    notes: list = field(default_factory=list)  # file-level common.notes.Note
    rows_read: int = 0  # rows of the file under the header holding a value, counted as they are read

    @property
    def counts(self):
        imported = self.sites + self.admin_figures
        return ImportCounts(
            read=self.rows_read, imported=len(imported),
            without_coordinates=len(self.admin_figures),
            fixed=sum(1 for row in imported if row.fixes),
            warned=sum(1 for row in imported if row.warnings),
            rejected=len(self.rejected), superseded=len(self.superseded))


def import_site_list(path, field_mapping=None, outline=MALI_OUTLINE, sheet=None, pcode_table=PCODE_TABLE,
                     monitor=NO_MONITOR):
    """Read a DTM file (CSV or XLSX) and account for each row.

    ``field_mapping``: None (auto-detect), a dict target -> column, or the
    text a user typed (JSON object, or "latitude=Lat; longitude=Lon" lines).
    ``sheet``: the sheet of a workbook (name or number from 1); None picks
    the sheet whose header looks most like a site list. ``outline``: the
    GeoJSON outline sites must lie in (outline.py).
    """
    path = Path(path)
    if not path.is_file():
        if path.is_dir():
            raise DtmError("The site list %s is a folder: give the path of a CSV or XLSX file", path)
        raise DtmError("The site list %s does not exist: give the path of a CSV or XLSX file", path)
    user_mapping = parse_field_mapping(field_mapping)
    table = read_table(path, lambda cells: recognised_targets(cells, user_mapping), sheet)
    mapping = build_mapping(table.header, table.hxl_tags, user_mapping)
    result = DtmImport(columns=table.header, mapping=mapping, encoding=table.encoding,
                       delimiter=table.delimiter, located=_has_coordinates(mapping, table, path))
    result.notes = _file_notes(table, path, sheet, result.located)
    codes = load_pcode_table(pcode_table)
    places = load_outline(outline) if result.located else None
    imported = _read_rows(table, result, places, codes, monitor)
    if "round" in mapping or "reporting_date" in mapping:
        imported, superseded = keep_latest(imported, site_key if result.located else unit_key)
        result.superseded = [RejectedRow(row.row, reason, row.original) for row, reason in superseded]
        result.notes.append(Note("rounds", (len(superseded),)))
    else:  # a round file keeps one report per place already; here a repeated place is reported
        imported, repeats, warned = flag_duplicates(imported, _site_id_key if result.located else unit_key)
        result.rejected.extend(RejectedRow(row.row, reason, row.original) for row, reason in repeats)
        result.rejected.sort(key=lambda row: row.row)
        if repeats or warned:
            result.notes.append(Note("duplicates", (len(repeats) + warned,)))
    (result.sites if result.located else result.admin_figures).extend(imported)
    _renamed_note(result)
    if any(row.values[target] for row in imported for target in _PCODE_TARGETS):
        result.notes.append(Note("pcode_table", (codes.path.name, len(codes.regions.names),
                                                 len(codes.cercles.names), codes.regions.confidence)))
    return result


def _site_id_key(values):
    """Rows of one file without rounds naming the same site id are the same site (or a typo)."""
    return ("id", fold(values["site_id"])) if values.get("site_id") else None


def _renamed_note(result):
    from .table import renamed_columns  # table.py builds on this module's fields
    renamed = renamed_columns(result.columns)
    if renamed:
        result.notes.append(Note("renamed", (", ".join("%s -> %s" % pair for pair in renamed),)))


def _has_coordinates(mapping, table, path):
    """True for a site list; False for admin-level figures (no coordinate
    column, but admin units and figures); else the file cannot be read."""
    missing = [target for target in ("latitude", "longitude") if target not in mapping]
    if not missing:
        return True
    if (len(missing) == 2 and any(target in mapping for target in _ADMIN_TARGETS)
            and any(target in mapping for target in ("households", "individuals"))):
        return False
    if table.sheet is None:
        raise DtmError("No %s column found in %s (header on line %s). Columns are: %s. Give FIELD_MAPPING "
                       "such as 'latitude=<column>; longitude=<column>'.", missing[0], path.name,
                       table.header_row, ", ".join(table.header))
    raise DtmError("No %s column found in %s, sheet '%s' (header on row %s). Columns are: %s. Give "
                   "FIELD_MAPPING such as 'latitude=<column>; longitude=<column>', or SHEET for another "
                   "sheet.", missing[0], path.name, table.sheet, table.header_row, ", ".join(table.header))


def _file_notes(table, path, sheet, located):
    notes = []
    if table.encoding not in ("utf-8", "xlsx"):
        notes.append(Note("encoding", (table.encoding,)))
    if table.sheet is not None:
        notes.append(Note("sheet", (table.sheet, table.sheets.index(table.sheet) + 1, len(table.sheets),
                                    table.header_row)))
    elif sheet:
        notes.append(Note("sheet_ignored", (path.name,)))
    elif table.header_row > 1:
        notes.append(Note("header_row", (table.header_row,)))
    if table.hxl_tags:
        notes.append(Note("hxl_row", (table.hxl_row,)))
    if not located:
        notes.append(Note("no_coordinates"))
    return notes


def _header_only(table, path):
    if table.sheet is None:
        raise DtmError("%s has a header on line %s but no rows under it: nothing to import. Add the sites "
                       "under the header, or give another file", path.name, table.header_row)
    raise DtmError("The sheet '%s' of %s has a header on row %s but no rows under it: nothing to import. "
                   "Give the sheet with the sites (SHEET)", table.sheet, path.name, table.header_row)


def _read_rows(table, result, outline, codes, monitor):
    """The rows imported; rejected rows go to ``result.rejected``; each row
    holding a value counts in ``result.rows_read``."""
    imported, width, decimal_commas = [], len(table.header), []
    if outline is not None:
        result.notes.append(Note("outline", (outline.path.name, format_value(outline.tolerance_km))))
    for done, (line, cells) in enumerate(table.rows):
        monitor.check()
        monitor.progress(done / len(table.rows))
        if all(blank(cell) for cell in cells):
            continue
        result.rows_read += 1
        original = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(table.header)}
        shifted = misaligned(cells, width, table.delimiter)
        if shifted:
            if shifted[1]:
                decimal_commas.append((line, shifted[1]))
            result.rejected.append(RejectedRow(line, shifted[0], original))
            continue
        outcome = _read_row(line, original, result.mapping, outline, codes)
        (imported if isinstance(outcome, ImportedRow) else result.rejected).append(outcome)
    monitor.progress(1.0)
    if result.rows_read == 0:
        _header_only(table, table.path)
    if len(decimal_commas) == result.rows_read:
        line, splits = decimal_commas[0]
        raise DtmError("%s uses decimal commas in a comma-separated file: every row (%s) has more fields "
                       "than the %s columns of its header (line %s: %s). Save it with ';' as separator or "
                       "with decimal points, and import it again", table.path.name, result.rows_read, width,
                       line, ", ".join(splits))
    if decimal_commas:
        result.notes.append(Note("decimal_commas", (len(decimal_commas),)))
    return imported


def _read_row(line, original, mapping, outline, codes):
    """An ImportedRow, or a RejectedRow with its reason. ``outline`` None: an
    admin-level figure, not placed."""
    def cell(target):
        column = mapping.get(target)
        return None if column is None else original.get(column)

    fixes, warnings = [], []
    values = {target: None if blank(cell(target)) else text(cell(target)) for target in _TEXT_TARGETS}
    position = None if outline is None else _position(cell, outline, fixes, warnings)
    problem = (_total_row(values) or (position if isinstance(position, str) else None)
               or _read_figures(values, cell, warnings) or _foreign_country(values))
    if problem:
        return RejectedRow(line, problem, original)
    code_fixes, code_warnings = check_pcodes(values, codes)
    fixes.extend(code_fixes)
    warnings.extend(code_warnings)
    if position is None and unit_key(values) is None:
        return RejectedRow(line, "no admin unit: no name or P-code of a region, cercle or commune", original)
    row = ImportedRow(line, values, original, fixes, warnings)
    if position is not None:
        row.longitude, row.latitude = position
    return row


def _position(cell, outline, fixes, warnings):
    """(longitude, latitude) in Mali (``outline``), or the reason the row is rejected."""
    coordinates = {}
    for target in ("latitude", "longitude"):
        raw = cell(target)
        if blank(raw):
            return "empty %s" % target
        value, fixed = parse_decimal(raw)
        if value is None:
            return "non-numeric %s %r" % (target, str(raw).strip())
        if fixed:
            fixes.append("%s %r read as %s (decimal comma)" % (target, str(raw).strip(), value))
        coordinates[target] = value
    lat, lon = coordinates["latitude"], coordinates["longitude"]
    placement = outline.place(lon, lat)
    if not placement.inside:
        swapped = outline.place(lat, lon, measure=False)
        if swapped.inside:
            fixes.append("latitude %s and longitude %s were swapped; swapped back" % (lat, lon))
            (lon, lat), placement = (lat, lon), swapped
    if placement.inside:
        if placement.outside_km > 0:
            warnings.append("%s outside Mali's outline (Natural Earth), within its %s km tolerance: kept; "
                            "check the coordinates if the site is not on the border"
                            % (_km(placement.outside_km), format_value(outline.tolerance_km)))
        return lon, lat
    if abs(lat) > 90 or abs(lon) > 180:
        return ("latitude %s, longitude %s are not degrees (latitude -90 to 90, longitude -180 to 180): "
                "give WGS 84 decimal degrees" % (lat, lon))
    return "coordinates outside Mali (%s, %s, %s from the border)" % (
        _degrees(lat, "N", "S"), _degrees(lon, "E", "W"), _km(placement.outside_km))


def _degrees(value, positive, negative):
    return "%s %s" % (("%.6f" % abs(value)).rstrip("0").rstrip("."), positive if value >= 0 else negative)


def _km(distance):
    return ("%.1f km" % distance) if distance < 10 else "{:,.0f} km".format(distance)


def _total_row(values):
    for target in ("site_name", "admin1", "admin2", "admin3"):
        if values[target] and _TOTAL.match(fold(values[target])):
            return "a total row (%s %r), not a place" % (target, values[target])
    return None


def _read_figures(values, cell, warnings):
    """Counts, admin level, round and date into ``values``; the reason the
    row is rejected, or None."""
    for target in ("households", "individuals"):
        raw, values[target] = cell(target), None
        if blank(raw):
            continue
        count, problem = parse_count(raw)
        if problem:
            return "%s %s %r" % (problem, target, text(raw))
        if count > MALI_POPULATION:
            return ("%s %s is more than Mali's whole population (%s, UN WPP 2022 for 2026): a typo? correct "
                    "the figure and import the file again" % (target, count, format_value(MALI_POPULATION)))
        values[target] = count
    raw, values["admin_level"] = cell("admin_level"), None
    if not blank(raw):
        values["admin_level"] = parse_admin_level(raw)
        if values["admin_level"] is None:
            warnings.append("admin level %r is not 0, 1, 2 or 3; left empty" % text(raw))
    raw, values["round"] = cell("round"), None
    if not blank(raw):
        values["round"] = parse_round(raw)
        if values["round"] is None:
            return "unreadable round %r: the row cannot be ordered among the rounds" % text(raw)
        if values["round"] > MAX_ROUND:
            return ("round %s is not a DTM round number (DTM Mali numbers its rounds from 1; round 70 was in "
                    "2023): correct the round" % values["round"])
    raw, values["reporting_date"] = cell("reporting_date"), None
    if not blank(raw):
        values["reporting_date"] = parse_date(raw)
        if values["reporting_date"] is None:
            warnings.append("reporting date %r not understood (day/month/year or year-month-day); "
                            "left empty" % text(raw))
    return None


def _foreign_country(values):
    code = values["country_code"]
    if code is not None and code.upper() not in _MALI_CODES:
        return "country code %r is not Mali (MLI)" % code
    return None
