"""Remarks for the user, as a code and its values; the glue words them in the
run's language (report, log and results), so the core holds no sentences."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    code: str  # e.g. 'no_overlap', 'hazard_nodata'
    values: tuple = ()  # numbers or names the wording fills in
    scenario: str = None  # the flood scenario it is about, if any


def format_value(value):
    """Numbers grouped by thousands, one decimal unless whole."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "{:,.0f}".format(value) if float(value).is_integer() else "{:,.1f}".format(value)
    return str(value)
