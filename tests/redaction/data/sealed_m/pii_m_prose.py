"""pii_m: long prose templates part 1 (판결문, 감사보고서, 사고·재난 보고서, 민원 상담 기록)."""
from pii_m_lib import Builder, Neg, COMPANY, BANK_SHORT, josa

COURTS = ["서울중앙지방법원", "수원지방법원 안산지원", "대구지방법원 서부지원", "광주지방법원 순천지원", "의정부지방법원 고양지원",
          "청주지방법원", "창원지방법원 마산지원", "인천지방법원 부천지원", "전주지방법원 군산지원", "부산지방법원 동부지원"]
JOBS = ["회사원", "무직", "자영업", "일용직", "택배기사", "대학생", "식당 종업원", "건설업", "공무원", "보험설계사"]
CARDCO = ["신한카드", "KB국민카드", "삼성카드", "현대카드", "롯데카드", "하나카드", "우리카드", "BC카드", "NH농협카드"]


def t_judgment(g):
    r, ch, b = g.r, g.ch, Builder()
    y = r.randrange(2021, 2026)
    crime = ch(["phishing", "dui", "card", "fraud_used", "privacy", "foreign"])
    kind = {"phishing": "고단", "dui": "고단", "card": "고단", "fraud_used": "고합", "privacy": "고단", "foreign": "고단"}[crime]
    case = Neg(f"{y}{kind}{r.randrange(100, 9999)}", "case_number")
    cname = {"phishing": "전자금융거래법위반, 사기방조", "dui": "도로교통법위반(음주운전), 교통사고처리특례법위반(치상)",
             "card": "여신전문금융업법위반, 점유이탈물횡령", "fraud_used": "사기", "privacy": "개인정보보호법위반",
             "foreign": "출입국관리법위반, 공문서부정행사"}[crime]
    judge, pros = g.name(), g.name()
    court = ch(COURTS)
    if crime == "foreign":
        country, dlat, dkor = g.foreigner()
        idv = g.frn(noise_p=0.15)
        b.f("{court}\n판      결\n\n사      건   {case} {cname}\n피  고  인   {dk} ({dl}), {country} 국적\n"
            "             외국인등록번호 {idv}\n", court=court, case=case, cname=cname, dk=dkor, dl=dlat, country=country, idv=idv)
        d = dkor
    else:
        d = g.name()
        style = r.random()
        if style < 0.45:
            idv = g.rrn(ch(["rrn_masked", "rrn_valid", "rrn_masked"]), noise_p=0.1)
            b.f("{court}\n판      결\n\n사      건   {case} {cname}\n피  고  인   {d} ({idv}), {job}\n", court=court, case=case, cname=cname,
                d=d, idv=idv, job=ch(JOBS))
        elif style < 0.75:
            dob = g.dob(fmt=ch(["dot_space", "korean"]))
            b.f("{court}\n\n사건 {case} {cname}\n피고인 {d}, {dob}생, {job}\n", court=court, case=case, cname=cname, d=d, dob=dob, job=ch(JOBS))
        else:
            b.f("[{court} {y}. {m}. {dd}. 선고 {case} 판결]\n\n【피 고 인】 {d}\n【주민등록번호】 {idv}\n", court=court, y=y, m=r.randrange(1, 13),
                dd=r.randrange(1, 29), case=case, d=d, idv=g.rrn(noise_p=0.1))
    if r.random() < 0.7:
        b.f("주거 {a}\n", a=g.address())
    if r.random() < 0.4 and crime != "foreign":
        b.f("등록기준지 {a}\n", a=g.address(ch(["road_full", "jibun"])))
    b.f("검      사   {p}(기소), {p2}(공판)\n", p=pros, p2=g.name())
    if r.random() < 0.6:
        b.f("변  호  인   {kind} {l}\n", kind=ch(["변호사", "국선변호인 변호사", "법무법인 새길 담당변호사"]), l=g.name())
    b.f("판 결 선 고   {dt}\n\n주      문\n", dt=Neg(f"{y}. {r.randrange(1, 13)}. {r.randrange(1, 29)}.", "date_not_birth"))
    b.t(ch(["피고인을 징역 1년에 처한다.\n다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n",
            "피고인을 벌금 7,000,000원에 처한다.\n피고인이 위 벌금을 납입하지 아니하는 경우 100,000원을 1일로 환산한 기간 피고인을 노역장에 유치한다.\n",
            "피고인을 징역 8월에 처한다.\n압수된 증 제1호를 몰수한다.\n", "피고인을 징역 2년 6월에 처한다.\n"]))
    b.t("\n이      유\n\n범 죄 사 실\n\n")
    v1, v2 = g.name(), g.name()
    if crime == "phishing":
        bank, acct = g.account(noise_p=0.1)
        card = g.card(ch(["visa", "master", "bc"]))
        ph = g.mobile()
        b.f("피고인은 {y0}. {m0}. 초순경 텔레그램 메신저를 통하여 성명불상자로부터 \"통장과 체크카드를 보내주면 하루에 30만 원씩 대여료를 주겠다\"는 "
            "제안을 받았다. 피고인은 같은 달 11일경 {place} 소재 편의점 택배 접수대에서 피고인 명의의 {bank} 계좌({acct})에 연결된 "
            "체크카드(카드번호 {card}) 1매와 비밀번호를 성명불상자가 지정한 수령인에게 보냈다. 이로써 피고인은 대가를 약속받고 접근매체를 대여하였다.\n\n"
            "성명불상의 전기통신금융사기 조직원은 {y0}. {m0}. 13. 피해자 {v1}에게 전화하여 서울중앙지방검찰청 수사관을 사칭하면서 "
            "\"당신 명의의 대포통장이 범죄에 이용되었으니 안전계좌로 돈을 옮겨야 한다\"고 거짓말하였다. 이에 속은 피해자 {v1:은} 같은 날 "
            "위 {bsh} 계좌로 1,480만 원을 송금하였다. 피고인은 이와 같이 위 조직원들의 사기 범행을 용이하게 하여 방조하였다.\n\n",
            y0=y - 1, m0=r.randrange(2, 12), place=ch(["인천 부평구", "대전 서구", "경기 화성시", "광주 북구"]), bank=bank, acct=acct, card=card,
            v1=v1, bsh=BANK_SHORT[bank])
        b.f("수사기관은 피고인이 사용하던 휴대전화({ph})의 통화내역에서 조직원과 연락한 기록을 확인하였다. 피해자 {v2:은} 같은 수법으로 "
            "620만 원을 송금하였으나 이 사건 공소사실에는 포함되지 않았다.\n\n", ph=ph, v2=v2)
        stat = Neg("「전자금융거래법」 제49조 제4항 제2호, 제6조 제3항 제2호", "statute")
    elif crime == "dui":
        plate, dl = g.plate(), g.dl(noise_p=0.1)
        b.f("피고인은 {plate} 쏘렌토 승용차의 운전업무에 종사하는 사람이다. 피고인은 {y0}. {m0}. {d0}. 23:40경 혈중알코올농도 0.{bac}%의 "
            "술에 취한 상태로 {place} 앞 도로에서부터 약 2.7km 구간을 위 승용차로 운전하였다. 피고인은 신호에 따라 정차하여 있던 피해자 {v1}(여, {age}세) "
            "운전의 {plate2} 승용차 뒷범퍼를 들이받았다. 피고인은 이로써 피해자에게 약 2주간의 치료가 필요한 경추의 염좌 등 상해를 입게 하였다.\n\n"
            "피고인은 {y1}. 음주운전으로 벌금 5,000,000원의 약식명령을 받은 전력이 있다. 당시 피고인의 운전면허(면허번호 {dl})는 취소되었다가 "
            "다시 발급되었다.\n\n", plate=plate, y0=y - 1, m0=r.randrange(1, 13), d0=r.randrange(1, 29), bac=r.randrange(80, 199),
            place=ch(["수원시 권선구 호매실로 2", "청주시 상당구 상당로 8", "김해시 가야로 4", "고양시 덕양구 화정로 6"]) + str(r.randrange(0, 9)) + " 앞",
            v1=v1, age=r.randrange(24, 70), plate2=g.plate(), y1=y - r.randrange(4, 9), dl=dl)
        if r.random() < 0.5:
            b.f("사고 당시 동승자 {v2:은} 경찰에서 \"피고인이 소주 두 병을 마셨다\"고 진술하였다.\n\n", v2=v2)
        stat = Neg("「도로교통법」 제148조의2 제3항 제2호, 제44조 제1항", "statute")
    elif crime == "card":
        card = g.card(noise_p=0.15)
        cc = ch(CARDCO)
        b.f("피고인은 {y0}. {m0}. {d0}. 02:10경 {place}에 있는 PC방 계산대 위에서 피해자 {v1:이} 잃어버린 {cc} 신용카드(카드번호 {card}) 1매를 "
            "발견하였다. 피고인은 이를 피해자에게 돌려주지 않고 가져가 횡령하였다.\n\n피고인은 같은 날 03:05경 인근 편의점에서 위 카드로 담배 등 "
            "45,300원 상당을 결제한 것을 비롯하여 그때부터 같은 달 {d1}.까지 별지 범죄일람표 기재와 같이 14회에 걸쳐 합계 {amt} 상당을 결제하였다. "
            "이로써 피고인은 분실된 신용카드를 사용하였다.\n\n", y0=y - 1, m0=r.randrange(1, 12), d0=r.randrange(1, 15),
            place=ch(["안산시 단원구 원곡동", "천안시 서북구 불당동", "부산 사하구 하단동", "전주시 완산구 효자동"]), v1=v1, cc=cc, card=card,
            d1=r.randrange(16, 29), amt=g.amount())
        if r.random() < 0.6:
            c2 = g.card()
            b.f("피고인은 같은 기간 피해자 {v2}의 체크카드(카드번호 {c2})도 습득하여 사용하려 하였으나 결제가 거절되어 미수에 그쳤다.\n\n", v2=v2, c2=c2)
        stat = Neg("「여신전문금융업법」 제70조 제1항 제3호", "statute")
    elif crime == "fraud_used":
        bank, acct = g.account(noise_p=0.15)
        ph, em = g.mobile(), g.email()
        v3 = g.name()
        b.f("피고인은 {y0}. {m0}.경 중고거래 플랫폼에 '닌텐도 스위치 OLED 미개봉, 직거래 어려우면 택배 가능'이라는 글을 올렸다. 피고인은 "
            "사실 물건을 가지고 있지 않았고 돈을 받더라도 물건을 보낼 생각이 없었다.\n\n피고인은 위 글을 보고 연락한 피해자 {v1}에게 자신의 "
            "휴대전화({ph})로 \"입금 확인되면 바로 편의점 택배로 보내드린다\"고 거짓말하였다. 피고인은 이에 속은 피해자로부터 같은 날 피고인 명의의 "
            "{bank} 계좌({acct})로 33만 원을 송금받았다. 피고인은 그 무렵부터 {y1}. 2.경까지 같은 방법으로 피해자 {v2}, {v3} 등 "
            "27명으로부터 합계 {amt}을 송금받아 편취하였다. 피고인은 일부 피해자에게는 이메일({em})로 가짜 송장 사진을 보내기도 하였다.\n\n",
            y0=y - 2, m0=r.randrange(3, 12), v1=v1, ph=ph, bank=bank, acct=acct, y1=y - 1, v2=v2, v3=v3, amt=g.amount(), em=em)
        stat = Neg("「형법」 제347조 제1항, 제37조, 제38조", "statute")
    elif crime == "privacy":
        rr = g.rrn(ch(["rrn_valid", "rrn_valid", "rrn_post2020"]), noise_p=0.1)
        ad, ph = g.address(), g.mobile()
        off = ch(["○○구청 민원봉사과", "○○동 행정복지센터", "○○시 차량등록사업소", "○○보건소"])
        b.f("피고인은 {y0}. {m0}.부터 {off}에서 주민등록 관련 업무를 담당한 공무원이다. 피고인은 {y1}. {m1}. {d1}. 평소 알고 지내던 {v1}으로부터 "
            "\"헤어진 사람이 어디 사는지만 알려달라\"는 부탁을 받았다. 피고인은 업무용 단말기로 {v2}의 주민등록 전산정보를 조회하여 주민등록번호 {rr}, "
            "주소 {ad}, 휴대전화번호 {ph}를 휴대전화 메시지로 {v1}에게 보냈다.\n\n이로써 피고인은 업무상 알게 된 개인정보를 누설하였다.\n\n",
            y0=y - 6, m0=r.randrange(1, 13), off=off, y1=y - 1, m1=r.randrange(1, 13), d1=r.randrange(1, 29), v1=v1, v2=v2, rr=rr, ad=ad, ph=ph)
        stat = Neg("「개인정보 보호법」 제71조 제5호, 제59조 제2호", "statute")
    else:
        pp = g.passport(country)
        c2, lat2, kor2 = g.foreigner(country)
        pp2 = g.passport(country)
        b.f("피고인은 {country} 국적의 외국인으로, {y0}. {m0}. {d0}. 단기방문(C-3) 체류자격으로 대한민국에 입국하였다. 피고인은 체류기간이 "
            "끝난 뒤에도 출국하지 않고 {place}의 한 양파 농가에서 일하였다.\n\n피고인은 {y1}. {m1}.경 단속을 피하려고 같은 국적의 {k2}({l2})에게서 "
            "그 명의의 여권(여권번호 {pp2})을 받았다. 피고인은 같은 달 {d1}. 법무부 출입국·외국인청 단속반원에게 위 여권을 자신의 것처럼 "
            "제시하였다. 피고인 본인의 여권(여권번호 {pp})은 브로커가 보관하고 있었던 것으로 확인되었다.\n\n",
            country=country, y0=y - 3, m0=r.randrange(1, 13), d0=r.randrange(1, 29), place=ch(["무안군 현경면", "창녕군 이방면", "영천시 화북면"]),
            y1=y - 1, m1=r.randrange(1, 13), k2=kor2, l2=lat2, pp2=pp2, d1=r.randrange(1, 29), pp=pp)
        stat = Neg("「출입국관리법」 제94조 제17호, 제25조", "statute")
    b.t("증거의 요지\n\n1. 피고인의 법정진술\n")
    b.f("1. {v}에 대한 경찰 진술조서\n", v=v1)
    b.t(ch(["1. 수사보고(계좌거래내역 첨부)\n", "1. 주취운전자 정황진술보고서\n", "1. 각 범죄일람표, 각 거래내역\n", "1. 압수조서 및 압수목록\n"]))
    b.f("\n법령의 적용\n\n1. 범죄사실에 대한 해당법조 및 형의 선택\n{stat}\n\n양형의 이유\n\n", stat=stat)
    b.t(ch(["피고인이 범행을 인정하고 반성하는 점, 피해자와 합의한 점은 유리한 정상이다. 다만 범행 수법과 피해 규모를 고려하여 주문과 같이 형을 정한다.\n",
            "피해 회복이 이루어지지 않았고 피해자가 엄벌을 탄원하고 있다. 그 밖에 피고인의 나이, 성행, 환경 등 여러 사정을 종합하였다.\n",
            "동종 범죄로 처벌받은 전력이 있음에도 다시 범행에 이르렀다. 그러나 초범에 가까운 점을 참작한다.\n"]))
    b.f("\n{role} {j}\n", role=ch(["판사", "재판장 판사", "판사"]), j=judge)
    return b, "판결문"


