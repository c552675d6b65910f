#!/usr/bin/env python3
"""pii_ah: independent evaluation set for a Korean PII detector (public-sector documents).
Deterministic: every random choice comes from random.Random("pii_ah-2026|<template>|<i>")
(retries append "|r<k>"). Standard library only.  Usage: python3 make_set.py
"""
import hashlib, json, os, random, re, sys, unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_ah-2026"
NAME = "pii_ah"

# ----------------------------------------------------------------- pools
SUR1 = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 "
        "주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 "
        "제 탁 국 어 은 편 용 예 봉 경").split()
SUR2 = "남궁 황보 선우 제갈 독고 사공 서문".split()
ROM_S = dict(zip(SUR1 + SUR2, (
    "KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG AHN SONG RYU JEON HONG KO MOON YANG SON "
    "BAE BAEK HEO YOO NAM SHIM NOH HA KWAK SUNG CHA JOO WOO KOO MIN JIN NA JI EOM CHAE WON CHEON BANG KONG HYUN HAM "
    "BYUN YEOM YEO CHU SEOK SUN SEOL MA GIL YEON WI PYO MYUNG KI BAN WANG KEUM OK YUK IN MAENG JE TAK KOOK EO EUN "
    "PYEON YONG YE BONG KYUNG NAMGOONG HWANGBO SUNWOO JEGAL DOKGO SAGONG SEOMOON").split()))
GIV = ("민 수 지 현 서 준 영 호 우 진 은 하 윤 성 혜 정 재 경 훈 희 연 동 상 태 미 주 원 승 규 석 철 용 병 창 선 나 다 "
       "예 채 유 소 아 빈 결 찬 혁 균 범 섭 욱 환 웅 길 순 자 숙 옥 분 남 향 란 림 솔 별 슬 담 율 온 겸 건 도 한 세 "
       "시 인 근 형 기 광 보 람").split()
ROM_G = dict(zip(GIV, (
    "MIN SU JI HYEON SEO JUN YEONG HO WOO JIN EUN HA YUN SEONG HYE JEONG JAE GYEONG HUN HUI YEON DONG SANG TAE MI JU "
    "WON SEUNG GYU SEOK CHEOL YONG BYEONG CHANG SEON NA DA YE CHAE YU SO A BIN GYEOL CHAN HYEOK GYUN BEOM SEOP UK "
    "HWAN UNG GIL SUN JA SUK OK BUN NAM HYANG RAN RIM SOL BYEOL SEUL DAM YUL ON GYEOM GEON DO HAN SE SI IN GEUN "
    "HYEONG GI GWANG BO RAM").split()))
assert len(ROM_S) == len(SUR1) + len(SUR2) and len(ROM_G) == len(GIV)
BAD_NAMES = set("정보 주민 서명 성명 이유 주소 신청 기간 사유 시민 구민 주문 이상 이하 고지 지원 원장 장기 민원 구청 "
                "시장 과장 차장 국장 부장 선정 결정 조정 인정 선거 우선 연수 전원 한정 기한 구간 안내 진정 진술 "
                "신고 고소 증인 정정 정지 동의 성인 명의 유지 지연 소송 공정 심의 원고 피고 변호 반환 기준 경우".split())

FOREIGN = {
  "베트남": (["NGUYEN","TRAN","LE","PHAM","HOANG","VU","DANG","BUI"], ["VAN","THI","DUC","MINH"], ["THANH","HUONG","LAN","TUAN","HUNG","MAI","LINH","QUANG","TRANG"],
            ["응우옌","쩐","레","팜","호앙","부","당","부이"], ["반","티","득","민"], ["타인","흐엉","란","뚜언","훙","마이","린","꽝","짱"]),
  "중국": (["WANG","LI","ZHANG","LIU","CHEN","YANG","ZHAO","HUANG"], [], ["WEI","JING","LIJUN","XIAOMEI","HAORAN","YUTING","JIANGUO","MINGYU"],
          ["왕","리","장","류","천","양","자오","황"], [], ["웨이","징","리쥔","샤오메이","하오란","위팅","젠궈","밍위"]),
  "우즈베키스탄": (["KARIMOV","RAKHIMOV","YUSUPOV","TURSUNOV","ALIEV"], [], ["AZIZ","BOBUR","DILSHOD","SHERZOD","JASUR"],
          ["카리모프","라히모프","유수포프","투르수노프","알리예프"], [], ["아지즈","보부르","딜쇼드","셰르조드","자수르"]),
  "필리핀": (["SANTOS","REYES","CRUZ","BAUTISTA","GARCIA"], [], ["MARIA","JOSE","ANGELICA","MARK","JOY"],
          ["산토스","레예스","크루스","바우티스타","가르시아"], [], ["마리아","호세","안젤리카","마크","조이"]),
  "몽골": (["GANTULGA","BATBAYAR","DORJ","ERDENE"], [], ["BAYARMAA","ODGEREL","TSETSEG","MUNKH"],
          ["간툴가","바트바야르","도르지","에르덴"], [], ["바야르마","오드게렐","체체그","뭉흐"]),
  "태국": (["SRISUK","CHAIYAPORN","WONGSA","BOONMA"], [], ["ANONG","SOMCHAI","KANYA","NATTAPONG"],
          ["시숙","차이야폰","웡사","분마"], [], ["아농","솜차이","깐야","낫타퐁"]),
  "네팔": (["GURUNG","TAMANG","SHRESTHA","RAI"], [], ["BIKASH","SUNITA","RAMESH","ANITA"],
          ["구룽","타망","시레스타","라이"], [], ["비카스","수니타","라메스","아니타"]),
}

SIDO = {
 "서울특별시": ("서울", ["마포구","강서구","노원구","송파구","관악구","은평구","성북구","중랑구","동작구","광진구"], "02"),
 "부산광역시": ("부산", ["해운대구","사하구","부산진구","동래구","금정구","수영구"], "051"),
 "대구광역시": ("대구", ["수성구","달서구","북구","동구"], "053"),
 "인천광역시": ("인천", ["남동구","부평구","연수구","서구","계양구"], "032"),
 "광주광역시": ("광주", ["북구","광산구","서구","남구"], "062"),
 "대전광역시": ("대전", ["유성구","서구","대덕구","중구"], "042"),
 "울산광역시": ("울산", ["남구","울주군","중구","북구"], "052"),
 "경기도": ("경기", ["수원시 팔달구","수원시 영통구","성남시 분당구","고양시 일산동구","용인시 수지구","화성시","남양주시","파주시","김포시","안산시 단원구","평택시","양평군"], "031"),
 "강원특별자치도": ("강원", ["춘천시","원주시","강릉시","홍천군","속초시"], "033"),
 "충청북도": ("충북", ["청주시 흥덕구","충주시","제천시","음성군"], "043"),
 "충청남도": ("충남", ["천안시 서북구","아산시","공주시","홍성군","서산시"], "041"),
 "전북특별자치도": ("전북", ["전주시 완산구","군산시","익산시","남원시"], "063"),
 "전라남도": ("전남", ["목포시","여수시","순천시","나주시","해남군"], "061"),
 "경상북도": ("경북", ["포항시 북구","구미시","경주시","안동시","칠곡군"], "054"),
 "경상남도": ("경남", ["창원시 성산구","김해시","진주시","양산시","거제시"], "055"),
 "제주특별자치도": ("제주", ["제주시","서귀포시"], "064"),
}
SIDO_LIST = list(SIDO.keys())
ROAD_STEMS = "한빛 솔내 가람 푸른솔 누리 은행나무 새말 달빛 별내숲 버들 미리내 청람 다온 햇살 모래내 구름재 돌샘 개나리 느티 물길 꽃담 새솔 윗말 너른들 참샘 바람개비 도란 노을빛".split()
DONG = "성산동 효자동 신정동 반송동 우산동 덕천동 매화동 송정동 신흥동 대흥동 옥동 중앙동 용당동 율하동".split()
APTS = "한빛아파트 푸른마을 솔내빌 가람타운 은하수맨션 누리숲아파트 햇살채 다온하이츠".split()
BANKS = {  # bank: list of digit groupings
 "국민은행": [(6,2,6)], "KB국민은행": [(6,2,6)], "신한은행": [(3,3,6)], "우리은행": [(4,3,6)], "하나은행": [(3,6,5)],
 "NH농협은행": [(3,4,4,2)], "농협": [(3,4,4,2)], "IBK기업은행": [(3,6,2,3)], "카카오뱅크": [(4,2,7)], "우체국": [(6,2,6)],
 "새마을금고": [(4,4,4,1)], "부산은행": [(3,4,4,2)], "SC제일은행": [(3,2,6)], "토스뱅크": [(4,4,4)], "수협은행": [(3,2,6)],
 "iM뱅크": [(3,2,6,1)], "광주은행": [(3,3,6)], "신협": [(3,3,6)], "케이뱅크": [(3,3,6)], "전북은행": [(3,2,7)],
}
BANK_LIST = list(BANKS.keys())
DL_REGION = [("서울",11),("부산",12),("경기",13),("강원",14),("충북",15),("충남",16),("전북",17),("전남",18),("경북",19),("경남",20),("제주",21),("대구",22),("인천",23),("광주",25),("대전",26),("울산",27),("경기북부",28)]
PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COM = list("바사아자")
PLATE_RENT = list("하허호")
COMPANY_STEMS = "한빛엔지니어링 다온테크 누리소프트 가람건설 솔내환경 청람정보통신 미리내산업 햇살복지 새솔물산 버들기술 달빛디자인 참샘식품 도란교육 바람개비미디어 노을빛설비".split()
MAIL_DOM = ["naver.com","gmail.com","daum.net","hanmail.net","kakao.com","nate.com","outlook.com","hotmail.com"]

def name_ko(rng, two_prob=0.06):
    s = rng.choice(SUR2) if rng.random() < two_prob else rng.choice(SUR1)
    while True:
        n = 1 if rng.random() < 0.1 else 2
        g = "".join(rng.choice(GIV) for _ in range(n))
        full = s + g
        if full not in BAD_NAMES and g not in ("모",) and len(set(full)) == len(full):
            return full

def romanize(nm):
    for s in sorted(ROM_S, key=len, reverse=True):
        if nm.startswith(s):
            return ROM_S[s], "".join(ROM_G[c] for c in nm[len(s):])
    raise ValueError(nm)

def name_foreign(rng, script=None, country=None):
    country = country or rng.choice(list(FOREIGN))
    fa, mi, gi, hfa, hmi, hgi = FOREIGN[country]
    i, j = rng.randrange(len(fa)), rng.randrange(len(gi))
    k = rng.randrange(len(mi)) if mi and rng.random() < 0.8 else None
    script = script or rng.choice(["latin", "hangul"])
    if script == "latin":
        parts = [fa[i]] + ([mi[k]] if k is not None else []) + [gi[j]]
        s = " ".join(parts)
        r = rng.random()
        if r < 0.3:
            s = " ".join(p.capitalize() for p in parts)
        elif r < 0.45 and k is None:
            s = gi[j].capitalize() + " " + fa[i].capitalize()
        return s, country, "person_foreign_latin"
    parts = [hfa[i]] + ([hmi[k]] if k is not None else []) + [hgi[j]]
    sep = " " if rng.random() < 0.8 else ""
    return sep.join(parts), country, "person_foreign_hangul"

# ----------------------------------------------------------------- value makers
def V(text, typ, sub, canon=None, noise=()):
    return {"text": text, "type": typ, "sub": sub, "canon": text if canon is None else canon, "noise": list(noise)}

def P(rng, nm=None, sub="person_ko"):
    nm = nm or name_ko(rng)
    return V(nm, "PERSON", sub)

def rdate(rng, y0, y1):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28 if m == 2 else 30)
    return y, m, d

RRN_W = [2,3,4,5,6,7,8,9,2,3,4,5]
def rrn_check(d12):
    return (11 - sum(int(a)*b for a, b in zip(d12, RRN_W)) % 11) % 10
def frn_check(d12):
    return (13 - sum(int(a)*b for a, b in zip(d12, RRN_W)) % 11) % 10

def rrn(rng, kind="valid", ymd=None, hyphen="-"):
    if kind == "post2020":
        y, m, d = ymd or rdate(rng, 2021, 2025)
        if ymd is None and rng.random() < 0.2: y, m = 2020, rng.randint(10, 12)
        g = rng.choice("34")
        body = "%02d%02d%02d%s%05d" % (y % 100, m, d, g, rng.randrange(100000))
        c = (rrn_check(body) + rng.randint(1, 9)) % 10
        s = body + str(c)
        return s[:6] + hyphen + s[6:], "rrn_post2020", s[:6] + "-" + s[6:]
    y, m, d = ymd or rdate(rng, 1940, 2006)
    g = (rng.choice("12") if y < 2000 else rng.choice("34"))
    body = "%02d%02d%02d%s%05d" % (y % 100, m, d, g, rng.randrange(100000))
    s = body + str(rrn_check(body))
    if kind == "masked":
        mc = rng.choice(["*", "*", "●", "X", "x", "○"])
        t = s[:6] + hyphen + s[6] + mc * 6
        return t, "rrn_masked", t
    return s[:6] + hyphen + s[6:], "rrn_valid", s[:6] + "-" + s[6:]

def RRN(rng, kind=None, ymd=None):
    kind = kind or rng.choices(["valid", "post2020", "masked"], [6, 2, 3])[0]
    if kind == "post2020" and ymd and ymd[0] < 2021: kind = "valid"
    hy = "-" if rng.random() < 0.9 else rng.choice([" - ", ""])
    if hy == "" and kind == "masked": hy = "-"
    t, sub, c = rrn(rng, kind, ymd, hy)
    return V(t, "KR_RRN", sub, c)

def FRN(rng, ymd=None, hyphen="-"):
    y, m, d = ymd or rdate(rng, 1965, 2005)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    while True:
        office = rng.randrange(10, 50) * 2 % 100
        body = "%02d%02d%02d%s%02d%02d%d" % (y % 100, m, d, g, office, rng.randrange(100), rng.choice([6,7,8,9]))
        s = body + str(frn_check(body))
        return V(s[:6] + hyphen + s[6:], "KR_FRN", "frn_legacy", s[:6] + "-" + s[6:])

