"""DTM Mali site lists: read, map columns, place each site, never lose a row.

DTM Mali (run by DNDS) publishes site lists with French or English headers,
sometimes with a row of HXL tags, as CSV or XLSX. There is no fixed schema,
so columns are found by name (or by a mapping the user gives), and every row
is either placed (possibly after a logged fix) or rejected with its reason.
"""
import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..common.errors import InputError
from ..common.vocabulary import fold

# Natural Earth admin-0 outline of Mali (QGIS resources/data/world_map.gpkg):
# lon -12.264 .. 4.236, lat 10.140 .. 24.995, rounded outwards to 0.05 degree.
MALI_EXTENT = (-12.30, 10.10, 4.25, 25.00)

# Output fields, in order, and what a header may be called for each.
TARGETS = ("site_id", "site_name", "admin1", "admin2", "admin3",
           "households", "individuals", "latitude", "longitude")
OUTPUT_FIELDS = TARGETS[:7]

_SYNONYMS = {
    "latitude": ("latitude", "lat", "y", "gpslatitude", "coordy", "latitudey", "latdd"),
    "longitude": ("longitude", "lon", "long", "lng", "x", "gpslongitude", "coordx", "longitudex",
                  "londd"),
    "site_id": ("siteid", "idsite", "sitecode", "codesite", "site_code", "pcode", "sitepcode",
                "codedusite", "identifiant", "id"),
    "site_name": ("sitename", "nomsite", "nomdusite", "site", "nom", "name", "localite",
                  "locality", "lieu"),
    "admin1": ("admin1", "adm1", "region", "admin1name", "adm1name", "nomregion", "regionname"),
    "admin2": ("admin2", "adm2", "cercle", "cercles", "admin2name", "adm2name", "district",
               "nomcercle", "prefecture"),
    "admin3": ("admin3", "adm3", "commune", "admin3name", "adm3name", "nomcommune"),
    "households": ("households", "menages", "nbmenages", "nombremenages", "nombredemenages",
                   "hh", "nbhh", "numberofhouseholds", "householdsidp", "menagespdi",
                   "totalmenages"),
    "individuals": ("individuals", "individus", "personnes", "nbpersonnes", "nombrepersonnes",
                    "nombredepersonnes", "nbindividus", "nombreindividus", "pdi", "idps",
                    "population", "totalindividus", "totalpersonnes", "persons",
                    "numberofindividuals"),
}

# HXL hashtags with attributes, as DTM and HDX publish them. A tag matches
# when it has the hashtag and all listed attributes (in any order).
_HXL = (
    ("latitude", "#geo", {"lat"}),
    ("longitude", "#geo", {"lon"}),
    ("site_id", "#loc", {"code"}),
    ("site_id", "#site", {"code"}),
    ("site_name", "#loc", {"name"}),
    ("site_name", "#site", {"name"}),
    ("site_name", "#loc", set()),
    ("admin1", "#adm1", {"name"}),
    ("admin2", "#adm2", {"name"}),
    ("admin3", "#adm3", {"name"}),
    ("households", "#affected", {"hh"}),
    ("households", "#affected", {"households"}),
    ("individuals", "#affected", {"ind"}),
    ("individuals", "#affected", {"idps"}),
    ("individuals", "#affected", set()),
)


class DtmError(InputError):
    """The file as a whole cannot be imported; the message says why and what to do."""


@dataclass
class ImportedSite:
    row: int  # line of the file (1 = header)
    longitude: float
    latitude: float
    values: dict  # output field -> value (None when absent)
    original: dict  # original column -> text
    fixes: list = field(default_factory=list)


@dataclass
class RejectedRow:
    row: int
    reason: str
    original: dict


@dataclass
class DtmImport:
    columns: list  # original column names, in file order
    mapping: dict  # target -> original column
    encoding: str
    delimiter: str
    sites: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # file-level remarks (encoding, HXL row...)

    @property
    def counts(self):
        return {"read": len(self.sites) + len(self.rejected),
                "imported": len(self.sites),
                "fixed": sum(1 for site in self.sites if site.fixes),
                "rejected": len(self.rejected)}


