"""Shared helpers for templates: entity-piece constructors, agencies, officials."""
from .doc import E, N
from .values import TWO_SURNAMES, fmt_date, DOB_FORMS, DOB_FORMS_FOREIGN

PER_T, PH_T, EM_T = "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"

TEMPLATES = {}


def template(genre, name=None, nopii=False):
    def deco(f):
        TEMPLATES[name or f.__name__] = dict(fn=f, genre=genre, nopii=nopii)
        return f
    return deco


# ------------------------------------------------------------------ entity pieces
def P(name, kind=None, **kw):
    if kind is None:
        kind = "name_ko_2surname" if name[:2] in TWO_SURNAMES else "name_ko"
    return E(PER_T, name, kind, **kw)


def PL(f, **kw):
    """foreign name, latin script (upper case as in passports)"""
    return E(PER_T, f["latin"], "name_foreign_latin", **kw)


def PT(f, **kw):
    """foreign name, latin title case"""
    return E(PER_T, f["title"], "name_foreign_latin", **kw)


def PKL(v, name, **kw):
    """Korean name written in Latin script (passport romanisation)"""
    return E(PER_T, v.name_latin(name), "name_ko_latin", **kw)


def mob_masked(v, **kw):
    val, k = v.phone_masked()
    return E(PH_T, val, k, **kw)


def PH(f, **kw):
    """foreign name in hangul"""
    return E(PER_T, f["hangul"], "name_foreign_hangul", **kw)


def mob(v, fmt=None, **kw):
    val, k = v.mobile(fmt)
    return E(PH_T, val, k, **kw)


def land(v, area=None, kind="landline", **kw):
    val, k = v.landline(area, kind)
    return E(PH_T, val, k, **kw)


def voip(v, **kw):
    val, k = v.voip()
    return E(PH_T, val, k, **kw)


def em(v, name=None, kind="email_personal", domain=None, **kw):
    val, k = v.email(name, kind, domain)
    return E(EM_T, val, k, **kw)


def rrn(v, kind=None, date=None, **kw):
    if kind is None:
        x = v.r.random()
        kind = "valid" if x < 0.55 else ("post2020" if x < 0.68 else ("masked" if x < 0.95 else "masked_all"))
    if kind == "post2020" and date is not None and date < __import__("datetime").date(2020, 10, 1):
        kind = "valid"
    val, k, dt = v.rrn(kind, date)
    return E("KR_RRN", val, k, **kw)


def rrn_adult(v, kind=None, date=None, **kw):
    """RRN of an adult (never post-2020)"""
    if kind is None:
        x = v.r.random()
        kind = "valid" if x < 0.62 else ("masked" if x < 0.95 else "masked_all")
    date = date or v.birth(1945, 2003)
    val, k, dt = v.rrn(kind, date)
    return E("KR_RRN", val, k, **kw)


def rrn_child(v, **kw):
    kind = v.r.choice(["post2020", "post2020", "valid", "masked"])
    date = None if kind == "post2020" else v.birth(2008, 2019)
    val, k, dt = v.rrn(kind, date)
    return E("KR_RRN", val, k, **kw)


def frn(v, kind=None, date=None, **kw):
    if kind is None:
        kind = "masked" if v.r.random() < 0.15 else "valid"
    val, k, dt = v.frn(kind, date)
    return E("KR_FRN", val, k, **kw)


def pp_kr(v, kind=None, **kw):
    val, k = v.passport_kr(kind)
    return E("KR_PASSPORT", val, k, **kw)


def pp_f(v, nat, **kw):
    val, k = v.passport_foreign(nat)
    return E("KR_PASSPORT", val, k, **kw)


def dl(v, fmt=None, **kw):
    val, k = v.dl(fmt)
    return E("KR_DRIVER_LICENSE", val, k, **kw)


def card(v, brand=None, **kw):
    val, k = v.card(brand)
    return E("CREDIT_CARD", val, k, **kw)


def card_masked(v, **kw):
    val, k = v.card_masked()
    return E("CREDIT_CARD", val, k, **kw)


def acct(v, bank=None, **kw):
    b, val, k = v.account(bank)
    return b, E("KR_BANK_ACCOUNT", val, k, **kw)


def brn(v, **kw):
    val, k = v.brn()
    return E("KR_BRN", val, k, **kw)


