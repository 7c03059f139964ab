"""A DTM file as a table of cells: CSV in the encodings and separators DTM
Mali files come in, or one sheet of an XLSX workbook.

Baseline workbooks carry title rows above the header and several sheets, so
the header is the first row that looks like one (it names at least
HEADER_MIN_TARGETS known columns) and, unless the user names a sheet, the
sheet read is the one whose header looks most like a site list.

A row with more cells than the header has columns is misaligned: in a
comma-separated file that is almost always decimal commas (14,5301 read as
two cells), which is said as such rather than read as shifted values.
"""
import csv
import io
import re
from dataclasses import dataclass

from .errors import DtmError
from .columns import is_hxl_row
from .values import blank, text

HEADER_SCAN_ROWS = 30  # the header is looked for in the first rows of a file or sheet
HEADER_MIN_TARGETS = 3
_DELIMITERS = ",;\t|"
# What a file that is not text starts with, and what to say of it.
_WHOLE = re.compile(r"^[+-]?\d+$")
_DIGITS = re.compile(r"^\d+$")


@dataclass
class Table:
    header: list  # column names, unique, in file order
    rows: list  # (line of the file or row of the sheet, cells) under the header
    encoding: str  # 'utf-8', 'cp1252', 'latin-1', or 'xlsx'
    delimiter: str  # '' for a workbook
    header_row: int  # line or sheet row of the header
    hxl_tags: list = None  # the row of HXL tags under the header, if any
    hxl_row: int = None
    sheet: str = None  # the sheet read, for a workbook
    sheets: tuple = ()  # every sheet of the workbook
    path: object = None  # the file read (pathlib.Path)


def read_table(path, recognise, sheet=None):
    """The table in ``path``; ``recognise(cells)`` gives the set of targets a
    row would name if it were the header; ``sheet``: a sheet name or number."""
    table = _read_xlsx(path, recognise, sheet) if path.suffix.lower() in (".xlsx", ".xlsm") else \
        _read_csv(path, recognise)
    table.path = path
    return table


def _read_csv(path, recognise):
    raw = path.read_bytes()
    _refuse_binary(path, raw)
    decoded, encoding = _decode(raw)
    if not decoded.strip():
        raise DtmError("The site list %s is empty: export the site list again, with its header row", path.name)
    first_lines = decoded.splitlines()[:HEADER_SCAN_ROWS]
    delimiter = max(_DELIMITERS, key=lambda d: max(line.count(d) for line in first_lines))
    reader = csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter)
    try:
        numbered = [(reader.line_num, cells) for cells in reader]
    except csv.Error as error:
        raise DtmError("Line %s of %s cannot be read as a table (%s): give a CSV site list or an XLSX "
                       "workbook", reader.line_num, path.name, error) from None
    if not any(cell.strip() for _, cells in numbered for cell in cells):
        raise DtmError("The site list %s holds only separators (%r) and no values: it has no header and no "
                       "rows. Export the site list again from the spreadsheet, with its header row",
                       path.name, delimiter)
    return _table(numbered, recognise, encoding, delimiter)


def _refuse_binary(path, raw):
    """A file that is not text (a workbook, a database) is said to be what it is."""
    if raw.startswith(b"PK\x03\x04"):
        raise DtmError("%s is not a text table (CSV): it is a zip archive (an .xlsx workbook with another "
                       "extension? rename it to .xlsx). Give a CSV site list or an XLSX workbook", path.name)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise DtmError("%s is not a text table (CSV): it is an old Excel .xls workbook. Save it as .xlsx or CSV",
                       path.name)
    if raw.startswith(b"SQLite format 3"):
        raise DtmError("%s is not a text table (CSV): it is an SQLite database or GeoPackage. Give a CSV site "
                       "list or an XLSX workbook", path.name)
    if raw.startswith(b"%PDF"):
        raise DtmError("%s is not a text table (CSV): it is a PDF document. Give a CSV site list or an XLSX "
                       "workbook", path.name)
    if b"\x00" in raw[:65536]:
        raise DtmError("%s is not a text table (CSV): it holds binary data. Give a CSV site list or an "
                       "XLSX workbook (a CSV saved as UTF-16? save it as UTF-8)", path.name)


