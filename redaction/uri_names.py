"""File names and directory names as personal data: the source URI written without what identifies
a person.

Archives name files after the people in them (`김민수_민원회신.hwp`, `900101-1234567_진단서.pdf`). The
URI leaves the run in every output row, the report and the console, so each path component is
analysed like a short text (separators read as spaces, so offsets stay put) and every finding is
replaced by its type in brackets; the extension and the components without findings stay as they are.
Over-redacting a file name costs little: the corpus keeps `sha256` to find the file again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Spans = list[tuple[int, int, str]]
_SEPARATORS = re.compile(r"[_.+~,()\[\]{}]")  # not "-": identifiers keep their hyphens


def _split(uri: str) -> tuple[str, list[str]]:
    """('scheme://' or '', path components)."""
    m = re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", uri)
    prefix = m.group(0) if m else ""
    return prefix, uri[len(prefix) :].split("/")


def _component(part: str, analyze: Callable[[str], Spans]) -> str:
    stem, dot, ext = part.rpartition(".")
    if not dot or not (1 <= len(ext) <= 5) or not ext.isalnum():
        stem, ext, dot = part, "", ""
    if not stem:
        return part
    readable = _SEPARATORS.sub(" ", stem)
    spans = {(s, e, t) for s, e, t in analyze(readable)}
    if not spans:
        return part
    out, last = [], 0
    for s, e, t in sorted(spans):
        if s < last:
            continue
        out.append(stem[last:s] + f"[{t}]")
        last = e
    out.append(stem[last:])
    return "".join(out) + dot + ext


def withheld_uri(uri: str) -> str:
    """A URI whose names could not be checked: only its extension survives."""
    name = uri.rsplit("/", 1)[-1]
    ext = name.rpartition(".")[2] if "." in name else ""
    return "[URI_WITHHELD]" + (f".{ext}" if ext.isalnum() and len(ext) <= 5 else "")


def redact_uri(uri: str, analyze: Callable[[str], Spans], cache: dict[str, str] | None = None) -> str:
    """The URI with every path component's findings replaced by their type."""
    prefix, parts = _split(uri)
    memo = cache if cache is not None else {}
    safe = []
    for part in parts:
        if part not in memo:
            if len(memo) > 100_000:
                memo.clear()
            memo[part] = _component(part, analyze) if part else part
        safe.append(memo[part])
    return prefix + "/".join(safe)
