# -*- coding: utf-8 -*-
"""Shared generators: synthetic people, numbers, agencies, 공문 layout helpers.

Everything here is driven by a random.Random instance passed in by the caller,
so output depends only on the seed string of each record.
"""

SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
            "권", "황", "안", "송", "류", "전", "고", "문", "양", "손", "배", "백", "허", "남",
            "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄",
            "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석",
            "선우", "남궁", "황보", "제갈", "독고"]
GIVEN = ["민", "서", "지", "현", "준", "우", "윤", "하", "은", "수", "영", "진", "호", "성",
         "경", "태", "재", "동", "희", "연", "유", "승", "혜", "정", "원", "선", "미", "석",
         "규", "찬", "솔", "빈", "아", "도", "건", "온", "율", "란", "목", "환", "철", "숙"]
FOREIGN_GIVEN = ["THANH", "MINH", "ANH", "NURLAN", "BAKHYT", "SITI", "RIZAL", "JOSE", "MARIA",
                 "DILSHOD", "BOLD", "SARNAI", "ARJUN", "KUMAR", "TUAN", "HUONG", "AIGERIM"]
FOREIGN_FAMILY = ["NGUYEN", "TRAN", "PHAM", "SULTANOV", "RAHMAN", "SANTOS", "DELA CRUZ",
                  "KARIMOV", "BATBAYAR", "SHARMA", "LE", "HOANG", "ABDULLAEV", "GANBOLD"]
NATIONS = ["베트남", "우즈베키스탄", "필리핀", "몽골", "인도네시아", "카자흐스탄", "네팔", "캄보디아"]

# synthetic local governments (fictitious 시·군·구 under real 도 names)
CITIES = [("경기도", "한솔시"), ("충청남도", "가온시"), ("전라북도", "새터군"), ("경상북도", "누리시"),
          ("강원특별자치도", "별빛군"), ("경상남도", "다온시"), ("전라남도", "해솔군"), ("충청북도", "미르시"),
          ("경기도", "온누리시"), ("경상북도", "늘봄군"), ("충청남도", "아라시"), ("전라남도", "청람군")]
GU = ["누리구", "가람구", "한내구", "별내구", "솔뫼구", "다솜구"]
ROADS = ["가온로", "한빛로", "누리길", "다솜로", "새터로", "바람길", "솔내로", "미리내로", "은빛로",
         "해오름로", "들꽃길", "온새미로", "너울로", "아람길"]
MINISTRIES = ["행정안전부", "국토교통부", "보건복지부", "고용노동부", "교육부", "환경부", "법무부",
              "국가보훈부", "농림축산식품부", "산업통상자원부", "문화체육관광부", "여성가족부"]
DEPTS = ["총무과", "기획예산과", "감사실", "민원봉사과", "복지정책과", "도시계획과", "세무과", "건설과",
         "환경보호과", "일자리경제과", "문화관광과", "안전총괄과", "정보통신과", "회계과", "토지정보과",
         "보건행정과", "여성가족과", "교육지원과", "자치행정과", "재난안전과"]
BANKS = [("국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)),
         ("농협", (3, 4, 4, 2)), ("하나은행", (3, 6, 5)), ("기업은행", (3, 6, 2, 3)),
         ("우체국", (6, 2, 6))]
RANKS = ["주무관", "주무관", "행정주사", "사무관", "서기관"]


def name(rng):
    s = rng.choice(SURNAMES)
    return s + rng.choice(GIVEN) + rng.choice(GIVEN)


def names(rng, n):
    out, seen = [], set()
    while len(out) < n:
        x = name(rng)
        if x not in seen and x != "홍길동":
            seen.add(x)
            out.append(x)
    return out


def foreign_name(rng):
    return rng.choice(FOREIGN_FAMILY) + " " + rng.choice(FOREIGN_GIVEN)


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mobile(rng):
    return "010-%s-%s" % (digits(rng, 4), digits(rng, 4))


def landline(rng, area=None):
    area = area or rng.choice(["031", "041", "063", "054", "033", "055", "061", "043", "044"])
    return "%s-%d%s-%s" % (area, rng.randrange(2, 10), digits(rng, 2), digits(rng, 4))


def _rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return str((11 - s % 11) % 10)


def birth(rng, lo=1940, hi=2004):
    y = rng.randrange(lo, hi + 1)
    return y, rng.randrange(1, 13), rng.randrange(1, 29)


def rrn(rng, lo=1940, hi=2004, masked=False):
    y, m, d = birth(rng, lo, hi)
    g = rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])
    front = "%02d%02d%02d" % (y % 100, m, d)
    body = front + str(g) + digits(rng, 5)
    full = body + _rrn_check(body)
    if masked:
        return "%s-%s%s" % (front, g, rng.choice(["******", "●●●●●●", "XXXXXX"]))
    return "%s-%s" % (full[:6], full[6:])


