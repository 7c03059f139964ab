"""What the site-layout core tests share: the design options they plan with,
profiles with some figures changed, and the oracles' rule for ties."""
from dataclasses import replace

from mali_sites_plugin.common.standards import StandardsProfile
from mali_sites_plugin.layout.options import LayoutOptions

# m: a point as near two lines as this walks out by either (the audit's rule, common.network.SNAP_TIE_M),
# stated here again for the tests' own walks
TIE = 0.01


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
