"""Form-type genres: 신청서, 동의서, 위임장, 확인서, 채용/인사, 복지, 외국인, 의료, 세무, 교육."""
import values as VV
from values import mk
from core import colon, pick, romanize_name
from tpl_common import *  # noqa


def _sign(b, r, nm, role="신청인"):
    b.t("\n" + pick(r, "", "   ", "\t\t") + neg_date(r) + "\n")
    b.t(pick(r, role + " ", role + "  ", role + ": ", role + "(본인) "))
    b.name(nm)
    b.t(pick(r, " (서명 또는 인)", " (인)", "  (서명)", " ㊞", ""))
    b.t("\n")


# ------------------------------------------------------------------ 신청서: 여권
def T_passport_app(r, b):
    b.genre = "신청서"
    b.subgenre = "여권 발급 신청서"
    nm = VV.korean_name(r)
    title = pick(r, "여권 발급 신청서", "여권 재발급 신청서", "[별지 제1호서식] 여권발급 신청서")
    b.t(title + "\n")
    b.t(pick(r, "※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n", "여권종류: 일반 ■복수 □단수\n", ""))
    old = VV.passport(r, pick(r, "pp_kr_old", "pp_kr_new"))
    fields = [
        (pick(r, "한글성명", "성명(한글)", "성 명", "이름"), f_name(nm)),
        (pick(r, "로마자성명", "영문성명", "성명(영문)", "Name"), f_span(latin_kr_name(r, nm), "PERSON")),
        (pick(r, "주민등록번호", "주민번호", "주민등록 번호"), f_span(VV.rrn(r), "KR_RRN")),
        (pick(r, "본인 연락처", "휴대전화", "연락처", "핸드폰"), f_span(VV.mobile(r), "PHONE_NUMBER")),
        (pick(r, "이메일", "전자우편", "E-mail"), f_span(VV.email(r, nm, "priv"), "EMAIL_ADDRESS")),
        (pick(r, "주소", "주 소", "현 주소지"), f_addr()),
    ]
    if r.random() < 0.85:
        fields.append((pick(r, "종전 여권번호", "기존 여권번호", "분실 여권번호", "구 여권 번호"), f_span(old, "KR_PASSPORT")))
    r.shuffle(fields[2:])
    render_form(b, r, fields)
    if r.random() < 0.7:
        en = VV.korean_name(r)
        b.t(pick(r, "긴급연락처 — 성명 ", "[긴급연락처] 이름: ", "비상 연락처: "))
        b.name(en)
        _o = pick(r, " / 관계: ", " (", ", 관계 ")
        b.t(_o)
        b.t(pick(r, "배우자", "부", "모", "자녀", "형제"))
        b.t(") 전화 " if "(" in _o else pick(r, " / 전화: ", ", 연락처 "))
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n")
    if r.random() < 0.5:
        b.t("수수료: ")
        b.neg(pick(r, "53,000원", "50,000원", "15,000원", "20,000원"), "amount")
        b.t(" (" + pick(r, "10년 복수", "5년 복수", "단수") + ")\n")
    _sign(b, r, nm)
    l, office, head = local_office(r)
    b.t(head + " 귀하\n")


# ------------------------------------------------------------------ 신청서: 주민등록 등초본 / 전입
def T_resident_app(r, b):
    b.genre = "신청서"
    b.subgenre = pick(r, "주민등록표 열람 또는 등·초본 교부 신청서", "전입신고서", "인감증명서 발급 위임 신청")
    nm = VV.korean_name(r)
    b.t(b.subgenre + "\n")
    b.t(pick(r, "접수번호 ", "처리번호: ", "접수 ") )
    b.neg(neg_receipt(r), "public_record_id")
    b.t(pick(r, "   처리기간 즉시\n", "\n"))
    fields = [
        (pick(r, "신청인 성명", "성명", "신청인"), f_name(nm)),
        (pick(r, "주민등록번호", "주민등록번호(외국인등록번호)"), f_span(VV.rrn(r), "KR_RRN")),
        (pick(r, "주소", "현주소", "신주소"), f_addr()),
        (pick(r, "전화번호", "연락처", "휴대전화번호"), f_phone_mixed(r)),
    ]
    if "전입" in b.subgenre:
        fields.append(("전 주소", f_addr()))
        fields.append(("세대주 성명", f_name()))
        fields.append(("세대주와의 관계", f_text(pick(r, "본인", "배우자", "자녀", "동거인"))))
    else:
        fields.append(("대상자와의 관계", f_text(pick(r, "본인", "배우자", "직계혈족", "법정대리인"))))
        fields.append(("용도", f_text(pick(r, "금융기관 제출", "학교 제출", "관공서 제출", "회사 제출"))))
    render_form(b, r, fields)
    if r.random() < 0.5:
        b.t("※ 작성 예시: 주민등록번호 ")
        b.neg("000000-0000000", "placeholder_id")
        b.t(" 형식으로 기재(외국인은 외국인등록번호)\n")
    _sign(b, r, nm)
    l, office, head = local_office(r)
    b.t(pick(r, l + " " + pick(r, "○○동", "행정복지센터") + "장 귀하\n", head + " 귀하\n"))


