"""Names in Han characters under a name label or header, birth dates whose year an apostrophe shortens, and
a booking list's 'DOB 29SEP79'.

- A name written in Hanja, Chinese or Japanese characters is a person's where a field or a column says a
  name stands ('성명(한자) ○ ○ ○', '姓名', '氏名', a register's '戶主' and '配偶者'); a firm in a name
  column, or a field's 'as above', is not.
- '58. 4. 2. in a roster row: the apostrophe stands for the century and is part of the value, so the date
  still fills its cell after the name.
- A booking list's day-month-year run ('DOB 29SEP79') after its label; a flight's date in the same shape
  without the label is not a birth. Its numbered rows ('1. SURNAME/GIVEN MS') name the whole passenger.
- Chinese and Japanese headers for the birth date (出生日期, 生年月日) label their column; a register's
  '…에서 出生' at a line's end labels nothing on the next line.

Every name, number and date is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    ("PERSON", "a Hanja name in a name field, spaced", "성 명(한자)  閔 泰 勳\n주 소  서울", "閔 泰 勳"),
    ("PERSON", "a Chinese name after 姓名", "姓名：鄧文傑 护照号码：EJ4417203\n", "鄧文傑"),
    ("PERSON", "a Japanese name after 氏名 and a wide space", "氏名　森川直樹\n", "森川直樹"),
    (
        "PERSON",
        "a Chinese name in a name column",
        "序号 | 姓名 | 护照号码\n1 | 蕭雅琪 | EH5520716\n2 | 溫子健 | E62093318\n",
        "溫子健",
    ),
    (
        "PERSON",
        "a register's spouse in brackets",
        "婚姻 1971年 3月 2日 婚姻 申告 (配偶者 韓淑子)\n",
        "韓淑子",
    ),
    (
        "DATE_OF_BIRTH",
        "an apostrophe year in a roster row",
        "출장자 명단\n변누리솔\t전문위원\t1971.2.8\tM51730964\t관용여권\n탁무결\t주무관\t'67. 8. 3.\tM20486193\t관용여권\n",
        "'67. 8. 3.",
    ),
    (
        "DATE_OF_BIRTH",
        "a booking list's compact date after DOB",
        "GROUP PNR ZX81QA\n1. NAM/HAYUL MS  M40829157  DOB 14FEB86\n",
        "14FEB86",
    ),
    (
        "PERSON",
        "a numbered booking row's whole SURNAME/GIVEN",
        "GROUP PNR ZX81QA\n1. NAM/HAYUL MS  M40829157  DOB 14FEB86\n",
        "NAM/HAYUL",
    ),
    (
        "DATE_OF_BIRTH",
        "a date under a Chinese birth-date header",
        "序号 | 护照号码 | 出生日期\n1 | EH5520716 | 1984-03-17\n",
        "1984-03-17",
    ),
    (
        "DATE_OF_BIRTH",
        "a register's date right after 出生",
        "出生 1936年 5月 9日 慶尙北道 安東郡에서 出生\n",
        "1936年 5月 9日",
    ),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "a firm in a name column", "No | Name | 금액\n1 | 大成集團 | 3,000,000원\n", "大成集團"),
    ("PERSON", "a field's 'as above'", "姓名：同上\n", "同上"),
    ("PERSON", "Han characters in prose", "本 事業은 地域 發展을 爲한 것이다.\n", "地域"),
    (
        "DATE_OF_BIRTH",
        "a flight date without a label",
        "1 KE 907 Y 14FEB26 ICNLHR HK1 1250 1720\n",
        "14FEB26",
    ),
    (
        "DATE_OF_BIRTH",
        "a marriage date after a line ending in 出生",
        "出生 1936年 5月 9日 慶尙北道 安東郡에서 出生\n婚姻 1958年 4月 1日 婚姻 申告\n",
        "1958年 4月 1日",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
