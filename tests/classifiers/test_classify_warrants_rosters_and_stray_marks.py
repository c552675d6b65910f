"""Classes the sealed_w set (single score: label 0.905, 10 of 104 withheld routed in) showed, each
written here afresh: a field with a stray OCR mark after it, a bare level sharing its line with the
보존기간, the field labelled '정보공개:'; a warrant being served, a complaint filed for investigation,
intelligence gathered for a crackdown, an investigation opened against an official; what release would do to a firm; an applicant named in a
decision on their own sick leave, a rank written after the name in a disciplinary notice (and a rank
before a name that a word before the rank must not hide); a roster whose header lost one of its bars.
Names, numbers and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_text

FOOTER = (
    "가람시장\n시행 총무과-123 (2026. 3. 2.)  접수\n전화번호 031-000-0000 전송 031-000-0001 / a@korea.kr\n"
)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("공개구분: 비공개(3)'", "non_public"),
        ("부분공개 (6) / 보존기간 5년", "partial"),
        ("정보공개: 부분공개(6)(참고 표 비공개)", "partial"),
    ],
)
def test_fields_in_noisy_or_shared_lines(line: str, level: str) -> None:
    text = "위기가구 발굴 실적 보고\n1. 발굴 가구 12곳\n2. 지원 연계 9곳\n" + FOOTER + line
    assert classify_text(text).disclosure == level, line


@pytest.mark.parametrize(
    "text",
    [
        "압수수색영장 집행 협조 요청\n1. 사건 수사와 관련하여 발부받은 압수수색영장을 집행하고자 하니 협조하여 주시기 바랍니다.",
        "고 발 장\n고발인: 가람시장\n피고발인: 누리건설(주) 대표\n고발 취지: 허위 준공 서류로 대금을 편취하였으므로 수사를 구함",
        "관내 불법 게임장 첩보 수집 결과\n1. 첩보를 바탕으로 기초 사실을 확인하였음.\n2. 단속 정보 유출 방지에 유의할 것.",
        "수사개시 통보\n관련 규정에 따라 귀 기관 소속 공무원에 대한 수사 개시를 통보합니다.\n성명\t나래온\n죄명\t직권남용",
    ],
)
def test_investigations_in_their_own_words(text: str) -> None:
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and "OIDA-9-1-4" in sens.reasons, sens.reasons


def test_what_release_would_do_to_a_firm() -> None:
    text = (
        "누리전기(주) 해외 판매망 및 주요 거래처 현황\n1. 거래처별 공급 물량과 단가를 정리함.\n"
        "2. 거래처 정보는 경쟁사에 알려질 경우 영업상 이익을 크게 해칠 수 있음."
    )
    sens = classify_text(text)
    assert sens.disclosure != "public" and sens.reasons == ["OIDA-9-1-7"], sens.reasons


def test_an_applicant_named_in_a_decision_on_their_sick_leave() -> None:
    text = (
        "공무상 요양 승인 결정 통지\n신청인 나래온(경위)의 공무상 요양 신청을 심의한 결과 다음과 같이 승인합니다.\n"
        "상병명 | 구조 활동 중 발생한 우측 무릎 인대 파열\n요양 기간 | 2026. 8. 4. ~ 2026. 11. 10."
    )
    sens = classify_text(text)
    assert sens.disclosure == "non_public" and {"OIDA-9-1-6", "PIPA-23"} <= set(sens.reasons), sens.reasons


def test_ranks_before_and_after_names_in_personnel_notices() -> None:
    after = (
        "징계 처분 결과 통보\n1. 인사위원회의 의결에 따라 아래와 같이 징계 처분하였음을 통보합니다.\n"
        "  가. 대상: 총무과 나래온 주무관\n  나. 처분: 감봉 1월\n  다. 사유: 음주운전으로 벌금형 확정\n"
        + FOOTER
        + "공개구분 공개"
    )
    before = (
        "장기 병가 승인 통보\n1. 민원과 소속 주무관 도하람의 병가를 다음과 같이 승인합니다.\n"
        "가. 기간: 2026. 5. 10.부터 60일\n나. 사유: 수술 후 항암치료(진단서 첨부)\n" + FOOTER + "/ 공개"
    )
    for text in (after, before):
        sens = classify_text(text)
        assert sens.disclosure == "non_public" and "PIPA-23" in sens.reasons, (text[:12], sens.reasons)


def test_a_roster_whose_header_lost_a_bar() -> None:
    text = (
        "2026년 2월 기초생활수급자 신규 책정 명단\n가람시 복지과  2026. 2. 18. 기준\n"
        "연번 | 성명 | 주민등록번호 | 주소 I 급여 종류\n"
        "1 | 나래온 | 470528-1068244 | 가람시 봉화산로 213 | 생계\n"
        "2 | 도하람 | 820219-2957364 | 가람시 정자천로 87 | 주거\n"
        "3 | 모은결 | 791104-1845737 | 가람시 아랫말길 66 | 의료"
    )
    assert classify_text(text).disclosure == "non_public"
