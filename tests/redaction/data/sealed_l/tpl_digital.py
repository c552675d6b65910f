# -*- coding: utf-8 -*-
"""System logs, e-mails, messenger/SMS exports."""
from core import *  # noqa
from common import *  # noqa

MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PATHS = ["/minwon/apply", "/minwon/view", "/api/v1/users/me", "/login", "/mypage/account", "/pay/approve",
         "/board/download", "/cert/issue", "/api/v2/refund", "/admin/member/list", "/static/js/app.js"]


def _ua(rng):
    r = rng.randrange(4)
    vn = version_number(rng)
    if r == 0:
        v = N("%d.0.%d.%d" % (rng.randint(110, 131), rng.randint(5000, 6999), rng.randint(10, 250)), "version_number")
        return ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/', v, ' Safari/537.36"']
    if r == 1:
        return ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148"']
    if r == 2:
        return ['"MinwonApp/', vn, ' (Android 14; SM-S921N)"']
    return ['"curl/8.5.0"']


def _ts(rng):
    dt = rand_date(rng, 2024, 2025)
    return dt, "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def t_access_log(rng, d):
    fmt = rng.randrange(4)
    users = []
    for _ in range(rng.randint(2, 4)):
        ip = ipv4(rng) if rng.random() < 0.93 else ipv6(rng)
        users.append((user_id(rng), ip))
    n = rng.randint(4, 9)
    dt, _ = _ts(rng)
    secs = sorted(rng.randint(0, 86399) for _ in range(n))
    clock = ["%02d:%02d:%02d" % (x // 3600, x // 60 % 60, x % 60) for x in secs]
    if fmt == 0:
        for _ in range(n):
            uid, ip = rng.choice(users)
            tm = clock.pop(0)
            d.ln('{0} - {1} [%02d/%s/%d:%s +0900] "%s %s HTTP/1.1" %d %d "-" ' % (
                dt.day, MON3[dt.month - 1], dt.year, tm, rng.choice(["GET", "POST"]), rng.choice(PATHS),
                rng.choice([200, 200, 200, 302, 401, 403, 404, 500]), rng.randint(200, 90000)) + "{2}",
                 ip, uid if rng.random() < 0.7 else "-", _ua(rng))
    elif fmt == 1:
        d.ln("[{0}] 인증서버 로그 발췌", dt.isoformat())
        for _ in range(n):
            uid, ip = rng.choice(users)
            tm = "%s.%03d" % (clock.pop(0), rng.randint(0, 999))
            ev = rng.randrange(5)
            if ev == 0:
                nm = person(rng)
                d.ln("%s %s INFO  [AuthService] login success user={0} name={1} src={2}" % (dt.isoformat(), tm),
                     uid, nm, ip)
            elif ev == 1:
                d.ln("%s %s WARN  [AuthService] login failed (%d/5) email={0} src={1}" % (dt.isoformat(), tm, rng.randint(1, 5)),
                     email(rng), ip)
            elif ev == 2:
                d.ln("%s %s INFO  [PayGateway] approve card={0} amount=%d result=0000 client={1}" % (dt.isoformat(), tm, rng.randint(1, 500) * 100),
                     card(rng, sep=rng.choice(["-", ""]), masked=True), ip)
            elif ev == 3:
                d.ln("%s %s ERROR [SmsSender] send failed to={0} code=E%d" % (dt.isoformat(), tm, rng.randint(100, 999)),
                     phone(rng, "mobile", rng.choice(["", "-"])))
            else:
                d.ln("%s %s DEBUG [Session] renew user={0} ip={1} ver={2}" % (dt.isoformat(), tm), uid, ip, version_number(rng))
    elif fmt == 2:
        d.ln("개인정보처리시스템 접속기록 ({0})", doc_date(rng, "dots_spaced", 2024, 2025))
        d.ln("접속일시 | 처리자ID | 접속지 IP | 정보주체 | 수행업무")
        for _ in range(n):
            uid, ip = rng.choice(users)
            tm = clock.pop(0)
            subj = person(rng) if rng.random() < 0.75 else masked_anon(rng)
            d.ln("%s %s | {0} | {1} | {2} | %s" % (dt.isoformat(), tm, rng.choice(["조회", "수정", "출력", "다운로드", "주민등록번호 조회"])),
                 uid, ip, subj)
    else:
        d.ln("# fail2ban / sshd 차단 내역")
        for _ in range(n):
            uid, ip = rng.choice(users)
            tm = clock.pop(0)
            d.ln("%s %s sshd[%d]: Failed password for invalid user %s from {0} port %d ssh2" % (
                dt.isoformat(), tm, rng.randint(1000, 60000), rng.choice(["admin", "root", "test", "oracle"]), rng.randint(30000, 65000)), ip)
        if rng.random() < 0.6:
            d.ln("담당자 확인: {0} (내선 {1})", person(rng), N(str(rng.randint(2000, 7999)), "extension"))
    return {}


def t_json_log(rng, d):
    n = rng.randint(3, 6)
    svc = rng.choice(["refund-api", "member-svc", "reservation", "cert-issuer", "parking-api"])
    for _ in range(n):
        dt, tm = _ts(rng)
        nm = person(rng)
        parts = ['{"ts":"%sT%s+09:00","svc":"%s","level":"%s"' % (dt.isoformat(), tm, svc, rng.choice(["INFO", "WARN", "ERROR"]))]
        d.add(parts[0])
        fields = rng.sample(["name", "phone", "email", "ip", "rrn", "acct", "card", "plate", "birth", "uid"], rng.randint(3, 5))
        for f in sorted(fields):
            if f == "name":
                d.f(',"name":"{0}"', nm)
            elif f == "phone":
                d.f(',"phone":"{0}"', phone(rng, "mobile", rng.choice(["", "-"])))
            elif f == "email":
                d.f(',"email":"{0}"', email(rng, nm.text))
            elif f == "ip":
                d.f(',"client_ip":"{0}"', ipv4(rng))
            elif f == "rrn":
                d.f(',"rrn":"{0}"', rrn(rng, rng.choice(["valid", "masked", "post2020"]), sep=rng.choice(["", "-"]))[0])
            elif f == "acct":
                ac, bk = account(rng, sep=rng.choice(["", "-"]), masked=rng.random() < 0.3)
                d.f(',"bank":"%s","account":"{0}"' % bk, ac)
            elif f == "card":
                d.f(',"card":"{0}"', card(rng, sep="", masked=rng.random() < 0.6))
            elif f == "plate":
                d.f(',"car_no":"{0}"', plate(rng, rng.choice(["nospace", "p3", "p2"])))
            elif f == "birth":
                d.f(',"birth":"{0}"', dob(rng, None, rng.choice(["yyyymmdd", "iso"])))
            else:
                d.f(',"uid":"{0}"', user_id(rng))
        d.ln(',"msg":"%s"}' % rng.choice(["request accepted", "validation error", "duplicate request", "timeout upstream"]))
    return {}


def _sig(rng, d, nm, ag=None, cname=None):
    d.ln("-- ")
    if ag:
        dept = rng.choice(ag[1])
        d.ln("{0} %s %s" % (ag[0], dept), nm)
        d.ln("T. {0} / F. {1}", direct_line(rng, ag), direct_line(rng, ag))
        d.ln("E. {0}", gov_email(rng, nm, ag))
        if rng.random() < 0.5:
            d.ln("{0} (대표전화 {1})", inst_addr(ag), switch_of(ag))
    elif cname:
        d.ln("{0} | {1} {2}", N(cname, "company_name"), rng.choice(["영업팀", "기술지원팀", "대표"]), nm)
        d.ln("Tel {0}  Mobile {1}", phone(rng, "landline"), phone(rng, "mobile"))
        d.ln("{0}", address(rng)[0])
    else:
        d.ln("{0} 드림 / {1}", nm, pick_phone(rng, "mobile"))


def t_email(rng, d):
    ag = agency(rng)
    off, rank = official(rng)
    offmail = gov_email(rng, off, ag)
    cit = person(rng)
    citmail = email(rng, cit.text)
    sub = rng.randrange(6)
    dt = rand_date(rng, 2024, 2025)
    date_s = "%s, %02d %s %d %02d:%02d:%02d +0900" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()], dt.day, MON3[dt.month - 1],
                                                    dt.year, rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59))
    inbound = sub in (0, 1, 3, 5)
    if inbound:
        d.ln("From: {0} <{1}>", cit, citmail)
        d.ln("To: {0} %s <{1}>" % rank, off, offmail)
    else:
        d.ln("From: {0} <{1}>", off, offmail)
        d.ln("To: {0}", citmail)
    if rng.random() < 0.3:
        cc = person(rng)
        d.ln("Cc: {0} <{1}>", cc, gov_email(rng, cc, ag))
    d.ln("Date: " + date_s)
    if sub == 0:
        ac, bk = account(rng, sep=rng.choice(["-", "-", ""]))
        d.ln("Subject: 환급금 입금 계좌 변경 요청드립니다")
        d.ln()
        d.ln("{0} %s님 안녕하세요." % rank, off)
        d.ln("지난주 전화로 말씀드렸던 {0}입니다. 기존 계좌가 해지되어 아래 계좌로 환급금을 받고자 합니다.", cit)
        d.ln()
        d.ln("- 은행: %s" % bk)
        d.ln("- 계좌번호: {0}", ac)
        d.ln("- 예금주: {0}", cit)
        d.ln()
        d.ln("통장 사본은 첨부하였고, 확인 후 연락 주시면 감사하겠습니다.")
        _sig(rng, d, cit)
    elif sub == 1:
        r, dt2 = rrn(rng, rng.choice(["valid", "valid", "masked"]))
        d.ln("Subject: RE: [%s] 서류 보완 요청 회신" % ag[0])
        d.ln()
        d.ln("안녕하세요, 보완 요청하신 사항 회신드립니다.")
        d.ln("신청인 성명은 {0}, 주민등록번호는 {1}입니다.", cit, r)
        addr, ex = address(rng)
        d.ln("현 주소지는 {0}%s이고, 우편물은 이 주소로 보내 주시면 됩니다." % (" " + ex["paren"] if ex["paren"] else ""), addr)
        mob = pick_phone(rng, "mobile")
        d.ln("혹시 추가 서류가 필요하면 {0}%s 연락 부탁드립니다." % J(mob, "으로/로"), mob)
        d.ln()
        d.ln("> {0} %s 작성:" % rank, off)
        d.ln("> 접수번호 {0} 건과 관련하여 본인 확인이 필요합니다.", receipt_number(rng))
        d.ln("> 처리 근거: {0}", statute(rng))
        _sig(rng, d, cit)
    elif sub == 2:
        d.ln("Subject: [회신요청] 해외출장 항공권 발권용 여권 정보 확인")
        d.ln()
        d.ln("출장 예정자분들의 여권 정보를 아래와 같이 정리했습니다. 오기재가 있으면 {0}까지 알려 주세요.", kdate(rng))
        for _ in range(rng.randint(2, 4)):
            p = person(rng)
            d.ln("  · {0} ({1}) 여권번호 {2}, 만료일 {3}", p, latin_person(p.text, rng, rng.choice([0, 1])),
                 passport_kr(rng, prefix=rng.choice(["M", "G"])), doc_date(rng, "dots_padded", 2026, 2034))
        _sig(rng, d, off, ag)
    elif sub == 3:
        d.ln("Subject: 카드 결제 오류로 인한 수수료 이중 청구 문의")
        d.ln()
        c = card(rng, masked=rng.random() < 0.6)
        d.ln("{0} %s님께," % rank, off)
        d.ln("%s에 증명서 발급 수수료를 결제했는데 카드({0})에서 두 번 승인되었습니다." % doc_date(rng, "korean", 2025, 2025), c)
        d.ln("승인번호는 %08d, %08d이고 금액은 각각 {0}입니다." % (rng.randint(0, 99999999), rng.randint(0, 99999999)),
             amount(rng, 1000, 20000))
        d.ln("취소 처리 결과는 이 메일({0})로 회신 부탁드립니다.", citmail)
        _sig(rng, d, cit)
    elif sub == 4:
        fn = foreign(rng)
        fp = P("PERSON", title_case(fn[0]), "foreign_latin")
        fr, _ = frn(rng, "valid")
        d.ln("Subject: [%s] 체류기간 연장 신청 접수 안내" % ag[0])
        d.ln()
        d.ln("Dear {0},", fp)
        d.ln("Your application has been received. Registration No.: {0}, Passport No.: {1}.", fr, passport_foreign(rng, fn[4]))
        d.ln("귀하의 체류기간 연장 신청이 접수되었습니다. 처리 결과는 문자({0})로 안내됩니다.", phone(rng, "mobile"))
        d.ln("For inquiries, call the Immigration Contact Center at {0}.", N("1345", "short_code"))
        _sig(rng, d, off, ag)
    else:
        cname = company_name(rng)
        rep = person(rng)
        d.ln("Subject: 견적서 및 사업자등록증 송부")
        d.ln()
        d.ln("{0} %s님, 요청하신 견적서 보내드립니다." % rank, off)
        d.ln("상호: {0} / 대표: {1} / 사업자등록번호: {2}", N(cname, "company_name"), rep, brn(rng))
        if rng.random() < 0.5:
            d.ln("법인등록번호: {0}", crn(rng))
        ac, bk = account(rng)
        d.ln("대금 입금 계좌: %s {0} (예금주 {1})" % bk, ac, N(cname, "company_name"))
        d.ln("견적 금액 {0} (VAT 포함)", amount(rng, 1000000, 80000000))
        _sig(rng, d, rep, None, cname)
    return {}


