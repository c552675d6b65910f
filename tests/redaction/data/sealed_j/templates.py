# -*- coding: utf-8 -*-
"""pii_j templates.  Each template fills a core.Doc and returns (genre, base_genre)."""
from core import (E, N, kr_name, distinct_names, split_name, romanize, SURNAME_ROM, FOREIGN, title_latin,
                  rrn_pre, rrn_post, rrn_masked, frn, frn_masked, card, card_fmt, account, acct_fmt, BANKS,
                  passport_kr, passport_foreign, driver_license, brn, crn, health_no, plate, ipv4, ipv6,
                  mobile, mobile_fmt, landline, phone_any, email_for, email_latin, address, dob_fmt, ev_date,
                  won, to_hangul_digits, plain, rand_date, DL_REGION, wd)

# ---------------------------------------------------------------------------
# institutions (their addresses, switchboards and mailboxes are NOT PII)
# ---------------------------------------------------------------------------
INST = [
    dict(name="행정안전부", head="행정안전부장관", addr="세종특별자치시 도움6로 42 정부세종청사 중앙동", post="30112",
         rep="044-205-1000", dp="044-205-", dom="korea.kr", web="www.mois.go.kr", box="webmaster@mois.go.kr",
         depts=["주민과", "지역복지과", "개인정보보호정책과", "재난안전관리과"]),
    dict(name="보건복지부", head="보건복지부장관", addr="세종특별자치시 도움4로 13 정부세종청사 10동", post="30113",
         rep="044-202-2000", dp="044-202-", dom="korea.kr", web="www.mohw.go.kr", box="minwon@mohw.go.kr",
         depts=["기초생활보장과", "아동복지정책과", "노인정책과", "장애인권익지원과"]),
    dict(name="고용노동부", head="고용노동부장관", addr="세종특별자치시 한누리대로 422 정부세종청사 11동", post="30117",
         rep="044-202-7000", dp="044-202-", dom="korea.kr", web="www.moel.go.kr", box="help@moel.go.kr",
         depts=["외국인력정책과", "고용보험기획과", "근로기준정책과"]),
    dict(name="법무부 출입국·외국인정책본부", head="법무부장관", addr="경기도 과천시 관문로 47 정부과천청사 1동",
         post="13809", rep="02-2110-3000", dp="02-2110-", dom="korea.kr", web="www.immigration.go.kr",
         box="immigration@moj.go.kr", depts=["체류관리과", "국적과", "이민통합과"]),
    dict(name="서울특별시 마포구", head="마포구청장", addr="서울특별시 마포구 월드컵로 212", post="03937",
         rep="02-3153-8114", dp="02-3153-", dom="mapo.go.kr", web="www.mapo.go.kr", box="minwon@mapo.go.kr",
         depts=["복지정책과", "민원여권과", "교통행정과", "세무1과", "자치행정과"]),
    dict(name="수원시", head="수원시장", addr="경기도 수원시 팔달구 효원로 241", post="16490", rep="031-228-2114",
         dp="031-228-", dom="korea.kr", web="www.suwon.go.kr", box="webmaster@suwon.go.kr",
         depts=["복지정책과", "차량등록사업소", "민원봉사과", "일자리정책과"]),
    dict(name="부산광역시 해운대구", head="해운대구청장", addr="부산광역시 해운대구 중동2로 11", post="48095",
         rep="051-749-4000", dp="051-749-", dom="korea.kr", web="www.haeundae.go.kr", box="help@haeundae.go.kr",
         depts=["생활보장과", "민원여권과", "교통행정과"]),
    dict(name="대전광역시 서구", head="대전광역시 서구청장", addr="대전광역시 서구 둔산서로 100", post="35233",
         rep="042-288-2114", dp="042-288-", dom="korea.kr", web="www.seogu.go.kr", box="minwon@seogu.go.kr",
         depts=["복지정책과", "교통과", "민원봉사과"]),
    dict(name="순천시", head="순천시장", addr="전라남도 순천시 장명로 30", post="57956", rep="061-749-3114",
         dp="061-749-", dom="korea.kr", web="www.suncheon.go.kr", box="webmaster@suncheon.go.kr",
         depts=["주민복지과", "교통과", "민원과"]),
    dict(name="도로교통공단", head="도로교통공단 이사장", addr="강원특별자치도 원주시 혁신로 2", post="26466",
         rep="1577-1120", dp="033-749-", dom="koroad.or.kr", web="www.koroad.or.kr", box="help@koroad.or.kr",
         depts=["면허관리부", "운전면허본부", "교통안전교육부"]),
    dict(name="국민건강보험공단", head="국민건강보험공단 이사장", addr="강원특별자치도 원주시 건강로 32", post="26464",
         rep="1577-1000", dp="033-736-", dom="nhis.or.kr", web="www.nhis.or.kr", box="webmaster@nhis.or.kr",
         depts=["자격부과실", "징수상임이사실", "급여관리실"]),
    dict(name="서울출입국·외국인청", head="서울출입국·외국인청장", addr="서울특별시 양천구 목동동로 151", post="07994",
         rep="1345", dp="02-2650-", dom="korea.kr", web="www.hikorea.go.kr", box="seoul@moj.go.kr",
         depts=["체류관리과", "사증과", "국적·통합과"]),
]
SHORT_CODES = [("정부민원안내콜센터", "110"), ("다산콜센터", "120"), ("국세상담센터", "126"), ("외국인종합안내센터", "1345"),
               ("고용노동부 고객상담센터", "1350"), ("국민연금 고객센터", "1355")]
BIZ_REP = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
TITLES = ["주무관", "사무관", "서기관", "팀장", "과장", "주무관", "주무관"]
COMPANIES = ["(주)한빛엔지니어링", "㈜푸른정보기술", "주식회사 다온건설", "(주)새솔환경", "미래로시스템(주)", "(주)나래컨설팅",
             "유한회사 온누리", "(주)씨앤에스데이터", "한결테크 주식회사", "(주)바른측량"]
SOLE_BIZ = ["한빛설비", "푸른인쇄", "다온식당", "새솔조경", "늘봄상사", "하나전기", "참좋은세탁", "소망꽃집"]


def inst_pick(r, exclude_public_corp=False):
    xs = INST[:9] if exclude_public_corp else INST
    return r.choice(xs)


def direct_line(r, ins):
    while True:
        v = ins["dp"] + "%04d" % r.randint(1000, 9999)
        if v != ins["rep"]:
            return v


def off_email(r, name, ins):
    sn, gn = split_name(name)
    s = SURNAME_ROM.get(sn, romanize(sn))
    loc = r.choice([romanize(gn) + s[0], s + romanize(gn)[:3], romanize(gn)[0] + romanize(gn)[-1] + s,
                    s + "." + romanize(gn)]) + (str(r.randint(1, 99)) if r.random() < 0.3 else "")
    return loc + "@" + ins["dom"]


def P(n, kind="kr_name"):
    return E("PERSON", n, kind)


def PH(v, kind="mobile"):
    return E("PHONE_NUMBER", v, kind)


def EM(v, kind="email"):
    return E("EMAIL_ADDRESS", v, kind)


def AD(v, kind):
    return E("KR_ADDRESS", v, kind)


def RRN(r, kind=None):
    k = kind or r.choice(["rrn_valid"] * 6 + ["rrn_masked"] * 2 + ["rrn_post2020"])
    if k == "rrn_valid":
        v, dt = rrn_pre(r, 1945, 2005)
    elif k == "rrn_masked":
        v, dt = rrn_masked(r)
    else:
        v, dt = rrn_post(r)
    return E("KR_RRN", v, k), dt


def FRN(r, kind="frn_valid"):
    if kind == "frn_masked":
        v, dt = frn_masked(r)
    else:
        v, dt = frn(r)
    return E("KR_FRN", v, kind), dt


def DOB(r, dt, style=None):
    return E("DATE_OF_BIRTH", dob_fmt(r, dt, style), "dob")


def ACC(r, bank=None):
    b, a = account(r, bank)
    return b, E("KR_BANK_ACCOUNT", acct_fmt(r, a), "acct_" + b)


def CARD(r, style=None):
    brand, num = card(r)
    return brand, E("CREDIT_CARD", card_fmt(r, num, style), "card_" + brand)


def DL(r, style=None):
    v, st = driver_license(r, style)
    return E("KR_DRIVER_LICENSE", v, "dl_" + st)


def PASS_KR(r):
    return E("KR_PASSPORT", passport_kr(r), "passport_kr")


def PASS_F(r, style):
    return E("KR_PASSPORT", passport_foreign(r, style), "passport_foreign")


def PLATE(r, style=None):
    v, st = plate(r, style)
    return E("KR_VEHICLE_PLATE", v, "plate_" + st)


def ADDR(r, style=None, with_postal=None, with_tail=True):
    """Address parts: optional postal code (negative), the span, optional tail (plain)."""
    a, post, tail, kind = address(r, style)
    parts = []
    if with_postal if with_postal is not None else r.random() < 0.35:
        parts += ["(", N(post, "postal_code"), ") "]
    parts.append(AD(a, kind))
    if tail and with_tail:
        parts.append(" " + tail)
    return parts


def doc_no(r, ins):
    return r.choice(ins["depts"]) + "-" + str(r.randint(100, 9999))


def rep_phone(r):
    return r.choice(BIZ_REP) + "-" + "%04d" % r.randint(0, 9999)


def table(d, r, header, rows, style=None):
    """Render a table (header may be None).  Cells are parts (str / E / N / list)."""
    style = style or r.choice(["pipe_sp", "pipe_sp", "pipe", "tab", "tab", "aligned", "border"])
    allrows = ([header] if header else []) + rows

    def cell_text(c):
        if isinstance(c, list):
            return "".join(plain(x) for x in c)
        return plain(c)

    widths = [max(len(cell_text(row[i])) for row in allrows) for i in range(len(allrows[0]))]
    for row in allrows:
        if style == "border":
            d.add("| ")
        for i, c in enumerate(row):
            d.add(c)
            if i < len(row) - 1:
                if style == "pipe_sp" or style == "border":
                    d.add(" | ")
                elif style == "pipe":
                    d.add("|")
                elif style == "tab":
                    d.raw("\t")
                else:
                    d.raw(" " * (widths[i] - len(cell_text(c)) + 2))
        if style == "border":
            d.add(" |")
        d.raw("\n")
    return style


# ---------------------------------------------------------------------------
# 공문
# ---------------------------------------------------------------------------


