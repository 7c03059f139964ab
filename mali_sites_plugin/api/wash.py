"""WASH coverage of GeoDataFrames: the audit of malisites:washcoverage."""
import warnings
from dataclasses import dataclass

import numpy as np
from shapely.geometry import Point
from shapely.ops import unary_union

from ..common import vocabulary
from ..common.columns import numbers_or_default
from ..common.crs import transform_xy
from ..common.errors import InputError
from ..common.geometry import point_locations
from ..common.progress import NO_MONITOR
from ..common.standards import DEFAULT_PROFILE, TOILET_FIGURE, check_phase
from ..wash.audit import assess
from ..wash.ids import duplicated, id_field
from ..wash.facilities import gendered_cubicles, latrine_facilities, sharing_a_point, water_point_facilities
from ..wash.tables import (facility_ids, flood_gap_table, gap_table, latrine_columns, shelter_columns, suggestion_table,
                           water_point_columns)
from .frames import (back_to, geometries_in, metric_crs_of, new_frame, require_frame, standards_profile,
                     values, with_columns)


@dataclass
class WashAudit:
    """The outputs of audit_wash, as the Processing algorithm writes them."""
    shelters: object  # GeoDataFrame: the input shelters + people, wp_id, wp_dist_m, wp_ok, lat_*, snap_m
    water_points: object  # GeoDataFrame: + wp_type, functional, assigned_people, capacity, load_pct, overloaded
    latrines: object  # GeoDataFrame (+ cubicles, gender, ..., near_water_m, contamination_risk) or None
    gaps: object  # GeoDataFrame of polygons: kind, standard_m, people, households, area_m2
    suggestions: object  # GeoDataFrame of points: kind, rank, facility_type, cubicles, people_served, households
    checks: list  # common.checks.Check of the site's figures against the profile
    summary: dict  # the figures the algorithm outputs (people, pct_within_water_distance, ...)
    metric_crs: object  # pyproj CRS distances were measured in
    result: object  # the core's wash.audit.WashResult
    duplicate_ids: dict = None  # {'water' / 'latrine' / 'shelter': (column, {id: features carrying it})}
    flood_gaps: object = None  # with flood scenarios: GeoDataFrame of each scenario's gaps (+ scenario); else None


@dataclass
class _Layer:
    frame: object
    xy: np.ndarray  # metric CRS; 0 where not located
    located: np.ndarray


def audit_wash(shelters, water_points, latrines=None, site=None, paths=None, *, population_column=None,
               household_size=0.0, water_id_column=None, water_type_column=None, default_water_type="tap",
               taps_column=None, functional_column=None, latrine_id_column=None, cubicles_column=None,
               gender_column=None, female_cubicles_column=None, male_cubicles_column=None,
               latrine_functional_column=None, latrine_block_column=None, phase="emergency", max_snap=50.0,
               suggest_water_points=-1, suggest_latrines=-1, profile=DEFAULT_PROFILE, monitor=NO_MONITOR,
               hazards=(), flood_extents=(), scenario_names=None, hazard_kind="depth", band=1, class_table=None,
               wet_threshold=None):
    """Audit WASH coverage: distances, facility loads, gaps and suggested facilities.

    Parameters
    ----------
    shelters : GeoDataFrame of points or polygons
        One row per household (shelter points or plot polygons); a polygon counts at its centroid, or a
        point on its surface when the centroid falls outside.
    water_points, latrines : GeoDataFrame of points (latrines optional)
    site : GeoDataFrame of polygons, optional
        The area for gaps and suggestions; None: the shelters' convex hull.
    paths : GeoDataFrame of lines, optional
        Walking distances along them; None: straight lines.
    population_column : people per shelter; rows without a value of 0 or more,
        or all rows without a column, count ``household_size`` (people; 0:
        the profile's people_per_household).
    water_id_column, latrine_id_column : written as wp_id / lat_id on the
        shelters; None: the column named like an id (wp_id, latrine_id, id,
        code...: wash.ids.id_field), else the row's index label.
    water_type_column : tap / handpump / well (robinet / pompe / puits...);
        unknown values take ``default_water_type`` ('tap', 'handpump' or
        'well'), which suggested water points also are.
    taps_column : taps per water point (whole number, default 1); a tapstand of n taps serves n x people per tap.
    functional_column, latrine_functional_column : yes/no, oui/non...;
        a facility not functional serves nobody.
    cubicles_column : toilets per latrine (whole number, default 1).
    gender_column : female / male / mixed (femmes / hommes / mixte); or
        female_cubicles_column and male_cubicles_column together, for the 3:1 check.
    latrine_block_column : rows sharing a value are the compartments of one block (plan_site's ``block``),
        sharing its load; None: each row stands alone (a UserWarning says how many stand at one point).
    phase : 'emergency' or 'medium_term' (people per toilet).
    max_snap : metres; shelters and facilities farther from every path are off the network.
    suggest_water_points, suggest_latrines : 0 none, -1 as many as full coverage needs, k at most k.
    profile : 'sphere_2018' (default), 'unhcr', a .json profile path or a StandardsProfile;
        every distance and ratio comes from it.
    monitor : common.progress.Monitor for progress and cancellation.
    hazards, flood_extents, scenario_names, hazard_kind, band, class_table, wet_threshold :
        flood scenarios as flood_exposure reads them, the audit in each (wash.flooding): fields and
        figures per scenario key (wp_ok_q10, water_lost_people_q10...), ``flood_gaps``.

    CRS: the inputs may be in any CRS (each its own). Distances are measured in metres in the shelters' CRS
    when it is projected in metres, else in the UTM zone of the shelters' centre (``metric_crs`` of the
    result); where that CRS's scale error passes 0.1 % (a national layer), each shelter is measured in its
    own UTM zone. Every output frame is in the shelters' CRS, except shelters, water points and latrines,
    which keep their own rows, geometries and CRS.

    Returns a WashAudit. Raises InputError for a frame that is not a
    GeoDataFrame, is empty, has no CRS, lacks a named column or holds the
    wrong geometry type, and for values the audit cannot use.
    """
    profile = standards_profile(profile)
    check_phase(phase)
    metric, shelter_layer, people = _shelters(shelters, population_column,
                                              household_size or profile.value("people_per_household"))
    water = _water_points(water_points, metric, profile, default_water_type, _WaterColumns(
        water_id_column, water_type_column, functional_column, taps_column))
    latrine = _latrines(latrines, metric, profile, phase, _LatrineColumns(
        latrine_id_column, cubicles_column, gender_column, female_cubicles_column, male_cubicles_column,
        latrine_functional_column, latrine_block_column))
    network = _network(paths, metric)
    area = _site_area(site, metric)
    located = shelter_layer.located
    scenarios, model, passable = _flood_scenarios(hazards, flood_extents, scenario_names, hazard_kind, band,
                                                  class_table, wet_threshold, profile, metric)
    result = assess(
        shelter_layer.xy[located], people[located], water.facilities, profile,
        latrines=latrine.facilities if latrine else None, phase=phase, network=network, max_snap=max_snap, area=area,
        latrine_cubicles=latrine.cubicles if latrine else None, female_male_cubicles=latrine.female_male if latrine
        else None, suggest_water=suggest_water_points, suggest_latrines=suggest_latrines,
        new_water_kind=default_water_type, crs=metric, labels=list(shelters.index[located]), monitor=monitor,
        scenarios=scenarios, hazard_model=model, passable_depth=passable)
    return _frames(result, shelters, water_points, latrines, metric, people, located, water, latrine, network,
                   default_water_type, profile.value(TOILET_FIGURE[phase]))