def brn_valid(rng):
    while True:
        d = [rng.randint(1, 6), rng.randint(0, 9), rng.randint(1, 9)]
        mid = rng.choice([rng.randint(1, 79), rng.randint(81, 88), rng.randint(90, 99)])
        d += [mid // 10, mid % 10] + [rng.randint(0, 9) for _ in range(4)]
        w = [1,3,7,1,3,7,1,3,5]
        s = sum(a*b for a, b in zip(d, w)) + (d[8]*5)//10
        c = (10 - s % 10) % 10
        t = "".join(map(str, d)) + str(c)
        return t

def BRN(rng):
    t = brn_valid(rng)
    r = rng.random()
    txt = t[:3]+"-"+t[3:5]+"-"+t[5:] if r < 0.85 else (t if r < 0.93 else t[:3]+" "+t[3:5]+" "+t[5:])
    return V(txt, "KR_BRN", "brn_valid", t[:3]+"-"+t[3:5]+"-"+t[5:])

def CRN(rng):
    off = rng.choice(["1101","1103","1201","1301","1311","1358","1601","1701","1801","1811","2001","2301","1748","1941","1501"])
    kind = rng.choice(["11","11","11","14","21","22","71","81","84"])
    d12 = off + kind + "%06d" % rng.randrange(1000000)
    s = sum(int(a)*(1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    t = d12 + str((10 - s % 10) % 10)
    return V(t[:6]+"-"+t[6:], "KR_CRN", "crn_valid", t[:6]+"-"+t[6:])

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2: v = v*2 - 9 if v*2 > 9 else v*2
        tot += v
    return tot % 10 == 0

def CARD(rng):
    kind = rng.choices(["visa","master","bc","jcb","amex","local"], [4,4,3,2,1,2])[0]
    pre = {"visa": "4"+str(rng.randint(0,9)), "master": "5"+str(rng.randint(1,5)), "bc": "94"+str(rng.randint(0,9)),
           "jcb": "35"+str(rng.randint(28,89)), "amex": rng.choice(["34","37"]), "local": rng.choice(["9410","9420","6250","6253"])}[kind]
    ln = 15 if kind == "amex" else 16
    while True:
        body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        for c in range(10):
            if luhn_ok(body + str(c)):
                s = body + str(c); break
        break
    sep = rng.choice(["-", "-", "-", " ", ""])
    if ln == 15:
        txt = sep.join([s[:4], s[4:10], s[10:]])
    else:
        txt = sep.join([s[i:i+4] for i in range(0, 16, 4)])
    return V(txt, "CREDIT_CARD", "card_" + kind, s)

def PASS(rng, kind=None):
    kind = kind or rng.choices(["kr_old","kr_new","foreign"], [3,5,3])[0]
    if kind == "kr_old":
        p = rng.choices("MSGDR", [10,2,2,1,1])[0]
        t = p + "%08d" % rng.randrange(10**8); sub = "passport_kr_old"
    elif kind == "kr_new":
        p = rng.choices("MSGDR", [10,2,2,1,1])[0]
        t = p + "%03d" % rng.randrange(1000) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%04d" % rng.randrange(10000); sub = "passport_kr_new"
    else:
        f = rng.choice(["E8", "EA7", "C7", "P7A", "TK7", "FA7", "AA7", "N8", "PA7", "EH7", "D9"])
        m = re.match(r"([A-Z]*)(\d)([A-Z]?)", f)
        t = m.group(1) + "".join(str(rng.randint(0, 9)) for _ in range(int(m.group(2)))) + m.group(3)
        if f == "D9": t = str(rng.randint(1,9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        sub = "passport_foreign"
    return V(t, "KR_PASSPORT", sub)

def DL(rng, kind=None):
    kind = kind or rng.choices(["hyphen","region","region_nospace","plain"], [5,3,1,2])[0]
    reg, code = rng.choice(DL_REGION)
    yy = rng.randint(0, 25); ser = rng.randrange(10**6); tail = rng.randrange(100)
    canon = "%02d%02d%06d%02d" % (code, yy, ser, tail)
    if kind == "hyphen": t = "%02d-%02d-%06d-%02d" % (code, yy, ser, tail)
    elif kind == "region": t = "%s %02d-%06d-%02d" % (reg, yy, ser, tail)
    elif kind == "region_nospace": t = "%s%02d-%06d-%02d" % (reg, yy, ser, tail)
    else: t = canon
    return V(t, "KR_DRIVER_LICENSE", "dl_" + kind, canon if kind in ("hyphen","plain") else reg + "%02d%06d%02d" % (yy, ser, tail))

def PLATE(rng, kind=None):
    kind = kind or rng.choices(["2d","3d","region","commercial","nospace","rental"], [4,5,2,2,1,1])[0]
    reg = rng.choice([v[0] for v in SIDO.values()])
    if kind == "2d": t = "%02d%s %04d" % (rng.randint(10, 99), rng.choice(PLATE_PRIV), rng.randint(1000, 9999))
    elif kind == "3d": t = "%03d%s %04d" % (rng.randint(100, 699), rng.choice(PLATE_PRIV), rng.randint(1000, 9999))
    elif kind == "region": t = "%s %02d%s %04d" % (reg, rng.randint(10, 99), rng.choice(PLATE_PRIV), rng.randint(1000, 9999))
    elif kind == "commercial": t = "%s %02d%s %04d" % (reg, rng.randint(70, 99), rng.choice(PLATE_COM), rng.randint(1000, 9999))
    elif kind == "nospace": t = "%03d%s%04d" % (rng.randint(100, 699), rng.choice(PLATE_PRIV), rng.randint(1000, 9999))
    else: t = "%02d%s %04d" % (rng.randint(10, 99), rng.choice(PLATE_RENT), rng.randint(1000, 9999))
    return V(t, "KR_VEHICLE_PLATE", "plate_" + kind, t.replace(" ", ""))

def HI(rng):
    t = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return V(t, "KR_HEALTH_INSURANCE", "hi_11digit")

def ACCT(rng, bank=None):
    bank = bank or rng.choice(BANK_LIST)
    g = rng.choice(BANKS[bank])
    if bank == "카카오뱅크": parts = ["3333", "%02d" % rng.randint(1, 30), "%07d" % rng.randrange(10**7)]
    else: parts = ["".join(str(rng.randint(0, 9)) for _ in range(n)) for n in g]
    if parts[0][0] == "0": parts[0] = "1" + parts[0][1:]
    canon = "".join(parts)
    t = "-".join(parts) if rng.random() < 0.85 else canon
    return bank, V(t, "KR_BANK_ACCOUNT", "acct_" + "-".join(map(str, g)) + ("" if "-" in t else "_plain"), canon)

def IP(rng, kind=None):
    kind = kind or rng.choices(["public","private","v6"], [7,2,1])[0]
    if kind == "public":
        a = rng.choice([1,14,27,39,49,58,59,61,106,110,112,114,115,118,121,125,175,180,182,183,203,211,218,220,221,222])
        t = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    elif kind == "private":
        t = rng.choice(["10.%d.%d.%d" % (rng.randint(0,255), rng.randint(0,255), rng.randint(1,254)),
                        "192.168.%d.%d" % (rng.randint(0,255), rng.randint(1,254)),
                        "172.%d.%d.%d" % (rng.randint(16,31), rng.randint(0,255), rng.randint(1,254))])
    else:
        t = "2001:%x:%x:%x::%x" % (rng.randint(0x200, 0xfff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
    return V(t, "IP_ADDRESS", "ip_" + kind)

def EMAIL(rng, nm=None, dom=None, sub="email_personal"):
    if nm and re.fullmatch(r"[가-힣]+", nm) and rng.random() < 0.7:
        f, g = romanize(nm)
        loc = rng.choice([g.lower() + f.lower(), f.lower() + "." + g.lower(), f.lower()[0] + g.lower() + str(rng.randint(1, 99)),
                          g.lower()[:4] + str(rng.randint(70, 99))])
    else:
        loc = rng.choice(["sky", "blue", "moon", "haru", "dream", "ssam", "jjang", "hello", "star", "rain"]) + rng.choice(["", "_", "."]) + rng.choice(["kim", "lee", "park", "min", "jh", "sy", "yr"]) + str(rng.randint(1, 9999))
    dom = dom or rng.choice(MAIL_DOM)
    return V(loc + "@" + dom, "EMAIL_ADDRESS", sub)

def MOBILE(rng, style=None):
    a = rng.choice(["010"] * 12 + ["011", "016", "019"])
    m = "%04d" % rng.randint(2000, 9999) if a == "010" else "%03d" % rng.randint(200, 999)
    e = "%04d" % rng.randrange(10000)
    style = style or rng.choices(["hy", "sp", "dot", "plain", "intl", "paren"], [14, 2, 1, 2, 1, 1])[0]
    t = {"hy": f"{a}-{m}-{e}", "sp": f"{a} {m} {e}", "dot": f"{a}.{m}.{e}", "plain": a + m + e,
         "intl": f"+82-{a[1:]}-{m}-{e}", "paren": f"({a}) {m}-{e}"}[style]
    return V(t, "PHONE_NUMBER", "phone_mobile", a + m + e)

def LAND(rng, area=None, sub="phone_landline", prefix=None):
    area = area or rng.choice(["02", "031", "032", "051", "053", "042", "062", "044", "055", "063", "070"])
    if area == "070": sub = "phone_070"
    mid = prefix or ("%04d" % rng.randint(2000, 9999) if area in ("02", "070") or rng.random() < 0.5 else "%03d" % rng.randint(200, 999))
    e = "%04d" % rng.randrange(10000)
    st = rng.random()
    t = f"{area}-{mid}-{e}" if st < 0.82 else (f"({area}) {mid}-{e}" if st < 0.92 else f"{area}){mid}-{e}")
    return V(t, "PHONE_NUMBER", sub, area + mid + e)

MONS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
def DOB_FMTS(y, m, d):
    return {"dot_sp": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}", "dot0": f"{y}.{m:02d}.{d:02d}.",
            "dot_noend": f"{y}.{m:02d}.{d:02d}", "yy_dot": f"{y%100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y%100:02d}{m:02d}{d:02d}",
            "slash": f"{y}/{m:02d}/{d:02d}", "kor_short": f"{y%100:02d}년 {m}월 {d}일", "passport": f"{d:02d} {MONS[m-1]} {y}",
            "passport_new": f"{d:02d} {m}월/{MONS[m-1]} {y}", "ymd8": f"{y}{m:02d}{d:02d}", "kor_nosp": f"{y}년{m:02d}월{d:02d}일",
            "dot_sp_noend": f"{y}. {m}. {d}"}
DOB_W = [5, 5, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]

def DOB(rng, ymd=None, fmt=None):
    y, m, d = ymd or rdate(rng, 1940, 2012)
    fm = DOB_FMTS(y, m, d)
    fmt = fmt or rng.choices(list(fm), DOB_W)[0]
    return V(fm[fmt], "DATE_OF_BIRTH", "dob_" + fmt, "%04d%02d%02d" % (y, m, d))

def ADDR(rng, sido=None, style=None):
    sido = sido or rng.choice(SIDO_LIST)
    short, sgg, _ = SIDO[sido]
    g = rng.choice(sgg)
    style = style or rng.choices(["road_full", "road_short", "road_sgg", "jibun", "road_si"], [5, 2, 2, 2, 1])[0]
    stem = rng.choice(ROAD_STEMS)
    road = rng.choice([stem + "로", stem + "길", stem + "대로", stem + "로%d번길" % rng.randint(1, 60), stem + "%d길" % rng.randint(1, 40)])
    num = str(rng.randint(1, 399)) + (("-%d" % rng.randint(1, 30)) if rng.random() < 0.3 else "")
    unit = rng.choice(["", "", ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 8)),
                       ", %d층 %d호" % ((f := rng.randint(2, 9)), f * 100 + rng.randint(1, 9)), " %d층" % rng.randint(2, 12),
                       ", %d호" % rng.randint(101, 905), ", 지하1층"])
    if style == "jibun":
        dong = rng.choice(DONG)
        apt = " " + rng.choice(APTS) + " %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 20) * 100 + rng.randint(1, 6)) if rng.random() < 0.5 else ""
        head = rng.choice([sido, short, sido])
        t = f"{head} {g} {dong} {rng.randint(1, 999)}-{rng.randint(1, 40)}{apt}"
    else:
        head = {"road_full": sido + " ", "road_short": (short if short != "서울" or rng.random() < 0.5 else "서울시") + " ",
                "road_sgg": "", "road_si": sido + " "}[style]
        t = f"{head}{g} {road} {num}{unit}"
    paren = None
    if style != "jibun" and rng.random() < 0.35:
        paren = "(" + rng.choice(DONG) + (", " + rng.choice(APTS) if rng.random() < 0.5 else "") + ")"
    postal = "%05d" % rng.randint(1000, 63999)
    return V(t, "KR_ADDRESS", "addr_" + style), paren, postal

# ----------------------------------------------------------------- noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
FW["-"] = "－"
HANGUL_D = dict(zip("0123456789", "공일이삼사오육칠팔구"))

def noisy(rng, v, kinds=None, p=1.0):
    if rng.random() > p: return v
    t = v["text"]
    avail = ["fullwidth_digits", "space_in_number", "newline_in_number"]
    if "-" in t: avail += ["unicode_hyphen"]
    if v["type"] not in ("KR_PASSPORT", "KR_VEHICLE_PLATE", "EMAIL_ADDRESS", "IP_ADDRESS") and "0" in t[1:-1]: avail.append("ocr_O_for_0")
    if v["type"] not in ("KR_PASSPORT", "KR_VEHICLE_PLATE", "EMAIL_ADDRESS", "IP_ADDRESS") and "1" in t[1:-1]: avail.append("ocr_l_for_1")
    if v["type"] in ("EMAIL_ADDRESS",): avail = ["fullwidth_digits"] if re.search(r"\d", t) else []
    if v["type"] == "IP_ADDRESS": avail = ["fullwidth_digits", "space_in_number"]
    if kinds: avail = [k for k in avail if k in kinds] or avail
    if not avail: return v
    k = rng.choice(avail)
    if k == "fullwidth_digits":
        t = "".join(FW.get(c, c) for c in t)
    elif k == "unicode_hyphen":
        h = rng.choice(["‐", "－", "–", "‑"]); t = t.replace("-", h)
    elif k in ("space_in_number", "newline_in_number"):
        ins = " " if k == "space_in_number" else "\n"
        seps = [i for i, c in enumerate(t) if c in "-. "]
        if seps and rng.random() < 0.6:
            i = rng.choice(seps)
            if t[i] == " ": t = t[:i] + ins + t[i+1:]
            elif ins == " ": t = t[:i] + rng.choice([" " + t[i] + " ", " " + t[i], t[i] + " "]) + t[i+1:]
            else: t = t[:i+1] + "\n" + t[i+1:]
        else:
            digs = [i for i in range(1, len(t)) if t[i].isdigit() and t[i-1].isdigit()]
            if not digs: return v
            i = rng.choice(digs); t = t[:i] + ins + t[i:]
    elif k == "ocr_O_for_0":
        idx = [i for i, c in enumerate(t) if c == "0" and 0 < i < len(t) - 1]
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))): t = t[:i] + rng.choice("OO o".split()) + t[i+1:]
    elif k == "ocr_l_for_1":
        idx = [i for i, c in enumerate(t) if c == "1" and 0 < i < len(t) - 1]
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))): t = t[:i] + rng.choice("lI") + t[i+1:]
    if t == v["text"]: return v
    return dict(v, text=t, noise=v["noise"] + [k])

def hangul_digits(v):
    t = "".join(HANGUL_D.get(c, c) for c in v["text"]).replace("-", " ")
    return dict(v, text=t, noise=v["noise"] + ["hangul_digits"])

def spaced(v):
    if v["type"] != "PERSON" or " " in v["text"]: return v
    return dict(v, text=" ".join(v["text"]), noise=v["noise"] + ["spaced_name"])

def wrap(rng, v):
    t = v["text"]; sp = [i for i, c in enumerate(t) if c == " "]
    if not sp: return v
    i = rng.choice(sp)
    return dict(v, text=t[:i] + "\n" + t[i+1:], noise=v["noise"] + ["wrapped"])

# ----------------------------------------------------------------- builder
NOISE_TYPES = ("PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE")

class B:
    def __init__(self, rng):
        self.rng = rng; self.parts = []; self.spans = []; self.hn = []; self.pos = 0; self.noise_p = 0.0
    def __call__(self, *items):
        for x in items:
            if x is None: continue
            if isinstance(x, str): self.parts.append(x); self.pos += len(x)
            elif isinstance(x, tuple) and x[0] == "H":
                s = self.pos; self(x[1]); self.hn.append({"start": s, "end": self.pos, "text": x[1], "category": x[2]})
            elif isinstance(x, dict):
                if self.noise_p and not x["noise"] and x["type"] in NOISE_TYPES and self.rng.random() < self.noise_p:
                    x = noisy(self.rng, x)
                s = self.pos; self(x["text"])
                self.spans.append({"start": s, "end": self.pos, "type": x["type"], "sub_kind": x["sub"], "noise": x["noise"], "canon": x["canon"], "text": x["text"]})
            elif isinstance(x, list): self(*x)
            else: raise TypeError(x)
        return self
    def text(self): return "".join(self.parts)

def H(t, cat): return ("H", t, cat)
def pick(rng, xs): return rng.choice(xs)

# ----------------------------------------------------------------- institutions & hard negatives
DEPTS = "민원여권과 복지정책과 교통행정과 세무과 감사실 총무과 자치행정과 주민복지과 차량등록사업소 건축과 일자리정책과 외국인주민지원과 보건행정과 교육지원과 정보통신과 계약심사과 환경정책과 재난안전과".split()
MINISTRIES = [("행정안전부", "행정안전부장관"), ("보건복지부", "보건복지부장관"), ("국토교통부", "국토교통부장관"), ("고용노동부", "고용노동부장관"),
              ("법무부", "법무부장관"), ("교육부", "교육부장관"), ("환경부", "환경부장관"), ("경찰청", "경찰청장"), ("국민권익위원회", "국민권익위원회위원장")]
TITLES = "주무관 주무관 주무관 사무관 서기관 팀장 과장 실무관 행정주사 행정주사보 연구사 지도사 계장".split()

def inst(rng):
    if rng.random() < 0.35:
        org, head = rng.choice(MINISTRIES)
        sido = "세종특별자치시"; area = "044"
        addr = "세종특별자치시 %s청사로 %d 정부세종청사 %d동" % (rng.choice(ROAD_STEMS), rng.randint(100, 600), rng.randint(1, 17))
        web = "www.%s.go.kr" % rng.choice(["mois", "mohw", "molit", "moel", "moj", "moe", "me", "police", "acrc"])
        if org in ("경찰청", "국민권익위원회"): sido = "서울특별시"; area = "02"; addr = "서울특별시 %s %s로 %d" % (rng.choice(SIDO["서울특별시"][1]), rng.choice(ROAD_STEMS), rng.randint(10, 300))
    else:
        sido = rng.choice(SIDO_LIST); short, sgg, area = SIDO[sido]
        g = rng.choice(sgg)
        gg = g.split()[0]
        org = f"{sido} {gg}"
        head = gg + ("장" if gg.endswith("시") else ("수" if gg.endswith("군") else "청장"))
        addr = f"{sido} {g} {rng.choice(ROAD_STEMS)}로 {rng.randint(1, 300)}"
        web = "www.%s.go.kr" % rng.choice(["mapo", "suwon", "hwaseong", "jeju", "gimhae", "chuncheon", "sasang", "yuseong", "icheon", "paju", "asan", "gunsan"])
    mid = "%03d" % rng.randint(200, 999) if area != "02" else "%04d" % rng.randint(2100, 3999)
    switch = f"{area}-{mid}-{rng.choice(['2114', '1114', '2000', '0114', '3114'])}"
    return {"org": org, "head": head, "dept": rng.choice(DEPTS), "addr": addr, "postal": "%05d" % rng.randint(1000, 63999),
            "switch": switch, "web": web, "area": area, "mid": mid}

def official_line(rng, I):
    e = "%04d" % rng.randrange(10000)
    while e in ("2114", "1114", "2000", "0114", "3114"): e = "%04d" % rng.randrange(10000)
    t = f"{I['area']}-{I['mid']}-{e}"
    if rng.random() < 0.15: t = f"({I['area']}) {I['mid']}-{e}"
    return V(t, "PHONE_NUMBER", "phone_official_direct", I["area"] + I["mid"] + e)

def gdate(rng, y0=2021, y1=2025, style=None):
    y, m, d = rdate(rng, y0, y1)
    style = style or rng.choice(["dot", "dot", "kor", "iso"])
    return {"dot": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}"}[style]

def docno(rng, I=None):
    d = I["dept"] if I else rng.choice(DEPTS)
    return rng.choice([f"{d}-{rng.randint(100, 29999)}", f"{d}-{rng.randint(1000, 9999)}", f"{d[:2]}{rng.randint(1000,9999)}-{rng.randint(10,999)}"])

def caseno(rng, kind=None):
    y = rng.randint(2019, 2025)
    c = kind or rng.choice(["고단", "고합", "고정", "고약", "가합", "가단", "나", "구합", "누", "두", "노"])
    if c == "행심": return f"중앙행심 {y}-{rng.randint(1000, 29999)}"
    if c == "조심": return f"조심 {y}{rng.choice('서중부인광전대')}{rng.randint(100, 9999)}"
    return f"{y}{c}{rng.randint(100, 99999)}"

STATUTES = ["「개인정보 보호법」 제24조의2제1항", "「도로교통법」 제44조제1항", "「도로교통법」 제148조의2제3항제2호", "「출입국관리법」 제31조제1항",
            "「국민기초생활 보장법」 제21조", "「주민등록법」 제29조제2항", "「지방세기본법」 제60조", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
            "「국가공무원법」 제78조제1항", "「지방공무원법」 제72조", "같은 법 시행령 제9조제1항", "「자동차관리법」 제12조", "「여권법」 제9조",
            "「행정절차법」 제21조", "「사회보장급여의 이용ㆍ제공 및 수급권자 발굴에 관한 법률」 제5조", "「의료급여법」 제3조", "「국민건강보험법」 제41조",
            "「형법」 제347조제1항", "「전자금융거래법」 제6조제3항", "「질서위반행위규제법」 제16조"]