def gyeoljae(d, r, ins, names):
    """결재란 + 시행/접수 + footer.  names: [drafter, reviewer, approver]."""
    dr, rv, ap = names
    t1 = r.choice(["주무관", "행정주사", "주무관", "사무관"])
    t2 = r.choice(["팀장", "과장", "복지정책팀장"])
    t3 = r.choice(["과장", "국장", "부장"])
    _, date = ev_date(r, 2024, 2025)
    dept = r.choice(ins["depts"])
    st = r.randint(0, 2)
    if st == 0:
        d.add("\n", t1, " ", P(dr), "    ", t2, " ", P(rv), "    ", t3, " 전결 ", date[5:], " ", P(ap), "\n")
    elif st == 1:
        d.add("\n기안자 ", t1, " ", P(dr), "  검토자 ", t2, " ", P(rv), "  결재권자 ", t3, " ", P(ap), "\n")
    else:
        d.add("\n", t1, "\t", t2, "\t", t3, "\n", P(dr), "\t", P(rv), "\t", P(ap), "\n")
    d.add("협조자\n시행 ", N(dept + "-" + str(r.randint(1000, 9999)), "doc_number"), " (", N(date, "event_date"),
          ")   접수\n")
    d.add("우 ", N(ins["post"], "postal_code"), " ", N(ins["addr"], "institution_address"), " / ", ins["web"], "\n")
    fx = r.random()
    line = ["전화번호 ", PH(direct_line(r, ins), "official_direct")]
    if fx < 0.7:
        line += ["  팩스번호 ", PH(direct_line(r, ins), "fax")]
    line += ["  / ", EM(off_email(r, dr, ins), "official_email")]
    if r.random() < 0.3:
        line += ["  대표전화 ", N(ins["rep"], "institution_phone")]
    line += [" / ", r.choice(["공개", "부분공개(6)", "비공개(6)", "부분공개(5)"]), "\n"]
    d.add(line)


def t_gongmun_support(d, r):
    ins = inst_pick(r, True)
    names = distinct_names(r, 4)
    cit = names[0]
    d.add(ins["name"], "\n\n수신  ", N(r.choice(["수신자 참조", "○○동장", ins["head"] + "(" + ins["depts"][0] + "장)",
                                                   "내부결재"]), "office_title"), "\n(경유)\n")
    prog, law = r.choice([("긴급복지 생계지원", "긴급복지지원법"), ("기초생활보장 주거급여", "국민기초생활 보장법"),
                          ("한부모가족 아동양육비", "한부모가족지원법"), ("장애인 활동지원급여", "장애인활동 지원에 관한 법률")])
    _, ddate = ev_date(r)
    d.add("제목  ", prog, " 지원 대상자 결정 통보\n\n")
    d.add("1. 관련: ", N(doc_no(r, ins), "doc_number"), "(", N(ddate, "event_date"), ")\n")
    d.add("2. 「", law, "」 ",
          N("제%d조 제%d항" % (r.randint(2, 30), r.randint(1, 3)), "statute"), "에 따라 아래와 같이 지원을 결정하였음을 알려드립니다.\n")
    e_rrn, dt = RRN(r, r.choice(["rrn_valid", "rrn_masked", "rrn_masked"]))
    d.add("  가. 대 상 자: ", P(cit), " (", e_rrn, ")\n")
    d.add("  나. 주    소: ", ADDR(r), "\n")
    d.add("  다. 연 락 처: ", PH(mobile_fmt(r)), "\n")
    bank, acc = ACC(r)
    d.add("  라. 지원금액: 월 ", N(won(r, 300000, 1800000), "amount"), "(", N("%d. %d. ~ %d. %d." % (2025, r.randint(1, 6), 2025, r.randint(7, 12)), "event_date"), ")\n")
    d.add("  마. 입금계좌: ", bank, " ", acc, " (예금주: ", P(cit), ")\n")
    d.add("붙임  지원 결정 통지서 1부.  끝.\n\n")
    d.add(N(ins["head"], "office_title"), "\n")
    gyeoljae(d, r, ins, names[1:])
    return "공문", None


def t_gongmun_request(d, r):
    ins = inst_pick(r, True)
    names = distinct_names(r, 5)
    d.add(ins["name"], "\n\n수신  ", N("수신자 참조", "office_title"), "\n(경유)\n")
    topic = r.choice(["2025년 개인정보 보호 수준 진단 자료 제출", "민원 처리 실태 점검 결과 회신", "하반기 교육 참석자 명단 제출",
                      "주민등록 사실조사 협조", "재난안전 상황관리 비상연락망 정비"])
    dt, date = ev_date(r, 2025, 2025)
    d.add("제목  ", topic, " 요청\n\n1. 귀 기관의 무궁한 발전을 기원합니다.\n")
    d.add("2. ", N("「개인정보 보호법」 제%d조" % r.choice([11, 29, 31, 33]), "statute"), " 및 ",
          N("같은 법 시행령 제%d조" % r.randint(30, 40), "statute"), "와 관련하여, 붙임 서식에 따라 자료를 작성하여 ",
          N(date, "event_date"), "까지 제출하여 주시기 바랍니다.\n")
    if r.random() < 0.6:
        d.add("  가. 제출방법: 온-나라 문서 또는 전자우편(", EM(off_email(r, names[0], ins), "official_email"), ")\n")
        d.add("  나. 문의처: ", r.choice(ins["depts"]), " ", P(names[0]), " ", r.choice(TITLES), "(",
              PH(direct_line(r, ins), "official_direct"), ")\n")
    else:
        d.add("  가. 제출방법: 업무포털 자료집계\n  나. 문의처: ", r.choice(ins["depts"]), " ", P(names[0]),
              "(☎ ", PH(direct_line(r, ins), "official_direct"), ", ", EM(off_email(r, names[0], ins), "official_email"), ")\n")
    d.add("붙임  1. 자료 제출 서식 1부.\n      2. 작성 예시 1부.  끝.\n\n")
    d.add(N(ins["head"], "office_title"), "\n")
    gyeoljae(d, r, ins, names[0:1] + names[2:4])
    return "공문", None


def t_gongmun_personnel(d, r):
    ins = inst_pick(r, True)
    k = r.randint(3, 6)
    names = distinct_names(r, k + 3)
    d.add(ins["name"], "\n\n수신  ", N("내부결재", "office_title"), "\n제목  인사발령(", r.choice(["승진", "전보", "신규임용", "직무대리"]), ")\n\n")
    dt, date = ev_date(r, 2025, 2025)
    d.add("1. ", N("「지방공무원법」 제%d조" % r.choice([6, 25, 30]), "statute"), "에 따라 ", N(date, "event_date"),
          "자로 다음과 같이 인사발령합니다.\n\n")
    rows = []
    for i in range(k):
        rows.append([str(i + 1), r.choice(["행정6급", "행정7급", "사회복지7급", "시설6급", "전산8급", "행정5급"]),
                     P(names[i]), r.choice(ins["depts"]) + " 근무를 명함", r.choice(["", "", "승진", "전보"])])
    table(d, r, ["연번", "직급", "성명", "발령사항", "비고"], rows)
    d.add("\n", N(ins["head"], "office_title"), "\n")
    gyeoljae(d, r, ins, names[k:k + 3])
    return "공문", None


def t_notice_nopii(d, r):
    ins = inst_pick(r)
    dt, date = ev_date(r, 2025, 2025)
    no = "%s 공고 제2025-%d호" % (ins["name"].split()[-1], r.randint(10, 999))
    kind = r.randint(0, 3)
    d.add(N(no, "notice_number"), "\n\n")
    if kind == 0:
        d.add("개인정보 처리방침 변경 안내\n\n", N("「개인정보 보호법」 제30조", "statute"), "에 따라 개인정보 처리방침을 다음과 같이 변경하여 공개합니다.\n",
              "1. 변경일: ", N(date, "event_date"), "\n2. 주요 변경사항: 개인정보 보호책임자 지정 변경, 보유기간 정비\n",
              "3. 문의: 개인정보 보호책임자(", N(ins["depts"][0] + "장", "office_title"), ") ☎ ", N(ins["rep"], "institution_phone"),
              ", 전자우편 ", N(ins["box"], "institution_email"), "\n")
    elif kind == 1:
        d.add("2025년 하반기 공공근로사업 참여자 모집 공고\n\n1. 모집인원: ", str(r.randint(20, 200)), "명\n2. 신청기간: ",
              N(date, "event_date"), " ~ 2주간\n3. 신청장소: 주소지 관할 행정복지센터\n4. 신청서류: 신청서(",
              N("작성 예: 홍길동", "placeholder_name"), "), 신분증 사본\n5. 임금: 시간당 ", N(won(r, 10030, 10030, 10), "amount"),
              "\n6. 문의: ", (sc := r.choice(SHORT_CODES))[0], " ", N(sc[1], "institution_short_code"), " 또는 ", N(ins["rep"], "institution_phone"), "(대표)\n")
    elif kind == 2:
        code = r.choice(BIZ_REP) + "-" + "%04d" % r.randint(0, 9999)
        d.add("입찰 공고\n\n1. 공고번호: ", N("R25BK%08d-00" % r.randint(0, 99999999), "notice_number"), "\n2. 사업명: ",
              r.choice(["청사 시설관리 용역", "정보시스템 유지관리", "민원콜센터 운영 위탁"]), "\n3. 추정가격: ",
              N("₩{:,}".format(r.randint(50, 900) * 1000000), "amount"), "(부가가치세 포함)\n4. 근거: ",
              N("「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제%d조" % r.randint(10, 30), "statute"),
              "\n5. 문의: 나라장터 콜센터 ", N(code, "institution_phone"), ", 계약 담당 ", N(ins["rep"], "institution_phone"), "\n")
    else:
        d.add("민원 안내\n\n여권 발급 신청 시 본인 확인을 위해 신분증을 지참하시기 바랍니다. 신청서의 주민등록번호 란에 ",
              N("000000-0000000", "placeholder_rrn"), " 처럼 예시로 인쇄된 번호를 그대로 옮겨 적지 마십시오.\n",
              "접수번호(예: ", N("1AA-%04d-%07d" % (r.randint(2301, 2512), r.randint(0, 9999999)), "receipt_number"),
              ")로 처리 상황을 조회할 수 있습니다.\n문의: ", N(SHORT_CODES[0][1], "institution_short_code"), "(", SHORT_CODES[0][0], "), ",
              N(ins["rep"], "institution_phone"), "\n")
    d.add("\n", N(date, "event_date"), "\n", N(ins["head"], "office_title"), "\n", N(ins["addr"], "institution_address"), "\n")
    return "공고", None


# ---------------------------------------------------------------------------
# 민원 회신
# ---------------------------------------------------------------------------


