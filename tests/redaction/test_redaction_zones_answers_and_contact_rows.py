"""Classes the sealed_k set (first score: overlap F1 0.977; account recall 0.884, passport 0.940) showed,
each written here afresh: a passport's machine-readable zone (number, birth date, holder); account
numbers grouped by dots, masked in their first group, in a CSV cell or a bracket after the bank;
digit-first foreign passports; direct lines typed without separators in a staff list; a number with
its own label in a key-value line; a private business's main line; birth dates said in Sino-Korean
numerals or digit by digit in a call, or read through OCR after a spaced label; a date in a row with a
name and a passport; names given in answer to a question; foreign names of several words before an
age and occupation; a name under 성명 that Kiwi reads as words; a card number said aloud; accounts after
a resident number, with the bank in a bracket that goes on, in a passbook's lines; a mail header's display name; a probationer (시보) in an appointment order; a browser's version is no address. Names and numbers are invented."""

from __future__ import annotations

from shared_core import found_case_tests

ZONE = "P<KORDOH<<HARAM<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nM123456785KOR8801023M3101014<<<<<<<<<<<<<<02\n"  # ICAO 9303 TD3: two lines of 44
# typed out with fillers too many (after the name, after the number) and a space inside the birth date
TYPED_ZONE = (
    "PMKORDOH<<HARAM<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nM123A4567<5KOR88 01023M3101014<<<<<<<<<<<<<<02\n"
)

