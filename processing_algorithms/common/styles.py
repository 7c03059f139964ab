"""Legend labels of the styles in resources/styles, in the map's language.

The labels are listed here as literals so lupdate collects them; rank
labels of the flood styles ("rank 1") are replaced by the class names of
the run's hazard scheme (given, or recognised from the layer's class names)."""
import os
import re

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...mali_sites_plugin.common.standards import load_hazard_schemes, scheme_of_class_names
from . import compat
from .report import LanguageText

STYLE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "styles")

LABELS = (
    QT_TRANSLATE_NOOP("StyleLabels", "Water and toilet within reach"),
    QT_TRANSLATE_NOOP("StyleLabels", "Toilet out of reach"),
    QT_TRANSLATE_NOOP("StyleLabels", "Water out of reach"),
    QT_TRANSLATE_NOOP("StyleLabels", "Not assessed (no location)"),
    QT_TRANSLATE_NOOP("StyleLabels", "Water point, not functional"),
    QT_TRANSLATE_NOOP("StyleLabels", "Water point overloaded"),
    QT_TRANSLATE_NOOP("StyleLabels", "Water point within capacity"),
    QT_TRANSLATE_NOOP("StyleLabels", "Latrine, not functional"),
    QT_TRANSLATE_NOOP("StyleLabels", "Latrine too close to a water point"),
    QT_TRANSLATE_NOOP("StyleLabels", "Latrine overloaded"),
    QT_TRANSLATE_NOOP("StyleLabels", "Latrine within capacity"),
    QT_TRANSLATE_NOOP("StyleLabels", "Out of reach of water"),
    QT_TRANSLATE_NOOP("StyleLabels", "Out of reach of a toilet"),
    QT_TRANSLATE_NOOP("StyleLabels", "Suggested water point"),
    QT_TRANSLATE_NOOP("StyleLabels", "Suggested latrine"),
    QT_TRANSLATE_NOOP("StyleLabels", "Transhumance corridor"),
    QT_TRANSLATE_NOOP("StyleLabels", "unknown (nodata / outside the raster)"),
    QT_TRANSLATE_NOOP("StyleLabels", "Water point"),
    QT_TRANSLATE_NOOP("StyleLabels", "Latrine block"),
    QT_TRANSLATE_NOOP("StyleLabels", "Health post"),
    QT_TRANSLATE_NOOP("StyleLabels", "School"),
    QT_TRANSLATE_NOOP("StyleLabels", "Distribution point"),
    QT_TRANSLATE_NOOP("StyleLabels", "Market"),
    QT_TRANSLATE_NOOP("StyleLabels", "Reception and registration"),
    QT_TRANSLATE_NOOP("StyleLabels", "Administration"),
    QT_TRANSLATE_NOOP("StyleLabels", "Child-friendly space"),
    QT_TRANSLATE_NOOP("StyleLabels", "Women's safe space"),
    QT_TRANSLATE_NOOP("StyleLabels", "Bathing, laundry and refuse"),
    QT_TRANSLATE_NOOP("StyleLabels", "Extension reserve"),
    QT_TRANSLATE_NOOP("StyleLabels", "Bathing cubicles"),
    QT_TRANSLATE_NOOP("StyleLabels", "Laundry slabs"),
    QT_TRANSLATE_NOOP("StyleLabels", "Refuse point"),
    QT_TRANSLATE_NOOP("StyleLabels", "Toilets of an institution"),
    QT_TRANSLATE_NOOP("StyleLabels", "Vacant plot"),
    QT_TRANSLATE_NOOP("StyleLabels", "Household plot (colour by block)"),
    QT_TRANSLATE_NOOP("StyleLabels", "Shelter"),
    QT_TRANSLATE_NOOP("StyleLabels", "Block"),
    QT_TRANSLATE_NOOP("StyleLabels", "Entrance"),
    QT_TRANSLATE_NOOP("StyleLabels", "Entrance road"),
    QT_TRANSLATE_NOOP("StyleLabels", "Primary road (loop, crossing)"),
    QT_TRANSLATE_NOOP("StyleLabels", "Secondary road between blocks"),
    QT_TRANSLATE_NOOP("StyleLabels", "Lane between communities"),
    QT_TRANSLATE_NOOP("StyleLabels", "Path between plot rows"),
    QT_TRANSLATE_NOOP("StyleLabels", "Primary road"),
    QT_TRANSLATE_NOOP("StyleLabels", "Secondary road"),
    QT_TRANSLATE_NOOP("StyleLabels", "Lane"),
    QT_TRANSLATE_NOOP("StyleLabels", "Path"),
    QT_TRANSLATE_NOOP("StyleLabels", "Firebreak"),
    QT_TRANSLATE_NOOP("StyleLabels", "Setback along the boundary"),
    QT_TRANSLATE_NOOP("StyleLabels", "Exclusion"),
    QT_TRANSLATE_NOOP("StyleLabels", "Flood-prone land"),
    QT_TRANSLATE_NOOP("StyleLabels", "Too steep"),
    QT_TRANSLATE_NOOP("StyleLabels", "Buildable land left over"),
    QT_TRANSLATE_NOOP("StyleLabels", "Fewer than 500 people"),
    QT_TRANSLATE_NOOP("StyleLabels", "500 to 2,000 people"),
    QT_TRANSLATE_NOOP("StyleLabels", "2,000 to 5,000 people"),
    QT_TRANSLATE_NOOP("StyleLabels", "5,000 people or more"),
    QT_TRANSLATE_NOOP("StyleLabels", "Population not given"),
    QT_TRANSLATE_NOOP("StyleLabels", "Drainage line"),
    QT_TRANSLATE_NOOP("StyleLabels", "Roadside drain"),
    QT_TRANSLATE_NOOP("StyleLabels", "Collector drain"),
    QT_TRANSLATE_NOOP("StyleLabels", "Outfall drain"),
)

