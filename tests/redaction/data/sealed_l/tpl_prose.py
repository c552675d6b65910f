# -*- coding: utf-8 -*-
"""Running prose: news, press releases, 민원 replies, minutes, incident and
audit reports, court judgments."""
from core import *  # noqa
from common import *  # noqa

JOBS = ["회사원", "자영업자", "대학생", "주부", "택시기사", "공무원", "농업인", "간호사", "교사", "배달원", "무직"]
QUOTE_VERBS = ["고 말했다.", "고 밝혔다.", "고 덧붙였다.", "고 전했다.", "고 강조했다.", "며 울먹였다.",
               "며 아쉬움을 나타냈다."]
QUOTES = ["처음에는 믿기지 않았다", "주민들이 함께 도와준 덕분이다", "같은 일이 반복되지 않도록 제도를 고쳐야 한다",
          "현장 목소리를 더 듣겠다", "작은 관심이 큰 변화를 만든다고 생각한다", "행정이 너무 늦었다",
          "지원 대상을 넓히는 방안을 검토하겠다", "앞으로도 지역을 위해 봉사하겠다",
          "국민이 체감할 수 있도록 꼼꼼히 챙기겠다", "서류 없이도 신청할 수 있게 된 점이 가장 편했다"]


def _rp(rng, x):
    return "(%s)" % x


