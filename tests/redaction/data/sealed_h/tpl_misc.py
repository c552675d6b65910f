"""명부, 로그, 표, 상담 녹취, 차량, 금융 피해, 계약서, 외국인 근로자 명단, 신분증 OCR, no-PII."""
import values as VV
from values import mk
from core import colon, pick
from tpl_common import *  # noqa
from tpl_docs import official, contact_block


# ------------------------------------------------------------------ 선거 / 주민투표 명부
def T_election(r, b):
    b.genre = "선거·주민투표 명부"
    kind = pick(r, "선거인명부", "주민투표 청구인 서명부", "부재자 신고인 명부", "주민소환 서명부")
    b.subgenre = kind
    l, office, head = local_office(r)
    b.t("%s %s\n" % (pick(r, "제9회 전국동시지방선거", "2025년 " + l + " 주민투표", l + " 구의원 재선거"), kind))
    b.t(pick(r, "투표구: %s 제%d투표구\n" % (l, r.randint(1, 12)), "(%s %s)\n" % (l, pick(r, "중앙동", "신정동", "효자동"))))
    rows = []
    sido_full = LAST_LOCAL["v"][1]
    region = [x for x in VV.SIDO if x[0] == sido_full][0]
    region = (region[0], region[1], [g for g in region[2] if g.startswith(l)] or region[2])
    for i in range(r.randint(4, 7)):
        row = [T(str(r.randint(1, 3000)))]
        nmv = kname(r) if r.random() < 0.92 else VV.foreign_name(r, None, "hangul")[0]
        row.append(C(nmv, "PERSON"))
        if kind == "부재자 신고인 명부" or r.random() < 0.3:
            row.append(C(VV.rrn(r, pick(r, "rrn_masked", "rrn_valid"), 1940, 2006), "KR_RRN"))
        else:
            row.append(C(VV.dob(r, 1940, 2006, pick(r, "yymmdd", "dot0_nodot", "iso", "dot_sp")), "DATE_OF_BIRTH"))
        av, _ = VV.address(r, pick(r, "addr_road_sgg", "addr_road", "addr_jibun"), region)
        row.append(C(av, "KR_ADDRESS"))
        row.append(T(pick(r, "", "", "(서명)", "거소", "-")))
        rows.append(row)
    hdr_opts = [["번호", "성명", "생년월일", "주소", "비고"], ["연번", "", "생년월일", "주소", "서명"], None]
    hdr = r.choice(hdr_opts)
    if hdr and any(x[2][1].kind.startswith("rrn") for x in rows):
        hdr = list(hdr)
        hdr[2] = "주민등록번호/생년월일"
    render_table(b, r, hdr, rows, pick(r, "pipe", "pipe_sp", "tab", "space", "runon"))
    b.t(pick(r, "※ 명부 열람기간: ", "열람: "))
    neg_range(r, b)
    b.t("  근거: " + neg_statute(r, 'election') + "\n")
    b.t(pick(r, "작성 책임자 ", "확인자: ") + l + " " + pick(r, "중앙동장 ", "신정동장 ", "선거관리위원회 간사 "))
    b.name()
    b.t("\n")


