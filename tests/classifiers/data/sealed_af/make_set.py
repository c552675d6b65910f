#!/usr/bin/env python3
"""sens_af: independent sensitivity evaluation set (synthetic) for Korean public-sector documents.

Deterministic: every random choice comes from random.Random("sens_af-2026|<template>|<variant>|...").
Writes sens_af.jsonl, sens_af.meta.jsonl, files/*.hwpx, files/*.pdf, then validates them.
Only the standard library and reportlab are used.  Run:  python make_set.py
"""
import io, json, os, re, sys, zipfile, subprocess, shutil, hashlib
import random
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

pdfmetrics.registerFont(UnicodeCIDFont('HYSMyeongJo-Medium'))
pdfmetrics.registerFont(UnicodeCIDFont('HYGothic-Medium'))

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, 'files')
PFX = 'sens_af'
REASON_ORDER = ['OIDA-9-1-1', 'OIDA-9-1-2', 'OIDA-9-1-3', 'OIDA-9-1-4', 'OIDA-9-1-5', 'OIDA-9-1-6',
                'OIDA-9-1-7', 'OIDA-9-1-8', 'PIPA-23', 'PIPA-24']
MARKINGS = ['none', '대외비', 'III급', 'II급', 'I급']


def RNG(*parts):
    return random.Random('sens_af-2026|' + '|'.join(str(p) for p in parts))


def canon(reasons):
    rs = set(reasons)
    assert rs <= set(REASON_ORDER), rs
    return [r for r in REASON_ORDER if r in rs]

# ---------------------------------------------------------------- value pools (all invented)
SUR = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송',
       '류', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '유', '남', '심', '노', '하', '곽', '성', '차',
       '주', '우', '구', '민', '진', '지', '엄', '채', '원', '천', '방', '공', '현', '함', '변', '염', '여', '추',
       '도', '소', '석', '선', '설', '마', '길', '연', '위', '표', '명', '기', '반', '라', '왕', '금', '옥', '육',
       '인', '맹', '제', '모', '탁', '국', '어', '은', '편', '용', '남궁', '황보', '선우', '제갈', '독고', '사공']
GIV = ['민', '서', '지', '현', '준', '우', '윤', '영', '수', '진', '예', '하', '도', '은', '주', '재', '성', '연',
       '승', '태', '혜', '경', '정', '동', '상', '원', '희', '훈', '석', '빈', '유', '소', '나', '린', '호', '규',
       '찬', '건', '율', '아', '채', '다', '시', '온', '결', '솔', '담', '별', '한', '겸', '범', '철', '광', '명']


def pname(R):
    return R.choice(SUR) + R.choice(GIV) + R.choice(GIV)


def masked(n, R):
    return n[0] + R.choice(['○○', '**', '○○', 'OO']) if len(n) == 3 else n[:2] + '○○'


CITY = [('가온시', '가온'), ('한내시', '한내'), ('새빛시', '새빛'), ('누리군', '누리'), ('솔뫼시', '솔뫼'),
        ('달빛군', '달빛'), ('푸른내시', '푸른내'), ('너른들시', '너른들'), ('하늬시', '하늬'), ('별내군', '별내')]
PROV = ['한빛도', '가람도', '누리특별자치도', '새터도']
ROADS = ['마루로', '한길로', '샘내로', '느티나무길', '은행로', '물푸레로', '청솔로', '고운뜰로', '도담로', '해오름로',
         '꽃담길', '버들로', '송화로', '학마루길', '반딧불로', '들꽃로']
APTS = ['한빛아파트', '푸른숲마을', '은하수빌', '새뜰아파트', '솔내마을', '가람채']
BANKS = [('한빛은행', '3-6-6'), ('가람은행', '3-2-6'), ('누리농협', '3-4-4-2'), ('솔뫼신협', '2-6-5'),
         ('새터은행', '4-3-6')]
COMP = ['(주)한결엔지니어링', '(주)새길테크', '누리정보통신(주)', '(주)가온메디칼', '솔뫼건설(주)', '(주)다온시스템',
        '(주)푸른교육', '한내산업(주)', '(주)별빛방산', '(주)미르전자', '해오름식품(주)', '(주)도담소프트',
        '(주)청솔메디케어', '(주)아라기술', '바른측량(주)', '(주)온누리에스앤씨']


def addr(R, unit=True):
    c = R.choice(CITY)[0]
    a = f'{R.choice(PROV)} {c} {R.choice(ROADS)} {R.randint(3, 399)}'
    if unit:
        a += f', {R.randint(101, 115)}동 {R.randint(1, 25)}{R.randint(1, 4):02d}호'
    return a


def mobile(R):
    return f'010-{R.randint(2000, 9999)}-{R.randint(1000, 9999)}'


def office_tel(R, area=None):
    area = area or R.choice(['031', '033', '041', '043', '054', '061', '063', '064'])
    return f'{area}-{R.randint(200, 989)}-{R.randint(1000, 9999)}'


def rrn(R, y0=1955, y1=1999):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    g = R.choice([1, 2]) if y < 2000 else R.choice([3, 4])
    s = f'{y % 100:02d}{m:02d}{d:02d}{g}{R.randint(0, 99999):05d}'
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    s += str(c)
    return s[:6] + '-' + s[6:]


def rrn_masked(R, y0=1955, y1=2012):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    g = R.choice([1, 2]) if y < 2000 else R.choice([3, 4])
    return f'{y % 100:02d}{m:02d}{d:02d}-{g}' + R.choice(['******', '●●●●●●', 'XXXXXX'])


def account(R):
    b, pat = R.choice(BANKS)
    parts = [''.join(str(R.randint(0, 9)) for _ in range(int(k))) for k in pat.split('-')]
    return b, '-'.join(parts)


def dt(R, y=2026, fmt=0):
    m = R.randint(1, 12); d = R.randint(1, 28)
    return [f'{y}. {m}. {d}.', f'{y}.{m:02d}.{d:02d}.', f'{y}년 {m}월 {d}일'][fmt]


def won(R, lo, hi, step=1000):
    return f'{R.randrange(lo, hi, step):,}원'


def email(R, dom='korea.kr'):
    s = ''.join(R.choice('abcdefghijkmnprstuwy') for _ in range(R.randint(4, 7)))
    return f'{s}{R.randint(1, 99)}@{dom}'


def docno(R, dept):
    return f'{dept}-{R.randint(101, 9899)}'

# ---------------------------------------------------------------- citation and marking spellings
def cite(nums, R, style=None):
    nums = sorted(nums)
    st = R.randrange(9) if style is None else style
    j = lambda sep: sep.join(str(n) for n in nums)
    if st == 0:
        return '「공공기관의 정보공개에 관한 법률」 제9조 제1항 ' + ' 및 '.join(f'제{n}호' for n in nums)
    if st == 1:
        return '정보공개법 제9조제1항제' + '호ㆍ제'.join(str(n) for n in nums) + '호'
    if st == 2:
        return '같은 법 제9조 ①항 ' + ', '.join(f'{n}호' for n in nums)
    if st == 3:
        return '정보공개법 9조1항' + ','.join(str(n) for n in nums) + '호'
    if st == 4:
        return '「정보공개법」 §9①' + 'ㆍ'.join(str(n) for n in nums)
    if st == 5:
        return '법 제9조 제1항 제' + 'ㆍ'.join(str(n) for n in nums) + '호'
    if st == 6:
        return '공공기관의 정보공개에 관한 법률 제9조(비공개 대상 정보) 제1항 제' + ', 제'.join(str(n) for n in nums) + '호'
    if st == 7:
        return '정보공개법 9-1-' + '/9-1-'.join(str(n) for n in nums)
    return '제9조 제1항 제' + '호, 제'.join(str(n) for n in nums) + '호'


def field(disc, nums, R):
    """공개구분 field of a 공문 (as printed)."""
    if disc == 'public':
        return R.choice(['대국민 공개', '공개', '공개구분: 공개', '대국민공개'])
    k = j = ','.join(str(n) for n in sorted(nums))
    if disc == 'partial':
        return R.choice([f'부분공개({k})', f'부분공개 ({cite(nums, R, 5)})', f'공개구분: 부분공개({k})',
                         f'부분공개(제9조제1항제{j}호)'])
    return R.choice([f'비공개({k})', f'비공개 ({cite(nums, R, 8)})', f'공개구분: 비공개({k})',
                     f'비공개({cite(nums, R, 3)})'])


def stamp(kind, R, date=None):
    date = date or f'{R.randint(2026, 2030)}. 12. 31.'
    if kind == '대외비':
        return R.choice(['대 외 비', '[대외비]', '《대외비》', f'{date}까지 대외비', f'대외비(보호기간: {date}까지)',
                         '보안등급: 대외비', '대외비'])
    roman = {'III급': ('Ⅲ', 'III', '3'), 'II급': ('Ⅱ', 'II', '2'), 'I급': ('Ⅰ', 'I', '1')}[kind]
    r, a, n = roman
    return R.choice([f'{r}급비밀', f'{a}급 비밀', f'{n}급 비밀', f'비밀({r}급)', f'{r} 급 비 밀', f'{r}급 비밀'])


def yegomun(kind, R):
    r = {'III급': 'Ⅲ', 'II급': 'Ⅱ', 'I급': 'Ⅰ'}[kind]
    y = R.randint(2027, 2035)
    return R.choice([f'예고문: {y}. 12. 31.까지 {r}급비밀, 이후 일반문서로 재분류',
                     f'예고문 : {y}. 6. 30. 일반문서로 재분류',
                     f'예고문: {y}. 12. 31.까지 {r}급비밀, 이후 파기'])


# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, title):
        self.title = title
        self.blocks = []
        self.header = None
        self.footer = None
        self.tsep = ' | '

    def p(self, t, style='body'):
        self.blocks.append(('p', t, style)); return self

    def h(self, t):
        return self.p(t, 'head')

    def table(self, rows):
        self.blocks.append(('table', rows)); return self

    def box(self, t):
        self.blocks.append(('box', t)); return self

    def fn(self, t):
        self.blocks.append(('fn', t)); return self

    def pb(self):
        self.blocks.append(('pb',)); return self


def render_text(d, ocr=None):
    out = []
    if d.header:
        out.append(d.header)
    for b in d.blocks:
        if b[0] == 'p':
            out.append(b[1])
        elif b[0] == 'table':
            for row in b[1]:
                out.append(d.tsep.join(row))
        elif b[0] == 'box':
            out.append(b[1])
        elif b[0] == 'fn':
            out.append('  ' + b[1])
        elif b[0] == 'pb':
            out.append('')
    if d.footer:
        out.append(d.footer)
    return '\n'.join(out)


# ---- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              f'<hh:head {NS} version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList>'
              '<hh:fontfaces itemCnt="2">'
              '<hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
              '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
              '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
              '</hh:fontfaces>'
              '<hh:borderFills itemCnt="2">'
              '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '</hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '</hh:borderFill></hh:borderFills>'
              '<hh:charProperties itemCnt="3">'
              '<hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1500" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
              '<hh:charPr id="2" height="900" textColor="#C00000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
              '</hh:charProperties>'
              '<hh:paraProperties itemCnt="2">'
              '<hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/>'
              '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0"><hh:align horizontal="CENTER" vertical="BASELINE"/>'
              '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '</hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>')

VERSION_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" '
               'appVersion="11, 0, 0, 0 WIN32LEWindows_10"/>')

CONTAINER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '</ocf:rootfiles></ocf:container>')

MANIFEST_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')


def content_hpf(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            f'<opf:package {NS} version="" unique-identifier="" id="">'
            f'<opf:metadata><opf:title>{escape(title)}</opf:title><opf:language>ko</opf:language>'
            '<opf:meta name="creator" content="text"></opf:meta>'
            '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
            '<opf:manifest>'
            '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
            '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')


