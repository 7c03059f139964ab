"""The standards figures every site plan is checked against, in the order of
the run's check_* results (tables.check_verdicts). Apart from tables.py: the
site layout declares an output per key when the plugin loads."""
CHECK_KEYS = ("site_area_m2_per_person", "covered_area_m2_per_person", "shelter_spacing_m",
              "firebreak_width_m", "firebreak_spacing_m", "cluster_spacing_m", "block_spacing_m",
              "max_distance_to_water_m", "people_per_tap", "max_distance_to_toilet_m", "people_per_toilet",
              "min_distance_toilet_to_water_m", "female_to_male_toilet_ratio", "people_per_health_centre",
              "people_per_school", "people_per_distribution_point", "people_per_market", "max_slope_pct",
              "max_distance_to_entrance_m", "walking_distance_to_water_m", "walking_distance_to_toilet_m",
              "min_distance_plot_to_flood_m", "min_distance_latrine_to_flood_m")
