"""Build the Work Report Reader executable: `python -m build_spec [--onefile] [--clean]`."""
