"""Templates, part B: 공문, 회의록, 보도자료/news, 민원 회신, 판결문, call transcripts,
system logs, e-mail/messenger, contracts, vehicle notices, health insurance, no-PII docs."""
from gen_core import *  # noqa: F401,F403
from templates_a import (add_person, add_fperson, add_addr, add_phone, add, emit_table, person_cell,
                         org_name, ymd, roster_rows, ROSTER_TITLES, ORGS_CENTRAL, ORGS_LOCAL)

TITLES_OFF = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장", "계장", "연구관"]

# ================================================================= 공문


def gyeoljae(d, rng):
    """결재란: returns list of official persons used."""
    style = rng.choice(["line", "table", "line2"])
    roles = [("기안자", rng.choice(["주무관", "행정주사보", "주무관"])), ("검토자", rng.choice(["팀장", "사무관", "행정사무관"])),
             ("결재권자", rng.choice(["과장", "국장", "과장"]))]
    people = [ko_name(rng) for _ in roles]
    if style == "line":
        for i, ((r, t), p) in enumerate(zip(roles, people)):
            d.t(("   " if i else "") + r + " " + t + " ")
            if i == 2 and rng.random() < 0.5:
                d.t("전결 %02d/%02d " % (rng.randint(1, 12), rng.randint(1, 28)))
            d.s(PER, p["ko"], "name_ko")
        d.t("\n")
    elif style == "line2":
        d.t("  ".join(t for _, t in roles) + ("(전결)" if rng.random() < 0.5 else "") + "\n")
        for i, p in enumerate(people):
            d.t("   " if i else "")
            d.s(PER, p["ko"], "name_ko")
        d.t("\n")
    else:
        d.t("| 담당 | 검토 | 결재 |\n| ")
        for i, p in enumerate(people):
            d.t(" | " if i else "")
            d.s(PER, p["ko"], "name_ko")
        d.t(" |\n")
    if rng.random() < 0.5:
        d.t("협조자 %s " % rng.choice(["주무관", "사무관", "팀장"]))
        add_person(d, rng)
        d.t("\n")
    return people


def gongmun_footer(d, rng, drafter, dom, org):
    d.t("시행 ").h(*docno(rng)).t(" (").h(*ymd(rng)).t(")   접수\n")
    d.t("우 ").h("%05d" % rng.randint(1000, 63644), "postal_code").t(" ")
    area = {"서울": "02", "부산": "051", "경기": "031", "인천": "032", "대전": "042", "충청": "041", "전라": "061",
            "경상": "055"}.get(org[:2]) if " " in org else None
    if area:
        d.h("%s %s %d" % (org, rng.choice(["시청로", "구청로", "청사로", "중앙로"]), rng.randint(1, 300)), "institution_address")
    else:
        d.h(*gov_address(rng))
        area = rng.choice(["044", "044", "02"])
    d.t(" / www.%s.go.kr\n" % dom)
    d.t("전화번호 ")
    d.s(PHONE, *landline(rng, area, kind="official_direct"))
    d.t(rng.choice(["  팩스번호 ", "  전송 ", "  FAX "]))
    d.s(PHONE, *landline(rng, area, kind="official_fax"))
    if rng.random() < 0.7:
        d.t(" / ")
        add(d, EMAIL, official_email(rng, drafter))
    d.t(" / " + rng.choice(["대국민 공개", "부분공개(6)", "비공개(6)", "공개"]) + "\n")


def t_gongmun(rng):
    d = Doc()
    org, head, dom = rng.choice(ORGS)
    d.t(org + "\n")
    d.t("수신  " + rng.choice(["수신자 참조", "%s장(%s장)" % (rng.choice(ORGS_LOCAL), rng.choice(DEPTS)),
                             "%s장관(%s장)" % (rng.choice(ORGS_CENTRAL[:6]), rng.choice(DEPTS)), "내부결재"]) + "\n(경유)\n")
    topic = rng.choice(["lost_passport", "foreign_change", "dl_disposition", "subsidy_recovery", "leak_notice", "none", "none2"])
    subj = {"lost_passport": "여권 분실 신고자 통보", "foreign_change": "외국인 체류지 변경 사항 통보",
            "dl_disposition": "운전면허 행정처분 대상자 통보", "subsidy_recovery": "보조금 부정수급자 환수 계좌 통보",
            "leak_notice": "개인정보 유출 사실 통지 결과 보고", "none": "%d년 개인정보 보호 수준 진단 계획 알림" % rng.randint(2023, 2026),
            "none2": "정보공개 업무 처리 지침 개정 안내"}[topic]
    d.t("제목  " + subj + "\n\n")
    d.t("1. 관련: ").h(*docno(rng)).t("(").h(*ymd(rng)).t(").\n")
    d.t("2. ").h(*statute(rng)).t("에 따라 ")
    if topic == "lost_passport":
        d.t("아래와 같이 여권 분실 신고가 접수되어 통보하니 출입국 시 유의하시기 바랍니다.\n")
        hdr, rows = roster_rows(rng, "travelers", rng.randint(1, 3))
        hdr = ["연번", "성명", "영문성명", "여권번호", "생년월일", "연락처"]
        rows = [[r[0], r[3], r[4], r[5], r[6], r[7]] for r in rows]
        emit_table(d, rng, hdr, rows)
    elif topic == "foreign_change":
        d.t("체류지 변경신고 사항을 다음과 같이 통보합니다.\n")
        for i in range(rng.randint(1, 3)):
            f = foreign_name(rng)
            d.t("  %s. 성명: " % "가나다"[i])
            add_fperson(d, f, "latin")
            d.t(" / 외국인등록번호: ")
            add(d, FRN, frn(rng)[:2])
            d.t(" / 신 체류지: ")
            add_addr(d, rng, postal=False, ref=False)
            d.t("\n")
    elif topic == "dl_disposition":
        d.t("음주운전 등으로 행정처분 대상이 된 자를 아래와 같이 통보합니다.\n")
        hdr = ["성명", "운전면허번호", "처분내용", "처분일"]
        rows = []
        for i in range(rng.randint(2, 4)):
            c, p = person_cell(rng)
            rows.append([c, (DL,) + driver_license(rng), rng.choice(["면허정지 100일", "면허취소", "벌점 40점"]), ("HN",) + ymd(rng)])
        emit_table(d, rng, hdr, rows)
    elif topic == "subsidy_recovery":
        d.t("보조금 부정수급자에 대한 환수 조치를 위하여 아래 계좌 정보를 통보합니다.\n")
        for i in range(rng.randint(1, 3)):
            b = rng.choice(BANKS)
            d.t("  - ")
            add_person(d, rng)
            d.t("(")
            add(d, DOB, dob(rng, fmt=rng.choice([0, 4]))[:2])
            d.t("생) %s " % b[0])
            add(d, ACCT, account(rng, b)[:2])
            d.t(", 환수액 ").h(*amount(rng)).t("\n")
    elif topic == "leak_notice":
        d.t("%s 발생한 개인정보 유출 사고의 정보주체 통지 결과를 보고합니다.\n" % rng.choice(["홈페이지 게시판에서", "이메일 오발송으로"]))
        d.t("  가. 유출 항목: 성명, 휴대전화번호, 이메일\n  나. 통지 대상: 총 %d명 (예: ").h("김○○", "masked_name").t(", ")
        d.h("이**", "masked_name").t(")\n  다. 미통지자: ")
        add_person(d, rng)
        d.t("(")
        add_phone(d, rng, "mobile")
        d.t(") - 연락 두절\n")
    else:
        d.t("관련 계획을 알려드리니 기한 내 제출하여 주시기 바랍니다.\n  가. 제출 기한: ").h(*ymd(rng)).t("까지\n")
        d.t("  나. 문의: 정부민원안내콜센터 ").h("110", "short_code").t(", 대표전화 ").h(*switchboard(rng, False)).t("\n")
    d.t("붙임  %s 1부.  끝.\n\n" % rng.choice(["대상자 명단", "세부 계획", "관련 지침", "서식"]))
    d.h(head, "office_title").t("\n\n")
    people = gyeoljae(d, rng)
    gongmun_footer(d, rng, people[0], dom, org)
    return d, "gongmun_" + topic, "공문"


