#!/usr/bin/env python3
"""pii_bh: independent evaluation set for Korean PII detection.

Standard library only.  Deterministic: seeded with the string "pii_bh-2026".
Writes pii_bh.jsonl, pii_bh.meta.jsonl, stats.json and validates them.

Markup used in both hand-written documents and templates:
  ⟦TYPE:value⟧ or ⟦TYPE/subkind:value⟧   gold span
  ⟪category:text⟫                        tagged hard negative (not PII)
"""
import json, os, random, re, sys, unicodedata
from collections import Counter, OrderedDict

SEED = "pii_bh-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
MIN_SPANS = {t: 80 for t in TYPES}
MIN_SPANS.update({"KR_PASSPORT": 120, "CREDIT_CARD": 120, "KR_BANK_ACCOUNT": 120,
                  "DATE_OF_BIRTH": 120})

# ---------------------------------------------------------------- markup
MARK = re.compile(r"⟦([A-Z_]+)(?:/([a-z0-9_]+))?:(.*?)⟧|⟪([a-z0-9_]+):(.*?)⟫", re.S)


def S(t, v, sub=None):
    return "⟦%s%s:%s⟧" % (t, "/" + sub if sub else "", v)


def H(cat, v):
    return "⟪%s:%s⟫" % (cat, v)


def parse(marked):
    """-> text, spans[(start,end,type,subkind)], hard_negatives[(start,end,cat)]"""
    out, spans, hns, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre); pos += len(pre)
        if m.group(1):
            v = m.group(3)
            spans.append((pos, pos + len(v), m.group(1), m.group(2)))
        else:
            v = m.group(5)
            hns.append((pos, pos + len(v), m.group(4)))
        out.append(v); pos += len(v)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⟪" not in text and "⟫" not in text, marked[:200]
    return text, spans, hns


# ---------------------------------------------------------------- pools
SUR = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 "
       "성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용").split()
SUR2 = "남궁 황보 선우 제갈 독고 사공 서문".split()
GIV = ("민 서 지 현 준 우 예 하 도 윤 수 영 진 은 재 성 연 주 혜 경 태 동 승 희 정 상 호 미 유 아 원 채 다 소 나 라 린 빈 건 훈 석 "
       "규 찬 혁 철 용 욱 범 찬 결 솔 별 담 온 율 이 람 슬 봄 겸 한 결 단 해 솔 효 송 인 중 기 광 명 남 숙 순 옥 자 덕 춘 길 식 환 택 근 필 열").split()


def kname(R):
    s = R.choice(SUR2) if R.random() < 0.06 else R.choice(SUR)
    n = 1 if R.random() < 0.07 else 2
    return s + "".join(R.choice(GIV) for _ in range(n))


FOREIGN = [  # (nationality, latin, hangul)
    ("베트남", "NGUYEN VAN HUNG", "응우옌 반 훙"), ("베트남", "TRAN THI LAN", "쩐 티 란"),
    ("베트남", "PHAM MINH TUAN", "팜 민 뚜언"), ("베트남", "LE THI HOA", "레 티 호아"),
    ("중국", "WANG XIAOMING", "왕샤오밍"), ("중국", "LIU YANG", "류양"), ("중국", "ZHANG WEI", "장웨이"),
    ("중국", "CHEN JING", "천징"), ("우즈베키스탄", "KARIMOV ALISHER", "카리모프 알리셰르"),
    ("우즈베키스탄", "YUSUPOVA DILNOZA", "유수포바 딜노자"), ("네팔", "GURUNG BIKASH", "구룽 비카스"),
    ("네팔", "THAPA SUNITA", "타파 수니타"), ("필리핀", "SANTOS MARIA CRISTINA", "산토스 마리아 크리스티나"),
    ("필리핀", "REYES JOHN PAUL", "레예스 존 폴"), ("인도네시아", "SETIAWAN BUDI", "세티아완 부디"),
    ("인도네시아", "RAHMAWATI SITI", "라마와티 시티"), ("태국", "SOMCHAI KAEWMANEE", "솜차이 깨우마니"),
    ("몽골", "BATBAYAR GANBOLD", "바트바야르 간볼드"), ("캄보디아", "SOK CHANTHA", "속 짠타"),
    ("스리랑카", "PERERA KASUN", "페레라 카순"), ("미얀마", "AUNG KYAW MIN", "아웅 초 민"),
    ("미국", "JOHNSON EMILY", "존슨 에밀리"), ("미국", "MILLER DAVID", "밀러 데이비드"),
    ("러시아", "IVANOVA OLGA", "이바노바 올가"), ("카자흐스탄", "NURLANOV ARMAN", "누를라노프 아르만"),
    ("일본", "TANAKA YUKI", "다나카 유키"), ("일본", "SATO HIROSHI", "사토 히로시"),
    ("독일", "SCHMIDT LUKAS", "슈미트 루카스"), ("프랑스", "MARTIN CAMILLE", "마르탱 카미유"),
    ("인도", "SHARMA PRIYA", "샤르마 프리야"), ("파키스탄", "KHAN IMRAN", "칸 임란"),
    ("방글라데시", "RAHMAN HASAN", "라만 하산"), ("키르기스스탄", "ASANOV TIMUR", "아사노프 티무르"),
]

ROMA = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
        "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin"}

SIDO = [("서울특별시", "서울"), ("부산광역시", "부산"), ("대구광역시", "대구"), ("인천광역시", "인천"),
        ("광주광역시", "광주"), ("대전광역시", "대전"), ("울산광역시", "울산"), ("경기도", "경기"),
        ("강원특별자치도", "강원"), ("충청북도", "충북"), ("충청남도", "충남"), ("전북특별자치도", "전북"),
        ("전라남도", "전남"), ("경상북도", "경북"), ("경상남도", "경남"), ("제주특별자치도", "제주")]
