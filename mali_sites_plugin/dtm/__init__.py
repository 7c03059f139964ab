"""DTM files (site lists as CSV/XLSX with French or English headers and HXL
tags, Kobo site-assessment exports, DTM API admin-level figures, baseline
workbooks) read into site points or an admin-level table; every row is
imported (fixed or flagged and logged), rejected with its reason, or
superseded by a later round of the same place."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "import_site_list": "site_list", "DtmImport": "site_list", "ImportCounts": "site_list",
    "MALI_OUTLINE": "outline", "load_outline": "outline", "outline_properties": "outline", "MAX_ROUND": "site_list", "MALI_POPULATION": "site_list", "OUTPUT_FIELDS": "site_list", "SITE_FIELDS": "site_list",
    "ADMIN_FIELDS": "site_list", "describe": "site_list", "parse_field_mapping": "columns",
    "DtmError": "errors", "load_pcode_table": "pcodes", "check_pcodes": "pcodes"})
