# -*- coding: utf-8 -*-
"""Renderers for sens_i: plain text, HWPX (OWPML zip) and text-layer PDF.

A document is a `Doc` (see make_set.py) with:
  run_head / run_foot : running page header / footer lines (every page)
  top / bottom        : stamp lines printed at the top / bottom of the body
  blocks              : ('p', text) | ('t', rows) | ('c', text) centred paragraph
All output is deterministic (fixed zip timestamps, reportlab invariant mode).
"""
import io
import zipfile
from xml.sax.saxutils import escape

ZIP_DT = (2000, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- text
def flatten_table(rows, style):
    out = []
    for r in rows:
        if style == "pipe":
            out.append(" | ".join(r))
        elif style == "pipe_tight":
            out.append("|" + "|".join(r) + "|")
        elif style == "tab":
            out.append("\t".join(r))
        elif style == "angle":
            out.append("".join("<%s>" % c for c in r))
        else:  # spaces
            out.append("  ".join(r))
    return out


def to_text(doc, table_style="pipe", runon=False, with_running=False):
    lines = []
    if with_running or doc.head_is_cue:
        lines += doc.run_head
    lines += doc.top
    paras = []
    for b in doc.blocks:
        if b[0] in ("p", "c"):
            paras.append(b[1])
        elif b[0] == "t":
            paras.append("\n".join(flatten_table(b[1], table_style)))
    if runon:
        # run-on: paragraphs glued with a single space, except tables
        merged = []
        buf = []
        for b, s in zip(doc.blocks, paras):
            if b[0] == "t":
                if buf:
                    merged.append(" ".join(buf))
                    buf = []
                merged.append(s)
            else:
                buf.append(s.replace("\n", " "))
        if buf:
            merged.append(" ".join(buf))
        paras = merged
    lines += paras
    lines += doc.bottom
    if with_running or doc.foot_is_cue:
        lines += doc.run_foot
    return "\n".join(lines)


# ---------------------------------------------------------------- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              '<hh:head ' + NS + ' version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList>'
              '<hh:fontfaces itemCnt="2">'
              '<hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '</hh:fontfaces>'
              '<hh:borderFills itemCnt="2">'
              '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '</hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '</hh:borderFill>'
              '</hh:borderFills>'
              '<hh:charProperties itemCnt="3">'
              '<hh:charPr id="0" height="1100" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1400" textColor="#FF0000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
              '<hh:charPr id="2" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
              '</hh:charProperties>'
              '<hh:paraProperties itemCnt="2">'
              '<hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0"><hh:align horizontal="CENTER" vertical="BASELINE"/></hh:paraPr>'
              '</hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>')

VERSION_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 0"/>')

CONTAINER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                 '</ocf:rootfiles></ocf:container>')

SETTINGS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')


def _content_hpf(title, creator, date):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/" '
            'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" version="" unique-identifier="" id="">'
            '<opf:metadata><opf:title>' + escape(title) + '</opf:title><opf:language>ko</opf:language>'
            '<opf:meta name="creator" content="text">' + escape(creator) + '</opf:meta>'
            '<opf:meta name="subject" content="text"></opf:meta>'
            '<opf:meta name="CreatedDate" content="text">' + escape(date) + '</opf:meta>'
            '</opf:metadata><opf:manifest>'
            '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
            '</opf:manifest><opf:spine>'
            '<opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/>'
            '</opf:spine></opf:package>')


class _Ids:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


def _run(text, cpr=0):
    return '<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run>' % (cpr, escape(text))


def _para(ids, text, ppr=0, cpr=0, extra=""):
    return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s%s</hp:p>'
            % (ids.next(), ppr, extra, _run(text, cpr)))


def _sublist(ids, lines, ppr=1, cpr=0, valign="TOP"):
    ps = "".join(_para(ids, l, ppr, cpr) for l in lines) or _para(ids, "", ppr, cpr)
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" '
            'linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
            % (valign, ps))


def _table(ids, rows):
    nrow = len(rows)
    ncol = max(len(r) for r in rows)
    width = 42520
    cw = width // ncol
    trs = []
    for ri, r in enumerate(rows):
        tcs = []
        for ci in range(ncol):
            cell = r[ci] if ci < len(r) else ""
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       '%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                       % (1 if ri == 0 else 0, _sublist(ids, cell.split("\n"), 0, 0, "CENTER"), ci, ri, cw))
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
           'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
           '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
           'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
           '%s</hp:tbl>' % (ids.next(), nrow, ncol, width, 1800 * nrow, "".join(trs)))
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids.next(), tbl))


