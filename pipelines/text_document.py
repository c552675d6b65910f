"""Plain UTF-8 text as a Document, for the single-document commands (scan, redact, classify)."""

from __future__ import annotations

import hashlib

from gongmun.schemas import Block, Document, Provenance


def text_document(data: bytes, uri: str) -> Document | None:
    """One paragraph per line; None when the bytes are not UTF-8 text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    digest = hashlib.sha256(data).hexdigest()
    blocks = [Block("paragraph", line, order=i) for i, line in enumerate(text.split("\n"))]
    return Document(digest, Provenance(uri, digest, len(data), "text"), blocks=blocks)
