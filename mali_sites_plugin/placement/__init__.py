"""Facility location shared by the WASH audit and the site layout: greedy
maximal covering with capacity."""
