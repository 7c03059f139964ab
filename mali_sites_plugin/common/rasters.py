"""A raster band as the products take it (no raster library imported here)."""
from dataclasses import dataclass

from .errors import InputError


@dataclass
class RasterInput:
    """A raster band given to an algorithm: its file, band and (optional) CRS
    that overrides the file's own, as a CRS set on a QGIS layer does."""
    path: str
    band: int = 1
    crs: object = None
    label: str = ""


def refuse_scaled_cells(label, scale, offset):
    """InputError for a band whose cells are stored scaled (GDAL's scale and
    offset: real value = cell x scale + offset, such as depths in centimetres
    with a scale of 0.01). The products read cells as they are stored, so such
    a band would give depths and heights off by its scale: it is refused."""
    if (scale is None or scale == 1) and (offset is None or offset == 0):
        return
    raise InputError("Raster '%s' stores its cells scaled (real value = cell x %s + %s), which Mali Sites "
                     "does not read: its depths or heights would come out wrong. Write the real values to a "
                     "new file (Raster > Conversion > Translate with the options -unscale -ot Float32, or "
                     "gdal_translate -unscale -ot Float32 in.tif out.tif) and give that file.",
                     label, 1 if scale is None else scale, 0 if offset is None else offset)
