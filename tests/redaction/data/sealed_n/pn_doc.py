"""Document builder, noise and hard-negative pools for pii_n."""
import re
from pn_values import S, N, digits

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
HANGUL_DIGIT = "공일이삼사오육칠팔구"
HANGUL_DIGIT_ALT = {"0": ["공", "영"]}


def _copy(s, text, tag):
    return S(text, s.typ, s.kind, s.noise + [tag], s.clean)


def fullwidth(s, rng):
    return _copy(s, s.text.translate(FW), "fullwidth_digits")


def uhyphen(s, rng):
    if "-" not in s.text:
        return s
    h = rng.choice(["‐", "－", "–"])
    return _copy(s, s.text.replace("-", h), "unicode_hyphen")


def _digit_gaps(t):
    return [i for i in range(1, len(t)) if t[i - 1].isdigit() and t[i].isdigit()]


def space_in(s, rng):
    t = s.text
    if "-" in t and rng.random() < 0.5:
        i = t.index("-")
        return _copy(s, t[:i] + " - " + t[i + 1:], "space_in_number")
    g = _digit_gaps(t)
    if not g:
        return s
    i = rng.choice(g)
    return _copy(s, t[:i] + " " + t[i:], "space_in_number")


def newline_in(s, rng):
    t = s.text
    cands = [i + 1 for i, c in enumerate(t) if c == "-" and 0 < i < len(t) - 1] + _digit_gaps(t)
    if not cands:
        return s
    i = rng.choice(cands)
    return _copy(s, t[:i] + "\n" + t[i:], "newline_in_number")


CONF = {"0": "O", "1": "l", "8": "B", "5": "S"}


def confusable(s, rng):
    t = list(s.text)
    idx = [i for i, c in enumerate(t) if c in CONF and i > 0]
    if not idx:
        return s
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
        t[i] = CONF[t[i]] if t[i] != "1" else rng.choice("lI")
    return _copy(s, "".join(t), "confusable_letters")


def spaced_name(s, rng):
    if s.typ != "PERSON" or " " in s.text or not all("가" <= c <= "힣" for c in s.text):
        return s
    return _copy(s, " ".join(s.text), "spaced_name")


NUMERIC_NOISE = [fullwidth, uhyphen, space_in, newline_in, confusable]


def ocr_noise(s, rng, p=0.6):
    """Apply one (sometimes two) OCR noise operations to a span."""
    if s.typ == "PERSON":
        return spaced_name(s, rng) if rng.random() < p * 0.5 else s
    if s.typ in ("EMAIL_ADDRESS", "KR_ADDRESS", "IP_ADDRESS", "DATE_OF_BIRTH"):
        return s
    if rng.random() > p:
        return s
    ops = list(NUMERIC_NOISE)
    if s.typ == "KR_PASSPORT":
        ops = [fullwidth, space_in, newline_in]
    op = rng.choice(ops)
    s2 = op(s, rng)
    if rng.random() < 0.2:
        op2 = rng.choice([o for o in ops if o is not op and o is not confusable])
        s2 = op2(s2, rng)
    return s2


def hangul_digits(s, rng, group_sep=None):
    """Dictated form: digits read out one by one in Sino-Korean, groups separated."""
    out = []
    for c in s.text:
        if c.isdigit():
            out.append(rng.choice(HANGUL_DIGIT_ALT.get(c, [HANGUL_DIGIT[int(c)]])) if c == "0" else HANGUL_DIGIT[int(c)])
        elif c in "- ":
            out.append(group_sep if group_sep is not None else rng.choice([" ", ", ", "에 ", "-"]))
        else:
            out.append(c)
    return S("".join(out), s.typ, s.kind, s.noise + ["hangul_digits"], s.clean)


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.negs = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)

    def p(self, s):
        assert isinstance(s, S), s
        self.spans.append((self.n, self.n + len(s.text), s))
        self.t(s.text)

    def neg(self, x):
        self.negs.append((self.n, self.n + len(x.text), x))
        self.t(x.text)

    def f(self, fmt, **kw):
        pos = 0
        for m in re.finditer(r"\{\{|\}\}|\{(\w+)\}", fmt):
            self.t(fmt[pos:m.start()])
            g = m.group(0)
            if g == "{{":
                self.t("{")
            elif g == "}}":
                self.t("}")
            else:
                v = kw[m.group(1)]
                if isinstance(v, S):
                    self.p(v)
                elif isinstance(v, N):
                    self.neg(v)
                else:
                    self.t(str(v))
            pos = m.end()
        self.t(fmt[pos:])

    def text(self):
        return "".join(self.buf)


