"""What every product shares: the InputError users read, CRS choice for metric
work, geometry intake (repair or skip, counted), standards profiles with their
sources, path networks for walking distances."""
