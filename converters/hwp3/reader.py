"""A bounds-checked little-endian cursor over HWP 3 bytes: running off the end raises `Truncated`,
which the converter turns into partial text plus a warning instead of garbage or a crash."""

from __future__ import annotations

import struct


class Truncated(Exception):
    """The data ended inside a structure."""


class BadSpecial(Exception):
    """A character code this reader does not know how to step over."""


class Reader:
    __slots__ = ("data", "pos")

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def need(self, n: int) -> None:
        if n < 0 or self.pos + n > len(self.data):
            raise Truncated(f"need {n} bytes at offset {self.pos}, have {len(self.data) - self.pos}")

    def skip(self, n: int) -> None:
        self.need(n)
        self.pos += n

    def bytes(self, n: int) -> bytes:
        self.need(n)
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def u8(self) -> int:
        self.need(1)
        self.pos += 1
        return self.data[self.pos - 1]

    def u16(self) -> int:
        self.need(2)
        self.pos += 2
        return int(struct.unpack_from("<H", self.data, self.pos - 2)[0])

    def u32(self) -> int:
        self.need(4)
        self.pos += 4
        return int(struct.unpack_from("<I", self.data, self.pos - 4)[0])

    def at_end(self) -> bool:
        return self.pos >= len(self.data)
