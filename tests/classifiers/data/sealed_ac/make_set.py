# -*- coding: utf-8 -*-
"""sens_ac: independent evaluation set for Korean document-sensitivity classification.

Deterministic generator.  Every random draw comes from random.Random seeded with a
string of the form "sens_ac-2026|<template>|<variant>".  No set/dict iteration order
is relied on for output.  Run:  python make_set.py   (writes and validates everything)
"""
import io, json, os, re, sys, random, subprocess, unicodedata, zipfile, hashlib
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
SEEDTAG = "sens_ac-2026"

def R(template, variant):
    return random.Random("%s|%s|%s" % (SEEDTAG, template, variant))

def pick(r, xs):
    return xs[r.randrange(len(xs))]

# ---------------------------------------------------------------- people & numbers
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
       "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성",
       "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄", "채", "원", "천", "방", "공", "현",
       "남궁", "황보", "선우", "제갈"]
GIV = ["민", "서", "지", "현", "우", "준", "하", "윤", "수", "연", "은", "영", "도", "예", "진", "혜", "태",
       "재", "상", "경", "성", "주", "소", "가", "나", "다", "채", "유", "승", "원", "희", "정", "동", "호",
       "석", "훈", "빈", "율", "린", "아", "미", "숙", "철", "규", "환", "범", "찬", "혁", "솔", "결"]

def name(r):
    return pick(r, SUR) + pick(r, GIV) + pick(r, GIV)

def masked(n, r):
    return pick(r, [n[0] + "○○", n[0] + "**", n[0] + " 모 씨", n[0] + "●●"])

def rrn(r, lo=1950, hi=1999):
    y = r.randint(lo, hi); m = r.randint(1, 12); d = r.randint(1, 28)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    s = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, r.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)

def rrn_masked(r, lo=1950, hi=2012):
    v = rrn(r, lo, hi)
    return v[:8] + pick(r, ["******", "●●●●●●", "XXXXXX"])

def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))

def dob(r, lo=1955, hi=2000):
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return pick(r, ["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d년 %d월 %d일" % (y, m, d)])

def date(r, y=None):
    y = y or r.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026])
    return "%d. %d. %d." % (y, r.randint(1, 12), r.randint(1, 28))

ROADS = ["중앙로", "번영로", "은행나무길", "솔밭로", "새말길", "한내로", "도담로", "하늘채길", "가람로", "벚꽃로"]
def home_addr(r):
    return pick(r, ["경기도 용인시 수지구", "서울특별시 강서구", "부산광역시 사하구", "대전광역시 서구",
                    "충청북도 청주시 흥덕구", "전북특별자치도 익산시", "경상남도 김해시", "광주광역시 북구",
                    "인천광역시 부평구", "강원특별자치도 원주시"]) + " %s %d, %d동 %d호" % (
        pick(r, ROADS), r.randint(3, 280), r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 6))

# ---------------------------------------------------------------- agencies
AG = {
 "school": [("한빛초등학교", "한빛초등학교장", "교무학사부", "경기도 화성시 동탄순환대로 55"),
            ("가온중학교", "가온중학교장", "학생생활부", "대전광역시 유성구 가정로 120"),
            ("새솔고등학교", "새솔고등학교장", "교육연구부", "전북특별자치도 전주시 완산구 서원로 88"),
            ("늘푸른여자중학교", "늘푸른여자중학교장", "행정실", "부산광역시 남구 수영로 301"),
            ("다온초등학교", "다온초등학교장", "교육과정부", "충청남도 아산시 배방읍 희망로 14")],
 "edu": [("경기도교육청", "경기도교육감", "학교생활교육과", "경기도 수원시 영통구 도청로 30"),
         ("충청북도교육청", "충청북도교육감", "민주시민교육과", "충청북도 청주시 상당구 단재로 349"),
         ("부산광역시교육청", "부산광역시교육감", "중등교육과", "부산광역시 부산진구 화지로 12"),
         ("화성오산교육지원청", "화성오산교육지원청교육장", "초등교육지원과", "경기도 화성시 남양읍 화성로 1225")],
 "police": [("경기남부경찰청", "경기남부경찰청장", "여성청소년과", "경기도 수원시 팔달구 효원로 1"),
            ("서울 마포경찰서", "서울마포경찰서장", "수사과", "서울특별시 마포구 마포대로 183"),
            ("충남 천안동남경찰서", "천안동남경찰서장", "생활안전과", "충청남도 천안시 동남구 중앙로 12"),
            ("부산 해운대경찰서", "해운대경찰서장", "경비교통과", "부산광역시 해운대구 중동2로 11"),
            ("경찰청", "경찰청장", "범죄예방정책과", "서울특별시 서대문구 통일로 97")],
 "fire": [("소방청", "소방청장", "119구급과", "세종특별자치시 정부2청사로 13"),
          ("경기도소방재난본부", "경기도소방재난본부장", "예방산업과", "경기도 수원시 팔달구 효원로 1"),
          ("대구 수성소방서", "대구수성소방서장", "현장대응단", "대구광역시 수성구 달구벌대로 2477"),
          ("전남 순천소방서", "순천소방서장", "예방안전과", "전라남도 순천시 중앙로 250")],
 "court": [("서울가정법원", "서울가정법원장", "가사조사과", "서울특별시 서초구 강남대로 193"),
           ("대전지방법원 천안지원", "대전지방법원 천안지원장", "민사신청과", "충청남도 천안시 동남구 신부7길 17"),
           ("법원행정처", "법원행정처장", "사법지원실", "서울특별시 서초구 서초대로 219"),
           ("수원지방법원", "수원지방법원장", "총무과", "경기도 수원시 영통구 월드컵로 120")],
 "corp": [("한국전력공사", "한국전력공사 사장", "계약처", "전라남도 나주시 전력로 55"),
          ("한국수자원공사", "한국수자원공사 사장", "안전경영처", "대전광역시 대덕구 신탄진로 200"),
          ("한국도로공사", "한국도로공사 사장", "재난안전처", "경상북도 김천시 혁신8로 77"),
          ("한국토지주택공사", "한국토지주택공사 사장", "주거복지처", "경상남도 진주시 충의로 19"),
          ("한국철도공사", "한국철도공사 사장", "인사처", "대전광역시 동구 중앙로 240")],
 "central": [("행정안전부", "행정안전부장관", "정보공개정책과", "세종특별자치시 도움6로 42"),
             ("교육부", "교육부장관", "학생건강정책과", "세종특별자치시 갈매로 408"),
             ("보건복지부", "보건복지부장관", "기초생활보장과", "세종특별자치시 도움4로 13"),
             ("국가정보원", "국가정보원장", "보안정책과", "서울특별시 서초구 헌릉로 1")],
 "local": [("서울특별시 마포구", "마포구청장", "복지정책과", "서울특별시 마포구 월드컵로 212"),
           ("경상남도", "경상남도지사", "비상안전과", "경상남도 창원시 의창구 중앙대로 300"),
           ("전북특별자치도 전주시", "전주시장", "민원여권과", "전북특별자치도 전주시 완산구 노송광장로 10"),
           ("강원특별자치도 춘천시", "춘천시장", "감사관", "강원특별자치도 춘천시 시청길 11"),
           ("경기도 용인시", "용인시장", "도시계획과", "경기도 용인시 처인구 중부대로 1199")],
 "inst": [("국민건강보험공단", "국민건강보험공단 이사장", "자격부과실", "강원특별자치도 원주시 건강로 32"),
          ("한국장학재단", "한국장학재단 이사장", "학자금지원실", "대구광역시 동구 신암로 125"),
          ("근로복지공단", "근로복지공단 이사장", "재활보상부", "울산광역시 중구 종가로 340")],
}

def agency(r, kinds):
    k = pick(r, kinds)
    a = pick(r, AG[k])
    return {"kind": k, "name": a[0], "head": a[1], "dept": a[2], "addr": a[3]}

def doc_no(r, ag):
    return "%s-%d" % (ag["dept"], r.randint(120, 9800))

# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, title):
        self.title = title
        self.header = None
        self.footer = None
        self.blocks = []
    def p(self, s):
        self.blocks.append(("p", s)); return self
    def tbl(self, rows, role="grid"):
        self.blocks.append(("tbl", [list(map(str, x)) for x in rows], role)); return self
    def box(self, s):
        self.blocks.append(("box", s)); return self
    def brk(self):
        self.blocks.append(("break",)); return self

def doc_plain(d):
    parts = [d.header or "", d.footer or ""]
    for b in d.blocks:
        if b[0] in ("p", "box"): parts.append(b[1])
        elif b[0] == "tbl": parts.extend(c for row in b[1] for c in row)
    return "\n".join(parts)

def first_in(d, words):
    t = doc_plain(d)
    for w in words:
        if w in t: return w
    raise AssertionError(words)

def table_text(rows, style):
    if style == "pipe":
        return "\n".join("| " + " | ".join(c.replace("\n", " ") for c in row) + " |" for row in rows)
    if style == "tab":
        return "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in rows)
    if style == "bar":
        return "\n".join("|".join(c.replace("\n", " ") for c in row) for row in rows)
    if style == "space":
        w = [max(len(row[i]) if i < len(row) else 0 for row in rows) for i in range(max(map(len, rows)))]
        return "\n".join("  ".join(c.replace("\n", " ").ljust(w[i]) for i, c in enumerate(row)).rstrip() for row in rows)
    # box drawing
    out = ["┌" + "┬".join("─" * 6 for _ in rows[0]) + "┐"]
    for i, row in enumerate(rows):
        out.append("│" + "│".join(c.replace("\n", " ") for c in row) + "│")
        if i < len(rows) - 1:
            out.append("├" + "┼".join("─" * 6 for _ in row) + "┤")
    out.append("└" + "┴".join("─" * 6 for _ in rows[-1]) + "┘")
    return "\n".join(out)

def render_text(doc, r):
    style = pick(r, ["pipe", "tab", "space", "box", "bar"])
    pages, cur = [], []
    for b in doc.blocks:
        if b[0] == "break":
            pages.append(cur); cur = []
        elif b[0] == "p":
            cur.append(b[1])
        elif b[0] == "box":
            cur.append(pick(r, ["[ %s ]", "%s", "【%s】", "< %s >"]) % b[1])
        else:
            cur.append(table_text(b[1], style))
    pages.append(cur)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        if doc.header:
            out.append(doc.header)
        out.extend(pg)
        if n > 1:
            out.append("- %d -" % (i + 1))
        if doc.footer:
            out.append(doc.footer)
    return "\n".join(out), style

# ---------------------------------------------------------------- OCR noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
def ocr_noise(text, r, protect=()):
    lines = text.split("\n")
    out = []
    for ln in lines:
        if any(p in ln for p in protect):
            # keep cue recognisable, but still spaces/full-width digits allowed
            ln2 = "".join(FW.get(c, c) if r.random() < 0.3 else c for c in ln)
            out.append(ln2); continue
        s = []
        for c in ln:
            x = r.random()
            if c in FW and x < 0.25:
                s.append(FW[c]); continue
            if c == "-" and x < 0.35:
                s.append(pick(r, ["‐", "－", "–"])); continue
            if c == " " and x < 0.18:
                continue
            s.append(c)
            if "가" <= c <= "힣" and x > 0.965:
                s.append(" ")
        ln = "".join(s)
        y = r.random()
        if y < 0.06:
            ln = pick(r, ["'", "·", "˙", "|", ".", "、"]) + ln
        elif y < 0.11:
            ln = ln + pick(r, [" '", " ·", " ,", " ~", " ;"])
        out.append(ln)
    return "\n".join(out)

def norm(s):
    s = s.replace("·", "ㆍ").replace("☑", "■").replace("☐", "□")
    s = unicodedata.normalize("NFKC", s)
    s = re.sub("[‐‑–—－]", "-", s)
    return re.sub(r"\s+", "", s)

# ---------------------------------------------------------------- common pieces
def gyeolmun(r, ag, field, lead="", approval=True):
    """결문: 발신명의, 결재 line, 시행/접수, 주소 / 전화 / 공개구분"""
    a, b, c = name(r), name(r), name(r)
    lines = []
    lines.append(ag["head"])
    if approval:
        lines.append(pick(r, [
            "주무관 %s  %s 팀장 %s  %s과장 %s" % (a, pick(r, ["", "★"]), b, pick(r, ["", "전결 "]), c),
            "기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (pick(r, ["주무관", "행정주사보", "교사"]), a, pick(r, ["팀장", "교감", "계장"]), b, pick(r, ["과장", "교장", "서장"]), c),
            "담당 %s / 팀장 %s / 부서장 %s" % (a, b, c)]).replace("  ", " "))
        lines.append(pick(r, ["협조자", "협조자 " + pick(r, ["감사담당관", "행정지원팀장", "교무부장"]) + " " + name(r)]))
    dt = date(r, 2025 if r.random() < 0.5 else 2026)
    lines.append(("시행 %s (%s)  접수 %s" % (doc_no(r, ag), dt, pick(r, ["", "", "%s-%d (%s)" % (pick(r, ["총무과", "운영지원과", "행정지원과"]), r.randint(10, 900), dt)]))).rstrip())
    dom = pick(r, ["go.kr", "kr", "or.kr"])
    lines.append("우 %05d %s / https://www.%s.%s" % (r.randint(10000, 63999), ag["addr"], pick(r, ["hanbit", "agency", "office", "portal"]), dom))
    em = "%s%d@%s" % (pick(r, ["jhk", "sy", "min", "kdh", "yoon", "leehj"]), r.randint(1, 99), pick(r, ["korea.kr", "korea.kr", "sen.go.kr"]))
    if field is None:
        lines.append("전화번호 0%d-%03d-%04d  팩스번호 0%d-%03d-%04d / %s" % (r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999), r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999), em))
    else:
        lines.append("전화번호 0%d-%03d-%04d  팩스번호 0%d-%03d-%04d / %s / %s%s" % (r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999), r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999), em, lead, field))
    return lines

def gongmun_head(r, ag, recip, title):
    return [ag["name"], "", "수신  " + recip, "(경유)", "제목  " + title, ""]

DAEOEBI = ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "※ 대외비"]
def daeoebi_stamp(r):
    x = r.random()
    if x < 0.2:
        return "%s까지 대외비" % date(r, r.choice([2026, 2027, 2028]))
    if x < 0.35:
        return "대외비(보호기간: %s까지)" % date(r, r.choice([2026, 2027, 2029]))
    return pick(r, DAEOEBI)

SECRET = {"III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"],
          "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"],
          "I급": ["Ⅰ급비밀", "비밀(Ⅰ급)", "I급 비밀", "Ⅰ 급 비 밀"]}
ROMAN = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}

# ---------------------------------------------------------------- records
RECS = []

def add(tpl, var, doc, disclosure, marking, reasons, genre, cue, cue_location, cue_text, flags=(), ocr=False):
    RECS.append(dict(tpl=tpl, var=var, doc=doc, disclosure=disclosure, marking=marking,
                     reasons=sorted(reasons, key=REASON_ORDER.index), genre=genre, cue=cue,
                     cue_location=cue_location, cue_text=cue_text, flags=list(flags), ocr=ocr))

REASON_ORDER = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]