def t_minwon_reply(d, r):
    ins = inst_pick(r)
    cit, off = distinct_names(r, 2)
    rno = "%d%s-%04d-%07d" % (r.randint(1, 2), r.choice(["AA", "AB", "AC"]), r.randint(2401, 2512), r.randint(0, 9999999))
    _, rdate = ev_date(r, 2025, 2025)
    d.add("민원 처리 결과 통지\n\n")
    if r.random() < 0.15:
        d.add("■ 민 원 인: ", N(cit[0] + "○○", "masked_name"), " 귀하\n")
        pii_cit = False
    else:
        d.add("■ 민 원 인: ", P(cit), " 귀하\n")
        pii_cit = True
    d.add("■ 접수번호: ", N(rno, "receipt_number"), "\n■ 접 수 일: ", N(rdate, "event_date"), "\n")
    if pii_cit:
        if r.random() < 0.7:
            d.add("■ 주    소: ", ADDR(r), "\n")
        d.add("■ 연 락 처: ", PH(mobile_fmt(r)), "\n")
        if r.random() < 0.35:
            d.add("■ 전자우편: ", EM(email_for(r, cit)), "\n")
    topic, law, parking = r.choice([("불법 주정차 단속 이의", "도로교통법", True), ("기초연금 수급 자격", "기초연금법", False),
                                    ("도로 파손 보수 요청", "도로법", False), ("주민등록증 재발급 지연", "주민등록법", False),
                                    ("여권 발급 수수료 환불", "여권법", False), ("속도위반 과태료 이의", "도로교통법", True)])
    d.add("\n1. 귀하께서 국민신문고를 통해 제출하신 '", topic, "' 관련 민원에 대한 검토 결과를 알려드립니다.\n")
    d.add("2. 귀하의 민원 내용은 ", N("「%s」 제%d조" % (law, r.randint(3, 90)), "statute"), "에 따라 검토하였으며, ")
    if parking:
        v = PLATE(r)
        d.add("민원인 소유 차량(", v, ")에 대한 ", N(won(r, 40000, 80000, 10000), "amount"), " 과태료 부과는 ",
              r.choice(["관련 규정에 따라 적법하게 처리되었음을 알려드립니다.", "의견진술 심의 결과 원안대로 유지되었습니다."]), "\n")
    else:
        d.add(r.choice(["관련 규정에 따라 처리하였음을 알려드립니다.", "담당 부서로 이송하여 처리할 예정입니다.",
                        "현장 확인 후 조치를 완료하였습니다."]), "\n")
    if pii_cit and r.random() < 0.35:
        bank, acc = ACC(r)
        d.add("3. 환급금 ", N(won(r, 5000, 150000, 10), "amount"), "은 신청하신 계좌(", bank, " ", acc, ", 예금주 ", P(cit), ")로 ",
              N("%d. %d." % (2025, r.randint(1, 12)), "event_date"), " 중 입금될 예정입니다.\n")
    d.add("4. 기타 궁금하신 사항은 ", r.choice(ins["depts"]), " ", P(off), " ", r.choice(TITLES), "(☎ ",
          PH(direct_line(r, ins), "official_direct"), ")에게 연락하여 주시거나 ", N(SHORT_CODES[0][0], "institution_name"), "(",
          N("110", "institution_short_code"), ")로 문의하여 주시기 바랍니다. 끝.\n\n")
    d.add(N(ins["head"], "office_title"), "\n")
    return "민원 회신", None


# ---------------------------------------------------------------------------
# 보도자료 / 뉴스
# ---------------------------------------------------------------------------


def t_press(d, r):
    ins = inst_pick(r)
    chief, staff, minister, cit = distinct_names(r, 4)
    dt, date = ev_date(r, 2025, 2025)
    d.add("보도자료\n보도시점  ", N(date, "event_date"), "(", wd(dt), ") 12:00 (", "온라인 게재 포함)\n배포  ", N(date, "event_date"), "\n\n")
    title = r.choice(["외국인 주민 생활 안내 다국어 책자 발간", "개인정보 유출 신고 절차 간소화", "고독사 예방 통합 돌봄 확대",
                      "운전면허 갱신 온라인 신청 개시", "청년 월세 지원 신청 접수"])
    d.add(title, "\n- ", r.choice(["올해 말까지 단계적 시행", "전국 지자체로 확대", "신청 절차 대폭 간소화"]), " -\n\n")
    lead = ins["head"] if r.random() < 0.5 else None
    if lead:
        d.add("□ ", N(ins["head"], "office_title"), "(", P(minister), ")은 ")
    else:
        d.add("□ ", ins["name"], "는 ")
    d.add(N(date, "event_date"), " ", title, " 계획을 발표했다.\n")
    if lead:
        hd = ins["head"]
        ttl = "장관" if hd.endswith("장관") else ("이사장" if hd.endswith("이사장") else ("청장" if hd.endswith("청장") else "시장"))
        d.add("□ ", P(minister), " ", ttl, "은 ")
    else:
        d.add("□ ", N(ins["head"], "office_title"), "은 ")
    d.add("\"", r.choice(["현장의 목소리를 반영해 제도를 개선하겠다", "국민이 체감할 수 있도록 최선을 다하겠다",
                         "개인정보 보호와 편의를 함께 높이겠다"]), "\"라고 밝혔다.\n")
    if r.random() < 0.5:
        age = r.randint(25, 78)
        d.add("□ 이날 행사에 참석한 주민 ", P(cit), "(", str(age), ") 씨는 \"", r.choice(["신청이 훨씬 쉬워졌다", "이런 제도가 있는 줄 몰랐다"]), "\"고 말했다.\n")
    d.add("□ 자세한 내용은 누리집(", ins["web"], ")을 참고하거나 ", N(ins["rep"] if r.random() < 0.6 else rep_phone(r), "institution_phone"), "(대표)로 문의하면 된다.\n\n")
    dept = r.choice(ins["depts"])
    d.add("담당 부서  ", dept, "\t책임자  과  장  ", P(chief), "  (", PH(direct_line(r, ins), "official_direct"), ")\n")
    d.add("\t\t\t담당자  ", r.choice(["사무관", "주무관", "서기관"]), "  ", P(staff), "  (", PH(direct_line(r, ins), "official_direct"), ")\n")
    return "보도자료", None


NEWS_PAPERS = ["한빛일보", "새날신문", "중앙경제뉴스", "누리타임즈", "동해일보"]


def t_news(d, r):
    rep, v1, v2, off, extra = distinct_names(r, 5)
    paper = r.choice(NEWS_PAPERS)
    dt, date = ev_date(r, 2024, 2025)
    kind = r.randint(0, 2)
    if kind == 0:
        d.add("[", paper, " ", P(rep), " 기자] ", r.choice(["서울 마포구", "경기 수원시", "부산 해운대구", "대전 서구"]),
              "의 한 아파트에서 ", r.choice(["화재", "누수 사고", "승강기 고장"]), "가 발생해 주민들이 대피했다.\n")
        d.add("소방당국에 따르면 ", N(date, "event_date"), " 오후 3시께 발생한 불은 약 40분 만에 꺼졌다. 이 불로 ",
              N(v1[0] + "모(%d)씨" % r.randint(30, 80), "masked_name"), " 등 2명이 연기를 마셔 병원으로 옮겨졌다.\n")
        d.add("같은 동에 사는 ", P(v2), "(", str(r.randint(20, 80)), ")씨는 \"", r.choice(["경보음이 울려 급히 계단으로 내려왔다",
                                                                                "복도에 연기가 자욱했다"]), "\"고 말했다.\n")
        d.add("경찰은 관리사무소장 ", N("A씨(%d)" % r.randint(40, 65), "anonymised_party"), "를 상대로 정확한 경위를 조사하고 있다.\n")
    elif kind == 1:
        d.add(paper, " | ", N(date, "event_date"), "\n\n", r.choice(["구청 공무원", "주민센터 직원"]), " ", P(v1), "(", str(r.randint(28, 58)),
              ") 주무관이 폐지 줍는 어르신을 도운 사연이 알려져 화제다.\n")
        d.add("", P(v1), " 주무관은 \"당연히 해야 할 일을 했을 뿐\"이라며 말을 아꼈다. 도움을 받은 ", P(v2), "(", str(r.randint(70, 90)),
              ") 할머니는 \"고맙다는 말밖에 할 말이 없다\"고 했다.\n")
        d.add(N(r.choice(["마포구청장", "수원시장", "해운대구청장"]), "office_title"), "은 표창 수여를 검토 중이다.\n")
    else:
        d.add("[인터뷰] ", P(v1), " ", r.choice(["사회적기업 대표", "마을활동가", "청년 농부", "자원봉사센터장"]), "\n\n")
        d.add("", P(v1), "(", str(r.randint(30, 60)), ") 대표는 \"", r.choice(["지역 어르신들과 함께 일하는 것이 가장 보람 있다",
                                                                    "작은 변화가 동네를 바꾼다"]), "\"고 말했다. 그는 ",
              N(date, "event_date"), " ", N("%s 지원사업" % r.choice(["행정안전부", "고용노동부"]), "office_title"), "에 선정돼 ",
              N(won(r, 10000000, 50000000, 1000000), "amount"), "을 지원받았다.\n")
        if r.random() < 0.5:
            d.add("문의는 ", PH(landline(r), "business"), " 또는 ", EM(email_for(r, v1)), "로 하면 된다.\n")
    d.add("\n", P(rep), " 기자 ", EM(email_for(r, rep, paper_domain(paper)), "reporter_email"), "\n")
    return "뉴스", None


def paper_domain(p):
    return {"한빛일보": "hanbitilbo.co.kr", "새날신문": "saenal.com", "중앙경제뉴스": "jenews.kr", "누리타임즈": "nuritimes.com",
            "동해일보": "donghaeilbo.co.kr"}[p]


# ---------------------------------------------------------------------------
# 회의록
# ---------------------------------------------------------------------------


def t_minutes(d, r):
    k = r.randint(4, 7)
    names = distinct_names(r, k + 1)
    ins = inst_pick(r)
    dt, date = ev_date(r, 2024, 2025)
    com = r.choice(["개인정보 보호위원회", "지방보조금심의위원회", "민원조정위원회", "외국인주민 지원협의회", "교통안전위원회"])
    d.add("제%d차 %s 회의록\n\n" % (r.randint(1, 12), com))
    d.add("일    시: ", N(date, "event_date"), "(", wd(dt), ") 14:00~16:00\n장    소: ", ins["name"], " 3층 소회의실\n")
    roles = ["위원장"] + ["위원"] * (k - 1)
    style = r.randint(0, 2)
    if style == 0:
        d.add("참 석 자: 위원장 ", P(names[0]))
        for n in names[1:k]:
            d.add(", ", P(n))
        d.add(" 위원 (", str(k), "명)\n")
    elif style == 1:
        d.add("참석자\n")
        rows = [[r_, P(n), r.choice(["교수", "변호사", "시민위원", "세무사", "과장", "회계사"])] for r_, n in zip(roles, names[:k])]
        table(d, r, ["구분", "성명", "직위"] if r.random() < 0.6 else None, rows)
    else:
        d.add("참 석 자: ")
        for i, n in enumerate(names[:k]):
            d.add(P(n), " ", roles[i], ", " if i < k - 1 else "\n")
    d.add("간    사: ", r.choice(ins["depts"]), " ", P(names[k]), " 주무관\n")
    d.add("배석: ", N(r.choice(ins["depts"]) + "장", "office_title"), "\n\n")
    d.add("1. 개회 및 성원 보고\n", P(names[k]), " 간사: 재적위원 ", str(k + r.randint(0, 3)), "명 중 ", str(k), "명 참석으로 성원되었음을 보고드립니다.\n\n")
    d.add("2. 안건 심의\n", P(names[0]), " 위원장: 제1호 안건을 상정합니다. 간사는 설명해 주십시오.\n")
    d.add(P(names[1]), " 위원: ", r.choice(["지원 대상 선정 기준이 모호합니다.", "개인정보 수집 항목을 최소화할 필요가 있습니다.",
                                         "예산 집행률이 낮은 이유를 설명해 주십시오."]), "\n")
    d.add(P(names[2]), " 위원: ", r.choice(["동의합니다.", "원안대로 의결할 것을 제안합니다.", "보완 후 재상정이 필요합니다."]), "\n")
    if r.random() < 0.4:
        d.add(P(names[min(3, k - 1)]), " 위원: 신청인 ", N(r.choice(["김○○", "이○○", "박**", "정 모 씨"]), "masked_name"),
              "의 사례는 ", N("「행정절차법」 제%d조" % r.randint(20, 30), "statute"), "에 따라 의견제출 기회를 부여해야 합니다.\n")
    d.add(P(names[0]), " 위원장: 그럼 ", r.choice(["원안 가결", "수정 가결", "보류"]), "로 하겠습니다.\n\n3. 폐회\n")
    if r.random() < 0.45:
        d.add("\n※ 위원 연락처(내부용)\n")
        rows = [[P(n), PH(mobile_fmt(r))] + ([EM(email_for(r, n))] if r.random() < 0.6 else ["-"]) for n in names[:min(k, 4)]]
        table(d, r, None, rows)
    return "회의록", None