def _frames(result, shelters, water_points, latrines, metric, people, located, water, latrine, network,
            default_water_type, people_per_toilet):
    """The WashAudit of a result: the input frames with the audit's columns, gaps and suggestions."""
    metric_to_input = (metric, shelters.crs)
    polygons, gap_columns = gap_table(result)
    points, suggestion_columns = suggestion_table(result, default_water_type, people_per_toilet)
    flood_gaps = flood_gap_table(result)
    return WashAudit(
        shelters=with_columns(shelters, shelter_columns(result, people, located, water.ids,
                                                        latrine.ids if latrine else None, network is not None)),
        water_points=with_columns(water_points, water_point_columns(water.kinds, water.facilities,
                                                                    result.water.load, result.flood)),
        latrines=with_columns(latrines, latrine_columns(latrine.cubicles, latrine.genders, latrine.facilities,
                                                        result)) if latrine else None,
        gaps=new_frame(gap_columns, back_to(polygons, *metric_to_input), shelters.crs),
        suggestions=new_frame(suggestion_columns, back_to([Point(p) for p in points], *metric_to_input),
                              shelters.crs),
        checks=result.checks, summary=result.summary, metric_crs=metric, result=result,
        duplicate_ids=_duplicate_ids(((shelters, id_field(_names(shelters), "shelter"), "shelter"),
                                      (water_points, water.id_column, "water"),
                                      (latrines, latrine.id_column if latrine else None, "latrine"))),
        flood_gaps=None if flood_gaps is None else new_frame(flood_gaps[1], back_to(flood_gaps[0], *metric_to_input),
                                                             shelters.crs))


def _flood_scenarios(hazards, flood_extents, names, kind, band, class_table, wet_threshold, profile, metric):
    """(scenarios, HazardModel, passable depth) read as flood_exposure reads them; Nones without any."""
    if not hazards and not flood_extents:
        return None, None, None
    from .flood import _model, _Products, _raster, _scenarios  # the flood core: only for a flood audit
    model = _model(kind, None, None, profile.value("flood_wet_depth_m") if wet_threshold is None else wet_threshold,
                   class_table)
    # flood extents read as flood_exposure reads them by default: their product detected from their fields
    scenarios = _scenarios([_raster(hazard, band) for hazard in hazards], list(flood_extents), names, metric,
                           _Products("detect", (), None))
    return scenarios, model, profile.value("flood_passable_depth_m")


