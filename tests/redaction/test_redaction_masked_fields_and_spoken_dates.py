"""Classes the sealed_v set (first score: overlap F1 0.976; passports 0.906, plates 0.879, birth dates
0.826, IP 0.919, e-mail 0.970) showed, each written here afresh: identifiers partly masked the way breach
notices, logs and rosters print them (a passport's middle, a plate's digits, an address's octet, a mailbox's
name) and birth dates said in a call in pairs of digits or with a spoken year; a public corporation's rank
before a name. Names and numbers are invented."""

from __future__ import annotations

from shared_core import found_case_tests

FOUND = [
    (
        "KR_PASSPORT",
        "middle masked after its label",
        "분실 여권번호 M123****5 (발급일 2021.03.04.)",
        "M123****5",
    ),
    (
        "KR_VEHICLE_PLATE",
        "masked digits with a region",
        "성명|차량번호|연락처\n나래온|가람 12가 3**4|010-0000-1234",
        "12가 3**4",
    ),
    (
        "KR_VEHICLE_PLATE",
        "masked digits under a plate column",
        "성명|차량번호\n나래온|123가 4**5\n도하람|45나 6789",
        "123가 4**5",
    ),
    (
        "IP_ADDRESS",
        "an octet masked in a log",
        "2026-01-02 03:04:05 WARN src=10.20.***.40 login failed",
        "10.20.***.40",
    ),
    (
        "EMAIL_ADDRESS",
        "a mailbox masked in a breach notice",
        " - 이메일: nar***@example.com",
        "nar***@example.com",
    ),
    (
        "DATE_OF_BIRTH",
        "said in pairs of digits",
        "상담원: 확인차 생년월일 말씀해 주시겠어요?\n고객: 팔일 공삼 이사요.",
        "팔일 공삼 이사",
    ),
    (
        "DATE_OF_BIRTH",
        "a spoken year, the month and day in digits",
        "상담원: 확인차 생년월일 말씀해 주시겠어요?\n고객: 일구칠구년 4월 2일요.",
        "일구칠구년 4월 2일",
    ),
    ("PERSON", "after a corporation's rank", "1. 시설관리처 소속 대리 나래온에 대하여 처분함.", "나래온"),
    # (after the single score of sealed_u: a Latin name introduced by a Korean title or an age; a
    # system's field names for business numbers)
    ("PERSON", "Latin name before a title", '감수를 맡은 Anna Berg 교수는 "좋다"고 말했다.', "Anna Berg"),
    ("PERSON", "Latin name before an age", "캐나다 출신 작가 Tom Reed(41)가 머문다.", "Tom Reed"),
    ("KR_BRN", "a log's business-number field", "etax ok supplier_brn=3142110004 buyer=x", "3142110004"),
]

NOT_FOUND = [
    ("IP_ADDRESS", "a version with a masked part", "ver 1.2.***.4 배포", "1.2.***.4"),
    ("PERSON", "a heading before a number in brackets", "SQL TIPS( 2): 정렬 방법", "SQL TIPS"),
    ("PERSON", "a column type in code", "CREATE TABLE T ( DEPT CHAR(5),", "DEPT CHAR"),
    ("PERSON", "an organisation's committee", "기간 동안 KOSPO AI 위원회, 유저그룹", "KOSPO AI"),
    (
        "DATE_OF_BIRTH",
        "pairs of digits not asked for as a birth date",
        "상담원: 접수 번호 부탁드립니다.\n고객: 팔일 공삼 이사요.",
        "팔일 공삼 이사",
    ),
]


test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
