"""Securities accounts, banks with their region in brackets, payees' virtual accounts, transfer files.

- A securities firm's account in its eight and two digits after '종합위탁계좌' or '(증권계좌)'.
- A bank with its region or the kind of account in brackets before the number ('iM뱅크(대구)'), and
  'KB국민' as people write it; a check card's number after its issuing bank stays a card.
- A virtual account is the payee's when a label pays out to it (환급 계좌, 지급계좌) or it stands in a
  payee's table row or its holder named after it is a person; so is one issued to the payer it names
  ('(납부자 ○○○)'), and so is a fine's or a tax's virtual account unless the agency is named as holding it
  (예금주 ○○구청, 기관 세입, ○○시 명의): one is issued to one payer for one bill.
- The accounts of '○○금융투자' securities firms, of 키움 (its short name) and of 산림조합.
- A transfer file's result rows: number, status, account, name, sum.

Every name and number is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

_SEIZURE = "압류 대상: 다온증권 종합위탁계좌 48213907-55 및 누리투자증권 계좌 71930284 - 16의 예탁금"
_REFUND_ROWS = (
    "1 | 모하린 | 가상계좌(농협) | 79018273645512 | 13,000 | 지급\n"
    "2 | 함소리 | 다래투자증권(증권계좌) | 60317284-09 | 51,000 | 보류\n"
)
_TRANSFERS = (
    "=== 이체 결과 (CMS 일괄) ===\n"
    "001 정상 4829105736214 도예결 350,000\n"
    "002 오류(계좌없음) 62810374951 육채운 350,000\n"
)
_HELD = "납부 가상계좌 다래은행 79314402857163 (예금주 육채운)"
_AGENCY_HELD = "가상계좌: 다래은행 79314402857163 (예금주: 해솔구청)"
_FINE = "과태료 40,000원\n납부 가상계좌: 우리 79230418576621\n문의: 교통행정과"
_AGENCY_FINE = "과태료 40,000원\n납부 계좌(기관 세입 가상계좌): 58937085379745\n문의: 교통행정과"

FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "eight and two digits after 종합위탁계좌", _SEIZURE, "48213907-55"),
    ("KR_BANK_ACCOUNT", "eight and two digits spaced around the dash after 계좌", _SEIZURE, "71930284 - 16"),
    ("KR_BANK_ACCOUNT", "after a securities firm and '(증권계좌)' in a row", _REFUND_ROWS, "60317284-09"),
    (
        "KR_BANK_ACCOUNT",
        "after a bank with its region in brackets",
        "환급은 iM뱅크(대구) 512-48-903716-2",
        "512-48-903716-2",
    ),
    ("KR_BANK_ACCOUNT", "after 'KB국민'", "압류 예금: KB국민 603918-01-447205", "603918-01-447205"),
    (
        "KR_BANK_ACCOUNT",
        "a virtual account under a refund label",
        "환급 계좌: 가상계좌(우리) 25170394862231",
        "25170394862231",
    ),
    ("KR_BANK_ACCOUNT", "a virtual account in a payee's row", _REFUND_ROWS, "79018273645512"),
    ("KR_BANK_ACCOUNT", "a virtual account a person holds", _HELD, "79314402857163"),
    (
        "KR_BANK_ACCOUNT",
        "a fine's virtual account issued to the payer it names",
        "과태료 40,000원  가상계좌 다래은행 79314402857163 (납부자 육채운)",
        "79314402857163",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a virtual account after the payer's name",
        "납부자 육채운 가상계좌(우리) 31907725048816 입금액 불일치",
        "31907725048816",
    ),
    (
        "KR_BANK_ACCOUNT",
        "after a '○○금융투자' securities firm",
        "- 도예결 : 다온금융투자 38470215563",
        "38470215563",
    ),
    ("KR_BANK_ACCOUNT", "after the short name 키움", "도예결  키움 6307-2281-14  지급", "6307-2281-14"),
    ("KR_BANK_ACCOUNT", "after 산림조합", "환급 산림조합 613 2094 7718 05", "613 2094 7718 05"),
    ("KR_BANK_ACCOUNT", "a transfer file's row", _TRANSFERS, "4829105736214"),
    ("KR_BANK_ACCOUNT", "a transfer file's row with a status in brackets", _TRANSFERS, "62810374951"),
    (
        "CREDIT_CARD",
        "a check card after its issuing bank",
        "2|모하린|KB국민|5382-0471-9362-5819|86,000원",
        "5382-0471-9362-5819",
    ),
]

FOUND.append(
    # (issued to one payer for one bill: without the agency named as its holder, the payer's)
    ("KR_BANK_ACCOUNT", "a fine's virtual account no agency is named as holding", _FINE, "79230418576621")
)

NOT_FOUND: list[Case] = [
    ("KR_BANK_ACCOUNT", "a fine's virtual account the agency holds", _AGENCY_FINE, "58937085379745"),
    ("KR_BANK_ACCOUNT", "a virtual account an agency holds", _AGENCY_HELD, "79314402857163"),
    (
        "KR_BANK_ACCOUNT",
        "a check card after its issuing bank",
        "2|모하린|KB국민|5382-0471-9362-5819|86,000원",
        "5382-0471-9362-5819",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
