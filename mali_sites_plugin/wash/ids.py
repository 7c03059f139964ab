"""Which field names a facility or a shelter, and the ids that name more
than one feature.

The shelters output carries the id of each household's nearest water point
(wp_id) and latrine (lat_id): it joins the facility layers only when those
ids are the facility layers' own. Without an id field chosen, the field
whose name says it is the id (wp_id, latrine_id, shelter_id... then id or
code) is read; a layer without one falls back to feature ids."""
from ..common.vocabulary import fold

ID_FIELD_WORDS = {
    "water": ("wp_id", "water_point_id", "waterpoint_id", "water_id", "id_point_eau", "point_eau_id", "id_pe",
              "pe_id"),
    "latrine": ("lat_id", "latrine_id", "id_latrine", "latrine_block_id", "block_id"),
    "shelter": ("shelter_id", "id_abri", "abri_id", "plot_id", "household_id", "hh_id", "id_menage", "menage_id"),
}
GENERIC_ID_WORDS = ("id", "code", "identifier", "identifiant")


def id_field(names, kind):
    """The field of ``names`` that holds the ids of a ``kind`` layer
    ('water', 'latrine', 'shelter'), or None."""
    folded = {fold(name): name for name in reversed(list(names))}
    for word in ID_FIELD_WORDS[kind] + GENERIC_ID_WORDS:
        if word in folded:
            return folded[word]
    return None


def duplicated(ids):
    """{id: how many features carry it} for the ids carried by more than one
    feature (None, an absent id, is not counted)."""
    counts = {}
    for value in ids:
        if value is not None:
            counts[str(value)] = counts.get(str(value), 0) + 1
    return {value: count for value, count in counts.items() if count > 1}
