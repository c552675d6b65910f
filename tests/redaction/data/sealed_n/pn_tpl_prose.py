"""Prose templates: news, press releases, 민원 replies, minutes, judgments, reports, letters, 공문."""
from pn_values import *  # noqa
from pn_doc import *  # noqa

C = lambda rng, *xs: rng.choice(xs)  # noqa: E731


def t_news(rng):
    d = Doc()
    a, b, r = person(rng), person(rng), person(rng)
    age = rng.randint(19, 78)
    city = C(rng, "수원", "청주", "부산 사하구", "인천 연수구", "전주", "춘천", "창원")
    k = rng.randrange(4)
    if k == 0:
        d.f("[{c}=연합] {r} 기자 = {c}의 한 재래시장에서 상인 {a}({age})씨가 심정지로 쓰러진 손님을 심폐소생술로 살려 화제다. "
            "당시 현장에 있던 간호사 {b}씨도 자동심장충격기를 가져와 힘을 보탰다.\n{a}씨는 \"누구라도 그렇게 했을 것\"이라며 말을 아꼈다. "
            "시는 두 사람에게 표창을 수여할 예정이다.", c=city, r=r, a=a, b=b, age=age)
    elif k == 1:
        d.f("{c} — 보이스피싱 조직에 통장을 넘긴 혐의로 기소된 {a}({age})씨에게 징역 1년 6개월이 선고됐다. "
            "재판부는 사건번호 {cn} 판결에서 \"피해 회복이 이뤄지지 않았다\"고 밝혔다. 피해자 {b}씨는 선고 직후 취재진에게 "
            "\"돈보다 시간이 더 아깝다\"고 말했다. /{r} 기자", c=city, a=a, age=age, cn=case_number(rng), b=b, r=r)
    elif k == 2:
        m = mobile(rng)
        d.f("지난 주말 {c} 외곽 하천에서 실종됐던 초등학생이 이틀 만에 무사히 발견됐다. 처음 아이를 발견한 주민 {a}씨는 "
            "\"전단에 적힌 번호({m})로 바로 전화했다\"고 말했다. 아이의 아버지 {b}씨는 경찰과 주민들에게 감사 인사를 전했다.\n"
            "{r} 기자", c=city, a=a, m=m, b=b, r=r)
    else:
        d.f("{c}시의회 {a} 의원이 지역 청년 주거 지원 조례 개정안을 대표 발의했다. 개정안은 {st}의 취지를 준용해 임차보증금 이자를 지원하는 "
            "내용이다. 공동 발의자인 {b} 의원은 \"전세 사기 피해 청년부터 돕겠다\"고 했다. 문의는 시의회 대표전화({sw})로 하면 된다. "
            "— {r} 기자", c=city, a=a, st=statute(rng), b=b, sw=switchboard(rng), r=r)
    return d, "기사"


def t_press(rng):
    d = Doc()
    dept = C(rng, "개인정보정책과", "주민과", "여권과", "자동차운영과", "외국인정책과", "금융소비자보호과")
    who = [person(rng) for _ in range(3)]
    title = C(rng, "주민등록번호 부정사용 신고 포상금 상향", "외국인 체류지 변경 신고 온라인 전면 시행",
              "차세대 전자여권 발급 100만 건 돌파", "운전면허증 모바일 발급 지역 확대", "카드 결제정보 유출 점검 결과 발표")
    d.f("보 도 자 료\n보도시점: 배포 즉시\n\n{t}\n\n", t=title)
    d.f(C(rng, "{m}은 {dt} 이런 내용의 제도 개선안을 발표했다. ", "{m}은 관계 부처와 협의를 거쳐 {dt}부터 새 제도를 시행한다고 밝혔다. "),
        m=office_title(rng), dt=C(rng, "12일", "다음 달 1일", "올해 하반기"))
    d.f("근거 조항은 {s}이다. 자세한 내용은 누리집 공지사항(공고 {g})을 참고하면 된다.\n\n", s=statute(rng), g=mgmt_number(rng))
    d.f("담당 부서: {dept}\n책임자: 과장 {a} ({l1})\n담당자: 사무관 {b} ({l2}, {e})\n", dept=dept, a=who[0], l1=official_line(rng),
        b=who[1], l2=official_line(rng), e=S(email(rng).text.split("@")[0] + "@korea.kr", "EMAIL_ADDRESS", "email_official"))
    if rng.random() < 0.6:
        d.f("         주무관 {c} ({l3})\n", c=who[2], l3=official_line(rng))
    d.f("대표전화 {sw}\n", sw=N("044-205-" + C(rng, "1114", "2114", "0114"), "switchboard_main"))
    return d, "보도자료"


