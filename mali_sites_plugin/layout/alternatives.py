"""Alternatives: several variants of one site's plan, each planned in full by
plan_site, and the best by a stated score kept.

A variant changes, from the plan the site gets by default, the orientation
of the plot rows (the default one, perpendicular to it, then the steps in
between), the block size (communities per block: the profile's, then three
quarters and half of it; never more than the profile's) and the place of the
entrances along the side facing the public road (the middle of each gate's
share of the side, then a sixth of the share before and after it). Variants
come in order of how far they stray from the default: one thing changed
before two, the orientation before the block size before the entrance.

Score (people): people housed x (share of the households within the walking
distances of both water and toilet - vehicle road metres per person /
ROAD_METRES_SCALE). People housed come first (that is what the land is
for); a household beyond the standard's walking distance counts for nothing;
every ROAD_METRES_SCALE m of primary and secondary road (to build, drain and
keep) costs one person housed to standard.

Kept: the variant that fails the fewest of the plan's checks against the
standard (a standard is not traded for people or road: on the sample site S02
the variant with 74 more people had its farthest household 1,123 m from an
entrance), then the highest score; of equal ones the variant listed first, so
the default plan stays unless another is better.
"""
from dataclasses import dataclass, replace

import numpy as np

from ..common.errors import InputError
from ..common.network import PathNetwork
from ..common.progress import NO_MONITOR
from ..common.wkb import centroids
from .measure import SNAP_ANY
from .options import ROAD_METRES_SCALE, check_alternatives
from .planner import plan_site

ORIENTATION_STEPS = (0.0, 90.0, 45.0, 135.0, 22.5, 67.5, 112.5, 157.5)  # degrees from the default
BLOCK_SHARES = (1.0, 0.75, 0.5)  # of the profile's communities per block
ENTRANCE_SHIFTS = (0.0, -1.0 / 6.0, 1.0 / 6.0)  # of each gate's share of the side, from its middle
VEHICLE_CLASSES = ("primary", "secondary")


@dataclass
class Variant:
    """One variant of a site's plan and its score."""
    number: int  # 1 = the default plan
    orientation_deg: float  # azimuth of the plot rows (degrees from grid north)
    communities_per_block: int
    entrance_shift: float  # ENTRANCE_SHIFTS: 0 = the middle of each gate's share
    plan: object = None  # SitePlan; None when this variant could not be planned
    error: str = None  # why not
    people: float = 0.0  # housed
    households: int = 0
    within_share: float = 0.0  # of the households within walking distance of water and toilet
    road_m_per_person: float = 0.0  # primary and secondary centrelines / people housed
    checks_failed: int = 0
    score: float = -np.inf
    chosen: bool = False


def variant_settings(count, communities):
    """The first ``count`` (orientation step, communities per block, entrance
    shift) of a site whose profile has ``communities`` per block."""
    blocks = sorted({max(1, int(round(communities * share))) for share in BLOCK_SHARES}, reverse=True)
    indices = [(o, b, e) for o in range(len(ORIENTATION_STEPS)) for b in range(len(blocks))
               for e in range(len(ENTRANCE_SHIFTS))]
    indices.sort(key=lambda t: (sum(t), sum(1 for i in t if i), [-i for i in t]))
    return [(ORIENTATION_STEPS[o], blocks[b], ENTRANCE_SHIFTS[e]) for o, b, e in indices[:count]]


def plan_alternatives(site, profile, options, crs, count, monitor=NO_MONITOR, **inputs):
    """(the chosen SitePlan, [Variant]) of ``count`` variants of plan_site
    (same arguments; ``inputs``: exclusions, hazard, dem, roads, label). The
    default variant's errors are raised; another variant that cannot be
    planned is listed with its error."""
    count = check_alternatives(count)
    communities = int(round(profile.value("communities_per_block")))
    variants, base = [], None
    for number, (step, block, shift) in enumerate(variant_settings(count, communities), start=1):
        monitor.check()
        part = monitor.part((number - 1) / count, number / count)
        # the first variant is the plan of ``options`` as they are; the others turn from its orientation
        azimuth = options.orientation if base is None else (base + step) % 180.0
        variant_options = replace(options, orientation=azimuth, communities_per_block=block,
                                  entrance_shift=shift)
        variant = Variant(number, azimuth, block, shift)
        try:
            variant.plan = plan_site(site, profile, variant_options, crs, monitor=part, **inputs)
        except InputError as error:
            if number == 1:
                raise
            variant.error = str(error)
        if variant.plan is not None:
            variant.orientation_deg = variant.plan.orientation_deg
            score_variant(variant, profile)
        if base is None:
            base = variant.plan.orientation_deg
        variants.append(variant)
    best = min((v for v in variants if v.plan is not None), key=ranking)  # the first of equals
    best.chosen = True
    monitor.progress(1.0)
    return best.plan, variants


def ranking(variant):
    """What variants are kept by, smallest first: checks failed, then the score (highest)."""
    return variant.checks_failed, -variant.score


def score_variant(variant, profile):
    """Fill ``variant``'s measures and score from its plan's outputs."""
    plan = variant.plan
    variant.people, variant.checks_failed = plan.planned_people, plan.checks_failed
    homes = centroids([p.geometry for p in plan.plots if p.people > 0])
    variant.households = len(homes)
    roads = sum(p.geometry.length for p in plan.paths if p.road_class in VEHICLE_CLASSES)
    variant.road_m_per_person = roads / plan.planned_people if plan.planned_people > 0 else 0.0
    variant.within_share = within_share(plan, homes, profile)
    variant.score = plan_score(variant.people, variant.within_share, variant.road_m_per_person)


def plan_score(people, within, road_m_per_person):
    """The score of a plan housing ``people``, ``within`` (share of its
    households within walking distance), ``road_m_per_person``."""
    return people * (within - road_m_per_person / ROAD_METRES_SCALE)


def within_share(plan, homes, profile):
    """Share of the households at ``homes`` ((n, 2) metric points) within the
    walking distances of water and toilet along the plan's OUTPUT_PATHS
    (points attached to the nearest centreline, as malisites:washcoverage
    attaches them); 0 without paths or homes."""
    if not len(homes) or not plan.paths:
        return 0.0
    network = PathNetwork([p.geometry for p in plan.paths])
    home_snap = network.snap(homes, SNAP_ANY)
    within = np.ones(len(homes), dtype=bool)
    for kind, key in (("water_point", "max_distance_to_water_m"), ("latrine_block", "max_distance_to_toilet_m")):
        points = [f.xy for f in plan.facilities if f.kind == kind]
        if not points:
            return 0.0
        distance = network.nearest_facility(network.snap(np.array(points), SNAP_ANY), home_snap)[0]
        within &= np.asarray(profile.figure(key).complies(distance), dtype=bool)
    return float(within.mean())
