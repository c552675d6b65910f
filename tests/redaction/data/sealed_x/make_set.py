#!/usr/bin/env python3
"""Generator for the pii_x independent evaluation set (Korean PII spans).

Every record is produced from random.Random("pii_x-2026|<template>|<i>").
Standard library only. Output is byte-identical across runs and PYTHONHASHSEED values.
Usage: python3 make_set.py   (writes pii_x.jsonl, pii_x.meta.jsonl, stats.json next to this file)
"""
import json, os, random, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT",
         "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN",
         "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]
DIG = "0123456789"

# ---------------------------------------------------------------- small utils
def mdays(y, m):
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def rdate(r, y0, y1):
    y = r.randint(y0, y1); m = r.randint(1, 12); return (y, m, r.randint(1, mdays(y, m)))

def rd(r, n):
    return "".join(r.choice(DIG) for _ in range(n))

def has_jong(w):
    c = w[-1]
    return "가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 != 0

def J(w, a, b):
    """particle chooser: a after a final consonant, b otherwise"""
    return a if has_jong(w) else b

# ---------------------------------------------------------------- name pools (invented combinations)
SUR1 = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
        "류", "전", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽", "성", "차", "주",
        "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추",
        "도", "소", "석", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "탁", "국", "은", "편", "용", "예", "경", "봉", "태"]
SUR2 = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"]
GM = ["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "주원", "지훈", "현우", "준서", "건우", "우진", "민재",
      "현준", "유준", "정우", "승현", "승민", "태윤", "동현", "성민", "재원", "상철", "광호", "정호", "기석", "병철",
      "종민", "영훈", "성호", "진우", "태호", "준혁", "재석", "용준", "동욱", "경민", "한결", "석진", "인호", "창민",
      "대현", "상우", "형준", "규민", "재훈", "윤호", "은찬", "범수", "치현", "무열", "도경", "강산", "명환", "진혁"]
GF = ["서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유", "지민", "채원", "수아", "지아", "지윤",
      "은서", "다은", "예은", "수빈", "소연", "지은", "미경", "순자", "정숙", "은주", "혜진", "미영", "현정", "선영",
      "유진", "보람", "나연", "가은", "소희", "혜원", "은영", "경희", "명숙", "지혜", "수정", "예린", "하린", "아름",
      "슬기", "다인", "세영", "말순", "옥자", "연화", "初"[:0] + "채린", "소율", "윤아", "희정", "선미"]
SYL = ["민", "준", "서", "연", "지", "현", "우", "수", "영", "진", "은", "하", "윤", "재", "성", "태", "혜", "경",
       "동", "승", "유", "채", "원", "주", "희", "정", "석", "훈", "빈", "솔", "린", "율", "찬", "규", "나", "람"]
FOREIGN = [  # (nat code, nat name, families, givens, order)
    ("VN", "베트남", [("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"), ("Hoang", "호앙"), ("Vu", "부"), ("Do", "도")],
     [("Thi Mai", "티 마이"), ("Van Hung", "반 흥"), ("Thi Lan", "티 란"), ("Minh Tuan", "민 뚜언"), ("Thi Hoa", "티 호아"),
      ("Duc Anh", "득 안"), ("Thi Thu", "티 투"), ("Quang Huy", "꽝 휘")], "ff"),
    ("PH", "필리핀", [("Santos", "산토스"), ("Reyes", "레예스"), ("Cruz", "크루스"), ("Bautista", "바우티스타"), ("Mendoza", "멘도사")],
     [("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Rowena", "로웨나"), ("Jericho", "제리코")], "gf"),
    ("UZ", "우즈베키스탄", [("Karimov", "카리모프"), ("Rakhimov", "라히모프"), ("Nazarova", "나자로바"), ("Saidov", "사이도프")],
     [("Rustam", "루스탐"), ("Dilnoza", "딜노자"), ("Bekzod", "벡조드"), ("Malika", "말리카"), ("Jasur", "자수르")], "gf"),
    ("NP", "네팔", [("Thapa", "타파"), ("Gurung", "구룽"), ("Shrestha", "쉬레스타"), ("Tamang", "타망")],
     [("Ram", "람"), ("Sita", "시타"), ("Bikash", "비카스"), ("Anita", "아니타"), ("Suman", "수만")], "gf"),
    ("TH", "태국", [("Saetang", "새탕"), ("Wongsa", "웡사"), ("Boonmee", "분미")],
     [("Somchai", "솜차이"), ("Kanya", "깐야"), ("Prasert", "쁘라섯")], "gf"),
    ("ID", "인도네시아", [("Lestari", "레스타리"), ("Santoso", "산토소"), ("Wijaya", "위자야"), ("Hidayat", "히다얏")],
     [("Dewi", "데위"), ("Agus", "아구스"), ("Rina", "리나"), ("Budi", "부디")], "gf"),
    ("MN", "몽골", [("Ganbold", "간볼드"), ("Batbayar", "바트바야르"), ("Tsend", "첸드")],
     [("Bat-Erdene", "바트에르덴"), ("Oyuna", "오유나"), ("Tuvshin", "투브신")], "gf"),
    ("US", "미국", [("Whitaker", "휘태커"), ("Delgado", "델가도"), ("Brennan", "브레넌"), ("Holloway", "홀러웨이")],
     [("Daniel", "대니얼"), ("Megan", "메건"), ("Ethan", "이선"), ("Claire", "클레어")], "gf"),
    ("RU", "러시아", [("Petrova", "페트로바"), ("Sokolov", "소콜로프"), ("Volkova", "볼코바")],
     [("Anna", "안나"), ("Dmitri", "드미트리"), ("Olga", "올가")], "gf"),
    ("CN", "중국", [("Wang", "왕"), ("Zhang", "장"), ("Liu", "류"), ("Chen", "천")],
     [("Xiaoyu", "샤오위"), ("Jianguo", "젠궈"), ("Meiling", "메이링"), ("Haoran", "하오란")], "ff"),
]
PLACEHOLDER_NAMES = {"홍길동", "김철수", "이영희"}

def mk_person(r, age=(22, 75), foreign=False, ref=2025, child=False):
    sex = r.choice("MF")
    if child == "infant":
        y, m, d = r.choice([(2020, r.randint(10, 12)), (r.randint(2021, 2024), r.randint(1, 12))]) + (0,)
        dob = (y, m, r.randint(1, mdays(y, m)))
    else:
        dob = rdate(r, ref - age[1], ref - age[0])
    p = {"sex": sex, "dob": dob, "age": ref - dob[0], "foreign": foreign}
    if foreign:
        nat, natk, fams, givs, order = r.choice(FOREIGN)
        f, g = r.choice(fams), r.choice(givs)
        lat = f"{f[0]} {g[0]}" if order == "ff" else f"{g[0]} {f[0]}"
        han = f"{f[1]} {g[1]}" if order == "ff" else f"{g[1]} {f[1]}"
        p.update(name=han, kind="foreign_hangul", lat=lat, nat=nat, natk=natk)
    else:
        while True:
            if r.random() < 0.09:
                sur, kind = r.choice(SUR2), "ko_two_syllable_surname"
            else:
                sur, kind = r.choice(SUR1), "ko"
            if r.random() < 0.7:
                giv = r.choice(GM if sex == "M" else GF)
            else:
                giv = r.choice(SYL) + r.choice(SYL)
                if giv[0] == giv[1]:
                    continue
            if sur + giv not in PLACEHOLDER_NAMES:
                break
        p.update(name=sur + giv, kind=kind, sur=sur)
    return p

# ---------------------------------------------------------------- value generators
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10
def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10
MASKS = ["*", "●", "X", "*", "*"]

def gen_rrn(r, p, mode):
    y, m, d = p["dob"]
    g = (1 if p["sex"] == "M" else 2) + (2 if y >= 2000 else 0)
    head = f"{y % 100:02d}{m:02d}{d:02d}"
    if mode == "valid":
        body = str(g) + rd(r, 5)
        return f"{head}-{body}{rrn_check(head + body)}", "rrn_valid"
    if mode == "post2020":
        return f"{head}-{g}{rd(r, 6)}", "rrn_post2020"
    mc = r.choice(MASKS)
    if mode == "masked":
        return f"{head}-{g}{mc * 6}", "rrn_masked"
    if mode == "masked_partial":
        k = r.randint(2, 4); body = str(g) + rd(r, k - 1)
        return f"{head}-{body}{mc * (7 - k)}", "rrn_masked_partial"
    return f"{head}-{mc * 7}", "rrn_masked_gender"

def gen_frn(r, p, mode):
    y, m, d = p["dob"]
    g = (5 if p["sex"] == "M" else 6) + (2 if y >= 2000 else 0)
    head = f"{y % 100:02d}{m:02d}{d:02d}"
    if mode == "masked":
        return f"{head}-{g}{r.choice(MASKS) * 6}", "frn_masked"
    org = r.randrange(10, 99, 2)
    body = f"{g}{org:02d}{rd(r, 2)}{r.choice('6789')}"
    return f"{head}-{body}{frn_check(head + body)}", "frn_valid"

def gen_passport(r, foreign_nat=None):
    if foreign_nat is None:
        if r.random() < 0.55:
            return r.choice("MMMMSRGD") + rd(r, 3) + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rd(r, 4), "passport_kr_new"
        return r.choice("MMMMS") + rd(r, 8), "passport_kr_old"
    fm = {"VN": lambda: r.choice("CNB") + rd(r, 7), "CN": lambda: "E" + rd(r, 8),
          "PH": lambda: "P" + rd(r, 7) + r.choice("ABC"), "UZ": lambda: "FA" + rd(r, 7),
          "NP": lambda: "PA" + rd(r, 7), "TH": lambda: "AA" + rd(r, 7), "ID": lambda: r.choice("BC") + rd(r, 7),
          "MN": lambda: "E" + rd(r, 7), "US": lambda: str(r.randint(5, 6)) + rd(r, 8), "RU": lambda: "75" + rd(r, 7)}
    return fm[foreign_nat](), "passport_foreign"

DL_REG = [("서울", 11), ("부산", 12), ("경기", 13), ("강원", 14), ("충북", 15), ("충남", 16), ("전북", 17), ("전남", 18),
          ("경북", 19), ("경남", 20), ("제주", 21), ("대구", 22), ("인천", 23), ("광주", 25), ("대전", 26), ("울산", 27), ("경기북부", 28)]
def gen_dl(r):
    nm, code = r.choice(DL_REG)
    yy, ser, cd = f"{r.randint(85, 124) % 100:02d}", rd(r, 6), rd(r, 1) + r.choice("0001")
    k = r.random()
    if k < 0.5: return f"{code}-{yy}-{ser}-{cd}", "dl_numeric"
    if k < 0.7: return f"{nm} {yy}-{ser}-{cd}", "dl_region_name"
    if k < 0.8: return f"{nm}{yy}-{ser}-{cd}", "dl_region_name_nospace"
    return f"{code}{yy}{ser}{cd}", "dl_plain12"

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        t += v
    return t % 10 == 0

def luhn_make(prefix, n, r):
    body = prefix + rd(r, n - 1 - len(prefix))
    for c in DIG:
        if luhn_ok(body + c): return body + c

CARD_PFX = [("visa", "4", 16), ("master", "5" + "12345"[0], 16), ("master", "53", 16), ("master", "55", 16),
            ("bc", "9410", 16), ("bc", "9430", 16), ("bc", "9490", 16), ("jcb", "3560", 16), ("jcb", "3568", 16),
            ("amex", "37", 15), ("amex", "34", 15), ("local", "9420", 16), ("master", "2223", 16)]
ISSUERS = ["신한", "국민", "삼성", "현대", "롯데", "하나", "우리", "농협", "BC", "씨티"]
def gen_card(r, masked=False):
    brand, pf, n = r.choice(CARD_PFX)
    num = luhn_make(pf, n, r)
    if masked:
        if n == 16:
            v = num[:4] + "-" + num[4:6] + "**-****-" + num[12:] if r.random() < 0.6 else num[:4] + "-****-****-" + num[12:]
        else:
            v = num[:4] + "-******-*" + num[11:]
        return v, "card_masked"
    sep = r.choice(["-", "-", " ", "", "-"])
    if n == 16: v = sep.join([num[0:4], num[4:8], num[8:12], num[12:16]])
    else: v = sep.join([num[0:4], num[4:10], num[10:15]])
    return v, "card_" + brand

BANKS = [("KB국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]), ("하나은행", [3, 6, 5]),
         ("NH농협은행", [3, 4, 4, 2]), ("IBK기업은행", [3, 6, 2, 3]), ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]),
         ("새마을금고", [4, 2, 6, 1]), ("우체국", [6, 2, 6]), ("부산은행", [3, 4, 4, 2]), ("SC제일은행", [3, 2, 6]),
         ("케이뱅크", [3, 3, 6]), ("수협은행", [3, 2, 6, 1]), ("대구은행", [3, 2, 6, 1])]
