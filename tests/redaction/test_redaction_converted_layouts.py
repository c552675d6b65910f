"""Documents as text taken out of HWP and PDF files lays them out: tables written one cell per line, table
cells wrapped onto a row of their own, masks printed as filled squares, sign-off lines that space out
titles and names alike, dates of birth with a two-digit year written spaced, Latin names alone in a
name column or after an official's title. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

from gongmun.redaction.normalize import fold
from gongmun.redaction.vertical_tables import reflow

_ONE_CELL_PER_LINE = (
    "체류 외국인 명단\n연번\n성명\n국적\n생년월일\n여권번호\n비고\n"
    "1\n옹다겸\n몽골\n1991.07.14\nQX4417203\n신규\n"
    "2\n편소율\n페루\n1988.02.29\nRT9051836\n연장\n\n작성일 2026. 3. 2."
)

_UNNUMBERED = (
    "사고 장소: 교차로 입구\n\n구분\n성명\n생년월일\n면허번호\n연락처\n보험사\n"
    "제1당사자\n탁유건\n1969.11.08\n11-22-333333-44\n010-4827-1593\n가나보험\n"
    "동승자\n옹다겸\n1968.11.09\n-\n010-9999-0000\n가나보험\n\n사고 개요: 차로 변경 중 접촉"
)

FOUND: list[Case] = [
    (
        "KR_RRN",
        "resident number masked with filled squares",
        "주민등록번호 : 530827-1■■■■■■\n주소",
        "530827-1■■■■■■",
    ),
    ("PHONE_NUMBER", "mobile masked with filled squares", "연락처 010-■■■■-5821", "010-■■■■-5821"),
    ("KR_PASSPORT", "passport in a one-cell-per-line table", _ONE_CELL_PER_LINE, "RT9051836"),
    ("DATE_OF_BIRTH", "birth date in a one-cell-per-line table", _ONE_CELL_PER_LINE, "1991.07.14"),
    (
        "DATE_OF_BIRTH",
        "two-digit year written spaced after its label",
        "| 생년월일 | 71. 9. 3. |",
        "71. 9. 3.",
    ),
    (
        "DATE_OF_BIRTH",
        "two-digit year under its label",
        "신고인\n탁유건\n생년월일\n'02. 11. 8.\n연락처",
        "'02. 11. 8.",  # the apostrophe is part of the year
    ),
    (
        "KR_ADDRESS",
        "address cell wrapped onto its own row (the districts)",
        "1\t봉하준\t경남 밀양시\t말소\n\t\t하남읍 수산리 412-7\t",
        "경남 밀양시",
    ),
    (
        "KR_ADDRESS",
        "address cell wrapped onto its own row (the lot)",
        "1\t봉하준\t경남 밀양시\t말소\n\t\t하남읍 수산리 412-7\t",
        "하남읍 수산리 412-7",
    ),
    (
        "KR_ADDRESS",
        "address's unit wrapped onto its own row",
        "| 2 | 어윤재 | 부평구 갈산로 88, | 직권정리 |\n|  |  | 1203호 |  |",
        "1203호",
    ),
    ("PERSON", "spaced name after a spaced title", "주무관 탄 예 슬   사 무 관 봉 하 준\n시행", "봉 하 준"),
    (
        "PERSON",
        "spaced name Kiwi knows as a proper noun",
        "기안 주무관 탁 유 건   검토 팀장 정 영 재   ",
        "정 영 재",
    ),
    ("PERSON", "spaced pair after a title", "행정주사 옹 겸   팀   장  편 솔\n시행", "옹 겸"),
    (
        "PERSON",
        "spaced name after a 전결 mark and its date",
        "팀장 어윤재\n과장 전결 03/14 탁 유 건\n시행",
        "탁 유 건",
    ),
    ("PERSON", "name after a 대결 mark", "주무관 탄예슬   과장 대결 탄결\n협조자", "탄결"),
    (
        "PERSON",
        "two-letter name after the last title of a sign-off line",
        "주무관 탄예슬\t사무관 어윤재\t국   장  윤석\n시행",
        "윤석",
    ),
    (
        "PERSON",
        "Latin surname alone in a name column",
        "| 연번 | 성명 | 생년월일 |\n| 1 | TSERENDORJ, | 1979.04.21 |\n|  | ODVAA |  |",
        "TSERENDORJ",
    ),
    (
        "PERSON",
        "Latin given name wrapped under it",
        "| 연번 | 성명 | 생년월일 |\n| 1 | TSERENDORJ, | 1979.04.21 |\n|  | ODVAA |  |",
        "ODVAA",
    ),
    (
        "PERSON",
        "Latin name after a sign-off's title",
        "작성자 주무관 탄예슬   확인자 과장 Ingrid Solberg",
        "Ingrid Solberg",
    ),
    ("PERSON", "Latin name after a household head's label", "(세대주: Tomas Herrera)", "Tomas Herrera"),
    ("PERSON", "two-letter name Kiwi knows after a police rank", "작성자 민원실 경위 최석", "최석"),
    (
        "DATE_OF_BIRTH",
        "bracketed birth date in the cell after the name",
        "| 세무과 | 행정7급 | 탁유건 | (1996.07.12.) |",
        "1996.07.12.",
    ),
    (
        "DATE_OF_BIRTH",
        "bracketed birth date on the line under the name",
        "교통행정과\n전산8급\n옹다겸\n(1994.06.09.)\n\n2026. 9. 6.자",
        "1994.06.09.",
    ),
    ("DATE_OF_BIRTH", "birth date in a one-cell-per-line table without numbers", _UNNUMBERED, "1968.11.09"),
    (
        "CREDIT_CARD",
        "card masked to its last four digits after its label",
        "결제 수단: 신용카드 ****-****-****-5308  승인번호 55120934",
        "****-****-****-5308",
    ),
    (
        "CREDIT_CARD",
        "card masked to its last four digits in a column of card numbers",
        "1\t2026.04.02\t탁유건\t4532 0151 1283 0366\t12,000원\n2\t2026.04.09\t옹다겸\t**** **** **** 7719\t8,500원",
        "**** **** **** 7719",
    ),
    (
        "PERSON",
        "foreign name in Hangul words in a name field",
        "청구인 성명\t루카스 페레이라\n주소",
        "루카스 페레이라",
    ),
    (
        "PERSON",
        "foreign name in Hangul words after a chair's title",
        "◇ 위원장 타냐 볼코바 : 의견 있으십니까",
        "타냐 볼코바",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "CREDIT_CARD",
        "masked number under an account's label",
        "계좌번호 ****-****-****-6610",
        "****-****-****-6610",
    ),
    (
        "CREDIT_CARD",
        "masked number in a column without card numbers",
        "1\t2026.04.02\t탁유건\t0000-0000-0000\t12,000원\n2\t2026.04.09\t옹다겸\t****-****-****-7719\t8,500원",
        "****-****-****-7719",
    ),
    ("PERSON", "an office's desk after 문의", "문의: 행정복지센터 복지팀\n", "행정복지센터 복지팀"),
    ("PERSON", "a firm as an account's holder", "예금주: 유한회사 솔내건설)\n", "유한회사 솔내건설"),
    ("PERSON", "a speaker's 'my car'", "상담 기록 — 방문객: 제 차 앞유리가 깨졌습니다.", "제 차"),
    (
        "PERSON",
        "the word a sentence goes on with after 직무대리",
        "옹다겸 계장의 직무대리 기간을 석 달로 정한다.",
        "기간을",
    ),
    ("DATE_OF_BIRTH", "a version number", "생년월일 항목 추가 (버전 10. 2. 3. 배포)", "10. 2. 3."),
    (
        "PERSON",
        "Latin word alone in a column that holds no names",
        "| 연번 | 성명 | 비고 |\n| 1 | 옹다겸 | PENDING |",
        "PENDING",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_filled_squares_fold_only_where_they_stand_against_a_number() -> None:
    text = "■ 외래  □ 입원\n860412-1■■■■■■"
    assert fold(text) == "■ 외래  □ 입원\n860412-1******"


def test_a_one_cell_per_line_table_reads_as_rows_with_the_same_offsets() -> None:
    rows = reflow(_ONE_CELL_PER_LINE).split("\n")
    assert "연번\t성명\t국적\t생년월일\t여권번호\t비고" in rows
    assert "2\t편소율\t페루\t1988.02.29\tRT9051836\t연장" in rows
    assert len(reflow(_ONE_CELL_PER_LINE)) == len(_ONE_CELL_PER_LINE)


def test_a_row_with_a_wrapped_cell_and_a_plain_numbered_list_stay_as_they_are() -> None:
    wrapped = "연번\n성명\n국적\n여권번호\n1\n옹다겸\n몽골\nQX4417203\n2\nMaria\nJose\n페루\nRT9051836\n"
    assert reflow(wrapped).split("\n")[-6:] == ["2", "Maria", "Jose", "페루", "RT9051836", ""]
    listing = "번호\n1\n첫째 의제\n2\n둘째 의제"
    assert reflow(listing) == listing  # no header of three cells


def test_a_paragraph_of_short_lines_is_a_table_only_when_its_columns_keep_their_shape() -> None:
    assert "동승자\t옹다겸\t1968.11.09\t-\t010-9999-0000\t가나보험" in reflow(_UNNUMBERED).split("\n")
    # the same lines with a row's cells in another order: no column keeps one shape, nothing is joined
    shuffled = _UNNUMBERED.replace("동승자\n옹다겸\n1968.11.09", "1968.11.09\n동승자\n옹다겸")
    assert reflow(shuffled) == shuffled
    # a sign-off written one word per line is no table: fewer than two personal fields among its labels
    sign_off = "\n주무관\n탁유건\n사무관\n옹다겸\n과장\n편소율\n국장\n어윤재\n"
    assert reflow(sign_off) == sign_off
