"""DTM site lists (CSV/XLSX, French or English headers, HXL tags) read into
site points; every row is imported, fixed and logged, or rejected with its
reason."""