SIGUNGU = {"서울": ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "성북구", "동대문구"],
           "부산": ["해운대구", "사하구", "부산진구", "동래구"], "대구": ["수성구", "달서구", "북구"],
           "인천": ["연수구", "남동구", "부평구", "서구"], "광주": ["북구", "광산구", "서구"],
           "대전": ["유성구", "서구", "대덕구"], "울산": ["남구", "울주군", "중구"],
           "경기": ["수원시 영통구", "성남시 분당구", "고양시 일산동구", "화성시", "안산시 단원구", "의정부시", "김포시", "평택시"],
           "강원": ["춘천시", "원주시", "강릉시"], "충북": ["청주시 흥덕구", "충주시", "제천시"],
           "충남": ["천안시 서북구", "아산시", "논산시"], "전북": ["전주시 완산구", "익산시", "군산시"],
           "전남": ["목포시", "여수시", "순천시"], "경북": ["포항시 북구", "구미시", "경산시"],
           "경남": ["창원시 성산구", "김해시", "진주시"], "제주": ["제주시", "서귀포시"]}
ROAD = ["새솔로", "느티나무길", "한울대로", "봄내로", "가람로", "은빛길", "별마루로", "솔바람길", "다온로",
        "미리내길", "한빛로", "누리대로", "꽃담길", "하늬로", "늘푸른로", "물빛길", "햇살로", "다솜로"]
DONG = ["상록동", "신촌동", "가야동", "해담동", "월평동", "운정동", "도원동", "행신동", "송학동", "대흥동"]
APT = ["푸른숲아파트", "한마음아파트", "새빛마을", "햇살빌라", "은하수타운", "늘봄아파트", "청솔맨션"]


def address(R, style=None):
    full, short = R.choice(SIDO)
    sgg = R.choice(SIGUNGU[short])
    style = style or R.choice(["road", "road", "road_short", "road_sgg", "jibun", "road_unit"])
    road = R.choice(ROAD)
    num = "%d" % R.randint(3, 480)
    if R.random() < 0.3:
        road = road + " %d번길" % R.randint(2, 60)
    unit = R.choice(["", ", %d동 %d호" % (R.randint(101, 115), R.randint(101, 2204)),
                     ", %d층" % R.randint(2, 9), ", %d호" % R.randint(101, 905)])
    if style == "road":
        return "%s %s %s %s%s" % (full, sgg, road, num, unit), "road_full"
    if style == "road_short":
        return "%s %s %s %s%s" % (short, sgg, road, num, unit), "road_short"
    if style == "road_sgg":
        return "%s %s %s%s" % (sgg, road, num, unit), "road_from_sigungu"
    if style == "road_unit":
        return "%s %s %s %s, %d동 %d호" % (full, sgg, road, num, R.randint(101, 120), R.randint(101, 1904)), "road_full"
    return "%s %s %s %d-%d %s %d동 %d호" % (full, sgg, R.choice(DONG), R.randint(1, 999), R.randint(1, 40),
                                          R.choice(APT), R.randint(101, 112), R.randint(101, 1502)), "jibun"


# ---------------------------------------------------------------- numbers
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def _birth(R, y0, y1):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, W_RRN)) % 11) % 10


def rrn_valid(R, y=None):
    if y is None:
        y, m, d = _birth(R, 1938, 2019)
        if y == 2019: m = min(m, 9)
    else:
        y, m, d = y
    g = (1 if y < 2000 else 3) + R.randint(0, 1)
    body = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, R.randint(0, 99999))
    return body[:6] + "-" + body[6:] + str(rrn_check(body)), (y, m, d)


def rrn_post2020(R):
    y = R.randint(2020, 2025); m = R.randint(10, 12) if y == 2020 else R.randint(1, 12); d = R.randint(1, 28)
    g = 3 + R.randint(0, 1)
    body = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, R.randint(0, 99999))
    bad = (rrn_check(body) + R.randint(1, 9)) % 10
    return body[:6] + "-" + body[6:] + str(bad), (y, m, d)


def rrn_masked(R):
    y, m, d = _birth(R, 1940, 2018)
    g = (1 if y < 2000 else 3) + R.randint(0, 1)
    mc = R.choice("**●X*x")
    return "%02d%02d%02d-%d%s" % (y % 100, m, d, g, mc * 6), (y, m, d)


def frn(R):
    y, m, d = _birth(R, 1960, 2006)
    g = (5 if y < 2000 else 7) + R.randint(0, 1)
    org = R.randint(10, 48) // 2 * 2
    body = "%02d%02d%02d%d%02d%02d%d" % (y % 100, m, d, g, org, R.randint(0, 99), R.randint(7, 9))
    return body[:6] + "-" + body[6:] + str(frn_check(body)), (y, m, d)


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn(R):
    d9 = "%03d%02d%04d" % (R.randint(101, 899), R.choice([81, 86, 87, 88, 11, 13, 20, 23, 37, 51, 61, 85]), R.randint(0, 9999))
    d = d9 + str(brn_check(d9))
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:])


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def crn(R):
    d12 = "%s%s%06d" % (R.choice(["1101", "1311", "1201", "1350", "1601", "1801", "2001", "1744", "1358", "1146"]),
                         R.choice(["11", "11", "11", "14", "13"]), R.randint(0, 999999))
    return d12[:6] + "-" + d12[6:] + str(crn_check(d12))


def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9: n -= 9
        s += n; alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length, R):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_BRANDS = [("visa", ["4"], 16), ("master", ["51", "52", "53", "54", "55", "2221", "2720"], 16),
               ("amex", ["34", "37"], 15), ("jcb", ["3528", "3569", "3540"], 16), ("bc", ["9410", "9420", "9490"], 16),
               ("unionpay", ["6210", "6250", "6282"], 16), ("diners", ["3608", "3640"], 14), ("discover", ["6011"], 16),
               ("local", ["9430", "9443", "9460"], 16)]


