"""pii_m: OCR'd ID cards/bankbooks, foreign residents' documents, headerless tables, odd key-value forms, 공문, no-PII documents."""
from pii_m_lib import Builder, Neg, COMPANY, FOREIGN, Val

OCR_LBL = {
    "성명": ["성명", "성 명", "셩명", "성멍", "姓名"], "주민등록번호": ["주민등록번호", "주민등룩번호", "주민등록번흐", "주민 등록 번호", "주민등록벋호"],
    "주소": ["주소", "주 소", "주조", "住所"], "연락처": ["연락처", "연락쳐", "연 락 처", "연락저"], "생년월일": ["생년월일", "생년윌일", "생넌월일", "생년 월 일"],
    "계좌번호": ["계좌번호", "계좌번흐", "게좌번호", "계 좌 번 호"], "예금주": ["예금주", "예끔주", "예금 주"],
    "여권번호": ["여권번호", "여권번흐", "여권 번호", "Passport No."], "외국인등록번호": ["외국인등록번호", "외국인등룩번호", "외국인 등록번호"],
}
SHORT_LBL = {"주민등록번호": ["주번", "주민번호", "RRN", "주민No."], "연락처": ["H.P", "HP", "Tel", "☎", "핸폰", "휴대폰"],
             "계좌번호": ["계좌", "입금계좌", "A/C"], "여권번호": ["여권#", "PP No", "여권No."], "운전면허번호": ["면허No.", "면허#", "DL"],
             "외국인등록번호": ["외등번호", "ARC", "등록No."], "생년월일": ["생년", "DOB", "생일"], "이메일": ["E-mail", "메일", "@"]}


def lbl(g, k, ocr=False):
    if ocr and k in OCR_LBL and g.r.random() < 0.6:
        return g.ch(OCR_LBL[k])
    return k


def t_idcard(g):
    r, ch, b = g.r, g.ch, Builder()
    kind = ch(["rrc", "rrc", "dl", "arc", "passport"])
    b.t(ch(["[스캔본 OCR 결과]\n", "--- OCR page 1 ---\n", "", "이미지 판독 텍스트(자동 추출)\n"]))
    if kind == "rrc":
        nm = g.name(spaced=r.random() < 0.4)
        rr = g.rrn(ch(["rrn_valid", "rrn_valid", "rrn_masked"]), noise_p=0.6)
        b.f("{title}\n{nm} ({hanja})\n{rr}\n{ad}\n{dt}\n{iss}\n", title=ch(["주민등록증", "주 민 등 록 증", "주민등룩증", "주민등록중"]), nm=nm,
            hanja=ch(["金民洙", "李知勳", "朴瑞然", "崔賢宇", "鄭秀彬"]), rr=rr, ad=g.address(ch(["road_full", "jibun", "road_short"])),
            dt=g.date_neg(), iss=Neg(ch(["서울특별시 마포구청장", "수원시 팔달구청장", "부산광역시 해운대구청장", "춘천시장"]), "official_title"))
    elif kind == "dl":
        nm = g.name(spaced=r.random() < 0.3)
        dl = g.dl(ch(["dl_numeric", "dl_name", "dl_name_nospace"]), noise_p=0.6)
        rr = g.rrn(ch(["rrn_valid", "rrn_masked"]), noise_p=0.4)
        b.f("{t}\n{cls}\n{dl}\n{nm}\n{rr}\n{ad}\n적성검사기간 {d1} ~ {d2}\n암호일련번호 {ser}\n{dt}\n{iss}\n",
            t=ch(["자동차운전면허증 (Driver's License)", "자동차운전먼허증", "자 동 차 운 전 면 허 증"]), cls=ch(["1종보통", "2종보통", "1종대형 1종보통"]),
            dl=dl, nm=nm, rr=rr, ad=g.address(), d1=g.date_neg(), d2=g.date_neg(), ser=Neg(g.fill("A#A#A#"), "serial_number"), dt=g.date_neg(),
            iss=Neg(ch(["서울경찰청장", "경기남부경찰청장", "부산경찰청장", "전남경찰청장"]), "official_title"))
    elif kind == "arc":
        country, lat, kor = g.foreigner()
        frn = g.frn(noise_p=0.6)
        b.f("{t}\nALIEN REGISTRATION CARD\n{frn}\n{lat}\n국가 {country}  체류자격 {visa}\n발급일자 {dt}\n{iss}\n",
            t=ch(["외국인등록증", "외 국 인 등 록 증", "외국인등륵증"]), frn=frn, lat=lat, country=country, visa=ch(["E-9", "F-6", "D-2", "H-2", "E-7", "F-4"]),
            dt=g.date_neg(), iss=Neg(ch(["서울출입국·외국인청장", "수원출입국·외국인사무소장", "광주출입국·외국인사무소장"]), "official_title"))
        if r.random() < 0.5:
            b.f("(뒷면) 체류지 {ad}\n", ad=g.address())
    else:
        country = ch(["한국", "한국"] + sorted(FOREIGN))
        pp = g.passport(country, noise_p=0.4)
        if country == "한국":
            nm = g.name()
            b.f("여권 PASSPORT\n종류/Type PM  발행국/Issuing country KOR\n{l1}/Passport No.\n{pp}\n한글성명 {nm}\n생년월일/Date of birth {dob}\n"
                "주민등록번호 {rr}\n발급일/Date of issue {dt}\n", l1=lbl(g, "여권번호", True), pp=pp, nm=nm, dob=g.dob(fmt="iso"), rr=g.rrn("rrn_masked"),
                dt=g.date_neg())
        else:
            c, lat, kor = g.foreigner(country)
            b.f("PASSPORT  {country}\nPassport No. {pp}\nName {lat}\nDate of birth {dob}\nDate of expiry {dt}\n", country=country, pp=pp, lat=lat,
                dob=g.dob(fmt=ch(["iso", "slash", "dot_pad"])), dt=g.date_neg())
    b.t(ch(["", "\n※ 본 사본은 제출 목적 외 사용을 금함\n", "\n[판독 신뢰도 0.83]\n"]))
    return b, "신분증·통장 OCR"