# ================================================================= 회의록

def t_minutes(rng):
    d = Doc()
    comm = rng.choice(["정보공개심의회", "개인정보 보호위원회 분과회의", "외국인주민 정책자문위원회", "교통안전위원회", "지방보조금심의위원회"])
    d.t("제%d차 %s 회의록\n" % (rng.randint(1, 12), comm))
    d.t("□ 일시: ").h(*ymd(rng)).t(" %02d:00~%02d:00\n" % ((h := rng.randint(9, 15)), h + 2))
    d.t("□ 장소: %s\n" % rng.choice(["정부세종청사 6동 대회의실", "구청 3층 소회의실", "시청 별관 회의실", "영상회의(온라인)"]))
    chair = ko_name(rng)
    mem = [ko_name(rng) for _ in range(rng.randint(3, 5))]
    sec = ko_name(rng)
    d.t("□ 참석자: 위원장 ")
    d.s(PER, chair["ko"], "name_ko")
    d.t(", 위원 ")
    sepc = rng.choice(["·", ", "])
    for i, m in enumerate(mem):
        d.t(sepc if i else "")
        d.s(PER, m["ko"], "name_ko")
    d.t(" (%d명), 간사 " % len(mem))
    d.s(PER, sec["ko"], "name_ko")
    d.t(" 주무관\n")
    if rng.random() < 0.4:
        f = foreign_name(rng)
        d.t("□ 배석: 외국인 주민 대표 ")
        add_fperson(d, f, rng.choice(["latin", "hangul", "title"]))
        d.t(" (%s)\n" % f["nat"])
    d.t("□ 안건: %s\n\n" % rng.choice(["정보공개 청구 건 부분공개 여부 심의", "외국인 주민 지원 조례 개정안", "개인정보 처리방침 개정안",
                                       "보조금 지급 대상자 선정 심의"]))
    d.t("【회의 내용】\n")
    speakers = [chair] + mem + [sec]
    fmt = rng.choice(["role_paren", "name_role", "plain"])
    for j in range(rng.randint(4, 7)):
        sp = rng.choice(speakers)
        role = "위원장" if sp is chair else ("간사" if sp is sec else "위원")
        if fmt == "role_paren":
            d.t(role + "(")
            d.s(PER, sp["ko"], "name_ko")
            d.t("): ")
        elif fmt == "name_role":
            d.t("○ ")
            d.s(PER, sp["ko"], "name_ko")
            d.t(" " + role + ": ")
        else:
            d.s(PER, sp["ko"], "name_ko")
            d.t(" " + role + "  ")
        line = rng.choice(["청구인이 요청한 자료 중 개인 식별 정보는 가리고 공개하는 것이 타당하다고 봅니다.",
                           "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호에 해당하는지 검토가 필요합니다.",
                           "지난 회의에서 보류된 안건은 오늘 다시 논의하겠습니다.",
                           "민원인에게는 결과를 서면으로 통지하겠습니다.",
                           "예산은 %s 범위에서 조정하겠습니다." % amount(rng)[0],
                           "원안대로 의결하는 데 이견 없으십니까?", "이견 없습니다.",
                           "관련 부서 의견을 추가로 받아 보고드리겠습니다."])
        d.t(line + "\n")
        if rng.random() < 0.2:
            d.t("   (참고: 민원인 ")
            add_person(d, rng)
            d.t(" 연락처 ")
            add_phone(d, rng, "mobile")
            d.t(")\n")
    d.t("\n□ 결과: " + rng.choice(["원안 의결", "수정 의결", "보류", "부분공개 결정"]) + "\n")
    d.t("작성자: 간사 ")
    d.s(PER, sec["ko"], "name_ko")
    if rng.random() < 0.6:
        d.t(" (")
        add_phone(d, rng, "landline")
        d.t(", ")
        add(d, EMAIL, official_email(rng, sec))
        d.t(")")
    d.t("\n")
    return d, "minutes_" + fmt, "회의록"


# ================================================================= 보도자료 / news