def crn(v, **kw):
    val, k = v.crn()
    return E("KR_CRN", val, k, **kw)


def hi(v, kind="hi_card", **kw):
    val, k = v.hi(kind)
    return E("KR_HEALTH_INSURANCE", val, k, **kw)


def plate(v, fmt=None, **kw):
    val, k = v.plate(fmt)
    return E("KR_VEHICLE_PLATE", val, k, **kw)


def ip(v, kind=None, **kw):
    val, k = v.ip(kind)
    return E("IP_ADDRESS", val, k, **kw)


def ip6(v, **kw):
    val, k = v.ipv6()
    return E("IP_ADDRESS", val, k, **kw)


def addr(v, style=None, postal=None, paren=True, **kw):
    """returns list of pieces: [(postal) ]ADDRESS[ (paren)]"""
    a, k, pc, pr = v.address(style)
    out = []
    if postal is None:
        postal = v.r.random() < 0.35
    if postal:
        out += [N(f"({pc})", "postal_code"), " "]
    out.append(E("KR_ADDRESS", a, k, **kw))
    if paren and pr:
        out.append(" " + pr)
    return out


def addr_e(v, style=None, **kw):
    a, k, pc, pr = v.address(style)
    return E("KR_ADDRESS", a, k, **kw)


def dob(v, date=None, form=None, foreign=False, **kw):
    if form is None and foreign:
        form = v.r.choice(DOB_FORMS_FOREIGN)
    val, k = v.dob(date, form)
    return E("DATE_OF_BIRTH", val, k, **kw)


def ND(v, form="dot_spaced", date=None, cat="date_not_birth"):
    """a date that is not a birth date (hard negative)"""
    return N(fmt_date(date or v.recent_date(), form), cat)


def AMT(v, scale="mid"):
    return N(v.amount(scale), "amount")


def NDR(v, form="dot_padded_noend", sep=" ~ "):
    """a sorted date range (hard negatives)"""
    a, b = sorted([v.recent_date(), v.recent_date()])
    return [N(fmt_date(a, form), "date_not_birth"), sep, N(fmt_date(b, form), "date_not_birth")]


def SW(v, area=None):
    return N(v.switchboard(area), "switchboard")


def HOT(v):
    return N(v.hotline(), "switchboard")


# ------------------------------------------------------------------ agencies
CENTRAL = [
    ("행정안전부", "행정안전부장관", ["디지털정부정책과", "주민과", "지방재정정책과", "안전정책과", "개인정보보호정책과"]),
    ("보건복지부", "보건복지부장관", ["기초생활보장과", "기초의료보장과", "노인정책과", "아동복지정책과", "장애인정책과"]),
    ("고용노동부", "고용노동부장관", ["외국인력정책과", "고용지원정책과", "산업안전보건정책과", "청년고용정책과"]),
    ("국토교통부", "국토교통부장관", ["자동차정책과", "교통안전정책과", "주택정책과"]),
    ("국세청", "국세청장", ["징세과", "소득지원과", "개인정보보호팀"]),
    ("여성가족부", "여성가족부장관", ["가족정책과", "다문화가족과"]),
]
LOCAL = [
    ("서울특별시 마포구", "마포구청장", "서울특별시", "마포구"),
    ("경기도 수원시", "수원시장", "경기도", "수원시 팔달구"),
    ("부산광역시 해운대구", "해운대구청장", "부산광역시", "해운대구"),
    ("대전광역시 유성구", "유성구청장", "대전광역시", "유성구"),
    ("전라남도 순천시", "순천시장", "전라남도", "순천시"),
    ("경상북도 구미시", "구미시장", "경상북도", "구미시"),
    ("충청남도 천안시", "천안시장", "충청남도", "천안시 서북구"),
    ("강원특별자치도 원주시", "원주시장", "강원특별자치도", "원주시"),
    ("인천광역시 남동구", "남동구청장", "인천광역시", "남동구"),
    ("제주특별자치도 제주시", "제주시장", "제주특별자치도", "제주시"),
    ("경기도 김포시", "김포시장", "경기도", "김포시"),
    ("대구광역시 수성구", "수성구청장", "대구광역시", "수성구"),
]
LOCAL_DEPTS = ["민원여권과", "복지정책과", "주민복지과", "교통행정과", "세무과", "징수과", "차량민원과", "일자리정책과",
               "총무과", "감사담당관", "보건행정과", "기획예산과", "자치행정과", "외국인주민지원과", "위생과"]