class HX:
    def __init__(self):
        self.n = 0

    def nid(self):
        self.n += 1
        return self.n

    def para(self, text, style='body', pagebreak=False, inner=''):
        ppr = '1' if style == 'head' else '0'
        cpr = '1' if style == 'head' else ('2' if style == 'stamp' else '0')
        t = f'<hp:t>{escape(text)}</hp:t>' if text else '<hp:t/>'
        return (f'<hp:p id="{self.nid()}" paraPrIDRef="{ppr}" styleIDRef="0" pageBreak="{1 if pagebreak else 0}" '
                f'columnBreak="0" merged="0"><hp:run charPrIDRef="{cpr}">{inner}{t}</hp:run></hp:p>')

    def sublist(self, paras, w=42520, h=4000, va='TOP'):
        return (f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{va}" linkListIDRef="0" '
                f'linkListNextIDRef="0" textWidth="{w}" textHeight="{h}" hasTextRef="0" hasNumRef="0">'
                + ''.join(paras) + '</hp:subList>')

    def table(self, rows):
        nr, nc = len(rows), max(len(r) for r in rows)
        cw = 42520 // nc
        s = (f'<hp:tbl id="{self.nid()}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
             f'lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nr}" colCnt="{nc}" cellSpacing="0" '
             f'borderFillIDRef="2" noAdjust="0"><hp:sz width="{cw * nc}" widthRelTo="ABSOLUTE" height="{nr * 1800}" '
             'heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" '
             'allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PARA" vertAlign="TOP" horzAlign="LEFT" '
             'vertOffset="0" horzOffset="0"/><hp:outMargin left="0" right="0" top="0" bottom="0"/>'
             '<hp:inMargin left="510" right="510" top="141" bottom="141"/>')
        for ri, row in enumerate(rows):
            s += '<hp:tr>'
            for ci in range(nc):
                txt = row[ci] if ci < len(row) else ''
                s += (f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" '
                      f'borderFillIDRef="2">' + self.sublist([self.para(txt)], cw, 1800, 'CENTER') +
                      f'<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                      f'<hp:cellSz width="{cw}" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
            s += '</hp:tr>'
        s += '</hp:tbl>'
        return (f'<hp:p id="{self.nid()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="0">{s}<hp:t/></hp:run></hp:p>')

    def textbox(self, text):
        i = self.nid()
        s = (f'<hp:rect id="{i}" zOrder="{i}" numberingType="FIGURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
             f'lock="0" dropcapstyle="None" href="" groupLevel="0" instid="{i}" ratio="0">'
             '<hp:offset x="0" y="0"/><hp:orgSz width="42520" height="5000"/><hp:curSz width="0" height="0"/>'
             '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="21260" centerY="2500" rotateimage="1"/>'
             '<hp:lineShape color="#000000" width="33" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" '
             'headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
             '<hp:drawText lastWidth="42520" name="" editable="0">'
             + self.sublist([self.para(x) for x in text.split('\n')], 42520, 5000) +
             '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
             '<hp:sz width="42520" widthRelTo="ABSOLUTE" height="5000" heightRelTo="ABSOLUTE" protect="0"/>'
             '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
             'vertRelTo="PARA" horzRelTo="PARA" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
             '<hp:outMargin left="0" right="0" top="0" bottom="0"/>'
             '<hp:pt0 x="0" y="0"/><hp:pt1 x="42520" y="0"/><hp:pt2 x="42520" y="5000"/><hp:pt3 x="0" y="5000"/></hp:rect>')
        return (f'<hp:p id="{self.nid()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="0">{s}<hp:t/></hp:run></hp:p>')


def render_hwpx(d, path):
    x = HX()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
             'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84188" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
             '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
             '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/>'
             '<hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
             '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
             '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    hf = ''
    if d.header:
        hf += ('<hp:ctrl><hp:header id="1" applyPageType="BOTH">' + x.sublist([x.para(d.header, 'stamp')], 42520, 4252)
               + '</hp:header></hp:ctrl>')
    if d.footer:
        hf += ('<hp:ctrl><hp:footer id="2" applyPageType="BOTH">' + x.sublist([x.para(d.footer, 'stamp')], 42520, 4252)
               + '</hp:footer></hp:ctrl>')
    body = [x.para('', inner=secpr + hf)]
    pb = False
    fnn = 0
    for b in d.blocks:
        if b[0] == 'p':
            body.append(x.para(b[1], b[2], pb)); pb = False
        elif b[0] == 'table':
            body.append(x.table(b[1]))
        elif b[0] == 'box':
            body.append(x.textbox(b[1]))
        elif b[0] == 'fn':
            fnn += 1
            note = (f'<hp:ctrl><hp:footNote number="{fnn}" instId="{x.nid()}">'
                    + x.sublist([x.para(b[1])], 42520, 1000) + '</hp:footNote></hp:ctrl>')
            # attach to the previous paragraph's run
            last = body[-1]
            k = last.rfind('</hp:run>')
            body[-1] = last[:k] + note + last[k:]
        elif b[0] == 'pb':
            pb = True
    sec = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>' f'<hs:sec {NS}>' + ''.join(body) + '</hs:sec>')
    members = [('mimetype', b'application/hwp+zip', zipfile.ZIP_STORED),
               ('version.xml', VERSION_XML.encode(), zipfile.ZIP_STORED),
               ('Contents/header.xml', HEADER_XML.encode(), zipfile.ZIP_DEFLATED),
               ('Contents/section0.xml', sec.encode(), zipfile.ZIP_DEFLATED),
               ('Contents/content.hpf', content_hpf(d.title).encode(), zipfile.ZIP_DEFLATED),
               ('META-INF/container.xml', CONTAINER_XML.encode(), zipfile.ZIP_DEFLATED),
               ('META-INF/manifest.xml', MANIFEST_XML.encode(), zipfile.ZIP_DEFLATED),
               ('Preview/PrvText.txt', render_text(d)[:1024].encode('utf-8'), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data, comp in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


# ---- PDF
ST = {
    'body': ParagraphStyle('b', fontName='HYSMyeongJo-Medium', fontSize=10.5, leading=16, wordWrap='CJK'),
    'head': ParagraphStyle('h', fontName='HYGothic-Medium', fontSize=15, leading=22, alignment=1, wordWrap='CJK',
                           spaceAfter=6),
    'stamp': ParagraphStyle('s', fontName='HYGothic-Medium', fontSize=11, leading=16, alignment=1, wordWrap='CJK'),
    'cell': ParagraphStyle('c', fontName='HYSMyeongJo-Medium', fontSize=9, leading=12, wordWrap='CJK'),
    'fn': ParagraphStyle('f', fontName='HYSMyeongJo-Medium', fontSize=8, leading=11, wordWrap='CJK', leftIndent=8),
}


def render_pdf(d, path):
    buf = io.BytesIO()

    def deco(c, doc):
        c.saveState()
        if d.header:
            c.setFont('HYGothic-Medium', 10)
            c.drawCentredString(A4[0] / 2, A4[1] - 14 * mm, d.header)
        c.setFont('HYGothic-Medium', 10)
        if d.footer:
            c.drawCentredString(A4[0] / 2, 14 * mm, d.footer)
        c.setFont('HYSMyeongJo-Medium', 8)
        c.drawRightString(A4[0] - 20 * mm, 8 * mm, f'- {doc.page} -')
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                            bottomMargin=24 * mm, title=d.title, author='sens_af', subject='synthetic',
                            creator='sens_af make_set.py', producer='reportlab')
    fl = []
    for b in d.blocks:
        if b[0] == 'p':
            fl.append(Paragraph(escape(b[1]) or '&nbsp;', ST[b[2]]))
            fl.append(Spacer(1, 2))
        elif b[0] == 'table':
            nc = max(len(r) for r in b[1])
            data = [[Paragraph(escape(r[i]) if i < len(r) else '', ST['cell']) for i in range(nc)] for r in b[1]]
            t = Table(data, colWidths=[(A4[0] - 44 * mm) / nc] * nc, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E8E8E8')),
                                   ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
            fl.append(t); fl.append(Spacer(1, 6))
        elif b[0] == 'box':
            t = Table([[Paragraph(escape(b[1]).replace('\n', '<br/>'), ST['body'])]], colWidths=[A4[0] - 44 * mm])
            t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.black)]))
            fl.append(t); fl.append(Spacer(1, 6))
        elif b[0] == 'fn':
            fl.append(Paragraph(escape(b[1]), ST['fn']))
        elif b[0] == 'pb':
            fl.append(PageBreak())
    doc.build(fl, onFirstPage=deco, onLaterPages=deco)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- OCR noise (inline text only)
def ocr_noise(text, R, protect=()):
    """Insert OCR-like noise but never inside the protected strings (cue_text stays as printed)."""
    spans = []
    for p in protect:
        i = text.find(p)
        if i >= 0:
            spans.append((i, i + len(p)))
    out = []
    for i, ch in enumerate(text):
        inside = any(a <= i < b for a, b in spans)
        r = R.random()
        if inside:
            out.append(ch); continue
        if ch.isdigit() and r < 0.08:
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == '-' and r < 0.3:
            out.append(R.choice(['‐', '－', ' - ']))
        elif '가' <= ch <= '힣' and r < 0.04:
            out.append(ch + ' ')
        elif ch == ' ' and r < 0.05:
            out.append('\n')
        elif ch == '.' and r < 0.1:
            out.append(',')
        else:
            out.append(ch)
    return ''.join(out)


# ---------------------------------------------------------------- 공문 builder
AGENCIES = {
    'edu': lambda R: (R.choice(PROV).replace('도', '') + '도교육청' if R.random() < 0.5 else R.choice(CITY)[1] + '교육지원청'),
    'school': lambda R: R.choice(CITY)[1] + R.choice(['중학교', '고등학교', '초등학교', '여자고등학교', '정보고등학교']),
    'health': lambda R: R.choice(CITY)[0] + ' ' + R.choice(['보건소', '보건소', '정신건강복지센터']),
    'hospital': lambda R: R.choice(CITY)[1] + R.choice(['의료원', '시립병원', '재활병원']),
    'council': lambda R: R.choice(CITY)[0] + '의회',
    'mma': lambda R: R.choice(PROV).replace('도', '') + '지방병무청',
    'mil': lambda R: f'제{R.randint(11, 99)}{R.choice(["보병사단", "기계화보병여단", "통신단", "항공작전대대", "정비창"])}',
    'proc': lambda R: R.choice(['한빛도시공사', '가람수자원공단', '누리교통공사', '새터정보화진흥원', '솔뫼시설관리공단']),
    'city': lambda R: R.choice(CITY)[0] + '청' if R.random() < 0.4 else R.choice(CITY)[0],
    'audit': lambda R: R.choice(PROV) + ' 감사위원회' if R.random() < 0.5 else R.choice(CITY)[0] + ' 감사담당관',
}
HEADS = {'edu': '교육감', 'school': '학교장', 'health': '보건소장', 'hospital': '원장', 'council': '의회의장',
         'mma': '지방병무청장', 'mil': '사단장', 'proc': '사장', 'city': '시장', 'audit': '감사위원장'}
DEPTS = {'edu': ['학생생활교육과', '중등교육과', '교육과정과', '민주시민교육과'], 'school': ['교무기획부', '학생안전부', '교육과정부'],
         'health': ['감염병관리과', '건강증진과', '의약관리팀'], 'hospital': ['원무과', '의료질관리팀', '감염관리실'],
         'council': ['의사담당관', '의정지원담당관', '전문위원실'], 'mma': ['병역판정검사과', '현역입영과', '사회복무과'],
         'mil': ['정보참모처', '작전참모처', '군수참모처'], 'proc': ['계약팀', '구매조달부', '기술심사팀'],
         'city': ['총무과', '자치행정과', '복지정책과', '안전총괄과'], 'audit': ['조사1팀', '감사총괄팀', '공직감찰팀']}
POS = ['주무관', '주무관', '행정주사', '사무관', '연구사', '장학사', '간호주사', '보건주사']


def sender(org, kind):
    if kind == 'edu':
        return org.replace('교육지원청', '교육지원청 교육장') if '지원청' in org else org.replace('교육청', '교육감')
    if kind == 'council':
        return org + '의장'
    if kind == 'proc':
        return org + ' 사장'
    if kind == 'city':
        return (org[:-1] if org.endswith('청') else org) + '장'
    if kind == 'audit':
        return org + ('장' if org.endswith('관') else ' 위원장')
    return org + '장'