def t_bankbook(g):
    r, ch, b = g.r, g.ch, Builder()
    bank, acct = g.account(noise_p=0.5)
    owner = g.name(spaced=r.random() < 0.3)
    b.f("{bank} {kind}\n{l1} {acct}\n{l2} {owner} 님\n신규일 {dt}\n\n", bank=bank, kind=ch(["보통예금", "저축예금", "입출금자유예금", "보 통 예 금"]),
        l1=lbl(g, "계좌번호", True), acct=acct, l2=lbl(g, "예금주", True), owner=owner, dt=g.date_neg())
    bal = r.randrange(100000, 5000000)
    for _ in range(r.randrange(3, 7)):
        amt = r.randrange(1, 300) * 1000
        bal += amt if r.random() < 0.5 else -amt
        y = r.randrange(23, 26)
        memo = ch(["person", "company", "fixed", "card", "acct"])
        if memo == "person":
            v = g.name()
        elif memo == "company":
            v = ch(COMPANY)
        elif memo == "card":
            v = Neg(ch(["체크카드", "KB카드대금", "신한카드"]), "memo")
        elif memo == "acct":
            v = g.account()[1]
        else:
            v = ch(["급여", "관리비", "이자", "통신요금", "보험료"])
        b.f("{d}  {v}  {amt}  {bal}\n", d=Neg(f"{y}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}", "date_not_birth"), v=v,
            amt=f"{amt:,}", bal=f"{bal:,}")
    if r.random() < 0.5:
        b.f("\n{br}지점 ☎ {tel}\n", br=ch(["마포", "역삼", "둔산", "서면", "동성로"]), tel=g.switchboard())
    return b, "신분증·통장 OCR"


