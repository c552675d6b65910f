# -*- coding: utf-8 -*-
"""Helpers shared by the template modules."""
from core import (P, N, AGENCIES, OFFICE_TITLES, ROM, ROMG, surname_of, person, phone, email,
                  company_name, company_domain, kname, doc_date, rand_date, fmt_date)

RANKS = ["주무관", "주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장", "계장", "담당관",
         "조사관", "행정관", "연구관", "실무관"]


def agency(rng):
    return rng.choice(AGENCIES)


def official(rng):
    return person(rng), rng.choice(RANKS)


AREA_OF_NONGEO = {"국민건강보험공단 한빛지사": ("031", "8012"), "도로교통공단 한빛운전면허시험장": ("031", "940"),
                   "한빛출입국·외국인사무소": ("031", "697")}


def area_of(ag):
    rep = ag[3]
    if rep.startswith("0"):
        return rep.split("-")[0], rep.split("-")[1]
    return AREA_OF_NONGEO.get(ag[0], ("031", "820"))


def direct_line(rng, ag, kind="landline"):
    """An official's direct line or fax: same area code as the agency and, half
    of the time, the same exchange as its switchboard (a realistic hard case)."""
    a, ex = area_of(ag)
    if rng.random() < 0.5:
        p = phone(rng, "landline", "-", a)
        last = p.canon.split("-")[2]
        while ex + "-" + last == ag[3][len(a) + 1:]:
            last = "%04d" % ((int(last) + 1) % 10000)
        canon = "%s-%s-%s" % (a, ex, last)
        return P("PHONE_NUMBER", canon, "phone_landline", canon, fmt="hyphen")
    return phone(rng, "landline", "-", a)


def switch_of(ag):
    """The agency's main number: always a hard negative."""
    return N(ag[3], "switchboard")


def inst_addr(ag):
    return N(ag[2], "institution_address")


def gov_email(rng, name_p, ag):
    rs, rg = latin_parts(name_p.text)
    local = rng.choice([rg + rs, rs + rg, rg[0] + rs + str(rng.randint(1, 99)), rs + "." + rg])
    dom = "korea.kr" if rng.random() < 0.6 else ag[4]
    return P("EMAIL_ADDRESS", local + "@" + dom, "email_official")


def company_email(rng, name_p, cname):
    rs, rg = latin_parts(name_p.text)
    local = rng.choice([rg + "." + rs, rs + rg[:1], rg, rs + "_" + rg, rs + str(rng.randint(1, 99))])
    return P("EMAIL_ADDRESS", local + "@" + company_domain(rng, cname), "email_company")


def latin_parts(name):
    if name and "가" <= name[0] <= "힣":
        s = surname_of(name)
        g = name[len(s):]
        return ROM.get(s, "k"), "".join(ROMG.get(c, "a") for c in g)
    bits = name.lower().split()
    if len(bits) == 1:
        return bits[0], "x"
    return bits[0], "".join(bits[1:])


def latin_name(name, rng, style=None):
    s = surname_of(name)
    g = name[len(s):]
    rs = ROM.get(s, "k").upper()
    sy = [ROMG.get(c, "a").upper() for c in g]
    style = style if style is not None else rng.randrange(4)
    if style == 0:
        return rs + " " + "".join(sy)
    if style == 1:
        return rs + " " + " ".join(sy)
    if style == 2:
        return "".join(sy)[:1] + "".join(sy)[1:].lower() + " " + rs[:1] + rs[1:].lower()
    return rs + ", " + "".join(sy)


def latin_person(name, rng, style=None):
    return P("PERSON", latin_name(name, rng, style), "ko_name_latin")


def office_title(rng, ag=None):
    return N(rng.choice(OFFICE_TITLES), "office_title")


def sep(rng, opts=("-", "-", "-", "", " ", ".")):
    return rng.choice(opts)


def render_fields(rng, d, fields, style=None, title=None):
    """fields: list of (label, value) where value is str/P/N/list."""
    style = style or rng.choice(["colon", "colon", "bracket", "pipe", "numbered", "tab", "square"])
    if title:
        d.ln(title)
        if rng.random() < 0.4:
            d.ln("=" * rng.randint(18, 30) if style != "pipe" else "")
    if style == "pipe":
        k = 0
        while k < len(fields):
            row = fields[k:k + 2]
            cells = []
            for lab, val in row:
                cells += ["| ", lab, " | ", val, " "]
            d.add(cells)
            d.ln("|")
            k += 2
        return style
    for n_, (lab, val) in enumerate(fields, 1):
        if style == "colon":
            d.ln(lab + ": {0}", val)
        elif style == "bracket":
            d.ln("[" + lab + "] {0}", val)
        elif style == "numbered":
            d.ln("%d. %s : {0}" % (n_, lab), val)
        elif style == "tab":
            d.ln(lab + "\t{0}", val)
        else:
            d.ln("□ " + lab + "  {0}", val)
    return style


def pick_phone(rng, kind=None):
    kind = kind or ("mobile" if rng.random() < 0.7 else rng.choice(["landline", "070"]))
    s = rng.choice(["-", "-", "-", "-", "", " ", "."])
    if kind == "mobile" and rng.random() < 0.06:
        s = "+82"
    return phone(rng, kind, s)


def age_of(dob_dt, ref_year=2025):
    return ref_year - dob_dt.year


def kdate(rng, y0=2023, y1=2026):
    return doc_date(rng, None, y0, y1)


def head_word(ag):
    a = ag[0]
    if a.endswith("부"):
        return "장관"
    if a.endswith("시청"):
        return "시장"
    if a.endswith("구청"):
        return "구청장"
    if a.endswith("군청"):
        return "군수"
    if a.endswith("청"):
        return "청장"
    if a.endswith("지사"):
        return "지사장"
    if a.endswith("사무소"):
        return "소장"
    return "장"


def head_title(ag):
    a = ag[0]
    w = head_word(ag)
    if w == "장관":
        t = a + "장관"
    elif w in ("시장", "군수"):
        t = a[:-2] + w          # 한빛시청 -> 한빛시장, 가람군청 -> 가람군수
    else:
        t = a + "장"            # 국세청장, 새솔구청장, ...지사장, ...사무소장, ...시험장장
    return N(t, "office_title")
