"""Genre templates for pii_f. Each template takes a Doc and writes one record."""
import datetime
import pf_values as V
from pf_doc import mk, put, table

# local governments: (display, sido_full, gu, head title)
LOCALS = [("양평군", "경기도", "양평군", "군수"), ("의성군", "경상북도", "의성군", "군수"), ("김제시", "전북특별자치도", "김제시", "시장"),
          ("마포구", "서울특별시", "마포구", "구청장"), ("수원시", "경기도", "수원시 팔달구", "시장"), ("해남군", "전라남도", "해남군", "군수"),
          ("춘천시", "강원특별자치도", "춘천시", "시장"), ("논산시", "충청남도", "논산시", "시장"), ("거제시", "경상남도", "거제시", "시장"),
          ("서귀포시", "제주특별자치도", "서귀포시", "시장"), ("괴산군", "충청북도", "괴산군", "군수"), ("사하구", "부산광역시", "사하구", "구청장")]
DEPTS = ["민원여권과", "복지정책과", "세무과", "교통행정과", "주민생활지원과", "농업정책과", "해양수산과", "자치행정과", "건축과",
         "보건행정과", "환경위생과", "일자리경제과", "가족행복과", "평생교육과", "감사실", "안전총괄과"]
GRADES = ["주무관", "주무관", "주무관", "팀장", "과장", "사무관", "실무관"]
MINISTRIES = ["행정안전부", "보건복지부", "법무부", "농림축산식품부", "해양수산부", "고용노동부", "교육부", "국토교통부", "국방부"]


def loc(r):
    return r.choice(LOCALS)


def office(L):
    """'거제시' + '시장' -> '거제시장', '양평군' -> '양평군수', '마포구' -> '마포구청장'"""
    return L[0] + {"시장": "장", "군수": "수", "구청장": "청장"}[L[3]]


AREA = {"서울특별시": "02", "경기도": "031", "경상북도": "054", "전북특별자치도": "063", "전라남도": "061", "강원특별자치도": "033",
        "충청남도": "041", "경상남도": "055", "제주특별자치도": "064", "충청북도": "043", "부산광역시": "051"}


def area_of(L):
    return AREA.get(L[1], "031")


def josa(word, pair):
    """pair like '은/는', '이/가', '과/와', '을/를', '으로/로' -- choose by final consonant of word."""
    a, b = pair.split("/")
    ch = word[-1]
    if "가" <= ch <= "힣":
        jong = (ord(ch) - 0xAC00) % 28
        if pair == "으로/로":
            return a if jong not in (0, 8) else b
        return a if jong else b
    return a


def official_line(d, dept=None, area=None, title=None, with_mail=None):
    """'{dept} {title} {name}(☎ direct)' in several orders"""
    r = d.r
    dept = dept or r.choice(DEPTS)
    title = title or r.choice(GRADES)
    st = r.randrange(4)
    if st == 0:
        d.t(dept + " " + title + " ")
        d.person()
        d.t("(☎ ")
        d.phone("direct", area)
        d.t(")")
    elif st == 1:
        d.t(dept + " ")
        d.person()
        d.t(" " + title + "(전화 ")
        d.phone("direct", area)
        d.t(")")
    elif st == 2:
        d.t("담당: " + dept + " ")
        d.person()
        d.t(", ")
        d.phone("direct", area)
    else:
        d.t(dept + " 담당자 ")
        d.person()
        d.t(" " + title + " ☎ ")
        d.phone("direct", area)
    if with_mail or (with_mail is None and r.random() < 0.3):
        d.t(", 전자우편 ")
        d.email("official")


def gongmun_footer(d, L=None):
    r = d.r
    L = L or loc(r)
    area = area_of(L)
    d.t("\n\n" + L[0] + r.choice(["청", "청장", ""]) + "\n")
    d.t("기안자 " + r.choice(["주무관", "실무관"]) + " ")
    d.person()
    d.t("  검토자 " + r.choice(["팀장", "사무관"]) + " ")
    d.person()
    d.t("  결재권자 과장 ")
    d.person()
    d.t("\n시행 ")
    d.docno()
    d.t(" (")
    d.date()
    d.t(")  접수\n우 ")
    d.n(V.postal(r), "postal_code")
    d.t(" ")
    d.n(V.inst_address(r, (L[1], L[2])), "institution_address")
    d.t(" / " + r.choice(["전화", "전화번호", "TEL"]) + " ")
    d.phone("direct", area)
    d.t(" / 전송 ")
    d.phone("fax", area)
    d.t(" / ")
    d.email("official")
    d.t(" / " + r.choice(["대표전화 ", "(대표) "]))
    d.n(V.landline(r, area)[0], "institution_switchboard")
    d.t(" / 공개\n")
    return area


# ===========================================================================
# 1. 민원 회신
MINWON_TOPICS = ["불법 주정차 과태료 부과에 대한 이의", "도로 파손 보수 요청", "공동주택 층간소음 중재 요청", "기초연금 지급 정지 문의",
                 "여권 재발급 지연 문의", "운전면허 적성검사 기간 연장", "지방세 환급금 지급 요청", "체육시설 이용료 카드 이중결제 환불",
                 "주민등록 정정 신청", "노후 상수도관 교체 요청", "반려견 소음 민원", "버스정류장 이전 요청", "공무원 불친절 신고"]


def t_minwon(d):
    r = d.r
    L = loc(r)
    topic = r.choice(MINWON_TOPICS)
    d.t(L[0] + " " + r.choice(DEPTS) + "\n\n수신  ")
    name = d.person()
    d.t(" 귀하\n" + r.choice(["주소  ", "(주소: "]))
    d.addr()
    d.t("\n" if r.random() < 0.5 else ")\n")
    d.t("제목  민원 처리 결과 알림(" + topic + ")\n\n1. 귀하께서 ")
    d.date()
    d.t(" 국민신문고(접수번호 ")
    d.n("1AA-%04d-%07d" % (r.randrange(2301, 2512), r.randrange(10 ** 7)), "receipt_number")
    d.t(")를 통하여 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n\n2. ")
    if "여권" in topic:
        d.t("귀하의 여권(여권번호 ")
        d.passport("대한민국")
        d.t(")은 분실 신고가 접수되어 효력이 상실되었으며, 재발급 신청은 ")
        d.date()
        d.t("에 접수되어 현재 제작 중입니다. 「여권법」 제13조에 따라 ")
    elif "운전면허" in topic:
        d.t("귀하(운전면허번호 ")
        d.dl()
        d.t(")의 적성검사 기간 연장 요청은 해외 체류 사실이 확인되어 승인되었습니다. 「도로교통법」 제87조에 따라 ")
    elif "환급" in topic:
        d.t("지방세 과오납금 ")
        d.amount()
        d.t("은 신청하신 ")
        d.account()
        d.t(r.choice([" (예금주 ", "(예금주: "]))
        d.person(name)
        d.t(")로 ")
        d.date()
        d.t("까지 지급될 예정이며, ")
    elif "카드" in topic:
        d.t("확인 결과 ")
        d.date()
        d.t(" 귀하의 카드(")
        d.card()
        d.t(")로 이용료 ")
        d.amount()
        d.t("이 두 번 승인된 사실이 확인되어 1건을 취소하였습니다. 카드사 사정에 따라 ")
    elif "주정차" in topic:
        d.t("귀하 소유 차량(")
        d.plate()
        d.t(")에 대한 과태료 부과는 CCTV 단속 자료를 재확인한 결과 적법한 것으로 판단되어 의견진술을 수용하기 어렵습니다. ")
    elif "주민등록" in topic:
        d.t("정정 대상자 ")
        d.person()
        d.t("(주민등록번호 ")
        d.rrn(kind="rrn_masked")
        d.t(")의 생년월일은 가족관계등록부에 따라 ")
        d.dob(form=r.choice(["dot_space", "hangul"]))
        d.t("로 정정되었습니다. ")
    elif "불친절" in topic:
        d.t("귀하께서 지적하신 \"")
        d.person()
        d.t(" 주무관\"의 전화 응대 태도에 대하여 사실관계를 확인하였습니다. 당시 통화 내용을 보면 \"")
        nm2 = d.person()
        d.t("\"" + r.choice(["라는 ", "이라는 "]) + "직원이 안내를 제대로 하지 않은 사실이 확인되어 친절 교육을 실시하였으며, ")
    elif "층간소음" in topic or "반려견" in topic:
        d.t("해당 세대(")
        d.masked_name()
        d.t(")에 현장 확인 결과를 통보하였으며, 공동주택관리법에 따라 ")
    else:
        d.t("현장 확인 결과 요청하신 사항은 ")
        d.date()
        d.t("까지 정비할 예정입니다. ")
    d.t("처리 결과에 이의가 있으시면 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n\n3. ")
    if r.random() < 0.5:
        d.t("회신 내용은 민원 신청 시 기재하신 휴대전화(")
        d.phone("mobile")
        d.t(")" + r.choice(["와 전자우편(", "및 이메일 "]))
        d.email("personal", name)
        d.t(")로도 안내하였습니다. ")
    d.t("기타 궁금하신 사항은 ")
    official_line(d, area=area_of(L))
    end = r.choice(["에게 연락하여 주시기 바랍니다.", "에게 문의하시거나 정부민원안내콜센터(국번 없이 ", "로 연락 주시기 바랍니다."])
    d.t(end)
    if end.endswith("국번 없이 "):
        d.n("110", "short_code")
        d.t(")를 이용하여 주시기 바랍니다.")
    d.t(" 끝.")
    if r.random() < 0.5:
        gongmun_footer(d, L)


# ===========================================================================
# 2. 보도자료
PRESS = [("청년 농업인 영농정착 지원금 지급", "농업정책과"), ("어르신 무료 건강검진 확대", "보건행정과"),
         ("다문화가족 한국어 교실 개강", "가족행복과"), ("겨울철 한파 쉼터 운영", "안전총괄과"), ("전통시장 주차장 준공", "일자리경제과"),
         ("초등학생 수영 교실 운영", "평생교육과"), ("불법 투기 단속 결과 발표", "환경위생과")]


def t_press(d):
    r = d.r
    L = loc(r)
    title, dept = r.choice(PRESS)
    d.t("보 도 자 료\n배포일시: ")
    d.date()
    d.t("  |  보도시점: 즉시\n\n" + L[0] + ", " + title + "\n\n- " + r.choice(["올해 대상자 350명 선정", "예산 12억 원 투입", "읍·면별 순회 운영"]) + " -\n\n")
    d.t(L[0] + "(" + L[3] + " ")
    head = d.person()
    d.t(")" + josa(L[3], "은/는") + " ")
    d.date()
    d.t("부터 " + title + r.choice(["을 추진한다고 밝혔다. ", "에 나선다고 밝혔다. "]))
    d.t("이번 사업에는 총 ")
    d.amount()
    d.t("이 투입되며 ")
    st = r.randrange(4)
    if st == 0:
        d.t("지난해 지원을 받은 ")
        d.person()
        d.t("(" + str(r.randrange(24, 40)) + ") 씨는 \"" + r.choice(["초기 자금 부담이 크게 줄었다", "덕분에 귀농을 결심할 수 있었다"]) + "\"고 말했다. ")
    elif st == 1:
        lat, han, nat = V.fname(r)
        d.t(nat + " 출신 결혼이민자 ")
        d.person(han, "foreign_hangul")
        d.t(r.choice(["(", " ("]) + str(r.randrange(25, 45)) + ") 씨는 \"한국어 수업이 큰 도움이 된다\"고 전했다. ")
    elif st == 2:
        d.t("현장을 찾은 주민 ")
        d.masked_name()
        d.t("(" + str(r.randrange(60, 85)) + ") 씨는 \"환영한다\"고 말했다. ")
    else:
        d.t("사업 대상은 관내 거주자로 한정된다. ")
    if r.random() < 0.5:
        d.t("이날 행사에는 ")
        k = r.randrange(2, 4)
        for i in range(k):
            d.person()
            d.t(r.choice([" 도의원", " 군의원", " 이장", " 위원장", " 회장"]) + (", " if i < k - 1 else ""))
        d.t(" 등 " + str(r.randrange(30, 200)) + "여 명이 참석했다. ")
    d.person(head)
    d.t(" " + L[3] + josa(L[3], "은/는") + " \"" + r.choice(["주민 체감형 정책을 계속 발굴하겠다", "사각지대가 없도록 꼼꼼히 챙기겠다"]) + "\"고 강조했다.\n\n")
    if r.random() < 0.3:
        d.t("문의: 대표전화 ")
        d.switchboard()
        d.t("\n")
    area = "0" + str(r.choice([31, 54, 63, 61, 33, 41, 55, 64, 43]))
    fmt = r.choice(["block", "table"])
    if fmt == "block":
        d.t("담당 부서  " + L[0] + " " + dept + "\n책임자  과  장 ")
        d.person()
        d.t(" (")
        d.phone("direct", area)
        d.t(")\n담당자  " + r.choice(["팀  장", "주무관"]) + " ")
        d.person()
        d.t(" (")
        d.phone("direct", area)
        d.t(")\n")
    else:
        rows = []
        for role in ["책임자", "담당자"]:
            rows.append([role, r.choice(DEPTS), mk(d, lambda: d.person()), mk(d, lambda: d.phone("direct", area))])
        table(d, ["구분", "부서", "성명", "연락처"], rows, r.choice(["pipe", "tab", "aligned"]))


