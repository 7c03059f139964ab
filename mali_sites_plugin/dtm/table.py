"""The columns of an imported DTM site list (common.columns.Column): the
sites' fields, then the row of the file, the fixes and every original
column as text; the rejected rows with their reason and original columns."""
from ..common.columns import Column
from .site_list import OUTPUT_FIELDS

COUNT_FIELDS = ("households", "individuals")
SITE_FIELDS = OUTPUT_FIELDS + ("source_row", "fixes")
REJECTED_FIELDS = ("source_row", "reason")


def site_columns(result):
    """The columns of the sites of a DtmImport, one value per site."""
    sites = result.sites
    columns = [Column(name, "int" if name in COUNT_FIELDS else "string", [site.values[name] for site in sites])
               for name in OUTPUT_FIELDS]
    columns += [Column("source_row", "int", [site.row for site in sites]),
                Column("fixes", "string", ["; ".join(site.fixes) or None for site in sites])]
    return columns + _original_columns(result, sites)


def rejected_columns(result):
    """The columns of the rejected rows of a DtmImport."""
    rejected = result.rejected
    return [Column("source_row", "int", [row.row for row in rejected]),
            Column("reason", "string", [row.reason for row in rejected])] + _original_columns(result, rejected)


def _original_columns(result, rows):
    names = output_names(result.columns, SITE_FIELDS + REJECTED_FIELDS)
    return [Column(name, "string", [as_text(row.original[column]) for row in rows])
            for name, column in zip(names, result.columns)]


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
