"""Templates: 민원 회신, 보도자료, 회의록, 수사 협조 공문."""
from .doc import E, N
from .common import *  # noqa
from .values import fmt_date


def _req_no(v):
    r = v.r
    return N(f"{r.choice('123')}AA-{r.randint(2301, 2512)}-{v.digits(7)}", "public_record_id")


def _contact_line(d, r, v, ag, off):
    c = r.randint(0, 3)
    if c == 0:
        d("기타 궁금하신 사항은 ", ag["dept"], " ", O_name(off), " ", off["title"], "(☎ ", O_phone(off),
          ")에게 문의하여 주시기 바랍니다.")
    elif c == 1:
        d("추가 문의: ", ag["dept"], " ", off["title"], " ", O_name(off), " / 전화 ", O_phone(off), " / 전자우편 ",
          O_mail(off))
    elif c == 2:
        d("이 답변과 관련하여 궁금한 점이 있으시면 담당자 ", O_name(off), "(", ag["dept"], ", ", O_phone(off),
          ")에게 연락 주시면 성심껏 안내해 드리겠습니다.")
    else:
        d("담당: ", ag["dept"], " ", O_name(off), " ", off["title"], "(", O_phone(off), ", ", O_mail(off), ")")
    if r.random() < 0.6:
        d(" 야간이나 휴일에는 정부민원안내콜센터(국번 없이 ", N("110", "short_code"), "){를} 이용하실 수 있습니다.")


@template("민원 회신")
def minwon_letter(d, r, v):
    ag = agency(v, r.choice(["local", "local", "local", "central"]))
    off = official(v, ag)
    nm = v.name()
    topic = r.choice(["parking", "passport", "dl", "refund", "card", "spouse", "privacy", "transfer", "passport",
                      "dl", "card"])
    ag["dept"] = {"parking": "교통행정과", "passport": "민원여권과", "dl": "민원여권과", "refund": "세무과", "card": "민원여권과",
                  "spouse": "종합민원과", "privacy": "자치행정과", "transfer": "차량민원과"}[topic] if ag["kind"] == "local" else ag["dept"]
    d(ag["name"], "\n\n수신  ", P(nm), " 귀하")
    if r.random() < 0.7:
        d(" (", addr(v, postal=True, paren=False), ")")
    d("\n(경유)\n제목  민원 처리 결과 알림(신청번호 ", _req_no(v), ")\n\n")
    d("1. 평소 ", ag["name"].split()[-1], " 행정에 관심을 가져 주셔서 감사합니다.\n")
    d("2. 귀하께서 ", ND(v), " 국민신문고를 통해 신청하신 민원에 대한 처리 결과를 다음과 같이 알려드립니다.\n")
    if topic == "parking":
        d("  가. 귀하 소유 차량(", plate(v), ")에 대한 주정차위반 과태료 의견진술은 ", statute(r, "traffic"),
          "에 따라 검토하였으나, 단속 당시 사진 자료상 정차 사유를 확인할 수 없어 수용하기 어렵습니다.\n")
        d("  나. 과태료 ", AMT(v, "fine"), "{은} ", ND(v), "까지 납부하시면 20% 감경됩니다.\n")
    elif topic == "passport":
        d("  가. 분실 신고된 종전 여권(여권번호 ", pp_kr(v, "old"), "){은} ", ND(v), "자로 효력이 상실되었습니다.\n")
        d("  나. 새 여권(여권번호 ", pp_kr(v, "new"), "){이} 발급되었으니 신분증을 지참하시고 민원실에서 수령하시기 바랍니다.")
        if r.random() < 0.5:
            d(" 대리 수령 시에는 대리인(", P(v.name()), ", 연락처 ", mob(v), ")의 신분증도 필요합니다.")
        d("\n")
    elif topic == "dl":
        d("  가. 귀하의 운전면허(면허번호 ", dl(v), "){는} 정기 적성검사 기간이 ", ND(v), "에 만료되어 ",
          statute(r, "traffic"), "에 따른 과태료 부과 대상입니다.\n")
        d("  나. 운전면허 관련 사무는 도로교통공단 소관이므로 해당 기관(", HOT(v), "){으로} 이송하였음을 알려드립니다.\n")
    elif topic == "refund":
        bank, ac = acct(v)
        d("  가. 귀하가 이중 납부한 ", r.choice(["자동차세", "주민세", "재산세", "등록면허세"]), " ", AMT(v),
          "은 환급 대상으로 확인되었습니다.\n")
        d("  나. 환급금은 귀하가 지정한 계좌(", bank, " ", ac, ", 예금주 ", P(nm), "){로} ", ND(v),
          "에 입금될 예정입니다.\n")
    elif topic == "card":
        d("  가. 온라인 발급 수수료 ", AMT(v, "small"), "{은} 결제하신 신용카드(", card(v),
          "){로} 승인 취소 처리하였습니다. 카드사 사정에 따라 취소 반영까지 3~5영업일이 걸릴 수 있습니다.\n")
        if r.random() < 0.5:
            d("  나. 같은 날 중복 결제된 건(카드번호 ", card(v), ")도 함께 취소하였습니다.\n")
    elif topic == "spouse":
        f = v.foreign()
        d("  가. 귀하의 배우자 ", PH(f), "(", PL(f), ", 외국인등록번호 ", frn(v),
          ")의 세대 합가 신청은 정상 처리되었습니다.\n")
        d("  나. 외국인등록사항 변경은 관할 출입국·외국인관서에 별도로 신고하여야 합니다.\n")
    elif topic == "privacy":
        d("  가. 귀하(주민등록번호 ", rrn_adult(v), ", 연락처 ", mob(v),
          ")의 개인정보 열람 청구에 따라 수집·이용 내역을 붙임과 같이 제공합니다.\n")
        d("  나. 열람 결과 ", ND(v), " 이후 제3자 제공 내역은 없습니다.\n")
    else:
        nm2 = v.name()
        d("  가. 귀하가 양도한 차량(", plate(v), ")의 이전등록은 양수인 ", P(nm2), "(연락처 ", mob(v),
          "){이} 기한 내에 신청하지 않아 ", statute(r, "traffic"), "에 따라 직권 처리 절차를 진행 중입니다.\n")
        d("  나. 양수인에게는 ", ND(v), "까지 이전등록을 하도록 최고하였습니다.\n")
    d("3. ")
    _contact_line(d, r, v, ag, off)
    d("\n\n", N(ag["head"], "official_by_office"), "\n")
    if r.random() < 0.5:
        d("\n주무관 ", O_name(off), "  ", r.choice(["팀장", "과장"]), " ", P(v.name()), "\n")
    d("시행 ", docno(v, ag), "(", ND(v, "dot_spaced"), ")")
    d(*footer(v, ag))


