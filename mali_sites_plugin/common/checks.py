"""A measurement of a result against one figure of a standards profile."""
from dataclasses import dataclass


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
