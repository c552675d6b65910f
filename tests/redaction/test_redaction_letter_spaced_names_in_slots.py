"""Names a scan printed letter by letter (OCR keeps a space between every syllable): found wherever the
same name written whole would be, because the lines around the letters are read again with them joined
(a title before, a representative in brackets, an honorific after, a form's label, a pupil's class). A
heading written spaced stays a heading. Every name is invented."""

from __future__ import annotations

import pytest
from shared_core import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("재무과 팀장 도 하 윤  과장 나래온", "도 하 윤"),
        ("점검을 받은 가온공방의 대표 방 주 현 씨가 서명했다.", "방 주 현"),
        ("방치 차량은 차주 석 훈 씨에게 옮기도록 알렸습니다.", "석 훈"),
        ("검진자: 탁 은 비  생년월일 1991. 4. 5.", "탁 은 비"),
        ("5학년 3반 편 지 율 학생이 장학생으로 뽑혔습니다.", "편 지 율"),
    ],
)
def test_letters_spaced_apart_in_a_name_slot_are_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "제 목 : 과 세 처 분 취 소\n요 지 : 신 고 기 한 이 지 난 후 한 경 정 청 구",
        "원 고 대 리 인  변호사 도하윤\n변 론 종 결   2025. 3. 4.\n판 결 선 고   2025. 4. 1.\n\n주 문",
    ],
)
def test_a_heading_written_letter_by_letter_is_no_name(text: str) -> None:
    assert [n for n in found(text, "PERSON") if " " in n] == []


def test_a_passport_label_ocr_misread_still_labels_its_number() -> None:
    text = "해외 파견자\n도하윤, 여궨번호: M12345678, 휴대폰 010-1234-5678"
    assert found(text, "KR_PASSPORT") == ["M12345678"]
