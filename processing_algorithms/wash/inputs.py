"""What the WASH coverage algorithm read from its layers, for the audit and
for the outputs (which copy the input features and add the audit's fields)."""
from dataclasses import dataclass

import numpy as np


@dataclass
class LocatedLayer:
    source: object  # QgsProcessingFeatureSource
    features: list  # QgsFeature, as stored
    xy: np.ndarray  # (n, 2) locations in the metric CRS of the run
    located: np.ndarray  # bool: the feature has a location

    @property
    def located_xy(self):
        return self.xy[self.located]


@dataclass
class Shelters:
    layer: LocatedLayer
    people: np.ndarray  # per feature, located or not
    ids: list  # per feature: its id field's value, else its feature id (names it in messages)


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