def t_press(rng):
    d = Doc()
    k = rng.choice(["press", "news", "news", "press"])
    org, head, _dom = rng.choice(ORGS)
    if k == "press":
        d.t("보도자료\n보도시점: ").h(*ymd(rng)).t("(%s) %s\n" % (rng.choice("월화수목금"), rng.choice(["12:00 이후", "배포 즉시", "06:00 이후"])))
    topic = rng.choice(["fraud", "award", "foreign", "accident", "volunteer"])
    head = {"fraud": "보이스피싱 피해 예방 유공 시민 표창", "award": "올해의 모범 공무원 선정", "foreign": "외국인 주민 정착 지원 성과",
            "accident": "빙판길 교통사고 인명 구조 시민에 감사장", "volunteer": "30년 무료 급식 봉사자에 국민훈장"}[topic]
    d.t(head + "\n")
    d.t("- %s, %d명에게 %s 수여\n\n" % (org, rng.randint(1, 5), rng.choice(["표창장", "감사장", "포상금"])))
    p1 = ko_name(rng)
    age = rng.randint(24, 78)
    place = rng.choice(["서울 마포구", "경기 수원시", "부산 해운대구", "인천 연수구", "충남 천안시", "전남 순천시"])
    d.t("%s는 %s에 사는 " % (org, place))
    d.s(PER, p1["ko"], "name_ko")
    d.t("(%d) 씨가 " % age)
    d.t({"fraud": "은행 창구에서 거액을 인출하려던 노인을 설득해 피해를 막았다고 밝혔다.",
         "award": "민원 처리 기간을 절반으로 줄인 공로로 선정됐다고 밝혔다.",
         "foreign": "결혼이민자 자조모임을 이끌며 정착을 도왔다고 밝혔다.",
         "accident": "빙판길에서 전복된 차량 운전자를 구조했다고 밝혔다.",
         "volunteer": "30년간 무료 급식 봉사를 해 왔다고 밝혔다."}[topic] + "\n")
    d.s(PER, p1["ko"], "name_ko")
    d.t(" 씨는 \"%s\"라고 말했다.\n" % rng.choice(["당연히 해야 할 일을 했을 뿐", "이웃과 함께한 시간이 가장 큰 보람", "앞으로도 계속하겠다"]))
    if topic == "foreign" or rng.random() < 0.25:
        f = foreign_name(rng)
        d.t("%s 출신 결혼이민자 " % f["nat"])
        add_fperson(d, f, "hangul")
        d.t("(%d) 씨도 \"한국어 교실 덕분에 일자리를 얻었다\"고 전했다.\n" % rng.randint(25, 50))
    if topic in ("fraud", "accident"):
        d.t("같은 날 현장에 있던 ").h("정 모", "masked_name").t("(%d) 씨는 익명을 요청했다. 피해자 " % rng.randint(30, 70))
        d.h("A씨", "anonymised_person").t("(%d)는 \"도움이 없었다면 큰일 날 뻔했다\"고 말했다.\n" % rng.randint(30, 80))
    else:
        d.t("수상자 가운데 ").h("박 모", "masked_name").t("(%d) 씨는 본인 요청에 따라 이름을 공개하지 않았다.\n" % rng.randint(30, 70))
    off = ko_name(rng)
    title = head[len(head) - 3:] if head.endswith("구청장") else head[len(head) - 2:]
    if rng.random() < 0.6:
        d.s(PER, off["ko"], "name_ko")
        d.t(" %s은 \"시민 여러분의 용기에 감사드린다\"고 말했다.\n" % title)
    else:
        d.h(head, "office_title").t("은 \"앞으로도 포상을 확대하겠다\"고 말했다.\n")
    d.t("시상식은 ").h(*ymd(rng)).t(" 열리며, 포상금은 ").h(*amount(rng)).t("이다. 문의는 대표전화(").h(*switchboard(rng, False)).t(").\n\n")
    if k == "press":
        r1, r2 = ko_name(rng), ko_name(rng)
        d.t("담당 부서  %s  책임자  과장  " % rng.choice(DEPTS))
        d.s(PER, r1["ko"], "name_ko")
        d.t(" (")
        d.s(PHONE, *landline(rng, rng.choice(["044", "02", "031"]), kind="official_direct"))
        d.t(")\n                    담당자  %s  " % rng.choice(["사무관", "주무관"]))
        d.s(PER, r2["ko"], "name_ko")
        d.t(" (")
        d.s(PHONE, *landline(rng, rng.choice(["044", "02", "031"]), kind="official_direct"))
        d.t(")\n")
    else:
        rep = ko_name(rng)
        d.t("[%s] " % rng.choice(["연합", "한빛일보", "세종신문", "KNN"]))
        d.s(PER, rep["ko"], "name_ko")
        d.t(" 기자 ")
        add(d, EMAIL, email(rng, rep, dom=rng.choice(["hanbitnews.co.kr", "sejongpress.kr", "gmail.com", "naver.com"])))
        d.t("\n")
    return d, "press_" + k + "_" + topic, "보도자료·기사"


# ================================================================= 민원 회신

