"""Value generators and noise functions for the pii_f evaluation set.

All randomness comes from a random.Random instance passed in by the caller
(seeded with a string), so output does not depend on PYTHONHASHSEED.
Every value is invented.
"""
import datetime
import unicodedata

# --------------------------------------------------------------------------
# names
SURNAMES = (["김"] * 10 + ["이"] * 8 + ["박"] * 5 + ["최"] * 3 + ["정"] * 3 +
            "강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 어 은 편 용 예 봉 태 피 감 하".split() +
            ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"])
GIVEN = ("민수 지훈 서연 지우 하은 도윤 서준 예준 시우 주원 하준 지호 지민 수빈 유진 현우 준서 건우 우진 민준 "
         "서윤 지유 채원 수아 다은 은서 예은 윤서 민서 소율 하린 현서 정민 영호 성민 상철 영수 미경 순자 영숙 "
         "정희 경숙 은정 혜진 지영 미영 수정 은영 현주 상훈 동현 재훈 성훈 진우 태호 광수 병철 종민 희정 명숙 옥순 "
         "춘자 말순 재석 기철 용수 만복 덕희 순남 봉준 한결 다온 로아 이안 시아 서아 윤슬 태윤 승현 가은 나윤 "
         "경호 철민 형준 석진 윤아 보람 슬기 아름 새롬 다솜 규리 혜린 재원 정우 선영 연희 귀남 필순 점례 갑순 "
         "동길 상욱 인호 효진 수경 정란 미란 창수 대현 영길 승민 채은 하람 세진 소연 나래 우현 은비 주희 태양").split()
GIVEN1 = "솔 결 찬 혁 율 훈 단 별 린 현".split()

# foreign names: (Latin, Hangul)
FOREIGN = [
    ("NGUYEN VAN NAM", "응우옌 반 남"), ("TRAN THI HUONG", "쩐 티 흐엉"), ("LE THI MAI", "레 티 마이"),
    ("PHAM VAN DUC", "팜 반 득"), ("HOANG THI LAN", "호앙 티 란"), ("VU MINH TUAN", "부 민 뚜안"),
    ("NGUYEN THI THU", "응우옌 티 투"), ("DO VAN HUNG", "도 반 훙"),
    ("MARIA CRISTINA SANTOS", "마리아 크리스티나 산토스"), ("JOSE REYES", "호세 레예스"),
    ("ANALYN DELA CRUZ", "아날린 델라크루즈"), ("WANG LI", "왕리"), ("ZHANG WEI", "장웨이"),
    ("LIU YANG", "류양"), ("CHEN JING", "천징"), ("TURSUNOV BAKHODIR", "투르수노프 바호디르"),
    ("KARIMOVA DILNOZA", "카리모바 딜노자"), ("SOK CHANNA", "속 찬나"), ("CHHUN SREY MOM", "춘 스레이 몸"),
    ("BATBAYAR GANBOLD", "바트바야르 간볼드"), ("SOMCHAI SRISUK", "솜차이 스리숙"),
    ("RAM BAHADUR THAPA", "람 바하두르 타파"), ("SITI NURHALIZA", "시티 누르할리자"),
    ("IVANOV DMITRY", "이바노프 드미트리"), ("John Miller", "존 밀러"), ("Emily Carter", "에밀리 카터"),
    ("Aung Kyaw Min", "아웅 초 민"), ("Maya Gurung", "마야 구룽"), ("Rahim Uddin", "라힘 우딘"),
    ("Sato Yuki", "사토 유키"), ("Tanaka Hiroshi", "다나카 히로시"), ("Nodira Yusupova", "노디라 유수포바"),
]
NATIONALITY = {
    "NGUYEN": "베트남", "TRAN": "베트남", "LE": "베트남", "PHAM": "베트남", "HOANG": "베트남", "VU": "베트남",
    "DO": "베트남", "MARIA": "필리핀", "JOSE": "필리핀", "ANALYN": "필리핀", "WANG": "중국", "ZHANG": "중국",
    "LIU": "중국", "CHEN": "중국", "TURSUNOV": "우즈베키스탄", "KARIMOVA": "우즈베키스탄", "SOK": "캄보디아",
    "CHHUN": "캄보디아", "BATBAYAR": "몽골", "SOMCHAI": "태국", "RAM": "네팔", "SITI": "인도네시아",
    "IVANOV": "러시아", "John": "미국", "Emily": "미국", "Aung": "미얀마", "Maya": "네팔", "Rahim": "방글라데시",
    "Sato": "일본", "Tanaka": "일본", "Nodira": "우즈베키스탄",
}


def kname(r):
    s = r.choice(SURNAMES)
    if r.random() < 0.06 and len(s) == 1:
        return s + r.choice(GIVEN1)
    return s + r.choice(GIVEN)


def fname(r):
    lat, han = r.choice(FOREIGN)
    nat = NATIONALITY[lat.split()[0]]
    return lat, han, nat


def masked_name(r):
    s = r.choice(SURNAMES[:40])
    return r.choice([s + "○○", s + "**", s + "OO", s + " 모 씨", s + "모씨", s + "○" + r.choice(GIVEN)[-1]])


ROMAN_SUR = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
             "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
             "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}
ROMAN_GIV = "minsu jihoon seoyeon jiwoo haeun doyun seojun yejun siwoo juwon hajun jiho jimin subin yujin hyunwoo " \
            "junseo gunwoo woojin minjun sangcheol youngsu mikyung hyejin jiyoung sanghoon donghyun jaehoon sunghoon " \
            "taeho gwangsu byungchul hanul dain boram seulgi areum eunbi".split()
DOMAINS_P = ["naver.com"] * 5 + ["gmail.com"] * 4 + ["daum.net"] * 2 + ["hanmail.net"] * 2 + \
            ["kakao.com", "nate.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.co.kr"]


def email_personal(r, name=None):
    sur = ROMAN_SUR.get(name[0], "kim") if name else r.choice(list(ROMAN_SUR.values()))
    giv = r.choice(ROMAN_GIV)
    st = r.randrange(8)
    if st == 0:
        loc = giv + "." + sur
    elif st == 1:
        loc = sur + giv + str(r.randrange(60, 100))
    elif st == 2:
        loc = sur[0] + giv[:2] + "_" + str(r.randrange(1, 999))
    elif st == 3:
        loc = giv + sur[0] + str(r.randrange(1970, 2010))
    elif st == 4:
        loc = sur + "." + giv[:3] + str(r.randrange(10))
    elif st == 5:
        loc = r.choice(["sunny", "blue", "happy", "moon", "star", "green", "ocean", "tiger"]) + giv[:4] + str(r.randrange(100))
    elif st == 6:
        loc = giv + "-" + sur
    else:
        loc = sur + "_" + giv
    return loc + "@" + r.choice(DOMAINS_P)


def email_official(r, name=None):
    sur = ROMAN_SUR.get(name[0], "kim") if name else r.choice(list(ROMAN_SUR.values()))
    giv = r.choice(ROMAN_GIV)
    loc = r.choice([sur + giv, giv + sur[0], sur + str(r.randrange(10, 999)), giv[:3] + sur + str(r.randrange(10))])
    return loc + "@" + r.choice(["korea.kr"] * 5 + ["sen.go.kr", "gne.go.kr", "mnd.go.kr"])


def email_company(r, comp_roman):
    return r.choice(["info", "sales", "contact", "biz", "admin", "office"]) + "@" + comp_roman + r.choice([".co.kr", ".com", ".kr"])


def email_latin(r, latin):
    parts = latin.lower().split()
    return (parts[0] + "." + parts[-1] + str(r.randrange(1, 99))) + "@" + r.choice(["gmail.com", "yahoo.com", "naver.com", "outlook.com"])


COMPANIES = [("(주)한빛엔지니어링", "hanbit-eng"), ("주식회사 도담건설", "dodam-const"), ("(주)새솔정보기술", "saesol-it"),
             ("누리환경(주)", "nuri-env"), ("(유)가람조경", "garam-land"), ("주식회사 다온에프앤비", "daonfnb"),
             ("(주)미르테크", "mirtech"), ("청솔종합건설(주)", "chungsol"), ("(주)온누리소프트", "onnurisoft"),
             ("해오름농업회사법인(주)", "haeoreum-farm"), ("(주)바른방역", "bareun-pest"), ("주식회사 늘푸른급식", "neulpureun")]
SOLE = ["한결인쇄", "솔빛카센터", "가온식당", "새봄문구", "푸른꽃집", "다솜세탁", "대박분식", "금강철물", "하나로전기", "바다수산"]


# --------------------------------------------------------------------------
# dates
def rand_date(r, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def dob_fmt(r, d, form=None):
    forms = ["dot_space", "hangul", "iso", "dot_pad", "yy_dot", "yymmdd", "dot_nopad", "slash", "yyyymmdd",
             "yy_hangul", "en_dmy"]
    f = form or r.choice(forms)
    y, m, dd = d.year, d.month, d.day
    MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    s = {
        "dot_space": "%d. %d. %d." % (y, m, dd),
        "hangul": "%d년 %d월 %d일" % (y, m, dd),
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "dot_pad": "%04d.%02d.%02d." % (y, m, dd),
        "yy_dot": "%02d.%02d.%02d" % (y % 100, m, dd),
        "yymmdd": "%02d%02d%02d" % (y % 100, m, dd),
        "dot_nopad": "%d.%d.%d" % (y, m, dd),
        "slash": "%04d/%02d/%02d" % (y, m, dd),
        "yyyymmdd": "%04d%02d%02d" % (y, m, dd),
        "yy_hangul": "%02d년 %d월 %d일" % (y % 100, m, dd),
        "en_dmy": "%02d %s %04d" % (dd, MON[m - 1], y),
    }[f]
    return s, "dob_" + f


def date_fmt(r, d):
    return r.choice(["%d. %d. %d." % (d.year, d.month, d.day), "%d년 %d월 %d일" % (d.year, d.month, d.day),
                     "%04d-%02d-%02d" % (d.year, d.month, d.day), "%04d.%02d.%02d." % (d.year, d.month, d.day)])


# --------------------------------------------------------------------------
# national IDs
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def _rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (11 - s % 11) % 10


def _frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, RRN_W))
    return (13 - s % 11) % 10


