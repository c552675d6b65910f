# -*- coding: utf-8 -*-
"""Genre templates for pii_d. Each g_* function writes one record into a Builder and returns a template name."""
from gen_core import *


def PN(name, kind="name_ko", **kw):
    return P("PERSON", name, kind, **kw)


def PH(v):
    return P("PHONE_NUMBER", v[0], v[1])


def EM(v):
    return P("EMAIL_ADDRESS", v[0], v[1])


def person(rng):
    n, rp = ko_name(rng)
    return n, rp


def official(rng, area=None):
    n, rp = ko_name(rng)
    area = area or rng.choice(AREA)
    return n, rp, landline(rng, area=area, kind="official_direct"), (email(rng, rp, "korea.kr")[0], "email_official")


def city(rng):
    return rng.choice(CITIES)


def inst_addr(rng, c):
    name, prov, _ = c
    suffix = "구청" if name.endswith("구") else "시청"
    return f"{prov} {name} {rng.choice(['시청로', '중앙로', '시민로', '청사로'])} {rng.randint(1, 300)} {name}청"


def title(rng, lst):
    return rng.choice(lst)


ADDR_T = lambda a: P("KR_ADDRESS", a[0], a[1])


def addr_items(rng, b, with_postal=None, with_paren=None):
    a = address(rng)
    items = []
    if with_postal if with_postal is not None else rng.random() < 0.35:
        items += ["(", N(neg_postal(rng), "postal_code"), ") "]
    items.append(ADDR_T(a))
    if (with_paren if with_paren is not None else rng.random() < 0.25) and a[1] != "addr_jibun":
        items.append(f" ({a[2]}, {a[3]})" if rng.random() < 0.6 else f" ({a[2]})")
    return items


def rrn_item(rng, kind=None, style=None):
    v, k, ymd = rrn(rng, kind)
    if k == "rrn_masked":
        return P("KR_RRN", v[:6] + "-" + v[6:], k), ymd
    style = style or wchoice(rng, ["hyphen", "plain", "space"], [8, 2, 1])
    return P("KR_RRN", fmt_13(v, style), k + ("" if style == "hyphen" else "_" + style)), ymd


def date_range(rng, style=None):
    d1, d2 = neg_date_pair(rng, style)
    return [N(d1, "date"), " ~ ", N(d2, "date")]


def head_of(cname):
    return f"{cname}청장" if cname.endswith("구") else f"{cname}장"


def frn_item(rng, kind=None, style=None, birth=None):
    v, k, ymd = frn(rng, kind, birth)
    if k == "frn_masked":
        return P("KR_FRN", v[:6] + "-" + v[6:], k), ymd
    style = style or wchoice(rng, ["hyphen", "plain", "space"], [8, 2, 1])
    return P("KR_FRN", fmt_13(v, style), k + ("" if style == "hyphen" else "_" + style)), ymd


def pp_item(rng, fstyle=None):
    v, k = passport_foreign(rng, fstyle) if fstyle else passport_kr(rng)
    return P("KR_PASSPORT", v, k)


def dl_item(rng, style=None):
    v, k = driver_license(rng, style)
    return P("KR_DRIVER_LICENSE", v, k)


def card_item(rng, style=None):
    v, k = card(rng, style)
    return P("CREDIT_CARD", v, k)


def acct_items(rng, holder=None, style=None, holder_neg=None):
    bank, v, k = account(rng, style)
    f = rng.randint(0, 3)
    if f == 0:
        out = [f"{bank} ", P("KR_BANK_ACCOUNT", v, k)]
    elif f == 1:
        out = [P("KR_BANK_ACCOUNT", v, k), f" ({bank})"]
    elif f == 2:
        out = [f"{bank} / ", P("KR_BANK_ACCOUNT", v, k)]
    else:
        out = [f"{bank} 계좌번호 ", P("KR_BANK_ACCOUNT", v, k)]
    if holder:
        out += [rng.choice([" 예금주 ", ", 예금주: ", " (예금주 "]), PN(holder)]
        if out[-2] == " (예금주 ":
            out.append(")")
    elif holder_neg:
        out += [", 예금주: ", N(holder_neg, "company_name")]
    return out


def dob_item(rng, style=None, ymd=None):
    v, k = dob(rng, style, ymd)
    return P("DATE_OF_BIRTH", v, k)


def masked_name(rng):
    s = wchoice(rng, SURNAMES, [w for _, _, w in SURNAMES])[0]
    return rng.choice([f"{s}○○", f"{s}**", f"{s}○{rng.choice(GIVEN)[0][-1]}", f"{s}*{rng.choice(GIVEN)[0][-1]}"])


