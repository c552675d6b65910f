"""Hostile HWP 3 inputs built here: a deflate bomb and garbage bodies end in bounded time."""

from __future__ import annotations

import time
import zlib

import pytest

from gongmun.converters import ConversionError, Limits, convert_bytes
from gongmun.converters.limits import MiB

SIGNATURE = b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05"


def _hwp3(body: bytes, *, compressed: bool = True) -> bytes:
    info = bytearray(128)
    info[124] = 1 if compressed else 0
    if compressed:  # raw deflate, then CRC-32 and length of the inflated body
        deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
        trailer = zlib.crc32(body).to_bytes(4, "little") + len(body).to_bytes(4, "little")
        body = deflater.compress(body) + deflater.flush() + trailer
    return SIGNATURE + bytes(info) + bytes(1008) + body


def test_deflate_bomb_hits_the_stream_cap() -> None:
    bomb = _hwp3(b"\x00" * (8 * MiB))
    started = time.monotonic()
    with pytest.raises(ConversionError) as err:
        convert_bytes(bomb, "bomb.hwp", Limits(max_stream_bytes=1 * MiB))
    assert err.value.code == "too_large"
    assert time.monotonic() - started < 5


def _para(*codes: int) -> bytes:
    """A paragraph that reuses the previous shape, has no line or character-shape records."""
    return (
        b"\x01"
        + len(codes).to_bytes(2, "little")
        + bytes(2)
        + b"\x00"
        + bytes(37)
        + b"".join(c.to_bytes(2, "little") for c in codes)
    )


NO_FONTS_NO_STYLES = bytes(14) + bytes(2)


def test_huge_table_counts_are_refused_as_corrupt() -> None:
    with pytest.raises(ConversionError) as err:
        convert_bytes(_hwp3(b"\xff" * 4096), "garbage.hwp")  # 0xFFFF fonts: longer than the body
    assert err.value.code == "corrupt"


def test_text_before_an_unknown_special_character_is_kept_with_a_warning() -> None:
    body = NO_FONTS_NO_STYLES + _para(ord("A"), ord("B"), 13) + _para(0, 13) + bytes(64)
    doc = convert_bytes(_hwp3(body), "garbage.hwp")
    assert doc.to_text() == "AB"
    assert any("not understood" in w for w in doc.warnings)


def test_body_cut_inside_a_paragraph_keeps_earlier_paragraphs() -> None:
    body = NO_FONTS_NO_STYLES + _para(0xD065, 13) + _para(ord("A"), ord("B"), ord("C"))[:-2]
    doc = convert_bytes(_hwp3(body), "cut.hwp")
    assert doc.to_text() == "한"
    assert any("truncated" in w for w in doc.warnings)


def test_empty_document_converts_to_no_blocks() -> None:
    doc = convert_bytes(_hwp3(NO_FONTS_NO_STYLES + bytes(64)), "empty.hwp")
    assert doc.blocks == [] and doc.warnings == []