AUDIT_ORGS = ["○○시", "○○군", "○○구", "○○도교육청", "○○시설관리공단", "○○문화재단"]


def t_audit(g):
    r, ch, b = g.r, g.ch, Builder()
    org = ch(AUDIT_ORGS)
    y = r.randrange(2022, 2026)
    b.f("{org} {kind} 결과 보고서\n\n문서번호 {dn}\n감사기간 {d1} ~ {d2}\n감사반장 {t1}, 반원 3명\n\n", org=org,
        kind=ch(["정기 종합감사", "특정감사", "복무 감찰", "계약 분야 특정감사"]), dn=g.doc_no(), d1=g.date_neg(), d2=g.date_neg(),
        t1=ch(["감사담당관", "감사팀장", "조사관"]))
    b.t("Ⅰ. 감사 개요\n이번 감사는 최근 3년간 집행한 계약과 보조금, 공무원 복무 실태를 대상으로 하였다. 지적사항은 아래와 같으며, "
        "관련자의 신분상 조치는 인사위원회 의결 후 확정된다.\n\nⅡ. 지적사항\n\n")
    n = r.randrange(2, 4)
    kinds = r.sample(["split_contract", "subsidy", "card", "overtime", "privacy_log", "vendor_acct"], n)
    for i, k in enumerate(kinds, 1):
        s1, s2 = g.name(), g.name()
        comp = ch(COMPANY)
        if k == "split_contract":
            rep = g.name()
            b.f("{i}. 수의계약 분할 발주 부적정\n\n{dept} 시설팀 주무관 {s1:은} {y0}. 5.부터 같은 해 9.까지 청사 방수공사를 네 건으로 나누어 모두 "
                "{comp}(대표 {rep}, 사업자등록번호 {brn})와 수의계약을 체결하였다. 네 건의 합계는 {amt}으로, 일괄 발주하였다면 경쟁입찰 대상이었다. "
                "업체 대표 {rep:은} 감사반과의 면담에서 \"담당자가 금액을 나눠 견적을 내라고 했다\"고 진술하였고, 당시 팀장이었던 {s2:은} "
                "보고를 받지 못하였다고 답변하였다.\n업체 연락처: {tel} / 담당 실무자 휴대전화 {mob}\n\n조치: {s1} 경징계, {s2} 훈계\n\n",
                i=i, dept=ch(["총무과", "회계과", "시설관리과"]), s1=s1, y0=y - 1, comp=comp, rep=rep, brn=g.brn(), amt=g.amount(), s2=s2,
                tel=g.landline(), mob=g.mobile())
        elif k == "subsidy":
            rep = g.name()
            bank, acct = g.account()
            b.f("{i}. 보조금 정산 부적정\n\n{org} 보조사업자인 {comp}의 대표자 {rep:은} 인건비로 지급한 것처럼 직원 {s1}의 급여 이체확인증을 제출하였다. "
                "확인 결과 {s1:은} 해당 기간 다른 사업장에서 근무하였고, 이체된 돈은 대표자 본인 명의 {bank} 계좌({acct})로 다시 돌아왔다. "
                "담당 주무관 {s2:은} 정산 서류를 검토하면서 이를 확인하지 않았다.\n\n조치: 보조금 {amt} 환수, 수사기관 고발, {s2} 주의\n\n",
                i=i, org=org, comp=comp, rep=rep, s1=s1, bank=bank, acct=acct, s2=s2, amt=g.amount())
        elif k == "card":
            c = g.card(noise_p=0.1)
            b.f("{i}. 업무추진비 사적 사용\n\n{dept} 과장 {s1:은} 관서 업무추진비를 쓸 수 없는 주말에 자신의 개인 신용카드(카드번호 {c})로 "
                "먼저 결제한 뒤 간담회 명목으로 정산받았다. 회의 참석자로 적힌 {s2} 주무관은 해당 날짜에 연가 중이었다. 같은 방법으로 정산된 "
                "금액은 7건, {amt}이다.\n\n조치: 회수, {s1} 중징계 요구\n\n", i=i, dept=ch(["관광진흥과", "체육지원과", "청소행정과"]),
                s1=s1, c=c, s2=s2, amt=g.amount())
        elif k == "overtime":
            s3 = g.name()
            b.f("{i}. 초과근무수당 부당 수령\n\n출입기록과 지문인식기 기록을 대조한 결과, {s1}, {s2}, {s3} 등 3명이 퇴근 후 다시 청사에 들러 지문만 "
                "인식하고 나가는 방법으로 초과근무를 인정받았다. 특히 {s1:은} 같은 기간 배우자 명의 차량({pl})을 청사 주차장에 세워 둔 채 "
                "외부에 머문 사실이 주차 기록으로 확인되었다.\n\n조치: 부당 수령액 2배 가산 징수, 관련자 징계\n\n",
                i=i, s1=s1, s2=s2, s3=s3, pl=g.plate())
        elif k == "privacy_log":
            ip1, ip2 = g.ip(), g.ip()
            b.f("{i}. 개인정보 처리시스템 접속기록 관리 소홀\n\n복지 통합관리시스템 접속기록 점검 결과, 사용자 ID {uid}(주무관 {s1})로 "
                "업무 시간 외에 {ip1}에서 수급자 정보를 조회한 기록이 나왔다. 조회 대상에는 {s1}의 이웃 {s2}(주민등록번호 {rr})가 포함되어 있었다. "
                "같은 ID는 {ip2}에서도 접속하였다. 시스템 버전은 {ver}이고 장비 모델은 {mdl}이다.\n\n조치: {s1} 중징계 요구, 접속권한 회수\n\n",
                i=i, uid=Neg(f"u{g.digits(5)}", "system_user_id"), s1=s1, ip1=ip1, s2=s2, rr=g.rrn(noise_p=0.1), ip2=ip2, ver=g.version(), mdl=g.model_no())
        else:
            bank, acct = g.account(noise_p=0.1)
            rep = g.name()
            b.f("{i}. 계약대금 지급 계좌 변경 절차 미준수\n\n{comp}의 대표 {rep:은} 공사 준공 직후 \"회사 계좌가 압류되었다\"며 대금을 대표자 개인 명의 "
                "{bank} 계좌 {acct}로 받게 해 달라고 요청하였다. 재무팀 주무관 {s1:은} 변경신청서와 통장 사본만 받고 {amt}을 위 계좌로 지급하였다. "
                "업체 법인등록번호는 {crn}, 담당자 전자우편은 {em}이다.\n\n조치: {s1} 주의, 계좌변경 절차 개선 통보\n\n",
                i=i, comp=comp, rep=rep, bank=bank, acct=acct, s1=s1, amt=g.amount(), crn=g.crn(), em=g.email("company"))
    b.f("Ⅲ. 조치 요구 사항 총괄\n위 지적사항에 대하여 {t} 앞으로 시정·주의 및 징계를 요구한다. 처분 요구에 이의가 있는 경우 통보를 받은 날부터 1개월 이내에 "
        "재심의를 신청할 수 있다.\n문의: 감사담당관실 {m}\n", t=g.title_only(), m=g.inst_main())
    return b, "감사보고서"


