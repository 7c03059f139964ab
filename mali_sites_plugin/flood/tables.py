"""The columns the flood exposure adds to sites and corridors, and those of
the corridor stretches (common.columns.Column): per scenario, the metric
names end with the scenario key (wet_pct_q100), then the worst scenario.
The same names and values in the Processing layers and the Python API.

Light (no rasterio): the Processing glue imports it when QGIS loads the plugin.
"""
from ..common.columns import Column, finite_number, finite_or_none
from .scenarios import class_label

SITE_METRICS = (("wet_pct", "double"), ("unknown_pct", "double"),
                ("max_depth", "double"), ("mean_depth", "double"),
                ("exposed_people", "double"), ("hazard_class", "string"),
                ("hazard_rank", "int"), ("cells", "double"),
                ("valid_cells", "double"), ("wet_cells", "double"))
CORRIDOR_METRICS = (("wet_m", "double"), ("wet_pct", "double"),
                    ("unknown_m", "double"), ("max_depth", "double"),
                    ("hazard_class", "string"), ("hazard_rank", "int"))
# observed products (flood/products.py) add, per scenario, the shares of their other states
OBSERVED_METRICS = {SITE_METRICS: (("possibly_wet_pct", "double"), ("permanent_pct", "double")),
                    CORRIDOR_METRICS: (("possibly_wet_m", "double"), ("permanent_m", "double"))}
# with a passable depth: passable end to end (empty: unknown), cuts, longest dry stretch
PASSAGE_METRICS = (("passable", "bool"), ("cuts", "int"), ("longest_dry_m", "double"))
WORST_FIELDS = (("worst_scenario", "string"), ("worst_class", "string"), ("worst_rank", "int"))
SEGMENT_FIELDS = (("corridor_fid", "int"), ("scenario", "string"),
                  ("hazard_class", "string"), ("class_rank", "int"),
                  ("max_depth", "double"), ("length_m", "double"),
                  ("wet_m", "double"))


def site_columns(scenarios, model, assessment, language="en", radii=None):
    """radius_m (point sites, ``radii`` given), every scenario's SITE_METRICS, the worst scenario."""
    columns = [Column("radius_m", "double", [finite_number(r) for r in radii])] if radii is not None else []
    return columns + _scenario_columns(SITE_METRICS, scenarios, model, assessment, language)


def corridor_columns(scenarios, model, assessment, language="en"):
    """length_m, every scenario's CORRIDOR_METRICS (and PASSAGE_METRICS when
    passage was measured), the worst scenario."""
    results = list(assessment.results.values())
    passage = bool(results) and results[0].passable is not None
    return [Column("length_m", "double", [finite_number(v) for v in assessment.length_m.tolist()])] \
        + _scenario_columns(CORRIDOR_METRICS + (PASSAGE_METRICS if passage else ()), scenarios, model,
                            assessment, language)


def segment_columns(scenarios, model, assessment, corridor_ids, language="en"):
    """SEGMENT_FIELDS of each stretch; corridor_fid is ``corridor_ids`` of its corridor."""
    by_key = {scenario.key: scenario for scenario in scenarios}
    values = []
    for segment in assessment.segments:
        scenario = by_key[segment.scenario]
        values.append((corridor_ids[segment.corridor], scenario.name,
                       class_label(model, scenario, segment.rank, language) if segment.rank >= 0
                       else _unknown(language), _rank(segment.rank), finite_number(segment.max_depth),
                       finite_number(segment.length_m), finite_number(segment.wet_m)))
    by_field = list(zip(*values)) if values else [()] * len(SEGMENT_FIELDS)
    return [Column(name, kind, list(column)) for (name, kind), column in zip(SEGMENT_FIELDS, by_field)]


def _scenario_columns(metrics, scenarios, model, assessment, language):
    """The fields ``metrics`` of every scenario (each metric is also the name
    of the result's array), then worst_scenario, worst_class, worst_rank."""
    columns = []
    for scenario in scenarios:
        result = assessment.results[scenario.key]
        ranks = [int(rank) for rank in result.rank.tolist()]
        for metric, kind in metrics + (OBSERVED_METRICS.get(metrics, ()) if scenario.is_observed else ()):
            name = "%s_%s" % (metric, scenario.key)
            if metric == "hazard_class":
                values = [class_label(model, scenario, rank, language) for rank in ranks]
            elif metric == "hazard_rank":
                values = [_rank(rank) for rank in ranks]
            elif metric == "passable":
                values = [None if verdict < 0 else bool(verdict) for verdict in result.passable.tolist()]
            elif metric == "cuts":
                values = [None if v is None else int(v) for v in map(finite_number, result.cuts.tolist())]
            else:
                values = finite_or_none(getattr(result, metric))
            columns.append(Column(name, kind, values))
    return columns + _worst_columns(scenarios, model, assessment, language)


def _worst_columns(scenarios, model, assessment, language):
    names, classes = [], []
    for worst, rank in zip(assessment.worst.tolist(), assessment.worst_rank.tolist()):
        scenario = scenarios[worst] if worst >= 0 else None
        names.append(scenario.name if scenario is not None else None)
        classes.append(class_label(model, scenario, rank, language) if scenario is not None else None)
    ranks = [_rank(int(rank)) for rank in assessment.worst_rank.tolist()]
    return [Column(name, kind, values) for (name, kind), values in zip(WORST_FIELDS, (names, classes, ranks))]


def _rank(rank):
    return rank if rank >= 0 else None


def _unknown(language):
    return "inconnu" if language == "fr" else "unknown"
