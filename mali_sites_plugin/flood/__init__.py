"""Flood exposure of sites and corridors, per scenario, from depth, binary or
classified rasters and observed extent polygons: wet and unknown shares,
depths, hazard classes, exposed people, wet lengths and stretches."""
