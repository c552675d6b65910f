"""A contract's party named after its label (을) with a signature mark after it, and a transcript's turn
whose speaker a scan spelled out after a bullet and a role, are persons; a form's spaced-out labels are
not, and neither is the address of an office's floor given in brackets after the building.

Every name and address is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    ("PERSON", "a party's signature line", "(갑) 가람군수 (인)\n(을) 국린 (서명)", "국린"),
    ("PERSON", "a spaced speaker after a role", "○ 참고인 조 화 자: 그날 밤 소리를 들었습니다.", "조 화 자"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a spaced form label after a bullet", "- 기 관 명 : 가람군\n- 주 소 : 별첨", "기 관 명"),
    (
        "KR_ADDRESS",
        "an office's floor, its address in brackets",
        "회의 장소: 청사 신관 4층(충청북도 가람군 새내로 88)",
        "충청북도 가람군 새내로 88",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
