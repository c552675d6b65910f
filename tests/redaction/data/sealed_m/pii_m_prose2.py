"""pii_m: long prose templates part 2 (회의록, 보도자료·지역뉴스, 부고·수상, 서신)."""
from pii_m_lib import Builder, Neg, COMPANY

COUNCILS = ["○○시의회", "○○군의회", "○○구의회", "○○도의회"]
COMMITTEES = ["기획행정위원회", "복지환경위원회", "산업건설위원회", "예산결산특별위원회", "행정사무감사 특별위원회"]


def t_minutes(g):
    r, ch, b = g.r, g.ch, Builder()
    council = r.random() < 0.65
    chair = g.name()
    mem = [g.name() for _ in range(r.randrange(3, 5))]
    off = [g.name() for _ in range(2)]
    if council:
        b.f("제{s}회 {cc} ({kind})\n{com} 회의록\n제{n}호\n\n일시: {dt} 10시 02분 개의\n장소: 위원회 회의실\n\n의사일정\n1. {ag} (의안번호 {an})\n\n",
            s=r.randrange(250, 340), cc=ch(COUNCILS), kind=ch(["임시회", "제2차 정례회"]), com=ch(COMMITTEES), n=r.randrange(1, 9), dt=g.date_neg(),
            ag=ch(["○○시 주민자치회 설치 조례 일부개정조례안", "2025년도 제1회 추가경정예산안", "○○천 정비사업 추진상황 보고", "공유재산 관리계획 변경안"]),
            an=Neg(f"{r.randrange(100, 2500)}", "bill_number"))
        b.t("출석위원(5인)\n")
        b.f("  {a}  {b2}  {c}\n", a=chair, b2=mem[0], c=mem[1])
        b.f("출석 공무원\n  {t1} {o1}  {t2} {o2}\n\n", t1=ch(["도시건설국장", "복지국장", "기획조정실장"]), o1=off[0], t2=ch(["하천관리과장", "노인복지과장", "예산과장"]), o2=off[1])
        b.t("(10시 02분 개의)\n\n")
        b.f("○위원장 {c}  성원이 되었으므로 회의를 개의하겠습니다. 집행부에서 보고해 주시기 바랍니다.\n\n", c=chair)
        b.f("○{t1} {o1}  {t1} {o1}입니다. 지난 회기에 위원님들께서 지적하신 사항 위주로 말씀드리겠습니다. ", t1="국장", o1=off[0])
        b.t(ch(["○○천 하류 구간은 보상 협의가 늦어져 공정률이 41%에 머물러 있습니다.\n\n", "경로당 냉방비 지원 대상은 312곳으로 확대하였습니다.\n\n",
                "추경 편성액 중 재난관리기금 전출금이 가장 큰 비중을 차지합니다.\n\n"]))
        m0 = mem[0]
        res = g.name()
        ph = g.mobile()
        b.f("○{m0} 위원  {m0} 위원입니다. 국장님, 제가 지난주에 {place} 주민 {res} 씨 댁을 다녀왔습니다. 어르신이 {age}세이신데 민원을 세 번이나 넣었는데 "
            "답이 없다고 하세요. 제가 그분 휴대폰 번호 {ph}를 과장님께 드렸는데 연락 한 번 하셨습니까?\n\n",
            m0=m0, place=ch(["○○동 ○○마을", "○○면 ○○리", "○○아파트 단지"]), res=res, age=r.randrange(70, 95), ph=ph)
        b.f("○{t2} {o2}  {o2} 과장입니다. 담당 주무관 {st:이} 통화를 시도했는데 받지 않으셨다고 보고받았습니다. 다시 확인하겠습니다.\n\n",
            t2="과장", o2=off[1], st=g.name())
        m1 = mem[1]
        if r.random() < 0.6:
            comp = ch(COMPANY)
            rep = g.name()
            bank, acct = g.account()
            b.f("○{m1} 위원  자료 요구 하나 하겠습니다. 제출하신 계약 현황을 보면 {comp}, 대표가 {rep}이죠. 이 업체에 선급금이 나갔는데, 지급 계좌가 "
                "{bank} {acct}, 이게 법인 계좌가 아니라 대표 개인 계좌예요. 어떻게 이렇게 됩니까?\n\n", m1=m1, comp=comp, rep=rep, bank=bank, acct=acct)
            b.f("○{t1} {o1}  확인해서 서면으로 보고드리겠습니다.\n\n", t1="국장", o1=off[0])
        else:
            b.f("○{m1} 위원  {m1} 위원입니다. 제가 받은 제보 메일이 있습니다. 보낸 분 주소가 {em}인데, 본인이 공개해도 된다고 해서 말씀드립니다. "
                "공사 소음 때문에 야간에 잠을 못 잔다는 내용입니다.\n\n", m1=m1, em=g.email())
        if len(mem) > 3:
            b.f("○{m}  위원장님, 관련해서 보충 질의하겠습니다.\n\n○위원장 {c}  {m} 위원님 말씀하십시오.\n\n", m=mem[3], c=chair)
        b.f("○위원장 {c}  더 질의하실 위원님 안 계십니까? (「없습니다」 하는 위원 있음) 그러면 의결하겠습니다. (의사봉 3타)\n\n(11시 47분 산회)\n", c=chair)
    else:
        b.f("{com} 제{n}차 회의 속기록\n\n일시: {dt}\n장소: {place}\n\n참석: 위원장 {c}, 위원 ", com=ch(["○○시 도시계획위원회", "○○구 지방보조금심의위원회",
            "○○군 인사위원회", "○○시 분쟁조정위원회", "○○교육청 학교폭력대책심의위원회"]), n=r.randrange(2, 30), dt=g.date_neg(),
            place=ch(["본관 4층 소회의실", "화상회의"]), c=chair)
        for i, m in enumerate(mem):
            b.f("{m}{sep}", m=m, sep=", " if i < len(mem) - 1 else "\n")
        b.f("간사: {o}\n\n", o=off[0])
        b.f("간사({o}): 오늘 안건은 {ag}입니다. 신청인 {app} 님이 직접 출석하셨습니다.\n\n", o=off[0],
            ag=ch(["보조금 교부 이의신청 건", "조정신청 제12호 건", "개발행위허가 재심의 건"]), app=(app := g.name()))
        b.f("위원장({c}): 신청인께서는 본인 확인을 위해 생년월일을 말씀해 주시죠.\n\n신청인({app}): {dob}입니다. 연락은 {ph}로 주시면 됩니다. "
            "주소는 {ad}이고요.\n\n", c=chair, app=app, dob=g.dob(fmt=ch(["korean", "dot_space"])), ph=g.mobile(noise_p=0.1), ad=g.address())
        b.f("{m}: 제출 서류에 운전면허증 사본이 붙어 있는데 번호가 {dl}로 돼 있고, 신청서에는 주민등록번호 {rr}로 적혀 있습니다. 이런 건 가려서 "
            "올려 주셔야 합니다.\n\n간사({o}): 죄송합니다. 배포본에서는 가리겠습니다.\n\n", m=mem[0], dl=g.dl(noise_p=0.1), rr=g.rrn(), o=off[0])
        b.f("{m}: 신청인, 2021년에 같은 건으로 소송하셨죠? 사건번호가 {cs}로 확인됩니다.\n\n신청인({app}): 네, 그때는 취하했습니다.\n\n",
            m=mem[1], cs=g.case_no(), app=app)
        b.f("위원장({c}): 표결하겠습니다. 찬성 {yes}, 반대 {no}. 원안 가결되었습니다. 오늘 회의를 마칩니다.\n", c=chair, yes=len(mem) - 1, no=1)
    return b, "회의록"