def t_press_neg(d):
    r = d.r
    L = loc(r)
    title, dept = r.choice(PRESS)
    d.t("보도자료  ")
    d.date()
    d.t(" 배포\n\n" + L[0] + ", " + title + "\n\n" + L[0] + "는 관내 주민을 대상으로 " + title + " 사업을 추진한다. 대상자는 ")
    d.date()
    d.t("까지 읍·면사무소 또는 누리집에서 신청할 수 있으며, 지원 금액은 1인당 최대 ")
    d.amount()
    d.t("이다. 자세한 사항은 " + L[0] + " 고시 제")
    d.n("%d-%d호" % (r.randrange(2023, 2026), r.randrange(1, 300)), "notice_number")
    d.t("를 참고하거나 " + dept + "(대표전화 ")
    d.n(V.landline(r)[0], "institution_switchboard")
    d.t(") 또는 통합 콜센터(")
    d.switchboard()
    d.t(")로 문의하면 된다. 주소: ")
    d.n(V.inst_address(r, (L[1], L[2])), "institution_address")
    d.t(".\n")


# ===========================================================================
# 3. 회의록
def t_minutes(d):
    r = d.r
    L = loc(r)
    cm = r.choice(["지방보조금심의위원회", "인사위원회", "도시계획위원회", "학교운영위원회", "지역사회보장협의체 실무협의회", "농어업회의소 운영위원회"])
    d.t("제%d회 %s 회의록\n\n일시: " % (r.randrange(1, 40), cm))
    d.date()
    d.t(" 14:00~16:10\n장소: " + L[0] + "청 " + r.choice(["소회의실", "제2회의실", "상황실"]) + "\n")
    names = []
    style = r.randrange(3)
    n = r.randrange(4, 8)
    if style == 0:
        d.t("참석 위원(" + str(n) + "명): ")
        for i in range(n):
            names.append(d.person())
            d.t(r.choice([", ", ", ", "·"]) if i < n - 1 else "\n")
    elif style == 1:
        d.t("참석자\n")
        for i in range(n):
            d.t(r.choice(["  - ", "  ○ "]))
            names.append(d.person())
            d.t(" " + r.choice(["위원장", "위원", "위원", "부위원장", "간사", "외부위원"]) + "\n")
    else:
        rows = []
        for i in range(n):
            nm = V.kname(r)
            names.append(nm)
            rows.append([str(i + 1), mk(d, lambda nm=nm: d.person(nm)), r.choice(["위원장", "위원", "간사"]), r.choice(["민간", "당연직", "공무원", "전문가"])])
        table(d, None if r.random() < 0.4 else ["연번", "성명", "직위", "구분"], rows, r.choice(["tab", "pipe_tight", "aligned", "box"]))
    d.t("불참: ")
    d.person()
    d.t(r.choice([" 위원(개인 사정)\n", "(출장)\n"]))
    d.t("\n1. 개회\n")
    for k in range(r.randrange(3, 6)):
        spk = r.choice(names)
        st = r.randrange(4)
        if st == 0:
            d.t("위원장(")
            d.person(spk)
            d.t("): ")
        elif st == 1:
            d.t("○ ")
            d.person(spk)
            d.t(" 위원: ")
        elif st == 2:
            d.person(spk)
            d.t(": ")
        else:
            d.t("간사 ")
            d.person(spk)
            d.t(" : ")
        say = r.choice(["안건에 대해 설명드리겠습니다. 신청 단체 중 ", "지난 회의 결과를 보고드립니다. ", "보조금 집행 잔액은 ",
                      "이의 없으시면 원안대로 가결하겠습니다.", "현장 실사 결과를 말씀드리면 "])
        d.t(say)
        if say.endswith("중 "):
            d.t(r.choice(V.COMPANIES)[0] + "는 대표자 ")
            d.person()
            d.t("의 체납 사실이 확인되어 제외하였습니다.")
        elif say.endswith("잔액은 "):
            d.amount()
            d.t("입니다.")
        elif say.endswith("말씀드리면 "):
            d.t("신청인 ")
            d.person()
            d.t(r.choice(["(" + str(r.randrange(30, 80)) + "세)", ""]) + "의 농지는 실경작이 확인되었습니다.")
        d.t("\n")
    if r.random() < 0.4:
        d.t("※ 회의자료는 위원별 전자우편(")
        for i in range(2):
            d.email("personal")
            d.t(", " if i == 0 else ")으로 사전 송부함.\n")
    d.t("\n회의록 작성: ")
    d.person()
    d.t(" " + r.choice(["주무관", "간사"]) + "   확인: 위원장 ")
    d.person(names[0])
    d.t(" (서명)\n")


# ===========================================================================
# 4. 사고 보고서
def t_accident(d):
    r = d.r
    L = loc(r)
    kind = r.choice(["교통사고", "산업재해", "시설물 안전사고", "관용차량 접촉사고"])
    d.t(kind + " 발생 보고\n\n1. 사고 개요\n  가. 일시: ")
    d.date()
    d.t(" %02d:%02d경\n  나. 장소: " % (r.randrange(24), r.randrange(60)))
    if r.random() < 0.5:
        place = V.address(r, "road_full")[0].split(",")[0]
        if place.endswith("층"):
            place = place.rsplit(" ", 1)[0]
        d.n(place, "incident_location")
        d.t(" 앞 도로\n")
    else:
        d.t(L[0] + " " + r.choice(["체육공원 주차장", "읍내 교차로", "농산물 집하장", "하수처리장 공사현장"]) + "\n")
    d.t("  다. 개요: ")
    if kind in ("교통사고", "관용차량 접촉사고"):
        d.t("신호 대기 중이던 차량(")
        d.plate()
        d.t(")을 후행 차량(")
        d.plate()
        d.t(")이 추돌\n\n2. 관계자 인적사항\n")
        for role in ["피해자", "가해 운전자"]:
            d.t("  ○ " + role + ": ")
            nm = d.person()
            age = r.randrange(20, 80)
            d.t(r.choice(["(", " ("]) + r.choice(["남", "여"]) + ", " + str(age) + "세)\n    - 주민등록번호: ")
            d.rrn(birth=V.rand_date(r, 2024 - age, 2024 - age))
            d.t("\n    - 주소: ")
            d.addr(with_postal=False)
            d.t("\n    - 연락처: ")
            d.phone("mobile")
            if role.startswith("가해") or r.random() < 0.4:
                d.t("\n    - 운전면허: " + r.choice(["1종 보통 ", "2종 보통 ", "1종 대형 "]))
                d.dl()
            d.t("\n")
    else:
        d.t("작업 중이던 근로자가 " + r.choice(["사다리에서 추락", "지게차에 협착", "미끄러져 넘어짐"]) + "\n\n2. 재해자 인적사항\n")
        d.t("  성명: ")
        nm = d.person()
        d.t("  생년월일: ")
        d.dob(y0=1955, y1=2000)
        d.t("\n  소속: ")
        d.n(r.choice(V.COMPANIES)[0], "company_name")
        d.t(" (사업자등록번호 ")
        d.brn(corporate=True)
        if r.random() < 0.5:
            d.t(" / 법인등록번호 ")
            d.crn()
        d.t(")\n  연락처: ")
        d.phone("mobile")
        d.t(" (보호자 ")
        d.person()
        d.t(", ")
        d.phone("mobile")
        d.t(")\n  건강보험증번호: ")
        d.hi()
        d.t("\n")
        if r.random() < 0.5:
            lat, han, nat = V.fname(r)
            d.t("  목격자: ")
            d.person(han, "foreign_hangul")
            d.t("(" + nat + ", 외국인등록번호 ")
            d.frn()
            d.t(")\n")
    d.t("\n3. 조치사항: 119 신고 후 " + r.choice(["○○병원", "도립의료원", "대학병원"]) + " 이송, 경찰 신고(접수번호 ")
    d.n("%d-%06d" % (r.randrange(2023, 2026), r.randrange(10 ** 6)), "public_record_id")
    d.t(")\n4. 보고자: " + r.choice(DEPTS) + " ")
    d.person()
    d.t(" " + r.choice(GRADES) + " (")
    d.phone("direct")
    d.t(")\n")


# ===========================================================================
# 5. 감사·점검 보고서
def t_audit(d):
    r = d.r
    L = loc(r)
    subj = r.choice(["기초생활보장 급여 부정수급", "지방보조금 집행", "어린이집 보조금", "농업 직불금", "장학금 지급", "긴급복지 지원금"])
    d.t(L[0] + " 감사실\n" + subj + " 특정감사 결과 보고\n\n□ 감사 기간: ")
    d.date()
    d.t(" ~ ")
    d.date()
    d.t("\n□ 감사반: 반장 감사팀장 ")
    d.person()
    d.t(", 반원 ")
    d.person()
    d.t(" 주무관, ")
    d.person()
    d.t(" 주무관\n\n□ 주요 지적사항\n")
    n = r.randrange(2, 5)
    rows = []
    for i in range(n):
        nm = V.kname(r)
        rows.append([str(i + 1), mk(d, lambda nm=nm: d.person(nm)), mk(d, lambda: d.rrn(kind=r.choice(["rrn_masked", "rrn_valid"]))),
                     r.choice(["소득 미신고", "중복 수급", "사망 후 지급", "실거주 불일치", "허위 영수증"]),
                     "{:,}".format(r.randrange(10, 900) * 10000), mk(d, lambda: d.account(sep=" "))])
    table(d, ["연번", "수급자", "주민등록번호", "위반 내용", "환수액(원)", "입금 계좌"] if r.random() < 0.7 else None, rows,
          r.choice(["box", "pipe", "tab", "csv"]))
    if r.random() < 0.6:
        d.t("\n□ 보조사업자: ")
        comp = r.choice(V.COMPANIES)
        d.n(comp[0], "company_name")
        d.t("(대표 ")
        d.person()
        d.t(", 사업자등록번호 ")
        d.brn(corporate=True)
        if r.random() < 0.6:
            d.t(", 법인등록번호 ")
            d.crn()
        d.t(")" + josa(comp[0], "은/는") + " 허위 세금계산서 ")
        d.t(str(r.randrange(2, 20)) + "건(")
        d.amount()
        d.t(")을 제출하였음.\n")
    d.t("\n□ 처분 요구: 환수 및 「지방보조금 관리에 관한 법률」 제31조에 따른 제재, 관련 공무원 ")
    d.person()
    d.t(r.choice([" 주무관 훈계", "(당시 담당) 주의"]) + "\n□ 문의: 감사실 ")
    d.phone("direct")
    d.t("\n")


