"""DTM site lists as GeoDataFrames: the import of malisites:importdtmsites."""
from shapely.geometry import Point

from ..common.crs import WGS84
from ..dtm.outline import MALI_OUTLINE
from ..dtm.site_list import import_site_list as read_site_list
from ..dtm.table import imported_columns, imported_rows, rejected_columns
from .frames import new_frame, table


def import_site_list(path, field_mapping=None, outline=MALI_OUTLINE, sheet=None):
    """Read a DTM Mali site list (CSV or XLSX) into site points; no row is lost.

    Parameters
    ----------
    path : str or pathlib.Path
        The site list: CSV (UTF-8 with or without BOM, Latin-1; comma,
        semicolon or tab) or XLSX, French or English headers, an optional
        row of HXL tags under the header.
    field_mapping : None, dict or str
        None finds the columns by name; a dict {target: column} or the text
        the Processing algorithm takes ("latitude=Lat_Y; longitude=Long_X" or
        JSON) overrides the guess. Targets: site_id, site_name, admin1,
        admin2, admin3, households, individuals, latitude, longitude.
    outline : str or pathlib.Path
        A GeoJSON outline (one feature, with ``border_tolerance_km`` and
        ``source`` properties); coordinates farther outside it than the
        tolerance are rejected with their distance from the border. Default:
        Mali's Natural Earth outline, 10 km (resources/boundaries).
    sheet : None, str or int
        The sheet of a workbook (name, or number from 1); None picks the
        sheet that holds the site list.

    Returns
    -------
    (sites, rejected)
        ``sites``: a GeoDataFrame of points in EPSG:4326 (the file's
        coordinates are WGS 84 degrees) with the fields of the Processing
        output (site id and name, status, admin names and P-codes,
        households, individuals, round, reporting date), source_row (line of
        the file), fixes, warnings, then every original column as text
        (renamed orig_<name> where it clashes). A file of admin-level
        figures without coordinates (the DTM API layout) gives the fields of
        the Processing ADMIN_FIGURES table and no geometry.
        ``rejected``: a DataFrame of source_row, reason and the original
        columns, with the rows superseded by a later round. ``sites.attrs``
        holds "counts" (read, imported, fixed, warned, rejected, superseded;
        read = imported + rejected + superseded),
        "mapping" (target -> column used) and "notes".

    Raises
    ------
    InputError (DtmError)
        The file does not exist, is not a table, holds only separators or
        only a header, uses decimal commas in a comma-separated file, or has
        no latitude or longitude column; the message names the file, line or
        column and what to do.
    """
    result = read_site_list(path, field_mapping, outline, sheet)
    _, rows = imported_rows(result)
    points = [None if row.longitude is None else Point(row.longitude, row.latitude) for row in rows]
    sites = new_frame(imported_columns(result), points, WGS84)
    rejected = table(rejected_columns(result))
    sites.attrs.update(counts=result.counts, mapping=dict(result.mapping), notes=list(result.notes))
    return sites, rejected
