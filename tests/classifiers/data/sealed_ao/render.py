# -*- coding: utf-8 -*-
"""Rendering back-ends for sens_ao: plain text, HWPX (OWPML zip), text PDF, scanned PDF."""
import io, os, re, zipfile
from xml.sax.saxutils import escape

FONT = '/usr/share/fonts/truetype/nanum/NanumGothic.ttf'
FONT_B = '/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf'
FONT_M = '/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf'
ZIP_DATE = (2026, 1, 5, 9, 0, 0)


def cell_line(row):
    return ' | '.join(row)


def logical_text(doc):
    """The logical text of a document (what the txt format holds and what meta.rendered_text records)."""
    out = []
    if doc.get('cover'):
        out.extend(doc['cover'])
        out.append('')
    out.extend(doc.get('header', []))
    out.append(doc['title'])
    for it in doc['body']:
        if isinstance(it, tuple) and it[0] == 'table':
            for r in it[1]:
                out.append(cell_line(r))
        else:
            out.append(it)
    out.extend(doc.get('footer', []))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


class _Ids:
    def __init__(self):
        self.n = 1000

    def __call__(self):
        self.n += 1
        return str(self.n)


def _p(ids, text, char=0, para=0, page_break=False, inner=''):
    t = '<hp:t>%s</hp:t>' % escape(text) if text != '' else '<hp:t/>'
    return ('<hp:p id="%s" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="%d">%s%s</hp:run></hp:p>') % (ids(), para, 1 if page_break else 0, char, inner, t)


def _sublist(ids, lines, char=0):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" '
            'linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
            + ''.join(_p(ids, l, char) for l in lines) + '</hp:subList>')


def _table(ids, rows):
    nr, nc = len(rows), max(len(r) for r in rows)
    W = 42520
    cw = W // nc
    s = ['<hp:p id="%s" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">' % ids()]
    s.append('<hp:tbl id="%s" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
             'lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" '
             'borderFillIDRef="2" noAdjust="0">' % (ids(), nr, nc))
    s.append('<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>' % (W, 1800 * nr))
    s.append('<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
             'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>')
    s.append('<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>')
    for ri, r in enumerate(rows):
        s.append('<hp:tr>')
        for ci in range(nc):
            txt = r[ci] if ci < len(r) else ''
            s.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">' % (1 if ri == 0 else 0))
            s.append(_sublist(ids, [txt], 1 if ri == 0 else 0))
            s.append('<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                     '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>' % (ci, ri, cw))
        s.append('</hp:tr>')
    s.append('</hp:tbl><hp:t/></hp:run></hp:p>')
    return ''.join(s)


HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              '<hh:head ' + NS + ' version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList>'
              '<hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="나눔고딕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="2">'
              '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/></hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill>'
              '</hh:borderFills>'
              '<hh:charProperties itemCnt="3">'
              '<hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
              '<hh:charPr id="2" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
              '</hh:charProperties>'
              '<hh:paraProperties itemCnt="2">'
              '<hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0"><hh:align horizontal="CENTER" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '</hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>')


def write_hwpx(path, doc, meta_title):
    ids = _Ids()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" '
             'memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')
    ctrl = ''
    if doc.get('header'):
        ctrl += '<hp:ctrl><hp:header id="1" applyPageType="BOTH">' + _sublist(ids, doc['header'], 1) + '</hp:header></hp:ctrl>'
    if doc.get('footer'):
        ctrl += '<hp:ctrl><hp:footer id="2" applyPageType="BOTH">' + _sublist(ids, doc['footer'], 0) + '</hp:footer></hp:ctrl>'
    paras = []
    first_inner = secpr + ctrl
    cover = doc.get('cover') or []
    if cover:
        paras.append(_p(ids, cover[0], 2, 1, inner=first_inner))
        for l in cover[1:]:
            paras.append(_p(ids, l, 1, 1))
        paras.append(_p(ids, doc['title'], 2, 1, page_break=True))
    else:
        paras.append(_p(ids, doc['title'], 2, 1, inner=first_inner))
    for it in doc['body']:
        if isinstance(it, tuple) and it[0] == 'table':
            paras.append(_table(ids, it[1]))
        else:
            paras.append(_p(ids, it))
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ' + NS + '>' + ''.join(paras) + '</hs:sec>'
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package ' + NS + ' version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">sens_ao</opf:meta>'
           '<opf:meta name="CreatedDate" content="text">2026-01-05T09:00:00Z</opf:meta>'
           '<opf:meta name="ModifiedDate" content="text">2026-01-05T09:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
           '</opf:package>') % escape(meta_title)
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '</ocf:rootfiles></ocf:container>')
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12.0.0.0"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    with zipfile.ZipFile(path, 'w') as z:
        def add(name, data, stored=False):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8'))
        add('mimetype', 'application/hwp+zip', stored=True)
        add('version.xml', version)
        add('META-INF/container.xml', container)
        add('META-INF/manifest.xml', manifest)
        add('Contents/content.hpf', hpf)
        add('Contents/header.xml', HEADER_XML)
        add('Contents/section0.xml', section)
        add('settings.xml', settings)