FOUND = [
    ("KR_PASSPORT", "passport number in the machine-readable zone", ZONE, "M12345678"),
    ("DATE_OF_BIRTH", "birth date in the machine-readable zone", ZONE, "880102"),
    ("PERSON", "holder's name in the machine-readable zone", ZONE, "DOH<<HARAM"),
    ("KR_PASSPORT", "passport number in a typed-out zone", TYPED_ZONE, "M123A4567"),
    ("DATE_OF_BIRTH", "birth date in a typed-out zone", TYPED_ZONE, "88 0102"),
    ("PERSON", "holder's name in a typed-out zone", TYPED_ZONE, "DOH<<HARAM"),
    (
        "KR_BANK_ACCOUNT",
        "dot-grouped account after a bank",
        "입금 계좌: 가람은행 123456.78.901234",
        "123456.78.901234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "dot-grouped account after 계좌(",
        "피고인 명의 누리은행 계좌(345.678901.234)에",
        "345.678901.234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account masked in its first group",
        "홍가람 | 솔뱅크 | 1**2-3456-7890 | 1,000,000원",
        "1**2-3456-7890",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account in the CSV cell after the bank",
        "지급일,성명,은행,계좌,금액\n2025-01-02,도하람,누리은행,1234567890123,50000\n",
        "1234567890123",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account in brackets after the bank",
        "환급금은 솔수협은행(12345678901, 예금주 도하람)로",
        "12345678901",
    ),
    (
        "KR_PASSPORT",
        "digit-first passport in a country row",
        "DURAND LEA\t프랑스\t12AB34567\t2026.01.01.",
        "12AB34567",
    ),
    (
        "PHONE_NUMBER",
        "direct line without separators in a staff list",
        "연번 성명 직위 내선 휴대전화\n1  도하람  주무관  0441234567  010-2345-6789\n",
        "0441234567",
    ),
    (
        "PHONE_NUMBER",
        "international mobile with its own label in a key-value line",
        "(사업주) 상호 새솔상회  사업자등록번호 123-45-67890  전화 042-123-4567\n(근로자) 성명 도하람  연락처 +82-10-2345-6789\n",
        "+82-10-2345-6789",
    ),
    (
        "PHONE_NUMBER",
        "a private business's main line",
        "법인명,법인등록번호,대표자,대표전화\n(주)새솔상사,110111-1234567,도하람,02.1234.5678\n",
        "02.1234.5678",
    ),
    (
        "DATE_OF_BIRTH",
        "birth date said in Sino-Korean numerals",
        "상담원: 생년월일도 부탁드립니다.\n고객: 천구백팔십팔년 일월 이일이에요.\n",
        "천구백팔십팔년 일월 이일",
    ),
    (
        "DATE_OF_BIRTH",
        "birth date said digit by digit, in a call with time stamps",
        "[00:01:02] 상담사: 생년월일도 확인 부탁드립니다.\n[00:01:09] 민원인: 팔팔공일공이생이에요.\n",
        "팔팔공일공이",
    ),
    (
        "DATE_OF_BIRTH",
        "OCR'd birth date after a spaced label",
        "생 년 월 일 : l988년 l월 2일\n",
        "l988년 l월 2일",
    ),
    (
        "DATE_OF_BIRTH",
        "date in a row with a name and a passport",
        "  1) 도하람 | 1988-01-02 | M12345678\n  2) 채누리 | 1979-03-04 | M23456789\n",
        "1988-01-02",
    ),
    (
        "PERSON",
        "name answering a question, after a time stamp",
        "[00:01:20] 상담원: 성함 말씀해 주세요.\n[00:01:26] 고객: 네, 도하람이요\n",
        "도하람",
    ),
    (
        "PERSON",
        "Latin name answering a question",
        "상담원: 성함 말씀해 주세요.\n고객: Lea Durand입니다.\n",
        "Lea Durand",
    ),
    (
        "PERSON",
        "foreign name of several words before age and occupation",
        "□ 수상자는 최우수 응우옌 반 안(37·요양보호사), 대상 마리아 산토스(54·농업인) 씨 등이다.",
        "응우옌 반 안",
    ),
    (
        "PERSON",
        "a name Kiwi reads as words under 성명",
        "번호\t성명\t연락처\n1\t주하기\t010-2345-6789\n",
        "주하기",
    ),
    ("PERSON", "a mail header's quoted display name", 'From: "도하람" <haram@example.kr>', "도하람"),
    (
        "PERSON",
        "a probationer in an appointment order",
        "  행정주사보 시보 채누리  민원과 근무를 명함",
        "채누리",
    ),
    (
        "KR_BANK_ACCOUNT",
        "bank in a bracket that goes on",
        "123-4567-8901-23 (가람은행, 본인 명의)",
        "123-4567-8901-23",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account after a person's resident number in a sentence",
        "유출 규모: 120명(예: 도하람, 880102-1******, 123456-78-901234)",
        "123456-78-901234",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account in a row with a resident number and a sum in won",
        "도하람   880102-1******   123-4567-8901-23   금 1,200,000원\n",
        "123-4567-8901-23",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account wrapped after 계좌(",
        "피고인 명의의 계좌(131-2\n48-457261)로 송금받았다.",
        "131-2\n48-457261",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account after an OCR'd label",
        "계좌번흐 6097-851-956116\n예금주 도하람 님",
        "6097-851-956116",
    ),
    (
        "KR_BANK_ACCOUNT",
        "counterpart account in a passbook line",
        "가람은행 보통예금\n예금주 도하람 님\n\n23-10-10  100-246-782345  124,000  300,830\n",
        "100-246-782345",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account masked mid-run after its label",
        "계좌번호\t301832**048470\n예금주\t도하람",
        "301832**048470",
    ),
    (
        "KR_BANK_ACCOUNT",
        "dotted account masked, after a bracketed label",
        "[계좌번호] 957.2563.***8.79\n",
        "957.2563.***8.79",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account in a system's record",
        '{"bank":"가람은행","account":"110**0399988"}',
        "110**0399988",
    ),
    (
        "PHONE_NUMBER",
        "landline without separators in a person's CSV row",
        "성명,주민번호,주소,home_tel\n도하람,880102-1******,가람시 누리로 1,06442577463\n",
        "06442577463",
    ),
    (
        "PHONE_NUMBER",
        "spaced landline in a row that also holds an account",
        "업체|대표|법인번호|전화|계좌\n|(주)가람|도하람|200111-2190240|070 6611 9377|가람은행 682-04-637202|\n",
        "070 6611 9377",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account dictated after the bank in a call, and read back",
        "상담원: 받으실 계좌 불러 주세요.\n고객: 가람은행이요. 삼오일에 오칠사사에 사삼구삼에 육팔이요.\n"
        "상담원: 다시 확인하겠습니다. 351-5744-4393-68, 맞으시죠?\n",
        "351-5744-4393-68",
    ),
    (
        "PHONE_NUMBER",
        "a fax before the next field's 대표전화 label",
        "전화 044-872-1932  팩스 044-203-8621  대표전화 044-203-7000",
        "044-203-8621",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "card number said aloud, its first digit apart",
        "상담사: 건강보험증 번호 알려 주시겠어요?\n민원인: 도하람이고요, 번호는 칠 일이삼사오 육칠팔구공이에요.\n",
        "칠 일이삼사오 육칠팔구공",
    ),
    (
        "IP_ADDRESS",
        "an address after a mailbox whose domain ends in 'ver'",
        "도하람 | haram@naver.com | 211.45.1.9",
        "211.45.1.9",
    ),
]

NOT_FOUND = [
    (
        "PERSON",
        "an already anonymised person before an age",
        "주민 김 모(45·자영업) 씨는 이렇게 말했다.",
        "김 모",
    ),
    (
        "PERSON",
        "the words before a foreign name",
        "□ 수상자는 최우수 응우옌 반 안(37·요양보호사) 씨다.",
        "최우수",
    ),
    (
        "PERSON",
        "a form's next key under the 성명 cell",
        "| 성명 | 도하람 |\n| 연락처 | 010-2345-6789 |\n",
        "연락처",
    ),
    (
        "DATE_OF_BIRTH",
        "a recent date in a row of names",
        "연번 | 성명 | 등록일\n1 | 도하람 | 2024-03-04\n",
        "2024-03-04",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a health-card number after a payee's bank",
        "입금되며, 건강보험증번호는 12345 678901로 같습니다.",
        "12345 678901",
    ),
    ("PHONE_NUMBER", "an office's main line", "가람시청 대표전화 031-123-4114", "031-123-4114"),
    ("PHONE_NUMBER", "a main line marked after it", "가람시청 031-123-4567(대표)", "031-123-4567"),
    (
        "KR_BANK_ACCOUNT",
        "a phone after a resident number in a CSV row",
        "2,가람(주),도하람,880102-1234567,02-8144-9110,심사중\n",
        "02-8144-9110",
    ),
    (
        "IP_ADDRESS",
        "a browser's version in a user agent",
        "Mozilla/5.0 (KHTML, like Gecko) Chrome/119.0.0.0 Safari",
        "119.0.0.0",
    ),
]


test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