def t_foreign_doc(g):
    r, ch, b = g.r, g.ch, Builder()
    kind = ch(["extension", "employment", "marriage", "roster"])
    country, lat, kor = g.foreigner()
    if kind == "extension":
        b.f("체류기간 연장허가 신청서\n\n성(Surname)/명(Given names): {lat}\n한글 성명: {kor}\n국적: {country}\n{l1}: {frn}\n{l2}: {pp}\n"
            "여권 발급일 {d1} / 만료일 {d2}\n대한민국 내 주소: {ad}\n전화: {ph}  휴대전화: {mob}\n전자우편: {em}\n\n신청인 {lat} (서명)\n",
            lat=lat, kor=kor, country=country, l1=lbl(g, "외국인등록번호", True), frn=g.frn(noise_p=0.2), l2=lbl(g, "여권번호", True),
            pp=g.passport(country, noise_p=0.1), d1=g.date_neg(), d2=g.date_neg(), ad=g.address(), ph=g.foreign_phone(), mob=g.mobile(), em=g.email())
    elif kind == "employment":
        boss, comp = g.name(), ch(COMPANY)
        b.f("외국인근로자 고용변동 신고\n\n사업장: {comp} (사업자등록번호 {brn}), 대표자 {boss}, 전화 {tel}\n\n근로자 {kor} / {lat} / {country}\n"
            "외국인등록번호 {frn}   여권번호 {pp}\n변동사유: 근무처 변경(사업장 휴업)\n급여 지급 계좌: {bank} {acct}\n\n", comp=comp, brn=g.brn(), boss=boss,
            tel=g.landline(), kor=kor, lat=lat, country=country, frn=g.frn(noise_p=0.1), pp=g.passport(country), bank=(ba := g.account())[0], acct=ba[1])
        b.f("위와 같이 신고합니다.\n{dt}\n신고인(사업주) {boss}\n{iss} 귀하\n", dt=g.date_neg(), boss=boss, iss=Neg("○○고용센터장", "official_title"))
    elif kind == "marriage":
        sp = g.name()
        b.f("국제결혼 중개 계약 확인서\n\n남편 {sp}, 주민등록번호 {rr}, 주소 {ad}\n아내 {kor} ({lat}), {country} 국적, 여권 {pp}, 생년월일 {dob}\n\n"
            "두 사람은 {dt} {country}에서 혼인하였고, 배우자(F-6) 사증을 신청한다. 아내의 본국 연락처 {fph}, 남편 휴대전화 {mob}.\n"
            "중개업체 {comp}, 담당 {ag} ({tel})\n", sp=sp, rr=g.rrn(noise_p=0.1), ad=g.address(), kor=kor, lat=lat, country=country, pp=g.passport(country),
            dob=g.dob(), dt=g.date_neg(), fph=g.foreign_phone(), mob=g.mobile(), comp=ch(COMPANY), ag=g.name(), tel=g.landline())
    else:
        b.f("{site} 외국인 근로자 숙소 배정표 ({dt} 기준)\n\n", site=ch(["○○농협 공동선별장", "○○수산 가공공장", "○○산업단지 ○○공장"]), dt=g.date_neg())
        n = r.randrange(3, 6)
        sep = ch([" | ", "\t", "  ", " / "])
        for i in range(n):
            c2, la, ko = (country, lat, kor) if i == 0 else g.foreigner()
            cells = [str(i + 1), ko if r.random() < 0.5 else la, c2, g.frn(noise_p=0.1) if r.random() < 0.7 else g.passport(c2),
                     ch(["A동 101", "A동 102", "B동 201", "컨테이너 3"])]
            if r.random() < 0.5:
                cells.append(g.mobile())
            for j, c in enumerate(cells):
                b.val(c)
                if j < len(cells) - 1:
                    b.t(sep)
            b.t("\n")
        b.f("\n숙소 관리 담당 {m} 반장 ({ph})\n", m=g.name(), ph=g.mobile())
    return b, "외국인 체류 서류"


