"""Hyperlink targets from Hancom's field command (HWP 5 '%hlk' control, HWPX fieldBegin type
HYPERLINK, parameter Command): the link is lost if only the visible text is kept.

The command is `target;kind;…;` with `\\` escaping the characters that have a meaning (`\\:`,
`\\;`, `\\?`, `\\#`, `\\|`; a backslash before anything else is a path's); the target is
`path|bookmark`. Kinds: 0 a bookmark in this document, 1 a web address, 2 an e-mail address
(mailto:), 3 another file (with an optional bookmark). A command with no target (`;0;0;0;`) or a
script (`javascript:;`, used by some web-page conversions as a dead link) is no link.
"""

from __future__ import annotations

_NO_TARGET = ("javascript:", "vbscript:", "data:")
_ESCAPED = frozenset(":;?#|\\")  # the characters Hancom escapes with a backslash


def command_href(command: str) -> str:
    """The link target a hyperlink field command names, or "" if it names none."""
    fields = _split(command, ";")
    kind = _unescape(fields[1]) if len(fields) > 1 else "1"
    target = _split(fields[0], "|")
    path = _unescape(target[0]).strip()
    bookmark = _unescape("|".join(target[1:])).strip()
    if kind == "0":  # a place in this document: its bookmark, else the target itself ("?참조")
        name = bookmark or path.lstrip("?")
        href = f"#{name}" if name else ""
    else:
        href = f"{path}#{bookmark}" if kind == "3" and bookmark else path
    return "" if href.lower().startswith(_NO_TARGET) else href


def _split(text: str, sep: str) -> list[str]:
    """`text` split at each `sep` that is not escaped; the parts keep their escapes."""
    parts: list[str] = []
    start = i = 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 2] in _ESCAPED:
            i += 2
            continue
        if text[i] == sep:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


def _unescape(text: str) -> str:
    """Escapes removed; a backslash before any other character is a character (C:\\dir\\file)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 2] in _ESCAPED:
            i += 1
        out.append(text[i])
        i += 1
    return "".join(out)
