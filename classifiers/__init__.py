"""Sensitivity classification (in progress)."""