class G:
    """Builder for a 공문 (두문 / 본문 / 결문) with a cue inserted at a named location."""

    def __init__(self, R, kind, title):
        self.R = R; self.kind = kind
        self.org = AGENCIES[kind](R)
        self.dept = R.choice(DEPTS[kind])
        self.title = title
        self.recv = None
        self.body = []           # list of blocks (tuples) for 본문
        self.attach = []         # 붙임 lines
        self.attach_blocks = []  # attachment content placed after the 결문 (new page)
        self.field = None        # 공개구분 text (None = omitted)
        self.field_loc = 'own'   # where the 공개구분 token sits: addr/tel/email/own
        self.stamp_top = None; self.stamp_bottom = None
        self.title_prefix = ''
        self.sign_extra = ''; self.sihaeng_extra = ''
        self.box = None
        self.sign_table = R.random() < 0.35

    def build(self):
        R = self.R
        d = Doc(self.title)
        d.tsep = R.choice([' | ', '\t', ' │ ', '  '])
        if self.stamp_top:
            d.header = self.stamp_top
        if self.stamp_bottom:
            d.footer = self.stamp_bottom
        d.h(self.org)
        if self.box:
            d.box(self.box)
        d.p(f'수신  {self.recv or R.choice(["내부결재", "수신자 참조", "각급학교장", "○○과장"])}')
        d.p('(경유)')
        d.p(f'제목  {self.title_prefix}{self.title}')
        for b in self.body:
            d.blocks.append(b)
        if self.attach:
            lines = self.attach
            if len(lines) == 1:
                d.p(f'붙임  {lines[0]}  끝.')
            else:
                d.p(f'붙임  1. {lines[0]}')
                for i, l in enumerate(lines[1:], 2):
                    d.p(f'      {i}. {l}' + ('  끝.' if i == len(lines) else ''))
        else:
            d.p('끝.')
        d.h(sender(self.org, self.kind))
        names = [pname(R) for _ in range(3)]
        pos = R.choice(POS)
        sdate = f'{R.randint(1, 12):02d}/{R.randint(1, 28):02d}'
        chief = R.choice(['과장', '팀장', '부장', '담당관'])
        if self.sign_table:
            d.table([['기안자', '검토자', '결재권자'],
                      [f'{pos} {names[0]}', f'사무관 {names[1]}', f'{chief} 전결 {sdate} {names[2]}' + self.sign_extra]])
        else:
            d.p(f'★{pos} {names[0]}   사무관 {names[1]}   {chief} 전결 {sdate} {names[2]}' + self.sign_extra)
        d.p('협조자')
        dn = docno(R, self.dept)
        sd = dt(R)
        d.p(f'시행  {dn} ({sd})   접수  {R.choice(["", docno(R, "총무과")])}' + self.sihaeng_extra)
        zipc = f'{R.randint(10000, 63999)}'
        inst_addr = f'{R.choice(PROV)} {R.choice(CITY)[0]} {R.choice(ROADS)} {R.randint(1, 120)}'
        hp = f'www.{R.choice(["gaon", "hannae", "saebit", "nuri", "solmoe"])}.go.kr'
        tel = office_tel(R); fax = office_tel(R, tel[:3])
        em = email(R, R.choice(['korea.kr', 'korea.kr', 'sen.go.kr']))
        f = self.field
        a_line = f'우 {zipc}  {inst_addr}  / {hp}'
        t_line = f'전화번호 {tel}  팩스번호 {fax}'
        e_line = f'/ {em}'
        if f:
            if self.field_loc == 'addr':
                a_line += f'  / {f}'
            elif self.field_loc == 'tel':
                t_line += f'  / {f}'
            elif self.field_loc == 'email':
                e_line += f'  / {f}'
        if R.random() < 0.5 or self.field_loc == 'email':
            d.p(a_line); d.p(t_line + '  ' + e_line)
        else:
            d.p(a_line); d.p(t_line); d.p(e_line)
        if f and self.field_loc == 'own':
            d.p(f'/ {f}')
        if self.attach_blocks:
            d.pb()
            d.blocks.extend(self.attach_blocks)
        return d


# ---------------------------------------------------------------- templates
RECS = []


def add(tpl, v, genre, d_or_text, disc, marking, reasons, cue_kind, cue_loc, cue_text, flags=(), field_text=None,
        fmt=None, ocr=False):
    RECS.append(dict(tpl=tpl, v=v, genre=genre, doc=d_or_text, disc=disc, marking=marking, reasons=canon(reasons),
                     cue_kind=cue_kind, cue_loc=cue_loc, cue_text=cue_text, flags=list(flags), field_text=field_text,
                     fmt=fmt, ocr=ocr))


def place_field(g, R, disc, nums, loc=None):
    g.field = field(disc, nums, R)
    g.field_loc = loc or R.choice(['own', 'addr', 'tel', 'email'])
    return g.field, {'own': '결문_공개구분', 'addr': '결문_주소', 'tel': '결문_전화전송', 'email': '결문_전자우편'}[g.field_loc]


def body_items(R, items):
    return [('p', f'{i}. {t}', 'body') for i, t in enumerate(items, 1)]


# --- 1. 학생 상담 기록 (school / 교육청)
def t_counsel(v):
    R = RNG('counsel', v)
    g = G(R, R.choice(['school', 'edu']), R.choice(['학생 상담 기록 이관 및 위기학생 사례관리 협조', 'Wee클래스 상담 사례 보고',
                                                    '위기학생 긴급 상담 결과 통보']))
    st = pname(R); par = pname(R); grade = f'{R.randint(1, 3)}학년 {R.randint(1, 12)}반'
    health = v % 2 == 0
    issue = R.choice(['우울 증상(PHQ-9 {0}점)으로 정신건강의학과 진료 중', '자해 흔적이 확인되어 {0}일 입원 치료',
                      'ADHD 진단 후 약물 복용 중(주치의 소견 {0}주 추적)']).format(R.randint(12, 24)) if health else \
        R.choice(['교우관계 갈등으로 결석이 잦음', '가정 내 갈등(보호자 별거)으로 귀가 거부', '진로 문제로 학업중단 숙려 신청'])
    g.body = body_items(R, [f'관련: {g.dept}-{R.randint(100, 999)}({dt(R)})',
                           f'{grade} {st} 학생(보호자 {par}, 연락처 {mobile(R)})에 대한 상담 결과를 다음과 같이 통보합니다.',
                           f'상담 내용: {issue}.',
                           f'조치 계획: 담임교사ㆍ전문상담교사 주 1회 면담, 보호자 동의 후 외부 기관 연계'])
    g.body.append(('table', [['회기', '일시', '주요 내용', '상담자'],
                             ['1', dt(R), issue if health else '초기 면접', pname(R)],
                             ['2', dt(R), '보호자 면담', pname(R)]]))
    reasons = ['OIDA-9-1-6'] + (['PIPA-23'] if health else [])
    flags = ['content_only']
    ft = None; loc = '본문'; cue = f'{st} 학생'
    if v % 3 == 1:
        ft, loc = place_field(g, R, 'non_public', [6]); cue = ft; flags = []
    add('counsel', v, '학교 상담 기록', g.build(), 'non_public', 'none', reasons, 'personal_health' if health else 'personal',
        loc, cue, flags, ft)


# --- 2. 학생 선도위원회 / 징계
def t_discipline(v):
    R = RNG('discipline', v)
    g = G(R, 'school', R.choice(['학생선도위원회 개최 결과 보고', '학생 징계(선도) 처분 결과 통지', '교내봉사 및 특별교육 이수 명령 통보']))
    st = [pname(R) for _ in range(R.randint(1, 3))]
    rows = [['학년/반', '성명', '위반 내용', '처분']]
    for s in st:
        rows.append([f'{R.randint(1, 3)}-{R.randint(1, 10)}', s, R.choice(['교내 흡연', '무단 조퇴 반복', '교사 지시 불이행',
                                                                            '타인 물품 훼손']),
                     R.choice(['교내봉사 3일', '사회봉사 5일', '특별교육 4시간', '출석정지 3일'])])
    g.body = body_items(R, [f'{dt(R)} 개최된 학생선도위원회 심의 결과를 붙임과 같이 보고합니다.',
                           '처분 내용은 학교생활기록부 기재 대상 여부를 확인하여 처리할 예정입니다.'])
    g.body.append(('table', rows))
    ft = None; loc = '본문_table_cell'; cue = st[0]; flags = ['content_only']
    if v % 2 == 1:
        ft, loc = place_field(g, R, 'non_public', [6]); cue = ft; flags = []
    add('discipline', v, '학생 징계 기록', g.build(), 'non_public', 'none', ['OIDA-9-1-6'], 'personal', loc, cue, flags, ft)


# --- 3. 학교폭력 심의
def t_violence(v):
    R = RNG('violence', v)
    g = G(R, 'edu', R.choice(['학교폭력대책심의위원회 심의 결과 통보', '학교폭력 사안 조치 결정 통보서 송부',
                              '학교폭력 사안 심의 회의록 송부']))
    vic = pname(R); off = pname(R); sch = AGENCIES['school'](R)
    g.body = body_items(R, [f'사안번호: {R.randint(2026, 2026)}-{R.randint(10, 350)}호 ({sch})',
                           f'피해학생 {vic}(2학년), 가해학생 {off}(2학년)에 대한 심의 결과를 알려드립니다.',
                           f'조치 결정: 가해학생 {R.choice(["제1호 서면사과", "제2호 접촉ㆍ협박 금지", "제3호 학교봉사", "제6호 출석정지"])}, '
                           f'피해학생 {R.choice(["심리상담 및 조언", "일시보호", "치료를 위한 요양(정신건강의학과 진단서 제출)"])}',
                           '위원별 발언 요지와 표결 내용은 붙임 회의록과 같음'])
    g.attach = ['심의위원회 회의록 1부.']
    g.attach_blocks = [('p', '【회의록 요지】', 'head'),
                       ('table', [['위원', '발언 요지'], [f'위원장 {pname(R)}', '지속성ㆍ고의성 판단이 필요함'],
                                  [f'위원 {pname(R)}(학부모)', f'{off} 학생의 반성 정도를 고려해야 함'],
                                  [f'위원 {pname(R)}(경찰)', '사이버폭력 여부 추가 확인']])]
    mode = v % 4
    ft = None; flags = []; marking = 'none'
    if mode == 0:
        ft, loc = place_field(g, R, 'non_public', [5, 6]); cue = ft
    elif mode == 1:
        loc = '본문'; cue = f'피해학생 {vic}'; flags = ['content_only']
    elif mode == 2:
        g.box = R.choice(['※ 본 문서는 학교폭력예방법에 따라 비밀유지 대상입니다. 외부 유출 금지', '※ 관계자 외 열람 금지(비밀누설 시 처벌)'])
        loc = 'textbox'; cue = g.box; flags = ['informal_marking']
    else:
        s = stamp('대외비', R); g.stamp_top = s; g.stamp_bottom = s; marking = '대외비'
        loc = 'header'; cue = s
    add('violence', v, '학교폭력 심의', g.build(), 'non_public', marking, ['OIDA-9-1-5', 'OIDA-9-1-6'],
        'marking' if marking != 'none' else 'personal', loc, cue, flags, ft)


# --- 4. 시험 문항 (exam items before administration)
def t_exam(v):
    R = RNG('exam', v)
    subj = R.choice(['국어', '수학', '영어', '통합과학', '한국사', '생명과학Ⅰ'])
    kind = R.choice(['1학기 기말고사', '2학기 중간고사', '교육청 주관 학력평가', '교원 임용 제2차 시험'])
    g = G(R, R.choice(['school', 'edu']), f'{R.randint(2026, 2026)}학년도 {kind} {subj} 문항 검토 의뢰')
    g.body = body_items(R, [f'{kind}({dt(R)} 시행 예정) {subj} 과목 출제 문항에 대한 검토를 의뢰합니다.',
                           '검토위원은 문항 오류, 정답 시비, 교육과정 범위 이탈 여부를 확인하여 회신하여 주시기 바랍니다.'])
    g.body.append(('table', [['문항', '정답', '배점', '성취기준'],
                             ['1', str(R.randint(1, 5)), '3.5', f'[10{subj[:1]}01-0{R.randint(1, 9)}]'],
                             ['2', str(R.randint(1, 5)), '4.2', f'[10{subj[:1]}02-0{R.randint(1, 9)}]'],
                             ['서술형 1', '채점기준표 참조', '8', f'[10{subj[:1]}03-0{R.randint(1, 9)}]']]))
    g.attach = ['출제 원안 및 정답표 1부.', '채점 기준표 1부.']
    mode = v % 3
    marking = 'none'; flags = []; ft = None
    if mode == 0:
        s = stamp('대외비', R); marking = '대외비'
        if R.random() < 0.5:
            g.title_prefix = s + ' '; loc = '제목'
        else:
            g.stamp_top = s; loc = 'header'
        cue = s
    elif mode == 1:
        ft, loc = place_field(g, R, 'non_public', [5]); cue = ft
    else:
        g.sign_extra = R.choice(['  (출제 보안: 외부 반출 금지)', '  [시험 종료 전 열람 제한]'])
        loc = '결문_결재'; cue = g.sign_extra.strip(); flags = ['informal_marking']
    add('exam', v, '시험 문항', g.build(), 'non_public', marking, ['OIDA-9-1-5'],
        'marking' if marking != 'none' else 'content', loc, cue, flags, ft)