def rrn(r, birth=None, kind=None):
    """Return (value, kind, birthdate)."""
    if kind is None:
        kind = "rrn_post2020" if (birth and birth >= datetime.date(2020, 10, 1)) else r.choice(["rrn_valid"] * 3 + ["rrn_masked"])
    if kind == "rrn_post2020":
        birth = birth if (birth and birth >= datetime.date(2020, 10, 1)) else rand_date(r, 2020, 2024)
        if birth < datetime.date(2020, 10, 1):
            birth = datetime.date(2020, 10, 1) + datetime.timedelta(days=r.randrange(1200))
    elif birth is None:
        birth = rand_date(r, 1940, 2012)
    y = birth.year
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    front = "%02d%02d%02d" % (y % 100, birth.month, birth.day)
    if kind == "rrn_masked":
        m = r.choice(["*", "●", "X", "x", "○"])
        return front + "-" + str(g) + m * 6, kind, birth
    rest = "%d%05d" % (g, r.randrange(100000))
    chk = _rrn_check(front + rest)
    if kind == "rrn_post2020":
        chk = (chk + r.randrange(1, 10)) % 10
    return front + "-" + rest + str(chk), kind, birth


def frn(r, birth=None, kind=None):
    kind = kind or r.choice(["frn_valid"] * 6 + ["frn_masked"])
    birth = birth or rand_date(r, 1960, 2008)
    y = birth.year
    g = r.choice([5, 6]) if y < 2000 else r.choice([7, 8])
    front = "%02d%02d%02d" % (y % 100, birth.month, birth.day)
    if kind == "frn_masked":
        return front + "-" + str(g) + r.choice(["*", "●", "X"]) * 6, kind, birth
    office = r.randrange(10, 90, 2)
    rest = "%d%02d%02d%d" % (g, office, r.randrange(100), r.choice([7, 8, 9]))
    return front + "-" + rest + str(_frn_check(front + rest)), kind, birth


