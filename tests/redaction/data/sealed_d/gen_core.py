# -*- coding: utf-8 -*-
"""Core of the pii_d generator: pools, value generators, noise, record builder.
Standard library only. All randomness flows through an explicit random.Random."""
import re

# ---------------------------------------------------------------- name pools
SURNAMES = [  # (hangul, roman, weight)
    ("김", "Kim", 20), ("이", "Lee", 15), ("박", "Park", 9), ("최", "Choi", 5), ("정", "Jung", 5),
    ("강", "Kang", 3), ("조", "Cho", 3), ("윤", "Yoon", 3), ("장", "Jang", 3), ("임", "Lim", 3),
    ("한", "Han", 2), ("오", "Oh", 2), ("서", "Seo", 2), ("신", "Shin", 2), ("권", "Kwon", 2),
    ("황", "Hwang", 2), ("안", "Ahn", 2), ("송", "Song", 2), ("류", "Ryu", 1), ("전", "Jeon", 2),
    ("홍", "Hong", 1), ("고", "Ko", 1), ("문", "Moon", 1), ("양", "Yang", 1), ("손", "Son", 1),
    ("배", "Bae", 1), ("백", "Baek", 1), ("허", "Heo", 1), ("유", "Yu", 1), ("남", "Nam", 1),
    ("심", "Shim", 1), ("노", "Noh", 1), ("하", "Ha", 1), ("곽", "Kwak", 1), ("성", "Sung", 1),
    ("차", "Cha", 1), ("주", "Joo", 1), ("우", "Woo", 1), ("구", "Koo", 1), ("민", "Min", 1),
    ("진", "Jin", 1), ("나", "Na", 1), ("지", "Ji", 1), ("엄", "Eom", 1), ("채", "Chae", 1),
    ("원", "Won", 1), ("천", "Chun", 1), ("방", "Bang", 1), ("공", "Kong", 1), ("현", "Hyun", 1),
    ("함", "Ham", 1), ("변", "Byun", 1), ("염", "Yeom", 1), ("여", "Yeo", 1), ("추", "Choo", 1),
    ("도", "Do", 1), ("석", "Seok", 1), ("설", "Seol", 1), ("마", "Ma", 1), ("연", "Yeon", 1),
    ("위", "Wi", 1), ("표", "Pyo", 1), ("명", "Myung", 1), ("반", "Ban", 1), ("왕", "Wang", 1),
    ("금", "Keum", 1), ("옥", "Ok", 1), ("육", "Yook", 1), ("맹", "Maeng", 1), ("탁", "Tak", 1),
    ("황보", "Hwangbo", 1), ("남궁", "Namgung", 1), ("제갈", "Jegal", 1), ("선우", "Sunwoo", 1),
    ("독고", "Dokgo", 1), ("사공", "Sagong", 1), ("서문", "Seomun", 1),
]
GIVEN = """민준 Minjun|서준 Seojun|도윤 Doyun|예준 Yejun|시우 Siwoo|하준 Hajun|주원 Juwon|지호 Jiho|
지후 Jihu|준우 Junwoo|건우 Geonwoo|현우 Hyunwoo|우진 Woojin|서진 Seojin|민재 Minjae|현준 Hyunjun|
연우 Yeonwoo|유준 Yujun|정우 Jungwoo|승우 Seungwoo|승현 Seunghyun|시윤 Siyun|준혁 Junhyuk|지환 Jihwan|
승민 Seungmin|유찬 Yuchan|서연 Seoyeon|서윤 Seoyun|지우 Jiwoo|서현 Seohyun|민서 Minseo|하은 Haeun|
하윤 Hayun|윤서 Yunseo|지유 Jiyu|지민 Jimin|채원 Chaewon|수아 Sua|지아 Jia|다은 Daeun|은서 Eunseo|
예은 Yeeun|수빈 Subin|소율 Soyul|예린 Yerin|영수 Youngsoo|영호 Youngho|영희 Younghee|순자 Soonja|
정숙 Jungsook|미숙 Misook|경숙 Kyungsook|성호 Sungho|상철 Sangcheol|동현 Donghyun|재훈 Jaehoon|
성민 Sungmin|정훈 Junghoon|지훈 Jihoon|혜진 Hyejin|은정 Eunjung|미영 Miyoung|수진 Sujin|지현 Jihyun|
현정 Hyunjung|은영 Eunyoung|민정 Minjung|영미 Youngmi|경희 Kyunghee|종현 Jonghyun|태호 Taeho|
광수 Kwangsoo|명수 Myungsoo|병철 Byungcheol|순옥 Soonok|말순 Malsoon|옥자 Okja|춘자 Chunja|
명자 Myungja|덕순 Deoksoon|정민 Jungmin|소희 Sohee|보람 Boram|아름 Areum|슬기 Seulgi|한결 Hangyeol|
나래 Narae|가람 Garam|단비 Danbi|하늘 Haneul|재석 Jaeseok|창호 Changho|기태 Kitae|용준 Yongjun|
태윤 Taeyun|세영 Seyoung|유진 Yujin|혜원 Hyewon|주희 Juhee|동욱 Donguk|상우 Sangwoo|철민 Cheolmin|
형준 Hyungjun|봉수 Bongsoo|판석 Panseok|금순 Keumsoon|현숙 Hyunsook|인철 Incheol|윤희 Yunhee|
다혜 Dahye|규리 Gyuri|태경 Taekyung|원석 Wonseok|훈 Hoon|혁 Hyuk|솔 Sol|결 Gyeol|찬 Chan|율 Yul"""
GIVEN = [tuple(x.strip().split()) for x in GIVEN.replace("\n", "").split("|")]

