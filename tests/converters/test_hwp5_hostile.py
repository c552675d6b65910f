"""Hostile HWP 5 input built from a real file: every case ends as a Failure or as partial text with a
warning, within the time budget, never as another exception or a hang."""

from __future__ import annotations

import random
import struct
import time
import zlib

import pytest
from conftest import SAMPLE_DOCS, needs_corpus

from gongmun.converters import ConversionError, Limits, convert_bytes
from gongmun.converters.hwp5.cfb import CompoundFile
from gongmun.schemas import Document

pytestmark = pytest.mark.usefixtures("hwp5_walk")

LIMITS = Limits(seconds=10.0)
# A ruling with a section stream large enough to hold the crafted bodies below.
BASE = ("nts", "02_010000000000077231.hwp")


def _record(tag: int, level: int, payload: bytes) -> bytes:
    size = len(payload)
    if size >= 0xFFF:
        return struct.pack("<II", tag | level << 10 | 0xFFF << 20, size) + payload
    return struct.pack("<I", tag | level << 10 | size << 20) + payload


def _para(level: int, text: str) -> bytes:
    units = text + "\r"
    header = struct.pack("<IIHBBHHHI", len(units), 0, 0, 0, 0, 1, 0, 1, 0)
    return _record(66, level, header) + _record(67, level + 1, units.encode("utf-16-le"))


