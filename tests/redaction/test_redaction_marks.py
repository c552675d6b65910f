"""Marks through redaction (redaction/marks.py): a link keeps covering its (redacted) words, and
its target is redacted too — an e-mail address in a mailto: link must not reach the corpus."""

from __future__ import annotations

import dataclasses

import pytest

from gongmun.redaction import Redactor
from gongmun.schemas import Block, Cell, Document, Mark, Metadata, Provenance
from gongmun.schemas.policy import load_policy

SECRET = b"test-secret-not-for-production"
EMAIL = "hong.gildong@example.com"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(dataclasses.replace(load_policy().redaction), secret=SECRET)


def _doc(blocks: list[Block]) -> Document:
    return Document("0" * 64, Provenance("mem://t.hwp", "0" * 64, 1, "hwp5"), Metadata(), blocks=blocks)


def test_link_target_and_words_are_redacted(redactor: Redactor) -> None:
    text = f"문의: 전자우편({EMAIL})으로 보내 주십시오. 홈페이지 www.mois.go.kr 참조"
    start = text.index(EMAIL)
    home = text.index("www.mois.go.kr")
    marks = [
        Mark("link", start, start + len(EMAIL), {"href": f"mailto:{EMAIL}?subject=문의"}),
        Mark("link", home, home + len("www.mois.go.kr"), {"href": "http://www.mois.go.kr"}),
    ]
    result = redactor.redact(_doc([Block("paragraph", text, marks=marks)]))
    block = result.document.blocks[0]
    assert EMAIL not in block.text and EMAIL not in block.to_dict().__repr__()
    mail, home_link = block.marks
    assert block.text[mail.start : mail.end] == "[이메일]"
    assert mail.attrs["href"] == "mailto:[이메일]?subject=문의"
    assert (block.text[home_link.start : home_link.end], home_link.attrs["href"]) == (
        "www.mois.go.kr",
        "http://www.mois.go.kr",
    )
    assert "([\\[이메일\\]](mailto:[이메일]?subject=문의))으로" in result.document.to_markdown()
    href_findings = [f for f in result.findings if f.block == -1 and f.entity_type == "EMAIL_ADDRESS"]
    assert len(href_findings) == 1


def test_links_in_table_cells_are_redacted(redactor: Redactor) -> None:
    inner = Block("paragraph", EMAIL, marks=[Mark("link", 0, len(EMAIL), {"href": f"mailto:{EMAIL}"})])
    table = Block("table", rows=[[Cell("연락처"), Cell(EMAIL, blocks=[inner])]])
    result = redactor.redact(_doc([table]))
    assert EMAIL not in result.document.to_json()
    cell = result.document.blocks[0].rows[0][1]  # type: ignore[index]
    assert cell.blocks[0].marks[0].attrs["href"] == "mailto:[이메일]"