# ===========================================================================
# 6. 판결문·결정문
def t_judgment(d):
    r = d.r
    st = r.randrange(3)
    court = r.choice(["서울중앙지방법원", "수원지방법원 여주지원", "대구지방법원 의성지원", "전주지방법원 정읍지원", "광주지방법원 해남지원", "창원지방법원 통영지원"])
    if st == 0:
        d.t(court + "\n판    결\n사    건  ")
        d.n("%d고단%d" % (r.randrange(2022, 2026), r.randrange(100, 9999)), "case_number")
        d.t(" 도로교통법위반(음주운전)\n피 고 인  ")
        nm = d.person()
        if r.random() < 0.5:
            d.t(r.choice([" (", "("]))
            d.dob(form=r.choice(["dot_space", "hangul", "dot_pad"]), y0=1960, y1=2000)
            d.t("생)")
        else:
            d.t(r.choice([" (", "("]))
            d.rrn(kind="rrn_masked")
            d.t(")")
        d.t(", " + r.choice(["회사원", "자영업", "무직", "운전기사"]) + "\n주거  ")
        d.addr(with_postal=False)
        d.t("\n등록기준지  ")
        d.addr(form=r.choice(["rural_jibun", "jibun"]), with_postal=False, with_paren=False)
        d.t("\n검    사  ")
        d.person()
        d.t("(기소), ")
        d.person()
        d.t("(공판)\n변 호 인  변호사 ")
        d.person()
        d.t("(국선)\n\n범 죄 사 실\n피고인은 ")
        d.date()
        d.t(" 22:40경 혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % r.randrange(30, 200))
        d.plate()
        d.t(" 승용차를 운전하였다. 피고인은 ")
        d.date(2015, 2020)
        d.t(" 같은 죄로 벌금형을 받은 전력이 있고, 당시 운전면허(")
        d.dl()
        d.t(")는 취소된 상태였다.\n\n판사  ")
        d.person()
    elif st == 1:
        d.t(r.choice(["중앙행정심판위원회", "경기도행정심판위원회", "국민권익위원회"]) + "\n재 결 서\n사건번호  ")
        d.n("%d-%05d" % (r.randrange(2022, 2026), r.randrange(10 ** 5)), "case_number")
        d.t(" " + r.choice(["정보공개거부처분 취소청구", "영업정지처분 취소청구", "기초생활수급자 급여 중지처분 취소청구"]) + "\n청 구 인  ")
        d.person()
        d.t("\n          ")
        d.addr()
        d.t("\n대리인  행정사 ")
        d.person()
        d.t("\n피청구인  ")
        L = loc(r)
        d.n(office(L), "office_title")
        d.t("\n\n주    문\n청구인의 청구를 기각한다.\n\n이    유\n1. 사건개요: 청구인은 ")
        d.date()
        d.t(" 피청구인에게 ")
        d.t(r.choice(["인근 주민 ", "배우자 "]))
        d.masked_name()
        d.t("과 관련한 정보의 공개를 청구하였다. 피청구인은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호를 이유로 비공개 결정하였다.\n\n위원장  ")
        d.person()
        d.t("   위원  ")
        d.person()
        d.t("   위원  ")
        d.person()
    else:
        d.t(court + "\n결    정\n사    건  ")
        d.n("%d가단%d" % (r.randrange(2022, 2026), r.randrange(1000, 99999)), "case_number")
        d.t(" 대여금\n원    고  ")
        d.person()
        d.t(" (")
        d.rrn(kind=r.choice(["rrn_valid", "rrn_masked"]))
        d.t(")\n          ")
        d.addr()
        d.t("\n피    고  ")
        if r.random() < 0.5:
            d.person()
        else:
            d.n(r.choice(V.COMPANIES)[0], "company_name")
            d.t(" (법인등록번호 ")
            d.crn()
            d.t(")\n          대표이사 ")
            d.person()
        d.t("\n          ")
        d.addr()
        d.t("\n\n주    문\n피고는 원고에게 ")
        d.amount()
        d.t(" 및 이에 대하여 ")
        d.date(2021, 2023)
        d.t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라. 원고는 위 돈을 ")
        d.account()
        d.t(" 계좌로 송금받기로 하였다.\n\n판사  ")
        d.person()
    d.t("\n")


def t_judgment_neg(d):
    r = d.r
    d.t(r.choice(["조세심판원", "국세청"]) + " 질의회신\n\n문서번호  ")
    d.n(r.choice(["서면-%d-법인-%d" % (r.randrange(2019, 2025), r.randrange(1000, 5000)), "부가%d-%d" % (r.randrange(46000, 46020), r.randrange(1, 999))]), "document_number")
    d.t("\n\n[질의]\n거주자 갑은 ")
    d.date(2018, 2022)
    d.t(" 을로부터 토지를 취득하였으며, A법인에 임대하였다가 ")
    d.date()
    d.t(" B사에 양도하였음. 이 경우 「소득세법」 제89조 제1항 제3호에 따른 비과세 요건을 충족하는지 여부.\n\n[회신]\n")
    d.t("귀 질의의 경우 기존 해석사례(")
    d.n("재산세과-%d" % r.randrange(100, 999), "document_number")
    d.t(", ")
    d.date(2010, 2020)
    d.t(")를 참고하기 바람. 관련 사건 ")
    d.n("조심 %d서%d" % (r.randrange(2019, 2025), r.randrange(1000, 9999)), "case_number")
    d.t(" 참조. 양도가액 ")
    d.amount()
    d.t("에 대한 과세 여부는 사실판단할 사항임.\n")


# ===========================================================================
# 7. 복지·보조금 신청서
def t_welfare(d):
    r = d.r
    form = r.choice(["기초연금 지급 신청서", "긴급복지 지원 신청서", "아동수당 지급 신청서", "에너지바우처 신청서", "장애인 보조기기 지원 신청서", "주거급여 신청서"])
    d.t("[별지 제%d호서식]\n%s\n\n" % (r.randrange(1, 30), form))
    layout = r.choice(["lines", "table"])
    name = V.kname(r)
    if layout == "lines":
        d.t("■ 신청인\n  성명: ")
        d.person(name)
        d.t("   주민등록번호: ")
        b = d.rrn(kind=r.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))
        d.t("\n  주소: ")
        d.addr()
        d.t("\n  전화번호(자택): ")
        d.phone("landline")
        d.t("  휴대전화: ")
        d.phone("mobile")
        d.t("\n  전자우편: ")
        d.email("personal", name)
        d.t("\n  건강보험증번호: ")
        d.hi()
        d.t("\n")
    else:
        rows = [["성명", mk(d, lambda: d.person(name)), "주민등록번호", mk(d, lambda: d.rrn())],
                ["주소", mk(d, lambda: d.addr(with_paren=False)), "휴대전화", mk(d, lambda: d.phone("mobile"))],
                ["전자우편", mk(d, lambda: d.email("personal", name)), "건강보험증번호", mk(d, lambda: d.hi())]]
        table(d, None, rows, r.choice(["box", "pipe", "tab"]))
    d.t("\n■ 가구원 현황\n")
    rows = []
    rels = r.sample(["배우자", "자녀", "자녀", "모", "부", "손자녀"], r.randrange(1, 4))
    if form == "아동수당 지급 신청서":
        rels = ["자녀"] * r.randrange(1, 3)
    for rel in rels:
        if form == "아동수당 지급 신청서" or rel == "손자녀":
            rel_b = datetime.date(2020, 10, 1) + datetime.timedelta(days=r.randrange(1500))
        else:
            rel_b = {"배우자": V.rand_date(r, 1950, 1990), "자녀": V.rand_date(r, 1995, 2019),
                     "모": V.rand_date(r, 1930, 1960), "부": V.rand_date(r, 1930, 1960)}[rel]
        rows.append([rel, mk(d, lambda: d.person()),
                     mk(d, lambda rel_b=rel_b: d.rrn(birth=rel_b, kind="rrn_post2020" if rel_b >= datetime.date(2020, 10, 1) else r.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))),
                     r.choice(["동거", "별거", "동거"])])
    table(d, r.choice([["관계", "성명", "주민등록번호", "동거여부"], None]), rows, r.choice(["tab", "pipe", "aligned", "box"]))
    d.t("\n■ 지급 계좌\n  ")
    if r.random() < 0.5:
        d.t("금융기관명: ")
        b, val, k = d.acct()
        d.t(b + "   계좌번호: ")
        d.num(val, "KR_BANK_ACCOUNT", k)
        d.t("   예금주: ")
    else:
        d.account(sep=" / ")
        d.t(" / 예금주 ")
    d.person(name)
    d.t("\n\n위와 같이 신청합니다.\n")
    d.date()
    d.t("\n신청인  ")
    d.person(name)
    d.t(r.choice([" (서명 또는 인)", " (인)", "  서명"]))
    d.t("\n\n※ 작성 예시: 성명 ")
    d.n("홍길동", "placeholder_name")
    d.t(", 주민등록번호 ")
    d.n("000000-0000000", "placeholder_rrn")
    d.t("\n※ 문의: 보건복지상담센터 ")
    d.n("129", "short_code")
    d.t(", 읍·면·동 행정복지센터\n")


def t_welfare_blank(d):
    r = d.r
    d.t("[별지 제%d호서식] <개정 " % r.randrange(1, 30))
    d.date(2019, 2024)
    d.t(">\n개인정보 수집·이용 동의서\n\n1. 수집 항목: 성명, 주민등록번호, 주소, 연락처, 계좌번호\n2. 이용 목적: 보조금 지급\n3. 보유 기간: 5년\n\n성명: ____________ (예: ")
    d.n("홍길동", "placeholder_name")
    d.t(")\n주민등록번호: ______-_______ (예: ")
    d.n("000000-0000000", "placeholder_rrn")
    d.t(")\n연락처: 010-____-____\n\n")
    d.date()
    d.t("\n" + loc(r)[0] + r.choice(["수", "장"]) + " 귀하\n문의 ")
    d.switchboard()
    d.t("\n")


# ===========================================================================
# 8. 장학금 신청서
def t_scholar(d):
    r = d.r
    L = loc(r)
    d.t("%s 인재육성재단 %d학년도 장학생 추천서\n\n" % (L[0], r.randrange(2023, 2027)))
    stu = V.kname(r)
    rows = [["학생 성명", mk(d, lambda: d.person(stu))], ["생년월일", mk(d, lambda: d.dob(y0=2005, y1=2012))],
            ["학교/학년", r.choice(["○○중학교 2학년", "○○고등학교 1학년", "○○초등학교 6학년", "○○대학교 3학년"])],
            ["보호자", mk(d, lambda: d.person())], ["연락처", mk(d, lambda: d.phone("mobile"))],
            ["주소", mk(d, lambda: d.addr(with_paren=False, with_postal=False))]]
    if r.random() < 0.5:
        rows.append(["이메일", mk(d, lambda: d.email("personal"))])
    table(d, None, rows, r.choice(["box", "tab", "pipe", "aligned"]))
    d.t("\n추천 사유: ")
    d.person(stu)
    d.t(r.choice([" 학생은 ", "은 ", " 군은 ", " 양은 "]) + r.choice(["가정 형편이 어려운 가운데서도 성실하게 학업에 임하여", "학생회 활동과 봉사활동에 모범을 보여"]) + " 추천합니다.\n")
    d.t("장학금 입금 계좌: ")
    d.account()
    d.t(" (예금주: ")
    if r.random() < 0.5:
        d.person(stu)
    else:
        d.t("보호자 ")
        d.person()
    d.t(")\n\n추천인: 담임교사 ")
    d.person()
    d.t(" (직통 ")
    d.phone("direct")
    d.t(")   ")
    d.date()
    d.t("\n")