def card(R, brand=None, sep=None, mask=None):
    b = brand or R.choice(CARD_BRANDS)
    if isinstance(b, str):
        b = [x for x in CARD_BRANDS if x[0] == b][0]
    name, prefixes, ln = b
    num = luhn_complete(R.choice(prefixes), ln, R)
    if ln == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif ln == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if mask:
        flat = list("".join(groups))
        if mask == "mid":
            for i in range(6, len(flat) - 4): flat[i] = "*"
        elif mask == "mid8":
            for i in range(4, len(flat) - 4): flat[i] = "*"
        elif mask == "x":
            for i in range(6, len(flat) - 4): flat[i] = "X"
        s, out = 0, []
        for g in groups:
            out.append("".join(flat[s:s + len(g)])); s += len(g)
        groups = out
    sep = sep if sep is not None else R.choice(["-", "-", "-", " ", ""])
    return sep.join(groups), name + ("_masked" if mask else "")


BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]),
         ("SC제일은행", [3, 2, 6]), ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]), ("케이뱅크", [3, 3, 6]),
         ("우체국", [6, 2, 6]), ("새마을금고", [4, 4, 4, 1]), ("신협", [3, 3, 6, 1]), ("부산은행", [3, 4, 4, 2]),
         ("iM뱅크", [3, 2, 6, 1]), ("경남은행", [3, 2, 7]), ("광주은행", [3, 3, 6]), ("전북은행", [3, 2, 7]),
         ("수협은행", [3, 2, 6]), ("KDB산업은행", [3, 4, 7]), ("한국씨티은행", [3, 6, 3]), ("제주은행", [2, 2, 6])]
BANK_CODE = {"KB국민은행": "004", "국민은행": "004", "신한은행": "088", "우리은행": "020", "하나은행": "081",
             "NH농협은행": "011", "농협": "012", "IBK기업은행": "003", "SC제일은행": "023", "카카오뱅크": "090",
             "토스뱅크": "092", "케이뱅크": "089", "우체국": "071", "새마을금고": "045", "신협": "048",
             "부산은행": "032", "iM뱅크": "031", "경남은행": "039", "광주은행": "034", "전북은행": "037",
             "수협은행": "007", "KDB산업은행": "002", "한국씨티은행": "027", "제주은행": "035"}


def account(R, bank=None, sep="-"):
    b = bank or R.choice(BANKS)
    if isinstance(b, str):
        b = [x for x in BANKS if x[0] == b][0]
    name, groups = b
    parts = []
    for i, g in enumerate(groups):
        lo = 10 ** (g - 1) if i == 0 and g > 1 else 0
        parts.append(str(R.randint(lo, 10 ** g - 1)).zfill(g))
    if name in ("카카오뱅크",): parts[0] = "3333"
    if name in ("토스뱅크",): parts[0] = "1000"
    return sep.join(parts), name


def passport_kr(R, new=None):
    p = R.choice("MMMMMSRGD")
    if new is None: new = R.random() < 0.5
    if new:
        return "%s%03d%s%04d" % (p, R.randint(0, 999), R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), R.randint(0, 9999)), "kr_new"
    return "%s%08d" % (p, R.randint(10000000, 99999999)), "kr_old"


def passport_foreign(R, country=None):
    c = country or R.choice(["베트남", "중국", "우즈베키스탄", "네팔", "필리핀", "인도네시아", "태국", "몽골", "미국",
                             "일본", "러시아", "캄보디아", "인도", "독일", "프랑스", "스리랑카", "미얀마", "카자흐스탄"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = {"베트남": lambda: R.choice("CBN") + "%07d" % R.randint(0, 9999999),
         "중국": lambda: R.choice(["E%08d" % R.randint(0, 99999999), "EA%07d" % R.randint(0, 9999999), "EJ%07d" % R.randint(0, 9999999)]),
         "우즈베키스탄": lambda: R.choice(["AA", "AB", "FA"]) + "%07d" % R.randint(0, 9999999),
         "네팔": lambda: "PA%07d" % R.randint(0, 9999999),
         "필리핀": lambda: "P%07d%s" % (R.randint(0, 9999999), R.choice("ABC")),
         "인도네시아": lambda: R.choice(["A", "B", "X"]) + "%07d" % R.randint(0, 9999999),
         "태국": lambda: R.choice(["AA", "AB", "AC"]) + "%07d" % R.randint(0, 9999999),
         "몽골": lambda: "E%07d" % R.randint(0, 9999999),
         "미국": lambda: R.choice(["%09d" % R.randint(500000000, 599999999), "A%08d" % R.randint(0, 99999999)]),
         "일본": lambda: R.choice(["TK", "TR", "MZ"]) + "%07d" % R.randint(0, 9999999),
         "러시아": lambda: "%02d %07d" % (R.randint(70, 77), R.randint(0, 9999999)),
         "캄보디아": lambda: "N%08d" % R.randint(0, 99999999),
         "인도": lambda: R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(0, 9999999),
         "독일": lambda: R.choice("CFGHJK") + "".join(R.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)),
         "프랑스": lambda: "%02d%s%s%05d" % (R.randint(10, 24), R.choice(L), R.choice(L), R.randint(0, 99999)),
         "스리랑카": lambda: "N%07d" % R.randint(0, 9999999),
         "미얀마": lambda: "MH%06d" % R.randint(0, 999999),
         "카자흐스탄": lambda: "N%08d" % R.randint(0, 99999999)}[c]
    return f(), "foreign", c


DL_REGION = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북",
             "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주",
             "25": "대전", "26": "울산", "28": "경기"}


