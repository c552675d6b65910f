"""hwp3 converter (in progress)."""
