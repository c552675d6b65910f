# -*- coding: utf-8 -*-
"""Renderers: plain text, HWPX (OWPML zip) and text-layer PDF (reportlab, invariant)."""
import io
import zipfile
from xml.sax.saxutils import escape

ZIP_DT = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- text
def flatten_table(rows, style):
    out = []
    for r in rows:
        if style == "pipe":
            out.append("| " + " | ".join(r) + " |")
        elif style == "bar":
            out.append("|".join(r))
        elif style == "tab":
            out.append("\t".join(r))
        else:  # runon
            out.append(" ".join(r))
    if style == "runon":
        return [" ".join(out)]
    return out


def doc_lines(doc, table_style="pipe"):
    L = []
    L += doc.get("top", [])
    if doc.get("header"):
        L.append(doc["header"])
    L += doc.get("head", [])
    if doc.get("title"):
        L.append(doc["title_line"] if doc.get("title_line") else doc["title"])
    for it in doc.get("body", []):
        if isinstance(it, dict):
            L += flatten_table(it["table"], table_style)
        else:
            L.append(it)
    for it in doc.get("closing", []):
        if isinstance(it, dict):
            L += flatten_table(it["table"], table_style)
        else:
            L.append(it)
    if doc.get("footer"):
        L.append(doc["footer"])
    L += doc.get("bottom", [])
    return L


def render_text(doc, table_style="pipe", runon=False):
    L = doc_lines(doc, table_style)
    if runon:
        # merge body lines into long run-on lines (copy/paste from a viewer)
        merged, buf = [], []
        for x in L:
            buf.append(x.strip())
            if len(" ".join(buf)) > 160:
                merged.append(" ".join(buf))
                buf = []
        if buf:
            merged.append(" ".join(buf))
        L = merged
    return "\n".join(L)


OCR_MAP = [("ㅇ", "o"), ("0", "O"), ("1", "l"), ("○", "ㅇ"), ("·", "."), ("ㆍ", "."), ("의", "익"),
           ("를", "릏"), ("니다", "니 다"), ("은", "은"), ("l", "1"), ("과", "괴"), ("에", "예"), ("다.", "다,")]


def ocr_noise(text, rng, protect=()):
    """Light OCR noise. Strings in `protect` (cues) are kept readable except for spacing."""
    FW = str.maketrans("0123456789", "０１２３４５６７８９")
    out = []
    for line in text.split("\n"):
        if any(p in line for p in protect):
            if rng.random() < 0.3:
                line = line.replace(":", " :")
            out.append(line)
            continue
        chars = list(line)
        for i, ch in enumerate(chars):
            r = rng.random()
            if r < 0.02:
                for a, b in OCR_MAP:
                    if ch == a and len(a) == 1:
                        chars[i] = b
                        break
            elif r < 0.03 and ch.isdigit():
                chars[i] = ch.translate(FW)
            elif r < 0.036 and ch != " ":
                chars[i] = ch + " "
        line = "".join(chars)
        if len(line) > 40 and rng.random() < 0.25:
            k = rng.randint(15, len(line) - 10)
            line = line[:k] + "\n" + line[k:]
        out.append(line)
    t = "\n".join(out)
    t = t.replace("니다.", "니다 .") if rng.random() < 0.3 else t
    return t


# ---------------------------------------------------------------- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"')


class _Ids:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def _p(text, ids, para=0, char=0, extra=""):
    return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="%d">%s<hp:t>%s</hp:t></hp:run></hp:p>' % (ids(), para, char, extra, escape(text)))


def _sublist(lines, ids, char=0):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
            + "".join(_p(x, ids, 1, char) for x in lines) + '</hp:subList>')