def t_news(g):
    r, ch, b = g.r, g.ch, Builder()
    press = r.random() < 0.4
    story = ch(["market", "flood_help", "youth", "bus", "elder", "foreign_fest"])
    ppl = [g.name() for _ in range(3)]
    ages = [r.randrange(20, 90) for _ in range(3)]
    if press:
        b.f("보 도 자 료\n배포일시 {dt} | 보도일시 즉시\n\n", dt=g.date_neg())
    else:
        reporter = g.name()
        b.f("[{paper}] {reporter} 기자 = ", paper=ch(["○○일보", "○○신문", "주간○○", "○○뉴스"]), reporter=reporter)
    if story == "market":
        b.t("○○전통시장 화재 이후 석 달, 상인들이 다시 문을 열었다.\n\n")
        b.f("30년째 건어물 가게를 운영하는 {p0}({a0}) 씨는 \"불이 났던 날 밤을 잊을 수 없다\"며 \"그래도 이웃 상인들이 도와줘서 버텼다\"고 말했다. "
            "바로 옆 떡집 주인 {p1}({a1}) 씨도 \"단골들이 먼저 찾아와 줬다\"고 했다.\n\n시는 피해 점포 47곳에 긴급 경영안정자금을 지원했다. 시장 상인회장 "
            "{p2} 씨는 \"관광객이 예전만큼 돌아오려면 주차장이 필요하다\"고 강조했다.\n", p0=ppl[0], a0=ages[0], p1=ppl[1], a1=ages[1], p2=ppl[2])
    elif story == "flood_help":
        b.f("지난달 집중호우로 집이 잠긴 {p0}({a0}) 할머니에게 이웃들이 보낸 성금이 전달됐다. 성금 모금을 처음 제안한 사람은 같은 마을 청년 "
            "{p1}({a1}) 씨다. {p1} 씨는 자신의 SNS에 사연을 올리고 후원 계좌({bank} {acct}, 예금주 {p1})를 공개했다. 열흘 만에 1,200여 명이 참여했다.\n\n"
            "{p0} 할머니는 \"평생 이런 도움은 처음\"이라며 눈시울을 붉혔다.\n", p0=ppl[0], a0=r.randrange(75, 95), p1=ppl[1], a1=r.randrange(25, 40),
            bank=(ba := g.account())[0], acct=ba[1])
    elif story == "youth":
        b.f("청년 창업지원 사업에 선정된 {p0}({a0}) 대표는 폐현수막을 가방으로 만드는 일을 한다. \"시청 앞에 걸렸다 버려지는 현수막만 한 달에 수백 장\"이라는 "
            "그는 지난해 동업자 {p1}({a1}) 씨와 함께 회사를 세웠다. 제품 문의는 회사 메일({em})로 받는다. 현재 모델명 {mdl} 등 네 가지 제품을 판매한다.\n",
            p0=ppl[0], a0=r.randrange(24, 39), p1=ppl[1], a1=r.randrange(24, 39), em=g.email("company"), mdl=g.model_no())
    elif story == "bus":
        b.f("마을버스 노선이 폐지된 뒤 ○○리 주민들은 하루 두 번 다니는 군내버스에 의존하고 있다. 주민 {p0}({a0}) 씨는 \"병원에 가려면 아침 6시 40분 "
            "차를 타야 한다\"고 했다. 이장 {p1} 씨는 군청에 보낸 건의서에 자신의 휴대전화 번호({ph})를 적어 \"언제든 연락해 달라\"고 했다.\n\n"
            "군 관계자는 \"수요응답형 버스 도입을 검토하고 있다\"고 밝혔다.\n", p0=ppl[0], a0=ages[0], p1=ppl[1], ph=g.mobile(), t=g.title_only())
    elif story == "elder":
        b.f("올해 100세를 맞은 {p0} 어르신이 구청으로부터 장수 지팡이를 받았다. 1925년 {m}월생인 {p0} 어르신은 지금도 매일 아침 동네 한 바퀴를 걷는다. "
            "함께 사는 셋째 아들 {p1}({a1}) 씨는 \"어머니 건강 비결은 규칙적인 식사\"라고 전했다.\n", p0=ppl[0], m=r.randrange(1, 13), p1=ppl[1], a1=r.randrange(60, 75))
    else:
        country, lat, kor = g.foreigner()
        b.f("세계인의 날을 맞아 열린 ○○ 다문화 축제에서 {country} 출신 {kor}({age}) 씨가 전통 요리 부스를 운영했다. 2016년 결혼이민으로 한국에 온 그는 "
            "\"고향 음식을 이웃과 나누고 싶었다\"고 말했다. 축제 추진위원장 {p0} 씨는 \"올해는 18개국 출신 주민이 참여했다\"고 밝혔다.\n",
            country=country, kor=kor, age=r.randrange(28, 50), p0=ppl[0])
    if press:
        b.f("\n담당 부서 {dept}  책임자 과장 {c} ({tel})  담당자 주무관 {s} ({tel2}, {em})\n", dept=ch(["일자리경제과", "안전총괄과", "복지정책과", "문화관광과"]),
            c=g.name(), tel=g.landline(), s=g.name(), tel2=g.landline(), em=g.email("official"))
        b.f("대표전화 {m} / {addr}\n", m=g.inst_main(), addr=g.inst_addr())
    else:
        b.f("\n{rep} 기자 {em}\n", rep=reporter, em=g.email("company", ch(["oonews.co.kr", "ilbo-oo.com"])))
    return b, "보도자료·지역뉴스"


