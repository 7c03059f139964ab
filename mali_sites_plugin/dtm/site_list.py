"""DTM Mali site lists: read, map columns, place each site, never lose a row.

DTM Mali (run by DNDS) publishes site lists with French or English headers,
sometimes with a row of HXL tags, as CSV or XLSX; Kobo exports of the site
assessment number their questions; the DTM API gives admin-level figures
(region, cercle) without coordinates. There is no fixed schema, so columns
are found by name (or by a mapping the user gives), and every row is
accounted for: imported (possibly after a logged fix, or with a warning
such as a P-code that disagrees with its name), rejected with its reason,
or superseded by a later round of the same site.

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
from .pcodes import PCODE_TABLE, check_pcodes, load_pcode_table
from .reading import read_table
from .rounds import keep_latest, site_key, unit_key
from .values import (blank, parse_admin_level, parse_count, parse_date, parse_decimal, parse_round,
                     text)

# Natural Earth admin-0 outline of Mali (QGIS resources/data/world_map.gpkg):
# lon -12.264 .. 4.236, lat 10.140 .. 24.995, rounded outwards to 0.05 degree.
MALI_EXTENT = (-12.30, 10.10, 4.25, 25.00)

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

    @property
    def counts(self):
        imported = self.sites + self.admin_figures
        return ImportCounts(
            read=len(imported) + len(self.rejected) + len(self.superseded), imported=len(imported),
            without_coordinates=len(self.admin_figures),
            fixed=sum(1 for row in imported if row.fixes),
            warned=sum(1 for row in imported if row.warnings),
            rejected=len(self.rejected), superseded=len(self.superseded))


def import_site_list(path, field_mapping=None, extent=MALI_EXTENT, sheet=None, pcode_table=PCODE_TABLE,
                     monitor=NO_MONITOR):
    """Read a DTM file (CSV or XLSX) and account for each row.

    ``field_mapping``: None (auto-detect), a dict target -> column, or the
    text a user typed (JSON object, or "latitude=Lat; longitude=Lon" lines).
    ``sheet``: the sheet of a workbook (name or number from 1); None picks
    the sheet whose header looks most like a site list.
    """
    path = Path(path)
    if not path.exists():
        raise DtmError("The site list %s does not exist" % path)
    user_mapping = parse_field_mapping(field_mapping)
    table = read_table(path, lambda cells: recognised_targets(cells, user_mapping), sheet)
    mapping = build_mapping(table.header, table.hxl_tags, user_mapping)
    result = DtmImport(columns=table.header, mapping=mapping, encoding=table.encoding,
                       delimiter=table.delimiter, located=_has_coordinates(mapping, table, path))
    result.notes = _file_notes(table, path, sheet, result.located)
    codes = load_pcode_table(pcode_table)
    imported = _read_rows(table, result, extent if result.located else None, codes, monitor)
    if "round" in mapping or "reporting_date" in mapping:
        imported, superseded = keep_latest(imported, site_key if result.located else unit_key)
        result.superseded = [RejectedRow(row.row, reason, row.original) for row, reason in superseded]
        result.notes.append(Note("rounds", (len(superseded),)))
    (result.sites if result.located else result.admin_figures).extend(imported)
    if any(row.values[target] for row in imported for target in _PCODE_TARGETS):
        result.notes.append(Note("pcode_table", (codes.path.name, len(codes.regions.names),
                                                 len(codes.cercles.names), codes.regions.confidence)))
    return result


def _has_coordinates(mapping, table, path):
    """True for a site list; False for admin-level figures (no coordinate
    column, but admin units and figures); else the file cannot be read."""
    missing = [target for target in ("latitude", "longitude") if target not in mapping]
    if not missing:
        return True
    if (len(missing) == 2 and any(target in mapping for target in _ADMIN_TARGETS)
            and any(target in mapping for target in ("households", "individuals"))):
        return False
    where = path.name if table.sheet is None else "%s, sheet '%s'" % (path.name, table.sheet)
    raise DtmError("No %s column found in %s. Columns are: %s. Give FIELD_MAPPING such as "
                   "'latitude=<column>; longitude=<column>'%s." % (
                       missing[0], where, ", ".join(table.header),
                       "" if table.sheet is None else ", or SHEET for another sheet"))


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


def _read_rows(table, result, extent, codes, monitor):
    """The rows imported; rejected rows go to ``result.rejected``."""
    imported = []
    for done, (line, cells) in enumerate(table.rows):
        monitor.check()
        original = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(table.header)}
        if all(blank(value) for value in original.values()):
            continue
        outcome = _read_row(line, original, result.mapping, extent, codes)
        (imported if isinstance(outcome, ImportedRow) else result.rejected).append(outcome)
        monitor.progress((done + 1) / len(table.rows))
    return imported


def _read_row(line, original, mapping, extent, codes):
    """An ImportedRow, or a RejectedRow with its reason. ``extent`` None: an
    admin-level figure, not placed."""
    def cell(target):
        column = mapping.get(target)
        return None if column is None else original.get(column)

    fixes, warnings = [], []
    values = {target: None if blank(cell(target)) else text(cell(target)) for target in _TEXT_TARGETS}
    position = None if extent is None else _position(cell, extent, fixes)
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


def _position(cell, extent, fixes):
    """(longitude, latitude) inside ``extent``, or the reason the row is rejected."""
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
    if _inside(lon, lat, extent):
        return lon, lat
    if _inside(lat, lon, extent):
        fixes.append("latitude %s and longitude %s were swapped; swapped back" % (lat, lon))
        return lat, lon
    return "coordinates outside Mali (latitude %s, longitude %s)" % (lat, lon)


def _inside(lon, lat, extent):
    xmin, ymin, xmax, ymax = extent
    return xmin <= lon <= xmax and ymin <= lat <= ymax


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