def t_table(g):
    r, ch, b = g.r, g.ch, Builder()
    theme = ch(["relief", "course", "vehicle", "card_err", "refund", "staff"])
    sep = ch([" | ", "|", "\t", "   ", " ; ", ","])
    titles = {"relief": "재난지원금 지급 대상(2차)", "course": "평생학습 수강생", "vehicle": "공영주차장 정기권 등록", "card_err": "카드 결제 오류 건 재처리",
              "refund": "과오납 환급 대상", "staff": "비상연락망"}
    if r.random() < 0.6:
        b.f("{t}\n", t=titles[theme])
    for i in range(r.randrange(3, 7)):
        nm = g.name()
        if theme == "relief":
            cells = [nm, g.rrn(noise_p=0.1), g.account()[1], g.amount()]
        elif theme == "course":
            cells = [str(i + 1), nm, g.dob(fmt=ch(["dot_pad", "short_dot", "yymmdd"])), g.mobile(), g.email()]
        elif theme == "vehicle":
            cells = [g.plate(), nm, g.dl() if r.random() < 0.7 else g.mobile(), ch(["월정기", "야간", "분기"])]
        elif theme == "card_err":
            cells = [Neg(f"TX{g.digits(9)}", "transaction_id"), nm, g.card(), g.amount()]
        elif theme == "refund":
            bank, acct = g.account()
            cells = [nm, bank, acct, g.amount(), g.mobile()]
        else:
            cells = [ch(["팀장", "주무관", "실무관"]), nm, g.landline(), g.mobile(), g.email("official")]
        if r.random() < 0.2:
            cells = cells[::-1]
        for j, c in enumerate(cells):
            b.val(c)
            if j < len(cells) - 1:
                b.t(sep)
        b.t("\n")
    if r.random() < 0.5:
        b.f("※ 작성예시: {ex} | {rr}\n", ex=Neg("홍길동", "placeholder_person"), rr=Neg("000000-0000000", "placeholder_number"))
    return b, "서식·표"


def t_kvform(g):
    r, ch, b = g.r, g.ch, Builder()
    layout = ch(["multi", "label_after", "abbrev", "ocr_grid", "free"])
    nm = g.name()
    ocr = layout == "ocr_grid"
    rr, ph, em = g.rrn(noise_p=0.3 if ocr else 0.1), g.mobile(noise_p=0.2 if ocr else 0), g.email()
    bank, acct = g.account(noise_p=0.2)
    extra = ch(["dl", "card", "pp", "frn", "health"])
    ev = {"dl": g.dl(noise_p=0.2), "card": g.card(noise_p=0.2), "pp": g.passport("한국", noise_p=0.1), "frn": g.frn(noise_p=0.2), "health": g.health()}[extra]
    el = {"dl": "운전면허번호", "card": "카드번호", "pp": "여권번호", "frn": "외국인등록번호", "health": "건강보험증번호"}[extra]
    title = ch(["장학금 지급 신청서", "자원봉사자 등록카드", "임차인 정보 확인서", "공공시설 대관 신청서", "체육센터 회원가입서", "긴급복지 지원 신청서"])
    b.f("{t}\n\n", t=title)
    if layout == "multi":
        b.f("성명 {nm}   주민번호 {rr}   H.P {ph}\n주소 {ad}\n{el} {ev}   E-mail {em}\n입금 {bank} / {acct}\n", nm=nm, rr=rr, ph=ph,
            ad=g.address(), el=el, ev=ev, em=em, bank=bank, acct=acct)
    elif layout == "label_after":
        b.f("{nm} (성명)\n{rr} (주민등록번호)\n{ph} ← 연락처\n{acct} ({bank}, 본인 명의)\n{ev} …{el}\n{em} (이메일)\n", nm=nm, rr=rr, ph=ph,
            acct=acct, bank=bank, ev=ev, el=el, em=em)
    elif layout == "abbrev":
        b.f("{l1}:{nm}/{l2}:{rr}/{l3}:{ph}\n{l4}:{bank}{acct}/{l5}:{ev}\n{l6}:{em}\n", l1=ch(["名", "성명", "이름"]), nm=nm,
            l2=ch(SHORT_LBL_RRN), rr=rr, l3=ch(["H.P", "HP", "☎", "핸폰"]), ph=ph, l4=ch(["A/C", "계좌", "입금"]), bank=bank, acct=acct,
            l5={"dl": "면허No.", "card": "카드#", "pp": "여권#", "frn": "ARC", "health": "건보#"}[extra], ev=ev, l6=ch(["E-mail", "메일", "Email"]), em=em)
    elif layout == "ocr_grid":
        b.f("{a}  {nm}        {b_}  {rr}\n{c}  {ph}\n{d}  {ad}\n{e}  {acct}   {f}  {nm2}\n{el}  {ev}\n", a=lbl(g, "성명", True), nm=nm,
            b_=lbl(g, "주민등록번호", True), rr=rr, c=lbl(g, "연락처", True), ph=ph, d=lbl(g, "주소", True), ad=g.address(),
            e=lbl(g, "계좌번호", True), acct=acct, f=lbl(g, "예금주", True), nm2=nm, el=el, ev=ev)
    else:
        b.f("신청인은 {nm}({rr})이며, 연락은 {ph}로 하거나 {em}로 메일을 보내면 된다. 지원금은 본인 명의 {bank} 계좌 {acct}로 받기를 원한다. "
            "본인 확인용으로 {el} {ev:을} 함께 적었다.\n", nm=nm, rr=rr, ph=ph, em=em, bank=bank, acct=acct, el=el, ev=ev)
    b.f("\n접수번호 {rc}  접수일 {dt}\n", rc=g.receipt_no(), dt=g.date_neg())
    return b, "서식·표"


