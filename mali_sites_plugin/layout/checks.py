"""The standards figures every site plan is checked against, in the order of
the run's check_* results (tables.check_verdicts). Apart from tables.py: the
site layout declares an output per key when the plugin loads."""
CHECK_KEYS = ("site_area_m2_per_person", "covered_area_m2_per_person", "shelter_spacing_m",
              "firebreak_width_m", "firebreak_spacing_m", "cluster_spacing_m", "block_spacing_m",
              "max_distance_to_water_m", "people_per_tap", "max_distance_to_toilet_m", "people_per_toilet",
              "min_distance_toilet_to_water_m", "female_to_male_toilet_ratio", "people_per_health_centre",
              "people_per_school", "people_per_distribution_point", "people_per_market", "max_slope_pct",
              "max_distance_to_entrance_m", "walking_distance_to_water_m", "walking_distance_to_toilet_m",
              "min_distance_plot_to_flood_m", "min_distance_latrine_to_flood_m",
              # zoning rules and the rest of the programme (programme_checks.py)
              "max_distance_distribution_to_entrance_m", "max_distance_market_to_entrance_m",
              "max_distance_reception_to_entrance_m", "max_distance_gate_services_to_primary_m",
              "max_distance_health_to_vehicle_road_m", "min_distance_health_to_flood_m",
              "min_distance_school_to_busy_m", "min_distance_school_to_primary_m",
              "max_distance_safe_space_to_services_m", "people_per_bathing_facility",
              "people_per_laundry_facility", "people_per_refuse_bin", "people_per_child_friendly_space",
              "people_per_womens_safe_space", "pupils_per_toilet_girls", "pupils_per_toilet_boys",
              "outpatients_per_toilet", "stalls_per_toilet", "people_per_reception_toilet",
              "extension_reserve_pct")
