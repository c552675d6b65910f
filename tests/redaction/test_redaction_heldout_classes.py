"""One case per error class the held-out set exposed (data/README.md), with values not taken from it:
each rule is checked on its own, and so is the look-alike it must leave alone.
All sentences are written for these tests; names and numbers are invented."""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor


def found(redactor: Redactor, text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.analyze_text(text) if s.entity_type == entity]


CASES = [
    # PERSON: a one-syllable given name Kiwi reads as two one-syllable words, next to a title
    ("surname and one syllable", "기안자 주무관 곽윤  검토자 사무관 옥린", "PERSON", ["곽윤", "옥린"]),
    ("two-syllable vocabulary after a title", "과장 표창 및 위원 명단 확정", "PERSON", []),
    ("noun plus suffix after a title", "위원 도별 배정 현황", "PERSON", []),
    # PERSON: a one-syllable given name in a slot that holds a name (성명 field or column)
    ("two syllables in a name field", "성명: 최윤\n주소: 별도 제출", "PERSON", ["최윤"]),
    ("two syllables in a name column", "연번\t성명\t직위\n1\t장훈\t주무관\n", "PERSON", ["장훈"]),
    ("a remark in a name field", "예금주: 상동", "PERSON", []),
    ("a rank in a name column", "성명\t직위\n사원\t사원\n", "PERSON", []),
    ("place before its office", "원주 시장과 면담", "PERSON", []),
    ("object particle is not the label 을", "자료 09을 위하 하국어", "PERSON", []),
    ("fire-service rank before a name", "소방위\t곽미순\t\t행정팀장", "PERSON", ["곽미순"]),
    # PERSON: a given name that is also a verb stem (빛나), after a title
    ("verb-stem given name", "검토자 과장 반빛나  결재권자 국장", "PERSON", ["반빛나"]),
    # PERSON: a contact in brackets or an e-mail display name right after the name
    ("contact in brackets", "을은 탁지환(연락처 010-2718-2818)을 책임자로 둔다.", "PERSON", ["탁지환"]),
    ("phone in brackets", "※ 질의자 봉다율(010 5772 1566)이 낸 자료", "PERSON", ["봉다율"]),
    ("e-mail display name", "From: 견채은 <chaeeun.k@example.com>", "PERSON", ["견채은"]),
    ("office before a phone", "민원실(02-731-2114)로 문의", "PERSON", []),
    # PERSON: a civil-service grade right before the name in a personnel list
    ("grade before", "  ▲ 교통안전과 6급 어진솔\n  ▲ 운영지원과 7급 편도겸", "PERSON", ["어진솔", "편도겸"]),
    # PERSON: column headed by a role label (운전자, 근로자)
    ("role column", "일자\t차량번호\t운전자\n3. 2.\t12가 3456\t피수겸\n", "PERSON", ["피수겸"]),
    ("title 실무관", "담당: 총무과 변하율 실무관, 내선 2231", "PERSON", ["변하율"]),
    # KR_ADDRESS: a numbered branch road written with a space
    ("spaced 번길", "소재지: 송파구 문정로 17번길 8, 3층", "KR_ADDRESS", ["송파구 문정로 17번길 8, 3층"]),
    ("glued 번길", "주소: 안산시 단원구 광덕1로 25번길 9", "KR_ADDRESS", ["안산시 단원구 광덕1로 25번길 9"]),
    # KR_ADDRESS: an address followed by the office building it belongs to is institutional
    (
        "office building after",
        "장소: 전라남도 무안군 삼향읍 오룡길 1 전라남도청 3층 회의실",
        "KR_ADDRESS",
        [],
    ),
    ("tax office after", "제출처: 서울특별시 종로구 삼일대로 407 서울지방국세청 민원실", "KR_ADDRESS", []),
    # CREDIT_CARD: separators that differ inside one number (OCR, line wrap)
    ("mixed card separators", "카드번호 : 4111 - 1111-1111-1111", "CREDIT_CARD", ["4111 - 1111-1111-1111"]),
    (
        "card wrapped after a hyphen",
        "카드번호: 5500-\n0000-0000-0004",
        "CREDIT_CARD",
        ["5500-\n0000-0000-0004"],
    ),
    ("mixed, Luhn-invalid", "카드번호 : 4111 - 1111-1111-1112", "CREDIT_CARD", ["4111 - 1111-1111-1112"]),
    # KR_BANK_ACCOUNT: a one-digit last group (새마을금고 4-4-4-1)
    (
        "one-digit last group",
        "지급계좌: 새마을금고 9002-1357-2468-0",
        "KR_BANK_ACCOUNT",
        ["9002-1357-2468-0"],
    ),
    # KR_HEALTH_INSURANCE: 3-4-4 grouping needs the health label as the nearest one
    (
        "3-4-4 under a health header",
        "성명 | 건강보험증번호\n나은솔 | 512-3344-0901\n",
        "KR_HEALTH_INSURANCE",
        ["512-3344-0901"],
    ),
    ("3-4-4 after a phone label", "건강보험 가입 여부 확인, 연락처 031-4567-8901", "KR_HEALTH_INSURANCE", []),
    # EMAIL_ADDRESS: a public body's shared mailbox is an institution contact point
    ("role mailbox", "To: 정보공개팀 <info@moel.go.kr>", "EMAIL_ADDRESS", []),
    ("official's mailbox", "담당 jiwoo.han@korea.kr", "EMAIL_ADDRESS", ["jiwoo.han@korea.kr"]),
]


@pytest.mark.parametrize(("case", "text", "entity", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout_error_class(
    redactor: Redactor, case: str, text: str, entity: str, expected: list[str]
) -> None:
    assert found(redactor, text, entity) == expected, case
