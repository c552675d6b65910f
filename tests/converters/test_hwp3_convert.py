"""HWP 3 conversion of the real pre-2000 files: Korean body text of each file, tables, notes,
hanja, summary fields, and the truncated copy. Twin agreement lives in benchmarks/hwp3_fidelity.py."""

from __future__ import annotations

import pytest
from conftest import needs_corpus

from gongmun.converters import ConversionError, convert_bytes
from gongmun.converters.hwp3.hchar import to_unicode
from gongmun.schemas import Document


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rhwp__SO-SUEOP.hwp", "5) 소설의 종류"),
        ("rhwp__hwp3-pagedef-1915.hwp", "행 정 정 보 공 개 목 록"),
        ("rhwp__hwp3-sample10.hwp", "IMPORT시 TABLE과 INDEX를"),
        ("rhwp__hwp3-sample11.hwp", "2.1 Admin을 위한 일반 명령어"),
        ("rhwp__hwp3-sample13.hwp", "1. TCP/IP에서 loopback address(127..0.0.1)의 역할은 무엇인가?"),
        ("rhwp__hwp3-sample14.hwp", "vi 에디터는 손에 익으면 익을수록 몸이 덜 고생하는 편집기이다."),
        ("rhwp__hwp3-sample19.hwp", "length\t\t히스토리에 포함되어 있는 URL의 개수"),
        ("rhwp__hwp3-sample4.hwp", "1. 리눅스 어셈블리 프로그래밍의 기초"),
    ],
)
def test_korean_body_text(name: str, expected: str) -> None:
    doc = _convert("hwp3", name)
    assert expected in doc.to_text()
    assert doc.source.format == "hwp3" and not doc.warnings
    assert float(doc.quality["garbled_ratio"] or 0) < 0.01


def test_table_grid_from_cell_geometry() -> None:
    doc = _convert("hwp3", "rhwp__hwp3-pagedef-1915.hwp")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert table.rows is not None
    assert [c.text for c in table.rows[0]] == [
        "행 정 정 보(문 서)의 명 칭",
        "생산년월일",
        "주 관 부 서",
        "비 고",
    ]
    assert [(c.row, c.col, c.row_span, c.col_span) for c in table.rows[1]] == [
        (1, 0, 1, 1),
        (1, 1, 1, 1),
        (1, 2, 1, 1),
        (1, 3, 1, 1),
    ]
    assert doc.metadata.title == "제3편 총 무"
    assert doc.metadata.created[:4].isdigit() and doc.metadata.created[4] == "-"


def test_endnotes_headings_and_hanja() -> None:
    doc = _convert("hwp3", "rhwp__SO-SUEOP.hwp")
    kinds = {b.kind for b in doc.blocks}
    assert {"heading", "endnote", "header", "footer", "textbox"} <= kinds
    text = doc.to_text()
    for hanja in ("敎師", "反哺之孝", "狐假虎威"):
        assert hanja in text
    assert doc.metadata.title == "소설수업용자료"


def test_line_drawing_brackets() -> None:
    text = _convert("hwp3", "rhwp__hwp3-sample11.hwp").to_text()
    assert "SUN OS 4.1.1(OW2.0.1) ─┐\nSUN OS 4.1.2(OW2.0.2) │ BSD계열" in text


def test_captions_headers_and_footers() -> None:
    captions = [b.text for b in _convert("hwp3", "rhwp__hwp3-sample14.hwp").blocks if b.kind == "caption"]
    assert "Visual Block을 이용한 대소문자 변경" in captions
    footers = [b.text for b in _convert("hwp3", "rhwp__hwp3-sample11.hwp").blocks if b.kind == "footer"]
    assert "DCT Technology Inc." in footers


def test_truncated_copy_keeps_text_with_a_warning() -> None:
    doc = _convert("bad", "derived_truncated_half__rhwp__hwp3-sample19.hwp")
    assert any("truncated" in w for w in doc.warnings)
    assert "history 객체" in doc.to_text()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + b"\x00" * 100, "corrupt"),
        (
            b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + b"\x00" * 96 + b"\x01\x00" + b"\x00" * 1200,
            "encrypted",
        ),
    ],
)
def test_broken_headers_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(ConversionError) as err:
        convert_bytes(data, "broken.hwp")
    assert err.value.code == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (0xD065, "한"),  # Johab: ㅎ ㅏ ㄴ
        (0x8861, "가"),
        (0x8841, "ㄱ"),  # initial only -> compatibility jamo
        (0x8461, "ㅏ"),  # medial only
        (0x4000, "伽"),  # first KS X 1001 hanja
        (0x3401, "\u3000"),  # first KS X 1001 symbol (ideographic space)
        (0x37C0, "한"),  # Hancom logo characters
        (0x0041, "A"),
        (0x205A, "○"),  # a bullet Hancom renders as a hollow circle (issue 14), not U+205A
    ],
)
def test_hchar_decoding(code: int, text: str) -> None:
    assert to_unicode(code) == text


def test_all_johab_syllables_match_the_ks_x_1001_johab_codec() -> None:
    for code in range(0x8800, 0xD400):
        try:
            expected = bytes((code >> 8, code & 0xFF)).decode("johab")
        except UnicodeDecodeError:
            continue
        if "\uac00" <= expected <= "\ud7a3":
            assert to_unicode(code) == expected, hex(code)


def test_drawing_object_text_boxes() -> None:
    """sample19 opens with a drawing (picture type 3) whose text boxes list the window objects."""
    doc = _convert("hwp3", "rhwp__hwp3-sample19.hwp")
    boxes = [b.text for b in doc.blocks if b.kind == "textbox"]
    assert boxes[:3] == ["window", "event", "frames"]
    assert "parent/\tframe/\tself/ top" in boxes


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (0x2E01, "①"),  # circled digits
        (0x2C21, "ⓐ"),  # circled Latin
        (0x2C40, "㉠"),  # circled Hangul
        (0x21B3, "↳"),  # stored as its own code point
        (0x3067, "\u2018"),  # quotes as Hancom's converter renders them
        (0x37ED, "═"),
        (0x3013, "┌"),  # line-drawing pieces: corner, tees, cross, then horizontal and vertical
        (0x301B, "┘"),
        (0x301C, "─"),
        (0x301D + 11, "│"),
    ],
)
def test_symbols_checked_against_hancom_twins(code: int, text: str) -> None:
    assert to_unicode(code) == text
