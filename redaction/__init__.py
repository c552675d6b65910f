"""Redaction (in progress)."""