# ---------------------------------------------------------------------------
# 신청서 / 증명서
# ---------------------------------------------------------------------------


def form_head(d, r, title):
    d.add("■ ", N("%s 시행규칙 [별지 제%d호서식]" % (r.choice(["주민등록법", "여권법", "도로교통법", "출입국관리법", "아동수당법"]),
                                               r.randint(1, 40)), "statute"), "\n", title, "\n")
    d.add("※ 뒤쪽의 작성방법을 읽고 작성하여 주시기 바랍니다. (작성 예: ", N("홍길동", "placeholder_name"), ")\n")
    d.add("접수번호 ", N("%d-%07d" % (r.randint(2024, 2025), r.randint(0, 9999999)), "receipt_number"), "   접수일 ",
          N(ev_date(r, 2025, 2025)[1], "event_date"), "   처리기간 ", str(r.choice([3, 7, 14])), "일\n")


def t_form_child(d, r):
    parent, child, _ = distinct_names(r, 3)
    form_head(d, r, "아동수당 지급 신청서")
    e_rrn, dt = RRN(r, "rrn_valid")
    c_rrn, cdt = RRN(r, "rrn_post2020")
    d.add("신청인(보호자)\n성명 ", P(parent), "   주민등록번호 ", e_rrn, "\n주소 ", ADDR(r), "\n")
    d.add("전화번호(휴대전화) ", PH(mobile_fmt(r)), "   전자우편 ", EM(email_for(r, parent)), "\n")
    d.add("아동\n성명 ", P(child), "   주민등록번호 ", c_rrn, "   관계 ", r.choice(["자", "녀"]), "\n")
    bank, acc = ACC(r)
    d.add("수급 계좌\n금융기관명 ", bank, "   계좌번호 ", acc, "   예금주 ", P(parent), "\n\n")
    d.add("위와 같이 아동수당 지급을 신청합니다.\n", N(ev_date(r, 2025, 2025)[1], "event_date"), "\n신청인 ", P(parent), " (서명 또는 인)\n",
          N(r.choice(["마포구청장", "수원시장", "해운대구청장", "순천시장"]), "office_title"), " 귀하\n")
    return "신청서", None


def t_form_welfare(d, r):
    app, fam1, fam2 = distinct_names(r, 3)
    form_head(d, r, r.choice(["사회보장급여 신청(변경)서", "긴급지원 신청서", "기초연금 지급 신청서"]))
    e_rrn, dt = RRN(r, r.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))
    d.add("①신청인 성명 ", P(app), "  ②주민등록번호 ", e_rrn, "\n③주소 ", ADDR(r), "\n④전화번호 ")
    if r.random() < 0.5:
        d.add("(집) ", PH(landline(r), "landline"), "  (휴대전화) ", PH(mobile_fmt(r)), "\n")
    else:
        d.add(PH(mobile_fmt(r)), "\n")
    d.add("⑤가구원 현황\n")
    rows = []
    for n, rel in ((fam1, "배우자"), (fam2, r.choice(["자녀", "부", "모"]))):
        er, edt = RRN(r, r.choice(["rrn_valid", "rrn_masked", "rrn_valid"]))
        rows.append([rel, P(n), er, r.choice(["동거", "비동거"])])
    table(d, r, ["관계", "성명", "주민등록번호", "동거여부"], rows)
    bank, acc = ACC(r)
    d.add("⑥급여 수령 계좌: ", bank, " ", acc, " (예금주 ", P(app), ")\n")
    if r.random() < 0.4:
        d.add("⑦건강보험증 번호: ", E("KR_HEALTH_INSURANCE", health_no(r), "health_no"), "\n")
    d.add("\n", N(ev_date(r, 2025, 2025)[1], "event_date"), "   신청인 ", P(app), " (서명)\n")
    return "신청서", None


def t_form_passport(d, r):
    app = kr_name(r)
    form_head(d, r, "여권 발급 신청서")
    e_rrn, dt = RRN(r, "rrn_valid")
    sn, gn = split_name(app)
    latin = SURNAME_ROM.get(sn, romanize(sn)).upper() + " " + romanize(gn).upper()
    d.add("여권종류 ", r.choice(["복수여권", "단수여권"]), "   기간 ", r.choice(["10년", "5년"]), "\n")
    d.add("한글성명 ", P(app), "\n로마자성명 ", P(latin, "latin_name"), "\n주민등록번호 ", e_rrn, "\n")
    d.add("본인 연락처 ", PH(mobile_fmt(r)), "\n전자우편 ", EM(email_for(r, app)), "\n")
    if r.random() < 0.7:
        d.add("기존 여권번호 ", PASS_KR(r), "  (", r.choice(["분실", "유효기간 만료", "훼손"]), ")\n")
    emer = kr_name(r)
    while emer == app:
        emer = kr_name(r)
    d.add("긴급연락처  성명 ", P(emer), "  관계 ", r.choice(["배우자", "부", "모", "형제"]), "  전화번호 ", PH(mobile_fmt(r)), "\n")
    d.add("수수료 ", N(won(r, 53000, 53000), "amount"), "\n위와 같이 여권 발급을 신청합니다.\n신청인 ", P(app), " (서명)\n",
          N("외교부장관", "office_title"), " 귀하\n")
    return "신청서", None


def t_form_driver(d, r):
    app = kr_name(r)
    form_head(d, r, r.choice(["운전면허증 재발급 신청서", "국제운전면허증 발급 신청서", "운전면허 적성검사 신청서"]))
    e_rrn, dt = RRN(r, "rrn_valid")
    d.add("성명 ", P(app), "   주민등록번호 ", e_rrn, "\n주소 ", ADDR(r), "\n휴대전화 ", PH(mobile_fmt(r)), "\n")
    d.add("면허번호 ", DL(r), "   면허종별 ", r.choice(["1종 보통", "2종 보통", "1종 대형", "2종 소형"]), "\n")
    d.add("재발급 사유 ", r.choice(["분실", "훼손", "기재사항 변경", "영문 면허증 발급"]), "\n")
    if r.random() < 0.3:
        d.add("여권번호(국제면허) ", PASS_KR(r), "\n")
    d.add("\n", N(ev_date(r, 2025, 2025)[1], "event_date"), "  신청인 ", P(app), " (서명 또는 인)\n", N(r.choice(["서울특별시경찰청장", "경기남부경찰청장", "도로교통공단 이사장"]), "office_title"), " 귀하\n")
    return "신청서", None


def t_form_refund(d, r):
    app = kr_name(r)
    d.add(r.choice(["수수료 환불 신청서", "카드 결제 취소·환불 요청서", "과오납금 환급 청구서"]), "\n\n")
    d.add("신청인 성명: ", P(app), "\n생년월일: ", DOB(r, rand_date(r, 1950, 2004)), "\n연락처: ", PH(mobile_fmt(r)), "\n")
    if r.random() < 0.5:
        d.add("이메일: ", EM(email_for(r, app)), "\n")
    brand, c = CARD(r)
    d.add("결제 카드번호: ", c, "  (", r.choice(["신용", "체크"]), ")\n승인번호: ", N("%08d" % r.randint(0, 99999999), "approval_number"),
          "   결제일: ", N(ev_date(r, 2025, 2025)[1], "event_date"), "   결제금액: ", N(won(r, 3000, 90000, 10), "amount"), "\n")
    if r.random() < 0.6:
        bank, acc = ACC(r)
        d.add("환불 계좌: ", bank, " ", acc, " (예금주: ", P(app), ")\n")
    d.add("사유: ", r.choice(["중복 결제", "민원 신청 취소", "서비스 미제공"]), "\n\n위 내용이 사실과 다름없음을 확인합니다.  신청인 ", P(app), " (인)\n")
    return "신청서", None


def t_form_consent(d, r):
    app = kr_name(r)
    filled = r.random() < 0.8
    d.add("개인정보 수집·이용 동의서\n\n1. 수집·이용 목적: ", r.choice(["교육 신청 접수 및 수료증 발급", "보조금 지급", "행사 참가자 관리"]),
          "\n2. 수집 항목: 성명, 생년월일, 연락처, 전자우편, 계좌번호\n3. 보유 기간: ", r.choice(["3년", "5년", "목적 달성 후 즉시 파기"]),
          "\n4. 동의를 거부할 권리가 있으며, 거부 시 ", r.choice(["지원이 제한될 수 있습니다", "참가가 제한됩니다"]), ".\n※ 근거: ",
          N("「개인정보 보호법」 제15조 제1항 제1호", "statute"), "\n\n□ 동의함  □ 동의하지 않음\n\n")
    if filled:
        d.add("성명: ", P(app), "   생년월일: ", DOB(r, rand_date(r, 1950, 2006)), "\n연락처: ", PH(mobile_fmt(r)), "\n")
        if r.random() < 0.6:
            d.add("전자우편: ", EM(email_for(r, app)), "\n")
        if r.random() < 0.5:
            bank, acc = ACC(r)
            d.add("계좌: ", bank, " ", acc, "\n")
        d.add(N(ev_date(r, 2025, 2025)[1], "event_date"), "   ", P(app), " (서명)\n")
    else:
        d.add("성명: ____________ (예: ", N("홍길동", "placeholder_name"), ")   생년월일: ____________\n연락처: ____________\n",
              "작성일: 20  .   .   .    (서명)\n")
    return "동의서", None


