"""WASH coverage against a standards profile: distances from households to the
nearest water point and latrine, facility loads against their ratios, the
areas out of reach, and where new facilities should go."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "assess": "audit", "summarise": "audit", "WashResult": "audit", "KindResult": "audit",
    "Facilities": "facilities", "water_point_facilities": "facilities", "latrine_facilities": "facilities",
    "gendered_cubicles": "facilities", "sharing_a_point": "facilities",
    "DistanceModel": "access", "measure_access": "access", "compute_load": "access",
    "find_gaps": "gaps", "suggest": "suggestions", "facility_ids": "tables",
})