FOREIGN = [  # (hangul, latin, nationality, passport style)
    ("응우옌 반 민", "NGUYEN VAN MINH", "베트남", "vn"), ("쩐 티 흐엉", "TRAN THI HUONG", "베트남", "vn"),
    ("레 티 란", "LE THI LAN", "베트남", "vn"), ("팜 반 득", "PHAM VAN DUC", "베트남", "vn"),
    ("호앙 티 마이", "HOANG THI MAI", "베트남", "vn"), ("부이 꽝 하이", "BUI QUANG HAI", "베트남", "vn"),
    ("왕웨이", "WANG WEI", "중국", "cn"), ("리우양", "LIU YANG", "중국", "cn"),
    ("장리나", "ZHANG LINA", "중국", "cn"), ("천하오", "CHEN HAO", "중국", "cn"),
    ("자오밍", "ZHAO MING", "중국", "cn"),
    ("세르게이 이바노프", "SERGEI IVANOV", "러시아", "ru"), ("올가 페트로바", "OLGA PETROVA", "러시아", "ru"),
    ("드미트리 스미르노프", "DMITRY SMIRNOV", "러시아", "ru"), ("나탈리야 쿠즈네초바", "NATALIYA KUZNETSOVA", "러시아", "ru"),
    ("마이클 브라운", "MICHAEL BROWN", "미국", "us"), ("에밀리 존슨", "EMILY JOHNSON", "미국", "us"),
    ("제임스 윌슨", "JAMES WILSON", "영국", "us"), ("다니엘 슈미트", "DANIEL SCHMIDT", "독일", "de"),
    ("마리아 산토스", "MARIA SANTOS", "필리핀", "ph"), ("호세 레예스", "JOSE REYES", "필리핀", "ph"),
    ("아크말 카리모프", "AKMAL KARIMOV", "우즈베키스탄", "uz"), ("딜노자 라시도바", "DILNOZA RASHIDOVA", "우즈베키스탄", "uz"),
    ("솜차이 시수크", "SOMCHAI SRISUK", "태국", "th"), ("바트에르덴 간바타르", "BAT-ERDENE GANBAATAR", "몽골", "mn"),
    ("람 바하두르 타파", "RAM BAHADUR THAPA", "네팔", "np"), ("아리프 라흐만", "ARIF RAHMAN", "방글라데시", "bd"),
    ("수산티 데위", "SUSANTI DEWI", "인도네시아", "id"), ("소피아 김", "SOFIA KIM", "우즈베키스탄", "uz"),
]

