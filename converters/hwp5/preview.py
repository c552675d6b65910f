"""Last-resort recovery of the PrvText preview from a container whose structure is broken.

When the OLE header or FAT is unusable, the directory entry named "PrvText" can still be found by
scanning 128-byte-aligned slots, and Hancom stores short streams contiguously; the recovered text is
only accepted when it decodes cleanly.
"""

from __future__ import annotations

import struct

_NAME = "PrvText".encode("utf-16-le") + b"\x00\x00"
_ROOT = "Root Entry".encode("utf-16-le") + b"\x00\x00"
_MINI_CUTOFF = 4096


def _entries(data: bytes, name: bytes, kind: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    pos = data.find(name)
    while pos >= 0 and len(found) < 16:
        if pos % 128 == 0 and pos + 128 <= len(data):
            name_len, typ = struct.unpack_from("<HB", data, pos + 64)
            if name_len == len(name) and typ == kind:
                start, size = struct.unpack_from("<II", data, pos + 116)
                found.append((start, size))
        pos = data.find(name, pos + 1)
    return found


def scan_preview(data: bytes) -> str:
    """The preview text, or "" when it cannot be located or does not decode as text."""
    if len(data) < 512:
        return ""
    (shift,) = struct.unpack_from("<H", data, 0x1E)
    ss = 1 << shift if shift in (9, 12) else 512
    roots = _entries(data, _ROOT, 5)
    for start, size in _entries(data, _NAME, 2):
        if not 0 < size < 1 << 20:
            continue
        if size >= _MINI_CUTOFF:
            off = (start + 1) * ss
        elif roots:
            off = (roots[0][0] + 1) * ss + start * 64
        else:
            continue
        raw = data[off : off + size]
        if len(raw) < size:
            continue
        text = raw[: size // 2 * 2].decode("utf-16-le", "replace").split("\x00", 1)[0]
        if text.strip() and text.count("\ufffd") <= len(text) // 50:
            return text
    return ""
