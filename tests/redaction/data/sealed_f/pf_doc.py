"""Record builder: text is assembled piece by piece; spans are recorded as values are appended."""
import datetime
import pf_values as V

NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "PHONE_NUMBER", "CREDIT_CARD", "KR_BANK_ACCOUNT", "KR_BRN", "KR_CRN",
                 "KR_HEALTH_INSURANCE", "IP_ADDRESS"}


class Doc:
    def __init__(self, r, genre, template, noise_p=0.0, text_noise=False):
        self.r = r
        self.genre = genre
        self.template = template
        self.parts = []
        self.pos = 0
        self.spans = []
        self.negs = []
        self.noise_p = noise_p          # probability that a value gets OCR noise
        self.text_noise = text_noise    # light noise in plain text
        self.extra = {}

    # ---- plain text
    def t(self, s):
        if self.text_noise and s:
            s = self._noisy_plain(s)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def _noisy_plain(self, s):
        r = self.r
        out = []
        for c in s:
            x = r.random()
            if c == "." and x < 0.08:
                out.append(",")
            elif c == " " and x < 0.04:
                out.append("  ")
            elif c == "·" and x < 0.3:
                out.append("ㆍ")
            elif c == ":" and x < 0.1:
                out.append(";")
            else:
                out.append(c)
        return "".join(out)

    def raw(self, s):
        """plain text that must not be noised (e.g. table padding)."""
        self.parts.append(s)
        self.pos += len(s)
        return self

    # ---- labelled value
    def v(self, value, typ, kind, clean=None, noise=None):
        assert value == value.strip() and value, (value, typ)
        start = self.pos
        self.parts.append(value)
        self.pos += len(value)
        self.spans.append({"start": start, "end": self.pos, "type": typ, "kind": kind,
                           "clean": clean if clean is not None else value, "noise": list(noise or [])})
        return self

    # ---- hard negative
    def n(self, s, cat):
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        self.negs.append({"start": start, "end": self.pos, "category": cat, "text": s})
        return self

    def text(self):
        return "".join(self.parts)

    # ---- convenience emitters (draw a value, maybe add noise, append)
    def _maybe(self):
        return self.noise_p > 0 and self.r.random() < self.noise_p

    def num(self, clean, typ, kind, allowed=None):
        if self._maybe():
            if allowed is None:
                allowed = ("fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number") + \
                          (("o_for_0", "l_for_1") if typ in NUMERIC_TYPES else ())
            noisy, tags = V.noise_number(self.r, clean, allowed)
            return self.v(noisy, typ, kind, clean, tags)
        return self.v(clean, typ, kind, clean)

    def person(self, name=None, kind="kr_name"):
        r = self.r
        name = name or V.kname(r)
        if self._maybe() and kind == "kr_name" and r.random() < 0.6:
            noisy, tags = V.noise_name(r, name)
            self.v(noisy, "PERSON", kind, name, tags)
        else:
            self.v(name, "PERSON", kind, name)
        return name

    def rrn(self, birth=None, kind=None):
        val, k, b = V.rrn(self.r, birth, kind)
        self.num(val, "KR_RRN", k)
        return b

    def frn(self, birth=None, kind=None):
        val, k, b = V.frn(self.r, birth, kind)
        self.num(val, "KR_FRN", k)
        return b

    def phone(self, kind=None, area=None):
        r = self.r
        kind = kind or r.choice(["mobile"] * 3 + ["landline", "landline", "voip"])
        if kind == "mobile":
            val, k = V.mobile(r)
        elif kind == "mobile_dash":
            val, k = V.mobile(r, "-")
        elif kind == "mobile_intl":
            val, k = V.mobile_intl(r)
        elif kind == "masked":
            val, k = V.mobile_masked(r)
            return self.v(val, "PHONE_NUMBER", k)
        elif kind == "voip":
            val, k = V.voip(r)
        elif kind == "fax":
            val, k = V.landline(r, area, "fax")
        elif kind == "direct":
            val, k = V.landline(r, area, "official_direct")
        else:
            val, k = V.landline(r, area)
        return self.num(val, "PHONE_NUMBER", k)

    def email(self, kind="personal", name=None, comp=None, latin=None):
        r = self.r
        if kind == "official":
            val = V.email_official(r, name)
        elif kind == "company":
            val = V.email_company(r, comp)
        elif kind == "latin":
            val = V.email_latin(r, latin)
        else:
            val = V.email_personal(r, name)
        k = "email_" + kind
        if self._maybe():
            noisy, tags = V.noise_email(r, val)
            return self.v(noisy, "EMAIL_ADDRESS", k, val, tags)
        return self.v(val, "EMAIL_ADDRESS", k, val)

    def addr(self, form=None, with_postal=None, with_paren=True):
        r = self.r
        body, k, paren = V.address(r, form)
        if with_postal is None:
            with_postal = r.random() < 0.3
        if with_postal:
            if r.random() < 0.7:
                self.t("(")
                self.n(V.postal(r), "postal_code")
                self.t(") ")
            else:
                self.t("우 ")
                self.n(V.postal(r), "postal_code")
                self.t(" ")
        if self._maybe():
            noisy, tags = V.noise_address(r, body)
            self.v(noisy, "KR_ADDRESS", k, body, tags)
        else:
            self.v(body, "KR_ADDRESS", k, body)
        if with_paren and paren:
            self.t(paren)
        return body

    def dob(self, d=None, form=None, y0=1940, y1=2015):
        r = self.r
        d = d or V.rand_date(r, y0, y1)
        s, k = V.dob_fmt(r, d, form)
        if self._maybe() and any(c.isdigit() for c in s):
            noisy, tags = V.noise_number(r, s, ("fullwidth_digits", "space_in_number"))
            self.v(noisy, "DATE_OF_BIRTH", k, s, tags)
        else:
            self.v(s, "DATE_OF_BIRTH", k, s)
        return d

    def acct(self, bank=None):
        b, val, k, digits = V.account(self.r, bank)
        return b, val, k

    def account(self, bank=None, show_bank=True, sep=" "):
        b, val, k, digits = V.account(self.r, bank)
        if show_bank:
            self.t(b + sep)
        self.num(val, "KR_BANK_ACCOUNT", k)
        return b

    def card(self, kind=None, masked=False):
        if masked:
            val, k, n = V.card_masked(self.r)
            return self.v(val, "CREDIT_CARD", k, val)
        val, k, n = V.card(self.r, kind)
        return self.num(val, "CREDIT_CARD", k)

    def passport(self, nat=None, kind=None):
        if nat and nat != "대한민국":
            val, k = V.passport_foreign(self.r, nat)
        else:
            val, k = V.passport_kr(self.r, kind)
        return self.num(val, "KR_PASSPORT", k, ("fullwidth_digits", "space_in_number"))

    def dl(self, kind=None):
        val, k = V.driver_license(self.r, kind)
        return self.num(val, "KR_DRIVER_LICENSE", k, ("fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number"))

    def plate(self, kind=None):
        val, k = V.plate(self.r, kind)
        return self.num(val, "KR_VEHICLE_PLATE", k, ("fullwidth_digits",))

    def brn(self, corporate=False):
        val, k = V.brn(self.r, corporate)
        return self.num(val, "KR_BRN", k)

    def crn(self):
        val, k = V.crn(self.r)
        return self.num(val, "KR_CRN", k)

    def hi(self):
        val, k = V.health_ins(self.r)
        return self.num(val, "KR_HEALTH_INSURANCE", k, ("fullwidth_digits", "space_in_number", "o_for_0", "l_for_1"))

    def ip(self, kind=None):
        if kind == "ipv6":
            val, k = V.ipv6(self.r)
            return self.v(val, "IP_ADDRESS", k)
        val, k = V.ipv4(self.r, kind)
        return self.num(val, "IP_ADDRESS", k, ("fullwidth_digits", "o_for_0"))

    # ---- negatives
    def switchboard(self):
        return self.n(V.switchboard(self.r), "switchboard_15xx")

    def inst_phone(self, label="대표전화 "):
        val, _ = V.landline(self.r)
        self.t(label)
        return self.n(val, "institution_switchboard")

    def date(self, y0=2023, y1=2025):
        d = V.rand_date(self.r, y0, y1)
        return self.n(V.date_fmt(self.r, d), "date_not_dob")

    def amount(self):
        r = self.r
        a = r.randrange(1, 5000) * r.choice([1000, 10000, 100])
        return self.n(r.choice(["{:,}원".format(a), "금{:,}원".format(a), "₩{:,}".format(a), "{:,} 원".format(a)]), "amount")

    def docno(self, dept=None):
        r = self.r
        dept = dept or r.choice(["민원봉사과", "복지정책과", "세무과", "교통행정과", "총무과", "농정과", "건축과", "보건행정과", "자치행정과"])
        return self.n("%s-%d" % (dept, r.randrange(100, 99999)), "document_number")

    def masked_name(self):
        return self.n(V.masked_name(self.r), "masked_name")


