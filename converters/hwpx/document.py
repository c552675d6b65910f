"""HWPX (OWPML, KS X 6101) converter: a zip of XML parts -> `schemas.Document`.

Reading order comes from the package spine (Contents/content.hpf); each section is parsed with a
hardened XML parser and walked into blocks (body.py). Damage is tolerated where the text survives:
a missing manifest or a truncated archive gives a warning, not a failure, as long as a section reads.
"""

from __future__ import annotations

import re
import zipfile
import zlib

from lxml import etree

from gongmun.schemas import Block, Document

from ..base import new_document
from ..chart import chart_blocks, read_chart
from ..errors import ConversionError
from ..limits import Budget
from ..quality import prefix_agreement, previewed_text
from ..scanned_pictures import PictureOcr
from .body import Walker
from .meta import (
    heading_map,
    manifest_encrypted,
    metadata_from_hpf,
    numbered_members,
    spine_sections,
    track_changes,
)
from .numbering import heads_from_header
from .package import Package, open_package
from .pictures import bin_members, scanned_pages
from .xmlsafe import iter_children, local, parse_xml

CONVERTER = "gongmun.hwpx"
# Hancom's preview leaves these out by design; comparing against them would only measure that choice.
NOT_IN_PREVIEW = frozenset({"equation", "chart", "footnote", "endnote", "header", "footer", "comment"})
_MASTER = re.compile(r"^Contents/masterpage(\d+)\.xml$", re.IGNORECASE)
_PREVIEW_CHARS = 16384
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


def convert(data: bytes, uri: str, budget: Budget) -> Document:
    pkg = open_package(data, budget)
    warnings: list[str] = list(pkg.warnings)
    if pkg.truncated:
        warnings.append("truncated zip: recovered members from local headers")
    _check_manifest(pkg, warnings)
    hpf = _optional_xml(pkg, "Contents/content.hpf", warnings)
    header = _optional_xml(pkg, "Contents/header.xml", warnings)
    sections = spine_sections(hpf, pkg.names)
    if not sections:
        raise ConversionError("corrupt", "HWPX package has no Contents/sectionN.xml")
    ocr = PictureOcr(budget)
    walker = Walker(
        budget,
        heading_map(header),
        heads=heads_from_header(header),
        changes=track_changes(header),
        charts=lambda ref, section: _chart(pkg, ref, section, budget, warnings),
        pictures=scanned_pages(pkg, bin_members(hpf, pkg.names), ocr),
    )
    read = sum(_section(pkg, name, index, walker, warnings) for index, name in enumerate(sections))
    if read == 0 and not walker.blocks:
        raise ConversionError("corrupt", "no HWPX section could be read")
    blocks = walker.blocks + walker.endnotes + _master_pages(pkg, walker, warnings)
    doc = new_document(
        data,
        uri,
        "hwpx",
        CONVERTER,
        format_version=_version(pkg),
        flags=["truncated"] if pkg.truncated else [],
        blocks=blocks,
        metadata=metadata_from_hpf(hpf) if hpf is not None else None,
    )
    doc.warnings.extend(warnings)
    ocr.finish(doc)
    _preview_agreement(pkg, doc)
    return doc


def _chart(pkg: Package, ref: str, section: int, budget: Budget, warnings: list[str]) -> list[Block]:
    """The blocks of the chart whose data is package member `ref` (Chart/chartN.xml); a chart that
    cannot be read is a warning."""
    try:
        return chart_blocks(read_chart(pkg.read(ref), ref, budget), section)
    except ConversionError as exc:
        if exc.code in ("timeout", "too_large"):
            raise
        warnings.append(f"chart {ref} could not be read: {exc.message}")
    except (*_READ_ERRORS, KeyError, etree.Error) as exc:
        warnings.append(f"chart {ref} could not be read ({type(exc).__name__})")
    return []


def _master_pages(pkg: Package, walker: Walker, warnings: list[str]) -> list[Block]:
    """Master pages (바탕쪽) print on every page like a header; their text comes last, tagged."""
    out: list[Block] = []
    for name in numbered_members(pkg.names, _MASTER):
        root = _optional_xml(pkg, name, warnings)
        if root is None:
            continue
        for block in walker.sublist(root, 0, kind="header"):
            block.attrs["source"] = "master_page"
            out.append(block)
    return out


