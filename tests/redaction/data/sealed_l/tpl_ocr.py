# -*- coding: utf-8 -*-
"""OCR of scanned ID cards and certificates.  The Doc is created with
ocr=True, so every labelled value may receive OCR damage (confusable
letters, full-width digits, spaces or line breaks inside numbers, spaced
names, wrapped addresses) and labels get light damage too."""
from core import *  # noqa
from common import *  # noqa


def _issuer_for(addr_extra):
    reg = addr_extra["region"]
    sgg = addr_extra["sgg"]
    if not sgg:
        return N(reg + "장", "office_title")
    return N(reg + " " + sgg + ("청장" if sgg.endswith("구") else ("수" if sgg.endswith("군") else "장")), "office_title")


def t_ocr_idcard(rng, d):
    nm = person(rng)
    r, dt = rrn(rng, "valid" if rng.random() < 0.85 else "masked", dt=rand_date(rng, 1945, 2006))
    addr, ex = address(rng, rng.choice(["road_full", "road_full", "jibun"]))
    d.ln(rng.choice(["주민등록증", "주 민 등 록 증", "주민등록증 (앞면)"]))
    hj = hanja_of(nm.text)
    if hj and rng.random() < 0.6:
        d.ln("{0} ({1})", nm, P("PERSON", hj, "ko_name_hanja"))
    else:
        d.ln("{0}", nm)
    d.ln("{0}", r)
    d.add(addr)
    if ex["paren"] and rng.random() < 0.7:
        d.add(" " if rng.random() < 0.5 else "\n", ex["paren"])
    d.ln()
    d.ln("{0}", doc_date(rng, "dots_spaced", max(dt.year + 18, 2005), 2024))
    d.ln("{0}", _issuer_for(ex))
    if rng.random() < 0.4:
        d.ln("[뒷면] 주소 변경")
        a2, _ = address(rng)
        d.ln("{0} 전입 {1}", doc_date(rng, "dots_padded", 2015, 2024), a2)
    return {}