# ------------------------------------------------------------------ 동의서
def T_consent(r, b):
    b.genre = "동의서"
    b.subgenre = "개인정보 수집·이용 동의서"
    nm = VV.korean_name(r)
    purpose = pick(r, "2025년 청년 주거비 지원사업 신청 접수 및 자격 확인", "평생학습 강좌 수강생 관리",
                   "자원봉사자 등록 및 활동 실적 관리", "공모전 응모자 확인 및 시상", "민원 처리 결과 통지")
    b.t(pick(r, "개인정보 수집·이용 동의서\n\n", "[개인정보 수집 및 이용 동의서]\n", "개인정보 수집·이용·제공 동의서\n\n"))
    b.t("%s은(는) %s을 위하여 " % (pick(r, "한빛재단", "○○구청", "평생학습관", "청년센터"), purpose))
    b.neg(neg_statute(r, 'privacy'), "statute")
    b.t("에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n")
    b.t("1. 수집 항목: 성명, 생년월일, 연락처, 주소, 이메일\n2. 보유 및 이용 기간: ")
    b.neg(pick(r, "사업 종료 후 3년", "수집일로부터 1년", "%s까지" % neg_date(r)), "non_birth_date")
    b.t("\n3. 동의를 거부할 권리가 있으며, 거부 시 " + pick(r, "신청이 제한", "서비스 이용이 제한") + "될 수 있습니다.\n")
    if r.random() < 0.4:
        b.t("(작성 예: 성명 ")
        b.neg("홍길동", "placeholder_person")
        b.t(", 생년월일 ")
        b.neg("1900. 1. 1.", "placeholder_date")
        b.t(")\n")
    b.t("\n")
    fields = [
        (pick(r, "성명", "이름", "성 명"), f_name(nm)),
        (pick(r, "생년월일", "생년월일(6자리)", "출생일"), f_span(VV.dob(r, 1950, 2006), "DATE_OF_BIRTH")),
        (pick(r, "연락처", "휴대폰", "전화"), f_span(VV.mobile(r), "PHONE_NUMBER")),
        (pick(r, "주소", "거주지"), f_addr()),
    ]
    if r.random() < 0.7:
        fields.append((pick(r, "이메일", "E-mail", "메일주소"), f_span(VV.email(r, nm), "EMAIL_ADDRESS")))
    render_form(b, r, fields)
    b.t(pick(r, "위 내용에 동의합니다.  ■ 동의함  □ 동의하지 않음\n", "[v] 동의  [ ] 미동의\n", "동의 여부: 동의\n"))
    minor = r.random() < 0.3
    if minor:
        b.t(pick(r, "※ 만 14세 미만 아동의 경우 법정대리인 동의\n", "법정대리인(보호자) 확인\n"))
        b.t(pick(r, "법정대리인 성명: ", "보호자: ", "법정대리인 "))
        b.name()
        b.t(pick(r, " (관계: 모)", " (부)", ", 관계 어머니", ""))
        b.t(pick(r, "  연락처 ", " / ", " 전화: "))
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n")
    b.t(neg_date(r) + "\n" + pick(r, "동의자 ", "본인 ", "성명: ", "작성자 "))
    b.name(nm)
    b.t(pick(r, " (서명)", " (인)", "", "  ㊞") + "\n")


# ------------------------------------------------------------------ 위임장
def T_poa(r, b):
    b.genre = "위임장"
    b.subgenre = "위임장"
    a, c = VV.korean_name(r), VV.korean_name(r)
    b.t(pick(r, "위 임 장\n\n", "위임장\n", "[위임장]\n\n"))
    for role, nm in (("위임인", a), ("수임인", c)):
        b.t(pick(r, "□ ", "", "○ ") + role + pick(r, "\n", " — ", ": "))
        fields = [(pick(r, "성명", "성 명", "이름"), f_name(nm))]
        idk = r.random()
        if idk < 0.55:
            fields.append((pick(r, "주민등록번호", "주민번호"), f_span(VV.rrn(r), "KR_RRN")))
        elif idk < 0.8:
            fields.append((pick(r, "신분증(운전면허번호)", "운전면허번호", "면허번호"), f_span(VV.driver_license(r), "KR_DRIVER_LICENSE")))
        else:
            fields.append((pick(r, "여권번호", "신분증(여권)"), f_span(VV.passport(r), "KR_PASSPORT")))
        if role == "위임인" or r.random() < 0.5:
            fields.append((pick(r, "주소", "주 소"), f_addr()))
        fields.append((pick(r, "연락처", "전화번호", "휴대전화"), f_span(VV.mobile(r), "PHONE_NUMBER")))
        if role == "수임인":
            fields.append(("위임인과의 관계", f_text(pick(r, "배우자", "자녀", "형제", "지인", "직원"))))
        render_form(b, r, fields, pick(r, "lines", "run", "two_col", "pipe"))
    b.t("\n본인은 위 수임인에게 아래 사항에 관한 권한을 위임합니다.\n")
    b.t("위임 사항: " + pick(r, "%s 관련 서류의 발급 및 수령" % pick(r, "가족관계증명서", "토지대장", "건축물대장"),
                           "자동차 이전등록 신청 및 관련 서류 제출",
                           "국민건강보험 피부양자 자격 취득 신고", "지방세 납세증명서 발급") + "\n")
    if r.random() < 0.4:
        b.t("※ 위임장 허위 작성 시 ")
        b.neg(pick(r, "「형법」 제231조", "「주민등록법」 제37조"), "statute")
        b.t("에 따라 처벌받을 수 있습니다.\n")
    b.t(neg_date(r) + "\n위임인 ")
    b.name(a)
    b.t(pick(r, " (인감 날인)", " (서명)", " ㊞") + "\n")


