"""malisites:washcoverage and its report."""
