"""pdf converter (in progress)."""