# ------------------------------------------------------------------ 확인서
def T_confirm(r, b):
    b.genre = "확인서"
    kind = pick(r, "재직", "거주", "사실", "봉사")
    b.subgenre = kind + "확인서"
    nm = VV.korean_name(r)
    b.t(pick(r, "%s 확인서\n\n", "%s확인서\n", "[%s 확인서]\n") % kind)
    if kind == "재직":
        co = pick(r, "(주)한빛엔지니어링", "새솔물산 주식회사", "가람테크(주)", "도담소프트")
        render_form(b, r, [
            ("성명", f_name(nm)),
            (pick(r, "생년월일", "생 년 월 일"), f_span(VV.dob(r, 1960, 2003), "DATE_OF_BIRTH")),
            ("소속", f_text(pick(r, "기술연구소", "경영지원팀", "생산2팀"))),
            ("직위", f_text(pick(r, "대리", "과장", "사원", "책임연구원"))),
            ("재직기간", f_neg("%s ~ 현재" % neg_date(r), "non_birth_date")),
            ("회사명", f_text(co)),
            ("사업자등록번호", f_span(VV.brn(r), "KR_BRN")),
        ])
        b.t("위 사람은 당사에 재직하고 있음을 확인합니다.\n" + neg_date(r) + "\n")
        b.t(co + " 대표이사 ")
        b.name()
        b.t(pick(r, " (직인)", " ㊞", "") + "\n")
        if r.random() < 0.6:
            b.t("발급 담당: ")
            b.name()
            _o = pick(r, " (", " / ", " ")
            b.t(_o)
            b.s(VV.landline(r), "PHONE_NUMBER")
            b.t((')' if "(" in _o else '') + "\n")
    elif kind == "거주":
        b.t("확인 대상자\n")
        render_form(b, r, [
            ("성명", f_name(nm)),
            ("주민등록번호", f_span(VV.rrn(r), "KR_RRN")),
            ("실거주지", f_addr()),
            ("거주기간", f_neg("%s부터" % neg_date(r), "non_birth_date")),
        ])
        b.t("위 사람이 상기 주소지에 실제 거주하고 있음을 확인합니다.\n확인자(인우보증인): ")
        b.name()
        _o = pick(r, " 연락처 ", " / ", " (전화 ")
        b.t(_o)
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t((')' if "(" in _o else '') + "\n" + pick(r, "통장 ", "이장 ", "확인 통장: "))
        b.name()
        b.t(pick(r, " (인)\n", "\n"))
    elif kind == "사실":
        b.t(pick(r, "본인 ", "확인자 "))
        b.name(nm)
        b.t("(")
        b.s(VV.dob(r, 1950, 2000, pick(r, "dot_sp", "kor", "yy_dot")), "DATE_OF_BIRTH")
        b.t(pick(r, "생", " 생") + ")은 ")
        b.neg(neg_date(r), "non_birth_date")
        b.t(pick(r, " 오후 3시경 ", " 오전 ", " ") + pick(r, "아래 주소지 앞 도로에서 발생한 차량 접촉 사고를 목격하였으며, 가해 차량의 번호는 ",
                                                        "본인 소유 차량(", "주차장에서 발생한 사고와 관련하여 상대 차량 ") )
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t(pick(r, "이었음을 확인합니다.\n", ")이 당시 해당 장소에 주차되어 있었음을 확인합니다.\n", "의 운전자와 합의하였음을 확인합니다.\n"))
        b.t(pick(r, "주소: ", "확인자 주소 "))
        b.addr()
        b.t("\n" + pick(r, "연락처: ", "휴대전화 "))
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n" + neg_date(r) + "  확인자 ")
        b.name(nm)
        b.t(" (서명)\n")
    else:
        b.t("자원봉사 활동 확인서\n봉사자: ")
        b.name(nm)
        b.t(pick(r, " 군", " 양", "") + " (")
        b.t(pick(r, "한빛고등학교 2학년", "새솔중학교 3학년", "가람대학교 사회복지학과"))
        b.t(")\n생년월일: ")
        b.s(VV.dob(r, 2005, 2012), "DATE_OF_BIRTH")
        b.t("\n활동 기간: ")
        b.neg(neg_date(r), "non_birth_date")
        b.t(" ~ ")
        b.neg(neg_date(r), "non_birth_date")
        b.t(" (총 ")
        b.neg("%d시간" % r.randint(4, 60), "statistic")
        b.t(")\n활동 내용: 경로당 급식 보조 및 환경 정화\n담당자: ")
        b.name()
        b.t(pick(r, " 사회복지사", " 팀장", " 주무관"))
        _o = pick(r, " ☎ ", " (", " ")
        b.t(_o)
        b.s(VV.landline(r), "PHONE_NUMBER")
        b.t((')' if "(" in _o else '') + "\n")


# ------------------------------------------------------------------ 채용 / 인사
def T_recruit(r, b):
    b.genre = "채용·인사"
    b.subgenre = pick(r, "입사지원서", "응시원서", "인사기록카드", "기간제근로자 채용 서류")
    nm = VV.korean_name(r)
    b.t("[%s]\n" % b.subgenre)
    b.t(pick(r, "응시분야: ", "지원 직무: ", "채용 분야 ") + pick(r, "행정(일반)", "시설관리", "운전직(8급 상당)", "보건 연구원", "전산직") + "\n")
    fields = [
        (pick(r, "성명(한글)", "성명", "지원자"), f_name(nm)),
        (pick(r, "생년월일", "생년월일(만 나이)"), f_span(VV.dob(r, 1965, 2004), "DATE_OF_BIRTH")),
        (pick(r, "휴대전화", "연락처(휴대폰)", "H.P"), f_span(VV.mobile(r), "PHONE_NUMBER")),
        (pick(r, "E-mail", "이메일"), f_span(VV.email(r, nm, "priv"), "EMAIL_ADDRESS")),
        (pick(r, "현주소", "주소"), f_addr()),
    ]
    if r.random() < 0.4:
        fields.insert(1, (pick(r, "성명(영문)", "영문 이름"), f_span(latin_kr_name(r, nm), "PERSON")))
    if "운전" in b.text() or r.random() < 0.45:
        fields.append((pick(r, "운전면허(종별/번호)", "자격면허 번호", "운전면허번호"),
                       f_span(VV.driver_license(r), "KR_DRIVER_LICENSE")))
    if b.subgenre in ("인사기록카드", "기간제근로자 채용 서류") or r.random() < 0.3:
        bank = r.choice(VV.BANK_FORMATS)[0]
        v, bank = VV.bank_account(r, bank)
        fields.append((pick(r, "급여계좌", "급여 입금 계좌", "계좌번호"), lambda b, v=v, bank=bank: (b.t(bank + " "), b.s(v, "KR_BANK_ACCOUNT"))))
        fields.append((pick(r, "주민등록번호", "주민번호"), f_span(VV.rrn(r), "KR_RRN")))
    r.shuffle(fields[2:])
    render_form(b, r, fields)
    b.t(pick(r, "\n[학력]\n", "\n학력사항\n"))
    b.t("%s 졸업 %s\n" % (pick(r, "가람대학교 행정학과", "한빛대학교 컴퓨터공학과", "새솔고등학교", "도담대학교 간호학과"),
                         neg_date(r, "dot0")))
    b.t(pick(r, "[경력]\n", "경력사항\n") + pick(r, "(주)미리내 물류 ", "○○시 시설관리공단 ", "도담의료재단 ") +
        pick(r, "2년 3개월", "11개월", "5년") + "\n")
    if r.random() < 0.5:
        b.t("[비상연락처] ")
        b.name()
        b.t(pick(r, " (부) ", " / 배우자 / ", " 모 "))
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n")
    b.t("위 기재 사항은 사실과 다름이 없습니다.\n" + neg_date(r) + "  지원자 ")
    b.name(nm)
    b.t(pick(r, " (서명)", " (인)", "") + "\n")


