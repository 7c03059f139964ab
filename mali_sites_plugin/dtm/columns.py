"""Which column of a DTM file holds what: header words (French, English, the
DTM API's field names, Kobo question names), HXL tags, or the user's mapping.

Kobo exports of the DTM site assessment number their questions and prefix
them with their group ("__1.1.d.1__site_name", "__1_1_e_1__site_location__admin_1_",
"__1.1.f.3__gps_coordinates_latitude"). A header is therefore compared by
several keys: the whole name, the name without its question number, the last
part of its group path, and the part of a Kobo geopoint (latitude, longitude).
"""
import json
import re
from dataclasses import dataclass

from ..common.vocabulary import fold
from .errors import DtmError
from .values import normalise

TARGETS = ("site_id", "site_name", "site_status", "country_code", "admin_level",
           "admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode",
           "households", "individuals", "round", "reporting_date", "latitude", "longitude")

# What a header may be called for each target, normalised (normalise()), in order of preference.
SYNONYMS = {
    "latitude": ("latitude", "lat", "y", "gpslatitude", "coordy", "latitudey", "latdd"),
    "longitude": ("longitude", "lon", "long", "lng", "x", "gpslongitude", "coordx", "longitudex",
                  "londd"),
    "site_id": ("siteid", "idsite", "sitecode", "codesite", "site_code", "pcode", "sitepcode",
                "codedusite", "identifiant", "id"),
    "site_name": ("sitename", "nomsite", "nomdusite", "site", "nom", "name", "localite",
                  "locality", "lieu"),
    "site_status": ("sitestatus", "statutdusite", "statutsite", "statut", "status"),
    "country_code": ("admin0pcode", "adm0pcode", "admin0pcod", "countrycode", "iso3", "codepays"),
    "admin_level": ("adminlevel", "admlevel", "niveauadmin", "niveauadministratif"),
    "admin1": ("admin1", "adm1", "region", "admin1name", "adm1name", "nomregion", "regionname",
               "admin1fr", "adm1fr"),
    "admin1_pcode": ("admin1pcode", "adm1pcode", "admin1pcod", "adm1pcod", "admin1code", "adm1code",
                     "pcoderegion", "pcodereg", "regionpcode", "coderegion"),
    "admin2": ("admin2", "adm2", "cercle", "cercles", "admin2name", "adm2name", "district",
               "nomcercle", "prefecture", "admin2fr", "adm2fr"),
    "admin2_pcode": ("admin2pcode", "adm2pcode", "admin2pcod", "adm2pcod", "admin2code", "adm2code",
                     "pcodecercle", "pcodecer", "cerclepcode", "codecercle"),
    "admin3": ("admin3", "adm3", "commune", "admin3name", "adm3name", "nomcommune", "admin3fr",
               "adm3fr"),
    "admin3_pcode": ("admin3pcode", "adm3pcode", "admin3pcod", "adm3pcod", "admin3code", "adm3code",
                     "pcodecommune", "pcodecom", "communepcode", "codecommune"),
    "households": ("households", "menages", "nbmenages", "nombremenages", "nombredemenages",
                   "hh", "nbhh", "numberofhouseholds", "householdsidp", "menagespdi",
                   "totalmenages"),
    "individuals": ("individuals", "individus", "personnes", "nbpersonnes", "nombrepersonnes",
                    "nombredepersonnes", "nbindividus", "nombreindividus", "pdi", "idps",
                    "population", "totalindividus", "totalpersonnes", "persons",
                    "numberofindividuals", "individuspdi", "personnespdi", "numpresentidpind"),
    "round": ("round", "roundnumber", "roundno", "roundnum", "numround", "numeroround",
              "numeroduround", "passage", "numerodepassage", "numeropassage"),
    "reporting_date": ("reportingdate", "datereported", "daterapport", "datedurapport",
                       "datedecollecte", "datecollecte", "collectiondate", "assessmentdate",
                       "datedevaluation", "datedelevaluation", "dateevaluation", "surveydate",
                       "datedenquete", "dateenquete", "date"),
}
_KEY_TARGET = {key: target for target, keys in SYNONYMS.items() for key in keys}


@dataclass(frozen=True)
class HxlRule:
    """A column is ``target`` when its tag has ``hashtag``, every ``required``
    attribute and none of the ``excluded`` ones; among several such tags the
    one with the fewest other attributes wins."""
    target: str
    hashtag: str
    required: frozenset = frozenset()
    excluded: frozenset = frozenset()


def _rule(target, hashtag, *required, excluded=()):
    return HxlRule(target, hashtag, frozenset(required), frozenset(excluded))


# HXL hashtags with attributes, as DTM and HDX publish them, in order of preference.
HXL_RULES = (
    _rule("latitude", "#geo", "lat"), _rule("longitude", "#geo", "lon"),
    _rule("site_id", "#loc", "code"), _rule("site_id", "#site", "code"),
    _rule("site_name", "#loc", "name"), _rule("site_name", "#site", "name"), _rule("site_name", "#loc"),
    _rule("site_status", "#status"),
    _rule("country_code", "#country", "code"), _rule("admin_level", "#adm", "level"),
    _rule("admin1", "#adm1", "name"), _rule("admin1_pcode", "#adm1", "code"),
    _rule("admin2", "#adm2", "name"), _rule("admin2_pcode", "#adm2", "code"),
    _rule("admin3", "#adm3", "name"), _rule("admin3_pcode", "#adm3", "code"),
    _rule("households", "#affected", "hh"), _rule("households", "#affected", "households"),
    _rule("individuals", "#affected", "ind"), _rule("individuals", "#affected", "idps"),
    _rule("individuals", "#affected"),
    _rule("round", "#round"),
    _rule("reporting_date", "#date", "reported", excluded=("year", "month")),
)

