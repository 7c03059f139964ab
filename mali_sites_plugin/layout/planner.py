"""Site layout: a Sphere / UNHCR-compliant plan inside any site boundary.

plan_site() works in a metric CRS on one site polygon (shapely) and returns
a SitePlan (plan.py): plots, shelters, blocks, roads, firebreaks, facilities
and the land left out with its reason, the capacity of the site and every
check of the plan against the standards profile. Every standard figure comes
from the profile; the design choices that are not standards (path width,
setback) are inputs (options.py).

How the plan is made:

1. Buildable land (land.py): site minus setback, exclusions, flood-prone
   and steep cells.
2. Orientation (terrain.py, frame.py): along the contours where the DEM
   shows the buildable land falling at least the ideal minimum slope, else
   the long side of the site's minimum rotated rectangle (or the azimuth
   given); the work happens in a local frame where plot rows run along x.
3. Grid (grid.py): plots in back-to-back rows with paths between row pairs,
   communities of households_per_community plots separated by
   cluster_spacing_m lanes, blocks of communities_per_block communities
   separated by roads, firebreaks of firebreak_width_m so that no built-up
   stretch is longer than firebreak_spacing_m, in both directions; with
   existing roads, an entrance road from the nearest point of the boundary
   (access.py).
4. Plot size (sizing.py): unless given, derived so the plan's gross area per
   person (usable area / people) comes out at site_area_m2_per_person: lay
   out, measure, resize the plots, lay out again (rounded up to 0.1 m, and
   grown until the plan complies).
5. Facilities (services.py, facilities.py) on reserved plots; shelters
   centred in the household plots, covered_area_m2_per_person x household
   size, keeping shelter_spacing_m to the plot edges (draw.py).
6. With a population smaller than the capacity, the plan takes whole
   communities nearest the entrance (or the centre), block by block, until
   the people fit, and plans its facilities for them (population.py).
7. Services by the profile's zoning rules (zoning.py, programme.py) at
   the first entrance; when the network's entrances are others (a long
   site, a part with its own gate), the facilities are placed once more
   with the gate services at those, and every entrance still without a
   reception area gets one.
8. Statistics and checks measured on the finished plan (measure.py); the
   slope of each block and the drains along the roads to outfalls at the
   low points of the boundary (terrain.py, drains.py), with a DEM.
"""
import math
from dataclasses import replace

import numpy as np

from ..common.notes import Note
from ..common.progress import NO_MONITOR
from .draw import (SLIVER_M2, block_records, circulation_records, excluded_records, footprints, number,
                   plot_records, shelter_records, vacate_unused)
from .frame import angle_to_azimuth, local_site
from .land import buildable_land
from .measure import checks, statistics
from .options import NoBuildableLand, design_for
from .plan import VACANT, WATER, PathLine, SitePlan
from . import grid as lg
from .circulation import LOOP, PRIMARY, Line, primary_loop, strip_lines
from .gates import plan_circulation
from .land import polygonal
from shapely.ops import unary_union
from .population import fill
from shapely.geometry import Point
from .programme import receptions_at_gates, zones_of
from .services import REACH_MARGIN_M, allocate, facility_records
from .wash_design import complete_walking
from .sizing import choose_plan
from .drains import plan_drains
from .terrain import measure_blocks, row_orientation


