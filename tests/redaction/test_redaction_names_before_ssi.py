"""A one-word name right before 씨, whatever its syllables: a transcribed foreign name, a stage name, a
given name alone ('○○○ 씨는', '○○씨가'). Not a common noun, a word that ends in 씨 (손글씨), a surname
alone (남궁 씨), a firm's '& C' (○○이앤씨), a word after a firm's mark, or a hidden person (김모 씨).

Every name is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a transcribed name glued to 씨는",
        "이번 공모전 수상자인 앤드로씨는 소감을 밝혔다.",
        "앤드로",
    ),
    ("PERSON", "a transcribed name before a spaced 씨와", "행사에는 낸시팍 씨와 가족이 참석했다.", "낸시팍"),
    ("PERSON", "glued to 씨도", "이날 행사에는 엘로디씨도 참석했다.", "엘로디"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a word that ends in 씨", "메모(손글씨)를 스캔했다.", "손글"),
    ("PERSON", "a two-syllable surname alone", "진단서를 냈다. 남궁씨는 전치 3주의 진단을 받았다.", "남궁"),
    ("PERSON", "a firm's & C", "계약 상대방: 새봄이앤씨(주) 대표", "새봄이앤"),
    ("PERSON", "after a firm's mark", "주식회사 바른누리씨 대표이사", "바른누리"),
    ("PERSON", "a hidden person", "경찰에 따르면 김모 씨는 이날", "김모"),
    ("PERSON", "a common noun", "다음 지수 씨앗 지표를 본다. 하늘 씨는", "지수"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
