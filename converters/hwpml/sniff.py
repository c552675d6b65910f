"""Is it an HWPML document? Decided by the root element, never by the name.

Hancom writes `<?xml …?><HWPML Version="2.x" …>` in UTF-8 (older writers UTF-16 or a Korean
code page). Only a root element named exactly `HWPML` (upper case, no namespace prefix) is claimed:
HWPX parts (`<hs:sec>`, `<hh:head>`), the lowercase OWPML-style `<hwpml>` some tools write, HTML and
any other XML are left to the other formats or refused. A DOCTYPE in the prolog is skipped here so
that the converter, not the sniffer, refuses it with the clear message.
"""

from __future__ import annotations

import re

_HEAD = 65536  # the prolog (declaration, comments, a hostile DOCTYPE) must fit in this much
# Prolog items that may precede the root: whitespace, the declaration or other processing
# instructions, comments, a DOCTYPE (with or without an internal subset).
_PROLOG = re.compile(
    r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*",
    re.DOTALL | re.IGNORECASE,
)
_ROOT = re.compile(r"<HWPML[\s/>]")


def sniff(data: bytes) -> str | None:
    """ "hwpml" when the first element is <HWPML>, else None."""
    text = _decode_head(data[:_HEAD])
    if text is None:
        return None
    prolog = _PROLOG.match(text)
    start = prolog.end() if prolog else 0
    return "hwpml" if _ROOT.match(text, start) else None


def _decode_head(head: bytes) -> str | None:
    """The head as text, by its byte-order mark or the shape of its first '<'; None when it cannot
    be XML at all (cheap, since every unrecognised file passes through here)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:].decode("utf-8", "replace")
    if head.startswith(b"\xff\xfe"):
        return head[2:].decode("utf-16-le", "replace")
    if head.startswith(b"\xfe\xff"):
        return head[2:].decode("utf-16-be", "replace")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", "replace")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", "replace")
    if not head.lstrip(b" \t\r\n").startswith(b"<"):
        return None
    # UTF-8, ASCII or a Korean code page declared in the prolog: markup is ASCII in all of them.
    return head.decode("utf-8", "replace")
