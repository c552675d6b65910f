"""Templates: 사고 보고서, 감사 결과 보고서, 판결문 발췌, 로그·시스템 출력, 전자우편, 문자·상담 녹취, 기사."""
from .doc import E, N
from .common import *  # noqa
from .values import fmt_date
from . import noise as NZ


def _sep(r):
    return r.choice([" | ", "\t", "  "])


def _ts(v, fmt="iso"):
    """monotonic per-record clock so log lines are in time order"""
    import datetime as _dt
    r = v.r
    if not hasattr(v, "clock"):
        v.clock = _dt.datetime(v.base.year, v.base.month, v.base.day, r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))
    v.clock += _dt.timedelta(seconds=r.randint(1, 5400))
    c = v.clock
    if fmt == "iso":
        return c.strftime("%Y-%m-%dT%H:%M:%S+09:00")
    if fmt == "space":
        return c.strftime("%Y-%m-%d %H:%M:%S")
    if fmt == "apache":
        return c.strftime("[%d/") + ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][c.month - 1] + c.strftime("/%Y:%H:%M:%S +0900]")
    return c.strftime("%Y%m%d%H%M%S")


# ====================================================================== 사고 보고서
@template("사고 보고서")
def accident_traffic(d, r, v):
    ag = agency(v, "local", ["안전총괄과", "교통행정과", "총무과", "도로관리과"])
    rep = official(v, ag)
    a, b = v.name(), v.name()
    d("교통사고 발생 보고(", r.choice(["1보", "2보", "최종"]), ")\n\n1. 개요\n")
    acc = v.recent_date()
    d(" - 일시: ", ND(v, "dot_spaced", acc), " ", f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}", "경\n")
    d(" - 장소: ", r.choice(["○○사거리 부근", "시청 앞 교차로", "○○초등학교 후문 앞 도로", "공영주차장 출구"]), "\n")
    d(" - 유형: ", r.choice(["차대차 측면 충돌", "보행자 사고", "후진 중 접촉"]), "\n\n2. 관련자\n")
    d(" 가. 운전자(가해): ", P(a), "(", str(r.randint(21, 75)), "세) / 면허번호 ", dl(v), " / 차량 ", plate(v), " / ", mob(v), "\n")
    d(" 나. 운전자(피해): ", P(b), " / ")
    if r.random() < 0.5:
        d("생년월일 ", dob(v), " / ")
    d("면허번호 ", dl(v), " / 차량 ", plate(v), "\n")
    if r.random() < 0.6:
        c = v.name()
        d(" 다. 부상자: ", P(c), r.choice([" 씨", ""]), "(", dob(v, date=v.birth(1940, 2015)), "생) — ", r.choice(["경상", "중상", "병원 이송"]),
          ", 주소 ", addr_e(v), "\n")
    d("\n3. 경위\n ", P(a), "{이} 신호 대기 중이던 ", P(b), "의 차량을 ", r.choice(["추돌하였으며", "측면에서 들이받았으며"]),
      ", 현장 출동한 경찰에 ", ND(v, "dot_spaced", acc), " 인계함.\n")
    d("\n4. 조치: 보험 접수(", HOT(v), "), 관련자 연락처 공유 동의 받음.\n")
    d("보고자: ", ag["dept"], " ", rep["title"], " ", O_name(rep), " (", O_phone(rep), ")\n")


@template("사고 보고서")
def accident_industrial(d, r, v):
    ag = agency(v, "central")
    f = v.foreign(r.choice(["베트남", "네팔", "인도네시아", "태국", "우즈베키스탄", "필리핀"]))
    co = v.company()
    rep = v.name()
    d("산업재해 발생 보고서\n\n■ 사업장\n상호: ", N(co, "company_name"), " / 대표자: ", P(rep), "\n")
    d("사업자등록번호: ", brn(v), "\n")
    if r.random() < 0.5:
        d("법인등록번호: ", crn(v), "\n")
    d("소재지: ", addr(v, paren=False), " / 전화: ", land(v, kind="landline_company"), "\n\n■ 재해자\n")
    bd = v.birth(1975, 2002)
    d("성명: ", PL(f), " (", PH(f), ")\n국적: ", f["nat"], " / 외국인등록번호: ", frn(v, date=bd), "\n")
    if r.random() < 0.6:
        d("여권번호: ", pp_f(v, f["nat"]), "\n")
    d("생년월일: ", dob(v, foreign=r.random() < 0.5, date=bd), "\n연락처: ", mob(v), "\n\n")
    d("■ 재해 경위\n", ND(v), " 작업 중 ", r.choice(["프레스에 손가락이 끼임", "지게차와 충돌", "사다리에서 추락"]), ". 동료 근로자 ")
    g = v.foreign(f["nat"])
    d(PH(g), "{이} 119에 신고(", N("119", "short_code"), ").\n")
    d("■ 보고자: 안전관리자 ", P(v.name()), " (", mob(v), ")\n")
    d("■ 접수: ", N(r.choice(["○○지방고용노동청장", "고용노동부 ○○지청장"]), "official_by_office"), "\n")


@template("사고 보고서")
def accident_facility(d, r, v):
    ag = agency(v, "local")
    rep = official(v, ag)
    vic = v.name()
    d(ag["name"], " ", r.choice(["체육센터", "도서관", "어린이공원", "복지관"]), " 안전사고 보고\n\n")
    d("○ 발생 일시: ", ND(v, "korean"), " 15시경\n○ 피해자: ", P(vic), "(", r.choice(["남", "여"]), ", ")
    bd = v.birth(2008, 2018) if r.random() < 0.5 else v.birth(1940, 1990)
    d(dob(v, date=bd), "생)\n○ 보호자: ", P(v.name()), " ", mob(v), "\n○ 주소: ", addr(v, paren=True), "\n")
    d("○ 경위: ", P(vic), r.choice([" 군이", " 양이", " 씨가", " 님이"]), " ", r.choice(["미끄럼틀에서 넘어져", "계단에서 발을 헛디뎌", "샤워실 바닥에 미끄러져"]),
      " ", r.choice(["손목", "무릎", "이마"]), "{을} 다침.\n○ 조치: 응급처치 후 ", r.choice(["○○병원", "○○의원"]), " 이송, 영조물배상공제 접수.\n")
    d("○ 목격자: 시설 직원 ", P(v.name()), ", 이용객 ", P(v.name()), "(", mob(v), ")\n")
    d("○ 보고자: ", O_name(rep), " ", rep["title"], " (", O_phone(rep), ")\n")


