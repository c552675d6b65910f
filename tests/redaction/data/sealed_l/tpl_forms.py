# -*- coding: utf-8 -*-
"""Application forms and certificates."""
from core import *  # noqa
from common import *  # noqa


def t_passport_app(rng, d):
    ag = rng.choice([a for a in AGENCIES if a[0] in ("외교부", "새솔구청", "한빛시청", "가람군청")])
    title = rng.choice(["여권 발급 신청서", "여권 재발급 신청서 (분실·훼손)", "여권 기재사항 변경 신청서",
                        "[별지 제1호서식] 여권발급 신청서"])
    minor = rng.random() < 0.25
    nm = person(rng)
    if minor:
        mk = rng.choice(["post2020", "valid"])
        r, dt = rrn(rng, kind=mk, dt=rand_date(rng, 2009, 2019, 1, 9) if mk == "valid" else None)
    else:
        r, dt = rrn(rng, kind="valid", sep=rng.choice(["-", "-", "-", "", " "]))
    lat = latin_person(nm.text, rng, rng.choice([0, 1, 3]))
    old_pp = passport_kr(rng, prefix="M" if rng.random() < 0.8 else rng.choice("SR"))
    ph = pick_phone(rng, "mobile")
    em = email(rng, nm.text) if rng.random() < 0.7 else None
    addr, ex = address(rng)
    fields = [("성명(한글)", nm), ("성명(영문)", lat), ("주민등록번호", r)]
    if rng.random() < 0.5:
        fields.append(("생년월일", dob(rng, dt, rng.choice(["dots_spaced", "dots_padded", "korean"]))))
    fields.append(("종전 여권번호", old_pp))
    fields.append(("휴대전화", ph))
    if em:
        fields.append(("전자우편", em))
    zip_ = postal(rng) if rng.random() < 0.5 else None
    fields.append(("주소", [zip_, " " if zip_ else "", addr]))
    if rng.random() < 0.6:
        en = person(rng)
        fields.append(("비상연락처", [en, " (" + rng.choice(["배우자", "부", "모", "형제", "자녀", "지인"]) + ") ",
                                    pick_phone(rng)]))
    rcp = receipt_number(rng)
    d.ln(title)
    if rng.random() < 0.5:
        d.ln("접수번호 {0}    수수료 {1}", rcp, amount(rng, 15000, 53000))
    render_fields(rng, d, fields)
    if minor:
        pa = person(rng)
        pr, _ = rrn(rng, kind="valid")
        d.ln("※ 미성년자 신청 시 법정대리인 동의")
        d.ln("법정대리인 성명 {0} (관계: {1}) 주민등록번호 {2} 연락처 {3}", pa,
             rng.choice(["부", "모", "후견인"]), pr, pick_phone(rng, "mobile"))
    d.ln()
    d.ln("위와 같이 여권 발급을 신청합니다.")
    d.ln("{0}", kdate(rng))
    d.ln("신청인 {0} (서명 또는 인)", nm)
    d.ln("{0} 귀하", office_title(rng) if rng.random() < 0.5 else N(ag[0] + "장관" if ag[0] == "외교부" else ag[0] + "장", "office_title"))
    return {}