# ===========================================================================
# 9. 인사발령
def t_personnel(d):
    r = d.r
    L = loc(r)
    kind = r.choice(["전보", "승진", "국외출장", "신규임용", "휴직"])
    d.t(L[0] + " 인사발령 (" + kind + ")\n")
    d.date()
    d.t("자\n\n")
    if kind == "국외출장":
        d.t("국외출장 명령\n목적: " + r.choice(["선진 농업기술 연수", "자매도시 교류 협의", "스마트시티 사례 조사"]) + "\n출장지: " +
            r.choice(["일본 구마모토현", "베트남 하노이", "독일 뮌헨", "캐나다 밴쿠버"]) + "\n\n")
        rows = []
        for i in range(r.randrange(2, 5)):
            rows.append([r.choice(DEPTS), r.choice(["지방행정주사", "지방행정주사보", "지방농업사무관", "지방시설주사"]), mk(d, lambda: d.person()),
                         mk(d, lambda: d.dob(form=r.choice(["dot_pad", "iso", "yy_dot", "dot_space"]), y0=1965, y1=1998)),
                         mk(d, lambda: d.passport("대한민국", r.choice(["passport_kr_old", "passport_kr_new"])))])
        table(d, ["소속", "직급", "성명", "생년월일", "여권번호"], rows, r.choice(["box", "pipe", "tab", "aligned", "csv"]))
        d.t("※ 여권 사본은 ")
        d.person()
        d.t(" 주무관(")
        d.phone("direct")
        d.t(")에게 제출\n")
    else:
        fmt = r.choice(["lines", "table"])
        n = r.randrange(3, 8)
        rows = []
        for i in range(n):
            a, b = r.sample(DEPTS, 2)
            g = r.choice(["지방행정주사", "지방행정주사보", "지방세무주사", "지방사회복지주사", "지방농업주사"])
            if fmt == "lines":
                d.t(g + " ")
                d.person()
                d.t("  " + (a + " → " + b if kind != "신규임용" else "임 " + g + "보 시보, " + b + " 근무를 명함") + "\n")
            else:
                rows.append([g, mk(d, lambda: d.person()), a, b])
        if fmt == "table":
            table(d, ["직급", "성명", "현 소속", "발령 부서"] if r.random() < 0.6 else None, rows, r.choice(["box", "pipe_tight", "tab", "aligned"]))
        if kind == "휴직":
            d.t("\n휴직: ")
            d.person()
            d.t(" " + r.choice(["육아휴직", "질병휴직"]) + " (기간: ")
            d.date()
            d.t(" ~ ")
            d.date(2025, 2026)
            d.t(")\n")
    d.n(office(L), "office_title")
    d.t("\n")
    if r.random() < 0.4:
        d.t("(인사 담당: 자치행정과 ")
        d.person()
        d.t(", ")
        d.phone("direct")
        d.t(")\n")


# ===========================================================================
# 10. 계약서
def t_contract(d):
    r = d.r
    L = loc(r)
    comp, rom = r.choice(V.COMPANIES)
    kind = r.choice(["용역", "물품 구매", "공사", "개인 임대차", "강사 위촉", "공유차량 대여"])
    if kind == "공유차량 대여":
        return t_rental(d)
    d.t(kind + " 계약서\n\n")
    d.t("계약 건명: " + r.choice(["관내 방역 소독 용역", "청사 청소 용역", "학교 급식 식재료 납품", "마을회관 리모델링 공사", "평생학습 강좌 운영"]) + "\n")
    d.t("계약 금액: ")
    d.amount()
    d.t(" (부가가치세 포함)\n나라장터 공고번호: ")
    d.n("R%02dBK%08d-00" % (r.randrange(23, 26), r.randrange(10 ** 8)), "bid_notice_number")
    d.t("\n\n발주기관(갑): " + L[0] + r.choice(["청", ""]) + "\n  주소: ")
    d.n(V.inst_address(r, (L[1], L[2])), "institution_address")
    d.t("\n  대표: ")
    d.n(office(L), "office_title")
    d.t("\n  계약 담당: ")
    d.person()
    d.t(" 주무관 ")
    d.phone("direct", area_of(L))
    d.t("\n\n")
    if kind in ("개인 임대차", "강사 위촉"):
        d.t("을(개인)\n  성명: ")
        nm = d.person()
        d.t("\n  주민등록번호: ")
        d.rrn()
        d.t("\n  주소: ")
        d.addr()
        d.t("\n  휴대전화: ")
        d.phone("mobile")
        d.t("\n  이메일: ")
        d.email("personal", nm)
        d.t("\n  대금 지급 계좌: ")
        d.account()
        d.t(" (예금주 ")
        d.person(nm)
        d.t(")\n")
        if kind == "강사 위촉" and r.random() < 0.6:
            d.t("  사업자등록번호(개인사업자): ")
            d.brn()
            d.t("\n")
    else:
        d.t("계약상대자(을): ")
        d.n(comp, "company_name")
        d.t("\n  대표자: ")
        d.person()
        d.t("\n  사업자등록번호: ")
        d.brn(corporate=True)
        d.t("\n  법인등록번호: ")
        d.crn()
        d.t("\n  소재지: ")
        d.addr(form=r.choice(["road_full", "road_short", "road_mid"]))
        d.t("\n  전화: ")
        d.phone(r.choice(["landline", "voip"]))
        d.t("  팩스: ")
        d.phone("fax")
        d.t("\n  전자우편: ")
        d.email("company", comp=rom)
        d.t("\n  현장대리인: ")
        d.person()
        d.t(" (")
        d.phone("mobile")
        d.t(")\n  대금 지급 계좌: ")
        d.account()
        d.t(" (예금주: ")
        d.n(comp, "company_name")
        d.t(")\n")
    d.t("\n제1조(목적) 이 계약은 갑이 발주한 사업을 을이 성실히 수행하는 데 필요한 사항을 정함을 목적으로 한다.\n")
    d.t("제2조(계약기간) ")
    d.date()
    d.t("부터 ")
    d.date(2025, 2026)
    d.t("까지로 한다.\n제3조(지체상금) 지체상금률은 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제90조에 따른다.\n\n")
    d.date()
    d.t("\n갑  ")
    d.n(office(L), "office_title")
    d.t(" (인)\n을  ")
    if kind in ("개인 임대차", "강사 위촉"):
        d.person(nm)
    else:
        d.n(comp, "company_name")
        d.t(" 대표 ")
        d.person()
    d.t(" (인)\n")


def t_rental(d):
    r = d.r
    L = loc(r)
    d.t(L[0] + " 공유차량(나눔카) 대여 계약서\n\n대여 차량: ")
    d.plate(r.choice(["plate_rental", "plate_3"]))
    d.t(" (" + r.choice(["전기 승용", "경형 승합", "1톤 화물"]) + ")\n대여 기간: ")
    d.date()
    d.t(" 09:00 ~ 18:00\n\n[임차인]\n성명: ")
    nm = d.person()
    d.t("\n생년월일: ")
    d.dob(y0=1955, y1=2004)
    d.t("\n운전면허번호: ")
    d.dl()
    d.t("  (면허 종별: " + r.choice(["1종 보통", "2종 보통"]) + ", 적성검사 만료일 ")
    d.date(2026, 2032)
    d.t(")\n휴대전화: ")
    d.phone("mobile")
    d.t("\n주소: ")
    d.addr()
    if r.random() < 0.5:
        d.t("\n제2운전자: ")
        d.person()
        d.t(" / 면허 ")
        d.dl()
    d.t("\n결제 카드: ")
    d.card(masked=r.random() < 0.2)
    d.t(" (유효기간 %02d/%02d)\n보증금 " % (r.randrange(1, 13), r.randrange(26, 31)))
    d.amount()
    d.t(" 환급 계좌: ")
    d.account()
    d.t("\n\n위 내용을 확인하고 계약합니다.  임차인 ")
    d.person(nm)
    d.t(" (서명)\n관리 담당: " + L[0] + " 교통행정과 ")
    d.person()
    d.t(" (")
    d.phone("direct", area_of(L))
    d.t(")\n")


# ===========================================================================
# 11. 수사·사실조회 공문
def t_inquiry(d):
    r = d.r
    agency = r.choice(["○○경찰서", "서울경찰청 사이버수사대", "○○지방검찰청", "○○세관", "국민건강보험공단 ○○지사", "○○출입국·외국인사무소"])
    d.t(agency + "\n수신  " + r.choice(["○○은행장(준법감시인)", "○○카드 대표이사", "○○시장(민원여권과장)", "○○통신 대표이사", "도로교통공단 이사장"]) + "\n")
    d.t("제목  " + r.choice(["사실조회 요청", "수사협조 의뢰(자료 제공 요청)", "금융거래정보 제공 요청"]) + "\n\n1. ")
    d.n("%d형제%d" % (r.randrange(2023, 2026), r.randrange(1000, 99999)), "case_number")
    d.t(" " + r.choice(["사기", "전자금융거래법위반", "도로교통법위반(무면허운전)", "출입국관리법위반", "보험사기방지특별법위반"]) + " 사건과 관련하여 아래 대상자에 대한 자료를 요청합니다.\n\n")
    d.t("2. 대상자\n")
    nt = r.randrange(1, 3)
    for i in range(nt):
        foreign = r.random() < 0.35
        d.t("  " + "가나다"[i] + ". ")
        if foreign:
            lat, han, nat = V.fname(r)
            d.person(lat, "foreign_latin")
            d.t(" (" + nat + ", ")
            d.person(han, "foreign_hangul")
            d.t(")\n     외국인등록번호: ")
            d.frn()
            d.t("\n     여권번호: ")
            d.passport(nat)
        else:
            d.person()
            d.t("\n     주민등록번호: ")
            d.rrn(kind="rrn_valid")
            if r.random() < 0.6:
                d.t("\n     여권번호: ")
                d.passport("대한민국")
        for fld in r.sample(["dl", "plate", "phone", "acct", "card", "ip", "email"], r.randrange(3, 6)):
            if fld == "dl":
                d.t("\n     운전면허번호: ")
                d.dl()
            elif fld == "plate":
                d.t("\n     차량번호: ")
                d.plate()
            elif fld == "phone":
                d.t("\n     휴대전화: ")
                d.phone("mobile")
            elif fld == "acct":
                d.t("\n     계좌: ")
                d.account()
            elif fld == "card":
                d.t("\n     카드번호: ")
                d.card()
            elif fld == "ip":
                d.t("\n     접속 IP: ")
                d.ip()
            else:
                d.t("\n     이메일: ")
                d.email()
        d.t("\n")
    d.t("\n3. 요청 자료: " + r.choice(["위 계좌의 ", "위 카드의 ", "위 면허의 ", "위 대상자의 "]))
    d.date(2023, 2023)
    d.t("부터 ")
    d.date(2024, 2025)
    d.t("까지의 거래내역 및 가입자 정보\n4. 근거: 「형사소송법」 제199조 제2항, 「금융실명거래 및 비밀보장에 관한 법률」 제4조 제1항\n\n담당 수사관  " + r.choice(["경위", "경사", "수사관", "검찰주사"]) + " ")
    d.person()
    d.t("  (전화 ")
    d.phone("direct")
    d.t(", 팩스 ")
    d.phone("fax")
    d.t(")\n")