# ====================================================================== 민원 회신
def g_minwon(b, rng):
    c = city(rng)
    cname, prov, area = c
    dept = rng.choice(DEPTS)
    off, orp, ophone, oemail = official(rng, area)
    v = rng.randint(0, 4)
    app, arp = person(rng)
    b("수신  ", PN(app), " 귀하 (")
    b(*addr_items(rng, b, with_paren=False))
    b(")\n(경유)\n제목  민원(", N(neg_receipt(rng), "receipt_number"), ") 처리 결과 알림\n\n")
    b("1. 귀하께서 ", N(neg_date(rng), "date"), " 국민신문고를 통하여 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    if v == 0:
        b("2. 신청인 ", PN(app), "(생년월일 ", dob_item(rng), ", 연락처 ", PH(mobile(rng)), ")께서 요청하신 주민등록표 초본 정정 건은 ",
          N(neg_statute(rng), "statute"), "에 따라 처리되었습니다.\n")
    elif v == 1:
        f = rng.choice(FOREIGN)
        fi, _ = frn_item(rng)
        b("2. 귀하의 배우자 ", PN(f[0], "name_foreign_hangul"), "(", PN(f[1], "name_foreign_latin"), ", 국적 ", f[2], ", 외국인등록번호 ", fi,
          ")의 체류지 변경신고는 ", N(neg_date(rng), "date"), "자로 정상 처리되었으며, 여권번호 ",
          pp_item(rng, f[3]), "로 조회된 체류기간은 별도 연장 신청이 필요합니다.\n")
    elif v == 2:
        b("2. 민원 대상 차량(", P("KR_VEHICLE_PLATE", *plate(rng)), ")에 부과된 과태료 ", N(neg_amount(rng), "amount"),
          "은 운전자 ", PN(app), "의 운전면허(", dl_item(rng), ") 정지 처분과 별개로 ", N(neg_statute(rng), "statute"),
          "에 따라 부과된 것입니다.\n")
    elif v == 3:
        ri, _ = rrn_item(rng, "rrn_masked")
        b("2. 과오납된 지방세 ", N(neg_amount(rng), "amount"), "은 신청인(", ri, ") 명의 환급계좌 ", *acct_items(rng, app),
          "로 ", N(neg_date(rng), "date"), "까지 지급할 예정입니다.\n")
    else:
        f = rng.choice(FOREIGN)
        b("2. 외국인 근로자 ", PN(f[0], "name_foreign_hangul"), " 씨(여권번호 ", pp_item(rng, f[3]), ", 연락처 ", PH(mobile(rng)),
          ")에 대한 사업장 변경 신청은 관할 고용센터(", N(neg_callcenter(rng), "call_center"), ")로 이송하였습니다.\n")
    b("3. 기타 궁금하신 사항은 ", dept, " 주무관 ", PN(off), "(전화 ", PH(ophone), ", 전자우편 ", EM(oemail),
      ")에게 문의하여 주시기 바랍니다.  끝.\n\n")
    b(N(head_of(cname), "office_title"), "\n\n")
    b("주무관 ", PN(off), "   ", dept, "장 ", PN(person(rng)[0]), "\n")
    b("시행 ", N(neg_docno(rng, dept), "document_number"), " (", N(neg_date(rng), "date"), ")\n")
    b("우 ", N(neg_postal(rng), "postal_code"), " ", N(inst_addr(rng, c), "institution_address"), "\n")
    b("대표전화 ", N(neg_switch(rng, area), "switchboard"), " / 전송 ", PH(landline(rng, area, kind="fax")), " / 공개구분 부분공개(6)\n")
    return f"minwon_v{v}"


# ====================================================================== 보도자료
QUOTES = ["예전에는 서류를 떼려고 반나절을 썼는데 이제는 휴대전화로 바로 끝나니 편하다",
          "아이를 맡길 곳이 생겨서 다시 일을 시작할 수 있게 됐다",
          "처음에는 한국어가 서툴러 걱정했지만 담당 선생님이 친절하게 도와줬다",
          "버스 노선이 생긴 뒤로 병원에 다니기가 훨씬 수월해졌다",
          "피해 금액을 돌려받을 수 있을지 몰랐는데 신속하게 처리돼 다행이다",
          "동네 어르신들이 함께 모일 공간이 생겨 반갑다"]


def g_press(b, rng):
    c = city(rng)
    mname, marea = rng.choice(MINISTRIES)
    dept = rng.choice(DEPTS)
    v = rng.randint(0, 3)
    b("보도자료\n보도시점: ", N(neg_date(rng, "dot"), "date"), "(", rng.choice("월화수목금"), ") 12:00 이후 / 배포: ",
      N(neg_date(rng, "dot"), "date"), "\n")
    if v == 3:  # no personal data at all
        b(f"\n{mname}, 주민 생활 불편 개선 과제 {rng.randint(12, 60)}건 발굴\n\n")
        b(f"- ", N(neg_statute(rng), "statute"), f" 개정에 따라 올해 예산 ", N(neg_amount(rng), "amount"), " 투입\n")
        b("- 자세한 사항은 ", mname, " 누리집 또는 정부민원안내콜센터(", N("110", "short_code"), ")로 문의\n")
        b("담당 부서: ", mname, " ", dept, "  대표전화 ", N(neg_switch(rng, marea), "switchboard"), "\n")
        return "press_nopii"
    head, _, hp, _ = official(rng, marea)
    st, _, sp, se = official(rng, marea)
    b(f"\n{mname}, 「", c[0], " 생활민원 현장 점검」 결과 발표\n\n")
    c1, _ = person(rng)
    age1 = rng.randint(24, 83)
    b(f"□ ", mname, "는 ", N(neg_date(rng, "korean"), "date"), f" {c[0]} 일대에서 현장 점검을 실시했다고 밝혔다.\n")
    b(f"□ 현장에서 만난 주민 ", PN(c1), f"({age1}) 씨는 \"{rng.choice(QUOTES)}\"라고 말했다.\n")
    if v >= 1:
        f = rng.choice(FOREIGN)
        b(f"□ {f[2]} 출신 결혼이민자 ", PN(f[0], "name_foreign_hangul"), f"({rng.randint(25, 45)}) 씨도 \"{rng.choice(QUOTES)}\"고 전했다.\n")
    if v == 2:
        c2, _ = person(rng)
        b("□ 우수 사례로 선정된 ", rng.choice(["마을기업", "자원봉사단", "주민자치회"]), " 대표 ", PN(c2), f"({rng.randint(40, 70)})",
          "씨에게는 장관 표창이 수여되며, 상금 ", N(neg_amount(rng), "amount"), "이 지급된다.\n")
        b("□ ", N(f"{mname} 장관" if mname.endswith("부") else f"{mname}장", "office_title"),
          "은 \"현장의 목소리를 정책에 반영하겠다\"고 밝혔다.\n")
    b("\n담당 부서: ", mname, " ", dept, "\n책임자: 과장 ", PN(head), " (", PH(hp), ")\n담당자: ",
      rng.choice(["사무관", "주무관", "서기관"]), " ", PN(st), " (", PH(sp), ", ", EM(se), ")\n")
    if rng.random() < 0.5:
        b("※ 일반 문의: ", mname, " 대표전화 ", N(neg_switch(rng, marea), "switchboard"), "\n")
    return f"press_v{v}"


# ====================================================================== 회의록
def g_minutes(b, rng):
    c = city(rng)
    v = rng.randint(0, 3)
    com = rng.choice(["정보공개심의회", "개인정보 보호위원회", "민원조정위원회", "지방보조금심의위원회", "인사위원회",
                      "외국인주민 지원협의회"])
    b(f"{c[0]} {com} 회의록\n\n일시: ", N(neg_date(rng), "date"), f" 14:00~16:{rng.randint(10, 50)}\n장소: {c[0]}청 {rng.randint(2, 9)}층 소회의실\n")
    if v == 3:
        b("참석: 위원장, 위원 A, 위원 B, 위원 C (외부위원 2명 서면 의견 제출)\n안건: ", N(neg_docno(rng), "document_number"),
          " 관련 정보공개 청구 심의\n위원 A: ", N(neg_statute(rng), "statute"), "에 해당하는지 검토가 필요합니다.\n위원장: 원안 의결합니다.\n")
        return "minutes_anon"
    chair, _ = person(rng)
    mem = [person(rng) for _ in range(rng.randint(3, 5))]
    sec, _ = person(rng)
    b("참석자: 위원장 ", PN(chair))
    for m, _ in mem:
        b(", 위원 ", PN(m))
    b("\n간사: ", rng.choice(DEPTS), " 주무관 ", PN(sec), "\n")
    if v == 1:
        f = rng.choice(FOREIGN)
        b("배석: 통역 ", PN(f[0], "name_foreign_hangul"), " (", PN(f[1], "name_foreign_latin"), ")\n")
    b("\n1. 개회\n", PN(chair), " 위원장: 성원이 되었으므로 회의를 시작하겠습니다.\n")
    b(PN(mem[0][0]), " 위원: ", N(neg_statute(rng), "statute"), "의 취지를 고려하면 ", N(neg_amount(rng), "amount"),
      " 규모의 지원은 과다하다고 봅니다.\n")
    b(PN(mem[1][0]), rng.choice([" 위원: ", "위원: ", " 위원 : "]), "민원인 ", N(masked_name(rng), "masked_name"), " 씨 건은 사전에 충분히 설명되었는지 확인이 필요합니다.\n")
    if v == 2:
        b("\n[붙임] 외부위원 회의참석수당 지급 명세\n")
        rows = []
        for m, mrp in mem[:rng.randint(2, 3)]:
            ri, _ = rrn_item(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))
            bank, acc, k = account(rng)
            rows.append([PN(m), ri, bank, P("KR_BANK_ACCOUNT", acc, k), N(f"{rng.choice([150, 200, 250])},000원", "amount")])
        table(b, rows, rng.choice(["pipe", "tab", "space"]), header=["성명", "주민등록번호", "은행", "계좌번호", "지급액"])
    else:
        b("\n※ 위원 연락처(비상연락망)\n")
        for m, mrp in mem[:2]:
            b("- ", PN(m), ": ", PH(mobile(rng)), " / ", EM(email(rng, mrp)), "\n")
    b("\n기록: ", PN(sec), "\n")
    return f"minutes_v{v}"


