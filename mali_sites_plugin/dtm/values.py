"""Cell values of a DTM site list: numbers, counts, rounds and dates as they
are typed in French and English spreadsheets."""
import datetime
import re

from ..common.columns import THOUSANDS_SPACES
from ..common.vocabulary import fold

_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_THOUSANDS_SEPARATORS = ",." + THOUSANDS_SPACES  # a count is whole: a comma or a point there sets thousands apart
_THOUSANDS = re.compile(r"^\d{1,3}([%s]\d{3})+$" % _THOUSANDS_SEPARATORS)
_ROUND = re.compile(r"^(?:r|rd|round|passage|tour)?\s*[_#:.-]?\s*(\d+)(?:\.0+)?$")
_ADMIN_LEVEL = re.compile(r"^(?:admin|adm|niveau|level)?\s*[_ -]?\s*([0-3])$")
_ISO_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$")
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?$")


def blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def text(value):
    """A cell as text: whole floats without '.0', surrounding spaces removed."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def normalise(name):
    """A header or place name reduced to lower-case letters and digits, accents removed."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


def parse_decimal(value):
    """(number, fixed) from '12.65', '12,65' (fixed=True), 12.65; (None, False) if not a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), False
    cleaned = str(value).strip().replace("\u2212", "-")
    fixed = False
    if _DECIMAL_COMMA.match(cleaned):
        cleaned, fixed = cleaned.replace(",", "."), True
    try:
        number = float(cleaned)
    except ValueError:
        return None, False
    if number != number or number in (float("inf"), float("-inf")):
        return None, False
    return number, fixed


def parse_count(value):
    """(count, None) for a whole non-negative number, else (None, problem)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        cleaned = str(value).strip()
        if _THOUSANDS.match(cleaned):
            cleaned = re.sub("[%s]" % _THOUSANDS_SEPARATORS, "", cleaned)
        number, _ = parse_decimal(cleaned)
        if number is None:
            return None, "non-numeric"
    if number < 0:
        return None, "negative"
    if number != int(number):
        return None, "non-integer"
    return int(number), None


def parse_round(value):
    """The round number of '65', 65.0, '65.0', 'R65', 'Round 65', 'round_65'; None if unreadable."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() and value >= 0 else None
    match = _ROUND.match(fold(value))
    return int(match.group(1)) if match else None


def parse_admin_level(value):
    """0 to 3 from 1, '1', 'Admin 1', 'adm1'; None otherwise."""
    match = _ADMIN_LEVEL.match(text(value).lower())
    return int(match.group(1)) if match else None


def parse_date(value):
    """An ISO date (YYYY-MM-DD) from a date cell, '2023-05-31', '2023-05-31T00:00:00'
    or the French day-first '31/05/2023'; None if unreadable."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    cleaned = str(value).strip()
    match = _ISO_DATE.match(cleaned)
    if match:
        year, month, day = match.groups()
    else:
        match = _DAY_FIRST_DATE.match(cleaned)
        if not match:
            return None
        day, month, year = match.groups()
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
