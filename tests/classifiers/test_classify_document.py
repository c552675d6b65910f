"""Classifying converted Documents: stamps in header/footer blocks, identifiers from redaction findings
(masked vs unmasked read from the original block or cell text), evidence that points at blocks."""

from __future__ import annotations

import re

import pytest
from shared_core import classify_document

from gongmun.converters.base import new_document
from gongmun.schemas import Block, Cell, Document, Finding


def _doc(*blocks: Block) -> Document:
    return new_document(b"test", "mem://test.hwpx", "hwpx", "test", blocks=list(blocks))


def _rrn_finding(block: int, text: str, value: str, cell: int | None = None) -> Finding:
    start = text.index(value)
    return Finding("KR_RRN", block, start, start + len(value), 0.9, "KrRrnRecognizer", "mask", cell=cell)


@pytest.mark.parametrize(
    ("margin_text", "kind", "marking"),
    [
        ("대외비", "header", "대외비"),
        ("대외비      - 3 -", "footer", "대외비"),
        ("Ⅱ급비밀", "header", "II급"),
        ("2026. 12. 31.까지 대외비", "footer", "대외비"),
        ("대외협력과 업무 편람", "header", "none"),
        ("- 1 -", "footer", "none"),
    ],
)
def test_margin_stamps(margin_text: str, kind: str, marking: str) -> None:
    doc = _doc(Block(kind, margin_text), Block("paragraph", "통상 협상 대응 방안을 보고합니다.", order=1))
    sens = classify_document(doc)
    assert sens.marking == marking
    if marking != "none":
        assert sens.evidence[0].block == 0 and sens.evidence[0].source == "marking.margin"


def test_body_mention_with_unmarked_margins_is_none() -> None:
    doc = _doc(
        Block("header", "보안업무 지침"),
        Block("paragraph", "대외비 문서는 각 면 위·아래에 대외비로 표시한다.", order=1),
    )
    assert classify_document(doc).marking == "none"


UNMASKED = "강사 김가온 (주민등록번호 850312-1234567)"
MASKED = "강사 김가온 (주민등록번호 850312-1******)"


@pytest.mark.parametrize(("text", "pipa24"), [(UNMASKED, True), (MASKED, False)])
def test_findings_masked_vs_unmasked_in_paragraph(text: str, pipa24: bool) -> None:
    value = re.search(r"850312-1\S{6}", text)
    assert value
    doc = _doc(Block("paragraph", "강사 수당 지급 계획"), Block("paragraph", text, order=1))
    sens = classify_document(doc, [_rrn_finding(1, text, value.group(0))])
    assert ("PIPA-24" in sens.reasons) == pipa24
    assert sens.disclosure == "partial" and "OIDA-9-1-6" in sens.reasons


def test_findings_in_table_cell() -> None:
    rows = [
        [Cell("성명", 0, 0), Cell("주민등록번호", 0, 1)],
        [Cell("한별", 1, 0), Cell("990101-2******", 1, 1)],
    ]
    table = Block("table", rows=rows, order=1)
    doc = _doc(Block("paragraph", "장학금 지급 대상자"), table)
    finding = Finding("KR_RRN", 1, 0, 14, 0.9, "KrRrnRecognizer", "mask", cell=3)
    sens = classify_document(doc, [finding])
    assert (sens.disclosure, sens.reasons) == ("partial", ["OIDA-9-1-6"])


def test_finding_with_unresolvable_offsets_counts_as_unmasked() -> None:
    """Fail safe: if we cannot see the value we cannot prove it is masked."""
    doc = _doc(Block("paragraph", "여권 사본 제출 안내"))
    bogus = Finding("KR_PASSPORT", 0, 500, 509, 0.9, "KrPassportRecognizer", "mask")
    sens = classify_document(doc, [bogus])
    assert "PIPA-24" in sens.reasons


def test_evidence_never_carries_raw_values() -> None:
    doc = _doc(
        Block("paragraph", "수신  박소윤 귀하"),
        Block("paragraph", UNMASKED, order=1),
        Block("paragraph", "연락처 010-1234-5678, hong@example.com", order=2),
    )
    sens = classify_document(doc)
    blob = " ".join(e.snippet for e in sens.evidence)
    assert sens.evidence and not re.search(r"\d{4}", blob)
    assert "박소윤" not in blob and "김가온" not in blob and "@example" not in blob


def test_classifier_name_and_title_metadata() -> None:
    doc = _doc(Block("paragraph", "본문"))
    doc.metadata.title = "2027. 6. 30.까지 대외비"
    sens = classify_document(doc)
    assert sens.marking == "대외비"
    assert sens.classifier.startswith("gongmun-rules@")
