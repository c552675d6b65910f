"""hwpx converter (in progress)."""
