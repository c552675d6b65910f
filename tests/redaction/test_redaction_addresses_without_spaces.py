"""Addresses written without the spaces between their parts, as compact typing and OCR give them: taken
from their 시/도, from two districts or a district and its 읍/면, or after an address label; a lone
district glued to a road without any of these is too loose. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "KR_ADDRESS",
        "from its 시/도 down to a unit in a named building",
        "주소: 광주광역시북구매곡동412번지새솔빌라3동201호",
        "광주광역시북구매곡동412번지새솔빌라3동201호",
    ),
    (
        "KR_ADDRESS",
        "two districts, a road and a unit, in a sentence",
        "우편물 받을 곳을 전주시덕진구송천로118-4,다동305호로 옮겨 주십시오.",
        "전주시덕진구송천로118-4,다동305호",
    ),
    (
        "KR_ADDRESS",
        "a district and its 면, then a lot",
        "소재지는 안동시풍산읍안교리 57-2 입니다",
        "안동시풍산읍안교리 57-2",
    ),
    (
        "KR_ADDRESS",
        "one district and a road under a 주소 header",
        "번호 | 이름 | 주소\n3 | 가나다 | 영광군해오름로41",
        "영광군해오름로41",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "KR_ADDRESS",
        "a word ending like a district glued to another",
        "공급은 도시가스로 3, 4월에 끝납니다",
        "도시가스로 3",
    ),
    (
        "KR_ADDRESS",
        "an office building's address",
        "우편물은 대구광역시수성구무학로227 수성구청사로 보내 주십시오",
        "대구광역시수성구무학로227",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
