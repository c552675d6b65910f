# -*- coding: utf-8 -*-
"""Rosters and tables flattened to text; CSV exports."""
from core import *  # noqa
from common import *  # noqa

DEPTS = ["민원봉사과", "교통행정과", "세정과", "복지정책과", "감사담당관", "기획예산과", "총무과", "정보통신과",
         "환경위생과", "도시계획과", "보건소", "문화체육과"]
GRADES = ["6급", "7급", "8급", "5급", "행정주사", "주무관", "사무관", "9급", "전문경력관"]


def _row(rng, kind):
    r = {}
    if kind in ("foreign",):
        fn = foreign(rng)
        r["fn"] = fn
        dtb = rand_date(rng, 1968, 2003)
        r["dob_dt"] = dtb
        r["name"] = P("PERSON", fn[0] if rng.random() < 0.75 else title_case(fn[0]), "foreign_latin")
        r["name_ko"] = P("PERSON", fn[1], "foreign_hangul")
        r["frn"] = frn(rng, "valid" if rng.random() < 0.9 else "masked", dt=dtb, sep=rng.choice(["-", "-", ""]))[0]
        r["passport"] = passport_foreign(rng, fn[4])
        r["nat"] = fn[3]
    else:
        r["name"] = person(rng)
        dtb = rand_date(rng, 1952, 2004)
        r["dob_dt"] = dtb
        r["rrn"] = rrn(rng, rng.choice(["valid", "valid", "masked"]), dt=dtb, sep=rng.choice(["-", "-", "-", ""]))[0]
        r["passport"] = passport_kr(rng, prefix=rng.choice(["M", "M", "G", "G", "S"]))
    return r


COLS = {
    # kind: (title choices, [(header, key)])
    "trip": (["국외출장자 명단", "[붙임] 국외출장 여권 정보", "해외 연수단 명단"],
             [("연번", "no"), ("성명", "name"), ("소속", "dept"), ("직급", "grade"), ("여권번호", "passport"),
              ("생년월일", "dob"), ("연락처", "mobile")]),
    "foreign": (["외국인 근로자 고용 현황", "외국인 계절근로자 명부", "체류자 현황표"],
                [("연번", "no"), ("성명", "name"), ("국적", "nat"), ("외국인등록번호", "frn"), ("여권번호", "passport"),
                 ("입국일", "entry"), ("휴대전화", "mobile")]),
    "payee": (["지원금 지급 대상자 명단", "여비 지급 내역", "강사료 지급 명세", "환급금 지급 명단"],
              [("연번", "no"), ("성명", "name"), ("생년월일", "dob"), ("은행", "bank"), ("계좌번호", "acct"),
               ("지급액", "amt"), ("연락처", "mobile")]),
    "driver": (["운전원 및 차량 현황", "관용차량 운행자 명단", "셔틀버스 운전기사 현황"],
               [("성명", "name"), ("면허번호", "dl"), ("면허종별", "dlclass"), ("차량번호", "plate"), ("연락처", "mobile")]),
    "card": (["법인카드 지급 현황", "부서별 카드 관리대장"],
             [("카드번호", "card"), ("카드사", "issuer"), ("사용자", "name"), ("부서", "dept"), ("한도", "amt")]),
    "resident": (["입주자 명부", "주차 등록 세대 현황"],
                 [("동·호수", "unit"), ("성명", "name"), ("연락처", "mobile"), ("차량번호", "plate"), ("비고", "note")]),
    "students": (["교육 수강생 명단", "온라인 설명회 신청자", "자격연수 대상자"],
                 [("번호", "no"), ("이름", "name"), ("이메일", "email"), ("휴대폰", "mobile"), ("수료", "done")]),
    "checkup": (["건강검진 대상자 명단", "특수건강진단 대상자"],
                [("성명", "name"), ("주민등록번호", "rrn"), ("건강보험증번호", "hi"), ("사업장", "company"),
                 ("검진예정일", "date")]),
    "event": (["행사 참가자 명단", "경품 당첨자 발송 목록"],
              [("성명", "name"), ("생년월일", "dob"), ("주소", "addr"), ("연락처", "mobile")]),
    "contact": (["비상연락망", "부서 연락처 현황", "재난대응 비상연락망"],
                [("직위", "grade"), ("성명", "name"), ("사무실", "office"), ("휴대전화", "mobile"), ("이메일", "email")]),
    "vendor": (["거래처 현황", "협력업체 정보", "계약 상대자 목록"],
               [("상호", "company"), ("대표자", "name"), ("사업자등록번호", "brn"), ("법인등록번호", "crn"),
                ("전화", "landline"), ("계좌", "acct")]),
    "iplist": (["원격접속 허용 IP 목록", "VPN 접속 승인 현황"],
               [("성명", "name"), ("부서", "dept"), ("접속 IP", "ip"), ("등록일", "date")]),
    "gate": (["차량 출입 등록 현황", "방문 차량 기록"],
             [("차량번호", "plate"), ("소유자", "name"), ("연락처", "mobile"), ("등록기간", "period")]),
    "exam": (["필기시험 응시자 명단", "면접 대상자 명단"],
             [("수험번호", "examno"), ("성명", "name"), ("생년월일", "dob"), ("연락처", "mobile")]),
    "insured": (["피부양자 등록 명단", "직장가입자 명부"],
                [("성명", "name"), ("주민등록번호", "rrn"), ("건강보험증번호", "hi"), ("주소", "addr")]),
}