# ================================================================ PUBLIC templates
def t_pub_school_letter(v, fmt):
    r = R("pub_school_letter", v)
    ag = agency(r, ["school", "school", "edu"])
    topic = pick(r, [
        ("2026학년도 1학기 현장체험학습 운영 계획 안내", ["현장체험학습은 학년별로 나누어 진행하며, 버스 임차는 학교운영위원회 심의를 거쳐 결정하였습니다.",
          "보호자께서는 동의서를 담임교사에게 제출하여 주시기 바랍니다. 미제출 학생은 교내 대체 프로그램에 참여합니다.",
          "우천 시 일정은 학교 누리집 공지로 알려 드립니다."]),
        ("학교 급식 식재료 원산지 공개", ["이번 달 급식에 사용하는 주요 식재료의 원산지는 붙임과 같습니다.",
          "쌀과 김치는 전량 국내산을 사용하며, 수산물은 방사능 검사 결과를 확인한 뒤 납품받고 있습니다."]),
        ("방과후학교 강사 모집 결과 알림", ["지난 공고에 따라 응모한 강사 가운데 면접을 거쳐 과목별 강사를 선정하였습니다.",
          "선정된 강사에게는 개별 연락을 드렸으며, 계약은 3월 첫 주에 체결합니다."]),
        ("학교 시설 개방 시간 변경 안내", ["운동장과 체육관의 주민 개방 시간을 아래와 같이 조정합니다.",
          "평일은 18시부터 21시까지, 주말은 9시부터 17시까지이며 시험 기간에는 개방하지 않습니다."]),
        ("교원 연수 이수 실적 제출 요청", ["각 학교에서는 2025학년도 교원 직무연수 이수 실적을 학교별로 집계하여 기한 내 제출하기 바랍니다.",
          "개인별 연수 이력은 제출하지 않으며, 학교 단위 합계만 작성합니다."])])
    recip = pick(r, ["학부모님", "수신자 참조", "각급 학교장", "관내 초·중학교장"])
    d = Doc(topic[0])
    body = gongmun_head(r, ag, recip, topic[0])
    body.append("1. " + pick(r, ["귀 가정의 건강과 행복을 기원합니다.", "관련: %s-%d(%s)" % (ag["dept"], r.randint(100, 999), date(r)), "평소 학교 교육에 협조해 주셔서 감사합니다."]))
    for i, s in enumerate(topic[1]):
        body.append("%d. %s" % (i + 2, s))
    body.append("붙임  " + pick(r, ["세부 일정표 1부.", "신청서 양식 1부.", "원산지 현황 1부."]) + "  끝.")
    body.append("")
    field = pick(r, ["공개", "공개", "대국민 공개", "공개"])
    body += gyeolmun(r, ag, field)
    d.p("\n".join(body))
    add("pub_school_letter", v, d, "public", "none", [], "공문(학교·교육청)", "stated_field", "gyeolmun", field)

def t_pub_press(v, fmt):
    r = R("pub_press", v)
    ag = agency(r, ["police", "fire", "police", "fire", "corp"])
    off1, off2 = name(r), name(r)
    if ag["kind"] == "police":
        ttl = pick(r, ["보이스피싱 현금수거책 일제 단속 결과", "어린이보호구역 교통사고 예방 합동 점검 실시", "전동킥보드 안전수칙 홍보 캠페인 전개"])
        body = pick(r, ["%s은 지난 3개월간 전화금융사기 집중 단속을 벌여 총 %d명을 검거하였다고 밝혔다. 검거 인원 가운데 %d명은 구속되었으며, 피해 회복액은 약 %d억 원에 이른다." % (ag["name"], r.randint(40, 300), r.randint(5, 30), r.randint(3, 40)),
                        "%s은 새 학기를 맞아 지방자치단체·교육청과 함께 어린이보호구역 %d곳을 점검하였다. 점검 결과 과속방지턱 훼손 등 %d건을 보수하도록 요청하였다." % (ag["name"], r.randint(30, 120), r.randint(8, 50)),
                        "경찰은 개인형 이동장치 사고가 늘어남에 따라 헬멧 착용과 2인 탑승 금지를 중심으로 홍보를 강화한다. 위반 시에는 범칙금이 부과된다."])
    elif ag["kind"] == "fire":
        ttl = pick(r, ["겨울철 화재 예방 대책 추진", "119 구급대 심정지 환자 소생률 향상", "전통시장 화재안전 컨설팅 실시"])
        body = pick(r, ["%s는 난방기구 사용이 늘어나는 시기를 맞아 주택용 소방시설 보급과 화재 취약 시설 점검을 확대한다. 지난해 관내 주택화재는 %d건이었다." % (ag["name"], r.randint(60, 400)),
                        "지난해 %s 관내 병원 도착 전 심정지 환자의 자발순환 회복률은 %.1f%%로 전년보다 높아졌다. 구급대원의 전문 교육과 일반인 심폐소생술 확산이 효과를 거둔 것으로 분석된다." % (ag["name"], r.uniform(8, 16)),
                        "소방서는 관내 전통시장 %d곳의 전기설비와 소화기 비치 상태를 점검하고 상인회와 합동 훈련을 실시하였다." % r.randint(3, 15)])
    else:
        ttl = pick(r, ["여름철 안전 점검 결과 발표", "고객센터 운영 시간 확대", "협력업체 상생 지원 확대"])
        body = "%s는 %s 시설에 대한 정기 점검을 마치고 결과를 누리집에 공개한다고 밝혔다. 점검 대상은 %d개소이며 보수가 필요한 사항은 연말까지 조치한다." % (ag["name"], pick(r, ["댐·보", "고속도로 교량", "변전", "역사"]), r.randint(20, 200))
    d = Doc(ttl)
    d.header = pick(r, ["보도자료", "보 도 자 료", "%s 보도자료" % ag["name"]])
    d.p("%s\n보도 시점: %s 배포 즉시" % (ttl, date(r, 2026)))
    d.p(body)
    d.p(pick(r, ["", "아울러 \"시민의 적극적인 신고와 협조를 당부한다\"고 덧붙였다.", "관계자는 앞으로도 현장 중심의 예방 활동을 이어가겠다고 말했다."]))
    d.tbl([["담당 부서", ag["dept"], "책임자", "과장 " + off1, "0%d-%03d-%04d" % (r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999))],
           ["", "", "담당자", pick(r, ["경감", "소방위", "주무관", "차장"]) + " " + off2, "0%d-%03d-%04d" % (r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999))]])
    d.footer = pick(r, ["이 자료는 배포 즉시 보도하여 주시기 바랍니다.", "www.%s.go.kr" % pick(r, ["police", "nfa", "fire"]), None])
    add("pub_press", v, d, "public", "none", [], "보도자료", "none", "none", "", ["officials_named"])

def t_pub_guide_secret(v, fmt):
    r = R("pub_guide_secret", v)
    ag = agency(r, ["central", "edu", "corp", "local", "police"])
    kind = v % 3
    d = Doc("보안업무 안내")
    if kind == 0:
        d.p("%s 보안업무 길라잡이\n- 대외비 및 비밀 문서 취급 요령 -" % ag["name"])
        d.p("Ⅰ. 목적\n이 안내서는 직원들이 대외비와 비밀을 구분하여 올바르게 관리하도록 돕기 위해 만들었다. 실제 비밀 내용은 포함되어 있지 않으며 누구나 열람할 수 있다.")
        d.p("Ⅱ. 대외비 관리\n1. 대외비는 「보안업무규정 시행규칙」에 따라 비밀에 준하여 보호가 필요한 사항에 지정한다.\n2. 대외비 문서의 첫 면과 끝 면 상단·하단에는 '대외비' 표시를 하고, 예고문에 보호기간을 적는다.\n3. 보호기간이 지나면 일반문서로 재분류한다.")
        d.p("Ⅲ. 비밀 관리\n1. Ⅰ급·Ⅱ급·Ⅲ급 비밀은 비밀관리기록부에 등재하고 사본번호를 부여한다.\n2. Ⅲ급비밀을 복제할 때에는 생산기관의 승인을 받아야 한다.\n3. 비밀은 보관용기에 넣어 잠금장치를 하며, 퇴근 시 반드시 점검한다.")
        d.p("Ⅳ. 자주 묻는 질문\n문) 대외비 문서를 이메일로 보내도 되나요?  답) 업무망 메일만 사용하고 외부 메일은 금지합니다.")
        cue = "대외비 표시 요령"
    elif kind == 1:
        d.p("[교육자료] 신규 직원 보안교육 교안 (%s)" % date(r, 2026))
        d.p("오늘 교육에서는 문서 보안의 기초를 다룹니다. 여러분이 생산하는 문서 가운데 '취급주의', '내부용', '외부 배포 금지'와 같은 문구는 공식 보안등급이 아니라는 점을 먼저 기억해 주십시오. 공식 등급은 Ⅰ급·Ⅱ급·Ⅲ급 비밀과 대외비뿐입니다.")
        d.tbl([["구분", "지정 근거", "예시"], ["Ⅱ급 비밀", "보안업무규정", "국가 안전보장에 상당한 손해"], ["Ⅲ급 비밀", "보안업무규정", "국가 안전보장에 손해"], ["대외비", "같은 규정 시행규칙", "비밀 외 보호 필요 사항"]])
        d.p("문서를 파쇄할 때에는 세단기를 사용하고, 대외비 출력물은 복합기에 방치하지 않습니다.")
        cue = "교안"
    else:
        d.p("%s 공지사항\n제목: 연말 비밀·대외비 문서 일제 정리 기간 운영" % ag["name"])
        d.p("각 부서에서는 %s까지 보유 중인 대외비 문서와 비밀의 보호기간을 확인하여 주시기 바랍니다. 보호기간이 끝난 문서는 예고문에 따라 일반문서로 재분류하거나 파기합니다. 이 공지 자체는 보안등급이 없는 일반문서입니다." % date(r, 2025))
        d.p("문의: %s %s (내선 %d)" % (ag["dept"], pick(r, ["주무관", "대리"]) + " " + name(r), r.randint(1000, 9999)))
        cue = "일제 정리"
    if fmt != "text" and r.random() < 0.6:
        d.footer = pick(r, ["보안은 생활입니다", "%s 보안담당관" % ag["name"], "교육자료 - 일반"])
    add("pub_guide_secret", v, d, "public", "none", [], "보안 안내(언급만)", "mention_only", "body", "대외비", ["mention_only"])

def t_pub_info_guide(v, fmt):
    r = R("pub_info_guide", v)
    ag = agency(r, ["central", "local", "edu", "court", "inst"])
    d = Doc("정보공개 업무 안내")
    d.p(pick(r, ["%s 정보공개 업무 처리 요령" % ag["name"], "알기 쉬운 정보공개 청구 안내 (%s)" % ag["name"], "정보공개 담당자 실무 매뉴얼 발췌"]))
    d.p(pick(r, ["공문서를 작성할 때에는 결문의 공개구분 칸에 공개, 부분공개, 비공개 가운데 하나를 적어야 한다. 부분공개나 비공개로 정할 때에는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호 가운데 해당 호를 괄호 안에 숫자로 표시한다.",
                 "청구인이 요청한 정보가 비공개 대상에 해당하더라도 그 부분을 분리할 수 있으면 나머지는 공개해야 합니다. 이것이 부분공개입니다."]))
    d.tbl([["표시 예", "의미"], ["공개", "전부 공개"], ["부분공개(6)", "개인정보 부분만 가리고 공개"], ["비공개(제9조 제1항 제5호)", "의사결정 과정 중인 정보"], ["부분공개(5,6)", "두 가지 사유가 함께 있는 경우"]])
    d.p(pick(r, ["※ 위 표는 표기 방법을 보여 주는 예시이며, 이 안내문은 전부 공개 대상입니다.",
                 "주의: 비공개로 분류할 때에도 공개 가능한 시기를 함께 검토하여 재분류 일정을 적어 두는 것이 좋습니다.",
                 "법 제9조①5에 해당한다는 이유만으로 일률적으로 비공개하지 말고, 공개로 인한 지장이 구체적인지 따져 보아야 합니다."]))
    d.p("문의처: %s %s" % (ag["dept"], pick(r, ["정보공개 담당", "민원 담당", "기록물관리 담당"])))
    add("pub_info_guide", v, d, "public", "none", [], "정보공개 안내(언급만)", "mention_only", "body", "부분공개(6)", ["mention_only", "quotes_field_values"])

def t_pub_password(v, fmt):
    r = R("pub_password", v)
    ag = agency(r, ["edu", "corp", "local", "court", "inst"])
    d = Doc("비밀번호 변경 안내")
    d.p(pick(r, ["[알림] 업무포털 비밀번호 정기 변경 안내", "행정정보시스템 비밀번호 변경 및 계정 정비", "전자결재 비밀번호 재설정 방법"]))
    d.p(pick(r, ["%s 정보보호 지침에 따라 모든 사용자는 90일마다 비밀번호를 바꿔야 합니다. 이번 변경 기한은 %s입니다." % (ag["name"], date(r, 2026)),
                 "최근 외부 해킹 시도가 늘어 %s 전 직원의 비밀번호를 일괄 초기화합니다. 초기화 후 첫 로그인 때 새 비밀번호를 설정하십시오." % ag["name"]]))
    d.p("비밀번호 작성 규칙\n 가. 영문 대소문자, 숫자, 특수문자를 섞어 9자리 이상\n 나. 생년월일·전화번호 등 추측하기 쉬운 값 사용 금지\n 다. 직전 3회 사용한 비밀번호 재사용 금지")
    d.p(pick(r, ["비밀번호를 잊었을 때에는 정보화 담당(내선 %d)으로 연락하십시오." % r.randint(2000, 8999), "계정 잠김은 헬프데스크에서 본인 확인 후 해제합니다."]))
    add("pub_password", v, d, "public", "none", [], "공지(비밀번호)", "mention_only", "body", "비밀번호", ["mention_only"])

def t_pub_grade(v, fmt):
    r = R("pub_grade", v)
    ag = agency(r, ["central", "local", "court"])
    d = Doc("인사발령")
    d.p(pick(r, ["%s 인사발령 (%s자)" % (ag["name"], date(r, 2026)), "인 사 발 령\n%s" % ag["name"]]))
    rows = [["직급", "성명", "발령 사항"], [pick(r, ["3급(부이사관)", "3급", "부이사관(3급)"]), name(r), "%s장에 보함" % pick(r, ["비상안전기획관", "감사담당관", "총무과"])]]
    for _ in range(r.randint(2, 5)):
        rows.append([pick(r, ["3급(부이사관)", "1급(관리관)", "2급(이사관)", "4급(서기관)", "고위공무원 나급", "3급"]), name(r),
                     pick(r, ["%s장에 보함" % pick(r, ["기획조정실", "감사관실", "운영지원과", "정책기획관"]), "승진 임용", "전보", "직무대리 명함"])])
    d.tbl(rows)
    d.p(pick(r, ["위와 같이 발령합니다.", "이상.", "이 발령은 %s부터 효력이 발생한다." % date(r, 2026)]))
    d.p(pick(r, ["※ 3급 비밀 취급 인가는 별도 절차에 따라 부여함.", "", "※ 1급 상당 직위는 개방형 직위로 운영함."]))
    add("pub_grade", v, d, "public", "none", [], "인사발령(직급 언급)", "mention_only", "body", "3급", ["mention_only", "civil_service_grade"])

