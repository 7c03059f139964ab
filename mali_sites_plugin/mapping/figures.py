"""Per-site totals of the layers on a printed map, from plain arrays: the
site each feature falls in (site_summary.site_of_points, -1 outside every
site) and the values the glue read from the layers' fields.

A layer of each kind replaces what an earlier layer of that kind said; the
site layer's own households and individuals come first, then a site
layout's plan, then the shelters counted on the map.
"""
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .site_summary import totals_by_site

# Fields of the site layer (lower case) that name the site, or give its households and individuals.
SITE_NAME_FIELDS = ("site_name", "nom_site", "nom du site", "name", "nom", "site")
HOUSEHOLD_FIELDS = ("households", "menages", "ménages", "hh")
PEOPLE_FIELDS = ("individuals", "personnes", "individus", "population", "people")

# Words of a site layout's outputs (layout.planner): plot use and facility kind.
PLAN_HOUSEHOLD = "household"
PLAN_WATER_POINT = "water_point"
PLAN_LATRINE_BLOCK = "latrine_block"


def find_field(names, candidates):
    """The first of ``candidates`` among the field ``names`` (any case), or None."""
    by_lower = {name.lower(): name for name in names}
    return next((by_lower[c] for c in candidates if c in by_lower), None)


@dataclass
class FloodFigure:
    """One flood scenario in one site, from a flood exposure output."""
    wet_pct: float
    exposed_people: float  # nan when the output has no people
    hazard_class: str = None


@dataclass
class FloodColumns:
    """One scenario's fields of a flood exposure output, one value per feature."""
    wet_pct: np.ndarray
    exposed_people: np.ndarray
    hazard_class: list


@dataclass
class SiteTotals:
    """What the layers say about one site; None where no layer tells."""
    area_m2: float
    households: float = None
    individuals: float = None
    shelters: float = None
    water_points: float = None
    functional_water_points: float = None
    latrines: float = None
    functional_cubicles: float = None
    pct_people_within_water: float = None  # nan for a site with no people counted
    pct_people_within_toilet: float = None
    overloaded_water_points: dict = None  # water point kind (tap, handpump, well) -> overloaded ones
    flood: dict = field(default_factory=dict)  # scenario -> FloodFigure
    plan: "PlanTotals" = None  # a site layout's plan of the site, apart from what was surveyed


@dataclass
class PlanTotals:
    """A site layout's plan of one site, read from its outputs' fields: the
    people on its household plots (planned), its facilities, and against
    the site's population, the people not placed."""
    planned_people: float
    plots: float  # household plots (one household each)
    water_points: float = None
    latrines: float = None
    cubicles: float = None
    population: float = None  # the site's own population field, None without one
    taps: float = None

    @property
    def unplaced_people(self):
        """People of the site's population the plan does not hold (None without a population)."""
        return None if self.population is None else max(self.population - self.planned_people, 0.0)

    @property
    def capacity_people(self):
        """The plan's capacity when the layers tell it: a plan that leaves people
        out is full (it holds its capacity); else None (at least the people planned)."""
        unplaced = self.unplaced_people
        return self.planned_people if unplaced is not None and unplaced > 0.5 else None