# ------------------------------------------------------------------ 로그
def T_logs(r, b):
    b.genre = "로그"
    kind = pick(r, "access", "sms", "pay", "mail", "auth")
    b.subgenre = {"access": "개인정보처리시스템 접속기록", "sms": "문자 발송 로그", "pay": "결제 승인 로그",
                  "mail": "메일 서버 로그", "auth": "인증 서버 로그"}[kind]
    ver = "%d.%d.%d.%d" % (r.randint(1, 10), r.randint(0, 9), r.randint(100, 20000), r.randint(0, 4000))
    b.t("# %s export (agent " % b.subgenre)
    b.neg(ver, "version_number")
    b.t(")\n")
    for i in range(r.randint(4, 7)):
        ts = "%s %02d:%02d:%02d" % (neg_date(r, "iso"), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        b.neg(ts, "non_birth_date")
        if kind == "access":
            b.t(pick(r, " INFO ", " [INFO] ", " | "))
            b.t("user=")
            b.neg("u%05d" % r.randint(0, 99999), "user_id")
            b.t(" ip=")
            b.s(VV.ipv4(r), "IP_ADDRESS")
            b.t(" action=" + pick(r, "VIEW", "DOWNLOAD", "SEARCH", "PRINT") + " target=\"")
            if r.random() < 0.6:
                b.name()
            else:
                b.neg(VV.korean_name(r)[0] + "**", "masked_name")
            b.t("\" reason=" + pick(r, "민원처리", "자격확인", "조회") + "\n")
        elif kind == "sms":
            b.t(" SEND to=")
            b.s(VV.mobile(r, pick(r, "mob", "mob", "mob_masked")), "PHONE_NUMBER")
            b.t(" from=")
            b.neg(VV.switchboard(r), "switchboard")
            b.t(" msg=\"[" + pick(r, "마포구청", "건강보험", "교육청") + "] ")
            if r.random() < 0.6:
                b.name()
                b.t(pick(r, "님 ", " 님, "))
            b.t(pick(r, "신청이 접수되었습니다", "서류 보완이 필요합니다", "예약일은 내일입니다") + "\" result=" + pick(r, "OK", "OK", "FAIL(timeout)") + "\n")
        elif kind == "pay":
            b.t(" APPROVE card=")
            b.s(VV.card(r, pick(r, "card_masked", "card_masked", "card_full")), "CREDIT_CARD")
            b.t(" amt=")
            b.neg(str(r.randint(1, 500) * 1000), "amount")
            b.t(" merchant=" + pick(r, "GOV-FEE", "PARKING", "LIB-FINE") + " client_ip=")
            b.s(VV.ipv4(r), "IP_ADDRESS")
            b.t("\n")
        elif kind == "mail":
            b.t(pick(r, " postfix/smtp: ", " smtpd[%d]: " % r.randint(100, 9999)) + "to=<")
            b.s(VV.email(r), "EMAIL_ADDRESS")
            b.t(">, relay=mx.")
            b.t(pick(r, "example.net", "mail.local"))
            b.t("[")
            b.s(VV.ipv4(r, "ip_public"), "IP_ADDRESS")
            b.t("], status=" + pick(r, "sent", "deferred", "bounced") + "\n")
        else:
            b.t(" auth " + pick(r, "success", "fail") + " login=")
            b.s(VV.email(r), "EMAIL_ADDRESS")
            b.t(" src=")
            b.s(VV.ipv4(r) if r.random() < 0.85 else VV.ipv6(r), "IP_ADDRESS")
            b.t(" device=")
            b.neg(neg_product(r), "product_code")
            b.t("\n")


# ------------------------------------------------------------------ 표 (연락처/명단)
def T_tables(r, b):
    b.genre = "표"
    kind = pick(r, "contacts", "volunteer", "vehicle", "lecturers", "emergency", "drivers", "drivers")
    b.subgenre = kind
    rows = []
    if kind == "contacts":
        b.t(pick(r, "외부 자문위원 연락처\n", "위원 명단 및 연락처\n"))
        for i in range(r.randint(3, 6)):
            nmv = kname(r) if r.random() < 0.85 else VV.foreign_name(r)[0]
            rows.append([C(nmv, "PERSON"), T(pick(r, "가람대 교수", "변호사", "회계사", "연구위원", "시민대표")),
                         C(VV.mobile(r), "PHONE_NUMBER"), C(VV.email(r), "EMAIL_ADDRESS")])
        hdr = pick(r, ["", "소속", "휴대전화", "이메일"], ["성명", "소속/직위", "연락처", "E-mail"], None)
    elif kind == "volunteer":
        b.t(pick(r, "자원봉사자 활동비 지급 명단\n", "재난 현장 자원봉사자 명부\n"))
        for i in range(r.randint(3, 6)):
            av, bank = VV.bank_account(r)
            rows.append([T(str(i + 1)), C(kname(r), "PERSON"), C(VV.mobile(r), "PHONE_NUMBER"), T(bank), C(av, "KR_BANK_ACCOUNT")])
        hdr = pick(r, ["연번", "", "연락처", "은행", "계좌번호"], ["번호", "성명", "휴대폰", "은행명", "계좌"], None)
    elif kind == "vehicle":
        b.t(pick(r, "공영주차장 정기권 등록 차량\n", "거주자 우선주차 배정 현황\n"))
        for i in range(r.randint(3, 6)):
            rows.append([T("%s-%d" % (pick(r, "A", "B", "C"), r.randint(1, 60))), C(kname(r), "PERSON"), C(VV.plate(r), "KR_VEHICLE_PLATE"),
                         C(VV.mobile(r, pick(r, "mob", "mob_masked")), "PHONE_NUMBER")])
        hdr = pick(r, ["구획", "", "차량번호", "연락처"], ["구획번호", "신청인", "차량번호", "전화"], None)
    elif kind == "lecturers":
        b.t(pick(r, "강사 인력풀 등록 현황\n", "시간강사 위촉 명단\n"))
        for i in range(r.randint(3, 5)):
            rows.append([C(kname(r), "PERSON"), C(VV.dob(r, 1960, 1995, pick(r, "dot0_nodot", "iso", "yymmdd")), "DATE_OF_BIRTH"),
                         C(VV.email(r), "EMAIL_ADDRESS"), T(pick(r, "코딩", "요가", "한국어", "회계", "목공"))])
        hdr = pick(r, ["", "생년월일", "이메일", "분야"], ["강사명", "생년월일", "메일", "강의분야"], None)
    elif kind == "drivers":
        b.t(pick(r, "공용차량 운전자 등록 현황\n", "관용차량 운전 승인자 명단\n", "통학차량 운전원 현황\n"))
        for i in range(r.randint(3, 6)):
            rows.append([C(kname(r), "PERSON"), T(r.choice(DEPTS)), C(VV.driver_license(r), "KR_DRIVER_LICENSE"),
                         T(pick(r, "1종보통", "1종대형", "2종보통")), N(neg_date(r), "non_birth_date")])
        hdr = pick(r, ["", "소속", "면허번호", "종별", "적성검사 만료일"], ["성명", "부서", "운전면허번호", "면허종류", "갱신기한"], None)
    else:
        b.t(pick(r, "재난 대응 비상연락망\n", "비상소집 연락망(개인 휴대전화)\n"))
        for i in range(r.randint(4, 7)):
            rows.append([T(pick(r, "총괄", "상황반", "복구반", "지원반")), T(pick(r, "과장", "팀장", "주무관")), C(kname(r), "PERSON"),
                         C(VV.gov_direct(r), "PHONE_NUMBER"), C(VV.mobile(r), "PHONE_NUMBER")])
        hdr = pick(r, ["반", "직위", "", "사무실", "휴대전화"], ["반", "직급", "성명", "내선", "휴대폰"], None)
    render_table(b, r, hdr, rows)
    b.t(pick(r, "※ 개인정보가 포함되어 있으므로 목적 외 사용을 금합니다.\n", "", "작성: " + r.choice(DEPTS) + "\n"))


# ------------------------------------------------------------------ 상담 녹취 (dictated digits)
def _dict(r, v, typ, b):
    """write a value dictated in Hangul digits (span covers first..last digit word)."""
    if r.random() < 0.75:
        t = VV.hangul_digits(r, v.clean)
        nv = mk(t, v.kind, clean=v.clean, noise=["hangul_digits"])
    else:
        # mixed: digits with spoken separators
        groups = v.clean.replace(" ", "-").split("-")
        t = pick(r, "에 ", " 다시 ", "의 ").join(groups)
        nv = mk(t, v.kind, clean=v.clean, noise=["spoken_separator"])
    b.s(nv, typ, 0)


def T_callcenter(r, b):
    b.genre = "상담 녹취"
    kind = pick(r, "card_loss", "phone_update", "refund", "rrn_check")
    b.subgenre = {"card_loss": "카드 분실 신고 상담", "phone_update": "연락처 변경 상담", "refund": "환급금 계좌 등록 상담",
                  "rrn_check": "본인 확인 상담"}[kind]
    nm = VV.korean_name(r)
    agent = VV.korean_name(r)
    A, Cn = pick(r, ("상담사", "민원인"), ("상담원", "고객"), ("A", "B"))
    b.t("[%s 녹취록] 통화일시 " % b.subgenre)
    b.neg(neg_date(r, "iso") + " %02d:%02d" % (r.randint(9, 17), r.randint(0, 59)), "non_birth_date")
    b.t("\n%s: 안녕하십니까, 상담원 " % A)
    b.name(agent)
    b.t("입니다. 무엇을 도와드릴까요?\n%s: 네, 저 " % Cn)
    b.name(nm)
    b.t(pick(r, "인데요, ", "이라고 하는데요. ", "입니다. "))
    if kind == "card_loss":
        b.t("카드를 잃어버려서 정지하려고요.\n%s: 카드 번호 알고 계시면 불러 주시겠어요?\n%s: " % (A, Cn))
        _dict(r, VV.card(r, "card_full"), "CREDIT_CARD", b)
        b.t(pick(r, " 이요.\n", "요.\n", " 입니다.\n"))
    elif kind == "phone_update":
        b.t("휴대폰 번호가 바뀌어서 변경하려고 합니다.\n%s: 새 번호 말씀해 주세요.\n%s: " % (A, Cn))
        _dict(r, VV.mobile(r, "mob"), "PHONE_NUMBER", b)
        b.t(pick(r, " 이요.\n", "요.\n", "입니다.\n"))
        b.t("%s: 기존 번호는요?\n%s: " % (A, Cn))
        _dict(r, VV.mobile(r, "mob"), "PHONE_NUMBER", b)
        b.t("였어요.\n")
    elif kind == "refund":
        av, bank = VV.bank_account(r)
        b.t("환급금 받을 계좌를 등록하려고요.\n%s: 은행명과 계좌번호 불러 주세요.\n%s: %s, " % (A, Cn, bank))
        _dict(r, av, "KR_BANK_ACCOUNT", b)
        b.t(pick(r, " 이요.\n", "요.\n"))
    b.t("%s: 본인 확인을 위해 주민등록번호 " % A + pick(r, "앞자리와 뒷자리", "열세 자리") + " 말씀해 주시겠어요?\n%s: " % Cn)
    rv = VV.rrn(r, "rrn_valid")
    if r.random() < 0.8:
        t = VV.hangul_digits(r, rv.clean, ("에 ", " 다시 ", " 하고 ", " 대시 "))
        b.s(mk(t, rv.kind, clean=rv.clean, noise=["hangul_digits"]), "KR_RRN", 0)
    else:
        b.s(rv, "KR_RRN")
    b.t(pick(r, "요.\n", " 입니다.\n"))
    if r.random() < 0.5:
        b.t("%s: 연락 가능한 이메일도 있으실까요?\n%s: " % (A, Cn))
        ev = VV.email(r, nm, "priv")
        local, dom = ev.clean.split("@")
        spoken = local + pick(r, " 골뱅이 ", " 앳 ") + dom.replace(".", pick(r, " 점 ", " 닷 "))
        b.s(mk(spoken, ev.kind + "_spoken", clean=ev.clean, noise=["spoken_email"]), "EMAIL_ADDRESS", 0)
        b.t(pick(r, " 이요.\n", "입니다.\n"))
    b.t("%s: 확인되었습니다. 처리 결과는 문자로 안내드리겠습니다. 문의는 " % A)
    b.neg(VV.switchboard(r), "switchboard")
    b.t("번으로 주세요.\n[상담 종료]\n")


# ------------------------------------------------------------------ 차량·교통
def T_vehicle(r, b):
    b.genre = "차량·교통"
    kind = pick(r, "fine", "rent", "logbook")
    if kind == "fine":
        b.subgenre = "과태료 부과 사전통지서에 대한 의견진술서"
        b.t("의견진술서(과태료)\n위반 차량번호: ")
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t("\n위반일시: ")
        b.neg(neg_date(r) + " %02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "non_birth_date")
        b.t("  과태료 ")
        b.neg(pick(r, "40,000원", "80,000원", "50,000원"), "amount")
        b.t("\n")
        dlab, dsty = pick(r, ("생년월일", "dot_sp"), ("생년월일", "iso"), ("주민등록번호 앞자리", "yymmdd"), ("생년월일(6자리)", "yymmdd"))
        render_form(b, r, [
            ("진술인(소유자) 성명", f_name()),
            (dlab, f_span(VV.dob(r, 1955, 2003, dsty), "DATE_OF_BIRTH")),
            ("주소", f_addr()),
            ("연락처", f_span(VV.mobile(r), "PHONE_NUMBER")),
        ])
        b.t("실제 운전자: ")
        b.name()
        o, c = pick(r, (" (운전면허번호 ", ")\n"), (", 면허 ", "\n"), (" / 면허번호: ", "\n"))
        b.t(o)
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE")
        b.t(c)
        b.t("진술 내용: " + pick(r, "응급환자 이송 중이었음", "차량 도난 신고 기간이었음", "장애인 승하차 중이었음") + "\n")
    elif kind == "rent":
        b.subgenre = "자동차 대여 계약서"
        b.t("자동차 대여(렌터카) 계약서\n대여 차량: ")
        b.s(VV.plate(r, "plate_rent"), "KR_VEHICLE_PLATE")
        b.t(" (" + pick(r, "아반떼", "K5", "카니발") + ")\n")
        for role in ("제1운전자", "제2운전자") if r.random() < 0.5 else ("임차인(운전자)",):
            b.t("[%s] " % role)
            fld = [
                ("성명", f_name()),
                ("면허번호", f_span(VV.driver_license(r), "KR_DRIVER_LICENSE")),
                ("면허종류", f_text(pick(r, "1종 보통", "2종 보통"))),
                ("연락처", f_span(VV.mobile(r), "PHONE_NUMBER")),
            ]
            if role != "제2운전자":
                fld.append(("생년월일", f_span(VV.dob(r, 1960, 2002), "DATE_OF_BIRTH")))
            render_form(b, r, fld, pick(r, "run", "lines", "two_col"))
        b.t("결제 카드: ")
        b.s(VV.card(r), "CREDIT_CARD")
        b.t("  보증금 ")
        b.neg(neg_amount(r), "amount")
        b.t("\n대여기간: ")
        neg_range(r, b)
        b.t("\n" + pick(r, "미리내렌터카 ", "하늬렌트 ") + "사업자등록번호 ")
        b.s(VV.brn(r), "KR_BRN")
        b.t(" 고객센터 ")
        b.neg(VV.switchboard(r), "switchboard")
        b.t("\n")
    else:
        b.subgenre = "공용차량 운행일지"
        b.t("공용차량 운행일지 (" + pick(r, "2025년 3월", "2024년 11월", "2025년 6월") + ")\n차량: ")
        plate_v = VV.plate(r, pick(r, "plate_2", "plate_3"))
        b.s(plate_v, "KR_VEHICLE_PLATE")
        b.t("\n")
        rows = []
        for i in range(r.randint(3, 6)):
            rows.append([N(neg_date(r, "iso"), "non_birth_date"), T(r.choice(DEPTS)), C(kname(r), "PERSON"),
                         C(VV.driver_license(r, pick(r, "dl_code", "dl_name", "dl_plain")), "KR_DRIVER_LICENSE"),
                         T(pick(r, "현장점검", "회의 참석", "민원 출장", "물품 운송")), N("%d km" % r.randint(5, 250), "statistic")])
        render_table(b, r, pick(r, ["일자", "부서", "운전자", "면허번호", "용무", "주행거리"], ["일자", "부서", "", "면허", "목적", "km"], None), rows)
        b.t("차량관리 담당: ")
        official(b, r)
        b.t("\n")


# ------------------------------------------------------------------ 금융 피해 / 카드 환불
def T_finance(r, b):
    b.genre = "신청서"
    kind = pick(r, "phishing", "refund", "autopay")
    nm = VV.korean_name(r)
    if kind == "phishing":
        b.subgenre = "전기통신금융사기 피해구제 신청서"
        b.t("피해구제 신청서(전기통신금융사기)\n")
        av, bank = VV.bank_account(r)
        av2, bank2 = VV.bank_account(r)
        render_form(b, r, [
            ("신청인 성명", f_name(nm)),
            ("주민등록번호", f_span(VV.rrn(r, pick(r, "rrn_valid", "rrn_masked")), "KR_RRN")),
            ("연락처", f_span(VV.mobile(r), "PHONE_NUMBER")),
            ("피해자 계좌(송금 계좌)", lambda b: (b.t(bank + " "), b.s(av, "KR_BANK_ACCOUNT"))),
            ("사기이용계좌(입금 계좌)", lambda b: (b.t(bank2 + " "), b.s(av2, "KR_BANK_ACCOUNT"))),
            ("피해금액", f_neg(neg_amount(r), "amount")),
        ])
        b.t("피해 경위: ")
        b.neg(neg_date(r), "non_birth_date")
        b.t(" '" + pick(r, "검찰청 수사관", "카드사 직원", "자녀") + "'을 사칭한 사람이 ")
        b.s(VV.mobile(r) if r.random() < 0.5 else VV.voip(r), "PHONE_NUMBER")
        b.t(pick(r, " 번호로 연락하여 ", "로 전화하여 ") + "카드번호(")
        b.s(VV.card(r), "CREDIT_CARD")
        b.t(")와 비밀번호를 요구하였음.\n사건 접수: " + pick(r, "마포경찰서", "수원남부경찰서") + " 사건번호 ")
        b.neg("%d-%06d" % (r.randint(2023, 2025), r.randint(0, 999999)), "case_number")
        b.t("\n")
    elif kind == "refund":
        b.subgenre = "수수료 카드결제 취소·환불 요청서"
        b.t(pick(r, "카드결제 취소(환불) 요청서\n", "수강료 환불 신청서\n"))
        render_form(b, r, [
            ("신청인", f_name(nm)),
            ("결제 카드번호", f_span(VV.card(r), "CREDIT_CARD")),
            ("승인번호", f_neg("%08d" % r.randint(0, 99999999), "public_record_id")),
            ("결제일", f_neg(neg_date(r), "non_birth_date")),
            ("결제금액", f_neg(neg_amount(r), "amount")),
            ("연락처", f_span(VV.mobile(r), "PHONE_NUMBER")),
            ("이메일", f_span(VV.email(r, nm), "EMAIL_ADDRESS")),
        ])
        b.t("환불 사유: " + pick(r, "중복 결제", "강좌 폐강", "신청 취소") + "\n")
    else:
        b.subgenre = "지방세 자동이체 신청서"
        b.t("지방세 자동납부(카드·계좌) 신청서\n")
        fields = [("납세자 성명", f_name(nm)),
                  ("주민(법인)등록번호", f_span(VV.rrn(r, pick(r, "rrn_valid", "rrn_masked")), "KR_RRN")),
                  ("전화번호", f_phone_mixed(r))]
        if r.random() < 0.5:
            fields.append(("납부 카드번호", f_span(VV.card(r), "CREDIT_CARD")))
        else:
            av, bank = VV.bank_account(r)
            fields.append(("출금 계좌", lambda b: (b.t(bank + " "), b.s(av, "KR_BANK_ACCOUNT"))))
        fields.append(("대상 세목", f_text(pick(r, "자동차세", "재산세", "주민세"))))
        render_form(b, r, fields)
        if "자동차세" in b.text():
            b.t("대상 차량: ")
            b.s(VV.plate(r), "KR_VEHICLE_PLATE")
            b.t("\n")
    _sign_simple(b, r, nm)


def _sign_simple(b, r, nm):
    b.t(neg_date(r) + "  신청인 ")
    b.name(nm)
    b.t(pick(r, " (서명)\n", " (인)\n", "\n"))


# ------------------------------------------------------------------ 용역 계약서
def T_contract(r, b):
    b.genre = "계약서"
    b.subgenre = pick(r, "용역 계약서", "물품 구매 계약서", "강사 위촉 계약서")
    l, office, head = local_office(r)
    b.t(b.subgenre + "\n\n")
    b.t("계약번호: ")
    b.neg("%d%08d-00" % (r.randint(2023, 2025), r.randint(0, 99999999)), "public_record_id")
    b.t("\n계약금액: ")
    b.neg(neg_amount(r), "amount")
    b.t(" (부가가치세 포함)\n\n")
    b.t("(갑) " + office + "  " + head + "\n     주소: ")
    b.neg(inst_addr(r), "institution_address")
    b.t("\n(을) ")
    if "강사" in b.subgenre:
        nm = VV.korean_name(r)
        b.t("성명 ")
        b.name(nm)
        b.t("\n     생년월일 ")
        b.s(VV.dob(r, 1960, 1996), "DATE_OF_BIRTH")
        b.t("  연락처 ")
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n     주소 ")
        b.addr()
        b.t("\n")
    else:
        corp = r.random() < 0.6
        co = pick(r, "(주)한빛엔지니어링", "새솔정보기술 주식회사", "가람조경", "도담인쇄사", "미리내소프트(주)")
        b.t(co + "  대표" + pick(r, "이사 ", "자 ", " "))
        b.name()
        b.t("\n     사업자등록번호: ")
        b.s(VV.brn(r, corp), "KR_BRN")
        if corp:
            b.t(pick(r, "   법인등록번호: ", "\n     법인번호: "))
            b.s(VV.crn(r), "KR_CRN")
        b.t("\n     소재지: ")
        b.addr(pick(r, "addr_road", "addr_road_short"))
        b.t("\n     전화: ")
        b.s(VV.landline(r), "PHONE_NUMBER")
        b.t(pick(r, "  담당자 ", " / 실무 담당 "))
        b.name()
        b.t(" ")
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n")
    av, bank = VV.bank_account(r)
    b.t("대금 지급 계좌: " + bank + " ")
    b.s(av, "KR_BANK_ACCOUNT")
    b.t(" (예금주: ")
    if "강사" in b.subgenre:
        b.name(nm)
    else:
        b.neg(co, "company_name")
    b.t(")\n제1조(목적) 이 계약은 " + pick(r, "민원 안내 시스템 유지보수", "청사 조경 관리", "홍보물 인쇄", "평생학습 강좌 운영") + "에 필요한 사항을 정한다.\n")
    b.t("제2조(계약기간) ")
    neg_range(r, b)
    b.t("\n제3조(지체상금) 지체일수 1일당 계약금액의 ")
    b.neg("0.5/1,000", "statistic")
    b.t("\n\n" + neg_date(r) + "\n갑 " + head + " (직인)   을 대표 ")
    b.t("(인)\n")


# ------------------------------------------------------------------ 외국인 근로자 명단 (table)
def T_foreign_workers(r, b):
    b.genre = "외국인·다문화"
    b.subgenre = pick(r, "외국인근로자 고용 현황", "계절근로자 입국 명단", "외국인 유학생 체류 현황")
    b.t(b.subgenre + pick(r, "\n", " (%s)\n" % pick(r, "○○농협", "(주)한빛정밀", "가람대학교 국제교류처")))
    if r.random() < 0.6:
        b.t("사업장: " + pick(r, "(주)한빛정밀", "새솔식품(주)", "가람영농조합법인") + " (사업자등록번호 ")
        b.s(VV.brn(r, r.random() < 0.5), "KR_BRN")
        b.t(")\n")
    rows = []
    same_country = r.random() < 0.5
    c0 = r.choice(VV.FOREIGN_COUNTRIES)
    script = pick(r, "latin", "latin", "hangul", "mixed")
    for i in range(r.randint(3, 6)):
        c = c0 if same_country else r.choice(VV.FOREIGN_COUNTRIES)
        sc = script if script != "mixed" else r.choice(["latin", "hangul"])
        nv, _ = VV.foreign_name(r, c, sc)
        row = [T(str(i + 1)), C(nv, "PERSON"), T(c), C(VV.foreign_passport(r, c), "KR_PASSPORT"), C(VV.frn(r, y0=1975, y1=2004), "KR_FRN")]
        if r.random() < 0.5:
            row.append(C(VV.mobile(r), "PHONE_NUMBER"))
        else:
            row.append(N(neg_date(r, "iso"), "non_birth_date"))
        rows.append(row)
    hdr = ["No", pick(r, "성명", "", "Name"), "국적", "여권번호", "외국인등록번호", "연락처/입국일"]
    render_table(b, r, hdr if r.random() < 0.8 else None, rows)
    b.t("※ 체류기간 만료 " + pick(r, "30일", "2개월") + " 전 연장 신청 필요. 문의: 외국인력상담센터 ")
    b.neg("1577-0071", "switchboard")
    b.t("\n담당: ")
    b.name()
    b.t(pick(r, " 대리 ", " 과장 "))
    b.s(VV.email(r, None, "co"), "EMAIL_ADDRESS")
    b.t("\n")


# ------------------------------------------------------------------ 신분증 사본 / 스캔 (OCR-heavy)
def T_id_scan(r, b):
    b.genre = "신분증 사본(OCR)"
    kind = pick(r, "rrc", "dl", "arc", "passport")
    b.subgenre = {"rrc": "주민등록증 사본", "dl": "운전면허증 사본", "arc": "외국인등록증 사본", "passport": "여권 사본"}[kind]
    b.t("[첨부 " + pick(r, "1", "2") + "] " + b.subgenre + " (스캔본 텍스트 추출)\n")
    if kind == "rrc":
        b.t("주민등록증\n")
        b.name(None, noise=pick(r, 0, 0, 1))
        b.t("\n")
        b.s(VV.rrn(r, "rrn_valid"), "KR_RRN", r.choice([1, 1, 2]))
        b.t("\n")
        b.addr(postcode=False)
        b.t("\n" + neg_date(r) + "\n" + pick(r, "서울특별시 마포구청장", "경기도 수원시장", "부산광역시 해운대구청장") + "\n")
    elif kind == "dl":
        b.t("자동차운전면허증 Driver's License\n" + pick(r, "1종보통", "2종보통", "1종대형") + "  ")
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE", r.choice([1, 1, 2]))
        b.t("\n")
        b.name(None, noise=pick(r, 0, 0, 1))
        b.t("  ")
        b.s(VV.rrn(r, pick(r, "rrn_valid", "rrn_masked")), "KR_RRN", r.choice([0, 1]))
        b.t("\n")
        b.addr(postcode=False)
        b.t("\n적성검사기간 ")
        neg_range(r, b)
        b.t("\n" + pick(r, "서울", "경기남부", "부산", "대구") + "지방경찰청장\n")
    elif kind == "arc":
        country = r.choice(VV.FOREIGN_COUNTRIES)
        b.t("외국인등록증 RESIDENCE CARD\n")
        b.s(VV.frn(r, "frn_valid"), "KR_FRN", r.choice([1, 1, 2]))
        b.t("  " + pick(r, "남/M", "여/F") + "  " + country + "\n")
        b.s(VV.foreign_name(r, country, "latin")[0], "PERSON", pick(r, 0, 1))
        b.t("\n체류자격 " + pick(r, "E-9", "F-6", "D-2", "H-2") + "\n발급일자 " + neg_date(r, "dot0") + "\n")
    else:
        nm = VV.korean_name(r)
        b.t("여권 PASSPORT  대한민국 REPUBLIC OF KOREA\n종류/Type PM  발행국/Country KOR  여권번호/Passport No. ")
        b.s(VV.passport(r, pick(r, "pp_kr_old", "pp_kr_new")), "KR_PASSPORT", r.choice([0, 1, 1]))
        b.t("\n성/Surname 이름/Given names ")
        b.s(latin_kr_name(r, nm), "PERSON")
        b.t("\n한글성명 ")
        b.name(nm)
        b.t("\n생년월일/Date of birth ")
        y, m, d = VV.rand_date(r, 1955, 2005)
        mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1]
        b.s(mk("%02d %s %04d" % (d, mon, y), "dob_passport", clean="%04d-%02d-%02d" % (y, m, d)), "DATE_OF_BIRTH")
        b.t("\n주민등록번호 ")
        b.s(VV.rrn(r, "rrn_masked"), "KR_RRN")
        b.t("\n")


# ------------------------------------------------------------------ no-PII records
def T_nopii(r, b):
    kind = pick(r, "stat", "notice", "law", "press", "minwon_guide", "budget", "product")
    b.genre = "무PII"
    b.subgenre = kind
    l, office, head = local_office(r)
    if kind == "stat":
        b.t(pick(r, "2024년 %s 주민등록 인구 통계\n" % l, "외국인 주민 현황 (%s 기준)\n" % neg_date(r)))
        b.t("○ 총인구 ")
        b.neg(neg_stat(r), "statistic")
        b.t(", 전년 대비 ")
        b.neg(neg_stat(r), "statistic")
        b.t("\n○ 65세 이상 ")
        b.neg(neg_stat(r), "statistic")
        b.t(" (고령화율 ")
        b.neg("%.1f%%" % (r.random() * 30 + 10), "statistic")
        b.t(")\n○ 외국인 주민 ")
        b.neg(neg_stat(r), "statistic")
        b.t(" — 베트남, 중국, 우즈베키스탄 순\n※ 자료: 주민등록인구통계(")
        b.neg(neg_date(r), "non_birth_date")
        b.t(" 기준)\n")
    elif kind == "notice":
        b.t(head + " 공고 제")
        b.neg("%d-%d" % (r.randint(2023, 2025), r.randint(1, 1999)), "doc_number")
        b.t("호\n" + pick(r, "2025년 주민참여예산 제안 공모", "공유재산 대부 일반입찰 공고", "청년 일자리 사업 참여자 모집") + "\n")
        b.t("1. 접수기간: ")
        neg_range(r, b)
        b.t("\n2. 접수처: " + office + " 민원실(")
        b.neg(inst_addr(r), "institution_address")
        b.t(")\n3. 문의: 대표전화 ")
        b.neg(VV.switchboard(r), "switchboard")
        b.t(" 또는 ")
        b.neg(inst_email(r), "institution_email")
        b.t("\n4. 입찰보증금: ")
        b.neg(neg_amount(r), "amount")
        b.t("\n5. 나라장터 공고번호: ")
        b.neg("%d%07d-00" % (r.randint(2024, 2025), r.randint(0, 9999999)), "public_record_id")
        b.t("\n")
    elif kind == "law":
        b.t("법령 개정 안내\n")
        for i in range(r.randint(2, 4)):
            b.t(pick(r, "- ", "○ "))
            b.neg(neg_statute(r), "statute")
            b.t(pick(r, " 개정으로 신청 기한이 ", " 시행에 따라 과태료가 ") )
            if r.random() < 0.5:
                b.neg(neg_date(r), "non_birth_date")
                b.t("부터 변경됩니다.\n")
            else:
                b.neg(neg_amount(r), "amount")
                b.t("으로 상향됩니다.\n")
        b.t("관련 예규: ")
        b.neg(neg_docno(r), "doc_number")
        b.t("\n")
    elif kind == "press":
        b.t("[보도참고자료] " + pick(r, "폭염특보 대비 무더위쉼터 확대 운영", "겨울철 한파 대응 종합대책") + "\n")
        b.t("□ " + office + josa(office, "은", "는") + " ")
        b.neg(neg_date(r), "non_birth_date")
        b.t("부터 무더위쉼터 ")
        b.neg(neg_stat(r), "statistic")
        b.t("를 운영한다고 밝혔다.\n□ 예산은 ")
        b.neg(neg_amount(r), "amount")
        b.t("이며, 취약계층 ")
        b.neg(neg_stat(r), "statistic")
        b.t("에게 냉방용품을 지원한다.\n□ 문의는 ")
        b.neg(VV.switchboard(r), "switchboard")
        b.t("(재난안전상황실)로 하면 된다.\n")
    elif kind == "minwon_guide":
        b.t("민원 처리 기준 안내\n가. 처리기간: 접수일부터 7일\n나. 관련 판례: 대법원 ")
        b.neg(neg_case(r), "case_number")
        b.t(" 판결\n다. 신청서 작성 예시: 성명 ")
        b.neg("홍길동", "placeholder_person")
        b.t(", 주민등록번호 ")
        b.neg("000000-0000000", "placeholder_id")
        b.t(", 연락처 ")
        b.neg("010-0000-0000", "placeholder_phone")
        b.t("\n라. 정부민원안내콜센터 ")
        b.neg("110", "switchboard")
        b.t(", 우편 접수 시 ")
        b.neg("우 " + VV.postcode(r), "postal_code")
        b.t("\n")
    elif kind == "budget":
        b.t(pick(r, "2025년도 세출예산 사업명세서\n", "보조사업 정산 요약\n"))
        for i in range(r.randint(3, 5)):
            b.t(pick(r, "", "- ") + pick(r, "경로당 운영 지원", "청소년 수련시설 보강", "방범 CCTV 설치", "도로 재포장") + " ")
            b.neg(neg_amount(r), "amount")
            b.t(" (집행률 ")
            b.neg("%.1f%%" % (r.random() * 100), "statistic")
            b.t(")\n")
        b.t("회계연도 " + pick(r, "2024", "2025") + " / 관리번호 ")
        b.neg("%03d-%04d-%04d" % (r.randint(31, 64), r.randint(2019, 2025), r.randint(0, 9999)), "public_record_id")
        b.t("\n")
    else:
        b.t("물품 구매 사양서\n")
        for i in range(r.randint(2, 4)):
            b.t("- 품명: " + pick(r, "노트북", "복합기", "모니터", "무정전전원장치") + " / 모델 ")
            b.neg(neg_product(r), "product_code")
            b.t(" / 단가 ")
            b.neg(neg_amount(r), "amount")
            b.t(" / 펌웨어 ")
            b.neg("%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(100, 20000), r.randint(0, 4000)), "version_number")
            b.t("\n")
        b.t("조달청 물품분류번호 ")
        b.neg("%08d" % r.randint(10000000, 99999999), "product_code")
        b.t(", 납품기한 ")
        b.neg(neg_date(r), "non_birth_date")
        b.t("\n")


# ------------------------------------------------------------------ 입찰 참가 업체 (BRN / CRN)
def T_bidders(r, b):
    b.genre = "계약서"
    b.subgenre = pick(r, "입찰 참가자격 등록 현황", "적격심사 대상 업체 명단", "개찰 결과")
    l, office, head = local_office(r)
    b.t("%s %s\n공고번호: " % (office, b.subgenre))
    b.neg("R%02dBK%08d" % (r.randint(23, 25), r.randint(0, 99999999)), "public_record_id")
    b.t("  건명: " + pick(r, "청사 냉난방기 교체공사", "주민센터 리모델링 설계용역", "CCTV 통합관제 유지보수", "도서관 도서 구입") + "\n")
    rows = []
    cos = ["(주)한빛건설", "새솔엔지니어링(주)", "가람전기 주식회사", "(주)도담종합건설", "미리내정보통신(주)", "(주)하늬테크",
           "별빛산업 주식회사", "온누리환경(주)", "(주)물빛설계", "청송이엔씨(주)"]
    r.shuffle(cos)
    for i in range(r.randint(3, 6)):
        row = [T(str(i + 1)), T(cos[i]), C(kname(r), "PERSON"), C(VV.brn(r, True), "KR_BRN"), C(VV.crn(r), "KR_CRN")]
        if r.random() < 0.5:
            row.append(N(neg_amount(r), "amount"))
            row.append(N("%.3f%%" % (r.random() * 10 + 85), "statistic"))
        else:
            row.append(C(VV.landline(r), "PHONE_NUMBER"))
            row.append(T(pick(r, "적격", "부적격(서류미비)", "심사중")))
        rows.append(row)
    hdr = pick(r, ["순위", "업체명", "대표자", "사업자등록번호", "법인등록번호", "투찰금액/전화", "비고"],
               ["No", "상호", "", "사업자번호", "법인번호", "금액/연락처", "비고"], None)
    render_table(b, r, hdr, rows)
    b.t("※ 낙찰하한율 ")
    b.neg("87.745%", "statistic")
    b.t(" 적용. 문의: " + office + " 회계과 ")
    official(b, r)
    b.t(" ")
    b.s(VV.gov_direct(r), "PHONE_NUMBER")
    b.t("\n")


# ------------------------------------------------------------------ 카드 부정사용 / 결제 내역
def T_card_claim(r, b):
    b.genre = "신청서"
    kind = pick(r, "dispute", "ledger", "ledger")
    nm = VV.korean_name(r)
    if kind == "dispute":
        b.subgenre = "카드 부정사용 이의신청 및 보상 청구서"
        b.t(pick(r, "신용카드 부정사용 이의신청서\n", "[카드 도난·분실 보상 청구서]\n"))
        render_form(b, r, [
            ("회원 성명", f_name(nm)),
            ("생년월일", f_span(VV.dob(r, 1950, 2003), "DATE_OF_BIRTH")),
            ("휴대전화", f_span(VV.mobile(r), "PHONE_NUMBER")),
            ("이메일", f_span(VV.email(r, nm), "EMAIL_ADDRESS")),
        ])
        b.t("부정사용 카드 내역\n")
        for i in range(r.randint(2, 3)):
            b.t(pick(r, "- ", "· ", "%d) " % (i + 1)) + pick(r, "본인 카드 ", "가족카드 ", "체크카드 "))
            b.s(VV.card(r, pick(r, "card_full", "card_full", "card_masked")), "CREDIT_CARD")
            b.t(" — ")
            b.neg(neg_date(r), "non_birth_date")
            b.t(" 해외 온라인 가맹점 승인 ")
            b.neg(neg_amount(r), "amount")
            b.t("\n")
        b.t("보상금 입금 계좌: ")
        av, bank = VV.bank_account(r)
        b.t(bank + " ")
        b.s(av, "KR_BANK_ACCOUNT")
        b.t("\n")
        b.t(neg_date(r) + "  청구인 ")
        b.name(nm)
        b.t(" (서명)\n")
    else:
        b.subgenre = pick(r, "수수료 카드 납부 내역", "체납액 카드 분할납부 대장")
        b.t(b.subgenre + pick(r, "\n", " (%s)\n" % neg_date(r)))
        rows = []
        for i in range(r.randint(3, 6)):
            rows.append([T(str(i + 1)), C(kname(r), "PERSON"), C(VV.card(r, pick(r, "card_full", "card_masked")), "CREDIT_CARD"),
                         N("%08d" % r.randint(0, 99999999), "public_record_id"), N(neg_amount(r), "amount")])
        render_table(b, r, pick(r, ["번호", "납부자", "카드번호", "승인번호", "금액"], ["No", "", "카드", "승인", "납부액"], None), rows)
        b.t("작성: 세무과 ")
        official(b, r)
        b.t("\n")
