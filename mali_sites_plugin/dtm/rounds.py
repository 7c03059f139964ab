"""Several rounds of the same sites in one file: each site's latest report is
kept (highest round, then latest reporting date, then the later row); the
older ones are superseded, each naming the row that replaced it.

In a file without rounds, rows naming the same place (site id, or admin
unit) are reported: a row repeating an earlier one in every value is the
same entry twice and is rejected (its people would be counted twice); rows
that differ are all kept, each with a warning naming the others, for the
DTM officer to decide (one site listed twice, or two sites with one id)."""
from ..common.vocabulary import fold
from .pcodes import name_key

_ADMIN_NAMES = ("admin1", "admin2", "admin3")


def site_key(values):
    """What makes two rows the same site: its id, else its name in its admin units."""
    if values.get("site_id"):
        return ("id", fold(values["site_id"]))
    if values.get("site_name"):
        return ("name",) + tuple(name_key(values.get(field) or "")
                                 for field in _ADMIN_NAMES + ("site_name",))
    return None


def unit_key(values):
    """What makes two admin-level rows the same unit: its deepest P-code, else its names."""
    for level in (3, 2, 1):
        code = values.get("admin%d_pcode" % level)
        if code:
            return ("pcode", code)
    names = tuple(name_key(values.get(field) or "") for field in _ADMIN_NAMES)
    if any(names):
        return ("names",) + names
    if values.get("country_code"):
        return ("country", values["country_code"])
    return None


def _order(row):
    round_number, date = row.values.get("round"), row.values.get("reporting_date")
    return (round_number is not None, round_number or 0, date is not None, date or "", row.row)


def keep_latest(rows, key_of):
    """(kept rows in file order, [(superseded row, reason)]); rows whose key
    is None (nothing identifies them) are all kept."""
    latest = {}
    for row in rows:
        key = key_of(row.values)
        if key is not None and (key not in latest or _order(row) > _order(latest[key])):
            latest[key] = row
    kept, superseded = [], []
    for row in rows:
        key = key_of(row.values)
        winner = latest.get(key) if key is not None else row
        if winner is row:
            kept.append(row)
        else:
            superseded.append((row, _reason(row, winner)))
    return kept, superseded


def _reason(row, winner):
    if _order(row)[:4] == _order(winner)[:4]:
        return "superseded by row %d: the same place, round and date, later in the file" % winner.row
    return "superseded by row %d: a later report of the same place (%s)" % (winner.row, _when(winner))


def _when(row):
    round_number, date = row.values.get("round"), row.values.get("reporting_date")
    return ", ".join(([] if round_number is None else ["round %d" % round_number])
                     + ([] if date is None else [date]))


def flag_duplicates(rows, key_of):
    """(kept rows, [(repeated row, reason)], number of rows warned): see above."""
    by_key = {}
    for row in rows:
        key = key_of(row.values)
        if key is not None:
            by_key.setdefault(key, []).append(row)
    kept, repeats, warned = [], [], 0
    for row in rows:
        key = key_of(row.values)
        others = [other for other in by_key.get(key, ()) if other is not row]
        earlier = next((other for other in others if other.row < row.row and _same(other, row)), None)
        if earlier is not None:
            repeats.append((row, "duplicate of row %d: the same %s with the same values (the same entry "
                                 "twice; kept once)" % (earlier.row, _what(key, row))))
            continue
        different = [other.row for other in others if not _same(other, row)]
        if different:
            row.warnings.append("%s is also on row %s: one site listed twice (its people counted twice) or "
                                "two places with one id; check and correct the list"
                                % (_what(key, row), ", ".join(str(number) for number in different)))
            warned += 1
        kept.append(row)
    return kept, repeats, warned


def _same(row, other):
    return (row.values, row.longitude, row.latitude) == (other.values, other.longitude, other.latitude)


def _what(key, row):
    if key[0] == "id":
        return "site id %r" % row.values["site_id"]
    if key[0] == "pcode":
        return "P-code %s" % key[1]
    if key[0] == "names":
        return "admin unit %s" % " / ".join(name for name in key[1:] if name)
    return "country %s" % key[1]
