# -*- coding: utf-8 -*-
"""Core of the sens_c generator: cue markers, OCR noise, the document model and the
three renderers (plain text, HWPX/OWPML, PDF).  Imported by make_set.py.
Everything here is deterministic given the random.Random instances passed in."""
import io
import re
import zipfile
from xml.sax.saxutils import escape as _xesc

# ---------------------------------------------------------------------------
# cue markers: U+E000 <id> U+E001 ... U+E002  (private-use code points, stripped
# before anything is written)
MO, MM, MC = '\uE000', '\uE001', '\uE002'
MARK_RE = re.compile('\uE000(\\d+)\uE001|\uE002')


def strip_markers(s):
    """Return (clean string, {cue_id: (start, end)}) for a marked string."""
    out, spans, stack = [], {}, []
    pos = n = 0
    for m in MARK_RE.finditer(s):
        seg = s[pos:m.start()]
        out.append(seg)
        n += len(seg)
        if m.group(1) is not None:
            stack.append((int(m.group(1)), n))
        else:
            cid, st = stack.pop()
            spans[cid] = (st, n)
        pos = m.end()
    out.append(s[pos:])
    return ''.join(out), spans


def clean(s):
    return strip_markers(s)[0]


def xesc(s):
    return _xesc(s, {'"': '&quot;'})

# ---------------------------------------------------------------------------
# OCR noise.  Applied to text segments only; markers pass through untouched.
CONFUSE = {
    'Ⅲ': ['III', 'lll', 'Ill', 'IIl', '111'],
    'Ⅱ': ['II', 'll', 'Il', '11'],
    'Ⅰ': ['I', 'l', '1'],
    '·': ['.', '‧', ','], 'ㆍ': ['·', '.', ' '],
    '○': ['O', '0', 'o'], '□': ['ㅁ', '口', '[]'],
    '-': ['—', '‐', '－', '~'],
    '개': ['게'], '급': ['굽', '급'], '제': ['재'], '항': ['향'],
    '(': ['{', '('], ')': [')', '}', ']'],
}
FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
HANGUL_RUN = re.compile('[\uAC00-\uD7A3]{2,4}')


def _noise_segment(seg, rng, lvl, ops):
    # 1) spaced syllables for some short Hangul runs
    def sp(m):
        if rng.random() < 0.10 * lvl:
            ops.add('spaced_syllables')
            return ' '.join(m.group(0))
        return m.group(0)
    seg = HANGUL_RUN.sub(sp, seg)
    out = []
    for ch in seg:
        r = rng.random()
        if ch in CONFUSE and r < (0.35 if ch in 'ⅢⅡⅠ' else 0.06) * lvl:
            out.append(rng.choice(CONFUSE[ch]))
            ops.add('confusable')
        elif ch in FULLWIDTH and r < 0.04 * lvl:
            out.append(FULLWIDTH[ch])
            ops.add('fullwidth_digit')
        elif ch == ' ' and r < 0.015 * lvl:
            out.append('\n')
            ops.add('hard_wrap')
        elif ch == ' ' and r < 0.05 * lvl:
            out.append('  ')
            ops.add('double_space')
        else:
            out.append(ch)
    return ''.join(out)


def ocr_noise(s, rng, lvl, ops):
    parts, pos = [], 0
    for m in MARK_RE.finditer(s):
        parts.append(_noise_segment(s[pos:m.start()], rng, lvl, ops))
        parts.append(m.group(0))
        pos = m.end()
    parts.append(_noise_segment(s[pos:], rng, lvl, ops))
    return ''.join(parts)