def gen_acct(r, masked=False):
    bank, g = r.choice(BANKS)
    parts = [rd(r, n) for n in g]
    parts[0] = str(r.randint(1, 9)) + parts[0][1:]
    if bank == "카카오뱅크": parts[0] = "3333"
    if bank == "NH농협은행": parts[0] = r.choice(["302", "352", "351", "356"])
    if masked:
        i = 1 if len(parts) > 2 else 0
        parts[i] = "*" * len(parts[i])
        return bank, "-".join(parts), "acct_masked"
    if r.random() < 0.15:
        return bank, "".join(parts), "acct_nosep"
    return bank, "-".join(parts), "acct_grouped"

AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
def gen_phone(r, kind="mobile"):
    if kind == "mobile":
        a, b = rd(r, 4), rd(r, 4)
        k = r.random()
        if k < 0.7: return f"010-{a}-{b}", "mobile"
        if k < 0.8: return f"010{a}{b}", "mobile_nosep"
        if k < 0.88: return f"010.{a}.{b}", "mobile_dot"
        if k < 0.94: return f"010 {a} {b}", "mobile_space"
        return f"+82-10-{a}-{b}", "mobile_intl"
    if kind == "mobile_masked":
        return r.choice([f"010-****-{rd(r, 4)}", f"010-{rd(r, 2)}**-{rd(r, 4)}", f"010-{rd(r, 4)}-**{rd(r, 2)}"]), "mobile_masked"
    if kind == "070":
        return f"070-{rd(r, 4)}-{rd(r, 4)}", "voip070"
    ac = r.choice(AREA)
    mid = str(r.randint(2, 9)) + rd(r, r.choice([2, 3]))
    return f"{ac}-{mid}-{rd(r, 4)}", ("fax" if kind == "fax" else "landline")

ROM = ["min", "su", "ji", "hoon", "young", "hee", "seo", "yeon", "jun", "ho", "eun", "ha", "do", "yun", "kim", "lee",
       "park", "choi", "jung", "kang", "cho", "jang", "lim", "han", "oh", "shin", "kwon", "hwang", "ahn", "song", "ryu",
       "bora", "sol", "rin", "gyu", "tae", "woo", "hye", "dong", "seung", "chan", "na", "ram", "jae", "sung"]
MAILDOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com", "outlook.kr"]
def gen_email(r, domain=None):
    k = r.random()
    a, b = r.choice(ROM), r.choice(ROM)
    if k < 0.3: loc = a + b + rd(r, r.choice([2, 4]))
    elif k < 0.55: loc = a + "." + b
    elif k < 0.75: loc = a + "_" + b + rd(r, 2)
    else: loc = b[0] + a + b + rd(r, 1)
    return f"{loc}@{domain or r.choice(MAILDOM)}", "email"

SIDO = [("서울특별시", "서울시", "서울", ["종로구", "용산구", "성동구", "광진구", "마포구", "서대문구", "은평구", "강서구", "관악구", "송파구", "강동구", "노원구", "도봉구"]),
        ("부산광역시", "부산시", "부산", ["해운대구", "수영구", "동래구", "사하구", "부산진구", "금정구"]),
        ("대구광역시", "대구시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천시", "인천", ["남동구", "연수구", "부평구", "계양구"]),
        ("광주광역시", "광주시", "광주", ["서구", "북구", "광산구"]),
        ("대전광역시", "대전시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산시", "울산", ["남구", "울주군"]),
        ("경기도", "경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "안산시 단원구", "화성시", "평택시", "의정부시", "파주시", "김포시", "남양주시", "안양시 동안구"]),
        ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시"]),
        ("충청북도", "충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", "충청남도", "충남", ["천안시 서북구", "아산시", "서산시"]),
        ("전북특별자치도", "전라북도", "전북", ["전주시 완산구", "군산시", "익산시"]),
        ("전라남도", "전라남도", "전남", ["목포시", "여수시", "순천시"]),
        ("경상북도", "경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시"]),
        ("경상남도", "경상남도", "경남", ["창원시 성산구", "김해시", "진주시", "양산시"]),
        ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"])]
ROADS = ["한빛", "새솔", "가람", "누리", "은행나무", "푸른숲", "다솜", "별내", "해오름", "솔매", "청룡", "백마", "무지개",
         "미리내", "늘봄", "햇살", "버들", "동백", "매화", "느티", "소래", "모란", "구름다리", "하늘", "바람", "연꽃", "들꽃", "물빛", "산들", "대숲"]
APTS = ["한빛", "푸른마을", "새솔", "e편한", "늘푸른", "해오름", "그린빌", "은하수"]
def gen_addr(r, kind=None):
    full, mid, short, sgg = r.choice(SIDO)
    sg = r.choice(sgg)
    k = kind or r.choice(["road_full", "road_full", "road_short", "road_sigungu", "jibun"])
    if k == "jibun":
        if "구" in sg.split()[-1]:
            loc = r.choice(ROADS)[:2] + r.choice(["동", "1동", "2동"])
        else:
            loc = r.choice(ROADS)[:2] + r.choice(["읍 ", "면 "]) + r.choice(ROADS)[:2] + "리"
        lot = f"{r.randint(1, 999)}" + (f"-{r.randint(1, 30)}" if r.random() < 0.6 else "")
        tail = r.choice(["", f" {r.choice(APTS)}빌라 {r.randint(1, 4)}0{r.randint(1, 4)}호", f" {r.choice(APTS)}아파트 {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"])
        return f"{full if r.random() < 0.6 else short} {sg} {loc} {lot}{tail}", "addr_jibun"
    road = r.choice(ROADS) + r.choice(["로", "로", "길", "대로"])
    if r.random() < 0.35: road += f"{r.randint(1, 99)}번길"
    num = f"{r.randint(1, 480)}" + (f"-{r.randint(1, 20)}" if r.random() < 0.2 else "")
    unit = r.choice(["", "", f", {r.randint(101, 120)}동 {r.randint(1, 29)}0{r.randint(1, 6)}호", f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 5)}호",
                     f" {r.randint(2, 12)}층", f", {r.randint(1, 5)}0{r.randint(1, 9)}호"])
    if k == "road_full": return f"{full} {sg} {road} {num}{unit}", "addr_road_full"
    if k == "road_short": return f"{r.choice([mid, short])} {sg} {road} {num}{unit}", "addr_road_short"
    return f"{sg} {road} {num}{unit}", "addr_road_from_sigungu"

def fmt_date(r, y, m, d, style=None):
    st = style or r.choice(["dot_space", "kor", "iso", "dot", "short", "six", "slash"])
    return {"dot_space": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
            "dot": f"{y}.{m:02d}.{d:02d}.", "short": f"{y % 100:02d}.{m:02d}.{d:02d}", "six": f"{y % 100:02d}{m:02d}{d:02d}",
            "slash": f"{y}/{m:02d}/{d:02d}"}[st], st

def gen_ip(r, kind=None):
    k = kind or r.choice(["public", "public", "public", "private", "v6"])
    if k == "private":
        return r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"]), "ip_private"
    if k == "v6":
        return "2406:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}", "ipv6"
    a = r.choice([i for i in range(1, 224) if i not in (10, 127, 172, 192, 169, 100)])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ip_public"

def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10
def gen_brn(r, public=False):
    mid = "83" if public else r.choice(["81", "86", "87", "81", f"{r.randint(1, 79):02d}"])
    d9 = str(r.randint(1, 6)) + rd(r, 2) + mid + rd(r, 4)
    v = d9 + str(brn_check(d9))
    return f"{v[:3]}-{v[3:5]}-{v[5:]}", ("brn_public_body" if public else ("brn_corporate" if mid in ("81", "86", "87") else "brn_individual"))

def crn_check(d12):
    return (10 - sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12)) % 10) % 10
def gen_crn(r):
    d12 = r.choice(["1101", "1201", "1301", "1311", "1358", "1346", "1601", "1701", "2001", "1144", "1615"]) + r.choice(["11", "11", "31", "71"]) + rd(r, 6)
    v = d12 + str(crn_check(d12))
    return f"{v[:6]}-{v[6:]}", "crn_valid"

PLATE_P = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
def gen_plate(r, kind=None):
    k = kind or r.choice(["p2", "p3", "p3", "region", "nospace", "commercial"])
    if k == "p2": return f"{r.randint(10, 99)}{r.choice(PLATE_P)} {rd(r, 4)}", "plate_2digit"
    if k == "p3": return f"{r.randint(100, 399)}{r.choice(PLATE_P)} {rd(r, 4)}", "plate_3digit"
    if k == "region": return f"{r.choice(['서울', '경기', '부산', '인천', '대구', '충남', '경북'])} {r.randint(10, 99)}{r.choice(PLATE_P)} {rd(r, 4)}", "plate_region"
    if k == "nospace": return f"{r.randint(100, 399)}{r.choice(PLATE_P)}{rd(r, 4)}", "plate_nospace"
    if k == "rental": return f"{r.randint(10, 399)}{r.choice('하허호')} {rd(r, 4)}", "plate_rental"
    return f"{r.choice(['서울', '경기', '부산'])} {r.randint(70, 79)}{r.choice('바사아자')} {rd(r, 4)}", "plate_commercial"

def gen_hi(r):
    v = str(r.randint(1, 9)) + rd(r, 10)
    return (v, "hi_11digits") if r.random() < 0.75 else (v[0] + "-" + v[1:], "hi_dash")

# ---------------------------------------------------------------- noise
FWT = {ord(c): chr(ord(c) + 0xFEE0) for c in DIG}
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
HDIG = "공일이삼사오육칠팔구"
HYPH = ["‐", "－", "–", "−"]
def noisify(r, v, typ, opts=None):
    avail = ["fullwidth_digits", "space_in_number", "ocr_confusion", "unicode_hyphen", "newline_in_number"]
    if typ in ("PHONE_NUMBER", "KR_BANK_ACCOUNT"): avail.append("hangul_digits")
    if opts: avail = [a for a in avail if a in opts]
    if "-" not in v: avail = [a for a in avail if a != "unicode_hyphen"]
    if not any(c in CONF for c in v): avail = [a for a in avail if a != "ocr_confusion"]
    if not avail: return v, []
    tags = [r.choice(avail)]
    if r.random() < 0.35:
        t2 = r.choice(avail)
        if t2 not in tags: tags.append(t2)
    if "hangul_digits" in tags: tags = ["hangul_digits"] + [t for t in tags if t in ("space_in_number", "unicode_hyphen")]
    s = list(v)
    if "ocr_confusion" in tags:
        pos = [i for i, c in enumerate(s) if c in CONF]
        for i in r.sample(pos, min(len(pos), r.choice([1, 1, 2]))): s[i] = CONF[s[i]]
    if "hangul_digits" in tags:
        s = [HDIG[int(c)] if c in DIG else c for c in s]
    s = "".join(s)
    if "space_in_number" in tags:
        hy = [i for i, c in enumerate(s) if c == "-"]
        if hy and r.random() < 0.5:
            i = r.choice(hy); s = s[:i] + r.choice([" - ", " -", "- "]) + s[i + 1:]
        else:
            pos = [i for i in range(2, len(s) - 1) if s[i - 1].isalnum() and s[i].isalnum()]
            if pos:
                i = r.choice(pos); s = s[:i] + " " + s[i:]
    if "newline_in_number" in tags:
        hy = [i for i, c in enumerate(s) if c == "-" and 0 < i < len(s) - 1]
        if hy:
            i = r.choice(hy); s = s[:i + 1] + "\n" + s[i + 1:]
        else:
            pos = [i for i in range(3, len(s) - 2) if s[i - 1].isalnum() and s[i].isalnum()]
            i = r.choice(pos); s = s[:i] + "\n" + s[i:]
    if "fullwidth_digits" in tags: s = s.translate(FWT)
    if "unicode_hyphen" in tags:
        h = r.choice(HYPH); s = s.replace("-", h)
    return s, tags

def denoise_ok(noisy, clean):
    s = unicodedata.normalize("NFKC", noisy)
    for h in HYPH: s = s.replace(unicodedata.normalize("NFKC", h), "-")
    s = s.replace(" ", "").replace("\n", "")
    s = "".join(str(HDIG.index(c)) if c in HDIG else c for c in s)
    c2 = clean.replace(" ", "")
    if len(s) != len(c2): return False
    return all(a == b or CONF.get(b) == a for a, b in zip(s, c2))

# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r):
        self.r = r; self.buf = []; self.n = 0; self.spans = []; self.negs = []
        self.nz = 0.0; self.nz_name = 0.0; self.nz_opts = None; self.ocr_text = False; self.base = None
    def _w(self, x):
        self.buf.append(x); self.n += len(x)
    def t(self, *xs):
        for x in xs:
            if self.ocr_text and len(x) > 3 and self.r.random() < 0.5:
                x = ocr_plain(self.r, x)
            self._w(x)
        return self
    def p(self, typ, val, kind, noise=(), clean=None):
        st = self.n; self._w(val)
        self.spans.append({"start": st, "end": self.n, "type": typ, "kind": kind, "noise": list(noise),
                           "text": val, "clean": val if clean is None else clean})
        return val
    def neg(self, val, cat):
        st = self.n; self._w(val)
        self.negs.append({"start": st, "end": self.n, "text": val, "category": cat})
        return val
    def text(self): return "".join(self.buf)
    # numeric with optional noise
    def num(self, typ, v, kind):
        if self.nz and self.r.random() < self.nz:
            nv, tags = noisify(self.r, v, typ, self.nz_opts)
            return self.p(typ, nv, kind, tags, clean=v)
        return self.p(typ, v, kind)
    # persons
    def P(self, p, form="han"):
        r = self.r
        if form == "lat": return self.p("PERSON", p["lat"], "foreign_latin")
        if form == "LAT": return self.p("PERSON", p["lat"].upper(), "foreign_latin_upper")
        nm = p["name"]
        if self.nz_name and not p["foreign"] and r.random() < self.nz_name:
            return self.p("PERSON", " ".join(nm), p["kind"], ["spaced_name"], clean=nm)
        return self.p("PERSON", nm, p["kind"])
    def newP(self, **kw): return mk_person(self.r, **kw)
    def NP(self, **kw):
        p = mk_person(self.r, **kw); self.P(p); return p
    # id types
    def rrn(self, p=None, mode=None):
        r = self.r; p = p or mk_person(r)
        if mode is None:
            mode = r.choices(["valid", "masked", "masked_partial", "masked_gender", "post2020"], [70, 16, 5, 3, 6 if p["dob"] >= (2020, 10, 1) else 0])[0]
        if mode == "post2020" and p["dob"] < (2020, 10, 1):
            p = mk_person(r, child="infant")
        if mode == "valid" and p["dob"] >= (2020, 10, 1):
            mode = "post2020"
        v, k = gen_rrn(r, p, mode)
        if "masked" in k: return self.p("KR_RRN", v, k)
        return self.num("KR_RRN", v, k)
    def frn(self, p=None, mode=None):
        r = self.r; p = p or mk_person(r, foreign=True)
        v, k = gen_frn(r, p, mode or ("masked" if r.random() < 0.12 else "valid"))
        return self.p("KR_FRN", v, k) if k == "frn_masked" else self.num("KR_FRN", v, k)
    def pp(self, p=None):
        v, k = gen_passport(self.r, p["nat"] if p and p.get("foreign") else None)
        return self.num("KR_PASSPORT", v, k)
    def dl(self):
        v, k = gen_dl(self.r); return self.num("KR_DRIVER_LICENSE", v, k)
    def card(self, masked=None):
        masked = (self.r.random() < 0.12) if masked is None else masked
        v, k = gen_card(self.r, masked)
        return self.p("CREDIT_CARD", v, k) if masked else self.num("CREDIT_CARD", v, k)
    def acct(self, masked=None, bank_sep=" "):
        masked = (self.r.random() < 0.08) if masked is None else masked
        bank, v, k = gen_acct(self.r, masked)
        self.t(bank + bank_sep)
        return self.p("KR_BANK_ACCOUNT", v, k) if masked else self.num("KR_BANK_ACCOUNT", v, k)
    def acct_only(self, masked=False):
        bank, v, k = gen_acct(self.r, masked)
        return bank, (self.p("KR_BANK_ACCOUNT", v, k) if masked else self.num("KR_BANK_ACCOUNT", v, k))
    def ph(self, kind="mobile"):
        v, k = gen_phone(self.r, kind)
        return self.p("PHONE_NUMBER", v, k) if k == "mobile_masked" else self.num("PHONE_NUMBER", v, k)
    def em(self, domain=None):
        v, k = gen_email(self.r, domain); return self.p("EMAIL_ADDRESS", v, k if not domain else "email_work")
    def addr(self, kind=None, postal=None, paren=None):
        r = self.r
        if postal or (postal is None and r.random() < 0.2):
            self.t("("); self.neg(f"{r.randint(1, 63):02d}{rd(r, 3)}", "postal_code"); self.t(") ")
        v, k = gen_addr(r, kind); self.p("KR_ADDRESS", v, k)
        if paren or (paren is None and r.random() < 0.15 and k != "addr_jibun"):
            self.t(f" ({r.choice(ROADS)[:2]}동)")
        return v
    def inst_addr(self):
        v, k = gen_addr(self.r, r_choice(self.r, ["road_full", "road_short"])); return self.neg(v, "institution_address")
    def dob(self, p, style=None):
        y, m, d = p["dob"]; v, st = fmt_date(self.r, y, m, d, style)
        return self.p("DATE_OF_BIRTH", v, "dob_" + st)
    def ip(self, kind=None):
        v, k = gen_ip(self.r, kind); return self.p("IP_ADDRESS", v, k)
    def brn(self):
        v, k = gen_brn(self.r); return self.num("KR_BRN", v, k)
    def brn_public(self):
        v, k = gen_brn(self.r, public=True); return self.neg(v, "public_body_brn")
    def crn(self):
        v, k = gen_crn(self.r); return self.num("KR_CRN", v, k)
    def plate(self, kind=None):
        v, k = gen_plate(self.r, kind); return self.num("KR_VEHICLE_PLATE", v, k) if k != "plate_region" else self.p("KR_VEHICLE_PLATE", v, k)
    def hi(self):
        v, k = gen_hi(self.r); return self.num("KR_HEALTH_INSURANCE", v, k)
    # negatives
    def date_neg(self, y0=2023, y1=2025, style=None):
        y, m, d = rdate(self.r, y0, y1)
        return self.neg(fmt_date(self.r, y, m, d, style or self.r.choice(["dot_space", "kor", "iso", "dot"]))[0], "date_non_birth")
    def amt(self, lo=10000, hi=50000000):
        r = self.r; v = r.randint(lo // 1000, hi // 1000) * 1000
        f = r.choice([f"{v:,}원", f"금 {v:,}원", f"₩{v:,}", f"{v:,}원"])
        return self.neg(f, "amount")
    def sw(self):
        r = self.r
        k = r.random()
        if k < 0.5: v = f"{r.choice(['02', '044', '031', '051', '042'])}-{r.randint(2, 9)}{rd(r, 2)}0-{r.choice(['2114', '0114', '1000', '3114', '1234', '7114'])}"
        elif k < 0.85: v = f"{r.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{rd(r, 4)}"
        else: v = r.choice(["110", "120", "1345", "1350", "1355", "182", "126"])
        return self.neg(v, "switchboard")
    def statute(self): return self.neg(self.r.choice(STATUTES), "statute_citation")
    def docno(self, dept=None):
        r = self.r; dept = dept or r.choice(DEPTS)
        return self.neg(r.choice([f"{dept}-{r.randint(100, 9999)}", f"{dept}-{r.randint(2023, 2025)}-{r.randint(10, 999)}"]), "document_number")
    def caseno(self, kinds=("가단", "가합", "나", "고단", "고합", "노", "구합", "형제", "누", "가소")):
        r = self.r; return self.neg(f"{r.randint(2021, 2025)}{r.choice(kinds)}{r.randint(100, 199999)}", "case_number")
    def receipt(self):
        r = self.r
        return self.neg(r.choice([f"{r.randint(1, 9)}{r.choice(['AA', 'AB', 'BA', 'CA'])}-{r.randint(23, 25)}{r.randint(1, 12):02d}-{rd(r, 7)}",
                                  f"{r.randint(2023, 2025)}-{rd(r, 6)}", f"{r.randint(2023, 2025)}{rd(r, 2)}-{rd(r, 5)}"]), "receipt_number")
    def masked_name(self):
        r = self.r; s = r.choice(SUR1)
        return self.neg(r.choice([s + "○○", s + "**", s + "○" + r.choice(SYL), s + "*" + r.choice(SYL), s + " 모 씨", s + "모 씨"]), "masked_name")

def r_choice(r, xs): return r.choice(xs)

def ocr_plain(r, x):
    """light OCR damage to running text (never applied to span or hard-negative values)"""
    op = r.randrange(5)
    if op == 0: return x.replace(":", r.choice([" ;", "：", " :"]), 1)
    if op == 1: return x.replace("·", ".").replace("(", r.choice(["（", "( "]), 1)
    if op == 2:
        pos = [k for k in range(1, len(x)) if "가" <= x[k - 1] <= "힣" and "가" <= x[k] <= "힣"]
        if pos:
            k = r.choice(pos); return x[:k] + " " + x[k:]
        return x
    if op == 3: return x.replace("  ", " ").replace(". ", ".  ", 1)
    return x.replace("\n", r.choice(["\n", " \n", "\n\n"]), 1)

def example_line(d):
    d.t("※ 기재례: 성명 "); d.neg("홍길동", "placeholder_name"); d.t(", 주민등록번호 "); d.neg("000000-0000000", "placeholder_id"); d.t("\n")

STATUTES = ["「개인정보 보호법」 제23조 제1항", "「민법」 제750조", "「형법」 제347조 제1항", "「도로교통법」 제148조의2 제1항",
            "「주택임대차보호법」 제3조의2 제2항", "「근로기준법」 제36조", "「산업안전보건법」 제38조 제1항", "「교통사고처리 특례법」 제3조 제1항",
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「민원 처리에 관한 법률」 제27조", "「출입국관리법」 제31조",
            "「외국인근로자의 고용 등에 관한 법률」 제17조", "「상법」 제662조", "「의료법」 제21조 제1항", "「초·중등교육법」 제25조",
            "「국민건강보험법」 제47조", "「전자금융거래법」 제6조 제3항", "같은 법 시행령 제9조 제1항", "같은 조 제2항 제3호",
            "「형법」 제257조 제1항", "「도로교통법」 제43조", "「지방공무원법」 제48조", "「건축법」 제79조"]
DEPTS = ["민원봉사과", "교통행정과", "감사담당관", "운영지원과", "주택과", "복지정책과", "외국인력정책과", "건강증진과", "총무과", "교무기획부", "학생지원과", "도시계획과"]
CITIES = ["수원", "청주", "전주", "창원", "천안", "포항", "김해", "원주", "춘천", "목포", "안산", "의정부", "군산", "구미", "진주", "여수"]
OUTLETS = ["한빛일보", "바른뉴스", "누리타임스", "가람일보", "새벽신문", "중앙지역신문", "온누리뉴스"]
NEWS_DOM = ["hanbitilbo.co.kr", "bareunnews.com", "nuritimes.kr", "garamilbo.com", "saebyeok.news"]
COMPANIES = ["(주)한빛엔지니어링", "(주)새솔건설", "가람테크(주)", "(주)누리정보통신", "(주)다솜산업", "별내물산(주)", "(주)해오름푸드", "(주)미리내시스템"]

def comma_list(d, people, seps=None):
    r = d.r
    for i, p in enumerate(people):
        if i:
            d.t(" 및 " if (i == len(people) - 1 and r.random() < 0.5) else r.choice(seps or [", ", ", ", "·"]))
        d.P(p)

def ssi(r):
    return r.choice([" 씨", "씨", " 씨"])

# ================================================================ templates
def t_news_crime(d, i):
    r = d.r; city = r.choice(CITIES); st = city + r.choice(["중부", "서부", "남부", "동부"]) + "경찰서"
    S, V, W, R = d.newP(age=(20, 72)), d.newP(), d.newP(), d.newP(age=(26, 55))
    off = r.choice([("사기", "투자금 명목으로 돈을 받아 가로챈"), ("업무상 횡령", "회삿돈을 빼돌린"), ("음주운전", "술에 취한 상태로 차를 몬"),
                    ("폭행", "말다툼 끝에 주먹을 휘두른"), ("절도", "상가에 침입해 금품을 훔친"), ("전기통신금융사기", "피해자에게 받은 현금을 조직에 전달한")])
    d.t(f"[{city}={r.choice(OUTLETS)}] {st}는 {off[0]} 혐의로 ")
    if r.random() < 0.2:
        d.neg(r.choice(["A", "B"]), "anonymised_letter"); d.t(f"({S['age']})씨를 불구속 입건했다고 {r.randint(1, 28)}일 밝혔다. ")
        d.t("경찰은 범행에 가담한 "); d.masked_name(); d.t("를 추적하고 있다. ")
    else:
        d.P(S); d.t(f"({S['age']}){ssi(r)}를 {r.choice(['불구속 입건', '구속', '검찰에 송치'])}했다고 {r.randint(1, 28)}일 밝혔다.\n")
        d.t("경찰에 따르면 "); d.P(S); d.t(f"{ssi(r)}는 지난 "); d.date_neg(2024, 2025, "kor"); d.t(f" 오후 {r.randint(1, 11)}시께 {city}시 한 상가에서 ")
        d.P(V); d.t(f"({V['age']}){ssi(r)}에게 {off[1]} 혐의를 받고 있다. 피해 금액은 "); d.amt(1000000, 300000000); d.t("에 이른다.\n")
        if r.random() < 0.5 and not S["foreign"]: d.neg(S["sur"] + " 씨", "surname_reference"); d.t("는 경찰 조사에서")
        else: d.P(S); d.t(f"{ssi(r)}는 경찰 조사에서")
        d.t(f" \"{r.choice(['돈을 갚으려 했다', '기억나지 않는다', '잘못을 인정한다'])}\"라고 진술한 것으로 전해졌다. ")
    d.t("현장을 목격한 "); d.P(W); d.t(f"({W['age']}){ssi(r)}는 \"{r.choice(['갑자기 큰 소리가 나서 나가 보니 사람이 쓰러져 있었다', '평소 조용하던 분이라 놀랐다', '경찰이 금방 왔다'])}\"고 말했다. ")
    d.neg(st + "장", "official_by_office"); d.t(f"은 \"{r.choice(['유사 범죄 예방에 힘쓰겠다', '추가 피해가 없는지 확인하겠다'])}\"고 밝혔다.\n")
    if r.random() < 0.3:
        d.t("이 사건은 "); d.statute(); d.t(" 위반 여부가 쟁점이다.\n")
    d.t("\n"); d.P(R); d.t(" 기자 "); d.em(r.choice(NEWS_DOM))

def t_news_people(d, i):
    r = d.r; city = r.choice(CITIES)
    A, B, C, E, R = d.newP(age=(30, 80)), d.newP(), d.newP(), d.newP(age=(25, 45), foreign=True), d.newP(age=(26, 55))
    k = r.random()
    if k < 0.35:
        d.t(f"{city}의 한 초등학교 교사 "); d.P(A); d.t(f"({A['age']}) 씨가 올해 '{r.choice(['참스승상', '올해의 교육자상', '봉사대상'])}'을 받았다. ")
        d.P(A); d.t(f" 교사는 \"아이들 덕분에 받은 상\"이라며 \"함께 고생한 ")
        comma_list(d, [B, C]); d.t(" 선생님께 공을 돌린다\"고 말했다.\n")
    elif k < 0.7:
        d.t(f"{city}시 {r.choice(ROADS)}마을 주민 "); comma_list(d, [A, B, C], [", ", "·"]); d.t(f" 씨 등 {r.randint(5, 30)}명은 ")
        d.date_neg(2024, 2025, "kor"); d.t(f" 홀몸 어르신 {r.randint(10, 80)}가구에 김장김치를 전달했다. ")
        d.P(A); d.t(f" 부녀회장은 \"{r.choice(['작은 정성이지만 따뜻한 겨울이 되었으면 한다', '내년에도 계속하겠다'])}\"고 했다.\n")
    else:
        d.t(f"{E['natk']}에서 온 "); d.P(E); d.t("("); d.P(E, "lat"); d.t(f"·{E['age']}) 씨가 {city} 다문화가족지원센터 한국어 말하기 대회에서 대상을 받았다. ")
        d.P(E); d.t(" 씨는 \"시어머니 "); d.P(A); d.t(" 씨가 매일 한국어를 가르쳐 주셨다\"며 웃었다.\n")
    if r.random() < 0.5:
        d.t("시상식에는 "); d.neg(f"{city}시장", "official_by_office"); d.t("과 "); d.P(C); d.t(" 시의회 의장 등이 참석했다.\n")
    d.t("\n"); d.P(R); d.t(" 기자 "); d.em(r.choice(NEWS_DOM))

def _fix_lat_in_parens(d):
    pass

def t_judgment(d, i):
    r = d.r; court = r.choice(CITIES) + "지방법원"
    if r.random() < 0.45:
        A, B, W, L, Jg = [d.newP() for _ in range(5)]
        d.t(f"{court}\n판    결\n사    건  "); d.caseno(("가단", "가합", "가소")); d.t(f" {r.choice(['손해배상(기)', '대여금', '임대차보증금반환', '부당이득금'])}\n")
        d.t("원    고  "); d.P(A); d.t("\n          "); d.addr(); d.t("\n          소송대리인 변호사 "); d.P(L); d.t("\n")
        d.t("피    고  "); d.P(B); d.t("\n          "); d.addr(); d.t("\n변론종결  "); d.date_neg(); d.t("\n판결선고  "); d.date_neg(); d.t("\n\n주    문\n")
        d.t("1. 피고는 원고에게 "); d.amt(1000000, 90000000); d.t(" 및 이에 대하여 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이    유\n1. 기초사실\n")
        d.t("가. 원고 "); d.P(A); d.t(J(A["name"], "과", "와") + " 피고 "); d.P(B); d.t(f"{J(B['name'], '은', '는')} 오랜 지인 사이로, 원고는 피고에게 돈을 빌려주었다.\n")
        d.t("나. 증인 "); d.P(W); d.t(f"의 증언에 의하면, 피고는 \"{r.choice(['곧 갚겠다', '사업이 잘되면 돌려주겠다'])}\"라고 말한 사실이 인정된다. ")
        d.P(W); d.t(f"{J(W['name'], '은', '는')} 당시 그 자리에 동석하였다.\n2. 판단\n")
        d.t("피고는 "); d.statute(); d.t("에 따라 원고에게 위 금액을 지급할 의무가 있다.\n\n판사  "); d.P(Jg)
    elif r.random() < 0.8:
        D, Pr, Df, V = d.newP(age=(20, 70)), d.newP(), d.newP(), d.newP()
        d.t(f"{court}\n판    결\n사    건  "); d.caseno(("고단", "고합", "고정")); d.t(f" {r.choice(['사기', '도로교통법위반(음주운전)', '상해', '업무상횡령'])}\n")
        d.t("피 고 인  "); d.P(D); d.t(" ("); d.dob(D, r.choice(["dot_space", "kor", "dot"])); d.t(f"생), {r.choice(['회사원', '자영업', '무직', '운전기사'])}\n")
        d.t("          주거 "); d.addr(); d.t("\n          등록기준지 "); d.addr(kind="jibun", postal=False, paren=False); d.t("\n")
        d.t("검    사  "); d.P(Pr); d.t("(기소, 공판)\n변 호 인  변호사 "); d.P(Df); d.t(r.choice(["(국선)", "(사선)"]) + "\n판결선고  "); d.date_neg(); d.t("\n\n")
        d.t("범 죄 사 실\n피고인은 "); d.date_neg(); d.t(" 피해자 "); d.P(V); d.t(f"에게 거짓말을 하여 이에 속은 피해자로부터 "); d.amt(); d.t("을 송금받아 편취하였다.\n")
        d.t("법령의 적용\n"); d.statute(); d.t("\n\n판사  "); d.P(d.newP())
    else:
        d.t(f"{court}\n판    결\n사    건  "); d.caseno(); d.t(" 손해배상(기)\n원    고  A\n피    고  B 주식회사\n\n")
        d.t("원고 "); d.masked_name(); d.t(r.choice(["은 ", "는 "])); d.date_neg(); d.t(" 피고 회사와 근로계약을 체결하였고, "); d.statute(); d.t("에 따라 "); d.amt(); d.t("의 지급을 구한다.\n")
        d.t("판사  "); P = d.newP(); d.P(P)

def t_minutes(d, i):
    r = d.r
    ppl = [d.newP(age=(35, 72)) for _ in range(r.randint(3, 5))]
    ch, sec = ppl[0], d.newP(age=(26, 50))
    comm = r.choice(["지방보조금심의위원회", "도시계획위원회", "학교운영위원회", "인사위원회", "주민참여예산위원회", "개인정보보호위원회 실무협의회", "공동주택관리 분쟁조정위원회"])
    d.t(f"제{r.randint(1, 40)}차 {comm} 회의록\n\n일시: "); d.date_neg(); d.t(f" {r.randint(10, 17)}:00\n장소: 본관 {r.randint(2, 9)}층 소회의실\n참석위원: ")
    comma_list(d, ppl); d.t(f" ({len(ppl)}명)\n배석: {r.choice(DEPTS)} 주무관 "); d.P(sec); d.t("\n안건: 의안번호 "); d.docno(); d.t("\n\n")
    style = r.randint(0, 2)
    def spk(p, role):
        if style == 0: d.t(f"○ {role} "); d.P(p); d.t(": ")
        elif style == 1: d.t("◯ "); d.P(p); d.t(f" {role} ")
        else: d.t(f"[{role} "); d.P(p); d.t("] ")
    spk(ch, "위원장"); d.t("성원이 되었으므로 회의를 시작하겠습니다.\n")
    for p in ppl[1:]:
        spk(p, "위원")
        d.t(r.choice(["사업비 집행 내역을 먼저 확인해야 한다고 봅니다.", "원안에 동의합니다.", "추가 자료를 요청드립니다.", "지난 회의에서 지적된 사항이 반영되었는지 묻고 싶습니다."]))
        if r.random() < 0.4:
            d.t(" 앞서 "); d.P(r.choice([q for q in ppl if q is not p])); d.t(" 위원님께서 말씀하신 부분도 같은 취지입니다.")
        d.t("\n")
    spk(sec, "간사"); d.t("요청하신 자료는 다음 회의 전까지 제출하겠습니다.\n")
    spk(ch, "위원장"); d.t("그럼 원안대로 의결하겠습니다.\n\n")
    if r.random() < 0.7:
        d.t("문의: 간사 "); d.P(sec); d.t(" ("); d.ph("land"); d.t(", "); d.em("korea.kr" if r.random() < 0.5 else None); d.t(")\n")
    if r.random() < 0.3:
        d.t("※ 대표전화 "); d.sw(); d.t("\n")

def t_minwon(d, i):
    r = d.r; M, O = d.newP(age=(20, 80)), d.newP(age=(26, 58)); dept = r.choice(DEPTS)
    masked = r.random() < 0.15
    if masked: d.masked_name(); d.t(" 님 귀하\n\n")
    else: d.P(M); d.t(r.choice([" 님 귀하\n\n", " 귀하\n\n", "님께\n\n"]))
    d.t("1. 귀하께서 "); d.date_neg(); d.t(" 국민신문고를 통해 신청하신 민원(신청번호 "); d.receipt(); d.t(")에 대한 검토 결과를 다음과 같이 알려 드립니다.\n")
    d.t("2. 민원 요지: 귀하(")
    if not masked:
        d.t("주소: "); d.addr(); d.t(", 연락처: "); d.ph(r.choice(["mobile", "mobile", "land"])); d.t(") ")
    else:
        d.t("주소 생략) ")
    d.t(r.choice(["는 거주지 앞 도로의 불법 주정차 단속을 요청하셨습니다.", "는 공동주택 관리비 부과의 적정성에 대한 확인을 요청하셨습니다.", "는 인근 공사장 소음에 대한 조치를 요구하셨습니다.", "는 복지급여 지급이 중단된 사유를 문의하셨습니다."]) + "\n")
    if not masked and r.random() < 0.4:
        d.t("   특히 "); d.P(M); d.t(f" 님은 이웃 주민 "); d.P(d.newP()); d.t(" 씨와 함께 현장 확인을 요청하셨습니다.\n")
    d.t("3. 검토 결과: "); d.statute(); d.t("에 따라 "); d.t(r.choice(["현장 점검을 실시하였으며 위반 사항에 대해 과태료를 부과하였습니다.", "해당 사항은 우리 기관의 소관이 아님을 알려 드립니다.", "관련 부서에 이첩하였습니다."]) + "\n")
    d.t(f"4. 기타 궁금하신 사항은 {dept} 주무관 "); d.P(O); d.t("(☎ "); d.ph("land"); d.t(r.choice([", ", ", 전자우편 "])); d.em("korea.kr"); d.t(")에게 연락 주시면 친절히 안내해 드리겠습니다. 끝.\n\n")
    gu = r.choice(SIDO[0][3] + ["수원시", "청주시", "전주시"])
    d.neg(f"{gu}청장", "official_by_office"); d.t("\n\n시행 "); d.docno(dept); d.t(" ("); d.date_neg(); d.t(")\n")
    d.t("우 "); d.neg(f"{r.randint(1, 63):02d}{rd(r, 3)}", "postal_code"); d.t(" "); d.inst_addr(); d.t(" / 대표전화 "); d.sw(); d.t(" / 전송 "); d.ph("fax"); d.t(" / ")
    d.neg(r.choice(["minwon", "help", "webmaster"]) + "@" + r.choice(["mapo", "suwon", "cheongju", "jeonju"]) + ".go.kr", "institution_email")

def t_accident(d, i):
    r = d.r; A, B, C, Rp = d.newP(age=(20, 75)), d.newP(), d.newP(), d.newP(age=(28, 58))
    if r.random() < 0.6:
        d.t("교통사고 발생 보고\n\n1. 일시: "); d.date_neg(); d.t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}경\n2. 장소: {r.choice(CITIES)}시 {r.choice(ROADS)}사거리 부근\n3. 관련자\n")
        d.t("  가. 가해차량: "); d.plate(); d.t(f" ({r.choice(['승용', '화물', 'SUV'])}), 운전자 "); d.P(A); d.t(f"({A['age']}세, 면허번호 "); d.dl(); d.t(", 연락처 "); d.ph(); d.t(")\n")
        d.t("  나. 피해차량: "); d.plate(); d.t(", 운전자 "); d.P(B); d.t(f"({B['age']}세, "); d.ph(); d.t(")")
        if r.random() < 0.5: d.t(", 동승자 "); d.P(C)
        d.t("\n4. 사고 경위: "); d.P(A); d.t(f"{ssi(r)}가 운전하던 차량이 신호 대기 중이던 "); d.P(B); d.t(f"{ssi(r)}의 차량 후미를 추돌함. ")
        if r.random() < 0.5:
            d.P(B); d.t(f"{J(B['name'], '은', '는')} 경추 염좌로 인근 병원에 이송되었으며, 목격자 "); W = d.NP(); d.t(" 씨가 112에 신고함.")
        d.t("\n5. 조치사항: 보험사 사고 접수(접수번호 "); d.receipt(); d.t("), 보험사 대표번호 "); d.sw(); d.t("\n")
        if r.random() < 0.4: d.t("   "); d.statute(); d.t(" 적용 여부 검토 중\n")
        d.t("\n보고자: 교통조사계 경사 "); d.P(Rp)
    else:
        d.t("산업재해 발생 보고서\n\n사업장: "); d.neg(r.choice(COMPANIES), "company_name"); d.t(" (사업자등록번호 "); d.brn(); d.t(")\n재해자: "); d.P(A)
        d.t(" / 주민등록번호 "); d.rrn(A); d.t(" / 연락처 "); d.ph(); d.t("\n발생일시: "); d.date_neg(); d.t(f" {r.randint(7, 18)}:{r.randint(0, 59):02d}\n")
        d.t("재해 경위: 작업자 "); d.P(A); d.t(f"{J(A['name'], '이', '가')} 지게차 하역 작업 중 적재물에 발이 끼이는 사고가 발생함. 작업반장 "); d.P(B)
        d.t(f"{J(B['name'], '은', '는')} 즉시 작업을 중지시켰고, 동료 "); d.P(C); d.t(" 씨가 응급조치를 하였다.\n")
        d.t("지게차 등록번호: "); d.plate("commercial"); d.t(" / 운전자 면허번호 "); d.dl(); d.t("\n관련 법령: "); d.statute(); d.t("\n작성자 안전관리자 "); d.P(Rp); d.t(" ("); d.ph("land"); d.t(")")