# ---------------- hard negatives -----------------
def switchboard(rng):
    k = rng.randrange(6)
    if k == 0:
        return N(rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-" + digits(rng, 4), "switchboard_15xx")
    if k == 1:
        return N(rng.choice(["044-215-2114", "044-200-2114", "02-2100-2114", "044-201-3114", "031-228-2114", "02-120"]), "switchboard_main")
    if k == 2:
        return N(rng.choice(["110", "120", "126", "1345", "1350", "1355", "182", "1382"]), "short_code")
    return N(rng.choice(["1588", "1577", "1544", "1661"]) + "-" + digits(rng, 4), "switchboard_15xx")


INST_ADDR = ["세종특별자치시 갈매로 477 정부세종청사 5동", "세종특별자치시 도움6로 11 정부세종청사 6동",
             "경기도 수원시 팔달구 효원로 1", "서울특별시 종로구 세종대로 209 정부서울청사",
             "대전광역시 서구 청사로 189 정부대전청사", "서울특별시 중구 세종대로 110 서울특별시청"]


def inst_addr(rng):
    return N(rng.choice(INST_ADDR), "institution_address")


def doc_number(rng):
    return N(rng.choice([f"운영지원과-{rng.randint(100, 9999)}", f"민원봉사과-{rng.randint(100, 9999)}",
                         f"정보보호팀-{rng.randint(10, 999)}", f"서면-{rng.randint(2019, 2025)}-법인-{rng.randint(1000, 9999)}",
                         f"재산세과-{rng.randint(100, 999)}", f"감사담당관-{rng.randint(100, 2999)}"]), "doc_number")


def statute(rng):
    return N(rng.choice(["「개인정보 보호법」 제24조의2 제1항", "「개인정보 보호법」 제15조 제1항 제2호",
                         "「주민등록법」 제7조의2", "「여권법」 제7조 제1항", "「도로교통법」 제80조",
                         "「출입국관리법」 제31조", "같은 법 시행령 제19조 제1항",
                         "「민원 처리에 관한 법률」 제27조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
                         "「행정업무의 운영 및 혁신에 관한 규정」 제4조"]), "statute")


def case_number(rng):
    y = rng.randint(2019, 2025)
    return N(rng.choice([f"{y}구합{rng.randint(10000, 99999)}", f"{y}가단{rng.randint(100000, 999999)}",
                         f"{y}고단{rng.randint(1000, 9999)}", f"{y}두{rng.randint(10000, 99999)}",
                         f"{y}노{rng.randint(100, 3999)}", f"조심 {y}서{rng.randint(1000, 9999)}"]), "case_number")


def receipt_number(rng):
    return N(rng.choice([f"1AA-{rng.randint(2301, 2512)}-{digits(rng, 7)}", f"2BB-{rng.randint(2301, 2512)}-{digits(rng, 7)}",
                         f"{rng.randint(2021, 2025)}{digits(rng, 7)}-00", f"제{rng.randint(2023, 2025)}-{digits(rng, 5)}호"]), "receipt_number")


def mgmt_number(rng):
    return N(rng.choice([f"031-{rng.randint(2019, 2025)}-{digits(rng, 4)}", f"1101-{rng.randint(2019, 2025)}-{digits(rng, 6)}",
                         f"41135-100-{digits(rng, 5)}", f"{rng.randint(2023, 2025)}{digits(rng, 6)}-00"]), "public_record_id")


def placeholder(rng):
    return N(rng.choice(["000000-0000000", "XXXXXX-XXXXXXX", "******-*******", "010-0000-0000", "0000-0000-0000-0000",
                         "000-00-00000"]), "masked_placeholder")


def anon_person(rng):
    return N(rng.choice(["홍길동", "김○○", "박**", "이○○", "정 모 씨", "갑", "을", "A씨", "최모씨", "OOO"]), "anonymised_person")


def company(rng):
    from pn_values import COMPANIES
    return N(rng.choice(COMPANIES), "company_name")


def version(rng):
    return N(rng.choice(["10.0.19045.3803", "v2.14.3", "5.4.0-150-generic", "1.26.4", "v3.2.1-rc2", "22.04.3",
                         "build 2024.11.08", "17.0.2"]), "version_string")


def model_no(rng):
    return N(rng.choice(["SM-S928N", "LG-F600L", "HP LaserJet M404dn", "SN-2024-07713", "KT-RX-5500",
                         "모델명 QN65Q80C", "품번 A1-2230-B", "ISO/IEC 27001:2022"]), "product_model")


def office_title(rng):
    return N(rng.choice(["행정안전부장관", "국세청장", "마포구청장", "○○세무서장", "경찰청장", "법무부장관",
                         "개인정보보호위원회 위원장", "수원시장", "출입국·외국인청장"]), "office_title")


def amount(rng):
    return N(rng.choice([f"{rng.randint(1, 999)},{digits(rng, 3)},{digits(rng, 3)}원", f"₩{rng.randint(1, 99)},{digits(rng, 3)},000",
                         f"{rng.randint(10, 999)}만 원"]), "amount")


NEG_MAKERS = [switchboard, inst_addr, doc_number, statute, case_number, receipt_number, mgmt_number, placeholder,
              anon_person, company, version, model_no, office_title, amount]
