#!/usr/bin/env python3
"""Generator for the sens_o evaluation set (Korean document sensitivity).

Run with the venv at /work/evalsets/venv_sens_o:
    /work/evalsets/venv_sens_o/bin/python make_set.py
Writes sens_o.jsonl, sens_o.meta.jsonl, files/, README.md and MD5SUMS next to this
script, then validates everything.  All randomness comes from random.Random(str seed);
no set/dict iteration order depends on hashing, so output is identical for any
PYTHONHASHSEED.
"""
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "sens_o/2025-v1"
FILES_DIR = os.path.join(HERE, "files")

# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 "
            "심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 "
            "마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 남궁 황보 선우 제갈 독고").split()
GIVEN = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 민재 현준 연우 유준 정우 "
         "승우 승현 시윤 준혁 은우 지환 승민 유찬 서연 서윤 지우 서현 민서 하은 하윤 윤서 지민 채원 지유 "
         "수아 지아 은서 다은 예은 수빈 소율 예린 지원 영수 영희 상훈 성호 경민 미경 정숙 은정 혜진 동현 "
         "재훈 태윤 보람 슬기 나래 한결 순자 영자 명수 기철 종민 병철 정미 경숙 미란 재석 상철 문식 광호 "
         "성진 혜원 수정 진영 태호 용준 인영 세영 가람 다솜 경태 춘자 봉수 말순 형준 나연 동희 규리 "
         "재원 희정 창민 은비 기현 선희 명희 정란 두식 덕수 옥순 해진 소희 원석 인호 민혁 지혜 유나").split()


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def masked(name, rng):
    s = name[:2] if name[:2] in ("남궁", "황보", "선우", "제갈", "독고") else name[0]
    return rng.choice([s + "○○", s + "**", s + "○" + name[-1], s + " 모 씨"])


ROAD = ["중앙로", "시청로", "한들로", "새솔대로", "가람길", "누리로", "다온대로", "미르로", "별빛로", "솔뫼길",
        "하람로", "온누리대로", "늘푸른로", "은행나무길", "청사로", "대학로", "강변북로", "산단로", "구름다리길",
        "문화로", "희망로", "행복로", "바른길", "정부청사로", "도움로", "장터길", "매화로", "느티로"]

# kind: central / local / edu / school / corp / police / court / corr / probation
INSTS = [
    dict(name="행정안전부", head="행정안전부장관", kind="central", area="044", city="세종특별자치시",
         depts=["비상대비정책과", "정보공개정책과", "디지털안전정책과", "복무담당관실", "지방재정정책관실", "재난대응정책과"],
         home="www.mois.go.kr", bldg="정부세종청사 8동"),
    dict(name="국토교통부", head="국토교통부장관", kind="central", area="044", city="세종특별자치시",
         depts=["국토정책과", "신도시택지개발과", "도로정책과", "항공보안과", "건설안전과"],
         home="www.molit.go.kr", bldg="정부세종청사 6동"),
    dict(name="보건복지부", head="보건복지부장관", kind="central", area="044", city="세종특별자치시",
         depts=["기초생활보장과", "자립지원과", "장애인정책과", "감염병정책총괄과", "노인정책과"],
         home="www.mohw.go.kr", bldg="정부세종청사 10동"),
    dict(name="교육부", head="교육부장관", kind="central", area="044", city="세종특별자치시",
         depts=["교원정책과", "학교안전총괄과", "대입정책과", "교육통계과", "사학감사담당관실"],
         home="www.moe.go.kr", bldg="정부세종청사 14동"),
    dict(name="고용노동부", head="고용노동부장관", kind="central", area="044", city="세종특별자치시",
         depts=["노사관계법제과", "산업안전기준과", "고용정책총괄과", "운영지원과"],
         home="www.moel.go.kr", bldg="정부세종청사 11동"),
    dict(name="환경부", head="환경부장관", kind="central", area="044", city="세종특별자치시",
         depts=["물환경정책과", "화학물질정책과", "대기환경정책과", "감사담당관실"],
         home="www.me.go.kr", bldg="정부세종청사 6동"),
    dict(name="국방부", head="국방부장관", kind="central", area="02", city="서울특별시 용산구",
         depts=["동원기획과", "정보보호과", "군사시설기획과", "국제정책과"], home="www.mnd.go.kr", bldg=""),
    dict(name="통일부", head="통일부장관", kind="central", area="02", city="서울특별시 종로구",
         depts=["정세분석총괄과", "남북회담기획과", "비상안전담당관실"], home="www.unikorea.go.kr", bldg=""),
    dict(name="한들시", head="한들시장", kind="local", area="031", city="경기도 한들시",
         depts=["총무과", "자치행정과", "복지정책과", "도시계획과", "회계과", "안전총괄과", "감사담당관"],
         home="www.handeul.go.kr", bldg="한들시청"),
    dict(name="새솔시", head="새솔시장", kind="local", area="041", city="충청남도 새솔시",
         depts=["기획예산과", "사회복지과", "건축과", "재난안전과", "세무과", "민원여권과"],
         home="www.saesol.go.kr", bldg="새솔시청"),
    dict(name="가람군", head="가람군수", kind="local", area="063", city="전북특별자치도 가람군",
         depts=["행정지원과", "주민복지과", "농업정책과", "안전건설과", "재무과"],
         home="www.garam.go.kr", bldg="가람군청"),
    dict(name="부산광역시 누리구", head="누리구청장", kind="local", area="051", city="부산광역시 누리구",
         depts=["총무과", "복지정책과", "교통행정과", "감사실", "일자리경제과"],
         home="www.nuri.busan.kr", bldg="누리구청"),
    dict(name="다온시", head="다온시장", kind="local", area="054", city="경상북도 다온시",
         depts=["자치행정과", "도시재생과", "희망복지지원과", "회계과", "비상대비팀"],
         home="www.daon.go.kr", bldg="다온시청"),
    dict(name="미르군", head="미르군수", kind="local", area="033", city="강원특별자치도 미르군",
         depts=["기획감사실", "주민생활지원과", "재난안전과", "산림녹지과"],
         home="www.mir.go.kr", bldg="미르군청"),
    dict(name="인천광역시 별빛구", head="별빛구청장", kind="local", area="032", city="인천광역시 별빛구",
         depts=["총무과", "사회복지과", "건축과", "안전총괄과", "세무1과"],
         home="www.byeolbit.incheon.kr", bldg="별빛구청"),
    dict(name="솔뫼시", head="솔뫼시장", kind="local", area="055", city="경상남도 솔뫼시",
         depts=["행정과", "복지정책과", "투자유치과", "도시개발과", "감사관"],
         home="www.solmoe.go.kr", bldg="솔뫼시청"),
    dict(name="경기도한들교육지원청", head="경기도한들교육지원청교육장", kind="edu", area="031", city="경기도 한들시",
         depts=["행정지원과", "초등교육지원과", "중등교육지원과", "학생지원과"],
         home="www.goehd.kr", bldg=""),
    dict(name="충청남도새솔교육지원청", head="충청남도새솔교육지원청교육장", kind="edu", area="041", city="충청남도 새솔시",
         depts=["교육지원과", "행정지원과", "시설지원팀"], home="www.cnesol.go.kr", bldg=""),
    dict(name="한들고등학교", head="한들고등학교장", kind="school", area="031", city="경기도 한들시",
         depts=["교무기획부", "행정실", "학생안전부", "교육과정부"], home="handeul.hs.kr", bldg=""),
    dict(name="가람초등학교", head="가람초등학교장", kind="school", area="063", city="전북특별자치도 가람군",
         depts=["교무부", "행정실", "방과후학교부"], home="garam.es.kr", bldg=""),
    dict(name="새솔중학교", head="새솔중학교장", kind="school", area="041", city="충청남도 새솔시",
         depts=["교무부", "행정실", "생활안전부"], home="saesol.ms.kr", bldg=""),
    dict(name="한국공공시설관리공단", head="한국공공시설관리공단 이사장", kind="corp", area="052", city="울산광역시 중구",
         depts=["계약관리팀", "안전보안팀", "인사노무팀", "감사실", "시설운영처"], home="www.kpfm.or.kr", bldg=""),
    dict(name="한국물자원공사", head="한국물자원공사 사장", kind="corp", area="042", city="대전광역시 대덕구",
         depts=["조달계약부", "보안관리부", "인재개발부", "감사실", "상수도운영부"], home="www.kwrc.or.kr", bldg=""),
    dict(name="한국교통시설안전원", head="한국교통시설안전원장", kind="corp", area="054", city="경상북도 김천시",
         depts=["경영지원실", "안전점검처", "계약팀", "정보보안팀"], home="www.ktsi.or.kr", bldg=""),
    dict(name="한들경찰서", head="한들경찰서장", kind="police", area="031", city="경기도 한들시",
         depts=["수사과", "형사과", "여성청소년과", "경무과", "생활안전과"], home="www.ggpolice.go.kr/hd", bldg=""),
    dict(name="새솔경찰서", head="새솔경찰서장", kind="police", area="041", city="충청남도 새솔시",
         depts=["수사과", "형사과", "정보안보과", "경무과"], home="www.cnpolice.go.kr/ss", bldg=""),
    dict(name="한들보호관찰소", head="한들보호관찰소장", kind="probation", area="031", city="경기도 한들시",
         depts=["관찰과", "조사과", "집행과"], home="www.probation.go.kr", bldg=""),
    dict(name="다온교도소", head="다온교도소장", kind="corr", area="054", city="경상북도 다온시",
         depts=["총무과", "보안과", "수용기록과", "의료과"], home="www.corrections.go.kr", bldg=""),
    dict(name="한들지방법원 사무국", head="한들지방법원장", kind="court", area="031", city="경기도 한들시",
         depts=["총무과", "민사과", "형사과", "집행관사무소"], home="hd.scourt.go.kr", bldg=""),
]


def inst_pick(rng, kinds=None):
    pool = [i for i in INSTS if kinds is None or i["kind"] in kinds]
    return rng.choice(pool)


def zipcode(rng):
    return "%05d" % rng.randint(10000, 63999)


def inst_addr(rng, inst):
    rd = rng.choice(ROAD)
    a = "%s %s %d" % (inst["city"], rd, rng.randint(1, 420))
    if inst["bldg"]:
        a += " " + inst["bldg"]
    return a


def tel(rng, area, kind="office"):
    if area == "02":
        return "02-%d-%04d" % (rng.randint(2100, 3999), rng.randint(0, 9999))
    return "%s-%d-%04d" % (area, rng.randint(200, 999) if kind != "long" else rng.randint(2000, 8999), rng.randint(0, 9999))


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


LAT = "abcdefghijklmnopqrstuvwxyz"


def email(rng, domain="korea.kr"):
    n = "".join(rng.choice(LAT) for _ in range(rng.randint(3, 6)))
    if rng.random() < 0.5:
        n += str(rng.randint(1, 99))
    return n + "@" + domain


def pdate(rng, y0=2023, y1=2026):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return (y, m, d)


def fdate(dt, style=0):
    y, m, d = dt
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 2:
        return "%d.%02d.%02d." % (y, m, d)
    if style == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d. %02d. %02d." % (y, m, d)


def addr_private(rng):
    city = rng.choice(["경기도 한들시", "충청남도 새솔시", "부산광역시 누리구", "경상북도 다온시", "인천광역시 별빛구",
                       "경상남도 솔뫼시", "전북특별자치도 가람군", "서울특별시 마포구", "대전광역시 서구", "광주광역시 북구"])
    base = "%s %s %d" % (city, rng.choice(ROAD), rng.randint(1, 300))
    r = rng.random()
    if r < 0.45:
        base += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    elif r < 0.7:
        base += ", %d층" % rng.randint(2, 5)
    return base


def dob(rng, y0=1940, y1=2005):
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def rrn(rng, d=None, valid=True):
    y, m, dd = d or dob(rng, 1945, 1999)
    g = rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])
    body = "%02d%02d%02d%d" % (y % 100, m, dd, g) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    chk = (11 - s % 11) % 10
    full = body + str(chk)
    return full[:6] + "-" + full[6:]


def rrn_masked(rng, d=None):
    r = rrn(rng, d)
    return r[:8] + rng.choice(["******", "●●●●●●", "XXXXXX", "******"])


def amount(rng, lo, hi, step=1000):
    return rng.randint(lo // step, hi // step) * step


def won(v):
    return "{:,}".format(v)


def pick(rng, xs):
    return rng.choice(xs)


def docno(rng, dept, year=None):
    return "%s-%d" % (dept, rng.randint(120, 19999))


# ----------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.header = []      # page header lines
        self.footer = []      # page footer lines
        self.blocks = []      # ('p', text) | ('t', rows, flat_style) | ('box', text)
        self.cues = []

    def p(self, *lines):
        for s in lines:
            self.blocks.append(("p", s))

    def t(self, rows, flat=None):
        self.blocks.append(("t", [list(r) for r in rows], flat))

    def box(self, s):
        self.blocks.append(("box", s))

    def cue(self, text, where, kind, deciding=False):
        self.cues.append(dict(text=text, where=where, kind=kind, deciding=deciding))


def flatten_table(rows, style):
    out = []
    if style == "pipe":
        for r in rows:
            out.append("| " + " | ".join(r) + " |")
    elif style == "pipe2":
        for r in rows:
            out.append("|".join(r))
    elif style == "tab":
        for r in rows:
            out.append("\t".join(r))
    elif style == "space":
        for r in rows:
            out.append("  ".join(r))
    elif style == "cells":
        for r in rows:
            out.extend(c for c in r if c != "")
    elif style == "runon":
        out.append(" ".join(" ".join(c for c in r if c) for r in rows))
    else:
        raise ValueError(style)
    return out


def render_text(doc, rng):
    lines = []
    for h in doc.header:
        lines.append(h)
    if doc.header:
        lines.append("")
    for b in doc.blocks:
        if b[0] == "p":
            lines.append(b[1])
        elif b[0] == "box":
            lines.append(b[1])
        else:
            lines.extend(flatten_table(b[1], b[2] or "pipe"))
    if doc.footer:
        lines.append("")
        lines.extend(doc.footer)
    return "\n".join(lines).strip("\n") + "\n"


# OCR-like noise -------------------------------------------------------------
def ocr_noise(text, rng, level=1.0):
    out = []
    for line in text.split("\n"):
        chars = []
        for i, ch in enumerate(line):
            r = rng.random()
            if ch == "0" and r < 0.08 * level:
                ch = "O"
            elif ch == "O" and r < 0.2 * level:
                ch = "0"
            elif ch == "1" and r < 0.06 * level:
                ch = rng.choice(["l", "I"])
            elif ch == "l" and r < 0.2 * level:
                ch = "1"
            elif ch == "·" and r < 0.3 * level:
                ch = "."
            chars.append(ch)
            if "\uac00" <= ch <= "\ud7a3" and i + 1 < len(line) and "\uac00" <= line[i + 1] <= "\ud7a3":
                if rng.random() < 0.035 * level:
                    chars.append(" ")
        s = "".join(chars)
        # hard line wraps at an arbitrary space in long lines
        if len(s) > 38 and rng.random() < 0.45 * level:
            sp = [m.start() for m in re.finditer(" ", s)]
            if sp:
                k = rng.choice(sp)
                s = s[:k] + "\n" + s[k + 1:]
        if rng.random() < 0.05 * level:
            s = s + " "
        out.append(s)
    return "\n".join(out)


# ----------------------------------------------------------------------------
# labels, disclosure entries, markings
# ----------------------------------------------------------------------------
REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]


def reasons_of(items=(), pipa=()):
    rs = ["OIDA-9-1-%d" % i for i in items] + ["PIPA-%d" % p for p in pipa]
    return sorted(set(rs), key=REASON_ORDER.index)


LAW_FULL = "「공공기관의 정보공개에 관한 법률」"


def items_str(rng, items):
    """Spell a list of 제9조 제1항 items in one of many house styles."""
    it = list(items)
    st = rng.randint(0, 11)
    if st == 0:
        return "(%s)" % ",".join(map(str, it))
    if st == 1:
        return "(%s)" % ", ".join(map(str, it))
    if st == 2:
        return "(%s)" % "·".join(map(str, it))
    if st == 3:
        return "(%s)" % "ㆍ".join(map(str, it))
    if st == 4:
        return "（%s）" % ",".join(map(str, it))
    if st == 5:
        return "(%s)" % ", ".join("제%d호" % i for i in it)
    if st == 6:
        return "(법 제9조 제1항 %s)" % "·".join("제%d호" % i for i in it)
    if st == 7:
        return " (9조 1항 %s)" % ", ".join("%d호" % i for i in it)
    if st == 8:
        return "(%s 제9조제1항%s)" % (LAW_FULL, " 및 ".join("제%d호" % i for i in it))
    if st == 9:
        return "(정보공개법 제9조①%s)" % "·".join(str(i) for i in it)
    if st == 10:
        return " (제9조 제1항 제%s호)" % ", 제".join(str(i) for i in it)
    return "(%s)" % ",".join(map(str, it))


def disc_entry(rng, disc, items):
    if disc == "public":
        return rng.choice(["공개", "공개", "공개", "공 개"])
    word = "부분공개" if disc == "partial" else "비공개"
    if rng.random() < 0.08:
        word = word.replace("공개", " 공개") if word == "부분공개" else "비 공개"
    return word + items_str(rng, items)


def checkbox_entry(rng, disc, items):
    on, off = rng.choice([("■", "□"), ("[√]", "[ ]"), ("[V]", "[ ]"), ("▣", "□"), ("■", "□")])
    nums = ",".join(map(str, items))
    opts = [("공개", disc == "public", ""), ("부분공개", disc == "partial", "(%s)" % nums if disc == "partial" else "( )"),
            ("비공개", disc == "non_public", "(%s)" % nums if disc == "non_public" else "( )")]
    if rng.random() < 0.4:
        opts = [opts[2], opts[0], opts[1]]
    if rng.random() < 0.3:
        opts = [o for o in opts if o[0] != "부분공개"] if disc != "partial" else opts
    return " ".join("%s%s%s" % (on if sel else off, lab, suf) for lab, sel, suf in opts)


DAEOEBI_STAMPS = ["대 외 비", "[대외비]", "《대외비》", "{d}까지 대외비", "대외비(보호기간: {d}까지)", "보안등급: 대외비",
                  "대외비", "<대외비>", "【대외비】", "대외비 문서"]
SECRET_STAMPS = {
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "III급비밀"],
    "II급": ["Ⅱ급비밀", "II급 비밀", "2급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "1급 비밀", "비밀(Ⅰ급)"],
}
GRADE_CANON = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def marking_stamp(rng, marking, until):
    if marking == "대외비":
        return rng.choice(DAEOEBI_STAMPS).format(d=fdate(until, rng.choice([0, 0, 4])))
    return rng.choice(SECRET_STAMPS[marking])


# ----------------------------------------------------------------------------
# 공문 두문 / 결문
# ----------------------------------------------------------------------------
POS_LOCAL = [("주무관", "팀장", "과장"), ("주무관", "사무관", "과장"), ("행정주사보", "행정주사", "과장"),
             ("주무관", "팀장", "국장"), ("실무관", "주무관", "담당관")]
POS_SCHOOL = [("교사", "교무부장", "교감"), ("주무관", "행정실장", "교장"), ("교사", "부장교사", "교장")]
POS_CORP = [("대리", "차장", "팀장"), ("주임", "과장", "부장"), ("사원", "팀장", "처장")]
POS_POLICE = [("경사", "경감", "과장"), ("경위", "경정", "서장"), ("수사관", "팀장", "과장")]


def officials(rng, inst):
    k = inst["kind"]
    pos = rng.choice(POS_SCHOOL if k == "school" else POS_CORP if k == "corp" else POS_POLICE if k == "police" else POS_LOCAL)
    return [(pos[0], person(rng)), (pos[1], person(rng)), (pos[2], person(rng))]


class Ctx:
    """Everything needed to write a 공문 of one institution."""

    def __init__(self, rng, inst=None, kinds=None):
        self.rng = rng
        self.inst = inst or inst_pick(rng, kinds)
        self.dept = rng.choice(self.inst["depts"])
        self.date = pdate(rng)
        self.offs = officials(rng, self.inst)
        self.no = docno(rng, self.dept)
        self.addr = inst_addr(rng, self.inst)
        self.zip = zipcode(rng)
        self.tel = tel(rng, self.inst["area"])
        self.fax = tel(rng, self.inst["area"])
        dom = "korea.kr" if self.inst["kind"] in ("central", "local", "edu", "police", "court", "corr", "probation", "school") \
            else self.inst["home"].replace("www.", "")
        self.mail = email(rng, dom)
        self.dstyle = rng.choice([0, 0, 0, 1, 2, 4])

    def d(self, dt=None):
        return fdate(dt or self.date, self.dstyle)


def head_block(doc, ctx, title, recv=None, via=True, top_extra=None):
    rng = ctx.rng
    inst = ctx.inst
    if rng.random() < 0.85:
        doc.p(inst["name"])
    if top_extra:
        doc.p(top_extra)
    recv = recv or rng.choice(["수신자 참조", "내부결재", "%s장(%s장)" % (rng.choice(["각 시·군", "각 읍·면·동", "각 급 학교", "각 소속기관"]), rng.choice(["총무과", "행정과", "행정실"]))])
    sep = rng.choice(["  ", " ", "\t", " : "])
    doc.p("수신%s%s" % (sep, recv))
    if via and rng.random() < 0.6:
        doc.p("(경유)")
    doc.p("제목%s%s" % (sep, title))
    doc.p("")


