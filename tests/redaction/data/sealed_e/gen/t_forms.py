"""Templates: 복지·보조금 신청서/별지 서식, 의료급여, 체납 고지, 외국인 관련 서류, 채용 결과, 인사 명단, 계약서."""
from .doc import E, N
from .common import *  # noqa


def _sep(r):
    return r.choice([" | ", "\t", " │ ", "  "])


WELFARE_FORMS = [
    ("기초연금 신청서", "「기초연금법 시행규칙」 [별지 제1호서식]", "elder"),
    ("긴급복지지원 신청서", "「긴급복지지원법 시행규칙」 [별지 제1호서식]", "family"),
    ("아동수당 지급 신청서", "「아동수당법 시행규칙」 [별지 제1호서식]", "child"),
    ("에너지바우처 신청서", "[별지 제2호서식]", "card"),
    ("청년월세 한시 특별지원 신청서", "[별지 제1호서식]", "young"),
    ("국민행복카드 발급 및 바우처 이용 신청서", "[별지 제3호서식]", "card"),
    ("사회보장급여 신청(변경)서", "「사회보장급여법 시행규칙」 [별지 제1호서식]", "family"),
    ("장애인 활동지원급여 신청서", "「장애인활동 지원에 관한 법률 시행규칙」 [별지 제1호서식]", "elder"),
]


@template("신청서·별지 서식")
def welfare_form(d, r, v):
    title, basis, kind = r.choice(WELFARE_FORMS)
    ag = agency(v, "local")
    sep = _sep(r)
    foreign_app = kind in ("family", "child") and r.random() < 0.25
    d("■ ", N(basis, "statute"), " <개정 ", ND(v, "dot_spaced"), ">\n\n", title, "\n")
    d("※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n")
    d("접수번호", sep, N(f"{r.randint(2024, 2025)}{v.digits(6)}", "public_record_id"), sep, "접수일", sep, ND(v, "dot_spaced"),
      sep, "처리기간", sep, "30일\n")
    app_date = v.birth(1950 if kind == "elder" else 1975, 1958 if kind == "elder" else 2001)
    if kind == "young":
        app_date = v.birth(1990, 2005)
    d("신청인", sep, "성명", sep)
    if foreign_app:
        f = v.foreign(r.choice(["베트남", "중국", "필리핀", "태국", "우즈베키스탄"]))
        d(PH(f), " (", PL(f), ")", sep, "외국인등록번호", sep, frn(v, date=app_date), "\n")
        nm = f["hangul"]
    else:
        nm = v.name()
        d(P(nm), sep, "주민등록번호", sep, rrn_adult(v, date=app_date), "\n")
    if r.random() < 0.45:
        d(sep, "생년월일", sep, dob(v, date=app_date), "\n")
    d(sep, "주소", sep, addr(v, postal=r.random() < 0.5), "\n")
    d(sep, "전화번호", sep)
    if r.random() < 0.5:
        d(land(v), sep)
    d("휴대전화", sep, mob(v), "\n")
    if r.random() < 0.6:
        d(sep, "전자우편", sep, em(v, None if foreign_app else nm), "\n")
    if r.random() < 0.35:
        d(sep, "건강보험증 번호", sep, hi(v), "\n")
    if kind in ("family", "child"):
        d("세대원", sep, "관계", sep, "성명", sep, "주민(외국인)등록번호\n")
        if not foreign_app and r.random() < 0.45:
            f2 = v.foreign(r.choice(["베트남", "중국", "필리핀", "몽골"]))
            d(sep, "배우자", sep, PH(f2), sep, frn(v, date=v.birth(1980, 2000)), "\n")
        elif not foreign_app:
            d(sep, "배우자", sep, P(v.name()), sep, rrn_adult(v), "\n")
        fam_sur = None if foreign_app else v.surname_of(nm)
        for i in range(r.randint(1, 3)):
            d(sep, "자녀", sep, P(v.name(surname=fam_sur if r.random() < 0.8 else None)), sep, rrn_child(v), "\n")
    if kind == "card":
        d("바우처 카드", sep, r.choice(["국민행복카드(BC)", "국민행복카드(KB)", "국민행복카드(삼성)"]), sep, "카드번호", sep, card(v), "\n")
    b, ac = acct(v)
    d("지급 계좌", sep, "은행명", sep, b, sep, "계좌번호", sep, ac, sep, "예금주", sep,
      P(nm) if not foreign_app else PH(f, fixed=True), "\n")
    if r.random() < 0.4:
        ag_nm = v.name()
        d("대리 신청인", sep, P(ag_nm), sep, "관계", sep, r.choice(["자녀", "배우자", "형제자매", "사회복지 담당공무원"]), sep,
          "연락처", sep, mob(v), "\n")
    d("\n위와 같이 신청합니다.\n", ND(v, "korean"), "\n신청인 ", P(nm) if not foreign_app else PH(f, fixed=True),
      " (서명 또는 인)\n\n", N(ag["head"], "official_by_office"), " 귀하\n")
    if r.random() < 0.6:
        d("\n작성 예시) 성명: ", N("홍길동", "form_example"), ", 주민등록번호: ", N("000000-0000000", "placeholder_id"), ", 휴대전화: ",
          N("010-0000-0000", "placeholder_id"), "\n")


