"""Flood exposure of GeoDataFrames: the assessment of malisites:floodexposure."""
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from geopandas import GeoSeries

from ..common.columns import finite_number
from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from ..common.rasters import RasterInput
from ..common.standards import DEFAULT_PROFILE, custom_hazard_scheme, load_hazard_schemes
from ..flood.corridors import assess_corridors
from ..flood.geometry import layer_kind, to_crs
from ..flood.hazard import DEPTH, KINDS, hazard_model
from ..flood.observed import masks_for, observed_raster, open_mask, raster_scheme
from ..flood.products import (OBSERVED_MODEL, detect_vector_scheme, field_named, load_product_schemes,
                              split_by_state)
from ..flood.rasters import open_hazard_raster
from ..flood.scenarios import Scenario, scenario_keys
from ..flood.scenarios import scenario_names as named_scenarios
from ..flood.sites import Shelters, assess_sites, site_circles, site_populations
from ..flood.summary import TABLE_COLUMNS, summary_rows, summed_populations
from ..flood.tables import corridor_columns, segment_columns, site_columns
from .frames import (back_to, geometries_in, metric_crs_of, new_frame, require_frame, standards_profile, values,
                     with_columns)


@dataclass
class FloodExposure:
    """The outputs of flood_exposure, as the Processing algorithm writes them."""
    sites: object  # GeoDataFrame: the sites + radius_m (point sites), <metric>_<scenario key>, worst_*; or None
    corridors: object  # GeoDataFrame: the corridors + length_m, <metric>_<scenario key>, worst_*; or None
    corridor_segments: object  # GeoDataFrame of the stretches of constant hazard class; or None
    summary: object  # DataFrame: the totals per scenario (and region), the columns of the CSV table
    scenarios: list  # flood.scenarios.Scenario, in order
    metric_crs: object  # pyproj CRS lengths and areas were measured in
    site_assessment: object = None  # the core's flood.sites.SitesAssessment
    corridor_assessment: object = None  # the core's flood.corridors.CorridorsAssessment


def flood_exposure(sites=None, corridors=None, hazards=(), flood_extents=(), *, scenario_names=None,
                   hazard_kind=DEPTH, band=1, classes=None, class_thresholds=None, class_table=None,
                   wet_threshold=None, population_column=None, site_radius=0.0, shelters=None,
                   shelter_population_column=None, household_size=0.0, region_column=None,
                   profile=DEFAULT_PROFILE, language="en", extent_product="detect", observation_masks=(),
                   product_schemes=None, monitor=NO_MONITOR):
    """Which sites and stretches of corridors flood, how deep, and how many people are exposed.

    Parameters
    ----------
    sites : GeoDataFrame of polygons or of points, optional
        Point sites are assessed as circles of ``site_radius`` metres or, when
        it is 0, of area population x the profile's site_area_m2_per_person.
    corridors : GeoDataFrame of lines, optional (give sites, corridors or both)
    hazards : list of raster paths or common.rasters.RasterInput, one scenario each
        Depth in metres, binary extent or classified codes (``hazard_kind``:
        'depth', 'binary', 'classified'), read from ``band``; rasters may
        differ in CRS and resolution and are never warped.
    flood_extents : list, one scenario each: GeoDataFrames of polygons (EMS, UNOSAT or plain:
        inside = wet) or paths of observed flood extent rasters (GFM)
    extent_product : how their class values read (flood/products.py): 'detect' (from the
        class field, EMS notation or UNOSAT Water_Clas, and a raster's file name), 'plain'
        (every polygon wet) or a scheme key of resources/standards/flood_products.json
        ('ems', 'unosat', 'gfm'); ``product_schemes``: the path of your own copy of it.
        Observed products add possibly_wet_pct / permanent_pct (sites) and possibly_wet_m /
        permanent_m (corridors); not observable areas are unknown, never dry.
    observation_masks : raster paths: GFM exclusion masks (unknown, never dry), reference water (permanent).
    scenario_names : a list or comma-separated text, one name per hazard then
        per extent; None: the raster file names, then flood_extent_1, 2...
        Output fields end with the name in lower case (wet_pct_q100).
    classes : depth class scheme key of resources/standards/flood_classes.json
        (None: its default); ``class_thresholds`` ("0.1,0.5,1.5", metres) replaces it.
    class_table : for classified rasters, "0=none,1=low,2=medium,3=high".
    wet_threshold : metres; a depth cell is wet above it (None: the profile's
        flood_wet_depth_m).
    population_column : people per site (a negative value is left empty).
    shelters : GeoDataFrame of points or footprints, optional: exposed people
        are then the people of the shelters on wet cells; their
        ``shelter_population_column``, else ``household_size`` (0: the
        profile's people_per_household).
    region_column : totals per region of the sites in the summary.
    profile : 'sphere_2018' (default), 'unhcr', a .json path or a StandardsProfile.
    language : 'en' or 'fr', for the hazard class names.

    CRS: inputs in any CRS. Geometry is worked in the sites' CRS (else the
    corridors') when it is projected in metres, else in the UTM zone of their
    centre (``metric_crs`` of the result); lengths and point-site circles are
    measured in each feature's own UTM zone where that CRS is more than 0.1 %
    off (common.crs.measurement_groups); sites and
    corridors are projected onto each raster's own grid. Outputs are in the
    CRS of their input frame (corridor segments in the corridors').

    Returns a FloodExposure. Raises InputError for no scenario, nothing to
    assess, a frame that is not a GeoDataFrame, is empty, has no CRS, lacks
    a named column or holds the wrong geometry type, and unreadable rasters.
    """
    if sites is None and corridors is None:
        raise InputError("Nothing to assess: give sites (polygons or points) or corridors (lines), or both")
    if sites is not None:
        require_frame(sites, "sites", ("polygon", "point"), [population_column, region_column])
    if corridors is not None:
        require_frame(corridors, "corridors", ("line",))
    profile = standards_profile(profile)
    model = _model(hazard_kind, classes, class_thresholds,
                   profile.value("flood_wet_depth_m") if wet_threshold is None else wet_threshold, class_table)
    metric = metric_crs_of(*((sites, "sites") if sites is not None else (corridors, "corridors")))
    scenarios = _scenarios([_raster(hazard, band) for hazard in hazards], list(flood_extents), scenario_names,
                           metric, _Products(extent_product, observation_masks, product_schemes))
    exposure = FloodExposure(None, None, None, None, scenarios, metric)
    if sites is not None:
        _assess_sites(exposure, sites, model, profile, _SiteOptions(
            population_column, site_radius, shelters, shelter_population_column, household_size, language),
            monitor.part(0.0, 0.5))
    if corridors is not None:
        exposure.corridor_assessment = assess_corridors(
            geometries_in(corridors, "line", metric), metric, scenarios, model, monitor.part(0.5, 1.0),
            passable_depth=profile.value("flood_passable_depth_m"))
        _corridor_frames(exposure, corridors, model, language)
    exposure.summary = _summary(exposure, sites, population_column, region_column)
    return exposure


