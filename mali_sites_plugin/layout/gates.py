"""Entrances and crossings: the gates on the side facing the public road,
one more while a household is beyond the entrance distance, a gate or a
crossing for every part of the land the network does not reach yet, and a
gate on another side where households are still beyond the distance from
every gate of the road side (circulation.py draws the network they join)."""
from dataclasses import dataclass

import numpy as np
from shapely.geometry import LineString, MultiLineString, Point
from shapely.ops import nearest_points

from ..common.notes import Note
from .circulation import (CROSSING, ENTRANCE_ROAD, LOOP, PRIMARY, Circulation, Line, Network, attach_point,
                          corridor, gate_side, gates_along, noded, sides, split_at, SNAP_ANY)

FRONTAGE_STEP_M = 5.0  # spacing of the candidate gate points along a side (method setting)
GATE_GAIN = 0.1  # one more gate on a side only if it brings the farthest household 10 % nearer (method setting)
MAX_JOINS = 24  # parts joined at most, a guard (method setting)
MAX_FAR_GATES = 4  # gates on the other sides at most, a guard (method setting)


@dataclass
class Entrances:
    """The gates of a plan's network and the crossings that join its parts,
    before the entrance roads are drawn: the gates alone decide where the gate
    services go, so a plan that moves them draws its roads once, for the network it keeps."""
    design: object
    site: object
    network: object  # circulation.Network, None without lines
    gates: list  # (gate point, its attachment point on the network)
    extra: list  # crossings (circulation.Line)
    homes_xy: object
    notes: list

    @property
    def points(self):
        """(x, y) of the gates, local frame."""
        return [gate.coords[0] for gate, _ in self.gates]

    def joined(self):
        """The Circulation: the entrance roads from each gate to the network
        added, every line noded, the distances from the households measured."""
        if self.network is None:
            return Circulation([], [], [])
        return _joined(self.design, self.site, self.network, self.gates, self.extra, self.homes_xy, self.notes)


def plan_circulation(design, site, lines, homes_xy):
    """The Entrances of the plan whose grid and loop centrelines are
    ``lines`` (circulation.Line, local frame) and whose households stand at
    ``homes_xy`` (local); its Circulation is their joined()."""
    if not lines:
        return Entrances(design, site, None, [], [], homes_xy, [])
    roads = site.frame.to_local(site.roads) if site.roads is not None else None
    side = gate_side(site.site, roads)
    network = Network(noded(lines))
    reach = design.entrance_reach
    gates, distance = _gates_on_side(network, side, homes_xy, reach, design.options.entrance_shift)
    notes, extra = [], []
    for _ in range(MAX_JOINS):
        unreached = np.flatnonzero(~np.isfinite(distance))
        if not len(unreached):
            break
        point = Point(homes_xy[unreached[0]])
        component = network.component_of(point)
        own = _frontage_gate(network, component, side, design, site)
        if own is not None:
            gates.append(own)
            notes.append(Note("part_gate", (site.label, "E%d" % len(gates))))
        else:
            ends = _crossing(network, component, distance, homes_xy)
            if ends is None:
                break
            lines = list(network.lines)
            start, end = split_at(lines, ends[0]), split_at(lines, ends[1])
            extra.append(Line(LineString([start, end]), PRIMARY, CROSSING, design.primary))
            network = Network(noded(lines + extra[-1:]))
            notes.append(Note("part_crossing", (site.label, round(extra[-1].geometry.length, 1))))
        distance = network.distances(homes_xy, gates)
    for gate in _far_gates(network, site.site, side, homes_xy, reach, gates, distance):
        gates.append(gate)
        notes.append(Note("far_gate", (site.label, "E%d" % len(gates), round(reach.value))))
    return Entrances(design, site, network, gates, extra, homes_xy, notes)


