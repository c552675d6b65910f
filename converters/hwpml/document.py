"""HWPML converter: one XML file (HWPML 2.x, `.hml`) -> `schemas.Document`.

The file is streamed with the hardened parser HWPX uses (converters/hwpx/xmlsafe.py: DOCTYPE and
entities refused, nothing fetched, libxml2's size limits on, our depth cap): HEAD is read whole (the
summary, the paragraph-shape table, the list of embedded binaries), then each top-level paragraph of
each SECTION is walked and freed, and reading stops at the end of BODY. TAIL is never parsed: it holds
only embedded binaries (base64 images, often most of the file) and scripts; a picture that may be a
scanned page has its image found there by a byte scan (pictures.py) and read by OCR. Malformed XML,
usually a file cut short, is read again in libxml2's recovery mode: the text before the damage is kept with a warning, and a file with
no readable text is refused as corrupt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from gongmun.schemas import Document, Metadata

from ..base import new_document
from ..errors import ConversionError
from ..hwpx.xmlsafe import iter_ends, local, release
from ..limits import Budget
from ..scanned_pictures import PictureOcr
from .body import Walker
from .meta import heading_map, metadata_from_head
from .numbering import heads_from_head
from .pictures import bin_items, scanned_pages
from .sniff import sniff

CONVERTER = "gongmun.hwpml"
_NAME = "HWPML"
_BODY_LEVEL = 3  # HWPML(0) > BODY(1) > SECTION(2) > P(3): the deepest element streamed


def convert(data: bytes, uri: str, budget: Budget) -> Document:
    if sniff(data) != "hwpml":
        raise ConversionError("unsupported", "not an HWPML document (the root element is not <HWPML>)")
    warnings: list[str] = []
    ocr = PictureOcr(budget)
    try:
        reader = _read(data, budget, ocr, recover=False)
    except ConversionError as exc:
        if not _recoverable(exc):
            raise
        ocr = PictureOcr(budget)  # (the account starts again with the second reading)
        reader = _read_damaged(data, budget, ocr, exc)
        warnings.append(
            exc.message.replace("malformed XML", "malformed XML, text recovered up to the damage", 1)
        )
    if not reader.body_seen:
        raise ConversionError("corrupt", "HWPML document has no BODY")
    doc = new_document(
        data,
        uri,
        "hwpml",
        CONVERTER,
        format_version=reader.version,
        blocks=reader.walker.document_blocks(),
        metadata=reader.metadata,
    )
    doc.warnings.extend(warnings)
    ocr.finish(doc)
    return doc


@dataclass(slots=True)
class _Reader:
    """What one pass over the file collected."""

    walker: Walker
    metadata: Metadata = field(default_factory=Metadata)
    version: str = ""
    body_seen: bool = False
    root_checked: bool = False
    bin_items: list[str] = field(default_factory=list)  # HEAD's BINDATALIST: BinItem -> BinData id

    def read(self, ends: Iterator[tuple[etree._Element, int]]) -> None:
        for el, level in ends:
            if not self.root_checked:
                self._check_root(el)
            name = local(el.tag)
            if level < _BODY_LEVEL:
                self.walker.budget.check()
            if level == _BODY_LEVEL and name == "P" and _parent_is(el, "SECTION"):
                self.walker.top_paragraph(el)
                release(el)
            elif level == 2 and name == "SECTION" and _parent_is(el, "BODY"):
                self.walker.end_section()
                release(el)
            elif level == 1 and name == "HEAD":
                self.metadata = metadata_from_head(el)
                self.bin_items = bin_items(el)
                self.walker.headings = heading_map(el)
                self.walker.heads = heads_from_head(el)
                release(el)
            elif level == 1 and name == "BODY":
                self.body_seen = True
                return  # TAIL (embedded binaries, scripts) has no text for us

    def _check_root(self, el: etree._Element) -> None:
        """The sniffer read the prolog; libxml2 has the final word on which element is the root."""
        root = el.getroottree().getroot()
        if local(root.tag) != _NAME:
            raise ConversionError(
                "unsupported", f"not an HWPML document (root element <{local(root.tag)[:40]}>)"
            )
        self.version = root.get("Version") or ""
        self.root_checked = True


def _new_reader(data: bytes, budget: Budget, ocr: PictureOcr) -> _Reader:
    reader = _Reader(Walker(budget, {}))
    reader.walker.pictures = scanned_pages(data, lambda: reader.bin_items, budget, ocr)
    return reader


def _read(data: bytes, budget: Budget, ocr: PictureOcr, *, recover: bool) -> _Reader:
    reader = _new_reader(data, budget, ocr)
    reader.read(iter_ends(data, _NAME, budget, recover=recover, max_level=_BODY_LEVEL))
    return reader


def _read_damaged(data: bytes, budget: Budget, ocr: PictureOcr, first: ConversionError) -> _Reader:
    """Read a malformed file again in recovery mode; keep it only if some text survived."""
    reader = _new_reader(data, budget, ocr)
    try:
        reader.read(iter_ends(data, _NAME, budget, recover=True, max_level=_BODY_LEVEL))
    except ConversionError as exc:
        if not _recoverable(exc):
            raise
    reader.walker.flush_section()
    if not reader.walker.blocks:
        raise ConversionError("corrupt", first.message)
    reader.body_seen = True  # the body was cut short, not missing
    return reader


def _recoverable(exc: ConversionError) -> bool:
    """Malformed XML may be read again; refusals (declarations, caps, time) never are."""
    return exc.code == "corrupt" and "DOCTYPE" not in exc.message


def _parent_is(el: etree._Element, name: str) -> bool:
    parent = el.getparent()
    return parent is not None and local(parent.tag) == name
