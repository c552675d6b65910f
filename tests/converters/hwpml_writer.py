"""Write HWPML 2.x (`.hml`) from an HWPX file: the test data for the HWPML converter.

No `.hml` is in ../shared/corpus, so the test files are made from real HWPX documents: each OWPML
element that carries text is written as its HWPML 2.x counterpart, following the element tables of
Hancom's "글 문서 파일 구조 3.0 / HWPML" (revision 1.2) and the layout of files saved by Hangul
(`<?xml … standalone="no" ?><HWPML Style="embed" SubVersion=… Version=…>`, upper-case names, no
namespaces, HEAD/BODY/TAIL):

    content.hpf title/creator/createdDate -> HEAD/DOCSUMMARY/TITLE, AUTHOR, DATE (Korean prose)
    header.xml paraPr/heading             -> HEAD/MAPPINGTABLE/PARASHAPELIST/PARASHAPE HeadingType, Heading, Level
    header.xml numbering/paraHead, bullet -> HEAD/MAPPINGTABLE/NUMBERINGLIST/NUMBERING/PARAHEAD, BULLETLIST/BULLET
    hp:secPr/@outlineShapeIDRef           -> SECDEF/@OutlineShape
    sectionN.xml                          -> BODY/SECTION
    hp:p / hp:run / hp:t                  -> P / TEXT / CHAR (tab, lineBreak, … -> TAB, LINEBREAK, …)
    hp:tbl / tr / tc (cellAddr, cellSpan) -> TABLE / ROW / CELL (RowAddr, ColAddr, RowSpan, ColSpan) / PARALIST
    hp:caption                            -> SHAPEOBJECT/CAPTION/PARALIST
    hp:rect, hp:ellipse, … / drawText     -> RECTANGLE, ELLIPSE, … / DRAWINGOBJECT/DRAWTEXT/PARALIST
    hp:header, footer, footNote, endNote, hiddenComment -> HEADER, FOOTER, FOOTNOTE, ENDNOTE, HIDDENCOMMENT
    hp:equation/script                    -> EQUATION/SCRIPT
    hp:pic / hc:img, BinData/* members    -> PICTURE (SHAPEOBJECT/SIZE, IMAGE BinItem) / HEAD BINDATALIST
                                             BINITEM, TAIL BINDATASTORAGE/BINDATA (Base64, raw deflate)
    masterpageN.xml                       -> SECDEF/MASTERPAGE/PARALIST in the first section

Layout-only parts (fonts, borders, line segments, sizes) are left out: they carry no text. Not
mapped (their text is lost in the .hml): compose, tracked-change marks, chart parts. Form controls
(hp:btn, checkBtn, radioBtn, comboBox, listBox, edit) -> BUTTON, CHECKBUTTON, RADIOBUTTON, COMBOBOX,
LISTBOX, EDIT with FORMOBJECT/BUTTONSET, Text or EDITTEXT. Regenerate the committed files with

    .venv/bin/python tests/converters/hwpml_writer.py

which reads the HWPX sources listed in SOURCES from ../shared/corpus ($GONGMUN_SHARED/corpus) or the
repository and writes
tests/converters/data/hwpml/*.hml.
"""

from __future__ import annotations

import base64
import io
import os
import re
import sys
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("GONGMUN_SHARED", REPO.parent / "shared")) / "corpus"
OUT = Path(__file__).resolve().parent / "data" / "hwpml"
# output name -> HWPX source (relative to the repository or ../shared/corpus)
SOURCES = {
    "baekje_consignment_list.hml": "hwpx/rhwp__36386761_백제학연구총서위탁판매의뢰목록.hwpx",
    "fire_report.hml": "sample_docs/fire_report.hwpx",
    "table_spans.hml": "hwpx/hwp2hwpx__table__from.hwpx",
    "header_footer.hml": "hwpx/hwp2hwpx__header_footer__from.hwpx",
    "footnote_endnote.hml": "hwpx/hwpjs__footnote-endnote.hwpx",
    "lists.hml": "hwpx/hwpjs__lists.hwpx",
    "textbox.hml": "hwpx/hwpjs__textbox.hwpx",
    "form_controls.hml": "hwpx/rhwp__form-01.hwpx",
}
PROLOG = b'<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'
_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
_MASTER = re.compile(r"^Contents/masterpage(\d+)\.xml$")
_INLINE = {
    "tab": "TAB",
    "lineBreak": "LINEBREAK",
    "fwSpace": "FWSPACE",
    "nbSpace": "NBSPACE",
    "hypen": "HYPEN",
}
_SHAPES = {
    "rect": "RECTANGLE",
    "ellipse": "ELLIPSE",
    "arc": "ARC",
    "polygon": "POLYGON",
    "curve": "CURVE",
    "line": "LINE",
    "connectLine": "CONNECTLINE",
    "container": "CONTAINER",
    "pic": "PICTURE",
    "ole": "OLE",
    "textart": "TEXTART",
}
_CONTROLS = {
    "header": "HEADER",
    "footer": "FOOTER",
    "footNote": "FOOTNOTE",
    "endNote": "ENDNOTE",
    "hiddenComment": "HIDDENCOMMENT",
}
_BUTTONS = {"btn": "BUTTON", "checkBtn": "CHECKBUTTON", "radioBtn": "RADIOBUTTON"}
_BOXES = {"comboBox": "COMBOBOX", "listBox": "LISTBOX", "edit": "EDIT"}
_WEEKDAYS = "월화수목금토일"