@template("민원 회신")
def minwon_notice_form(d, r, v):
    ag = agency(v, "local")
    ag["dept"] = r.choice(["민원여권과", "민원봉사과", "주민복지과", "종합민원과"])
    off = official(v, ag)
    nm = v.name()
    sep = r.choice([" | ", "\t", " : "])
    d("민원 처리 결과 통지서\n\n")
    d("접수번호", sep, N(f"{r.randint(2023, 2025)}-{v.digits(7)}", "public_record_id"), sep, "접수일", sep,
      ND(v, "iso"), "\n")
    d("민원인 성명", sep, P(nm), sep, "생년월일", sep, dob(v), "\n")
    d("주소", sep, addr(v, paren=False), "\n")
    d("전화번호", sep, mob(v))
    if r.random() < 0.6:
        d(sep, "전자우편", sep, em(v, nm))
    d("\n민원 종류", sep, r.choice(["주민등록표 등본 정정", "가족관계등록부 정정", "건축물대장 기재사항 변경", "장애인 주차표지 재발급",
                                 "기초연금 이의신청"]), "\n")
    d("처리 결과", sep, r.choice(["수용", "일부 수용", "불수용(관계 법령상 불가)"]), "\n")
    d("처리 내용", sep, "관계 법령(", statute(r, "privacy"), ")에 따라 검토한 결과를 붙임과 같이 알려드립니다.\n")
    if r.random() < 0.5:
        d("대리인", sep, P(v.name()), sep, "관계", sep, r.choice(["배우자", "자녀", "형제"]), sep, "연락처", sep, mob(v), "\n")
    d("담당자", sep, ag["dept"], " ", O_name(off), " (", O_phone(off), ")\n")
    d("※ 이 통지에 이의가 있는 경우 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다.\n")
    d(N(ag["head"], "official_by_office"), " (직인생략)")