@dataclass
class SiteFigures:
    """Totals per site (arrays over the sites, None where no layer tells)."""
    area_m2: np.ndarray
    households: np.ndarray = None  # the site layer's own fields
    individuals: np.ndarray = None
    shelters: np.ndarray = None
    shelter_people: np.ndarray = None
    plan_households: np.ndarray = None  # a site layout's plan, kept apart from the surveyed layers
    plan_people: np.ndarray = None
    plan_water_points: np.ndarray = None
    plan_taps: np.ndarray = None
    plan_latrines: np.ndarray = None
    plan_cubicles: np.ndarray = None
    water_points: np.ndarray = None
    functional_water_points: np.ndarray = None
    overloaded_water_points: dict = None  # water point kind -> overloaded ones per site
    latrines: np.ndarray = None
    functional_cubicles: np.ndarray = None
    pct_people_within_water: np.ndarray = None
    pct_people_within_toilet: np.ndarray = None
    flood: list = None  # per site: scenario -> FloodFigure

    def __post_init__(self):
        self.area_m2 = np.asarray(self.area_m2, dtype=float)
        if self.flood is None:
            self.flood = [dict() for _ in self.area_m2]

    @classmethod
    def of_polygons(cls, polygons, households=None, individuals=None):
        """Figures of these site polygons (metric CRS), with the site layer's own counts if it has them."""
        return cls(np.array([p.area for p in polygons], dtype=float), households, individuals)

    def _total(self, site, values):
        return totals_by_site(np.asarray(site), np.asarray(values, dtype=float), len(self.area_m2))

    def add_shelters(self, site, people=None, water_ok=None, latrine_ok=None):
        """Shelters (or plots) at their site; a WASH coverage output gives their
        people and whether each household is within reach of water / a toilet."""
        self.shelters = self._total(site, np.ones(len(site)))
        if people is None:
            return
        people = np.asarray(people, dtype=float)
        self.shelter_people = self._total(site, people)
        if water_ok is not None:
            self.pct_people_within_water = self._share(site, people, water_ok)
        if latrine_ok is not None:
            self.pct_people_within_toilet = self._share(site, people, latrine_ok)

    def _share(self, site, people, ok):
        within = self._total(site, people * np.asarray(ok, dtype=float))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.shelter_people > 0, 100.0 * within / self.shelter_people, np.nan)

    def add_water_points(self, site, functional=None, overloaded=None, kinds=None):
        """Water points at their site; a WASH coverage output gives which are
        overloaded and their kinds (each kind has its own capacity figure)."""
        self.water_points = self._total(site, np.ones(len(site)))
        if functional is not None:
            self.functional_water_points = self._total(site, functional)
        if overloaded is not None:
            kinds = np.asarray(kinds, dtype=object)
            overloaded = np.asarray(overloaded, dtype=float)
            self.overloaded_water_points = {kind: self._total(site, overloaded * (kinds == kind))
                                            for kind in sorted(set(kinds.tolist()))}

    def add_latrines(self, site, cubicles=None, functional=None):
        """Latrines; their cubicles count when they are functional (all are without a status)."""
        self.latrines = self._total(site, np.ones(len(site)))
        if cubicles is not None:
            working = np.ones(len(site)) if functional is None else np.asarray(functional, dtype=float)
            self.functional_cubicles = self._total(site, np.asarray(cubicles, dtype=float) * working)

    def add_plan_plots(self, site, uses, people, households):
        """A site layout's plots: the household plots, their people and households."""
        household = np.asarray(uses) == PLAN_HOUSEHOLD
        self.plan_people = self._total(site, np.where(household, np.asarray(people, dtype=float), 0.0))
        self.plan_households = self._total(site, np.where(household, np.asarray(households, dtype=float), 0.0))

    def add_plan_facilities(self, site, kinds, cubicles, taps=None, blocks=None):
        """A site layout's facilities: water points and their ``taps`` (1 each
        without), latrine blocks and their cubicles. A block drawn as several
        compartments (features sharing a ``blocks`` value in a site) counts once."""
        kinds, site = np.asarray(kinds), np.asarray(site)
        water, latrine = kinds == PLAN_WATER_POINT, kinds == PLAN_LATRINE_BLOCK
        self.plan_water_points = self._total(site, water)
        taps = np.ones(len(kinds)) if taps is None else np.asarray(taps, dtype=float)
        self.plan_taps = self._total(site, np.where(water, np.maximum(taps, 1.0), 0.0))
        share = np.ones(len(kinds))
        if blocks is not None:
            keys = list(zip(site.tolist(), blocks))
            counts = Counter(key for key, is_latrine in zip(keys, latrine) if is_latrine and key[1] is not None)
            share = np.array([1.0 / counts.get(key, 1) for key in keys])
        self.plan_latrines = self._total(site, latrine * share)
        self.plan_cubicles = self._total(site, np.where(latrine, np.asarray(cubicles, dtype=float), 0.0))

    def add_flood(self, site, scenarios):
        """A flood exposure output's sites ({scenario: FloodColumns}): each
        site takes the figures of the (last) flood feature inside it."""
        for index, owner in enumerate(np.asarray(site).tolist()):
            if owner < 0:
                continue
            for key, columns in scenarios.items():
                self.flood[owner][key] = FloodFigure(float(columns.wet_pct[index]),
                                                     float(columns.exposed_people[index]),
                                                     columns.hazard_class[index])

    def site(self, index):
        """SiteTotals of one site."""
        def pick(values):
            return None if values is None else float(values[index])
        individuals = self.individuals if self.individuals is not None else self.shelter_people
        households = next((values for values in (self.households, self.shelters)
                           if values is not None), None)
        plan = None
        if self.plan_people is not None or self.plan_water_points is not None:
            plan = PlanTotals(pick(self.plan_people) or 0.0, pick(self.plan_households) or 0.0,
                              pick(self.plan_water_points), pick(self.plan_latrines), pick(self.plan_cubicles),
                              pick(self.individuals), pick(self.plan_taps))
        return SiteTotals(
            area_m2=float(self.area_m2[index]), households=pick(households), individuals=pick(individuals),
            shelters=pick(self.shelters), water_points=pick(self.water_points),
            functional_water_points=pick(self.functional_water_points), latrines=pick(self.latrines),
            functional_cubicles=pick(self.functional_cubicles),
            pct_people_within_water=pick(self.pct_people_within_water),
            pct_people_within_toilet=pick(self.pct_people_within_toilet),
            overloaded_water_points=None if self.overloaded_water_points is None else {
                kind: pick(counts) for kind, counts in self.overloaded_water_points.items()}, flood=dict(self.flood[index]), plan=plan)


def hazard_class_in(name, language, schemes):
    """A flood hazard class ``name`` as a flood exposure output writes it (in
    English, or in French) in ``language``, from the class schemes
    (common.standards.load_hazard_schemes); a name no scheme knows (a
    user's own thresholds) is returned as it is."""
    for scheme in schemes.values():
        for hazard_class in scheme.classes:
            if name in hazard_class.name.values():
                return hazard_class.name_in(language)
    return name
