"""Names the honorific after them gives away, where the rules read words: a letter-spaced name with 씨
or 님 glued to its last letter ('○ ○ ○씨는', '○ ○ ○님께서'), and a foreign name written in Hangul words
before 씨 or 님, glued or not ('근로자 ○○ ○ 씨도', '○○○ ○○씨는'). A word of address (아버님) and a
person a report already hid (김모씨) stay as they are. Every value is invented."""

from __future__ import annotations

import pytest
from shared_core import Case, found, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a spaced name, 씨 and a particle glued",
        "이번 일로 채 온 결씨는 다시 민원을 냈다.",
        "채 온 결",
    ),
    ("PERSON", "a spaced name, 님 and 께서 glued", "위원 채 온 결님께서 의견을 내셨다.", "채 온 결"),
    (
        "PERSON",
        "a transcribed name, 씨 glued",
        "라오스 출신 근로자 콘사 쏨펫씨도 작업장 안전 교육을 받았다.",
        "콘사 쏨펫",
    ),
    (
        "PERSON",
        "a transcribed name, 씨 apart",
        "키르기스스탄 국적의 바흐틱 누를란 씨가 민원을 냈다.",
        "바흐틱 누를란",
    ),
    (
        "PERSON",
        "a transcribed name before 님",
        "상담 요청: 페드루 카르모 님의 체류 연장 문의",
        "페드루 카르모",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "a word of address before 님",
        "집을 치우다가 보니 아버님 일기장이 나왔다.",
        "보니 아버",
    ),
    (
        "PERSON",
        "a person a report already hid",
        "경찰에 따르면 정모씨는 어제 오후 경찰서에 다시 출석했다.",
        "따르면 정모",
    ),
    ("PERSON", "a title before 님", "궁금한 점은 담당 주무관님께 전화로 여쭈어 주십시오.", "담당 주무관"),
    ("PERSON", "a word spaced out before a word", "추 가 문 의 사항은 아래로", "추 가 문"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


@pytest.mark.parametrize(
    "text",
    [
        "집을 치우다가 보니 아버님 일기장이 나왔다.",
        "경찰에 따르면 정모씨는 어제 오후 경찰서에 다시 출석했다.",
    ],
)
def test_no_one_is_named_before_a_word_of_address_or_a_hidden_name(text: str) -> None:
    assert found(text, "PERSON") == []