def _gates_on_side(network, side, homes_xy, reach, shift=0.0):
    """Gates along ``side`` (gates_along, ``shift``), one more while that
    brings the farthest household reached nearer and it is still beyond ``reach``."""
    best = None
    for count in range(1, 9):
        gates = [(g, attach_point(g, network.loops, network.lines)) for g in gates_along(side, count, shift)]
        distance = network.distances(homes_xy, gates)
        reached = distance[np.isfinite(distance)]
        farthest = float(reached.max()) if len(reached) else 0.0
        if best is not None and farthest > best[0] * (1.0 - GATE_GAIN):
            break
        best = (farthest, gates, distance)
        if reach.complies(farthest):
            break
    return list(best[1]), best[2]


def _far_gates(network, outline, road_side, homes_xy, reach, gates, distance):
    """Gates in the middle of the other sides of ``outline`` while the
    farthest household reached is beyond ``reach`` of every gate: each time
    on the side whose gate brings it nearest, if that is GATE_GAIN nearer."""
    added = []
    others = [s for s in sides(outline) if not s.equals(road_side)]
    for _ in range(MAX_FAR_GATES):
        reached = distance[np.isfinite(distance)]
        if not len(reached) or reach.complies(reached.max()):
            break
        best = None
        for side in others:
            middle = side.interpolate(0.5, normalized=True)
            gate = (middle, attach_point(middle, network.loops, network.lines))
            trial = network.distances(homes_xy, gates + added + [gate])
            farthest = trial[np.isfinite(trial)].max()
            if best is None or farthest < best[0]:
                best = (farthest, gate, trial)
        if best is None or best[0] > reached.max() * (1.0 - GATE_GAIN):
            break
        added.append(best[1])
        distance = best[2]
    return added


def _frontage_gate(network, component, side, design, site):
    """(gate, attachment) in the middle of the stretch of ``side`` where the
    part of ``component`` meets it (its loop within the setback and the loop
    width of the side), away from the side's ends; None when it does not."""
    lines = network.component_lines(component)
    direct = design.options.setback + design.primary + 1.0
    clearance = min(30.0, side.length / 4.0)
    steps = np.arange(clearance, side.length - clearance + 1e-9, FRONTAGE_STEP_M)
    candidates = []
    for at in steps:
        point = side.interpolate(at)
        target = nearest_points(point, lines)[1]
        if point.distance(target) <= direct:
            candidates.append((point, target))
    if not candidates:
        return None
    return candidates[len(candidates) // 2]


def _crossing(network, component, distance, homes_xy):
    """(start, end): the shortest line from ``component`` to the network
    already reached from a gate (any other part when none is)."""
    paths = network.paths
    reached = np.isfinite(distance)
    if reached.any():
        snap = paths.snap(homes_xy[reached], SNAP_ANY)
        others = set(paths.component_of_node[paths.start_node[snap.segment]].tolist())
    else:
        others = set(paths.component_of_node.tolist()) - {component}
    mask = np.isin(paths.component_of_node[paths.start_node], sorted(others))
    if not mask.any():
        return None
    targets = MultiLineString([[tuple(a), tuple(b)] for a, b in zip(paths.start_xy[mask], paths.end_xy[mask])])
    return nearest_points(network.component_lines(component), targets)


def _joined(design, site, network, gates, extra, homes_xy, notes):
    """Entrances.joined."""
    lines = list(network.lines)
    corridors = []
    for gate, target in gates:
        cut = split_at(lines, target)
        road = LineString([gate, cut])
        if road.length > 1e-6:
            lines.append(Line(road, PRIMARY, ENTRANCE_ROAD, design.primary))
            corridors.append((corridor(gate, cut, design.primary, site.site), ENTRANCE_ROAD))
    for line in extra:
        corridors.append((corridor(Point(line.geometry.coords[0]), Point(line.geometry.coords[-1]),
                                   design.primary, site.site), CROSSING))
    final = Network(noded(lines))
    attached = [(gate, Point(gate.coords[0])) for gate, _ in gates]
    distance = final.distances(homes_xy, attached)
    return Circulation(final.lines, [g.coords[0] for g, _ in gates], corridors, distance, notes, final)


__all__ = ["plan_circulation", "LOOP"]