# ---------------------------------------------------------------- places
PROVS = [
    ("서울특별시", "서울", ["마포구", "종로구", "강남구", "노원구", "관악구", "은평구", "송파구"]),
    ("부산광역시", "부산", ["해운대구", "사하구", "동래구"]),
    ("인천광역시", "인천", ["남동구", "부평구", "연수구"]),
    ("대구광역시", "대구", ["수성구", "달서구"]),
    ("광주광역시", "광주", ["북구", "광산구"]),
    ("대전광역시", "대전", ["유성구", "서구"]),
    ("울산광역시", "울산", ["남구", "울주군"]),
    ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "화성시", "안산시 단원구", "의정부시", "평택시"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시"]),
    ("충청북도", "충북", ["청주시 흥덕구", "충주시"]),
    ("충청남도", "충남", ["천안시 동남구", "아산시", "논산시"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "군산시", "익산시"]),
    ("전라남도", "전남", ["목포시", "순천시", "여수시"]),
    ("경상북도", "경북", ["포항시 남구", "구미시", "경주시"]),
    ("경상남도", "경남", ["창원시 성산구", "김해시", "진주시"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
ROADS = ["중앙로", "시민로", "문화로", "평화로", "희망로", "새마을로", "은행나무길", "장미로", "한솔로",
         "푸른길", "별빛로", "솔밭로", "강변로", "학교길", "시장로", "동산로", "매봉로", "백제로", "가람로",
         "누리로", "버들로", "느티로", "샘골로", "햇살로", "구름다리로"]
DONGS = ["신정동", "상도동", "월계동", "매탄동", "정자동", "탄방동", "봉명동", "용봉동", "연산동", "범어동",
         "우만동", "송림동", "효자동", "대흥동"]
APTS = ["한빛아파트", "푸른마을아파트", "행복주택", "새솔마을", "래미안타운", "현대아파트", "주공아파트",
        "삼익빌라", "그린빌", "센트럴파크", "늘푸른빌라", "솔빛마을"]
CITIES = [("수원시", "경기도", "031"), ("천안시", "충청남도", "041"), ("전주시", "전북특별자치도", "063"),
          ("청주시", "충청북도", "043"), ("창원시", "경상남도", "055"), ("포항시", "경상북도", "054"),
          ("춘천시", "강원특별자치도", "033"), ("목포시", "전라남도", "061"), ("마포구", "서울특별시", "02"),
          ("해운대구", "부산광역시", "051"), ("유성구", "대전광역시", "042"), ("남동구", "인천광역시", "032")]
MINISTRIES = [("행정안전부", "044"), ("보건복지부", "044"), ("국토교통부", "044"), ("법무부", "02"),
              ("고용노동부", "044"), ("경찰청", "02"), ("국민권익위원회", "044"), ("교육부", "044")]
DEPTS = ["민원여권과", "교통행정과", "세무과", "복지정책과", "외국인주민지원과", "정보통신과", "감사담당관",
         "자동차관리과", "총무과", "기획예산과", "일자리정책과", "주민자치과", "회계과", "안전총괄과"]
COMPANIES = ["(주)한빛엔지니어링", "(주)새솔정보기술", "푸른건설(주)", "(주)다온시스템", "한결산업 주식회사",
             "(주)누리데이터", "(유)가람물산", "(주)별빛미디어", "동산종합건설(주)", "(주)솔밭에프앤비",
             "(주)온누리렌터카", "바른인력(주)"]
EMAIL_DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com"]
COMPANY_DOMAINS = ["hanbit-eng.co.kr", "saesol.kr", "daonsys.com", "nuridata.co.kr", "byulbit.com", "garam.co.kr"]

OCR_MAP = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_MAP_ALT = {"0": "o", "1": "I", "5": "S", "8": "B"}
HANGUL_DIGITS = dict(zip("0123456789", "공일이삼사오육칠팔구"))
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}


# ---------------------------------------------------------------- helpers
def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def group(s, sizes, sep="-"):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    return sep.join(out)


def valid_date(rng, y0, y1):
    y = rng.randint(y0, y1); m = rng.randint(1, 12)
    dm = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return y, m, rng.randint(1, dm)


# ---------------------------------------------------------------- names
def ko_name(rng):
    s = wchoice(rng, SURNAMES, [w for _, _, w in SURNAMES])
    g = rng.choice(GIVEN)
    if len(g[0]) == 1 and len(s[0]) == 2:
        g = GIVEN[0]
    return s[0] + g[0], (s[1], g[1])


def roman(rp, style):
    sur, giv = rp
    if style == "upper":
        return f"{sur.upper()} {giv.upper()}"
    if style == "western":
        return f"{giv} {sur}"
    if style == "comma":
        return f"{sur.upper()}, {giv.upper()}"
    return f"{sur} {giv}"


# ---------------------------------------------------------------- IDs
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return str((11 - s % 11) % 10)


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return str((13 - s % 11) % 10)


def rrn(rng, kind=None, birth=None):
    """returns (13-digit string or masked string, kind, (y,m,d))"""
    if kind is None:
        kind = wchoice(rng, ["rrn_valid", "rrn_post2020", "rrn_masked"], [6, 2, 3])
    if kind == "rrn_post2020":
        while True:
            y, m, d = birth or valid_date(rng, 2020, 2024)
            if (y, m) >= (2020, 10):
                break
            birth = None
        g = rng.choice("34")
        body = f"{y % 100:02d}{m:02d}{d:02d}" + g + digits(rng, 6)
        if rrn_check(body[:12]) == body[12]:
            body = body[:12] + str((int(body[12]) + 1) % 10)
        return body, kind, (y, m, d)
    y, m, d = birth or valid_date(rng, 1942, 2006)
    g = rng.choice("12") if y < 2000 else rng.choice("34")
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    if kind == "rrn_masked":
        mc = rng.choice(["*", "*", "●", "X", "x", "○"])
        return front + g + mc * 6, kind, (y, m, d)
    d12 = front + g + f"{rng.randint(0, 95):02d}" + digits(rng, 3)
    return d12 + rrn_check(d12), kind, (y, m, d)


def frn(rng, kind=None, birth=None):
    if kind is None:
        kind = wchoice(rng, ["frn_valid", "frn_masked"], [6, 1])
    y, m, d = birth or valid_date(rng, 1955, 2005)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    if kind == "frn_masked":
        return front + g + "*" * 6, kind, (y, m, d)
    office = rng.randrange(10, 99, 2)
    d12 = front + g + f"{office:02d}" + digits(rng, 2) + rng.choice("6789")
    return d12 + frn_check(d12), kind, (y, m, d)


def fmt_13(s, style):
    if style == "plain":
        return s
    if style == "space":
        return s[:6] + " " + s[6:]
    return s[:6] + "-" + s[6:]


def passport_kr(rng):
    p = wchoice(rng, "MSRGD", [10, 3, 1, 2, 1])
    if rng.random() < 0.55:
        return p + digits(rng, 8), "passport_kr_old"
    return p + digits(rng, 3) + rng.choice("ABCDEFGHJK") + digits(rng, 4), "passport_kr_new"


def passport_foreign(rng, style):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if style == "vn":
        v = rng.choice("CNBP") + digits(rng, 7)
    elif style == "cn":
        v = ("E" + digits(rng, 8)) if rng.random() < 0.5 else ("E" + rng.choice("ABCDEGH") + digits(rng, 7))
    elif style == "ru":
        v = digits(rng, 2) + (" " if rng.random() < 0.5 else "") + digits(rng, 7)
    elif style == "us":
        v = digits(rng, 9) if rng.random() < 0.6 else rng.choice("AC") + digits(rng, 8)
    elif style == "ph":
        v = "P" + digits(rng, 7) + rng.choice("AB")
    elif style == "uz":
        v = rng.choice(["FA", "AA", "AD"]) + digits(rng, 7)
    elif style == "th":
        v = rng.choice(["AA", "AB", "AC"]) + digits(rng, 7)
    elif style == "mn":
        v = "E" + digits(rng, 7)
    elif style == "np":
        v = "PA" + digits(rng, 7)
    elif style == "bd":
        v = rng.choice(["A", "B", "EB"]) + digits(rng, 7)
    elif style == "id":
        v = rng.choice(["B", "C", "X"]) + digits(rng, 7)
    else:  # de
        v = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
        v = "C" + v[1:]
    return v, "passport_foreign"


DL_REGIONS = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
              ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
              ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]


def driver_license(rng, style=None):
    r, code = rng.choice(DL_REGIONS)
    yy = rng.choice([f"{y % 100:02d}" for y in range(1990, 2025)])
    ser, chk = digits(rng, 6), digits(rng, 2)
    style = style or wchoice(rng, ["num", "name", "name_nospace", "plain", "name_plain"], [5, 3, 1, 2, 1])
    if style == "num":
        return f"{code}-{yy}-{ser}-{chk}", "dl_num"
    if style == "name":
        return f"{r} {yy}-{ser}-{chk}", "dl_name"
    if style == "name_nospace":
        return f"{r}{yy}-{ser}-{chk}", "dl_name"
    if style == "name_plain":
        return f"{r} {yy}{ser}{chk}", "dl_name"
    return f"{code}{yy}{ser}{chk}", "dl_plain"


def luhn_complete(prefix, length):
    body = prefix + "0" * 0
    body = body
    s = 0
    # compute check digit for body + check
    raw = body
    for i, ch in enumerate(reversed(raw)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return raw + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card(rng, style=None):
    brand = wchoice(rng, ["visa", "master", "bc", "jcb", "amex", "local"], [4, 4, 3, 1, 1, 2])
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "master":
        pre, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "bc":
        pre, n = "94" + rng.choice(["10", "20", "90", "11"]) + digits(rng, 2), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    else:
        pre, n = rng.choice(["9445", "9436", "6253", "9409"]) + digits(rng, 2), 16
    num = luhn_complete(pre + digits(rng, n - len(pre) - 1), n)
    assert luhn_ok(num)
    style = style or wchoice(rng, ["hyphen", "space", "plain", "masked"], [5, 3, 2, 2])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    if style == "masked":
        m = num[:6] + "*" * (n - 10) + num[-4:]
        return group(m, sizes, rng.choice(["-", "-", " "])), "card_masked_" + brand
    sep = {"hyphen": "-", "space": " ", "plain": ""}[style]
    return group(num, sizes, sep), "card_" + brand


BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
         ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]),
         ("카카오뱅크", [4, 2, 7]), ("토스뱅크", [4, 4, 4]), ("우체국", [6, 2, 6]), ("새마을금고", [4, 2, 6, 1]),
         ("SC제일은행", [3, 2, 6]), ("부산은행", [3, 4, 4, 2]), ("대구은행", [3, 2, 6, 1]), ("케이뱅크", [3, 3, 6]),
         ("수협은행", [3, 2, 6, 1]), ("신협", [3, 3, 6])]


