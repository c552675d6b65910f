"""Structured templates: forms, CSV, logs, JSON, e-mail, chat, call transcripts, OCR, tables."""
import json
from pn_values import *  # noqa
from pn_doc import *  # noqa

C = lambda rng, *xs: rng.choice(xs)  # noqa: E731


def _jq(s):
    """JSON-escape a string value without the quotes (values here contain no quotes/newlines)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def t_form(rng):
    d = Doc()
    k = rng.randrange(4)
    p = person(rng)
    if k == 0:
        d.f("여권 발급 신청서\n성명(한글) {p}\n주민등록번호 {r}\n기존 여권번호 {pp}\n연락처 {m}\n비상연락처 {m2} (관계: {rel} {p2})\n전자우편 {e}\n",
            p=p, r=rrn(rng, C(rng, "rrn_valid", "rrn_valid", "rrn_post2020")), pp=passport(rng, C(rng, "pp_old", "pp_new")), m=mobile(rng),
            m2=mobile(rng), rel=C(rng, "배우자", "모", "자녀"), p2=person(rng), e=email(rng))
    elif k == 1:
        fp = person(rng, "foreign")
        d.f("체류지 변경 신고서\n성명 {p}\n외국인등록번호 {f}\n여권번호 {pp}\n새 체류지 {ad}\n휴대전화 {m}\n이메일 {e}\n신고일 2025. {mo}. {dd}.\n",
            p=fp, f=frn(rng), pp=passport(rng, "pp_foreign"), ad=address(rng), m=mobile(rng), e=email(rng), mo=rng.randint(1, 12), dd=rng.randint(1, 28))
    elif k == 2:
        bank, ac = bank_account(rng)
        d.f("보조금 지급 청구서\n청구인 {p}\n생년월일 {db}\n주소 {ad}\n입금 계좌 {bank} {ac} (예금주 {p})\n연락처 {m}\n"
            "카드 자동이체 {cc}\n", p=p, db=dob(rng), ad=address(rng), bank=bank, ac=ac, m=mobile(rng), cc=card(rng))
    else:
        d.f("운전경력증명서 발급 신청\n신청인 {p} ({r})\n운전면허번호 {dl}\n연락처 {m}\n수령 방법: 전자우편({e})\n",
            p=p, r=rrn(rng), dl=driver_license(rng), m=mobile(rng), e=email(rng))
    if rng.random() < 0.4:
        d.f("※ 작성 예: 성명 {h}, 주민등록번호 {z}\n", h=N("홍길동", "anonymised_person"), z=placeholder(rng))
    return d, "서식"


ROSTER_COLS = {
    "성명": lambda rng: person(rng), "주민등록번호": lambda rng: rrn(rng), "외국인등록번호": lambda rng: frn(rng),
    "여권번호": lambda rng: passport(rng), "운전면허번호": lambda rng: driver_license(rng), "카드번호": lambda rng: card(rng, sep="-"),
    "계좌번호": lambda rng: bank_account(rng)[1], "휴대전화": lambda rng: mobile(rng, "-"), "이메일": lambda rng: email(rng),
    "생년월일": lambda rng: dob(rng, 2), "주소": lambda rng: address(rng), "차량번호": lambda rng: plate(rng),
    "건강보험증번호": lambda rng: health(rng), "접속IP": lambda rng: ip(rng),
}
ROSTER_SETS = [["성명", "외국인등록번호", "여권번호", "휴대전화"], ["성명", "주민등록번호", "계좌번호", "이메일"],
               ["성명", "운전면허번호", "차량번호", "휴대전화"], ["성명", "카드번호", "이메일", "휴대전화"],
               ["성명", "여권번호", "운전면허번호", "계좌번호"], ["성명", "주민등록번호", "카드번호", "건강보험증번호"],
               ["성명", "외국인등록번호", "계좌번호", "생년월일"], ["성명", "이메일", "접속IP", "카드번호"]]


def t_csv(rng):
    d = Doc()
    cols = rng.choice(ROSTER_SETS)
    sep = C(rng, ",", ",", ";", "\t", "|")
    header = rng.random() < 0.6
    if header:
        d.t(sep.join(["연번"] + cols) + "\n")
    for i in range(rng.randint(3, 6)):
        d.t(str(i + 1))
        for c in cols:
            d.t(sep)
            v = ROSTER_COLS[c](rng)
            if c == "성명" and v.kind.startswith("foreign") and sep == ",":
                v = person(rng)
            d.p(v)
        d.t("\n")
    return d, "명부(CSV)"


def t_table(rng):
    d = Doc()
    cols = rng.choice(ROSTER_SETS)
    d.f("<{tt}>\n", tt=C(rng, "대상자 명단", "점검 대상자 현황", "확인 대상 목록", "첨부 명단"))
    d.t("| " + " | ".join(["번호"] + cols) + " |\n|" + "---|" * (len(cols) + 1) + "\n")
    for i in range(rng.randint(2, 5)):
        d.t(f"| {i + 1} ")
        for c in cols:
            d.t("| ")
            d.p(ROSTER_COLS[c](rng))
            d.t(" ")
        d.t("|\n")
    d.f("※ 출처: {dn}\n", dn=doc_number(rng))
    return d, "표"


def t_log(rng):
    d = Doc()
    n = rng.randint(4, 7)
    for i in range(n):
        ts = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+09:00"
        k = rng.randrange(6)
        uid = N(f"u{rng.randint(10000, 99999)}", "system_user_id")
        if k == 0:
            d.f("{ts} INFO auth login ok user={u} src={ip}\n", ts=ts, u=uid, ip=ip(rng))
        elif k == 1:
            d.f("{ts} WARN pay card={cc} status=DECLINED code=51 client={ip}\n", ts=ts, cc=card(rng, sep=""), ip=ip(rng))
        elif k == 2:
            d.f("{ts} INFO notify sms to={m} template=RESV_OK\n", ts=ts, m=mobile(rng, ""))
        elif k == 3:
            d.f("{ts} DEBUG mail queued rcpt=<{e}> size=18233\n", ts=ts, e=email(rng))
        elif k == 4:
            d.f("{ts} ERROR id-verify fail rrn={r} reason=MISMATCH agent={v}\n", ts=ts, r=rrn(rng, sep=C(rng, "", "-")),
                v=N("Chrome/124.0.6367.91", "version_string"))
        else:
            d.f("{ts} INFO passport-check pp={pp} nat={nat} result=VALID\n", ts=ts, pp=passport(rng), nat=C(rng, "KOR", "VNM", "CHN", "PHL"))
    return d, "시스템 로그"


def t_json(rng):
    d = Doc()
    recs = rng.randint(1, 3)
    d.t("[\n" if recs > 1 else "")
    for j in range(recs):
        p = person(rng)
        fields = [("name", p)]
        k = rng.randrange(4)
        if k == 0:
            fields += [("frn", frn(rng)), ("passportNo", passport(rng, "pp_foreign")), ("phone", mobile(rng))]
        elif k == 1:
            fields += [("rrn", rrn(rng)), ("account", bank_account(rng)[1]), ("email", email(rng))]
        elif k == 2:
            fields += [("licenseNo", driver_license(rng)), ("carNo", plate(rng)), ("mobile", mobile(rng))]
        else:
            fields += [("cardNo", card(rng)), ("email", email(rng)), ("ip", ip(rng))]
        d.t("  {" if recs > 1 else "{")
        d.f("\"seq\": {n}, ", n=j + 1)
        for i, (key, v) in enumerate(fields):
            d.t(f"\"{key}\": \"")
            d.p(S(_jq(v.text), v.typ, v.kind, v.noise, v.clean))
            d.t("\"" + (", " if i < len(fields) - 1 else ""))
        d.t("}" + ("," if j < recs - 1 else "") + "\n")
    d.t("]\n" if recs > 1 else "")
    return d, "JSON"


def t_email(rng):
    d = Doc()
    snd, rcv = person(rng), person(rng)
    es, er = email(rng), email(rng)
    d.f("From: {s} <{es}>\nTo: {r} <{er}>\nSubject: {sub}\n\n{r}님 안녕하세요, {s}입니다.\n", s=snd, es=es, r=rcv, er=er,
        sub=C(rng, "출장 서류 송부", "환불 계좌 안내", "계약서 수정본", "면허 사본 요청 건"))
    k = rng.randrange(4)
    if k == 0:
        d.f("요청하신 출장자 여권 정보 보내 드립니다. {a} 과장님 {p1}, 저는 {p2}입니다. 비자 신청 끝나면 꼭 파기 부탁드려요.\n",
            a=person(rng), p1=passport(rng), p2=passport(rng))
    elif k == 1:
        bank, ac = bank_account(rng)
        d.f("환불금은 {bank} {ac}로 받고 싶습니다. 혹시 카드 취소가 더 빠르면 결제한 카드 {cc}로 취소해 주셔도 됩니다.\n",
            bank=bank, ac=ac, cc=card(rng))
    elif k == 2:
        d.f("렌터카 예약 때문에 면허번호 알려 드립니다: {dl}. 외국인 동행자는 국제면허 대신 외국인등록번호({f})로 조회된다고 하네요.\n",
            dl=driver_license(rng), f=frn(rng))
    else:
        d.f("첨부한 계약서 {v}에서 을의 대표자를 {a}(으)로 고쳤습니다. 제 번호는 바뀌었으니 {m}로 연락 주세요.\n",
            v=N("v2.3", "version_string"), a=person(rng), m=mobile(rng))
    d.f("\n감사합니다.\n{s} 드림\n{co} | M. {m} | T. {t}\n", s=snd, co=company(rng), m=mobile(rng), t=landline(rng, kind="company"))
    return d, "이메일"


def t_chat(rng):
    d = Doc()
    a, b = person(rng), person(rng)
    ts = lambda: f"[오{C(rng, '전', '후')} {rng.randint(1, 12)}:{rng.randint(0, 59):02d}]"  # noqa
    k = rng.randrange(4)
    if k == 0:
        d.f("{t1} {a}: 팀장님 법카 번호 좀 알려주세요 결제창이 안 넘어가요\n{t2} {b}: {cc} 유효기간 08/28\n{t3} {a}: 넵 감사합니다 ㅎㅎ\n",
            t1=ts(), a=a, t2=ts(), b=b, cc=card(rng), t3=ts())
    elif k == 1:
        bank, ac = bank_account(rng)
        d.f("{t1} {a}: 회비 어디로 보내면 돼?\n{t2} {b}: {bank} {ac} 나야\n{t3} {b}: 아 그리고 {c}이도 아직 안 냈대\n",
            t1=ts(), a=a, t2=ts(), b=b, bank=bank, ac=ac, t3=ts(), c=person(rng))
    elif k == 2:
        d.f("{t1} {a}: 주민번호 뒷자리 뭐였지 ㅠ 서류에 써야 되는데\n{t2} {b}: {r} 이거 맞을걸? 다 쓰면 지워\n{t3} {a}: ㅇㅋ 고마워\n",
            t1=ts(), a=a, t2=ts(), b=b, r=rrn(rng, "rrn_valid"), t3=ts())
    else:
        m = mobile(rng)
        d.f("{t1} {a}: 새 번호 {m} 저장해줘\n{t2} {b}: 메일은 그대로 {e}?\n{t3} {a}: 응 그대로야\n",
            t1=ts(), a=a, m=m, t2=ts(), b=b, e=email(rng), t3=ts())
    return d, "메신저"


def t_call(rng):
    d = Doc()
    agent, cust = person(rng), person(rng)
    d.f("[통화 녹취 {rn}]\n상담원: 네, {co} 고객센터 상담원 {ag}입니다.\n고객: 네, {cu}인데요, ", rn=receipt_number(rng),
        co=C(rng, "○○카드", "△△은행", "□□통신", "◇◇렌터카"), ag=agent, cu=cust)
    k = rng.randrange(4)
    if k == 0:
        c = card(rng, sep="-")
        hd = hangul_digits(c, rng, group_sep=C(rng, " ", ", "))
        d.f("카드 분실 신고하려고요. 번호가 {hd}예요.\n상담원: 확인차 다시 불러 드리겠습니다. {hd2} 맞으신가요?\n고객: 네 맞아요.\n",
            hd=hd, hd2=hangul_digits(c, rng, group_sep=" "))
    elif k == 1:
        m = mobile(rng, "-")
        hd = hangul_digits(m, rng, group_sep=C(rng, " ", "에 ", "-"))
        d.f("연락처 변경하려고요. {hd}으로요.\n상담원: {m} 맞으시죠?\n고객: 네.\n", hd=hd, m=m)
    elif k == 2:
        r = rrn(rng, "rrn_valid")
        hd = hangul_digits(r, rng, group_sep=C(rng, " 다시 ", ", ", " "))
        d.f("본인 확인 하신다고 해서요. 주민번호는 {hd}입니다.\n상담원: 네, 확인되었습니다. 뒷자리는 보안상 복창하지 않겠습니다.\n", hd=hd)
    else:
        bank, ac = bank_account(rng)
        hd = hangul_digits(ac, rng, group_sep=" ")
        d.f("환불 계좌 불러 드릴게요. {bank} {hd}이고 예금주는 {cu}입니다.\n상담원: {ac}, {bank} 맞으시죠?\n고객: 네.\n",
            bank=bank, hd=hd, cu=cust, ac=ac)
    d.f("상담원: 처리되었습니다. 추가 문의는 {sw}로 주세요.\n", sw=switchboard(rng))
    return d, "통화 녹취"


def t_ocr(rng):
    d = Doc()
    k = rng.randrange(5)
    z = lambda s: ocr_noise(s, rng, 0.85)  # noqa
    if k == 0:
        d.f("주민등록증\n{p}\n({hj})\n{r}\n{ad}\n2019. {m}. {dd}.\n{h}\n", p=z(person(rng)), hj=C(rng, "金民秀", "李知恩", "朴俊浩"),
            r=z(rrn(rng, "rrn_valid")), ad=address(rng), m=rng.randint(1, 12), dd=rng.randint(1, 28),
            h=N(C(rng, "서울특별시 마포구청장", "수원시 영통구청장"), "office_title"))
    elif k == 1:
        d.f("자동차운전면허증\nDriver's License\n{dl}\n1종보통\n{p}\n{r}\n{ad}\n적성검사기간 2031.01.01~2031.12.31\n{h}\n",
            dl=z(driver_license(rng)), p=z(person(rng)), r=z(rrn(rng, C(rng, "rrn_valid", "rrn_masked"))), ad=address(rng),
            h=N(C(rng, "서울특별시경찰청장", "경기도남부경찰청장"), "office_title"))
    elif k == 2:
        d.f("외국인등록증\nRESIDENCE CARD\n{f}\n성명 {p}\n국가 {nat}\n체류자격 E-9\n여권 {pp}\n발급일자 2024.{m:02d}.{dd:02d}\n",
            f=z(frn(rng)), p=person(rng, "foreign"), nat=C(rng, "VIETNAM", "PHILIPPINES", "UZBEKISTAN", "NEPAL"),
            pp=z(passport(rng, "pp_foreign")), m=rng.randint(1, 12), dd=rng.randint(1, 28))
    elif k == 3:
        bank, ac = bank_account(rng)
        d.f("{bank}\n보통예금 통장\n계좌번호 {ac}\n예금주 {p}\n신규일 2021-{m:02d}-{dd:02d}\n고객센터 {sw}\n", bank=bank, ac=z(ac),
            p=z(person(rng)), m=rng.randint(1, 12), dd=rng.randint(1, 28), sw=switchboard(rng))
    else:
        d.f("여 권  PASSPORT\n대한민국 REPUBLIC OF KOREA\n여권번호 / Passport No.\n{pp}\n성/Surname {sn}\n주민등록번호 {r}\n"
            "연락처 {m}\n", pp=z(passport(rng, C(rng, "pp_old", "pp_new"))), sn=C(rng, "KIM", "LEE", "PARK"),
            r=z(rrn(rng, C(rng, "rrn_valid", "rrn_masked"))), m=z(mobile(rng)))
    if rng.random() < 0.5:
        d.f("카드 {cc}\n", cc=z(card(rng)))
    return d, "OCR"


def t_masked(rng):
    d = Doc()
    p = person(rng)
    d.f("[본인확인 결과]\n성명 {pn}\n주민등록번호 {r}\n카드 {cc}\n휴대전화 {m}\n※ 위 정보는 일부 가려져 있으나 본인 식별이 가능하므로 "
        "{st}에 따라 안전하게 관리하십시오. 예시 {z}\n", pn=p, r=rrn(rng, "rrn_masked"), cc=card(rng, "card_masked"),
        m=S(f"010-{rng.randint(2, 9)}{digits(rng, 1)}**-{digits(rng, 4)}", "PHONE_NUMBER", "mobile_masked"),
        st=statute(rng), z=placeholder(rng))
    return d, "서식"


STRUCT = [("form", t_form, 40), ("csv", t_csv, 40), ("table", t_table, 30), ("log", t_log, 20), ("json", t_json, 24),
          ("email", t_email, 26), ("chat", t_chat, 22), ("call", t_call, 24), ("ocr", t_ocr, 34), ("masked", t_masked, 8)]