def _cell(rng, key, r, i, ctx):
    if key == "no":
        return str(i + 1)
    if key == "name":
        return r["name"]
    if key == "dept":
        return rng.choice(DEPTS)
    if key == "grade":
        return rng.choice(GRADES)
    if key == "passport":
        return r["passport"]
    if key == "dob":
        return dob(rng, r["dob_dt"], ctx["dobform"])
    if key == "mobile":
        return phone(rng, "mobile", ctx["phsep"])
    if key == "landline":
        return phone(rng, rng.choice(["landline", "landline", "070"]), ctx["phsep"])
    if key == "office":
        return phone(rng, "landline", "-", ctx.get("area"))
    if key == "nat":
        return r["nat"]
    if key == "frn":
        return r["frn"]
    if key == "rrn":
        return r["rrn"]
    if key == "entry":
        return doc_date(rng, "iso", 2019, 2024)
    if key == "bank":
        ac, bk = account(rng, sep=ctx["acsep"])
        r["_acct"] = ac
        return bk
    if key == "acct":
        if "_acct" in r:
            return r["_acct"]
        ac, bk = account(rng, sep=ctx["acsep"])
        return [bk, " ", ac] if ctx["kind"] == "vendor" else ac
    if key == "amt":
        return amount(rng, 50000, 3000000)
    if key == "dl":
        return driver_license(rng)
    if key == "dlclass":
        return rng.choice(["1종 대형", "1종 보통", "2종 보통", "1종 특수"])
    if key == "plate":
        return plate(rng)
    if key == "card":
        return card(rng, sep=ctx["cardsep"], masked=rng.random() < 0.3)
    if key == "issuer":
        return rng.choice(CARD_ISSUERS)
    if key == "unit":
        return "%d동 %d호" % (rng.randint(101, 112), rng.randint(1, 20) * 100 + rng.randint(1, 4))
    if key == "note":
        return rng.choice(["", "세입자", "2대 등록", "경차", "방문증 발급", "-"])
    if key == "email":
        return email(rng, r["name"].text)
    if key == "done":
        return rng.choice(["O", "X", "수료", "미수료"])
    if key == "hi":
        return health_ins(rng, rng.random() < 0.15)
    if key == "company":
        return N(company_name(rng), "company_name")
    if key == "date":
        return doc_date(rng, "iso", 2024, 2025)
    if key == "addr":
        return address(rng)[0]
    if key == "brn":
        return brn(rng, rng.choice(["-", "-", ""]))
    if key == "crn":
        return crn(rng) if rng.random() < 0.7 else "-"
    if key == "ip":
        return ipv4(rng, "public" if rng.random() < 0.6 else "private")
    if key == "period":
        return "%s~%s" % (doc_date(rng, "dots_padded", 2025, 2025), doc_date(rng, "dots_padded", 2026, 2026))
    if key == "examno":
        return N("%d%04d" % (rng.randint(1, 9), rng.randint(1, 9999)), "public_record_id")
    raise KeyError(key)


