"""hwp5 converter (in progress)."""
