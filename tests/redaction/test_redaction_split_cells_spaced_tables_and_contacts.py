"""Identifiers a table or a call breaks apart (a landline cut into its area-code and number cells, a home
line written without its area code, an area code said aloud in brackets), exports whose fields are apart by
', ' or ' ; ', columns whose header or bank cell is empty, a passbook's cover as a scan reads it, birth
dates after a name with the bracket lost, names of guardians and contacts before their number, and the
addresses of government buildings and letter footers. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found, found_case_tests

FOUND: list[Case] = [
    # a landline in two cells: both are parts of the number
    ("PHONE_NUMBER", "area-code cell", "성명\t전화(지역)\t(번호)\n남궁솔\t043\t517.2290", "043"),
    ("PHONE_NUMBER", "number cell", "성명\t전화(지역)\t(번호)\n남궁솔\t043\t517.2290", "517.2290"),
    ("PHONE_NUMBER", "barred cells", "성명 | 지역번호 | 전화\n도예린 | 02 | 3391 4827", "3391 4827"),
    (
        "PHONE_NUMBER",
        "home line, no area code",
        "주소 청주시 상당구 목련로 9\n집전화 714-2093  휴대폰 010-5531-2207",
        "714-2093",
    ),
    ("PHONE_NUMBER", "labelled home line", "전화(자택) 628-4410, 휴대폰 010 2276 9931", "628-4410"),
    ("PHONE_NUMBER", "wired line", "유선 903-1176", "903-1176"),
    (
        "PHONE_NUMBER",
        "area code said in brackets",
        "민원인: 집은 공육이)팔일삼 이공사칠 이고요.",
        "공육이)팔일삼 이공사칠",
    ),
    (
        "PHONE_NUMBER",
        "a pause inside the last group",
        "고객: (공일공)칠삼팔일 오 이육구요.",
        "(공일공)칠삼팔일 오 이육구",
    ),
    # health insurance
    ("KR_HEALTH_INSURANCE", "건보 label", "환자 진료 기록\n건보 6127-3390418  (지역가입자)", "6127-3390418"),
    (
        "KR_HEALTH_INSURANCE",
        "register row, year in two digits",
        "피부양자 자격 변동 명단\n1  제갈온  71.04.19  83302716645  010-4471-2093\n2  탁서진  66.09.02  77410239158  031-552-1180",
        "77410239158",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "placeholder resident number",
        "세대원\n자녀 | 마예온 | 000000-0000000 | 63015528471\n모 | 설가온 | 620118-2045817 | 51827730914",
        "63015528471",
    ),
    # bank accounts
    (
        "KR_BANK_ACCOUNT",
        "empty bank cell under a bank column",
        "보상금 지급\n소유자 | 주소 |  |  | 금액\n어진솔 | 하늘로 4 |  | 502198734461 | 금 1,200,000원\n"
        "탁수아 | 바다로 7 | 하나 | 390-774120-11208 | 2,400,000원\n방도윤 | 산길 2 | 농협 | 301-2218-7790-41 | 900,000원",
        "502198734461",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a region's short name in a bank column",
        "E1|어진솔|1961.02.03.|우리은행|1002-448-220917|10000\nE2|탁수아|1958-11-30|전남|601733250918|20000\n"
        "E3|방도윤|1972-06-14|농협|351-7781-2290-13|30000",
        "601733250918",
    ),
    (
        "KR_BANK_ACCOUNT",
        "passbook cover",
        "통장 사본\n기업은행 보통예금\n318-047751-01-022\n예금주 어진솔",
        "318-047751-01-022",
    ),
    (
        "KR_BANK_ACCOUNT",
        "bank's other name in brackets",
        "탁수아 | 하늘로 4 | 새벽뱅크(한빛은행) | 508 13 440217 9 | 1,000원",
        "508 13 440217 9",
    ),
    (
        "KR_BRN",
        "label after the number",
        "을: (유)솔마루\n소재지 하늘로 3 7529170342(사업자등록번호) 대표 지서율",
        "7529170342",
    ),
    (
        "KR_BRN",
        "groups apart by spaces",
        "대상 법인\n가온상사 | 변하진 | 366 71 27684 | 1,000원",
        "366 71 27684",
    ),
    (
        "KR_BRN",
        "a column of business numbers",
        "가온상사\t변하진\t752-91-70342\t1,000원\n솔마루\t지서율\t2684656321\t2,000원",
        "2684656321",
    ),
    (
        "KR_CRN",
        "등기번호(법인)",
        "을 : (주)솔마루\n  등기번호(법인)  110111-2204313\n  본점 ○○",
        "110111-2204313",
    ),
    # ', ' and ' ; ' exports: the header names the column
    (
        "KR_PASSPORT",
        "comma-spaced export",
        "연번, 이름, 출신국, 등록번호, 여권 번호, 연락처\n1, 도안 민, 베트남, 881107-5123457, B7720419, 010-3381-7702\n"
        "2, 아지즈 칸, 파키스탄, 900315-5276418, AB4401927, 010-5529-1184",
        "AB4401927",
    ),
    (
        "PERSON",
        "semicolon-spaced export",
        "번호 ; 상호 ; 사업자번호 ; 대표자명 ; 금액\n1 ; (주)솔마루 ; 214-86-33105 ; 지서율 ; 8,100,000원\n"
        "2 ; 가온상사 ; 305-12-41873 ; 변하진 ; 9,020,000원",
        "변하진",
    ),
    # birth dates
    (
        "DATE_OF_BIRTH",
        "bracket lost at the line's end",
        "과태료 사전통지서\n성명 제갈온 (1976-02-14\n주소 …",
        "1976-02-14",
    ),
    (
        "DATE_OF_BIRTH",
        "bracket lost before the next cell",
        "학생 탁서진 (1971. 4. 3.  2학년 1반",
        "1971. 4. 3.",
    ),
    (
        "DATE_OF_BIRTH",
        "personnel order",
        "인사발령\n신규임용  방도윤 / 1968.7.21  지방행정서기 시보",
        "1968.7.21",
    ),
    (
        "DATE_OF_BIRTH",
        "six digits in a column of dates",
        "E1;어진솔;1961-02-03;우리은행;1002-448-220917;10000\nE2;탁수아;581130;신한;110-771-203394;20000",
        "581130",
    ),
    # names before a number, in an order, in a call
    ("PERSON", "parent before a mobile", "학부모 어진솔 / +82-10-4471-2093", "어진솔"),
    ("PERSON", "guardian spelled out", "보호자(모) 방 다 인 (010 2276 9931)", "방 다 인"),
    ("PERSON", "guarantor before a landline", "연대보증인 탁수아 031-552-1180", "탁수아"),
    ("PERSON", "emergency contact", "긴급연락처(가족) 마예준 02-3391-4827", "마예준"),
    ("PERSON", "personnel order's entry", "신규임용  설가온 / 1968.7.21  지방행정서기 시보", "설가온"),
    (
        "PERSON",
        "caller spelling the name",
        "상담원: 성함이요?\n고객: 음, 제 이름은 탁 서 진이요.",
        "탁 서 진",
    ),
    ("PERSON", "chat name and number", "[10:02] 고객: 제갈온 / 01055312207", "제갈온"),
    ("PERSON", "disciplined official", "[징계의결 요구서]\n피징계자 변솔\n생년월일  1981/03/09", "변솔"),
    ("PERSON", "order with the grade", "인사명령\n민원여권과 근무를 명함  탁윤(7급)", "탁윤"),
    ("PERSON", "order with the birth date", "신규임용  방다인 (1969. 2. 11.)  지방간호주사보 시보", "방다인"),
    (
        "PERSON",
        "name spelled, short copula",
        "고객: 음 제 이름은 마 예 준요 천천히 말했어요.",
        "마 예 준",
    ),
    ("PERSON", "name, copula apart", "신청인: 예, 선우다온 입니다.", "선우다온"),
    ("PERSON", "field before the next field", "학생 옹루  생년월일 2012. 3. 4.  3학년 2반", "옹루"),
    ("PERSON", "seller before the licence", "양도인 변진  면허번호 11-22-334455-66", "변진"),
    ("PERSON", "holder before the account", "예금주 마솔, 계좌 110-771-203394 [신한]", "마솔"),
    (
        "PERSON",
        "name spaced before a slash",
        "가. 신고인 성명 어 진 솔 / 생년월일 1987. 6. 5.",
        "어 진 솔",
    ),
    ("PERSON", "log's target", "2022-07-19 07:31:52 id=a17 열람 등본 대상:제갈린", "제갈린"),
    ("PERSON", "name after the number", "[09:12] 고객: 아내 연락처는 010-7712-0931 방 다 인", "방 다 인"),
]

NOT_FOUND: list[Case] = [
    ("PHONE_NUMBER", "switchboard cut into cells", "대표전화 02 | 3150-7114", "3150-7114"),
    ("PERSON", "a word before a number", "보호자 동의 / 010-1234-5678", "동의"),
    ("PERSON", "a word before a landline", "학부모 상담 (02-123-4567)", "상담"),
    ("PERSON", "a word before the next field", "성명 확인  필요 서류", "확인"),
    ("PERSON", "a log's group target", "2022-07-19 07:33:05 u0112 출력 대상:전체", "전체"),
    ("PERSON", "a copula after a number", "[10:01] 고객: 연락처 010-4412-7709 입니다", "입니다"),
    (
        "PERSON",
        "a car model after a number in a row",
        "2\t방다인\t31가 5521\t010-3381-7702\t그랜저",
        "그랜저",
    ),
    ("PERSON", "a team after a number", "주무관 방다인 02-2100-3344\n010-4412-7709 대응반", "대응반"),
    ("PERSON", "the next column's title", "No  성명     로마자성명     비고", "로마자성명"),
    ("PERSON", "an injury after a driver", "사고 결과: 운전자 경상(전치 3주), 차량 파손", "경상"),
    (
        "PERSON",
        "a request's verb before a contact",
        "문의는 민원과로 전화 주시면(02-120-3344) 안내합니다.",
        "주시면",
    ),
    (
        "PERSON",
        "a personnel action beside the office",
        "인 사 발 령\n\n행정주사 방다인\n  전보함  세무과\n",
        "전보함",
    ),
    (
        "KR_ADDRESS",
        "government building",
        "(30128) 정부세종청사 6동 (세종특별자치시 새롬중앙로 77)  / www.example.go.kr",
        "세종특별자치시 새롬중앙로 77",
    ),
    (
        "KR_ADDRESS",
        "letter footer over its switchboard",
        "시행 민원과-1234\n(24266) 강원특별자치도 춘천시 봄내길 12\n대표전화 033-249-2000",
        "강원특별자치도 춘천시 봄내길 12",
    ),
    (
        "KR_ADDRESS",
        "the ordering party in quotes",
        '물품 계약서\n"갑" 조달청\n  소재지 대전광역시 서구 갈마역로 160',
        "대전광역시 서구 갈마역로 160",
    ),
    (
        "KR_ADDRESS",
        "community centre",
        "방문 장소 - 서울특별시 은평구 통일로 684 행정복지센터",
        "서울특별시 은평구 통일로 684",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_a_prose_line_with_commas_is_not_a_table() -> None:
    """One line of an enumeration has no neighbour with as many fields: it stays prose."""
    text = "회의에는 기획과, 총무과, 재무과, 감사과가 참석하였다.\n다음 회의는 3월에 연다."
    from gongmun.redaction.textview import TextView

    view = TextView(text)
    assert view.line_separator(0) is None


def test_a_private_address_after_a_postal_code_stays_found() -> None:
    text = "신청인 주소 우 21554 인천광역시 남동구 예술로 18, 301호\n전화 010-1234-5678"
    assert found(text, "KR_ADDRESS") == ["인천광역시 남동구 예술로 18, 301호"]


def test_an_agencys_virtual_account_broken_by_a_wrap_is_not_personal() -> None:
    text = "○ 납입처: 세입 가상계좌 (신한) 562-0471-2290-31\n3. 고지서 번호 2022-307"
    assert found(text, "KR_BANK_ACCOUNT") == []


def test_a_bibliography_is_not_a_table() -> None:
    """Entries of a reference list have as many ', ' fields line after line, but quote their titles and
    open with no header: a publisher in one is no name, a year no birth date."""
    text = (
        '가람원, "지방자치의 과제", 행정논총, 1997.3.2.\n'
        '나무진, "공공기록의 보존", 기록학보, 2001.5.6.\n'
        "다솜결, 행정법개론, 청운사, 2004.\n"
    )
    from gongmun.redaction.textview import TextView

    view = TextView(text)
    assert [view.line_separator(i) for i in range(3)] == [None, None, None]


def test_a_cell_of_a_long_aligned_line_is_bounded_by_its_own_gaps() -> None:
    """A converter may run a whole table into one space-aligned line: each cell still ends at the gaps
    around it (found from the cell backwards, not by reading the line from its start every time)."""
    from gongmun.redaction.textview import TextView

    row = "  ".join(f"항목{i}   값{i}" for i in range(400))
    view = TextView(row + "\n다음 줄")
    at = row.index("값377")
    start, end = view.cell_bounds(at)
    assert row[start:end] == "값377"


def test_a_spaced_name_in_a_very_long_line_is_read_joined() -> None:
    """The lines around a letter-spaced run are read again joined, at most a stretch either side."""
    filler = "  ".join(f"비고{i}" for i in range(600))
    text = f"{filler}  담당 주무관 탁 예 린  {filler}"
    assert "탁 예 린" in found(text, "PERSON")


def test_the_slot_itself_reads_a_name_after_a_number() -> None:
    """The name after a number at a prose line's end is the slot's, not only the model's or the rejoin's."""
    from gongmun.redaction.recognizers.name_slots import slot_values
    from gongmun.redaction.textview import TextView

    text = "[09:12] 고객: 아내 연락처는 010-7712-0931 방 다 인"
    start = text.index("방 다 인")
    assert (start, start + len("방 다 인")) in set(slot_values(TextView(text).norm))