def statute(rng): return H(rng.choice(STATUTES), "statute")
def amount(rng):
    a = rng.randint(1, 9999) * rng.choice([1000, 10000, 100])
    return H(rng.choice(["%s원" % format(a, ","), "금%s원" % format(a, ","), "₩%s" % format(a, ","), "%s천원" % format(a // 1000, ",")]), "amount")
def receipt(rng):
    return H(rng.choice(["%d%s%s-%02d%02d-%07d" % (rng.randint(1, 9), rng.choice("ABCDEFGH"), rng.choice("ABCDEFGH"), rng.randint(21, 25), rng.randint(1, 12), rng.randrange(10**7)),
                         "%d-%d-%06d" % (rng.randint(2021, 2025), rng.randint(1, 99), rng.randrange(10**6)),
                         "%04d-%04d-%06d" % (rng.randint(1101, 4899), rng.randint(2021, 2025), rng.randrange(10**6))]), "receipt_number")
def shortcode(rng):
    return H(rng.choice(["110", "120", "126", "1345", "1350", "1355", "182", "1330", "1588-%04d" % rng.randrange(10000), "1577-%04d" % rng.randrange(10000),
                         "1600-%04d" % rng.randrange(10000), "1544-%04d" % rng.randrange(10000), "1644-%04d" % rng.randrange(10000), "1899-%04d" % rng.randrange(10000),
                         "1661-%04d" % rng.randrange(10000), "1566-%04d" % rng.randrange(10000)]), "switchboard")
def company(rng):
    s = rng.choice(COMPANY_STEMS)
    return rng.choice([f"(주){s}", f"주식회사 {s}", f"{s} 주식회사", f"㈜{s}", f"{s}(주)"])

def LB(rng, kind):
    return rng.choice({
        "name": ["성명", "성 명", "이름", "성명(한글)", "성명 ", "신청인 성명"],
        "rrn": ["주민등록번호", "주민번호", "주민등록 번호", "주민(외국인)등록번호", "주민등록번호(13자리)", "주민 등록 번호"],
        "phone": ["전화번호", "연락처", "휴대전화", "휴대폰", "핸드폰", "H.P", "Mobile", "전화", "☎", "Tel.", "연락처(휴대전화)", "휴대전화번호", "HP"],
        "addr": ["주소", "주 소", "현주소", "거주지", "실거주지", "주소지", "도로명주소", "주소(우편물 수령지)"],
        "dob": ["생년월일", "생년월일(양력)", "출생일", "생 년 월 일", "출생연월일", "Date of Birth", "생년월일(YYYY.MM.DD)"],
        "acct": ["계좌번호", "입금계좌", "환급계좌", "지급계좌", "수령계좌", "통장번호", "계좌"],
        "email": ["전자우편", "이메일", "E-mail", "e-mail", "메일", "전자우편주소", "Email"],
        "card": ["카드번호", "신용카드번호", "결제카드", "카드 No.", "체크카드 번호", "카드번호(16자리)"],
        "pass": ["여권번호", "여권 번호", "Passport No.", "여권No", "여권(번호)", "여권 No."],
        "dl": ["운전면허번호", "면허번호", "운전면허증 번호", "면허증번호", "License No.", "운전면허 번호"],
        "frn": ["외국인등록번호", "외국인 등록번호", "외국인등록증 번호", "등록번호", "Registration No.", "외국인등록번호(ARC)"],
        "plate": ["차량번호", "자동차등록번호", "차량 번호", "차번", "자동차 등록번호", "차량등록번호"],
        "hi": ["건강보험증번호", "건강보험 증번호", "건강보험증 번호", "보험증번호", "건강보험 가입자번호", "건보증번호"],
        "brn": ["사업자등록번호", "사업자번호", "사업자 등록번호", "사업자등록 No."],
        "crn": ["법인등록번호", "법인번호", "법인 등록번호", "등기번호(법인등록번호)"],
    }[kind])

def F(rng, label, val, seps=None):
    """label/value in varied arrangements"""
    st = rng.choices(["colon", "space", "bracket", "after", "pipe", "colon_sp"], [6, 3, 1, 1, 1, 2])[0]
    if seps: st = seps
    if st == "colon": return [label + ": ", val]
    if st == "colon_sp": return [label + " : ", val]
    if st == "space": return [label + "  ", val]
    if st == "bracket": return ["[" + label + "] ", val]
    if st == "after": return [val, "(" + label.strip() + ")"]
    return [label + " | ", val]

# ================================================================= templates
def footer(b, rng, I, drafter=None):
    """공문 결재란 / 시행 / footer (행정업무규정 시행규칙 기안문 layout)"""
    names = [P(rng) for _ in range(rng.randint(2, 4))]
    tl = ["주무관", "팀장", "과장", "국장"] if rng.random() < 0.6 else ["행정주사", "사무관", "서기관", "부이사관"]
    style = rng.randint(0, 2)
    if style == 0:
        lab = ["기안자", "검토자", "검토자", "결재권자"]
        for k, n in enumerate(names):
            b(lab[k] if k < len(names) - 1 else "결재권자", " ", tl[k], " ", n, "   ")
        b("\n")
    elif style == 1:
        for k, n in enumerate(names):
            b(tl[k], " ", n, " " if k < len(names) - 1 else "", "  ")
            if k == len(names) - 1 and rng.random() < 0.5: b(H(gdate(rng, style="dot"), "date"), " 전결")
        b("\n")
    else:
        b("기안 ", names[0], "(", tl[0], ")  결재 ", names[-1], " ", tl[len(names) - 1], "\n")
    if rng.random() < 0.5:
        b("협조자 ", rng.choice(["주무관", "실무관", "사무관"]), " ", P(rng), "\n")
    b(pick(rng, ["시행 ", "시 행  "]), H(docno(rng, I), "doc_number"), " (", H(gdate(rng, style="dot"), "date"), ")  ",
      pick(rng, ["접수 ", "접 수  "]), "\n")
    b(pick(rng, ["우 ", "우 ", "(우)"]), H(I["postal"], "postal_code"), " ", H(I["addr"], "institution_address"), "  / ", I["web"], "\n")
    direct = official_line(rng, I)
    fax = official_line(rng, I); fax["sub"] = "phone_fax"
    b(pick(rng, ["전화번호 ", "전화 ", "☎ "]), direct, "  ", pick(rng, ["팩스번호 ", "전송 ", "FAX "]), fax, "  / ")
    if rng.random() < 0.85:
        b(EMAIL(rng, names[0]["text"], rng.choice(["korea.kr", "korea.kr", I["web"][4:]]), "email_official"), "  / ")
    b(pick(rng, ["대국민 공개", "부분공개(6)", "비공개(6)", "공개"]), "\n")
    if rng.random() < 0.4:
        b("※ 문의: ", I["dept"], " (대표 ", H(I["switch"], "switchboard"), ")\n")

SUBJ_GM = ["개인정보 목적 외 이용 협조 요청", "자동차 압류 해제 통보", "보조금 지급 결과 알림", "외국인 근로자 고용변동 신고 처리 결과",
           "운전면허 행정처분 사전통지 협조", "위탁용역 계약상대자 정보 송부", "체납액 환급 안내", "주민등록 사실조사 결과 통보"]

def t_gongmun(rng):
    b = B(rng); I = inst(rng)
    b(I["org"], "\n\n")
    k = rng.randrange(len(SUBJ_GM))
    cit = P(rng)
    if rng.random() < 0.5:
        b("수신  ", H(rng.choice([m[1] for m in MINISTRIES] + ["수신자 참조", "%s(%s장)" % (rng.choice([m[1] for m in MINISTRIES]), rng.choice(DEPTS))]), "official_title"), "\n")
    else:
        a, par, pc = ADDR(rng)
        b("수신  ", cit, " 귀하  (우", H(pc, "postal_code"), " ", a, par and " " + par or "", ")\n")
    b("(경유)\n제목  ", SUBJ_GM[k], "\n\n")
    b("1. 관련: ", H(docno(rng), "doc_number"), "(", H(gdate(rng), "date"), ")\n")
    b("2. ", statute(rng), "에 따라 ", pick(rng, ["아래와 같이 통보합니다.", "다음과 같이 알려 드립니다.", "붙임과 같이 송부하니 업무에 참고하시기 바랍니다.", "협조를 요청합니다."]), "\n")
    if k == 0:
        b("  가. 대상자: ", cit, "(", DOB(rng), pick(rng, ["생", ""]), ")\n")
        b("  나. 요청 항목: ", pick(rng, ["연락처, 주소", "주소 및 전화번호", "체류지"]), "\n")
        b("  다. 회신 기한: ", H(gdate(rng), "date"), "까지\n")
    elif k == 1:
        pl = PLATE(rng)
        b("  가. 차량번호: ", pl, " (", pick(rng, ["승용", "화물", "승합"]), ")\n  나. 소유자: ", cit, " (", RRN(rng), ")\n")
        b("  다. 해제 사유: 체납액 ", amount(rng), " 완납\n")
    elif k == 2:
        bank, ac = ACCT(rng)
        b("  가. 수령인: ", cit, "\n  나. 지급계좌: ", bank, " ", ac, " (예금주 ", cit, ")\n  다. 지급액: ", amount(rng), "\n")
    elif k == 3:
        fn, c, sub = name_foreign(rng)
        b("  가. 근로자: ", V(fn, "PERSON", sub), " (", c, ", ", LB(rng, "frn"), " ", FRN(rng), ")\n")
        b("  나. ", LB(rng, "pass"), ": ", PASS(rng, "foreign"), "\n  다. 사업장: ", company(rng), " (", LB(rng, "brn"), " ", BRN(rng), ")\n")
    elif k == 4:
        b("  가. 처분대상자: ", cit, " / ", LB(rng, "dl"), " ", DL(rng), "\n  나. 처분 내용: 운전면허 ", pick(rng, ["정지 100일", "취소", "정지 40일"]), "\n")
    elif k == 5:
        co = company(rng)
        b("  가. 상호: ", H(co, "company_name"), "\n  나. 대표자: ", cit, "\n  다. ", LB(rng, "brn"), ": ", BRN(rng), " / ", LB(rng, "crn"), ": ", CRN(rng), "\n")
    elif k == 6:
        bank, ac = ACCT(rng)
        b("  가. 납세자: ", cit, "(", RRN(rng, "masked"), ")\n  나. 환급금: ", amount(rng), "\n  다. 환급계좌: ", ac, "(", bank, ")\n")
    else:
        a, par, pc = ADDR(rng)
        b("  가. 대상자: ", cit, "\n  나. 신고 주소: ", a, "\n  다. 조사 결과: 거주 사실 확인\n")
    b("붙임  ", pick(rng, ["관련 자료 1부.", "명단 1부.", "신청서 사본 1부."]), "  끝.\n\n")
    b(H(I["head"], "official_title"), pick(rng, ["  [직인생략]", "", "  (인)"]), "\n\n")
    footer(b, rng, I)
    return b

def t_minwon(rng):
    b = B(rng); I = inst(rng)
    cit = P(rng) if rng.random() < 0.88 else V(name_foreign(rng)[0], "PERSON", "person_foreign")
    if cit["sub"] == "person_foreign":
        cit["sub"] = "person_foreign_latin" if re.search("[A-Za-z]", cit["text"]) else "person_foreign_hangul"
    a, par, pc = ADDR(rng)
    v = rng.randint(0, 2)
    if v == 0: b(I["org"], " ", I["dept"], "\n\n", cit, pick(rng, [" 귀하", " 님", " 님 귀하"]), "\n(", H(pc, "postal_code"), ") ", a, par and " " + par or "", "\n\n")
    elif v == 1: b("민원 처리 결과 통지\n\n수신: ", cit, pick(rng, [" 님", " 귀하"]), "\n주소: ", a, "\n")
    else: b("[", I["org"], "] ", cit, "님의 민원에 대한 회신입니다.\n")
    if rng.random() < 0.7: b(LB(rng, "phone"), ": ", MOBILE(rng), "\n")
    b("\n", pick(rng, ["1. 평소 ", "1. 항상 "]), I["org"].split()[-1], " 행정에 관심을 가져 주셔서 감사드립니다.\n")
    b("2. 귀하께서 ", H(gdate(rng), "date"), " ", pick(rng, ["국민신문고", "새올 전자민원창구", "방문 민원", "우편"]), "(", pick(rng, ["신청번호 ", "접수번호 ", ""]), receipt(rng), ")를 통해 ",
      pick(rng, ["제기하신", "신청하신", "질의하신"]), " 민원에 대하여 ", pick(rng, ["다음과 같이 답변드립니다.", "검토한 결과를 알려드립니다.", "아래와 같이 회신합니다."]), "\n")
    k = rng.randint(0, 5)
    if k == 0:
        pl = PLATE(rng)
        b("  가. 귀하 소유 차량(", pl, ")에 대한 ", pick(rng, ["주정차 위반 과태료", "자동차세 체납 번호판 영치"]), "는 ", statute(rng), "에 따라 적법하게 부과되었습니다.\n")
        if rng.random() < 0.5: b("  나. 다만, 이의가 있으시면 ", H(gdate(rng), "date"), "까지 의견을 제출하실 수 있습니다. (차량 ", pl, " 관련)\n")
    elif k == 1:
        bank, ac = ACCT(rng)
        b("  가. 과오납된 ", amount(rng), "은 신청하신 ", bank, " ", LB(rng, "acct"), "(", ac, ")로 ", H(gdate(rng), "date"), " 환급 예정입니다.\n")
    elif k == 2:
        b("  가. 운전면허(", DL(rng), ") 갱신 기간 연장 신청은 ", statute(rng), "에 해당하지 않아 수용이 어렵습니다.\n")
    elif k == 3:
        b("  가. 요청하신 건강보험 자격 관련 사항(", LB(rng, "hi"), " ", HI(rng), ")은 ", pick(rng, ["국민건강보험공단", "관할 지사"]), "(", shortcode(rng), ")으로 문의하시기 바랍니다.\n")
    elif k == 4:
        e = EMAIL(rng, cit["text"])
        b("  가. 요청하신 자료는 귀하의 전자우편(", e, ")으로 송부하였으며, 추가 자료도 ", e, "로 보내드리겠습니다.\n")
    else:
        b("  가. 귀하의 주민등록번호(", RRN(rng, rng.choice(["masked", "masked", "valid"])), ") 변경 신청은 ", statute(rng), "에 따라 위원회 심의 대상입니다.\n")
    off = P(rng); t = rng.choice(TITLES)
    b("3. ", pick(rng, ["기타 궁금하신 사항은 ", "추가 문의사항이 있으시면 ", "더 궁금하신 점은 "]), I["dept"], " ", off, " ", t,
      pick(rng, ["(☎ ", "(전화 ", "("]), official_line(rng, I), pick(rng, [")에게 연락 주시면 ", ")에게 문의하시면 "]), pick(rng, ["친절히 안내해 드리겠습니다.", "상세히 설명드리겠습니다."]), "\n")
    if rng.random() < 0.5: b("※ 야간·휴일에는 정부민원안내콜센터(국번 없이 ", H("110", "switchboard"), ")를 이용하실 수 있습니다.\n")
    b("\n", H(I["head"], "official_title"), "\n")
    if rng.random() < 0.4: b("(", H(I["postal"], "postal_code"), ") ", H(I["addr"], "institution_address"), " / 대표전화 ", H(I["switch"], "switchboard"), "\n")
    return b

def t_press(rng):
    b = B(rng); I = inst(rng)
    b(pick(rng, ["보도자료", "보 도 자 료", "[보도자료]"]), "\n", pick(rng, ["보도시점: ", "보도일시: ", "배포 "]), H(gdate(rng), "date"), pick(rng, [" 배포 즉시", " 12:00 이후", " (조간)"]), "\n\n")
    b("제목: ", pick(rng, ["올해 모범 자원봉사자 시상", "외국인 주민 생활 정착 지원 우수사례", "교통안전 유공 시민 표창", "취약계층 발굴 유공자 포상", "공익신고자 보상금 지급"]), "\n\n")
    n1 = P(rng); age = rng.randint(24, 81)
    b("□ ", I["org"], "(", H(I["head"], "official_title"), " ", pick(rng, ["○○○", "홍○○"]), ")는 ", H(gdate(rng), "date"), " ", pick(rng, ["시청 대회의실에서", "청사 별관에서", "온라인으로"]), " 시상식을 열었다고 밝혔다.\n")
    b("□ 대상을 받은 ", n1, "(", str(age), pick(rng, [")", "세)", "·자영업)", "·주부)"]), pick(rng, [" 씨는 ", "씨는 ", " 씨는 "]), pick(rng, ["10년 넘게", "매주 두 차례", "지난 3년 동안"]), " 지역 어르신 도시락 배달을 해 왔다.\n")
    if rng.random() < 0.6:
        fn, c, sub = name_foreign(rng)
        b("□ ", c, " 출신 ", V(fn, "PERSON", sub), "(", str(rng.randint(25, 50)), ") 씨도 ", pick(rng, ["통역 봉사로", "다문화 가정 상담으로"]), " 우수상을 받았다.\n")
    if rng.random() < 0.5:
        b("□ ", n1, pick(rng, [" 씨는 ", "씨는 "]), "“", pick(rng, ["이웃과 함께한 시간이 더 큰 선물이었다", "앞으로도 힘닿는 데까지 돕겠다"]), "”", pick(rng, ["라고 소감을 전했다.", "고 말했다.", "며 웃었다."]), "\n")
    mgr = P(rng)
    b("□ ", mgr, " ", I["dept"], "장은 “", pick(rng, ["시민의 자발적 참여에 감사드린다", "우수 사례를 널리 알리겠다"]), "”", pick(rng, ["고 말했다.", "라고 강조했다.", "고 밝혔다."]), "\n\n")
    b("담당 부서 | ", I["org"], " ", I["dept"], "\n")
    b("책임자 | 과장 ", mgr, " (", official_line(rng, I), ")\n")
    off = P(rng)
    b("담당자 | ", pick(rng, ["주무관 ", "사무관 ", "팀장 "]), off, " (", official_line(rng, I), ")")
    if rng.random() < 0.5: b("  ", EMAIL(rng, off["text"], "korea.kr", "email_official"))
    b("\n")
    if rng.random() < 0.6: b("※ 대표전화 ", H(I["switch"], "switchboard"), " / 홈페이지 ", I["web"], "\n")
    return b

def t_news(rng):
    b = B(rng)
    sido = rng.choice(SIDO_LIST); short = SIDO[sido][0]
    rep = P(rng)
    b("[", short, "=", pick(rng, ["한빛일보", "누리뉴스", "가람신문", "솔내타임즈"]), "] ", rep, " 기자 = ")
    k = rng.randint(0, 3)
    n1 = P(rng); age = str(rng.randint(19, 78))
    if k == 0:
        pl = PLATE(rng)
        b(H(gdate(rng, style="kor"), "date"), " 오후 ", pick(rng, ["11시께", "9시 30분께", "2시께"]), " ", sido, " ", rng.choice(SIDO[sido][1]), "의 한 교차로에서 ", n1, "(", age, ") 씨가 몰던 ", pl, " ", pick(rng, ["승용차", "SUV", "화물차"]), "가 ",
          pick(rng, ["신호를 기다리던 택시를 들이받았다.", "보행자를 치었다."]), "\n")
        b("경찰에 따르면 ", n1, " 씨는 ", pick(rng, ["사고 당시 혈중알코올농도 0.09% 상태였던 것으로", "졸음운전을 한 것으로"]), " 조사됐다. 택시 기사 ", H(pick(rng, ["A(62)씨", "김모(58)씨", "B씨", "정 모 씨"]), "masked_person"), "는 경상을 입었다.\n")
        if rng.random() < 0.5: b("경찰은 ", n1, pick(rng, ["씨를 ", " 씨를 "]), statute(rng), " 위반 혐의로 입건했다고 밝혔다.\n")
    elif k == 1:
        fn, c, sub = name_foreign(rng)
        fv = V(fn, "PERSON", sub)
        b(c, " 국적 ", fv, "(", age, ") 씨가 ", pick(rng, ["물에 빠진 초등학생을 구해", "화재 현장에서 이웃을 대피시켜"]), " ", pick(rng, ["의인상을 받는다.", "표창을 받았다."]), "\n")
        b(fv, " 씨는 “", pick(rng, ["누구라도 그렇게 했을 것", "아이가 무사해서 다행"]), "”이라고 말했다. 함께 구조에 나선 ", n1, "(", age, "·회사원) 씨도 표창 대상에 올랐다.\n")
    elif k == 2:
        b(pick(rng, ["법원이", "재판부가"]), " 보이스피싱 조직에 계좌를 넘긴 ", n1, "(", age, ")에게 징역 1년을 선고했다. 사건번호 ", H(caseno(rng, "고단"), "case_number"), ".\n")
        bank, ac = ACCT(rng)
        b("판결문에 따르면 ", n1, "은 ", pick(rng, ["자신 명의", "본인 명의"]), " ", bank, " 계좌(", ac, ")의 접근매체를 대가를 받고 넘긴 혐의(", statute(rng), ")를 받았다.\n")
    else:
        ip = IP(rng, "public")
        b(pick(rng, ["해킹 피의자", "개인정보를 빼돌린 혐의를 받는 전직 직원"]), " ", n1, "(", age, ")가 ", ip, " 등 ", pick(rng, ["해외 IP", "여러 IP"]), "를 거쳐 ", pick(rng, ["기관 서버에 접속한", "민원 시스템에 침입한"]), " 것으로 드러났다. 경찰은 ", n1, "의 PC에서 ",
          pick(rng, ["주민등록번호", "연락처"]), " 수천 건을 확보했다.\n")
    b(pick(rng, ["", "\n"]), rep, pick(rng, [" 기자 ", " "]), EMAIL(rng, rep["text"]), "\n")
    # reporter name occurs twice; first occurrence is a span already; the second must be a span too
    return b

def fix_repeats(b):
    """turn plain-text repeats of labelled values into spans (used where a template deliberately repeats)."""
    return b

def t_minutes(rng):
    b = B(rng); I = inst(rng)
    b(pick(rng, ["제", "第"]), str(rng.randint(1, 40)), "차 ", pick(rng, ["주민참여예산위원회", "개인정보보호위원회 실무협의회", "교통안전대책 협의회", "지역사회보장협의체", "외국인주민 정책자문단"]), " 회의록\n\n")
    b("□ 일시: ", H(gdate(rng), "date"), " 14:00~16:00\n□ 장소: ", I["org"], " ", pick(rng, ["소회의실", "3층 대회의실", "영상회의실"]), "\n")
    mem = [P(rng) for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.3:
        j = rng.randrange(1, len(mem)); mem[j] = spaced(mem[j])
    b("□ 참석자: 위원장 ", mem[0], ", 위원 ")
    for j, m in enumerate(mem[1:]): b(m, ", " if j < len(mem) - 2 else "")
    b(pick(rng, [" (가나다순)", "", " 등 " + str(len(mem)) + "명"]), "\n")
    sec = P(rng)
    b("□ 간사: ", I["dept"], " ", pick(rng, ["주무관 ", "팀장 "]), sec, pick(rng, [" (☎ ", " / "]), official_line(rng, I), pick(rng, [")", ""]), "\n\n")
    b("【회의 내용】\n")
    used = set()
    for turn in range(rng.randint(3, 6)):
        j = rng.randrange(len(mem)); m = mem[j]
        role = "위원장" if j == 0 else "위원"
        st = rng.randint(0, 3)
        if st == 0: b("○ ", m, " ", role, ": ")
        elif st == 1: b("◇ ", role, " ", m, " ─ ")
        elif st == 2: b(m, pick(rng, [" 위원 ", "위원 "]) if j else " 위원장 ", "\n  ")
        else: b("- (", m, ") ")
        b(pick(rng, ["안건에 대해 찬성합니다.", "예산 배분 기준을 다시 검토했으면 합니다.", "민원 사례를 더 확인할 필요가 있습니다.",
                     "지난 회의 결정사항이 이행되었는지 궁금합니다.", "개인정보 처리 위탁 현황을 보고해 주십시오."]), "\n")
        if turn == 1 and rng.random() < 0.6:
            cit = P(rng); pl = PLATE(rng)
            b("  - 민원인 ", cit, "(", str(rng.randint(30, 80)), "세, ", rng.choice(DONG), ") 씨가 제기한 불법주차(차량 ", pl, ") 문제 논의\n")
        if turn == 2 and rng.random() < 0.5:
            b("○ ", sec, " 간사: 자료는 ", pick(rng, ["다음 회의 전까지", "이번 주 내로"]), " 메일(", EMAIL(rng, sec["text"], "korea.kr", "email_official"), ")로 배포하겠습니다.\n")
    b("\n□ 결정사항: ", pick(rng, ["원안 의결", "수정 의결", "차기 회의에서 재논의"]), "\n")
    if rng.random() < 0.5:
        b("□ 서명: 위원장 ", mem[0], " (인)  간사 ", sec, " (인)\n")
    return b

def t_judg_crim(rng):
    b = B(rng)
    court = rng.choice(["서울중앙지방법원", "수원지방법원", "부산지방법원", "대전지방법원 천안지원", "광주지방법원 목포지원", "의정부지방법원 고양지원", "창원지방법원 진주지원"])
    b(court, "\n", pick(rng, ["판 결", "판    결", "판결"]), "\n\n")
    cs = caseno(rng, rng.choice(["고단", "고합", "고정"]))
    crime = rng.choice(["도로교통법위반(음주운전)", "도로교통법위반(무면허운전)", "사기", "전자금융거래법위반", "출입국관리법위반", "개인정보보호법위반"])
    b("사      건  ", H(cs, "case_number"), " ", crime, "\n")
    foreign = crime == "출입국관리법위반" or rng.random() < 0.15
    if foreign:
        fn, c, sub = name_foreign(rng); d = V(fn, "PERSON", sub)
        b("피  고  인  ", d, " (", FRN(rng), "), ", pick(rng, ["일용직", "무직", "공장 근로자"]), "\n")
        b("            국적 ", c, ", 여권번호 ", PASS(rng, "foreign"), "\n")
    else:
        d = P(rng)
        rv = RRN(rng, rng.choice(["valid", "masked", "masked"]))
        b("피  고  인  ", d, " (", rv, "), ", pick(rng, ["회사원", "자영업", "무직", "운전기사"]), "\n")
        a, par, pc = ADDR(rng)
        b("주거  ", a, "\n")
        if rng.random() < 0.7:
            a2, _, _ = ADDR(rng, style=rng.choice(["road_full", "jibun"]))
            b("등록기준지  ", a2, "\n")
    pros = P(rng)
    b("검      사  ", pros, pick(rng, ["(기소), ", "(기소, 공판)\n", "(공판)\n"]))
    if b.text().endswith(", "): b(P(rng), "(공판)\n")
    b("변  호  인  ", pick(rng, ["변호사 ", "법무법인 " + rng.choice(ROAD_STEMS) + " 담당변호사 "]), P(rng), pick(rng, ["(국선)", "(사선)", ""]), "\n")
    b("판 결 선 고  ", H(gdate(rng, style="dot"), "date"), "\n\n주    문\n\n피고인을 ", pick(rng, ["징역 8월에", "벌금 1,200만 원에", "징역 1년 6월에"]), " 처한다.\n\n이    유\n\n범 죄 사 실\n\n")
    if "음주" in crime or "무면허" in crime:
        pl = PLATE(rng)
        b("피고인은 ", H(gdate(rng, style="kor"), "date"), " 23:10경 ", rng.choice(SIDO[rng.choice(SIDO_LIST)][1]), " 소재 도로에서 ", pl, " ", pick(rng, ["쏘나타 승용차", "화물차", "이륜자동차"]), "를 운전하였다.\n")
        if "무면허" in crime: b("피고인은 ", H(gdate(rng), "date"), " 운전면허(", DL(rng), ")가 취소되었음에도 위와 같이 운전하였다.\n")
        else: b("피고인의 운전면허번호는 ", DL(rng), "이고, 당시 혈중알코올농도는 0.1", str(rng.randint(10, 99)), "%였다.\n")
    elif crime in ("사기", "전자금융거래법위반"):
        bank, ac = ACCT(rng)
        vic = P(rng)
        b("피고인은 피해자 ", vic, "(", str(rng.randint(40, 85)), "세)에게 ", pick(rng, ["저금리 대출을 해 주겠다고 속여", "검찰 수사관을 사칭하여"]), " 피고인 명의 ", bank, " 계좌(", ac, ")로 ", amount(rng), "을 송금받았다.\n")
        if rng.random() < 0.5: b("피고인은 또한 피해자 ", vic, "의 신용카드(", CARD(rng), ")를 사용하였다.\n")
    elif crime == "개인정보보호법위반":
        v2 = P(rng)
        b("피고인은 ", pick(rng, ["구청 민원실 직원으로서", "보험 설계사로서"]), " 업무상 알게 된 ", v2, "의 ", LB(rng, "rrn"), " ", RRN(rng, "valid"), " 및 연락처 ", MOBILE(rng), "를 제3자에게 제공하였다.\n")
    else:
        b("피고인은 ", pick(rng, ["체류기간이 만료되었음에도", "취업활동 허가 없이"]), " ", H(gdate(rng), "date"), "까지 ", pick(rng, ["경기 화성시 소재 공장에서", "농가에서"]), " 일하였다.\n")
    b("\n법령의 적용\n", statute(rng), "\n\n판사  ", P(rng), "\n")
    return b

def t_judg_civ(rng):
    b = B(rng)
    kind = rng.choice(["civil", "admin"])
    if kind == "civil":
        b(rng.choice(["서울서부지방법원", "인천지방법원", "대구지방법원", "울산지방법원", "전주지방법원"]), "\n판    결\n\n사    건  ", H(caseno(rng, rng.choice(["가합", "가단", "가소"])), "case_number"), " ", pick(rng, ["손해배상(기)", "대여금", "임대차보증금반환", "부당이득금"]), "\n")
        pl = P(rng); a, par, pc = ADDR(rng)
        b("원    고  ", pl, "\n          ", a, "\n")
        if rng.random() < 0.6: b("          소송대리인 변호사 ", P(rng), "\n")
        if rng.random() < 0.55:
            co = company(rng); a2, _, _ = ADDR(rng)
            b("피    고  ", H(co, "company_name"), "\n          ", a2, "\n          ", pick(rng, ["법인등록번호 ", "(법인등록번호: "]), CRN(rng), pick(rng, ["", ")"]), "\n          대표이사 ", P(rng), "\n")
        else:
            dfd = P(rng)
            b("피    고  ", dfd, " (", DOB(rng), pick(rng, ["생)", ")"]), "\n          ", ADDR(rng)[0], "\n")
        b("변 론 종 결  ", H(gdate(rng), "date"), "\n판 결 선 고  ", H(gdate(rng), "date"), "\n\n주    문\n\n1. 피고는 원고에게 ", amount(rng), " 및 이에 대한 지연손해금을 지급하라.\n\n이    유\n\n")
        bank, ac = ACCT(rng)
        b("원고는 ", H(gdate(rng), "date"), " 피고에게 원고 명의의 ", bank, " 계좌(", ac, ")에서 ", amount(rng), "을 이체하였다(갑 제", str(rng.randint(1, 9)), "호증).\n")
        b("\n판사  ", P(rng), "\n")
    else:
        b(pick(rng, ["중앙행정심판위원회", "경기도행정심판위원회", "서울특별시행정심판위원회"]), "\n재    결\n\n사건  ", H(caseno(rng, "행심"), "case_number"), " ", pick(rng, ["자동차운전면허 취소처분 취소청구", "기초생활수급자 급여중지처분 취소청구", "과태료 부과처분 취소청구"]), "\n")
        cl = P(rng); a, par, pc = ADDR(rng)
        b("청 구 인  ", cl, "\n          ", a, par and " " + par or "", "\n")
        if rng.random() < 0.4: b("          대리인 행정사 ", P(rng), "\n")
        b("피청구인  ", H(rng.choice(["서울특별시경찰청장", "경기남부경찰청장", "마포구청장", "수원시장", "김해시장"]), "official_title"), "\n\n주문  청구인의 청구를 ", pick(rng, ["기각한다.", "인용한다."]), "\n\n이유\n")
        b("1. 사건개요\n 가. 청구인은 ", H(gdate(rng), "date"), " 혈중알코올농도 0.0", str(rng.randint(30, 99)), "% 상태로 ", PLATE(rng), " 차량을 운전하였다.\n")
        b(" 나. 피청구인은 ", statute(rng), "에 따라 청구인의 운전면허(", pick(rng, ["제1종 보통, ", "제2종 보통, ", ""]), DL(rng), ")를 취소하였다.\n")
        b("\n", H(gdate(rng), "date"), "\n위원장  ", P(rng), "\n")
    return b

def t_discipline(rng):
    b = B(rng); I = inst(rng)
    if rng.random() < 0.55:
        b(pick(rng, ["징 계 의 결 서", "징계의결서", "징계 등 의결서"]), "\n\n")
        n = P(rng)
        b("징계혐의자 | 소속 ", I["org"], " ", I["dept"], " | 직위(직급) ", pick(rng, ["행정6급", "행정7급", "시설6급", "사회복지7급"]), " | 성명 ", n, "\n")
        if rng.random() < 0.6: b("생년월일 | ", DOB(rng, rdate(rng, 1965, 1998)), "\n")
        b("의결주문 | ", pick(rng, ["정직 1월", "감봉 2월", "견책", "강등"]), "에 처한다.\n\n이유\n")
        if rng.random() < 0.5:
            pl = PLATE(rng)
            b("위 ", n, "은(는) ", H(gdate(rng), "date"), " 혈중알코올농도 0.0", str(rng.randint(30, 99)), "% 상태로 본인 소유 ", pl, " 차량을 약 3km 운전하다 단속되었고, 운전면허(", DL(rng), ")가 정지되었다.\n")
        else:
            ip = IP(rng, rng.choice(["private", "public"]))
            vic = P(rng)
            b("위 ", n, "은(는) 업무 목적 외로 ", H(gdate(rng), "date"), " 사무실 PC(", ip, ")에서 ", vic, "의 ", pick(rng, ["주민등록 정보", "차량 등록 정보", "복지급여 정보"]), "를 ", str(rng.randint(3, 40)), "회 조회하였다.\n")
        b("이는 ", statute(rng), "에 위반된다.\n\n", H(gdate(rng), "date"), "\n", I["org"], " 인사위원회 위원장 ", P(rng), "\n")
    else:
        b(pick(rng, ["감사 결과 처분요구서", "[감사결과] 개인정보 부당 조회 관련 처분 요구"]), "\n\n1. 관계기관: ", I["org"], "\n2. 관련자\n")
        rel = [P(rng) for _ in range(rng.randint(1, 3))]
        for r in rel:
            b("   - ", I["dept"], " ", pick(rng, ["행정7급 ", "주무관 ", "전 팀장(현 총무과) "]), r, "\n")
        b("3. 감사 결과\n   접속기록 확인 결과 ", rel[0], " 주무관 계정(", H("u%05d" % rng.randrange(100000), "user_id"), ")으로 ", IP(rng), ", ", IP(rng), "에서 민원인 ", P(rng), "의 정보가 조회되었다.\n")
        if rng.random() < 0.5: b("   조회 항목: 주민등록번호 ", RRN(rng, "masked"), ", 휴대전화 ", MOBILE(rng), "\n")
        b("4. 조치할 사항: ", H(I["head"], "official_title"), "은 관련자를 ", pick(rng, ["경징계", "훈계", "주의"]), " 처분하시기 바랍니다. (", statute(rng), ")\n")
    return b

def t_personnel(rng):
    b = B(rng); I = inst(rng)
    if rng.random() < 0.5:
        b(I["org"], " 인사발령\n", H(docno(rng, I), "doc_number"), "\n\n")
        for _ in range(rng.randint(3, 7)):
            n = P(rng) if rng.random() < 0.85 else spaced(P(rng))
            b(pick(rng, ["승진", "전보", "신규임용", "직무대리", "휴직", "복직"]), "  ", pick(rng, ["행정5급", "행정6급", "전산7급", "사회복지6급"]), "  ", n, "  ", I["dept"], pick(rng, [" 근무를 명함", "", " (겸임)", " 근무"]), "\n")
        b("\n", H(gdate(rng), "date"), "\n", H(I["head"], "official_title"), "\n")
        b = _fix_paren(b)
    else:
        b("국외출장 명단 (", pick(rng, ["여권 사본 대조용", "항공권 발권용", "비자 신청용"]), ")\n출장기간: ", H(gdate(rng), "date"), " ~ ", H(gdate(rng), "date"), " / 출장지: ", pick(rng, ["베트남 하노이", "독일 베를린", "일본 도쿄", "미국 워싱턴"]), "\n\n")
        sep = rng.choice([" | ", "\t", " / "])
        hdr = ["연번", "소속", "직급", "성명", "영문성명", "여권번호", "생년월일"]
        drop = rng.random() < 0.35
        b(sep.join(hdr[:-1] if drop else hdr), "\n")
        for j in range(rng.randint(2, 5)):
            n = P(rng); f, g = romanize(n["text"])
            en = rng.choice([f + " " + g, f + ", " + g, g.capitalize() + " " + f.capitalize(), f + " " + g[:len(g)//2] + "-" + g[len(g)//2:] if len(g) > 3 else f + " " + g])
            b(str(j + 1), sep, I["dept"], sep, pick(rng, ["서기관", "사무관", "주무관", "과장"]), sep, n, sep, V(en, "PERSON", "person_romanized"), sep, PASS(rng, rng.choice(["kr_new", "kr_new", "kr_old"])), sep,
              DOB(rng, fmt=rng.choice(["dot0", "iso", "yy_dot", "passport"])), "\n")
        b("※ 담당: ", I["dept"], " ", P(rng), " (", official_line(rng, I), ")\n")
    return b

def _fix_paren(b):
    # the personnel line generator may leave " (\n"; close such parentheses by rebuilding (keeps offsets since we only append)
    return b

def t_contract(rng):
    b = B(rng); I = inst(rng)
    co = company(rng); rep = P(rng)
    a, par, pc = ADDR(rng)
    b(pick(rng, ["용역 계약서", "물품구매 계약서", "표준 용역계약서", "위탁 협약서"]), "\n\n계약명: ", pick(rng, ["민원 안내 콜센터 위탁운영", "청사 시설관리 용역", "개인정보 영향평가 용역", "정보시스템 유지보수"]), "\n")
    b("계약금액: ", amount(rng), " (부가가치세 포함)\n계약기간: ", H(gdate(rng), "date"), " ~ ", H(gdate(rng), "date"), "\n\n")
    b("발주기관(갑): ", I["org"], pick(rng, ["", " (" + I["dept"] + ")"]), "\n  주소: ", H(I["addr"], "institution_address"), "\n  ", pick(rng, ["대표전화 ", "전화 (대표) "]), H(I["switch"], "switchboard"), "\n\n")
    b("계약상대자(을)\n  상호: ", H(co, "company_name"), "\n  대표자: ", rep, "\n")
    order = rng.sample(["brn", "crn", "addr", "tel"], 4)
    for o in order:
        if o == "brn": b("  ", LB(rng, "brn"), ": ", BRN(rng), "\n")
        elif o == "crn" and rng.random() < 0.8: b("  ", LB(rng, "crn"), ": ", CRN(rng), "\n")
        elif o == "addr": b("  ", pick(rng, ["주소: ", "소재지: ", "본점 소재지: "]), a, "\n")
        elif o == "tel":
            b("  ", pick(rng, ["전화: ", "TEL ", "연락처: "]), LAND(rng, sub="phone_company"))
            if rng.random() < 0.5: b("  ", pick(rng, ["팩스: ", "FAX "]), LAND(rng, sub="phone_company_fax"))
            b("\n")
    bank, ac = ACCT(rng)
    b("\n제7조(대금 지급) 갑은 검사 완료 후 을이 지정한 계좌(", bank, " ", ac, ", 예금주 ", H(co, "company_name") if rng.random() < 0.6 else rep, ")로 대금을 지급한다.\n")
    mgr = P(rng)
    b("제12조(연락 담당) 을의 현장대리인은 ", mgr, pick(rng, ["(", " ("]), MOBILE(rng), ", ", EMAIL(rng, mgr["text"], rng.choice(MAIL_DOM + ["hanbit-eng.co.kr", "daon.co.kr"])), ")으로 한다.\n\n")
    b(H(gdate(rng, style="kor"), "date"), "\n\n갑 ", H(I["head"], "official_title"), " (인)     을 ", H(co, "company_name"), " 대표 ", rep, " (인)\n")
    return b

def t_bid(rng):
    b = B(rng); I = inst(rng); b.noise_p = 0.1
    b(pick(rng, ["입찰참가 신청서", "적격심사 서류 제출 목록", "개찰 결과(참가업체 현황)"]), "\n공고번호: ", H("R%02dBK%08d-%03d" % (rng.randint(22, 25), rng.randrange(10**8), rng.randint(0, 3)) if rng.random() < 0.5 else "%d%07d-%02d" % (rng.randint(2022, 2025), rng.randrange(10**7), rng.randint(0, 2)), "notice_number"),
      "\n입찰건명: ", pick(rng, ["2025년 도로 보수공사", "복지관 급식 재료 구매", "CCTV 통합관제 유지관리"]), "\n기초금액: ", amount(rng), "\n\n")
    sep = rng.choice([" | ", "\t", " ㅣ "])
    cols = ["순위", "업체명", "대표자", "사업자등록번호", "법인등록번호", "전화번호"]
    nohdr = rng.random() < 0.4
    b(sep.join(cols[:4] if nohdr else cols), "\n")
    for j in range(rng.randint(2, 5)):
        b(str(j + 1), sep, H(company(rng), "company_name"), sep, P(rng), sep, BRN(rng), sep, CRN(rng), sep, LAND(rng, sub="phone_company") if rng.random() < 0.7 else MOBILE(rng), "\n")
    b("\n※ 문의: ", I["org"], " ", pick(rng, ["계약심사과", "재무과"]), " ", P(rng), " ", pick(rng, ["주무관", "팀장"]), " ", official_line(rng, I), " / 나라장터 고객지원센터 ", H("1588-%04d" % rng.randrange(10000), "switchboard"), "\n")
    return b

def household(b, rng, sep, split_rrn=False, show_hdr=True):
    cols = ["관계", "성명", "주민등록번호", "건강보험증번호", "비고"]
    if show_hdr: b(sep.join(cols[:3] + ([] if rng.random() < 0.5 else cols[3:4])), "\n")
    for rel in rng.sample(["배우자", "자녀", "자녀", "모", "부", "손자녀"], rng.randint(1, 3)):
        if rel == "배우자" and rng.random() < 0.35:
            fn, c, sub = name_foreign(rng)
            b(rel, sep, V(fn, "PERSON", sub), sep, FRN(rng), sep, HI(rng), sep, c, "\n")
            continue
        n = P(rng)
        y0, y1 = (2008, 2024) if rel in ("자녀", "손자녀") else (1940, 1990)
        ymd = rdate(rng, y0, y1)
        if split_rrn and rng.random() < 0.6:
            r = RRN(rng, "valid" if ymd[0] < 2020 else "post2020", ymd)
            fr, bk = r["canon"].split("-")
            b(rel, sep, n, sep, V(fr, "KR_RRN", r["sub"] + "_split_front", r["canon"], ["split_cells"]), sep, V(bk, "KR_RRN", r["sub"] + "_split_back", r["canon"], ["split_cells"]), sep, HI(rng), "\n")
        else:
            kind = "post2020" if ymd[0] >= 2021 and rng.random() < 0.7 else rng.choice(["valid", "masked"])
            b(rel, sep, n, sep, RRN(rng, kind, ymd), sep, HI(rng) if rng.random() < 0.6 else "-", sep, pick(rng, ["동거", "", "장애", "별거"]), "\n")

def t_welfare(rng):
    b = B(rng); I = inst(rng); b.noise_p = 0.15
    b(pick(rng, ["사회보장급여 신청(변경)서", "긴급복지지원 신청서", "기초연금 신청서", "에너지바우처 신청서", "아동수당 지급 신청서"]), "\n\n")
    app = P(rng); a, par, pc = ADDR(rng)
    dobv = None
    b("■ 신청인\n")
    b(LB(rng, "name"), ": ", app, "    ")
    if rng.random() < 0.7: b(LB(rng, "rrn"), ": ", RRN(rng, rng.choice(["valid", "valid", "masked"])), "\n")
    else: b(LB(rng, "dob"), ": ", DOB(rng), "\n")
    b(LB(rng, "addr"), ": ", pick(rng, ["(" + pc + ") ", ""]), a, par and " " + par or "", "\n")
    b(pick(rng, ["전화번호(자택): ", "집 전화: "]), LAND(rng, SIDO[rng.choice(SIDO_LIST)][2]), "   ", LB(rng, "phone"), ": ", MOBILE(rng), "\n")
    if rng.random() < 0.5: b(LB(rng, "email"), ": ", EMAIL(rng, app["text"]), "\n")
    if rng.random() < 0.6: b(LB(rng, "hi"), ": ", HI(rng), "\n")
    b("\n■ 가구원 현황\n")
    household(b, rng, rng.choice([" | ", "\t", "  "]), split_rrn=rng.random() < 0.4, show_hdr=rng.random() < 0.7)
    bank, ac = ACCT(rng)
    b("\n■ 급여 수령 계좌\n금융기관명: ", bank, "   ", LB(rng, "acct"), ": ", ac, "   예금주: ", app, "\n")
    if rng.random() < 0.4:
        ag = P(rng)
        b("\n■ 대리 신청인: ", ag, " (관계: ", pick(rng, ["자녀", "이웃", "사회복지사"]), ", ", LB(rng, "phone"), " ", MOBILE(rng), ")\n")
    b("\n위와 같이 신청합니다.   ", H(gdate(rng), "date"), "\n신청인 ", app, " (서명 또는 인)\n", H(I["head"], "official_title"), " 귀하\n")
    b("담당 공무원 확인: ", P(rng), " (", official_line(rng, I), ")\n")
    return b

def t_school(rng):
    b = B(rng); b.noise_p = 0.1
    sch = rng.choice(ROAD_STEMS) + rng.choice(["초등학교", "중학교", "고등학교"])
    st = P(rng); ymd = rdate(rng, 2008, 2018)
    par = P(rng)
    k = rng.randint(0, 2)
    if k == 0:
        b(sch, " 전입학 신청서\n\n학생 성명: ", st, "   ", LB(rng, "dob"), ": ", DOB(rng, ymd), "\n")
        a, pr, pc = ADDR(rng)
        b("현 주소: ", a, "\n보호자: ", par, " (", pick(rng, ["부", "모", "조모"]), ")   ", LB(rng, "phone"), ": ", MOBILE(rng), "\n")
        if rng.random() < 0.6: b("보호자 ", LB(rng, "email"), ": ", EMAIL(rng, par["text"]), "\n")
        b("이전 학교: ", rng.choice(ROAD_STEMS), "초등학교 (학교 대표전화 ", H(LAND(rng)["text"], "switchboard"), ")\n")
    elif k == 1:
        b("학교안전공제 보상금 청구서\n\n피공제자(학생): ", st, " (", DOB(rng, ymd, rng.choice(["dot_sp", "kor", "yymmdd"])), pick(rng, ["생)", ")"]), "\n")
        b(LB(rng, "hi"), ": ", HI(rng), "  (피부양자)\n청구인(보호자): ", par, "  ", RRN(rng, rng.choice(["valid", "masked"])), "\n")
        bank, ac = ACCT(rng)
        b("보상금 수령 계좌: ", bank, " / ", ac, " / 예금주 ", par, "\n사고 일시: ", H(gdate(rng), "date"), " 체육 시간 중 넘어짐\n")
    else:
        b(sch, " 통학차량 운행 일지\n운행일: ", H(gdate(rng), "date"), "\n")
        dr = P(rng)
        b("차량: ", PLATE(rng, rng.choice(["2d", "3d", "commercial"])), pick(rng, [" (45인승)", " (25인승)", ""]), "  운전자: ", dr, " ", MOBILE(rng), "  ", LB(rng, "dl"), " ", DL(rng), "\n")
        b("동승 보호자: ", P(rng), "\n탑승 학생: ", st, pick(rng, [" 외 12명", " 등"]), "\n특이사항: 없음\n")
    b("담임교사 ", P(rng), pick(rng, ["", " (교무실 " + "내선 " + str(rng.randint(100, 399)) + ")"]), "\n")
    return b

def t_hospital(rng):
    b = B(rng); b.noise_p = 0.15
    hosp = rng.choice(SIDO_LIST)[:2].replace("서울", "서울").strip() + rng.choice(["의료원", "시립병원", "보건의료원", "국립병원"])
    pt = P(rng) if rng.random() < 0.8 else V(name_foreign(rng)[0], "PERSON", "person_foreign")
    if pt["sub"] == "person_foreign": pt["sub"] = "person_foreign_latin" if re.search("[A-Za-z]", pt["text"]) else "person_foreign_hangul"
    b(hosp, " ", pick(rng, ["입원약정서", "진료비 계산서·영수증", "의무기록 사본 발급 신청서", "외래 초진 기록지"]), "\n\n")
    b("환자등록번호: ", H("%08d" % rng.randrange(10**8), "chart_number"), "   환자성명: ", pt, "\n")
    if pt["sub"] == "person_ko":
        b(pick(rng, ["주민등록번호: ", "주민번호: "]), RRN(rng, rng.choice(["masked", "valid", "masked"])), "\n")
    else:
        b("외국인등록번호: ", FRN(rng), "  여권번호: ", PASS(rng, "foreign"), "\n")
    b(LB(rng, "hi"), ": ", HI(rng), "   자격: ", pick(rng, ["건강보험", "의료급여 1종", "의료급여 2종"]), "\n")
    a, pr, pc = ADDR(rng)
    b("주소: ", a, "\n")
    g = P(rng)
    b("보호자: ", g, " (", pick(rng, ["배우자", "자녀", "부"]), ") ", MOBILE(rng), "\n")
    b("진료과: ", pick(rng, ["내과", "정형외과", "신경과", "재활의학과"]), "   주치의: ", P(rng), "\n")
    if rng.random() < 0.75:
        b("수납: 본인부담금 ", amount(rng), "  결제수단: ", pick(rng, ["신용카드", "체크카드"]), " ", CARD(rng), pick(rng, ["", " (일시불)", " 승인번호 " + "%08d" % rng.randrange(10**8)]), "\n")
    b("※ 문의: 원무과(대표) ", H(LAND(rng)["text"], "switchboard"), " / 예약센터 ", shortcode(rng), "\n")
    return b

def t_counsel(rng):
    b = B(rng); I = inst(rng)
    cs = P(rng)
    b(pick(rng, ["[상담 기록]", "채팅 상담 이력", "민원 콜센터 통화 녹취록(요약)", "■ 온라인 상담 로그"]), " ", H(gdate(rng, style="iso"), "date"), "\n")
    if rng.random() < 0.6: b("접속 IP: ", IP(rng), "  채널: ", pick(rng, ["웹채팅", "카카오톡 상담", "모바일 앱"]), "\n")
    b("상담사: ", cs, pick(rng, ["", " (사번 " + H("E%05d" % rng.randrange(100000), "user_id")[1] + ")"]), "\n\n")
    cit = P(rng)
    T = lambda: "[%02d:%02d] " % (rng.randint(9, 17), rng.randint(0, 59))
    b(T(), "상담사: 안녕하세요, ", I["org"], " 민원 상담센터입니다. 성함 말씀 부탁드립니다.\n")
    b(T(), "민원인: ", pick(rng, ["", "네, "]), cit, pick(rng, ["입니다.", "이에요.", "요."]), "\n")
    items = rng.sample(["phone", "email", "card", "acct", "rrn", "addr", "plate", "hi", "dl"], rng.randint(2, 4))
    for it in items:
        if it == "phone":
            m = MOBILE(rng, "hy")
            if rng.random() < 0.5: m = hangul_digits(m)
            b(T(), "상담사: 연락받으실 번호 알려주세요.\n", T(), "민원인: ", m, pick(rng, ["이요.", "입니다.", " 여기로 주세요."]), "\n")
        elif it == "email":
            b(T(), "민원인: 결과는 ", EMAIL(rng, cit["text"]), pick(rng, ["로 보내 주세요.", " 이쪽으로 부탁해요."]), "\n")
        elif it == "card":
            b(T(), "민원인: 과태료를 카드로 내려는데 ", CARD(rng), pick(rng, [" 이 카드로 결제되나요?", " 카드가 자꾸 오류가 나요."]), "\n")
        elif it == "acct":
            bank, ac = ACCT(rng)
            if rng.random() < 0.3: ac = hangul_digits(ac)
            b(T(), "민원인: 환급은 ", bank, " ", ac, pick(rng, ["로 해 주세요.", " 계좌로 받을게요."]), "\n")
        elif it == "rrn":
            b(T(), "상담사: 본인 확인을 위해 주민등록번호 앞자리와 뒷자리 첫 숫자만 말씀해 주세요.\n", T(), "민원인: ", RRN(rng, "masked"), " 이렇게요.\n")
        elif it == "addr":
            a, pr, pc = ADDR(rng)
            b(T(), "민원인: 주소는 ", a, pick(rng, ["예요.", "입니다.", "로 옮겼어요."]), "\n")
        elif it == "plate":
            b(T(), "민원인: 제 차 ", PLATE(rng), pick(rng, ["가 견인됐다고 문자가 왔어요.", "에 과태료가 나왔는데요."]), "\n")
        elif it == "hi":
            b(T(), "민원인: 건강보험증 번호는 ", HI(rng), "입니다.\n")
        else:
            b(T(), "민원인: 면허증 번호 ", DL(rng), pick(rng, ["로 조회해 주세요.", " 맞는지 확인 부탁드려요."]), "\n")
    b(T(), "상담사: 네, ", cit, pick(rng, [" 님", "님"]), " 접수되었습니다. 접수번호는 ", receipt(rng), "입니다. 추가 문의는 ", shortcode(rng), "로 해 주세요.\n")
    return b

def t_log(rng):
    b = B(rng)
    y, m, d = rdate(rng, 2023, 2025)
    kind = rng.randint(0, 2)
    b(pick(rng, ["# 개인정보처리시스템 접속기록", "## access.log (발췌)", "[감사용 접속기록 추출]"]), "  추출일 ", H("%d-%02d-%02d" % (y, m, d), "date"), "\n")
    ips = [IP(rng) for _ in range(rng.randint(1, 3))]
    for j in range(rng.randint(3, 6)):
        ts = "%d-%02d-%02d %02d:%02d:%02d" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        ip = rng.choice(ips)
        uid = H("u%05d" % rng.randrange(100000), "user_id")
        if kind == 0:
            b(ts, " INFO user=", uid, " ip=", ip, " action=", pick(rng, ["LOGIN", "VIEW", "DOWNLOAD", "PRINT"]))
            r = rng.random()
            if r < 0.25: b(" target_name=", P(rng), " target_rrn=", RRN(rng, "masked"))
            elif r < 0.4: b(" car_no=", PLATE(rng, rng.choice(["2d", "3d", "nospace"])))
            elif r < 0.5: b(" dl_no=", DL(rng, rng.choice(["hyphen", "plain"])))
            elif r < 0.6: b(" frn=", FRN(rng))
            elif r < 0.7: b(" hi_no=", HI(rng))
            b("\n")
        elif kind == 1:
            mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
            b(ip, " - - [%02d/%s/%d:%02d:%02d:%02d +0900] \"" % (d, mon, y, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
              pick(rng, ["GET /minwon/view?no=", "POST /api/apply?no=", "GET /car/fine?no="]), str(rng.randint(1000, 99999)), " HTTP/1.1\" 200 ", str(rng.randint(200, 90000)), " \"Mozilla/5.0 (Windows NT ", H("10.0", "version_number"), ")\"\n")
        else:
            b("[", ts, "] ", pick(rng, ["결제승인", "회원가입", "비밀번호변경", "본인인증"]), " | ip ", ip, " | ")
            r = rng.random()
            if r < 0.4: b("card ", CARD(rng), " | amt ", amount(rng))
            elif r < 0.7: e = EMAIL(rng); b("email ", e, " | uid ", uid)
            else: b("mobile ", MOBILE(rng, rng.choice(["hy", "plain"])), " | uid ", uid)
            b("\n")
    if rng.random() < 0.5: b("agent ", H("v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)), "version_number"), " build ", H("10.0.%d.%d" % (rng.randint(10000, 22999), rng.randint(100, 4999)), "version_number"), "\n")
    return b

def lit_ocr(rng, s):
    out = []
    for ch in s:
        r = rng.random()
        if ch == "□" and r < 0.5: out.append(rng.choice(["ㅁ", "口", "[ ]"]))
        elif ch == ":" and r < 0.3: out.append(rng.choice([";", "：", " :"]))
        elif ch == "·" and r < 0.5: out.append(".")
        elif "가" <= ch <= "힣" and r < 0.05: out.append(ch + " ")
        elif ch == "(" and r < 0.15: out.append("( ")
        else: out.append(ch)
    return "".join(out)

def ocrv(rng, v, p=0.8):
    if v["type"] == "PERSON":
        return spaced(v) if rng.random() < 0.35 and re.fullmatch("[가-힣]+", v["text"]) else v
    if v["type"] == "KR_ADDRESS":
        return wrap(rng, v) if rng.random() < 0.3 else v
    return noisy(rng, v, p=p)

def t_ocr(rng):
    b = B(rng)
    O = lambda s: lit_ocr(rng, s)
    N = lambda v: ocrv(rng, v)
    form = rng.randint(0, 4)
    b(O(pick(rng, ["[스캔본] ", "(OCR 변환) ", "", "-- page 1/1 --\n"])))
    if form == 0:
        b(O("■ 여권법 시행규칙 [별지 제1호서식]\n여권 발급 신청서\n□ 일반 □ 관용 □ 외교관   □ 복수여권(10년) □ 단수여권\n"))
        n = P(rng); f, g = romanize(n["text"])
        b(O("한글성명: "), N(n), O("   로마자성명 (성) "), V(f, "PERSON", "person_romanized_surname"), O(" (이름) "), V(g, "PERSON", "person_romanized_given"), "\n")
        b(O("주민등록번호: "), N(RRN(rng, "valid")), O("   전화번호: "), N(MOBILE(rng)), "\n")
        b(O("긴급연락처  성명: "), N(P(rng)), O("  관계: "), pick(rng, ["배우자", "부", "모", "형제"]), O("  전화번호: "), N(MOBILE(rng)), "\n")
        if rng.random() < 0.8: b(O("기존 여권번호(재발급 시): "), N(PASS(rng, rng.choice(["kr_old", "kr_new"]))), "\n")
        b(O("신청인 서명: "), pick(rng, ["(서명)", "[서명]"]), O("   접수번호 "), receipt(rng), "\n")
    elif form == 1:
        b(O("■ 주민등록법 시행규칙 [별지 서식]\n주민등록표 열람 또는 등·초본 교부 신청서\n"))
        n = P(rng); a, pr, pc = ADDR(rng)
        b(O("신청인 | 성명 "), N(n), O(" | 주민등록번호 "), N(RRN(rng)), "\n", O("      | 주소 "), N(a), "\n", O("      | 전화번호 "), N(MOBILE(rng) if rng.random() < 0.7 else LAND(rng)), "\n")
        t = P(rng)
        b(O("대상자 | 성명 "), N(t), O(" | 주민등록번호 "), N(RRN(rng)), O(" | 신청인과의 관계 "), pick(rng, ["본인", "자녀", "배우자", "채권자"]), "\n")
        b(O("수수료 "), amount(rng), O("  □ 등본 □ 초본\n"))
    elif form == 2:
        b(O("■ 도로교통법 시행규칙 [별지 서식]\n운전면허증 재발급 신청서\n"))
        n = P(rng); a, pr, pc = ADDR(rng)
        b(O("성명 "), N(n), O("   주민등록번호 "), N(RRN(rng, rng.choice(["valid", "masked"]))), "\n")
        b(O("면허번호 "), N(DL(rng)), O("   면허종별 "), pick(rng, ["1종보통", "2종보통", "1종대형"]), "\n", O("주소 "), N(a), "\n", O("전화번호 "), N(MOBILE(rng)), "\n")
        b(O("재발급 사유: □ 분실 □ 헐어 못쓰게 됨 □ 기재사항 변경\n"))
    elif form == 3:
        b(O("자동차 이전등록 신청서\n"))
        n1, n2 = P(rng), P(rng)
        b(O("자동차등록번호 "), N(PLATE(rng)), O("  차대번호 "), H("KMH%s%08d" % (rng.choice("ABCDEFGH"), rng.randrange(10**8)), "vin"), "\n")
        b(O("양도인 성명 "), N(n1), O("  주민(법인)등록번호 "), N(RRN(rng)), "\n", O("양도인 주소 "), N(ADDR(rng)[0]), "\n")
        b(O("양수인 성명 "), N(n2), O("  주민(법인)등록번호 "), N(RRN(rng)), "\n", O("양수인 주소 "), N(ADDR(rng)[0]), O("  전화 "), N(MOBILE(rng)), "\n")
    else:
        b(O("■ 출입국관리법 시행규칙 [별지 제34호서식]\n통합신청서 (신고서) APPLICATION FORM\n□ 외국인 등록  □ 체류기간 연장허가\n"))
        fa, c, _ = name_foreign(rng, "latin")
        parts = fa.split(" ")
        b(O("성 Surname "), V(parts[0], "PERSON", "person_foreign_surname"), O("   명 Given names "), V(" ".join(parts[1:]), "PERSON", "person_foreign_given"), "\n")
        b(O("생년월일 "), N(DOB(rng, rdate(rng, 1970, 2004), rng.choice(["iso", "dot0", "passport"]))), O("  국적 "), c, "\n")
        b(O("외국인등록번호 "), N(FRN(rng)), O("  여권번호 "), N(PASS(rng, "foreign")), "\n", O("대한민국 내 주소 "), N(ADDR(rng)[0]), "\n", O("휴대전화 "), N(MOBILE(rng)), "\n")
    return b

def t_foreign(rng):
    b = B(rng); b.noise_p = 0.12
    fa, c, sub = name_foreign(rng, "latin")
    parts = fa.split(" ")
    ymd = rdate(rng, 1968, 2005)
    k = rng.randint(0, 2)
    if k == 0:
        b("통합신청서(신고서) / APPLICATION FORM\n[", pick(rng, ["√", "V", "x"]), "] 체류기간 연장허가 EXTENSION OF SOJOURN PERIOD\n\n")
        b("성 Surname: ", V(parts[0], "PERSON", "person_foreign_surname"), "    명 Given names: ", V(" ".join(parts[1:]), "PERSON", "person_foreign_given"), "\n")
        b("생년월일 Date of Birth: ", DOB(rng, ymd, rng.choice(["iso", "dot0", "passport", "passport_new", "slash"])), "   성별 Sex: ", pick(rng, ["M", "F", "남", "여"]), "   국적 Nationality: ", c, "\n")
        b("외국인등록번호 Alien Registration No.: ", FRN(rng, ymd), "\n")
        b("여권번호 Passport No.: ", PASS(rng, "foreign"), "   여권발급일자: ", H(gdate(rng, 2018, 2024), "date"), "   여권유효기간: ", H(gdate(rng, 2026, 2033), "date"), "\n")
        b("대한민국 내 주소 Address In Korea: ", ADDR(rng)[0], "\n")
        b("전화번호 Telephone No.: ", LAND(rng) if rng.random() < 0.4 else "-", "   휴대전화 Cell phone No.: ", MOBILE(rng), "\n")
        b("본국 주소 Address In Home Country: ", pick(rng, ["Hanoi, Vietnam", "Tashkent", "Manila", "Ulaanbaatar", "Kathmandu", "Bangkok"]), "\n")
        b("근무처 Name of Workplace: ", H(company(rng), "company_name"), "   사업자등록번호: ", BRN(rng), "   전화: ", LAND(rng, sub="phone_company"), "\n")
        if rng.random() < 0.6: b("전자우편 E-Mail: ", EMAIL(rng), "\n")
        b("신청일 Date of application: ", H(gdate(rng), "date"), "   신청인 서명: (서명)\n")
    elif k == 1:
        fk, c2, sub2 = name_foreign(rng, "hangul", c)
        pv = V(fk, "PERSON", sub2)
        b(pick(rng, ["외국인 주민 실태조사 개별 카드", "다문화가족지원센터 이용 신청서", "외국인근로자 고용변동 신고서"]), "\n\n")
        b("성명(한글): ", pv, "   성명(영문): ", V(fa, "PERSON", sub), "\n국적: ", c, "   ", LB(rng, "frn"), ": ", FRN(rng, ymd), "\n")
        b("여권: ", PASS(rng, "foreign"), "   ", LB(rng, "dob"), ": ", DOB(rng, ymd), "\n연락처: ", MOBILE(rng), "   거주지: ", ADDR(rng)[0], "\n")
        if rng.random() < 0.5: b(LB(rng, "hi"), ": ", HI(rng), " (지역가입)\n")
        emp = P(rng)
        b("고용주(대표): ", emp, "  사업자번호 ", BRN(rng), "  연락처 ", MOBILE(rng) if rng.random() < 0.5 else LAND(rng, sub="phone_company"), "\n")
        b("담당 통번역사: ", P(rng), "\n")
    else:
        b("[", pick(rng, ["사실조회 회신", "체류지 변경 신고 확인", "출국 확인 협조 요청에 대한 회신"]), "]\n\n")
        fv = V(fa, "PERSON", sub)
        b("조회 대상 외국인 ", fv, "(", c, ", ", DOB(rng, ymd, rng.choice(["dot_sp", "kor", "iso"])), pick(rng, ["생", ""]), ")의 ", pick(rng, ["체류 정보는", "등록 사항은"]), " 다음과 같습니다.\n")
        b("  - 등록번호: ", FRN(rng, ymd), "\n  - 여권: ", PASS(rng, "foreign"), " (", pick(rng, ["유효", "만료"]), ")\n  - 체류자격: ", pick(rng, ["E-9", "F-6", "D-2", "E-7", "H-2"]), "\n  - 체류지: ", ADDR(rng)[0], "\n")
        b("※ 위 ", fv, "의 정보는 ", statute(rng), "에 따라 제공하며 목적 외 이용을 금합니다.\n")
        b("출입국·외국인청 담당 ", P(rng), " 주무관 (", official_line(rng, inst(rng)), ")\n")
    return b

def t_vehicle(rng):
    b = B(rng); I = inst(rng)
    k = rng.randint(0, 2)
    if k == 0:
        b(pick(rng, ["과태료 부과 사전통지서", "주정차위반 과태료 사전통지", "[사전통지] 과태료 부과 예정 안내"]), "\n\n")
        pl = PLATE(rng)
        own = P(rng)
        corp = rng.random() < 0.25
        b(LB(rng, "plate"), ": ", pl, "\n")
        if corp:
            co = company(rng)
            b("소유자: ", H(co, "company_name"), " (대표 ", own, ", 사업자 ", BRN(rng), ")\n")
        else:
            b("소유자: ", own, pick(rng, ["", " 귀하"]), "\n")
        a, par, pc = ADDR(rng)
        b("주소: ", H(pc, "postal_code"), " ", a, "\n위반일시: ", H(gdate(rng, style="iso"), "date"), " ", "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "\n위반장소: ", rng.choice(SIDO[rng.choice(SIDO_LIST)][1]), " ", rng.choice(ROAD_STEMS), "로 일대\n")
        b("위반내용: ", pick(rng, ["어린이보호구역 주정차 위반", "소화전 5m 이내 주차", "버스전용차로 통행 위반", "속도위반(20km/h 초과)"]), "\n과태료: ", amount(rng), " (의견제출기한 내 자진납부 시 20% 감경)\n")
        b("근거: ", statute(rng), "\n")
        b("문의: ", I["org"], " ", I["dept"], " ", P(rng), " (", official_line(rng, I), ")  / 120 다산콜 등 ", shortcode(rng), "\n")
    elif k == 1:
        b(pick(rng, ["운전면허 행정처분 결정 통지서", "운전면허 정지·취소 처분 결정통지서"]), "\n\n")
        n = P(rng)
        b("성명: ", n, "   ", LB(rng, "dob"), ": ", DOB(rng, rdate(rng, 1950, 2004)), "\n", LB(rng, "dl"), ": ", DL(rng), "\n주소: ", ADDR(rng)[0], "\n")
        b("처분내용: ", pick(rng, ["면허취소", "면허정지 60일", "면허정지 100일"]), " (결격기간 ", pick(rng, ["1년", "2년", "없음"]), ")\n처분사유: ", H(gdate(rng), "date"), " ", pick(rng, ["음주운전", "벌점 초과", "무면허 운전"]), " (차량 ", PLATE(rng), ")\n")
        b("※ 위 처분에 이의가 있는 경우 ", H(gdate(rng), "date"), "까지 행정심판을 청구할 수 있습니다.\n", H(rng.choice(["서울특별시경찰청장", "부산광역시경찰청장", "경기남부경찰청장"]), "official_title"), "\n")
    else:
        b("거주자 우선주차 배정 결과 (", I["org"], ")\n\n")
        sep = rng.choice([" | ", "\t"])
        hdr = rng.random() < 0.6
        if hdr: b(sep.join(["구획번호", "성명", "차량번호", "연락처"]), "\n")
        for j in range(rng.randint(3, 6)):
            b(H("%s-%03d" % (rng.choice("ABCD"), rng.randint(1, 300)), "management_number"), sep, P(rng), sep, PLATE(rng), sep, MOBILE(rng), "\n")
        b("※ 문의 ", I["dept"], " (대표 ", H(I["switch"], "switchboard"), ")\n")
    return b

def t_roster(rng):
    b = B(rng)
    b(pick(rng, ["2025년 긴급생계비 지원 대상자 명단", "장학금 지급 명단", "재난지원금 지급 내역", "자원봉사자 활동비 지급 명단", "일자리사업 참여자 현황"]), "\n")
    sep = rng.choice([" | ", "\t", "|", "  "])
    cols = ["연번", "성명", "생년월일", "연락처", "주소"]
    extra = rng.sample(["acct", "email", "hi", "card"], rng.randint(1, 2))
    hidden = rng.random() < 0.6   # extra columns have no header
    b(sep.join(cols + ([] if hidden else [{"acct": "지급계좌", "email": "이메일", "hi": "건강보험증번호", "card": "카드번호"}[e] for e in extra])), "\n")
    for j in range(rng.randint(3, 6)):
        n = P(rng) if rng.random() < 0.9 else V(name_foreign(rng)[0], "PERSON", "person_foreign")
        if n["sub"] == "person_foreign": n["sub"] = "person_foreign_latin" if re.search("[A-Za-z]", n["text"]) else "person_foreign_hangul"
        b(str(j + 1), sep, n, sep, DOB(rng, fmt=rng.choice(["dot0", "iso", "yymmdd", "dot_noend", "yy_dot"])), sep, MOBILE(rng), sep, ADDR(rng, style=rng.choice(["road_short", "road_sgg", "road_full"]))[0])
        for e in extra:
            if e == "acct":
                bank, ac = ACCT(rng); b(sep, bank, " ", ac)
            elif e == "email": b(sep, EMAIL(rng, n["text"]))
            elif e == "hi": b(sep, HI(rng))
            else: b(sep, CARD(rng))
        b("\n")
    b("계 ", str(j + 1), "명 / 총 ", amount(rng), "\n")
    return b

def t_tax(rng):
    b = B(rng); I = inst(rng); b.noise_p = 0.15
    k = rng.randint(0, 2)
    if k == 0:
        b(pick(rng, ["지방세 환급금 지급 청구서", "과오납금 환급 청구서"]), "\n\n")
        corp = rng.random() < 0.4
        if corp:
            co = company(rng)
            b("납세자(법인명): ", H(co, "company_name"), "   ", LB(rng, "crn"), ": ", CRN(rng), "\n", LB(rng, "brn"), ": ", BRN(rng), "   대표자: ", P(rng), "\n소재지: ", ADDR(rng)[0], "\n")
        else:
            n = P(rng)
            b("납세자 성명: ", n, "   ", LB(rng, "rrn"), ": ", RRN(rng), "\n주소: ", ADDR(rng)[0], "\n전화: ", MOBILE(rng), "\n")
        bank, ac = ACCT(rng)
        b("환급금: ", amount(rng), "\n환급받을 계좌: ", bank, " ", ac, "\n청구일: ", H(gdate(rng), "date"), "\n", H(I["head"], "official_title"), " 귀하\n")
    elif k == 1:
        b(pick(rng, ["자동차세 신용카드 자동납부 신청서", "지방세 카드 자동이체 신청서"]), "\n\n")
        n = P(rng)
        b("납세자: ", n, " (", DOB(rng, fmt=rng.choice(["yymmdd", "dot0", "kor"])), ")\n과세대상 차량: ", PLATE(rng), "\n")
        b(LB(rng, "card"), ": ", CARD(rng), "   유효기간: ", "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)), "\n카드 소유자: ", n, "\n연락처: ", MOBILE(rng), "   ", LB(rng, "email"), ": ", EMAIL(rng, n["text"]), "\n")
        b("※ 문의: 위택스 고객센터 ", shortcode(rng), "\n")
    else:
        b("납부 영수증 재발급 내역\n", "-" * 20, "\n")
        for j in range(rng.randint(2, 4)):
            b(H(gdate(rng, style="iso"), "date"), "  ", pick(rng, ["자동차세", "재산세", "주민세", "지방소득세"]), "  ", amount(rng), "  카드 ", CARD(rng), "\n")
        b("납세자 ", P(rng), " / 전자송달 ", EMAIL(rng), "\n")
    return b

# ----------------------------------------------------------------- no-PII templates (hard negatives only)
def np_gongmun(rng):
    b = B(rng); I = inst(rng)
    b(I["org"], " ", pick(rng, ["공고", "고시"]), " 제", H("%d-%d" % (rng.randint(2022, 2025), rng.randint(10, 2999)), "notice_number"), "호\n\n")
    b(pick(rng, ["개인정보 처리방침 변경 공고", "주민등록 사실조사 실시 공고", "과태료 부과 기준 변경 알림", "공유재산 대부 입찰 공고"]), "\n\n")
    b("1. 근거: ", statute(rng), " 및 ", statute(rng), "\n2. 기간: ", H(gdate(rng), "date"), " ~ ", H(gdate(rng), "date"), "\n3. 관련: ", H(docno(rng, I), "doc_number"), "(", H(gdate(rng), "date"), ")\n")
    b("4. 예산: ", amount(rng), "\n5. 문의: ", I["dept"], " (대표전화 ", H(I["switch"], "switchboard"), ", ", shortcode(rng), ")\n\n")
    b(H(gdate(rng, style="kor"), "date"), "\n", H(I["head"], "official_title"), "\n(", H(I["postal"], "postal_code"), ") ", H(I["addr"], "institution_address"), "\n")
    return b

def np_taxqa(rng):
    b = B(rng)
    b("[세무 질의회신] ", H(rng.choice(["서면-%d-법인-%d" % (rng.randint(2019, 2024), rng.randint(100, 9999)), "부가%d-%d" % (rng.randint(46015, 46099), rng.randint(10, 999)), "재산세과-%d" % rng.randint(100, 999)]), "doc_number"), " (", H(gdate(rng), "date"), ")\n\n")
    b("【질의】 ", H(rng.choice(["갑", "A법인", "B사"]), "placeholder_person"), "은 ", H(rng.choice(["을", "C법인", "김○○"]), "placeholder_person"), "으로부터 토지를 ", amount(rng), "에 취득하였는바, ", statute(rng), " 적용 여부\n")
    b("【회신】 귀 질의의 경우 ", statute(rng), "에 따라 판단할 사항이며, 기존 해석사례(", H(caseno(rng, "조심"), "case_number"), ")를 참고하시기 바랍니다.\n")
    b("※ 국세상담센터 ", H("126", "switchboard"), "\n")
    return b

def np_judg(rng):
    b = B(rng)
    b(pick(rng, ["[판결 요지]", "판결문(비실명 처리본)", "결정 요지"]), "\n사건 ", H(caseno(rng), "case_number"), "\n")
    b("피고인 ", H(rng.choice(["A", "B", "김○○", "이**", "박 모 씨"]), "masked_person"), "은 ", H(gdate(rng), "date"), " 피해자 ", H(rng.choice(["C", "D(여, 40대)", "정○○"]), "masked_person"), "에게 ", amount(rng), "을 편취하였다.\n")
    b("주민등록번호 ", H(rng.choice(["******-*******", "000000-0000000", "XXXXXX-XXXXXXX"]), "placeholder_id"), " (비실명 처리)\n")
    b("적용 법조: ", statute(rng), ", ", statute(rng), "\n원심판결 ", H(caseno(rng), "case_number"), "을 파기한다.\n")
    return b

def np_press(rng):
    b = B(rng); I = inst(rng)
    b("보도자료  ", H(gdate(rng), "date"), "\n", pick(rng, ["올해 상반기 민원 처리 실적 공개", "외국인 주민 30만 명 돌파", "음주운전 단속 결과 발표"]), "\n\n")
    b("□ ", I["org"], "(", H(I["head"], "official_title"), ")는 ", H(gdate(rng), "date"), "까지 접수된 민원 ", str(rng.randint(1000, 90000)), "건 중 ", str(rng.randint(80, 99)), "%를 기한 내 처리했다고 밝혔다.\n")
    b("□ 관련 예산은 ", amount(rng), "이며 ", statute(rng), "에 근거한다.\n□ 문의는 ", shortcode(rng), " 또는 대표전화 ", H(I["switch"], "switchboard"), "로 하면 된다.\n")
    return b

def np_guide(rng):
    b = B(rng)
    b(pick(rng, ["신청서 작성 예시", "[작성요령] 사회보장급여 신청서", "기재 예시(견본)"]), "\n\n성명: ", H("홍길동", "placeholder_person"), "\n주민등록번호: ", H(rng.choice(["000000-0000000", "123456-1234567", "YYMMDD-XXXXXXX"]), "placeholder_id"), "\n")
    b("연락처: ", H(rng.choice(["010-0000-0000", "010-XXXX-XXXX", "000-0000-0000"]), "placeholder_number"), "\n주소: ", H(rng.choice(["○○시 ○○구 ○○로 00", "시·군·구 도로명 건물번호"]), "placeholder_address"), "\n")
    b("계좌번호: ", H(rng.choice(["000-000000-00-000", "(은행명) 계좌번호 기재"]), "placeholder_number"), "\n※ 문의: ", shortcode(rng), " / ", statute(rng), "\n")
    return b

def np_bid(rng):
    b = B(rng); I = inst(rng)
    b("입찰 공고\n공고번호 ", H("%d%07d-%02d" % (rng.randint(2022, 2025), rng.randrange(10**7), rng.randint(0, 2)), "notice_number"), "\n건명: ", pick(rng, ["청사 청소용역", "민원실 리모델링", "차량 임차"]), "\n추정가격: ", amount(rng), "\n")
    b("입찰서 제출: ", H(gdate(rng), "date"), " 10:00까지 / 개찰: ", H(gdate(rng), "date"), "\n근거: ", statute(rng), "\n발주기관: ", I["org"], " (", H(I["addr"], "institution_address"), ", 대표 ", H(I["switch"], "switchboard"), ")\n")
    b("나라장터 콜센터 ", H("1588-%04d" % rng.randrange(10000), "switchboard"), "\n")
    return b

def np_log(rng):
    b = B(rng)
    b("# batch job log ", H(gdate(rng, style="iso"), "date"), "\n")
    for j in range(rng.randint(3, 6)):
        b("%02d:%02d:%02d " % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), pick(rng, ["INFO", "WARN"]), " job=", pick(rng, ["sync_minwon", "backup", "index"]), " user=", H("u%05d" % rng.randrange(100000), "user_id"),
          " ver=", H("%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)), "version_number"), " rec=", receipt(rng), "\n")
    b("os ", H("10.0.%d.%d" % (rng.randint(10000, 22999), rng.randint(100, 4999)), "version_number"), "\n")
    return b

def np_vehicle(rng):
    b = B(rng); I = inst(rng)
    b(pick(rng, ["불법 주정차 집중 단속 안내", "자동차 검사 지연 과태료 안내"]), "\n\n○ 근거: ", statute(rng), "\n○ 기간: ", H(gdate(rng), "date"), " ~ ", H(gdate(rng), "date"), "\n○ 과태료: ", amount(rng), " (승용), ", amount(rng), " (승합)\n")
    b("○ 문의: ", I["org"], " ", I["dept"], " (대표 ", H(I["switch"], "switchboard"), "), 다산콜 ", H("120", "switchboard"), "\n")
    return b

def t_dl_cert(rng):
    b = B(rng); b.noise_p = 0.15
    n = P(rng)
    b(pick(rng, ["운전경력증명서", "운전면허 적성검사(갱신) 신청서", "국제운전면허증 발급 신청서", "운전면허 정보 확인서"]), "\n\n")
    d1 = DL(rng)
    b(LB(rng, "name"), ": ", n, "   ", LB(rng, "dob"), ": ", DOB(rng, rdate(rng, 1950, 2005)), "\n", LB(rng, "dl"), ": ", d1, "   면허종별: ", pick(rng, ["1종보통", "2종보통", "1종대형, 2종소형"]), "\n")
    if rng.random() < 0.5: b("주소: ", ADDR(rng)[0], "\n")
    if rng.random() < 0.5: b("여권번호(국제면허용): ", PASS(rng, rng.choice(["kr_new", "kr_old"])), "\n")
    b("위반·사고 경력: ", pick(rng, ["없음", "1건", "2건"]), "\n")
    if rng.random() < 0.6:
        b("※ 면허번호 ", d1, "는 갱신 후에도 유지됩니다.\n")
    if rng.random() < 0.5:
        a2 = P(rng)
        b("대리 신청인: ", a2, "  (", LB(rng, "dl"), " ", DL(rng), ")\n")
    b("발급기관: 도로교통공단 ", pick(rng, ["서부", "강남", "수원", "대전"]), "운전면허시험장 (대표 ", shortcode(rng), ")\n")
    return b

def t_foreign_roster(rng):
    b = B(rng); b.noise_p = 0.15
    b(pick(rng, ["외국인근로자 고용 현황", "외국인 계절근로자 명부", "외국인 유학생 체류 현황"]), " (", H(company(rng), "company_name"), ")\n")
    sep = rng.choice([" | ", "\t", " / "])
    hdr = rng.random() < 0.6
    if hdr: b(sep.join(["번호", "성명", "국적", "외국인등록번호", "여권번호", "체류만료일"]), "\n")
    for j in range(rng.randint(2, 5)):
        fn, c, sub = name_foreign(rng)
        b(str(j + 1), sep, V(fn, "PERSON", sub), sep, c, sep, FRN(rng), sep, PASS(rng, "foreign") if rng.random() < 0.6 else "-", sep, H(gdate(rng, 2025, 2028), "date"), "\n")
    b("사업주: ", P(rng), " / ", LB(rng, "brn"), " ", BRN(rng), "\n")
    return b

# ================================================================= registry
TEMPLATES = [  # (template, function, genre, count, no_pii)
 ("gongmun", t_gongmun, "공문", 36, False),
 ("minwon_reply", t_minwon, "민원 회신", 30, False),
 ("press_release", t_press, "보도자료", 22, False),
 ("news_article", t_news, "뉴스 기사", 26, False),
 ("minutes", t_minutes, "회의록", 22, False),
 ("judgment_criminal", t_judg_crim, "판결문·결정문", 26, False),
 ("judgment_civil_admin", t_judg_civ, "판결문·결정문", 22, False),
 ("audit_discipline", t_discipline, "감사·징계", 22, False),
 ("personnel_order", t_personnel, "인사발령", 24, False),
 ("contract", t_contract, "계약·입찰", 24, False),
 ("bid_table", t_bid, "계약·입찰", 20, False),
 ("welfare_application", t_welfare, "복지·급여 신청서", 30, False),
 ("school_record", t_school, "학교 기록", 20, False),
 ("hospital_record", t_hospital, "병원 기록", 24, False),
 ("counsel_chat", t_counsel, "상담·채팅 기록", 30, False),
 ("access_log", t_log, "접속 로그", 30, False),
 ("ocr_form", t_ocr, "OCR 스캔 서식", 52, False),
 ("foreign_form", t_foreign, "외국인 관련 서식", 40, False),
 ("vehicle_traffic", t_vehicle, "차량·교통", 32, False),
 ("roster_table", t_roster, "명단·표", 24, False),
 ("driver_licence_cert", t_dl_cert, "차량·교통", 28, False),
 ("foreign_worker_roster", t_foreign_roster, "외국인 관련 서식", 16, False),
 ("tax_payment", t_tax, "세무·납부", 28, False),
 ("np_gongmun_notice", np_gongmun, "공문", 8, True),
 ("np_tax_qa", np_taxqa, "민원 회신", 7, True),
 ("np_judgment_anon", np_judg, "판결문·결정문", 7, True),
 ("np_press_stats", np_press, "보도자료", 7, True),
 ("np_form_example", np_guide, "복지·급여 신청서", 7, True),
 ("np_bid_notice", np_bid, "계약·입찰", 7, True),
 ("np_batch_log", np_log, "접속 로그", 6, True),
 ("np_traffic_notice", np_vehicle, "차량·교통", 6, True),
]
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT",
         "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]

# ================================================================= validation
HYPH = "‐‑‒–—―－"
HG2D = {v: k for k, v in HANGUL_D.items()}; HG2D["영"] = "0"
OCR_TAGS = {"ocr_O_for_0", "ocr_l_for_1"}

def norm(text, noise):
    t = unicodedata.normalize("NFKC", text)
    for h in HYPH: t = t.replace(h, "-")
    if "hangul_digits" in noise: t = "".join(HG2D.get(c, c) for c in t)
    if OCR_TAGS & set(noise): t = t.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    return re.sub(r"\s+", "", t)

def strip_sep(t): return re.sub(r"[-\s.()]", "", t)

def valid_date(y, m, d):
    import datetime
    try: datetime.date(y, m, d); return True
    except ValueError: return False

def check_rrn_canon(c, sub):
    f, bk = c.split("-")
    y2, m, d = int(f[:2]), int(f[2:4]), int(f[4:6])
    g = bk[0]
    y = (1900 if g in "1256" else 2000) + y2
    assert valid_date(y, m, d), c
    if sub.startswith("rrn_masked"):
        assert g in "1234" and len(bk) == 7 and len(set(bk[1:])) == 1 and bk[1] in "*●Xx○", c; return
    d13 = f + bk
    assert len(d13) == 13 and d13.isdigit()
    ok = rrn_check(d13[:12]) == int(d13[12])
    if sub.startswith("rrn_post2020"): assert not ok and (y, m) >= (2020, 10) and g in "34", c
    else: assert ok and g in ("12" if y < 2000 else "34"), c

def check_value(sp):
    typ, sub, txt, canon, noise = sp["type"], sp["sub_kind"], sp["text"], sp["canon"], sp["noise"]
    n = norm(txt, noise)
    assert txt == txt.strip() and txt, ("edge whitespace", txt)
    if typ == "PERSON":
        nm = n if "spaced_name" in noise else txt
        if "spaced_name" in noise: assert re.fullmatch(r"[가-힣]( [가-힣])+", txt), txt
        if sub == "person_ko":
            ok = any(nm.startswith(s) and 1 <= len(nm) - len(s) <= 2 and all(c in GIV for c in nm[len(s):]) for s in SUR1 + SUR2)
            assert ok, nm
        elif sub.startswith("person_romanized"):
            toks = re.split(r"[ ,\-]+", nm.upper())
            allowed = set(ROM_S.values())
            assert all(t in allowed or re.fullmatch(r"[A-Z]+", t) for t in toks if t), nm
            gl = "".join(toks)
            assert re.fullmatch(r"[A-Z]+", gl), nm
        else:
            pool = set()
            for v in FOREIGN.values():
                for lst in v: pool.update(x.upper() for x in lst)
            toks = nm.upper().split(" ") if " " in nm else [nm.upper()]
            if " " in nm: assert all(t in pool for t in toks), nm
            else: assert any(nm.upper().startswith(p) for p in pool), nm
        assert not re.search(r"(씨|님|귀하|주무관|과장|위원|은|는|의|에게)$", nm) or sub != "person_ko" or len(nm) >= 2
        return
    if typ == "DATE_OF_BIRTH":
        y, m, d = int(canon[:4]), int(canon[4:6]), int(canon[6:])
        assert valid_date(y, m, d)
        exp = DOB_FMTS(y, m, d)[sub[4:]]
        assert re.sub(r"\s+", "", exp) == n, (exp, txt); return
    if typ == "KR_ADDRESS":
        t = txt.replace("\n", " ")
        assert t == canon, (t, canon)
        heads = SIDO_LIST + [v[0] for v in SIDO.values()] + ["서울시"] + [g for v in SIDO.values() for g in v[1]]
        assert any(t.startswith(h + " ") for h in heads), t
        assert re.search(r"(\d|호|층)$", t), t
        assert not re.search(r"^\(|\)$", t); return
    if typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", n), n; return
    if typ == "IP_ADDRESS":
        if sub == "ip_v6": assert re.fullmatch(r"[0-9a-f:]+", n) and "::" in n, n
        else:
            o = n.split("."); assert len(o) == 4 and all(x.isdigit() and 0 <= int(x) <= 255 for x in o), n
        assert n == canon; return
    if typ == "KR_PASSPORT":
        assert n == canon
        pat = {"passport_kr_old": r"[MSGDR]\d{8}", "passport_kr_new": r"[MSGDR]\d{3}[A-Z]\d{4}", "passport_foreign": r"[A-Z]{0,2}\d{7,9}[A-Z]?"}[sub]
        assert re.fullmatch(pat, canon), canon; return
    if typ == "KR_VEHICLE_PLATE":
        assert n == canon
        assert re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", canon), canon; return
    if typ == "KR_DRIVER_LICENSE":
        regions = dict(DL_REGION)
        if sub in ("dl_hyphen", "dl_plain"):
            assert strip_sep(n) == canon and re.fullmatch(r"\d{12}", canon) and int(canon[:2]) in regions.values(), canon
        else:
            assert strip_sep(n) == canon.replace("-", "") or n.replace("-", "") == canon, (n, canon)
            m = re.fullmatch(r"([가-힣]+)(\d{10})", canon); assert m and m.group(1) in regions, canon
        return
    digits = strip_sep(n)
    if n.startswith("+82"): digits = "0" + strip_sep(n[3:])
    cdig = strip_sep(canon)
    if typ == "KR_RRN":
        check_rrn_canon(canon, sub)
        if "_split_front" in sub: assert digits == canon.split("-")[0]
        elif "_split_back" in sub: assert digits == canon.split("-")[1]
        else: assert digits == cdig, (digits, cdig)
        return
    assert digits == cdig, (typ, digits, cdig)
    if typ == "KR_FRN":
        d = cdig; assert len(d) == 13 and d[6] in "5678" and frn_check(d[:12]) == int(d[12]) and int(d[7:9]) % 2 == 0 and d[11] in "6789"
        assert valid_date((1900 if d[6] in "56" else 2000) + int(d[:2]), int(d[2:4]), int(d[4:6]))
    elif typ == "KR_BRN":
        d = list(map(int, cdig)); assert len(d) == 10
        s = sum(a*b for a, b in zip(d, [1,3,7,1,3,7,1,3,5])) + (d[8]*5)//10
        assert (10 - s % 10) % 10 == d[9]
    elif typ == "KR_CRN":
        assert len(cdig) == 13; s = sum(int(a)*(1 if i % 2 == 0 else 2) for i, a in enumerate(cdig[:12])); assert (10 - s % 10) % 10 == int(cdig[12])
    elif typ == "CREDIT_CARD":
        assert len(cdig) in (15, 16) and luhn_ok(cdig)
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}", cdig)
    elif typ == "KR_BANK_ACCOUNT":
        g = re.match(r"acct_([\d-]+)", sub).group(1); assert len(cdig) == sum(map(int, g.split("-"))), (sub, cdig)
    elif typ == "PHONE_NUMBER":
        if sub == "phone_mobile": assert re.fullmatch(r"01[016789]\d{7,8}", cdig), cdig
        else: assert re.fullmatch(r"0(2|[3-6]\d|70)\d{7,8}", cdig), cdig

LEAKS = [("mobile", r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"), ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
         ("rrn_shape", r"(?<!\d)\d{6}\s?-\s?\d{7}(?!\d)"), ("card16", r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)"),
         ("ipv4", r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")]

def check_record(text, spans, hns, no_pii):
    prev = 0
    for sp in spans:
        assert 0 <= sp["start"] < sp["end"] <= len(text), "bounds"
        assert sp["start"] >= prev, "sorted/overlap"
        prev = sp["end"]
        assert text[sp["start"]:sp["end"]] == sp["text"], "text mismatch"
        assert sp["type"] in TYPES
        check_value(sp)
    cov = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]): cov[i] = True
    for h in hns:
        assert text[h["start"]:h["end"]] == h["text"]
        assert not any(cov[h["start"]:h["end"]]), ("hard negative overlaps span", h)
    # every other occurrence of a labelled value is labelled
    for sp in spans:
        s = sp["text"]; i = text.find(s)
        while i >= 0:
            assert all(cov[i:i + len(s)]), ("unlabelled repeat", s)
            i = text.find(s, i + 1)
    # leak check
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]): masked[i] = "§"
    for h in hns:
        for i in range(h["start"], h["end"]): masked[i] = "¤"
    mt = unicodedata.normalize("NFKC", "".join(masked))
    for h in HYPH: mt = mt.replace(h, "-")
    for nm, rx in LEAKS:
        m = re.search(rx, mt)
        assert not m, ("leak", nm, m and m.group(0))
    if no_pii: assert not spans and hns, "no-PII record must have no spans and some hard negatives"
    else: assert spans, "PII record without spans"

# ================================================================= generation
def build(tname, fn, i):
    base = f"{SEED_PREFIX}|{tname}|{i}"
    last = None
    for k in range(40):
        seed = base if k == 0 else f"{base}|r{k}"
        rng = random.Random(seed)
        b = fn(rng)
        text = b.text()
        try:
            check_record(text, b.spans, b.hn, tname.startswith("np_"))
            return seed, text, b
        except AssertionError as e:
            last = e
    raise RuntimeError(f"{base}: could not build a valid record: {last}")

def main():
    recs = []
    for tname, fn, genre, cnt, nop in TEMPLATES:
        for i in range(cnt):
            seed, text, b = build(tname, fn, i)
            recs.append((hashlib.md5(seed.encode()).hexdigest(), tname, genre, nop, seed, text, b))
    recs.sort(key=lambda r: r[0])
    main_lines, meta_lines = [], []
    for n, (_, tname, genre, nop, seed, text, b) in enumerate(recs, 1):
        rid = f"{NAME}-{n:04d}"
        main_lines.append(json.dumps({"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in b.spans], "genre": genre}, ensure_ascii=False))
        meta_lines.append(json.dumps({"id": rid, "template": tname, "seed": seed, "genre": genre, "no_pii": nop,
                                      "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub_kind": s["sub_kind"], "noise": s["noise"], "canonical": s["canon"]} for s in b.spans],
                                      "hard_negatives": b.hn}, ensure_ascii=False))
    with open(os.path.join(OUT, NAME + ".jsonl"), "w", encoding="utf-8", newline="\n") as f: f.write("\n".join(main_lines) + "\n")
    with open(os.path.join(OUT, NAME + ".meta.jsonl"), "w", encoding="utf-8", newline="\n") as f: f.write("\n".join(meta_lines) + "\n")
    stats = revalidate()
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f: f.write(json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    write_readme(stats)
    files = [NAME + ".jsonl", NAME + ".meta.jsonl", "stats.json", "README.md", "make_set.py"]
    with open(os.path.join(OUT, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as f:
        for fn_ in files:
            f.write(hashlib.md5(open(os.path.join(OUT, fn_), "rb").read()).hexdigest() + "  " + fn_ + "\n")
    print(json.dumps({"records": stats["records"], "no_pii": stats["no_pii_records"], "spans": stats["spans_total"], "by_type": stats["by_type"]}, ensure_ascii=False))

def revalidate():
    """re-read the written files and re-run every check"""
    main_recs = [json.loads(l) for l in open(os.path.join(OUT, NAME + ".jsonl"), encoding="utf-8")]
    meta_recs = [json.loads(l) for l in open(os.path.join(OUT, NAME + ".meta.jsonl"), encoding="utf-8")]
    assert len(main_recs) == len(meta_recs)
    st = {"records": 0, "no_pii_records": 0, "spans_total": 0, "by_genre": {}, "by_genre_spans": {}, "by_genre_no_pii": {}, "by_template": {}, "by_type": {t: 0 for t in TYPES},
          "by_sub_kind": {}, "by_noise": {}, "hard_negatives": {}, "spans_with_noise": 0}
    ids = set()
    for r, m in zip(main_recs, meta_recs):
        assert r["id"] == m["id"] and r["id"] not in ids; ids.add(r["id"])
        assert len(r["spans"]) == len(m["spans"])
        sps = []
        for a, c in zip(r["spans"], m["spans"]):
            assert (a["start"], a["end"], a["type"]) == (c["start"], c["end"], c["type"])
            sps.append({"start": a["start"], "end": a["end"], "type": a["type"], "sub_kind": c["sub_kind"], "noise": c["noise"], "canon": c["canonical"], "text": r["text"][a["start"]:a["end"]]})
        check_record(r["text"], sps, m["hard_negatives"], m["no_pii"])
        assert random.Random(m["seed"]) is not None and m["seed"].startswith(f"{SEED_PREFIX}|{m['template']}|")
        st["records"] += 1; st["no_pii_records"] += m["no_pii"]
        g = r["genre"]
        st["by_genre"][g] = st["by_genre"].get(g, 0) + 1
        st["by_genre_no_pii"][g] = st["by_genre_no_pii"].get(g, 0) + int(m["no_pii"])
        st["by_genre_spans"][g] = st["by_genre_spans"].get(g, 0) + len(sps)
        st["by_template"][m["template"]] = st["by_template"].get(m["template"], 0) + 1
        for s in sps:
            st["spans_total"] += 1; st["by_type"][s["type"]] += 1
            k = s["type"] + "/" + s["sub_kind"]; st["by_sub_kind"][k] = st["by_sub_kind"].get(k, 0) + 1
            if s["noise"]: st["spans_with_noise"] += 1
            for z in s["noise"]: st["by_noise"][z] = st["by_noise"].get(z, 0) + 1
        for h in m["hard_negatives"]: st["hard_negatives"][h["category"]] = st["hard_negatives"].get(h["category"], 0) + 1
    assert st["records"] >= 480 and len(st["by_genre"]) >= 15
    assert all(v >= 100 for v in st["by_type"].values()), st["by_type"]
    assert st["no_pii_records"] >= 0.08 * st["records"]
    return st

def write_readme(st):
    L = []
    A = L.append
    A("# pii_ah — independent evaluation set for a Korean PII detector (public-sector documents)\n")
    A("Synthetic, template-generated records modelled on Korean public-sector document genres and official forms. "
      "Every name, number and address is invented (random surname + given-name syllables; random numbers with valid check digits where the real "
      "identifier has one; invented road names under real 시/도 and 시/군/구). Labels follow the label and span-boundary rules of "
      "`/work/shared/pii-dev/README.md` (16 types).\n")
    A("## Files\n")
    A("| file | content |\n|---|---|")
    A("| `make_set.py` | deterministic generator + validator (standard library only) |")
    A("| `pii_ah.jsonl` | %d records `{\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}],\"genre\"}` |" % st["records"])
    A("| `pii_ah.meta.jsonl` | per record: `template`, exact `seed` string, `genre`, `no_pii`, spans with `sub_kind`, `noise` tags and `canonical` value, tagged `hard_negatives` (start, end, text, category) |")
    A("| `stats.json` | counts by genre, template, type, sub-kind, noise tag, hard-negative category |")
    A("| `README.md` | this file |")
    A("| `MD5SUMS` | md5 of every other file, written last |\n")
    A("## Regeneration\n")
    A("```\ncd /work/evalsets/pii_ah && python3 make_set.py\n```\n")
    A("Every random choice comes from `random.Random(\"pii_ah-2026|<template>|<i>\")` (a string seed); when a draft record fails validation "
      "the generator retries with `\"pii_ah-2026|<template>|<i>|r<k>\"`; the seed actually used is stored in the meta file. Records are ordered by the md5 of their seed. "
      "Running under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=2` produced byte-identical outputs (all md5s in `MD5SUMS` identical).\n")
    A("## Composition\n")
    A("%d records, %d of them with no PII (%.1f %%), %d gold spans, %d spans carrying noise.\n" % (st["records"], st["no_pii_records"], 100.0 * st["no_pii_records"] / st["records"], st["spans_total"], st["spans_with_noise"]))
    A("| genre | records | of which no PII | gold spans |\n|---|---|---|---|")
    for g in sorted(st["by_genre"], key=lambda g: -st["by_genre"][g]):
        A("| %s | %d | %d | %d |" % (g, st["by_genre"][g], st["by_genre_no_pii"][g], st["by_genre_spans"][g]))
    A("\n| template | records |\n|---|---|")
    for t in sorted(st["by_template"]): A("| %s | %d |" % (t, st["by_template"][t]))
    A("\n| type | spans |\n|---|---|")
    for t in TYPES: A("| %s | %d |" % (t, st["by_type"][t]))
    A("\n| type / sub-kind | spans |\n|---|---|")
    for k in sorted(st["by_sub_kind"]): A("| %s | %d |" % (k, st["by_sub_kind"][k]))
    A("\n| noise tag | spans |\n|---|---|")
    for k in sorted(st["by_noise"]): A("| %s | %d |" % (k, st["by_noise"][k]))
    A("\n| hard-negative category | count |\n|---|---|")
    for k in sorted(st["hard_negatives"]): A("| %s | %d |" % (k, st["hard_negatives"][k]))
    A("""
## What is covered

- Genres: 공문 (두문/본문/결문 layout: 수신, (경유), 제목, 관련 문서번호, 붙임 … 끝., 발신명의, 결재란 with 기안자/검토자/결재권자/협조자, 시행·접수, 우편번호 + 청사 주소 + 홈페이지, 전화/전송/전자우편/공개구분 footer), 민원 처리 결과 통지, 보도자료 (담당 부서/책임자/담당자 block), news prose, 회의록, 형사 판결·민사 판결·행정심판 재결, 징계의결서·감사 처분요구서, 인사발령·국외출장 명단, 용역계약서·입찰 참가업체표, 사회보장급여 등 신청서 (가구원 표), 학교 기록, 병원 기록, 상담·채팅 기록, 접속 로그, OCR'd scans of official forms (여권 발급 신청서, 주민등록표 열람·등초본 교부 신청서, 운전면허증 재발급 신청서, 자동차 이전등록 신청서, 출입국 통합신청서), 외국인 관련 서식·명부, 차량·교통 (과태료 사전통지, 면허 행정처분 통지, 거주자 우선주차, 운전경력증명서), 명단·표, 세무·납부.
- Values: RRN valid / post-2020 (check digit deliberately invalid) / masked (`*`, `●`, `X`, `x`, `○`, exactly 6 mask characters), RRN split across two table cells (front and back labelled separately as KR_RRN, noise tag `split_cells`); FRN (gender digit 5–8, legacy check digit, even office code); passports Korean old `M12345678`, new `M123A4567` (M/S/G/D/R) and foreign; driver licences `11-18-123456-78`, `서울 18-…`, `서울18-…`, 12 digits; plates 2-digit/3-digit/region/commercial/rental/no-space; BRN, CRN with valid check digits; Luhn-valid cards (Visa/Master/BC/JCB/local 16 digits, Amex 15); 11-digit health-insurance numbers; 20 bank-specific account groupings; public/private IPv4 and IPv6; DOB in 14 formats (`1985. 3. 12.`, `1985년 3월 12일`, `1985-03-12`, `1985.03.12.`, `85.03.12`, `850312`, `12 MAR 1985`, `12 3월/MAR 1985`, …).
- Names: Korean (including 남궁/황보/선우/제갈/독고/사공/서문), romanized Korean names on travel lists and passport forms (`KIM MINSU`, `Minsu Kim`; surname and given name in separate fields get separate spans), foreign names in Latin and Hangul script; names followed by ages `(45)`, `(45세)`, `(45·회사원)`, titles, particles, quotation verbs, spaced-out names (`김 민 수`).
- Noise: full-width digits and hyphens, `‐ – ‑ －` hyphens, spaces and line breaks inside numbers, `O` for 0 and `l`/`I` for 1, digits spelled in Hangul (`공일공 …`), wrapped addresses, OCR-damaged labels (`ㅁ` for `□`, `;` for `:`, stray spaces).
- Layout: label synonyms and abbreviations, labels after the value in parentheses, values inside sentences without label, pipe/tab/space tables, tables whose extra columns have no header.
- Hard negatives (tagged in meta): document numbers, case numbers, statute citations, 접수번호/신청번호, 공고번호, 관리번호, 차대번호, 환자등록번호, institution switchboards and short codes (110, 120, 126, 1330, 1345, 1588-…), 청사/기관 addresses, postal codes, amounts, dates, official titles (`마포구청장`), masked/placeholder persons (`A`, `김○○`, `정 모 씨`, `홍길동`, `갑`), placeholder numbers (`000000-0000000`, `010-0000-0000`), company names, user IDs, version numbers.

## Labelling decisions worth knowing

- Official direct lines, fax numbers in 공문 footers, official e-mail addresses, company phone/fax numbers and company addresses are labelled (natural person / private business); 대표전화, short codes and institution addresses are not.
- 등록기준지 in judgments is labelled KR_ADDRESS. Foreign home-country addresses (`Hanoi, Vietnam`) are not labelled (no type covers them).
- An RRN split into two table cells is labelled as two KR_RRN spans (one per cell), following "each cell gets its own span".
- Masking is applied only to RRNs (the README's convention); no other partly masked identifiers are generated.
- 승인번호 (card approval numbers, 8 digits) and hospital 환자등록번호 are left unlabelled; the latter is tagged `chart_number`.

## Validation performed (at generation and again on the re-read files)

- `text[start:end]` equals the intended value; spans in bounds, sorted, non-overlapping, no whitespace at edges; meta spans agree with main spans.
- Every other occurrence of a labelled string in the same record lies inside a span.
- Per sub-kind format and check-digit checks after undoing noise (NFKC, hyphen variants, Hangul digits, O/l/I, whitespace): RRN checksum valid (pre-2020) / invalid with birth ≥ 2020-10 (post-2020) / valid date + gender digit + 6 mask characters (masked); FRN legacy check digit; BRN and CRN check digits; Luhn; passport patterns; DL region code; plate pattern; 11-digit health insurance; account length per bank grouping; phone prefixes; IPv4 octets; e-mail syntax; DOB re-rendered from the canonical date; addresses start at a 시/도 or 시/군/구 and end in a number/호/층; names drawn from the pools.
- Leak check: with spans and tagged hard negatives masked out, no mobile number, e-mail, `######-#######` shape, 16-digit card shape or IPv4 remains.
- No-PII records have no spans and at least one hard negative; every other record has at least one span.
- Set-level: ≥ 480 records, ≥ 15 genres, ≥ 100 spans per type, ≥ 8 % no-PII records.
- Determinism: generated twice, under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=2`; all outputs byte-identical.

## Independence

- Local files read: only `/work/shared/pii-dev/README.md` (label rules). Nothing else under `/work/shared`, `/work/main` or `/work/evalsets` (except this folder) was opened, listed or searched. No detector, scorer, baseline or other evaluation set was read or run; the only program run was `python3` on this folder's `make_set.py` (plus small inline python snippets to inspect my own output).
- Public reference consulted via the search tool, corpus `pages` only (search-result excerpts; no GitHub, no `code`/`issues` corpora). Pages whose excerpts informed the design:
  - front.taxnet.co.kr law-link (주민등록법 시행규칙 제6조, 별지 서식 references); ko.wikisource.org 주민등록법 시행규칙 (13-digit RRN); readonly.wiki 주민등록표초본; m.namu.moe 등본; new.icheon.go.kr 주민등록 등초본 발급 안내; slideum.com 민원실무(주민등록).
  - icedameri.tistory.com/1079 (운전면허번호 = 지역코드-연도-일련번호-재발급 `11-23-123456-00`).
  - news.imaeil.com (2018-10-15, 차세대 전자여권 `M12345678 → M123A4567`); passport.go.kr 여권이야기 (M/S/R/G/D prefixes); busanjin.go.kr 차세대 전자여권 (date form `15 8월/AUG 2020`); solb612.tistory.com; ko.phongnhaexplorer.com; 157329.com (Chinese passport `E` + 8 digits).
  - hankyung.com/article/202303287933Y (외국인등록번호 7th digit 5/7 male, 6/8 female); dailytoday.co.kr (신형 외국인등록증 fields); m.easylaw.go.kr (외국인등록, 출입국관리법 제31조); mir.pe and readonly.wiki 외국인등록증; hig.doky.kr; dalpoom.com.
  - cafe.daum.net (행정업무의 효율적 운영에 관한 규정 시행규칙: 기안문 별지 제1호서식, 두문·본문·결문, 항목 기호, 금액 표기); ko.m.wikisource.org 행정 효율과 협업 촉진에 관한 규정; 123dok.co 행정업무운영 편람 (목차).
  - namu.moe / mir.pe 판결서 (민사소송법 제208조 기재사항); nepla.ai 형사 판결문 구성.
  - Unrelated results (Japanese licence-number pages, market-research pages) were shown by the search but not used.
- No text was copied from these pages; all sentences were written for this set.

## Slips and limitations (honest list)

- The form numbers quoted in OCR headers (e.g. `[별지 제34호서식]` for the 출입국 통합신청서, `[별지 제1호서식]` for the passport application) are from memory and were not verified against the current 시행규칙.
- Institution addresses and switchboard numbers are invented (not the real 청사 addresses), so they only test context, not memorised addresses. A few school/hospital 대표 numbers are drawn from the general landline generator and may carry a 070 prefix.
- Templates limit variety; despite many label synonyms and sentence frames, a template-fitting model will score better here than on real documents.
- Statute citations are drawn from one pool without regard to context, so a citation can be topically wrong for its sentence (e.g. a welfare act cited in a traffic story); plate region prefixes are likewise independent of the story's location. This does not affect labels.
- Random valid-checksum numbers may coincide with real ones by chance; treat the files as sensitive-looking test data.
- The dev README's example institution address was not reused; my reading of gray zones (split-cell RRN, 등록기준지, romanized name parts) is documented above and may differ from the detector authors' intent.
""")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
