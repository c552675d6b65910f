"""A form drawn with box lines ('│ 성명 …' over '│ 전화번호 …') is no table: the line above a value is not
its column's header, so a home telephone is not refused for the resident number printed on the line above.
A telephone or a birth date a scan misread in many digits keeps its dashed or dotted shape and is read; a health insurance number
masked after its first digits is still one. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

from gongmun.redaction.normalize import fold
from gongmun.redaction.textview import TextView

_BOX_FORM = (
    "운전면허증 재발급 신청서\n│ 성명 옹다겸   주민등록번호 730914-2648159\n"
    "│ 전화번호 010-5555-0147  (자택 031-555-0192)\n│ 면허번호 11-23-456789-01"
)

FOUND: list[Case] = [
    ("PHONE_NUMBER", "home telephone in a form drawn with box lines", _BOX_FORM, "031-555-0192"),
    (
        "PHONE_NUMBER",
        "mobile with most of its zeros and ones misread",
        "보호자 연락처: O1O-5555-O1l7",
        "O1O-5555-O1l7",
    ),
    (
        "PHONE_NUMBER",
        "mobile misread in its prefix alone",
        "사고 당사자 옹다겸 연락처 OlO-5555-O147 (휴대)",
        "OlO-5555-O147",
    ),
    (
        "DATE_OF_BIRTH",
        "birth date with most of its ones misread, in a form's cell",
        "신청인 | 옹 다 겸\n생년월일 | I976.l2.O8.\n접수일 | 2026. 2. 3.",
        "I976.l2.O8.",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "card number masked after five digits",
        "가입자 성명 옹다겸   건강보험증번호 48213******\n전화번호",
        "48213******",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "card number masked with filled circles",
        "성명 옹다겸  생년월일 571204  F\n건강보험 48213●●●●●●\n주소",
        "48213●●●●●●",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "KR_HEALTH_INSURANCE",
        "a masked mobile beside the word",
        "건강보험 상담 문의 010****5678",
        "010****5678",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_a_line_of_values_is_no_column_header() -> None:
    view = TextView(_BOX_FORM.replace("│", "|"))
    assert view.column_header(view.norm.index("031-")) == ""


def test_letters_stay_letters_where_they_outnumber_the_digits() -> None:
    for text in ("Windows 10 SBS 2024", "BOB-SOS-2024", "ISO-9OO1-2O15"):
        assert fold(text) == text