def t_news(rng, d):
    st = rng.randrange(6)
    reg = rng.choice(REGIONS)
    city = reg[1][0]
    sgg = rng.choice(reg[2]) or rng.choice(reg[3])
    dt = rand_date(rng, 2024, 2025)
    dd = "%d일" % dt.day
    if st == 0:  # traffic accident
        drv = person(rng)
        vic = person(rng)
        a1, a2 = rng.randint(21, 78), rng.randint(16, 85)
        pl = plate(rng, rng.choice(["p2", "p3", "commercial", "region"]))
        d.ln("{0} 교차로서 보행자 치어…{1}대 운전자 입건", sgg, str(a1 // 10 * 10))
        d.ln()
        d.ln("%s 오후 %d시 %d분께 %s %s의 한 교차로에서 {0}%s씨가 몰던 승용차가 횡단보도를 건너던 {1}%s씨를 들이받았다." % (
            dd, rng.randint(1, 11), rng.randint(1, 59), city, sgg, _rp(rng, a1), _rp(rng, a2)), drv, vic)
        d.ln("이 사고로 {0}씨가 다리 등을 크게 다쳐 인근 병원으로 옮겨졌으나 생명에는 지장이 없는 것으로 전해졌다.", vic)
        d.ln("경찰에 따르면 {0} 승용차는 신호를 무시하고 우회전하다 사고를 낸 것으로 조사됐다.", pl)
        d.ln("경찰은 {0}씨를 {1} 위반 혐의로 불구속 입건하고 블랙박스 영상을 분석하고 있다.", drv,
             N(rng.choice(["「교통사고처리 특례법」", "「도로교통법」"]), "statute"))
        if rng.random() < 0.5:
            w = person(rng)
            d.ln("사고를 목격한 인근 상인 {0}%s씨는 \"차가 멈추지 않고 그대로 돌았다\"고 말했다." % _rp(rng, rng.randint(30, 70)), w)
    elif st == 1:  # award
        p = person(rng)
        age = rng.randint(19, 80)
        job = rng.choice(JOBS)
        org = rng.choice(["한빛시", "새솔구", "가람군", "한빛소방서", "새솔경찰서"])
        d.ln("%s, 물에 빠진 어린이 구한 {0}씨에 '의로운 시민상'" % org, p)
        d.ln()
        d.ln(("%s" + J(org, "은/는") + " %s 청사 접견실에서 {0}씨(%d·%s)에게 의로운 시민상을 수여했다고 밝혔다.") % (org, dd, age, job), p)
        d.ln("{0}씨는 지난달 %s 하천에서 물에 빠진 초등학생을 발견하고 곧바로 뛰어들어 구조했다." % sgg, p)
        d.ln("{0}씨는 \"%s\"%s" % (rng.choice(QUOTES), rng.choice(QUOTE_VERBS)), p)
        mayor = person(rng)
        ot = office_title(rng)
        d.ln("시상식에 참석한 {0} {1}%s \"용기 있는 행동에 감사드린다\"고 말했다." % J(ot, "은/는"), mayor, ot)
    elif st == 2:  # council / policy
        off = person(rng)
        mem = person(rng)
        mem2 = person(rng)
        d.ln("[%s] '청년 월세 지원' 두고 의회-집행부 공방" % sgg)
        d.ln()
        d.ln("%s의회 {0} 의원(%s)은 %s 열린 임시회 5분 자유발언에서 \"지원 요건이 지나치게 까다롭다\"고 지적했다." % (
            sgg, rng.choice(["더불어민주당", "국민의힘", "무소속", "조국혁신당"]), dd), mem)
        d.ln("이에 대해 {0} 청년정책과장은 \"%s\"며 \"하반기 중 기준을 손보겠다\"고 답했다." % rng.choice(QUOTES), off)
        d.ln("같은 당 {0} 의원도 \"신청 서류만 열 가지가 넘는다\"며 {1} 의원의 의견에 힘을 실었다.", mem2, mem)
        if rng.random() < 0.5:
            cit = person(rng)
            d.ln("방청석에 있던 대학생 {0}%s씨는 \"두 번 떨어지고 포기했다\"고 털어놨다." % _rp(rng, rng.randint(20, 29)), cit)
    elif st == 3:  # foreign names
        fn = foreign(rng)
        fl = title_case(fn[0])
        ko = person(rng)
        d.ln("외국인 주민 %d만 명 시대…%s, 다국어 민원창구 연다" % (rng.randint(2, 9), sgg))
        d.ln()
        d.ln(("%s" + J(sgg, "은/는") + " 다음 달부터 청사 1층에 다국어 민원창구를 운영한다고 %s 밝혔다.") % (sgg, dd))
        d.ln("창구 개설을 제안한 %s 출신 결혼이민자 {0}({1})씨는 \"서류 한 장 떼는 데 하루가 걸렸다\"고 말했다." % fn[3],
             P("PERSON", fn[1], "foreign_hangul"), P("PERSON", fl, "foreign_latin"))
        d.ln("{0}씨는 현재 통역 봉사단 '함께'를 이끌고 있다.", P("PERSON", fn[1], "foreign_hangul"))
        d.ln("{0} 구청장 직무대리는 \"외국인 주민도 똑같은 구민\"이라고 강조했다.", ko)
        if rng.random() < 0.4:
            d.ln("문의는 외국인종합안내센터({0})나 구청 다문화팀({1})으로 하면 된다.", N("1345", "short_code"),
                 phone(rng, "landline"))
    elif st == 4:  # obituary
        dec = person(rng)
        rel = [person(rng) for _ in range(rng.randint(2, 4))]
        d.ln("[부고]")
        d.ln("▲{0}씨 별세, {1}씨 %s상, {2}씨 %s상 = %s, %s 장례식장 %d호실, 발인 %s, ☎{3}" % (
            rng.choice(["남편", "부인", "부친", "모친"]), rng.choice(["부친", "모친", "장인", "시부"]), dd,
            rng.choice(["한빛병원", "새솔의료원", "가람성모병원"]), rng.randint(1, 12), "%d일 오전 %d시" % (min(dt.day + 2, 28), rng.randint(5, 9))),
             dec, rel[0], rel[1], phone(rng, "landline", rng.choice(["-", "-", ")"])))
        for r_ in rel[2:]:
            d.ln("▲{0}씨(%s) 부친상" % rng.choice(["한빛일보 기자", "새솔구청 주무관", "자영업", "교사"]), r_)
    else:  # personnel news
        ag = agency(rng)
        d.ln("[인사] %s" % ag[0])
        d.ln("◇ %s" % rng.choice(["국장급 전보", "과장급 전보", "승진"]))
        for _ in range(rng.randint(3, 6)):
            d.ln("▲%s {0}" % rng.choice(ag[1] + ["기획조정실 기획재정담당관", "대변인", "감사관"]), person(rng))
    return {}


def t_press(rng, d):
    ag = agency(rng)
    dept = rng.choice(ag[1])
    boss = person(rng)
    staff = person(rng)
    minister = person(rng)
    dt = rand_date(rng, 2024, 2025)
    d.ln("보도자료")
    d.ln("보도 시점: %s 12:00 / 배포: %s" % (fmt_date(dt, "dots_spaced"), fmt_date(dt, "dots_spaced")))
    topic = rng.choice(["모바일 신분증 발급 대상 확대", "외국인 근로자 체류 지원 강화", "여권 발급 수수료 카드 결제 개선",
                        "개인정보 유출 신고 간소화", "운전면허 적성검사 온라인 예약", "전세사기 피해자 지원금 지급 개시",
                        "공공 마이데이터 서비스 개시"])
    d.ln("%s, %s" % (ag[0], topic))
    d.ln("- %s부터 전국 시행, 민원 처리기간 평균 %d일 단축 -" % (fmt_date(rand_date(rng, 2025, 2025), "korean"), rng.randint(2, 9)))
    d.ln()
    hw = head_word(ag)
    d.ln("□ %s(%s {0})%s %s%s 위해 관련 고시를 개정하고 %s부터 시행한다고 밝혔다." % (
        ag[0], hw, J(ag[0], "은/는"), topic, J(topic, "을/를"), fmt_date(rand_date(rng, 2025, 2025), "dots_spaced")), minister)
    d.ln("□ 이번 조치는 {0}에 근거한 것으로, 그간 현장에서 제기된 불편을 반영했다.", statute(rng))
    if rng.random() < 0.6:
        pilot = person(rng)
        d.ln("□ 시범사업에 참여한 {0} 씨(%d)는 \"%s\"고 말했다." % (rng.randint(25, 70), rng.choice(QUOTES)), pilot)
    d.ln("□ {0} %s%s \"%s\"%s" % (hw, J(hw, "은/는"), rng.choice(QUOTES), rng.choice(["고 강조했다.", "고 말했다.", "고 밝혔다."])), minister)
    d.ln()
    style = rng.randrange(3)
    b_ph = direct_line(rng, ag)
    s_ph = direct_line(rng, ag)
    if style == 0:
        d.ln("담당 부서 | %s | 책임자 | 과장 {0} | ({1})" % dept, boss, b_ph)
        d.ln("         |       | 담당자 | %s {0} | ({1})" % rng.choice(["사무관", "주무관", "서기관"]), staff, s_ph)
    elif style == 1:
        d.ln("<담당 부서> %s  책임자 과장 {0} ({1})  담당자 %s {2} ({3}, {4})" % (dept, rng.choice(["주무관", "사무관"])),
             boss, b_ph, staff, s_ph, gov_email(rng, staff, ag))
    else:
        d.ln("문의: %s %s {0}(☎ {1}), {2}(☎ {3})" % (ag[0], dept), boss, b_ph, staff, s_ph)
    if rng.random() < 0.5:
        d.ln("{0} 대표전화 {1}", ag[0], switch_of(ag))
    return {}


def t_minwon_reply(rng, d):
    ag = agency(rng)
    dept = rng.choice(ag[1])
    cit = person(rng)
    off, rank = official(rng)
    case = rng.randrange(7)
    addr, ex = address(rng)
    d.ln(rng.choice(["민원 처리 결과 통지", "민원 회신", "국민신문고 민원 답변서", "고충민원 처리 결과 알림"]))
    if rng.random() < 0.7:
        d.ln("수신: {0} 귀하 ({1} {2})", cit, postal(rng, False), addr)
    else:
        d.ln("수신자: {0} 님", cit)
    d.ln("제목: %s" % rng.choice(["민원 처리 결과 알림", "질의 민원에 대한 회신", "신고 민원 처리 결과", "요청하신 사항 검토 결과"]))
    d.ln()
    d.ln(rng.choice(["1. 평소 %s 행정에 관심을 가져 주셔서 감사합니다." % ag[0],
                     "1. 귀하의 가정에 평안이 함께하시기를 바랍니다.",
                     "1. 먼저 불편을 드린 점 양해 말씀드립니다.",
                     "1. %s 업무에 협조해 주셔서 감사합니다." % ag[0]]))
    d.ln(rng.choice(["2. 귀하께서 %s 국민신문고(신청번호 {0})를 통해 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.",
                     "2. %s 접수된 귀하의 민원(신청번호 {0})에 대하여 다음과 같이 회신합니다.",
                     "2. 귀하께서 %s 방문 접수하신 민원(접수번호 {0})의 처리 결과입니다."]) %
         fmt_date(rand_date(rng, 2024, 2025), "dots_spaced"), receipt_number(rng))
    if case == 0:
        pl = plate(rng)
        d.ln("3. 귀하께서 신고하신 불법 주정차 차량({0})은 현장 확인 결과 위반 사실이 확인되어 과태료 부과 절차를 진행하였습니다.", pl)
        d.ln("  다만 차량 소유자 정보는 {0}에 따라 알려드릴 수 없음을 양해 바랍니다.", statute(rng))
    elif case == 1:
        ac, bk = account(rng, masked=rng.random() < 0.4)
        d.ln("3. {0} 님께서 요청하신 %s은 %s 귀하 명의 계좌(%s {1})로 입금 완료되었습니다." % (
            rng.choice(["과오납 환급금", "출산지원금", "재난지원금", "교육비"]), fmt_date(rand_date(rng, 2025, 2025), "dots_spaced"), bk), cit, ac)
        d.ln("  지급액: {0}", amount(rng, 50000, 2000000))
    elif case == 2:
        pp = passport_kr(rng)
        d.ln("3. 분실 신고된 여권(여권번호 {0})은 {1}에 따라 효력이 상실되었으며, 재발급 신청은 가까운 여권사무 대행기관에서 가능합니다.", pp,
             statute(rng))
    elif case == 3:
        fn = foreign(rng)
        fp = P("PERSON", fn[1], "foreign_hangul")
        fr, _ = frn(rng, "valid")
        d.ln("3. 귀하께서 고용 중인 외국인 근로자 {0}(외국인등록번호 {1})의 근무처 변경 신고는 정상 접수되었습니다.", fp, fr)
        d.ln("  {0} 씨의 체류기간은 %s까지입니다." % fmt_date(rand_date(rng, 2025, 2027), "dots_spaced"), fp)
    elif case == 4:
        d.ln("3. 요청하신 정보 중 제3자({0})의 성명 및 연락처는 {1}에 해당하여 비공개 결정하였습니다.", masked_anon(rng), statute(rng))
        d.ln("  나머지 정보는 첨부와 같이 공개합니다. 공개 문서번호 {0}", doc_number(rng))
    elif case == 5:
        dl = driver_license(rng)
        d.ln("3. 귀하의 운전면허(면허번호 {0})는 %s 정기 적성검사 기간이 경과하여 %s" % (
            fmt_date(rand_date(rng, 2024, 2024), "dots_spaced"),
            rng.choice(["과태료 부과 대상입니다.", "면허 취소 예정 통지 대상입니다."])), dl)
    else:
        d.ln("3. 소음 민원 현장에 %s 출동하여 측정한 결과 기준치({0}) 이내로 확인되었습니다." % fmt_date(rand_date(rng, 2025, 2025), "dots_spaced"),
             rng.choice(["주간 65dB", "야간 55dB"]))
        d.ln("  해당 사업장({0})에는 저소음 장비 사용을 권고하였습니다.", N(company_name(rng), "company_name"))
    d.ln(rng.choice(["4. 기타 궁금하신 사항은 %s %s %s {0}(전화 {1}%s)에게 연락 주시면 친절히 안내해 드리겠습니다.",
                     "4. 추가 문의는 %s %s %s {0}(☎ {1}%s)에게 하여 주시기 바랍니다.",
                     "4. 답변 내용에 대하여 궁금한 점이 있으시면 %s %s 담당 %s {0}(전화 {1}%s)에게 연락하시기 바랍니다."]) % (
        ag[0], dept, rank, ", 전자우편 {2}" if rng.random() < 0.5 else ""), off, direct_line(rng, ag), gov_email(rng, off, ag))
    d.ln("{0}", head_title(ag))
    if rng.random() < 0.5:
        d.ln("{0}  {1}  대표 {2}", dept, inst_addr(ag), switch_of(ag))
    return {}


def t_minutes(rng, d):
    n_mem = rng.randint(4, 7)
    chair = person(rng)
    mems = [person(rng) for _ in range(n_mem)]
    sec = person(rng)
    fmem = None
    if rng.random() < 0.25:
        fn = foreign(rng)
        fmem = P("PERSON", fn[1] if rng.random() < 0.5 else title_case(fn[0]), "foreign_name")
        mems.append(fmem)
    absent = mems[-1] if rng.random() < 0.4 else None
    present = [m for m in mems if m is not absent]
    cname = rng.choice(["개인정보 보호위원회 실무협의회", "외국인 주민 지원 협의회", "교통안전대책 위원회", "보조금 심의위원회",
                        "공공데이터 제공 분쟁조정 실무회의", "정보공개심의회", "민원조정위원회"])
    d.ln("제%d차 %s 회의록" % (rng.randint(1, 24), cname))
    d.ln("□ 일시: %s %d:00 ~ %d:30" % (fmt_date(rand_date(rng, 2024, 2025), "dots_spaced"), rng.randint(9, 14), rng.randint(15, 17)))
    d.ln("□ 장소: %s" % rng.choice(["본관 3층 중회의실", "별관 대회의실", "영상회의(온나라 PC영상회의)", "시청 세미나실"]))
    st = rng.randrange(3)
    if st == 0:
        d.add("□ 참석자: 위원장 ", chair, ", 위원 ")
        d.add(join(present, "·"))
        d.ln(" (%d명), 간사 {0} %s" % (len(present) + 1, rng.choice(["주무관", "사무관"])), sec)
    elif st == 1:
        d.ln("□ 참석자")
        d.ln("  - 위원장: {0}", chair)
        for m in present:
            d.ln("  - 위원: {0} (%s)" % rng.choice(["한빛대학교 교수", "변호사", "시민단체 대표", "세무사", "공인회계사", "외부위원", "당연직"]), m)
        d.ln("  - 간사: {0}", sec)
    else:
        d.add("참석: ", chair, " 위원장, ")
        d.add(join([seq(m, " 위원") for m in present], ", "))
        d.ln(" / 배석: {0} 주무관", sec)
    if absent is not None:
        d.ln("□ 불참: {0} 위원 (사유: %s)" % rng.choice(["해외 출장", "개인 사정", "건강 문제"]), absent)
    d.ln()
    d.ln("[안건 1] %s" % rng.choice(["2025년 보조금 지원 대상자 선정(안)", "정보공개 청구 건 심의", "민원 조정 요청 건",
                                    "불법 주정차 단속 구간 조정(안)", "외국인 통역 인력 운영 계획"]))
    spk = rng.randrange(3)

    def line(p, role, text, *args):
        if spk == 0:
            d.ln("{0} " + role + ": " + text, p, *args)
        elif spk == 1:
            d.ln("○ " + role + "({0}): " + text, p, *args)
        else:
            d.ln("◆ {0} " + role + " — " + text, p, *args)
    line(sec, "간사", rng.choice([
        "안건 설명 드리겠습니다. 신청 %d건 중 %d건이 요건을 충족했습니다." % (rng.randint(10, 60), rng.randint(3, 9)),
        "배부해 드린 자료 %d쪽을 보시면 지난 회의 이후 변경 사항이 정리되어 있습니다." % rng.randint(2, 9),
        "사무국에서 사전 검토한 결과를 먼저 보고드리겠습니다.",
        "이번 안건은 지난 회의에서 보류된 건으로, 보완 자료가 %d건 제출되었습니다." % rng.randint(2, 7)]))
    picks = rng.sample(present, min(len(present), rng.randint(2, 4)))
    talk = ["서류 보완 기한을 한 번 더 주는 게 맞다고 봅니다.", "기준을 바꾸면 형평성 문제가 생깁니다.",
            "현장 확인 결과를 먼저 들어 보고 싶습니다.", "작년 사례와 비교 자료가 필요합니다.", "원안에 동의합니다.",
            "개인정보가 포함된 자료는 회의 후 회수해 주십시오.", "신청인 면담 기록도 첨부해 주시기 바랍니다."]
    for p in picks:
        line(p, "위원", rng.choice(talk))
    if rng.random() < 0.6:
        appl = person(rng)
        line(present[0], "위원", "신청인 {1} 씨 건은 연락이 닿았습니까?", appl)
        line(sec, "간사", "네, {1} 씨와 %s 통화했고 보완 서류를 받았습니다." % fmt_date(rand_date(rng, 2025, 2025), "dots_spaced"), appl)
    line(chair, "위원장", rng.choice(["그럼 원안대로 의결하겠습니다.", "수정 의결하는 것으로 하겠습니다.", "다음 회의에서 재논의하겠습니다."]))
    d.ln()
    d.ln("□ 의결 결과: %s" % rng.choice(["원안 가결", "수정 가결", "보류"]))
    if rng.random() < 0.5:
        d.ln("작성자: {0} / 확인: {1} (서명)", sec, chair)
    return {}


def t_incident(rng, d):
    kind = rng.randrange(3)
    ag = agency(rng)
    rep, rank = official(rng)
    dt = rand_date(rng, 2024, 2025)
    if kind == 0:
        drv = person(rng)
        age = rng.randint(22, 75)
        vic = person(rng)
        pl = plate(rng)
        pl2 = plate(rng)
        d.ln("교통사고 발생 보고")
        d.ln("1. 일시: %s %02d:%02d경" % (fmt_date(dt, "dots_spaced"), rng.randint(0, 23), rng.randint(0, 59)))
        a, _ = address(rng, rng.choice(["road_full", "road_short"]))
        d.ln("2. 장소: {0} 앞 도로", a)
        d.ln("3. 사고 개요")
        d.ln("  관용차량({0}, 운전자 %s {1}, %d세)이 교차로에서 좌회전하던 중 직진하던 {2} 차량(운전자 {3}, %d세)과 충돌함." % (
            rank, age, rng.randint(20, 80)), pl, rep, pl2, drv)
        d.ln("  {0} 씨는 경추 염좌로 {1} 병원에 이송되었으며 {2} {3}%s 현장에서 상황을 수습함." % J(rep, "이/가"), drv,
             rng.choice(["한빛", "새솔", "가람"]), rank, rep)
        d.ln("4. 관련자 인적사항")
        d.ln("  - 상대 운전자: {0} / 면허번호 {1} / 연락처 {2}", drv, driver_license(rng), pick_phone(rng, "mobile"))
        if rng.random() < 0.6:
            d.ln("  - 동승자: {0} (%d세) {1}" % rng.randint(5, 80), vic, pick_phone(rng, "mobile"))
        if rng.random() < 0.5:
            w = person(rng)
            d.ln("  - 목격자: {0} ({1}) — \"신호가 바뀐 직후였다\"고 진술", w, pick_phone(rng, "mobile"))
        d.ln("5. 조치사항: {0}에 사고 접수(접수번호 {1}), 차량 수리 견적 {2}", N(rng.choice(["한빛손해보험(주)", "새솔화재해상보험(주)"]), "company_name"),
             mgmt_number(rng), amount(rng, 300000, 5000000))
    elif kind == 1:
        d.ln("개인정보 유출 사고 보고서")
        d.ln("보고일: %s  보고자: %s {0} (%s)" % (fmt_date(dt, "dots_spaced"), rank, ag[0]), rep)
        d.ln("1. 사고 개요: 민원 접수 시스템 게시판 첨부파일 다운로드 경로가 인증 없이 노출되어 외부에서 파일이 수집됨")
        d.ln("2. 공격 의심 IP: {0}, {1} (%s ~ %s)" % ("%02d:%02d" % (rng.randint(0, 11), rng.randint(0, 59)),
                                                 "%02d:%02d" % (rng.randint(12, 23), rng.randint(0, 59))),
             ipv4(rng, "public"), ipv4(rng, "public") if rng.random() < 0.8 else ipv6(rng))
        d.ln("3. 유출 항목 및 규모: 성명, 연락처, 이메일, 주소 등 약 %s건" % format(rng.randint(100, 90000), ","))
        d.ln("4. 유출 확인 표본 (정보주체 통지 대상)")
        for _ in range(rng.randint(2, 4)):
            p = person(rng)
            bits = [p, " / ", pick_phone(rng, "mobile")]
            if rng.random() < 0.6:
                bits += [" / ", email(rng, p.text)]
            if rng.random() < 0.3:
                bits += [" / ", rrn(rng, "masked")[0]]
            d.add("   ")
            d.add(bits)
            d.ln()
        d.ln("5. 조치: 해당 경로 차단, {0}에 따라 72시간 이내 신고 완료, 개인정보보호 포털 신고번호 {1}", statute(rng), mgmt_number(rng))
        d.ln("6. 시스템 정보: WAS {0}, 보안패치 미적용", version_number(rng))
    else:
        w = person(rng)
        d.ln("안전사고 경위서")
        d.ln("작성자 {0} (%s, 내선 {1})" % rng.choice(["시설관리팀", "청사관리과", "공원녹지과"]), rep, N(str(rng.randint(2000, 7999)), "extension"))
        d.ln("%s 오전 %d시경 청사 지하주차장 경사로에서 민원인 {0}(%d세) 씨가 빙판에 미끄러져 넘어지는 사고가 발생하였다." % (
            fmt_date(dt, "korean"), rng.randint(8, 11), rng.randint(30, 85)), w)
        pl = plate(rng)
        d.ln("{0} 씨는 %s 주차 후 민원실로 이동 중이었으며, 차량번호는 {1}%s 확인되었다." % (rng.choice(["본인 차량을", "가족 차량을"]), J(pl, "으로/로")), w, pl)
        d.ln("당시 근무자 {0} 주무관이 119에 신고하였고, {1} 씨는 {2}(보호자 {3}, {4})와 함께 병원으로 이송되었다.",
             person(rng), w, rng.choice(["배우자", "아들", "딸"]), person(rng), pick_phone(rng, "mobile"))
        d.ln("{0} 씨의 건강보험증 번호({1})는 치료비 정산을 위해 영조물배상보험사에 제출하였다.", w, health_ins(rng))
    return {}


def t_audit(rng, d):
    ag = agency(rng)
    dept = rng.choice(ag[1])
    sub, srank = person(rng), rng.choice(["6급", "7급", "주무관", "8급"])
    boss = person(rng)
    cname = company_name(rng)
    ceo = person(rng)
    d.ln("%s 자체감사 결과 보고서 (%s)" % (ag[0], rng.choice(["종합감사", "특정감사", "복무감사", "회계감사"])))
    d.ln("감사기간: %s ~ %s" % (fmt_date(rand_date(rng, 2024, 2024), "dots_spaced"), fmt_date(rand_date(rng, 2025, 2025), "dots_spaced")))
    d.ln()
    d.ln("【지적사항 1】 업무추진비 집행 부적정")
    c = card(rng, masked=rng.random() < 0.7)
    d.ln("{0} %s {1}(%s)%s %s 업무추진비 카드({2})로 %s에서 {3}을 결제하면서 참석자 명단을 허위로 작성하였다." % (
        dept, srank, J(srank, "은/는"), fmt_date(rand_date(rng, 2024, 2024), "dots_spaced"), rng.choice(["한식당", "카페", "호텔 연회장"])),
         N(ag[0], "agency_name"), sub, c, amount(rng, 100000, 1500000))
    d.ln("당시 결재권자인 %s장 {0}%s 증빙 확인 없이 이를 승인하였다." % (dept, J(boss, "은/는")), boss)
    d.ln()
    d.ln("【지적사항 2】 수의계약 부당 체결")
    d.ln("{0}(대표 {1}, 사업자등록번호 {2})%s %d건의 수의계약을 분할 체결하여 총 {3}을 지급하였다." % (J(cname, "과/와"), rng.randint(2, 6)),
         N(cname, "company_name"), ceo, brn(rng), amount(rng, 10000000, 90000000))
    ac, bk = account(rng)
    d.ln("대금은 %s {0}(예금주 {1})로 입금되었고, 위 대표자는 {2}의 {3}인 것으로 확인되었다." % bk,
         ac, ceo if rng.random() < 0.5 else N(cname, "company_name"), sub,
         rng.choice(["배우자", "처남", "고등학교 동창", "전 직장 동료"]))
    if rng.random() < 0.5:
        ca = address(rng)[0]
        d.ln("업체 소재지는 {0}%s 현장 확인 결과 사무실이 존재하지 않았다." % J(ca, "이나/나"), ca)
    d.ln()
    d.ln("【처분 요구】 {0}: 징계(경징계) / {1}: 주의 / 관련 근거 {2}", sub, boss, statute(rng))
    d.ln("감사반장 {0}, 감사반원 {1}·{2}", person(rng), person(rng), person(rng))
    return {}


COURTS = ["서울중앙지방법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "광주지방법원 순천지원",
          "인천지방법원", "의정부지방법원 고양지원", "서울행정법원"]


def t_judgment(rng, d):
    court = rng.choice(COURTS)
    crim = rng.random() < 0.65
    dt = rand_date(rng, 2024, 2025)
    judge = person(rng)
    d.ln(court)
    d.ln("판 결")
    if crim:
        dfd = person(rng)
        r, dtb = rrn(rng, rng.choice(["masked", "masked", "valid"]))
        vic = person(rng)
        crime = rng.choice(["사기", "전자금융거래법위반", "도로교통법위반(음주운전)", "개인정보보호법위반", "컴퓨터등사용사기"])
        d.ln("사 건  {0} %s" % crime, case_number(rng))
        d.ln("피 고 인  {0} ({1}), %s" % rng.choice(JOBS), dfd, r)
        a, _ = address(rng)
        d.ln("          주거 {0}", a)
        d.ln("          등록기준지 {0}", address(rng, "jibun")[0])
        d.ln("검 사  {0}(기소), {1}(공판)", person(rng), person(rng))
        d.ln("변 호 인  변호사 {0}%s" % rng.choice(["(국선)", "(사선)", ""]), person(rng))
        d.ln("판 결 선 고  %s" % fmt_date(dt, "dots_spaced"))
        d.ln()
        d.ln("주 문")
        d.ln(rng.choice([
            "피고인을 징역 %d년에 처한다. 다만, 이 판결 확정일부터 %d년간 위 형의 집행을 유예한다." % (rng.randint(1, 3), rng.randint(2, 4)),
            "피고인을 벌금 %d만 원에 처한다. 피고인이 위 벌금을 납입하지 아니하는 경우 10만 원을 1일로 환산한 기간 피고인을 노역장에 유치한다." % (rng.randint(3, 30) * 100),
            "피고인을 징역 %d월에 처한다." % rng.randint(6, 18),
            "피고인을 징역 %d년 %d월에 처한다. 압수된 증 제1호를 몰수한다." % (rng.randint(1, 4), rng.randint(1, 11)),
            "피고인에 대한 형의 선고를 유예한다."]))
        d.ln()
        d.ln("이 유")
        d.ln("범 죄 사 실")
        if crime in ("사기", "컴퓨터등사용사기", "전자금융거래법위반"):
            ac, bk = account(rng)
            d.ln("피고인은 %s경 피해자 {0}(%d세)에게 전화를 걸어 \"저금리 대출을 해 주겠다\"고 거짓말하여 이에 속은 피해자로부터 "
                 "피고인 명의의 %s 계좌({1})로 {2}을 송금받아 편취하였다." % (
                     fmt_date(rand_date(rng, 2022, 2023), "dots_spaced"), rng.randint(40, 85), bk), vic, ac, amount(rng, 1000000, 50000000))
            if rng.random() < 0.5:
                d.ln("피고인은 같은 방법으로 피해자 {0}에게서도 {1} 1매를 교부받았다.", person(rng),
                     rng.choice(["체크카드", "신용카드(카드번호 앞 6자리 생략)", "보안카드"]))
        elif crime.startswith("도로교통법"):
            pl = plate(rng)
            d.ln("피고인은 %s 23:40경 혈중알코올농도 0.%03d%%의 술에 취한 상태로 %s 앞 도로에서 {0} 승용차를 약 %dkm 운전하였다." % (
                fmt_date(rand_date(rng, 2023, 2024), "dots_spaced"), rng.randint(30, 199), rng.choice(["한빛시 중앙로", "새솔구 문화로"]),
                rng.randint(1, 9)), pl)
            d.ln("피고인의 운전면허(면허번호 {0})는 이 사건으로 취소되었다.", driver_license(rng))
        else:
            d.ln("피고인은 %s경 근무하던 콜센터에서 고객 {0}의 주민등록번호({1}), 휴대전화번호({2}) 등을 무단으로 출력하여 "
                 "지인 {3}에게 제공하였다." % fmt_date(rand_date(rng, 2022, 2023), "dots_spaced"),
                 vic, rrn(rng, "valid")[0], phone(rng, "mobile"), person(rng))
        d.ln("증거의 요지")
        ev = rng.randrange(3)
        if ev == 0:
            d.ln("1. 피고인의 법정진술  1. 증인 {0}의 법정진술  1. 계좌거래내역", person(rng))
        elif ev == 1:
            d.ln("1. 피고인에 대한 경찰 피의자신문조서 중 일부 진술기재")
            d.ln("1. {0}에 대한 경찰 진술조서  1. 수사보고(%s)" % rng.choice(["거래내역 첨부", "CCTV 영상 분석", "통화내역 분석"]), person(rng))
        else:
            d.ln("1. 피고인의 일부 법정진술  1. 피해자 {0}의 진술서  1. 각 %s" % rng.choice(["이체확인증", "녹취록", "감정서"]), person(rng))
        d.ln("법령의 적용  {0}", statute(rng))
    else:
        pl_ = person(rng)
        df_ = person(rng) if rng.random() < 0.5 else None
        d.ln("사 건  {0} %s" % rng.choice(["대여금", "손해배상(기)", "부당이득금", "임대차보증금반환"]), case_number(rng))
        d.ln("원 고  {0}", pl_)
        d.ln("       {0}", address(rng)[0])
        d.ln("       소송대리인 변호사 {0}", person(rng))
        if df_ is None:
            cn = company_name(rng)
            d.ln("피 고  {0}", N(cn, "company_name"))
            d.ln("       {0}", address(rng)[0])
            d.ln("       대표이사 {0}", person(rng))
            d.ln("       법인등록번호 {0}", crn(rng))
        else:
            d.ln("피 고  {0} ({1})", df_, dob(rng, None, rng.choice(["dots_spaced", "korean"])))
            d.ln("       {0}", address(rng)[0])
        d.ln("변 론 종 결  %s" % fmt_date(rand_date(rng, 2024, 2024), "dots_spaced"))
        d.ln("판 결 선 고  %s" % fmt_date(dt, "dots_spaced"))
        d.ln("주 문")
        d.ln("1. 피고는 원고에게 {0} 및 이에 대한 지연손해금을 지급하라.", amount(rng, 3000000, 300000000))
        d.ln("2. 소송비용은 피고가 부담한다.")
        d.ln("이 유")
        ac, bk = account(rng)
        d.ln("원고는 %s 피고에게 %s 계좌({0})로 위 금원을 송금하였고, 피고는 이를 변제하기로 약정하였다(갑 제1호증)." %
             (fmt_date(rand_date(rng, 2020, 2023), "dots_spaced"), bk), ac)
    d.ln()
    d.ln("판사 {0}", judge)
    return {}
