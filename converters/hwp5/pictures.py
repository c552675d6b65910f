"""HWP 5 pictures: where a picture control's image lives, and its bytes.

A picture control ('gso ' with a SHAPE_COMPONENT_PICTURE record) names a BinItem by its 1-based
place among DocInfo's BIN_DATA records; that record gives the BinData storage id and extension
(stream `BinData/BIN%04X.ext`, the case as the writer chose) and whether the stream is deflated:
always, never, or as the document's FileHeader says. Only embedded pictures are read; linked ones
point at files we do not have.
"""

from __future__ import annotations

import contextlib
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from gongmun.schemas import Block

from ..errors import ConversionError
from ..limits import Budget
from ..scanned_pictures import PictureOcr
from .cfb import CfbError, CompoundFile
from .header import FileHeader
from .records import inflate

BIN_DATA = 0x10 + 2
_U16 = struct.Struct("<H")
_SIZE = struct.Struct("<II")
_EMBEDDING = 1
_PICTURE_ITEM_AT = 71  # border (12), 4 corners (32), crop (16), padding (8), brightness/contrast/effect
_CTRL_SIZE_AT = 16  # ctrl id, attributes, vertical and horizontal offsets, then width and height


@dataclass(frozen=True, slots=True)
class BinItem:
    storage_id: int
    ext: str
    deflated: bool | None  # None: as the document's FileHeader says


def bin_items(buf: bytes, tags: list[int], starts: list[int], ends: list[int]) -> dict[int, BinItem]:
    """Embedded BinItems by their 1-based id, from DocInfo's records."""
    items: dict[int, BinItem] = {}
    n = 0
    for tag, start, end in zip(tags, starts, ends, strict=True):
        if tag != BIN_DATA:
            continue
        n += 1
        data = buf[start:end]
        if len(data) < 6 or _U16.unpack_from(data, 0)[0] & 0xF != _EMBEDDING:
            continue
        attr, storage_id, length = struct.unpack_from("<HHH", data, 0)
        ext = data[6 : 6 + 2 * length].decode("utf-16-le", "replace")
        mode = attr & 0x30
        items[n] = BinItem(storage_id, ext, None if mode == 0 else mode == 0x10)
    return items


def picture_ref(ctrl: bytes, picture: bytes) -> tuple[int, tuple[int, int]] | None:
    """The BinItem id of a picture record and the size its control prints it at (HWPUNIT)."""
    if len(picture) < _PICTURE_ITEM_AT + 2 or len(ctrl) < _CTRL_SIZE_AT + 8:
        return None
    width, height = _SIZE.unpack_from(ctrl, _CTRL_SIZE_AT)
    return _U16.unpack_from(picture, _PICTURE_ITEM_AT)[0], (width, height)


def read_bin(cf: CompoundFile, item: BinItem, compressed: bool, budget: Budget) -> bytes:
    """The item's bytes, inflated where stored deflated; b"" when the stream is missing or broken."""
    wanted = f"BIN{item.storage_id:04X}.{item.ext}".lower()
    name = next((s for s in cf.streams("BinData") if s.lower() == wanted), None)
    if name is None:
        return b""
    try:
        raw = cf.read(f"BinData/{name}")
        if item.deflated is False or (item.deflated is None and not compressed):
            return raw
        data, complete = inflate(raw, budget)
        return data if complete else b""
    except ConversionError as exc:
        if exc.code == "timeout":
            raise
        return b""
    except (CfbError, zlib.error, ValueError, IndexError):
        return b""


def scanned_pages(
    cf: CompoundFile,
    header: FileHeader,
    docinfo: Callable[[], tuple[bytes, list[int], list[int], list[int]] | None],
    ocr: PictureOcr,
    budget: Budget,
) -> Callable[[bytes, bytes, int], list[Block]]:
    """The body's picture hook: (control, picture record, section) -> OCR text of a scanned page.
    DocInfo's BinItems are looked up only when a document has a picture."""
    items: dict[int, BinItem] = {}
    looked = False

    def read(ctrl: bytes, picture: bytes, section: int) -> list[Block]:
        nonlocal looked
        ref = picture_ref(ctrl, picture)
        if ref is None:
            return []
        if not looked:
            looked = True
            records = docinfo()
            with contextlib.suppress(struct.error, ValueError):
                items.update(bin_items(*records) if records else {})
        item = items.get(ref[0])
        if item is None:
            return []
        return ocr.blocks(lambda: read_bin(cf, item, header.compressed, budget), ref[1], section)

    return read