def t_pub_stats(v, fmt):
    r = R("pub_stats", v)
    ag = agency(r, ["police", "fire", "edu", "court", "corp", "local"])
    d = Doc("통계 보고")
    if ag["kind"] == "police":
        t = "%d년 %s 범죄 피해자 지원 현황" % (r.randint(2021, 2025), ag["name"])
        rows = [["구분", "상담", "경제적 지원", "신변보호"]] + [[x, str(r.randint(10, 900)), str(r.randint(5, 300)), str(r.randint(1, 120))] for x in ["폭력", "성범죄", "스토킹", "교제폭력"]]
        txt = "피해자 개인을 알아볼 수 있는 정보는 집계 과정에서 모두 제외하였다."
    elif ag["kind"] == "fire":
        t = "%d년 119 구급 출동 통계" % r.randint(2021, 2025)
        rows = [["월", "출동", "이송 환자", "심정지"]] + [["%d월" % m, str(r.randint(800, 3000)), str(r.randint(500, 2000)), str(r.randint(5, 60))] for m in range(1, 5)]
        txt = "환자 수는 이송 건 기준이며 개인별 진료 정보는 포함하지 않는다."
    elif ag["kind"] in ("edu",):
        t = "학교폭력 실태조사 결과(%s)" % pick(r, ["1차", "2차", "전수조사"])
        rows = [["학교급", "참여 학생", "피해 응답률(%)", "가해 응답률(%)"]] + [[x, str(r.randint(10000, 90000)), "%.1f" % r.uniform(0.3, 4.0), "%.1f" % r.uniform(0.1, 1.5)] for x in ["초", "중", "고"]]
        txt = "응답은 익명으로 수집되었으며 학교별 결과는 공개하지 않는다."
    elif ag["kind"] == "court":
        t = "%d년 가사사건 접수 및 처리 통계" % r.randint(2021, 2025)
        rows = [["사건 종류", "접수", "처리", "미제"]] + [[x, str(r.randint(100, 5000)), str(r.randint(100, 5000)), str(r.randint(10, 900))] for x in ["이혼", "양육비", "후견", "소년보호"]]
        txt = "통계는 사건 수 기준이며 당사자 정보는 집계하지 않았다."
    else:
        t = "%s 민원 처리 실적" % ag["name"]
        rows = [["분기", "접수", "처리 완료", "평균 처리일"]] + [["%d분기" % q, str(r.randint(100, 4000)), str(r.randint(100, 4000)), "%.1f" % r.uniform(1, 9)] for q in range(1, 5)]
        txt = "비공개 민원과 정보공개 청구 건은 별도 통계로 관리한다."
    d.p(t)
    d.p("Ⅰ. 조사 개요\n" + pick(r, ["조사 기간: %s ~ %s" % (date(r, 2025), date(r, 2025)), "자료 출처: 내부 업무시스템 집계", "대상: 관할 구역 전체"]))
    d.p("Ⅱ. 주요 결과")
    d.tbl(rows)
    d.p("Ⅲ. 시사점\n" + txt + " " + pick(r, ["전년 대비 증가 요인은 신고 활성화로 풀이된다.", "향후 예방 교육을 강화할 계획이다.", "세부 분석은 하반기 보고서에 싣는다."]))
    if r.random() < 0.5:
        d.footer = pick(r, ["공공누리 제1유형", "출처 표시 후 자유 이용", "%s 통계" % ag["name"]])
    add("pub_stats", v, d, "public", "none", [], "통계 보고", "mention_only", "body", "Ⅲ.", ["mention_only", "section_numbering", "victim_word_no_person"])

def t_pub_blank_form(v, fmt):
    r = R("pub_blank_form", v)
    ag = agency(r, ["local", "court", "inst", "police", "edu"])
    kind = pick(r, ["정보공개 청구서", "개인정보 열람 청구서", "교통사고사실확인원 발급 신청서", "전입학 신청서", "기록물 열람 신청서"])
    d = Doc(kind)
    d.p("■ %s [별지 제%d호서식]\n%s" % (pick(r, ["공공기관의 정보공개에 관한 법률 시행규칙", "개인정보 보호법 시행규칙", "내부 규정"]), r.randint(1, 12), kind))
    d.p("(작성 예시)")
    d.tbl([["청구인", "성명", "홍길동", "생년월일", "000000-0000000"], ["", "주소", "○○시 ○○구 ○○로 00", "전화", "010-0000-0000"], ["청구 내용", "(예) ○○ 사업 결과 보고서", "", "", ""], ["공개 방법", "□열람 □사본 □전자파일", "", "", ""]])
    d.p(pick(r, ["※ 위 내용은 작성 방법을 보여 주기 위한 가상의 예시입니다.", "※ 예시의 홍길동은 실제 인물이 아닙니다. 실제 작성 시 본인 정보를 적으십시오.", "접수 담당자는 신분증으로 본인 여부를 확인합니다."]))
    d.p("%s 귀하" % ag["head"])
    add("pub_blank_form", v, d, "public", "none", [], "서식(예시)", "mention_only", "body", "홍길동", ["mention_only", "placeholder_person"])

def t_pub_declass(v, fmt):
    r = R("pub_declass", v)
    ag = agency(r, ["central", "police", "local", "corp"])
    d = Doc("비밀 재분류 통보")
    d.p("\n".join(gongmun_head(r, ag, pick(r, ["수신자 참조", "각 과장", "보안담당관"]), pick(r, ["비밀 보호기간 만료에 따른 재분류 알림", "대외비 해제 통보", "비밀 일반문서 재분류 결과"]))))
    d.p("1. %s\n2. 아래 문서는 예고문에 적힌 보호기간이 지나 일반문서로 재분류되었으므로, 각 부서는 보관 중인 사본의 표시를 정정하여 주시기 바랍니다." % pick(r, ["관련: 보안업무규정 제%d조" % r.randint(10, 30), "귀 부서의 협조에 감사드립니다."]))
    d.tbl([["문서번호", "원 등급", "재분류"], ["%s-%d" % (ag["dept"], r.randint(10, 900)), pick(r, ["Ⅲ급비밀", "대외비", "Ⅱ급비밀"]), "일반문서"], ["%s-%d" % (ag["dept"], r.randint(10, 900)), pick(r, ["대외비", "Ⅲ급비밀"]), "일반문서"]])
    d.p("3. 재분류된 문서의 내용은 이 공문에 포함하지 않았습니다.  끝.\n")
    d.p("\n".join(gyeolmun(r, ag, "공개")))
    add("pub_declass", v, d, "public", "none", [], "재분류 통보(언급만)", "stated_field", "gyeolmun", "공개", ["mention_only"])

def t_pub_cover(v, fmt):
    r = R("pub_cover", v)
    ag = agency(r, ["central", "police", "fire", "corp"])
    lv = pick(r, ["3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀", "대외비"])
    d = Doc("송부 공문")
    d.p("\n".join(gongmun_head(r, ag, pick(r, ["%s장" % pick(r, ["경기도", "충청남도", "서울특별시"]), "수신자 참조"]), pick(r, ["%s년 을지연습 계획 송부" % r.randint(2024, 2026), "국가중요시설 방호계획 송부 알림", "보안측정 결과 통보"]))))
    d.p(pick(r, ["1. 관련 계획을 송부합니다.\n2. 붙임 계획은 %s로 분류되어 있어 이 공문에 첨부하지 않고 비밀 취급 인가자를 통해 별도 전달합니다. 수령 후 인수증을 회신하여 주시기 바랍니다." % lv,
                 "1. 요청하신 자료는 %s에 해당하므로 전자문서로 보내지 않습니다.\n2. 담당자가 직접 방문하여 열람하시거나 인편 수령을 원하시면 일정을 알려 주시기 바랍니다." % lv]))
    d.p("붙임  %s 인수증 양식 1부.  끝." % pick(r, ["", "비밀"]).strip())
    d.p("\n".join(gyeolmun(r, ag, pick(r, ["공개", "공개"]))))
    add("pub_cover", v, d, "public", "none", [], "송부 공문(언급만)", "mention_only", "body", lv, ["mention_only", "attachment_sent_separately"])

def t_pub_announce(v, fmt):
    r = R("pub_announce", v)
    ag = agency(r, ["corp", "court", "school", "fire", "local", "inst"])
    kind = pick(r, ["채용", "입찰", "경매", "임대"])
    d = Doc("공고")
    no = "%s 공고 제%d-%d호" % (ag["name"], r.randint(2025, 2026), r.randint(1, 300))
    if kind == "채용":
        d.p("%s\n%s 공개경쟁 채용 공고" % (no, pick(r, ["기간제 근로자", "시설관리직", "학교회계직원(조리실무사)", "체험형 청년인턴"])))
        d.p("1. 채용 인원: %d명\n2. 응시 자격: 공고일 현재 결격사유가 없는 사람\n3. 제출 서류: 응시원서, 자기소개서, 자격증 사본\n4. 전형 방법: 서류전형 후 면접\n합격자 발표는 누리집에 게시하며 개별 통지는 하지 않습니다. 응시자의 개인정보는 채용 목적 외에 사용하지 않습니다." % r.randint(1, 12))
    elif kind == "입찰":
        d.p("%s\n%s 공사 입찰 공고" % (no, pick(r, ["청사 방수", "급수관 교체", "CCTV 증설", "배전반 개량"])))
        d.p("추정가격은 %s원(부가세 별도)이며 적격심사로 낙찰자를 결정합니다. 입찰서는 국가종합전자조달시스템으로만 받습니다. 입찰참가자격 등록은 개찰일 전일까지 마쳐야 합니다." % format(r.randint(50, 900) * 1000000, ","))
    elif kind == "경매":
        d.p("%s 부동산 매각기일 공고\n%s" % (ag["name"] if ag["kind"] == "court" else "대전지방법원 천안지원", date(r, 2026)))
        d.p("아래 부동산을 기일입찰 방법으로 매각합니다. 매각 물건의 현황조사서와 감정평가서는 매각기일 1주 전부터 민사집행과에서 열람할 수 있습니다. 입찰보증금은 최저매각가격의 10분의 1입니다.")
        d.tbl([["사건번호", "용도", "최저매각가격"], ["2025타경%d" % r.randint(1000, 9999), "아파트", format(r.randint(90, 600) * 1000000, ",")], ["2025타경%d" % r.randint(1000, 9999), "임야", format(r.randint(5, 90) * 1000000, ",")]])
    else:
        d.p("%s\n%s 임차인 모집 공고" % (no, pick(r, ["행복주택", "청사 내 매점", "청년 창업공간"])))
        d.p("모집 호수와 임대 조건은 아래 표를 참고하십시오. 신청자가 많을 경우 공개 추첨으로 정하며 추첨 과정은 참관할 수 있습니다.")
        d.tbl([["형", "호수", "보증금", "월 임대료"], ["26㎡", str(r.randint(5, 60)), format(r.randint(10, 40) * 1000000, ","), format(r.randint(10, 40) * 10000, ",")]])
    d.p(pick(r, ["%s\n%s" % (date(r, 2026), ag["head"]), ag["head"]]))
    add("pub_announce", v, d, "public", "none", [], "공고", "none", "none", "")

def t_pub_checkbox(v, fmt):
    r = R("pub_checkbox", v)
    ag = agency(r, ["local", "school", "corp", "fire"])
    d = Doc("업무 보고")
    rowsel = pick(r, ["■공개 □부분공개 □비공개", "[v] 공개  [ ] 부분공개  [ ] 비공개", "☑ 공개 ☐ 부분공개 ☐ 비공개"])
    d.tbl([["문서명", pick(r, ["주간 업무 계획", "행사 결과 보고", "시설 점검 결과"]), "생산부서", ag["dept"]],
           ["공개여부", rowsel, "보존기간", pick(r, ["3년", "5년", "10년"])]])
    d.p(pick(r, ["1. 추진 결과\n - 참여 인원: %d명\n - 만족도: %.1f점(5점 만점)" % (r.randint(40, 900), r.uniform(3.5, 4.9)),
                 "1. 점검 개요\n - 대상: 관내 공공시설 %d곳\n - 지적 사항: 소화기 압력 미달 등 %d건, 현장 시정 완료" % (r.randint(5, 40), r.randint(1, 20))]))
    d.p("2. 향후 계획\n - " + pick(r, ["하반기 같은 사업을 확대 운영", "미비 시설 재점검 (%s)" % date(r, 2026), "예산 확보 후 장비 교체"]))
    add("pub_checkbox", v, d, "public", "none", [], "업무 보고(체크박스)", "stated_field", "checkbox", rowsel)

def t_pub_audit(v, fmt):
    r = R("pub_audit", v)
    ag = agency(r, ["local", "edu", "corp", "inst"])
    d = Doc("감사 결과 공개")
    d.p("%s 감사결과 공개문\n- %s -" % (ag["name"], pick(r, ["보안 실태 점검", "종합감사", "계약 업무 특정감사", "개인정보 보호 실태 점검"])))
    d.p("1. 감사 개요: %s ~ %s, 감사인원 %d명" % (date(r, 2025), date(r, 2025), r.randint(3, 9)))
    d.p("2. 주요 지적 사항\n" + pick(r, [
        " 가. 일부 부서에서 '취급주의' 또는 '내부용'이라고만 적은 문서를 대외비처럼 관리하고 있어, 공식 보안등급과 임의 표시를 구분하도록 권고하였다.",
        " 가. 대외비 문서의 보호기간을 적지 않은 사례 %d건이 확인되어 시정 요구하였다.\n 나. 비밀관리기록부와 실물의 사본번호가 일치하지 않는 사례 1건(주의)" % r.randint(2, 9),
        " 가. 수의계약 사유 검토 미흡(주의 %d건)\n 나. 개인정보 파일 보유기간 경과 후 미파기(시정 %d건)" % (r.randint(1, 6), r.randint(1, 5))]))
    d.p("3. 처분 요구: 시정 %d건, 주의 %d건, 권고 %d건\n※ 관련자 신분상 조치 내역은 개인정보 보호를 위해 이 공개문에 싣지 않았음." % (r.randint(0, 8), r.randint(1, 9), r.randint(0, 4)))
    d.footer = pick(r, ["감사결과 공개 (정보공개법 제3조)", "%s 감사관" % ag["name"], "공개"])
    add("pub_audit", v, d, "public", "none", [], "감사결과 공개문", "mention_only", "body", first_in(d, ["취급주의", "대외비", "개인정보"]), ["mention_only"])

def t_pub_fire_letter(v, fmt):
    r = R("pub_fire_letter", v)
    ag = agency(r, ["fire", "fire", "school", "police"])
    d = Doc("안내문")
    d.p(pick(r, ["가정통신문\n제목: 가정 내 화재 예방 수칙 안내", "주민 안내문\n겨울철 전기난로 안전 사용 요령", "학부모 안내\n등하굣길 교통안전 협조 요청"]))
    d.p(pick(r, ["멀티탭 하나에 여러 전열기구를 꽂지 마십시오. 외출할 때에는 난방기구의 전원 플러그를 뽑아 두는 습관이 화재를 막습니다.",
                 "주택용 소화기와 단독경보형 감지기는 모든 주택에 설치해야 합니다. 소방서에서는 취약계층 가구에 무료로 설치해 드립니다.",
                 "아이들이 횡단보도를 건널 때 좌우를 살피도록 가정에서도 지도해 주십시오. 학교 앞 불법 주정차는 단속 대상입니다."]))
    d.p(pick(r, ["화재 신고는 119, 경찰 신고는 112입니다.", "궁금한 점은 소방서 예방안전과로 문의하십시오.", "협조에 감사드립니다."]))
    d.p("%s\n%s" % (date(r, 2026), ag["head"]))
    add("pub_fire_letter", v, d, "public", "none", [], "안내문", "none", "none", "")

def t_pub_court_guide(v, fmt):
    r = R("pub_court_guide", v)
    ag = agency(r, ["court"])
    d = Doc("법원 안내")
    d.p(pick(r, ["%s 민원실 안내문\n판결서 사본 발급 및 열람 절차" % ag["name"], "소송기록 열람·복사 안내 (%s)" % ag["name"]]))
    d.p("1. 확정된 판결서는 누구나 인터넷으로 열람할 수 있으나, 당사자 이름과 주소 등은 비실명 처리되어 제공됩니다.\n2. 가사·소년보호 사건의 기록은 비공개가 원칙이어서 당사자 또는 이해관계인만 재판장의 허가를 받아 열람할 수 있습니다.\n3. 비공개 심리로 진행된 재판의 조서는 열람이 제한됩니다.")
    d.tbl([["구분", "수수료", "처리 기간"], ["판결서 사본", "1,000원", "즉시"], ["기록 열람", "500원", "허가 후"], ["기록 복사", "1면 50원", "3일 이내"]])
    d.p(pick(r, ["문의: 종합민원실", "※ 주민등록번호 뒷자리는 모든 발급 서류에서 가려집니다.", "방문 전 전화 예약을 권장합니다."]))
    add("pub_court_guide", v, d, "public", "none", [], "법원 민원 안내(언급만)", "mention_only", "body", "비공개", ["mention_only"])

