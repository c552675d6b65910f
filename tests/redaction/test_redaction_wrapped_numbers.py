"""Numbers a narrow table cell or a page wrapped onto the next line, found as one value; and the line
breaks between two rows of a table (a CSV record after a row that ends in a number, a bar table's next
row), which join nothing. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

from gongmun.redaction.textview import TextView

FOUND: list[Case] = [
    (
        "KR_RRN",
        "resident number wrapped inside a bar table's cell",
        "| 관계 | 성명 | 주민등록번호 | 비고 |\n| 자녀 | 탁유건 | 73091426481\n59 | 학생 |",
        "73091426481\n59",
    ),
    (
        "KR_RRN",
        "resident number wrapped inside a space-aligned row",
        "번호  성명    주민등록번호\n1   옹다겸  68020\n31592746  본인",
        "68020\n31592746",
    ),
    (
        "KR_FRN",
        "foreigner number wrapped after its label",
        "| 국적 | 몽골 |\n| 외국인등록번호 | 9206115\n832075 |",
        "9206115\n832075",
    ),
    (
        "KR_DRIVER_LICENSE",
        "licence with its region wrapped inside a cell",
        "| 운전면허번호 | 강원 2\n304716628 | 면허종별 | 2종 보통 |",
        "강원 2\n304716628",
    ),
    (
        "CREDIT_CARD",
        "masked card whose last group wrapped",
        "환불 내역\n연번\t결제일\t성명\t카드번호\t금액\n1\t2026.02.11\t옹하늬\t**** **** **** 5\n180\t12,000원",
        "**** **** **** 5\n180",
    ),
    (
        "CREDIT_CARD",
        "card whose first digit stayed on the line above",
        "피해품: 신용카드(5\n372-1489-0362-5180) 1매",
        "5\n372-1489-0362-5180",
    ),
]

# a space-aligned roster whose first row wrapped at the address: the telephone ending that row stays a
# telephone, not joined to the next row's number
_ALIGNED_ROSTER = (
    "연번  성명   주민등록번호          주소                 건강보험        은행      계좌번호"
    "          지급액        연락처\n"
    "1   탁유건   730914-2648159  가나시\n다라대로 60, 6층       61830274419    국민은행  92716405538"
    "      금 418,260원  042-3318-6604\n"
    "2   옹다겸  640918-2●●●●●●  마바시 사아동 496 자차아파트 111동 1905호  47120963318    신한은행"
    "      3021-5587-1946   305,000원  010-5555-0148"
)
FOUND.append(
    ("PHONE_NUMBER", "telephone ending a row before the next row's number", _ALIGNED_ROSTER, "042-3318-6604")
)

NOT_FOUND: list[Case] = [
    (
        "KR_BANK_ACCOUNT",
        "a CSV record's last amount and the next record's number",
        "연번,성명,은행,계좌번호,연락처,지급액\n2026001,탁유건,국민은행,123456-01-789012,010-5555-0147,4150000\n"
        "926002,옹다겸,신한은행,110-456-789013,010-5555-0148,2870000",
        "4150000\n926002",
    ),
    (
        "KR_RRN",
        "an account number and the mark opening the next line",
        "입금계좌 204611937528\n○ 받는 분: 옹다겸",
        "204611937528\n○",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_only_breaks_inside_a_long_number_are_removed() -> None:
    """A numbered paragraph after a line that ends in a digit keeps its line break."""
    assert TextView("제5조 제1항 및 제2\n3. 다음 각 호").unwrapped is None
    joined = TextView("| 외국인등록번호 | 9206115\n832075 |").unwrapped
    assert joined is not None and joined[0].text == "| 외국인등록번호 | 9206115832075 |"
