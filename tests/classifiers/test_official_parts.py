"""The parts of a 공문 read the same from a table layout (HWPX/HWP), loose paragraphs (PDF) and text;
the signers' names are found but never stored; documents that are not 공문 have no parts.

Names, numbers and addresses below are invented for the tests."""

from __future__ import annotations

import json
import re

import pytest
from conftest import needs_corpus

from gongmun.classifiers.official_parts import iso_date, parse_document, parse_official
from gongmun.classifiers.text import Unit, lines_of
from gongmun.converters import Limits, convert_bytes
from gongmun.schemas import Block, Cell, Document, Provenance


def _doc(blocks: list[Block]) -> Document:
    return Document("0" * 64, Provenance("x.hwpx", "0" * 64, 1, "hwpx"), blocks=blocks)


def _table(*rows: list[str]) -> Block:
    return Block("table", rows=[[Cell(t, r, c) for c, t in enumerate(row)] for r, row in enumerate(rows)])


TABLE_LAYOUT = [
    _table(
        ["", "세 종 특 별 자 치 시", ""],
        ["수신", "행정안전부장관(공공데이터정책과장)"],
        ["(경유)", ""],
        ["제목", "공공데이터 개방 실적 제출"],
    ),
    Block("paragraph", "1. 관련: 공공데이터정책과-1021(2026. 5. 2.)"),
    Block("paragraph", "2. 위 호와 관련하여 개방 실적을 붙임과 같이 제출합니다."),
    Block("paragraph", "붙임  1. 개방 실적 1부."),
    Block("paragraph", "2. 품질 점검표 1부.  끝."),
    _table(
        ["세 종 특 별 자 치 시 장"],
        ["주무관", "한가람", "", "데이터팀장", "나누리", "", "정보화담당관", "전결 05/20"],
        ["협조자", "정보보호팀장", "代도하늘"],
        ["시행", "정보화담당관-3321", "(", "2026. 5. 20.", ")", "접수", "", "(", "", ")"],
        ["우", "30151", "세종특별자치시 한누리대로 2130", "/", "http://www.sejong.go.kr"],
        ["전화", "044-300-0000", "/전송", "044-300-0001", "/", "data@korea.kr", "/", "부분공개(5,6)"],
    ),
]

PDF_LAYOUT = [
    Block("paragraph", "국민과 함께하는 안전한 도시"),
    Block("heading", "강 북 소 방 서"),
    Block("heading", "수신 수신자 참조"),
    Block("heading", "(경유)"),
    Block("heading", "제목 소방차 전용구역 점검 결과 알림"),
    Block("paragraph", "1. 점검 결과를 알려드리니 업무에 참고하시기 바랍니다.  끝."),
    Block("heading", "강 북 소 방 서 장"),
    Block("paragraph", "수신자 예방과장, 현장대응단장, 미아119안전센터장"),
    Block("paragraph", "소방위 고은별 예방팀장 대결 06/02 마루한"),
    Block("paragraph", "협조자"),
    Block("paragraph", "시행 예방과-5512 ( 2026. 6. 2. ) 접수 ( )서울특별시 강북구 한천로 100"),
    Block("paragraph", "우 01010 / fire.example.go.kr/gangbuk"),
    Block("footer", "전화 02-000-0000 /전송 02-000-0001 / fire@example.go.kr / 공개"),
]

TEXT_LAYOUT = """국토안전관리원
수신  내부결재
제목  교량 정밀점검 용역 발주 계획
1. 관내 교량 3개소 정밀점검을 다음과 같이 발주하고자 합니다.
2. 소요 예산: 45,000천원  끝.
주무관 표다온  시설안전팀장 윤새봄  안전본부장 05/11
시행  시설안전팀-778 (2026. 5. 11.)  접수
우 52852  경상남도 진주시 사들로 123번길 40 / www.example.or.kr
전화번호 055-000-0000  팩스번호 055-000-0001 / bridge@example.or.kr / 비공개(5)"""


def test_table_layout() -> None:
    parsed = parse_document(_doc(TABLE_LAYOUT))
    assert parsed is not None
    p = parsed.parts
    assert (p.agency, p.sender) == ("세종특별자치시", "세종특별자치시장")
    assert p.recipients == ["행정안전부장관(공공데이터정책과장)"]
    assert p.title == "공공데이터 개방 실적 제출"
    assert p.attachments == ["개방 실적", "품질 점검표"]
    assert (p.doc_number, p.enforced_on, p.received_number, p.received_on) == (
        "정보화담당관-3321",
        "2026-05-20",
        "",
        "",
    )
    assert [(a.role, a.position, a.delegation) for a in p.approvers] == [
        ("기안자", "주무관", ""),
        ("검토자", "데이터팀장", ""),
        ("결재권자", "정보화담당관", "전결"),
        ("협조자", "정보보호팀장", "대결"),
    ]
    assert (p.postcode, p.address, p.homepage) == (
        "30151",
        "세종특별자치시 한누리대로 2130",
        "http://www.sejong.go.kr",
    )
    assert (p.disclosure, p.disclosure_level, p.disclosure_items) == ("부분공개(5,6)", "partial", [5, 6])
    assert p.found["disclosure"] == 5 and p.found["title"] == 0
    # the signers are known to the PII policy, and stored nowhere
    assert sorted(n for _, n in parsed.signer_names) == ["나누리", "도하늘", "한가람"]
    stored = json.dumps(p.to_dict(), ensure_ascii=False)
    assert not any(name in stored for name in ("한가람", "나누리", "도하늘"))
    assert "@" not in stored and "044-" not in stored


