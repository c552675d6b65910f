"""The HWPX zip container, read defensively.

A zip's headers are attacker-controlled, so sizes are never trusted: every member is inflated in
chunks and the real byte count is charged against the member cap, the per-document total and the
compression-ratio cap. A truncated archive (no central directory) is still scanned member by member
from its local headers, so the sections that did arrive can be recovered.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import ConversionError
from ..limits import Budget

CHUNK = 64 * 1024
MAX_MEMBERS = 10_000
# Small members (an XML part of a few KiB of repeated markup) legitimately reach ratios above the cap;
# the ratio is only enforced once a member has inflated past this many bytes.
RATIO_FLOOR = 1024 * 1024
_LOCAL_HEADER = b"PK\x03\x04"


@dataclass(slots=True)
class Package:
    """Member names (normalised to forward slashes) mapped to a reader of their inflated bytes."""

    names: list[str]
    readers: dict[str, _Member]
    budget: Budget
    truncated: bool = False
    warnings: list[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.readers

    def read(self, name: str) -> bytes:
        return self.readers[name].read(self.budget)


@dataclass(slots=True)
class _Member:
    name: str
    compressed: int
    zf: zipfile.ZipFile | None = None
    info: zipfile.ZipInfo | None = None
    raw: bytes | None = None  # recovered from a local header: (method, payload)
    method: int = 0

    def read(self, budget: Budget) -> bytes:
        if self.zf is not None and self.info is not None:
            with self.zf.open(self.info) as fh:
                return _drain(fh.read, self.name, self.compressed, budget)
        return _inflate_raw(self.raw or b"", self.method, self.name, budget)


def _charge(out_len: int, name: str, compressed: int, budget: Budget) -> None:
    limits = budget.limits
    if out_len > limits.max_stream_bytes:
        raise ConversionError("too_large", f"zip member {name!r} inflates past the member cap")
    if out_len > RATIO_FLOOR and out_len > limits.max_ratio * max(compressed, 1):
        raise ConversionError(
            "too_large", f"zip member {name!r} exceeds the compression-ratio cap (zip bomb?)"
        )


def _drain(read: Callable[[int], bytes], name: str, compressed: int, budget: Budget) -> bytes:
    """Read a zipfile stream in chunks, counting real inflated bytes as they arrive."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = read(CHUNK)
        if not chunk:
            break
        total += len(chunk)
        _charge(total, name, compressed, budget)
        budget.add_inflated(len(chunk))
        budget.check()
        parts.append(chunk)
    return b"".join(parts)


def _inflate_raw(payload: bytes, method: int, name: str, budget: Budget) -> bytes:
    """Inflate a member recovered from its local header (stored or deflate), bounded like `_drain`."""
    if method == 0:
        budget.add_inflated(len(payload))
        return payload
    if method != 8:
        raise ConversionError("unsupported", f"zip member {name!r} uses compression method {method}")
    inflater = zlib.decompressobj(-15)
    parts: list[bytes] = []
    total = 0
    view = memoryview(payload)
    for start in range(0, len(payload), CHUNK):
        try:
            data = inflater.decompress(view[start : start + CHUNK], CHUNK * 4)
            while data:
                total += len(data)
                _charge(total, name, len(payload), budget)
                budget.add_inflated(len(data))
                parts.append(data)
                data = (
                    inflater.decompress(inflater.unconsumed_tail, CHUNK * 4)
                    if inflater.unconsumed_tail
                    else b""
                )
        except zlib.error:
            break  # the rest of a truncated member is lost; keep what inflated
        if inflater.eof:
            break
        budget.check()
    return b"".join(parts)


def _norm(name: str) -> str:
    return name.replace("\\", "/").lstrip("/")


def open_package(data: bytes, budget: Budget) -> Package:
    """Open an HWPX zip; fall back to scanning local headers when the central directory is gone."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return _recover(data, budget)
    if len(infos) > MAX_MEMBERS:
        raise ConversionError("too_large", f"zip has {len(infos)} members (cap {MAX_MEMBERS})")
    readers: dict[str, _Member] = {}
    for info in infos:
        if not info.filename or info.is_dir():  # a damaged entry can have no name at all
            continue
        if info.flag_bits & 0x1:
            raise ConversionError("encrypted", "zip members are password-encrypted")
        name = _norm(info.filename)
        readers.setdefault(name, _Member(name, info.compress_size, zf=zf, info=info))
    pkg = Package(list(readers), readers, budget)
    if any("\\" in info.filename for info in infos):
        pkg.warnings.append("non-conforming zip: member names use backslashes")
    return pkg


def _recover(data: bytes, budget: Budget) -> Package:
    """Walk local file headers of a truncated zip; members whose data was cut are inflated partially."""
    readers: dict[str, _Member] = {}
    pos = data.find(_LOCAL_HEADER)
    while pos >= 0 and len(readers) < MAX_MEMBERS:
        if pos + 30 > len(data):
            break
        (_, _, flags, method, _, _, _, csize, _, nlen, xlen) = struct.unpack_from("<IHHHHHIIIHH", data, pos)
        name_start = pos + 30
        name = _norm(
            data[name_start : name_start + nlen].decode("utf-8" if flags & 0x800 else "cp437", "replace")
        )
        body = name_start + nlen + xlen
        if flags & 0x1:
            raise ConversionError("encrypted", "zip members are password-encrypted")
        nxt = data.find(_LOCAL_HEADER, body if flags & 0x8 or csize == 0 else body + csize)
        end = body + csize if csize and not flags & 0x8 else (nxt if nxt >= 0 else len(data))
        end = min(end, len(data))
        if name and not name.endswith("/"):
            readers.setdefault(name, _Member(name, end - body, raw=data[body:end], method=method))
        budget.check()
        pos = nxt
    if not readers:
        raise ConversionError(
            "corrupt", "not a readable zip archive (no central directory, no local headers)"
        )
    return Package(list(readers), readers, budget, truncated=True)
