"""A choice parameter (QgsProcessingParameterEnum) given a value it does not
offer: QGIS's own check says only "Incorrect parameter value for LANGUAGE";
this names the value and lists the choices, so a batch user knows what to
give. Called from an algorithm's checkParameterValues."""
from qgis.core import QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication


def bad_choice(algorithm, parameters):
    """'' when every choice parameter given holds one of its choices, else
    the message naming the first that does not."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterEnum):
            continue
        value = parameters.get(definition.name())
        if value is None or definition.checkValueIsAcceptable(value):
            continue
        choices = ", ".join("%d: %s" % (index, option) for index, option in enumerate(definition.options()))
        return QCoreApplication.translate(
            "MaliSites", "{0} ({1}): {2} is not one of its choices ({3}). Give one of those numbers.").format(
            definition.name(), definition.description(), value, choices)
    return ""