def t_audit(d, i):
    r = d.r; O1, O2, Rep, Aud = d.newP(age=(28, 60)), d.newP(age=(40, 60)), d.newP(age=(35, 70)), d.newP(age=(30, 60))
    inst = r.choice(CITIES) + "시"; co = r.choice(COMPANIES)
    d.t(f"{inst} 자체감사 결과 보고서\n\n감사번호 "); d.docno("감사담당관"); d.t(f"\n감사 대상: {r.choice(DEPTS)}\n감사 기간: "); d.date_neg(); d.t(" ~ "); d.date_neg(); d.t("\n\n")
    d.t("1. 지적 사항\n 가. 주무관 "); d.P(O1); d.t(f"{J(O1['name'], '은', '는')} 수의계약 한도를 초과하여 ")
    d.neg(co, "company_name"); d.t("(대표 "); d.P(Rep); d.t(", 사업자등록번호 "); d.brn()
    if r.random() < 0.5: d.t(", 법인등록번호 "); d.crn()
    d.t(")와 계약을 체결하고 대금 "); d.amt(5000000, 90000000); d.t("을 ")
    d.acct(); d.t(" (예금주 "); d.P(Rep) if r.random() < 0.5 else d.neg(co, "company_name"); d.t(") 계좌로 지급하였다.\n")
    d.t(" 나. 팀장 "); d.P(O2); d.t(f"{J(O2['name'], '은', '는')} 이를 확인하지 않고 결재하였다. "); d.P(O1); d.t(" 주무관은 \"업무가 많아 착오가 있었다\"고 진술하였다.\n")
    d.t("2. 처분 요구: "); d.P(O1); d.t(" 경고, "); d.P(O2); d.t(" 주의 ("); d.statute(); d.t(")\n")
    d.t(f"3. 참고: 발주기관 {inst}청 사업자등록번호 "); d.brn_public(); d.t(", 대표전화 "); d.sw(); d.t("\n\n감사관 "); d.P(Aud)

