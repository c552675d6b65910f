"""Fields a person fills and fields that only look so. A name after a loan contract's 대부받는 자, before
'외 N명' or a bracketed birth date, and a breach report's example record are persons. A group ('각 부서'), a local government as an account's
holder, a speaker's turn after 'role(name):', ex officio members, a spaced label, a place ending in 로 or
당, a diagnosis column, the romanised form example, a release number, a document's confirmation number
and an office's main line under a contract's articles are not.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "a loan contract's borrower",
        "국유재산 대부 계약\n  대부받는 자(을): 모탁\n  주소: 별첨",
        "모탁",
    ),
    ("PERSON", "the first of a group", "연구 인력 모초롱 외 3명 실제 미근무 확인", "모초롱"),
    ("PERSON", "a bracketed birth date after", "사고 경위\n보행자 목린(91.04.12생) 경상\n", "목린"),
    (
        "PERSON",
        "a breach report's example record",
        "유출 피해자 예시: 나은결(1988. 4. 7., 010-2345-6789)",
        "나은결",
    ),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a group of people", "받는 사람: 각 부서\n제목: 점검 안내", "각 부서"),
    (
        "PERSON",
        "a county holds the account",
        "수입 계좌(농협 301-1234-5678-91, 예금주 영월군)로 납부",
        "영월군",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a county's revenue account",
        "영월군 세입 계좌(농협 301-1234-5678-91, 예금주 영월군)로 납부",
        "301-1234-5678-91",
    ),
    (
        "PERSON",
        "what a speaker said",
        "○ 간사(길도윤): 첫째 안건은 예산안  심의 건입니다.",
        "첫째 안건은 예산안",
    ),
    ("PERSON", "ex officio members", "※ 당연직 위원: 복지국장", "당연직"),
    ("PERSON", "a party's label spaced out", "피 심 인  (주)한결물산 (대표자 생략)", "피 심 인"),
    ("PERSON", "a place ending in 로", "사고 장소: 지하 주차장 진입로", "진입로"),
    ("PERSON", "a diagnosis column", "상병 구분   주상병 J20.9", "주상병"),
    ("PERSON", "the romanised form example", "(작성 예시) 영문 성명: HONG GILDONG", "HONG GILDONG"),
    ("IP_ADDRESS", "a release number", "서버 패치 release 4.12.3.7 배포 완료", "4.12.3.7"),
    ("IP_ADDRESS", "a build number in Hangul", "단말 프로그램 빌드 3.2.1.88 설치", "3.2.1.88"),
    (
        "CREDIT_CARD",
        "a document's confirmation number",
        "(문서확인번호 5372-1234-9876-5436)",
        "5372-1234-9876-5436",
    ),
    (
        "PHONE_NUMBER",
        "an office's main line under the contract's articles",
        "(을) 상호: 바른기술\n제3조(대금) 대금은 검수 후 지급한다.\n※ 문의: 발주 부서 대표번호 02-3456-7000",
        "02-3456-7000",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