@template("신청서·별지 서식")
def subsidy_business_form(d, r, v):
    ag = agency(v, "local")
    sep = _sep(r)
    co = v.company()
    rep = v.name()
    corp = r.random() < 0.6
    d("[별지 제", str(r.randint(1, 9)), "호서식]\n", r.choice(["소상공인 경영안정 지원금 신청서", "지방보조금 교부 신청서",
                                                        "중소기업 청년 채용 장려금 신청서"]), "\n\n")
    d("① 신청 기업", sep, "상호", sep, N(co, "company_name"), "\n")
    d(sep, "대표자", sep, P(rep), sep, "생년월일", sep, dob(v, date=v.birth(1955, 1995)), "\n")
    d(sep, "사업자등록번호", sep, brn(v), "\n")
    if corp:
        d(sep, "법인등록번호", sep, crn(v), "\n")
    d(sep, "사업장 소재지", sep, addr(v, postal=r.random() < 0.5), "\n")
    d(sep, "전화", sep, land(v, kind="landline_company"), sep, "휴대전화", sep, mob(v), "\n")
    d(sep, "전자우편", sep, em(v, rep if r.random() < 0.5 else None), "\n")
    d("② 신청 금액", sep, AMT(v, "large"), "\n")
    b, ac = acct(v)
    d("③ 입금 계좌", sep, b, sep, ac, sep, "예금주 ")
    if corp or r.random() < 0.4:
        d(N(co, "company_name"), "\n")
    else:
        d(P(rep), "\n")
    if r.random() < 0.5:
        mgr = v.name()
        d("④ 실무 담당자", sep, P(mgr), sep, mob(v), sep, em(v, mgr, "email_company",
                                                            domain=r.choice(["hanbit.co.kr", "nuri-tech.kr", "daon.com"])), "\n")
    d("\n", statute(r, "subsidy"), "에 따라 위와 같이 신청합니다.\n", ND(v, "korean"), "\n신청인(대표자) ", P(rep), " (인)\n",
      N(ag["head"], "official_by_office"), " 귀하\n")


@template("신청서·별지 서식", nopii=True)
def welfare_blank_form(d, r, v):
    title, basis, kind = r.choice(WELFARE_FORMS)
    sep = _sep(r)
    d("■ ", N(basis, "statute"), "\n", title, "\n(앞쪽)\n")
    d("신청인", sep, "성명", sep, "          ", sep, "주민등록번호", sep, "      -       \n")
    d(sep, "주소", sep, "\n", sep, "전화번호", sep, "(휴대전화)\n")
    d("지급 계좌", sep, "은행명", sep, "   ", sep, "계좌번호", sep, "   ", sep, "예금주", sep, "\n\n")
    d("작성방법\n1. 성명은 주민등록표에 기재된 대로 적습니다(예: ", N("홍길동", "form_example"), ").\n")
    d("2. 주민등록번호는 13자리를 모두 적습니다(예: ", N(r.choice(["900101-1234567", "000000-0000000"]), "form_example"), ").\n")
    d("3. 계좌는 신청인 본인 명의여야 합니다(예: ", N("○○은행 123-456-789012", "form_example"), ").\n")
    d("4. 문의: 보건복지상담센터 ", N("129", "short_code"), ", 정부민원안내콜센터 ", N("110", "short_code"), "\n")
    d(N(f"{ND(v).text} 시행", "date_not_birth"), "\n")


# ====================================================================== 의료급여
@template("의료급여")
def medaid_notice(d, r, v):
    ag = agency(v, "local", ["주민복지과", "복지정책과", "통합조사관리팀", "희망복지지원단"])
    off = official(v, ag)
    nm = v.name()
    d(ag["name"], "\n\n", r.choice(["의료급여 수급권자 선정 통지서", "의료급여 자격 변동 안내"]), "\n\n")
    d("수급권자: ", P(nm), " 님 (", rrn_adult(v), ")\n")
    d("주    소: ", addr(v, postal=True), "\n")
    d("의료급여증 번호: ", hi(v, "medical_aid_card"), "\n")
    d("종    별: ", r.choice(["1종", "2종"]), " / 적용 시작일: ", ND(v, "dot_spaced"), "\n\n")
    d("귀 세대는 ", statute(r, "medaid"), "에 따라 아래와 같이 의료급여 수급권자로 선정되었음을 알려드립니다.\n\n")
    d("세대원 현황\n")
    sep = _sep(r)
    for rel in r.sample(["배우자", "자녀", "자녀", "모"], r.randint(1, 3)):
        if rel == "배우자" and r.random() < 0.4:
            f = v.foreign(r.choice(["베트남", "필리핀", "중국"]))
            d(rel, sep, PH(f), sep, frn(v), sep, "의료급여증 ", hi(v, "medical_aid_card"), "\n")
        elif rel == "자녀":
            d(rel, sep, P(v.name()), sep, rrn_child(v), sep, "의료급여증 ", hi(v, "medical_aid_card"), "\n")
        else:
            d(rel, sep, P(v.name()), sep, rrn_adult(v), sep, "의료급여증 ", hi(v, "medical_aid_card"), "\n")
    d("\n※ 진료 시 신분증을 제시하여야 하며, 문의 사항은 ", ag["dept"], " ", O_name(off), " ", off["title"], "(", O_phone(off),
      ")에게 연락하시기 바랍니다. 보건복지상담센터: ", N("129", "short_code"), "\n\n", N(ag["head"], "official_by_office"))


@template("의료급여")
def medaid_referral(d, r, v):
    sep = _sep(r)
    nm = v.name()
    d("의료급여 의뢰서\n\n")
    d("수급권자", sep, "성명", sep, P(nm), sep, "주민등록번호", sep, rrn_adult(v), "\n")
    d(sep, "의료급여증 번호", sep, hi(v, "medical_aid_card"), sep, "연락처", sep, mob(v), "\n")
    d("상병명", sep, r.choice(["만성 신장병", "제2형 당뇨병", "요추 추간판 탈출증", "고혈압성 심장병"]), sep, "상병 분류 기호",
      sep, N(r.choice(["N18.5", "E11.9", "M51.2", "I11.9"]), "diagnosis_code"), "\n")
    clinic = r.choice(["○○내과의원", "밝은정형외과의원", "새봄가정의학과의원", "한결내과의원"])
    d("의뢰 기관", sep, N(clinic, "company_name"), sep, "요양기관기호", sep, N(v.digits(8, True), "institution_code"), sep, "전화",
      sep, land(v, kind="landline_clinic"), "\n")
    d(sep, "의뢰 의사", sep, P(v.name()), sep, "면허번호", sep, N(f"제{r.randint(10000, 140000)}호", "license_number_medical"), "\n")
    d("진료 기관", sep, r.choice(["○○의료원", "○○대학교병원"]), sep, "대표전화", sep, SW(v), "\n")
    d("보호자", sep, P(v.name()), sep, r.choice(["배우자", "자녀", "형제"]), sep, mob(v), "\n")
    d("발행일", sep, ND(v, "iso"), "\n")


