"""The columns of an imported DTM file (common.columns.Column): the rows'
values (sites, or admin-level figures for a file without coordinates), the
row of the file, its fixes and warnings and every original column as text;
the rejected and superseded rows with their reason and original columns."""
from ..common.columns import Column
from .site_list import ADMIN_FIELDS, INTEGER_FIELDS, SITE_FIELDS

ROW_FIELDS = ("source_row", "fixes", "warnings")
# A GeoPackage keeps "fid" for its integer feature id and "geom" for the
# geometry (QGIS's names): an original fid column (a QGIS export) is written
# as orig_fid, like any column whose name is taken by one of ours.
GEOPACKAGE_COLUMNS = ("fid", "geom")
RESERVED = SITE_FIELDS + ADMIN_FIELDS + ROW_FIELDS + ("reason",) + GEOPACKAGE_COLUMNS


def imported_rows(result):
    """(value fields, rows): the sites of a located file, else its admin-level figures."""
    return (SITE_FIELDS, result.sites) if result.located else (ADMIN_FIELDS, result.admin_figures)


def imported_columns(result):
    """The columns of the imported rows of a DtmImport, one value per row."""
    return row_columns(result, *imported_rows(result))


def row_columns(result, value_fields, rows):
    """The columns of ``rows`` (ImportedRow of ``result``) with ``value_fields`` first."""
    columns = [Column(name, "int" if name in INTEGER_FIELDS else "string", [row.values[name] for row in rows])
               for name in value_fields]
    columns += [Column("source_row", "int", [row.row for row in rows]),
                Column("fixes", "string", ["; ".join(row.fixes) or None for row in rows]),
                Column("warnings", "string", ["; ".join(row.warnings) or None for row in rows])]
    return columns + _original_columns(result, rows)


def rejected_rows(result):
    """(row, superseded) for the rejected and superseded rows, in file order."""
    entries = [(row, False) for row in result.rejected] + [(row, True) for row in result.superseded]
    return sorted(entries, key=lambda entry: entry[0].row)


def rejected_columns(result):
    """The columns of the rejected and superseded rows of a DtmImport, in file order."""
    rows = [row for row, _ in rejected_rows(result)]
    return [Column("source_row", "int", [row.row for row in rows]),
            Column("reason", "string", [row.reason for row in rows])] + _original_columns(result, rows)


def _original_columns(result, rows):
    names = output_names(result.columns, RESERVED)
    return [Column(name, "string", [as_text(row.original[column]) for row in rows])
            for name, column in zip(names, result.columns)]


def renamed_columns(columns):
    """[(original name, output name)] of the columns written under another name."""
    return [(column, name) for column, name in zip(columns, output_names(columns, RESERVED)) if name != column]


def output_names(columns, reserved):
    """Original column names, renamed orig_<name> where they clash with ours."""
    taken = {name.lower() for name in reserved}
    names = []
    for column in columns:
        name = column
        while name.lower() in taken:
            name = "orig_" + name
        taken.add(name.lower())
        names.append(name)
    return names


def as_text(value):
    """A cell as text (whole floats without '.0'); None for an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
