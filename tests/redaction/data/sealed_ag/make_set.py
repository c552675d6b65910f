#!/usr/bin/env python3
"""pii_ag: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Every random choice comes from
random.Random("pii_ag-2026|<template>|<i>[|r<k>]") (string seeds, so the output
does not depend on PYTHONHASHSEED).  Run:  python3 make_set.py
Writes pii_ag.jsonl, pii_ag.meta.jsonl, stats.json next to this file and
validates them (it does not write README.md or MD5SUMS).
"""
import json, os, re, random, unicodedata, collections, sys

OUT = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_ag-2026"
PER_GENRE = 32

# ---------------------------------------------------------------- primitives
class S:
    """A gold span value."""
    def __init__(s, val, typ, kind, noise=()):
        s.val, s.typ, s.kind, s.noise = val, typ, kind, list(noise)
    def __str__(s):
        return s.val

class H:
    """A tagged hard negative (unlabelled)."""
    def __init__(s, val, cat):
        s.val, s.cat = val, cat
    def __str__(s):
        return s.val

class Doc:
    def __init__(s):
        s.parts, s.n, s.spans, s.negs = [], 0, [], []
    def add(s, *items):
        for it in items:
            if isinstance(it, (list, tuple)):
                s.add(*it); continue
            if isinstance(it, S):
                s.spans.append(dict(start=s.n, end=s.n + len(it.val), type=it.typ,
                                    kind=it.kind, noise=list(it.noise), val=it.val))
                x = it.val
            elif isinstance(it, H):
                s.negs.append(dict(start=s.n, end=s.n + len(it.val), text=it.val, category=it.cat))
                x = it.val
            else:
                x = str(it)
            s.parts.append(x); s.n += len(x)
        return s
    def text(s):
        return "".join(s.parts)

def has_jong(w):
    c = w[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "013678"
    return False

def josa(w, kind):
    w = str(w)
    j = has_jong(w)
    return {"은": "은" if j else "는", "이": "이" if j else "가", "을": "을" if j else "를",
            "과": "과" if j else "와", "아": "아" if j else "야", "으로": "으로" if j else "로",
            "이다": "이다" if j else "다", "이었": "이었" if j else "였"}[kind]

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}

# ---------------------------------------------------------------- name pools
SUR = [("김","kim",22),("이","lee",16),("박","park",9),("최","choi",5),("정","jung",5),("강","kang",3),
       ("조","cho",3),("윤","yoon",3),("장","jang",3),("임","lim",2),("한","han",2),("오","oh",2),
       ("서","seo",2),("신","shin",2),("권","kwon",2),("황","hwang",2),("안","ahn",2),("송","song",2),
       ("전","jeon",1),("홍","hong",1),("유","yoo",1),("고","ko",1),("문","moon",1),("양","yang",1),
       ("손","son",1),("배","bae",1),("백","baek",1),("허","heo",1),("노","noh",1),("남","nam",1),
       ("심","shim",1),("하","ha",1),("곽","kwak",1),("성","sung",1),("차","cha",1),("주","joo",1),
       ("우","woo",1),("구","koo",1),("민","min",1),("진","jin",1),("나","na",1),("엄","eom",1),
       ("채","chae",1),("원","won",1),("천","cheon",1),("방","bang",1),("공","kong",1),("현","hyun",1),
       ("함","ham",1),("변","byun",1),("염","yeom",1),("추","choo",1),("도","do",1),("석","seok",1),
       ("설","seol",1),("마","ma",1),("길","gil",1),("연","yeon",1),("위","wi",1),("표","pyo",1),
       ("명","myung",1),("기","ki",1),("반","ban",1),("왕","wang",1),("금","keum",1),("옥","ok",1),
       ("육","yook",1),("맹","maeng",1),("탁","tak",1),("국","kook",1),("어","eo",1),("편","pyun",1),
       ("용","yong",1),("빈","bin",1),("피","pi",1),("견","gyeon",1),("봉","bong",1),("승","seung",1)]
RARE2 = [("남궁","namgung"),("황보","hwangbo"),("선우","sunwoo"),("제갈","jegal"),("독고","dokgo"),
         ("사공","sagong"),("서문","seomun"),("동방","dongbang")]
GIV = [("민준","minjun"),("서연","seoyeon"),("지훈","jihoon"),("하은","haeun"),("도윤","doyun"),("수아","sua"),
       ("예준","yejun"),("지우","jiwoo"),("시우","siwoo"),("서윤","seoyun"),("주원","juwon"),("하준","hajun"),
       ("지호","jiho"),("지아","jia"),("준서","junseo"),("서현","seohyun"),("건우","geonwoo"),("민서","minseo"),
       ("현우","hyunwoo"),("채원","chaewon"),("영수","youngsoo"),("정희","junghee"),("경자","kyungja"),
       ("순자","soonja"),("미경","mikyung"),("상철","sangcheol"),("동현","donghyun"),("은정","eunjeong"),
       ("혜진","hyejin"),("성민","sungmin"),("재훈","jaehoon"),("보람","boram"),("다솜","dasom"),("한결","hangyeol"),
       ("슬기","seulgi"),("나래","narae"),("윤아","yuna"),("태호","taeho"),("기범","kibeom"),("명숙","myungsook"),
       ("옥순","oksoon"),("병철","byungcheol"),("광수","kwangsoo"),("춘자","chunja"),("형준","hyungjun"),
       ("소영","soyoung"),("유진","yujin"),("승현","seunghyun"),("가람","garam"),("은비","eunbi"),("주희","juhee"),
       ("종민","jongmin"),("해솔","haesol"),("진영","jinyoung"),("석진","seokjin"),("연희","yeonhee"),
       ("우현","woohyun"),("다인","dain"),("재석","jaeseok"),("인호","inho"),("선미","sunmi"),("덕배","deokbae"),
       ("말순","malsoon"),("규리","gyuri"),("온유","onyu"),("이안","ian"),("로운","roun"),("아름","areum"),
       ("창호","changho"),("미란","miran"),("봉구","bonggu"),("효린","hyorin"),("세영","seyoung"),("준","jun"),
       ("솔","sol"),("훈","hoon"),("결","gyeol")]
FOREIGN_HANGUL = ["응우옌 반 훙","쩐 티 란","레 티 호아","팜 반 득","왕팡","리웨이","장민","마리아 산토스",
                  "안젤리카 레예스","솜차이 스리숙","아지즈 토시마토프","람 바하두르 타파","바트바야르 간볼드",
                  "아구스 세티아완","에밀리 카터","다니엘 브라운","타나카 유키","사토 하루토","올레나 코발렌코",
                  "니콜라이 이바노프","소크 다라","누르 하피자","아흐메드 칸","줄리아 슈미트"]
# (latin name, nationality, passport kind)
FOREIGN = [("NGUYEN VAN HUNG","베트남","VNM"),("TRAN THI LAN","베트남","VNM"),("LE THI HOA","베트남","VNM"),
           ("PHAM VAN DUC","베트남","VNM"),("HOANG MINH TUAN","베트남","VNM"),("WANG FANG","중국","CHN"),
           ("LI WEI","중국","CHN"),("ZHANG MIN","중국","CHN"),("LIU YANG","중국","CHN"),
           ("MARIA SANTOS","필리핀","PHL"),("ANGELICA REYES","필리핀","PHL"),("MARK ANTHONY GARCIA","필리핀","PHL"),
           ("SOMCHAI SRISUK","태국","THA"),("KANYA PHROMMA","태국","THA"),("AZIZ TOSHMATOV","우즈베키스탄","UZB"),
           ("DILNOZA YUSUPOVA","우즈베키스탄","UZB"),("RAM BAHADUR THAPA","네팔","NPL"),("SITA GURUNG","네팔","NPL"),
           ("BATBAYAR GANBOLD","몽골","MNG"),("AGUS SETIAWAN","인도네시아","IDN"),("SOK DARA","캄보디아","KHM"),
           ("EMILY CARTER","미국","USA"),("DANIEL BROWN","미국","USA"),("TANAKA YUKI","일본","JPN"),
           ("SATO HARUTO","일본","JPN"),("OLENA KOVALENKO","우크라이나","UKR"),("NIKOLAI IVANOV","러시아","RUS"),
           ("JULIA SCHMIDT","독일","DEU"),("JAMES WILSON","영국","GBR"),("SOPHIE TREMBLAY","캐나다","CAN")]

# ---------------------------------------------------------------- checksums
def rrn_check(d12):
    w = [2,3,4,5,6,7,8,9,2,3,4,5]
    return (11 - sum(int(a)*b for a, b in zip(d12, w)) % 11) % 10
def frn_check(d12):
    w = [2,3,4,5,6,7,8,9,2,3,4,5]
    return (13 - sum(int(a)*b for a, b in zip(d12, w)) % 11) % 10