def to_hwpx(doc):
    ids = _Ids()
    sec_pr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
              'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
              '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
              '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
              '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
              'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
              '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
              '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
              '</hp:secPr>')
    head_cpr = 1 if doc.head_is_cue else 0
    foot_cpr = 1 if doc.foot_is_cue else 0
    ctrl = ('<hp:run charPrIDRef="0">' + sec_pr +
            '<hp:ctrl><hp:header id="1" applyPageType="BOTH">' + _sublist(ids, doc.run_head, 1, head_cpr) + '</hp:header></hp:ctrl>'
            '<hp:ctrl><hp:footer id="2" applyPageType="BOTH">' + _sublist(ids, doc.run_foot, 1, foot_cpr) + '</hp:footer></hp:ctrl>'
            '<hp:ctrl><hp:pageNum pos="BOTTOM_RIGHT" formatType="DIGIT" sideChar="-"/></hp:ctrl>'
            '</hp:run>')
    body = []
    first = True
    items = [("stamp", s) for s in doc.top] + list(doc.blocks) + [("stamp", s) for s in doc.bottom]
    for b in items:
        extra = ctrl if first else ""
        if b[0] == "t":
            if first:
                body.append(_para(ids, "", 0, 0, extra))
            body.append(_table(ids, b[1]))
        elif b[0] == "stamp":
            body.append(_para(ids, b[1], 1, 1, extra))
        elif b[0] == "c":
            body.append(_para(ids, b[1], 1, 2, extra))
        else:
            lines = b[1].split("\n")
            body.append(_para(ids, lines[0], 0, 0, extra))
            for l in lines[1:]:
                body.append(_para(ids, l))
        first = False
    sec = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ' + NS + '>' + "".join(body) + '</hs:sec>')
    prv = to_text(doc, table_style="angle", with_running=False)
    prv = prv[:1024]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def add(name, data, compress=True):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        add("mimetype", "application/hwp+zip", compress=False)
        add("version.xml", VERSION_XML)
        add("META-INF/container.xml", CONTAINER_XML)
        add("Contents/content.hpf", _content_hpf(doc.title, doc.creator, doc.date_iso))
        add("Contents/header.xml", HEADER_XML)
        add("Contents/section0.xml", sec)
        add("settings.xml", SETTINGS_XML)
        add("Preview/PrvText.txt", prv.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- PDF
_FONT_OK = []


def _fonts():
    if _FONT_OK:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NanumGothic", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
    pdfmetrics.registerFont(TTFont("NanumGothicBold", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"))
    _FONT_OK.append(1)


def to_pdf(doc):
    from reportlab import rl_config
    rl_config.invariant = 1
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

    body = ParagraphStyle("b", fontName="NanumGothic", fontSize=10, leading=15, wordWrap="CJK")
    centre = ParagraphStyle("c", parent=body, fontName="NanumGothicBold", fontSize=14, leading=20, alignment=1)
    stamp = ParagraphStyle("s", parent=body, fontName="NanumGothicBold", fontSize=12, leading=17, alignment=1,
                           textColor=colors.red)
    cell = ParagraphStyle("t", parent=body, fontSize=8.5, leading=11)

    def esc(s):
        return escape(s).replace("\n", "<br/>")

    story = []
    for s in doc.top:
        story.append(Paragraph(esc(s), stamp))
    for b in doc.blocks:
        if b[0] == "p":
            story.append(Paragraph(esc(b[1]), body))
            story.append(Spacer(1, 3))
        elif b[0] == "c":
            story.append(Paragraph(esc(b[1]), centre))
            story.append(Spacer(1, 6))
        elif b[0] == "t":
            ncol = max(len(r) for r in b[1])
            data = [[Paragraph(esc(r[i] if i < len(r) else ""), cell) for i in range(ncol)] for r in b[1]]
            t = Table(data, colWidths=[(170 * mm) / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 5))
    for s in doc.bottom:
        story.append(Paragraph(esc(s), stamp))

    head_col = colors.red if doc.head_is_cue else colors.black
    foot_col = colors.red if doc.foot_is_cue else colors.black

    def on_page(c, d):
        c.saveState()
        w, h = A4
        c.setFont("NanumGothicBold" if doc.head_is_cue else "NanumGothic", 9)
        c.setFillColor(head_col)
        y = h - 12 * mm
        for l in doc.run_head:
            c.drawCentredString(w / 2, y, l)
            y -= 11
        c.setFillColor(foot_col)
        c.setFont("NanumGothicBold" if doc.foot_is_cue else "NanumGothic", 9)
        y = 14 * mm
        for l in doc.run_foot:
            c.drawCentredString(w / 2, y, l)
            y -= 11
        c.setFillColor(colors.black)
        c.setFont("NanumGothic", 8)
        c.drawRightString(w - 18 * mm, 8 * mm, "- %d -" % d.page)
        c.restoreState()

    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=26 * mm,
                           bottomMargin=26 * mm, title=doc.title, author=doc.creator, subject="", creator="sens_i",
                           producer="sens_i")
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