def T_personnel(r, b):
    b.genre = "채용·인사"
    kind = pick(r, "출장", "출장", "발령")
    if kind == "출장":
        b.subgenre = "국외출장 계획(여권 정보)"
        b.t(pick(r, "국외출장 계획 보고\n", "「%s」 국외출장자 명단 및 여권 정보\n" % pick(r, "OECD 디지털정부 회의", "한-베트남 행정협력 워크숍", "국제 사회보장 포럼")))
        b.t("1. 출장기간: ")
        neg_range(r, b)
        b.t("\n2. 출장지: " + pick(r, "프랑스 파리", "베트남 하노이", "몽골 울란바토르", "캐나다 오타와") + "\n3. 출장자\n")
        rows = []
        for i in range(r.randint(3, 5)):
            nm = VV.korean_name(r)
            rows.append([T(str(i + 1)), T(pick(r, "과장", "사무관", "주무관", "서기관")), C(mk(nm, "kr_name"), "PERSON"),
                         C(latin_kr_name(r, nm), "PERSON"),
                         C(VV.passport(r, pick(r, "pp_kr_old", "pp_kr_new")), "KR_PASSPORT"),
                         C(VV.dob(r, 1966, 1998, pick(r, "iso", "dot0_nodot", "yymmdd")), "DATE_OF_BIRTH")])
            if r.random() < 0.5:
                rows[-1].append(C(VV.mobile(r), "PHONE_NUMBER"))
        hdr = ["연번", "직급", "성명", "영문성명", "여권번호", "생년월일"]
        if any(len(x) == 7 for x in rows):
            for x in rows:
                if len(x) == 6:
                    x.append(T("-"))
            hdr.append("비상연락처")
        if r.random() < 0.3:
            hdr[2] = ""
        render_table(b, r, hdr if r.random() < 0.85 else None, rows)
        b.t("4. 소요예산: ")
        b.neg(neg_amount(r), "amount")
        b.t(" (" + pick(r, "국외여비", "여비") + ")\n")
    else:
        b.subgenre = "인사발령 통지"
        b.t(pick(r, "인 사 발 령\n", "인사발령 사항 알림\n") + pick(r, "발령일자: ", "") + neg_date(r) + "\n")
        for i in range(r.randint(3, 6)):
            b.t(pick(r, "○ ", "- ", "") + pick(r, "승진", "전보", "신규임용", "직무대리") + pick(r, ": ", " | ", " ") +
                pick(r, "행정6급 ", "지방행정주사 ", "시설7급 ", "") + pick(r, "복지정책과 ", "민원여권과 ", "교통행정과 "))
            b.name()
            b.t(pick(r, "", " (%s → %s)" % (pick(r, "총무과", "세무과"), pick(r, "감사담당관", "인사과"))) + "\n")
        b.t(pick(r, "\n" + pick(r, "인사과장", "시장", "교육장") + "\n", ""))


# ------------------------------------------------------------------ 복지
def T_welfare(r, b):
    b.genre = "복지 신청"
    b.subgenre = pick(r, "국민기초생활보장 급여 신청서", "긴급지원 신청서", "사회보장급여 신청(변경)서", "에너지바우처 신청서")
    nm = VV.korean_name(r)
    b.t(b.subgenre + "\n")
    b.t(pick(r, "접수번호 ", "관리번호: "))
    b.neg(neg_receipt(r), "public_record_id")
    b.t("\n")
    bank = r.choice(VV.BANK_FORMATS)[0]
    av, bank = VV.bank_account(r, bank)
    fields = [
        (pick(r, "신청인(수급권자) 성명", "신청인 성명", "성명"), f_name(nm)),
        (pick(r, "주민등록번호", "주민번호"), f_span(VV.rrn(r, y0=1938, y1=2000), "KR_RRN")),
        (pick(r, "주소", "실거주지 주소"), f_addr()),
        (pick(r, "전화번호(휴대전화)", "연락처", "전화"), f_phone_mixed(r)),
        (pick(r, "급여 수령 계좌", "입금계좌", "수급자 명의 계좌"),
         (lambda b: (b.t(bank + " "), b.s(av, "KR_BANK_ACCOUNT"), b.t(" 예금주: "), b.name(nm))) if r.random() < 0.5 else
         (lambda b: (b.t(bank + " "), b.s(av, "KR_BANK_ACCOUNT"), b.t(pick(r, " (예금주 본인)", ""))))),
    ]
    if r.random() < 0.5:
        fields.append((pick(r, "건강보험증 번호", "건강보험 증번호", "건강보험증번호"), f_span(VV.health_ins(r), "KR_HEALTH_INSURANCE")))
    render_form(b, r, fields)
    b.t(pick(r, "\n[가구원 현황]\n", "\n가구원 사항\n", "\n세대원\n"))
    rows = []
    rels = r.choice([["배우자", "자녀", "자녀", "자녀"], ["모", "자녀", "자녀"], ["배우자", "모", "자녀"], ["자녀", "손자녀", "손자녀"], ["부", "모", "자녀"]])
    for i in range(r.randint(2, len(rels))):
        rel = rels[i]
        ch = rel in ("자녀", "손자녀")
        rv = VV.rrn(r, pick(r, "rrn_valid", "rrn_post2020") if ch else pick(r, "rrn_valid", "rrn_masked"),
                    y0=2005 if ch else 1940, y1=2019 if ch else 1990)
        rows.append([T(rel), C(kname(r), "PERSON"), C(rv, "KR_RRN"),
                     T(pick(r, "동거", "동거", "별거", "학생", "장애(중증)"))])
    hdr = pick(r, ["관계", "", "주민등록번호", "비고"], ["관계", "성명", "주민등록번호", "비고"], None)
    render_table(b, r, hdr, rows)
    b.t(pick(r, "※ 소득·재산 조사를 위한 금융정보 제공 동의서를 함께 제출합니다.\n", "※ 근거: %s\n" % neg_statute(r, 'welfare'), ""))
    _sign(b, r, nm, pick(r, "신청인", "신고인"))
    if r.random() < 0.5:
        b.t(pick(r, "담당 사회복지공무원: ", "접수자: ", "상담자 "))
        b.name()
        _o = pick(r, " (", " ☎ ", " / ")
        b.t(_o)
        b.s(VV.gov_direct(r), "PHONE_NUMBER")
        b.t((')' if "(" in _o else '') + "\n")