def t_alien_app(rng, d):
    fn = foreign(rng)
    latin, hangul, iso, natko, style = fn
    dtob = rand_date(rng, 1965, 2004)
    f_kind = "valid" if rng.random() < 0.85 else "masked"
    fr, _ = frn(rng, f_kind, dt=dtob, sep=rng.choice(["-", "-", "-", "", " "]))
    pp = passport_foreign(rng, style)
    title = rng.choice(["통합신청서 (신고서) / APPLICATION FORM", "체류기간 연장허가 신청서", "외국인등록 신청서",
                        "체류자격 변경허가 신청서", "근무처 변경·추가 신고서"])
    d.ln(title)
    d.ln("□ 외국인 등록 FOREIGN RESIDENT REGISTRATION  □ 체류기간 연장허가 EXTENSION OF SOJOURN PERIOD")
    namep = P("PERSON", latin if rng.random() < 0.7 else title_case(latin), "foreign_latin")
    fields = [("성명 Name", namep)]
    if rng.random() < 0.5:
        fields.append(("한글성명", P("PERSON", hangul, "foreign_hangul")))
    fields.append(("생년월일 Date of Birth", dob(rng, dtob, rng.choice(["iso", "passport", "dots_padded", "slash", "yyyymmdd"]))))
    fields.append(("성별 Sex", rng.choice(["M", "F", "남 M", "여 F"])))
    fields.append(("국적 Nationality", natko + " / " + iso))
    if title != "외국인등록 신청서" or rng.random() < 0.3:
        fields.append(("외국인등록번호 Registration No.", fr))
    fields.append(("여권번호 Passport No.", pp))
    fields.append(("여권발급일자 Passport Issue Date", doc_date(rng, "iso", 2016, 2023)))
    fields.append(("여권유효기간 Passport Expiry Date", doc_date(rng, "iso", 2026, 2033)))
    addr, ex = address(rng, rng.choice(["road_full", "road_short", "jibun"]))
    fields.append(("대한민국 내 주소 Address In Korea", addr))
    fields.append(("휴대전화 Cell phone", pick_phone(rng, "mobile")))
    if rng.random() < 0.6:
        fields.append(("전자우편 E-Mail", email(rng, latin)))
    render_fields(rng, d, fields, rng.choice(["colon", "pipe", "tab", "square"]))
    if rng.random() < 0.7:
        cn = company_name(rng)
        rep = person(rng)
        d.ln("근무처 Workplace: {0}   사업자등록번호 {1}", N(cn, "company_name"), brn(rng, rng.choice(["-", "-", ""])))
        d.ln("대표자 {0}   전화 {1}", rep, phone(rng, rng.choice(["landline", "mobile"])))
    if rng.random() < 0.4:
        g = person(rng)
        gr, _ = rrn(rng, "valid")
        d.ln("신원보증인 {0} / 주민등록번호 {1} / 연락처 {2}", g, gr, pick_phone(rng, "mobile"))
    d.ln("신청일 Date of application: {0}", kdate(rng))
    d.ln("신청인 서명 Signature: {0}", namep)
    d.ln("공용란 (For Official Use Only) 접수번호 {0}  처리기관 {1}", receipt_number(rng),
         rng.choice(["한빛출입국·외국인사무소", "서울남부출입국·외국인사무소", "가람출장소"]))
    return {}


def t_driver_form(rng, d):
    nm = person(rng)
    r, dt = rrn(rng, rng.choice(["valid", "valid", "masked"]))
    dl = driver_license(rng)
    addr, ex = address(rng)
    sub = rng.randrange(3)
    if sub == 0:
        d.ln(rng.choice(["운전면허증 재발급 신청서", "운전면허증 (재)발급 신청서", "국제운전면허증 발급 신청서"]))
        fields = [("성명", nm), ("주민등록번호", r), ("면허번호", dl),
                  ("면허종별", rng.choice(["1종 보통", "2종 보통", "1종 대형", "2종 소형", "1종 보통, 2종 소형"])),
                  ("주소", addr), ("전화번호", pick_phone(rng))]
        if rng.random() < 0.5:
            fields.append(("재발급 사유", rng.choice(["분실", "훼손", "기재사항 변경", "영문 면허증 전환"])))
        render_fields(rng, d, fields)
        d.ln("신청일: {0}  신청인: {1} (서명)", kdate(rng), nm)
        d.ln("{0} 귀하", N(rng.choice(["한빛운전면허시험장장", "도로교통공단 이사장", "지방경찰청장"]), "office_title"))
    elif sub == 1:
        d.ln("운전경력증명서")
        d.ln("발급번호 {0}", mgmt_number(rng))
        render_fields(rng, d, [("성명", nm), ("주민등록번호", r), ("주소", addr), ("면허번호", dl),
                               ("최초취득일", doc_date(rng, "dots_padded", 1995, 2018))], rng.choice(["colon", "pipe", "tab"]))
        d.ln("■ 교통법규 위반 및 사고 이력 (최근 {0}년)", str(rng.choice([3, 5, 10])))
        nrow = rng.randint(0, 3)
        if nrow == 0:
            d.ln("  해당 없음")
        for _ in range(nrow):
            d.ln("  {0}  {1}  {2}  벌점 {3}", doc_date(rng, "dots_padded", 2018, 2024),
                 rng.choice(["신호위반", "속도위반(20km/h 이하)", "중앙선 침범", "안전거리 미확보", "주정차 위반"]),
                 plate(rng), str(rng.choice([10, 15, 30, 0])))
        d.ln("용도: {0}", rng.choice(["취업 제출용", "관공서 제출용", "보험사 제출용"]))
        d.ln("{0}", kdate(rng))
        d.ln("{0}", N("한빛경찰서장", "office_title"))
    else:
        d.ln("정기 적성검사 안내 및 신청서")
        d.ln("{0} 님의 운전면허 적성검사 기간이 다가왔습니다.", nm)
        d.ln("면허번호 : {0}", dl)
        d.ln("생년월일 : {0}", dob(rng, dt, rng.choice(["dots_padded", "korean", "yy_dots"])))
        d.ln("검사기간 : {0} ~ {1}", doc_date(rng, "dots_padded", 2025, 2025), doc_date(rng, "dots_padded", 2026, 2026))
        d.ln("통지 주소 : {0}", addr)
        d.ln("문의: 도로교통공단 고객센터 {0}", N("1577-1120", "switchboard"))
    return {}


