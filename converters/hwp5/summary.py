"""\\005HwpSummaryInformation: an OLE property set (title, subject, author, keywords, dates, pages).

Hancom writes strings as VT_LPWSTR and dates as VT_FILETIME. Parsed here directly (a property set
is a short table of id/offset pairs) so metadata costs nothing extra per file; any damage just
yields fewer fields.
"""

from __future__ import annotations

import contextlib
import struct
import time
from codecs import utf_16_le_decode
from datetime import UTC, datetime, timedelta

from gongmun.schemas import Metadata

_FIELDS = {2: "title", 3: "subject", 4: "author", 5: "keywords", 12: "created", 13: "modified"}
_PAGES = 14
_WANTED = (*_FIELDS, _PAGES)
_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_UNIX_EPOCH_SECONDS = 11_644_473_600  # 1601-01-01 to 1970-01-01
_UNIX_EPOCH_TICKS = _UNIX_EPOCH_SECONDS * 10_000_000
_YEAR_10000_TICKS = (253_402_300_800 + _UNIX_EPOCH_SECONDS) * 10_000_000  # 10000-01-01
_U32, _I32, _U64, _PAIR = struct.Struct("<I"), struct.Struct("<i"), struct.Struct("<Q"), struct.Struct("<II")


def read_summary(raw: bytes) -> Metadata:
    meta = Metadata()
    with contextlib.suppress(struct.error, ValueError, OverflowError):
        _fill(meta, raw)  # a damaged property set only loses metadata
    return meta


def _fill(meta: Metadata, raw: bytes) -> None:
    if len(raw) < 48:
        return
    (n_sections,) = _U32.unpack_from(raw, 24)
    if n_sections < 1:
        return
    (base,) = _U32.unpack_from(raw, 44)
    _size, count = _PAIR.unpack_from(raw, base)
    count = max(0, min(count, 256, (len(raw) - base - 8) // 8))  # the id/offset pairs present
    pairs = struct.unpack_from(f"<{2 * count}I", raw, base + 8)
    ids = pairs[::2]
    u32 = _U32.unpack_from
    for pid in _WANTED:
        if pid not in ids:
            continue
        pos = base + pairs[2 * ids.index(pid) + 1]
        (vt,) = u32(raw, pos)
        if vt & 0xFFFF == 31 and raw[pos + 8 : pos + 10] == b"\x00\x00":
            continue  # an empty string (Hancom writes every field): the default already
        value = _value(raw, pos + 4, vt & 0xFFFF)
        if pid == _PAGES:
            if isinstance(value, int) and value > 0:
                meta.page_count = value
        elif isinstance(value, str):
            setattr(meta, _FIELDS[pid], value)


def _value(raw: bytes, pos: int, vt: int) -> str | int | None:
    if vt == 31:  # VT_LPWSTR: char count incl. NUL, UTF-16LE
        (n,) = _U32.unpack_from(raw, pos)
        text: str = utf_16_le_decode(raw[pos + 4 : pos + 4 + 2 * min(n, 65536)], "replace", True)[0]
        return text.split("\x00", 1)[0].strip()
    if vt == 30:  # VT_LPSTR: byte count incl. NUL; Hancom uses the ANSI code page (CP949)
        (n,) = _U32.unpack_from(raw, pos)
        text = raw[pos + 4 : pos + 4 + min(n, 65536)].decode("cp949", "replace")
        return text.split("\x00", 1)[0].strip()
    if vt == 64:  # VT_FILETIME, 100 ns ticks since 1601 (UTC)
        (ticks,) = _U64.unpack_from(raw, pos)
        if ticks == 0:
            return None
        if _UNIX_EPOCH_TICKS <= ticks < _YEAR_10000_TICKS:
            # The same text as the datetime path below, from the C calendar functions.
            return time.strftime(
                "%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(ticks // 10_000_000 - _UNIX_EPOCH_SECONDS)
            )
        return (_EPOCH + timedelta(microseconds=ticks // 10)).isoformat(timespec="seconds")
    if vt == 3:  # VT_I4
        (v,) = _I32.unpack_from(raw, pos)
        return int(v)
    return None
