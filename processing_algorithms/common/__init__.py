"""The Processing glue every algorithm shares: the base class, reading QGIS
layers into core inputs, outputs that vanish on failure, HTML reports, French
and English text, styles."""