# ---------------------------------------------------------------------------
class Doc:
    """Document model.  header/footer: page header/footer lines (stamps etc.);
    blocks: ('p', str, style) | ('table', rows, style) | ('box', str, style) | ('blank',)."""

    def __init__(self, template, genre):
        self.template = template
        self.genre = genre
        self.header, self.footer, self.blocks, self.cues = [], [], [], []
        self.info = {}

    def cue(self, kind, s, decides=None, note=None):
        cid = len(self.cues)
        self.cues.append({'id': cid, 'kind': kind, 'string': s, 'decides': decides, 'note': note})
        return f'{MO}{cid}{MM}{s}{MC}'

    def p(self, s='', **style):
        self.blocks.append(('p', s, style))

    def blank(self):
        self.blocks.append(('p', '', {}))

    def table(self, rows, **style):
        self.blocks.append(('table', [list(r) for r in rows], style))

    def box(self, s, **style):
        self.blocks.append(('box', s, style))

    def apply_noise(self, rng, lvl):
        ops = set()
        self.header = [ocr_noise(x, rng, lvl, ops) for x in self.header]
        self.footer = [ocr_noise(x, rng, lvl, ops) for x in self.footer]
        nb = []
        for b in self.blocks:
            if b[0] == 'table':
                nb.append(('table', [[ocr_noise(c, rng, lvl, ops) for c in row] for row in b[1]], b[2]))
            else:
                nb.append((b[0], ocr_noise(b[1], rng, lvl, ops), b[2]))
        self.blocks = nb
        return sorted(ops)

# ---------------------------------------------------------------------------
# plain-text renderer


def _wlen(s):
    # display width: CJK counts 2
    return sum(2 if ord(c) > 0x1100 else 1 for c in s)


def render_table_text(rows, style):
    cl = [[clean(c) for c in r] for r in rows]
    if style == 'pipe':
        return '\n'.join('| ' + ' | '.join(r) + ' |' for r in rows)
    if style == 'bar':
        return '\n'.join(' | '.join(r) for r in rows)
    if style == 'tab':
        return '\n'.join('\t'.join(r) for r in rows)
    # 'spaced': pad columns to display width
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in cl:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], _wlen(c))
    lines = []
    for r, rc in zip(rows, cl):
        cells = []
        for i, (c, cc) in enumerate(zip(r, rc)):
            pad = widths[i] - _wlen(cc) if i < len(r) - 1 else 0
            cells.append(c + ' ' * pad)
        lines.append('  '.join(cells).rstrip())
    return '\n'.join(lines)


def render_box_text(s, style):
    c = clean(s)
    if style == 'frame':
        w = _wlen(c) + 2
        return '┌' + '─' * w + '┐\n│ ' + s + ' │\n└' + '─' * w + '┘'
    if style == 'bracket':
        return '【 ' + s + ' 】'
    if style == 'square':
        return '[' + s + ']'
    if style == 'right':
        return ' ' * max(0, 60 - _wlen(c)) + s
    return s


