"""Person names: titles, labels, particles, two-syllable surnames, lists, tables, spaced and foreign
names — and what must stay (offices, masked names, the 홍길동 form example, ordinary words).
All sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from gongmun.redaction import Redactor
from gongmun.redaction.recognizers.person import KoPersonRecognizer
from gongmun.redaction.textview import TextView


def names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.analyze_text(text) if s.entity_type == "PERSON"]


CASES = [
    (
        "title after, particle stripped",
        "자세한 사항은 정책기획과 윤서진 주무관에게 문의하시기 바랍니다.",
        ["윤서진"],
    ),
    ("title before", "담당: 기획재정담당관 사무관 한지우 (044-215-3456)", ["한지우"]),
    ("label with colon", "성명: 배도윤\n생년월일: 1990. 1. 2.", ["배도윤"]),
    ("spaced label", "성    명: 문채원", ["문채원"]),
    ("recipient line", "수신  오하람 귀하", ["오하람"]),
    ("applicant in brackets", "민원(신청인: 장은비, 연락처: 010-2345-6789)을 이송합니다.", ["장은비"]),
    ("depositor", "신한은행 110-123-456789 (예금주: 서민재)", ["서민재"]),
    ("two-syllable surname", "위원장 남궁현우, 위원 황보소연", ["남궁현우", "황보소연"]),
    ("rare two-syllable surname", "배석: 감사담당관 서기관 제갈윤호", ["제갈윤호"]),
    (
        "comma list after one title",
        "참석자: 위원 구태민, 노아린, 표재현 (총 3명)",
        ["구태민", "노아린", "표재현"],
    ),
    (
        "decision box",
        "기안자 주무관 탁지민  검토자 사무관 변하율  결재권자 과장 맹서준",
        ["탁지민", "변하율", "맹서준"],
    ),
    ("honorific 씨", "소유자 임도현 씨는 과태료를 납부하였다.", ["임도현"]),
    ("signature line", "2024년 5월 3일\n신청인  추예린  (서명 또는 인)", ["추예린"]),
    (
        "name column of a table",
        "연번 | 성명 | 소속\n1 | 육한결 | 총무과\n2 | 어서진 | 회계과",
        ["육한결", "어서진"],
    ),
    (
        "bullet subject named with a title elsewhere",
        "  ○ 봉지환 위원: 기준을 일관되게 적용해야 함\n  ○ 봉지환은 예산 집행 계획의 재검토가 필요하다는 의견을 제시함",
        ["봉지환", "봉지환"],
    ),
    (
        "repeated later without context",
        "신청인: 곽나래\n...\n처리 결과를 곽나래에게 통지합니다.",
        ["곽나래", "곽나래"],
    ),
    ("spaced name", "성명: 김 민 재", ["김 민 재"]),
    ("foreign name in Latin script", "수신  NGUYEN VAN AN 귀하", ["NGUYEN VAN AN"]),
    ("foreign name after 성명", "성명: SMITH JOHN", ["SMITH JOHN"]),
    ("foreign name in Hangul after 성명", "성명: 응우옌 반 안\n국적: 베트남", ["응우옌 반 안"]),
    (
        "a breach report's quoted record is no form example",
        "확인된 유출 예시: 변하람, haram.byun@example.com, 010-5521-0937",
        ["변하람"],
    ),
    (
        "foreign name in Hangul as depositor",
        "계좌: 하나은행 123-456789-01 (예금주: 마이클 존슨)",
        ["마이클 존슨"],
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_person_found(redactor: Redactor, case: str, text: str, expected: list[str]) -> None:
    assert names(redactor, text) == expected, case


NEGATIVE = [
    ("office holder by office", "국세청장\n기획재정부장관 귀하"),
    ("district head", "마포구청장(자치행정과장)"),
    ("mayor after a city name", "원주시장"),
    ("masked name with circles", "수신  김○○ 귀하"),
    ("masked name with stars", "담당 주무관 홍*동"),
    ("masked name 모 씨", "수신  정 모 씨 귀하"),
    ("form example", "(작성 예시) 성명: 홍길동  주민등록번호: 000000-0000000"),
    ("anonymised parties", "갑과 을은 다음과 같이 계약한다. A법인과 B사는 을의 지위를 승계한다."),
    ("department before a title", "배석: 계약과 사무관"),
    ("department glued to a title", "문의사항은 정보화담당관 서기관에게"),
    ("ordinary words after a label", "담당 부서로 연락 주시기 바랍니다."),
    ("verb after a title-like word", "정보공개 업무의 전문성을 높이기 위하여 담당자 교육을 실시"),
    ("table header row", "사업명 | 예산액 | 집행액\n정보시스템 유지관리 | 31,179 | 20,000"),
    ("country column", "성명 | 국적\nTRAN THI LAN | 미국"),
    ("company", "상호: (주)한빛엔지니어링"),
    ("company as depositor", "예금주: 주식회사 누리에듀"),
    ("office as representative", "대 표 자: 교육부장관"),
    ("place name line", "경기도\n민원 처리 결과 통지서"),
    ("rate in a bullet", " ㅇ 고용률은 62.6%로 역대 최고 수준을 기록했다."),
    ("unknown compound as a bullet subject", "  ○ 고속선은 설계개념이 새로워 별도 기준을 적용한다."),
    ("verb after a label", "근로자는 법률이 정하는 바에 의하여 이익의 분배에 균점할 권리가 있다."),
    (
        "verb form with a particle after its ending",
        "선거권이 제대로 행사되기 위하여는 후보자에 대한 정보의 자유교환이 필요하다.",
    ),
    ("adjective made from a root", "이러한 역사적 배경은 주권개념의 성격과 내용을 바꾸었다."),
]


@pytest.mark.parametrize(("case", "text"), NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_not_a_person(redactor: Redactor, case: str, text: str) -> None:
    found = [n for n in names(redactor, text) if n not in ("TRAN THI LAN",)]
    assert found == [], case


def test_a_word_met_once_with_a_title_is_not_spread_over_the_text() -> None:
    # The rules follow a name met with a title through the text only while it is not far more frequent
    # than its mentions with context (고속선 담당자 once, 고속선이 thirty times). (The name model scores
    # each plain sentence on its own; near its bar it may read such a word as a name, which costs
    # precision, not protection: see redaction/models/names/README.md.)
    text = "고속선 담당자 교육 계획\n" + "새로운 고속선이 개발되었다. " * 30
    hits = KoPersonRecognizer().find(TextView(text))
    assert [h for h in hits if h.why.startswith("same name accepted elsewhere")] == []


def test_a_name_with_a_title_is_followed_through_the_text(redactor: Redactor) -> None:
    text = "담당: 변하율 주무관\n" + "변하율에게 제출한다. " * 3
    assert names(redactor, text) == ["변하율"] * 4