def hwpx_to_hwpml(data: bytes) -> bytes:
    """The HWPML 2.8 text of one HWPX package."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        parts = {n: etree.fromstring(zf.read(n)) for n in names if n.endswith((".xml", ".hpf"))}
        sections = _numbered(names, _SECTION)
        _BINS.clear()
        _BINS.update(_embedded_images(zf, parts, sections))
    root = etree.Element("HWPML", Style="embed", SubVersion="8.0.0.0", Version="2.8")
    _head(root, parts, len(sections))
    body = etree.SubElement(root, "BODY")
    masters = [parts[n] for n in _numbered(names, _MASTER)]
    for index, name in enumerate(sections):
        section = etree.SubElement(body, "SECTION", Id=str(index))
        for p in parts[name]:
            if _local(p.tag) == "p":
                section.append(_paragraph(p))
        if index == 0 and masters and len(section):
            _master_pages(section[0], masters)
    tail = etree.SubElement(root, "TAIL")
    if _BINS:
        storage = etree.SubElement(tail, "BINDATASTORAGE")
        for number, (_, raw) in enumerate(_BINS.values(), 1):
            packed = zlib.compressobj(9, zlib.DEFLATED, -15)
            text = base64.b64encode(packed.compress(raw) + packed.flush()).decode("ascii")
            etree.SubElement(
                storage, "BINDATA", Id=str(number), Size=str(len(raw)), Encoding="Base64", Compress="true"
            ).text = text
    script = etree.SubElement(tail, "SCRIPTCODE", Type="JScript", Version="1.0")
    etree.SubElement(script, "SCRIPTHEADER")
    etree.SubElement(script, "SCRIPTSOURCE")
    return PROLOG + etree.tostring(root, encoding="utf-8")


# -- HEAD ------------------------------------------------------------------------------------
def _head(root: etree._Element, parts: dict[str, etree._Element], sections: int) -> None:
    head = etree.SubElement(root, "HEAD", SecCnt=str(sections))
    hpf = parts.get("Contents/content.hpf")
    if hpf is not None:
        summary = etree.SubElement(head, "DOCSUMMARY")
        meta = {
            (el.get("name") or "").lower(): el.text or "" for el in hpf.iter() if _local(el.tag) == "meta"
        }
        title = next((el.text for el in hpf.iter() if _local(el.tag) == "title" and el.text), "")
        for tag, value in (("TITLE", title), ("AUTHOR", meta.get("creator", ""))):
            if value:
                etree.SubElement(summary, tag).text = value
        if meta.get("createddate"):
            etree.SubElement(summary, "DATE").text = _korean_date(meta["createddate"])
    mapping = etree.SubElement(head, "MAPPINGTABLE")
    if _BINS:
        listed = etree.SubElement(mapping, "BINDATALIST", Count=str(len(_BINS)))
        for number, (ext, _) in enumerate(_BINS.values(), 1):
            etree.SubElement(listed, "BINITEM", Type="Embedding", BinData=str(number), Format=ext)
    shapes = etree.SubElement(mapping, "PARASHAPELIST")
    header = parts.get("Contents/header.xml")
    for pr in header.iter() if header is not None else ():
        if _local(pr.tag) != "paraPr":
            continue
        heading = next((h for h in pr.iter() if _local(h.tag) == "heading"), None)
        kind = (heading.get("type") or "NONE").capitalize() if heading is not None else "None"
        level = heading.get("level") or "0" if heading is not None else "0"
        ref = heading.get("idRef") or "0" if heading is not None else "0"
        etree.SubElement(
            shapes, "PARASHAPE", Id=pr.get("id") or "0", HeadingType=kind, Heading=ref, Level=level
        )
    shapes.set("Count", str(len(shapes)))
    _numberings(shapes.getparent(), header)


def _numberings(table: etree._Element, header: etree._Element | None) -> None:
    """hh:numbering / hh:paraHead -> NUMBERINGLIST / NUMBERING / PARAHEAD (the pattern as its text);
    hh:bullet -> BULLETLIST / BULLET (Char)."""
    numberings = etree.SubElement(table, "NUMBERINGLIST")
    bullets = etree.SubElement(table, "BULLETLIST")
    for el in header.iter() if header is not None else ():
        name = _local(el.tag)
        if name == "numbering":
            out = etree.SubElement(
                numberings, "NUMBERING", Id=el.get("id") or "0", Start=el.get("start") or "0"
            )
            for head in el:
                if _local(head.tag) == "paraHead":
                    fmt = head.get("numFormat") or "DIGIT"
                    etree.SubElement(
                        out,
                        "PARAHEAD",
                        Level=head.get("level") or "1",
                        NumFormat=_AUTONUM_STYLES.get(fmt, fmt.title().replace("_", "")),
                        Start=head.get("start") or "1",
                    ).text = "".join(head.itertext())
        elif name == "bullet":
            etree.SubElement(bullets, "BULLET", Id=el.get("id") or "0", Char=el.get("char") or "")
    numberings.set("Count", str(len(numberings)))
    bullets.set("Count", str(len(bullets)))


def _korean_date(iso: str) -> str:
    """Hangul's DOCSUMMARY/DATE form: "2024년 2월 19일 월요일 오전 1:50:07"."""
    when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    half = "오전" if when.hour < 12 else "오후"
    hour = when.hour % 12 or 12
    return (
        f"{when.year}년 {when.month}월 {when.day}일 {_WEEKDAYS[when.weekday()]}요일 "
        f"{half} {hour}:{when.minute:02d}:{when.second:02d}"
    )