def brn(r, corporate=False):
    while True:
        a = r.randrange(101, 700)
        b = r.choice([81, 86, 87, 88]) if corporate else r.randrange(1, 80)
        c = r.randrange(0, 10000)
        d9 = "%03d%02d%04d" % (a, b, c)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(x) * y for x, y in zip(d9, w)) + (int(d9[8]) * 5) // 10
        chk = (10 - s % 10) % 10
        v = d9 + str(chk)
        return v[:3] + "-" + v[3:5] + "-" + v[5:], "brn_corp" if corporate else "brn_sole"


def crn(r):
    office = r.choice(["1101", "1201", "1311", "1345", "1358", "1401", "1501", "1546", "1601", "1701", "1760", "1801",
                       "1941", "2011", "2201", "2401", "2601", "2811"])
    kind = r.choice(["11", "11", "11", "14", "21", "22", "31"])
    d12 = office + kind + "%06d" % r.randrange(1000000)
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(d12))
    chk = (10 - s % 10) % 10
    v = d12 + str(chk)
    return v[:6] + "-" + v[6:], "crn"


PP_KR_PREFIX = ["M"] * 6 + ["S", "G", "D", "R"]


def passport_kr(r, kind=None):
    kind = kind or r.choice(["passport_kr_old", "passport_kr_new", "passport_kr_new"])
    p = r.choice(PP_KR_PREFIX)
    if kind == "passport_kr_old":
        return p + "%08d" % r.randrange(10 ** 7, 10 ** 8), kind
    L = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return p + "%03d" % r.randrange(1000) + L + "%04d" % r.randrange(10000), kind


