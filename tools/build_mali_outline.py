"""Build resources/boundaries/mali.geojson, the outline of Mali the DTM import
checks site coordinates against, from the Natural Earth countries layer QGIS
ships (resources/data/world_map.gpkg; see README_world_map.md beside it).

    /usr/bin/python3 tools/build_mali_outline.py [path/to/world_map.gpkg]

The outline is taken as QGIS ships it (Natural Earth 1:10m, already
generalised by QGIS with v.generalize, Douglas-Peucker, 1000 m threshold);
its coordinates are rounded to DECIMALS places, nothing else is changed.
The script prints how far the shipped outline lies from the source one.
"""
import datetime
import json
import sys
from pathlib import Path

from osgeo import ogr
from shapely import wkb
from shapely.geometry import mapping, shape

SOURCE = Path("/usr/share/qgis/resources/data/world_map.gpkg")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "boundaries" / "mali.geojson"
DECIMALS = 5  # 1.1 m at the equator: far below the outline's own accuracy


def _rounded(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(value, DECIMALS) for value in coordinates]
    return [_rounded(part) for part in coordinates]


def main(source=SOURCE):
    dataset = ogr.Open(str(source))
    layer = dataset.GetLayerByName("countries")
    layer.SetAttributeFilter("ISO_A3 = 'MLI'")
    feature = layer.GetNextFeature()
    outline = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
    geometry = mapping(outline)
    geometry = {"type": geometry["type"], "coordinates": _rounded(json.loads(json.dumps(geometry["coordinates"])))}
    shipped = shape(geometry)
    assert shipped.is_valid, "rounding made the outline invalid"
    moved_m = outline.hausdorff_distance(shipped) * 111320.0
    content = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": geometry, "properties": {
            "name": feature.GetField("NAME"), "iso_a3": feature.GetField("ISO_A3"),
            "source": "Natural Earth 1:10m Cultural Vectors, Admin 1 - States, Provinces v4.1.0 dissolved to "
                      "countries (attributes from Admin 0 - Countries v4.1.0), as shipped by QGIS in "
                      "resources/data/world_map.gpkg, layer countries (generalised by QGIS with GRASS "
                      "v.generalize, Douglas-Peucker, threshold 1000 m in EPSG:54030)",
            "licence": "Public domain (Natural Earth terms of use: https://www.naturalearthdata.com/about/terms-of-use/)",
            "extracted": datetime.date.today().isoformat(),
            "extracted_from": "world_map.gpkg of QGIS 3.22.16 (Debian 12 package qgis-common 3.22.16+dfsg-1)",
            "coordinates_rounded_to_decimals": DECIMALS,
            "vertices": sum(len(ring.coords) for polygon in getattr(shipped, "geoms", [shipped])
                            for ring in [polygon.exterior, *polygon.interiors]),
            "border_tolerance_km": 10.0,
            "border_tolerance_reason": (
                "A site this far outside the outline is still taken as in Mali: the outline is Natural "
                "Earth at 1:10 million (the usual 0.5 mm map accuracy is 5 km on the ground at that scale), generalised again by "
                "QGIS (Douglas-Peucker, 1 km); DTM lists often give coordinates with 2 decimals (up to "
                "0.8 km off); a phone GPS adds some 10 m. 5 + 1 + 0.8 km, rounded up to 10 km."),
        }}],
    }
    text = json.dumps(content, ensure_ascii=False, indent=1)
    compact = json.dumps(geometry["coordinates"], separators=(",", ":"))
    text = text.replace(json.dumps(geometry["coordinates"], indent=1).replace("\n", "\n" + " " * 4), compact)
    TARGET.write_text(text + "\n", encoding="utf-8")
    print("%s: %d vertices, at most %.1f m from the source outline" % (
        TARGET, content["features"][0]["properties"]["vertices"], moved_m))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
