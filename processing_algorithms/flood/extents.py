"""The observed flood extents of malisites:floodexposure as the products
deliver them: Copernicus EMS and UNOSAT polygons with their class field,
Copernicus GFM rasters with their exclusion and reference water masks, read
through the product schemes (mali_sites_plugin.flood.products). Glue only."""
from qgis.core import (QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterMultipleLayers, QgsRasterLayer)

from ...mali_sites_plugin.flood.products import (NOT_OBSERVABLE, OBSERVED_MODEL, detect_vector_scheme,
                                                 field_named, load_product_schemes, split_by_state)
from ...mali_sites_plugin import flood as flood_core  # its modules are imported at run time
from ..common import compat
from ..common.base import check_canceled
from ..common.i18n import interface_language
from ..common.qgis_io import attribute_values, raster_input, read_geometries

DETECT, PLAIN = "detect", "plain"


def product_choices():
    """The EXTENT_PRODUCT options: detect, plain polygons, then each scheme of the built-in file."""
    return [DETECT, PLAIN] + list(load_product_schemes().schemes)


class ObservedExtents:
    """Parameters and reading of observed flood extents (mixed into FloodExposure)."""
    EXTENT_PRODUCT = "EXTENT_PRODUCT"
    OBSERVATION_MASKS = "OBSERVATION_MASKS"
    PRODUCT_SCHEMES = "PRODUCT_SCHEMES"

    def add_extent_parameters(self):
        schemes = load_product_schemes()
        language = interface_language()
        self.add_parameter(QgsProcessingParameterEnum(
            self.EXTENT_PRODUCT, self.tr("Flood extent product"),
            options=[self.tr("Detect from the fields and file names"),
                     self.tr("Plain polygons (inside = wet)")]
            + [scheme.title_in(language) for scheme in schemes.schemes.values()], defaultValue=0),
            self.tr("How the class values of the flood extents read (wet, possibly wet, permanent "
                    "water, not observable), from resources/standards/flood_products.json: "
                    "detected from the class field (EMS notation, UNOSAT Water_Clas) and, for "
                    "rasters, the file name (GFM), or chosen here."))
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.OBSERVATION_MASKS, self.tr("Observation masks of flood extent rasters (GFM exclusion "
                                            "and reference water masks)"),
            compat.SOURCE_RASTER, optional=True),
            self.tr("Rasters on the grid of the flood extent rasters: an exclusion mask (or any "
                    "no-observation raster, 1 = not observed) makes cells unknown, never dry; a "
                    "reference water mask makes them permanent water. The role comes from the file "
                    "name (EXCLUSION_MASK, REFERENCE_WATER); a mask applies to the flood extent "
                    "rasters of its date (YYYYMMDD in the file names)."))
        self.add_parameter(QgsProcessingParameterFile(
            self.PRODUCT_SCHEMES, self.tr("Product schemes file (JSON; empty: built-in)"),
            extension="json", optional=True),
            self.tr("Your copy of resources/standards/flood_products.json, with your own class "
                    "values and their sources."), advanced=True)

    def observed_help(self):
        """The help section on observed products, with each scheme and its source."""
        schemes = load_product_schemes()
        language = interface_language()
        return (self.tr("Observed flood products"), self.tr(
            "Flood extents are read as their product delivers them, through the product schemes of "
            "resources/standards/flood_products.json (editable; each value carries its source): "
            "{0}. Each class value reads as wet, possibly wet (possible flood water, flood traces, "
            "saturated soil), permanent water (water before the flood: reported apart as "
            "permanent_pct / permanent_m, never counted as flood water), not observable (unknown, "
            "never dry) or dry (outside every polygon, or observed dry). A value the scheme does "
            "not list counts as unknown and the log names it. Where polygons overlap, permanent "
            "water wins, then wet, possibly wet, not observable. A GFM exclusion mask makes the "
            "cells observed dry inside it unknown; a reference water mask makes them permanent. "
            "Hazard classes of observed products: 0 dry, 1 permanent water, 2 possibly wet, 3 "
            "wet. Several dates of one event are several scenarios, like return periods.").format(
            "; ".join("%s (%s, %s)" % (scheme.title_in(language), scheme.class_field or
                                       self.tr("raster"), scheme.source.split(" (")[0])
                      for scheme in schemes.schemes.values())))

    def extent_scenarios(self, parameters, context, feedback, layers, names, keys, metric_qgis, tally):
        """One Scenario per flood extent layer (polygons or a GFM raster)."""
        path = self.parameterAsFile(parameters, self.PRODUCT_SCHEMES, context)
        schemes = load_product_schemes(path or None)
        choice = product_choices()[self.parameterAsEnum(parameters, self.EXTENT_PRODUCT, context)]
        masks = self._masks(parameters, context)
        used, scenarios = set(), []
        for layer, name, key in zip(layers, names, keys):
            check_canceled(feedback)
            if isinstance(layer, QgsRasterLayer):
                scenarios.append(self._raster_scenario(layer, name, key, schemes, choice, masks, used,
                                                       feedback))
            else:
                scenarios.append(self._vector_scenario(layer, name, key, schemes, choice, metric_qgis,
                                                       context, feedback, tally))
        unused = [mask.label for mask in masks if id(mask) not in used]
        if unused:
            feedback.pushWarning(self.tr("Observation masks {0} apply to no flood extent raster (another "
                                         "date, or no ground in common): they are not used.").format(
                ", ".join(unused)))
        return scenarios

    def _masks(self, parameters, context):
        from ...mali_sites_plugin.flood.observed import open_mask
        masks = []
        for layer in self.parameterAsLayerList(parameters, self.OBSERVATION_MASKS, context):
            raster = raster_input(layer, 1)
            masks.append(open_mask(raster.path, raster.label, raster.crs))
        return masks

    def _vector_scenario(self, layer, name, key, schemes, choice, metric_qgis, context, feedback, tally):
        features, polygons, _ = read_geometries(layer, metric_qgis, context, feedback, "polygon",
                                                layer.name(), tally)
        fields = layer.fields().names()
        scheme = None
        if choice not in (DETECT, PLAIN) and schemes.schemes.get(choice) is not None \
                and schemes.schemes[choice].kind == "vector":
            scheme = schemes.get(choice, "vector")
            field = field_named(scheme, fields, layer.name())
        elif choice != PLAIN:
            scheme = detect_vector_scheme(schemes, fields)
            field = field_named(scheme, fields, layer.name()) if scheme is not None else None
        extents = [p for p in polygons if p is not None]
        if scheme is None:
            if choice != PLAIN:
                feedback.pushInfo(self.tr(
                    "Flood extent '{0}' has none of the class fields of the product schemes ({1}): "
                    "every polygon counts as wet, outside them dry.").format(
                    layer.name(), ", ".join(s.class_field for s in schemes.vector())))
            feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): flood extent '{2}', {3} "
                                      "polygons").format(name, key, layer.name(), len(extents)))
            return flood_core.Scenario(name, key, extents=extents)
        observed = split_by_state(scheme, polygons, attribute_values(features, field))
        feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): flood extent '{2}' read as {3} "
                                  "(field {4}; {5}): {6}").format(
            name, key, layer.name(), scheme.title_in(interface_language()), field, scheme.source,
            ", ".join("%s %d" % (state, len(found)) for state, found in sorted(observed.by_state.items()))))
        if observed.unlisted:
            feedback.pushWarning(self.tr(
                "Flood extent '{0}': {1} polygons have {2} values the {3} scheme does not list ({4}): "
                "their area counts as unknown, never dry nor wet. Add the values to your copy of "
                "flood_products.json (PRODUCT_SCHEMES) with their meaning.").format(
                layer.name(), sum(observed.unlisted.values()), field, scheme.key,
                ", ".join(str(v) for v in sorted(observed.unlisted, key=str))))
        return flood_core.Scenario(name, key, extents=extents, model=OBSERVED_MODEL, product=scheme,
                        observed=observed.by_state, precedence=schemes.precedence)

    def _raster_scenario(self, layer, name, key, schemes, choice, masks, used, feedback):
        from ...mali_sites_plugin.flood.observed import masks_for, observed_raster, raster_scheme
        from ...mali_sites_plugin.flood.rasters import open_hazard_raster
        source = raster_input(layer, 1)
        flood = open_hazard_raster(source.path, source.band, source.crs, label=source.label)
        pick = choice if choice in schemes.schemes and schemes.schemes[choice].kind == "raster" else DETECT
        scheme, how = raster_scheme(schemes, pick, flood)
        applied = masks_for(flood, scheme, masks)
        raster = observed_raster(flood, scheme, schemes.precedence, applied)
        used.update(id(mask) for mask, _ in applied)
        feedback.pushInfo(self.tr("Scenario '{0}' (fields *_{1}): flood extent raster {2} read as {3} "
                                  "({4}), masks: {5}").format(
            name, key, flood.path, scheme.title_in(interface_language()), scheme.source,
            ", ".join("%s (%s)" % (mask.label, role) for mask, role in applied) or "-"))
        if how == "only":
            feedback.pushInfo(self.tr("Flood extent raster '{0}': its file name names no product; read "
                                      "as {1}, the only raster product scheme.").format(flood.label,
                                                                                       scheme.key))
        roles = {role for _, role in applied}
        excludes = any(state == NOT_OBSERVABLE for _, mapping in scheme.layers.values()
                       for state in mapping.values())
        if excludes and "exclusion" not in roles:
            feedback.pushWarning(self.tr(
                "Flood extent raster '{0}' has no exclusion mask (OBSERVATION_MASKS): cells the "
                "satellite could not observe (for GFM, sandy and very dry surfaces, radar shadow) "
                "count as observed dry. Give its exclusion mask to count them as unknown.").format(
                flood.label))
        return flood_core.Scenario(name, key, raster=raster, model=OBSERVED_MODEL, product=scheme)