def account(rng, style=None):
    bank, sizes = rng.choice(BANKS)
    n = sum(sizes)
    d = digits(rng, n)
    if bank == "카카오뱅크":
        d = "3333" + d[4:]
    if bank == "토스뱅크":
        d = "1000" + d[4:]
    style = style or wchoice(rng, ["hyphen", "plain", "space", "masked"], [6, 3, 1, 1])
    if style == "masked":
        parts = group(d, sizes).split("-")
        mi = 1 if len(parts) > 2 else 0
        parts[mi] = "*" * len(parts[mi])
        return bank, "-".join(parts), "acct_masked"
    sep = {"hyphen": "-", "plain": "", "space": " "}[style]
    return bank, group(d, sizes, sep), "acct_" + style


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
        "062", "063", "064"]


def mobile(rng, style=None):
    mid, last = digits(rng, 4), digits(rng, 4)
    mid = str(rng.randint(2, 9)) + mid[1:]
    style = style or wchoice(rng, ["hyphen", "plain", "dot", "space", "intl", "intl2", "old", "masked"],
                             [10, 3, 1, 1, 1, 1, 1, 1])
    if style == "hyphen":
        return f"010-{mid}-{last}", "mobile"
    if style == "plain":
        return f"010{mid}{last}", "mobile"
    if style == "dot":
        return f"010.{mid}.{last}", "mobile"
    if style == "space":
        return f"010 {mid} {last}", "mobile"
    if style == "intl":
        return f"+82-10-{mid}-{last}", "mobile_intl"
    if style == "intl2":
        return f"+82 10 {mid} {last}", "mobile_intl"
    if style == "old":
        return f"{rng.choice(['011', '016', '017', '019'])}-{mid[:3]}-{last}", "mobile_old"
    return f"010-{mid[:2]}**-{last}", "mobile_masked"


