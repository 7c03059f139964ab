"""QGIS Processing glue: parameters in, core call, sinks out. No computation here."""