def hwpx_text(path):
    """All hp:t runs in section0.xml, one line per paragraph (header/footer sublists included)."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        assert z.read('mimetype') == b'application/hwp+zip'
        for n in ('META-INF/container.xml', 'Contents/content.hpf', 'Contents/header.xml', 'Contents/section0.xml'):
            ET.fromstring(z.read(n))
        root = ET.fromstring(z.read('Contents/section0.xml'))
    HP = '{http://www.hancom.co.kr/hwpml/2011/paragraph}'
    lines = []
    for p in root.iter(HP + 'p'):
        # direct text of this paragraph only (runs -> t), not nested sublists
        buf = []
        for run in p.findall(HP + 'run'):
            for t in run.findall(HP + 't'):
                buf.append(t.text or '')
        lines.append(''.join(buf))
    return '\n'.join(lines)


# ---------------------------------------------------------------- layout (shared by PDF and scan)
PW, PH = 595.27, 841.89
ML, MR, MT, MB = 62, 62, 70, 64


def _sw(s, size, bold=False):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(s, 'NanumB' if bold else 'Nanum', size)


def wrap(s, size, width, bold=False):
    """Word-wrap at spaces only (so joining wrapped lines with ' ' restores the string)."""
    if _sw(s, size, bold) <= width:
        return [s]
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        cand = w if cur == '' else cur + ' ' + w
        if _sw(cand, size, bold) <= width or cur == '':
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def layout(doc, stamp_style):
    """Return list of pages; each page is a list of ops.
    ops: ('text', x, y, size, bold, s, color) y = baseline from top; ('rect', x, y, w, h, color);
         ('stamp', cx, cy, s, size, color)  -- boxed stamp (text PDFs: text in box; scans: rotated red ink)."""
    pages = []
    header = doc.get('header', [])
    footer = doc.get('footer', [])
    stamps = set(doc.get('stamp_lines', []))

    def new_page():
        ops = []
        y = 40
        for h in header:
            if h in stamps:
                ops.append(('stamp', PW / 2, y + 2, h, 11, 'red'))
                y += 24
            else:
                ops.append(('text', PW / 2 - _sw(h, 9) / 2, y + 8, 9, False, h, 'black'))
                y += 14
        fy = PH - 30 - 14 * (len(footer) - 1)
        for f in footer:
            if f in stamps:
                ops.append(('stamp', PW / 2, fy - 6, f, 11, 'red'))
            else:
                ops.append(('text', ML, fy, 8.5, False, f, 'black'))
            fy += 14
        pages.append(ops)
        return ops, max(MT, y + 16)

    bottom = PH - MB - 14 * max(0, len(footer) - 1)
    if doc.get('cover'):
        ops, y = new_page()
        y = 240
        for i, c in enumerate(doc['cover']):
            if c in stamps:
                ops.append(('stamp', PW / 2, y, c, 20, 'red'))
                y += 50
            else:
                size = 18 if i == 0 else 12
                for l in wrap(c, size, PW - ML - MR, True):
                    ops.append(('text', PW / 2 - _sw(l, size, True) / 2, y, size, True, l, 'black'))
                    y += size * 1.9
    ops, y = new_page()
    for l in wrap(doc['title'], 16, PW - ML - MR, True):
        ops.append(('text', PW / 2 - _sw(l, 16, True) / 2, y + 10, 16, True, l, 'black'))
        y += 28
    y += 8
    size = 10.5
    lh = 17
    for it in doc['body']:
        if isinstance(it, tuple) and it[0] == 'table':
            rows = it[1]
            nc = max(len(r) for r in rows)
            fs = 9
            widths = [max(_sw(r[c] if c < len(r) else '', fs) for r in rows) + 10 for c in range(nc)]
            avail = PW - ML - MR
            while sum(widths) > avail and fs > 5.5:
                fs -= 0.5
                widths = [max(_sw(r[c] if c < len(r) else '', fs) for r in rows) + 8 for c in range(nc)]
            extra = (avail - sum(widths)) / nc if sum(widths) < avail else 0
            widths = [w + extra for w in widths]
            rh = fs + 9
            for ri, r in enumerate(rows):
                if y + rh > bottom:
                    ops, y = new_page()
                x = ML
                for c in range(nc):
                    ops.append(('rect', x, y, widths[c], rh, 'black'))
                    t = r[c] if c < len(r) else ''
                    if t in stamps:
                        ops.append(('text', x + 4, y + rh - 5, fs, True, t, 'red'))
                    else:
                        ops.append(('text', x + 4, y + rh - 5, fs, ri == 0, t, 'black'))
                    x += widths[c]
                y += rh
            y += 8
            continue
        if it in stamps:
            if y + 30 > bottom:
                ops, y = new_page()
            ops.append(('stamp', PW / 2, y + 8, it, 12, 'red'))
            y += 32
            continue
        if it == '':
            y += lh * 0.6
            continue
        for l in wrap(it, size, PW - ML - MR):
            if y + lh > bottom:
                ops, y = new_page()
            ops.append(('text', ML, y + 12, size, False, l, 'black'))
            y += lh
    return pages


def write_pdf(path, doc, meta_title):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import black, red
    pages = layout(doc, 'text')
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(meta_title)
    c.setAuthor('sens_ao synthetic')
    c.setCreator('sens_ao make_set.py')
    c.setProducer('ReportLab')
    for ops in pages:
        for op in ops:
            if op[0] == 'text':
                _, x, y, size, bold, s, col = op
                c.setFillColor(red if col == 'red' else black)
                c.setFont('NanumB' if bold else 'Nanum', size)
                c.drawString(x, PH - y, s)
            elif op[0] == 'rect':
                _, x, y, w, h, col = op
                c.setStrokeColor(black)
                c.setLineWidth(0.5)
                c.rect(x, PH - y - h, w, h, stroke=1, fill=0)
            elif op[0] == 'stamp':
                _, cx, cy, s, size, col = op
                w = _sw(s, size, True) + 14
                c.setStrokeColor(red)
                c.setLineWidth(1.2)
                c.rect(cx - w / 2, PH - cy - size * 0.75, w, size * 1.7, stroke=1, fill=0)
                c.setFillColor(red)
                c.setFont('NanumB', size)
                c.drawString(cx - w / 2 + 7, PH - cy, s)
        c.showPage()
    c.save()


def write_scan_pdf(path, doc, meta_title, rng, scratch):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops
    from reportlab.pdfgen import canvas
    dpi = 150
    k = dpi / 72.0
    W, H = int(PW * k), int(PH * k)
    pages = layout(doc, 'scan')
    fonts = {}

    def F(size, bold):
        key = (round(size * k), bold)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(FONT_B if bold else FONT, key[0])
        return fonts[key]
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(meta_title)
    c.setCreator('sens_ao scanner simulation')
    for pi, ops in enumerate(pages):
        im = Image.new('RGB', (W, H), (255, 255, 255))
        d = ImageDraw.Draw(im)
        stamp_layers = []
        for op in ops:
            if op[0] == 'text':
                _, x, y, size, bold, s, col = op
                f = F(size, bold)
                d.text((x * k, y * k), s, font=f, fill=(30, 30, 30) if col != 'red' else (200, 30, 30), anchor='ls')
            elif op[0] == 'rect':
                _, x, y, w, h, col = op
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=(40, 40, 40), width=1)
            elif op[0] == 'stamp':
                stamp_layers.append(op)
        for op in stamp_layers:
            _, cx, cy, s, size, col = op
            f = F(size * 1.15, True)
            tw = d.textlength(s, font=f)
            sw, sh = int(tw + 24), int(size * k * 2.1)
            st = Image.new('RGBA', (sw, sh), (0, 0, 0, 0))
            sd = ImageDraw.Draw(st)
            sd.rectangle([2, 2, sw - 3, sh - 3], outline=(205, 35, 40, 215), width=3)
            sd.text((12, sh / 2), s, font=f, fill=(205, 35, 40, 215), anchor='lm')
            st = st.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)
            ox = int(cx * k - st.size[0] / 2 + rng.randint(-15, 15))
            oy = int(cy * k - st.size[1] / 2 + rng.randint(-4, 4))
            im.paste(st, (ox, oy), st)
        # scanner artefacts: slight skew, blur, paper tone, specks
        im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=(250, 250, 248))
        im = im.filter(ImageFilter.GaussianBlur(0.55))
        noise = Image.frombytes('L', (W, H), rng.randbytes(W * H))
        tone = noise.point(lambda v: 228 + (v * 27) // 255).convert('RGB')
        im = ImageChops.multiply(im, tone.point(lambda v: min(255, v + 0)))
        im = ImageChops.add(ImageChops.multiply(im, Image.new('RGB', (W, H), (255, 255, 255))), Image.new('RGB', (W, H), (0, 0, 0)))
        specks = noise.point(lambda v: 60 if v < 2 else 255).convert('RGB')
        im = ImageChops.darker(im, specks)
        jp = os.path.join(scratch, 'page_%d.jpg' % pi)
        im.save(jp, 'JPEG', quality=62, optimize=False)
        c.drawImage(jp, 0, 0, width=PW, height=PH)
        c.showPage()
    c.save()
    return len(pages)
