"""FileHeader flags and the few DocInfo tables the body needs (paragraph shapes for headings)."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from .records import PARA_SHAPE

SIGNATURE = b"HWP Document File"
_U32 = struct.Struct("<I")

# FileHeader property bits (spec table 3).
COMPRESSED, PASSWORD, DISTRIBUTION, SCRIPT, DRM = 1 << 0, 1 << 1, 1 << 2, 1 << 3, 1 << 4
CERT_ENCRYPTED, CERT_DRM, PRIVACY = 1 << 8, 1 << 10, 1 << 13
TRACK_CHANGES = 1 << 14  # saved with change tracking on (변경 추적 문서)
_FLAG_NAMES = (
    (COMPRESSED, "compressed"),
    (PASSWORD, "encrypted"),
    (DISTRIBUTION, "distribution"),
    (DRM, "drm"),
    (TRACK_CHANGES, "track_changes"),
)


@dataclass(frozen=True, slots=True)
class FileHeader:
    version: str
    flags: int

    @property
    def compressed(self) -> bool:
        return bool(self.flags & COMPRESSED)

    @property
    def distribution(self) -> bool:
        return bool(self.flags & DISTRIBUTION)

    def flag_names(self) -> list[str]:
        return [name for bit, name in _FLAG_NAMES if self.flags & bit]


def parse_file_header(raw: bytes) -> FileHeader | None:
    """None when the stream is not an HWP 5 FileHeader."""
    if len(raw) < 40 or not raw.startswith(SIGNATURE):
        return None
    ver, flags = struct.unpack_from("<II", raw, 32)
    version = f"{ver >> 24}.{(ver >> 16) & 0xFF}.{(ver >> 8) & 0xFF}.{ver & 0xFF}"
    return FileHeader(version, flags)


@dataclass(frozen=True, slots=True)
class ParaKind:
    kind: str  # heading | list_item | paragraph
    level: int | None


_PLAIN = ParaKind("paragraph", None)


def paragraph_kinds(buf: bytes, tags: list[int], starts: list[int], ends: list[int]) -> list[ParaKind]:
    """Paragraph kind by shape id, from DocInfo's records: its paragraph-shape table is one
    contiguous run of PARA_SHAPE records (DocInfo lists its tables in a fixed order)."""
    try:
        first = tags.index(PARA_SHAPE)
    except ValueError:
        return []
    last = first
    while last < len(tags) and tags[last] == PARA_SHAPE:
        last += 1
    u32 = _U32.unpack_from
    return [
        _BY_BITS[(u32(buf, s)[0] >> 23) & 0x3F] if e - s >= 4 else _PLAIN
        for s, e in zip(starts[first:last], ends[first:last], strict=True)
    ]


def _kind(attr: int) -> ParaKind:
    head = (attr >> 23) & 3
    if head == 0:
        return _PLAIN
    level = ((attr >> 25) & 7) + 1
    return ParaKind("heading", level) if head == 1 else ParaKind("list_item", level)


# Shape attribute bits 23-28 (head type, outline level) -> kind: every kind there can be.
_BY_BITS = [_kind(bits << 23) for bits in range(64)]
