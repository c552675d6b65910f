"""HWP 5 converter: our own reader of Hancom's binary format (OLE container, record streams).

Built from the public "한글 문서 파일 형식 5.0" and distribution-document specifications.
document.py reads it; spec.py declares the format.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # The reader loads on first use, not when the registry is read.
    if name == "convert":
        from .document import convert

        return convert
    raise AttributeError(name)