def t_obit(g):
    r, ch, b = g.r, g.ch, Builder()
    if r.random() < 0.55:
        dec = g.name()
        sons = [g.name() for _ in range(r.randrange(1, 3))]
        dau = g.name()
        b.f("[부고] {dec} 씨 별세\n\n{dec} 씨가 {dt} 숙환으로 별세했다. 향년 {age}세. 유족으로는 아들 ", dec=dec, dt=g.date_neg(), age=r.randrange(70, 99))
        for i, s in enumerate(sons):
            b.f("{s}({job}){sep}", s=s, job=ch(["○○시청 주무관", "회사원", "자영업", "○○고 교사"]), sep=", " if i < len(sons) - 1 else ", ")
        b.f("딸 {d}, 사위 {sl} 씨 등이 있다. 빈소는 ○○병원 장례식장 {room}호실, 발인 {dt2} 오전 7시. 장지 ○○추모공원.\n", d=dau, sl=g.name(),
            room=r.randrange(1, 9), dt2=g.date_neg())
        if r.random() < 0.7:
            b.f("연락처: {rel} {s} {ph}\n", rel="상주", s=sons[0], ph=g.mobile(noise_p=0.05))
        if r.random() < 0.6:
            b.f("마음 전하실 곳: {bank} {acct} (예금주 {s})\n", bank=(ba := g.account())[0], acct=ba[1], s=sons[-1])
        b.f("장례식장 대표번호 {sw}\n", sw=g.switchboard())
    else:
        kind = ch(["공무원", "시민", "학생"])
        w = [g.name() for _ in range(r.randrange(2, 5))]
        b.f("{title}\n\n", title=ch(["○○시, 올해의 모범공무원 시상", "제27회 ○○시민대상 수상자 발표", "봉사상 수상 소식", "자랑스러운 군민상 시상식 열려"]))
        b.f("{org:은} {dt} 시상식을 열고 ", org=ch(["○○시", "○○군", "○○교육지원청"]), dt=g.date_neg())
        for i, x in enumerate(w):
            b.f("{x}({age}){sep}", x=x, age=r.randrange(14, 80), sep=", " if i < len(w) - 1 else " ")
        b.f("씨 등 {n}명에게 상을 수여했다. 대상을 받은 {x:은} {why} 수상자에게는 상금 {amt}이 수여됐으며, 상금은 본인 계좌({acct})로 지급된다.\n",
            n=len(w), x=w[0], why=ch(["20년간 무료 급식소를 운영해 왔다.", "하천 정화 활동을 꾸준히 이어 왔다.", "독거노인 말벗 봉사를 12년째 하고 있다.",
                                      "재난 현장에서 주민 대피를 도왔다."]), amt=g.amount(), acct=g.account()[1])
        b.f("{x} 씨는 \"함께 봉사한 이웃들 덕분\"이라고 소감을 밝혔다. 문의는 담당 {s} 주무관({tel}).\n", x=w[1], s=g.name(), tel=g.landline())
    return b, "부고·수상"


