"""A raster band as the products take it (no raster library imported here)."""
from dataclasses import dataclass


@dataclass
class RasterInput:
    """A raster band given to an algorithm: its file, band and (optional) CRS
    that overrides the file's own, as a CRS set on a QGIS layer does."""
    path: str
    band: int = 1
    crs: object = None
    label: str = ""