def long_filler(r, topic):
    paras = [
        "%s 추진 배경을 살펴보면, 최근 몇 년 사이 관련 민원이 꾸준히 늘었고 현장 인력은 그만큼 늘지 않았다. 이에 업무 방식을 재설계할 필요가 커졌다." % topic,
        "현황을 분석한 결과 처리 지연의 상당 부분은 부서 간 자료 이관 과정에서 생겼다. 같은 자료를 두 번 입력하는 관행도 여전히 남아 있었다.",
        "해외 사례를 보면 처리 단계를 단순화하고 결과를 정기적으로 공표하는 방식이 신뢰를 높이는 데 효과가 있었다. 다만 국내 법령 체계와의 정합성은 따로 검토해야 한다.",
        "세부 추진 과제는 크게 세 갈래다. 첫째, 접수 창구를 하나로 묶는다. 둘째, 처리 기준을 문서화하여 담당자가 바뀌어도 결과가 달라지지 않게 한다. 셋째, 처리 결과를 분기마다 점검한다.",
        "소요 예산은 기존 사업비 범위 안에서 조정하며, 추가 인력 없이 업무 재배치로 대응한다. 시스템 개선은 차년도 정보화 사업에 반영한다.",
        "기대 효과로는 평균 처리 기간 단축, 중복 민원 감소, 직원 업무 부담 완화를 들 수 있다. 성과 지표는 처리 기간과 만족도 두 가지로 단순화하였다.",
        "향후 일정은 상반기 시범 운영, 하반기 전면 시행 순으로 잡았다. 시범 운영 결과에 따라 세부 기준을 보완한다.",
        "관계 기관 의견을 들은 결과 대체로 취지에 공감하였으나, 일부 기관은 인력 부족을 이유로 시행 시기를 늦춰 달라고 요청하였다.",
        "위험 요인으로는 초기 혼선과 시스템 장애 가능성이 있다. 이를 줄이기 위해 전환 기간 동안 기존 절차를 병행한다.",
        "교육 계획: 담당자 대상 집합교육 2회와 온라인 과정 1회를 운영하고, 질의응답 자료를 게시판에 올린다.",
    ]
    r.shuffle(paras)
    return paras

def t_pub_long(v, fmt):
    r = R("pub_long", v)
    ag = agency(r, ["local", "edu", "corp", "police", "fire"])
    topic = pick(r, ["민원 처리 절차 개선", "학교 안전관리 체계 정비", "재난 대응 매뉴얼 개정", "청사 에너지 절감", "현장 대응 인력 운용 개선"])
    d = Doc(topic + " 계획")
    d.header = pick(r, [ag["name"], "%s 계획(안)" % topic, None])
    d.p("%s 기본계획\n%s  %s" % (topic, date(r, 2026), ag["dept"]))
    ps = long_filler(r, topic)
    npages = r.randint(2, 4)
    per = max(2, len(ps) // npages)
    for i, p in enumerate(ps):
        d.p(("%d. " % (i + 1)) + p)
        if (i + 1) % per == 0 and i < len(ps) - 1 and (i + 1) // per < npages:
            d.brk()
    d.p("\n".join(gyeolmun(r, ag, pick(r, ["공개", "공개"]))))
    add("pub_long", v, d, "public", "none", [], "기본계획(장문)", "stated_field", "gyeolmun_end_long", "공개", ["long"])

# ================================================================ PARTIAL templates
PARTIAL6 = ["부분공개(6)", "부분공개(6)", "부분공개 (6)", "부분공개(제9조 제1항 제6호)", "부분공개(법 제9조①6)"]

def t_par_civil(v, fmt):
    r = R("par_civil", v)
    ag = agency(r, ["police", "local", "fire", "edu", "corp"])
    comp = name(r)
    d = Doc("민원 회신")
    topics = {"police": ("층간소음 관련 순찰 강화 요청 민원 회신", "귀하가 요청하신 %s 일대 야간 순찰은 이달부터 주 3회로 늘려 운영하겠습니다. 다만 이웃 간 소음 분쟁은 형사 사건이 아니어서 경찰이 직접 조정하기 어려운 점 양해 바랍니다."),
              "local": ("불법 주정차 단속 요청 민원 처리 결과", "신청하신 %s 앞 이면도로는 현장 확인 결과 소방차 통행에 지장이 있어 고정식 단속 카메라 설치 대상에 포함하였습니다."),
              "fire": ("비상구 폐쇄 신고 처리 결과 통보", "신고하신 %s 소재 건물을 현장 조사한 결과 피난통로에 물건이 적치되어 있어 관계인에게 과태료를 부과하고 즉시 시정하도록 하였습니다."),
              "edu": ("학교 통학버스 운행 관련 민원 답변", "문의하신 %s 방면 통학버스 노선은 학부모 설문 결과를 반영하여 2학기부터 정류장 한 곳을 추가합니다."),
              "corp": ("단전 피해 보상 요청 민원 회신", "%s 지역 정전은 변압기 고장 때문이었으며, 약관에 따라 피해 보상 절차를 안내해 드립니다.")}
    tt, bd = topics[ag["kind"]]
    loc = pick(r, ["○○동 ○○아파트", "중앙시장", "새말초등학교", "역전 사거리"])
    body = gongmun_head(r, ag, "%s 귀하 (%s)" % (comp, home_addr(r)), tt)
    body.append("1. 귀하의 가정에 평안을 기원합니다.")
    body.append("2. %s(접수번호 %dAA-%04d-%07d)에 대한 답변입니다." % (pick(r, ["%s 국민신문고로 제출하신 민원" % date(r, 2026), "전화로 접수하신 민원", "방문 제출하신 민원"]), r.randint(1, 9), r.randint(2401, 2612), r.randint(0, 9999999)))
    body.append("3. " + (bd % loc))
    body.append("4. 추가 문의는 담당자(%s)에게 연락하시거나 휴대전화(%s)로 처리 과정을 안내받으실 수 있도록 등록하여 두었습니다.  끝." % ("0%d-%03d-%04d" % (r.randint(31, 64), r.randint(200, 999), r.randint(0, 9999)), mobile(r)))
    body.append("")
    f = pick(r, PARTIAL6)
    body += gyeolmun(r, ag, f)
    d.p("\n".join(body))
    add("par_civil", v, d, "partial", "none", ["OIDA-9-1-6"], "민원 회신", "stated_field", "gyeolmun", f)

def t_par_multi(v, fmt):
    r = R("par_multi", v)
    ag = agency(r, ["edu", "corp", "local", "court", "police", "fire"])
    combos = [(["OIDA-9-1-5", "OIDA-9-1-6"], "부분공개(5,6)", "의사결정 과정에 있는 검토 의견과 개인의 성명·연락처"),
              (["OIDA-9-1-6", "OIDA-9-1-7"], "부분공개(6, 7)", "입찰 참가업체의 원가 자료와 대표자 개인 정보"),
              (["OIDA-9-1-4", "OIDA-9-1-6"], "부분공개(4·6)", "진행 중인 수사에 관한 사항과 관련자 인적사항"),
              (["OIDA-9-1-3", "OIDA-9-1-6"], "부분공개(3,6)", "시설 경비 배치 현황과 근무자 개인 연락처"),
              (["OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-7"], "부분공개(5,6,7)", "감사 진행 중인 사항, 개인 신상, 업체 영업상 비밀")]
    reasons, f, why = combos[v % len(combos)]
    n1, n2 = name(r), name(r)
    subj = pick(r, ["%s 운영 개선 추진 결과 보고" % pick(r, ["학교운영위원회", "청소년 상담센터", "공동주택 관리", "구급차 배치"]),
                    "정보공개 청구(%s 관련)에 대한 결정 통지" % pick(r, ["시설 공사 계약", "직원 채용", "교통사고 조사", "민원 처리"])])
    d = Doc(subj)
    body = gongmun_head(r, ag, pick(r, ["수신자 참조", "%s 귀하" % masked(n1, r)]), subj)
    body.append("1. 귀하께서 %s 청구하신 정보에 대하여 아래와 같이 결정하였음을 알려 드립니다." % date(r, 2026))
    body.append("2. 공개 여부: 부분공개")
    body.append(pick(r, [
        "3. 비공개 사유: 청구하신 문서 가운데 %s는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호에 해당하여 가리고, 나머지 부분은 공개합니다. 가린 부분을 공개하면 공정한 업무 수행에 지장을 주거나 당사자의 사생활이 침해될 우려가 있기 때문입니다." % why,
        "3. 비공개(부분) 이유: 요청 자료 중 %s는 공개할 경우 당사자의 권익을 해칠 수 있어 공개하지 아니하며, 그 밖의 내용은 모두 사본으로 제공합니다." % why,
        "3. 일부를 공개하지 않는 까닭은 %s가 포함되어 있기 때문입니다. 해당 부분을 지운 사본을 보내 드리니 양해하여 주시기 바랍니다." % why]))
    body.append("4. 이 결정에 이의가 있으시면 통지를 받은 날부터 30일 이내에 이의신청을 하실 수 있습니다.")
    body.append("붙임  부분공개 자료 사본 %d매.  끝." % r.randint(2, 30))
    body.append("")
    d.p("\n".join(body))
    if ag["kind"] != "court":
        d.tbl([["연번", "문서명", "공개 여부"], ["1", "결과 보고서", "공개"], ["2", "검토 의견서(%s 작성)" % n2, "비공개"], ["3", "참석자 명단", "부분공개"]])
    d.p("\n".join(gyeolmun(r, ag, f)))
    add("par_multi", v, d, "partial", "none", reasons, "정보공개 결정 통지", "stated_field", "gyeolmun", f, ["reason_prose", "multi_item"])

def t_par_bid(v, fmt):
    r = R("par_bid", v)
    ag = agency(r, ["corp", "corp", "inst", "local"])
    d = Doc("입찰 결과 보고")
    d.p(pick(r, ["%s 개찰 결과 보고" % pick(r, ["변압기 구매", "관로 정비공사", "안전진단 용역", "전산장비 유지보수"]), "계약심의위원회 결과 보고(%s)" % ag["name"]]))
    d.p("1. 개요: 제한경쟁입찰, 참가 %d개 업체, 예정가격 대비 투찰률 %.2f%%" % (r.randint(3, 8), r.uniform(86, 99)))
    rows = [["업체명", "대표자", "투찰금액(원)", "원가 명세", "순위"]]
    for i in range(r.randint(3, 5)):
        rows.append(["(주)%s" % pick(r, ["한빛", "대성", "누리", "새온", "도담", "가람", "미래"]) + pick(r, ["전기", "건설", "엔지니어링", "테크"]),
                     name(r), format(r.randint(100, 999) * 1000000 + r.randint(0, 999) * 1000, ","),
                     "노무비 %d%% / 재료비 %d%%" % (r.randint(20, 50), r.randint(30, 60)), str(i + 1)])
    d.tbl(rows)
    d.p(pick(r, ["2. 1순위 업체에 대한 적격심사 결과 %.1f점으로 낙찰 예정자로 결정함." % r.uniform(85, 98),
                 "2. 업체별 원가 명세는 경영상·영업상 비밀에 해당하여 외부에 제공하지 않음."]))
    f = pick(r, ["부분공개(7)", "부분공개(6,7)", "부분공개(제9조 제1항 제6호·제7호)"])
    if fmt == "text":
        d.p("공개구분: " + f)
        loc = "last_line"
    else:
        d.footer = "%s | 공개구분 %s" % (ag["name"], f)
        loc = "page_footer"
    add("par_bid", v, d, "partial", "none", ["OIDA-9-1-6", "OIDA-9-1-7"], "입찰 결과 보고", "stated_field", loc, f, ["multi_item"])

def t_par_attach(v, fmt):
    r = R("par_attach", v)
    ag = agency(r, ["school", "edu", "police", "fire", "local", "court"])
    d = Doc("행사 결과 알림")
    subj = pick(r, ["%s 장학생 선발 결과 알림" % ag["name"], "의용소방대원 표창 수여 결과", "명예경찰 소년단 위촉 결과", "자원봉사자 감사장 수여 알림", "조정위원 위촉 결과 통보"])
    body = gongmun_head(r, ag, pick(r, ["수신자 참조", "내부결재"]), subj)
    body.append("1. %s 심사위원회 심의 결과를 아래와 같이 알립니다." % date(r, 2026))
    body.append("2. 선발 인원: 총 %d명(분야별 현황은 붙임 1 참조)" % r.randint(5, 40))
    att = pick(r, ["붙임  1. 분야별 선발 현황 1부.\n      2. 대상자 명단(성명·생년월일·연락처) 1부(비공개).  끝.",
                   "붙임  1. 심사 결과 요약 1부.\n      2. 개인별 심사표 1부.  끝.\n※ 붙임 2는 개인정보가 포함되어 있어 공개하지 않음.",
                   "붙임  선정자 명단 및 인적사항 1부.  끝.\n(붙임 자료는 개인정보 보호를 위하여 공개 대상에서 제외함)"])
    body.append(att)
    body.append("")
    d.p("\n".join(body))
    rows = [["연번", "성명", "생년월일", "소속/학교", "연락처"]]
    for i in range(r.randint(3, 6)):
        rows.append([str(i + 1), name(r), dob(r, 1960, 2012), pick(r, ["새솔고 2학년", "자영업", "가온중 3학년", "회사원", "주부", "대학생"]), mobile(r)])
    d.p("[붙임 2] 대상자 명단")
    d.tbl(rows)
    d.p("\n".join(gyeolmun(r, ag, None)))
    add("par_attach", v, d, "partial", "none", ["OIDA-9-1-6"], "결과 알림(붙임 비공개)", "attachment_sentence", "attachment_line", att.split("\n")[-1].strip(), ["no_field"])

def t_par_checkbox(v, fmt):
    r = R("par_checkbox", v)
    ag = agency(r, ["edu", "school", "fire", "police", "corp"])
    d = Doc("보고")
    items = pick(r, [(["OIDA-9-1-6"], "■부분공개 □비공개  (■제6호)", "□공개 ■부분공개 □비공개"),
                     (["OIDA-9-1-5", "OIDA-9-1-6"], "□공개 ■부분공개 □비공개 / 근거: 제5호, 제6호", None),
                     (["OIDA-9-1-6"], "공개여부 [ ]공개 [v]부분공개 [ ]비공개 (사유: 6호 개인정보)", None)])
    reasons, cb, _ = items
    d.tbl([["결재", "담당", "교감" if ag["kind"] == "school" else "팀장", "교장" if ag["kind"] == "school" else "과장"],
           ["", name(r), name(r), "전결"],
           ["공개구분", cb, "", ""]])
    d.p(pick(r, ["%s 상담 결과 보고" % pick(r, ["학부모", "진로", "민원"]), "%s 현장 확인 결과" % pick(r, ["화재 안전", "CCTV", "통학로"])]))
    who = name(r)
    d.p(pick(r, ["1. 일시: %s 15:00\n2. 대상: %s (%s, 보호자 연락처 %s)\n3. 내용: 진로 희망 분야 상담, 추가 상담 희망함" % (date(r, 2026), who, pick(r, ["2학년 3반", "1학년 1반", "3학년 5반"]), mobile(r)),
                 "1. 확인 일시: %s\n2. 신고인: %s(%s)\n3. 결과: 현장 확인 후 관계 부서에 통보, 재점검 예정" % (date(r, 2026), who, mobile(r))]))
    if reasons == ["OIDA-9-1-5", "OIDA-9-1-6"]:
        d.p("4. 검토 의견: 추가 예산 반영 여부는 다음 달 운영위원회에서 결정할 예정임.")
    add("par_checkbox", v, d, "partial", "none", reasons, "보고(체크박스)", "stated_field", "checkbox", cb.split()[0] if cb.startswith("■") else "부분공개", ["gyeoljae_table"])

def t_par_mislabeled(v, fmt):
    r = R("par_mislabeled", v)
    ag = agency(r, ["local", "inst", "school", "fire"])
    d = Doc("지급 결과 보고")
    subj = pick(r, ["긴급복지 생계지원금 지급 결과", "재난지원금 지급 대상자 확정", "학교 강사 수당 지급 내역", "의용소방대원 활동비 지급"])
    body = gongmun_head(r, ag, "내부결재", subj)
    body.append("1. %s 결정에 따라 아래와 같이 지급하였음을 보고합니다." % date(r, 2026))
    body.append("")
    d.p("\n".join(body))
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액"]]
    for _ in range(r.randint(2, 5)):
        rows.append([name(r), rrn(r, 1950, 1999), pick(r, ["농협", "국민", "우리", "신한"]), "%03d-%04d-%04d-%02d" % (r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99)), format(r.randint(30, 300) * 10000, ",")])
    d.tbl(rows)
    d.p("2. 지급 총액은 예산 범위 내에서 집행하였음.  끝.\n")
    f = pick(r, ["공개", "대국민공개"])
    d.p("\n".join(gyeolmun(r, ag, f)))
    add("par_mislabeled", v, d, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "지급 결과(표기-내용 불일치)", "stated_field_disagrees", "gyeolmun", f, ["t_mislabeled", "field_content_disagree"])