def t_letter(g):
    r, ch, b = g.r, g.ch, Builder()
    kind = ch(["petition", "resign", "complaint", "thanks", "foreign"])
    me = g.name()
    if kind == "petition":
        acc = g.name()
        b.f("탄 원 서\n\n사건번호 {cs}\n피고인 {acc}\n\n존경하는 재판장님께.\n\n저는 피고인 {acc}의 {rel} {me}입니다. {acc:은} 지난 {y}년 회사가 문을 닫은 뒤 "
            "일자리를 구하지 못해 힘들어했습니다. 그렇다고 잘못이 없어지는 것은 아니지만, 피해자 {v}님께 빌린 돈은 제가 매달 나누어 갚고 있습니다. "
            "지금까지 보낸 내역은 제 명의 {bank} 계좌({acct})에서 이체한 기록으로 첨부하였습니다.\n\n한 번만 선처해 주시기를 간곡히 부탁드립니다.\n\n"
            "{dt}\n탄원인 {me} (생년월일 {dob})\n주소 {ad}\n연락처 {ph}\n", cs=g.case_no(), acc=acc, rel=ch(["어머니", "누나", "친구", "직장 동료"]), me=me,
            y=r.randrange(2019, 2024), v=g.name(), bank=(ba := g.account())[0], acct=ba[1], dt=g.date_neg(), dob=g.dob(), ad=g.address(), ph=g.mobile())
    elif kind == "resign":
        boss = g.name()
        b.f("{boss} 대표님께\n\n그동안 감사했습니다. 저 {me:은} 개인 사정으로 {dt}자로 퇴사하고자 합니다. 남은 급여와 퇴직금은 기존 급여 계좌 "
            "{acct}로 보내 주시면 됩니다. 4대보험 상실 신고 때 필요하실까 봐 주민등록번호도 적어 둡니다: {rr}\n\n인수인계 자료는 공유 폴더에 올려 두었고, "
            "퇴사 후에도 궁금한 점은 개인 메일 {em}로 연락 주세요.\n\n{me} 올림\n", boss=boss, me=me, dt=g.date_neg(), acct=g.account(noise_p=0.1)[1],
            rr=g.rrn(noise_p=0.1), em=g.email())
    elif kind == "complaint":
        nb = g.name()
        b.f("○○구청장님께 드리는 글\n\n안녕하십니까. 저는 {ad}에 사는 {me}입니다. 윗집에 사는 {nb} 씨와 층간소음 문제로 1년 넘게 다투고 있습니다. "
            "관리사무소에도 여러 번 이야기했지만 달라지지 않았습니다. 이웃사이센터에 연락해 보라고 하시는데 대기가 석 달이라고 합니다.\n\n"
            "주차 문제도 있습니다. {nb} 씨 차량({pl})이 매일 장애인 주차구역에 서 있습니다. 사진은 별도로 보내 드리겠습니다.\n\n"
            "답변은 {ph} 또는 {em}로 부탁드립니다.\n{me} 드림\n", ad=g.address(), me=me, nb=nb, pl=g.plate(), ph=g.mobile(), em=g.email())
    elif kind == "thanks":
        st = g.name()
        b.f("{org} {st} 주무관님께\n\n지난달 어머니 기초연금 신청 때 친절하게 도와주셔서 감사 인사를 드립니다. 어머니({mom}, {dob}생)는 글을 잘 모르셔서 "
            "늘 서류 앞에서 작아지셨는데, 주무관님이 하나하나 읽어 주셨다고 합니다.\n\n작은 마음이지만 칭찬 글을 누리집에 올렸습니다. "
            "혹시 확인 전화가 필요하시면 제 번호 {ph}로 연락 주세요.\n\n{me} 올림\n", org=ch(["○○동 행정복지센터", "○○읍사무소", "○○구청 복지정책과"]),
            st=st, mom=g.name(), dob=g.dob(fmt=ch(["dot_space", "korean", "short_dot"])), ph=g.mobile(), me=me)
    else:
        country, lat, kor = g.foreigner()
        b.f("To: ○○출입국·외국인사무소\n\n저는 {country}에서 온 {kor}({lat})입니다. 한국어가 서툴러서 친구 {fr}의 도움을 받아 씁니다. 제 외국인등록증을 "
            "잃어버렸습니다. 외국인등록번호는 {frn}이고 여권번호는 {pp}입니다. 재발급을 받으려면 무엇을 가져가야 하나요? 회사 사장님 {boss} 씨의 "
            "전화번호는 {tel}입니다. 제 번호는 {ph}, 메일은 {em}입니다.\n\n감사합니다.\n{lat}\n", country=country, kor=kor, lat=lat, fr=g.name(),
            frn=g.frn(noise_p=0.1), pp=g.passport(country), boss=g.name(), tel=g.landline(), ph=g.mobile(), em=g.email())
    return b, "서신"
