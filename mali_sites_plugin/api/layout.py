"""Site plans of GeoDataFrames: the layout of malisites:sitelayout."""
from dataclasses import dataclass, field

import pandas as pd
from shapely.geometry import Point

from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from ..common.rasters import RasterInput
from ..common.standards import DEFAULT_PROFILE
from ..layout import tables
from ..layout.options import LayoutOptions, default_wet_threshold
from ..layout.plan import Facility
from ..layout.sites import SiteRequest, plan_each, site_label, site_people, union
from .frames import back_to, geometries_in, new_frame, require_frame, standards_profile, values

_TABLES = (tables.PLOTS, tables.SHELTERS, tables.FACILITIES, tables.ROADS, tables.FIREBREAKS, tables.BLOCKS,
           tables.EXCLUDED, tables.PATHS, tables.DRAINS)


@dataclass
class SiteLayout:
    """The outputs of plan_site, as the Processing algorithm writes them;
    every frame starts with site_id and is in the site frame's CRS."""
    plots: object  # GeoDataFrame: plot_id, community_id, block_id, sector_id, households, people, use, area_m2
    shelters: object  # GeoDataFrame: plot_id, people, area_m2 (footprints)
    facilities: object  # GeoDataFrame of points: facility_id, kind, capacity, people_served, cubicles, ...
    roads: object  # GeoDataFrame: road_class, width_m, area_m2
    firebreaks: object  # GeoDataFrame: width_m, area_m2
    blocks: object  # GeoDataFrame: block_id, ..., people, area_m2, mean_slope_pct, max_slope_pct, slope_class
    excluded: object  # GeoDataFrame: reason, area_m2 (land left out)
    paths: object  # GeoDataFrame of lines: road_class, kind, width_m, length_m (circulation centrelines)
    drains: object  # GeoDataFrame of lines from high to low: kind, length_m, fall_m, slope_pct, outfall_id (DEM)
    plans: list  # layout.plan.SitePlan per site planned (checks, messages, statistics)
    metric_crs: list  # the pyproj CRS each plan was drawn in
    skipped: list  # layout.sites.SiteOutcome of the sites without buildable land
    totals: dict  # capacity_people, planned_people, unplaced_people, plots, usable_area_m2, ...
    checks: dict  # {figure key: 'pass', 'fail' or 'n/a'} over all plans
    variants: list = field(default_factory=list)  # per plan: its layout.alternatives.Variant list ([] for 1)