def landline(rng, area=None, style="hyphen", kind="landline"):
    area = area or rng.choice(AREA)
    mid = str(rng.randint(2, 9)) + digits(rng, 3 if rng.random() < 0.7 else 2)
    last = digits(rng, 4)
    if style == "paren":
        return f"({area}){mid}-{last}", kind
    if style == "dot":
        return f"{area}.{mid}.{last}", kind
    if style == "space":
        return f"{area} {mid} {last}", kind
    return f"{area}-{mid}-{last}", kind


def phone070(rng):
    return f"070-{rng.randint(4000, 8999)}-{digits(rng, 4)}", "voip070"


def any_phone(rng):
    r = rng.random()
    if r < 0.65:
        return mobile(rng)
    if r < 0.9:
        return landline(rng, style=wchoice(rng, ["hyphen", "paren", "dot"], [6, 2, 1]))
    return phone070(rng)


def email(rng, rp=None, domain=None):
    sur, giv = rp if rp else ("", "")
    g, s = giv.lower().replace("-", ""), sur.lower()
    pat = rng.randint(0, 6)
    if not rp or pat == 6:
        local = rng.choice(["sunny", "blue", "happy", "moon", "star", "green", "coco", "minty", "jjang",
                            "hope", "dream", "river"]) + rng.choice(["", "_", "."]) + digits(rng, rng.randint(2, 4))
    elif pat == 0:
        local = f"{g}.{s}"
    elif pat == 1:
        local = f"{s}{g}{digits(rng, 2)}"
    elif pat == 2:
        local = f"{g[0]}{s}{digits(rng, 4)}"
    elif pat == 3:
        local = f"{s}_{g}"
    elif pat == 4:
        local = f"{g}{rng.randint(70, 99)}"
    else:
        local = f"{s}.{g}{digits(rng, 1)}"
    return f"{local}@{domain or rng.choice(EMAIL_DOMAINS)}", "email"


def dob(rng, style=None, ymd=None):
    y, m, d = ymd or valid_date(rng, 1945, 2008)
    style = style or rng.choice(["dot_space", "korean", "iso", "dot0", "yy", "six"])
    if style == "dot_space":
        return f"{y}. {m}. {d}.", "dob_" + style
    if style == "korean":
        return f"{y}년 {m}월 {d}일", "dob_" + style
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}", "dob_" + style
    if style == "dot0":
        return f"{y}.{m:02d}.{d:02d}.", "dob_" + style
    if style == "yy":
        return f"{y % 100:02d}.{m:02d}.{d:02d}", "dob_" + style
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}", "dob_" + style
    return f"{y % 100:02d}{m:02d}{d:02d}", "dob_six"


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return str((10 - s % 10) % 10)


def brn(rng, public=False):
    a = str(rng.randint(101, 899))
    b = "83" if public else f"{rng.choice([rng.randint(1, 79), rng.randint(81, 88)]):02d}"
    c = digits(rng, 4)
    d9 = a + b + c
    return f"{a}-{b}-{c}{brn_check(d9)}", "brn"


def crn(rng):
    office = rng.choice(["1101", "1311", "1801", "1201", "1613", "1346", "2011", "1711"])
    kind = rng.choice(["11", "11", "11", "14", "71"])
    d12 = office + kind + digits(rng, 6)
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return f"{d12[:6]}-{d12[6:]}{(10 - s % 10) % 10}", "crn"