# -- BODY ------------------------------------------------------------------------------------
def _paragraph(p: etree._Element) -> etree._Element:
    out = etree.Element("P", ParaShape=p.get("paraPrIDRef") or "0", Style=p.get("styleIDRef") or "0")
    for run in _runs(p):
        text = etree.SubElement(out, "TEXT", CharShape=run.get("charPrIDRef") or "0")
        _run(run, text)
    return out


def _runs(el: etree._Element) -> list[etree._Element]:
    """A paragraph's runs, looking through compatibility switches (their default branch)."""
    runs: list[etree._Element] = []
    for child in el:
        name = _local(child.tag)
        if name == "run":
            runs.append(child)
        elif name == "switch":
            branch = _child(child, "default")
            runs.extend(_runs(branch if branch is not None else child))
    return runs


def _run(run: etree._Element, text: etree._Element) -> None:
    for child in run:
        name = _local(child.tag)
        if name == "t":
            _char(child, text)
        elif name == "secPr":
            etree.SubElement(text, "SECDEF", OutlineShape=child.get("outlineShapeIDRef") or "1")
        elif name == "ctrl":
            for control in child:
                if _local(control.tag) == "autoNum":
                    _autonumber(control, text)
                    continue
                tag = _CONTROLS.get(_local(control.tag))
                if tag:
                    out = etree.SubElement(text, tag)
                    if tag in ("HEADER", "FOOTER"):
                        out.set("ApplyPageType", (control.get("applyPageType") or "BOTH").capitalize())
                    _paralist(control, out)
        elif name == "tbl":
            text.append(_table(child))
        elif name in _SHAPES:
            text.append(_shape(child))
        elif name == "equation":
            equation = etree.SubElement(text, "EQUATION")
            etree.SubElement(equation, "SCRIPT").text = "".join(_child_text(child, "script"))
        elif name == "dutmal":
            dutmal = etree.SubElement(text, "DUTMAL")
            etree.SubElement(dutmal, "MAINTEXT").text = "".join(_child_text(child, "mainText"))
            etree.SubElement(dutmal, "SUBTEXT").text = "".join(_child_text(child, "subText"))
        elif name in _BUTTONS or name in _BOXES:
            text.append(_form_control(child, name))


