"""Standards profiles: Sphere / UNHCR figures as data, each with its source.

A profile is a JSON file (resources/standards/*.json). Algorithms never carry
a figure in code: they ask the profile, and the profile answers with the
value, the comparison the standard uses (< 500 m is not <= 500 m), the source
and how sure we are of it. The site layout's zoning rules (where services
go) are figures too, in a "zoning" object beside "figures". A profile may
name a ``fallback`` profile for the figures it does not set (Sphere sets no
school ratio, UNHCR no hand-pump capacity); a borrowed figure keeps its own
source.
"""
import json
import math
import operator
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .resources import resource_dir


STANDARDS_DIR = resource_dir("standards")
BUILTIN_PROFILES = ("sphere_2018", "unhcr")
DEFAULT_PROFILE = "sphere_2018"
CONFIDENCE_LEVELS = ("verified", "secondary", "unverified")

COMPARISONS = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "=": lambda measured, limit: abs(measured - limit) <= ROUNDING_SLACK * max(1.0, abs(limit)),
}
# Relative rounding slack and the side it moves each limit to: strict
# comparisons fail within rounding of the limit, inclusive ones pass.
ROUNDING_SLACK = 1e-6
SLACK_SIDE = {"<": -1, "<=": 1, ">": 1, ">=": -1, "=": 0}

# Which figure sets each capacity: toilets by the phase of the response,
# water points by their kind (see common.vocabulary.WATER_KINDS).
PHASES = ("emergency", "medium_term")
TOILET_FIGURE = {"emergency": "people_per_toilet_emergency",
                 "medium_term": "people_per_toilet_medium_term"}
WATER_CAPACITY_FIGURE = {"tap": "people_per_tap", "handpump": "people_per_handpump",
                         "well": "people_per_open_well"}


def check_phase(phase):
    if phase not in PHASES:
        raise InputError("Phase must be one of %s, got %r", ", ".join(PHASES), phase)


# Every figure an algorithm may ask for. A profile (with its fallback) must
# carry all of them, so a user's edited copy fails on loading, not mid-run.
REQUIRED_FIGURES = (
    "people_per_tap",
    "people_per_handpump",
    "people_per_open_well",
    "max_distance_to_water_m",
    "people_per_toilet_emergency",
    "people_per_toilet_medium_term",
    "female_to_male_toilet_ratio",
    "max_distance_to_toilet_m",
    "min_distance_toilet_to_water_m",
    "covered_area_m2_per_person",
    "site_area_m2_per_person",
    "firebreak_width_m",
    "firebreak_spacing_m",
    "shelter_spacing_m",
    "cluster_spacing_m",
    "block_spacing_m",
    "max_slope_pct",
    "slope_ideal_min_pct",
    "slope_ideal_max_pct",
    "people_per_household",
    "households_per_community",
    "communities_per_block",
    "blocks_per_sector",
    "people_per_health_centre",
    "people_per_school",
    "people_per_market",
    "people_per_distribution_point",
    "flood_wet_depth_m",
    "primary_road_width_m",
    "max_distance_to_entrance_m",
    "min_distance_plot_to_flood_m",
    "min_distance_latrine_to_flood_m",
)