@template("사고 보고서")
def accident_privacy_leak(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    rep = official(v, ag)
    d("개인정보 유출 사고 보고서\n\n1. 개요: ", ND(v), " ", r.choice(["누리집 게시판 첨부파일", "잘못 발송된 전자우편", "해킹 의심 접속"]),
      "을 통해 개인정보가 외부에 노출됨.\n")
    d("2. 의심 접속: ", ip(v, "pub"), ", ", ip(v, "pub"))
    if r.random() < 0.4:
        d(", ", ip6(v))
    d(" (관리자 계정 ", N(f"u{v.digits(5, True)}", "system_user_id"), ")\n3. 유출 항목 표본\n")
    sep = _sep(r)
    if r.random() < 0.6:
        d("성명", sep, "휴대전화", sep, "전자우편", sep, "주민등록번호\n")
    for i in range(r.randint(3, 5)):
        nm = v.name()
        d(P(nm), sep, mob(v), sep, em(v, nm), sep, rrn(v, r.choice(["valid", "masked", "post2020", "valid"])), "\n")
    d("4. 조치: 게시물 삭제, 정보주체 통지, 개인정보보호위원회 신고(", ND(v), ")\n")
    d("5. 보고자: ", ag["dept"], " ", O_name(rep), " ", rep["title"], " ", O_phone(rep), " / ", O_mail(rep), "\n")
    d("※ 침해 상담: ", N("118", "short_code"), " / 개인정보침해 신고센터\n")


# ====================================================================== 감사 결과 보고서
@template("감사 결과 보고서")
def audit_subsidy(d, r, v):
    ag = agency(v, "local")
    head = v.name()
    fac = r.choice(["○○어린이집", "○○지역아동센터", "○○요양원", "○○장애인주간보호센터"])
    d(ag["name"], " ", r.choice(["보조금 집행 실태", "사회복지시설 운영"]), " 감사 결과\n\n")
    d("1. 감사 대상: ", N(fac, "company_name"), " (고유번호 ", brn(v), ", 대표자 ", P(head), ")\n")
    d("2. 지적 사항\n 가. 허위 이용자 등록\n  ", P(head), "{은} 실제 이용하지 않은 아동·노인을 등록하여 보조금 ", AMT(v, "large"), "{을} 부당 수령하였다.\n")
    sep = _sep(r)
    d("  허위 등록자: ")
    k = r.randint(2, 3)
    for i in range(k):
        d(P(v.name()), "(", rrn(v, r.choice(["valid", "masked", "post2020"])), ")", ", " if i < k - 1 else "")
    d("\n 나. 보조금 유용\n  보조금 계좌에서 ", P(head), " 본인 계좌(", *(lambda b, e: [b, " ", e])(*acct(v)), "){로} ", AMT(v),
      "이 이체되었고, 배우자 ", P(v.name()), "의 계좌(", *(lambda b, e: [b, " ", e])(*acct(v)), ")로도 송금되었다.\n")
    d("   감사반은 ", ND(v), " ", P(head), "{를} 면담하였으나, ", P(head), "{은} 회계 담당 직원 ", P(v.name()), "에게 책임을 돌렸다.\n")
    d("3. 처분 요구: 보조금 환수, ", statute(r, "subsidy"), "에 따른 수사 의뢰\n")
    aud = official(v, ag, "감사관")
    d("4. 감사반: ", O_name(aud), "(반장), ", P(v.name()), ", ", P(v.name()), " / 문의 ", O_phone(aud), "\n")


@template("감사 결과 보고서")
def audit_card(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    d(ag["name"], " 업무추진비 집행 감사 결과(", r.choice(["요약", "처분 요구서"]), ")\n\n")
    o1 = official(v, ag, r.choice(["과장", "팀장", "사무관"]))
    d("1. ", ag["dept"], " ", o1["title"], " ", O_name(o1), "{은} ", ND(v), " 업무와 무관한 사적 모임 비용 ", AMT(v), "{을} 본인 신용카드(",
      card(v), "){로} 결제한 뒤 업무추진비로 청구하였다.\n")
    d("2. 해당 결제 가맹점 ", N(v.company(), "company_name"), "(사업자등록번호 ", brn(v), ")의 매출전표상 카드번호는 ", card(v),
      "로 청구 서류와 다르다.\n")
    o2 = v.name()
    d("3. 같은 부서 ", P(o2), " 주무관은 가족 명의 카드(", card(v), ", 명의인 ", P(v.name()), "){로} 결제한 영수증 ", str(r.randint(2, 9)),
      "건을 첨부하였다.\n")
    if r.random() < 0.5:
        d("4. 일부 영수증에는 카드번호가 ", card_masked(v), "처럼 가려져 있어 대조가 불가능하였다.\n")
    d("처분 요구: ", O_name(o1), " 경징계, ", P(o2), " 훈계 / 감사관 ", N(ag["head"], "official_by_office"), " 보고\n")


@template("감사 결과 보고서")
def audit_privacy_lookup(d, r, v):
    ag = agency(v, "local")
    emp = v.name()
    d("개인정보 무단 조회 특정감사 결과\n\n□ 대상자: ", ag["dept"], " 주무관 ", P(emp), " (시스템 계정 ",
      N(f"u{v.digits(5, True)}", "system_user_id"), ")\n")
    d("□ 위반 내용: ", ND(v, "dot_spaced"), "부터 ", ND(v, "dot_spaced"), "까지 업무와 무관하게 지인 등의 주민등록 정보를 ",
      str(r.randint(12, 140)), "회 조회함.\n")
    d("□ 조회 대상(일부)\n")
    sep = _sep(r)
    for i in range(r.randint(2, 4)):
        d("  - ", P(v.name()), sep, rrn_adult(v, r.choice(["masked", "valid"])), sep, "접속 IP ", ip(v, "priv"), sep, ND(v, "iso"), "\n")
    d("□ 외부 접속: ", ip(v, "pub") if r.random() < 0.6 else ip6(v), "에서 VPN 경유 접속 기록 확인\n")
    d("□ 처분: ", statute(r, "privacy"), " 위반으로 중징계 요구. 감사 담당 ", P(v.name()), " 주무관(", land(v, ag["area"], "landline_direct"), ")\n")


@template("감사 결과 보고서")
def audit_contract(d, r, v):
    ag = agency(v, "local")
    co1, co2 = v.company(), v.company()
    r1, r2 = v.name(), v.name()
    off = v.name()
    d("계약 업무 처리 부적정 감사 결과\n\n")
    d("○ ", ag["dept"], " ", P(off), " 팀장은 수의계약 상대자로 ", N(co1, "company_name"), "(대표 ", P(r1), ", 사업자등록번호 ", brn(v),
      ", 법인등록번호 ", crn(v), "){를} 선정하였는데, ", P(r1), "{은} ", P(off), " 팀장의 ", r.choice(["처남", "배우자의 동생", "고교 동창"]), "{이다}.\n")
    d("○ 같은 기간 견적을 제출한 ", N(co2, "company_name"), "(대표 ", P(r2), ", ", brn(v), "){은} 주소지(", addr_e(v), "){가} ",
      N(co1, "company_name"), "{와} 같아 들러리 입찰이 의심된다.\n")
    d("○ 대금은 ", *(lambda b, e: [b, " ", e])(*acct(v)), "(예금주 ", N(co1, "company_name"), "){로} ", AMT(v, "large"), " 지급됨. 근거: ",
      N(f"{r.randint(2024, 2025)}{v.digits(7)}-00", "public_record_id"), " 공고\n")
    d("○ 처분: 관련자 징계, 계약 해지 검토(", statute(r, "contract"), ")\n")


# ====================================================================== 판결문 발췌
COURTS = ["서울중앙지방법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "인천지방법원", "광주지방법원 순천지원", "대구지방법원 김천지원"]


def _court_head(d, r, v, crime, defendant_pieces):
    d(r.choice(COURTS), "\n판    결\n\n사    건  ", N(f"{r.randint(2023, 2025)}{r.choice(['고단', '고합', '노'])}{r.randint(100, 9999)}", "case_number"),
      " ", crime, "\n피 고 인  ")
    d(*defendant_pieces)
    d("\n검    사  ", P(v.name()), "(기소), ", P(v.name()), "(공판)\n변 호 인  ", r.choice(["변호사 ", "법무법인 한빛 담당변호사 ", "국선변호인 변호사 "]),
      P(v.name()), "\n판결선고  ", ND(v, "dot_spaced", v.base), "\n\n주    문\n")


@template("판결문 발췌")
def judgment_fraud(d, r, v):
    nm = v.name()
    hanja = r.random() < 0.3
    if hanja:
        nm, hj = v.hanja_name()
        dp = [P(nm), " (", E("PERSON", hj, "name_hanja"), "), ", dob(v, form="dot_spaced", date=v.birth(1960, 2003)), "생, ",
              r.choice(["무직", "회사원", "자영업"])]
    else:
        dp = [P(nm), " (", rrn_adult(v, r.choice(["masked", "masked", "valid"])), "), ", r.choice(["무직", "회사원", "자영업"])]
    dp += ["\n          주거  ", addr_e(v), "\n          등록기준지  ", addr_e(v, r.choice(["road", "jibun"]))]
    _court_head(d, r, v, r.choice(["사기", "전자금융거래법 위반", "사기, 전자금융거래법 위반"]), dp)
    d("피고인을 징역 ", str(r.randint(6, 30)), "월에 처한다.\n\n이    유\n범 죄 사 실\n")
    d("피고인은 ", ND(v, "dot_spaced", v.past()), "경 성명불상의 전화금융사기 조직원으로부터 ", "\"체크카드를 보내주면 대출을 해주겠다\"는 제안을 받고 ")
    b, ac = acct(v)
    d("피고인 명의의 ", b, " 계좌(", ac, ")에 연결된 체크카드(", card(v), "){를} 건네주었다.\n")
    vic = v.name()
    d("조직원은 피해자 ", P(vic), "(", str(r.randint(55, 85)), "세)에게 전화(", mob(v), "){를} 걸어 검사를 사칭하며 ", AMT(v), "{을} 위 계좌로 이체하게 하였다.\n")
    if r.random() < 0.6:
        vic2 = v.name()
        d("또한 피해자 ", P(vic2), "에게서도 같은 방법으로 ", AMT(v), "{을} ", *(lambda b, e: [b, " 계좌(", e, ")"])(*acct(v)), "{로} 송금받았다.\n")
    d("\n판사  ", P(v.name()), "\n")


def _defendant(r, v, jobs):
    if r.random() < 0.35:
        nm, hj = v.hanja_name()
        return nm, [P(nm), " (", E("PERSON", hj, "name_hanja"), "), ", dob(v, form=r.choice(["dot_spaced", "dot_spaced", "korean"]),
                                                                        date=v.birth(1958, 2003)), "생, ", r.choice(jobs)]
    nm = v.name()
    return nm, [P(nm), " (", rrn_adult(v, r.choice(["masked", "masked", "valid", "masked_all"])), "), ", r.choice(jobs)]


@template("판결문 발췌")
def judgment_dui(d, r, v):
    nm, dp = _defendant(r, v, ["운전기사", "회사원", "자영업"])
    dp = dp + ["\n          주거  ", addr_e(v)]
    _court_head(d, r, v, "도로교통법 위반(음주운전)", dp)
    d("피고인을 벌금 ", AMT(v), "에 처한다.\n\n범 죄 사 실\n")
    d("피고인은 ", r.choice(["1종 보통", "2종 보통", "1종 대형"]), " 운전면허(면허번호 ", dl(v), "){를} 가진 사람으로서, ", ND(v, "dot_spaced", v.past()), " 23:40경 혈중알코올농도 ",
      f"0.{r.randint(31, 190):03d}", "%의 술에 취한 상태로 ", plate(v), " 승용차를 약 ", str(r.randint(2, 12)), "km 운전하였다.\n")
    if r.random() < 0.6:
        d("피고인은 같은 날 피해자 ", P(v.name()), "{이} 운전하던 ", plate(v), " 차량의 뒷부분을 들이받았다.\n")
    d("\n판사  ", P(v.name()), "\n")


@template("판결문 발췌")
def judgment_immigration(d, r, v):
    f = v.foreign(r.choice(["베트남", "중국", "태국", "우즈베키스탄", "몽골", "인도네시아"]))
    bd = v.birth(1970, 2003)
    dp = [PH(f), " (", PL(f), "), ", dob(v, form=r.choice(["dot_spaced", "korean"]), date=bd), "생, 외국인(", f["nat"],
          ")\n          외국인등록번호  ", frn(v, date=bd), "\n          여권번호  ", pp_f(v, f["nat"]), "\n          주거  ", addr_e(v)]
    _court_head(d, r, v, r.choice(["출입국관리법 위반", "여권법 위반", "출입국관리법 위반, 공문서위조"]), dp)
    d("피고인을 벌금 ", AMT(v), "에 처한다.\n\n범 죄 사 실\n")
    d("피고인은 ", ND(v, "dot_spaced", v.past()), " 사증면제(B-1) 자격으로 입국한 후 체류기간을 넘겨 불법 체류하면서 ", N(v.company(), "company_name"),
      "(대표 ", P(v.name()), ")에 고용되어 일하였다.\n")
    if r.random() < 0.6:
        g = v.foreign(f["nat"])
        d("또한 피고인은 동료 ", PH(g), "의 여권(여권번호 ", pp_f(v, g["nat"]), "){을} 이용하여 휴대전화(", mob(v), "){를} 개통하였다.\n")
    d("\n판사  ", P(v.name()), "\n")


@template("판결문 발췌")
def judgment_card(d, r, v):
    nm, dp = _defendant(r, v, ["무직", "배달원", "회사원"])
    dp = dp + ["\n          주거  ", addr_e(v)]
    _court_head(d, r, v, "여신전문금융업법 위반, 컴퓨터등사용사기", dp)
    d("피고인을 징역 1년에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n범 죄 사 실\n")
    vic = v.name()
    d("피고인은 ", ND(v, "dot_spaced", v.past()), " 피해자 ", P(vic), "{가} 분실한 신용카드(", card(v), "){를} 습득한 후 ", str(r.randint(3, 15)), "회에 걸쳐 합계 ",
      AMT(v), " 상당을 결제하였다.\n")
    if r.random() < 0.7:
        d("이어 피고인은 피해자 ", P(v.name()), "의 카드정보(", card(v), ", 유효기간 ", N(f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "card_expiry"),
          "){를} 온라인 쇼핑몰에 입력하였고, 배송지는 피고인의 지인 ", P(v.name()), "의 주소(", addr_e(v), ")였다.\n")
    d("\n판사  ", P(v.name()), "\n")


@template("판결문 발췌", nopii=True)
def judgment_anonymised(d, r, v):
    d(r.choice(COURTS), " ", N(f"{r.randint(2022, 2025)}고단{r.randint(100, 9999)}", "case_number"), " 판결 (비실명 처리본)\n\n")
    d("피고인 ", N("A", "placeholder_person"), "{은} ", ND(v, "dot_spaced", v.past()), " 피해자 ", N("B", "placeholder_person"), "(", r.randint(30, 80).__str__(),
      "세)에게 ", AMT(v), "{을} 편취하였다. 공범 ", N(r.choice(["C", "정 모 씨", "김○○"]), "placeholder_person"), "{은} 별도 기소되었다.\n")
    d("피고인은 ", N(r.choice(["(주)한빛엔지니어링", "B사", "A법인"]), "company_name"), "의 직원으로서 ", statute(r, "criminal"),
      "를 위반하였다. 계좌번호와 연락처 등은 ", N("***-****-****", "placeholder_id"), "{로} 가렸다.\n")
    d("양형 이유: 피고인이 범행을 인정하고 피해자와 합의한 점(합의금 ", AMT(v), "){을} 참작한다.\n")


# ====================================================================== 로그·시스템 출력
@template("로그·시스템 출력")
def log_access(d, r, v):
    n = r.randint(4, 7)
    for i in range(n):
        c = r.randint(0, 4)
        if c == 0:
            d(_ts(v), " INFO  auth user=", N(f"u{v.digits(5, True)}", "system_user_id"), " ip=", ip(v), " action=login result=",
              r.choice(["success", "fail"]), "\n")
        elif c == 1:
            d(ip(v), " - - ", _ts(v, "apache"), " \"GET /minwon/apply?step=", str(r.randint(1, 4)), " HTTP/1.1\" 200 ",
              str(r.randint(300, 9000)), " \"Mozilla/5.0 (Windows NT ", N("10.0.19045.3803", "version_number"), ")\"\n")
        elif c == 2:
            nm = v.name()
            d(_ts(v, "space"), " WARN  [api] profile.update name=", P(nm), " email=", em(v, nm), " phone=", mob(v, "plain"), " src_ip=",
              ip(v), "\n")
        elif c == 3:
            d(_ts(v), " INFO  session=", N(v.digits(8) + "abcdef"[r.randint(0, 5)] + v.digits(7), "session_id"), " client=", ip6(v) if r.random() < 0.4 else ip(v),
              " agent_ver=", N(f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(100, 999)}", "version_number"), "\n")
        else:
            d(_ts(v, "space"), " ERROR [db] duplicate key value violates unique constraint \"users_email_key\" Key (email)=(",
              em(v), ") already exists\n")


@template("로그·시스템 출력")
def log_debug_payload(d, r, v):
    d("# 장애 분석 첨부 — 애플리케이션 디버그 로그(발췌)\n")
    for i in range(r.randint(2, 4)):
        nm = v.name()
        style = r.randint(0, 2)
        if style == 0:
            d(_ts(v, "space"), " DEBUG req.body={\"name\":\"", P(nm), "\",\"rrn\":\"", rrn(v), "\",\"mobile\":\"", mob(v), "\",\"email\":\"",
              em(v, nm), "\"}\n")
        elif style == 1:
            b, ac = acct(v)
            d(_ts(v, "space"), " DEBUG payout name=", P(nm), " bank=\"", b, "\" acct_no=", ac, " amount=", N(str(r.randint(10, 900) * 1000), "amount"),
              " birth=", dob(v, form=r.choice(["yyyymmdd", "iso", "yymmdd"])), "\n")
        else:
            which = r.randint(0, 2)
            d(_ts(v, "space"), " DEBUG verify type=", ["DL", "PASSPORT", "ARC"][which], " holder=", P(nm), " ")
            if which == 0:
                d("dl_no=", dl(v), " ")
            elif which == 1:
                d("passport_no=", pp_kr(v), " ")
            else:
                f = v.foreign()
                d("arc_no=", frn(v), " alias=", PL(f), " ")
            d("result=", r.choice(["MATCH", "MISMATCH", "EXPIRED"]), " trace=", N(f"{v.digits(6)}-{v.digits(4)}-{v.digits(4)}", "trace_id"), "\n")
    d("# app ", N(f"v{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 30)}", "version_number"), ", build ", N(v.digits(8), "build_id"), "\n")


@template("로그·시스템 출력")
def log_payment(d, r, v):
    d("[PG 승인 로그]\n")
    for i in range(r.randint(3, 5)):
        style = r.randint(0, 2)
        if style == 0:
            d(_ts(v, "compact"), "|APPROVE|card_no=", card(v), "|amt=", N(str(r.randint(1, 300) * 1000), "amount"), "|merchant_brn=", brn(v),
              "|ip=", ip(v), "\n")
        elif style == 1:
            d(_ts(v, "compact"), "|CANCEL|card_no=", card_masked(v) if r.random() < 0.35 else card(v), "|buyer_tel=",
              mob_masked(v) if r.random() < 0.3 else mob(v),
              "|buyer_email=", em(v), "\n")
        else:
            b, ac = acct(v)
            d(_ts(v, "compact"), "|REFUND|bank=", b, "|acct=", ac, "|holder=", P(v.name()), "|tid=", N(f"T{v.digits(12)}", "trace_id"), "\n")


@template("로그·시스템 출력")
def log_csv_export(d, r, v):
    cols = r.choice([["no", "name", "birth", "mobile", "email"], ["no", "name", "rrn", "addr", "tel"],
                     ["seq", "holder", "card_no", "acct_no", "bank"], ["id", "name_en", "nationality", "passport_no", "arc_no"],
                     ["no", "name", "dl_no", "plate", "mobile"]])
    d("$ head -n ", str(r.randint(4, 6)), " export_", N(f"{v.recent_date():%Y%m%d}", "date_not_birth"), ".csv\n")
    d(",".join(cols), "\n")
    for i in range(r.randint(3, 5)):
        nm = v.name()
        f = None
        for j, c in enumerate(cols):
            if c in ("no", "seq", "id"):
                d(str(i + 1))
            elif c in ("name", "holder"):
                d(P(nm))
            elif c == "birth":
                d(dob(v, form=r.choice(["iso", "yyyymmdd", "dot_padded_noend"])))
            elif c == "mobile":
                d(mob(v, r.choice(["dash", "plain"])))
            elif c == "email":
                d(em(v, nm))
            elif c == "rrn":
                d(rrn(v))
            elif c == "addr":
                d("\"", addr_e(v), "\"")
            elif c == "tel":
                d(land(v))
            elif c == "card_no":
                d(card(v))
            elif c == "acct_no":
                b, ac = acct(v)
                d(ac)
            elif c == "bank":
                d(b)
            elif c == "name_en":
                f = v.foreign()
                d(PL(f))
            elif c == "nationality":
                d(f["nat_en"])
            elif c == "passport_no":
                d(pp_f(v, f["nat"]))
            elif c == "arc_no":
                d(frn(v))
            elif c == "dl_no":
                d(dl(v))
            elif c == "plate":
                d(plate(v, r.choice(["nospace", "3d", "2d"])))
            d("," if j < len(cols) - 1 else "\n")


@template("로그·시스템 출력")
def log_lpr(d, r, v):
    d("[공영주차장 차량번호 인식(LPR) 로그]\n")
    for i in range(r.randint(3, 6)):
        d(_ts(v, "space"), " gate=", r.choice(["IN-01", "IN-02", "OUT-01"]), " plate=", plate(v, r.choice(["nospace", "3d", "2d", "region", "commercial"])),
          " conf=0.", str(r.randint(70, 99)))
        if r.random() < 0.4:
            d(" member_tel=", mob(v))
        d(" cam_id=CAM", str(r.randint(1, 9)), "\n")
    d("# LPR engine ", N(f"{r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}.{r.randint(1, 99)}", "version_number"), "\n")


@template("로그·시스템 출력")
def log_mail_server(d, r, v):
    for i in range(r.randint(3, 5)):
        qid = N(f"{v.digits(4, True)}{'ABCDEF'[r.randint(0, 5)]}{v.digits(5)}", "queue_id")
        d(_ts(v, "space"), " postfix/smtpd: ", qid, ": client=mail", str(r.randint(1, 9)), ".example.net[", ip(v) if r.random() < 0.8 else ip6(v), "]\n")
        nm = v.name()
        d(_ts(v, "space"), " postfix/qmgr: ", N(qid.text, "queue_id"), ": from=<", em(v, nm), ">, to=<", em(v, None, "email_official",
                                                                                                      domain="korea.kr") if r.random() < 0.5 else em(v), ">, status=",
          r.choice(["sent", "deferred", "bounced"]), "\n")


@template("로그·시스템 출력", nopii=True)
def log_nopii(d, r, v):
    for i in range(r.randint(4, 6)):
        c = r.randint(0, 3)
        if c == 0:
            d(_ts(v), " INFO  user=", N(f"u{v.digits(5, True)}", "system_user_id"), " action=download doc=", N(f"운영지원과-{r.randint(100, 9999)}", "doc_number"), "\n")
        elif c == 1:
            d(_ts(v), " INFO  os=Windows ", N(f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4000)}", "version_number"), " browser=Chrome ",
              N(f"{r.randint(110, 130)}.0.{r.randint(5000, 6999)}.{r.randint(10, 200)}", "version_number"), "\n")
        elif c == 2:
            d(_ts(v), " WARN  job=batch_notice rows=", str(r.randint(10, 5000)), " elapsed=", str(r.randint(1, 900)), "ms receipt=",
              N(f"1AA-{r.randint(2301, 2512)}-{v.digits(7)}", "public_record_id"), "\n")
        else:
            d(_ts(v), " INFO  callcenter=", N(r.choice(["110", "120", "1345"]), "short_code"), " queue=", str(r.randint(1, 30)), " sw=",
              N(v.switchboard(), "switchboard"), "\n")


# ====================================================================== 전자우편
def _hdr_name(d, v, nm, mail):
    d(P(nm), " <", mail, ">")


@template("전자우편")
def email_thread(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    off = official(v, ag)
    cit = v.name()
    cmail = em(v, cit)
    d("From: ", O_name(off), " <", O_mail(off), ">\n")
    d("To: ", P(cit), " <", cmail, ">\n")
    if r.random() < 0.5:
        cc = official(v, ag)
        d("Cc: ", O_name(cc), " <", O_mail(cc), ">\n")
    d("Date: ", N(f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {r.randint(1, 28)} {r.choice(['Mar', 'May', 'Sep', 'Nov'])} {r.randint(2024, 2025)} 10:{r.randint(10, 59)}:00 +0900", "date_not_birth"), "\n")
    d("Subject: [회신] ", r.choice(["보조금 정산 서류 보완 요청", "행사 참가 확인", "민원 처리 관련 추가 자료 요청"]), "\n")
    if r.random() < 0.5:
        d("Received: from mail.example.kr ([", ip(v, "pub"), "])\n")
    d("\n", P(cit), " 님, 안녕하십니까.\n", ag["name"], " ", ag["dept"], " ", O_name(off), "입니다.\n\n")
    topic = r.randint(0, 2)
    if topic == 0:
        b, ac = acct(v)
        d("제출하신 정산 서류 중 통장 사본의 계좌번호(", b, " ", ac, "){가} 신청서에 적힌 번호와 다릅니다. 예금주가 ", P(cit),
          " 님 본인인지 확인 부탁드립니다.\n")
    elif topic == 1:
        d("행사 당일 출입 등록을 위해 생년월일(", dob(v), "){과} 차량번호(", plate(v), "){를} 확인하였습니다.\n")
    else:
        d("신분 확인을 위해 보내주신 운전면허증 사본(", dl(v), "){은} 확인 후 즉시 파기하였습니다.\n")
    d("\n-----Original Message-----\nFrom: ", P(cit), " <", E("EMAIL_ADDRESS", cmail.clean, cmail.kind), ">\n")
    d("보내주신 안내 잘 받았습니다. 급한 일은 ", mob(v), "{로} 연락 주세요.\n")
    d("\n--\n", O_name(off), " | ", ag["dept"], " ", off["title"], "\nTel ", O_phone(off), " | Fax ", land(v, ag["area"], "fax"),
      "\n", N(ag["addr"], "institution_address"), "\n")


@template("전자우편")
def email_foreign_teacher(d, r, v):
    f = v.foreign(r.choice(["미국", "필리핀", "러시아", "일본"]))
    ag = agency(v, "local")
    off = official(v, ag)
    fm = em(v)
    d("From: ", PT(f), " <", fm, ">\nTo: ", O_mail(off), "\nSubject: Documents for visa issuance\n\n")
    d("Dear Mr./Ms. ", O_name(off), ",\n\nPlease find my details below.\n")
    bd = v.birth(1970, 2000)
    d("Full name: ", PL(f), "\nPassport No.: ", pp_f(v, f["nat"]), "\nDate of birth: ", dob(v, foreign=True, date=bd), "\n")
    if r.random() < 0.5:
        d("Alien registration No. (previous stay): ", frn(v, date=bd), "\n")
    d("Mobile in Korea: ", mob(v, r.choice(["intl", "dash"])), "\n\nBest regards,\n", PT(f, fixed=True), "\n")


@template("전자우편")
def email_participants(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    off = official(v, ag)
    d("보낸 사람: ", O_name(off), " <", O_mail(off), ">\n받는 사람: ")
    d(N(f"{r.choice(['event', 'admin', 'help'])}@{r.choice(['example', 'city-demo'])}.go.kr", "institution_email"), "\n")
    d("제목: 설명회 참가 신청자 명단 송부\n\n")
    d("담당자님, 참가 신청자 명단을 아래와 같이 보내드립니다.\n\n")
    for i in range(r.randint(3, 6)):
        nm = v.name()
        d(str(i + 1), ") ", P(nm), " / ", mob(v), " / ", em(v, nm), "\n")
    d("\n※ 신청자 중 ", N("박**", "masked_name"), " 님은 취소하였습니다.\n", O_name(off), " 드림 (", O_phone(off), ")\n")


# ====================================================================== 문자·상담 녹취
@template("문자·상담 녹취")
def sms_log(d, r, v):
    ag = agency(v, "local")
    off = official(v, ag)
    d("[업무용 휴대전화 문자 내역 캡처]\n")
    for i in range(r.randint(3, 6)):
        who = v.name()
        d(N(f"{v.recent_date():%m/%d} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}", "date_not_birth"), " ", r.choice(["수신", "발신"]), " ",
          mob(v, r.choice(["dash", "plain"])), "  ")
        c = r.randint(0, 3)
        if c == 0:
            d(O_name(off), " 주무관님, ", P(who), "입니다. 서류는 오늘 등기로 보냈습니다.\n")
        elif c == 1:
            d("[", ag["name"], "] ", P(who), "님, 신청하신 ", r.choice(["긴급복지", "아동수당", "에너지바우처"]), "{이} ", ND(v, "dot_spaced_noend"),
              " 지급됩니다. 문의 ", O_phone(off), "\n")
        elif c == 2:
            b, ac = acct(v)
            d("계좌 바뀌었어요 ", b, " ", ac, " 예금주 ", P(who), "\n")
        else:
            d("혹시 제 주민번호 ", rrn_adult(v), " 맞게 들어갔는지 확인 부탁드려요. - ", P(who), "\n")


@template("문자·상담 녹취")
def sms_phishing(d, r, v):
    d("보이스피싱 의심 문자 신고 내역(신고인 ", P(v.name()), ", 연락처 ", mob(v), ")\n\n")
    for i in range(r.randint(2, 3)):
        d("[", r.choice(["Web발신", "국제발신"]), "] ")
        c = r.randint(0, 2)
        if c == 0:
            b, ac = acct(v)
            d("고객님 대출 승인 완료. 보증금 ", AMT(v), " 입금 요망 ", b, " ", ac, " 담당 ", P(v.name()), " 팀장 ", mob(v), "\n")
        elif c == 1:
            d("[", N(r.choice(["국민건강보험공단", "국세청", "법원"]), "institution_name"), "] 환급금 조회 ", N(f"http://bit.example/{v.digits(5)}", "url"),
              " 문의 ", voip(v), "\n")
        else:
            d("엄마 나 폰 고장나서 임시폰이야 ", mob(v), "{로} 문자줘. 신분증 사진이랑 카드번호(", card(v), ") 보내줘\n")
    d("\n※ 신고 접수: 경찰청 ", N("112", "short_code"), " / 금융감독원 ", N("1332", "short_code"), "\n")


@template("문자·상담 녹취")
def call_transcript(d, r, v):
    ag = agency(v, r.choice(["local", "nhis"]))
    nm = v.name()
    d("[", ag["name"], " 민원 상담 녹취록(STT 자동 변환본)] 상담일 ", ND(v, "dot_spaced"), "\n\n")
    d("상담사: 네, ", ag["name"], " 상담사 ", P(v.name()), "입니다. 성함이 어떻게 되세요?\n")
    d("민원인: ", P(nm), "{이요}.\n")
    d("상담사: 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n")
    bd = v.birth(1950, 2000)
    c = r.random()
    if c < 0.5:
        d("민원인: ", E("DATE_OF_BIRTH", fmt_date(bd, "yymmdd"), "dob_yymmdd", noise=["hangul_digits"]), "{이요}.\n")
    else:
        d("민원인: ", dob(v, date=bd, form="korean"), "{이요}.\n")
    d("상담사: 연락처도 확인하겠습니다.\n")
    ph, k = v.mobile("dash")
    d("민원인: ", E("PHONE_NUMBER", ph, k, noise=["hangul_digits"]) if r.random() < 0.7 else E("PHONE_NUMBER", ph, k), "{이요}.\n")
    topic = r.randint(0, 2)
    if topic == 0:
        d("상담사: 환급받으실 계좌번호를 불러 주세요.\n")
        b, ac = acct(v)
        d("민원인: ", b, " ", E("KR_BANK_ACCOUNT", ac.clean, ac.kind, noise=["hangul_digits"]) if r.random() < 0.6 else ac, "요. 예금주는 ", P(nm), "입니다.\n")
    elif topic == 1:
        d("상담사: 주민등록번호 뒷자리까지 필요합니다.\n")
        e = rrn_adult(v, "valid", date=bd)
        d("민원인: ", E("KR_RRN", e.clean, e.kind, noise=["hangul_digits"]) if r.random() < 0.6 else e, "입니다.\n")
    else:
        d("상담사: 카드로 납부하시겠어요? 카드번호 말씀해 주세요.\n")
        e = card(v, r.choice(["visa", "master", "bc"]))
        d("민원인: ", E("CREDIT_CARD", e.clean, e.kind, noise=["hangul_digits"]) if r.random() < 0.6 else e, "요.\n")
    d("상담사: 확인되었습니다. 처리 결과는 문자로 안내해 드리겠습니다. 추가 문의는 ", HOT(v), "{으로} 주세요.\n")


# ====================================================================== 기사
@template("기사")
def news_crime(d, r, v):
    city = r.choice(["서울 마포구", "경기 수원시", "부산 해운대구", "대전 유성구", "인천 남동구"])
    d(r.choice(["[사회]", "[사건·사고]"]), " ", r.choice(["보이스피싱 인출책 검거", "음주 뺑소니 운전자 구속", "노인 상대 투자 사기 일당 적발"]), "\n\n")
    d(N(r.choice(["서울마포경찰서", "수원남부경찰서", "부산해운대경찰서"]), "institution_name"), "{는} ", ND(v), " ", r.choice(["사기", "도주치상"]),
      " 혐의로 ")
    d(N(f"A", "placeholder_person"), "(", str(r.randint(20, 60)), ")씨를 구속했다고 밝혔다. ")
    d("경찰에 따르면 ", N("A", "placeholder_person"), "씨는 ", city, "에 사는 ", N(r.choice(["B", "김모", "이모"]), "placeholder_person"),
      "(", str(r.randint(60, 85)), ")씨에게 접근해 ", AMT(v), "{을} 가로챈 혐의를 받는다.\n")
    has_det = r.random() < 0.7
    if has_det:
        det = v.name()
        d("사건을 맡은 ", P(det), " ", r.choice(["경위", "수사팀장", "형사과장"]), "{은} \"", r.choice(["비슷한 전화를 받으면 즉시 112에 신고해 달라",
                                                                                         "공범을 계속 추적하고 있다"]), "\"고 말했다.\n")
    if r.random() < 0.6 or not has_det:
        wit = v.name()
        d("범행 장면을 목격하고 신고한 시민 ", P(wit), "(", str(r.randint(20, 70)), ") 씨는 감사장을 받는다. ", P(wit), r.choice(["씨는", " 씨는"]),
          " \"당연한 일을 했을 뿐\"이라고 말했다.\n")
    d("피해 신고는 ", N("112", "short_code"), " 또는 ", N("1332", "short_code"), "{로} 하면 된다.\n")


@template("기사")
def news_human(d, r, v):
    nm = v.name()
    age = r.randint(60, 92)
    place, office, head = r.choice([("서울 노원구", "구청", "노원구청장"), ("경북 안동시", "시청", "안동시장"),
                                    ("전남 순천시", "시청", "순천시장"), ("강원 원주시", "시청", "원주시장"),
                                    ("충북 음성군", "군청", "음성군수"), ("경기 김포시", "시청", "김포시장")])
    d("[사람들] ", r.choice(["30년째 무료 급식 봉사", "폐지 판 돈 장학금 기탁", "다문화 이웃 한국어 선생님"]), "\n\n")
    c = r.randint(0, 2)
    if c == 0:
        d(place, "에 사는 ", P(nm), "(", str(age), ") 씨는 매일 아침 ", r.choice(["경로당", "복지관", "공부방"]), "으로 향한다. ")
    elif c == 1:
        bd = v.birth(1933, 1964)
        d(dob(v, date=bd, form=r.choice(["korean", "dot_spaced"])), "생인 ", P(nm), " 씨는 ", place, "의 한 ",
          r.choice(["경로당", "복지관", "공부방"]), "에서 30년째 봉사하고 있다. ")
    else:
        d(N(f"{v.birth(1933, 1964).year}년생", "birth_year_only"), "인 ", P(nm), " 씨는 ", place, "에서 ", r.choice(["폐지를 모아", "텃밭 농사로"]),
          " 모은 돈을 장학금으로 내놓았다. ")
    d(N(v.surname_of(nm) + "씨", "surname_only"), "{는} \"", r.choice(["작은 정성", "받은 만큼 돌려드리는 것"]), "\"이라며 웃었다.\n")
    spouse = v.name()
    d("배우자 ", P(spouse), "(", str(age - r.randint(0, 5)), ")씨도 함께한다. ")
    if r.random() < 0.6:
        f = v.foreign(r.choice(["베트남", "필리핀", "몽골"]))
        d("이곳에서 한국어를 배운 ", f["nat"], " 출신 ", PH(f), "(", str(r.randint(25, 40)), ") 씨는 \"", P(nm), " 선생님 덕분에 운전면허도 땄다\"고 했다.\n")
    else:
        d("이웃 주민들은 \"", P(nm), " 어르신을 모르는 사람이 없다\"고 입을 모았다.\n")
    off = v.name()
    d(office, " ", r.choice(["복지정책과", "자치행정과"]), " ", P(off), " 주무관은 \"표창을 추천했다\"고 밝혔다. ")
    d(N(head, "official_by_office"), "{은} ", ND(v), " 감사패를 전달할 예정이다.\n")
    if r.random() < 0.5:
        d("(", P(v.name()), " 기자 ", em(v, None, "email_journalist", domain=r.choice(["news-example.co.kr", "daily-sample.com"])), ")\n")


@template("기사")
def news_accident(d, r, v):
    d("[속보] ", r.choice(["빗길 교통사고로 2명 부상", "공사장 추락 사고", "어린이보호구역 사고"]), "\n\n")
    v1, v2 = v.name(), v.name()
    d(ND(v, "korean"), " 오전 ", r.choice(["○○교차로", "국도 ○호선", "○○초등학교 앞"]), "에서 ", P(v1), "(", str(r.randint(20, 70)), ") 씨가 몰던 승용차가 ",
      r.choice(["중앙선을 넘어", "신호를 위반해"]), " ", P(v2), "(", str(r.randint(20, 70)), ") 씨의 화물차와 부딪혔다.\n")
    if r.random() < 0.5:
        f = v.foreign(r.choice(["네팔", "베트남", "우즈베키스탄"]))
        d("화물차에 함께 타고 있던 ", f["nat"], " 국적 노동자 ", PH(f), "(", PT(f), ", ", str(r.randint(22, 40)), ") 씨도 다쳤다.\n")
    d("경찰은 ", N("정 모 씨", "placeholder_person"), " 등 목격자를 상대로 정확한 경위를 조사하고 있다. ")
    d(N(r.choice(["○○소방서장", "○○경찰서장"]), "official_by_office"), "{은} \"빗길 감속\"을 당부했다.\n")


@template("기사", nopii=True)
def news_nopii(d, r, v):
    d("[정책] ", r.choice(["주민등록번호 변경 신청 3년 새 두 배", "외국인 주민 200만 명 돌파", "개인정보 유출 신고 급증"]), "\n\n")
    d(N(r.choice(["행정안전부장관", "법무부장관", "개인정보보호위원장"]), "official_by_office"), "{은} ", ND(v), " 관련 통계를 발표했다. ")
    d("신청 사유는 보이스피싱 피해가 가장 많았고, 피해액은 평균 ", AMT(v), "이었다. ")
    d("한 피해자 ", N("A씨", "placeholder_person"), "{는} \"", N("010-****-****", "placeholder_id"), "{로} 온 문자 한 통이 시작이었다\"고 말했다.\n")
    d("자세한 내용은 정부민원안내콜센터(", N("110", "short_code"), ")나 ", N(f"{r.choice(['행정안전부', '법무부'])} 공고 제2025-{r.randint(10, 300)}호", "statute"), "{를} 보면 된다.\n")
