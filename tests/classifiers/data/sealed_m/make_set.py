#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- builds the sens_m evaluation set (Korean public-sector document
sensitivity).  Deterministic: every random choice comes from random.Random() seeded
with a fixed *string* (seeding with str uses SHA-512, independent of PYTHONHASHSEED);
no set iteration; fixed zip timestamps; reportlab invariant mode.

Usage:  python make_set.py            (writes sens_m.jsonl, sens_m.meta.jsonl, files/, MD5SUMS)
        python make_set.py --stats    (also prints composition tables in Markdown)

Requires reportlab (PDF) and the Nanum fonts (/usr/share/fonts/truetype/nanum).
pypdf is optional and only used to check that PDF text is extractable.
"""
import os, sys, json, random, hashlib, zipfile, re, unicodedata, shutil, datetime
from xml.sax.saxutils import escape as _xesc

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(OUT, "files")
SEED = "sens_m/v1/2025"
FONT_DIR = "/usr/share/fonts/truetype/nanum"

DISCLOSURES = ("public", "partial", "non_public")
MARKINGS = ("none", "대외비", "III급", "II급", "I급")
REASONS = ("OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
           "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24")
SECRET = ("III급", "II급", "I급")


def R(*key):
    return random.Random(SEED + "|" + "|".join(str(k) for k in key))


def xesc(s):
    return _xesc(s, {'"': "&quot;"})


# ---------------------------------------------------------------------------
# made-up people, places, numbers
# ---------------------------------------------------------------------------
SURN = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 "
        "곽 성 차 주 우 구 민 진 나 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 설 마 길 연 위 표 명 기 반 "
        "금 옥 육 인 맹 탁 국 어 은 편 용 예 경 봉 태").split()
GIV1 = "민 서 지 현 수 영 준 도 하 은 예 시 주 윤 재 승 태 진 우 성 다 채 가 나 소 유 희 혜 정 미 동 상 경 원 인 규 형 세 종 혁 철 호 명 보 선 연 아 건 창 기 병 용 석 찬 한 혜".split()
GIV2 = "민 서 진 현 수 영 준 훈 호 은 아 윤 우 희 빈 린 원 연 경 석 철 남 숙 자 규 식 택 환 욱 혁 범 섭 길 래 화 미 정 선 나 람 솔 결 율 후 겸 찬 기".split()

CITIES = ["한솔시", "미르시", "다온군", "새별시", "가온시", "푸른군", "하람시", "솔빛시", "누리시",
          "은가람군", "별내시", "온누리군", "해솔시", "청람군", "달빛시", "마루시"]
PROVS = ["누리도", "가람도", "한빛도", "솔내도", "새누리도"]
GUS = ["새별구", "해오름구", "들꽃구", "노을구", "반딧골구", "샘터구"]
ROADS = ["가온로", "나래길", "별빛로", "솔내로", "다솜길", "마루로", "한울로", "푸른숲길", "은하수로",
         "햇살로", "도담길", "누리대로", "미리내로", "꽃뫼길"]
CAPITAL = "누리특별자치시"   # made-up seat of government
BANKS = ["농협", "국민", "신한", "우리", "하나", "기업", "새마을금고", "우체국", "지역농협"]


def pname(rng):
    return rng.choice(SURN) + rng.choice(GIV1) + rng.choice(GIV2)


def mask_name(n, style=0):
    if style == 0:
        return n[0] + "○" * (len(n) - 1)
    if style == 1:
        return n[0] + "*" + n[2:] if len(n) > 2 else n[0] + "*"
    return n[0] + "OO"


def addr(rng, with_prov=True):
    s = ""
    if with_prov:
        s = rng.choice(PROVS) + " "
    s += rng.choice(CITIES) + " "
    if rng.random() < 0.4:
        s += rng.choice(GUS) + " "
    s += rng.choice(ROADS) + " " + str(rng.randint(3, 399))
    if rng.random() < 0.5:
        s += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(101, 1904))
    return s


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(1000, 9999))


def office_tel(rng, area=None):
    area = area or rng.choice(["044", "02", "031", "033", "041", "043", "051", "053", "061", "063", "064"])
    return "%s-%d-%04d" % (area, rng.randint(200, 999), rng.randint(1000, 9999))


def account(rng):
    b = rng.choice(BANKS)
    fmt = rng.choice(["%03d-%04d-%04d-%02d", "%03d-%02d-%06d", "%04d-%03d-%06d", "%03d-%06d-%02d-%03d"])
    nums = []
    for part in re.findall(r"%0(\d)d", fmt):
        n = int(part)
        nums.append(rng.randint(10 ** (n - 1), 10 ** n - 1))
    return b + " " + fmt % tuple(nums)


def _rrn_body(rng, foreign=False, y0=1945, y1=2006):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    if foreign:
        g = rng.choice([5, 6]) if y < 2000 else rng.choice([7, 8])
    else:
        g = rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])
    body = "%02d%02d%02d%d%05d" % (y % 100, m, dd, g, rng.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(int(c) * k for c, k in zip(body, w)) % 11) % 10
    if foreign:
        chk = (chk + 2) % 10        # old FRN check rule
    return body + str(chk), y


def rrn(rng, foreign=False, y0=1945, y1=2006):
    b, _ = _rrn_body(rng, foreign, y0, y1)
    return b[:6] + "-" + b[6:]


def rrn_masked(rng, style=None, y0=1945, y1=2006):
    b, _ = _rrn_body(rng, False, y0, y1)
    style = rng.randint(0, 4) if style is None else style
    if style == 0:
        return b[:6] + "-" + b[6] + "******"
    if style == 1:
        return b[:6] + "-*******"
    if style == 2:
        return b[:6] + "-" + b[6] + "XXXXXX"
    if style == 3:
        return b[:2] + "****-" + b[6] + "******"
    return b[:6] + "-" + b[6] + "●●●●●●"


def birth(rng, y0=1950, y1=2006, style=0):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28)
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%02d%02d%02d" % (y % 100, m, d)
    return "%d-%02d-%02d" % (y, m, d)


def passport(rng):
    if rng.random() < 0.5:
        return rng.choice("MSR") + "%08d" % rng.randint(10000000, 99999999)
    return "M%03d%s%04d" % (rng.randint(100, 999), rng.choice("ABCDEFGHJK"), rng.randint(1000, 9999))


def licence(rng):
    return "%02d-%02d-%06d-%02d" % (rng.choice([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28]),
                                     rng.randint(88, 99) if rng.random() < 0.5 else rng.randint(0, 24),
                                     rng.randint(0, 999999), rng.randint(10, 99))


def corp_regno(rng):
    # 법인등록번호: same 6-7 shape as an RRN, but not personal (hard negative)
    return "%06d-%07d" % (rng.choice([110111, 131111, 134511, 160111, 284411, 110114, 176011]), rng.randint(1000000, 9999999))


def bizno(rng):
    return "%03d-%02d-%05d" % (rng.randint(101, 899), rng.randint(10, 99), rng.randint(10000, 99999))


def dt(rng, y0=2024, y1=2025):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return datetime.date(y, m, d)


WD = "월화수목금토일"


def fd(d, style=0):
    if style == 0:
        return "%d. %d. %d." % (d.year, d.month, d.day)
    if style == 1:
        return "%d.%02d.%02d." % (d.year, d.month, d.day)
    if style == 2:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    if style == 3:
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if style == 4:
        return "%d. %d. %d.(%s)" % (d.year, d.month, d.day, WD[d.weekday()])
    return "%02d.%02d.%02d." % (d.year % 100, d.month, d.day)


def span(rng, style=0, days=None):
    a = dt(rng)
    b = later(a, days if days is not None else rng.randint(3, 60))
    return fd(a, style), fd(b, style)


def later(d, days):
    return d + datetime.timedelta(days=days)


def won(n):
    return "{:,}".format(n)


def spaced(s):
    return " ".join(s)


RANKS_LO = ["주무관", "행정주사", "행정주사보", "전산주사", "시설주사", "보건주사", "세무주사", "사회복지주사"]
RANKS_MID = ["사무관", "팀장", "행정사무관", "서기관", "계장"]
RANKS_HI = ["과장", "국장", "단장", "팀장"]

# ---------------------------------------------------------------------------
# organisations (central bodies are real; local governments / enterprises made up)
# ---------------------------------------------------------------------------
ORGS = {
    "welfare": [("보건복지부", "보건복지부장관", ["기초생활보장과", "복지정책과", "장애인정책과", "노인정책과", "아동복지정책과", "지역복지과"])],
    "tax": [("국세청", "국세청장", ["징세과", "법인세과", "소득세과", "부가가치세과", "납세자보호담당관"]),
            ("관세청", "관세청장", ["통관기획과", "심사정책과", "조사총괄과"])],
    "police": [("경찰청", "경찰청장", ["수사기획조정관실", "교통안전과", "생활안전과", "경비과", "정보화장비정책관실", "마약조직범죄수사과"])],
    "defence": [("국방부", "국방부장관", ["동원기획과", "정책기획과", "군사보안과", "인사기획관실", "예비전력과"]),
                ("병무청", "병무청장", ["현역입영과", "사회복무국", "병역자원과"])],
    "education": [("교육부", "교육부장관", ["학교정책과", "교원정책과", "학생건강정책과", "평생학습정책과"])],
    "health": [("질병관리청", "질병관리청장", ["감염병관리과", "예방접종관리과", "역학조사과", "만성질환관리과"]),
               ("식품의약품안전처", "식품의약품안전처장", ["식품안전정책과", "마약정책과", "의약품정책과"])],
    "environment": [("환경부", "환경부장관", ["대기환경정책과", "수질관리과", "자원순환정책과", "화학물질정책과", "물이용정책과"])],
    "land": [("국토교통부", "국토교통부장관", ["도시정책과", "건축정책과", "도로정책과", "토지정책과", "공공주택정책과"])],
    "procurement": [("조달청", "조달청장", ["구매총괄과", "시설총괄과", "우수제품구매과", "계약관리과"])],
    "hr": [("인사혁신처", "인사혁신처장", ["인재채용국", "윤리복무국", "인사관리과", "재해보상정책과", "공무원노사협력담당관"])],
    "audit": [("감사원", "감사원장", ["행정·안전감사국", "지방행정감사국", "공공기관감사국", "감사기획담당관"])],
    "justice": [("법무부", "법무부장관", ["출입국정책과", "교정기획과", "범죄예방기획과", "법무심의관실"]),
                ("대검찰청", "검찰총장", ["형사정책담당관실", "수사지원과", "디지털수사과"])],
    "safety": [("행정안전부", "행정안전부장관", ["비상대비정책과", "재난대응정책과", "보안정책과", "정보공개정책과", "지방재정정책과"]),
               ("소방청", "소방청장", ["119구조과", "화재예방과", "119종합상황실"])],
    "foreign": [("외교부", "외교부장관", ["동북아시아국", "북미국", "조약과", "재외국민보호과"]),
                ("통일부", "통일부장관", ["교류협력정책과", "남북회담본부", "정세분석총괄과"])],
    "labor": [("고용노동부", "고용노동부장관", ["노사관계지원과", "근로감독기획과", "외국인력정책과", "산업안전보건정책과"])],
    "agri": [("농림축산식품부", "농림축산식품부장관", ["농지과", "방역정책과", "식량정책과"]),
             ("해양수산부", "해양수산부장관", ["어촌양식정책과", "항만운영과", "해사안전정책과"])],
}
LOCAL_DEPTS = ["기획예산과", "총무과", "주민복지과", "세무과", "징수과", "건축과", "도시계획과", "환경위생과",
               "안전총괄과", "민원여권과", "교통행정과", "보건행정과", "감사실", "일자리경제과", "토지정보과", "회계과"]
ENTERPRISES = [("한국누리전력공사", "사장"), ("가람도시공사", "사장"), ("한국솔빛수자원공사", "사장"),
               ("미르시설관리공단", "이사장"), ("한국다온철도공사", "사장"), ("새별교통공사", "사장"),
               ("한국하람가스공사", "사장"), ("누리도개발공사", "사장")]
COMPANIES = ["(주)한울테크", "가온건설(주)", "(주)새빛정보통신", "미르엔지니어링(주)", "(주)다솜소프트",
             "솔내산업(주)", "(주)푸른환경기술", "해오름종합건설(주)", "(주)별빛씨앤에스", "도담기계(주)",
             "(주)누리에너지솔루션", "마루조경(주)", "(주)은하수데이터", "(주)청람메디칼", "하람식품(주)"]
UNI = ["한솔대학교", "미르대학교", "누리과학기술원", "가람대학교"]


def short_city(rng):
    return rng.choice(CITIES)[:-1]


def fix_chief(d):
    """시장/군수: '○○군장' -> '○○군수' (also in letter-spaced form)."""
    def f(t):
        t = re.sub(r"([가-힣]군)장(?=$|[\s(\[,·])", r"\1수", t)
        t = re.sub(r"군 장$", "군 수", t)
        return t
    nb = []
    for b in d.blocks:
        if b[0] == "p":
            nb.append(("p", f(b[1]), b[2], b[3]))
        elif b[0] == "table":
            nb.append(("table", [[f(c) for c in r] for r in b[1]], b[2]))
        else:
            nb.append(b)
    d.blocks = nb


def local_org(rng, kind="시"):
    c = rng.choice(CITIES)
    head = c + "장" if c.endswith("시") else c + "수"
    return c, head


def central(rng, domain):
    o = rng.choice(ORGS[domain])
    return o[0], o[1], rng.choice(o[2])


# ---------------------------------------------------------------------------
# document model
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.blocks = []          # ("p", text, align, style) | ("table", rows, opts) | ("pb",)
        self.header = None        # running header text
        self.footer = None        # running footer text
        self.pagemark = None      # marking printed top & bottom centre of every page
        self.cues = []
        self.protect = []         # substrings never touched by noise
        self.title = ""
        self.org = ""
        self.disclosure = None
        self.marking = "none"
        self.reasons = []
        self.genre = None
        self.deciding = ""
        self.content_only = False
        self.mention_only = False
        self.extra = {}
        self.formats = None       # allowed formats (None = any)
        self.noise_ok = True
        self.table_style = None

    # --- blocks
    def p(self, text="", align="left", style="n"):
        for line in text.split("\n"):
            self.blocks.append(("p", line, align, style))
        return self

    def c(self, text, style="n"):
        return self.p(text, "center", style)

    def b(self, text):
        return self.p(text, "left", "b")

    def stamp(self, text, align="center"):
        self.blocks.append(("p", text, align, "stamp"))
        self.protect.append(text)
        return self

    def table(self, rows, **opts):
        self.blocks.append(("table", [[str(x) for x in r] for r in rows], opts))
        return self

    def pb(self):
        self.blocks.append(("pb",))
        return self

    def blank(self):
        return self.p("")

    # --- labels / meta
    def cue(self, cue, where, kind):
        self.cues.append({"cue": cue, "where": where, "kind": kind})
        if kind in ("marking", "disclosure_field", "pii", "informal"):
            self.protect.append(cue)
        return self

    def label(self, disclosure, marking, reasons, genre, deciding, content_only=False, mention_only=False):
        self.disclosure = disclosure
        self.marking = marking
        self.reasons = [r for r in REASONS if r in set(reasons)]
        self.genre = genre
        self.deciding = deciding
        self.content_only = content_only
        self.mention_only = mention_only
        return self

    def pii(self, value):
        self.protect.append(value)
        return value

    def plain(self):
        """Reference plain text (used for validation of PDF/HWPX content)."""
        out = []
        if self.pagemark:
            out.append(self.pagemark)
        if self.header:
            out.append(self.header)
        for b in self.blocks:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "table":
                for r in b[1]:
                    out.append("\t".join(r))
        if self.footer:
            out.append(self.footer)
        if self.pagemark:
            out.append(self.pagemark)
        return "\n".join(out)


# ---------------------------------------------------------------------------
# cue vocabularies
# ---------------------------------------------------------------------------
ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ"}
ROMAN_SMALL = {1: "ⅰ", 2: "ⅱ", 3: "ⅲ", 4: "ⅳ", 5: "ⅴ", 6: "ⅵ", 7: "ⅶ", 8: "ⅷ"}
LAWNAME = "「공공기관의 정보공개에 관한 법률」"


def cite(nums, style):
    """Citation of 정보공개법 제9조 제1항 호 numbers in many spellings."""
    j = ",".join(str(n) for n in nums)
    if style == 0:
        return "(%s)" % j
    if style == 1:
        return "(%s)" % ", ".join("제%d호" % n for n in nums)
    if style == 2:
        return "(제9조제1항제%s호)" % "·".join(str(n) for n in nums)
    if style == 3:
        return "(제9조 제1항 제%s호)" % ", ".join(str(n) for n in nums)
    if style == 4:
        return "(%s 제9조제1항제%s호)" % (LAWNAME, "·제".join(str(n) for n in nums))
    if style == 5:
        return "(%s호)" % j
    if style == 6:
        return "(법 제9조①%s)" % ",".join(str(n) for n in nums)
    if style == 7:
        return "(%s)" % ", ".join("9-1-%d" % n for n in nums)
    if style == 8:
        return "(정보공개법 §9①%s)" % "·".join(ROMAN_SMALL[n] for n in nums)
    if style == 9:
        return "（%s）" % j        # full-width parentheses
    if style == 10:
        return " %s" % j
    return "(정보공개법 제9조 제1항 제%s호 해당)" % ", ".join(str(n) for n in nums)


NCITE = 12


def disc_field(rng, disc, nums=(), variant=None, label=None):
    """Returns the 공개구분 value (e.g. '부분공개(6)') without the label."""
    v = rng.randint(0, NCITE - 1) if variant is None else variant
    if disc == "public":
        return rng.choice(["공개", "공개", "공개", "대국민공개", "공개(대국민)", "공 개"])
    word = "부분공개" if disc == "partial" else "비공개"
    if rng.random() < 0.12:
        word = " ".join(word)
    return word + cite(nums, v)


def disc_checkbox(rng, disc, nums):
    on, off = rng.choice([("■", "□"), ("☑", "☐"), ("●", "○"), ("V", " "), ("◉", "○")])
    c = cite(nums, 0) if nums else ""
    a = (on if disc == "public" else off) + "공개"
    b = (on if disc == "partial" else off) + "부분공개" + (c if disc == "partial" else "( )")
    n = (on if disc == "non_public" else off) + "비공개" + (c if disc == "non_public" else "( )")
    if on == "V":
        a = "공개(%s)" % ("V" if disc == "public" else " ")
        b = "부분공개(%s)" % ("V " + ",".join(map(str, nums)) if disc == "partial" else " ")
        n = "비공개(%s)" % ("V " + ",".join(map(str, nums)) if disc == "non_public" else " ")
    return "  ".join([a, b, n])


DISC_LABELS = ["공개구분", "공개 구분", "공개여부", "공개 여부", "정보공개", "공개구분 :", "공개"]

# marking spellings
MARK_SPELL = {
    "대외비": ["대외비", "대 외 비", "[대외비]", "《대외비》", "보안등급: 대외비", "(대외비)", "對外秘", "< 대외비 >", "【대외비】", "대외비 문서"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "3급비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀", "1급비밀"],
}


def mark_spell(rng, marking):
    return rng.choice(MARK_SPELL[marking])


def yegomun(rng, marking, d_end, style=None):
    st = rng.randint(0, 3) if style is None else style
    if marking == "대외비":
        opts = ["예고문: %s까지 대외비, 이후 일반문서로 재분류" % fd(d_end, 0),
                "%s까지 대외비" % fd(d_end, 0),
                "대외비(보호기간: %s까지)" % fd(d_end, 0),
                "예고문 : %s 이후 파기" % fd(d_end, 1)]
        return opts[st % len(opts)]
    g = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[marking]
    opts = ["예고문: %s까지 %s, 이후 일반문서로 재분류" % (fd(d_end, 0), g),
            "예 고 문 : %s까지 %s, 이후 파기" % (fd(d_end, 0), g),
            "예고문: %s까지 %s, 이후 %s로 재분류" % (fd(d_end, 0), g, "Ⅲ급비밀" if marking != "III급" else "대외비"),
            "보호기간: %s까지 / 예고문: 보호기간 경과 후 일반문서로 재분류" % fd(d_end, 1)]
    return opts[st % len(opts)]


def apply_marking(d, rng, marking, where, d_end=None, spell=None, yego=True, copyno=True):
    """Place a marking (and optionally 예고문/사본번호) on the document.
    where: 'page' (top+bottom every page), 'top', 'bottom', 'topbottom', 'header', 'footer', 'title'."""
    s = spell or mark_spell(rng, marking)
    if where == "page":
        d.pagemark = s
        d.cue(s, "page_top_bottom", "marking")
    elif where == "header":
        d.header = s + ("   " + d.org if rng.random() < 0.5 and d.org else "")
        d.cue(s, "header", "marking")
    elif where == "footer":
        d.footer = s
        d.cue(s, "footer", "marking")
    elif where in ("top", "topbottom"):
        d.blocks.insert(0, ("p", s, rng.choice(["center", "right"]), "stamp"))
        d.cue(s, "top_stamp", "marking")
        if where == "topbottom":
            d.blocks.append(("p", s, "center", "stamp"))
            d.cue(s, "bottom_stamp", "marking")
    elif where == "bottom":
        d.blocks.append(("p", s, "center", "stamp"))
        d.cue(s, "bottom_stamp", "marking")
    d.protect.append(s)
    if copyno and marking in SECRET:
        cn = rng.choice(["사본번호: 제 %d 호" % rng.randint(1, 9), "사본번호 %d/%d" % (1, rng.randint(2, 6)),
                         "사본 제%d호 (총 %d부)" % (rng.randint(1, 3), rng.randint(3, 7))])
        d.blocks.insert(1 if where in ("top", "topbottom") else 0, ("p", cn, "right", "n"))
        d.cue(cn, "copy_number", "marking_aux")
    if yego and d_end is not None:
        y = yegomun(rng, marking, d_end)
        pos = len(d.blocks) - (1 if where in ("bottom", "topbottom") else 0)
        d.blocks.insert(pos, ("p", y, "left", "n"))
        d.cue(y, "yegomun", "marking_aux")
        d.protect.append(y)
    return s


INFORMAL = ["취급주의", "내부용", "외부 유출 금지", "보안유지 요망", "대외주의", "관계자 외 열람금지",
            "내부검토용", "복사·배포 금지", "FOR OFFICIAL USE"]


# ---------------------------------------------------------------------------
# genre helpers (행정업무의 운영 및 혁신에 관한 규정 시행규칙 별지 제1호서식 layout)
# ---------------------------------------------------------------------------
def head_org(rng, org):
    return spaced(org) if rng.random() < 0.6 and len(org) <= 8 else org


def gongmun(d, rng, *, org, sender, dept, to, title, body, attach=None, disc=None, nums=(),
            staff=None, via=None, slogan=None, recips=None, dtt=None, disc_where="gyeolmun",
            disc_style=None, gyeol_table=None, ref=None, homepage=None, zipc=None, address=None,
            sign="직인생략", end=True):
    """두문 / 본문 / 결문.  disc: None (no 공개구분 field) | 'public' | 'partial' | 'non_public'."""
    dtt = dtt or dt(rng)
    d.org = org
    d.title = title
    if slogan:
        d.c(slogan)
    d.c(head_org(rng, org), "b")
    d.blank()
    if recips:
        d.p("수신  수신자 참조")
    else:
        d.p("수신  " + to)
    d.p("(경유)" + ("  " + via if via else ""))
    d.p("제목  " + title)
    d.blank()
    if ref:
        body = ["1. 관련: " + ref] + body
    for item in body:
        if isinstance(item, tuple) and item[0] == "table":
            d.table(item[1], **(item[2] if len(item) > 2 else {}))
        else:
            d.p(item)
    d.blank()
    if attach:
        if len(attach) == 1:
            d.p("붙임  " + attach[0] + ("  끝." if end else ""))
        else:
            for i, a in enumerate(attach):
                pre = "붙임  " if i == 0 else "      "
                d.p(pre + "%d. %s" % (i + 1, a) + ("  끝." if end and i == len(attach) - 1 else ""))
    elif end:
        d.p("끝.", "right")
    d.blank()
    d.c(spaced(sender) if len(sender) < 9 and rng.random() < 0.5 else sender, "b")
    if sign:
        d.p("[" + sign + "]" if rng.random() < 0.5 else "(" + sign + ")", "right")
    if recips:
        d.p("수신자  " + ", ".join(recips))
    d.blank()
    staff = staff or default_staff(rng)
    no = "%s-%d" % (dept, rng.randint(120, 9800))
    gt = (rng.random() < 0.35) if gyeol_table is None else gyeol_table
    if gt:
        d.table([[s[0] for s in staff], [s[1] for s in staff]], kind="gyeoljae")
    else:
        line = "  ".join("%s %s" % (s[0], s[1]) for s in staff[:-1])
        last = staff[-1]
        d.p(("★" if rng.random() < 0.5 else "") + line + "  " + "%s %s" % (last[0], last[1]) +
            (" %02d/%02d" % (dtt.month, dtt.day) if rng.random() < 0.5 else ""))
    d.p("협조자")
    d.p("시행  %s (%s)  접수" % (no, fd(dtt, rng.choice([0, 1, 2]))))
    zipc = zipc or "%05d" % rng.randint(10000, 63999)
    address = address or (CAPITAL + " " + rng.choice(ROADS) + " %d" % rng.randint(1, 200))
    hp = homepage or ("www.%s.go.kr" % rng.choice(["nuri", "hansol", "gov", "miru", "daon", "saebyeol"]))
    d.p("우 %s  %s  / %s" % (zipc, address, hp))
    tel = office_tel(rng)
    staff_name = staff[0][1]
    mail = "%s%d@korea.kr" % (rng.choice(["kim", "lee", "park", "jh", "sy", "mj", "hk", "ys", "dw"]), rng.randint(1, 99))
    last = "전화번호 %s  팩스번호 %s / %s" % (tel, office_tel(rng, tel.split("-")[0]), mail)
    if disc is not None:
        if disc_style == "checkbox":
            v = disc_checkbox(rng, disc, nums)
            d.p(last)
            d.p("공개구분  " + v)
            d.cue(v, "gyeolmun_checkbox", "disclosure_field")
        else:
            v = disc_field(rng, disc, nums)
            lab = rng.choice(DISC_LABELS[:6])
            if disc_where == "gyeolmun":
                d.p(last + " / " + v)
                d.cue(v, "gyeolmun", "disclosure_field")
            elif disc_where == "footer":
                d.p(last)
                d.footer = lab + " " + v if lab.endswith(":") else lab + ": " + v
                d.cue(d.footer, "footer", "disclosure_field")
            elif disc_where == "header":
                d.p(last)
                d.header = lab + " " + v if lab.endswith(":") else lab + ": " + v
                d.cue(d.header, "header", "disclosure_field")
            else:
                d.p(last)
        return no, v
    d.p(last)
    return no, None


def default_staff(rng, n=3):
    names = [pname(rng) for _ in range(n)]
    ranks = [rng.choice(RANKS_LO), rng.choice(RANKS_MID), rng.choice(RANKS_HI)]
    if n == 3 and rng.random() < 0.5:
        ranks[2] = ranks[2] + " 전결"
    return list(zip(ranks, names))


def press(d, rng, *, org, dept, title, subtitle, body, contacts=None, embargo=None, disc=None):
    d.org = org
    d.title = title
    dd = dt(rng)
    d.c(org + " 보도자료" if rng.random() < 0.5 else "보 도 자 료", "b")
    emb = embargo or "%s 12:00 이후" % fd(dd, 4)
    rows = [["보도시점", emb, "배포", fd(later(dd, -1), 4)]]
    if rng.random() < 0.5:
        rows.insert(0, ["보도일시", "배포 즉시 보도 가능", "", ""])
        rows = rows[:1]
    d.table(rows, kind="press_head")
    d.blank()
    d.c(title, "b")
    for s in subtitle:
        d.p("- " + s + " -", "center")
    d.blank()
    for line in body:
        d.p(line)
    d.blank()
    contacts = contacts or [("과장", pname(rng)), ("사무관", pname(rng))]
    tel0 = office_tel(rng, "044")
    rows = [["담당 부서", dept, "책임자", "%s %s (%s)" % (contacts[0][0], contacts[0][1], tel0)]]
    for c in contacts[1:]:
        rows.append(["", "", "담당자", "%s %s (%s)" % (c[0], c[1], tel0[:-4] + "%04d" % rng.randint(1000, 9999))])
    d.table(rows, kind="press_contacts")
    return dd


def notice(d, rng, *, org, head, kind, title, body, dtt=None, no=None):
    dtt = dtt or dt(rng)
    d.org = org
    d.title = title
    no = no or "%s %s 제%d-%d호" % (org, kind, dtt.year, rng.randint(10, 2100))
    d.p(no)
    d.c(title, "b")
    d.blank()
    for line in body:
        if isinstance(line, tuple):
            d.table(line[1], **(line[2] if len(line) > 2 else {}))
        else:
            d.p(line)
    d.blank()
    d.c(fd(dtt, 3 if rng.random() < 0.5 else 0))
    d.c(spaced(head) if len(head) < 8 else head, "b")
    return dtt


def report(d, rng, *, org, dept, title, sections, cover=True, dtt=None, cover_extra=None, top_lines=None):
    dtt = dtt or dt(rng)
    d.org = org
    d.title = title
    if cover:
        d.extra["cover_page"] = True
        for t in (top_lines or []):
            d.p(t, "right")
        d.blank()
        d.c(title, "b")
        if cover_extra:
            for t in cover_extra:
                d.c(t)
        d.blank()
        d.c(fd(dtt, 0))
        d.c(org + " " + dept, "b")
        d.pb()
    else:
        for t in (top_lines or []):
            d.p(t, "right")
        d.c(title, "b")
        d.p(fd(dtt, 0) + "  " + dept, "right")
    for sec in sections:
        if isinstance(sec, tuple):
            d.table(sec[1], **(sec[2] if len(sec) > 2 else {}))
        else:
            d.p(sec)
    return dtt


# ---------------------------------------------------------------------------
# renderers: plain text
# ---------------------------------------------------------------------------
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def pad(s, w):
    return s + " " * max(0, w - dwidth(s))


def table_text(rows, style):
    ncol = max(len(r) for r in rows)
    rows = [[c.replace("\n", " ") for c in r] + [""] * (ncol - len(r)) for r in rows]
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "pipe":
        return ["| " + " | ".join(r) + " |" for r in rows]
    if style == "space":
        return ["   ".join(c for c in r if c) for r in rows]
    # box
    ws = [max(dwidth(r[i]) for r in rows) + 2 for i in range(ncol)]
    top = "┌" + "┬".join("─" * w for w in ws) + "┐"
    mid = "├" + "┼".join("─" * w for w in ws) + "┤"
    bot = "└" + "┴".join("─" * w for w in ws) + "┘"
    out = [top]
    for i, r in enumerate(rows):
        out.append("│" + "│".join(" " + pad(c, w - 1) for c, w in zip(r, ws)) + "│")
        out.append(mid if i < len(rows) - 1 else bot)
    return out


def render_text(d, style):
    out = []
    page = [1]

    def top():
        if d.pagemark:
            out.append(" " * 28 + d.pagemark)
        if d.header:
            out.append(d.header)

    def bottom():
        if d.footer:
            out.append(d.footer)
        if d.pagemark:
            out.append(" " * 28 + d.pagemark)

    top()
    for b in d.blocks:
        if b[0] == "p":
            t = b[1]
            if b[2] == "center" and t:
                t = " " * max(0, (62 - dwidth(t)) // 2) + t
            elif b[2] == "right" and t:
                t = " " * max(0, 70 - dwidth(t)) + t
            out.append(t)
        elif b[0] == "table":
            out.extend(table_text(b[1], style))
        elif b[0] == "pb":
            bottom()
            out.append(" " * 30 + "- %d -" % page[0])
            page[0] += 1
            out.append("")
            top()
    bottom()
    return "\n".join(out).rstrip() + "\n"


# --- noise -----------------------------------------------------------------
OCR_MAP = {"제": "재", "개": "게", "의": "익", "는": "늗", "을": "울", "과": "파", "에": "애", "도": "드",
           "률": "룰", "·": ".", "ㆍ": "·", "「": "[", "」": "]", "○": "O", "□": "ㅁ", "※": "*",
           "-": "ㅡ", "1": "l", "0": "O", "회": "희", "관": "괸", "서": "시", "한": "힌", "청": "정",
           "정": "점", "수": "숙", "로": "루", "다": "디", ".": ",", "및": "밎", "시": "사"}


def _protect_spans(text, protect):
    spans = []
    for p in sorted(set(x for x in protect if x), key=lambda s: (-len(s), s)):
        start = 0
        while True:
            i = text.find(p, start)
            if i < 0:
                break
            spans.append((i, i + len(p)))
            start = i + 1
    mask = bytearray(len(text))
    for a, b in spans:
        for k in range(a, b):
            mask[k] = 1
    return mask


def noise_ocr(text, rng, protect, rate=0.035):
    mask = _protect_spans(text, protect)
    out = []
    for i, ch in enumerate(text):
        if not mask[i] and ch in OCR_MAP and rng.random() < rate:
            out.append(OCR_MAP[ch])
        elif not mask[i] and ch == " " and rng.random() < 0.04:
            continue                      # dropped space
        elif not mask[i] and "\uac00" <= ch <= "\ud7a3" and rng.random() < 0.012:
            out.append(ch + " ")          # spurious space
        else:
            out.append(ch)
    return "".join(out)


def noise_runon(text, rng):
    lines = [l.strip() for l in text.split("\n")]
    out = []
    for l in lines:
        if not l:
            continue
        out.append(l)
    # keep an occasional line break so that it still looks like extracted text
    s = ""
    for i, l in enumerate(out):
        sep = "\n" if rng.random() < 0.08 else " "
        s += (sep if i else "") + l
    return s + "\n"


# ---------------------------------------------------------------------------
# renderers: HWPX (OWPML)
# ---------------------------------------------------------------------------
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
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'

HWPX_VERSION = (XMLDECL + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
                'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" '
                'xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>')
HWPX_CONTAINER = (XMLDECL + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                  'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                  '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                  '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                  '</ocf:rootfiles></ocf:container>')
HWPX_MANIFEST = (XMLDECL + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
HWPX_SETTINGS = (XMLDECL + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                 'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                 '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
LANGS = ("HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER")


def _lang_attrs(v):
    return " ".join('%s="%s"' % (l.lower(), v) for l in LANGS)


def hwpx_header(font):
    ff = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="%s" type="TTF" isEmbedded="0">'
                 '<hh:typeInfo familyType="FCAT_GOTHIC" weight="6" proportion="4" contrast="0" strokeVariation="1" '
                 'armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font>'
                 '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % (l, font) for l in LANGS)
    border = ('<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
              '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>')

    def charpr(i, height, color, bold):
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" '
                'symMark="NONE" borderFillIDRef="1"><hh:fontRef %s/><hh:ratio %s/><hh:spacing %s/><hh:relSz %s/>'
                '<hh:offset %s/>%s<hh:underline type="NONE" shape="SOLID" color="#000000"/>'
                '<hh:strikeout shape="NONE" color="#000000"/><hh:outline type="NONE"/>'
                '<hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                % (i, height, color, _lang_attrs(0), _lang_attrs(100), _lang_attrs(0), _lang_attrs(100),
                   _lang_attrs(0), "<hh:bold/>" if bold else ""))

    chars = charpr(0, 1000, "#000000", False) + charpr(1, 1300, "#000000", True) + charpr(2, 1200, "#FF0000", True)

    def parapr(i, align):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" '
                'suppressLineNumbers="0" checked="0"><hh:align horizontal="%s" vertical="BASELINE"/>'
                '<hh:heading type="NONE" idRef="0" level="0"/><hh:breakSetting breakLatinWord="KEEP_WORD" '
                'breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" '
                'lineWrap="BREAK"/><hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin>'
                '<hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
                '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" '
                'offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>'
                % (i, align))

    paras = parapr(0, "JUSTIFY") + parapr(1, "CENTER") + parapr(2, "RIGHT")
    return (XMLDECL + '<hh:head %s version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="2">%s</hh:borderFills>'
            '<hh:charProperties itemCnt="3">%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="3">%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" '
            'charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
            '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchageConfig flags="56"/></hh:head>' % (NS, ff, border, chars, paras))


class _Ids:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def _hp(ids, text, align="left", style="n", page_break=False, inner=""):
    pid = {"left": 0, "center": 1, "right": 2}[align]
    cid = {"n": 0, "b": 1, "stamp": 2}[style]
    t = "<hp:t>%s</hp:t>" % xesc(text) if text else "<hp:t/>"
    return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="%d">%s%s</hp:run></hp:p>' % (ids(), pid, 1 if page_break else 0, cid, inner, t))


def _sublist(ids, lines, valign="CENTER", width=0, style="n", align="left"):
    ps = "".join(_hp(ids, l, align, style) for l in (lines or [""]))
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="%d" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
            % (valign, width, ps))


def _hp_table(ids, rows):
    ncol = max(len(r) for r in rows)
    total = 42520
    # column widths proportional to content
    lens = [max([dwidth(r[i]) if i < len(r) else 0 for r in rows] + [2]) for i in range(ncol)]
    s = float(sum(lens))
    ws = [max(2400, int(total * l / s)) for l in lens]
    k = total / float(sum(ws))
    ws = [int(w * k) for w in ws]
    h = 1800
    trs = []
    for ri, r in enumerate(rows):
        tcs = []
        for ci, cell in enumerate(r):
            span = ncol - ci if ci == len(r) - 1 else 1
            w = sum(ws[ci:ci + span])
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       '%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="%d" rowSpan="1"/>'
                       '<hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                       % (1 if ri == 0 else 0, _sublist(ids, cell.split("\n"), width=w - 1020), ci, ri, span, w, h))
        trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
    tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
           'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" '
           'borderFillIDRef="2" noAdjust="0"><hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
           'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
           '%s</hp:tbl>' % (1000000 + ids(), len(rows), ncol, sum(ws), h * len(rows), "".join(trs)))
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids(), tbl))


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
         'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
         '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" '
         'fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">'
         '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill></hp:secPr>'
         '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')


def _hf(ids, tag, idn, lines, style):
    return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>'
            % (tag, idn, _sublist(ids, lines, "TOP" if tag == "header" else "BOTTOM", 42520, style, "center"), tag))


def hwpx_section(d):
    ids = _Ids()
    inner = SECPR
    hlines, flines = [], []
    if d.pagemark:
        hlines.append(d.pagemark)
        flines.append(d.pagemark)
    if d.header:
        hlines.append(d.header)
    if d.footer:
        flines.insert(0, d.footer)
    hstyle = "stamp" if (d.pagemark or any(c["where"] == "header" and c["kind"] == "marking" for c in d.cues)) else "n"
    fstyle = "stamp" if (d.pagemark or any(c["where"] == "footer" and c["kind"] == "marking" for c in d.cues)) else "n"
    if hlines:
        inner += _hf(ids, "header", 1, hlines, hstyle)
    if flines:
        inner += _hf(ids, "footer", 2, flines, fstyle)
    body = []
    first = True
    brk = False
    for b in d.blocks:
        if b[0] == "pb":
            brk = True
            continue
        if b[0] == "p":
            body.append(_hp(ids, b[1], b[2], b[3], brk, inner if first else ""))
        else:
            if first:
                body.append(_hp(ids, "", "left", "n", False, inner))
            body.append(_hp_table(ids, b[1]) if not brk else _hp(ids, "", "left", "n", True) + _hp_table(ids, b[1]))
        first = False
        brk = False
    return XMLDECL + "<hs:sec %s>%s</hs:sec>" % (NS, "".join(body))


def hwpx_hpf(d):
    return (XMLDECL + '<opf:package %s version="" unique-identifier="" id=""><opf:metadata>'
            '<opf:title>%s</opf:title><opf:language>ko</opf:language>'
            '<opf:meta name="creator" content="text">%s</opf:meta>'
            '<opf:meta name="lastsaveby" content="text">%s</opf:meta>'
            '<opf:meta name="CreatedDate" content="text">2025-01-01T00:00:00Z</opf:meta>'
            '<opf:meta name="ModifiedDate" content="text">2025-01-01T00:00:00Z</opf:meta>'
            '</opf:metadata><opf:manifest>'
            '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
            '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
            '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
            % (NS, xesc(d.title[:80]), xesc(d.org or "user"), xesc(d.org or "user")))


ZIP_DT = (2025, 1, 1, 0, 0, 0)


def preview_text(d):
    """Hancom-style preview text: first ~1000 characters, table cells in <...>, CRLF."""
    out = []
    for b in d.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "table":
            out.append("".join("<%s>" % c.replace("\n", " ") for r in b[1] for c in r))
    return "\r\n".join(out)[:1000] + "\r\n"


def write_hwpx(d, path, font):
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", HWPX_VERSION.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/header.xml", hwpx_header(font).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", hwpx_section(d).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", HWPX_SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", HWPX_CONTAINER.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", HWPX_MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hwpx_hpf(d).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", preview_text(d).encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data, compress_type=comp, compresslevel=6 if comp == zipfile.ZIP_DEFLATED else None)


# ---------------------------------------------------------------------------
# renderers: PDF (reportlab, invariant mode, embedded Nanum TrueType subsets)
# ---------------------------------------------------------------------------
_FONTS_DONE = [False]


def _fonts():
    if _FONTS_DONE[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, fn in (("NanumMyeongjo", "NanumMyeongjo.ttf"), ("NanumMyeongjoBold", "NanumMyeongjoBold.ttf"),
                     ("NanumGothic", "NanumGothic.ttf"), ("NanumGothicBold", "NanumGothicBold.ttf")):
        f = TTFont(name, os.path.join(FONT_DIR, fn))
        pdfmetrics.registerFont(f)
        _CMAP[name] = f.face.charToGlyph
    dv = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if os.path.exists(dv):
        f = TTFont("DejaVuSans", dv)
        pdfmetrics.registerFont(f)
        _CMAP["DejaVuSans"] = f.face.charToGlyph
    _FONTS_DONE[0] = True


_CMAP = {}


def _runs(text, font):
    """Split text into (font, chunk) runs; characters missing from the Nanum face fall back to
    NanumGothic (Hanja) and then DejaVuSans (ballot boxes)."""
    chain = [font, "NanumGothicBold" if font.endswith("Bold") else "NanumGothic", "DejaVuSans"]
    out = []
    for ch in text:
        f = font
        for cand in chain:
            if cand in _CMAP and (ord(ch) in _CMAP[cand] or ch in " \t"):
                f = cand
                break
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return out


def _width(text, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return sum(stringWidth(t, f, size) for f, t in _runs(text, font))


def _draw(c, x, y, text, font, size, align="left"):
    w = _width(text, font, size)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    for f, t in _runs(text, font):
        c.setFont(f, size)
        c.drawString(x, y, t)
        from reportlab.pdfbase.pdfmetrics import stringWidth
        x += stringWidth(t, f, size)
    return w


def _wrap(text, font, size, width):
    stringWidth = _width
    if not text:
        return [""]
    lines, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) <= width:
            cur += ch
        else:
            sp = cur.rfind(" ")
            if sp > len(cur) - 8 and sp > 0:
                lines.append(cur[:sp])
                cur = cur[sp + 1:] + ch
            else:
                lines.append(cur)
                cur = ch
    lines.append(cur)
    return lines


def write_pdf(d, path, family):
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    stringWidth = _width
    reg, bold = family, family + "Bold"
    W, H = A4
    LM, RM, TM, BM = 62, 62, 80, 78
    TW = W - LM - RM
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(d.title or "문서")
    c.setAuthor(d.org or "")
    c.setCreator("sens_m make_set.py")
    st = {"y": H - TM, "page": 1}

    def decorate():
        if d.pagemark:
            c.setFillColorRGB(0.85, 0, 0)
            _draw(c, W / 2, H - 36, d.pagemark, bold, 13, "center")
            _draw(c, W / 2, 30, d.pagemark, bold, 13, "center")
            c.setFillColorRGB(0, 0, 0)
        hm = any(x["where"] == "header" and x["kind"] == "marking" for x in d.cues)
        fm = any(x["where"] == "footer" and x["kind"] == "marking" for x in d.cues)
        if d.header:
            if hm:
                c.setFillColorRGB(0.85, 0, 0)
            _draw(c, W / 2, H - 56 if d.pagemark else H - 44, d.header, bold if hm else reg, 11 if hm else 8, "center")
            c.setFillColorRGB(0, 0, 0)
        if d.footer:
            if fm:
                c.setFillColorRGB(0.85, 0, 0)
            _draw(c, W / 2, 48 if d.pagemark else 36, d.footer, bold if fm else reg, 11 if fm else 8, "center")
            c.setFillColorRGB(0, 0, 0)
        c.setFont(reg, 8)
        c.drawRightString(W - RM, 18, "- %d -" % st["page"])

    def newpage():
        c.showPage()
        st["page"] += 1
        st["y"] = H - TM
        decorate()

    def need(h):
        if st["y"] - h < BM:
            newpage()

    decorate()
    for b in d.blocks:
        if b[0] == "pb":
            newpage()
            continue
        if b[0] == "p":
            text, align, style = b[1], b[2], b[3]
            if style == "stamp":
                f, size = bold, 12
            elif style == "b":
                f, size = bold, 13
            else:
                f, size = reg, 10
            lead = size * 1.55
            lines = _wrap(text, f, size, TW)
            for ln in lines:
                need(lead)
                st["y"] -= lead
                if style == "stamp":
                    c.setFillColorRGB(0.85, 0, 0)
                if align == "center":
                    wd = _draw(c, W / 2, st["y"], ln, f, size, "center")
                    x0, x1 = W / 2 - wd / 2, W / 2 + wd / 2
                elif align == "right":
                    wd = _draw(c, W - RM, st["y"], ln, f, size, "right")
                    x0, x1 = W - RM - wd, W - RM
                else:
                    wd = _draw(c, LM, st["y"], ln, f, size)
                    x0, x1 = LM, LM + wd
                if style == "stamp" and ln:
                    c.setStrokeColorRGB(0.85, 0, 0)
                    c.rect(x0 - 5, st["y"] - 4, (x1 - x0) + 10, size + 7, stroke=1, fill=0)
                    c.setStrokeColorRGB(0, 0, 0)
                c.setFillColorRGB(0, 0, 0)
            continue
        rows = b[1]
        ncol = max(len(r) for r in rows)
        size = 9
        lead = size * 1.4
        mx = [max([stringWidth(r[i], reg, size) if i < len(r) else 0 for r in rows] + [20]) for i in range(ncol)]
        tot = sum(mx)
        ws = [max(40.0, TW * m / tot) for m in mx]
        k = TW / sum(ws)
        ws = [w * k for w in ws]
        st["y"] -= 4
        for ri, r in enumerate(rows):
            cells = []
            for ci in range(ncol):
                if ci >= len(r):
                    cells.append(None)
                    continue
                span = ncol - ci if ci == len(r) - 1 else 1
                w = sum(ws[ci:ci + span])
                f = bold if ri == 0 and b[2].get("kind") not in ("press_contacts",) and len(rows) > 1 else reg
                lines = []
                for part in r[ci].split("\n"):
                    lines.extend(_wrap(part, f, size, w - 8))
                cells.append((ci, w, f, lines))
            rh = max(len(x[3]) for x in cells if x) * lead + 6
            need(rh)
            x = LM
            for cell in cells:
                if cell is None:
                    continue
                ci, w, f, lines = cell
                x = LM + sum(ws[:ci])
                c.rect(x, st["y"] - rh, w, rh, stroke=1, fill=0)
                yy = st["y"] - 3 - size
                for ln in lines:
                    _draw(c, x + 4, yy, ln, f, size)
                    yy -= lead
            st["y"] -= rh
        st["y"] -= 6
    c.showPage()
    c.save()


# ===========================================================================
# TEMPLATES
# ===========================================================================
TEMPLATES = []


def tpl(name, n, formats=None):
    def deco(fn):
        TEMPLATES.append((name, n, formats, fn))
        return fn
    return deco


def off(rng, lo=True):
    return (rng.choice(RANKS_LO if lo else RANKS_MID), pname(rng))


def local_recips(rng, n=4):
    cs = rng.sample(CITIES, n)
    return [c + ("장" if c.endswith("시") else "수") for c in cs]


# ---------------------------------------------------------------- PUBLIC ----
@tpl("p_press_welfare", 3)
def p_press_welfare(rng, k):
    d = Doc()
    org = "보건복지부"
    topic = [("기초연금 선정기준액 상향", "단독가구 월 소득인정액 기준을 %s원으로 상향" % won(rng.randint(210, 240) * 10000)),
             ("긴급복지 생계지원 확대", "4인 가구 기준 월 %s원 지원, 지원기간 최대 6개월" % won(rng.randint(170, 195) * 10000)),
             ("노인일자리 사업 참여자 모집", "올해 %s개 일자리 제공, 신청은 주소지 읍면동 행정복지센터에서" % won(rng.randint(90, 110) * 10000))][k % 3]
    dept = rng.choice(ORGS["welfare"][0][2])
    body = ["□ %s(장관 %s)는 %s 시행에 따라 %s한다고 밝혔다." % (org, pname(rng), topic[0], topic[1]),
            "□ 이번 조치로 약 %s명이 추가로 혜택을 받을 것으로 예상된다." % won(rng.randint(12, 95) * 1000),
            "  ○ 신청은 주민등록상 주소지 관할 읍·면·동 행정복지센터 또는 복지로 누리집에서 할 수 있으며,",
            "  ○ 소득·재산 조사를 거쳐 신청일로부터 30일 이내에 결과를 통보한다.",
            "□ %s %s %s은 \"도움이 필요한 분들이 빠짐없이 신청하실 수 있도록 적극 안내하겠다\"고 말했다." % (org, dept + "장", pname(rng))]
    press(d, rng, org=org, dept=dept, title="%s, %s" % (topic[0], "본격 시행"), subtitle=[topic[1]], body=body)
    d.cue("담당자 성명·직위·전화", "press_contacts", "content")
    return d.label("public", "none", [], "press_release", "content: policy announcement; only officials named (제9조①6 라목)")


@tpl("p_press_police", 3)
def p_press_police(rng, k):
    d = Doc()
    a = rng.randint(30, 69)
    crime = [("전화금융사기(보이스피싱) 조직 총책 등 %d명 검거" % rng.randint(12, 48), "피해액 %s억 원 상당" % rng.randint(11, 90)),
             ("음주운전 특별단속 결과 %s건 적발" % won(rng.randint(1200, 4800)), "면허취소 %s건, 면허정지 %s건" % (won(rng.randint(500, 2000)), won(rng.randint(300, 1500)))),
             ("전세사기 특별단속 중간 결과", "%d명 송치, 이 중 %d명 구속" % (rng.randint(60, 300), rng.randint(5, 40)))][k % 3]
    body = ["□ %s경찰청(청장 %s)은 %s 밝혔다." % (rng.choice(PROVS), pname(rng), crime[0] + "했다고" if k % 3 == 0 else crime[0] + "를"),
            "  ○ 주요 내용: " + crime[1],
            "  ○ 총책 A씨(%d세·남)는 해외 콜센터를 통해 범행을 지시한 혐의를 받고 있다." % a if k % 3 == 0 else
            "  ○ 적발 유형별로는 숙취운전이 가장 많았고, 오후 10시부터 자정 사이에 집중되었다.",
            "□ 경찰은 앞으로도 관계기관과 협력하여 단속을 지속하고, 시민들의 적극적인 신고를 당부하였다.",
            "※ 피해 신고: 국번 없이 112"]
    press(d, rng, org="경찰청", dept=rng.choice(ORGS["police"][0][2]), title=crime[0], subtitle=[crime[1]], body=body,
          contacts=[("경정", pname(rng)), ("경감", pname(rng))])
    d.cue("A씨(익명·연령대)", "body", "content")
    return d.label("public", "none", [], "press_release", "content: aggregate enforcement results; suspect not identifiable")


@tpl("p_meeting_notice", 3)
def p_meeting_notice(rng, k):
    d = Doc()
    prov = rng.choice(PROVS)
    org = prov + "교육청" if k % 2 == 0 else rng.choice(CITIES)
    sender = (prov + "교육감") if k % 2 == 0 else (org + "장")
    dd = dt(rng)
    title = rng.choice(["2025년 상반기 업무담당자 협의회 개최 알림", "학교 급식 위생관리 담당자 회의 개최", "지역사회보장협의체 실무협의회 개최 안내"])
    body = ["1. 귀 기관의 무궁한 발전을 기원합니다.",
            "2. %s 관련 협의회를 아래와 같이 개최하오니 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다." % title.split(" ")[1],
            "  가. 일시: %s 14:00~16:00" % fd(dd, 4),
            "  나. 장소: %s 별관 %d층 대회의실" % (org, rng.randint(2, 6)),
            "  다. 참석 대상: 각 기관 업무 담당 주무관 1명",
            "  라. 협의 안건: 추진 실적 점검, 우수사례 공유, 건의사항 청취",
            "3. 참석자는 %s까지 담당자(%s, %s)에게 회신하여 주시기 바랍니다." % (fd(later(dd, -5), 0), pname(rng), office_tel(rng))]
    gongmun(d, rng, org=org, sender=sender, dept=rng.choice(LOCAL_DEPTS), to="수신자 참조", title=title, body=body,
            attach=["참석자 회신서 1부."], disc="public", recips=local_recips(rng))
    return d.label("public", "none", [], "official_letter", "stated 공개구분 공개 + routine content")


@tpl("p_bid_notice", 3)
def p_bid_notice(rng, k):
    d = Doc()
    item = rng.choice(["청사 냉난방기 교체 공사", "민원실 환경개선 공사", "하수관로 정비사업 실시설계 용역", "행정정보시스템 유지관리 용역", "공용차량(전기승용) 구매"])
    dd = dt(rng)
    amt = rng.randint(50, 900) * 1000000
    org = rng.choice(["조달청", rng.choice(CITIES), rng.choice(ENTERPRISES)[0]])
    body = ["1. 입찰에 부치는 사항",
            ("table", [["공고번호", "%d%02d%d-00" % (dd.year, dd.month, rng.randint(10000, 99999))], ["건명", item],
                       ["추정가격", won(amt) + "원(부가가치세 별도)"], ["계약방법", rng.choice(["제한경쟁(총액)", "일반경쟁", "협상에 의한 계약"])],
                       ["입찰서 제출", "%s 10:00 ~ %s 10:00 (국가종합전자조달시스템)" % (fd(dd, 0), fd(later(dd, 7), 0))]]),
            "2. 입찰참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제13조에 따른 자격을 갖춘 자",
            "3. 낙찰자 결정방법: 예정가격 이하로서 낙찰하한율 이상 최저가 입찰자 순으로 적격심사",
            "4. 입찰보증금: 「지방자치단체 입찰 및 계약집행기준」에 따라 입찰보증금 지급각서로 갈음",
            "5. 기타 문의: 계약담당 %s (%s)" % (pname(rng), office_tel(rng))]
    notice(d, rng, org=org, head=org + ("장" if org.endswith("시") else "청장" if org == "조달청" else " 사장"), kind="공고",
           title="%s 입찰 공고" % item, body=body, dtt=dd)
    return d.label("public", "none", [], "public_notice", "content: procurement notice")


@tpl("p_contract_award", 3)
def p_contract_award(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["계약명", "계약상대자", "대표자", "법인등록번호" if k != 1 else "사업자등록번호", "계약금액(원)", "계약일"]]
    hard = []
    for i in range(rng.randint(4, 7)):
        dd = dt(rng)
        reg = corp_regno(rng) if k != 1 else bizno(rng)
        if k != 1:
            hard.append(reg)
            d.protect.append(reg)
        rows.append([rng.choice(["도로 보수공사", "가로등 교체", "청사 청소용역", "전산장비 구매", "공원 조경 정비", "하천 준설", "홍보물 제작"]),
                     rng.choice(COMPANIES), pname(rng), reg, won(rng.randint(8, 900) * 100000), fd(dd, 1)])
    body = ["「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조의2 및 같은 법 시행령 제124조에 따라 %d년 %d분기 계약 체결 현황을 다음과 같이 공개합니다." % (dt(rng).year, rng.randint(1, 4)),
            ("table", rows), "※ 세부 내용은 계약정보공개시스템에서 확인할 수 있습니다."]
    notice(d, rng, org=org, head=org + "장" if org.endswith("시") else org + "수", kind="공고", title="수의계약 체결 현황 공개", body=body)
    if hard:
        d.extra["hard_negative"] = "corp_registration_number_shaped_like_RRN"
        d.cue("법인등록번호 ######-#######", "table_cell", "content")
    return d.label("public", "none", [], "public_notice", "content: statutory contract disclosure; 대표자·법인번호 are business info published by law")


@tpl("p_foi_guide", 3)
def p_foi_guide(rng, k):
    d = Doc()
    org = rng.choice(["행정안전부", rng.choice(CITIES), rng.choice(PROVS) + "교육청"])
    secs = ["□ 정보공개 청구 방법",
            "  ○ 정보공개포털 또는 방문·우편·팩스로 청구서를 제출합니다(「공공기관의 정보공개에 관한 법률」 제10조).",
            "  ○ 공공기관은 청구를 받은 날부터 10일 이내에 공개 여부를 결정하며, 부득이한 경우 10일 범위에서 연장할 수 있습니다.",
            "□ 공개 여부 결정의 종류",
            ("table", [["구분", "표기 예시", "설명"],
                       ["공개", "공개", "청구한 정보 전부를 공개"],
                       ["부분공개", "부분공개(6)", "개인정보 등 비공개 부분을 제외하고 공개(법 제14조)"],
                       ["비공개", "비공개(제9조 제1항 제5호)", "의사결정 과정 또는 내부검토 과정에 있는 사항 등"]]),
            "□ 비공개 대상 정보(법 제9조 제1항)",
            "  1. 다른 법률 또는 법률에서 위임한 명령에 따라 비밀이나 비공개 사항으로 규정된 정보",
            "  2. 국가안전보장·국방·통일·외교관계 등에 관한 사항",
            "  4. 진행 중인 재판, 범죄의 예방·수사 등에 관한 사항",
            "  5. 감사·감독·검사·시험·규제·입찰계약·기술개발·인사관리, 의사결정 과정 또는 내부검토 과정에 있는 사항",
            "  6. 성명·주민등록번호 등 개인에 관한 사항(다만, 직무를 수행한 공무원의 성명·직위는 공개)",
            "  7. 법인 등의 경영상·영업상 비밀에 관한 사항",
            "□ 불복 구제: 이의신청(30일 이내), 행정심판, 행정소송",
            "※ 문의: %s %s (%s)" % (rng.choice(["정보공개 담당", "민원실"]), pname(rng), office_tel(rng))]
    report(d, rng, org=org, dept="정보공개 담당부서", title="정보공개 청구 안내", sections=secs, cover=False)
    d.cue("부분공개(6)", "table_cell", "mention")
    d.cue("비공개(제9조 제1항 제5호)", "table_cell", "mention")
    return d.label("public", "none", [], "guide", "mention-only: quotes 공개구분 forms as examples", mention_only=True)


@tpl("p_security_guide", 3)
def p_security_guide(rng, k):
    d = Doc()
    org, _, dept = central(rng, "safety") if k != 2 else (rng.choice(CITIES), None, "총무과")
    secs = ["1. 비밀의 구분(「보안업무규정」 제4조)",
            "  가. Ⅰ급비밀: 누설되는 경우 대한민국과 외교관계가 단절되고 전쟁을 일으키게 하며, 국가의 방위계획·정보활동 및 국가방위에 반드시 필요한 과학과 기술의 개발을 위태롭게 하는 등의 우려가 있는 비밀",
            "  나. Ⅱ급비밀: 누설되는 경우 국가안전보장에 막대한 지장을 끼칠 우려가 있는 비밀",
            "  다. Ⅲ급비밀: 누설되는 경우 국가안전보장에 해를 끼칠 우려가 있는 비밀",
            "2. 대외비: 비밀 외에 직무 수행상 특별히 보호가 필요한 사항은 「보안업무규정 시행규칙」에 따라 \"대외비\"로 표시하고 비밀에 준하여 관리",
            "3. 표시 방법",
            "  가. 비밀은 문서 매 면의 위·아래 가운데에 \"Ⅲ급비밀\" 등으로 표시(붉은색)",
            "  나. 예고문 예시: \"%s까지 Ⅲ급비밀, 이후 일반문서로 재분류\"" % fd(dt(rng, 2026, 2028), 0),
            "  다. 대외비 예시: \"대외비(보호기간: %s까지)\"" % fd(dt(rng, 2026, 2027), 0),
            "4. 유의사항",
            "  - 비밀·대외비를 개인 PC, 메신저, 상용 전자우편으로 처리 금지",
            "  - 퇴근 시 비밀 보관용기 시건 및 보안담당관 점검",
            "  - 비밀관리기록부 및 사본번호 관리 철저",
            "※ 본 안내문은 일반 교육자료로서 비밀 또는 대외비 문서가 아닙니다." if k == 1 else "※ 문의: 보안담당관실 %s" % office_tel(rng)]
    report(d, rng, org=org, dept=dept, title="비밀 및 대외비 취급 요령 안내(직원 보안교육 자료)", sections=secs, cover=(k == 0))
    d.cue("Ⅲ급비밀 / 대외비 (quoted)", "body", "mention")
    return d.label("public", "none", [], "guide", "mention-only: explains 비밀/대외비 markings", mention_only=True)


@tpl("p_security_audit_summary", 2)
def p_security_audit_summary(rng, k):
    d = Doc()
    org = rng.choice(["행정안전부", "국가보훈부", rng.choice(PROVS)])
    n1, n2, n3 = rng.randint(2, 9), rng.randint(1, 5), rng.randint(3, 12)
    secs = ["□ 점검 개요",
            "  ○ 기간: %s ~ %s" % span(rng, 0),
            "  ○ 대상: 소속기관 %d개소 (비밀·대외비 관리, 정보통신 보안, 시설 보안)" % rng.randint(5, 20),
            "□ 주요 지적사항",
            ("table", [["분야", "지적 내용", "건수", "조치"],
                       ["문서보안", "대외비 문서를 일반 문서함에 보관", str(n1), "시정"],
                       ["문서보안", "Ⅱ급비밀 사본 제작 시 사본번호 미기재", str(n2), "주의"],
                       ["정보보안", "비밀번호 분기별 변경 미이행 PC", str(n3), "시정"],
                       ["시설보안", "보호구역 출입대장 기록 누락", str(rng.randint(1, 4)), "개선"]]),
            "□ 향후 계획: 지적사항 이행 여부 확인 점검 및 보안교육 강화"]
    report(d, rng, org=org, dept="보안담당관실", title="%d년 보안감사 결과(공개용 요약)" % dt(rng).year, sections=secs, cover=False)
    d.cue("대외비 / Ⅱ급비밀 (audit findings)", "table_cell", "mention")
    return d.label("public", "none", [], "audit", "mention-only: public audit summary that names marking types", mention_only=True)


@tpl("p_declass_notice", 2)
def p_declass_notice(rng, k):
    d = Doc()
    org, sender, dept = central(rng, rng.choice(["defence", "safety"]))
    de = dt(rng, 2024, 2025)
    rows = [["연번", "문서번호", "생산일자", "종전 등급", "재분류"]]
    for i in range(rng.randint(2, 4)):
        rows.append([str(i + 1), "%s-%d" % (dept, rng.randint(100, 999)), fd(dt(rng, 2015, 2019), 1), rng.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비"]), "일반문서"])
    body = ["1. 관련: 「보안업무규정」 제13조(비밀의 재분류) 및 같은 규정 시행규칙",
            "2. 아래 문서는 예고문에 따라 %s부로 보호기간이 만료되어 일반문서로 재분류되었음을 알려드립니다." % fd(de, 0),
            ("table", rows),
            "3. 각 기관은 보유 사본의 비밀 표시를 삭선 처리하고 비밀관리기록부에 재분류 사실을 기록하여 주시기 바랍니다."]
    gongmun(d, rng, org=org, sender=sender, dept=dept, to="수신자 참조", title="비밀 재분류(일반문서) 통보", body=body,
            disc="public", recips=[rng.choice(PROVS) + "지사" for _ in range(3)])
    d.cue("Ⅲ급비밀→일반문서 (table)", "table_cell", "mention")
    return d.label("public", "none", [], "official_letter", "mention-only: declassification notice; itself unclassified", mention_only=True)


@tpl("p_cover_letter_separate", 3)
def p_cover_letter_separate(rng, k):
    d = Doc()
    org, sender, dept = central(rng, rng.choice(["defence", "safety", "foreign"]))
    g = rng.choice(["3급 비밀", "Ⅲ급비밀", "Ⅱ급비밀", "대외비"])
    body = ["1. 관련: %s-%d(%s)" % (dept, rng.randint(100, 999), fd(dt(rng), 0)),
            "2. %s 계획 수립과 관련하여 세부 자료를 송부하오니 업무에 참고하시기 바랍니다." % rng.choice(["비상대비 업무", "통합방위 훈련", "재외국민 보호 대응"]),
            "3. 붙임 자료는 %s로 분류되어 있으므로 비밀취급인가자를 통하여 별도 송부하며, 본 공문에는 첨부하지 않습니다." % g,
            "4. 수령 후 비밀관리기록부에 등재하고 접수증을 회신하여 주시기 바랍니다."]
    gongmun(d, rng, org=org, sender=sender, dept=dept, to=rng.choice(PROVS) + "지사(비상대비담당관)", title="관련 자료 송부",
            body=body, attach=["%s 1부.(별도 송부)" % rng.choice(["세부 추진계획", "연락체계도", "훈련 시나리오"])], disc="public")
    d.cue(g + " (attachment sent separately)", "body", "mention")
    return d.label("public", "none", [], "official_letter", "mention-only: cover letter; classified attachment sent separately", mention_only=True)


@tpl("p_password_notice", 2)
def p_password_notice(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["1. 「국가정보보안 기본지침」에 따라 업무용 PC 및 행정시스템 비밀번호를 정기적으로 변경하여야 합니다.",
            "2. 아래 사항을 준수하여 %s까지 비밀번호를 변경하여 주시기 바랍니다." % fd(dt(rng), 0),
            "  가. 영문·숫자·특수문자 조합 9자리 이상",
            "  나. 분기 1회 이상 변경, 직전 비밀번호 재사용 금지",
            "  다. 비밀번호를 모니터 등에 부착하거나 타인과 공유 금지",
            "3. 미변경 계정은 %s 이후 접속이 제한됩니다." % fd(dt(rng), 0)]
    gongmun(d, rng, org=org, sender=org + "장", dept="정보통신과", to="내부결재" if k == 0 else "각 부서장", title="업무용 PC 비밀번호 변경 안내",
            body=body, disc="public")
    d.cue("비밀번호", "body", "mention")
    return d.label("public", "none", [], "official_letter", "mention-only: '비밀번호' is not a marking", mention_only=True)


@tpl("p_personnel_order", 3)
def p_personnel_order(rng, k):
    d = Doc()
    org, sender, _ = central(rng, rng.choice(["welfare", "land", "environment", "education", "hr"]))
    dd = dt(rng)
    rows = [["성명", "현 직위", "발령 사항", "비고"]]
    grades = ["1급(관리관)", "고위공무원(나등급)", "3급(부이사관)", "4급(서기관)", "3급(부이사관)", "5급(행정사무관)"]
    for i in range(rng.randint(3, 6)):
        rows.append([pname(rng), "%s %s" % (rng.choice(["기획조정실", "정책국", "운영지원과", "감사관실"]), rng.choice(["과장", "국장", "팀장"])),
                     rng.choice(grades) + " " + rng.choice(["승진", "전보", "직무대리"]), ""])
    body = ["%s자로 다음과 같이 인사발령합니다." % fd(dd, 0), ("table", rows), "", "%s %s" % (sender, pname(rng))]
    d.org = org
    d.title = "인사발령"
    d.c("인 사 발 령" if k != 1 else "%s 인사발령 통지" % org, "b")
    d.p("%s 발령 제%d-%d호" % (org, dd.year, rng.randint(10, 400)))
    for b in body:
        if isinstance(b, tuple):
            d.table(b[1])
        else:
            d.p(b)
    d.cue("3급(부이사관)/1급(관리관) (civil-service grade)", "table_cell", "mention")
    return d.label("public", "none", [], "personnel", "mention-only: '3급/1급' are civil-service grades, not markings", mention_only=True)


@tpl("p_committee_roster", 3)
def p_committee_roster(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    comm = rng.choice(["도시계획위원회", "지방보조금심의위원회", "건축위원회", "인권위원회", "정보공개심의회"])
    rows = [["연번", "성명", "소속", "직위", "비고"]]
    for i in range(rng.randint(6, 10)):
        rows.append([str(i + 1), pname(rng), rng.choice(UNI + COMPANIES + ["한솔법무법인", "누리회계법인", "시민단체 푸른내일"]),
                     rng.choice(["교수", "변호사", "대표", "연구위원", "공인회계사", "건축사"]), "위원장" if i == 0 else ""])
    secs = ["「%s 위원회 운영 조례」에 따라 %s 위원을 다음과 같이 위촉하였음을 공개합니다." % (org, comm),
            ("table", rows), "임기: %s ~ %s (2년)" % (fd(dt(rng, 2025, 2025), 0), fd(dt(rng, 2027, 2027), 0))]
    if k == 2:
        report(d, rng, org=org, dept="기획예산과", title="%s 위원 명단" % comm, sections=secs, cover=False, top_lines=["공개구분: 공개"])
        d.cue("공개구분: 공개", "top_line", "disclosure_field")
    else:
        report(d, rng, org=org, dept="기획예산과", title="%s 위원 명단" % comm, sections=secs, cover=False)
    return d.label("public", "none", [], "roster", "content: 위촉 위원 성명·직업 disclosable (제9조①6 마목)")


@tpl("p_expense_disclosure", 3)
def p_expense_disclosure(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    who = rng.choice(["시장", "부시장", "기획예산과"])
    rows = [["사용일시", "장소", "집행목적", "대상인원", "금액(원)", "결제"]]
    for i in range(rng.randint(5, 9)):
        dd = dt(rng)
        rows.append(["%s %02d:%02d" % (fd(dd, 1), rng.randint(11, 20), rng.choice([0, 10, 30, 40])),
                     rng.choice(["한솔식당", "미르한정식", "가온국밥", "다솜카페", "솔빛반점", "누리분식"]),
                     rng.choice(["유관기관 업무협의 간담회", "현안사업 추진 관계자 격려", "재난대응 근무자 격려 급식", "시정 홍보 관련 간담회"]),
                     "%d명" % rng.randint(3, 15), won(rng.randint(4, 60) * 10000), "카드"])
    secs = ["%s %s 업무추진비 집행내역(%d년 %d월)" % (org, who, dt(rng).year, rng.randint(1, 12)), ("table", rows),
            "※ 「지방자치단체 업무추진비 집행에 관한 규칙」에 따라 공개"]
    report(d, rng, org=org, dept="회계과", title="업무추진비 집행내역 공개", sections=secs, cover=False)
    return d.label("public", "none", [], "statistics", "content: 업무추진비 disclosure without private names")


@tpl("p_air_quality", 2)
def p_air_quality(rng, k):
    d = Doc()
    org = rng.choice(["환경부", rng.choice(PROVS) + " 보건환경연구원"])
    rows = [["측정소", "PM10(㎍/㎥)", "PM2.5(㎍/㎥)", "오존(ppm)", "등급"]]
    for c in rng.sample(CITIES, 5):
        rows.append([c + " " + rng.choice(["중앙동", "신흥동", "송정동", "월계동"]), str(rng.randint(18, 95)), str(rng.randint(8, 60)),
                     "0.0%02d" % rng.randint(15, 80), rng.choice(["좋음", "보통", "나쁨"])])
    secs = ["□ %d년 %d월 대기질 측정 결과를 다음과 같이 공표합니다." % (dt(rng).year, rng.randint(1, 12)), ("table", rows),
            "□ 미세먼지 '나쁨' 일수는 전년 동월 대비 %d일 감소하였습니다." % rng.randint(1, 6),
            "□ 고농도 시 행동요령: 외출 자제, 보건용 마스크 착용, 실외 활동 최소화"]
    report(d, rng, org=org, dept=rng.choice(["대기환경정책과", "대기보전팀"]), title="월간 대기질 측정 결과", sections=secs, cover=False)
    return d.label("public", "none", [], "statistics", "content: environmental monitoring publication")


@tpl("p_road_works", 2)
def p_road_works(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    road = rng.choice(ROADS)
    body = ["도로 포장 보수공사 시행에 따라 아래와 같이 교통을 통제하오니 시민 여러분의 양해와 협조를 부탁드립니다.",
            "1. 공사명: %s 노후 포장 보수공사" % road,
            "2. 통제 구간: %s %s사거리 ~ %s삼거리(L=%dm)" % (org, rng.choice(["중앙", "시청", "역전"]), rng.choice(["남부", "공원", "학교"]), rng.randint(300, 1800)),
            "3. 통제 기간: %s ~ %s (야간 22:00~06:00)" % span(rng, 0),
            "4. 우회 도로: %s → %s" % (rng.choice(ROADS), rng.choice(ROADS)),
            "5. 시공사: %s (현장대리인 %s, %s)" % (rng.choice(COMPANIES), pname(rng), office_tel(rng, "031")),
            "6. 문의: %s 도로과 (%s)" % (org, office_tel(rng))]
    notice(d, rng, org=org, head=org + "장", kind="공고", title="도로 교통 통제 안내", body=body)
    return d.label("public", "none", [], "public_notice", "content: traffic-control notice; contractor site agent acting in business role")


@tpl("p_school_letter", 3)
def p_school_letter(rng, k):
    d = Doc()
    school = rng.choice(CITIES).replace("시", "").replace("군", "") + rng.choice(["초등학교", "중학교", "고등학교"])
    dd = dt(rng)
    topic = rng.choice(["학부모 상담주간 운영 안내", "현장체험학습 실시 안내", "학교 급식 식단 및 알레르기 유발식품 안내", "감염병 예방 생활수칙 안내"])
    d.org = school
    d.title = topic
    d.c("가 정 통 신 문", "b")
    d.table([["%s" % school, "발행일 %s" % fd(dd, 0), "담당 %s %s" % (rng.choice(["교무부장", "보건교사", "영양교사"]), pname(rng))]])
    d.c(topic, "b")
    d.p("학부모님 안녕하십니까?\n가정에 건강과 행복이 가득하시기를 기원합니다.")
    d.p("본교에서는 %s 관련하여 다음과 같이 안내드리오니 자녀 지도에 참고하여 주시기 바랍니다." % topic.split(" ")[0])
    d.p("  1. 기간: %s ~ %s" % (fd(dd, 0), fd(later(dd, 5), 0)))
    d.p("  2. 방법: 대면 상담 또는 전화 상담(희망 일시를 회신서에 기재)")
    d.p("  3. 기타: 문의 사항은 담임교사에게 연락하여 주시기 바랍니다.")
    d.c(fd(dd, 3))
    d.c(school + "장", "b")
    d.p("- - - - - - - - - - - (절취선) - - - - - - - - - - -")
    d.p("회신서: ( )학년 ( )반 ( )번  학생 성명:          보호자 성명:        (서명)")
    d.cue("blank reply form (no personal data filled)", "body", "content")
    return d.label("public", "none", [], "guide", "content: school newsletter with blank reply slip")


@tpl("p_health_campaign", 3)
def p_health_campaign(rng, k):
    d = Doc()
    org = rng.choice(["질병관리청", rng.choice(CITIES) + " 보건소"])
    dis = rng.choice(["인플루엔자", "쯔쯔가무시증", "노로바이러스 식중독", "결핵", "엠폭스"])
    secs = ["□ %s 예방을 위한 국민 행동수칙" % dis,
            "  ○ 흐르는 물에 30초 이상 비누로 손 씻기",
            "  ○ 기침할 때 옷소매로 입과 코 가리기",
            "  ○ 의심 증상이 있으면 가까운 의료기관 방문 및 1339 상담",
            "□ 예방접종 일정",
            ("table", [["대상", "기간", "장소"], ["만 65세 이상", "%s ~ %s" % span(rng, 1), "지정 위탁의료기관"],
                       ["생후 6개월~13세", "%s ~ %s" % span(rng, 1), "지정 위탁의료기관·보건소"]]),
            "□ 최근 %d주간 표본감시 결과 의사환자 분율은 외래환자 1,000명당 %.1f명으로 유행기준을 %s" % (rng.randint(1, 4), rng.uniform(3, 40), rng.choice(["초과하였습니다.", "하회하였습니다."]))]
    report(d, rng, org=org, dept=rng.choice(["감염병관리과", "예방접종관리과", "감염병대응팀"]), title="%s 예방수칙 및 예방접종 안내" % dis, sections=secs, cover=False)
    return d.label("public", "none", [], "guide", "content: aggregate health information; no individual data")


@tpl("p_prosecution_press", 2)
def p_prosecution_press(rng, k):
    d = Doc()
    body = ["□ 대검찰청은 %s 전국 검찰청 %s 전담수사팀 운영 결과를 발표하였다." % (fd(dt(rng), 0), rng.choice(["전세사기", "마약범죄", "보이스피싱"])),
            "  ○ %d명 기소(구속 %d명), 범죄수익 %d억 원 추징보전" % (rng.randint(100, 900), rng.randint(10, 120), rng.randint(20, 400)),
            "  ○ 피해자 지원을 위해 법률구조공단·지자체와 연계한 원스톱 지원체계를 운영",
            "□ 검찰은 앞으로도 서민 다중피해 범죄에 엄정 대응할 방침이다.",
            "※ 개별 사건에 대한 구체적인 내용은 공판 진행 중으로 답변이 어려운 점 양해 바랍니다."]
    press(d, rng, org="대검찰청", dept=rng.choice(["형사정책담당관실", "반부패·강력부"]), title="서민 다중피해 범죄 대응 성과", subtitle=["전담수사팀 운영 결과"],
          body=body, contacts=[("부장검사", pname(rng)), ("검찰사무관", pname(rng))])
    d.cue("공판 진행 중 (no case detail)", "body", "content")
    return d.label("public", "none", [], "press_release", "content: aggregate prosecution results; no case material")


@tpl("p_conscription_notice", 2)
def p_conscription_notice(rng, k):
    d = Doc()
    dd = dt(rng)
    body = ["「병역법」 제16조 및 같은 법 시행령 제20조에 따라 %d년도 현역병 입영 일자 본인선택 신청을 다음과 같이 공고합니다." % dd.year,
            "1. 신청 대상: 현역병 입영 대상자 중 입영일자가 결정되지 아니한 사람",
            "2. 신청 기간: %s 10:00 ~ %s 18:00" % (fd(dd, 0), fd(later(dd, 3), 0)),
            "3. 신청 방법: 병무청 누리집 또는 모바일 앱",
            "4. 유의 사항: 신청 후 취소·변경은 입영일 5일 전까지 가능"]
    notice(d, rng, org="병무청", head="병무청장", kind="공고", title="현역병 입영일자 본인선택 신청 공고", body=body, dtt=dd)
    return d.label("public", "none", [], "public_notice", "content: general public notice")


@tpl("p_local_tax_guide", 2)
def p_local_tax_guide(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["1. %d년 %s 재산세 정기분을 부과하였으니 납부기한 내에 납부하여 주시기 바랍니다." % (dt(rng).year, rng.choice(["7월", "9월"])),
            "2. 납부기한: %s까지" % fd(dt(rng), 0),
            "3. 납부방법: 위택스, 가상계좌, 지방세 ARS(%s), 금융기관 현금자동입출금기" % office_tel(rng),
            "4. 납부기한 경과 시 납부지연가산세(3%)가 가산됩니다.",
            "5. 이의신청: 고지서를 받은 날부터 90일 이내 %s 세무과" % org]
    notice(d, rng, org=org, head=org + "장", kind="공고", title="재산세 정기분 납부 안내", body=body)
    return d.label("public", "none", [], "public_notice", "content: general tax notice without taxpayer data")


@tpl("p_rental_housing", 2)
def p_rental_housing(rng, k):
    d = Doc()
    org = rng.choice(ENTERPRISES[1:2] + ENTERPRISES[7:8])[0]
    rows = [["단지명", "공급호수", "전용면적", "임대보증금", "월임대료"]]
    for i in range(3):
        rows.append(["%s %s 행복주택" % (rng.choice(CITIES), rng.choice(["A-%d" % rng.randint(1, 9), "중앙", "역세권"])), "%d호" % rng.randint(40, 400),
                     "%d㎡" % rng.choice([26, 36, 44, 59]), won(rng.randint(15, 60) * 1000000) + "원", won(rng.randint(9, 35) * 10000) + "원"])
    body = ["「공공주택 특별법」에 따른 행복주택 입주자를 다음과 같이 모집합니다.", ("table", rows),
            "1. 신청자격: 무주택세대구성원으로서 소득·자산 기준을 충족하는 청년, 신혼부부, 고령자 등",
            "2. 접수: %s ~ %s 인터넷 청약" % span(rng, 0), "3. 당첨자 발표: 누리집 게시(개인별 조회)"]
    notice(d, rng, org=org, head=org + " 사장", kind="공고", title="행복주택 입주자 모집 공고", body=body)
    return d.label("public", "none", [], "public_notice", "content: public enterprise recruitment notice")


@tpl("p_audit_public", 3)
def p_audit_public(rng, k):
    d = Doc()
    aud = "감사원" if k == 0 else rng.choice(PROVS)
    tgt = rng.choice(CITIES)
    secs = ["1. 감사 개요: %s %s 기관운영감사(감사기간 %s ~ %s)" % ((aud, tgt) + span(rng, 0, 14)),
            "2. 감사 결과 처분요구 및 통보 사항",
            ("table", [["연번", "제목", "관련부서", "처분 종류", "대상"],
                       ["1", "공유재산 대부료 부과 부적정", "회계과", "시정(%s원)" % won(rng.randint(3, 90) * 100000), "기관"],
                       ["2", "보조금 정산 검사 소홀", "주민복지과", "주의", "기관"],
                       ["3", "수의계약 분할 발주", "건설과", "주의", "○○과 6급 A"],
                       ["4", "초과근무수당 부당 수령 관리 소홀", "총무과", "통보", "기관"]]),
            "3. %s장은 위 사항에 대하여 조치 결과를 60일 이내에 제출하시기 바랍니다." % tgt,
            "※ 관련자의 실명은 「공공감사에 관한 법률」 및 개인정보 보호를 위하여 기재하지 않았습니다."]
    report(d, rng, org=aud, dept="감사관실" if aud != "감사원" else "지방행정감사국", title="%s 기관운영감사 결과 공개문" % tgt, sections=secs, cover=False)
    return d.label("public", "none", [], "audit", "content: published audit result; individuals anonymised (6급 A)")


@tpl("p_foi_stats", 2)
def p_foi_stats(rng, k):
    d = Doc()
    org = rng.choice(["행정안전부", rng.choice(PROVS)])
    tot = rng.randint(3000, 9000)
    rows = [["비공개 사유(법 제9조 제1항)", "건수"]]
    for i, lab in [(1, "제1호(법령상 비밀)"), (4, "제4호(재판·수사)"), (5, "제5호(의사결정·내부검토)"), (6, "제6호(개인정보)"), (7, "제7호(영업상 비밀)")]:
        rows.append([lab, str(rng.randint(10, 400))])
    secs = ["□ %d년 정보공개 청구 처리 현황" % dt(rng).year,
            ("table", [["청구", "공개", "부분공개", "비공개", "취하 등"], [won(tot), won(int(tot * .71)), won(int(tot * .14)), won(int(tot * .07)), won(int(tot * .08))]]),
            "□ 비공개 사유별 현황", ("table", rows),
            "□ 분석: 부분공개의 대부분은 제6호(개인정보)에 따른 것으로, 성명·연락처 등을 가린 후 공개함"]
    report(d, rng, org=org, dept="정보공개정책과" if org == "행정안전부" else "행정지원과", title="정보공개 연차보고(요약)", sections=secs, cover=False)
    d.cue("제9조 제1항 호별 통계", "table_cell", "mention")
    return d.label("public", "none", [], "statistics", "mention-only: statistics by 제9조 ground", mention_only=True)


@tpl("p_rule_preannounce", 2)
def p_rule_preannounce(rng, k):
    d = Doc()
    org, head, dept = central(rng, rng.choice(["environment", "land", "labor", "agri"]))
    rule = rng.choice(["업무처리지침", "운영규정", "관리 고시", "세부 기준"])
    body = ["「행정절차법」 제46조에 따라 「%s %s」 개정안을 국민에게 미리 알려 의견을 듣고자 다음과 같이 예고합니다." % (dept.replace("과", ""), rule),
            "1. 개정 이유: 현장 운영상 나타난 미비점을 개선하고 관련 법령 개정사항을 반영",
            "2. 주요 내용", "  가. 신청 서류 간소화(주민등록표 초본 제출 생략, 행정정보 공동이용으로 확인)",
            "  나. 처리기한 단축(20일 → 14일)", "3. 의견 제출: %s까지 %s(%s)로 제출" % (fd(dt(rng), 0), dept, office_tel(rng, "044"))]
    notice(d, rng, org=org, head=head, kind="공고", title="%s 개정 행정예고" % rule, body=body)
    return d.label("public", "none", [], "public_notice", "content: administrative pre-announcement")


@tpl("p_ordinance_preannounce", 2)
def p_ordinance_preannounce(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    ord_ = rng.choice(["청년 기본 조례", "공공시설 사용료 징수 조례", "주차장 설치 및 관리 조례", "개인정보 보호 조례"])
    body = ["%s %s 일부개정조례안을 입법예고합니다." % (org, ord_),
            "1. 개정 이유: 상위 법령 개정에 따른 인용 조문 정비",
            "2. 주요 내용: 감면 대상 확대 및 신청 절차 정비(안 제%d조)" % rng.randint(3, 15),
            "3. 의견 제출: 예고기간(%s ~ %s) 중 %s 법무담당관" % (span(rng, 0, 20) + (org,)),
            "   - 성명(법인·단체는 그 명칭과 대표자 성명), 주소 및 연락처를 기재"]
    notice(d, rng, org=org, head=org + "장", kind="공고", title="%s 일부개정조례안 입법예고" % ord_, body=body)
    d.cue("성명·주소 기재 요청(blank)", "body", "content")
    return d.label("public", "none", [], "public_notice", "content: ordinance pre-announcement; asks for names but contains none")


@tpl("p_training_nomination", 3)
def p_training_nomination(rng, k):
    d = Doc()
    org, sender, dept = central(rng, "hr") if k != 1 else (rng.choice(PROVS), rng.choice(PROVS) + "지사", "인재개발원")
    body = ["1. %s 과정 교육생을 아래와 같이 추천하여 주시기 바랍니다." % rng.choice(["적극행정 리더십", "정보공개 실무", "개인정보 보호 실무", "갈등관리"]),
            "  가. 교육기간: %s ~ %s (3일)" % span(rng, 0, 2),
            "  나. 대상: 6급 이하 업무 담당자 각 기관 %d명" % rng.randint(1, 3),
            "  다. 추천 기한: %s까지 나라배움터 등록" % fd(dt(rng), 0),
            "2. 교육 담당: %s %s(%s)" % (rng.choice(RANKS_LO), pname(rng), office_tel(rng))]
    no, v = gongmun(d, rng, org=org, sender=sender if org != "인사혁신처" else "인사혁신처장", dept=dept, to="수신자 참조", title="교육생 추천 요청",
                    body=body, attach=["교육 운영계획 1부.", "추천서 서식 1부."], disc="public", recips=local_recips(rng, 3),
                    disc_where="header" if k == 1 else "gyeolmun",
                    disc_style="checkbox" if k == 2 else None)
    return d.label("public", "none", [], "official_letter", "stated 공개 + routine content")


@tpl("p_yearend_tax", 2)
def p_yearend_tax(rng, k):
    d = Doc()
    body = ["1. %d년 귀속 근로소득 연말정산 간소화 서비스를 %s부터 제공합니다." % (dt(rng).year, fd(dt(rng), 0)),
            "2. 원천징수의무자는 근로자에게 소득·세액공제 신고서 제출을 안내하고, %s까지 지급명세서를 제출하여야 합니다." % fd(dt(rng), 0),
            "3. 주요 개정사항",
            "  가. 자녀세액공제 금액 확대", "  나. 신용카드 등 사용금액 소득공제 한도 조정",
            "4. 문의: 국세상담센터 126"]
    gongmun(d, rng, org="국세청", sender="국세청장", dept=rng.choice(ORGS["tax"][0][2]), to="수신자 참조", title="연말정산 안내 및 협조 요청",
            body=body, attach=["연말정산 안내 책자 1부."], disc="public", recips=["각 중앙행정기관장", "각 시·도지사"])
    return d.label("public", "none", [], "official_letter", "stated 공개 + general guidance")


@tpl("p_excellent_product", 2)
def p_excellent_product(rng, k):
    d = Doc()
    rows = [["연번", "업체명", "제품명", "지정기간"]]
    for i in range(rng.randint(4, 8)):
        rows.append([str(i + 1), rng.choice(COMPANIES), rng.choice(["스마트 가로등 제어기", "친환경 투수블록", "AI 영상분석 CCTV", "재활용 플라스틱 벤치", "고효율 LED 조명"]),
                     "%s ~ %s" % (fd(dt(rng, 2025, 2025), 1), fd(dt(rng, 2028, 2028), 1))])
    notice(d, rng, org="조달청", head="조달청장", kind="공고", title="우수조달물품 지정 공고",
           body=["「조달사업에 관한 법률」 제26조에 따라 우수조달물품을 다음과 같이 지정하여 공고합니다.", ("table", rows)])
    return d.label("public", "none", [], "public_notice", "content: list of companies/products designated")


@tpl("p_exam_plan", 2)
def p_exam_plan(rng, k):
    d = Doc()
    y = dt(rng).year
    rows = [["구분", "원서접수", "필기시험", "최종합격자 발표"],
            ["7급 공채", fd(dt(rng), 1), fd(dt(rng), 1), fd(dt(rng), 1)], ["9급 공채", fd(dt(rng), 1), fd(dt(rng), 1), fd(dt(rng), 1)],
            ["5급 공채(행정)", fd(dt(rng), 1), fd(dt(rng), 1), fd(dt(rng), 1)]]
    notice(d, rng, org="인사혁신처", head="인사혁신처장", kind="공고", title="%d년도 국가공무원 공개경쟁채용시험 등 계획 공고" % y,
           body=["「공무원임용시험령」 제47조에 따라 %d년도 시험 계획을 다음과 같이 공고합니다." % y, ("table", rows),
                 "※ 합격자 명단은 응시번호로만 공고하며 성명은 공개하지 않습니다."])
    return d.label("public", "none", [], "public_notice", "content: exam schedule")


@tpl("p_greenbelt_final", 2)
def p_greenbelt_final(rng, k):
    d = Doc()
    org = rng.choice(PROVS)
    c = rng.choice(CITIES)
    rows = [["지번", "지목", "면적(㎡)", "변경 내용"]]
    for i in range(rng.randint(3, 6)):
        rows.append(["%s %s동 %d-%d" % (c, rng.choice(["가람", "나래", "도담", "송정"]), rng.randint(1, 900), rng.randint(1, 30)), rng.choice(["전", "답", "임야", "대"]),
                     won(rng.randint(300, 20000)), "개발제한구역 해제"])
    notice(d, rng, org=org, head=org + "지사", kind="고시", title="개발제한구역 관리계획 변경 결정 고시",
           body=["「개발제한구역의 지정 및 관리에 관한 특별조치법」 제11조에 따라 개발제한구역 관리계획 변경을 결정하고 다음과 같이 고시합니다.",
                 "1. 결정 일자: %s" % fd(dt(rng), 0), "2. 변경 내역", ("table", rows),
                 "3. 관계 도서는 %s 도시계획과에 비치하여 일반인에게 보입니다." % c])
    d.cue("지번 (finalised decision)", "table_cell", "content")
    return d.label("public", "none", [], "public_notice", "content: finalised zoning decision (no speculation risk once 고시)")


@tpl("p_old_gianyongji", 3, formats=("text",))
def p_old_gianyongji(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    dept = rng.choice(LOCAL_DEPTS)
    dd = dt(rng, 2024, 2025)
    d.org = org
    d.title = "소모품 구매"
    d.c("기 안 용 지", "b")
    d.table([["분류기호\n문서번호", "%s %d-%d" % (dept[:2], rng.randint(1000, 1999), rng.randint(10, 999)), "결\n재", "담 당", "계 장", "과 장"],
             ["보존기간", rng.choice(["1년", "3년", "5년"]), "", pname(rng), pname(rng), pname(rng) + "(전결)"],
             ["시행일자", fd(dd, 1), "협조", "", "", ""],
             ["수    신", "내부결재", "참조", "", "", ""],
             ["공개구분", "공개" if k != 2 else "■공개 □부분공개 □비공개", "", "", "", ""]], kind="gian_box")
    d.p("제  목 : %s" % rng.choice(["사무용 소모품 구매", "민원실 복사용지 구매", "청사 방역 소독 용역 의뢰"]))
    d.p("1. %s에서 사용할 소모품을 아래와 같이 구매하고자 합니다." % dept)
    d.table([["품명", "규격", "수량", "단가", "금액"], ["복사용지", "A4 80g", "%d박스" % rng.randint(10, 60), "24,500", won(24500 * rng.randint(10, 60))],
             ["토너", "CF259A", "%d개" % rng.randint(2, 8), "87,000", won(87000 * rng.randint(2, 8))]])
    d.p("2. 소요예산: 일반운영비(사무관리비)")
    d.p("붙임  견적서 1부.  끝.")
    d.table_style = "box"
    d.cue("공개구분 공개 (box cell)", "table_cell", "disclosure_field")
    return d.label("public", "none", [], "draft", "stated 공개 in old 기안용지 box + routine purchase")


@tpl("p_info_list", 2)
def p_info_list(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["문서번호", "제목", "생산일", "공개구분"]]
    opts = ["공개", "공개", "부분공개(6)", "비공개(5)", "공개", "비공개(제9조 제1항 제4호)", "부분공개(6,7)"]
    for i in range(rng.randint(6, 9)):
        rows.append(["%s-%d" % (rng.choice(LOCAL_DEPTS), rng.randint(100, 9999)), rng.choice(["위원회 개최 결과 보고", "민원 처리 결과 통보", "사업 추진계획", "수사협조 회신", "계약 체결 보고", "교육 실시 결과"]),
                     fd(dt(rng), 1), rng.choice(opts)])
    report(d, rng, org=org, dept="기획예산과", title="%s 정보목록(%d월)" % (org, rng.randint(1, 12)),
           sections=["「공공기관의 정보공개에 관한 법률」 제8조에 따라 보유·관리하는 정보의 목록을 공개합니다.", ("table", rows)], cover=False)
    d.cue("공개구분 column (other documents)", "table_cell", "mention")
    return d.label("public", "none", [], "statistics", "mention-only: list of other documents' 공개구분", mention_only=True)


@tpl("p_privacy_policy", 2)
def p_privacy_policy(rng, k):
    d = Doc()
    org = rng.choice(ENTERPRISES)[0] if k else rng.choice(CITIES)
    secs = ["제1조(개인정보의 처리 목적) %s은(는) 민원 처리, 요금 부과 등을 위하여 개인정보를 처리합니다." % org,
            "제2조(처리하는 개인정보 항목) 성명, 주소, 연락처, 주민등록번호(######-#######, 법령에 근거가 있는 경우에 한함)",
            "제3조(민감정보의 처리) 건강에 관한 정보는 「개인정보 보호법」 제23조에 따라 별도 동의를 받은 경우에만 처리합니다.",
            "제4조(고유식별정보의 처리) 주민등록번호·여권번호·운전면허번호·외국인등록번호는 같은 법 제24조에 따라 처리하며 암호화하여 저장합니다.",
            "제5조(개인정보 보호책임자) 직책: %s, 성명: %s, 연락처: %s" % (rng.choice(["기획조정실장", "정보화담당관"]), pname(rng), office_tel(rng))]
    report(d, rng, org=org, dept="정보화담당관", title="개인정보 처리방침", sections=secs, cover=False)
    d.cue("######-####### (placeholder)", "body", "mention")
    d.extra["hard_negative"] = "RRN placeholder and PIPA article mentions"
    return d.label("public", "none", [], "guide", "mention-only: privacy policy citing PIPA 23/24 with placeholder", mention_only=True)


@tpl("p_school_violence_stats", 2)
def p_school_violence_stats(rng, k):
    d = Doc()
    org = rng.choice(PROVS) + "교육청"
    secs = ["□ 조사 개요: 초4~고3 재학생 %s명 참여(참여율 %d%%)" % (won(rng.randint(80000, 300000)), rng.randint(80, 97)),
            "□ 피해응답률 %.1f%% (전년 대비 %.1f%%p %s)" % (rng.uniform(1, 3), rng.uniform(0.1, 0.5), rng.choice(["증가", "감소"])),
            ("table", [["유형", "언어폭력", "집단따돌림", "신체폭력", "사이버폭력"], ["비율(%)", str(rng.randint(30, 40)), str(rng.randint(12, 18)), str(rng.randint(12, 17)), str(rng.randint(6, 10))]]),
            "□ 향후 대책: 관계회복 프로그램 확대, 학교전담경찰관 연계 강화"]
    report(d, rng, org=org, dept="학교생활교육과", title="학교폭력 실태조사 결과", sections=secs, cover=(k == 0))
    return d.label("public", "none", [], "statistics", "content: aggregate survey statistics")


@tpl("p_fire_stats", 2)
def p_fire_stats(rng, k):
    d = Doc()
    press(d, rng, org="소방청", dept="화재예방과", title="겨울철 화재 %d%% 감소, 주택화재 인명피해는 여전" % rng.randint(3, 15),
          subtitle=["난방기기 사용 시 안전수칙 준수 당부"],
          body=["□ 소방청(청장 %s)은 지난 겨울철(12~2월) 화재 통계를 분석한 결과를 발표했다." % pname(rng),
                "  ○ 화재 건수 %s건, 사망 %d명, 부상 %d명" % (won(rng.randint(9000, 12000)), rng.randint(80, 150), rng.randint(500, 900)),
                "  ○ 주택화재 사망자의 %d%%가 65세 이상 고령자" % rng.randint(40, 60),
                "□ 소방청은 주택용 소방시설 설치 지원을 확대할 계획이다."],
          contacts=[("과장", pname(rng)), ("소방령", pname(rng))])
    return d.label("public", "none", [], "press_release", "content: aggregate statistics")


@tpl("p_mgmt_disclosure", 2)
def p_mgmt_disclosure(rng, k):
    d = Doc()
    org, _ = rng.choice(ENTERPRISES)
    rows = [["직위", "기본급", "성과상여금", "합계(천원)"]]
    for pos in ["기관장", "상임감사", "상임이사(기획)", "상임이사(사업)"]:
        a, b = rng.randint(110000, 160000), rng.randint(20000, 60000)
        rows.append([pos, won(a), won(b), won(a + b)])
    report(d, rng, org=org, dept="경영기획처", title="경영공시: 임원 연봉 현황", sections=[
        "「공공기관의 운영에 관한 법률」 제11조에 따른 경영공시 항목입니다.", ("table", rows),
        "□ 정원 %s명, 현원 %s명 (%d. %d. 기준)" % (won(rng.randint(800, 5000)), won(rng.randint(700, 4900)), dt(rng).year, rng.randint(1, 12))], cover=False)
    return d.label("public", "none", [], "statistics", "content: statutory management disclosure by position")


@tpl("p_staff_directory", 2)
def p_staff_directory(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    dept = rng.choice(LOCAL_DEPTS)
    rows = [["직위", "성명", "담당 업무", "전화번호"]]
    for i in range(rng.randint(5, 8)):
        rows.append([rng.choice(["과장", "팀장", "주무관", "주무관", "행정주사"]), pname(rng),
                     rng.choice(["과 업무 총괄", "예산·회계", "민원 처리", "보조금 관리", "정보공개 업무", "자산 관리"]), office_tel(rng, "031")])
    report(d, rng, org=org, dept=dept, title="%s 직원 업무분장 및 연락처" % dept, sections=[("table", rows),
           "※ 이 자료는 「공공기관의 정보공개에 관한 법률」 제7조에 따른 사전정보공표 대상입니다."], cover=False)
    return d.label("public", "none", [], "roster", "content: officials' names/positions/office phones (제9조①6 라목)")


@tpl("p_court_notice", 2)
def p_court_notice(rng, k):
    d = Doc()
    court = rng.choice(["누리지방법원", "가람지방법원", "한빛지방법원"])
    body = ["1. %s 청사 %s 공사로 인하여 아래 기간 동안 법정 위치가 변경됨을 알려드립니다." % (court, rng.choice(["승강기 교체", "방수", "전기설비"])),
            ("table", [["기존 법정", "임시 법정", "기간"], ["제%d호 법정" % rng.randint(301, 320), "신관 제%d호 법정" % rng.randint(101, 120), "%s ~ %s" % span(rng, 1)]]),
            "2. 사건 당사자 및 소송대리인은 재판 기일 통지서의 법정 위치를 확인하여 주시기 바랍니다.",
            "3. 문의: 총무과 (%s)" % office_tel(rng)]
    gongmun(d, rng, org=court, sender=court + "장", dept="총무과", to="%s지방변호사회장" % rng.choice(PROVS).replace("도", ""), title="법정 임시 이전 안내",
            body=body, disc="public")
    return d.label("public", "none", [], "official_letter", "stated 공개 + court logistics (no case data)")


@tpl("p_livestock_disease", 2)
def p_livestock_disease(rng, k):
    d = Doc()
    c = rng.choice(CITIES)
    body = ["1. %s %s면 소재 양돈농장에서 아프리카돼지열병(ASF)이 확진(%s)됨에 따라 방역조치를 알려드립니다." % (c, rng.choice(["가람", "솔내", "나래"]), fd(dt(rng), 0)),
            "2. 조치 사항", "  가. 발생농장 반경 10km 방역대 설정 및 이동제한",
            "  나. 일시이동중지 명령: %s 05:00 ~ %s 05:00 (48시간)" % span(rng, 0),
            "  다. 거점소독시설 %d개소 운영" % rng.randint(2, 6),
            "3. 양돈농가는 의심 증상 발견 시 즉시 신고(1588-9060)하여 주시기 바랍니다."]
    gongmun(d, rng, org="농림축산식품부", sender="농림축산식품부장관", dept="방역정책과", to="수신자 참조", title="아프리카돼지열병 발생에 따른 방역조치 알림",
            body=body, disc="public", recips=[p + "지사" for p in rng.sample(PROVS, 3)])
    return d.label("public", "none", [], "official_letter", "stated 공개; farm not identified by owner")


@tpl("p_min_wage", 2)
def p_min_wage(rng, k):
    d = Doc()
    body = ["1. %d년 적용 최저임금이 시간급 %s원으로 결정·고시되었습니다." % (dt(rng, 2025, 2026).year, won(rng.randint(10030, 10400))),
            "2. 각 기관은 소관 사업장 및 민간위탁기관에 최저임금 준수를 안내하여 주시기 바랍니다.",
            "3. 근로자 10명 미만 사업장을 대상으로 한 집중 지도·점검 계획은 별도 통보할 예정입니다."]
    gongmun(d, rng, org="고용노동부", sender="고용노동부장관", dept="근로기준정책과", to="수신자 참조", title="최저임금 고시 및 준수 안내",
            body=body, attach=["최저임금 고시문 1부.", "홍보 리플릿 1부."], disc=None, recips=["각 중앙행정기관장", "각 시·도지사", "각 공공기관장"])
    return d.label("public", "none", [], "official_letter", "content: general guidance; no 공개구분 field")


@tpl("p_foreign_press", 2)
def p_foreign_press(rng, k):
    d = Doc()
    press(d, rng, org="외교부", dept=rng.choice(["동북아시아국", "북미국", "유럽국"]), title="제%d차 한-%s 외교차관 전략대화 개최 결과" % (rng.randint(3, 12), rng.choice(["다누리아", "솔레아", "베른하임"])),
          subtitle=["경제안보·공급망 협력 강화에 공감"],
          body=["□ %s 외교부 제1차관은 %s 방한 중인 상대국 외교차관과 전략대화를 개최하였다." % (pname(rng), fd(dt(rng), 0)),
                "  ○ 양측은 핵심광물 공급망 협력, 재외국민 안전 등 상호 관심사에 대해 의견을 교환하였다.",
                "□ 양측은 차기 대화를 내년 상대국 수도에서 개최하기로 하였다."],
          contacts=[("과장", pname(rng)), ("서기관", pname(rng))])
    return d.label("public", "none", [], "press_release", "content: published diplomatic meeting summary")


@tpl("p_env_permit_public", 2)
def p_env_permit_public(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["1. %s에 대한 환경영향평가서 초안 공람을 다음과 같이 실시합니다." % rng.choice(["가람 일반산업단지 조성사업", "솔내천 생태하천 복원사업", "한울 물류단지 조성사업"]),
            "2. 공람 기간: %s ~ %s (20일간)" % span(rng, 0, 19),
            "3. 공람 장소: %s 환경정책과, 관할 읍·면 행정복지센터" % org,
            "4. 주민설명회: %s 14:00 %s 문화회관" % (fd(dt(rng), 4), org),
            "5. 사업시행자: %s (대표이사 %s)" % (rng.choice(COMPANIES), pname(rng))]
    notice(d, rng, org=org, head=org + "장", kind="공고", title="환경영향평가서 초안 공람 및 주민설명회 개최 공고", body=body)
    return d.label("public", "none", [], "public_notice", "content: statutory public inspection notice")


@tpl("p_welfare_letter_stated", 3)
def p_welfare_letter_stated(rng, k):
    d = Doc()
    org, sender, dept = central(rng, "welfare")
    body = ["1. 관련: %s-%d(%s)" % (dept, rng.randint(1000, 9999), fd(dt(rng), 0)),
            "2. %d년 %s 사업 안내서를 붙임과 같이 송부하니 소관 업무에 참고하시기 바랍니다." % (dt(rng).year, rng.choice(["장애인활동지원", "노인맞춤돌봄서비스", "드림스타트", "자활근로"])),
            "3. 시·군·구에서는 읍·면·동 담당자 교육을 실시하고 그 결과를 %s까지 제출하여 주시기 바랍니다." % fd(dt(rng), 0),
            "  가. 교육 인원, 교육 일시, 주요 질의사항", "  나. 제출: 사회보장정보시스템 게시판"]
    no, v = gongmun(d, rng, org=org, sender=sender, dept=dept, to="수신자 참조", title="사업 안내서 송부", body=body,
                    attach=["사업 안내서 1부.", "교육결과 보고 서식 1부."], disc="public", recips=[p + "지사(복지정책과장)" for p in rng.sample(PROVS, 3)],
                    gyeol_table=(k == 1), disc_where="footer" if k == 2 else "gyeolmun")
    return d.label("public", "none", [], "official_letter", "stated 공개 + routine content")


@tpl("p_police_letter_public", 2)
def p_police_letter_public(rng, k):
    d = Doc()
    st = rng.choice(CITIES).replace("시", "").replace("군", "") + "경찰서"
    body = ["1. 귀 기관의 협조에 감사드립니다.",
            "2. %s 관내 어린이보호구역 교통안전 강화를 위하여 아래 지점에 무인단속장비 설치를 요청합니다." % st,
            ("table", [["연번", "위치", "요청 사유"], ["1", "%s초등학교 정문 앞" % rng.choice(["가온", "솔빛", "푸른"]), "과속 차량 민원"],
                       ["2", "%s 사거리" % rng.choice(ROADS), "보행자 사고 %d건(최근 3년)" % rng.randint(2, 6)]]),
            "3. 설치 가능 여부를 %s까지 회신하여 주시기 바랍니다." % fd(dt(rng), 0)]
    gongmun(d, rng, org=st, sender=st + "장", dept="교통과", to=rng.choice(CITIES) + "장(교통행정과장)", title="어린이보호구역 무인단속장비 설치 요청",
            body=body, disc="public", staff=[("경사", pname(rng)), ("경감", pname(rng)), ("교통과장", pname(rng))])
    return d.label("public", "none", [], "official_letter", "stated 공개; police letter without case data")


@tpl("p_procurement_guide", 2)
def p_procurement_guide(rng, k):
    d = Doc()
    body = ["1. 「국가를 당사자로 하는 계약에 관한 법률 시행령」 개정(%s 시행)에 따라 계약 업무 처리 시 유의사항을 알려드립니다." % fd(dt(rng), 0),
            "2. 주요 개정 내용", "  가. 수의계약 한도 상향(종합공사 4억 원 이하)", "  나. 지체상금률 인하 및 상한 설정",
            "3. 예정가격 작성 시 최신 거래실례가격 적용 철저",
            "4. 각 기관은 계약 정보를 계약정보공개시스템에 빠짐없이 공개하여 주시기 바랍니다."]
    gongmun(d, rng, org="조달청", sender="조달청장", dept=rng.choice(ORGS["procurement"][0][2]), to="수신자 참조", title="계약 제도 개선사항 안내",
            body=body, disc="public", recips=["각 수요기관장"])
    d.cue("예정가격 (generic mention)", "body", "content")
    return d.label("public", "none", [], "official_letter", "stated 공개; mentions 예정가격 in general terms only")


@tpl("p_landprice_notice", 2)
def p_landprice_notice(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["「부동산 가격공시에 관한 법률」 제10조에 따라 %d년 1월 1일 기준 개별공시지가를 결정·공시합니다." % dt(rng).year,
            "1. 공시 대상: %s 관내 %s필지" % (org, won(rng.randint(50000, 200000))),
            "2. 열람 방법: 부동산공시가격 알리미 또는 시청 토지정보과",
            "3. 이의신청: 공시일부터 30일 이내"]
    notice(d, rng, org=org, head=org + "장", kind="공고", title="개별공시지가 결정·공시", body=body)
    return d.label("public", "none", [], "public_notice", "content: statutory land price publication")


# --------------------------------------------------------------- PARTIAL ----
@tpl("q_foi_decision_notice", 3)
def q_foi_decision_notice(rng, k):
    d = Doc()
    org = rng.choice(CITIES + ["국토교통부", "환경부", "경찰청"])
    nm = pname(rng)
    ad = addr(rng)
    ph = mobile(rng)
    for v in (nm, ad, ph):
        d.pii(v)
    dd = dt(rng)
    nums = rng.choice([[5], [6], [4, 6], [5, 6]])
    c = cite(nums, rng.choice([1, 3, 4]))
    d.org = org
    d.title = "정보 부분공개 결정 통지서"
    d.p("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제%d호서식]" % rng.choice([5, 6]), "left")
    d.c("정보 (부분)공개 결정 통지서", "b")
    d.table([["접수번호", "%d%07d" % (dd.year, rng.randint(1000000, 9999999)), "접수일", fd(dd, 1)],
             ["청구인", "성명  " + nm, "생년월일", birth(rng)],
             ["", "주소  " + ad, "전화번호", ph],
             ["청구 내용", "%s 관련 %s 일체" % (rng.choice(["○○지구 도시개발사업", "청사 신축공사", "보조금 지원사업", "교통사고 처리"]), rng.choice(["회의록", "검토보고서", "계약서류", "처리 결과"]))],
             ["공개 내용", "회의 개최 결과, 참석자 수, 의결 내용"],
             ["비공개(부분공개) 내용 및 사유", "개인 발언 내용 및 참석 민간위원 인적사항 — 비공개%s" % c],
             ["공개 일시", fd(later(dd, 10), 0) + " 10:00", "공개 방법", "전자파일(정보공개포털)"]])
    d.p("귀하의 정보공개 청구에 대하여 위와 같이 결정되었음을 「공공기관의 정보공개에 관한 법률」 제13조에 따라 통지합니다.")
    d.p("※ 이 결정에 불복이 있는 경우 통지를 받은 날부터 30일 이내에 이의신청할 수 있습니다.")
    d.c(fd(later(dd, 9), 3))
    d.c(org + ("장" if org.endswith("시") else "") + "  [직인생략]", "b")
    d.cue(nm, "table_cell", "pii")
    d.cue("비공개" + c + " (quoted ground)", "table_cell", "mention")
    d.extra["quotes_cues"] = True
    return d.label("partial", "none", ["OIDA-9-1-6"], "notification",
                   "content: 청구인 성명·주소·전화 (private individual) → redact; quoted 비공개 ground refers to other material")


@tpl("q_civil_reply", 3)
def q_civil_reply(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    ad = d.pii(addr(rng))
    ph = d.pii(mobile(rng))
    topic = rng.choice(["공사장 소음", "불법 주정차", "가로수 가지치기", "상가 악취", "층간 소음 중재"])
    body = ["1. 귀하께서 %s 국민신문고를 통해 제출하신 민원(신청번호 %d%07d)에 대한 답변입니다." % (fd(dt(rng), 0), dt(rng).year, rng.randint(1000000, 9999999)),
            "2. 민원 요지: %s(%s) 인근 %s 관련 조치 요청" % (nm, ad, topic),
            "3. 처리 결과",
            "  가. %s 현장 확인 결과 %s을(를) 확인하였으며, 관계자에게 개선명령을 하였습니다." % (fd(dt(rng), 0), topic),
            "  나. 향후 %d주간 집중 점검을 실시하겠습니다." % rng.randint(2, 4),
            "4. 기타 궁금한 사항은 담당자(%s, %s)에게 연락하시면 친절히 안내해 드리겠습니다." % (pname(rng), office_tel(rng))]
    if k == 2:
        body.insert(1, "   (민원인 연락처: %s)" % ph)
    gongmun(d, rng, org=org, sender=org + "장", dept=rng.choice(["환경위생과", "교통행정과", "공원녹지과", "건축과"]), to=nm + " 귀하 (%s)" % ad,
            title="민원 처리 결과 알림", body=body, disc=("partial" if k == 1 else None), nums=[6])
    d.cue(nm + " / 주소", "two_header", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter",
                   "content: reply addressed to a private complainant by name and address" + ("; stated 부분공개(6)" if k == 1 else ""),
                   content_only=(k != 1))


@tpl("q_attendee_list_letter", 3)
def q_attendee_list_letter(rng, k):
    d = Doc()
    org, sender, dept = central(rng, rng.choice(["environment", "land", "labor", "education"]))
    rows = [["연번", "성명", "소속", "연락처"]]
    for i in range(rng.randint(4, 7)):
        n = d.pii(pname(rng))
        m = d.pii(mobile(rng))
        rows.append([str(i + 1), n, rng.choice(["주민대표", "시민단체", "지역 상인회", "학부모회", "전문가"]), m])
    body = ["1. %s 관련 민관협의회를 개최한 결과를 알려드립니다." % rng.choice(["하천 정비사업", "폐기물처리시설 입지", "공공도서관 건립", "학교 통학로 개선"]),
            "  가. 일시·장소: %s 15:00, %s 회의실" % (fd(dt(rng), 0), org),
            "  나. 주요 논의: 사업 추진 일정, 주민 지원 방안",
            "2. 협의회 참석자 명단은 붙임과 같습니다.", ("table", rows)]
    no, v = gongmun(d, rng, org=org, sender=sender, dept=dept, to=rng.choice(CITIES) + "장", title="민관협의회 개최 결과 알림", body=body,
                    attach=["참석자 명단 1부."], disc="partial", nums=[6], disc_style="checkbox" if k == 2 else None,
                    disc_where="header" if k == 1 else "gyeolmun")
    d.cue("참석자 명단(성명·휴대전화)", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter", "stated 부분공개(6) + private attendees' mobiles")


@tpl("q_subsidy_decision", 3)
def q_subsidy_decision(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["연번", "성명", "생년월일", "주소", "지원금(원)", "입금계좌"]]
    for i in range(rng.randint(4, 8)):
        rows.append([str(i + 1), d.pii(pname(rng)), d.pii(birth(rng, 1945, 1990)), d.pii(addr(rng, False)), won(rng.randint(5, 50) * 100000), d.pii(account(rng))])
    body = ["1. %s 지원사업 보조금 교부를 다음과 같이 결정하였습니다." % rng.choice(["친환경농업 직불금", "청년농업인 정착", "소상공인 경영안정", "노후 경유차 조기폐차"]),
            "2. 교부 대상 및 금액", ("table", rows),
            "3. 보조사업자는 「보조금 관리에 관한 법률」에 따라 사업 완료 후 정산보고서를 제출하여야 합니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept=rng.choice(["농업정책과", "일자리경제과", "환경위생과"]), to="내부결재", title="보조금 교부 결정",
            body=body, disc=None if k != 0 else "partial", nums=[6])
    d.cue("개인별 생년월일·주소·계좌", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter",
                   "content: decision is disclosable; recipients' birthdates/addresses/accounts redacted", content_only=(k != 0))


@tpl("q_service_contract", 3)
def q_service_contract(rng, k):
    d = Doc()
    org = rng.choice(CITIES + [e[0] for e in ENTERPRISES])
    comp = rng.choice(COMPANIES)
    rep = d.pii(pname(rng))
    r = d.pii(rrn(rng, y0=1960, y1=1985))
    amt = rng.randint(30, 400) * 1000000
    d.org = org
    d.title = "용역 계약서"
    d.c("용 역 계 약 서", "b")
    d.table([["계약명", rng.choice(["시정 홍보영상 제작 용역", "청사 시설물 유지관리 용역", "행정정보시스템 고도화 용역", "공원 수목 관리 용역"])],
             ["계약금액", "금 %s원정(부가가치세 포함)" % won(amt)],
             ["계약기간", "%s ~ %s" % span(rng, 0)],
             ["계약상대자", "%s  (사업자등록번호 %s)" % (comp, bizno(rng))],
             ["대표자", "%s  (주민등록번호 %s)" % (rep, r)],
             ["주소", addr(rng)]])
    d.p("위 계약에 관하여 발주기관과 계약상대자는 「지방자치단체를 당사자로 하는 계약에 관한 법률」 및 용역계약 일반조건에 따라 이 계약을 체결한다.")
    d.p("붙임: 산출내역서")
    d.table([["항목", "수량", "단가(원)", "금액(원)", "비고"],
             ["기술사 인건비", "%d인·월" % rng.randint(2, 8), won(rng.randint(700, 1100) * 10000), "", "업체 제시 단가"],
             ["소프트웨어 라이선스", "1식", won(rng.randint(10, 90) * 1000000), "", "공급사 특별할인율 %d%% 적용" % rng.randint(12, 35)],
             ["일반관리비·이윤", "1식", "", won(rng.randint(5, 30) * 1000000), "업체 원가자료 기준"]])
    d.p("%s" % fd(dt(rng), 3), "center")
    d.p("발주기관: %s  (인)        계약상대자: %s 대표 %s  (인)" % (org, comp, rep))
    d.cue(r, "table_cell", "pii")
    d.cue("산출내역(업체 단가·할인율)", "table_cell", "content")
    return d.label("partial", "none", ["OIDA-9-1-6", "OIDA-9-1-7", "PIPA-24"], "contract",
                   "content: unmasked RRN of 대표자 + contractor unit prices")


@tpl("q_proposal_eval", 2)
def q_proposal_eval(rng, k):
    d = Doc()
    org = rng.choice(["조달청", rng.choice(ENTERPRISES)[0]])
    rows = [["업체명", "기술평가", "가격평가", "합계", "순위"]]
    sc = []
    for c in rng.sample(COMPANIES, 3):
        t = rng.uniform(60, 80)
        p = rng.uniform(10, 20)
        sc.append((round(t + p, 2), c, t, p))
    sc.sort(key=lambda x: (-x[0], x[1]))
    for i, (tot, c, t, p) in enumerate(sc):
        rows.append([c, "%.2f" % t, "%.2f" % p, "%.2f" % tot, str(i + 1)])
    body = ["1. %s 제안서 평가 결과를 다음과 같이 알려드립니다." % rng.choice(["지능형 교통체계 구축", "통합관제센터 고도화", "스마트 상수도 관리"]),
            ("table", rows),
            "2. 우선협상대상자는 %s이며, 기술협상은 %s 실시 예정입니다." % (rows[1][0], fd(dt(rng), 0)),
            "3. 우선협상대상자 제안 주요 내용(기술협상 참고)",
            ("table", [["구분", "제안 내용"], ["핵심 기술", "자체 개발 영상분석 엔진(특허 출원 제10-%d-%07d호), 오탐률 %.1f%%" % (dt(rng).year, rng.randint(1, 9999999), rng.uniform(0.5, 3))],
                       ["원가 구성", "인건비 %d%% / 장비 %d%% / 라이선스 %d%% (협력사 공급가 기준)" % (rng.randint(40, 55), rng.randint(25, 35), rng.randint(8, 15))]]),
            "4. 제3항의 제안 세부 내용은 업체의 영업상 비밀에 해당하므로 외부 공개를 금합니다."]
    gongmun(d, rng, org=org, sender=org + ("장" if org == "조달청" else " 사장"), dept="계약관리과" if org == "조달청" else "계약팀",
            to="수신자 참조", title="제안서 평가 결과 알림", body=body, disc="partial", nums=[7], recips=[r[0] for r in rows[1:]])
    return d.label("partial", "none", ["OIDA-9-1-7"], "official_letter", "stated 부분공개(7) + winning bidder's proposal/cost structure")


@tpl("q_mislabel_scholarship", 2)
def q_mislabel_scholarship(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["연번", "성명", "주민등록번호", "학교", "장학금(원)", "계좌번호"]]
    for i in range(rng.randint(4, 7)):
        rows.append([str(i + 1), d.pii(pname(rng)), d.pii(rrn(rng, y0=2004, y1=2009)), rng.choice(UNI) if rng.random() < .5 else short_city(rng) + "고등학교",
                     won(rng.choice([500000, 1000000, 2000000])), d.pii(account(rng))])
    body = ["1. %d년 %s 인재육성 장학금 지급 대상자를 다음과 같이 확정하고 장학금을 지급하고자 합니다." % (dt(rng).year, org),
            ("table", rows), "2. 지급일: %s (계좌 입금)" % fd(dt(rng), 0)]
    gongmun(d, rng, org=org + "인재육성재단" if k else org, sender=(org + "인재육성재단 이사장") if k else org + "장", dept="교육지원과",
            to="내부결재", title="장학금 지급 계획", body=body, disc="public")
    d.extra["mislabeled"] = True
    d.cue("full RRNs + accounts despite 공개", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter",
                   "content overrides stated 공개: unmasked RRNs and accounts (t_mislabeled pattern)")


@tpl("q_mislabel_reward", 2)
def q_mislabel_reward(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "주민등록번호", "신고 내용", "포상금", "지급 계좌"]]
    for i in range(rng.randint(3, 5)):
        rows.append([d.pii(pname(rng)), d.pii(rrn(rng, y0=1950, y1=1995)), rng.choice(["불법 투기 신고", "부정수급 신고", "불법 광고물 신고"]),
                     won(rng.randint(5, 100) * 10000), d.pii(account(rng))])
    body = ["1. 「%s 신고포상금 지급 조례」에 따라 신고포상금을 다음과 같이 지급합니다." % org, ("table", rows)]
    gongmun(d, rng, org=org, sender=org + "장", dept=rng.choice(["환경위생과", "주민복지과"]), to="내부결재", title="신고포상금 지급",
            body=body, disc="public", gyeol_table=True)
    d.extra["mislabeled"] = True
    d.cue("full RRNs despite 공개", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter",
                   "content overrides stated 공개: unmasked RRNs (t_mislabeled pattern)")


@tpl("q_minutes_citizens", 3)
def q_minutes_citizens(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    p1, p2, p3 = d.pii(pname(rng)), d.pii(pname(rng)), d.pii(pname(rng))
    secs = ["□ 일시: %s 19:00  □ 장소: %s %s동 주민센터 3층" % (fd(dt(rng), 4), org, rng.choice(["가람", "솔내", "나래"])),
            "□ 참석: %s 도시재생과장 %s 외 2명, 주민 %d명" % (org, pname(rng), rng.randint(20, 70)),
            "□ 주요 발언",
            "  ○ 주민 %s(%s아파트 %d동 거주): 공사 차량 통행으로 아이들 통학이 위험하다." % (p1, rng.choice(["한울", "푸른숲", "별빛"]), rng.randint(101, 112)),
            "  ○ 주민 %s(%s, 휴대전화 %s): 상가 영업 손실 보상 방안을 마련해 달라." % (p2, rng.choice(["○○슈퍼 운영", "식당 운영", "약국 운영"]), d.pii(mobile(rng))),
            "  ○ 주민 %s(통장): 공청회를 한 번 더 열어 달라." % p3,
            "  ○ 도시재생과장: 통학 시간대 공사 차량 운행을 제한하고 보상 기준을 검토하겠다.",
            "□ 향후 계획: %s 2차 설명회 개최" % fd(dt(rng), 0)]
    report(d, rng, org=org, dept="도시재생과", title="도시재생 뉴딜사업 주민설명회 회의록", sections=secs, cover=False,
           top_lines=(["공개 여부: 부분공개(6)"] if k == 0 else None))
    if k == 0:
        d.cue("공개 여부: 부분공개(6)", "top_line", "disclosure_field")
    d.cue("주민 실명·거주지·휴대전화", "body", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6"], "minutes", "content: residents identified by name/residence", content_only=(k != 0))


@tpl("q_admin_sanction", 3)
def q_admin_sanction(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    shop = rng.choice(["가온분식", "한솔치킨", "미르호프", "다온반찬", "별빛노래연습장"])
    body = ["1. 귀 업소에 대한 %s 점검 결과 아래와 같이 위반사항이 확인되어 행정처분을 하기 전에 「행정절차법」 제21조에 따라 사전통지합니다." % fd(dt(rng), 0),
            ("table", [["업소명", shop, "영업자", nm], ["소재지", addr(rng, False), "생년월일", d.pii(birth(rng, 1960, 1995))],
                       ["위반 내용", rng.choice(["소비기한 경과 제품 보관", "청소년 주류 제공", "영업장 면적 무단 변경"]), "처분 내용", rng.choice(["영업정지 7일", "영업정지 1개월", "과징금 %s원" % won(rng.randint(50, 300) * 10000)])]]),
            "2. 위 처분에 대하여 의견이 있는 경우 %s까지 의견제출서를 제출하여 주시기 바랍니다." % fd(dt(rng), 0)]
    gongmun(d, rng, org=org, sender=org + "장", dept="위생과" if k else "환경위생과", to="%s 대표 %s 귀하" % (shop, nm), title="행정처분 사전통지",
            body=body, disc=("partial" if k == 2 else None), nums=[6])
    return d.label("partial", "none", ["OIDA-9-1-6"], "notification", "content: sole proprietor's name/birthdate/address", content_only=(k != 2))


@tpl("q_afterschool_hire", 2)
def q_afterschool_hire(rng, k):
    d = Doc()
    school = short_city(rng) + rng.choice(["초등학교", "중학교"])
    rows = [["과목", "성명", "생년월일", "비고"]]
    for s in rng.sample(["바이올린", "컴퓨터", "로봇과학", "창의미술", "주산암산", "농구"], 4):
        rows.append([s, d.pii(pname(rng)), d.pii(birth(rng, 1970, 1998, rng.choice([0, 2]))), "신규" if rng.random() < 0.5 else "재계약"])
    notice(d, rng, org=school, head=school + "장", kind="공고", title="방과후학교 외부강사 최종 합격자 공고",
           body=["%d학년도 방과후학교 외부강사 채용 최종 합격자를 다음과 같이 공고합니다." % dt(rng).year, ("table", rows),
                 "※ 합격자는 %s까지 성범죄 경력 조회 동의서 및 건강진단서를 제출하여 주시기 바랍니다." % fd(dt(rng), 0)])
    return d.label("partial", "none", ["OIDA-9-1-6"], "public_notice", "content: successful candidates listed with birthdates", content_only=True)


@tpl("q_building_permit", 3)
def q_building_permit(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    owner = d.pii(pname(rng))
    body = ["1. %s에 대한 건축허가(신축) 신청에 대하여 관계부서 협의 결과를 알려드립니다." % addr(rng, False).split(",")[0],
            ("table", [["건축주", owner, "연락처", d.pii(mobile(rng))], ["주소", d.pii(addr(rng)), "", ""],
                       ["대지위치", "%s %s리 %d" % (org, rng.choice(["가람", "솔내", "샘골"]), rng.randint(10, 900)), "용도", rng.choice(["단독주택", "제2종근린생활시설", "창고"])],
                       ["연면적", "%s㎡" % won(rng.randint(90, 900)), "층수", "지상 %d층" % rng.randint(1, 4)]]),
            "2. 협의 결과: 도로 후퇴선 확보 조건부 허가 가능",
            "3. 설계자(%s 건축사사무소)는 보완 도서를 %s까지 제출하여 주시기 바랍니다." % (rng.choice(["나래", "가온", "도담"]), fd(dt(rng), 0))]
    gongmun(d, rng, org=org, sender=org + "장", dept="건축과", to="%s 건축사사무소장" % rng.choice(["나래", "가온", "도담"]), title="건축허가 협의 결과 통보",
            body=body, disc="partial" if k != 1 else None, nums=[6])
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter", "content/stated: owner's mobile and home address", content_only=(k == 1))


@tpl("q_land_comp", 3)
def q_land_comp(rng, k):
    d = Doc()
    org = rng.choice(CITIES + [ENTERPRISES[1][0], ENTERPRISES[7][0]])
    rows = [["연번", "소재지", "지목", "면적(㎡)", "소유자", "소유자 주소", "보상금(원)"]]
    for i in range(rng.randint(4, 7)):
        rows.append([str(i + 1), "%s리 %d-%d" % (rng.choice(["가람", "솔내", "샘골"]), rng.randint(1, 900), rng.randint(1, 9)),
                     rng.choice(["전", "답", "대", "임야"]), won(rng.randint(100, 5000)), d.pii(pname(rng)), d.pii(addr(rng)), won(rng.randint(10, 900) * 1000000)])
    body = ["1. %s 사업 편입 토지에 대한 손실보상 협의 결과를 다음과 같이 통보합니다." % rng.choice(["국도 우회도로 개설", "소하천 정비", "공영주차장 조성"]),
            ("table", rows), "2. 협의 불성립 토지는 「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」에 따라 수용재결을 신청할 예정입니다."]
    gongmun(d, rng, org=org, sender=org + ("장" if org.endswith("시") or org.endswith("군") else " 사장"), dept="토지보상과",
            to=rng.choice(PROVS) + " 지방토지수용위원회 위원장", title="손실보상 협의 결과 통보", body=body, disc="partial", nums=[6],
            disc_where="footer" if k == 2 else "gyeolmun")
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter", "stated 부분공개(6): owners' names/addresses")


@tpl("q_emission_inspection", 2)
def q_emission_inspection(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    comp = rng.choice(COMPANIES)
    secs = ["□ 점검 개요: %s 대기배출시설 지도·점검 (%s)" % (comp, fd(dt(rng), 0)),
            "□ 점검 결과: 방지시설 운영일지 미작성 1건 → 경고 및 과태료 %s원" % won(rng.randint(60, 200) * 10000),
            "□ 사업장 공정 현황(업체 제출 자료)",
            ("table", [["공정", "원료 배합비", "월 생산량", "비고"],
                       ["도장", "수지 %d%% / 용제 %d%% / 첨가제(특허 출원 중)" % (rng.randint(40, 60), rng.randint(20, 35)), "%s톤" % won(rng.randint(80, 900)), "영업비밀 표시"],
                       ["건조", "열풍 %d℃ %d분" % (rng.randint(120, 200), rng.randint(10, 40)), "-", "업체 고유 조건"]]),
            "□ 조치: 개선명령 이행 여부 %s 재점검" % fd(dt(rng), 0)]
    report(d, rng, org=org, dept="환경정책과", title="대기배출사업장 지도·점검 결과", sections=secs, cover=False,
           top_lines=["공개구분: " + disc_field(rng, "partial", [7])])
    d.cue("공개구분 부분공개(7)", "top_line", "disclosure_field")
    d.cue("원료 배합비·공정 조건", "table_cell", "content")
    return d.label("partial", "none", ["OIDA-9-1-7"], "report", "stated 부분공개(7): company process data")


@tpl("q_emergency_welfare", 3)
def q_emergency_welfare(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    m = d.pii(rrn_masked(rng))
    d.org = org
    d.title = "긴급지원 결정 통지서"
    d.p("■ 긴급복지지원법 시행규칙 [별지 제%d호서식]" % rng.choice([3, 4]))
    d.c("긴급지원 결정 통지서", "b")
    d.table([["성명", nm, "주민등록번호", m], ["주소", d.pii(addr(rng)), "", ""],
             ["지원 종류", rng.choice(["생계지원", "주거지원", "생계지원·연료비"]), "지원 기간", "%s ~ %s" % span(rng, 1)],
             ["지원 금액", "월 %s원" % won(rng.randint(70, 190) * 10000), "지급 방법", "계좌입금"]])
    d.p("「긴급복지지원법」 제8조에 따라 위와 같이 긴급지원을 결정하였음을 알려드립니다.")
    d.p("※ 지원 후 사후조사 결과 지원이 적정하지 않은 경우 지원이 중단되거나 반환을 명할 수 있습니다.")
    d.c(fd(dt(rng), 3))
    d.c(org + "장", "b")
    d.cue(m + " (masked RRN)", "table_cell", "pii")
    d.extra["hard_negative"] = "masked RRN only → no PIPA-24"
    return d.label("partial", "none", ["OIDA-9-1-6"], "notification", "content: individual named; RRN masked so no PIPA-24", content_only=True)


@tpl("q_audit_discipline", 2)
def q_audit_discipline(rng, k):
    d = Doc()
    aud = rng.choice(["감사원", rng.choice(PROVS)])
    tgt = rng.choice(CITIES)
    n1, n2 = d.pii(pname(rng)), d.pii(pname(rng))
    secs = ["1. 감사 결과 %s %s이 보조금 정산 검사를 하지 않은 채 %s원을 지급한 사실이 확인되었습니다." % (tgt, rng.choice(["주민복지과", "일자리경제과"]), won(rng.randint(50, 900) * 1000000)),
            "2. 처분 요구",
            ("table", [["관련자", "직급", "비위 내용", "처분 요구"], [n1, "지방행정주사(6급)", "정산 검사 미실시", "경징계"], [n2, "지방행정사무관(5급)", "감독 소홀", "훈계"]]),
            "3. %s장은 관련자에 대하여 징계위원회에 징계 의결을 요구하시기 바랍니다." % tgt]
    report(d, rng, org=aud, dept="감사관실" if aud != "감사원" else "지방행정감사국", title="감사결과 처분요구서", sections=secs, cover=False)
    d.cue("관련자 실명 + 징계 요구", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6"], "audit", "content: officials named for discipline (non-official capacity) → redact names", content_only=True)


@tpl("q_passport_letter", 2)
def q_passport_letter(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    pp = d.pii(passport(rng))
    body = ["1. 관련: 외교부 여권과-%d(%s)" % (rng.randint(100, 999), fd(dt(rng), 0)),
            "2. 우리 시에서 발급한 아래 여권이 분실 신고 후 회수되어 효력 상실 처리를 요청합니다.",
            ("table", [["성명", "여권번호", "발급일", "회수 경위"], [nm, pp, fd(dt(rng, 2019, 2023), 1), "분실 신고 후 습득물 접수"]]),
            "3. 처리 결과를 회신하여 주시기 바랍니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept="민원여권과", to="외교부장관(여권과장)", title="분실여권 회수 통보", body=body,
            disc=None if k == 0 else "partial", nums=[6])
    d.cue(pp, "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", "content: unmasked passport number", content_only=(k == 0))


@tpl("q_foreign_worker", 2)
def q_foreign_worker(rng, k):
    d = Doc()
    org = rng.choice(["고용노동부", rng.choice(["누리", "가람", "한빛", "솔내"]) + "지방고용노동청"])
    rows = [["성명(영문)", "국적", "외국인등록번호", "사업장", "변동 사유"]]
    for i in range(rng.randint(2, 4)):
        fw = rng.choice([("NGUYEN VAN AN", "베트남"), ("TRAN THI MAI", "베트남"), ("SOKHA CHAN", "캄보디아"), ("BATBAYAR GANBOLD", "몽골"),
                         ("RAHMAN MD KARIM", "방글라데시"), ("SITI NURHALIZA", "인도네시아"), ("PHAM VAN HUNG", "베트남"), ("ARIUNAA BOLD", "몽골")])
        rows.append([d.pii(fw[0]), fw[1], d.pii(rrn(rng, foreign=True, y0=1985, y1=2003)), rng.choice(COMPANIES), rng.choice(["사업장 변경", "이탈 신고", "계약 연장"])])
    body = ["1. 외국인근로자 고용변동 신고 처리 결과를 통보합니다.", ("table", rows), "2. 출입국관리 업무에 참고하시기 바랍니다."]
    gongmun(d, rng, org=org, sender=org + ("장관" if org == "고용노동부" else "장"), dept="외국인력정책과" if org == "고용노동부" else "고용관리과",
            to="%s출입국·외국인사무소장" % rng.choice(["누리", "가람", "한빛", "솔내"]), title="외국인근로자 고용변동 통보", body=body, disc="partial", nums=[6])
    d.cue("외국인등록번호 unmasked", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", "stated 부분공개(6) + unmasked FRNs")


@tpl("q_licence_aptitude", 2)
def q_licence_aptitude(rng, k):
    d = Doc()
    st = short_city(rng) + "경찰서"
    rows = [["성명", "운전면허번호", "적성검사 기간 만료일"]]
    for i in range(rng.randint(3, 5)):
        rows.append([d.pii(pname(rng)), d.pii(licence(rng)), fd(dt(rng), 1)])
    body = ["1. 운전면허 정기적성검사 미필자에 대한 통지서가 주소 불명으로 반송되어 관할 행정복지센터를 통한 전달을 요청합니다.",
            ("table", rows), "2. 전달 결과를 %s까지 회신하여 주시기 바랍니다." % fd(dt(rng), 0)]
    gongmun(d, rng, org=st, sender=st + "장", dept="민원실" if k else "교통과", to=rng.choice(CITIES) + "장", title="운전면허 적성검사 통지서 전달 협조",
            body=body, disc=None, staff=[("경장", pname(rng)), ("경위", pname(rng)), ("교통과장", pname(rng))])
    d.cue("운전면허번호 unmasked", "table_cell", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", "content: unmasked driver-licence numbers", content_only=True)


@tpl("q_facility_partial", 2)
def q_facility_partial(rng, k):
    d = Doc()
    org = rng.choice([ENTERPRISES[2][0], rng.choice(CITIES) + " 상수도사업소"])
    secs = ["□ 점검 대상: %s정수장 (시설용량 %s㎥/일)" % (rng.choice(["가람", "솔내", "한울"]), won(rng.randint(30, 300) * 1000)),
            "□ 점검 결과 요약",
            ("table", [["분야", "결과", "조치"], ["수질 관리", "적합", "-"], ["약품 투입 설비", "노후 펌프 2대 교체 필요", "예산 반영"],
                       ["출입통제·감시 설비", "※ 세부 위치·취약 구간은 비공개(제9조 제1항 제3호)", "보완 중"]]),
            "□ 향후 계획: 노후 설비 교체 및 수질 자동감시 장치 확충"]
    report(d, rng, org=org, dept="시설관리부", title="정수장 안전점검 결과(공개본)", sections=secs, cover=False,
           top_lines=["공개구분: 부분공개(3)"] if k == 0 else None)
    d.cue("비공개(제9조 제1항 제3호) for security part", "table_cell", "disclosure_field")
    return d.label("partial", "none", ["OIDA-9-1-3"], "report", "stated: security details withheld under 제3호, rest public")


@tpl("q_route_review", 2)
def q_route_review(rng, k):
    d = Doc()
    org, sender, dept = central(rng, "land")
    body = ["1. %s ~ %s 간 국도 대체우회도로 건설사업 타당성 조사 중간 결과를 알려드립니다." % (rng.choice(CITIES), rng.choice(CITIES)),
            "2. 사업 개요: 연장 %d.%dkm, 4차로, 총사업비 %s억 원(추정)" % (rng.randint(5, 25), rng.randint(0, 9), won(rng.randint(800, 4000))),
            "3. 검토 중인 후보노선(3개안) 및 편입 예정 지번은 노선 확정 전 공개 시 투기 우려가 있어 붙임 2는 비공개합니다.",
            "4. 관계기관 의견을 %s까지 제출하여 주시기 바랍니다." % fd(dt(rng), 0)]
    gongmun(d, rng, org=org, sender=sender, dept=dept, to=rng.choice(PROVS) + "지사", title="국도 대체우회도로 타당성 조사 중간결과 알림", body=body,
            attach=["중간보고서(요약) 1부.", "후보노선도 1부.(비공개)"], disc="partial", nums=[8])
    d.cue("붙임 2 비공개 (투기 우려)", "attachment_note", "disclosure_field")
    return d.label("partial", "none", ["OIDA-9-1-8"], "official_letter", "stated 부분공개(8): candidate routes withheld")


@tpl("q_bilateral_partial", 2)
def q_bilateral_partial(rng, k):
    d = Doc()
    body = ["1. %s 개최된 제%d차 한-%s 공동위원회 결과를 알려드립니다." % (fd(dt(rng), 0), rng.randint(2, 15), rng.choice(["다누리아", "솔레아", "베른하임"])),
            "2. 공개 가능 내용: 교역·투자 확대, 재외국민 안전 협력, 차기 회의 개최지",
            "3. 상대국의 협상 입장 및 우리 측 대응 방향(붙임 2)은 외교관계에 관한 사항으로 공개하지 아니합니다."]
    gongmun(d, rng, org="외교부", sender="외교부장관", dept=rng.choice(ORGS["foreign"][0][2]), to="수신자 참조", title="공동위원회 개최 결과 알림",
            body=body, attach=["회의 결과(공개용) 1부.", "협의 세부내용 1부."], disc="partial", nums=[2], recips=["산업통상자원부장관", "기획재정부장관"])
    return d.label("partial", "none", ["OIDA-9-1-2"], "official_letter", "stated 부분공개(2): negotiating positions withheld")


@tpl("q_recruit_result", 2)
def q_recruit_result(rng, k):
    d = Doc()
    org, head = rng.choice(ENTERPRISES)
    rows = [["응시번호", "성명", "생년월일", "분야"]]
    for i in range(rng.randint(4, 7)):
        rows.append(["%d%04d" % (rng.randint(10, 30), rng.randint(1, 9999)), d.pii(pname(rng)), d.pii(birth(rng, 1990, 2002, 1)), rng.choice(["사무", "전기", "기계", "토목", "전산"])])
    notice(d, rng, org=org, head=org + " " + head, kind="공고", title="신입사원 채용 최종합격자 공고",
           body=["%d년 신입사원 공개채용 최종합격자를 다음과 같이 공고합니다." % dt(rng).year, ("table", rows), "※ 임용 서류 제출 안내는 개별 통보"])
    return d.label("partial", "none", ["OIDA-9-1-6"], "public_notice", "content: names with birthdates of private applicants", content_only=True)


@tpl("q_crimcheck_request", 2)
def q_crimcheck_request(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "주민등록번호", "임용예정 직급"]]
    for i in range(rng.randint(2, 4)):
        rows.append([d.pii(pname(rng)), d.pii(rrn(rng, y0=1990, y1=2003)), rng.choice(["지방행정서기보", "지방사회복지서기보", "지방시설서기보"])])
    body = ["1. 「지방공무원법」 제31조에 따른 임용 결격사유 확인을 위하여 범죄경력 조회를 의뢰합니다.", ("table", rows),
            "2. 조회 결과는 인사 목적 외에 사용하지 않으며 임용 후 즉시 파기하겠습니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept="총무과", to="%s경찰서장" % short_city(rng), title="신규임용 예정자 결격사유 조회 의뢰",
            body=body, disc="partial" if k else None, nums=[6])
    return d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", "content: request letter with unmasked RRNs (no results)", content_only=(k == 0))


@tpl("q_volunteer_award", 2)
def q_volunteer_award(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    body = ["1. 자원봉사자의 날 유공 표창 대상자를 다음과 같이 추천합니다.",
            ("table", [["성명", nm, "생년월일", d.pii(birth(rng, 1950, 1990))], ["주소", d.pii(addr(rng)), "휴대전화", d.pii(mobile(rng))],
                       ["공적 요지", "%d년간 독거노인 도시락 배달 봉사(누적 %s시간)" % (rng.randint(5, 20), won(rng.randint(800, 4000))), "", ""]]),
            "2. 공적조서 및 공개검증 결과를 붙임과 같이 제출합니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept="자치행정과", to=rng.choice(PROVS) + "지사(자치행정과장)", title="자원봉사 유공 표창 대상자 추천",
            body=body, attach=["공적조서 1부."], disc="partial", nums=[6], disc_style="checkbox")
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter", "stated checkbox 부분공개(6) + nominee's contact data")


@tpl("q_outsourcing_settlement", 2)
def q_outsourcing_settlement(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "직위", "월 급여(원)", "비고"]]
    for i in range(rng.randint(3, 5)):
        rows.append([d.pii(pname(rng)), rng.choice(["센터장", "사회복지사", "조리원", "운전원"]), won(rng.randint(210, 420) * 10000), ""])
    secs = ["□ 수탁기관: 사회복지법인 %s복지재단 (%s종합사회복지관)" % (rng.choice(["누리", "가람", "솔빛"]), org),
            "□ %d년 위탁사업비 정산 결과: 집행 %s원, 반납 %s원" % (dt(rng).year, won(rng.randint(300, 900) * 1000000), won(rng.randint(1, 30) * 1000000)),
            "□ 종사자 인건비 지급 내역", ("table", rows),
            "□ 수탁기관 자체 수익사업 원가 및 거래처별 단가 내역(법인 제출 자료)",
            ("table", [["거래처", "품목", "단가(원)"], [rng.choice(COMPANIES), "급식 식재료", won(rng.randint(2000, 5000))], [rng.choice(COMPANIES), "차량 임차", won(rng.randint(30, 90) * 10000)]])]
    report(d, rng, org=org, dept="주민복지과", title="민간위탁 사업비 정산 검사 결과", sections=secs, cover=False)
    return d.label("partial", "none", ["OIDA-9-1-6", "OIDA-9-1-7"], "report",
                   "content: individual salaries of private staff + contractor's commercial prices", content_only=True)


@tpl("q_school_council_minutes", 3)
def q_school_council_minutes(rng, k):
    d = Doc()
    school = short_city(rng) + rng.choice(["초등학교", "중학교", "고등학교"])
    pa, pb, st = d.pii(pname(rng)), d.pii(pname(rng)), d.pii(pname(rng))
    secs = ["□ 회의명: 제%d차 %s 학교운영위원회" % (rng.randint(1, 12), school),
            "□ 일시: %s 16:00  □ 장소: 본교 회의실" % fd(dt(rng), 4),
            "□ 참석: 위원장 %s(학부모위원) 등 위원 %d명" % (pa, rng.randint(7, 11)),
            "□ 안건 1. %d학년도 수학여행 계약 심의 → 원안 가결" % dt(rng).year,
            "□ 안건 2. 학교폭력 관련 보고",
            "  ○ 학부모위원 %s: %d학년 %s 학생이 지난달 전학 간 일과 관련해 재발 방지 대책을 요청함." % (pb, rng.randint(1, 6), st),
            "  ○ 교감: 관련 학생 상담을 진행 중이며 학급 생활교육을 강화하겠음.",
            "□ 안건 3. 방과후학교 운영 계획 → 수정 가결"]
    report(d, rng, org=school, dept="행정실", title="학교운영위원회 회의록", sections=secs, cover=False,
           top_lines=(["공개구분: " + disc_field(rng, "partial", [6])] if k == 1 else None))
    if k == 1:
        d.cue(d.blocks[0][1], "top_line", "disclosure_field")
    d.cue("학생 실명 + 학부모위원 발언", "body", "pii")
    return d.label("partial", "none", ["OIDA-9-1-6"], "minutes", "content: minutes disclosable once student/parent identities removed")


@tpl("q_judgment_copy", 3)
def q_judgment_copy(rng, k):
    d = Doc()
    court = rng.choice(["누리지방법원", "가람행정법원", "한빛지방법원"])
    org = rng.choice(CITIES)
    plaintiff = d.pii(pname(rng))
    body = ["1. 우리 기관이 피고인 %d구합%d 영업정지처분취소 사건의 판결이 %s 확정되었음을 알려드립니다." % (dt(rng).year, rng.randint(100, 9999), fd(dt(rng), 0)),
            "2. 사건 개요",
            ("table", [["원고", "%s (%s, %s 대표)" % (plaintiff, d.pii(addr(rng, False)), rng.choice(["가온식당", "한솔마트", "미르PC방"]))],
                       ["피고", org + "장"], ["판결 주문", rng.choice(["원고의 청구를 기각한다.", "피고가 원고에게 한 영업정지처분을 취소한다."])],
                       ["확정일", fd(dt(rng), 0)]]),
            "3. 향후 유사 처분 시 처분 사유를 구체적으로 기재하는 등 업무에 참고하시기 바랍니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept="법무담당관", to="수신자 참조", title="행정소송 판결 확정 알림", body=body,
            attach=["판결문 사본 1부."], disc=("partial" if k != 0 else None), nums=[6], recips=["위생과장", "건축과장", "환경위생과장"])
    return d.label("partial", "none", ["OIDA-9-1-6"], "official_letter", "concluded case; plaintiff (private) identifiable → redact")


@tpl("q_reserve_call", 3)
def q_reserve_call(rng, k):
    d = Doc()
    unit = "제%d%d%d%d부대" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))
    nm = d.pii(pname(rng))
    d.org = unit
    d.title = "예비군 훈련 소집 통지서"
    d.p("■ 예비군법 시행규칙 [별지 제%d호서식]" % rng.choice([3, 4, 5]))
    d.c("예비군 훈련 소집 통지서", "b")
    d.table([["성명", nm, "생년월일", d.pii(birth(rng, 1995, 2002))], ["주소", d.pii(addr(rng)), "군번", d.pii("%02d-%08d" % (rng.randint(14, 22), rng.randint(10000000, 99999999)))],
             ["훈련 종류", rng.choice(["동원훈련 Ⅰ형(2박3일)", "작계훈련", "기본훈련"]), "소집 일시", "%s 08:00" % fd(dt(rng), 4)],
             ["소집 장소", "%s %s 예비군훈련장" % (rng.choice(CITIES), rng.choice(["가람", "솔내"])), "준비물", "신분증, 예비군 복장"]])
    d.p("「예비군법」 제6조에 따라 위와 같이 훈련 소집을 통지합니다. 정당한 사유 없이 불참 시 같은 법 제15조에 따라 처벌될 수 있습니다.")
    d.c(fd(dt(rng), 3))
    d.c(unit + "장", "b")
    return d.label("partial", "none", ["OIDA-9-1-6"], "notification", "content: individual notice (name/birthdate/address/군번)")


@tpl("p_scholar_masked", 2)
def p_scholar_masked(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["연번", "성명", "학교", "구분"]]
    for i in range(rng.randint(5, 8)):
        rows.append([str(i + 1), mask_name(pname(rng), rng.choice([0, 1])), rng.choice(UNI) if rng.random() < .5 else short_city(rng) + "고등학교", rng.choice(["성적우수", "예체능", "저소득층"])])
    notice(d, rng, org=org + "인재육성재단", head=org + "인재육성재단 이사장", kind="공고", title="%d년 장학생 선발 결과 공고" % dt(rng).year,
           body=["%d년 장학생 선발 결과를 다음과 같이 공고합니다." % dt(rng).year, ("table", rows), "※ 개인정보 보호를 위하여 성명 일부를 가렸습니다."])
    d.extra["hard_negative"] = "masked names only"
    return d.label("public", "none", [], "public_notice", "content: recipients' names masked (홍○동) → not identifiable")


# ------------------------------------------------------------ 대외비 -------
DV_WHERE = ["page", "top", "topbottom", "header", "bottom", "title", "table"]


def place_dv(d, rng, k, name, d_end=None, where=None):
    where = where or DV_WHERE[(k + sum(map(ord, name))) % len(DV_WHERE)]
    if where == "title":
        s = rng.choice(["(대외비)", "[대외비]", "【대외비】"])
        for i, b in enumerate(d.blocks):
            if b[0] == "p" and b[1] == d.title:
                d.blocks[i] = ("p", s + " " + b[1], b[2], b[3])
                break
        else:
            d.blocks.insert(0, ("p", s, "right", "stamp"))
        d.cue(s, "title", "marking")
        d.protect.append(s)
        if d_end:
            y = yegomun(rng, "대외비", d_end)
            d.p(y)
            d.cue(y, "yegomun", "marking_aux")
        return s
    if where == "table":
        s = rng.choice(["대외비", "대외비(%s까지)" % fd(d_end or dt(rng, 2026, 2027), 0)])
        d.blocks.insert(0, ("table", [["보안등급", s, "생산부서", d.org or "-"], ["작성일", fd(dt(rng), 0), "배포", "내부 %d부" % rng.randint(2, 9)]], {"kind": "infobox"}))
        d.cue(s, "table_cell", "marking")
        d.protect.append(s)
        return s
    return apply_marking(d, rng, "대외비", where, d_end=d_end, yego=d_end is not None)


@tpl("m_dv_facility_protect", 2)
def m_dv_facility_protect(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    plant = rng.choice(["가람정수장", "솔내취수장", "한울배수지", "새별변전소"])
    secs = ["1. 목적: 국가중요시설(%s) 테러·재난 대비 방호태세 확립" % plant,
            "2. 방호 개념: 외곽 울타리 → 출입통제소 → 핵심구역 3중 방호",
            "3. 취약 요소",
            "  가. 북측 외곽 울타리 %dm 구간 CCTV 사각지대" % rng.randint(30, 200),
            "  나. 야간 경비 인력 %d명(교대 시 %d분 공백)" % (rng.randint(2, 4), rng.randint(10, 30)),
            "  다. 염소 저장고 출입문 잠금장치 노후",
            "4. 보강 대책: 열영상 감시장비 %d대 추가, 경비 교대 시간 조정, 관할 경찰서·군부대 합동 점검 분기 1회" % rng.randint(2, 6),
            "5. 비상연락: 상황실 → 관할 경찰서 → 지역 군부대 순"]
    report(d, rng, org=org, dept="안전총괄과", title="%s 방호계획 보완" % plant, sections=secs, cover=(k == 1))
    place_dv(d, rng, k, "fac", d_end=dt(rng, 2026, 2027))
    return d.label("non_public", "대외비", ["OIDA-9-1-3"], "plan", "marking 대외비 + facility vulnerabilities (제3호)")


@tpl("m_dv_policy_review", 2)
def m_dv_policy_review(rng, k):
    d = Doc()
    org, _, dept = central(rng, rng.choice(["environment", "land", "welfare"]))
    opt = rng.choice(["상수도 요금 인상", "쓰레기 종량제 봉투 가격 조정", "공공임대 임대료 인상", "건강보험 본인부담 조정"])
    secs = ["□ 검토 배경: %s 필요성 제기(재정 적자 %s억 원)" % (opt, won(rng.randint(50, 900))),
            "□ 대안 비교",
            ("table", [["대안", "인상률", "추가 수입", "예상 반발"], ["1안", "%d%%" % rng.randint(5, 9), "%d억" % rng.randint(30, 90), "중"],
                       ["2안", "%d%%" % rng.randint(10, 20), "%d억" % rng.randint(90, 200), "상(선거 영향)"], ["3안(단계적)", "연 %d%%" % rng.randint(3, 5), "%d억" % rng.randint(40, 80), "하"]]),
            "□ 검토 의견: 3안을 중심으로 관계부처 협의 후 결정(미확정)",
            "□ 대외 설명 논리: '원가 회수율 제고' 중심으로 설명, 인상 폭은 확정 전 언급 자제"]
    report(d, rng, org=org, dept=dept, title="%s 검토(안)" % opt, sections=secs, cover=False)
    place_dv(d, rng, k, "policy", d_end=dt(rng, 2026, 2027) if k else None)
    return d.label("non_public", "대외비", ["OIDA-9-1-5"], "report", "marking 대외비 + internal review (제5호)")


@tpl("m_dv_devsite", 2)
def m_dv_devsite(rng, k):
    d = Doc()
    org = rng.choice([rng.choice(CITIES), ENTERPRISES[1][0], "국토교통부"])
    c = rng.choice(CITIES)
    rows = [["후보지", "위치", "면적(만㎡)", "토지 소유", "평가"]]
    for nm in ["A", "B", "C"]:
        rows.append([nm, "%s %s동 일원(%s 일대)" % (c, rng.choice(["가람", "솔내", "도담", "샘골"]), "%d-%d번지" % (rng.randint(1, 500), rng.randint(1, 30))),
                     str(rng.randint(30, 300)), rng.choice(["국공유지 %d%%" % rng.randint(20, 80), "사유지 위주"]), rng.choice(["우수", "보통", "미흡"])])
    secs = ["□ 목적: %s 공공주택지구 후보지 사전 검토" % c, ("table", rows),
            "□ 검토 의견: A 후보지 우선 추진, 주민 공람 전까지 외부 유출 시 지가 급등 우려",
            "□ 향후 일정: 관계기관 협의(%s) → 지구 지정 제안" % fd(dt(rng), 0)]
    report(d, rng, org=org, dept="도시계획과" if org.endswith("시") else "공공택지기획과", title="공공주택지구 후보지 검토", sections=secs, cover=(k == 0))
    place_dv(d, rng, k, "dev", d_end=dt(rng, 2026, 2026))
    return d.label("non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-8"], "report", "marking 대외비 + unannounced sites (제5·8호)")


@tpl("m_dv_crackdown_plan", 2)
def m_dv_crackdown_plan(rng, k):
    d = Doc()
    st = rng.choice(PROVS) + "경찰청"
    secs = ["1. 단속 목적: %s 근절" % rng.choice(["불법 사설 도박장", "마약류 유통", "불법 대부업 조직"]),
            "2. 단속 일시: %s 04:00 (동시 착수)" % fd(dt(rng), 0),
            "3. 대상: 첩보 입수 %d개소 (세부 주소는 별첨)" % rng.randint(3, 9),
            "4. 투입 인력: 형사 %d명, 기동대 %d개 제대" % (rng.randint(30, 120), rng.randint(1, 4)),
            "5. 보안 유의: 착수 전 단속 일시·대상 누설 금지, 개인 휴대전화 연락 금지"]
    report(d, rng, org=st, dept="형사과", title="%s 집중 단속 계획" % rng.choice(["하반기", "상반기", "추석 명절 전"]), sections=secs, cover=False)
    place_dv(d, rng, k, "crack", d_end=dt(rng, 2026, 2027))
    return d.label("non_public", "대외비", ["OIDA-9-1-4"], "plan", "marking 대외비 + enforcement plan (제4호)")


@tpl("m_dv_counsel", 2)
def m_dv_counsel(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "소속", "상담 사유", "소견", "조치"]]
    for i in range(rng.randint(2, 4)):
        rows.append([d.pii(pname(rng)), rng.choice(LOCAL_DEPTS), rng.choice(["민원 폭언 후 불면", "우울감 호소", "공황 증상"]),
                     rng.choice(["우울장애 의심(PHQ-9 %d점)" % rng.randint(15, 24), "외상후스트레스 고위험", "불안장애 치료 중"]), rng.choice(["병가 권고", "업무 조정", "외부 전문의 연계"])])
    secs = ["□ 민원 응대 직원 심리상담 결과(%d분기)" % rng.randint(1, 4), ("table", rows), "□ 본 자료는 인사 목적 외 사용을 금함"]
    report(d, rng, org=org, dept="총무과", title="직원 심리상담 결과 보고", sections=secs, cover=False)
    place_dv(d, rng, k, "counsel")
    return d.label("non_public", "대외비", ["OIDA-9-1-6", "PIPA-23"], "report", "marking 대외비 + staff mental-health data")


@tpl("m_dv_bid_price", 2)
def m_dv_bid_price(rng, k):
    d = Doc()
    org = rng.choice(["조달청", rng.choice(CITIES), rng.choice(ENTERPRISES)[0]])
    base = rng.randint(200, 3000) * 1000000
    secs = ["□ 건명: %s" % rng.choice(["종합운동장 보수공사", "하수처리장 증설공사", "복합청사 신축공사"]),
            "□ 기초금액: %s원" % won(base),
            "□ 복수예비가격 15개 산정 범위: 기초금액의 ±%d%%" % rng.choice([2, 3]),
            "□ 예정가격 산정(안): %s원 (기초금액 대비 %.2f%%)" % (won(int(base * 0.987)), 98.7),
            "□ 원가계산 용역사 제출 단가 중 자재비 %d%% 조정 사유" % rng.randint(2, 8)]
    report(d, rng, org=org, dept="계약과", title="예정가격 결정 검토", sections=secs, cover=False)
    place_dv(d, rng, k, "bid", d_end=dt(rng, 2026, 2027))
    return d.label("non_public", "대외비", ["OIDA-9-1-5"], "report", "marking 대외비 + bid price before opening (제5호)")


@tpl("m_dv_audit_plan", 2)
def m_dv_audit_plan(rng, k):
    d = Doc()
    org = rng.choice(PROVS)
    tgt = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    secs = ["1. 감사 배경: 공익제보(%s 접수) — %s %s 팀장 %s의 특정업체 수의계약 몰아주기 의혹" % (fd(dt(rng), 0), tgt, rng.choice(["건설과", "회계과"]), nm),
            "2. 감사 기간: %s ~ %s (착수 사실 사전 통보 없음)" % span(rng, 0),
            "3. 중점 확인: 최근 3년 수의계약 %d건, 업체 대표와의 관계, 계좌 거래" % rng.randint(20, 80),
            "4. 제보자 신원 보호: 제보자 인적사항은 감사반장만 열람"]
    report(d, rng, org=org, dept="감사위원회", title="%s 특정감사 착수 계획" % tgt, sections=secs, cover=False)
    place_dv(d, rng, k, "auditp")
    return d.label("non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-6"], "plan", "marking 대외비 + audit plan naming suspect official")


@tpl("m_dv_union", 2)
def m_dv_union(rng, k):
    d = Doc()
    org, _ = rng.choice(ENTERPRISES)
    rows = [["성명", "소속", "노조 직책"]]
    for i in range(rng.randint(3, 5)):
        rows.append([d.pii(pname(rng)), rng.choice(["운영본부", "기술본부", "고객지원처"]), rng.choice(["위원장", "사무국장", "대의원", "조합원"])])
    secs = ["□ %s 노동조합 임단협 쟁점 및 대응 방향(사측 내부 검토)" % org,
            "  ○ 쟁점: 임금 %d%% 인상 요구 vs 사측 %d%% 검토" % (rng.randint(5, 9), rng.randint(2, 4)),
            "  ○ 사측 최종 양보선: 성과급 %d%% 범위 내 (대외 언급 금지)" % rng.randint(10, 40),
            "□ 노조 간부 현황", ("table", rows),
            "□ 파업 시 대체인력 투입 계획: 별도"]
    report(d, rng, org=org, dept="노사협력처", title="임금·단체협약 교섭 대응 방안", sections=secs, cover=(k == 1))
    place_dv(d, rng, k, "union", d_end=dt(rng, 2026, 2027))
    return d.label("non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-6", "PIPA-23"], "report",
                   "marking 대외비 + bargaining strategy + union membership (PIPA-23)")


@tpl("m_dv_disaster_vuln", 2)
def m_dv_disaster_vuln(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["시설", "위치", "취약 사항"]]
    for i in range(rng.randint(3, 5)):
        rows.append([rng.choice(["지하차도", "저수지 제방", "배수펌프장", "급경사지"]) + " %d" % (i + 1), "%s %s" % (org, rng.choice(ROADS)),
                     rng.choice(["차단시설 미작동", "제방 누수", "비상발전기 고장", "낙석 방지망 파손"])])
    secs = ["□ 여름철 재난 취약시설 점검 결과", ("table", rows),
            "□ 방재시설 관리자 비상연락처",
            ("table", [["성명", "직위", "휴대전화"], [d.pii(pname(rng)), "시설관리팀장", d.pii(mobile(rng))], [d.pii(pname(rng)), "주무관", d.pii(mobile(rng))]])]
    report(d, rng, org=org, dept="안전총괄과", title="재난 취약시설 현황 및 비상연락망", sections=secs, cover=False)
    place_dv(d, rng, k, "disaster")
    return d.label("non_public", "대외비", ["OIDA-9-1-3", "OIDA-9-1-6"], "report", "marking 대외비 + facility weaknesses + personal mobiles")


@tpl("m_dv_exam_committee", 2)
def m_dv_exam_committee(rng, k):
    d = Doc()
    org = rng.choice([rng.choice(PROVS) + "교육청", "인사혁신처", rng.choice(PROVS)])
    rows = [["성명", "소속", "과목", "휴대전화"]]
    for i in range(rng.randint(3, 5)):
        rows.append([d.pii(pname(rng)), rng.choice(UNI + [short_city(rng) + "고등학교"]), rng.choice(["국어", "영어", "행정법", "행정학", "한국사"]), d.pii(mobile(rng))])
    exam = ("교원 임용후보자 선정경쟁시험" if org.endswith("교육청") else "국가공무원 공개경쟁채용시험" if org == "인사혁신처" else "지방공무원 임용시험")
    body = ["1. %d년도 %s 출제위원을 아래와 같이 위촉하고 합숙 출제 일정을 통보합니다." % (dt(rng, 2025, 2026).year, exam),
            ("table", rows),
            "2. 합숙 장소: %s 소재 연수원(입소 %s 09:00, 외부 연락 차단)" % (rng.choice(CITIES), fd(dt(rng), 0)),
            "3. 출제위원 명단 및 합숙 장소는 시험 종료 시까지 누설을 금합니다."]
    gongmun(d, rng, org=org, sender=org.replace("교육청", "교육감") if org.endswith("교육청") else (org + "장" if org == "인사혁신처" else org + "지사"),
            dept=rng.choice(["시험관리과", "인재채용국", "교원인사과"]), to="수신자 참조", title="출제위원 위촉 및 합숙 일정 통보", body=body,
            disc="non_public", nums=[5, 6], recips=["출제위원장", "시험관리관"])
    place_dv(d, rng, k, "examc", d_end=dt(rng, 2026, 2027), where=["topbottom", "header"][k])
    return d.label("non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-6"], "official_letter", "marking 대외비 + stated 비공개(5,6) on 시행문")


@tpl("p_press_rebuttal", 2)
def p_press_rebuttal(rng, k):
    d = Doc()
    org, _, dept = central(rng, rng.choice(["land", "defence", "environment", "health"]))
    paper = rng.choice(["○○일보", "△△경제", "□□뉴스"])
    body = ["□ %s %s자 「정부, '대외비' 문건서 %s 검토」 기사에 대해 설명드립니다." % (paper, fd(dt(rng), 0), rng.choice(["요금 인상", "사업 축소", "부지 변경"])),
            "□ 기사에서 언급한 '대외비 보고서'는 실무 검토 단계의 참고자료로서, %s은(는) 해당 내용을 결정한 바 없습니다." % org,
            "  ○ 아울러 해당 자료는 「보안업무규정」상 Ⅲ급비밀이 아니며, 정보공개 청구 시 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호에 따라 공개 여부를 판단할 예정입니다.",
            "□ 앞으로 확정되는 사항은 신속히 알려드리겠습니다."]
    press(d, rng, org=org, dept=dept, title="%s 보도 관련 설명" % paper, subtitle=["'대외비 문건' 보도는 사실과 다름"], body=body,
          contacts=[("과장", pname(rng)), ("사무관", pname(rng))])
    d.title = "%s 보도 관련 설명" % paper
    d.cue("'대외비' / Ⅲ급비밀 / 제9조 제1항 제5호 (quoted)", "body", "mention")
    return d.label("public", "none", [], "press_release", "mention-only: press explanation quoting '대외비' and 제9조", mention_only=True)


# ------------------------------------------------------------ 비밀 ---------
SECRET_WHERE = ["page", "topbottom", "page", "header", "topbottom"]


def place_secret(d, rng, k, marking, name):
    where = SECRET_WHERE[(k + len(name)) % len(SECRET_WHERE)]
    if where == "header":
        s = mark_spell(rng, marking)
        d.header = s
        d.footer = s
        d.cue(s, "header", "marking")
        d.cue(s, "footer", "marking")
        d.protect.append(s)
        apply_marking(d, rng, marking, "none", d_end=dt(rng, 2027, 2031))
        return s
    return apply_marking(d, rng, marking, where, d_end=dt(rng, 2027, 2031))


@tpl("s3_chungmu", 3)
def s3_chungmu(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    secs = ["1. 목적: 전시 등 국가비상사태 시 %s 행정기능 유지 및 중점관리대상 자원 동원" % org,
            "2. 전시 지휘소: %s %s 지하 %d층 (평시 민방위교육장으로 위장 운영)" % (org, rng.choice(["○○공원", "○○체육관", "시청 별관"]), rng.randint(1, 3)),
            "3. 중점관리 대상업체 및 동원 자원",
            ("table", [["업체", "동원 자원", "수량", "동원 소요 시간"], [rng.choice(COMPANIES), "덤프트럭", "%d대" % rng.randint(5, 40), "D+%d" % rng.randint(1, 5)],
                       [rng.choice(COMPANIES), "유류 저장탱크", "%s㎘" % won(rng.randint(100, 900)), "D+%d" % rng.randint(1, 3)],
                       [rng.choice(COMPANIES), "의료 물자", "%d세트" % rng.randint(100, 900), "D+1"]]),
            "4. 비상대비 연락체계: 통합방위협의회 → 지역 향토사단 → 도 비상기획관",
            "5. 행정기관 소산 계획: 1차 소산지 %s, 2차 소산지 %s" % (rng.choice(CITIES), rng.choice(CITIES))]
    report(d, rng, org=org, dept="비상대비담당관", title="%d년 충무계획(%s 시행계획)" % (dt(rng, 2025, 2026).year, org), sections=secs,
           cover=(k != 1), cover_extra=["(시·군 시행계획)"])
    place_secret(d, rng, k, "III급", "chungmu")
    return d.label("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "plan", "marking Ⅲ급비밀 + wartime mobilisation plan")


@tpl("s3_vip_facility", 2)
def s3_vip_facility(rng, k):
    d = Doc()
    org, _ = rng.choice(ENTERPRISES[:3] + ENTERPRISES[6:7])
    site = rng.choice(["가람 복합화력발전소", "솔내 다목적댐", "한울 LNG 인수기지"])
    secs = ["□ 시설 등급: 국가중요시설 '가'급 (%s)" % site,
            "□ 경비 배치: 청원경찰 %d명, 특수경비원 %d명, 초소 %d개소 (좌표 별첨)" % (rng.randint(20, 60), rng.randint(10, 40), rng.randint(6, 14)),
            "□ 핵심 방호구역: 제어동, 변전설비, 저장탱크 — 출입 인가자 %d명" % rng.randint(30, 120),
            "□ 위기 시 증원: 관할 군부대 %d개 소대, 경찰 기동대 %d개 중대 (%d분 내 도착)" % (rng.randint(1, 3), rng.randint(1, 3), rng.randint(20, 60)),
            "□ 취약 요인 및 보완: 해안 접근로 감시 공백 → 감시레이더 추가(%d년)" % dt(rng, 2025, 2026).year]
    report(d, rng, org=org, dept="보안방재처", title="%s 경비·방호 대책" % site, sections=secs, cover=True)
    place_secret(d, rng, k, "III급", "vipfac")
    return d.label("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-3"], "plan", "marking Ⅲ급비밀 + national key facility protection (제3호)")


@tpl("s3_drill_plan", 2)
def s3_drill_plan(rng, k):
    d = Doc()
    org = rng.choice(PROVS)
    secs = ["1. 훈련명: %d년 %s 통합방위 실제훈련" % (dt(rng, 2025, 2026).year, org),
            "2. 훈련 기간: %s ~ %s" % span(rng, 0),
            "3. 상황 시나리오: 적 특수작전부대 %d개 팀 %s 해안 침투 및 %s 변전소 타격 시도" % (rng.randint(2, 6), rng.choice(CITIES), rng.choice(CITIES)),
            "4. 참가 부대 및 기관: 향토사단 예하 %d개 대대, 해경, 경찰, 소방, 시·군" % rng.randint(2, 5),
            "5. 통신망: 군 지휘통신망 주파수 운용 계획(부록 3)"]
    gongmun(d, rng, org=org, sender=org + "지사", dept="비상기획관", to="수신자 참조", title="통합방위 훈련 계획 하달", body=secs,
            attach=["훈련 세부계획 1부."], disc="non_public" if k == 1 else None, nums=[1, 2], recips=[c + "장" for c in rng.sample(CITIES, 3)])
    place_secret(d, rng, k, "III급", "drill")
    return d.label("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "official_letter", "marking Ⅲ급비밀 on 시행문 + defence drill plan")


@tpl("s2_opplan", 3)
def s2_opplan(rng, k):
    d = Doc()
    secs = ["1. 상황: 적 도발 유형별 대응 개념(요약)",
            "2. 예비전력 동원: 동원 지정 예비군 %s명, 동원 소요 %d시간" % (won(rng.randint(10000, 90000)), rng.randint(12, 72)),
            "3. 전개 지역: %s 축선 제%d 방어선" % (rng.choice(PROVS), rng.randint(1, 3)),
            "4. 주요 장비 배치: 자주포 %d문, 방공무기 %d기 (위치 부록)" % (rng.randint(10, 60), rng.randint(4, 20)),
            "5. 전시 보급로: %s ~ %s 간 우회 보급로 2개" % (rng.choice(CITIES), rng.choice(CITIES))]
    report(d, rng, org="국방부", dept=rng.choice(["동원기획과", "정책기획과", "예비전력과"]), title="예비전력 동원 및 전개 계획(요약)", sections=secs, cover=(k != 0))
    place_secret(d, rng, k, "II급", "opplan")
    return d.label("non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2"], "plan", "marking Ⅱ급비밀 + operational defence plan")


@tpl("s2_negotiation", 2)
def s2_negotiation(rng, k):
    d = Doc()
    cty = rng.choice(["다누리아", "솔레아", "베른하임"])
    secs = ["□ 협상 목표: 한-%s 방산협력 협정 체결" % cty,
            "□ 우리측 최저 수용선: 기술이전 비율 %d%% 이상, 현지 생산 %d%% 이하" % (rng.randint(20, 40), rng.randint(30, 60)),
            "□ 상대국 내부 동향(정보 출처 보호): 의회 비준 지연 가능성, 경쟁국 제안가 대비 %d%% 고가" % rng.randint(5, 20),
            "□ 협상 전술: 1차 회의에서는 수용선 노출 금지, 2차 회의 시 대안 패키지 제시"]
    report(d, rng, org="외교부", dept=rng.choice(["북미국", "유럽국", "국제경제국"]), title="한-%s 방산협력 협상 대응 전략" % cty, sections=secs, cover=True)
    place_secret(d, rng, k, "II급", "nego")
    return d.label("non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2"], "report", "marking Ⅱ급비밀 + diplomatic negotiating strategy")


@tpl("s1_crypto", 2)
def s1_crypto(rng, k):
    d = Doc()
    secs = ["1. 국가지도통신망 암호장비 운용 현황", "  가. 운용 기관: 중앙행정기관 %d개, 시·도 %d개" % (rng.randint(20, 40), rng.randint(10, 17)),
            "  나. 암호 키 교체 주기 및 배포 경로: 부록 1",
            "2. 전시 전환 시 통신 절차: 예비 채널 전환 조건 및 인증 방식",
            "3. 취약점 평가 결과 및 보완 일정(%d년)" % dt(rng, 2025, 2026).year]
    report(d, rng, org="행정안전부", dept="비상대비정책과", title="국가지도통신망 암호운용 계획", sections=secs, cover=True)
    place_secret(d, rng, k, "I급", "crypto")
    return d.label("non_public", "I급", ["OIDA-9-1-1", "OIDA-9-1-2"], "plan", "marking Ⅰ급비밀 + crypto/communication plan")


@tpl("s1_wartime_gov", 2)
def s1_wartime_gov(rng, k):
    d = Doc()
    secs = ["□ 전시 정부 기능 이전 개념: 단계별(경계-위기-전시) 이전 기준",
            "□ 대체 청사: 제%d 대체청사(위치 부록 A), 수용 인원 %s명" % (rng.randint(1, 3), won(rng.randint(800, 3000))),
            "□ 이동 경로 및 호송: 1안·2안 경로, 호송 병력 규모",
            "□ 정부 지휘부 소산 순위 및 연락 체계"]
    report(d, rng, org="행정안전부", dept="비상대비정책국", title="전시 정부기능 유지 계획", sections=secs, cover=True)
    place_secret(d, rng, k, "I급", "wartime")
    return d.label("non_public", "I급", ["OIDA-9-1-1", "OIDA-9-1-2"], "plan", "marking Ⅰ급비밀 + continuity-of-government plan")


# ------------------------------------------- NON-PUBLIC, content only -------
@tpl("c_discipline_decision", 3)
def c_discipline_decision(rng, k):
    d = Doc()
    org = rng.choice([rng.choice(PROVS), rng.choice(CITIES), "인사혁신처"])
    nm = d.pii(pname(rng))
    bac = "0.%03d" % rng.randint(80, 190)
    d.org = org
    d.title = "징계의결서"
    d.p("■ %s [별지 제%d호서식]" % (rng.choice(["공무원 징계령 시행규칙", "지방공무원 징계 및 소청 규정 시행규칙"]), rng.choice([3, 4])))
    d.c("징 계 의 결 서" if rng.random() < 0.5 else "징계의결서", "b")
    d.table([["인적사항", "소속", "%s %s" % (org, rng.choice(LOCAL_DEPTS)), "직위(직급)", rng.choice(["지방행정주사", "지방시설주사보", "행정주사"])],
             ["", "성명", nm, "생년월일", d.pii(birth(rng, 1970, 1995))],
             ["의결주문", "%s" % rng.choice(["정직 2월", "강등", "감봉 3월", "해임"]), "", "", ""]])
    d.p("이유")
    d.p("1. 혐의자는 %s 23:40경 혈중알코올농도 %s%%의 술에 취한 상태로 %s 일대 약 %.1fkm를 운전하다 적발되었다." % (fd(dt(rng), 3), bac, rng.choice(ROADS), rng.uniform(1, 9)))
    d.p("2. 혐의자는 위 사건으로 %s %s지방법원에서 벌금 %s만 원의 약식명령을 받아 확정되었다." % (fd(dt(rng), 0), rng.choice(["누리", "가람", "한빛"]), rng.choice(["800", "1,200", "1,500"])))
    d.p("3. 이는 「지방공무원법」 제55조(품위유지의 의무)를 위반한 것으로, 징계 양정 기준에 따라 위와 같이 의결한다.")
    d.c(fd(dt(rng), 3))
    d.c("%s 인사위원회 위원장  %s  (인)" % (org, pname(rng)))
    d.cue("음주운전 벌금 (criminal conviction)", "body", "content")
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "decision", "content: disciplinary record with DUI conviction")


@tpl("c_sick_leave", 3)
def c_sick_leave(rng, k):
    d = Doc()
    org = rng.choice(CITIES + ["교육부", "환경부"])
    nm = d.pii(pname(rng))
    diag = rng.choice(["요추 추간판 탈출증(M51.1)", "주요우울장애(F32.2)", "유방암(C50.9) 수술 후 항암치료", "급성 심근경색(I21.9)", "갑상선 기능항진증(E05.0)"])
    body = ["1. %s %s %s이(가) 제출한 진단서에 따라 병가를 승인하고자 합니다." % (rng.choice(LOCAL_DEPTS), rng.choice(RANKS_LO), nm),
            ("table", [["성명", nm, "진단명", diag], ["병가 기간", (lambda a, n: "%s ~ %s (%d일)" % (fd(a, 1), fd(later(a, n - 1), 1), n))(dt(rng), rng.randint(14, 60)), "진단 병원", rng.choice(["한솔대학교병원", "누리의료원", "가람정신건강의학과의원"])]]),
            "2. 근거: 「%s」 제18조 및 관련 예규" % rng.choice(["국가공무원 복무규정", "지방공무원 복무규정"]),
            "3. 업무대행: %s %s" % (rng.choice(RANKS_LO), pname(rng))]
    gongmun(d, rng, org=org, sender=org + ("장" if org.endswith("시") or org.endswith("군") else "장관"), dept="총무과" if org.endswith("시") else "운영지원과",
            to="내부결재", title="병가 승인(%s)" % nm, body=body, disc=None)
    d.cue(diag, "table_cell", "content")
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "personnel", "content: sick-leave with diagnosis")


@tpl("c_union_dues", 3)
def c_union_dues(rng, k):
    d = Doc()
    org = rng.choice(CITIES + [e[0] for e in ENTERPRISES])
    union = rng.choice(["공무원노동조합", "노동조합 %s지부" % org, "통합공무원노조 %s지부" % org])
    rows = [["연번", "성명", "소속", "직급", "월 조합비(원)"]]
    for i in range(rng.randint(6, 10)):
        rows.append([str(i + 1), d.pii(pname(rng)), rng.choice(LOCAL_DEPTS), rng.choice(["7급", "8급", "6급", "9급"]), won(rng.choice([15000, 18000, 20000, 25000]))])
    d.org = org
    d.title = "%s 조합비 급여공제 명단" % union
    d.c("%s %d년 %d월 조합비 급여공제 대상자 명단" % (union, dt(rng).year, rng.randint(1, 12)), "b")
    d.table(rows)
    d.p("※ 위 조합원의 조합비를 급여에서 일괄 공제하여 조합 계좌(%s)로 이체 요청" % account(rng))
    d.p("%s  %s 위원장" % (fd(dt(rng), 0), union), "right")
    d.cue("조합원 명단", "table_cell", "content")
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "roster", "content: union membership roster (PIPA-23)")


@tpl("c_police_investigation", 3)
def c_police_investigation(rng, k):
    d = Doc()
    st = short_city(rng) + "경찰서"
    sus = d.pii(pname(rng))
    vic = d.pii(pname(rng))
    d.org = st
    d.title = "수사보고"
    d.c("%s" % st, "b")
    crime = rng.choice(["사기", "업무상횡령", "유사수신"])
    d.table([["수신", "%s장" % st, "참조", "수사과장"], ["제목", "수사보고(%s 사건 관련 피해자 진술 청취)" % crime, "", ""]])
    d.p("%s 사건(%d-%05d호)에 관하여 아래와 같이 수사하였기에 보고합니다." % (crime, dt(rng).year, rng.randint(1, 99999)))
    d.p("1. 피의자: %s(%s, %s)" % (sus, d.pii(rrn_masked(rng)), d.pii(addr(rng, False))))
    d.p("2. 피해자: %s(%d세, 연락처 %s)" % (vic, rng.randint(20, 80), d.pii(mobile(rng))))
    d.p("3. 수사 내용: 피해자 진술에 따르면 피의자는 %s 경 %s 명목으로 %s원을 편취하였다고 함." % (fd(dt(rng), 0), rng.choice(["투자", "대출 알선", "물품 대금"]), won(rng.randint(5, 300) * 1000000)))
    d.p("4. 향후 수사 계획: 계좌 압수수색 영장 신청, 공범 %s 소재 파악" % d.pii(pname(rng)))
    d.p("%s  %s 수사과 경위 %s" % (fd(dt(rng), 0), st, pname(rng)), "right")
    d.cue("피의자·피해자 인적사항 + 수사계획", "body", "content")
    return d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "investigation", "content: ongoing investigation report")


@tpl("c_interrogation_excerpt", 2)
def c_interrogation_excerpt(rng, k):
    d = Doc()
    sus = d.pii(pname(rng))
    d.org = rng.choice(["누리지방검찰청", "가람지방검찰청"])
    d.title = "피의자신문조서"
    d.c("피 의 자 신 문 조 서 (제%d회)" % rng.randint(1, 3), "b")
    d.p("피의자: %s" % sus)
    d.p("위의 사람에 대한 %s 피의사건에 관하여 %s %s 검사실에서 검사 %s은(는) 검찰주사 %s을(를) 참여하게 하고, 피의자에 대하여 다음과 같이 신문하다." %
        (rng.choice(["특정경제범죄가중처벌등에관한법률위반(사기)", "뇌물수수", "마약류관리에관한법률위반(향정)"]), fd(dt(rng), 3), d.org, pname(rng), pname(rng)))
    d.p("문: 피의자의 성명, 주민등록번호, 직업, 주거, 등록기준지 등을 말하십시오.")
    d.p("답: 성명은 %s, 주민등록번호는 %s, 직업은 %s, 주거는 %s입니다." % (sus, d.pii(rrn(rng, y0=1965, y1=1995)), rng.choice(["자영업", "회사원", "무직"]), d.pii(addr(rng))))
    d.p("문: 피의자는 %s 경 %s을(를) 만난 사실이 있나요?" % (fd(dt(rng), 0), d.pii(pname(rng))))
    d.p("답: 네, 만난 사실은 있지만 돈을 받은 적은 없습니다.")
    d.p("문: 계좌 거래 내역에 따르면 같은 날 %s원이 입금되었는데요?" % won(rng.randint(5, 90) * 1000000))
    d.p("답: 그건 빌린 돈을 돌려받은 것입니다.")
    d.cue("신문조서 with unmasked RRN", "body", "content")
    return d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-24"], "investigation", "content: interrogation record + unmasked RRN")


@tpl("c_criminal_record_reply", 2)
def c_criminal_record_reply(rng, k):
    d = Doc()
    st = short_city(rng) + "경찰서"
    nm = d.pii(pname(rng))
    d.org = st
    d.title = "범죄경력 조회 회보서"
    d.c("범죄경력·수사경력 조회 회보서", "b")
    d.table([["성명", nm, "주민등록번호", d.pii(rrn(rng, y0=1975, y1=2000))], ["조회 목적", "공무원 임용 결격사유 확인", "요청기관", rng.choice(CITIES) + "장"]])
    d.table([["처분일자", "처분관서", "죄명", "처분결과"],
             [fd(dt(rng, 2012, 2020), 1), rng.choice(["누리지방법원", "가람지방법원"]), rng.choice(["도로교통법위반(음주운전)", "폭행", "절도"]), rng.choice(["벌금 300만원", "징역 6월 집행유예 1년", "벌금 150만원"])]])
    d.p("「형의 실효 등에 관한 법률」 제6조에 따라 위와 같이 회보합니다. 이 회보서는 조회 목적 외에 사용할 수 없습니다.")
    d.p("%s  %s장" % (fd(dt(rng), 0), st), "right")
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23", "PIPA-24"], "investigation", "content: criminal record with unmasked RRN")


@tpl("c_performance_eval", 3)
def c_performance_eval(rng, k):
    d = Doc()
    org = rng.choice(CITIES + ["국토교통부", "보건복지부"])
    rows = [["성명", "직급", "근무실적(70)", "직무수행능력(30)", "합계", "평정 순위"]]
    sc = []
    for i in range(rng.randint(5, 8)):
        a, b = round(rng.uniform(50, 70), 1), round(rng.uniform(20, 30), 1)
        sc.append((a + b, d.pii(pname(rng)), rng.choice(["6급", "7급", "8급"]), a, b))
    sc.sort(key=lambda x: (-x[0], x[1]))
    for i, (t, nm, g, a, b) in enumerate(sc):
        rows.append([nm, g, "%.1f" % a, "%.1f" % b, "%.1f" % t, str(i + 1)])
    secs = ["□ %d년 하반기 근무성적평정 결과(평정 단위: %s)" % (dt(rng).year, rng.choice(LOCAL_DEPTS)), ("table", rows),
            "□ 확인자 조정 사유: 상위 2명 순위 변경(업무 난이도 반영)", "□ 승진후보자 명부 작성에 반영 예정"]
    report(d, rng, org=org, dept="인사팀" if not org.endswith("시") else "총무과", title="근무성적평정 결과", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "personnel", "content: individual appraisal scores (인사관리 + personal)")


@tpl("c_bid_price_sheet", 2)
def c_bid_price_sheet(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    base = rng.randint(300, 5000) * 1000000
    d.org = org
    d.title = "예정가격조서"
    d.c("예 정 가 격 조 서", "b")
    d.table([["건명", rng.choice(["체육센터 증축공사", "농로 포장공사", "배수지 보강공사"])], ["개찰일시", "%s 11:00" % fd(dt(rng), 0)],
             ["기초금액", won(base) + "원"], ["예정가격", won(int(base * rng.uniform(0.97, 1.02))) + "원"], ["낙찰하한율", "87.745%"],
             ["결정자", "%s 회계과장 %s (인)" % (org, pname(rng))]])
    d.p("※ 이 조서는 개찰 전까지 밀봉하여 보관한다.")
    return d.label("non_public", "none", ["OIDA-9-1-5"], "form", "content: sealed bid price before opening")


@tpl("c_exam_draft", 2)
def c_exam_draft(rng, k):
    d = Doc()
    org = rng.choice(["인사혁신처", rng.choice(PROVS) + "교육청", rng.choice(PROVS)])
    d.org = org
    d.title = "시험 문제 출제 원안"
    d.p("과목: %s   출제위원: %s   검토위원: %s" % (rng.choice(["행정법총론", "국어", "사회복지학개론", "회계학"]), d.pii(pname(rng)), d.pii(pname(rng))))
    d.p("시행일: %s (제%d회 %s 공개경쟁임용시험)" % (fd(dt(rng, 2026, 2026), 0), rng.randint(1, 3), org))
    d.p("1. 행정행위의 하자에 관한 설명으로 옳지 않은 것은?")
    d.p("  ① 무효인 행정행위는 공정력이 인정되지 않는다.\n  ② 취소사유인 하자는 제소기간이 경과하면 다툴 수 없다.\n  ③ 하자의 승계는 선행행위와 후행행위가 결합하여 하나의 법률효과를 목적으로 하는 경우에 인정된다.\n  ④ 하자의 치유는 행정쟁송 제기 이후에도 언제든지 허용된다.")
    d.p("  정답: ④   난이도: 중   출처: 자체 출제")
    d.p("2. 다음 중 「공공기관의 정보공개에 관한 법률」상 비공개 대상 정보에 해당하지 않는 것은?")
    d.p("  ① 진행 중인 재판에 관련된 정보\n  ② 직무를 수행한 공무원의 성명·직위\n  ③ 법인의 영업상 비밀\n  ④ 내부검토 과정에 있는 사항")
    d.p("  정답: ②")
    d.cue("출제 원안 + 정답 (시행 전)", "body", "content")
    d.extra["quotes_cues"] = True
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "form",
                   "content: unreleased exam questions (제5호); examiner names (위촉 but exam secrecy → 제6호)")


@tpl("c_internal_review", 3)
def c_internal_review(rng, k):
    d = Doc()
    dom, issue = rng.choice([("welfare", "복지급여 부정수급 환수 기준 완화"), ("education", "고교학점제 평가방식 변경"), ("environment", "1회용품 규제 유예"),
                             ("labor", "주 4.5일제 시범사업"), ("tax", "영세사업자 세무조사 유예")])
    o = ORGS[dom][0]
    org, dept = o[0], rng.choice(o[2])
    other = rng.choice([x for x in o[2] if x != dept])
    secs = ["1. 검토 배경: %s 요구 증가 및 국회 지적" % issue,
            "2. 쟁점별 검토", "  가. 찬성 논거: 현장 부담 완화, 행정비용 절감",
            "  나. 반대 논거: 형평성 저해, 관련 단체 반발 예상(%s 등)" % rng.choice(["시민단체", "교원단체", "환경단체"]),
            "3. 부처 내 이견: %s은(는) 신중 검토 의견, %s은(는) 조속 추진 의견" % (other, dept),
            "4. 잠정 결론: 장관 보고 후 관계부처 협의(결정 전)", "5. 언론 대응: 확정 전까지 '검토된 바 없음' 유지"]
    report(d, rng, org=org, dept=dept, title="%s 검토 보고" % issue, sections=secs, cover=(k == 0),
           top_lines=([rng.choice(["내부검토용", "취급주의"])] if k == 2 else None))
    if k == 2:
        d.cue(d.blocks[0][1], "top_line", "informal")
        d.extra["informal_marking"] = True
    return d.label("non_public", "none", ["OIDA-9-1-5"], "report", "content: internal review before decision" + ("; informal stamp is not a marking" if k == 2 else ""))


@tpl("c_devsite_internal", 2)
def c_devsite_internal(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["구역", "지번(대표)", "면적", "예상 지가 상승"]]
    for i in range(3):
        rows.append(["%s지구" % rng.choice(["가람", "솔내", "샘골", "나래"]), "%s %s동 %d-%d" % (org, rng.choice(["신흥", "송정", "월계"]), rng.randint(1, 900), rng.randint(1, 20)),
                     "%s㎡" % won(rng.randint(50000, 400000)), "%d%% 이상" % rng.randint(20, 80)])
    secs = ["□ 신규 산업단지 후보 구역 비교 검토 (시장 보고용, 미확정)", ("table", rows),
            "□ 토지거래허가구역 지정 전 후보지 노출 시 투기 수요 유입 우려",
            "□ 향후: %s 시 도시계획위원회 상정 전 관계부서 협의" % fd(dt(rng), 0)]
    report(d, rng, org=org, dept="도시계획과", title="산업단지 후보지 비교 검토", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"], "report", "content: undisclosed development sites (제5·8호)")


@tpl("c_health_checkup", 2)
def c_health_checkup(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "소속", "판정", "유소견 내용"]]
    for i in range(rng.randint(4, 7)):
        rows.append([d.pii(pname(rng)), rng.choice(LOCAL_DEPTS), rng.choice(["D2", "C2", "D1", "R"]), rng.choice(["고혈압 의심", "당뇨 유소견(HbA1c 7.9)", "간기능 이상(ALT 112)", "소음성 난청", "결핵 의증"])])
    secs = ["□ %d년 공무원 일반건강검진 유소견자 현황" % dt(rng).year, ("table", rows), "□ 사후관리: 유소견자 2차 검진 및 보건소 상담 연계"]
    report(d, rng, org=org, dept="총무과", title="건강검진 유소견자 사후관리 계획", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "report", "content: named employees' health findings")


@tpl("c_recipient_roster", 3)
def c_recipient_roster(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["연번", "성명", "주민등록번호", "주소", "급여 종류", "가구원수"]]
    for i in range(rng.randint(5, 9)):
        rows.append([str(i + 1), d.pii(pname(rng)), d.pii(rrn(rng, y0=1940, y1=2000)), d.pii(addr(rng, False)), rng.choice(["생계·의료", "주거", "교육", "생계·의료·주거"]), str(rng.randint(1, 5))])
    d.org = org
    d.title = "기초생활수급자 현황"
    d.c("%s %s동 국민기초생활보장 수급자 명단(%d. %d.)" % (org, rng.choice(["가람", "솔내", "나래", "도담"]), dt(rng).year, rng.randint(1, 12)), "b")
    d.table(rows)
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-24"], "roster", "content: roster consisting only of personal data + unmasked RRNs")


@tpl("c_disability_roster", 2)
def c_disability_roster(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "주민등록번호", "장애 유형", "정도", "연락처"]]
    for i in range(rng.randint(5, 8)):
        rows.append([d.pii(pname(rng)), d.pii(rrn_masked(rng)), rng.choice(["지체", "시각", "청각", "지적", "정신", "신장"]), rng.choice(["심한", "심하지 않은"]), d.pii(mobile(rng))])
    d.org = org
    d.title = "장애인 활동지원 대상자 명단"
    d.c("장애인 활동지원 서비스 대상자 명단", "b")
    d.table(rows)
    d.p("작성: %s 장애인복지팀" % org, "right")
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "roster", "content: roster with disability (health) data; RRNs masked")


@tpl("c_facility_vuln", 3)
def c_facility_vuln(rng, k):
    d = Doc()
    org = rng.choice(CITIES + [e[0] for e in ENTERPRISES[:3]])
    rows = [["설비", "위치", "취약 사항", "조치 예정"]]
    for i in range(rng.randint(3, 5)):
        rows.append([rng.choice(["CCTV", "출입통제기", "방화벽", "원격제어(SCADA) 단말", "비상발전기"]), rng.choice(["본관 B1 전기실", "취수탑", "제어동 2층", "북측 담장"]),
                     rng.choice(["사각지대 %dm" % rng.randint(10, 80), "기본 비밀번호 사용", "외부망 접속 허용 포트 개방", "야간 미작동"]), fd(dt(rng), 1)])
    secs = ["□ 점검 결과 요약", ("table", rows), "□ 긴급 조치: 원격 접속 차단, 순찰 주기 단축(%d분)" % rng.randint(20, 60)]
    report(d, rng, org=org, dept=rng.choice(["정보통신과", "시설관리부", "안전총괄과"]), title="주요 시설 보안 취약점 점검 결과", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-3"], "report", "content: security weaknesses of facilities (제3호)")


@tpl("c_inmate_status", 2)
def c_inmate_status(rng, k):
    d = Doc()
    org = rng.choice(["누리교도소", "가람교도소", "한빛보호관찰소"])
    rows = [["수용번호" if "보호" not in org else "관리번호", "성명", "죄명", "형기/기간", "처우 등급", "특이사항"]]
    for i in range(rng.randint(4, 6)):
        rows.append(["%04d" % rng.randint(1, 9999), d.pii(pname(rng)), rng.choice(["사기", "강도상해", "마약류관리법위반", "특수폭행"]),
                     "%d년" % rng.randint(1, 10), rng.choice(["S2", "S3", "S4"]), rng.choice(["자살 우려자", "조직폭력 관련", "공범 분리 수용", "-"])])
    secs = ["□ 특별관리 대상자 현황(%s)" % fd(dt(rng), 0), ("table", rows), "□ 조치: 독거 수용, 야간 순찰 강화, 접견 녹음"]
    report(d, rng, org=org, dept="보안과", title="특별관리 대상 수용자 현황", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "report",
                   "content: corrections/probation data naming sentenced persons (criminal convictions → PIPA-23)")


@tpl("c_epi_investigation", 3)
def c_epi_investigation(rng, k):
    d = Doc()
    org = rng.choice(CITIES) + " 보건소"
    nm = d.pii(pname(rng))
    dis = rng.choice(["결핵", "홍역", "레지오넬라증", "세균성이질"])
    d.org = org
    d.title = "역학조사서"
    d.c("%s 역학조사서" % dis, "b")
    d.table([["환자 성명", nm, "성별/나이", "%s/%d" % (rng.choice(["남", "여"]), rng.randint(5, 85))], ["주소", d.pii(addr(rng)), "연락처", d.pii(mobile(rng))],
             ["직장/학교", rng.choice(COMPANIES + [c + "초등학교" for c in ("가람", "솔내")]), "진단일", fd(dt(rng), 1)]])
    d.p("1. 임상 증상: %s" % rng.choice(["2주 이상 기침, 객혈", "발열 39.2℃, 발진", "설사 및 복통"]))
    d.p("2. 기저질환: %s" % rng.choice(["당뇨", "HIV 감염", "없음", "만성신부전(투석 중)"]))
    d.p("3. 접촉자: 가족 %d명, 직장 동료 %d명 (명단 별첨)" % (rng.randint(1, 5), rng.randint(3, 30)))
    d.p("4. 조사자: %s 감염병관리팀 %s" % (org, pname(rng)))
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "investigation", "content: individual case investigation with health data")


@tpl("c_interview_scores", 2)
def c_interview_scores(rng, k):
    d = Doc()
    org, _ = rng.choice(ENTERPRISES)
    rows = [["응시번호", "성명", "위원1", "위원2", "위원3", "평균", "결과"]]
    for i in range(rng.randint(4, 7)):
        s = [rng.randint(60, 95) for _ in range(3)]
        rows.append(["%05d" % rng.randint(1, 99999), d.pii(pname(rng))] + [str(x) for x in s] + ["%.1f" % (sum(s) / 3.0), rng.choice(["합격", "불합격"])])
    secs = ["□ 면접위원: 내부 %d명, 외부 %d명 (명단 별도 관리)" % (rng.randint(1, 2), rng.randint(1, 2)), ("table", rows),
            "□ 위원별 평가 의견: '의사소통 능력 부족', '직무 이해도 높음' 등 (개인별 평정표 별첨)"]
    report(d, rng, org=org, dept="인사부", title="신입사원 면접 평가 결과", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "personnel", "content: interview scoring sheet")


@tpl("c_court_case_corr", 3)
def c_court_case_corr(rng, k):
    d = Doc()
    court = rng.choice(["누리지방법원", "가람지방법원", "누리지방검찰청"])
    nm = d.pii(pname(rng))
    is_court = "법원" in court
    case = "%d%s%d" % (dt(rng).year, rng.choice(["고단", "고합", "가단"]) if is_court else "형제", rng.randint(100, 99999))
    kind = "사실조회" if is_court else "수사협조 의뢰"
    body = ["1. %s 사건(%s)과 관련하여 다음 사항을 %s하오니 %s까지 회신하여 주시기 바랍니다." % ("우리 법원에 계속 중인" if is_court else "우리 청에서 수사 중인", case, kind, fd(dt(rng), 0)),
            "2. 조회 대상자: %s (생년월일 %s, 주소 %s)" % (nm, d.pii(birth(rng, 1960, 1995)), d.pii(addr(rng, False))),
            "3. 조회 사항",
            "  가. 위 사람의 %s ~ %s 기간 %s 수급 내역 및 신청 서류 사본" % (fd(dt(rng, 2022, 2023), 0), fd(dt(rng, 2024, 2024), 0), rng.choice(["기초연금", "실업급여", "주거급여"])),
            "  나. 신청 시 제출한 임대차계약서 및 통장 사본",
            "4. 본 조회 내용은 재판(수사) 진행 중인 사항이므로 외부 유출에 유의하여 주시기 바랍니다."]
    gongmun(d, rng, org=court, sender=court + ("장" if "법원" in court else "검사장"), dept=rng.choice(["형사과", "형사제%d부" % rng.randint(1, 5), "민사과"]),
            to=rng.choice(CITIES) + "장", title=kind if kind.endswith("의뢰") else kind + " 의뢰", body=body, disc=None,
            staff=[("참여관" if "법원" in court else "수사관", pname(rng)), ("판사" if "법원" in court else "검사", pname(rng))])
    d.cue("진행 중 재판/수사 + 대상자 인적사항", "body", "content")
    return d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "official_letter", "content: court/prosecution inquiry about a named person in pending case")


@tpl("c_trade_secret", 2)
def c_trade_secret(rng, k):
    d = Doc()
    comp = rng.choice(COMPANIES)
    d.org = comp
    d.title = "원가계산서"
    d.c("원 가 계 산 서 (제출용)", "b")
    d.p("제출처: %s  /  제출자: %s" % (rng.choice(["조달청", rng.choice(CITIES)]), comp))
    d.table([["비목", "금액(원)", "산출 근거"], ["재료비", won(rng.randint(100, 900) * 1000000), "협력사 %s 공급단가(비공개 계약)" % rng.choice(COMPANIES)],
             ["노무비", won(rng.randint(50, 400) * 1000000), "자사 평균 임금 테이블"], ["경비", won(rng.randint(10, 90) * 1000000), "공정별 수율 %d%% 적용" % rng.randint(82, 97)],
             ["이윤", won(rng.randint(10, 80) * 1000000), "내부 목표 이윤율 %.1f%%" % rng.uniform(4, 12)]])
    d.p("※ 본 자료는 당사의 영업비밀로서 계약 심사 목적 외 사용 및 제3자 제공을 금합니다.")
    return d.label("non_public", "none", ["OIDA-9-1-7"], "form", "content: company cost data submitted to agency (제7호)")


@tpl("c_tax_info", 2)
def c_tax_info(rng, k):
    d = Doc()
    org = rng.choice(["%s세무서" % short_city(rng), rng.choice(CITIES)])
    nm = d.pii(pname(rng))
    d.org = org
    d.title = "체납자 재산조회 결과"
    d.c("%s 체납자 재산조회 결과" % ("국세" if "세무서" in org else "지방세"), "b")
    d.table([["체납자", nm, "생년월일", d.pii(birth(rng, 1955, 1985))], ["체납액", won(rng.randint(5, 900) * 100000) + "원", "세목", rng.choice(["종합소득세", "양도소득세", "부가가치세"] if "세무서" in org else ["재산세", "자동차세", "지방소득세"])]])
    d.table([["재산 종류", "내역", "조치"], ["예금", "%s 잔액 %s원" % (d.pii(account(rng)), won(rng.randint(1, 90) * 100000)), "압류 예정"],
             ["부동산", "%s 아파트 1/2 지분" % rng.choice(CITIES), "압류 등기"], ["급여", "%s 재직(월 %s원)" % (rng.choice(COMPANIES), won(rng.randint(250, 600) * 10000)), "급여 채권 압류"]])
    d.p("근거: %s" % ("「국세징수법」 및 「국세기본법」 제81조의13(비밀 유지)" if "세무서" in org else "「지방세징수법」 및 「지방세기본법」 제86조(비밀유지)"))
    d.extra["statute_secret"] = "국세기본법 제81조의13" if "세무서" in org else "지방세기본법 제86조"
    return d.label("non_public", "none", ["OIDA-9-1-1", "OIDA-9-1-6"], "report",
                   "content: taxpayer information made secret by statute (제1호 via tax-secrecy provision) + personal data")


@tpl("c_emergency_contacts", 2)
def c_emergency_contacts(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    rows = [["성명", "직위", "휴대전화", "자택 주소"]]
    for i in range(rng.randint(6, 10)):
        rows.append([d.pii(pname(rng)), rng.choice(["과장", "팀장", "주무관"]), d.pii(mobile(rng)), d.pii(addr(rng, False))])
    d.org = org
    d.title = "비상연락망"
    d.c("%s %s 비상연락망" % (org, rng.choice(LOCAL_DEPTS)), "b")
    d.table(rows)
    d.p("※ 비상소집 시 1순위 → 2순위 순으로 전파", "left")
    return d.label("non_public", "none", ["OIDA-9-1-6"], "roster", "content: roster of personal mobiles/home addresses only")


@tpl("c_dui_roster", 2)
def c_dui_roster(rng, k):
    d = Doc()
    st = short_city(rng) + "경찰서"
    rows = [["성명", "운전면허번호", "적발일시", "혈중알코올농도", "처리"]]
    for i in range(rng.randint(4, 7)):
        rows.append([d.pii(pname(rng)), d.pii(licence(rng)), "%s %02d:%02d" % (fd(dt(rng), 1), rng.randint(0, 23), rng.randint(0, 59)), "0.%03d%%" % rng.randint(30, 220), rng.choice(["형사입건", "형사입건(면허취소)", "면허정지"])])
    d.org = st
    d.title = "음주운전 단속 결과"
    d.c("음주운전 특별단속 적발자 현황(%s)" % fd(dt(rng), 0), "b")
    d.table(rows)
    d.p("작성자: %s 교통과 경위 %s" % (st, pname(rng)), "right")
    return d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-24"], "roster", "content: enforcement roster with licence numbers")


@tpl("c_child_case", 2)
def c_child_case(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    child = d.pii(pname(rng))
    secs = ["□ 아동: %s (만 %d세, %s초등학교 %d학년)" % (child, rng.randint(6, 12), rng.choice(["가람", "솔내"]), rng.randint(1, 6)),
            "□ 보호자: 부 %s, 모 %s (주소 %s)" % (d.pii(pname(rng)), d.pii(pname(rng)), d.pii(addr(rng, False))),
            "□ 사례 내용: 담임교사 신고(%s), 팔·등 부위 멍, 병원 진료 결과 %s" % (fd(dt(rng), 0), rng.choice(["좌측 상완골 골절", "다발성 타박상", "영양결핍"])),
            "□ 아동 심리검사: 불안·우울 척도 임상군, 놀이치료 권고",
            "□ 사례회의 결정: 분리 보호 유지, 보호자 상담 프로그램 이수 명령 요청"]
    report(d, rng, org=org, dept="아동보호팀", title="아동학대 사례회의 결과", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "minutes", "content: child protection case with injuries/psychological data")


@tpl("c_whistleblower", 2)
def c_whistleblower(rng, k):
    d = Doc()
    org = rng.choice(CITIES + [e[0] for e in ENTERPRISES])
    rep = d.pii(pname(rng))
    secs = ["□ 신고 접수: %s, 신고자 %s(%s, 연락처 %s)" % (fd(dt(rng), 0), rep, rng.choice(["내부 직원", "협력업체 직원"]), d.pii(mobile(rng))),
            "□ 신고 내용: %s %s의 %s" % (rng.choice(LOCAL_DEPTS), d.pii(pname(rng)), rng.choice(["출장비 허위 청구", "채용 청탁", "업무추진비 사적 사용"])),
            "□ 처리 계획: 사실관계 조사(%s까지) 후 감사위원회 보고" % fd(dt(rng), 0),
            "□ 신고자 보호: 신분 비공개, 불이익 조치 모니터링"]
    report(d, rng, org=org, dept="감사실", title="부패·공익신고 접수 및 처리 계획", sections=secs, cover=False)
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "report", "content: whistleblower identity and accused official under review")


# --------------------------------------- NON-PUBLIC, stated field (no mark) -
@tpl("d_np_stated_review", 2)
def d_np_stated_review(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["1. %s 추진 방향에 대한 내부 검토 결과를 보고드립니다." % rng.choice(["시립병원 민간위탁 전환", "청사 이전", "시내버스 준공영제 도입"]),
            "2. 검토 의견", "  가. 1안(전면 시행): 연간 %s억 원 소요, 노조 반발 예상" % rng.randint(30, 200),
            "  나. 2안(시범 운영): 예산 부담 적으나 효과 검증 기간 필요",
            "3. 건의: 2안으로 추진하되 시장 최종 결정 전까지 대외 공개 보류"]
    gongmun(d, rng, org=org, sender=org + "장", dept="기획예산과", to="내부결재", title="주요 현안 내부 검토 보고", body=body,
            disc="non_public", nums=[5], disc_style="checkbox" if k else None, disc_where="footer")
    return d.label("non_public", "none", ["OIDA-9-1-5"], "draft", "stated 비공개(5) + internal review")


@tpl("d_np_stated_investigation", 2)
def d_np_stated_investigation(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    nm = d.pii(pname(rng))
    body = ["1. 관련: %s경찰서 수사과-%d(%s) 수사협조 의뢰" % (short_city(rng), rng.randint(1000, 9999), fd(dt(rng), 0)),
            "2. 위 의뢰에 따라 피의자 %s(%s)의 %s 인허가 서류 사본을 붙임과 같이 송부합니다." % (nm, d.pii(birth(rng, 1960, 1990)), rng.choice(["건축", "식품접객업", "폐기물 처리업"])),
            "3. 송부 자료는 수사 목적 외 사용을 금합니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept=rng.choice(["건축과", "환경위생과"]), to="%s경찰서장(수사과장)" % short_city(rng),
            title="수사협조 자료 송부", body=body, attach=["인허가 서류 사본 1부."], disc="non_public", nums=[4, 6])
    return d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "official_letter", "stated 비공개(4,6) + investigation material")


@tpl("d_np_stated_protect", 1)
def d_np_stated_protect(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["1. %s 청사 방호 강화를 위하여 출입통제 시스템 배치 변경 사항을 알려드립니다." % org,
            ("table", [["구역", "변경 내용"], ["본관 지하 주차장", "무인 출입구 폐쇄, 야간 %d시 이후 차단" % rng.randint(20, 23)],
                       ["기관장실 층", "스크린도어 및 비상벨 %d개 추가(위치 도면 별첨)" % rng.randint(2, 6)]]),
            "2. 방호 인력 교대 시간: 07:00 / 19:00"]
    gongmun(d, rng, org=org, sender=org + "장", dept="총무과", to="내부결재", title="청사 방호 체계 변경", body=body,
            disc="non_public", nums=[3])
    return d.label("non_public", "none", ["OIDA-9-1-3"], "official_letter", "stated 비공개(3) + building security layout")


@tpl("d_np_stated_land", 1)
def d_np_stated_land(rng, k):
    d = Doc()
    org = rng.choice(CITIES)
    body = ["1. %s 일원 공영 차고지 이전 부지 매입 검토 결과를 보고합니다." % org,
            ("table", [["후보지", "지번", "면적", "감정가(추정)"], ["1", "%s동 %d-%d" % (rng.choice(["가람", "솔내"]), rng.randint(1, 900), rng.randint(1, 9)), "%s㎡" % won(rng.randint(3000, 20000)), "%s억 원" % rng.randint(20, 200)]]),
            "2. 매입 결정 전 부지 정보가 알려질 경우 토지 매점 우려"]
    gongmun(d, rng, org=org, sender=org + "장", dept="회계과", to="내부결재", title="차고지 이전 부지 매입 검토", body=body,
            disc="non_public", nums=[5, 8])
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"], "draft", "stated 비공개(5,8) + land purchase plan")


@tpl("d_np_stated_tax", 1)
def d_np_stated_tax(rng, k):
    d = Doc()
    org = "%s세무서" % short_city(rng)
    nm = d.pii(pname(rng))
    body = ["1. 「국세기본법」 제81조의13 제1항 제%d호에 따라 아래 납세자의 과세정보를 제공합니다." % rng.choice([2, 3]),
            ("table", [["납세자", nm, "사업자등록번호", bizno(rng)], ["과세기간", "%d년" % dt(rng, 2022, 2024).year, "종합소득금액", won(rng.randint(30, 900) * 1000000) + "원"]]),
            "2. 제공받은 과세정보는 목적 외 사용이 금지됩니다."]
    gongmun(d, rng, org=org, sender=org + "장", dept="소득세과", to=rng.choice(CITIES) + "장(세무과장)", title="과세정보 제공", body=body,
            disc="non_public", nums=[1, 6])
    d.extra["statute_secret"] = "국세기본법 제81조의13"
    return d.label("non_public", "none", ["OIDA-9-1-1", "OIDA-9-1-6"], "official_letter", "stated 비공개(1,6) + taxpayer info (statutory secrecy)")


@tpl("d_np_stamp_informal", 2)
def d_np_stamp_informal(rng, k):
    d = Doc()
    org, _, dept = central(rng, rng.choice(["hr", "education", "safety"]))
    stamp = rng.choice(["【비공개】", "[비공개 문서]", "비공개"])
    inf = rng.choice(["취급주의", "외부 유출 금지", "관계자 외 열람금지"])
    secs = ["1. %s 제도 개편안(부처 내부 초안)" % rng.choice(["공무원 성과급", "교원 승진 가산점", "재난관리 평가"]),
            "2. 쟁점: 평가 지표 가중치 조정, 하위 %d%% 등급 신설 여부" % rng.randint(5, 20),
            "3. 향후: 노조 협의 및 관계부처 의견 수렴 후 확정 (현재 미확정)"]
    report(d, rng, org=org, dept=dept, title="제도 개편 검토(초안)", sections=secs, cover=False, top_lines=[stamp + "  " + inf])
    d.cue(stamp, "top_stamp", "disclosure_field")
    d.cue(inf, "top_stamp", "informal")
    d.extra["informal_marking"] = True
    return d.label("non_public", "none", ["OIDA-9-1-5"], "report", "stamp 비공개 (disclosure, not a marking) + internal draft; informal 취급주의 ≠ marking")


@tpl("d_np_stated_trade", 1)
def d_np_stated_trade(rng, k):
    d = Doc()
    org = rng.choice(["중소벤처기업부", "산업통상자원부", rng.choice(CITIES)])
    comp = rng.choice(COMPANIES)
    secs = ["□ 과제명: %s (주관기관 %s)" % (rng.choice(["고효율 수소 연료전지 스택", "AI 기반 누수 탐지 센서", "친환경 도료 원천기술"]), comp),
            "□ 핵심 기술 내용: 촉매 조성비, 공정 온도·압력 조건, 시제품 성능 데이터",
            "□ 사업화 계획: 목표 단가 %s원, 주요 고객사 협의 현황" % won(rng.randint(10, 900) * 1000),
            "□ 평가 의견: 기술성 우수, 시장성 보통"]
    report(d, rng, org=org, dept="기술개발과", title="R&D 과제 중간 평가 자료", sections=secs, cover=False,
           top_lines=["공개구분: " + disc_field(rng, "non_public", [5, 7])])
    d.cue("공개구분 비공개(5,7)", "top_line", "disclosure_field")
    return d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-7"], "report", "stated 비공개(5,7) + R&D trade secrets")


# ===========================================================================
# build
# ===========================================================================
RRN_RE = re.compile(r"(?<![\d-])\d{6}-[1-8]\d{6}(?!\d)")
PASS_RE = re.compile(r"(?<![A-Z0-9])(?:[MSR]\d{8}|M\d{3}[A-Z]\d{4})(?![0-9])")
LIC_RE = re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")
FIELD_KINDS = ("disclosure_field",)


def unmasked_ids(text, exclude=()):
    hits = [m.group(0) for m in RRN_RE.finditer(text) if m.group(0) not in exclude]
    hits += PASS_RE.findall(text) + LIC_RE.findall(text)
    return hits


def choose_format(rng, allowed):
    if allowed:
        return rng.choice(list(allowed))
    x = rng.random()
    return "text" if x < 0.50 else ("hwpx" if x < 0.77 else "pdf")


def build():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    docs = []
    for name, n, formats, fn in TEMPLATES:
        for k in range(n):
            d = fn(R(name, k), k)
            fix_chief(d)
            d.template = name
            d.fmt = choose_format(R(name, k, "fmt"), formats)
            docs.append(d)
    order = list(range(len(docs)))
    R("order").shuffle(order)
    docs = [docs[i] for i in order]
    recs, metas = [], []
    for i, d in enumerate(docs):
        rid = "sm-%04d" % (i + 1)
        nrng = R(d.template, rid, "noise")
        noise = []
        has_table = any(b[0] == "table" for b in d.blocks)
        rec = {"id": rid}
        if d.fmt == "text":
            style = d.table_style or nrng.choice(["tab", "tab", "box", "pipe", "space"])
            text = render_text(d, style)
            d._clean_text = text
            if has_table:
                noise.append(style + "_table")
            x = nrng.random()
            if d.noise_ok and x < 0.30:
                text = noise_ocr(text, nrng, d.protect)
                noise.append("ocr_confusion")
            if d.noise_ok and 0.22 < x < 0.42:
                text = noise_runon(text, nrng)
                noise.append("run_on")
            rec["text"] = text
            d._check_text = text
        elif d.fmt == "hwpx":
            path = os.path.join(FILES, rid + ".hwpx")
            write_hwpx(d, path, nrng.choice(["함초롬바탕", "맑은 고딕", "휴먼명조", "바탕"]))
            rec["file"] = "files/" + rid + ".hwpx"
            d._check_text = d.plain()
        else:
            path = os.path.join(FILES, rid + ".pdf")
            write_pdf(d, path, nrng.choice(["NanumMyeongjo", "NanumGothic"]))
            rec["file"] = "files/" + rid + ".pdf"
            d._check_text = d.plain()
        rec["disclosure"] = d.disclosure
        rec["marking"] = d.marking
        rec["reasons"] = d.reasons
        rec["genre"] = d.genre
        stated = any(c["kind"] in FIELD_KINDS for c in d.cues)
        marked = any(c["kind"] == "marking" for c in d.cues)
        meta = {"id": rid, "template": d.template, "format": d.fmt,
                "cues": d.cues, "deciding_cue": d.deciding,
                "content_only": (not stated) and (not marked),
                "mention_only": d.mention_only,
                "noise": noise}
        for key in sorted(d.extra):
            meta[key] = d.extra[key]
        recs.append(rec)
        metas.append(meta)
        d._rid = rid
    return docs, recs, metas


# ===========================================================================
# validation
# ===========================================================================
def validate(docs, recs, metas):
    errs = []
    ids = [r["id"] for r in recs]
    if ids != ["sm-%04d" % (i + 1) for i in range(len(recs))]:
        errs.append("ids not sequential")
    for d, r, m in zip(docs, recs, metas):
        rid = r["id"]
        if r["disclosure"] not in DISCLOSURES:
            errs.append("%s bad disclosure" % rid)
        if r["marking"] not in MARKINGS:
            errs.append("%s bad marking" % rid)
        if any(x not in REASONS for x in r["reasons"]) or len(set(r["reasons"])) != len(r["reasons"]):
            errs.append("%s bad reasons" % rid)
        if (r["disclosure"] == "public") != (len(r["reasons"]) == 0):
            errs.append("%s public <=> no reasons violated" % rid)
        if r["marking"] in SECRET:
            if "OIDA-9-1-1" not in r["reasons"] or r["disclosure"] != "non_public" or len(r["reasons"]) < 2:
                errs.append("%s 비밀 needs OIDA-9-1-1 + content reason + non_public" % rid)
        if r["marking"] == "대외비":
            if r["disclosure"] != "non_public" or "OIDA-9-1-1" in r["reasons"]:
                errs.append("%s 대외비 must be non_public without OIDA-9-1-1" % rid)
        if "OIDA-9-1-1" in r["reasons"] and r["marking"] not in SECRET and "statute_secret" not in m:
            errs.append("%s OIDA-9-1-1 without 비밀 or statute" % rid)
        if "PIPA-24" in r["reasons"] and "OIDA-9-1-6" not in r["reasons"]:
            errs.append("%s PIPA-24 without OIDA-9-1-6" % rid)
        if r["marking"] != "none" and not any(c["kind"] == "marking" for c in m["cues"]):
            errs.append("%s marking without marking cue" % rid)
        if r["marking"] == "none" and any(c["kind"] == "marking" for c in m["cues"]):
            errs.append("%s marking cue on unmarked doc" % rid)
        if m["mention_only"] and (r["disclosure"] != "public" or r["marking"] != "none"):
            errs.append("%s mention_only must be public/none" % rid)
        if m.get("mislabeled") and r["disclosure"] != "partial":
            errs.append("%s mislabeled must be partial" % rid)
        excl = set()
        if m.get("hard_negative", "").startswith("corp_registration"):
            excl = set(RRN_RE.findall(d._check_text))
        hits = unmasked_ids(d._check_text, excl)
        if bool(hits) != ("PIPA-24" in r["reasons"]):
            errs.append("%s unmasked-ID presence (%s) disagrees with PIPA-24" % (rid, hits[:2]))
        if "text" in r:
            if not r["text"].strip():
                errs.append("%s empty text" % rid)
            for p in d.protect:
                if p and len(p) > 3 and p in d._clean_text and p not in r["text"] and "run_on" not in m["noise"]:
                    errs.append("%s protected string lost: %r" % (rid, p[:30]))
                    break
        else:
            path = os.path.join(OUT, r["file"])
            if r["file"].endswith(".hwpx"):
                errs.extend(check_hwpx(rid, path))
                with zipfile.ZipFile(path) as z:
                    sec = z.read("Contents/section0.xml").decode("utf-8")
                for c in d.cues:
                    if c["kind"] in ("marking", "disclosure_field") and c["cue"] in d.plain() and xesc(c["cue"]) not in sec:
                        errs.append("%s HWPX cue %r missing" % (rid, c["cue"]))
            else:
                errs.extend(check_pdf(rid, path, d))
    return errs


def check_hwpx(rid, path):
    import xml.etree.ElementTree as ET
    errs = []
    with open(path, "rb") as f:
        head = f.read(80)
    if head[30:38] != b"mimetype" or head[38:57] != b"application/hwp+zip":
        errs.append("%s mimetype not first/uncompressed at offset 30" % rid)
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            errs.append("%s mimetype not first+stored" % rid)
        if z.read("mimetype") != b"application/hwp+zip":
            errs.append("%s bad mimetype" % rid)
        names = [i.filename for i in infos]
        for need in ("version.xml", "META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
            if need not in names:
                errs.append("%s missing %s" % (rid, need))
        for nm in names:
            if nm.endswith(".xml") or nm.endswith(".hpf"):
                try:
                    ET.fromstring(z.read(nm))
                except ET.ParseError as e:
                    errs.append("%s %s not well-formed: %s" % (rid, nm, e))
        sec = z.read("Contents/section0.xml").decode("utf-8")
        for tag in ("<hp:p ", "<hp:run ", "<hp:t>"):
            if tag not in sec:
                errs.append("%s section0 lacks %s" % (rid, tag))
    return errs


def check_pdf(rid, path, d):
    errs = []
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"%PDF-"):
        errs.append("%s not a PDF" % rid)
    if b"/FontFile2" not in data:
        errs.append("%s no embedded TrueType font" % rid)
    try:
        import pypdf
    except ImportError:
        return errs
    txt = "".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    flat = re.sub(r"\s+", "", txt)
    probe = ""
    for b in d.blocks:
        if b[0] == "p" and len(re.sub(r"\s+", "", b[1])) >= 8 and b[3] != "stamp":
            probe = re.sub(r"\s+", "", b[1])[2:8]
            break
    if probe and probe not in flat:
        errs.append("%s PDF text not extractable (probe %r)" % (rid, probe))
    for c in d.cues:
        if c["kind"] in ("marking", "disclosure_field") and c["cue"] in d.plain():
            if re.sub(r"\s+", "", c["cue"]) not in flat:
                errs.append("%s PDF cue %r not extractable" % (rid, c["cue"]))
    return errs


# ===========================================================================
# stats
# ===========================================================================
def stats(recs, metas):
    from collections import Counter
    out = []
    fmt = lambda r: "text" if "text" in r else r["file"].rsplit(".", 1)[1]

    def table(title, rows_key, cols_key, rows_order, cols_order):
        c = Counter((rows_key(r, m), cols_key(r, m)) for r, m in zip(recs, metas))
        out.append("\n**%s**\n" % title)
        out.append("| | " + " | ".join(cols_order) + " | total |")
        out.append("|---" * (len(cols_order) + 2) + "|")
        for ro in rows_order:
            vals = [c[(ro, co)] for co in cols_order]
            out.append("| %s | %s | %d |" % (ro, " | ".join(map(str, vals)), sum(vals)))
        tot = [sum(c[(ro, co)] for ro in rows_order) for co in cols_order]
        out.append("| total | %s | %d |" % (" | ".join(map(str, tot)), sum(tot)))

    table("disclosure × marking", lambda r, m: r["disclosure"], lambda r, m: r["marking"], DISCLOSURES, MARKINGS)
    table("disclosure × format", lambda r, m: r["disclosure"], lambda r, m: fmt(r), DISCLOSURES, ("text", "hwpx", "pdf"))
    table("disclosure × how the label is signalled", lambda r, m: r["disclosure"],
          lambda r, m: "mention_only" if m["mention_only"] else ("content_only" if m["content_only"] else
                                                                 ("marking" if r["marking"] != "none" else "stated_field")),
          DISCLOSURES, ("content_only", "mention_only", "stated_field", "marking"))
    rc = Counter(x for r in recs for x in r["reasons"])
    out.append("\n**reasons** (document, reason) pairs\n")
    out.append("| reason | count |\n|---|---|")
    for x in REASONS:
        out.append("| %s | %d |" % (x, rc[x]))
    gc = Counter(r["genre"] for r in recs)
    out.append("\n**genres**: " + ", ".join("%s %d" % (g, gc[g]) for g in sorted(gc)))
    nc = Counter(x for m in metas for x in m["noise"])
    out.append("\n**noise / rendering** (text records): " + ", ".join("%s %d" % (g, nc[g]) for g in sorted(nc)))
    ex = Counter()
    for m in metas:
        for key in ("mislabeled", "statute_secret", "hard_negative", "informal_marking", "quotes_cues", "cover_page"):
            if key in m:
                ex[key] += 1
    out.append("\n**flags**: " + ", ".join("%s %d" % (g, ex[g]) for g in sorted(ex)))
    aux = Counter(c["where"] for m in metas for c in m["cues"] if c["kind"] == "marking_aux")
    out.append("\n**marking auxiliaries** (예고문/보호기간, 사본번호): " + ", ".join("%s %d" % (g, aux[g]) for g in sorted(aux)))
    where = Counter(c["where"] for m in metas for c in m["cues"] if c["kind"] in ("marking", "disclosure_field"))
    out.append("\n**marking / disclosure-field cue positions**: " + ", ".join("%s %d" % (g, where[g]) for g in sorted(where)))
    out.append("\n**templates**: %d distinct" % len(set(m["template"] for m in metas)))
    return "\n".join(out)


def main():
    docs, recs, metas = build()
    errs = validate(docs, recs, metas)
    from collections import Counter
    n = len(recs)
    files = sum(1 for r in recs if "file" in r)
    mk = Counter(r["marking"] for r in recs)
    ds = Counter(r["disclosure"] for r in recs)
    np_content = sum(1 for r, m in zip(recs, metas) if r["disclosure"] == "non_public" and m["content_only"])
    if n < 270:
        errs.append("only %d records" % n)
    if files < 100:
        errs.append("only %d file records" % files)
    if mk["대외비"] < 15 or any(mk[g] < 4 for g in SECRET):
        errs.append("marking minima not met: %s" % dict(mk))
    if np_content * 2 < ds["non_public"]:
        errs.append("content-only non_public %d < half of %d" % (np_content, ds["non_public"]))
    if len(set(m["template"] for m in metas)) < 80:
        errs.append("fewer than 80 templates")
    if errs:
        for e in errs:
            print("INVALID:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(OUT, "sens_m.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "sens_m.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    paths = ["make_set.py", "sens_m.jsonl", "sens_m.meta.jsonl"] + ["files/" + x for x in sorted(os.listdir(FILES))]
    with open(os.path.join(OUT, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for p in paths:
            with open(os.path.join(OUT, p), "rb") as g:
                f.write("%s  %s\n" % (hashlib.md5(g.read()).hexdigest(), p))
    print("records %d (files %d); disclosure %s; marking %s; content-only non_public %d" %
          (n, files, dict(sorted(ds.items())), dict(mk), np_content))
    if "--stats" in sys.argv:
        print(stats(recs, metas))


if __name__ == "__main__":
    main()
