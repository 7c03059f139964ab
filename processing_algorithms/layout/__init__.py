"""malisites:sitelayout and its report."""