@dataclass
class _SiteOptions:
    population_column: str
    radius: float
    shelters: object
    shelter_population_column: str
    household_size: float
    language: str


def _summary(exposure, sites, population_column, region_column):
    """The totals table: per scenario, and per scenario and region with a region column."""
    populations = site_populations(values(sites, population_column))[0] \
        if sites is not None and population_column else None
    regions = values(sites, region_column) if sites is not None and region_column else None
    return pd.DataFrame(summary_rows(exposure.scenarios, exposure.site_assessment,
                                     summed_populations(populations, exposure.site_assessment), regions,
                                     exposure.corridor_assessment), columns=TABLE_COLUMNS)


def _model(kind, classes, thresholds, wet_threshold, class_table):
    if kind not in KINDS:
        raise InputError("hazard_kind must be one of %s, got %s", ", ".join(KINDS), repr(kind))
    if thresholds is not None and str(thresholds).strip():
        scheme = custom_hazard_scheme(thresholds)
    else:
        schemes, default = load_hazard_schemes()
        if (classes or default) not in schemes:
            raise InputError("classes must be one of %s, got %s", ", ".join(schemes), repr(classes))
        scheme = schemes[classes or default]
    return hazard_model(kind, scheme, wet_threshold, class_table)


def _raster(hazard, band):
    raster = hazard if isinstance(hazard, RasterInput) else RasterInput(str(hazard), band, None,
                                                                         Path(str(hazard)).stem)
    return open_hazard_raster(raster.path, raster.band, raster.crs, label=raster.label or None)


@dataclass
class _Products:
    choice: str
    masks: tuple
    schemes_path: object