# Columns Kobo adds to every export (submission metadata), never a site's data.
KOBO_METADATA = {"_id", "_uuid", "_index", "_parent_index", "_parent_table_name", "_submission_time",
                 "_validation_status", "_status", "_submitted_by", "_notes", "_tags", "__version__",
                 "meta/instanceid", "formhub/uuid"}

# A question number in front of a Kobo header: "__1.1.c.1__", "__1_1_e_1__", "2. ".
_QUESTION_NUMBER = re.compile(r"^[\s_\[(]*\d+(?:[._-](?:\d+|[a-z](?![a-z0-9])))*[\s_\]).:-]+(?=[a-z])")
# Kobo joins a group and its question with '/', or '.', ':' and '__' once sanitised.
_GROUP_SEPARATOR = re.compile(r"__|[/:.]")
_GEOPOINT_PARTS = ("latitude", "longitude")


def column_keys(name):
    """The keys a header is recognised by, in order: whole name, question
    without its number, last part of its group path, Kobo geopoint part."""
    folded = fold(name)
    if folded in KOBO_METADATA:
        return ()
    question = _QUESTION_NUMBER.sub("", folded, count=1)
    keys = [normalise(folded), normalise(question)]
    parts = [part for part in _GROUP_SEPARATOR.split(question) if normalise(part)]
    if parts:
        keys.append(normalise(parts[-1]))
    last_word = re.split(r"[^a-z0-9]+", question.strip("_ "))[-1]
    if last_word in _GEOPOINT_PARTS:
        keys.append(last_word)
    return tuple(dict.fromkeys(key for key in keys if key))


def recognised_targets(cells, user_mapping):
    """The targets a row of cells would give if it were the header: how much
    a row looks like a header (title rows above it give few or none)."""
    found = set()
    user_columns = {column.strip().lower(): target for target, column in user_mapping.items()}
    for cell in cells:
        if cell is None or not str(cell).strip():
            continue
        if str(cell).strip().lower() in user_columns:
            found.add(user_columns[str(cell).strip().lower()])
            continue
        found.update(_KEY_TARGET[key] for key in column_keys(cell) if key in _KEY_TARGET)
    return found


def parse_field_mapping(mapping):
    """A user's mapping as a dict target -> column (empty when None or blank):
    a dict, a JSON object, or "latitude=Lat; longitude=Lon" lines."""
    if mapping is None:
        return {}
    if isinstance(mapping, dict):
        pairs = mapping
    else:
        typed = str(mapping).strip()
        if not typed:
            return {}
        pairs = _json_pairs(typed) if typed.startswith("{") else _line_pairs(typed)
    checked = {}
    for key, column in pairs.items():
        key = str(key).strip().lower()
        if key not in TARGETS:
            raise DtmError("FIELD_MAPPING key %r is unknown; keys are: %s", key, ", ".join(TARGETS))
        checked[key] = str(column).strip()
    return checked


def _json_pairs(typed):
    try:
        pairs = json.loads(typed)
    except json.JSONDecodeError as error:
        raise DtmError("FIELD_MAPPING is not valid JSON: %s", error.msg) from None
    if not isinstance(pairs, dict):
        raise DtmError("FIELD_MAPPING JSON must be an object such as "
                           '{"latitude": "Lat", "longitude": "Lon"}')
    return pairs


def _line_pairs(typed):
    pairs = {}
    for item in re.split(r"[;\n,]", typed):
        if not item.strip():
            continue
        if "=" not in item:
            raise DtmError("FIELD_MAPPING entry %r has no '=': write key=column, such as latitude=Lat",
                           item.strip())
        key, column = item.split("=", 1)
        pairs[key.strip()] = column.strip()
    return pairs


def build_mapping(header, hxl_tags, user_mapping):
    """target -> column of ``header``: the user's mapping first, then HXL
    tags, then header words; a column serves one target at most."""
    mapping = {}
    lowered = {name.strip().lower(): name for name in header}
    for target, column in user_mapping.items():
        if column in header:
            mapping[target] = column
        elif column.strip().lower() in lowered:
            mapping[target] = lowered[column.strip().lower()]
        elif hxl_tags and column in hxl_tags:
            mapping[target] = header[hxl_tags.index(column)]
        else:
            raise DtmError("FIELD_MAPPING names column %r for %s, but the file has no such column. Columns "
                           "are: %s", column, target, ", ".join(header))
    if hxl_tags:
        _map_hxl(header, hxl_tags, mapping)
    keyed = [(column_keys(name), name) for name in header]
    for target, synonyms in SYNONYMS.items():
        if target in mapping:
            continue
        used = set(mapping.values())
        hit = next((name for synonym in synonyms  # in order of preference
                    for keys, name in keyed if synonym in keys and name not in used), None)
        if hit is not None:
            mapping[target] = hit
    return mapping


def _map_hxl(header, hxl_tags, mapping):
    tags = [_split_tag(tag) for tag in hxl_tags[:len(header)]]
    for rule in HXL_RULES:
        if rule.target in mapping:
            continue
        used = set(mapping.values())
        candidates = [(len(attributes - rule.required), index)
                      for index, (hashtag, attributes) in enumerate(tags)
                      if hashtag == rule.hashtag and rule.required <= attributes
                      and not rule.excluded & attributes and header[index] not in used]
        if candidates:
            mapping[rule.target] = header[min(candidates)[1]]


def _split_tag(tag):
    parts = str(tag).strip().lower().replace(" ", "").split("+")
    return parts[0], frozenset(parts[1:])


def is_hxl_row(cells):
    filled = [str(c).strip() for c in cells if c is not None and str(c).strip()]
    return bool(filled) and sum(c.startswith("#") for c in filled) >= max(1, len(filled) // 2)
