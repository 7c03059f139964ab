"""Load the plugin's translation (resources/i18n/mali_sites_<lang>.qm) for the QGIS locale."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "i18n")
_installed = []  # keeps the translator alive for the life of the process


def interface_language():
    """'fr' or 'en': the language QGIS is running in, for outputs that follow it."""
    locale = (QgsApplication.locale() or "en").lower()
    return "fr" if locale.startswith("fr") else "en"


def install_translator():
    if _installed:
        return
    path = os.path.join(I18N_DIR, "mali_sites_%s.qm" % interface_language())
    if os.path.exists(path):
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)


class CoreMessages:
    """The core's error messages, InputError(text, *values): their templates
    reach the .ts through tools/core_messages.py, in context "InputError"."""

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("InputError", text)