SHORT_LBL_RRN = SHORT_LBL["주민등록번호"]


def t_gongmun(g):
    r, ch, b = g.r, g.ch, Builder()
    org = ch(["○○시", "○○군", "○○구", "○○도"])
    b.f("{org}\n\n수신  {rcv}\n(경유)\n제목  {ttl}\n\n1. 관련: {dn1}\n2. {body}\n", org=org, rcv=Neg(ch(["○○도지사(안전정책과장)", "수신자 참조", "○○장관(운영지원과장)"]), "official_title"),
        ttl=ch(["개인정보 유출 사고 신고", "보조금 부정수급자 통보", "체납자 출국금지 요청", "외국인 주민 실태조사 결과 제출"]), dn1=g.doc_no(),
        body=ch(["위 호와 관련하여 붙임과 같이 통보합니다.", "아래 사람에 대하여 조치를 요청합니다.", "다음과 같이 결과를 제출합니다."]))
    nm = g.name()
    style = r.random()
    if style < 0.5:
        b.f("  가. 대상자: {nm}, 생년월일 {dob}, 주소 {ad}\n  나. 연락처: {ph}\n  다. 내용: {why}\n", nm=nm, dob=g.dob(), ad=g.address(),
            ph=g.mobile(), why=ch(["체납액 {0} (3년 이상)".format("1,234만 원"), "보조금 중복 수령", "전입신고 후 실거주 불일치"]))
    else:
        b.f("  가. 유출 항목: 성명, 주민등록번호, 계좌번호\n  나. 유출 규모: {n}명(예: {nm}, {rr}, {acct})\n", n=r.randrange(3, 900), nm=nm,
            rr=g.rrn(ch(["rrn_masked", "rrn_valid"])), acct=g.account()[1])
    st, tl, dh = g.name(), g.name(), g.name()
    b.f("\n붙임  관련 자료 1부.  끝.\n\n{head}\n\n", head=Neg({"○○시": "○○시장", "○○군": "○○군수", "○○구": "○○구청장", "○○도": "○○도지사"}[org], "official_title"))
    layout = ch(["line", "stack"])
    if layout == "line":
        b.f("주무관 {st}   {tl2} {tl}   {dh2} 전결 {dt} {dh}\n", st=st, tl2=ch(["팀장", "주사"]), tl=tl, dh2=ch(["과장", "국장"]), dt=g.date_neg(), dh=dh)
    else:
        b.f("기안자 {st}\n검토자 {tl}\n결재권자 {dh}\n협조자\n", st=st, tl=tl, dh=dh)
    b.f("시행 {dn} ({dt})  접수\n우 {zip}  {addr}  / www.oo.go.kr\n전화번호 {tel}  팩스번호 {fax}  / {em} / 부분공개(6)\n",
        dn=g.doc_no(), dt=g.date_neg(), zip=Neg(str(r.randrange(10000, 63000)), "postal_code"), addr=g.inst_addr(), tel=g.landline(), fax=g.landline(),
        em=g.email("official"))
    return b, "공문"