def import_site_list(path, field_mapping=None, extent=MALI_EXTENT):
    """Read a DTM site list (CSV or XLSX) and place each row.

    ``field_mapping``: None (auto-detect), a dict target -> column, or the
    text a user typed (JSON object, or "latitude=Lat; longitude=Lon" lines).
    """
    path = Path(path)
    if not path.exists():
        raise DtmError("The site list %s does not exist" % path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header, rows, encoding, delimiter = _read_xlsx(path)
    else:
        header, rows, encoding, delimiter = _read_csv(path)
    result = DtmImport(columns=header, mapping={}, encoding=encoding, delimiter=delimiter)
    if encoding not in ("utf-8", "xlsx"):
        result.notes.append("the file is not UTF-8; it was read as %s" % encoding)

    hxl_tags = None
    if rows and _is_hxl_row(rows[0][1]):
        hxl_tags = rows.pop(0)[1]
        result.notes.append("row 2 holds HXL tags; they were used to find the columns")
    user_mapping = parse_field_mapping(field_mapping)
    result.mapping = _build_mapping(header, hxl_tags, user_mapping)
    for target in ("latitude", "longitude"):
        if target not in result.mapping:
            raise DtmError(
                "No %s column found in %s. Columns are: %s. Give FIELD_MAPPING such as "
                "'latitude=<column>; longitude=<column>'." % (target, path.name, ", ".join(header)))

    for line, cells in rows:
        original = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)}
        if all(_blank(value) for value in original.values()):
            continue
        outcome = _place_row(line, original, result.mapping, extent)
        (result.sites if isinstance(outcome, ImportedSite) else result.rejected).append(outcome)
    return result


def parse_field_mapping(mapping):
    """A user's mapping as a dict target -> column (empty when None or blank)."""
    if mapping is None:
        return {}
    if isinstance(mapping, dict):
        pairs = mapping
    else:
        text = str(mapping).strip()
        if not text:
            return {}
        if text.startswith("{"):
            try:
                pairs = json.loads(text)
            except json.JSONDecodeError as error:
                raise DtmError("FIELD_MAPPING is not valid JSON: %s" % error.msg) from None
            if not isinstance(pairs, dict):
                raise DtmError("FIELD_MAPPING JSON must be an object such as "
                               '{"latitude": "Lat", "longitude": "Lon"}')
        else:
            pairs = {}
            for item in re.split(r"[;\n,]", text):
                if not item.strip():
                    continue
                if "=" not in item:
                    raise DtmError("FIELD_MAPPING entry %r has no '=': write key=column, "
                                   "such as latitude=Lat" % item.strip())
                key, column = item.split("=", 1)
                pairs[key.strip()] = column.strip()
    mapping = {}
    for key, column in pairs.items():
        key = str(key).strip().lower()
        if key not in TARGETS:
            raise DtmError("FIELD_MAPPING key %r is unknown; keys are: %s" % (key, ", ".join(TARGETS)))
        mapping[key] = str(column).strip()
    return mapping


def _build_mapping(header, hxl_tags, user_mapping):
    mapping = {}
    lowered = {name.strip().lower(): name for name in header}
    for target, column in user_mapping.items():
        if column in header:
            mapping[target] = column
        elif column.strip().lower() in lowered:
            mapping[target] = lowered[column.strip().lower()]
        elif hxl_tags and column in hxl_tags:
            mapping[target] = header[hxl_tags.index(column)]
        else:
            raise DtmError("FIELD_MAPPING names column %r for %s, but the file has no such "
                           "column. Columns are: %s" % (column, target, ", ".join(header)))
    used = set(mapping.values())
    if hxl_tags:
        for target, hashtag, attributes in _HXL:
            if target in mapping:
                continue
            for index, tag in enumerate(hxl_tags):
                parts = tag.strip().lower().replace(" ", "").split("+")
                if (index < len(header) and parts[0] == hashtag and attributes <= set(parts[1:])
                        and header[index] not in used):
                    mapping[target] = header[index]
                    used.add(header[index])
                    break
    normalised = [(_normalise(name), name) for name in header]
    for target, synonyms in _SYNONYMS.items():
        if target in mapping:
            continue
        for synonym in synonyms:  # synonyms are in order of preference
            hit = next((name for key, name in normalised if key == synonym and name not in used), None)
            if hit is not None:
                mapping[target] = hit
                used.add(hit)
                break
    return mapping