def T_child_benefit(r, b):
    b.genre = "복지 신청"
    b.subgenre = pick(r, "아동수당 지급 신청서", "부모급여 신청서", "첫만남이용권 신청서", "양육수당 신청서")
    parent = VV.korean_name(r)
    b.t(b.subgenre + "\n\n" + pick(r, "1. 보호자(신청인)\n", "■ 신청인\n", "[보호자]\n"))
    render_form(b, r, [
        ("성명", f_name(parent)),
        ("주민등록번호", f_span(VV.rrn(r, pick(r, "rrn_valid", "rrn_valid", "rrn_masked"), 1978, 1999), "KR_RRN")),
        (pick(r, "휴대전화", "연락처"), f_span(VV.mobile(r), "PHONE_NUMBER")),
        ("주소", f_addr()),
    ], pick(r, "lines", "two_col", "pipe"))
    b.t(pick(r, "2. 아동\n", "■ 대상 아동\n", "[아동]\n"))
    n = r.randint(1, 2)
    for i in range(n):
        ch = VV.korean_name(r)
        ch = parent[0] + ch[1:] if r.random() < 0.7 and len(parent) == 3 and len(ch) == 3 else ch
        b.t(pick(r, "아동 성명: ", "성명 ", "아동명: "))
        b.name(ch)
        b.t(pick(r, "  주민등록번호: ", " / ", ", 주민번호 "))
        b.s(VV.rrn(r, "rrn_post2020"), "KR_RRN")
        b.t(pick(r, "  관계: 자녀\n", "\n"))
    bank = r.choice(VV.BANK_FORMATS)[0]
    av, bank = VV.bank_account(r, bank)
    b.t(pick(r, "3. 지급계좌: ", "■ 수당 입금 계좌 ", "[계좌] "))
    b.t(bank + pick(r, " ", " / 계좌번호 ", ", "))
    b.s(av, "KR_BANK_ACCOUNT")
    b.t(pick(r, " / 예금주 ", " (예금주: ", " 예금주 "))
    b.name(parent)
    b.t(pick(r, "\n", ")\n", "\n"))
    b.t("※ 지급액: 월 ")
    b.neg(pick(r, "100,000원", "1,000,000원", "500,000원", "2,000,000원"), "amount")
    b.t("\n")
    _sign(b, r, parent)


# ------------------------------------------------------------------ 외국인 / 다문화
def T_foreigner_reg(r, b):
    b.genre = "외국인·다문화"
    b.subgenre = pick(r, "외국인등록 신청서", "체류기간 연장허가 신청서", "체류지 변경신고서", "재입국허가 신청서")
    country = r.choice(VV.FOREIGN_COUNTRIES)
    lat, _ = VV.foreign_name(r, country, "latin")
    hang, _ = VV.foreign_name(r, country, "hangul")
    b.t(pick(r, "APPLICATION FORM / ", "[별지 제34호서식] ", "") + b.subgenre + "\n")
    fields = [
        (pick(r, "성명(Name in Full)", "성 Surname / 명 Given names", "성명(영문)", "Name"), f_span(lat, "PERSON")),
    ]
    if r.random() < 0.6:
        fields.append((pick(r, "한글성명", "성명(한글)"), f_span(hang, "PERSON")))
    fields += [
        (pick(r, "국적(Nationality)", "국적"), f_text(country)),
        (pick(r, "생년월일(Date of Birth)", "생년월일"), f_span(VV.dob(r, 1965, 2004, pick(r, "iso", "dot0", "slash", "dot_sp")), "DATE_OF_BIRTH")),
        (pick(r, "여권번호(Passport No.)", "여권 번호", "Passport No."), f_span(VV.foreign_passport(r, country), "KR_PASSPORT")),
    ]
    if "신청서" in b.subgenre and "등록 신청" not in b.subgenre or r.random() < 0.5:
        fields.append((pick(r, "외국인등록번호(Registration No.)", "외국인등록번호", "등록번호"), f_span(VV.frn(r), "KR_FRN")))
    fields += [
        (pick(r, "대한민국 내 주소(Address in Korea)", "체류지", "국내 주소"), f_addr()),
        (pick(r, "전화번호(Tel.)", "휴대전화(Cell phone)", "연락처"), f_span(VV.mobile(r), "PHONE_NUMBER")),
    ]
    if r.random() < 0.5:
        fields.append(("E-mail", f_span(VV.email(r), "EMAIL_ADDRESS")))
    if r.random() < 0.6:
        co = pick(r, "(주)한빛정밀", "새솔식품(주)", "가람농원", "도담산업")
        fields.append((pick(r, "근무처(사업자등록번호)", "고용업체 사업자번호", "근무처"),
                       lambda b, co=co: (b.t(co + " ("), b.s(VV.brn(r), "KR_BRN"), b.t(")"))))
    render_form(b, r, fields, pick(r, "lines", "numbered", "pipe", "boxes"))
    b.t("체류자격: " + pick(r, "E-9(비전문취업)", "F-6(결혼이민)", "D-2(유학)", "H-2(방문취업)", "E-7(특정활동)") + "\n")
    b.t("수수료: ")
    b.neg(pick(r, "30,000원", "60,000원", "35,000원"), "amount")
    b.t("\n신청일: " + neg_date(r) + pick(r, "   신청인 서명: ", "\n신청인(Applicant) "))
    b.s(lat if r.random() < 0.5 else hang, "PERSON")
    b.t("\n")
    if r.random() < 0.5:
        b.t("처리 담당: ")
        b.name()
        b.t(" 주무관\n")
    b.t(pick(r, "○○출입국·외국인사무소장 귀하\n", "출입국·외국인청장 귀하\n", ""))


