"""Observed flood extents as the products deliver them (Copernicus GFM
rasters, Copernicus EMS and UNOSAT vectors): their class values read as one
state each, from the product schemes of resources/standards/flood_products.json.

States, and their class ranks on the outputs (higher = worse):

* dry (0): observed, no flood water;
* permanent (1): water before the flood (UNOSAT pre-flood water, GFM
  reference water): reported apart from flood water, never counted as wet;
* possibly_wet (2): possible flood water, flood traces, saturated soil;
* wet (3): flood water observed;
* not_observable: no observation possible (GFM exclusion mask, areas not
  analysed) and any class value the scheme does not list: unknown, never dry.

Where polygons of several states overlap, the scheme file's ``precedence``
decides (permanent first). Light (no rasterio): the glue imports it when
QGIS loads the plugin.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..common.errors import InputError
from ..common.lazy import lazy_module
from ..common.standards import STANDARDS_DIR

np = lazy_module("numpy")  # the plugin loads this module (its help reads the schemes)
PRODUCTS_FILE = STANDARDS_DIR / "flood_products.json"
DRY, PERMANENT, POSSIBLY_WET, WET = 0, 1, 2, 3
RANK_OF = {"dry": DRY, "permanent": PERMANENT, "possibly_wet": POSSIBLY_WET, "wet": WET}
NOT_OBSERVABLE = "not_observable"
STATES = ("wet", "possibly_wet", "permanent", NOT_OBSERVABLE, "dry")
STATE_NAMES = {"en": ("dry", "permanent water", "possibly wet", "wet"),
               "fr": ("sec", "eau permanente", "peut-être inondé", "inondé")}
DATE = re.compile(r"(?<!\d)(\d{8})(?!\d)")


@dataclass
class ProductScheme:
    """How one product's class values read: {value: state}, each with its source."""
    key: str
    title: dict
    kind: str  # 'vector' or 'raster'
    source: str
    confidence: str
    class_field: str = None  # vector schemes: the class field
    values: dict = field(default_factory=dict)  # vector: {value: state}
    layers: dict = field(default_factory=dict)  # raster: {role: (patterns, {value: state})}

    def title_in(self, language):
        return self.title.get(language) or self.title.get("en") or self.key

    def state_of(self, value):
        """The state of a class value (numbers and text compared loosely), None if unlisted."""
        return _lookup(self.values, value)

    def role_of(self, name):
        """The raster layer role ('flood', 'exclusion', 'reference_water') a file name matches, or None."""
        upper = str(name).upper()
        for role, (patterns, _) in self.layers.items():
            if any(pattern.upper() in upper for pattern in patterns):
                return role
        return None


@dataclass
class ProductSchemes:
    schemes: dict  # key -> ProductScheme
    precedence: tuple  # states, the first wins where polygons overlap
    path: str

    def vector(self):
        return [s for s in self.schemes.values() if s.kind == "vector"]

    def raster(self):
        return [s for s in self.schemes.values() if s.kind == "raster"]

    def get(self, key, kind):
        scheme = self.schemes.get(key)
        if scheme is None or scheme.kind != kind:
            choices = ", ".join(s.key for s in self.schemes.values() if s.kind == kind)
            raise InputError("Product scheme '%s' is not a %s scheme of %s: choose one of %s",
                             key, kind, self.path, choices)
        return scheme


def _lookup(mapping, value):
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.casefold() in mapping:
            return mapping[text.casefold()]
        try:
            value = float(text)
        except ValueError:
            return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return mapping.get(number)


def _value_map(entries, path, scheme):
    mapping = {}
    for entry in entries:
        state, value = entry.get("state"), entry.get("value")
        if state not in STATES or value is None or not entry.get("source"):
            raise InputError("Product scheme '%s' of %s: each value needs a value, a state (one of %s) "
                             "and its source; got %s", scheme, path, ", ".join(STATES), json.dumps(entry))
        key = value.strip().casefold() if isinstance(value, str) else float(value)
        mapping[key] = state
    return mapping


