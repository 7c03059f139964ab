"""Facility location shared by the WASH audit and the site layout: greedy
maximal covering with capacity, and capacitated placement where everyone's
nearest facility is within reach and none is overloaded."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {"greedy_cover": "greedy_cover",
                                               "place_capacitated": "capacitated"})