def t_ocr_dl(rng, d):
    nm = person(rng)
    r, dt = rrn(rng, "valid" if rng.random() < 0.8 else "masked")
    dl = driver_license(rng)
    addr, ex = address(rng)
    d.ln(rng.choice(["자동차운전면허증", "자동차운전면허증 Driver's License", "운전면허증 사본"]))
    d.ln("{0}  {1}", rng.choice(["1종보통", "2종보통", "1종대형", "2종소형"]), dl)
    d.ln("{0}", nm)
    d.ln("{0}", r)
    d.ln("{0}", addr)
    y = rng.randint(2026, 2032)
    d.ln("적성검사기간 {0}", "%d.01.01.~%d.12.31." % (y, y))
    d.ln("조건 {0}", rng.choice(["A", "B", "-", "자동변속기"]))
    d.ln("{0}", doc_date(rng, "dots_padded", 2015, 2024))
    d.ln("{0}", N(rng.choice(["서울경찰청장", "경기남부경찰청장", "부산경찰청장", "강원경찰청장"]), "office_title"))
    d.ln("{0}", N("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), "card_serial"))
    return {}


def t_ocr_arc(rng, d):
    fn = foreign(rng)
    dtb = rand_date(rng, 1965, 2004)
    fr, _ = frn(rng, "valid", dt=dtb)
    d.ln(rng.choice(["외국인등록증 RESIDENCE CARD", "외국인등록증", "영주증 PERMANENT RESIDENT CARD"]))
    d.ln("외국인등록번호 {0}", fr)
    d.ln("성명 {0}", P("PERSON", fn[0], "foreign_latin"))
    d.ln("국가/지역 {0}   성별 {1}", fn[3], rng.choice(["M", "F"]))
    d.ln("체류자격 {0}", rng.choice(["E-9 (비전문취업)", "D-2 (유학)", "F-6 (결혼이민)", "E-7 (특정활동)", "H-2 (방문취업)", "F-5 (영주)"]))
    d.ln("발급일자 {0}", doc_date(rng, "dots_padded", 2019, 2024))
    d.ln("{0}", N("한빛출입국·외국인사무소장", "office_title"))
    if rng.random() < 0.6:
        d.ln("[뒷면] 체류지 {0}", address(rng)[0])
        d.ln("허가일자 {0}  만료일자 {1}", doc_date(rng, "dots_padded", 2023, 2024), doc_date(rng, "dots_padded", 2025, 2027))
    return {}


def t_ocr_passport(rng, d):
    nm = person(rng)
    dtb = rand_date(rng, 1950, 2006)
    pp = passport_kr(rng)
    d.ln("대한민국 여권 REPUBLIC OF KOREA PASSPORT")
    d.ln("종류/Type {0}  발행국/Issuing country KOR  여권번호/Passport No. {1}", rng.choice(["PM", "PS", "PO"]), pp)
    d.ln("성명/Name {0}", latin_person(nm.text, rng, rng.choice([0, 1])))
    d.ln("한글성명 {0}", nm)
    d.ln("국적/Nationality REPUBLIC OF KOREA")
    d.ln("생년월일/Date of birth {0}", dob(rng, dtb, rng.choice(["passport", "passport_ko"])))
    d.ln("성별/Sex {0}", rng.choice(["M", "F"]))
    d.ln("발급일/Date of issue {0}", fmt_date(rand_date(rng, 2016, 2024), "passport"))
    d.ln("기간만료일/Date of expiry {0}", fmt_date(rand_date(rng, 2026, 2034), "passport"))
    d.ln("발행관청/Authority MINISTRY OF FOREIGN AFFAIRS")
    return {}


def t_ocr_bankbook(rng, d):
    nm = person(rng)
    ac, bk = account(rng, sep=rng.choice(["-", "-", ""]))
    d.ln(rng.choice(["통장 사본", "보통예금 통장", "입출금이 자유로운 예금"]))
    d.ln("{0}", bk)
    d.ln("계좌번호 {0}", ac)
    d.ln("예금주 {0} 님" if rng.random() < 0.6 else "성명 {0}", nm)
    d.ln("신규일 {0}", doc_date(rng, "dots_padded", 2008, 2023))
    d.ln("고객센터 {0}", switchboard(rng))
    if rng.random() < 0.4:
        d.ln("※ 통장 사본 제출용 - {0} 제출", rng.choice(["보조금", "급여", "환급금", "강사료"]))
    return {}


def t_ocr_card(rng, d):
    nm = person(rng)
    c = card(rng, sep=rng.choice([" ", " ", "-"]))
    d.ln("[신용카드 앞면 사본]")
    d.ln("{0}", rng.choice(CARD_ISSUERS))
    d.ln("{0}", c)
    d.ln("VALID THRU %02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)))
    d.ln("{0}", latin_person(nm.text, rng, rng.choice([0, 1])))
    if rng.random() < 0.5:
        d.ln("[뒷면] 서명 {0}  고객센터 {1}", nm, switchboard(rng))
    return {}


def t_ocr_hicard(rng, d):
    head = person(rng)
    d.ln(rng.choice(["건강보험증", "국민건강보험증", "건 강 보 험 증"]))
    d.ln("증번호 {0}", health_ins(rng, rng.random() < 0.2))
    d.ln("세대주 성명 {0}", head)
    d.ln("가입자 구분 {0}   취득일 {1}", rng.choice(["지역", "직장"]), doc_date(rng, "dots_padded", 2000, 2022))
    d.ln("사업장명칭 {0}", N(company_name(rng), "company_name") if rng.random() < 0.6 else "-")
    d.ln("적용대상자")
    d.ln("성명 | 주민등록번호 | 관계")
    hs = rng.choice("MF")
    rows = [(head, "본인", hs)]
    for rel in rng.sample(["배우자", "자녀", "부", "모"], rng.randint(1, 3)):
        sx = {"배우자": "F" if hs == "M" else "M", "부": "M", "모": "F"}.get(rel, rng.choice("MF"))
        rows.append((person(rng), rel, sx))
    for p, rel, sx in rows:
        if rel == "자녀":
            ck = rng.choice(["valid", "valid", "masked", "post2020"])
            r, _ = rrn(rng, ck, dt=rand_date(rng, 2001, 2019, 1, 9) if ck != "post2020" else None, sex=sx)
        elif rel in ("부", "모"):
            r, _ = rrn(rng, rng.choice(["valid", "masked"]), dt=rand_date(rng, 1935, 1960), sex=sx)
        else:
            r, _ = rrn(rng, rng.choice(["valid", "masked"]), dt=rand_date(rng, 1961, 1995), sex=sx)
        d.ln("{0} | {1} | {2}", p, r, rel)
    d.ln("발급일 {0}  {1}", doc_date(rng, "dots_padded", 2022, 2025), N("국민건강보험공단 이사장", "office_title"))
    return {}


def t_ocr_brncert(rng, d):
    ceo = person(rng)
    cn = company_name(rng, rng.choice([0, 1, 2]))
    corp = rng.random() < 0.7
    d.ln("사 업 자 등 록 증")
    d.ln("({0})", "법인사업자" if corp else "일반과세자")
    d.ln("등록번호 : {0}", brn(rng, "-", "81" if corp else rng.choice(["01", "10", "20", "37"])))
    d.ln("{0} : {1}", "법인명(단체명)" if corp else "상  호", N(cn, "company_name"))
    d.ln("대 표 자 : {0}", ceo)
    if corp:
        d.ln("개 업 연 월 일 : {0}   법인등록번호 : {1}", doc_date(rng, "korean_padded", 2005, 2023), crn(rng))
    else:
        d.ln("개 업 연 월 일 : {0}   생 년 월 일 : {1}", doc_date(rng, "korean_padded", 2005, 2023),
             dob(rng, None, rng.choice(["korean_padded", "korean", "dots_padded"])))
    d.ln("사업장 소재지 : {0}", address(rng)[0])
    if corp and rng.random() < 0.5:
        d.ln("본 점 소 재 지 : {0}", address(rng)[0])
    d.ln("사업의 종류 : 업태 {0}  종목 {1}", rng.choice(["서비스", "제조", "도소매", "건설"]),
         rng.choice(["소프트웨어 개발", "전자부품", "토목공사", "식자재 유통", "경영 컨설팅"]))
    d.ln("발 급 사 유 : {0}", rng.choice(["신규", "정정", "재발급"]))
    d.ln("{0}", doc_date(rng, "korean_padded", 2015, 2025))
    d.ln("{0}", N(rng.choice(["한빛세무서장", "새솔세무서장", "가람세무서장"]), "office_title"))
    return {}


def t_ocr_carreg(rng, d):
    own = person(rng)
    d.ln("자동차등록증")
    d.ln("제{0}호", N("%d-%06d" % (rng.randint(2015, 2024), rng.randint(0, 999999)), "doc_number"))
    d.ln("① 자동차등록번호 {0}   ② 차종 {1}", plate(rng, rng.choice(["p2", "p3", "p3", "nospace", "commercial"])),
         rng.choice(["중형 승용", "소형 승용", "대형 승합", "소형 화물"]))
    d.ln("③ 차명 {0}   ④ 형식 및 연식 {1}", rng.choice(["쏘나타", "아반떼", "스타리아", "포터Ⅱ", "K5", "모닝"]), str(rng.randint(2015, 2024)))
    d.ln("⑤ 차대번호 {0}", N("KM" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(15)), "vin"))
    d.ln("⑥ 원동기형식 {0}", rng.choice(["G4KN", "D4HB", "EV 모터"]))
    d.ln("⑦ 사용본거지 {0}", address(rng)[0])
    d.ln("⑧ 소유자 성명(명칭) {0}", own)
    if rng.random() < 0.6:
        d.ln("⑨ 생년월일(법인등록번호) {0}", dob(rng, None, rng.choice(["dots_padded", "iso", "yymmdd"])))
    else:
        d.ln("⑨ 주민등록번호 {0}", rrn(rng, rng.choice(["valid", "masked"]))[0])
    d.ln("{0}  {1}", doc_date(rng, "korean", 2016, 2024), N(rng.choice(["한빛시장", "새솔구청장", "가람군수"]), "office_title"))
    return {}