# ====================================================================== 사고·감사 보고서
def g_report(b, rng):
    c = city(rng)
    v = rng.randint(0, 3)
    if v in (0, 1):
        drv, _ = person(rng)
        vic, _ = person(rng)
        b("교통사고 발생 보고\n\n1. 발생 일시: ", N(neg_date(rng), "date"), f" {rng.randint(6, 23)}:{rng.randint(0, 59):02d}경\n")
        b(f"2. 발생 장소: {c[0]} 관내 교차로 (관리번호 ", N(f"{c[2]}-{rng.randint(2019, 2024)}-{rng.randint(1000, 9999)}", "management_number"), ")\n")
        b("3. 관련자\n  가. 가해 차량: ", P("KR_VEHICLE_PLATE", *plate(rng)), " (", rng.choice(["쏘나타", "K5", "포터", "스타렉스", "아반떼"]),
          ")\n     운전자 ", PN(drv), f"(남, {rng.randint(22, 70)}세), 운전면허 ", dl_item(rng), ", 연락처 ", PH(mobile(rng)), "\n")
        b("  나. 피해자: ", PN(vic), f"(여, {rng.randint(8, 80)}세) ", *addr_items(rng, b), " 거주, 연락처 ", PH(any_phone(rng)), "\n")
        if v == 1:
            f = rng.choice(FOREIGN)
            b("  다. 동승자: ", PN(f[1], "name_foreign_latin"), f"({f[2]}, 외국인등록번호 ", frn_item(rng)[0], ")\n")
        b("4. 보험 접수번호 ", N(neg_receipt(rng), "receipt_number"), ", 추정 피해액 ", N(neg_amount(rng), "amount"), "\n")
        b("5. 조치: 피해자 ", PN(vic), " 씨는 인근 병원으로 이송되었으며 건강보험증번호 ", P("KR_HEALTH_INSURANCE", *health_ins(rng)),
          "로 진료 접수함.\n")
        return f"accident_v{v}"
    if v == 2:
        aud, _ = person(rng)
        tgt, trp = person(rng)
        b("감사 결과 보고 (", N(neg_docno(rng, "감사담당관"), "document_number"), ")\n\n")
        b(f"□ 감사 대상: {c[0]} ", rng.choice(DEPTS), "\n□ 감사 기간: ", *date_range(rng), "\n")
        b("□ 지적 사항\n  ○ 주무관 ", PN(tgt), "은 민원인의 주민등록번호(예: ", rrn_item(rng)[0], ")와 운전면허번호(", dl_item(rng),
          ")가 포함된 엑셀 파일을 개인 전자우편(", EM(email(rng, trp)), ")으로 발송하였음.\n")
        b("  ○ 또한 출장 여비 ", N(neg_amount(rng), "amount"), "을 본인 명의 신용카드(", card_item(rng),
          ")로 결제한 후 이중 청구하였음.\n")
        b("□ 처분 요구: 주의 (", N(neg_statute(rng), "statute"), ")\n□ 감사자: ", PN(aud), "\n")
        return "audit"
    b("개인정보 유출 사고 보고서\n\n1. 개요: ", N(neg_date(rng), "date"), " 외부 IP ", P("IP_ADDRESS", *ipv4(rng, False)),
      "에서 회원 DB에 비정상 접근이 확인됨\n2. 유출 추정 항목 (샘플 ", str(rng.randint(3, 4)), "건)\n")
    rows = []
    for _ in range(rng.randint(3, 4)):
        n, rp = person(rng)
        rows.append([PN(n), PH(mobile(rng)), EM(email(rng, rp)), card_item(rng, "masked")])
    table(b, rows, rng.choice(["pipe", "pipe_tight", "tab"]), header=["이름", "휴대전화", "이메일", "결제카드"])
    b("3. 보고자: 정보보호담당 ", PN(person(rng)[0]), " (", PH(landline(rng, c[2], kind="official_direct")), ")\n")
    b("4. 신고: 개인정보 침해신고센터(", N("118", "short_code"), ")\n")
    return "breach"