def t_minwon(rng):
    d = Doc()
    d.t(rng.choice(["민원 처리 결과 통지", "국민신문고 민원 답변서", "민원회신"]) + "\n")
    d.t("접수번호: ").h(*receipt_no(rng)).t("\n")
    p = ko_name(rng)
    d.t("민원인: ")
    d.s(PER, p["ko"], "name_ko")
    d.t(" 귀하\n")
    if rng.random() < 0.7:
        d.t("주소: ")
        add_addr(d, rng, postal=rng.random() < 0.5)
        d.t("\n")
    d.t("\n1. 평소 %s 행정에 관심을 가져 주셔서 감사드립니다.\n" % org_name(rng))
    v = rng.random()
    subj = ("주민등록번호 정정" if v < 0.3 else "외국인 배우자 체류 연장" if v < 0.5 else
            "운전면허 행정처분 이의" if v < 0.7 else rng.choice(["보조금 미지급", "긴급생활지원금 지급"]))
    d.t("2. 귀하께서 ").h(*ymd(rng)).t(" 신청하신 민원(%s)에 대한 검토 결과를 다음과 같이 알려 드립니다.\n" % subj)
    if v < 0.3:
        d.t("  가. 귀하께서 제출하신 자료에 기재된 주민등록번호(")
        add(d, RRN, rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]))[:2])
        d.t(")와 전산 자료가 일치하지 않아 정정이 필요합니다.\n")
    elif v < 0.5:
        f = foreign_name(rng)
        d.t("  가. 배우자 ")
        add_fperson(d, f, rng.choice(["latin", "hangul"]))
        d.t("(외국인등록번호 ")
        add(d, FRN, frn(rng)[:2])
        d.t(")의 체류기간 연장은 ").h(*statute(rng)).t("에 따라 허가되었습니다.\n")
    elif v < 0.7:
        d.t("  가. 귀하의 운전면허(")
        add(d, DL, driver_license(rng))
        d.t(")에 대한 정지 처분은 ").h(*ymd(rng)).t("자로 감경되었습니다.\n")
    else:
        b = rng.choice(BANKS)
        d.t("  가. 보조금은 귀하께서 신고하신 %s 계좌(" % b[0])
        add(d, ACCT, account(rng, b)[:2])
        d.t(", 예금주 ")
        d.s(PER, p["ko"], "name_ko")
        d.t(")로 ").h(*ymd(rng)).t(" 지급될 예정입니다.\n")
    d.t("  나. 관련 규정: ").h(*statute(rng)).t("\n")
    if rng.random() < 0.5:
        d.t("  다. 처리 결과는 귀하께서 알려 주신 연락처(")
        add_phone(d, rng, "mobile")
        d.t(")와 전자우편(")
        add(d, EMAIL, email(rng, p))
        d.t(")으로도 안내해 드렸습니다.\n")
    d.t("3. 유사 사례(").h("김○○", "masked_name").t(" 민원, ").h(*receipt_no(rng)).t(")도 같은 기준으로 처리하였음을 알려 드립니다.\n")
    off = ko_name(rng)
    d.t("4. 추가 문의 사항은 %s %s " % (rng.choice(DEPTS), rng.choice(TITLES_OFF)))
    d.s(PER, off["ko"], "name_ko")
    d.t("(☎ ")
    d.s(PHONE, *landline(rng, rng.choice(["02", "031", "044", "051"]), kind="official_direct"))
    d.t(") 또는 정부민원안내콜센터(").h("110", "short_code").t(")로 연락 주시기 바랍니다.\n")
    return d, "minwon_reply", "민원 회신"


# ================================================================= 판결문

CRIMES = ["사기", "전자금융거래법위반", "도로교통법위반(음주운전)", "출입국관리법위반", "개인정보보호법위반", "횡령"]


def t_judgment(rng):
    d = Doc()
    masked = rng.random() < 0.4
    court = rng.choice(["서울중앙지방법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "인천지방법원"])
    crime = rng.choice(CRIMES)
    d.t(court + "\n판      결\n")
    d.t("사      건  ").h(*casenum(rng, True)).t("  " + crime + "\n")
    if masked:
        d.t("피  고  인  ").h(rng.choice(["A", "김○○", "B", "이○○"]), "anonymised_person").t(" (")
        d.h(rng.choice(["주민등록번호 생략", "80년생", "****"]), "masked_id_note").t("), %s\n" % rng.choice(["무직", "회사원", "자영업"]))
        d.t("주거  %s\n" % rng.choice(["서울 이하 생략", "경기도 이하 생략", "(생략)"]))
    else:
        defendant = ko_name(rng)
        foreign = crime == "출입국관리법위반"
        d.t("피  고  인  ")
        if foreign:
            f = foreign_name(rng)
            add_fperson(d, f, "latin")
            d.t(" (")
            add(d, FRN, frn(rng)[:2])
            d.t("), 국적 %s\n" % f["nat"])
        else:
            d.s(PER, defendant["ko"], "name_ko")
            d.t(" (")
            add(d, RRN, rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]))[:2])
            d.t("), %s\n" % rng.choice(["무직", "회사원", "자영업", "운전기사"]))
        d.t("주거  ")
        add_addr(d, rng, postal=False, ref=False)
        if not foreign and rng.random() < 0.6:
            d.t("\n등록기준지  ")
            add_addr(d, rng, postal=False, ref=False, form=rng.choice(["road_full", "lot"]))
        d.t("\n")
    d.t("검      사  ")
    add_person(d, rng)
    d.t("(기소), ")
    add_person(d, rng)
    d.t("(공판)\n변  호  인  변호사 ")
    add_person(d, rng)
    d.t(rng.choice(["(국선)", "(사선)", ""]) + "\n판 결 선 고  ").h(*ymd(rng)).t("\n\n주      문\n")
    d.t("피고인을 %s에 처한다.\n\n이      유\n범 죄 사 실\n" % rng.choice(["징역 1년", "징역 8월", "벌금 500만 원", "징역 1년 6월에 집행유예 2년"]))
    if masked:
        d.t("피고인은 ").h(*ymd(rng)).t("경 피해자 ").h(rng.choice(["B", "C", "박○○", "D"]), "anonymised_person")
        d.t("에게 전화하여 \"검찰청 수사관\"이라고 속여 ").h(*amount(rng)).t("을 송금받았다.\n")
    else:
        vic = ko_name(rng)
        b = rng.choice(BANKS)
        d.t("피고인은 ").h(*ymd(rng)).t("경 피해자 ")
        d.s(PER, vic["ko"], "name_ko")
        d.t("(%s, %d세)의 휴대전화(" % (rng.choice(["남", "여"]), rng.randint(20, 85)))
        add_phone(d, rng, "mobile")
        d.t(")로 전화하여 검찰청 수사관이라고 속이고, 피고인 명의의 %s 계좌(" % b[0])
        add(d, ACCT, account(rng, b)[:2])
        d.t(")로 ").h(*amount(rng)).t("을 송금받았다.\n")
        if rng.random() < 0.4:
            d.t("피고인은 같은 날 피해자 명의의 신용카드(")
            add(d, CARD, card(rng))
            d.t(")를 이용하여 ").h(*amount(rng)).t(" 상당을 결제하였다.\n")
    d.t("법령의 적용\n").h(*statute(rng)).t(", 형법 제347조제1항\n\n판사  ")
    add_person(d, rng)
    d.t("\n")
    return d, "judgment_" + ("masked" if masked else "unmasked"), "판결문"


