"""The compliance box of a printed site map: what the layers tell about a
site, checked against the standards profile (common.checks.Check values)."""
import math

from ..common.checks import Check
from ..common.standards import TOILET_FIGURE, WATER_CAPACITY_FIGURE, check_phase


def site_checks(site, profile, phase="emergency"):
    """Checks of one site's SiteTotals: area per person, people within reach
    of water and of a toilet, people per functional toilet (the figure of
    the ``phase``, common.standards.PHASES) and overloaded water points;
    only those the layers allow. A site layout's plan is checked with the
    people it places (its household plots), the surveyed toilets with the
    site's population."""
    check_phase(phase)
    checks = []
    people = site.individuals
    plan = site.plan
    # A plan is checked with the people it places, not the site's population.
    housed = plan.planned_people if plan is not None and plan.planned_people > 0 else people
    if housed:
        checks.append(Check.measure("site_area_per_person", site.area_m2 / housed,
                                    profile.figure("site_area_m2_per_person")))
    if _known(site.pct_people_within_water):
        checks.append(Check.share_meeting("water_within_reach", site.pct_people_within_water,
                                          profile.figure("max_distance_to_water_m")))
    if _known(site.pct_people_within_toilet):
        checks.append(Check.share_meeting("toilet_within_reach", site.pct_people_within_toilet,
                                          profile.figure("max_distance_to_toilet_m")))
    if people and site.functional_cubicles is not None:
        per_toilet = people / site.functional_cubicles if site.functional_cubicles else math.inf
        checks.append(Check.measure("people_per_toilet", per_toilet, profile.figure(TOILET_FIGURE[phase])))
    elif plan is not None and plan.planned_people > 0 and plan.cubicles is not None:
        per_toilet = plan.planned_people / plan.cubicles if plan.cubicles else math.inf
        checks.append(Check.measure("people_per_toilet", per_toilet, profile.figure(TOILET_FIGURE[phase])))
    for kind, overloaded in sorted((site.overloaded_water_points or {}).items()):
        # each kind against its own capacity (people per tap, per hand pump, per open well)
        checks.append(Check.count_failing("water_point_load_" + kind, int(overloaded),
                                          profile.figure(WATER_CAPACITY_FIGURE[kind])))
    return checks


def _known(value):
    return value is not None and not math.isnan(value)