def render_text(doc, table_style='spaced', box_style='frame', header_align='center'):
    """Return (text, [(cue_id, start, end, where)])."""
    pieces = []  # (where, marked string)
    for h in doc.header:
        if header_align == 'center':
            pieces.append(('header', ' ' * max(0, (60 - _wlen(clean(h))) // 2) + h))
        elif header_align == 'right':
            pieces.append(('header', ' ' * max(0, 60 - _wlen(clean(h))) + h))
        else:
            pieces.append(('header', h))
    if doc.header:
        pieces.append(('header', ''))
    ti = 0
    for b in doc.blocks:
        if b[0] == 'p':
            st = b[2]
            s = b[1]
            if st.get('align') == 'center':
                s = ' ' * max(0, (60 - _wlen(clean(s))) // 2) + s
            elif st.get('align') == 'right':
                s = ' ' * max(0, 60 - _wlen(clean(s))) + s
            pieces.append(('body', s))
        elif b[0] == 'table':
            pieces.append((f'table[{ti}]', render_table_text(b[1], b[2].get('text_style', table_style))))
            ti += 1
        elif b[0] == 'box':
            pieces.append(('textbox', render_box_text(b[1], b[2].get('text_style', box_style))))
    if doc.footer:
        pieces.append(('footer', ''))
    for f in doc.footer:
        pieces.append(('footer', f))
    out, cues, off = [], [], 0
    for where, s in pieces:
        s = '\n'.join(l.rstrip() for l in s.split('\n'))
        c, spans = strip_markers(s)
        for cid, (a, e) in spans.items():
            cues.append((cid, off + a, off + e, where))
        out.append(c)
        off += len(c) + 1
    text = '\n'.join(out).rstrip('\n') + '\n'
    return text, cues


# ---------------------------------------------------------------------------
# HWPX (OWPML) writer
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" '
      'xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/" '
      'xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
      'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" '
      'xmlns:epub="http://www.idpf.org/2007/ops" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')

FONT_LANGS = ['HANGUL', 'LATIN', 'HANJA', 'JAPANESE', 'OTHER', 'SYMBOL', 'USER']


def _border(kind):
    t = 'SOLID' if kind == 'solid' else 'NONE'
    sides = ''.join(f'<hh:{s} type="{t}" width="0.12 mm" color="#000000"/>'
                    for s in ('leftBorder', 'rightBorder', 'topBorder', 'bottomBorder'))
    return sides + '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/>'


def header_xml(font_face):
    fonts = ''.join(
        f'<hh:fontface lang="{l}" fontCnt="1"><hh:font id="0" face="{font_face}" type="TTF" isEmbedded="0">'
        f'<hh:typeInfo familyType="FCAT_GOTHIC" weight="6" proportion="0" contrast="0" strokeVariation="1" '
        f'armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font></hh:fontface>' for l in FONT_LANGS)
    bfs = ''
    for i, kind in ((1, 'none'), (2, 'solid'), (3, 'solid')):
        bfs += (f'<hh:borderFill id="{i}" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                f'<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
                f'{_border(kind)}</hh:borderFill>')

    def charpr(i, h, bold, color):
        b = '<hh:bold/>' if bold else ''
        return (f'<hh:charPr id="{i}" height="{h}" textColor="{color}" shadeColor="none" useFontSpace="0" '
                f'useKerning="0" symMark="NONE" borderFillIDRef="1">'
                f'<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                f'<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                f'<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                f'<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                f'<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>{b}'
                f'<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                f'<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>')
    chars = charpr(0, 1100, False, '#000000') + charpr(1, 1600, True, '#000000') + charpr(2, 1200, True, '#C00000')

    def parapr(i, align):
        return (f'<hh:paraPr id="{i}" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" '
                f'suppressLineNumbers="0" checked="0"><hh:align horizontal="{align}" vertical="BASELINE"/>'
                f'<hh:heading type="NONE" idRef="0" level="0"/>'
                f'<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" '
                f'keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                f'<hh:autoSpacing eAsianEng="0" eAsianNum="0"/>'
                f'<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/>'
                f'<hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/>'
                f'<hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                f'<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                f'<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" '
                f'connect="0" ignoreMargin="0"/></hh:paraPr>')
    paras = parapr(0, 'JUSTIFY') + parapr(1, 'CENTER') + parapr(2, 'RIGHT') + parapr(3, 'LEFT')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            f'<hh:head {NS} version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            f'<hh:refList><hh:fontfaces itemCnt="7">{fonts}</hh:fontfaces>'
            f'<hh:borderFills itemCnt="3">{bfs}</hh:borderFills>'
            f'<hh:charProperties itemCnt="3">{chars}</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            f'<hh:paraProperties itemCnt="4">{paras}</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" '
            'charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
            '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchageConfig flags="56"/></hh:head>')


class _Ids:
    def __init__(self, base):
        self.n = base

    def __call__(self):
        self.n += 1
        return self.n


def _sublist(inner, valign='TOP', w=0, h=0):
    return (f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{valign}" '
            f'linkListIDRef="0" linkListNextIDRef="0" textWidth="{w}" textHeight="{h}" hasTextRef="0" '
            f'hasNumRef="0">{inner}</hp:subList>')


def _para(ids, text, para=0, char=0, extra_run=''):
    lines = text.split('\n')
    runs = ''
    for k, ln in enumerate(lines):
        br = '<hp:lineBreak/>' if k < len(lines) - 1 else ''
        runs += f'<hp:t>{xesc(ln)}{br}</hp:t>' if ln or br else '<hp:t/>'
    return (f'<hp:p id="{ids()}" paraPrIDRef="{para}" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            f'{extra_run}<hp:run charPrIDRef="{char}">{runs}</hp:run>'
            f'<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1100" textheight="1100" '
            f'baseline="935" spacing="660" horzpos="0" horzsize="42520" flags="393216"/></hp:linesegarray></hp:p>')


def _table(ids, rows, widths_total=42520):
    ncol = max(len(r) for r in rows)
    cw = widths_total // ncol
    rh = 1800
    trs = ''
    for ri, r in enumerate(rows):
        tcs = ''
        for ci in range(ncol):
            txt = r[ci] if ci < len(r) else ''
            bold = 1 if ri == 0 else 0
            tcs += (f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" '
                    f'dirty="0" borderFillIDRef="2">'
                    + _sublist(_para(ids, txt, para=1 if ri == 0 else 0, char=0 if not bold else 0), 'CENTER')
                    + f'<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                    f'<hp:cellSz width="{cw}" height="{rh}"/>'
                    f'<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        trs += f'<hp:tr>{tcs}</hp:tr>'
    tid = ids()
    return (f'<hp:tbl id="{tid}" zOrder="{tid % 100}" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" '
            f'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" '
            f'rowCnt="{len(rows)}" colCnt="{ncol}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
            f'<hp:sz width="{cw * ncol}" widthRelTo="ABSOLUTE" height="{rh * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/>'
            f'<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
            f'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            f'<hp:outMargin left="283" right="283" top="283" bottom="283"/>'
            f'<hp:inMargin left="510" right="510" top="141" bottom="141"/>{trs}</hp:tbl>')


def _rect(ids, text, align='RIGHT'):
    w = max(6000, 1150 * len(text) + 1500)
    h = 2600
    rid = ids()
    inner = _para(ids, text, para=1, char=2)
    return (f'<hp:rect id="{rid}" zOrder="{rid % 100}" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" '
            f'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="{rid + 7}" ratio="0">'
            f'<hp:offset x="0" y="0"/><hp:orgSz width="{w}" height="{h}"/><hp:curSz width="0" height="0"/>'
            f'<hp:flip horizontal="0" vertical="0"/>'
            f'<hp:rotationInfo angle="0" centerX="{w // 2}" centerY="{h // 2}" rotateimage="1"/>'
            f'<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            f'<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            f'<hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            f'<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" '
            f'tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" '
            f'outlineStyle="NORMAL" alpha="0"/>'
            f'<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
            f'<hp:drawText lastWidth="{w}" name="" editable="0">{_sublist(inner, "CENTER", w, h)}'
            f'<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            f'<hc:pt0 x="0" y="0"/><hc:pt1 x="{w}" y="0"/><hc:pt2 x="{w}" y="{h}"/><hc:pt3 x="0" y="{h}"/>'
            f'<hp:sz width="{w}" widthRelTo="ABSOLUTE" height="{h}" heightRelTo="ABSOLUTE" protect="0"/>'
            f'<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" '
            f'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="{align}" vertOffset="0" horzOffset="0"/>'
            f'<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>')


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
         'tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
         '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" '
         'fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/>'
         '</hp:pagePr></hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" '
         'sameSz="1" sameGap="0"/></hp:ctrl>')


def render_hwpx(doc, path, title, font_face='함초롬바탕', creator='', date_iso='2020-01-01T09:00:00Z'):
    """Write an HWPX package.  Returns [(cue_id, where, clean_container_text)]"""
    ids = _Ids(1000000000)
    cue_loc = []

    def track(s, where):
        c, spans = strip_markers(s)
        for cid, (a, e) in spans.items():
            cue_loc.append((cid, where, c[a:e]))
        return c
    first_run = SECPR
    if doc.header:
        hp = ''.join(_para(ids, track(h, 'hwpx:header(머리말)'), para=1, char=2) for h in doc.header)
        first_run += f'<hp:ctrl><hp:header id="1" applyPageType="BOTH">{_sublist(hp, "TOP", 42520, 4252)}</hp:header></hp:ctrl>'
    if doc.footer:
        fp = ''.join(_para(ids, track(f, 'hwpx:footer(꼬리말)'), para=1, char=0) for f in doc.footer)
        first_run += f'<hp:ctrl><hp:footer id="2" applyPageType="BOTH">{_sublist(fp, "BOTTOM", 42520, 4252)}</hp:footer></hp:ctrl>'
    body = []
    body.append(f'<hp:p id="{ids()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="0">{first_run}</hp:run><hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>')
    ti = bi = 0
    preview = [clean(h) for h in doc.header]
    for b in doc.blocks:
        if b[0] == 'p':
            st = b[2]
            para = {'center': 1, 'right': 2}.get(st.get('align'), 0)
            char = 1 if st.get('title') else 0
            txt = track(b[1], 'hwpx:body')
            body.append(_para(ids, txt, para=para, char=char))
            preview.append(txt)
        elif b[0] == 'table':
            rows = [[track(c, f'hwpx:table[{ti}] r{ri}c{ci}') for ci, c in enumerate(r)] for ri, r in enumerate(b[1])]
            tbl = _table(ids, rows)
            body.append(f'<hp:p id="{ids()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                        f'<hp:run charPrIDRef="0">{tbl}<hp:t/></hp:run></hp:p>')
            preview.extend(' '.join(r) for r in rows)
            ti += 1
        elif b[0] == 'box':
            txt = track(b[1], f'hwpx:textbox[{bi}](글상자)')
            rect = _rect(ids, txt, 'RIGHT' if b[2].get('align', 'right') == 'right' else 'CENTER')
            body.append(f'<hp:p id="{ids()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                        f'<hp:run charPrIDRef="0">{rect}<hp:t/></hp:run></hp:p>')
            preview.append(txt)
            bi += 1
    preview.extend(clean(f) for f in doc.footer)
    section = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               f'<hs:sec {NS}>' + ''.join(body) + '</hs:sec>')
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" '
               'application="Hancom Office Hangul" appVersion="11, 0, 0, 2129 WIN32LEWindows_10"/>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                 '</ocf:rootfiles></ocf:container>')
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
           f'<opf:package {NS} version="" unique-identifier="" id=""><opf:metadata>'
           f'<opf:title>{xesc(title)}</opf:title><opf:language>ko</opf:language>'
           f'<opf:meta name="creator" content="text">{xesc(creator)}</opf:meta>'
           f'<opf:meta name="CreatedDate" content="text">{date_iso}</opf:meta>'
           f'<opf:meta name="ModifiedDate" content="text">{date_iso}</opf:meta>'
           '</opf:metadata><opf:manifest>'
           '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
           '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
           '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    files = [
        ('mimetype', 'application/hwp+zip', zipfile.ZIP_STORED),
        ('version.xml', version, zipfile.ZIP_STORED),
        ('Contents/header.xml', header_xml(font_face), zipfile.ZIP_DEFLATED),
        ('Contents/section0.xml', section, zipfile.ZIP_DEFLATED),
        ('Preview/PrvText.txt', '\r\n'.join(preview)[:1024], zipfile.ZIP_DEFLATED),
        ('settings.xml', settings, zipfile.ZIP_DEFLATED),
        ('META-INF/container.xml', container, zipfile.ZIP_DEFLATED),
        ('META-INF/manifest.xml', manifest, zipfile.ZIP_DEFLATED),
        ('Contents/content.hpf', hpf, zipfile.ZIP_DEFLATED),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8'))
    with open(path, 'wb') as f:
        f.write(buf.getvalue())
    return cue_loc, '\n'.join(preview)

# ---------------------------------------------------------------------------
# PDF writer (reportlab)
_PDF_READY = {}


def _pdf_fonts():
    if _PDF_READY:
        return _PDF_READY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    base = '/usr/share/fonts/truetype/nanum/'
    for name, fn in (('NanumGothic', 'NanumGothic.ttf'), ('NanumGothicBold', 'NanumGothicBold.ttf'),
                     ('NanumMyeongjo', 'NanumMyeongjo.ttf'), ('NanumMyeongjoBold', 'NanumMyeongjoBold.ttf'),
                     ('NanumBarunGothic', 'NanumBarunGothic.ttf')):
        pdfmetrics.registerFont(TTFont(name, base + fn))
    pdfmetrics.registerFont(UnicodeCIDFont('HYSMyeongJo-Medium'))
    pdfmetrics.registerFont(UnicodeCIDFont('HYGothic-Medium'))
    _PDF_READY['ok'] = True
    return _PDF_READY


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in text.split('\n'):
        if not para:
            out.append('')
            continue
        line = ''
        for ch in para:
            if stringWidth(line + ch, font, size) > width and line:
                # break at last space if reasonable
                k = line.rfind(' ')
                if k > len(line) * 0.6:
                    out.append(line[:k])
                    line = line[k + 1:] + ch
                else:
                    out.append(line)
                    line = ch
            else:
                line += ch
        out.append(line)
    return out


def render_pdf(doc, path, title, font='NanumGothic', bold=None, author=''):
    _pdf_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    bold = bold or font
    W, H = A4
    ML, MR, MT, MB = 56, 56, 70, 60
    TW = W - ML - MR
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('sens_c make_set.py')
    cue_loc = []

    def track(s, where):
        cl, spans = strip_markers(s)
        for cid, (a, e) in spans.items():
            cue_loc.append((cid, where, cl[a:e]))
        return cl
    heads = [track(h, 'pdf:header(상단 머리)') for h in doc.header]
    foots = [track(f, 'pdf:footer(하단 꼬리)') for f in doc.footer]
    page = [1]
    y = [H - MT]

    def deco():
        c.setFillColorRGB(0.75, 0, 0)
        yy = H - 34
        for h in heads:
            c.setFont(bold, 12)
            c.drawCentredString(W / 2, yy, h)
            yy -= 15
        c.setFillColorRGB(0, 0, 0)
        yy = 28 + 13 * (len(foots) - 1)
        for f in foots:
            c.setFont(font, 9.5)
            c.drawCentredString(W / 2, yy, f)
            yy -= 13
        c.setFillColorRGB(0, 0, 0)

    def newpage():
        c.showPage()
        page[0] += 1
        deco()
        y[0] = H - MT

    def need(h):
        if y[0] - h < MB:
            newpage()
    deco()
    ti = bi = 0
    for b in doc.blocks:
        if b[0] == 'p':
            st = b[2]
            txt = track(b[1], f'pdf:body p{page[0]}')
            f = bold if st.get('title') else font
            size = 15 if st.get('title') else 10.5
            lh = size * 1.55
            lines = _wrap(txt, f, size, TW)
            for ln in lines:
                need(lh)
                c.setFont(f, size)
                if st.get('align') == 'center':
                    c.drawCentredString(W / 2, y[0] - size, ln)
                elif st.get('align') == 'right':
                    c.drawRightString(W - MR, y[0] - size, ln)
                else:
                    c.drawString(ML, y[0] - size, ln)
                y[0] -= lh
        elif b[0] == 'table':
            rows = [[track(cell, f'pdf:table[{ti}] r{ri}c{ci}') for ci, cell in enumerate(r)]
                    for ri, r in enumerate(b[1])]
            ncol = max(len(r) for r in rows)
            # proportional column widths
            mx = [7] * ncol
            for r in rows:
                for i, cell in enumerate(r):
                    mx[i] = max(mx[i], min(40, _wlen(cell)))
            tot = sum(mx)
            cws = [TW * m / tot for m in mx]
            size = 9
            lh = 12
            y[0] -= 4
            for ri, r in enumerate(rows):
                cells = [_wrap(r[i] if i < len(r) else '', font, size, cws[i] - 8) for i in range(ncol)]
                rh = max(len(x) for x in cells) * lh + 8
                need(rh)
                x = ML
                for i in range(ncol):
                    c.rect(x, y[0] - rh, cws[i], rh, stroke=1, fill=0)
                    yy = y[0] - 4 - size
                    c.setFont(bold if ri == 0 else font, size)
                    for ln in cells[i]:
                        c.drawString(x + 4, yy, ln)
                        yy -= lh
                    x += cws[i]
                y[0] -= rh
            y[0] -= 8
            ti += 1
        elif b[0] == 'box':
            txt = track(b[1], f'pdf:textbox[{bi}] p{page[0]}')
            size = 12
            w = stringWidth(txt, bold, size) + 20
            h = 24
            need(h + 6)
            x = W - MR - w if b[2].get('align', 'right') == 'right' else (W - w) / 2
            c.setStrokeColorRGB(0.75, 0, 0)
            c.setLineWidth(1.5)
            c.rect(x, y[0] - h, w, h, stroke=1, fill=0)
            c.setFillColorRGB(0.75, 0, 0)
            c.setFont(bold, size)
            c.drawString(x + 10, y[0] - h + 7, txt)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(1)
            y[0] -= h + 8
            bi += 1
    c.showPage()
    c.save()
    return cue_loc, page[0]