def t_par_award(v, fmt):
    r = R("par_award", v)
    ag = agency(r, ["school", "school", "edu"])
    d = Doc("표창 계획")
    d.header = pick(r, [ag["name"], "%s 학생 표창" % ag["name"], None])
    d.p("%s %s 학생 표창 계획" % (ag["name"], pick(r, ["2026학년도", "제%d회" % r.randint(10, 70)])))
    d.p(pick(r, ["1. 목적: 학교생활에 모범이 되는 학생을 격려하여 바른 인성을 기른다.", "1. 목적: 봉사와 선행으로 귀감이 된 학생을 칭찬하고 널리 알린다."]))
    d.p("2. 표창 종류: 모범상, 봉사상, 선행상\n3. 선정 절차: 학급 추천 → 학생생활부 심사 → 학교장 결재")
    d.p("4. 대상자")
    rows = [["학년-반", "성명", "표창", "공적 요지"]]
    for _ in range(r.randint(3, 6)):
        rows.append(["%d-%d" % (r.randint(1, 6), r.randint(1, 8)), name(r), pick(r, ["모범상", "봉사상", "선행상"]), pick(r, ["급식 봉사 1년", "학급 도우미", "장애 친구 등하교 도움", "환경 정화 활동"])])
    d.tbl(rows)
    d.p("5. 시상 일시: %s 종업식" % date(r, 2026))
    f = pick(r, PARTIAL6)
    if fmt == "text" or r.random() < 0.5:
        d.p("\n".join(gyeolmun(r, ag, f)))
        loc = "gyeolmun"
    else:
        d.footer = "공개구분: %s" % f
        loc = "page_footer"
    add("par_award", v, d, "partial", "none", ["OIDA-9-1-6"], "학생 표창 계획", "stated_field", loc, f, ["pupils_named"])

def t_par_fire_insp(v, fmt):
    r = R("par_fire_insp", v)
    ag = agency(r, ["fire"])
    d = Doc("소방 점검 결과")
    d.p("%s 화재안전조사 결과 보고\n(%s ~ %s)" % (pick(r, ["숙박시설", "다중이용업소", "요양병원", "물류창고"]), date(r, 2026), date(r, 2026)))
    d.p(pick(r, ["조사반은 관내 대상물을 방문하여 소방시설 작동 여부와 피난 통로 확보 상태를 확인하였다. 위반 대상물의 관계인에게는 조치명령서를 발부하였다.",
                 "이번 조사는 최근 유사 시설 화재를 계기로 실시하였다. 대부분 양호하였으나 일부 대상물에서 경보설비 전원 차단이 발견되었다."]))
    rows = [["대상물", "관계인(대표)", "연락처", "위반 내용", "조치"]]
    for _ in range(r.randint(3, 5)):
        rows.append(["%s %s" % (pick(r, ["한결", "푸른", "소망", "새빛"]), pick(r, ["모텔", "노래연습장", "요양병원", "물류센터"])), name(r), mobile(r),
                     pick(r, ["감지기 미작동", "유도등 점등 불량", "방화문 개방 고정", "소화기 압력 미달"]), pick(r, ["조치명령", "과태료 %d만원" % r.randint(10, 300), "현지 시정"])])
    d.tbl(rows)
    d.p("※ 공개 시 관계인 성명·연락처는 가리고 대상물 명칭과 위반 내용만 공개함.")
    hdr = pick(r, ["부분공개(6)", "부분공개 (6)", "공개구분: 부분공개(6)"])
    if fmt == "text":
        d.p(hdr)
        loc = "last_line"
    else:
        d.header = "%s  %s" % (ag["name"], hdr)
        loc = "page_header"
    add("par_fire_insp", v, d, "partial", "none", ["OIDA-9-1-6"], "소방 조사 결과", "stated_field", loc, hdr.replace("공개구분: ", ""), ["reason_prose"])

def t_par_court(v, fmt):
    r = R("par_court", v)
    ag = agency(r, ["court"])
    d = Doc("판결서 사본")
    p1, p2 = name(r), name(r)
    d.p("%s\n판 결\n사 건  2025가단%d %s\n원 고  %s\n       %s\n피 고  %s\n       %s" % (ag["name"], r.randint(10000, 99999), pick(r, ["손해배상(기)", "대여금", "임대차보증금 반환"]), p1, home_addr(r), p2, home_addr(r)))
    d.p("주 문\n1. 피고는 원고에게 %s원 및 이에 대하여 %s부터 다 갚는 날까지 연 12%%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다." % (format(r.randint(3, 90) * 1000000, ","), date(r, 2025)))
    d.p("이 유\n원고는 피고에게 돈을 빌려주었다고 주장하고, 피고는 이를 다투지 아니한다. 갑 제1 내지 3호증의 기재에 의하면 원고의 주장을 인정할 수 있다.")
    d.p(pick(r, ["※ 제3자 열람 제공 시 당사자 성명과 주소는 비실명 처리 후 제공할 것", "[열람 제공 전 비실명 처리 필요]", "※ 판결서 공개 시 개인정보 가림 처리 요망"]))
    add("par_court", v, d, "partial", "none", ["OIDA-9-1-6"], "판결서(당사자 실명)", "content", "content_only", "", ["no_field", "private_persons"])

def t_par_long(v, fmt):
    r = R("par_long", v)
    ag = agency(r, ["local", "edu", "corp", "inst", "police"])
    topic = pick(r, ["주민참여예산 운영", "학부모 상담 주간 운영", "임대주택 입주자 관리", "지역치안협의회 운영"])
    d = Doc(topic)
    d.p("%s 결과 보고\n%s" % (topic, ag["dept"]))
    ps = long_filler(r, topic)
    npg = r.randint(2, 4)
    per = max(2, len(ps) // npg)
    for i, p in enumerate(ps):
        d.p(p)
        if (i + 1) % per == 0 and (i + 1) // per < npg:
            d.brk()
    rows = [["성명", "구분", "연락처"]] + [[name(r), pick(r, ["주민위원", "학부모", "입주자 대표", "자율방범대"]), mobile(r)] for _ in range(r.randint(3, 5))]
    d.p("붙임 참여자 명단")
    d.tbl(rows)
    f = pick(r, PARTIAL6 + ["부분공개(6)"])
    d.p("\n".join(gyeolmun(r, ag, f)))
    add("par_long", v, d, "partial", "none", ["OIDA-9-1-6"], "결과 보고(장문)", "stated_field", "gyeolmun_end_long", f, ["long"])

def t_par_meeting(v, fmt):
    r = R("par_meeting", v)
    ag = agency(r, ["edu", "local", "corp", "school"])
    d = Doc("회의록")
    d.p("%s 회의록\n일시: %s 14:00  장소: %s 소회의실" % (pick(r, ["학교운영위원회 제%d차" % r.randint(1, 12), "도시계획위원회 소위원회", "인사위원회", "주민참여예산위원회 분과"]), date(r, 2026), ag["name"]))
    att = [name(r) for _ in range(4)]
    d.p("참석: " + ", ".join("%s(%s)" % (a, pick(r, ["학부모위원", "지역위원", "교원위원", "외부위원"])) for a in att))
    d.p("안건 1. %s\n%s 위원: 지난 회의에서 보류된 사항이라 오늘 결론을 내야 합니다.\n%s 위원: 개인적으로는 반대 의견입니다. 저희 아이도 같은 학년이라 부담이 큽니다.\n위원장: 표결은 다음 회의로 넘기고, 사무국이 대안을 마련하기로 하겠습니다." % (pick(r, ["수학여행 업체 선정", "용도지역 변경 검토", "예산 조정안"]), att[0], att[1]))
    d.p(pick(r, ["※ 의사결정 과정 중인 안건의 발언 내용과 위원 성명은 의결 전까지 공개하지 않음.", "회의록 공개 시 위원 실명과 미결 안건 토의 내용은 가림."]))
    f = pick(r, ["부분공개(5,6)", "부분공개(제5호, 제6호)", "부분공개 (5·6)"])
    if fmt == "text":
        d.p("공개여부: " + f); loc = "last_line"
    else:
        d.header = pick(r, ["회의록 — %s", "%s"]) % f; loc = "page_header"
    add("par_meeting", v, d, "partial", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "회의록", "stated_field", loc, f, ["multi_item", "reason_prose"])

# ================================================================ NON-PUBLIC templates
def place_marking(d, r, fmt, stamp, where):
    """where: header / footer / box / both / firstlast"""
    if where == "header":
        d.header = stamp
        return "page_header" if fmt != "text" else "first_line"
    if where == "footer":
        d.footer = stamp
        return "page_footer" if fmt != "text" else "last_line"
    if where == "both":
        d.header = stamp; d.footer = stamp
        return "page_header+footer" if fmt != "text" else "first_line+last_line"
    if where == "cell":
        d.blocks.insert(0, ("tbl", [["보안등급", stamp, "생산", pick(r, ["%s" % date(r, 2026), "정보보안팀"])]], "grid"))
        return "header_cell"
    d.blocks.insert(0, ("box", stamp))
    return "textbox" if fmt != "text" else "first_line"

def t_np_daeoebi(v, fmt):
    r = R("np_daeoebi", v)
    kinds = [
        ("police", "집회 대비 경력 운용 계획", ["OIDA-9-1-3"], "경력 배치 위치와 무전 호출부호는 아래 표와 같다. 시위대 동향에 따라 예비대 2개 중대를 %s 인근에 대기시킨다."),
        ("fire", "다중밀집 행사 안전관리 세부 대책", ["OIDA-9-1-3"], "인파 밀집 구간별 구급차 대기 지점과 비상 출입 동선을 정하였다. %s 일대는 통제선을 두 겹으로 설치한다."),
        ("local", "개발제한구역 해제 후보지 사전 검토", ["OIDA-9-1-5", "OIDA-9-1-8"], "후보지 세 곳 가운데 %s 일원이 가장 유력하다. 발표 전 외부에 알려지면 투기가 우려되므로 관계자 외 열람을 금한다."),
        ("edu", "교원 인사 비위 사안 조사 계획", ["OIDA-9-1-5", "OIDA-9-1-6"], "제보된 내용은 %s 소속 교사 %s의 금품 수수 의혹이다. 사실관계 확인 전이므로 당사자 접촉은 조사반장이 일괄한다."),
        ("corp", "노사 임금협상 대응 전략", ["OIDA-9-1-5"], "회사 측 최종 제시안은 기본급 %s%% 인상이며, 협상 결렬 시 조정 신청 시점을 검토한다."),
        ("court", "법관 사무분담 변경(안) 검토", ["OIDA-9-1-5"], "%s 재판부 증설에 따라 사무분담 조정안을 마련하였다. 확정 전 초안이므로 배포하지 않는다."),
        ("central", "감사원 지적 사항 대응 방안", ["OIDA-9-1-5"], "지적 사항 가운데 %s 관련 부분은 이견이 있어 재심의 청구를 검토 중이다."),
        ("police", "마약류 유통 조직 내사 진행 보고", ["OIDA-9-1-4"], "첩보에 따라 %s 일대 유통책에 대한 내사를 진행 중이며, 통신 수사 영장 신청을 준비하고 있다."),
    ]
    k, ttl, reasons, body = kinds[v % len(kinds)]
    ag = agency(r, [k])
    fills = {"police": ["시청 광장", "○○로터리", "역전 시장", "항만 배후단지"], "fire": ["불꽃축제 행사장", "해수욕장 입구"], "local": ["새말지구", "한내천 북측"],
             "edu": ["가온중학교", "새솔고등학교"], "corp": ["3.5", "2.8", "4.1"], "court": ["형사", "가사", "민사"], "central": ["청사 이전", "보조금 정산"]}
    fill = pick(r, fills[k])
    if "%s의" in body or body.count("%s") == 2:
        body = body % (fill, name(r))
    else:
        body = body % fill
    d = Doc(ttl)
    d.p("%s\n%s  %s" % (ttl, date(r, 2026), ag["name"] + " " + ag["dept"]))
    d.p("1. 배경\n" + pick(r, ["최근 관련 동향을 분석한 결과 선제적 대응이 필요하다고 판단하였다.", "상급 기관의 요청에 따라 세부 내용을 정리하였다.", "지난 회의 결과를 반영하여 실행 방안을 구체화하였다."]))
    d.p("2. 주요 내용\n" + body)
    if reasons == ["OIDA-9-1-3"]:
        d.tbl([["구역", "책임자", "인원", "호출부호"], ["A", pick(r, ["경정", "소방령"]) + " " + name(r), str(r.randint(20, 200)), "한빛-%d" % r.randint(1, 9)], ["B", pick(r, ["경감", "소방경"]) + " " + name(r), str(r.randint(20, 200)), "가람-%d" % r.randint(1, 9)]])
    d.p("3. 향후 조치\n" + pick(r, ["세부 일정은 추후 보고", "관계 기관 실무 협의 후 확정", "결과는 대면 보고"]))
    stamp = daeoebi_stamp(r)
    where = pick(r, ["header", "footer", "both", "box", "box", "cell"] if fmt != "text" else ["header", "footer", "both", "box", "cell"])
    loc = place_marking(d, r, fmt, stamp, where)
    if r.random() < 0.4:
        d.p("예고문: %s까지 대외비, 이후 일반문서로 재분류" % date(r, 2027))
    add("np_daeoebi", v, d, "non_public", "대외비", reasons, "대외비 계획·보고", "marking", loc, stamp)

SECRET_TOPICS = [
    ("police", "주요 인사 방문 경호·경비 계획", "OIDA-9-1-2", "경호 대상자의 이동 경로와 예비 경로, 저격 취약 지점을 지도에 표시하였다."),
    ("police", "대간첩작전 통합방위 협조 계획", "OIDA-9-1-2", "해안 취약지 감시 초소의 운용 시간과 군경 합동 검문소 위치를 정한다."),
    ("fire", "국가중요시설 화재·테러 대응 계획", "OIDA-9-1-3", "시설 내 위험물 저장소 좌표와 진입 경로, 소방력 동원 순서를 규정한다."),
    ("corp", "발전소 비상 전력 공급 보안 계획", "OIDA-9-1-3", "주요 변전소 제어실 출입 통제 절차와 예비 송전 선로 구성을 기술한다."),
    ("corp", "다목적댐 방호 및 비상 방류 계획", "OIDA-9-1-3", "방호 인력 배치표와 비상 방류 결정 권한, 통신 두절 시 대체 수단을 정리하였다."),
    ("local", "을지연습 비상대비 계획", "OIDA-9-1-2", "전시 행정기관 이전 장소와 비상 소집 연락 체계, 대피시설 수용 계획을 담았다."),
    ("central", "정보통신망 침해 사고 대응 절차", "OIDA-9-1-2", "국가 기반 전산망의 취약점 목록과 차단 우선순위를 기재하였다."),
    ("court", "법원 청사 방호 및 비상 대피 계획", "OIDA-9-1-3", "법정 경위 배치와 피고인 호송 동선, 비상 차단문 제어 방식을 정하였다."),
]

def t_np_secret(v, fmt, level):
    tn = "np_secret_" + {"III급": "3", "II급": "2", "I급": "1"}[level]
    r = R(tn, v)
    k, ttl, reason, body = SECRET_TOPICS[(v * 3 + len(level)) % len(SECRET_TOPICS)]
    ag = agency(r, [k])
    stamp = pick(r, SECRET[level])
    d = Doc(ttl)
    d.p("%s\n(%s)" % (ttl, ag["name"]))
    copyno = "사본번호: %d 부 중 %d 호" % (r.randint(3, 20), r.randint(1, 3))
    notice = pick(r, ["예고문: %s까지 %s, 이후 일반문서로 재분류" % (date(r, 2028), ROMAN[level]),
                      "예고문: 보호기간 %s까지 / 이후 파기" % date(r, 2029),
                      "예고문 - %s 이후 %s에서 재검토" % (date(r, 2027), ag["dept"])])
    d.p("Ⅰ. 목적\n" + pick(r, ["비상 상황에서 기관 간 임무를 명확히 하고 신속히 대응하기 위함.", "위해 요인을 사전에 차단하고 대응 역량을 점검하기 위함."]))
    d.p("Ⅱ. 세부 계획\n" + body)
    d.tbl([["구분", "지휘", "인원", "비고"], ["1선", name(r), str(r.randint(10, 90)), "24시간"], ["2선", name(r), str(r.randint(10, 90)), "교대"], ["예비", name(r), str(r.randint(5, 40)), "대기"]])
    d.p("Ⅲ. 행정 사항\n" + pick(r, ["이 계획은 비밀 취급 인가자만 열람한다.", "관련 부서장은 수령 즉시 비밀관리기록부에 등재한다.", "복제를 금하며 회수 시 인수증을 작성한다."]))
    where = pick(r, ["both", "header", "box", "box", "footer", "cell"])
    loc = place_marking(d, r, fmt, stamp, where)
    if fmt != "text" and r.random() < 0.6:
        d.blocks.insert(1 if where == "box" else 0, ("box", copyno + "\n" + notice))
    else:
        d.p(copyno + "\n" + notice)
    reasons = ["OIDA-9-1-1", reason]
    add(tn, v, d, "non_public", level, reasons, "비밀 계획", "marking", loc, stamp, ["copy_number", "notice"])

def t_np_roster(v, fmt):
    r = R("np_roster", v)
    ag = agency(r, ["local", "inst", "edu", "school", "fire"])
    kind = v % 4
    full = kind in (0, 2)
    titles = ["기초생활수급자 신규 책정 대상자 명단", "긴급돌봄 대상 아동 명단", "장학금 수혜 학생 명단", "화재 피해 이재민 임시주거 지원 명단"]
    d = Doc(titles[kind])
    d.p(titles[kind] + pick(r, ["", " (%s 기준)" % date(r, 2026)]))
    style = r.randrange(3)
    rows = [["연번", "성명", "주민등록번호", "주소", "연락처"]] if style != 2 else [["성명", "생년월일/주민번호", "비고"]]
    for i in range(r.randint(4, 8)):
        idn = rrn(r, 1940, 2012) if full else rrn_masked(r, 1940, 2012)
        if style != 2:
            rows.append([str(i + 1), name(r), idn, home_addr(r), mobile(r)])
        else:
            rows.append([name(r), idn, pick(r, ["독거", "한부모", "기초연금", "차상위", "조손가정"])])
    if style == 1 or fmt == "text":
        d.tbl(rows)
    else:
        d.tbl(rows)
    d.p(pick(r, ["작성: %s %s" % (ag["dept"], date(r, 2026)), "총 %d명" % (len(rows) - 1), ""]))
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if full else [])
    if kind == 1 or "장애" in str(rows):
        pass
    add("np_roster", v, d, "non_public", "none", reasons, "개인 명단", "content", "content_only", "", ["no_field", "roster", "rrn_full" if full else "rrn_masked"])

