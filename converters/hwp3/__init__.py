"""HWP 3.x, the pre-2000 binary format. document.py reads it; spec.py declares the format."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # The converter loads on first use, not when the registry is read.
    if name == "convert":
        from .document import convert

        return convert
    raise AttributeError(name)