AREA = {"서울특별시": "02", "경기도": "031", "부산광역시": "051", "대전광역시": "042", "전라남도": "061",
        "경상북도": "054", "충청남도": "041", "강원특별자치도": "033", "인천광역시": "032",
        "제주특별자치도": "064", "대구광역시": "053", "세종특별자치시": "044"}
POLICE = [("서울마포경찰서", "서울특별시", "마포구"), ("수원남부경찰서", "경기도", "수원시 영통구"),
          ("부산해운대경찰서", "부산광역시", "해운대구"), ("대전유성경찰서", "대전광역시", "유성구"),
          ("인천논현경찰서", "인천광역시", "남동구"), ("경기김포경찰서", "경기도", "김포시"),
          ("경북구미경찰서", "경상북도", "구미시")]
IMMIG = [("서울남부출입국·외국인사무소", "서울특별시", "양천구"), ("수원출입국·외국인사무소", "경기도", "수원시 영통구"),
         ("부산출입국·외국인청", "부산광역시", "중구"), ("광주출입국·외국인사무소", "광주광역시", "광산구"),
         ("인천출입국·외국인청", "인천광역시", "중구"), ("울산출입국·외국인사무소", "울산광역시", "남구")]
NHIS = [("국민건강보험공단 마포지사", "서울특별시", "마포구"), ("국민건강보험공단 수원북부지사", "경기도", "수원시 팔달구"),
        ("국민건강보험공단 순천지사", "전라남도", "순천시"), ("국민건강보험공단 대전동부지사", "대전광역시", "중구")]

ROADS_INST = ["청사로", "시청로", "중앙로", "행정로", "한누리대로", "도움로", "정부대로", "문화로"]


class Agency(dict):
    __getattr__ = dict.get


def _inst_addr(r, full, sgg, bld):
    road = r.choice(ROADS_INST)
    return f"{full}{' ' + sgg if sgg else ''} {road} {r.randint(1, 250)}{(' ' + bld) if bld else ''}"


def agency(v, kind=None, dept=None):
    ag = _agency(v, kind)
    if dept:
        ag["dept"] = v.r.choice(dept) if isinstance(dept, (list, tuple)) else dept
    return ag


def _agency(v, kind=None):
    r = v.r
    kind = kind or r.choice(["central", "local", "local"])
    if kind == "central":
        name, head, depts = r.choice(CENTRAL)
        addr = f"세종특별자치시 {r.choice(['도움6로', '도움5로', '갈매로', '한누리대로'])} {r.randint(11, 499)} 정부세종청사 {r.randint(1, 17)}동"
        area, domain = "044", "korea.kr"
        dept = r.choice(depts)
    elif kind == "local":
        name, head, full, sgg = r.choice(LOCAL)
        addr = _inst_addr(r, full, sgg, r.choice(["", "", "시청 본관", "구청 별관"]))
        area = AREA.get(full, "02")
        domain = "korea.kr"
        dept = r.choice(LOCAL_DEPTS)
    elif kind == "police":
        name, full, sgg = r.choice(POLICE)
        head = name[:-1] + "서장" if name.endswith("서") else name + "장"
        addr = _inst_addr(r, full, sgg, "")
        area, domain = AREA.get(full, "02"), "police.go.kr"
        dept = r.choice(["수사과 경제범죄수사팀", "사이버수사팀", "형사과 강력팀", "교통조사계", "수사과 지능범죄수사팀"])
    elif kind == "immig":
        name, full, sgg = r.choice(IMMIG)
        head = "소장" if name.endswith("사무소") else "청장"
        addr = _inst_addr(r, full, sgg, "")
        area, domain = AREA.get(full, "02"), "korea.kr"
        dept = r.choice(["체류관리과", "사증심사과", "조사과", "국적·통합과"])
    elif kind == "nhis":
        name, full, sgg = r.choice(NHIS)
        head = "지사장"
        addr = _inst_addr(r, full, sgg, "")
        area, domain = AREA.get(full, "02"), "nhis.or.kr"
        dept = r.choice(["자격부과부", "징수부", "급여관리부", "고객지원부"])
    else:
        raise ValueError(kind)
    return Agency(name=name, head=head, addr=addr, area=area, domain=domain, dept=dept, kind=kind,
                  tel=v.switchboard(area))