def _deflate(raw: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(raw) + c.flush()


def _with_section(payload: bytes) -> bytes:
    """The base file with BodyText/Section0 overwritten in place by `payload` (zero padded)."""
    data = bytearray(needs_corpus(*BASE).read_bytes())
    cf = CompoundFile(bytes(data))
    size = cf.paths["BodyText/Section0"].size
    assert len(payload) <= size, "crafted section does not fit the base file's stream"
    body = payload + b"\x00" * (size - len(payload))
    pos = 0
    for off, length in cf.locate("BodyText/Section0"):
        chunk = body[pos : pos + length]
        data[off : off + len(chunk)] = chunk
        pos += len(chunk)
    return bytes(data)


def _outcome(data: bytes, limits: Limits = LIMITS) -> Document | ConversionError:
    started = time.monotonic()
    try:
        result: Document | ConversionError = convert_bytes(data, "hostile.hwp", limits)
    except ConversionError as exc:
        result = exc
    assert time.monotonic() - started < limits.seconds + 2
    return result


def test_crafted_section_round_trips() -> None:
    """The harness itself: a crafted, valid section is read back exactly."""
    doc = _outcome(_with_section(_deflate(_para(0, "가나다 crafted"))))
    assert isinstance(doc, Document)
    assert [b.text for b in doc.blocks] == ["가나다 crafted"]


def test_record_size_past_end_gives_partial_text() -> None:
    raw = _para(0, "앞 문단") + struct.pack("<I", 66 | 0xFFF << 20) + struct.pack("<I", 10_000_000) + b"xx"
    doc = _outcome(_with_section(_deflate(raw)))
    assert isinstance(doc, Document)
    assert doc.blocks[0].text == "앞 문단"
    assert any("truncated or corrupt" in w for w in doc.warnings)


def test_truncated_deflate_stream_gives_partial_text() -> None:
    raw = b"".join(_para(0, f"문단 {i} " + "본문" * 40) for i in range(200))
    packed = _deflate(raw)
    doc = _outcome(_with_section(packed[: len(packed) // 2]))
    assert isinstance(doc, Document)
    assert doc.blocks[0].text.startswith("문단 0 ")
    assert 0 < len(doc.blocks) < 200
    assert any("truncated or corrupt" in w for w in doc.warnings)


def test_deflate_bomb_is_refused() -> None:
    bomb = _deflate(b"\x00" * (8 * 1024 * 1024))  # 8 MiB of zeros in ~8 KB
    result = _outcome(_with_section(bomb), Limits(max_stream_bytes=4 * 1024 * 1024, seconds=10.0))
    assert isinstance(result, ConversionError) and result.code == "too_large"
    assert "inflated" in result.message


def test_deep_nesting_hits_the_depth_cap() -> None:
    # Each level: a paragraph holding a table whose single cell holds the next paragraph.
    parts = []
    level = 0
    for _ in range(120):
        text = "\x0b" + "tbl ".encode("latin-1")[::-1].decode("latin-1") + "\x00\x00\x00\x00" + "\x0b"
        header = struct.pack("<IIHBBHHHI", 9, 1 << 11, 0, 0, 0, 1, 0, 1, 0)
        parts.append(_record(66, level, header))
        parts.append(_record(67, level + 1, (text + "\r").encode("utf-16-le", "surrogatepass")))
        parts.append(_record(71, level + 1, b" lbt" + b"\x00" * 40))
        parts.append(_record(77, level + 2, struct.pack("<IHH", 0, 1, 1) + b"\x00" * 14))
        parts.append(_record(72, level + 2, struct.pack("<HHIHHHH", 1, 0, 0, 0, 0, 1, 1) + b"\x00" * 18))
        level += 2
    parts.append(_para(level, "바닥"))
    result = _outcome(_with_section(_deflate(b"".join(parts))))
    assert isinstance(result, ConversionError) and result.code == "too_large"
    assert "depth" in result.message


def test_record_count_cap() -> None:
    raw = _record(69, 1, b"") * 200_000  # layout records: counted, never kept
    result = _outcome(_with_section(_deflate(raw)), Limits(max_records=50_000, seconds=10.0))
    assert isinstance(result, ConversionError) and result.code == "too_large"
    assert "record count" in result.message


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.5, 0.7, 0.95])
def test_truncated_container(fraction: float) -> None:
    data = needs_corpus(*BASE).read_bytes()
    result = _outcome(data[: int(len(data) * fraction)])
    if isinstance(result, Document):
        assert result.warnings
    else:
        assert result.code in ("corrupt", "unsupported")


def test_random_damage_never_escapes() -> None:
    """Byte flips anywhere (header, FAT, directory, streams): only Documents or ConversionErrors."""
    base = needs_corpus(*BASE).read_bytes()
    rng = random.Random(5)
    codes: set[str] = set()
    docs = 0
    for _ in range(150):
        data = bytearray(base)
        for _ in range(rng.randint(1, 40)):
            pos = rng.randrange(len(data))
            data[pos] = rng.randrange(256)
        result = _outcome(bytes(data))
        if isinstance(result, ConversionError):
            codes.add(result.code)
        else:
            docs += 1
    assert 0 < docs < 150 and codes <= {"corrupt", "unsupported", "too_large", "encrypted", "drm_protected"}


def test_unreadable_body_falls_back_to_the_preview() -> None:
    """Section bytes wiped after its first sector: the body cannot be inflated, PrvText can."""
    path = needs_corpus("nts", "02_010000000000000615.hwp")
    data = bytearray(path.read_bytes())
    for off, length in CompoundFile(bytes(data)).locate("BodyText/Section0")[1:]:
        data[off : off + length] = bytes(length)
    doc = _outcome(bytes(data))
    assert isinstance(doc, Document)
    assert doc.quality["text_source"] == "preview"
    assert any("PrvText preview" in w for w in doc.warnings)
    assert "prvtext_agreement" not in doc.quality
    texts = [b.text for b in doc.blocks]
    assert "[ 문서번호 ]\t징세46101-1009 (1995. 4. 21.)" in texts
    assert doc.metadata.doc_number == "징세46101-1009"


def test_every_truncation_of_a_sample_ends_cleanly() -> None:
    """A real HWP 5 cut at every 7th byte: only Documents or ConversionErrors (olefile, which the
    sniffer falls back on, raised ValueError reading some cut-off mini FATs: found by fuzzing)."""
    data = (SAMPLE_DOCS / "nts_ruling_075979.hwp").read_bytes()
    for end in range(0, len(data), 7):
        assert isinstance(_outcome(data[:end]), (Document, ConversionError))