def t_negative(g):
    """documents with no PII but many PII-looking hard negatives."""
    r, ch, b = g.r, g.ch, Builder()
    kind = ch(["guide", "notice", "verdict_summary", "procure", "it_notice", "press_nopii", "form_blank"])
    if kind == "guide":
        b.f("개인정보 처리 안내\n\n신청서의 주민등록번호 칸에는 {ph} 처럼 뒷자리를 적지 마십시오. 작성 예시의 성명 {ex}, 연락처 {mm}은 가상의 값입니다. "
            "문의는 {sw} 또는 정부민원안내콜센터 110으로 하십시오. 근거: {st}\n", ph=Neg("000000-0000000", "placeholder_number"),
            ex=Neg("홍길동", "placeholder_person"), mm=Neg("010-****-****", "masked_phone"), sw=g.switchboard(), st=g.statute())
    elif kind == "notice":
        b.f("{t} 공고 제{y}-{n}호\n\n{ttl}\n\n1. 접수 기간: {d1} ~ {d2}\n2. 접수 장소: {addr}\n3. 문의: {main}, {sw}\n4. 관리번호 {mg}\n\n{dt}\n{t}\n",
            t=g.title_only(), y=r.randrange(2023, 2026), n=r.randrange(1, 999), ttl=ch(["공유재산 매각 입찰 공고", "지방공무원 임용시험 시행계획 공고",
            "도시계획시설 결정 열람 공고"]), d1=g.date_neg(), d2=g.date_neg(), addr=g.inst_addr(), main=g.inst_main(), sw=g.switchboard(), mg=g.mgmt_no(), dt=g.date_neg())
    elif kind == "verdict_summary":
        b.f("판례 요지\n\n{c1} 판결은 {st}의 해석에 관하여 종전 판단({c2})을 유지하였다. 원고 {p1}는 피고 {p2}를 상대로 {amt}의 지급을 구하였으나 기각되었다. "
            "사건은 {c3}로 상고되었다. 관련 검찰 사건 {pr}.\n", c1=g.case_no(), st=g.statute(), c2=g.case_no(), p1=Neg("A", "placeholder_person"),
            p2=Neg("B사", "placeholder_person"), amt=g.amount(), c3=g.case_no(), pr=g.prosecution_no())
    elif kind == "procure":
        b.f("나라장터 입찰 결과\n공고번호 {bn}  관리번호 {mg}\n품명: 영상감시장치 {mdl} 외 12식\n낙찰 금액 {amt}\n계약 담당 {t}\n문의 {main}\n",
            bn=g.bid_no(), mg=g.mgmt_no(), mdl=g.model_no(), amt=g.amount(), t=g.title_only(), main=g.inst_main())
    elif kind == "it_notice":
        b.f("전산 점검 안내\n\n{dt} 02:00~06:00 행정정보시스템 점검. 대상 버전 {v1} → {v2}. 장비 {mdl}. 장애 접수 {sw}. 작업번호 {rc}. "
            "사용자 ID {uid} 외 계정은 영향 없음.\n", dt=g.date_neg(), v1=g.version(), v2=g.version(), mdl=g.model_no(), sw=g.switchboard(),
            rc=g.receipt_no(), uid=Neg(f"u{g.digits(5)}", "system_user_id"))
    elif kind == "press_nopii":
        b.f("보도자료\n\n{t}, {ttl}\n\n{t2}{j} {dt} 관계기관 회의를 열고 대책을 발표했다. 총사업비는 {amt}이며 {st}에 따라 추진된다. 피해 주민 {mp} 등 "
            "{n}명이 의견을 냈다.\n담당 부서 안전총괄과 (대표전화 {main})\n", t=g.title_only(), ttl=ch(["폭염 대응 종합대책 발표", "하천 정비 예산 확보", "전세사기 피해 지원"]),
            t2="도지사", j="는", dt=g.date_neg(), amt=g.amount(), st=g.statute(), mp=g.masked_person(), n=r.randrange(3, 60), main=g.inst_main())
    else:
        b.f("개인정보 수집·이용 동의서(빈 양식)\n\n성명 ______  생년월일 ____.__.__.  주민등록번호 ______-_______\n연락처 ___-____-____  계좌 ______________\n"
            "기재 예: {ex}, {ph}\n보유기간 5년 / 근거 {st} / 문의 {sw}\n", ex=Neg("홍길동", "placeholder_person"), ph=Neg("000000-0000000", "placeholder_number"),
            st=g.statute(), sw=g.switchboard())
    return b, ch(["공문", "보도자료·지역뉴스", "서식·표"]) if kind in ("notice", "guide", "form_blank") else {"verdict_summary": "판결문", "procure": "공문",
                                                                                                            "it_notice": "공문", "press_nopii": "보도자료·지역뉴스"}[kind]


