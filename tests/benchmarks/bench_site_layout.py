"""make bench: malisites:sitelayout for 5,000 / 20,000 / 80,000 people, and
ALTERNATIVES=8 for 20,000.

Square sites at the standard's density (Sphere 2018: 45 m2 per person, so
22.5 / 90 / 360 ha plus the 5 m setback ring), planned for their full
capacity with every output written to a GeoPackage and the HTML report.
Prints the time (and its read / compute / write split), time per 1,000 people,
peak memory, plots and capacity of each, and how the time grows against the
number of people (1.0 = linear); then the 20,000-person site planned with
ALTERNATIVES=8 (eight full plans, the best kept) against the single plan.
No open tool lays out a
site to a standard; for scale, QGIS's native:creategrid draws the same
number of bare rectangles (no standard, no facilities) in the same run.
"""
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import DATA, phase_split, run_algorithm  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
CRS = "EPSG:32630"
X0, Y0 = 380000.0, 1600000.0
PEOPLE = (5000, 20000, 80000)
SETBACK = 5.0
TARGET_20000_SECONDS = 2.0  # issue 15: 20,000 people in under 2 s, growth close to linear to 80,000
ALTERNATIVES = 8  # issue 10: the planner's time for ALTERNATIVES=8 (20,000 people)


def site_file(people, per_person):
    import fiona
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / ("layout_site_%d.gpkg" % people)
    side = math.sqrt(people * per_person) + 2 * SETBACK
    if not path.exists():
        schema = {"geometry": "Polygon", "properties": {"site_id": "str"}}
        with fiona.open(path, "w", driver="GPKG", schema=schema, crs=CRS) as sink:
            ring = [(X0, Y0), (X0 + side, Y0), (X0 + side, Y0 + side), (X0, Y0 + side), (X0, Y0)]
            sink.write({"geometry": {"type": "Polygon", "coordinates": [ring]},
                        "properties": {"site_id": "B%d" % people}})
    return path, side


def parameters_for(path, out, tag):
    parameters = {"SITE": str(path), "SETBACK": SETBACK, "OUTPUT_REPORT": str(out / ("r%s.html" % tag))}
    for name in ("PLOTS", "SHELTERS", "BLOCKS", "ROADS", "FIREBREAKS", "FACILITIES", "EXCLUDED"):
        parameters["OUTPUT_" + name] = str(out / ("%s_%s.gpkg" % (name.lower(), tag)))
    return parameters


def alternatives(per_person, out, single):
    """The 20,000-person site with ALTERNATIVES=8, against ``single`` (its run with 1)."""
    path, _ = site_file(20000, per_person)
    parameters = dict(parameters_for(path, out, "alt"), ALTERNATIVES=ALTERNATIVES)
    ours = run_algorithm("malisites:sitelayout", parameters)
    kept = ours["results"]["alternative"].split(": ", 1)[-1]
    print("  20,000 people, ALTERNATIVES=%d: %.2f s%s, peak %.0f MB; x%.2f the single plan's %.2f s "
          "(%.2f s per variant); capacity %d people; %s"
          % (ALTERNATIVES, ours["seconds"], phase_split(ours), ours["peak_mb"], ours["seconds"] / single["seconds"],
             single["seconds"], ours["seconds"] / ALTERNATIVES, ours["results"]["capacity_people"], kept))


def main():
    from mali_sites_plugin.common.standards import load_profile  # (the package sets PROJ data for the venv)
    per_person = load_profile("sphere_2018").value("site_area_m2_per_person")
    print("Site layout benchmark (Sphere 2018, %g m2 per person, %s)" % (per_person, DATA))
    rows = []
    out = Path(tempfile.mkdtemp(prefix="bench_layout_"))
    for people in PEOPLE:
        path, side = site_file(people, per_person)
        ours = run_algorithm("malisites:sitelayout", parameters_for(path, out, people))
        plots = int(ours["results"]["plots"])
        grid = run_algorithm("native:creategrid", {
            "TYPE": 2, "EXTENT": "%f,%f,%f,%f [%s]" % (X0, X0 + side, Y0, Y0 + side, CRS),
            "HSPACING": side / math.ceil(math.sqrt(plots)), "VSPACING": side / math.ceil(math.sqrt(plots)),
            "CRS": CRS, "OUTPUT": str(out / ("grid_%d.gpkg" % people))})
        rows.append((people, side, ours, grid, plots))
        print("%6d people on %.1f ha: %.2f s%s, %.3f s per 1,000 people, peak %.0f MB; %d household plots, "
              "capacity %d people (%.1f m2 per person); native:creategrid of as many bare rectangles: %.2f s"
              % (people, side * side / 1e4, ours["seconds"], phase_split(ours), 1000.0 * ours["seconds"] / people,
                 ours["peak_mb"], plots,
                 ours["results"]["capacity_people"], ours["results"]["area_per_person_m2"],
                 grid["seconds"]))
        sys.stdout.flush()
    for (p0, _, a, _, n0), (p1, _, b, _, n1) in zip(rows, rows[1:]):
        growth = math.log(b["seconds"] / a["seconds"]) / math.log(p1 / p0)
        print("  %d -> %d people: time x%.2f for people x%.0f (plots x%.2f); growth exponent %.2f "
              "(1.0 = linear)" % (p0, p1, b["seconds"] / a["seconds"], p1 / p0, n1 / n0, growth))
    twenty = [r for r in rows if r[0] == 20000][0][2]["seconds"]
    print("  20,000-person plan: %.2f s [target < %.0f s: %s]"
          % (twenty, TARGET_20000_SECONDS, "met" if twenty < TARGET_20000_SECONDS else "NOT MET"))
    sys.stdout.flush()
    alternatives(per_person, out, [r for r in rows if r[0] == 20000][0][2])


if __name__ == "__main__":
    main()
