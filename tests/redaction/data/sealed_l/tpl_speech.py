# -*- coding: utf-8 -*-
"""Call-centre transcripts (speech-to-text or typed minutes of a call)."""
from core import *  # noqa
from common import *  # noqa

FILL = ["네.", "네, 확인하겠습니다.", "잠시만요.", "음… 네, 조회해 볼게요.", "아 네.", "예.", "확인 중입니다.", "네, 잠시만 기다려 주세요."]


def _spoken_num(rng, p, joiners=(" ", " ", "에 ", " 다시 ")):
    """Either keep digits (speech-to-text often writes numerals) or spell them."""
    r = rng.random()
    if r < 0.55:
        return spell(p, rng, rng.choice(list(joiners)))
    if r < 0.75:
        return n_space(p, rng, 2) if "-" not in p.text else p.with_text(p.text.replace("-", " "), fmt="spoken_space")
    return p


def _spoken_email(rng, e):
    local, dom = e.text.split("@")
    loc = local.replace(".", rng.choice([" 점 ", "."]))
    if dom.endswith(".com") and rng.random() < 0.5:
        dom_s = dom[:-4] + " 닷컴"
    else:
        dom_s = dom.replace(".", rng.choice([" 점 ", "."]))
    return e.with_text(loc + " 골뱅이 " + dom_s, ["spoken_email"])