class ProfileError(InputError):
    """A standards profile that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Figure:
    key: str
    value: float
    unit: str
    comparison: str
    source: str
    confidence: str
    note: str = ""
    source_file: str = ""

    def complies(self, measured):
        """True when ``measured`` (a number or an array) meets this figure
        (499 m < 500 m). A measurement within floating-point rounding of the
        figure counts as equal to it: a plan built to exactly 4.5 m2 per
        person passes ">= 4.5" even when its sums come to 4.4999999."""
        slack = ROUNDING_SLACK * max(1.0, abs(self.value))
        return COMPARISONS[self.comparison](measured, self.value + SLACK_SIDE[self.comparison] * slack)

    def describe(self):
        """'< 500 m (Sphere 2018, WASH standard 2.1) [secondary]'."""
        marker = "" if self.confidence == "verified" else " [%s]" % self.confidence
        value = ("%g" % self.value)
        return "%s %s %s (%s)%s" % (self.comparison, value, self.unit, self.source, marker)


class StandardsProfile:
    def __init__(self, profile_id, title, edition, figures, origin):
        self.id = profile_id
        self.title = title  # {"en": ..., "fr": ...}
        self.edition = edition
        self.figures = figures  # key -> Figure
        self.origin = origin  # the file it was read from

    def figure(self, key):
        try:
            return self.figures[key]
        except KeyError:
            raise ProfileError(
                "Standards profile '%s' has no figure '%s'; add it to %s", self.id, key, self.origin) from None

    def value(self, key):
        return self.figure(key).value

    def title_in(self, language):
        return self.title.get(language) or self.title.get("en") or self.id

    def __repr__(self):
        return "StandardsProfile(%r, %d figures)" % (self.id, len(self.figures))


def profile_path(name):
    return STANDARDS_DIR / ("%s.json" % name)


def load_profile(name_or_path=DEFAULT_PROFILE):
    """Load a built-in profile by id ('sphere_2018', 'unhcr') or a user file."""
    path = _resolve(name_or_path)
    document, figures = _parsed(path)
    figures = dict(figures)
    fallback = document.get("fallback")
    if fallback:
        fallback_path = _resolve(fallback, relative_to=path.parent)
        for key, figure in _parsed(fallback_path)[1].items():
            figures.setdefault(key, figure)
    missing = [key for key in REQUIRED_FIGURES if key not in figures]
    if missing:
        raise ProfileError(
            "Standards profile %s is missing the figure(s) %s. Copy them from %s "
            "with their source, or name a 'fallback' profile.", path, ", ".join(missing),
            profile_path(DEFAULT_PROFILE))
    for key in REQUIRED_FIGURES:
        if figures[key].value <= 0:
            raise ProfileError("Standards profile %s, figure '%s': 'value' must be greater "
                               "than zero, got %g", figures[key].source_file, key, figures[key].value)
    title = document.get("title") or {"en": str(document.get("id", path.stem))}
    title = {"en": title} if isinstance(title, str) else title
    if isinstance(title, dict):
        title = dict(title)  # the cached document's own stays as read
    return StandardsProfile(str(document.get("id", path.stem)), title,
                            str(document.get("edition", "")), figures, path)


# (path, modification time, size) -> (document, figures) of a profile file read
# already: every algorithm's help and parameters ask for the profiles when the
# plugin loads. Figures are frozen; each load_profile hands out its own dicts.
_PARSED = {}


def _parsed(path):
    try:
        status = os.stat(path)
        key = (str(path), status.st_mtime_ns, status.st_size)
    except OSError:
        key = None  # _read_json says why
    parsed = _PARSED.get(key)
    if parsed is None:
        document = _read_json(path)
        parsed = document, _parse_figures(document, path)
        if key is not None:
            _PARSED[key] = parsed
    return parsed


def _resolve(name_or_path, relative_to=None):
    text = str(name_or_path).strip()
    if text in BUILTIN_PROFILES or (not text.endswith(".json") and profile_path(text).exists()):
        return profile_path(text)
    path = Path(text)
    if not path.is_absolute() and relative_to is not None and not path.exists():
        path = relative_to / path
    if not path.exists():
        raise ProfileError(
            "Standards profile '%s' not found: give 'sphere_2018', 'unhcr' or the path "
            "of a .json profile file", text)
    return path


def _read_json(path):
    try:
        with open(path, encoding="utf-8-sig") as stream:
            document = json.load(stream)
    except json.JSONDecodeError as error:
        raise ProfileError("Standards profile %s is not valid JSON (line %d, column %d: %s)", path,
                           error.lineno, error.colno, error.msg) from None
    except OSError as error:
        raise ProfileError("Standards profile %s cannot be read: %s", path, error) from None
    if not isinstance(document, dict) or not isinstance(document.get("figures"), dict):
        raise ProfileError("Standards profile %s has no 'figures' object", path)
    return document


def _parse_figures(document, path):
    """The figures of ``document``: its "figures" and its "zoning" rules (the
    site layout's placement rules, figures like the others)."""
    figures = {}
    zoning = document.get("zoning", {})
    if not isinstance(zoning, dict):
        raise ProfileError("Standards profile %s: 'zoning' must be an object of rules like 'figures'", path)
    for key, entry in list(document["figures"].items()) + list(zoning.items()):
        where = "Standards profile %s, figure '%s'" % (path, key)
        if not isinstance(entry, dict):
            raise ProfileError("%s must be an object with 'value' and 'source'", where)
        value = entry.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ProfileError("%s: 'value' must be a number, got %r", where, value)
        if value < 0:
            raise ProfileError("%s: 'value' must not be negative, got %r", where, value)
        comparison = entry.get("comparison", "<=")
        if comparison not in COMPARISONS:
            raise ProfileError("%s: 'comparison' must be one of %s, got %r", where, " ".join(COMPARISONS),
                               comparison)
        confidence = entry.get("confidence", "verified")
        if confidence not in CONFIDENCE_LEVELS:
            raise ProfileError("%s: 'confidence' must be one of %s, got %r", where,
                               ", ".join(CONFIDENCE_LEVELS), confidence)
        source = entry.get("source")
        if not source:
            raise ProfileError("%s has no 'source': every figure names where it comes from", where)
        figures[key] = Figure(key, float(value), str(entry.get("unit", "")), comparison,
                              str(source), confidence, str(entry.get("note", "")), str(path))
    return figures


@dataclass(frozen=True)
class HazardClass:
    name: dict  # {"en": ..., "fr": ...}
    max_depth_m: float  # upper bound (min < depth <= max); inf for the last class

    def name_in(self, language):
        return self.name.get(language) or self.name.get("en")


@dataclass(frozen=True)
class HazardScheme:
    key: str
    title: dict
    source: str
    confidence: str
    classes: tuple  # of HazardClass, by increasing depth

    def thresholds(self):
        """Upper bounds of every class but the last, for np.digitize."""
        return [c.max_depth_m for c in self.classes[:-1]]


HAZARD_SCHEMES_FILE = STANDARDS_DIR / "flood_classes.json"


def load_hazard_schemes(path=HAZARD_SCHEMES_FILE):
    """The flood depth class schemes, by key, and the key of the default one."""
    with open(path, encoding="utf-8") as stream:
        document = json.load(stream)
    schemes = {}
    for key, entry in document["schemes"].items():
        classes = tuple(HazardClass(c["name"], math.inf if c["max_depth_m"] is None
                                    else float(c["max_depth_m"])) for c in entry["classes"])
        schemes[key] = HazardScheme(key, entry["title"], entry["source"],
                                    entry.get("confidence", "verified"), classes)
    return schemes, document["default_scheme"]


def scheme_of_class_names(names_by_rank, schemes):
    """The scheme (of ``schemes``, by key) whose class of each rank of
    ``names_by_rank`` ({rank: name, in any language}) bears that name: the
    scheme a flood output read back from a file was made with. None when no
    name is given or no scheme has them all (a user's own thresholds)."""
    if not names_by_rank:
        return None
    for scheme in schemes.values():
        if all(0 <= rank < len(scheme.classes) and name in scheme.classes[rank].name.values()
               for rank, name in names_by_rank.items()):
            return scheme
    return None


def custom_hazard_scheme(text):
    """A scheme from thresholds typed by a user: "0.1,0.5,1.5" gives four classes."""
    try:
        bounds = [float(part.replace(" ", "")) for part in str(text).replace(";", ",").split(",")
                  if part.strip()]
    except ValueError:
        raise ProfileError("Class thresholds must be numbers in metres separated by commas, "
                           "such as 0.1,0.5,1.5; got %r", text) from None
    if not bounds or any(b <= 0 or not math.isfinite(b) for b in bounds) or bounds != sorted(set(bounds)):
        raise ProfileError("Class thresholds must be positive depths in metres in increasing "
                           "order, such as 0.1,0.5,1.5; got %r", text)
    classes, lower = [], 0.0
    for bound in bounds + [math.inf]:
        if math.isinf(bound):
            label = {"en": "over %g m" % lower, "fr": ("plus de %g m" % lower).replace(".", ",")}
        else:
            label = {"en": "%g-%g m" % (lower, bound), "fr": ("%g-%g m" % (lower, bound)).replace(".", ",")}
        classes.append(HazardClass(label, bound))
        lower = bound
    return HazardScheme("custom", {"en": "Custom thresholds %s m" % text,
                                   "fr": "Seuils personnalisés %s m" % text},
                        "user thresholds", "verified", tuple(classes))
