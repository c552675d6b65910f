"""Classes the fifth independent PII set (sealed_e) showed missed, each written here afresh: tables drawn
with box characters or exported as comma-separated lines, day-first and dictated birth dates, the
medical-aid card, names in bilingual forms, and words that only look like names. Values are invented."""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def found(redactor: Redactor, text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.analyze_text(text) if s.entity_type == entity]


FOUND = [
    (
        "birth date under a header of a box-drawn table",
        "성명 │ 운전면허번호 │ 생년월일 │ 연락처\n하도윤 │ 서울 11-223344-55 │ 931107 │ 010-2233-4455",
        "DATE_OF_BIRTH",
        "931107",
    ),
    (
        "birth date in a box-drawn roster row with an international mobile",
        "2 │ 편가람 │ 총무과 │ 7급 │ 1984. 6. 2. │ +82-10-2233-4455",
        "DATE_OF_BIRTH",
        "1984. 6. 2.",
    ),
    (
        "passport in a box-drawn country row",
        "1 │ SUNIL RAI │ 네팔 │ 881203-5123456 │ PA1234567 │ 신규 고용",
        "KR_PASSPORT",
        "PA1234567",
    ),
    (
        "birth date in a comma-separated export",
        "no,name,birth,mobile\n1,서은결,1979-12-14,01033334444",
        "DATE_OF_BIRTH",
        "1979-12-14",
    ),
    (
        "day-first birth date",
        "생년월일 Date of Birth\t28.12.2002\t국적\t우즈베키스탄",
        "DATE_OF_BIRTH",
        "28.12.2002",
    ),
    ("day-first with slashes", "Date of birth: 30/04/1985", "DATE_OF_BIRTH", "30/04/1985"),
    (
        "a birth date that answers the question for it",
        "상담사: 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n민원인: 1980년 6월 27일이요.",
        "DATE_OF_BIRTH",
        "1980년 6월 27일",
    ),
    (
        "a dictated birth date",
        "상담사: 생년월일 말씀해 주시겠어요?\n민원인: 구삼일이일이요.",
        "DATE_OF_BIRTH",
        "구삼일이일이",
    ),
    (
        "(sealed_f) a birth date after the name in the answer",
        "상담사: 본인 확인을 위해 성함과 생년월일 말씀 부탁드립니다.\n민원인: 탁윤재이고요, 1951년 3월 30일이요.",
        "DATE_OF_BIRTH",
        "1951년 3월 30일",
    ),
    (
        "(sealed_f) a birth date in a headerless row beside a name",
        "925627\t편슬기\t1995-03-15\t간호\n914605\t도하람\t1984.04.26.\t녹지",
        "DATE_OF_BIRTH",
        "1984.04.26.",
    ),
    (
        "(sealed_f) a two-letter, six-digit passport",
        "여권번호: MC459068\n카드번호: 없음",
        "KR_PASSPORT",
        "MC459068",
    ),
    (
        "(sealed_f) an eight-digit passport after its label",
        "여권번호 Passport No.: 03533186   여권 만료일: 2027.06.01",
        "KR_PASSPORT",
        "03533186",
    ),
    (
        "(sealed_f) an ungrouped masked card",
        "결제 카드: 461049******7831 (유효기간 10/26)",
        "CREDIT_CARD",
        "461049******7831",
    ),
    (
        "(sealed_f) a mobile with its last group partly masked",
        "[우체국택배] 010-4292-**96 고객님, 배달 완료",
        "PHONE_NUMBER",
        "010-4292-**96",
    ),
    (
        "(sealed_f) a licence in a log's dl_no field",
        "action=DOWNLOAD target_dl_no=179687074562 result=DENIED",
        "KR_DRIVER_LICENSE",
        "179687074562",
    ),
    ("medical-aid card", "의료급여증 번호: 30500980882\n종별: 1종", "KR_HEALTH_INSURANCE", "30500980882"),
    (
        "Hangul name in a bilingual form",
        "성명(Name) │ PAK SERGEI\n한글 성명 │ 박 세르게이",
        "PERSON",
        "박 세르게이",
    ),
    (
        "Hangul form after a title-case name",
        "수신: Batbayar Dorj (바트바야르 도르지)",
        "PERSON",
        "바트바야르 도르지",
    ),
    (
        "the Latin name of such a pair",
        "1) RIZKY HIDAYAT (리즈키 히다얏) / 국적 인도네시아",
        "PERSON",
        "RIZKY HIDAYAT",
    ),
    ("wrapped pair", "2) Karimov\nAziz (카리모프 아지즈) / 국적 우즈베키스탄", "PERSON", "카리모프 아지즈"),
    (
        "a name answering the question for it",
        "상담사: 성함이 어떻게 되세요?\n민원인: 도하람이요.\n상담사: 감사합니다.",
        "PERSON",
        "도하람",
    ),
    (
        "a compound particle after the name",
        "또한 피해자 탁윤재에게서도 같은 방법으로 돈을 받았다.",
        "PERSON",
        "탁윤재",
    ),
    ("a name cell before its office", "5\t편슬기\t기초의료보장과\t5급\tS1472021", "PERSON", "편슬기"),
    (
        "a name cell in a row with a birth date and a mobile",
        "4 | 육세린 | 1979-09-11 | 010-8819-6292 | 적격",
        "PERSON",
        "육세린",
    ),
    (
        "Hangul name before its romanisation and age",
        "함께 타고 있던 네팔 국적 노동자 수니타 타파(Sunita Thapa, 22) 씨가 다쳤다.",
        "PERSON",
        "수니타 타파",
    ),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), FOUND, ids=[c[0] for c in FOUND])