def t_np_discipline(v, fmt):
    r = R("np_discipline", v)
    ag = agency(r, ["police", "fire", "edu", "local", "corp", "court"])
    who = name(r)
    rank = {"police": "경사", "fire": "소방장", "edu": "교사", "local": "행정7급", "corp": "차장", "court": "법원주사"}[ag["kind"]]
    d = Doc("징계의결서")
    d.p("%s\n징 계 의 결 서" % pick(r, ["%s 보통징계위원회" % ag["name"], "%s 징계위원회" % ag["name"]]))
    style = r.randrange(2)
    if style == 0:
        d.tbl([["소속", ag["dept"], "직위(직급)", rank], ["성명", who, "생년월일", dob(r, 1965, 1995)], ["의결 주문", pick(r, ["정직 2월", "강등", "감봉 3월", "견책"]), "", ""]])
    else:
        d.p("인적사항  소속: %s / 직급: %s / 성명: %s" % (ag["dept"], rank, who))
        d.p("의결주문  %s에 처한다." % pick(r, ["정직 1월", "해임", "감봉 1월"]))
    viol = pick(r, [("혈중알코올농도 %.3f%% 상태로 약 %dkm 구간을 운전하다 적발되어 %s 벌금 %d만 원의 약식명령을 받았다." % (r.uniform(0.03, 0.2), r.randint(1, 12), pick(r, ["수원지방법원에서", "서울중앙지방법원에서", ""]), r.randint(3, 15) * 100), ["OIDA-9-1-6", "PIPA-23"]),
                    ("근무시간 중 무단으로 자리를 비우고 개인 용무를 본 사실이 %d회 확인되었다." % r.randint(3, 12), ["OIDA-9-1-6"]),
                    ("폭행 사건으로 기소되어 징역 6월, 집행유예 1년의 판결이 확정되었다.", ["OIDA-9-1-6", "PIPA-23"]),
                    ("민원인에게 부적절한 언행을 하여 진정이 제기되었고 조사 결과 사실로 확인되었다.", ["OIDA-9-1-6"])])
    d.p("이 유\n혐의자는 " + viol[0] + " " + pick(r, ["이는 성실 의무와 품위 유지 의무를 위반한 것이다.", "혐의자는 깊이 반성하고 있으나 비위의 정도가 가볍지 않다.", "평소 근무 태도와 표창 공적을 고려하였다."]))
    d.p("%s\n위원장 %s  위원 %s  위원 %s" % (date(r, 2026), name(r), name(r), name(r)))
    add("np_discipline", v, d, "non_public", "none", viol[1], "징계의결서", "content", "content_only", "", ["no_field", "staff_discipline"])

def t_np_health(v, fmt):
    r = R("np_health", v)
    ag = agency(r, ["school", "edu", "fire", "police", "corp", "local"])
    who = name(r)
    dx = pick(r, ["요추 추간판 탈출증", "주요우울장애", "유방암(2기)", "뇌경색 후 재활", "공황장애", "십자인대 파열"])
    d = Doc("질병휴직")
    kind = r.randrange(2)
    if kind == 0:
        d.p("%s 질병휴직 처리 결과 보고" % ag["name"])
        d.p("1. 대상: %s %s %s\n2. 휴직 기간: %s ~ %s\n3. 사유: %s 진단(진단서 발급 %s)으로 장기 치료가 필요함\n4. 대체 인력: 기간제 채용 진행 중" % (ag["dept"], pick(r, ["교사", "소방교", "경위", "주임"]), who, date(r, 2026), date(r, 2027), dx, pick(r, ["○○대학교병원", "△△정형외과", "□□정신건강의학과"])))
    else:
        d.p("병가 및 질병휴직 심의 의견서")
        d.tbl([["성명", who, "소속", ag["dept"]], ["진단명", dx, "요양 기간", "%d개월" % r.randint(1, 12)], ["주치의 소견", pick(r, ["업무 복귀 시 단계적 적응 필요", "수술 후 6개월 안정 필요", "약물 치료 지속 필요"]), "", ""]])
        d.p("심의 결과: 휴직 승인. %s" % date(r, 2026))
    add("np_health", v, d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "질병휴직", "content", "content_only", "", ["no_field", "health"])

def t_np_investigation(v, fmt):
    r = R("np_investigation", v)
    ag = agency(r, ["police", "local", "edu", "corp", "inst"])
    sus, vic = name(r), name(r)
    d = Doc("수사 관련")
    if ag["kind"] == "police":
        d.p("%s\n수사결과 보고\n사건번호 2026-%06d" % (ag["name"], r.randint(1, 999999)))
        d.p("피의자 %s(%s, %s)은 %s 피해자 %s에게 %s. 피의자는 범행 일부를 부인하고 있어 통신 기록 분석과 참고인 조사를 계속할 예정이다." % (sus, dob(r, 1970, 2004), pick(r, ["무직", "회사원", "자영업"]), date(r, 2026), vic, pick(r, ["중고거래 사기로 %s원을 편취하였다" % format(r.randint(50, 900) * 10000, ","), "주먹으로 얼굴을 여러 차례 때려 전치 3주의 상해를 입혔다", "반복적으로 연락하고 주거지 앞에서 기다리는 등 스토킹하였다"])))
        d.tbl([["구분", "성명", "연락처"], ["피의자", sus, mobile(r)], ["피해자", vic, mobile(r)], ["참고인", name(r), mobile(r)]])
        reasons = ["OIDA-9-1-4", "OIDA-9-1-6"]
    else:
        d.p("\n".join(gongmun_head(r, ag, pick(r, ["%s장" % pick(r, ["서울 마포경찰서", "경기남부경찰청", "대전둔산경찰서"]), "관할 경찰서장"]), "수사 의뢰")))
        d.p("1. 우리 기관 %s 업무와 관련하여 아래 사람의 위법 의심 행위를 발견하여 수사를 의뢰합니다.\n2. 대상: %s (%s)\n3. 의심 내용: %s\n4. 증빙 자료는 붙임과 같으며, 내부 감사 결과 보고서를 함께 보냅니다.  끝." % (pick(r, ["보조금", "계약", "급여", "장학금"]), sus, home_addr(r), pick(r, ["허위 서류로 보조금 %s원을 부정 수급" % format(r.randint(3, 90) * 1000000, ","), "납품 검수 서류를 위조한 정황", "위장 전입으로 장학금 수혜"])))
        d.p("\n".join(gyeolmun(r, ag, None)))
        reasons = ["OIDA-9-1-4", "OIDA-9-1-6"]
    add("np_investigation", v, d, "non_public", "none", reasons, "수사 자료", "content", "content_only", "", ["no_field", "investigation"])