def t_personnel(d, i):
    r = d.r
    if r.random() < 0.5:
        d.t(f"◇ {r.choice(CITIES)}시 인사\n")
        for cat in r.sample(["<승진>", "<전보>", "<신규임용>", "<직무대리>", "<파견>"], 3):
            d.t(cat + " ")
            for _ in range(r.randint(2, 4)):
                d.t(f"▲{r.choice(['기획예산', '회계', '교통행정', '복지정책', '세무', '민원봉사', '도시계획'])}과장 ")
                d.P(d.newP(age=(40, 60))); d.t(" ")
            d.t("\n")
        if r.random() < 0.5:
            d.t("※ 발령일자: "); d.date_neg(); d.t(" / 인사명령 제"); d.neg(f"{r.randint(2024, 2025)}-{r.randint(10, 300)}", "document_number"); d.t("호\n")
    else:
        n = r.randint(2, 3)
        for _ in range(n):
            D, S1, S2, S3 = d.newP(age=(65, 98)), d.newP(age=(35, 70)), d.newP(age=(35, 70)), d.newP(age=(35, 70))
            d.t("▲"); d.P(D); d.t(r.choice(["씨 별세, ", " 씨 별세, ", "씨 별세 = "]))
            d.P(S1); d.t(f"({r.choice(OUTLETS)} 부장)·"); d.P(S2); d.t(f"(회사원)씨 {r.choice(['부친상', '모친상'])}, "); d.P(S3); d.t(f"씨 {r.choice(['장인상', '시모상', '빙모상'])} = ")
            d.t(f"{r.randint(1, 28)}일 {r.choice(CITIES)}{r.choice(['의료원', '병원', '성모병원'])} 장례식장 {r.randint(1, 12)}호실, 발인 {r.randint(1, 28)}일 오전 {r.randint(5, 9)}시")
            if r.random() < 0.6: d.t(", 상주 연락처 "); d.ph()
            d.t("\n")

def t_interview(d, i):
    r = d.r; A, B, R = d.newP(age=(30, 75)), d.newP(), d.newP(age=(26, 55))
    F = d.newP(foreign=True, age=(22, 50)) if r.random() < 0.35 else None
    org = r.choice(["협동조합 " + r.choice(ROADS), r.choice(ROADS) + "작은도서관", r.choice(ROADS) + "농원", "사회적기업 " + r.choice(ROADS) + "공방"])
    d.t(f"[인터뷰] \"{r.choice(['마을이 곧 학교입니다', '포기하지 않으면 길이 보입니다', '이웃이 있어 버텼습니다'])}\" — {org} 대표 "); d.P(A); d.t("\n\n")
    d.P(A); d.t(f"({A['age']}) {org} 대표를 {r.randint(1, 28)}일 사무실에서 만났다. 그는 \"{r.choice(['처음엔 세 명으로 시작했다', '빚이 3억 원까지 늘었던 때도 있었다'])}\"며 말문을 열었다.\n")
    d.t("— 어떻게 시작하게 됐나.\n\"퇴직 후 배우자 "); d.P(B); d.t(f"{J(B['name'], '과', '와')} 고향으로 내려왔어요. 처음엔 둘이서 다 했죠.\"\n")
    d.t("— 함께 일하는 사람들은.\n\"")
    if F:
        d.t(f"{F['natk']}에서 온 "); d.P(F); d.t(" 씨가 5년째 일하고 있어요. 여권 이름으로는 "); d.P(F, "lat"); d.t("인데 다들 이름을 줄여서 불러요.\"\n")
    else:
        C = d.newP(); d.P(C); d.t(" 팀장, "); D = d.newP(); d.P(D); d.t(" 씨가 창립 멤버예요.\"\n")
    d.t("— 앞으로의 계획은.\n\""); d.t(r.choice(["청년 두 명을 더 채용하려고 합니다.", "온라인 판매를 늘릴 생각입니다."]) + "\"\n")
    d.t(f"라고 {r.choice(['말한', '답한'])} "); d.P(A); d.t(" 대표의 표정은 밝았다. 문의는 "); d.ph(r.choice(["mobile", "070", "land"])); d.t("(사무실).\n\n정리="); d.P(R); d.t(" 기자 "); d.em(r.choice(NEWS_DOM))

def t_school(d, i):
    r = d.r
    kinder = r.random() < 0.2
    S = d.newP(child="infant") if kinder else mk_person(r, age=(8, 18))
    if not kinder: d_ = None
    G, T, F1, F2 = d.newP(age=(32, 55)), d.newP(age=(25, 60)), d.newP(age=(8, 18)), d.newP(age=(8, 18))
    d.t(("유아 생활기록부" if kinder else "학교생활기록부") + " (발췌)\n\n1. 인적·학적사항\n성명: "); d.P(S); d.t(f"   성별: {'남' if S['sex'] == 'M' else '여'}\n")
    d.t("생년월일: "); d.dob(S, r.choice(["dot_space", "kor", "iso", "dot"])); d.t("\n주민등록번호: ")
    d.rrn(S, "post2020" if kinder else r.choice(["valid", "masked", "valid"])); d.t("\n주소: "); d.addr(); d.t("\n")
    d.t("보호자: "); d.P(G); d.t(f" (관계: {r.choice(['모', '부', '조모'])})   연락처: "); d.ph(); d.t("\n")
    d.t("학적번호: "); d.neg(f"{r.randint(2019, 2025)}{rd(r, 5)}", "record_number"); d.t("\n\n2. 행동특성 및 종합의견\n")
    d.P(S); d.t(r.choice(["은(는) ", f"{J(S['name'], '은', '는')} "]))
    d.t(r.choice(["학급 도우미 역할을 성실히 수행하며 ", "수업 시간에 적극적으로 질문하며 ", "교우 관계가 원만하고 "]))
    d.t("같은 반 "); d.P(F1); d.t(", "); d.P(F2); d.t(" 학생과 함께 모둠 활동을 이끌었음. ")
    d.t(r.choice(["독서 토론에서 자신의 의견을 논리적으로 표현함.", "체육대회에서 반 대표로 계주에 참여함.", "생태 관찰 일지를 꾸준히 작성함."]) + "\n\n담임교사 ")
    d.P(T); d.t(" (인)")

def t_medical(d, i):
    r = d.r
    foreign = r.random() < 0.25; infant = (not foreign) and r.random() < 0.15
    Pt = d.newP(foreign=True, age=(20, 60)) if foreign else (d.newP(child="infant") if infant else d.newP(age=(18, 95)))
    G, Dr, N1, N2 = d.newP(age=(25, 70)), d.newP(age=(30, 65)), d.newP(age=(23, 55)), d.newP(age=(23, 55))
    if r.random() < 0.55:
        d.t("[진료기록]\n환자명: "); d.P(Pt)
        if foreign: d.t(" ("); d.P(Pt, "LAT"); d.t(")")
        d.t(f"  ({'M' if Pt['sex'] == 'M' else 'F'}/{Pt['age']})\n등록번호: "); d.neg(rd(r, 8), "record_number"); d.t("\n생년월일: "); d.dob(Pt); d.t("\n")
        if foreign:
            d.t("외국인등록번호: "); d.frn(Pt)
            if r.random() < 0.5: d.t("\n여권번호: "); d.pp(Pt)
        else:
            d.t("주민등록번호: "); d.rrn(Pt, "post2020" if infant else None)
        d.t("\n건강보험 증번호: "); d.hi(); d.t("\n보호자: "); d.P(G); d.t(f"({r.choice(['배우자', '딸', '아들', '모'])}, "); d.ph(); d.t(")\n주치의: "); d.P(Dr); d.t("\n\n")
        d.t("[경과기록] "); d.date_neg(); d.t(" "); d.P(Dr); d.t(f" 교수 회진. 환자 {r.choice(['흉통', '복통', '발열', '어지럼증'])} 호소하여 검사 시행. ")
        d.P(Pt); d.t(" 님은 \"어젯밤부터 아팠다\"고 진술함. 보호자 "); d.P(G); d.t(" 씨에게 검사 결과 설명함.\n")
    else:
        d.t("[간호기록지] 환자 "); d.P(Pt); d.t(f" / 병동 {r.randint(3, 12)}{r.randint(0, 3)}{r.randint(1, 9)}호\n")
        for _ in range(r.randint(2, 3)):
            d.t(f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])} ")
            d.t(r.choice(["V/S 측정. BT 37.8℃. ", "진통제 투여 후 통증 감소함. ", "수면 중 특이사항 없음. ", "식사 절반 섭취. "]))
            if r.random() < 0.5:
                d.t("보호자 "); d.P(G); d.t(r.choice(["씨 면회. ", " 님 면회함. ", "(딸) 상주함. "]))
            d.t("(기록: "); d.P(r.choice([N1, N2])); d.t(")\n")
        d.t("인계: "); d.P(N1); d.t(" → "); d.P(N2); d.t("\n보호자 연락처: "); d.ph()
        if r.random() < 0.5: d.t("\n건강보험 증번호: "); d.hi()

