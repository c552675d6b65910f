# -*- coding: utf-8 -*-
"""Templates for pii_bh (used by make_set.py). Standard library only."""
import re
import make_set as M
from make_set import S, H

TPL = []


def tpl(genre, boost=()):
    def deco(f):
        TPL.append((f.__name__, genre, f, set(boost)))
        return f
    return deco


def P(n): return S("PERSON", n)
def PH(v): return S("PHONE_NUMBER", v)
def AC(v): return S("KR_BANK_ACCOUNT", v)
def DOB(v): return S("DATE_OF_BIRTH", v)
def ADDR(v): return S("KR_ADDRESS", v)
def RRN(v): return S("KR_RRN", v)
def FRN(v): return S("KR_FRN", v)
def PP(v): return S("KR_PASSPORT", v)
def CC(v): return S("CREDIT_CARD", v)
def BRN(v): return S("KR_BRN", v)
def CRN(v): return S("KR_CRN", v)
def DL(v): return S("KR_DRIVER_LICENSE", v)
def PL(v): return S("KR_VEHICLE_PLATE", v)
def HI(v): return S("KR_HEALTH_INSURANCE", v)
def EM(v): return S("EMAIL_ADDRESS", v)
def IP(v): return S("IP_ADDRESS", v)


def amt(R, lo=10, hi=3000, unit=1000):
    return "{:,}".format(R.randint(lo, hi) * unit)


