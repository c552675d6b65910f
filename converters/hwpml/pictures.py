"""HWPML pictures: the image a PICTURE shows and the size it is printed at, for scanned-page OCR.

Per Hancom's HWPML 3.0 tables (revision 1.2): PICTURE holds SHAPEOBJECT/SIZE (HWPUNIT) and IMAGE,
whose BinItem names an item of HEAD/MAPPINGTABLE/BINDATALIST; an embedded item's BinData is the Id of
a TAIL/BINDATASTORAGE/BINDATA element holding the file in Base64, deflated unless Compress="false".
The tables do not say whether BinItem counts the list's items or repeats their BinData, so an index
within the list is read as the item, anything else as the BinData id itself.

TAIL comes after BODY and is often most of the file, so it is never parsed as XML: the BINDATA
elements are located by a byte scan before the body is walked, and one is decoded only when a
picture that could be a scanned page (printed over most of the text area) asks for it, within the
document's inflate caps (hwp5.records.inflate).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from lxml import etree

from gongmun.schemas import Block

from ..forms import int_value
from ..hwp5.records import inflate
from ..hwpx.xmlsafe import local
from ..limits import Budget
from ..scanned_pictures import PictureOcr

_BINDATA = re.compile(rb"<BINDATA\b([^>]*)>")
_ATTR = re.compile(rb'(\w+)\s*=\s*"([^"]*)"')
_END = b"</BINDATA>"


def binary_index(data: bytes) -> dict[str, tuple[int, int, bool]]:
    """BINDATA Id -> (start, end, compressed) of its Base64 text in `data`, from the TAIL on."""
    tail = data.rfind(b"<TAIL")
    index: dict[str, tuple[int, int, bool]] = {}
    if tail < 0:
        return index
    for m in _BINDATA.finditer(data, tail):
        attrs = {k.decode("ascii"): v.decode("ascii", "replace") for k, v in _ATTR.findall(m.group(1))}
        if m.group(1).rstrip().endswith(b"/"):
            continue  # an empty, self-closing BINDATA
        end = data.find(_END, m.end())
        if end < 0:
            continue
        index.setdefault(
            attrs.get("Id", ""), (m.end(), end, attrs.get("Compress", "true").lower() != "false")
        )
    return index


def bin_items(head: etree._Element) -> list[str]:
    """The BinData id of each BINITEM of HEAD's BINDATALIST, in order ('' for a linked file)."""
    return [
        (el.get("BinData") or "") if (el.get("Type") or "Embedding") == "Embedding" else ""
        for el in head.iter()
        if local(el.tag) == "BINITEM"
    ]


def picture_ref(pic: etree._Element) -> tuple[str, tuple[int, int]] | None:
    """The BinItem a picture shows and its printed width and height (HWPUNIT)."""
    ref, size = "", (0, 0)
    for el in pic:
        name = local(el.tag)
        if name == "IMAGE":
            ref = el.get("BinItem") or ""
        elif name == "SHAPEOBJECT":
            sz = next((s for s in el if local(s.tag) == "SIZE"), None)
            if sz is not None:
                size = (int_value(sz.get("Width")), int_value(sz.get("Height")))
    return (ref, size) if ref else None


def scanned_pages(
    data: bytes, items: Callable[[], list[str]], budget: Budget, ocr: PictureOcr
) -> Callable[[etree._Element, int], list[Block]]:
    """The walker's picture hook: (PICTURE, section) -> OCR text of a scanned page it shows."""
    index: dict[str, tuple[int, int, bool]] | None = None

    def load(ref: str) -> bytes:
        nonlocal index
        if index is None:
            index = binary_index(data)
        listed = items()
        number = int_value(ref)
        bin_id = listed[number - 1] if 1 <= number <= len(listed) and listed[number - 1] else ref
        found = index.get(bin_id)
        if found is None:
            return b""
        start, end, compressed = found
        try:
            raw = base64.b64decode(re.sub(rb"\s+", b"", data[start:end]), validate=True)
        except (binascii.Error, ValueError):
            return b""
        if not compressed:
            return raw
        inflated, complete = inflate(raw, budget)
        return inflated if complete else b""

    def read(pic: etree._Element, section: int) -> list[Block]:
        found = picture_ref(pic)
        if found is None:
            return []
        ref, size = found
        return ocr.blocks(lambda: load(ref), size, section)

    return read
