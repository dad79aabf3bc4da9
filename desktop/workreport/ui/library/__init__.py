"""The library view, cross-library search, Add to Library and Back/Forward navigation."""