def _scenarios(rasters, extents, names, metric, products):
    """The hazard rasters' scenarios, then the flood extents' read in the metric CRS."""
    if not rasters and not extents:
        raise InputError("No scenario: give at least one hazard raster (hazards) or one flood extent "
                         "frame (flood_extents)")
    defaults = [r.label for r in rasters] + ["flood_extent_%d" % n for n in range(1, len(extents) + 1)]
    names = named_scenarios(names if names is None or isinstance(names, str) else ",".join(names), defaults)
    keys = scenario_keys(names)
    scenarios = [Scenario(name, key, raster=raster) for raster, name, key in zip(rasters, names, keys)]
    schemes = load_product_schemes(products.schemes_path)
    masks = [open_mask(str(mask)) for mask in products.masks]
    for number, extent in enumerate(extents):
        name, key = names[len(rasters) + number], keys[len(rasters) + number]
        if isinstance(extent, (str, Path)):
            scenarios.append(_raster_extent(str(extent), name, key, schemes, products.choice, masks))
            continue
        require_frame(extent, "flood_extents[%d]" % number, ("polygon",))
        polygons = geometries_in(extent, "polygon", metric)
        scheme = None
        if products.choice in schemes.schemes and schemes.schemes[products.choice].kind == "vector":
            scheme = schemes.schemes[products.choice]
        elif products.choice != "plain":
            scheme = detect_vector_scheme(schemes, [str(c) for c in extent.columns])
        if scheme is None:
            scenarios.append(Scenario(name, key, extents=[p for p in polygons if p is not None]))
            continue
        field = field_named(scheme, [str(c) for c in extent.columns], "flood_extents[%d]" % number)
        observed = split_by_state(scheme, polygons, values(extent, field))
        scenarios.append(Scenario(name, key, extents=[p for p in polygons if p is not None], model=OBSERVED_MODEL,
                                  product=scheme, observed=observed.by_state, precedence=schemes.precedence))
    return scenarios


def _raster_extent(path, name, key, schemes, choice, masks):
    """The scenario of an observed flood extent raster (GFM) with the masks of its date."""
    flood = open_hazard_raster(path)
    pick = choice if choice in schemes.schemes and schemes.schemes[choice].kind == "raster" else "detect"
    scheme, _ = raster_scheme(schemes, pick, flood)
    return Scenario(name, key, raster=observed_raster(flood, scheme, schemes.precedence,
                                                      masks_for(flood, scheme, masks)),
                    model=OBSERVED_MODEL, product=scheme)


def _assess_sites(exposure, sites, model, profile, options, monitor):
    is_point = _kind(sites, "sites", ("polygon", "point")) == "point"
    geometries = geometries_in(sites, "point" if is_point else "polygon")
    populations = site_populations(values(sites, options.population_column))[0] \
        if options.population_column else None
    polygons = to_crs(geometries, sites.crs, exposure.metric_crs, densify_first=False)
    radii = None
    if is_point:
        polygons, radii, _ = site_circles(polygons, populations, options.radius,
                                          profile.value("site_area_m2_per_person"), exposure.metric_crs)
    exposure.site_assessment = assess_sites(polygons, populations, exposure.metric_crs, exposure.scenarios, model,
                                            _shelters(options, exposure.metric_crs, profile), monitor,
                                            None if is_point else (sites.crs, geometries))
    frame = with_columns(sites, site_columns(exposure.scenarios, model, exposure.site_assessment,
                                             options.language, radii))
    if is_point:  # the circles assessed
        frame = frame.set_geometry(GeoSeries(back_to(polygons, exposure.metric_crs, sites.crs), index=sites.index,
                                             crs=sites.crs))
    exposure.sites = frame


_KIND_OF = {"Point": "point", "MultiPoint": "point", "LineString": "line", "MultiLineString": "line",
            "Polygon": "polygon", "MultiPolygon": "polygon"}


def _kind(frame, name, allowed):
    """The one geometry kind of a frame (flood.geometry.layer_kind)."""
    counts = frame.geometry.dropna().geom_type.map(lambda kind: _KIND_OF.get(kind, "other")).value_counts()
    return layer_kind({kind: int(count) for kind, count in counts.items()}, name, allowed, name)


def _shelters(options, metric, profile):
    frame = options.shelters
    if frame is None:
        return None
    require_frame(frame, "shelters", ("point", "polygon"), [options.shelter_population_column])
    kind = "point" if frame.geometry.dropna().geom_type.isin(("Point", "MultiPoint")).all() else "polygon"
    people = [finite_number(v) for v in values(frame, options.shelter_population_column)] \
        if options.shelter_population_column else [None] * len(frame)
    household = options.household_size or profile.value("people_per_household")
    return Shelters.at(geometries_in(frame, kind, metric), people, household)[0]


def _corridor_frames(exposure, corridors, model, language):
    """The corridors with their columns, and the stretches: the columns of
    their corridor (but fid and those named like the stretch's), then theirs."""
    assessment = exposure.corridor_assessment
    exposure.corridors = with_columns(corridors, corridor_columns(exposure.scenarios, model, assessment, language))
    ids = list(corridors.index) if pd.api.types.is_integer_dtype(corridors.index) else list(range(len(corridors)))
    columns = segment_columns(exposure.scenarios, model, assessment, ids, language)
    ours = {"fid", corridors.geometry.name.lower()} | {column.name.lower() for column in columns}
    own = pd.DataFrame(corridors[[c for c in corridors.columns if str(c).lower() not in ours]])
    lines = back_to([segment.geometry for segment in assessment.segments], exposure.metric_crs, corridors.crs)
    exposure.corridor_segments = new_frame(columns, lines, corridors.crs,
                                           first=own.iloc[[segment.corridor for segment in assessment.segments]])
