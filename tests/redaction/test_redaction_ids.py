"""Identification numbers: check digits, post-2020 and masked RRNs, OCR noise, and hard negatives.

Every value here is synthetic; check digits are computed by the small independent helpers below,
so a wrong weight in the recognizers would fail these tables.
"""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor

RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn(d12: str) -> str:
    return d12 + str((11 - sum(int(a) * b for a, b in zip(d12, RRN_W, strict=True)) % 11) % 10)


def frn(d12: str) -> str:
    return d12 + str((13 - sum(int(a) * b for a, b in zip(d12, RRN_W, strict=True)) % 11) % 10)


def crn(d12: str) -> str:
    return d12 + str((10 - sum(int(a) * (1 + i % 2) for i, a in enumerate(d12)) % 10) % 10)


def brn(d9: str) -> str:
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    total = sum(int(a) * b for a, b in zip(d9, w, strict=True)) + int(d9[8]) * 5 // 10
    return d9 + str((10 - total % 10) % 10)


def luhn(d15: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(d15)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return d15 + str((10 - total % 10) % 10)


def wrong_check(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def dash(d13: str, sep: str = "-") -> str:
    return d13[:6] + sep + d13[6:]


def full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


RRN_A = rrn("900101123456")
RRN_B = rrn("781231234567")
FRN_A = frn("850615512345")
CRN_A = crn("110111234567")
BRN_A = brn("123456789")
CARD_VISA = luhn("453201511283036")
CARD_AMEX = luhn("37828224631000")  # 15 digits


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start : s.end]) for s in redactor.analyze_text(text)]