@template("의료급여")
def hi_refund(d, r, v):
    ag = agency(v, "nhis")
    off = official(v, ag, r.choice(["대리", "차장", "주임"]))
    nm = v.name()
    d(ag["name"], "\n\n", r.choice(["본인부담상한액 초과금 환급 안내", "과오납 보험료 환급 통지"]), "\n\n")
    d("가입자(세대주): ", P(nm), " 귀하\n건강보험증 번호: ", hi(v), "\n")
    if r.random() < 0.5:
        d("주민등록번호: ", rrn_adult(v, "masked"), "\n")
    d("환급 대상자: ", P(nm), r.choice(["", " 외 1명"]), "\n환급 금액: ", AMT(v), "\n\n")
    b, ac = acct(v)
    d("환급금은 신청하신 계좌(", b, " ", ac, "){로} ", ND(v), "에 지급됩니다. 계좌 변경은 고객센터(", HOT(v), "){로} 하시기 바랍니다.\n")
    if r.random() < 0.5:
        f = v.foreign()
        d("\n※ 외국인 세대원 ", PL(f), "(외국인등록번호 ", frn(v), ", 건강보험증 번호 ", hi(v), ")의 환급금은 별도로 안내합니다.\n")
    d("\n담당: ", ag["dept"], " ", O_name(off), " ", off["title"], " ", O_phone(off), "\n", N(ag["addr"], "institution_address"))


@template("의료급여")
def hi_foreign(d, r, v):
    ag = agency(v, "nhis")
    f = v.foreign()
    sep = _sep(r)
    d("외국인 지역가입자 자격취득 통지 / Notice of NHIS Enrollment\n\n")
    d("성명(Name)", sep, PL(f), "\n")
    d("한글 성명", sep, PH(f), "\n")
    bd = v.birth(1960, 2004)
    d("외국인등록번호(ARC No.)", sep, frn(v, date=bd), "\n")
    d("생년월일(Date of birth)", sep, dob(v, foreign=True, date=bd), "\n")
    d("건강보험증 번호(Card No.)", sep, hi(v), "\n")
    d("취득일(Date of enrollment)", sep, ND(v, "iso"), "\n")
    d("주소(Address)", sep, addr(v, paren=False), "\n")
    d("연락처(Tel)", sep, mob(v), "\n\n")
    d("Monthly premium: ", AMT(v, "small"), ". For inquiries call the NHIS foreigner center ", HOT(v),
      " (Vietnamese, Chinese, English). ", N(ag["name"], "institution_name"), "\n")


# ====================================================================== 체납 고지
@template("체납 고지")
def arrears_local_tax(d, r, v):
    ag = agency(v, "local", ["세무과", "징수과", "체납관리팀", "세정과"])
    off = official(v, ag)
    nm = v.name()
    d(ag["name"], "\n", r.choice(["지방세 체납액 납부 독촉 고지서", "자동차세 체납 안내문", "체납처분(압류) 예고 통지서"]), "\n\n")
    d("납세자: ", P(nm), "\n주민등록번호: ", rrn_adult(v, r.choice(["masked", "masked", "valid"])), "\n")
    d("주소: ", addr(v, postal=True), "\n")
    d("과세 대상: 자동차 ", plate(v), r.choice(["", " 외 1대"]), "\n")
    d("체납액: ", AMT(v), " (가산금 ", AMT(v), " 포함)\n납부 기한: ", ND(v, "korean"), "\n")
    d("납부 방법: 위택스, 전국 은행 CD/ATM, 가상계좌(", N(f"{r.choice(['농협', '우리', '신한'])} {v.digits(4, True)}-{v.digits(3)}-{v.digits(6)}",
                                                         "institution_account"), ", 예금주 ", N(ag["name"], "institution_name"), ")\n\n")
    d("기한까지 납부하지 않으면 ", statute(r, "tax"), "에 따라 ")
    if r.random() < 0.6:
        b, ac = acct(v)
        d("귀하 명의 예금(", b, " ", ac, ")")
    else:
        d("귀하 소유 차량(", plate(v), ")")
    d(" 등 재산을 압류할 수 있습니다.\n")
    d("문의: ", ag["dept"], " ", O_name(off), " (", O_phone(off), ")\n", N(ag["head"], "official_by_office"))


@template("체납 고지")
def arrears_corp(d, r, v):
    ag = agency(v, "local", ["세무과", "징수과", "체납관리팀", "세정과"])
    off = official(v, ag)
    co = v.company()
    rep = v.name()
    sep = _sep(r)
    d("체납 법인 압류 통지\n\n")
    d("체납자", sep, N(co, "company_name"), "\n대표자", sep, P(rep), "\n사업자등록번호", sep, brn(v), "\n법인등록번호", sep, crn(v), "\n")
    d("본점 소재지", sep, addr(v, paren=False), "\n")
    d("체납 세목", sep, r.choice(["법인지방소득세", "주민세(사업소분)", "재산세"]), sep, "체납액", sep, AMT(v), "\n\n")
    d("압류 재산\n")
    for i in range(r.randint(1, 3)):
        b, ac = acct(v)
        d("  ", str(i + 1), ". 예금채권 ", b, " ", ac, " (예금주 ", N(co, "company_name"), ")\n")
    if r.random() < 0.6:
        d("  ※ 대표자 ", P(rep), " 개인 명의 차량(", plate(v), "){은} 압류 대상이 아닙니다.\n")
    d("\n담당 ", ag["dept"], " ", off["title"], " ", O_name(off), " ", O_phone(off), " / ", O_mail(off), "\n")