# ===========================================================================
# 12. 외국인·다문화 서류
def t_foreign(d):
    r = d.r
    kind = r.choice(["체류기간 연장허가 신청서", "외국인등록사실증명", "다문화가족 방문교육 신청서", "결혼이민자 통번역 지원 의뢰서", "외국인 근로자 고용변동 신고서"])
    lat, han, nat = V.fname(r)
    d.t(kind + "\n\n")
    birth = V.rand_date(r, 1970, 2002)
    st = r.randrange(3)
    if st == 0:
        d.t("성명(영문) Surname/Given names: ")
        d.person(lat, "foreign_latin")
        d.t("\n성명(한글): ")
        d.person(han, "foreign_hangul")
        d.t("\n국적: " + nat + "   성별: " + r.choice(["남", "여"]) + "\n생년월일 Date of Birth: ")
        d.dob(birth, form=r.choice(["en_dmy", "iso", "dot_pad", "yyyymmdd"]))
        d.t("\n외국인등록번호: ")
        d.frn(birth)
        d.t("\n여권번호 Passport No.: ")
        d.passport(nat)
        d.t("   여권 만료일: ")
        d.date(2026, 2033)
        d.t("\n체류자격: " + r.choice(["F-6(결혼이민)", "E-9(비전문취업)", "E-8(계절근로)", "D-2(유학)", "H-2(방문취업)"]) + "\n")
    elif st == 1:
        rows = [["성명", mk(d, lambda: d.person(lat, "foreign_latin"))], ["국적", nat],
                ["생년월일", mk(d, lambda: d.dob(birth, form=r.choice(["en_dmy", "dot_space", "iso"])))],
                ["외국인등록번호", mk(d, lambda: d.frn(birth))], ["여권번호", mk(d, lambda: d.passport(nat))],
                ["연락처", mk(d, lambda: d.phone("mobile"))]]
        table(d, None, rows, r.choice(["box", "tab", "pipe", "aligned"]))
    else:
        d.person(han, "foreign_hangul")
        d.t(r.choice([" 씨", "님", " 씨"]) + "(" + nat + ", " + str(2025 - birth.year) + "세, 외국인등록번호 ")
        d.frn(birth)
        d.t(")는 ")
        d.date(2015, 2022)
        d.t(" 입국하여 현재까지 체류 중이며, 여권(")
        d.passport(nat)
        d.t(")은 유효합니다.\n")
    d.t("주소: ")
    d.addr()
    d.t("\n")
    if kind.startswith("외국인 근로자"):
        comp = r.choice(V.COMPANIES)
        d.t("\n사용자: ")
        d.n(comp[0], "company_name")
        d.t(" (사업자등록번호 ")
        d.brn(corporate=True)
        if r.random() < 0.5:
            d.t(", 법인등록번호 ")
            d.crn()
        d.t(", 대표 ")
        d.person()
        d.t(", 전화 ")
        d.phone("landline")
        d.t(")\n변동 사유: " + r.choice(["사업장 변경", "근로계약 해지", "이탈"]) + "\n")
    else:
        d.t("\n배우자: ")
        sp = d.person()
        d.t(" (주민등록번호 ")
        d.rrn(kind=r.choice(["rrn_valid", "rrn_masked"]))
        d.t(", 휴대전화 ")
        d.phone("mobile")
        d.t(")\n")
        if r.random() < 0.7:
            d.t("자녀: ")
            for i in range(r.randrange(1, 3)):
                if i:
                    d.t(", ")
                d.person()
                cb = V.rand_date(r, 2012, 2024)
                if r.random() < 0.5:
                    d.t("(")
                    d.dob(cb, form=r.choice(["dot_space", "iso", "yy_dot"]))
                    d.t("생)")
                else:
                    d.t(", ")
                    d.rrn(birth=cb, kind="rrn_post2020" if cb >= datetime.date(2020, 10, 1) else "rrn_valid")
            d.t("\n")
    if r.random() < 0.5:
        d.t("통역 지원: " + nat + "어 통번역사 ")
        lat2, han2, nat2 = V.fname(r)
        d.person(han2, "foreign_hangul")
        d.t(" (")
        d.phone("mobile")
        d.t(")\n")
    d.t("\n" + r.choice(["○○출입국·외국인사무소장", "○○군 가족센터장", "외국인력상담센터"]) + " 귀하   문의 ")
    d.n(r.choice(["1345", "1577-0071"]), "short_code")
    d.t("\n")


# ===========================================================================
# 13. 의료·요양
def t_medical(d):
    r = d.r
    kind = r.choice(["장기요양인정 신청서", "의료급여 의뢰서", "방문간호 기록지", "치매안심센터 등록 카드", "응급의료비 대불 신청"])
    d.t(kind + "\n\n")
    foreign = r.random() < 0.25
    if foreign:
        lat, han, nat = V.fname(r)
        d.t("대상자: ")
        d.person(han, "foreign_hangul")
        d.t(" (")
        d.person(lat, "foreign_latin")
        d.t(")  외국인등록번호 ")
        d.frn()
    else:
        d.t("대상자 성명: ")
        d.person()
        d.t(r.choice(["  주민등록번호: ", "\n주민번호 "]))
        d.rrn(birth=V.rand_date(r, 1930, 1960))
    d.t("\n건강보험증번호: ")
    d.hi()
    d.t("   장기요양인정번호: ")
    d.n("L%010d" % r.randrange(10 ** 10), "identifier_no_type")
    d.t("\n주소: ")
    d.addr()
    d.t("\n진단명: " + r.choice(["알츠하이머병에서의 치매(F00)", "뇌경색증(I63)", "제2형 당뇨병(E11)", "파킨슨병(G20)"]) + "\n")
    d.t("보호자: ")
    d.person()
    d.t(" (" + r.choice(["자녀", "배우자", "며느리"]) + ") ")
    d.phone("mobile")
    if r.random() < 0.5:
        d.t(" / 자택 ")
        d.phone("landline")
    d.t("\n담당 간호사: ")
    d.person()
    d.t("   의사: ")
    d.person()
    d.t(" (면허번호 제")
    d.n("%d호" % r.randrange(10000, 150000), "license_number_no_type")
    d.t(")\n")
    if r.random() < 0.5:
        d.t("본인부담금 납부: 카드 ")
        d.card()
        d.t(" (승인번호 ")
        d.n("%08d" % r.randrange(10 ** 8), "approval_number")
        d.t(")\n")
    d.t("국민건강보험공단 고객센터 ")
    d.switchboard()
    d.t("\n")


# ===========================================================================
# 14. 체납·과태료 고지
def t_tax_notice(d):
    r = d.r
    L = loc(r)
    kind = r.choice(["과태료 부과 사전통지서", "지방세 체납액 납부 독촉장", "자동차세 체납 번호판 영치 예고", "주정차위반 과태료 고지서"])
    d.t(L[0] + " " + kind + "\n\n납부자: ")
    nm = d.person()
    d.t(r.choice([" 님", " 귀하", ""]) + "\n")
    d.t("주민(법인)등록번호: ")
    if r.random() < 0.2:
        d.crn()
    else:
        d.rrn(kind=r.choice(["rrn_masked", "rrn_masked", "rrn_valid"]))
    d.t("\n주소: ")
    d.addr(with_postal=True)
    d.t("\n")
    if "자동차" in kind or "주정차" in kind or "과태료" in kind:
        d.t("차량번호: ")
        d.plate()
        d.t("   위반일시: ")
        d.date()
        d.t(" %02d:%02d\n위반장소: " % (r.randrange(24), r.randrange(60)) + L[0] + " " + r.choice(["시장 앞", "초등학교 어린이보호구역", "버스정류장"]) + "\n")
    d.t("고지금액: ")
    d.amount()
    d.t("   납기: ")
    d.date()
    d.t("\n전자납부번호: ")
    d.n("%d-%d-%d-%s" % (r.randrange(10000, 99999), r.randrange(1, 9), r.randrange(10, 99), "%08d" % r.randrange(10 ** 8)), "payment_number")
    d.t("\n")
    if r.random() < 0.5:
        d.t("자동이체 등록 카드: ")
        d.card(masked=r.random() < 0.3)
        d.t("\n")
    if r.random() < 0.5:
        d.t("환급금 입금 계좌(납세자 신고): ")
        d.account()
        d.t("\n")
    d.t("세입 계좌(" + L[0] + " 금고): ")
    b, val, k, dig = V.account(r)
    d.t(b + " ")
    d.n(val, "institution_account")
    d.t("\n문의: " + r.choice(DEPTS) + " ")
    d.person()
    d.t(" " + r.choice(GRADES) + " ")
    d.phone("direct", area_of(L))
    d.t(" / 지방세 상담 ")
    d.switchboard()
    d.t("\n")


# ===========================================================================
# 15. 채용·시험 결과
def t_recruit(d):
    r = d.r
    L = loc(r)
    kind = r.choice(["최종합격자 명단", "서류전형 결과", "기간제 근로자 채용 결과", "운전직 공무원 응시 서류"])
    d.t("%d년 %s %s\n\n" % (r.randrange(2023, 2026), L[0], kind))
    if kind == "운전직 공무원 응시 서류":
        nm = V.kname(r)
        rows = [["성명", mk(d, lambda: d.person(nm))], ["생년월일", mk(d, lambda: d.dob(y0=1975, y1=2001))],
                ["운전면허", mk(d, lambda: d.dl())], ["면허 종별", "1종 대형"], ["휴대전화", mk(d, lambda: d.phone("mobile"))],
                ["이메일", mk(d, lambda: d.email("personal", nm))], ["주소", mk(d, lambda: d.addr(with_paren=False))]]
        table(d, None, rows, r.choice(["box", "pipe", "tab", "aligned"]))
        d.t("경력: ")
        d.n(r.choice(V.COMPANIES)[0], "company_name")
        d.t(" 버스 운전 " + str(r.randrange(2, 15)) + "년\n")
    else:
        d.t(r.choice(["합격을 축하드립니다. ", "※ 개인정보 보호를 위해 생년월일 일부만 표기합니다. ", ""]))
        d.t("\n")
        rows = []
        for i in range(r.randrange(3, 8)):
            rows.append([mk(d, lambda: d.n("%d%04d" % (r.randrange(10, 99), r.randrange(10000)), "exam_number")), mk(d, lambda: d.person()),
                         mk(d, lambda: d.dob(form=r.choice(["dot_pad", "yy_dot", "yymmdd", "iso"]), y0=1970, y1=2003)), r.choice(["행정", "사회복지", "시설", "간호", "녹지"])])
        table(d, r.choice([["응시번호", "성명", "생년월일", "직렬"], None]), rows, r.choice(["box", "pipe", "tab", "aligned", "csv"]))
    d.t("\n임용 서류 제출: ")
    d.date()
    d.t("까지 자치행정과 ")
    d.person()
    d.t(r.choice([" 주무관", "(담당)"]) + " ")
    d.phone("direct", area_of(L))
    if r.random() < 0.5:
        d.t("\n채용 안내 콜센터 ")
        d.switchboard()
    d.t("\n")


def t_recruit_neg(d):
    r = d.r
    d.t("%d년도 제%d회 지방공무원 공개경쟁임용시험 필기시험 합격자 공고\n\n" % (r.randrange(2023, 2026), r.randrange(1, 3)))
    d.t(loc(r)[0] + " 공고 제")
    d.n("%d-%d호" % (r.randrange(2023, 2026), r.randrange(100, 999)), "notice_number")
    d.t("\n\n합격자 응시번호\n")
    for i in range(r.randrange(8, 16)):
        d.n("%d%04d" % (r.randrange(10, 99), r.randrange(10000)), "exam_number")
        d.t(" " if (i + 1) % 5 else "\n")
    d.t("\n면접시험 일시: ")
    d.date()
    d.t("\n문의: 자치행정과(대표전화 ")
    d.n(V.landline(r)[0], "institution_switchboard")
    d.t(")\n")


# ===========================================================================
# 16. 로그·시스템 출력
def _ts(r):
    dd = V.rand_date(r, 2024, 2025)
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (dd.year, dd.month, dd.day, r.randrange(24), r.randrange(60), r.randrange(60))