def t_minwon(rng):
    d = Doc()
    p, off = person(rng), person(rng)
    d.f("민원 처리 결과 통지\n\n접수번호: {rn}\n민원인: {p} 귀하\n주소: {ad}\n\n", rn=receipt_number(rng), p=p, ad=address(rng))
    k = rng.randrange(4)
    if k == 0:
        r = rrn(rng)
        d.f("귀하께서 신청하신 주민등록번호 변경 건은 {st}에 따라 검토하였습니다. 신청서에 적힌 번호({r})가 "
            "가족관계등록부와 일치하여 변경위원회 심의에 부쳤으며, 결과는 60일 이내에 다시 알려 드리겠습니다.", st=statute(rng), r=r)
    elif k == 1:
        bank, ac = bank_account(rng)
        d.f("요청하신 과오납 지방세 환급금은 {bank} {ac}(예금주 {p2})로 이체하였습니다. 계좌가 맞지 않으면 담당자에게 알려 주십시오.",
            bank=bank, ac=ac, p2=p)
    elif k == 2:
        pl = plate(rng)
        d.f("신고하신 차량({pl})의 불법 주정차 건은 현장 확인 결과 과태료 부과 대상으로 확인되었습니다. 다만 차량 소유자 정보는 "
            "{st}에 따라 알려 드릴 수 없음을 양해 바랍니다.", pl=pl, st=statute(rng))
    else:
        d.f("말씀하신 도로 파손 구간은 {dt} 보수를 마쳤습니다. 같은 민원이 반복되면 {sw}(국민콜) 또는 {sw2}로도 접수할 수 있습니다.",
            dt=C(rng, "3월 14일", "지난주", "10월 2일"), sw=N("110", "short_code"), sw2=switchboard(rng))
    d.f("\n\n담당: {dept} 주무관 {o} (☎ {l})\n", dept=C(rng, "민원봉사과", "세무과", "교통행정과", "시민소통담당관"), o=off,
        l=landline(rng, area=C(rng, "031", "02", "051", "063")))
    return d, "민원 회신"


def t_minutes(rng):
    d = Doc()
    ps = [person(rng) for _ in range(rng.randint(4, 6))]
    d.f("제{n}차 {com} 회의록\n일시: 2025. {m}. {dd}.(화) 14:00\n장소: 본관 3층 소회의실\n참석: ", n=rng.randint(2, 19),
        com=C(rng, "개인정보 보호 심의위원회", "정보공개심의회", "인사위원회", "주민참여예산위원회"), m=rng.randint(1, 12), dd=rng.randint(1, 28))
    for i, p in enumerate(ps):
        d.f("{t} {p}" + (", " if i < len(ps) - 1 else "\n\n"), t=C(rng, "위원장", "위원", "위원", "간사") if i else "위원장", p=p)
    lines = [
        "{a} 위원장: 지난 회의에서 보류한 안건부터 다루겠습니다.",
        "{b} 위원: 자료 12쪽의 보유기간 산정 근거가 빠져 있습니다. {st}를 인용해 보완해 주시기 바랍니다.",
        "{c} 위원: 외부 위탁업체 {co}와의 계약서에 재위탁 금지 조항이 있는지 확인이 필요합니다.",
        "간사({d}): 확인 후 다음 회의 전에 서면으로 보고드리겠습니다.",
        "{b} 위원: 아울러 {a} 위원장님 말씀처럼 파기 절차도 점검표로 만들었으면 합니다.",
        "{a} 위원장: 이의가 없으면 원안대로 의결하겠습니다. (일동 찬성)",
    ]
    kw = dict(a=ps[0], b=ps[1], c=ps[2], d=ps[3], st=statute(rng), co=company(rng))
    for ln in lines:
        if rng.random() < 0.85:
            d.f(ln + "\n", **kw)
    return d, "회의록"