def _form_control(src: etree._Element, name: str) -> etree._Element:
    """hp:btn/checkBtn/radioBtn -> BUTTON/CHECKBUTTON/RADIOBUTTON with FORMOBJECT/BUTTONSET Caption and
    Value (the HWPX word kept: the HWPML tables give no encoding); hp:comboBox/listBox -> COMBOBOX/LISTBOX
    Text (the selected value, or the one item); hp:edit -> EDIT/EDITTEXT. hp:sz -> SHAPEOBJECT/SIZE."""
    out = etree.Element(_BUTTONS.get(name) or _BOXES[name])
    size = next((c for c in src if _local(c.tag) == "sz"), None)
    if size is not None:
        shape = etree.SubElement(out, "SHAPEOBJECT")
        etree.SubElement(shape, "SIZE", Width=size.get("width") or "0", Height=size.get("height") or "0")
    form = etree.SubElement(out, "FORMOBJECT")
    if name in _BUTTONS:
        etree.SubElement(form, "BUTTONSET", Caption=src.get("caption") or "", Value=src.get("value") or "")
    elif name == "edit":
        etree.SubElement(out, "EDITTEXT").text = "".join(_child_text(src, "text"))
    else:
        items = [c for c in src if _local(c.tag) == "listItem"]
        shown = src.get("selectedValue") or (
            (items[0].get("displayText") or items[0].get("value") or "") if len(items) == 1 else ""
        )
        out.set("Text", shown)
    return out


# hp:autoNum numType -> HWPML AUTONUM NumberType (the kinds whose number a caption draws)
_NUMBER_TYPES = {"PICTURE": "Figure", "TABLE": "Table", "EQUATION": "Equation"}


def _autonumber(src: etree._Element, text: etree._Element) -> None:
    """hp:autoNum -> AUTONUM Number/NumberType with its AUTONUMFORMAT (Type, PrefixChar, SuffixChar)."""
    kind = _NUMBER_TYPES.get(src.get("numType") or "")
    if kind is None:
        return
    out = etree.SubElement(text, "AUTONUM", Number=src.get("num") or "0", NumberType=kind)
    fmt = _child(src, "autoNumFormat")
    if fmt is not None:
        etree.SubElement(
            out,
            "AUTONUMFORMAT",
            Type=_AUTONUM_STYLES.get(fmt.get("type") or "DIGIT", "Digit"),
            PrefixChar=fmt.get("prefixChar") or "",
            SuffixChar=fmt.get("suffixChar") or "",
        )


# OWPML numbering style names -> HWPML's spelling
_AUTONUM_STYLES = {
    "DIGIT": "Digit",
    "CIRCLED_DIGIT": "CircledDigit",
    "ROMAN_CAPITAL": "RomanCapital",
    "ROMAN_SMALL": "RomanSmall",
    "LATIN_CAPITAL": "LatinCapital",
    "LATIN_SMALL": "LatinSmall",
    "HANGUL_SYLLABLE": "HangulSyllable",
}


def _char(t: etree._Element, text: etree._Element) -> None:
    char = etree.SubElement(text, "CHAR")
    char.text = t.text
    for mark in t:
        tag = _INLINE.get(_local(mark.tag))
        if tag:
            etree.SubElement(char, tag).tail = mark.tail
        elif mark.tail:  # a mark without text of its own (highlight, tracked change): keep what follows
            if len(char):
                char[-1].tail = (char[-1].tail or "") + mark.tail
            else:
                char.text = (char.text or "") + mark.tail


def _paralist(src: etree._Element | None, out: etree._Element) -> None:
    """subList -> PARALIST (a cell, note, header, caption or text box)."""
    sub = _child(src, "subList")
    if sub is None:
        return
    paralist = etree.SubElement(out, "PARALIST")
    for p in sub:
        if _local(p.tag) == "p":
            paralist.append(_paragraph(p))


def _shape_object(src: etree._Element, out: etree._Element) -> None:
    shape = etree.SubElement(out, "SHAPEOBJECT")
    caption = _child(src, "caption")
    if caption is not None:
        _paralist(caption, etree.SubElement(shape, "CAPTION"))


def _table(tbl: etree._Element) -> etree._Element:
    out = etree.Element("TABLE", RowCount=tbl.get("rowCnt") or "0", ColCount=tbl.get("colCnt") or "0")
    _shape_object(tbl, out)
    for tr in tbl:
        if _local(tr.tag) != "tr":
            continue
        row = etree.SubElement(out, "ROW")
        for tc in tr:
            if _local(tc.tag) != "tc":
                continue
            addr, span = _child(tc, "cellAddr"), _child(tc, "cellSpan")
            cell = etree.SubElement(
                row,
                "CELL",
                ColAddr=_attr(addr, "colAddr", "0"),
                RowAddr=_attr(addr, "rowAddr", "0"),
                ColSpan=_attr(span, "colSpan", "1"),
                RowSpan=_attr(span, "rowSpan", "1"),
            )
            _paralist(tc, cell)
    return out