# --- 5. 감염병 역학조사 / 진료기록
def t_infect(v):
    R = RNG('infect', v)
    dis = R.choice(['결핵', '쯔쯔가무시증', '홍역', '장출혈성대장균감염증', 'C형간염', '레지오넬라증'])
    g = G(R, R.choice(['health', 'hospital']), R.choice([f'{dis} 확진자 역학조사 결과 보고', f'{dis} 환자 진료기록 사본 송부',
                                                         f'{dis} 접촉자 관리 명단 통보']))
    rows = [['연번', '성명', '생년월일/주민번호', '진단일', '주소', '비고']]
    full = v % 3 == 0
    for i in range(R.randint(2, 4)):
        rows.append([str(i + 1), pname(R), rrn(R) if full else rrn_masked(R), dt(R), addr(R),
                     R.choice(['입원', '자택격리', '접촉자', '완치'])])
    g.body = body_items(R, [f'관할 지역 {dis} 발생에 따른 역학조사 결과를 다음과 같이 보고합니다.',
                           f'추정 감염경로: {R.choice(["가족 내 전파", "요양병원 내 전파", "해외 유입", "미상"])}',
                           '환자 명단 및 진료 경과'])
    g.body.append(('table', rows))
    reasons = ['OIDA-9-1-6', 'PIPA-23'] + (['PIPA-24'] if full else [])
    ft = None; flags = ['content_only']; loc = '본문_table_cell'; cue = rows[1][1]
    if v % 4 == 1:
        ft, loc = place_field(g, R, 'non_public', [6]); cue = ft; flags = []
    add('infect', v, '감염병 기록', g.build(), 'non_public', 'none', reasons, 'personal_health', loc, cue, flags, ft)


# --- 6. 의료급여 (partial; masked or mislabeled)
def t_medaid(v):
    R = RNG('medaid', v)
    g = G(R, R.choice(['city', 'health']), R.choice(['의료급여 수급권자 선정 결과 통보', '의료급여 부당이득금 환수 결정 통지',
                                                     '의료급여 사례관리 대상자 이관']))
    mode = v % 3
    rows = [['성명', '주민등록번호', '종별', '급여 개시일', '지급 계좌']]
    for _ in range(R.randint(2, 3)):
        b, a = account(R)
        rows.append([pname(R), rrn(R) if mode == 0 else rrn_masked(R), R.choice(['1종', '2종']), dt(R),
                     f'{b} {a}' if mode == 0 else '-'])
    g.body = body_items(R, ['「의료급여법」 제3조에 따른 수급권자 선정 결과를 통보합니다.',
                           '대상자별 급여 개시일부터 의료급여증을 발급하시기 바랍니다.'])
    g.body.append(('table', rows))
    if mode == 0:
        ft, loc = place_field(g, R, 'public', [])
        add('medaid', v, '의료급여', g.build(), 'partial', 'none', ['OIDA-9-1-6', 'PIPA-24'], 'field_vs_content',
            '본문_table_cell', rows[1][1], ['field_contradicts_content'], ft)
    else:
        ft, loc = place_field(g, R, 'partial', [6])
        add('medaid', v, '의료급여', g.build(), 'partial', 'none', ['OIDA-9-1-6'], 'field', loc, ft, [], ft)


# --- 7. 병역판정검사 결과
def t_mma(v):
    R = RNG('mma', v)
    g = G(R, 'mma', R.choice(['병역판정검사 결과(신체등급) 통보', '재신체검사 대상자 판정 결과 송부', '병역처분 변경 신청 심의 결과']))
    rows = [['성명', '생년월일', '신체등급', '판정 질병(코드)', '처분']]
    for _ in range(R.randint(2, 4)):
        rows.append([pname(R), f'{R.randint(2003, 2007)}. {R.randint(1, 12)}. {R.randint(1, 28)}.', f'{R.randint(2, 5)}급',
                     R.choice(['고도근시(H52)', '추간판탈출증(M51)', '우울병(F32)', '천식(J45)', '평발(Q66)']),
                     R.choice(['현역', '보충역', '전시근로역', '재신체검사'])])
    g.body = body_items(R, ['병역판정검사 결과를 아래와 같이 통보하니 병적 정리에 활용하시기 바랍니다.',
                           '※ 신체등급 1~4급은 현역ㆍ보충역 판정 기준이며 비밀 등급과 무관함'])
    g.body.append(('table', rows))
    ft = None; flags = ['content_only']; loc = '본문_table_cell'; cue = rows[1][3]
    if v % 3 == 2:
        ft, loc = place_field(g, R, 'non_public', [6]); cue = ft; flags = []
    add('mma', v, '병무 판정 기록', g.build(), 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-23'], 'personal_health', loc, cue,
        flags, ft)


# --- 8. 군/국가중요시설 비밀 문서
MIL_TITLES = ['{y}년 을지 연습 작전계획 수정안', '통신망 암호장비 운용 현황', '예비군 동원 소집 계획', '전시 물자 비축 계획',
              '대침투 작전 예규 개정', '방공 진지 배치 현황']
FAC_TITLES = ['정수장 방호 계획', '변전소 경비 인력 배치 계획', '통합방위 국가중요시설 방호계획', '청사 출입통제 시스템 구성도']


def t_secret(v):
    R = RNG('secret', v)
    grade = ['III급', 'II급', 'III급', 'I급', 'III급', 'II급', 'I급', 'II급'][v % 8] if v < 24 else 'III급'
    fac = v % 5 == 4
    kind = 'city' if fac else R.choice(['mil', 'mil', 'mma'])
    title = R.choice(FAC_TITLES if fac else MIL_TITLES).format(y=2026)
    g = G(R, kind, title)
    s = stamp(grade, R)
    pos = v % 6
    flags = []
    copies = f'사본번호 제{R.randint(1, 9)}호 (총 {R.randint(9, 15)}부)'
    ye = yegomun(grade, R)
    items = [f'관련: {g.dept}-{R.randint(10, 99)}({dt(R)})',
             f'{title}을(를) 붙임과 같이 송부하니 {R.choice(["지휘관 책임하에 관리", "보관 책임자 지정 후 관리", "열람자 기록부 작성 후 관리"])}하시기 바랍니다.',
             f'{R.choice(["주요 거점", "통제 지점", "예비 진지"])} 좌표: {R.randint(10, 99)}S {R.choice(["CS", "DT", "BU"])} {R.randint(1000, 9999)} {R.randint(1000, 9999)}',
             f'보호기간: {R.randint(2027, 2036)}. 12. 31.까지']
    g.body = body_items(R, items)
    g.body.append(('table', [['구분', '인원', '장비', '비고'], ['1제대', str(R.randint(20, 90)), f'{R.choice(["K", "KM"])}{R.randint(100, 999)} {R.randint(2, 9)}대', '-'],
                             ['2제대', str(R.randint(20, 90)), f'통신 {R.randint(3, 12)}식', '예비']]))
    g.body.append(('p', ye, 'body'))
    g.body.append(('p', copies, 'body'))
    if pos in (0, 1, 2):
        g.stamp_top = s; g.stamp_bottom = s; loc = 'header'
    elif pos == 3:
        g.title_prefix = f'({s}) '; g.stamp_top = s; loc = '제목'
    elif pos == 4:
        g.stamp_bottom = s; loc = 'footer'
    else:
        g.box = f'{s}\n{copies}'; loc = 'textbox'
    if v % 7 == 3:
        g.stamp_top = g.stamp_bottom = g.box = None; g.title_prefix = ''
        g.sihaeng_extra = f'  ({s})'; loc = '결문_시행접수'
    if v % 7 == 5:
        g.stamp_top = g.stamp_bottom = g.box = None; g.title_prefix = ''
        g.attach = [f'{title}({s}) 1부.', '열람자 기록부 1부.']
        g.attach_blocks = [('p', f'[붙임 1] {title}', 'head'),
                           ('table', [['단계', '내용'], ['1단계', '경계 강화'], ['2단계', '증원 배치'], ['3단계', '통제선 확장']])]
        loc = '붙임'
    reasons = ['OIDA-9-1-1', 'OIDA-9-1-3' if fac else 'OIDA-9-1-2']
    add('secret', v, '군 보안 문서' if not fac else '국가중요시설 보안 문서', g.build(), 'non_public', grade, reasons, 'marking',
        loc, s, flags)


# --- 9. 대외비 facility / council / audit variations
def t_daeoebi(v):
    R = RNG('daeoebi', v)
    sub = v % 4
    s = stamp('대외비', R)
    if sub == 0:
        g = G(R, 'council', R.choice(['비공개 본회의 회의록 송부', '의원 윤리특별위원회 비공개 회의 결과', '예산결산특별위원회 비공개 간담회 결과']))
        g.body = body_items(R, [f'{dt(R)} 비공개로 진행된 회의 결과를 송부합니다.',
                               f'의결 사항: {R.choice(["청사 이전 부지 후보지 3곳 비교", "출자기관 구조조정안 사전 검토", "의원 징계 요구안 심사"])}',
                               '회의 비공개 의결: 「지방자치법」 제75조 제1항 단서에 따라 재적의원 3분의 1 이상 발의, 출석의원 3분의 2 이상 찬성'])
        reasons = ['OIDA-9-1-5']; genre = '지방의회 비공개 회의'
    elif sub == 1:
        g = G(R, 'proc', R.choice(['예정가격 산정 내역 보고', '기초금액 결정 및 복수예비가격 작성', '계약 단가 조정 검토']))
        co = R.choice(COMP)
        g.body = body_items(R, [f'「{R.choice(["가람 광역상수도 관로 정비", "청사 통합유지관리 용역", "교통카드 시스템 고도화"])}」 입찰 예정가격 산정 내역을 보고합니다.',
                               f'기초금액: {won(R, 800_000_000, 3_000_000_000, 1_000_000)} (부가세 포함)',
                               f'참고 견적: {co} 노무비 단가 {won(R, 180_000, 420_000)}/인ㆍ일, 이윤율 {R.randint(5, 12)}%'])
        g.body.append(('table', [['복수예비가격', '금액'], ['1번', won(R, 800_000_000, 900_000_000, 1000)],
                                 ['2번', won(R, 800_000_000, 900_000_000, 1000)], ['3번', won(R, 800_000_000, 900_000_000, 1000)]]))
        reasons = ['OIDA-9-1-5', 'OIDA-9-1-7']; genre = '공공기관 조달'
    elif sub == 2:
        g = G(R, 'city', R.choice(['재해 위험 저수지 긴급 보수 계획', '청사 통합관제 CCTV 배치 현황', '가스 공급시설 비상 대응 계획']))
        g.body = body_items(R, ['시설 보호를 위해 관계 부서에 한정하여 배포합니다.',
                               f'취약 지점: {R.choice(["제2 수문 제어실", "지하 2층 통신실", "북측 비상발전기실"])} (출입 통제 강화)',
                               f'경비 인력 {R.randint(3, 14)}명 3교대 운영'])
        reasons = ['OIDA-9-1-3']; genre = '시설 보안'
    else:
        g = G(R, 'city', R.choice(['개발제한구역 해제 후보지 검토', '도시철도 역사 위치 비교 검토', '산업단지 지정 예정지 사전 검토']))
        g.body = body_items(R, [f'후보지: {R.choice(CITY)[0]} {R.choice(["동산리", "월곡동", "하촌리"])} 일원 {R.randint(12, 90)}만㎡',
                               '발표 전 정보 유출 시 투기 우려가 있으므로 관계자 외 열람을 금함',
                               f'공람 예정일: {dt(R)}'])
        reasons = ['OIDA-9-1-5', 'OIDA-9-1-8']; genre = '개발 정보'
    p = v % 5
    if p == 0:
        g.stamp_top = s; g.stamp_bottom = s; loc = 'header'
    elif p == 1:
        g.title_prefix = s + ' '; loc = '제목'
    elif p == 2:
        g.body.append(('p', f'※ 이 문서는 {s}로 분류함', 'body')); loc = '본문'
    elif p == 3:
        g.sign_extra = f'   {s}'; loc = '결문_결재'
    else:
        g.stamp_bottom = s; loc = 'footer'
    add('daeoebi', v, genre, g.build(), 'non_public', '대외비', reasons, 'marking', loc, s, [])


# --- 10. 입찰 평가 (procurement)
def t_bid(v):
    R = RNG('bid', v)
    g = G(R, 'proc', R.choice(['기술제안서 평가 결과 보고', '협상에 의한 계약 제안서 평가위원회 결과', '적격심사 평가 결과']))
    cos = R.sample(COMP, 3)
    rows = [['업체', '기술점수', '가격점수', '합계']]
    for c in cos:
        a, b = R.randint(600, 880) / 10, R.randint(150, 200) / 10
        rows.append([c, f'{a:.1f}', f'{b:.1f}', f'{a + b:.1f}'])
    ev = [pname(R) for _ in range(3)]
    g.body = body_items(R, [f'사업명: {R.choice(["스마트 가로등 관제 플랫폼 구축", "하수처리장 설비 개량", "전자문서 유통 시스템 고도화"])}',
                           f'평가일시: {dt(R)} 14:00, 평가위원 {len(ev) + 4}명(외부위원 {ev[0]}, {ev[1]}, {ev[2]} 등)',
                           '평가 결과'])
    g.body.append(('table', rows))
    mode = v % 3
    if mode == 0:   # before contract: internal evaluation
        ft, loc = place_field(g, R, 'non_public', [5, 6])
        add('bid', v, '공공기관 조달', g.build(), 'non_public', 'none', ['OIDA-9-1-5', 'OIDA-9-1-6'], 'field', loc, ft, [], ft)
    elif mode == 1:  # after contract; evaluator names + company tech data removed
        g.body.append(('p', f'세부 기술자료: {cos[0]} 제안 핵심 알고리즘 구성 및 원가 명세(영업비밀)', 'body'))
        ft, loc = place_field(g, R, 'partial', [6, 7])
        add('bid', v, '공공기관 조달', g.build(), 'partial', 'none', ['OIDA-9-1-6', 'OIDA-9-1-7'], 'field', loc, ft, [], ft)
    else:
        s = stamp('대외비', R); g.stamp_top = s
        add('bid', v, '공공기관 조달', g.build(), 'non_public', '대외비', ['OIDA-9-1-5', 'OIDA-9-1-6'], 'marking', 'header', s, [])


