# -*- coding: utf-8 -*-
"""Shared building blocks: Doc, synthetic value generators, 결문, markings, 공개구분 lines."""

REASON_ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
                "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]


class Doc:
    def __init__(self, template, genre, year):
        self.template = template
        self.genre = genre
        self.year = year
        self.title = ""
        self.creator = ""
        self.date_iso = "%d-01-01" % year
        self.run_head = []
        self.run_foot = []
        self.head_is_cue = False
        self.foot_is_cue = False
        self.top = []
        self.bottom = []
        self.blocks = []
        self.cues = []
        self.disclosure = "public"
        self.marking = "none"
        self.reasons = []
        self.deciding = ""
        self.mention_only = False
        self.content_only = False
        self.reason_text = ""

    def p(self, s):
        self.blocks.append(("p", s))

    def c(self, s):
        self.blocks.append(("c", s))

    def t(self, rows):
        self.blocks.append(("t", rows))

    def cue(self, cue, where):
        self.cues.append({"cue": cue, "where": where})

    def label(self, disclosure, reasons, deciding, why, marking="none"):
        self.disclosure = disclosure
        self.marking = marking
        rs = sorted(set(reasons), key=REASON_ORDER.index)
        self.reasons = rs
        self.deciding = deciding
        self.reason_text = why


# ------------------------------------------------------------ synthetic values
SUR = list("김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노하곽성차주우구민유진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용") + \
    ["남궁", "황보", "선우", "제갈", "독고"]
GIV = list("민서지현우준수영하은도윤재호성진경미혜정동상태승희연주아원석훈규철기용예나다소시채가보유한찬범형욱빈결람율온슬담래솔휘겸린")

PLACES_SI = ["한내시", "가온시", "미르시", "솔빛시", "누리시", "다온시", "새벌시", "푸름시"]
PLACES_GU = ["가람구", "온새구", "비단구", "하늬구", "새봄구", "동녘구"]
PLACES_GUN = ["새터군", "별뫼군", "마루군", "너울군"]
ROADS = ["누리로", "가온대로", "한빛길", "솔바람로", "다솜길", "미리내로", "보람로", "새싹길", "어울림로", "한울길", "들꽃로", "햇살길"]
APTS = ["한빛마을", "솔숲마을", "가람뜰", "누리파크", "새봄타운", "햇살채"]
BANKS = ["한빛은행", "누리은행", "가온농협", "미르저축은행", "솔빛신협"]
COMPANIES = ["(주)한빛엔지니어링", "(주)가람건설", "누리정보기술(주)", "(주)솔빛산업", "(주)미르환경", "다온씨앤에스(주)",
             "(주)새벌테크", "푸름조경(주)", "(주)온새시스템", "(주)하늬디자인", "(합)별뫼토건", "(주)너울에너지"]
SHOPS = ["한솥가든", "맛나분식", "온새반점", "누리제과", "별빛횟집", "가람정육점", "햇살카페", "다솜치킨", "미리내한식", "보람식품"]


def name(rng):
    return rng.choice(SUR) + rng.choice(GIV) + rng.choice(GIV)


def names(rng, n):
    out = []
    while len(out) < n:
        x = name(rng)
        if x not in out:
            out.append(x)
    return out


def masked(n):
    return n[0] + "○○" if len(n) <= 3 else n[:2] + "○○"


def ymd(rng, year, m_lo=1, m_hi=12):
    return (year, rng.randint(m_lo, m_hi), rng.randint(1, 28))


def fdate(d, style=0):
    y, m, dd = d
    if style == 0:
        return "%d. %d. %d." % (y, m, dd)
    if style == 1:
        return "%d년 %d월 %d일" % (y, m, dd)
    if style == 2:
        return "%04d-%02d-%02d" % (y, m, dd)
    return "%d.%02d.%02d." % (y, m, dd)


def tel(rng, area=None):
    area = area or rng.choice(["044", "031", "033", "041", "043", "051", "061", "063"])
    return "%s-%d-%04d" % (area, rng.randint(200, 989), rng.randint(0, 9999))


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


def email(rng, dom):
    ids = ["hjkim", "sypark", "mjlee", "dhchoi", "yjjung", "khkang", "snyoon", "jwlim", "hsoh", "jhseo", "eyhan", "bskwon"]
    return "%s%d@%s" % (rng.choice(ids), rng.randint(1, 99), dom)


