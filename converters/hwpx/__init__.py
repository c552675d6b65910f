"""HWPX (OWPML, KS X 6101): a zip of XML parts. document.py reads it; spec.py declares the format."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # The converter's imports (lxml, the walker) load on first use, not when the registry is read.
    if name in ("convert", "decode_preview"):
        from . import document as module

        return getattr(module, name)
    raise AttributeError(name)