def passport_foreign(r, nat):
    d = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
    if nat == "베트남":
        return r.choice(["C", "N", "B"]) + d(7), "passport_vn"
    if nat == "중국":
        return r.choice(["E" + d(8), "EJ" + d(7), "EH" + d(7)]), "passport_cn"
    if nat == "필리핀":
        return r.choice(["P" + d(7) + r.choice("ABC"), "EC" + d(7)]), "passport_ph"
    if nat == "우즈베키스탄":
        return r.choice(["FA", "AC", "AD"]) + d(7), "passport_uz"
    if nat == "캄보디아":
        return "N" + d(8), "passport_kh"
    if nat == "몽골":
        return r.choice(["E", "P"]) + d(7), "passport_mn"
    if nat == "태국":
        return r.choice(["AA", "AB", "AC"]) + d(7), "passport_th"
    if nat == "네팔":
        return r.choice(["PA", "0"]) + d(7), "passport_np"
    if nat == "인도네시아":
        return r.choice(["B", "C", "X"]) + d(7), "passport_id"
    if nat == "러시아":
        return r.choice(["75", "76"]) + d(7), "passport_ru"
    if nat == "미국":
        return r.choice(["5", "6"]) + d(8), "passport_us"
    if nat == "미얀마":
        return r.choice(["MA", "MC", "MD"]) + d(6), "passport_mm"
    if nat == "방글라데시":
        return r.choice(["BN", "EF", "A0"]) + d(7), "passport_bd"
    if nat == "일본":
        return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7), "passport_jp"
    return "P" + d(7), "passport_other"


DL_REGION = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
             ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
             ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기")]


def driver_license(r, kind=None):
    code, name = r.choice(DL_REGION)
    yy = "%02d" % r.randrange(0, 25) if r.random() < 0.6 else "%02d" % r.randrange(85, 100)
    ser = "%06d" % r.randrange(1000000)
    ck = "%02d" % r.randrange(100)
    kind = kind or r.choice(["dl_code"] * 4 + ["dl_name"] * 2 + ["dl_name_nospace", "dl_plain"])
    if kind == "dl_code":
        return "%s-%s-%s-%s" % (code, yy, ser, ck), kind
    if kind == "dl_name":
        return "%s %s-%s-%s" % (name, yy, ser, ck), kind
    if kind == "dl_name_nospace":
        return "%s%s-%s-%s" % (name, yy, ser, ck), kind
    return code + yy + ser + ck, kind