def t_call(rng, d):
    agent = person(rng)
    cust = person(rng)
    A = rng.choice(["상담사", "상담원", "직원", "A"])
    C = rng.choice(["고객", "민원인", "발신자", "B"])
    ts = rng.random() < 0.5
    t0 = [0]

    def say(who, fmt_, *args):
        if ts:
            t0[0] += rng.randint(3, 25)
            d.add("[%02d:%02d] " % (t0[0] // 60, t0[0] % 60))
        d.add(who, ": ")
        d.ln(fmt_, *args)

    d.ln("[녹취록] 통화ID {0} / {1}", N("CALL-%d%07d" % (rng.randint(2024, 2025), rng.randint(0, 9999999)), "public_record_id"),
         doc_date(rng, "iso", 2024, 2025))
    org = rng.choice(["한빛카드 고객센터", "한빛시 120 민원콜", "건강보험 고객센터", "새솔구청 민원실", "출입국 상담센터",
                      "한빛은행 콜센터"])
    topic = rng.randrange(8)
    if rng.random() < 0.7:
        say(A, "감사합니다, %s 상담사 {0}입니다." % org, agent)
    else:
        say(A, "네, %s입니다. 무엇을 도와드릴까요?" % org)
    if topic == 0:  # lost card
        c = card(rng, sep=rng.choice(["-", " "]))
        dtb = rand_date(rng, 1955, 2003)
        say(C, "카드를 잃어버려서 분실신고 하려고요.")
        say(A, "본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?")
        db = dob(rng, dtb, "yymmdd")
        say(C, "{0}이고요, 생년월일은 {1}입니다.", cust, spell(db, rng, "") if rng.random() < 0.6 else db)
        say(A, rng.choice(FILL))
        say(A, "분실하신 카드 번호 알고 계시면 불러 주세요.")
        say(C, "{0}, 이거요.", _spoken_num(rng, c))
        say(A, "확인되었습니다. 즉시 사용 정지 처리해 드렸고요, 재발급 카드는 등록된 주소로 보내 드립니다.")
        if rng.random() < 0.5:
            addr, _ = address(rng)
            say(C, "주소가 바뀌어서요. {0}%s 보내 주세요." % J(addr, "으로/로"), addr)
        say(A, "연락 받으실 번호도 확인 부탁드립니다.")
        say(C, "{0} 입니다.", _spoken_num(rng, phone(rng, "mobile")))
    elif topic == 1:  # refund account
        ac, bk = account(rng)
        say(C, "환급금이 있다고 문자를 받았는데요.")
        say(A, "성함이랑 연락처 말씀해 주시겠어요?")
        say(C, "{0}이고 번호는 {1} 입니다.", cust, _spoken_num(rng, phone(rng, "mobile")))
        say(A, "네 {0}님, 환급금 {1} 확인됩니다. 받으실 계좌 불러 주세요.", cust, amount(rng, 10000, 900000))
        say(C, "%s이요. {0}, 예금주는 저예요." % bk.replace("은행", ""), _spoken_num(rng, ac))
        say(A, "다시 한번 확인하겠습니다. {0}, 맞으시죠?", ac)
        say(C, "네 맞아요.")
    elif topic == 2:  # identity check with RRN
        ck = rng.choice(["valid", "valid", "post2020"])
        r, _ = rrn(rng, ck, dt=rand_date(rng, 2008, 2019, 1, 9) if ck == "valid" else None)
        say(C, "아이 %s 때문에 전화드렸어요." % rng.choice(["예방접종 기록", "건강보험 피부양자 등록", "양육수당"]))
        say(A, "아이 주민등록번호 불러 주시겠어요?")
        say(C, "{0}, 확인해 주세요.", _spoken_num(rng, r, (" 다시 ", " 다시 ", "에 ")))
        say(A, rng.choice(FILL))
        say(A, "보호자분 성함도 말씀해 주세요.")
        say(C, "{0}입니다. 애 엄마예요." if rng.random() < 0.5 else "{0}이고 아빠입니다.", cust)
        if rng.random() < 0.5:
            say(A, "건강보험증 번호도 있으시면 불러 주세요.")
            say(C, "{0} 이요.", _spoken_num(rng, health_ins(rng), (" ",)))
    elif topic == 3:  # fine / vehicle
        pl = plate(rng, rng.choice(["p2", "p3", "region", "commercial"]))
        say(C, "과태료 고지서가 왔는데 제 차가 아닌 것 같아서요.")
        say(A, "차량번호 말씀해 주세요.")
        say(C, "{0}요. 근데 저는 그날 그 동네에 간 적이 없어요.", pl)
        say(A, "소유자 성함 확인 부탁드립니다.")
        say(C, "{0}요.", cust)
        if rng.random() < 0.6:
            dl = driver_license(rng, rng.choice(["numeric", "plain"]))
            say(A, "운전면허번호도 확인이 필요합니다.")
            say(C, "{0}.", _spoken_num(rng, dl, (" 다시 ", " ")))
        say(A, "의견진술서를 {0}까지 제출해 주시면 검토해 드리겠습니다.", doc_date(rng, "korean", 2025, 2025))
    elif topic == 4:  # passport
        pp = passport_kr(rng)
        say(C, "여권을 분실했는데 신고하려고요.")
        say(A, "여권번호 아시면 말씀해 주세요.")
        q = n_space(pp, rng, 2) if rng.random() < 0.5 else pp
        say(C, "사진 찍어 둔 게 있어요. {0}입니다.", q)
        say(A, "성함 영문 철자도 불러 주세요.")
        say(C, "{0}요.", latin_person(cust.text, rng, 0))
        say(A, "네, {0}님 확인되었습니다.", cust)
    elif topic == 5:  # foreigner
        fn = foreign(rng)
        fp = P("PERSON", fn[1] if rng.random() < 0.6 else title_case(fn[0]), "foreign_hangul")
        fr, _ = frn(rng, "valid")
        say(C, "저 외국인등록증 연장 문의해요. 한국말 조금 해요.")
        say(A, "네 천천히 말씀하세요. 성함이 어떻게 되세요?")
        say(C, "{0}예요.", fp)
        say(A, "외국인등록번호 불러 주시겠어요?")
        say(C, "{0}", _spoken_num(rng, fr, (" ", " 다시 ")))
        say(A, "연락처는요?")
        say(C, "{0}", _spoken_num(rng, phone(rng, "mobile")))
    elif topic == 6:  # email
        e = email(rng, cust.text)
        say(C, "증명서를 메일로 받고 싶어요.")
        say(A, "성함과 이메일 주소 불러 주세요.")
        say(C, "{0}이고요, 메일은 {1}입니다.", cust, _spoken_email(rng, e) if rng.random() < 0.7 else e)
        say(A, "다시 말씀드리면 {0} 맞으세요?", e)
        say(C, "네.")
    else:  # address change
        addr, _ = address(rng)
        dtb = rand_date(rng, 1950, 2003)
        say(C, "주소 변경하려고요.")
        say(A, "성함, 생년월일 확인하겠습니다.")
        say(C, "{0}, {1}요.", cust, dob(rng, dtb, rng.choice(["korean", "yy_korean"])))
        say(A, "변경하실 주소 말씀해 주세요.")
        say(C, "{0}요.", addr)
    say(A, rng.choice(["더 궁금하신 점 있으세요?", "처리 완료되었습니다. 좋은 하루 되세요.", "감사합니다."]))
    if rng.random() < 0.5:
        sw = switchboard(rng) if rng.random() < 0.6 else N(rng.choice(["120", "1345", "110"]), "short_code")
        say(A, "추가 문의는 {0}%s 주시면 됩니다." % J(sw, "으로/로"), sw)
    return {}