def t_chat(rng, d):
    a = person(rng)
    b = person(rng)
    dt = rand_date(rng, 2024, 2025)
    style = rng.randrange(3)
    if style == 0:
        d.ln("{0} 님과 카카오톡 대화", b)
        d.ln("저장한 날짜 : %s" % fmt_date(dt, "dots_nodot"))
        d.ln()
        d.ln("--------------- %d년 %d월 %d일 ---------------" % (dt.year, dt.month, dt.day))
    elif style == 1:
        d.ln("[문자 메시지 캡처 - 민원 첨부자료]")
    else:
        d.ln("Talk_%s.txt" % fmt_date(dt, "yyyymmdd"))

    clock = [rng.randint(9 * 60, 15 * 60)]

    def say(who, fmt_, *args):
        clock[0] += rng.randint(0, 9)
        hh, m = divmod(clock[0], 60)
        h = hh if hh <= 12 else hh - 12
        if style == 0:
            d.add("[", who, "] [%s %d:%02d] " % ("오전" if hh < 12 else "오후", h, m))
        elif style == 1:
            d.add(who, " (%02d:%02d) : " % (hh, m))
        else:
            d.add("%d. %d. %d. %s %d:%02d, " % (dt.year, dt.month, dt.day, "오전" if hh < 12 else "오후", h, m), who, " : ")
        d.ln(fmt_, *args)

    topic = rng.randrange(5)
    if topic == 0:
        ac, bk = account(rng, sep=rng.choice(["-", "", " "]))
        say(a, "회비 입금 계좌 다시 알려줄 수 있어?")
        say(b, "%s {0} 예금주 {1}" % bk, ac, b)
        say(a, "ㅇㅋ 지금 보낼게")
    elif topic == 1:
        pl = plate(rng)
        ph = phone(rng, "mobile", rng.choice(["-", ""]))
        say(a, "혹시 지하 2층에 {0} 차주분 연락처 아세요?", pl)
        say(b, "관리실에 물어보니 {0} 이래요", ph)
        say(a, "감사합니다 ㅠ 출차를 못 하고 있어서요")
    elif topic == 2:
        r, _ = rrn(rng, rng.choice(["valid", "post2020"]))
        say(a, "애기 예방접종 예약하려는데 주민번호 좀 보내줘")
        say(b, "{0}", r)
        say(b, "보건소 번호는 {0} 야", phone(rng, "landline"))
    elif topic == 3:
        c = card(rng, sep=rng.choice(["-", " ", ""]))
        say(a, "법인카드 번호 불러줘 온라인 결제해야 돼")
        say(b, "{0} 유효기간 %02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30)), c)
        say(a, "CVC는 따로 물어볼게")
    else:
        em = email(rng, a.text)
        addr, _ = address(rng)
        say(b, "택배 받을 주소랑 메일 주소 알려주세요")
        say(a, "{0}", addr)
        say(a, "메일은 {0} 입니다", em)
        say(b, "넵 확인했어요 {0}님", a)
    return {}


def t_sms(rng, d):
    nm = person(rng)
    k = rng.randrange(5)
    org = rng.choice([["[한빛시]", "[새솔구청]", "[가람군]"], ["[한빛시]", "[새솔구청]", "[한빛출입국]", "[가람군]"],
                      ["[국민건강보험]"], ["[한빛시]", "[새솔구청]", "[가람군]"], ["[한빛운전면허시험장]", "[도로교통공단]"]][k])
    d.ln("[Web발신]")
    if k == 0:
        d.ln("{0} {1}님, 주정차 위반 차량({2})에 대한 과태료 사전통지서가 발송되었습니다. 의견제출 기한: {3}. 문의 {4}",
             org, nm, plate(rng), doc_date(rng, "dots_spaced", 2025, 2025), switchboard(rng))
    elif k == 1:
        d.ln("{0} {1}님의 {2} 신청이 접수되었습니다(접수번호 {3}). 담당 {4} 주무관 {5}", org, nm,
             rng.choice(["여권", "긴급복지", "주민등록 등본", "전입신고"]), receipt_number(rng), person(rng),
             phone(rng, "landline"))
    elif k == 2:
        d.ln("{0} {1}님 건강검진 대상자입니다. 건강보험증번호 {2}, 검진기간 {3}까지. 고객센터 {4}", org, nm,
             health_ins(rng), doc_date(rng, "dots_spaced", 2025, 2025), N("1577-1000", "switchboard"))
    elif k == 3:
        ac, bk = account(rng, masked=True)
        d.ln("{0} {1}님께 지원금 {2}이 %s {3} 계좌로 입금되었습니다." % bk, org, nm, amount(rng, 100000, 3000000), ac)
    else:
        d.ln("{0} {1}님, 운전면허({2}) 적성검사 기간이 {3}에 만료됩니다. 가까운 시험장 또는 경찰서에서 갱신하세요.",
             org, nm, driver_license(rng), doc_date(rng, "dots_spaced", 2025, 2026))
    if rng.random() < 0.4:
        d.ln("무료수신거부 {0}", N("080-%03d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999)), "switchboard"))
    return {}
