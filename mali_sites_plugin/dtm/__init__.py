"""DTM site lists (CSV/XLSX, French or English headers, HXL tags) read into
site points; every row is imported, fixed and logged, or rejected with its
reason."""
from ..common.lazy import lazy_exports

__getattr__, __dir__ = lazy_exports(__name__, {
    "import_site_list": "site_list", "parse_field_mapping": "site_list", "DtmImport": "site_list",
    "DtmError": "site_list", "MALI_EXTENT": "site_list", "OUTPUT_FIELDS": "site_list"})
