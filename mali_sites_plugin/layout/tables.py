"""The output tables of site plans: the records of each SitePlan list as
columns (common.columns.Column) after site_id, the run's totals and the
verdict of each standard figure over all plans. The same names and values in
the Processing layers and the Python API."""
from dataclasses import dataclass

from ..common.columns import Column, finite_number
from .checks import CHECK_KEYS


@dataclass(frozen=True)
class RecordTable:
    attribute: str  # the SitePlan list it holds
    fields: tuple  # (name, kind) after site_id
    values: object  # record -> values of ``fields``

    def columns(self, plan):
        """site_id then the fields, one value per record of ``plan``."""
        records = getattr(plan, self.attribute)
        values = [self.values(record) for record in records]
        by_field = list(zip(*values)) if values else [()] * len(self.fields)
        return [Column("site_id", "string", [plan.label] * len(records))] + [
            Column(name, kind, list(column)) for (name, kind), column in zip(self.fields, by_field)]


def _facility_values(facility):
    return [facility.facility_id, facility.kind, finite_number(facility.capacity),
            finite_number(facility.people_served), facility.cubicles, facility.female_cubicles,
            facility.male_cubicles, facility.gender, facility.water_type, facility.plots, facility.taps,
            facility.block, facility.handwashing, facility.lighting, facility.units]


PLOTS = RecordTable("plots", (("plot_id", "int"), ("community_id", "int"), ("block_id", "int"),
                              ("sector_id", "int"), ("households", "int"), ("people", "double"),
                              ("use", "string"), ("area_m2", "double")),
                    lambda r: [r.plot_id, r.community_id, r.block_id, r.sector_id, r.households, r.people,
                               r.use, r.geometry.area])
SHELTERS = RecordTable("shelters", (("plot_id", "int"), ("people", "double"), ("area_m2", "double")),
                       lambda r: [r.plot_id, r.people, r.area_m2])
BLOCKS = RecordTable("blocks", (("block_id", "int"), ("sector_id", "int"), ("communities", "int"),
                                ("plots", "int"), ("households", "int"), ("people", "double"),
                                ("area_m2", "double"), ("mean_slope_pct", "double"), ("max_slope_pct", "double"),
                                ("slope_class", "string")),
                     lambda r: [r.block_id, r.sector_id, r.communities, r.plots, r.households, r.people,
                                r.geometry.area, r.mean_slope_pct, r.max_slope_pct, r.slope_class])
ROADS = RecordTable("roads", (("road_class", "string"), ("width_m", "double"), ("area_m2", "double")),
                    lambda r: [r.road_class, r.width_m, r.geometry.area])
FIREBREAKS = RecordTable("firebreaks", (("width_m", "double"), ("area_m2", "double")),
                         lambda r: [r.width_m, r.geometry.area])
PATHS = RecordTable("paths", (("road_class", "string"), ("kind", "string"), ("width_m", "double"),
                              ("length_m", "double")),
                    lambda r: [r.road_class, r.kind, r.width_m, r.geometry.length])
DRAINS = RecordTable("drains", (("kind", "string"), ("length_m", "double"), ("fall_m", "double"),
                                ("slope_pct", "double"), ("outfall_id", "int")),
                     lambda r: [r.kind, r.length_m, r.fall_m, r.slope_pct, r.outfall_id])
EXCLUDED = RecordTable("excluded", (("reason", "string"), ("area_m2", "double")),
                       lambda r: [r.reason, r.area_m2])
FACILITIES = RecordTable("facilities", (("facility_id", "string"), ("kind", "string"), ("capacity", "double"),
                                        ("people_served", "double"), ("cubicles", "int"),
                                        ("female_cubicles", "int"), ("male_cubicles", "int"),
                                        ("gender", "string"), ("water_type", "string"), ("plots", "int"),
                                        ("taps", "int"), ("block", "string"), ("handwashing", "int"),
                                        ("lighting", "int"), ("units", "int")),
                         _facility_values)


def totals(plans, skipped_people=0.0):
    """The figures of a run over its plans; ``skipped_people``: the people of
    the sites left out for want of buildable land (not placed)."""
    capacity = sum(p.capacity_people for p in plans)
    planned = sum(p.planned_people for p in plans)
    usable = sum(p.usable_area_m2 for p in plans)
    return {"capacity_people": capacity, "planned_people": planned,
            "unplaced_people": sum(p.unplaced_people for p in plans) + skipped_people,
            "plots": sum(p.planned_households for p in plans), "usable_area_m2": usable,
            "area_per_person_m2": usable / planned if planned else None, "sites_planned": len(plans),
            "checks_failed": sum(1 for p in plans for c in p.checks if not c.passed)}


def check_verdicts(plans):
    """{figure key: 'pass' when every plan's checks of it pass, 'fail', or
    'n/a' when no plan checks it}; people_per_toilet covers both phases."""
    verdicts = {}
    for key in CHECK_KEYS:
        passed = [c.passed for p in plans for c in p.checks
                  if c.key == key or (key == "people_per_toilet" and c.key.startswith("people_per_toilet"))]
        verdicts[key] = ("pass" if all(passed) else "fail") if passed else "n/a"
    return verdicts