def t_accident(g):
    r, ch, b = g.r, g.ch, Builder()
    kind = ch(["traffic", "fire", "flood", "worksite", "crowd"])
    t1 = g.title_only()
    rep_no = Neg(f"제{r.randrange(2022, 2026)}-{r.randrange(10, 999)}호", "document_number")
    b.f("{title}\n\n보고번호 {rep_no} | 보고일시 {dt} 14:00 | 보고자 {t1}\n\n", title=ch({
        "traffic": ["교통사고 상황보고(2보)", "다중추돌 교통사고 발생 보고"], "fire": ["공동주택 화재 상황보고", "화재 발생 및 조치 결과 보고"],
        "flood": ["집중호우 피해 상황보고", "하천 범람 인명피해 보고"], "worksite": ["공사현장 추락사고 보고", "중대재해 발생 보고"],
        "crowd": ["지역축제 안전사고 보고"]}[kind]), rep_no=rep_no, dt=g.date_neg(), t1=t1)
    vics = [g.name() for _ in range(r.randrange(2, 5))]
    if kind == "traffic":
        p1, p2 = g.plate(), g.plate(ch(["plate_comm", "plate_region"]))
        dl = g.dl(noise_p=0.15)
        b.f("1. 사고 개요\n 가. 일시: {dt} 07:52경\n 나. 장소: 국도 제{rn}호선 {place} 부근 하행선\n 다. 내용: 화물차({p2})가 정체 구간에서 "
            "앞서 가던 승용차({p1})를 추돌하여 차량 4대가 연쇄적으로 부딪힘\n\n2. 인명피해 (사망 0, 중상 1, 경상 {n})\n",
            dt=g.date_neg(), rn=r.randrange(1, 80), place=ch(["○○터널 출구", "○○교차로", "○○IC 합류"]), p2=p2, p1=p1, n=len(vics) - 1)
        for i, v in enumerate(vics):
            age = r.randrange(19, 81)
            if i == 0:
                b.f(" - {v}({age}세, 남): 화물차 운전자, 경상, 면허번호 {dl}, 연락처 {ph}\n", v=v, age=age, dl=dl, ph=g.mobile(noise_p=0.1))
            elif i == 1:
                b.f(" - 중상 {v}({age}세) {p1} 운전자, {hosp}로 이송, 보호자 연락처 {ph}\n", v=v, age=age, p1=p1, hosp=ch(["○○대학교병원", "○○의료원"]),
                    ph=g.mobile())
            else:
                b.f(" - {v} {age}세 동승자, 현장 처치 후 귀가\n", v=v, age=age)
        b.f("\n3. 조치사항\n 견인 차량 3대 출동, 하행선 2개 차로 1시간 20분 통제. 화물차 운전자 {v:은} 음주 감지되지 않았고 전방주시 태만을 인정함. "
            "보험사 사고접수번호 {rc}.\n", v=vics[0], rc=g.receipt_no())
    elif kind == "fire":
        addr = g.address(ch(["road_full", "road_short", "jibun"]))
        b.f("1. 발생 개요\n{dt} 02:17경 {addr} 세대 거실에서 화재가 발생하였다. 최초 신고자는 옆집에 사는 {v0}({age}세)로, 타는 냄새가 난다며 "
            "119에 신고하였다. 관할 소방서(대표 {tel})는 6분 만에 도착하여 03:01 완전히 진화하였다.\n\n2. 인명피해\n",
            dt=g.date_neg(), addr=addr, v0=vics[0], age=r.randrange(30, 80), tel=g.inst_main())
        for v in vics[1:]:
            b.f("  {v}, {age}세, {st}\n", v=v, age=r.randrange(3, 90), st=ch(["연기흡입, ○○병원 이송", "2도 화상, 화상전문병원 이송", "경상, 현장 처치"]))
        if r.random() < 0.5:
            rr = g.rrn("rrn_post2020")
            b.f("  (영아 1명 포함: 보호자 진술로 확인한 주민등록번호 {rr}, 보험 청구용)\n", rr=rr)
        bank, acct = g.account()
        b.f("\n3. 지원 사항\n이재민 임시주거시설 연계. 재해구호금은 세대주 {v} 명의 {bank} 계좌 {acct}로 지급 예정. 세대주 연락처 {ph}.\n"
            "화재 원인: 전기적 요인 추정(멀티탭, 제품명 {mdl}). 재산피해 {amt}.\n", v=vics[1], bank=bank, acct=acct, ph=g.mobile(), mdl=g.model_no(),
            amt=g.amount())
    elif kind == "flood":
        b.f("□ 강우 현황: 누적 강우량 312mm(○○관측소), 시간당 최대 71mm\n□ 인명피해: 사망 1, 실종 1, 부상 {n}\n", n=len(vics) - 2)
        b.f("  ○ 사망: {v}(78세, 여), {place} 자택 침수로 고립, 22:40 발견\n  ○ 실종: {v2}(64세), 하천변 농막 점검하러 나간 뒤 연락 두절(휴대전화 {ph})\n",
            v=vics[0], place=ch(["○○면 ○○리", "○○읍 하천변"]), v2=vics[1], ph=g.mobile(noise_p=0.1))
        for v in vics[2:]:
            b.f("  ○ 부상: {v}({age}세) 대피 중 낙상\n", v=v, age=r.randrange(20, 90))
        b.f("□ 재산피해: 주택 침수 43동, 농경지 12.4ha, 차량 침수 {np}대\n□ 재난지원금 신청 접수: {rc} 외\n 신청인 {v3}, 생년월일 {dob}, 계좌 {bank} {acct}\n",
            np=r.randrange(5, 40), rc=g.receipt_no(), v3=g.name(), dob=g.dob(), bank=(ba := g.account())[0], acct=ba[1])
    elif kind == "worksite":
        comp = ch(COMPANY)
        frn_p = r.random() < 0.6
        if frn_p:
            country, lat, kor = g.foreigner()
            worker = kor
            wid = g.frn(noise_p=0.1)
            who = f"{country} 국적 근로자"
        else:
            worker = vics[0]
            wid = g.rrn("rrn_masked")
            who = "일용직 근로자"
        b.f("1. 개요\n{dt} 10:35경 {site} 신축공사 현장 5층 외부 비계에서 {who} {w}(", dt=g.date_neg(), site=ch(["○○지구 공동주택", "○○물류센터", "○○초 증축"]),
            who=who, w=worker)
        if frn_p:
            b.f("{lat}, 외국인등록번호 {wid})", lat=lat, wid=wid)
        else:
            b.f("주민등록번호 {wid})", wid=wid)
        b.t(josa(str(worker), "이"))
        b.f(" 약 14m 아래로 떨어져 ○○대학교병원으로 옮겨졌으나 사망하였다.\n\n2. 원청 및 하청\n원청 {comp}, 현장소장 {v1}({ph1})\n하청 {comp2}, "
            "안전관리자 {v2}({ph2})\n\n3. 경위\n현장소장 {v1}의 진술에 따르면 작업 당일 안전대 부착설비가 일부 해체되어 있었고, 사고자는 자재를 옮기던 중 "
            "발을 헛디뎠다. 유족 대표는 사고자의 {rel} {v3}(연락처 {ph3})이다.\n", comp=comp, v1=vics[1], ph1=g.mobile(), comp2=ch(COMPANY),
            v2=vics[-1], ph2=g.landline(), rel=ch(["배우자", "형", "누나", "아버지"]), v3=g.name(), ph3=g.mobile())
        if frn_p:
            b.f("유족은 본국에서 입국 예정이며 여권번호 {pp}로 긴급 사증 발급을 요청하였다.\n", pp=g.passport(country))
    else:
        b.f("1. 개요: {dt} 19:20경 ○○문화제 주무대 앞 혼잡 구간에서 관람객이 넘어지며 {n}명 부상\n2. 부상자\n", dt=g.date_neg(), n=len(vics))
        for v in vics:
            b.f("   {v} / {age} / {st}\n", v=v, age=str(r.randrange(7, 75)) + "세", st=ch(["발목 염좌", "타박상", "호흡곤란", "찰과상"]))
        b.f("3. 미아 보호: 보호자 {v}(휴대전화 {ph})에게 21:05 인계\n4. 행사 대행사 {comp} 담당 {v2}, 이메일 {em}\n", v=g.name(), ph=g.mobile(),
            comp=ch(COMPANY), v2=g.name(), em=g.email("company"))
    b.f("\n※ 상황실 {tel} / 재난안전상황실 {sw}\n", tel=g.inst_main(), sw=g.switchboard())
    return b, "사고·재난 보고서"