def health_ins(rng):
    v = str(rng.randint(1, 7)) + digits(rng, 10)
    return v, "health_11"


def ipv4(rng, private=None):
    if private is None:
        private = rng.random() < 0.4
    if private:
        t = rng.choice(["192", "10", "172"])
        if t == "192":
            return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", "ipv4_private"
        if t == "10":
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", "ipv4_private"
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", "ipv4_private"
    a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 211, 218, 220, 222])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4_public"


def ipv6(rng):
    return "2001:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}", "ipv6"


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(rng, style=None):
    style = style or wchoice(rng, ["2", "3", "region", "commercial", "nospace"], [4, 4, 1, 1, 1])
    h = rng.choice(PLATE_PRIV)
    n4 = str(rng.randint(1000, 9999))
    if style == "2":
        return f"{rng.randint(10, 99)}{h} {n4}", "plate_2"
    if style == "3":
        return f"{rng.randint(100, 399)}{h} {n4}", "plate_3"
    if style == "region":
        return f"{rng.choice(['서울', '경기', '부산', '인천', '대구'])} {rng.randint(10, 99)}{h} {n4}", "plate_region"
    if style == "commercial":
        return f"{rng.choice(['서울', '경기', '부산', '충남'])} {rng.randint(70, 99)}{rng.choice('바사아자')} {n4}", "plate_commercial"
    return f"{rng.randint(10, 399)}{h}{n4}", "plate_nospace"


def address(rng, style=None):
    """returns (address, kind, dong, apt) - dong/apt for optional parenthetical"""
    prov, short, sggs = rng.choice(PROVS)
    sgg = rng.choice(sggs)
    style = style or wchoice(rng, ["road_full", "road_short", "road_sgg", "jibun"], [5, 3, 2, 2])
    road = rng.choice(ROADS)
    if rng.random() < 0.5:
        road += f"{rng.randint(2, 80)}번길"
    num = str(rng.randint(1, 350))
    if rng.random() < 0.2:
        num += f"-{rng.randint(1, 30)}"
    dong, apt = rng.choice(DONGS), rng.choice(APTS)
    u = rng.random()
    if u < 0.45:
        unit = f", {rng.randint(101, 125)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"
    elif u < 0.65:
        unit = f", {rng.randint(2, 9)}층 {rng.randint(2, 9)}{rng.randint(1, 9):02d}호"
    elif u < 0.8:
        unit = f" {rng.randint(2, 12)}층"
    else:
        unit = ""
    if style == "jibun":
        a = f"{rng.choice([prov, short])} {sgg} {dong} {rng.randint(1, 1200)}-{rng.randint(1, 40)}"
        if rng.random() < 0.6:
            a += f" {apt} {rng.randint(101, 120)}동 {rng.randint(1, 20)}{rng.randint(1, 4):02d}호"
        return a, "addr_jibun", dong, apt
    if style == "road_full":
        return f"{prov} {sgg} {road} {num}{unit}", "addr_road_full", dong, apt
    if style == "road_short":
        return f"{short} {sgg} {road} {num}{unit}", "addr_road_short", dong, apt
    return f"{sgg} {road} {num}{unit}", "addr_road_sgg", dong, apt


# ---------------------------------------------------------------- negatives
def neg_date(rng, style=None):
    y, m, d = valid_date(rng, 2022, 2025)
    style = style or rng.choice(["dot", "korean", "iso", "dot0"])
    return {"dot": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
            "dot0": f"{y}.{m:02d}.{d:02d}."}[style]


def neg_date_pair(rng, style=None):
    style = style or rng.choice(["dot", "korean", "iso", "dot0"])
    d1, d2 = sorted([valid_date(rng, 2022, 2025), valid_date(rng, 2022, 2025)])
    f = lambda t: {"dot": f"{t[0]}. {t[1]}. {t[2]}.", "korean": f"{t[0]}년 {t[1]}월 {t[2]}일",
                   "iso": f"{t[0]}-{t[1]:02d}-{t[2]:02d}", "dot0": f"{t[0]}.{t[1]:02d}.{t[2]:02d}."}[style]
    return f(d1), f(d2)


def neg_amount(rng):
    v = rng.randint(3, 9000) * rng.choice([1000, 10000, 100])
    return rng.choice([f"{v:,}원", f"금 {v:,}원", f"₩{v:,}", f"{v:,} 원"])