def t_log(d):
    r = d.r
    st = r.randrange(4)
    if st == 0:
        d.t("# access.log (개인정보처리시스템 접속기록)\n")
        for i in range(r.randrange(4, 8)):
            d.t(_ts(r) + " user=")
            d.n("u%05d" % r.randrange(10 ** 5), "system_user_id")
            d.t(" ip=")
            d.ip(r.choice(["ip_private", "ip_public"]))
            act = r.choice(["VIEW", "DOWNLOAD", "SEARCH", "UPDATE"])
            d.t(" action=" + act + " ")
            if r.random() < 0.25:
                d.t("menu=" + r.choice(["아동수당", "첫만남이용권", "영유아보육료"]) + " ")
                d.t("child_rrn=")
                d.rrn(kind="rrn_post2020")
                d.t(" ")
            fld = r.choice(["rrn", "frn", "name", "phone", "passport_no", "dl_no", "card_no", "acct_no"])
            d.t("target_" + fld + "=")
            {"rrn": lambda: d.rrn(kind=r.choice(["rrn_valid", "rrn_valid", "rrn_post2020"])), "frn": lambda: d.frn(), "name": lambda: d.person(), "phone": lambda: d.phone("mobile_dash"),
             "passport_no": lambda: d.passport(r.choice(["대한민국", "베트남", "중국"])), "dl_no": lambda: d.dl(),
             "card_no": lambda: d.card(), "acct_no": lambda: d.num(V.account(r)[1], "KR_BANK_ACCOUNT", "acct_grouped")}[fld]()
            d.t(" result=" + r.choice(["OK", "OK", "DENIED"]) + "\n")
    elif st == 1:
        d.t("[API 응답 본문 - 오류 재현용]\n")
        lat, han, nat = V.fname(r)
        recs = []
        for i in range(r.randrange(1, 3)):
            d.t("{\"applicant\": {\"name\": \"")
            if r.random() < 0.6:
                d.person()
                d.t("\", \"rrn\": \"")
                d.rrn()
            else:
                d.person(lat, "foreign_latin")
                d.t("\", \"nationality\": \"" + nat + "\", \"frn\": \"")
                d.frn()
                d.t("\", \"passport\": \"")
                d.passport(nat)
            d.t("\", \"mobile\": \"")
            d.phone("mobile")
            d.t("\", \"email\": \"")
            d.email()
            d.t("\"}, \"payment\": {\"card_no\": \"")
            d.card()
            d.t("\", \"refund_account\": \"")
            d.num(V.account(r)[1], "KR_BANK_ACCOUNT", "acct_grouped")
            d.t("\"}, \"client_ip\": \"")
            d.ip(r.choice(["ip_public", "ip_public", "ipv6"]))
            d.t("\", \"app_version\": \"")
            d.n("%d.%d.%d" % (r.randrange(1, 5), r.randrange(20), r.randrange(50)), "version_number")
            d.t("\", \"req_id\": \"")
            d.n("%08x-%04x" % (r.randrange(16 ** 8), r.randrange(16 ** 4)), "request_id")
            d.t("\"}\n")
    elif st == 2:
        d.t("민원 시스템 배치 오류 (job=daily_sync)\n")
        d.t(_ts(r) + " ERROR ValidationException: field 'dl_no' invalid value '")
        d.dl()
        d.t("' (holder=")
        d.person()
        d.t(")\n" + _ts(r) + " WARN  duplicated key: passport_no=")
        d.passport(r.choice(["대한민국", "필리핀", "우즈베키스탄", "대한민국"]))
        d.t(" frn=")
        d.frn()
        d.t("\n" + _ts(r) + " INFO  retry ok, client=")
        d.ip()
        d.t(" os=Windows ")
        d.n("10.0.%d.%d" % (r.randrange(17000, 22700), r.randrange(1000, 5000)), "version_number")
        d.t(" browser=Chrome/")
        d.n("%d.0.%d.%d" % (r.randrange(110, 131), r.randrange(5000, 7000), r.randrange(10, 200)), "version_number")
        d.t("\n" + _ts(r) + " DEBUG payload card=")
        d.card()
        d.t(" hi_no=")
        d.hi()
        d.t(" owner_email=")
        d.email()
        d.t("\n")
    else:
        d.t("-- export: 바우처 카드 발급 대상자 (CSV)\n")
        header = ["name", "birth", "card_no", "mobile", "ip"]
        rows = []
        for i in range(r.randrange(3, 6)):
            rows.append([mk(d, lambda: d.person()), mk(d, lambda: d.dob(form=r.choice(["iso", "yyyymmdd", "yymmdd"]))), mk(d, lambda: d.card()),
                         mk(d, lambda: d.phone("mobile")), mk(d, lambda: d.ip())])
        table(d, header, rows, r.choice(["csv", "tab"]))
    if r.random() < 0.3:
        d.t("operator=")
        d.n("u%05d" % r.randrange(10 ** 5), "system_user_id")
        d.t(" sha256=")
        d.n("".join(r.choice("0123456789abcdef") for _ in range(32)), "hash")
        d.t("\n")


def t_log_neg(d):
    r = d.r
    d.t("# system.log\n")
    for i in range(r.randrange(4, 8)):
        d.t(_ts(r) + " user=")
        d.n("u%05d" % r.randrange(10 ** 5), "system_user_id")
        d.t(" action=" + r.choice(["LOGIN", "LOGOUT", "EXPORT_DENIED", "PASSWD_CHANGE"]) + " doc=")
        d.docno()
        d.t(" ver=")
        d.n("%d.%d.%d.%d" % (r.randrange(1, 20), r.randrange(10), r.randrange(20000), r.randrange(1000)), "version_number")
        d.t("\n")


# ===========================================================================
# 17. 민원 상담 녹취
def spoken_digits(d, clean, typ, kind, hy="에"):
    s = V.hangul_digits(clean, hy)
    d.v(s, typ, kind, clean, ["hangul_digits"])


def t_call(d):
    r = d.r
    L = loc(r)
    d.t("[상담 녹취록] 상담일시 ")
    d.date()
    d.t("  상담유형: " + r.choice(["지방세", "복지", "여권", "차량", "외국인 민원"]) + "\n\n상담사: 네, " + L[0] + " 민원콜센터 상담사 ")
    d.person()
    d.t("입니다. 무엇을 도와드릴까요?\n민원인: 네, 수고하십니다. 제가 " + r.choice(["과태료", "기초연금", "여권", "자동차세", "체류기간"]) + " 때문에 전화드렸는데요.\n")
    d.t("상담사: 본인 확인을 위해 성함과 생년월일 말씀 부탁드립니다.\n민원인: ")
    nm = d.person()
    d.t("이고요, ")
    b = V.rand_date(r, 1950, 2000)
    if r.random() < 0.5:
        s = "%d년 %d월 %d일" % (b.year, b.month, b.day)
        d.v(s, "DATE_OF_BIRTH", "dob_hangul", s)
    else:
        clean = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
        d.v(V.hangul_digits(clean), "DATE_OF_BIRTH", "dob_spoken", clean, ["hangul_digits"])
    d.t("이요.\n")
    st = r.randrange(5)
    if st == 0:
        d.t("상담사: 주민등록번호 뒷자리까지 확인이 필요합니다.\n민원인: ")
        v, k, _ = V.rrn(r, b, "rrn_valid")
        spoken_digits(d, v, "KR_RRN", k, r.choice(["다시", "에", ""]))
        d.t(" 이요.\n")
    elif st == 1:
        lat, han, nat = V.fname(r)
        d.t("상담사: 외국인 배우자분 등록번호도 필요합니다.\n민원인: 아내 이름은 ")
        d.person(han, "foreign_hangul")
        d.t("이고 외국인등록번호는 ")
        v, k, _ = V.frn(r, None, "frn_valid")
        if r.random() < 0.5:
            spoken_digits(d, v, "KR_FRN", k, "다시")
        else:
            d.num(v, "KR_FRN", k)
        d.t(" 이에요. 여권번호는 ")
        d.passport(nat)
        d.t(" 입니다.\n")
    elif st == 2:
        d.t("상담사: 차량번호 말씀해 주시겠어요?\n민원인: ")
        d.plate(r.choice(["plate_2", "plate_3"]))
        d.t(" 이요. 면허번호도 불러드릴까요? ")
        d.dl(r.choice(["dl_code", "dl_name"]))
        d.t(" 입니다.\n")
    elif st == 3:
        d.t("상담사: 환급받으실 계좌 불러주세요.\n민원인: ")
        b_, val, k, dig = V.account(r)
        d.t(b_ + "이고요, ")
        if r.random() < 0.5:
            spoken_digits(d, val, "KR_BANK_ACCOUNT", k, "다시")
        else:
            d.num(val, "KR_BANK_ACCOUNT", k)
        d.t(" 예금주는 저 ")
        d.person(nm)
        d.t("입니다.\n")
    else:
        d.t("상담사: 카드 자동납부 변경하실 카드번호 말씀해 주세요.\n민원인: ")
        d.card(r.choice(["card_visa", "card_master", "card_bc"]))
        d.t(" 이요.\n")
    d.t("상담사: 회신받으실 연락처는요?\n민원인: ")
    v, k = V.mobile(r, "-")
    if r.random() < 0.6:
        spoken_digits(d, v, "PHONE_NUMBER", k, r.choice(["에", "다시", ""]))
    else:
        d.num(v, "PHONE_NUMBER", k)
    d.t(r.choice([" 이요. 문자로 주세요.\n", " 입니다.\n"]))
    if r.random() < 0.5:
        d.t("상담사: 이메일로도 보내드릴까요?\n민원인: 네, ")
        d.email("personal", nm)
        d.t(" 로 보내주세요.\n")
    d.t("상담사: 담당 부서 ")
    official_line(d, with_mail=False)
    d.t("께 전달하겠습니다. 상담사 ")
    d.person()
    d.t(r.choice(["였습니다.\n", "이었습니다. 감사합니다.\n"]))


# ===========================================================================
# 18. 이메일
def t_email(d):
    r = d.r
    sender = V.kname(r)
    d.t("From: ")
    st = r.randrange(3)
    if st == 0:
        d.person(sender)
        d.t(" <")
        d.email("personal", sender)
        d.t(">\n")
    else:
        d.t("\"")
        d.person(sender)
        d.t("\" <")
        d.email("personal", sender)
        d.t(">\n")
    off = V.kname(r)
    d.t("To: ")
    d.email("official", off)
    d.t("\nCc: ")
    d.email("personal")
    d.t(", ")
    d.n(r.choice(["minwon", "webmaster", "privacy", "help"]) + "@" + r.choice(["yp21.go.kr", "usc.go.kr", "gimje.go.kr", "mapo.go.kr"]), "institution_email")
    d.t("\nSubject: " + r.choice(["[문의] 보조금 서류 재제출", "Re: 체류기간 연장 서류", "환불 요청드립니다", "Fw: 자원봉사 명단"]) + "\nDate: ")
    d.date()
    d.t("\n\n")
    d.person(off)
    d.t(r.choice([" 주무관님께,\n\n", "님 안녕하세요.\n\n", " 선생님, 수고 많으십니다.\n\n"]))
    body = r.randrange(4)
    if body == 0:
        d.t("지난번 말씀하신 서류 다시 보내드립니다. 신청인은 제 어머니 ")
        d.person()
        d.t("(" + str(r.randrange(65, 90)) + ")이시고 주민등록번호는 ")
        d.rrn()
        d.t("입니다. 지급 계좌는 ")
        d.account()
        d.t("로 변경 부탁드립니다.\n")
    elif body == 1:
        lat, han, nat = V.fname(r)
        d.t(r.choice(["제 배우자 ", "제 아내 ", "남편 "]))
        d.person(lat, "foreign_latin")
        d.t("의 여권번호가 바뀌었습니다. 새 여권번호는 ")
        d.passport(nat)
        d.t("이고, 외국인등록번호 ")
        d.frn()
        d.t("는 그대로입니다.\n")
    elif body == 2:
        d.t("프로그램 수강료가 카드(")
        d.card()
        d.t(")로 두 번 결제되었습니다. 취소 부탁드립니다. 환불이 카드 취소로 안 되면 ")
        d.account()
        d.t("으로 보내 주세요.\n")
    else:
        d.t("자원봉사자 명단 보내드립니다.\n")
        rows = []
        for i in range(r.randrange(2, 5)):
            rows.append([mk(d, lambda: d.person()), mk(d, lambda: d.phone("mobile")), mk(d, lambda: d.email())])
        table(d, None, rows, r.choice(["tab", "csv", "pipe_tight"]))
    d.t("\n감사합니다.\n\n")
    d.person(sender)
    d.t(" 드림\n" + r.choice(["M. ", "HP ", "휴대폰: "]))
    d.phone("mobile")
    d.t("\n")
    if r.random() < 0.5:
        d.t("\n-----Original Message-----\nFrom: ")
        d.person(off)
        d.t(" <")
        d.email("official", off)
        d.t(">\n보내주신 서류 중 통장 사본이 누락되었습니다. ")
        official_line(d, with_mail=False)
        d.t("\n")