def load_product_schemes(path=None):
    """The product schemes of ``path`` (default: resources/standards/flood_products.json)."""
    path = Path(path) if path else PRODUCTS_FILE
    try:
        with open(path, encoding="utf-8-sig") as stream:
            document = json.load(stream)
    except (OSError, ValueError) as error:
        raise InputError("Product schemes file %s cannot be read (%s): give a JSON file shaped like "
                         "resources/standards/flood_products.json", str(path), str(error)) from None
    schemes = {}
    for key, entry in (document.get("schemes") or {}).items():
        kind = entry.get("kind")
        if kind not in ("vector", "raster") or not entry.get("source"):
            raise InputError("Product scheme '%s' of %s needs a kind ('vector' or 'raster') and a source",
                             key, str(path))
        scheme = ProductScheme(key, entry.get("title") or {"en": key}, kind, entry["source"],
                               entry.get("confidence", "unverified"))
        if kind == "vector":
            if not entry.get("field"):
                raise InputError("Vector product scheme '%s' of %s names no class field ('field')", key, str(path))
            scheme.class_field = entry["field"]
            scheme.values = _value_map(entry.get("values") or [], path, key)
        else:
            scheme.layers = {role: (tuple(layer.get("patterns") or ()),
                                    _value_map(layer.get("values") or [], path, key))
                             for role, layer in (entry.get("layers") or {}).items()}
            if "flood" not in scheme.layers:
                raise InputError("Raster product scheme '%s' of %s has no 'flood' layer", key, str(path))
        schemes[key] = scheme
    if not schemes:
        raise InputError("Product schemes file %s holds no scheme", str(path))
    precedence = tuple(document.get("precedence") or ("permanent", "wet", "possibly_wet", NOT_OBSERVABLE))
    return ProductSchemes(schemes, precedence, str(path))


def detect_vector_scheme(schemes, field_names):
    """The vector scheme whose class field the layer has (case-insensitive), or None."""
    lowered = {name.lower(): name for name in field_names}
    for scheme in schemes.vector():
        if scheme.class_field.lower() in lowered:
            return scheme
    return None


def field_named(scheme, field_names, layer):
    """The layer's own spelling of the scheme's class field; InputError when it has none."""
    lowered = {name.lower(): name for name in field_names}
    if scheme.class_field.lower() not in lowered:
        raise InputError("Flood extent '%s' has no field '%s', which the %s scheme reads (%s). Its "
                         "fields are: %s. Choose the product the layer comes from (EXTENT_PRODUCT), "
                         "or 'plain polygons' to count every polygon as wet", layer, scheme.class_field,
                         scheme.key, scheme.source.split(" (")[0], ", ".join(field_names) or "none")
    return lowered[scheme.class_field.lower()]


@dataclass
class ObservedPolygons:
    """One observed extent layer split by state: {state: [polygons]}, plus
    the class values the scheme does not list, with their feature counts."""
    by_state: dict
    unlisted: dict  # value -> features (their area is unknown)


def split_by_state(scheme, polygons, values):
    """ObservedPolygons of a vector layer: each polygon under the state of its class value;
    a value the scheme does not list makes its polygon unknown (not observable)."""
    by_state, unlisted = {}, {}
    for polygon, value in zip(polygons, values):
        if polygon is None or polygon.is_empty:
            continue
        state = scheme.state_of(value)
        if state is None:
            unlisted[value] = unlisted.get(value, 0) + 1
            state = NOT_OBSERVABLE
        by_state.setdefault(state, []).append(polygon)
    return ObservedPolygons(by_state, unlisted)


def date_of(name):
    """The YYYYMMDD date in a file name (GFM names carry the acquisition date), or None."""
    found = DATE.search(str(name))
    return found.group(1) if found else None


class ObservedModel:
    """Class ranks of observed states (dry, permanent, possibly wet, wet), as a
    hazard model: the readers of observed rasters give ranks as cell values."""
    kind = "observed"
    has_depth = False
    wet_threshold = None
    n_ranks = 4

    def class_name(self, rank, language="en"):
        if rank is None or rank < 0:
            return None
        return STATE_NAMES.get(language, STATE_NAMES["en"])[int(rank)]

    def wet_threshold_for(self, dtype):
        return None

    def interpret(self, values, dtype=None):
        values = np.asarray(values, dtype=np.float64)
        known = (values >= DRY) & (values <= WET) & (values == np.round(values))
        rank = np.where(known, values, -1).astype(np.int64)
        return known, rank, rank == WET


OBSERVED_MODEL = ObservedModel()


def state_ranks(mapping, values, valid):
    """(rank, known, not_observable) per cell of raster ``values`` read through
    a layer's {value: state}: unlisted values are unknown."""
    rank = np.full(values.shape, -1, dtype=np.int8)
    excluded = np.zeros(values.shape, dtype=bool)
    for value, state in mapping.items():
        if isinstance(value, str):
            continue
        hit = valid & (values == value)
        if state == NOT_OBSERVABLE:
            excluded |= hit
        else:
            rank[hit] = RANK_OF[state]
    return rank, rank >= 0, excluded