def dlicense(R, style=None):
    code = R.choice(list(DL_REGION))
    yy = "%02d" % R.choice(list(range(80, 100)) + list(range(0, 25)))
    s6 = "%06d" % R.randint(0, 999999); c2 = "%d%d" % (R.randint(0, 9), R.randint(0, 2))
    style = style or R.choice(["num", "num", "region", "region_nospace", "plain"])
    if style == "num": return "%s-%s-%s-%s" % (code, yy, s6, c2), "dl_numeric"
    if style == "region": return "%s %s-%s-%s" % (DL_REGION[code], yy, s6, c2), "dl_region"
    if style == "region_nospace": return "%s%s-%s-%s" % (DL_REGION[code], yy, s6, c2), "dl_region"
    return code + yy + s6 + c2, "dl_plain"


PLATE_H = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(R, style=None):
    style = style or R.choice(["n2", "n3", "n3", "region", "commercial", "nospace", "rental"])
    h = R.choice(PLATE_H)
    if style == "n2": return "%02d%s %04d" % (R.randint(10, 99), h, R.randint(1000, 9999)), "plate_2digit"
    if style == "n3": return "%03d%s %04d" % (R.randint(100, 699), h, R.randint(1000, 9999)), "plate_3digit"
    if style == "region": return "%s %02d%s %04d" % (R.choice(["서울", "경기", "부산", "인천", "대구"]), R.randint(10, 99), h, R.randint(1000, 9999)), "plate_region"
    if style == "commercial": return "%s %02d%s %04d" % (R.choice(["서울", "경기", "부산", "충남"]), R.randint(70, 98), R.choice("바사아자배"), R.randint(1000, 9999)), "plate_commercial"
    if style == "rental": return "%03d%s %04d" % (R.randint(100, 399), R.choice("하허호"), R.randint(1000, 9999)), "plate_rental"
    return "%03d%s%04d" % (R.randint(100, 699), h, R.randint(1000, 9999)), "plate_nospace"


def health(R):
    return "%d%010d" % (R.randint(1, 9), R.randint(0, 9999999999))


def mobile(R, sep="-"):
    return "010%s%04d%s%04d" % (sep, R.randint(2000, 9999), sep, R.randint(0, 9999))


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(R):
    a = R.choice(AREA)
    mid = "%d" % R.randint(200, 999) if a != "02" or R.random() < 0.3 else "%d" % R.randint(2000, 9999)
    return "%s-%s-%04d" % (a, mid, R.randint(0, 9999))


def phone_any(R):
    x = R.random()
    if x < 0.55: return mobile(R, R.choice(["-", "-", "-", ".", " ", ""]))
    if x < 0.85: return landline(R)
    if x < 0.93: return "070-%04d-%04d" % (R.randint(2000, 9999), R.randint(0, 9999))
    return "+82-10-%04d-%04d" % (R.randint(2000, 9999), R.randint(0, 9999))


DOMAINS = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "hotmail.com"]


def email(R, person=None, dom=None):
    base = R.choice(["sun", "moon", "blue", "tree", "happy", "green", "jjang", "river", "star", "hope", "dream"])
    user = "%s%s%d" % (base, R.choice(["", "_", ".", "-"]), R.randint(1, 9999))
    if R.random() < 0.3:
        user = R.choice(["kim", "lee", "park", "choi", "jung", "kang", "yoon", "han", "seo", "hwang"]) + R.choice(["", ".", "_"]) + R.choice(["minsu", "jiyeon", "hyun", "sora", "dj", "yh", "jw"]) + str(R.randint(1, 99))
    return user + "@" + (dom or R.choice(DOMAINS))


