"""Letter-spaced names (a scan's or a form's spacing) that a letter not of the name joins: a letter of kin
opening the run ('보호자: 모 ○ ○ ○', '(부 ○ ○ ○'), the last letter of a label spaced out to its cell's
width ('성    명 ○ ○ ○'), a particle spaced out like the letters ('○ ○ ○ 의 연락처'), or a two-syllable
surname, which Kiwi also reads as a word ('독 고 ○ ○'). Each is read again without that letter, or whole,
where the name's slot says who it is; two words of a heading spaced out ('전 화 번 호') hold none. Every
value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a mother's name after the kin letter, in a guardian's field",
        "보호자: 모 도 하 솜 010-2741-9063 / 부 설 재 온 010-2741-9064",
        "도 하 솜",
    ),
    (
        "PERSON",
        "a father's name after the kin letter, in the same field",
        "보호자: 모 도 하 솜 010-2741-9063 / 부 설 재 온 010-2741-9064",
        "설 재 온",
    ),
    (
        "PERSON",
        "a kin letter in brackets after a contact",
        "비상 연락처 010-3158-0472 (모 국 석 온)",
        "국 석 온",
    ),
    ("PERSON", "a spaced particle after the name", "민원인 박 정 련 의 연락처를 확인하였다.", "박 정 련"),
    ("PERSON", "a two-syllable surname spaced out", "처리자 독 고 윤 재  ※ 카드사 문의", "독 고 윤 재"),
    (
        "PERSON",
        "another two-syllable surname, before a title",
        "민원 담당 황 보 태 온 주무관 (내선 4120)",
        "황 보 태 온",
    ),
]

FOUND += [
    (
        "PERSON",
        "after a label spaced out to its cell's width, its last letter joining the run",
        "가. 성    명 채 온 결\n나. 생년월일 1970. 1. 2.",
        "채 온 결",
    ),
    ("PERSON", "after a title spaced out to its cell", "보고자  과  장 도 윤 슬", "도 윤 슬"),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a heading of two words spaced out", "전 화 번 호 (010)2741-9063", "화 번 호"),
    ("PERSON", "a heading spaced out, two words", "기 안 부 서  총무과", "기 안 부 서"),
    ("PERSON", "a heading opening with the letter 처", "처 리 결 과 : 완료", "리 결 과"),
    ("PERSON", "a heading opening with the letter 모", "모 집 공 고\n2026년 하반기 채용", "집 공 고"),
    ("PERSON", "a word and its particle spaced out", "사 유 서 의 제출 기한은 7일이다.", "사 유 서"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
