"""HWP 5 bytes -> Document: container, flags, DocInfo, sections, metadata, preview agreement."""

from __future__ import annotations

import re
import struct
import zlib
from codecs import utf_16_le_decode
from collections.abc import Callable

from gongmun.schemas import Block, Document, Metadata

from ..autonumber import AutoNumbers
from ..base import new_document
from ..errors import ConversionError
from ..limits import Budget
from ..quality import prefix_agreement, previewed_text
from ..scanned_pictures import PictureOcr
from .body import Section, section_blocks
from .cfb import CfbError, CompoundFile
from .header import (
    CERT_DRM,
    CERT_ENCRYPTED,
    COMPRESSED,
    DRM,
    PASSWORD,
    TRACK_CHANGES,
    FileHeader,
    ParaKind,
    paragraph_kinds,
    parse_file_header,
)
from .numbering import ParaHeads, para_heads
from .pictures import scanned_pages
from .preview import scan_preview
from .records import all_records, decrypt_view_text, inflate, split_records
from .summary import read_summary

NAME = "gongmun-hwp5"
AGREEMENT_WARN = 0.9
_SPACE = re.compile(r"\s+")
_CELL_MARKS = re.compile(r"^<(.*)>$")
_SECTION = re.compile(r"^Section(\d+)$")
# "문서번호" then its value on the same line, up to a date in parentheses, a tab or a wide gap:
# "징세46101-1009  (1995. 4. 21.)", "기획재정부 부가가치세제과-757 (2010.11.16.)", "청년정책담당관-6545".
_DOC_NUMBER = re.compile(r"문\s*서\s*번\s*호[ \t\]】):：>]*([^\t\n(\[<]{1,60})")
_DOC_NUMBER_END = re.compile(r"\s{2,}|\s*\(")
# Tracked changes: HWPX marks each insertion and deletion in the body (converters/hwpx/body.py); the
# public HWP 5 specification names the DocInfo records (TRACK_CHANGE, TRACK_CHANGE_AUTHOR) but not
# their layout nor how the body marks a changed span, and no HWP 5 in the shared corpus has any. So
# the text is read as stored and the document says so rather than passing deletions off as text.
UNMARKED_CHANGES = (
    "saved with change tracking: HWP 5 does not document how changes are stored, so the text is as "
    "stored (deleted text may be in it) and carries no insert/delete marks"
)
# What a corrupt record tree can raise while we walk it; anything else is a bug and propagates.
_RECORD_ERRORS = (struct.error, IndexError, ValueError, KeyError, RecursionError, zlib.error)


def convert(data: bytes, uri: str, budget: Budget) -> Document:
    """Convert an HWP 5 file. Refuses password, DRM and unreadable files with ConversionError."""
    try:
        cf = CompoundFile(data)
    except (CfbError, struct.error, ValueError, IndexError) as exc:
        return _preview_only(data, uri, f"OLE container unreadable ({exc})")
    header = parse_file_header(cf.read("FileHeader")) if cf.exists("FileHeader") else None
    assumed: list[str] = []
    if header is None:
        if not _section_names(cf, "BodyText"):
            if cf.damaged:
                return _preview_only(data, uri, "FileHeader and body lost from a damaged container")
            raise ConversionError("unsupported", "OLE file without an HWP 5 FileHeader")
        # A truncated file can lose the short FileHeader (it lives in the mini stream at the end)
        # while the body survives: nearly every HWP 5 is compressed and unencrypted, so try that.
        header = FileHeader("", COMPRESSED)
        assumed.append("FileHeader lost or damaged; read the body as a compressed, unencrypted document")
    if header.flags & (PASSWORD | CERT_ENCRYPTED):
        raise ConversionError("encrypted", "password-protected HWP 5 document")
    if header.flags & (DRM | CERT_DRM):
        if not _plain_body(cf, header):
            raise ConversionError("drm_protected", "DRM-protected HWP 5 document")
        # some writers set the flag on documents they never encrypted (unhwp and rhwp read them too)
        assumed.append("the header's DRM flag is set but the body is not encrypted; read as plain")

    warnings: list[str] = assumed
    if header.flags & TRACK_CHANGES:
        warnings.append(UNMARKED_CHANGES)
    kinds = _LazyDocInfo(cf, header, budget, warnings)
    ocr = PictureOcr(budget)
    pictures = scanned_pages(cf, header, kinds.records, ocr, budget)
    blocks, body_ok, unpreviewed = _sections(cf, header, kinds, budget, warnings, pictures)
    meta = (
        read_summary(cf.read("\x05HwpSummaryInformation")) if cf.exists("\x05HwpSummaryInformation") else None
    )
    preview = _read_preview(cf)
    if cf.damaged:
        warnings.insert(0, "container is truncated or damaged; text recovered from the sectors present")

    flags = header.flag_names()
    if not body_ok and preview and _squeezed_len(preview) > _squeezed_len("".join(b.text for b in blocks)):
        # The body broke off before reaching what the preview already shows: the preview is more.
        doc = _preview_document(data, uri, preview, header, flags, meta)
        doc.warnings[:0] = warnings
        return doc
    if not blocks and not body_ok:
        raise ConversionError("corrupt", "; ".join(warnings) or "no readable body text")

    link_notes(blocks)
    doc = new_document(
        data,
        uri,
        "hwp5",
        NAME,
        format_version=header.version,
        flags=flags,
        blocks=blocks,
        metadata=meta or Metadata(),
    )
    doc.warnings.extend(warnings)
    ocr.finish(doc)
    doc.quality["text_source"] = "body"
    _doc_number(doc)
    if preview is not None:
        drawn = kinds.drew_numbers() or unpreviewed  # only then is there drawn text to take out
        score = round(prefix_agreement(preview, _body_text(doc, 4 * len(preview) + 4096, drawn)), 4)
        doc.quality["prvtext_agreement"] = score
        if score < AGREEMENT_WARN:
            doc.warnings.append(f"text agrees with Hancom's preview on only {score:.0%} of it")
    return doc


