"""Several sites of one layer planned in turn, each in the metric CRS of its
own extent (common.crs.metric_crs), with the exclusions and roads read once
per metric CRS. A site with no buildable land is skipped when there are
others, so one bad boundary does not stop a whole run."""
from dataclasses import dataclass, field, replace

from shapely.ops import unary_union

from ..common import crs as core_crs
from ..common.columns import numbers_or_default
from ..common.errors import InputError
from ..common.progress import NO_MONITOR
from .alternatives import plan_alternatives
from .limits import check_overlaps, check_site_size, check_unique
from .options import NoBuildableLand, check_alternatives
from .planner import plan_site


@dataclass
class SiteRequest:
    """A site to plan."""
    label: str
    geometry: object  # shapely polygon, in the site layer's CRS
    people: float  # 0: plan for the capacity


@dataclass
class SiteOutcome:
    site: SiteRequest
    metric_crs: object  # pyproj CRS the site was planned in
    plan: object = None  # SitePlan; None when the site has no buildable land
    error: str = None  # why it has none
    variants: list = field(default_factory=list)  # alternatives.Variant, with ALTERNATIVES above 1


def site_label(value, default):
    """A site's label: its identifier ``value``, else ``default`` (feature id)."""
    return str(value) if value not in (None, "") else str(default)


def site_people(value, population):
    """(people to place on a site, True if ``value`` was used): its population
    ``value`` when a number of 0 or more, else ``population``."""
    numbers, defaulted = numbers_or_default([value], population)
    return float(numbers[0]), not defaulted


def plan_each(sites, site_crs, profile, options, layers_in, hazard=None, dem=None, monitor=NO_MONITOR,
              id_name="site id", alternatives=1):
    """Plan each SiteRequest (geometries in ``site_crs``) and yield its
    SiteOutcome in turn. ``options``: LayoutOptions (its population is each
    site's people); ``layers_in(metric_crs)``: (exclusion polygons, roads
    geometry or None) in that CRS; ``alternatives``: variants planned per
    site, the best kept (alternatives.py). Before any site is planned, the
    list is checked (check_sites). A single site without buildable land raises
    NoBuildableLand; when no site of several could be planned, InputError
    is raised after the last."""
    alternatives = check_alternatives(alternatives)
    metrics = check_sites(sites, site_crs, id_name)
    layers, planned = {}, 0
    for index, (site, (metric, site_metric)) in enumerate(zip(sites, metrics)):
        monitor.check()
        if metric.to_wkt() not in layers:
            layers[metric.to_wkt()] = layers_in(metric)
        exclusions, roads = layers[metric.to_wkt()]
        envelope = site_metric.envelope.buffer(1.0)
        inputs = dict(exclusions=union([g for g in exclusions if g.intersects(envelope)]), hazard=hazard,
                      dem=dem, roads=roads, label=site.label)
        part = monitor.part(index / len(sites), (index + 0.9) / len(sites))
        site_options, variants = replace(options, population=site.people), []
        try:
            if alternatives > 1:
                plan, variants = plan_alternatives(site_metric, profile, site_options, metric, alternatives,
                                                   part, **inputs)
            else:
                plan = plan_site(site_metric, profile, site_options, metric, monitor=part, **inputs)
        except NoBuildableLand as error:
            if len(sites) == 1:
                raise
            yield SiteOutcome(site, metric, error=str(error))
            continue
        planned += 1
        yield SiteOutcome(site, metric, plan, variants=variants)
    if not planned:
        raise InputError("No site has buildable land: check the setback, exclusions, hazard and "
                         "DEM inputs")


def check_sites(sites, site_crs, id_name="site id"):
    """[(metric CRS, site polygon in it)] of the SiteRequests, after the
    checks of the list as a whole (layout.limits): unique site ids (named
    ``id_name`` in the message), each site's area and people within the
    limits, no two sites on the same land. InputError otherwise."""
    check_unique([site.label for site in sites], id_name)
    metrics = []
    for site in sites:
        metric = core_crs.metric_crs(site_crs, site.geometry.bounds)
        site_metric = core_crs.transform_geometry(site.geometry, site_crs, metric)
        check_site_size(site.label, site_metric.area, site.people or 0.0)
        metrics.append((metric, site_metric))
    check_overlaps([site.label for site in sites], [site.geometry for site in sites], site_crs)
    return metrics


def union(geometries):
    """The union of shapely geometries; None for none."""
    if not geometries:
        return None
    return unary_union(geometries)
