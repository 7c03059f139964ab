"""The words field values come in, French or English, and what they mean.

One table per kind of value (water point type, latrine gender, functional
status), looked up case- and accent-insensitively. Every algorithm reads
these values through here, so a word means the same in the audit, the
layout and the printed map.
"""
import unicodedata

from .lazy import lazy_module

np = lazy_module("numpy")  # the plugin loads this module: numpy comes with the first run

WATER_KINDS = ("tap", "handpump", "well")
GENDERS = ("female", "male", "mixed")

_WATER_WORDS = {
    "tap": ("tap", "taps", "robinet", "robinets", "standpipe", "borne fontaine", "borne-fontaine",
            "bornefontaine", "kiosk", "kiosque", "tapstand"),
    "handpump": ("handpump", "hand pump", "hand-pump", "pump", "pompe", "pompe a main",
                 "pompe manuelle", "forage", "borehole", "pmh"),
    "well": ("well", "open well", "hand well", "puits", "puit", "puits ouvert", "puisard"),
}
_GENDER_WORDS = {
    "female": ("female", "women", "woman", "f", "femme", "femmes", "feminin", "filles"),
    "male": ("male", "men", "man", "m", "h", "homme", "hommes", "masculin", "garcons"),
    "mixed": ("mixed", "mixte", "unisex", "all", "tous", "family", "famille", "familial"),
}
_YES = ("yes", "y", "true", "1", "oui", "o", "functional", "functioning", "fonctionnel",
        "fonctionnelle", "ok", "working", "en service")
# Yes/no columns of the plugin's own outputs (wp_ok, lat_ok, overloaded: written as booleans)
# as they read back from any format: a boolean, 1/0 (GeoPackage, shapefile), 'true'/'false' (CSV).
_FLAG_YES = ("true", "1", "yes", "y", "t", "oui", "vrai")
_FLAG_NO = ("false", "0", "no", "n", "f", "non", "faux")
_NO = ("no", "n", "false", "0", "non", "not functional", "non functional", "non-functional",
       "broken", "non fonctionnel", "non fonctionnelle", "en panne", "hors service", "panne")


def fold(value):
    decomposed = unicodedata.normalize("NFKD", str(value).strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _lookup(words):
    return {fold(word): name for name, group in words.items() for word in group}


_WATER_LOOKUP = _lookup(_WATER_WORDS)
_GENDER_LOOKUP = _lookup(_GENDER_WORDS)
_FUNCTIONAL_LOOKUP = _lookup({True: _YES, False: _NO})
_FLAG_LOOKUP = _lookup({True: _FLAG_YES, False: _FLAG_NO})


def classify(values, lookup, default):
    """(classes, unknown values): each value looked up case- and accent-
    insensitively (French or English); None/'' and unknown words get ``default``."""
    classes, unknown = [], {}
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            classes.append(default)
            continue
        if isinstance(value, bool):
            value = "1" if value else "0"
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        name = lookup.get(fold(value))
        if name is None:
            unknown[str(value)] = unknown.get(str(value), 0) + 1
            name = default
        classes.append(name)
    return classes, unknown


def water_kinds(values, default="handpump"):
    return classify(values, _WATER_LOOKUP, default)


def genders(values):
    return classify(values, _GENDER_LOOKUP, "mixed")


def yes_no_flags(values):
    """(booleans, unknown values) of a yes/no column the plugin wrote (as a
    boolean) read back from any format; empty and unknown values are no."""
    flags, unknown = classify(values, _FLAG_LOOKUP, False)
    return np.array(flags, dtype=bool), unknown


def functional_flags(values):
    """Unrecognised or empty status counts as functional (reported as unknown)."""
    flags, unknown = classify(values, _FUNCTIONAL_LOOKUP, True)
    return np.array(flags, dtype=bool), unknown


