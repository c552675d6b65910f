"""Templates, part A: forms, certificates, rosters/tables, CSV, OCR ID cards."""
import unicodedata
from gen_core import *  # noqa: F401,F403

# ---------------------------------------------------------------- small helpers


def add_person(d, rng, p=None):
    p = p or ko_name(rng)
    d.s(PER, p["ko"], "name_ko2" if len(p["sur"]) == 2 else "name_ko")
    return p


def add_fperson(d, f, script="latin"):
    if script == "latin":
        d.s(PER, f["latin"], "name_foreign_latin")
    elif script == "title":
        d.s(PER, f["title"], "name_foreign_latin")
    else:
        d.s(PER, f["hangul"], "name_foreign_hangul")


def add_addr(d, rng, postal=None, form=None, ref=True):
    v, kind, pc, r = address(rng, form)
    if postal is None:
        postal = rng.random() < 0.3
    if postal:
        d.t("(").h(pc, "postal_code").t(") ")
    d.s(ADDR, v, kind)
    if ref and r:
        d.t(" " + r)
    return v


def add_phone(d, rng, kind=None):
    if kind == "mobile":
        v, k = mobile(rng)
    elif kind == "landline":
        v, k = landline(rng)
    else:
        v, k = any_phone(rng)
    d.s(PHONE, v, k)
    return v


def add(d, typ, res):
    d.s(typ, res[0], res[1])
    return res[0]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cell_text(c):
    if isinstance(c, str):
        return c
    return c[1]


def emit_table(d, rng, header, rows, style=None, with_header=None):
    """cells: plain str | (TYPE, value, kind) | ('HN', value, cat)."""
    style = style or rng.choice(["pipe", "pipe_edge", "tab", "space", "pipe_nospace"])
    if with_header is None:
        with_header = rng.random() < 0.7
    allrows = ([header] if with_header else []) + rows
    widths = [max(dw(cell_text(r[i])) for r in allrows) for i in range(len(header))]
    for ri, r in enumerate(allrows):
        if style == "pipe_edge":
            d.t("| ")
        for ci, c in enumerate(r):
            if ci:
                d.t({"pipe": " | ", "pipe_edge": " | ", "tab": "\t", "pipe_nospace": "|", "space": "  "}[style])
            if isinstance(c, str):
                d.t(c)
            elif c[0] == "HN":
                d.h(c[1], c[2])
            else:
                d.s(c[0], c[1], c[2])
            if style == "space" and ci < len(r) - 1:
                pad = widths[ci] - dw(cell_text(c))
                if pad > 0:
                    d.t(" " * pad)
        if style == "pipe_edge":
            d.t(" |")
        d.t("\n")
    return style, with_header


def person_cell(rng, p=None):
    p = p or ko_name(rng)
    return (PER, p["ko"], "name_ko2" if len(p["sur"]) == 2 else "name_ko"), p


ORGS_CENTRAL = ["행정안전부", "법무부", "외교부", "국토교통부", "보건복지부", "고용노동부", "경찰청", "국세청"]
ORGS_LOCAL = ["서울특별시 마포구", "서울특별시 노원구", "부산광역시 해운대구", "경기도 수원시", "인천광역시 연수구",
              "대전광역시 유성구", "경기도 화성시", "충청남도 천안시", "전라남도 순천시", "경상남도 김해시"]


def org_name(rng):
    return rng.choice(ORGS_CENTRAL + ORGS_LOCAL)


def ymd(rng, y0=2023, y1=2025):
    return event_date(rng, y0, y1)


# ================================================================= FORMS