# ====================================================================== 판결문
def g_judgment(b, rng):
    v = rng.randint(0, 3)
    court = rng.choice(["서울중앙지방법원", "수원지방법원", "대전지방법원 천안지원", "부산지방법원 동부지원", "인천지방법원",
                        "광주지방법원 목포지원"])
    b(court, "\n판 결\n사 건    ", N(neg_case(rng), "case_number"), " ",
      rng.choice(["사기", "전자금융거래법위반", "사기, 전자금융거래법위반", "도로교통법위반(음주운전)", "컴퓨터등사용사기"]), "\n")
    if v == 1:
        f = rng.choice(FOREIGN)
        b("피 고 인  ", PN(f[1], "name_foreign_latin"), " (", PN(f[0], "name_foreign_hangul"), "), ", N(neg_date(rng), "date"), " 입국\n")
        b("          외국인등록번호 ", frn_item(rng)[0], ", 여권번호 ", pp_item(rng, f[3]), f", 국적 {f[2]}\n")
        b("          주거 ", *addr_items(rng, b, with_postal=False), "\n")
    else:
        d, _ = person(rng)
        ri, ymd = rrn_item(rng, rng.choice(["rrn_valid", "rrn_masked"]))
        b("피 고 인  ", PN(d), " (", ri, "), ", rng.choice(["무직", "회사원", "자영업", "운전기사"]), "\n")
        b("          주거 ", *addr_items(rng, b, with_postal=False), "\n")
        b("          등록기준지 ", ADDR_T(address(rng, "road_sgg")), "\n")
    pr1, _ = person(rng); lw, _ = person(rng)
    b("검    사  ", PN(pr1), "(기소), ", PN(person(rng)[0]), "(공판)\n변 호 인  ", rng.choice(["변호사 ", "법무법인 한결 담당변호사 "]), PN(lw),
      rng.choice(["(국선)", "", "(사선)"]), "\n판결선고  ", N(neg_date(rng, "dot"), "date"), "\n\n")
    b("주 문\n피고인을 징역 ", str(rng.randint(6, 30)), "월에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이 유\n범 죄 사 실\n")
    if v == 3:
        b("피고인은 ", N(neg_date(rng), "date"), " 혈중알코올농도 0.08%의 술에 취한 상태로 ", P("KR_VEHICLE_PLATE", *plate(rng)),
          " 승용차를 운전하였다. 피고인의 운전면허(", dl_item(rng), ")는 이미 취소된 상태였다.\n")
    else:
        vic, _ = person(rng)
        b("피고인은 성명불상의 보이스피싱 조직원과 공모하여, 피해자 ", PN(vic), rng.choice(["(", "("]), str(rng.randint(50, 85)),
          "세)에게 전화(", PH(mobile(rng)), ")를 걸어 검찰 수사관을 사칭하고, 피해자로 하여금 ", N(neg_amount(rng), "amount"), "을 ")
        b(*acct_items(rng, None), "로 송금하게 하였다. 위 계좌의 명의인은 ", PN(person(rng)[0]), "이다.\n")
        b("또한 피고인은 피해자 ", PN(vic), " 명의의 신용카드(", card_item(rng, rng.choice(["hyphen", "plain"])), ")를 이용하여 ",
          N(neg_amount(rng), "amount"), " 상당의 물품을 구매하였다.\n")
        b("한편 공범 ", N(rng.choice(["A", "B", "갑", "을"]), "placeholder_person"), " 및 ", N(masked_name(rng), "masked_name"),
          "에 대하여는 별도로 기소되었다.\n")
    b("\n법령의 적용\n", N(neg_statute(rng), "statute"), "\n\n판사  ", PN(person(rng)[0]), "\n")
    return f"judgment_v{v}"