OFF_TITLES = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장"]


def official(v, ag, title=None):
    r = v.r
    nm = v.name()
    t = title or r.choice(OFF_TITLES)
    ph, _ = v.landline(ag["area"], "landline_direct")
    if ag.get("kind") == "police":
        t = title or r.choice(["경위", "경사", "경감", "수사관", "경장"])
    mail, _ = v.email(nm, domain=ag["domain"])
    return Agency(name=nm, title=t, phone=ph, email=mail)


def O_name(o, **kw):
    return P(o["name"], **kw)


def O_phone(o, **kw):
    return E(PH_T, o["phone"], "landline_direct", **kw)


def O_mail(o, **kw):
    return E(EM_T, o["email"], "email_official", **kw)


def footer(v, ag, with_fax=True, with_tel=True):
    """공문 footer: agency address is a hard negative; switchboard is a hard negative; fax is PHONE."""
    r = v.r
    out = ["\n", N(ag["addr"], "institution_address")]
    if with_tel:
        out += [" / 대표전화 ", N(ag["tel"], "switchboard")]
    if with_fax and r.random() < 0.8:
        fx, _ = v.landline(ag["area"], "fax")
        out += [" / 전송 ", E(PH_T, fx, "fax")]
    out += [" / ", N(r.choice(["http://www.", "www."]) + r.choice(["example", "gov-sample", "city-demo"]) + ".go.kr",
                    "institution_url")]
    return out


def docno(v, ag=None):
    r = v.r
    dept = (ag or {}).get("dept") or r.choice(LOCAL_DEPTS)
    dept = dept.split()[0]
    return N(f"{dept}-{r.randint(100, 99999)}", "doc_number")


STATUTES = {
    "privacy": ["「개인정보 보호법」 제18조 제2항 제7호", "「개인정보 보호법」 제24조의2 제1항", "「개인정보 보호법」 제59조 제2호",
                "「주민등록법」 제29조 제2항", "「개인정보 보호법」 제26조 제1항"],
    "traffic": ["「주차장법」 제29조 제1항 제2호", "「도로교통법」 제32조", "「도로교통법」 제87조 제1항", "「자동차관리법」 제12조 제1항",
                "같은 법 시행령 제9조 제1항"],
    "welfare": ["「국민기초생활 보장법」 제21조", "「긴급복지지원법」 제7조", "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제5조",
                "「기초연금법」 제10조 제1항"],
    "subsidy": ["「보조금 관리에 관한 법률」 제33조의2", "「지방자치단체 보조금 관리에 관한 법률」 제31조 제1항",
                "「보조금 관리에 관한 법률」 제40조"],
    "medaid": ["「의료급여법」 제3조 제1항", "「의료급여법」 제8조 제1항", "「의료급여법 시행규칙」 제3조"],
    "tax": ["「지방세징수법」 제33조", "「지방세징수법」 제61조 제1항", "「지방세기본법」 제55조"],
    "hi": ["「국민건강보험법」 제109조 제10항", "「국민건강보험법」 제81조 제3항", "「출입국관리법」 제78조 제2항 제3호"],
    "immig": ["「출입국관리법」 제31조 제1항", "「출입국관리법」 제25조", "「외국인근로자의 고용 등에 관한 법률」 제8조",
              "「출입국관리법」 제94조 제17호"],
    "contract": ["「국가를 당사자로 하는 계약에 관한 법률 시행령」 제26조 제1항 제5호", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제31조",
                 "「개인정보 보호법」 제26조 제2항"],
    "police": ["「형사소송법」 제199조 제2항", "「전기통신사업법」 제83조 제3항",
               "「금융실명거래 및 비밀보장에 관한 법률」 제4조 제1항 제1호"],
    "discipline": ["「지방공무원법」 제48조", "「국가공무원법」 제56조", "「공직자윤리법」 제14조의4"],
    "criminal": ["「형법」 제347조 제1항", "「전자금융거래법」 제6조 제3항 제1호", "「여신전문금융업법」 제70조 제1항 제3호"],
}


def statute(r, topic):
    return N(r.choice(STATUTES[topic]), "statute")