def t_claim(g):
    r, ch, b = g.r, g.ch, Builder()
    kind = ch(["rental", "travel", "rental", "hospital"])
    nm = g.name()
    if kind == "rental":
        dl, card, pl = g.dl(noise_p=0.2), g.card(noise_p=0.15), g.plate(ch(["plate_3", "plate_2"]))
        b.f("{co} 단기 대여 계약서\n\n임차인 {nm} / 면허 {dl} / 생년월일 {dob}\n대여 차량 {pl} ({car})\n대여 {d1} 10:00 반납 {d2} 18:00\n"
            "보증금 결제 카드 {card} (승인번호 {ap})\n휴대전화 {ph}\n", co=ch(["○○렌터카", "제주○○렌트", "○○모빌리티"]), nm=nm, dl=dl,
            dob=g.dob(fmt=ch(["short_dot", "dot_pad", "iso"])), pl=pl, car=ch(["아반떼 CN7", "K5 DL3", "카니발 KA4"]), d1=g.date_neg(), d2=g.date_neg(),
            card=card, ap=Neg(g.digits(8), "approval_number"), ph=g.mobile())
        if r.random() < 0.6:
            d2n = g.name()
            b.f("제2운전자 {d2n}, 면허번호 {dl2}, 연락처 {ph2}\n", d2n=d2n, dl2=g.dl(noise_p=0.1), ph2=g.mobile())
        b.f("사고 시 연락: 고객센터 {sw}\n", sw=g.switchboard())
    elif kind == "travel":
        pp = g.passport("한국", noise_p=0.15)
        b.f("해외여행자보험 보험금 청구서\n\n피보험자 {nm}  여권번호 {pp}  주민등록번호 {rr}\n사고 내용: {dt} 현지에서 소매치기를 당해 지갑을 잃어버렸습니다. "
            "지갑 안에 있던 신용카드({card})는 바로 분실 신고하였고, 여권은 영사관에서 긴급여권(여권번호 {pp2})을 받았습니다.\n"
            "보험금 수령 계좌 {bank} {acct}\n연락처 {ph} / {em}\n", nm=nm, pp=pp, rr=g.rrn(noise_p=0.1), dt=g.date_neg(), card=g.card(),
            pp2=g.passport("한국"), bank=(ba := g.account())[0], acct=ba[1], ph=g.mobile(), em=g.email())
    else:
        b.f("진료비 영수증 재발급 요청\n\n환자 {nm} (건강보험증번호 {hi})\n보호자 {gd}, 연락처 {ph}\n결제 카드 {card} / 결제일 {dt}\n"
            "운전면허번호 {dl}로 본인 확인함. 영수증은 {em}로 발송.\n", nm=nm, hi=g.health(), gd=g.name(), ph=g.mobile(), card=g.card(noise_p=0.1),
            dt=g.date_neg(), dl=g.dl(), em=g.email())
    return b, "서식·표"