def _tbl(rows, ids):
    nr, nc = len(rows), max(len(r) for r in rows)
    w = 42520 // nc
    s = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
         '<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
         'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" '
         'borderFillIDRef="2" noAdjust="0"><hp:sz width="42520" widthRelTo="ABSOLUTE" height="%d" '
         'heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" '
         'allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" '
         'vertOffset="0" horzOffset="0"/><hp:outMargin left="283" right="283" top="283" bottom="283"/>'
         '<hp:inMargin left="510" right="510" top="141" bottom="141"/>' % (ids(), ids(), nr, nc, nr * 1800)]
    for ri, r in enumerate(rows):
        s.append("<hp:tr>")
        for ci in range(nc):
            cell = r[ci] if ci < len(r) else ""
            s.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                     % (1 if ri == 0 else 0))
            s.append(_sublist([cell], ids))
            s.append('<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                     '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/>'
                     '</hp:tc>' % (ci, ri, w))
        s.append("</hp:tr>")
    s.append("</hp:tbl><hp:t/></hp:run></hp:p>")
    return "".join(s)


def _secpr():
    return ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
            'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
            '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" '
            'tbl="0" equation="0"/><hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" '
            'border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
            '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" '
            'footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')


def hwpx_bytes(doc, title):
    ids = _Ids()
    paras = []
    hdr = doc.get("header") or ""
    ftr = doc.get("footer") or ""
    ctrl = '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>'
    if hdr:
        ctrl += ('<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                 % (ids(), _sublist([hdr], ids, 1)))
    if ftr:
        ctrl += ('<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                 % (ids(), _sublist([ftr], ids, 1)))
    first = doc.get("top", [])
    first_text = first[0] if first else ""
    paras.append('<hp:p id="%d" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                 '<hp:run charPrIDRef="2">%s%s<hp:t>%s</hp:t></hp:run></hp:p>'
                 % (ids(), _secpr(), ctrl, escape(first_text)))
    for x in first[1:]:
        paras.append(_p(x, ids, 1, 2))
    for x in doc.get("head", []):
        paras.append(_p(x, ids))
    if doc.get("title"):
        paras.append(_p(doc.get("title_line") or doc["title"], ids, 1, 1))
    for it in doc.get("body", []):
        if isinstance(it, dict):
            paras.append(_tbl(it["table"], ids))
        else:
            paras.append(_p(it, ids))
    for x in doc.get("closing", []):
        paras.append(_tbl(x["table"], ids) if isinstance(x, dict) else _p(x, ids))
    for x in doc.get("bottom", []):
        paras.append(_p(x, ids, 1, 2))
    section = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(paras)))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
              '<hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" '
              'type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/></hh:borderFills>'
              '<hh:charProperties itemCnt="3"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" '
              'useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"/><hh:charPr id="1" height="1600" '
              'textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:bold/></hh:charPr><hh:charPr id="2" height="1200" textColor="#FF0000" shadeColor="none" useFontSpace="0" '
              'useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:bold/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="2"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" '
              'snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/>'
              '</hh:paraPr><hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" '
              'suppressLineNumbers="0" checked="0"><hh:align horizontal="CENTER" vertical="BASELINE"/></hh:paraPr>'
              '</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" '
              'paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>' % NS)
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package '
           'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="" '
           'unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text"></opf:meta></opf:metadata><opf:manifest>'
           '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/>'
           '</opf:spine></opf:package>' % escape(title))
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container '
                 'xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion '
               'xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" '
               'minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" '
               'appVersion="11, 0, 0, 0"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting '
                'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"><ha:CaretPosition listIDRef="0" paraIDRef="0" '
                'pos="0"/></ha:HWPApplicationSetting>')
    prv = "\r\n".join(doc_lines(doc, "tab"))[:1024]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        def add(nm, data, comp):
            zi = zipfile.ZipInfo(nm, date_time=ZIP_DT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", zipfile.ZIP_STORED)
        add("version.xml", version, zipfile.ZIP_DEFLATED)
        add("META-INF/container.xml", container, zipfile.ZIP_DEFLATED)
        add("Contents/content.hpf", hpf, zipfile.ZIP_DEFLATED)
        add("Contents/header.xml", header, zipfile.ZIP_DEFLATED)
        add("Contents/section0.xml", section, zipfile.ZIP_DEFLATED)
        add("settings.xml", settings, zipfile.ZIP_DEFLATED)
        add("Preview/PrvText.txt", prv, zipfile.ZIP_DEFLATED)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
_FONT_OK = [False]
FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONTB = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"


def _fonts():
    if _FONT_OK[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NG", FONT))
    pdfmetrics.registerFont(TTFont("NGB", FONTB))
    _FONT_OK[0] = True


def pdf_bytes(doc, title):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    _fonts()
    W, H = A4
    left, right, top, bottom = 56, W - 56, H - 70, 70
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("sens_j synthetic")
    c.setCreator("sens_j make_set.py")
    items = []  # (kind, payload)
    for x in doc.get("top", []):
        items.append(("stamp", x))
    for x in doc.get("head", []):
        items.append(("line", x))
    if doc.get("title"):
        items.append(("title", doc.get("title_line") or doc["title"]))
    for it in doc.get("body", []):
        if isinstance(it, dict):
            items.append(("table", it["table"]))
        else:
            items.append(("line", it))
    for x in doc.get("closing", []):
        items.append(("table", x["table"]) if isinstance(x, dict) else ("line", x))
    for x in doc.get("bottom", []):
        items.append(("stamp", x))

    def wrap(text, font, size, width):
        out, cur = [], ""
        for ch in text:
            if stringWidth(cur + ch, font, size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return out

    pages = [[]]
    y = top
    ops = []  # list of pages of draw ops

    def newpage():
        pages.append([])
        return top

    for kind, pl in items:
        if kind == "table":
            rows = pl
            nc = max(len(r) for r in rows)
            cw = (right - left) / nc
            for ri, r in enumerate(rows):
                cells = [wrap(r[i] if i < len(r) else "", "NG", 8.5, cw - 6) for i in range(nc)]
                hgt = 12 * max(len(cl) for cl in cells) + 6
                if y - hgt < bottom:
                    y = newpage()
                pages[-1].append(("row", y, hgt, cells, cw, ri == 0))
                y -= hgt
            y -= 6
        else:
            font, size = ("NGB", 15) if kind == "title" else (("NGB", 12) if kind == "stamp" else ("NG", 10))
            for ln in wrap(pl, font, size, right - left):
                if y - size - 4 < bottom:
                    y = newpage()
                pages[-1].append((kind, y, ln, font, size))
                y -= size + 6
            if kind == "title":
                y -= 6
    n = len(pages)
    for pi, ops in enumerate(pages):
        c.setFont("NG", 8)
        if doc.get("header"):
            c.drawCentredString(W / 2, H - 40, doc["header"])
            c.line(left, H - 46, right, H - 46)
        ftxt = doc.get("footer") or ""
        c.line(left, 52, right, 52)
        c.drawCentredString(W / 2, 40, (ftxt + "   " if ftxt else "") + "- %d / %d -" % (pi + 1, n))
        for op in ops:
            if op[0] == "row":
                _, yy, hgt, cells, cw, hdr = op
                for ci, cl in enumerate(cells):
                    x0 = left + ci * cw
                    c.rect(x0, yy - hgt, cw, hgt, stroke=1, fill=0)
                    c.setFont("NGB" if hdr else "NG", 8.5)
                    for li, t in enumerate(cl):
                        c.drawString(x0 + 3, yy - 11 - 12 * li, t)
            else:
                kind, yy, ln, font, size = op
                c.setFont(font, size)
                if kind in ("title", "stamp"):
                    if kind == "stamp":
                        c.setFillColorRGB(0.8, 0, 0)
                    c.drawCentredString(W / 2, yy - size, ln)
                    c.setFillColorRGB(0, 0, 0)
                else:
                    c.drawString(left, yy - size, ln)
        c.showPage()
    c.save()
    return bio.getvalue()