def t_form_resident(rng):
    d = Doc()
    style = rng.choice(["label", "pipe"])
    d.t("■ 주민등록법 시행규칙 [별지 제%d호서식] <개정 %d. %d. %d.>\n" % (rng.randint(5, 15), rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    d.t(rng.choice(["주민등록표 열람 또는 등·초본 교부 신청서", "전입신고서", "주민등록증 재발급 신청서"]) + "\n")
    d.t("접수번호 ").h(*receipt_no(rng)).t("   접수일 ").h(*ymd(rng)).t("   처리기간 즉시\n")
    sep = " | " if style == "pipe" else "  "
    d.t("신청인" + sep + "성명" + sep)
    p = add_person(d, rng)
    d.t(sep + "주민등록번호" + sep)
    add(d, RRN, rrn(rng)[:2])
    d.t("\n" + sep + "주소" + sep)
    add_addr(d, rng)
    d.t("\n" + sep + "전화번호" + sep)
    add_phone(d, rng, "mobile")
    if rng.random() < 0.5:
        rel = rng.choice(["배우자", "자녀", "자녀", "부모", "위임"])
        d.t(sep + "대상자와의 관계" + sep + rel + "\n")
        d.t("대상자" + sep + "성명" + sep)
        add_person(d, rng)
        d.t(sep + "주민등록번호" + sep)
        add(d, RRN, rrn(rng, "rrn_post2020" if rel == "자녀" and rng.random() < 0.6 else None)[:2])
    d.t("\n수수료 ").h(*fee(rng)).t("\n")
    d.t("※ 작성 예시: 성명 ").h("홍길동", "form_example_name").t(", 주민등록번호 ").h("000000-0000000", "placeholder_id").t("\n")
    d.t("위와 같이 신청합니다.\n신청인 ")
    d.s(PER, p["ko"], "name_ko")
    d.t(" (서명 또는 인)\n%s장 귀하\n" % rng.choice(["○○동", "마포구청", "수원시 팔달구청", "해운대구 우동"]))
    return d, "form_resident", "신청서"


def t_form_passport(rng):
    d = Doc()
    p = ko_name(rng)
    d.t("여권발급신청서 (PASSPORT APPLICATION)\n")
    d.t("「여권법 시행규칙」 별지 제1호서식\n")
    d.t("여권종류: %s   기간: %s\n" % (rng.choice(["일반(복수)", "일반(단수)", "관용"]), rng.choice(["10년", "5년", "잔여기간"])))
    d.t("한글성명: ")
    add_person(d, rng, p)
    d.t("\n로마자성명: ")
    d.s(PER, roman(p, rng, rng.choice(["UPPER", "UPPER_SP"])), "name_roman")
    d.t("\n주민등록번호: ")
    add(d, RRN, rrn(rng)[:2])
    d.t("\n본인 연락처: 휴대전화 ")
    add_phone(d, rng, "mobile")
    if rng.random() < 0.6:
        d.t("  자택 ")
        add_phone(d, rng, "landline")
    d.t("\n전자우편: ")
    add(d, EMAIL, email(rng, p))
    d.t("\n긴급연락처: 성명 ")
    add_person(d, rng)
    d.t("  관계 %s  전화 " % rng.choice(["배우자", "부", "모", "자녀", "형제"]))
    add_phone(d, rng, "mobile")
    if rng.random() < 0.75:
        d.t("\n기존 여권번호(재발급 시): ")
        add(d, PASS, passport_kr(rng, new=rng.random() < 0.3))
        d.t("  (분실/훼손 여부: %s)" % rng.choice(["분실", "훼손", "유효기간 만료", "해당 없음"]))
    d.t("\n신청일: ").h(*ymd(rng)).t("  접수기관: %s 민원여권과 (대표 " % rng.choice(["마포구청", "노원구청", "수원시청", "천안시청"]))
    d.h(*switchboard(rng)).t(")\n")
    return d, "form_passport", "신청서"


def t_form_dl(rng):
    d = Doc()
    d.t(rng.choice(["운전면허증 재발급 신청서", "운전면허 적성검사(갱신) 신청서", "국제운전면허증 발급 신청서"]) + "\n")
    d.t("■ 도로교통법 시행규칙 [별지 제%d호서식]\n" % rng.choice([57, 65, 74, 79]))
    p = ko_name(rng)
    rows = [("성명", (PER, p["ko"], "name_ko")), ("주민등록번호", (RRN,) + rrn(rng)[:2]),
            ("운전면허번호", (DL,) + driver_license(rng)), ("면허종별", rng.choice(["1종 보통", "2종 보통", "1종 대형", "2종 소형"])),
            ("휴대전화", (PHONE,) + mobile(rng))]
    if rng.random() < 0.4:
        rows.append(("전자우편", (EMAIL,) + email(rng, p)))
    if "국제" in d.parts[0][1]:
        rows.insert(1, ("영문성명", (PER, roman(p, rng), "name_roman")))
        rows.insert(3, ("여권번호", (PASS,) + passport_kr(rng)))
    sep = rng.choice([": ", " | ", "\t"])
    for lab, v in rows:
        d.t(lab + sep)
        if isinstance(v, str):
            d.t(v)
        else:
            d.s(v[0], v[1], v[2])
        d.t("\n")
    d.t("주소" + sep)
    add_addr(d, rng)
    a, b = date_range(rng, 2025, 2028)
    d.t("\n적성검사 기간: ").h(*a).t(" ~ ").h(*b).t("\n")
    d.t("수수료: ").h(*fee(rng)).t("   문의: 도로교통공단 ").h("1577-1120", "switchboard_15xx").t("\n")
    return d, "form_dl", "신청서"


def t_form_foreigner(rng):
    d = Doc()
    f = foreign_name(rng)
    d.t("[별지 제34호서식] 통합신청서 (신고서) / APPLICATION FORM\n")
    kinds = rng.sample(["외국인 등록 / ALIEN REGISTRATION", "체류기간 연장허가 / EXTENSION OF SOJOURN PERIOD",
                        "체류지 변경신고 / ALTERATION OF RESIDENCE", "등록사항 변경신고 / CHANGE OF INFORMATION"], 1)
    d.t("□ " + kinds[0] + "\n")
    d.t("성 Surname: ")
    d.s(PER, f["sur_latin"], "name_part_surname")
    d.t("   명 Given names: ")
    d.s(PER, f["given_latin"], "name_part_given")
    if rng.random() < 0.6:
        d.t("\n한글성명: ")
        add_fperson(d, f, "hangul")
    b = birth(rng, 1965, 2003)
    d.t("\n생년월일 Date of Birth: ")
    d.s(DOB, "%04d-%02d-%02d" % b if rng.random() < 0.5 else "%04d.%02d.%02d" % b, "dob_form")
    d.t("   성별 Sex: %s   국적 Nationality: %s\n" % (rng.choice(["M", "F", "남", "여"]), f["nat_en"]))
    if "REGISTRATION" not in kinds[0]:
        d.t("외국인등록번호 Foreign Resident Registration No.: ")
        add(d, FRN, frn(rng, b)[:2])
        d.t("\n")
    d.t("여권번호 Passport No.: ")
    add(d, PASS, passport_foreign(rng, f["code"]))
    d.t("   여권발급일자 ").h(*ymd(rng, 2018, 2024)).t("   여권유효기간 ").h(*ymd(rng, 2026, 2033)).t("\n")
    d.t("대한민국 내 주소 Address In Korea: ")
    add_addr(d, rng)
    d.t("\n전화번호 Telephone No.: ")
    if rng.random() < 0.4:
        add_phone(d, rng, "landline")
        d.t("   ")
    d.t("휴대전화 Cell phone No.: ")
    add_phone(d, rng, "mobile")
    d.t("\n전자우편 E-Mail: ")
    add(d, EMAIL, email(rng, f))
    d.t("\n근무처 Workplace: %s   사업자등록번호: " % rng.choice(["(주)대성정밀", "한울농장", "(주)세진산업", "미래식품(주)", "동해수산"]))
    add(d, BRN, brn(rng))
    d.t("   전화: ")
    add_phone(d, rng, "landline")
    d.t("\n체류자격 Status: %s   신청일 Date: " % rng.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-4"]))
    d.h(*ymd(rng)).t("\n신청인 서명 Signature: ")
    d.s(PER, f["latin"] if rng.random() < 0.5 else f["title"], "name_foreign_latin")
    d.t("\n")
    return d, "form_foreigner", "외국인 민원"


def t_form_consent(rng):
    d = Doc()
    blank = rng.random() < 0.3
    d.t("개인정보 수집·이용 동의서\n")
    d.t("%s은(는) 「개인정보 보호법」 제15조에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n" % org_name(rng))
    d.t("1. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소, 전자우편, 계좌번호\n2. 수집 목적: %s\n3. 보유 기간: %s\n" % (
        rng.choice(["교육 신청 접수 및 결과 안내", "보조금 지급", "행사 참가자 관리", "민원 처리 결과 통지"]),
        rng.choice(["3년", "5년", "목적 달성 시까지", "1년"])))
    d.t("4. 동의를 거부할 권리가 있으며, 거부 시 %s이 제한될 수 있습니다.\n" % rng.choice(["교육 참여", "지원금 지급", "행사 참가"]))
    d.t("□ 동의함  □ 동의하지 않음\n\n")
    if blank:
        d.t("성명: ____________ (예: ").h("홍길동", "form_example_name").t(")\n생년월일: ____________ (예: ")
        d.h("1990. 1. 1.", "form_example_date").t(")\n휴대전화: ___-____-____\n주소: __________________\n")
        d.t("전자우편: ______@______\n\n문의: 개인정보 보호책임자 ").h("개인정보보호담당관", "office_title").t(" (")
        d.h(*switchboard(rng)).t(")\n")
        return d, "form_consent_blank", "신청서"
    p = ko_name(rng)
    sep = rng.choice([": ", " : ", "\t"])
    d.t("성명" + sep)
    add_person(d, rng, p)
    d.t("\n생년월일" + sep)
    add(d, DOB, dob(rng)[:2])
    d.t("\n휴대전화" + sep)
    add_phone(d, rng, "mobile")
    d.t("\n주소" + sep)
    add_addr(d, rng)
    if rng.random() < 0.7:
        d.t("\n전자우편" + sep)
        add(d, EMAIL, email(rng, p))
    if rng.random() < 0.5:
        b = rng.choice(BANKS)
        d.t("\n지급계좌" + sep + b[0] + " ")
        add(d, ACCT, account(rng, b)[:2])
    d.t("\n\n").h(*ymd(rng)).t("\n동의자 ")
    d.s(PER, p["ko"], "name_ko")
    d.t(" (서명)\n")
    return d, "form_consent_filled", "신청서"


def t_form_payment(rng):
    d = Doc()
    kind = rng.choice(["acct", "card", "both"])
    d.t(rng.choice({"acct": ["보조금 지급 계좌 신고서", "CMS 자동이체 신청서", "환급금 지급 청구서"],
                    "card": ["신용카드 자동납부 신청서", "수수료 카드결제 신청서"],
                    "both": ["수수료 자동납부 신청서", "공공요금 자동납부 신청서"]}[kind]) + "\n")
    p = ko_name(rng)
    sep = rng.choice([": ", " | ", "  "])
    d.t("신청인 성명" + sep)
    add_person(d, rng, p)
    d.t("\n생년월일" + sep)
    add(d, DOB, dob(rng)[:2])
    d.t("\n연락처" + sep)
    add_phone(d, rng, "mobile")
    d.t("\n")
    if kind in ("acct", "both"):
        b = rng.choice(BANKS)
        d.t("[계좌 정보]\n금융기관명" + sep + b[0] + "\n계좌번호" + sep)
        add(d, ACCT, account(rng, b)[:2])
        d.t("\n예금주" + sep)
        if rng.random() < 0.85:
            d.s(PER, p["ko"], "name_ko")
        else:
            add_person(d, rng)
            d.t(" (배우자)")
        d.t("\n")
    if kind in ("card", "both"):
        d.t("[카드 정보]\n카드사" + sep + rng.choice(["신한카드", "KB국민카드", "삼성카드", "현대카드", "BC카드", "롯데카드", "하나카드"]))
        d.t("\n카드번호" + sep)
        add(d, CARD, card(rng))
        d.t("\n유효기간" + sep).h("%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31)), "card_expiry")
        d.t("\n카드 소유자" + sep)
        d.s(PER, p["ko"], "name_ko")
        d.t("\n")
    d.t("납부 금액" + sep).h(*amount(rng)).t("\n신청일" + sep).h(*ymd(rng)).t("\n")
    d.t("※ 계좌번호 기재 예시: ").h("123-456-789012", "form_example_account").t(" (예시 번호입니다)\n")
    return d, "form_payment", "신청서"


def t_certificate(rng):
    d = Doc()
    k = rng.choice(["employment", "foreign", "driving", "employment", "foreign"])
    if k == "employment":
        p = ko_name(rng)
        d.t("재 직 증 명 서\n\n")
        d.t("성    명 : ")
        add_person(d, rng, p)
        d.t("\n주민등록번호 : ")
        add(d, RRN, rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]))[:2])
        d.t("\n주    소 : ")
        add_addr(d, rng)
        d.t("\n소    속 : %s\n직    위 : %s\n재직기간 : " % (rng.choice(["경영지원팀", "생산1팀", "연구소", "영업본부"]),
                                                          rng.choice(["대리", "과장", "사원", "책임연구원"])))
        d.h(*ymd(rng, 2010, 2020)).t(" ~ 현재\n용    도 : %s\n\n" % rng.choice(["금융기관 제출용", "관공서 제출용", "비자 신청용"]))
        co = rng.choice(["(주)한빛엔지니어링", "(주)새한테크", "대원산업(주)", "(주)그린물산", "한결세무회계", "미소치과의원"])
        d.t("위 사실을 증명합니다.\n").h(*ymd(rng)).t("\n\n%s\n사업자등록번호 " % co)
        add(d, BRN, brn(rng))
        if "주" in co:
            d.t("  법인등록번호 ")
            add(d, CRN, crn(rng))
        d.t("\n주소 ")
        add_addr(d, rng, ref=False)
        d.t("\n대표이사 ")
        add_person(d, rng)
        d.t(" (직인)\n")
    elif k == "foreign":
        f = foreign_name(rng)
        d.t("외국인등록사실증명 (CERTIFICATE OF ALIEN REGISTRATION)\n")
        d.t("발급번호 ").h(*receipt_no(rng)).t("\n")
        d.t("성명 Name: ")
        add_fperson(d, f, "latin")
        if rng.random() < 0.5:
            d.t(" (")
            add_fperson(d, f, "hangul")
            d.t(")")
        b = birth(rng, 1965, 2003)
        d.t("\n외국인등록번호 Registration No.: ")
        add(d, FRN, frn(rng, b)[:2])
        d.t("\n국적 Nationality: %s   성별: %s\n" % (f["nat_en"], rng.choice(["남", "여"])))
        d.t("여권번호 Passport No.: ")
        add(d, PASS, passport_foreign(rng, f["code"]))
        d.t("\n체류자격: %s   체류기간: " % rng.choice(["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "E-7(특정활동)"]))
        d.h(*ymd(rng, 2025, 2028)).t("까지\n체류지: ")
        add_addr(d, rng)
        d.t("\n위와 같이 외국인등록 사실을 증명합니다.\n").h(*ymd(rng)).t("\n%s출입국·외국인%s장\n" % (
            rng.choice(["서울", "인천", "수원", "부산", "대구"]), rng.choice(["청", "사무소"])))
    else:
        p = ko_name(rng)
        d.t("운전경력증명서\n")
        d.t("성명 ")
        add_person(d, rng, p)
        d.t("   주민등록번호 ")
        add(d, RRN, rrn(rng)[:2])
        d.t("\n운전면허번호 ")
        add(d, DL, driver_license(rng))
        d.t("   면허종별 %s\n주소 " % rng.choice(["1종보통", "2종보통", "1종대형"]))
        add_addr(d, rng)
        d.t("\n벌점 %d점 / 처분 이력 %s\n발급일 " % (rng.randint(0, 40), rng.choice(["없음", "1건", "2건"])))
        d.h(*ymd(rng)).t("   %s경찰서장\n" % rng.choice(["마포", "노원", "수원중부", "해운대", "천안서북"]))
    return d, "certificate_" + k, "증명서"


# ================================================================= ROSTERS

def roster_rows(rng, kind, n):
    rows = []
    if kind == "edu":
        header = ["연번", "성명", "소속", "직위", "연락처", "이메일"]
        for i in range(n):
            c, p = person_cell(rng)
            rows.append([str(i + 1), c, rng.choice(["민원여권과", "주민등록과", "(주)한솔", "○○초등학교", "자원봉사센터"]),
                         rng.choice(["주무관", "팀장", "대리", "교사", "회원"]), (PHONE,) + any_phone(rng), (EMAIL,) + email(rng, p)])
    elif kind == "subsidy":
        header = ["번호", "성명", "생년월일", "은행", "계좌번호", "예금주", "지급액"]
        for i in range(n):
            c, p = person_cell(rng)
            b = rng.choice(BANKS)
            same = rng.random() < 0.85
            q = p if same else ko_name(rng)
            rows.append([str(i + 1), c, (DOB,) + dob(rng, fmt=rng.choice([2, 3, 4, 6]))[:2], b[0], (ACCT,) + account(rng, b)[:2],
                         (PER, q["ko"], "name_ko"), ("HN",) + amount(rng)])
    elif kind == "foreign_workers":
        header = ["연번", "성명(영문)", "국적", "외국인등록번호", "여권번호", "입국일", "연락처"]
        for i in range(n):
            f = foreign_name(rng)
            rows.append([str(i + 1), (PER, f["latin"], "name_foreign_latin"), f["nat"], (FRN,) + frn(rng)[:2],
                         (PASS,) + passport_foreign(rng, f["code"]), ("HN",) + ymd(rng, 2019, 2025), (PHONE,) + mobile(rng)])
    elif kind == "foreign_students":
        header = ["No", "Name", "한글성명", "국적", "외국인등록번호", "E-mail"]
        for i in range(n):
            f = foreign_name(rng)
            rows.append([str(i + 1), (PER, f["title"], "name_foreign_latin"), (PER, f["hangul"], "name_foreign_hangul"),
                         f["nat"], (FRN,) + frn(rng, birth(rng, 1996, 2005))[:2], (EMAIL,) + email(rng, f)])
    elif kind == "drivers":
        header = ["순번", "성명", "운전면허번호", "면허종별", "차량번호", "연락처"]
        for i in range(n):
            c, p = person_cell(rng)
            rows.append([str(i + 1), c, (DL,) + driver_license(rng), rng.choice(["1종보통", "2종보통", "1종대형"]),
                         (PLATE,) + plate(rng), (PHONE,) + mobile(rng)])
    elif kind == "card_refund":
        header = ["순번", "성명", "카드사", "카드번호", "승인번호", "환불금액"]
        for i in range(n):
            c, p = person_cell(rng)
            rows.append([str(i + 1), c, rng.choice(["신한", "KB국민", "삼성", "현대", "BC", "롯데", "하나", "NH농협"]),
                         (CARD,) + card(rng), ("HN", "%08d" % rng.randint(0, 99999999), "approval_number"),
                         ("HN",) + amount(rng)])
    elif kind == "residents":
        header = ["연번", "세대주", "주민등록번호", "주소", "전화번호"]
        for i in range(n):
            c, p = person_cell(rng)
            v, k, _, _ = address(rng, rng.choice(["road_gu", "road_short", "lot"]))
            rows.append([str(i + 1), c, (RRN,) + rrn(rng)[:2], (ADDR, v, k), (PHONE,) + any_phone(rng)])
    elif kind == "travelers":
        header = ["연번", "소속", "직급", "성명", "영문성명", "여권번호", "생년월일", "비상연락처"]
        for i in range(n):
            p = ko_name(rng)
            rows.append([str(i + 1), rng.choice(DEPTS), rng.choice(["서기관", "사무관", "주무관", "과장"]),
                         (PER, p["ko"], "name_ko"), (PER, roman(p, rng, "UPPER"), "name_roman"),
                         (PASS,) + passport_kr(rng), (DOB,) + dob(rng, fmt=rng.choice([2, 3, 6]))[:2], (PHONE,) + mobile(rng)])
    elif kind == "rental":
        header = ["계약번호", "임차인", "면허번호", "차량번호", "결제카드", "연락처"]
        for i in range(n):
            c, p = person_cell(rng)
            rows.append([("HN", "RC%d%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999)), "contract_number"), c,
                         (DL,) + driver_license(rng), (PLATE,) + plate(rng, "rental"), (CARD,) + card(rng), (PHONE,) + mobile(rng)])
    elif kind == "infants":
        header = ["연번", "아동 성명", "아동 주민등록번호", "보호자", "보호자 연락처", "지급 계좌"]
        for i in range(n):
            c, p = person_cell(rng)
            g, q = person_cell(rng)
            b = rng.choice(BANKS)
            post = rng.random() < 0.75
            rows.append([str(i + 1), c, (RRN,) + rrn(rng, "rrn_post2020" if post else "rrn_valid",
                                                    b=None if post else birth(rng, 2016, 2019))[:2],
                         g, (PHONE,) + mobile(rng), (ACCT,) + account(rng, b)[:2]])
    elif kind == "health":
        header = ["연번", "성명", "건강보험증번호", "주민등록번호", "취득일"]
        for i in range(n):
            c, p = person_cell(rng)
            rows.append([str(i + 1), c, (HI,) + health_ins(rng), (RRN,) + rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]))[:2],
                         ("HN",) + ymd(rng, 2015, 2025)])
    return header, rows


ROSTER_TITLES = {"edu": "개인정보 보호 교육 참석자 명단", "subsidy": "긴급생활지원금 지급 대상자 명단",
                 "foreign_workers": "외국인근로자 고용 현황", "foreign_students": "외국인 유학생 명부",
                 "drivers": "관용차량 운전자 현황", "card_refund": "수수료 카드결제 취소(환불) 내역",
                 "residents": "전입세대 확인 명단", "travelers": "국외출장자 명단", "rental": "렌터카 임대 현황",
                 "health": "직장가입자 자격취득 명단", "infants": "아동수당 지급 대상 아동 명단"}


def t_roster(rng, kind=None):
    d = Doc()
    kind = kind or rng.choices(list(ROSTER_TITLES), weights=[10, 12, 16, 8, 14, 14, 8, 12, 10, 6, 7])[0]
    n = rng.randint(3, 7)
    header, rows = roster_rows(rng, kind, n)
    if rng.random() < 0.8:
        d.t(("[붙임 %d] " % rng.randint(1, 3) if rng.random() < 0.4 else "") + ROSTER_TITLES[kind])
        d.t(" (기준일: ").h(*ymd(rng)).t(")\n")
    style, wh = emit_table(d, rng, header, rows)
    if rng.random() < 0.5:
        d.t("※ 총 %d명. 본 자료는 %s에 따라 업무 목적 외 사용을 금합니다.\n" % (n, rng.choice(STATUTES)))
    return d, "roster_%s_%s_%s" % (kind, style, "hdr" if wh else "nohdr"), "명부·표"


# ================================================================= CSV

def csv_q(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def t_csv(rng):
    d = Doc()
    kind = rng.choice(["member", "foreign", "payment", "applicant", "traveler"])
    n = rng.randint(3, 7)
    if kind == "member":
        d.t("no,name,birth,mobile,email,address,reg_date\n")
    elif kind == "foreign":
        d.t("seq,name_en,name_ko,nationality,arc_no,passport_no,phone\n")
    elif kind == "payment":
        d.t("order_id,buyer,card_no,amount,approved_at,buyer_tel\n")
    elif kind == "applicant":
        d.t("접수번호,성명,주민등록번호,휴대폰,이메일\n")
    else:
        d.t("id,name_ko,name_en,passport,dob,dl_no\n")
    for i in range(n):
        if kind == "member":
            p = ko_name(rng)
            d.t("%d," % (i + 1))
            add_person(d, rng, p)
            d.t(",")
            add(d, DOB, dob(rng, fmt=rng.choice([2, 6]))[:2])
            d.t(",")
            add_phone(d, rng, "mobile")
            d.t(",")
            add(d, EMAIL, email(rng, p))
            d.t(',"')
            add_addr(d, rng, postal=False, ref=False)
            d.t('",').h("%d-%02d-%02d" % (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)), "event_date").t("\n")
        elif kind == "foreign":
            f = foreign_name(rng)
            d.t("%d," % (i + 1))
            add_fperson(d, f, "latin")
            d.t(",")
            add_fperson(d, f, "hangul")
            d.t("," + f["code"] + ",")
            v = frn(rng, sep=rng.choice(["-", ""]))
            add(d, FRN, v[:2])
            d.t(",")
            add(d, PASS, passport_foreign(rng, f["code"]))
            d.t(",")
            add_phone(d, rng, "mobile")
            d.t("\n")
        elif kind == "payment":
            d.h("ORD%d%06d" % (rng.randint(2023, 2025), rng.randint(0, 999999)), "order_id").t(",")
            add_person(d, rng)
            d.t(",")
            add(d, CARD, card(rng, fmt=rng.choice(["", "-"])))
            d.t(",%d," % (rng.randint(1, 300) * 1000))
            d.h("%d-%02d-%02d %02d:%02d:%02d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                                rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), "timestamp").t(",")
            add_phone(d, rng, "mobile")
            d.t("\n")
        elif kind == "applicant":
            d.h(*receipt_no(rng)).t(",")
            p = add_person(d, rng)
            d.t(",")
            add(d, RRN, rrn(rng, sep=rng.choice(["-", "-", ""]))[:2])
            d.t(",")
            add_phone(d, rng, "mobile")
            d.t(",")
            add(d, EMAIL, email(rng, p))
            d.t("\n")
        else:
            p = ko_name(rng)
            d.t("%d," % (i + 1))
            add_person(d, rng, p)
            d.t(",")
            d.s(PER, roman(p, rng, "UPPER"), "name_roman")
            d.t(",")
            add(d, PASS, passport_kr(rng))
            d.t(",")
            add(d, DOB, dob(rng, fmt=2)[:2])
            d.t(",")
            add(d, DL, driver_license(rng, rng.choice(["num", "plain"])))
            d.t("\n")
    return d, "csv_" + kind, "CSV 내보내기"


# ================================================================= OCR ID cards

def t_ocr_id(rng):
    d = Doc()
    k = rng.choices(["rrc", "dl", "arc", "passport", "passport_foreign"], weights=[20, 25, 25, 20, 10])[0]
    if k == "rrc":
        p = ko_name(rng)
        d.t(rng.choice(["주민등록증", "주 민 등 록 증", "주민등록증\nRESIDENT REGISTRATION CARD"]) + "\n")
        add_person(d, rng, p)
        hj = {"김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙", "윤": "尹", "장": "張", "임": "林"}
        d.t("(%s)\n" % hj[p["sur"]] if p["sur"] in hj and rng.random() < 0.5 else "\n")
        add(d, RRN, rrn(rng, "rrn_valid")[:2])
        d.t("\n")
        add_addr(d, rng, postal=False)
        d.t("\n").h(*ymd(rng, 2005, 2024)).t("\n").h(rng.choice(["서울특별시 마포구청장", "수원시 팔달구청장", "부산광역시 해운대구청장", "천안시 서북구청장"]), "office_title")
        d.t("\n")
    elif k == "dl":
        p = ko_name(rng)
        d.t(rng.choice(["자동차운전면허증 (Driver's License)", "자동차운전면허증", "운 전 면 허 증"]) + "\n")
        d.t(rng.choice(["1종보통", "2종보통", "1종대형 1종보통"]) + "\n")
        add(d, DL, driver_license(rng))
        d.t("\n")
        add_person(d, rng, p)
        d.t("\n")
        add(d, RRN, rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))[:2])
        d.t("\n")
        add_addr(d, rng, postal=False, ref=False)
        a, b = date_range(rng, 2026, 2030)
        d.t("\n적성검사기간 ").h(*a).t("~").h(*b).t("\n조건 %s  " % rng.choice(["A", "B", "-", "E"]))
        d.h("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), "card_serial")
        d.t("\n").h(*ymd(rng, 2016, 2024)).t("\n%s경찰청장\n" % rng.choice(["서울", "경기남부", "부산", "인천", "충남"]))
    elif k == "arc":
        f = foreign_name(rng)
        d.t(rng.choice(["외국인등록증 RESIDENCE CARD", "외 국 인 등 록 증\nRESIDENCE CARD", "영주증 PERMANENT RESIDENT CARD"]) + "\n")
        d.t("외국인등록번호 ")
        add(d, FRN, frn(rng)[:2])
        d.t("\n성명 ")
        add_fperson(d, f, "latin")
        d.t("\n국가/지역 %s   체류자격 %s\n" % (f["nat_en"], rng.choice(["E-9", "F-6", "D-2", "F-5", "H-2", "E-7"])))
        d.t("발급일자 ").h(*ymd(rng, 2018, 2025)).t("\n%s출입국·외국인청장\n" % rng.choice(["서울", "인천", "부산", "수원"]))
        if rng.random() < 0.5:
            d.t("[뒷면] 체류지 ")
            add_addr(d, rng, postal=False, ref=False)
            d.t("  신고일 ").h(*ymd(rng)).t("\n")
    elif k == "passport":
        p = ko_name(rng)
        d.t("여권 PASSPORT   대한민국 REPUBLIC OF KOREA\n")
        d.t("종류/Type PM   발행국/Issuing country KOR   여권번호/Passport No. ")
        add(d, PASS, passport_kr(rng))
        d.t("\n성명/Name ")
        d.s(PER, roman(p, rng, "UPPER"), "name_roman")
        d.t("\n한글성명 ")
        add_person(d, rng, p)
        b = birth(rng)
        mons = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        d.t("\n생년월일/Date of birth ")
        d.s(DOB, "%02d %d월/%s %d" % (b[2], b[1], mons[b[1] - 1], b[0]), "dob_passport")
        d.t("   성별/Sex %s\n국적/Nationality REPUBLIC OF KOREA\n발급일/Date of issue " % rng.choice("MF"))
        d.h("%02d %s %d" % (rng.randint(1, 28), mons[rng.randint(0, 11)], rng.randint(2016, 2024)), "issue_date")
        d.t("\n발행관청/Authority MINISTRY OF FOREIGN AFFAIRS\n")
    else:
        f = foreign_name(rng)
        d.t("PASSPORT  %s\nType P  Code %s  Passport No. " % (f["nat_en"], f["code"]))
        add(d, PASS, passport_foreign(rng, f["code"]))
        d.t("\nSurname ")
        d.s(PER, f["sur_latin"], "name_part_surname")
        d.t("\nGiven names ")
        d.s(PER, f["given_latin"], "name_part_given")
        b = birth(rng, 1965, 2003)
        mons = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        d.t("\nDate of birth ")
        d.s(DOB, "%02d %s %d" % (b[2], mons[b[1] - 1], b[0]), "dob_passport")
        d.t("\nDate of expiry ").h("%02d %s %d" % (rng.randint(1, 28), mons[rng.randint(0, 11)], rng.randint(2026, 2034)), "expiry_date")
        d.t("\n")
    return d, "ocr_id_" + k, "스캔 신분증(OCR)"