POSITIVE = [
    # (case id, text, expected type, expected value)
    ("rrn valid, labelled", f"주민등록번호: {dash(RRN_A)}", "KR_RRN", dash(RRN_A)),
    ("rrn valid, no label", f"민원인 {dash(RRN_B)} 확인", "KR_RRN", dash(RRN_B)),
    ("rrn without hyphen", f"주민번호 {RRN_A}", "KR_RRN", RRN_A),
    ("rrn post-2020, bad check digit", "아동 주민등록번호 210315-3123457", "KR_RRN", "210315-3123457"),
    ("rrn post-2020 without label", "명단 | 220907-4000002 |", "KR_RRN", "220907-4000002"),
    ("rrn masked stars", "주민등록번호 850312-1******", "KR_RRN", "850312-1******"),
    ("rrn masked dots", "(주민등록번호 850312-2●●●●●●)", "KR_RRN", "850312-2●●●●●●"),
    ("rrn masked X", "납세자 주민번호 730312-1XXXXXX 확인", "KR_RRN", "730312-1XXXXXX"),
    (
        "rrn full-width",
        f"주민등록번호：{full_width(dash(RRN_A, '－'))}",
        "KR_RRN",
        full_width(dash(RRN_A, "－")),
    ),
    ("rrn unicode hyphen", f"주민등록번호 {dash(RRN_A, '‐')}", "KR_RRN", dash(RRN_A, "‐")),
    ("rrn broken line", f"주민등록번호: {RRN_A[:6]}-\n{RRN_A[6:]}", "KR_RRN", f"{RRN_A[:6]}-\n{RRN_A[6:]}"),
    ("frn valid", f"외국인등록번호: {dash(FRN_A)}", "KR_FRN", dash(FRN_A)),
    ("frn valid without label", f"WANG LEI | 중국 | {dash(FRN_A)} | E-9", "KR_FRN", dash(FRN_A)),
    ("crn labelled", f"법인등록번호: {dash(CRN_A)}", "KR_CRN", dash(CRN_A)),
    ("crn after space", f"법인등록번호  {CRN_A[:6]}- {CRN_A[6:]}", "KR_CRN", f"{CRN_A[:6]}- {CRN_A[6:]}"),
    (
        "brn labelled",
        f"사업자등록번호: {BRN_A[:3]}-{BRN_A[3:5]}-{BRN_A[5:]}",
        "KR_BRN",
        f"{BRN_A[:3]}-{BRN_A[3:5]}-{BRN_A[5:]}",
    ),
    (
        "brn valid without label",
        f"(주)한빛 {BRN_A[:3]}-{BRN_A[3:5]}-{BRN_A[5:]}",
        "KR_BRN",
        f"{BRN_A[:3]}-{BRN_A[3:5]}-{BRN_A[5:]}",
    ),
    ("passport old", "여권번호 M12345678", "KR_PASSPORT", "M12345678"),
    ("passport new", "여권번호: M123A4567", "KR_PASSPORT", "M123A4567"),
    ("passport in a table", "성명 | 여권번호\n김하늘 | S987B6543", "KR_PASSPORT", "S987B6543"),
    ("passport foreign", "여권번호 E12345678, 국적 중국", "KR_PASSPORT", "E12345678"),
    ("passport foreign with space", "여권번호: C1234 567", "KR_PASSPORT", "C1234 567"),
    ("licence numeric", "운전면허번호 11-18-123456-78", "KR_DRIVER_LICENSE", "11-18-123456-78"),
    ("licence region name", "면허번호: 서울 18-123456-78", "KR_DRIVER_LICENSE", "서울 18-123456-78"),
    ("licence 12 digits", "운전면허번호 111812345678", "KR_DRIVER_LICENSE", "111812345678"),
    (
        "card visa dashed",
        f"카드번호: {CARD_VISA[:4]}-{CARD_VISA[4:8]}-{CARD_VISA[8:12]}-{CARD_VISA[12:]}",
        "CREDIT_CARD",
        f"{CARD_VISA[:4]}-{CARD_VISA[4:8]}-{CARD_VISA[8:12]}-{CARD_VISA[12:]}",
    ),
    (
        "card spaced",
        f"결제카드 {CARD_VISA[:4]} {CARD_VISA[4:8]} {CARD_VISA[8:12]} {CARD_VISA[12:]}",
        "CREDIT_CARD",
        f"{CARD_VISA[:4]} {CARD_VISA[4:8]} {CARD_VISA[8:12]} {CARD_VISA[12:]}",
    ),
    (
        "card amex",
        f"카드 {CARD_AMEX[:4]}-{CARD_AMEX[4:10]}-{CARD_AMEX[10:]}",
        "CREDIT_CARD",
        f"{CARD_AMEX[:4]}-{CARD_AMEX[4:10]}-{CARD_AMEX[10:]}",
    ),
    ("health insurance", "건강보험증 번호: 12345678901", "KR_HEALTH_INSURANCE", "12345678901"),
    ("health insurance grouped", "건강보험증 번호 5-1234567890", "KR_HEALTH_INSURANCE", "5-1234567890"),
    (
        "account after bank",
        "입금 계좌: 신한은행 110-123-456789 (예금주 (주)한빛)",
        "KR_BANK_ACCOUNT",
        "110-123-456789",
    ),
    ("account label", "계좌번호: 3333-01-1234567", "KR_BANK_ACCOUNT", "3333-01-1234567"),
    ("plate", "차량번호 12가 3456 에 대하여", "KR_VEHICLE_PLATE", "12가 3456"),
    ("plate with region", "서울 75바 1234 차량", "KR_VEHICLE_PLATE", "서울 75바 1234"),
    ("plate new 3 digits no space", "차량번호: 123더4567", "KR_VEHICLE_PLATE", "123더4567"),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_identifier_found(redactor: Redactor, case: str, text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(redactor, text), case


NEGATIVE = [
    ("rrn shape with an impossible date", "관리 코드 991399-1234567"),
    ("form example of zeros", "주민등록번호: 000000-0000000"),
    (
        "brn with a wrong check digit and no label",
        f"코드 {wrong_check(BRN_A)[:3]}-{wrong_check(BRN_A)[3:5]}-{wrong_check(BRN_A)[5:]}",
    ),
    (
        "card failing Luhn without context",
        f"번호 {wrong_check(CARD_VISA)[:4]}-{wrong_check(CARD_VISA)[4:8]}-{wrong_check(CARD_VISA)[8:12]}-{wrong_check(CARD_VISA)[12:]}",
    ),
    ("document number", "시행  운영지원과-1234 (2024. 3. 5.)"),
    ("document number with digits", "문서번호 부가46015-174"),
    ("statute citation", "「소득세법」 제89조 제1항 제3호에 따라"),
    ("case number", "대법원 2019두12345 판결, 조심 2022서1234"),
    ("notice number", "기획재정부 고시 제2023-157호에 따른다"),
    ("receipt number", "접수번호 1AA-2305-0123456 로 신청"),
    ("procurement notice", "나라장터 공고번호 20240312345-00"),
    ("amounts", "계약금액: 금 1,234,567원 (₩35,000,000)"),
    ("version number", "운영체제 버전 10.0.19045.3803 로 업데이트"),
    ("personnel order number", "인사명령 제2023-155호\n2023. 6. 4."),
    ("trillions are not plates", "예산 12조 3456억원"),
    ("12 digits without licence context", "일련번호 111812345678"),
    ("11 digits without insurance context", "과제번호 12345678901"),
    ("account shape without bank or label", "등록 110-123-456789"),
    ("barcode", "상품 바코드 8801234567890"),
    (
        "bare 13 digits with a date shape but no check digit",
        f"일련 코드 {wrong_check(rrn('210915312345'))} 참조",
    ),
]


@pytest.mark.parametrize(("case", "text"), NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_not_an_identifier(redactor: Redactor, case: str, text: str) -> None:
    assert found(redactor, text) == [], case


def test_rrn_and_crn_share_a_shape_and_are_told_apart(redactor: Redactor) -> None:
    text = f"사업자등록번호: {BRN_A}\n법인등록번호: {dash(CRN_A)}\n대표자 주민등록번호: {dash(RRN_A)}"
    types = [t for t, _ in found(redactor, text)]
    assert types == ["KR_BRN", "KR_CRN", "KR_RRN"]
