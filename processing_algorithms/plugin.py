"""The plugin object QGIS creates: it registers the Processing provider."""
from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .common.i18n import install_translator
from .provider import MaliSitesProvider
from .common.base import missing_packages_text
from ..mali_sites_plugin.common.dependencies import NEEDS, missing


def missing_packages_warning():
    """One message listing every package some algorithm lacks ('' when none)."""
    absent = missing(sorted({module for modules in NEEDS.values() for module in modules}))
    return missing_packages_text(absent) if absent else ""


class MaliSitesPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.warning = ""
        install_translator()

    def initProcessing(self):  # noqa: N802 - called by QGIS, also headless (qgis_process)
        if self.provider is None:
            self.provider = MaliSitesProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            self.warning = missing_packages_warning()
            if self.warning:
                QgsMessageLog.logMessage(self.warning, "Mali Sites", Qgis.MessageLevel.Warning)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.warning and self.iface is not None:
            self.iface.messageBar().pushWarning("Mali Sites", self.warning)

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