def _decode(raw):
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding), ("utf-8" if encoding == "utf-8-sig" else encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")


def _read_xlsx(path, recognise, sheet):
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - python3-openpyxl is a declared dependency
        raise DtmError("Reading .xlsx needs python3-openpyxl; save the sheet as CSV instead") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged files
        raise DtmError("The workbook %s cannot be read (%s): it is damaged or not an .xlsx workbook. Open "
                       "it in Excel or LibreOffice and save it again as .xlsx, or as CSV", path.name,
                       error) from None
    try:
        names = tuple(book.sheetnames)
        chosen = _named_sheet(path, names, sheet) if sheet else _likeliest_sheet(book, names, recognise)
        numbered = _sheet_rows(book[chosen])
    finally:
        book.close()
    if not any(not blank(cell) for _, cells in numbered for cell in cells):
        raise DtmError("The sheet '%s' of %s is empty; name the sheet with the site list (SHEET)",
                       chosen, path.name)
    table = _table(numbered, recognise, "xlsx", "")
    table.sheet, table.sheets = chosen, names
    return table


def _named_sheet(path, names, sheet):
    wanted = str(sheet).strip()
    for name in names:
        if name.strip().lower() == wanted.lower():
            return name
    if wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return names[int(wanted) - 1]
    raise DtmError("%s has no sheet %r; its sheets are: %s (give a name or a number from 1)",
                   path.name, wanted, ", ".join(names))


def _likeliest_sheet(book, names, recognise):
    """The sheet whose header names latitude and longitude and the most known
    columns; the first sheet when none looks like a table."""
    best, best_rank = names[0], (False, 0)
    for name in names:
        numbered = _sheet_rows(book[name], HEADER_SCAN_ROWS)
        found = _find_header(numbered, recognise)[1]
        rank = ({"latitude", "longitude"} <= found, len(found))
        if rank > best_rank:
            best, best_rank = name, rank
    return best


def _sheet_rows(sheet, limit=None):
    if hasattr(sheet, "reset_dimensions"):  # read-only sheets trust the file's own size, often wrong
        sheet.reset_dimensions()
    numbered = []
    for number, cells in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
        if limit is not None and number > limit:
            break
        numbered.append((number, ["" if cell is None else cell for cell in cells]))
    return numbered


def _find_header(numbered, recognise):
    """(index in ``numbered`` of the header, targets it names): the first of
    the first rows naming latitude and longitude (a site list), else the
    first naming HEADER_MIN_TARGETS targets (a table of admin figures), else
    the first row that is not empty (a data row must never pass for the
    header). Title rows above the header name neither."""
    first = by_count = None
    for index, (number, cells) in enumerate(numbered):
        if number > HEADER_SCAN_ROWS:
            break
        if all(blank(cell) for cell in cells):
            continue
        found = recognise(cells)
        if {"latitude", "longitude"} <= found:
            return index, found
        if by_count is None and len(found) >= HEADER_MIN_TARGETS:
            by_count = (index, found)
        if first is None:
            first = (index, found)
    return by_count or first or (None, set())


def _table(numbered, recognise, encoding, delimiter):
    index = _find_header(numbered, recognise)[0]
    if index is None:
        raise DtmError("No header row found in the first %s rows: every row is empty", HEADER_SCAN_ROWS)
    header_row, header_cells = numbered[index]
    rows = numbered[index + 1:]
    table = Table(header=_unique_header([text(cell) for cell in header_cells]), rows=rows,
                  encoding=encoding, delimiter=delimiter, header_row=header_row)
    if rows and is_hxl_row(rows[0][1]):
        table.hxl_row, table.hxl_tags = rows[0][0], [text(cell) for cell in rows[0][1]]
        table.rows = rows[1:]
    return table


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


def misaligned(cells, width, delimiter):
    """None, or (why a row with more filled cells than the header's ``width``
    columns cannot be read, the numbers it holds cut at a decimal comma:
    empty when the extra cells are something else)."""
    filled = [index for index, cell in enumerate(cells) if not blank(cell)]
    if not filled or filled[-1] < width:
        return None
    count = filled[-1] + 1
    splits = _decimal_comma_splits(cells[:count]) if delimiter == "," else []
    if len(splits) >= count - width:
        return ("%d fields for the %d columns of the header: the file uses decimal commas in a "
                "comma-separated file (%s): save it with ';' as separator or with decimal points"
                % (count, width, ", ".join(splits[:4])), splits)
    return ("%d fields for the %d columns of the header (a separator %r inside a value?): put the value in "
            "quotes or remove the separator" % (count, width, delimiter), [])


def _decimal_comma_splits(cells):
    """Adjacent cells that read as a number cut at its decimal comma: '14', '5301'."""
    splits, index = [], 0
    while index + 1 < len(cells):
        whole, decimals = str(cells[index]).strip(), str(cells[index + 1]).strip()
        if _WHOLE.match(whole) and _DIGITS.match(decimals):
            splits.append("%s,%s" % (whole, decimals))
            index += 2
        else:
            index += 1
    return splits