@template("체납 고지")
def arrears_hi(d, r, v):
    ag = agency(v, "nhis")
    off = official(v, ag, "대리")
    foreign = r.random() < 0.5
    d(ag["name"], "\n건강보험료 체납 안내\n\n")
    if foreign:
        f = v.foreign()
        d(PH(f), "(", PL(f), ") 님\n외국인등록번호: ", frn(v), "\n")
    else:
        nm = v.name()
        d(P(nm), " 님\n주민등록번호: ", rrn_adult(v, "masked"), "\n")
    d("건강보험증 번호: ", hi(v), "\n체납 기간: ", NDR(v), "\n")
    d("체납 보험료: ", AMT(v), "\n")
    if r.random() < 0.5:
        d("등록 연락처: ", mob_masked(v), " (본인 확인 후 전체 번호 안내)\n")
    d("\n")
    if foreign:
        d("체납이 계속되면 체류기간 연장 허가가 제한될 수 있습니다(", statute(r, "hi"), ").\n")
    d("자동이체 신청 계좌: ")
    b, ac = acct(v)
    d(b, " ", ac, "\n카드 납부: ", card(v) if r.random() < 0.5 else card_masked(v), " (등록 카드)\n")
    d("\n담당: ", O_name(off), " ", off["title"], " ", O_phone(off), " / 고객센터 ", HOT(v), "\n")


# ====================================================================== 외국인 관련 서류
@template("외국인 관련 서류")
def foreign_integrated_app(d, r, v):
    f = v.foreign()
    sep = _sep(r)
    app_type = r.choice(["외국인 등록 ALIEN REGISTRATION", "체류기간 연장허가 EXTENSION OF SOJOURN PERIOD",
                         "체류자격 변경허가 CHANGE OF STATUS", "근무처 변경·추가 신고 CHANGE OF WORKPLACE"])
    d("■ ", N("출입국관리법 시행규칙 [별지 제34호서식]", "statute"), "\n통합신청서 (신고서) APPLICATION FORM\n")
    d("□ ", app_type, "\n\n")
    d("성명 Full name", sep, PL(f), "\n")
    d("한글 성명", sep, PH(f), "\n")
    bdate = v.birth(1965, 2004)
    d("생년월일 Date of Birth", sep, dob(v, date=bdate, foreign=True), sep, "성별 Sex", sep, r.choice(["M", "F"]), "\n")
    d("국적 Nationality", sep, f["nat_en"], "\n")
    if not app_type.startswith("외국인 등록"):
        d("외국인등록번호 Registration No.", sep, frn(v, date=bdate), "\n")
    iss = v.recent_date(2016, 2024)
    d("여권 번호 Passport No.", sep, pp_f(v, f["nat"]), sep, "발급일자 Issue", sep, ND(v, "iso", iss), sep, "유효기간 Expiry", sep,
      ND(v, "iso", iss.replace(year=iss.year + 10)), "\n")
    d("대한민국 내 주소 Address In Korea", sep, addr(v, paren=False), "\n")
    d("전화 Telephone", sep)
    if r.random() < 0.4:
        d(land(v), sep)
    d("휴대전화 Cell phone", sep, mob(v), "\n")
    home = {"베트남": "HANOI", "중국": "SHENYANG", "필리핀": "QUEZON CITY", "우즈베키스탄": "TASHKENT", "태국": "UDON THANI",
            "인도네시아": "SURABAYA", "네팔": "POKHARA", "몽골": "ULAANBAATAR", "미국": "SEATTLE, WA", "러시아": "VLADIVOSTOK",
            "일본": "FUKUOKA"}[f["nat"]]
    d("본국 주소 Address in Home Country", sep, home, "\n")
    d("이메일 E-mail", sep, em(v), "\n")
    if r.random() < 0.7:
        co = v.company()
        d("근무처 Workplace", sep, N(co, "company_name"), sep, "사업자등록번호", sep, brn(v), sep, "전화", sep,
          land(v, kind="landline_company"), "\n")
    d("신청일 Date of application", sep, ND(v, "dot_padded"), sep, "신청인 서명 Signature", sep, PL(f, fixed=True), "\n")
    d("\n※ 작성 예: Full name ", N("HONG GILDONG", "form_example"), "\n")


@template("외국인 관련 서류")
def foreign_eps_roster(d, r, v):
    """고용허가 사업장 외국인 근로자 명단"""
    co = v.company()
    rep = v.name()
    sep = _sep(r)
    d("외국인근로자 고용변동 신고서\n\n사업장명", sep, N(co, "company_name"), sep, "대표자", sep, P(rep), "\n")
    d("사업자등록번호", sep, brn(v), sep, "고용보험 관리번호", sep, N(f"{v.digits(11, True)}", "public_record_id"), "\n")
    if r.random() < 0.5:
        d("법인등록번호", sep, crn(v), "\n")
    d("소재지", sep, addr(v, postal=True, paren=False), sep, "전화", sep, land(v, kind="landline_company"), "\n\n")
    hdr = r.random() < 0.65
    if hdr:
        d("No", sep, "성명", sep, "국적", sep, "외국인등록번호", sep, "여권번호", sep, "변동 사유\n")
    for i in range(r.randint(3, 5)):
        f = v.foreign(r.choice(["베트남", "필리핀", "태국", "인도네시아", "네팔", "우즈베키스탄", "몽골"]))
        d(str(i + 1), sep, PL(f), sep, f["nat"], sep, frn(v), sep, pp_f(v, f["nat"]), sep,
          r.choice(["사업장 이탈", "계약 만료", "신규 고용", "재고용"]), "\n")
    mgr = v.name()
    d("\n신고인(대표자) ", P(rep), " / 담당자 ", P(mgr), " ", mob(v), " / ", em(v, mgr), "\n")
    d(N(r.choice(["○○고용센터장", "고용노동부 ○○지청장"]), "official_by_office"), " 귀하\n")