def _duplicate_ids(frames):
    """The ids carried by more than one row: {kind: (column, {id: rows})} of
    (frame, its id column, kind) triples."""
    found = {}
    for frame, column, kind in frames:
        repeated = duplicated(values(frame, column)) if column else {}
        if repeated:
            found[kind] = (column, repeated)
    return found


@dataclass
class _WaterColumns:
    ids: str
    kind: str
    functional: str
    taps: str


@dataclass
class _LatrineColumns:
    ids: str
    cubicles: str
    gender: str
    female_cubicles: str
    male_cubicles: str
    functional: str
    blocks: str


@dataclass
class _Facilities:
    """A facility frame as the audit takes it."""
    facilities: object  # wash.facilities.Facilities
    ids: list  # written on the shelters
    kinds: list = None  # water points: tap / handpump / well
    cubicles: np.ndarray = None  # latrines
    genders: list = None
    female_male: tuple = None
    id_column: str = None  # the column the ids were read from, None for index labels


def _shelters(frame, population_column, household_size):
    """(metric CRS, located shelters, people per shelter)."""
    require_frame(frame, "shelters", ("point", "polygon"), [population_column])
    metric = metric_crs_of(frame, "shelters")
    layer = _located(frame, metric)
    if not layer.located.any():
        raise InputError("No shelter has a location: check the geometries of the shelters")
    return metric, layer, _numbers(frame, population_column, household_size)


def _water_points(frame, metric, profile, default_kind, columns):
    require_frame(frame, "water_points", ("point",), [columns.ids, columns.kind, columns.functional, columns.taps])
    if default_kind not in vocabulary.WATER_KINDS:
        raise InputError("default_water_type must be one of %s, got %s",
                         ", ".join(vocabulary.WATER_KINDS), repr(default_kind))
    layer = _located(frame, metric)
    kinds, _ = vocabulary.water_kinds(values(frame, columns.kind), default_kind)
    taps = None if columns.taps is None else _numbers(frame, columns.taps, 1, whole=True)
    facilities = water_point_facilities(layer.xy, kinds, _functional(layer, columns.functional), profile, taps)
    column = columns.ids or id_field(_names(frame), "water")
    return _Facilities(facilities, facility_ids(frame.index, values(frame, column)), kinds=kinds, id_column=column)


def _names(frame):
    return [name for name in frame.columns if isinstance(name, str) and name != frame.geometry.name]


def _located(frame, metric):
    """The rows' locations (core's point_locations) in the metric CRS."""
    xy, located, _ = point_locations(list(frame.geometry))
    return _Layer(frame, transform_xy(xy, frame.crs, metric), located)


def _numbers(frame, column, default, whole=False):
    if column is None:
        return np.full(len(frame), float(default))
    return numbers_or_default(values(frame, column), default, whole)[0]


def _functional(layer, column):
    """Functional flags of a facility frame; without a location a facility serves nobody."""
    return vocabulary.functional_flags(values(layer.frame, column))[0] & layer.located


def _latrines(frame, metric, profile, phase, columns):
    if frame is None:
        return None
    require_frame(frame, "latrines", ("point",), [columns.ids, columns.cubicles, columns.gender,
                                                  columns.female_cubicles, columns.male_cubicles,
                                                  columns.functional, columns.blocks])
    layer = _located(frame, metric)
    cubicles = _numbers(frame, columns.cubicles, 1, whole=True)
    genders = female_male = None
    if columns.gender is not None:
        genders, _ = vocabulary.genders(values(frame, columns.gender))
        female_male = gendered_cubicles(genders, cubicles)
    if columns.female_cubicles is not None and columns.male_cubicles is not None:
        female_male = (_numbers(frame, columns.female_cubicles, 0, whole=True),
                       _numbers(frame, columns.male_cubicles, 0, whole=True))
    shared = sharing_a_point(layer.xy[layer.located]) if columns.blocks is None else 0
    if shared:  # as washcoverage's log says it
        warnings.warn("%d latrine rows stand at the same point as another. If they are the compartments of one "
                      "block, give latrine_block_column so they share its load; else each counts its own "
                      "households." % shared, UserWarning, stacklevel=3)
    facilities = latrine_facilities(layer.xy, cubicles, _functional(layer, columns.functional), profile, phase,
                                    None if columns.blocks is None else values(frame, columns.blocks))
    column = columns.ids or id_field(_names(frame), "latrine")
    return _Facilities(facilities, facility_ids(frame.index, values(frame, column)), cubicles=cubicles,
                       genders=genders, female_male=female_male, id_column=column)


def _site_area(site, metric):
    if site is None:
        return None
    require_frame(site, "site", ("polygon",))
    polygons = [g for g in geometries_in(site, "polygon", metric) if g is not None]
    if not polygons:
        raise InputError("The site frame has no valid polygon")
    return unary_union(polygons)


def _network(paths, metric):
    if paths is None:
        return None
    require_frame(paths, "paths", ("line",))
    from ..common.network import PathNetwork  # scipy
    return PathNetwork([g for g in geometries_in(paths, "line", metric) if g is not None])