def t_payment_app(rng, d):
    kind = rng.choice(["보조금 지급 신청서", "환급금 지급 청구서", "장학금 지급 신청서", "긴급복지 지원금 신청서",
                       "출산지원금 신청서", "여비 지급 청구서", "자동이체(CMS) 출금 신청서"])
    nm = person(rng)
    dt = rand_date(rng, 1950, 2004)
    acct, bank = account(rng, sep=rng.choice(["-", "-", "-", "", " ", "."]), masked=rng.random() < 0.1)
    d.ln(kind)
    if rng.random() < 0.5:
        d.ln("접수번호 {0}", receipt_number(rng))
    fields = [("신청인 성명", nm), ("생년월일", dob(rng, dt))]
    if rng.random() < 0.4:
        r, _ = rrn(rng, "masked", dt=dt)
        fields.append(("주민등록번호", r))
    addr, ex = address(rng)
    fields += [("주소", addr), ("연락처", pick_phone(rng))]
    if rng.random() < 0.4:
        fields.append(("이메일", email(rng, nm.text)))
    fields.append(("신청금액", amount(rng, 50000, 5000000)))
    holder = nm
    if kind == "출산지원금 신청서" or rng.random() < 0.2:
        holder = person(rng)
    fields += [("입금은행", bank), ("계좌번호", acct), ("예금주", holder)]
    if holder is not nm:
        fields.append(("예금주와의 관계", rng.choice(["배우자", "부", "모", "법정대리인"])))
    render_fields(rng, d, fields)
    d.ln("※ 본인 명의 계좌가 아닌 경우 {0}에 따라 위임장을 첨부하여야 합니다.", statute(rng))
    d.ln("{0}  신청인 {1} (인)", kdate(rng), nm)
    if kind.startswith("자동이체"):
        d.ln("출금 동의: 예금주 {0}은(는) 위 계좌에서 매월 {1}일 출금에 동의합니다.", holder, str(rng.randint(1, 28)))
    return {}


