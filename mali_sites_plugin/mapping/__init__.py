"""What a printed site map says about each site: totals by site of the
features drawn on it, and their verdicts against the standards."""