def t_certificate(d, r):
    kind = r.randint(0, 2)
    person = kr_name(r)
    ins = r.choice(INST[4:9])
    cno = "%04d-%04d-%04d-%04d" % tuple(r.randint(0, 9999) for _ in range(4))
    if kind == 0:
        d.add("주민등록표 ", r.choice(["초본", "등본"]), "\n", N("문서확인번호 " + cno, "document_confirm_number"), "\n\n")
        e_rrn, dt = RRN(r, r.choice(["rrn_valid", "rrn_masked"]))
        d.add("성명 ", P(person), "   주민등록번호 ", e_rrn, "\n")
        d.add("번호  주소  전입일/변동일  변동사유\n")
        for i in range(r.randint(2, 3)):
            d.add(str(i + 1), "  ", ADDR(r, with_postal=False), "  ", N(ev_date(r, 1995, 2024)[1], "event_date"), "  전입\n")
        if r.random() < 0.5:
            fam = kr_name(r)
            if fam != person:
                er, _ = RRN(r, r.choice(["rrn_valid", "rrn_masked", "rrn_post2020"]))
                d.add("세대원  ", P(fam), "  ", er, "  ", r.choice(["배우자", "자녀"]), "\n")
        d.add("\n위 초본은 주민등록표의 원본내용과 틀림없음을 증명합니다.\n", N(ev_date(r, 2025, 2025)[1], "event_date"), "\n", N(ins["head"], "office_title"), "\n")
    elif kind == 1:
        comp = r.choice(COMPANIES)
        ceo = kr_name(r)
        d.add("재 직 증 명 서\n\n발급번호: ", N("제%d-%04d호" % (2025, r.randint(1, 9999)), "doc_number"), "\n")
        e_rrn, dt = RRN(r, r.choice(["rrn_valid", "rrn_masked", "rrn_masked"]))
        d.add("성      명: ", P(person), "\n주민등록번호: ", e_rrn, "\n주      소: ", ADDR(r), "\n")
        d.add("회  사  명: ", N(comp, "company_name"), "\n사업자등록번호: ", E("KR_BRN", brn(r), "brn"), "\n")
        if r.random() < 0.5:
            d.add("법인등록번호: ", E("KR_CRN", crn(r), "crn"), "\n")
        d.add("재직기간: ", N("%d. %d. %d. ~ 현재" % (r.randint(2010, 2024), r.randint(1, 12), r.randint(1, 28)), "event_date"), "\n")
        d.add("용      도: ", r.choice(["금융기관 제출용", "관공서 제출용"]), "\n\n위 사람은 당사에 재직 중임을 증명합니다.\n\n", N(comp, "company_name"),
              "  대표이사 ", P(ceo), " (직인)\n")
        d.add("회사 주소: ", ADDR(r), "  전화 ", PH(landline(r), "business"), "\n")
    else:
        d.add("운전경력증명서\n", N("발급번호 %s" % cno, "document_confirm_number"), "\n\n")
        e_rrn, dt = RRN(r, "rrn_masked" if r.random() < 0.4 else "rrn_valid")
        d.add("성명 ", P(person), "  주민등록번호 ", e_rrn, "\n면허번호 ", DL(r), "  ")
        d.add("최초취득일 ", N(ev_date(r, 1990, 2020)[1], "event_date"), "\n")
        d.add("주소 ", ADDR(r, with_postal=False), "\n")
        d.add("법규위반 내역: ", r.choice(["없음", "신호위반 1회", "속도위반 2회"]), "\n교통사고 내역: 없음\n\n",
              N(r.choice(["서울특별시경찰청장", "경기북부경찰청장", "부산광역시경찰청장"]), "office_title"), "\n")
    return "증명서", None


# ---------------------------------------------------------------------------
# 표 / CSV
# ---------------------------------------------------------------------------


def t_roster(d, r):
    kind = r.randint(0, 7)
    k = r.randint(3, 7)
    names = distinct_names(r, k)
    hdr = r.random() < 0.7
    if kind == 7:
        d.add(r.choice(["협력업체 등록 현황", "2025년 계약업체 목록", "보조사업자 현황"]), "\n")
        rows = []
        comps = r.sample(COMPANIES, min(k, len(COMPANIES)))
        for c, n in zip(comps, names):
            rows.append([N(c, "company_name"), P(n), E("KR_BRN", brn(r), "brn"), E("KR_CRN", crn(r), "crn") if r.random() < 0.85 else "-",
                         PH(landline(r), "business")])
        table(d, r, ["업체명", "대표자", "사업자등록번호", "법인등록번호", "전화"] if hdr else None, rows)
        return "표", None
    if kind == 0:
        d.add(r.choice(["2025년 상반기 개인정보보호 교육 수료자 명단", "청년 창업 아카데미 참가자 명단", "자원봉사자 명단"]), "\n")
        rows = [[str(i + 1), P(n), r.choice(["마포구", "수원시", "(주)한빛엔지니어링", "개인", "대학생"]) if r.random() < 0.9 else "-",
                 PH(mobile_fmt(r)), EM(email_for(r, n))] for i, n in enumerate(names)]
        for row in rows:
            if row[2] in COMPANIES:
                row[2] = N(row[2], "company_name")
        table(d, r, ["연번", "성명", "소속", "연락처", "이메일"] if hdr else None, rows)
    elif kind == 1:
        d.add("지원금 지급 대상자 명단 (", N(ev_date(r, 2025, 2025)[1], "event_date"), " 기준)\n")
        rows = []
        for i, n in enumerate(names):
            bank, acc = ACC(r)
            rows.append([str(i + 1), P(n), DOB(r, rand_date(r, 1940, 2005), r.choice(["dot0", "iso", "yymmdd", "yy_dot"])), bank, acc,
                         N(won(r, 100000, 900000, 10000), "amount")])
        table(d, r, ["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"] if hdr else None, rows)
    elif kind == 2:
        d.add("외국인 근로자 고용 현황\n")
        rows = []
        fs = r.sample(FOREIGN, k)
        for i, f in enumerate(fs):
            nm = P(f[0], "foreign_latin") if r.random() < 0.7 else P(f[1], "foreign_hangul")
            rows.append([str(i + 1), nm, f[2], FRN(r)[0], PASS_F(r, f[4]), r.choice(["E-9", "H-2", "E-7", "F-4"])])
        table(d, r, ["번호", "성명", "국적", "외국인등록번호", "여권번호", "체류자격"] if hdr else None, rows)
    elif kind == 3:
        d.add("공용차량 운전원 및 면허 현황\n")
        rows = [[P(n), r.choice(["운전주사", "공무직", "기간제"]), DL(r), r.choice(["1종 대형", "1종 보통"]), PH(mobile_fmt(r))] for n in names]
        table(d, r, ["성명", "직종", "운전면허번호", "종별", "연락처"] if hdr else None, rows)
    elif kind == 4:
        d.add("청사 정기주차 등록 차량 목록\n")
        rows = [[P(n), r.choice(["민원여권과", "복지정책과", "교통과", "입주업체"]), PLATE(r), PH(mobile_fmt(r))] for n in names]
        table(d, r, ["성명", "소속", "차량번호", "연락처"] if hdr else None, rows)
    elif kind == 5:
        d.add("비상연락망 (", r.choice(["재난안전상황실", "선거관리 지원반", "동절기 제설 대책반"]), ")\n")
        rows = [[r.choice(["반장", "총괄", "상황요원", "지원요원"]), P(n), PH(mobile_fmt(r)), ADDR(r, with_postal=False, with_tail=False)] for n in names]
        table(d, r, ["직위", "성명", "휴대전화", "자택 주소"] if hdr else None, rows)
    else:
        d.add("행사 참가비 카드 환불 대상자\n")
        rows = []
        for i, n in enumerate(names):
            brand, c = CARD(r)
            rows.append([str(i + 1), P(n), c, N("%08d" % r.randint(0, 99999999), "approval_number"), N(won(r, 10000, 50000, 1000), "amount")])
        table(d, r, ["순번", "성명", "카드번호", "승인번호", "환불액"] if hdr else None, rows)
    if r.random() < 0.3:
        d.add("※ 작성: ", N(r.choice(["복지정책과", "총무과", "민원여권과"]), "office_title"), "  문의 ", N(r.choice(INST)["rep"], "institution_phone"), "(대표)\n")
    return "표", None


def csv_cell(x):
    v = plain(x)
    if "," in v or '"' in v:
        return ['"', x, '"']
    return [x]


def t_csv(d, r):
    kind = r.randint(0, 3)
    k = r.randint(3, 7)
    names = distinct_names(r, k)
    d.add(r.choice(["# export: ", "-- 추출일시 ", "# 다운로드 "]), N("%d-%02d-%02d %02d:%02d" % (2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)), "event_date"), "\n")
    if kind == 0:
        cols = ["no", "name", "rrn", "mobile", "email", "addr"]
        d.add(",".join(cols), "\n")
        for i, n in enumerate(names):
            er, _ = RRN(r, r.choice(["rrn_valid", "rrn_valid", "rrn_valid", "rrn_masked"]))
            a, post, tail, ak = address(r)
            cells = [str(i + 1), P(n), er, PH(mobile_fmt(r)), EM(email_for(r, n)), AD(a, ak)]
            for j, c in enumerate(cells):
                d.add(csv_cell(c))
                d.add("," if j < len(cells) - 1 else "\n")
    elif kind == 1:
        d.add("회원번호,성명,생년월일,카드번호,은행,계좌번호,가입일\n")
        for i, n in enumerate(names):
            brand, c = CARD(r, r.choice(["dash", "plain"]))
            bank, acc = ACC(r)
            cells = [N("M%07d" % r.randint(0, 9999999), "member_id"), P(n), DOB(r, rand_date(r, 1955, 2005), "iso"), c, bank, acc,
                     N(ev_date(r, 2020, 2025)[0].isoformat(), "event_date")]
            for j, c in enumerate(cells):
                d.add(csv_cell(c))
                d.add("," if j < len(cells) - 1 else "\n")
    elif kind == 2:
        d.add("reg_no,name_en,name_ko,nationality,arc_no,passport_no,phone\n")
        fs = r.sample(FOREIGN, k)
        for i, f in enumerate(fs):
            cells = [N("2025-%05d" % r.randint(0, 99999), "management_number"), P(f[0], "foreign_latin"), P(f[1], "foreign_hangul"), f[3],
                     FRN(r, "frn_valid")[0], PASS_F(r, f[4]), PH(mobile_fmt(r))]
            for j, c in enumerate(cells):
                d.add(csv_cell(c))
                d.add("," if j < len(cells) - 1 else "\n")
    else:
        d.add("성명\t면허번호\t차량번호\t휴대전화\t주민등록번호\n")
        for n in names:
            er, _ = RRN(r, r.choice(["rrn_valid", "rrn_masked"]))
            d.add(P(n)); d.raw("\t"); d.add(DL(r)); d.raw("\t"); d.add(PLATE(r)); d.raw("\t"); d.add(PH(mobile_fmt(r))); d.raw("\t"); d.add(er); d.raw("\n")
    return "CSV", None


# ---------------------------------------------------------------------------
# 시스템 로그
# ---------------------------------------------------------------------------