def date_doc(R, y=2026):
    m, d = R.randint(1, 12), R.randint(1, 28)
    return R.choice(["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d.%02d.%02d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d)])


def dob(R, y0=1940, y1=2006, style=None):
    return M.dob_fmt(R, M.birth(R, y0, y1), style)[0]


def sep(R):
    return R.choice(["|", " | ", "\t", "  ", " │ ", ",", " / "])


def row(sp, cells):
    return sp.join(cells)


def company(R):
    return R.choice(["(주)", "주식회사 ", ""]) + R.choice(["한빛", "새솔", "다온", "누리", "가람", "별마루", "하늬", "미리내", "솔빛", "은하수", "늘푸른", "햇살"]) + R.choice(["건설", "엔지니어링", "정보통신", "식품", "물산", "테크", "산업", "디자인", "의료기", "환경", "물류"])


def inst_phone(R):
    return H("institution_phone", R.choice(["%s-%d-2114" % (R.choice(M.AREA), R.randint(200, 999)), "1588-%04d" % R.randint(0, 9999), "1577-%04d" % R.randint(0, 9999), "120", "110", "1644-%04d" % R.randint(0, 9999), "1899-%04d" % R.randint(0, 9999)]))


def inst_addr(R):
    return H("institution_address", R.choice(["세종특별자치시 갈매로 477 정부세종청사 %d동" % R.randint(1, 17), "서울특별시 종로구 세종대로 209 정부서울청사", "경기도 수원시 팔달구 효원로 1", "대전광역시 서구 청사로 189 정부대전청사 %d동" % R.randint(1, 4), "부산광역시 연제구 중앙대로 1001"]))


def docno(R):
    return H("doc_number", R.choice(["%s-%d" % (R.choice(["운영지원과", "복지정책과", "민원여권과", "세무과", "교통행정과", "외국인정책과", "주택과"]), R.randint(100, 9999)), "제2026-%d호" % R.randint(1, 400)]))


def inst(R):
    return R.choice(["○○시", "○○구", "○○군", "○○도"])


HEAD = {"○○시": "○○시장", "○○구": "○○구청장", "○○군": "○○군수", "○○도": "○○도지사"}


def head(R):
    return HEAD[inst(R)]


def adult_rrn(R):
    return M.rrn_valid(R, M.birth(R, 1945, 2000))[0]


# =================================================================== 지급목록
@tpl("지급목록", boost=("KR_BANK_ACCOUNT", "DATE_OF_BIRTH"))
def t_subsidy_table(R):
    sp = sep(R)
    title = R.choice(["아동수당", "청년 구직활동지원금", "농업인 공익직불금", "에너지바우처 환급", "출산축하금", "긴급생계비", "노인 교통비 지원", "소상공인 재기지원금"])
    out = ["%s %s 지급 명단 (%d차)" % (inst(R), title, R.randint(1, 6))]
    showbank = R.random() < 0.6
    for i in range(R.randint(3, 7)):
        acc, bank = M.account(R)
        cells = [str(i + 1), P(M.kname(R)), DOB(dob(R, 1945, 2004))]
        if showbank: cells.append(bank)
        cells += [AC(acc), H("amount", amt(R, 10, 300, 1000))]
        out.append(row(sp, cells))
    out.append("작성 %s 담당 %s" % (H("date_not_birth", date_doc(R)), H("official_title", R.choice(["복지정책과장", "농업정책팀장", "경제일자리과장"]))))
    return "\n".join(out)


@tpl("지급목록", boost=("KR_BANK_ACCOUNT", "KR_RRN"))
def t_allowance_bankcode(R):
    sp = sep(R)
    out = ["[이체 의뢰 파일] %s" % R.choice(["기초연금 소급분", "장애수당 추가분", "양육수당 정산", "한부모 아동양육비"])]
    for i in range(R.randint(3, 6)):
        acc, bank = M.account(R, sep=R.choice(["", "-", ""]))
        r = R.random()
        rr = M.rrn_masked(R)[0] if r < 0.4 else (M.rrn_post2020(R)[0] if r < 0.7 else M.rrn_valid(R)[0])
        out.append(row(sp, [H("bank_code", M.BANK_CODE[bank]), AC(acc), P(M.kname(R)), RRN(rr), H("amount", str(R.randint(5, 90) * 10000))]))
    out.append("총 %d건 / 처리기관코드 %s" % (len(out) - 1, H("public_record_id", "%d" % R.randint(3000000, 3999999))))
    return "\n".join(out)


@tpl("지급목록", boost=("KR_BANK_ACCOUNT",))
def t_local_tax_refund(R):
    out = ["지방세 과오납 환급금 지급 결의서"]
    for i in range(R.randint(2, 4)):
        acc, bank = M.account(R)
        who = P(M.kname(R)) if R.random() < 0.7 else H("company_name", company(R))
        out.append("- 환급번호 %s 납세자 %s 환급금 %s원 → %s %s" % (H("receipt_number", "%d-%02d-%06d" % (R.randint(11, 50), R.randint(1, 12), R.randint(0, 999999))), who, H("amount", amt(R, 5, 900, 10)), bank, AC(acc)))
    out.append("근거: %s" % H("statute", "「지방세기본법」 제60조"))
    return "\n".join(out)


# =================================================================== 계좌변경
@tpl("계좌변경신청", boost=("KR_BANK_ACCOUNT", "DATE_OF_BIRTH"))
def t_account_change_form(R):
    n = M.kname(R)
    a1, b1 = M.account(R); a2, b2 = M.account(R)
    addr, _ = M.address(R)
    lines = ["%s 수령계좌 변경 신청서" % R.choice(["장학금", "보조금", "연금", "수당", "환급금"]),
             "성 명 : %s    생년월일 : %s" % (P(n), DOB(dob(R))),
             "주 소 : %s" % ADDR(addr),
             "연락처 : %s" % PH(M.mobile(R)),
             "기존 계좌 : %s %s" % (b1, AC(a1)),
             "변경 계좌 : %s %s (예금주: %s)" % (b2, AC(a2), P(n)),
             "%s  신청인 %s (서명 또는 인)" % (H("date_not_birth", date_doc(R)), P(n))]
    if R.random() < 0.5:
        lines.insert(4, "이메일 : %s" % EM(M.email(R)))
    return "\n".join(lines)


@tpl("계좌변경신청", boost=("KR_BANK_ACCOUNT",))
def t_account_change_letter(R):
    n = M.kname(R); a, b = M.account(R)
    ph = M.mobile(R)
    s = "%s 님께서 요청하신 %s 입금 계좌 변경(%s %s)이 %s 처리되었습니다. " % (P(n), R.choice(["아동수당", "기초연금", "주거급여", "청년수당"]), b, AC(a), H("date_not_birth", date_doc(R)))
    if R.random() < 0.5:
        a0, b0 = M.account(R)
        s += "기존 계좌 %s는 더 이상 사용하지 않습니다. " % AC(a0)
    s += "문의는 담당자 %s 주무관(%s)에게 해 주십시오. 대표전화 %s" % (P(M.kname(R)), PH(M.landline(R)), inst_phone(R))
    return s


# =================================================================== 카드
@tpl("카드", boost=("CREDIT_CARD", "KR_BRN"))
def t_card_slip(R):
    mask = R.choice([None, "mid", "mid8", None, "x"])
    c, brand = M.card(R, mask=mask)
    L = ["[%s 매출전표]" % R.choice(["신용카드", "체크카드", "카드"]),
         "가맹점 %s" % H("company_name", company(R)),
         "사업자번호 %s  대표 %s" % (BRN(M.brn(R)), P(M.kname(R))) + (("  법인등록번호 %s" % CRN(M.crn(R))) if R.random() < 0.4 else ""),
         "전화 %s" % PH(M.landline(R)),
         "카드번호 %s" % CC(c),
         "승인번호 %s  %s" % (H("approval_number", "%08d" % R.randint(0, 99999999)), H("date_not_birth", date_doc(R))),
         "금액 %s원" % H("amount", amt(R, 1, 500, 100))]
    return "\n".join(L)


@tpl("카드", boost=("CREDIT_CARD",))
def t_card_refund_table(R):
    sp = sep(R)
    out = [R.choice(["수강료 환불 대상(카드 취소)", "행사 참가비 환불 목록", "시설 대관료 부분취소", "주차 정기권 환불"])]
    for i in range(R.randint(3, 6)):
        c, _ = M.card(R, mask=R.choice([None, None, None, "mid"]))
        out.append(row(sp, [P(M.kname(R)) if R.random() < 0.8 else P(R.choice(M.FOREIGN)[1]), CC(c), H("amount", amt(R, 5, 400, 100)), H("approval_number", "%08d" % R.randint(0, 99999999))]))
    return "\n".join(out)


@tpl("카드", boost=("CREDIT_CARD",))
def t_card_loss_prose(R):
    n = M.kname(R); c1, _ = M.card(R); c2, _ = M.card(R, mask="mid")
    return ("%s 카드 분실 신고 접수: %s %s 씨가 %s 카드 %s를 분실했다고 신고함. 같은 지갑에 있던 %s도 정지 요청. 회신 %s, 본인 확인 생년월일 %s."
            % (H("date_not_birth", date_doc(R)), R.choice(["민원인", "고객", "신고인"]), P(n), R.choice(["신용", "체크", "법인"]), CC(c1), CC(c2), PH(M.mobile(R)), DOB(dob(R))))


@tpl("카드", boost=("CREDIT_CARD", "DATE_OF_BIRTH"))
def t_prepaid_card_issue(R):
    out = ["지역화폐 선불카드 발급 대장"]
    sp = sep(R)
    for i in range(R.randint(3, 6)):
        c, _ = M.card(R, brand=R.choice(["bc", "local"]))
        out.append(row(sp, ["%02d" % (i + 1), P(M.kname(R)), DOB(dob(R, 1940, 2005)), CC(c), R.choice(["수령", "미수령", "대리수령"])]))
    return "\n".join(out)


# =================================================================== 병원
@tpl("병원원무", boost=("KR_HEALTH_INSURANCE", "KR_RRN", "KR_ADDRESS"))
def t_hospital_admission(R):
    n = M.kname(R); g = M.kname(R)
    rr = R.choice([M.rrn_valid, M.rrn_valid, M.rrn_masked, M.rrn_post2020])(R)[0]
    addr, _ = M.address(R)
    L = ["입원 약정서", "환자 성명: %s  주민등록번호: %s" % (P(n), RRN(rr)), "건강보험증번호: %s" % HI(M.health(R)),
         "주소: %s" % ADDR(addr), "보호자: %s (%s) 연락처 %s" % (P(g), R.choice(["배우자", "자녀", "부", "모", "형제"]), PH(M.mobile(R))),
         "입원일: %s  병동: %d병동" % (H("date_not_birth", date_doc(R)), R.randint(2, 12)), "원무과 %s" % inst_phone(R)]
    return "\n".join(L)


@tpl("병원원무", boost=("DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "EMAIL_ADDRESS"))
def t_insurance_claim(R):
    n = M.kname(R); a, b = M.account(R)
    return "\n".join(["보험금 청구서", "피보험자 %s / 생년월일 %s" % (P(n), DOB(dob(R))), "진료일 %s (통원)" % H("date_not_birth", date_doc(R)),
                      "청구금액 %s원" % H("amount", amt(R, 10, 3000, 100)), "지급계좌 %s %s (예금주 %s)" % (b, AC(a), P(n)), "이메일 %s / 휴대폰 %s" % (EM(M.email(R)), PH(M.mobile(R)))])


@tpl("병원원무", boost=("KR_HEALTH_INSURANCE", "DATE_OF_BIRTH"))
def t_checkup_list(R):
    sp = sep(R)
    out = [R.choice(["국가건강검진 미수검자 안내 대상", "암검진 대상자 추가", "특수건강진단 대상자", "검진 결과 재통보 대상"])]
    for i in range(R.randint(3, 6)):
        out.append(row(sp, [P(M.kname(R)), HI(M.health(R)), DOB(dob(R, 1940, 2000))]))
    return "\n".join(out)


@tpl("병원원무", boost=("KR_HEALTH_INSURANCE", "KR_RRN", "KR_BRN"))
def t_health_qual(R):
    n = M.kname(R)
    return "\n".join(["건강보험 자격득실 확인서", "가입자 %s  주민등록번호 %s" % (P(n), RRN(adult_rrn(R))), "증번호 %s" % HI(M.health(R)),
                      "사업장 %s (사업자등록번호 %s)" % (H("company_name", company(R)), BRN(M.brn(R))), "자격취득일 %s" % H("date_not_birth", date_doc(R, R.randint(2010, 2025))),
                      "발급 %s" % H("institution_name", "국민건강보험공단")])


# =================================================================== 부동산
@tpl("부동산", boost=("KR_RRN", "KR_ADDRESS", "KR_BANK_ACCOUNT", "KR_BRN"))
def t_lease_contract(R):
    a, b = M.account(R)
    L = ["%s 계약서" % R.choice(["주택 임대차", "상가건물 임대차", "전세", "월세"]),
         "임대인: %s (주민등록번호 %s) 주소 %s" % (P(M.kname(R)), RRN(adult_rrn(R)), ADDR(M.address(R)[0])),
         "임차인: %s (주민등록번호 %s) 전화 %s" % (P(M.kname(R)), RRN(R.choice([M.rrn_valid, M.rrn_masked])(R)[0]), PH(M.mobile(R))),
         "소재지: %s" % ADDR(M.address(R, "jibun")[0]),
         "보증금 %s원은 임대인 계좌(%s %s)로 송금한다." % (H("amount", amt(R, 1000, 50000, 10000)), b, AC(a)),
         "중개사무소 %s 대표 %s 사업자 %s" % (H("company_name", R.choice(["한빛", "새솔", "다온", "누리", "가람"]) + "공인중개사사무소"), P(M.kname(R)), BRN(M.brn(R)))]
    return "\n".join(L)


@tpl("부동산", boost=("KR_CRN", "KR_ADDRESS", "KR_RRN"))
def t_registry(R):
    L = ["【 갑 구 】", "순위 %d 소유권이전 %s 매매" % (R.randint(1, 6), H("receipt_number", "%d년%d월%d일 제%d호" % (R.randint(2005, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(1000, 99999))))]
    if R.random() < 0.5:
        L.append("소유자 %s %s" % (P(M.kname(R)), RRN(M.rrn_masked(R)[0][:8] + "******")))
    else:
        L.append("소유자 %s %s" % (H("company_name", company(R)), CRN(M.crn(R))))
    L.append("       %s" % ADDR(M.address(R)[0]))
    L.append("【 을 구 】 근저당권자 %s %s 채권최고액 %s" % (H("company_name", company(R).replace("건설", "캐피탈")), CRN(M.crn(R)), H("amount", "금%s원" % amt(R, 1000, 90000, 10000))))
    return "\n".join(L)


# =================================================================== 보육·학교
@tpl("보육·학교", boost=("DATE_OF_BIRTH", "PHONE_NUMBER"))
def t_daycare_roster(R):
    sp = sep(R)
    out = ["%s어린이집 %s반 원아 현황" % (R.choice(["햇살", "꿈나무", "새싹", "별빛", "솔숲"]), R.choice(["해님", "달님", "꽃잎", "나비"]))]
    for i in range(R.randint(3, 6)):
        out.append(row(sp, [P(M.kname(R)), DOB(dob(R, 2020, 2024, R.choice(["dot0", "iso", "six", "dot_sp"]))), P(M.kname(R)), PH(M.mobile(R))]))
    return "\n".join(out)


@tpl("보육·학교", boost=("KR_BANK_ACCOUNT",))
def t_school_refund(R):
    st = M.kname(R); pa = M.kname(R); a, b = M.account(R)
    return ("%d학년 %d반 %s 학생 보호자 %s 님, %s 환불금 %s원을 %s 계좌(%s)로 %s 입금할 예정입니다. 문의 행정실 %s"
            % (R.randint(1, 6), R.randint(1, 9), P(st), P(pa), R.choice(["현장체험학습비", "방과후 수강료", "급식비", "졸업앨범비"]), H("amount", amt(R, 10, 300, 100)), b, AC(a), H("date_not_birth", date_doc(R)), inst_phone(R)))


# =================================================================== 복지
@tpl("복지", boost=("KR_RRN", "KR_HEALTH_INSURANCE", "KR_ADDRESS"))
def t_disability_service(R):
    n = M.kname(R)
    return "\n".join(["%s 신청서" % R.choice(["장애인활동지원", "장애인 보조기기 교부", "발달장애인 주간활동", "장애인 연금"]),
                      "신청인 %s / 주민등록번호 %s" % (P(n), RRN(R.choice([M.rrn_valid, M.rrn_masked, M.rrn_post2020])(R)[0])),
                      "건강보험 %s" % HI(M.health(R)), "주소 %s" % ADDR(M.address(R)[0]),
                      "보호자 %s %s" % (P(M.kname(R)), PH(M.phone_any(R))), "접수번호 %s" % H("receipt_number", "2026-%05d" % R.randint(0, 99999))])


@tpl("복지", boost=("DATE_OF_BIRTH", "KR_BANK_ACCOUNT"))
def t_elderly_pension(R):
    sp = sep(R)
    out = ["%s 경로당별 %s 대상자" % (inst(R), R.choice(["기초연금 신규", "노인일자리 참여", "독거노인 안부확인", "난방비 지원"]))]
    for i in range(R.randint(3, 5)):
        a, b = M.account(R)
        out.append(row(sp, [P(M.kname(R)), DOB(dob(R, 1930, 1961)), b if R.random() < 0.5 else "", AC(a)]).replace(sp + sp, sp))
    return "\n".join(out)


# =================================================================== 자동차
@tpl("자동차·과태료", boost=("KR_VEHICLE_PLATE", "KR_DRIVER_LICENSE", "KR_RRN"))
def t_car_transfer(R):
    return "\n".join(["자동차 %s 신청서" % R.choice(["이전등록", "말소등록", "신규등록"]),
                      "자동차등록번호 %s" % PL(M.plate(R)[0]),
                      "양도인 %s (%s)" % (P(M.kname(R)), RRN(adult_rrn(R))),
                      "양수인 %s (%s) 운전면허 %s" % (P(M.kname(R)), RRN(R.choice([M.rrn_valid, M.rrn_masked])(R)[0]), DL(M.dlicense(R)[0])),
                      "사용본거지 %s" % ADDR(M.address(R)[0])])


@tpl("자동차·과태료", boost=("KR_VEHICLE_PLATE", "KR_ADDRESS"))
def t_fine_notice(R):
    return "\n".join(["과태료 부과 사전통지서", "차량번호 %s  소유자 %s" % (PL(M.plate(R)[0]), P(M.kname(R))), "주소 %s" % ADDR(M.address(R)[0]),
                      "운전자 면허번호 %s" % DL(M.dlicense(R)[0]) if R.random() < 0.5 else "운전자 미확인",
                      "위반일시 %s %02d:%02d  위반내용 %s" % (H("date_not_birth", date_doc(R)), R.randint(0, 23), R.randint(0, 59), R.choice(["주정차위반", "속도위반(%dkm/h 초과)" % R.randint(11, 40), "버스전용차로 위반"])),
                      "납부 가상계좌(%s 명의) %s" % (inst(R), H("institution_account", "%d-%d-%d" % (R.randint(100, 999), R.randint(100000, 999999), R.randint(10000, 99999)))),
                      "고지번호 %s / 문의 %s" % (H("doc_number", "%d-%07d" % (R.randint(2024, 2026), R.randint(0, 9999999))), inst_phone(R))])


@tpl("자동차·과태료", boost=("KR_VEHICLE_PLATE",))
def t_parking_permit(R):
    sp = sep(R)
    out = ["%s 거주자 우선주차 배정" % inst(R)]
    for i in range(R.randint(3, 6)):
        out.append(row(sp, ["%s-%02d" % (R.choice("ABCD"), R.randint(1, 40)), PL(M.plate(R)[0]), P(M.kname(R)), PH(M.mobile(R)) if R.random() < 0.6 else "-", DL(M.dlicense(R)[0]) if R.random() < 0.4 else ""]).rstrip(sp).rstrip())
    return "\n".join(out)


@tpl("자동차·과태료", boost=("KR_DRIVER_LICENSE", "DATE_OF_BIRTH"))
def t_driver_check(R):
    sp = sep(R)
    out = [R.choice(["운전원 자격 확인 결과", "공용차량 운전자 등록 명부", "통학차량 운전자 면허 조회"])]
    for i in range(R.randint(3, 6)):
        out.append(row(sp, [P(M.kname(R)), DOB(dob(R, 1955, 2003)), DL(M.dlicense(R)[0]), R.choice(["1종보통", "1종대형", "2종보통"]), R.choice(["적격", "적격", "갱신필요"])]))
    return "\n".join(out)


# =================================================================== 항공·여행
def intl_name(R, latin=True):
    f = R.choice(M.FOREIGN)
    return f[0], (f[1] if latin else f[2])


@tpl("항공·여행", boost=("KR_PASSPORT", "DATE_OF_BIRTH"))
def t_manifest(R):
    out = ["PAX LIST %s%04d %s" % (R.choice(["KE", "OZ", "7C", "LJ", "TW", "VJ"]), R.randint(1, 999), H("date_not_birth", "%02d%s26" % (R.randint(1, 28), R.choice(M.MON))))]
    for i in range(R.randint(3, 6)):
        if R.random() < 0.5:
            nat = "KOR"; nm = R.choice(["KIM", "LEE", "PARK", "CHOI", "JUNG", "HAN", "YOON"]) + "/" + R.choice(["MINJI", "JIHO", "SEOYEON", "DOYUN", "HAEUN", "JUNWOO", "YEJIN"]); pp = M.passport_kr(R)[0]
        else:
            c, nm = intl_name(R)
            while c in ("파키스탄", "방글라데시", "키르기스스탄"): c, nm = intl_name(R)
            nat = c; pp = M.passport_foreign(R, c)[0] if c in ("베트남", "중국", "우즈베키스탄", "네팔", "필리핀", "인도네시아", "태국", "몽골", "미국", "일본", "러시아", "캄보디아", "인도", "독일", "프랑스", "스리랑카", "미얀마", "카자흐스탄") else M.passport_foreign(R)[0]
        out.append("%02d %s %s %s %s" % (i + 1, P(nm), DOB(dob(R, 1950, 2010, R.choice(["mon", "iso", "dmy"]))), PP(pp), nat))
    return "\n".join(out)


@tpl("항공·여행", boost=("KR_PASSPORT",))
def t_travel_order(R):
    out = ["공무국외출장 명령", "출장목적: %s" % R.choice(["국제회의 참석", "우수사례 벤치마킹", "자매도시 교류"]), "기간: %s ~ %s" % (H("date_not_birth", date_doc(R)), H("date_not_birth", date_doc(R)))]
    for i in range(R.randint(2, 4)):
        g = R.choice(["행정5급 사무관", "행정6급 주무관", "시설7급 주무관", "행정8급 주무관", "팀장", "과장"])
        out.append("%s %s  여권번호 %s" % (g, P(M.kname(R)), PP(M.passport_kr(R)[0])))
    out.append(H("official_title", head(R)))
    return "\n".join(out)


@tpl("항공·여행", boost=("KR_PASSPORT", "CREDIT_CARD"))
def t_hotel_list(R):
    out = ["숙박 예약 명단(%s)" % R.choice(["국제 청소년 캠프", "초청 연수", "세미나 참가자"])]
    for i in range(R.randint(2, 5)):
        c, nm = intl_name(R, R.random() < 0.6)
        out.append("Room %d%02d  %s  (%s)  여권 %s" % (R.randint(3, 12), R.randint(1, 30), P(nm), c, PP(M.passport_foreign(R, c if c != "파키스탄" and c not in ("방글라데시", "키르기스스탄") else None)[0])))
    cc, _ = M.card(R, mask=R.choice(["mid", None]))
    out.append("보증 카드 %s (담당 %s)" % (CC(cc), P(M.kname(R))))
    return "\n".join(out)


@tpl("항공·여행", boost=("KR_PASSPORT", "DATE_OF_BIRTH"))
def t_visa_agency(R):
    sp = sep(R)
    out = ["비자 신청 대행 접수 목록 — %s" % H("company_name", company(R).replace("건설", "여행사"))]
    for i in range(R.randint(3, 6)):
        if R.random() < 0.5:
            nm = M.kname(R); pp = M.passport_kr(R)[0]
        else:
            c, nm = intl_name(R); pp = M.passport_foreign(R)[0]
        if R.random() < 0.15:
            pp = pp[:3] + "*" * (len(pp) - 5) + pp[-2:]
        out.append(row(sp, [P(nm), PP(pp), DOB(dob(R, 1950, 2010))]))
    return "\n".join(out)


# =================================================================== 외국인
@tpl("외국인", boost=("KR_FRN", "KR_PASSPORT", "KR_BRN", "KR_CRN"))
def t_foreign_worker(R):
    L = ["외국인근로자 %s" % R.choice(["고용허가 신청", "고용변동 신고", "사업장 변경 신청", "재고용 신청"]),
         "사업장 %s  사업자등록번호 %s  법인등록번호 %s" % (H("company_name", company(R)), BRN(M.brn(R)), CRN(M.crn(R))),
         "대표자 %s  전화 %s" % (P(M.kname(R)), PH(M.phone_any(R)))]
    for i in range(R.randint(1, 3)):
        c, nm = intl_name(R)
        L.append("근로자 %s (%s) 외국인등록번호 %s 여권 %s" % (P(nm), c, FRN(M.frn(R)[0]), PP(M.passport_foreign(R)[0])))
    return "\n".join(L)


@tpl("외국인", boost=("KR_FRN", "EMAIL_ADDRESS", "KR_PASSPORT"))
def t_intl_student(R):
    sp = sep(R)
    out = ["유학생 %s" % R.choice(["재학 현황", "체류기간 연장 대상", "기숙사 입사자", "건강보험 가입 현황"])]
    for i in range(R.randint(3, 5)):
        c, nm = intl_name(R, R.random() < 0.7)
        cells = [P(nm), c, FRN(M.frn(R)[0])]
        if R.random() < 0.6: cells.append(PP(M.passport_foreign(R)[0]))
        cells.append(EM(M.email(R)))
        out.append(row(sp, cells))
    return "\n".join(out)


# =================================================================== 소송·조정
@tpl("소송·조정", boost=())
def t_court_ruling(R):
    cn = "%d%s%d" % (R.randint(2023, 2026), R.choice(["가단", "가합", "나", "구합", "가소"]), R.randint(1000, 599999))
    return "\n".join(["%s지방법원" % R.choice(["서울중앙", "수원", "대전", "부산", "광주"]), "판 결", "사건 %s" % H("case_number", cn),
                      "원고 %s" % H("masked_person", R.choice(["A", "김○○", "갑"])), "  소송대리인 변호사 %s, %s" % (P(M.kname(R)), P(M.kname(R))),
                      "피고 %s" % H("masked_person", R.choice(["B", "이○○", "을", "주식회사 C"])), "판결선고 %s" % H("date_not_birth", date_doc(R)),
                      "재판장 판사 %s  판사 %s  판사 %s" % (P(M.kname(R)), P(M.kname(R)), P(M.kname(R)))])


@tpl("소송·조정", boost=("KR_ADDRESS", "KR_BANK_ACCOUNT"))
def t_mediation(R):
    a, b = M.account(R)
    return "\n".join(["조정조서", "사건 %s" % H("case_number", "2026머%d" % R.randint(100, 9999)),
                      "신청인 %s %s" % (P(M.kname(R)), ADDR(M.address(R)[0])), "피신청인 %s %s" % (P(M.kname(R)), ADDR(M.address(R)[0])),
                      "피신청인은 %s까지 %s원을 신청인 계좌(%s %s)로 지급한다." % (H("date_not_birth", date_doc(R)), H("amount", amt(R, 100, 9000, 10000)), b, AC(a))])


# =================================================================== 민원
@tpl("국민신문고", boost=("PHONE_NUMBER", "EMAIL_ADDRESS"))
def t_sinmungo(R):
    n = M.kname(R); o = M.kname(R)
    topic = R.choice(["가로등 고장", "불법 광고물", "공원 화장실 청결", "버스 배차 간격", "도로 파임", "어린이보호구역 과속"])
    s = ["[국민신문고 답변] 신청번호 %s" % H("receipt_number", "1AA-%s-%07d" % (R.choice(["2601", "2602", "2603"]), R.randint(0, 9999999))),
         "%s 님께서 제기하신 '%s' 민원에 대한 답변입니다." % (P(n), topic),
         "현장 확인 결과 %s까지 조치할 예정입니다." % H("date_not_birth", date_doc(R)),
         "기타 문의는 %s %s 주무관(%s, %s)에게 연락 바랍니다." % (R.choice(["도로과", "공원녹지과", "교통정책과", "건축과"]), P(o), PH(M.landline(R)), EM(M.email(R, dom=R.choice(["korea.kr", "seoul.go.kr", "gg.go.kr"])))),
         "대표전화 %s" % inst_phone(R)]
    return "\n".join(s)


@tpl("국민신문고", boost=("KR_ADDRESS", "PHONE_NUMBER"))
def t_civil_result(R):
    n = M.kname(R)
    kind, law = R.choice([("건축물 사용승인", "「건축법」 제22조"), ("도로 점용 허가", "「도로법」 제61조"), ("옥외광고물 신고", "「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제3조"), ("개발행위 허가", "「국토의 계획 및 이용에 관한 법률」 제56조")])
    return "\n".join(["민원 처리 결과 통지", "수신: %s 귀하 (%s)" % (P(n), ADDR(M.address(R)[0])), "민원 종류: %s" % kind,
                      "처리 결과: %s" % R.choice(["허가", "불허가", "보완 요구", "반려"]), "근거: %s" % H("statute", law),
                      "담당자 %s (%s)" % (P(M.kname(R)), PH(M.landline(R))), H("official_title", R.choice(["○○구청장", "○○시장", "○○군수"]))])


# =================================================================== 보도·뉴스
@tpl("보도자료·뉴스", boost=())
def t_press_release(R):
    c = M.kname(R); d = M.kname(R); e = M.kname(R)
    return "\n".join(["보도자료  보도일시: %s 배포 즉시" % H("date_not_birth", date_doc(R)), R.choice(["청년 주거 지원 확대", "외국인 계절근로자 숙소 개선", "어린이집 급식 안전 점검 결과", "노인 일자리 1만 개 추가", "공공자전거 요금 동결"]),
                      "담당 부서 %s  책임자 과장 %s (%s)" % (R.choice(["주택정책과", "복지정책과", "외국인정책과", "교통정책과"]), P(c), PH(M.landline(R))),
                      "          담당자 주무관 %s (%s)" % (P(d), PH(M.landline(R))),
                      "%s은 \"현장의 목소리를 반영했다\"고 말했다. 현장 참여자 %s 씨는 \"도움이 됐다\"고 했다." % (H("official_title", R.choice(["○○시장", "장관", "○○도지사"])), P(e))])


PARTICLES = ["은", "는", "이", "가", "의", "에게", "을", "를", "와", "과", "도", "만", "께서", "에게서", "한테"]


def josa(word, a, b):
    c = word[-1]
    if "가" <= c <= "힣":
        return a if (ord(c) - 0xAC00) % 28 else b
    return b


@tpl("보도자료·뉴스", boost=())
def t_news_prose(R):
    a, b, c = M.kname(R), M.kname(R), M.kname(R)
    fn = intl_name(R, R.random() < 0.4)[1]
    shop = R.choice(["분식집", "철물점", "세탁소", "꽃집", "방앗간"])
    sents = ["%s(%d) 씨는 %s에서 %d년째 %s%s 운영하고 있다." % (P(a), R.randint(35, 80), R.choice(["시장 골목", "읍내", "항구 앞"]), R.randint(2, 40), shop, josa(shop, "을", "를")),
             "\"%s\"라고 %s 씨는 말했다." % (R.choice(["손님이 곧 이웃이다", "힘들어도 버틴다", "지원금이 큰 도움이 됐다"]), P(a)),
             "가게 일을 돕는 %s%s 그의 %s다." % (P(b), josa(b, "은", "는"), R.choice(["조카", "동업자", "딸"])),
             "이 가게에서 3년째 일하는 %s 씨도 \"한국 손님들이 친절하다\"고 전했다." % P(fn),
             "%s구청 %s 팀장은 \"비슷한 사례를 더 찾겠다\"고 밝혔다." % (R.choice(["이날 현장에서 만난 ", "", "취재진과 만난 "]), P(c))]
    if R.random() < 0.5:
        sents.insert(1, "%s%s 지난해 구청 지원 사업에 선정됐다." % (P(a), josa(a, "은", "는")))
    return " ".join(sents)


# =================================================================== 회의록·녹취
@tpl("회의록", boost=())
def t_minutes(R):
    names = [M.kname(R) for _ in range(R.randint(3, 5))]
    L = ["%s 회의록" % R.choice(["지방보조금심의위원회", "주민참여예산위원회", "어린이집 운영위원회", "정보공개심의회"]),
         "일시 %s 14:00" % H("date_not_birth", date_doc(R)), "참석 " + "·".join(P(n) + " 위원" for n in names)]
    pre = R.choice(["", "위원 ", "○ "])
    for rem in R.sample(["원안에 동의합니다.", "예산 산출 근거를 보완해 주십시오.", "다음 회의에서 다시 논의하시죠.", "사업 효과를 측정할 지표가 필요합니다.", "집행 잔액 처리 방안을 보고해 주세요.", "이견 없습니다."], R.randint(3, 5)):
        n = R.choice(names)
        L.append("%s%s: %s" % (pre, P(n), rem))
    return "\n".join(x.replace("  ", " ") for x in L)


def spoken(v):
    return "".join(M.HDIG.get(c, c) for c in v).replace("-", " ")


@tpl("회의록", boost=("PHONE_NUMBER", "KR_BANK_ACCOUNT"))
def t_transcript(R):
    n = M.kname(R)
    ph = M.mobile(R)
    a, b = M.account(R)
    acc = spoken(a) if R.random() < 0.5 else a
    return "\n".join(["[녹취록] 상담 전화", "상담원: 성함이 어떻게 되세요?", "민원인: %s입니다." % P(n),
                      "상담원: 연락처 불러 주세요.", "민원인: %s요." % PH(spoken(ph) if R.random() < 0.7 else ph),
                      "상담원: 입금받으실 계좌는요?", "민원인: %s %s요." % (b, AC(acc)), "상담원: 네 %s 님, 접수됐습니다." % P(n)])


# =================================================================== 로그
@tpl("접속로그", boost=("IP_ADDRESS", "EMAIL_ADDRESS"))
def t_access_log(R):
    L = []
    for i in range(R.randint(3, 6)):
        ip = M.ipv6(R) if R.random() < 0.1 else M.ipv4(R)
        L.append("2026-%02d-%02d %02d:%02d:%02d %s uid=%s ip=%s%s" % (R.randint(1, 3), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                 R.choice(["LOGIN_OK", "LOGIN_FAIL", "DOWNLOAD", "VIEW", "PRINT"]), H("user_id", "u%05d" % R.randint(0, 99999)), IP(ip),
                 (" mail=" + EM(M.email(R))) if R.random() < 0.4 else ""))
    return "\n".join(L)


@tpl("접속로그", boost=("IP_ADDRESS",))
def t_ip_block(R):
    sp = sep(R)
    out = ["차단 IP 목록 (%s 기준)" % H("date_not_birth", date_doc(R))]
    for i in range(R.randint(3, 7)):
        out.append(row(sp, [IP(M.ipv4(R, False)), R.choice(["무차별 대입", "SQL 삽입", "크롤링", "DDoS"]), str(R.randint(3, 900))]))
    return "\n".join(out)


# =================================================================== 이메일·채팅
@tpl("이메일·채팅", boost=("EMAIL_ADDRESS", "PHONE_NUMBER"))
def t_email(R):
    n = M.kname(R); o = M.kname(R)
    return "\n".join(["From: %s <%s>" % (P(n), EM(M.email(R))), "To: %s <%s>" % (P(o), EM(M.email(R, dom="korea.kr"))), "Subject: %s" % R.choice(["서류 보완 제출", "환불 계좌 안내", "면담 일정 문의", "증빙 자료 송부"]), "",
                      "%s 주무관님, 요청하신 서류 보내드립니다." % P(o), "연락은 %s로 주세요." % PH(M.phone_any(R)), "%s 드림" % P(n)])


@tpl("이메일·채팅", boost=("KR_BANK_ACCOUNT", "PHONE_NUMBER"))
def t_chat(R):
    a, b = M.account(R, sep=R.choice(["-", "", " "]))
    n1, n2 = M.kname(R), M.kname(R)
    h, m = R.randint(1, 9), R.randint(0, 40)
    return "\n".join(["[오후 %d:%02d] %s: 회비 입금 계좌 알려주세요" % (h, m, P(n1)),
                      "[오후 %d:%02d] %s: %s %s 예금주 %s" % (h, m + 2, P(n2), b, AC(a), P(n2)),
                      "[오후 %d:%02d] %s: 보냈어요! 문제 있으면 %s로 연락주세요" % (h, m + 9, P(n1), PH(M.mobile(R, R.choice(["-", "", "."]))))])


# =================================================================== 인사·공문
@tpl("인사·공문", boost=())
def t_personnel_order(R):
    ins = inst(R)
    L = ["%s 인사발령 (%s자)" % (ins, H("date_not_birth", date_doc(R)))]
    for kind in R.sample(["승진", "전보", "신규임용", "휴직", "복직", "직무대리"], R.randint(2, 4)):
        L.append("〈%s〉 %s" % (kind, ", ".join("%s(%s)" % (P(M.kname(R)), R.choice(["총무과", "세무과", "민원과", "환경과", "복지과"])) for _ in range(R.randint(1, 3)))))
    L.append(H("official_title", HEAD[ins]))
    return "\n".join(L)


@tpl("인사·공문", boost=("PHONE_NUMBER",))
def t_official_letter(R):
    a, b, c = M.kname(R), M.kname(R), M.kname(R)
    return "\n".join(["수신 %s" % H("official_title", R.choice(["수신자 참조", "○○부장관(운영지원과장)", "각 읍·면·동장"])), "제목 %s" % R.choice(["자료 제출 요청", "교육 참석자 통보", "협조 요청"]),
                      "1. 관련: %s" % docno(R), "2. 붙임 자료를 %s까지 제출하여 주시기 바랍니다." % H("date_not_birth", date_doc(R)),
                      "기안자 주무관 %s 검토자 팀장 %s 결재권자 과장 %s" % (P(a), P(b), P(c)),
                      "시행 %s 우 %s %s" % (docno(R), H("postal_code", "%05d" % R.randint(10000, 63999)), inst_addr(R)),
                      "전화 %s 전송 %s / %s" % (PH(M.landline(R)), PH(M.landline(R)), EM(M.email(R, dom="korea.kr")))])


# =================================================================== 계약·동의서
@tpl("계약·동의서", boost=("KR_CRN", "KR_BRN", "KR_BANK_ACCOUNT"))
def t_service_contract(R):
    a, b = M.account(R)
    return "\n".join(["%s 계약서" % R.choice(["용역", "물품구매", "공사", "위탁운영"]), "갑: %s" % H("institution_name", inst(R)),
                      "을: %s (법인등록번호 %s, 사업자등록번호 %s)" % (H("company_name", company(R)), CRN(M.crn(R)), BRN(M.brn(R))),
                      "대표이사 %s  소재지 %s" % (P(M.kname(R)), ADDR(M.address(R)[0])),
                      "대금 지급 계좌: %s %s" % (b, AC(a)), "계약금액 %s원" % H("amount", amt(R, 1000, 90000, 1000))])


@tpl("계약·동의서", boost=("DATE_OF_BIRTH", "EMAIL_ADDRESS"))
def t_consent(R):
    n = M.kname(R)
    return "\n".join(["개인정보 수집·이용 동의서", "성명 %s  생년월일 %s" % (P(n), DOB(dob(R))), "휴대전화 %s  이메일 %s" % (PH(M.mobile(R)), EM(M.email(R))),
                      "[√] 동의함  [ ] 동의하지 않음", "%s  %s (서명)" % (H("date_not_birth", date_doc(R)), P(n))])


@tpl("계약·동의서", boost=("KR_CRN", "KR_BRN", "PHONE_NUMBER"))
def t_bidders(R):
    sp = sep(R)
    out = ["입찰 참가 업체 현황 (공고 %s)" % H("public_record_id", "2026%07d-00" % R.randint(0, 9999999))]
    for i in range(R.randint(3, 6)):
        out.append(row(sp, [H("company_name", company(R)), CRN(M.crn(R)), BRN(M.brn(R)), P(M.kname(R)), PH(M.landline(R))]))
    return "\n".join(out)


# =================================================================== no-PII
@tpl("공고·안내", boost=())
def t_np_notice(R):
    return "\n".join(["%s 공고 %s" % (inst(R), H("doc_number", "제2026-%d호" % R.randint(1, 500))), "%s 신청 안내" % R.choice(["청년 월세 지원", "노후 경유차 조기폐차 보조금", "전기자전거 구매 지원", "어르신 보청기 지원"]),
                      "1. 신청기간: %s ~ %s" % (H("date_not_birth", date_doc(R)), H("date_not_birth", date_doc(R))), "2. 지원금액: 최대 %s원" % H("amount", amt(R, 10, 900, 1000)),
                      "3. 문의: %s" % inst_phone(R), "4. 접수처: %s" % inst_addr(R), "※ 서식 작성 예: %s" % H("placeholder_person", "홍길동")])


@tpl("통계", boost=())
def t_np_stats(R):
    return "\n".join(["%s 통계 (%s 기준)" % (R.choice(["주민등록 인구", "자동차 등록", "외국인 주민", "기초생활수급자"]), H("date_not_birth", date_doc(R, 2025))),
                      "총계 %s명, 전년 대비 %.1f%% %s" % (H("statistic", "{:,}".format(R.randint(10000, 990000))), R.random() * 5, R.choice(["증가", "감소"])),
                      "읍면동별: %s" % ", ".join("%s %s" % (d, H("statistic", "{:,}".format(R.randint(1000, 40000)))) for d in R.sample(M.DONG, 3)),
                      "자료: %s 행정정보시스템" % inst(R)])


@tpl("공고·안내", boost=())
def t_np_statute(R):
    return "\n".join(["법령 해석 안내", "질의: %s이 %s에게 지급한 %s의 과세 여부" % (H("masked_person", R.choice(["갑", "A법인", "B사"])), H("masked_person", R.choice(["을", "C", "직원 D"])), R.choice(["위로금", "장학금", "포상금"])),
                      "회신: %s 및 %s을 참조하시기 바랍니다." % (H("statute", R.choice(["「소득세법」 제21조 제1항", "「법인세법」 제19조", "「부가가치세법」 제26조"])), H("doc_number", R.choice(["서면-2022-법인-%d" % R.randint(1000, 9999), "재산세과-%d" % R.randint(100, 999)]))),
                      "관련 판례: %s" % H("case_number", "대법원 %d두%d" % (R.randint(2005, 2024), R.randint(1000, 99999)))])


@tpl("회의록", boost=())
def t_np_schedule(R):
    return "\n".join(["주간 회의 일정", "%s 10:00 %s 주재 간부회의" % (H("date_not_birth", date_doc(R)), H("official_title", R.choice(["시장", "부시장", "기획조정실장"]))),
                      "%s 14:00 %s 업무보고" % (H("date_not_birth", date_doc(R)), H("official_title", R.choice(["복지국장", "안전총괄과장", "재무과장"]))),
                      "장소: %s 대회의실" % inst_addr(R)])


@tpl("공고·안내", boost=())
def t_np_system(R):
    return "\n".join(["[시스템 공지] %s 업데이트" % R.choice(["전자결재", "민원처리", "회계"]), "적용 버전: %s" % H("version_number", "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 99), R.randint(100, 9999))),
                      "작업일: %s" % H("date_not_birth", date_doc(R)), "문의: 정보화담당관 %s" % inst_phone(R)])


# =================================================================== driver
COUNT = {}


def note(rec):
    pass


def generate(R, recs, metas, MIN):
    from collections import Counter
    cnt = Counter(s["type"] for r in recs for s in r["spans"])
    names = [t for t in TPL]
    out = []
    base_n = 222
    order = []
    while len(order) < base_n:
        blk = names[:] + [e for e in names if e[0].startswith("t_np_")]
        R.shuffle(blk)
        order += blk
    order = order[:base_n]
    idx = 0

    def make(entry):
        name, genre, f, _ = entry
        for attempt in range(8):
            marked = f(R)
            ocr = R.random() < 0.12
            wrap = None
            if ocr:
                marked = M.ocr_render(R, marked)
                if R.random() < 0.5: wrap = R.randint(28, 46)
            rec, meta = M.build("tmp", genre, marked, name, False, ocr, R, wrap)
            if not M.validate(rec, meta):
                return (name, genre, marked, ocr, wrap), rec
        raise RuntimeError("template %s keeps failing: %s" % (name, M.validate(rec, meta)))

    for entry in order:
        item, rec = make(entry)
        out.append(item)
        for s in rec["spans"]: cnt[s["type"]] += 1
    # boost until minimums (with margin) are met
    guard = 0
    while True:
        short = [t for t in M.TYPES if cnt[t] < MIN[t] + 8]
        if not short or guard > 400: break
        t = short[0]
        best = {"KR_HEALTH_INSURANCE": "t_checkup_list", "KR_CRN": "t_bidders", "KR_BRN": "t_bidders", "KR_DRIVER_LICENSE": "t_driver_check",
                "KR_VEHICLE_PLATE": "t_parking_permit", "KR_FRN": "t_intl_student", "IP_ADDRESS": "t_ip_block", "KR_PASSPORT": "t_visa_agency",
                "CREDIT_CARD": "t_card_refund_table", "KR_BANK_ACCOUNT": "t_subsidy_table", "DATE_OF_BIRTH": "t_daycare_roster",
                "KR_RRN": "t_allowance_bankcode", "EMAIL_ADDRESS": "t_access_log", "KR_ADDRESS": "t_mediation", "PHONE_NUMBER": "t_parking_permit"}
        cands = [e for e in names if e[0] == best.get(t)] or [e for e in names if t in e[3]] or names
        item, rec = make(R.choice(cands))
        out.append(item)
        for s in rec["spans"]: cnt[s["type"]] += 1
        guard += 1
    return out
