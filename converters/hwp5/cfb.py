"""A small, tolerant reader for OLE compound files (CFB), the container of HWP 5.

Why not only olefile: it refuses truncated containers outright ("incomplete OLE sector"), and real
archives hold half-copied HWP files whose body or preview is still on disk; it is also slower than
we need (opening a small file with olefile costs more than parsing its body). This reader follows
the CFB layout (header, DIFAT, FAT, directory, mini stream) and, when a FAT sector is missing from
a truncated file, assumes the chain continues in the next sector, which is how Hancom writes streams.
Reads are bounded: every chain walk stops after as many steps as the file has sectors.
"""

from __future__ import annotations

import struct
import sys
from array import array
from codecs import utf_16_le_decode
from typing import NamedTuple

from . import accel

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FREE, END, FATSECT, DIFSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
UNKNOWN = 0xFFFFFFFA  # our marker: FAT entry lost with a truncated FAT sector
_MAXREG = 0xFFFFFFFA
_DIR = struct.Struct("<64sHBxIII16x4x8x8xIQ")  # name, its length, kind, left, right, child, start, size
_HEADER = struct.Struct("<HHHH10xIIIIIIII")  # at 0x1A: versions, shifts; at 0x2C: FAT/dir/mini/DIF
# 0, 1, 2, ...: a chain of sectors s..s+k-1 is contiguous when its FAT entries equal _SEQ[s+1:s+k],
# one C-speed comparison instead of a Python step per sector (Hancom writes streams contiguously).
_SEQ = array("I", range(1 << 16))


class CfbError(ValueError):
    """The container is not readable at all (not CFB, header broken)."""


class Entry(NamedTuple):
    """One directory entry (a tuple: made by the dozen per file, so cheap to build)."""

    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int
    left: int
    right: int
    child: int


_UNUSED = Entry("", 0, 0, 0, FREE, FREE, FREE)  # every unused directory slot (never modified)


