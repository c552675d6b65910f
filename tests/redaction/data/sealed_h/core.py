"""Record builder and small text helpers for pii_h."""
import values as VV
from values import mk, V

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN",
         "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
         "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]

NOISE_P = {"clean": 0.0, "light": 0.15, "ocr": 0.55}


class Builder:
    def __init__(self, r, profile="clean"):
        self.r = r
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.profile = profile
        self.genre = None
        self.subgenre = None
        self.notes = []
        self.lastw = ""

    # plain text
    def t(self, s):
        if self.profile == "ocr" and s:
            # hard line wraps / stray breaks in plain text
            out = []
            for ch in s:
                if ch == " " and self.r.random() < 0.06:
                    out.append("\n")
                else:
                    out.append(ch)
            s = "".join(out)
        self.parts.append(s)
        self.n += len(s)
        return self

    def raw(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    # labelled span
    def s(self, v, typ, noise=None):
        assert typ in TYPES, typ
        if isinstance(v, str):
            v = mk(v, "plain")
        if noise is None:
            p = NOISE_P[self.profile]
            if typ == "PERSON":
                p = p * 0.3
            if typ == "KR_ADDRESS":
                p = p * 0.5
            if p and self.r.random() < p:
                v = VV.apply_noise(self.r, v, typ, 1 if self.r.random() < 0.75 else 2)
        elif noise:
            v = VV.apply_noise(self.r, v, typ, noise)
        assert v.text and v.text == v.text.strip(), repr(v.text)
        self.spans.append({"start": self.n, "end": self.n + len(v.text), "type": typ, "kind": v.kind,
                           "clean": v.clean, "noise": list(v.noise), "value": v.text})
        self.parts.append(v.text)
        self.n += len(v.text)
        return v

    # hard negative (unlabelled look-alike)
    def neg(self, s, cat):
        s = str(s)
        self.negs.append({"start": self.n, "end": self.n + len(s), "category": cat, "text": s})
        self.parts.append(s)
        self.n += len(s)
        return s

    def text(self):
        return "".join(self.parts)

    # ---- convenience ----
    def name(self, nm=None, kind="kr_name", noise=None):
        if nm is None:
            nm = VV.korean_name(self.r)
        if isinstance(nm, V):
            return self.s(nm, "PERSON", noise).clean
        self.s(mk(nm, kind), "PERSON", noise)
        return nm

    def addr(self, kind=None, postcode=None, after=True):
        r = self.r
        v, aft = VV.address(r, kind)
        if postcode is None:
            postcode = r.random() < 0.3
        if postcode:
            o, c = r.choice([("(", ") "), ("[", "] "), ("우 ", " "), ("우)", " "), ("", " "), ("(우", ") ")])
            self.t(o)
            self.neg(VV.postcode(r), "postal_code")
            self.t(c)
        self.s(v, "KR_ADDRESS")
        if after and aft:
            self.t(aft)
        return v


# ---------------------------------------------------------------- romanisation (for passport-style names)
_L = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
      "ui", "i"]
_T = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
      "t", "t", "k", "t", "p", "t"]
SURNAME_ROM = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG", "조": "CHO",
               "윤": "YOON", "장": "JANG", "임": "LIM", "한": "HAN", "오": "OH", "서": "SEO", "신": "SHIN",
               "권": "KWON", "황": "HWANG", "안": "AHN", "송": "SONG", "전": "JEON", "홍": "HONG", "유": "YOO",
               "고": "KO", "문": "MOON", "양": "YANG", "손": "SON", "배": "BAE", "백": "BAEK", "허": "HEO",
               "남궁": "NAMGUNG", "황보": "HWANGBO", "선우": "SUNWOO", "제갈": "JEGAL", "노": "NOH", "하": "HA",
               "곽": "KWAK", "성": "SUNG", "차": "CHA", "주": "JOO", "우": "WOO", "구": "KOO", "민": "MIN",
               "류": "RYU", "나": "NA", "진": "JIN", "지": "JI", "엄": "UM", "채": "CHAE", "원": "WON"}


def rom_syl(c, initial_pos):
    code = ord(c) - 0xAC00
    if not (0 <= code < 11172):
        return c
    l, v, t = code // 588, (code % 588) // 28, code % 28
    li = _L[l]
    if l == 0 and initial_pos:
        li = "g"
    if l == 5 and initial_pos:
        li = "r"
    return li + _V[v] + _T[t]


def romanize_name(r, name):
    sn = name[:2] if name[:2] in VV.SURNAMES2 else name[:1]
    gn = name[len(sn):]
    s_rom = SURNAME_ROM.get(sn) or "".join(rom_syl(c, True) for c in sn).upper()
    g_parts = [rom_syl(c, True).upper() for c in gn]
    style = r.choice(["plain", "plain", "space", "hyphen", "comma", "title"])
    if style == "plain":
        return "%s %s" % (s_rom, "".join(g_parts))
    if style == "space":
        return "%s %s" % (s_rom, " ".join(g_parts))
    if style == "hyphen":
        return "%s %s" % (s_rom.capitalize(), "-".join(p.lower() for p in g_parts).capitalize())
    if style == "comma":
        return "%s, %s" % (s_rom, "".join(g_parts))
    return "%s %s" % ("".join(g_parts).capitalize(), s_rom.capitalize())


# ---------------------------------------------------------------- small helpers
def pick(r, *opts):
    return r.choice(opts)


def colon(r):
    return r.choice([": ", ": ", ":", " : ", "：", " ", "  ", "\t", " - "])


def bullet(r):
    return r.choice(["", "", "- ", "○ ", "· ", "□ ", "▪ ", "* ", "1) "])


def age_of(year, ref=2025):
    return ref - year
