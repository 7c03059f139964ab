"""DTM site lists as GeoDataFrames: the import of malisites:importdtmsites."""
from shapely.geometry import Point

from ..common.crs import WGS84
from ..dtm.site_list import MALI_EXTENT
from ..dtm.site_list import import_site_list as read_site_list
from ..dtm.table import rejected_columns, site_columns
from .frames import new_frame, table


def import_site_list(path, field_mapping=None, extent=MALI_EXTENT):
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
    extent : (lon_min, lat_min, lon_max, lat_max)
        Coordinates outside it are rejected (degrees; default: Mali).

    Returns
    -------
    (sites, rejected)
        ``sites``: a GeoDataFrame of points in EPSG:4326 (the file's
        coordinates are WGS 84 degrees) with the fields of the Processing
        output: site_id, site_name, admin1, admin2, admin3, households,
        individuals, source_row (line of the file), fixes, then every
        original column as text (renamed orig_<name> where it clashes).
        ``rejected``: a DataFrame of source_row, reason and the original
        columns. ``sites.attrs`` holds "counts" (read, imported, fixed,
        rejected), "mapping" (target -> column used) and "notes".

    Raises
    ------
    InputError (DtmError)
        The file does not exist, cannot be read, or has no latitude or
        longitude column; the message names the columns it has.
    """
    result = read_site_list(path, field_mapping, extent)
    points = [Point(site.longitude, site.latitude) for site in result.sites]
    sites = new_frame(site_columns(result), points, WGS84)
    rejected = table(rejected_columns(result))
    sites.attrs.update(counts=result.counts, mapping=dict(result.mapping), notes=list(result.notes))
    return sites, rejected