_PLAIN = ParaKind("paragraph", None)


class _LazyDocInfo:
    """Paragraph kind by shape id, and the numbering tables, DocInfo read the first time a
    paragraph with text (or a section that numbers paragraphs) asks; the numbering tables only
    parsed when a section numbers paragraphs.

    Archive documents often keep all their text in table cells, which never ask, so their DocInfo
    is never inflated. Its bytes are still read up front (cheap), so a damaged container is noticed
    as before; a warning about DocInfo lands where it would have been written up front."""

    __slots__ = ("_at", "_budget", "_header", "_heads", "_kinds", "_raw", "_records", "_warnings")

    def __init__(self, cf: CompoundFile, header: FileHeader, budget: Budget, warnings: list[str]) -> None:
        self._header, self._budget, self._warnings = header, budget, warnings
        self._at = len(warnings)
        self._kinds: list[ParaKind] | None = None
        self._heads: ParaHeads | None = None
        self._records: tuple[bytes, list[int], list[int], list[int]] | None = None
        self._raw = b""
        if not cf.exists("DocInfo"):
            warnings.append("DocInfo stream missing; headings are not recognised")
            self._kinds = []
            return
        try:
            self._raw = cf.read("DocInfo")
        except _RECORD_ERRORS:
            warnings.append("DocInfo unreadable; headings are not recognised")
            self._kinds = []

    def __call__(self, shape: int) -> ParaKind:
        kinds = self._kinds if self._kinds is not None else self._load()
        return kinds[shape] if shape < len(kinds) else _PLAIN

    def heads(self) -> ParaHeads:
        """The document's numbering definitions and running numbers (empty without DocInfo)."""
        if self._heads is None:
            if self._kinds is None:
                self._load()
            try:
                self._heads = (
                    para_heads(*self._records, self._header.version) if self._records else ParaHeads()
                )
            except _RECORD_ERRORS:
                self._heads = ParaHeads()
        return self._heads

    def records(self) -> tuple[bytes, list[int], list[int], list[int]] | None:
        """DocInfo's records (buffer, tags, starts, ends); None when it is missing or unreadable."""
        if self._kinds is None:
            self._load()
        return self._records

    def drew_numbers(self) -> bool:
        """Whether any paragraph was given a number or bullet."""
        return self._heads is not None and self._heads.used

    def _load(self) -> list[ParaKind]:
        found: list[str] = []
        try:
            data = self._raw
            if self._header.compressed:
                data, _complete = inflate(data, self._budget)
            self._records = (data, *all_records(data))
            self._kinds = paragraph_kinds(*self._records)
        except _RECORD_ERRORS:
            found.append("DocInfo unreadable; headings are not recognised")
            self._kinds = []
        self._warnings[self._at : self._at] = found
        return self._kinds


# HWPTAG_PARA_HEADER (HWPTAG_BEGIN + 50): every body section opens with a paragraph header at level 0
_PARA_HEADER = 0x42


def _plain_body(cf: CompoundFile, header: FileHeader) -> bool:
    """The first body section reads as records without decryption: it inflates (when the header
    says compressed) and opens with a level-0 paragraph header. DRM-encrypted bytes do neither."""
    names = _section_names(cf, "BodyText")
    if not names:
        return False
    raw = cf.read(names[0])[: 1 << 20]
    if header.compressed:
        try:
            raw = zlib.decompressobj(-15).decompress(raw, 64)
        except zlib.error:
            return False
    if len(raw) < 4:
        return False
    word = int.from_bytes(raw[:4], "little")
    return word & 0x3FF == _PARA_HEADER and (word >> 10) & 0x3FF == 0


def _section_names(cf: CompoundFile, storage: str) -> list[str]:
    found = [(int(m.group(1)), name) for name in cf.streams(storage) if (m := _SECTION.match(name))]
    return [f"{storage}/{name}" for _, name in sorted(found)]


