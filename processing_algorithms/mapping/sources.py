"""Where the layers of a printed site map come from (file and date, for the
sources box) and the GeoPackage of the page's layers written beside the PDF."""
import os
from datetime import date, datetime, timezone

from qgis.core import QgsProviderRegistry, QgsVectorFileWriter, QgsVectorLayer


def source_file(layer):
    """(path, layer name inside it or None) of a layer read from a file, else (None, None)."""
    if layer is None:
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path):
        return None, None
    return path, parts.get("layerName") or None


def print_date():
    """The date a map is printed on: SOURCE_DATE_EPOCH (seconds since 1970,
    UTC; the reproducible-builds convention) when it is set, so the same
    inputs print the same pages (the picture tests), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc).date()
    return date.today()


def source_entry(title, layer):
    """(title, 'file.gpkg' or 'file.gpkg, layer', date of the file) of a layer;
    a layer that is not a file (a temporary output) gets the print date and no name."""
    path, inner = source_file(layer)
    if path is None:
        return title, None, print_date()
    name = os.path.basename(path)
    stem = os.path.splitext(name)[0]
    if inner and inner != stem:
        name = "%s, %s" % (name, inner)
    return title, name, date.fromtimestamp(os.path.getmtime(path))


def write_bundle(path, layers, transform_context):
    """The vector ``layers`` (each with a unique name) as the layers of one
    GeoPackage ``path``; returns the error text of the first failure or None."""
    if os.path.exists(path):
        os.remove(path)
    used = set()
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer):
            continue
        name = _unique(_table_name(layer.name()), used)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if os.path.exists(path)
                                        else QgsVectorFileWriter.CreateOrOverwriteFile)
        result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, transform_context, options)
        if result[0] != QgsVectorFileWriter.NoError:
            return "%s: %s" % (layer.name(), result[1])
    return None


def _table_name(title):
    keep = "".join(c if c.isalnum() else "_" for c in title.lower())
    return "_".join(part for part in keep.split("_") if part) or "layer"


def _unique(name, used):
    candidate, number = name, 2
    while candidate in used:
        candidate, number = "%s_%d" % (name, number), number + 1
    used.add(candidate)
    return candidate
