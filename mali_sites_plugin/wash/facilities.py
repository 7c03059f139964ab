"""The facilities a WASH audit measures households to: water points and
latrines as points with the people each may serve under the standard."""
from dataclasses import dataclass

import numpy as np

from ..common.errors import InputError
from ..common.standards import TOILET_FIGURE, WATER_CAPACITY_FIGURE


@dataclass
class Facilities:
    """Points of one kind of facility, in the metric CRS of the shelters."""
    xy: np.ndarray
    capacity: np.ndarray  # people each may serve under the standard
    functional: np.ndarray  # bool
    kinds: list = None  # water points: common.vocabulary.WATER_KINDS, one per point
    # latrines: per point, the number of the block it is a compartment of; the compartments of a
    # block share its load (None: every point stands alone)
    blocks: np.ndarray = None

    def __post_init__(self):
        self.xy = np.asarray(self.xy, dtype=float).reshape(-1, 2)
        self.capacity = np.asarray(self.capacity, dtype=float)
        self.functional = np.asarray(self.functional, dtype=bool)

    def block_of(self):
        """Per point, the number of its block (a point alone is a block of its own)."""
        return np.arange(len(self)) if self.blocks is None else self.blocks

    def __len__(self):
        return len(self.xy)


def water_point_facilities(xy, kinds, functional, profile, taps=None):
    """Water points of the given kinds (common.vocabulary.WATER_KINDS), each
    serving the profile's people per tap, hand pump or open well; with
    ``taps`` (per point, None or 0 for one), a tapstand serves that many
    times the people per tap."""
    kinds = list(kinds)
    capacity = np.array([profile.value(WATER_CAPACITY_FIGURE[kind]) for kind in kinds], dtype=float)
    if taps is not None:
        count = np.array([t if t and kind == "tap" else 1 for t, kind in zip(taps, kinds)], dtype=float)
        capacity = capacity * count
    return Facilities(xy, capacity, functional, kinds)


def latrine_facilities(xy, cubicles, functional, profile, phase, blocks=None):
    """Latrines serving the profile's people per toilet of the phase, per
    cubicle; a latrine of 0 cubicles has no toilet and serves nobody (as a
    latrine out of order: it is nobody's nearest toilet). ``blocks``: per
    latrine, the block it is a compartment of (latrines sharing a value
    share one load, such as the female and male compartments of a block;
    None or '' stands alone)."""
    cubicles = np.asarray(cubicles, dtype=float)
    bad = ~(np.isfinite(cubicles) & (cubicles >= 0))
    if bad.any():
        raise InputError("Latrine cubicle counts must be whole numbers of 0 or more, found %s: fix the cubicles",
                         ", ".join("%g" % c for c in cubicles[bad][:5]))
    functional = np.asarray(functional, dtype=bool) & (cubicles > 0)
    return Facilities(xy, cubicles * profile.value(TOILET_FIGURE[phase]), functional,
                      blocks=None if blocks is None else block_numbers(blocks))


def block_numbers(values):
    """Per value, a number shared by equal values; None and '' are each a number of their own."""
    numbers, shared = [], {}
    for k, value in enumerate(values):
        alone = value is None or (isinstance(value, str) and not value.strip())
        numbers.append(len(values) + k if alone else shared.setdefault(value, len(shared)))
    return np.asarray(numbers, dtype=int)


def gendered_cubicles(gender_classes, cubicles):
    """(female, male) cubicles per latrine from one gender per latrine."""
    kinds = np.asarray(gender_classes)
    cubicles = np.asarray(cubicles, dtype=float)
    return np.where(kinds == "female", cubicles, 0.0), np.where(kinds == "male", cubicles, 0.0)


def sharing_a_point(xy):
    """How many of the points stand at the same place as another (to the
    centimetre): latrines that may be the compartments of one block."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    _, inverse, counts = np.unique(np.round(xy, 2), axis=0, return_inverse=True, return_counts=True)
    return int((counts[inverse.ravel()] > 1).sum())