def ts(r):
    return "2025-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def t_syslog(d, r):
    k = r.randint(4, 8)
    names = distinct_names(r, 3)
    app = r.choice(["minwon-portal", "welfare-api", "pay-gw", "hikorea-front", "edu-lms"])
    for i in range(k):
        t = ts(r)
        kind = r.randint(0, 6)
        d.add(N(t, "event_date"), " ")
        if kind == 0:
            d.add("INFO  [auth] login success user=", N("u%05d" % r.randint(0, 99999), "user_id"), " ip=", E("IP_ADDRESS", ipv4(r), "ipv4"), "\n")
        elif kind == 1:
            d.add("WARN  [auth] login failed user=", N("u%05d" % r.randint(0, 99999), "user_id"), " ip=", (E("IP_ADDRESS", ipv4(r), "ipv4") if r.random() < 0.85 else E("IP_ADDRESS", ipv6(r), "ipv6")),
                  " reason=bad_password count=", str(r.randint(1, 5)), "\n")
        elif kind == 2:
            brand, c = CARD(r, "plain")
            d.add("ERROR [", app, "] PaymentException: card_no=", c, " amount=", N(str(r.randint(1, 99) * 1000), "amount"), " approval=",
                  N("%08d" % r.randint(0, 99999999), "approval_number"), "\n")
        elif kind == 3:
            n = r.choice(names)
            d.add("DEBUG [", app, "] request body={\"name\":\"", P(n), "\",\"phone\":\"", PH(mobile(r, r.choice(["", "-"]))), "\",\"email\":\"",
                  EM(email_for(r, n)), "\"}\n")
        elif kind == 4:
            d.add("INFO  [", app, "] client=", N("Windows 10.0.19045.%d" % r.randint(1000, 5000), "version_number"), " agent=Chrome/",
                  N("124.0.%d.%d" % (r.randint(1000, 6999), r.randint(10, 200)), "version_number"), "\n")
        elif kind == 5:
            er, _ = RRN(r, r.choice(["rrn_valid", "rrn_valid", "rrn_post2020"]))
            d.add("ERROR [", app, "] validation failed field=jumin value=", er, " msg=\"", r.choice(["check digit mismatch", "duplicate", "invalid format"]), "\"\n")
        else:
            bank, acc = ACC(r)
            d.add("INFO  [batch] transfer queued bank=", bank, " acct=", E("KR_BANK_ACCOUNT", acc.value.replace("-", "").replace(" ", ""), acc.kind),
                  " holder=", P(r.choice(names)), " ref=", N("TRX%010d" % r.randint(0, 9999999999), "transaction_id"), "\n")
    return "시스템 로그", None


# ---------------------------------------------------------------------------
# 상담 녹취
# ---------------------------------------------------------------------------


def spoken_digits(s):
    return to_hangul_digits(s, " ").replace("  ", " ").strip()


def t_callcenter(d, r):
    agent, cust = distinct_names(r, 2)
    topic = r.choice([0, 0, 0, 1, 2, 3])
    d.add("[상담 녹취록] 상담번호 ", N("C%d%08d" % (2025, r.randint(0, 99999999)), "management_number"), "  상담일시 ", N(ts(r), "event_date"), "\n")
    d.add("상담사: 안녕하세요, ", r.choice(["○○카드 고객센터", "국민연금 상담센터", "정부24 민원 상담", "구청 민원 콜센터"]), " 상담사 ", P(agent), "입니다.\n")
    d.add("고객: 네, 안녕하세요. ", r.choice(["카드 결제가 두 번 됐어요.", "주소 변경하려고요.", "환급금 계좌를 바꾸고 싶어요.", "본인인증이 안 돼서요."]), "\n")
    d.add("상담사: 본인 확인을 위해 성함과 생년월일을 말씀해 주시겠어요?\n")
    dt = rand_date(r, 1950, 2004)
    d.add("고객: ", P(cust), "이고요, ", DOB(r, dt, r.choice(["kor", "kor", "yymmdd"])), "생이에요.\n")
    if topic == 0:
        brand, num = card(r)
        spoken = r.random() < 0.4
        d.add("상담사: 결제하신 카드번호 16자리 불러주시겠어요?\n고객: ")
        if spoken and len(num) == 16:
            d.add(E("CREDIT_CARD", " ".join(spoken_digits(num[i:i + 4]).replace(" ", "") for i in range(0, 16, 4)), "card_spoken", noise=False))
        else:
            d.add(E("CREDIT_CARD", card_fmt(r, num, "space"), "card_" + brand))
        d.add(" 이요.\n상담사: 확인되었습니다. ", N(ev_date(r, 2025, 2025)[1], "event_date"), " ", N(won(r, 5000, 300000, 10), "amount"),
              " 건 중복 승인되어 취소 처리해 드리겠습니다.\n")
    elif topic == 1:
        a, post, tail, ak = address(r, "road")
        d.add("상담사: 변경하실 주소 말씀해 주세요.\n고객: ", AD(a, ak), "요.\n")
        er = E("KR_RRN", rrn_pre(r, dt=dt)[0], "rrn_valid")
        d.add("상담사: 주민등록번호 뒷자리까지 확인하겠습니다.\n고객: ", er, "입니다.\n")
    elif topic == 2:
        bank, acc = ACC(r)
        d.add("상담사: 새로 등록하실 계좌 알려주세요.\n고객: ", bank, " ")
        if r.random() < 0.4:
            d.add(E("KR_BANK_ACCOUNT", spoken_digits(plain(acc).replace("-", " ")), "acct_spoken", noise=False))
        else:
            d.add(acc)
        d.add("이요. 예금주는 저 ", P(cust), "이고요.\n")
    else:
        d.add("상담사: 가입하신 이메일 주소가 어떻게 되세요?\n고객: ")
        em = email_for(r, cust)
        loc, dom = em.split("@")
        d.add(E("EMAIL_ADDRESS", loc + " " + r.choice(["골뱅이", "at"]) + " " + dom.replace(".", " " + r.choice(["닷", "점"]) + " "), "email_spoken", noise=False), "이요.\n")
    d.add("상담사: 연락 가능한 번호도 확인 부탁드립니다.\n고객: ")
    m = mobile(r)
    if r.random() < 0.5:
        d.add(E("PHONE_NUMBER", spoken_digits(m), "mobile_spoken", noise=False))
    else:
        d.add(PH(m))
    d.add(" 이요.\n상담사: 처리 결과는 문자로 안내드리겠습니다. 추가 문의는 ", N(rep_phone(r), "institution_phone"), "으로 연락 주세요. 상담사 ", P(agent), "이었습니다.\n")
    return "상담 녹취", None


# ---------------------------------------------------------------------------
# 판결문
# ---------------------------------------------------------------------------


def t_judgment(d, r):
    masked = r.random() < 0.4
    court = r.choice(["서울중앙지방법원", "수원지방법원", "부산지방법원", "대전지방법원", "서울행정법원"])
    caseno = "%d%s%d" % (r.randint(2022, 2025), r.choice(["가단", "가합", "구합", "고단", "나"]), r.randint(1000, 99999))
    p1, p2, lawyer, judge1, judge2, judge3 = distinct_names(r, 6)
    d.add(court, "\n판    결\n\n사    건  ", N(caseno, "case_number"), " ", r.choice(["손해배상(자)", "부당이득금", "운전면허취소처분취소", "대여금"]), "\n")
    if masked:
        d.add("원    고  ", N(p1[0] + "○○", "masked_name"), "\n          ", N(r.choice(["서울 ○○구 ○○로 ○○", "주소 생략"]), "masked_address"), "\n")
        d.add("피    고  ", N(r.choice(["B", "을", p2[0] + "**"]), "masked_name"), "\n")
        d.add("원고 소송대리인 변호사 ", P(lawyer), "\n")
    else:
        d.add("원    고  ", P(p1), " (", RRN(r, "rrn_valid")[0], ")\n          ", ADDR(r, with_postal=False), "\n")
        d.add("피    고  ", P(p2), "\n          ", ADDR(r, with_postal=False), "\n")
        d.add("원고 소송대리인 변호사 ", P(lawyer), "\n")
    da, db = sorted([ev_date(r, 2024, 2025), ev_date(r, 2024, 2025)])
    d.add("변 론 종 결  ", N(da[1], "event_date"), "\n판 결 선 고  ", N(db[1], "event_date"), "\n\n주    문\n")
    d.add("1. 피고는 원고에게 ", N(won(r, 1000000, 90000000, 1000), "amount"), " 및 이에 대하여 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n")
    d.add("이    유\n1. 기초사실\n")
    if masked:
        d.add("가. 피고는 ", N(ev_date(r, 2022, 2024)[1], "event_date"), " 피고 소유의 ", N("○○가 ○○○○", "masked_plate"), " 차량을 운전하던 중 원고를 충격하였다.\n")
    else:
        d.add("가. 피고는 ", N(ev_date(r, 2022, 2024)[1], "event_date"), " 피고 소유의 ", PLATE(r), " 차량(운전면허번호 ", DL(r), ")을 운전하던 중 ",
              "원고 ", P(p1), "을 충격하였다.\n")
        if r.random() < 0.5:
            bank, acc = ACC(r)
            d.add("나. 원고는 사고 직후 피고에게 치료비 명목으로 ", bank, " 계좌(", acc, ")로 ", N(won(r, 100000, 3000000, 1000), "amount"), "을 송금하였다.\n")
    d.add("[인정 근거] 다툼 없는 사실, 갑 제1 내지 5호증의 각 기재, 변론 전체의 취지\n2. 판단\n")
    d.add(N("「민법」 제750조", "statute"), ", ", N("「자동차손해배상 보장법」 제3조", "statute"), "에 따라 피고는 원고가 입은 손해를 배상할 책임이 있다(",
          N("대법원 %d. %d. %d. 선고 %d다%d 판결" % ((yy := r.randint(2005, 2020)), r.randint(1, 12), r.randint(1, 28), yy - r.randint(1, 2), r.randint(1000, 99999)), "case_number"), " 참조).\n\n")
    d.add("판사  ", P(judge1), "\n" if r.random() < 0.6 else "   ")
    if r.random() < 0.4:
        d.add("판사  ", P(judge2), "   판사  ", P(judge3), "\n")
    else:
        d.add("\n")
    return "판결문", None


# ---------------------------------------------------------------------------
# OCR: 신분증 / 여권 / 스캔 서식
# ---------------------------------------------------------------------------


