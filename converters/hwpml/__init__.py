"""HWPML (`.hml`): Hancom's single-file XML document format (HWPML 2.x), read into `schemas.Document`.

document.py reads it; spec.py declares the format; sniff.py recognises it by its root element.
"""
