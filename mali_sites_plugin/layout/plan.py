"""What plan_site returns: the SitePlan and its records. Geometries are
shapely polygons in the site's metric CRS; ids count from 1 in reading order
(top left first in the plan's frame)."""
import math
from dataclasses import dataclass, field

HOUSEHOLD, VACANT = "household", "vacant"  # plot uses besides the facility kinds
WATER, LATRINE, ENTRANCE = "water_point", "latrine_block", "entrance"
# why land is left out of the plan
SETBACK, EXCLUSION, FLOOD, SLOPE, LEFTOVER = "setback", "exclusion", "flood", "slope", "leftover"
REASONS = (SETBACK, EXCLUSION, FLOOD, SLOPE, LEFTOVER)


@dataclass
class Plot:
    geometry: object
    plot_id: int
    community_id: int
    block_id: int
    sector_id: int
    households: int
    people: float
    use: str  # household, vacant or the kind of facility on it


@dataclass
class Shelter:
    geometry: object
    plot_id: int
    people: float
    area_m2: float


@dataclass
class Block:
    geometry: object  # envelope of its plots
    block_id: int
    sector_id: int
    communities: int
    plots: int
    households: int
    people: float
    mean_slope_pct: float = None  # of the DEM cells in it (None without a DEM)
    max_slope_pct: float = None
    slope_class: str = None  # terrain.slope_class: below_ideal, ideal, above_ideal or too_steep


@dataclass
class Road:
    geometry: object
    road_class: str  # primary, secondary, path or entrance
    width_m: float


@dataclass
class PathLine:
    """A centreline of the plan's circulation."""
    geometry: object  # LineString
    road_class: str  # primary, secondary, lane or path
    kind: str  # loop, entrance, crossing, road, firebreak, lane, path
    width_m: float


@dataclass
class Firebreak:
    geometry: object
    width_m: float


@dataclass
class ExcludedLand:
    geometry: object
    reason: str  # one of REASONS
    area_m2: float


@dataclass
class Facility:
    kind: str
    xy: tuple  # metric coordinates
    capacity: float = None  # people it may serve under the standard
    people_served: float = 0.0
    cubicles: int = None
    female_cubicles: int = None
    male_cubicles: int = None
    water_type: str = None
    plots: int = 0  # plots of land it takes
    facility_id: str = ""
    taps: int = None  # taps of a tapstand
    gender: str = None  # a latrine compartment: female or male
    block: str = None  # a latrine compartment: the facility_id of its block
    handwashing: int = None  # hand-washing points of a latrine compartment
    lighting: int = None  # lighting points of a latrine compartment
    units: int = None  # laundry slabs, refuse bins


@dataclass
class PlanStatistics:
    """Figures of the plan for its report (areas in m2, widths in m)."""
    plots_by_use: dict  # use -> plots
    plot_area_m2: float
    household_plot_area_m2: float
    facility_plot_area_m2: float
    vacant_plot_area_m2: float
    road_area_m2: dict  # road class -> area
    firebreak_area_m2: float
    excluded_area_m2: dict  # reason -> area
    community_shape: tuple  # (rows, plots per row)
    block_shape: tuple  # communities along x, along y
    sector_shape: tuple  # blocks along x, along y
    lane_width_m: float
    road_width_m: float
    path_width_m: float
    firebreak_width_m: float
    setback_m: float
    shelter_side_m: float
    cubicles: int
    female_cubicles: int
    male_cubicles: int
    water_points: int
    latrine_blocks: int
    services: dict  # kind -> count
    phase: str
    max_slope_pct: float
    plot_size_given: bool


@dataclass
class SitePlan:
    label: str
    orientation_deg: float  # azimuth of the plot rows, degrees clockwise from grid north
    plot_width: float
    plot_depth: float
    household_size: float
    plots: list  # Plot
    shelters: list  # Shelter
    blocks: list  # Block
    roads: list  # Road
    firebreaks: list  # Firebreak
    facilities: list  # Facility
    excluded: list  # ExcludedLand
    site_area_m2: float
    usable_area_m2: float
    capacity_people: float
    capacity_households: int
    planned_people: float
    planned_households: int
    requested_people: float
    paths: list = field(default_factory=list)  # PathLine
    drains: list = field(default_factory=list)  # drains.Drain (with a DEM)
    checks: list = field(default_factory=list)  # common.checks.Check
    messages: list = field(default_factory=list)  # common.notes.Note
    stats: PlanStatistics = None

    @property
    def unplaced_people(self):
        return max(self.requested_people - self.planned_people, 0.0) if self.requested_people else 0.0

    @property
    def area_per_person_m2(self):
        return self.usable_area_m2 / self.planned_people if self.planned_people > 0 else math.nan

    @property
    def checks_failed(self):
        return sum(1 for check in self.checks if not check.passed)

    def checks_passed(self):
        return all(check.passed for check in self.checks)