def t_lease(d, i):
    r = d.r; L, T, Br = d.newP(age=(35, 80)), d.newP(foreign=r.random() < 0.3, age=(21, 60)), d.newP(age=(35, 65))
    d.t("부동산(주택) 임대차 계약서\n\n1. 부동산의 표시\n소재지: "); d.addr(); d.t("\n2. 계약내용\n보증금: "); d.amt(10000000, 500000000)
    d.t("\n차  임: 월 "); d.amt(300000, 2000000); d.t(" (매월 "); d.t(f"{r.randint(1, 28)}일 지급)\n임대차기간: "); d.date_neg(); d.t("부터 24개월\n\n")
    d.t("특약사항\n1. 임대인 "); d.P(L); d.t(f"{J(L['name'], '은', '는')} 잔금 지급일까지 근저당을 말소한다.\n2. 차임은 임대인 명의 계좌(")
    d.acct(); d.t(", 예금주 "); d.P(L); d.t(")로 입금한다.\n3. 임차인 "); d.P(T); d.t(f"{J(T['name'], '은', '는')} 반려동물을 기르지 않는다.\n\n")
    d.t("임대인  주소: "); d.addr(); d.t("\n        주민등록번호: "); d.rrn(L); d.t("   전화: "); d.ph(); d.t("   성명: "); d.P(L); d.t(" (인)\n")
    d.t("임차인  주소: "); d.addr(); d.t("\n        ")
    if T["foreign"]:
        d.t("외국인등록번호: "); d.frn(T); d.t("   여권번호: "); d.pp(T); d.t("\n        전화: "); d.ph(); d.t("   성명: "); d.P(T); d.t(" ("); d.P(T, "LAT"); d.t(") (서명)\n")
    else:
        d.t("주민등록번호: "); d.rrn(T); d.t("   전화: "); d.ph(); d.t("   성명: "); d.P(T); d.t(" (인)\n")
    d.t("개업공인중개사  사무소 소재지: "); d.addr(postal=False); d.t(f"\n        사무소 명칭: {r.choice(ROADS)}공인중개사사무소   대표: "); d.P(Br)
    d.t("\n        등록번호: "); d.neg(f"{r.randint(11110, 48890)}-{r.randint(2010, 2024)}-{rd(r, 5)}", "registration_number"); d.t("   사업자등록번호: "); d.brn(); d.t("   전화: "); d.ph("land")

def t_rental(d, i):
    r = d.r; A, B = d.newP(foreign=r.random() < 0.2, age=(21, 70)), d.newP(age=(21, 70))
    d.t("자동차 대여(렌터카) 계약서\n\n대여 차량: "); d.plate("rental"); d.t(f" ({r.choice(['아반떼', 'K5', '쏘렌토', '카니발', '그랜저'])})\n대여 기간: "); d.date_neg(); d.t(" 10:00 ~ "); d.date_neg(); d.t(" 10:00\n\n")
    d.t("[제1운전자] 성명: "); d.P(A)
    if A["foreign"]:
        d.t(" / "); d.P(A, "LAT"); d.t("\n  생년월일: "); d.dob(A, "iso"); d.t(" / 여권번호: "); d.pp(A); d.t(" / 국제운전면허 소지\n")
    else:
        d.t("\n  생년월일: "); d.dob(A); d.t(" / 면허번호: "); d.dl(); d.t(" / 연락처: "); d.ph(); d.t("\n")
    if r.random() < 0.6:
        d.t("[제2운전자] 성명: "); d.P(B); d.t(" / 면허번호: "); d.dl(); d.t(" / 연락처: "); d.ph(); d.t("\n")
    d.t(f"\n결제: {r.choice(ISSUERS)}카드 "); d.card(); d.t(" (유효기간 "); d.neg(f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "card_expiry"); d.t(") 승인번호 ")
    d.neg(rd(r, 8), "approval_number"); d.t(" / 금액 "); d.amt(50000, 900000); d.t("\n")
    d.t("임대인: "); co = r.choice(ROADS) + "렌터카(주)"; d.neg(co, "company_name"); d.t(" 대표 "); d.P(d.newP(age=(35, 70))); d.t(" / 사업자등록번호 "); d.brn()
    if r.random() < 0.5: d.t(" / 법인등록번호 "); d.crn()
    d.t(" / 고객센터 "); d.sw()
    d.t("\n위 계약 내용을 확인하였습니다. 임차인 "); d.P(A); d.t(" (서명)")

def t_insurance(d, i):
    r = d.r; child = r.random() < 0.2; foreign = (not child) and r.random() < 0.15
    Ins = d.newP(child="infant") if child else d.newP(foreign=foreign, age=(20, 80)); Cl = d.newP(age=(28, 60)) if child else Ins
    d.t(f"{r.choice(['실손의료비', '자동차보험', '상해보험'])} 보험금 청구서\n\n증권번호: "); d.neg(r.choice(["L", "A", "C"]) + f"{r.randint(2019, 2025)}-{rd(r, 7)}", "policy_number"); d.t("\n")
    if r.random() < 0.2: example_line(d)
    d.t("피보험자: "); d.P(Ins); d.t("  ")
    if foreign: d.t("외국인등록번호: "); d.frn(Ins)
    else: d.t("주민등록번호: "); d.rrn(Ins, "post2020" if child else None)
    if child: d.t("\n청구인(법정대리인): "); d.P(Cl); d.t(" (모)  주민등록번호: "); d.rrn(Cl)
    d.t("\n연락처: "); d.ph(); d.t("   이메일: "); d.em(); d.t("\n주소: "); d.addr(); d.t("\n\n사고(발병)일자: "); d.date_neg(); d.t("\n")
    d.t(f"사고 내용: {r.choice(['빙판길에 미끄러져 손목 골절', '교차로에서 신호 위반 차량과 충돌', '계단에서 넘어져 발목 인대 손상', '고열로 응급실 내원'])}\n")
    if r.random() < 0.45:
        d.t("운전자 면허번호: "); d.dl(); d.t("   차량번호: "); d.plate(); d.t("\n")
    d.t("청구 금액: "); d.amt(50000, 20000000); d.t("\n지급 계좌: "); d.acct(); d.t(" (예금주 "); d.P(Cl); d.t(")\n")
    if r.random() < 0.35:
        d.t("보험료 자동납부 카드: "); d.card(); d.t("\n")
    d.t("\n위 청구인 "); d.P(Cl); d.t(f"{J(Cl['name'], '은', '는')} 위 내용이 사실임을 확인합니다.\n접수번호 "); d.receipt(); d.t(" / 상담 "); d.sw()

def t_police(d, i):
    r = d.r; foreign = r.random() < 0.3
    S = d.newP(foreign=foreign, age=(20, 70)); O1, O2, V = d.newP(age=(28, 58)), d.newP(age=(25, 50)), d.newP()
    st = r.choice(CITIES) + r.choice(["중부", "서부", "남부"]) + "경찰서"
    if r.random() < 0.7:
        off = r.choice(["사기", "폭행", "도로교통법위반(음주운전)", "절도", "컴퓨터등사용사기"])
        d.t(f"피의자신문조서\n\n피 의 자: "); d.P(S); d.t(f"\n\n위의 사람에 대한 {off} 피의사건에 관하여 "); d.date_neg(); d.t(f" {st} 수사과 사무실에서 사법경찰관 경위 ")
        d.P(O1); d.t(f"{J(O1['name'], '은', '는')} 사법경찰리 경사 "); d.P(O2); d.t("를 참여하게 하고, 아래와 같이 피의자임에 틀림없음을 확인하다.\n\n")
        d.t("문: 피의자의 성명, 주민등록번호, 직업, 주거, 등록기준지 등을 말하십시오.\n답: ")
        if foreign:
            d.t("성명은 "); d.P(S, "LAT"); d.t(f"이고, 한국에서는 "); d.P(S); d.t(f"(이)라고 부릅니다. 국적은 {S['natk']}입니다.\n    외국인등록번호는 "); d.frn(S)
            d.t("\n    여권번호는 "); d.pp(S)
        else:
            d.t("성명은 "); d.P(S); d.t("\n    주민등록번호는 "); d.rrn(S)
        d.t(f"\n    직업은 {r.choice(['회사원', '일용직', '자영업', '학생', '택배기사'])}\n    주거는 "); d.addr(postal=False, paren=False)
        if not foreign: d.t("\n    등록기준지는 "); d.addr(kind="jibun", postal=False, paren=False)
        d.t("\n    연락처는 휴대전화 "); d.ph(); d.t("입니다.\n")
        if r.random() < 0.6:
            d.t("문: 피의자는 운전면허를 소지하고 있나요?\n답: 예, 면허번호는 "); d.dl(); d.t("입니다.\n")
        d.t("문: 피해자 "); d.P(V); d.t(J(V["name"], "을", "를") + " 알고 있나요?\n답: 예, "); d.P(V); d.t(f"{J(V['name'], '은', '는')} {r.choice(['직장 동료', '같은 동네 주민', '인터넷 거래 상대방'])}입니다.\n")
        d.t("문: 이 사건 당시 차량을 운행하였나요?\n답: " + ("예, 제 차 " if r.random() < 0.5 else "아니요, 친구 차 "))
        d.plate(); d.t("를 운전했습니다.\n\n사건번호 "); d.caseno(("형제",)); d.t(" / 적용법조 "); d.statute()
    else:
        d.t("고 소 장\n\n고소인  성명: "); d.P(V); d.t("   주민등록번호: "); d.rrn(V); d.t("\n        주소: "); d.addr(); d.t("   연락처: "); d.ph(); d.t("\n")
        d.t("피고소인  성명: "); d.P(S); d.t("   연락처: "); d.ph()
        if foreign: d.t("   외국인등록번호: "); d.frn(S)
        d.t("\n\n고소취지: 고소인은 피고소인을 "); d.statute(); d.t("의 사기죄로 고소하오니 처벌하여 주시기 바랍니다.\n")
        d.t("고소사실: 피고소인 "); d.P(S); d.t(f"{J(S['name'], '은', '는')} "); d.date_neg(); d.t(" 중고거래 앱에서 물건을 팔겠다고 속여 고소인으로부터 ")
        d.amt(50000, 5000000); d.t("을 "); d.acct(); d.t("(예금주 "); d.P(S); d.t(") 계좌로 송금받았다. 이후 피고소인은 연락을 끊었다.\n")
        d.t("증거: 송금 내역, 대화 캡처, 참고인 "); d.P(O2); d.t(" 진술\n\n"); d.date_neg(); d.t("\n고소인 "); d.P(V); d.t(" (인)\n"); d.neg(st + "장", "official_by_office"); d.t(" 귀하")

def t_csv(d, i):
    r = d.r; schema = r.randrange(6); rows = r.randint(4, 7); sep = r.choice([",", ",", ";", "|"])
    for k in range(rows):
        if k == 0 and schema == 5: pass
        p = d.newP(foreign=(schema == 1), age=(20, 80))
        if schema == 0:
            d.t(f"{k + 1}{sep}"); d.P(p); d.t(sep); d.rrn(p); d.t(sep); d.ph(); d.t(sep); d.em(); d.t(sep + '"'); d.addr(postal=False, paren=False); d.t('"')
        elif schema == 1:
            d.P(p, "LAT"); d.t(sep); d.P(p); d.t(sep + p["nat"] + sep); d.frn(p); d.t(sep); d.pp(p); d.t(sep); d.ph()
        elif schema == 2:
            d.date_neg(2024, 2025, "iso"); d.t(sep); d.P(p); d.t(sep); d.card(); d.t(sep); d.neg(str(r.randint(1, 900) * 100), "amount"); d.t(sep); d.neg(rd(r, 8), "approval_number")
        elif schema == 3:
            d.neg(f"E{r.randint(2010, 2025)}{rd(r, 3)}", "record_number"); d.t(sep); d.P(p); d.t(sep)
            bank, _ = d.acct_only(r.random() < 0.1); d.t(sep + bank + sep); d.neg(str(r.randint(2000, 6000) * 1000), "amount")
        elif schema == 4:
            d.P(p); d.t(sep); d.dob(p, r.choice(["iso", "six", "dot"])); d.t(sep); d.hi(); d.t(sep); d.ph()
        else:
            d.P(p); d.t(sep); d.dl(); d.t(sep); d.plate(); d.t(sep); d.ph()
        d.t("\n")

def t_json(d, i):
    r = d.r
    for k in range(r.randint(3, 5)):
        p = d.newP(foreign=r.random() < 0.25, age=(20, 70))
        d.t('{"ts":"'); d.neg(f"{r.randint(2024, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+09:00", "timestamp")
        d.t(f'","level":"{r.choice(["INFO", "WARN", "INFO"])}","uid":"'); d.neg(f"u{rd(r, 5)}", "user_id")
        ev = r.choice(["signup", "payment", "kyc", "login", "address_change"])
        d.t(f'","event":"{ev}","ip":"'); d.ip(); d.t('","name":"'); d.P(p, "lat" if p["foreign"] and r.random() < 0.6 else "han"); d.t('"')
        if ev == "signup": d.t(',"email":"'); d.em(); d.t('","phone":"'); d.ph(); d.t('"')
        elif ev == "payment": d.t(',"card":"'); d.card(); d.t('","amount":'); d.neg(str(r.randint(10, 900) * 100), "amount"); d.t(',"approval":"'); d.neg(rd(r, 8), "approval_number"); d.t('"')
        elif ev == "kyc":
            if p["foreign"]: d.t(',"id_type":"ARC","frn":"'); d.frn(p); d.t('","passport":"'); d.pp(p); d.t('"')
            else:
                c = r.random()
                if c < 0.4: d.t(',"id_type":"DL","dl_no":"'); d.dl(); d.t('"')
                elif c < 0.7: d.t(',"id_type":"PASSPORT","passport":"'); d.pp(); d.t('"')
                else: d.t(',"id_type":"RRN","rrn":"'); d.rrn(p); d.t('"')
        elif ev == "login": d.t(f',"ua":"Mozilla/5.0","app_ver":"'); d.neg(f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 99)}", "version_number"); d.t('"')
        else: d.t(',"new_addr":"'); d.addr(postal=False, paren=False); d.t('"')
        d.t("}\n")

