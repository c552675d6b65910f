"""A trip's expense sheet scanned without its header, and passports whose frame is a label in another
language, a masked column, a foreigner's wrapped row or a chat's look-alikes.

- Rows of an overseas trip's lists: an expense sheet's name, card, account and passport, or a visa batch's
  name, passport and birth date, wrapped over two or three lines, OCR's look-alike letters among the digits,
  a space inside the passport. The passport is the field of its own in a passport's shape beside the
  person's other identifiers; the account is the other number in a bank's groups beside the name and the
  card. Not in a text that is not about travel, not in a row with no identifier of the person, not an
  account beside a mobile alone.
- A passport right after 'Paspor' or after 'passeport' and a nationality; an OCR'd value after '여권='.
- A masked number ten characters long under a 여권번호 header.
- An aligned foreigners' table too wide for its page: the passport opens the line after the row's
  registration number (masked or not), in a text about passports; not in a text that never speaks of them.
- A 2021-shape number masked after its letter with a look-alike among its digits, after 여권번호는.
- A securities account of seven, two and two digits after the firm's name.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_TRIP_SHEET = (
    "국외 출장비 정산 내역 (스캔본)\n"
    "박 지 수  4321-8765-1234-5678  123-45-678901  K4827l93\n"
    "조 민 호  5412-7788-99OO-1122\n"
    " 110-234-567890 \n"
    "T6O1SB2 48\n"
    "한 소 라\n"
    " 4929-1358-2460-\n"
    "1357  301-4567-8901-23  D6813H275\n"
)
_CARD_STATEMENT = "법인카드 사용 내역\n박 지 수  4321-8765-1234-5678  승인 A1234567\n"
_TRIP_WITHOUT_IDS = "국외출장 일정\n박 지 수  K4827193  인천 출발  현지 숙박\n"
_CARD_ROW_AT_HOME = "체육시설 회원 명단\n박 지 수  010-2345-6789  K4827193\n"
_VISA_BATCH = "비자 일괄 신청\n모 하 린        M12B4 583   1988-04-05   F\nCHEN\nLiwei           E7304418   1979.11.02   M\n"
_CONTACTS = "국외출장 비상연락망\n박 지 수  010-2345-6789  110-234-567890\n"
_FOREIGN_WRAPPED = (
    "체류 외국인 근무자 현황 (여권번호 포함)\n\n나라      이름\n    등록번호        여권         비자\n"
    "우즈베키스탄   RUSTAM KARIMOV   910214-5302716\n E6204917  E-9\n"
    "네팔   HARI THAPA     870506‐5******\n CB52071O8  E-9\n"
)
_NO_PASSPORT_COLUMN = (
    "외국인 근무자 현황\n나라  이름  등록번호  비고\n네팔  HARI THAPA  870506-5302716\n E6204917  E-9\n"
)

FOUND: list[Case] = [
    ("KR_PASSPORT", "closing a trip's card-and-account row", _TRIP_SHEET, "K4827l93"),
    ("KR_PASSPORT", "alone on the last line of a wrapped row, spaced", _TRIP_SHEET, "T6O1SB2 48"),
    ("KR_PASSPORT", "after a card wrapped inside its groups", _TRIP_SHEET, "D6813H275"),
    ("KR_BANK_ACCOUNT", "beside a name and a card on its line", _TRIP_SHEET, "123-45-678901"),
    ("KR_PASSPORT", "beside a birth date in a visa batch, spaced", _VISA_BATCH, "M12B4 583"),
    ("KR_PASSPORT", "beside a birth date after a wrapped Latin name", _VISA_BATCH, "E7304418"),
    ("KR_BANK_ACCOUNT", "on the line after a name and a card", _TRIP_SHEET, "110-234-567890"),
    ("KR_BANK_ACCOUNT", "after a card wrapped over two lines", _TRIP_SHEET, "301-4567-8901-23"),
    ("KR_PASSPORT", "right after an Indonesian label", "Nomor Paspor B5918273\n", "B5918273"),
    (
        "KR_PASSPORT",
        "after a French label and a nationality",
        "Contact: Mme Anna Keller, passeport suisse KP4702G61, tél. à Séoul",
        "KP4702G61",
    ),
    ("KR_PASSPORT", "OCR-spaced after 여권=", "name=가나다; 여권=M615 R2048\nmemo=", "M615 R2048"),
    (
        "KR_PASSPORT",
        "masked, ten characters, under its header",
        "| 소속 | 이름 | 여권번호 |\n| 기획과 | 가나다 | M3●●●●●27 |\n| 총무과 | 라마바 | K4XXXXX916 |\n",
        "K4XXXXX916",
    ),
    ("KR_PASSPORT", "opening the line after a foreigner's row", _FOREIGN_WRAPPED, "E6204917"),
    ("KR_PASSPORT", "after a row whose registration number is masked", _FOREIGN_WRAPPED, "CB52071O8"),
    (
        "KR_PASSPORT",
        "masked 2021 shape with a look-alike",
        "A: 여권번호는 Ml58RXXXX 맞나요?\nB: 네",
        "Ml58RXXXX",
    ),
    (
        "KR_BANK_ACCOUNT",
        "seven, two and two digits after a securities firm",
        "환불은 가나증권 5830417-22-09 으로 받겠습니다.",
        "5830417-22-09",
    ),
]

NOT_FOUND: list[Case] = [
    ("KR_PASSPORT", "an approval code in a card statement", _CARD_STATEMENT, "A1234567"),
    ("KR_PASSPORT", "a code in a trip's row with no identifier of the person", _TRIP_WITHOUT_IDS, "K4827193"),
    (
        "KR_PASSPORT",
        "a code in a row of identifiers, the text not about travel",
        _CARD_ROW_AT_HOME,
        "K4827193",
    ),
    ("KR_BANK_ACCOUNT", "a number beside a name and a mobile, no card", _CONTACTS, "110-234-567890"),
    (
        "KR_PASSPORT",
        "after a foreigner's row in a text that never speaks of passports",
        _NO_PASSPORT_COLUMN,
        "E6204917",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
