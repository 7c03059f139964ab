"""The first entrance of a plan, before its network is drawn: the middle of
the side of the site facing the public road (the anchor a smaller population
fills from); gates.py places every entrance on the finished grid."""
from dataclasses import dataclass

from .circulation import gate_side


@dataclass
class Access:
    """In the local frame."""
    gate: tuple = None  # (x, y) of the first entrance on the boundary
    corridor: object = None  # kept for callers; entrance roads are drawn by gates.py


def first_gate(site, shift=0.0):
    """The Access of LocalSite ``site``: the middle of its side facing ROADS
    (the longest side without roads), moved by ``shift`` of the side's length."""
    roads = site.frame.to_local(site.roads) if site.roads is not None else None
    point = gate_side(site.site, roads).interpolate(0.5 + shift, normalized=True)
    return Access((point.x, point.y))
