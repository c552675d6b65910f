"""Build HWP 5, HWPX and PDF documents carrying known fake identifiers, from the real sample documents.

The canary values are synthetic; a leak test asserts none of them survives into any output.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import olefile

CANARY_NAME = "탁카나"
CANARY_PHONE = "010-9876-5432"
CANARY_EMAIL = "canary.tak@example.com"
CANARY_RRN_BODY = "900101-123456"


def rrn_with_check_digit(body12: str) -> str:
    digits = [int(c) for c in body12.replace("-", "")]
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(d * w for d, w in zip(digits, weights, strict=True)) % 11) % 10
    return f"{body12}{check}"


CANARY_RRN = rrn_with_check_digit(CANARY_RRN_BODY)
CANARY_VALUES = (CANARY_NAME, CANARY_PHONE, CANARY_EMAIL, CANARY_RRN)
CANARY_TEXT = (
    f"담당자 {CANARY_NAME} 주무관(연락처 {CANARY_PHONE}, 전자우편 {CANARY_EMAIL}), "
    f"신청인 주민등록번호 {CANARY_RRN}"
)

PARA_TEXT = 0x10 + 51


def _records(data: bytes) -> list[tuple[int, int, int]]:
    """(tag, payload offset, payload size) of every record in a section stream."""
    out, pos = [], 0
    while pos + 4 <= len(data):
        (header,) = struct.unpack_from("<I", data, pos)
        tag, size = header & 0x3FF, header >> 20
        pos += 4
        if size == 0xFFF:
            (size,) = struct.unpack_from("<I", data, pos)
            pos += 4
        out.append((tag, pos, size))
        pos += size
    return out


def _plain_runs(payload: bytes) -> list[tuple[int, int]]:
    """(start, length) in UTF-16 units of stretches without control characters."""
    units = struct.unpack(f"<{len(payload) // 2}H", payload)
    runs, start, i = [], None, 0
    while i < len(units):
        if units[i] < 32:
            if start is not None:
                runs.append((start, i - start))
                start = None
            # extended and inline controls occupy 8 units, plain ones 1
            i += 1 if units[i] in (0, 10, 13, 24, 25, 26, 27, 28, 29, 30, 31) else 8
            continue
        if start is None:
            start = i
        i += 1
    if start is not None:
        runs.append((start, len(units) - start))
    return runs


def hwp5_with_canary(source: Path, target: Path, canary: str = CANARY_TEXT) -> None:
    """Overwrite the longest plain text run of BodyText/Section0 with the canary text, in place."""
    ole = olefile.OleFileIO(str(source))
    raw = ole.openstream("BodyText/Section0").read()
    section = bytearray(zlib.decompress(raw, -15))
    best = max(
        (
            (off + 2 * s, n)
            for tag, off, size in _records(bytes(section))
            if tag == PARA_TEXT
            for s, n in _plain_runs(bytes(section[off : off + size]))
        ),
        key=lambda r: r[1],
    )
    text = canary[: best[1]].ljust(best[1])
    if len(canary) > best[1]:
        raise ValueError(f"longest text run ({best[1]} chars) is too short for the canary")
    section[best[0] : best[0] + 2 * best[1]] = text.encode("utf-16-le")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(bytes(section)) + packer.flush()
    if len(packed) > len(raw):
        raise ValueError("recompressed section is larger than the original stream")
    ole.close()
    data = bytearray(source.read_bytes())
    target.write_bytes(data)
    with olefile.OleFileIO(str(target), write_mode=True) as out:
        out.write_stream("BodyText/Section0", packed + b"\0" * (len(raw) - len(packed)))


def hwp5_with_title(target: Path, title: str) -> None:
    """Write `title` over the HWP 5 file's summary title (property 2, VT_LPWSTR) in place: the stream
    keeps its size, so the existing title must be at least as long; the rest is padded with spaces."""
    with olefile.OleFileIO(str(target)) as ole:
        raw = bytearray(ole.openstream("\x05HwpSummaryInformation").read())
    (base,) = struct.unpack_from("<I", raw, 44)
    _size, count = struct.unpack_from("<II", raw, base)
    pairs = struct.unpack_from(f"<{2 * count}I", raw, base + 8)
    pos = base + pairs[2 * pairs[::2].index(2) + 1]
    vt, chars = struct.unpack_from("<II", raw, pos)
    if vt & 0xFFFF != 31 or chars - 1 < len(title):
        raise ValueError("the summary title is not a wide string long enough for the canary title")
    raw[pos + 8 : pos + 8 + 2 * (chars - 1)] = title.ljust(chars - 1).encode("utf-16-le")
    with olefile.OleFileIO(str(target), write_mode=True) as out:
        out.write_stream("\x05HwpSummaryInformation", bytes(raw))


def hwpx_with_text(source: Path, target: Path, text: str, title: str | None = None) -> None:
    """Replace the first text run of the first section with `text` (and the package title)."""
    with zipfile.ZipFile(source) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if info.filename == "Contents/section0.xml":
                start = data.index(b"<hp:t>") + len(b"<hp:t>")
                end = data.index(b"</hp:t>", start)
                data = data[:start] + text.encode("utf-8") + data[end:]
            if info.filename == "Contents/content.hpf" and title is not None:
                start = data.index(b"<opf:title>") + len(b"<opf:title>")
                end = data.index(b"</opf:title>", start)
                data = data[:start] + title.encode("utf-8") + data[end:]
            zout.writestr(info, data)
    target.write_bytes(buf.getvalue())


def hwpx_with_canary(source: Path, target: Path, title: str | None = None) -> None:
    hwpx_with_text(source, target, CANARY_TEXT, title)


def pdf_with_text(target: Path, text: str, title: str | None = None) -> None:
    """A one-page text PDF in a Korean font (Debian's fonts-nanum), with /Title when given."""
    from fpdf import FPDF

    font = next(
        p
        for p in (
            Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
            Path("/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"),
        )
        if p.exists()
    )
    pdf = FPDF()
    if title is not None:
        pdf.set_title(title)
    pdf.add_page()
    pdf.add_font("kr", fname=str(font))
    pdf.set_font("kr", size=11)
    pdf.multi_cell(0, 8, text)
    pdf.output(str(target))


def pdf_with_canary(target: Path, title: str | None = None) -> None:
    pdf_with_text(
        target, "민원 처리 결과 통지\n\n" + CANARY_TEXT + "\n\n위와 같이 처리되었음을 알려드립니다.", title
    )