def _shape(el: etree._Element) -> etree._Element:
    name = _local(el.tag)
    out = etree.Element(_SHAPES[name])
    _shape_object(el, out)
    if name == "container":
        for child in el:
            if _local(child.tag) in _SHAPES:
                out.append(_shape(child))
    elif name == "textart":
        out.set("Text", el.get("text") or "")
    elif name == "pic":
        _picture(el, out)
    draw = _child(el, "drawText")
    if draw is not None:
        _paralist(draw, etree.SubElement(etree.SubElement(out, "DRAWINGOBJECT"), "DRAWTEXT"))
    return out


# hc:img binaryItemIDRef -> (format, bytes) of the images this package embeds, in first-use order; their
# position (from 1) is the BinItem and the BINDATA Id written for them
_BINS: dict[str, tuple[str, bytes]] = {}


def _embedded_images(
    zf: zipfile.ZipFile, parts: dict[str, etree._Element], sections: list[str]
) -> dict[str, tuple[str, bytes]]:
    hpf = parts.get("Contents/content.hpf")
    hrefs = {
        el.get("id") or "": (el.get("href") or "").lstrip("/")
        for el in (hpf.iter() if hpf is not None else ())
        if _local(el.tag) == "item"
    }
    members = {n.lower(): n for n in zf.namelist()}
    stems = {
        n.rpartition("/")[2].partition(".")[0]: n for n in zf.namelist() if n.lower().startswith("bindata/")
    }
    found: dict[str, tuple[str, bytes]] = {}
    for name in sections:
        for el in parts[name].iter():
            ref = el.get("binaryItemIDRef") if _local(el.tag) == "img" else None
            if not ref or ref in found:
                continue
            member = members.get(hrefs.get(ref, "").lower()) or stems.get(ref)
            if member:
                found[ref] = (member.rpartition(".")[2].lower(), zf.read(member))
    return found


def _picture(src: etree._Element, out: etree._Element) -> None:
    """hp:pic -> PICTURE: its printed size (hp:curSz, else hp:sz) in SHAPEOBJECT/SIZE, IMAGE BinItem."""
    size = _child(src, "curSz")
    if size is None or (size.get("width") or "0") == "0":
        size = _child(src, "sz")
    shape = out.find("SHAPEOBJECT")
    if size is not None and shape is not None:
        shape.insert(
            0, etree.Element("SIZE", Width=size.get("width") or "0", Height=size.get("height") or "0")
        )
    img = next((el for el in src.iter() if _local(el.tag) == "img"), None)
    ref = img.get("binaryItemIDRef") if img is not None else None
    if ref in _BINS:
        etree.SubElement(out, "IMAGE", BinItem=str(list(_BINS).index(ref) + 1))


def _master_pages(first: etree._Element, masters: list[etree._Element]) -> None:
    """Master pages are separate parts in HWPX; HWPML keeps them in the section definition."""
    text = first.find("TEXT")
    if text is None:
        text = etree.SubElement(first, "TEXT", CharShape="0")
    secdef = text.find("SECDEF")
    if secdef is None:
        secdef = etree.Element("SECDEF")
        text.insert(0, secdef)
    for master in masters:
        _paralist(master, etree.SubElement(secdef, "MASTERPAGE"))


# -- helpers ---------------------------------------------------------------------------------
def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    return next((c for c in el if _local(c.tag) == name), None)


def _child_text(el: etree._Element, name: str) -> list[str]:
    child = _child(el, name)
    return list(child.itertext()) if child is not None else []


def _attr(el: etree._Element | None, name: str, default: str) -> str:
    return (el.get(name) if el is not None else None) or default


def _numbered(names: list[str], pattern: re.Pattern[str]) -> list[str]:
    found = [(int(m.group(1)), n) for n in names if (m := pattern.match(n))]
    return [n for _, n in sorted(found)]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for out_name, source in SOURCES.items():
        path = REPO / source if (REPO / source).exists() else CORPUS / source
        if not path.exists():
            print(f"missing source {source}", file=sys.stderr)
            return 1
        (OUT / out_name).write_bytes(hwpx_to_hwpml(path.read_bytes()))
        print(f"{out_name}: {(OUT / out_name).stat().st_size} bytes from {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