def plan_site(site, population=0.0, *, population_column=None, site_id_column=None, exclusions=None,
              hazard=None, dem=None, roads=None, household_size=0.0, phase="emergency", plot_width=0.0,
              plot_depth=0.0, road_width=0.0, path_width=3.0, setback=5.0, orientation=None,
              wet_threshold=None, max_slope_pct=0.0, taps_per_tapstand=4, profile=DEFAULT_PROFILE, alternatives=1,
              monitor=NO_MONITOR):
    """Lay out plots, shelters, roads, firebreaks and facilities on each site polygon.

    Parameters
    ----------
    site : GeoDataFrame of polygons, one plan per row (holes are left out).
    population : people to place on each site; 0 plans for its capacity.
        ``population_column`` wins where it holds a number of 0 or more.
    site_id_column : written as site_id; None: the row's index label.
    exclusions : GeoDataFrame of polygons not to build on, optional.
    hazard, dem : raster path or common.rasters.RasterInput (band 1), optional:
        flood depth in metres (cells deeper than ``wet_threshold`` metres are
        not built on; None: the upper bound of the first class of the
        default flood class scheme, 0.1 m) and elevation in metres (cells
        steeper than ``max_slope_pct`` %, 0: the profile's, are not built on).
    roads : GeoDataFrame of existing roads (lines): the entrance faces them.
    household_size : people per plot; 0: the profile's people_per_household.
    phase : 'emergency' or 'medium_term' (people per toilet).
    plot_width, plot_depth : metres; 0 derives them from the profile's
        site_area_m2_per_person. road_width: metres between blocks; 0: block_spacing_m.
    path_width, setback : metres (design choices, not standard figures).
    orientation : azimuth of the plot rows in degrees from grid north; None: the site's long side.
    taps_per_tapstand : taps a tapstand holds at most (a design choice, no standard gives one).
    profile : 'sphere_2018' (default), 'unhcr', a .json path or a StandardsProfile.
    alternatives : variants planned per site (1 to layout.options.MAX_ALTERNATIVES, 16):
        orientation, communities per block and entrance place changed, each
        planned in full; the best by the score of layout.alternatives is
        returned (``variants`` lists them all). 1: the plan of the defaults.

    CRS: inputs in any CRS. Each site is planned in metres in its frame's
    CRS when projected in metres, else in the UTM zone of the site's centre
    (``metric_crs``); exclusions and roads are reprojected to it; the
    outputs are back in the site frame's CRS.

    Returns a SiteLayout. Raises InputError for a frame that is not a
    GeoDataFrame, is empty, has no CRS, lacks a named column or holds the
    wrong geometry type, for options a plan cannot be drawn with, for site
    ids given to two sites, overlapping sites and a site beyond the limits
    of layout.limits (area, people), and
    NoBuildableLand (an InputError) when a single site, or no site, has land
    to build on.
    """
    require_frame(site, "site", ("polygon",), [population_column, site_id_column])
    profile = standards_profile(profile)
    options = LayoutOptions(
        path_width=path_width, setback=setback, household_size=household_size, plot_width=plot_width,
        plot_depth=plot_depth, road_width=road_width, phase=phase,
        orientation=None if orientation is None or orientation < 0 else orientation % 180.0,
        wet_threshold=default_wet_threshold(profile) if wet_threshold is None else wet_threshold,
        max_slope_pct=max_slope_pct, taps_per_tapstand=taps_per_tapstand)
    outcomes = list(plan_each(_requests(site, population, population_column, site_id_column), site.crs,
                              profile, options, _layers_in(exclusions, roads),
                              _raster(hazard), _raster(dem), monitor,
                              "site_id_column '%s'" % site_id_column if site_id_column else "the frame's index",
                              alternatives))
    planned = [outcome for outcome in outcomes if outcome.plan is not None]
    plans = [outcome.plan for outcome in planned]
    frames = [_frame(table, planned, site.crs) for table in _TABLES]
    skipped = [outcome for outcome in outcomes if outcome.plan is None]
    return SiteLayout(*frames, plans, [outcome.metric_crs for outcome in planned], skipped,
                      tables.totals(plans, sum(outcome.site.people for outcome in skipped)),
                      tables.check_verdicts(plans), [outcome.variants for outcome in planned])


def _requests(site, population, population_column, site_id_column):
    """SiteRequest per row with a usable polygon."""
    labels, people = values(site, site_id_column), values(site, population_column)
    requests = []
    for index, geometry, label, value in zip(site.index, geometries_in(site, "polygon"), labels, people):
        if geometry is not None:
            requests.append(SiteRequest(site_label(label, index), geometry,
                                        site_people(value, population)[0] if population_column else population))
    if not requests:
        raise InputError("No site has a usable polygon: check the geometries of the site frame")
    return requests


def _layers_in(exclusions, roads):
    """layers_in(metric CRS) of plan_each: the exclusion polygons and the union of the roads in it."""
    if exclusions is not None:
        require_frame(exclusions, "exclusions", ("polygon",))
    if roads is not None:
        require_frame(roads, "roads", ("line",))

    def layers_in(metric):
        polygons = [g for g in geometries_in(exclusions, "polygon", metric) if g is not None] \
            if exclusions is not None else []
        lines = union([g for g in geometries_in(roads, "line", metric) if g is not None]) \
            if roads is not None else None
        return polygons, lines
    return layers_in


def _raster(raster):
    if raster is None or isinstance(raster, RasterInput):
        return raster
    return RasterInput(str(raster), 1)


def _frame(table, outcomes, crs):
    """One output of all plans (plan_each yields at least one), in ``crs``."""
    frames = []
    for outcome in outcomes:
        records = getattr(outcome.plan, table.attribute)
        shapes = [Point(record.xy) if isinstance(record, Facility) else record.geometry for record in records]
        frames.append(new_frame(table.columns(outcome.plan), back_to(shapes, outcome.metric_crs, crs), crs))
    return pd.concat(frames, ignore_index=True)