def t_ocr_idcard(d, r):
    kind = r.choice(["rrc", "dl", "dl", "arc", "arc", "passport", "passport_f"])
    if kind == "rrc":
        n = kr_name(r)
        er, dt = RRN(r, "rrn_valid")
        d.add("주민등록증\n", P(n), "\n", er, "\n", ADDR(r, r.choice(["road", "jibun"]), with_postal=False), "\n",
              N(ev_date(r, 2010, 2024)[1], "event_date"), "\n", N(r.choice(["서울특별시 마포구청장", "수원시 팔달구청장", "부산광역시 해운대구청장", "순천시장"]), "office_title"), "\n")
        base = "주민등록증"
    elif kind == "dl":
        n = kr_name(r)
        er, dt = RRN(r, "rrn_valid" if r.random() < 0.7 else "rrn_masked")
        d.add("자동차운전면허증\nDriver's License\n", r.choice(["1종보통", "2종보통", "1종대형"]), "\n", DL(r), "\n", P(n), "\n", er, "\n",
              ADDR(r, with_postal=False, with_tail=False), "\n적성검사기간 ", N("%d.01.01~%d.12.31" % ((y := r.randint(2026, 2034)), y), "event_date"), "\n조건 ",
              r.choice(["A", "B", "-"]), "\n", N(ev_date(r, 2015, 2024)[1], "event_date"), "\n", N(r.choice(["서울특별시경찰청장", "경기남부경찰청장", "전라남도경찰청장"]), "office_title"),
              "\n", N("%s%s%s%s%s%s" % tuple(r.choice("ABCDEFGH0123456789") for _ in range(6)), "serial_code"), "\n")
        base = "운전면허증"
    elif kind == "arc":
        f = r.choice(FOREIGN)
        ef, dt = FRN(r)
        d.add("외국인등록증\nRESIDENCE CARD\n외국인등록번호 ", ef, "\n성명 ", P(f[0], "foreign_latin"), "\n국가/지역 ", f[3], "\n체류자격 ",
              r.choice(["E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "H-2(방문취업)", "E-7(특정활동)"]), "\n발급일자 ", N(ev_date(r, 2019, 2025)[1], "event_date"),
              "\n", N(r.choice(["서울출입국·외국인청장", "수원출입국·외국인청장", "부산출입국·외국인청장"]), "office_title"), "\n")
        if r.random() < 0.4:
            d.add("(뒷면) 체류지 ", ADDR(r, with_postal=False, with_tail=False), "  신고일 ", N(ev_date(r, 2020, 2025)[1], "event_date"), "\n")
        base = "외국인등록증"
    elif kind == "passport":
        n = kr_name(r)
        sn, gn = split_name(n)
        dt = rand_date(r, 1950, 2010)
        mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        d.add("대한민국 REPUBLIC OF KOREA\n여권 PASSPORT\n종류/Type PM   발행국/Issuing country KOR   여권번호/Passport No. ", PASS_KR(r), "\n")
        d.add("성명/Name ", P(SURNAME_ROM.get(sn, romanize(sn)).upper() + " " + romanize(gn).upper(), "latin_name"), "\n한글성명 ", P(n), "\n")
        d.add("생년월일/Date of birth ", E("DATE_OF_BIRTH", "%02d %s %d" % (dt.day, mon[dt.month - 1], dt.year), "dob_passport"), "\n성별/Sex ",
              r.choice("MF"), "\n발급일/Date of issue ", N("%02d %s %d" % (r.randint(1, 28), r.choice(mon), r.randint(2016, 2025)), "event_date"),
              "\n발행관청/Authority MINISTRY OF FOREIGN AFFAIRS\n")
        base = "여권"
    else:
        f = r.choice(FOREIGN)
        dt = rand_date(r, 1965, 2004)
        d.add("PASSPORT\nType P   Country ", f[4], "   Passport No. ", PASS_F(r, f[4]), "\nName ", P(f[0], "foreign_latin"), "\nNationality ", f[3],
              "\nDate of birth ", E("DATE_OF_BIRTH", dt.strftime("%d/%m/%Y"), "dob_passport"), "\nDate of expiry ",
              N("%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2026, 2035)), "event_date"), "\n")
        base = "여권(외국)"
    return "OCR", base


def t_ocr_form(d, r):
    fn = r.choice([t_form_welfare, t_form_driver, t_form_child, t_minwon_reply, t_form_refund, t_foreign_extension, t_roster])
    g, _ = fn(d, r)
    return "OCR", g


# ---------------------------------------------------------------------------
# 외국인 민원
# ---------------------------------------------------------------------------


def t_foreign_extension(d, r):
    f = r.choice(FOREIGN)
    ins = INST[11] if r.random() < 0.6 else INST[3]
    off = kr_name(r)
    d.add(r.choice(["체류기간 연장허가 신청서", "외국인등록 사항 변경신고서", "체류자격 변경허가 결과 통지"]), "\n\n")
    d.add("성명(영문) ", P(f[0], "foreign_latin"))
    if r.random() < 0.6:
        d.add("  (한글 ", P(f[1], "foreign_hangul"), ")")
    dt = rand_date(r, 1965, 2004)
    d.add("\n국적 ", f[2], "   생년월일 ", DOB(r, dt, r.choice(["dot_space", "iso", "dot0"])), "\n")
    if r.random() < 0.88:
        ef = E("KR_FRN", frn(r, dt=dt)[0], "frn_valid")
    else:
        ef = E("KR_FRN", frn(r, dt=dt)[0][:8] + r.choice(["*" * 6, "●" * 6]), "frn_masked")
    d.add("외국인등록번호 ", ef, "\n여권번호 ", PASS_F(r, f[4]), "   여권 유효기간 ", N(ev_date(r, 2026, 2034)[1], "event_date"), "\n")
    d.add("대한민국 내 주소 ", ADDR(r), "\n전화 ", PH(mobile_fmt(r) if r.random() < 0.8 else "+82-10-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999)), "mobile"), "\n")
    if r.random() < 0.5:
        d.add("전자우편 ", EM(email_latin(r, f[0])), "\n")
    if r.random() < 0.5:
        emp = r.choice(COMPANIES)
        boss = kr_name(r)
        d.add("근무처 ", N(emp, "company_name"), "  사업자등록번호 ", E("KR_BRN", brn(r), "brn"), "  대표자 ", P(boss), "  전화 ", PH(landline(r), "business"), "\n")
    if r.random() < 0.4:
        sp = r.choice(FOREIGN)
        if sp[0] != f[0]:
            d.add("동반 가족  ", P(sp[0], "foreign_latin"), "  외국인등록번호 ", FRN(r)[0], "\n")
    d.add("\n처리 결과: ", r.choice(["허가", "허가", "보완 요청"]), "  허가기간 ", N("%s ~ %s" % (ev_date(r, 2025, 2025)[1], ev_date(r, 2026, 2027)[1]), "event_date"), "\n")
    d.add("담당: ", r.choice(ins["depts"]), " ", P(off), " (", PH(direct_line(r, ins), "official_direct"), ")  외국인종합안내센터 ", N("1345", "institution_short_code"), "\n")
    d.add(N(ins["head"], "office_title"), "\n")
    return "외국인 민원", None


def t_foreign_prose(d, r):
    f = r.choice(FOREIGN)
    g = r.choice([x for x in FOREIGN if x[2] == f[2] and x != f] or [x for x in FOREIGN if x != f])
    off = kr_name(r)
    ins = r.choice(INST[4:9])
    d.add("[다문화가족 지원 상담 기록]\n\n")
    d.add(N(ev_date(r, 2025, 2025)[1], "event_date"), " ", f[2], " 국적의 ", P(f[1], "foreign_hangul"), "(", P(title_latin(f[0]) if r.random() < 0.5 else f[0], "foreign_latin"),
          ", ", str(r.randint(22, 50)), ")씨가 남편 ", P(kr_name(r, "M")), "씨와 함께 센터를 방문함.\n")
    ef, _ = FRN(r)
    d.add("외국인등록번호 ", ef, ", 여권번호 ", PASS_F(r, f[4]), " 확인. 체류기간 만료(", N(ev_date(r, 2025, 2026)[1], "event_date"), ") 예정으로 연장 신청 안내.\n")
    lang = {"베트남": "베트남어", "중국": "중국어", "필리핀": "따갈로그어", "태국": "태국어", "우즈베키스탄": "우즈베크어", "몽골": "몽골어",
            "인도네시아": "인도네시아어", "네팔": "네팔어", "미국": "영어", "일본": "일본어", "방글라데시": "벵골어", "러시아": "러시아어"}[f[2]]
    d.add("연락처는 본인 휴대폰 ", PH(mobile_fmt(r)), ", 통역 필요 시 ", lang, " 통역사 ", P(g[1], "foreign_hangul"),
          "(", PH(mobile_fmt(r)), ")에게 연락.\n")
    if r.random() < 0.5:
        bank, acc = ACC(r)
        d.add("정착지원금 입금 계좌: ", bank, " ", acc, "(예금주 본인)\n")
    d.add("상담자: ", P(off), " (", N(r.choice(["다문화가족지원센터", "외국인주민지원팀"]), "office_title"), ")\n")
    return "외국인 민원", None


# ---------------------------------------------------------------------------
# 이메일
# ---------------------------------------------------------------------------


def t_email(d, r):
    ins = inst_pick(r, True)
    cit, off = distinct_names(r, 2)
    em = email_for(r, cit)
    d.add("보낸 사람: ", P(cit), " <", EM(em), ">\n받는 사람: ", r.choice(["민원담당", "고객지원", "담당자"]), " <", N(ins["box"], "institution_email"), ">\n")
    if r.random() < 0.4:
        d.add("참조: ", P(off), " <", EM(off_email(r, off, ins), "official_email"), ">\n")
    d.add("날짜: ", N(ev_date(r, 2025, 2025)[1], "event_date"), " 오후 ", str(r.randint(1, 11)), ":", "%02d" % r.randint(0, 59), "\n제목: ",
          r.choice(["서류 보완 제출합니다", "환급 계좌 변경 요청", "신청 결과 문의드립니다", "주소 변경 관련"]), "\n\n")
    d.add("안녕하세요. ", r.choice(["지난주 신청한", "어제 전화드렸던"]), " ", P(cit), "입니다.\n")
    k = r.randint(0, 3)
    if k == 0:
        bank, acc = ACC(r)
        d.add("환급금 받을 계좌를 ", bank, " ", acc, "(으)로 변경 부탁드립니다.\n")
    elif k == 1:
        d.add("요청하신 신분증 사본 정보 보내드립니다. 운전면허번호는 ", DL(r), "이고 주민번호는 ", RRN(r, "rrn_valid")[0], "입니다.\n")
    elif k == 2:
        brand, c = CARD(r)
        d.add("수수료를 제 카드(", c, ")로 결제했는데 두 번 빠져나갔습니다. 확인 부탁드립니다.\n")
    else:
        d.add("이사하여 주소가 ", ADDR(r, with_postal=False), "(으)로 바뀌었습니다.\n")
    m = mobile(r)
    if r.random() < 0.35:
        d.add("급하시면 ", E("PHONE_NUMBER", to_hangul_digits(m, r.choice([" ", "-"])), "mobile_hangul", noise=False), "으로 연락 주세요.\n")
    else:
        d.add("연락은 ", PH(m), "로 주시면 됩니다.\n")
    if r.random() < 0.3:
        loc, dom = em.split("@")
        d.add("(답장은 ", E("EMAIL_ADDRESS", loc + r.choice(["(at)", "[at]", " at "]) + dom.replace(".", r.choice(["(dot)", "[.]", " dot "]), 1),
                          "email_obfuscated", noise=False), " 로도 받습니다)\n")
    d.add("\n감사합니다.\n", P(cit), " 드림\n")
    return "이메일", None


# ---------------------------------------------------------------------------
# 계약서
# ---------------------------------------------------------------------------


def t_contract(d, r):
    ins = inst_pick(r, True)
    corp = r.random() < 0.6
    ceo, off, wit = distinct_names(r, 3)
    d.add("용 역 계 약 서\n\n계약번호: ", N("%d-계약-%04d" % (2025, r.randint(1, 9999)), "doc_number"), "\n계약명: ",
          r.choice(["민원 콜센터 운영 위탁", "청사 방역 소독", "홍보 영상 제작", "개인정보 영향평가 수행"]), "\n계약금액: ",
          N("₩{:,}".format(r.randint(10, 500) * 1000000), "amount"), "\n\n")
    d.add("발주기관(갑): ", ins["name"], "  ", N(ins["addr"], "institution_address"), "\n  대표 ", N(ins["head"], "office_title"), "\n  계약담당 ", P(off),
          " ", r.choice(TITLES), " ", PH(direct_line(r, ins), "official_direct"), "\n")
    if corp:
        comp = r.choice(COMPANIES)
        d.add("계약상대자(을): 상호 ", N(comp, "company_name"), "\n  대표자 ", P(ceo), "\n  사업자등록번호 ", E("KR_BRN", brn(r), "brn"),
              "   법인등록번호 ", E("KR_CRN", crn(r), "crn"), "\n  주소 ", ADDR(r), "\n  전화 ", PH(landline(r), "business"))
        if r.random() < 0.5:
            d.add("  팩스 ", PH(landline(r), "business_fax"))
        d.add("\n")
        bank, acc = ACC(r)
        law = "지방자치단체를 당사자로 하는 계약에 관한 법률" if ins in INST[4:9] else "국가를 당사자로 하는 계약에 관한 법률"
        d.add("\n제7조(대금 지급) 갑은 ", N("「%s」 제%d조" % (law, r.randint(15, 25)), "statute"),
              "에 따라 검사 완료 후 ", N("5일", "duration"), " 이내에 을의 계좌(", bank, " ", acc, ", 예금주 ", N(comp, "company_name"), ")로 대금을 지급한다.\n")
    else:
        biz = r.choice(SOLE_BIZ)
        d.add("계약상대자(을): 상호 ", biz, " (대표 ", P(ceo), ")\n  사업자등록번호 ", E("KR_BRN", brn(r), "brn"), "\n  생년월일 ",
              DOB(r, rand_date(r, 1955, 1995)), "\n  주소 ", ADDR(r), "\n  휴대전화 ", PH(mobile_fmt(r)), "\n  전자우편 ", EM(email_for(r, ceo)), "\n")
        bank, acc = ACC(r)
        d.add("\n제7조(대금 지급) 갑은 검사 완료 후 을의 계좌(", bank, " ", acc, ", 예금주 ", P(ceo), ")로 대금을 지급한다.\n")
    d.add("\n", N(ev_date(r, 2025, 2025)[1], "event_date"), "\n갑: ", N(ins["head"], "office_title"), " (인)\n을: ", P(ceo), " (인)\n")
    if r.random() < 0.3:
        d.add("입회인: ", P(wit), " ", PH(mobile_fmt(r)), "\n")
    return "계약서", None


# ---------------------------------------------------------------------------
# 교통·운전
# ---------------------------------------------------------------------------


def t_traffic(d, r):
    ins = r.choice([INST[4], INST[5], INST[6], INST[7], INST[8]])
    own, off = distinct_names(r, 2)
    kind = r.randint(0, 2)
    pl = PLATE(r)
    if kind == 0:
        d.add("과태료 부과 사전통지서\n\n", N("고지번호 %d-%07d" % (2025, r.randint(0, 9999999)), "notice_number"), "\n")
        d.add("차량번호: ", pl, "\n소유자: ", P(own), "\n생년월일: ", DOB(r, rand_date(r, 1950, 2004), r.choice(["dot_space", "yymmdd", "dot0"])), "\n주소: ", ADDR(r), "\n")
        d.add("위반일시: ", N(ev_date(r, 2025, 2025)[1] + " 14:%02d" % r.randint(0, 59), "event_date"), "\n위반장소: ", r.choice(["○○초등학교 앞", "시청 사거리", "○○로 버스정류장"]),
              "\n위반내용: ", r.choice(["주정차 위반", "속도 위반(20km/h 이하)", "신호 위반"]), "\n근거법령: ", N("「도로교통법」 제%d조" % r.choice([32, 17, 5, 160]), "statute"),
              "\n과태료: ", N(won(r, 40000, 120000, 10000), "amount"), "\n")
        d.add("납부방법: 위택스(www.wetax.go.kr), 인터넷지로 또는 가까운 금융기관\n")
        d.add("의견 제출: ", r.choice(ins["depts"]), " ", P(off), " ", PH(direct_line(r, ins), "official_direct"), "\n")
    elif kind == 1:
        d.add("자동차 렌트 계약서 (사본)\n\n임차인: ", P(own), "   생년월일: ", DOB(r, rand_date(r, 1960, 2003)), "\n운전면허번호: ", DL(r), "\n연락처: ", PH(mobile_fmt(r)), "\n")
        if r.random() < 0.5:
            d.add("제2운전자: ", P(off), "  면허번호 ", DL(r), "\n")
        d.add("차량번호: ", PLATE(r, "rent"), "   대여기간: ", N(ev_date(r, 2025, 2025)[1], "event_date"), " ~ 3일\n결제카드: ")
        brand, c = CARD(r)
        d.add(c, "\n업체: ", N(r.choice(["(주)한빛렌터카", "푸른렌트카(주)"]), "company_name"), " 고객센터 ", N(rep_phone(r), "institution_phone"), "\n")
    else:
        d.add("운전면허 행정처분 결정 통지서\n\n처분번호 ", N("%d-%05d" % (2025, r.randint(0, 99999)), "doc_number"), "\n")
        er, _ = RRN(r, r.choice(["rrn_valid", "rrn_masked"]))
        d.add("성명: ", P(own), "  주민등록번호: ", er, "\n면허번호: ", DL(r), "\n주소: ", ADDR(r, with_postal=False), "\n")
        d.add("처분내용: 운전면허 ", r.choice(["정지 40일", "정지 100일", "취소"]), " (", N(ev_date(r, 2025, 2025)[1], "event_date"), "부터)\n사유: 벌점 누산 ",
              str(r.choice([40, 121, 271])), "점\n근거: ", N("「도로교통법」 제93조 제1항", "statute"), ", ", N("같은 법 시행규칙 제91조", "statute"), "\n")
        d.add("처분 관련 차량: ", pl, "\n")
        d.add(N(r.choice(["서울특별시경찰청장", "경기남부경찰청장", "부산광역시경찰청장"]), "office_title"), "\n")
    return "교통·운전", None


# ---------------------------------------------------------------------------
# 건강보험 / 복지 시스템 화면 (health insurance numbers, IP, etc.)
# ---------------------------------------------------------------------------


def t_health(d, r):
    k = r.randint(2, 4)
    names = distinct_names(r, k)
    d.add("[자격 조회 결과 화면 캡처] 조회자 ", N("u%05d" % r.randint(0, 99999), "user_id"), " 접속IP ", E("IP_ADDRESS", ipv4(r, True), "ipv4"), "\n")
    rows = []
    for i, n in enumerate(names):
        er, _ = RRN(r, r.choice(["rrn_masked", "rrn_valid", "rrn_post2020"]))
        rows.append([P(n), er, E("KR_HEALTH_INSURANCE", health_no(r), "health_no"), r.choice(["직장가입자", "피부양자", "지역가입자", "의료급여"]),
                     N(ev_date(r, 2000, 2025)[1], "event_date")])
    table(d, r, ["성명", "주민등록번호", "건강보험증번호", "자격구분", "취득일"] if r.random() < 0.8 else None, rows)
    d.add("※ 근거: ", N("「국민건강보험법」 제%d조" % r.randint(5, 12), "statute"), "  문의 ", N("1577-1000", "institution_phone"), "\n")
    return "시스템 화면", None


def t_tax_qa(d, r):
    leak = r.random() < 0.25
    no = r.choice(["서면-%d-법인-%d" % (r.randint(2019, 2024), r.randint(1000, 5999)), "부가%d-%d" % (r.randint(46015, 46019), r.randint(100, 999)),
                   "재산세과-%d" % r.randint(100, 999), "사전-%d-법규소득-%d" % (r.randint(2020, 2024), r.randint(100, 999))])
    d.add("[세법 질의회신] ", N(no, "doc_number"), "  생산일자 ", N(ev_date(r, 2019, 2024)[1], "event_date"), "\n\n【질의】\n")
    if leak:
        q = kr_name(r)
        d.add("질의인 ", P(q), "(", RRN(r, "rrn_valid")[0], ")은 ")
    else:
        d.add(N(r.choice(["갑", "A법인", "질의인 갑"]), "anonymised_party"), "은 ")
    d.add(N(ev_date(r, 2010, 2022)[1], "event_date"), " ", r.choice(["서울 ○○구 소재 주택", "경기 ○○시 소재 토지", "상가 건물"]), "을 ",
          N(won(r, 100000000, 900000000, 1000000), "amount"), "에 취득하여 보유하던 중 ", N(r.choice(["을", "B사", "특수관계인 을"]), "anonymised_party"),
          "에게 양도하였는바, 양도소득세 비과세 여부를 질의함\n\n【회신】\n")
    d.add("귀 질의의 경우 ", N("「소득세법」 제89조 제1항 제3호", "statute"), " 및 ", N("같은 법 시행령 제154조 제1항", "statute"),
          "에 따라 비과세 요건 충족 여부는 사실판단할 사항입니다. 기존 해석사례(", N("재산세과-%d" % r.randint(100, 999), "doc_number"), ")를 참고하시기 바랍니다.\n")
    if leak and r.random() < 0.5:
        d.add("(회신 담당: ", N("국세청장", "office_title"), ", 문의 ", N("126", "institution_short_code"), ")\n")
    else:
        d.add("문의: 국세상담센터 ", N("126", "institution_short_code"), "\n")
    return "세무 질의회신", None


TEMPLATES = [(t_tax_qa, 14), 
    (t_gongmun_support, 16), (t_gongmun_request, 12), (t_gongmun_personnel, 8), (t_notice_nopii, 18),
    (t_minwon_reply, 30), (t_press, 20), (t_news, 22), (t_minutes, 22),
    (t_form_child, 10), (t_form_welfare, 12), (t_form_passport, 12), (t_form_driver, 14), (t_form_refund, 18),
    (t_form_consent, 12), (t_certificate, 20), (t_roster, 48), (t_csv, 22), (t_syslog, 22), (t_callcenter, 30),
    (t_judgment, 22), (t_ocr_idcard, 36), (t_ocr_form, 16), (t_foreign_extension, 22), (t_foreign_prose, 12),
    (t_email, 22), (t_contract, 14), (t_traffic, 22), (t_health, 10),
]