def _place_row(line, original, mapping, extent):
    fixes = []

    def cell(target):
        column = mapping.get(target)
        return None if column is None else original.get(column)

    coordinates = {}
    for target in ("latitude", "longitude"):
        text = cell(target)
        if _blank(text):
            return RejectedRow(line, "empty %s" % target, original)
        value, fixed = _parse_decimal(text)
        if value is None:
            return RejectedRow(line, "non-numeric %s %r" % (target, str(text).strip()), original)
        if fixed:
            fixes.append("%s %r read as %s (decimal comma)" % (target, str(text).strip(), value))
        coordinates[target] = value
    lat, lon = coordinates["latitude"], coordinates["longitude"]
    if not _inside(lon, lat, extent):
        if _inside(lat, lon, extent):
            fixes.append("latitude %s and longitude %s were swapped; swapped back" % (lat, lon))
            lat, lon = lon, lat
        else:
            return RejectedRow(line, "coordinates outside Mali (latitude %s, longitude %s)"
                               % (lat, lon), original)

    values = {name: None for name in OUTPUT_FIELDS}
    for target in ("site_id", "site_name", "admin1", "admin2", "admin3"):
        text = cell(target)
        values[target] = None if _blank(text) else _text(text)
    for target in ("households", "individuals"):
        text = cell(target)
        if _blank(text):
            continue
        count, problem = _parse_count(text)
        if problem:
            return RejectedRow(line, "%s %s %r" % (problem, target, _text(text)), original)
        values[target] = count
    return ImportedSite(line, lon, lat, values, original, fixes)


def _inside(lon, lat, extent):
    xmin, ymin, xmax, ymax = extent
    return xmin <= lon <= xmax and ymin <= lat <= ymax


_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_THOUSANDS = re.compile(r"^\d{1,3}([ ,.\u00a0\u202f]\d{3})+$")


def _parse_decimal(value):
    """(number, fixed) from '12.65', '12,65' (fixed=True), 12.65; (None, False) if not a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), False
    text = str(value).strip().replace("\u2212", "-")
    fixed = False
    if _DECIMAL_COMMA.match(text):
        text, fixed = text.replace(",", "."), True
    try:
        number = float(text)
    except ValueError:
        return None, False
    if number != number or number in (float("inf"), float("-inf")):
        return None, False
    return number, fixed


def _parse_count(value):
    """(count, None) for a whole non-negative number, else (None, problem)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip()
        if _THOUSANDS.match(text):
            text = re.sub(r"[ ,.\u00a0\u202f]", "", text)
        number, _ = _parse_decimal(text)
        if number is None:
            return None, "non-numeric"
    if number < 0:
        return None, "negative"
    if number != int(number):
        return None, "non-integer"
    return int(number), None


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value):
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _normalise(name):
    return re.sub(r"[^a-z0-9]", "", fold(name))


def _is_hxl_row(cells):
    filled = [str(c).strip() for c in cells if not _blank(c)]
    return bool(filled) and sum(c.startswith("#") for c in filled) >= max(1, len(filled) // 2)


def _decode(raw):
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding), ("utf-8" if encoding == "utf-8-sig" else encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")


def _read_csv(path):
    text, encoding = _decode(path.read_bytes())
    if not text.strip():
        raise DtmError("The site list %s is empty" % path)
    first_line = text.splitlines()[0]
    delimiter = max(",;\t|", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = None
    rows = []
    for cells in reader:
        if header is None:
            if any(cell.strip() for cell in cells):
                header = _unique_header(cells)
            continue
        rows.append((reader.line_num, cells))
    return header, rows, encoding, delimiter


def _read_xlsx(path):
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - python3-openpyxl is a declared dependency
        raise DtmError("Reading .xlsx needs python3-openpyxl; save the sheet as CSV instead") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged files
        raise DtmError("The workbook %s cannot be read: %s" % (path, error)) from None
    sheet = book.worksheets[0]
    header, rows = None, []
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = ["" if c is None else c for c in cells]
        if header is None:
            if any(not _blank(c) for c in cells):
                header = _unique_header([_text(c) for c in cells])
            continue
        rows.append((number, cells))
    book.close()
    if header is None:
        raise DtmError("The first sheet of %s is empty" % path)
    return header, rows, "xlsx", ""


def _unique_header(cells):
    header, seen = [], {}
    for index, cell in enumerate(cells):
        name = str(cell).strip() or "column_%d" % (index + 1)
        if name in seen:
            seen[name] += 1
            name = "%s_%d" % (name, seen[name])
        else:
            seen[name] = 1
        header.append(name)
    return header