def t_roster(rng, d):
    kind = rng.choice(sorted(COLS) + ["foreign", "foreign", "trip", "driver", "driver", "checkup", "vendor"])
    titles, cols = COLS[kind]
    cols = list(cols)
    # sometimes drop a non-essential column
    if len(cols) > 4 and rng.random() < 0.4:
        drop = rng.choice([c for c in cols if c[1] not in ("name",)])
        cols.remove(drop)
    ctx = {"kind": kind, "dobform": rng.choice(DOB_FORMS), "phsep": rng.choice(["-", "-", "-", "", ".", " "]),
           "acsep": rng.choice(["-", "-", "", " "]), "cardsep": rng.choice(["-", "-", " ", ""]),
           "area": rng.choice(AREAS)}
    sep = rng.choice(["|", " | ", "\t", "  ", "   ", "md"])
    header = rng.random() < 0.75
    if rng.random() < 0.85:
        t = rng.choice(titles)
        if rng.random() < 0.5:
            t = "%s (%s 기준)" % (t, doc_date(rng, "dots_spaced", 2024, 2025))
        d.ln(t)
    nrows = rng.randint(3, 8)
    rowkind = "foreign" if kind == "foreign" else "ko"
    rows = [_row(rng, rowkind) for _ in range(nrows)]

    lead_pipe = sep.strip() == "|" and rng.random() < 0.3

    def emit(cells):
        if sep == "md":
            d.add("| ")
            d.add(join(cells, " | "))
            d.ln(" |")
        elif sep == "  " or sep == "   ":
            out = []
            for k, c in enumerate(cells):
                if k:
                    out.append(" " * rng.randint(2, 5))
                out.append(c)
            d.add(out)
            d.ln()
        else:
            lead = lead_pipe
            if lead:
                d.add("|")
            d.add(join(cells, sep))
            d.ln("|" if lead else "")

    if header:
        emit([h for h, _ in cols])
        if sep == "md":
            d.ln("|" + "|".join(["---"] * len(cols)) + "|")
        elif rng.random() < 0.3:
            d.ln("-" * rng.randint(30, 60))
    for i, r in enumerate(rows):
        cells = []
        for h, key in cols:
            c = _cell(rng, key, r, i, ctx)
            cells.append(c if c != "" else "-")
        emit(cells)
    if rng.random() < 0.5:
        d.ln(rng.choice(["※ 개인정보가 포함되어 있으므로 업무 목적 외 사용을 금함",
                         "※ 작성: %s" % rng.choice(DEPTS), "총 %d명" % nrows, "※ 붙임 자료는 내부 검토용임"]))
    return {"table_kind": kind, "sep": sep.replace("\t", "tab"), "header": header}


CSV_SETS = [
    ("member_export", ["member_id", "name", "birth", "phone", "email", "addr"]),
    ("민원접수목록", ["접수번호", "민원인", "연락처", "이메일", "처리부서", "접수일"]),
    ("payment_log", ["tx_id", "card_no", "holder", "amount", "approved_at", "ip"]),
    ("visitor", ["방문일", "성명", "생년월일", "휴대전화", "차량번호", "방문부서"]),
    ("resident_reg", ["name", "rrn", "address", "tel"]),
    ("foreign_staff", ["name_en", "nationality", "arc_no", "passport_no", "mobile"]),
    ("refund", ["성명", "은행", "계좌번호", "예금주", "환급액"]),
    ("driver_db", ["emp_no", "name", "license_no", "vehicle_no", "phone"]),
    ("health", ["name", "rrn", "hi_no", "hospital_tel"]),
    ("vendor_master", ["vendor_name", "ceo", "brn", "crn", "tel", "email"]),
]


