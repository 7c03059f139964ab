"""malisites:importdtmsites."""