def t_judgment(rng):
    d = Doc()
    pl, df, jg = person(rng), person(rng), [person(rng) for _ in range(3)]
    d.f("{court}\n판 결\n사 건 {cn} 손해배상(기)\n원 고 {pl}\n    {ad}\n피 고 {df}\n    {ad2}\n변 론 종 결 2025. {m}. {dd}.\n\n",
        court=C(rng, "서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원"), cn=case_number(rng), pl=pl, ad=address(rng),
        df=df, ad2=address(rng), m=rng.randint(1, 12), dd=rng.randint(1, 28))
    k = rng.randrange(3)
    if k == 0:
        d.f("이 유\n1. 인정 사실\n피고는 원고가 운영하던 가게의 직원으로 일하면서 원고 명의의 신용카드({cc})를 무단으로 사용하였다. "
            "원고는 이를 알고 {dt} 피고에게 반환을 요구하였으나 피고는 응하지 않았다.\n", cc=card(rng), dt=C(rng, "2023. 5. 2.", "2024. 1. 19."))
    elif k == 1:
        bank, ac = bank_account(rng)
        d.f("이 유\n1. 인정 사실\n원고는 피고에게 {am}을 빌려주면서 피고 명의의 {bank} 계좌({ac})로 송금하였다. 피고는 변제기가 지났는데도 "
            "돈을 갚지 않았다.\n", am=amount(rng), bank=bank, ac=ac)
    else:
        d.f("이 유\n1. 인정 사실\n피고는 {dt} 원고 {pl2}의 주민등록번호 {r}를 도용하여 휴대전화를 개통하였다. 원고는 {st} 위반을 이유로 "
            "손해배상을 청구한다.\n", dt=C(rng, "2022. 8. 11.", "2023. 3. 7."), pl2=pl, r=rrn(rng, "rrn_valid"), st=statute(rng))
    d.f("2. 판단\n위 인정 사실에 따르면 피고는 원고에게 손해를 배상할 책임이 있다.\n\n재판장 판사 {a}\n    판사 {b}\n    판사 {c}\n",
        a=jg[0], b=jg[1], c=jg[2])
    return d, "판결문"


def t_audit(rng):
    d = Doc()
    n = rng.randint(2, 3)
    d.f("{org} 감사 결과 보고서 ({dn})\n\n1. 감사 개요\n{st}에 따라 보조금 집행 실태를 점검하였다.\n\n2. 주요 지적 사항\n",
        org=C(rng, "○○군", "△△시 보건소", "□□교육지원청", "◇◇공단"), dn=doc_number(rng), st=statute(rng))
    for i in range(n):
        p = person(rng)
        bank, ac = bank_account(rng, plain=rng.random() < 0.2)
        k = rng.randrange(3)
        if k == 0:
            d.f("가-{i}. 담당 공무원 {p}은 보조금 {am}을 사업자가 아닌 본인 명의 {bank} 계좌({ac})로 입금받았다.\n",
                i=i + 1, p=p, am=amount(rng), bank=bank, ac=ac)
        elif k == 1:
            d.f("가-{i}. 수급자 {p}(주민등록번호 {r})는 사망 이후에도 수당이 {bank} {ac}로 계속 지급되었다.\n",
                i=i + 1, p=p, r=rrn(rng), bank=bank, ac=ac)
        else:
            d.f("가-{i}. 업무추진비 카드({cc})로 {p} 팀장이 주말에 개인 용도로 결제한 내역 {am}이 확인되었다.\n",
                i=i + 1, cc=card(rng), p=p, am=amount(rng))
    d.f("\n3. 조치 요구: 관련자 문책 및 {am} 회수\n감사반장 {a}\n", am=amount(rng), a=person(rng))
    return d, "감사 보고서"


