"""What a site plan is drawn with: the user's design options, and the design
(the standards profile's figures, or the options' where given), checked."""
import math
import numbers
from dataclasses import dataclass

from ..common.errors import InputError
from ..common.standards import DEFAULT_PROFILE, check_phase, load_profile


def default_wet_threshold(profile=None):
    """The depth above which land is flood-prone when none is given: the
    standards profile's flood_wet_depth_m, as flood exposure and WASH read it."""
    return (profile or load_profile(DEFAULT_PROFILE)).value("flood_wet_depth_m")


MAX_ALTERNATIVES = 16  # variants planned at most per site (a guard on run time, method setting)
# m of vehicle road per person that would cancel a plan's score (alternatives.py; method setting)
ROAD_METRES_SCALE = 10.0


def check_alternatives(count):
    """``count`` as an int; InputError unless a whole number from 1 to
    MAX_ALTERNATIVES (variants of alternatives.py planned per site)."""
    if isinstance(count, bool) or not isinstance(count, numbers.Real) or not math.isfinite(count) \
            or not float(count).is_integer() or not 1 <= count <= MAX_ALTERNATIVES:
        raise InputError("ALTERNATIVES must be a whole number from 1 to %d (variants planned per site), "
                         "got %r", MAX_ALTERNATIVES, count)
    return int(count)


class NoBuildableLand(InputError):
    """The site has no land left to build on."""


@dataclass
class LayoutOptions:
    """Design inputs. 0 for a figure means: from the standards profile (or
    derived from it, for the plot size)."""
    path_width: float
    setback: float
    population: float = 0.0
    household_size: float = 0.0
    plot_width: float = 0.0
    plot_depth: float = 0.0
    road_width: float = 0.0
    orientation: float = None  # azimuth of the plot rows in degrees; None = auto
    phase: str = "emergency"
    wet_threshold: float = 0.0
    max_slope_pct: float = 0.0
    communities_per_block: int = 0  # 0: the profile's (alternatives.py varies it)
    entrance_shift: float = 0.0  # of each gate's share of its side, from its middle (alternatives.py)
    # taps a tapstand holds at most: a design choice (no standard gives one), 4 by default
    taps_per_tapstand: int = 4


@dataclass(frozen=True)
class Design:
    """The figures the plan is laid out with (metres unless said)."""
    profile: object  # the StandardsProfile
    options: LayoutOptions
    household_size: float  # people per plot
    area_figure: object  # the Figure site_area_m2_per_person
    lane: float  # between communities (cluster spacing)
    road: float  # between blocks
    firebreak: float
    firebreak_spacing: float  # longest built-up stretch between firebreaks
    shelter_spacing: float  # from a shelter to its plot's edges
    shelter_side: float  # of the square shelter footprint
    max_slope: float  # % ; steeper land is not built on
    primary: float  # width of the primary loop, entrance roads and crossings
    entrance_reach: object  # the Figure max_distance_to_entrance_m
    flood_buffer: float  # between flood-prone land and plots
    latrine_flood_buffer: float  # between flood-prone land and latrine blocks
    households_per_community: int
    communities_per_block: int
    blocks_per_sector: int

    @property
    def smallest_plot(self):
        return self.shelter_side + 2.0 * self.shelter_spacing

    @property
    def plot_size_given(self):
        return bool(self.options.plot_width and self.options.plot_depth)

    def dimensions(self, size):
        """(width, depth) of plots for the free size ``size``."""
        return self.options.plot_width or size, self.options.plot_depth or size

    def value(self, key):
        return self.profile.value(key)


MODULES = ("households_per_community", "communities_per_block", "blocks_per_sector")


def design_for(profile, options):
    """The Design of ``options`` under ``profile``; InputError for options
    or figures a plan cannot be drawn with."""
    check_phase(options.phase)
    for name in ("path_width", "setback", "population", "household_size", "plot_width",
                 "plot_depth", "road_width", "max_slope_pct"):
        number = getattr(options, name)
        if number is None or not math.isfinite(number) or number < 0:
            raise InputError("%s must be a number of 0 or more, got %r", name.upper(), number)
    if not options.taps_per_tapstand or options.taps_per_tapstand < 1:
        raise InputError("TAPS_PER_TAPSTAND must be a whole number of 1 or more, got %r", options.taps_per_tapstand)
    value = profile.value
    household_size = options.household_size or value("people_per_household")
    figures = dict(
        area_figure=profile.figure("site_area_m2_per_person"), lane=value("cluster_spacing_m"),
        road=options.road_width or value("block_spacing_m"), firebreak=value("firebreak_width_m"),
        firebreak_spacing=value("firebreak_spacing_m"), shelter_spacing=value("shelter_spacing_m"),
        shelter_side=math.sqrt(value("covered_area_m2_per_person") * household_size),
        max_slope=options.max_slope_pct or value("max_slope_pct"), primary=value("primary_road_width_m"),
        entrance_reach=profile.figure("max_distance_to_entrance_m"),
        flood_buffer=value("min_distance_plot_to_flood_m"),
        latrine_flood_buffer=value("min_distance_latrine_to_flood_m"))
    for key in MODULES:
        if value(key) < 1:
            raise InputError("Figure '%s' of profile %s must be 1 or more", key, profile.id)
    modules = {key: int(round(value(key))) for key in MODULES}
    if options.communities_per_block:
        modules["communities_per_block"] = int(options.communities_per_block)
    design = Design(profile, options, household_size, **figures, **modules)
    _check_plot_size(design)
    return design


def _check_plot_size(design):
    for name, size in (("PLOT_WIDTH", design.options.plot_width), ("PLOT_DEPTH", design.options.plot_depth)):
        if size and size < design.smallest_plot - 1e-9:
            raise InputError(
                "%s of %g m is too small: a shelter of %.1f m2 (%g m2 per person x %g people) "
                "with %g m to the plot edges needs plots of at least %.1f m",
                name, size, design.shelter_side ** 2, design.value("covered_area_m2_per_person"),
                design.household_size, design.shelter_spacing, design.smallest_plot)