def t_kv(d, i):
    r = d.r
    for k in range(r.randint(3, 5)):
        p = d.newP(foreign=r.random() < 0.2, age=(20, 70))
        d.neg(f"{r.randint(2024, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", "timestamp")
        d.t(f" {r.choice(['INFO', 'DEBUG', 'WARN'])} svc={r.choice(['member', 'billing', 'auth', 'delivery'])} user="); d.neg(f"u{rd(r, 6)}", "user_id")
        d.t(" name="); d.P(p, "lat" if p["foreign"] else "han")
        fields = r.sample(["rrn", "card", "tel", "mail", "dl", "acct", "ip", "pp", "frn"], 3)
        for f in fields:
            if f == "rrn" and not p["foreign"]: d.t(" rrn="); d.rrn(p)
            elif f in ("frn", "rrn") and p["foreign"]: d.t(" frn="); d.frn(p)
            elif f == "frn": d.t(" tel2="); d.ph("070")
            elif f == "card": d.t(" card="); d.card(); d.t(" exp="); d.neg(f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "card_expiry")
            elif f == "tel": d.t(" tel="); d.ph()
            elif f == "mail": d.t(" email="); d.em()
            elif f == "dl": d.t(" license="); d.dl()
            elif f == "acct": bank, _ = (d.t(" acct="), d.acct_only())[1]; d.t(f" bank={bank}")
            elif f == "ip": d.t(" src_ip="); d.ip()
            elif f == "pp": d.t(" passport="); d.pp(p)
        d.t(f" ver="); d.neg(f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}", "version_number"); d.t("\n")

def t_table(d, i):
    r = d.r; schema = r.randrange(5); sep = r.choice([" | ", "|", "\t", "\t", " │ "])
    d.nz = 0.06; d.nz_opts = ["fullwidth_digits", "unicode_hyphen"]
    if r.random() < 0.5:
        d.t(r.choice(["붙임 1. ", "[별표] ", "■ ", ""]) + r.choice(["명단", "대상자 현황", "내역", "목록"]) + "\n")
    for k in range(r.randint(3, 6)):
        if schema == 0:   # overseas trip roster
            p = d.newP(age=(26, 60)); d.t(f"{k + 1}{sep}"); d.P(p); d.t(sep); d.t(r.choice(DEPTS) + sep); d.pp(); d.t(sep); d.dob(p, r.choice(["dot", "iso", "six"])); d.t(sep); d.ph()
        elif schema == 1:  # foreign staff
            p = d.newP(foreign=True, age=(21, 50)); d.P(p, "LAT"); d.t(sep + p["natk"] + sep); d.frn(p); d.t(sep); d.pp(p); d.t(sep); d.dl() if r.random() < 0.3 else d.ph()
        elif schema == 2:  # vehicle registry
            p = d.newP(); d.P(p); d.t(sep); d.plate(); d.t(sep); d.dl(); d.t(sep); d.ph()
        elif schema == 3:  # payroll transfer
            p = d.newP(); d.t(f"{k + 1}{sep}"); d.P(p); d.t(sep); bank, _ = d.acct_only(r.random() < 0.1); d.t(sep + bank + sep); d.neg(f"{r.randint(1500, 6000) * 1000:,}", "amount")
        else:  # member contacts with card
            p = d.newP(); d.P(p); d.t(sep); d.rrn(p); d.t(sep); d.card(); d.t(sep); d.em()
        d.t("\n")

def ocr_hdr(r, s):
    return " ".join(s) if r.random() < 0.4 else s

def t_ocr(d, i):
    r = d.r; d.nz = 0.75; d.nz_name = 0.35
    form = r.randrange(6); J_ = lambda s: d.t(ocr_hdr(r, s))
    if r.random() < 0.3: example_line(d)
    junk = lambda: d.t(r.choice(["", " |", " ┃", " □", " ■", " :", " ."]))
    if form == 0:
        p = d.newP(age=(20, 70)); d.t("여권 발급 신청서\n"); J_("성명(한글)"); d.t(" : "); d.P(p); junk(); d.t("\n"); J_("주민등록번호"); d.t(" : "); d.rrn(p, "valid"); junk()
        d.t("\n"); J_("전화번호"); d.t(" : "); d.ph(); d.t("\n"); J_("긴급연락처"); d.t(" : "); G = d.NP(); d.t(" / "); d.ph(); d.t("\n"); J_("종전 여권번호"); d.t(" : "); d.pp(); d.t("\n")
        d.t("접수번호 "); d.receipt()
    elif form == 1:
        p = d.newP(age=(20, 70)); d.t("운전면허증 재발급 신청서\n"); J_("성명"); d.t(" "); d.P(p); d.t("  "); J_("생년월일"); d.t(" "); d.dob(p); d.t("\n"); J_("면허번호"); d.t(" "); d.dl(); junk()
        d.t("\n"); J_("주소"); d.t(" "); d.addr(postal=False); d.t("\n"); J_("휴대전화"); d.t(" "); d.ph(); d.t("\n수수료 "); d.amt(8000, 15000)
    elif form == 2:
        p = d.newP(foreign=True, age=(20, 55)); d.t("통합신청서 (외국인등록 / 체류지변경)\n"); J_("성 Surname"); d.t(" "); d.t("Given names "); d.P(p, "LAT"); d.t("\n")
        J_("외국인등록번호"); d.t(" "); d.frn(p, "valid"); junk(); d.t("\n"); J_("여권번호"); d.t(" "); d.pp(p); d.t("\n"); J_("대한민국 내 주소"); d.t(" "); d.addr(postal=False); d.t("\n")
        J_("전화"); d.t(" "); d.ph(); d.t("  "); J_("전자우편"); d.t(" "); d.em(); d.t("\n"); J_("근무처"); d.t(" "); d.neg(r.choice(COMPANIES), "company_name"); d.t(" 사업자등록번호 "); d.brn()
    elif form == 3:
        p = d.newP(age=(20, 80)); d.t("예금 거래 신청서\n"); J_("성명"); d.t(" "); d.P(p); d.t("\n"); J_("실명번호"); d.t(" "); d.rrn(p, "valid"); d.t("\n"); J_("계좌번호"); d.t(" ")
        bank, _ = d.acct_only(); d.t(f" ({bank})\n"); J_("연락처"); d.t(" "); d.ph(); d.t("\n"); J_("이메일"); d.t(" "); d.em(); d.t("\n신청일 "); d.date_neg()
    elif form == 4:
        p = d.newP(age=(20, 80)); d.t("신용카드 발급 신청서\n"); J_("성명"); d.t(" "); d.P(p); d.t("  "); J_("주민등록번호"); d.t(" "); d.rrn(p, "valid"); d.t("\n"); J_("카드번호"); d.t(" "); d.card(False)
        d.t("\n"); J_("결제계좌"); d.t(" "); d.acct(); d.t("\n"); J_("자택주소"); d.t(" "); d.addr(postal=False); d.t("\n"); J_("직장전화"); d.t(" "); d.ph("land"); d.t("\n"); J_("휴대폰"); d.t(" "); d.ph()
    else:
        p = d.newP(age=(30, 70)); c = d.newP(child="infant") if r.random() < 0.4 else d.newP(age=(1, 17))
        d.t("가족관계 확인서\n"); J_("본인"); d.t(" "); d.P(p); d.t(" "); d.rrn(p, "valid"); d.t("\n"); J_("자녀"); d.t(" "); d.P(c); d.t(" "); d.rrn(c, "post2020" if c["dob"] >= (2020, 10, 1) else "valid")
        d.t("\n"); J_("건강보험증번호"); d.t(" "); d.hi(); d.t("\n"); J_("차량번호"); d.t(" "); d.plate(); d.t("\n발급일 "); d.date_neg()

def t_foreign_worker(d, i):
    r = d.r; Rep, Mgr = d.newP(age=(40, 70)), d.newP(age=(28, 55)); co = r.choice(COMPANIES)
    d.t(r.choice(["외국인근로자 고용변동 등 신고서", "외국인 체류지 변경 및 근무처 신고"]) + "\n\n[사업장] "); d.neg(co, "company_name"); d.t("\n  사업자등록번호 "); d.brn()
    if r.random() < 0.4: d.t("  법인등록번호 "); d.crn()
    d.t("\n  대표자 "); d.P(Rep); d.t("  소재지 "); d.addr(postal=False); d.t("\n  담당자 "); d.P(Mgr); d.t(" ("); d.ph("land"); d.t(", "); d.em(r.choice(["hanbit-eng.co.kr", "saesol.kr", "nurinet.co.kr", None]))
    d.t(")\n\n[근로자]\n")
    ws = [d.newP(foreign=True, age=(20, 45)) for _ in range(r.randint(1, 3))]
    for k, w in enumerate(ws):
        d.t(f" {k + 1}) 성명 "); d.P(w, "LAT"); d.t(" ("); d.P(w); d.t(f")  국적 {w['natk']}  생년월일 "); d.dob(w, r.choice(["iso", "dot", "dot_space"]))
        d.t("\n    외국인등록번호 "); d.frn(w); d.t("  여권번호 "); d.pp(w); d.t("  연락처 "); d.ph(); d.t("\n")
    w = ws[0]
    d.t(f"\n[변동 사유] 근로자 "); d.P(w); d.t(r.choice([" 씨는 ", "는 "])); d.date_neg(); d.t(r.choice(["부터 무단으로 출근하지 않았으며, ", "자로 근로계약이 종료되었으며, "]))
    d.t("사업주 "); d.P(Rep); d.t(f"{J(Rep['name'], '은', '는')} "); d.statute(); d.t("에 따라 이를 신고합니다.\n접수번호 "); d.receipt(); d.t(" / 외국인종합안내센터 "); d.sw()

def t_sms(d, i):
    r = d.r; k = r.randrange(4)
    if k == 0:
        d.t(f"[Web발신]\n{r.choice(ISSUERS)}카드 승인\n"); d.masked_name(); d.t("님\n"); d.amt(1000, 900000); d.t(" 일시불\n"); d.neg(f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}", "date_non_birth")
        d.t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d} {r.choice(['편의점', '주유소', '마트', '카페'])}\n카드 "); d.card(True); d.t("\n승인번호 "); d.neg(rd(r, 8), "approval_number")
    elif k == 1:
        p = d.newP(); d.t("[택배] "); d.P(p); d.t(f" 고객님, 주문하신 상품이 오늘 {(h0 := r.randint(9, 18))}시~{h0 + 2}시 사이 배송 예정입니다.\n배송기사 "); q = d.NP(); d.t(" "); d.ph()
        d.t("\n받는 주소: "); d.addr(postal=False, paren=False); d.t("\n문의 "); d.sw()
    elif k == 2:
        p = d.newP(); d.t(f"[{r.choice(['KB국민은행', '신한은행', '카카오뱅크'])}] "); d.P(p); d.t("님 계좌 "); d.acct_only(True); d.t(" 입금 "); d.amt(1000, 3000000); d.t(" 잔액 ")
        d.neg(f"{r.randint(1, 9000) * 1000:,}원", "amount"); d.t("\n인증번호 ["); d.neg(rd(r, 6), "auth_code"); d.t("] 타인에게 절대 알려주지 마세요.")
    else:
        p, q = d.newP(), d.newP()
        d.t("[예약확인] "); d.P(p); d.t("님, "); d.date_neg(); d.t(f" {r.randint(9, 18)}:00 {r.choice(['내과', '치과', '정형외과'])} 진료 예약이 완료되었습니다. 담당 "); d.P(q); d.t(" 원장\n")
        d.t("예약자 연락처 "); d.ph("mobile_masked"); d.t(" / 변경 문의 "); d.ph("land")

