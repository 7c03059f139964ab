"""The arithmetic of a printed page: boxes in millimetres, the columns of
the side panel stacked without overlap, the legend's font step and column
count that fit its frame, and the checks a test makes on a finished page
(no box overlaps another, every box on its page). Plain Python: the glue
measures the items with QGIS and asks here where they go."""
from dataclasses import dataclass

# Legend text sizes tried, largest first (points), and column counts.
LEGEND_FONT_STEPS = (6.5, 6.0, 5.5, 5.0)
LEGEND_COLUMNS = (1, 2, 3)
GAP_MM = 2.0  # between two frames
TOLERANCE_MM = 0.05  # boxes that touch do not overlap


@dataclass(frozen=True)
class Box:
    """A rectangle on a page: x, y of its top left corner, width, height (mm)."""
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self):
        return self.x + self.width

    @property
    def bottom(self):
        return self.y + self.height

    def overlaps(self, other, tolerance=TOLERANCE_MM):
        return (self.x < other.right - tolerance and other.x < self.right - tolerance
                and self.y < other.bottom - tolerance and other.y < self.bottom - tolerance)

    def inside(self, other, tolerance=TOLERANCE_MM):
        return (self.x >= other.x - tolerance and self.y >= other.y - tolerance
                and self.right <= other.right + tolerance and self.bottom <= other.bottom + tolerance)


def overlapping_pairs(boxes):
    """[(name, name)] of the boxes ({name: Box}) that overlap one another."""
    names = sorted(boxes)
    return [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if boxes[a].overlaps(boxes[b])]


def stack_down(x, y, width, heights, gap=GAP_MM):
    """Boxes of ``heights`` ([(name, height)]) one under the other from ``y``: {name: Box}."""
    boxes = {}
    for name, height in heights:
        boxes[name] = Box(x, y, width, height)
        y += height + gap
    return boxes


def stack_up(x, bottom, width, heights, gap=GAP_MM):
    """Boxes of ``heights`` ([(name, height)], top one first) ending at ``bottom``: {name: Box}."""
    total = sum(height for _, height in heights) + gap * max(len(heights) - 1, 0)
    return stack_down(x, bottom - total, width, heights, gap)


def fitting_legend(measure, width, height):
    """(font size, columns, (width, height)) of the first legend layout that
    fits in ``width`` x ``height``: the largest font first, then the fewest
    columns; ``measure(font, columns)`` gives the legend's (width, height).
    None when none fits."""
    for font in LEGEND_FONT_STEPS:
        for columns in LEGEND_COLUMNS:
            size = measure(font, columns)
            if size[0] <= width + TOLERANCE_MM and size[1] <= height + TOLERANCE_MM:
                return font, columns, size
    return None


def split_legend(groups, fits):
    """The legend's ``groups`` (in order) cut in two: (first page's, second
    page's), the first holding as many whole groups as ``fits(groups)`` allows
    (none when not even the first fits)."""
    for count in range(len(groups), 0, -1):
        if fits(groups[:count]):
            return groups[:count], groups[count:]
    return groups[:0], groups


def pack_columns(layers, columns, fits_column):
    """``layers`` ([(heading, layer)], in order) dealt top to bottom into at
    most ``columns`` columns, each the longest run of the rest that
    ``fits_column(run)`` accepts, so a group may go on in the next column:
    the list of runs, or None when they do not all go in (or one layer alone
    is too tall)."""
    runs, start = [], 0
    while start < len(layers):
        end = start
        while end < len(layers) and fits_column(layers[start:end + 1]):
            end += 1
        if end == start or len(runs) == columns:
            return None
        runs.append(layers[start:end])
        start = end
    return runs


def regroup(layers):
    """[(heading, [layer])] with the consecutive layers of one heading under it once."""
    groups = []
    for heading, members in layers:
        if groups and groups[-1][0] == heading:
            groups[-1] = (heading, groups[-1][1] + list(members))
        else:
            groups.append((heading, list(members)))
    return groups


def column_groups(runs, continued, previous=None):
    """The legend groups of columns ``runs`` (pack_columns): [(heading, [layers],
    starts a column)], the heading of a group that goes on from the column
    before (or from ``previous``, the heading the page before ended with)
    given again as ``continued(heading)``."""
    groups = []
    for run in runs:
        for index, (heading, members) in enumerate(regroup([(h, [layer]) for h, layer in run])):
            shown = continued(heading) if index == 0 and heading == previous else heading
            groups.append((shown, members, index == 0))
        previous = run[-1][0]
    return groups


def wrap_words(text, width, text_width):
    """``text`` with its lines broken at spaces so that none is wider than
    ``width`` (``text_width(line)`` measures a line); a word longer than the
    width stays whole on its own line."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = word if not line else line + " " + word
            if line and text_width(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return "\n".join(lines)