def test_pdf_layout() -> None:
    parsed = parse_document(_doc(PDF_LAYOUT))
    assert parsed is not None
    p = parsed.parts
    assert (p.agency, p.sender, p.title) == ("강북소방서", "강북소방서장", "소방차 전용구역 점검 결과 알림")
    assert p.recipients == ["예방과장", "현장대응단장", "미아119안전센터장"]
    assert [(a.role, a.position, a.delegation) for a in p.approvers] == [
        ("기안자", "소방위", ""),
        ("결재권자", "예방팀장", "대결"),
    ]
    assert (p.doc_number, p.enforced_on) == ("예방과-5512", "2026-06-02")
    assert (p.postcode, p.homepage, p.address) == (
        "01010",
        "fire.example.go.kr/gangbuk",
        "서울특별시 강북구 한천로 100",
    )
    assert (p.disclosure_level, p.found["disclosure"]) == ("public", 12)  # read from the footer block


def test_text_layout() -> None:
    parsed = parse_official(lines_of([Unit(TEXT_LAYOUT)]))
    assert parsed is not None
    p = parsed.parts
    assert (p.agency, p.recipients, p.title) == (
        "국토안전관리원",
        ["내부결재"],
        "교량 정밀점검 용역 발주 계획",
    )
    assert p.positions == ["주무관", "시설안전팀장", "안전본부장"]
    assert (p.doc_number, p.enforced_on, p.postcode) == ("시설안전팀-778", "2026-05-11", "52852")
    assert (p.disclosure, p.disclosure_level, p.disclosure_items) == ("비공개(5)", "non_public", [5])


@pytest.mark.parametrize(
    "text",
    [
        "2026년 하천 정비 기본계획\n1. 추진 배경\n2. 시행 일정: 2026. 3. 2.부터\n3. 제목: 없음",
        "보도자료\n제목 청년 창업 지원 확대\n수신인 여러분께 알려드립니다.",
        "붙임 서식을 참고하여 작성합니다. 끝.\n시행 예정일: 2026. 7. 1.",
    ],
)
def test_documents_that_are_not_official_letters_have_no_parts(text: str) -> None:
    assert parse_official(lines_of([Unit(text)])) is None


def test_a_guide_quoting_the_closing_line_states_no_field() -> None:
    guide = TEXT_LAYOUT.replace("/ 비공개(5)", "/ 공개").replace(
        "2. 소요 예산", "2. 결문 기재례: 전화번호 044-000-0000 / 담당자 전자우편 / 부분공개(6)\n3. 소요 예산"
    )
    parsed = parse_official(lines_of([Unit(guide)]))
    assert parsed is not None and parsed.parts.disclosure == "공개"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2026. 6. 22.", "2026-06-22"),
        ("2025.10.24", "2025-10-24"),
        ("2014-07-04", "2014-07-04"),
        ("2013년 1월 5일", "2013-01-05"),
        ("( )", ""),
        ("2026. 13. 1.", ""),
    ],
)
def test_iso_date(text: str, iso: str) -> None:
    assert iso_date(text) == iso


def test_real_official_letters_in_the_shared_corpus() -> None:
    """Every 결재 document of the shared corpus whose 결문 was exported with it (a '시행 처리과-번호' line)
    gives its number, date, 공개 구분, title and signers' 직위. ('결재문서본문' exports without a 결문
    are bodies only and are left out.)"""
    folder = needs_corpus("hwpx")
    files = sorted(folder.glob("rhwp__36*gyeoljae.hwpx")) + sorted(folder.glob("rhwp__36*결재문서본문*.hwpx"))
    checked = 0
    for path in files:
        doc = convert_bytes(path.read_bytes(), str(path), Limits())
        if not re.search(r"(?m)^시행\s+\S+-\d+", doc.to_text().replace("\t", " ")):
            continue
        checked += 1
        parsed = parse_document(doc)
        assert parsed is not None, path.name
        p = parsed.parts
        assert p.doc_number and p.enforced_on and p.disclosure_level, path.name
        assert p.positions and p.title, path.name
    assert checked >= 20