# ================================================================= call centre

SPOKEN_DOM = {"naver.com": "네이버 닷컴", "gmail.com": "지메일 닷컴", "daum.net": "다음 닷넷", "hanmail.net": "한메일 닷넷",
              "nate.com": "네이트 닷컴", "kakao.com": "카카오 닷컴", "hotmail.com": "핫메일 닷컴", "outlook.kr": "아웃룩 닷 케이알"}


def spell_email(e, rng):
    loc, dom = e.split("@")
    loc_s = loc.replace(".", " 점 ").replace("_", " 언더바 ")
    return loc_s + " 골뱅이 " + SPOKEN_DOM[dom]


def unspell_email(s):
    inv = {v: k for k, v in SPOKEN_DOM.items()}
    loc, dom = s.split(" 골뱅이 ")
    return loc.replace(" 점 ", ".").replace(" 언더바 ", "_") + "@" + inv[dom]


def spell_digits(v, rng, style):
    if style == "hangul":
        return " ".join("".join(HANGUL_D[c] for c in g) for g in v.replace(" ", "-").replace(".", "-").split("-") if g)
    if style == "particle":
        return "에 ".join(g for g in v.split("-"))
    return v


def t_call(rng):
    d = Doc()
    org = rng.choice(["카드사 분실신고센터", "구청 민원콜센터", "여권민원 상담실", "출입국 상담센터", "건강보험 고객센터"])
    d.t("[상담 녹취록] 상담번호 ").h(*receipt_no(rng)).t(" / 상담일시 ").h(*ymd(rng)).t(" / 상담원 ").h(*user_id(rng)).t("\n")
    agent = ko_name(rng)
    d.t("상담원: 안녕하십니까, %s 상담원 " % org)
    d.s(PER, agent["ko"], "name_ko")
    d.t("입니다.\n")
    foreign = "출입국" in org and rng.random() < 0.8
    if foreign:
        f = foreign_name(rng)
        d.t("고객: 안녕하세요. 저는 %s 사람 " % f["nat"])
        add_fperson(d, f, rng.choice(["hangul", "title"]))
        d.t("이에요. 체류 연장 때문에요.\n상담원: 외국인등록번호 말씀해 주시겠어요?\n고객: ")
        add(d, FRN, frn(rng, sep=rng.choice(["-", " ", ""]))[:2])
        d.t(" 이요.\n상담원: 여권번호도 확인하겠습니다.\n고객: ")
        add(d, PASS, passport_foreign(rng, f["code"]))
        d.t("요.\n")
    else:
        p = ko_name(rng)
        d.t("고객: 네, %s 문의하려고요.\n상담원: 본인 확인을 위해 성함과 생년월일 말씀 부탁드립니다.\n고객: " % rng.choice(["카드 분실", "여권 재발급", "과태료", "보험료 환급"]))
        d.s(PER, p["ko"], "name_ko")
        d.t("이고요, ")
        b = birth(rng)
        if rng.random() < 0.5:
            d.s(DOB, "%02d년 %d월 %d일" % (b[0] % 100, b[1], b[2]), "dob_spoken")
        else:
            add(d, DOB, dob(rng, b, fmt=5)[:2])
        d.t("이요.\n")
        if "카드" in org or rng.random() < 0.35:
            d.t("상담원: 분실하신 카드 번호 알고 계신가요?\n고객: 네, " if "카드" in org else
                "상담원: 수수료는 카드로 결제하시겠어요? 카드번호 불러 주세요.\n고객: 네, ")
            add(d, CARD, card(rng, fmt=rng.choice([" ", "-", ""])))
            d.t(" 이요.\n")
        if "여권" in org:
            d.t("상담원: 기존 여권번호 아시면 불러 주세요.\n고객: ")
            add(d, PASS, passport_kr(rng))
            d.t(" 입니다.\n")
        if rng.random() < 0.4:
            b2 = rng.choice(BANKS)
            d.t("상담원: 환급받으실 계좌 불러 주세요.\n고객: %s " % b2[0])
            add(d, ACCT, account(rng, b2)[:2])
            d.t(", 예금주는 제 이름이요.\n")
    d.t("상담원: 결과 안내받으실 연락처 부탁드립니다.\n고객: ")
    v, k = mobile(rng, "-")
    st = rng.choice(["digits", "hangul", "hangul", "particle"])
    sv = spell_digits(v, rng, st)
    d.s(PHONE, sv, "phone_spoken_" + st if st != "digits" else "mobile", clean=v)
    d.t(" 이요.\n")
    if rng.random() < 0.6:
        d.t("상담원: 이메일로도 보내 드릴까요?\n고객: 네, ")
        e = email(rng, None)[0] if foreign else email(rng, p)[0]
        if rng.random() < 0.6:
            d.s(EMAIL, spell_email(e, rng), "email_spelled", clean=e)
        else:
            d.s(EMAIL, e, "email")
        d.t(" 로 보내 주세요.\n")
    d.t("상담원: 확인되었습니다. 추가 문의는 고객센터 ").h("%s-%04d" % (rng.choice(["1588", "1577", "1644", "1899"]), rng.randint(1000, 9999)), "switchboard_15xx").t("번으로 연락 주세요. 상담원 ")
    d.s(PER, agent["ko"], "name_ko")
    d.t("이었습니다.\n")
    return d, "call_" + ("foreign" if foreign else "ko"), "상담 녹취"


# ================================================================= system logs

