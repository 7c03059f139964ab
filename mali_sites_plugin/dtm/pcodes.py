"""Mali P-codes: their form, their nesting, and whether they agree with the
region and cercle names of the same row.

The names come from the shipped table resources/pcodes/mali_admin.json (its
sources, editions and confidence are in the file): the COD-AB regions, the
regions of the 2023 division as REACH's 2025 scripts code them (where ML09 is
Taoudénit, not Bamako), and the COD-AB cercles that table lists. A code and a
name that disagree are reported on the row and both kept: the import never
picks one of them.
"""
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..common.resources import resource_dir
from ..common.vocabulary import fold
from .values import normalise

PCODE_TABLE = resource_dir("pcodes") / "mali_admin.json"
_FORM = {level: re.compile(r"^ML\d{%d}$" % (2 * level)) for level in (1, 2, 3)}
_PLACE_WORDS = re.compile(r"^(?:region|cercle|district|commune)\s+(?:de\s+|du\s+|d')?")


def name_key(name):
    """A place name compared without case, accents, spaces or a leading 'Région de'."""
    return normalise(_PLACE_WORDS.sub("", fold(name)))


@dataclass(frozen=True)
class CodeList:
    title: str
    source: str
    confidence: str
    names: dict  # code -> its names (the first is the one shown)

    def name_of(self, code):
        return self.names[code][0]

    def agrees(self, code, name):
        return name_key(name) in {name_key(known) for known in self.names.get(code, ())}

    def codes_named(self, name):
        return [code for code in self.names if self.agrees(code, name)]


@dataclass(frozen=True)
class PcodeTable:
    path: Path
    regions: CodeList  # COD-AB
    regions_2023: CodeList  # the 2023 division, REACH 2025 codes
    cercles: CodeList  # COD-AB codes, incomplete


@lru_cache(maxsize=4)
def load_pcode_table(path=PCODE_TABLE):
    content = json.loads(Path(path).read_text(encoding="utf-8"))

    def code_list(key):
        part = content[key]
        return CodeList(part["title"], part["source"], part["confidence"],
                        {code: tuple(names) for code, names in part["codes"].items()})
    return PcodeTable(Path(path), code_list("admin1"), code_list("admin1_2023"), code_list("admin2"))


def _codes_from_names(values):
    """Fixes for admin names that hold a P-code (Kobo lists often store the
    code): the code moves to its P-code field when that one is empty."""
    fixes = []
    for level in (1, 2, 3):
        name, code_field = values.get("admin%d" % level), "admin%d_pcode" % level
        if name and not values.get(code_field) and _FORM[level].match(name.strip().upper()):
            values[code_field], values["admin%d" % level] = name.strip().upper(), None
            fixes.append("admin%d %r is a P-code: moved to %s" % (level, name, code_field))
    return fixes


def check_pcodes(values, table):
    """(fixes, warnings) for the P-codes of one row; ``values`` (field -> value)
    gets its codes tidied (spaces removed, upper case; a code in a name field
    moved to its P-code field), which are fixes."""
    fixes, warnings, codes = _codes_from_names(values), [], {}
    for level in (1, 2, 3):
        field = "admin%d_pcode" % level
        given = values.get(field)
        if given is None:
            continue
        tidy = re.sub(r"\s+", "", given).upper()
        if tidy != given:
            fixes.append("%s %r read as %r" % (field, given, tidy))
            values[field] = tidy
        if _FORM[level].match(tidy):
            codes[level] = tidy
        else:
            warnings.append("%s %r is not a Mali P-code of level %d (ML and 2 digits per level: "
                            "ML05, ML0501, ML050101); kept as given" % (field, tidy, level))
    for level in (2, 3):
        parents = [shallower for shallower in (1, 2) if shallower < level and shallower in codes]
        if level in codes and parents and not codes[level].startswith(codes[parents[-1]]):
            warnings.append("admin%d_pcode %s does not lie in admin%d_pcode %s"
                            % (level, codes[level], parents[-1], codes[parents[-1]]))
    for disagreement in (_region_disagreement(values.get("admin1"), codes, table),
                         _cercle_disagreement(values.get("admin2"), codes, table)):
        if disagreement:
            warnings.append(disagreement)
    return fixes, warnings


def _implied(codes, level):
    """(code of ``level``, where it comes from): the row's own code of that
    level, else the start of a deeper one; (None, None) if there is none."""
    if level in codes:
        return codes[level], "admin%d_pcode %s" % (level, codes[level])
    for deeper in (2, 3):
        if deeper > level and deeper in codes:
            code = codes[deeper][:2 + 2 * level]
            return code, "%s (start of admin%d_pcode %s)" % (code, deeper, codes[deeper])
    return None, None


def _region_disagreement(name, codes, table):
    code, origin = _implied(codes, 1)
    if code is None:
        return None
    cod, reach = table.regions, table.regions_2023
    if code in cod.names:
        if name is None or cod.agrees(code, name):
            return None
        if reach.agrees(code, name):
            return ("%s is %s in the COD-AB regions, but admin1 is %r, the meaning of %s in the 2023 "
                    "regions of REACH's 2025 scripts: check which list the file follows (code and "
                    "name kept as given)" % (origin, cod.name_of(code), name, code))
        return ("%s is %s in the COD-AB regions, but admin1 is %r%s: code and name kept as given"
                % (origin, cod.name_of(code), name, _known_as(name, cod, reach)))
    if code in reach.names:
        named = "" if name is None or reach.agrees(code, name) else ", and admin1 is %r" % name
        return ("%s is not a COD-AB region; it is %s in the 2023 regions of REACH's 2025 scripts%s: "
                "check which list the file follows" % (origin, reach.name_of(code), named))
    return "%s is in neither region list of %s (COD-AB ML01-ML10, 2023 regions)" % (
        origin, table.path.name)


def _cercle_disagreement(name, codes, table):
    code, origin = _implied(codes, 2)
    cercles = table.cercles
    if code is None or name is None or code not in cercles.names or cercles.agrees(code, name):
        return None  # the cercle table is incomplete: a code it lacks is not a disagreement
    elsewhere = cercles.codes_named(name)
    known = " (%s in the COD-AB)" % ", ".join(elsewhere) if elsewhere else ""
    return ("%s is %s in the COD-AB cercles, but admin2 is %r%s: code and name kept as given"
            % (origin, cercles.name_of(code), name, known))


def _known_as(name, cod, reach):
    elsewhere = cod.codes_named(name)
    if elsewhere:
        return " (%s in the COD-AB)" % ", ".join(elsewhere)
    elsewhere = reach.codes_named(name)
    if elsewhere:
        return " (%s in the 2023 regions)" % ", ".join(elsewhere)
    return ", not a region name of either list"