def t_accident(rng):
    d = Doc()
    a, b, off = person(rng), person(rng), person(rng)
    d.f("교통사고 발생 보고\n\n1. 일시: 2025. {m}. {dd}. {h}:{mi}경\n2. 장소: {ad} 앞 교차로\n", m=rng.randint(1, 12),
        dd=rng.randint(1, 28), h=rng.randint(6, 23), mi=C(rng, "05", "20", "40", "55"), ad=address(rng))
    d.f("3. 관련 차량 및 운전자\n  가. 관용차량 {pl1} / 운전자 {a} 주무관 (면허번호 {dl1}, 연락처 {m1})\n"
        "  나. 상대 차량 {pl2} / 운전자 {b} (면허번호 {dl2}, 연락처 {m2})\n", pl1=plate(rng), a=a, dl1=driver_license(rng),
        m1=mobile(rng), pl2=plate(rng), b=b, dl2=driver_license(rng), m2=mobile(rng))
    d.f("4. 경위: {txt}\n5. 보험 접수: {ins} 사고접수번호 {rn}\n보고자: {dept} {off}\n",
        txt=C(rng, "신호 대기 중 후방 추돌을 당함. 인명 피해 없음.", "우회전 중 직진 차량과 접촉. 상대 운전자 경상(병원 이송).",
              "주차장 진입 중 기둥과 충돌, 단독 사고."),
        ins=C(rng, "○○화재", "△△손해보험"), rn=receipt_number(rng), dept=C(rng, "총무과", "차량관리팀"), off=off)
    return d, "사고 보고서"


def t_letter(rng):
    d = Doc()
    p, s = person(rng), person(rng)
    d.f("{ad}\n{p} 님께\n\n", ad=address(rng), p=p)
    k = rng.randrange(3)
    if k == 0:
        d.f("안녕하세요. 지난번 동창회에서 연락처를 받지 못해 편지로 인사드립니다. 요즘도 아침마다 산에 다니시는지요. "
            "혹시 시간이 되시면 제 휴대전화 {m}로 연락 주세요. 메일({e})도 자주 봅니다.\n\n{dt}\n{s} 드림\n",
            m=mobile(rng), e=email(rng), dt=C(rng, "봄비 오는 날에", "2025년 가을", "정월 초하루"), s=s)
    elif k == 1:
        bank, ac = bank_account(rng)
        d.f("보내 주신 후원금 덕분에 아이들 겨울 캠프를 무사히 마쳤습니다. 정기 후원 계좌는 기존과 같이 {bank} {ac}이며, "
            "기부금 영수증 발급을 위해 생년월일({db})을 확인해 주시면 감사하겠습니다.\n\n{co} 사무국 {s} 올림\n",
            bank=bank, ac=ac, db=dob(rng), co=C(rng, "사단법인 나눔둥지", "푸른꿈지역아동센터"), s=s)
    else:
        d.f("아버님, 서류 정리하다 보니 아버님 운전면허({dl})가 다음 달에 갱신 기한이더라고요. 적성검사는 가까운 면허시험장에서 "
            "받으시면 되고, 문의는 {sw}로 하시면 된대요. 차 번호 {pl}도 보험 갱신할 때 같이 보내 드릴게요.\n\n막내 {s} 올림\n",
            dl=driver_license(rng), sw=switchboard(rng), pl=plate(rng), s=s)
    return d, "서신"