def t_np_internal(v, fmt):
    r = R("np_internal", v)
    ag = agency(r, ["edu", "local", "corp", "fire", "court", "police", "school"])
    mark = pick(r, ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 검토용 - 외부 유출 금지", "[대내용·취급주의]"])
    d = Doc("내부 검토")
    ttl = pick(r, ["%s 조직 개편(안) 검토" % ag["name"], "수수료 인상 여부 내부 검토", "학교 통폐합 대상 1차 검토", "관서 재배치 대안 비교", "민원 소송 대응 방향 검토"])
    d.p(ttl)
    d.p("1. 검토 배경\n" + pick(r, ["기관장 지시(%s)에 따라 실무 차원의 대안을 비교함." % date(r, 2026), "외부 용역 결과 발표 전 내부 입장을 정리함.", "예산 부서와 협의 전 쟁점을 정리함."]))
    d.p("2. 대안 비교\n" + pick(r, ["1안은 비용이 적으나 반발이 예상되고, 2안은 효과는 크나 인력 증원이 전제되어야 함. 실무진은 2안을 선호하나 최종 결정은 간부회의에서 내릴 예정임.",
                                    "현행 유지안, 단계 인상안, 일괄 인상안을 검토함. 단계 인상안이 가장 현실적이나 의회 협의가 관건임.",
                                    "대상 후보 %d곳 가운데 학생 수 감소 폭이 큰 3곳을 우선 검토함. 지역 여론 수렴 전이므로 명단은 확정되지 않음." % r.randint(5, 12)]))
    d.p("3. 향후 절차\n" + pick(r, ["간부회의 보고 후 방침 결정", "관계 부서 의견 조회", "법률 자문 의뢰"]))
    if fmt == "text":
        where = pick(r, ["first", "last"])
        if where == "first":
            d.blocks.insert(0, ("p", mark)); loc = "first_line"
        else:
            d.p(mark); loc = "last_line"
    else:
        where = pick(r, ["header", "footer", "box"])
        loc = place_marking(d, r, fmt, mark, where)
    add("np_internal", v, d, "non_public", "none", ["OIDA-9-1-5"], "내부 검토 보고", "informal_marking", loc, mark, ["informal_marking"])

def t_np_exam(v, fmt):
    r = R("np_exam", v)
    ag = agency(r, ["school", "edu", "police", "fire"])
    d = Doc("시험 문제")
    if ag["kind"] in ("school", "edu"):
        d.p("%s 2026학년도 1학기 %s 평가 %s\n(출제 원안 - 시행 전)" % (ag["name"], pick(r, ["중간", "기말"]), pick(r, ["국어", "수학", "과학", "사회"])))
        d.p("1. 다음 글의 중심 내용으로 가장 알맞은 것은? [3점]\n ① 자연은 인간의 도구이다 ② 공존의 가치 ③ 기술의 한계 ④ 전통의 계승 ⑤ 소비의 미덕\n2. 함수 f(x)=2x+3의 그래프가 지나는 점은? [4점]\n정답: 1-②, 2-③")
    else:
        d.p("%s 승진시험 %s 문제지(인쇄 전 검토본)" % (ag["name"], pick(r, ["1차", "2차"])))
        d.p("문 1. 다음 중 %s에 관한 설명으로 옳지 않은 것은?\n 가. ... 나. ... 다. ... 라. ...\n정답 및 배점표는 출제위원장이 별도 봉인함." % pick(r, ["현행범 체포", "소방시설 설치 기준", "구급 처치 순서"]))
    d.p(pick(r, ["출제위원 서명란: __________", "검토 완료 %s" % date(r, 2026), ""]))
    add("np_exam", v, d, "non_public", "none", ["OIDA-9-1-5"], "시험 문제", "content", "content_only", "", ["no_field", "exam"])

def t_np_trade(v, fmt):
    r = R("np_trade", v)
    ag = agency(r, ["corp", "inst", "local"])
    co = "(주)%s%s" % (pick(r, ["한빛", "누리", "새온", "도담"]), pick(r, ["소재", "정밀", "바이오", "케미칼"]))
    d = Doc("영업비밀")
    d.p("%s 제출 자료\n%s 원가 산정 내역 및 제조 공정 설명서" % (co, pick(r, ["절연 케이블", "수처리 약품", "교통 신호제어기", "급식 가공품"])))
    d.tbl([["항목", "단가(원)", "비율", "비고"], ["원재료", format(r.randint(1000, 90000), ","), "%d%%" % r.randint(30, 60), "수입 원료 배합비 %d:%d" % (r.randint(1, 9), r.randint(1, 9))], ["가공비", format(r.randint(500, 20000), ","), "%d%%" % r.randint(10, 30), "특허 출원 공정"], ["이윤", format(r.randint(100, 9000), ","), "%d%%" % r.randint(3, 15), ""]])
    d.p(pick(r, ["위 자료는 납품 단가 협의를 위해 제출하는 것으로, 당사의 영업비밀이므로 제3자에게 제공하지 말아 주시기 바랍니다.",
                 "공정 온도 조건과 배합 비율은 당사 핵심 기술로서 외부에 알려지면 경쟁사가 즉시 모방할 수 있습니다."]))
    add("np_trade", v, d, "non_public", "none", ["OIDA-9-1-7"], "업체 영업비밀", "content", "content_only", "", ["no_field", "trade_secret"])

def t_np_juvenile(v, fmt):
    r = R("np_juvenile", v)
    ag = agency(r, ["court"])
    kid = name(r)
    d = Doc("소년보호사건 조사")
    d.p("%s\n%s\n사건 2026푸%d  소년 %s (%s)" % (pick(r, ["서울가정법원", "수원지방법원", "대전지방법원 천안지원"]), pick(r, ["조사관 의견서", "소년보호사건 조사보고서", "결정 전 조사서"]), r.randint(100, 9999), kid, dob(r, 2008, 2012)))
    d.p(pick(r, ["소년은 부모의 이혼 후 조모와 생활하며, 중학교 2학년 때부터 결석이 잦았다. 이번 비행은 친구들과 함께 편의점에서 물건을 훔친 것으로 범행을 모두 인정한다.",
                 "소년은 ADHD 진단을 받아 약물 치료 중이며, 학교에서 또래와 다툼이 잦았다. 피해자와 합의는 이루어지지 않았다."]))
    d.p("보호자: %s(%s)  연락처 %s\n조사관 의견: %s" % (name(r), pick(r, ["부", "모", "조모"]), mobile(r), pick(r, ["1호·2호 처분 병합 상당", "보호관찰 단기 상당", "심리상담 위탁 상당"])))
    add("np_juvenile", v, d, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"] + (["PIPA-23"] if "ADHD" in d.blocks[1][1] else []), "소년보호사건", "content", "content_only", "", ["no_field", "minor"])

def t_np_school_violence(v, fmt):
    r = R("np_school_violence", v)
    ag = agency(r, ["edu", "school"])
    a, b = name(r), name(r)
    d = Doc("학교폭력 심의")
    d.p("%s 학교폭력대책심의위원회 심의 결과 통보서" % pick(r, ["화성오산교육지원청", "부산광역시남부교육지원청", "청주교육지원청"]))
    layout = r.randrange(3)
    rows = [["구분", "성명", "학교/학년", "조치"], ["피해학생", a, "%s %d학년" % (pick(r, ["가온중", "새솔고", "한빛초"]), r.randint(1, 3)), "심리상담 및 조언(1호)"], ["가해학생", b, "%s %d학년" % (pick(r, ["가온중", "새솔고", "한빛초"]), r.randint(1, 3)), pick(r, ["서면사과(1호)", "학교봉사(3호)", "출석정지 5일(6호)"])]]
    if layout == 0:
        d.tbl(rows)
    elif layout == 1:
        d.tbl([list(x) for x in zip(*rows)])
    else:
        d.p("피해학생: %s / 가해학생: %s" % (a, b))
    d.p("사안 개요: %s" % pick(r, ["단체 대화방에서 피해학생을 지속적으로 놀리고 사진을 유포함.", "하굣길에 피해학생의 물건을 빼앗고 밀쳐 넘어뜨림.", "체육 시간에 반복적으로 따돌림."]))
    d.p("위 조치에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.")
    add("np_school_violence", v, d, "non_public", "none", ["OIDA-9-1-6"], "학교폭력 심의 결과", "content", "content_only", "", ["no_field", "pupils_named", "victim_named"])

def t_np_ems(v, fmt):
    r = R("np_ems", v)
    ag = agency(r, ["fire"])
    p = name(r)
    d = Doc("구급활동일지")
    d.p("%s 구급활동일지 (%s)" % (ag["name"], date(r, 2026)))
    d.tbl([["환자", p, "성별/나이", "%s/%d" % (pick(r, ["남", "여"]), r.randint(20, 90))], ["주소", home_addr(r), "", ""], ["주증상", pick(r, ["흉통", "의식저하", "호흡곤란", "낙상 후 둔부 통증"]), "병력", pick(r, ["고혈압·당뇨", "심방세동", "뇌졸중 과거력", "없음"])], ["이송병원", pick(r, ["○○대학교병원", "△△의료원"]), "보호자", "%s %s" % (name(r), mobile(r))]])
    d.p("처치: %s" % pick(r, ["산소 투여 4L/min, 심전도 감시", "경추 고정, 부목 적용", "혈당 측정 45mg/dL, 포도당 투여"]))
    add("np_ems", v, d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "구급활동일지", "content", "content_only", "", ["no_field", "patient"])

def t_np_union(v, fmt):
    r = R("np_union", v)
    ag = agency(r, ["corp", "edu", "local"])
    d = Doc("조합비 공제")
    d.p("%s %s월 노동조합 조합비 급여 공제 명단" % (ag["name"], r.randint(1, 12)))
    rows = [["사번", "성명", "소속", "공제액"]] + [["%d" % r.randint(100000, 999999), name(r), pick(r, ["영업부", "안전부", "시설팀", "행정실"]), format(r.randint(15, 40) * 1000, ",")] for _ in range(r.randint(4, 7))]
    d.tbl(rows)
    d.p("위 명단에 따라 조합비를 공제하여 %s 노동조합 계좌로 이체함." % pick(r, ["전국공공운수", "교원", "공무원"]))
    add("np_union", v, d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "조합비 명단", "content", "content_only", "", ["no_field", "union"])

NONPUB_FIELDS = [("비공개(제9조 제1항 제5호)", ["OIDA-9-1-5"]), ("비공개 (9조1항5호)", ["OIDA-9-1-5"]), ("비공개(4)", ["OIDA-9-1-4"]),
                 ("비공개(5)", ["OIDA-9-1-5"]), ("비공개(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호)", ["OIDA-9-1-5"]),
                 ("비공개(법 제9조①5)", ["OIDA-9-1-5"]), ("비공개(9조 1항 5호)", ["OIDA-9-1-5"]), ("비공개(4,6)", ["OIDA-9-1-4", "OIDA-9-1-6"])]

def t_np_gongmun(v, fmt):
    r = R("np_gongmun", v)
    f, reasons = NONPUB_FIELDS[v % len(NONPUB_FIELDS)]
    ag = agency(r, ["police", "edu", "local", "corp", "court", "fire"])
    if "OIDA-9-1-4" in reasons:
        subj = pick(r, ["수사 협조 요청(자료 제출)", "고소 사건 관련 자료 송부"])
        b2 = "2. 귀 기관에서 수사 중인 사건과 관련하여 요청하신 %s 출입 기록을 붙임과 같이 제출합니다. 해당 자료는 수사 목적 외에 사용하지 말아 주시기 바랍니다." % pick(r, ["청사", "학교", "사업장"])
        if "OIDA-9-1-6" in reasons:
            b2 += "\n3. 출입자: %s, %s (각 %s 방문)" % (name(r), name(r), date(r, 2026))
    else:
        subj = pick(r, ["%s 조직 진단 결과(안) 보고" % ag["name"], "내년도 예산 편성 방향 내부 협의", "정원 조정 의견 제출", "청사 이전 후보지 검토 의견"])
        b2 = pick(r, ["2. 아직 확정되지 않은 검토안으로, 관계 부서 협의와 위원회 심의를 거쳐 최종 결정할 예정입니다.",
                      "2. 각 부서 의견을 종합하였으나 일부 쟁점은 조율 중이므로 이 문서를 인용하거나 배포하지 마시기 바랍니다.",
                      "2. 후보지별 장단점 비교 결과와 실무 의견을 붙임으로 보내니, 결정 전까지 검토 자료로만 활용하여 주십시오."])
    d = Doc(subj)
    body = gongmun_head(r, ag, pick(r, ["수신자 참조", "내부결재", "%s장" % pick(r, ["기획조정실", "감사관실"])]), subj)
    body.append("1. 관련: %s-%d(%s)" % (ag["dept"], r.randint(10, 999), date(r, 2026)))
    body.append(b2)
    body.append("붙임  " + pick(r, ["검토 자료 1부.", "관련 자료 1부.", "의견서 1부."]) + "  끝.")
    body.append("")
    body += gyeolmun(r, ag, f)
    d.p("\n".join(body))
    add("np_gongmun", v, d, "non_public", "none", reasons, "공문(비공개)", "stated_field", "gyeolmun", f, ["citation_spelling"])

def t_np_gyeoljae(v, fmt):
    r = R("np_gyeoljae", v)
    ag = agency(r, ["school", "police", "fire", "corp", "edu"])
    f, reasons = pick(r, [("비공개(5)", ["OIDA-9-1-5"]), ("비공개(6)", ["OIDA-9-1-6"]), ("비공개 (제5호)", ["OIDA-9-1-5"]), ("비공개(9조1항5호)", ["OIDA-9-1-5"])])
    d = Doc("결재 문서")
    d.tbl([["%s" % pick(r, ["결 재", "결재", "내부결재"]), "담당", "팀장", "과장", "공개여부"], ["", name(r), name(r), "전결 " + name(r), f]], role="gyeoljae")
    if reasons == ["OIDA-9-1-6"]:
        who = name(r)
        d.p("%s 고충 상담 결과 보고\n상담 대상: %s(%s)\n상담 내용: 가족 간병으로 인한 근무지 조정 희망, %s 진단을 받은 배우자 돌봄 부담을 호소함.\n조치 의견: 인사 시 우선 고려" % (pick(r, ["직원", "교직원", "대원"]), who, ag["dept"], pick(r, ["치매", "암", "희귀질환"])))
        reasons = ["OIDA-9-1-6", "PIPA-23"]
    else:
        d.p("%s 검토 보고\n1. 현황: %s\n2. 검토 의견: 현 시점에서 결론을 내리기 어려워 추가 자료를 확보한 뒤 재보고하겠음.\n3. 참고: 관계 부서 의견이 엇갈림" % (pick(r, ["인력 재배치", "장비 도입 우선순위", "교육과정 편성 변경"]), pick(r, ["정원 대비 현원 %d명 부족" % r.randint(2, 20), "요구 장비 %d종 중 예산 확보 %d종" % (r.randint(5, 12), r.randint(1, 4))])))
    add("np_gyeoljae", v, d, "non_public", "none", reasons, "내부 보고(결재란)", "stated_field", "gyeoljae_table", f, ["gyeoljae_table"])

def t_np_disagree(v, fmt):
    r = R("np_disagree", v)
    ag = agency(r, ["local", "police", "fire", "edu"])
    who = name(r)
    d = Doc("징계 처분 통보")
    body = gongmun_head(r, ag, "%s 귀하" % who, "징계 처분 결과 통보")
    body.append("1. 귀하에 대한 징계위원회 의결 결과를 아래와 같이 통보합니다.")
    body.append("2. 처분: %s\n3. 사유: 음주운전(혈중알코올농도 %.3f%%)으로 벌금형이 확정된 사실이 확인됨\n4. 이 처분에 불복하는 경우 소청심사위원회에 심사를 청구할 수 있습니다.  끝." % (pick(r, ["정직 2월", "감봉 3월", "강등"]), r.uniform(0.03, 0.15)))
    body.append("")
    f = pick(r, ["공개", "공개"])
    body += gyeolmun(r, ag, f)
    d.p("\n".join(body))
    add("np_disagree", v, d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "징계 통보(표기-내용 불일치)", "stated_field_disagrees", "gyeolmun", f, ["field_content_disagree"])

# ================================================================ HWPX writer
NS = {"hp": "http://www.hancom.co.kr/hwpml/2011/paragraph", "hs": "http://www.hancom.co.kr/hwpml/2011/section",
      "hh": "http://www.hancom.co.kr/hwpml/2011/head", "hc": "http://www.hancom.co.kr/hwpml/2011/core"}
NSDECL = " ".join('xmlns:%s="%s"' % (k, NS[k]) for k in ["hp", "hs", "hh", "hc"])
XMLH = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'

class IdGen:
    def __init__(self): self.n = 1000
    def __call__(self):
        self.n += 1; return str(self.n)

def hx_para(text, ids, para=0, char=0):
    lines = text.split("\n")
    return "".join('<hp:p id="%s" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>' % (ids(), para, char, xesc(l)) for l in lines)

def hx_sublist(inner, w=42520, h=1000, va="TOP"):
    return '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % (va, w, h, inner)

def hx_table(rows, ids):
    nr, nc = len(rows), max(len(x) for x in rows)
    cw = 42520 // nc
    trs = []
    for ri, row in enumerate(rows):
        tcs = []
        for ci in range(nc):
            c = row[ci] if ci < len(row) else ""
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="3">%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                       % (1 if ri == 0 else 0, hx_sublist(hx_para(c, ids), cw - 1020, 1800, "CENTER"), ci, ri, cw))
        trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
    return ('<hp:tbl id="%s" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="3" noAdjust="0">'
            '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>') % (ids(), nr, nc, cw * nc, 1800 * nr, "".join(trs))

def hx_rect(text, ids):
    w, h = 14000, 2400 + 1200 * text.count("\n")
    return ('<hp:rect id="%s" zOrder="5" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%s" ratio="0">'
            '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/><hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
            '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            '<hp:lineShape color="#C00000" width="85" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
            '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
            '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PAGE" vertAlign="TOP" horzAlign="RIGHT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment>글상자</hp:shapeComment></hp:rect>') % (
        ids(), ids(), w, h, w, h, w // 2, h // 2, w, hx_sublist(hx_para(text, ids, 1, 1), w - 566, h - 566, "CENTER"), w, w, h, h, w, h)

def hx_hf(tag, text, ids):
    return '<hp:ctrl><hp:%s id="%s" applyPageType="BOTH">%s</hp:%s></hp:ctrl>' % (tag, ids(), hx_sublist(hx_para(text, ids, 1, 0), 42520, 4252, "TOP" if tag == "header" else "BOTTOM"), tag)

SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
         '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')

def header_xml():
    fonts = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % l
                    for l in ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"])
    bf = ('<hh:borderFills itemCnt="3">'
          '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
          '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/><hc:fillBrush><hc:winBrush faceColor="none" hatchColor="#999999" alpha="0"/></hc:fillBrush></hh:borderFill>'
          '<hh:borderFill id="3" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill></hh:borderFills>')
    cp = lambda i, h, col, b: ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="2"><hh:fontRef hangul="%d" latin="%d" hanja="%d" japanese="%d" other="%d" symbol="%d" user="%d"/><hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/><hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/><hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                               % (i, h, col, b, b, b, b, b, b, b, "<hh:bold/>" if b else ""))
    pp = lambda i, al: ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/><hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="2" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>' % (i, al))
    return (XMLH + '<hh:head %s version="1.5" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            '<hh:fontfaces itemCnt="7">%s</hh:fontfaces>%s<hh:charProperties itemCnt="2">%s%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:numberings itemCnt="0"/><hh:paraProperties itemCnt="2">%s%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument><hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption><hh:trackchageConfig flags="56"/></hh:head>'
            ) % (NSDECL, fonts, bf, cp(0, 1100, "#000000", 0), cp(1, 1400, "#C00000", 1), pp(0, "JUSTIFY"), pp(1, "CENTER"))

