"""A document saying in a sentence that it is itself classified, the mark set off by dashes or stars and
its particle written for any noun ('— 대외비 —(으)로 지정'), carries that marking; a heading naming the
version made for release ('결정서 공개본') keeps the text model from withholding what the rules found
nothing in. Values invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text


@pytest.mark.parametrize(
    ("line", "marking"),
    [
        ("본 계획서는 — 대외비 —(으)로 지정하여 관리한다.", "대외비"),
        ("본 문서는 *Ⅲ급 비밀*로 관리하며 복제를 금한다.", "III급"),
    ],
)
def test_a_set_off_mark_in_the_documents_own_statement_is_its_marking(line: str, marking: str) -> None:
    text = f"가람 배수지 경비 대책\n1. 출입 통제 구역과 근무 인원\n{line}\n2. 순찰 경로는 별지 참조"
    assert classify_text(text).marking == marking


def test_a_statement_about_handling_marked_documents_is_no_marking() -> None:
    text = "보안 교육 자료\n대외비 문서는 잠금장치가 있는 보관함에 둔다.\n열람 기록은 1년간 보관한다."
    assert classify_text(text).marking == "none"


def test_a_judgment_headed_as_its_released_version_is_public() -> None:
    text = (
        "판결서 공개본\n사건 2025구합12345 과징금부과처분취소\n원고 주○○\n피고 가람시장\n"
        "판결 요지: 청구 기각\n처분에 위법이 없다고 판단함."
    )
    sens = classify_text(text)
    assert sens.disclosure == "public"
    assert sens.reasons == []
