"""Package-level facts: metadata and spine order (content.hpf), encryption (manifest.xml), and the
paragraph-shape table (header.xml) that says which paragraphs are outline headings or list items."""

from __future__ import annotations

import re

from lxml import etree

from gongmun.schemas import Metadata

from .xmlsafe import local

_SECTION = re.compile(r"^Contents/section(\d+)\.xml$", re.IGNORECASE)


def manifest_encrypted(root: etree._Element) -> bool:
    """ODF-style manifest: any `encryption-data` entry means members are password-encrypted."""
    return any(local(el.tag) == "encryption-data" for el in root.iter())


def metadata_from_hpf(root: etree._Element) -> Metadata:
    meta = Metadata()
    fields: dict[str, str] = {}
    for el in root.iter():
        name = local(el.tag)
        text = " ".join((el.text or "").split())
        if name == "title" and text:
            meta.title = text
        elif name == "language" and text:
            meta.language = text
        elif name == "meta":
            fields[(el.get("name") or "").lower()] = text
    meta.author = fields.get("creator", "")
    meta.subject = fields.get("subject", "")
    meta.keywords = fields.get("keyword", "")
    meta.created = fields.get("createddate", "") or fields.get("date", "")
    meta.modified = fields.get("modifieddate", "")
    return meta


def spine_sections(root: etree._Element | None, names: list[str]) -> list[str]:
    """Section members in reading order: the spine's itemrefs resolved through the manifest items,
    falling back to (and completed by) section numbering when content.hpf is missing or partial."""
    present = {n.lower(): n for n in names}
    ordered: list[str] = []
    if root is not None:
        hrefs = {el.get("id"): el.get("href") or "" for el in root.iter() if local(el.tag) == "item"}
        for el in root.iter():
            if local(el.tag) != "itemref":
                continue
            href = hrefs.get(el.get("idref"), "").lstrip("/")
            if not href.lower().startswith("contents/"):
                href = "Contents/" + href.rpartition("/")[2] if href else ""
            actual = present.get(href.lower())
            if actual and _SECTION.match(actual) and actual not in ordered:
                ordered.append(actual)
    return ordered + [n for n in numbered_members(names, _SECTION) if n not in ordered]


def numbered_members(names: list[str], pattern: re.Pattern[str]) -> list[str]:
    """Members matching `pattern` (one numeric group), in numeric order: section10 after section9."""
    found = [(int(m.group(1)), n) for n in names if (m := pattern.match(n))]
    return [n for _, n in sorted(found)]


def heading_map(root: etree._Element | None) -> dict[str, tuple[str, int]]:
    """paraPr id -> (heading type OUTLINE|NUMBER|BULLET, level) for paragraph shapes that number."""
    out: dict[str, tuple[str, int]] = {}
    if root is None:
        return out
    for el in root.iter():
        if local(el.tag) != "paraPr":
            continue
        pid = el.get("id")
        if pid is None or pid in out:
            continue
        for child in el.iter():
            if local(child.tag) == "heading":
                kind = (child.get("type") or "NONE").upper()
                if kind in ("OUTLINE", "NUMBER", "BULLET"):
                    try:
                        level = int(child.get("level") or 0)
                    except ValueError:
                        level = 0
                    out[pid] = (kind, level)
                break
    return out


def track_changes(root: etree._Element | None) -> dict[str, str]:
    """Tracked change id -> its date (hh:trackChanges/hh:trackChange). Authors are left out: a
    name is personal data and says nothing about the text."""
    if root is None:
        return {}
    return {
        el.get("id") or "": el.get("date") or ""
        for el in root.iter()
        if local(el.tag) == "trackChange" and el.get("id")
    }