def sign_lines(doc, ctx):
    rng = ctx.rng
    (p1, n1), (p2, n2), (p3, n3) = ctx.offs
    st = rng.randint(0, 3)
    if st == 0:
        doc.p("기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (p1, n1, p2, n2, p3, n3))
    elif st == 1:
        doc.p("%s %s     %s %s     %s 전결 %02d/%02d %s" % (p1, n1, p2, n2, p3, ctx.date[1], ctx.date[2], n3))
    elif st == 2:
        doc.p("★%s %s" % (p1, n1), "%s %s" % (p2, n2), "%s %s" % (p3, n3))
    else:
        doc.t([["기안자", "검토자", "결재권자"], ["%s %s" % (p1, n1), "%s %s" % (p2, n2), "%s %s" % (p3, n3)]],
              rng.choice(["space", "pipe", "runon"]))
    if rng.random() < 0.5:
        doc.p("협조자" + rng.choice(["", " " + rng.choice(["팀장", "주무관", "사무관"]) + " " + person(rng)]))


def gyeolmun(doc, ctx, entry, layout=None, sender=True, where_note="gyeolmun"):
    """Append a full 결문.  `entry` is the 공개구분 string (or None for none)."""
    rng = ctx.rng
    inst = ctx.inst
    if sender:
        doc.p("")
        doc.p(inst["head"] + rng.choice(["", "  (직인생략)", " [직인]", "  (서명)"]))
        doc.p("")
    sign_lines(doc, ctx)
    layout = layout or rng.choice(["tail", "tail", "tail", "line", "check", "cell", "tail_nospace"])
    recv_no = rng.choice(["", "%s-%d" % (rng.choice(["총무과", "행정과", "행정실", "민원과"]), rng.randint(100, 9999))])
    sihaeng = "시행 %s (%s)" % (ctx.no, ctx.d())
    jeopsu = "접수 %s" % (recv_no + (" (%s)" % ctx.d() if recv_no else ""))
    addr = "우 %s %s" % (ctx.zip, ctx.addr)
    home = "http://" + ctx.inst["home"] if rng.random() < 0.6 else ctx.inst["home"]
    telfax = rng.choice(["전화번호 %s  전송 %s", "전화 %s 전송 %s", "전화(%s) 팩스(%s)", "전화번호 %s 팩스번호 %s"]) % (ctx.tel, ctx.fax)
    slash = rng.choice([" / ", " /", "/ ", " ／ ", "  /  "])
    if layout == "cell":
        rows = [["시행", "%s (%s)" % (ctx.no, ctx.d()), "접수", recv_no],
                ["우", ctx.zip, "주소", ctx.addr],
                ["전화", ctx.tel, "전송", ctx.fax],
                ["전자우편", ctx.mail, "홈페이지", home],
                ["공개구분", entry or "", "", ""]]
        if rng.random() < 0.5:
            rows = rows[:4] + [[rng.choice(["공개구분", "공개 여부", "공개여부"]), entry or "", "", ""]]
        doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
        if entry:
            doc.cue(entry, "gyeolmun_table_cell", "disclosure_field", True)
        return
    order = rng.random()
    lines = []
    if order < 0.75:
        lines.append(sihaeng + "   " + jeopsu)
        lines.append(addr + slash + home)
    else:
        lines.append(addr + slash + home)
        lines.append(sihaeng + "  " + jeopsu)
    last = telfax + slash + ctx.mail
    if layout in ("tail", "tail_nospace") and entry:
        last += (slash if layout == "tail" else "/") + entry
        lines.append(last)
        doc.p(*lines)
        doc.cue(entry, "gyeolmun_last_line", "disclosure_field", True)
        return
    lines.append(last)
    doc.p(*lines)
    if not entry:
        return
    if layout == "line":
        lab = rng.choice(["공개구분", "공개 구분", "공개여부", "정보공개 구분", "공개구분 :"])
        doc.p("%s%s%s" % (lab, rng.choice([" ", ": ", " : ", "  "]) if not lab.endswith(":") else " ", entry))
        doc.cue(entry, "gyeolmun_line", "disclosure_field", True)
    elif layout == "check":
        doc.p("%s %s" % (rng.choice(["공개구분", "공개여부", "공개 여부 :"]), entry))
        doc.cue(entry, "gyeolmun_checkbox", "disclosure_field", True)


# ----------------------------------------------------------------------------
# template helpers
# ----------------------------------------------------------------------------
def cue_if(doc, cands, where, kind):
    txt = render_text(doc, random.Random(0))
    for c in cands:
        if c in txt:
            doc.cue(c, where, kind)
            return c
    return None


def result(doc, disc, marking, reasons, genre, sub, flags=None, decide=None):
    return dict(doc=doc, disclosure=disc, marking=marking, reasons=reasons, genre=genre, sub=sub,
                flags=flags or {}, decide=decide)


def close(doc, ctx, disc, items, layouts=None, sender=True):
    rng = ctx.rng
    layout = rng.choice(layouts or ["tail", "tail", "tail", "tail_nospace", "line", "line", "check", "cell", "footer", "topcell"])
    entry = checkbox_entry(rng, disc, items) if layout == "check" else disc_entry(rng, disc, items)
    if layout == "footer":
        gyeolmun(doc, ctx, None, "tail", sender=sender)
        doc.footer.append("%s%s" % (rng.choice(["공개구분: ", "공개여부 ", "[공개구분] ", "정보공개: "]), entry))
        doc.cue(entry, "footer", "disclosure_field", True)
    elif layout == "topcell":
        gyeolmun(doc, ctx, None, "tail", sender=sender)
        row = [rng.choice(["공개구분", "공개여부"]), entry, rng.choice(["보존기간", "분류번호"]), rng.choice(["5년", "10년", "준영구", "1310-%d" % rng.randint(100, 999)])]
        doc.blocks.insert(0, ("t", [row], rng.choice(["pipe", "space", "tab", "runon"])))
        doc.cue(entry, "header_table_cell", "disclosure_field", True)
    else:
        gyeolmun(doc, ctx, entry, layout, sender=sender)
    return entry, layout


def related(ctx):
    rng = ctx.rng
    other = inst_pick(rng)
    y, m, d = ctx.date
    back = rng.randint(5, 120)
    m2, d2 = m, d - back
    y2 = y
    while d2 < 1:
        d2 += 30
        m2 -= 1
        if m2 < 1:
            m2 += 12
            y2 -= 1
    d2 = min(d2, 28)
    own = rng.random() < 0.5
    return "관련: %s %s(%s.)" % (ctx.inst["name"] if own else other["name"],
                                docno(rng, rng.choice(ctx.inst["depts"] if own else other["depts"])), fdate((y2, m2, d2), 0)[:-1])


def numbered(doc, items, style=None, rng=None):
    st = style if style is not None else (rng.randint(0, 2) if rng else 0)
    for i, s in enumerate(items):
        pre = ["%d. " % (i + 1), "%d." % (i + 1), "%d.  " % (i + 1)][st]
        doc.p(pre + s)


def sub_items(doc, pairs, rng):
    marks = rng.choice([["가.", "나.", "다.", "라.", "마.", "바.", "사."], ["  가.", "  나.", "  다.", "  라.", "  마.", "  바.", "  사."],
                        ["  ○", "  ○", "  ○", "  ○", "  ○", "  ○", "  ○"], ["  -", "  -", "  -", "  -", "  -", "  -", "  -"]])
    for i, (k, v) in enumerate(pairs):
        doc.p("%s %s: %s" % (marks[i], k, v) if k else "%s %s" % (marks[i], v))


def attach(doc, names, rng, end=True):
    if not names:
        return
    if len(names) == 1:
        doc.p("붙임%s%s 1부.%s" % (rng.choice(["  ", " "]), names[0], "  끝." if end else ""))
    else:
        for i, n in enumerate(names):
            pre = "붙임  " if i == 0 else "      "
            tail = "  끝." if end and i == len(names) - 1 else ""
            doc.p("%s%d. %s 1부.%s" % (pre, i + 1, n, tail))


def place(rng, inst):
    return rng.choice(["%s 대회의실" % inst["name"], "%s 3층 소회의실" % inst["name"], "본관 2층 세미나실", "별관 교육장",
                       "영상회의실(온라인 병행)", "시민홀 다목적실"])


def fperiod(rng, dt):
    y, m, d = dt
    return "%s ~ %s" % (fdate(dt, 0), fdate((y, min(12, m + rng.randint(0, 2)), min(28, d + rng.randint(1, 20))), 0))


def when(rng, dt):
    return "%s (%s) %02d:00" % (fdate(dt, 0), rng.choice("월화수목금"), rng.choice([9, 10, 13, 14, 15, 16]))


# ============================================================================
# PUBLIC templates
# ============================================================================
ROUTINE = [
    ("{y}년 청렴교육 실시 안내", "공직자 청렴의식 제고를 위하여 아래와 같이 청렴교육을 실시하오니 소속 직원이 빠짐없이 참석할 수 있도록 협조하여 주시기 바랍니다.",
     ["일시", "장소", "대상", "강사", "내용"], ["부서별 참석자 명단(서식)"]),
    ("폭염 대비 취약계층 보호대책 추진 협조", "최근 폭염특보가 잇따라 발효됨에 따라 홀몸어르신 등 취약계층의 온열질환 예방을 위한 보호대책을 아래와 같이 추진하고자 하오니 적극 협조 바랍니다.",
     ["추진기간", "대상", "주요내용", "협조사항"], ["폭염 대비 보호대책 세부 추진계획", "무더위쉼터 운영 현황(서식)"]),
    ("공공데이터 개방 실태 점검 자료 제출 요청", "공공데이터의 품질 향상과 개방 확대를 위하여 기관별 개방 실태를 점검하고자 하오니 아래 자료를 기한 내 제출하여 주시기 바랍니다.",
     ["제출기한", "제출자료", "제출방법", "문의"], ["개방 실태 점검표"]),
    ("도로 점용허가 업무처리 지침 개정 알림", "도로 점용허가 업무의 일관성을 확보하기 위하여 업무처리 지침을 아래와 같이 개정하였음을 알려드리니 업무에 참고하시기 바랍니다.",
     ["시행일", "주요 개정내용", "적용대상"], ["도로 점용허가 업무처리 지침(개정 전문)", "신구조문 대비표"]),
    ("{y}년 자원봉사 우수사례 공모 안내", "지역사회 자원봉사 활동을 활성화하기 위하여 우수사례를 아래와 같이 공모하오니 관내 단체 및 주민에게 널리 홍보하여 주시기 바랍니다.",
     ["공모기간", "응모자격", "접수방법", "시상"], ["공모 요강", "응모신청서 서식"]),
    ("설 명절 대비 공직기강 확립 및 복무관리 철저", "설 명절을 전후하여 공직기강 해이를 예방하고 대민 행정서비스가 차질 없이 제공되도록 아래 사항을 준수하여 주시기 바랍니다.",
     ["기간", "중점 점검사항", "조치사항"], ["공직기강 점검 계획"]),
    ("학교 급식 위생·안전 점검 결과 통보", "지난 학기 실시한 학교 급식 위생·안전 점검 결과를 아래와 같이 통보하오니 지적사항은 기한 내 개선하고 결과를 제출하여 주시기 바랍니다.",
     ["점검기간", "점검대상", "주요 지적사항", "개선기한"], ["학교별 점검 결과(기관 단위)"]),
    ("지방세 정기분 고지서 발송 일정 알림", "{y}년 재산세 정기분 고지서 발송 일정을 아래와 같이 알려드리니 납세자 문의에 차질이 없도록 안내하여 주시기 바랍니다.",
     ["발송일", "납부기한", "납부방법", "문의처"], []),
    ("겨울철 제설 대책 추진계획 알림", "겨울철 강설에 대비하여 제설 장비와 자재를 사전에 확보하고 취약구간 관리를 강화하고자 추진계획을 아래와 같이 알려드립니다.",
     ["기간", "제설 취약구간", "장비·자재 확보", "비상근무"], ["겨울철 제설 대책 추진계획"]),
    ("적극행정 우수공무원 추천 요청", "적극행정 문화 확산을 위하여 {y}년 하반기 적극행정 우수공무원을 선발하고자 하오니 부서별로 추천하여 주시기 바랍니다.",
     ["추천기한", "추천대상", "제출서류", "선발방법"], ["추천서 서식", "공적요지 작성 예시"]),
    ("민원실 운영시간 변경 안내", "민원 편의 증진을 위하여 민원실 운영시간을 아래와 같이 변경하오니 주민 안내에 활용하여 주시기 바랍니다.",
     ["변경일", "변경내용", "대상 창구"], []),
    ("개인정보 처리방침 개정 사항 알림", "개인정보 보호법 개정 내용을 반영하여 기관의 개인정보 처리방침을 개정하였으므로 그 주요 내용을 알려드립니다.",
     ["시행일", "주요 개정사항", "게시 위치"], ["개인정보 처리방침 전문"]),
]

DETAIL_VALUES = {
    "일시": lambda r, c: when(r, c.date), "장소": lambda r, c: place(r, c.inst),
    "대상": lambda r, c: r.choice(["전 직원", "6급 이하 공무원", "관내 읍·면·동 담당자", "신규 임용자 및 전입자", "각 급 학교 담당교사"]),
    "강사": lambda r, c: "%s %s" % (r.choice(["국민권익위원회 청렴연수원", "외부 전문강사", "감사담당관실"]), r.choice(["전문강사", "교수", "팀장"])),
    "내용": lambda r, c: r.choice(["청탁금지법 및 이해충돌방지법 주요 사례", "공직자 행동강령 개정 사항", "갑질 예방과 조직문화 개선"]),
    "추진기간": lambda r, c: fperiod(r, c.date), "기간": lambda r, c: fperiod(r, c.date), "공모기간": lambda r, c: fperiod(r, c.date),
    "점검기간": lambda r, c: fperiod(r, c.date),
    "주요내용": lambda r, c: "무더위쉼터 운영, 방문 건강관리, 안부전화 등 돌봄 강화",
    "협조사항": lambda r, c: "읍·면·동별 추진실적을 매주 금요일까지 제출",
    "제출기한": lambda r, c: fdate(c.date, 0) + " 18:00까지", "추천기한": lambda r, c: fdate(c.date, 0) + "까지",
    "제출자료": lambda r, c: "개방 실태 점검표 및 증빙자료", "제출서류": lambda r, c: "추천서 및 공적요지 각 1부",
    "제출방법": lambda r, c: r.choice(["온-나라 문서시스템", "전자우편", "공문으로 제출"]),
    "문의": lambda r, c: "%s %s(%s)" % (c.dept, c.offs[0][0], c.tel), "문의처": lambda r, c: "%s(%s)" % (c.dept, c.tel),
    "시행일": lambda r, c: fdate(c.date, 0), "변경일": lambda r, c: fdate(c.date, 0), "발송일": lambda r, c: fdate(c.date, 0),
    "주요 개정내용": lambda r, c: "점용료 산정기준 명확화 및 처리기한 단축(10일→7일)",
    "주요 개정사항": lambda r, c: "처리목적 및 보유기간 현행화, 수탁자 현황 갱신",
    "적용대상": lambda r, c: "도로관리청 및 읍·면·동", "응모자격": lambda r, c: "관내 자원봉사단체 및 개인",
    "접수방법": lambda r, c: "전자우편 또는 방문 접수", "시상": lambda r, c: "최우수 1점, 우수 2점, 장려 3점",
    "중점 점검사항": lambda r, c: "근무지 이탈, 음주운전, 금품·향응 수수", "조치사항": lambda r, c: "부서별 자체 점검 후 결과 보고",
    "점검대상": lambda r, c: "관내 초·중·고등학교 급식소 %d개교" % r.randint(20, 90),
    "주요 지적사항": lambda r, c: "식재료 보관온도 기록 누락, 조리도구 소독 미흡", "개선기한": lambda r, c: fdate(c.date, 0) + "까지",
    "납부기한": lambda r, c: fdate(c.date, 0) + "까지", "납부방법": lambda r, c: "위택스, 가상계좌, 금융기관 창구",
    "제설 취약구간": lambda r, c: "고갯길 %d개소, 교량 %d개소" % (r.randint(3, 12), r.randint(2, 9)),
    "장비·자재 확보": lambda r, c: "제설제 %d톤, 살포기 %d대" % (r.randint(200, 900), r.randint(5, 30)),
    "비상근무": lambda r, c: "대설특보 발령 시 단계별 비상근무", "추천대상": lambda r, c: "소속 공무원(팀 단위 추천 가능)",
    "선발방법": lambda r, c: "적극행정위원회 심사", "변경내용": lambda r, c: "매주 목요일 야간 연장 운영(18:00→20:00)",
    "대상 창구": lambda r, c: "종합민원실 제증명 창구", "게시 위치": lambda r, c: "기관 홈페이지 하단",
}


ROUTINE_KINDS = [None, ("local", "central"), ("central", "local", "corp", "edu"), ("local", "central"), ("local",), None, ("edu",),
                 ("local",), ("local", "corp"), ("central", "local", "corp", "edu", "police"),
                 ("local", "police", "court", "corr", "probation", "corp"), None]


def t_p_gongmun(rng):
    ctx = Ctx(rng)
    doc = Doc()
    ok = [t for t, k in zip(ROUTINE, ROUTINE_KINDS) if k is None or ctx.inst["kind"] in k]
    title, sent, keys, atts = rng.choice(ok)
    y = str(ctx.date[0])
    head_block(doc, ctx, title.format(y=y))
    items = []
    if rng.random() < 0.6:
        items.append(related(ctx))
    items.append(sent.format(y=y))
    numbered(doc, items, rng=rng)
    sub_items(doc, [(k, DETAIL_VALUES[k](rng, ctx)) for k in keys], rng)
    if atts:
        attach(doc, atts, rng)
    else:
        doc.p("  끝.")
    entry, lay = close(doc, ctx, "public", [])
    return result(doc, "public", "none", [], "공문", "routine", decide=entry)


def head_title(inst):
    h = inst["head"]
    for suf, t in (("장관", "장관"), ("구청장", "구청장"), ("시장", "시장"), ("군수", "군수"), ("교육장", "교육장"), ("학교장", "교장"),
                   ("이사장", "이사장"), ("사장", "사장"), ("원장", "원장"), ("서장", "서장"), ("소장", "소장"), ("법원장", "법원장")):
        if h.endswith(suf):
            return t
    return "기관장"


def earlier(rng, dt, lo=20, hi=400):
    y, m, d = dt
    back = rng.randint(lo, hi)
    months = back // 30
    m2 = m - months
    y2 = y
    while m2 < 1:
        m2 += 12
        y2 -= 1
    return (y2, m2, min(28, max(1, d)))


def t_p_press(rng):
    ctx = Ctx(rng, kinds=["central", "local", "corp", "police", "edu"])
    doc = Doc()
    inst = ctx.inst
    topics = [
        ("%s, 노후 상수관로 %d㎞ 교체 완료", "노후 상수관로 교체사업을 마무리하여 수돗물 누수율이 %d%%p 낮아졌다고 밝혔다."),
        ("%s, 어르신 무더위쉼터 %d곳 확대 운영", "폭염에 대비해 무더위쉼터를 확대하고 야간 운영을 시범 도입한다고 밝혔다. 이번 조치로 이용 가능 인원이 %d%% 늘어난다."),
        ("%s, 공공데이터 %d종 신규 개방", "주차장, 공중화장실, 체육시설 등 생활밀착형 데이터를 새로 개방했다고 밝혔다. 누적 개방 데이터는 전년 대비 %d%% 증가했다."),
        ("%s, 보이스피싱 예방 캠페인 %d회 실시", "금융기관과 함께 찾아가는 보이스피싱 예방 교육을 진행했다고 밝혔다. 피해 신고는 전년 같은 기간보다 %d%% 감소했다."),
        ("%s, 청년 일자리 %d개 창출 목표", "지역 기업과 손잡고 청년 인턴십 사업을 추진한다고 밝혔다. 참여 기업의 정규직 전환율은 %d%%에 이른다."),
        ("%s, 학교 안전점검 %d개교 마무리", "새 학기를 앞두고 실시한 학교시설 안전점검을 마쳤다고 밝혔다. 보수가 필요한 시설의 %d%%는 방학 중 정비를 끝냈다."),
    ]
    allowed = {"police": [3], "edu": [5, 2], "corp": [0, 2, 4], "central": [2, 4, 1], "local": [0, 1, 2, 3, 4]}[inst["kind"]]
    t1, t2 = topics[rng.choice(allowed)]
    n1 = rng.randint(12, 480)
    n2 = rng.randint(3, 40)
    dt = ctx.date
    emb = rng.random() < 0.4
    doc.p(rng.choice(["보 도 자 료", "보도자료", "[보도자료]"]))
    if emb:
        doc.p("보도 일시: %s %s" % (fdate(dt, 1), rng.choice(["(조간)", "12:00 이후", "배포 즉시"])))
        doc.cue("보도 일시", "body", "mention")
    else:
        doc.p("배포 일시: %s" % fdate(dt, 0))
    doc.p("")
    doc.p(t1 % (inst["name"], n1))
    doc.p("- %s -" % rng.choice(["주민 생활 안전망 강화", "현장 중심 행정 추진", "하반기 중점 과제로 확대"]))
    doc.p("")
    doc.p("□ %s(%s %s)는 %s " % (inst["name"], head_title(inst), person(rng), fdate(dt, 1))
          + (t2 % n2 if "%" in t2 else t2))
    doc.p("□ %s %s은 \"%s\"라고 말했다." % (ctx.dept, rng.choice(["과장", "국장", "팀장"]),
                                      rng.choice(["주민이 체감할 수 있는 성과를 내겠다", "현장의 목소리를 꾸준히 반영하겠다",
                                                  "안전 사각지대가 없도록 점검을 이어가겠다"])))
    if rng.random() < 0.5:
        doc.p("□ 자세한 내용은 %s 누리집(%s)에서 확인할 수 있다." % (inst["name"], inst["home"]))
    rows = [["담당 부서", ctx.dept, "책임자", "%s %s" % (rng.choice(["과장", "팀장"]), person(rng)), tel(rng, inst["area"])],
            ["", "", "담당자", "%s %s" % (rng.choice(["주무관", "사무관", "대리"]), person(rng)), tel(rng, inst["area"])]]
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
    if rng.random() < 0.3:
        doc.footer.append("이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 %s로 연락 주시기 바랍니다." % ctx.dept)
    return result(doc, "public", "none", [], "보도자료", "press" + ("_embargo" if emb else ""),
                  decide="보도자료 / 담당 공무원만 실명(공개)")


def t_p_sec_guide(rng):
    """Guideline / training material ABOUT handling 대외비 and 비밀: mention-only, public."""
    ctx = Ctx(rng, kinds=["central", "local", "edu", "corp"])
    doc = Doc()
    y = ctx.date[0]
    title = rng.choice(["%d년 보안업무 추진계획" % y, "비밀 및 대외비 문서 관리 요령 안내", "부서 보안담당관 업무 매뉴얼(요약)",
                        "%d년 상반기 보안교육 자료" % y, "문서 보안관리 실태 점검 결과 및 유의사항"])
    doc.p(title)
    doc.p("%s %s" % (ctx.inst["name"], ctx.dept))
    doc.p("")
    paras = [
        "1. 비밀의 구분: 보안업무규정에 따라 비밀은 그 중요성과 가치의 정도에 따라 Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분하며, 각 급 비밀의 분류기준은 같은 규정 제4조에 따른다.",
        "2. 대외비: 비밀 외에 직무 수행상 특별히 보호가 필요한 사항은 '대외비'로 분류하고, 비밀에 준하여 보호기간을 정하여 관리한다. 보호기간이 지나면 일반문서로 재분류한다.",
        "3. 표시 방법: 비밀은 문서의 위·아래 가운데에 빨간색으로 등급을 표시하고, 예고문에는 보호기간과 재분류 방법을 적는다. 사본을 만든 경우 사본번호를 부여하고 관리대장에 기록한다.",
        "4. 생산 시 유의사항: 업무 편의를 이유로 과도하게 비밀이나 대외비로 분류하지 않도록 하며, 공개 가능한 정보는 원칙적으로 공개한다.",
        "5. 전자문서 관리: 대외비 문서는 인터넷PC에 저장하지 않고 업무망에서만 처리하며, 이동식 저장매체는 등록된 보안USB만 사용한다.",
        "6. 파기: 보호기간이 끝난 비밀은 관리책임자 입회하에 파기하고, 파기 사실을 비밀관리기록부에 기재한다.",
        "7. 비밀번호 관리: 업무용 PC의 비밀번호는 9자리 이상으로 설정하고 분기마다 변경하며, 화면보호기를 10분 이내로 설정한다.",
    ]
    keep = sorted(rng.sample(range(len(paras)), rng.randint(4, 7)))
    for n, k in enumerate(keep, 1):
        doc.p("%d. %s" % (n, paras[k].split(". ", 1)[1]))
    if rng.random() < 0.6:
        rows = [["구분", "보호기간 예시", "표시 위치"], ["Ⅲ급비밀", "5년 이내", "문서 상·하단 중앙"],
                ["대외비", "보호기간 명시", "문서 상·하단 또는 표지"], ["일반문서", "-", "표시 없음"]]
        doc.t(rows, rng.choice(["pipe", "tab", "runon", "cells"]))
    doc.p("※ 이 자료는 교육 목적으로 작성된 안내 자료이며, 누구나 열람할 수 있습니다." if rng.random() < 0.5 else
          "※ 문의: %s %s (%s)" % (ctx.dept, ctx.offs[0][0], ctx.tel))
    cue_if(doc, ["대외비", "Ⅲ급비밀", "비밀"], "body", "mention")
    if rng.random() < 0.5:
        entry, _ = close(doc, ctx, "public", [], layouts=["line", "tail"], sender=False)
    return result(doc, "public", "none", [], "보안업무 안내", "security_guideline", flags=dict(mention_only=True),
                  decide="guideline about 대외비/비밀 handling (topic only)")


def t_p_info_guide(rng):
    ctx = Ctx(rng, kinds=["central", "local", "edu", "corp"])
    doc = Doc()
    doc.p(rng.choice(["정보공개 업무 처리 안내", "정보공개 청구 처리 실무 요령", "공개구분 표시 방법 안내", "원문정보 공개 확대 추진 안내"]))
    doc.p("")
    doc.p("1. 결재문서를 생산할 때에는 %s 제9조 제1항 각 호에 해당하는지 검토하여 공개구분을 '공개', '부분공개', '비공개'로 표시하여야 합니다." % LAW_FULL)
    doc.p("2. 공개구분 표시 예시")
    rows = [["구분", "표시 예", "비고"], ["공개", "공개", "원문공개 대상"],
            ["부분공개", "부분공개(6)", "개인정보가 포함된 붙임 등"],
            ["비공개", "비공개(제9조 제1항 제5호)", "의사결정 과정 중인 사항"]]
    doc.t(rows, rng.choice(["pipe", "tab", "space", "cells"]))
    doc.p("3. 비공개 또는 부분공개로 표시한 경우에도 청구가 있으면 그 시점에서 다시 판단하며, 비공개 사유가 소멸한 정보는 공개로 변경합니다.")
    doc.p("4. 비공개 세부기준은 기관 홈페이지 정보공개 메뉴에 게시되어 있습니다. 예) 법 제9조①4: 수사·재판 관련 정보, 9조 1항 6호: 개인에 관한 사항")
    if rng.random() < 0.5:
        doc.p("5. 붙임 문서만 비공개 대상인 경우 본문은 공개하고 '붙임 2 비공개'와 같이 해당 부분을 특정하여 주시기 바랍니다.")
    doc.cue("부분공개(6)", "table", "mention")
    doc.cue("비공개(제9조 제1항 제5호)", "table", "mention")
    entry, _ = close(doc, ctx, "public", [], layouts=["tail", "line"])
    return result(doc, "public", "none", [], "정보공개 안내", "info_disclosure_guide", flags=dict(mention_only=True),
                  decide=entry + " (examples of 부분공개/비공개 are quoted only)")


def t_p_password(rng):
    ctx = Ctx(rng)
    doc = Doc()
    doc.p(rng.choice(["업무포털 비밀번호 변경 안내", "[공지] 행정정보시스템 비밀번호 정기 변경", "교직원 나이스(NEIS) 비밀번호 변경 및 보안수칙 안내",
                      "전자결재시스템 비밀번호 초기화 절차 안내"]))
    doc.p("")
    doc.p("%s 정보보안 지침에 따라 모든 사용자는 %s까지 비밀번호를 변경하여 주시기 바랍니다." % (ctx.inst["name"], fdate(ctx.date, 1)))
    doc.p("○ 변경 규칙: 영문 대·소문자, 숫자, 특수문자를 조합하여 9자리 이상, 직전 비밀번호와 다르게 설정")
    doc.p("○ 비밀번호를 모니터나 책상에 메모해 두지 말고, 타인과 공유하지 마십시오.")
    doc.p("○ 비밀번호 분실 시 %s(내선 %d)로 본인 확인 후 초기화를 요청하시기 바랍니다." % (ctx.dept, rng.randint(2000, 8999)))
    if rng.random() < 0.5:
        doc.p("○ 기간 내 변경하지 않은 계정은 %s부터 로그인이 제한됩니다." % fdate(ctx.date, 0))
    if rng.random() < 0.4:
        doc.p("※ 비공개 게시판 접근 권한은 비밀번호 변경 후 자동으로 유지됩니다.")
        doc.cue("비공개 게시판", "body", "mention")
    doc.cue("비밀번호", "body", "mention")
    if rng.random() < 0.6:
        close(doc, ctx, "public", [], layouts=["tail", "line", "check"])
    return result(doc, "public", "none", [], "공지·안내문", "password_notice", flags=dict(mention_only=True),
                  decide="password notice (비밀번호 is not 비밀)")


GRADES = [("3급", "부이사관"), ("4급", "서기관"), ("2급", "이사관"), ("1급", "관리관"), ("5급", "행정사무관")]


def t_p_personnel_grade(rng):
    ctx = Ctx(rng, kinds=["central", "local"])
    doc = Doc()
    dt = ctx.date
    doc.p(rng.choice(["인 사 발 령", "인사발령 사항", "%s 인사발령(%s자)" % (ctx.inst["name"], fdate(dt, 0))]))
    doc.p("")
    rows = [["소속", "직급", "성명", "발령사항"]]
    for _ in range(rng.randint(3, 7)):
        g, gn = rng.choice(GRADES)
        lab = rng.choice(["%s(%s)" % (g, gn), "%s %s" % (gn, g), "%s" % gn])
        rows.append([rng.choice(ctx.inst["depts"]), lab, person(rng),
                     rng.choice(["%s장 보함" % rng.choice(ctx.inst["depts"]), "승진 임용", "전보", "직무대리 해제", "%s 파견" % inst_pick(rng, ["central"])["name"]])])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
    doc.p("")
    doc.p("%s  %s" % (fdate(dt, 1), ctx.inst["head"]))
    cue_if(doc, [r[1] for r in rows[1:]], "table", "mention")
    return result(doc, "public", "none", [], "인사", "personnel_grade_notice", flags=dict(mention_only=True),
                  decide="civil-service grades (3급/1급) are not 비밀 grades")


def t_p_declass(rng):
    ctx = Ctx(rng, kinds=["central", "local", "corp"])
    doc = Doc()
    head_block(doc, ctx, rng.choice(["보호기간 만료 대외비 문서 재분류 결과 알림", "비밀 재분류(일반문서 전환) 결과 통보",
                                      "비밀 보호기간 경과에 따른 일반문서 재분류 알림"]))
    numbered(doc, [related(ctx),
                   "보안업무규정 및 같은 규정 시행규칙에 따라 보호기간이 경과한 아래 문서를 일반문서로 재분류하였음을 알려드립니다.",
                   "재분류된 문서는 기록물관리기관으로 이관하거나 일반문서와 같이 관리하시기 바랍니다."], rng=rng)
    rows = [["연번", "문서번호", "생산일자", "종전 등급", "조치"]]
    for i in range(rng.randint(2, 5)):
        rows.append([str(i + 1), docno(rng, rng.choice(ctx.inst["depts"])), fdate(pdate(rng, 2015, 2020), 0),
                     rng.choice(["대외비", "Ⅲ급비밀", "대외비", "Ⅲ급"]), "일반문서 재분류"])
    doc.t(rows, rng.choice(["pipe", "tab", "runon", "cells"]))
    doc.p("  끝.")
    doc.cue("일반문서 재분류", "table", "mention")
    entry, _ = close(doc, ctx, "public", [])
    return result(doc, "public", "none", [], "보안업무 안내", "declassification_notice", flags=dict(mention_only=True), decide=entry)


def t_p_cover_sep(rng):
    ctx = Ctx(rng, kinds=["central", "local", "corp", "police"])
    doc = Doc()
    grade = rng.choice(["Ⅲ급 비밀", "3급 비밀", "대외비", "Ⅱ급비밀", "대외비"])
    head_block(doc, ctx, rng.choice(["%d년 비상대비계획 송부" % ctx.date[0], "국가기반시설 보호계획 변경안 송부", "을지연습 시행계획 송부"]))
    numbered(doc, [related(ctx),
                   "위 호와 관련하여 붙임 계획을 송부하오니 업무에 참고하시기 바랍니다.",
                   "붙임 문서는 %s로 분류되어 있으므로 보안업무규정에 따른 비밀 수발 절차(직접 전달 또는 보안 전용 시스템)에 따라 별도 송부하며, 이 공문에는 첨부하지 않습니다." % grade],
             rng=rng)
    doc.p("붙임  %d년 비상대비계획 1부(별도 송부).  끝." % ctx.date[0])
    doc.cue(grade, "body", "mention")
    entry, _ = close(doc, ctx, "public", [])
    return result(doc, "public", "none", [], "공문", "cover_letter_attachment_sent_separately",
                  flags=dict(mention_only=True), decide=entry)


def t_p_stats(rng):
    ctx = Ctx(rng)
    doc = Doc()
    y = ctx.date[0]
    kind = rng.choice(["민원", "인구", "교통사고", "복지", "정보공개"])
    if kind == "민원":
        doc.p("%d년 %d분기 민원 처리 현황" % (y, rng.randint(1, 4)))
        rows = [["구분", "접수", "처리", "처리중", "평균처리일"]]
        for k in ["제증명", "인허가", "고충민원", "질의·건의"]:
            a = rng.randint(100, 9000)
            rows.append([k, won(a), won(a - rng.randint(0, 90)), str(rng.randint(0, 90)), "%.1f" % (rng.randint(5, 90) / 10)])
    elif kind == "인구":
        doc.p("%d년 %d월 말 주민등록 인구 통계" % (y, rng.randint(1, 12)))
        rows = [["읍면동", "세대수", "인구(계)", "남", "여"]]
        for k in ["중앙동", "새솔동", "가람읍", "누리면", "한빛동"]:
            m = rng.randint(3000, 30000)
            f = rng.randint(3000, 30000)
            rows.append([k, won(rng.randint(2000, 25000)), won(m + f), won(m), won(f)])
    elif kind == "교통사고":
        doc.p("%d년 관내 교통사고 발생 현황" % y)
        rows = [["월", "발생건수", "사망자", "부상자"]]
        for mth in range(1, rng.randint(4, 8)):
            rows.append(["%d월" % mth, str(rng.randint(40, 300)), str(rng.randint(0, 6)), str(rng.randint(50, 400))])
    elif kind == "복지":
        doc.p("%d년 국민기초생활보장 수급 현황(통계)" % y)
        rows = [["급여 종류", "수급 가구", "수급자 수"]]
        for k in ["생계급여", "의료급여", "주거급여", "교육급여"]:
            rows.append([k, won(rng.randint(800, 20000)), won(rng.randint(1000, 30000))])
    else:
        doc.p("%d년 정보공개 청구 처리 현황" % y)
        rows = [["구분", "청구", "공개", "부분공개", "비공개", "취하 등"]]
        for k in ["본청", "사업소", "읍면동"]:
            rows.append([k] + [str(rng.randint(0, 700)) for _ in range(5)])
        doc.cue("비공개", "table", "mention")
    doc.p("(기준일: %s, 단위: 건·명)" % fdate(ctx.date, 0))
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("※ 자료: %s %s / 작성: %s %s" % (ctx.inst["name"], ctx.dept, ctx.offs[0][0], ctx.offs[0][1]))
    if rng.random() < 0.4:
        doc.p("※ 개인을 식별할 수 있는 정보는 포함되어 있지 않으며, 집계 결과만 공개합니다.")
    return result(doc, "public", "none", [], "통계", "statistics_" + kind,
                  flags=dict(mention_only=(kind == "정보공개")), decide="aggregate statistics only")


def t_p_minutes(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp"])
    doc = Doc()
    com = rng.choice(["지역치안협의회", "도시계획위원회(공개 안건)", "주민참여예산위원회", "학교운영위원회", "공공데이터제공운영실무위원회", "안전관리위원회"])
    doc.p("%s 제%d차 회의 결과" % (com, rng.randint(1, 12)))
    doc.t([["일시", when(rng, ctx.date)], ["장소", place(rng, ctx.inst)],
           ["참석", "위원 %d명 중 %d명 참석(위원장 포함), 간사 %s" % (rng.randint(9, 15), rng.randint(6, 9), ctx.dept)]],
          rng.choice(["pipe", "space", "tab"]))
    doc.p("")
    doc.p("1. 안건 및 심의 결과")
    for i in range(rng.randint(2, 4)):
        doc.p("  ○ 제%d호 안건: %s → %s" % (i + 1, rng.choice(["%d년도 사업계획(안)" % ctx.date[0], "운영 규정 일부개정(안)", "공모사업 선정(안)",
                                                           "교통안전시설 개선 우선순위(안)", "예산 편성 의견(안)"]),
                                           rng.choice(["원안 가결", "수정 가결", "보류(차기 회의 재상정)"])))
    doc.p("2. 주요 발언 요지")
    for w in ["위원 A", "위원 B", "위원장"][: rng.randint(2, 3)]:
        doc.p("  - %s: %s" % (w, rng.choice(["사업 효과를 측정할 수 있는 지표를 보완할 필요가 있음", "주민 의견 수렴 절차를 확대하기 바람",
                                             "예산 집행률이 낮은 사업은 원인을 분석하여 보고하기 바람", "안전시설 설치 시 보행약자를 우선 고려해야 함"])))
    doc.p("3. 회의록은 %s 누리집 위원회 게시판에 공개함." % ctx.inst["name"] if rng.random() < 0.5 else "3. 다음 회의: %s" % fdate(pdate(rng), 0))
    if rng.random() < 0.5:
        doc.p("공개구분: " + disc_entry(rng, "public", []))
    return result(doc, "public", "none", [], "회의록", "minutes_public", decide="minutes with anonymised members")


def t_p_audit_public(rng):
    ctx = Ctx(rng, kinds=["central", "local", "edu", "corp"])
    doc = Doc()
    sec = rng.random() < 0.45
    tgt = inst_pick(rng)
    if sec:
        doc.p("%d년 %s 보안감사 결과 공개문" % (ctx.date[0], tgt["name"]))
        finds = ["대외비 문서를 일반문서와 함께 보관하고 관리대장에 기록하지 않음(시정)",
                 "보호기간이 지난 비밀을 재분류하지 않고 방치함(주의)",
                 "업무용 PC 비밀번호를 장기간 변경하지 않은 사례 다수(개선)",
                 "비밀취급인가 해제 대상자 관리 소홀(주의)"]

    else:
        doc.p("%s 종합감사 결과 공개문(%d)" % (tgt["name"], ctx.date[0]))
        finds = ["보조금 정산 검사 소홀(시정 %s원)" % won(amount(rng, 1000000, 90000000)),
                 "수의계약 체결 부적정(주의)", "초과근무수당 지급 부적정(회수 %s원)" % won(amount(rng, 100000, 9000000)),
                 "건축허가 사후관리 미흡(개선)", "공유재산 대부료 부과 누락(시정)"]
    doc.p("1. 감사 개요")
    doc.p("  ○ 감사기간: %s" % fperiod(rng, ctx.date))
    doc.p("  ○ 감사인원: %s 감사관 등 %d명" % (ctx.inst["name"], rng.randint(3, 9)))
    doc.p("2. 감사 결과 지적사항")
    rows = [["연번", "지적사항", "관련 부서", "처분"]]
    rng.shuffle(finds)
    for i, f in enumerate(finds[:rng.randint(2, 4)]):
        rows.append([str(i + 1), f, rng.choice(tgt["depts"]), rng.choice(["시정", "주의", "개선", "통보"])])
    doc.t(rows, rng.choice(["pipe", "tab", "runon", "space"]))
    if sec:
        cue_if(doc, ["대외비 문서", "비밀", "비밀번호", "비밀취급인가"], "table", "mention")
    doc.p("※ 관련 공무원의 성명은 공개하지 않으며(A주무관, B팀장 등으로 표기), 신분상 조치는 소속기관에 통보하였음.")
    return result(doc, "public", "none", [], "감사결과", "audit_public" + ("_security" if sec else ""),
                  flags=dict(mention_only=sec), decide="public audit summary, officials anonymised")


def t_p_minwon_masked(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp"])
    doc = Doc()
    nm = masked(person(rng), rng)
    head_block(doc, ctx, rng.choice(["민원 회신(%s 관련)" % rng.choice(["가로등 고장", "불법 주정차 단속", "놀이터 시설 보수", "버스정류장 이설"]),
                                      "국민신문고 민원(%s) 처리 결과 알림" % "1AA-%02d%02d-%07d" % (ctx.date[0] % 100, ctx.date[1], rng.randint(0, 9999999))]),
               recv="%s 귀하" % nm, via=False)
    numbered(doc, ["평소 %s 행정에 관심을 가져 주신 데 감사드립니다." % ctx.inst["name"],
                   "귀하께서 요청하신 사항에 대하여 현장을 확인한 결과, %s" % rng.choice([
                       "해당 시설은 %s까지 보수를 완료할 예정입니다." % fdate(ctx.date, 0),
                       "관련 규정상 즉시 조치가 어려우나 내년도 사업에 반영하도록 검토하겠습니다.",
                       "단속 구역으로 지정하여 주 3회 이상 순찰을 실시하겠습니다."]),
                   "추가 문의 사항은 %s %s(%s)에게 연락 주시면 친절히 안내해 드리겠습니다." % (ctx.dept, ctx.offs[0][0] + " " + ctx.offs[0][1], ctx.tel)],
             rng=rng)
    doc.p("  끝.")
    doc.cue(nm, "head", "content")
    entry, _ = close(doc, ctx, "public", [])
    return result(doc, "public", "none", [], "민원회신", "minwon_masked", decide=entry + " (requester masked)")


def t_p_school(rng):
    ctx = Ctx(rng, kinds=["school"])
    doc = Doc()
    doc.p("가정통신문 제%d-%d호" % (ctx.date[0], rng.randint(10, 180)))
    doc.p(rng.choice(["%d학년도 현장체험학습 실시 안내" % ctx.date[0], "학교폭력 예방 교육 안내", "방과후학교 수강 신청 안내",
                      "학부모 상담주간 운영 안내", "감염병 예방 수칙 안내"]))
    doc.p("")
    doc.p("학부모님 가정에 건강과 행복이 가득하시기를 기원합니다.")
    doc.p("%s에서는 학생들의 %s을 위하여 아래와 같이 안내드리오니 가정에서도 많은 관심 부탁드립니다." % (ctx.inst["name"], rng.choice(["안전한 학교생활", "다양한 배움", "건강"])))
    doc.t([["기간", fperiod(rng, ctx.date)], ["대상", rng.choice(["전교생", "1~3학년", "희망 학생"])],
           ["신청 방법", rng.choice(["e알리미 회신", "가정통신문 회신서 제출", "학교 누리집 신청"])],
           ["문의", "%s (%s)" % (ctx.dept, ctx.tel)]], rng.choice(["pipe", "space", "tab", "cells"]))
    if rng.random() < 0.5:
        doc.p("※ 수집된 학생 정보는 안내 목적 외에는 사용하지 않으며, 행사 종료 후 즉시 파기합니다.")
    doc.p("")
    doc.p("%s" % fdate(ctx.date, 1))
    doc.p(ctx.inst["head"])
    return result(doc, "public", "none", [], "가정통신문", "school_notice", decide="school notice")


def t_p_disaster(rng):
    ctx = Ctx(rng, kinds=["local", "central"])
    doc = Doc()
    ev = rng.choice(["호우", "태풍", "대설", "한파", "산불"])
    doc.p("%s 대비 상황 보고(제%d보)" % (ev, rng.randint(1, 9)))
    doc.p("%s %s 현재, %s" % (fdate(ctx.date, 0), "%02d:00" % rng.randint(0, 23), ctx.inst["name"] + " 재난안전대책본부"))
    doc.p("")
    doc.p("□ 기상 현황: %s %s 발효 중, 누적 %s %d%s" % (rng.choice(["한들", "새솔", "가람", "다온"]), ev + rng.choice(["주의보", "경보"]),
                                                    "강수량" if ev in ("호우", "태풍") else "적설" if ev == "대설" else "피해면적", rng.randint(10, 400),
                                                    "㎜" if ev in ("호우", "태풍") else "㎝" if ev == "대설" else "ha"))
    doc.p("□ 대응 상황: 비상 %d단계 가동, 근무인원 %d명, 사전 대피 %d세대 %d명(마을회관 등 임시주거시설)" %
          (rng.randint(1, 3), rng.randint(20, 300), rng.randint(0, 40), rng.randint(0, 90)))
    doc.p("□ 피해 현황: 인명피해 없음, 도로 사면 유실 %d개소, 농경지 침수 %d㏊(조사 중)" % (rng.randint(0, 8), rng.randint(0, 50)))
    doc.p("□ 향후 조치: 취약지역 예찰 강화, 응급복구 장비 %d대 전진 배치" % rng.randint(3, 40))
    doc.footer.append("%s 재난안전대책본부 상황실 (%s)" % (ctx.inst["name"], ctx.tel))
    return result(doc, "public", "none", [], "재난상황보고", "disaster_public", decide="aggregate situation report")


def t_p_bid_notice(rng):
    ctx = Ctx(rng, kinds=["local", "corp", "central", "edu"])
    doc = Doc()
    no = "%d%08d-00" % (ctx.date[0], rng.randint(0, 99999999))
    doc.p("%s 공고 제%d-%d호" % (ctx.inst["name"], ctx.date[0], rng.randint(10, 2999)))
    job = rng.choice(["청사 냉난방설비 교체공사", "노후 CCTV 통합관제 고도화 용역", "공공도서관 도서 구입", "하수관로 정비공사(%d공구)" % rng.randint(1, 5),
                      "행정정보시스템 유지관리 용역"])
    doc.p("%s 입찰공고" % job)
    doc.p("")
    doc.p("1. 입찰에 부치는 사항")
    doc.t([["공고번호", no], ["사업명", job], ["기초금액", "%s원(부가가치세 포함)" % won(amount(rng, 30000000, 3000000000))],
           ["계약방법", rng.choice(["제한경쟁(총액)", "일반경쟁", "협상에 의한 계약"])]], rng.choice(["pipe", "space", "tab", "runon"]))
    doc.p("2. 예정가격 결정 방법: 예정가격은 기초금액의 ±%d%% 범위 내에서 작성된 복수예비가격 15개 중 입찰자가 추첨한 4개의 산술평균으로 결정하며, 개찰 후 공개합니다." % rng.choice([2, 3]))
    doc.p("3. 낙찰자 결정: 예정가격 이하로서 예정가격 대비 %s%% 이상 최저가 입찰자 순으로 적격심사" % rng.choice(["87.745", "86.745", "80.495"]))
    doc.p("4. 입찰서 제출: 국가종합전자조달시스템(나라장터) 전자입찰, %s 10:00까지" % fdate(ctx.date, 0))
    doc.p("5. 기타: 입찰참가자격 등 자세한 사항은 나라장터 공고문을 참고하시기 바랍니다. 문의 %s(%s)" % (ctx.dept, ctx.tel))
    doc.cue("예정가격", "body", "mention")
    return result(doc, "public", "none", [], "계약·입찰", "bid_notice", flags=dict(mention_only=True),
                  decide="bid notice; 예정가격 only as a procedure topic")


def t_p_exam_notice(rng):
    ctx = Ctx(rng, kinds=["central", "local", "edu", "corp"])
    doc = Doc()
    y = ctx.date[0]
    doc.p("%d년도 %s 시행계획 공고" % (y, rng.choice(["지방공무원 공개경쟁임용시험", "직원 공개채용 필기시험", "교육공무직원 채용시험", "기능인재 채용시험"])))
    doc.p("")
    doc.p("1. 시험 일정: 필기 %s / 면접 %s / 최종 합격자 발표 %s" % (fdate(pdate(rng, y, y), 0), fdate(pdate(rng, y, y), 0), fdate(pdate(rng, y, y), 0)))
    doc.p("2. 시험 과목: %s" % rng.choice(["국어, 영어, 한국사, 행정법총론, 행정학개론", "NCS 직업기초능력, 전공(경영·경제)", "일반상식, 인성검사"]))
    doc.p("3. 문제 및 정답 공개: 필기시험 문제와 정답 가안은 시험 종료 후 %s 누리집에 공개하며, 이의제기는 %d일간 접수합니다." % (ctx.inst["name"], rng.randint(3, 5)))
    doc.p("4. 응시자 유의사항: 시험 중 시험문제를 메모하여 반출하거나 외부에 유출하는 행위는 부정행위로 처리합니다.")
    doc.p("5. 문의: %s %s" % (ctx.dept, ctx.tel))
    doc.cue("시험문제", "body", "mention")
    return result(doc, "public", "none", [], "시험", "exam_notice", flags=dict(mention_only=True), decide="exam announcement")


def t_p_decision_notice(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp", "police"])
    doc = Doc()
    nm = masked(person(rng), rng)
    head_block(doc, ctx, "정보 (부분)공개 결정 통지", recv="%s 귀하" % nm, via=False)
    what, item = rng.choice([("회의록 중 발언자 성명", 6), ("수사 중인 사건과 관련된 부분", 4), ("업체의 단가 산출내역", 7),
                             ("내부 검토 중인 부분", 5)])
    numbered(doc, ["귀하께서 %s 청구하신 정보에 대한 공개 여부 결정 결과를 아래와 같이 알려드립니다." % fdate(earlier(rng, ctx.date), 0),
                   "청구 내용: %s" % rng.choice(["○○사업 관련 회의록 일체", "%d년 업무추진비 집행내역" % ctx.date[0], "○○공사 설계변경 관련 자료"]),
                   "결정 내용: 부분공개 — %s은(는) %s 제9조 제1항 제%d호에 따라 비공개하고, 그 외 내용은 공개합니다." % (what, LAW_FULL, item),
                   "이 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청을 하거나 행정심판·행정소송을 제기할 수 있습니다."], rng=rng)
    doc.cue("부분공개", "body", "mention")
    doc.cue(nm, "head", "content")
    entry, _ = close(doc, ctx, "public", [])
    return result(doc, "public", "none", [], "정보공개 안내", "disclosure_decision_notice", flags=dict(mention_only=True),
                  decide=entry + " (notice quotes 비공개 of another record; requester masked)")


# ============================================================================
# PARTIAL templates
# ============================================================================
def person_rows(rng, n, cols):
    rows = []
    for i in range(n):
        nm = person(rng)
        d = dob(rng, 1945, 2006)
        r = []
        for c in cols:
            if c == "연번":
                r.append(str(i + 1))
            elif c == "성명":
                r.append(nm)
            elif c == "생년월일":
                r.append(fdate(d, rng.choice([0, 2, 3])))
            elif c == "연락처":
                r.append(mobile(rng))
            elif c == "주소":
                r.append(addr_private(rng))
            elif c == "주민등록번호":
                r.append(rrn(rng, d))
            elif c == "주민번호(마스킹)":
                r.append(rrn_masked(rng, d))
            elif c == "읍면동":
                r.append(rng.choice(["중앙동", "새솔동", "가람읍", "누리면", "한빛동", "별빛1동"]))
            elif c == "소속":
                r.append(rng.choice(["한빛봉사회", "새솔적십자봉사회", "주민자치위원회", "가람새마을부녀회", "개인"]))
            elif c == "학교":
                r.append(rng.choice(["한들고", "새솔중", "가람초", "누리고", "다온여고"]) + " %d학년" % rng.randint(1, 3))
            elif c == "비고":
                r.append(rng.choice(["", "", "신규", "재참여", "대리수령"]))
            else:
                r.append("")
        rows.append(r)
    return rows


def t_pa_gongmun_names(rng):
    ctx = Ctx(rng, kinds=["local", "edu", "school", "corp", "central"])
    doc = Doc()
    topic = rng.choice([
        ("%d년 자원봉사 우수자 인증서 발급 대상 통보", "자원봉사 누적 시간 인증 기준을 충족한 봉사자를 아래와 같이 통보하오니 인증서를 전달하여 주시기 바랍니다.",
         ["연번", "성명", "생년월일", "소속", "연락처"]),
        ("%d년 장학생 선발 결과 알림", "장학위원회 심의를 거쳐 선발된 장학생 명단을 알려드리오니 학교에서 장학금 수령 절차를 안내하여 주시기 바랍니다.",
         ["연번", "학교", "성명", "생년월일", "비고"]),
        ("주민 안전교육 수료자 통보", "주민 안전교육을 수료한 주민 명단을 통보하오니 수료증 교부 및 사후관리에 활용하여 주시기 바랍니다.",
         ["연번", "읍면동", "성명", "연락처", "비고"]),
        ("%d년 상반기 희망일자리 참여자 확정 알림", "희망일자리 사업 참여자를 아래와 같이 확정하였으니 근로계약 체결 및 배치에 협조하여 주시기 바랍니다.",
         ["연번", "성명", "생년월일", "주소", "연락처"]),
    ])
    title, sent, cols = topic
    head_block(doc, ctx, title % ctx.date[0] if "%d" in title else title)
    numbered(doc, [related(ctx), sent, "명단에 포함된 개인정보는 해당 업무 목적으로만 이용하고 업무 종료 후 지체 없이 파기하시기 바랍니다."], rng=rng)
    doc.p("붙임  대상자 명단 1부.  끝." if rng.random() < 0.5 else "")
    rows = [cols] + person_rows(rng, rng.randint(3, 8), cols)
    doc.p("<대상자 명단>")
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    entry, lay = close(doc, ctx, "partial", [6])
    return result(doc, "partial", "none", reasons_of([6]), "공문", "notice_with_roster_attached", decide=entry)


def t_pa_minwon(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp", "police"])
    doc = Doc()
    nm = person(rng)
    ad = addr_private(rng)
    stated = rng.random() < 0.55
    head_block(doc, ctx, rng.choice(["민원 처리 결과 회신", "고충민원 처리 결과 알림", "민원(%s) 회신" % rng.choice(["소음 피해", "건축물 무단 증축 신고", "도로 파손 보상", "체납 처분 이의"])]),
               recv="%s 귀하 (%s)" % (nm, ad) if rng.random() < 0.5 else "%s 님" % nm, via=False)
    body = ["귀하께서 %s %s 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다." % (fdate(earlier(rng, ctx.date), 0), rng.choice(["국민신문고로", "방문하여", "우편으로"])),
            ] + list(rng.choice([
                ("민원 요지: 인근 공사장 야간 소음으로 인한 피해 조사 요청",
                 "처리 결과: 현장 점검 결과 소음 기준(주간 65dB) 초과가 확인되어 시공사에 과태료 %s원을 부과하였습니다." % won(amount(rng, 200000, 3000000, 100000))),
                ("민원 요지: %s 인근 건축물의 무단 증축 여부 확인 요청" % ad,
                 "처리 결과: 확인 결과 무단 증축 사실이 있어 건축주에게 시정명령을 하였습니다."),
                ("민원 요지: 보도블록 파손으로 인한 넘어짐 사고 보상 요청",
                 "처리 결과: 영조물배상공제에 보상 청구를 접수하였으며 심사 결과는 별도로 통지드리겠습니다."),
                ("민원 요지: 자동차세 체납에 따른 압류 해제 요청",
                 "처리 결과: 체납액 %s원 완납이 확인되어 압류를 해제하였습니다." % won(amount(rng, 50000, 2000000, 10)))]))
    if rng.random() < 0.5:
        body.append("민원인 연락처(%s)로 담당자가 추가 안내드릴 예정입니다." % mobile(rng))
    body.append("기타 궁금하신 사항은 %s %s %s(%s)에게 문의하여 주시기 바랍니다." % (ctx.dept, ctx.offs[0][0], ctx.offs[0][1], ctx.tel))
    numbered(doc, body, rng=rng)
    doc.p("  끝.")
    doc.cue(nm, "head", "content", deciding=not stated)
    flags = {}
    if stated:
        entry, _ = close(doc, ctx, "partial", [6])
        decide = entry
    else:
        gyeolmun(doc, ctx, None, "tail")
        flags["content_only"] = True
        decide = "named private complainant (+address) in a reply"
    return result(doc, "partial", "none", reasons_of([6]), "민원회신", "minwon_named", flags=flags, decide=decide)


def company(rng):
    return rng.choice(["(주)", "주식회사 ", ""]) + rng.choice(["한빛", "새솔", "누리", "미르", "다온", "가람", "늘품", "온새미", "하늘빛", "대성"]) + \
        rng.choice(["엔지니어링", "건설", "정보통신", "환경", "시스템", "산업", "테크", "종합건설", "설비"])


def t_pa_contract(rng):
    ctx = Ctx(rng, kinds=["local", "corp", "edu", "central"])
    doc = Doc()
    comp = company(rng)
    ceo = person(rng)
    amt = amount(rng, 8000000, 900000000)
    six = rng.random() < 0.5
    items = [6, 7] if six else [7]
    head_block(doc, ctx, rng.choice(["%s 계약 체결 결과 보고" % rng.choice(["청사 방수공사", "전산장비 유지보수", "홍보영상 제작", "급식실 환기설비 개선"]),
                                      "수의계약 체결 내역 및 업체 제출 자료 송부"]))
    numbered(doc, ["%s에 따라 계약을 아래와 같이 체결하였기에 보고합니다." % rng.choice(["「지방자치단체를 당사자로 하는 계약에 관한 법률」", "「국가를 당사자로 하는 계약에 관한 법률」", "공단 계약규정"]),
                   "계약 개요"], rng=rng)
    rows = [["계약상대자", comp], ["대표자", ceo], ["계약금액", "%s원" % won(amt)], ["계약기간", fperiod(rng, ctx.date)],
            ["낙찰률", "%.3f%%" % (rng.randint(86000, 99000) / 1000)]]
    if not six:
        rows = [r for r in rows if r[0] != "대표자"]
    doc.t(rows, rng.choice(["pipe", "space", "tab", "runon"]))
    doc.p("3. 업체 제출 자료(붙임): 원가계산서 및 단가 산출내역, 기술 인력 보유 현황, 공사 대금 입금 계좌")
    rows2 = [["품목", "규격", "수량", "단가", "금액"]]
    for _ in range(rng.randint(2, 4)):
        q = rng.randint(1, 40)
        u = amount(rng, 50000, 9000000, 100)
        rows2.append([rng.choice(["방수시트", "서버 유지보수", "촬영 장비 임차", "배관 자재", "인건비(특급기술자)", "폐기물 처리"]),
                      rng.choice(["식", "M/M", "EA", "㎡"]), str(q), won(u), won(u * q)])
    doc.t(rows2, rng.choice(["pipe", "tab", "space"]))
    doc.p("  ○ 대금 입금 계좌: %s %s (예금주 %s)" % (rng.choice(["농협은행", "국민은행", "기업은행", "신한은행"]),
                                             "%03d-%04d-%04d-%02d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)), comp))
    if six:
        doc.p("  ○ 대표자 %s 연락처 %s, 자택 %s" % (ceo, mobile(rng), addr_private(rng)))
    doc.p("  끝.")
    entry, _ = close(doc, ctx, "partial", items)
    return result(doc, "partial", "none", reasons_of(items), "계약·입찰", "contract_with_business_data", decide=entry)


def t_pa_minutes(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp"])
    doc = Doc()
    items = [5, 6] if rng.random() < 0.3 else [6]
    com = rng.choice(["지방보조금심의위원회", "건축위원회", "교권보호위원회(일반 안건)", "공유재산심의회", "도시공원위원회"])
    doc.p("%s 회의록" % com)
    mem = [person(rng) for _ in range(rng.randint(4, 6))]
    doc.t([["회의일시", when(rng, ctx.date)], ["장소", place(rng, ctx.inst)],
           ["참석위원", ", ".join("%s(%s)" % (m, rng.choice(["○○대학교 교수", "건축사", "변호사", "주민대표", "세무사", "시의원"])) for m in mem)]],
          rng.choice(["pipe", "space", "tab", "cells"]))
    doc.p("")
    doc.p("[안건] %s" % rng.choice(["%d년 민간단체 보조사업 선정(안)" % ctx.date[0], "○○동 공동주택 건축심의(재심의)", "공유재산 관리계획 변경(안)"]))
    for m in rng.sample(mem, 3):
        doc.p("%s 위원: %s" % (m, rng.choice(["신청 단체의 최근 3년 집행실적을 보면 정산이 늦어진 사례가 있어 조건부 승인이 적절하다고 봅니다.",
                                             "배치도상 일조 침해 우려가 있어 보완 후 재심의를 제안합니다.",
                                             "감정평가 결과와 대부료 산정 근거를 추가로 제출받아야 합니다.",
                                             "지역 주민 의견이 충분히 반영되었는지 확인이 필요합니다."])))
    doc.p("위원장: 논의된 의견을 반영하여 %s으로 의결하겠습니다." % rng.choice(["조건부 가결", "재심의", "원안 가결"]))
    doc.p("")
    lab = rng.choice(["공개구분", "공개여부", "회의록 공개"])
    if items == [5, 6]:
        e = "부분공개" + items_str(rng, items)
        doc.p("%s: %s — 위원 성명 및 의결 전 검토의견은 비공개" % (lab, e))
    else:
        e = "부분공개" + items_str(rng, items)
        doc.p("%s: %s" % (lab, e))
    doc.cue(e, "body_end", "disclosure_field", True)
    return result(doc, "partial", "none", reasons_of(items), "회의록", "minutes_named_members", decide=e)


def t_pa_mislabeled(rng):
    ctx = Ctx(rng, kinds=["local", "corp", "edu"])
    doc = Doc()
    head_block(doc, ctx, rng.choice(["긴급복지 지원금 지급 대상자 통보", "%d년 시간제 근로자 임금 지급 내역" % ctx.date[0], "재해 위로금 지급 대상자 확정 알림"]))
    numbered(doc, [related(ctx), "아래 대상자에게 지원금을 지급하고자 하오니 계좌 확인 후 지급 처리하여 주시기 바랍니다."], rng=rng)
    rows = [["연번", "성명", "주민등록번호", "은행", "계좌번호", "지급액"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), person(rng), rrn(rng), rng.choice(["농협", "국민", "우리", "하나", "새마을금고"]),
                     "%03d-%02d-%06d" % (rng.randint(100, 999), rng.randint(10, 99), rng.randint(0, 999999)),
                     won(amount(rng, 300000, 3000000, 10000))])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
    doc.p("  끝.")
    doc.cue("주민등록번호", "table", "content", True)
    entry, _ = close(doc, ctx, "public", [])
    return result(doc, "partial", "none", reasons_of([6], [24]), "공문", "mislabeled_public_with_rrn",
                  flags=dict(mislabeled=True, stated=entry), decide="content (full RRNs + accounts) overrides stated 공개")


def t_pa_award(rng):
    ctx = Ctx(rng, kinds=["local", "central", "police", "edu"])
    doc = Doc()
    nm = person(rng)
    d = dob(rng, 1950, 1995)
    with_rrn = rng.random() < 0.45
    head_block(doc, ctx, rng.choice(["%d년 모범시민 표창 대상자 추천" % ctx.date[0], "의인(義人) 포상 추천서 제출", "유공 주민 %s 표창 추천" % rng.choice(["국무총리", head_title(ctx.inst)])]))
    numbered(doc, [related(ctx), "위 호와 관련하여 지역사회 발전에 기여한 주민을 아래와 같이 추천합니다."], rng=rng)
    rows = [["성명", nm, "생년월일", fdate(d, 0)], ["주소", addr_private(rng), "연락처", mobile(rng)]]
    if with_rrn:
        rows.insert(1, ["주민등록번호", rrn(rng, d), "직업", rng.choice(["자영업", "회사원", "농업", "무직"])])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("<공적 요지>")
    doc.p("위 사람은 %d년부터 %s 활동을 해 왔으며, 특히 %s." % (rng.randint(2005, 2020), rng.choice(["독거노인 도시락 배달", "하천 정화", "야간 자율방범", "다문화가정 한국어 지도"]),
                                                         rng.choice(["화재 현장에서 이웃 주민 2명을 구조하였음", "누적 봉사시간이 3,000시간을 넘었음", "지역 아동 학습지원 프로그램을 자비로 운영하였음"])))
    doc.p("붙임  공적조서 및 범죄경력 조회 동의서 각 1부.  끝.")
    entry, _ = close(doc, ctx, "partial", [6])
    pip = [24] if with_rrn else []
    return result(doc, "partial", "none", reasons_of([6], pip), "포상", "award_recommendation" + ("_rrn" if with_rrn else ""), decide=entry)


def t_pa_attach(rng):
    ctx = Ctx(rng, kinds=["local", "edu", "school", "central", "corp"])
    doc = Doc()
    tops = ["저소득층 학생 교육급여 지원", "교육복지 우선지원 학생 교복비 지원"] if ctx.inst["kind"] in ("edu", "school") else \
        ["경로당 냉방비 지원", "청년 월세 지원", "농어민 수당 지급", "에너지 바우처 지원"]
    head_block(doc, ctx, "%d년 %s 결과 보고" % (ctx.date[0], rng.choice(tops)))
    numbered(doc, [related(ctx), "사업 추진 결과를 붙임과 같이 보고합니다.",
                   "총 %d명(%d가구)에게 %s원을 지원하였으며, 집행률은 %d%%입니다." % (rng.randint(20, 800), rng.randint(10, 500), won(amount(rng, 5000000, 900000000)), rng.randint(70, 100))],
             rng=rng)
    attach(doc, ["사업 추진 결과", "지원 대상자 명단"], rng)
    phr = rng.choice(["※ 붙임 2는 개인정보가 포함되어 비공개", "※ 붙임 2 비공개(개인정보)", "※ 붙임 2(대상자 명단)는 「개인정보 보호법」에 따라 비공개 처리",
                      "※ 붙임 2 지원 대상자 명단: 비공개(제6호)"])
    doc.p(phr)
    doc.cue(phr, "body", "attachment_statement", True)
    doc.p("")
    doc.p("붙임 1  사업 추진 결과")
    doc.t([["구분", "계획", "실적", "집행률"], ["인원", str(rng.randint(100, 900)), str(rng.randint(80, 900)), "%d%%" % rng.randint(70, 100)]],
          rng.choice(["pipe", "tab", "space"]))
    doc.p("붙임 2  지원 대상자 명단")
    cols = ["연번", "성명", "생년월일", "주소"]
    doc.t([cols] + person_rows(rng, rng.randint(3, 6), cols), rng.choice(["pipe", "tab", "space", "runon"]))
    if rng.random() < 0.5:
        entry, _ = close(doc, ctx, "partial", [6])
    else:
        gyeolmun(doc, ctx, None, "tail")
    return result(doc, "partial", "none", reasons_of([6]), "공문", "attachment_nonpublic_statement",
                  flags=dict(part_statement=True), decide=phr)


def t_pa_permit(rng):
    ctx = Ctx(rng, kinds=["local"])
    doc = Doc()
    items = [6, 7] if rng.random() < 0.3 else [6]
    doc.p("%s %s 인허가 처리 현황(%d년 %d월)" % (ctx.inst["name"], ctx.dept, ctx.date[0], ctx.date[1]))
    rows = [["연번", "업종", "상호", "대표자", "소재지", "처리"]]
    for i in range(rng.randint(4, 7)):
        rows.append([str(i + 1), rng.choice(["일반음식점", "휴게음식점", "숙박업", "미용업", "건설기계대여업"]),
                     rng.choice(["한빛", "솔향", "다온", "미소", "별다방", "온누리"]) + rng.choice(["식당", "카페", "모텔", "헤어", "중기"]),
                     person(rng), addr_private(rng), rng.choice(["신규", "변경", "폐업", "지위승계"])])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    if 7 in items:
        doc.p("※ 건설기계대여업체 제출 재무제표 및 장비 임대 단가는 영업상 비밀로 별도 관리")
    e = "부분공개" + items_str(rng, items)
    doc.p(rng.choice(["공개구분: ", "공개여부 : ", "※ "]) + e + rng.choice(["", " - 개인 대표자 성명·주소 비공개"]))
    doc.cue(e, "body_end", "disclosure_field", True)
    return result(doc, "partial", "none", reasons_of(items), "인허가", "permit_list", decide=e)


def t_pa_training(rng):
    ctx = Ctx(rng, kinds=["local", "corp", "edu"])
    doc = Doc()
    head_block(doc, ctx, rng.choice(["주민 %s 교육 결과 보고" % rng.choice(["심폐소생술", "디지털 역량", "귀농귀촌", "도시농업"]), "시민 강사 위촉 결과 보고"]))
    numbered(doc, ["교육을 아래와 같이 실시하였기에 결과를 보고합니다.",
                   "교육 개요: %s, %s, 수료 %d명" % (fperiod(rng, ctx.date), place(rng, ctx.inst), rng.randint(8, 40)),
                   "만족도: 평균 %.1f점(5점 척도)" % (rng.randint(38, 49) / 10), "참석자 명단"], rng=rng)
    cols = ["연번", "성명", "읍면동", "연락처"]
    doc.t([cols] + person_rows(rng, rng.randint(4, 8), cols), rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    entry, _ = close(doc, ctx, "partial", [6])
    return result(doc, "partial", "none", reasons_of([6]), "공문", "training_attendees", decide=entry)


# ============================================================================
# NON-PUBLIC templates: classified (보안업무규정) documents
# ============================================================================
def stamp_doc(doc, rng, stamp, file_hint=True):
    """Place a classification stamp at top and/or bottom (header/footer or body lines) and maybe a text box."""
    mode = rng.choice(["hf", "hf", "top_bottom", "top", "box", "box_hf", "cell"])
    if mode == "cell":
        row = [rng.choice(["보안등급", "분류", "보안"]), stamp, "문서번호", "%s-%d" % (rng.choice(["보안", "기획", "대책"]), rng.randint(10, 999))]
        doc.blocks.insert(0, ("t", [row], rng.choice(["pipe", "space", "tab", "runon"])))
        doc.cue(stamp, "header_table_cell", "marking", True)
        return "bottom"
    if mode in ("hf", "box_hf"):
        doc.header.append(stamp)
        doc.footer.append(stamp)
        doc.cue(stamp, "header", "marking", True)
        doc.cue(stamp, "footer", "marking")
    if mode == "top_bottom":
        doc.blocks.insert(0, ("p", stamp))
        doc.cue(stamp, "body_top", "marking", True)
        return "bottom"
    if mode == "top":
        doc.blocks.insert(0, ("p", stamp))
        doc.cue(stamp, "body_top", "marking", True)
    if mode in ("box", "box_hf"):
        doc.blocks.insert(0, ("box", stamp))
        doc.cue(stamp, "textbox", "marking", mode == "box")
    return None


DAE_SUB = {
    "facility": ([3], "보안·시설", ["청사 방호 취약점 점검 결과", "정수장 출입통제 보안 점검 결과", "전산실 물리적 보안 진단 결과"]),
    "audit_plan": ([5], "감사결과", ["%s 특정감사 계획", "%s 기동감찰 실시 계획", "%s 복무감찰 착안사항"]),
    "investigation": ([4, 6], "수사·재판", ["공직비리 첩보 처리 결과", "보조금 부정수급 수사 의뢰 검토", "불법 투기 의혹 관련 수사 협조"]),
    "development": ([5, 8], "내부검토보고", ["%s 도시개발구역 지정 검토(안)", "산업단지 후보지 비교 검토", "역세권 개발 예정지 검토"]),
    "vetting": ([5, 6], "인사", ["개방형 직위 임용후보자 인사검증 결과", "승진 대상자 평판 조회 결과"]),
    "negotiation": ([5], "내부검토보고", ["%d년 임금협약 교섭 대응 전략", "공동주택 분쟁 조정 협상안 검토"]),
    "infra": ([3], "재난상황보고", ["국가기반시설 방호계획(변경)", "대테러 취약시설 경비인력 배치 계획"]),
}


def t_n_daeoebi(rng):
    sub = rng.choice(sorted(DAE_SUB))
    items, genre, titles = DAE_SUB[sub]
    ctx = Ctx(rng, kinds=["central", "local", "corp", "police"] if sub != "vetting" else ["central", "local"])
    doc = Doc()
    until = (ctx.date[0] + rng.randint(1, 5), 12, 31)
    stamp = marking_stamp(rng, "대외비", until)
    title = rng.choice(titles)
    title = title % (ctx.inst["name"] if "%s" in title else ctx.date[0]) if "%" in title else title
    doc.p(title)
    doc.p("%s %s" % (fdate(ctx.date, 0), ctx.dept))
    doc.p("")
    if sub == "facility":
        doc.p("1. 점검 개요: %s 본관 및 부속시설, 점검반 %d명" % (ctx.inst["name"], rng.randint(3, 8)))
        doc.p("2. 주요 취약점")
        rows = [["구역", "취약 내용", "위험도", "조치 계획"]]
        for z in rng.sample(["정문 차량 출입구", "후문 보행 통로", "지하 주차장 B2", "옥상 출입문", "전산실 출입문", "배수펌프동"], 3):
            rows.append([z, rng.choice(["CCTV 사각지대 %d m 구간" % rng.randint(5, 40), "출입통제 장치 미작동(비밀번호 %04d 공유)" % rng.randint(0, 9999),
                                         "야간 경비 순찰 공백 %02d:00~%02d:00" % (rng.randint(0, 2), rng.randint(3, 5)), "담장 높이 미달 및 감지기 미설치"]),
                         rng.choice(["상", "중", "상"]), rng.choice(["즉시 보완", "예산 반영", "다음 분기"])])
        doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
    elif sub == "audit_plan":
        doc.p("1. 감사 배경: %s 관련 민원 및 제보가 잇따라 사실관계 확인 필요" % rng.choice(["보조금 집행", "계약 분할", "초과근무 부정 수령"]))
        doc.p("2. 감사 대상: %s %s 등 %d개 부서" % (inst_pick(rng)["name"], rng.choice(["회계과", "복지정책과", "건축과"]), rng.randint(2, 5)))
        doc.p("3. 중점 착안사항: 특정 업체 반복 수의계약 여부, 출장·초과근무 기록과 출입기록 대조, 현금성 경비 사용 내역")
        doc.p("4. 감사 일정: %s (사전 통보 없이 실시)" % fperiod(rng, ctx.date))
        doc.p("5. 감사반 편성: 반장 %s, 반원 %d명" % (person(rng), rng.randint(3, 6)))
    elif sub == "investigation":
        s1 = person(rng)
        doc.p("1. 첩보 요지: %s 소속 %s(%d세)가 %s 의혹" % (inst_pick(rng, ["local", "corp"])["name"], s1, rng.randint(35, 59),
                                                      rng.choice(["특정 업체로부터 금품을 받고 계약 편의를 제공한", "개발 정보를 이용해 가족 명의로 토지를 매입한", "보조금을 허위 정산한"])))
        doc.p("2. 확인 사항: 관련 계좌 거래내역, 계약서류, 출입기록(수사기관 요청 시 제공)")
        doc.p("3. 처리 방향: %s에 수사 의뢰하고, 혐의 확인 시 직위해제 검토" % inst_pick(rng, ["police"])["name"])
        doc.cue(s1, "body", "content")
    elif sub == "development":
        doc.p("1. 검토 배경: 인구 유입 대응 및 %s 일대 정비 필요" % rng.choice(["가람읍", "새솔동", "한빛동", "누리면"]))
        rows = [["후보지", "면적(㎡)", "지가 수준", "검토 의견"]]
        for c in ["A", "B", "C"]:
            rows.append(["%s지구(%s리 %d번지 일원)" % (c, rng.choice(["상촌", "하촌", "신평", "중리"]), rng.randint(100, 999)),
                         won(rng.randint(50000, 900000)), rng.choice(["낮음", "보통", "높음"]), rng.choice(["우선 검토", "보류", "제외"])])
        doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
        doc.p("3. 향후 계획: 주민 공람 전까지 후보지 정보 유출 시 투기 우려가 있으므로 관계부서 외 열람 제한")
    elif sub == "vetting":
        c1 = person(rng)
        doc.p("1. 검증 대상: %s (%s, %d세)" % (c1, rng.choice(["현 ○○연구원 선임연구위원", "현 ○○대학교 교수", "전 ○○청 국장"]), rng.randint(45, 61)))
        doc.p("2. 검증 결과: 재산 형성 과정 특이사항 %s, 세금 체납 %s, 평판 조회 결과 '%s'" % (rng.choice(["없음", "1건(소명 완료)"]), rng.choice(["없음", "과거 체납 후 완납"]),
                                                                    rng.choice(["조직 장악력 우수, 의사소통 방식 개선 필요", "전문성 높으나 대외 관계 다소 경직"])))
        doc.p("3. 종합 의견: 임용 %s" % rng.choice(["적격", "조건부 적격", "재검토 필요"]))
        doc.cue(c1, "body", "content")
    elif sub == "negotiation":
        doc.p("1. 노조 요구안: 기본급 %d.%d%% 인상, 복지포인트 %s원 증액" % (rng.randint(3, 9), rng.randint(0, 9), won(rng.randint(10, 90) * 10000)))
        doc.p("2. 사측 대응 한도: 1차 제시 %d.%d%%, 최종 양보선 %d.%d%% (이사회 보고 전 비공개)" % (rng.randint(1, 2), rng.randint(0, 9), rng.randint(2, 4), rng.randint(0, 9)))
        doc.p("3. 쟁점별 전략: 성과급 연동 조항은 유지하되 복지포인트는 단계적 조정 제안")
    else:
        doc.p("1. 방호 대상: %s (국가기반시설 %s등급)" % (rng.choice(["제2정수장", "변전소", "통합관제센터", "가스 정압기지"]), rng.choice(["가", "나", "다"])))
        rows = [["초소", "근무 인원", "근무 형태", "비상 연락"]]
        for k in ["정문", "후문", "취수탑", "관제실"]:
            rows.append([k, "%d명" % rng.randint(1, 6), rng.choice(["3조2교대", "4조3교대", "주간"]), tel(rng, ctx.inst["area"])])
        doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
        doc.p("3. 비상시 증원: 경찰 %d개 중대, 군 %d개 소대 협조" % (rng.randint(1, 3), rng.randint(1, 2)))
    if rng.random() < 0.45:
        note = rng.choice(["이 문서는 %s까지 대외비로 관리하며, 이후 일반문서로 재분류함." % fdate(until, 0),
                           "※ 본 자료는 대외비이므로 복사·외부 반출을 금함.", "※ 열람 후 즉시 반납"])
        doc.p(note)
    if rng.random() < 0.4:
        e = "비공개" + items_str(rng, items)
        doc.p(rng.choice(["공개구분: ", "공개여부 : ", ""]) + e)
        doc.cue(e, "body_end", "disclosure_field")
    bottom = stamp_doc(doc, rng, stamp)
    if bottom:
        doc.p(stamp)
        doc.cue(stamp, "body_bottom", "marking")
    return result(doc, "non_public", "대외비", reasons_of(items), genre, "daeoebi_" + sub, decide=stamp)


SECRET_SUB = [
    ("충무계획", [1, 2], "%d년 충무계획(%s)", "보안·시설"),
    ("동원", [1, 2], "%d년 전시 동원자원 관리계획(%s)", "보안·시설"),
    ("방호", [1, 3], "%d년 중요시설 방호 작전계획(%s)", "보안·시설"),
    ("회담", [1, 2], "%d년 남북 실무회담 대응 방안(%s)", "내부검토보고"),
    ("대테러", [1, 3], "%d년 대테러 대응 세부계획(%s)", "보안·시설"),
]


def t_n_secret(rng, grade):
    sub, items, title, genre = rng.choice(SECRET_SUB)
    kinds = ["central"] if grade != "III급" else ["central", "local", "corp"]
    ctx = Ctx(rng, kinds=kinds)
    if sub == "회담":
        ctx = Ctx(rng, inst=INSTS[7])
    doc = Doc()
    until = (ctx.date[0] + rng.randint(2, 10), 12, 31)
    stamp = marking_stamp(rng, grade, until)
    canon = GRADE_CANON[grade]
    copy_no = rng.randint(1, 6)
    doc.p(title % (ctx.date[0], ctx.inst["name"]))
    if rng.random() < 0.7:
        doc.p("사본번호: %s" % rng.choice(["%d / %d" % (copy_no, copy_no + rng.randint(1, 5)), "제 %d 호" % copy_no, "%d부 중 %d호" % (copy_no + 3, copy_no)]))
        doc.cue("사본번호", "body", "marking")
    doc.p("관리번호: %s-%d-%03d" % (rng.choice(["비밀", "충무", "보안"]), ctx.date[0], rng.randint(1, 200)))
    doc.p("")
    if sub in ("충무계획", "동원"):
        doc.p("1. 목적: 전시·사변 등 국가비상사태 시 %s의 행정기능을 유지하고 인력·물자를 신속히 동원하기 위함" % ctx.inst["name"])
        doc.p("2. 동원 자원 배정 현황")
        rows = [["구분", "자원", "수량", "집결지", "동원 시기"]]
        for k in ["인력", "차량", "장비", "물자"]:
            rows.append([k, rng.choice(["기술인력", "화물차 5톤", "굴착기", "유류", "의료인력"]), str(rng.randint(5, 300)),
                         "%s %s" % (rng.choice(["제1", "제2", "제3"]), rng.choice(["집결지", "동원지원소"])), "D+%d" % rng.randint(0, 7)])
        doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
        doc.p("3. 전시 정부기능 이전 장소: %s 일원 지하시설(좌표 별지)" % rng.choice(["가람군", "미르군", "다온시"]))
    elif sub in ("방호", "대테러"):
        doc.p("1. 방호 대상시설: %s 외 %d개소" % (rng.choice(["발전소", "댐", "통신 중계소", "공항 관제탑"]), rng.randint(2, 9)))
        doc.p("2. 작전 개념: 평시 %s 단계, 위협 증가 시 %s 단계로 격상" % (rng.choice(["경계", "주의"]), rng.choice(["심각", "경계"])))
        rows = [["구역", "경계 병력", "감시장비", "대응 시간"]]
        for z in ["외곽", "내곽", "핵심"]:
            rows.append([z, "%d명" % rng.randint(4, 60), rng.choice(["열상감시장비", "CCTV %d대" % rng.randint(4, 40), "레이더"]), "%d분" % rng.randint(3, 20)])
        doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
    else:
        doc.p("1. 정세 판단: 최근 상대측 동향을 볼 때 %s 의제를 우선 제기할 가능성이 큼" % rng.choice(["경제협력", "이산가족", "군사 긴장 완화"]))
        doc.p("2. 우리측 입장: 1차 제안 %s, 양보 가능선 %s" % (rng.choice(["정례화", "상설 연락채널"]), rng.choice(["분기 1회", "시범 운영"])))
        doc.p("3. 대표단 구성: 수석대표 %s 외 %d명" % (rng.choice(["국장급", "실장급"]), rng.randint(3, 6)))
    doc.p("")
    ygo = rng.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (fdate(until, 0), canon),
                      "예고문 : %s 보호기간 만료 후 일반문서로 재분류" % fdate(until, 0),
                      "예고문: 원본 %s까지 보존 후 파기, 사본은 접수 후 %d년 후 파기" % (fdate(until, 0), rng.randint(1, 3))])
    doc.p(ygo)
    doc.cue(ygo, "body_end", "marking")
    if rng.random() < 0.5:
        doc.p("※ 비밀취급인가자 외 열람 금지, 복제·복사 금지")
    if rng.random() < 0.5:
        e = "비공개" + items_str(rng, items)
        doc.p("공개구분 " + e)
        doc.cue(e, "body_end", "disclosure_field")
    mode = rng.choice(["hf", "hf", "body"])
    if mode == "hf":
        doc.header.append(stamp)
        doc.footer.append(stamp)
        doc.cue(stamp, "header", "marking", True)
        doc.cue(stamp, "footer", "marking")
    else:
        doc.blocks.insert(0, ("p", stamp))
        doc.p(stamp)
        doc.cue(stamp, "body_top", "marking", True)
        doc.cue(stamp, "body_bottom", "marking")
    return result(doc, "non_public", grade, reasons_of(items), genre, "secret_%s_%s" % (grade, sub), decide=stamp)


# ============================================================================
# NON-PUBLIC templates: unmarked
# ============================================================================
NP_GONGMUN = [
    ([5], "조직개편(안) 부서 의견 조회", lambda r, c: [
        "조직 진단 결과에 따른 조직개편(안)에 대하여 부서 의견을 조회하오니 %s까지 회신하여 주시기 바랍니다." % fdate(c.date, 0),
        "개편(안)은 확정되지 않은 검토 단계의 자료이므로 부서 내에서만 열람하시기 바랍니다."]),
    ([5], "%d년 주요업무계획 수립을 위한 정책과제 검토의견 제출", lambda r, c: [
        "내년도 주요 정책과제 후보에 대한 부서별 검토의견을 %s까지 제출하여 주시기 바랍니다." % fdate(c.date, 0),
        "과제별 예산 규모와 우선순위는 정책조정회의 심의 전 내부 검토 자료입니다."]),
    ([4, 6], "범죄 수사를 위한 자료 제공 요청에 대한 회신", lambda r, c: [
        "%s에서 요청한 피의자 관련 자료를 아래와 같이 회신합니다." % inst_pick(r, ["police"])["name"],
        "제공 자료는 수사 목적으로만 사용하여야 하며, 피의자 %s(%d세)의 인적사항 및 출입기록이 포함되어 있습니다." % (person(r), r.randint(20, 70))]),
    ([3], "청사 출입통제시스템 교체 및 경비 배치 변경 알림", lambda r, c: [
        "청사 출입통제시스템 교체 공사(%s)에 따라 경비 인력 배치를 아래와 같이 변경합니다." % fperiod(r, c.date),
        "야간 경비 초소 위치, 순찰 경로 및 비상 출입문 위치는 붙임 도면과 같습니다."]),
    ([5, 6], "%d년 하반기 승진 후보자 명부 작성 관련 자료 제출", lambda r, c: [
        "승진 후보자 명부 작성을 위하여 대상자별 근무성적평정 결과를 %s까지 제출하여 주시기 바랍니다." % fdate(c.date, 0),
        "대상자 %s 외 %d명의 평정 점수와 순위가 포함되어 있습니다." % (person(r), r.randint(3, 20))]),
    ([8], "%s 일원 개발행위허가 제한지역 지정 검토", lambda r, c: [
        "개발 예정지역의 투기를 방지하기 위하여 개발행위허가 제한지역 지정을 검토하고자 하오니 %s까지 의견을 제출하여 주시기 바랍니다." % fdate(c.date, 0),
        "지정 대상 지번과 면적은 공고 전까지 관계 부서 외에 알려지지 않도록 유의하시기 바랍니다."]),
    ([6], "징계 처분 결과 통보", lambda r, c: [
        "소속 공무원 %s에 대한 징계위원회 의결 결과를 통보하오니 처분 사유 설명서를 교부하여 주시기 바랍니다." % person(r),
        "처분 내용: %s" % r.choice(["감봉 1월", "견책", "정직 1월"])]),
]


def t_n_gongmun_np(rng):
    items, title, sents = rng.choice(NP_GONGMUN)
    kinds = ["police", "local", "central"] if items == [4, 6] else None
    ctx = Ctx(rng, kinds=kinds)
    doc = Doc()
    if "%d" in title:
        t = title % ctx.date[0]
    elif "%s" in title:
        t = title % rng.choice(["가람읍 신평리", "새솔동 중리", "한빛동"])
    else:
        t = title
    head_block(doc, ctx, t)
    numbered(doc, [related(ctx)] + sents(rng, ctx), rng=rng)
    doc.p("  끝.")
    entry, _ = close(doc, ctx, "non_public", items)
    return result(doc, "non_public", "none", reasons_of(items), "공문", "gongmun_nonpublic_%s" % "-".join(map(str, items)), decide=entry)


INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "<내부 검토자료>", "대내용 - 외부 유출 금지", "※ 내부 참고용(외부 제공 불가)"]


def t_n_internal_review(rng):
    ctx = Ctx(rng, kinds=["central", "local", "corp", "edu"])
    doc = Doc()
    mark = rng.choice(INFORMAL)
    topic = rng.choice(["%s 요금 인상(안) 검토" % rng.choice(["상수도", "공영주차장", "쓰레기봉투"]), "청사 이전 후보지 비교 검토", "출연기관 통폐합 방안 검토",
                        "%d년 예산 삭감 대응 방안" % (ctx.date[0] + 1), "민간위탁 재계약 여부 검토", "공공요금 감면 대상 축소 검토"])
    doc.p(topic)
    doc.p("%s | %s | %s" % (ctx.inst["name"], ctx.dept, fdate(ctx.date, 0)))
    doc.p("")
    doc.p("□ 검토 배경")
    doc.p("  ○ %s" % rng.choice(["원가 회수율이 %d%%에 그쳐 재정 부담이 누적됨" % rng.randint(40, 80), "시설 노후화 및 민원 증가", "상급기관 권고 및 의회 지적 사항"]))
    doc.p("□ 쟁점 및 대안")
    rows = [["대안", "내용", "장점", "단점"], ["1안", "단계적 추진(%d년간)" % rng.randint(2, 4), "반발 최소화", "효과 지연"],
            ["2안", "일괄 추진", "재정 효과 즉시", "민원 집중"], ["3안", "현행 유지", "-", "적자 누적"]]
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("□ 검토 의견: %s이 타당하나, 의회 보고 및 %s 전까지 확정하지 않음" % (rng.choice(["1안", "2안"]), rng.choice(["공청회", "위원회 심의", "기관장 보고"])))
    doc.p("□ 향후 일정: %s 간부회의 보고" % fdate(pdate(rng), 0))
    where = rng.choice(["header", "top", "box", "footer", "top_and_footer"])
    if where == "header":
        doc.header.append(mark)
    elif where == "top":
        doc.blocks.insert(0, ("p", mark))
    elif where == "box":
        doc.blocks.insert(0, ("box", mark))
    elif where == "footer":
        doc.footer.append(mark)
    else:
        doc.blocks.insert(0, ("p", mark))
        doc.footer.append(mark)
    doc.cue(mark, {"top": "body_top", "top_and_footer": "body_top"}.get(where, where if where != "box" else "textbox"), "informal_marking", True)
    if rng.random() < 0.35:
        e = "비공개" + items_str(rng, [5])
        doc.p("공개구분: " + e)
        doc.cue(e, "body_end", "disclosure_field")
    return result(doc, "non_public", "none", reasons_of([5]), "내부검토보고", "internal_review", flags=dict(informal_marking=mark), decide=mark + " + deliberative content")


def t_n_discipline(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp", "police"])
    doc = Doc()
    nm = person(rng)
    kind = rng.choice(["dui", "dui", "bribe", "neglect", "harass"])
    doc.p(rng.choice(["징 계 의 결 서", "징계의결서", "%s 보통징계위원회 의결서" % ctx.inst["name"]]))
    doc.t([["소속", ctx.dept], ["직위(직급)", rng.choice({"police": ["경사", "경위", "경장"], "corp": ["대리", "과장", "주임"]}.get(ctx.inst["kind"], ["주무관(지방행정주사보)", "사무관", "행정주사", "주무관"]))], ["성명", nm],
           ["의결주문", rng.choice(["정직 2월", "감봉 3월", "강등", "견책", "해임"])]], rng.choice(["pipe", "tab", "space", "cells", "runon"]))
    doc.p("")
    doc.p("이 유")
    if kind == "dui":
        doc.p("혐의자는 %s 23:40경 %s 일대에서 혈중알코올농도 %.3f%% 상태로 자가용 승용차를 운전하다 적발되어, %s 벌금 %s만원의 약식명령을 받아 확정되었다." %
              (fdate(earlier(rng, ctx.date), 0), rng.choice(["한들시 중앙로", "새솔시 새솔대로", "누리구 누리로"]), rng.randint(30, 190) / 1000,
               rng.choice(["한들지방법원으로부터", "법원으로부터"]), rng.choice(["500", "700", "1,000", "1,200"])))
        pip = [23]
    elif kind == "bribe":
        doc.p("혐의자는 %s 공사 감독 업무를 수행하면서 시공업체 대표로부터 %s원 상당의 향응을 제공받았고, 이와 관련하여 %s 징역 %d월에 집행유예 %d년의 형이 확정되었다." %
              (rng.choice(["하수관로", "체육관 신축", "도로 확장"]), won(amount(rng, 1000000, 20000000, 10000)), fdate(earlier(rng, ctx.date), 0), rng.randint(6, 12), rng.randint(1, 2)))
        pip = [23]
    elif kind == "neglect":
        doc.p("혐의자는 %s부터 %s까지 정당한 사유 없이 %d회에 걸쳐 무단 결근하고 부서장의 복귀 지시에 불응하여 성실의무 및 복종의무를 위반하였다." %
              (fdate(earlier(rng, ctx.date, 150, 220), 0), fdate(earlier(rng, ctx.date, 60, 140), 0), rng.randint(4, 15)))
        pip = []
    else:
        doc.p("혐의자는 부하 직원에게 반복적으로 모욕적 언행을 하고 사적 심부름을 지시하는 등 직장 내 괴롭힘을 하여 품위유지의무를 위반하였다.")
        pip = []
    doc.p("위와 같은 사실은 혐의자의 진술, 감사 결과 및 관련 자료에 의하여 인정되므로 %s에 따라 주문과 같이 의결한다." %
          rng.choice(["「지방공무원법」 제72조", "「국가공무원법」 제78조", "인사규정 제45조"]))
    doc.p("")
    doc.p("%s" % fdate(ctx.date, 1))
    doc.p("%s 징계위원회 위원장 %s" % (ctx.inst["name"], person(rng)))
    doc.cue(nm, "table_cell", "content", True)
    return result(doc, "non_public", "none", reasons_of([6], pip), "징계", "discipline_" + kind, flags=dict(content_only=True),
                  decide="disciplinary resolution naming an official" + (" + criminal sanction" if pip else ""))


def t_n_welfare_roster(rng):
    ctx = Ctx(rng, kinds=["local"])
    doc = Doc()
    var = rng.choice(["plain", "rrn", "disab", "plain"])
    doc.p(rng.choice(["%s 기초생활수급자 명단(%d년 %d월)" % (rng.choice(["중앙동", "가람읍", "새솔동", "누리면"]), ctx.date[0], ctx.date[1]),
                      "긴급생계지원 대상 가구 현황", "%d년 동절기 난방비 지원 대상자" % ctx.date[0]]))
    cols = ["연번", "성명", "생년월일", "주소", "연락처"]
    if var == "rrn":
        cols = ["연번", "성명", "주민등록번호", "주소", "연락처"]
    rows = [cols + (["장애 유형/질환"] if var == "disab" else ["급여 종류"])]
    base = person_rows(rng, rng.randint(5, 9), cols)
    for r in base:
        r.append(rng.choice(["지체장애(심한)", "시각장애", "당뇨·고혈압", "치매(경증)", "뇌병변장애", "만성신부전(투석)"]) if var == "disab"
                 else rng.choice(["생계·의료", "주거", "생계·주거·의료", "교육"]))
        rows.append(r)
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("작성: %s %s / %s" % (ctx.dept, ctx.offs[0][0], fdate(ctx.date, 0)))
    pip = [24] if var == "rrn" else [23] if var == "disab" else []
    doc.cue(rows[1][1], "table_cell", "content", True)
    return result(doc, "non_public", "none", reasons_of([6], pip), "복지", "welfare_roster_" + var, flags=dict(content_only=True),
                  decide="roster consisting only of personal data")


def t_n_price(rng):
    ctx = Ctx(rng, kinds=["local", "corp", "edu", "central"])
    doc = Doc()
    job = rng.choice(["도서관 리모델링 공사", "하천 정비공사", "정보시스템 고도화 용역", "급식실 현대화 공사"])
    base = amount(rng, 50000000, 3000000000)
    doc.p(rng.choice(["예 정 가 격 조 서", "예정가격 결정조서", "예정가격 작성 내역"]))
    doc.t([["건명", job], ["기초금액", "%s원" % won(base)], ["개찰 예정일시", "%s 11:00" % fdate(ctx.date, 0)]], rng.choice(["pipe", "tab", "space", "runon"]))
    rows = [["번호", "복수예비가격", "번호", "복수예비가격"]]
    for i in range(1, 8, 2):
        rows.append([str(i), won(int(base * (1 + rng.uniform(-0.03, 0.03)))), str(i + 1), won(int(base * (1 + rng.uniform(-0.03, 0.03))))])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon"]))
    ep = int(base * (1 + rng.uniform(-0.02, 0.02)))
    doc.p("결정 예정가격: %s원 (부가가치세 포함)" % won(ep))
    doc.p("위와 같이 예정가격을 결정함.   %s   계약담당자 %s %s (인)" % (fdate(ctx.date, 0), rng.choice(["회계과장", "계약팀장", "행정실장"]), person(rng)))
    if rng.random() < 0.5:
        doc.p("※ 개찰 전 봉인 보관")
    doc.cue("결정 예정가격", "body", "content", True)
    return result(doc, "non_public", "none", reasons_of([5]), "계약·입찰", "reserve_price_before_opening", flags=dict(content_only=True),
                  decide="예정가격 결정조서 before opening")


def t_n_investigation(rng):
    ctx = Ctx(rng, kinds=["police", "probation", "court", "corr"])
    doc = Doc()
    nm = person(rng)
    d = dob(rng, 1960, 2003)
    with_rrn = rng.random() < 0.5
    with_crim = rng.random() < 0.5
    stated = rng.random() < 0.5
    kind = ctx.inst["kind"]
    if kind == "police":
        doc.p(rng.choice(["수 사 보 고", "수사보고(피의자 신원 확인)", "범죄경력 조회 회보서"]))
        doc.p("사건번호 %d-%06d   %s %s" % (ctx.date[0], rng.randint(0, 999999), ctx.inst["name"], ctx.dept))
    elif kind == "probation":
        doc.p("판결 전 조사 보고서")
        doc.p("사건 %d고단%d   조사관 %s" % (ctx.date[0], rng.randint(100, 9999), person(rng)))
    elif kind == "corr":
        doc.p("수용자 처우 심사 자료")
        doc.p("수용번호 %d   %s %s" % (rng.randint(100, 9999), ctx.inst["name"], ctx.dept))
    else:
        doc.p("형사 사건 기록 열람 복사 신청 검토")
        doc.p("사건 %d고합%d" % (ctx.date[0], rng.randint(10, 999)))
    rows = [["성명", nm, "생년월일", fdate(d, 0)], ["주거", addr_private(rng), "직업", rng.choice(["무직", "회사원", "자영업", "일용직"])]]
    if with_rrn:
        rows.insert(1, ["주민등록번호", rrn(rng, d), "연락처", mobile(rng)])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    crime = rng.choice(["%s 편의점에서 현금 %s원을 절취" % (fdate(earlier(rng, ctx.date), 0), won(amount(rng, 100000, 2000000, 1000))),
                        "보이스피싱 조직의 현금 수거책으로 활동", "중고거래 사이트에서 물품 대금 명목으로 금원을 편취",
                        "주점에서 다른 손님과 시비 끝에 폭행하여 전치 3주의 상해를 가함"])
    crim = rng.choice(["사기 전과 2회(%d년 징역 10월)" % rng.randint(2010, 2020), "절도 벌금 1회, 폭행 집행유예 1회",
                       "도로교통법위반(음주운전) 벌금 2회"])
    if kind == "police":
        lines = ["혐의 요지: " + crime] + (["범죄경력: " + crim] if with_crim else []) + \
            ["수사 진행: 참고인 %s 진술 확보, 계좌 추적 영장 신청 예정" % person(rng),
             "의견: " + rng.choice(["구속영장 신청 검토", "불구속 송치 예정", "추가 조사 필요"])]
    elif kind == "probation":
        lines = ["범죄사실 요지: " + crime] + (["범죄경력: " + crim] if with_crim else []) + \
            ["생활환경: %s와 동거, 일정한 직업 %s, 음주 습관 %s" % (rng.choice(["모", "배우자", "형"]), rng.choice(["있음", "없음"]), rng.choice(["있음", "없음"])),
             "조사관 의견: " + rng.choice(["보호관찰 부 집행유예 적정", "사회봉사명령 병과 필요", "재범 위험성 중간"])]
    elif kind == "corr":
        lines = ["죄명 및 형기: %s, 징역 %d년 %d월 (형기종료 예정 %s)" % (rng.choice(["사기", "특수절도", "상해"]), rng.randint(1, 4), rng.randint(0, 11), fdate(pdate(rng, 2026, 2029), 0))] + \
            (["범죄경력: " + crim] if with_crim else []) + \
            ["수용생활: 징벌 %d회, 작업 %s, 접견 월 %d회" % (rng.randint(0, 2), rng.choice(["성실", "보통"]), rng.randint(0, 4)),
             "심사 의견: " + rng.choice(["가석방 적격 심사 상정", "처우등급 상향(S3→S2) 검토", "상정 보류"])]
    else:
        lines = ["공소사실 요지: " + crime] + (["범죄경력: " + crim] if with_crim else []) + \
            ["신청인: 피해자 측 대리인, 신청 범위: 증거기록 중 피고인 진술조서",
             "검토 의견: " + rng.choice(["재판 진행 중으로 열람 제한", "피해자 인적사항 가림 후 허가", "공판기일 이후 재검토"])]
    numbered(doc, lines, rng=rng)
    pip = ([24] if with_rrn else []) + ([23] if with_crim else [])
    flags = {}
    if stated:
        e = "비공개" + items_str(rng, [4, 6])
        doc.p(rng.choice(["공개구분 ", "공개여부: ", ""]) + e)
        doc.cue(e, "body_end", "disclosure_field", True)
        decide = e
    else:
        flags["content_only"] = True
        decide = "investigation record with suspect identity"
        doc.cue(nm, "table_cell", "content", True)
    return result(doc, "non_public", "none", reasons_of([4, 6], pip), "수사·재판", "investigation_" + kind, flags=flags, decide=decide)


def t_n_promotion(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "corp"])
    doc = Doc()
    doc.p(rng.choice(["%d년 하반기 승진심사 자료" % ctx.date[0], "승진후보자 서열명부", "%s 근무성적평정 결과(순위)" % ctx.inst["name"]]))
    rows = [["순위", "성명", "직급", "근무성적", "경력평정", "가점", "합계"]]
    for i in range(rng.randint(4, 8)):
        a = rng.randint(6000, 7000) / 100
        b = rng.randint(2500, 3000) / 100
        c = rng.randint(0, 300) / 100
        rows.append([str(i + 1), person(rng), rng.choice(["6급", "7급", "5급", "과장대우"]), "%.2f" % a, "%.2f" % b, "%.2f" % c, "%.2f" % (a + b + c)])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("※ 승진심사위원회 심의 전 자료로서 위원 외 열람 제한" if rng.random() < 0.6 else "※ 심사위원 의견: %s" % rng.choice(["1순위자 리더십 우수", "3순위자 징계 이력 검토 필요"]))
    flags = {}
    if rng.random() < 0.5:
        e = "비공개" + items_str(rng, [5, 6])
        doc.p("공개구분: " + e)
        doc.cue(e, "body_end", "disclosure_field", True)
        decide = e
    else:
        flags["content_only"] = True
        decide = "promotion ranking with named officials"
    return result(doc, "non_public", "none", reasons_of([5, 6]), "인사", "promotion_ranking", flags=flags, decide=decide)


def t_n_sickleave(rng):
    ctx = Ctx(rng, kinds=["local", "central", "edu", "school", "corp"])
    doc = Doc()
    nm = person(rng)
    doc.p(rng.choice(["병가(질병휴직) 승인 결과", "질병휴직 처리 검토", "공무상 요양 승인 신청 검토"]))
    doc.t([["성명", nm], ["소속/직위", "%s %s" % (ctx.dept, rng.choice(["주무관", "교사", "대리", "사무관"]))],
           ["진단명", rng.choice(["요추 추간판탈출증", "주요 우울장애", "유방암(2기)", "뇌경색 후유증", "공황장애"])],
           ["기간", fperiod(rng, ctx.date)], ["진단서 발급", rng.choice(["한들대학교병원", "새솔의료원", "누리정신건강의학과의원"])]],
          rng.choice(["pipe", "tab", "space", "cells", "runon"]))
    doc.p("검토 의견: 진단서상 %d주 이상 요양이 필요하므로 %s을 승인함이 타당함." % (rng.randint(4, 26), rng.choice(["병가", "질병휴직", "공무상 요양"])))
    doc.cue(nm, "table_cell", "content", True)
    return result(doc, "non_public", "none", reasons_of([6], [23]), "인사", "sick_leave_diagnosis", flags=dict(content_only=True),
                  decide="named official + diagnosis")


def t_n_union(rng):
    ctx = Ctx(rng, kinds=["local", "corp", "edu"])
    doc = Doc()
    doc.p(rng.choice(["%d년 %d월 노동조합 조합비 공제 명단" % (ctx.date[0], ctx.date[1]), "공무원노조 가입자 현황(급여 공제용)"]))
    rows = [["연번", "소속", "성명", "조합", "공제액"]]
    for i in range(rng.randint(5, 9)):
        rows.append([str(i + 1), rng.choice(ctx.inst["depts"]), person(rng), rng.choice(["%s공무원노동조합" % ctx.inst["name"], "공공연맹 %s지부" % ctx.inst["name"]]),
                     won(rng.randint(15, 40) * 1000)])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("급여 담당: %s %s" % (ctx.dept, ctx.offs[0][1]))
    doc.cue("조합", "table", "content", True)
    return result(doc, "non_public", "none", reasons_of([6], [23]), "인사", "union_dues_list", flags=dict(content_only=True),
                  decide="trade-union membership list")


def t_n_exam(rng):
    ctx = Ctx(rng, kinds=["edu", "school", "corp", "local"])
    doc = Doc()
    subj = rng.choice(["국어", "수학", "행정법", "전공(전기)", "영어", "한국사"])
    mark = rng.random() < 0.5
    doc.p("%d학년도 %s %s 문제지(출제 원안)" % (ctx.date[0], rng.choice(["1학기 기말고사", "2학기 중간고사", "신규직원 채용 필기시험", "승진시험"]), subj))
    if mark:
        m = rng.choice(["시행 전 보안 유지", "출제위원 외 열람 금지", "취급주의"])
        doc.header.append(m)
        doc.cue(m, "header", "informal_marking")
    doc.p("")
    for i in range(1, rng.randint(4, 7)):
        doc.p("%d. %s" % (i, rng.choice(["다음 중 행정행위의 공정력에 관한 설명으로 옳은 것은?", "다음 글의 중심 내용으로 가장 적절한 것은?",
                                          "함수 f(x)=x³-3x+%d의 극댓값은?" % rng.randint(1, 9), "옴의 법칙에 따라 저항 %dΩ에 흐르는 전류는?" % rng.randint(2, 20),
                                          "다음 사건을 시대 순으로 바르게 나열한 것은?"])))
        doc.p("   ① %d  ② %d  ③ %d  ④ %d" % tuple(rng.randint(1, 99) for _ in range(4)))
    doc.p("")
    doc.p("[정답] " + " ".join("%d-%s" % (i, "①②③④"[rng.randint(0, 3)]) for i in range(1, 6)))
    doc.p("출제위원: %s (인)   검토위원: %s (인)" % (person(rng), person(rng)))
    doc.cue("출제 원안", "title", "content", True)
    return result(doc, "non_public", "none", reasons_of([5]), "시험", "exam_paper_before_test", flags=dict(content_only=not mark),
                  decide="exam paper + answers before the test")


def t_n_disaster_internal(rng):
    ctx = Ctx(rng, kinds=["local", "central"])
    doc = Doc()
    mark = rng.choice(["취급주의", "[내부용]", "대내용", "상황실 내부 공유용"])
    ev = rng.choice(["공장 화재", "교량 붕괴", "다중밀집 압사 사고", "산사태"])
    doc.p("%s 사고 상황보고(제%d보) — %s" % (ev, rng.randint(2, 12), mark))
    doc.p("%s %02d:%02d 현재" % (fdate(ctx.date, 0), rng.randint(0, 23), rng.randint(0, 59)))
    doc.p("□ 인명피해: 사망 %d명, 부상 %d명(중상 %d)" % (rng.randint(0, 3), rng.randint(3, 12), rng.randint(1, 3)))
    rows = [["구분", "성명", "나이", "상태", "이송 병원"]]
    for _ in range(rng.randint(3, 6)):
        rows.append([rng.choice(["부상", "중상", "사망"]), person(rng), str(rng.randint(8, 85)),
                     rng.choice(["2도 화상(전신 30%)", "골반 골절", "의식 저하(뇌출혈 의심)", "경상(찰과상)", "다발성 골절"]),
                     rng.choice(["한들대학교병원", "새솔의료원", "누리성모병원"])])
    doc.t(rows, rng.choice(["pipe", "tab", "space", "runon", "cells"]))
    doc.p("□ 조치: 현장 통제, 유가족 지원반 운영, 언론 대응은 대변인실로 일원화")
    doc.cue(mark, "title", "informal_marking")
    return result(doc, "non_public", "none", reasons_of([6], [23]), "재난상황보고", "disaster_casualty_list",
                  flags=dict(informal_marking=mark), decide="named casualties with injuries")


def t_n_litigation(rng):
    ctx = Ctx(rng, kinds=["local", "central", "corp", "edu"])
    doc = Doc()
    case = "%d%s%d" % (ctx.date[0] - rng.randint(0, 1), rng.choice(["구합", "가합", "누", "나"]), rng.randint(1000, 99999))
    doc.p(rng.choice(["소송 수행 검토 보고", "행정소송(%s) 대응 방안" % case, "항소 여부 검토"]))
    doc.p("사건: %s %s  /  원고: %s  /  피고: %s" % (rng.choice(["한들지방법원", "서울행정법원", "대전고등법원"]), case, company(rng), ctx.inst["head"]))
    doc.p("1. 쟁점: %s" % rng.choice(["영업정지 처분의 재량권 일탈·남용 여부", "입찰참가자격 제한 처분의 절차적 하자", "손해배상 책임 범위"]))
    doc.p("2. 소송대리인 의견: 1심 패소 가능성 %d%%, 조정 권고 시 수용 검토" % rng.randint(20, 70))
    doc.p("3. 대응 전략: 추가 증거(현장 사진, 점검 일지) 제출 및 증인 신청, 변론기일 %s" % fdate(pdate(rng), 0))
    e = "비공개" + items_str(rng, [4])
    doc.p(rng.choice(["공개구분: ", "※ 진행 중인 재판 관련 정보 — ", ""]) + e)
    doc.cue(e, "body_end", "disclosure_field", True)
    return result(doc, "non_public", "none", reasons_of([4]), "수사·재판", "litigation_strategy", decide=e)


# ============================================================================
# HWPX writer (OWPML)
# ============================================================================
NSDECL = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
          'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
          'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
          'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
          'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
          'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" xmlns:epub="http://www.idpf.org/2007/ops" '
          'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
_HEADER_CACHE = {}


def base_header_xml():
    """header.xml of the Skeleton.hwpx shipped by python-hwpx (pinned in README), plus a solid
    table border fill (id 3) and two extra character shapes (7: red stamp, 8: bold title)."""
    if "h" in _HEADER_CACHE:
        return _HEADER_CACHE["h"]
    import hwpx  # python-hwpx
    skel = os.path.join(os.path.dirname(hwpx.__file__), "data", "Skeleton.hwpx")
    with zipfile.ZipFile(skel) as z:
        h = z.read("Contents/header.xml").decode("utf-8")
    bf = ('<hh:borderFill id="3" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
          '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
          '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>')
    assert '<hh:borderFills itemCnt="2">' in h
    h = h.replace('<hh:borderFills itemCnt="2">', '<hh:borderFills itemCnt="3">').replace("</hh:borderFills>", bf + "</hh:borderFills>")
    m = re.search(r'<hh:charPr id="0" .*?</hh:charPr>', h)
    cp0 = m.group(0)
    red = cp0.replace('id="0"', 'id="7"', 1).replace('height="1000"', 'height="1400"', 1).replace('textColor="#000000"', 'textColor="#FF0000"', 1)
    bold = cp0.replace('id="0"', 'id="8"', 1).replace('height="1000"', 'height="1500"', 1)
    if "<hh:bold/>" not in bold:
        bold = bold.replace("</hh:charPr>", "<hh:bold/></hh:charPr>") if "<hh:underline" not in bold else bold.replace("<hh:underline", "<hh:bold/><hh:underline", 1)
    n = int(re.search(r'<hh:charProperties itemCnt="(\d+)"', h).group(1))
    h = h.replace('<hh:charProperties itemCnt="%d">' % n, '<hh:charProperties itemCnt="%d">' % (n + 2))
    h = h.replace("</hh:charProperties>", red + bold + "</hh:charProperties>")
    _HEADER_CACHE["h"] = h
    return h


class HwpxWriter:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def nid(self):
        self.pid += 1
        return self.pid

    def t(self, text):
        if text == "":
            return "<hp:t/>"
        parts = text.split("\t")
        inner = '<hp:tab width="4000" leader="NONE" type="LEFT"/>'.join(xesc(x) for x in parts)
        return "<hp:t>%s</hp:t>" % inner

    def para(self, text, cp=0, extra_runs=""):
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s'
                '<hp:run charPrIDRef="%d">%s</hp:run></hp:p>') % (self.nid(), extra_runs, cp, self.t(text))

    def sublist(self, lines, valign="TOP", tw=0, th=0, cp=0):
        ps = "".join(self.para(x, cp) for x in lines)
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" '
                'textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>') % (valign, tw, th, ps)

    def header_footer(self, tag, lines, n):
        va = "TOP" if tag == "header" else "BOTTOM"
        red = any(k in "".join(lines) for k in ("비밀", "대외비", "대 외 비", "급 비", "내부", "대내", "취급주의"))
        return '<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>' % (tag, n, self.sublist(lines, va, 42520, 4252, 7 if red else 0), tag)

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        W = 42520
        lens = [max(3, max(len(r[c]) for r in rows)) for c in range(ncol)]
        tot = sum(lens)
        widths = [int(W * l / tot) for l in lens]
        widths[-1] = W - sum(widths[:-1])
        rh = 1800
        self.oid += 1
        out = ['<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="3" noAdjust="0">'
               % (self.oid, len(rows), ncol),
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>' % (W, rh * len(rows)),
               '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
               'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>',
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>']
        for ri, r in enumerate(rows):
            out.append("<hp:tr>")
            for ci, c in enumerate(r):
                out.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="3">' % (1 if ri == 0 else 0))
                out.append(self.sublist([c], "CENTER"))
                out.append('<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (ci, ri, widths[ci], rh))
            out.append("</hp:tr>")
        out.append("</hp:tbl>")
        return "".join(out)

    def textbox(self, text, right=True):
        self.oid += 1
        w, h = 9000 + 500 * len(text), 3200
        return ('<hp:rect id="%d" zOrder="%d" numberingType="FIGURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
                'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/>'
                '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#FF0000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" '
                'tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText name="" editable="0" lastWidth="%d">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" height="%d" widthRelTo="ABSOLUTE" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" '
                'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="%s" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>') % (
            self.oid, self.oid - 1000, self.oid, w, h, w, h, w // 2, h // 2, w, self.sublist([text], "CENTER", cp=7), w, w, h, h, w, h,
            "RIGHT" if right else "LEFT")


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
         'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0"><hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
         '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/><hp:visibility hideFirstHeader="0" hideFirstFooter="0" '
         'hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/><hp:pagePr landscape="WIDELY" width="59528" '
         'height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" '
         'bottom="4252"/></hp:pagePr><hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
         '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
         '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr><hp:endNotePr>'
         '<hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="14692344" type="SOLID" '
         'width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/>'
         '<hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr><hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" '
         'headerInside="0" footerInside="0" fillArea="PAPER"><hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill>'
         '<hp:pageBorderFill type="EVEN" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">'
         '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill><hp:pageBorderFill type="ODD" borderFillIDRef="1" '
         'textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER"><hp:offset left="1417" right="1417" top="1417" bottom="1417"/>'
         '</hp:pageBorderFill></hp:secPr>')


def build_hwpx(doc, title, date):
    w = HwpxWriter()
    first_runs = '<hp:run charPrIDRef="0">%s<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl></hp:run>' % SECPR
    hf = ""
    if doc.header:
        hf += w.header_footer("header", doc.header, 1)
    if doc.footer:
        hf += w.header_footer("footer", doc.footer, 2)
    if hf:
        first_runs += '<hp:run charPrIDRef="0">%s</hp:run>' % hf
    body = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s<hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>'
            % (w.nid(), first_runs)]
    title_done = False
    for b in doc.blocks:
        if b[0] == "p":
            cp = 0
            if not title_done and b[1].strip():
                cp = 8
                title_done = True
            body.append(w.para(b[1], cp))
        elif b[0] == "t":
            body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s</hp:run></hp:p>'
                        % (w.nid(), w.table(b[1])))
        else:
            body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>'
                        % (w.nid(), w.textbox(b[1])))
    section = XMLDECL + "<hs:sec %s>%s</hs:sec>" % (NSDECL, "".join(body))
    y, m, d = date
    stamp = "%04d-%02d-%02dT09:00:00Z" % (y, m, d)
    hpf = (XMLDECL + '<opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">sens_o</opf:meta><opf:meta name="subject" content="text"/><opf:meta name="description" content="text"/>'
           '<opf:meta name="lastsaveby" content="text">sens_o</opf:meta><opf:meta name="CreatedDate" content="text">%s</opf:meta>'
           '<opf:meta name="ModifiedDate" content="text">%s</opf:meta><opf:meta name="keyword" content="text"/></opf:metadata><opf:manifest>'
           '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
           '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % (NSDECL, xesc(title), stamp, stamp)
    container = (XMLDECL + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf">'
                 '<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = XMLDECL + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    version = (XMLDECL + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" '
               'micro="1" buildNumber="0" os="1" xmlVersion="1.5" application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>')
    settings = (XMLDECL + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = []
    for b in doc.blocks:
        if b[0] in ("p", "box"):
            prv.append(b[1])
        else:
            prv.extend("<" + "><".join(r) + ">" for r in b[1])
    prvtext = "\r\n".join(prv)[:1024]
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED), ("version.xml", version.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/header.xml", base_header_xml().encode(), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", section.encode(), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prvtext.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED)]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=(y, m, d, 9, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


# ============================================================================
# PDF writer (reportlab, Korean text layer)
# ============================================================================
PDF_FONTS = {}
NANUM = "/usr/share/fonts/truetype/nanum/"


def pdf_fonts():
    if PDF_FONTS:
        return PDF_FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    avail = []
    for nm, fn in [("NanumGothic", "NanumGothic.ttf"), ("NanumMyeongjo", "NanumMyeongjo.ttf"), ("NanumBarunGothic", "NanumBarunGothic.ttf")]:
        if os.path.exists(NANUM + fn):
            pdfmetrics.registerFont(TTFont(nm, NANUM + fn))
            avail.append(nm)
    for nm in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
        pdfmetrics.registerFont(UnicodeCIDFont(nm))
        avail.append(nm)
    bold = "NanumGothicBold" if os.path.exists(NANUM + "NanumGothicBold.ttf") else None
    if bold:
        pdfmetrics.registerFont(TTFont(bold, NANUM + "NanumGothicBold.ttf"))
    PDF_FONTS["list"] = avail
    PDF_FONTS["bold"] = bold
    return PDF_FONTS


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    text = text.replace("\t", "    ")
    if text == "":
        return [""]
    out = []
    cur = ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > width:
            k = cur.rfind(" ")
            if k > len(cur) * 0.6:
                out.append(cur[:k])
                cur = cur[k + 1:] + ch
            else:
                out.append(cur)
                cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def build_pdf(doc, title, fontname, seed_rng):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    pdf_fonts()
    bold = PDF_FONTS["bold"] or fontname
    W, H = A4
    L, R, T, B = 20 * mm, 20 * mm, 24 * mm, 22 * mm
    size, lead = 10, 14.5
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("sens_o")
    c.setCreator("sens_o make_set.py")
    st = {"y": H - T, "page": 1}
    hf_align = seed_rng.choice(["center", "right", "left"])

    def hf():
        for i, h in enumerate(doc.header):
            red = any(k in h for k in ("비밀", "대외비", "대 외 비", "급 비"))
            c.setFillColor(colors.red if red else colors.black)
            c.setFont(bold if red else fontname, 12 if red else 8.5)
            y = H - 12 * mm - i * 13
            if hf_align == "center" or red:
                c.drawCentredString(W / 2, y, h)
            elif hf_align == "right":
                c.drawRightString(W - R, y, h)
            else:
                c.drawString(L, y, h)
        for i, f in enumerate(doc.footer):
            red = any(k in f for k in ("비밀", "대외비", "대 외 비", "급 비"))
            c.setFillColor(colors.red if red else colors.black)
            c.setFont(bold if red else fontname, 12 if red else 8)
            y = 10 * mm + (len(doc.footer) - 1 - i) * 12
            for j, seg in enumerate(wrap(f, bold if red else fontname, 12 if red else 8, W - L - R)[:2]):
                c.drawCentredString(W / 2, y - j * 10, seg)
        c.setFillColor(colors.black)
        c.setFont(fontname, 8)
        c.drawRightString(W - R, 5 * mm, "- %d -" % st["page"])

    def newpage():
        hf()
        c.showPage()
        st["page"] += 1
        st["y"] = H - T

    def need(h):
        if st["y"] - h < B:
            newpage()

    first = True
    for b in doc.blocks:
        if b[0] == "p":
            fnt, sz = (bold, 15) if first and b[1].strip() else (fontname, size)
            if first and b[1].strip():
                first = False
                lines = wrap(b[1], fnt, sz, W - L - R)
                for ln in lines:
                    need(lead + 6)
                    c.setFont(fnt, sz)
                    c.drawCentredString(W / 2, st["y"] - sz, ln)
                    st["y"] -= sz + 8
                continue
            for ln in wrap(b[1], fnt, sz, W - L - R):
                need(lead)
                c.setFont(fnt, sz)
                c.drawString(L, st["y"] - sz, ln)
                st["y"] -= lead
        elif b[0] == "box":
            txt = b[1]
            bw = stringWidth(txt, bold, 13) + 16
            need(34)
            x = W - R - bw
            c.setStrokeColor(colors.red)
            c.setLineWidth(1.5)
            c.rect(x, st["y"] - 26, bw, 22)
            c.setFillColor(colors.red)
            c.setFont(bold, 13)
            c.drawString(x + 8, st["y"] - 20, txt)
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.black)
            st["y"] -= 32
        else:
            rows = b[1]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            tw = W - L - R
            lens = [max(4, min(40, max(len(r[i]) for r in rows))) for i in range(ncol)]
            widths = [tw * l / sum(lens) for l in lens]
            fs = 8.5
            st["y"] -= 3
            for ri, r in enumerate(rows):
                cells = [wrap(r[i], fontname, fs, widths[i] - 6) for i in range(ncol)]
                rh = max(len(x) for x in cells) * 11 + 6
                need(rh)
                x = L
                y0 = st["y"]
                c.setLineWidth(0.5)
                for i in range(ncol):
                    c.rect(x, y0 - rh, widths[i], rh)
                    c.setFont(bold if ri == 0 and len(rows) > 2 else fontname, fs)
                    for k, ln in enumerate(cells[i]):
                        c.drawString(x + 3, y0 - 3 - fs - k * 11, ln)
                    x += widths[i]
                st["y"] -= rh
            st["y"] -= 6
    hf()
    c.showPage()
    c.save()
    return bio.getvalue()


# ============================================================================
# plan
# ============================================================================
PLAN = [
    # public (96)
    ("p_gongmun", t_p_gongmun, 18), ("p_press", t_p_press, 10), ("p_sec_guide", t_p_sec_guide, 8),
    ("p_info_guide", t_p_info_guide, 6), ("p_password", t_p_password, 5), ("p_personnel_grade", t_p_personnel_grade, 5),
    ("p_declass", t_p_declass, 3), ("p_cover_sep", t_p_cover_sep, 4), ("p_stats", t_p_stats, 6), ("p_minutes", t_p_minutes, 4),
    ("p_audit_public", t_p_audit_public, 5), ("p_minwon_masked", t_p_minwon_masked, 4), ("p_school", t_p_school, 4),
    ("p_disaster", t_p_disaster, 3), ("p_bid_notice", t_p_bid_notice, 5), ("p_exam_notice", t_p_exam_notice, 3),
    ("p_decision_notice", t_p_decision_notice, 3),
    # partial (60)
    ("pa_gongmun_names", t_pa_gongmun_names, 12), ("pa_minwon", t_pa_minwon, 10), ("pa_contract", t_pa_contract, 8),
    ("pa_minutes", t_pa_minutes, 6), ("pa_mislabeled", t_pa_mislabeled, 4), ("pa_award", t_pa_award, 6),
    ("pa_attach", t_pa_attach, 6), ("pa_permit", t_pa_permit, 4), ("pa_training", t_pa_training, 4),
    # non_public, marked (36)
    ("n_daeoebi", t_n_daeoebi, 22), ("n_secret3", lambda r: t_n_secret(r, "III급"), 8),
    ("n_secret2", lambda r: t_n_secret(r, "II급"), 4), ("n_secret1", lambda r: t_n_secret(r, "I급"), 2),
    # non_public, unmarked (48)
    ("n_gongmun_np", t_n_gongmun_np, 9), ("n_internal_review", t_n_internal_review, 7), ("n_discipline", t_n_discipline, 5),
    ("n_welfare_roster", t_n_welfare_roster, 5), ("n_price", t_n_price, 3), ("n_investigation", t_n_investigation, 5),
    ("n_promotion", t_n_promotion, 3), ("n_sickleave", t_n_sickleave, 2), ("n_union", t_n_union, 2), ("n_exam", t_n_exam, 3),
    ("n_disaster_internal", t_n_disaster_internal, 2), ("n_litigation", t_n_litigation, 2),
]
N_FILES_PER_FORMAT = 45


def norm_cmp(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    return s.replace("O", "0").replace("l", "1").replace("I", "1").replace("·", ".").replace("ㆍ", ".")


RRN_RE = re.compile(r"(?<!\d)\d{6}-[1-8]\d{6}(?!\d)")


def hwpx_text(path):
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype", names
        zi = z.getinfo("mimetype")
        assert zi.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ("META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
            assert req in names, req
        for n in names:
            if n.endswith(".xml") or n.endswith(".hpf"):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
    lines = []
    for p in root.iter(HP + "p"):
        # direct runs only, nested paragraphs are visited on their own
        s = ""
        for run in p.findall(HP + "run"):
            for t in run.findall(HP + "t"):
                s += "".join(t.itertext())
        lines.append(s)
    kinds = dict(tbl=len(list(root.iter(HP + "tbl"))), header=len(list(root.iter(HP + "header"))),
                 footer=len(list(root.iter(HP + "footer"))), rect=len(list(root.iter(HP + "rect"))))
    return "\n".join(lines), kinds


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def make_all():
    master = random.Random(SEED)
    plan = []
    for name, fn, n in PLAN:
        for k in range(n):
            plan.append((name, fn))
    master.shuffle(plan)
    # choose which documents become files: stratified by the template's disclosure class
    docs = []
    for idx, (name, fn) in enumerate(plan, 1):
        rng = random.Random("%s|%04d|%s" % (SEED, idx, name))
        res = fn(rng)
        res["template"] = name
        res["idx"] = idx
        res["rng"] = rng
        docs.append(res)
    by_cls = {}
    for d in docs:
        by_cls.setdefault(d["disclosure"], []).append(d)
    total_files = 2 * N_FILES_PER_FORMAT
    chosen = []
    for cls in ("public", "partial", "non_public"):
        lst = by_cls[cls]
        k = round(total_files * len(lst) / len(docs))
        marked = [d for d in lst if d["marking"] != "none"]
        km = min(len(marked), (len(marked) + 1) // 2)
        pick_m = master.sample(marked, km) if marked else []
        rest = [d for d in lst if d["marking"] == "none"]
        chosen.extend(pick_m + master.sample(rest, k - km))
    chosen = sorted(chosen, key=lambda d: d["idx"])[:total_files]
    while len(chosen) < total_files:
        rest = [d for d in docs if d not in chosen]
        chosen.append(master.choice(rest))
        chosen.sort(key=lambda d: d["idx"])
    fmts = ["hwpx", "pdf"] * N_FILES_PER_FORMAT
    master.shuffle(fmts)
    for d, f in zip(chosen, fmts):
        d["format"] = f
    for d in docs:
        d.setdefault("format", "text")
    return docs


def write_all():
    pdf_fonts()
    docs = make_all()
    os.makedirs(FILES_DIR, exist_ok=True)
    for fn in sorted(os.listdir(FILES_DIR)):
        os.remove(os.path.join(FILES_DIR, fn))
    recs, metas = [], []
    for d in docs:
        sid = "so-%04d" % d["idx"]
        doc = d["doc"]
        rng = d["rng"]
        fmt = d["format"]
        plain = render_text(doc, rng)
        noise = False
        rec = {"id": sid}
        title = next((b[1] for b in doc.blocks if b[0] == "p" and b[1].strip()), sid)
        deco = random.Random("%s|deco|%s" % (SEED, sid))
        if deco.random() < (0.55 if fmt != "text" else 0.15):
            if not doc.header and deco.random() < 0.6:
                doc.header.append(deco.choice(["함께 만드는 행복한 도시", "국민과 함께하는 열린 행정", "안전하고 따뜻한 공동체",
                                               "청렴은 우리의 약속입니다", "%s" % title[:20], "내일을 여는 공공서비스"]))
            if deco.random() < 0.7:
                doc.footer.append(deco.choice(["이 문서는 전자문서시스템에서 생성되었습니다.", "개인정보가 포함된 경우 목적 외 이용을 금합니다.",
                                               "민원 상담: 국번 없이 110", "문서 출력일: %s" % fdate(pdate(deco), 0), "1/1"]))
            plain = render_text(doc, rng)
        date = (2025, 1, 1)
        if fmt == "text":
            if rng.random() < 0.14:
                plain = ocr_noise(plain, rng, rng.choice([0.6, 1.0, 1.4]))
                noise = True
            rec["text"] = plain
        else:
            if fmt == "pdf" and rng.random() < 0.1:
                doc.blocks = [("p", ocr_noise(b[1], rng, 0.8).replace("\n", " ")) if b[0] == "p" else b for b in doc.blocks]
                noise = True
            rel = "files/%s.%s" % (sid, fmt)
            path = os.path.join(HERE, rel)
            if fmt == "hwpx":
                data = build_hwpx(doc, title, date)
            else:
                font = rng.choice(PDF_FONTS["list"])
                if font.startswith("HY") and "·" in render_text(doc, random.Random(0)):
                    # the CID fonts' UniKS encoding loses U+00B7 in the text layer; use a TrueType font then
                    font = PDF_FONTS["list"][0]
                d["pdf_font"] = font
                data = build_pdf(doc, title, font, rng)
            with open(path, "wb") as fh:
                fh.write(data)
            rec["file"] = rel
        rec.update(disclosure=d["disclosure"], marking=d["marking"], reasons=d["reasons"], genre=d["genre"])
        recs.append(rec)
        cues = []
        for c in doc.cues:
            where = c["where"]
            if fmt == "text" and where in ("header", "footer"):
                where = {"header": "top_line(header)", "footer": "bottom_line(footer)"}[where]
            if fmt == "text" and where == "textbox":
                where = "own_line(textbox)"
            if fmt == "text" and where.startswith("gyeolmun_table_cell"):
                where = "gyeolmun_table_flattened"
            cues.append(dict(text=c["text"], where=where, kind=c["kind"], deciding=c["deciding"]))
        flags = dict(content_only=bool(d["flags"].get("content_only")), mention_only=bool(d["flags"].get("mention_only")),
                     noise=noise, mislabeled=bool(d["flags"].get("mislabeled")))
        for k in ("informal_marking", "part_statement", "stated"):
            if k in d["flags"]:
                flags[k] = d["flags"][k]
        flags["has_header"] = bool(doc.header)
        flags["has_footer"] = bool(doc.footer)
        flags["has_textbox"] = any(b[0] == "box" for b in doc.blocks)
        flags["has_table"] = any(b[0] == "t" for b in doc.blocks)
        m = dict(id=sid, template=d["template"], subtype=d["sub"], format=fmt, genre=d["genre"], disclosure=d["disclosure"],
                 marking=d["marking"], reasons=d["reasons"], deciding_cue=d["decide"], cues=cues, flags=flags,
                 pii_unmasked_id=bool(RRN_RE.search(render_text(doc, random.Random(0)))))
        if "pdf_font" in d:
            m["pdf_font"] = d["pdf_font"]
        m["_plain"] = render_text(doc, random.Random(0))
        metas.append(m)
    with open(os.path.join(HERE, "sens_o.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_o.meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in metas:
            mm = {k: v for k, v in m.items() if not k.startswith("_")}
            fh.write(json.dumps(mm, ensure_ascii=False) + "\n")
    return recs, metas


# ============================================================================
# validation
# ============================================================================
DISC = ("public", "partial", "non_public")
MARKS = ("none", "대외비", "III급", "II급", "I급")
SECRET = ("III급", "II급", "I급")
ON_MARKS = ("■", "[√]", "[V]", "▣")


def parse_entry(e):
    """Stated class and items of a 공개구분 entry (plain or checkbox form)."""
    s = e
    if any(m in s for m in ON_MARKS):
        for m in ON_MARKS:
            k = s.find(m)
            if k >= 0:
                rest = s[k + len(m):]
                lab = re.match(r"(부분공개|비공개|공개)(\([^)]*\))?", rest)
                cls = {"부분공개": "partial", "비공개": "non_public", "공개": "public"}[lab.group(1)]
                its = [int(x) for x in re.findall(r"\d", lab.group(2) or "")]
                return cls, its
    t = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    t = re.sub(r"^(공개구분|공개여부|정보공개구분|회의록공개)[:：]?", "", t)
    if t.startswith("부분공개"):
        cls = "partial"
    elif t.startswith("비공개"):
        cls = "non_public"
    elif t.startswith("공개"):
        return "public", []
    else:
        return None, []
    t = t.replace("「공공기관의정보공개에관한법률」", "").replace("정보공개법", "")
    t = re.sub(r"제?9조(제?1항|1)?", "", t)
    its = [int(x) for x in re.findall(r"\d", t)]
    return cls, its


def validate(recs, metas):
    errs = []
    ids = [r["id"] for r in recs]
    assert ids == ["so-%04d" % i for i in range(1, len(recs) + 1)]
    assert len(recs) >= 220, len(recs)
    try:
        from hwpx.tools.validator import validate_document
        from hwpx.tools.package_validator import validate_package
    except Exception:  # pragma: no cover
        validate_document = validate_package = None
    n_hwpx_valid = 0
    for r, m in zip(recs, metas):
        sid = r["id"]
        E = lambda msg: errs.append("%s: %s" % (sid, msg))
        if ("text" in r) == ("file" in r):
            E("needs exactly one of text/file")
        if set(r) - {"id", "text", "file", "disclosure", "marking", "reasons", "genre"}:
            E("unexpected keys")
        if r["disclosure"] not in DISC:
            E("bad disclosure")
        if r["marking"] not in MARKS:
            E("bad marking")
        rs = r["reasons"]
        if any(x not in REASON_ORDER for x in rs) or rs != sorted(set(rs), key=REASON_ORDER.index):
            E("bad reasons %r" % rs)
        oida = {int(x.split("-")[-1]) for x in rs if x.startswith("OIDA")}
        if r["disclosure"] == "public" and rs:
            E("public with reasons")
        if r["disclosure"] != "public" and not rs:
            E("non-public without reasons")
        if r["marking"] in SECRET:
            if r["disclosure"] != "non_public" or 1 not in oida or not (oida & {2, 3}):
                E("secret doc needs non_public + OIDA-9-1-1 + content reason")
        if 1 in oida and r["marking"] not in SECRET:
            E("OIDA-9-1-1 without 비밀 marking")
        if r["marking"] == "대외비" and r["disclosure"] != "non_public":
            E("대외비 must be non_public")
        if ("PIPA-24" in rs) != m["pii_unmasked_id"]:
            E("PIPA-24 <-> unmasked RRN mismatch")
        if m["flags"]["mention_only"] and (r["disclosure"] != "public" or r["marking"] != "none"):
            E("mention_only must be public/none")
        if m["flags"]["mislabeled"] and not (r["disclosure"] == "partial" and "PIPA-24" in rs):
            E("mislabeled must be partial with PIPA-24")
        if m["flags"]["content_only"] and any(c["kind"] == "disclosure_field" and c["deciding"] for c in m["cues"]):
            E("content_only doc has a deciding disclosure field")
        # stated 공개구분 agrees with the gold label (except deliberately mislabeled docs)
        for c in m["cues"]:
            if c["kind"] != "disclosure_field":
                continue
            cls, its = parse_entry(c["text"])
            if cls is None:
                E("unparseable entry %r" % c["text"])
                continue
            if m["flags"]["mislabeled"]:
                continue
            if cls != r["disclosure"]:
                E("stated %s != gold %s (%r)" % (cls, r["disclosure"], c["text"]))
            if set(its) != oida:
                E("stated items %r != reasons %r (%r)" % (its, sorted(oida), c["text"]))
        # marking cue present for marked docs, absent for unmarked ones
        has_mark_cue = any(c["kind"] == "marking" for c in m["cues"])
        if (r["marking"] != "none") != has_mark_cue:
            E("marking cue mismatch")
        # cue text is present in the document as delivered
        if "text" in r:
            content = r["text"]
        else:
            path = os.path.join(HERE, r["file"])
            if r["file"].endswith(".hwpx"):
                content, kinds = hwpx_text(path)
                if m["flags"]["has_table"] and not kinds["tbl"]:
                    E("hwpx lacks hp:tbl")
                if m["flags"]["has_header"] and not kinds["header"]:
                    E("hwpx lacks hp:header")
                if m["flags"]["has_footer"] and not kinds["footer"]:
                    E("hwpx lacks hp:footer")
                if m["flags"]["has_textbox"] and not kinds["rect"]:
                    E("hwpx lacks hp:rect")
                if validate_package is not None:
                    with open(path, "rb") as fh:
                        data = fh.read()
                    pr = validate_package(data)
                    if not pr.ok:
                        E("python-hwpx package validation: %s" % [str(i) for i in pr.issues][:3])
                    dr = validate_document(data)
                    if not dr.ok:
                        E("python-hwpx schema validation: %s" % [str(i) for i in dr.issues if getattr(i, 'severity', 'error') == 'error'][:3])
                    else:
                        n_hwpx_valid += 1
            else:
                content = pdf_text(path)
                raw = set(content)
                got = set(unicodedata.normalize("NFKC", content))
                miss = sorted({ch for ch in m["_plain"] if not ch.isspace() and ch not in "|" and ch not in raw
                               and not all(x in got for x in unicodedata.normalize("NFKC", ch))})
                if miss:
                    E("PDF text layer lacks characters %r (font %s)" % ("".join(miss), m.get("pdf_font")))
            if not re.search("[\uac00-\ud7a3]", content):
                E("no Korean text extracted")
        nc = norm_cmp(content)
        for c in m["cues"]:
            if norm_cmp(c["text"]) not in nc:
                E("cue %r (%s) not found in %s" % (c["text"], c["where"], "text" if "text" in r else r["file"]))
        # no unmasked RRN outside PIPA-24 documents (checked on the rendered plain text)
        if "PIPA-24" not in rs and RRN_RE.search(m["_plain"]):
            E("unmasked RRN in non-PIPA-24 doc")
    return errs, n_hwpx_valid


# ============================================================================
# README and MD5SUMS
# ============================================================================
def table_md(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def counts(recs, metas):
    from collections import Counter
    fmt = {m["id"]: m["format"] for m in metas}
    dxf = Counter((r["disclosure"], fmt[r["id"]]) for r in recs)
    mxd = Counter((r["marking"], r["disclosure"]) for r in recs)
    gen = Counter(r["genre"] for r in recs)
    gxd = Counter((r["genre"], r["disclosure"]) for r in recs)
    rsn = Counter(x for r in recs for x in r["reasons"])
    flg = Counter(k for m in metas for k, v in m["flags"].items() if v is True and k in ("content_only", "mention_only", "noise", "mislabeled"))
    inf = sum(1 for m in metas if m["flags"].get("informal_marking"))
    return dxf, mxd, gen, gxd, rsn, flg, inf


def write_readme(recs, metas, n_hwpx_valid):
    dxf, mxd, gen, gxd, rsn, flg, inf = counts(recs, metas)
    fmts = ["text", "hwpx", "pdf"]
    t1 = table_md(["disclosure"] + fmts + ["total"],
                  [[d] + [dxf[(d, f)] for f in fmts] + [sum(dxf[(d, f)] for f in fmts)] for d in DISC] +
                  [["**total**"] + [sum(dxf[(d, f)] for d in DISC) for f in fmts] + [len(recs)]])
    t2 = table_md(["marking"] + list(DISC) + ["total"],
                  [[mk] + [mxd[(mk, d)] for d in DISC] + [sum(mxd[(mk, d)] for d in DISC)] for mk in MARKS])
    t3 = table_md(["genre"] + list(DISC) + ["total"],
                  [[g] + [gxd[(g, d)] for d in DISC] + [gen[g]] for g in sorted(gen, key=lambda g: (-gen[g], g))])
    t4 = table_md(["reason", "documents"], [[x, rsn[x]] for x in REASON_ORDER])
    t5 = table_md(["flag", "documents"], [["content_only (no explicit label; content decides)", flg["content_only"]],
                                          ["mention_only (대외비/비밀/비공개/비밀번호/예정가격/시험문제 only as a topic → public)", flg["mention_only"]],
                                          ["informal internal marking ([내부용], 취급주의, …; marking stays none)", inf],
                                          ["noise (OCR-like noise applied)", flg["noise"]],
                                          ["mislabeled (stated 공개, content has full RRNs → partial)", flg["mislabeled"]]])
    from collections import Counter
    pl = Counter()
    for m in metas:
        dc = [c for c in m["cues"] if c["deciding"] and c["kind"] in ("disclosure_field", "marking", "informal_marking", "attachment_statement")]
        if dc:
            pl[(dc[0]["kind"], dc[0]["where"].split("(")[0])] += 1
        else:
            pl[("content / topic", "-")] += 1
    t6 = table_md(["deciding cue kind", "where", "documents"], [[k, w, pl[(k, w)]] for k, w in sorted(pl)])
    readme = README_TEMPLATE.format(n=len(recs), nfiles=sum(1 for r in recs if "file" in r), t1=t1, t2=t2, t3=t3, t4=t4, t5=t5, t6=t6,
                                    nhwpx=sum(1 for r in recs if r.get("file", "").endswith(".hwpx")),
                                    npdf=sum(1 for r in recs if r.get("file", "").endswith(".pdf")), nvalid=n_hwpx_valid,
                                    nmis=flg["mislabeled"], ntemplates=len(PLAN))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)


def write_md5():
    names = ["make_set.py", "README.md", "sens_o.jsonl", "sens_o.meta.jsonl"] + ["files/" + f for f in sorted(os.listdir(FILES_DIR))]
    with open(os.path.join(HERE, "MD5SUMS"), "w") as fh:
        for n in names:
            with open(os.path.join(HERE, n), "rb") as f:
                fh.write("%s  %s\n" % (hashlib.md5(f.read()).hexdigest(), n))


README_TEMPLATE = """# sens_o — independent evaluation set for Korean document sensitivity

`sens_o` is a synthetic, independently written evaluation set for a classifier that decides, for a
Korean public-sector document, its **disclosure** class under 「공공기관의 정보공개에 관한 법률」
(public / partial / non_public), the **marking** the document itself carries under 「보안업무규정」
(none / 대외비 / III급 / II급 / I급), and the **reasons** (정보공개법 제9조 제1항 items as `OIDA-9-1-N`,
plus `PIPA-23` and `PIPA-24` from 「개인정보 보호법」). It follows the label rules and the JSONL format of
`/work/shared/pii-dev/README.md` (section *Sensitivity set*). It is **not** derived from that set: no
template, text or code of the project or of any other evaluation set was read (see *Independence*).

{n} documents; {nfiles} of them are real files in `files/` ({nhwpx} HWPX, {npdf} PDF); the rest carry
their text inline.

## Files

| file | content |
|---|---|
| `make_set.py` | Deterministic generator + validator. Writes everything below. |
| `sens_o.jsonl` | One document per line: `{{"id", "text" or "file", "disclosure", "marking", "reasons", "genre"}}`. `file` is a path relative to this folder (`files/so-0002.hwpx`). |
| `sens_o.meta.jsonl` | Per document: `template`, `subtype`, `format` (text/hwpx/pdf), `genre`, the gold labels again, `deciding_cue` (what decides the label), `cues` (each `{{text, where, kind, deciding}}`), `flags` (`content_only`, `mention_only`, `noise`, `mislabeled`, `informal_marking`, `part_statement`, `stated`, `has_header`, `has_footer`, `has_textbox`, `has_table`), `pii_unmasked_id`, and `pdf_font` for PDFs. |
| `files/` | `so-NNNN.hwpx` (OWPML packages) and `so-NNNN.pdf` (reportlab, Korean text layer). |
| `MD5SUMS` | md5 of every file above (`md5sum -c MD5SUMS`). |

Values: `disclosure` ∈ public / partial / non_public; `marking` ∈ none / 대외비 / III급 / II급 / I급;
`reasons` ⊆ OIDA-9-1-1 … OIDA-9-1-8, PIPA-23, PIPA-24, sorted in that order; `[]` for public.

`cues[].where` values: `gyeolmun_last_line` (공개구분 at the end of the 결문's last line, after the e-mail),
`gyeolmun_line`, `gyeolmun_checkbox` (`■비공개 □공개`, `[√]`, `[V]`, `▣`), `gyeolmun_table_cell` /
`gyeolmun_table_flattened` (결문 laid out as a table), `header_table_cell` (a cell of a table above the
title), `header` / `footer` (page header/footer: `hp:header`/`hp:footer` inside `hp:ctrl` in HWPX, drawn on
every page in PDF; in text documents `top_line(header)` / `bottom_line(footer)`), `textbox` (a stamp in a
text box: `hp:rect`/`hp:drawText` in HWPX, a red framed box in PDF, its own line in text), `body_top`,
`body_bottom`, `body_end`, `body`, `table`, `table_cell`, `title`, `head`. `kind` is `disclosure_field`,
`marking`, `informal_marking`, `attachment_statement`, `content` or `mention`.

## Label rules applied

(From `/work/shared/pii-dev/README.md`.)
- `marking` is the classification the document itself carries. Mention-only documents (a guideline on
  handling 대외비/비밀, an 정보공개 guide quoting `부분공개(6)`, a declassification notice, a cover letter
  saying the attachment is 3급 비밀/대외비 and is sent separately, a 비밀번호 notice, 인사 notices with
  `3급(부이사관)`, a public security-audit summary, bid notices explaining how 예정가격 is set, exam notices)
  have `marking = none` and are public.
- Informal internal marks (`[내부용]`, `[대내용]`, `내부 검토용`, `취급주의`, `외부 배포 금지`) are not
  보안업무규정 markings: `marking = none`; the content (deliberative review, casualty list, exam paper) decides.
- Ⅰ/Ⅱ/Ⅲ급 비밀 → non_public with `OIDA-9-1-1` plus the content reason (-2, or -3 for facility protection).
  대외비 → non_public with content reasons only (-3/-4/-5/-6/-8), never -1.
- `OIDA-9-1-6` when private persons (or officials in a non-official capacity: discipline, health, promotion
  ranking) are identifiable. Officials acting in office (기안자/검토자/결재권자, 담당자 in 보도자료) do not make a
  document partial.
- `PIPA-24` exactly when an unmasked 주민등록번호 appears (masked `850312-1******` gives -6 only).
  `PIPA-23` for health data (diagnoses, injuries, disability), criminal convictions/sentences and trade-union membership.
- partial = disclosable after personal or business data is removed (-6, -7; a few minutes with -5,-6 as stated).
  non_public = the sensitive part is the document itself.
- When a stated 공개구분 and the content agree, gold = stated field (class and items). {nmis} documents are
  mislabeled on purpose: they state `공개` but list full RRNs and accounts; gold follows the content:
  partial, `[OIDA-9-1-6, PIPA-24]` (`flags.mislabeled`, `flags.stated`).

## Composition

Disclosure × format:

{t1}

Marking × disclosure:

{t2}

Genre × disclosure:

{t3}

Reasons (documents carrying each):

{t4}

Flags:

{t5}

Disclosure cue placement (documents whose label is decided by an explicit field, by where it sits):

{t6}

Templates: {ntemplates} template functions (see `PLAN` in `make_set.py`), each with many random
sub-variants (institution, genre sub-type, layout, 결문 ordering and spelling, separators `/ ／ ·ㆍ`,
full-width brackets, table flattening style, stamp form and position). Institutions span central
ministries, 광역/기초 local governments, 교육지원청 and schools, public corporations, police stations,
a 보호관찰소, a 교도소 and a court office. All persons, numbers, addresses, e-mail addresses and
document numbers are invented (local-government names such as 한들시/새솔시/가람군 are fictitious).

## Text rendering

Text documents are the flattened reading of a document: page-header lines first and footer lines last;
tables flattened in one of five ways (`| a | b |`, `a|b`, tab-separated, double-space-separated, one
cell per line) or run together on a single line as text extractors often produce. About 14 % of text
documents and 10 % of PDFs carry OCR-like noise (spaces inside words, `0`/`O` and `1`/`l`/`I` confusions,
`·`→`.`, hard line breaks); labels are unchanged.

## Rebuild

```
python3 -m venv /work/evalsets/venv_sens_o
/work/evalsets/venv_sens_o/bin/pip install reportlab==5.1.0 pdfminer.six==20260107 python-hwpx==6.9.0
apt-get install fonts-nanum          # /usr/share/fonts/truetype/nanum/*.ttf
cd /work/evalsets/sens_o && /work/evalsets/venv_sens_o/bin/python make_set.py
md5sum -c MD5SUMS
```

All randomness comes from `random.Random(<string seed>)` (`SEED = "sens_o/2025-v1"`); no output depends
on hash order, and zip/PDF timestamps are fixed (reportlab `invariant=1`, fixed ZipInfo dates), so the
output is byte-identical across runs and `PYTHONHASHSEED` values (checked with 0, 1, 123 and random).
`Contents/header.xml` of the HWPX files is the `Skeleton.hwpx` header shipped in python-hwpx 6.9.0 plus a
solid table border fill and two character shapes; another python-hwpx version may change those bytes.
PDFs use NanumGothic / NanumMyeongjo / NanumBarunGothic (TrueType, subset-embedded) or the CID fonts
HYSMyeongJo-Medium / HYGothic-Medium (not embedded, UniKS-UCS2-H).

## Validation performed by `make_set.py`

- Schema: ids `so-0001…` contiguous; exactly one of `text`/`file`; value vocabularies; reasons sorted, unique.
- Label rules: public ⇔ no reasons; 비밀 ⇒ non_public + OIDA-9-1-1 + (-2 or -3); OIDA-9-1-1 ⇒ 비밀;
  대외비 ⇒ non_public without -1; PIPA-24 ⇔ an unmasked RRN in the document; mention_only ⇒ public/none;
  mislabeled ⇒ partial with PIPA-24; content_only documents have no deciding 공개구분 field; a marking cue
  exists iff marking ≠ none.
- Every stated 공개구분 (plain, checkbox, table cell, footer; items in any of the spellings used) is parsed
  back and must equal the gold class and the gold OIDA items (except the deliberately mislabeled ones).
- Every recorded cue must be found in the document as delivered (whitespace and OCR confusions ignored):
  in `text`, in the text of all `hp:t` elements of the HWPX section (body, table cells, header/footer,
  text boxes), or in the pdfminer.six text layer of the PDF.
- HWPX: `mimetype` first and stored, required parts present, every XML part parses, `hp:tbl`/`hp:header`/
  `hp:footer`/`hp:rect` present where the document has them; python-hwpx `validate_package` and
  `validate_document` (schema check) pass: {nvalid}/{nhwpx}.
- PDF: every non-space character of the document (apart from table-flattening `|`) is present in the
  extracted text layer.

## Independence

Files read while writing this set: `/work/shared/pii-dev/README.md` (label rules and format) — and no
other project file. Nothing under `/work/main`, `/work/wt`, `/work/evalsets` (other than this folder
`/work/evalsets/sens_o/` and its own venv `/work/evalsets/venv_sens_o/`), `/work/shared/pii-dev/*.jsonl`
or anything else in `/work/shared` was opened. Other material consulted: `/work/.library/env/README.md`
(machine limits) and the package lists under `/work/.library/env/packages/` (to find python-hwpx), and the
sources and `Skeleton.hwpx` of the installed third-party package python-hwpx (to check OWPML element order;
its `validate_package`/`validate_document` are used for validation). Legal content (정보공개법 제9조,
보안업무규정, 행정업무규정 결문 layout) is from general knowledge. The set has not been scored with any
classifier.

## Caveats

- Template-generated: realistic in structure, but the vocabulary is narrower than real documents.
- The labels encode one reasonable reading of the project's rules; they are not legal advice.
- Random RRNs are checksum-valid and may coincide with real numbers by chance: treat the files as
  sensitive-looking test data.
"""


def main():
    recs, metas = write_all()
    errs, nvalid = validate(recs, metas)
    if errs:
        for e in errs[:80]:
            print("ERROR", e)
        print("%d validation errors" % len(errs))
        sys.exit(1)
    write_readme(recs, metas, nvalid)
    write_md5()
    dxf, mxd, gen, gxd, rsn, flg, inf = counts(recs, metas)
    print("ok: %d documents, %d files, hwpx schema-valid %d" % (len(recs), sum(1 for r in recs if "file" in r), nvalid))


if __name__ == "__main__":
    main()
