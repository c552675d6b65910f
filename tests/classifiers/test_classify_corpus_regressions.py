"""Real published documents that earlier rule versions wrongly withheld: forms addressed '○○시장 귀하',
blank 성명 columns, 투기과열지구 in regulatory analysis, tax rulings answering '귀하', 13-digit numbers
in an equation, a student-grade sample table. Each must come out public with no marking."""

from __future__ import annotations

import pytest
from conftest import needs_corpus
from shared_core import classify_document

from gongmun.converters import convert_bytes

PUBLIC = [
    ("hwp5", "rhwp__hcar-001.hwp"),  # subsidy application form: '파주시장 귀하', 징역 in the penalty notice
    ("hwp5", "hwp2hwpx__R25BD00004367-000_제안요청서.hwp"),  # RFP with a blank personnel form
    ("hwp5", "rhwp__80168_regulatory_analysis.hwp"),  # 투기과열지구: a legal designation, not a leak risk
    ("hwpx", "rhwp__수식-문자처럼취급-아님.hwpx"),  # 13 bare digits inside an equation sample
    ("hwpx", "hwpxlib__Table.hwpx"),  # sample table of made-up pupils' marks
    ("nts", "02_010000000000040314.hwp"),  # tax ruling answering '귀하의 질의'
    ("nts", "02_010000000000141106.hwp"),  # ruling on 장기요양기관 (not a person's health)
    # rules 1.1 drafts withheld these: '6급 이상' near 정직 read as a named official, 군사기밀 in a law
    ("hwp5", "rhwp__pr-1674.hwp"),
    ("hwp5", "rhwp__exam_social.hwp"),  # '교감 형성을' near 대상자
    ("hwp5", "hwp-swift__legacy-common-control-property__document.hwp"),
]


@pytest.mark.parametrize("parts", PUBLIC, ids=[p[1] for p in PUBLIC])
def test_published_documents_stay_public(parts: tuple[str, str]) -> None:
    path = needs_corpus(*parts)
    sens = classify_document(convert_bytes(path.read_bytes(), str(path)))
    assert (sens.marking, sens.disclosure, sens.reasons) == ("none", "public", [])
