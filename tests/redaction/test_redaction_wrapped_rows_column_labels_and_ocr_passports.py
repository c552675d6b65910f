"""A table row cut into lines by a scan's or a narrow column's wrap keeps its columns (the second line's
cells are read under the headers they stand under in the row, not from the header's first cell), and a
passport that OCR read with look-alike letters among its digits is still a passport where its column,
its row's country or its label says so. A number's label is its own line's or its own column's header,
never another column's in the header row above it. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

from gongmun.redaction.textview import TextView

_WRAPPED_ROSTER = (
    "순번 | 근로자명 | 나라 | 외국인 등록번호 | 여권(번호) | 입국\n"
    "1 | Dara Phon | 캄보디아 | 910304-5123458 | N04417256 | 2024-02-29\n"
    "2 | Tika Rai | 네팔 | 880512-6\n"
    "291873 | 10926473 | 2023-08-31\n"
)

FOUND: list[Case] = [
    ("KR_PASSPORT", "passport on the second line of a wrapped row", _WRAPPED_ROSTER, "10926473"),
    (
        "KR_PASSPORT",
        "look-alike letters in a passport column",
        "순 | 이름 | 나라 | 여권\n1 | 가온 | 태국 | TK4420917\n2 | 라온 | 태국 | KX72O4S19\n",
        "KX72O4S19",
    ),
    (
        "KR_PASSPORT",
        "look-alike letters in a headerless row with a country",
        "1|Somsak Deng|태국|740101-5234561|TK4420917|2019-03-31\n"
        "2|Bolat Nurlan|카자흐스탄|750202-5234562|NB8S3O712|2019-04-03\n",
        "NB8S3O712",
    ),
    (
        "KR_PASSPORT",
        "look-alike letters right after the label, the line going on",
        "3. 2024.05.06.  여권번호 R73B514BS  대리 수령",
        "R73B514BS",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "a receipt code with look-alikes in a receipt column",
        "연번 | 신청인 | 접수번호 | 비고\n1 | 여권 재발급 | AB12O4S78 | 완료\n",
        "AB12O4S78",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_a_wrapped_rows_second_line_reads_the_headers_it_stands_under() -> None:
    view = TextView(_WRAPPED_ROSTER)
    pos = _WRAPPED_ROSTER.index("10926473")
    assert view.column_header(pos) == "여권(번호)"
    assert view.column_header(_WRAPPED_ROSTER.index("2023-08-31")) == "입국"


def test_a_table_whose_rows_all_leave_the_last_columns_empty_is_not_read_as_wrapped() -> None:
    """Rows of three cells under a header of five are short rows, not halves of one row."""
    text = "구분 | 품목 | 수량 | 단가 | 비고\n1 | 복사지 | 10\n2 | 토너 | 3\n"
    view = TextView(text)
    assert view.column_header(text.index("토너")) == "품목"


def test_a_forms_lines_of_labels_and_values_are_not_read_as_a_wrapped_row() -> None:
    """A form drawn with bars opens with a line of values, not a header: its later short lines are no
    halves of a row (an account there is not read under the resident-number label of the first line)."""
    text = (
        "|성 명|탁여울|주민등록번호|770101-1234567|\n"
        "|연락처|010-2222-3333|전자우편|abc@example.kr|\n"
        "|계좌번호|\n"
        "|3333-01-7654321|가람은행|\n"
    )
    view = TextView(text)
    assert view.column_header(text.index("3333-01")) != "주민등록번호"


# a number's label is the header of its own column or a label on its own line, not the header row's other cells
LABEL_FOUND: list[Case] = [
    (
        "KR_RRN",
        "masked resident number in a ledger's registration column beside its account column",
        "적요\t수령인\t등록번호\t은행\t계좌번호\t금액\n회의 수당\t구본솔\t820915-2******\t가람\t290-111-270024\t50,000원\n",
        "820915-2******",
    ),
    (
        "KR_CRN",
        "corporate number after its label in a form whose first line names the resident number",
        "|대표자|마루한|주민등록번호|610302-1******|\n|상호|법인등록번호|110111-0123453|\n",
        "110111-0123453",
    ),
    (
        "KR_PASSPORT",
        "passport in a row cut by slashes with a country",
        "1 / HALIM NOOR / 말레이시아 / 880101-6****** / A37219904 / E-9 / 2027-01-31",
        "A37219904",
    ),
]
LABEL_NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "eight-digit birth date in a row with a country",
        "2 / DOE JANE / 몽골 / 19870522 / 870522-6****** / C4449876",
        "19870522",
    ),
]

test_label_found, test_label_not_found = found_case_tests(LABEL_FOUND, LABEL_NOT_FOUND)


# resident and foreigner numbers as scans and registers write them
NUMBER_FOUND: list[Case] = [
    (
        "KR_RRN",
        "a look-alike letter inside a resident number's tail",
        "주민등록번호 490317-2086I14   연락처 없음",
        "490317-2086I14",
    ),
    (
        "KR_RRN",
        "a space inside a masked tail",
        "주민등록번호: 671203 2XXX XXX\n주소: 생략",
        "671203 2XXX XXX",
    ),
    (
        "KR_FRN",
        "a space inside a masked foreigner's tail in a roster row",
        "1 / 보라 에렌 / 몽골 / 610914-5●●●●● ● / E64581234 / F-6",
        "610914-5●●●●● ●",
    ),
    (
        "KR_RRN",
        "a child's number of after 2020 run together in a household list",
        "가구원\n자녀   마루온  2404174820516\n",
        "2404174820516",
    ),
]
NUMBER_NOT_FOUND: list[Case] = [
    (
        "KR_RRN",
        "a corporate number run together in an export row, its check digit holding",
        "가람조경,2212073615207,수원시",
        "2212073615207",
    ),
]

test_number_found, test_number_not_found = found_case_tests(NUMBER_FOUND, NUMBER_NOT_FOUND)


# a visitors' book writes whichever identity document was shown in one column
ID_COLUMN_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "passport shape under an identity-document header",
        "일시  성명  연락처  신분증  방문 대상\n2026.01.03.  Ana Lima  010-3333-4444  K7031548  재무과\n",
        "K7031548",
    ),
    (
        "KR_PASSPORT",
        "passport shape in a headerless column whose other rows name a passport",
        "2026.01.02. / 가나 / 010-1111-2222 / 여권 48213760 / 총무과 / V-001\n"
        "2026.01.03. / 마루솔 / 010-3333-4444 / K7031548 / 재무과 / V-002\n",
        "K7031548",
    ),
]
ID_COLUMN_NOT_FOUND: list[Case] = [
    (
        "KR_PASSPORT",
        "passport shape in a headerless column of receipt codes",
        "2026.01.02. / 가나 / 010-1111-2222 / R2024001 / 총무과 / V-001\n"
        "2026.01.03. / 다라 / 010-3333-4444 / K7031548 / 재무과 / V-002\n",
        "K7031548",
    ),
]

test_id_column_found, test_id_column_not_found = found_case_tests(ID_COLUMN_FOUND, ID_COLUMN_NOT_FOUND)