def t_counsel(g):
    r, ch, b = g.r, g.ch, Builder()
    topic = ch(["refund", "card_dispute", "childcare", "licence", "foreign", "tax"])
    c = g.name()
    agent = g.name()
    rc = g.receipt_no()
    b.f("민원 상담 기록\n접수번호 {rc}  상담일 {dt}  상담원 {ag}\n채널: {chn}\n\n", rc=rc, dt=g.date_neg(), ag=agent, chn=ch(["전화(110 경유)", "방문", "온라인 채팅", "콜백 요청"]))
    ph = g.mobile(noise_p=0.1)
    if topic == "refund":
        bank, acct = g.account(noise_p=0.1)
        b.f("[민원인] {c}, 연락처 {ph}\n\n민원인은 지난달 주정차 과태료를 두 번 납부하였다며 환급을 요청하였다. 상담원이 차량번호를 묻자 민원인은 "
            "\"{pl}이고요, 제 이름으로 돼 있어요\"라고 답하였다. 이중 납부 사실을 확인하였고, 환급 계좌로 본인 명의 {bank} {acct}를 불러 주었다. "
            "민원인은 \"문자로도 안내해 달라\"고 하였다.\n\n처리: 세외수입 담당 {st}에게 이관, 7일 이내 환급 예정. 민원인에게 과태료 고지서 번호 {mn}를 안내함.\n",
            c=c, ph=ph, pl=g.plate(), bank=bank, acct=acct, st=g.name(), mn=g.mgmt_no())
    elif topic == "card_dispute":
        card = g.card(noise_p=0.15)
        b.f("상담 요지\n- 민원인 {c}({age}세) 님, 휴대전화 {ph}\n- 체육시설 온라인 예약 후 취소했는데 카드 결제가 취소되지 않았다는 내용\n"
            "- 결제 카드: {card} ({cc})\n- 상담원이 \"카드번호 전체는 말씀하지 않으셔도 된다\"고 안내했으나 민원인이 이미 불러 줌\n"
            "- 예약번호 {rv}, 결제 시스템 버전 {ver}\n\n후속: 시설관리공단 담당자 {st} 주무관(직통 {tel})에게 전달, 회신 요청\n",
            c=c, age=r.randrange(25, 70), ph=ph, card=card, cc=ch(CARDCO), rv=Neg(f"RSV-{g.digits(8)}", "reservation_number"), ver=g.version(),
            st=g.name(), tel=g.landline())
    elif topic == "childcare":
        kid = g.name()
        rr = g.rrn("rrn_post2020", noise_p=0.1)
        rr_p = g.rrn("rrn_valid")
        b.f("민원인 {c} (☎ {ph})\n\n아동수당 신청 후 석 달째 지급이 안 된다는 문의. 자녀 {kid}의 주민등록번호는 {rr}, 신청인 본인 번호는 {rrp}로 확인. "
            "전입신고가 늦어 관할이 바뀐 것이 원인이었음. 현 주소 {ad}.\n\n상담원 메모: 보호자 계좌가 휴면 상태라 지급 보류. 새 계좌 {bank} {acct} 등록 "
            "안내함. 이메일 {em}로 신청서 양식 발송.\n", c=c, ph=ph, kid=kid, rr=rr, rrp=rr_p, ad=g.address(), bank=(ba := g.account())[0], acct=ba[1],
            em=g.email())
    elif topic == "licence":
        dl = g.dl(noise_p=0.15)
        b.f("1. 민원인: {c}\n2. 연락처: {ph} / 이메일 {em}\n3. 내용: 적성검사 기간을 놓쳐 과태료가 나왔는데 통지서를 받지 못했다고 함. 운전면허번호 {dl}. "
            "주소가 {ad}로 바뀐 뒤 우편이 예전 주소로 갔다고 주장.\n4. 안내: 도로교통공단 고객센터({sw}) 및 가까운 운전면허시험장 방문 안내. 민원인은 "
            "\"담당자 이름을 알려 달라\"고 하여 담당 {st} 주무관으로 안내.\n", c=c, ph=ph, em=g.email(), dl=dl, ad=g.address(), sw=g.switchboard(), st=g.name())
    elif topic == "foreign":
        country, lat, kor = g.foreigner()
        frn = g.frn(noise_p=0.1)
        b.f("상담 대상: {kor} ({lat}), {country}\n통역: {tr} 통역사 (3자 통화)\n연락처: {ph}\n\n외국인등록번호 {frn}. 체류기간 연장을 신청하려는데 여권 유효기간이 "
            "얼마 남지 않아 새 여권(여권번호 {pp})을 받은 상태라고 함. 이전 여권번호는 {pp0}. 고용주 {boss}(사업장 전화 {tel})가 근로계약서를 아직 "
            "주지 않았다고 함. 하이코리아 예약 방법 안내, 외국인종합안내센터(1345) 번호 안내.\n", kor=kor, lat=lat, country=country,
            tr=g.name(), ph=g.mobile(), frn=frn, pp=g.passport(country), pp0=g.passport(country), boss=g.name(), tel=g.landline())
    else:
        b.f("민원인 {c} 님과 통화({ph}). 종합소득세 환급금이 다른 사람 계좌로 갔다는 주장. 확인해 보니 민원인이 신고서에 적은 계좌번호 {acct}의 "
            "한 자리가 틀려 반송된 것이었음. 올바른 계좌는 {bank} {acct2}. 민원인 주민등록번호 {rr}로 본인 확인 후 정정 접수.\n"
            "참고: 「국세기본법」 제51조, 사건 관련 문서번호 {dn}.\n", c=c, ph=ph, acct=(a1 := g.account())[1], bank=(a2 := g.account(a1[0]))[0], acct2=a2[1],
            rr=g.rrn(), dn=g.doc_no())
    b.f("\n상담원 {ag} 기록 종료. {misc}\n", ag=agent, misc=ch(["재통화 필요 없음.", "민원인 만족도 조사 문자 발송.", "처리부서 회신 후 결과 통보 예정.",
                                                          "민원인에게 정부민원안내콜센터 110 번호 재안내."]))
    return b, "민원 상담 기록"
