"""Legend labels of the styles in resources/styles, listed here as literals so
lupdate collects them; translate_legend() puts them in the map's language."""
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

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
)


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