@template("외국인 관련 서류")
def foreign_extension_notice(d, r, v):
    im = agency(v, "immig")
    off = official(v, im)
    f = v.foreign()
    d(im["name"], "\n\n수신: ", PT(f) if r.random() < 0.5 else PL(f), " (", PH(f), ")\n")
    d("제목: 체류기간 연장 ", r.choice(["허가", "불허"]), " 통지 / Notice of Extension\n\n")
    d("외국인등록번호: ", frn(v), "\n여권번호: ", pp_f(v, f["nat"]), "\n체류자격: ", r.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-4"]),
      "\n허가 기간: ", NDR(v), "\n\n")
    d("1. 귀하가 ", ND(v), " 신청한 체류기간 연장에 대한 심사 결과를 알려드립니다.\n")
    if r.random() < 0.5:
        sp_nm = v.name()
        d("2. 신원보증인: ", P(sp_nm), "(", r.choice(["배우자", "고용주", "친족"]), ", 주민등록번호 ", rrn_adult(v), ", 연락처 ", mob(v), ")\n")
    d("3. 문의: 외국인종합안내센터 ", N("1345", "short_code"), " 또는 ", im["dept"], " ", O_name(off), " ", off["title"],
      " (", O_phone(off), ")\n\n", N(im["name"] + "장", "official_by_office"), "\n", N(im["addr"], "institution_address"))


@template("외국인 관련 서류")
def foreign_marriage(d, r, v):
    f = v.foreign(r.choice(["베트남", "중국", "필리핀", "우즈베키스탄", "태국", "일본"]))
    sp = v.name()
    sep = _sep(r)
    d("결혼동거 목적 사증(F-6) 초청장 및 신원보증서\n\n[초청인]\n")
    d("성명", sep, P(sp), sep, "주민등록번호", sep, rrn_adult(v), "\n")
    d("주소", sep, addr(v), "\n")
    d("직장", sep, N(v.company(), "company_name"), sep, "연락처", sep, mob(v), "\n")
    d("[피초청인]\n")
    d("성명", sep, PL(f), " / ", PH(f), "\n")
    d("생년월일", sep, dob(v, foreign=True, date=v.birth(1985, 2003)), sep, "국적", sep, f["nat"], "\n")
    d("여권번호", sep, pp_f(v, f["nat"]), "\n")
    d("이메일", sep, em(v), "\n")
    d("혼인신고일", sep, ND(v, "korean"), "\n\n")
    d("위 초청인은 피초청인의 국내 체류 중 발생하는 비용을 보증합니다.\n", ND(v, "dot_spaced"), "\n초청인 ", P(sp), " (서명)\n")
    if r.random() < 0.5:
        d("통역인: ", P(v.name()), " (", mob(v), ")\n")


@template("외국인 관련 서류")
def foreign_teacher_visa(d, r, v):
    f = v.foreign(r.choice(["미국", "필리핀", "러시아", "일본"]))
    ag = agency(v, "local", ["교육청소년과", "평생학습과", "국제교류팀"])
    off = official(v, ag)
    bd = v.birth(1975, 1999)
    d("사증발급인정신청 첨부 — 원어민 강사 인적사항\n\n")
    d("Name: ", PT(f), "\nDate of birth: ", dob(v, foreign=True, date=bd), "\nNationality: ", f["nat_en"],
      "\nPassport No.: ", pp_f(v, f["nat"]), "\n")
    d("E-mail: ", em(v), "\nPhone (KR): ", mob(v), "\n")
    if r.random() < 0.5:
        d("Previous ARC No.: ", frn(v, date=bd), "\n")
    d("Employer: ", N(r.choice(["○○교육지원청", "○○시 평생학습관"]), "institution_name"), "\n")
    d("Contract period: ", ND(v, "iso"), " to ", ND(v, "iso"), "\n\n")
    d("담당: ", ag["dept"], " ", O_name(off), " (", O_phone(off), ", ", O_mail(off), ")\n")


# ====================================================================== 채용 결과
@template("채용 결과")
def hiring_announce(d, r, v):
    ag = agency(v, "local", ["총무과", "자치행정과", "인사팀"])
    off = official(v, ag)
    d(N(f"{ag['name'].split()[-1]} 공고 제{r.randint(2024, 2025)}-{r.randint(100, 999)}호", "statute"), "\n")
    d(r.choice(["2025년 제1회 공무직 근로자", "기간제 근로자(운전원)", "임기제 공무원", "청년 인턴"]), " 채용 최종 합격자 공고\n\n")
    sep = _sep(r)
    d("응시번호", sep, "성명", sep, "비고\n")
    for i in range(r.randint(3, 6)):
        nm = v.name()
        masked = nm[0] + "○" + nm[2:] if len(nm) == 3 else nm[0] + "○○"
        d(N(f"{r.randint(2024, 2025)}{v.digits(4, True)}", "public_record_id"), sep, N(masked, "masked_name"), sep, r.choice(["", "보훈"]), "\n")
    d("\n1. 합격자는 ", ND(v), "까지 임용 서류를 제출하여야 합니다.\n")
    d("2. 문의: ", ag["dept"], " ", O_name(off), " ", off["title"], " ", O_phone(off), "\n")
    d(ND(v, "dot_spaced"), "\n", N(ag["head"], "official_by_office"))


@template("채용 결과")
def hiring_individual(d, r, v):
    ag = agency(v, "local", ["총무과", "자치행정과", "인사팀"])
    off = official(v, ag)
    nm = v.name()
    driver = r.random() < 0.5
    d("[", ag["name"], "] 최종 합격 안내\n\n", P(nm), " 님 귀하\n")
    job = "운전원(공무직)" if driver else r.choice(["행정 보조(기간제)", "시설관리원(공무직)"])
    d("귀하는 ", job, " 채용 시험에 최종 합격하였습니다.\n\n")
    d("■ 합격자 정보\n성명: ", P(nm), " / 생년월일: ", dob(v, date=v.birth(1965, 2001)), "\n연락처: ", mob(v), " / 전자우편: ", em(v, nm), "\n")
    if driver:
        d("운전면허: 1종 ", r.choice(["대형", "보통"]), " (", dl(v), ")\n")
    d("\n■ 제출 서류: 주민등록초본 1부, 가족관계증명서 1부", ", 운전경력증명서 1부" if driver else "", ", 급여 계좌 사본\n")
    b, ac = acct(v)
    d("※ 급여 계좌 등록 예정: ", b, " ", ac, " (본인 명의)\n")
    d("■ 임용 예정일: ", ND(v, "korean"), "\n■ 문의: ", O_name(off), " ", off["title"], " ", O_phone(off), " / ", O_mail(off), "\n")


