"""What the site-layout core tests share: the design options they plan with."""
from mali_sites_plugin.layout.options import LayoutOptions


def options(**values):
    """LayoutOptions with the tests' path width (3 m) and setback (5 m) unless given."""
    values.setdefault("path_width", 3.0)
    values.setdefault("setback", 5.0)
    return LayoutOptions(**values)
