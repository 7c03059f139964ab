"""What every Mali Sites algorithm shares: tr(), icon, help, errors, outputs."""
import html
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from . import compat
from ...mali_sites_plugin.common.collector import earlier_objects_frozen
from ...mali_sites_plugin.common.dependencies import NEEDS, SYSTEM_PACKAGE, missing
from ...mali_sites_plugin.common.errors import InputError
from ...mali_sites_plugin.common.progress import Monitor
from ...mali_sites_plugin.common.standards import BUILTIN_PROFILES, load_profile
from .choices import bad_choice
from .i18n import CoreMessages, interface_language
from .input_checks import InputChecks
from .outputs import RunOutputs
from .report import LanguageText

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")
HELP_URL = "https://github.com/mali-sites/mali_sites#readme"
DECIMALS_SHOWN = 2  # metres to the centimetre, people per household to the hundredth


def icon_path(name):
    return os.path.join(ICON_DIR, name)


class MaliSitesAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define name(), displayName(), group ids, help_sections(),
    initAlgorithm() and execute(parameters, context, feedback, outputs)."""

    ICON = "mali_sites.svg"
    PRODUCT = None  # key of common.dependencies.NEEDS: the packages its core imports when it runs

    def tr(self, text):
        # lupdate files a string under the class whose source holds the call:
        # the subclass for its own strings, MaliSitesAlgorithm for shared ones.
        translated = QCoreApplication.translate(type(self).__name__, text)
        if translated == text:
            translated = QCoreApplication.translate("MaliSitesAlgorithm", text)
        return translated

    def createInstance(self):  # noqa: N802
        return type(self)()

    def icon(self):
        return QIcon(icon_path(self.ICON))

    def svgIconPath(self):  # noqa: N802
        return icon_path(self.ICON)

    def shortDescription(self):  # noqa: N802 - the toolbox tooltip
        return self.short_description()

    def short_description(self):
        raise NotImplementedError

    def helpUrl(self):  # noqa: N802
        return HELP_URL

    def shortHelpString(self):  # noqa: N802
        """Help as HTML from help_sections(): [(heading, paragraph), ...], the
        text escaped (a raw '<', as in '< 500 m', would cut the panel short)."""
        parts = []
        for heading, text in self.help_sections():
            if heading:
                parts.append("<h3>%s</h3>" % html.escape(heading))
            parts.append("<p>%s</p>" % html.escape(text.strip()).replace("\n\n", "</p><p>"))
        return "\n".join(parts)

    def help_sections(self):
        raise NotImplementedError

    def flags(self):
        if compat.PYPROJ_NEEDS_MAIN_THREAD:
            return super().flags() | compat.ALGORITHM_NO_THREADING
        return super().flags()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, with a choice given a value it does not offer named
        (QGIS says only "Incorrect parameter value for LANGUAGE")."""
        problem = bad_choice(self, parameters)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def canExecute(self):  # noqa: N802 - the toolbox greys out an algorithm that cannot run, with why
        message = self.missing_packages_message()
        return not message, message

    def missing_packages_message(self):
        """'' when every package the algorithm needs is installed, else what to install."""
        absent = missing(NEEDS.get(self.PRODUCT, ()))
        if not absent:
            return ""
        return missing_packages_text(absent)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        message = self.missing_packages_message()
        if message:
            raise QgsProcessingException(message)
        with earlier_objects_frozen():  # the collector skips QGIS's objects (common/collector.py)
            InputChecks(self).check(parameters, context)
            outputs = RunOutputs(self, parameters, context, feedback)
            try:
                outputs.check_destinations()
                results = self.execute(parameters, context, feedback, outputs)
                if self.outputDefinition("geometries_repaired") is not None:
                    results["geometries_repaired"] = outputs.intake.repaired
                    results["geometries_skipped"] = outputs.intake.skipped
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("The run was cancelled; no output was kept."))
                with outputs.times.phase("write"):
                    results = outputs.commit(results)  # the outputs move into place only now
                self._log_times(feedback, outputs.times.seconds())
                return results
            except InputError as error:
                outputs.discard()
                raise QgsProcessingException(error.worded(CoreMessages.tr)) from None
            except InterruptedError:  # the core noticed the cancel request
                outputs.discard()
                raise QgsProcessingException(self.tr("The run was cancelled; no output was kept.")) from None
            except BaseException:
                outputs.discard()
                raise

    def execute(self, parameters, context, feedback, outputs):
        raise NotImplementedError

    def _log_times(self, feedback, seconds):
        words = LanguageText(interface_language())
        feedback.pushInfo(self.tr("Time spent: reading inputs {0} s, computing {1} s, writing outputs {2} s").format(
            *(words.number(seconds[phase], 2) for phase in ("read", "compute", "write"))))

    # Parameters and outputs several algorithms share, declared and read in one place.

    def add_parameter(self, parameter, help_text, advanced=False):
        """addParameter with its help text, flagged advanced when asked;
        decimal numbers shown with two decimals (not QGIS's six)."""
        parameter.setHelp(help_text)
        if isinstance(parameter, QgsProcessingParameterNumber) and parameter.dataType() == compat.NUMBER_DOUBLE:
            parameter.setMetadata({"widget_wrapper": {"decimals": DECIMALS_SHOWN}})
        if advanced:
            parameter.setFlags(parameter.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(parameter)

    def source(self, parameters, name, context, required=True):
        """The feature source of parameter ``name``; a clear error when a
        required one cannot be read, None for an optional one not given."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def add_intake_outputs(self):
        """Results counting the input geometries repaired and skipped."""
        self.addOutput(QgsProcessingOutputNumber("geometries_repaired",
                                                 self.tr("Input geometries repaired (invalid)")))
        self.addOutput(QgsProcessingOutputNumber("geometries_skipped",
                                                 self.tr("Input features skipped (no usable geometry)")))

    def add_standard_parameters(self):
        standard = QgsProcessingParameterEnum(
            "STANDARD", self.tr("Standard"),
            options=[self.tr("Sphere Handbook 2018"), self.tr("UNHCR Emergency Handbook")],
            defaultValue=0)
        standard.setHelp(self.tr("The standards profile every figure is checked against "
                                   "(resources/standards/*.json)."))
        self.addParameter(standard)
        profile_file = QgsProcessingParameterFile(
            "STANDARD_FILE", self.tr("Standards profile file (overrides Standard)"),
            extension="json", optional=True)
        profile_file.setHelp(self.tr("Your own profile: copy sphere_2018.json, edit the "
                                       "figures and keep their sources."))
        profile_file.setFlags(profile_file.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(profile_file)

    def standards_profile(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "STANDARD_FILE", context)
        if path:
            profile = load_profile(path)
        else:
            profile = load_profile(BUILTIN_PROFILES[self.parameterAsEnum(parameters, "STANDARD", context)])
        feedback.pushInfo(self.tr("Standards profile: {0} ({1})").format(
            profile.title_in(interface_language()), profile.origin))
        return profile

    def add_language_parameter(self, description=None):
        language = QgsProcessingParameterEnum(
            "LANGUAGE", description or self.tr("Report language"), options=["English", "Français"],
            defaultValue=1 if interface_language() == "fr" else 0)
        language.setHelp(self.tr("Language of reports and printed text."))
        self.addParameter(language)

    def report_language(self, parameters, context):
        return ("en", "fr")[self.parameterAsEnum(parameters, "LANGUAGE", context)]


def missing_packages_text(modules):
    """How to install the Python packages ``modules`` into QGIS's Python."""
    packages = " ".join(SYSTEM_PACKAGE.get(module, module) for module in modules)
    return QCoreApplication.translate(
        "MaliSites", "Mali Sites needs the Python package(s) {0}, which this QGIS does not have. "
        "Windows: run the OSGeo4W setup (Advanced install) and add {1}. Debian or Ubuntu: sudo apt "
        "install {1}. macOS: use a QGIS that ships them (the qgis.org installer, or conda-forge's qgis "
        "with {0}). Do not install them with pip into QGIS's Python on Linux: pip builds carry their "
        "own GDAL and give wrong results inside QGIS. Then restart QGIS.").format(", ".join(modules), packages)


def figure_text(figure):
    """A profile figure and its source as the help and the log cite it, in the
    interface language: '< 500 m (Sphere 2018, WASH standard 2.1)', French
    numbers and units in French ('>= 3,5 m2/personne')."""
    return LanguageText(interface_language()).figure_text(figure)


def figure_brief(figure):
    """A profile figure without its source, in the interface language: '>= 45 m2/person [secondary]'."""
    return LanguageText(interface_language()).figure_brief(figure)


def check_canceled(feedback):
    if feedback.isCanceled():
        raise QgsProcessingException(QCoreApplication.translate(
            "MaliSites", "The run was cancelled; no output was kept."))


def feedback_monitor(feedback):
    """The core's Monitor for a run: progress (0..1 of the run) goes to the
    feedback's 0..100, and a cancel from the user stops the core at its next
    check with the same message as the glue's own loops."""
    return Monitor(lambda fraction: feedback.setProgress(100.0 * fraction),
                   lambda: check_canceled(feedback))
