"""Output columns as the products write them, and the numbers read from input fields.

A product's outputs are the input features plus columns the core computes:
a Column is a field name, its kind and one value per feature (None for an
empty value). The Processing glue turns Columns into the fields of a layer
and the Python API into the columns of a GeoDataFrame, so both carry the
same names and the same values.
"""
import math
import re
from dataclasses import dataclass

from .lazy import lazy_module

np = lazy_module("numpy")  # the plugin loads this module: numpy comes with the first run

KINDS = ("string", "int", "double", "bool")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # one of KINDS
    values: list  # one per feature; None = empty (NULL)


def rows(columns):
    """The columns' values feature by feature: one tuple per feature."""
    return list(zip(*(column.values for column in columns)))


# The spaces that set thousands apart in numbers typed in French spreadsheets
# (plain, no-break, narrow no-break): '2 117', '12 500,5'. With them, a comma
# can only be the decimal one.
THOUSANDS_SPACES = " \u00a0\u202f"
_SPACED_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:[%s]\d{3})+(?:[.,]\d+)?$" % THOUSANDS_SPACES)


def finite_number(value, default=None):
    """``value`` as a finite float ('2 117' with its thousands spaced too);
    ``default`` for None, text that is not a number, inf and nan."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        if not (isinstance(value, str) and _SPACED_THOUSANDS.match(value.strip())):
            return default
        number = float(re.sub("[%s]" % THOUSANDS_SPACES, "", value.strip()).replace(",", "."))
    return number if math.isfinite(number) else default


def finite_or_none(values):
    """Numbers as a list of floats, with None for inf and nan."""
    numbers = np.asarray(values, dtype=float)
    result = numbers.tolist()
    for index in np.flatnonzero(~np.isfinite(numbers)).tolist():
        result[index] = None
    return result


def numbers_or_default(values, default, whole=False):
    """(one float per value, how many took ``default``): the values of 0 or
    more (whole numbers when ``whole``) as they are, ``default`` for the
    others (None, text, negative, inf, nan)."""
    numbers = np.full(len(values), float(default))
    defaulted = 0
    for index, value in enumerate(values):
        number = finite_number(value)
        if number is not None and number >= 0 and (not whole or number == int(number)):
            numbers[index] = number
        else:
            defaulted += 1
    return numbers, defaulted


def one_per_feature(values, located):
    """Values of the located features spread over all features: None where
    a feature has no location."""
    located = np.asarray(located, dtype=bool)
    if located.all():
        return list(values)
    result = [None] * len(located)
    for index, value in zip(np.flatnonzero(located).tolist(), values):
        result[index] = value
    return result
