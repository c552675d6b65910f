# -*- coding: utf-8 -*-
"""Render a document dict to plain text, HWPX (OWPML zip) or a text-layer PDF."""
import io
import zipfile
from xml.sax.saxutils import escape

FIXED_TS = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- text
def flatten_table(rows, sep):
    return "\n".join(sep.join(c.replace("\n", " ") for c in r) for r in rows)


def to_text(doc, rng, runon=False):
    sep = rng.choice([" | ", "|", "\t", " | "])
    parts = []
    if doc.get("header"):
        parts.append(doc["header"])
    for kind, v in doc["blocks"]:
        if kind == "p":
            parts.append(v)
        else:
            parts.append(flatten_table(v, sep))
    if doc.get("footer"):
        parts.append(doc["footer"])
    if runon:
        # join some neighbouring paragraphs into run-on lines
        out = []
        for p in parts:
            if out and "\n" not in p and len(out[-1]) < 160 and rng.random() < 0.55:
                out[-1] = out[-1] + " " + p
            else:
                out.append(p)
        parts = out
    return "\n".join(parts) + "\n", sep


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def ocr_noise(text, rng):
    """Apply OCR-like corruption; returns (text, kinds). Kinds are recorded in meta."""
    kinds = []
    lines = text.split("\n")
    out = []
    for ln in lines:
        s = ln
        r = rng.random()
        if r < 0.18 and any(ch.isdigit() for ch in s):
            s = s.translate(FW)
            kinds.append("fullwidth_digits")
        elif r < 0.30 and len(s) > 6:
            i = rng.randrange(0, max(1, len(s) - 6))
            seg = s[i:i + 4]
            if all("가" <= ch <= "힣" for ch in seg):
                s = s[:i] + " ".join(seg) + s[i + 4:]
                kinds.append("spaced_syllables")
        elif r < 0.40:
            s = s.replace("·", ".").replace("ㆍ", ".").replace("-", "‐")
            kinds.append("punct_confusion")
        elif r < 0.48:
            s = s.replace("1", "l", 1).replace("0", "O", 1)
            kinds.append("digit_letter_confusion")
        if len(s) > 44 and rng.random() < 0.35:
            k = rng.randrange(28, 44)
            s = s[:k] + "\n" + s[k:]
            kinds.append("hard_wrap")
        if rng.random() < 0.05:
            s = s + rng.choice([" ~", " .", " ,,", " '", " |"])
            kinds.append("stray_marks")
        out.append(s)
    text = "\n".join(out)
    # drop a few spaces
    if rng.random() < 0.6:
        chars = list(text)
        idx = [i for i, ch in enumerate(chars) if ch == " "]
        for i in sorted(rng.sample(idx, min(len(idx) // 12, 25)), reverse=True):
            del chars[i]
        text = "".join(chars)
        kinds.append("dropped_spaces")
    return text, sorted(set(kinds))


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


def _para(ids, text, extra=""):
    runs = []
    lines = text.split("\n")
    body = "".join(("<hp:t>%s</hp:t>" % escape(l)) if i == 0 else ("<hp:t><hp:lineBreak/>%s</hp:t>" % escape(l))
                   for i, l in enumerate(lines))
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s'
            '<hp:run charPrIDRef="0">%s</hp:run></hp:p>' % (ids(), extra, body))


def _sublist(ids, text):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" '
            'linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
            + _para(ids, text) + '</hp:subList>')


def _table(ids, rows):
    nr, nc = len(rows), max(len(r) for r in rows)
    w = 42520 // nc
    trs = []
    for ri, r in enumerate(rows):
        tcs = []
        for ci in range(nc):
            cell = r[ci] if ci < len(r) else ""
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1">%s'
                       '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       '<hp:cellSz width="%d" height="1000"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                       % (1 if ri == 0 else 0, _sublist(ids, cell), ci, ri, w))
        trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
    tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
           'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="1" noAdjust="0">'
           '<hp:sz width="42520" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
           % (ids(), nr, nc, nr * 1000, "".join(trs)))
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids(), tbl))


SECPR = ('<hp:run charPrIDRef="0"><hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" '
         'tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl></hp:run>')


def _hf_ctrl(ids, kind, text):
    return ('<hp:run charPrIDRef="0"><hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl></hp:run>'
            % (kind, ids(), _sublist(ids, text), kind))


HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              '<hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList><hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1">'
              '<hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="1"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '</hh:borderFill></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>' % NS)

CONTAINER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
             '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
             'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
             '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
             '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
             '</ocf:rootfiles></ocf:container>')

VERSION = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
           '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
           'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 0"/>')


def to_hwpx(doc, year):
    ids = _Ids()
    paras = []
    first_extra = SECPR
    if doc.get("header"):
        first_extra += _hf_ctrl(ids, "header", doc["header"])
    if doc.get("footer"):
        first_extra += _hf_ctrl(ids, "footer", doc["footer"])
    for i, (kind, v) in enumerate(doc["blocks"]):
        if kind == "p":
            paras.append(_para(ids, v, first_extra if i == 0 else ""))
        else:
            if i == 0:
                paras.append(_para(ids, "", first_extra))
            paras.append(_table(ids, v))
    sec = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(paras)))
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
           '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/" version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="CreatedDate" content="text">%04d-01-01T09:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
           '</opf:package>' % (escape(doc["title"]), year))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    # preview text: plain text, tables with tabs, truncated like Hangul's 1 KB-ish preview
    prv = []
    if doc.get("header"):
        prv.append(doc["header"])
    for kind, v in doc["blocks"]:
        prv.append(v if kind == "p" else flatten_table(v, "\t"))
    if doc.get("footer"):
        prv.append(doc["footer"])
    prvtext = "\r\n".join(prv)[:2048]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        def add(nm, data, stored=False):
            zi = zipfile.ZipInfo(nm, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", stored=True)
        add("version.xml", VERSION)
        add("META-INF/container.xml", CONTAINER)
        add("Contents/content.hpf", hpf)
        add("Contents/header.xml", HEADER_XML)
        add("Contents/section0.xml", sec)
        add("settings.xml", settings)
        add("Preview/PrvText.txt", prvtext.encode("utf-16-le") if False else prvtext)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
_FONT = None


def _font():
    global _FONT
    if _FONT is None:
        from reportlab import rl_config
        rl_config.invariant = 1
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NanumGothic", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
        _FONT = "NanumGothic"
    return _FONT


def _wrap(text, width, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    f = _font()
    out = []
    for raw in text.split("\n"):
        line = ""
        for ch in raw:
            if stringWidth(line + ch, f, size) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


def to_pdf(doc, year):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    f = _font()
    W, H = A4
    L, R, TOP, BOT = 56, W - 56, H - 70, 70
    bio = io.BytesIO()
    cv = canvas.Canvas(bio, pagesize=A4, invariant=1, pageCompression=0)
    cv.setTitle(doc["title"])
    cv.setAuthor("")
    cv.setCreator("")
    cv.setProducer("")
    state = {"page": 1, "y": TOP}

    def hf():
        cv.setFont(f, 9)
        if doc.get("header"):
            cv.drawCentredString(W / 2, H - 40, doc["header"])
        foot = "- %d -" % state["page"]
        if doc.get("footer"):
            cv.drawCentredString(W / 2, 48, doc["footer"])
            cv.drawCentredString(W / 2, 34, foot)
        else:
            cv.drawCentredString(W / 2, 40, foot)

    def newpage():
        cv.showPage()
        state["page"] += 1
        state["y"] = TOP
        hf()

    hf()
    size, lead = 10, 14
    for kind, v in doc["blocks"]:
        if kind == "p":
            for ln in _wrap(v, R - L, size):
                if state["y"] < BOT:
                    newpage()
                cv.setFont(f, size)
                cv.drawString(L, state["y"], ln)
                state["y"] -= lead
            state["y"] -= 3
        else:
            nc = max(len(r) for r in v)
            cw = (R - L) / nc
            for r in v:
                cells = [_wrap(r[i] if i < len(r) else "", cw - 6, 9) for i in range(nc)]
                h = max(len(c) for c in cells) * 12 + 6
                if state["y"] - h < BOT:
                    newpage()
                top = state["y"] + 10
                for i, c in enumerate(cells):
                    cv.rect(L + i * cw, top - h, cw, h)
                    cv.setFont(f, 9)
                    for j, ln in enumerate(c):
                        cv.drawString(L + i * cw + 3, top - 11 - j * 12, ln)
                state["y"] -= h
            state["y"] -= 8
    cv.showPage()
    cv.save()
    return bio.getvalue()
