"""What every converter shares: the converter signature and building a Document with provenance."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from datetime import UTC, datetime

from gongmun import __version__
from gongmun.schemas import Block, Document, Metadata, Provenance

from .limits import Budget

# A converter takes the raw bytes, the source URI and a running budget, and returns a Document
# (raising ConversionError for inputs it must refuse).
Converter = Callable[[bytes, str, Budget], Document]


def new_document(
    data: bytes,
    uri: str,
    fmt: str,
    converter: str,
    *,
    format_version: str = "",
    flags: list[str] | None = None,
    blocks: list[Block] | None = None,
    metadata: Metadata | None = None,
) -> Document:
    """A Document whose id and provenance are derived from the source bytes."""
    sha = hashlib.sha256(data).hexdigest()
    doc = Document(
        doc_id=sha,
        source=Provenance(
            uri=uri,
            sha256=sha,
            bytes=len(data),
            format=fmt,
            format_version=format_version,
            flags=sorted(set(flags or [])),
            converter=converter,
            converter_version=__version__,
            converted_at=_now(),
        ),
        metadata=metadata or Metadata(),
        blocks=blocks or [],
    )
    doc.renumber()
    return doc


_STAMP: list[tuple[int, str]] = [(0, "")]


def _now() -> str:
    """The current UTC time to the second, formatted once per second (small files convert by the
    thousand per second, and formatting a datetime costs as much as hashing one of them)."""
    second = int(time.time())
    last = _STAMP[0]
    if last[0] != second:
        last = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
        _STAMP[0] = last
    return last[1]