def _check_manifest(pkg: Package, warnings: list[str]) -> None:
    if not pkg.has("META-INF/manifest.xml"):
        warnings.append("no META-INF/manifest.xml: read sections without a manifest")
        return
    root = _optional_xml(pkg, "META-INF/manifest.xml", warnings)
    if root is not None and manifest_encrypted(root):
        raise ConversionError("encrypted", "password-encrypted HWPX (manifest has encryption-data)")


def _optional_xml(pkg: Package, name: str, warnings: list[str]) -> etree._Element | None:
    """Parse a supporting part; damage there costs metadata, not the document."""
    if not pkg.has(name):
        return None
    try:
        return parse_xml(pkg.read(name), name, pkg.budget)
    except ConversionError as exc:
        if exc.code in ("too_large", "timeout") or "DOCTYPE" in exc.message or "DTD" in exc.message:
            raise
        warnings.append(f"{name} unreadable: {exc.message}")
    except _READ_ERRORS as exc:
        warnings.append(f"{name} unreadable: {type(exc).__name__}")
    return None


def _section(pkg: Package, name: str, index: int, walker: Walker, warnings: list[str]) -> bool:
    """Stream one section into the walker. Malformed XML is read again in libxml2's recovery mode
    (what parses is kept, with a warning); in a truncated package a section that cannot be read at
    all costs a warning; refusals (declarations, caps, time) always propagate."""
    mark = len(walker.blocks), len(walker.endnotes)
    try:
        data = pkg.read(name)
    except _READ_ERRORS as exc:
        if not pkg.truncated:
            raise ConversionError("corrupt", f"{name}: {type(exc).__name__} while inflating") from None
        warnings.append(f"{name} lost to truncation: {type(exc).__name__}")
        return False
    try:
        walker.section_children(iter_children(data, name, pkg.budget, recover=pkg.truncated), index)
        return True
    except ConversionError as exc:
        if exc.code != "corrupt" or "DOCTYPE" in exc.message:
            raise
        if pkg.truncated:
            warnings.append(f"{name} lost to truncation: {exc.message}")
            return False
    del walker.blocks[mark[0] :], walker.endnotes[mark[1] :]  # read it again from the start
    try:
        walker.section_children(iter_children(data, name, pkg.budget, recover=True), index)
    except ConversionError as exc:
        if exc.code != "corrupt" or "DOCTYPE" in exc.message:
            raise
        warnings.append(f"{name}: malformed XML, unreadable even in recovery mode")
        return False
    warnings.append(f"{name}: malformed XML, text recovered up to the damage")
    return True


def _version(pkg: Package) -> str:
    if not pkg.has("version.xml"):
        return ""
    try:
        root = parse_xml(pkg.read("version.xml"), "version.xml", pkg.budget)
    except (ConversionError, *_READ_ERRORS):
        return ""
    if local(root.tag) != "HCFVersion":
        return ""
    parts = [root.get(k) or "0" for k in ("major", "minor", "micro", "buildNumber")]
    return ".".join(parts)


def decode_preview(raw: bytes) -> str:
    """Hancom writes UTF-8, older writers UTF-16-LE (often without a BOM): UTF-8 must decode cleanly."""
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "replace")
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        return raw.decode("utf-16-le", "replace")


def _preview_agreement(pkg: Package, doc: Document) -> None:
    """Hancom writes a plain-text preview on save; how much of it our text reproduces is a check."""
    if not pkg.has("Preview/PrvText.txt"):
        doc.quality["prvtext_agreement"] = None
        return
    try:
        preview = decode_preview(pkg.read("Preview/PrvText.txt"))
    except _READ_ERRORS:
        doc.quality["prvtext_agreement"] = None
        return
    preview = preview[:_PREVIEW_CHARS]  # Hancom's previews are ~1 KB; a huge one would make difflib slow
    if not preview.strip():
        doc.quality["prvtext_agreement"] = None
        return
    # nor does it draw the numbers and bullets of numbered paragraphs
    shown = (b for b in doc.blocks if b.kind not in NOT_IN_PREVIEW and b.attrs.get("source") != "ocr")
    body = "\n".join(previewed_text(b) for b in shown if b.text)
    doc.quality["prvtext_agreement"] = round(prefix_agreement(preview, body), 4)
