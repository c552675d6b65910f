"""Unique identifiers (개인정보 보호법 제24조 고유식별정보): 주민등록번호, 외국인등록번호, 여권번호, 운전면허번호.

PIPA-24 applies only while a number is readable: '850312-1******' is still personal information
(OIDA-9-1-6) but no longer a unique identifier. With redaction findings we look at the original text
under each finding; without them (classify_text) a few light patterns stand in for the redaction engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongmun.schemas import Document, Finding

from .text import normalize

ID_TYPES = ("KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE")
_MASK_CHARS = re.compile(r"[*●○■□◯◆◇xX×＊•]")

_DATE6 = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_RRN = re.compile(rf"(?<![\d-])(?P<date>{_DATE6})\s?-?\s?(?P<g>[1-8])(?P<rest>\d{{6}})(?![\d-])")
_RRN_MASKED = re.compile(rf"(?<![\d-]){_DATE6}\s?-?\s?[1-8]?[*●○■◯xX×＊•]{{6,7}}")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{7,8}[A-Z]?|[MSRGDO]\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")
_DL = re.compile(r"(?<![\d-])(?:\d{2}|[가-힣]{2}\s?)-?\d{2}-\d{6}-\d{2}(?![\d-])")
_DL_PLAIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_ID_LABEL = re.compile(r"주민|등록\s*번호|외국인|생년|대표자|성\s*명|[|\t]\s*$")
_NOT_PERSON = re.compile(r"법\s*인\s*등\s*록|사\s*업\s*자|법인번호")


@dataclass(frozen=True, slots=True)
class IdentifierHit:
    """An identifier seen in the document: its type, whether it is masked, and a masked shape."""

    entity_type: str
    masked: bool
    block: int | None
    shape: str  # e.g. '######-#######'; never the digits


def _shape(value: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "#", " ".join(value.split())))


def _context(text: str, start: int, width: int) -> str:
    return text[max(0, start - width) : start]


def scan_text(text: str, block: int | None = None) -> list[IdentifierHit]:
    """Identifier-shaped values in plain text; labels in the preceding context decide doubtful shapes."""
    text = normalize(text)
    hits: list[IdentifierHit] = []
    for m in _RRN.finditer(text):
        before = _context(text, m.start(), 25)
        if _NOT_PERSON.search(before):
            continue
        if not re.search(r"\D", m.group(0)) and not _ID_LABEL.search(before):
            continue  # 13 bare digits: an RRN only where a label says so (not in equations, tables of codes)
        kind = "KR_FRN" if m.group("g") in "5678" or "외국인" in before else "KR_RRN"
        hits.append(IdentifierHit(kind, False, block, _shape(m.group(0))))
    for m in _RRN_MASKED.finditer(text):
        hits.append(IdentifierHit("KR_RRN", True, block, _shape(m.group(0))))
    for m in _PASSPORT.finditer(text):
        if "여권" in _context(text, m.start(), 300):
            hits.append(IdentifierHit("KR_PASSPORT", False, block, _shape(m.group(0))))
    for m in _DL.finditer(text):
        hits.append(IdentifierHit("KR_DRIVER_LICENSE", False, block, _shape(m.group(0))))
    for m in _DL_PLAIN.finditer(text):
        if "면허" in _context(text, m.start(), 60):
            hits.append(IdentifierHit("KR_DRIVER_LICENSE", False, block, _shape(m.group(0))))
    return hits


def _finding_text(doc: Document, finding: Finding) -> str | None:
    """The original characters under a finding, or None when its offsets do not resolve."""
    if not 0 <= finding.block < len(doc.blocks):
        return None
    block = doc.blocks[finding.block]
    text = block.text
    if finding.cell is not None and block.rows:
        cells = [cell for row in block.rows for cell in row]
        if not 0 <= finding.cell < len(cells):
            return None
        text = cells[finding.cell].text
    if not 0 <= finding.start < finding.end <= len(text):
        return None
    return text[finding.start : finding.end]


def from_findings(doc: Document, findings: list[Finding]) -> list[IdentifierHit]:
    """Identifier findings of the redaction stage; an unresolvable offset counts as unmasked (fail safe)."""
    hits: list[IdentifierHit] = []
    for finding in findings:
        if finding.entity_type not in ID_TYPES:
            continue
        hits.append(hit_for(finding.entity_type, _finding_text(doc, finding), finding.block))
    return hits


def hit_for(entity_type: str, value: str | None, block: int | None) -> IdentifierHit:
    """An identifier finding as a hit; a value we cannot see counts as unmasked (fail safe)."""
    if value is not None and len(re.findall(r"[0-9A-Za-z*●○■□◯◆◇×＊•]", value)) < 6:
        value = None  # offsets that do not land on an ID-shaped value (e.g. nested cell blocks)
    masked = value is not None and len(_MASK_CHARS.findall(value)) >= 3
    return IdentifierHit(entity_type, masked, block, _shape(value) if value is not None else entity_type)