@template("민원 회신", nopii=True)
def minwon_general_nopii(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    d(ag["name"], "\n\n수신  민원인 귀하\n제목  질의에 대한 회신(", docno(v, ag), ")\n\n")
    d("1. ", ND(v), " 접수된 질의(접수번호 ", _req_no(v), ")에 대한 답변입니다.\n")
    d("2. ", statute(r, "privacy"), "에 따르면 주민등록번호는 법령에서 구체적으로 요구하거나 허용한 경우에만 처리할 수 있으며, ",
      "서식에 기재 예시로 쓰이는 ", N("000000-0000000", "placeholder_id"), " 같은 값은 실제 번호가 아닙니다.\n")
    d("3. 유사 사례로 ", N(r.choice(["2019두12345", "2022누54321", "2021다212345"]), "case_number"),
      " 판결이 있으며, 세부 기준은 ", N(f"{r.choice(['행정안전부', '보건복지부'])} 고시 제{r.randint(2019, 2024)}-{r.randint(1, 99)}호", "statute"),
      "를 참고하시기 바랍니다.\n")
    d("4. 추가 문의는 ", N(ag["head"], "official_by_office"), " 소속 민원실(대표전화 ", SW(v, ag["area"]), ") 또는 정부민원안내콜센터(",
      N("110", "short_code"), "){로} 하여 주시기 바랍니다. 열람 수수료 ", N(f"{r.choice([300, 500, 1000, 1500])}원", "amount"), "{은} ", ND(v), "까지 납부하여야 합니다.\n\n")
    d(N(ag["head"], "official_by_office"))
    d("\n", N(ag["addr"], "institution_address"))


# ====================================================================== 보도자료
def _short_head(ag):
    h = ag["head"]
    for s in ("구청장", "시장", "장관", "청장", "서장", "지사장", "소장"):
        if h.endswith(s):
            return s
    return "기관장"


@template("보도자료")
def press_award(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    head_nm = v.name()
    d("보 도 자 료\n", r.choice(["", "배포 즉시 보도\n"]), "보도 일시: ", ND(v, "dot_spaced"), "(", r.choice("월화수목금"),
      ") 11:00\n\n")
    title = r.choice(["제5회 적극행정 우수사례 시상식 개최", "다문화가족 한국어 말하기 대회 성료", "생활 속 안전 지킴이 표창 수여",
                      "어르신 디지털 교육 우수 수강생 시상"])
    d("■ ", ag["name"], ", ", title, "\n\n")
    c = r.randint(0, 2)
    if c == 0:
        d(N(ag["head"], "official_by_office"), "{은} ", ND(v), " 청사 대회의실에서 시상식을 열고 수상자들을 격려했다고 밝혔다.\n")
    elif c == 1:
        d(ag["name"], "(", _short_head(ag), " ", P(head_nm), "){는} ", ND(v), " 시상식을 열었다고 밝혔다.\n")
    else:
        d(ag["name"], "는 ", ND(v), " 시상식을 열었다. ", P(head_nm), " ", _short_head(ag),
          "은 이날 인사말에서 \"현장에서 땀 흘린 분들 덕분\"이라고 말했다.\n")
    w1, w2 = v.name(), v.name()
    age = r.randint(24, 78)
    d("최우수상을 받은 ", P(w1), "(", str(age), ") 씨는 ")
    d(r.choice(["\"동네 어르신들과 함께 해 온 일이 인정받아 기쁘다\"고 소감을 밝혔다.",
                "지난 3년간 지역 아동 돌봄 봉사를 이어 왔다.",
                "\"앞으로도 이웃을 돕겠다\"며 상금 전액을 기부하겠다고 말했다."]), "\n")
    d("우수상은 ", P(w2), r.choice([" 씨", " 님", ""]), r.choice(["와 ", "과 "]))
    if r.random() < 0.6:
        f = v.foreign()
        d(f["nat"], " 출신 결혼이민자 ", PH(f), " 씨가 받았다.\n")
    else:
        d(P(v.name()), " 군(", str(r.randint(14, 18)), "){이} 받았다.\n")
    q = v.name()
    d("\"", r.choice(["상을 받을 줄은 몰랐다", "함께한 이웃들의 몫"]), "\"{이라고} 말한 ", P(q), " 양은 ",
      r.choice(["최연소 수상자다.", "올해 고등학교에 입학했다."]), "\n")
    d("\n담당 부서 | ", ag["dept"], "\n")
    resp, staff = official(v, ag, "과장"), official(v, ag, r.choice(["사무관", "주무관"]))
    d("책임자 | 과장 ", O_name(resp), " | ", O_phone(resp), "\n")
    d("담당자 | ", staff["title"], " ", O_name(staff), " | ", O_phone(staff))
    if r.random() < 0.6:
        d(" | ", O_mail(staff))
    d("\n")


@template("보도자료")
def press_policy(d, r, v):
    ag = agency(v, "central")
    minister = v.name()
    emb = r.choice(["보도 시점: 배포 즉시", "엠바고: ", ""])
    d("보도자료\n", emb)
    if emb == "엠바고: ":
        d(ND(v, "dot_spaced"), " 12:00 이후")
    d("\n\n")
    pol = r.choice([("외국인 주민 생활 안내 통합 서비스 시행", "외국인등록번호"),
                    ("운전면허증 모바일 확인 서비스 확대", "운전면허번호"),
                    ("복지급여 계좌 변경 비대면 신청 도입", "계좌번호"),
                    ("여권 재발급 온라인 신청 개시", "여권번호")])
    d("- ", pol[0], " -\n\n")
    d(ag["name"], "(", _short_head(ag), " ", P(minister), "){는} ", ND(v), "부터 ", pol[0].split(" 시행")[0], "{를} 추진한다고 밝혔다.\n")
    d("이번 조치로 민원인은 ", pol[1], " 등 개인정보를 창구에 다시 적지 않아도 된다. 다만 서식의 기재 예시(성명 ",
      N("홍길동", "form_example"), ", 번호 ", N(r.choice(["000000-0000000", "123456-1234567"]), "form_example"),
      "){를} 그대로 제출하는 사례가 많아 주의가 필요하다.\n")
    d(P(minister), " ", _short_head(ag), "{은} \"국민 불편을 줄이겠다\"고 말했다. 같은 날 ", N(r.choice(["기획재정부장관", "법무부장관", "국무조정실장"]),
                                                                  "official_by_office"), "도 협조 의사를 밝혔다.\n")
    if r.random() < 0.7:
        cit = v.name()
        d("시범 운영에 참여한 ", P(cit), r.choice(["(", "("]), str(r.randint(30, 70)), ")씨는 \"절차가 훨씬 간단해졌다\"고 말했다.\n")
    d("문의는 정부민원안내콜센터(", N("110", "short_code"), ") 또는 ", HOT(v), "{로} 하면 된다.\n\n")
    resp, staff = official(v, ag, "과장"), official(v, ag, "사무관")
    staff2 = official(v, ag, "주무관")
    d("담당 부서: ", ag["dept"], "\n책임자: 과장 ", O_name(resp), " (", O_phone(resp), ")\n담당자: 사무관 ", O_name(staff), " (",
      O_phone(staff), ") / 주무관 ", O_name(staff2), " (", O_phone(staff2), ", ", O_mail(staff2), ")\n")


@template("보도자료", nopii=True)
def press_nopii(d, r, v):
    ag = agency(v, r.choice(["central", "local"]))
    d("보도자료  |  ", ND(v, "dot_spaced"), " 배포\n\n")
    d(N(ag["head"], "official_by_office"), ", 하반기 보조금 ", AMT(v, "large"), " 조기 집행\n\n")
    d(ag["name"], "는 ", ND(v), " 이번 조치가 ", N(f"{ag['name'].split()[-1]} 공고 제{r.randint(2023, 2025)}-{r.randint(10, 999)}호",
                                                  "statute"), "에 따른 것이라고 밝혔다. ")
    d("신청은 ", N(ag["addr"], "institution_address"), " 1층 민원실 또는 누리집에서 할 수 있으며, 문의는 대표전화(",
      SW(v, ag["area"]), "){로} 하면 된다. 신청서의 성명란에 ", N("홍길동", "form_example"), "처럼 예시가 적힌 서식을 그대로 내지 않도록 주의해야 한다.\n")
    d("관계자는 \"사업 대상자 ", N("김○○", "masked_name"), " 씨 등 사례를 공개할 때는 이름을 가렸다\"고 말했다.\n")


# ====================================================================== 회의록
@template("회의록")
def minutes_committee(d, r, v):
    ag = agency(v, r.choice(["local", "central"]))
    comm = r.choice(["지방보조금심의위원회", "개인정보보호위원회 실무협의회", "외국인주민지원협의회", "교통안전정책자문위원회",
                     "의료급여심의위원회"])
    chair, members = v.name(), [v.name() for _ in range(r.randint(3, 5))]
    sec = official(v, ag, "주무관")
    d(f"제{r.randint(1, 12)}차 ", comm, " 회의록\n\n")
    d("□ 일시: ", ND(v, "dot_spaced"), f" {r.randint(10, 16)}:00~{r.randint(16, 18)}:00\n")
    d("□ 장소: ", ag["name"], " ", r.choice(["소회의실", "대회의실", "3층 회의실"]), "\n")
    style = r.randint(0, 2)
    d("□ 참석자: ")
    if style == 0:
        d("위원장 ", P(chair), ", 위원 ")
        for i, m in enumerate(members):
            d(P(m), ", " if i < len(members) - 1 else "")
    elif style == 1:
        d(P(chair), "(위원장)")
        for m in members:
            d(", ", P(m))
    else:
        d("\n  - 위원장: ", P(chair), "\n  - 위원: ")
        for i, m in enumerate(members):
            d(P(m), "·" if i < len(members) - 1 else "")
    d("\n  - 간사: ", sec["title"], " ", O_name(sec), "\n")
    absent = v.name()
    d("□ 불참: ", P(absent), " 위원(사전 서면 의견 제출)\n\n")
    d("【회의 내용】\n")
    sp = r.choice(["colon", "circle", "bracket"])

    def spk(n, role):
        if sp == "colon":
            d(P(n), " ", role, ": ")
        elif sp == "circle":
            d("○ ", role, " ", P(n), "  ")
        else:
            d("[", P(n), " ", role, "] ")
    spk(chair, "위원장")
    d("성원이 되었으므로 회의를 시작하겠습니다. 오늘 안건은 ", r.choice(["두 건", "세 건"]), "입니다.\n")
    spk(members[0], "위원")
    subj = r.choice(["applicant", "foreign", "complaint"])
    if subj == "applicant":
        a1 = v.name()
        d("신청 단체 대표자 ", P(a1), " 씨가 제출한 정산서에 개인 계좌(", *(lambda b, e: [b, " ", e])(*acct(v)),
          "){로} 보조금이 이체된 내역이 있습니다. 확인이 필요합니다.\n")
        d("간사(", O_name(sec), "): 해당 계좌는 단체 명의로 변경하도록 ", ND(v), "에 안내하였습니다.\n")
    elif subj == "foreign":
        f = v.foreign()
        d("지원 대상자 중 ", PH(f), " 님은 외국인등록번호(", frn(v), "){가} 만료된 체류자격으로 조회됩니다. 출입국사무소 확인 바랍니다.\n")
        d("간사(", O_name(sec), "): 여권번호(", pp_f(v, f["nat"]), ") 기준으로 재조회하겠습니다.\n")
    else:
        c1 = v.name()
        d("민원인 ", P(c1), "씨가 회의 결과를 전자우편(", em(v, c1), "){으로} 받고 싶다고 요청했습니다.\n")
        d("간사(", O_name(sec), "): 요청하신 분께 ", mob(v), "으로도 문자 안내하겠습니다.\n")
    spk(members[1], "위원")
    d("동의합니다. 다만 ", N("갑", "placeholder_person"), " 단체와 ", N("을", "placeholder_person"),
      " 단체의 비교표는 익명으로 처리해 주십시오.\n")
    spk(chair, "위원장")
    d("그럼 원안대로 의결하겠습니다. ", P(members[-1]), " 위원께서 다음 회의 전까지 검토 의견을 주시기 바랍니다.\n\n")
    d("【의결 사항】 원안 가결(찬성 ", str(len(members) + 1), "인)\n")
    d("※ 회의록 문의: 간사 ", O_name(sec), " ", O_phone(sec))
    if r.random() < 0.6:
        d(" / ", O_mail(sec))
    d("\n")


@template("회의록")
def minutes_residents(d, r, v):
    ag = agency(v, "local")
    off = official(v, ag, "팀장")
    d(ag["name"], " ", r.choice(["주민 간담회", "주민자치회 정기회의", "공동주택 민원 조정 회의"]), " 결과\n")
    d("일시 ", ND(v, "korean"), " 19:00 / 장소 ", r.choice(["○○동 행정복지센터 2층", "주민센터 강당", "아파트 관리사무소 회의실"]), "\n")
    n_att = r.randint(4, 7)
    att = [v.name() for _ in range(n_att)]
    d("참석: ")
    for i, a in enumerate(att):
        d(P(a), r.choice(["", " 회장", " 총무", " 주민"]) if i < 2 else "", ", " if i < n_att - 1 else "")
    d(" / ", ag["dept"], " ", O_name(off), " ", off["title"], "\n\n")
    d("1. 불법 주차 문제\n")
    d("  - ", P(att[0]), ": 단지 입구에 ", plate(v), " 차량이 ", r.choice(["열흘째", "매일 밤", "주말마다"]),
      " 세워져 있습니다. 차주 연락처(", mob(v), "){로} 연락해도 받지 않습니다.\n")
    d("  - ", O_name(off), " ", off["title"], ": 단속 요청은 ", HOT(v), "이나 안전신문고로 하시면 됩니다.\n")
    d("2. 소음 민원\n")
    d("  - ", P(att[1]), ": ", r.choice(["302호", "1204호", "501호"]), " 세대(세대주 ", P(v.name()),
      "){와} 대화해 보았으나 해결되지 않았습니다.\n")
    d("  - ", P(att[2]), r.choice([" 씨", " 님"]), "{가} 다음 회의 때까지 중재안을 만들기로 함.\n")
    d("3. 연락망 정비\n")
    for a in att[:r.randint(2, 4)]:
        d("  · ", P(a), "  ", mob(v))
        if r.random() < 0.5:
            d("  ", em(v, a))
        d("\n")
    d("다음 회의: ", ND(v, "dot_spaced"), "\n")


@template("회의록")
def minutes_personnel(d, r, v):
    ag = agency(v, r.choice(["local", "central"]))
    d(ag["name"], " 인사위원회 회의록(", r.choice(["임용 심사", "경력경쟁 채용 면접 심사", "포상 심사"]), ")\n")
    d("■ 개최일: ", ND(v, "dot_padded"), "\n■ 위원: ")
    mem = [v.name() for _ in range(4)]
    d("위원장 ", P(mem[0]), "(", r.choice(["부시장", "부구청장", "기획조정실장"]), "), ")
    for i, m in enumerate(mem[1:]):
        d(P(m), ", " if i < 2 else "")
    d(" (외부위원 포함)\n■ 심사 대상자\n")
    sep = r.choice([" | ", "\t"])
    hdr = r.random() < 0.6
    if hdr:
        d("연번", sep, "성명", sep, "생년월일", sep, "연락처", sep, "비고\n")
    for i in range(r.randint(3, 5)):
        d(str(i + 1), sep, P(v.name()), sep, dob(v, date=v.birth(1970, 2001)), sep, mob(v), sep,
          r.choice(["적격", "적격", "보류", "부적격(결격사유)"]), "\n")
    d("■ 발언 요지\n")
    d("  ", P(mem[1]), " 위원: 3번 대상자는 서류상 경력 증명이 부족합니다.\n")
    d("  위원장: 보완 서류를 받아 재심사하도록 하겠습니다.\n")
    d("■ 의결: 적격자를 임용 후보자로 의결함. 위원장 ", P(mem[0]), " (서명)\n")


# ====================================================================== 수사 협조 공문
def _police_head(d, r, v, ag, recipient, subject):
    d(ag["name"], "\n\n수신  ", N(recipient, "company_name"), " ", r.choice(["준법감시부장", "법무팀장", "개인정보보호책임자", "고객정보관리팀장"]),
      "\n제목  수사 협조 요청(", subject, ")\n\n1. 귀 기관의 협조에 감사드립니다.\n")


@template("수사 협조 공문")
def police_telecom(d, r, v):
    ag = agency(v, "police")
    inv = official(v, ag)
    _police_head(d, r, v, ag, r.choice(["(주)케이티", "에스케이텔레콤(주)", "(주)엘지유플러스", "(주)한빛모바일"]), "통신자료 제공")
    d("2. 당서에서 수사 중인 ", r.choice(["사기", "전기통신금융사기", "협박", "스토킹처벌법 위반"]), " 사건(접수번호 ",
      N(f"{r.randint(2023, 2025)}-{v.digits(6)}", "case_number"), "){과} 관련하여 ", statute(r, "police"),
      "에 따라 아래 전화번호 가입자의 인적사항을 요청합니다.\n")
    for i in range(r.randint(2, 4)):
        d1, d2 = sorted([v.recent_date(), v.recent_date()])
        d("  ", "가나다라"[i], ". ", mob(v, r.choice(["dash", "dash", "plain"])), " (사용 기간 ", ND(v, "dot_padded_noend", d1), " ~ ",
          ND(v, "dot_padded_noend", d2), ")\n")
    d("3. 요청 사항: 가입자 성명, 주민등록번호, 주소, 가입·해지 일자\n")
    d("4. 참고로 피해자 ", P(v.name()), "(", rrn_adult(v), ")의 진술에 따르면 위 번호로 ", ND(v), " 입금을 요구받았습니다.\n")
    d("5. 회신 담당: ", ag["dept"], " ", inv["title"], " ", O_name(inv), " (☎ ", O_phone(inv), ", 팩스 ",
      land(v, ag["area"], "fax"), ", ", O_mail(inv), ")\n\n")
    d(N(ag["head"], "official_by_office"), "\n", N(ag["addr"], "institution_address"), " / 민원실 ", SW(v, ag["area"]),
      " / 긴급신고 ", N("112", "short_code"))


@template("수사 협조 공문")
def police_finance(d, r, v):
    ag = agency(v, "police")
    inv = official(v, ag)
    bank_name = r.choice(["KB국민은행", "신한은행", "NH농협은행", "우리은행", "카카오뱅크", "IBK기업은행"])
    _police_head(d, r, v, ag, bank_name, "금융거래정보 제공")
    d("2. 보이스피싱 피해금 이체 계좌에 대한 금융거래정보 제공을 요청합니다(", N("「금융실명거래 및 비밀보장에 관한 법률」 제4조 제1항 제1호", "statute"), ").\n\n")
    sep = r.choice([" | ", "\t", "  "])
    d("연번", sep, "은행", sep, "계좌번호", sep, "명의인", sep, "생년월일\n")
    for i in range(r.randint(2, 4)):
        b, ac = acct(v, bank_name if r.random() < 0.5 else None)
        d(str(i + 1), sep, b, sep, ac, sep, P(v.name()), sep, dob(v, date=v.birth(1960, 2004)), "\n")
    d("\n3. 요청 내용: 계좌 개설 시 제출된 신분증 사본 정보(주민등록번호·운전면허번호), 연결 체크카드 번호, 접속 IP\n")
    d("4. 피해자 ", P(v.name()), "{은} ", ND(v), " ", AMT(v), "{을} 위 1번 계좌로 이체하였고, 본인 신용카드(", card(v), "){로} 상품권을 구매하도록 유도되었습니다.\n")
    d("5. 담당: ", ag["dept"], " ", inv["title"], " ", O_name(inv), " ", O_phone(inv), "\n\n", N(ag["head"], "official_by_office"))


@template("수사 협조 공문")
def police_reply_bank(d, r, v):
    """회신 from a bank to police with subscriber data"""
    ag = agency(v, "police")
    inv = official(v, ag)
    bank_name = r.choice(["KB국민은행", "신한은행", "NH농협은행", "하나은행", "토스뱅크"])
    d(N(bank_name, "company_name"), " 준법감시부\n\n수신  ", ag["name"], "(", ag["dept"], " ", inv["title"], " ", O_name(inv), ")\n")
    d("제목  금융거래정보 제공(회신)\n\n1. 귀서 ", docno(v, ag), "(", ND(v), "){과} 관련하여 아래와 같이 회신합니다.\n\n")
    rows = r.randint(2, 3)
    for i in range(rows):
        b, ac = acct(v, bank_name)
        nm = v.name()
        d("[", str(i + 1), "] 계좌 ", ac, "\n")
        d("    명의인: ", P(nm), " / 주민등록번호: ", rrn_adult(v, "valid"), "\n")
        d("    주소: ", addr(v, postal=False), "\n")
        idc = r.choice(["운전면허증", "운전면허증", "주민등록증"])
        d("    실명확인 신분증: ", idc)
        if idc == "운전면허증":
            d("(", dl(v), ")")
        d("\n    연결 체크카드: ", card(v), " / 최근 접속 IP: ", ip(v, "pub"), "\n")
    d("\n2. 본 자료는 수사 목적 외에 사용할 수 없습니다.\n담당: 준법감시부 ", P(v.name()), " 과장 (", land(v), ")\n")


@template("수사 협조 공문")
def police_ip(d, r, v):
    ag = agency(v, "police")
    inv = official(v, ag)
    _police_head(d, r, v, ag, r.choice(["(주)한빛포털", "주식회사 누리커뮤니티", "(주)다온쇼핑"]), "접속기록 제공")
    d("2. 아래 계정의 접속기록(로그인 일시 및 IP) 제공을 요청합니다.\n")
    for i in range(r.randint(2, 3)):
        nm = v.name()
        d("  - 계정 ", em(v, nm if r.random() < 0.5 else None), " (가입자 추정: ", P(nm), ")\n")
    d("3. 당서가 확인한 접속 IP는 ", ip(v), ", ", ip(v))
    if r.random() < 0.4:
        d(", ", ip6(v))
    d("이며, 서버 버전(", N(r.choice(["10.0.19045.3803", "v2.14.311", "6.1.7601.24544"]), "version_number"), ") 정보는 불필요합니다.\n")
    d("4. 회신: ", ag["dept"], " ", O_name(inv), " ", inv["title"], " (", O_mail(inv), ", ", O_phone(inv), ")\n\n",
      N(ag["head"], "official_by_office"))


@template("수사 협조 공문")
def police_immig(d, r, v):
    ag = agency(v, "police")
    inv = official(v, ag)
    im = agency(v, "immig")
    d(ag["name"], "\n\n수신  ", N(im["name"] + "장", "official_by_office"),
      "\n제목  외국인 출입국 사실 및 체류 정보 조회 요청\n\n")
    d("1. 당서에서 수사 중인 ", r.choice(["「출입국관리법」 위반", "사기", "폭행"]), " 사건 관련 아래 외국인의 출입국 기록 조회를 요청합니다.\n\n")
    for i in range(r.randint(2, 4)):
        f = v.foreign()
        bd = v.birth(1965, 2003)
        d("  ", str(i + 1), ") ", PL(f) if r.random() < 0.6 else PT(f), " (", PH(f), ") / 국적 ", f["nat"], " / ")
        if r.random() < 0.75:
            d("외국인등록번호 ", frn(v, date=bd), " / ")
        d("여권번호 ", pp_f(v, f["nat"]), " / 생년월일 ", dob(v, foreign=True, date=bd), "\n")
    d("\n2. 대상자 중 1)은 ", ND(v), " 입국 후 ", r.choice(["사업장을 이탈하였고", "연락이 두절되었고"]), " 마지막 연락처는 ",
      mob(v), "입니다.\n3. 담당 ", inv["title"], " ", O_name(inv), " ☎ ", O_phone(inv), "\n\n", N(ag["head"], "official_by_office"))


@template("수사 협조 공문")
def police_vehicle(d, r, v):
    ag = agency(v, "police")
    inv = official(v, ag)
    loc = agency(v, "local")
    d(ag["name"], "\n\n수신  ", N(loc["head"] + "(차량민원과장)", "official_by_office"), "\n")
    d("제목  자동차 등록원부 및 운전면허 조회 협조\n\n1. ", r.choice(["뺑소니", "음주운전", "난폭운전", "차량 절도"]),
      " 사건 수사와 관련하여 아래 차량의 소유자 정보를 요청합니다.\n\n")
    for i in range(r.randint(2, 4)):
        d("  ", "가나다라"[i], ". 차량번호 ", plate(v), " — 소유자 ", P(v.name()), ", 운전면허번호 ", dl(v), "\n")
    d("\n2. 목격자 ", P(v.name()), "(연락처 ", mob(v), "){는} ", ND(v), " 새벽 해당 차량을 보았다고 진술하였습니다.\n")
    d("3. 담당: ", ag["dept"], " ", O_name(inv), " ", inv["title"], " (", O_phone(inv), ")\n", *footer(v, ag))