def T_multicultural(r, b):
    b.genre = "외국인·다문화"
    b.subgenre = pick(r, "다문화가족 방문교육 서비스 신청서", "결혼이민자 통번역 서비스 의뢰서", "다문화가족 자녀 언어발달 지원 신청")
    country = r.choice(["베트남", "중국", "필리핀", "캄보디아", "몽골", "우즈베키스탄", "태국"])
    wife_h, _ = VV.foreign_name(r, country, "hangul")
    wife_l, _ = VV.foreign_name(r, country, "latin")
    hus = VV.korean_name(r)
    b.t(b.subgenre + "\n")
    b.t(pick(r, "■ 결혼이민자\n", "1. 신청인(결혼이민자)\n", "[신청인]\n"))
    fields = [(pick(r, "성명", "이름(한글)"), f_span(wife_h, "PERSON"))]
    if r.random() < 0.6:
        fields.append((pick(r, "영문성명", "여권상 성명"), f_span(wife_l, "PERSON")))
    fields += [
        ("국적", f_text(country)),
        (pick(r, "외국인등록번호", "등록번호"), f_span(VV.frn(r, y0=1980, y1=2002), "KR_FRN")),
        (pick(r, "연락처", "휴대전화"), f_span(VV.mobile(r), "PHONE_NUMBER")),
        ("입국일", f_neg(neg_date(r), "non_birth_date")),
        ("한국어 수준", f_text(pick(r, "초급", "중급", "기초"))),
    ]
    if r.random() < 0.4:
        fields.append(("여권번호", f_span(VV.foreign_passport(r, country), "KR_PASSPORT")))
    render_form(b, r, fields)
    b.t(pick(r, "■ 배우자\n", "2. 배우자\n", "[배우자] "))
    b.name(hus)
    _o = pick(r, " / 주민등록번호 ", " (", "  주민번호: ")
    b.t(_o)
    b.s(VV.rrn(r, y0=1965, y1=1995), "KR_RRN")
    b.t(") 전화 " if "(" in _o else pick(r, " / 연락처 ", "  휴대전화: "))
    b.s(VV.mobile(r), "PHONE_NUMBER")
    b.t("\n주소: ")
    b.addr()
    b.t("\n")
    if r.random() < 0.7:
        b.t(pick(r, "■ 자녀\n", "3. 자녀 현황\n"))
        for i in range(r.randint(1, 2)):
            b.t(pick(r, "- ", "· "))
            b.name(hus[0] + VV.korean_name(r)[1:] if len(hus) == 3 else None)
            _o = pick(r, " (", ", ")
            b.t(_o)
            b.s(VV.dob(r, 2014, 2023, pick(r, "dot_sp", "iso", "kor")), "DATE_OF_BIRTH")
            b.t(pick(r, "생, 어린이집 재원)\n", " 출생, 초등학교 재학)\n", ")\n") if "(" in _o else pick(r, " 출생\n", "생\n"))
    b.t(pick(r, "상담 메모: ", "※ ") + pick(r, "통역 필요(모국어 " + country + "어)", "야간 방문 희망", "시어머니와 동거") + "\n")
    b.t("담당: " + pick(r, "가족센터 ", "○○군 가족센터 "))
    b.name()
    b.t(pick(r, " 방문교육지도사 ", " 상담원 ", " "))
    b.s(VV.landline(r), "PHONE_NUMBER")
    b.t("\n")


# ------------------------------------------------------------------ 의료 / 건강보험
def T_medical(r, b):
    b.genre = "의료·건강보험"
    b.subgenre = pick(r, "본인부담상한액 초과금 환급 신청서", "요양비 지급 청구서", "건강보험 피부양자 자격(취득·상실) 신고서",
                      "진료비 영수증 재발급 요청", "건강검진 대상자 명단", "건강검진 대상자 명단")
    nm = VV.korean_name(r)
    if b.subgenre == "건강검진 대상자 명단":
        b.t(pick(r, "%d년 일반건강검진 미수검자 안내 대상\n" % r.randint(2023, 2025), "영유아 건강검진 대상자 명단\n", "직장가입자 건강검진 대상자 통보\n"))
        rows = []
        for i in range(r.randint(3, 6)):
            rows.append([T(str(i + 1)), C(kname(r), "PERSON"), C(VV.rrn(r, pick(r, "rrn_masked", "rrn_masked", "rrn_valid")), "KR_RRN"),
                         C(VV.health_ins(r), "KR_HEALTH_INSURANCE"), T(pick(r, "미수검", "1차 완료", "2차 대상", "구강 미수검"))])
        render_table(b, r, pick(r, ["연번", "성명", "주민등록번호", "건강보험증번호", "수검여부"], ["No", "", "주민번호", "증번호", "비고"], None), rows)
        b.t("※ 검진기관 예약 문의: " + pick(r, "한빛병원 ", "새솔의원 "))
        b.neg(pick(r, "1588", "1577", "1644") + "-%04d" % r.randint(0, 9999), "switchboard")
        b.t("\n담당: " + pick(r, "○○지사 건강관리부 ", "보건소 ") )
        b.name()
        b.t("\n")
        return
    b.t(b.subgenre + "\n")
    av, bank = VV.bank_account(r)
    fields = [
        (pick(r, "수진자 성명", "성명", "가입자 성명"), f_name(nm)),
        (pick(r, "주민등록번호", "주민번호"), f_span(VV.rrn(r, pick(r, "rrn_valid", "rrn_valid", "rrn_masked"), y0=1935, y1=2000), "KR_RRN")),
        (pick(r, "건강보험증 번호", "건강보험증번호", "보험증 번호", "증번호"), f_span(VV.health_ins(r), "KR_HEALTH_INSURANCE")),
        (pick(r, "연락처", "휴대전화"), f_span(VV.mobile(r), "PHONE_NUMBER")),
    ]
    if "환급" in b.subgenre or "청구" in b.subgenre:
        fields.append((pick(r, "환급받을 계좌", "입금 계좌", "지급 계좌"),
                       lambda b: (b.t(bank + " "), b.s(av, "KR_BANK_ACCOUNT"), b.t(" 예금주 "), b.name(nm))))
    if "피부양자" in b.subgenre:
        b.t("직장가입자: ")
        b.name()
        b.t(pick(r, " (사업장관리번호 ", " / 사업장 번호 "))
        b.neg("%d-%d-%d" % (r.randint(100, 999), r.randint(10, 99), r.randint(100000, 999999)), "public_record_id")
        b.t(")\n")
        fields.append(("피부양자 성명", f_name()))
        fields.append(("피부양자 주민등록번호", f_span(VV.rrn(r), "KR_RRN")))
        fields.append(("관계", f_text(pick(r, "배우자", "부", "모", "자녀"))))
    render_form(b, r, fields)
    b.t(pick(r, "진료기관: ", "요양기관명: ") + pick(r, "한빛병원", "새솔의원", "가람재활요양병원", "도담한의원"))
    _o = pick(r, " (대표 ", " 대표전화 ", " ☎ ")
    b.t(_o)
    b.neg(pick(r, "1588", "1577", "1644", "1899") + "-%04d" % r.randint(0, 9999) if r.random() < 0.6 else "%s-%d-%s" % (pick(r, "02", "031", "051", "062"), r.randint(200, 999), pick(r, "1114", "2114", "0114")), "switchboard")
    b.t((')' if "(" in _o else '') + "\n")
    b.t("진료기간: ")
    neg_range(r, b)
    b.t("  상병코드: ")
    b.neg(pick(r, "J20.9", "M54.5", "I10", "E11.9", "S82.0"), "product_code")
    b.t("\n본인부담금 ")
    b.neg(neg_amount(r), "amount")
    b.t("\n")
    _sign(b, r, nm, pick(r, "신청인", "청구인", "신고인"))
    b.t(pick(r, "국민건강보험공단 ○○지사장 귀하\n", "국민건강보험공단 이사장 귀하\n"))
    b.t(pick(r, "문의: 고객센터 ", "※ 문의 "))
    b.neg("1577-1000", "switchboard")
    b.t("\n")