@template("채용 결과")
def hiring_roster(d, r, v):
    ag = agency(v, r.choice(["local", "central"]))
    d("[내부] 임용 예정자 인적사항 (", ag["dept"], ")\n")
    sep = _sep(r)
    cols = r.choice([("성명", "생년월일", "휴대전화", "전자우편"), ("성명", "주민등록번호", "휴대전화", "운전면허번호"),
                     ("성명", "생년월일", "주소", "휴대전화")])
    if r.random() < 0.7:
        d(sep.join(cols), "\n")
    for i in range(r.randint(3, 5)):
        nm = v.name()
        d(P(nm), sep)
        for j, c in enumerate(cols[1:]):
            if c == "생년월일":
                d(dob(v, date=v.birth(1968, 2002)))
            elif c == "주민등록번호":
                d(rrn_adult(v))
            elif c == "휴대전화":
                d(mob(v))
            elif c == "전자우편":
                d(em(v, nm))
            elif c == "운전면허번호":
                d(dl(v))
            elif c == "주소":
                d(addr_e(v, r.choice(["road_short", "road_sgg"])))
            d(sep if j < len(cols) - 2 else "\n")
    d("※ 외부 유출 금지. 작성: ", ag["dept"], " ", P(v.name()), "\n")


@template("채용 결과")
def hiring_foreign_teacher(d, r, v):
    ag = agency(v, "local")
    off = official(v, ag)
    sep = _sep(r)
    d(ag["name"], " 원어민 강사 채용 결과(내부 결재용)\n\n")
    d("성명", sep, "국적", sep, "여권번호", sep, "생년월일", sep, "이메일\n")
    for i in range(r.randint(2, 4)):
        f = v.foreign(r.choice(["미국", "필리핀", "러시아", "일본", "중국"]))
        d(PT(f), sep, f["nat"], sep, pp_f(v, f["nat"]), sep, dob(v, foreign=True, date=v.birth(1970, 1998)), sep, em(v), "\n")
    d("\n결재: 담당 ", O_name(off), " → 팀장 ", P(v.name()), " → 과장 ", P(v.name()), "\n")