def plan_site(site, profile, options, crs, exclusions=None, hazard=None, dem=None, roads=None,
              monitor=NO_MONITOR, label="site"):
    """Plan one site. ``site``, ``exclusions`` (polygons) and ``roads`` (lines)
    are shapely geometries in the metric CRS ``crs``; ``hazard`` and ``dem``
    are common.rasters.RasterInput or None; ``options`` a LayoutOptions.
    Raises InputError for bad input (NoBuildableLand when nothing can be
    built); ``monitor.check()`` raises to cancel."""
    design = design_for(profile, options)
    land = buildable_land(site, options.setback, exclusions, hazard, options.wet_threshold, dem,
                          design.max_slope, profile.figure("max_slope_pct"), crs, label,
                          flood_buffer=design.flood_buffer, flood_reach=design.latrine_flood_buffer)
    monitor.check()
    if land.usable_area <= SLIVER_M2:
        raise NoBuildableLand(
            "Site %s has no buildable land left after the setback, exclusions, flood-prone and "
            "steep land: check those inputs (a smaller SETBACK, a higher WET_THRESHOLD or "
            "MAX_SLOPE_PCT) or the site boundary", label)
    orientation = row_orientation(site, land, options, profile, crs)
    local = local_site(site, land, options, crs, roads, label, orientation.angle)
    local.loop = primary_loop(local.buildable, design.primary)
    local.flood = local.frame.to_local(land.flood) if land.flood is not None else None
    evaluation = choose_plan(design, local, monitor)
    capacity_people = float(evaluation.allocation.households * design.household_size)
    requested = float(options.population or 0.0)
    allocation = evaluation.allocation
    filled = bool(requested and len(evaluation.grid) and requested < capacity_people - 1e-9)
    if filled:
        allocation = fill(design, local, evaluation, requested, monitor)
    monitor.progress(0.85)
    plan = _at_the_gates(design, local, evaluation, allocation, requested, filled, monitor)
    plan.drains, drain_notes = plan_drains(plan.paths, land.slope, land.site, crs, label, design.primary)
    measure_blocks(plan.blocks, land.slope, crs, profile)
    plan.messages += orientation.notes(label, profile) + drain_notes
    return plan


def _at_the_gates(design, local, evaluation, allocation, requested, filled, monitor):
    """The plan assembled; when the network's entrances are not the first
    one the sizing assumed, the services that belong at the gate are
    allocated again at them first."""
    occupancy, numbering, entrances = _laid_out(design, local, evaluation.grid, allocation)
    gates = [tuple(gate) for gate in entrances.points]
    first = evaluation.access.gate
    if gates and not (len(gates) == 1 and first is not None and math.dist(gates[0], first) < 1.0):
        if filled:
            allocation = fill(design, local, evaluation, requested, monitor, gates=gates)
        else:
            allocation = allocate(design, evaluation.grid, counts=allocation.service_counts, monitor=monitor,
                                  zones=zones_of(local, gates))
            evaluation = replace(evaluation, allocation=allocation)
        occupancy, numbering, entrances = _laid_out(design, local, evaluation.grid, allocation)
    return _assemble(design, local, evaluation, allocation, requested, monitor,
                     (occupancy, numbering, entrances.joined()))


def _laid_out(design, site, grid, allocation):
    """(occupancy, numbering, the network's gates.Entrances) of ``allocation`` on ``grid``."""
    occupancy = vacate_unused(grid, allocation)
    numbering = number(grid, occupancy.use)
    return occupancy, numbering, _network(design, site, grid, numbering, occupancy.people)