def t_gongmun(rng):
    d = Doc()
    org = C(rng, "행정안전부", "법무부", "○○시", "△△구", "국토교통부")
    ps = [person(rng) for _ in range(4)]
    d.f("{org}\n수신 {rc}\n(경유)\n제목 {tt}\n\n", org=org, rc=C(rng, "수신자 참조", "각 시·도지사(총무과장)", "○○장관(운영지원과장)"),
        tt=C(rng, "외국인 체류자 개인정보 처리 실태 점검 결과 통보", "출장자 여권 사본 제출 요청", "업무용 차량 운전자 면허 확인 요청",
             "법인카드 사용 내역 정산 요청"))
    d.f("1. 관련: {st}, {dn}\n2. ", st=statute(rng), dn=doc_number(rng))
    k = rng.randrange(4)
    if k == 0:
        d.f("점검 결과 외국인 근로자 {p} (외국인등록번호 {f}, 여권번호 {pp})의 서류가 잠금장치 없는 캐비닛에 보관된 사실이 확인되었으므로 "
            "즉시 조치하시기 바랍니다.\n", p=person(rng, "foreign"), f=frn(rng), pp=passport(rng, "pp_foreign"))
    elif k == 1:
        d.f("국외 출장 예정자 {p} 사무관(여권번호 {pp}, 만료일 2030. 4. 2.)의 여권 사본을 붙임과 같이 송부하니 비자 발급에 활용하시기 바랍니다.\n",
            p=ps[3], pp=passport(rng, C(rng, "pp_old", "pp_new")))
    elif k == 2:
        d.f("업무용 차량 운전 예정자 {p}의 면허번호 {dl}에 대한 효력 조회를 요청하니 회신하여 주시기 바랍니다.\n",
            p=ps[3], dl=driver_license(rng))
    else:
        d.f("법인카드({cc}) 사용 내역 중 증빙이 누락된 3건을 붙임과 같이 정산하여 주시기 바랍니다.\n", cc=card(rng))
    d.f("\n붙임  관련 자료 1부.  끝.\n\n{head}\n\n", head=office_title(rng))
    d.f("주무관 {a}  사무관 {b}  과장 {c}  전결 {dd}\n협조자 {e}\n", a=ps[0], b=ps[1], c=ps[2], dd=C(rng, "10/14", "3/2", "7/21"), e=ps[3])
    d.f("시행 {dn} (2025. {m}. {dy}.)  접수\n우 30112 {ia} / {url}\n전화번호 {l}  팩스번호 {fx} / {e2} / 대국민 공개\n",
        dn=doc_number(rng), m=rng.randint(1, 12), dy=rng.randint(1, 28), ia=inst_addr(rng), url="www.mois.go.kr",
        l=official_line(rng), fx=S(f"044-{rng.randint(200, 215)}-{rng.randint(8000, 8999)}", "PHONE_NUMBER", "fax"),
        e2=S(email(rng).text.split("@")[0] + "@korea.kr", "EMAIL_ADDRESS", "email_official"))
    return d, "공문"


def t_hr(rng):
    d = Doc()
    d.f("인 사 명 령\n\n{dn}\n\n", dn=doc_number(rng))
    for _ in range(rng.randint(2, 5)):
        d.f(C(rng, "{p}  행정주사보  {a}  발령 (2025. 3. 1.자)\n", "{p}  시설주사  승진 임용함\n",
              "{p}  국외출장(2025. 6. 2.~6. 7., 베트남 하노이)을 명함\n", "{p}  육아휴직(1년)을 명함\n",
              "{p}  {a} 직무대리를 명함\n"), p=person(rng), a=C(rng, "총무과장", "민원지적과", "재무과 회계팀장"))
    d.f("\n{h}\n", h=office_title(rng))
    return d, "인사명령"