def ipv4(R, private=None):
    if private is None: private = R.random() < 0.4
    if private:
        return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                         "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                         "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    return "%d.%d.%d.%d" % (R.choice([1, 14, 27, 39, 58, 61, 101, 106, 110, 112, 118, 121, 175, 180, 183, 211, 218, 220, 222]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6(R):
    return "2001:%x:%x:%x::%x" % (R.randint(0x200, 0xeff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def dob_fmt(R, ymd, style=None):
    y, m, d = ymd
    style = style or R.choice(["dot_sp", "kor", "iso", "dot0", "yy", "six", "slash", "dot_nosp", "mon", "kor_yy", "eng", "dmy"])
    f = {"dot_sp": "%d. %d. %d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d), "iso": "%d-%02d-%02d" % (y, m, d),
         "dot0": "%d.%02d.%02d." % (y, m, d), "yy": "%02d.%02d.%02d" % (y % 100, m, d), "six": "%02d%02d%02d" % (y % 100, m, d),
         "slash": "%d/%02d/%02d" % (y, m, d), "dot_nosp": "%d.%d.%d" % (y, m, d), "mon": "%02d %s %d" % (d, MON[m - 1], y),
         "kor_yy": "%02d년 %d월 %d일" % (y % 100, m, d), "eng": "%s %d, %d" % (MONEN[m - 1], d, y),
         "dmy": "%02d.%02d.%d" % (d, m, y), "eight": "%d%02d%02d" % (y, m, d)}[style]
    return f, "dob_" + style


def birth(R, y0=1940, y1=2006):
    return _birth(R, y0, y1)


# ---------------------------------------------------------------- noise
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
HDIG = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}


def n_fullwidth(R, v): return v.translate(FW)


def n_uhyphen(R, v): return v.replace("-", R.choice(["‐", "－", "–"]))


def n_space(R, v):
    idx = [i for i in range(1, len(v)) if v[i].isdigit() and v[i - 1].isdigit()]
    if not idx: return v.replace("-", " - ", 1)
    i = R.choice(idx); return v[:i] + " " + v[i:]


def n_newline(R, v):
    idx = [i for i in range(1, len(v) - 1) if v[i - 1] in "-" or (v[i].isdigit() and v[i - 1].isdigit())]
    i = R.choice(idx); return v[:i] + "\n" + v[i:]


def n_conf(R, v):
    idx = [i for i, c in enumerate(v) if c in CONF]
    if not idx: return v
    for i in R.sample(idx, min(len(idx), R.choice([1, 1, 2]))):
        v = v[:i] + CONF[v[i]] + v[i + 1:]
    return v


def n_hangul(R, v):
    return "".join(HDIG.get(c, c) for c in v).replace("-", " ")


NUMERIC = {"PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD",
           "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "IP_ADDRESS", "KR_PASSPORT"}


def ocr_value(R, typ, v):
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", v) and R.random() < 0.5:
            return " ".join(v)
        return v
    if typ in NUMERIC or typ == "DATE_OF_BIRTH":
        fn = R.choice([n_fullwidth, n_uhyphen, n_space, n_conf, n_conf, n_newline, None, None])
        if fn is n_uhyphen and "-" not in v: fn = n_fullwidth
        if fn is n_conf and typ in ("KR_PASSPORT", "IP_ADDRESS") and R.random() < 0.5: fn = n_fullwidth
        if fn: return fn(R, v)
    return v


def ocr_text(R, s):
    out = []
    for ch in s:
        x = R.random()
        if ch == "." and x < 0.05: out.append(","); continue
        if ch == " " and x < 0.05: out.append("  "); continue
        if ch == ":" and x < 0.08: out.append(";"); continue
        out.append(ch)
    return "".join(out)


def ocr_render(R, marked):
    """Apply OCR-style noise to a marked document (span values and plain text)."""
    out, last = [], 0
    for m in MARK.finditer(marked):
        out.append(ocr_text(R, marked[last:m.start()]))
        if m.group(1):
            out.append(S(m.group(1), ocr_value(R, m.group(1), m.group(3)), m.group(2)))
        else:
            out.append(m.group(0))
        last = m.end()
    out.append(ocr_text(R, marked[last:]))
    return "".join(out)


def hard_wrap(text, spans, hns, width):
    """Insert line breaks every `width` chars of a line; shift offsets."""
    ins, col = [], 0
    for i, ch in enumerate(text):
        if ch == "\n": col = 0; continue
        col += 1
        if col >= width and i + 1 < len(text) and text[i + 1] not in "\n ":
            ins.append(i + 1); col = 0
    if not ins: return text, spans, hns
    def sh(p, is_end):
        return p + sum(1 for q in ins if (q < p if is_end else q <= p) and q != p) + (0)
    # position mapping: a break inserted at q lands before original char q
    def mp_start(p): return p + sum(1 for q in ins if q <= p)
    def mp_end(p): return p + sum(1 for q in ins if q < p)
    new = []
    last = 0
    for q in ins:
        new.append(text[last:q]); new.append("\n"); last = q
    new.append(text[last:])
    nt = "".join(new)
    nspans = [(mp_start(s) if True else s, mp_end(e), t, k) for s, e, t, k in spans]
    # a break exactly at a span start goes before the span (mp_start counts q<=p) -> outside, good
    nhns = [(mp_start(s), mp_end(e), c) for s, e, c in hns]
    return nt, nspans, nhns


# ---------------------------------------------------------------- inference of subkind / noise
HAN_DIG = set("공영일이삼사오육칠팔구")


def infer_noise(t, v):
    tags = []
    if re.search(r"[０-９]", v): tags.append("fullwidth_digits")
    if re.search(r"[‐‑–—－]", v): tags.append("unicode_hyphen")
    if "\n" in v: tags.append("newline_in_number" if t in NUMERIC else "wrapped")
    if t in NUMERIC - {"KR_DRIVER_LICENSE"} and re.search(r"[\d０-９] +[\d０-９]", v):
        if not (t == "PHONE_NUMBER" and re.fullmatch(r"0\d{1,2} \d{3,4} \d{4}", v)) and \
           not (t == "CREDIT_CARD" and re.fullmatch(r"[\d*X]{4}( [\d*X]{4,6}){2,3}", v)) and \
           not (t == "KR_PASSPORT" and re.fullmatch(r"\d{2} \d{7}", v)):
            tags.append("space_in_number")
    if t in NUMERIC - {"KR_PASSPORT"} and re.search(r"[OolISB]", v) and not re.search(r"[A-Za-z]{3}", v):
        tags.append("ocr_confusable")
    if t == "KR_PASSPORT":
        core = re.sub(r"\s", "", v)
        if re.fullmatch(r"[MSRGD][0-9OlISB]{8}", core) and re.search(r"[OlISB]", core[1:]): tags.append("ocr_confusable")
    if t in NUMERIC and any(c in HAN_DIG for c in v) and t not in ("KR_DRIVER_LICENSE",): tags.append("hangul_digits")
    if t == "DATE_OF_BIRTH" and re.search(r"[OlS]", v) and re.search(r"\d", v) and not re.search(r"[A-Za-z]{3}", v): tags.append("ocr_confusable")
    if t == "PERSON" and re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v): tags.append("spaced_name")
    return tags


def norm_num(v, conf=True):
    s = unicodedata.normalize("NFKC", v)
    s = re.sub(r"[‐‑–—－]", "-", s)
    s = re.sub(r"\s+", "", s)
    if conf:
        s = s.translate(str.maketrans("OolISB", "001158"))
    if any(c in HAN_DIG for c in s):
        s = s.translate(str.maketrans("공영일이삼사오육칠팔구", "00123456789"))
    return s


def infer_sub(t, v):
    n = norm_num(v)
    if t == "KR_RRN":
        if re.search(r"[*●X×x○]", v): return "rrn_masked"
        d = re.sub(r"\D", "", n)
        return "rrn_post2020" if d[6] in "34" and int(d[:2]) >= 20 and (int(d[:2]) > 20 or int(d[2:4]) >= 10) else "rrn_valid"
    if t == "CREDIT_CARD":
        if re.search(r"[*X●#]", v): return "card_masked"
        d = re.sub(r"\D", "", n)
        for name, pre, ln in CARD_BRANDS:
            if len(d) == ln and any(d.startswith(p) for p in pre): return "card_" + name
        if d.startswith("4"): return "card_visa"
        if d[:2] in ("51", "52", "53", "54", "55") or d[:2] == "22": return "card_master"
        if d[:2] in ("34", "37"): return "card_amex"
        if d[:2] == "35": return "card_jcb"
        if d[:2] == "62": return "card_unionpay"
        if d[:2] == "94": return "card_bc_local"
        return "card_other"
    if t == "KR_PASSPORT":
        c = unicodedata.normalize("NFKC", re.sub(r"\s", "", v))
        if re.search(r"[*●X]{2,}", c[1:]) or "*" in c: return "passport_masked"
        cc = c.translate(str.maketrans("OlISB", "01158"))
        if re.fullmatch(r"[MSRGD]\d{8}", cc[0] + cc[1:].translate(str.maketrans("OlISB", "01158"))) and c[0] in "MSRGD" and len(c) == 9 and not re.search(r"[A-Z]", c[1:].translate(str.maketrans("OlISB", "01158"))):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGD]\d{3}[A-Z]\d{4}", c): return "passport_kr_new"
        return "passport_foreign"
    if t == "KR_BANK_ACCOUNT":
        if re.search(r"[*X●]", v): return "account_masked"
        parts = norm_num(v).split("-")
        return "account_" + "-".join(str(len(p)) for p in parts)
    if t == "PHONE_NUMBER":
        if re.search(r"[*X●]", v): return "phone_masked"
        if n.startswith("+"): return "phone_intl"
        if any(c in HAN_DIG for c in v): return "phone_spoken"
        d = re.sub(r"\D", "", n)
        if d.startswith("01"): return "phone_mobile"
        if d.startswith("070"): return "phone_070"
        return "phone_landline"
    if t == "PERSON":
        if re.search(r"[A-Za-z]", v): return "person_foreign_latin"
        if re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v): return "person_kr_spaced"
        if " " in v or len(v) >= 5: return "person_foreign_hangul"
        if len(v) == 4 and v[:2] in SUR2: return "person_kr_2syl_surname"
        return "person_kr"
    if t == "KR_ADDRESS":
        if re.search(r"(로|길)\s*\d", v): return "address_road"
        return "address_jibun"
    if t == "DATE_OF_BIRTH":
        s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", v)).strip()
        for name, pat in [("dob_hangul_numeral", r"^[천구백일이삼사오육칠팔십]+년"), ("dob_kanji", r"年"), ("dob_passport_style", r"^\S{1,2} [A-Z]{3} \d{4}$"),
                          ("dob_english", r"^[A-Z][a-z]+ \d"), ("dob_kor_full", r"^\S{4} ?년"), ("dob_kor_yy", r"^\S{2} ?년"),
                          ("dob_iso", r"^\S{4}-\S{2}-\S{2}$"), ("dob_slash", r"/"), ("dob_dot_spaced", r"^\S{4}\. \S{1,2}\. "),
                          ("dob_dmy", r"^\S{2}\.\S{2}\.\S{4}$"), ("dob_dot", r"^\S{4}\.\S{1,2}\.\S{1,2}\.?$"), ("dob_yy_dot", r"^'?\S{2}\. ?\S{1,2}\. ?\S{1,2}\.?$"),
                          ("dob_8digits", r"^\S{8}$"), ("dob_6digits", r"^\S{6}$")]:
            if re.search(pat, s): return name
        return "dob_other"
    if t == "IP_ADDRESS":
        return "ipv6" if ":" in v else ("ipv4_private" if re.match(r"(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", n) else "ipv4_public")
    if t == "KR_DRIVER_LICENSE":
        if re.match(r"[가-힣]", v): return "dl_region"
        if "-" in n: return "dl_numeric"
        return "dl_plain"
    if t == "KR_VEHICLE_PLATE":
        if re.match(r"[가-힣]{2}", v): return "plate_region"
        return "plate_plain"
    if t == "KR_FRN":
        return "frn_masked" if re.search(r"[*●X]", v) else "frn_legacy"
    return t.lower()


# ---------------------------------------------------------------- validation
def dob_ok(v):
    s = unicodedata.normalize("NFKC", v)
    s = re.sub(r"[OlS](?=[\dOlS])|(?<=\d)[OlS]", lambda m: {"O": "0", "l": "1", "S": "5"}[m.group()], s)
    s = re.sub(r"\s+(?=[년월일])", "", s)
    s = re.sub(r"^'(?=\d\d\.)", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    pats = [r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?", r"(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일", r"(\d{4})-(\d{2})-(\d{2})",
            r"(\d{2})\.(\d{2})\.(\d{2})", r"(\d{2})(\d{2})(\d{2})", r"(\d{4})/(\d{2})/(\d{2})", r"(\d{2})년 ?(\d{1,2})월 ?(\d{1,2})일",
            r"(\d{4})(\d{2})(\d{2})", r"(\d{2})\. ?(\d{1,2})\. ?(\d{1,2})\.?"]
    for p in pats:
        m = re.fullmatch(p, s)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            return 1 <= mo <= 12 and 1 <= d <= 31
    m = re.fullmatch(r"(\d{1,2}) ([A-Z]{3}) (\d{4})", s)
    if m: return m.group(2) in MON
    m = re.fullmatch(r"(\d{1,2}) (\d{1,2})월/([A-Z]{3}) (\d{4})", s)
    if m: return m.group(3) in MON
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m: return m.group(1) in MONEN
    m = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", s)
    if m: return 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
    m = re.fullmatch(r"(\d{4})年 ?(\d{1,2})月 ?(\d{1,2})日", s)
    if m: return True
    if re.fullmatch(r"[천구백일이삼사오육칠팔십]+년 ?[일이삼사오육칠팔구십]+월 ?[일이삼사오육칠팔구십]+일", s): return True
    return False


def check_value(t, v, sub):
    """Return error string or None."""
    n = norm_num(v)
    d = re.sub(r"\D", "", n)
    if t == "KR_RRN":
        if sub == "rrn_masked":
            m = re.fullmatch(r"(\d{6})-?([1-4])([*●Xx×○]{6})", unicodedata.normalize("NFKC", re.sub(r"[‐－\s]", lambda x: "-" if x.group() != " " and x.group() != "\n" else "", v)))
            return None if m else "bad masked rrn"
        if len(d) != 13: return "rrn len"
        yy, mm, dd, g = int(d[:2]), int(d[2:4]), int(d[4:6]), d[6]
        if not (1 <= mm <= 12 and 1 <= dd <= 31): return "rrn date"
        if sub == "rrn_post2020":
            if g not in "34" or (2000 + yy, mm) < (2020, 10): return "post2020 date"
            return "post2020 has valid check" if rrn_check(d[:12]) == int(d[12]) else None
        if g not in "1234": return "rrn gender"
        if g in "34" and (2000 + yy, mm) >= (2020, 10): return "pre2020 date"
        return None if rrn_check(d[:12]) == int(d[12]) else "rrn check"
    if t == "KR_FRN":
        if sub == "frn_masked": return None
        if len(d) != 13 or d[6] not in "5678": return "frn shape"
        if int(d[7:9]) % 2: return "frn org odd"
        return None if frn_check(d[:12]) == int(d[12]) else "frn check"
    if t == "KR_BRN":
        if len(d) != 10: return "brn len"
        return None if brn_check(d[:9]) == int(d[9]) else "brn check"
    if t == "KR_CRN":
        if len(d) != 13: return "crn len"
        return None if crn_check(d[:12]) == int(d[12]) else "crn check"
    if t == "CREDIT_CARD":
        if sub == "card_masked":
            return None if re.fullmatch(r"[\d*X●#\-]{14,19}", n) and len(re.sub(r"-", "", n)) in (14, 15, 16) else "masked card"
        if len(d) not in (14, 15, 16): return "card len"
        return None if luhn_ok(d) else "luhn"
    if t == "KR_BANK_ACCOUNT":
        if sub == "account_masked": return None if 10 <= len(re.sub(r"-", "", n)) <= 14 else "masked acct"
        return None if 10 <= len(d) <= 14 and re.fullmatch(r"[\d-]+", n) else "acct %s" % n
    if t == "KR_HEALTH_INSURANCE":
        return None if len(d) == 11 and re.fullmatch(r"[\d-]+", n) else "health"
    if t == "PHONE_NUMBER":
        if sub == "phone_masked": return None
        if n.startswith("+") and not n.startswith("+82"): return None if re.fullmatch(r"\+\d{1,3}-[\d-]{7,14}", n) else "intl"
        if n.startswith("+82"): return None if re.fullmatch(r"\+82-?\(?0?\)?1?\d[-\d]{8,11}", n) else "intl"
        return None if re.fullmatch(r"0\d{1,2}[-.)]?\d{3,4}[-.]?\d{4}", n) else "phone %s" % n
    if t == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", unicodedata.normalize("NFKC", v)) else "email"
    if t == "IP_ADDRESS":
        if ":" in n: return None if re.fullmatch(r"[0-9a-fA-F:]+", n) else "ipv6"
        p = n.split(".")
        return None if len(p) == 4 and all(x.isdigit() and int(x) < 256 for x in p) else "ip"
    if t == "KR_PASSPORT":
        c = unicodedata.normalize("NFKC", re.sub(r"\s", "", v))
        return None if re.fullmatch(r"[A-Z0-9OlISB*●X]{7,10}", c) else "passport"
    if t == "KR_DRIVER_LICENSE":
        c = unicodedata.normalize("NFKC", re.sub(r"[\s]", "", v)).translate(str.maketrans("‐–－", "---"))
        c = c.translate(str.maketrans("OlISB", "01158"))
        return None if re.fullmatch(r"(\d{2}|[가-힣]{2})-?\d{2}-?\d{6}-?\d{2}", c) else "dl"
    if t == "KR_VEHICLE_PLATE":
        c = unicodedata.normalize("NFKC", re.sub(r"\s", "", v)).translate(str.maketrans("OlSB", "0158"))
        return None if re.fullmatch(r"([가-힣]{2})?\d{2,3}[가-힣]\d{4}", c) else "plate"
    if t == "DATE_OF_BIRTH":
        return None if dob_ok(v) else "dob"
    if t == "PERSON":
        if re.search(r"(씨|님|귀하|주무관|과장|팀장|위원)$", v) or ":" in v: return "person title"
        return None
    if t == "KR_ADDRESS":
        return None if re.search(r"\d", v) and re.match(r"[가-힣]", v) else "address"
    return None


SCAN = [("mobile", r"(?<![\d])01[016789][-.\s‐－]?\d{3,4}[-.\s‐－]?\d{4}(?!\d)"),
        ("landline", r"(?<![\d-])0(?:2|[3-6]\d|70)[-.)‐－]\d{3,4}[-.‐－]\d{4}(?!\d)"),
        ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+"),
        ("rrn_shape", r"(?<!\d)\d{6}\s?[-‐－]\s?[1-8][\d*●Xx]{6}(?!\d)"),
        ("card_shape", r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{2,4}(?!\d)"),
        ("ipv4", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
        ("kr_passport", r"(?<![A-Za-z0-9])[MSRGD](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])"),
        ("brn_shape", r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)"),
        ("plate", r"(?<!\d)\d{2,3}[%s] ?\d{4}(?!\d)" % PLATE_H),
        ("dl_shape", r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")]


# ---------------------------------------------------------------- record building
def build(rid, genre, marked, template, handwritten, ocr=False, R=None, wrap=None):
    text, spans, hns = parse(marked)
    if wrap:
        text, spans, hns = hard_wrap(text, spans, hns, wrap)
    sp, meta_sp = [], []
    for s, e, t, k in sorted(spans):
        v = text[s:e]
        sub = k or infer_sub(t, v)
        noise = infer_noise(t, v)
        sp.append({"start": s, "end": e, "type": t})
        meta_sp.append({"start": s, "end": e, "type": t, "subkind": sub, "noise": noise, "value": v})
    rec = {"id": rid, "text": text, "spans": sp, "genre": genre}
    meta = {"id": rid, "template": template, "genre": genre, "handwritten": handwritten, "ocr": ocr,
            "spans": meta_sp, "hard_negatives": [{"start": s, "end": e, "category": c, "text": text[s:e]} for s, e, c in sorted(hns)]}
    return rec, meta


def validate(rec, meta):
    errs = []
    text = rec["text"]
    prev = 0
    covered = [False] * len(text)
    for sp, ms in zip(rec["spans"], meta["spans"]):
        s, e, t = sp["start"], sp["end"], sp["type"]
        if t not in TYPES: errs.append("type " + t)
        if not (0 <= s < e <= len(text)): errs.append("bounds"); continue
        if s < prev: errs.append("overlap/unsorted at %d" % s)
        prev = e
        v = text[s:e]
        if v != v.strip(): errs.append("whitespace edge %r" % v)
        if v != ms["value"]: errs.append("value mismatch")
        err = check_value(t, v, ms["subkind"])
        if err: errs.append("%s %r: %s" % (t, v, err))
        for i in range(s, e): covered[i] = True
    hcov = [False] * len(text)
    for h in meta["hard_negatives"]:
        for i in range(h["start"], h["end"]):
            if covered[i]: errs.append("hard negative overlaps span: %r" % h["text"]); break
            hcov[i] = True
    # every occurrence of a labelled value must be labelled
    for sp in rec["spans"]:
        v = text[sp["start"]:sp["end"]]
        if len(v) < 2: continue
        for m in re.finditer(re.escape(v), text):
            if not all(covered[m.start():m.end()]):
                errs.append("unlabelled repeat of %r at %d" % (v, m.start()))
    # PII-looking strings outside spans must lie in a tagged hard negative
    norm = unicodedata.normalize("NFKC", text)
    if len(norm) == len(text):
        for name, pat in SCAN:
            for m in re.finditer(pat, norm):
                rng = range(m.start(), m.end())
                if any(covered[i] for i in rng): continue
                if all(hcov[i] for i in rng): continue
                errs.append("stray %s %r" % (name, m.group()))
    return errs


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, HERE)
    import handwritten
    import templates_bh as T
    R = random.Random(SEED)
    recs, metas = [], []
    for i, item in enumerate(handwritten.DOCS):
        genre, marked = item[0], item[1]
        ocr = len(item) > 2 and item[2] == "ocr"
        rid = "bh-h%03d" % (i + 1)
        rec, meta = build(rid, genre, marked.strip("\n"), "handwritten_%03d" % (i + 1), True, ocr)
        recs.append(rec); metas.append(meta)
    for j, (tname, genre, marked, ocr, wrap) in enumerate(T.generate(R, recs, metas, MIN_SPANS)):
        rid = "bh-t%03d" % (j + 1)
        rec, meta = build(rid, genre, marked, tname, False, ocr, R, wrap)
        recs.append(rec); metas.append(meta)
        T.note(rec)
    # write
    with open(os.path.join(HERE, "pii_bh.jsonl"), "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_bh.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas: f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # re-read and validate
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_bh.jsonl"), encoding="utf-8")]
    metas2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_bh.meta.jsonl"), encoding="utf-8")]
    assert [r["id"] for r in recs2] == [m["id"] for m in metas2]
    assert len(set(r["id"] for r in recs2)) == len(recs2)
    nerr = 0
    for r, m in zip(recs2, metas2):
        assert set(r) == {"id", "text", "spans", "genre"}
        for e in validate(r, m):
            nerr += 1
            print("ERROR", r["id"], e)
    st = stats(recs2, metas2)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    for t in TYPES:
        if st["spans_by_type"].get(t, 0) < MIN_SPANS[t]:
            nerr += 1; print("ERROR too few", t, st["spans_by_type"].get(t, 0))
    if st["records_handwritten"] < 150: nerr += 1; print("ERROR too few handwritten")
    if st["records"] < 400: nerr += 1; print("ERROR too few records")
    print("records", st["records"], "spans", st["spans"], "no_pii", st["records_no_pii"], "errors", nerr)
    if nerr: sys.exit(1)


def stats(recs, metas):
    bt, bs, bn, bg, bgs, bgn, hn, tpl = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r, m in zip(recs, metas):
        g = r["genre"]; bg[g] += 1; bgs[g] += len(r["spans"])
        if not r["spans"]: bgn[g] += 1
        tpl[m["template"] if not m["handwritten"] else "handwritten"] += 1
        for s in m["spans"]:
            bt[s["type"]] += 1; bs[s["type"] + "/" + s["subkind"]] += 1
            for x in s["noise"]: bn[x] += 1
        for h in m["hard_negatives"]: hn[h["category"]] += 1
    return {"records": len(recs), "records_handwritten": sum(1 for m in metas if m["handwritten"]),
            "records_ocr": sum(1 for m in metas if m["ocr"]),
            "records_no_pii": sum(1 for r in recs if not r["spans"]), "spans": sum(bt.values()),
            "spans_by_type": dict(bt), "spans_by_subkind": dict(bs), "noise": dict(bn),
            "records_by_genre": dict(bg), "spans_by_genre": dict(bgs), "no_pii_by_genre": dict(bgn),
            "hard_negatives": dict(hn), "template_records": dict(tpl),
            "templates": len([k for k in tpl if k != "handwritten"])}


if __name__ == "__main__":
    main()