def private_email(rng):
    ids = ["sunny", "blue", "happyday", "moon", "river", "green", "star", "rain", "sea", "forest"]
    return "%s%d@%s" % (rng.choice(ids), rng.randint(10, 9999), rng.choice(["mail.example.com", "naver.example", "daum.example"]))


def address(rng, unit=True):
    si = rng.choice(PLACES_SI)
    gu = rng.choice(PLACES_GU)
    a = "%s %s %s %d" % (si, gu, rng.choice(ROADS), rng.randint(3, 299))
    if unit and rng.random() < 0.6:
        a += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    return a


def dob(rng, lo=1950, hi=2000):
    return (rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def rrn(rng, d, female=None):
    y, m, dd = d
    if female is None:
        female = rng.random() < 0.5
    g = (2 if female else 1) if y < 2000 else (4 if female else 3)
    front = "%02d%02d%02d" % (y % 100, m, dd)
    mid = "%d%04d%d" % (g, rng.randint(0, 9999), rng.randint(0, 9))
    digits = front + mid
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(digits, w))
    chk = (11 - s % 11) % 10
    return front + "-" + mid + str(chk)


def rrn_masked(rng, d, female=None):
    r = rrn(rng, d, female)
    return r[:8] + rng.choice(["******", "●●●●●●", "XXXXXX"])


def frn(rng, d):
    y, m, dd = d
    g = 5 if rng.random() < 0.5 else 6
    front = "%02d%02d%02d" % (y % 100, m, dd)
    mid = "%d%02d%02d%d" % (g, rng.randint(10, 25), rng.randint(0, 99), rng.randint(6, 9))
    digits = front + mid
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(digits, w))
    chk = (13 - s % 11) % 10
    return front + "-" + mid + str(chk)


def passport(rng):
    return "M%d%02d%s%04d" % (rng.randint(1, 9), rng.randint(0, 99), rng.choice("ABCDEFG"), rng.randint(0, 9999))


def account(rng):
    return "%03d-%06d-%02d-%03d" % (rng.randint(100, 999), rng.randint(0, 999999), rng.randint(10, 99), rng.randint(0, 999))