# rank field -> class name field, in the flood outputs (and one pair per scenario)
RANK_NAMES = (("class_rank", "hazard_class"), ("worst_rank", "worst_class"))
SCENARIO_RANK = re.compile(r"^hazard_rank_(.+)$")
_RANK_LABEL = re.compile(r"^rank (\d+)")


def translate_legend(renderer, relabel):
    """Relabel a renderer's rules / categories / ranges with ``relabel``
    (a function of the English label)."""
    if hasattr(renderer, "rootRule"):
        for rule in renderer.rootRule().descendants():
            if rule.label():
                rule.setLabel(relabel(rule.label()))
    elif hasattr(renderer, "categories"):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, relabel(category.label()))
    elif hasattr(renderer, "ranges"):
        for index, value_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, relabel(value_range.label()))


def _rank_name_fields(names):
    """The (rank field, class name field) pairs among the field ``names``."""
    pairs = [pair for pair in RANK_NAMES if pair[0] in names and pair[1] in names]
    for name in names:
        match = SCENARIO_RANK.match(name)
        if match and "hazard_class_" + match.group(1) in names:
            pairs.append((name, "hazard_class_" + match.group(1)))
    return pairs


def ranks_in(layer, language):
    """{rank: class name in ``language``} of every class of the hazard scheme
    a flood output read back from a file was made with (recognised by the
    class names its features carry, common.standards), so that a class no
    feature names (a site of class 0 without a name) keeps its rule; for a
    user's own thresholds, the names and ranks the features carry; {} for
    layers without ranks."""
    pairs = _rank_name_fields(layer.fields().names())
    if not pairs:
        return {}
    named, ranks = {}, set()
    for feature in layer.getFeatures():
        for rank_field, name_field in pairs:
            if feature[rank_field] is not None:
                ranks.add(int(feature[rank_field]))
                if feature[name_field]:
                    named.setdefault(int(feature[rank_field]), str(feature[name_field]))
    scheme = scheme_of_class_names(named, load_hazard_schemes()[0])
    if scheme is not None:
        return {rank: hazard_class.name_in(language) for rank, hazard_class in enumerate(scheme.classes)}
    return {rank: named.get(rank, str(rank)) for rank in ranks}


def name_ranks(renderer, class_names, labels):
    """Relabel the 'rank N' rules of ``renderer`` 'N: class name' and remove
    those of ranks ``class_names`` lacks (classes the scheme does not have);
    nothing to do without names."""
    if not class_names:
        return
    root = renderer.rootRule()
    for rule in list(root.children()):
        match = _RANK_LABEL.match(rule.label())
        if not match:
            continue
        rank = int(match.group(1))
        if rank in class_names:
            rule.setLabel(labels.rank_label(rank, class_names[rank]))
        else:
            root.removeChild(rule)