# --- 11. 단가 / 기술자료 (partial -7)
def t_price(v):
    R = RNG('price', v)
    g = G(R, 'proc', R.choice(['물품 단가계약 원가 검토 결과', '기술자료 임치 현황 보고', '하도급 대금 적정성 검토']))
    co = R.choice(COMP)
    g.body = body_items(R, [f'계약상대자: {co} (대표 {pname(R)})',
                           f'계약금액: {won(R, 50_000_000, 900_000_000, 10000)}',
                           '원가 구성(업체 제출 자료)'])
    g.body.append(('table', [['비목', '단가', '비율'], ['재료비', won(R, 10_000, 90_000), f'{R.randint(30, 50)}%'],
                             ['노무비', won(R, 150_000, 300_000), f'{R.randint(20, 40)}%'],
                             ['경비(특허 공정 포함)', won(R, 5_000, 40_000), f'{R.randint(5, 15)}%']]))
    if v % 2 == 0:
        ft, loc = place_field(g, R, 'partial', [7])
        add('price', v, '공공기관 조달', g.build(), 'partial', 'none', ['OIDA-9-1-7'], 'field', loc, ft, [], ft)
    else:
        add('price', v, '공공기관 조달', g.build(), 'partial', 'none', ['OIDA-9-1-7'], 'business', '본문_table_cell', '노무비',
            ['content_only'])


# --- 12. 감사ㆍ조사 보고서 (named persons)
def t_audit(v):
    R = RNG('audit', v)
    g = G(R, 'audit', R.choice(['공직비리 제보 조사 결과 보고', '특정감사 결과 처분 요구(안)', '복무 실태 점검 결과 및 관련자 조치 의견']))
    p1, p2, inf = pname(R), pname(R), pname(R)
    g.body = body_items(R, [f'제보자: {inf} ({mobile(R)})',
                           f'관련자: {R.choice(["시설6급", "행정7급", "보건6급"])} {p1}, {R.choice(["행정6급", "교육행정7급"])} {p2}',
                           f'확인 내용: {p1}이(가) {R.choice(["출장비를 중복 수령", "업무추진비를 사적 용도로 사용", "특정 업체에 공사 정보를 사전 제공"])}한 사실이 확인됨',
                           f'조치 의견: {p1} {R.choice(["중징계", "경징계", "훈계"])}, {p2} {R.choice(["주의", "경고"])}, {won(R, 300_000, 9_000_000)} 회수'])
    mode = v % 4
    if mode == 3:
        s = stamp('대외비', R); marking = '대외비'
        g.stamp_top = s; loc = 'header'; cue = s; ft = None; flags = []
    elif mode == 0:
        ft, loc = place_field(g, R, 'non_public', [5, 6]); cue = ft; marking = 'none'; flags = []
    else:
        marking = 'none'; ft = None; loc = '본문'; cue = f'제보자: {inf}'; flags = ['content_only']
        if mode == 2:
            g.body[0] = ('p', '1. 제보 접수: 공익신고 채널(익명 처리 요청)', 'body')
            g.body.insert(1, ('fn', f'주1) 제보자: {inf}, {addr(R)} 거주, 연락처 {mobile(R)}'))
            loc = '본문_footnote'
    add('audit', v, '감사ㆍ조사 보고', g.build(), 'non_public', marking, ['OIDA-9-1-5', 'OIDA-9-1-6'],
        'marking' if marking != 'none' else ('field' if ft else 'personal'), loc, cue, flags, ft)


def t_audit_pub(v):
    """Published audit result with named private persons -> partial(6); or masked -> public."""
    R = RNG('audit_pub', v)
    masked_ = v % 2 == 0
    d = Doc('감사 결과 공개')
    d.h(f'{R.choice(PROV)} 감사위원회 감사결과 공개문')
    d.p(f'감사대상: {AGENCIES["proc"](R)} / 감사기간: {dt(R)} ~ {dt(R)}')
    a, b = pname(R), pname(R)
    na, nb = (masked(a, R), masked(b, R)) if masked_ else (a, b)
    d.p(f'1. 지적사항: 용역 계약 부적정 — 업체 대표 {na}와(과) 수의계약 {R.randint(2, 7)}건 분할 체결')
    d.p(f'2. 민원인 {nb}의 {R.choice(["보조금 부정수급", "허위 서류 제출"])} 관련 환수 조치 요구')
    d.table([['구분', '건수', '금액'], ['시정', str(R.randint(1, 5)), won(R, 1_000_000, 90_000_000)],
             ['주의', str(R.randint(1, 9)), '-'], ['통보', str(R.randint(1, 4)), '-']])
    d.p(f'감사 담당: 감사총괄팀 {R.choice(POS)} {pname(R)} ({office_tel(R)})')
    if masked_:
        add('audit_pub', v, '감사 결과 공개', d, 'public', 'none', [], 'masked_person', '본문', na, ['mention_only'])
    else:
        add('audit_pub', v, '감사 결과 공개', d, 'partial', 'none', ['OIDA-9-1-6'], 'personal', '본문', f'업체 대표 {na}',
            ['content_only'])


# --- 13. 정보공개 결정 통지서 (every outcome)
OUTCOMES = ['공개', '부분공개', '비공개', '정보부존재', '이송', '민원 이첩', '공개(사본 교부)', '결정기간 연장']


def t_notice(v):
    R = RNG('notice', v)
    out = OUTCOMES[v % len(OUTCOMES)]
    named = v % 3 == 1
    app = pname(R)
    d = Doc('정보 (부분)공개 결정 통지서')
    d.h(R.choice(['정보 [ ]공개 [ ]부분공개 [ ]비공개 결정 통지서', '정보공개 결정 통지서', '정보 (부분)공개 결정 통지서']))
    d.p(f'접수번호 {R.randint(1, 9)}{R.choice("ABCDEFGH")}{R.choice("ABCDEFGH")}-{R.randint(2601, 2612)}-{R.randint(1000000, 9999999)}   접수일 {dt(R)}')
    cells = [['청구인', (f'{app} (주소: {addr(R)}, 전화: {mobile(R)})' if named else f'{masked(app, R)} 귀하')],
             ['청구 내용', R.choice(['2025년 학교폭력 심의 건수 및 조치 유형별 통계', '○○보건소 결핵 환자 발생 현황',
                                  '의회 비공개 회의 회의록 일체', '입찰 평가위원 명단 및 채점표', '감사 결과 처분요구서'])],
             ['결정 내용', out]]
    reasons_txt = {'부분공개': f'비공개 부분: 개인 성명ㆍ연락처 — {cite([6], R)}',
                   '비공개': f'비공개 사유: {cite(R.choice([[5], [5, 6], [7], [2], [4]]), R)}',
                   '정보부존재': '청구하신 정보는 우리 기관이 보유ㆍ관리하지 않음(정보공개법 제11조 제5항)',
                   '이송': f'소관 기관({AGENCIES["edu"](R)})으로 이송함',
                   '민원 이첩': '정보공개 청구가 아닌 민원으로 보아 소관 부서로 이첩함',
                   '결정기간 연장': '제3자 의견청취를 위해 결정기간을 10일 연장함'}
    cells.append(['사유', reasons_txt.get(out, '전부 공개')])
    cells.append(['공개 방법', R.choice(['전자파일(정보통신망)', '사본ㆍ출력물', '열람ㆍ시청'])])
    d.table(cells)
    d.p('※ 이 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청, 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.')
    d.p(f'{dt(R)}')
    k2 = R.choice(["edu", "health", "council", "proc", "city"])
    d.h(f'{sender(AGENCIES[k2](R), k2)} (직인생략)')
    d.p(f'담당: {R.choice(POS)} {pname(R)}  전화 {office_tel(R)}')
    if named:
        add('notice', v, '정보공개 결정 통지', d, 'partial', 'none', ['OIDA-9-1-6'], 'personal', '본문_table_cell', app,
            ['mention_only_citation'] if out in reasons_txt else [])
    else:
        add('notice', v, '정보공개 결정 통지', d, 'public', 'none', [], 'citation_mention', '본문_table_cell',
            cells[3][1], ['mention_only'])


# --- 14. 보도자료 (public, mention traps)
PR_TOPICS = [
    ('health', '제1급감염병 대응 모의훈련 실시', '보건소는 제1급감염병 유입에 대비해 신속대응반 {n}명이 참여하는 모의훈련을 실시했다고 밝혔다.'),
    ('health', '제3급감염병 말라리아 주의 당부', '말라리아는 제3급감염병으로, 모기 활동 시기에 야간 외출을 자제해 달라고 당부했다.'),
    ('edu', '학교 보안관 {n}명 추가 배치', '교육청은 학생 안전을 위해 학교 보안관을 추가 배치하고, 보안 점검을 강화한다고 밝혔다.'),
    ('edu', '고교학점제 대비 교사 연수', '2급 정교사 자격 연수와 1급 정교사 자격 연수 과정을 확대 운영한다.'),
    ('mma', '사회복무요원 소집 일정 안내', '병무청은 사회복무요원 소집 일정을 공개하고, 신체등급 4급 판정자는 본인 선택에 따라 신청할 수 있다고 밝혔다.'),
    ('council', '의원 발의 조례안 {n}건 상임위 통과', '의회는 정례회에서 의원 발의 조례안을 심사ㆍ의결했으며 회의는 인터넷으로 생중계되었다.'),
    ('proc', '개인정보 보안 강화 위해 비밀번호 정책 변경', '공단은 내부 시스템 비밀번호를 90일마다 변경하도록 정책을 개정했다.'),
    ('city', '보안업무 유공 공무원 표창', '시는 보안업무 유공자로 선정된 공무원에게 표창을 수여했다. 시는 대외비 문서 관리 실태를 점검해 우수 부서를 선정했다.'),
    ('hospital', '의료원 감염관리 인증 획득', '의료원은 감염관리 우수기관 인증을 받았으며 환자 개인정보 보호 체계도 함께 점검했다.'),
    ('mil', '부대 개방 행사 개최', '사단은 장병 가족을 초청해 부대 개방 행사를 열었다. 군사보안을 위해 촬영 구역을 제한했다.'),
]


def t_press(v):
    R = RNG('press', v)
    k, head, lead = PR_TOPICS[v % len(PR_TOPICS)]
    org = AGENCIES[k](R)
    n = R.randint(3, 40)
    d = Doc(head.format(n=n))
    d.tsep = ' | '
    d.header = R.choice(['보도자료', '보 도 자 료', f'{org} 보도자료'])
    d.table([['배포일시', dt(R), '보도일시', R.choice(['즉시', '배포 즉시 보도', f'{dt(R)} 조간'])],
             ['담당 부서', R.choice(DEPTS.get(k, ['홍보팀'])), '책임자', f'과장 {pname(R)} ({office_tel(R)})'],
             ['', '', '담당자', f'{R.choice(POS)} {pname(R)} ({office_tel(R)})']])
    d.h(head.format(n=n))
    d.p(f'- {org}, {R.choice(["주민 안전", "학생 건강", "투명 행정", "청렴 문화"])} 강화 -')
    d.p(f'□ {org}(기관장 {pname(R)})' + lead.replace('{n}', str(n)))
    d.p(f'□ 이번 {R.choice(["행사", "훈련", "조치"])}에는 {pname(R)} {R.choice(["과장", "국장", "의원", "원장"])} 등 {n}명이 참석했다.')
    d.p(f'□ {pname(R)} {R.choice(["국장", "보건소장", "교육장", "의장"])}은 "앞으로도 정보공개와 보안 관리를 균형 있게 추진하겠다"고 말했다.')
    if v % 3 == 0:
        d.p('※ 붙임: 행사 사진 3매. 끝.')
    d.footer = R.choice(['', '보도자료 문의는 담당자에게 연락 바랍니다.', '「국민이 함께하는 열린 행정」'])
    if not d.footer:
        d.footer = None
    cue = {0: '제1급감염병', 1: '제3급감염병', 2: '보안', 3: '2급 정교사', 4: '신체등급 4급', 5: '의원 발의', 6: '비밀번호',
           7: '대외비', 8: '개인정보', 9: '군사보안'}[v % len(PR_TOPICS)]
    add('press', v, '보도자료', d, 'public', 'none', [], 'mention_trap', '본문', cue, ['mention_only'])


