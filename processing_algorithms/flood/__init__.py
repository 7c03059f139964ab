"""malisites:floodexposure and its report."""
