"""Hardened XML parsing for package members.

OWPML never needs a DTD, so any DOCTYPE or ENTITY declaration is refused outright (billion laughs,
external entities); the parser is additionally configured to resolve nothing and fetch nothing, and
libxml2's default depth/size limits stay on (huge_tree=False). Depth is checked again by us.
Sections are streamed (`iter_children`, `iter_ends`) so a long document never sits in memory as one
tree. HWPML (converters/hwpml) is parsed with the same rules.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from lxml import etree

from ..errors import ConversionError
from ..limits import Budget

# A declaration can only sit in the prolog, before the root element; look there in the common
# encodings (UTF-8/ASCII and UTF-16 either byte order).
_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DECL16 = [
    s.encode(enc)
    for s in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity")
    for enc in ("utf-16-le", "utf-16-be")
]


def _parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        recover=recover,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, name: str, budget: Budget, *, recover: bool = False) -> etree._Element:
    """Parse one member. Raises ConversionError for declarations, malformed XML or excessive depth.
    `recover` keeps what parses of a member cut short by a truncated archive."""
    _refuse_declarations(data, name)
    try:
        root = etree.fromstring(data, parser=_parser(recover))
    except etree.XMLSyntaxError as exc:
        raise ConversionError("corrupt", f"{name}: malformed XML ({str(exc)[:120]})") from None
    if root is None:
        raise ConversionError("corrupt", f"{name}: empty XML")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise ConversionError("corrupt", f"{name}: XML with a DTD refused")
    _check_depth(root, name, budget)
    return root


def iter_children(
    data: bytes, name: str, budget: Budget, *, recover: bool = False
) -> Iterator[etree._Element]:
    """Stream the root's children, each complete, then free it: a section's memory stays at one
    top-level paragraph (plus the member's bytes) however long the document is. Same refusals as
    `parse_xml`; depth is tracked on the way down."""
    for el, level in iter_ends(data, name, budget, recover=recover):
        if level == 1:
            budget.check()
            yield el
            release(el)


def iter_ends(
    data: bytes, name: str, budget: Budget, *, recover: bool = False, max_level: int = 1
) -> Iterator[tuple[etree._Element, int]]:
    """Stream the elements that close at `max_level` or nearer the root (which is level 0), each
    complete, with its level; the caller frees what it has read (`release`). Formats that keep the
    whole document in one XML file (HWPML) stream their paragraphs this way. Same refusals as
    `parse_xml`; depth is tracked on the way down."""
    _refuse_declarations(data, name)
    limit = budget.limits.max_depth * 4
    depth = 0
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        recover=recover,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for event, el in events:
            if event == "start":
                depth += 1
                if depth > limit:
                    raise ConversionError("too_large", f"{name}: XML nesting deeper than {limit}")
                continue
            depth -= 1
            if depth <= max_level:
                yield el, depth
    except etree.XMLSyntaxError as exc:
        raise ConversionError("corrupt", f"{name}: malformed XML ({str(exc)[:120]})") from None


def release(el: etree._Element) -> None:
    """Free a streamed element and the siblings read before it (their content is consumed)."""
    el.clear(keep_tail=True)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def _refuse_declarations(data: bytes, name: str) -> None:
    if _DECL.search(data) or any(d in data[:65536] for d in _DECL16):
        raise ConversionError("corrupt", f"{name}: XML with a DOCTYPE/ENTITY declaration refused")


def _check_depth(root: etree._Element, name: str, budget: Budget) -> None:
    """Iterative depth walk (no recursion, so a deep tree cannot blow the Python stack)."""
    limit = budget.limits.max_depth * 4  # OWPML nests ~6 elements per table level
    stack = [(root, 1)]
    count = 0
    while stack:
        el, d = stack.pop()
        if d > limit:
            raise ConversionError("too_large", f"{name}: XML nesting deeper than {limit}")
        count += 1
        if count % 65536 == 0:
            budget.check()
        stack.extend((child, d + 1) for child in el)
    budget.add_records(0)


def local(tag: object) -> str:
    """Element name without namespace ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]