def _u32(raw: bytes) -> array[int]:
    arr = array("I")
    arr.frombytes(raw[: len(raw) // 4 * 4])
    if sys.byteorder == "big":
        arr.byteswap()
    return arr


class CompoundFile:
    """Streams of a compound file by path ("BodyText/Section0"). `damaged` is set when the
    container is truncated or a chain is broken; reads then return what is on disk."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(MAGIC):
            raise CfbError("not an OLE compound file")
        self.data = data
        self.damaged = False
        (
            major,
            _order,
            shift,
            mini_shift,
            n_fat,
            first_dir,
            _tx,
            self.cutoff,
            first_mfat,
            n_mfat,
            first_dif,
            n_dif,
        ) = _HEADER.unpack_from(data, 0x1A)
        if shift not in (9, 12):
            shift = 12 if major == 4 else 9
        self.ss = 1 << shift
        self.mss = 1 << (mini_shift if 0 < mini_shift < shift else 6)
        if not 0 < self.cutoff <= 1 << 20:
            self.cutoff = 4096
        self.n_sectors = max(0, (len(data) - self.ss + self.ss - 1) // self.ss)
        self.fat = self._load_fat(n_fat, first_dif, n_dif)
        self.entries = self._load_directory(first_dir)
        self.paths = self._build_paths()
        root = self.entries[0] if self.entries else None
        self._mini_fat = _u32(self._chain_bytes(first_mfat, n_mfat * self.ss)) if n_mfat else array("I")
        self._mini_stream = self._chain_bytes(root.start, root.size) if root and root.size else b""

    # --- sectors and chains -------------------------------------------------------------------
    def _sector(self, n: int) -> bytes:
        off = (n + 1) * self.ss
        if off >= len(self.data):
            self.damaged = True
            return b""
        chunk = self.data[off : off + self.ss]
        if len(chunk) < self.ss:
            self.damaged = True
        return chunk

    def _load_fat(self, n_fat: int, first_dif: int, n_dif: int) -> array[int]:
        ids: list[int] = []
        if 0 < n_fat <= 109 and first_dif >= _MAXREG:
            # The usual small file: no DIFAT sectors, the header lists every FAT sector.
            ids = list(struct.unpack_from(f"<{n_fat}I", self.data, 0x4C))
            if max(ids) >= _MAXREG:
                ids = []
        if not ids:
            ids = self._fat_sector_ids(n_fat, first_dif, n_dif)
        per = self.ss // 4
        fat = array("I")
        for sid in ids:
            raw = self._sector(sid)
            if len(raw) < self.ss:
                fat.extend([UNKNOWN] * per)  # lost with the truncated tail
                continue
            fat.extend(_u32(raw))
        return fat

    def _fat_sector_ids(self, n_fat: int, first_dif: int, n_dif: int) -> list[int]:
        ids = [x for x in struct.unpack_from("<109I", self.data, 0x4C) if x < _MAXREG]
        sect, guard = first_dif, 0
        while sect < _MAXREG and guard <= n_dif and guard < self.n_sectors + 1:
            raw = self._sector(sect)
            if not raw:
                break
            vals = _u32(raw)
            ids.extend(x for x in vals[:-1] if x < _MAXREG)
            sect, guard = vals[-1], guard + 1
        return ids[: max(n_fat, 0)] if n_fat else ids

    def _next(self, sect: int) -> int:
        if sect < len(self.fat):
            nxt: int = self.fat[sect]
            if nxt != UNKNOWN:
                return nxt
        self.damaged = True
        return sect + 1  # Hancom writes streams contiguously: the best guess for a lost entry

    def _chain_bytes(self, start: int, size: int, *, exact: bool = True) -> bytes:
        """Bytes of a regular-sector chain, at most `size` bytes; stops at the end of the file."""
        ss, fat = self.ss, self.fat
        k = -(-size // ss)  # sectors needed
        if (
            0 < k <= self.n_sectors + 1
            and start + k <= min(len(fat), len(_SEQ))
            and (start + 1 + k) * ss <= len(self.data)
            and fat[start + k - 1] != UNKNOWN
            and fat[start : start + k - 1] == _SEQ[start + 1 : start + k]
        ):
            # Contiguous and intact (the usual case): what the walk below would give, in one slice.
            return self.data[(start + 1) * ss : (start + 1) * ss + size]
        return self._walk_chain(start, size, exact)

    def _walk_chain(self, start: int, size: int, exact: bool) -> bytes:
        """Follow the FAT from `start`, copying runs of consecutive sectors at once."""
        walk = accel.walk_chain
        if walk is not None:
            out, damaged = walk(self.data, self.fat, start, size, self.ss, exact, self.n_sectors + 1)
            if damaged:
                self.damaged = True
            return out
        parts: list[bytes] = []
        got, sect, steps, limit = 0, start, 0, self.n_sectors + 1
        data, ss, fat = self.data, self.ss, self.fat
        n_fat = len(fat)
        while sect < _MAXREG and got < size and steps < limit:
            off = (sect + 1) * ss
            if off >= len(data):
                self.damaged = True
                break
            # Coalesce runs of consecutive sectors into one slice (`_next`, inlined).
            run = 1
            nxt = fat[sect] if sect < n_fat else UNKNOWN
            if nxt == UNKNOWN:
                self.damaged, nxt = True, sect + 1
            while nxt == sect + run and got + (run * ss) < size and steps + run < limit:
                cur = nxt
                nxt = fat[cur] if cur < n_fat else UNKNOWN
                if nxt == UNKNOWN:
                    self.damaged, nxt = True, cur + 1
                run += 1
            chunk = data[off : off + run * ss]
            if len(chunk) < run * ss:
                self.damaged = True
            parts.append(chunk)
            got += len(chunk)
            steps += run
            sect = nxt
            if len(chunk) < run * ss:
                break
        out = b"".join(parts) if len(parts) != 1 else parts[0]
        if exact and len(out) < size:
            self.damaged = True
        return out[:size]

    def _mini_bytes(self, start: int, size: int) -> bytes:
        mss, mf, ms = self.mss, self._mini_fat, self._mini_stream
        n_mf = len(mf)
        k = -(-size // mss)
        if (
            k > 0
            and start + k <= min(n_mf, len(_SEQ))
            and (start + k) * mss <= len(ms)
            and mf[start : start + k - 1] == _SEQ[start + 1 : start + k]
        ):
            return ms[start * mss : start * mss + size]  # contiguous: one slice
        parts: list[bytes] = []
        got, sect, steps = 0, start, 0
        limit = len(ms) // mss + 1
        while sect < _MAXREG and got < size and steps < limit:
            off = sect * mss
            if off >= len(ms):
                self.damaged = True
                break
            # Coalesce runs of consecutive mini sectors into one slice.
            run = 1
            nxt = mf[sect] if sect < n_mf else END
            while nxt == sect + run and got + run * mss < size and steps + run < limit:
                nxt = mf[nxt] if nxt < n_mf else END
                run += 1
            parts.append(ms[off : off + run * mss])
            got += run * mss
            steps += run
            sect = nxt
        out = b"".join(parts) if len(parts) != 1 else parts[0]
        if len(out) < size:
            self.damaged = True
        return out[:size]

    # --- directory ----------------------------------------------------------------------------
    def _load_directory(self, first_dir: int) -> list[Entry]:
        raw = self._chain_bytes(first_dir, self.ss * (self.n_sectors + 1), exact=False)
        entries: list[Entry] = []
        add = entries.append
        large = self.ss != 512
        make = Entry._make
        for name_raw, name_len, kind, left, right, child, start, size in _DIR.iter_unpack(
            raw[: len(raw) // 128 * 128]
        ):
            if kind == 0 and entries:  # unused slot
                add(_UNUSED)
                continue
            name = utf_16_le_decode(name_raw[: max(0, min(name_len, 64) - 2)], "replace", True)[0]
            if kind == 5 or not large:
                size &= 0xFFFFFFFF
            add(make((name, kind, start, size, left, right, child)))
        if not entries or entries[0].kind != 5:
            raise CfbError("OLE directory has no root entry")
        return entries

    def _build_paths(self) -> dict[str, Entry]:
        paths: dict[str, Entry] = {}
        entries = self.entries
        n = len(entries)
        seen = bytearray(n)
        first = entries[0].child
        stack: list[tuple[int, str]] = [(first, "")] if first < n else []
        push, pop = stack.append, stack.pop
        while stack:
            sid, prefix = pop()
            if seen[sid]:
                continue
            seen[sid] = 1
            e = entries[sid]
            if e.left < n:
                push((e.left, prefix))
            if e.right < n:
                push((e.right, prefix))
            path = prefix + e.name
            if e.kind == 2:
                paths[path] = e
            elif e.kind == 1:
                paths[path] = e
                if e.child < n:
                    push((e.child, path + "/"))
        return paths

    # --- public -------------------------------------------------------------------------------
    def exists(self, path: str) -> bool:
        e = self.paths.get(path)
        return e is not None and e.kind == 2

    def streams(self, storage: str) -> list[str]:
        """Stream names directly inside `storage` (e.g. "BodyText")."""
        prefix = storage + "/"
        return [p[len(prefix) :] for p, e in self.paths.items() if e.kind == 2 and p.startswith(prefix)]

    def read(self, path: str) -> bytes:
        e = self.paths.get(path)
        if e is None or e.kind != 2:
            raise KeyError(path)
        if e.size < self.cutoff:
            return self._mini_bytes(e.start, e.size)
        return self._chain_bytes(e.start, e.size)

    def locate(self, path: str) -> list[tuple[int, int]]:
        """File offsets and lengths of a stream's sectors, in stream order (for repair tools and
        tests that damage a stream in place)."""
        e = self.paths[path]
        spans: list[tuple[int, int]] = []
        if e.size >= self.cutoff:
            sect, steps = e.start, 0
            while sect < _MAXREG and steps <= self.n_sectors:
                spans.append(((sect + 1) * self.ss, self.ss))
                sect, steps = self._next(sect), steps + 1
            return spans
        root_spans = self.locate_root()
        sect, steps = e.start, 0
        while sect < _MAXREG and steps * self.mss < e.size:
            pos = sect * self.mss  # position inside the mini stream
            base, _ = root_spans[pos // self.ss]
            spans.append((base + pos % self.ss, self.mss))
            sect = self._mini_fat[sect] if sect < len(self._mini_fat) else END
            steps += 1
        return spans

    def locate_root(self) -> list[tuple[int, int]]:
        root = self.entries[0]
        spans: list[tuple[int, int]] = []
        sect, steps = root.start, 0
        while sect < _MAXREG and steps <= self.n_sectors and len(spans) * self.ss < root.size:
            spans.append(((sect + 1) * self.ss, self.ss))
            sect, steps = self._next(sect), steps + 1
        return spans