def brn_check(d9):
    w = [1,3,7,1,3,7,1,3,5]
    s = sum(int(a)*b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10
def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10
def luhn_ok(num):
    t = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0
def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c

DAYS = [31,28,31,30,31,30,31,31,30,31,30,31]
def rand_date(r, y0, y1, after=None):
    while True:
        y = r.randint(y0, y1); m = r.randint(1, 12)
        dm = DAYS[m-1] + (1 if m == 2 and y % 4 == 0 else 0)
        d = r.randint(1, dm)
        if after and (y, m) < after:
            continue
        return y, m, d

# ---------------------------------------------------------------- generators
DL_REG = {11:"서울",12:"부산",13:"경기",14:"강원",15:"충북",16:"충남",17:"전북",18:"전남",19:"경북",
          20:"경남",21:"제주",22:"대구",23:"인천",24:"광주",25:"대전",26:"울산",28:"경기북부"}
PLATE_H = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_C = "바사아자"
PLATE_REG = ["서울","부산","대구","인천","광주","대전","울산","경기","강원","충북","충남","전북","전남","경북","경남","제주"]
BANKS = [("국민은행",[6,2,6]),("KB국민은행",[6,2,6]),("신한은행",[3,3,6]),("우리은행",[4,3,6]),("하나은행",[3,6,5]),
         ("NH농협은행",[3,4,4,2]),("농협",[6,2,6]),("IBK기업은행",[3,6,2,3]),("SC제일은행",[3,2,6]),
         ("카카오뱅크",[4,2,7]),("토스뱅크",[4,4,4]),("케이뱅크",[3,3,6]),("새마을금고",[4,2,6,1]),
         ("우체국",[6,2,6]),("부산은행",[3,4,4,2]),("iM뱅크(대구은행)",[3,2,6,1]),("수협은행",[3,4,4,1]),
         ("신협",[3,3,6]),("광주은행",[3,3,6]),("경남은행",[3,2,7])]
BANK_PREFIX = {"신한은행":["110","140","100"],"카카오뱅크":["3333","3355","7979"],"토스뱅크":["1000","1001"],
               "우리은행":["1002"],"새마을금고":["9002","9003"],"케이뱅크":["100"],"NH농협은행":["302","301","352"],
               "농협":["351","356"]}
CARDS = [("VISA","4",16),("VISA","4518",16),("Master","51",16),("Master","54",16),("Master","2221",16),
         ("BC","9410",16),("BC","9420",16),("JCB","3528",16),("JCB","3565",16),("AMEX","37",15),("AMEX","34",15),
         ("UnionPay","62",16)]
AREA = ["02","031","032","033","041","042","043","044","051","052","053","054","055","061","062","063","064"]
ROADS = ["한빛로","새솔로","누리길","가온로","푸른숲로","은행나무길","달빛로","별마루로","솔바람길","큰내로","들꽃로",
         "매화길","청솔로","미리내로","햇살로","느티로","아람로","버들길","도담로","나래로","다솜로","예솔길","한울로",
         "보람로","초록빛로","강변로","물빛로","구름재로","산마루길","소망로"]
DONG = ["성산동","신정동","중앙동","문화동","양지동","송정동","대림동","월계동","평화동","효자동","상록동","봉명동"]
RI = ["와우리","송림리","대곡리","신촌리","하가리","상리","도곡리"]
EUP = ["봉담읍","진접읍","청북읍","오창읍","남면","서면","외동읍"]
APT = ["한빛아파트","푸르지오","새솔마을아파트","누리빌라","햇살타운","가온하이츠","은하맨션","별빛그린빌"]
REGIONS = [("서울특별시","서울",["마포구","강서구","노원구","송파구","관악구","은평구","도봉구","성북구"]),
           ("부산광역시","부산",["해운대구","사하구","동래구","북구"]),("대구광역시","대구",["수성구","달서구"]),
           ("인천광역시","인천",["남동구","부평구","연수구"]),("광주광역시","광주",["북구","광산구"]),
           ("대전광역시","대전",["유성구","대덕구"]),("울산광역시","울산",["남구","울주군"]),
           ("세종특별자치시","세종",[""]),
           ("경기도","경기",["수원시 팔달구","성남시 분당구","고양시 일산동구","용인시 수지구","평택시","남양주시","화성시","파주시"]),
           ("강원특별자치도","강원",["춘천시","원주시","강릉시"]),("충청북도","충북",["청주시 흥덕구","충주시"]),
           ("충청남도","충남",["천안시 서북구","아산시","공주시"]),("전북특별자치도","전북",["전주시 완산구","익산시"]),
           ("전라남도","전남",["순천시","여수시","목포시"]),("경상북도","경북",["포항시 남구","구미시","경산시"]),
           ("경상남도","경남",["창원시 성산구","김해시","진주시"]),("제주특별자치도","제주",["제주시","서귀포시"])]
PERS_DOM = ["naver.com","gmail.com","daum.net","hanmail.net","kakao.com","nate.com","outlook.com","icloud.com"]
COMPANIES = [("(주)한빛엔지니어링","hanbit-eng.co.kr"),("주식회사 새솔테크","saesoltech.com"),("누리정밀(주)","nurijm.co.kr"),
             ("가온건설 주식회사","gaoncon.kr"),("(주)미리내소프트","mirinaesoft.com"),("청솔물산(주)","cheongsol.co.kr"),
             ("(유)다솜푸드","dasomfood.kr"),("햇살에너지(주)","haessal-energy.com"),("(주)도담메디칼","dodammed.co.kr"),
             ("아람인쇄","aramprint.kr"),("별마루여행사","byeolmaru-tour.com"),("(주)버들렌터카","beodeulcar.co.kr")]
AGENCIES = ["한빛시청","가온군청","누리구청","새솔시 복지재단","미리내교육지원청","청솔시 보건소","다솜도청","햇살시 시설관리공단"]

def ri(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

class G:
    def __init__(s, r):
        s.r = r
        s.used = set()
    # ---- names
    def _kname(s):
        r = s.r
        if r.random() < 0.07:
            sur, srom = r.choice(RARE2)
        else:
            sur, srom, _ = r.choices(SUR, weights=[w for _, _, w in SUR])[0]
        g, grom = r.choice(GIV)
        return sur + g, srom, grom, ("rare_surname" if len(sur) == 2 else ("single_given" if len(g) == 1 else "korean"))
    def name(s, kind=None):
        for _ in range(200):
            nm, srom, grom, k = s._kname()
            if nm not in s.used and not any(nm in u or u in nm for u in s.used):
                s.used.add(nm); sp = S(nm, "PERSON", "name_" + k); sp.rom = (srom, grom); return sp
        raise RuntimeError("names")
    def fname(s, latin=None):
        r = s.r
        if latin is None:
            latin = r.random() < 0.5
        for _ in range(200):
            if latin:
                nm, nat, pk = r.choice(FOREIGN)
                if r.random() < 0.3:
                    nm = " ".join(w.capitalize() for w in nm.split())
            else:
                nm = r.choice(FOREIGN_HANGUL); nat = pk = None
            if nm not in s.used and not any(nm in u or u in nm for u in s.used):
                s.used.add(nm); sp = S(nm, "PERSON", "name_foreign_latin" if latin else "name_foreign_hangul")
                sp.nat, sp.pk = nat, pk
                return sp
        raise RuntimeError("fnames")
    def foreigner(s):
        r = s.r
        for _ in range(200):
            nm, nat, pk = r.choice(FOREIGN)
            if nm not in s.used:
                s.used.add(nm); sp = S(nm, "PERSON", "name_foreign_latin"); sp.nat, sp.pk = nat, pk
                return sp
        raise RuntimeError
    # ---- dates
    def dob(s, y0=1950, y1=2005, fmt=None):
        r = s.r
        y, m, d = rand_date(r, y0, y1)
        fmts = ["dot_space", "korean", "iso", "dot_pad", "yy_dot", "yymmdd"]
        f = fmt or r.choice(fmts)
        v = {"dot_space": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
             "dot_pad": f"{y}.{m:02d}.{d:02d}.", "yy_dot": f"{y%100:02d}.{m:02d}.{d:02d}",
             "yymmdd": f"{y%100:02d}{m:02d}{d:02d}"}[f]
        return S(v, "DATE_OF_BIRTH", "dob_" + f)
    # ---- RRN / FRN
    def rrn(s, kind=None, sep=None):
        r = s.r
        k = kind or r.choices(["rrn_valid", "rrn_post2020", "rrn_masked"], [6, 2, 2])[0]
        if k == "rrn_post2020":
            y, m, d = rand_date(r, 2020, 2025, after=(2020, 10))
        else:
            y, m, d = rand_date(r, 1940, 2019)
        g = (1 if r.random() < .5 else 2) + (2 if y >= 2000 else 0)
        front = f"{y%100:02d}{m:02d}{d:02d}"
        body = front + str(g) + ri(r, 5)
        c = rrn_check(body)
        if k == "rrn_post2020":
            c = (c + r.randint(1, 9)) % 10
        if k == "rrn_masked":
            mc = r.choice(["*", "*", "●", "X", "x", "○"])
            back = str(g) + mc * 6
        else:
            back = body[6:] + str(c)
        sp = sep if sep is not None else r.choices(["-", "", " "], [8, 1, 1])[0]
        if k == "rrn_masked":
            sp = "-"
        return S(front + sp + back, "KR_RRN", k)
    def frn(s, kind=None, sep=None):
        r = s.r
        k = kind or r.choices(["frn_legacy", "frn_post2020", "frn_masked"], [8, 2, 1])[0]
        y, m, d = rand_date(r, 1960, 2006)
        g = (5 if r.random() < .5 else 6) + (2 if y >= 2000 else 0)
        front = f"{y%100:02d}{m:02d}{d:02d}"
        while True:
            office = f"{r.randint(10, 49)}"
            if int(office) % 2 == 0:
                break
        body = front + str(g) + office + ri(r, 2) + r.choice("6789")
        c = frn_check(body)
        if k == "frn_post2020":
            body = front + str(g) + ri(r, 5)
            c = (frn_check(body) + r.randint(1, 9)) % 10
            if c == rrn_check(body):
                c = (c + 1) % 10
                if c == frn_check(body):
                    c = (c + 1) % 10
        if k == "frn_masked":
            back = str(g) + r.choice(["*", "●", "X"]) * 6
        else:
            back = body[6:] + str(c)
        sp = sep if sep is not None else r.choices(["-", "", " "], [8, 1, 1])[0]
        if k == "frn_masked":
            sp = "-"
        return S(front + sp + back, "KR_FRN", k)
    # ---- phones
    def mobile(s, sep=None):
        r = s.r
        if r.random() < 0.06:
            pre, mid = r.choice(["011", "016", "017", "019"]), ri(r, 3)
            k = "mobile_legacy"
        else:
            pre, mid, k = "010", str(r.randint(2, 9)) + ri(r, 3), "mobile"
        sp = sep if sep is not None else r.choices(["-", "", " ", "."], [10, 2, 2, 1])[0]
        return S(f"{pre}{sp}{mid}{sp}{ri(r,4)}", "PHONE_NUMBER", k)
    def landline(s, sep=None, area=None):
        r = s.r
        a = area or r.choice(AREA)
        mid = str(r.randint(2, 9)) + ri(r, r.choice([2, 3]) if a != "02" else r.choice([2, 3]))
        sp = sep if sep is not None else r.choices(["-", ")", " "], [10, 1, 1])[0]
        if sp == ")":
            v = f"{a}){mid}-{ri(r,4)}"
        else:
            v = f"{a}{sp}{mid}{sp}{ri(r,4)}"
        return S(v, "PHONE_NUMBER", "landline")
    def voip(s):
        r = s.r
        if r.random() < 0.5:
            return S(f"070-{r.randint(2,9)}{ri(r,3)}-{ri(r,4)}", "PHONE_NUMBER", "voip_070")
        return S(f"{r.choice(['0504','0505','0507','0508'])}-{r.randint(1,9)}{ri(r,3)}-{ri(r,4)}", "PHONE_NUMBER", "safe_050x")
    def phone(s):
        x = s.r.random()
        return s.mobile() if x < .6 else (s.landline() if x < .88 else s.voip())
    # ---- e-mail
    def email(s, person=None, domain=None):
        r = s.r
        if person is not None and hasattr(person, "rom"):
            sr, gr = person.rom
        else:
            sr, gr = r.choice(SUR)[1], r.choice(GIV)[1]
        pat = r.choice(["{g}.{s}", "{s}{g}", "{gi}{s}{n}", "{s}_{g}{n}", "{s}.{g}", "{g}{n}"])
        loc = pat.format(g=gr, s=sr, gi="".join(w[0] for w in [gr]), n=r.randint(1, 99))
        dom = domain or r.choice(PERS_DOM)
        k = "email_official" if dom.endswith("korea.kr") or ".go.kr" in dom else (
            "email_personal" if dom in PERS_DOM else "email_company")
        return S(f"{loc}@{dom}", "EMAIL_ADDRESS", k)
    # ---- address
    def addr(s, form=None, unit=None):
        r = s.r
        full, short, gus = r.choice(REGIONS)
        gu = r.choice(gus)
        f = form or r.choices(["road_full", "road_short", "road_gu", "jibun"], [5, 2, 2, 2])[0]
        road = r.choice(ROADS)
        if r.random() < 0.35:
            road += f"{r.randint(1,60)}번길"
        bno = f"{r.randint(1,250)}" + (f"-{r.randint(1,30)}" if r.random() < .15 else "")
        u = unit if unit is not None else r.choice(["", f", {r.randint(101,115)}동 {r.randint(1,25)}{r.randint(1,4):02d}호",
                                                     f", {r.randint(2,9)}층 {r.randint(2,9)}0{r.randint(1,9)}호",
                                                     f" {r.randint(2,5)}층", f", {r.randint(1,3)}0{r.randint(1,9)}호"])
        if f == "jibun":
            loc = (gu + " " if gu else "") + (r.choice(EUP) + " " + r.choice(RI) if r.random() < .5 else r.choice(DONG))
            apt = (" " + r.choice(APT)) if u.startswith(", 1") and "동" in u else ""
            v = f"{full if r.random()<.6 else short} {loc} {r.randint(1,999)}-{r.randint(1,40)}{apt}{u.replace(',', '') if apt else u}"
            return S(re.sub(" +", " ", v), "KR_ADDRESS", "addr_jibun")
        if f == "road_gu" and gu:
            v = f"{gu} {road} {bno}{u}"
        elif f == "road_short":
            v = f"{short} {gu} {road} {bno}{u}"
        else:
            v = f"{full} {gu} {road} {bno}{u}"; f = "road_full"
        return S(re.sub(" +", " ", v), "KR_ADDRESS", "addr_" + f)
    def postal(s):
        return f"{s.r.randint(1,63):02d}{ri(s.r,3)}"
    # ---- financial
    def account(s, bank=None):
        r = s.r
        b, groups = bank or r.choice(BANKS)
        digits = ri(r, sum(groups))
        if b in BANK_PREFIX:
            p = r.choice(BANK_PREFIX[b]); digits = p + digits[len(p):]
        sep = r.choices(["-", "", " "], [8, 2, 1])[0]
        out, i = [], 0
        for g_ in groups:
            out.append(digits[i:i+g_]); i += g_
        sp = S(sep.join(out), "KR_BANK_ACCOUNT", "acct_" + ("hyphen" if sep == "-" else "plain" if sep == "" else "space"))
        sp.bank = b
        return sp
    def card(s, sep=None):
        r = s.r
        brand, pre, ln = r.choice(CARDS)
        num = luhn_complete(pre + ri(r, ln - len(pre) - 1))
        sp_ = sep if sep is not None else r.choices(["-", " ", ""], [6, 3, 1])[0]
        if ln == 15:
            v = sp_.join([num[:4], num[4:10], num[10:]])
        else:
            v = sp_.join(num[i:i+4] for i in range(0, 16, 4))
        sp = S(v, "CREDIT_CARD", "card_" + brand.lower()); sp.brand = brand
        return sp
    # ---- IDs
    def passport(s, pk=None):
        r = s.r
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if pk is None or pk == "KOR":
            if r.random() < .5:
                return S(r.choice("MMMMSRGD") + ri(r, 8), "KR_PASSPORT", "passport_kr_old")
            return S(r.choice("MMMMSRGD") + ri(r, 3) + r.choice("ABCDEFGHJK") + ri(r, 4), "KR_PASSPORT", "passport_kr_new")
        v = {"VNM": lambda: r.choice("CCB") + ri(r, 7),
             "CHN": lambda: ("E" + ri(r, 8)) if r.random() < .5 else ("E" + r.choice("ABCDEFGHJ") + ri(r, 7)),
             "PHL": lambda: "P" + ri(r, 7) + r.choice("ABC"),
             "THA": lambda: r.choice(["AA", "AB", "AC"]) + ri(r, 7),
             "UZB": lambda: r.choice(["FA", "AD", "AA"]) + ri(r, 7),
             "NPL": lambda: "PA" + ri(r, 7),
             "MNG": lambda: "E" + ri(r, 7),
             "IDN": lambda: r.choice("BCX") + ri(r, 7),
             "KHM": lambda: "N" + ri(r, 8),
             "USA": lambda: (str(r.randint(5, 6)) + ri(r, 8)) if r.random() < .5 else ("A" + ri(r, 8)),
             "JPN": lambda: r.choice(["TK", "TR", "MZ", "TZ"]) + ri(r, 7),
             "UKR": lambda: r.choice(["FE", "FK", "GA"]) + ri(r, 6),
             "RUS": lambda: ri(r, 2) + r.choice(["", " "]) + ri(r, 7),
             "DEU": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
             "GBR": lambda: str(r.randint(1, 9)) + ri(r, 8),
             "CAN": lambda: r.choice(["AB", "GA", "HP"]) + ri(r, 6)}[pk]()
        return S(v, "KR_PASSPORT", "passport_foreign_" + pk.lower())
    def dl(s, form=None):
        r = s.r
        code = r.choice(list(DL_REG))
        yy = f"{r.choice(list(range(88, 100)) + list(range(0, 25))):02d}"
        ser, ch = ri(r, 6), ri(r, 2)
        f = form or r.choice(["code", "name_space", "name_nospace", "plain12", "code", "name_space"])
        v = {"code": f"{code}-{yy}-{ser}-{ch}", "name_space": f"{DL_REG[code]} {yy}-{ser}-{ch}",
             "name_nospace": f"{DL_REG[code]}{yy}-{ser}-{ch}", "plain12": f"{code}{yy}{ser}{ch}",
             "code_space": f"{code} {yy} {ser} {ch}"}[f]
        return S(v, "KR_DRIVER_LICENSE", "dl_" + f)
    def brn(s):
        r = s.r
        d9 = f"{r.randint(101,899)}" + r.choice(["81","86","87","88","01","05","12","23","90"]) + ri(r, 4)
        return S(f"{d9[:3]}-{d9[3:5]}-{d9[5:]}{brn_check(d9)}", "KR_BRN", "brn")
    def crn(s):
        r = s.r
        d12 = r.choice(["1101", "1311", "1201", "1345", "2841", "1746"]) + r.choice(["11", "11", "31", "71"]) + ri(r, 6)
        return S(f"{d12[:6]}-{d12[6:]}{crn_check(d12)}", "KR_CRN", "crn")
    def plate(s):
        r = s.r
        x = r.random()
        if x < .4:
            v, k = f"{r.randint(10,99)}{r.choice(PLATE_H)} {r.randint(1000,9999)}", "plate_2digit"
        elif x < .7:
            v, k = f"{r.randint(100,399)}{r.choice(PLATE_H)} {r.randint(1000,9999)}", "plate_3digit"
        elif x < .85:
            v, k = f"{r.choice(PLATE_REG)} {r.randint(10,99)}{r.choice(PLATE_H)} {r.randint(1000,9999)}", "plate_region"
        else:
            v, k = f"{r.choice(PLATE_REG)} {r.randint(70,79)}{r.choice(PLATE_C)} {r.randint(1000,9999)}", "plate_commercial"
        if r.random() < .15:
            v = v.replace(" ", "")
            k += "_nospace"
        return S(v, "KR_VEHICLE_PLATE", k)
    def hi(s):
        r = s.r
        d = str(r.randint(1, 7)) + ri(r, 10)
        f = r.choice(["plain", "plain", "hyphen1"])
        return S(d if f == "plain" else d[0] + "-" + d[1:], "KR_HEALTH_INSURANCE", "hi_" + f)
    def ip(s, kind=None):
        r = s.r
        k = kind or r.choices(["public", "private", "ipv6"], [6, 4, 1])[0]
        if k == "private":
            v = r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                          f"192.168.{r.randint(0,255)}.{r.randint(1,254)}",
                          f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"])
        elif k == "ipv6":
            v = f"2001:{r.randint(0x200,0xfff):x}:{r.randint(1,0xffff):x}:{r.randint(1,0xffff):x}::{r.randint(1,0xfff):x}"
        else:
            a = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 112, 115, 118, 121, 125, 175, 180, 182, 211, 218, 220, 222])
            v = f"{a}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
        return S(v, "IP_ADDRESS", "ip_" + k)

    # ---- hard negatives
    def h_doc(s):
        r = s.r
        return H(r.choice([f"{r.choice(['운영지원과','민원정책과','복지정책과','감사담당관','총무과','교무부'])}-{r.randint(100,9999)}",
                           f"서면-{r.randint(2019,2025)}-법인-{r.randint(1000,9999)}",
                           f"부가{r.randint(46000,46099)}-{r.randint(10,999)}"]), "doc_number")
    def h_case(s):
        r = s.r
        return H(r.choice([f"{r.randint(2019,2025)}{r.choice(['고단','고합','노','누','구합','가단','두','나','드단','고약'])}{r.randint(100,99999)}",
                           f"조심 {r.randint(2019,2025)}{r.choice(['서','중','광','부'])}{r.randint(1000,9999)}"]), "case_number")
    def h_statute(s):
        r = s.r
        return H(r.choice([f"「개인정보 보호법」 제{r.randint(15,39)}조 제{r.randint(1,4)}항",
                           f"「도로교통법」 제{r.choice([44,93,148])}조의2 제{r.randint(1,3)}항",
                           f"「국가공무원법」 제{r.choice([56,57,63,78])}조",
                           f"「민원 처리에 관한 법률」 제{r.randint(9,27)}조",
                           f"같은 법 시행령 제{r.randint(2,40)}조 제{r.randint(1,3)}항",
                           f"「국민기초생활 보장법」 제{r.randint(7,46)}조",
                           f"「공공기관의 정보공개에 관한 법률」 제9조 제1항 제{r.randint(1,8)}호"]), "statute")
    def h_amount(s):
        r = s.r
        n = r.randint(1, 9999) * r.choice([100, 1000, 10000])
        return H(r.choice([f"{n:,}원", f"₩{n:,}", f"금 {n:,}원", f"{n//10000:,}만 원" if n >= 10000 else f"{n:,}원"]), "amount")
    def h_date(s):
        r = s.r
        y, m, d = rand_date(r, 2023, 2026)
        return H(r.choice([f"{y}. {m}. {d}.", f"{y}년 {m}월 {d}일", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}."]), "date")
    def h_switch(s):
        r = s.r
        x = r.random()
        if x < .5:
            return H(f"{r.choice(['1588','1577','1600','1544','1644','1566','1661','1899'])}-{ri(r,4)}", "switchboard_15xx")
        a = r.choice(AREA)
        return H(f"{a}-{r.randint(2,9)}{ri(r,2)}-{r.choice(['2114','1000','0114','3114','5114'])}", "switchboard_main")
    def h_short(s):
        return H(s.r.choice(["110", "120", "126", "1345", "1350", "1355", "129", "1366"]), "short_code")
    def h_inst_addr(s):
        r = s.r
        full, short, gus = r.choice(REGIONS)
        gu = r.choice(gus)
        return H(re.sub(" +", " ", f"{full} {gu} {r.choice(ROADS)} {r.randint(1,300)} {r.choice(['정부합동청사','시청 본관','군청 별관 2층','구청 민원동','교육지원청 3층'])}"), "institution_address")
    def h_receipt(s):
        r = s.r
        return H(r.choice([f"{r.randint(1,9)}AA-{r.randint(2301,2512)}-{ri(r,7)}", f"{r.randint(1101,4899)}-{r.randint(2021,2025)}-{ri(r,6)}",
                           f"{r.randint(2023,2025)}{ri(r,7)}-00", f"{r.randint(41000,41999)}-100-{ri(r,5)}"]), "receipt_number")
    def h_version(s):
        r = s.r
        return H(f"{r.choice([10,11])}.0.{r.randint(19041,22631)}.{r.randint(1000,4000)}", "version_number")
    def h_office(s):
        r = s.r
        return H(r.choice(["행정안전부장관", "보건복지부장관", "국세청장", "마포구청장", "한빛시장", "가온군수", "세무서장",
                           "교육감", "경찰서장", "보건소장", "감사원장", "○○장관(운영지원과장)"]), "official_by_office")
    def h_masked(s):
        r = s.r
        sur = r.choice(SUR)[0]
        return H(r.choice([f"{sur}○○", f"{sur}**", f"{sur} 모 씨", f"{sur}◯◯", f"{sur}OO"]), "masked_name")
    def h_placeholder(s):
        return H(s.r.choice(["홍길동", "갑", "을", "A법인", "B사", "000000-0000000", "성명 ○○○"]), "placeholder")
    def h_company(s):
        return H(s.r.choice(COMPANIES)[0], "company_name")
    def h_uid(s):
        r = s.r
        return H(r.choice([f"u{ri(r,5)}", f"adm{ri(r,3)}", f"EMP{ri(r,6)}", f"hb_{ri(r,4)}"]), "system_user_id")
    def h_inst_email(s):
        r = s.r
        return H(f"{r.choice(['minwon','webmaster','privacy','help','press'])}@{r.choice(['hanbit','gaon','nuri','saesol'])}.go.kr", "institution_email")
    def h_postal(s):
        return H(f"우 {s.postal()}", "postal_code")

# ---------------------------------------------------------------- noise
CONF = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
def noisy(r, sp, modes):
    """Apply OCR/handwriting noise to a span value; returns the same S with noise tags."""
    v = sp.val
    tags = []
    for m in modes:
        if m == "fullwidth" and any(c.isdigit() for c in v):
            v = "".join(FW.get(c, c) for c in v); tags.append("fullwidth_digits")
        elif m == "uhyphen" and "-" in v:
            v = v.replace("-", r.choice(["‐", "－", "–"])); tags.append("unicode_hyphen")
        elif m == "confusable":
            idx = [i for i, c in enumerate(v) if c in CONF and 0 < i < len(v) - 1]
            if idx:
                for i in r.sample(idx, min(len(idx), r.randint(1, 2))):
                    v = v[:i] + r.choice(CONF[v[i]]) + v[i+1:]
                tags.append("ocr_confusable")
        elif m == "space_in":
            idx = [i for i in range(1, len(v)) if v[i-1].isdigit() and v[i].isdigit()]
            if idx:
                i = r.choice(idx); v = v[:i] + " " + v[i:]; tags.append("space_in_number")
        elif m == "newline":
            idx = [i for i in range(2, len(v) - 2) if v[i] in "-‐－– " or (v[i-1].isdigit() and v[i].isdigit())]
            if idx:
                i = r.choice(idx)
                v = (v[:i] + "\n" + v[i+1:]) if v[i] == " " else (v[:i+1] + "\n" + v[i+1:]) if v[i] in "-‐－–" else (v[:i] + "\n" + v[i:])
                tags.append("newline_in_number")
        elif m == "spaced_name":
            if " " not in v and len(v) <= 4:
                v = " ".join(v); tags.append("spaced_name")
        elif m == "digit_spaced":
            v = " ".join(c for c in v if c not in "- "); tags.append("digits_spaced")
        elif m == "wrapped":
            idx = [i for i, c in enumerate(v) if c == " " and 4 < i < len(v) - 4]
            if idx:
                i = r.choice(idx); v = v[:i] + "\n" + v[i+1:]; tags.append("wrapped")
    sp.val = v; sp.noise = sp.noise + tags
    return sp

HANGUL_DIG = dict(zip("0123456789", ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]))
def dictate(sp):
    """Phone/account number read out in Sino-Korean digits (as in call transcripts)."""
    sp.val = "".join(HANGUL_DIG.get(c, c) for c in sp.val.replace("-", " "))
    sp.noise = sp.noise + ["hangul_digits"]
    return sp

def ocr_text(r, t, p=0.06):
    """Noise on plain (non-span) text: confusables, broken spacing."""
    out = []
    for c in t:
        x = r.random()
        if c in CONF and x < p * 3:
            out.append(r.choice(CONF[c]))
        elif c == " " and x < p:
            out.append("")
        elif "가" <= c <= "힣" and x < p * 0.5:
            out.append(c + " ")
        else:
            out.append(c)
    return "".join(out)

# ---------------------------------------------------------------- helpers for writing
def title(r, pool):
    return r.choice(pool)

OFF_T = ["주무관", "사무관", "서기관", "과장", "팀장", "국장", "실장", "주사", "계장"]
CO_T = ["대표", "부장", "과장", "대리", "팀장", "이사", "사원", "책임", "선임"]
def person_ref(r, nm, after=None):
    """name + (title|씨|nothing) + optional particle: returns list of items."""
    t = r.choice(["", " 씨", " 씨", " " + r.choice(OFF_T), " " + r.choice(CO_T), "님"])
    base = [nm, t]
    if after:
        w = t.strip() or nm.val
        base.append(josa(w, after))
    return base


# ================================================================ templates
def sep_line(r):
    return r.choice(["\n", "\n\n"])

def t_news(r, g, i):
    d = Doc()
    city = r.choice(["서울", "부산", "대구", "광주", "대전", "수원", "청주", "전주", "창원", "제주", "춘천"])
    rep = g.name()
    v = i % 4
    d.add(f"({city}=한빛일보) ", rep, " 기자 = ")
    if v == 0:
        a, b, c = g.name(), g.name(), g.fname(latin=False)
        age = r.randint(58, 91)
        d.add(f"{city}의 한 전통시장에서 40년째 떡집을 운영해 온 ", a, f"({age}) 씨가 평생 모은 ", g.h_amount(),
              "을 지역 장학재단에 기부했다.\n", a, josa(a, "은"), " \"가난 때문에 공부를 포기하는 아이가 없었으면 한다\"고 말했다.\n",
              "기부 소식을 처음 알린 이웃 상인 ", b, josa(b, "은"), " \"", a, " 사장님은 명절마다 홀몸 어르신들께 떡을 돌렸다\"고 전했다.\n",
              "시장에서 쌀국수 가게를 하는 결혼이민자 ", c, "(", str(r.randint(29, 45)), ") 씨도 \"",
              a, " 어머니 덕분에 한국 생활에 적응했다\"며 고마워했다.\n", (o_ := g.h_office()), josa(o_.val, "은"),
              " 다음 달 ", a, "에게 감사패를 전달할 예정이다.\n")
    elif v == 1:
        a, b, c, e = g.name(), g.name(), g.fname(latin=True), g.name()
        d.add("지난 ", g.h_date(), " 오후 국도에서 승용차와 화물차가 부딪혀 운전자 ", a, f"({r.randint(20,70)})",
              josa("0", "이") if False else "", " 씨가 크게 다쳤다.\n",
              "경찰에 따르면 화물차 운전자 ", b, f"({r.randint(30,65)}) 씨는 \"앞차가 갑자기 멈췄다\"고 진술했다.\n",
              "사고 현장을 지나던 외국인 관광객 ", c, " 씨와 인근 주민 ", e, " 씨가 119에 신고하고 응급조치를 도왔다.\n",
              "소방 당국은 ", c, "(", r.choice(["미국", "영국", "캐나다", "독일"]), ") 씨와 ", e, "에게 표창을 수여하기로 했다.\n")
    elif v == 2:
        ws = [g.name() for _ in range(3)] + [g.fname(latin=r.random() < .5)]
        d.add(f"제{r.randint(3,30)}회 청년 창업 경진대회에서 ", g.h_company(), "의 ", ws[0], " 대표가 대상을 받았다.\n",
              "최우수상은 ", ws[1], "·", ws[2], " 공동대표(", g.h_company(), ")에게 돌아갔고, 특별상은 유학생 ", ws[3], " 씨가 받았다.\n",
              "심사위원장을 맡은 ", (jz := g.name()), " 교수는 \"올해는 돌봄·기후 분야 아이디어가 많았다\"고 평했다.\n",
              ws[0], josa(ws[0], "은"), " 수상 소감에서 '", (m := g.name()), "' 멘토의 이름을 언급하며 감사를 표했다.\n",
              "문의: 대회 사무국 ", g.h_switch(), "\n")
    else:
        a, b = g.name(), g.name()
        f1 = g.fname(latin=False)
        d.add("국내 최고령 마라톤 완주 기록이 새로 쓰였다. 주인공은 ", a, f"({r.randint(80,93)}) 할머니다.\n",
              a, " 할머니는 손자 ", b, f"({r.randint(15,30)})", josa("군", "과") if False else "", " 군과 함께 42.195㎞를 ",
              f"{r.randint(5,7)}시간 {r.randint(1,59)}분에 완주했다.\n",
              "대회 조직위원회는 \"", a, "님의 도전이 많은 이에게 용기를 줬다\"고 밝혔다. ",
              "해외 초청 선수 ", f1, josa(f1, "은"), " 남자부 정상에 올랐다.\n")
    d.add(rep, " 기자 ", g.email(rep, domain="hanbitilbo.co.kr"), "\n")
    return d

def t_pressrel(r, g, i):
    d = Doc()
    dept = r.choice(["복지정책과", "청년정책담당관", "교통안전과", "외국인정책과", "지역경제과", "보건정책과"])
    boss, staff = g.name(), g.name()
    d.add("보 도 자 료\n", r.choice(["보도시점: ", "보도일시: "]), g.h_date(), " 12:00 이후 | 배포: ", g.h_date(), "\n")
    style = i % 3
    if style == 0:
        d.add("담당 부서 | ", dept, " | 책임자 | 과  장 ", boss, " (", g.landline(area=r.choice(["044", "02"])), ")\n",
              "         |        | 담당자 | 사무관 ", staff, " (", g.landline(area="044"), ")\n")
    elif style == 1:
        d.add(f"담당부서: {dept}\n책임자: ", boss, " 과장 ☎ ", g.landline(), "\n담당자: ", staff, " 주무관 ☎ ", g.landline(),
              " / ", g.email(staff, domain="korea.kr"), "\n")
    else:
        d.add("<담당> ", dept, " ", boss, " 과장(", g.landline(), "), ", staff, " 사무관(", g.mobile(), ")\n")
    d.add("\n", r.choice(["'찾아가는 외국인 노동자 상담' 본격 운영", "청년 월세 지원 2차 신청 접수", "어르신 교통안전 교육 실시",
                          "우수 자원봉사자 시상식 개최"]), "\n\n")
    off = g.h_office()
    p = [g.name(), g.name(), g.fname(latin=False), g.fname(latin=True)]
    d.add("- ", off, josa(off.val, "은"), " ", g.h_date(), " 우수 사례로 선정된 주민들을 초청해 간담회를 열었다.\n",
          "- 이날 간담회에는 ", p[0], f"({r.randint(30,70)}) 통장과 ", p[1], " 씨, 결혼이민자 ", p[2], " 씨, 자원봉사자 ",
          p[3], " 씨 등 ", str(r.randint(20, 60)), "명이 참석했다.\n",
          "- ", p[0], " 통장은 \"", p[2], " 씨가 통역을 맡아 준 덕분에 이웃 외국인 가정의 어려움을 알 수 있었다\"고 말했다.\n",
          "- 관련 예산은 ", g.h_amount(), "이며, 세부 내용은 ", g.h_statute(), "에 따른다.\n",
          "※ 문의: 대표전화 ", g.h_switch(), ", 정부민원안내콜센터 ", H("110", "short_code"), "\n")
    return d

def t_meeting(r, g, i):
    d = Doc()
    chair = g.name()
    mem = [g.name() for _ in range(r.randint(3, 5))]
    if r.random() < .3:
        mem.append(g.fname())
    sec = g.name()
    d.add(f"제{r.randint(1,40)}차 ", r.choice(["지방보조금심의위원회", "인사위원회", "개인정보보호위원회", "주민참여예산위원회",
                                             "학교운영위원회", "공적심사위원회"]), " 회의록\n\n",
          "1. 일시: ", g.h_date(), f" {r.randint(10,16)}:00~{r.randint(17,18)}:00\n", "2. 장소: 본관 3층 소회의실\n",
          "3. 참석자: 위원장 ", chair, ", 위원 ")
    for k, m in enumerate(mem):
        d.add(m, ", " if k < len(mem) - 1 else "")
    d.add(f" (총 {len(mem)+1}명)\n", "   간사: ", sec, " 주무관\n", "4. 안건: ", r.choice(["2025년도 보조사업 심의", "징계 감경 여부", "개인정보 처리방침 개정", "예산안 조정"]), "\n\n",
          "【회의 내용】\n")
    speakers = [chair] + mem
    style = i % 3
    lines = ["개회를 선언합니다. 오늘 안건은 한 건입니다.", "자료 3쪽의 집행 실적이 작년보다 낮은데 이유가 뭡니까?",
             "신청 단체 중 두 곳은 서류 보완 중입니다.", "저는 원안에 동의합니다.", "조건부 가결로 하면 어떻겠습니까?",
             "이의 없으시면 원안대로 의결하겠습니다.", "사업 담당자 연락처를 자료에 추가해 주십시오.",
             "지난 회의 때 지적한 부분이 반영되지 않았습니다."]
    for k in range(r.randint(5, 8)):
        sp = chair if k == 0 else r.choice(speakers)
        role = "위원장" if sp is chair else "위원"
        if style == 0:
            d.add("○ ", sp, " ", role, ": ", r.choice(lines), "\n")
        elif style == 1:
            d.add("◇ ", role, "(", sp, ") ", r.choice(lines), "\n")
        else:
            d.add(sp, ": ", r.choice(lines), "\n")
    if r.random() < .5:
        pe = g.name()
        d.add("○ 간사 ", sec, ": 신청인 ", pe, " 씨(", g.mobile(), ")에게 보완 요청하겠습니다.\n")
    d.add("\n5. 의결 결과: 원안 가결\n", "위원장 ", chair, " (서명)\n")
    return d

def t_judgment(r, g, i):
    d = Doc()
    v = i % 4
    court = r.choice(["한빛지방법원", "가온지방법원 누리지원", "새솔지방법원"])
    j1, j2, j3 = g.name(), g.name(), g.name()
    if v in (0, 1):
        dft = g.name()
        d.add(court, "\n판    결\n사    건  ", g.h_case(), " 도로교통법위반(음주운전)\n",
              "피 고 인  ", dft, " (", g.rrn(kind=r.choice(["rrn_masked", "rrn_masked", "rrn_valid"])), "), ",
              r.choice(["회사원", "자영업", "무직", "택시기사"]), "\n",
              "주    거  ", g.addr(), "\n", "등록기준지  ", g.addr(form="road_gu", unit=""), "\n",
              "검    사  ", g.name(), "(기소), ", g.name(), "(공판)\n", "변 호 인  변호사 ", g.name(), "(국선)\n",
              "판결선고  ", g.h_date(), "\n\n주    문\n피고인을 징역 ", str(r.randint(4, 10)), "월에 처한다. 다만 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n",
              "이    유\n범 죄 사 실\n피고인은 ", g.dl(), "호 제1종 보통 운전면허를 가지고 있는 사람이다.\n",
              "피고인은 ", g.h_date(), " 23:40경 혈중알코올농도 0.", str(r.randint(80, 190)), "%의 술에 취한 상태로 ",
              g.addr(form="road_gu", unit=""), " 앞 도로에서 ", g.plate(), " 승용차를 약 ", str(r.randint(2, 9)), "㎞ 운전하였다.\n",
              "법령의 적용\n", g.h_statute(), "\n\n", "판사  ", j1, "\n")
    elif v == 2:
        who = g.foreigner()
        d.add("재    결\n사 건  ", g.h_case(), " 강제퇴거명령 등 취소청구\n청 구 인  ", who, " (", who.nat, ")\n",
              "          외국인등록번호 ", g.frn(), ", 여권번호 ", g.passport(who.pk), "\n",
              "          주소 ", g.addr(), "\n", "          대리인 행정사 ", g.name(), "\n",
              "피청구인  ", H(r.choice(["한빛출입국·외국인사무소장", "가온출입국·외국인사무소장"]), "official_by_office"), "\n",
              "재결일  ", g.h_date(), "\n\n주    문\n청구인의 청구를 기각한다.\n\n청구 취지\n피청구인이 ", g.h_date(),
              " 청구인에게 한 강제퇴거명령을 취소한다.\n\n이    유\n청구인은 체류기간이 ", g.h_date(), " 만료되었음에도 출국하지 아니하였다.\n",
              "위원장 ", j1, "  위원 ", j2, "  위원 ", j3, "\n")
    else:
        ap = g.name()
        d.add("행정심판위원회\n재    결\n사 건  ", g.h_case(), " 자동차운전면허 취소처분 취소청구\n",
              "청 구 인  ", ap, "\n          ", g.addr(), "\n          생년월일 ", g.dob(1960, 2000), "\n",
              "피청구인  ", H(r.choice(["한빛경찰청장", "가온경찰청장"]), "official_by_office"), "\n\n",
              "주    문\n청구를 기각한다.\n\n이    유\n1. 사건 개요\n피청구인은 청구인이 ", g.h_date(), " 혈중알코올농도 0.",
              str(r.randint(80, 150)), "% 상태로 ", g.plate(), " 차량을 운전하였다는 이유로 청구인의 운전면허(",
              g.dl(), ")를 취소하였다.\n2. 관계 법령\n", g.h_statute(), "\n", "위원장 ", j1, ", 위원 ", j2, "\n")
    return d

def t_civil(r, g, i):
    d = Doc()
    if i % 11 == 10:   # no PII: anonymised casebook
        d.add("민원 처리 사례집 (", g.h_date(), " 발간)\n\n사례 ", str(r.randint(1, 30)), ". 민원인 ", g.h_masked(), "는 ",
              "주차 단속 과태료 ", g.h_amount(), " 부과에 이의를 제기하였다.\n처리 결과: 「질서위반행위규제법」에 따라 의견진술 기회를 부여하고 과태료를 감경하였다.\n",
              "접수번호 ", g.h_receipt(), " / 관련 문서 ", g.h_doc(), "\n", "문의 ", g.h_switch(), "\n")
        return d
    cit, off = g.name(), g.name()
    d.add(r.choice(AGENCIES), "\n\n수신  ", cit, " 귀하\n")
    if r.random() < .7:
        d.add("      (우 ", g.postal(), ") ", g.addr(), "\n")
    d.add("(경유)\n제목  민원(", g.h_receipt(), ") 처리 결과 알림\n\n",
          "1. 평소 시정에 관심을 가져 주신 ", cit, " 님께 감사드립니다.\n",
          "2. 귀하께서 ", g.h_date(), " 국민신문고를 통해 신청하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n",
          "  가. 민원 요지: ", r.choice(["아파트 앞 불법 주정차 단속 요청", "도로 파손 보수 요청", "기초연금 지급 정지 사유 문의",
                                      "소음 측정 요청", "외국인 주민 통역 지원 요청"]), "\n")
    if r.random() < .5:
        d.add("    (민원인 연락처: ", g.mobile(), r.choice([", 전자우편: ", " / "]), g.email(), ")\n")
    if r.random() < .35:
        d.add("    (해당 차량: ", g.plate(), ")\n")
    d.add("  나. 검토 결과: ", g.h_statute(), "에 따라 현장 확인 후 조치하였습니다.\n",
          "3. 기타 궁금하신 사항은 ", r.choice(["교통행정과", "도로관리과", "노인복지과", "환경정책과"]), " ", off, " 주무관(☎ ",
          g.landline(), r.choice([", ", " / "]), g.email(off, domain="korea.kr"), ")에게 연락 주시면 친절히 안내해 드리겠습니다.\n\n",
          g.h_office(), " (직인생략)\n", "시행 ", g.h_doc(), " (", g.h_date(), ")\n",
          "주소 ", g.h_inst_addr(), " / 대표전화 ", g.h_switch(), " / ", g.h_inst_email(), "\n")
    return d

def t_audit(r, g, i):
    d = Doc()
    v = i % 3
    if v == 0:
        p1, p2 = g.name(), g.name()
        d.add("감사결과 처분요구서\n\n1. 제목: 법인카드 사적 사용\n2. 관계기관: ", r.choice(AGENCIES), "\n",
              "3. 내용\n  ", r.choice(AGENCIES), " ", r.choice(["총무팀", "시설팀", "기획팀"]), " 6급 ", p1, josa(p1, "은"), " ",
              g.h_date(), "부터 ", g.h_date(), "까지 기관 법인카드(", g.card(), ")로 ", str(r.randint(12, 60)), "회에 걸쳐 ",
              g.h_amount(), "을 개인 용도로 결제하였고, 같은 팀 7급 ", p2, josa(p2, "은"), " 업무추진비 카드(", g.card(),
              ")의 결제 내역을 확인하지 않았다.\n", "  또한 ", p1, josa(p1, "은"), " 부당 사용 금액 일부를 본인 명의 계좌(",
              (ac := g.account()).bank, " ", ac, ")로 환급받았다.\n",
              "4. 조치할 사항\n  ", (o_ := g.h_office()), josa(o_.val, "은"), " ", p1, josa(p1, "을"), " 「지방공무원법」에 따라 경징계 이상 징계처분하고 ", g.h_amount(),
              "을 회수하시기 바랍니다.\n  ", g.h_doc(), "\n")
    elif v == 1:
        p = g.name()
        d.add("징 계 의 결 서\n\n징계혐의자 인적사항\n  소속: ", r.choice(AGENCIES), "\n  직급: ", r.choice(["지방행정주사", "지방시설주사보", "경위", "교사"]),
              "\n  성명: ", p, "\n  주민등록번호: ", g.rrn(), "\n  주소: ", g.addr(), "\n\n의결주문: ", r.choice(["정직 2월", "감봉 3월", "강등"]), "\n\n",
              "이유\n혐의자는 ", g.h_date(), " 혈중알코올농도 0.", str(r.randint(30, 200)), "%의 상태로 ", g.plate(),
              " 승용차를 운전하다 적발되어 운전면허(", g.dl(), ")가 ", r.choice(["취소", "정지"]), "되었다.\n",
              "이는 ", g.h_statute(), "의 품위유지 의무를 위반한 것이다.\n\n", g.h_date(), "\n",
              "인사위원회 위원장 ", g.name(), " (인)  위원 ", g.name(), " (인)  위원 ", g.name(), " (인)\n")
    else:
        p1, p2, p3 = g.name(), g.name(), g.name()
        d.add("감사결과 공개문\n\n□ 감사 개요: ", r.choice(AGENCIES), " 종합감사 (", g.h_date(), "~", g.h_date(), ")\n",
              "□ 지적 사항\n  ① 출장비 부당 수령: 7급 ", p1, josa(p1, "이"), " 관외 출장을 다녀온 것처럼 꾸며 ", g.h_amount(), "을 수령(입금 계좌 ",
              g.account(), ")\n", "  ② 관용차량 사적 사용: 운전원 ", p2, josa(p2, "이"), " 관용차량(", g.plate(), ")을 주말에 사용\n",
              "     (운전원 면허번호 ", g.dl(), ")\n",
              "  ③ 개인정보 유출: 8급 ", p3, josa(p3, "이"), " 민원인 주민등록번호(", g.rrn(kind="rrn_masked"), ")가 포함된 파일을 외부 메일로 발송\n",
              "□ 처분: 징계 ", str(r.randint(1, 3)), "명, 주의 ", str(r.randint(1, 5)), "명, 회수 ", g.h_amount(), "\n",
              "□ 감사반장 ", g.name(), " 감사관\n")
    return d

def t_hr(r, g, i):
    d = Doc()
    d.add(r.choice(AGENCIES), " 인사발령\n\n", g.h_doc(), "  발령일자 ", g.h_date(), "\n\n")
    v = i % 3
    depts = ["기획조정실", "복지정책과", "회계과", "감사담당관", "도시계획과", "보건소", "교육지원과", "민원봉사과"]
    if v == 0:
        for sec_ in ["◇ 승진", "◇ 전보", "◇ 직무대리"]:
            d.add(sec_, "\n")
            for _ in range(r.randint(2, 4)):
                p = g.name()
                d.add("▷ ", r.choice(["서기관", "행정사무관", "행정주사", "시설주사"]), " ", p, "(", r.choice(depts), ") ",
                      r.choice(["", "→ " + r.choice(depts)]), "\n")
    elif v == 1:
        d.add("| 구분 | 직급 | 성명 | 발령 사항 | 비고 |\n|---|---|---|---|---|\n")
        for _ in range(r.randint(4, 7)):
            p = g.name()
            d.add("| ", r.choice(["승진", "전보", "신규임용", "휴직", "복직"]), " | ", r.choice(["6급", "7급", "8급", "5급"]), " | ",
                  p, " | ", r.choice(depts), " 근무를 명함 | ", r.choice(["", "육아휴직", "시보"]), " |\n")
    else:
        d.add("신규임용 (지방행정서기보 시보)\n성명  생년월일  배치부서\n")
        for _ in range(r.randint(3, 6)):
            d.add(g.name(), "  ", g.dob(1990, 2003, fmt=r.choice(["dot_pad", "iso", "yy_dot"])), "  ", r.choice(depts), "\n")
        d.add("\n국외출장: ", g.name(), " 주무관 (", g.h_date(), "~", g.h_date(), ", 여권 ", g.passport("KOR"), ")\n")
    d.add("\n", g.h_office(), "\n")
    return d

def t_schosp(r, g, i):
    d = Doc()
    v = i % 4
    if v == 0:
        st, pa, te = g.name(), g.name(), g.name()
        d.add("학생 상담 기록부\n학교: 한빛중학교  학년/반: ", str(r.randint(1, 3)), "학년 ", str(r.randint(1, 9)), "반\n",
              "학생 성명: ", st, "  생년월일: ", g.dob(2009, 2013), "\n보호자: ", pa, " (", r.choice(["부", "모", "조모"]), ") 연락처 ", g.mobile(), "\n",
              "주소: ", g.addr(), "\n상담교사: ", te, "\n\n상담 내용: ", st, josa(st, "은"), " 최근 결석이 잦아 보호자와 통화하였음. ",
              pa, " 님은 야간 근무로 지도가 어렵다고 함. Wee클래스 연계 예정.\n")
    elif v == 1:
        pt, dr = g.name(), g.name()
        d.add("입 퇴 원 확 인 서\n\n환자 성명 ", pt, "\n주민등록번호 ", g.rrn(), "\n건강보험증번호 ", g.hi(), "\n주소 ", g.addr(), "\n",
              "입원일 ", g.h_date(), "  퇴원일 ", g.h_date(), "\n병명 ", r.choice(["폐렴", "대퇴골 골절", "급성 충수염", "뇌경색"]), "\n",
              "위와 같이 입원 치료하였음을 확인합니다.\n", g.h_date(), "\n한빛대학교병원 ", r.choice(["내과", "정형외과", "외과", "신경과"]),
              " 전문의 ", dr, " (면허번호 제", str(r.randint(10000, 99999)), "호)\n병원 대표전화 ", g.h_switch(), "\n")
    elif v == 2:
        fp = g.foreigner(); dr = g.name()
        d.add("외국인 환자 진료 접수표\n성명(영문) ", fp, "  국적 ", fp.nat, "\n외국인등록번호 ", g.frn(), "\n여권번호 ", g.passport(fp.pk), "\n",
              "건강보험 ", g.hi(), "  연락처 ", g.mobile(), "\n통역 ", r.choice(["필요", "불필요"]), "  담당의 ", dr, "\n",
              "보호자/동행인 ", (c := g.name()), " (고용주, ", g.landline(), ")\n")
    else:
        st = [g.name() for _ in range(r.randint(3, 5))]
        d.add("방과후학교 수강생 명단 (", g.h_date(), ")\n")
        for k, s_ in enumerate(st):
            d.add(f"{k+1}. ", s_, " (", g.dob(2010, 2016, fmt=r.choice(["yymmdd", "dot_pad"])), ") 보호자 연락처 ", g.mobile(), "\n")
        d.add("담당: 교사 ", g.name(), " / 행정실 ", g.h_switch(), "\n")
    return d

def t_welfare(r, g, i):
    d = Doc()
    v = i % 3
    cw = g.name()
    if v == 0:
        c = g.name()
        d.add("초기상담 기록지\n상담일 ", g.h_date(), "  상담자 ", cw, " (통합사례관리사)\n\n",
              "내담자  ", c, " / ", g.rrn(), " / ", g.mobile(), "\n주소  ", g.addr(), "\n",
              "가구원  배우자 ", (sp_ := g.name()), " (", g.dob(1950, 1990), "), 자녀 ", (ch := g.name()), " (", g.dob(2008, 2020), ")\n",
              "건강보험  ", g.hi(), " (", r.choice(["지역가입자", "직장피부양자", "의료급여 1종"]), ")\n",
              "수급 계좌  ", (ac := g.account()).bank, " ", ac, " (예금주 ", c, ")\n\n",
              "주 호소: ", c, " 씨는 실직 후 월세 ", g.h_amount(), "가 3개월 밀렸다고 함. 긴급지원 신청 안내.\n")
    elif v == 1:
        c = g.fname(latin=r.random() < .5)
        hb = g.name()
        d.add("다문화가족 상담일지\n상담자: ", cw, "\n", "내담자: ", c, " (결혼이민자)\n외국인등록번호: ", g.frn(), "\n",
              "연락처: ", g.mobile(), "  배우자: ", hb, " (", g.rrn(kind=r.choice(["rrn_masked", "rrn_valid"])), ")\n",
              "주소: ", g.addr(), "\n\n상담 내용: 내담자는 ", hb, josa(hb, "과"), " 별거 중이며 체류기간 연장을 위해 여권(",
              g.passport(getattr(c, "pk", None) or r.choice(["VNM", "PHL", "CHN", "KHM", "UZB"])), ") 재발급이 필요하다고 함. 통번역 지원 연계.\n",
              "긴급전화 ", H("1366", "short_code"), " 안내함.\n")
    else:
        c = g.name()
        d.add("[복지 상담 전화 기록] ", g.h_date(), "\n상담원 ", cw, "\n",
              "- 전화 건 분: ", c, " 님 (", g.phone(), ")\n- 생년월일: ", g.dob(1940, 1965), "\n",
              "- 내용: 기초연금 입금이 안 됐다고 하심. 등록 계좌 ", g.account(), " 확인, ", c, " 님 본인 계좌 맞음.\n",
              "- 조치: 국민연금공단 ", g.h_switch(), " 안내, 주민센터 방문 예약\n")
    return d

def t_contract(r, g, i):
    d = Doc()
    v = i % 3
    if v in (0, 1):
        co, dom = r.choice(COMPANIES)
        rep = g.name(); mgr = g.name()
        d.add(r.choice(["물품구매 계약서", "용역 계약서", "시설공사 표준계약서"]), "\n\n계약번호 ", g.h_receipt(), "\n계약금액 ", g.h_amount(), " (부가세 포함)\n\n",
              "발주기관(갑): ", r.choice(AGENCIES), "\n  주소: ", g.h_inst_addr(), "\n\n",
              "계약상대자(을): ", H(co, "company_name"), "\n  대표자: ", rep, "\n  사업자등록번호: ", g.brn(), "\n")
        if r.random() < .7:
            d.add("  법인등록번호: ", g.crn(), "\n")
        d.add("  주소: ", g.addr(), "\n  전화: ", g.landline(), "  팩스: ", g.landline(), "\n",
              "  담당자: ", mgr, " ", r.choice(CO_T), " (", g.mobile(), ", ", g.email(mgr, domain=dom), ")\n\n",
              "제1조(목적) 이 계약은 갑과 을 사이의 ... 권리·의무를 정함을 목적으로 한다.\n",
              "제7조(대금 지급) 갑은 검수 완료 후 14일 이내에 을의 계좌(", (ac := g.account()).bank, " ", ac, ", 예금주 ", H(co, "company_name"), ")로 대금을 지급한다.\n\n",
              g.h_date(), "\n갑 ", g.h_office(), " (인)    을 ", H(co, "company_name"), " 대표이사 ", rep, " (인)\n")
    else:
        a, b = g.name(), g.name()
        d.add("부동산(주택) 임대차 계약서\n\n1. 부동산의 표시  소재지: ", g.addr(), "\n2. 계약 내용  보증금 ", g.h_amount(), ", 월차임 ", g.h_amount(), "\n",
              "   월차임은 매월 25일 임대인 계좌(", (ac := g.account()).bank, " ", ac, ")로 지급한다.\n\n",
              "임대인  성명 ", a, "  주민등록번호 ", g.rrn(), "\n        주소 ", g.addr(), "  전화 ", g.mobile(), "\n",
              "임차인  성명 ", b, "  주민등록번호 ", g.rrn(), "\n        주소 ", g.addr(), "  전화 ", g.mobile(), "\n",
              "공인중개사  ", H(r.choice(["새솔공인중개사사무소", "한빛부동산"]), "company_name"), " 대표 ", g.name(),
              " (사업자등록번호 ", g.brn(), ", ", g.landline(), ")\n")
    return d

def t_form(r, g, i):
    d = Doc()
    v = i % 5
    if i % 16 == 15:   # blank form (no PII)
        d.add("개인정보 수집·이용 동의서 (작성 예시)\n\n성명: ", g.h_placeholder() if False else H("홍길동", "placeholder"), "\n주민등록번호: ", H("000000-0000000", "placeholder"),
              "\n연락처: (휴대전화)            \n주소:                        \n\n1. 수집 항목: 성명, 생년월일, 연락처\n2. 보유 기간: 3년\n",
              "근거: ", g.h_statute(), "\n문의: 개인정보 보호책임자 ", H("개인정보보호담당관", "official_by_office"), " ", g.h_switch(), "\n")
        return d
    nm = g.name()
    if v == 0:
        d.add("여권 발급 신청서\n\n한글 성명 | ", nm, "\n로마자 성명 | ", S(f"{nm.rom[0].upper()} {nm.rom[1].upper()}", "PERSON", "name_romanised"), "\n",
              "주민등록번호 | ", g.rrn(kind=r.choice(["rrn_valid", "rrn_valid", "rrn_post2020"])), "\n",
              "휴대전화 | ", g.mobile(), "\n이메일 | ", g.email(nm), "\n",
              "종전 여권번호 | ", g.passport("KOR"), "\n긴급연락처 | ", g.name(), " (", r.choice(["배우자", "부", "모", "형제"]), ") ", g.mobile(), "\n",
              "여권 종류 | 복수여권(", r.choice(["26면", "58면"]), ")  수수료 ", g.h_amount(), "\n")
        return d
    if v == 1:
        d.add("자동이체(CMS) 출금 신청서\n\n신청인(예금주): ", nm, "\n생년월일: ", g.dob(), "\n연락처: ", g.mobile(), "\n",
              "출금 방식: ", r.choice(["계좌", "카드"]), "\n  은행명: ", (ac := g.account()).bank, "  계좌번호: ", ac, "\n",
              "  카드번호: ", g.card(), "  유효기간: ", f"{r.randint(1,12):02d}/{r.randint(26,31)}", "\n",
              "납부 항목: 상수도 요금 (고객번호 ", g.h_receipt(), ")\n", g.h_date(), "  신청인 ", nm, " (서명)\n")
    elif v == 2:
        fp = g.foreigner()
        d.add("외국인 등록 / 체류기간 연장 신청서\n\n성명 Name: ", fp, "\n국적 Nationality: ", fp.nat, "\n",
              "여권번호 Passport No.: ", g.passport(fp.pk), "\n외국인등록번호 ARC No.: ", g.frn(), "\n",
              "한국 내 주소 Address in Korea: ", g.addr(), "\n전화 Tel: ", g.mobile(), "\n이메일 E-mail: ", g.email(), "\n",
              "근무처: ", g.h_company(), " (사업자등록번호 ", g.brn(), ", 담당 ", (m := g.name()), ")\n")
    elif v == 3:
        d.add("운전경력증명서 발급 신청서\n\n성명: ", nm, "\n주민등록번호: ", g.rrn(), "\n운전면허번호: ", g.dl(), "\n",
              "주소: ", g.addr(), "\n연락처: ", g.phone(), "\n제출처: ", r.choice(["취업용", "관공서 제출용"]), "\n", g.h_date(), "  신청인 ", nm, " (인)\n")
    else:
        d.add("개인정보 수집·이용 및 제3자 제공 동의서\n\n□ 수집 항목: 성명, 생년월일, 휴대전화, 이메일, 주소\n□ 근거: ", g.h_statute(), "\n\n",
              "성명: ", nm, "   생년월일: ", g.dob(), "\n휴대전화: ", g.mobile(), "   이메일: ", g.email(nm), "\n주소: ", g.addr(), "\n\n",
              "위 내용에 동의합니다. ", r.choice(["☑ 동의함 □ 동의하지 않음", "[V] 동의 [ ] 미동의"]), "\n", g.h_date(), "  ", nm, " (서명)\n")
    return d

ROSTER_KINDS = ["foreign", "driver", "card", "travel", "foreign", "payroll", "driver", "card", "contact", "foreign", "travel"]

def t_roster(r, g, i):
    d = Doc()
    kind = ROSTER_KINDS[i % len(ROSTER_KINDS)]
    fmt = r.choice(["pipe_header", "pipe_noheader", "space_header", "space_noheader", "tab_header", "pipe_tight"])
    depts = ["총무과", "시설팀", "복지과", "운영팀", "생산1팀", "물류센터"]
    if kind == "foreign":
        title_, head = "외국인 근로자 고용 현황", ["연번", "성명", "국적", "외국인등록번호", "여권번호", "연락처"]
        def row(k):
            f = g.foreigner()
            return [str(k), f, f.nat, g.frn(), g.passport(f.pk), g.mobile()]
    elif kind == "driver":
        title_, head = "관용차량 운전원 명부", ["연번", "성명", "소속", "운전면허번호", "배정 차량", "휴대전화"]
        def row(k):
            return [str(k), g.name(), r.choice(depts), g.dl(), g.plate(), g.mobile()]
    elif kind == "card":
        title_, head = "법인카드 관리대장", ["번호", "카드번호", "카드사", "사용자", "부서", "월 한도"]
        def row(k):
            c = g.card()
            return [str(k), c, {"VISA": "신한카드", "Master": "KB국민카드", "BC": "BC카드", "JCB": "롯데카드", "AMEX": "삼성카드", "UnionPay": "하나카드"}[c.brand],
                    g.name(), r.choice(depts), g.h_amount()]
    elif kind == "travel":
        title_, head = "국외출장자 명단", ["성명", "영문 성명", "여권번호", "생년월일", "여권 만료일"]
        def row(k):
            n = g.name()
            return [n, S(f"{n.rom[0].upper()} {n.rom[1].upper()}", "PERSON", "name_romanised"), g.passport("KOR" if r.random() < .75 else r.choice(["USA", "JPN", "CAN", "GBR", "DEU", "RUS"])),
                    g.dob(1965, 2000, fmt=r.choice(["dot_pad", "iso", "yymmdd"])), g.h_date()]
    elif kind == "payroll":
        title_, head = "강사료 지급 명세", ["성명", "생년월일", "은행", "계좌번호", "지급액"]
        def row(k):
            a = g.account()
            return [g.name(), g.dob(1955, 2000, fmt=r.choice(["dot_pad", "yy_dot", "iso"])), a.bank, a, g.h_amount()]
    else:
        title_, head = "비상연락망", ["성명", "직위", "휴대전화", "이메일", "주소"]
        def row(k):
            n = g.name(); a = g.addr()
            if r.random() < .3:
                noisy(r, a, ["wrapped"])
            return [n, r.choice(["팀장", "주무관", "대리", "과장"]), g.mobile(), g.email(n), a]
    rows = [row(k + 1) for k in range(r.randint(5, 8))]
    d.add("[", title_, "] ", g.h_date(), " 기준\n")
    hdr = "header" in fmt or fmt == "pipe_tight"
    def emit(cells):
        if fmt.startswith("pipe"):
            sp = "|" if fmt == "pipe_tight" else " | "
            d.add("|" if fmt == "pipe_tight" else "| ")
            for k, c in enumerate(cells):
                d.add(c, sp if k < len(cells) - 1 else "")
            d.add("|" if fmt == "pipe_tight" else " |", "\n")
        else:
            sp = "\t" if fmt.startswith("tab") else "  "
            for k, c in enumerate(cells):
                d.add(c, sp if k < len(cells) - 1 else "")
            d.add("\n")
    if hdr:
        emit(head)
        if fmt.startswith("pipe") and r.random() < .5:
            d.add("|" + "|".join("---" for _ in head) + "|\n")
    for rw in rows:
        emit(rw)
    d.add("※ 본 명부는 ", g.h_statute(), "에 따라 관리하며 외부 반출을 금함. 관리책임자 ", g.h_office(), "\n")
    return d

def t_log(r, g, i):
    d = Doc()
    v = i % 3
    if i % 11 == 10:   # no PII: aggregated report
        d.add("개인정보처리시스템 접속기록 점검 결과 (", g.h_date(), ")\n점검 대상 기간: ", g.h_date(), " ~ ", g.h_date(), "\n",
              "총 접속 건수 ", str(r.randint(10000, 99999)), "건, 다운로드 ", str(r.randint(10, 500)), "건, 비정상 의심 ", str(r.randint(0, 9)), "건\n",
              "점검 근거: ", g.h_statute(), "\n점검 에이전트 버전 ", g.h_version(), "\n관련 문서 ", g.h_doc(), "\n")
        return d
    if v == 0:
        d.add("접속일시|계정|처리자|접속지|수행업무|정보주체\n")
        for _ in range(r.randint(4, 8)):
            y, m, dd = rand_date(r, 2024, 2025)
            subj = g.name()
            d.add(f"{y}-{m:02d}-{dd:02d} {r.randint(8,19):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}|", g.h_uid(), "|", g.name(), "|", g.ip(),
                  "|", r.choice(["조회", "수정", "출력", "다운로드", "등록"]), "|", subj, "(", r.choice([g.rrn(kind="rrn_masked"), g.rrn(), g.frn(), g.mobile()]), ")\n")
    elif v == 1:
        for _ in range(r.randint(4, 7)):
            y, m, dd = rand_date(r, 2024, 2025)
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
            x = r.random()
            if x < .5:
                d.add(g.ip(), f" - - [{dd:02d}/{mon}/{y}:{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} +0900] \"POST /member/login HTTP/1.1\" {r.choice([200,302,401])} {r.randint(200,9000)} \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n")
            else:
                d.add(f"{y}-{m:02d}-{dd:02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}+09:00 INFO auth - login ",
                      r.choice(["success", "fail"]), " user=", g.email(), " ip=", g.ip(), " agent=", g.h_version(), "\n")
    else:
        d.add("[출력·다운로드 기록]\n")
        for _ in range(r.randint(3, 5)):
            p = g.name()
            d.add(g.h_date(), " ", p, "(", g.h_uid(), ") 접속IP ", g.ip(kind=r.choice(["private", "public"])), " 파일 '",
                  r.choice(["수급자_명단.xlsx", "민원인_연락처.csv", "체납자_현황.hwp"]), "' ", str(r.randint(2, 900)), "건 다운로드 / 사유: ",
                  r.choice(["업무 처리", "감사 자료 제출", "사유 미기재"]), "\n")
        d.add("소명 요청 대상: ", g.name(), " 주무관, 연락처 ", g.landline(), "\n")
    return d

def _ocr_items(r, g, v):
    """Items of a form before OCR noise."""
    if v == 0:
        n = g.name()
        return [("개인정보 수집·이용 동의서\n",), ("성명",), n, ("생년월일",), g.dob(), ("휴대전화",), g.mobile(), ("주소",), g.addr(),
                ("이메일",), g.email(n), ("계좌",), g.account()]
    if v == 1:
        f = g.foreigner()
        return [("외국인등록 신청서 APPLICATION FORM\n",), ("성명 Name",), f, ("외국인등록번호",), g.frn(kind="frn_legacy"), ("여권번호 Passport",),
                g.passport(f.pk), ("전화",), g.mobile(), ("주소",), g.addr()]
    if v == 2:
        n = g.name()
        return [("운전면허증 재발급 신청서\n",), ("성명",), n, ("주민등록번호",), g.rrn(kind="rrn_valid"), ("면허번호",), g.dl(),
                ("주소",), g.addr(), ("연락처",), g.phone()]
    if v == 3:
        n = g.name()
        return [("카드 분실신고 접수증\n",), ("성명",), n, ("카드번호",), g.card(), ("결제계좌",), g.account(), ("연락처",), g.mobile(),
                ("생년월일",), g.dob()]
    n = g.name()
    return [("진료비 납입 확인서\n",), ("환자성명",), n, ("주민등록번호",), g.rrn(), ("건강보험증번호",), g.hi(), ("주소",), g.addr(),
            ("보호자 연락처",), g.mobile(), ("여권번호(외국인)",), g.passport(r.choice(["KOR", "CHN", "VNM"]))]

def t_ocr(r, g, i):
    d = Doc()
    v = i % 5
    items = _ocr_items(r, g, v)
    rule = r.choice(["|", "l", "ㅣ", "I", "|"])
    d.add(ocr_text(r, items[0][0], 0.08))
    k = 1
    while k < len(items):
        lab = items[k][0]; val = items[k + 1]; k += 2
        lab2 = " ".join(lab) if r.random() < .3 else ocr_text(r, lab, 0.1)
        d.add(rule, " ", lab2, r.choice([" ", "  ", " " + rule + " ", rule]))
        if isinstance(val, S):
            modes = []
            if val.typ == "PERSON":
                if r.random() < .4: modes.append("spaced_name")
            else:
                for m, p in [("confusable", .45), ("fullwidth", .12), ("uhyphen", .2), ("space_in", .25), ("newline", .15)]:
                    if r.random() < p: modes.append(m)
                if val.typ == "KR_ADDRESS" and r.random() < .3:
                    modes = ["wrapped"]
            noisy(r, val, modes)
        d.add(val, r.choice(["", " " + rule]), "\n")
    d.add(ocr_text(r, "위 내용이 사실과 다름없음을 확인합니다.\n", 0.08), g.h_date(), "\n")
    return d

def _sig(r, g, who, co, dom):
    items = ["\n--\n", who, " ", r.choice(CO_T), " | ", H(co, "company_name"), " ", r.choice(["경영지원팀", "영업1팀", "기술연구소"]), "\n"]
    items += ["T. ", g.landline(), " | M. ", g.mobile()]
    if r.random() < .5:
        items += [" | F. ", g.landline()]
    items += ["\n", g.addr(form=r.choice(["road_full", "road_short"]), unit=f" {r.randint(2,15)}층"), "\n", who.mail, "\n"]
    return items

def t_mail(r, g, i):
    d = Doc()
    v = i % 4
    co, dom = r.choice(COMPANIES)
    a, b = g.name(), g.name()
    a.mail = g.email(a, domain=dom); b.mail = g.email(b, domain=r.choice([dom, "naver.com", "gmail.com"]))
    d.add("보낸 사람: ", a, " <", a.mail, ">\n받는 사람: ", b, " <", b.mail, ">\n")
    if r.random() < .4:
        c = g.name(); d.add("참조: ", c, " <", g.email(c, domain=dom), ">\n")
    y, m, dd = rand_date(r, 2024, 2025)
    subj = ["RE: 해외 출장 항공권 예약 건", "RE: 환불 계좌 안내", "FW: 입사지원서 제출", "RE: 법인카드 결제 요청"][v]
    d.add(f"날짜: {y}년 {m}월 {dd}일 오후 {r.randint(1,11)}:{r.randint(0,59):02d}\n제목: ", subj, "\n\n", b, " 님, 안녕하세요.\n")
    if v == 0:
        d.add("요청하신 출장자 여권 정보 보내드립니다.\n")
        for _ in range(r.randint(2, 4)):
            t = g.name() if r.random() < .7 else g.fname(latin=True)
            pk = getattr(t, "pk", None) or "KOR"
            d.add("- ", t, " / ", g.passport(pk), " / 생년월일 ", g.dob(1965, 2000), "\n")
        d.add("항공권은 법인카드(", g.card(), ")로 결제 부탁드립니다.\n")
    elif v == 1:
        d.add("주문 취소 건 환불 계좌 알려드립니다.\n", (ac := g.account()).bank, " ", ac, " 예금주 ", b, "\n", "문의는 고객센터 ", g.h_switch(), "로 부탁드립니다.\n")
    elif v == 2:
        d.add("지원자 ", (c := g.name()), " 님의 입사지원서를 전달합니다.\n- 생년월일: ", g.dob(1990, 2002), "\n- 연락처: ", g.mobile(), "\n- 주소: ", g.addr(),
              "\n- 이메일: ", g.email(c), "\n")
    else:
        d.add("거래처 접대비를 아래 카드로 결제했습니다. 증빙 첨부합니다.\n카드번호 ", g.card(), " (사용자 ", a, ")\n금액 ", g.h_amount(), "\n")
    d.add("감사합니다.")
    d.add(*_sig(r, g, a, co, dom))
    d.add("\n-----Original Message-----\nFrom: ", b, " <", S(b.mail.val, "EMAIL_ADDRESS", b.mail.kind), ">\nSent: ", g.h_date(), "\n> ", a, " 님, ",
          r.choice(["자료 부탁드립니다.", "확인 후 회신 바랍니다.", "일정 공유드립니다."]), "\n> ", b, " 드림\n")
    return d

def _chat_line(r, d, who, style, msg_items):
    d.clock = getattr(d, "clock", r.randint(8 * 60, 20 * 60)) + r.randint(0, 7)
    h24, mm = (d.clock // 60) % 24, d.clock % 60
    hh = h24 % 12 or 12
    if style == "kakao":
        d.add("[", who, "] [", "오전" if h24 < 12 else "오후", f" {hh}:{mm:02d}] ", *msg_items, "\n")
    elif style == "plain":
        d.add(who, ": ", *msg_items, "\n")
    else:
        d.add(f"{'오전' if h24 < 12 else '오후'} {hh}:{mm:02d}, ", who, " : ", *msg_items, "\n")

def t_chat(r, g, i):
    d = Doc()
    v = i % 5
    style = r.choice(["kakao", "plain", "export"])
    if v == 4 or (v == 3 and r.random() < .5):
        # call transcript with dictated numbers
        c = g.name(); ag_ = g.name()
        num = g.mobile(sep=" ")
        if r.random() < .5: dictate(num)
        else: noisy(r, num, ["digit_spaced"])
        card = g.card(sep=" ")
        if r.random() < .5: dictate(card)
        d.add("[상담 녹취록] ", g.h_date(), "\n상담원(", ag_, "): 네, 카드 분실 신고 도와드리겠습니다. 성함이 어떻게 되세요?\n",
              "고객: ", c, "이요.\n상담원: 연락 가능한 번호 말씀해 주세요.\n고객: ", num, "이요.\n",
              "상담원: 분실하신 카드 번호 알고 계세요?\n고객: ", card, "요.\n상담원: 생년월일 여섯 자리도 부탁드립니다.\n고객: ",
              g.dob(1950, 2000, fmt="yymmdd"), "입니다.\n상담원: 확인되었습니다. 재발급 카드는 ", g.addr(), "(으)로 보내드릴게요.\n")
        return d
    if v == 0:
        a, b = g.name(), g.name()
        _chat_line(r, d, a, style, ["안녕하세요 렌트 예약한 ", a, "입니다"])
        _chat_line(r, d, "버들렌터카", style, ["네 고객님 운전면허번호랑 생년월일 보내주세요"])
        _chat_line(r, d, a, style, [g.dl()])
        _chat_line(r, d, a, style, [g.dob(1970, 2002, fmt=r.choice(["yymmdd", "dot_pad"]))])
        _chat_line(r, d, a, style, ["제2운전자는 ", b, " ", g.dl()])
        _chat_line(r, d, "버들렌터카", style, ["확인됐습니다. 차량은 ", g.plate(), " 입니다. 보증금 카드 ", g.h_amount(), " 가승인됩니다"])
        _chat_line(r, d, a, style, ["카드는 ", g.card(), " 로 해주세요"])
    elif v == 1:
        a = g.name(); t_ = g.name()
        f = g.fname(latin=True); pk = f.pk
        _chat_line(r, d, t_, style, ["별마루여행 ", t_, "입니다 ^^ 출국자 여권 사본 대신 번호만 보내주셔도 돼요"])
        _chat_line(r, d, a, style, ["저는 ", g.passport("KOR")])
        _chat_line(r, d, a, style, ["남편(", f, ")은 ", g.passport(pk), " 이에요 만료일은 ", g.h_date()])
        _chat_line(r, d, t_, style, ["잔금은 ", (ac := g.account()).bank, " ", ac, " (예금주 ", H("별마루여행사", "company_name"), ")로 부탁드려요"])
        _chat_line(r, d, a, style, ["넵 제 번호는 ", g.mobile(), " 입니다"])
    elif v == 2:
        a, b = g.name(), g.name()
        _chat_line(r, d, a, style, ["자전거 아직 있나요?"])
        _chat_line(r, d, b, style, ["네 ", g.h_amount(), " 입니다 계좌이체 가능하세요"])
        acc = g.account()
        if r.random() < .3: noisy(r, acc, ["space_in"])
        _chat_line(r, d, b, style, [acc.bank, " ", acc, " ", b])
        _chat_line(r, d, a, style, ["입금했어요 택배로 보내주세요 ", g.addr()])
        _chat_line(r, d, a, style, ["받는사람 ", a, " ", g.mobile()])
        _chat_line(r, d, b, style, ["운송장 나오면 ", r.choice(["안심번호 ", "배송기사님 "]), g.voip(), " 로 연락 갈 거예요"])
    else:
        a = g.name()
        d.add("[Web발신]\n[한빛택배] ", a, "님 상품이 배송 출발했습니다. 배송기사 ", g.voip(), "\n받는 곳: ", g.addr(), "\n문의 ", g.h_switch(), "\n\n")
        d.add("[Web발신]\n[가온카드] ", a, "님 카드 승인 ", g.h_amount(), " ", g.h_date(), " 누적 ", g.h_amount(), "\n\n")
        _chat_line(r, d, a, style, ["엄마 나 폰 액정 깨져서 이 번호로 연락해 ", g.mobile()])
        _chat_line(r, d, "엄마", style, ["알았어 주민번호 뭐였지 보험 청구하게"])
        rr = g.rrn(kind="rrn_valid")
        if r.random() < .4: noisy(r, rr, [r.choice(["fullwidth", "space_in"])])
        _chat_line(r, d, a, style, [rr])
        _chat_line(r, d, "엄마", style, ["외삼촌 외국인등록번호도 보내줘"])
        _chat_line(r, d, a, style, [g.frn()])
    return d

def t_notice(r, g, i):
    d = Doc()
    v = i % 6
    if v == 0:
        d.add(r.choice(AGENCIES), " 공고 제", H(f"{r.randint(2024,2025)}-{r.randint(1,999)}", "doc_number"), "호\n\n",
              r.choice(["청사 청소용역", "전산장비 유지보수", "홍보물 제작"]), " 입찰 공고\n\n1. 입찰 개요\n  가. 공고번호: ", g.h_receipt(), "\n",
              "  나. 추정가격: ", g.h_amount(), " (부가세 별도)\n  다. 계약기간: ", g.h_date(), " ~ ", g.h_date(), "\n",
              "2. 참가자격: ", g.h_statute(), "에 따른 자격을 갖춘 업체\n3. 입찰서 제출: 국가종합전자조달시스템\n",
              "4. 문의: 계약 담당 ", g.h_switch(), " / 나라장터 콜센터 ", H("1588-0800", "switchboard_15xx"), "\n",
              "5. 기관 주소: ", g.h_inst_addr(), " (", g.h_postal(), ")\n", g.h_date(), "\n", g.h_office(), "\n")
    elif v == 1:
        d.add("정보공개 청구 안내\n\n정보공개 청구는 「공공기관의 정보공개에 관한 법률」에 따라 누구나 할 수 있습니다.\n",
              "- 비공개 대상: ", g.h_statute(), "\n- 처리 기간: 접수일부터 10일 이내(10일 연장 가능)\n",
              "- 수수료: 열람 1건 ", g.h_amount(), ", 사본 1매 ", g.h_amount(), "\n",
              "- 작성 예시: 청구인 ", H("홍길동", "placeholder"), ", 주민등록번호 ", H("000000-0000000", "placeholder"), "\n",
              "- 문의: 정부민원안내콜센터 ", H("110", "short_code"), ", 대표전화 ", g.h_switch(), ", ", g.h_inst_email(), "\n")
    elif v == 2:
        d.add("[시스템 점검 안내]\n점검 일시: ", g.h_date(), " 22:00 ~ 익일 06:00\n대상: 통합민원시스템(버전 ", g.h_version(), ")\n",
              "점검 중에는 민원 신청(접수번호 예: ", g.h_receipt(), ")이 제한됩니다.\n관리번호 ", H(f"0{r.randint(31,64)}-{r.randint(2019,2025)}-{ri(r,4)}", "receipt_number"),
              "\n문의: 전산실 ", g.h_switch(), " / ", H("120", "short_code"), " 다산콜\n")
    elif v == 3:
        d.add("과태료 부과 사전통지 안내문(예시)\n\n위반 차량: ", H("12가 ○○○○", "masked_plate"), " (차량번호 일부 비공개)\n",
              "위반 일시: ", g.h_date(), "\n과태료: ", g.h_amount(), " (사전납부 시 20% 감경 ", g.h_amount(), ")\n",
              "근거: ", g.h_statute(), "\n처분청: ", g.h_office(), "\n문서번호: ", g.h_doc(), "\n사건번호 참고: ", g.h_case(), "\n",
              "납부 문의 ", g.h_switch(), "\n")
    elif v == 4:
        d.add(r.choice(AGENCIES), " 공무직 채용 공고\n\n1. 채용 인원: ", str(r.randint(1, 9)), "명\n2. 근무지: ", g.h_inst_addr(), "\n",
              "3. 보수: 월 ", g.h_amount(), "\n4. 접수 기간: ", g.h_date(), " ~ ", g.h_date(), "\n",
              "5. 제출 서류: 응시원서(주민등록번호 뒷자리 기재 금지), 자격증 사본\n6. 근거: ", g.h_statute(), "\n",
              "7. 문의: ", g.h_switch(), " (", r.choice(["총무과", "인사팀"]), "), 감사 제보는 ", H("1398", "short_code"), "\n",
              "※ 합격자 발표는 수험번호(", H(f"{r.randint(2025,2026)}-{ri(r,4)}", "receipt_number"), ")로 공지합니다. 예) ", g.h_masked(), "\n")
    else:
        d.add("개인정보 처리방침 개정 안내\n\n", r.choice(AGENCIES), "은(는) ", g.h_date(), "부터 개정된 개인정보 처리방침을 시행합니다.\n",
              "- 개정 근거: ", g.h_statute(), ", ", g.h_statute(), "\n- 주요 내용: 영상정보처리기기 운영 현황 갱신, 위탁업체 변경(", g.h_company(), ")\n",
              "- 개인정보 보호책임자: ", g.h_office(), "\n- 침해 신고: 개인정보침해신고센터 ", H("118", "short_code"), ", 대표전화 ", g.h_switch(), "\n",
              "- 고지 번호: ", g.h_doc(), "\n")
    return d

GENRES = [
    ("보도자료·기사", "press", [t_news, t_pressrel]),
    ("회의록", "meeting", [t_meeting]),
    ("판결문·결정문", "judgment", [t_judgment]),
    ("민원회신", "civil", [t_civil]),
    ("감사·징계", "audit", [t_audit]),
    ("인사발령", "hr", [t_hr]),
    ("학교·병원기록", "schosp", [t_schosp]),
    ("복지상담", "welfare", [t_welfare]),
    ("계약서", "contract", [t_contract]),
    ("신청서·동의서", "form", [t_form]),
    ("명부(표)", "roster", [t_roster]),
    ("접속기록", "log", [t_log]),
    ("OCR스캔", "ocr", [t_ocr]),
    ("이메일", "mail", [t_mail]),
    ("SMS·채팅", "chat", [t_chat]),
    ("공지(PII없음)", "notice", [t_notice]),
]

# ================================================================ validation
LEAKS = [("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
         ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
         ("rrn_shape", re.compile(r"(?<!\d)\d{6}[- ]?[1-8]\d{6}(?!\d)")),
         ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
         ("ipv4", re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])"))]
UNCONF = str.maketrans({"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

def norm_digits(v, keep_letters=False):
    v = unicodedata.normalize("NFKC", v)
    if not keep_letters:
        v = v.translate(UNCONF)
    for c in "-‐－– \n.":
        v = v.replace(c, "")
    return v

def check_value(sp):
    k, v, t = sp["kind"], sp["val"], sp["type"]
    n = norm_digits(v)
    hd = {c: str(i) for i, c in enumerate(["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"])}
    if "hangul_digits" in sp["noise"]:
        n = "".join(hd.get(c, c) for c in n)
    if t == "KR_RRN":
        assert len(n) == 13 and n[:7].isdigit(), v
        y, m, d = int(n[:2]), int(n[2:4]), int(n[4:6]); gd = int(n[6])
        assert 1 <= m <= 12 and 1 <= d <= 31 and gd in (1, 2, 3, 4), v
        if k == "rrn_valid":
            assert n.isdigit() and rrn_check(n[:12]) == int(n[12]), v
        elif k == "rrn_post2020":
            assert n.isdigit() and rrn_check(n[:12]) != int(n[12]) and gd in (3, 4) and (y, m) >= (20, 10), v
        else:
            assert len(set(n[7:])) == 1 and not n[7:].isdigit(), v
    elif t == "KR_FRN":
        assert len(n) == 13 and int(n[6]) in (5, 6, 7, 8), v
        if k == "frn_legacy":
            assert frn_check(n[:12]) == int(n[12]) and int(n[7:9]) % 2 == 0 and n[11] in "6789", v
        elif k == "frn_post2020":
            assert n.isdigit() and frn_check(n[:12]) != int(n[12]) and rrn_check(n[:12]) != int(n[12]), v
    elif t == "KR_BRN":
        assert len(n) == 10 and brn_check(n[:9]) == int(n[9]), v
    elif t == "KR_CRN":
        assert len(n) == 13 and crn_check(n[:12]) == int(n[12]), v
    elif t == "CREDIT_CARD":
        assert n.isdigit() and len(n) in (15, 16) and luhn_ok(n), v
    elif t == "KR_DRIVER_LICENSE":
        m_ = re.fullmatch(r"(서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|경기북부)?(\d+)", n)
        assert m_ and len(m_.group(2)) == (10 if m_.group(1) else 12), v
        if not m_.group(1):
            assert int(n[:2]) in DL_REG, v
    elif t == "KR_PASSPORT":
        nn = norm_digits(v, keep_letters=True)
        assert re.fullmatch(r"[A-Z0-9]{7,9}", nn), v
    elif t == "PHONE_NUMBER":
        assert n.isdigit() and 9 <= len(n) <= 12 and n[0] == "0", v
    elif t == "KR_HEALTH_INSURANCE":
        assert n.isdigit() and len(n) == 11, v
    elif t == "KR_BANK_ACCOUNT":
        assert n.isdigit() and 10 <= len(n) <= 14, v
    elif t == "IP_ADDRESS":
        if ":" not in v:
            assert all(0 <= int(x) <= 255 for x in v.split(".")), v
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
    elif t == "DATE_OF_BIRTH":
        assert re.search(r"\d", v), v
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"(\S+ ?)?\d{2,3}[가-힣] ?\d{4}", v), v
    elif t == "KR_ADDRESS":
        assert re.search(r"\d", v) and not v.startswith("("), v
    elif t == "PERSON":
        assert not re.search(r"(씨|님|귀하|주무관|사무관)$", v), v

def validate(text, spans, negs, no_pii):
    prev = 0
    for sp in spans:
        s_, e_ = sp["start"], sp["end"]
        assert 0 <= s_ < e_ <= len(text), sp
        assert s_ >= prev, ("overlap/unsorted", sp)
        prev = e_
        assert text[s_:e_] == sp["val"], sp
        assert not text[s_].isspace() and not text[e_ - 1].isspace(), sp
        check_value(sp)
    cov = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            cov[k] = True
    for ng in negs:
        assert text[ng["start"]:ng["end"]] == ng["text"], ng
        assert not any(cov[ng["start"]:ng["end"]]), ("neg overlaps span", ng)
    starts = {(sp["start"], sp["end"]) for sp in spans}
    for sp in spans:
        v = sp["val"]
        for m in re.finditer(re.escape(v), text):
            if (m.start(), m.end()) not in starts:
                raise AssertionError(("unlabelled repeat", v))
    negcov = [False] * len(text)
    for ng in negs:
        for k in range(ng["start"], ng["end"]):
            negcov[k] = True
    for nm, rx in LEAKS:
        for m in rx.finditer(text):
            if any(cov[m.start():m.end()]) or all(negcov[m.start():m.end()]):
                continue
            if nm == "ipv4" and not all(int(x) <= 255 for x in m.groups()):
                continue
            raise AssertionError(("leak", nm, m.group()))
    if no_pii:
        assert not spans
    else:
        assert spans, "record without spans"

# ================================================================ build
def build():
    recs, metas = [], []
    for genre, code, fns in GENRES:
        for i in range(PER_GENRE):
            fn = fns[i % len(fns)]
            tname = fn.__name__
            for k in range(50):
                seed = f"{SEED_PREFIX}|{tname}|{i}" + (f"|r{k}" if k else "")
                r = random.Random(seed)
                g = G(r)
                d = fn(r, g, i)
                text = d.text()
                no_pii = not d.spans
                try:
                    validate(text, d.spans, d.negs, no_pii)
                    if code != "notice" and no_pii and not (code in ("civil", "form", "log") and (i % 11 == 10 or i % 16 == 15)):
                        raise AssertionError("unexpected empty record")
                    break
                except AssertionError as ex:
                    last = ex
                    continue
            else:
                raise RuntimeError(f"{seed}: {last}")
            rid = f"pii_ag-{code}-{i:03d}"
            recs.append({"id": rid, "text": text,
                         "spans": [{"start": s_["start"], "end": s_["end"], "type": s_["type"]} for s_ in d.spans],
                         "genre": genre})
            metas.append({"id": rid, "template": tname, "seed": seed, "genre": genre, "no_pii": no_pii,
                          "spans": [{"start": s_["start"], "end": s_["end"], "type": s_["type"], "sub_kind": s_["kind"],
                                     "noise": s_["noise"]} for s_ in d.spans],
                          "hard_negatives": d.negs})
    return recs, metas

def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")

def stats(recs, metas):
    C = collections.Counter
    st = {"records": len(recs), "records_no_pii": sum(1 for m in metas if m["no_pii"]),
          "gold_spans": sum(len(r_["spans"]) for r_ in recs),
          "by_genre": {}, "by_template": dict(sorted(C(m["template"] for m in metas).items())),
          "by_type": dict(sorted(C(s_["type"] for r_ in recs for s_ in r_["spans"]).items())),
          "by_sub_kind": dict(sorted(C(s_["sub_kind"] for m in metas for s_ in m["spans"]).items())),
          "by_noise_tag": dict(sorted(C(t for m in metas for s_ in m["spans"] for t in s_["noise"]).items())),
          "spans_with_noise": sum(1 for m in metas for s_ in m["spans"] if s_["noise"]),
          "by_hard_negative_category": dict(sorted(C(n_["category"] for m in metas for n_ in m["hard_negatives"]).items())),
          "hard_negatives": sum(len(m["hard_negatives"]) for m in metas)}
    for genre, code, fns in GENRES:
        ms = [m for m in metas if m["genre"] == genre]
        st["by_genre"][genre] = {"records": len(ms), "no_pii": sum(m["no_pii"] for m in ms),
                                 "gold_spans": sum(len(m["spans"]) for m in ms),
                                 "hard_negatives": sum(len(m["hard_negatives"]) for m in ms)}
    return st

def reread_check():
    recs = [json.loads(l) for l in open(os.path.join(OUT, "pii_ag.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(OUT, "pii_ag.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) and len({r_["id"] for r_ in recs}) == len(recs)
    for r_, m in zip(recs, metas):
        assert r_["id"] == m["id"] and set(r_) == {"id", "text", "spans", "genre"}
        spans = [dict(s_, val=r_["text"][s_["start"]:s_["end"]], kind=ms["sub_kind"], noise=ms["noise"])
                 for s_, ms in zip(r_["spans"], m["spans"])]
        for s_, ms in zip(r_["spans"], m["spans"]):
            assert (s_["start"], s_["end"], s_["type"]) == (ms["start"], ms["end"], ms["type"])
        validate(r_["text"], spans, m["hard_negatives"], m["no_pii"])
    return len(recs)

if __name__ == "__main__":
    recs, metas = build()
    dump(os.path.join(OUT, "pii_ag.jsonl"), recs)
    dump(os.path.join(OUT, "pii_ag.meta.jsonl"), metas)
    st = stats(recs, metas)
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = reread_check()
    print(f"wrote {n} records, {st['gold_spans']} spans; re-read validation OK")
