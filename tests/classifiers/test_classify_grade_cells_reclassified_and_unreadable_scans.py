"""Classes the sealed_al set (first score at 5940bfe: disclosure 0.876, 4 of 115 withheld routed in)
showed, each written here afresh: a grade alone in the cell after a 기안 form's 보안등급 label (and the
label misread by OCR), a register whose '등급' column lists other documents' grades, a grade struck
through and reclassified, and a scan OCR could not read, which is held rather than routed public.
Names, numbers and bodies are invented."""

from __future__ import annotations

import pytest
from shared_core import classify_document, classify_text

from gongmun.schemas import Block, Document, Provenance

FORM = (
    "기안 문서 |  |  | \n"
    "문서번호 | 물관리과-318 | 기안일자 | 2026. 5. 6.\n"
    "기안부서 | 물관리과 | 기안자 | 나은솔\n"
    "{row}\n"
    "보존기간 | 3년 | 결재 | 주무관 나은솔  과장 도하람\n\n"
    "제목  상수원 시설 점검 계획 보고\n\n1. 점검 계획을 보고합니다.\n\n끝."
)


@pytest.mark.parametrize(
    ("row", "marking"),
    [
        ("보안등급 | Ⅱ급 | 공개여부 | 비공개(1)", "II급"),
        ("보안등급 | III급 | 공개여부 | 비공개(1)", "III급"),
        ("비밀등급 | 1급 | 공개여부 | 비공개(1)", "I급"),
        # (a scan reads 등 as 동, leaves specks at the cell's edges and drops the points of the period)
        ("보안동급 ㆍ |대외비(2027 3 31) ㆍ |공개여부 |비공개", "대외비"),
    ],
)
def test_a_grade_in_the_cell_after_the_forms_security_label_is_a_marking(row: str, marking: str) -> None:
    assert classify_text(FORM.format(row=row)).marking == marking


def test_a_register_column_of_grades_marks_nothing() -> None:
    text = (
        "비밀 파기 대장\n연번 | 관리번호 | 등급 | 매수 | 파기 일시\n"
        "1 | 2021-11 | Ⅲ급 | 12 | 2025. 3. 4.\n2 | 2022-40 | Ⅱ급 | 7 | 2025. 9. 1.\n"
        "3 | 2023-05 | Ⅲ급 | 3 | 2026. 1. 8.\n"
    )
    assert classify_text(text).marking == "none"


@pytest.mark.parametrize(
    ("stamp", "marking"),
    [
        ("Ⅱ급 비밀 → 2024. 9. 9.자 대외비로 하향(결정: 가람시장)", "대외비"),
        ("Ⅱ급비밀 -> Ⅲ급비밀로 재분류", "III급"),
        ("3급비밀 ⇒ 일반 문서로 변경", "none"),
    ],
)
def test_a_grade_struck_through_by_an_arrow_is_the_grade_after_it(stamp: str, marking: str) -> None:
    sens = classify_text(stamp + "\n관내 정수장 경비 인력 배치 계획\n1. 배치 계획을 보고합니다.")
    assert sens.marking == marking


def test_a_notice_of_a_later_reclassification_keeps_the_grade_now() -> None:
    text = "예고문 : 2032. 6. 30.까지 3급 비밀, 그 후 일반문서\n정수장 경비 배치안\n1. 보고합니다."
    assert classify_text(text).marking == "III급"


def _scan(confidence: float) -> Document:
    doc = Document(
        "0" * 64,
        Provenance("scan.pdf", "0" * 64, 1, "pdf"),
        blocks=[
            Block("paragraph", text="7월 조합비 공제 명단"),
            Block("paragraph", text="9. . 0000 [6 0 00 | 미주 0009"),
        ],
    )
    doc.quality["ocr_confidence"] = confidence
    return doc


def test_a_scan_ocr_could_not_read_is_held_for_review() -> None:
    sens = classify_document(_scan(0.52))
    assert sens.disclosure == "public" and sens.review == ["review.unreadable_scan"], (
        sens.disclosure,
        sens.review,
    )


def test_a_scan_read_with_confidence_is_judged_by_its_text() -> None:
    assert "review.unreadable_scan" not in classify_document(_scan(0.95)).review


def test_an_attachment_listed_as_partly_withheld_outranks_a_public_closing_line() -> None:
    text = (
        "가람군\n수신  가람군의회 의장\n(경유)\n제목  하천변 산책로 공청회 결과 송부\n\n"
        "1. 공청회에서 나온 의견을 정리하여 보냅니다.\n붙임  1. 의견 요지 1부.\n      2. 발언자 목록 1부(성명·연락처 포함, 부분공개).  끝.\n\n"
        "가람군수\n주무관 나래온  과장 도하람\n시행 총무과-12 (2026. 3. 4.)\n"
        "전화 031-000-1234  전송 031-000-1235  / ab12@korea.kr  / 공개\n"
    )
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == ("partial", ["OIDA-9-1-6"]), (sens.disclosure, sens.reasons)


def test_a_part_left_out_of_a_released_version_leaves_it_public() -> None:
    text = (
        "하천 정비 기본계획 - 누리집 게시용\n1. 정비 구간 12곳의 위치를 알린다.\n"
        "※ 수문 경비 인력 배치는 이 공개본에서 뺐음\n공개구분: 공개\n"
    )
    assert classify_text(text).disclosure == "public"


def test_a_listed_attachment_after_a_scans_speck_is_still_read() -> None:
    text = (
        "가람군\n제목  공청회 결과 송부\n1. 결과를 보냅니다.\n"
        "ㆍ 붙임 발언자 목록1부(성명 포함, 부분공개). 끝. 00 호 」\n가람군수\n"
        "시행 총무과-12 (2026. 3. 4.)\n전화 031-000-1234 / 공개\n"
    )
    assert classify_text(text).disclosure == "partial"


def test_a_guides_table_showing_how_to_mark_marks_nothing() -> None:
    text = (
        "보안 문서 취급 요령\n1. 표기 방법은 다음 표와 같다.\n등급 | 적는 모양 | 위치\n"
        "2급 비밀 | Ⅱ급비밀 | 위·아래 가운데\n대외비 | 대외비 | 위 가운데\n"
        "예고문 쓰는 법 | 예고문: 2031. 7. 15.까지 Ⅱ급비밀, 그 뒤 일반문서 | 마지막 쪽\n"
        "2. 이 요령은 누리집에 게시한다.\n"
    )
    assert classify_text(text).marking == "none"
