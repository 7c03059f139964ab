"""The plugin object QGIS creates: it registers the Processing provider."""
from qgis.core import QgsApplication

from .common.i18n import install_translator
from .provider import MaliSitesProvider


class MaliSitesPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        install_translator()

    def initProcessing(self):  # noqa: N802 - called by QGIS, also headless (qgis_process)
        if self.provider is None:
            self.provider = MaliSitesProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
