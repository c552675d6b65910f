# -*- coding: utf-8 -*-
"""Administrative documents: 공문 (결재란/footer), contracts, 인사명령,
bills and notices, and no-PII notices full of hard negatives."""
from core import *  # noqa
from common import *  # noqa


def _kyuljae(rng, d, ag, dept):
    drafter, r1 = person(rng), rng.choice(["주무관", "행정주사보", "주무관"])
    rev, r2 = person(rng), rng.choice(["사무관", "팀장", "계장"])
    boss, r3 = person(rng), rng.choice(["과장", "담당관", "국장"])
    st = rng.randrange(4)
    if st == 0:
        d.ln("기안자 %s {0}  검토자 %s {1}  결재권자 %s {2}" % (r1, r2, r3), drafter, rev, boss)
    elif st == 1:
        d.ln("★%s {0}   %s {1}   %s 전결 %s {2}" % (r1, r2, r3, "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))),
             drafter, rev, boss)
    elif st == 2:
        d.ln("담당 {0} → %s {1} → %s {2}(전결)" % (r2, r3), drafter, rev, boss)
    else:
        d.ln("%s\t%s\t%s" % (r1, r2, r3))
        d.ln("{0}\t{1}\t{2}", drafter, rev, boss)
    if rng.random() < 0.35:
        d.ln("협조자 %s %s {0}" % (rng.choice(ag[1]), rng.choice(["주무관", "사무관"])), person(rng))
    return drafter


def _footer(rng, d, ag, dept, drafter):
    d.ln("시행 {0} ({1})  접수 (    )", doc_number(rng, dept), kdate(rng, 2025, 2025))
    d.ln("{0} {1} / http://www.{2}", postal(rng, False), inst_addr(ag), ag[4])
    opts = rng.randrange(3)
    ph = direct_line(rng, ag)
    fx = direct_line(rng, ag)
    em = gov_email(rng, drafter, ag)
    if opts == 0:
        d.ln("전화번호 {0}  팩스번호 {1}  / {2} / %s" % rng.choice(["대국민 공개", "부분공개(6)", "비공개(6)"]), ph, fx, em)
    elif opts == 1:
        d.ln("전화 {0} 전송 {1} {2} / %s" % rng.choice(["공개", "부분공개(6)"]), ph, fx, em)
    else:
        d.ln("전화 {0}  팩스 {1}  대표전화 {2}", ph, fx, switch_of(ag))


def t_gongmun(rng, d):
    ag = agency(rng)
    dept = rng.choice(ag[1])
    d.ln(ag[0])
    d.ln("수신  %s" % rng.choice(["수신자 참조", "내부결재", "한빛시장(교통행정과장)", "각 시·도지사(자치행정과장)",
                                  "새솔구청장(민원여권과장)", "법무부장관(체류관리과장)"]))
    d.ln("(경유)")
    sub = rng.randrange(7)
    titles = ["국외출장 여권 정보 제출", "수사 협조를 위한 자료 제공 요청 회신", "보조금 지급 결과 통보",
              "체납 차량 압류 촉탁", "외국인 근로자 고용 변동 통보", "거주 사실 조사 의뢰", "모범공무원 추천"]
    d.ln("제목  %s" % titles[sub])
    d.ln()
    d.ln("1. 관련: {0}, {1}", statute(rng), doc_number(rng))
    if sub == 0:
        d.ln("2. %s 출장과 관련하여 출장자의 여권 정보를 다음과 같이 제출합니다." % rng.choice(["OECD 회의", "ASEAN 협력 워크숍", "자매도시 교류"]))
        for k in range(rng.randint(2, 4)):
            p = person(rng)
            d.ln("  %s. {0} %s, 여권번호 {1}, 생년월일 {2}" % ("가나다라"[k], rng.choice(["주무관", "사무관", "서기관"])),
                 p, passport_kr(rng, prefix=rng.choice(["M", "G", "G"])), dob(rng, None, rng.choice(["dots_spaced", "dots_padded"])))
    elif sub == 1:
        p = person(rng)
        r, _ = rrn(rng, rng.choice(["valid", "masked"]))
        d.ln("2. %s에서 요청한 대상자의 인적사항을 {0}에 따라 제공합니다." % rng.choice(["한빛경찰서", "새솔경찰서", "서울중앙지방검찰청"]), statute(rng))
        d.ln("  가. 성명: {0}  나. 주민등록번호: {1}", p, r)
        d.ln("  다. 주소: {0}", address(rng)[0])
        d.ln("  라. 연락처: {0}", pick_phone(rng, "mobile"))
        d.ln("3. 제공된 정보는 수사 목적 외 이용을 금지합니다.")
    elif sub == 2:
        d.ln("2. %s 지급 결과를 붙임과 같이 통보합니다." % rng.choice(["청년 월세 지원금", "농어민 수당", "출산 장려금"]))
        for k in range(rng.randint(2, 3)):
            p = person(rng)
            ac, bk = account(rng, masked=rng.random() < 0.3)
            d.ln("  %s. {0} / %s {1} / {2}" % ("가나다"[k], bk), p, ac, amount(rng, 100000, 3000000))
    elif sub == 3:
        own = person(rng)
        d.ln("2. 아래 차량이 자동차세 및 과태료 체납으로 {0}에 따라 압류를 촉탁합니다.", statute(rng))
        d.ln("  가. 차량번호: {0}  나. 소유자: {1} ({2})", plate(rng), own, rrn(rng, "masked")[0])
        d.ln("  다. 체납액: {0}  라. 소유자 주소: {1}", amount(rng, 100000, 5000000), address(rng)[0])
    elif sub == 4:
        fn = foreign(rng)
        d.ln("2. 사업장 {0}(사업자등록번호 {1})의 외국인 근로자 고용 변동 사항을 통보합니다.", N(company_name(rng), "company_name"), brn(rng))
        d.ln("  - 성명 {0} ({1}), 외국인등록번호 {2}, 여권번호 {3}, 변동사유 %s" % rng.choice(["사업장 이탈", "계약 만료", "근무처 변경"]),
             P("PERSON", fn[0], "foreign_latin"), fn[3], frn(rng, "valid")[0], passport_foreign(rng, fn[4]))
    elif sub == 5:
        p = person(rng)
        d.ln("2. 아래 세대의 실제 거주 여부 확인을 의뢰하오니 %s까지 회신하여 주시기 바랍니다." % fmt_date(rand_date(rng, 2025, 2025), "dots_spaced"))
        d.ln("  - 세대주 {0} ({1}), 전입 주소 {2}", p, rrn(rng, rng.choice(["valid", "masked"]))[0], address(rng)[0])
        if rng.random() < 0.5:
            d.ln("  - 동거인 {0} ({1})", person(rng), rrn(rng, rng.choice(["valid", "post2020"]))[0])
    else:
        d.ln("2. %d년 모범공무원 후보자를 다음과 같이 추천합니다." % rng.randint(2025, 2026))
        for k in range(rng.randint(1, 3)):
            d.ln("  %s. {0} (%s, %s 생) — %s" % ("가나다"[k], rng.choice(["행정6급", "시설7급", "세무6급"]), "{1}",
                                                  rng.choice(["민원 처리기간 단축", "체납액 징수 실적 우수", "재난 대응 공로"])),
                 person(rng), dob(rng, None, rng.choice(["dots_spaced", "korean"])))
    d.ln("붙임  %s 1부.  끝." % rng.choice(["관련 명단", "자료", "신청서 사본", "협조 요청서"]))
    d.ln()
    d.ln("{0}", head_title(ag))
    d.ln()
    drafter = _kyuljae(rng, d, ag, dept)
    _footer(rng, d, ag, dept, drafter)
    return {}


def t_contract(rng, d):
    ag = agency(rng)
    kind = rng.randrange(3)
    if kind in (0, 1):
        cn = company_name(rng)
        ceo = person(rng)
        title = rng.choice(["용역 계약서", "물품 구매 계약서", "정보시스템 유지관리 용역 계약서", "공사 도급 계약서"])
        d.ln(title)
        d.ln("계약번호 {0}   나라장터 공고번호 {1}", mgmt_number(rng), mgmt_number(rng))
        d.ln("계약금액: 금 {0} (부가가치세 포함)", amount(rng, 5000000, 900000000))
        d.ln("발주기관(이하 \"갑\"): {0}  주소 {1}", head_title(ag), inst_addr(ag))
        d.ln("계약상대자(이하 \"을\")")
        fields = [("상호", N(cn, "company_name")), ("대표자", ceo), ("사업자등록번호", brn(rng, rng.choice(["-", "-", ""])))]
        if kind == 0 or rng.random() < 0.5:
            fields.append(("법인등록번호", crn(rng)))
        a, ex = address(rng)
        fields.append(("소재지", [postal(rng), " ", a] if rng.random() < 0.4 else a))
        fields.append(("전화", phone(rng, rng.choice(["landline", "070"]))))
        if rng.random() < 0.5:
            mgr = person(rng)
            fields.append(("담당자", [mgr, " ", phone(rng, "mobile"), " ", company_email(rng, mgr, cn)]))
        render_fields(rng, d, fields, rng.choice(["colon", "tab", "pipe", "numbered"]))
        ac, bk = account(rng, sep=rng.choice(["-", "-", ""]))
        d.ln("제5조(대금의 지급) 갑은 검사 완료 후 14일 이내에 을이 지정한 계좌(%s {0}, 예금주 {1})로 대금을 지급한다." % bk,
             ac, N(cn, "company_name") if rng.random() < 0.7 else ceo)
        d.ln("제9조(비밀유지) 을은 {0}에서 정한 사항을 준수하며 업무상 알게 된 개인정보를 누설하여서는 아니 된다.", statute(rng))
        d.ln()
        d.ln("%s" % fmt_date(rand_date(rng, 2024, 2025), "dots_spaced"))
        d.ln("갑 {0} (인)", head_title(ag))
        d.ln("을 {0} 대표이사 {1} (인)", N(cn, "company_name"), ceo)
        if rng.random() < 0.3:
            g = person(rng)
            d.ln("연대보증인 {0} 주민등록번호 {1} 주소 {2}", g, rrn(rng, "valid")[0], address(rng)[0])
    else:
        # lease / personal service contract between natural persons
        a_ = person(rng)
        b_ = person(rng)
        d.ln(rng.choice(["부동산 임대차 계약서", "주택 임대차 표준계약서"]))
        prop, _ = address(rng, rng.choice(["road_full", "jibun"]))
        d.ln("소재지: {0}", prop)
        d.ln("보증금 {0}  월차임 {1}", amount(rng, 5000000, 500000000), amount(rng, 300000, 2000000))
        d.ln("임대인: 성명 {0}  주민등록번호 {1}  전화 {2}", a_, rrn(rng, rng.choice(["valid", "masked"]))[0], pick_phone(rng, "mobile"))
        d.ln("        주소 {0}", address(rng)[0])
        d.ln("임차인: 성명 {0}  주민등록번호 {1}  전화 {2}", b_, rrn(rng, rng.choice(["valid", "masked"]))[0], pick_phone(rng, "mobile"))
        ac, bk = account(rng)
        d.ln("차임은 매월 %d일 임대인 계좌(%s {0}, 예금주 {1})로 입금한다." % (rng.randint(1, 28), bk), ac, a_)
        if rng.random() < 0.6:
            br = person(rng)
            d.ln("개업공인중개사 {0}  사무소 {1}  등록번호 {2}  사업자등록번호 {3}  전화 {4}", br,
                 N(rng.choice(["한빛", "새솔", "가람"]) + "공인중개사사무소", "company_name"),
                 N("%d-%d-%05d" % (rng.choice([41135, 11440, 26350]), rng.randint(2015, 2024), rng.randint(1, 99999)), "public_record_id"),
                 brn(rng), phone(rng, "landline"))
    return {}


def t_hr_order(rng, d):
    ag = agency(rng)
    d.ln("인 사 명 령")
    d.ln("%s 인사발령 제%d-%d호" % (ag[0], rng.randint(2024, 2025), rng.randint(10, 300)))
    d.ln("발령일자: %s" % fmt_date(rand_date(rng, 2025, 2025), "dots_spaced"))
    d.ln()
    kinds = rng.sample(["승진", "전보", "신규임용", "국외출장", "휴직", "직무대리", "파견"], rng.randint(2, 4))
    for k in kinds:
        d.ln("■ %s" % k)
        for _ in range(rng.randint(1, 3)):
            p = person(rng)
            if k == "승진":
                d.ln("  %s {0} → %s (%s)" % (rng.choice(["행정6급", "행정7급", "시설6급"]), rng.choice(["행정5급", "행정6급"]),
                                             rng.choice(ag[1])), p)
            elif k == "전보":
                d.ln("  {0} %s  %s → %s" % (rng.choice(["주무관", "사무관"]), rng.choice(ag[1]), rng.choice(ag[1])), p)
            elif k == "신규임용":
                d.ln("  {0} (%s) 행정9급 시보 임용, %s 근무를 명함" % ("{1}", rng.choice(ag[1])), p,
                     dob(rng, None, rng.choice(["dots_spaced", "korean", "dots_padded", "iso"]), 1990, 2004))
            elif k == "국외출장":
                s0 = rand_date(rng, 2025, 2025)
                s1 = s0 + datetime.timedelta(days=rng.randint(3, 14))
                d.ln("  {0} %s  출장국: %s  기간: %s~%s  여권번호: {1}" % (
                    rng.choice(["주무관", "사무관"]), rng.choice(["베트남", "독일", "미국", "일본"]),
                    fmt_date(s0, "dots_padded"), fmt_date(s1, "dots_padded")),
                     p, passport_kr(rng, prefix=rng.choice(["G", "M"])))
            elif k == "휴직":
                d.ln("  {0} %s  %s (기간 %d개월)" % (rng.choice(["주무관", "사무관"]), rng.choice(["육아휴직", "질병휴직", "연수휴직"]),
                                                 rng.randint(3, 12)), p)
            elif k == "직무대리":
                d.ln("  %s 직무대리 %s {0}" % (rng.choice(ag[1]) + "장", rng.choice(["사무관", "행정6급"])), p)
            else:
                d.ln("  {0} %s  %s 파견 (%s까지)" % (rng.choice(["주무관", "사무관"]), rng.choice(["행정안전부", "국무조정실", "한빛시"]),
                                                  fmt_date(rand_date(rng, 2026, 2026), "dots_spaced")), p)
    d.ln()
    d.ln("{0}", head_title(ag))
    return {}


def t_bill(rng, d):
    kind = rng.randrange(4)
    nm = person(rng)
    a, ex = address(rng)
    if kind in (1, 2):
        ag = [x for x in AGENCIES if x[0].startswith("국민건강보험공단")][0]
    else:
        ag = rng.choice([x for x in AGENCIES if x[0] in ("한빛시청", "새솔구청", "가람군청")])
    off = person(rng)
    if kind == 0:
        d.ln(rng.choice(["과태료 부과 사전 통지서", "주정차위반 과태료 고지서", "무인단속 과태료 부과 사전통지"]))
        d.ln("납부자 {0} 귀하", nm)
        d.ln("주소 {0} {1}", postal(rng, True), a)
        d.ln("차량번호 {0}  위반일시 {1} {2}", plate(rng), doc_date(rng, "dots_padded", 2025, 2025),
             "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)))
        d.ln("위반장소 %s 앞  위반내용 %s" % (rng.choice(["한빛시 중앙로 22", "새솔구 문화로 115", "가람읍 장터로 8"]),
                                       rng.choice(["주정차 위반", "제한속도 20km/h 초과", "신호 위반", "어린이보호구역 주차"])))
        d.ln("과태료 {0} (의견제출 기한 내 납부 시 20% 감경 {1})", amount(rng, 40000, 120000), amount(rng, 32000, 96000))
        d.ln("전자납부번호 {0}", mgmt_number(rng))
        d.ln("의견 제출 및 문의: %s 담당 {0} (전화 {1})" % rng.choice(ag[1]), off, direct_line(rng, ag))
    elif kind == 1:
        d.ln("건강보험료 납입 고지서")
        d.ln("세대주 {0}  건강보험증 번호 {1}", nm, health_ins(rng, rng.random() < 0.3))
        d.ln("고지 대상 월 %d년 %d월  고지금액 {0}" % (rng.randint(2024, 2025), rng.randint(1, 12)), amount(rng, 20000, 600000))
        d.ln("주소 {0}", a)
        d.ln("자동이체 계좌 {0}", account(rng, masked=True)[0])
        d.ln("고객센터 {0}", N("1577-1000", "switchboard"))
    elif kind == 2:
        d.ln("요양급여 심사 결과 통보")
        d.ln("수진자 {0} (생년월일 {1})  건강보험증번호 {2}", nm, dob(rng), health_ins(rng))
        d.ln("요양기관 {0}  진료기간 {1} ~ {2}", N(rng.choice(["한빛내과의원", "새솔정형외과", "가람한의원"]), "company_name"),
             doc_date(rng, "dots_padded", 2024, 2024), doc_date(rng, "dots_padded", 2025, 2025))
        d.ln("조정 금액 {0}  사유: 산정기준 초과", amount(rng, 5000, 300000))
        d.ln("담당 {0} {1}", off, direct_line(rng, ag))
    else:
        d.ln("자동차세 납세 고지서")
        d.ln("납세자 {0} ({1})", nm, rrn(rng, "masked")[0])
        d.ln("과세대상 {0}  배기량 %dcc" % rng.choice([998, 1598, 1999, 2497, 3342]), plate(rng))
        d.ln("주소 {0}", a)
        d.ln("납부기한 {0}  세액 {1}", doc_date(rng, "dots_spaced", 2025, 2025), amount(rng, 50000, 600000))
        d.ln("문의 %s 세정과 {0}" % ag[0], switch_of(ag))
    return {}


def t_notice(rng, d):
    """No-PII documents that are full of hard negatives."""
    ag = agency(rng)
    k = rng.randrange(7)
    if k == 0:
        d.ln("입찰 공고")
        d.ln("%s 공고 제%d-%d호" % (ag[0], rng.randint(2024, 2025), rng.randint(10, 999)))
        d.ln("1. 입찰에 부치는 사항: %s (나라장터 공고번호 {0})" % rng.choice(["민원실 환경개선 공사", "청사 보안장비 구매", "전산장비 유지보수"]),
             mgmt_number(rng))
        d.ln("2. 추정가격: {0} (부가가치세 별도)", amount(rng, 20000000, 900000000))
        d.ln("3. 입찰참가자격: {0}에 따른 경쟁입찰 참가자격을 갖춘 자", statute(rng))
        d.ln("4. 문의: {0} 계약 담당 (대표전화 {1}) / 주소 {2}", N(ag[0], "agency_name"), switch_of(ag), inst_addr(ag))
    elif k == 1:
        d.ln("세법 해석 질의회신 (%s)" % rng.choice(["법인세", "부가가치세", "양도소득세"]))
        d.ln("문서번호 {0} / 생산일자 {1}", doc_number(rng), kdate(rng))
        d.ln("[질의] {0}이 {1}에게 부동산을 양도하면서 대금 중 {2}을 {3}로부터 받은 경우 과세 여부",
             placeholder(rng, "갑"), placeholder(rng, "을"), amount(rng), placeholder(rng, "A법인"))
        d.ln("[회신] 귀 질의의 경우 {0} 및 {1}에 따라 판단할 사항입니다. 참고 사례: {2}", statute(rng), statute(rng), case_number(rng))
    elif k == 2:
        d.ln("시스템 정기 점검 안내")
        d.ln("점검 일시: %s 22:00 ~ 익일 06:00" % fmt_date(rand_date(rng, 2025, 2025), "dots_spaced"))
        d.ln("대상: 민원24 연계 모듈 {0} → {1} 업그레이드", version_number(rng), version_number(rng))
        d.ln("점검 중 접수된 건은 접수번호(예: {0}) 기준으로 순차 처리됩니다.", receipt_number(rng))
        d.ln("문의: 정부민원안내콜센터 {0} / {1}", N("110", "short_code"), switchboard(rng))
    elif k == 3:
        d.ln("정보공개 결정 통지서")
        d.ln("접수번호 {0}  청구인 {1}", receipt_number(rng), masked_anon(rng))
        d.ln("결정 내용: 부분공개 — {0}에 해당하는 제3자의 성명({1}) 등은 가림 처리", statute(rng), masked_anon(rng))
        d.ln("불복 절차: 통지를 받은 날부터 30일 이내 이의신청 가능 ({0})", statute(rng))
        d.ln("{0}", head_title(ag))
    elif k == 4:
        form = rng.choice(["전입신고서", "여권발급 신청서", "보조금 교부 신청서", "정보공개 청구서", "운전면허 재발급 신청서",
                           "외국인 고용변동 신고서", "자동차 이전등록 신청서"])
        d.ln("[%s 작성 예시] %s" % (form, rng.choice(["", "— " + ag[0], "(%s 개정)" % kdate(rng, 2023, 2025)])))
        d.ln("%s: {0}  %s: {1}" % (rng.choice(["성명", "신청인", "성 명"]), rng.choice(["주민등록번호", "생년월일(주민등록번호)"])),
             placeholder(rng, "홍길동"), N(rng.choice(["000000-0000000", "000000-0******", "YYMMDD-0000000"]), "placeholder_number"))
        d.ln("주소: {0}", N(rng.choice(["○○시 ○○구 ○○로 00", "○○도 ○○군 ○○읍 ○○길 00", "(도로명주소 기재)"]), "placeholder_address"))
        d.ln("전화: {0}", N(rng.choice(["010-0000-0000", "02-000-0000", "010-XXXX-XXXX"]), "placeholder_number"))
        if rng.random() < 0.5:
            d.ln("계좌: {0}은행 {1} (예금주 {2})", "○○", N(rng.choice(["000-000-000000", "0000-00-0000000"]), "placeholder_number"),
                 placeholder(rng, "홍길동"))
        d.ln("※ 예시의 {0}, {1} 등은 실제 인물이 아닙니다. 작성 요령은 {2}의 별표를 참고하십시오.", placeholder(rng, "홍길동"),
             placeholder(rng, rng.choice(["김○○", "이○○", "박**"])), statute(rng))
    elif k == 5:
        d.ln("%s 민원 처리 통계 (%d년 %d분기)" % (ag[0], rng.randint(2024, 2025), rng.randint(1, 4)))
        tot_ = rng.randint(1000, 90000)
        d.ln("총 접수 %s건, 처리 완료 %s건, 평균 처리기간 %.1f일" % (format(tot_, ","),
                                                        format(tot_ - rng.randint(0, tot_ // 10), ","), rng.uniform(1.5, 9.9)))
        d.ln("주요 유형: 여권 %d%%, 주민등록 %d%%, 자동차 %d%%" % (rng.randint(10, 40), rng.randint(10, 30), rng.randint(5, 20)))
        d.ln("관련 예산 {0}, 근거 {1}", amount(rng, 100000000, 9000000000), statute(rng))
        d.ln("문의 {0} (대표전화 {1})", N(ag[0], "agency_name"), switch_of(ag))
    else:
        d.ln("판례 요지 소개")
        d.ln("사건번호 {0} / 선고일 {1}", case_number(rng), kdate(rng, 2022, 2025))
        d.ln("원고 {0}는 피고 {1}를 상대로 손해배상을 청구하였으나, 법원은 {2} 위반이 인정되지 않는다고 보았다.",
             placeholder(rng, "A씨"), placeholder(rng, "B사"), statute(rng))
        d.ln("관련 사건: {0}, {1}", case_number(rng), case_number(rng))
        d.ln("※ 당사자는 익명 처리하였습니다(예: {0}).", masked_anon(rng))
    return {"no_pii": True}


def t_nopii_log(rng, d):
    """Batch/server log without personal data: user IDs, versions, record numbers."""
    dt = rand_date(rng, 2024, 2025)
    secs = sorted(rng.randint(0, 86399) for _ in range(rng.randint(4, 8)))
    job = rng.choice(["nightly-sync", "minwon-batch", "cert-archiver", "stat-aggregator"])
    d.ln("[%s] %s 실행 로그" % (dt.isoformat(), job))
    for x in secs:
        tm = "%02d:%02d:%02d" % (x // 3600, x // 60 % 60, x % 60)
        ev = rng.randrange(5)
        if ev == 0:
            d.ln("%s %s INFO  start job=%s build={0}" % (dt.isoformat(), tm, job), version_number(rng))
        elif ev == 1:
            d.ln("%s %s INFO  processed receipt={0} owner={1} status=DONE" % (dt.isoformat(), tm), receipt_number(rng), user_id(rng))
        elif ev == 2:
            d.ln("%s %s WARN  retry record={0} (attempt %d)" % (dt.isoformat(), tm, rng.randint(1, 3)), mgmt_number(rng))
        elif ev == 3:
            d.ln("%s %s INFO  total amount={0}" % (dt.isoformat(), tm), amount(rng, 100000, 900000000))
        else:
            d.ln("%s %s INFO  approved by {0}, doc={1}" % (dt.isoformat(), tm), user_id(rng), doc_number(rng))
    return {"no_pii": True}


def t_nopii_table(rng, d):
    """Institution contact tables: every number is an institution's."""
    d.ln(rng.choice(["기관별 민원 안내 전화", "유관기관 연락처", "민원 상담 창구 안내"]))
    sep = rng.choice([" | ", "\t", "  "])
    if rng.random() < 0.7:
        d.ln(sep.join(["기관", "대표전화", "주소"]))
    for ag in rng.sample(AGENCIES, rng.randint(3, 6)):
        d.add(ag[0], sep, switch_of(ag), sep, inst_addr(ag))
        d.ln()
    for code, nm in rng.sample(SHORT_CODES, 2):
        d.add(nm, sep, N(code, "short_code"), sep, "-")
        d.ln()
    return {"no_pii": True}


def t_nopii_csv(rng, d):
    d.ln("시군구,민원건수,처리완료,예산집행액,관리번호")
    for reg in rng.sample(core_regions(), rng.randint(3, 6)):
        n1 = rng.randint(100, 9000)
        d.add(reg, ",", str(n1), ",", str(n1 - rng.randint(0, n1 // 5)), ",", '"', amount(rng, 1000000, 900000000), '"', ",",
              mgmt_number(rng))
        d.ln()
    return {"no_pii": True}


def core_regions():
    out = []
    for full, shorts, sggs, dongs in REGIONS:
        for s in sggs:
            if s:
                out.append(full + " " + s)
    return out


def t_nopii_faq(rng, d):
    d.ln("자주 묻는 질문 (FAQ)")
    d.ln("Q. 여권 분실 신고는 어디에서 하나요?")
    d.ln("A. 가까운 여권사무 대행기관이나 재외공관에서 할 수 있습니다. 근거: {0}", statute(rng))
    d.ln("Q. 외국인 체류 관련 상담은요?")
    d.ln("A. 외국인종합안내센터 {0}(국번 없이) 또는 {1}로 문의하세요.", N("1345", "short_code"), switchboard(rng))
    d.ln("Q. 신청서 작성 예시가 있나요?")
    d.ln("A. 서식의 {0}, {1} 예시를 참고하세요. 민원 접수 후에는 접수번호(예: {2})로 진행 상황을 조회할 수 있습니다.",
         placeholder(rng, "홍길동"), N("000000-0000000", "placeholder_number"), receipt_number(rng))
    if rng.random() < 0.5:
        d.ln("Q. 세금 문의는요?")
        d.ln("A. 국세상담센터 {0}, 또는 관할 {1}에게 서면 질의할 수 있습니다(예: {2}).", N("126", "short_code"),
             N("세무서장", "office_title"), doc_number(rng))
    return {"no_pii": True}


def t_nopii_news(rng, d):
    """News without personal data: offices, statistics, anonymised parties."""
    ag = agency(rng)
    reg = rng.choice(REGIONS)
    k = rng.randrange(3)
    if k == 0:
        d.ln("%s, 올해 민원 처리기간 %d%% 단축" % (ag[0], rng.randint(5, 40)))
        d.ln()
        d.ln("%s%s 올해 접수된 민원 %s건의 평균 처리기간이 지난해보다 %.1f일 줄었다고 %d일 밝혔다." % (
            ag[0], J(ag[0], "은/는"), format(rng.randint(10000, 900000), ","), rng.uniform(0.5, 4.0), rng.randint(1, 28)))
        ot = head_title(ag)
        d.ln("{0}%s 브리핑에서 \"처리기간을 더 줄이겠다\"고 말했다. 관련 예산은 {1}이다." % J(ot, "은/는"), ot,
             amount(rng, 100000000, 9000000000))
        d.ln("자세한 내용은 대표전화({0})로 문의하면 된다.", switch_of(ag))
    elif k == 1:
        d.ln("%s서 보이스피싱 피해 잇따라…'기관 사칭 주의'" % reg[1][0])
        d.ln()
        d.ln("%s 지역에서 금융기관을 사칭한 전화사기 피해가 잇따르고 있다." % reg[0])
        d.ln("경찰에 따르면 {0}는 지난달 \"대출 한도를 올려 주겠다\"는 전화를 받고 {1}을 송금했다.", masked_anon(rng),
             amount(rng, 1000000, 90000000))
        d.ln("경찰은 의심 전화를 받으면 {0}나 경찰({1})에 신고해 달라고 당부했다.", N("1332", "short_code"), N("112", "short_code"))
    else:
        d.ln("[판결] 정보공개 거부 처분 취소 소송서 {0} 일부 승소", placeholder(rng, "A씨"))
        d.ln()
        d.ln("법원은 {0}가 {1}을 상대로 낸 소송({2})에서 원고 일부 승소로 판결했다.", placeholder(rng, "A씨"),
             N(rng.choice(OFFICE_TITLES), "office_title"), case_number(rng))
        d.ln("재판부는 {0}에 해당하는 제3자 정보를 제외한 나머지를 공개하라고 밝혔다.", statute(rng))
    return {"no_pii": True}


def t_nopii_email(rng, d):
    ag = agency(rng)
    box = N(rng.choice(["noreply", "minwon", "webmaster", "privacy"]) + "@" + ag[4], "institution_email")
    d.ln("From: %s <{0}>" % ag[0], box)
    d.ln("To: undisclosed-recipients:;")
    d.ln("Subject: [%s] %s" % (ag[0], rng.choice(["개인정보 처리방침 개정 안내", "민원 접수 시스템 점검 안내", "뉴스레터 제%d호" % rng.randint(10, 99)])))
    d.ln()
    d.ln("안녕하십니까, %s입니다." % ag[0])
    d.ln("{0}에 따라 처리방침을 개정하여 {1}부터 시행합니다.", statute(rng), kdate(rng, 2025, 2025))
    d.ln("점검 기간 중 접수 건은 접수번호(예: {0}) 순으로 처리됩니다. 시스템 버전 {1}.", receipt_number(rng), version_number(rng))
    d.ln("문의: 대표전화 {0} / {1}", switch_of(ag), inst_addr(ag))
    d.ln("본 메일은 발신 전용입니다. 수신을 원하지 않으시면 {0}로 알려 주십시오.", box)
    return {"no_pii": True}
