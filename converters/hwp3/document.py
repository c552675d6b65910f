"""HWP 3.x converter (the pre-2000 binary format) -> `schemas.Document`.

Layout: a 30-byte signature, 128 bytes of document info (password flag at 96, compression flag at
124, length of an info block at 126), a 1008-byte summary (nine 112-byte hchar strings), the info
block, then the body, raw-deflated when compressed: 7 font-name tables, the styles, and the main
paragraph list (body.py). A truncated file yields the paragraphs read so far, with a warning.
"""

from __future__ import annotations

import re
import zlib

from gongmun.schemas import Block, Document, Metadata

from ..base import new_document
from ..errors import ConversionError
from ..limits import Budget
from .body import Body
from .hchar import decode_string
from .reader import BadSpecial, Reader, Truncated

CONVERTER = "gongmun.hwp3"
SIGNATURE = b"HWP Document File V3.00"
_HEADER = 30 + 128 + 1008
_SUMMARY_FIELDS = ("title", "subject", "author", "date", "keyword1", "keyword2", "etc1", "etc2", "etc3")
_CHUNK = 256 * 1024


def convert(data: bytes, uri: str, budget: Budget) -> Document:
    if not data.startswith(SIGNATURE):
        raise ConversionError("unsupported", "not an HWP 3.0 file (signature missing)")
    if len(data) < _HEADER:
        raise ConversionError("corrupt", f"HWP 3 header truncated ({len(data)} bytes)")
    info = data[30:158]
    if info[96] or info[97]:
        raise ConversionError("encrypted", "password-protected HWP 3 document")
    compressed = info[124] != 0
    info_block = int.from_bytes(info[126:128], "little")
    summary = _summary(data[158:_HEADER])
    warnings: list[str] = []
    body_bytes = data[_HEADER + info_block :]
    if compressed:
        body_bytes = _inflate(body_bytes, budget, warnings)
    blocks, more = _read_body(body_bytes, budget)
    warnings.extend(more)
    if not blocks and warnings:
        raise ConversionError("corrupt", f"no readable HWP 3 text ({warnings[0]})")
    doc = new_document(
        data,
        uri,
        "hwp3",
        CONVERTER,
        format_version=f"3.0.{info[125]}",
        flags=["compressed"] if compressed else [],
        blocks=blocks,
        metadata=Metadata(
            title=summary["title"],
            subject=summary["subject"],
            author=summary["author"],
            created=_iso_date(summary["date"]),
            keywords=" ".join(k for k in (summary["keyword1"], summary["keyword2"]) if k),
        ),
    )
    doc.warnings.extend(warnings)
    doc.quality["prvtext_agreement"] = None  # HWP 3 has no preview text
    return doc


_KOREAN_DATE = re.compile(
    r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:.*?(\d{1,2})\s*시\s*(\d{1,2})\s*분)?"
)


def _iso_date(text: str) -> str:
    """HWP 3 stores the date as Korean prose ("1999년 3월 5일 금요일, 16시 14분"): ISO when it parses."""
    m = _KOREAN_DATE.search(text)
    if not m:
        return text
    year, month, day, hour, minute = m.groups()
    date = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return f"{date}T{int(hour):02d}:{int(minute):02d}" if hour else date


def _summary(raw: bytes) -> dict[str, str]:
    return {
        name: " ".join(decode_string(raw[i * 112 : (i + 1) * 112]).split())
        for i, name in enumerate(_SUMMARY_FIELDS)
    }


def _inflate(raw: bytes, budget: Budget, warnings: list[str]) -> bytes:
    """Raw deflate, inflated in bounded steps so a hostile stream cannot exhaust memory."""
    inflater = zlib.decompressobj(-15)
    parts: list[bytes] = []
    total = 0
    pending = raw
    try:
        while pending and not inflater.eof:
            out = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            total += len(out)
            if total > budget.limits.max_stream_bytes:
                raise ConversionError("too_large", "HWP 3 body inflates past the stream cap")
            budget.add_inflated(len(out))
            budget.check()
            parts.append(out)
            if not out and not pending:
                break
        if not inflater.eof:
            warnings.append("compressed body ends early (truncated file): text may be incomplete")
    except zlib.error:
        warnings.append("compressed body is damaged: text read up to the damage")
    body = b"".join(parts)
    if inflater.eof:
        _check_tail(inflater.unused_data, body, warnings)
    return body


def _check_tail(tail: bytes, body: bytes, warnings: list[str]) -> None:
    """After the deflate stream: CRC-32 and length of the body, then supplementary blocks
    (u32 id, u32 length, data; embedded pictures and the like). A block that runs past the end
    of the file means the file was cut after its text."""
    if len(tail) < 8:
        warnings.append("file ends right after the compressed body (truncated): checksum missing")
        return
    crc, size = int.from_bytes(tail[:4], "little"), int.from_bytes(tail[4:8], "little")
    if size != len(body) or crc != zlib.crc32(body):
        warnings.append("compressed body fails its checksum: text may be damaged")
    pos = 8
    while pos + 8 <= len(tail):
        length = int.from_bytes(tail[pos + 4 : pos + 8], "little")
        if pos + 8 + length > len(tail):
            warnings.append("file truncated after the text: supplementary data (pictures) incomplete")
            return
        pos += 8 + length


def _read_body(body: bytes, budget: Budget) -> tuple[list[Block], list[str]]:
    r = Reader(body)
    parser = Body(budget)
    warnings: list[str] = []
    try:
        for _ in range(7):  # font names per script: count, then 40 bytes each
            r.skip(40 * r.u16())
        r.skip((20 + 31 + 187) * r.u16())  # styles: name, char shape, paragraph shape
        parser.document(r)
    except Truncated:
        warnings.append("HWP 3 body ends inside a paragraph (truncated): text read so far kept")
    except BadSpecial as exc:
        warnings.append(f"HWP 3 body not understood past offset {r.pos}: {exc}")
    blocks = parser.blocks + parser.notes + parser.endnotes + parser.furniture
    return blocks, warnings