# ------------------------------------------------------------------ 세무
def T_tax(r, b):
    b.genre = "세무"
    kind = pick(r, "dependents", "refund", "bizreg", "withholding")
    if kind == "dependents":
        b.subgenre = "소득·세액공제신고서(부양가족 명세)"
        emp = VV.korean_name(r)
        b.t("[%s] 귀속 근로소득자 소득·세액 공제신고서\n" % pick(r, "2024", "2023"))
        b.t("근로자 성명: ")
        b.name(emp)
        b.t(pick(r, "   주민등록번호: ", " / "))
        b.s(VV.rrn(r, y0=1960, y1=1996), "KR_RRN")
        b.t("\n근무처: " + pick(r, "(주)한빛엔지니어링", "도담소프트(주)", "새솔물산") + " 사업자등록번호 ")
        b.s(VV.brn(r, corp=True), "KR_BRN")
        b.t("\n\n인적공제 명세\n")
        rows = [[T("0"), C(mk(emp, "kr_name"), "PERSON"), T("본인"), T("-")]]
        for i in range(r.randint(2, 4)):
            rel = pick(r, "3", "4", "4", "1", "2")
            ch = rel == "4"
            rows.append([T(rel), C(kname(r), "PERSON"),
                         C(VV.rrn(r, pick(r, "rrn_valid", "rrn_post2020") if ch else "rrn_valid", y0=2003 if ch else 1940, y1=2019 if ch else 1965), "KR_RRN"),
                         T(pick(r, "기본공제", "경로우대", "장애인", "자녀"))])
        render_table(b, r, pick(r, ["관계코드", "성명", "주민등록번호", "공제구분"], ["관계", "", "주민번호", "비고"], None), rows)
        b.t("※ " + neg_statute(r, 'tax') + "에 따라 공제 요건을 확인하시기 바랍니다.\n")
    elif kind == "refund":
        b.subgenre = "경정청구서(환급)"
        nm = VV.korean_name(r)
        av, bank = VV.bank_account(r)
        b.t("과세표준 및 세액의 결정(경정) 청구서\n")
        render_form(b, r, [
            (pick(r, "청구인 성명", "성명(대표자)"), f_name(nm)),
            ("주민등록번호", f_span(VV.rrn(r, "rrn_valid"), "KR_RRN")),
            (pick(r, "사업자등록번호", "사업자번호"), f_span(VV.brn(r), "KR_BRN")),
            (pick(r, "주소(사업장)", "주소"), f_addr()),
            ("전화번호", f_phone_mixed(r)),
            (pick(r, "환급금 계좌", "국세환급금 계좌신고"), lambda b: (b.t(bank + " "), b.s(av, "KR_BANK_ACCOUNT"))),
        ])
        b.t("청구 사유: " + neg_statute(r, 'tax') + "에 따른 ")
        b.t(pick(r, "감면 누락", "필요경비 과소 계상", "기납부세액 미반영") + "\n환급 요청액: ")
        b.neg(neg_amount(r), "amount")
        b.t("\n관련 문서: ")
        b.neg(neg_docno(r), "doc_number")
        b.t("\n")
        _sign(b, r, nm, "청구인")
        b.t(pick(r, "○○세무서장 귀하\n", "세무서장 귀하\n"))
    elif kind == "bizreg":
        b.subgenre = "법인설립신고 및 사업자등록신청서"
        b.t(b.subgenre + "\n")
        co = pick(r, "주식회사 미리내에너지", "(주)별빛바이오", "하늬물류 주식회사", "사단법인 온누리나눔")
        render_form(b, r, [
            ("법인명(단체명)", f_text(co)),
            ("법인등록번호", f_span(VV.crn(r), "KR_CRN")),
            ("대표자 성명", f_name()),
            ("대표자 주민등록번호", f_span(VV.rrn(r, y0=1955, y1=1990), "KR_RRN")),
            ("사업장 소재지", f_addr(pick(r, "addr_road", "addr_road_short"))),
            ("사업장 전화번호", f_span(VV.landline(r), "PHONE_NUMBER")),
            ("대표자 휴대전화", f_span(VV.mobile(r), "PHONE_NUMBER")),
            ("전자우편", f_span(VV.email(r, None, "co"), "EMAIL_ADDRESS")),
            ("업태/종목", f_text(pick(r, "제조/이차전지 부품", "도소매/의료기기", "서비스/물류", "비영리/사회복지"))),
        ])
        b.t("자본금: ")
        b.neg(neg_amount(r), "amount")
        b.t("  개업일: " + neg_date(r) + "\n")
        if r.random() < 0.6:
            b.t("세무대리인: ")
            b.name()
            b.t(pick(r, " 세무사 (", " 세무사, 관리번호 "))
            b.neg("P%05d" % r.randint(0, 99999), "public_record_id")
            b.t(pick(r, ") ", ", ") + "전화 ")
            b.s(VV.landline(r), "PHONE_NUMBER")
            b.t("\n")
    else:
        b.subgenre = "사업소득 원천징수 명세"
        b.t(pick(r, "사업소득 간이지급명세서 (강사료 지급 내역)\n", "강사료 지급 및 원천징수 내역\n"))
        rows = []
        for i in range(r.randint(3, 5)):
            av, bank = VV.bank_account(r)
            rows.append([T(str(i + 1)), C(kname(r), "PERSON"), C(VV.rrn(r, pick(r, "rrn_valid", "rrn_masked")), "KR_RRN"),
                         T(bank), C(av, "KR_BANK_ACCOUNT"), N(neg_amount(r), "amount")])
        render_table(b, r, pick(r, ["번호", "성명", "주민등록번호", "은행", "계좌번호", "지급액"], ["No", "", "주민번호", "은행명", "계좌", "금액"], None), rows)
        b.t("원천징수세율 ")
        b.neg("3.3%", "statistic")
        b.t(" 적용\n")