def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(r, kind=None):
    kind = kind or r.choice(["card_visa", "card_master", "card_bc", "card_bc", "card_jcb", "card_amex", "card_local"])
    if kind == "card_amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        sep = r.choice(["-", " ", "-", ""])
        return (n[:4] + sep + n[4:10] + sep + n[10:]) if sep else n, kind, n
    pre = {"card_visa": "4" + r.choice(["0", "3", "5", "6", "8"]), "card_master": str(r.randrange(51, 56)),
           "card_bc": r.choice(["9410", "9420", "9430", "9440", "9460", "9490"]),
           "card_jcb": str(r.randrange(3528, 3590)),
           "card_local": r.choice(["6253", "6243", "9409", "9076"])}[kind]
    n = luhn_complete(pre, 16, r)
    sep = r.choice(["-", "-", " ", ""])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]]), kind, n


def card_masked(r):
    v, k, n = card(r, r.choice(["card_visa", "card_master", "card_bc"]))
    st = r.randrange(3)
    if st == 0:
        return n[0:4] + "-" + n[4:6] + "**-****-" + n[12:], "card_masked", n
    if st == 1:
        return n[0:4] + "-****-****-" + n[12:], "card_masked", n
    return n[0:6] + "******" + n[12:], "card_masked", n


BANKS = [  # (name, groups)
    ("국민은행", [6, 2, 6]), ("KB국민은행", [6, 2, 6]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
    ("하나은행", [3, 6, 5]), ("농협", [3, 4, 4, 2]), ("NH농협은행", [3, 4, 4, 2]), ("지역농협", [6, 2, 6]),
    ("IBK기업은행", [3, 6, 2, 3]), ("우체국", [6, 2, 6]), ("카카오뱅크", [4, 2, 7]), ("새마을금고", [4, 4, 4, 1]),
    ("수협은행", [3, 2, 6]), ("SC제일은행", [3, 2, 6]), ("부산은행", [3, 4, 4, 2]), ("대구은행", [3, 2, 6, 1]),
    ("광주은행", [3, 3, 6]), ("경남은행", [3, 2, 7]), ("토스뱅크", [4, 4, 4]), ("신협", [3, 3, 6]),
    ("케이뱅크", [3, 3, 6]), ("전북은행", [3, 2, 7]),
]


def account(r, bank=None):
    b = bank or r.choice(BANKS)
    groups = b[1]
    parts = []
    for i, g in enumerate(groups):
        if i == 0 and b[0] == "신한은행":
            parts.append(r.choice(["110", "100", "140"]))
        elif i == 0 and b[0] == "카카오뱅크":
            parts.append(r.choice(["3333", "3355", "7979"]))
        elif i == 0 and b[0] in ("농협", "NH농협은행"):
            parts.append(r.choice(["301", "302", "312", "351", "352", "356"]))
        elif i == 0 and b[0] == "우리은행":
            parts.append("1002")
        else:
            parts.append("".join(str(r.randrange(10)) for _ in range(g)))
    style = r.random()
    digits = "".join(parts)
    if style < 0.8:
        v = "-".join(parts)
        kind = "acct_grouped"
    else:
        v = digits
        kind = "acct_plain"
    return b[0], v, kind, digits


# --------------------------------------------------------------------------
# phones
AREAS = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def _d(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def mobile(r, sep=None):
    sep = sep if sep is not None else r.choice(["-"] * 8 + ["", ".", " "])
    mid = str(r.randrange(2, 10)) + _d(r, 3)
    last = _d(r, 4)
    pre = r.choice(["010"] * 12 + ["011", "016", "019"])
    if pre != "010":
        mid = mid[1:] if r.random() < 0.5 else mid
    return pre + sep + mid + sep + last, "mobile" if sep == "-" else "mobile_sep" + ("none" if sep == "" else "")


def mobile_intl(r):
    return "+82-10-%s-%s" % (str(r.randrange(2, 10)) + _d(r, 3), _d(r, 4)), "mobile_intl"


def landline(r, area=None, kind="landline"):
    a = area or r.choice(AREAS)
    if a == "02":
        mid = str(r.randrange(2, 10)) + _d(r, r.choice([2, 3]))
    else:
        mid = str(r.randrange(2, 10)) + _d(r, r.choice([2, 3, 3]))
    return a + "-" + mid + "-" + _d(r, 4), kind


def voip(r):
    return "070-" + str(r.randrange(2, 9)) + _d(r, 3) + "-" + _d(r, 4), "voip_070"


def switchboard(r):
    return r.choice(["1588-", "1577-", "1600-", "1544-", "1644-", "1566-", "1661-", "1899-"]) + _d(r, 4)


def mobile_masked(r):
    v, _ = mobile(r, "-")
    p = v.split("-")
    return r.choice([p[0] + "-****-" + p[2], p[0] + "-" + p[1][:2] + "**-" + p[2], p[0] + "-" + p[1] + "-**" + p[2][2:]]), "mobile_masked"


# --------------------------------------------------------------------------
# addresses
SIDO = [
    ("서울특별시", "서울시", "서울", ["마포구", "강남구", "노원구", "관악구", "송파구", "은평구", "성북구", "강서구", "도봉구"]),
    ("부산광역시", "부산시", "부산", ["해운대구", "사하구", "동래구", "부산진구", "금정구"]),
    ("대구광역시", "대구시", "대구", ["수성구", "달서구", "북구"]),
    ("인천광역시", "인천시", "인천", ["남동구", "연수구", "부평구", "강화군"]),
    ("광주광역시", "광주시", "광주", ["북구", "서구", "광산구"]),
    ("대전광역시", "대전시", "대전", ["유성구", "서구", "대덕구"]),
    ("울산광역시", "울산시", "울산", ["남구", "울주군", "중구"]),
    ("경기도", "경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "화성시", "용인시 수지구", "평택시", "파주시", "양평군", "안산시 단원구", "의정부시"]),
    ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시", "홍천군", "정선군"]),
    ("충청북도", "충청북도", "충북", ["청주시 상당구", "충주시", "괴산군", "제천시"]),
    ("충청남도", "충청남도", "충남", ["천안시 동남구", "아산시", "논산시", "예산군", "서산시"]),
    ("전북특별자치도", "전라북도", "전북", ["전주시 완산구", "익산시", "군산시", "김제시", "고창군"]),
    ("전라남도", "전라남도", "전남", ["목포시", "여수시", "순천시", "해남군", "나주시", "신안군"]),
    ("경상북도", "경상북도", "경북", ["포항시 북구", "구미시", "안동시", "의성군", "경주시", "영천시"]),
    ("경상남도", "경상남도", "경남", ["창원시 의창구", "김해시", "진주시", "거제시", "남해군", "통영시"]),
    ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"]),
]
ROADS = ["중앙로", "문화로", "평화로", "희망로", "동서대로", "새말로", "번영로", "학교길", "공원로", "봉화로", "은행나무길",
         "장터길", "들말길", "가람로", "한빛로", "솔내로", "매화길", "하늘길", "강변로", "역전로", "대학로", "느티로", "샘골길",
         "푸른마을로", "꽃담길", "구름재로", "별빛로", "누리로", "미리내길", "송정로", "안골길", "배나무길"]
DONGS = ["신정동", "상리동", "중동", "월평동", "송현동", "남산동", "대화동", "인계동", "용호동", "산남동", "효자동", "봉명동"]
RI = ["용기리", "상촌리", "하촌리", "대평리", "송산리", "덕산리", "신흥리", "외동리", "장항리"]
MYEON = ["안계면", "북면", "남면", "서면", "산내면", "금성면", "도곡면", "청천면"]
EUP = ["읍내", "중앙"]
APTS = ["한빛아파트", "푸르지오", "대림e편한세상", "주공2단지", "행복마을아파트", "세영빌라", "청솔맨션", "그린타운"]


def address(r, form=None):
    full, mid, short, sgg = r.choice(SIDO)
    gu = r.choice(sgg)
    form = form or r.choice(["road_full", "road_full", "road_mid", "road_short", "road_from_sgg", "jibun", "rural_jibun"])
    if form == "rural_jibun" and not gu.endswith("군"):
        form = "jibun"
    road = r.choice(ROADS)
    if r.random() < 0.35:
        road += " %d번길" % r.randrange(3, 80)
    bno = str(r.randrange(1, 400))
    if r.random() < 0.2:
        bno += "-%d" % r.randrange(1, 30)
    unit = r.choice(["", "", ", %d동 %d호" % (r.randrange(101, 115), r.randrange(1, 25) * 100 + r.randrange(1, 6)),
                     ", %d층 %d호" % (r.randrange(2, 6), r.randrange(2, 6) * 100 + r.randrange(1, 10)),
                     " %d층" % r.randrange(2, 12), ", %d호" % r.randrange(101, 505)])
    paren = r.choice(["", "", " (%s)" % r.choice(DONGS), " (%s, %s)" % (r.choice(DONGS), r.choice(APTS))])
    if form.startswith("road"):
        pre = {"road_full": full, "road_mid": mid, "road_short": short}.get(form)
        body = (pre + " " if pre else "") + gu + " " + road + " " + bno + unit
        if form == "road_from_sgg":
            body = gu + " " + road + " " + bno + unit
        return body, "addr_" + form, paren
    if form == "jibun":
        apt = r.choice(["", " " + r.choice(APTS)]) if unit.startswith(", ") and "동" in unit else ""
        u = unit.replace(", ", " ") if apt else unit
        body = r.choice([full, short]) + " " + gu + " " + r.choice(DONGS) + " %d-%d" % (r.randrange(1, 999), r.randrange(1, 40)) + apt + u
        return body, "addr_jibun" + ("_apt" if apt else ""), ""
    body = r.choice([full, short]) + " " + gu + " " + r.choice(MYEON) + " " + r.choice(RI) + " %d" % r.randrange(1, 999)
    if r.random() < 0.5:
        body += "-%d" % r.randrange(1, 20)
    return body, "addr_rural_jibun", ""


def postal(r):
    return "%05d" % r.randrange(1000, 63999)


INST_ADDR = ["세종특별자치시 도움6로 11 정부세종청사", "세종특별자치시 한누리대로 402 정부세종청사", "서울특별시 종로구 세종대로 209 정부서울청사",
             "대전광역시 서구 청사로 189 정부대전청사", "경기도 과천시 관문로 47 정부과천청사"]


def inst_address(r, agency_place=None):
    if agency_place is None or r.random() < 0.3:
        return r.choice(INST_ADDR) + " %d동" % r.randrange(1, 18)
    full, gu = agency_place
    return "%s %s %s %d" % (full, gu, r.choice(["시청로", "군청로", "구청로", "청사로", "행정로"]), r.randrange(1, 200))


# --------------------------------------------------------------------------
# misc
def ipv4(r, kind=None):
    kind = kind or r.choice(["ip_public", "ip_public", "ip_private"])
    if kind == "ip_private":
        return r.choice(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                         "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255)),
                         "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))]), kind
    while True:
        a = r.randrange(1, 224)
        if a not in (10, 127, 172, 192, 169, 100):
            break
    return "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randrange(1, 255)), kind


def ipv6(r):
    return "%x:%x:%x:%x:%x:%x:%x:%x" % tuple([r.choice([0x2001, 0x2404, 0x2406, 0x2001])] +
                                            [r.randrange(0x10, 0xffff) for _ in range(7)]), "ipv6"


PLATE_H = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_C = list("바사아자배")
PLATE_REG = ["서울", "부산", "경기", "인천", "대구", "광주", "대전", "울산", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]


def plate(r, kind=None):
    kind = kind or r.choice(["plate_2", "plate_3", "plate_3", "plate_region", "plate_commercial", "plate_nospace", "plate_rental"])
    n4 = "%04d" % r.randrange(1, 10000)
    if kind == "plate_2":
        return "%02d%s %s" % (r.randrange(10, 100), r.choice(PLATE_H), n4), kind
    if kind == "plate_3":
        return "%03d%s %s" % (r.randrange(100, 700), r.choice(PLATE_H), n4), kind
    if kind == "plate_region":
        return "%s %02d%s %s" % (r.choice(PLATE_REG), r.randrange(10, 100), r.choice(PLATE_H), n4), kind
    if kind == "plate_commercial":
        return "%s %02d%s %s" % (r.choice(PLATE_REG), r.randrange(70, 100), r.choice(PLATE_C), n4), kind
    if kind == "plate_rental":
        return "%02d%s %s" % (r.randrange(10, 100), r.choice("하허호"), n4), kind
    return "%03d%s%s" % (r.randrange(100, 700), r.choice(PLATE_H), n4), kind


def health_ins(r):
    return str(r.randrange(1, 10)) + _d(r, 10), "hi_11"


# --------------------------------------------------------------------------
# noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}


def to_fullwidth(s, dash=True):
    out = "".join(FW.get(c, c) for c in s)
    return out.replace("-", "－") if dash else out


def hangul_digits(s, hyphen_word="에", group_space=True):
    out = []
    for c in s:
        if c.isdigit():
            out.append(HANGUL_DIGIT[c])
        elif c == "-":
            out.append(" " + hyphen_word + " " if hyphen_word else " ")
        else:
            out.append(c)
    return "".join(out).replace("  ", " ").strip()


def noise_number(r, s, allowed=("fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number",
                                "o_for_0", "l_for_1")):
    """Apply one OCR-style noise to a digit-bearing value. Returns (noisy, [tags])."""
    cands = [a for a in allowed]
    if "-" not in s:
        cands = [c for c in cands if c != "unicode_hyphen"]
    if "0" not in s:
        cands = [c for c in cands if c != "o_for_0"]
    if "1" not in s:
        cands = [c for c in cands if c != "l_for_1"]
    if not cands:
        return s, []
    op = r.choice(cands)
    if op == "fullwidth_digits":
        return to_fullwidth(s, dash=r.random() < 0.7), [op]
    if op == "unicode_hyphen":
        return s.replace("-", r.choice(["‐", "－", "–", "—"])), [op]
    if op == "o_for_0":
        idx = [i for i, c in enumerate(s) if c == "0"]
        pick = set(r.sample(idx, min(len(idx), r.randrange(1, 3))))
        return "".join((r.choice("Oo") if i in pick else c) for i, c in enumerate(s)), [op]
    if op == "l_for_1":
        idx = [i for i, c in enumerate(s) if c == "1"]
        pick = set(r.sample(idx, min(len(idx), r.randrange(1, 3))))
        return "".join((r.choice("lI|") if i in pick else c) for i, c in enumerate(s)), [op]
    # positions strictly inside the value between two non-space chars
    inner = [i for i in range(1, len(s)) if s[i - 1] != " " and s[i] != " "]
    if not inner:
        return s, []
    if op == "space_in_number":
        if "-" in s and r.random() < 0.5:
            return s.replace("-", r.choice([" - ", " -", "- "]), 1), [op]
        i = r.choice(inner)
        return s[:i] + " " + s[i:], [op]
    if op == "newline_in_number":
        if "-" in s and r.random() < 0.6:
            i = s.index("-") + 1
        else:
            i = r.choice(inner)
        return s[:i] + "\n" + s[i:], [op]
    return s, []


def noise_name(r, name):
    if " " in name:
        return name, []
    return " ".join(name), ["spaced_name"]


def noise_email(r, s):
    op = r.choice(["fullwidth_at", "space_around_at", "newline_after_at", "comma_for_dot_none"])
    if op == "fullwidth_at":
        return s.replace("@", "＠"), [op]
    if op == "space_around_at":
        return s.replace("@", " @ "), [op]
    if op == "newline_after_at":
        return s.replace("@", "@\n"), ["newline_in_value"]
    return s.upper() if r.random() < 0.3 else s, ["uppercase"] if s.upper() != s else []


def noise_address(r, s):
    sp = [i for i, c in enumerate(s) if c == " "]
    op = r.choice(["wrapped", "fullwidth_digits", "double_space"])
    if op == "wrapped" and sp:
        i = r.choice(sp[len(sp) // 2:])
        return s[:i] + "\n" + s[i + 1:], ["wrapped"]
    if op == "fullwidth_digits":
        return to_fullwidth(s, dash=False), [op]
    if sp:
        i = r.choice(sp)
        return s[:i] + "  " + s[i + 1:], ["double_space"]
    return s, []


# --------------------------------------------------------------------------
# canonicalisation used by validation
HD_REV = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6", "칠": "7",
          "팔": "8", "구": "9"}


def canon(s, numeric=False, spoken=False):
    t = unicodedata.normalize("NFKC", s)
    for h in "‐－–—":
        t = t.replace(h, "-")
    t = "".join(t.split())
    if spoken:
        t = t.replace("다시", "-").replace("에", "-").replace("의", "-")
        t = "".join(HD_REV.get(c, c) for c in t)
    if numeric:
        t = t.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}))
    return t
