"""Classes the eighth independent sensitivity set (sealed_o, scored once) showed leaking: a roster of
persons and nothing else is withheld whole (제9조 제1항 제6호) also when its header and rows ran together
on one line, and when the title repeated from the file's metadata, a page number and the 작성 line
make the list look like a smaller part of the document than it is. A list attached to a longer
document stays that document's part. Names, numbers and places are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

ROWS = (
    "1 하누리 930708-1234567 가람시 새솔로 202 010-1111-2222 생계·의료 "
    "2 편도윤 620226-2345678 가람시 은행로 24 010-3333-4444 주거 "
    "3 석다온 891007-1456789 가람시 느티로 39 010-5555-6666 교육 "
    "4 변가림 870617-1567890 가람시 강변로 60 010-7777-8888 생계"
)

CASES = [
    (
        "header and rows of a roster run together on one line",
        "긴급지원 대상 가구 현황\n연번 성명 주민등록번호 주소 연락처 급여 종류 "
        + ROWS
        + "\n작성: 복지과 주무관 / 2025. 2. 2.",
        "non_public",
    ),
    (
        "a tabled roster under its title, repeated, with a page number and the 작성 line",
        "동절기 난방비 지원 대상자\n동절기 난방비 지원 대상자\n연번\t성명\t생년월일\t주소\t연락처\n"
        "1\t하누리\t1954.12.12.\t가람시 한들로 231\t010-1111-2222\n"
        "2\t편도윤\t1974.08.01.\t가람시 구름길 74\t010-3333-4444\n"
        "3\t석다온\t1981-03-08\t가람시 문화로 269\t010-5555-6666\n"
        "4\t변가림\t1948-08-13\t가람시 다온로 277\t010-7777-8888\n"
        "5\t채도율\t1987.08.18.\t가람시 별빛로 152\t010-9999-0000\n"
        "작성: 사회복지과 주무관 / 2023. 10. 6.\n- 1 -",
        "non_public",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_list_of_persons_and_nothing_else_is_withheld_whole(case: str, text: str, expected: str) -> None:
    sens = classify_text(text)
    assert sens.disclosure == expected, (case, sens.reasons, sens.review)


def test_a_list_attached_to_a_longer_document_stays_its_part() -> None:
    text = (
        "가람시\n수신  내부결재\n제목  도로 확장 공사 주민 의견 청취 결과\n"
        "1. 개요: 2025. 10. 1. 19:00, 가람시 주민센터 대강당, 주민 약 39명 참석\n"
        "2. 사업 설명: 사업 목적, 노선(안), 보상 절차, 공사 기간(2025~2027년)\n"
        "3. 주요 의견 및 검토 결과\n  가. 소음·분진 대책 요구 → 방음벽 설치 및 살수차 운영 반영\n"
        "  나. 보상 기준 문의 → 감정평가 2개 기관 평균으로 산정 예정\n"
        "4. 향후 계획: 의견 반영 후 2025. 10. 24. 결정 고시 예정\n붙임  의견 제출자 명단\n"
        "연번 성명 주소 연락처 의견 요지 1 하누리 가람시 새솔길 229 010-1111-2222 공사 시간 제한 "
        "2 편도윤 가람시 바람길 251 010-3333-4444 노선 변경 3 석다온 가람시 온새미로 47 010-5555-6666 보상 확대\n끝."
    )
    assert classify_text(text).disclosure == "partial"
