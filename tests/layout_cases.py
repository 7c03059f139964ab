"""What the site-layout core tests share: the design options they plan with,
and profiles with some figures changed."""
from dataclasses import replace

from mali_sites_plugin.common.standards import StandardsProfile
from mali_sites_plugin.layout.options import LayoutOptions


def options(**values):
    """LayoutOptions with the tests' path width (3 m) and setback (5 m) unless given."""
    values.setdefault("path_width", 3.0)
    values.setdefault("setback", 5.0)
    return LayoutOptions(**values)


def with_figures(profile, **values):
    """``profile`` with some figures set to other values (same source)."""
    figures = dict(profile.figures)
    for key, value in values.items():
        figures[key] = replace(figures[key], value=value)
    return StandardsProfile(profile.id, profile.title, profile.edition, figures, profile.origin)
