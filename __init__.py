"""QGIS entry point of the Mali Sites plugin (folder / plugin id: mali_sites)."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    from .processing_algorithms.plugin import MaliSitesPlugin
    return MaliSitesPlugin(iface)