# ===========================================================================
# 19. SMS
def t_sms(d):
    r = d.r
    L = loc(r)
    for i in range(r.randrange(2, 4)):
        st = r.randrange(7)
        d.t("[Web발신]\n")
        if st == 6:
            d.t("[우체국택배] ")
            d.phone("masked")
            d.t(" 고객님, 등기우편(" + r.choice(["과태료 고지서", "여권", "주민등록증"]) + ")이 배달 완료되었습니다. 수령인 ")
            d.person()
            d.t("\n\n")
            continue
        if st == 0:
            d.t("[" + L[0] + "청] ")
            d.person()
            d.t("님, 신청하신 " + r.choice(["긴급복지 지원금", "에너지바우처", "출산축하금"]) + " ")
            d.amount()
            d.t("이 ")
            d.account()
            d.t(" 계좌로 입금되었습니다. 문의 ")
            d.phone("direct")
        elif st == 1:
            d.t("[국민행복카드] ")
            d.card(masked=True)
            d.t(" 승인 ")
            d.amount()
            d.t(" 일시불 " + r.choice(["○○소아과", "○○약국", "○○산부인과"]) + " 누적 ")
            d.amount()
        elif st == 2:
            d.t("[인증번호: ")
            d.n("%06d" % r.randrange(10 ** 6), "auth_code")
            d.t("] 본인확인 인증번호를 입력해 주세요. 타인 노출 금지\n발신: ")
            d.switchboard()
        elif st == 3:
            d.t("[" + L[0] + " 주차단속] 차량 ")
            d.plate()
            d.t(" 불법주정차 단속 예정 구역입니다. 5분 내 이동 바랍니다. 수신거부 ")
            d.n("080-%03d-%04d" % (r.randrange(100, 999), r.randrange(10 ** 4)), "unsubscribe_number")
        elif st == 4:
            d.t("안녕하세요 저 ")
            d.person()
            d.t(r.choice(["인데요 ", " 엄마예요 "]) + "번호 바뀌었어요 ")
            d.phone("mobile")
            d.t(" 로 연락주세요~")
        else:
            d.t("[" + L[0] + " 보건소] ")
            d.person()
            d.t("님 예방접종 예약 ")
            d.date()
            d.t(" 10:30. 변경 시 담당 ")
            d.person()
            d.t(" ")
            d.phone(r.choice(["direct", "mobile"]))
        d.t("\n\n")


# ===========================================================================
# 20. 지역 뉴스
def t_news(d):
    r = d.r
    L = loc(r)
    st = r.randrange(4)
    if st == 0:
        d.t("[" + L[0] + "] 뺑소니 차량 운전자 사흘 만에 검거\n\n")
        d.date()
        d.t(" 밤 " + L[0] + " 읍내 교차로에서 길을 건너던 ")
        d.person()
        d.t("(" + str(r.randrange(60, 90)) + ") 씨를 치고 달아난 운전자 ")
        d.masked_name()
        d.t("(" + str(r.randrange(20, 60)) + ")가 경찰에 붙잡혔다. 경찰은 주변 CCTV를 분석해 ")
        d.plate()
        d.t(" 승용차를 특정했다. 사건을 맡은 ")
        d.person()
        d.t(" " + r.choice(["경위", "형사과장", "팀장"]) + "는 \"피의자가 혐의를 인정했다\"고 말했다.\n")
    elif st == 1:
        d.t("[사람들] 40년 동안 마을 지킨 '우체부 할아버지'\n\n")
        nm = V.kname(r)
        d.t("\"편지 한 통이 누군가에겐 전부였죠.\" " + L[0] + "의 집배원 ")
        d.person(nm)
        d.t("(" + str(r.randrange(58, 63)) + ") 씨가 이달 정년퇴임한다. ")
        d.person(nm)
        d.t(" 씨는 아내 ")
        d.person()
        d.t(r.choice(["씨와 ", "(" + str(r.randrange(50, 63)) + ") 씨와 "]) + "함께 ")
        d.t("마을 어르신들의 말벗이 되어 왔다. 주민 ")
        k = r.randrange(2, 4)
        for i in range(k):
            d.person()
            d.t(", " if i < k - 1 else " 씨 등은 ")
        d.t("감사패를 전달했다. 이웃 ")
        lat, han, nat = V.fname(r)
        d.person(han, "foreign_hangul")
        d.t("(" + nat + ") 씨도 \"친절한 분\"이라고 했다.\n")
    elif st == 2:
        d.t("[" + L[0] + "] 고향사랑기부 1호 기부자에 ")
        nm = d.person()
        d.t(" 씨\n\n" + L[0] + josa(L[0], "은/는") + " ")
        d.date()
        d.t(" 출향인 ")
        d.person(nm)
        d.t("(" + str(r.randrange(40, 80)) + ") 씨가 고향사랑기부금 ")
        d.amount()
        d.t("을 기탁했다고 밝혔다. 전달식에는 ")
        d.person()
        d.t(" " + L[3] + josa(L[3], "과/와") + " ")
        d.person()
        d.t(" 의장이 참석했다. 기부자는 \"" + r.choice(["어머니 ", "은사 "]))
        d.person()
        d.t(r.choice([" 여사", " 선생님", "님"]) + "께서 늘 고향을 잊지 말라고 하셨다\"고 말했다. 기부 문의는 ")
        d.t(L[0] + " 고향사랑팀(대표 ")
        d.n(V.landline(r)[0], "institution_switchboard")
        d.t(")로 하면 된다.\n")
    else:
        d.t("[" + L[0] + "] 다문화 가정 모녀, 나란히 검정고시 합격\n\n" + L[0] + "에 사는 결혼이민자 ")
        lat, han, nat = V.fname(r)
        d.person(han, "foreign_hangul")
        d.t("(" + str(r.randrange(30, 50)) + ", " + nat + ") 씨와 딸 ")
        d.person()
        d.t(r.choice(["(" + str(r.randrange(14, 19)) + ") 양", " 양"]) + "이 " + r.choice(["고졸", "중졸"]) + " 검정고시에 함께 합격했다. \"엄마가 ")
        d.t("먼저 공부하자고 했다\"는 딸의 말에 ")
        d.person(han, "foreign_hangul")
        d.t(" 씨는 웃었다. 지도한 ")
        d.person()
        d.t(" 교사는 \"두 사람의 열정이 대단했다\"고 전했다.\n")
    d.t("\n")
    d.person()
    d.t(" 기자 ")
    d.email(r.choice(["personal", "company"]), comp=r.choice(["yeonhapnews", "localtimes", "gnnews"]))
    d.t("\n")


# ===========================================================================
# 21. 가정통신문
def t_school(d):
    r = d.r
    sch = r.choice(["햇살초등학교", "푸른중학교", "한울고등학교", "새싹유치원", "느티나무초등학교"])
    d.t(sch + " 가정통신문 제%d-%d호\n\n" % (r.randrange(2023, 2026), r.randrange(1, 150)))
    d.t(r.choice(["2학기 방과후학교 수강 신청 안내", "현장체험학습 참가 동의서", "학교폭력 예방 교육 안내", "급식비 지원 신청 안내"]) + "\n\n")
    d.t("학부모님 안녕하십니까? 아래와 같이 안내드리오니 회신서를 ")
    d.date()
    d.t("까지 담임 선생님께 제출하여 주시기 바랍니다.\n\n문의: ")
    for i in range(r.randrange(1, 3)):
        d.t(r.choice(["교무부장 ", "담당 교사 ", "행정실 주무관 "]))
        d.person()
        d.t(" (")
        d.phone("direct")
        d.t(") ")
    d.t("/ 교무실 ")
    d.n(V.landline(r)[0], "institution_line")
    d.t("\n\n" + sch + "장\n\n- - - - - - - - - - (자르는 선) - - - - - - - - - -\n\n회 신 서\n")
    stu = V.kname(r)
    par = V.kname(r)
    if r.random() < 0.5:
        d.t("%d학년 %d반 %d번  학생 성명: " % (r.randrange(1, 7), r.randrange(1, 9), r.randrange(1, 30)))
        d.person(stu)
        d.t("\n보호자 성명: ")
        d.person(par)
        d.t(" (관계: " + r.choice(["부", "모", "조모"]) + ")  연락처: ")
        d.phone("mobile")
        d.t("\n")
    else:
        rows = [["학년/반", "%d-%d" % (r.randrange(1, 7), r.randrange(1, 9)), "학생", mk(d, lambda: d.person(stu))],
                ["보호자", mk(d, lambda: d.person(par)), "휴대전화", mk(d, lambda: d.phone("mobile"))]]
        if r.random() < 0.6:
            rows.append(["학생 생년월일", mk(d, lambda: d.dob(y0=2008, y1=2019)), "이메일", mk(d, lambda: d.email("personal", par))])
        table(d, None, rows, r.choice(["box", "pipe", "tab"]))
    if r.random() < 0.5:
        d.t("급식비 환불 계좌: ")
        d.account()
        d.t(" 예금주 ")
        d.person(par)
        d.t("\n")
    d.t("보호자 ")
    d.person(par)
    d.t(" (서명)\n")


# ===========================================================================
# 22. 군 관련 서류
def t_military(d):
    r = d.r
    kind = r.choice(["입영통지서", "병역판정검사 결과 통지", "휴가 명령지", "전역 예정자 명부", "운전병 선발 명단"])
    issuer = r.choice(["병무청", "○○지방병무청"]) if kind in ("입영통지서", "병역판정검사 결과 통지") else r.choice(["육군 제○○사단", "해군 ○○함대", "공군 제○○비행단"])
    d.t(issuer + "\n" + kind + "\n\n")
    if kind in ("전역 예정자 명부", "운전병 선발 명단"):
        rows = []
        for i in range(r.randrange(3, 6)):
            row = [mk(d, lambda: d.n("%02d-7%07d" % (r.randrange(22, 26), r.randrange(10 ** 7)), "military_service_number")), r.choice(["일병", "상병", "병장"]), mk(d, lambda: d.person()),
                   mk(d, lambda: d.dob(form=r.choice(["dot_pad", "yymmdd", "iso"]), y0=2000, y1=2006))]
            if kind == "운전병 선발 명단":
                row.append(mk(d, lambda: d.dl()))
            else:
                row.append(mk(d, lambda: d.phone("mobile")))
            rows.append(row)
        table(d, ["군번", "계급", "성명", "생년월일", "운전면허번호" if kind == "운전병 선발 명단" else "연락처"] if r.random() < 0.7 else None,
              rows, r.choice(["box", "tab", "pipe", "aligned"]))
    else:
        d.t("성명: ")
        nm = d.person()
        d.t("   주민등록번호: ")
        d.rrn(birth=V.rand_date(r, 2000, 2006))
        d.t("\n주소: ")
        d.addr()
        d.t("\n")
        if kind == "입영통지서":
            d.t("입영일시: ")
            d.date()
            d.t(" 14:00  입영부대: 육군훈련소\n보호자: ")
            d.person()
            d.t(" ")
            d.phone("mobile")
            d.t("\n")
        elif kind == "휴가 명령지":
            d.t("군번: ")
            d.n("%02d-7%07d" % (r.randrange(22, 26), r.randrange(10 ** 7)), "military_service_number")
            d.t("  계급: 상병\n휴가 기간: ")
            d.date()
            d.t(" ~ ")
            d.date()
            d.t("\n행선지: ")
            d.addr(with_postal=False)
            d.t("  비상연락: ")
            d.phone("mobile")
            d.t("\n")
        else:
            d.t("신체등급: " + str(r.randrange(1, 5)) + "급  판정일: ")
            d.date()
            d.t("\n병역판정전담의사: ")
            d.person()
            d.t("\n")
    d.t("담당: ")
    d.person()
    d.t(" " + r.choice(["주무관", "중사", "상사", "대위"]) + " ")
    d.phone("direct")
    d.t(" / 병무상담센터 ")
    d.n("1588-9090", "switchboard_15xx")
    d.t("\n")