# --- 15. 공고 (public)
def t_gongo(v):
    R = RNG('gongo', v)
    sub = v % 5
    gk = R.choice(['proc', 'city', 'edu', 'council', 'mma'])
    org = AGENCIES[gk](R)
    no = f'{org} 공고 제2026-{R.randint(10, 480)}호'
    d = Doc(no)
    d.h(no)
    if sub == 0:
        d.h('입찰 공고')
        d.p(f'1. 입찰에 부치는 사항: {R.choice(["청사 보안 CCTV 교체", "방화벽ㆍ보안관제 장비 구매", "학교 보안관 용역"])}')
        d.p(f'2. 추정가격: {won(R, 50_000_000, 500_000_000, 10000)} (부가세 별도)')
        d.p('3. 입찰 참가 자격: 「정보보호산업법」에 따른 정보보호 전문서비스 기업, 보안적합성 검증 필수')
        d.p(f'4. 나라장터 공고번호: 2026{R.randint(1000000, 9999999)}-00')
        cue = '보안적합성 검증'
    elif sub == 1:
        d.h('낙찰자 결정 공고')
        d.table([['순위', '업체명', '대표자', '투찰금액'],
                 ['1', R.choice(COMP), pname(R), won(R, 100_000_000, 200_000_000, 1000)],
                 ['2', R.choice(COMP), pname(R), won(R, 100_000_000, 200_000_000, 1000)]])
        d.p('※ 평가위원 명단은 계약 체결 후 공개합니다.')
        cue = '대표자'
    elif sub == 2:
        d.h('임기제공무원 최종합격자 공고')
        d.table([['직렬', '응시번호'], ['보건(간호)', f'{R.randint(10000, 99999)}'], ['전산', f'{R.randint(10000, 99999)}']])
        d.p('※ 합격자 개인정보 보호를 위해 응시번호만 게시합니다. 비밀번호를 잊은 경우 원서접수 사이트에서 재설정하십시오.')
        cue = '비밀번호'
    elif sub == 3:
        d.h('정례회 회의 공개 및 방청 안내')
        d.p(f'회기: 제{R.randint(250, 340)}회 정례회 / 기간: {dt(R)} ~ {dt(R)}')
        d.p('모든 회의는 공개를 원칙으로 하며, 「지방자치법」에 따라 의결로 비공개할 수 있습니다.')
        cue = '비공개할 수 있습니다'
    else:
        d.h('비밀번호 변경 및 계정 보안 안내')
        d.p('○ 업무포털 비밀번호는 9자리 이상, 영문ㆍ숫자ㆍ특수문자를 조합하여 설정')
        d.p('○ 비밀번호 분실 시 정보화담당관실(내선 2114)로 문의')
        cue = '비밀번호'
    d.p(f'{dt(R)}')
    d.h(sender(org, gk))
    add('gongo', v, '공고', d, 'public', 'none', [], 'mention_trap', '본문', cue, ['mention_only'])


# --- 16. 보안업무 지침 / 정보공개 안내 (mention only)
def t_guide(v):
    R = RNG('guide', v)
    d = Doc('보안업무 안내')
    if v % 2 == 0:
        d.h(R.choice(['비밀ㆍ대외비 문서 취급 요령', '보안업무 실무 안내서(발췌)', '문서 보안 관리 지침']))
        d.p('1. 비밀의 구분: Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분하며, 비밀 외에 직무상 특별히 보호가 필요한 사항은 대외비로 관리한다.')
        d.p('2. 표시 방법: 문서 상단과 하단 중앙에 「Ⅲ급비밀」, 「대외비」 등 등급을 표시하고 예고문을 기재한다.')
        d.box('[예시]  예고문: 2027. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류\n사본번호 제1호')
        d.p('3. 보호기간이 지난 대외비는 일반문서로 재분류하고 공개 여부를 재검토한다.')
        d.table([['등급', '표시 색상', '보관'], ['Ⅰ급비밀', '적색', '이중 잠금'], ['Ⅱ급비밀', '적색', '이중 잠금'],
                 ['Ⅲ급비밀', '청색', '잠금장치'], ['대외비', '-', '잠금장치']])
        cue = '예고문: 2027. 12. 31.까지 Ⅲ급비밀'; loc = 'textbox'
    else:
        d.h(R.choice(['정보공개 업무 안내', '정보공개 청구 처리 매뉴얼(요약)']))
        d.p('1. 공개구분 표시: 공문 결문에 「대국민공개」, 「부분공개(6)」, 「비공개(제9조 제1항 제5호)」처럼 표시한다.')
        d.p(f'2. 개인정보가 포함된 경우 {cite([6], R)}에 따라 해당 부분을 가리고 부분공개한다.')
        d.p(f'3. 감사ㆍ감독ㆍ입찰계약 등 공정한 업무수행에 지장이 있는 경우 {cite([5], R)}를 적용한다.')
        d.table([['표시 예', '의미'], ['부분공개(6)', '개인정보 제외 공개'], ['비공개(5)', '의사결정 과정'],
                 ['비공개(7)', '법인 영업비밀']])
        cue = '비공개(제9조 제1항 제5호)'; loc = '본문'
    d.footer = f'{AGENCIES["city"](R)} 정보공개ㆍ보안 담당'
    add('guide', v, '업무 안내', d, 'public', 'none', [], 'mention_trap', loc, cue, ['mention_only'])


# --- 17. cover letter / declassification / personnel / password (public 공문)
def t_pubgm(v):
    R = RNG('pubgm', v)
    sub = v % 5
    if sub == 0:
        g = G(R, R.choice(['mil', 'mma', 'city']), '비밀 문서 송부 알림')
        gr = R.choice(['Ⅱ급 비밀', '3급 비밀', 'Ⅲ급비밀', 'II급 비밀'])
        g.body = body_items(R, [f'붙임 「{R.choice(MIL_TITLES).format(y=2026)}」은 {gr}로서 비밀 취급 인가자를 통해 별도 송부합니다.',
                               '본 공문에는 비밀 내용이 포함되어 있지 않습니다.'])
        cue = gr; loc = '본문'; genre = '비밀 송부 알림'
    elif sub == 1:
        g = G(R, R.choice(['mil', 'city', 'edu']), '비밀 해제 및 일반문서 재분류 통보')
        gr = R.choice(['Ⅲ급비밀', '대외비', 'Ⅱ급비밀'])
        g.body = body_items(R, [f'보호기간이 만료된 {gr} 「{R.choice(FAC_TITLES)}」 등 {R.randint(2, 9)}건을 일반문서로 재분류하였음을 알립니다.',
                               '재분류 문서는 정보공개 대상으로 관리하시기 바랍니다.'])
        cue = gr; loc = '본문'; genre = '비밀 해제 통보'
    elif sub == 2:
        g = G(R, R.choice(['city', 'edu', 'mma']), '인사 발령 통보')
        g.body = [('table', [['직급', '성명', '발령 사항'],
                              ['3급(부이사관)', pname(R), f'{R.choice(DEPTS["city"])}장'],
                              ['4급(서기관)', pname(R), '감사담당관'],
                              ['1급(관리관)', pname(R), '기획조정실장']])]
        cue = '3급(부이사관)'; loc = '본문_table_cell'; genre = '인사 발령'
    elif sub == 3:
        g = G(R, R.choice(['proc', 'hospital', 'school']), '업무 시스템 비밀번호 일괄 변경 안내')
        g.body = body_items(R, ['정보보안 강화를 위해 전 직원 비밀번호를 일괄 변경합니다.',
                               '비밀번호는 타인에게 알려주지 말고, 메모하여 부착하지 마십시오.'])
        cue = '비밀번호'; loc = '제목'; genre = '보안 안내'
    else:
        g = G(R, R.choice(['edu', 'health', 'council']), R.choice(['보안업무 자체 감사 결과 공개', '2026년 정보보안 점검 결과 알림']))
        g.body = body_items(R, [f'점검 결과 대외비 관리대장 미비 {R.randint(1, 6)}건, 비밀번호 미변경 PC {R.randint(3, 40)}대가 확인되었습니다.',
                               '지적 사항은 다음 달까지 조치하여 주시기 바랍니다.'])
        cue = '대외비 관리대장'; loc = '본문'; genre = '보안 점검 결과'
    ft, _ = place_field(g, R, 'public', [])
    add('pubgm', v, genre, g.build(), 'public', 'none', [], 'mention_trap', loc, cue, ['mention_only'], ft)


# --- 18. 예시 서식 (public)
def t_form(v):
    R = RNG('form', v)
    d = Doc('서식 작성 예시')
    d.h(R.choice(['[별지 제3호서식] 학생 상담 신청서(작성 예시)', '[작성례] 의료급여 신청서', '[예시] 정보공개 청구서',
                  '[서식] 비밀 열람 기록부(작성 예시)']))
    d.table([['성명', '홍길동', '주민등록번호', '000000-0000000'], ['주소', '○○시 ○○구 ○○로 00', '전화', '010-0000-0000'],
             ['보안등급', '[ ]대외비 [ ]Ⅲ급 [ ]Ⅱ급', '공개구분', '[ ]공개 [ ]부분공개 [ ]비공개']])
    d.p('※ 위 내용은 작성 예시이며 실제 정보가 아닙니다.')
    add('form', v, '서식 예시', d, 'public', 'none', [], 'mention_trap', '본문_table_cell', '[ ]대외비 [ ]Ⅲ급 [ ]Ⅱ급',
        ['mention_only', 'example_form'])


# --- 19. 지방의회: 의원 발의 (public) / 회의록 (public / partial / non_public)
def t_council(v):
    R = RNG('council', v)
    org = AGENCIES['council'](R)
    sub = v % 4
    d = Doc('회의록')
    if sub == 0:
        d.h(f'{org[:-2]} {R.choice(["청소년 마음건강 지원", "공공기관 정보공개 활성화", "학교 밖 청소년 지원"])} 조례안')
        d.p(f'의안번호 {R.randint(1000, 2999)}   발의연월일: {dt(R)}   발의자: {pname(R)}ㆍ{pname(R)}ㆍ{pname(R)} 의원 외 {R.randint(3, 9)}명')
        d.p('1. 제안이유: 정보공개 청구에 대한 비공개 결정을 최소화하고 ...')
        d.p('2. 주요내용: 가. 공개 원칙 명시(안 제3조) 나. 개인정보 보호 조치(안 제7조)')
        add('council', v, '지방의회 의원 발의', d, 'public', 'none', [], 'mention_trap', '본문', '비공개 결정', ['mention_only'])
        return
    d.h(f'제{R.randint(250, 340)}회 {org} {R.choice(["행정자치위원회", "교육복지위원회", "예산결산특별위원회"])} 회의록')
    d.p(f'일시: {dt(R)} 10시 {R.randint(0, 5)}0분   장소: 위원회 회의실')
    sp = [pname(R) for _ in range(4)]
    d.p(f'출석위원: {", ".join(sp)}')
    d.p(f'○위원장 {sp[0]}  의사일정 제1항을 상정합니다.')
    d.p(f'○{sp[1]} 위원  {R.choice(["복지관 위탁 운영 실태", "청사 리모델링 예산", "학교 급식 안전"])}에 대해 질의하겠습니다.')
    if sub == 1:
        d.p(f'○{R.choice(["복지국장", "교육장", "보건소장"])} {pname(R)}  답변드리겠습니다.')
        add('council', v, '지방의회 회의록', d, 'public', 'none', [], 'none', 'none', '', [])
    elif sub == 2:
        w = pname(R)
        d.p(f'○진술인 {w}(주민, {addr(R)}, {mobile(R)})  저희 집 앞 공사로 피해를 봤습니다.')
        add('council', v, '지방의회 회의록', d, 'partial', 'none', ['OIDA-9-1-6'], 'personal', '본문', f'진술인 {w}',
            ['content_only'])
    else:
        d.p('○위원장  이 안건은 위원회 의결로 비공개 회의로 진행하겠습니다. (비공개 회의 시작)')
        d.p(f'○{sp[2]} 위원  {R.choice(["출자기관 경영진 교체안", "소송 대응 전략", "부지 매입 협상가"])}에 관해 ... 협상가는 {won(R, 1_000_000_000, 9_000_000_000, 1_000_000)} 선에서 ...')
        d.p('(비공개 회의 종료)')
        add('council', v, '지방의회 비공개 회의', d, 'non_public', 'none', ['OIDA-9-1-5'], 'content', '본문',
            '비공개 회의로 진행', ['content_only'])


