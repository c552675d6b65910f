"""Korean PII recognizers, one per file."""
