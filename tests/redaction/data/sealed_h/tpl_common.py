"""Shared snippets: hard negatives, institutions, form and table renderers."""
import values as VV
from values import mk
from core import colon, romanize_name

# ---------------------------------------------------------------- hard negatives
STATUTES = ["「개인정보 보호법」 제15조제1항제1호", "「개인정보 보호법」 제24조의2", "「국민기초생활 보장법」 제21조",
            "「출입국관리법」 제31조 제1항", "「도로교통법」 제80조", "「소득세법」 제59조의4", "「부가가치세법」 제8조 제1항",
            "같은 법 시행령 제9조 제1항", "「주민등록법」 제29조제2항", "「여권법」 제9조", "「국민건강보험법」 제96조의2",
            "「형사소송법」 제199조 제2항", "「전기통신사업법」 제83조 제3항", "「공직선거법」 제37조", "「주민투표법」 제9조",
            "「초·중등교육법」 제30조의4", "「긴급복지지원법」 제9조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「재한외국인 처우 기본법」 제12조", "「다문화가족지원법」 제6조", "「아동수당법」 제6조", "「근로기준법」 제43조",
            "「지방공무원 임용령」 제38조의3", "「감사원법」 제31조", "「금융실명거래 및 비밀보장에 관한 법률」 제4조 제1항"]
DEPTS = ["복지정책과", "민원여권과", "자치행정과", "세무과", "교통행정과", "감사담당관", "인사과", "평생교육과", "외국인정책과",
         "보건정책과", "총무과", "수사과", "선거관리팀", "정보통신과", "기획예산과", "가족정책과", "교무행정지원과"]


def neg_docno(r):
    c = r.random()
    if c < 0.5:
        return "%s-%d" % (r.choice(DEPTS), r.randint(100, 19999))
    if c < 0.7:
        return "%s-%d-%d" % (r.choice(["서면", "민원", "감사", "교육"]), r.randint(2019, 2025), r.randint(100, 9999))
    if c < 0.85:
        return "제%d-%d호" % (r.randint(2019, 2025), r.randint(1, 999))
    return "%s%d-%d" % (r.choice(["부가", "소득", "법인"]), r.randint(46000, 46099), r.randint(10, 999))


STATUTE_DOM = {
    "privacy": ["「개인정보 보호법」 제15조제1항제1호", "「개인정보 보호법」 제17조", "「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제22조"],
    "welfare": ["「국민기초생활 보장법」 제21조", "「긴급복지지원법」 제9조", "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제5조", "「기초연금법」 제3조"],
    "immigration": ["「출입국관리법」 제31조 제1항", "「출입국관리법」 제25조", "「재한외국인 처우 기본법」 제12조", "「다문화가족지원법」 제6조"],
    "traffic": ["「도로교통법」 제80조", "「도로교통법」 제44조 제1항", "「도로교통법」 제32조", "「자동차관리법」 제12조"],
    "tax": ["「소득세법」 제59조의4", "「부가가치세법」 제8조 제1항", "「국세기본법」 제45조의2", "「소득세법 시행령」 제106조", "같은 법 시행령 제9조 제1항"],
    "police": ["「형사소송법」 제199조 제2항", "「통신비밀보호법」 제13조", "「전기통신사업법」 제83조 제3항", "「금융실명거래 및 비밀보장에 관한 법률」 제4조 제1항"],
    "election": ["「공직선거법」 제37조", "「주민투표법」 제9조", "「주민소환에 관한 법률」 제7조", "「공직선거법」 제38조"],
    "health": ["「국민건강보험법」 제96조의2", "「국민건강보험법」 제44조", "「국민건강보험법 시행령」 제19조"],
    "education": ["「초·중등교육법」 제30조의4", "「학교보건법」 제7조", "「초·중등교육법 시행령」 제48조"],
    "audit": ["「감사원법」 제31조", "「지방자치단체 보조금 관리에 관한 법률」 제13조", "「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제25조", "「공무원 행동강령」 제13조"],
    "general": ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「민원 처리에 관한 법률」 제27조", "「행정절차법」 제21조", "「주민등록법」 제29조제2항"],
    "child": ["「아동수당법」 제6조", "「영유아보육법」 제34조의2", "「아동수당법 시행령」 제3조"],
    "labor": ["「근로기준법」 제43조", "「외국인근로자의 고용 등에 관한 법률」 제18조", "「근로기준법」 제17조"],
    "resident": ["「주민등록법」 제29조제2항", "「주민등록법」 제37조", "「주민등록법 시행령」 제47조"],
    "criminal": ["「형법」 제231조", "「형법」 제347조", "「도로교통법」 제148조의2 제3항", "「형사소송법」 제334조 제1항"],
}


def neg_statute(r, dom=None):
    if dom is None:
        return r.choice(STATUTES)
    if r.random() < 0.1:
        return r.choice(STATUTE_DOM["general"])
    return r.choice(STATUTE_DOM[dom])


