"""The ranked table of a printed overview of many sites (malisites:printoverview),
so the cluster sees where to act first: per site, the people exposed in each
flood scenario, the worst class and, where a WASH audit is given, the people
of the households beyond the water and toilet distances.

Plain Python on the values the glue read from a flood exposure site output
(its columns are named in flood/tables.py) and from WASH coverage shelters.
"""
import math
from dataclasses import dataclass

import numpy as np

from ..common.errors import InputError
from ..flood.scenarios import sanitize_key
from ..flood.tables import WORST_FIELDS
from .site_summary import totals_by_site

EXPOSED_PREFIX = "exposed_people_"
CLASS_PREFIX = "hazard_class_"
RANK_PREFIX = "hazard_rank_"
FLOOD_TOOL = "Flood exposure (malisites:floodexposure)"
# Site names longer than this are cut on the table (with an ellipsis) so a row stays one line.
NAME_CHARACTERS = 34


def flood_scenario_keys(names):
    """The scenario keys of a flood exposure site layer, in field order: those
    with exposed_people_<key>, hazard_class_<key> and hazard_rank_<key>."""
    present = set(names)
    return [name[len(EXPOSED_PREFIX):] for name in names if name.startswith(EXPOSED_PREFIX)
            and {CLASS_PREFIX + name[len(EXPOSED_PREFIX):], RANK_PREFIX + name[len(EXPOSED_PREFIX):]} <= present]


def missing_flood_columns(names):
    """The columns of a flood exposure site output that ``names`` lacks: the
    worst scenario's (flood.tables.WORST_FIELDS) and one scenario's
    exposed_people_, hazard_class_ and hazard_rank_<scenario> at least."""
    missing = [name for name, _ in WORST_FIELDS if name not in names]
    if not flood_scenario_keys(names):
        missing += [prefix + "<scenario>" for prefix in (EXPOSED_PREFIX, CLASS_PREFIX, RANK_PREFIX)]
    return missing


def check_flood_columns(names, layer_name):
    """InputError naming the missing columns and the tool that writes them."""
    missing = missing_flood_columns(names)
    if missing:
        raise InputError("The site layer '%s' (SITE) lacks the column(s) %s that %s writes on its site "
                         "output: run Flood exposure on your sites and give its 'Site exposure' output "
                         "(OUTPUT_SITES) here.", layer_name, ", ".join(missing), FLOOD_TOOL)


def scenario_titles(keys, worst_names):
    """{key: the scenario's name as the user gave it}, from the worst_scenario
    values (names whose field key is ``key``); the key in capitals for a
    scenario that is no site's worst."""
    by_key = {sanitize_key(str(name)): str(name) for name in worst_names if name not in (None, "")}
    return {key: by_key.get(key, key.upper()) for key in keys}


@dataclass
class OverviewSite:
    """One row of the overview: a site of the flood exposure layer."""
    index: int  # its place in the layer
    name: str
    exposed: dict  # scenario key -> people exposed (nan: not known)
    worst_scenario: str = None
    worst_class: str = None
    worst_rank: int = None
    region: str = None
    water_gap: float = math.nan  # people beyond the water distance (nan: no audit of the site)
    toilet_gap: float = math.nan  # people beyond the toilet distance (nan: no audit, or none of toilets)
    rank: int = None  # 1 = act first, set by rank_sites

    @property
    def worst_exposed(self):
        """People exposed in the site's worst scenario: flood exposure's worst
        scenario is the one exposing the most people, so the largest number
        known (nan when no scenario counts people)."""
        known = [value for value in self.exposed.values() if _known(value)]
        return max(known) if known else math.nan


def rank_sites(sites):
    """``sites`` (OverviewSite) in the order the cluster acts on them, each
    given its rank (1 first): the most people exposed in the worst scenario
    first; ties by the worse class (higher worst_rank), then by name; sites
    with no exposed people counted last (by class, then name)."""
    def key(site):
        exposed = site.worst_exposed
        return (0 if _known(exposed) else 1, -exposed if _known(exposed) else 0.0,
                -(site.worst_rank if site.worst_rank is not None else -1), site.name.casefold(), site.index)
    ordered = sorted(sites, key=key)
    for number, site in enumerate(ordered, start=1):
        site.rank = number
    return ordered


def people_out_of_reach(site, people, within, site_count):
    """(people of households out of reach per site, households audited per
    site): ``site`` is each household's site index (-1 outside every site),
    ``within`` its verdict (True, False, None: not assessed, not counted).
    A site no audited household falls in gets nan, not 0."""
    site = np.asarray(site, dtype=np.int64)
    people = np.asarray(people, dtype=float)
    verdict = np.array([-1 if ok is None else int(bool(ok)) for ok in within], dtype=np.int64)
    assessed = verdict >= 0
    counted = totals_by_site(np.where(assessed, site, -1), np.ones(len(site)), site_count)
    out = totals_by_site(np.where(verdict == 0, site, -1), people, site_count)
    return np.where(counted > 0, out, np.nan), counted


def add_wash_gaps(sites, water_gap, toilet_gap=None):
    """Put per-site arrays of people beyond the water (and toilet) distance
    on ``sites`` (in layer order); several audits add up where they overlap
    sites (a site audited twice counts both: give one audit per site)."""
    for site in sites:
        site.water_gap = _add(site.water_gap, water_gap[site.index])
        if toilet_gap is not None:
            site.toilet_gap = _add(site.toilet_gap, toilet_gap[site.index])


def short_name(name, characters=NAME_CHARACTERS):
    """``name`` cut to ``characters`` with an ellipsis, so a table row stays one line."""
    name = " ".join(str(name).split())
    return name if len(name) <= characters else name[:characters - 1].rstrip() + "\u2026"


def _known(value):
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _add(current, value):
    if not _known(value):
        return current
    return value if not _known(current) else current + value
