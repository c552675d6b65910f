"""Names that prose and narrative records give without a label (a witness in a judgment's list of evidence, a
petitioner saying where they live, a pupil after their class, a resident with their sex and age, a
committee's members, a log's user between their account and address), the later mentions of a foreign name
found once, and the other side of each: dates of entry or expiry in a person's row, dates after the day a
register says it was drawn up, institutions' letterheads and contract parties in square brackets. Every
value is invented."""

from __future__ import annotations

from shared_core import Case, found, found_case_tests

FOUND: list[Case] = [
    # names in prose and in the places records keep for them
    (
        "PERSON",
        "witness in a list of evidence",
        "증거의 요지\n1. 탁서온에 대한 검찰 진술조서\n2. 압수조서",
        "탁서온",
    ),
    (
        "PERSON",
        "foreign witness in a list of evidence",
        "1. 아흐마드 누르에 대한 사법경찰 피의자신문조서",
        "아흐마드 누르",
    ),
    (
        "PERSON",
        "petitioner introducing themselves",
        "저는 청주시 상당구 목련로 9에 사는 방채결입니다.",
        "방채결",
    ),
    ("PERSON", "pupil after the class", "대상 학생: 5학년 2반 엄솔 (2014. 3. 9.)", "엄솔"),
    ("PERSON", "pupil with a number", "3학년 4반 17번 마예온\t결석 3일", "마예온"),
    (
        "PERSON",
        "resident with sex and age",
        "화재 당시 집에 있던 주민 도가람(남, 57세)이 대피하였다.",
        "도가람",
    ),
    (
        "PERSON",
        "foreign resident with sex and age",
        "부상자 타룬 바스넷(남, 33세)은 이송되었다.",
        "타룬 바스넷",
    ),
    ("PERSON", "member on a tab line", "참석 위원\n위원장\t노다현\n위원\t견욱\n위원\t서하람", "견욱"),
    (
        "PERSON",
        "member with a Latin name",
        "참석: 위원장 노다현, 위원 Ingrid Solberg, 위원 서하람",
        "Ingrid Solberg",
    ),
    (
        "PERSON",
        "log user between account and address",
        "2026-01-05 10:22:31 | k4471 | 모린 | 10.20.30.40 | 조회",
        "모린",
    ),
    ("PERSON", "log target with a birth date", "열람 | 대상자 모린(830215)", "모린"),
    (
        "PERSON",
        "foreigner's number in brackets",
        "피 고 인  타티아나페트렌코 (870412-6123457)",
        "타티아나페트렌코",
    ),
    (
        "PERSON",
        "relative before the relation",
        "동반 가족\n  Ingrid Solberg: 배우자: 830215-6123457: 55214790",
        "Ingrid Solberg",
    ),
    (
        "PERSON",
        "auditor after the role",
        "감사반장 서기관 노다현 / 감사반원 목한결\n문의: 감사담당관실",
        "목한결",
    ),
    (
        "PERSON",
        "given name ending in 별 after a rank",
        "보고자: 중앙지구대 경위 묵한별\n접수: 2026-4",
        "묵한별",
    ),
    (
        "PERSON",
        "sender after the message's time",
        "대화 내보내기\n08:12 탕하결: 오늘 받을 수 있나요\n08:15 나: 네",
        "탕하결",
    ),
    (
        "PERSON",
        "approver after the date of 전결",
        "주무관 노하진    과장 전결 2026. 2. 9. 견욱\n시행 총무과-12",
        "견욱",
    ),
    ("PERSON", "official between a team and a line", "문의: 총무팀 견욱 033-560-2781 / 033-560-2114", "견욱"),
    # the numbers of the 1980s and 1990s
    ("PHONE_NUMBER", "four-digit area code", "담당 : 총무과 주사 탕하결  전화 0471-62-3390", "0471-62-3390"),
    ("PHONE_NUMBER", "four-digit area code in brackets", "라. 전    화: (0363) 42-1178", "(0363) 42-1178"),
    ("PHONE_NUMBER", "pager", "연락처: 015-372-0914", "015-372-0914"),
    (
        "KR_HEALTH_INSURANCE",
        "label in a two-column form's own row",
        "성명 | 탕하결\n생년월일 | 1961. 4. 3.\n의료보험증번호 | 70412-553108\n주소 | 정선군",
        "70412-553108",
    ),
    ("KR_VEHICLE_PLATE", "region and a one-digit class", "자신 소유의 충북3러4417 승용차를", "충북3러4417"),
    ("KR_VEHICLE_PLATE", "spaced old plate", "차량번호: 전남 7버 2206", "전남 7버 2206"),
    # identifiers
    (
        "KR_PASSPORT",
        "passport as a colon field",
        "  Ingrid Solberg: 배우자: 830215-6123457: NO5521479",
        "NO5521479",
    ),
    (
        "KR_PASSPORT",
        "nine digits as a slash field of a foreigner",
        "여권 사본 첨부\n  가나안 / 자녀 / 1502148123456 / 552147903",
        "552147903",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "증번호 in a quoted log value",
        'action=조회 target="증번호 51238904721"',
        "51238904721",
    ),
    (
        "CREDIT_CARD",
        "first six and last six",
        "분실물: 카드 552214****903318  소유자 연락 불가",
        "552214****903318",
    ),
    # birth dates
    (
        "DATE_OF_BIRTH",
        "numbered item's name and a comma",
        "가. 대상\n   1) 도가람, 1961. 8. 30.\n   2) …",
        "1961. 8. 30.",
    ),
    (
        "DATE_OF_BIRTH",
        "numbered item whose name reads as a verb",
        "   2) 용빛나, 1958. 10. 2.",
        "1958. 10. 2.",
    ),
    (
        "DATE_OF_BIRTH",
        "pupil's birth date after a Latin name",
        "대상: 4학년 1반 Ingrid Solberg (16.03.09)",
        "16.03.09",
    ),
    (
        "DATE_OF_BIRTH",
        "birth date before a copula",
        "답: 방채결이고요, 1970년 2월 3일생입니다.",
        "1970년 2월 3일",
    ),
    ("DATE_OF_BIRTH", "spaced name before a bracket", "피 고 인  설 가 람 (720513), 회사원", "720513"),
]

