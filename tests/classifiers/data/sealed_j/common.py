# -*- coding: utf-8 -*-
"""Synthetic value generators shared by the sens_j templates. All values are invented."""

SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
            "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남궁", "선우", "황보", "제갈"]
GIVEN = ["민", "서", "준", "지", "현", "우", "윤", "하", "도", "예", "수", "연", "태", "승", "재", "은", "유",
         "진", "영", "호", "성", "경", "혜", "정", "원", "빈", "솔", "람", "결", "온", "채", "율", "나", "다", "규"]
TITLES = ["주무관", "사무관", "서기관", "행정주사", "주사보", "연구관", "연구사", "팀장", "과장", "계장"]
CITIES = [("한솔시", "한솔시장"), ("가람군", "가람군수"), ("다온시", "다온시장"), ("해들시", "해들시장"),
          ("청운군", "청운군수"), ("누리시", "누리시장"), ("새벽군", "새벽군수"), ("미르시", "미르시장"),
          ("솔뫼시", "솔뫼시장"), ("라온군", "라온군수")]
PROVINCES = ["한빛도", "중원도", "서해도", "동림도"]
MINISTRIES = ["행정안전부", "국토교통부", "보건복지부", "교육부", "기획재정부", "환경부", "고용노동부",
              "문화체육관광부", "농림축산식품부", "산업통상자원부", "국가보훈부", "법무부", "여성가족부"]
TAXOFF = ["한솔세무서", "다온세무서", "해들세무서", "미르세무서", "솔뫼세무서"]
ROADS = ["가람로", "새솔길", "누리대로", "한빛로", "온새미로", "다솜길", "마루로", "별빛길", "은행나무로", "도담로",
         "해오름길", "청솔로", "바람개비길", "너울로"]
DEPTS = ["총무과", "기획예산과", "자치행정과", "세무과", "복지정책과", "건축과", "도시계획과", "감사실",
         "교통행정과", "민원봉사과", "정보통신과", "환경위생과", "인사과", "회계과", "교육지원과", "안전총괄과"]
COMPANIES = ["(주)한결엔지니어링", "(주)누리건설", "다솜정보기술(주)", "(주)바른환경", "(주)새길토건",
             "온누리시스템(주)", "(주)해담산업", "(주)가온테크", "미래로설계(주)", "(주)청람종합건설",
             "(주)다인물산", "솔빛전기(주)"]
DISEASES = ["요추 추간판 탈출증", "우울에피소드(F32)", "급성 심근경색", "갑상선암", "공황장애(F41.0)",
            "제2형 당뇨병", "뇌경색 후유증", "만성 신부전", "알코올 사용 장애", "외상 후 스트레스 장애"]
BANKS = [("국민은행", "{a:06d}-{b:02d}-{c:06d}"), ("신한은행", "110-{a3:03d}-{c:06d}"),
         ("농협은행", "3{a3:02d}-{b4:04d}-{c4:04d}-{b:02d}"), ("우리은행", "1002-{a3:03d}-{c:06d}")]


def name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def masked(n):
    if n[:2] in ("남궁", "선우", "황보", "제갈"):
        return n[:2] + "○○"
    return n[0] + "○○"


def official(rng):
    return rng.choice(TITLES), name(rng)


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


def landline(rng, area="044"):
    return "%s-%03d-%04d" % (area, rng.randint(200, 999), rng.randint(0, 9999))


def addr(rng, city=None):
    c = city or rng.choice(CITIES)[0]
    s = "%s %s %d" % (c, rng.choice(ROADS), rng.randint(3, 299))
    r = rng.random()
    if r < 0.4:
        s += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    elif r < 0.6:
        s += " %d층" % rng.randint(2, 9)
    return s


def rrn(rng, y0=1950, y1=1999):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    g = rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])
    digits = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, rng.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(digits, w))
    chk = (11 - s % 11) % 10
    return "%s-%s%d" % (digits[:6], digits[6:], chk)


def rrn_masked(rng):
    r = rrn(rng)
    return r[:8] + rng.choice(["******", "●●●●●●", "XXXXXX"])


def dob(rng):
    return "%d. %d. %d." % (rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))


def passport(rng):
    if rng.random() < 0.5:
        return "M%08d" % rng.randint(10000000, 99999999)
    return "M%03d%s%04d" % (rng.randint(100, 999), rng.choice("ABCDEFGH"), rng.randint(0, 9999))


def account(rng):
    bank, fmt = rng.choice(BANKS)
    return bank, fmt.format(a=rng.randint(0, 999999), b=rng.randint(0, 99), c=rng.randint(0, 999999),
                            a3=rng.randint(0, 999), b4=rng.randint(0, 9999), c4=rng.randint(0, 9999))


def brn(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    x = "".join(map(str, d)) + str(c)
    return "%s-%s-%s" % (x[:3], x[3:5], x[5:])


def won(n):
    return "{:,}원".format(n)


def date(y, rng, style=None):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    st = style if style is not None else rng.randint(0, 3)
    if st == 0:
        return "%d. %d. %d." % (y, m, d)
    if st == 1:
        return "%d년 %d월 %d일" % (y, m, d)
    if st == 2:
        return "%d.%02d.%02d." % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)


def docno(rng, dept):
    return "%s-%d" % (dept, rng.randint(100, 9999))
