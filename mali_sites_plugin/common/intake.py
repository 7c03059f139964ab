"""What reading an input layer did to its geometries: features read, repaired
and skipped (common.geometry.clean_geometries counts them; a run adds up its
layers). Apart from geometry.py, which needs shapely: the outputs of every run
hold one, and they are imported when the plugin loads."""
from dataclasses import dataclass, field


@dataclass
class IntakeReport:
    total: int = 0
    repaired: int = 0
    skipped: int = 0
    messages: list = field(default_factory=list)  # one line per repaired or skipped feature

    def add(self, other):
        """Count another intake into this one (several layers of one run)."""
        self.total += other.total
        self.repaired += other.repaired
        self.skipped += other.skipped

    def summary(self):
        return "%d features read, %d repaired, %d skipped" % (self.total, self.repaired, self.skipped)