STATUTES = ["「개인정보 보호법」 제17조 제1항", "「개인정보 보호법」 제24조의2 제1항", "「주민등록법」 제29조 제2항",
            "「출입국관리법」 제31조", "「도로교통법」 제80조 제1항", "「민원 처리에 관한 법률」 제27조",
            "「지방세기본법」 제60조", "「국가를 당사자로 하는 계약에 관한 법률」 제11조",
            "「여권법」 제9조 제1항", "「행정절차법」 제14조 제4항", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「형법」 제347조 제1항", "「전자금융거래법」 제6조 제3항", "같은 법 시행령 제9조 제1항"]


def neg_statute(rng):
    return rng.choice(STATUTES)


def neg_docno(rng, dept=None):
    dept = dept or rng.choice(DEPTS)
    return rng.choice([f"{dept}-{rng.randint(100, 9999)}", f"{dept}-{rng.randint(1000, 29999)}",
                       f"{dept[:2]}{rng.randint(46000, 46099)}-{rng.randint(10, 999)}"])


def neg_case(rng):
    y = rng.randint(2019, 2025)
    return rng.choice([f"{y}고단{rng.randint(100, 9999)}", f"{y}고합{rng.randint(10, 999)}",
                       f"{y}노{rng.randint(100, 4999)}", f"{y}가단{rng.randint(1000, 599999)}",
                       f"{y}구합{rng.randint(1000, 99999)}", f"{y}고약{rng.randint(1000, 39999)}",
                       f"{y}도{rng.randint(1000, 19999)}"])


def neg_receipt(rng):
    return rng.choice([f"{rng.randint(1, 9)}{rng.choice('ABCDE')}{rng.choice('ABCDE')}-{rng.randint(22, 25)}{rng.randint(1, 12):02d}-{digits(rng, 7)}",
                       f"{rng.randint(2022, 2025)}-{digits(rng, 6)}",
                       f"{rng.randint(2022, 2025)}{digits(rng, 7)}-00"])


def neg_switch(rng, area=None):
    area = area or rng.choice(AREA)
    return f"{area}-{rng.randint(200, 999)}-{rng.choice(['2114', '0114', '1114', '3114', '5114'])}"


def neg_callcenter(rng):
    return rng.choice([f"{p}-{digits(rng, 4)}" for p in ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]])


def neg_postal(rng):
    return f"{rng.randint(1, 63):02d}{digits(rng, 3)}"


# ---------------------------------------------------------------- noise
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "PHONE_NUMBER", "CREDIT_CARD", "KR_BANK_ACCOUNT", "KR_DRIVER_LICENSE",
                 "KR_PASSPORT", "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN", "DATE_OF_BIRTH", "IP_ADDRESS"}


def _digit_positions(v):
    return [i for i, c in enumerate(v) if c.isdigit()]


def apply_noise(rng, typ, v, op):
    """returns new value (never with edge whitespace) or None if op not applicable"""
    dp = _digit_positions(v)
    if op == "fullwidth_digits":
        if not dp:
            return None
        if rng.random() < 0.6:
            return "".join(FW.get(c, c) for c in v)
        cut = rng.randint(1, len(v) - 1)
        return v[:cut] + "".join(FW.get(c, c) for c in v[cut:])
    if op in ("fullwidth_dash", "unicode_hyphen"):
        if "-" not in v:
            return None
        rep = "－" if op == "fullwidth_dash" else rng.choice(["‐", "–", "‑"])
        return v.replace("-", rep)
    if op == "space_in_number":
        cands = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if not cands:
            return None
        i = rng.choice(cands)
        return v[:i] + " " + v[i:]
    if op == "newline_in_number":
        cands = [i for i, c in enumerate(v) if c in "- " and 0 < i < len(v) - 1]
        if not cands:
            cands = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
            if not cands:
                return None
            i = rng.choice(cands)
            return v[:i] + "\n" + v[i:]
        i = rng.choice(cands)
        return (v[:i + 1] + "\n" + v[i + 1:]) if v[i] == "-" else (v[:i] + "\n" + v[i + 1:])
    if op == "ocr_confusion":
        cands = [i for i in dp if v[i] in OCR_MAP]
        if typ == "EMAIL_ADDRESS":
            cands = [i for i, c in enumerate(v) if c in "0158" or c in "lo"]
        if not cands:
            return None
        k = min(len(cands), rng.choice([1, 1, 2]))
        chosen = sorted(rng.sample(cands, k))
        out = list(v)
        for i in chosen:
            c = out[i]
            if c == "l":
                out[i] = "1"
            elif c == "o":
                out[i] = "0"
            else:
                out[i] = (OCR_MAP if rng.random() < 0.6 else OCR_MAP_ALT)[c]
        return "".join(out)
    if op == "fullwidth_at":
        return v.replace("@", "＠") if "@" in v else None
    if op == "space_around_at":
        return v.replace("@", rng.choice([" @ ", " @", "@ "])) if "@" in v else None
    if op == "spaced_name":
        if not re.fullmatch(r"[가-힣]{2,4}", v):
            return None
        return " ".join(v)
    if op == "wrapped":
        cands = [i for i, c in enumerate(v) if c == " " and 0 < i < len(v) - 1]
        if not cands:
            return None
        i = rng.choice(cands)
        return v[:i] + "\n" + v[i + 1:]
    if op == "hangul_digits":
        if not dp:
            return None
        return "".join(rng.choice(["공", "영"]) if c == "0" else HANGUL_DIGITS.get(c, c) for c in v).replace("-", " ")
    raise ValueError(op)