def ts(rng):
    return "%d-%02d-%02dT%02d:%02d:%02d.%03d+09:00" % (rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                                     rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def t_syslog(rng):
    d = Doc()
    k = rng.choice(["app", "access", "mail", "app"])
    n = rng.randint(4, 8)
    for i in range(n):
        if k == "access":
            add(d, IP, ipv4(rng) if rng.random() < 0.9 else ipv6(rng))
            d.t(" - ").h(*user_id(rng)).t(" [%02d/Mar/2025:%02d:%02d:%02d +0900] \"%s /%s HTTP/1.1\" %d %d\n" % (
                rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.choice(["GET", "POST"]),
                rng.choice(["minwon/view?id=%d" % rng.randint(1, 99999), "login", "api/v1/cert", "board/list"]),
                rng.choice([200, 200, 302, 404, 500]), rng.randint(200, 99999)))
            continue
        d.h(ts(rng), "timestamp").t(" " + rng.choice(["INFO ", "WARN ", "ERROR", "DEBUG"]) + " ")
        r = rng.random()
        if k == "mail":
            d.t("postfix/smtp[%d]: %s: to=<" % (rng.randint(1000, 65000), "".join(rng.choice("0123456789ABCDEF") for _ in range(10))))
            add(d, EMAIL, email(rng, ko_name(rng)))
            d.t(">, relay=mx%d.%s:25, status=%s\n" % (rng.randint(1, 4), rng.choice(["naver.com", "google.com", "daum.net"]),
                                                     rng.choice(["sent (250 OK)", "deferred", "bounced"])))
        elif r < 0.25:
            d.t("[auth] login success uid=").h(*user_id(rng)).t(" src_ip=")
            add(d, IP, ipv4(rng))
            d.t(" agent=\"Windows NT ").h(*version_no(rng)).t("\"\n")
        elif r < 0.5:
            p = ko_name(rng)
            d.t("[minwon-api] request body={\"name\":\"")
            d.s(PER, p["ko"], "name_ko")
            d.t("\",\"%s\":\"" % rng.choice(["rrn", "juminNo", "resNo"]))
            add(d, RRN, rrn(rng, sep=rng.choice(["-", ""]))[:2])
            d.t("\",\"tel\":\"")
            add(d, PHONE, mobile(rng, rng.choice(["", "-"])))
            d.t("\"}\n")
        elif r < 0.7:
            d.t("[payment] approve failed card_no=")
            add(d, CARD, card(rng, fmt=""))
            d.t(" amount=%d code=%s user=" % (rng.randint(1, 500) * 100, rng.choice(["E051", "E102", "TIMEOUT"])))
            d.h(*user_id(rng)).t("\n")
        elif r < 0.85:
            d.t("[notify] sms sent to=")
            add(d, PHONE, mobile(rng, ""))
            d.t(" template=MW_RESULT_%02d\n" % rng.randint(1, 30))
        else:
            d.t("[batch] refund account verify acct_no=")
            add(d, ACCT, account(rng, fmt="")[:2])
            d.t(" holder=")
            add_person(d, rng)
            d.t(" result=%s\n" % rng.choice(["OK", "MISMATCH"]))
    return d, "syslog_" + k, "시스템 로그"


# ================================================================= e-mail / messenger

def t_email(rng):
    d = Doc()
    k = rng.choice(["email", "email", "messenger"])
    p = ko_name(rng)
    off = ko_name(rng)
    if k == "email":
        d.t("보낸 사람: ")
        d.s(PER, p["ko"], "name_ko")
        d.t(" <")
        e = email(rng, p)[0]
        d.s(EMAIL, e, "email")
        d.t(">\n받는 사람: ")
        d.s(PER, off["ko"], "name_ko")
        d.t(" <")
        add(d, EMAIL, official_email(rng, off))
        d.t(">\n")
        if rng.random() < 0.45:
            d.t("X-Originating-IP: [")
            add(d, IP, ipv4(rng, False))
            d.t("]\n")
        d.t("제목: %s\n\n" % rng.choice(["서류 보완 제출합니다", "여권 재발급 관련 문의", "체류기간 연장 서류", "보조금 계좌 변경 요청"]))
        d.s(PER, off["ko"], "name_ko")
        d.t(" 주무관님, 안녕하세요.\n")
        d.t("요청하신 서류 보내 드립니다. ")
        r = rng.random()
        if r < 0.35:
            v, _ = mobile(rng, "-")
            st = rng.choice(["hangul", "mixed"])
            if st == "hangul":
                sv = spell_digits(v, rng, "hangul")
            else:
                g = v.split("-")
                sv = g[0] + "-" + "".join(HANGUL_D[c] for c in g[1]) + "-" + g[2]
            d.t("제 연락처는 ")
            d.s(PHONE, sv, "phone_written_hangul_" + st, clean=v)
            d.t("입니다. ")
        else:
            d.t("연락은 ")
            add_phone(d, rng, "mobile")
            d.t("로 부탁드립니다. ")
        if rng.random() < 0.5:
            e2 = email(rng, p, dom=rng.choice(list(SPOKEN_DOM)))[0]
            d.t("회신은 개인 메일 ")
            if rng.random() < 0.5:
                d.s(EMAIL, spell_email(e2, rng), "email_spelled", clean=e2)
            else:
                loc, dom = e2.split("@")
                sv = loc + " [at] " + dom.replace(".", " [dot] ")
                d.s(EMAIL, sv, "email_obfuscated", clean=e2)
            d.t("로 주셔도 됩니다.\n")
        else:
            d.t("\n")
        if rng.random() < 0.5:
            b = rng.choice(BANKS)
            d.t("변경할 계좌는 %s " % b[0])
            add(d, ACCT, account(rng, b)[:2])
            d.t(" (예금주 ")
            d.s(PER, p["ko"], "name_ko")
            d.t(")입니다.\n")
        if rng.random() < 0.4:
            d.t("여권번호는 ")
            add(d, PASS, passport_kr(rng))
            d.t(", 운전면허번호는 ")
            add(d, DL, driver_license(rng))
            d.t("입니다.\n")
        d.t("감사합니다.\n")
        d.s(PER, p["ko"], "name_ko")
        d.t(" 드림\n")
        if rng.random() < 0.5:
            d.t("-- \n")
            d.s(PER, p["ko"], "name_ko")
            d.t(" | %s | M. " % rng.choice(["(주)한솔디자인", "프리랜서", "○○협동조합"]))
            add_phone(d, rng, "mobile")
            d.t(" | E. ")
            d.s(EMAIL, e, "email")
            d.t("\n")
    else:
        d.t("카카오톡 대화 내보내기 - %s 님과 나눈 대화\n" % "주민센터 복지팀")
        d.t("저장한 날짜 : ").h(*ymd(rng)).t("\n\n")
        for j in range(rng.randint(3, 6)):
            me = rng.random() < 0.5
            d.t("[")
            if me:
                d.s(PER, p["ko"], "name_ko")
            else:
                d.t("주민센터 복지팀")
            d.t("] [%s %d:%02d] " % (rng.choice(["오전", "오후"]), rng.randint(1, 12), rng.randint(0, 59)))
            r = rng.random()
            if me and r < 0.3:
                b = rng.choice(BANKS)
                d.t("계좌번호 보내드려요 %s " % b[0])
                add(d, ACCT, account(rng, b)[:2])
            elif me and r < 0.55:
                d.t("제 번호 ")
                add_phone(d, rng, "mobile")
                d.t(" 이에요")
            elif me and r < 0.75:
                d.t("주민번호 ")
                add(d, RRN, rrn(rng)[:2])
                d.t(" 입니다")
            elif me:
                d.t("카드번호는 ")
                add(d, CARD, card(rng))
                d.t(" 이고 유효기간 ").h("%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31)), "card_expiry").t("요")
            else:
                d.t(rng.choice(["네 확인했습니다", "서류 사진 보내주세요", "주민번호 뒷자리는 보내지 마세요 ^^", "처리 완료되었습니다"]))
            d.t("\n")
    return d, k, "이메일·메신저"


# ================================================================= contracts

def t_contract(rng):
    d = Doc()
    d.t(rng.choice(["물품 구매 계약서", "용역 계약서", "차량 임대차 계약서"]) + "\n")
    d.t("계약번호 ").h(*bid_no(rng)).t("\n발주기관(갑): %s   주소: " % org_name(rng)).h(*gov_address(rng)).t("\n")
    co = rng.choice(["(주)한빛엔지니어링", "(주)새한테크", "대원산업(주)", "(주)그린물산", "동해렌터카", "(주)다온시스템"])
    corp = rng.random() < 0.6
    d.t("계약상대자(을): %s\n  대표자: " % co)
    rep = add_person(d, rng)
    d.t("\n  사업자등록번호: ")
    add(d, BRN, brn(rng))
    if corp:
        d.t("   법인등록번호: ")
        add(d, CRN, crn(rng))
    else:
        d.t("   대표자 생년월일: ")
        add(d, DOB, dob(rng)[:2])
    d.t("\n  주소: ")
    add_addr(d, rng, postal=rng.random() < 0.4, ref=False)
    d.t("\n  전화: ")
    add_phone(d, rng, "landline")
    d.t("   담당자: ")
    mgr = add_person(d, rng)
    d.t(" (")
    add_phone(d, rng, "mobile")
    d.t(", ")
    add(d, EMAIL, email(rng, mgr, dom=rng.choice(["hanbit-eng.co.kr", "saehan.kr", "gmail.com", "daonsys.com"])))
    a, b = date_range(rng)
    d.t(")\n계약금액: ").h(*amount(rng)).t("  계약기간: ").h(*a).t(" ~ ").h(*b).t("\n")
    b = rng.choice(BANKS)
    d.t("대금 지급 계좌: %s " % b[0])
    add(d, ACCT, account(rng, b)[:2])
    d.t(" 예금주 ")
    if corp:
        d.h(co, "company_name")
    else:
        d.s(PER, rep["ko"], "name_ko")
    d.t("\n나라장터 공고번호 ").h(*bid_no(rng)).t("\n")
    if "차량" in d.parts[0][1]:
        d.t("임차 차량: ")
        add(d, PLATE, plate(rng, rng.choice(["rental", "commercial", "3d"])))
        d.t("   운전자 ")
        add_person(d, rng)
        d.t(" 면허번호 ")
        add(d, DL, driver_license(rng))
        d.t("\n")
    d.t("위 계약을 증명하기 위하여 계약서 2부를 작성하여 각 1부씩 보관한다.\n")
    return d, "contract" + ("_corp" if corp else "_sole"), "계약서"


# ================================================================= vehicle notices

def t_vehicle(rng):
    d = Doc()
    k = rng.choice(["fine", "rental"])
    p = ko_name(rng)
    if k == "fine":
        d.t("주정차위반 과태료 부과 사전통지서\n고지번호 ").h(*mgmt_no(rng)).t("\n")
        d.t("차량번호: ")
        add(d, PLATE, plate(rng))
        d.t("   차종: %s\n소유자: " % rng.choice(["승용", "승합", "화물"]))
        d.s(PER, p["ko"], "name_ko")
        d.t("   (")
        add(d, RRN, rrn(rng, "rrn_masked")[:2])
        d.t(")\n주소: ")
        add_addr(d, rng, postal=True)
        d.t("\n위반일시: ").h(*ymd(rng)).t(" %02d:%02d   위반장소: %s\n" % (rng.randint(0, 23), rng.randint(0, 59),
                                                                 rng.choice(["망원역 2번 출구 앞", "○○초등학교 정문 어린이보호구역", "시장 입구 버스정류장"])))
        d.t("과태료: ").h(*amount(rng)).t("  (의견진술 기한 ").h(*ymd(rng)).t("까지)\n")
        d.t("납부: 위택스 또는 고지서 납부\n문의: 교통행정과 ").h(*switchboard(rng)).t("\n")
    else:
        d.t("자동차 대여 계약서\n임차인 성명: ")
        d.s(PER, p["ko"], "name_ko")
        d.t("   생년월일: ")
        add(d, DOB, dob(rng)[:2])
        d.t("\n운전면허번호: ")
        add(d, DL, driver_license(rng))
        d.t("   면허종별: %s\n" % rng.choice(["1종보통", "2종보통"]))
        if rng.random() < 0.5:
            d.t("제2운전자: ")
            add_person(d, rng)
            d.t("  면허번호: ")
            add(d, DL, driver_license(rng))
            d.t("\n")
        d.t("연락처: ")
        add_phone(d, rng, "mobile")
        d.t("   주소: ")
        add_addr(d, rng, ref=False)
        d.t("\n대여차량: ")
        add(d, PLATE, plate(rng, "rental"))
        a, b = date_range(rng)
        d.t("   대여기간: ").h(*a).t(" ~ ").h(*b).t("\n보증금 결제카드: ")
        add(d, CARD, card(rng))
        d.t("   금액: ").h(*amount(rng)).t("\n대여사업자: 동해렌터카 사업자등록번호 ")
        add(d, BRN, brn(rng))
        d.t("\n")
    return d, "vehicle_" + k, "차량·교통"


# ================================================================= health insurance

def t_health(rng):
    d = Doc()
    p = ko_name(rng)
    d.t("건강보험 자격득실 확인서\n발급번호 ").h(*receipt_no(rng)).t("\n")
    d.t("성명: ")
    d.s(PER, p["ko"], "name_ko")
    d.t("   주민등록번호: ")
    add(d, RRN, rrn(rng, "rrn_valid" if rng.random() < 0.3 else "rrn_masked")[:2])
    d.t("\n건강보험증번호: ")
    add(d, HI, health_ins(rng))
    d.t("\n가입자 구분 | 사업장 명칭 | 자격 취득일 | 자격 상실일\n")
    for i in range(rng.randint(1, 3)):
        d.t(rng.choice(["직장가입자", "지역가입자", "직장피부양자"]) + " | " + rng.choice(["(주)한빛엔지니어링", "-", "○○병원", "대원산업(주)"]) + " | ")
        a, b = date_range(rng, 2010, 2023)
        d.h(*a).t(" | ")
        if rng.random() < 0.5:
            d.h(*b)
        else:
            d.t("-")
        d.t("\n")
    if rng.random() < 0.5:
        d.t("피부양자: ")
        add_person(d, rng)
        d.t(" (")
        add(d, RRN, rrn(rng, "rrn_post2020" if rng.random() < 0.5 else "rrn_valid")[:2])
        d.t(")\n")
    d.t("위 사실을 확인합니다. 국민건강보험공단 이사장 (고객센터 ").h("1577-1000", "switchboard_15xx").t(")\n")
    return d, "health_cert", "증명서"


# ================================================================= no-PII documents

def t_nopii(rng):
    d = Doc()
    k = rng.choice(["guide", "notice", "stats", "blank_form", "faq"])
    if k == "guide":
        d.t("개인정보 보호 업무 안내\n")
        d.t("1. 주민등록번호는 ").h(*statute(rng)).t("에 근거가 있는 경우에만 처리할 수 있습니다.\n")
        d.t("2. 서식의 작성 예시에는 ").h("홍길동", "form_example_name").t("(").h("000000-0000000", "placeholder_id").t(")과 같이 가상의 정보를 사용합니다.\n")
        d.t("3. 익명 처리 예: ").h("김○○", "masked_name").t(", ").h("박**", "masked_name").t(", ").h("정 모 씨", "masked_name").t("\n")
        d.t("4. 문의: 개인정보 침해신고센터 ").h("118", "short_code").t(", 대표전화 ").h(*switchboard(rng)).t("\n")
    elif k == "notice":
        d.t("%s 공고 제%d-%d호\n" % (org_name(rng), rng.randint(2023, 2025), rng.randint(1, 2999)))
        d.t(rng.choice(["공유재산 대부 입찰 공고", "물품 구매 입찰 공고", "청사 시설관리 용역 입찰 공고"]) + "\n")
        d.t("1. 입찰 번호: ").h(*bid_no(rng)).t("\n2. 관리번호: ").h(*mgmt_no(rng)).t("\n3. 예정가격: ").h(*amount(rng)).t("\n")
        a, b = date_range(rng)
        d.t("4. 입찰 기간: ").h(*a).t(" ~ ").h(*b).t("\n5. 장소: ").h(*gov_address(rng)).t("\n")
        d.t("6. 근거: ").h(*statute(rng)).t("\n7. 문의: %s (" % rng.choice(DEPTS)).h(*switchboard(rng)).t(")\n")
    elif k == "stats":
        d.t("%d년 외국인 주민 현황 통계\n" % rng.randint(2022, 2025))
        d.t("국적 | 인원 | 전년 대비\n")
        for nat in rng.sample(NATIONS, 4):
            d.t("%s | %s명 | %+.1f%%\n" % (nat, "{:,}".format(rng.randint(1000, 250000)), rng.uniform(-5, 12)))
        d.t("자료: 출입국·외국인정책본부 (기준일 ").h(*ymd(rng)).t("), 통계 문의 ").h(*switchboard(rng)).t("\n")
    elif k == "blank_form":
        d.t("운전면허증 재발급 신청서 (작성 예시)\n성명: ").h("홍길동", "form_example_name").t("\n주민등록번호: ")
        d.h("000000-0000000", "placeholder_id").t("\n운전면허번호: ").h("00-00-000000-00", "placeholder_id").t("\n")
        d.t("연락처: ").h("010-0000-0000", "placeholder_phone").t("\n주소: ○○시 ○○구 ○○로 00\n※ 위 내용은 작성 예시입니다. 문의 ").h("1577-1120", "switchboard_15xx").t("\n")
    else:
        d.t("자주 묻는 질문 (FAQ)\nQ. 여권 분실 시 어떻게 하나요?\nA. 가까운 여권사무 대행기관에 신고하시고, 해외에서는 영사콜센터(")
        d.h("+82-2-3210-0404", "institution_phone").t(")로 연락하세요.\n")
        d.t("Q. 외국인등록증 재발급 수수료는?\nA. ").h(*fee(rng)).t("이며, 외국인종합안내센터 ").h("1345", "short_code").t("에서 안내합니다.\n")
        d.t("Q. 민원 처리 기한은?\nA. ").h(*statute(rng)).t("에 따라 ").h("7일", "duration").t(" 이내 처리합니다. 접수번호 예: ").h(*receipt_no(rng)).t("\n")
    return d, "nopii_" + k, "안내·공고(무PII)"
