"""HWPX pictures: the image a `hp:pic` shows and the size it is printed at, for scanned-page OCR.

A picture's `hc:img` names a manifest item (content.hpf `opf:item`, usually `BinData/imageN.ext`) by
`binaryItemIDRef`; `hp:curSz` (or `hp:sz`) is the printed size in HWPUNIT. Packages without a manifest
entry are matched by the member's stem, as Hancom itself tolerates.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from gongmun.schemas import Block

from ..errors import ConversionError
from ..forms import int_value
from ..scanned_pictures import PictureOcr
from .package import Package
from .xmlsafe import local


def bin_members(hpf: etree._Element | None, names: list[str]) -> dict[str, str]:
    """Manifest item id -> package member, for the members the package holds."""
    present = {n.lower(): n for n in names}
    found = {n.rpartition("/")[2].partition(".")[0]: n for n in names if n.lower().startswith("bindata/")}
    if hpf is not None:
        for el in hpf.iter():
            if local(el.tag) == "item" and el.get("id") and el.get("href"):
                member = present.get((el.get("href") or "").lstrip("/").lower())
                if member:
                    found[el.get("id") or ""] = member
    return found


def picture_ref(pic: etree._Element) -> tuple[str, tuple[int, int]] | None:
    """The manifest id a picture shows and its printed width and height (HWPUNIT)."""
    ref, size = "", (0, 0)
    for el in pic:
        name = local(el.tag)
        if name == "img":
            ref = el.get("binaryItemIDRef") or ""
        elif name in ("curSz", "sz") and size == (0, 0):
            size = (int_value(el.get("width")), int_value(el.get("height")))
    return (ref, size) if ref else None


def scanned_pages(
    pkg: Package, members: dict[str, str], ocr: PictureOcr
) -> Callable[[etree._Element, int], list[Block]]:
    """The walker's picture hook: (hp:pic, section) -> OCR text of a scanned page it shows."""

    def load(member: str) -> bytes:
        try:
            return pkg.read(member)
        except ConversionError as exc:
            if exc.code == "timeout":
                raise
            return b""

    def read(pic: etree._Element, section: int) -> list[Block]:
        found = picture_ref(pic)
        member = members.get(found[0]) if found else None
        if found is None or member is None:
            return []
        return ocr.blocks(lambda: load(member), found[1], section)

    return read