# ====================================================================== 신청서/서식
def g_form(b, rng):
    v = rng.randint(0, 5)
    if v == 0:
        n, rp = person(rng)
        ri, ymd = rrn_item(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_post2020"]))
        en = roman(rp, "upper")
        b("여권 발급 신청서\n① 성명(한글) ", PN(n), "\n② 로마자 성명 ", PN(en, "name_roman"), "\n③ 주민등록번호 ", ri, "\n")
        b("④ 전화번호 ", PH(mobile(rng)), "  ⑤ 전자우편 ", EM(email(rng, rp)), "\n⑥ 주소 ", *addr_items(rng, b), "\n")
        ec, _ = person(rng)
        b("⑦ 긴급연락처: 성명 ", PN(ec), " / 관계 ", rng.choice(["배우자", "부", "모", "형제"]), " / 전화 ", PH(any_phone(rng)), "\n")
        b("⑧ 종전 여권번호 ", pp_item(rng), " (유효기간 만료일 ", N(neg_date(rng), "date"), ")\n")
        b("신청일 ", N(neg_date(rng), "date"), "   신청인 ", PN(n), " (서명)\n")
        return "form_passport"
    if v == 1:
        f = rng.choice(FOREIGN)
        fi, ymd = frn_item(rng)
        b("외국인 체류기간 연장허가 신청서 [별지 제34호서식]\n")
        rows = [["성(Surname)/명(Given names)", PN(f[1], "name_foreign_latin")], ["한글 성명", PN(f[0], "name_foreign_hangul")],
                ["국적", f[2]], ["생년월일", dob_item(rng, rng.choice(["iso", "dot0"]), ymd)], ["외국인등록번호", fi],
                ["여권번호", pp_item(rng, f[3])], ["여권 유효기간", N(neg_date(rng, "iso"), "date")],
                ["대한민국 내 주소"] + addr_items(rng, b, with_postal=False, with_paren=False), ["휴대전화", PH(mobile(rng))],
                ["전자우편", EM(email(rng))]]
        lay = rng.choice(["pipe_tight", "pipe", "tab"])
        for r in rows:
            b(r[0], {"pipe_tight": "|", "pipe": " | ", "tab": "\t"}[lay], *r[1:])
            b("\n")
        b("※ 기재 예시: 성명 ", N("홍길동", "form_example"), ", 외국인등록번호 ", N("000000-0000000", "form_example"), "\n")
        return "form_foreign"
    if v == 2:
        n, rp = person(rng)
        ri, _ = rrn_item(rng)
        b("보조금 지급 신청서\n신청인 성명: ", PN(n), "   주민등록번호: ", ri, "\n주소: ", *addr_items(rng, b), "\n연락처: ", PH(mobile(rng)),
          "   자택: ", PH(landline(rng)), "\n지급 계좌: ", *acct_items(rng, n), "\n")
        b("신청 금액: ", N(neg_amount(rng), "amount"), "\n위와 같이 신청합니다.  ", N(neg_date(rng), "date"), "\n신청인 ", PN(n), " (인)\n")
        b(N(head_of(city(rng)[0]), "office_title"), " 귀하\n")
        return "form_subsidy"
    if v == 3:
        n, rp = person(rng)
        ri, _ = rrn_item(rng, rng.choice(["rrn_valid", "rrn_masked"]))
        b("운전면허증 재발급 신청서\n성명 ", PN(n), " | 주민등록번호 ", ri, " | 면허번호 ", dl_item(rng), "\n")
        b("면허 종별: 1종 보통 | 적성검사 기간: ", *date_range(rng, "iso"), "\n")
        b("주소 ", *addr_items(rng, b), " | 전화 ", PH(mobile(rng)), "\n재발급 사유: 분실\n")
        b("문의: 도로교통공단 (", N(neg_callcenter(rng), "call_center"), ")\n")
        return "form_dl"
    if v == 4:
        n, rp = person(rng)
        cv = card_item(rng, rng.choice(["hyphen", "space", "plain"]))
        b("지방세 자동납부(카드) 신청서\n납세자: ", PN(n), " (생년월일 ", dob_item(rng), ")\n카드사: ", rng.choice(["신한카드", "KB국민카드", "BC카드", "삼성카드", "현대카드"]),
          "\n카드번호: ", cv, "\n유효기간(MM/YY): ", N(f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", "card_expiry"), "\n")
        b("카드 소유자: ", PN(n), "   연락처: ", PH(mobile(rng)), "\n이메일(납부안내 수신): ", EM(email(rng, rp)), "\n")
        return "form_card"
    b("개인정보 수집·이용 동의서 (작성 예시)\n성명: ", N("홍길동", "form_example"), "  주민등록번호: ", N("000000-0000000", "form_example"),
      "\n연락처: ", N("010-0000-0000", "form_example"), " (예시)\n수집 근거: ", N(neg_statute(rng), "statute"), "\n보유 기간: 3년\n문의: 개인정보보호 담당 대표전화 ",
      N(neg_switch(rng), "switchboard"), "\n")
    return "form_blank"


# ====================================================================== 명단 tables
def roster_rows(rng, kind, n):
    rows = []
    for i in range(n):
        if kind == "foreign":
            f = rng.choice(FOREIGN)
            nm = PN(f[1], "name_foreign_latin") if rng.random() < 0.6 else PN(f[0], "name_foreign_hangul")
            rows.append([str(i + 1), nm, f[2], frn_item(rng)[0], pp_item(rng, f[3]), PH(mobile(rng))])
        elif kind == "driver":
            nm, _ = person(rng)
            rows.append([str(i + 1), PN(nm), dl_item(rng), P("KR_VEHICLE_PLATE", *plate(rng)), PH(mobile(rng))])
        elif kind == "scholar":
            nm, _ = person(rng)
            bank, acc, k = account(rng)
            rows.append([str(i + 1), PN(nm), rrn_item(rng, rng.choice(["rrn_masked", "rrn_valid", "rrn_post2020"]))[0], bank,
                         P("KR_BANK_ACCOUNT", acc, k), N(neg_amount(rng), "amount")])
        elif kind == "trainee":
            nm, rp = person(rng)
            rows.append([str(i + 1), PN(nm), dob_item(rng, rng.choice(["iso", "dot0", "six", "yy"])), PH(mobile(rng)), EM(email(rng, rp))])
        elif kind == "refund":
            nm, rp = person(rng)
            rows.append([PN(nm), card_item(rng), N(neg_amount(rng), "amount"), PH(mobile(rng))])
        elif kind == "patient":
            nm, rp = person(rng)
            rows.append([str(i + 1), PN(nm), rrn_item(rng)[0], P("KR_HEALTH_INSURANCE", *health_ins(rng)), ADDR_T(address(rng, "road_sgg"))])
        elif kind == "traveler":
            nm, rp = person(rng)
            rows.append([str(i + 1), PN(nm), PN(roman(rp, "upper"), "name_roman"), pp_item(rng), dob_item(rng, "iso")])
        elif kind == "vendor":
            co = rng.choice(COMPANIES)
            rep, _ = person(rng)
            rows.append([N(co, "company_name"), PN(rep), P("KR_BRN", *brn(rng)), P("KR_CRN", *crn(rng)), PH(landline(rng, kind="company"))])
    return rows


HEADERS = {"foreign": ["연번", "성명", "국적", "외국인등록번호", "여권번호", "연락처"],
           "driver": ["번호", "성명", "운전면허번호", "차량번호", "휴대전화"],
           "scholar": ["순번", "성명", "주민등록번호", "은행", "계좌번호", "지급액"],
           "trainee": ["No", "이름", "생년월일", "전화번호", "이메일"],
           "refund": ["성명", "카드번호", "환불액", "연락처"],
           "patient": ["연번", "성명", "주민등록번호", "건강보험증번호", "주소"],
           "traveler": ["연번", "성명", "영문성명", "여권번호", "생년월일"],
           "vendor": ["업체명", "대표자", "사업자등록번호", "법인등록번호", "전화"]}
TITLES = {"foreign": "외국인 근로자 고용 현황", "driver": "관용차량 운전원 명단", "scholar": "장학금 지급 대상자 명단",
          "trainee": "교육 수강생 명단", "refund": "카드 결제 환불 대상자", "patient": "예방접종 대상자 명단",
          "traveler": "국외출장자 명단", "vendor": "입찰 참가업체 현황"}
ROSTER_KINDS = ["foreign", "driver", "scholar", "trainee", "refund", "patient", "traveler", "vendor"]


def roster(b, rng, layouts, genre_tag):
    kind = rng.choice(ROSTER_KINDS)
    header = rng.random() < 0.65
    lay = rng.choice(layouts)
    if rng.random() < 0.5:
        b(f"[{TITLES[kind]}]\n")
    else:
        b(f"{TITLES[kind]} (기준일 ", N(neg_date(rng), "date"), ")\n")
    rows = roster_rows(rng, kind, rng.randint(3, 6))
    if b.noisy and rng.random() < 0.6:  # line break inside a table row
        r = rng.choice(rows)
        j = rng.randrange(len(r))
        cell = r[j]
        if isinstance(cell, str):
            if len(cell) > 1:
                r[j] = cell[:1] + "\n" + cell[1:]
        elif cell["k"] == "pii" and cell["type"] in NUMERIC_TYPES:
            cell = dict(cell); cell["force"] = "newline_in_number"; r[j] = cell
        elif cell["k"] == "pii" and cell["type"] == "KR_ADDRESS":
            cell = dict(cell); cell["force"] = "wrapped"; r[j] = cell
    table(b, rows, lay, header=HEADERS[kind] if header else None)
    if rng.random() < 0.4:
        b("작성: ", rng.choice(DEPTS), " (문의 대표전화 ", N(neg_switch(rng), "switchboard"), ")\n")
    return f"{genre_tag}_{kind}_{'hdr' if header else 'nohdr'}_{lay}"


def g_list(b, rng):
    return roster(b, rng, ["pipe", "pipe_tight", "pipe_edge"], "list")


def g_aligned(b, rng):
    return roster(b, rng, ["tab", "space"], "aligned")


# ====================================================================== 시스템 로그
def ts(rng):
    y, m, d = valid_date(rng, 2024, 2025)
    return f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def g_log(b, rng):
    v = rng.randint(0, 4)
    n = rng.randint(4, 7)
    if v == 4:
        for _ in range(n):
            b(N(ts(rng), "timestamp"), f" INFO  [batch] job={rng.choice(['sync', 'backup', 'index'])} user=",
              N(f"u{rng.randint(10000, 99999)}", "user_id"), " agent=", N(f"{rng.randint(8, 12)}.0.{rng.randint(10000, 22000)}.{rng.randint(100, 4000)}", "version_number"),
              f" elapsed={rng.randint(10, 9000)}ms\n")
        return "log_nopii"
    for i in range(n):
        b(N(ts(rng), "timestamp"), " ")
        r = rng.randint(0, 6)
        if r == 0:
            b("INFO  [auth] login success user=", N(f"u{rng.randint(10000, 99999)}", "user_id"), " ip=", P("IP_ADDRESS", *ipv4(rng)), "\n")
        elif r == 1:
            nm, rp = person(rng)
            b("INFO  [member] update name=", PN(nm), " email=", EM(email(rng, rp)), " phone=", PH(mobile(rng, rng.choice(["plain", "hyphen"]))), "\n")
        elif r == 2:
            b("WARN  [payment] approval failed card=", card_item(rng, rng.choice(["masked", "plain", "masked"])), " amount=",
              N(str(rng.randint(1000, 990000)), "amount"), " code=E", str(rng.randint(100, 999)), "\n")
        elif r == 3:
            b("ERROR [validate] invalid format field=jumin value=\"", rrn_item(rng, None, rng.choice(["plain", "hyphen"]))[0], "\" req=",
              N("%08x" % rng.randrange(16 ** 8), "request_id"), "\n")
        elif r == 4:
            b("DEBUG [civil] applicant=", PN(person(rng)[0]), " frn=", frn_item(rng, None, "plain")[0], " passport=",
              pp_item(rng, rng.choice(FOREIGN)[3] if rng.random() < 0.5 else None), "\n")
        elif r == 5:
            b("INFO  [api] GET /v1/license/verify?no=", dl_item(rng, rng.choice(["plain", "num"])), " from ",
              P("IP_ADDRESS", *(ipv6(rng) if rng.random() < 0.2 else ipv4(rng))), " 200\n")
        else:
            bank, acc, k = account(rng, rng.choice(["plain", "hyphen"]))
            b("INFO  [refund] bank=", bank, " acct=", P("KR_BANK_ACCOUNT", acc, k), " holder=", PN(person(rng)[0]), "\n")
    return f"log_v{v}"


# ====================================================================== e-mail
def g_email(b, rng):
    v = rng.randint(0, 3)
    n, rp = person(rng)
    off, orp, ophone, oemail = official(rng)
    e = email(rng, rp)
    c = city(rng)
    if v == 3:
        b("보낸 사람: ", PN(off), " <", EM(oemail), ">\n받는 사람: ", PN(n), " <", EM(e), ">\n")
    elif rng.random() < 0.5:
        b("보낸 사람: ", PN(n), " <", EM(e), ">\n받는 사람: ", PN(off), " <", EM(oemail), ">\n")
    else:
        b("From: ", PN(roman(rp, "western"), "name_roman"), " <", EM(e), ">\nTo: ", EM(oemail), "\n")
    b("날짜: ", N(neg_date(rng), "date"), " 오후 ", str(rng.randint(1, 11)), ":", f"{rng.randint(0, 59):02d}", "\n")
    if v == 0:
        b("제목: 과오납 환급 계좌 알려드립니다\n\n", PN(off), " 주무관님 안녕하세요. 어제 통화한 ", PN(n), "입니다.\n")
        b("환급받을 계좌는 ", *acct_items(rng, n), "입니다. 주민등록번호는 ", rrn_item(rng)[0], "이고,\n")
        b("혹시 확인이 필요하시면 ", PH(mobile(rng)), "로 연락 주세요.\n감사합니다.\n")
    elif v == 1:
        f = rng.choice(FOREIGN)
        b("Subject: Re: 비자 연장 서류 문의\n\n안녕하세요. 저는 ", PN(f[0], "name_foreign_hangul"), "의 고용주 ", PN(n), "입니다.\n")
        b("근로자의 여권번호는 ", pp_item(rng, f[3]), ", 외국인등록번호는 ", frn_item(rng)[0], "입니다.\n")
        b("회사 전화: ", PH(landline(rng, kind="company")), " / 사업자등록번호 ", P("KR_BRN", *brn(rng)), "\n")
    elif v == 2:
        b("제목: 카드 이중결제 환불 요청\n\n", N(neg_date(rng), "date"), "에 시설 사용료 ", N(neg_amount(rng), "amount"), "이 두 번 결제되었습니다.\n")
        b("결제 카드: ", card_item(rng), "\n카드 명의: ", PN(n), "\n연락처: ", PH(mobile(rng)), "\n")
    else:
        b("제목: 회의 자료 송부\n\n첨부와 같이 회의 자료를 보내드립니다. 자료 문의는 ", N(neg_docno(rng), "document_number"), " 문서를 참고하시고,\n")
        b("참석 확인은 간사 ", PN(person(rng)[0]), " 주무관(", PH(landline(rng, kind="official_direct")), ")에게 해 주시기 바랍니다.\n")
    b("\n--\n")
    if v == 3:
        b(PN(off), " | ", c[0], " ", rng.choice(DEPTS), "\nT. ", PH(ophone), " | F. ", PH(landline(rng, ophone[0].split("-")[0], kind="fax")),
          " | 대표 ", N(neg_switch(rng), "switchboard"), "\n")
        if rng.random() < 0.4:
            b("주소: ", N(inst_addr(rng, c), "institution_address"), "\n")
    else:
        b(PN(n), " 드림 / ", PH(mobile(rng)), "\n")
    return f"email_v{v}"


# ====================================================================== 상담 기록
def spoken_or_plain(rng):
    ph = mobile(rng, "hyphen") if rng.random() < 0.8 else landline(rng)
    if rng.random() < 0.6:
        return P("PHONE_NUMBER", ph[0], ph[1] + "_spoken", noise="hangul_digits")
    return PH(ph)


def g_counsel(b, rng):
    v = rng.randint(0, 3)
    cs, _ = person(rng)
    cl, crp = person(rng)
    age = rng.randint(19, 82)
    b("상담 기록지\n상담일시: ", N(neg_date(rng), "date"), f" {rng.randint(9, 17)}:{rng.randint(0, 59):02d}  상담방법: ",
      rng.choice(["전화", "방문", "화상"]), "\n상담원: ", PN(cs), "\n")
    if v == 1:
        f = rng.choice(FOREIGN)
        b("내담자: ", PN(f[0], "name_foreign_hangul"), f" ({f[2]}, {rng.randint(22, 50)}세), 외국인등록번호 ", frn_item(rng)[0], "\n")
        b("상담 내용: 임금 체불 관련. 내담자는 여권(", pp_item(rng, f[3]), ")을 사업주 ", PN(cl), " 씨가 보관하고 있다고 진술함.\n")
        b("사업장 연락처 ", PH(landline(rng, kind="company")), ", 내담자 휴대전화 ", PH(mobile(rng)), "\n")
        return "counsel_foreign"
    b("내담자: ", PN(cl), f" ({rng.choice(['남', '여'])}, {age}세)\n")
    if v == 0:
        ph = mobile(rng, "hyphen")
        b("상담 내용: 내담자는 연락처를 \"", P("PHONE_NUMBER", ph[0], "mobile_spoken", noise="hangul_digits"), "\"라고 불러 줌 (확인: ",
          PH(ph), ").\n")
        b("보이스피싱 피해 의심. 송금 계좌 ", *acct_items(rng, None), " 지급정지 요청 안내.\n")
        b("피해 금액 ", N(neg_amount(rng), "amount"), ", 경찰 신고 ", N("112", "short_code"), " 안내함.\n")
    elif v == 2:
        b("상담 내용: 신용카드 분실 신고. 카드번호 ", card_item(rng), ", 본인 확인을 위해 생년월일 ", dob_item(rng), " 및 주소(",
          *addr_items(rng, b, with_postal=False), ") 확인.\n")
        b("회신 연락처(구술): ", spoken_or_plain(rng), ". 카드사 고객센터 ", N(neg_callcenter(rng), "call_center"), " 연결 안내.\n")
    else:
        ri, _ = rrn_item(rng)
        b("상담 내용: 기초연금 신청 문의. 내담자 주민등록번호 ", ri, ", 배우자 ", PN(person(rng)[0]), " 씨 명의 계좌 ",
          *acct_items(rng, None), "로 수령 희망.\n")
        b("보호자 ", PN(person(rng)[0]), "(자녀) 연락처 ", spoken_or_plain(rng), " / 이메일 ", EM(email(rng)), "\n")
    b("후속 조치: ", N(neg_date(rng), "date"), "까지 회신 예정 (상담원 ", PN(cs), ")\n")
    return f"counsel_v{v}"


# ====================================================================== 계약서
def g_contract(b, rng):
    v = rng.randint(0, 2)
    c = city(rng)
    if v == 0:
        co = rng.choice(COMPANIES)
        rep, rrp = person(rng)
        b("용역 계약서\n\n발주기관(갑): ", c[0], "청  주소: ", N(inst_addr(rng, c), "institution_address"), "  대표전화: ",
          N(neg_switch(rng, c[2]), "switchboard"), "\n")
        b("계약상대자(을): ", N(co, "company_name"), "\n  대표자: ", PN(rep), "\n  사업자등록번호: ", P("KR_BRN", *brn(rng)), "\n  법인등록번호: ",
          P("KR_CRN", *crn(rng)), "\n  주소: ", *addr_items(rng, b), "\n  전화: ", PH(landline(rng, kind="company")), "  담당자 휴대전화: ",
          PH(mobile(rng)), "\n  전자우편: ", EM(email(rng, rrp, rng.choice(COMPANY_DOMAINS))), "\n")
        b("계약금액: ", N(neg_amount(rng), "amount"), " (부가가치세 포함)\n대금 지급 계좌: ", *acct_items(rng, None, holder_neg=co), "\n")
        b("계약 근거: ", N(neg_statute(rng), "statute"), "\n갑의 고유번호: ", N(brn(rng, public=True)[0], "institution_tax_id"), "\n\n")
        b(N(neg_date(rng), "date"), "\n갑 ", N(head_of(c[0]), "office_title"), " (인)   을 ", N(co, "company_name"), " 대표이사 ", PN(rep), " (인)\n")
        return "contract_service"
    if v == 1:
        w, wrp = person(rng)
        boss, _ = person(rng)
        co = rng.choice(COMPANIES)
        ri, _ = rrn_item(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))
        b("표준근로계약서\n\n사업주: ", N(co, "company_name"), " (대표 ", PN(boss), ", 사업자등록번호 ", P("KR_BRN", *brn(rng)), ")\n")
        b("근로자: ", PN(w), "  주민등록번호: ", ri, "\n주소: ", *addr_items(rng, b), "\n연락처: ", PH(mobile(rng)), "\n")
        b("1. 근로개시일: ", N(neg_date(rng), "date"), "\n2. 임금: 월 ", N(neg_amount(rng), "amount"), ", 매월 ", str(rng.randint(1, 25)), "일 지급\n")
        b("3. 임금 지급 계좌: ", *acct_items(rng, w), "\n4. 기타 사항은 ", N(neg_statute(rng), "statute"), "에 따른다.\n")
        b("근로자 ", PN(w), " (서명)   사업주 ", PN(boss), " (인)\n")
        return "contract_labor"
    r, rrp = person(rng)
    co = "(주)온누리렌터카"
    b("자동차 대여 계약서\n\n임대인: ", N(co, "company_name"), " / 예약센터 ", N(neg_callcenter(rng), "call_center"), "\n")
    b("임차인: ", PN(r), "  생년월일: ", dob_item(rng), "\n운전면허번호: ", dl_item(rng), "\n연락처: ", PH(mobile(rng)), "\n")
    d2 = rng.random() < 0.5
    if d2:
        f = rng.choice(FOREIGN)
        b("제2운전자: ", PN(f[1], "name_foreign_latin"), "  여권번호: ", pp_item(rng, f[3]), "  국제운전면허 소지\n")
    b("대여 차량: ", P("KR_VEHICLE_PLATE", *plate(rng, rng.choice(["commercial", "3"]))), "\n보증금 결제 카드: ", card_item(rng), "\n")
    b("대여 요금: ", N(neg_amount(rng), "amount"), "  대여 기간: ", *date_range(rng), "\n")
    return "contract_rental" + ("_2drv" if d2 else "")


# ====================================================================== 공고
def g_notice(b, rng):
    v = rng.randint(0, 3)
    c = city(rng)
    dept = rng.choice(DEPTS)
    y = rng.randint(2023, 2025)
    b(N(f"{c[0]} 공고 제{y}-{rng.randint(10, 2999)}호", "notice_number"), "\n\n")
    off, _, ophone, _ = official(rng, c[2])
    if v == 0:
        b("공시송달 공고\n\n", N(neg_statute(rng), "statute"), "에 따라 아래 대상자에게 송달할 서류를 주소불명 등의 사유로 송달할 수 없어 공시송달합니다.\n\n")
        rows = []
        for _ in range(rng.randint(2, 4)):
            nm, _ = person(rng)
            rows.append([PN(nm), rrn_item(rng, "rrn_masked")[0], ADDR_T(address(rng, rng.choice(["road_sgg", "road_short", "jibun"]))),
                         P("KR_VEHICLE_PLATE", *plate(rng)), N(neg_amount(rng), "amount")])
        table(b, rows, rng.choice(["pipe", "tab"]), header=["성명", "주민등록번호", "주소", "차량번호", "과태료"])
    elif v == 1:
        b(f"{y}년 제{rng.randint(1, 3)}회 지방공무원 임용시험 최종합격자 공고\n\n")
        rows = [[N(neg_receipt(rng), "receipt_number"), N(masked_name(rng), "masked_name"), rng.choice(["일반행정 9급", "사회복지 9급", "전산 9급"])]
                for _ in range(rng.randint(3, 5))]
        table(b, rows, rng.choice(["pipe", "space"]), header=["응시번호", "성명", "직렬"])
    elif v == 2:
        b("행정처분(운전면허 정지) 사전통지 공시송달\n\n대상자 ", PN(person(rng)[0]), " (생년월일 ", dob_item(rng), ")\n면허번호 ", dl_item(rng),
          "\n처분 사유: 벌점 초과 (", N(neg_statute(rng), "statute"), ")\n의견 제출 기한: ", N(neg_date(rng), "date"), "까지\n")
    else:
        b("주민 참여예산 제안사업 공모\n\n1. 접수 기간: ", *date_range(rng), "\n2. 사업 규모: 건당 ",
          N(neg_amount(rng), "amount"), " 이내\n3. 문의: ", c[0], " 콜센터 ", N(neg_callcenter(rng), "call_center"), " 또는 대표전화 ",
          N(neg_switch(rng, c[2]), "switchboard"), "\n")
        b(N(f"{y}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date"), "\n", N(head_of(c[0]), "office_title"), "\n")
        return "notice_nopii"
    b("\n", N(f"{y}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date"), "\n", N(head_of(c[0]), "office_title"), "\n")
    b("※ 문의: ", dept, " ", PN(off), " 주무관 (☎ ", PH(ophone), ")", rng.choice(["", ", 대표전화 "]))
    if b.buf[-1] == ", 대표전화 ":
        b(N(neg_switch(rng, c[2]), "switchboard"))
    b("\n")
    return f"notice_v{v}"


GENRES = [("민원 회신", g_minwon, 27), ("보도자료", g_press, 24), ("회의록", g_minutes, 24),
          ("사고·감사 보고서", g_report, 28), ("판결문", g_judgment, 24), ("신청서·서식", g_form, 30),
          ("명단(구분자 표)", g_list, 28), ("표(탭·공백 정렬)", g_aligned, 24), ("시스템 로그", g_log, 26),
          ("전자우편", g_email, 26), ("상담 기록", g_counsel, 24), ("계약서", g_contract, 24), ("공고", g_notice, 22)]
