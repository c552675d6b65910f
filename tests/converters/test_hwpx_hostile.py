"""Hostile HWPX packages built here: each must be refused quickly, with a bounded amount of memory."""

from __future__ import annotations

import io
import resource
import time
import zipfile

import pytest

from gongmun.converters import ConversionError, convert_bytes

SECTION_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph">'
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + ']><hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"><hp:p '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"><hp:run><hp:t>&lol9;</hp:t></hp:run></hp:p></hs:sec>'
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE sec [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"><hp:p '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"><hp:run><hp:t>&xxe;</hp:t></hp:run></hp:p></hs:sec>'
)


def _hwpx(section: bytes | str, *, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("Contents/section0.xml", section)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def _refused(data: bytes) -> ConversionError:
    started = time.monotonic()
    with pytest.raises(ConversionError) as err:
        convert_bytes(data, "hostile.hwpx")
    assert time.monotonic() - started < 5
    return err.value


def test_a_well_formed_minimal_package_converts() -> None:
    ok = SECTION_HEAD + "<hp:p><hp:run><hp:t>안전한 문서</hp:t></hp:run></hp:p></hs:sec>"
    doc = convert_bytes(_hwpx(ok), "ok.hwpx")
    assert doc.to_text() == "안전한 문서"
    assert any("manifest" in w for w in doc.warnings)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_are_refused(xml: str) -> None:
    err = _refused(_hwpx(xml))
    assert err.code == "corrupt"
    assert "DOCTYPE" in err.message


def test_entity_declaration_in_header_part_is_refused_too() -> None:
    ok = SECTION_HEAD + "<hp:p><hp:run><hp:t>x</hp:t></hp:run></hp:p></hs:sec>"
    err = _refused(_hwpx(ok, extra={"Contents/header.xml": BILLION_LAUGHS.encode()}))
    assert err.code == "corrupt"


def test_zip_bomb_member_is_stopped_by_the_ratio_cap() -> None:
    # 64 MiB of one byte deflates to ~64 KiB (ratio ~1000); the converter must stop near 1 MiB.
    payload = SECTION_HEAD.encode() + b"<hp:p><hp:run><hp:t>" + b"a" * (64 * 1024 * 1024)
    bomb = _hwpx(payload)
    del payload
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    err = _refused(bomb)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert err.code == "too_large"
    assert "ratio" in err.message
    assert grown_kib < 64 * 1024


def test_excessive_nesting_is_refused() -> None:
    deep = SECTION_HEAD + "<hp:p><hp:run>" + "<hp:x>" * 400 + "</hp:x>" * 400 + "</hp:run></hp:p></hs:sec>"
    err = _refused(_hwpx(deep))
    assert err.code in ("too_large", "corrupt")


def test_not_a_zip_at_all() -> None:
    data = b"PK\x03\x04" + b"\x00" * 10 + b"mimetype hwp"
    err = _refused(data)
    assert err.code in ("corrupt", "unsupported")


def test_tracked_deletions_are_left_out_even_across_runs() -> None:
    section = (
        SECTION_HEAD + "<hp:p><hp:run><hp:t>남는 글<hp:deleteBegin/>지운 글</hp:t></hp:run>"
        "<hp:run><hp:t>도 지움<hp:deleteEnd/> 끝</hp:t></hp:run></hp:p></hs:sec>"
    )
    assert convert_bytes(_hwpx(section), "tracked.hwpx").to_text() == "남는 글 끝"


def test_unknown_compression_method_is_a_clear_failure() -> None:
    ok = SECTION_HEAD + "<hp:p><hp:run><hp:t>x</hp:t></hp:run></hp:p></hs:sec>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("mimetype", "application/hwp+zip")
        zf.writestr("Contents/section0.xml", ok)
    data = bytearray(buf.getvalue())
    # Patch the section's method (local header +8, central directory entry +10) to 99 (AES).
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature, data.find(signature) + 1)  # the second entry is the section
        data[at + offset : at + offset + 2] = (99).to_bytes(2, "little")
    err = _refused(bytes(data))
    assert err.code == "corrupt"


def test_malformed_section_keeps_text_before_the_damage_with_a_warning() -> None:
    broken = (
        SECTION_HEAD
        + "<hp:p><hp:run><hp:t>앞 문단</hp:t></hp:run></hp:p><hp:p><hp:run><hp:t>뒤</hp:x></hs:sec>"
    )
    doc = convert_bytes(_hwpx(broken), "broken.hwpx")
    assert doc.to_text().startswith("앞 문단")
    assert any("malformed XML" in w for w in doc.warnings)


def _patched_central_entry(entry: int, offset: int, value: int) -> bytes:
    """A minimal package whose `entry`-th central directory record has a 2-byte field changed."""
    ok = SECTION_HEAD + "<hp:p><hp:run><hp:t>x</hp:t></hp:run></hp:p></hs:sec>"
    data = bytearray(_hwpx(ok))
    at = -1
    for _ in range(entry + 1):
        at = data.find(b"PK\x01\x02", at + 1)
    data[at + offset : at + offset + 2] = value.to_bytes(2, "little")
    return bytes(data)


@pytest.mark.parametrize(
    ("entry", "offset", "value"),
    [
        (0, 6, 0x03FF),  # "version needed" beyond what zipfile reads: NotImplementedError on open
        (0, 10, 99),  # the mimetype member's method unknown: NotImplementedError while sniffing
        (1, 6, 0x03FF),
    ],
)
def test_garbled_zip_fields_end_as_a_failure_not_an_exception(entry: int, offset: int, value: int) -> None:
    """Found by fuzzing: zipfile raises NotImplementedError for these, which escaped the sniffer."""
    try:
        convert_bytes(_patched_central_entry(entry, offset, value), "garbled.hwpx")
    except ConversionError as exc:
        assert exc.code in ("corrupt", "unsupported")


def test_member_without_a_name_is_skipped() -> None:
    """A central record whose name length is zero (its old name bytes read as its comment)."""
    ok = SECTION_HEAD + "<hp:p><hp:run><hp:t>남은 글</hp:t></hp:run></hp:p></hs:sec>"
    data = bytearray(_hwpx(ok, extra={"Contents/extra.bin": b"x" * 10}))
    at = data.rfind(b"PK\x01\x02")  # the last member
    name_len = int.from_bytes(data[at + 28 : at + 30], "little")
    assert int.from_bytes(data[at + 30 : at + 32], "little") == 0  # no extra field to shift
    data[at + 28 : at + 30] = (0).to_bytes(2, "little")
    data[at + 32 : at + 34] = name_len.to_bytes(2, "little")
    assert convert_bytes(bytes(data), "noname.hwpx").to_text() == "남은 글"