def t_contract(rng):
    d = Doc()
    rep, agent = person(rng), person(rng)
    bank, ac = bank_account(rng)
    d.f("용역 계약서\n\n발주기관 {inst}(이하 \"갑\")과 수급인 {co}(이하 \"을\")은 다음과 같이 계약을 체결한다.\n\n",
        inst=C(rng, "○○시", "△△공단"), co=company(rng))
    d.f("제1조(계약 금액) {am}(부가가치세 포함)\n제2조(대금 지급) 갑은 검수 후 14일 이내에 을의 계좌 {bank} {ac}(예금주 {co2})로 지급한다.\n",
        am=amount(rng), bank=bank, ac=ac, co2=company(rng))
    d.f("\n[을]\n상호: {co}\n대표자: {rep}\n사업자등록번호: {brn}\n법인등록번호: {crn}\n주소: {ad}\n전화: {ph}\n담당자: {ag} ({m}, {e})\n",
        co=company(rng), rep=rep, brn=brn(rng), crn=crn(rng), ad=address(rng), ph=landline(rng, kind="company"), ag=agent, m=mobile(rng),
        e=email(rng))
    return d, "계약서"


def t_negonly(rng):
    """No-PII documents full of look-alikes."""
    d = Doc()
    k = rng.randrange(5)
    if k == 0:
        d.f("개인정보 수집·이용 동의서 (작성 예시)\n성명: {h}\n주민등록번호: {z}\n연락처: {zp}\n※ 위 예시를 참고하여 본인의 정보를 적으십시오. "
            "문의: {sw}\n근거: {st}\n", h=N("홍길동", "anonymised_person"), z=N("000000-0000000", "masked_placeholder"),
            zp=N("010-0000-0000", "masked_placeholder"), sw=switchboard(rng), st=statute(rng))
    elif k == 1:
        d.f("정보공개 결정 통지\n접수번호 {rn}\n청구인 {a} 님께서 청구하신 정보는 {st}에 해당하여 부분 공개합니다. 이의신청은 "
            "{sw}으로 문의하거나 {ia}로 서면 제출할 수 있습니다.\n{dn}\n", rn=receipt_number(rng), a=N("김○○", "anonymised_person"),
            st=statute(rng), sw=switchboard(rng), ia=inst_addr(rng), dn=doc_number(rng))
    elif k == 2:
        d.f("[시스템 공지] 업무망 PC 보안 업데이트\n대상 OS 빌드 {v}, 백신 엔진 {v2}\n프린터 {mo} 드라이버 재설치 필요\n관리번호 {mg}\n"
            "장애 접수: 헬프데스크 {sw}\n", v=N("10.0.19045.3803", "version_string"), v2=version(rng), mo=model_no(rng),
            mg=mgmt_number(rng), sw=switchboard(rng))
    elif k == 3:
        d.f("세무 질의회신\n[질의] 갑은 을로부터 {am}을 차용하고 부동산을 담보로 제공하였다. 이 경우 {st}의 적용 여부는?\n"
            "[회신] 기존 해석사례({dn}) 및 판례({cn})를 참고하시기 바랍니다. 끝.\n", am=amount(rng), st=statute(rng),
            dn=doc_number(rng), cn=case_number(rng))
    else:
        d.f("입찰 공고\n공고번호 {mg}\n발주기관: {ia}\n계약 상대자 선정 후 {co} 등 참가 업체에는 개별 통보합니다. 사업 금액 {am}. "
            "문의 {sw}\n", mg=N(f"2025{digits(rng, 7)}-00", "public_record_id"), ia=inst_addr(rng), co=company(rng),
            am=amount(rng), sw=switchboard(rng))
    return d, C(rng, "공문", "민원 회신", "서식", "공지")


PROSE = [("news", t_news, 26), ("press", t_press, 18), ("minwon", t_minwon, 22), ("minutes", t_minutes, 16),
         ("judgment", t_judgment, 16), ("audit", t_audit, 16), ("accident", t_accident, 20), ("letter", t_letter, 16),
         ("gongmun", t_gongmun, 28), ("hr", t_hr, 10), ("contract", t_contract, 12), ("negonly", t_negonly, 40)]