def write_hwpx(path, doc, title):
    ids = IdGen()
    first = '<hp:run charPrIDRef="0">' + SECPR
    if doc.header:
        first += hx_hf("header", doc.header, ids)
    if doc.footer:
        first += hx_hf("footer", doc.footer, ids)
    first += '</hp:run><hp:run charPrIDRef="0"><hp:t/></hp:run>'
    paras = ['<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s</hp:p>' % first]
    pb = 0
    prv = []
    for b in doc.blocks:
        if b[0] == "break":
            pb = 1; continue
        if b[0] == "p":
            for i, l in enumerate(b[1].split("\n")):
                paras.append('<hp:p id="%s" paraPrIDRef="0" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p>' % (ids(), pb if i == 0 else 0, xesc(l)))
                pb = 0
            prv.append(b[1])
        elif b[0] == "tbl":
            paras.append('<hp:p id="%s" paraPrIDRef="0" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids(), pb, hx_table(b[1], ids)))
            pb = 0
            prv.append("\n".join("<" + ">\t<".join(x) + ">" for x in b[1]))
        else:
            paras.append('<hp:p id="%s" paraPrIDRef="1" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids(), pb, hx_rect(b[1], ids)))
            pb = 0
    sec = XMLH + '<hs:sec %s>%s</hs:sec>' % (NSDECL, "".join(paras))
    version = XMLH + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.5" application="Hancom Office Hangul" appVersion="12, 0, 0, 3529 WIN32LEWindows_10"/>'
    container = XMLH + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>'
    manifest = XMLH + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    hpf = (XMLH + '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text"/><opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % xesc(title)
    settings = XMLH + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode("utf-8"), zipfile.ZIP_STORED),
               ("Contents/header.xml", header_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", sec.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", "\r\n".join(prv)[:1024].encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for nm, data, ct in entries:
            zi = zipfile.ZipInfo(nm, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = ct
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())

def hwpx_text(path):
    """Return (body_text, header_text, footer_text, box_text, table_text) extracted by XML parsing."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ["version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml"]:
            assert req in names, req
        for nm in names:
            if nm.endswith(".xml") or nm.endswith(".hpf"):
                ET.fromstring(z.read(nm))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    hp = "{%s}" % NS["hp"]
    parts = {"header": [], "footer": [], "rect": [], "tbl": []}
    for tag in parts:
        for el in root.iter(hp + tag):
            parts[tag].append(" ".join(t.text or "" for t in el.iter(hp + "t")))
    allt = "\n".join(t.text or "" for t in root.iter(hp + "t"))
    return allt, parts

# ================================================================ PDF writer
PDF_MAP = {"·": "ㆍ", "☑": "■", "☐": "□", "‐": "-", "–": "-"}
def pdf_safe(s):
    if s is None: return None
    return "".join(PDF_MAP.get(c, c) for c in s)

def write_pdf(path, doc, title, r):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    for f in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
        if f not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(f))
    font = pick(r, ["HYSMyeongJo-Medium", "HYGothic-Medium"])
    st = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    cst = ParagraphStyle("c", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    bst = ParagraphStyle("x", fontName="HYGothic-Medium", fontSize=12, leading=16, alignment=1, textColor=colors.HexColor("#B00000"), wordWrap="CJK")
    tstyle = pick(r, ["grid", "boxinner", "header_shade"])
    story = []
    esc = lambda s: xesc(pdf_safe(s)).replace("\n", "<br/>")
    for b in doc.blocks:
        if b[0] == "break":
            story.append(PageBreak())
        elif b[0] == "p":
            for para in b[1].split("\n\n"):
                story.append(Paragraph(esc(para), st)); story.append(Spacer(1, 4))
        elif b[0] == "tbl":
            nc = max(len(x) for x in b[1])
            data = [[Paragraph(esc(c), cst) for c in row] + [""] * (nc - len(row)) for row in b[1]]
            t = Table(data, colWidths=[170 * mm / nc] * nc)
            cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if tstyle == "grid" or b[2] == "gyeoljae":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            elif tstyle == "boxinner":
                cmds += [("BOX", (0, 0), (-1, -1), 1.4, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black)]
            else:
                cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]
            t.setStyle(TableStyle(cmds))
            story.append(t); story.append(Spacer(1, 6))
        else:
            t = Table([[Paragraph(esc(b[1]), bst)]], colWidths=[60 * mm], hAlign="RIGHT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#B00000"))]))
            story.append(t); story.append(Spacer(1, 6))
    hdr, ftr = pdf_safe(doc.header), pdf_safe(doc.footer)
    def onpage(c, d):
        c.saveState()
        W, H = A4
        if hdr:
            c.setFont("HYGothic-Medium", 10)
            for i, l in enumerate(hdr.split("\n")):
                c.drawCentredString(W / 2, H - 14 * mm - i * 12, l)
            c.line(20 * mm, H - 17 * mm - 12 * hdr.count("\n"), W - 20 * mm, H - 17 * mm - 12 * hdr.count("\n"))
        c.setFont(font, 9)
        if ftr:
            c.line(20 * mm, 17 * mm, W - 20 * mm, 17 * mm)
            c.setFont("HYGothic-Medium", 10)
            c.drawCentredString(W / 2, 12 * mm, ftr)
        c.setFont(font, 8)
        c.drawRightString(W - 20 * mm, 7 * mm, "- %d -" % d.page)
        c.restoreState()
    dt = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm, bottomMargin=24 * mm,
                           title=title, author="sens_ac", subject="", creator="sens_ac make_set.py", invariant=1)
    dt.build(story, onFirstPage=onpage, onLaterPages=onpage)

def pdf_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    out = out + "\n\f\f" + raw  # default reading order, then content-stream order (cells kept whole)
    info = subprocess.run(["pdfinfo", path], capture_output=True).stdout.decode("utf-8", "replace")
    m = re.search(r"Pages:\s+(\d+)", info)
    return out, int(m.group(1)) if m else out.count("\f")

# ================================================================ plan
PLAN = [  # (template function, n_text, n_hwpx, n_pdf)
    (t_pub_school_letter, 4, 3, 2), (t_pub_press, 4, 2, 2), (t_pub_guide_secret, 2, 2, 2), (t_pub_info_guide, 3, 2, 2),
    (t_pub_password, 2, 1, 1), (t_pub_grade, 3, 1, 1), (t_pub_stats, 3, 3, 3), (t_pub_blank_form, 2, 2, 1),
    (t_pub_declass, 2, 1, 1), (t_pub_cover, 2, 1, 1), (t_pub_announce, 5, 3, 2), (t_pub_checkbox, 2, 1, 1),
    (t_pub_audit, 2, 1, 2), (t_pub_fire_letter, 4, 1, 1), (t_pub_court_guide, 2, 1, 1), (t_pub_long, 1, 2, 2),
    (t_par_civil, 9, 2, 2), (t_par_multi, 3, 2, 3), (t_par_bid, 3, 2, 2), (t_par_attach, 5, 2, 2), (t_par_checkbox, 2, 2, 1),
    (t_par_mislabeled, 2, 1, 1), (t_par_award, 4, 2, 1), (t_par_fire_insp, 3, 2, 2), (t_par_court, 4, 1, 1),
    (t_par_long, 1, 2, 2), (t_par_meeting, 3, 1, 2),
    (t_np_daeoebi, 5, 5, 5), ("secret3", 4, 4, 3), ("secret2", 3, 2, 2), ("secret1", 2, 1, 1),
    (t_np_roster, 2, 2, 2), (t_np_discipline, 2, 2, 1), (t_np_health, 2, 1, 2), (t_np_investigation, 2, 1, 2),
    (t_np_internal, 3, 2, 2), (t_np_exam, 1, 1, 1), (t_np_trade, 1, 1, 1), (t_np_juvenile, 2, 1, 1),
    (t_np_school_violence, 2, 2, 1), (t_np_ems, 2, 1, 1), (t_np_union, 1, 0, 1), (t_np_gongmun, 3, 2, 2),
    (t_np_gyeoljae, 2, 2, 1), (t_np_disagree, 2, 0, 0),
]
OCR_PLAN = [(t_par_civil, 3), (t_par_multi, 2), (t_par_attach, 2), (t_pub_school_letter, 2), (t_pub_stats, 2),
            (t_np_gongmun, 2), (t_np_daeoebi, 1), (t_np_discipline, 1), (t_np_internal, 1), ("secret3", 1)]

def call(fn, v, fmt):
    if fn == "secret3": return t_np_secret(v, fmt, "III급")
    if fn == "secret2": return t_np_secret(v, fmt, "II급")
    if fn == "secret1": return t_np_secret(v, fmt, "I급")
    return fn(v, fmt)

def build():
    jobs = []
    for fn, nt, nh, npf in PLAN:
        v = 0
        for fmt, n in (("text", nt), ("hwpx", nh), ("pdf", npf)):
            for _ in range(n):
                jobs.append((fn, v, fmt, False)); v += 1
    for fn, n in OCR_PLAN:
        for i in range(n):
            jobs.append((fn, 500 + i, "text", True))
    for fn, v, fmt, ocr in jobs:
        before = len(RECS)
        call(fn, v, fmt)
        assert len(RECS) == before + 1
        RECS[-1]["fmt"] = fmt
        RECS[-1]["ocr"] = ocr
        if ocr:
            RECS[-1]["tpl"] += "_ocr"
    # deterministic shuffle of order, then ids
    order = list(range(len(RECS)))
    random.Random(SEEDTAG + "|order|0").shuffle(order)
    recs = [RECS[i] for i in order]
    out, meta = [], []
    for i, rec in enumerate(recs):
        rid = "sens_ac-%04d" % (i + 1)
        rr = R("render", rid)
        doc = rec["doc"]
        rec_out = {"id": rid}
        tstyle = None
        if rec["fmt"] == "text":
            text, tstyle = render_text(doc, rr)
            if rec["ocr"]:
                text = ocr_noise(text, rr, protect=[rec["cue_text"]] if rec["cue_text"] else [])
            rec_out["text"] = text
        else:
            fn = "files/%s.%s" % (rid, rec["fmt"])
            if rec["fmt"] == "hwpx":
                write_hwpx(os.path.join(HERE, fn), doc, doc.title)
            else:
                write_pdf(os.path.join(HERE, fn), doc, doc.title, rr)
            rec_out["file"] = fn
        rec_out.update({"disclosure": rec["disclosure"], "marking": rec["marking"], "reasons": rec["reasons"], "genre": rec["genre"]})
        out.append(rec_out)
        flags = list(rec["flags"])
        if rec["ocr"]: flags.append("ocr_noise")
        if doc.header: flags.append("has_page_header")
        if doc.footer: flags.append("has_page_footer")
        if any(b[0] == "box" for b in doc.blocks): flags.append("has_textbox")
        if any(b[0] == "break" for b in doc.blocks): flags.append("multi_page")
        if tstyle and any(b[0] == "tbl" for b in doc.blocks): flags.append("table_text_" + tstyle)
        meta.append({"id": rid, "template": rec["tpl"], "variant": rec["var"], "format": rec["fmt"], "cue": rec["cue"],
                     "cue_location": rec["cue_location"], "cue_text": rec["cue_text"], "flags": flags})
    return out, meta

# ================================================================ validation
RRN_RE = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})-?([1-8])(\d{6})(?!\d)")
CODES = set(REASON_ORDER)

def contains_unmasked_id(t):
    t = norm(t)
    for m in RRN_RE.finditer(t):
        if 1 <= int(m.group(2)) <= 12:
            return True
    return False

def validate(out, meta):
    errs = []
    ids = set()
    counts = {}
    for rec, m in zip(out, meta):
        assert rec["id"] == m["id"]
        assert rec["id"] not in ids; ids.add(rec["id"])
        assert ("text" in rec) != ("file" in rec)
        assert list(rec.keys()) == ["id", "text" if "text" in rec else "file", "disclosure", "marking", "reasons", "genre"], rec.keys()
        d, mk, rs = rec["disclosure"], rec["marking"], rec["reasons"]
        assert d in ("public", "partial", "non_public")
        assert mk in ("none", "대외비", "III급", "II급", "I급")
        assert all(x in CODES for x in rs) and len(set(rs)) == len(rs) and rs == sorted(rs, key=REASON_ORDER.index)
        if d == "public": assert rs == [] and mk == "none", rec["id"]
        else: assert rs, rec["id"]
        if mk in ("III급", "II급", "I급"):
            assert d == "non_public" and "OIDA-9-1-1" in rs and ("OIDA-9-1-2" in rs or "OIDA-9-1-3" in rs), rec["id"]
        else:
            assert "OIDA-9-1-1" not in rs, rec["id"]
        if mk == "대외비": assert d == "non_public"
        # text
        if "text" in rec:
            txt = rec["text"]
            pages = 1 + txt.count("\n- 2 -")
        elif rec["file"].endswith(".hwpx"):
            txt, parts = hwpx_text(os.path.join(HERE, rec["file"]))
            loc = m["cue_location"]
            if "page_header" in loc: assert parts["header"] and norm(m["cue_text"]) in norm(" ".join(parts["header"])), rec["id"]
            if "page_footer" in loc: assert parts["footer"] and norm(m["cue_text"]) in norm(" ".join(parts["footer"])), rec["id"]
            if loc == "textbox": assert norm(m["cue_text"]) in norm(" ".join(parts["rect"])), rec["id"]
            if loc in ("gyeoljae_table", "checkbox") and "tbl" in "".join(k for k in parts if parts[k]):
                pass
            txt_full = txt
        else:
            txt, pages = pdf_text(os.path.join(HERE, rec["file"]))
            if "page_header" in m["cue_location"] or "page_footer" in m["cue_location"]:
                # header/footer must be on every page
                for pg in txt.split("\n\f\f")[0].split("\f")[:pages]:
                    assert norm(m["cue_text"]) in norm(pg), (rec["id"], "cue missing on a page")
            if "multi_page" in m["flags"]:
                assert pages >= 2, (rec["id"], pages)
        if m["cue_text"]:
            assert norm(m["cue_text"]) in norm(txt), (rec["id"], m["cue_text"])
        if "PIPA-24" in rs:
            assert contains_unmasked_id(txt), rec["id"]
        else:
            assert not contains_unmasked_id(txt), (rec["id"], "unmasked id without PIPA-24")
        if m["cue"] == "mention_only":
            assert d == "public" and mk == "none"
        if "t_mislabeled" in m["flags"] or "field_content_disagree" in m["flags"]:
            assert norm(m["cue_text"]) in norm(txt) and d != "public"
        for k in ("disclosure", "marking", "format"):
            v = rec[k] if k != "format" else m["format"]
            counts.setdefault(k, {}).setdefault(v, 0); counts[k][v] += 1
        for x in rs:
            counts.setdefault("reasons", {}).setdefault(x, 0); counts["reasons"][x] += 1
    return counts

def main():
    os.makedirs(FILES, exist_ok=True)
    for f in sorted(os.listdir(FILES)):
        os.remove(os.path.join(FILES, f))
    out, meta = build()
    with open(os.path.join(HERE, "sens_ac.jsonl"), "w", encoding="utf-8") as fh:
        for x in out: fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_ac.meta.jsonl"), "w", encoding="utf-8") as fh:
        for x in meta: fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    # re-read and validate
    out2 = [json.loads(l) for l in open(os.path.join(HERE, "sens_ac.jsonl"), encoding="utf-8")]
    meta2 = [json.loads(l) for l in open(os.path.join(HERE, "sens_ac.meta.jsonl"), encoding="utf-8")]
    counts = validate(out2, meta2)
    n = len(out2)
    assert n >= 260 and counts["format"].get("hwpx", 0) >= 60 and counts["format"].get("pdf", 0) >= 60
    mk = counts["marking"]
    assert mk.get("대외비", 0) >= 14 and mk.get("III급", 0) >= 10 and mk.get("II급", 0) >= 6 and mk.get("I급", 0) >= 3
    counts["total"] = n
    tpls = {}
    for m in meta2: tpls[m["template"]] = tpls.get(m["template"], 0) + 1
    counts["templates"] = dict(sorted(tpls.items()))
    locs = {}
    for m in meta2: locs[m["cue_location"]] = locs.get(m["cue_location"], 0) + 1
    counts["cue_location"] = dict(sorted(locs.items()))
    for k in ("disclosure", "marking", "format", "reasons"):
        counts[k] = dict(sorted(counts[k].items()))
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(counts, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write("\n")
    print(json.dumps(counts, ensure_ascii=False, sort_keys=True))
    print("OK: %d records validated" % n)

if __name__ == "__main__":
    main()
