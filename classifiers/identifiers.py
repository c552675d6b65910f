"""Personal data the PII analysis found, as the classifier needs it: identifiers and person names.

The classifier keeps no detectors of its own: the one analysis of a document (redaction findings, or
spans of a plain text) feeds both the rewrite and this view, so a label never disagrees with what was
redacted. PIPA-24 (고유식별정보) applies only while a number is readable: '850312-1******' is still
personal information (OIDA-9-1-6) but no longer a unique identifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from gongmun.schemas import Cell, Document, Finding

from .text import normalize

ID_TYPES = ("KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE")
_MASK_CHARS = re.compile(r"[*●○■□◯◆◇xX×＊•]")


@dataclass(frozen=True, slots=True)
class IdentifierHit:
    """An identifier seen in the document: its type, whether it is masked, and a masked shape."""

    entity_type: str
    masked: bool
    block: int | None
    shape: str  # e.g. '######-#######'; never the digits


@dataclass(frozen=True, slots=True)
class PersonalData:
    """What the analysis found: unique identifiers, and the names it took for persons (normalised,
    spaces removed), which tell a roster's name column or a 'label: name' slot from a form word."""

    identifiers: list[IdentifierHit] = field(default_factory=list)
    names: frozenset[str] = frozenset()
    birth_blocks: tuple[int | None, ...] = ()  # where a person's date of birth was found

    def is_name(self, token: str) -> bool:
        """A name the analysis found, unless already anonymised the way reports write it ('천모 씨')."""
        name = "".join(token.split())
        return name in self.names and not _ANONYMISED.fullmatch(name)


_ANONYMISED = re.compile(r"[가-힣]모|[가-힣][○◯*＊xX]{1,3}")


def _shape(value: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "#", " ".join(value.split())))


def hit_for(entity_type: str, value: str | None, block: int | None) -> IdentifierHit:
    """An identifier finding as a hit; a value we cannot see counts as unmasked (fail safe)."""
    if value is not None and len(re.findall(r"[0-9A-Za-z*●○■□◯◆◇×＊•]", value)) < 6:
        value = None  # offsets that do not land on an ID-shaped value (e.g. nested cell blocks)
    masked = value is not None and len(_MASK_CHARS.findall(value)) >= 3
    return IdentifierHit(entity_type, masked, block, _shape(value) if value is not None else entity_type)


def personal_data(values: Iterable[tuple[str, str | None, int | None]]) -> PersonalData:
    """From (entity type, original value or None, block) triples of one analysis."""
    ids: list[IdentifierHit] = []
    names: set[str] = set()
    births: list[int | None] = []
    for entity_type, value, block in values:
        if entity_type in ID_TYPES:
            ids.append(hit_for(entity_type, value, block))
        elif entity_type == "PERSON" and value:
            names.add("".join(normalize(value).split()))
        elif entity_type == "DATE_OF_BIRTH":
            births.append(block)
    return PersonalData(ids, frozenset(names), tuple(births))


def finding_value(doc: Document, finding: Finding, cells: dict[int, list[Cell]]) -> str | None:
    """The original characters under a finding, or None when its offsets do not resolve. `cells` keeps
    each table's cells flattened once per document (a large table holds thousands of findings)."""
    if not 0 <= finding.block < len(doc.blocks):
        return None
    block = doc.blocks[finding.block]
    text = block.text
    if finding.cell is not None and block.rows:
        flat = cells.get(finding.block)
        if flat is None:
            flat = cells[finding.block] = [cell for row in block.rows for cell in row]
        if not 0 <= finding.cell < len(flat):
            return None
        text = flat[finding.cell].text
    if not 0 <= finding.start < finding.end <= len(text):
        return None
    return text[finding.start : finding.end]


def from_findings(doc: Document, findings: list[Finding]) -> PersonalData:
    """The view of a document's redaction findings (offsets into its original blocks)."""
    cells: dict[int, list[Cell]] = {}
    return personal_data((f.entity_type, finding_value(doc, f, cells), f.block) for f in findings)


def from_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> PersonalData:
    """The view of a plain text's analysis spans (start, end, type)."""
    return personal_data(
        (kind, text[start:end] if 0 <= start < end <= len(text) else None, None) for start, end, kind in spans
    )