# ====================================================================== 인사 명단
@template("인사 명단")
def roster_overseas_trip(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    sep = _sep(r)
    d("국외출장 명단(", r.choice(["베트남 하노이", "독일 베를린", "일본 도쿄", "싱가포르"]), ", ", NDR(v, "dot_spaced", "~"), ")\n\n")
    hdr = r.random() < 0.7
    if hdr:
        d("연번", sep, "성명", sep, "소속", sep, "직급", sep, "여권번호", sep, "생년월일", sep, "휴대전화\n")
    for i in range(r.randint(3, 6)):
        d(str(i + 1), sep, P(v.name()), sep, ag["dept"] if r.random() < 0.5 else r.choice(LOCAL_DEPTS), sep,
          r.choice(["4급", "5급", "6급", "7급", "8급"]), sep, pp_kr(v), sep, dob(v, date=v.birth(1965, 1998)), sep, mob(v), "\n")
    d("\n※ 여권 유효기간 6개월 이상 확인 완료. 비상연락: ", ag["dept"], " ", P(v.name()), " ", mob(v), "\n")


@template("인사 명단")
def roster_emergency(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    sep = _sep(r)
    d(ag["name"], " ", ag["dept"], " 비상연락망 (", ND(v, "dot_spaced"), " 기준)\n")
    hdr = r.random() < 0.5
    if hdr:
        d("직위", sep, "성명", sep, "사무실", sep, "휴대전화", sep, "전자우편\n")
    for t in ["과장", "팀장", "주무관", "주무관", "주무관"][:r.randint(3, 5)]:
        nm = v.name()
        ph, _ = v.landline(ag["area"], "landline_direct")
        d(t, sep, P(nm), sep, E("PHONE_NUMBER", ph, "landline_direct"), sep, mob(v), sep,
          em(v, nm, "email_official", domain=ag["domain"]), "\n")
    if r.random() < 0.5:
        d("※ 당직실: ", SW(v, ag["area"]), "\n")
    if r.random() < 0.4:
        nm = v.name()
        d("※ 재난 시 집결지 연락: ", P(nm), " (자택 ", addr_e(v), ")\n")


@template("인사 명단")
def roster_drivers(d, r, v):
    ag = agency(v, "local", ["총무과", "회계과", "차량관리팀"])
    sep = _sep(r)
    d(ag["name"], " 관용차량 운전원 현황\n")
    hdr = r.random() < 0.55
    if hdr:
        d("성명", sep, "운전면허번호", sep, "면허 종별", sep, "생년월일", sep, "연락처\n")
    for i in range(r.randint(3, 6)):
        d(P(v.name()), sep, dl(v), sep, r.choice(["1종 대형", "1종 보통", "1종 특수"]), sep, dob(v, date=v.birth(1962, 1995)), sep,
          mob(v), "\n")
    d("※ 면허 정지·취소 여부는 ", ND(v), " 경찰청 조회로 확인함.\n")


@template("인사 명단")
def roster_no_header(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    d(r.choice(["개인정보보호 교육 참석자", "청렴 교육 이수자", "워크숍 참가자"]), " 명단 (", ag["name"], ")\n\n")
    style = r.randint(0, 3)
    for i in range(r.randint(4, 7)):
        nm = v.name()
        s = style if r.random() < 0.8 else r.randint(0, 3)
        pre = [f"{i + 1}. ", "- ", "", "• "][style]
        if s == 0:
            d(pre, P(nm), "(", r.choice(LOCAL_DEPTS), ", ", mob(v), ")\n")
        elif s == 1:
            d(pre, P(nm), " ", r.choice(["주무관", "사무관", "팀장"]), " / ", em(v, nm, "email_official", domain="korea.kr"), "\n")
        elif s == 2:
            d(pre, P(nm), "  ", land(v, ag["area"], "landline_direct"), "  ", em(v, nm), "\n")
        else:
            d(pre, P(nm, noise=["spaced_name"]) if r.random() < 0.3 else P(nm), "\n")
    d("\n(불참) ", P(v.name()), ", ", P(v.name()), "\n")


@template("인사 명단")
def roster_personnel_order(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    d(ag["name"], " 인사 발령 (", ND(v, "dot_spaced"), "자)\n\n")
    for kind in r.sample(["승진", "전보", "신규임용", "휴직", "직무대리"], 3):
        d("◇ ", kind, "\n")
        for i in range(r.randint(1, 3)):
            d("  ", r.choice(LOCAL_DEPTS), " ", r.choice(["행정6급", "행정7급", "지방시설주사", "사무관"]), " ", P(v.name()), "\n")
    d("\n", N(ag["head"], "official_by_office"), "\n")


# ====================================================================== 계약서
@template("계약서")
def contract_service(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    co = v.company()
    rep = v.name()
    off = official(v, ag)
    d(r.choice(["정보시스템 유지관리", "홍보 영상 제작", "시설 청소", "민원 콜센터 운영", "데이터 구축"]), " 용역 계약서\n\n")
    d("발주기관(이하 \"갑\"): ", ag["name"], " (", N(ag["addr"], "institution_address"), ", 대표전화 ", N(ag["tel"], "switchboard"), ")\n")
    d("계약상대자(이하 \"을\"): ", N(co, "company_name"), "\n")
    d("  대표자: ", P(rep), "\n  사업자등록번호: ", brn(v), "\n")
    if r.random() < 0.75:
        d("  법인등록번호: ", crn(v), "\n")
    d("  주소: ", addr(v), "\n  전화: ", land(v, kind="landline_company"))
    if r.random() < 0.5:
        d(" / 팩스: ", land(v, kind="fax_company"))
    d("\n  전자우편: ", em(v, rep if r.random() < 0.3 else None, "email_company",
                        domain=r.choice(["hanbit-eng.co.kr", "nuri.kr", "daon-sys.com", "gaon.co.kr"])), "\n\n")
    d("제1조(계약금액) 금 ", AMT(v, "large"), "(부가가치세 포함)\n")
    a_, b_ = sorted([v.recent_date(), v.recent_date()])
    d("제2조(계약기간) ", ND(v, "dot_spaced", a_), "부터 ", ND(v, "dot_spaced", b_), "까지\n")
    b, ac = acct(v)
    d("제5조(대금 지급) 갑은 을의 청구를 받은 날부터 5일 이내에 을이 지정한 계좌(", b, " ", ac, ", 예금주 ")
    if r.random() < 0.65:
        d(N(co, "company_name"))
    else:
        d(P(rep))
    d("){로} 대금을 지급한다.\n제9조(개인정보 보호) 을은 ", statute(r, "privacy"), "{을} 준수하여야 한다.\n\n")
    pm = v.name()
    d("계약 담당: 갑 ", ag["dept"], " ", off["title"], " ", O_name(off), "(", O_phone(off), ") / 을 사업책임자 ", P(pm), "(", mob(v), ")\n")
    d(ND(v, "korean"), "\n갑 ", N(ag["head"], "official_by_office"), " (인)    을 ", N(co, "company_name"), " 대표이사 ", P(rep), " (인)\n")


@template("계약서")
def contract_lease(d, r, v):
    ag = agency(v, "local")
    lessor = v.name()
    d(r.choice(["공공임대 사무실 임차 계약서", "주차장 부지 임대차 계약서", "경로당 건물 임대차 계약서"]), "\n\n")
    d("임대인(갑): ", P(lessor), " (주민등록번호 ", rrn_adult(v), ")\n  주소: ", addr(v), "\n  연락처: ", mob(v), "\n")
    d("임차인(을): ", ag["name"], " (", N(ag["addr"], "institution_address"), ")\n\n")
    d("임대 목적물: ", addr_e(v, "jibun"), " 토지 및 건물 일부\n")
    d("보증금: ", AMT(v, "large"), " / 월 차임: ", AMT(v, "large"), "\n")
    b, ac = acct(v)
    d("차임은 매월 말일까지 갑의 계좌(", b, " ", ac, ", 예금주 ", P(lessor), "){로} 지급한다.\n")
    if r.random() < 0.5:
        agent = v.name()
        d("공인중개사: ", P(agent), " (", N(r.choice(["한빛공인중개사사무소", "새봄부동산"]), "company_name"), ", 등록번호 ",
          N(f"{v.digits(5, True)}-{r.randint(2015, 2024)}-{v.digits(5)}", "public_record_id"), ", 전화 ", land(v, kind="landline_company"), ")\n")
    d("\n", ND(v, "dot_spaced"), "\n갑 ", P(lessor), " (인)   을 ", N(ag["head"], "official_by_office"), " (인)\n")


@template("계약서")
def contract_lecturer(d, r, v):
    ag = agency(v, "local", ["평생학습과", "기획예산과", "자치행정과", "복지정책과"])
    off = official(v, ag)
    nm = v.name()
    sep = _sep(r)
    d(r.choice(["외부 강사 위촉 계약서", "자문위원 위촉 및 수당 지급 동의서", "통역 용역 계약서(개인)"]), "\n\n")
    d("성명", sep, P(nm), sep, "주민등록번호", sep, rrn_adult(v, r.choice(["valid", "valid", "masked"])), "\n")
    d("주소", sep, addr(v, paren=False), "\n")
    d("휴대전화", sep, mob(v), sep, "전자우편", sep, em(v, nm), "\n")
    d("소속", sep, N(r.choice(["○○대학교", "(주)누리컨설팅", "한빛연구소"]), "company_name"), "\n")
    b, ac = acct(v)
    d("수당 지급 계좌", sep, b, sep, ac, sep, "예금주", sep, P(nm), "\n")
    d("강의(자문) 일시", sep, ND(v, "dot_spaced"), " 14:00~16:00", sep, "수당", sep, N(f"{r.choice([150, 200, 250, 300, 400])},000원", "amount"), "\n\n")
    d("위촉자는 ", statute(r, "privacy"), "에 따라 주민등록번호를 원천징수 목적으로만 제공하는 데 동의합니다.\n")
    d("담당: ", ag["dept"], " ", O_name(off), " ", O_phone(off), "\n")


@template("계약서")
def contract_vehicle_rental(d, r, v):
    ag = agency(v, "local")
    co = r.choice(["(주)", "", "주식회사 "]) + r.choice(["한빛", "누리", "새봄", "가람", "해솔", "큰길"]) + r.choice(["렌터카", "모빌리티", "렌트카"])
    rep = v.name()
    d("차량 임차 계약서(", r.choice(["선거 홍보", "재난 대응", "행사 지원"]), "용)\n\n")
    d("임대 사업자: ", N(co, "company_name"), " / 대표자 ", P(rep), " / 사업자등록번호 ", brn(v), "\n")
    d("사업장: ", addr(v, paren=False), " / 전화 ", land(v, kind="landline_company"), "\n\n")
    d("임차 차량 및 운전원\n")
    sep = _sep(r)
    for i in range(r.randint(2, 4)):
        d(str(i + 1), sep, plate(v, r.choice(["rent", "rent", "commercial", "3d"])), sep, r.choice(["스타리아", "카니발", "쏘나타", "1톤 화물"]), sep,
          "운전원 ", P(v.name()), sep, "면허 ", dl(v), sep, mob(v), "\n")
    d("\n임차료 ", AMT(v), "{은} 계약 종료 후 ", ND(v), "까지 지급한다. 사고 시 보험사(", HOT(v), ")에 즉시 신고한다.\n")


@template("계약서")
def contract_privacy_outsourcing(d, r, v):
    ag = agency(v, "central")
    co = v.company()
    rep = v.name()
    d("개인정보 처리업무 위탁 계약서\n\n위탁자: ", ag["name"], "\n수탁자: ", N(co, "company_name"), " (대표자 ", P(rep), ", 법인등록번호 ", crn(v),
      ", 사업자등록번호 ", brn(v), ")\n\n")
    d("제3조(위탁 업무) 수탁자는 ", r.choice(["민원 상담", "급여 지급 대상자 안내 문자 발송", "설문조사"]), " 업무를 수행한다.\n")
    d("제7조(책임자) 위탁자 개인정보 보호책임자: ", r.choice(["정보화담당관", "운영지원과장"]), " ")
    cpo1 = official(v, ag, "과장")
    d(O_name(cpo1), " (", O_phone(cpo1), ", ", O_mail(cpo1), ")\n")
    cpo2 = v.name()
    d("  수탁자 개인정보 보호책임자: ", P(cpo2), " 이사 (", land(v, kind="landline_company"), ", ",
      em(v, cpo2, "email_company", domain=r.choice(["daon-sys.com", "nuri.kr", "hanbit.co.kr"])), ")\n")
    d("제9조(재위탁 금지) 수탁자는 위탁자의 사전 승인 없이 재위탁할 수 없다. ", statute(r, "privacy"), "\n")
    d("서버 접속 허용 IP: ", ip(v, "pub"), ", ", ip(v, "priv"), "\n")


@template("신청서·별지 서식")
def passport_application(d, r, v):
    sep = _sep(r)
    nm = v.name()
    bd = v.birth(1950, 2006)
    d("■ ", N("여권법 시행규칙 [별지 제1호서식]", "statute"), " <개정 ", ND(v, "dot_spaced"), ">\n여권 발급 신청서\n\n")
    ptype = r.choice(["일반여권(복수, 10년)", "일반여권(복수, 10년)", "일반여권(단수)", "관용여권"])
    d("여권 종류", sep, ptype, "\n")
    d("한글 성명", sep, P(nm), sep, "로마자 성명", sep, PKL(v, nm), "\n")
    d("주민등록번호", sep, rrn_adult(v, r.choice(["valid", "valid", "masked"]), date=bd), "\n")
    d("본인 연락처", sep, mob(v), sep, "전자우편", sep, em(v, nm), "\n")
    if r.random() < 0.7:
        pv, pk = v.passport_kr("old" if r.random() < 0.6 else "new")
        pv = {"일반여권(단수)": "S", "관용여권": "G"}.get(ptype, "M") + pv[1:]
        d("종전 여권번호", sep, E("KR_PASSPORT", pv, pk), sep, "발급 사유", sep,
          r.choice(["분실", "유효기간 만료", "훼손", "사증란 부족"]), "\n")
    kin = v.name(surname=v.surname_of(nm) if r.random() < 0.5 else None)
    d("긴급연락처", sep, "성명 ", P(kin), sep, "관계 ", r.choice(["부", "모", "배우자", "자녀", "형제"]), sep, "전화 ", mob(v), "\n")
    d("수령 희망 기관", sep, N(r.choice(["마포구청 민원여권과", "수원시청 민원실", "해운대구청 여권민원실"]), "institution_name"), "\n\n")
    d("※ 로마자 성명 작성 예: ", N("HONG GILDONG", "form_example"), " / 주민등록번호 예: ", N("000000-0000000", "placeholder_id"), "\n")
    d("신청일 ", ND(v, "dot_spaced"), "   신청인 ", P(nm), " (서명)\n", N(r.choice(["외교부장관", "마포구청장", "수원시장"]), "official_by_office"), " 귀하\n")
