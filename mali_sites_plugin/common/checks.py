"""A measurement of a result against one figure of a standards profile."""
from dataclasses import dataclass

from .standards import ROUNDING_SLACK


@dataclass
class Check:
    key: str  # what is measured, for the report (e.g. 'water_distance')
    measured: float
    figure: object  # the profile Figure it is checked against
    passed: bool

    @classmethod
    def measure(cls, key, measured, figure):
        """The check of ``measured`` against ``figure``'s own comparison."""
        return cls(key, float(measured), figure, bool(figure.complies(measured)))

    @classmethod
    def share_meeting(cls, key, percent, figure):
        """The share of people (percent) who meet ``figure``: passes only when
        all do (a share summed in floating point may fall short of 100 by rounding)."""
        return cls(key, float(percent), figure, bool(percent >= 100.0 * (1.0 - ROUNDING_SLACK)))

    @classmethod
    def count_failing(cls, key, count, figure):
        """How many items fail ``figure`` (facilities overloaded, too close...): passes at none."""
        return cls(key, float(count), figure, bool(count == 0))
