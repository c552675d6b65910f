"""FileHeader flags and the few DocInfo tables the body needs (paragraph shapes for headings)."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from .records import PARA_SHAPE

SIGNATURE = b"HWP Document File"

# FileHeader property bits (spec table 3).
COMPRESSED, PASSWORD, DISTRIBUTION, SCRIPT, DRM = 1 << 0, 1 << 1, 1 << 2, 1 << 3, 1 << 4
CERT_ENCRYPTED, CERT_DRM, PRIVACY = 1 << 8, 1 << 10, 1 << 13
_FLAG_NAMES = (
    (COMPRESSED, "compressed"),
    (PASSWORD, "encrypted"),
    (DISTRIBUTION, "distribution"),
    (DRM, "drm"),
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


def paragraph_kinds_from_stream(buf: bytes) -> list[ParaKind]:
    """`paragraph_kinds` straight from the decoded DocInfo stream: walks record headers only and
    stops after the paragraph-shape table (DocInfo lists its tables in a fixed order)."""
    attrs: list[int] = []
    unpack = struct.unpack_from
    pos, n = 0, len(buf)
    while pos + 4 <= n:
        (head,) = unpack("<I", buf, pos)
        size = head >> 20
        pos += 4
        if size == 0xFFF:
            if pos + 4 > n:
                break
            (size,) = unpack("<I", buf, pos)
            pos += 4
        tag = head & 0x3FF
        if tag == PARA_SHAPE:
            attrs.append(unpack("<I", buf, pos)[0] if pos + 4 <= n and size >= 4 else 0)
        elif attrs:
            break  # past the paragraph shapes
        pos += size
    return [_kind(a) for a in attrs]


def _kind(attr: int) -> ParaKind:
    head = (attr >> 23) & 3
    if head == 0:
        return _PLAIN
    level = ((attr >> 25) & 7) + 1
    return ParaKind("heading", level) if head == 1 else ParaKind("list_item", level)
