"""Site layout: buildable land from the boundary, exclusions, flood and slope;
plots, communities, blocks, roads and firebreaks laid out to a standards
profile; services and WASH facilities placed; capacity and checks measured on
the plan."""