def brn(rng):
    d = [rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), 8, 1] + [rng.randint(0, 9) for _ in range(4)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    x = "".join(map(str, d)) + str(c)
    return x[:3] + "-" + x[3:5] + "-" + x[5:]


def money(rng, lo, hi, unit=1000):
    v = rng.randint(lo // unit, hi // unit) * unit
    return "{:,}".format(v)


# ------------------------------------------------------------ organisations
ORGS = [
    # name, 발신명의, kind, domain, area
    ("한내시", "한내시장", "local", "hannae.go.kr.example", "031"),
    ("가온시", "가온시장", "local", "gaon.go.kr.example", "033"),
    ("미르도", "미르도지사", "local", "mir.go.kr.example", "061"),
    ("새터군", "새터군수", "local", "saeteo.go.kr.example", "043"),
    ("솔빛시교육청", "솔빛시교육감", "edu", "solbit-edu.go.kr.example", "041"),
    ("누리시 가람구", "가람구청장", "local", "garam.go.kr.example", "051"),
    ("국가기록정책처", "국가기록정책처장", "central", "narp.go.kr.example", "044"),
    ("지역개발부", "지역개발부장관", "central", "rdm.go.kr.example", "044"),
    ("생활복지부", "생활복지부장관", "central", "lwm.go.kr.example", "044"),
    ("한빛에너지공단", "한빛에너지공단 이사장", "agency", "hbenergy.or.kr.example", "052"),
    ("누리시설관리공단", "누리시설관리공단 이사장", "agency", "nurifac.or.kr.example", "042"),
    ("국토안전조정실", "국토안전조정실장", "central", "lsco.go.kr.example", "044"),
]

DEPTS = {
    "general": ["총무과", "행정지원과", "기획예산과", "감사실", "정보통신과", "민원봉사과", "자치행정과"],
    "welfare": ["복지정책과", "노인장애인과", "아동청소년과", "보건위생과", "희망복지지원단"],
    "infra": ["건설과", "도시계획과", "교통행정과", "재난안전과", "상하수도사업소"],
    "tax": ["세무과", "징수과", "재산세과"],
    "hr": ["운영지원과", "인사혁신팀", "인사과"],
    "security": ["비상대비과", "보안담당관", "안전총괄과", "정보보호팀"],
}


def org(rng, kinds=None):
    pool = [o for o in ORGS if kinds is None or o[2] in kinds]
    o = rng.choice(pool)
    return {"name": o[0], "head": o[1], "kind": o[2], "dom": o[3], "area": o[4],
            "zip": "%05d" % rng.randint(10000, 63999),
            "addr": "%s %s %d" % (rng.choice(PLACES_SI), rng.choice(ROADS), rng.randint(1, 200)),
            "www": "www." + o[3]}


def dept(rng, kind):
    return rng.choice(DEPTS[kind])


def docno(rng, dep):
    return "%s-%d" % (dep, rng.randint(120, 9999))


# ------------------------------------------------------------ 공개구분 lines
YN = lambda grounds: "".join("Y" if i in grounds else "N" for i in range(1, 9))


def disc_field(rng, kind, grounds=(), style=None, old=False):
    """Return the text of the 공개구분 item of a 결문 (kind: public|partial|non_public)."""
    g = list(grounds)
    gs = ",".join(str(x) for x in g)
    if old:  # pre-2004 사무관리규정 era, 제7조 citations
        art = " ".join("제7조 제1항 제%d호" % x for x in g)
        if kind == "public":
            return "공개여부 : ( ○ )공개  (   )부분공개  (   )비공개"
        if kind == "partial":
            return "공개여부 : (   )공개  ( ○ )부분공개(%s)  (   )비공개" % art
        return "공개여부 : (   )공개  (   )부분공개  ( ○ )비공개(%s)" % art
    styles = ["short", "colon", "article", "yn", "slash"]
    style = style or rng.choice(styles)
    if kind == "public":
        return {"short": "공개", "colon": "공개구분: 공개", "article": "공개", "yn": "공개(NNNNNNNN)",
                "slash": "/ 공개"}[style]
    word = "부분공개" if kind == "partial" else "비공개"
    if style == "short" or style == "slash":
        s = "%s(%s)" % (word, gs)
        return ("/ " + s) if style == "slash" else s
    if style == "colon":
        return "공개구분: %s(%s)" % (word, gs)
    if style == "article":
        return "공개구분: %s(%s)" % (word, ", ".join("제9조 제1항 제%d호" % x for x in g))
    return "%s(%s)" % (word, YN(g))


def closing(d, rng, o, dep, date, disc=None, old=False, sign=None, names_=None):
    """결문 in 기안문/시행문 layout. Returns the 공개구분 text (or None)."""
    n = names_ or names(rng, 3)
    sign = sign or o["head"]
    if old:
        d.p("%s" % sign)
        d.p("기안 주사 %s   검토 사무관 %s   결재 과장 %s" % (n[0], n[1], n[2]))
        d.p("문서번호 %s-%d  시행일자 %s  (경유)  접수" % (dep, rng.randint(10000, 99999), fdate(date)))
        d.p("우 %03d-%03d %s / 전화 (%s)%d-%04d / 전송 (%s)%d-%04d / 담당 %s"
            % (rng.randint(100, 799), rng.randint(100, 999), o["addr"], o["area"], rng.randint(200, 989),
               rng.randint(0, 9999), o["area"], rng.randint(200, 989), rng.randint(0, 9999), n[0]))
        if disc:
            d.p(disc)
        return disc
    d.c(sign)
    ranks = rng.choice([("주무관", "사무관", "과장"), ("주무관", "팀장", "과장"), ("행정주사", "행정사무관", "국장"),
                        ("주무관", "서기관", "국장")])
    d.p("기안자 %s %s   검토자 %s %s   전결 %02d/%02d %s %s" % (ranks[0], n[0], ranks[1], n[1], date[1], date[2], ranks[2], n[2]))
    d.p("협조자")
    d.p("시행 %s (%s)   접수" % (docno(rng, dep), fdate(date)))
    d.p("우 %s  %s  / %s" % (o["zip"], o["addr"], o["www"]))
    line = "전화번호 %s  팩스번호 %s  / %s" % (tel(rng, o["area"]), tel(rng, o["area"]), email(rng, o["dom"]))
    if disc:
        line += "  / " + disc.lstrip("/ ").strip() if not disc.startswith("/") else "  " + disc
    d.p(line)
    return disc


def head_block(d, o, recipient, title, via=True):
    d.c(o["name"])
    d.p("수신  %s" % recipient)
    if via:
        d.p("(경유)")
    d.p("제목  %s" % title)


# ------------------------------------------------------------ markings
STAMPS = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"],
}
LEVEL_WORD = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀", "대외비": "대외비"}


def apply_marking(d, rng, level, year, mode=None):
    """Add a security marking. mode: stamps | running | table | dated. Returns mode used."""
    mode = mode or rng.choice(["stamps", "running", "table", "dated", "stamps"])
    st = rng.choice(STAMPS[level])
    until = (year + rng.randint(1, 5), 12, 31)
    if mode == "dated" and level == "대외비":
        st = rng.choice(["%s까지 대외비" % fdate(until), "대외비(보호기간: %s까지)" % fdate(until)])
        d.top.insert(0, st)
        d.bottom.append(st)
        d.cue(st, "top_stamp")
        d.cue(st, "bottom_stamp")
    elif mode == "running":
        d.run_head.insert(0, st)
        d.run_foot.append(st)
        d.head_is_cue = d.foot_is_cue = True
        d.cue(st, "header")
        d.cue(st, "footer")
    elif mode == "table":
        rows = [["문서번호", "생산일자", "보안등급", "보존기간"],
                ["%s-%d" % (rng.choice(["비상", "보안", "기획"]), rng.randint(10, 999)), fdate(ymd(rng, year)),
                 LEVEL_WORD[level] if rng.random() < 0.5 else st, rng.choice(["10년", "30년", "준영구"])]]
        d.blocks.insert(0, ("t", rows))
        d.cue(rows[1][2], "table_cell")
        if rng.random() < 0.5:
            d.bottom.append(st)
            d.cue(st, "bottom_stamp")
    else:
        d.top.insert(0, st)
        d.bottom.append(st)
        d.cue(st, "top_stamp")
        d.cue(st, "bottom_stamp")
    if level != "대외비":
        if rng.random() < 0.7:
            ye = "예고문: %s까지 %s, 이후 %s" % (fdate(until), LEVEL_WORD[level],
                                          rng.choice(["일반문서로 재분류", "대외비로 재분류", "파기"]))
            d.p(ye)
            d.cue(ye, "declassification_notice")
        if rng.random() < 0.6:
            cp = "사본번호: %d / %d" % (rng.randint(1, 5), rng.randint(5, 12))
            d.top.append(cp)
            d.cue(cp, "top_stamp")
    else:
        if rng.random() < 0.4 and mode != "dated":
            ye = "예고문: %s까지 대외비, 이후 일반문서로 재분류" % fdate(until)
            d.p(ye)
            d.cue(ye, "declassification_notice")
    return mode


# ------------------------------------------------------------ OCR noise
OCR_SUB = [("이", "0|"), ("0", "O"), ("1", "l"), ("·", "."), ("ㆍ", "·"), ("-", "－"), ("과", "괴"), ("니다", "니 다"),
           ("공", "곰"), ("의", "외"), ("를", "롤"), ("다.", "다,"), ("에", "예")]


def ocr(text, rng):
    kinds = []
    t = list(text)
    # character confusions
    n_sub = 0
    out = []
    i = 0
    while i < len(text):
        done = False
        if rng.random() < 0.035:
            for a, b in OCR_SUB:
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    n_sub += 1
                    done = True
                    break
        if not done:
            out.append(text[i])
            i += 1
    text = "".join(out)
    if n_sub:
        kinds.append("char_confusion")
    # spaced syllables in a few words
    words = text.split(" ")
    sp = 0
    for k in range(len(words)):
        w = words[k]
        if 2 <= len(w) <= 4 and all("가" <= ch <= "힣" for ch in w) and rng.random() < 0.04:
            words[k] = " ".join(w)
            sp += 1
    text = " ".join(words)
    if sp:
        kinds.append("spaced_syllables")
    # hard line wraps
    lines = text.split("\n")
    nl = []
    wr = 0
    for l in lines:
        if len(l) > 45 and rng.random() < 0.5:
            cut = rng.randint(25, min(44, len(l) - 1))
            nl.append(l[:cut])
            nl.append(l[cut:])
            wr += 1
        else:
            nl.append(l)
    text = "\n".join(nl)
    if wr:
        kinds.append("hard_wrap")
    # fullwidth digits in places
    if rng.random() < 0.5:
        fw = str.maketrans("0123456789", "０１２３４５６７８９")
        parts = text.split("\n")
        for k in range(len(parts)):
            if rng.random() < 0.15:
                parts[k] = parts[k].translate(fw)
        text = "\n".join(parts)
        kinds.append("fullwidth_digits")
    # stray scan artefacts
    if rng.random() < 0.5:
        parts = text.split("\n")
        pos = rng.randint(0, len(parts))
        parts.insert(pos, rng.choice(["|", "'", "ㆍ ㆍ", "- 1 -", ".."]))
        text = "\n".join(parts)
        kinds.append("scan_artefact")
    return text, kinds