def _q(item, sep=","):
    """Quote an item for CSV if needed; returns list of items."""
    t = item.text if isinstance(item, (P, N)) else item
    if sep in t or '"' in t:
        return ['"', item, '"']
    return [item]


def t_csv(rng, d):
    name, hdr = rng.choice(CSV_SETS)
    delim = "," if rng.random() < 0.8 else ";"
    if rng.random() < 0.5:
        d.ln("# export: %s_%s.csv" % (name, doc_date(rng, "yyyymmdd", 2024, 2025)))
    d.ln(delim.join(hdr))
    nrows = rng.randint(3, 7)
    rsep = rng.choice(["-", ""])
    psep = rng.choice(["-", "", "-"])
    for i in range(nrows):
        nm = person(rng)
        dtb = rand_date(rng, 1950, 2004)
        row = []
        for h in hdr:
            if h in ("member_id", "emp_no"):
                v = user_id(rng)
            elif h in ("name", "민원인", "성명", "holder", "ceo"):
                v = nm
            elif h in ("birth", "생년월일"):
                v = dob(rng, dtb, rng.choice(["iso", "yyyymmdd", "yymmdd"]))
            elif h in ("phone", "연락처", "휴대전화", "tel", "mobile"):
                v = phone(rng, "mobile" if rng.random() < 0.8 else "landline", psep)
            elif h == "hospital_tel":
                v = phone(rng, "landline", psep)
            elif h == "email":
                v = email(rng, nm.text)
            elif h == "이메일":
                v = email(rng, nm.text) if rng.random() < 0.8 else ""
            elif h in ("addr", "address"):
                v = address(rng)[0]
            elif h == "접수번호":
                v = receipt_number(rng)
            elif h in ("처리부서", "방문부서"):
                v = rng.choice(DEPTS)
            elif h in ("접수일", "방문일", "approved_at"):
                v = doc_date(rng, "iso", 2024, 2025) + (" %02d:%02d:%02d" % (rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)) if h == "approved_at" else "")
            elif h == "tx_id":
                v = N("T%d%08d" % (rng.randint(2024, 2025), rng.randint(0, 99999999)), "public_record_id")
            elif h == "card_no":
                v = card(rng, sep=rng.choice(["-", ""]), masked=rng.random() < 0.5)
            elif h in ("amount", "환급액"):
                v = str(rng.randint(1, 900) * 100)
            elif h == "ip":
                v = ipv4(rng)
            elif h == "차량번호":
                v = plate(rng) if rng.random() < 0.8 else ""
            elif h == "rrn":
                v = rrn(rng, rng.choice(["valid", "valid", "post2020", "masked"]), dt=None, sep=rsep)[0]
            elif h == "name_en":
                fn = foreign(rng)
                v = P("PERSON", fn[0], "foreign_latin")
                row_fn = fn
            elif h == "nationality":
                v = row_fn[2]
            elif h == "arc_no":
                v = frn(rng, "valid", sep=rsep)[0]
            elif h == "passport_no":
                v = passport_foreign(rng, row_fn[4])
            elif h == "은행":
                ac, bk = account(rng, sep=rng.choice(["-", ""]))
                v = bk
            elif h == "계좌번호":
                v = ac
            elif h == "예금주":
                v = nm if rng.random() < 0.8 else N(company_name(rng), "company_name")
            elif h == "license_no":
                v = driver_license(rng, rng.choice(["numeric", "plain"]))
            elif h == "vehicle_no":
                v = plate(rng)
            elif h == "hi_no":
                v = health_ins(rng)
            elif h == "vendor_name":
                v = N(company_name(rng, rng.choice([0, 2, 3, 5])), "company_name")
            elif h == "brn":
                v = brn(rng, rng.choice(["-", ""]))
            elif h == "crn":
                v = crn(rng, rng.choice(["-", ""]))
            else:
                raise KeyError(h)
            row.append(v)
        cells = []
        for k, v in enumerate(row):
            if k:
                cells.append(delim)
            cells += _q(v, delim) if v is not None else [""]
        d.add(cells)
        d.ln()
    return {"csv": name}