# --- 20. 징계의결서 / 병가 / 조합비 (content only)
def t_hr(v):
    R = RNG('hr', v)
    sub = v % 3
    n = pname(R)
    d = Doc('인사 기록')
    if sub == 0:
        d.h('징계의결서')
        d.table([['소속', AGENCIES[R.choice(['edu', 'city', 'health'])](R), '직급', R.choice(['행정6급', '교사', '간호7급'])],
                 ['성명', n, '의결 주문', R.choice(['정직 1월', '감봉 3월', '강등'])]])
        d.p(f'이유: 위 사람은 {dt(R, 2025)} 혈중알코올농도 {R.randint(80, 190) / 1000:.3f}% 상태로 운전하다 적발되어 '
            f'{dt(R, 2025)} 벌금 {R.randint(5, 15) * 100}만 원의 약식명령이 확정되었다.')
        add('hr', v, '징계 기록', d, 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-23'], 'personal_criminal', '본문_table_cell',
            n, ['content_only'])
    elif sub == 1:
        d.h('병가(질병휴직) 승인')
        d.p(f'{R.choice(POS)} {n}: {R.choice(["갑상선암(C73) 수술", "공황장애(F41.0) 치료", "요추 골절 재활"])}을 사유로 '
            f'{dt(R)}부터 {R.randint(2, 12)}개월 질병휴직을 승인함 (진단서: {AGENCIES["hospital"](R)})')
        add('hr', v, '질병휴직', d, 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-23'], 'personal_health', '본문', n,
            ['content_only'])
    else:
        d.h(f'{R.choice(["공무원노동조합", "교원노동조합", "공단 노동조합"])} 조합비 급여 공제 명단')
        rows = [['소속', '성명', '공제액']]
        for _ in range(4):
            rows.append([R.choice(DEPTS['city']), pname(R), won(R, 10_000, 40_000, 500)])
        d.table(rows)
        add('hr', v, '노동조합 명단', d, 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-23'], 'personal_union',
            '본문_table_cell', rows[1][1], ['content_only'])


# --- 21. 방과후 강사 위촉 / 학교 급여 (mislabel and partial)
def t_school_pay(v):
    R = RNG('school_pay', v)
    g = G(R, 'school', R.choice(['방과후학교 외부강사 위촉 및 강사료 지급', '시간강사 수당 지급 내역 보고', '학부모 명예교사 활동비 지급']))
    rows = [['성명', '주민등록번호', '은행', '계좌번호', '지급액']]
    for _ in range(R.randint(2, 4)):
        b, a = account(R)
        rows.append([pname(R), rrn(R, 1965, 1995), b, a, won(R, 200_000, 1_900_000, 10_000)])
    g.body = body_items(R, ['붙임 명단의 강사에게 강사료를 지급하고자 합니다.', '지급 근거: 방과후학교 운영 계획'])
    g.body.append(('table', rows))
    if v % 2 == 0:
        ft, loc = place_field(g, R, 'public', [])
        add('school_pay', v, '학교 회계', g.build(), 'partial', 'none', ['OIDA-9-1-6', 'PIPA-24'], 'field_vs_content',
            '본문_table_cell', rows[1][1], ['field_contradicts_content'], ft)
    else:
        ft, loc = place_field(g, R, 'partial', [6])
        add('school_pay', v, '학교 회계', g.build(), 'partial', 'none', ['OIDA-9-1-6', 'PIPA-24'], 'field', loc, ft, [], ft)


# --- 22. 민원 회신 to named citizen (partial) ; 두문 수신 cue
def t_reply(v):
    R = RNG('reply', v)
    kind = R.choice(['edu', 'health', 'mma', 'city', 'council'])
    g = G(R, kind, R.choice(['민원 처리 결과 회신', '질의에 대한 회신', '고충민원 조사 결과 알림']))
    n = pname(R)
    g.recv = f'{n} 귀하 (우 {R.randint(10000, 63999)} {addr(R)})'
    g.body = body_items(R, [f'귀하께서 {dt(R)} 제출하신 민원({R.choice(["학교 통학로 안전", "예방접종 일정", "사회복무요원 복무기관 변경", "소음 피해"])})에 대한 회신입니다.',
                           '검토 결과 관련 규정에 따라 처리하였음을 알려드립니다.'])
    ft, _ = place_field(g, R, 'partial', [6]) if v % 2 else (None, None)
    add('reply', v, '민원 회신', g.build(), 'partial', 'none', ['OIDA-9-1-6'], 'personal', '두문_수신', f'{n} 귀하',
        [] if ft else ['content_only'], ft)


# --- 23. 공개 공문 (public; 결문 complete)
def t_plain(v):
    R = RNG('plain', v)
    kind = R.choice(['edu', 'health', 'council', 'mma', 'proc', 'school', 'hospital'])
    topics = {'edu': '2026학년도 학력평가 시행 계획 안내', 'health': '어르신 독감 예방접종 일정 안내', 'council': '정례회 의사일정 통보',
              'mma': '병역판정검사 일정 공고 협조', 'proc': '입찰 참가 자격 사전심사 일정 안내', 'school': '학부모 상담주간 운영 안내',
              'hospital': '의료원 외래 진료시간 변경 안내'}
    g = G(R, kind, topics[kind])
    g.body = body_items(R, [f'{topics[kind]}을(를) 다음과 같이 알려드립니다.', f'일시: {dt(R)} ~ {dt(R)}',
                           f'문의: {g.dept} {R.choice(POS)} {pname(R)} ({office_tel(R)})'])
    if kind == 'edu':
        g.body.append(('p', '4. 문항지는 시험 종료 후 공개하며, 시험 전 문항 유출 방지에 유의하여 주시기 바랍니다.', 'body'))
    ft, loc = place_field(g, R, 'public', [])
    add('plain', v, '공문(공개)', g.build(), 'public', 'none', [], 'field', loc, ft, [], ft)


# --- 24. informal internal markings
def t_informal(v):
    R = RNG('informal', v)
    kind = R.choice(['edu', 'council', 'proc', 'city', 'hospital'])
    g = G(R, kind, R.choice(['조직 개편(안) 내부 검토', '2027년 예산 편성 방향 검토', '정원 감축 시나리오 검토', '위탁기관 재선정 방안 검토']))
    g.body = body_items(R, ['검토 배경: 재정 여건 악화에 따른 사업 조정 필요', f'검토안: 1안 {R.randint(3, 9)}개 팀 통합, 2안 {R.randint(1, 4)}개 사업 폐지',
                           '향후 계획: 관계 부서 협의 후 최종안 확정(미확정)'])
    mk = R.choice(['내부 검토용', '[내부용] 외부 배포 금지', '취급주의', '초안 - 열람 제한', '대외 유출 금지', 'CONFIDENTIAL (내부)'])
    p = v % 3
    if p == 0:
        g.stamp_top = mk; loc = 'header'
    elif p == 1:
        g.box = mk; loc = 'textbox'
    else:
        g.title_prefix = f'({mk}) '; loc = '제목'
    add('informal', v, '내부 검토', g.build(), 'non_public', 'none', ['OIDA-9-1-5'], 'informal_marking', loc, mk,
        ['informal_marking'])


# --- 25. long multi-page reports with a deep cue
def filler(R, topic, n):
    S = ['{t} 관련 추진 실적을 분기별로 점검한 결과 전년 대비 {a}% 개선되었다.',
         '현장 의견 수렴 결과 담당 인력 부족과 예산 집행 지연이 주요 애로사항으로 확인되었다.',
         '향후 관계기관 협의체를 분기 1회 운영하고 성과지표를 재설정할 계획이다.',
         '{t}의 세부 과제 {b}개 중 {c}개가 완료되었고 나머지는 하반기에 추진한다.',
         '주민 만족도 조사(표본 {d}명)에서 긍정 응답 비율은 {a}%로 나타났다.',
         '예산은 국비 {e}억 원, 지방비 {f}억 원으로 구성되며 집행률은 {a}%이다.',
         '유사 사례로 타 지역의 운영 모델을 검토하였으며 적용 가능성을 분석하였다.']
    out = []
    for _ in range(n):
        out.append(R.choice(S).format(t=topic, a=R.randint(3, 95), b=R.randint(5, 20), c=R.randint(1, 5),
                                      d=R.randint(300, 2000), e=R.randint(1, 90), f=R.randint(1, 60)))
    return out


def t_long(v):
    R = RNG('long', v)
    kind = R.choice(['edu', 'health', 'council', 'mma', 'proc', 'audit', 'hospital'])
    topic = {'edu': '기초학력 보장 사업', 'health': '지역사회 감염병 대응 체계', 'council': '의정 활동 지원 체계',
             'mma': '사회복무 제도 운영', 'proc': '공공 조달 혁신', 'audit': '공직 청렴도 향상', 'hospital': '공공의료 강화'}[kind]
    org = AGENCIES[kind](R)
    d = Doc(f'{topic} 추진 현황 보고서')
    d.header = f'{org} | {topic} 추진 현황'
    d.footer = R.choice([f'{org}', '', '- 내부 결재본 -'])
    d.footer = d.footer or None
    d.h(f'{R.randint(2026, 2026)}년 {topic} 추진 현황 보고서')
    d.p(f'{org}  {R.choice(DEPTS[kind])}   {dt(R)}')
    secs = ['Ⅰ. 추진 배경', 'Ⅱ. 추진 실적', 'Ⅲ. 문제점 및 개선 방안', 'Ⅳ. 향후 계획']
    cue_mode = v % 7
    flags = ['deep_cue']
    for si, s in enumerate(secs):
        d.h(s)
        for para in filler(R, topic, R.randint(7, 11)):
            d.p('  ' + para)
        rows = [['구분', '2024', '2025', '2026(목표)']] + [[x, str(R.randint(10, 99)), str(R.randint(10, 99)), str(R.randint(10, 99))]
                                                       for x in R.sample(['참여 인원', '지원 건수', '예산(억)', '만족도(%)', '민원 건수'], 3)]
        if si == 1 and cue_mode == 0:
            n = pname(R); r = rrn(R)
            rows.append(['민원 대표자', n, r, '재조사 요청'])
            cue = r; loc = '본문_table_cell'
        d.table(rows)
        if si == 2 and cue_mode == 1:
            n = pname(R)
            d.p('  민원인 의견을 반영하여 시범사업 범위를 조정하였다.¹')
            d.fn(f'1) 제보 민원인 {n}({addr(R)}, {mobile(R)})의 {dt(R, 2025)} 진정 내용을 참조함')
            cue = f'제보 민원인 {n}'; loc = '본문_footnote'
        elif si == 2:
            d.p('  세부 통계는 부록 참조.¹')
            d.fn(f'1) 통계는 {R.choice(["행정안전부", "통계청", "자체"])} 집계 기준(비밀번호로 보호된 내부 DB에서 추출)')
        if si < 3:
            d.pb()
    d.p('붙임  ' + {2: '1. 업체별 원가계산서 및 기술자료(영업비밀) 1부.',
                     3: '1. 세부 추진 계획 1부.', 4: '1. 관련자 징계 요구 명단 1부.'}.get(cue_mode, '1. 세부 통계표 1부.') + '  끝.')
    disc, mk, rs = 'public', 'none', []
    if cue_mode == 0:
        disc, rs = 'partial', ['OIDA-9-1-6', 'PIPA-24']
    elif cue_mode == 1:
        disc, rs = 'partial', ['OIDA-9-1-6']
    elif cue_mode == 2:
        co = R.choice(COMP)
        d.pb(); d.h('[붙임 1] 업체별 원가계산서')
        d.table([['업체', '재료비', '노무비', '일반관리비율', '이윤율'],
                 [co, won(R, 10_000_000, 90_000_000, 10000), won(R, 10_000_000, 90_000_000, 10000), f'{R.randint(4, 8)}%', f'{R.randint(5, 12)}%']])
        disc, rs = 'partial', ['OIDA-9-1-7']; cue = '업체별 원가계산서 및 기술자료(영업비밀)'; loc = '붙임'
    elif cue_mode == 3:
        s = R.choice(['이 문서는 2027. 12. 31.까지 대외비로 관리함', '대외비(보호기간: 2028. 6. 30.까지)', '보안등급: 대외비'])
        d.pb(); d.p(s, 'stamp')
        disc, mk, rs = 'non_public', '대외비', ['OIDA-9-1-5']; cue = s; loc = 'last_page'
    elif cue_mode == 4:
        d.pb(); d.h('[붙임 1] 관련자 징계 요구 명단')
        rows = [['소속', '직급', '성명', '요구 수준']] + [[R.choice(DEPTS['city']), '행정6급', pname(R), R.choice(['중징계', '경징계'])]
                                                     for _ in range(3)]
        d.table(rows)
        disc, rs = 'non_public', ['OIDA-9-1-5', 'OIDA-9-1-6']; cue = rows[1][2]; loc = 'last_page'
        flags.append('content_only')
    elif cue_mode == 5:
        gr = R.choice(['III급', 'II급'])
        s = stamp(gr, R)
        d.pb(); d.h('문서 관리 카드')
        d.table([['문서번호', docno(R, '작전참모처')], ['보안등급', s], ['예고문', yegomun(gr, R)],
                 ['사본번호', f'제{R.randint(1, 6)}호']])
        disc, mk, rs = 'non_public', gr, ['OIDA-9-1-1', 'OIDA-9-1-2']; cue = s; loc = 'last_page'
    else:
        cue = ''; loc = 'none'; flags = ['no_cue']
    add('long', v, '장문 보고서', d, disc, mk, rs, 'deep' if cue else 'none', loc, cue, flags)