# ---------------------------------------------------------------------------
# captured cells for tables
class Cell:
    def __init__(self, parts, spans, negs):
        self.parts, self.spans, self.negs = parts, spans, negs
        self.len = sum(len(p) for p in parts)


def mk(d, fn):
    p0, s0, n0, pos0 = len(d.parts), len(d.spans), len(d.negs), d.pos
    fn()
    parts = d.parts[p0:]
    spans = [dict(s, start=s["start"] - pos0, end=s["end"] - pos0) for s in d.spans[s0:]]
    negs = [dict(n, start=n["start"] - pos0, end=n["end"] - pos0) for n in d.negs[n0:]]
    del d.parts[p0:]
    del d.spans[s0:]
    del d.negs[n0:]
    d.pos = pos0
    return Cell(parts, spans, negs)


def put(d, c):
    if isinstance(c, str):
        d.raw(c)
        return
    base = d.pos
    for p in c.parts:
        d.parts.append(p)
        d.pos += len(p)
    for s in c.spans:
        d.spans.append(dict(s, start=s["start"] + base, end=s["end"] + base))
    for n in c.negs:
        d.negs.append(dict(n, start=n["start"] + base, end=n["end"] + base))


def clen(c):
    return len(c) if isinstance(c, str) else c.len


def table(d, header, rows, fmt):
    """Render a table. header may be None. Cells are str or Cell."""
    allrows = ([header] if header else []) + rows
    ncol = max(len(x) for x in allrows)
    widths = [max(clen(row[i]) if i < len(row) else 0 for row in allrows) for i in range(ncol)]
    if fmt == "tab":
        for row in allrows:
            for i, c in enumerate(row):
                if i:
                    d.raw("\t")
                put(d, c)
            d.raw("\n")
    elif fmt in ("pipe", "pipe_tight"):
        for ri, row in enumerate(allrows):
            if fmt == "pipe":
                d.raw("| ")
                for i, c in enumerate(row):
                    if i:
                        d.raw(" | ")
                    put(d, c)
                d.raw(" |\n")
                if header and ri == 0:
                    d.raw("|" + "|".join("---" for _ in row) + "|\n")
            else:
                for i, c in enumerate(row):
                    if i:
                        d.raw("|")
                    put(d, c)
                d.raw("\n")
    elif fmt == "box":
        d.raw("┌" + "┬".join("─" * (w + 2) for w in widths) + "┐\n")
        for ri, row in enumerate(allrows):
            d.raw("│")
            for i in range(ncol):
                c = row[i] if i < len(row) else ""
                d.raw(" ")
                put(d, c)
                d.raw(" " * (widths[i] - clen(c)) + " │")
            d.raw("\n")
            if header and ri == 0:
                d.raw("├" + "┼".join("─" * (w + 2) for w in widths) + "┤\n")
        d.raw("└" + "┴".join("─" * (w + 2) for w in widths) + "┘\n")
    elif fmt == "aligned":
        for row in allrows:
            for i, c in enumerate(row):
                put(d, c)
                if i < len(row) - 1:
                    d.raw(" " * (widths[i] - clen(c) + 2))
            d.raw("\n")
    elif fmt == "csv":
        for row in allrows:
            for i, c in enumerate(row):
                if i:
                    d.raw(",")
                txt = c if isinstance(c, str) else "".join(c.parts)
                q = ("," in txt) or ("\n" in txt)
                if q:
                    d.raw('"')
                put(d, c)
                if q:
                    d.raw('"')
            d.raw("\n")
    else:
        raise ValueError(fmt)
