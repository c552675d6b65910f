"""Senders heading a chat export's messages ('○○○ (12:55)' on a line of its own), and a signed Latin name that
a bilingual form's narrow signature cell wrapped onto two lines. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

from gongmun.redaction.recognizers.name_chat_heads import chat_head_names
from gongmun.redaction.textview import TextView

_CHAT = "방 예 준 (12:54)\n  네 확인했습니다\n옹서담 (12:55)\n  감사합니다\n추솔 (오후 12:57)\n  네, 올렸어요"

FOUND: list[Case] = [
    ("PERSON", "a sender of three syllables", _CHAT, "옹서담"),
    ("PERSON", "a sender of two syllables, the time with 오후", _CHAT, "추솔"),
    (
        "PERSON",
        "a signed name wrapped by the form",
        "작성 2025. 2. 3.\n본인 서명 / Signature: Lina\nORLOVA\n\n제출처: 관할 사무소",
        "Lina\nORLOVA",
    ),
]

NOT_FOUND: list[Case] = [
    ("PERSON", "heads that are words", "일정\n회의 (14:00)\n  본관\n안건 (14:30)\n  예산", "회의"),
    ("PERSON", "a form's words under the signature", "Signature: DATE OF\nISSUE", "DATE OF\nISSUE"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)


def test_one_head_alone_is_no_chat_export() -> None:
    """The rule itself (the name model may still take a name-shaped word on its own): a single line of a
    name and a time is a note's line, not a chat export's head."""
    every_name = lambda word: True  # noqa: E731 (the reading is not what is tested here)
    assert list(chat_head_names(TextView("메모\n추솔 (12:57)\n  회의실 예약 완료"), every_name)) == []
    assert list(chat_head_names(TextView(_CHAT), every_name)) != []