def has_final(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return code % 28 != 0
    if ch.isdigit():
        return ch in "013678"
    return True


def josa(word, a, b):
    """a: after a final consonant (은/이/을/과), b: after a vowel (는/가/를/와)."""
    w = word.rstrip()
    return a if has_final(w[-1]) else b


def neg_range(r, b, cat="non_birth_date", ordered=True):
    style = r.choice(["dot_sp", "kor", "iso", "dot0"])
    y, m, d = VV.rand_date(r, 2019, 2025)
    y2, m2, d2 = VV.rand_date(r, 2019, 2025)
    if (y2, m2, d2) < (y, m, d):
        y, m, d, y2, m2, d2 = y2, m2, d2, y, m, d
    s1, _ = VV.fmt_date(r, y, m, d, style)
    s2, _ = VV.fmt_date(r, y2, m2, d2, style)
    b.neg(s1, cat)
    b.t(r.choice([" ~ ", "~", " – ", " - "]))
    b.neg(s2, cat)


def neg_amount(r):
    c = r.random()
    v = r.randint(10, 9999) * r.choice([1000, 10000, 100, 10])
    if c < 0.6:
        return "{:,}원".format(v)
    if c < 0.8:
        return "금 {:,}원".format(v)
    if c < 0.9:
        return "₩{:,}".format(v)
    return "{:,}천원".format(v // 1000 or 1)


def neg_case(r):
    y = r.randint(2019, 2025)
    return r.choice(["%d가단%d" % (y, r.randint(1000, 99999)), "%d고단%d" % (y, r.randint(100, 9999)),
                     "%d구합%d" % (y, r.randint(1000, 99999)), "%d나%d" % (y, r.randint(1000, 99999)),
                     "%d노%d" % (y, r.randint(100, 9999)), "%d고합%d" % (y, r.randint(10, 999)),
                     "%d드단%d" % (y, r.randint(1000, 99999)), "%d두%d" % (y, r.randint(10000, 99999))])


def neg_receipt(r):
    return r.choice(["1AA-%02d%02d-%07d" % (r.randint(19, 25), r.randint(1, 12), r.randint(0, 9999999)),
                     "2BB-%02d%02d-%07d" % (r.randint(19, 25), r.randint(1, 12), r.randint(0, 9999999)),
                     "%d-%04d-%06d" % (r.randint(1101, 4799), r.randint(2019, 2025), r.randint(0, 999999))])


def neg_product(r):
    return r.choice(["SM-A%03dN" % r.randint(100, 999), "KS C %04d" % r.randint(1000, 9999), "HS %04d.%02d" % (r.randint(1000, 9999), r.randint(10, 99)),
                     "AB-%04dX" % r.randint(1000, 9999), "G%02d-%04d-%03d" % (r.randint(10, 99), r.randint(1000, 9999), r.randint(100, 999)),
                     "LOT %s%06d" % (r.choice("ABCK"), r.randint(0, 999999)), "MX-%d" % r.randint(1000, 9999),
                     "8801234%06d" % r.randint(0, 999999)])


def neg_stat(r):
    return r.choice(["{:,}명".format(r.randint(100, 999999)), "%.1f%%" % (r.random() * 60), "{:,}건".format(r.randint(10, 99999)),
                     "{:,}가구".format(r.randint(100, 99999)), "%d.%d배" % (r.randint(1, 9), r.randint(0, 9)),
                     "{:,}명 중 {:,}명".format(r.randint(5000, 9000), r.randint(100, 4999))])


def neg_date(r, style=None):
    return VV.other_date(r, 2019, 2025, style)


# ---------------------------------------------------------------- institutions
AGENCIES = [
    ("행정안전부", "장관"), ("보건복지부", "장관"), ("법무부 출입국·외국인정책본부", "본부장"), ("국세청", "청장"),
    ("경찰청", "청장"), ("교육부", "장관"), ("국민건강보험공단", "이사장"), ("중앙선거관리위원회", "위원장"),
    ("고용노동부", "장관"), ("여성가족부", "장관"), ("국토교통부", "장관"), ("감사원", "원장"),
]
LOCALS = [("마포구", "서울특별시"), ("수원시", "경기도"), ("노원구", "서울특별시"), ("해운대구", "부산광역시"),
          ("청주시", "충청북도"), ("전주시", "전북특별자치도"), ("창원시", "경상남도"), ("춘천시", "강원특별자치도"),
          ("유성구", "대전광역시"), ("서귀포시", "제주특별자치도"), ("남동구", "인천광역시"), ("김해시", "경상남도"),
          ("구미시", "경상북도"), ("아산시", "충청남도"), ("파주시", "경기도"), ("순천시", "전라남도")]
LAST_LOCAL = {}


def local_office(r):
    l, sido = r.choice(LOCALS)
    LAST_LOCAL["v"] = (l, sido)
    return l, l + "청", l + ("청장" if l.endswith("구") else "장")


def inst_addr(r, local=None):
    """Address of the issuing institution (hard negative). Uses the last local office drawn when available."""
    l, sido = local or LAST_LOCAL.get("v") or r.choice(LOCALS)
    road = r.choice(VV.ROAD_STEMS)
    bld = "구청" if l.endswith("구") else "시청"
    return "%s %s %s %d %s" % (sido, l, road, r.randint(1, 300), r.choice([bld + " 본관", bld + " 별관 3층", "종합청사 2층", "청사 민원동"]))


def inst_email(r):
    return r.choice(["minwon", "webmaster", "help", "privacy", "info", "press"]) + "@" + r.choice(VV.EMAIL_DOMAINS_GOV[2:])


# ---------------------------------------------------------------- forms
def render_form(b, r, fields, layout=None):
    """fields: list of (label, fn) where fn(b) writes the value (may write spans)."""
    layout = layout or r.choice(["lines", "lines", "numbered", "pipe", "boxes", "two_col", "run"])
    b.notes.append("form_layout=" + layout)
    c = colon(r)
    if layout == "run":
        sepx = r.choice([", ", " / ", " · ", "  "])
        for i, (lab, fn) in enumerate(fields):
            if i:
                b.t(sepx)
            b.t(lab + r.choice([": ", ":", " "]))
            fn(b)
        b.t("\n")
        return
    for i, (lab, fn) in enumerate(fields):
        if layout == "lines":
            b.t(lab + c)
            fn(b)
            b.t("\n")
        elif layout == "numbered":
            b.t("%d. %s%s" % (i + 1, lab, c))
            fn(b)
            b.t("\n")
        elif layout == "pipe":
            b.t("| %s | " % lab)
            fn(b)
            b.t(" |\n")
        elif layout == "boxes":
            b.t("%s [ " % lab)
            fn(b)
            b.t(" ]\n")
        elif layout == "two_col":
            b.t(lab + c)
            fn(b)
            b.t("\n" if i % 2 == 1 or i == len(fields) - 1 else r.choice(["\t", "    ", "   "]))


def f_name(nm=None):
    return lambda b: b.name(nm)


def f_span(v, typ):
    return lambda b: b.s(v, typ)


def f_text(s):
    return lambda b: b.t(s)


def f_addr(kind=None):
    return lambda b: b.addr(kind)


def f_neg(s, cat):
    return lambda b: b.neg(s, cat)


def f_phone_mixed(r):
    v = VV.mobile(r) if r.random() < 0.75 else VV.landline(r)
    return lambda b: b.s(v, "PHONE_NUMBER")


# ---------------------------------------------------------------- tables
def render_table(b, r, header, rows, style=None, header_blank_name_col=None):
    """rows: list of lists of cells; a cell is ('t', str) | ('s', V, TYPE) | ('n', str, cat).
    header may contain '' (column without header) or be None (no header row)."""
    style = style or r.choice(["pipe", "pipe_sp", "tab", "space", "runon", "csv"])
    b.notes.append("table=" + style + ("" if header else "/noheader"))

    def cell_text(c):
        return c[1] if c[0] in ("t", "n") else c[1].text

    def write_cell(c):
        if c[0] == "t":
            b.t(c[1])
        elif c[0] == "n":
            b.neg(c[1], c[2])
        else:
            b.s(c[1], c[2])

    if style == "space":
        # fix noise first so widths are right: pre-apply profile noise is skipped in aligned tables
        widths = []
        allrows = ([[("t", h) for h in header]] if header else []) + rows
        ncol = max(len(x) for x in allrows)
        for j in range(ncol):
            widths.append(max(VV.disp_width(cell_text(x[j]).replace("\n", " ")) for x in allrows if j < len(x)))
        for x in allrows:
            for j, c in enumerate(x):
                write_cell(c)
                if j < len(x) - 1:
                    pad = widths[j] - VV.disp_width(cell_text(c)) + 2
                    b.raw(" " * max(pad, 2))
            b.raw("\n")
        return
    if style == "runon":
        if header:
            b.t(" ".join(h for h in header if h) + " ")
        for i, x in enumerate(rows):
            for j, c in enumerate(x):
                write_cell(c)
                b.t(" ")
        b.t("\n")
        return
    if style in ("pipe", "pipe_sp"):
        lsep, msep, rsep = ("|", "|", "|") if style == "pipe" else ("| ", " | ", " |")
        if header:
            b.t(lsep + msep.join(header) + rsep + "\n")
            if r.random() < 0.5:
                b.t("|" + "|".join("---" for _ in header) + "|\n")
        for x in rows:
            b.t(lsep)
            for j, c in enumerate(x):
                if j:
                    b.t(msep)
                write_cell(c)
            b.t(rsep + "\n")
        return
    sepc = "\t" if style == "tab" else ","
    if header:
        b.t(sepc.join(header) + "\n")
    for x in rows:
        for j, c in enumerate(x):
            if j:
                b.raw(sepc)
            write_cell(c)
        b.raw("\n")


def C(v, typ):
    return ("s", v, typ)


def T(s):
    return ("t", s)


def N(s, cat):
    return ("n", s, cat)


def kname(r):
    return mk(VV.korean_name(r), "kr_name")


def latin_kr_name(r, nm):
    return mk(romanize_name(r, nm), "kr_name_latin")