def t_certificate(rng, d):
    sub = rng.choice(["재직", "경력", "자격득실", "초본", "가족", "소득"])
    nm = person(rng)
    if sub in ("재직", "경력"):
        cn = company_name(rng)
        ceo = person(rng)
        r, dt = rrn(rng, rng.choice(["valid", "masked", "masked"]))
        addr, _ = address(rng)
        caddr, _ = address(rng, rng.choice(["road_full", "road_short"]))
        d.ln(rng.choice(["재 직 증 명 서", "재직증명서", "경 력 증 명 서", "경력증명서"]) if sub == "재직" else "경 력 증 명 서")
        d.ln("문서번호: {0}", doc_number(rng, "인사팀"))
        render_fields(rng, d, [("성명", nm), ("주민등록번호", r), ("주소", addr),
                               ("소속", rng.choice(["경영지원팀", "기술연구소", "영업1팀", "품질관리팀", "물류센터"])),
                               ("직위", rng.choice(["사원", "대리", "과장", "차장", "부장", "책임연구원"])),
                               ("재직기간", "%s ~ %s" % (doc_date(rng, "dots_padded", 2012, 2020),
                                                     "현재" if sub == "재직" else doc_date(rng, "dots_padded", 2021, 2024))),
                               ("용도", rng.choice(["금융기관 제출용", "관공서 제출용", "비자 발급용"]))],
                      rng.choice(["colon", "pipe", "tab", "numbered"]))
        d.ln("위의 사실을 증명합니다.")
        d.ln("{0}", kdate(rng))
        d.ln("회사명: {0}", N(cn, "company_name"))
        d.ln("사업자등록번호: {0}", brn(rng, rng.choice(["-", "-", ""])))
        if rng.random() < 0.5:
            d.ln("법인등록번호: {0}", crn(rng))
        d.ln("소재지: {0}", caddr)
        d.ln("대표이사 {0} (직인)", ceo)
        if rng.random() < 0.5:
            d.ln("발급담당 {0} {1}", person(rng), phone(rng, "landline", rng.choice(["-", "."])))
    elif sub == "자격득실":
        r, dt = rrn(rng, rng.choice(["masked", "masked", "valid"]))
        d.ln("건강보험 자격득실 확인서")
        d.ln("발급번호 {0}", mgmt_number(rng))
        d.ln("가입자 성명 {0}   주민등록번호 {1}", nm, r)
        d.ln("건강보험증 번호 {0}", health_ins(rng, rng.random() < 0.25))
        d.ln("가입자구분 | 사업장 명칭 | 자격취득일 | 자격상실일")
        for _ in range(rng.randint(1, 4)):
            d.ln("{0} | {1} | {2} | {3}", rng.choice(["직장가입자", "지역가입자", "직장피부양자"]),
                 N(company_name(rng), "company_name"), doc_date(rng, "dots_padded", 2005, 2019),
                 rng.choice(["", doc_date(rng, "dots_padded", 2019, 2024)]))
        d.ln("위와 같이 자격득실 사항을 확인합니다. {0}", kdate(rng))
        d.ln("{0}", N("국민건강보험공단 이사장", "office_title"))
    elif sub == "초본":
        r, dt = rrn(rng, "valid")
        d.ln("주민등록표 (초본)")
        if hanja_of(nm.text):
            d.ln("성명(한자) {0} ({1})", nm, P("PERSON", hanja_of(nm.text), "ko_name_hanja"))
        else:
            d.ln("성명 {0}", nm)
        d.ln("주민등록번호 {0}", r)
        d.ln("번호 | 주소 | 전입일 / 변동일 | 변동사유")
        for k in range(rng.randint(2, 4)):
            a, _ = address(rng, rng.choice(["road_full", "jibun"]))
            d.ln("{0} | {1} | {2} | {3}", str(k + 1), a, doc_date(rng, "dots_padded", 2000 + k * 5, 2004 + k * 5),
                 rng.choice(["전입", "전입", "도로명주소 변경", "세대분리"]))
        if rng.random() < 0.6:
            d.ln("세대주 성명 {0}  세대주와의 관계 {1}", person(rng), rng.choice(["배우자", "자", "본인"]))
        d.ln("{0} {1}", kdate(rng), N(rng.choice(["새솔구 성산동장", "한빛시 인계동장", "가람읍장"]), "office_title"))
    elif sub == "가족":
        d.ln("가족관계증명서 (일반)")
        d.ln("등록기준지 {0}", address(rng, "jibun")[0])
        d.ln("구분 | 성명 | 출생연월일 | 주민등록번호 | 성별")
        base = rand_date(rng, 1955, 1990)
        me = rng.choice("MF")
        rows = [("본인", nm, base, me), ("부", person(rng), rand_date(rng, 1930, base.year - 20), "M"),
                ("모", person(rng), rand_date(rng, 1932, base.year - 19), "F")]
        if rng.random() < 0.7:
            rows.append(("배우자", person(rng), rand_date(rng, base.year - 4, base.year + 4), "F" if me == "M" else "M"))
        if rng.random() < 0.7:
            rows.append(("자녀", person(rng), rand_date(rng, min(base.year + 24, 2018), 2019, 1, 9), rng.choice("MF")))
        form = rng.choice(["korean", "korean_padded", "dots_padded"])
        for rel, p, dtt, sx in rows:
            masked = rng.random() < 0.5
            rr, _ = rrn(rng, "masked" if masked else "valid", dt=dtt, sex=sx)
            d.ln("{0} | {1} | {2} | {3} | {4}", rel, p, dob(rng, dtt, form), rr,
                 "남" if rr.text[7] in "13" else "여")
        d.ln("위 가족관계증명서는 가족관계등록부의 기록사항과 틀림없음을 증명합니다. {0}", kdate(rng))
    else:
        cn = company_name(rng)
        d.ln("소득금액증명 (사업소득자용)")
        d.ln("발급번호 {0}", mgmt_number(rng))
        render_fields(rng, d, [("성명(대표자)", nm), ("상호", N(cn, "company_name")),
                               ("사업자등록번호", brn(rng, "-")), ("주민등록번호", rrn(rng, "masked")[0]),
                               ("주소(사업장)", address(rng)[0])], "colon")
        d.ln("귀속연도 | 소득구분 | 총수입금액 | 소득금액")
        for y in range(rng.randint(1, 3)):
            d.ln("{0} | 사업소득 | {1} | {2}", str(2022 + y), amount(rng, 30000000, 900000000), amount(rng, 5000000, 90000000))
        d.ln("{0} {1}", kdate(rng), N("한빛세무서장", "office_title"))
    return {}