def _sections(
    cf: CompoundFile,
    header: FileHeader,
    kinds: _LazyDocInfo,
    budget: Budget,
    warnings: list[str],
    pictures: Callable[[bytes, bytes, int], list[Block]] | None = None,
) -> tuple[list[Block], bool, bool]:
    """Blocks of every section; whether all sections were read completely; whether a form
    control or an equation was drawn (text the preview does not have)."""
    storage = "ViewText" if header.distribution else "BodyText"
    names = _section_names(cf, storage)
    if not names and header.distribution:
        names = _section_names(cf, "BodyText")
    if not names:
        warnings.append(f"no {storage} sections found")
        return [], False, False
    blocks: list[Block] = []
    ok = True
    margins: set[tuple[str, str]] = set()
    autonumbers = AutoNumbers()
    unpreviewed = False
    for index, name in enumerate(names):
        budget.check()
        try:
            raw = cf.read(name)
            if name.startswith("ViewText"):
                raw = decrypt_view_text(raw)
            complete = True
            if header.compressed:
                raw, complete = inflate(raw, budget)
            recs = split_records(raw, budget)
            if not complete or recs.truncated:
                ok = False
                warnings.append(f"{name} is truncated or corrupt; its text is partial")
            # Numbering is worked out only where the layout says a paragraph draws a number or
            # bullet (or the writer left no layout to tell): most documents number nothing.
            numbers = kinds.heads() if recs.heads != 1 else None
            section = Section(recs, kinds, budget, index, numbers=numbers, autonumbers=autonumbers)
            section.pictures = pictures
            blocks.extend(section_blocks(section, margins))
            unpreviewed = unpreviewed or section.unpreviewed
        except ConversionError as exc:
            if exc.code in ("timeout", "too_large"):
                raise
            ok = False
            warnings.append(f"{name}: {exc.message}")
        except _RECORD_ERRORS as exc:
            ok = False
            warnings.append(f"{name} could not be parsed ({type(exc).__name__}); its text is partial")
    return blocks, ok, unpreviewed


def _read_preview(cf: CompoundFile) -> str | None:
    """Hancom's plain-text preview, or None when the file has none or it was cut off."""
    if not cf.exists("PrvText"):
        return None
    raw = cf.read("PrvText")
    if len(raw) < cf.paths["PrvText"].size:
        return None
    text: str = utf_16_le_decode(raw[: len(raw) // 2 * 2], "replace", True)[0]
    return text.split("\x00", 1)[0]


_NOT_PREVIEWED = frozenset(("caption", "equation", "footnote", "endnote", "comment", "header", "footer"))


def _body_text(doc: Document, enough: int, drawn: bool = True) -> str:
    """Text in reading order as Hancom previews it: the body and its tables and text boxes,
    without captions, equations, notes, comments and headers/footers (PrvText has none). Only the
    first `enough` characters or so are needed to compare with the (truncated) preview."""
    parts: list[str] = []
    size = 0
    for b in doc.blocks:
        if b.text and b.kind not in _NOT_PREVIEWED and b.attrs.get("source") != "ocr":
            text = previewed_text(b) if drawn else b.text  # nor numbers, bullets, forms, equations
            parts.append(text)
            size += len(text)
            if size > enough:
                break
    return "\n".join(parts)


def _doc_number(doc: Document) -> None:
    for block in doc.blocks[:80]:
        m = _DOC_NUMBER.search(block.text)
        if m:
            value = _DOC_NUMBER_END.split(m.group(1).strip(), maxsplit=1)[0].strip(" .,")
            if any(c.isdigit() for c in value):
                doc.metadata.doc_number = value
                return


def _preview_document(
    data: bytes, uri: str, preview: str, header: FileHeader | None, flags: list[str], meta: Metadata | None
) -> Document:
    # Hancom writes a table row as <cell><cell>: keep the cells, tab-separated.
    lines = (_CELL_MARKS.sub(r"\1", p.strip()).replace("><", "\t") for p in preview.splitlines())
    paras = [p for p in lines if p.strip()]
    blocks = [Block("paragraph", p) for p in paras]
    doc = new_document(
        data,
        uri,
        "hwp5",
        NAME,
        format_version=header.version if header else "",
        flags=flags,
        blocks=blocks,
        metadata=meta or Metadata(),
    )
    doc.quality["text_source"] = "preview"
    doc.warnings.append("body unreadable; text is Hancom's PrvText preview (first ~1000 characters only)")
    _doc_number(doc)
    return doc


def _squeezed_len(text: str) -> int:
    return len(_SPACE.sub("", text).replace("<", "").replace(">", ""))


def _preview_only(data: bytes, uri: str, why: str) -> Document:
    preview = scan_preview(data)
    if not preview.strip():
        raise ConversionError("corrupt", f"{why}; no preview text to fall back on")
    header = None
    doc = _preview_document(data, uri, preview, header, [], None)
    doc.warnings.insert(0, why)
    return doc


_NOTE_KINDS = frozenset(("footnote", "endnote", "comment", "header", "footer"))


def link_notes(blocks: list[Block]) -> None:
    """Point each note/comment at the index of the body block it follows."""
    anchor = -1
    for i, b in enumerate(blocks):
        if b.kind in _NOTE_KINDS:
            if b.kind in ("footnote", "endnote", "comment") and anchor >= 0:
                b.attrs["anchor"] = str(anchor)
        else:
            anchor = i
