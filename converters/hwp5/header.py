"""FileHeader flags and the few DocInfo tables the body needs (paragraph shapes for headings)."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from .records import PARA_SHAPE, Records

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


def paragraph_kinds(docinfo: Records) -> list[ParaKind]:
    """Per paragraph-shape id: outline paragraphs are headings, numbered/bulleted ones list items
    (spec table 44: bits 23-24 head type, bits 25-27 level)."""
    kinds: list[ParaKind] = []
    for i, tag in enumerate(docinfo.tags):
        if tag != PARA_SHAPE:
            continue
        if docinfo.ends[i] - docinfo.starts[i] < 4:
            kinds.append(_PLAIN)
            continue
        (attr,) = struct.unpack_from("<I", docinfo.buf, docinfo.starts[i])
        head = (attr >> 23) & 3
        level = ((attr >> 25) & 7) + 1
        if head == 1:
            kinds.append(ParaKind("heading", level))
        elif head in (2, 3):
            kinds.append(ParaKind("list_item", level))
        else:
            kinds.append(_PLAIN)
    return kinds