# Styles from the bottom of the layer list to the top: land and plots under
# the shelters and facilities built on them, coverage under the facilities.
DRAW_ORDER = ("layout_excluded", "layout_plots", "layout_blocks", "layout_roads", "layout_firebreaks",
              "layout_drains", "layout_shelters", "layout_facilities", "wash_gaps", "wash_shelters", "wash_latrines",
              "wash_water_points", "wash_suggested", "flood_sites", "flood_corridor_segments",
              "flood_corridors", "dtm_sites")
DRAW_ORDER_PROPERTY = "mali_sites/draw_order"


def place_in_draw_order(layer, project, style_name):
    """Move ``layer`` in the project's layer list under the plugin's layers
    that draw above it (DRAW_ORDER) and over those that draw below it,
    whatever order QGIS loaded the outputs in."""
    if style_name not in DRAW_ORDER or project is None:
        return
    rank = DRAW_ORDER.index(style_name)
    layer.setCustomProperty(DRAW_ORDER_PROPERTY, rank)
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None:
        return
    parent = node.parent()
    current = parent.children().index(node)
    siblings = [child for child in parent.children() if child is not node]
    ranks = [_draw_rank(sibling) for sibling in siblings]
    higher = [index for index, other in enumerate(ranks) if other is not None and other > rank]
    lower = [index for index, other in enumerate(ranks) if other is not None and other < rank]
    if higher:
        position = max(higher) + 1  # just under the last layer that draws above it
    elif lower:
        position = min(lower)  # just over the first layer that draws below it
    else:
        return
    if position == current:
        return
    parent.insertChildNode(position + (position >= current), node.clone())
    parent.removeChildNode(node)


def _draw_rank(tree_node):
    layer = tree_node.layer() if hasattr(tree_node, "layer") else None
    rank = layer.customProperty(DRAW_ORDER_PROPERTY) if layer is not None else None
    return None if rank is None else int(rank)


def style_path(style_name, layer):
    """resources/styles/<name>_<point|line|polygon>.qml when the style exists
    for several geometry types, else <name>.qml."""
    kind = {compat.POINT_GEOMETRY: "point", compat.LINE_GEOMETRY: "line",
            compat.POLYGON_GEOMETRY: "polygon"}.get(layer.geometryType(), "")
    specific = os.path.join(STYLE_DIR, "%s_%s.qml" % (style_name, kind))
    return specific if os.path.exists(specific) else os.path.join(STYLE_DIR, style_name + ".qml")


def apply_style(layer, style_name, language, class_names=None):
    """Load a plugin style onto ``layer`` with its legend in ``language``;
    ``class_names``: {rank: name} of every class of the run's hazard scheme
    (else the scheme the layer's class names belong to). Returns (message, loaded)."""
    message, loaded = layer.loadNamedStyle(style_path(style_name, layer))
    if loaded and hasattr(layer.renderer(), "rootRule"):
        labels = StyleLabels(language)
        renderer = layer.renderer().clone()
        name_ranks(renderer, class_names or ranks_in(layer, language), labels)
        translate_legend(renderer, labels.tr)
        layer.setRenderer(renderer)  # signals the change: the legend shows the new labels without a refresh
    layer.triggerRepaint()
    return message, loaded


class StyleLabels(LanguageText):
    """Legend labels of the plugin's styles and the names of its outputs in a legend."""
    def rank_label(self, rank, name):
        # French puts a space before the colon
        return self.tr("{rank}: {name}").format(rank=rank, name=name)

    def layer_title(self, role):
        return {
            "wash_shelters": self.tr("Shelters: access to water and toilets"),
            "wash_water_points": self.tr("Water points"),
            "wash_latrines": self.tr("Latrines"),
            "wash_gaps": self.tr("Areas out of reach"),
            "wash_suggested": self.tr("Suggested facilities"),
            "flood_sites": self.tr("Flood exposure of the sites"),
            "flood_corridors": self.tr("Transhumance corridors"),
            "flood_corridor_segments": self.tr("Corridor stretches by flood hazard class"),
            "layout_plots": self.tr("Plots"),
            "layout_shelters": self.tr("Shelter footprints"),
            "layout_blocks": self.tr("Blocks"),
            "layout_roads": self.tr("Roads and paths"),
            "layout_firebreaks": self.tr("Firebreaks"),
            "layout_facilities": self.tr("Facilities"),
            "layout_excluded": self.tr("Land not used"),
            "layout_drains": self.tr("Drains"),
            "floodprone_drainage": self.tr("Drainage lines"),
        }.get(role, role)