def noise_ops_for(typ):
    if typ == "PERSON":
        return ["spaced_name"]
    if typ == "EMAIL_ADDRESS":
        return ["fullwidth_at", "space_around_at", "ocr_confusion"]
    if typ == "KR_ADDRESS":
        return ["wrapped", "fullwidth_digits"]
    if typ == "KR_VEHICLE_PLATE":
        return ["fullwidth_digits", "ocr_confusion", "space_in_number"]
    if typ in NUMERIC_TYPES:
        return ["fullwidth_digits", "fullwidth_dash", "unicode_hyphen", "space_in_number",
                "newline_in_number", "ocr_confusion", "ocr_confusion"]
    return []


# ---------------------------------------------------------------- builder
def P(typ, clean, kind, noise=None, nonoise=False):
    return {"k": "pii", "type": typ, "clean": clean, "kind": kind, "force": noise, "nonoise": nonoise}


def N(text, cat):
    return {"k": "neg", "text": text, "cat": cat}


class Builder:
    def __init__(self, rng, noisy, exclude_ops=()):
        self.rng, self.noisy = rng, noisy
        self.exclude = set(exclude_ops)
        self.buf, self.n = [], 0
        self.spans, self.negs = [], []
        self.noise_count = 0

    def render(self, x):
        """render an item into its final display text (noise decided here)"""
        if isinstance(x, str) or x.get("rendered"):
            return x
        x = dict(x)
        x["rendered"] = True
        if x["k"] == "neg":
            t = x["text"]
            if self.noisy and "ocr_confusion" not in self.exclude and self.rng.random() < 0.25 and x["cat"] in ("date", "document_number", "case_number"):
                t2 = apply_noise(self.rng, "NEG", t, "ocr_confusion")
                if t2:
                    t = t2
                    x["noise"] = ["ocr_confusion"]
            x["text"] = t
            return x
        v, ops = x["clean"], []
        if x["force"]:
            v2 = apply_noise(self.rng, x["type"], v, x["force"])
            assert v2 is not None, (x, v)
            v, ops = v2, [x["force"]]
        elif self.noisy and not x["nonoise"]:
            p = 0.2 if x["type"] == "PERSON" else 0.55
            if self.rng.random() < p:
                cands = [o for o in noise_ops_for(x["type"]) if o not in self.exclude]
                if cands:
                    op = self.rng.choice(cands)
                    v2 = apply_noise(self.rng, x["type"], v, op)
                    if v2 is not None and v2 != v:
                        v, ops = v2, [op]
                        if self.rng.random() < 0.2:
                            op2 = self.rng.choice(cands)
                            if op2 != op:
                                v3 = apply_noise(self.rng, x["type"], v, op2)
                                if v3 is not None and v3 != v:
                                    v, ops = v3, ops + [op2]
        x["text"], x["noise"] = v, ops
        if ops:
            self.noise_count += 1
        return x

    def __call__(self, *items):
        for x in items:
            if x is None:
                continue
            x = self.render(x)
            if isinstance(x, str):
                self.buf.append(x); self.n += len(x)
                continue
            t = x["text"]
            if x["k"] == "pii":
                self.spans.append({"start": self.n, "end": self.n + len(t), "type": x["type"], "kind": x["kind"],
                                   "noise": x["noise"], "clean": x["clean"], "text": t})
            else:
                self.negs.append({"start": self.n, "end": self.n + len(t), "category": x["cat"], "text": t,
                                  **({"noise": x["noise"]} if x.get("noise") else {})})
            self.buf.append(t); self.n += len(t)
        return self

    def text(self):
        return "".join(self.buf)


def disp(x):
    return x if isinstance(x, str) else x["text"]


def table(b, rows, layout, header=None):
    """rows: list of lists of items. layout: 'pipe', 'pipe_tight', 'pipe_edge', 'tab', 'space'."""
    allrows = ([header] if header else []) + rows
    rendered = [[b.render(c) for c in r] for r in allrows]
    if layout == "space":
        ncol = max(len(r) for r in rendered)
        width = [0] * ncol
        for r in rendered:
            for j, c in enumerate(r):
                width[j] = max(width[j], len(disp(c).replace("\n", " ")))
    for ri, r in enumerate(rendered):
        if layout == "pipe_edge":
            b("| ")
        for j, c in enumerate(r):
            if j:
                b({"pipe": " | ", "pipe_edge": " | ", "pipe_tight": "|", "tab": "\t"}.get(layout, ""))
                if layout == "space":
                    b(" " * (width[j - 1] - len(disp(r[j - 1]).replace("\n", " ")) + 2))
            b(c)
        if layout == "pipe_edge":
            b(" |")
        b("\n")
        if ri == 0 and header and layout == "pipe_edge":
            b("|" + "|".join(["---"] * len(r)) + "|\n")