# ------------------------------------------------------------------ 교육
def T_school(r, b):
    b.genre = "교육"
    kind = pick(r, "reply", "roster", "afterschool", "scholar")
    if kind == "reply":
        b.subgenre = "가정통신문 회신서"
        b.t(pick(r, "[가정통신문 회신서] ", "회신서 — ") + pick(r, "현장체험학습 참가 동의", "방과후 돌봄교실 신청", "학생 개인정보 제공 동의") + "\n")
        st = VV.korean_name(r)
        b.t("%d학년 %d반 %d번 " % (r.randint(1, 6), r.randint(1, 8), r.randint(1, 30)) + pick(r, "학생 성명: ", "이름 ", ""))
        b.name(st)
        b.t("\n" + pick(r, "보호자 성명: ", "학부모 ", "보호자 "))
        b.name()
        b.t(pick(r, " (관계: 모)", " (부)", "") + "\n" + pick(r, "비상연락처: ", "보호자 연락처 ", "휴대폰 "))
        b.s(VV.mobile(r), "PHONE_NUMBER")
        if r.random() < 0.5:
            b.t(pick(r, " / 이메일 ", "\n이메일: "))
            b.s(VV.email(r, None, "priv"), "EMAIL_ADDRESS")
        b.t("\n참가 여부: " + pick(r, "참가", "불참", "신청") + "\n특이사항(알레르기 등): " + pick(r, "땅콩 알레르기", "없음", "천식") + "\n")
        b.t(neg_date(r) + "\n보호자 " + pick(r, "(서명)", "서명") + "\n")
    elif kind == "roster":
        b.subgenre = "학급 학생 명부"
        b.t(pick(r, "%d학년 %d반 학생 비상연락망\n" % (r.randint(1, 3), r.randint(1, 10)), "학생 명부(담임 보관용)\n"))
        rows = []
        for i in range(r.randint(4, 7)):
            rows.append([T(str(i + 1)), C(kname(r), "PERSON"),
                         C(VV.dob(r, 2008, 2017, pick(r, "yymmdd", "dot0_nodot", "iso")), "DATE_OF_BIRTH"),
                         C(kname(r), "PERSON"), C(VV.mobile(r), "PHONE_NUMBER")])
        render_table(b, r, pick(r, ["번호", "", "생년월일", "보호자", "연락처"], ["번호", "이름", "생년월일", "보호자명", "보호자 휴대폰"], None), rows)
        b.t("담임 ")
        b.name()
        _o = pick(r, " (교무실 ", " / ", " 선생님 ")
        b.t(_o)
        b.s(VV.landline(r), "PHONE_NUMBER")
        b.t((')' if "(" in _o else '') + "\n※ 외부 유출 금지\n")
    elif kind == "afterschool":
        b.subgenre = "방과후학교 수강 신청 및 수강료 납부"
        b.t("방과후학교 수강 신청서\n강좌명: " + pick(r, "코딩 로봇", "생명과학 탐구", "방송댄스", "중국어 회화") + "\n")
        st = VV.korean_name(r)
        b.t("학생: ")
        b.name(st)
        b.t(pick(r, " 군", " 양", "") + " (%d학년 %d반)\n" % (r.randint(1, 6), r.randint(1, 6)))
        b.t("수강료 ")
        b.neg(neg_amount(r), "amount")
        b.t(pick(r, " — 카드 자동이체 신청\n카드번호: ", " / 결제 카드 "))
        b.s(VV.card(r), "CREDIT_CARD")
        b.t(pick(r, "  유효기간 %02d/%02d\n", " (유효기간: %02d/%02d)\n") % (r.randint(1, 12), r.randint(26, 30)))
        b.t("카드 소유자(보호자): ")
        b.name()
        b.t("  연락처 ")
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n")
    else:
        b.subgenre = "장학금 지급 대상자 명단"
        b.t(pick(r, "2025학년도 1학기 ", "") + "장학금 지급 대상자 명단\n")
        rows = []
        for i in range(r.randint(3, 5)):
            av, bank = VV.bank_account(r)
            rows.append([T(str(i + 1)), T(pick(r, "행정학과", "간호학과", "기계공학과", "국어교육과")),
                         N("2%03d%04d" % (r.randint(19, 25), r.randint(0, 9999)), "student_id"),
                         C(kname(r), "PERSON"), T(bank), C(av, "KR_BANK_ACCOUNT"), N(neg_amount(r), "amount")])
        render_table(b, r, pick(r, ["연번", "학과", "학번", "성명", "은행", "계좌번호", "지급액"], ["연번", "학과", "학번", "", "은행", "계좌", "금액"]), rows)
        b.t("문의: 학생지원팀 ")
        b.name()
        b.t(" (")
        b.s(VV.email(r, None, "co"), "EMAIL_ADDRESS")
        b.t(")\n")