# --- 26. OCR-noised inline text of classified / public docs
def t_ocr(v):
    R = RNG('ocr', v)
    sub = v % 4
    if sub == 0:
        s = R.choice(['대 외 비', '대외ㅂ1', '[대 외비]', '대외비'])
        body = (f'{s}\n{AGENCIES["proc"](R)}\n제목 입찰 평가위원 후보자 명단\n1. 평가위원 후보: {pname(R)}, {pname(R)}, {pname(R)}\n'
                f'2. 연락처: {mobile(R)}\n{s}')
        label = ('non_public', '대외비', ['OIDA-9-1-5', 'OIDA-9-1-6']); cue = s
    elif sub == 1:
        s = R.choice(['Ⅲ 급 비 밀', 'III급 비밀', 'lll급 비밀', 'Ⅲ급비 밀'])
        body = (f'{s}\n{AGENCIES["mil"](R)}\n제목 {R.choice(MIL_TITLES).format(y=2026)}\n1. 작전 지역 내 통제선 조정\n'
                f'{yegomun("III급", R)}\n{s}')
        label = ('non_public', 'III급', ['OIDA-9-1-1', 'OIDA-9-1-2']); cue = s
    elif sub == 2:
        n = pname(R)
        body = (f'{AGENCIES["hospital"](R)} 진료기록부\n환자 성명 {n}  주민등록번호 {rrn(R)}\n진단명: {R.choice(["폐결핵(A15)", "조현병(F20)", "당뇨병(E11)"])}\n'
                f'처방: 투약 {R.randint(7, 30)}일분')
        label = ('non_public', 'none', ['OIDA-9-1-6', 'PIPA-23', 'PIPA-24']); cue = f'환자 성명 {n}'
    else:
        body = (f'{AGENCIES["council"](R)} 보도자료\n의회, 정보공개 조례 개정\n{pname(R)} 의장은 "비공개 회의를 최소화하겠다"고 밝혔다.\n'
                '개정안은 비밀번호 관리와 대외비 지정 기준도 명확히 했다.')
        label = ('public', 'none', []); cue = '비공개 회의'
    text = ocr_noise(body, R, protect=[cue])
    add('ocr', v, 'OCR', text, *label, 'marking' if label[1] != 'none' else ('mention_trap' if label[0] == 'public' else 'personal_health'),
        'header' if label[1] != 'none' else '본문', cue, ['ocr'] + (['mention_only'] if label[0] == 'public' else []), None,
        fmt='text', ocr=True)


# --- 27. wrapped-line 공개구분 and citations (text)
def t_wrap(v):
    R = RNG('wrap', v)
    kind = R.choice(['edu', 'health', 'council', 'proc', 'mma'])
    disc = ['non_public', 'partial', 'public'][v % 3]
    nums = {'non_public': R.choice([[5], [4], [5, 6], [2]]), 'partial': R.choice([[6], [7], [6, 7]]), 'public': []}[disc]
    TT = {(5,): '감사 처분 요구(안) 사전 검토', (4,): '수사 의뢰 사건 관련 자료 제출', (5, 6): '징계위원회 심의 자료 송부',
          (2,): '비상대비 자원관리 현황 보고', (6,): '자원봉사자 활동 실적 보고', (7,): '위탁업체 원가 산정 자료',
          (6, 7): '용역 참여 인력 및 단가 현황', (): '업무 협조 요청'}
    title = TT[tuple(nums)]
    g = G(R, kind, title)
    ct = cite(nums, R) if nums else ''
    body = {'non_public': f'본 자료는 {ct}에 해당하여 비공개로 관리합니다.', 'partial': f'개인 또는 법인 관련 부분은 {ct}에 따라 가리고 제공합니다.',
            'public': '협조하여 주시기 바랍니다.'}[disc]
    g.body = body_items(R, ['관련 근거에 따라 자료를 송부합니다.', body])
    if disc == 'partial' and 6 in nums:
        g.body.append(('table', [['성명', '연락처'], [pname(R), mobile(R)], [pname(R), mobile(R)]]))
    if disc == 'partial' and 7 in nums:
        g.body.append(('p', f'{R.choice(COMP)} 단가: 인건비 {won(R, 150000, 350000)}/일, 재료 마진 {R.randint(8, 22)}%', 'body'))
    if disc == 'non_public' and nums == [5, 6]:
        g.body.append(('p', f'징계 대상자: {R.choice(POS)} {pname(R)} (요구 수준: 경징계)', 'body'))
    ft, loc = place_field(g, R, disc, nums)
    reasons = [f'OIDA-9-1-{n}' for n in nums]
    add('wrap', v, '공문(인용 변형)', g.build(), disc, 'none', reasons, 'citation' if nums else 'field',
        '본문' if nums else loc, ct if nums else ft, ['wrapped'] if v % 2 else [], ft)


# ---------------------------------------------------------------- plan
PLAN = [  # template fn, variants, format cycle
    (t_counsel, 8, 'thp'), (t_discipline, 6, 'thp'), (t_violence, 10, 'hpt'), (t_exam, 9, 'pht'),
    (t_infect, 9, 'tph'), (t_medaid, 16, 'hpt'), (t_mma, 7, 'pth'), (t_secret, 24, 'htp'),
    (t_daeoebi, 13, 'pht'), (t_bid, 9, 'thp'), (t_price, 10, 'hpt'), (t_audit, 10, 'pth'),
    (t_audit_pub, 10, 'tph'), (t_notice, 24, 'thp'), (t_press, 20, 'tph'), (t_gongo, 10, 'htp'),
    (t_guide, 8, 'pth'), (t_pubgm, 15, 'thp'), (t_form, 4, 'htp'), (t_council, 20, 'tph'),
    (t_hr, 6, 'hpt'), (t_school_pay, 16, 'pth'), (t_reply, 16, 'thp'), (t_plain, 12, 'htp'),
    (t_informal, 6, 'pth'), (t_long, 21, 'hp'), (t_ocr, 12, 't'), (t_wrap, 15, 'tph'),
]
FMAP = {'t': 'text', 'h': 'hwpx', 'p': 'pdf'}


def norm(s):
    return re.sub(r'\s+', '', s)


def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        assert z.read('mimetype') == b'application/hwp+zip'
        for req in ['version.xml', 'Contents/header.xml', 'Contents/section0.xml', 'Contents/content.hpf',
                    'META-INF/container.xml', 'META-INF/manifest.xml']:
            assert req in names, req
        import xml.etree.ElementTree as ET
        for n in names:
            if n.endswith('.xml') or n.endswith('.hpf'):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read('Contents/section0.xml'))
        HP = '{http://www.hancom.co.kr/hwpml/2011/paragraph}'
        return '\n'.join((t.text or '') for t in root.iter(HP + 't'))


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    for fn, n, cyc in PLAN:
        for v in range(n):
            before = len(RECS)
            fn(v)
            for r in RECS[before:]:
                if r['fmt'] is None:
                    r['fmt'] = FMAP[cyc[v % len(cyc)]]
    recs, metas = [], []
    for i, r in enumerate(RECS, 1):
        rid = f'{PFX}-{i:04d}'
        rec = {'id': rid}
        if r['fmt'] == 'text':
            txt = r['doc'] if isinstance(r['doc'], str) else render_text(r['doc'])
            rec['text'] = txt
        else:
            rel = f'files/{rid}.{r["fmt"]}'
            (render_hwpx if r['fmt'] == 'hwpx' else render_pdf)(r['doc'], os.path.join(HERE, rel))
            if r['fmt'] == 'pdf' and shutil.which('pdftotext'):
                got = set(norm(subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', os.path.join(HERE, rel), '-'],
                                              capture_output=True, text=True).stdout))
                lost = set(norm(render_text(r['doc']))) - got - set('│|')
                assert not lost, (rid, lost)
            rec['file'] = rel
        rec.update(disclosure=r['disc'], marking=r['marking'], reasons=r['reasons'], genre=r['genre'])
        recs.append(rec)
        metas.append({'id': rid, 'template': r['tpl'], 'variant': r['v'], 'format': r['fmt'], 'cue_kind': r['cue_kind'],
                      'cue_location': r['cue_loc'], 'cue_text': r['cue_text'], 'flags': r['flags'],
                      'stated_field_text': r['field_text']})
    with open(os.path.join(HERE, f'{PFX}.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{PFX}.meta.jsonl'), 'w', encoding='utf-8') as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    validate()


def validate():
    recs = [json.loads(l) for l in open(os.path.join(HERE, f'{PFX}.jsonl'), encoding='utf-8')]
    metas = {m['id']: m for m in (json.loads(l) for l in open(os.path.join(HERE, f'{PFX}.meta.jsonl'), encoding='utf-8'))}
    from collections import Counter
    C = Counter(); M = Counter(); F = Counter(); RS = Counter()
    have_pdftotext = shutil.which('pdftotext') is not None
    for r in recs:
        m = metas[r['id']]
        assert r['disclosure'] in ('public', 'partial', 'non_public')
        assert r['marking'] in MARKINGS
        assert r['reasons'] == canon(r['reasons'])
        if r['disclosure'] == 'public':
            assert r['reasons'] == [] and r['marking'] == 'none', r['id']
        else:
            assert r['reasons'], r['id']
        if r['marking'] in ('III급', 'II급', 'I급'):
            assert 'OIDA-9-1-1' in r['reasons'] and len(r['reasons']) >= 2 and r['disclosure'] == 'non_public'
        else:
            assert 'OIDA-9-1-1' not in r['reasons'], r['id']
        if r['marking'] == '대외비':
            assert r['disclosure'] == 'non_public'
        if 'mention_only' in m['flags']:
            assert r['marking'] == 'none', r['id']
        if 'field_contradicts_content' in m['flags']:
            assert r['disclosure'] == 'partial' and r['reasons'] == ['OIDA-9-1-6', 'PIPA-24']
        # text extraction and cue presence
        if 'text' in r:
            txt = r['text']
        elif r['file'].endswith('.hwpx'):
            txt = hwpx_text(os.path.join(HERE, r['file']))
        else:
            p = os.path.join(HERE, r['file'])
            with open(p, 'rb') as fh:
                assert fh.read(5) == b'%PDF-'
            txt = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', p, '-'], capture_output=True, text=True).stdout if have_pdftotext else ''
        if m['cue_text'] and (have_pdftotext or 'file' not in r or r['file'].endswith('.hwpx')):
            assert norm(m['cue_text']) in norm(txt), (r['id'], m['cue_text'])
        if m['stated_field_text'] and (have_pdftotext or 'file' not in r or r['file'].endswith('.hwpx')):
            assert norm(m['stated_field_text']) in norm(txt), (r['id'], m['stated_field_text'])
        assert re.search('[가-힣]{4,}', txt), r['id']
        C[r['disclosure']] += 1; M[r['marking']] += 1; F[m['format']] += 1
        for x in r['reasons']:
            RS[x] += 1
    n = len(recs)
    assert n >= 270, n
    assert F['hwpx'] >= 70 and F['pdf'] >= 70, F
    for k in ('public', 'partial', 'non_public'):
        assert C[k] >= 0.25 * n, (k, C)
    assert M['대외비'] >= 14 and M['III급'] >= 10 and M['II급'] >= 6 and M['I급'] >= 3, M
    ids = [r['id'] for r in recs]
    assert len(set(ids)) == n
    print('records', n, dict(C), dict(M), dict(F))
    print('cue_locations', dict(Counter(m['cue_location'] for m in metas.values())))
    print('reasons', {k: RS[k] for k in REASON_ORDER})
    if not have_pdftotext:
        print('WARNING: pdftotext missing; PDF text not checked')


if __name__ == '__main__':
    main()