# ===========================================================================
# 23. 농어업 지원
def t_agri(d):
    r = d.r
    L = loc(r)
    kind = r.choice(["공익직불금 신청서", "외국인 계절근로자 배정 명단", "어업인 면세유 지원 신청", "농기계 임대 신청서", "귀농 정착 지원금 신청"])
    d.t(L[0] + " " + kind + "\n\n")
    if kind == "외국인 계절근로자 배정 명단":
        rows = []
        for i in range(r.randrange(3, 6)):
            lat, han, nat = V.fname(r)
            b = V.rand_date(r, 1975, 2002)
            rows.append([mk(d, lambda lat=lat: d.person(lat, "foreign_latin")), nat,
                         mk(d, lambda b=b: d.dob(b, form=r.choice(["en_dmy", "iso", "dot_pad"]))),
                         mk(d, lambda nat=nat: d.passport(nat)),
                         mk(d, lambda b=b: d.frn(b)) if r.random() < 0.6 else "발급 예정",
                         mk(d, lambda: d.person())])
        table(d, ["성명(여권상)", "국적", "생년월일", "여권번호", "외국인등록번호", "배정 농가주"] if r.random() < 0.8 else None,
              rows, r.choice(["box", "tab", "pipe", "csv", "aligned"]))
        d.t("\n※ 농가주 연락처: ")
        d.phone("mobile")
        d.t(", 통역 ")
        lat, han, nat = V.fname(r)
        d.person(han, "foreign_hangul")
        d.t(" ")
        d.phone("mobile")
        d.t("\n")
    else:
        nm = V.kname(r)
        d.t("신청인: ")
        d.person(nm)
        d.t("  (")
        d.rrn(birth=V.rand_date(r, 1940, 1985))
        d.t(")\n주소: ")
        d.addr(form=r.choice(["rural_jibun", "road_full", "jibun"]))
        d.t("\n농업경영체 등록번호: ")
        d.n("%d" % r.randrange(10 ** 9, 10 ** 10), "identifier_no_type")
        d.t("\n연락처: ")
        d.phone(r.choice(["mobile", "landline"]))
        d.t("\n")
        if kind == "농기계 임대 신청서":
            d.t("운전면허번호: ")
            d.dl()
            d.t("   운반 차량: ")
            d.plate()
            d.t("\n")
        if kind == "어업인 면세유 지원 신청":
            d.t("어선명: 제%d" % r.randrange(1, 30) + r.choice(["해성호", "대광호", "금양호"]) + " (어선번호 ")
            d.n("%d%s-%d" % (r.randrange(10, 99), r.choice(["전남", "경남", "충남"]), r.randrange(1000, 9999)), "vessel_number")
            d.t(")\n")
        if r.random() < 0.4:
            d.t("사업자등록번호(농업인): ")
            d.brn()
            d.t("\n")
        d.t("지급 계좌: ")
        d.account()
        d.t("  예금주: ")
        d.person(nm)
        d.t("\n")
        if r.random() < 0.4:
            d.t("영농 면적 " + str(r.randrange(500, 20000)) + "㎡, 필지 소재지 ")
            d.addr(form="rural_jibun", with_postal=False)
            d.t(" 외 " + str(r.randrange(1, 6)) + "필지\n")
    d.t("\n확인자: " + r.choice(["농업정책과", "해양수산과", "농업기술센터"]) + " ")
    d.person()
    d.t(" " + r.choice(GRADES) + " (")
    d.phone("direct", area_of(L))
    d.t(")\n")


# ===========================================================================
# 24. 표·명부
def t_table(d):
    r = d.r
    kind = r.choice(["비상연락망", "자원봉사자 명단", "교육 수료자 명단", "차량 출입 등록 명부", "바우처 카드 발급 대장", "외국인 주민 명부", "보조금 지급 명세", "협력업체 명부", "협력업체 명부"])
    d.t(kind + "\n")
    cols = {"비상연락망": [("성명", "person"), ("직위", "pos"), ("휴대전화", "mobile"), ("자택", "landline"), ("이메일", "email")],
            "자원봉사자 명단": [("성명", "person"), ("생년월일", "dob"), ("연락처", "mobile"), ("주소", "addr")],
            "교육 수료자 명단": [("번호", "no"), ("성명", "person"), ("소속", "org"), ("이메일", "email")],
            "차량 출입 등록 명부": [("차량번호", "plate"), ("소유자", "person"), ("연락처", "mobile"), ("운전면허번호", "dl")],
            "바우처 카드 발급 대장": [("성명", "person"), ("주민등록번호", "rrn"), ("카드번호", "card"), ("결제계좌", "acct")],
            "외국인 주민 명부": [("성명", "flat"), ("국적", "nat"), ("외국인등록번호", "frn"), ("여권번호", "pp"), ("연락처", "mobile")],
            "협력업체 명부": [("상호", "comp"), ("대표자", "person"), ("사업자등록번호", "brn"), ("법인등록번호", "crn"), ("전화", "landline")],
            "보조금 지급 명세": [("수령인", "person"), ("주민등록번호", "rrn"), ("은행", "bank"), ("계좌번호", "acct_only"), ("금액", "amt")]}[kind]
    rows = []
    for i in range(r.randrange(3, 7)):
        row = []
        fl = V.fname(r)
        bank = r.choice(V.BANKS)
        for c, k in cols:
            if k == "person":
                row.append(mk(d, lambda: d.person()))
            elif k == "pos":
                row.append(r.choice(["과장", "팀장", "주무관", "주무관", "실무관"]))
            elif k == "mobile":
                row.append(mk(d, lambda: d.phone("mobile")))
            elif k == "landline":
                row.append(mk(d, lambda: d.phone("landline")))
            elif k == "email":
                row.append(mk(d, lambda: d.email()))
            elif k == "dob":
                row.append(mk(d, lambda: d.dob()))
            elif k == "addr":
                row.append(mk(d, lambda: d.addr(with_paren=False, with_postal=False)))
            elif k == "no":
                row.append(str(i + 1))
            elif k == "org":
                row.append(r.choice(["○○면 새마을부녀회", "○○초 학부모회", "자율방범대", "개인"]))
            elif k == "plate":
                row.append(mk(d, lambda: d.plate()))
            elif k == "dl":
                row.append(mk(d, lambda: d.dl()))
            elif k == "rrn":
                row.append(mk(d, lambda: d.rrn()))
            elif k == "card":
                row.append(mk(d, lambda: d.card()))
            elif k == "acct":
                row.append(mk(d, lambda bank=bank: d.account(bank)))
            elif k == "acct_only":
                row.append(mk(d, lambda bank=bank: d.num(V.account(r, bank)[1], "KR_BANK_ACCOUNT", "acct_grouped")))
            elif k == "bank":
                row.append(bank[0])
            elif k == "amt":
                row.append("{:,}".format(r.randrange(10, 300) * 10000))
            elif k == "flat":
                row.append(mk(d, lambda fl=fl: d.person(fl[0] if r.random() < 0.6 else fl[1], "foreign_latin" if r.random() < 0.6 else "foreign_hangul")))
            elif k == "nat":
                row.append(fl[2])
            elif k == "comp":
                cn = V.COMPANIES[(i * 5 + r.randrange(3)) % len(V.COMPANIES)][0]
                row.append(mk(d, lambda cn=cn: d.n(cn, "company_name")))
            elif k == "brn":
                row.append(mk(d, lambda: d.brn(corporate=True)))
            elif k == "crn":
                row.append(mk(d, lambda: d.crn()))
            elif k == "frn":
                row.append(mk(d, lambda: d.frn()))
            elif k == "pp":
                row.append(mk(d, lambda fl=fl: d.passport(fl[2])))
        rows.append(row)
    header = [c for c, k in cols] if r.random() < 0.7 else None
    table(d, header, rows, r.choice(["tab", "pipe", "pipe_tight", "box", "aligned", "csv"]))
    d.t("작성: ")
    d.person()
    d.t(" / 작성일 ")
    d.date()
    d.t("\n")


# ===========================================================================
# no-PII: 공문
def t_gongmun_neg(d):
    r = d.r
    L = loc(r)
    m = r.choice(MINISTRIES)
    d.t(L[0] + "\n수신  ")
    d.n(m + "장관(" + r.choice(["운영지원과장", "정책기획관", "재난안전관리과장"]) + ")", "office_recipient")
    d.t("\n(경유)\n제목  " + r.choice(["2025년 지방보조금 집행 실적 제출", "개인정보 보호 실태 점검 결과 보고", "재난안전 특별교부세 신청"]) + "\n\n1. 관련: ")
    d.docno()
    d.t("(")
    d.date()
    d.t(")\n2. 「지방재정법」 제32조의2 및 같은 법 시행령 제37조에 따라 붙임과 같이 제출합니다.\n\n붙임  실적 1부.  끝.\n\n")
    d.n(office(L), "office_title")
    d.t("\n\n시행 ")
    d.docno()
    d.t(" (")
    d.date()
    d.t(")\n우 ")
    d.n(V.postal(r), "postal_code")
    d.t(" ")
    d.n(V.inst_address(r, (L[1], L[2])), "institution_address")
    d.t(" / 대표전화 ")
    d.n(V.landline(r)[0], "institution_switchboard")
    d.t(" / 누리집 www." + r.choice(["yp21", "usc", "gimje", "mapo"]) + ".go.kr / 공개\n")


def t_sms_neg(d):
    r = d.r
    L = loc(r)
    d.t("[Web발신]\n[" + L[0] + "] 폭염특보 발령. 야외활동 자제, 무더위쉼터 이용 바랍니다. 문의 ")
    d.n(V.landline(r)[0], "institution_switchboard")
    d.t("(대표)\n\n[Web발신]\n[인증번호:")
    d.n("%06d" % r.randrange(10 ** 6), "auth_code")
    d.t("] 정부24 본인확인\n\n[Web발신]\n[국민건강보험] 건강검진 대상자입니다. 고객센터 ")
    d.switchboard()
    d.t(" / 다산콜 ")
    d.n("120", "short_code")
    d.t("\n")


TEMPLATES = {
    "민원 처리 결과 통지": [t_minwon],
    "보도자료": [t_press],
    "회의록": [t_minutes],
    "사고 보고서": [t_accident],
    "감사·점검 보고서": [t_audit],
    "판결문·결정문": [t_judgment],
    "복지·보조금 신청서": [t_welfare],
    "장학금 신청서": [t_scholar],
    "인사발령": [t_personnel],
    "계약서": [t_contract],
    "수사·사실조회 공문": [t_inquiry],
    "외국인·다문화 서류": [t_foreign],
    "의료·요양": [t_medical],
    "체납·과태료 고지": [t_tax_notice],
    "채용·시험 결과": [t_recruit],
    "로그·시스템 출력": [t_log],
    "민원 상담 녹취": [t_call],
    "이메일": [t_email],
    "SMS·문자": [t_sms],
    "지역 뉴스": [t_news],
    "가정통신문": [t_school],
    "군 관련 서류": [t_military],
    "농어업 지원": [t_agri],
    "표·명부": [t_table],
}

NEG_TEMPLATES = {
    "공문": t_gongmun_neg,
    "보도자료": t_press_neg,
    "판결문·결정문": t_judgment_neg,
    "복지·보조금 신청서": t_welfare_blank,
    "채용·시험 결과": t_recruit_neg,
    "로그·시스템 출력": t_log_neg,
    "SMS·문자": t_sms_neg,
}