def _assemble(design, site, evaluation, allocation, requested, monitor, laid_out):
    """The SitePlan of ``allocation`` on the grid of ``evaluation`` (``laid_out``: occupancy,
    numbering and circulation of it)."""
    grid, frame = evaluation.grid, site.frame
    occupancy, numbering, network = laid_out
    given_up = receptions_at_gates(design, grid, occupancy.use, occupancy.people, allocation.services,
                                   network.gates, allocation is evaluation.allocation)
    monitor.check()
    lost = _walkable(design, grid, occupancy, network, numbering)
    numbering = number(grid, occupancy.use)  # spare plots may have taken households
    people = occupancy.people
    footprint = footprints(frame, grid, numbering, people, design.shelter_side)
    facilities, measures = facility_records(design, frame, grid, allocation, people, occupancy.latrines,
                                            occupancy.taps, network.gates,
                                            network.network.paths if network.network is not None else None)
    roads, firebreaks, drawn = circulation_records(design, site, grid, numbering, network.corridors, monitor)
    corridor = polygonal(unary_union([shape for shape, _ in network.corridors])) if network.corridors else None
    # households given up to reception areas, or whose plots became latrine blocks or tapstands with
    # no vacant plot to move to
    capacity_households = evaluation.allocation.households - given_up - lost
    plan = SitePlan(
        label=site.label, orientation_deg=angle_to_azimuth(frame.angle), plot_width=grid.spec.plot_width,
        plot_depth=grid.spec.plot_depth, household_size=design.household_size,
        plots=plot_records(grid, numbering, occupancy, footprint),
        shelters=shelter_records(numbering, people, footprint, design.shelter_side),
        blocks=block_records(frame, grid, numbering, people, site.buildable), roads=roads, firebreaks=firebreaks,
        facilities=facilities, excluded=excluded_records(site, grid, numbering, corridor, drawn, monitor),
        site_area_m2=site.land.site.area, usable_area_m2=site.usable_area,
        capacity_people=float(capacity_households * design.household_size),
        capacity_households=capacity_households, planned_people=float(people.sum()),
        planned_households=int((people > 0).sum()), requested_people=requested,
        messages=list(site.land.notes) + list(network.notes),
        paths=[PathLine(frame.to_metric(line.geometry), line.road_class, line.kind, line.width)
               for line in network.lines])
    plan.stats = statistics(design, grid, numbering, occupancy.use, measures, plan)
    plan.checks = checks(design, site, grid, numbering, measures, footprint, plan, network)
    plan.messages += _notes(plan, allocation, design.options.taps_per_tapstand)
    return plan


def _network(design, site, grid, numbering, people):
    """The entrances of the plan's circulation (gates.plan_circulation) around the blocks in use."""
    used = set(numbering.block_pairs)
    strips = lg.circulation(grid, used, site.site.bounds, along=True) if used else []
    lines = [Line(line, PRIMARY, LOOP, design.primary) for line in site.loop.lines] if site.loop else []
    lines += strip_lines(grid, strips, site.buildable, design, design.primary)
    homes = grid.centres[people > 0]
    return plan_circulation(design, site, lines, homes)


def _walkable(design, grid, occupancy, network, numbering):
    """Latrine blocks and water points added where a household is beyond
    the walking distances along the plan's network (wash_design), the
    distances to the entrances measured again for the households as housed;
    the households lost (no vacant plot to move them to)."""
    occupancy.people = occupancy.people.copy()
    occupancy.latrines, occupancy.taps = list(occupancy.latrines), list(occupancy.taps)
    before = occupancy.people > 0
    # the plots of blocks in the plan left out of it (a smaller population) are spare
    used = np.isin(grid.block_x * 100000 + grid.block_y, [bx * 100000 + by for bx, by in numbering.block_pairs])
    spare = (occupancy.use == "") & used
    occupancy.use[spare] = VACANT
    complete_walking(design, grid, occupancy, network, REACH_MARGIN_M)
    occupancy.use[spare & (occupancy.use == VACANT)] = ""
    if network.network is not None and not np.array_equal(before, occupancy.people > 0):
        gates = [(Point(g), Point(g)) for g in network.gates]
        network.entrance_distance = network.network.distances(grid.centres[occupancy.people > 0], gates)
    return int(before.sum() - (occupancy.people > 0).sum())


def _notes(plan, allocation, taps_per_tapstand):
    """What the user should know about a plan: people left unplaced, plots
    without a water point to standard, tapstands with more taps than asked,
    no plot at all."""
    notes = []
    large = [f for f in plan.facilities if f.kind == WATER and f.taps > taps_per_tapstand]
    if large:
        notes.append(Note("tapstand_large", (plan.label, len(large), taps_per_tapstand,
                                             ", ".join("%s %d" % (f.facility_id, f.taps) for f in large))))
    if plan.requested_people and plan.unplaced_people > 0:
        notes.append(Note("site_too_small", (plan.label, round(plan.requested_people),
                                             round(plan.planned_people), round(plan.unplaced_people))))
    if allocation.unresolved:
        notes.append(Note("water_unresolved", (plan.label, len(allocation.unresolved))))
    if not plan.plots:
        notes.append(Note("no_plot", (plan.label, round(plan.usable_area_m2))))
    return notes
