"""The Mali Sites Processing provider (id: malisites)."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from qgis.PyQt.QtCore import QCoreApplication

from .common.base import icon_path
from .flood.algorithm import FloodExposure
from .floodprone.algorithm import FloodProne
from .dtm.algorithm import ImportDtmSites
from .mapping.algorithm import PrintSiteMap
from .mapping.overview import PrintOverview
from .layout.algorithm import SiteLayout
from .wash.algorithm import WashCoverage

# One module per algorithm, listed here explicitly; only algorithms that work.
ALGORITHMS = (ImportDtmSites, WashCoverage, PrintSiteMap, PrintOverview, FloodExposure, FloodProne, SiteLayout)


class MaliSitesProvider(QgsProcessingProvider):
    def id(self):
        return "malisites"

    def name(self):
        return QCoreApplication.translate("MaliSites", "Mali Sites")

    def longName(self):  # noqa: N802
        return QCoreApplication.translate("MaliSites", "Mali Sites: IDP site planning, WASH coverage and flood exposure")

    def icon(self):
        return QIcon(icon_path("mali_sites.svg"))

    def svgIconPath(self):  # noqa: N802
        return icon_path("mali_sites.svg")

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
