"""PARA_TEXT decoding and record splitting on hand-built bytes: every control-character class."""

from __future__ import annotations

import struct

import pytest

from gongmun.converters import Budget, ConversionError, Limits
from gongmun.converters.hwp5.records import distribution_key, split_records
from gongmun.converters.hwp5.text import plain_text, split_controls


def _ctrl(code: int, payload: str = "\x00" * 6) -> str:
    """An 8-unit inline/extended control: the code, six units of payload, the code again."""
    return chr(code) + payload + chr(code)


def _units(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


CASES = [
    # (paragraph text as UTF-16 units, expected pieces)
    ("가나다\r", ["가나다"]),
    ("앞" + _ctrl(9, "\x10\x00\x00\x00\x00\x00") + "뒤\r", ["앞", "\t", "뒤"]),
    ("줄\n바꿈\r", ["줄", "\n", "바꿈"]),
    ("묶음\x1e빈칸\x1f고정\r", ["묶음", "\u00a0", "빈칸", " ", "고정"]),
    ("Grund\x18rechts\x18norm\r", ["Grund", "rechts", "norm"]),
    # A table (11) and a footnote (17): extended controls, their ctrl ids in the payload.
    ("표" + _ctrl(11, " lbt\x00\x00\x00\x00"[:6]) + "끝\r", ["표", 11, "끝"]),
    ("각주" + _ctrl(17, "  nf\x00\x00"), ["각주", 17]),
    # A field: begin (3) is extended, end (4) is inline; the field's text stays.
    (_ctrl(3, "klc%\x00\x00") + "누름틀" + _ctrl(4) + "\r", [3, "누름틀", 4]),
    # Payload units that look like text or controls must not leak.
    ("A" + _ctrl(21, "\r\n\t가a\x00") + "B\r", ["A", 21, "B"]),
    # Text after the paragraph end is ignored; astral characters survive.
    ("\U000f02b1 기호\rtrailing", ["\U000f02b1 기호"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_controls(text: str, expected: list[str | int]) -> None:
    pieces = split_controls(_units(text))
    joined = [p for p in pieces]
    if any(isinstance(p, str) and "\ud800" <= p[:1] <= "\udfff" for p in joined):
        joined = [
            p.encode("utf-16-le", "surrogatepass").decode("utf-16-le") if isinstance(p, str) else p
            for p in joined
        ]
    assert joined == expected


def test_plain_text_drops_field_end_and_para_end() -> None:
    assert plain_text(_units("셀" + _ctrl(4) + "값\r")) == "셀값"
    assert plain_text(_units("그대로\r")) == "그대로"


def _rec(tag: int, level: int, payload: bytes) -> bytes:
    if len(payload) >= 0xFFF:
        return struct.pack("<II", tag | level << 10 | 0xFFF << 20, len(payload)) + payload
    return struct.pack("<I", tag | level << 10 | len(payload) << 20) + payload


def test_split_records_extended_size_and_dropped_layout() -> None:
    big = b"x" * 5000
    raw = _rec(66, 0, b"h" * 22) + _rec(69, 1, b"l" * 36) + _rec(67, 1, big) + _rec(71, 1, b"dces")
    recs = split_records(raw, Budget())
    assert recs.tags == [66, 67, 71]  # the line-layout record (69) is counted, not kept
    assert recs.levels == [0, 1, 1]
    assert recs.data(1) == big
    assert not recs.truncated


def test_split_records_flags_a_size_past_the_end() -> None:
    raw = _rec(66, 0, b"h" * 22) + struct.pack("<I", 67 | 1 << 10 | 100 << 20) + b"short"
    recs = split_records(raw, Budget())
    assert recs.truncated and recs.data(1) == b"short"


def test_split_records_respects_the_record_cap() -> None:
    raw = _rec(69, 1, b"") * 1000
    with pytest.raises(ConversionError) as err:
        split_records(raw, Budget(Limits(max_records=500)))
    assert err.value.code == "too_large"


def test_distribution_key_follows_the_spec() -> None:
    # Seed 0: MSVC rand() gives 38, 7719, 21238, 2437, ... -> runs of (38 & 0xFF) x ((7719 & 0xF) + 1) ...
    data = bytes(256)
    key = distribution_key(data)
    assert key == bytes([38]) * 4 + bytes([21238 & 0xFF]) * 6 + key[10:]
    assert len(key) == 16