def test_found(redactor: Redactor, case: str, text: str, entity: str, value: str) -> None:
    assert value in found(redactor, text, entity), case


NOT_FOUND = [
    (
        "English labels of a bilingual form",
        "여권 번호 Passport No. │ E1234567\n대한민국 내 주소 Address In Korea │",
        "PERSON",
    ),
    ("the form's example name", "※ 작성 예: Full name HONG GILDONG", "PERSON"),
    (
        "status cells of a country row",
        "3 │ ANAN SRISUK │ 태국 │ 690210-6364887 │ 사업장 이탈",
        "PERSON:사업장 이탈",
    ),
    ("a country cell", "3 │ ANAN SRISUK │ 태국 │ 690210-6364887 │ 재고용", "PERSON:태국"),
    ("an office", "[내부] 임용 예정자 인적사항 (위생과)", "PERSON"),
    ("a form label ending in 명", "지급 계좌\t은행명\t\t계좌번호", "PERSON"),
    ("a language", "이곳에서 한국어를 배운 학생들", "PERSON"),
    ("label cells of a form row", "본인 연락처 | 010-2844-7340 | 전자우편 | mail@example.com", "PERSON"),
    ("a relation cell", "대리 신청인\t편가람\t관계\t형제자매\t연락처\t010-6455-6000", "PERSON:형제자매"),
    (
        "a log's next timestamp after a birth field",
        "birth=721204\n2024-12-20 08:52:25 DEBUG",
        "DATE_OF_BIRTH:2024-12-20",
    ),
    (
        "(sealed_f) six digits beside a name may be an exam number",
        "│ 600508 │ 전동현 │ 간호 │",
        "DATE_OF_BIRTH",
    ),
    ("(sealed_f) an expiry date after the passport label", "여권 만료일: 20270601 까지", "KR_PASSPORT"),
    ("thousands are no comma-separated row", "총 1,234,567,890원을 집행하였다.", "DATE_OF_BIRTH"),
]


@pytest.mark.parametrize(("case", "text", "entity"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found(redactor: Redactor, case: str, text: str, entity: str) -> None:
    entity, _, value = entity.partition(":")
    hits = found(redactor, text, entity)
    assert (value not in hits) if value else not hits, (case, hits)