def t_nopii(d, i):
    r = d.r; k = i % 5
    if k == 0:
        d.t("보도자료\n\n"); d.neg(r.choice(["행정안전부", "보건복지부", "고용노동부"]), "institution_name"); d.t(", "); d.date_neg(); d.t("부터 개정 "); d.statute(); d.t(" 시행\n")
        d.t("- 과태료 상한 "); d.amt(1000000, 30000000); d.t("으로 상향, 시행 후 "); d.t(f"{r.randint(1, 6)}개월 계도기간 운영\n\n담당 부서: {r.choice(DEPTS)} (대표전화 "); d.sw(); d.t(")\n")
        d.t("고시 제"); d.neg(f"{r.randint(2023, 2025)}-{r.randint(1, 150)}", "document_number"); d.t("호 / 문서번호 "); d.docno()
    elif k == 1:
        d.t("[작성 예시]\n성명: "); d.neg("홍길동", "placeholder_name"); d.t("\n주민등록번호: "); d.neg("000000-0000000", "placeholder_id"); d.t("\n휴대전화: "); d.neg("010-0000-0000", "placeholder_id")
        d.t("\n주소: (우편번호 "); d.neg(f"{r.randint(1, 63):02d}{rd(r, 3)}", "postal_code"); d.t(") ○○시 ○○구 ○○로 00\n※ 실제 작성 시 본인의 정보를 정확히 기재하십시오. 수수료 "); d.amt(1000, 20000)
    elif k == 2:
        d.t("질의회신\n\n[질의] 갑은 을 법인의 대표이사로서 "); d.date_neg(); d.t(" 주식을 양도하였는바, "); d.statute(); d.t("의 적용 여부\n[회신] 귀 질의의 경우 기존 회신사례("); d.docno("법규과"); d.t(")를 참고하시기 바랍니다. 민원인 "); d.masked_name()
        d.t("의 경우 사업장 소재지 관할 세무서에 문의하시기 바랍니다. 사건번호 "); d.caseno(("구합", "누", "두"))
    elif k == 3:
        d.t("릴리스 노트 v"); d.neg(f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", "version_number"); d.t("\n- 빌드 "); d.neg(f"10.0.{r.randint(17000, 22999)}.{r.randint(100, 4999)}", "version_number")
        d.t("에서 발생한 인쇄 오류 수정\n- 배포일 "); d.date_neg(); d.t("\n- 문의: 고객센터 "); d.sw(); d.t(" / "); d.neg("support@" + r.choice(["gov-it", "minwon24", "edu-net"]) + ".go.kr", "institution_email")
    else:
        gu = r.choice(["마포구", "수원시", "청주시", "전주시", "포항시"])
        d.t(f"{gu} 공고 제"); d.neg(f"{r.randint(2024, 2025)}-{r.randint(100, 2500)}", "document_number"); d.t("호\n\n입찰 공고 (나라장터 공고번호 "); d.neg(f"{r.randint(2024, 2025)}{rd(r, 7)}-00", "receipt_number")
        d.t(")\n발주기관: "); d.neg(f"{gu}청", "institution_name"); d.t(" (사업자등록번호 "); d.brn_public(); d.t(")\n소재지: "); d.inst_addr(); d.t("\n추정가격: "); d.amt(10000000, 900000000)
        d.t("\n문의: 계약팀 "); d.sw(); d.t("\n"); d.neg(f"{gu}청장", "official_by_office")

def t_ocr_rescan(d, i):
    r = d.r
    bases = [("lease_contract", t_lease), ("insurance_claim", t_insurance), ("police_document", t_police), ("medical_record", t_medical),
             ("school_record", t_school), ("foreign_worker_form", t_foreign_worker), ("judgment", t_judgment), ("minwon_reply", t_minwon)]
    d.base, fn = bases[i % len(bases)]
    d.nz = 0.45; d.nz_name = 0.25; d.ocr_text = True
    d.t(r.choice(["[스캔본] ", "-- page 1 --\n", "(사 본)\n", ""]))
    fn(d, i)

TEMPLATES = [  # name, genre, n, fn, may_be_empty
    ("news_crime", "기사", 36, t_news_crime, False),
    ("news_people", "기사", 26, t_news_people, False),
    ("judgment", "판결문", 32, t_judgment, False),
    ("minutes", "회의록", 28, t_minutes, False),
    ("minwon_reply", "민원 회신", 28, t_minwon, False),
    ("accident_report", "사고·감사 보고서", 30, t_accident, False),
    ("audit_report", "사고·감사 보고서", 20, t_audit, False),
    ("personnel_obituary", "인사 발령·부고", 26, t_personnel, False),
    ("interview", "인터뷰", 24, t_interview, False),
    ("school_record", "학교 기록", 24, t_school, False),
    ("medical_record", "의료 기록", 30, t_medical, False),
    ("lease_contract", "계약서", 30, t_lease, False),
    ("rental_contract", "계약서", 20, t_rental, False),
    ("insurance_claim", "보험 청구", 30, t_insurance, False),
    ("police_document", "수사·법원 서류", 32, t_police, False),
    ("export_csv", "데이터 내보내기", 24, t_csv, False),
    ("export_jsonlog", "데이터 내보내기", 22, t_json, False),
    ("export_keyvalue", "데이터 내보내기", 20, t_kv, False),
    ("headerless_table", "표", 30, t_table, False),
    ("ocr_form", "OCR 스캔 서식", 40, t_ocr, False),
    ("ocr_rescan", "OCR 스캔 서식", 32, t_ocr_rescan, False),
    ("foreign_worker_form", "신고서", 24, t_foreign_worker, False),
    ("sms_notice", "문자·알림", 20, t_sms, False),
    ("no_pii", "무PII 문서", 30, t_nopii, True),
]

# ================================================================ validation
LOOKALIKE = [re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}"), re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
             re.compile(r"\d{6}-\d{7}"), re.compile(r"\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}"),
             re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")]

def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mdays(y, m)

def check_value(typ, kind, v):
    """format / check-digit assertions on the clean value"""
    if typ == "KR_RRN":
        if kind in ("rrn_valid", "rrn_post2020"):
            m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-(\d)(\d{6})", v); assert m, v
            g = int(m.group(4)); assert g in (1, 2, 3, 4), v
            y = (1900 if g in (1, 2) else 2000) + int(m.group(1)); assert valid_date(y, int(m.group(2)), int(m.group(3))), v
            if kind == "rrn_valid": assert rrn_check(v[:6] + v[7:13]) == int(v[13]) and (y, int(m.group(2))) < (2020, 10), v
            else: assert (y, int(m.group(2))) >= (2020, 10), v
        else:
            m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-([1-4*●X])([\d*●X]{6})", v); assert m and sum(c in "*●X" for c in v) >= 3, v
            assert valid_date(2000, int(m.group(2)), int(m.group(3))), v
    elif typ == "KR_FRN":
        m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-([5-8])([\d*●X]{6})", v); assert m, v
        if kind == "frn_valid": assert frn_check(v[:6] + v[7:13]) == int(v[13]) and int(v[8:10]) % 2 == 0 and v[12] in "6789", v
    elif typ == "KR_BRN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{5}", v); s = v.replace("-", ""); assert brn_check(s[:9]) == int(s[9]), v
    elif typ == "KR_CRN":
        assert re.fullmatch(r"\d{6}-\d{7}", v); s = v.replace("-", ""); assert crn_check(s[:12]) == int(s[12]), v
    elif typ == "CREDIT_CARD":
        s = re.sub(r"[- ]", "", v)
        if kind == "card_masked": assert re.fullmatch(r"\d{4}[\d*]+\d{3,4}", s) and len(s) in (15, 16), v
        else: assert s.isdigit() and len(s) in (15, 16) and luhn_ok(s), v
    elif typ == "KR_PASSPORT":
        assert re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}|[MS]\d{8}|[A-Z]{1,2}\d{7,8}|P\d{7}[A-C]|\d{9}", v), v
    elif typ == "KR_DRIVER_LICENSE":
        assert re.fullmatch(r"(\d\d-|[가-힣]{2,4} ?)\d\d-\d{6}-\d\d|\d{12}", v), v
    elif typ == "PHONE_NUMBER":
        assert re.fullmatch(r"(\+82-10|010)[-. ]?[\d*]{4}[-. ]?[\d*]{4}|0\d{1,2}-\d{3,4}-\d{4}", v), v
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+", v), v
    elif typ == "KR_BANK_ACCOUNT":
        assert re.fullmatch(r"[\d*]+(-[\d*]+)*", v) and 11 <= len(v.replace("-", "")) <= 14, v
    elif typ == "IP_ADDRESS":
        assert re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}", v) and all(int(x) < 256 for x in v.split(".")) or ":" in v, v
    elif typ == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2} )?\d{2,3}[가-힣] ?\d{4}", v), v
    elif typ == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"[1-9]\d{10}|[1-9]-\d{10}", v), v
    elif typ == "DATE_OF_BIRTH":
        ds = re.findall(r"\d+", v)
        if len(ds) == 1: ds = [ds[0][:2], ds[0][2:4], ds[0][4:]]
        y = int(ds[0]); y = y if y > 99 else y + (2000 if y < 26 else 1900)
        assert valid_date(y, int(ds[1]), int(ds[2])), v
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", v) and (v.split()[0][-1] in "시도구군" or v.split()[0] in [s[2] for s in SIDO]), v
    elif typ == "PERSON":
        assert v not in PLACEHOLDER_NAMES and not re.search(r"[○*]|씨$|님$", v), v

def validate(doc, may_be_empty):
    text = doc.text()
    spans, negs = doc.spans, doc.negs
    if not spans and not may_be_empty: return "no spans"
    if spans and may_be_empty: return "unexpected spans"
    last = 0
    for s in spans:
        assert s["type"] in TYPES
        if s["start"] < last or s["end"] <= s["start"]: return "order/overlap"
        last = s["end"]
        if text[s["start"]:s["end"]] != s["text"]: return "text mismatch"
        if s["text"] != s["text"].strip(): return "edge whitespace"
        check_value(s["type"], s["kind"], s["clean"])
        if s["noise"] and not s["noise"] == ["spaced_name"] and not denoise_ok(s["text"], s["clean"]): return "denoise mismatch " + s["text"]
        if s["noise"] == ["spaced_name"]: assert s["text"].replace(" ", "") == s["clean"]
    for n in negs:
        if text[n["start"]:n["end"]] != n["text"]: return "neg mismatch"
        for s in spans:
            if n["start"] < s["end"] and s["start"] < n["end"]: return "neg overlaps span"
    # blank out spans and negatives, then look for unlabelled look-alikes and repeats
    blank = list(text)
    for x in spans + negs:
        for j in range(x["start"], x["end"]): blank[j] = "\x00"
    blank = "".join(blank)
    for rx in LOOKALIKE:
        m = rx.search(blank)
        if m: return "unlabelled look-alike: " + m.group(0)
    for s in spans:
        if len(s["text"]) >= 3 and s["text"] in blank: return "unlabelled repeat: " + s["text"]
        if s["type"] == "PERSON" and s["clean"] in blank: return "unlabelled name: " + s["clean"]
    return None

def build():
    recs, metas = [], []
    idn = 0
    for name, genre, n, fn, may_empty in TEMPLATES:
        for i in range(n):
            seed = f"pii_x-2026|{name}|{i}"
            r = random.Random(seed)
            for attempt in range(60):
                d = Doc(r); fn(d, i)
                err = validate(d, may_empty)
                if err is None: break
            else:
                raise SystemExit(f"could not build {seed}: {err}")
            idn += 1
            rid = f"pii_x-{idn:04d}"
            text = d.text()
            recs.append({"id": rid, "text": text,
                         "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in d.spans], "genre": genre})
            metas.append({"id": rid, "template": name, "base_template": d.base, "seed": seed, "attempts": attempt + 1, "genre": genre,
                          "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "subkind": s["kind"],
                                     "noise": s["noise"], "text": s["text"]} for s in d.spans],
                          "hard_negatives": [{"start": x["start"], "end": x["end"], "text": x["text"], "category": x["category"]} for x in d.negs]})
    return recs, metas

def stats(recs, metas):
    st = {"records": len(recs), "records_without_pii": sum(1 for x in recs if not x["spans"]),
          "gold_spans": sum(len(x["spans"]) for x in recs)}
    g = {}
    for x in recs:
        e = g.setdefault(x["genre"], {"records": 0, "no_pii": 0, "spans": 0})
        e["records"] += 1; e["no_pii"] += (not x["spans"]); e["spans"] += len(x["spans"])
    st["by_genre"] = dict(sorted(g.items()))
    t = Counter(); sk = {}; nz = Counter(); nzt = Counter(); hn = Counter(); tpl = Counter()
    for m in metas:
        tpl[m["template"]] += 1
        for s in m["spans"]:
            t[s["type"]] += 1; sk.setdefault(s["type"], Counter())[s["subkind"]] += 1
            for z in s["noise"]: nz[z] += 1
            if s["noise"]: nzt[s["type"]] += 1
        for h in m["hard_negatives"]: hn[h["category"]] += 1
    st["by_type"] = {k: t[k] for k in TYPES}
    st["subkinds"] = {k: dict(sorted(sk.get(k, Counter()).items())) for k in TYPES}
    st["noise_tags"] = dict(sorted(nz.items())); st["noisy_spans_by_type"] = dict(sorted(nzt.items()))
    st["spans_with_noise"] = sum(nzt.values())
    st["hard_negatives"] = dict(sorted(hn.items())); st["hard_negatives_total"] = sum(hn.values())
    st["by_template"] = dict(tpl)
    return st

def main():
    recs, metas = build()
    # re-read and re-check after serialisation
    with open(os.path.join(HERE, "pii_x.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in recs: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_x.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in metas: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    back = [json.loads(l) for l in open(os.path.join(HERE, "pii_x.jsonl"), encoding="utf-8")]
    mb = [json.loads(l) for l in open(os.path.join(HERE, "pii_x.meta.jsonl"), encoding="utf-8")]
    ids = set()
    for x, m in zip(back, mb):
        assert list(x.keys()) == ["id", "text", "spans", "genre"] and x["id"] == m["id"] and x["id"] not in ids
        ids.add(x["id"]); last = 0
        for s, ms in zip(x["spans"], m["spans"]):
            assert list(s.keys()) == ["start", "end", "type"] and s["type"] in TYPES
            assert last <= s["start"] < s["end"] <= len(x["text"]); last = s["end"]
            assert x["text"][s["start"]:s["end"]] == ms["text"]
        for h in m["hard_negatives"]:
            assert x["text"][h["start"]:h["end"]] == h["text"]
    st = stats(back, mb)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(st, ensure_ascii=False, indent=1))

if __name__ == "__main__":
    main()
