"""Redactor on whole documents: paragraphs, table cells, metadata, classified passages, operators,
findings without raw values, and failing closed (analyzer error, time budget)."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import pytest

from gongmun.redaction import RedactionError, Redactor
from gongmun.redaction.base import KoreanRecognizer, Recognized
from gongmun.schemas import Block, Cell, Document, Metadata, Provenance, table_text
from gongmun.schemas.policy import RedactionPolicy, load_policy

RRN = "900101-1234568"  # synthetic, valid check digit
PHONE = "010-2345-6789"
SECRET = b"test-secret-not-for-production"


def document(blocks: list[Block], author: str = "") -> Document:
    return Document(
        "0" * 64,
        Provenance("mem://test.hwp", "0" * 64, 1, "hwp5"),
        metadata=Metadata(title="민원 처리 결과", author=author),
        blocks=blocks,
    )


def table(rows: list[list[str]]) -> Block:
    cells = [[Cell(text, row=r, col=c) for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return Block("table", rows=cells)


def policy(**changes: Any) -> RedactionPolicy:
    """The packaged redaction policy with some fields changed."""
    return dataclasses.replace(load_policy().redaction, **changes)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(policy(), secret=SECRET)


def test_paragraphs_are_redacted_with_typed_placeholders(redactor: Redactor) -> None:
    doc = document([Block("paragraph", f"신청인 주민등록번호: {RRN}, 연락처: {PHONE}")])
    result = redactor.redact(doc)
    assert result.document.blocks[0].text == "신청인 주민등록번호: [주민등록번호], 연락처: [전화번호]"
    assert [(f.entity_type, f.block, f.cell, f.operator) for f in result.findings] == [
        ("KR_RRN", 0, None, "placeholder"),
        ("PHONE_NUMBER", 0, None, "placeholder"),
    ]
    assert doc.blocks[0].text.endswith(PHONE), "the input document must not be modified"


def test_table_cells_use_their_column_header_and_rebuild_block_text(redactor: Redactor) -> None:
    block = table(
        [["성명", "생년월일", "연락처"], ["배도윤", "1990. 1. 2.", PHONE], ["문채원", "1988. 12. 3.", "-"]]
    )
    result = redactor.redact(document([block]))
    out = result.document.blocks[0]
    assert out.rows is not None
    assert [c.text for c in out.rows[1]] == ["[PERSON_1]", "[생년월일]", "[전화번호]"]
    assert [c.text for c in out.rows[2]] == ["[PERSON_2]", "[생년월일]", "-"]
    assert out.text == table_text(out.rows)
    cells = sorted((f.entity_type, f.cell) for f in result.findings)
    assert cells == [
        ("DATE_OF_BIRTH", 4),
        ("DATE_OF_BIRTH", 7),
        ("PERSON", 3),
        ("PERSON", 6),
        ("PHONE_NUMBER", 5),
    ]
    assert all(f.start == 0 for f in result.findings), "offsets are relative to the cell text"


def test_pseudonyms_are_consistent_within_a_document(redactor: Redactor) -> None:
    doc = document(
        [
            Block("paragraph", "담당자: 한지우 주무관"),
            Block("paragraph", "위원 구태민, 노아린"),
            Block("paragraph", "문의는 한지우 주무관에게 하십시오."),
        ]
    )
    texts = [b.text for b in redactor.redact(doc).document.blocks]
    assert texts == [
        "담당자: [PERSON_1] 주무관",
        "위원 [PERSON_2], [PERSON_3]",
        "문의는 [PERSON_1] 주무관에게 하십시오.",
    ]


def test_findings_carry_keyed_hashes_never_values(redactor: Redactor) -> None:
    doc = document(
        [Block("paragraph", f"주민등록번호 {RRN}"), Block("paragraph", f"주민번호 {RRN.replace('-', '')}")]
    )
    findings = redactor.redact(doc).findings
    dumped = repr([f.to_dict() for f in findings])
    assert RRN not in dumped and RRN.replace("-", "") not in dumped
    assert len({f.value_hash for f in findings}) == 1, "the same value spelled two ways hashes alike"
    other = Redactor(secret=b"another-run").redact(doc).findings
    assert other[0].value_hash != findings[0].value_hash, "hashes are keyed by the run secret"


def test_metadata_author_and_title_are_redacted(redactor: Redactor) -> None:
    doc = document([Block("paragraph", "본문")], author="배도윤")
    doc.metadata.title = f"{PHONE} 연락 요청"
    result = redactor.redact(doc)
    assert result.document.metadata.author == "[PERSON_1]"
    assert result.document.metadata.title == "[전화번호] 연락 요청"
    assert {(f.entity_type, f.block) for f in result.findings} == {("PERSON", -1), ("PHONE_NUMBER", -1)}


def test_office_as_author_is_kept(redactor: Redactor) -> None:
    result = redactor.redact(document([Block("paragraph", "본문")], author="행정안전부"))
    assert result.document.metadata.author == "행정안전부"


def test_mask_operator_keeps_layout() -> None:
    masked = Redactor(policy(default_operator="mask"), secret=SECRET)
    out = masked.redact(document([Block("paragraph", f"연락처: {PHONE}")])).document
    assert out.blocks[0].text == "연락처: ***-****-****"


def test_classified_passage_is_removed_with_a_finding(redactor: Redactor) -> None:
    doc = document(
        [
            Block("heading", "1. 추진 배경", level=1),
            Block("paragraph", "공개 가능한 내용"),
            Block("heading", "(대외비) 검토 의견", level=1),
            Block("paragraph", "비공개 검토 내용"),
            Block("list_item", "세부 의견"),
            Block("heading", "2. 향후 계획", level=1),
            Block("paragraph", "대외비 문서의 관리 요령을 안내합니다."),
        ]
    )
    result = redactor.redact(doc)
    assert [b.text for b in result.document.blocks] == [
        "1. 추진 배경",
        "공개 가능한 내용",
        "2. 향후 계획",
        "대외비 문서의 관리 요령을 안내합니다.",
    ]
    assert [b.order for b in result.document.blocks] == [0, 1, 2, 3]
    assert [(f.entity_type, f.block, f.operator) for f in result.findings] == [
        ("CLASSIFIED", 2, "remove"),
        ("CLASSIFIED", 3, "remove"),
        ("CLASSIFIED", 4, "remove"),
    ]


class _Exploding(KoreanRecognizer):
    """Test-local recognizer that fails the way a buggy recognizer or a bad input might."""

    ENTITY = "PERSON"

    def find(self, view):  # type: ignore[no-untyped-def, override]
        raise RuntimeError("recognizer crashed on 850312-1234567")


class _Slow(KoreanRecognizer):
    ENTITY = "PERSON"

    def analyze(self, text, entities, nlp_artifacts=None) -> list[Recognized]:  # type: ignore[no-untyped-def, override]
        time.sleep(0.05)
        return []


@pytest.mark.parametrize("engine", ["lean", "presidio"])
def test_analyzer_failure_raises_redaction_error_without_the_value(engine: str) -> None:
    failing = Redactor(policy(engine=engine), secret=SECRET)
    failing.add_recognizer(_Exploding())
    doc = document([Block("paragraph", "주민등록번호 850312-1234567")])
    with pytest.raises(RedactionError) as info:
        failing.redact(doc)
    assert "850312" not in str(info.value)
    assert "RuntimeError" in str(info.value)


def test_time_budget_exceeded_raises_redaction_error() -> None:
    slow = Redactor(policy(seconds=0.01), secret=SECRET)
    slow.add_recognizer(_Slow())
    blocks = [Block("paragraph", "x" * 30_000), Block("paragraph", "y" * 30_000)]
    with pytest.raises(RedactionError, match="time budget"):
        slow.redact(document(blocks))


def test_presidio_default_registry_still_loads_after_import() -> None:
    """Our recognizer classes must not shadow Presidio's predefined ones (it looks them up by name)."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.nlp = {"en": spacy.blank("en")}
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    names = {type(r).__module__.split(".")[0] for r in engine.registry.recognizers}
    assert names == {"presidio_analyzer"}


def test_layout_table_with_a_nested_decision_box(redactor: Redactor) -> None:
    """HWP letters put the 결재란 in a table nested in a layout cell; the cell text keeps its rows."""
    inner = table([["재난조사팀장", "현장대응단장"], ["배도윤", "전결 06/25"], ["문채원", ""]])
    outer_text = "재난조사팀장\t현장대응단장\n배도윤\t전결 06/25\n문채원\n협 조\n재난조사\t탁지민"
    outer = Block("table", rows=[[Cell(outer_text, blocks=[inner])], [Cell("화재발생종합보고서")]])
    result = redactor.redact(document([outer]))
    rows = result.document.blocks[0].rows
    assert rows is not None
    assert rows[0][0].text == (
        "재난조사팀장\t현장대응단장\n[PERSON_1]\t전결 06/25\n[PERSON_2]\n협 조\n재난조사\t[PERSON_3]"
    )
    nested = rows[0][0].blocks[0].rows
    assert nested is not None and [r[0].text for r in nested] == ["재난조사팀장", "[PERSON_1]", "[PERSON_2]"]