def t_consent(rng, d):
    blank = rng.random() < 0.35
    org = rng.choice(["한빛시 평생학습관", "새솔구 보건소", "가람군 농업기술센터", "한빛시청 청년정책과",
                      "새솔구 자원봉사센터", "한빛문화재단"])
    d.ln("개인정보 수집·이용 동의서")
    d.ln("{0}은(는) {1}에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.", org, statute(rng))
    d.ln("1. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소{0}", rng.choice(["", ", 이메일", ", 계좌번호"]))
    d.ln("2. 수집·이용 목적: {0}", rng.choice(["교육 수강생 관리", "예방접종 예약 안내", "교육비 환급", "봉사활동 실적 관리",
                                           "행사 참가자 안내 및 경품 발송"]))
    d.ln("3. 보유 및 이용 기간: {0}", rng.choice(["목적 달성 후 1년", "3년", "사업 종료 시까지"]))
    d.ln("4. 동의를 거부할 권리가 있으며, 거부 시 {0} 이용이 제한될 수 있습니다.", rng.choice(["서비스", "교육", "사업 참여"]))
    d.ln("□ 동의함  □ 동의하지 않음")
    d.ln()
    if blank:
        d.ln("(작성 예시)")
        d.ln("성명: {0}   생년월일: {1}", placeholder(rng, "홍길동"), rng.choice(["1900. 1. 1.", "YYYY.MM.DD"]))
        d.ln("주민등록번호: {0}", N("000000-0000000", "placeholder_number"))
        d.ln("휴대전화: {0}", N(rng.choice(["010-0000-0000", "010-XXXX-XXXX", "010-****-****"]), "placeholder_number"))
        if rng.random() < 0.5:
            d.ln("이메일: {0}", N(rng.choice(["example@example.com", "id@domain.com"]), "placeholder_email"))
        d.ln("문의: {0} 대표전화 {1}", org, switchboard(rng) if rng.random() < 0.5 else N(rng.choice(["120", "110"]), "short_code"))
        return {"no_pii": True}
    nm = person(rng)
    fields = [("성명", nm), ("생년월일", dob(rng)), ("휴대전화", pick_phone(rng, "mobile"))]
    if rng.random() < 0.6:
        fields.append(("주소", address(rng)[0]))
    if rng.random() < 0.5:
        fields.append(("이메일", email(rng, nm.text)))
    if rng.random() < 0.3:
        ac, bk = account(rng)
        fields.append(("환급계좌", [bk, " ", ac]))
    render_fields(rng, d, fields, rng.choice(["colon", "tab", "square"]))
    d.ln("{0}", kdate(rng))
    d.ln("동의자 {0} (서명)", nm)
    if rng.random() < 0.4:
        g = person(rng)
        d.ln("※ 만 14세 미만 아동의 경우 법정대리인: {0} (연락처 {1})", g, pick_phone(rng, "mobile"))
    return {}


def t_card_form(rng, d):
    nm = person(rng)
    kind = rng.choice(["신용카드 발급 신청서", "법인카드 발급 요청서", "카드 자동납부 신청서", "후원금 정기결제 신청서"])
    d.ln(kind)
    if kind == "법인카드 발급 요청서":
        cn = company_name(rng)
        render_fields(rng, d, [("법인명", N(cn, "company_name")), ("사업자등록번호", brn(rng)),
                               ("법인등록번호", crn(rng, rng.choice(["-", "-", ""]))),
                               ("사용자", nm), ("부서", rng.choice(["총무팀", "영업팀", "연구소"])),
                               ("사용자 연락처", pick_phone(rng, "mobile")),
                               ("결제계좌", account(rng)[0])], rng.choice(["colon", "pipe"]))
        d.ln("기존 카드번호(해지 대상): {0}", card(rng, masked=rng.random() < 0.5))
        return {}
    dt = rand_date(rng, 1950, 2004)
    fields = [("성명", nm), ("생년월일", dob(rng, dt, rng.choice(["yymmdd", "dots_padded", "yyyymmdd", "iso"])))]
    if kind != "후원금 정기결제 신청서":
        fields.append(("휴대폰", pick_phone(rng, "mobile")))
    fields.append(("카드사", rng.choice(CARD_ISSUERS)))
    c = card(rng, sep=rng.choice(["-", "-", " ", ""]))
    fields.append(("카드번호", c))
    fields.append(("유효기간(MM/YY)", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))))
    if rng.random() < 0.5:
        fields.append(("청구지 주소", address(rng)[0]))
    if rng.random() < 0.5:
        fields.append(("이메일", email(rng, nm.text)))
    fields.append(("납부 금액", amount(rng, 5000, 300000)))
    render_fields(rng, d, fields)
    d.ln("위 카드로 매월 {0}일 자동 결제되는 것에 동의합니다. 카드 소유주 {1} (서명)", str(rng.randint(1, 28)), nm)
    return {}
