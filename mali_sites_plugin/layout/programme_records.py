"""The facilities of the programme's lots (programme.py) in a finished plan:

- reception, administration, child-friendly and women's safe spaces and the
  extension reserve, each at its lot's centre plot;
- on each community's washing plot: a bathing facility of separate female
  and male cubicles (one per people_per_bathing_facility of the households
  nearest it, at least one of each), a laundry facility of slabs (one per
  people_per_laundry_facility) and a refuse point of 100 L bins (one per
  people_per_refuse_bin);
- toilets at the schools, health posts, markets and reception areas, by the
  Sphere Appendix 4 figures: girls' and boys' toilets for the pupils (the
  school-age share of the people a school serves), one toilet per 50
  outpatients a day (consultations per person a year / 365), per 50 market
  stalls, per 50 arrivals a day at reception; each id is T and the
  institution's id."""
import math

import numpy as np

from . import facilities as fac
from ..placement.capacitated import nearest_assignment, tied_loads
from .plan import Facility
from .programme import ADMINISTRATION, CHILD_SPACE, PROGRAMME, RECEPTION, RESERVE, SAFE_SPACE, WASHING, rule

BATHING, LAUNDRY, REFUSE, INSTITUTION_TOILET = "bathing_facility", "laundry_facility", "refuse_point", \
    "institution_toilet"
PREFIXES = {RECEPTION: "RC", ADMINISTRATION: "AD", CHILD_SPACE: "CF", SAFE_SPACE: "WS", RESERVE: "X",
            BATHING: "B", LAUNDRY: "LD", REFUSE: "RF"}
INSTITUTIONS = ("school", "health_post", "market", RECEPTION)  # with their own toilets
DAYS_PER_YEAR = 365.0
SIDE_BY_SIDE_M = 2.0  # the points of the facilities sharing a plot stand this far apart (drawing setting)


def programme_records(design, frame, xy, people, lots, prefixes):
    """[Facility] (metric CRS) of the programme's ``lots`` (facilities.ServiceLot,
    of every kind) in the plan whose households are ``people`` per plot;
    ``prefixes``: the id prefix of each kind of service."""
    records = []
    for kind in [k for k, _, _ in PROGRAMME] + [RESERVE]:
        ratio = dict((k, r) for k, r, _ in PROGRAMME).get(kind)
        figure = rule(design, ratio) if ratio else None
        for k, lot in enumerate(lot for lot in lots if lot.kind == kind):
            served = float(people[lot.catchment].sum()) if lot.catchment else 0.0
            records.append(Facility(kind, tuple(frame.points_to_metric(xy[[lot.centre]])[0]),
                                    figure.value if figure is not None else None, served, plots=len(lot.plots),
                                    facility_id="%s%d" % (PREFIXES[kind], k + 1)))
    records += _washing_records(design, frame, xy, people, [lot for lot in lots if lot.kind == WASHING])
    records += _institution_toilets(design, frame, xy, people, lots, dict(prefixes, **PREFIXES))
    return records


def _units(load, key, design):
    return int(math.ceil(load / design.value(key) - 1e-9)) if load > 0 else 0


def _washing_records(design, frame, xy, people, lots):
    homes = np.flatnonzero(people > 0)
    if not lots or not len(homes):
        return []
    plots = [lot.centre for lot in lots]
    # the three stand side by side on the plot; each kind is sized by the households nearest its own points
    points = {kind: xy[plots] + (shift * SIDE_BY_SIDE_M, 0.0) for kind, shift in ((BATHING, -1), (LAUNDRY, 0),
                                                                                  (REFUSE, 1))}
    load = {kind: nearest_assignment(xy[homes], people[homes], at)[2] for kind, at in points.items()}
    sized = {kind: tied_loads(xy[homes], people[homes], at) for kind, at in points.items()}
    metric = {kind: frame.points_to_metric(at) for kind, at in points.items()}
    records = []
    for k in range(len(plots)):
        if load[BATHING][k] <= 0:
            continue
        bathing = max(_units(sized[BATHING][k], "people_per_bathing_facility", design), 2)
        female = int(math.ceil(bathing / 2.0))
        records += [
            Facility(BATHING, tuple(metric[BATHING][k]), bathing * design.value("people_per_bathing_facility"),
                     float(load[BATHING][k]), bathing, female, bathing - female, plots=1,
                     facility_id="B%d" % (k + 1)),
            Facility(LAUNDRY, tuple(metric[LAUNDRY][k]), None, float(load[LAUNDRY][k]), plots=0,
                     facility_id="LD%d" % (k + 1),
                     units=max(_units(sized[LAUNDRY][k], "people_per_laundry_facility", design), 1)),
            Facility(REFUSE, tuple(metric[REFUSE][k]), None, float(load[REFUSE][k]), plots=0,
                     facility_id="RF%d" % (k + 1),
                     units=max(_units(sized[REFUSE][k], "people_per_refuse_bin", design), 1))]
    return records


def _toilet_need(design, kind, served):
    """(users, female, male) toilets an institution serving ``served`` people needs."""
    ratio = design.value("female_to_male_toilet_ratio")
    if kind == "school":
        pupils = served * design.value("school_age_pct") / 100.0
        return (pupils, max(_units(pupils / 2.0, "pupils_per_toilet_girls", design), 1),
                max(_units(pupils / 2.0, "pupils_per_toilet_boys", design), 1))
    if kind == "health_post":
        users, per_toilet = served * design.value("consultations_per_person_year") / DAYS_PER_YEAR, \
            design.value("outpatients_per_toilet")
    elif kind == "market":
        users, per_toilet = served / design.value("people_per_market_stall"), design.value("stalls_per_toilet")
    else:
        users, per_toilet = design.value("reception_people_per_day"), design.value("people_per_reception_toilet")
    female, male = fac.split_cubicles(users, per_toilet, ratio)
    return users, female, male


def _institution_toilets(design, frame, xy, people, lots, prefixes):
    """A toilet block on the plot of each institution's lot farthest from its
    centre (beside the institution's point on a lot of one plot)."""
    records = []
    for kind in INSTITUTIONS:
        for k, lot in enumerate(lot for lot in lots if lot.kind == kind):
            served = float(people[lot.catchment].sum()) if lot.catchment else 0.0
            if served <= 0:
                continue
            users, female, male = _toilet_need(design, kind, served)
            edge = lot.plots[int(np.argmax(np.hypot(*(xy[lot.plots] - xy[lot.centre]).T)))]
            point = xy[edge] + (0.0 if edge != lot.centre else np.array([0.0, -SIDE_BY_SIDE_M]))
            records.append(Facility(INSTITUTION_TOILET, tuple(frame.points_to_metric(point[None, :])[0]), None,
                                    float(users), female + male, female, male, plots=0,
                                    facility_id="T%s%d" % (prefixes[kind], k + 1)))
    return records
