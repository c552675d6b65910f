"""Document-level facts from the HWPML HEAD: the summary (title, author, …) and the paragraph-shape
table that says which paragraphs are outline headings or numbered/bulleted list items."""

from __future__ import annotations

import re

from lxml import etree

from gongmun.schemas import Metadata

from ..hwpx.xmlsafe import local
from .body import first_child

# Hancom writes DOCSUMMARY/DATE as Korean prose: "2022년 6월 21일 화요일 오후 5:59:52".
_KOREAN_DATE = re.compile(
    r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\D*?(오전|오후)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_SUMMARY = {"TITLE": "title", "SUBJECT": "subject", "AUTHOR": "author", "KEYWORDS": "keywords"}
_HEADINGS = ("OUTLINE", "NUMBER", "BULLET")


def metadata_from_head(head: etree._Element | None) -> Metadata:
    meta = Metadata()
    summary = first_child(head, "DOCSUMMARY")
    if summary is None:
        return meta
    for el in summary:
        name = local(el.tag)
        text = " ".join("".join(el.itertext()).split())
        if name in _SUMMARY and text:
            setattr(meta, _SUMMARY[name], text)
        elif name == "DATE" and text:
            meta.created = iso_date(text)
    return meta


def heading_map(head: etree._Element | None) -> dict[str, tuple[str, int]]:
    """PARASHAPE Id -> (OUTLINE|NUMBER|BULLET, level) for the paragraph shapes that number."""
    out: dict[str, tuple[str, int]] = {}
    if head is None:
        return out
    for el in head.iter():
        if local(el.tag) != "PARASHAPE":
            continue
        pid = el.get("Id")
        kind = (el.get("HeadingType") or "None").upper()
        if pid is None or pid in out or kind not in _HEADINGS:
            continue
        try:
            level = int(el.get("Level") or 0)
        except ValueError:
            level = 0
        out[pid] = (kind, level)
    return out


def iso_date(text: str) -> str:
    """ISO 8601 when the Korean date parses (to the minute or second when a time is given); the
    text as written otherwise, so nothing is lost."""
    m = _KOREAN_DATE.search(text)
    if not m:
        return text
    year, month, day, half, hour, minute, second = m.groups()
    date = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if hour is None:
        return date
    h = int(hour) % 12 + 12 if half == "오후" else int(hour) % 12 if half == "오전" else int(hour)
    clock = f"{h:02d}:{int(minute):02d}" + (f":{int(second):02d}" if second else "")
    return f"{date}T{clock}"