NOT_FOUND: list[Case] = [
    ("PHONE_NUMBER", "a record number with a year inside", "발급번호 012-2019-3380", "012-2019-3380"),
    (
        "PHONE_NUMBER",
        "an old office's main line",
        "우 360-010 충북 청주시 상당로 1  전화 (0431) 20-2114",
        "(0431) 20-2114",
    ),
    ("KR_VEHICLE_PLATE", "a statute's article", "같은 법 제3조 1항에 따라", "3조 1"),
    ("PERSON", "a form label after a time", "09:30 접수: 민원실 방문", "접수"),
    ("PERSON", "an item of evidence that is no person", "1. 피고인에 대한 검찰 피의자신문조서", "피고인"),
    ("PERSON", "a heading after the class", "2학년 1반 학생 연락처 명단\n번호  생년월일", "학생 연락처 명단"),
    ("PERSON", "a heading after a member", "위원 위촉 명단\n성명|연락처", "위촉 명단"),
    (
        "PERSON",
        "a police station at a sentence's head",
        "[지역일보] 남강경찰서는 5일 실종자를 찾았다고 밝혔다.",
        "남강경찰서",
    ),
    (
        "PERSON",
        "a district mentioned twice",
        "강원도 정선군\n정선군 공고 제2026-1호\n강원도 정선군 알림",
        "강원도 정선군",
    ),
    (
        "DATE_OF_BIRTH",
        "a date after a class and a room",
        "3학년 2반 교실 (2016. 5. 1.) 바닥 공사",
        "2016. 5. 1.",
    ),
    ("DATE_OF_BIRTH", "a numbered item of an office", "1) 총무과, 1998. 1. 3. 신설", "1998. 1. 3."),
    # dates of another kind in a person's row
    (
        "DATE_OF_BIRTH",
        "entry date column",
        "번호\t성명\t국적\t외국인등록번호\t입국일\n1\tIngrid Solberg\t노르웨이\t830215-6123457\t2019.04.02.",
        "2019.04.02.",
    ),
    (
        "DATE_OF_BIRTH",
        "expiry date column",
        "이름 | 소속 | 운전면허 | 구분 | 갱신 만료일\n노다현 | 총무과 | 21-14-552147-80 | 1종보통 | 1997-10-28",
        "1997-10-28",
    ),
    (
        "DATE_OF_BIRTH",
        "a date after the register's own date",
        "공용차 운행 담당 명단 (1994. 3. 2. 기준)\n\n노다현\t총무과\t21-14-552147-80\t1종보통\t1996-07-15",
        "1996-07-15",
    ),
    # institutions' addresses
    (
        "KR_ADDRESS",
        "typed letterhead with the old postal code",
        "        정  선  군  청\n233-802  강원도 정선군 봉양로 61   전화 (033) 571-0114\n문서번호",
        "강원도 정선군 봉양로 61",
    ),
    (
        "KR_ADDRESS",
        "contract party in square brackets",
        "[갑] 정선군\n   소재지: 강원도 정선군 봉양로 61\n   대표전화: 033-571-0114",
        "강원도 정선군 봉양로 61",
    ),
    (
        "KR_ADDRESS",
        "a venue in brackets",
        "시상식은 군청 대강당(강원도 정선군 봉양로 61)에서 열린다.",
        "강원도 정선군 봉양로 61",
    ),
    (
        "KR_ADDRESS",
        "the next item's number after a district",
        "1. 31가 5521  방치장소 정선군 봉양동\n2. 48나 2210  방치장소 평창군",
        "정선군 봉양동\n2",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_a_private_address_with_a_private_phone_stays_found() -> None:
    """Only an office's main line (…114, …000) makes a letterhead of the line; a citizen's own line does not."""
    text = "233-802  강원도 정선군 봉양로 61-3   전화 (033) 560-2781"
    assert "강원도 정선군 봉양로 61-3" in found(text, "KR_ADDRESS")


def test_a_row_of_an_account_number_is_no_foreigners_row() -> None:
    """Thirteen digits run together count as a registration number only when they open with a birth date."""
    text = "구분|이름|은행|계좌\nK3108846|노다현|신협|1250317827460"
    assert "K3108846" not in found(text, "KR_PASSPORT")


def test_a_foreign_name_found_once_is_found_where_it_recurs() -> None:
    text = (
        "대상 학생: 2학년 1반 Ingrid Solberg (2013. 5. 2.)\n\n상담 내용\nIngrid Solberg는 최근 지각이 잦다."
    )
    assert found(text, "PERSON").count("Ingrid Solberg") == 2


def test_a_pupil_found_by_the_class_slot_is_followed_through_the_record() -> None:
    text = "대상 학생: 1학년 3반 마예온 (2014-02-03)\n\n내용\n마예온은 5일째 등교하지 않았다.\n마예온의 보호자와 통화함."
    assert found(text, "PERSON").count("마예온") == 3


def test_a_spaced_letterhead_is_not_a_name_found_again() -> None:
    """A spaced heading once read as a name is not followed into the office-holder's spaced sign-off."""
    text = "가 람 시\n수신 가람시장(총무과장)\n(경유)\n제목 알림\n1. 대상: 관내 4곳\n끝.\n가 람 시 장\n주무관 견욱 총무과장 06/02\n"
    assert found(text, "PERSON").count("가 람 시") <= 1


def test_a_grade_title_before_a_name_and_its_destination_is_the_rules_reason() -> None:
    """A personnel order's '직급 ○○○ : 행선지' is a title and a name, not a form key (the model alone
    found such names with less confidence before)."""
    from gongmun.redaction.recognizers.person import KoPersonRecognizer
    from gongmun.redaction.textview import TextView

    text = "【국외출장】\n 세무과 전산서기 모은결 : 일본 (2026. 1. 5.~1. 9.)"
    hits = [(text[h.start : h.end], h.why) for h in KoPersonRecognizer().find(TextView(text))]
    assert ("모은결", "label or title before") in hits