def frn(rng):
    y, m, d = birth(rng, 1975, 2002)
    g = rng.choice([5, 6]) if y < 2000 else rng.choice([7, 8])
    body = "%02d%02d%02d%d" % (y % 100, m, d, g) + digits(rng, 2) + "%02d" % (rng.randrange(0, 100) // 2 * 2) + str(rng.choice([7, 8, 9]))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    c = (13 - s % 11) % 10
    full = body + str(c)
    return full[:6] + "-" + full[6:]


def passport_kr(rng):
    if rng.random() < 0.5:
        return rng.choice("MS") + digits(rng, 8)
    return rng.choice("MS") + digits(rng, 3) + rng.choice("ABCDEFGHJK") + digits(rng, 4)


def passport_foreign(rng):
    return rng.choice(["C", "B", "N", "P", "E"]) + digits(rng, 7)


def account(rng):
    bank, groups = rng.choice(BANKS)
    return bank, "-".join(digits(rng, g) for g in groups)


def brn(rng):
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if d[0] == 0:
            continue
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        x = "".join(map(str, d)) + str(c)
        return "%s-%s-%s" % (x[:3], x[3:5], x[5:])


def city(rng):
    return rng.choice(CITIES)


def address(rng, c=None):
    do, si = c or city(rng)
    road = rng.choice(ROADS)
    n = rng.randrange(3, 480)
    tail = rng.choice(["", ", %d동 %d호" % (rng.randrange(101, 115), rng.randrange(101, 1505)),
                       ", %d층" % rng.randrange(2, 9), " (%s마을 %d단지)" % (rng.choice(["햇살", "솔밭", "은행나무"]), rng.randrange(1, 9))])
    if si.endswith("시") and rng.random() < 0.4:
        return "%s %s %s %s %d%s" % (do, si, rng.choice(GU), road, n, tail)
    return "%s %s %s %d%s" % (do, si, road, n, tail)


def lot(rng, c):
    return "%s %s %s리 %d-%d" % (c[0], c[1], rng.choice(["상촌", "하촌", "도림", "새말", "구름", "장터", "매화"]),
                                rng.randrange(1, 900), rng.randrange(1, 40))


def agency(rng, c=None, central_p=0.25):
    if rng.random() < central_p:
        return rng.choice(MINISTRIES)
    c = c or city(rng)
    return c[1]


def head_title(ag):
    if ag.endswith("부"):
        return ag + "장관"
    if ag.endswith("시"):
        return ag + "장"
    if ag.endswith("군"):
        return ag + "수"
    return ag + "장"


def money(rng, lo, hi, unit=1000):
    v = rng.randrange(lo // unit, hi // unit + 1) * unit
    return "{:,}원".format(v)


def kdate(y, m, d, style=0):
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d년 %d월 %d일" % (y, m, d)
    if style == 2:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%d.%02d.%02d." % (y, m, d)


def rdate(rng, y):
    return y, rng.randrange(1, 13), rng.randrange(1, 29)


def docno(rng, dept, y, old=False):
    if old:
        return "%s %d-%d" % (dept[:-1] if dept.endswith("과") else dept, rng.randrange(10000, 99999), rng.randrange(1, 999))
    return "%s-%d" % (dept, rng.randrange(100, 9999))
