"""What the WASH coverage algorithm read from its layers, for the audit and
for the outputs (which copy the input features and add the audit's fields).
The features themselves are not kept: the outputs read them again, a batch
at a time, so a large shelter layer is never held in memory as features."""
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

import numpy as np

from ...mali_sites_plugin.wash.tables import facility_ids

BATCH = 5000  # features read (or written) at a time


@dataclass
class LocatedLayer:
    source: object  # QgsProcessingFeatureSource, read again to write the outputs
    ids: np.ndarray  # feature ids, in the order read
    values: dict  # {field name: one value per feature, None for NULL} of the fields the run reads
    xy: np.ndarray  # (n, 2) locations in the metric CRS of the run
    located: np.ndarray  # bool: the feature has a location

    def __len__(self):
        return len(self.ids)

    @property
    def located_xy(self):
        return self.xy[self.located]

    def values_of(self, field_name):
        """One field's values (None where NULL); all None without a field."""
        return self.values[field_name] if field_name else [None] * len(self)

    @cached_property
    def _by_id(self):
        return np.argsort(self.ids, kind="stable")

    def rows_of(self, feature_ids):
        """Positions of features (by id) in the order read; -1 for a feature not read then."""
        feature_ids = np.asarray(feature_ids, dtype=np.int64)
        if not len(self.ids):
            return np.full(len(feature_ids), -1)
        found = np.searchsorted(self.ids, feature_ids, sorter=self._by_id).clip(0, len(self.ids) - 1)
        rows = self._by_id[found]
        return np.where(self.ids[rows] == feature_ids, rows, -1)


def batches(features, size=BATCH):
    """Lists of at most ``size`` features from a feature iterator."""
    features = iter(features)
    while True:
        batch = list(islice(features, size))
        if not batch:
            return
        yield batch


class Labels:
    """What names each located feature of a layer in the audit's messages:
    its id field's value, else its feature id; made into text only for the
    feature a message names, not kept as text for 100,000 shelters."""

    def __init__(self, layer, values):
        self._rows = np.flatnonzero(layer.located)
        self._ids, self._values = layer.ids, values

    def __len__(self):
        return len(self._rows)

    def __getitem__(self, index):
        row = int(self._rows[index])
        return facility_ids([int(self._ids[row])], [self._values[row]])[0]


@dataclass
class Shelters:
    layer: LocatedLayer
    people: np.ndarray  # per feature, located or not
    labels: Labels  # per located feature, what names it in messages


@dataclass
class WaterPoints:
    layer: LocatedLayer
    kinds: list  # common.vocabulary.WATER_KINDS, one per feature
    facilities: object  # mali_sites_plugin.wash.facilities.Facilities
    ids: list  # written on the shelters as wp_id


@dataclass
class Latrines:
    layer: LocatedLayer
    cubicles: np.ndarray
    genders: list  # 'female' / 'male' / 'mixed' per feature, None without a gender field
    female_male: tuple  # (female, male) cubicles per feature for the 3:1 check, or None
    facilities: object
    ids: list
