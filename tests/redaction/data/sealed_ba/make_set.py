#!/usr/bin/env python3
"""pii_ba: independent evaluation set for a Korean PII detector (public-sector documents).

Deterministic generator, Python 3 standard library only.
Every random choice for record i of template t comes from
random.Random("pii_ba-2026|<t>|<i>") (a suffix "|r<k>" is added when a draft fails
validation and is retried).  Hand-written records come from handwritten.py.

    python3 make_set.py            # writes pii_ba.jsonl, pii_ba.meta.jsonl, stats.json
    python3 make_set.py --det      # also re-runs itself under two PYTHONHASHSEED values
"""
import sys
sys.dont_write_bytecode = True
import json, os, re, random, unicodedata, hashlib, subprocess, collections, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_ba-2026"
TODAY = datetime.date(2026, 12, 6)

TYPES = ["PERSON", "KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD",
         "KR_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN", "KR_VEHICLE_PLATE", "IP_ADDRESS"]


class DraftError(Exception):
    pass


def fail(msg):
    raise DraftError(msg)

# ---------------------------------------------------------------------------
# pools (all invented; district names are real, road stems and numbers are not)
# ---------------------------------------------------------------------------
SURN1 = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 "
         "유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 "
         "함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 봉 경").split()
SURN2 = "남궁 황보 선우 제갈 독고 사공 서문 동방".split()
GIVEN2 = ("민수 지훈 서연 지은 현우 수진 영호 미경 정민 성민 은정 동현 혜진 준호 상철 경희 재원 소영 태민 유진 "
          "예린 도윤 서준 하윤 지아 시우 민재 채원 건우 나연 승현 다은 주원 윤서 진혁 상우 정아 명숙 영자 "
          "순자 옥순 춘자 말순 영수 광호 기태 병철 종훈 창민 용준 혜원 수빈 가은 우진 재희 선영 미란 덕수 "
          "봉자 경민 태호 은비 지성 하람 연우 서윤 규리 시은 도현 승민 유나 재혁 현정 민지 성훈 아영 "
          "정훈 미숙 순영 동욱 진영 은지 태윤 채린 수아 예준 지호 한결 다인 소윤 가람 효진 인호 석진 "
          "희정 문희 형준 기현 재석 명호 숙희 영미 정숙 길수 만복 상민 현아 보영 세라 준영 윤아 태경").split()
GIVEN1 = "솔 린 율 찬 혁 훈 휘 슬 빈 헌 웅 건 란 담 욱 옥 훤".split()
GIVEN3 = "빛나리 한가람 아름솔 하늘별 한사랑 보배로 슬기찬 새벽별 나래솔".split()

# foreign names: (latin given, hangul given), (LATIN FAMILY, hangul family), order, nationality code
FOREIGN = {
    "베트남": {"code": "VNM", "fam": [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("PHAM", "팜"), ("LE", "레"), ("HOANG", "호앙"), ("VU", "부")],
             "mid": [("VAN", "반"), ("THI", "티"), ("MINH", "민"), ("DUC", "득")],
             "giv": [("LAN", "란"), ("HUNG", "흥"), ("TUAN", "뚜언"), ("HOA", "호아"), ("NAM", "남"), ("THAO", "타오"), ("LINH", "린"), ("QUANG", "꽝")],
             "order": "fmg"},
    "중국": {"code": "CHN", "fam": [("WANG", "왕"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("ZHAO", "자오"), ("SUN", "쑨")],
           "giv": [("LEI", "레이"), ("MIN", "민"), ("JIAYI", "자이"), ("HAOYU", "하오위"), ("XIN", "신"), ("YUTING", "위팅")],
           "order": "fg"},
    "필리핀": {"code": "PHL", "fam": [("SANTOS", "산토스"), ("REYES", "레예스"), ("DELA CRUZ", "델라 크루스"), ("GARCIA", "가르시아"), ("BAUTISTA", "바우티스타")],
            "giv": [("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Mark", "마크"), ("Rowena", "로웨나")],
            "order": "gf"},
    "우즈베키스탄": {"code": "UZB", "fam": [("RAKHIMOV", "라히모프"), ("TURSUNOVA", "투르수노바"), ("KARIMOV", "카리모프"), ("YUSUPOVA", "유수포바")],
               "giv": [("Bobur", "보부르"), ("Dilnoza", "딜노자"), ("Sardor", "사르도르"), ("Madina", "마디나")],
               "order": "gf"},
    "미국": {"code": "USA", "fam": [("MILLER", "밀러"), ("CARTER", "카터"), ("BROOKS", "브룩스"), ("HAYES", "헤이스")],
           "giv": [("John", "존"), ("Emily", "에밀리"), ("Daniel", "대니얼"), ("Rachel", "레이철")],
           "order": "gf"},
    "몽골": {"code": "MNG", "fam": [("GANBOLD", "간볼드"), ("BATSUKH", "바트수흐"), ("ENKHTUYA", "엥흐토야")],
           "giv": [("Batbayar", "바트바야르"), ("Oyunchimeg", "어용치맥"), ("Tumur", "투무르")],
           "order": "gf"},
    "인도네시아": {"code": "IDN", "fam": [("RAHMAWATI", "라흐마와티"), ("SAPUTRA", "사푸트라"), ("HIDAYAT", "히다얏")],
              "giv": [("Siti", "시티"), ("Agus", "아구스"), ("Dewi", "데위")],
              "order": "gf"},
    "태국": {"code": "THA", "fam": [("WONGSA", "웡사"), ("SRISUK", "시숙"), ("CHAIYA", "차이야")],
           "giv": [("Somchai", "솜차이"), ("Nattaya", "낫타야"), ("Kittipong", "끼띠뽕")],
           "order": "gf"},
    "러시아": {"code": "RUS", "fam": [("VOLKOV", "볼코프"), ("PETROVA", "페트로바"), ("SOKOLOV", "소콜로프")],
            "giv": [("Dmitri", "드미트리"), ("Olga", "올가"), ("Ivan", "이반")],
            "order": "gf"},
    "네팔": {"code": "NPL", "fam": [("GURUNG", "구룽"), ("SHRESTHA", "슈레스타"), ("TAMANG", "타망")],
           "giv": [("Bikash", "비카스"), ("Sita", "시타"), ("Ramesh", "라메시")],
           "order": "gf"},
    "캄보디아": {"code": "KHM", "fam": [("SOK", "속"), ("CHAN", "찬"), ("KEO", "께오")],
             "giv": [("Dara", "다라"), ("Sophea", "소피어"), ("Vanna", "반나")],
             "order": "fg"},
}
NATIONS = sorted(FOREIGN)

SIDO = [("서울특별시", "서울", ["마포구", "종로구", "강서구", "노원구", "관악구", "송파구", "은평구", "동대문구", "성북구", "영등포구", "도봉구", "구로구"], "0"),
        ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "금정구"], "4"),
        ("대구광역시", "대구", ["수성구", "달서구", "동구"], "4"),
        ("인천광역시", "인천", ["남동구", "부평구", "연수구", "미추홀구"], "2"),
        ("광주광역시", "광주", ["북구", "서구", "광산구"], "6"),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"], "3"),
        ("울산광역시", "울산", ["남구", "울주군", "중구"], "4"),
        ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "안산시 단원구", "남양주시", "파주시", "평택시", "의정부시", "부천시"], "1"),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"], "2"),
        ("충청북도", "충북", ["청주시 상당구", "충주시", "제천시", "옥천군"], "2"),
        ("충청남도", "충남", ["천안시 동남구", "아산시", "공주시", "서산시", "홍성군"], "3"),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시", "완주군"], "5"),
        ("전라남도", "전남", ["목포시", "여수시", "순천시", "해남군", "무안군"], "5"),
        ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시"], "3"),
        ("경상남도", "경남", ["창원시 의창구", "진주시", "양산시", "거제시", "통영시"], "5"),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"], "6")]
ROAD_STEMS = ("한빛 새솔 다솜 가람 미리내 느티나무 은행나무 푸른솔 햇살 무지개 소망 꽃뫼 별빛 달맞이 물빛 해오름 "
              "아람 참샘 솔바람 들꽃 한울 너울 여울 큰골 새터 장승 덕천 송화 매화 버들 산수유 청람 두레 보리").split()
DONG = "봉산동 신흥동 대덕동 용두동 송림동 금곡동 중앙동 신평동 월계동 상도동 하안동 효자동 삼천동 연지동".split()
EUP = ["봉담읍", "금천면", "옥산면", "장성읍", "화도읍", "남면", "북면", "서면", "청룡면", "대산면"]
RI = "신가리 대곡리 상촌리 하리 송정리 월산리 내동리 가곡리 평촌리 지산리".split()
APT = ["한빛아파트", "새솔마을 3단지", "푸른숲빌라", "해오름맨션", "다솜타운", "느티마을 2단지", "청람하이츠", "보리빌", "두레아파트"]
COMPANY_STEMS = "한빛엔지니어링 새솔건설 다솜테크 가람물산 푸른솔산업 해오름정보 미리내소프트 참샘환경 두레조경 청람디자인 여울에너지 별빛인쇄 송화식품 너울통신 큰골기계 버들유통 한울시스템 아람의료기".split()
BANKS = [  # name, grouping (digit counts)
    ("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]),
    ("하나은행", [3, 6, 5]), ("NH농협은행", [3, 4, 4, 2]), ("농협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]),
    ("SC제일은행", [3, 2, 6]), ("카카오뱅크", [4, 2, 7]), ("케이뱅크", [3, 3, 6]), ("토스뱅크", [4, 4, 4]),
    ("우체국", [6, 2, 6]), ("새마을금고", [4, 4, 4, 1]), ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]),
    ("경남은행", [3, 2, 7]), ("광주은행", [3, 3, 6]), ("전북은행", [3, 2, 7]), ("수협은행", [3, 2, 6]),
    ("신협", [3, 3, 6]), ("한국씨티은행", [3, 6, 3]), ("KDB산업은행", [3, 4, 4, 3]), ("제주은행", [2, 2, 6])]
DL_REGION = [("서울", "11"), ("부산", "12"), ("경기", "13"), ("강원", "14"), ("충북", "15"), ("충남", "16"),
             ("전북", "17"), ("전남", "18"), ("경북", "19"), ("경남", "20"), ("제주", "21"), ("대구", "22"),
             ("인천", "23"), ("광주", "24"), ("대전", "25"), ("울산", "26"), ("경기북부", "28")]
PLATE_PRIVATE = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COMM = "바사아자"
PLATE_RENT = "하허호"
EMAIL_DOMAINS = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.com"]
ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
         "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
         "안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "유": "yu", "고": "ko", "문": "moon", "양": "yang"}
SYL_ROMAN = ["min", "ji", "seo", "hyun", "su", "jun", "young", "ho", "eun", "jae", "sung", "hee", "woo", "ha", "yeon", "do", "tae", "na", "ra", "bin"]


def ko_name(rng, kind=None):
    """Korean name; returns (name, subkind)."""
    r = rng.random() if kind is None else None
    if kind == "ko2" or (r is not None and r < 0.10):
        return rng.choice(SURN1) + rng.choice(GIVEN1), "person_ko2_single_given"
    if kind == "ko4" or (r is not None and r < 0.16):
        if rng.random() < 0.6:
            return rng.choice(SURN2) + rng.choice(GIVEN2), "person_ko4_double_surname"
        return rng.choice(SURN1) + rng.choice(GIVEN3), "person_ko4_long_given"
    if kind == "ko3d" or (r is not None and r < 0.20):
        return rng.choice(SURN2) + rng.choice(GIVEN1), "person_ko3_double_surname"
    return rng.choice(SURN1) + rng.choice(GIVEN2), "person_ko3"


def foreign_parts(rng, nation=None):
    """returns dict(latin, hangul, nation, fam, giv) -- fam/giv are the Latin surname and given-name fields"""
    nation = nation or rng.choice(NATIONS)
    f = FOREIGN[nation]
    fam = rng.choice(f["fam"]); giv = rng.choice(f["giv"])
    if f["order"] == "fmg":
        mid = rng.choice(f["mid"])
        return {"latin": f"{fam[0]} {mid[0]} {giv[0]}", "hangul": f"{fam[1]} {mid[1]} {giv[1]}", "nation": nation,
                "fam": fam[0], "giv": f"{mid[0]} {giv[0]}"}
    if f["order"] == "fg":
        return {"latin": f"{fam[0]} {giv[0]}", "hangul": f"{fam[1]}{giv[1]}" if nation == "중국" else f"{fam[1]} {giv[1]}",
                "nation": nation, "fam": fam[0], "giv": giv[0]}
    return {"latin": f"{giv[0]} {fam[0]}", "hangul": f"{giv[1]} {fam[1]}", "nation": nation, "fam": fam[0], "giv": giv[0]}


def foreign_name(rng, nation=None):
    """returns (latin, hangul, nation)"""
    fp = foreign_parts(rng, nation)
    return fp["latin"], fp["hangul"], fp["nation"]

# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal(); b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def birth_adult(rng, lo=1942, hi=2004):
    return rand_date(rng, lo, hi)


def birth_child_post2020(rng):
    a = datetime.date(2020, 10, 5).toordinal(); b = datetime.date(2026, 10, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def sex_digit(d, female, foreign=False):
    base = (1 if d.year < 2000 else 3) + (4 if foreign else 0)
    return str(base + (1 if female else 0))


def rrn(rng, birth=None, female=None, kind="valid"):
    """kind: valid | post2020 | masked. Returns (value, subkind)."""
    if female is None:
        female = rng.random() < 0.5
    if kind == "post2020":
        birth = birth or birth_child_post2020(rng)
        assert birth >= datetime.date(2020, 10, 1)
        front = birth.strftime("%y%m%d") + sex_digit(birth, female)
        while True:
            rest = "".join(rng.choice("0123456789") for _ in range(6))
            d13 = front + rest
            if rrn_check(d13[:12]) != int(d13[12]):
                return f"{d13[:6]}-{d13[6:]}", "rrn_post2020"
    birth = birth or birth_adult(rng)
    if birth >= datetime.date(2020, 10, 1):
        birth = birth.replace(year=2019)
    front = birth.strftime("%y%m%d") + sex_digit(birth, female)
    if kind == "masked":
        m = rng.choice(["*", "*", "*", "●", "X", "x", "○"])
        return f"{front[:6]}-{front[6]}{m * 6}", "rrn_masked"
    body = front + f"{rng.randint(0, 95):02d}" + f"{rng.randint(0, 99):02d}" + str(rng.randint(1, 4))
    return f"{body[:6]}-{body[6:]}{rrn_check(body)}", "rrn_valid"


def frn(rng, birth=None, female=None, masked=False):
    if female is None:
        female = rng.random() < 0.5
    birth = birth or birth_adult(rng, 1960, 2006)
    front = birth.strftime("%y%m%d") + sex_digit(birth, female, foreign=True)
    if masked:
        return f"{front[:6]}-{front[6]}******", "frn_masked"
    body = front + f"{rng.randint(5, 49) * 2:02d}" + f"{rng.randint(0, 99):02d}" + str(rng.randint(6, 9))
    return f"{body[:6]}-{body[6:]}{frn_check(body)}", "frn_valid"


def passport_kr(rng, new=None):
    p = rng.choice("MMMMMSRGD")
    if new is None:
        new = rng.random() < 0.5
    if new:
        return f"{p}{rng.randint(0, 999):03d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(0, 9999):04d}", "passport_kr_new"
    return f"{p}{rng.randint(0, 99999999):08d}", "passport_kr_old"


def passport_foreign(rng, nation):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    code = FOREIGN[nation]["code"]
    v = {"VNM": lambda: rng.choice("CBN") + d(7), "CHN": lambda: rng.choice(["E" + d(8), "E" + L() + d(7)]),
         "PHL": lambda: "P" + d(7) + L(), "UZB": lambda: rng.choice(["FA", "AB", "AD"]) + d(7),
         "USA": lambda: str(rng.randint(5, 6)) + d(8), "MNG": lambda: "E" + d(7), "IDN": lambda: rng.choice("BCX") + d(7),
         "THA": lambda: rng.choice(["AA", "AB", "AC"]) + d(7), "RUS": lambda: d(2) + " " + d(7), "NPL": lambda: "PA" + d(7),
         "KHM": lambda: "N" + d(8)}[code]()
    return v, "passport_foreign"


def driver_license(rng, form=None):
    region, code = rng.choice(DL_REGION)
    yy = f"{rng.randint(0, 99):02d}"; ser = f"{rng.randint(0, 999999):06d}"; tail = f"{rng.randint(0, 99):02d}"
    form = form or rng.choice(["code", "code", "code", "name_space", "name_nospace", "plain12"])
    if form == "code":
        return f"{code}-{yy}-{ser}-{tail}", "dl_code"
    if form == "name_space":
        return f"{region} {yy}-{ser}-{tail}", "dl_name_space"
    if form == "name_nospace":
        return f"{region}{yy}-{ser}-{tail}", "dl_name_nospace"
    if form == "masked":
        return f"{code}-{yy}-{ser[:2]}****-{tail}", "dl_masked"
    return f"{code}{yy}{ser}{tail}", "dl_plain12"


def card(rng, masked=False, sep=None):
    brand = rng.choice(["visa", "visa", "master", "master", "bc", "jcb", "amex", "domestic"])
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + d(12))
        groups = [num[:4], num[4:10], num[10:]]
    else:
        pre = {"visa": "4" + d(3), "master": str(rng.randint(51, 55)) + d(2), "bc": "94" + d(2),
               "jcb": str(rng.randint(3528, 3589)), "domestic": "9" + rng.choice("0123") + d(2)}[brand]
        num = luhn_complete(pre + d(11))
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    assert luhn_ok(num)
    kind = "card_" + brand
    if masked:
        mc = rng.choice("*X●")
        if brand == "amex":
            groups = [groups[0], groups[1][:2] + mc * 4, mc * 2 + groups[2][2:]]
        else:
            style = rng.random()
            if style < 0.5:
                groups = [groups[0], groups[1][:2] + mc * 2, mc * 4, groups[3]]
            else:
                groups = [groups[0], groups[1], mc * 4, groups[3]]
        kind += "_masked"
    sep = sep if sep is not None else rng.choice(["-", "-", "-", " ", ""])
    return sep.join(groups), kind, num


def bank_account(rng, bank=None):
    name, grp = bank or rng.choice(BANKS)
    parts = ["".join(rng.choice("0123456789") for _ in range(n)) for n in grp]
    parts[0] = str(rng.randint(1, 9)) + parts[0][1:]
    if rng.random() < 0.12:
        return "".join(parts), name, "account_nohyphen"
    return "-".join(parts), name, "account_" + "-".join(map(str, grp))


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def phone(rng, kind="mobile", area=None):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if kind == "mobile":
        form = rng.random()
        a, b = d(4), d(4)
        a = str(rng.randint(2, 9)) + a[1:]
        if form < 0.70:
            return f"010-{a}-{b}", "phone_mobile"
        if form < 0.80:
            return f"010 {a} {b}", "phone_mobile"
        if form < 0.87:
            return f"010{a}{b}", "phone_mobile"
        if form < 0.92:
            return f"010.{a}.{b}", "phone_mobile"
        return f"+82-10-{a}-{b}", "phone_mobile_intl"
    if kind == "mobile_old":
        return f"{rng.choice(['011', '016', '017', '018', '019'])}-{rng.randint(200, 999)}-{d(4)}", "phone_mobile_old"
    if kind == "070":
        return f"070-{str(rng.randint(2, 8))}{d(3)}-{d(4)}", "phone_070"
    area = area or rng.choice(AREA)
    mid = str(rng.randint(2, 9)) + d(3 if (area == "02" or rng.random() < 0.7) else 2)
    v = f"{area}-{mid}-{d(4)}"
    if rng.random() < 0.12:
        v = f"({area}) {mid}-{v[-4:]}"
    return v, ("phone_fax" if kind == "fax" else "phone_landline")


def phone_masked(rng):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return f"010-{rng.choice(['****', 'XXXX', '●●●●'])}-{d(4)}", "phone_masked"


def email_for(rng, name=None, domain=None, kind="email_personal"):
    sur = name[0] if name else rng.choice(list(ROMAN))
    local = rng.choice([
        lambda: ROMAN.get(sur, "yoo") + rng.choice(SYL_ROMAN) + rng.choice(SYL_ROMAN),
        lambda: rng.choice(SYL_ROMAN) + rng.choice(SYL_ROMAN) + "." + ROMAN.get(sur, "ha"),
        lambda: ROMAN.get(sur, "na") + "_" + rng.choice(SYL_ROMAN) + str(rng.randint(70, 99)),
        lambda: rng.choice(SYL_ROMAN) + rng.choice(["", "_", "."]) + rng.choice(["sky", "blue", "star", "cat", "dream", "river"]) + str(rng.randint(1, 999)),
    ])()
    return f"{local}@{domain or rng.choice(EMAIL_DOMAINS)}", kind


def health_ins(rng):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(10)), "hi_11"


def brn(rng, code=None):
    mid = code or f"{rng.choice([rng.randint(1, 79), rng.randint(1, 79), 81, 86, 87, 88]):02d}"
    d = f"{rng.randint(101, 899):03d}" + mid + f"{rng.randint(0, 9999):04d}"
    v = d + str(brn_check(d))
    return f"{v[:3]}-{v[3:5]}-{v[5:]}", "brn"


def crn(rng):
    office = rng.choice(["1101", "1301", "1344", "1601", "1711", "1801", "2001", "1201", "1311", "1358", "1946", "2301"])
    kind = rng.choice(["11", "11", "11", "14", "12", "13"])
    d = office + kind + f"{rng.randint(0, 999999):06d}"
    return f"{d[:6]}-{d[6:]}{crn_check(d)}", "crn"


def plate(rng, form=None):
    form = form or rng.choice(["p2", "p3", "p3", "region", "commercial", "nospace", "rental", "delivery"])
    if form == "p2":
        return f"{rng.randint(10, 69)}{rng.choice(PLATE_PRIVATE)} {rng.randint(1000, 9999)}", "plate_2digit"
    if form == "p3":
        return f"{rng.randint(100, 699)}{rng.choice(PLATE_PRIVATE)} {rng.randint(1000, 9999)}", "plate_3digit"
    if form == "region":
        return f"{rng.choice(SIDO)[1]} {rng.randint(10, 69)}{rng.choice(PLATE_PRIVATE)} {rng.randint(1000, 9999)}", "plate_region"
    if form == "commercial":
        return f"{rng.choice(SIDO)[1]} {rng.randint(70, 79) if rng.random() < .3 else rng.randint(30, 39)}{rng.choice(PLATE_COMM)} {rng.randint(1000, 9999)}", "plate_commercial"
    if form == "rental":
        return f"{rng.randint(10, 69)}{rng.choice(PLATE_RENT)} {rng.randint(1000, 9999)}", "plate_rental"
    if form == "delivery":
        return f"{rng.randint(80, 97)}배 {rng.randint(1000, 9999)}", "plate_delivery"
    return f"{rng.randint(100, 399)}{rng.choice(PLATE_PRIVATE)}{rng.randint(1000, 9999)}", "plate_nospace"


def ipaddr(rng, kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "priv", "v6"])
    if kind == "pub":
        a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 117, 118, 121, 125, 175, 180, 182, 183, 203, 210, 211, 218, 220, 221, 222])
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "ipv4_public"
    if kind == "priv":
        return rng.choice([f"192.168.{rng.randint(0, 30)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"]), "ipv4_private"
    h = lambda: f"{rng.randint(0, 65535):x}"
    return rng.choice([f"2001:{h()}:{h()}:{h()}::{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}", f"2406:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"]), "ipv6"


MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def dob(d, form):
    y, m, dd = d.year, d.month, d.day
    f = {
        "dot_spaced": f"{y}. {m}. {dd}.", "korean": f"{y}년 {m}월 {dd}일", "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot_padded": f"{y}.{m:02d}.{dd:02d}.", "dot_nofinal": f"{y}.{m:02d}.{dd:02d}", "yy_dot": f"{y % 100:02d}.{m:02d}.{dd:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}", "slash": f"{y}/{m:02d}/{dd:02d}", "yyyymmdd": f"{y}{m:02d}{dd:02d}",
        "en": f"{dd:02d} {MON_EN[m - 1]} {y}", "apostrophe": f"'{y % 100:02d}. {m}. {dd}.", "korean_short": f"{y % 100:02d}년 {m}월 {dd}일",
        "en_ko": f"{dd:02d} {m}월/{MON_EN[m - 1]} {y}",
    }[form]
    return f, "dob_" + form


DOB_FORMS = ["dot_spaced", "dot_spaced", "korean", "korean", "iso", "dot_padded", "dot_nofinal", "yy_dot", "yymmdd", "slash", "yyyymmdd", "apostrophe", "korean_short"]


def age_on(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def address(rng, form=None, sido_idx=None):
    """returns (value, subkind, postal, reference_or_None)"""
    sd = SIDO[sido_idx] if sido_idx is not None else rng.choice(SIDO)
    full, short, gus, pfirst = sd
    gu = rng.choice(gus)
    form = form or rng.choice(["road", "road", "road", "road_short", "road_from_gu", "jibun", "jibun_apt"])
    postal = pfirst + f"{rng.randint(0, 9999):04d}"
    ref = None
    unit = rng.choice(["", "", f", {rng.randint(101, 115)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호", f", {rng.randint(2, 9)}층 {rng.randint(2, 9)}0{rng.randint(1, 5)}호",
                       f" {rng.randint(2, 12)}층", f", {rng.randint(1, 5)}층", f", {rng.randint(101, 504)}호"])
    if form.startswith("road"):
        stem = rng.choice(ROAD_STEMS)
        road = f"{stem}{rng.choice(['로', '로', '길'])}" + (f"{rng.randint(2, 90)}번길" if rng.random() < 0.35 else "")
        bno = f"{rng.randint(1, 280)}" + (f"-{rng.randint(1, 30)}" if rng.random() < 0.25 else "")
        head = {"road": f"{full} {gu}", "road_short": f"{short} {gu}", "road_from_gu": gu.split()[-1] if rng.random() < 0.5 else gu}[form]
        v = f"{head} {road} {bno}{unit}"
        if rng.random() < 0.35:
            ref = f"({rng.choice(DONG)}" + (f", {rng.choice(APT)})" if rng.random() < 0.5 else ")")
        return v, "addr_" + form, postal, ref
    head = rng.choice([full, short])
    if gu.endswith("군") or rng.random() < 0.4:
        loc = f"{rng.choice(EUP)} {rng.choice(RI)}"
    else:
        loc = rng.choice(DONG)
    lot = f"{rng.randint(1, 999)}" + (f"-{rng.randint(1, 40)}" if rng.random() < 0.6 else "")
    if form == "jibun_apt":
        v = f"{head} {gu} {loc} {lot} {rng.choice(APT)} {rng.randint(101, 112)}동 {rng.randint(1, 20)}0{rng.randint(1, 4)}호"
    else:
        v = f"{head} {gu} {loc} {lot}" + (" 번지" if False else "")
    return v, "addr_" + form, postal, ref

# ---------------------------------------------------------------------------
# institutions and hard-negative material (all invented)
# ---------------------------------------------------------------------------
AGENCY_KINDS = [  # (name pattern, kind)
    ("{gu}청", "구청"), ("{si}청", "시청"), ("{dong} 행정복지센터", "주민센터"), ("{gu} 보건소", "보건소"),
    ("{area}경찰서", "경찰서"), ("{area}소방서", "소방서"), ("{area}교육지원청", "교육청"), ("{area}세무서", "세무서"),
    ("{area}출입국·외국인사무소", "출입국"), ("국민건강보험공단 {area}지사", "건보"), ("{area}의료원", "병원"),
    ("{area}고용센터", "고용"), ("{area}고등학교", "학교"), ("{area}초등학교", "학교"),
]
MINISTRIES = ["행정안전부", "보건복지부", "교육부", "국토교통부", "법무부", "고용노동부", "기획재정부", "환경부", "여성가족부", "문화체육관광부", "농림축산식품부", "중소벤처기업부"]
DEPTS = ["운영지원과", "민원여권과", "복지정책과", "자치행정과", "교통행정과", "세무과", "감사담당관", "인사과", "정보화담당관",
         "건축과", "환경위생과", "주민복지과", "총무과", "기획예산과", "사회복지과", "여성가족과", "체류관리과", "수사과", "생활안전과", "예방안전과"]
AREA_NAMES = ["한빛", "새솔", "마루", "가람", "송화", "청람", "덕천", "참샘", "버들", "큰골", "두레", "여울"]
TITLES_LOW = ["주무관", "주무관", "주무관", "행정주사", "실무관", "행정주사보"]
TITLES_MID = ["사무관", "팀장", "계장"]
TITLES_HIGH = ["과장", "과장", "국장", "담당관", "센터장"]
SHORT_CODES = ["110", "120", "126", "1345", "1350", "1355", "119", "112", "129", "1382"]
SWITCH_PREFIX = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
STATUTES = ["「개인정보 보호법」 제15조 제1항", "「개인정보 보호법」 제24조의2", "「주민등록법」 제29조 제2항", "「여권법」 제9조",
            "「도로교통법」 제44조 제1항", "「도로교통법 시행규칙」 제77조", "「출입국관리법」 제31조", "「출입국관리법」 제33조 제1항",
            "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「국민건강보험법」 제12조", "「행정업무의 운영 및 혁신에 관한 규정」 제7조",
            "「지방공무원법」 제48조", "「국가공무원법」 제78조 제1항", "「민원 처리에 관한 법률」 제27조", "같은 법 시행령 제9조 제1항",
            "「국민기초생활 보장법」 제21조", "「소방기본법」 제16조", "「의료법」 제21조 제1항", "「초ㆍ중등교육법」 제25조", "「형법」 제347조"]


def agency(rng, kind=None):
    sd = rng.choice(SIDO)
    gu = rng.choice(sd[2]).split()[-1]
    area = rng.choice(AREA_NAMES)
    pats = [a for a in AGENCY_KINDS if kind is None or a[1] == kind] or AGENCY_KINDS
    pat, k = rng.choice(pats)
    si = sd[2][0].split()[0] if sd[0].endswith("도") else sd[1] + "시"
    name = pat.format(gu=gu, si=si, dong=rng.choice(DONG).replace("동", "") + "동", area=area)
    addr, _, postal, _ = address(rng, "road", SIDO.index(sd))
    addr = addr.split(",")[0]
    for suffix in [" 7층", " 2층", " 3층", " 12층"]:
        if addr.endswith(suffix):
            addr = addr[: -len(suffix)]
    area_code = rng.choice(AREA)
    sw = f"{area_code}-{rng.randint(200, 999)}-{rng.choice(['2114', '0114', '1114', '2000'])}"
    dom = rng.choice(["go.kr", "go.kr", "or.kr", "kr"])
    site = f"www.{rng.choice(['hanbit', 'saesol', 'maru', 'garam', 'songhwa', 'cheongram', 'duckcheon', 'chamsaem'])}{rng.randint(1, 99)}.{dom}"
    return {"name": name, "kind": k, "addr": addr, "postal": postal, "switch": sw, "site": site, "area": area_code,
            "mailbox": f"{rng.choice(['minwon', 'webmaster', 'info', 'help', 'privacy'])}@{site[4:]}"}


def doc_no(rng, dept=None, era="modern"):
    if era == "90s":
        return f"{rng.choice(['총무', '민원', '사회', '행정', '세무'])} {rng.randint(10000, 99999)}-{rng.randint(10, 999)}"
    if era == "00s":
        return f"{dept or rng.choice(DEPTS)}-{rng.randint(100, 9999)}"
    return f"{dept or rng.choice(DEPTS)}-{rng.randint(100, 29999)}"


def case_no(rng, yr=None):
    yr = yr or rng.randint(2019, 2026)
    return rng.choice([f"{yr}가단{rng.randint(1000, 99999)}", f"{yr}구합{rng.randint(100, 9999)}", f"{yr}고단{rng.randint(100, 9999)}",
                       f"{yr}노{rng.randint(100, 4999)}", f"{yr}고약{rng.randint(1000, 29999)}", f"{yr}두{rng.randint(10000, 69999)}",
                       f"조심 {yr}서{rng.randint(100, 9999)}", f"{yr}-행심-{rng.randint(100, 9999):04d}", f"{yr}드단{rng.randint(1000, 99999)}"])


def receipt_no(rng):
    return rng.choice([f"{rng.randint(1, 9)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}-{rng.randint(2001, 2612)}-{rng.randint(0, 9999999):07d}",
                       f"{rng.randint(2019, 2026)}{rng.randint(0, 99999999):08d}-00", f"{rng.randint(1101, 4899)}-{rng.randint(2019, 2026)}-{rng.randint(0, 999999):06d}",
                       f"{rng.choice(['031', '041', '061', '053'])}-{rng.randint(2019, 2026)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(11000, 48999)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"])


def amount(rng, lo=10000, hi=90000000):
    v = rng.randrange(lo, hi, 10)
    if v >= 100000000 and rng.random() < 0.3:
        return f"{v // 100000000}억 {(v % 100000000) // 10000:,}만 원" if (v % 100000000) // 10000 else f"{v // 100000000}억 원"
    return rng.choice([f"{v:,}원", f"{v:,}원", f"금 {v:,}원", f"₩{v:,}", f"{v // 10000:,}만 원" if 10000 <= v < 100000000 else f"{v:,}원"])


def kdate(d, form=None, rng=None):
    form = form or (rng.choice(["dot", "dot", "korean", "iso"]) if rng else "dot")
    return {"dot": f"{d.year}. {d.month}. {d.day}.", "korean": f"{d.year}년 {d.month}월 {d.day}일", "iso": d.isoformat(),
            "dotpad": f"{d.year}.{d.month:02d}.{d.day:02d}."}[form]


def company(rng):
    stem = rng.choice(COMPANY_STEMS)
    return rng.choice([f"(주){stem}", f"주식회사 {stem}", f"{stem} 주식회사", f"(유){stem}", f"{stem}(주)", f"{stem}"])


PLACEHOLDER_PERSONS = ["홍길동", "갑", "을", "병", "김○○", "이○○", "박○○", "정 모 씨", "A씨", "B씨", "김**", "이**", "박모", "최모 씨", "○○○"]

# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
HYPH = ["‐", "－", "–", "‑", "−"]
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
CONF_REV = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
NUMERIC_TYPES = {"KR_RRN", "KR_FRN", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
                 "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN", "IP_ADDRESS", "DATE_OF_BIRTH", "KR_VEHICLE_PLATE", "KR_PASSPORT"}


def noise_options(typ, v, kind):
    opts = []
    if typ in NUMERIC_TYPES and re.search(r"\d", v):
        opts.append("fullwidth_digits")
        if "-" in v:
            opts += ["unicode_hyphen", "newline_in_number"]
        if typ not in ("KR_PASSPORT", "IP_ADDRESS", "DATE_OF_BIRTH", "KR_VEHICLE_PLATE") and re.search(r"\d\d\d", v):
            opts.append("space_in_number")
        if typ not in ("KR_PASSPORT", "KR_VEHICLE_PLATE", "DATE_OF_BIRTH") and re.search(r"[0158]", v[1:-1] if len(v) > 2 else ""):
            opts += ["confusable_letters", "confusable_letters"]
        if typ == "IP_ADDRESS" and ":" in v:
            opts = ["fullwidth_digits"]
    if typ == "PERSON" and re.fullmatch(r"[가-힣]{2,5}", v):
        opts += ["spaced_name", "spaced_name"]
    if typ == "EMAIL_ADDRESS":
        opts += ["fullwidth_at", "space_in_email"]
    if typ == "KR_ADDRESS":
        opts += ["newline_in_value", "fullwidth_digits"]
    return opts


def apply_noise(rng, typ, v, kind, tag=None):
    opts = noise_options(typ, v, kind)
    if not opts:
        return v, []
    tag = tag if tag in opts else rng.choice(opts)
    if tag == "fullwidth_digits":
        out = "".join(FW.get(c, c) for c in v)
    elif tag == "unicode_hyphen":
        h = rng.choice(HYPH); out = v.replace("-", h)
    elif tag == "newline_in_number":
        idx = [i for i, c in enumerate(v) if c == "-"]
        i = rng.choice(idx); out = v[:i + 1] + "\n" + v[i + 1:]
    elif tag == "space_in_number":
        if "-" in v and rng.random() < 0.6:
            out = v.replace("-", rng.choice([" - ", " -", "- "]), 1)
        else:
            idx = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
            i = rng.choice(idx); out = v[:i] + " " + v[i:]
    elif tag == "confusable_letters":
        idx = [i for i in range(1, len(v) - 1) if v[i] in CONF]
        pick = rng.sample(idx, min(len(idx), rng.choice([1, 1, 2])))
        out = "".join(CONF[c] if i in pick and c in CONF else c for i, c in enumerate(v))
        if rng.random() < 0.3:
            out = out.replace("l", "I")
    elif tag == "spaced_name":
        out = " ".join(v)
    elif tag == "fullwidth_at":
        out = v.replace("@", "＠")
    elif tag == "space_in_email":
        out = v.replace("@", rng.choice([" @", "@ ", " @ "]))
    elif tag == "newline_in_value":
        idx = [i for i, c in enumerate(v) if c == " "]
        if not idx:
            return v, []
        i = rng.choice(idx); out = v[:i] + "\n" + v[i + 1:]
    else:
        return v, []
    return out, [tag]


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, rng, noise=0.045, ocr=False):
        self.rng = rng; self.buf = []; self.n = 0; self.spans = []; self.hns = []
        self.noise = noise; self.ocr = ocr; self.info = {}

    def t(self, *parts):
        for s in parts:
            self.buf.append(s); self.n += len(s)
        return self

    def p(self, typ, val, kind, noise=True, **extra):
        surface, tags = val, []
        if noise:
            rate = 0.55 if self.ocr else self.noise
            if noise is not True or self.rng.random() < rate:
                surface, tags = apply_noise(self.rng, typ, val, kind, noise if isinstance(noise, str) else None)
        sp = {"start": self.n, "end": self.n + len(surface), "type": typ, "kind": kind, "noise": tags, "value": surface, "base": val}
        sp.update(extra)
        self.spans.append(sp)
        self.t(surface)
        return surface

    def h(self, cat, s):
        self.hns.append({"start": self.n, "end": self.n + len(s), "text": s, "category": cat})
        self.t(s)
        return s

    # convenience
    def person(self, name, kind, noise=True):
        return self.p("PERSON", name, kind, noise)

    def text(self):
        return "".join(self.buf)


def transform(text, spans, hns, func):
    """func(i, ch, in_span, in_hn) -> (prefix, replacement). Returns new text and remapped spans/hns."""
    inside = [0] * len(text); inh = [0] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            inside[i] = 1
    for h in hns:
        for i in range(h["start"], h["end"]):
            inh[i] = 1
    out = []; core_s = [0] * (len(text) + 1); core_e = [0] * (len(text) + 1); n = 0
    for i, ch in enumerate(text):
        pre, rep = func(i, ch, inside[i], inh[i])
        out.append(pre); n += len(pre)
        core_s[i] = n
        out.append(rep); n += len(rep)
        core_e[i] = n
    new = "".join(out)
    ns = []
    for s in spans:
        s2 = dict(s); s2["start"] = core_s[s["start"]]; s2["end"] = core_e[s["end"] - 1]
        s2["value"] = new[s2["start"]:s2["end"]]
        if s2["value"] != s["value"]:
            if "\n" in s2["value"] and "\n" not in s["value"]:
                s2["noise"] = s["noise"] + ["wrapped"]
        ns.append(s2)
    nh = []
    for h in hns:
        h2 = dict(h); h2["start"] = core_s[h["start"]]; h2["end"] = core_e[h["end"] - 1]
        h2["text"] = new[h2["start"]:h2["end"]]
        nh.append(h2)
    return new, ns, nh


def hard_wrap(text, spans, hns, width, rng=None):
    st = {"col": 0}

    def f(i, ch, ins, inh):
        if ch == "\n":
            st["col"] = 0; return "", ch
        if st["col"] >= width and ch == " ":
            st["col"] = 0; return "", "\n"
        if st["col"] >= width + 6 and not (inh and ch in "-"):
            st["col"] = 1; return "\n", ch
        st["col"] += 1 if ord(ch) < 0x1100 else 2 if False else 1
        return "", ch
    return transform(text, spans, hns, f)


def ocr_text_noise(text, spans, hns, rng):
    cnt = collections.Counter()

    def f(i, ch, ins, inh):
        if ins or inh:
            return "", ch
        r = rng.random()
        if ch in "()[]" and r < 0.25:
            cnt["lost_bracket"] += 1; return "", ""
        if ch == "·" and r < 0.5:
            cnt["middot"] += 1; return "", "."
        if ch == "○" and r < 0.4:
            cnt["circle_as_O"] += 1; return "", "O"
        if ch == "□" and r < 0.5:
            cnt["box_as_mieum"] += 1; return "", "ㅁ"
        if ch in CONF and r < 0.04:
            cnt["digit_confusable"] += 1; return "", CONF[ch]
        if ch == " " and r < 0.02:
            cnt["double_space"] += 1; return "", "  "
        if "가" <= ch <= "힣" and r < 0.008:
            cnt["split_word"] += 1; return "", ch + " "
        return "", ch
    t, s, h = transform(text, spans, hns, f)
    return t, s, h, dict(cnt)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
import ipaddress

ODD_HYPH = "‐‑‒–—−－ー"


def nnum(s, deconf=True):
    s = unicodedata.normalize("NFKC", s)
    for h in ODD_HYPH:
        s = s.replace(h, "-")
    s = re.sub(r"\s+", "", s)
    if deconf:
        s = "".join(CONF_REV.get(c, c) for c in s)
    return s


def valid_ymd(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def rrn_date(n13):
    g = int(n13[6])
    cent = {1: 1900, 2: 1900, 5: 1900, 6: 1900, 3: 2000, 4: 2000, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return valid_ymd(cent + int(n13[:2]), int(n13[2:4]), int(n13[4:6]))


def parse_dob(v):
    s = unicodedata.normalize("NFKC", v).strip()
    for h in ODD_HYPH:
        s = s.replace(h, "-")
    s = re.sub(r"\s+", " ", s)
    m = re.fullmatch(r"(\d{4})\s?[.\-/년]\s?(\d{1,2})\s?[.\-/월]\s?(\d{1,2})[.일]?", s)
    if m:
        return valid_ymd(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"'?(\d{2})\s?[.년]\s?(\d{1,2})\s?[.월]\s?(\d{1,2})[.일]?", s)
    if m:
        y = int(m[1]); y += 1900 if y > 26 else 2000
        return valid_ymd(y, int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{8})", s)
    if m:
        return valid_ymd(int(s[:4]), int(s[4:6]), int(s[6:]))
    m = re.fullmatch(r"(\d{6})", s)
    if m:
        y = int(s[:2]); y += 1900 if y > 26 else 2000
        return valid_ymd(y, int(s[2:4]), int(s[4:]))
    m = re.fullmatch(r"(\d{1,2}) (?:\d{1,2}월/)?([A-Z]{3}) (\d{4})", s)
    if m and m[2] in MON_EN:
        return valid_ymd(int(m[3]), MON_EN.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m:
        full = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        if m[1] in full:
            return valid_ymd(int(m[3]), full.index(m[1]) + 1, int(m[2]))
    return None


SIDO_NAMES = set()
for _f, _s, _g, _p in SIDO:
    SIDO_NAMES.add(_f); SIDO_NAMES.add(_s)
SIDO_NAMES |= {"세종특별자치시", "세종시", "강원도", "전라북도", "제주도", "서울시", "부산시", "인천시", "대구시", "광주시", "대전시", "울산시"}
TITLE_WORDS = ["주무관", "사무관", "과장", "위원", "장관", "씨", "님", "귀하", "팀장", "국장", "기자", "판사", "변호사", "교사", "선생"]
PARTICLES = ["은", "는", "이", "가", "의", "에게", "을", "를"]


def is_spaced_korean(v):
    toks = v.split()
    compact = "".join(toks)
    if len(toks) < 2 or not re.fullmatch(r"[가-힣]{2,5}", compact):
        return False
    if all(len(t) == 1 for t in toks):
        return True
    return toks[0] in SURN2 and all(len(t) == 1 for t in toks[1:])


def check_value(sp, rec_meta):
    typ = sp["type"]; v = sp["value"]; kind = sp.get("kind", "")
    if typ == "PERSON":
        if v in PLACEHOLDER_PERSONS or re.search(r"[○*＊]", v):
            fail(f"placeholder labelled {v!r}")
        compact = v.replace(" ", "").replace("\n", "")
        toks = v.split()
        if re.fullmatch(r"[가-힣]+", compact) and (len(toks) == 1 or is_spaced_korean(v)):
            if not (2 <= len(compact) <= 5):
                fail(f"odd Korean name {v!r}")
            for t in TITLE_WORDS:
                if compact.endswith(t) and len(compact) - len(t) >= 2 and t not in ("위원",):
                    fail(f"title inside name {v!r}")
        elif not re.fullmatch(r"[A-Za-z가-힣][A-Za-z가-힣 .'\-\n]*[A-Za-z가-힣]", unicodedata.normalize("NFKC", v)):
            fail(f"odd name {v!r}")
        return
    n = nnum(v, deconf=typ not in ("KR_PASSPORT", "EMAIL_ADDRESS", "KR_ADDRESS", "PERSON", "DATE_OF_BIRTH"))
    if typ == "KR_RRN":
        if kind == "rrn_masked":
            m = re.fullmatch(r"(\d{6})-?(\d)([*●Xx○]{6})", n)
            if not m or m[2] not in "1234" or not rrn_date(m[1] + m[2] + "000000"):
                fail(f"bad masked rrn {v!r}")
            return
        if not re.fullmatch(r"\d{6}-?\d{7}", n):
            fail(f"rrn shape {v!r}")
        d = n.replace("-", "")
        if d[6] not in "1234":
            fail(f"rrn gender {v!r}")
        bd = rrn_date(d)
        if not bd:
            fail(f"rrn date {v!r}")
        ok = rrn_check(d[:12]) == int(d[12])
        if kind == "rrn_post2020":
            if ok or bd < datetime.date(2020, 10, 1):
                fail(f"post2020 rrn must have invalid check and date>=2020-10 {v!r}")
        else:
            if not ok or bd >= datetime.date(2020, 10, 1):
                fail(f"rrn check {v!r}")
        return
    if typ == "KR_FRN":
        if kind == "frn_masked":
            m = re.fullmatch(r"(\d{6})-?([5-8])([*●Xx○]{6})", n)
            if not m or not rrn_date(m[1] + m[2] + "000000"):
                fail(f"bad masked frn {v!r}")
            return
        if not re.fullmatch(r"\d{6}-?[5-8]\d{6}", n):
            fail(f"frn shape {v!r}")
        d = n.replace("-", "")
        if not rrn_date(d) or frn_check(d[:12]) != int(d[12]) or int(d[7:9]) % 2 or d[11] not in "6789":
            fail(f"frn check {v!r}")
        return
    if typ == "KR_BRN":
        d = n.replace("-", "")
        if not re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", n) or brn_check(d[:9]) != int(d[9]):
            fail(f"brn {v!r}")
        return
    if typ == "KR_CRN":
        d = n.replace("-", "")
        if not re.fullmatch(r"\d{6}-?\d{7}", n) or crn_check(d[:12]) != int(d[12]):
            fail(f"crn {v!r}")
        return
    if typ == "CREDIT_CARD":
        d = re.sub(r"[-\s]", "", n)
        if "masked" in kind and not sp.get("full"):
            if not re.fullmatch(r"[\d*X●]{15,16}", d) or not re.search(r"[*X●]", d) or len(re.sub(r"\D", "", d)) < 4:
                fail(f"masked card shape {v!r}")
            return
        if "masked" in kind:
            full = sp.get("full")
            if not full or not luhn_ok(full) or len(full) != len(d):
                fail(f"masked card base {v!r}")
            for a, b in zip(d, full):
                if a.isdigit() and a != b:
                    fail(f"masked card mismatch {v!r}")
            if not re.search(r"[*X●]", d):
                fail(f"masked card without mask {v!r}")
            return
        if not re.fullmatch(r"\d{15,16}", d) or not luhn_ok(d):
            fail(f"card {v!r}")
        return
    if typ == "KR_PASSPORT":
        if kind == "passport_kr_old" and not re.fullmatch(r"[MSRGDO]\d{8}", n):
            fail(f"kr passport old {v!r}")
        if kind == "passport_kr_new" and not re.fullmatch(r"[MSRGDO]\d{3}[A-Z]\d{4}", n):
            fail(f"kr passport new {v!r}")
        if not re.fullmatch(r"[A-Z0-9]{7,10}", n):
            fail(f"passport {v!r}")
        return
    if typ == "KR_DRIVER_LICENSE":
        regs = "|".join(r for r, c in DL_REGION)
        if not re.fullmatch(rf"(?:\d{{2}}-|(?:{regs}))\d{{2}}-\d{{6}}-\d{{2}}|\d{{12}}|\d{{2}}-\d{{2}}-\d{{2}}\*{{4}}-\d{{2}}", n):
            fail(f"dl {v!r}")
        return
    if typ == "KR_BANK_ACCOUNT":
        d = n.replace("-", "")
        if not re.fullmatch(r"[\d-]+", n) or not (10 <= len(d) <= 14) or n.startswith("-") or n.endswith("-"):
            fail(f"account {v!r}")
        return
    if typ == "PHONE_NUMBER":
        d = re.sub(r"[-.()]", "", n)
        if re.fullmatch(r"(15|16|18)\d{6}", d) or d in SHORT_CODES:
            fail(f"switchboard labelled {v!r}")
        if kind == "phone_masked":
            if not re.fullmatch(r"010[*X●]{4}\d{4}", d):
                fail(f"masked phone {v!r}")
            return
        if d.startswith("+82"):
            d = "0" + d[3:]
        if not re.fullmatch(r"0\d{8,10}", d):
            fail(f"phone {v!r}")
        return
    if typ == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n):
            fail(f"email {v!r}")
        return
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(n)
        except ValueError:
            fail(f"ip {v!r}")
        return
    if typ == "KR_HEALTH_INSURANCE":
        if not re.fullmatch(r"\d{11}", n.replace("-", "")):
            fail(f"hi {v!r}")
        return
    if typ == "KR_VEHICLE_PLATE":
        s = unicodedata.normalize("NFKC", v).replace("\n", " ")
        if not re.fullmatch(r"(?:[가-힣]{2}\s?)?\d{2,3}\s?[가-힣]\s?\d{4}", s):
            fail(f"plate {v!r}")
        return
    if typ == "DATE_OF_BIRTH":
        d = parse_dob(v) or parse_dob("".join(CONF_REV.get(c, c) for c in v))
        if not d:
            fail(f"dob {v!r}")
        if d > TODAY:
            fail(f"dob future {v!r}")
        return
    if typ == "KR_ADDRESS":
        s = v.replace("\n", " ")
        first = s.split()[0]
        if not (first in SIDO_NAMES or re.fullmatch(r"[가-힣]+(시|군|구)", first)):
            fail(f"address start {v!r}")
        if s.startswith("(") or s.endswith(")") or s.endswith(","):
            fail(f"address edge {v!r}")
        if not re.search(r"\d", s):
            fail(f"address without number {v!r}")
        return
    fail(f"unknown type {typ}")


LEAK_PATTERNS = [
    ("mobile", r"(?<![\d])01[016789][\-.\s‐－–]{0,2}\d{3,4}[\-.\s‐－–]{0,2}\d{4}(?!\d)"),
    ("landline", r"(?<![\d])0\d{1,3}\)?[\-\s‐－–]\s?\d{3,4}[\-‐－–]\d{4}(?!\d)"),
    ("rrn_shape", r"(?<!\d)\d{6}\s?[\-‐－–]\s?\d{7}(?!\d)"),
    ("card", r"(?<!\d)\d{4}([\- ])\d{4}\1\d{4}\1\d{4}(?!\d)"),
    ("card16", r"(?<!\d)\d{16}(?!\d)"),
    ("email", r"[A-Za-z0-9._%+\-]+\s?[@＠]\s?[A-Za-z0-9\-]+\.[A-Za-z0-9.\-]+"),
    ("ipv4", r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"),
    ("brn", r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)"),
    ("passport", r"(?<![A-Za-z0-9])[MSRGD]\d{3}[A-Z]?\d{4,5}(?![A-Za-z0-9])"),
]


def validate_record(rec, meta, genre_hn=None):
    text = rec["text"]; spans = rec["spans"]
    ms = meta["spans"]; hns = meta["hard_negatives"]
    if len(ms) != len(spans):
        fail("meta span count")
    prev = 0
    for s, m in zip(spans, ms):
        if s["type"] not in TYPES:
            fail(f"type {s['type']}")
        if not (0 <= s["start"] < s["end"] <= len(text)):
            fail("bounds")
        if s["start"] < prev:
            fail(f"overlap/unsorted at {s}")
        prev = s["end"]
        v = text[s["start"]:s["end"]]
        if v != m["value"] or (m["start"], m["end"], m["type"]) != (s["start"], s["end"], s["type"]):
            fail(f"value mismatch {v!r} vs {m['value']!r}")
        if v != v.strip():
            fail(f"whitespace edge {v!r}")
        check_value(m, meta)
        # noise must not change the identifier itself
        if m["type"] not in ("PERSON", "KR_ADDRESS") and m.get("base"):
            a = nnum(v, m["type"] not in ("KR_PASSPORT", "EMAIL_ADDRESS", "DATE_OF_BIRTH")).replace("＠", "@")
            b = nnum(m["base"], False)
            if a != b:
                fail(f"noise changed identifier {v!r} vs {m['base']!r}")
        if m["type"] == "PERSON" and m.get("base") and re.sub(r"\s", "", v) != re.sub(r"\s", "", m["base"]):
            fail(f"name noise changed name {v!r}")
    for h in hns:
        if not (0 <= h["start"] < h["end"] <= len(text)) or text[h["start"]:h["end"]] != h["text"]:
            fail(f"hn text {h}")
        for s in spans:
            if h["start"] < s["end"] and s["start"] < h["end"]:
                fail(f"hard negative overlaps gold: {h['text']!r} / {text[s['start']:s['end']]!r}")
    if meta["no_pii"]:
        if spans:
            fail("no_pii record with spans")
        if not hns:
            fail("no_pii record without hard negatives")
    elif not spans:
        fail("PII record without spans")
    covered = [0] * (len(text) + 1)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = 1
    hcov = [0] * (len(text) + 1)
    for h in hns:
        for i in range(h["start"], h["end"]):
            hcov[i] = 1
    # PII-shaped strings must be labelled or tagged as hard negatives
    for name, pat in LEAK_PATTERNS:
        for mm in re.finditer(pat, text):
            rng_ = range(mm.start(), mm.end())
            if not any(covered[i] for i in rng_) and not any(hcov[i] for i in rng_):
                fail(f"unlabelled {name}-shaped string {mm.group()!r}")
    # every other occurrence of a labelled value is labelled
    for s in spans:
        v = text[s["start"]:s["end"]]
        if len(v) < 2:
            continue
        for mm in re.finditer(re.escape(v), text):
            a, b = mm.start(), mm.end()
            if all(covered[i] for i in range(a, b)):
                continue
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < len(text) else " "
            if s["type"] == "PERSON":
                if "가" <= before <= "힣" or before.isalpha():
                    continue
                if re.fullmatch(r"[A-Za-z]", after):
                    continue
            elif before.isalnum() or after.isalnum():
                continue
            if any(hcov[i] for i in range(a, b)):
                fail(f"labelled value {v!r} also tagged as hard negative")
            fail(f"unlabelled second occurrence of {v!r}")
    # placeholders in text must not be labelled (already checked) and must be tagged when present
    pcov = [0] * (len(text) + 1)
    for s in spans:
        if s["type"] == "PERSON":
            for i in range(s["start"], s["end"]):
                pcov[i] = 1
    for ph in ["홍길동", "○○○", "김○○", "이○○", "박○○", "정 모 씨"]:
        for mm in re.finditer(ph, text):
            if any(pcov[i] for i in range(mm.start(), mm.end())):
                fail(f"placeholder {ph} labelled")
    return True


# ---------------------------------------------------------------------------
# template helpers
# ---------------------------------------------------------------------------
def doc_date(rng, era="modern"):
    if era == "90s":
        return rand_date(rng, 1991, 1999)
    if era == "00s":
        return rand_date(rng, 2001, 2012)
    d = rand_date(rng, 2021, 2026)
    return d if d <= TODAY else d.replace(year=2025)


def pick_name(rng, foreign_p=0.0, script=None):
    """returns (name, kind)"""
    if rng.random() < foreign_p:
        lat, han, nat = foreign_name(rng)
        if script == "latin" or (script is None and rng.random() < 0.5):
            return lat, "person_foreign_latin"
        return han, "person_foreign_hangul"
    return ko_name(rng)


def lab(rng, *labels):
    return rng.choice(labels)


def sep(rng):
    return rng.choice([": ", ": ", " : ", "：", "  ", "\t"])


def put_dob(d, rng, birth, forms=None, noise=True):
    v, k = dob(birth, rng.choice(forms or DOB_FORMS))
    return d.p("DATE_OF_BIRTH", v, k, noise)


def put_addr(d, rng, postal_p=0.4, ref_p=0.5, form=None):
    v, k, postal, ref = address(rng, form)
    if rng.random() < postal_p:
        d.h("postal code", f"({postal})" if rng.random() < 0.7 else f"우 {postal}")
        d.t(" ")
    d.p("KR_ADDRESS", v, k)
    if ref and rng.random() < ref_p:
        d.t(" " + ref)
    return v


def put_phone(d, rng, kind="mobile", area=None):
    v, k = phone(rng, kind, area)
    if v.startswith("(") and d.buf and d.buf[-1].rstrip().endswith("("):
        v = v[1:].replace(") ", "-", 1)
    return d.p("PHONE_NUMBER", v, k)


def put_email(d, rng, name=None, domain=None, kind="email_personal"):
    v, k = email_for(rng, name, domain, kind)
    return d.p("EMAIL_ADDRESS", v, k)


def put_acct(d, rng, bank_prefix=True, bank=None):
    v, bname, k = bank_account(rng, bank)
    if bank_prefix:
        d.t(bname + rng.choice([" ", " ", "/", " 계좌 "]))
    d.p("KR_BANK_ACCOUNT", v, k, bank=bname)
    return v, bname


def put_card(d, rng, masked=False, sep_=None):
    v, k, full = card(rng, masked, sep_)
    d.p("CREDIT_CARD", v, k, full=full)
    return v


def hn_switch(d, rng, ag=None, label=None):
    r = rng.random()
    if ag and r < 0.55:
        d.t(label if label is not None else rng.choice(["대표전화 ", "대표 ", "(대표) ", "☎ 대표 "]))
        d.h("institution switchboard", ag["switch"])
    elif r < 0.85:
        d.t(label if label is not None else rng.choice(["콜센터 ", "고객센터 ", "상담전화 ", "☎ "]))
        d.h("institution switchboard", f"{rng.choice(SWITCH_PREFIX)}-{rng.randint(1000, 9999)}")
    else:
        code = rng.choice(SHORT_CODES)
        names = {"110": "정부민원안내콜센터 ", "120": "다산콜센터 ", "126": "국세상담센터 ", "1345": "외국인종합안내센터 ", "1350": "고용노동부 고객상담센터 ",
                 "1355": "국민연금 고객센터 ", "119": "국번 없이 ", "112": "국번 없이 ", "129": "보건복지상담센터 ", "1382": "국민권익위원회 "}
        d.t(label if label is not None else names.get(code, "국번 없이 "))
        d.h("institution short code", code)


def hn_inst_addr(d, rng, ag, postal=True):
    if postal:
        d.h("postal code", rng.choice([f"({ag['postal']})", f"우 {ag['postal']}", f"우){ag['postal']}", ag["postal"]]))
        d.t(" ")
    d.h("institution address", ag["addr"])


def official(rng, lvl="low"):
    pool = {"low": TITLES_LOW, "mid": TITLES_MID, "high": TITLES_HIGH}[lvl]
    return rng.choice(pool)


def office_head(ag):
    k = ag["kind"]
    return {"구청": ag["name"][:-1] + "청장", "시청": ag["name"][:-1] + "장", "주민센터": ag["name"].replace("행정복지센터", "행정복지센터장"),
            "보건소": ag["name"] + "장", "경찰서": ag["name"] + "장", "소방서": ag["name"] + "장", "교육청": ag["name"] + "교육장",
            "세무서": ag["name"] + "장", "출입국": ag["name"] + "장", "건보": ag["name"] + "장", "병원": ag["name"] + "장",
            "고용": ag["name"] + "장", "학교": ag["name"] + "장"}[k]


def name_like_word(rng):
    """words that look like names but are places, firms, products or common nouns"""
    return rng.choice([("name-like place", "김포"), ("name-like place", "이천"), ("name-like place", "정선"), ("name-like place", "고성"),
                       ("name-like place", "남원"), ("name-like place", "문경"), ("name-like place", "하남"), ("name-like place", "나주"),
                       ("name-like common noun", "조정안"), ("name-like common noun", "정보공개"), ("name-like common noun", "고지서"),
                       ("name-like common noun", "신청인"), ("name-like common noun", "이의신청"), ("name-like common noun", "장기요양"),
                       ("name-like product", "한결케어"), ("name-like product", "민원24"), ("name-like firm", "유진상사"),
                       ("name-like firm", "성민약국"), ("name-like firm", "지훈카센터"), ("name-like common noun", "안전관리")])


def sign_name(d, rng, name, kind, spaced_p=0.3):
    """sign-off line: letter-spaced or not"""
    if re.fullmatch(r"[가-힣]{2,5}", name) and rng.random() < spaced_p:
        return d.p("PERSON", name, kind, "spaced_name")
    return d.p("PERSON", name, kind)


# ---------------------------------------------------------------------------
# templates, part A: 공문, 민원, forms
# ---------------------------------------------------------------------------
SUBJECTS = ["기초연금 수급자 현황 자료 제출", "개인정보 처리 실태 점검 결과 통보", "민원 처리 결과 회신", "주민등록 사실조사 협조 요청",
            "공공근로 참여자 선발 결과 알림", "청년 월세 지원 대상자 확인 요청", "체납액 분할납부 승인 통지", "장애인 보조기기 지원 결정 통보",
            "무단 방치 차량 처리 협조", "외국인 근로자 고용 현황 제출", "학교 밖 청소년 지원 대상자 연계", "긴급복지 지원 결정 통지"]


ADMIN_KINDS = ["구청", "시청", "주민센터", "교육청", "보건소", "세무서", "건보", "고용"]


def t_gongmun_e(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(ADMIN_KINDS)); dt = doc_date(rng); dept = rng.choice(DEPTS)
    d.t(ag["name"], "\n\n")
    citizen = rng.random() < 0.45
    d.t("수신  ")
    if citizen:
        cname, ck = pick_name(rng, 0.08)
        d.person(cname, ck); d.t(" 귀하")
        if rng.random() < 0.6:
            d.t(" ("); put_addr(d, rng, postal_p=0.6, ref_p=0.3); d.t(")")
    else:
        d.h("official by office", rng.choice(["수신자 참조", f"{rng.choice(MINISTRIES)}장관({rng.choice(DEPTS)}장)", f"{agency(rng)['name']}장"]))
    d.t("\n(경유)\n제목  ", rng.choice(SUBJECTS), "\n\n")
    d.t("1. 관련: ")
    d.h("document number", doc_no(rng)); d.t("("); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(5, 60)))); d.t(")\n")
    d.t("2. 위 호와 관련하여 ")
    if citizen:
        d.t("귀하께서 제출하신 신청서를 검토한 결과를 다음과 같이 알려드립니다.\n")
        d.t("  가. 신청인: "); d.person(cname, ck)
        b = birth_adult(rng)
        if rng.random() < 0.6:
            d.t(" ("); put_dob(d, rng, b, ["dot_spaced", "korean", "dot_padded", "iso"]); d.t("생)")
        d.t("\n  나. 결정 내용: 지원 대상 ", rng.choice(["선정", "제외", "보류"]), "\n")
        d.t("  다. 지원 금액: "); d.h("amount", amount(rng, 100000, 5000000)); d.t("\n")
        if rng.random() < 0.5:
            d.t("  라. 입금 계좌: "); put_acct(d, rng); d.t(" (예금주 "); d.person(cname, ck); d.t(")\n")
    else:
        n = rng.randint(2, 4)
        d.t("아래 대상자에 대한 자료를 송부하오니 업무에 참고하시기 바랍니다.\n")
        for j in range(n):
            nm, k = pick_name(rng, 0.1)
            d.t(f"  {'가나다라'[j]}. "); d.person(nm, k)
            if rng.random() < 0.5:
                d.t(", 연락처 "); put_phone(d, rng)
            else:
                b = birth_adult(rng); d.t(rng.choice(["(", " (생년월일 ", ", "])); put_dob(d, rng, b); d.t("생)" if d.buf[-2] == "(" else (")" if d.buf[-2].startswith(" (") else "생"))
            d.t("\n")
    d.t("3. 자세한 사항은 "); d.h("statute citation", rng.choice(STATUTES)); d.t(" 및 ")
    d.h("statute citation", rng.choice(STATUTES)); d.t("을(를) 참고하시기 바랍니다.\n\n")
    d.t("붙임  ", rng.choice(["심사 결과 1부", "대상자 명단 1부", "관련 서식 1부"]), ".  끝.\n\n")
    d.h("official by office", office_head(ag)); d.t("\n\n")
    # 결재란
    names = [ko_name(rng) for _ in range(3)]
    layout = rng.choice(["line", "grid", "pipe"])
    t1, t2, t3 = official(rng, "low"), official(rng, "mid"), official(rng, "high")
    if layout == "line":
        d.t(f"{t1} "); sign_name(d, rng, *names[0], 0.2); d.t(f"  {t2} "); sign_name(d, rng, *names[1], 0.2)
        d.t(f"  {rng.choice(['전결 ', ''])}{t3} "); sign_name(d, rng, *names[2], 0.2); d.t("\n")
    elif layout == "grid":
        d.t(f"기안자 {t1}\t검토자 {t2}\t결재권자 {t3}\n")
        sign_name(d, rng, *names[0]); d.t("\t"); sign_name(d, rng, *names[1]); d.t("\t"); sign_name(d, rng, *names[2]); d.t("\n")
    else:
        d.t(f"| {t1} | {t2} | {t3} |\n| "); d.person(*names[0]); d.t(" | "); d.person(*names[1]); d.t(" | "); d.person(*names[2]); d.t(" |\n")
    if rng.random() < 0.4:
        cn, ck2 = ko_name(rng); d.t(f"협조자 {rng.choice(DEPTS)} {official(rng)} "); d.person(cn, ck2); d.t("\n")
    d.t("시행 "); d.h("document number", doc_no(rng, dept)); d.t(" ("); d.h("date", kdate(dt)); d.t(")  접수 ")
    if rng.random() < 0.5:
        d.h("document number", doc_no(rng)); d.t(" ("); d.h("date", kdate(dt + datetime.timedelta(days=1))); d.t(")")
    d.t("\n")
    hn_inst_addr(d, rng, ag); d.t(" / "); d.h("institution website", ag["site"]); d.t("\n")
    d.t("전화번호 "); put_phone(d, rng, "landline", ag["area"]); d.t("  전송 "); put_phone(d, rng, "fax", ag["area"])
    d.t(" / "); put_email(d, rng, names[0][0], "korea.kr", "email_official"); d.t(" / ")
    d.t(rng.choice(["공개", "부분공개(6)", "비공개(6)"]))
    return d, {"genre": "공문", "era": "modern"}


def t_gongmun_90s(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(["구청", "시청", "세무서", "경찰서"])); dt = doc_date(rng, "90s")
    d.t(" " * rng.randint(8, 20), ag["name"], "\n\n")
    d.t("문서번호 "); d.h("document number", doc_no(rng, era="90s")); d.t("\n")
    d.t("시행일자 "); d.h("date", kdate(dt, "dot")); d.t("\n(경  유)\n수    신  ")
    d.h("official by office", rng.choice(MINISTRIES) + "장관"); d.t("\n참    조  "); d.h("official by office", rng.choice(DEPTS) + "장")
    d.t("\n\n제    목  ", rng.choice(["생활보호대상자 명단 제출", "민방위 대원 편성 명단 보고", "무허가 건축물 소유자 현황 보고", "공무원 연수 대상자 추천"]), "\n\n")
    d.t("  1. ", rng.choice(["귀 부", "귀 청"]), " ")
    d.h("document number", doc_no(rng, era="90s")); d.t("(", kdate(dt - datetime.timedelta(days=rng.randint(7, 40))), ")와 관련입니다.\n")
    d.t("  2. 위와 관련하여 당 ", ag["kind"][-2:] if False else "기관", " 해당자 명단을 아래와 같이 보고합니다.\n\n")
    d.t("       성  명     주민등록번호       주      소\n")
    for _ in range(rng.randint(2, 4)):
        nm, k = ko_name(rng); b = birth_adult(rng, 1925, 1975)
        d.t("       "); d.person(nm, k); d.t(" " * (10 - len(nm) * 2 if len(nm) < 5 else 1))
        rv, rk = rrn(rng, b); d.p("KR_RRN", rv, rk); d.t("  ")
        av, akind, _, _ = address(rng, rng.choice(["jibun", "jibun", "jibun_apt", "road_short"])); d.p("KR_ADDRESS", av, akind); d.t("\n")
    d.t("\n  끝.\n\n")
    d.t(" " * rng.randint(10, 20)); d.h("official by office", office_head(ag)); d.t("\n\n")
    n1, n2, n3 = ko_name(rng), ko_name(rng), ko_name(rng)
    d.t("기안자 "); sign_name(d, rng, *n1, 0.5); d.t("  검토자 "); sign_name(d, rng, *n2, 0.5); d.t("  결재권자 "); sign_name(d, rng, *n3, 0.5); d.t("\n")
    d.t("협조자\n")
    area4 = rng.choice(["0331", "0342", "0343", "0351", "0361", "0431", "0551", "0652"])
    hn_inst_addr(d, rng, ag); d.t("  / 전화 ")
    pv = f"({area4}) {rng.randint(20, 99)}{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"
    d.p("PHONE_NUMBER", pv, "phone_landline_old"); d.t(" / 전송 ")
    d.p("PHONE_NUMBER", f"({area4}) {rng.randint(20, 99)}{rng.randint(0, 9)}-{rng.randint(1000, 9999)}", "phone_fax_old")
    if rng.random() < 0.4:
        d.t("\n담당 "); d.person(*n1); d.t(" (휴대 "); put_phone(d, rng, "mobile_old"); d.t(")")
    return d, {"genre": "공문", "era": "1990s"}


def t_gongmun_00s(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(ADMIN_KINDS)); dt = doc_date(rng, "00s"); dept = rng.choice(DEPTS)
    d.t(ag["name"], "\n")
    hn_inst_addr(d, rng, ag); d.t("  / 전화 "); d.h("institution switchboard", ag["switch"]); d.t("\n\n")
    d.t("문서번호  "); d.h("document number", doc_no(rng, dept, "00s")); d.t("\n시행일자  "); d.h("date", kdate(dt)); d.t(" (", rng.choice(["3년", "5년", "영구"]), ")\n")
    d.t("수    신  "); d.h("official by office", agency(rng)["name"] + "장"); d.t("\n참    조\n\n제    목  ", rng.choice(SUBJECTS), "\n\n")
    d.t("1. ", rng.choice(STATUTES), "에 따라 다음 대상자를 통보합니다.\n")
    d.t("2. 대상자 인적사항\n")
    for j in range(rng.randint(1, 3)):
        nm, k = ko_name(rng); b = birth_adult(rng, 1940, 1990)
        d.t(f"  ○ 성명: "); d.person(nm, k); d.t(" / 주민등록번호: ")
        rv, rk = rrn(rng, b, kind=rng.choice(["valid", "valid", "masked"])); d.p("KR_RRN", rv, rk)
        d.t("\n    주소: "); put_addr(d, rng, 0.2, 0.5)
        d.t("\n    연락처: "); put_phone(d, rng, rng.choice(["mobile_old", "mobile", "landline"])); d.t("\n")
    d.t("3. 협조하여 주시기 바랍니다.  끝.\n\n")
    d.h("official by office", office_head(ag)); d.t("\n\n")
    a, b2 = ko_name(rng), ko_name(rng)
    d.t(f"{official(rng)} "); d.person(*a); d.t(f"   {official(rng, 'high')} "); d.person(*b2); d.t("\n")
    d.t("담당자 "); d.person(*a); d.t("  전화 "); put_phone(d, rng, "landline", ag["area"]); d.t("  FAX "); put_phone(d, rng, "fax", ag["area"])
    d.t("  "); put_email(d, rng, a[0], rng.choice(["korea.kr", "hanmail.net"]), "email_official")
    return d, {"genre": "공문", "era": "2000s"}


def t_gongmun_nopii(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng); dt = doc_date(rng); dept = rng.choice(DEPTS)
    d.t(ag["name"], "\n\n수신  ")
    d.h("official by office", rng.choice(["수신자 참조", f"{agency(rng)['name']}장", f"{rng.choice(MINISTRIES)}장관"]))
    d.t("\n(경유)\n제목  ", rng.choice(["2027년 개인정보 보호 교육 계획 알림", "청사 출입 보안 강화 협조", "민원 처리 기간 준수 협조 요청", "개인정보 영향평가 결과 제출"]), "\n\n")
    d.t("1. 관련: "); d.h("document number", doc_no(rng)); d.t("("); d.h("date", kdate(dt - datetime.timedelta(days=30))); d.t(")\n")
    d.t("2. "); d.h("statute citation", rng.choice(STATUTES[:3] + STATUTES[8:11])); d.t("에 따라 붙임과 같이 추진하오니 소속 직원이 참여할 수 있도록 협조하여 주시기 바랍니다.\n")
    d.t("  가. 기간: "); d.h("date", kdate(dt + datetime.timedelta(days=10))); d.t(" ~ "); d.h("date", kdate(dt + datetime.timedelta(days=40))); d.t("\n")
    d.t("  나. 소요 예산: "); d.h("amount", amount(rng)); d.t("\n")
    d.t("  다. 문의: ", dept, " 개인정보 담당(")
    hn_switch(d, rng, ag, ""); d.t(")\n")
    w = name_like_word(rng)
    d.t("  라. 교육 장소: "); d.h(w[0], w[1]); d.t(" 연수원 대강당\n")
    d.t("3. 참석 대상은 각 부서 ", rng.choice(["개인정보 분야별 책임자", "서무 담당자", "팀장급 이상"]), "이며, 명단은 "); d.h("date", kdate(dt + datetime.timedelta(days=7))); d.t("까지 제출하여 주시기 바랍니다.\n\n")
    d.t("붙임  교육 계획 1부.  끝.\n\n"); d.h("official by office", office_head(ag)); d.t("\n\n")
    d.t(f"{official(rng)}  {official(rng, 'mid')}  전결 {official(rng, 'high')}\n")
    d.t("시행 "); d.h("document number", doc_no(rng, dept)); d.t(" ("); d.h("date", kdate(dt)); d.t(")\n")
    hn_inst_addr(d, rng, ag); d.t(" / "); d.h("institution website", ag["site"]); d.t("\n")
    d.t("대표전화 "); d.h("institution switchboard", ag["switch"]); d.t(" / "); d.h("institution mailbox", ag["mailbox"]); d.t(" / 공개")
    return d, {"genre": "공문", "era": "modern", "no_pii": True}


def t_minwon_reply(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(ADMIN_KINDS)); dt = doc_date(rng); dept = rng.choice(DEPTS)
    nm, k = pick_name(rng, 0.08)
    style = rng.random()
    if style < 0.5:
        d.t("민원 처리 결과 통지\n\n접수번호: "); d.h("receipt number", receipt_no(rng)); d.t("\n접수일자: "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(3, 20)))); d.t("\n")
        d.t("민 원 인: "); d.person(nm, k); d.t(" 귀하\n주    소: "); put_addr(d, rng, 0.6, 0.6); d.t("\n")
        d.t("연 락 처: "); put_phone(d, rng); d.t("\n")
        if rng.random() < 0.4:
            d.t("전자우편: "); put_email(d, rng, nm); d.t("\n")
        d.t("\n민원 요지\n  ", rng.choice(["거주지 인근 불법 주정차 단속 요청", "도로 파손 보수 요청", "소음 측정 요청", "보조금 지급 지연 문의", "가족관계 서류 발급 오류 정정 요청"]), "\n\n")
        d.t("처리 결과\n  귀하의 민원에 대하여 현장 확인 결과, ", rng.choice(["조치 완료하였음을 알려드립니다.", "관련 부서에 이첩하였습니다.", "다음 달 정비 계획에 반영하였습니다."]), "\n")
    else:
        d.t(ag["name"], "\n\n"); d.person(nm, k); d.t(" 님, 안녕하십니까?\n")
        d.t("귀하께서 "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(3, 20)))); d.t(" 국민신문고를 통해 신청하신 민원(신청번호 "); d.h("receipt number", receipt_no(rng)); d.t(")에 대한 검토 결과를 다음과 같이 알려드립니다.\n\n")
        d.t("□ 민원 내용\n  ○ 귀하 소유 차량("); d.p("KR_VEHICLE_PLATE", *plate(rng)); d.t(")에 부과된 과태료 ")
        d.h("amount", amount(rng, 20000, 200000)); d.t("에 대한 이의 제기\n")
        d.t("□ 검토 결과\n  ○ "); d.h("statute citation", rng.choice(STATUTES)); d.t("에 따라 ", rng.choice(["부과를 취소합니다.", "감경 대상에 해당하지 않습니다.", "의견진술 기회를 다시 부여합니다."]), "\n")
        d.t("  ○ 회신 주소: "); put_addr(d, rng, 0.5, 0.5); d.t("\n")
    on, ok = ko_name(rng)
    d.t("\n더 궁금하신 사항은 ", ag["name"], " ", dept, " ", official(rng), " "); d.person(on, ok)
    d.t(rng.choice(["(☎ ", "(전화 ", "(직통 "])); put_phone(d, rng, "landline", ag["area"]); d.t(")에게 문의하여 주시면 친절히 안내해 드리겠습니다.\n")
    if rng.random() < 0.4:
        d.t("야간·휴일에는 "); hn_switch(d, rng, ag); d.t("로 문의하십시오.\n")
    d.t("\n"); d.h("date", kdate(dt)); d.t("\n"); d.h("official by office", office_head(ag))
    return d, {"genre": "민원 회신"}


def t_minwon_nopii(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng); dt = doc_date(rng)
    d.t("민원 회신\n\n"); d.h("placeholder person", rng.choice(["○○○", "홍길동"])); d.t(" 귀하\n\n")
    d.t("1. 귀하께서 제기하신 민원(접수번호 "); d.h("receipt number", receipt_no(rng)); d.t(")에 대하여 답변드립니다.\n")
    d.t("2. 문의하신 사항은 "); d.h("statute citation", rng.choice(STATUTES)); d.t("에 따라 ")
    d.t(rng.choice(["신청일부터 14일 이내에 처리됩니다.", "본인 또는 위임받은 사람만 신청할 수 있습니다.", "수수료가 면제됩니다."]), "\n")
    d.t("3. 수수료는 "); d.h("amount", amount(rng, 1000, 50000)); d.t("이며, "); d.h("date", kdate(dt + datetime.timedelta(days=30))); d.t("부터 인상될 예정입니다.\n")
    d.t("4. 유사 사례로 "); d.h("placeholder person", rng.choice(["김○○", "이○○", "박모"])); d.t(" 씨의 경우 ")
    d.h("case number", case_no(rng)); d.t(" 판결에서 같은 취지로 판단되었습니다.\n")
    d.t("5. 추가 문의: "); hn_switch(d, rng, ag); d.t(" 또는 "); d.h("institution mailbox", ag["mailbox"]); d.t("\n\n")
    d.h("official by office", office_head(ag)); d.t(" (", rng.choice(DEPTS), ")")
    return d, {"genre": "민원 회신", "no_pii": True}


def grid_row(d, rng, style, cells):
    """cells: list of callables or strings; style: pipe|tab|space"""
    j = {"pipe": " | ", "tab": "\t", "space": "   ", "pipe2": "|"}[style]
    if style.startswith("pipe"):
        d.t("|" if style == "pipe2" else "| ")
    for i, c in enumerate(cells):
        if i:
            d.t(j)
        if callable(c):
            c()
        else:
            d.t(c)
    if style.startswith("pipe"):
        d.t("|" if style == "pipe2" else " |")
    d.t("\n")


def t_form_apply(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(["구청", "시청", "주민센터"])); dt = doc_date(rng)
    title = rng.choice(["주민등록표 등본 교부 신청서", "긴급복지지원 신청서", "장애인 활동지원 신청서", "청년 월세 지원 신청서", "평생교육 바우처 신청서", "주거급여 신청서"])
    st = rng.choice(["pipe", "tab", "space", "pipe2"])
    d.t(rng.choice(["[별지 제1호서식]", "■ 별지 제3호서식 <개정 2023. 6. 30.>", "[별지 제7호서식]"]), "\n")
    d.t(" " * rng.randint(0, 10), title, "\n※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.\n")
    grid_row(d, rng, st, ["접수번호", lambda: d.h("receipt number", receipt_no(rng)), "접수일", lambda: d.h("date", kdate(dt, "dotpad")), "처리기간", "14일"])
    nm, k = pick_name(rng, 0.06); b = birth_adult(rng)
    if rng.random() < 0.5:
        idl, idf = lab(rng, "생년월일", "생년월일(8자리)", "출생일"), (lambda: put_dob(d, rng, b))
    else:
        idl, idf = lab(rng, "주민등록번호", "주민번호"), (lambda: d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "masked"]))))
    grid_row(d, rng, st, ["신청인", lab(rng, "성명", "성 명", "성명(한글)"), lambda: d.person(nm, k), idl, idf])
    grid_row(d, rng, st, ["", "주소", lambda: put_addr(d, rng, 0.3, 0.4)])
    grid_row(d, rng, st, ["", "전화번호", lambda: put_phone(d, rng, rng.choice(["landline", "070"])), "휴대전화", lambda: put_phone(d, rng)])
    if rng.random() < 0.6:
        grid_row(d, rng, st, ["", "전자우편", lambda: put_email(d, rng, nm)])
    if rng.random() < 0.5:
        grid_row(d, rng, st, ["지급계좌", lambda: put_acct(d, rng), "예금주", lambda: d.person(nm, k)])
    if rng.random() < 0.45:
        fn, fk = ko_name(rng); fb = birth_adult(rng, 1940, 2010)
        grid_row(d, rng, st, ["가구원", "관계", rng.choice(["배우자", "자녀", "모", "부"]), "성명", lambda: d.person(fn, fk), "생년월일", lambda: put_dob(d, rng, fb)])
    d.t("\n위와 같이 신청합니다.\n\n" + " " * rng.randint(10, 30)); d.h("date", kdate(dt, rng.choice(["korean", "dot"]))); d.t("\n")
    d.t(" " * rng.randint(10, 30) + "신청인  "); sign_name(d, rng, nm, k, 0.45); d.t("  (서명 또는 인)\n\n")
    d.h("official by office", office_head(ag)); d.t(" 귀하\n\n")
    d.t("작성 예시: 성명 "); d.h("placeholder person", "홍길동"); d.t(", 주민등록번호 "); d.h("placeholder number", "000000-0000000"); d.t("\n")
    d.t("문의: "); hn_switch(d, rng, ag)
    return d, {"genre": "신청서", "wrap": rng.choice([None, None, 44, 52])}


def t_consent(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(ADMIN_KINDS + ["학교", "병원"])); dt = doc_date(rng)
    d.t("개인정보 수집·이용 동의서\n\n", ag["name"], "은(는) "); d.h("statute citation", "「개인정보 보호법」 제15조 제1항")
    d.t("에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n")
    d.t("1. 수집 항목: 성명, 생년월일, 연락처, 주소", rng.choice(["", ", 계좌번호", ", 전자우편"]), "\n2. 수집 목적: ", rng.choice(["교육 신청자 관리", "보조금 지급", "행사 참가자 확인", "상담 예약"]), "\n")
    d.t("3. 보유 기간: ", rng.choice(["1년", "3년", "사업 종료 후 6개월"]), "\n4. 동의를 거부할 권리가 있으며, 거부 시 ", rng.choice(["신청이 제한됩니다.", "지원 대상에서 제외될 수 있습니다."]), "\n\n")
    d.t("□ 동의함  □ 동의하지 않음\n\n")
    nm, k = pick_name(rng, 0.07); b = birth_adult(rng, 1950, 2008)
    form = rng.random()
    if form < 0.5:
        d.t(lab(rng, "성명", "성 명", "이름"), sep(rng)); d.person(nm, k); d.t("\n")
        d.t(lab(rng, "생년월일", "생년월일(8자리)", "출생일"), sep(rng)); put_dob(d, rng, b); d.t("\n")
        d.t(lab(rng, "연락처", "휴대전화", "전화"), sep(rng)); put_phone(d, rng); d.t("\n")
    else:
        d.t("본인 "); d.person(nm, k); d.t("(", rng.choice(["", "생년월일 "]))
        put_dob(d, rng, b, ["dot_spaced", "korean", "yy_dot", "yymmdd", "iso"]); d.t(")은(는) 위 내용을 확인하였으며 개인정보 수집·이용에 동의합니다.\n")
        d.t("연락처 "); put_phone(d, rng); d.t("\n")
    if age_on(b, dt) < 14:
        gn, gk = ko_name(rng)
        d.t("법정대리인: "); d.person(gn, gk); d.t(" (관계: ", rng.choice(["부", "모"]), ", 연락처 "); put_phone(d, rng); d.t(")\n")
    d.t("\n"); d.h("date", kdate(dt, "korean")); d.t("\n동의자  "); sign_name(d, rng, nm, k, 0.4); d.t(" (서명)\n\n")
    d.h("official by office", office_head(ag)); d.t(" 귀하")
    return d, {"genre": "동의서"}


def t_consent_blank(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng); dt = doc_date(rng)
    d.t("개인정보 수집·이용 및 제3자 제공 동의서 (작성 예시)\n\n")
    d.t("1. 수집 근거: "); d.h("statute citation", rng.choice(STATUTES[:3] + STATUTES[8:9])); d.t("\n")
    d.t("2. 제공받는 자: "); d.h("company name", company(rng)); d.t(" (위탁 업체)\n")
    d.t("3. 보유 기간: "); d.h("date", kdate(dt + datetime.timedelta(days=365))); d.t("까지\n\n")
    d.t("성    명: ____________   (예: "); d.h("placeholder person", "홍길동"); d.t(")\n")
    d.t("주민등록번호: "); d.h("placeholder number", rng.choice(["000000-0000000", "######-#######", "□□□□□□-□□□□□□□"])); d.t("\n")
    d.t("연 락 처: 010-____-____\n주    소: ", rng.choice(["○○시 ○○구 ○○로 ○○", "(도로명주소 기재)"]), "\n\n")
    d.t("동의자 "); d.h("placeholder person", rng.choice(["○○○", "홍길동"])); d.t(" (서명)\n\n")
    d.t("※ 문의: ", ag["name"], " "); hn_switch(d, rng, ag); d.t("\n※ 서식 번호 "); d.h("document number", doc_no(rng))
    return d, {"genre": "동의서", "no_pii": True}


def t_report_form(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, rng.choice(["구청", "시청"])); dt = doc_date(rng)
    kind = rng.choice(["passport", "passport", "dl", "move"])
    nm, k = ko_name(rng); b = birth_adult(rng)
    st = rng.choice(["pipe", "tab", "space"])
    if kind == "passport":
        d.t("여권 분실 신고서\n\n")
        grid_row(d, rng, st, ["성명(한글)", lambda: d.person(nm, k), "성명(영문)",
                              lambda: d.p("PERSON", f"{ROMAN.get(nm[0], 'PARK').upper()} {rng.choice(SYL_ROMAN).upper()}{rng.choice(SYL_ROMAN).upper()}", "person_ko_romanized")])
        grid_row(d, rng, st, ["주민등록번호", lambda: d.p("KR_RRN", *rrn(rng, b))])
        grid_row(d, rng, st, ["여권번호", lambda: d.p("KR_PASSPORT", *passport_kr(rng)), "발급일", lambda: d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(300, 3000)), "dotpad"))])
        grid_row(d, rng, st, ["분실 장소", rng.choice(["인천국제공항 제1터미널", "자택", "호텔 객실", "택시 안"]), "분실 일시", lambda: d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(1, 10))))])
        grid_row(d, rng, st, ["연락처", lambda: put_phone(d, rng), "주소", lambda: put_addr(d, rng, 0.2, 0.3)])
        d.t("\n「여권법」 제13조에 따라 위와 같이 여권 분실을 신고합니다.\n")
    elif kind == "dl":
        d.t("운전면허증 재발급 신청서\n\n")
        grid_row(d, rng, st, ["성명", lambda: d.person(nm, k), "생년월일", lambda: put_dob(d, rng, b)])
        grid_row(d, rng, st, ["면허번호", lambda: d.p("KR_DRIVER_LICENSE", *driver_license(rng)), "면허종별", rng.choice(["1종 보통", "2종 보통", "1종 대형"])])
        grid_row(d, rng, st, ["주소", lambda: put_addr(d, rng, 0.3, 0.3)])
        grid_row(d, rng, st, ["전화", lambda: put_phone(d, rng)])
        d.t("\n재발급 사유: ", rng.choice(["분실", "훼손", "기재사항 변경"]), "\n")
    else:
        d.t("전입신고서\n\n")
        grid_row(d, rng, st, ["세대주 성명", lambda: d.person(nm, k), "주민등록번호", lambda: d.p("KR_RRN", *rrn(rng, b))])
        grid_row(d, rng, st, ["전 주소", lambda: put_addr(d, rng, 0.0, 0.5)])
        grid_row(d, rng, st, ["현 주소", lambda: put_addr(d, rng, 0.0, 0.5)])
        for _ in range(rng.randint(1, 3)):
            fn, fk = ko_name(rng)
            if rng.random() < 0.4:
                rv = rrn(rng, kind="post2020")
            else:
                rv = rrn(rng, birth_adult(rng, 1950, 2018), kind=rng.choice(["valid", "masked"]))
            grid_row(d, rng, st, ["세대원", rng.choice(["배우자", "자", "부", "모"]), lambda: d.person(fn, fk), lambda: d.p("KR_RRN", *rv)])
        grid_row(d, rng, st, ["연락처", lambda: put_phone(d, rng)])
    d.t("\n"); d.h("date", kdate(dt)); d.t("\n신고인 "); sign_name(d, rng, nm, k, 0.35); d.t(" (서명 또는 인)\n")
    d.h("official by office", office_head(ag)); d.t(" 귀하")
    return d, {"genre": "신고서", "wrap": rng.choice([None, None, 48])}


def t_foreigner_form(rng, ocr=False):
    d = Doc(rng, ocr=ocr); ag = agency(rng, "출입국"); dt = doc_date(rng)
    fp = foreign_parts(rng); lat, han, nat, fam, giv = fp["latin"], fp["hangul"], fp["nation"], fp["fam"], fp["giv"]
    b = birth_adult(rng, 1965, 2006)
    d.t("통합신청서 (신고서) / APPLICATION FORM\n□ 외국인 등록  □ 등록증 재발급  □ 체류기간 연장허가\n\n")
    d.t("성 Surname: "); d.p("PERSON", fam, "person_foreign_latin_part"); d.t("\n명 Given names: "); d.p("PERSON", giv, "person_foreign_latin_part"); d.t("\n")
    d.t("한글 성명: "); d.p("PERSON", han, "person_foreign_hangul"); d.t("\n")
    d.t("생년월일 Date of Birth: "); put_dob(d, rng, b, ["iso", "en", "en", "dot_padded", "yyyymmdd", "en_ko"]); d.t("   성별 Sex: ", rng.choice(["M", "F"]), "\n")
    d.t("국적 Nationality: ", nat, "\n")
    d.t("여권 번호 Passport No.: "); d.p("KR_PASSPORT", *passport_foreign(rng, nat)); d.t("\n")
    d.t("여권 발급일자 Passport Issue Date: "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(200, 2500)), "iso")); d.t("\n")
    if rng.random() < 0.6:
        d.t("외국인등록번호 Alien Registration No.: "); d.p("KR_FRN", *frn(rng, b)); d.t("\n")
    d.t("대한민국 내 주소 Address In Korea: "); put_addr(d, rng, 0.2, 0.4); d.t("\n")
    d.t("전화 Telephone No.: "); put_phone(d, rng, "landline"); d.t("  휴대전화 Cell phone No.: "); put_phone(d, rng); d.t("\n")
    d.t("전자우편 E-Mail: "); put_email(d, rng, None, rng.choice(["gmail.com", "outlook.com", "naver.com"])); d.t("\n")
    d.t("근무처 Name of workplace: "); d.h("company name", company(rng)); d.t("  사업자등록번호 Business Registration No.: "); d.p("KR_BRN", *brn(rng)); d.t("\n")
    d.t("신청일 Date of application: "); d.h("date", kdate(dt, "iso")); d.t("   신청인 서명 Signature: "); d.p("PERSON", lat, "person_foreign_latin"); d.t("\n\n")
    d.t("※ 접수: ", ag["name"], " / 외국인종합안내센터 "); d.h("institution short code", "1345")
    return d, {"genre": "출입국 기록", "wrap": rng.choice([None, None, 60])}


# ---------------------------------------------------------------------------
# templates, part B: registers, tables, contracts, personnel, minutes, press, news
# ---------------------------------------------------------------------------
def row_person(rng, d, cols, st, idx, dt):
    """one table row of a person register; cols chosen per table"""
    nm, k = pick_name(rng, 0.1)
    foreign = k.startswith("person_foreign")
    b = birth_adult(rng, 1940, 2006)
    cells = []
    for c in cols:
        if c == "no":
            cells.append(str(idx))
        elif c == "name":
            cells.append(lambda nm=nm, k=k: d.person(nm, k))
        elif c == "dob":
            cells.append(lambda b=b: put_dob(d, rng, b))
        elif c == "rrn":
            if foreign:
                cells.append(lambda b=b: d.p("KR_FRN", *frn(rng, b, masked=rng.random() < 0.15)))
            else:
                kind = rng.choice(["valid", "valid", "masked"])
                cells.append(lambda b=b, kind=kind: d.p("KR_RRN", *rrn(rng, b, kind=kind)))
        elif c == "phone":
            cells.append(lambda: put_phone(d, rng, rng.choice(["mobile", "mobile", "mobile", "landline", "070"])))
        elif c == "addr":
            cells.append(lambda: put_addr(d, rng, 0.0, 0.0))
        elif c == "email":
            cells.append(lambda nm=nm: put_email(d, rng, nm if not foreign else None))
        elif c == "acct":
            bn, grp = rng.choice(BANKS)
            cells.append(bn)
            cells.append(lambda bn=bn, grp=grp: put_acct(d, rng, False, (bn, grp)))
        elif c == "amount":
            cells.append(lambda: d.h("amount", amount(rng, 50000, 3000000).replace("금 ", "")))
        elif c == "plate":
            cells.append(lambda: d.p("KR_VEHICLE_PLATE", *plate(rng)))
        elif c == "dl":
            cells.append(lambda: d.p("KR_DRIVER_LICENSE", *driver_license(rng)))
        elif c == "hi":
            cells.append(lambda: d.p("KR_HEALTH_INSURANCE", *health_ins(rng)))
        elif c == "passport":
            cells.append(lambda: d.p("KR_PASSPORT", *passport_kr(rng)))
        elif c == "date":
            cells.append(lambda: d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(0, 200)), rng.choice(["dotpad", "iso"]))))
        elif c == "dept":
            cells.append(rng.choice(DEPTS))
        elif c == "note":
            cells.append(rng.choice(["", "신규", "변경", "재발급", "확인 필요", "-"]))
    grid_row(d, rng, st, cells)


COLNAMES = {"no": "연번", "name": "성명", "dob": "생년월일", "rrn": "주민등록번호", "phone": "연락처", "addr": "주소", "email": "이메일",
            "acct": ["은행", "계좌번호"], "amount": "지급액", "plate": "차량번호", "dl": "운전면허번호", "hi": "건강보험증번호",
            "passport": "여권번호", "date": "등록일", "dept": "소속", "note": "비고"}


def header_cells(cols):
    out = []
    for c in cols:
        v = COLNAMES[c]
        out += v if isinstance(v, list) else [v]
    return out


REGISTER_TITLES = ["경로당 이용자 명부", "자원봉사자 등록 대장", "긴급재난지원금 지급 대장", "방문 민원인 출입 대장", "공공근로 참여자 명단",
                   "체육시설 정기 이용자 명부", "청소년 수련관 회원 대장", "주차장 정기권 신청자 명단", "본인확인 대장", "의료급여 수급자 명단"]


def t_register_pipe(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(ADMIN_KINDS))
    title = rng.choice(REGISTER_TITLES)
    base = {"경로당 이용자 명부": ["no", "name", "dob", "phone", "addr"], "자원봉사자 등록 대장": ["no", "name", "dob", "phone", "email"],
            "긴급재난지원금 지급 대장": ["no", "name", "rrn", "acct", "amount"], "방문 민원인 출입 대장": ["no", "date", "name", "phone", "note"],
            "공공근로 참여자 명단": ["no", "name", "rrn", "addr", "phone"], "체육시설 정기 이용자 명부": ["no", "name", "dob", "phone", "plate"],
            "청소년 수련관 회원 대장": ["no", "name", "dob", "phone", "email"], "주차장 정기권 신청자 명단": ["no", "name", "plate", "phone", "addr"],
            "본인확인 대장": ["no", "date", "name", "dl", "phone"], "의료급여 수급자 명단": ["no", "name", "rrn", "hi", "phone"]}[title]
    st = rng.choice(["pipe", "pipe2"])
    d.t(f"{ag['name']} {title} ({kdate(dt, 'dot')} 기준)\n" if False else "")
    d.t(ag["name"], " ", title, " ("); d.h("date", kdate(dt)); d.t(" 기준)\n")
    grid_row(d, rng, st, header_cells(base))
    if st == "pipe":
        d.t("|" + "|".join(["---"] * len(header_cells(base))) + "|\n")
    for i in range(1, rng.randint(4, 8) + 1):
        row_person(rng, d, base, st, i, dt)
    d.t("※ 본 대장은 "); d.h("statute citation", rng.choice(STATUTES)); d.t("에 따라 ", rng.choice(["3년", "5년", "1년"]), "간 보관 후 파기함.\n")
    d.t("작성자 "); d.t(rng.choice(DEPTS), " "); d.person(*ko_name(rng))
    return d, {"genre": "대장·등록부"}


def t_register_noheader(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    st = rng.choice(["tab", "tab", "space"])
    cols = rng.choice([["no", "name", "rrn", "phone"], ["name", "dob", "addr"], ["no", "name", "phone", "acct"], ["name", "plate", "phone"],
                       ["no", "name", "dl", "date"], ["name", "hi", "dob"], ["no", "name", "passport", "dob"]])
    d.t(rng.choice(["붙임 2", "[별첨]", "<명단>", "붙임"]), " ", rng.choice(["대상자 명단", "지급 내역", "조사 대상", "추가 확인 대상"]), " (", rng.choice(["총", "계"]), " ")
    n = rng.randint(4, 9)
    d.t(f"{n}명)\n")
    for i in range(1, n + 1):
        row_person(rng, d, cols, st, i, dt)
    d.t("- 이하 여백 -\n")
    d.t("출력일시 "); d.h("date", kdate(dt, "iso")); d.t(f" {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  출력자 ", rng.choice(DEPTS))
    return d, {"genre": "표"}


def t_table_spaces(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    cols = rng.choice([["no", "name", "dept", "phone", "email"], ["no", "name", "dob", "phone"], ["name", "rrn", "addr"], ["no", "name", "plate", "dl"]])
    d.t(rng.choice(["<표 3> ", "[표 1] ", "표 2. "]), rng.choice(["비상연락망", "현장 점검 참여자", "교육 이수자 현황", "위반 차량 운전자"]), "\n")
    hdr = header_cells(cols)
    d.t("  ".join(h.ljust(8) for h in hdr).rstrip(), "\n", "-" * 60, "\n")
    for i in range(1, rng.randint(3, 7) + 1):
        row_person(rng, d, cols, "space", i, dt)
    d.t("-" * 60, "\n자료: "); d.h("document number", doc_no(rng)); d.t(", "); d.h("date", kdate(dt))
    return d, {"genre": "표"}


def t_ledger_csv(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    header = rng.random() < 0.5
    kind = rng.choice(["pay", "refund", "card"])
    if header:
        d.t({"pay": "연번,성명,은행,계좌번호,지급액,지급일\n", "refund": "접수번호,성명,연락처,은행,계좌번호,환급액\n", "card": "승인일,카드번호,가맹점,사업자번호,금액\n"}[kind])
    for i in range(1, rng.randint(4, 9) + 1):
        if kind == "pay":
            nm, k = pick_name(rng, 0.06)
            d.t(f"{i},"); d.person(nm, k); d.t(","); put_acct(d, rng, True); d.buf  # bank name inserted before
            d.t(","); d.h("amount", f"{rng.randrange(100000, 3000000, 10)}"); d.t(","); d.h("date", kdate(dt, "iso")); d.t("\n")
        elif kind == "refund":
            d.h("receipt number", receipt_no(rng)); d.t(","); d.person(*pick_name(rng, 0.05)); d.t(","); put_phone(d, rng); d.t(",")
            bn, grp = rng.choice(BANKS); d.t(bn + ","); put_acct(d, rng, False, (bn, grp)); d.t(","); d.h("amount", f"{rng.randrange(1000, 500000, 10)}"); d.t("\n")
        else:
            d.h("date", (dt - datetime.timedelta(days=rng.randint(0, 30))).isoformat()); d.t(","); put_card(d, rng, masked=rng.random() < 0.5, sep_="-")
            d.t(","); d.h("company name", company(rng)); d.t(","); d.p("KR_BRN", *brn(rng)); d.t(","); d.h("amount", f"{rng.randrange(1000, 900000, 10)}"); d.t("\n")
    return d, {"genre": "대장·등록부"}


def t_vehicle_register(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    st = rng.choice(["pipe", "tab", "space"])
    d.t(rng.choice(["무단방치 차량 관리 대장", "장애인 전용 주차구역 위반 차량 목록", "공영주차장 월정기 등록 차량", "불법 주정차 단속 내역"]), "\n")
    if rng.random() < 0.6:
        grid_row(d, rng, st, ["연번", "차량번호", "소유자", "연락처", "단속일자", "비고"])
    for i in range(1, rng.randint(4, 8) + 1):
        own = rng.random()
        def owner():
            if own < 0.8:
                d.person(*ko_name(rng))
            else:
                d.h("company name", company(rng))
        grid_row(d, rng, st, [str(i), lambda: d.p("KR_VEHICLE_PLATE", *plate(rng)), owner, lambda: put_phone(d, rng),
                              lambda: d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(0, 90)), "dotpad")), rng.choice(["계고장 부착", "견인", "과태료 부과", "-", "자진 이동"])])
    d.t("※ 과태료 "); d.h("amount", amount(rng, 40000, 160000)); d.t(" 부과 기준: "); d.h("statute citation", "「도로교통법」 제32조")
    return d, {"genre": "대장·등록부"}


def t_vendor_table(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    st = rng.choice(["pipe", "tab", "pipe2", "space"])
    d.t(rng.choice(["입찰 참가 업체 현황", "수의계약 업체 명단", "협력업체 등록 현황", "보조사업자 선정 결과"]), " (공고번호 "); d.h("public-record identifier", f"{dt.year}{rng.randint(100000, 999999):06d}-00"); d.t(")\n")
    if rng.random() < 0.6:
        grid_row(d, rng, st, ["번호", "상호", "대표자", "사업자등록번호", "법인등록번호", "연락처"])
    for i in range(1, rng.randint(3, 7) + 1):
        grid_row(d, rng, st, [str(i), lambda: d.h("company name", company(rng)), lambda: d.person(*pick_name(rng, 0.05)), lambda: d.p("KR_BRN", *brn(rng, rng.choice(["81", "86", "87", None]))),
                              lambda: d.p("KR_CRN", *crn(rng)), lambda: put_phone(d, rng, rng.choice(["landline", "landline", "070", "mobile"]))])
    d.t("※ 낙찰 하한율 87.745%, 예정가격 "); d.h("amount", amount(rng, 10000000, 900000000))
    return d, {"genre": "표"}


def t_contract_service(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(ADMIN_KINDS))
    co = company(rng); ceo, ck = ko_name(rng)
    d.t(rng.choice(["용역 계약서", "물품 구매 계약서", "위탁 운영 계약서"]), "\n\n")
    d.t("계약명: ", rng.choice(["청사 청소 용역", "민원 안내 시스템 유지보수", "CCTV 설치 공사", "홍보물 제작", "급식 식자재 납품"]), "\n")
    d.t("계약금액: "); d.h("amount", amount(rng, 5000000, 300000000)); d.t(" (부가가치세 포함)\n")
    d.t("계약기간: "); d.h("date", kdate(dt)); d.t(" ~ "); d.h("date", kdate(dt + datetime.timedelta(days=rng.randint(60, 365)))); d.t("\n\n")
    d.t("발주기관 "); d.h("official by office", office_head(ag)); d.t("(이하 \""); d.h("placeholder person", "갑"); d.t("\"이라 한다)과 계약상대자 "); d.h("company name", co)
    d.t("(이하 \""); d.h("placeholder person", "을"); d.t("\"이라 한다)는 다음과 같이 계약을 체결한다.\n\n")
    d.t("제1조(목적) 이 계약은 "); d.h("placeholder person", "을"); d.t("이 "); d.h("placeholder person", "갑"); d.t("에게 제공하는 용역의 범위를 정함을 목적으로 한다.\n")
    d.t("제5조(대금 지급) "); d.h("placeholder person", "갑"); d.t("은 검수 후 14일 이내에 "); d.h("placeholder person", "을"); d.t("의 아래 계좌로 대금을 지급한다.\n")
    d.t("  입금 계좌: "); put_acct(d, rng); d.t(" (예금주: ")
    if rng.random() < 0.5:
        d.h("company name", co)
    else:
        d.person(ceo, ck)
    d.t(")\n\n"); d.h("date", kdate(dt, "korean")); d.t("\n\n")
    d.t("(갑) 기관명: ", ag["name"], "\n     주소: "); hn_inst_addr(d, rng, ag, postal=False); d.t("\n     고유번호: "); d.h("institution registration number", brn(rng, "83")[0])
    d.t("\n     대표자: "); d.h("official by office", office_head(ag)); d.t(" (인)\n")
    d.t("(을) 상호: "); d.h("company name", co); d.t("\n     주소: "); put_addr(d, rng, 0.2, 0.3)
    d.t("\n     사업자등록번호: "); d.p("KR_BRN", *brn(rng, rng.choice(["81", "86", "87"])))
    if rng.random() < 0.7:
        d.t("\n     법인등록번호: "); d.p("KR_CRN", *crn(rng))
    d.t("\n     대표자: "); sign_name(d, rng, ceo, ck, 0.3); d.t(" (인)\n     연락처: "); put_phone(d, rng, rng.choice(["landline", "070"]))
    d.t(" / "); put_email(d, rng, None, rng.choice(["hanbit-eng.co.kr", "saesol.co.kr", "dasomtech.kr", "garam.co.kr"]), "email_company")
    d.t("\n     담당자: "); d.person(*ko_name(rng)); d.t(" "); put_phone(d, rng)
    return d, {"genre": "계약서"}


def t_contract_labor(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    co = company(rng); ceo, ck = ko_name(rng)
    foreign = rng.random() < 0.35
    d.t("표준근로계약서", "\n\n")
    d.h("company name", co); d.t(" (이하 \"사업주\"라 함)과(와) ")
    if foreign:
        lat, han, nat = foreign_name(rng); wn, wk = (lat, "person_foreign_latin") if rng.random() < 0.6 else (han, "person_foreign_hangul")
    else:
        wn, wk = ko_name(rng)
    d.person(wn, wk); d.t(" (이하 \"근로자\"라 함)은 다음과 같이 근로계약을 체결한다.\n\n")
    d.t("1. 근로개시일: "); d.h("date", kdate(dt)); d.t("부터\n2. 근무장소: "); put_addr(d, rng, 0.0, 0.0) if rng.random() < 0.3 else d.t("사업장 내 생산동")
    d.t("\n3. 임금: 월 "); d.h("amount", amount(rng, 2000000, 3500000).replace("금 ", "")); d.t(", 매월 "); d.t(str(rng.randint(5, 25))); d.t("일 근로자 명의 계좌(")
    put_acct(d, rng); d.t(")로 지급\n4. 근로시간: 09:00~18:00 (휴게 12:00~13:00)\n\n")
    d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(1, 10)), "korean")); d.t("\n\n(사업주) 사업체명: "); d.h("company name", co)
    d.t("  (전화: "); put_phone(d, rng, "landline"); d.t(")\n  주소: "); put_addr(d, rng, 0.0, 0.0); d.t("\n  대표자: "); sign_name(d, rng, ceo, ck); d.t(" (서명)\n")
    d.t("  사업자등록번호: "); d.p("KR_BRN", *brn(rng)); d.t("\n")
    d.t("(근로자) 주소: "); put_addr(d, rng, 0.0, 0.3); d.t("\n  연락처: "); put_phone(d, rng); d.t("\n")
    if foreign:
        d.t("  외국인등록번호: "); d.p("KR_FRN", *frn(rng)); d.t("\n  여권번호: "); d.p("KR_PASSPORT", *passport_foreign(rng, nat)); d.t("\n")
    else:
        d.t("  생년월일: "); put_dob(d, rng, birth_adult(rng, 1960, 2006)); d.t("\n")
    d.t("  성명: "); d.person(wn, wk); d.t(" (서명)")
    return d, {"genre": "계약서", "wrap": rng.choice([None, None, 50])}


def t_contract_lease(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t("부동산 임대차 계약서 (", rng.choice(["공공임대", "전세", "월세"]), ")\n\n")
    d.t("1. 부동산의 표시\n  소재지: "); put_addr(d, rng, 0.0, 0.0, rng.choice(["road", "jibun_apt"])); d.t("\n")
    d.t("  면적: ", f"{rng.randint(33, 120)}.{rng.randint(10, 99)}㎡", "\n2. 계약내용\n  보증금: "); d.h("amount", amount(rng, 10000000, 400000000)); d.t("\n  차임: 월 "); d.h("amount", amount(rng, 100000, 1500000))
    d.t("\n  임대차 기간: "); d.h("date", kdate(dt + datetime.timedelta(days=20))); d.t("부터 24개월\n\n")
    for role in ["임대인", "임차인"]:
        nm, k = ko_name(rng); b = birth_adult(rng, 1945, 2000)
        d.t(f"{role}  주소: "); put_addr(d, rng, 0.0, 0.2); d.t("\n        주민등록번호: "); d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "valid", "masked"])))
        d.t("  전화: "); put_phone(d, rng); d.t("\n        성명: "); sign_name(d, rng, nm, k, 0.3); d.t(" (인)\n")
    if rng.random() < 0.6:
        d.t("개업공인중개사  사무소명칭: "); d.h("company name", rng.choice(["한빛공인중개사사무소", "새솔부동산", "다솜공인중개사"])); d.t("  대표: "); d.person(*ko_name(rng))
        d.t("  등록번호: "); d.h("public-record identifier", f"{rng.randint(11000, 48999)}-{rng.randint(2015, 2025)}-{rng.randint(10000, 99999)}"); d.t("  전화: "); put_phone(d, rng, "landline")
    return d, {"genre": "계약서"}


def t_personnel_order(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(["구청", "시청", "교육청"]))
    d.t(ag["name"], " 인사발령 (제"); d.h("document number", f"{dt.year}-{rng.randint(10, 300)}"); d.t("호)\n\n")
    st = rng.choice(["prose", "table", "table"])
    kinds = ["승진", "전보", "신규임용", "휴직", "복직", "직무대리"]
    if st == "table":
        s2 = rng.choice(["pipe", "tab", "space"])
        if rng.random() < 0.7:
            grid_row(d, rng, s2, ["구분", "소속", "직급", "성명", "발령사항"])
        for _ in range(rng.randint(3, 8)):
            grid_row(d, rng, s2, [rng.choice(kinds), rng.choice(DEPTS), rng.choice(["행정6급", "행정7급", "지방행정주사", "시설8급", "사회복지7급", "행정5급"]),
                                  lambda: d.person(*ko_name(rng)), f"{rng.choice(DEPTS)} 근무를 명함"])
    else:
        for _ in range(rng.randint(2, 5)):
            kd = rng.choice(kinds)
            d.t(f"○ {kd}\n  {rng.choice(DEPTS)} {rng.choice(['행정주사', '행정주사보', '지방사회복지주사', '지방행정사무관'])} "); d.person(*ko_name(rng))
            d.t(rng.choice([f"\n  {rng.choice(DEPTS)} 근무를 명함\n", "\n  지방행정사무관에 임함\n", f"\n  육아휴직을 명함 (기간: {kdate(dt)}~)\n", "\n  복직을 명함\n"]))
    d.t("\n"); d.h("date", kdate(dt)); d.t("\n"); d.h("official by office", office_head(ag))
    return d, {"genre": "인사명령"}


def t_personnel_travel(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(["구청", "시청", "교육청"]))
    d.t("국외출장 명령\n\n1. 출장 목적: ", rng.choice(["자매도시 교류 행사 참석", "스마트시티 우수사례 벤치마킹", "국제 세미나 발표"]), "\n2. 출장국: ", rng.choice(["일본 오사카", "베트남 하노이", "독일 베를린", "싱가포르"]), "\n")
    d.t("3. 기간: "); d.h("date", kdate(dt)); d.t(" ~ "); d.h("date", kdate(dt + datetime.timedelta(days=rng.randint(3, 8)))); d.t("\n4. 출장자\n")
    st = rng.choice(["pipe", "tab", "space"])
    if rng.random() < 0.7:
        grid_row(d, rng, st, ["소속", "직급", "성명", "여권번호", "생년월일", "비상연락처"])
    for _ in range(rng.randint(2, 5)):
        b = birth_adult(rng, 1965, 1998)
        grid_row(d, rng, st, [rng.choice(DEPTS), rng.choice(["지방행정사무관", "행정주사", "시의원", "팀장"]), lambda: d.person(*ko_name(rng)),
                              lambda: d.p("KR_PASSPORT", *passport_kr(rng)), lambda b=b: put_dob(d, rng, b, ["dot_padded", "iso", "yymmdd", "dot_spaced"]), lambda: put_phone(d, rng)])
    d.t("5. 소요 경비: "); d.h("amount", amount(rng, 2000000, 30000000)); d.t(" ("); d.h("statute citation", "「공무원 여비 규정」 제16조"); d.t(")\n\n")
    d.h("official by office", office_head(ag))
    return d, {"genre": "인사명령"}


def t_minutes(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    comm = rng.choice(["개인정보보호위원회 실무협의회", "지방보조금심의위원회", "도시계획위원회", "학교운영위원회", "공적심사위원회", "민원조정위원회"])
    d.t(f"{comm} 회의록\n\n□ 일시: "); d.h("date", kdate(dt)); d.t(f" {rng.randint(10, 16)}:00\n□ 장소: ", rng.choice(["본관 3층 소회의실", "별관 대회의실", "영상회의(온라인)"]), "\n")
    members = [ko_name(rng) for _ in range(rng.randint(4, 7))]
    d.t("□ 참석자: ")
    chair = members[0]
    for j, (nm, k) in enumerate(members):
        if j:
            d.t(", ")
        d.person(nm, k); d.t(" 위원장" if j == 0 else (" 위원" if rng.random() < 0.6 else ""))
    d.t(f" (총 {len(members)}명)\n□ 간사: ", rng.choice(DEPTS), " "); sec = ko_name(rng); d.person(*sec); d.t(" ", official(rng), "\n\n")
    d.t("1. 개회 및 성원 보고\n  ○ 간사 "); d.person(*sec); d.t(": 재적위원 ", str(len(members) + 2), "명 중 ", str(len(members)), "명 참석으로 성원되었음을 보고드립니다.\n\n")
    d.t("2. 안건 심의\n")
    for _ in range(rng.randint(2, 4)):
        nm, k = rng.choice(members)
        form = rng.random()
        if form < 0.4:
            d.t("  ○ "); d.person(nm, k); d.t(" 위원: ")
        elif form < 0.7:
            d.t("  "); d.person(nm, k); d.t(" : ")
        else:
            d.t("  ○ 위원장("); d.person(*chair); d.t("): ")
        d.t(rng.choice(["원안대로 의결하는 것이 타당하다고 봅니다.", "지원 한도를 "]))
        if d.buf[-1].endswith("한도를 "):
            d.h("amount", amount(rng, 1000000, 50000000)); d.t("으로 조정할 것을 제안합니다.")
        d.t("\n")
    if rng.random() < 0.5:
        d.t("  ○ 민원인 "); d.h("placeholder person", rng.choice(["김○○", "이○○", "박○○"])); d.t(" 씨의 이의신청("); d.h("receipt number", receipt_no(rng)); d.t(")은 보류함.\n")
    d.t("\n3. 의결 결과: 원안 가결 (찬성 ", str(len(members) - 1), ", 반대 1)\n\n위원장 "); sign_name(d, rng, *chair, 0.4); d.t(" (서명)")
    return d, {"genre": "회의록"}


def t_minutes_nopii(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t(rng.choice(["정책자문위원회", "예산협의회", "안전점검 협의체"]), " 회의 결과 (요약)\n\n일시: "); d.h("date", kdate(dt)); d.t("\n참석: ")
    offices = [rng.choice(["기획조정실장", "복지국장", "안전총괄과장", "정보화담당관", "감사관", "시민소통과장", "교육장"]) for _ in range(3)]
    for j, o in enumerate(dict.fromkeys(offices)):
        if j:
            d.t(", ")
        d.h("official by office", o)
    d.t(", 외부위원 "); d.h("placeholder person", rng.choice(["A위원", "B위원"])); d.t("\n\n주요 논의\n- "); d.h("statute citation", rng.choice(STATUTES))
    d.t(" 개정에 따른 후속 조치 검토\n- 내년도 예산 "); d.h("amount", amount(rng, 100000000, 9000000000)); d.t(" 편성안 보고\n- ")
    w = name_like_word(rng); d.h(w[0], w[1]); d.t(" 관련 민원 처리 현황 공유 (관련 문서 "); d.h("document number", doc_no(rng)); d.t(")\n")
    d.t("\n문의: "); hn_switch(d, rng, agency(rng))
    return d, {"genre": "회의록", "no_pii": True}


def t_press_release(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(["구청", "시청", "교육청", "경찰서", "소방서"]))
    d.t("보도자료\n보도 일시: "); d.h("date", kdate(dt)); d.t(f" {rng.choice(['06:00', '12:00', '즉시'])}\n\n")
    topic = rng.choice(["어르신 무료 건강검진 확대", "청년 창업 공간 개소", "겨울철 화재 예방 캠페인", "전세사기 피해자 지원센터 운영", "스쿨존 안전 강화"])
    d.t(f"{ag['name']}, {topic}\n- {rng.choice(['내년부터', '이달부터', '올해 하반기부터'])} 본격 시행 -\n\n")
    head_nm, hk = ko_name(rng)
    htitle = {"구청": "구청장", "시청": "시장", "교육청": "교육장", "경찰서": "서장", "소방서": "서장"}[ag["kind"]]
    d.t(ag["name"], "(", htitle, " "); d.person(head_nm, hk); d.t(")은 ")
    d.h("date", kdate(dt - datetime.timedelta(days=1), "korean")); d.t(f" {topic} 계획을 발표했다고 밝혔다.\n")
    d.t("이번 사업에는 총 "); d.h("amount", amount(rng, 100000000, 5000000000)); d.t("이 투입된다.\n")
    d.person(head_nm, hk); d.t(" ", htitle, "은 \"", rng.choice(["주민 누구나 체감할 수 있도록 꼼꼼히 챙기겠다", "현장의 목소리를 듣고 보완하겠다"]), "\"고 말했다.\n")
    if rng.random() < 0.6:
        cit, ck = ko_name(rng); age = rng.randint(25, 80)
        d.t("시범 운영에 참여한 주민 "); d.person(cit, ck); d.t(f"({age}) 씨는 \"", rng.choice(["절차가 간편해져 좋았다", "이웃에게도 권하고 싶다"]), "\"고 전했다.\n")
    d.t("\n자세한 내용은 ", ag["name"], " 누리집("); d.h("institution website", ag["site"]); d.t(") 또는 "); hn_switch(d, rng, ag); d.t("로 문의하면 된다.\n\n")
    d.t("담당 부서: ", rng.choice(DEPTS), "\n")
    rn, rk = ko_name(rng); cn, ck2 = ko_name(rng)
    fmt = rng.random()
    if fmt < 0.5:
        d.t("책임자  과장  "); d.person(rn, rk); d.t("  ("); put_phone(d, rng, "landline", ag["area"]); d.t(")\n담당자  주무관  "); d.person(cn, ck2); d.t("  ("); put_phone(d, rng, "landline", ag["area"]); d.t(")")
    else:
        grid_row(d, rng, "pipe", ["책임자", "과장", lambda: d.person(rn, rk), lambda: put_phone(d, rng, "landline", ag["area"])])
        grid_row(d, rng, "pipe", ["담당자", "주무관", lambda: d.person(cn, ck2), lambda: put_phone(d, rng, "landline", ag["area"])])
    return d, {"genre": "보도자료"}


def t_news(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    rep, rk = ko_name(rng)
    place = rng.choice(SIDO)[0]
    event = rng.choice(["fraud", "fire", "award", "lawsuit"])
    d.t({"fraud": "보이스피싱 수거책 잇따라 검거", "fire": "주택 화재로 일가족 대피", "award": "30년 무료 급식 봉사 주민에 표창", "lawsuit": "법원, 공무원 징계 취소 판결"}[event], "\n\n")
    d.t(f"[{rng.choice(['한빛일보', '새솔신문', '가람뉴스'])}] "); d.person(rep, rk); d.t(" 기자 = ")
    if event == "fraud":
        d.t(place, " 한 경찰서는 "); d.h("date", kdate(dt, "korean")); d.t(" 보이스피싱 조직의 현금 수거책 ")
        d.h("placeholder person", rng.choice(["A(24)씨", "B(31)씨", "김모(28)씨"])); d.t("를 사기 혐의로 구속했다고 밝혔다.\n")
        d.t("피해자 "); vn, vk = ko_name(rng); d.person(vn, vk); d.t(f"({rng.randint(60, 85)}) 씨는 \"검찰이라며 돈을 찾아두라고 했다\"고 말했다. 피해액은 "); d.h("amount", amount(rng, 5000000, 90000000)); d.t("에 이른다.\n")
    elif event == "fire":
        d.t(place, " "); d.h("name-like place", rng.choice(["김포", "이천", "정선", "남원"])); d.t(" 일대 단독주택에서 불이 나 주민 3명이 대피했다.\n")
        d.t("최초 신고자 "); vn, vk = ko_name(rng); d.person(vn, vk); d.t(f"({rng.randint(30, 70)}) 씨는 \"연기가 심해 바로 119에 신고했다\"고 전했다.\n")
    elif event == "award":
        vn, vk = ko_name(rng); d.t(place, " 한 구청은 30년간 무료 급식 봉사를 이어온 "); d.person(vn, vk); d.t(f"({rng.randint(60, 85)}) 씨에게 모범구민 표창을 수여했다.\n")
        d.person(vn, vk); d.t(" 씨는 \"", "함께한 이웃들 덕분\"이라고 소감을 밝혔다.\n")
    else:
        d.t("법원은 "); d.h("case number", case_no(rng)); d.t(" 사건에서 원고 "); d.h("placeholder person", rng.choice(["A씨", "B씨", "정 모 씨"])); d.t("의 청구를 받아들였다.\n")
        d.t("재판부(재판장 "); jn, jk = ko_name(rng); d.person(jn, jk); d.t(")는 \"징계 사유가 충분히 소명되지 않았다\"고 판단했다.\n")
    d.t("\n"); d.person(rep, rk); d.t(" 기자 "); put_email(d, rng, rep, rng.choice(["hanbitnews.co.kr", "saesol.kr", "garamnews.com"]), "email_reporter")
    return d, {"genre": "뉴스 기사"}


def t_news_nopii(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t(rng.choice(["개인정보 유출 신고 전년보다 늘어", "주민등록번호 변경 신청 급증", "외국인 주민 250만 명 넘어"]), "\n\n")
    d.h("official by office", rng.choice(MINISTRIES) + "는"); d.t(" "); d.h("date", kdate(dt, "korean")); d.t(" 발표한 자료에서 관련 건수가 ", str(rng.randint(1000, 90000)), "건이라고 밝혔다.\n")
    d.h("official by office", rng.choice(["개인정보보호위원장", "행정안전부 장관", "법무부 차관"])); d.t("은 \"제도 개선을 서두르겠다\"고 말했다.\n")
    d.t("과징금은 최대 "); d.h("amount", amount(rng, 100000000, 5000000000)); d.t("까지 부과될 수 있다("); d.h("statute citation", rng.choice(STATUTES)); d.t(").\n")
    d.t("피해 상담은 "); hn_switch(d, rng); d.t("에서 받을 수 있다. 한 피해자 "); d.h("placeholder person", rng.choice(["A씨", "이모(43)씨", "정 모 씨"])); d.t("는 불안을 호소했다.")
    return d, {"genre": "뉴스 기사", "no_pii": True}


# ---------------------------------------------------------------------------
# templates, part C: judgments, audits, police/fire/hospital/school/welfare/immigration,
# chats, calls, logs, disclosure, traffic, tax, payments, insurance, business filings
# ---------------------------------------------------------------------------
def t_judgment(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    court = rng.choice(["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원 동부지원", "광주지방법원 순천지원"])
    yr = dt.year - rng.randint(0, 1)
    d.t(court, "\n판    결\n\n사    건  "); d.h("case number", rng.choice([f"{yr}가단{rng.randint(1000, 99999)}", f"{yr}가합{rng.randint(1000, 99999)}", f"{yr}가소{rng.randint(10000, 999999)}"])); d.t(" ", rng.choice(["손해배상(기)", "대여금", "부당이득금", "임대차보증금 반환"]), "\n")
    pn, pk = ko_name(rng)
    d.t("원    고  "); d.person(pn, pk); d.t("\n          "); put_addr(d, rng, 0.0, 0.5)
    if rng.random() < 0.3:
        d.t("\n          주민등록번호 "); d.p("KR_RRN", *rrn(rng, kind="masked"))
    d.t("\n          소송대리인 변호사 "); d.person(*ko_name(rng)); d.t("\n")
    corp = rng.random() < 0.45
    d.t("피    고  ")
    if corp:
        co = company(rng); d.h("company name", co); d.t("\n          "); put_addr(d, rng, 0.0, 0.5); d.t("\n          대표이사 "); dn, dk = ko_name(rng); d.person(dn, dk)
        if rng.random() < 0.6:
            d.t("\n          법인등록번호 "); d.p("KR_CRN", *crn(rng))
    else:
        dn, dk = ko_name(rng); d.person(dn, dk); b = birth_adult(rng, 1950, 1998)
        d.t(rng.choice([" (", "\n          ("])); put_dob(d, rng, b, ["dot_spaced", "korean", "dot_padded"]); d.t("생)\n          "); put_addr(d, rng, 0.0, 0.5)
    d.t("\n\n변 론 종 결  "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(14, 40)))); d.t("\n판 결 선 고  "); d.h("date", kdate(dt)); d.t("\n\n주    문\n")
    d.t("1. 피고는 원고에게 "); d.h("amount", amount(rng, 3000000, 300000000).replace("금 ", "")); d.t(" 및 이에 대하여 "); d.h("date", kdate(dt - datetime.timedelta(days=300)))
    d.t("부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이    유\n")
    d.t("1. 인정 사실\n  원고는 피고에게 "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(400, 900)), "korean")); d.t(" 원고 명의의 ")
    put_acct(d, rng); d.t(" 계좌에서 피고 명의 계좌로 돈을 송금하였다.\n")
    d.t("2. 판단\n  "); d.h("statute citation", rng.choice(["「민법」 제598조", "「민법」 제741조", "「주택임대차보호법」 제3조의2", "「민법」 제750조"])); d.t("에 따라 피고는 원고에게 위 돈을 반환할 의무가 있다.\n")
    if rng.random() < 0.4:
        d.t("  증인 "); d.person(*ko_name(rng)); d.t("의 증언은 믿기 어렵다. 참고인 "); d.h("placeholder person", rng.choice(["갑", "김○○", "A"])); d.t("의 진술도 같다.\n")
    d.t("\n판사  "); sign_name(d, rng, *ko_name(rng), 0.3)
    return d, {"genre": "판결문·결정문"}


def t_admin_decision(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    kind = rng.choice(["행정심판", "조세심판", "정보공개심의"])
    d.t({"행정심판": "○○행정심판위원회\n재    결", "조세심판": "조세심판원\n결  정  서", "정보공개심의": "정보공개심의회\n심 의 결 과"}[kind], "\n\n")
    d.t("사 건 번 호  "); d.h("case number", case_no(rng, dt.year)); d.t("\n")
    cn, ck = ko_name(rng)
    d.t("청  구  인  "); d.person(cn, ck); d.t("\n            "); put_addr(d, rng, 0.0, 0.5); d.t("\n")
    if rng.random() < 0.5:
        d.t("            (대리인 세무사 "); d.person(*ko_name(rng)); d.t(", 전화 "); put_phone(d, rng, "landline"); d.t(")\n")
    d.t("피청구인(처분청)  "); d.h("official by office", rng.choice(["마포구청장", "수원시장", "세무서장", "경찰서장", "국세청장", "출입국·외국인사무소장"])); d.t("\n\n")
    d.t("주    문  청구인의 청구를 ", rng.choice(["기각한다.", "인용한다.", "각하한다."]), "\n\n청구 취지  피청구인이 "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(100, 400)))); d.t(" 청구인에게 한 ")
    d.t(rng.choice(["영업정지 1개월 처분", "과징금 부과 처분", "운전면허 취소 처분", "정보 비공개 결정"]), "을 취소한다.\n\n이    유\n  ")
    if rng.random() < 0.5:
        d.t("청구인은 "); d.h("date", kdate(dt - datetime.timedelta(days=500), "korean")); d.t(" 혈중알코올농도 0.0", str(rng.randint(31, 99)), "% 상태로 ")
        d.p("KR_VEHICLE_PLATE", *plate(rng)); d.t(" 차량을 운전하였다는 이유로 운전면허("); d.p("KR_DRIVER_LICENSE", *driver_license(rng)); d.t(")가 취소되었다.\n  ")
    d.h("statute citation", rng.choice(STATUTES)); d.t("의 취지에 비추어 처분은 ", rng.choice(["적법하다.", "재량권을 일탈·남용하였다."]), "\n\n")
    d.h("date", kdate(dt)); d.t("\n위원장 "); d.person(*ko_name(rng)); d.t("  위원 "); d.person(*ko_name(rng)); d.t("  위원 "); d.person(*ko_name(rng))
    return d, {"genre": "판결문·결정문"}


def t_audit_report(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(ADMIN_KINDS))
    d.t(rng.choice(["개인정보 처리 실태 특정감사 결과", "복지급여 부정수급 감사 결과 보고", "민원 처리 적정성 감사 결과"]), "\n\n1. 감사 개요\n  ○ 감사 기간: ")
    d.h("date", kdate(dt - datetime.timedelta(days=20))); d.t(" ~ "); d.h("date", kdate(dt - datetime.timedelta(days=10))); d.t("\n  ○ 감사 대상: ", ag["name"], " ", rng.choice(DEPTS), "\n\n2. 지적 사항\n")
    d.t("  가. 개인정보 무단 조회\n    ")
    on, ok = ko_name(rng)
    d.t(rng.choice(DEPTS), " ", official(rng), " "); d.person(on, ok); d.t("은(는) ")
    d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(60, 200)), "korean")); d.t("부터 총 ", str(rng.randint(12, 300)), "회에 걸쳐 업무와 무관하게 ")
    vn, vk = ko_name(rng); d.person(vn, vk); d.t("(")
    d.p("KR_RRN", *rrn(rng, kind=rng.choice(["masked", "valid"]))); d.t(")의 주민등록 정보를 조회하였다.\n")
    d.t("    접속 기록상 IP는 "); d.p("IP_ADDRESS", *ipaddr(rng, "priv")); d.t(", ")
    d.p("IP_ADDRESS", *ipaddr(rng, rng.choice(["pub", "priv"]))); d.t("이며 사용자 ID는 "); d.h("system user id", f"u{rng.randint(10000, 99999)}"); d.t("이다.\n")
    d.t("  나. 급여 부당 지급\n    수급자 "); d.h("placeholder person", rng.choice(["갑", "A", "김○○"])); d.t("에게 소득 재산 조사 없이 "); d.h("amount", amount(rng, 1000000, 30000000)); d.t("을 지급하였다.\n")
    if rng.random() < 0.5:
        d.t("    해당 급여는 "); put_acct(d, rng); d.t(" 계좌(예금주 "); xn, xk = ko_name(rng); d.person(xn, xk); d.t(")로 입금되었다.\n")
    d.t("\n3. 조치 사항\n  ○ "); d.person(on, ok); d.t(": ", rng.choice(["경징계", "중징계", "훈계"]), " 요구 ("); d.h("statute citation", "「지방공무원법」 제72조"); d.t(")\n  ○ ", ag["name"], ": 기관 주의\n\n")
    d.t("작성: "); d.h("official by office", "감사관"); d.t(" / 감사담당 "); d.person(*ko_name(rng)); d.t(" ("); put_phone(d, rng, "landline", ag["area"]); d.t(")")
    return d, {"genre": "감사·징계 보고서"}


def t_discipline(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t("징 계 의 결 서\n\n")
    nm, k = ko_name(rng); b = birth_adult(rng, 1965, 1998)
    st = rng.choice(["pipe", "tab", "space"])
    grid_row(d, rng, st, ["소속", rng.choice(DEPTS), "직위(직급)", rng.choice(["행정6급", "지방행정주사보", "소방위", "경사", "교사"]), "성명", lambda: d.person(nm, k)])
    if rng.random() < 0.5:
        grid_row(d, rng, st, ["생년월일", lambda: put_dob(d, rng, b)])
    else:
        grid_row(d, rng, st, ["주민등록번호", lambda: d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "masked"])))])
    d.t("의결 주문: ", rng.choice(["정직 1월", "감봉 3월", "견책", "강등"]), "\n\n이유\n  혐의자는 ")
    d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(60, 200)), "korean")); d.t(f" 혈중알코올농도 0.{rng.randint(31, 180):03d}% 상태로 자신 소유의 ")
    d.p("KR_VEHICLE_PLATE", *plate(rng)); d.t(" 승용차를 약 ", str(rng.randint(1, 9)), "km 운전하였고, 이로 인해 운전면허(")
    d.p("KR_DRIVER_LICENSE", *driver_license(rng)); d.t(")가 ", rng.choice(["취소", "정지"]), "되었다.\n  이는 "); d.h("statute citation", "「지방공무원법」 제55조"); d.t("의 품위유지 의무를 위반한 것이다.\n\n")
    d.h("date", kdate(dt)); d.t("\n"); d.h("official by office", rng.choice(["인사위원회 위원장", "보통징계위원회 위원장", "교육공무원 징계위원회 위원장"])); d.t(" (직인)")
    return d, {"genre": "감사·징계 보고서"}


def t_police_report(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "경찰서")
    d.t(ag["name"], "\n", rng.choice(["사건 발생 보고", "피의자 인적사항", "범죄인지보고"]), "\n\n접수번호: "); d.h("receipt number", receipt_no(rng)); d.t("\n죄명: ", rng.choice(["사기", "절도", "도로교통법위반(음주운전)", "컴퓨터등사용사기", "교통사고처리특례법위반"]), "\n\n")
    nm, k = pick_name(rng, 0.15); b = birth_adult(rng, 1955, 2006)
    foreign = k.startswith("person_foreign")
    d.t("피의자  "); d.person(nm, k); d.t(f" ({age_on(b, dt)}세)\n  ")
    if foreign:
        d.t("외국인등록번호 "); d.p("KR_FRN", *frn(rng, b)); d.t("\n  여권번호 "); d.p("KR_PASSPORT", *passport_foreign(rng, rng.choice(NATIONS)))
    else:
        d.t("주민등록번호 "); d.p("KR_RRN", *rrn(rng, b))
    d.t("\n  주거 "); put_addr(d, rng, 0.0, 0.4); d.t("\n  직업 ", rng.choice(["무직", "회사원", "배달원", "자영업"]), "  연락처 "); put_phone(d, rng); d.t("\n\n")
    d.t("범죄 사실\n  피의자는 "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(1, 30)), "korean")); d.t(f" {rng.randint(0, 23)}:{rng.randint(0, 59):02d}경 ")
    ev = rng.choice(["car", "card", "phish"])
    if ev == "car":
        d.p("KR_VEHICLE_PLATE", *plate(rng)); d.t(" 차량을 운전하던 중 단속되었다. 운전면허번호 "); d.p("KR_DRIVER_LICENSE", *driver_license(rng)); d.t(".\n")
    elif ev == "card":
        vn, vk = ko_name(rng)
        d.t("피해자 "); d.person(vn, vk); d.t(" 명의의 신용카드("); put_card(d, rng, masked=rng.random() < 0.4); d.t(")를 습득하여 편의점 등에서 "); d.h("amount", amount(rng, 10000, 2000000)); d.t("을 결제하였다.\n")
    else:
        vn, vk = ko_name(rng)
        d.t("피해자 "); d.person(vn, vk); d.t("에게 문자메시지를 보내 "); put_acct(d, rng); d.t(" 계좌로 "); d.h("amount", amount(rng, 1000000, 50000000)); d.t("을 이체받았다. 발신 IP "); d.p("IP_ADDRESS", *ipaddr(rng, rng.choice(["pub", "v6"]))); d.t(".\n")
    d.t("\n작성자  "); d.h("official by office", rng.choice(["수사과장", "교통조사계장", "형사팀장"])); d.t(" / 담당 경사 "); d.person(*ko_name(rng)); d.t(" ("); put_phone(d, rng, "landline", ag["area"]); d.t(")\n")
    d.t("신고 접수: "); d.h("institution short code", "112")
    return d, {"genre": "경찰 기록"}


def t_fire_report(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "소방서")
    d.t(ag["name"], " ", rng.choice(["구급활동일지", "화재현장 조사서", "119 신고 접수 기록"]), "\n\n출동 일시: "); d.h("date", kdate(dt, "iso")); d.t(f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n")
    d.t("신고 전화: "); put_phone(d, rng, rng.choice(["mobile", "mobile", "landline"])); d.t(" (신고자 "); sn, sk = ko_name(rng); d.person(sn, sk); d.t(")\n")
    d.t("발생 장소: "); put_addr(d, rng, 0.0, 0.6); d.t("\n")
    pn, pk = pick_name(rng, 0.08); b = birth_adult(rng, 1935, 2010)
    d.t("환자 정보: "); d.person(pn, pk); d.t(f" / {rng.choice(['남', '여'])} / ")
    if rng.random() < 0.5:
        put_dob(d, rng, b); d.t("생")
    else:
        d.t(f"{age_on(b, dt)}세")
    d.t("\n주 증상: ", rng.choice(["연기 흡입", "호흡곤란", "낙상에 의한 두부 손상", "흉통"]), "\n이송 병원: ", rng.choice(AREA_NAMES), "의료원 응급실\n")
    if rng.random() < 0.5:
        d.t("관계인 차량: "); d.p("KR_VEHICLE_PLATE", *plate(rng)); d.t(" (현장 주차, 소유자 "); on, okk = ko_name(rng); d.person(on, okk); d.t(")\n")
    d.t("출동 대원: ")
    for j in range(rng.randint(2, 4)):
        if j:
            d.t(", ")
        d.t(rng.choice(["소방장 ", "소방교 ", "소방사 ", ""])); d.person(*ko_name(rng))
    d.t("\n재산 피해 추정액: "); d.h("amount", amount(rng, 100000, 90000000)); d.t("\n관련 규정: "); d.h("statute citation", "「소방기본법」 제16조"); d.t(" / 상황실 "); d.h("institution short code", "119")
    return d, {"genre": "소방 기록"}


def t_hospital_record(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "병원")
    d.t(ag["name"], " ", rng.choice(["진료비 영수증 재발급 신청", "입원 약정서", "외래 진료 기록지", "의료급여 의뢰서"]), "\n\n등록번호: "); d.h("chart number", f"{rng.randint(10000000, 99999999)}"); d.t("\n")
    nm, k = pick_name(rng, 0.1); b = birth_adult(rng, 1935, 2024)
    foreign = k.startswith("person_foreign")
    d.t("환자명: "); d.person(nm, k); d.t("   생년월일: "); put_dob(d, rng, b); d.t(f"   ({rng.choice(['M', 'F'])}/{age_on(b, dt)})\n")
    if foreign:
        d.t("외국인등록번호: "); d.p("KR_FRN", *frn(rng, b if b.year > 1960 and b < datetime.date(2020, 1, 1) else None)); d.t("\n")
    elif b >= datetime.date(2020, 10, 5) and rng.random() < 0.8:
        d.t("주민등록번호: "); d.p("KR_RRN", *rrn(rng, b, kind="post2020")); d.t("\n")
    elif rng.random() < 0.5:
        d.t("주민등록번호: "); d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "masked"])) if b < datetime.date(2020, 10, 1) else rrn(rng, b, kind="post2020")); d.t("\n")
    d.t(rng.choice(["건강보험증번호: ", "건강보험 증번호 ", "보험증번호: "])); d.p("KR_HEALTH_INSURANCE", *health_ins(rng)); d.t("   보험유형: ", rng.choice(["건강보험", "의료급여 1종", "의료급여 2종"]), "\n")
    d.t("주소: "); put_addr(d, rng, 0.3, 0.4); d.t("\n연락처: "); put_phone(d, rng); d.t("\n")
    if age_on(b, dt) < 19 or rng.random() < 0.4:
        gn, gk = ko_name(rng)
        d.t("보호자: "); d.person(gn, gk); d.t(" (", rng.choice(["부", "모", "배우자", "자녀"]), ") "); put_phone(d, rng); d.t("\n")
        if rng.random() < 0.5:
            d.t("보호자 건강보험증번호: "); d.p("KR_HEALTH_INSURANCE", *health_ins(rng)); d.t("\n")
    d.t("진료과: ", rng.choice(["내과", "소아청소년과", "정형외과", "응급의학과"]), "  주치의: "); d.person(*ko_name(rng)); d.t("\n")
    d.t("진료비 총액: "); d.h("amount", amount(rng, 10000, 5000000)); d.t("  (원무과 "); hn_switch(d, rng, ag); d.t(")")
    return d, {"genre": "병원 기록"}


def t_school_record(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "학교")
    d.t(ag["name"], " ", rng.choice(["학생 상담 기록부", "학교폭력 사안 조사 보고서", "교육급여 신청 확인서", "현장체험학습 신청서"]), "\n\n")
    sn, sk = pick_name(rng, 0.08); b = rand_date(rng, 2008, 2019)
    d.t("학번: "); d.h("student number", f"{rng.randint(1, 6)}{rng.randint(1, 9):02d}{rng.randint(1, 35):02d}"); d.t("   성명: "); d.person(sn, sk); d.t("   생년월일: "); put_dob(d, rng, b); d.t("\n")
    gn, gk = ko_name(rng)
    foreign_parent = rng.random() < 0.25
    rel = rng.choice(["모", "부", "조모"])
    d.t("보호자: ")
    if foreign_parent:
        lat, han, nat = foreign_name(rng); d.p("PERSON", han, "person_foreign_hangul"); d.t(f" ({nat}, 외국인등록번호 "); d.p("KR_FRN", *frn(rng, female=rel != "부")); d.t(")")
    else:
        d.person(gn, gk)
    d.t("  관계: ", rel, "  연락처: "); put_phone(d, rng); d.t("\n주소: "); put_addr(d, rng, 0.2, 0.5); d.t("\n\n")
    d.t("상담 내용\n  "); d.h("date", kdate(dt, "dot")); d.t(" 담임교사 "); tn, tk = ko_name(rng); d.person(tn, tk); d.t("이(가) 학생과 면담함. ")
    d.t(rng.choice(["교우 관계 어려움 호소, 위클래스 연계.", "결석 잦음. 보호자와 통화하여 가정 방문 일정 협의.", "급식비 지원 필요. 교육급여 신청 안내."]), "\n")
    if rng.random() < 0.5:
        d.t("  관련 학생: "); d.h("placeholder person", rng.choice(["A학생", "B학생", "김○○"])); d.t(", "); on, okk = ko_name(rng); d.person(on, okk); d.t("(같은 반)\n")
    d.t("\n담임 "); sign_name(d, rng, tn, tk, 0.3); d.t("  (교무실 "); put_phone(d, rng, "landline", ag["area"]); d.t(")  / 행정실 "); d.h("institution switchboard", ag["switch"])
    return d, {"genre": "학교 기록"}


def t_welfare_case(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "주민센터")
    d.t(ag["name"], " 맞춤형복지팀\n", rng.choice(["사례관리 상담 기록", "긴급지원 현장 확인서", "통합조사 결과"]), "\n\n")
    nm, k = ko_name(rng); b = birth_adult(rng, 1938, 1995)
    d.t("대상자: "); d.person(nm, k); d.t(" (")
    d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "masked", "masked"]))); d.t(")\n주소: "); put_addr(d, rng, 0.0, 0.6); d.t("\n연락처: "); put_phone(d, rng, rng.choice(["mobile", "landline"])); d.t("\n")
    d.t("건강보험: "); d.p("KR_HEALTH_INSURANCE", *health_ins(rng)); d.t(" (", rng.choice(["지역가입자", "직장피부양자"]), ")\n\n가구원\n")
    rels = rng.sample(["자녀", "손자", "손녀", "배우자", "모", "자녀"], rng.randint(1, 3))
    for rel in rels:
        fn, fk = ko_name(rng)
        child = rel in ("자녀", "손자", "손녀")
        d.t("  - ", rel, " "); d.person(fn, fk); d.t(" ")
        if child:
            cb = birth_child_post2020(rng) if rng.random() < 0.6 else rand_date(rng, 2008, 2019)
            if cb >= datetime.date(2020, 10, 1):
                d.p("KR_RRN", *rrn(rng, cb, kind="post2020"))
            else:
                put_dob(d, rng, cb)
        else:
            put_dob(d, rng, birth_adult(rng, 1938, 1990))
        d.t("\n")
    d.t("\n상담 내용: ", rng.choice(["실직 후 월세 3개월 체납. 긴급생계지원 신청.", "고독사 위험군. 주 1회 안부 확인 연계.", "장애인 활동지원 등급 재판정 필요."]), "\n")
    d.t("지원 결정: "); d.h("amount", amount(rng, 300000, 2000000)); d.t(" ("); d.h("statute citation", "「긴급복지지원법」 제9조"); d.t(")\n입금 계좌: "); put_acct(d, rng); d.t(" (예금주 본인)\n")
    d.t("상담자: 맞춤형복지팀 "); d.person(*ko_name(rng)); d.t(" 주무관  / 복지위기 알림 "); d.h("institution short code", "129")
    return d, {"genre": "복지 상담기록"}


def t_immigration_record(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "출입국")
    d.t(ag["name"], " ", rng.choice(["체류자격 변경 심사 메모", "외국인 동향 조사 결과", "보호 일시해제 결정 통지", "사증발급인정 심사 기록"]), "\n\n")
    fp = foreign_parts(rng); b = birth_adult(rng, 1965, 2005)
    st = rng.choice(["kv", "pipe", "prose"])
    if st == "prose":
        d.t(fp["nation"], " 국적의 "); d.p("PERSON", fp["hangul"], "person_foreign_hangul"); d.t("(")
        d.p("PERSON", fp["latin"], "person_foreign_latin"); d.t(", "); put_dob(d, rng, b, ["dot_spaced", "iso", "en", "korean"]); d.t("생)은 ")
        d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(100, 1500)), "korean")); d.t(" 비전문취업(E-9) 자격으로 입국하였다. 외국인등록번호는 "); d.p("KR_FRN", *frn(rng, b))
        d.t(", 여권번호는 "); d.p("KR_PASSPORT", *passport_foreign(rng, fp["nation"])); d.t("이다.\n")
    else:
        s2 = "pipe" if st == "pipe" else rng.choice(["tab", "space"])
        grid_row(d, rng, s2, ["성명(영문)", lambda: d.p("PERSON", fp["latin"], "person_foreign_latin"), "성명(한글)", lambda: d.p("PERSON", fp["hangul"], "person_foreign_hangul")])
        grid_row(d, rng, s2, ["국적", fp["nation"], "생년월일", lambda: put_dob(d, rng, b, ["iso", "en", "dot_padded", "yyyymmdd"])])
        grid_row(d, rng, s2, ["외국인등록번호", lambda: d.p("KR_FRN", *frn(rng, b, masked=rng.random() < 0.15)), "여권번호", lambda: d.p("KR_PASSPORT", *passport_foreign(rng, fp["nation"]))])
    d.t("체류지: "); put_addr(d, rng, 0.2, 0.5); d.t("\n연락처: "); put_phone(d, rng); d.t("\n")
    d.t("고용주: "); d.h("company name", company(rng)); d.t(" (대표 "); d.person(*ko_name(rng)); d.t(", 사업자등록번호 "); d.p("KR_BRN", *brn(rng)); d.t(")\n")
    if rng.random() < 0.4:
        d.t("신원보증인: "); gn, gk = ko_name(rng); d.person(gn, gk); d.t(" ("); d.p("KR_RRN", *rrn(rng, kind=rng.choice(["valid", "masked"]))); d.t(", "); put_phone(d, rng); d.t(")\n")
    d.t("검토 의견: "); d.h("statute citation", rng.choice(["「출입국관리법」 제24조", "「출입국관리법」 제25조", "「출입국관리법」 제31조"])); d.t("에 따라 ", rng.choice(["허가함이 타당함.", "불허함이 타당함.", "보완 요구."]), "\n")
    d.t("심사관 "); d.person(*ko_name(rng)); d.t(" / 외국인종합안내센터 "); d.h("institution short code", "1345")
    return d, {"genre": "출입국 기록"}


# ---------------------------------------------------------------------------
# templates, part D: chats, calls, logs, disclosure, traffic, tax, payments, insurance, business filings
# ---------------------------------------------------------------------------
def t_chat(rng, ocr=False):
    d = Doc(rng, ocr=ocr, noise=0.03); dt = doc_date(rng)
    a, ak = ko_name(rng); b, bk = ko_name(rng)
    style = rng.choice(["kakao", "bracket", "messenger"])
    d.t(rng.choice(["[업무 메신저 대화 내보내기]", "카카오톡 대화 캡처 (민원인 제출 자료)", "온나라 메신저 대화 기록"]), "\n저장한 날짜 : "); d.h("date", kdate(dt, "iso")); d.t("\n\n")
    lines = [
        (a, ak, "혹시 어제 방문하신 민원인 연락처 받으셨어요?"),
        (b, bk, "네 PHONE 입니다. 본인이 문자로 달라고 하셨어요"),
        (a, ak, "서류는 EMAIL 로 보내달라고 하던데 맞죠?"),
        (b, bk, "맞아요. 환급금은 ACCT 로 넣어달라고 했어요"),
        (a, ak, "주민번호는 RRN 맞는지 한 번만 확인 부탁해요"),
        (b, bk, "확인했습니다ㅎㅎ 차량은 PLATE 이고요"),
        (a, ak, "ㅇㅋ 팀장님(NAME3)께도 공유할게요"),
    ]
    c, ck = ko_name(rng)
    h, m = rng.randint(8, 17), rng.randint(0, 50)
    for who, wk, msg in lines[: rng.randint(4, 7)]:
        m += rng.randint(0, 3)
        if style == "kakao":
            d.t(f"{dt.year}. {dt.month}. {dt.day}. 오{'전' if h < 12 else '후'} {h if h <= 12 else h - 12}:{m % 60:02d}, "); d.person(who, wk); d.t(" : ")
        elif style == "bracket":
            d.t("["); d.person(who, wk); d.t(f"] [{'오전' if h < 12 else '오후'} {h if h <= 12 else h - 12}:{m % 60:02d}] ")
        else:
            d.person(who, wk); d.t(f" ({h:02d}:{m % 60:02d})\n  ")
        parts = re.split(r"(PHONE|EMAIL|ACCT|RRN|PLATE|NAME3)", msg)
        for p_ in parts:
            if p_ == "PHONE":
                put_phone(d, rng, rng.choice(["mobile", "mobile", "070"]))
            elif p_ == "EMAIL":
                put_email(d, rng)
            elif p_ == "ACCT":
                put_acct(d, rng)
            elif p_ == "RRN":
                d.p("KR_RRN", *rrn(rng, kind=rng.choice(["valid", "masked"])))
            elif p_ == "PLATE":
                d.p("KR_VEHICLE_PLATE", *plate(rng))
            elif p_ == "NAME3":
                d.person(c, ck)
            else:
                d.t(p_)
        d.t("\n")
    d.t("\n(※ 대화 중 언급된 "); d.h("placeholder person", rng.choice(["김○○", "홍길동"])); d.t(" 건은 "); d.h("receipt number", receipt_no(rng)); d.t("로 접수됨)")
    return d, {"genre": "채팅·메신저"}


def t_call(rng, ocr=False):
    d = Doc(rng, ocr=ocr, noise=0.03); dt = doc_date(rng)
    ag = agency(rng, rng.choice(["건보", "구청", "세무서", "고용"]))
    cn, ck = ko_name(rng); an, ak = ko_name(rng); b = birth_adult(rng, 1945, 2000)
    d.t(ag["name"], " 상담 녹취록 (통화일시 "); d.h("date", kdate(dt)); d.t(f" {rng.randint(9, 17)}:{rng.randint(0, 59):02d}, 상담번호 "); d.h("receipt number", receipt_no(rng)); d.t(")\n\n")
    d.t("상담사: 네, ", ag["name"], " 상담사 "); d.person(an, ak); d.t("입니다. 무엇을 도와드릴까요?\n")
    d.t("고객: 네, 제가 ", rng.choice(["보험료 환급", "체납 안내문", "실업급여", "자동차세 분할납부"]), " 때문에 전화드렸는데요.\n")
    d.t("상담사: 본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?\n고객: "); d.person(cn, ck); d.t("이고요, ")
    put_dob(d, rng, b, ["korean", "korean_short", "yymmdd", "dot_spaced"]); d.t("이요.\n")
    d.t("상담사: 연락받으실 번호가 ")
    if rng.random() < 0.35:
        d.p("PHONE_NUMBER", *phone_masked(rng))
    else:
        put_phone(d, rng)
    d.t(" 맞으신가요?\n고객: 아뇨, 지금은 "); put_phone(d, rng); d.t(rng.choice(["으로 바뀌었어요.\n", "로 해주세요.\n"]))
    ev = rng.choice(["card", "acct", "addr", "hi"])
    if ev == "card":
        d.t("고객: 카드로 납부하려고요. 카드번호는 "); put_card(d, rng, sep_=rng.choice(["-", " "])); d.t(" 입니다.\n상담사: 유효기간은 말씀하지 않으셔도 됩니다.\n")
    elif ev == "acct":
        d.t("고객: 환급금은 "); put_acct(d, rng); d.t("으로 받을게요.\n")
    elif ev == "addr":
        d.t("고객: 고지서는 "); put_addr(d, rng, 0.0, 0.5); d.t("로 보내주세요.\n")
    else:
        d.t("고객: 건강보험증 번호는 "); d.p("KR_HEALTH_INSURANCE", *health_ins(rng)); d.t("이에요.\n")
    d.t("상담사: 네, 처리해 드렸습니다. 추가 문의는 "); hn_switch(d, rng, ag, ""); d.t("번으로 연락 주세요. 상담사 "); d.person(an, ak); d.t("였습니다.\n")
    d.t("[녹취 보관 기간: 3년, 근거 "); d.h("statute citation", rng.choice(STATUTES)); d.t("]")
    return d, {"genre": "통화 녹취"}


def t_access_log(rng, ocr=False):
    d = Doc(rng, ocr=ocr, noise=0.02); dt = doc_date(rng)
    style = rng.choice(["csv", "syslog", "table"])
    sysname = rng.choice(["행복e음", "새올행정시스템", "지방세정보시스템", "복지로 관리자", "민원24 관리자"])
    d.t(f"[{sysname} 개인정보 접속기록 추출] 기간: "); d.h("date", kdate(dt - datetime.timedelta(days=7), "iso")); d.t(" ~ "); d.h("date", kdate(dt, "iso")); d.t("\n")
    if style == "csv":
        d.t("일시,사용자ID,성명,접속IP,행위,대상\n")
    elif style == "table":
        d.t("| 일시 | 사용자ID | 접속IP | 처리 | 정보주체 |\n")
    users = [(f"u{rng.randint(10000, 99999)}", ko_name(rng)) for _ in range(rng.randint(1, 3))]
    for _ in range(rng.randint(5, 10)):
        uid, (un, uk) = rng.choice(users)
        ts = f"{(dt - datetime.timedelta(days=rng.randint(0, 7))).isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        act = rng.choice(["조회", "출력", "다운로드", "수정", "LOGIN", "LOGOUT"])
        ipk = rng.choice(["priv", "priv", "pub", "pub", "v6"])
        if style == "csv":
            d.h("date", ts); d.t(","); d.h("system user id", uid); d.t(","); d.person(un, uk); d.t(","); d.p("IP_ADDRESS", *ipaddr(rng, ipk)); d.t(f",{act},")
            if act in ("조회", "출력", "수정") and rng.random() < 0.6:
                d.person(*ko_name(rng))
            else:
                d.t("-")
            d.t("\n")
        elif style == "syslog":
            d.h("date", ts); d.t(" srv-app01 auth[", str(rng.randint(1000, 9999)), "]: user="); d.h("system user id", uid); d.t(" src="); d.p("IP_ADDRESS", *ipaddr(rng, ipk))
            d.t(f" action={act}")
            if rng.random() < 0.3:
                d.t(" mail="); put_email(d, rng, un, "korea.kr", "email_official")
            d.t(" agent=Windows NT "); d.h("version number", f"10.0.{rng.randint(19041, 22631)}.{rng.randint(1000, 4000)}"); d.t("\n")
        else:
            d.t("| "); d.h("date", ts); d.t(" | "); d.h("system user id", uid); d.t(" | "); d.p("IP_ADDRESS", *ipaddr(rng, ipk)); d.t(f" | {act} | ")
            if rng.random() < 0.5:
                d.person(*ko_name(rng))
            else:
                d.t("-")
            d.t(" |\n")
    d.t("※ 점검자: "); d.h("official by office", rng.choice(["정보화담당관", "개인정보 보호책임자", "감사관"])); d.t(" / 기준: "); d.h("statute citation", "「개인정보의 안전성 확보조치 기준」 제8조")
    return d, {"genre": "접속 로그"}


def t_info_disclosure(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(ADMIN_KINDS))
    d.t("정보 (부분)공개 결정 통지서\n\n접수번호: "); d.h("receipt number", receipt_no(rng)); d.t("   접수일자: "); d.h("date", kdate(dt - datetime.timedelta(days=9))); d.t("\n")
    nm, k = ko_name(rng)
    if rng.random() < 0.7:
        d.t("청구인: "); d.person(nm, k); d.t("   생년월일: "); put_dob(d, rng, birth_adult(rng)); d.t("\n주소: "); put_addr(d, rng, 0.4, 0.5); d.t("\n전자우편: "); put_email(d, rng, nm); d.t("\n")
        nop = False
    else:
        d.t("청구인: "); d.h("placeholder person", "○○○"); d.t(" (개인정보 보호를 위해 표시하지 않음)\n"); nop = True
    d.t("\n청구 내용: ", rng.choice(["2025년 업무추진비 집행 내역", "○○공원 조성 공사 설계도서", "민원 처리 대장 사본", "위원회 회의록"]), "\n")
    d.t("결정 내용: 부분공개\n비공개 부분 및 사유: 개인의 성명·주민등록번호·계좌번호 ("); d.h("statute citation", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"); d.t(")\n")
    d.t("공개 방법: 전자파일  수수료: "); d.h("amount", amount(rng, 0, 30000).replace("금 ", "") if True else ""); d.t("\n\n")
    d.t("※ 이 결정에 불복하는 경우 "); d.h("date", kdate(dt + datetime.timedelta(days=30))); d.t("까지 이의신청을 할 수 있습니다.\n")
    d.h("official by office", office_head(ag)); d.t("  (담당: ", rng.choice(DEPTS), " ")
    if nop:
        d.t("정보공개 담당 "); hn_switch(d, rng, ag, ""); d.t(")")
    else:
        d.person(*ko_name(rng)); d.t(" "); put_phone(d, rng, "landline", ag["area"]); d.t(")")
    return d, {"genre": "정보공개 결정", "no_pii": nop}


def t_traffic_fine(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(["구청", "시청", "경찰서"]))
    d.t(rng.choice(["과태료 부과 사전통지서", "주정차위반 과태료 고지서", "무인단속 위반사실 통지서"]), "\n\n")
    own = rng.random() < 0.8
    d.t("차량번호: "); d.p("KR_VEHICLE_PLATE", *plate(rng)); d.t("\n소유자: ")
    if own:
        nm, k = ko_name(rng); d.person(nm, k); d.t(" 귀하\n주소: "); put_addr(d, rng, 0.6, 0.6); d.t("\n")
    else:
        co = company(rng); d.h("company name", co); d.t(" (사업자등록번호 "); d.p("KR_BRN", *brn(rng)); d.t(")\n주소: "); put_addr(d, rng, 0.6, 0.2); d.t("\n")
    d.t("위반 일시: "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(5, 40)))); d.t(f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n위반 장소: ", rng.choice(ROAD_STEMS), "로 ", rng.choice(["어린이보호구역", "교차로", "버스정류장"]), " 앞\n")
    d.t("위반 내용: ", rng.choice(["속도위반(20km/h 이하)", "주정차 금지구역 주차", "신호위반"]), " ("); d.h("statute citation", rng.choice(["「도로교통법」 제32조", "「도로교통법」 제17조", "「도로교통법」 제5조"])); d.t(")\n")
    d.t("과태료: "); d.h("amount", amount(rng, 40000, 130000)); d.t("  (의견진술 기한 "); d.h("date", kdate(dt + datetime.timedelta(days=20))); d.t(")\n")
    if own and rng.random() < 0.5:
        d.t("※ 실제 운전자가 다른 경우 운전자 성명·운전면허번호를 적어 제출하십시오.\n  운전자: "); dn, dk = ko_name(rng); d.person(dn, dk); d.t("  면허번호: "); d.p("KR_DRIVER_LICENSE", *driver_license(rng)); d.t("  연락처: "); put_phone(d, rng); d.t("\n")
    d.t("문의: ", rng.choice(["교통행정과", "교통지도과", "주차관리팀", "교통조사계"]), " "); hn_switch(d, rng, ag, ""); d.t(" / 고지서 번호 "); d.h("public-record identifier", f"{rng.randint(1100, 4899)}-{dt.year}-{rng.randint(0, 999999):06d}")
    return d, {"genre": "과태료·교통"}


def t_tax_qa(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t("세무 질의 회신\n\n문서번호: "); d.h("document number", rng.choice([f"서면-{dt.year}-법인-{rng.randint(1000, 9999)}", f"재산세과-{rng.randint(100, 999)}", f"부가{rng.randint(46000, 46099)}-{rng.randint(100, 999)}"]))
    d.t("\n생산일자: "); d.h("date", kdate(dt)); d.t("\n\n[질의]\n  "); d.h("placeholder person", rng.choice(["갑", "A법인", "B사"])); d.t("은(는) ")
    d.h("date", kdate(dt - datetime.timedelta(days=400), "korean")); d.t(" 부동산을 취득하여 "); d.h("placeholder person", "을"); d.t("에게 임대하였는바, 양도 시 "); d.h("statute citation", "「소득세법」 제89조 제1항 제3호"); d.t(" 적용 여부\n\n")
    d.t("[회신]\n  귀 질의의 경우 기존 해석사례("); d.h("document number", f"서면-{dt.year - 2}-부동산-{rng.randint(1000, 9999)}"); d.t(")를 참고하기 바랍니다. 양도가액 "); d.h("amount", amount(rng, 100000000, 3000000000)); d.t("\n")
    leak = rng.random() < 0.4
    if leak:
        d.t("  (첨부 계약서상 매수인: "); d.person(*ko_name(rng)); d.t(", 사업자등록번호 "); d.p("KR_BRN", *brn(rng)); d.t(")\n")
    d.t("\n관련 법령: "); d.h("statute citation", "같은 법 시행령 제154조 제1항"); d.t(" / 국세상담센터 "); d.h("institution short code", "126")
    return d, {"genre": "세무 질의회신", "no_pii": not leak}


def t_card_refund(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, rng.choice(["구청", "시청", "건보"]))
    d.t(rng.choice(["과오납금 환급 신청서", "수수료 카드결제 취소 요청서", "체육시설 이용료 환불 신청서"]), "\n\n")
    nm, k = pick_name(rng, 0.06)
    st = rng.choice(["pipe", "tab", "kv"])
    if st == "kv":
        d.t("신청인: "); d.person(nm, k); d.t("\n연락처: "); put_phone(d, rng); d.t("\n결제 카드: "); put_card(d, rng, masked=rng.random() < 0.5); d.t("\n")
        d.t("결제일: "); d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(1, 60)))); d.t("  승인번호: "); d.h("approval number", f"{rng.randint(10000000, 99999999)}"); d.t("\n")
        d.t("환불 계좌: "); put_acct(d, rng); d.t(" (예금주 "); d.person(nm, k); d.t(")\n")
    else:
        grid_row(d, rng, st, ["성명", lambda: d.person(nm, k), "휴대전화", lambda: put_phone(d, rng)])
        grid_row(d, rng, st, ["카드번호", lambda: put_card(d, rng, masked=rng.random() < 0.5), "승인번호", lambda: d.h("approval number", f"{rng.randint(10000000, 99999999)}")])
        grid_row(d, rng, st, ["환불계좌", lambda: put_acct(d, rng), "예금주", lambda: d.person(nm, k)])
    d.t("환불 금액: "); d.h("amount", amount(rng, 5000, 900000)); d.t("\n사유: ", rng.choice(["중복 결제", "강좌 폐강", "이사로 인한 해지"]), "\n\n")
    d.h("date", kdate(dt)); d.t("  신청인 "); sign_name(d, rng, nm, k, 0.3); d.t(" (서명)\n"); d.h("official by office", office_head(ag)); d.t(" 귀하\n")
    d.t("※ 카드사 문의: "); d.h("institution switchboard", f"{rng.choice(SWITCH_PREFIX)}-{rng.randint(1000, 9999)}")
    return d, {"genre": "신청서"}


def t_hi_report(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t("[별지 제1호서식] 직장가입자 피부양자 자격(취득, 상실) 신고서\n\n")
    co = company(rng)
    d.t("사업장 명칭: "); d.h("company name", co); d.t("   사업장관리번호: "); d.h("public-record identifier", f"{rng.randint(10000000000, 99999999999)}"); d.t("\n")
    nm, k = ko_name(rng); b = birth_adult(rng, 1960, 1998)
    d.t("직장가입자 성명: "); d.person(nm, k); d.t("   주민등록번호: "); d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "valid", "masked"]))); d.t("\n")
    d.t("건강보험증 번호: "); d.p("KR_HEALTH_INSURANCE", *health_ins(rng)); d.t("   전화: "); put_phone(d, rng); d.t("\n\n")
    st = rng.choice(["pipe", "tab", "space"])
    if rng.random() < 0.7:
        grid_row(d, rng, st, ["관계", "성명", "주민등록번호", "증번호", "취득일"])
    for _ in range(rng.randint(1, 4)):
        fn, fk = ko_name(rng); rel = rng.choice(["배우자", "자녀", "부", "모"])
        if rel == "자녀":
            rv = rrn(rng, kind="post2020") if rng.random() < 0.5 else rrn(rng, rand_date(rng, 2005, 2019))
        else:
            rv = rrn(rng, birth_adult(rng, 1940, 1998), kind=rng.choice(["valid", "masked"]))
        grid_row(d, rng, st, [rel, lambda: d.person(fn, fk), lambda: d.p("KR_RRN", *rv), lambda: d.p("KR_HEALTH_INSURANCE", *health_ins(rng)),
                              lambda: d.h("date", kdate(dt, "dotpad"))])
    d.t("\n"); d.h("statute citation", "「국민건강보험법」 제5조"); d.t("에 따라 위와 같이 신고합니다.\n"); d.h("date", kdate(dt, "korean")); d.t("  신고인(사용자) "); d.h("company name", co); d.t(" 대표 ")
    d.person(*ko_name(rng)); d.t(" (인)\n국민건강보험공단 이사장 귀하  / 고객센터 "); d.h("institution switchboard", "1577-1000")
    return d, {"genre": "신고서"}


def t_biz_filing(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "세무서")
    d.t(rng.choice(["사업자등록 정정신고서", "휴업·폐업 신고서", "법인 설립신고 및 사업자등록신청서"]), "\n\n")
    co = company(rng); ceo, ck = ko_name(rng); b = birth_adult(rng, 1955, 1998)
    st = rng.choice(["pipe", "tab", "kv"])
    if st == "kv":
        d.t("상호(법인명): "); d.h("company name", co); d.t("\n사업자등록번호: "); d.p("KR_BRN", *brn(rng)); d.t("\n")
        if rng.random() < 0.7:
            d.t("법인등록번호: "); d.p("KR_CRN", *crn(rng)); d.t("\n")
        d.t("대표자: "); d.person(ceo, ck); d.t("  주민등록번호: "); d.p("KR_RRN", *rrn(rng, b, kind=rng.choice(["valid", "masked"]))); d.t("\n")
        d.t("사업장 소재지: "); put_addr(d, rng, 0.3, 0.3); d.t("\n전화번호: "); put_phone(d, rng, rng.choice(["landline", "070"])); d.t("  휴대전화: "); put_phone(d, rng); d.t("\n전자우편: ")
        put_email(d, rng, ceo, None, "email_company"); d.t("\n")
    else:
        grid_row(d, rng, st, ["상호", lambda: d.h("company name", co), "사업자등록번호", lambda: d.p("KR_BRN", *brn(rng))])
        grid_row(d, rng, st, ["법인등록번호", lambda: d.p("KR_CRN", *crn(rng)), "개업일", lambda: d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(100, 3000)), "dotpad"))])
        grid_row(d, rng, st, ["대표자", lambda: d.person(ceo, ck), "생년월일", lambda: put_dob(d, rng, b)])
        grid_row(d, rng, st, ["사업장", lambda: put_addr(d, rng, 0.0, 0.0), "전화", lambda: put_phone(d, rng, "landline")])
    if rng.random() < 0.5:
        d.t("공동대표: "); d.person(*ko_name(rng)); d.t(" / 주주 "); d.h("placeholder person", rng.choice(["A", "B", "갑"])); d.t(" 외 2인\n")
    d.t("정정 내용: ", rng.choice(["사업장 이전", "업종 추가", "대표자 변경", "폐업"]), "\n"); d.h("date", kdate(dt)); d.t("  신고인 "); sign_name(d, rng, ceo, ck, 0.3); d.t(" (인)\n")
    d.h("official by office", ag["name"] + "장"); d.t(" 귀하  / 국세상담센터 "); d.h("institution short code", "126")
    return d, {"genre": "신고서"}


def t_id_check(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    d.t(rng.choice(["여권 교부 대장", "신분증 확인 대장", "주민등록증 발급 신청 접수 대장", "무인민원발급기 대리발급 확인부"]), " (", rng.choice(DEPTS), ")\n")
    st = rng.choice(["pipe", "tab", "space", "pipe2"])
    hdr = rng.random() < 0.6
    if hdr:
        grid_row(d, rng, st, ["일자", "성명", "신분증", "번호", "연락처", "확인자"])
    for _ in range(rng.randint(4, 8)):
        kind = rng.choice(["주민등록증", "운전면허증", "여권", "외국인등록증", "운전면허증"])
        nm, k = pick_name(rng, 0.25 if kind in ("여권", "외국인등록증") else 0.0)
        if kind == "주민등록증":
            idf = lambda: d.p("KR_RRN", *rrn(rng, kind=rng.choice(["valid", "masked", "masked"])))
        elif kind == "운전면허증":
            idf = lambda: d.p("KR_DRIVER_LICENSE", *driver_license(rng, rng.choice(["code", "name_space", "name_nospace", "plain12", "masked"])))
        elif kind == "여권":
            idf = (lambda: d.p("KR_PASSPORT", *passport_foreign(rng, rng.choice(NATIONS)))) if k.startswith("person_foreign") else (lambda: d.p("KR_PASSPORT", *passport_kr(rng)))
        else:
            idf = lambda: d.p("KR_FRN", *frn(rng, masked=rng.random() < 0.2))
        grid_row(d, rng, st, [lambda: d.h("date", kdate(dt - datetime.timedelta(days=rng.randint(0, 20)), "dotpad")), lambda: d.person(nm, k), kind, idf,
                              lambda: put_phone(d, rng), lambda: d.person(*ko_name(rng))])
    d.t("※ 신분증 사본은 "); d.h("statute citation", "「주민등록법」 제29조 제2항"); d.t("에 따라 보관하지 않음.")
    return d, {"genre": "대장·등록부"}


def t_foreign_workers(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng)
    co = company(rng)
    d.t(rng.choice(["외국인 근로자 고용 현황", "외국인 계절근로자 배정 명단", "외국인 유학생 체류 현황"]), " (")
    d.h("company name", co) if rng.random() < 0.6 else d.t(rng.choice(AREA_NAMES) + "대학교")
    d.t(", "); d.h("date", kdate(dt)); d.t(" 현재)\n")
    st = rng.choice(["pipe", "tab", "space", "pipe2"])
    if rng.random() < 0.65:
        grid_row(d, rng, st, ["연번", "성명", "국적", "외국인등록번호", "여권번호", "체류만료일", "연락처"])
    for i in range(1, rng.randint(4, 8) + 1):
        fp = foreign_parts(rng); b = birth_adult(rng, 1975, 2006)
        nmv, nk = (fp["latin"], "person_foreign_latin") if rng.random() < 0.7 else (fp["hangul"], "person_foreign_hangul")
        grid_row(d, rng, st, [str(i), lambda nmv=nmv, nk=nk: d.person(nmv, nk), fp["nation"], lambda b=b: d.p("KR_FRN", *frn(rng, b, masked=rng.random() < 0.12)),
                              lambda fp=fp: d.p("KR_PASSPORT", *passport_foreign(rng, fp["nation"])), lambda: d.h("date", kdate(dt + datetime.timedelta(days=rng.randint(30, 900)), "iso")),
                              lambda: put_phone(d, rng)])
    d.t("※ 고용허가 근거: "); d.h("statute citation", "「외국인근로자의 고용 등에 관한 법률」 제8조"); d.t(" / 담당 노무사 "); d.person(*ko_name(rng))
    return d, {"genre": "표"}


def t_fraud_report(rng, ocr=False):
    d = Doc(rng, ocr=ocr); dt = doc_date(rng); ag = agency(rng, "경찰서")
    d.t(ag["name"], " 사이버수사팀\n", rng.choice(["전기통신금융사기 피해 신고서", "신용카드 부정사용 피해 진술 요지", "메신저 피싱 피해 접수"]), "\n\n")
    vn, vk = ko_name(rng); b = birth_adult(rng, 1945, 2003)
    d.t("피해자: "); d.person(vn, vk); d.t(" ("); put_dob(d, rng, b, ["dot_spaced", "korean", "dot_padded", "yy_dot", "yymmdd"]); d.t("생) 연락처 "); put_phone(d, rng); d.t("\n")
    d.t("피해 카드:\n")
    for _ in range(rng.randint(1, 3)):
        d.t("  - ", rng.choice(["신한카드", "국민카드", "BC카드", "현대카드", "삼성카드", "NH카드"]), " "); put_card(d, rng, masked=rng.random() < 0.35)
        d.t(" / 부정결제 "); d.h("amount", amount(rng, 10000, 3000000)); d.t("\n")
    d.t("송금 계좌(사기 이용 계좌): "); put_acct(d, rng); d.t(" (예금주 "); sn, sk = ko_name(rng); d.person(sn, sk); d.t(")\n")
    d.t("사기범 사용 번호: "); put_phone(d, rng, rng.choice(["mobile", "070"]))
    if rng.random() < 0.5:
        d.t(", "); put_phone(d, rng, rng.choice(["mobile", "070"]))
    d.t("\n접속 IP: "); d.p("IP_ADDRESS", *ipaddr(rng, rng.choice(["pub", "v6"]))); d.t("\n")
    d.t("지급정지 요청: "); d.h("date", kdate(dt)); d.t(" (금융감독원 "); d.h("institution short code", "1332"); d.t(", 경찰 "); d.h("institution short code", "112"); d.t(")\n")
    d.t("담당: "); d.h("official by office", "사이버수사팀장"); d.t(", 경위 "); d.person(*ko_name(rng))
    return d, {"genre": "경찰 기록"}


# === DRIVER ===================================================================
def shape(v, typ):
    if typ == "PERSON":
        c = v.replace(" ", "").replace("\n", "")
        return "latin" if re.search(r"[A-Za-z]", c) else ("hangul-spaced" if " " in v else "hangul")
    out = []
    for ch in v:
        if ch.isdigit():
            out.append("9")
        elif "가" <= ch <= "힣":
            out.append("가")
        elif ch.isascii() and ch.isalpha():
            out.append("A")
        else:
            out.append(ch)
    s = "".join(out)
    return re.sub(r"가+", "가", s) if typ == "KR_ADDRESS" else s


def finalize(name, i, seed, d, info, ocr_base=None, rng=None):
    text, spans, hns = d.text(), d.spans, d.hns
    meta_extra = {}
    if ocr_base:
        text, spans, hns, cnt = ocr_text_noise(text, spans, hns, rng)
        meta_extra["ocr_text_noise"] = cnt
        info = dict(info); info["wrap"] = rng.choice([None, 30, 36, 42, 48, 56])
    if info.get("wrap"):
        text, spans, hns = hard_wrap(text, spans, hns, info["wrap"])
    mspans = []
    for s in spans:
        m = {"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"], "noise": s["noise"],
             "format": shape(s["value"], s["type"]), "value": s["value"], "base": s["base"]}
        for k in ("full", "bank"):
            if k in s:
                m[k] = s[k]
        mspans.append(m)
    genre = "OCR 스캔" if ocr_base else info["genre"]
    rid = f"ba-{name[2:] if name.startswith('t_') else name}-{i:03d}"
    rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in mspans], "genre": genre}
    meta = {"id": rid, "template": name, "seed": seed, "genre": genre, "handwritten": False, "no_pii": bool(info.get("no_pii")),
            "spans": mspans, "hard_negatives": sorted(hns, key=lambda h: h["start"])}
    if ocr_base:
        meta["base_genre"] = info["genre"]; meta["base_template"] = ocr_base
    for k in ("era", "wrap"):
        if info.get(k):
            meta[k] = info[k]
    meta.update(meta_extra)
    return rec, meta


def make_templated(name, func, i, log):
    for attempt in range(40):
        seed = f"{SEED_PREFIX}|{name}|{i}" + (f"|r{attempt}" if attempt else "")
        rng = random.Random(seed)
        try:
            if name == "t_ocr":
                bname = rng.choice(OCR_BASES)
                d, info = globals()[bname](rng, ocr=True)
                rec, meta = finalize(name, i, seed, d, info, ocr_base=bname, rng=rng)
            else:
                d, info = func(rng)
                rec, meta = finalize(name, i, seed, d, info)
            validate_record(rec, meta)
            return rec, meta
        except DraftError as e:
            log.append(f"{seed}: {e}")
    raise SystemExit(f"template {name} record {i} failed 40 drafts; last errors: {log[-3:]}")


# ---- hand-written records ----------------------------------------------------
GOLD_RE = re.compile(r"⟦([A-Z_]+)(?:~([a-z0-9_]+))?:(.*?)⟧", re.S)
HN_RE = re.compile(r"⟪([^:⟫]+):(.*?)⟫", re.S)
MARK_RE = re.compile(r"⟦([A-Z_]+)(?:~([a-z0-9_]+))?:(.*?)⟧|⟪([^:⟫]+):(.*?)⟫", re.S)


def infer_kind(typ, v):
    n = nnum(v, typ not in ("KR_PASSPORT", "EMAIL_ADDRESS", "KR_ADDRESS", "PERSON"))
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", v):
            return "person_foreign_latin"
        toks = v.split()
        c = "".join(toks)
        if len(toks) > 1 and not is_spaced_korean(v):
            return "person_foreign_hangul"
        if len(c) == 2:
            return "person_ko2_single_given"
        if len(c) == 3:
            return "person_ko3_double_surname" if c[:2] in SURN2 else "person_ko3"
        if len(c) == 4:
            return "person_ko4_double_surname" if c[:2] in SURN2 else "person_ko4_long_given"
        return "person_foreign_hangul"
    if typ == "KR_RRN":
        if re.search(r"[*●Xx○]", n):
            return "rrn_masked"
        d = n.replace("-", "")
        bd = rrn_date(d) if re.fullmatch(r"\d{13}", d) else None
        return "rrn_post2020" if bd and bd >= datetime.date(2020, 10, 1) else "rrn_valid"
    if typ == "KR_FRN":
        return "frn_masked" if re.search(r"[*●Xx○]", n) else "frn_valid"
    if typ == "KR_PASSPORT":
        if re.fullmatch(r"[MSRGDO]\d{8}", n):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGDO]\d{3}[A-Z]\d{4}", n):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "KR_DRIVER_LICENSE":
        if "*" in n:
            return "dl_masked"
        if re.fullmatch(r"\d{12}", n):
            return "dl_plain12"
        if re.match(r"\d", n):
            return "dl_code"
        return "dl_name_space" if re.match(r"[가-힣]+\s", unicodedata.normalize("NFKC", v)) else "dl_name_nospace"
    if typ == "CREDIT_CARD":
        if re.search(r"[*X●]", n):
            return "card_masked"
        d = re.sub(r"\D", "", n)
        return "card_amex" if len(d) == 15 else "card_visa" if d[0] == "4" else "card_master" if d[0] == "5" else "card_bc" if d[:2] == "94" else "card_jcb" if d[:2] == "35" else "card_domestic"
    if typ == "PHONE_NUMBER":
        d = re.sub(r"\D", "", n.replace("+82", "0"))
        if re.search(r"[*X●]", n):
            return "phone_masked"
        if d.startswith("010"):
            return "phone_mobile_intl" if "+82" in n else "phone_mobile"
        if re.match(r"01[16789]", d):
            return "phone_mobile_old"
        if d.startswith("070"):
            return "phone_070"
        return "phone_landline"
    if typ == "EMAIL_ADDRESS":
        return "email_official" if n.endswith("korea.kr") else "email_personal"
    if typ == "KR_ADDRESS":
        return "addr_road" if re.search(r"(로|길)(\d+번길)?\s\d", v.replace("\n", " ")) else "addr_jibun"
    if typ == "DATE_OF_BIRTH":
        s = unicodedata.normalize("NFKC", v)
        if not re.search(r"[A-Z]{3}", s):
            s = "".join(CONF_REV.get(c, c) for c in s)
        if re.fullmatch(r"\d{4}\.\d{1,2}\.\d{1,2}\.?", s) and not re.fullmatch(r"\d{4}\.\d\d\.\d\d\.?", s):
            return "dob_dot_unpadded"
        if "년" in s:
            return "dob_korean" if re.match(r"\d{4}", s) else "dob_korean_short"
        if re.fullmatch(r"\d{4}\. \d{1,2}\. \d{1,2}\.", s):
            return "dob_dot_spaced"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
            return "dob_iso"
        if re.fullmatch(r"\d{4}\.\d\d\.\d\d\.", s):
            return "dob_dot_padded"
        if re.fullmatch(r"\d{4}\.\d\d\.\d\d", s):
            return "dob_dot_nofinal"
        if re.fullmatch(r"\d\d\.\d\d\.\d\d\.?", s):
            return "dob_yy_dot"
        if re.fullmatch(r"\d{6}", s):
            return "dob_yymmdd"
        if re.fullmatch(r"\d{8}", s):
            return "dob_yyyymmdd"
        if "/" in s:
            return "dob_slash"
        if s.startswith("'"):
            return "dob_apostrophe"
        if re.search(r"[A-Za-z]", s):
            return "dob_en"
        return "dob_other"
    if typ == "KR_VEHICLE_PLATE":
        s = unicodedata.normalize("NFKC", v)
        if re.match(r"[가-힣]{2}", s):
            return "plate_commercial" if re.search(r"\d[바사아자]", s) else "plate_region"
        if re.search(r"\d[하허호]", s):
            return "plate_rental"
        if "배" in s:
            return "plate_delivery"
        if " " not in s:
            return "plate_nospace"
        return "plate_3digit" if re.match(r"\d{3}", s) else "plate_2digit"
    if typ == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(n)
            return "ipv6" if ip.version == 6 else ("ipv4_private" if ip.is_private else "ipv4_public")
        except ValueError:
            return "ip_invalid"
    return {"KR_HEALTH_INSURANCE": "hi_11", "KR_BRN": "brn", "KR_CRN": "crn", "KR_BANK_ACCOUNT": "account_hw"}.get(typ, "other")


def infer_noise(typ, v):
    tags = []
    if any(c in v for c in FW.values()):
        tags.append("fullwidth_digits")
    if any(c in v for c in HYPH + ["—"]):
        tags.append("unicode_hyphen")
    if "＠" in v:
        tags.append("fullwidth_at")
    if "\n" in v:
        tags.append("newline_in_number" if typ in NUMERIC_TYPES else "newline_in_value")
    if typ == "PERSON":
        if is_spaced_korean(v) or (len(v.split()) > 1 and len("".join(v.split())) <= 5 and re.fullmatch(r"[가-힣 ]+", v) and len(v.split()[0]) <= 2 and all(len(t) == 1 for t in v.split()[1:])):
            tags.append("spaced_name")
    if typ == "EMAIL_ADDRESS" and re.search(r"\s", v):
        tags.append("space_in_email")
    if typ == "DATE_OF_BIRTH" and re.search(r"\d", v) and re.search(r"(?<![A-Za-z])[OolI](?![A-Za-z])", v) and not re.search(r"[A-Z]{3}", v):
        tags.append("confusable_letters")
    if typ in NUMERIC_TYPES and typ not in ("KR_PASSPORT", "KR_VEHICLE_PLATE", "DATE_OF_BIRTH", "KR_DRIVER_LICENSE") or \
            (typ == "KR_DRIVER_LICENSE" and re.match(r"\d", v)):
        if re.search(r"\d[ \t]+\d|[ \t][-‐－–]|[-‐－–][ \t]", v) and not (typ == "PHONE_NUMBER" and re.fullmatch(r"[+\d() ]*0?\d{1,3}\)? \d{3,4}[ -]\d{4}", v)):
            tags.append("space_in_number")
        core = v
        if typ == "CREDIT_CARD" or typ == "KR_RRN" or typ == "KR_FRN":
            core = re.sub(r"[Xx●○*]", "", v)
        if re.search(r"[OolISB]", core):
            tags.append("confusable_letters")
    return tags


def parse_handwritten(i, doc):
    raw = doc["text"]
    out = []; spans = []; hns = []; pos = 0; n = 0
    for m in MARK_RE.finditer(raw):
        out.append(raw[pos:m.start()]); n += len(raw[pos:m.start()])
        if m.group(1):
            typ, kind, val = m.group(1), m.group(2), m.group(3)
            if typ not in TYPES:
                raise SystemExit(f"handwritten {doc['id']}: unknown type {typ}")
            kind = kind or infer_kind(typ, val)
            spans.append({"start": n, "end": n + len(val), "type": typ, "kind": kind, "noise": infer_noise(typ, val),
                          "format": shape(val, typ), "value": val, "base": ""})
            out.append(val); n += len(val)
        else:
            cat, val = m.group(4), m.group(5)
            hns.append({"start": n, "end": n + len(val), "text": val, "category": cat})
            out.append(val); n += len(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text or "⟪" in text or "⟫" in text:
        raise SystemExit(f"handwritten {doc['id']}: stray marker")
    rid = f"ba-hw-{i:03d}"
    genre = "OCR 스캔" if doc.get("ocr") else doc["genre"]
    rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": genre}
    meta = {"id": rid, "template": "handwritten", "seed": f"handwritten:{doc['id']}", "genre": genre, "handwritten": True,
            "no_pii": not spans, "spans": spans, "hard_negatives": hns}
    if doc.get("ocr"):
        meta["base_genre"] = doc["genre"]
    if doc.get("note"):
        meta["note"] = doc["note"]
    return rec, meta


# === MAIN =====================================================================
def plan():
    # (template function name, number of records)
    for n, c in TEMPLATE_PLAN:
        if n != "t_ocr" and n not in globals():
            raise SystemExit(f"unknown template {n}")
    return list(TEMPLATE_PLAN)


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def build(outdir):
    log = []
    recs, metas = [], []
    hw_path = os.path.join(HERE, "handwritten.py")
    if os.path.exists(hw_path):
        sys.path.insert(0, HERE)
        import handwritten
        for i, doc in enumerate(handwritten.DOCS, 1):
            rec, meta = parse_handwritten(i, doc)
            try:
                validate_record(rec, meta)
            except DraftError as e:
                raise SystemExit(f"handwritten {doc['id']} ({rec['id']}) invalid: {e}")
            recs.append(rec); metas.append(meta)
    for name, count in plan():
        func = globals()[name] if name != "t_ocr" else None
        for i in range(1, count + 1):
            rec, meta = make_templated(name, func, i, log)
            recs.append(rec); metas.append(meta)
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    # hard negatives in every genre
    g_hn = collections.Counter(); g_all = set()
    for m in metas:
        g_all.add(m["genre"]); g_hn[m["genre"]] += len(m["hard_negatives"])
    missing = [g for g in g_all if not g_hn[g]]
    if missing:
        raise SystemExit(f"genres without hard negatives: {missing}")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "pii_ba.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "pii_ba.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    stats = make_stats(recs, metas, log)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    reread(outdir)
    return stats


def reread(outdir):
    recs = [json.loads(l) for l in open(os.path.join(outdir, "pii_ba.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, "pii_ba.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    seen = set()
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"] and r["id"] not in seen
        seen.add(r["id"])
        assert set(r) == {"id", "text", "spans", "genre"}
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"} and isinstance(s["start"], int)
        try:
            validate_record(r, m)
        except DraftError as e:
            raise SystemExit(f"re-read validation failed for {r['id']}: {e}")


def make_stats(recs, metas, log):
    C = collections.Counter
    st = {"records": len(recs), "spans": sum(len(r["spans"]) for r in recs),
          "no_pii_records": sum(m["no_pii"] for m in metas), "handwritten_records": sum(m["handwritten"] for m in metas),
          "ocr_records": sum(m["genre"] == "OCR 스캔" for m in metas)}
    st["by_genre"] = dict(C(m["genre"] for m in metas))
    st["no_pii_by_genre"] = dict(C(m["genre"] for m in metas if m["no_pii"]))
    st["by_template"] = dict(C(m["template"] for m in metas))
    st["ocr_by_base_genre"] = dict(C(m.get("base_genre") for m in metas if m["genre"] == "OCR 스캔"))
    st["spans_by_type"] = dict(C(s["type"] for m in metas for s in m["spans"]))
    st["spans_by_type_handwritten"] = dict(C(s["type"] for m in metas if m["handwritten"] for s in m["spans"]))
    st["spans_by_kind"] = dict(C(f'{s["type"]}/{s["kind"]}' for m in metas for s in m["spans"]))
    st["noise_tags"] = dict(C(t for m in metas for s in m["spans"] for t in s["noise"]))
    noisy = sum(1 for m in metas for s in m["spans"] if s["noise"])
    st["noisy_spans"] = noisy
    st["noisy_span_share"] = round(noisy / max(1, st["spans"]), 4)
    st["hard_negatives_by_category"] = dict(C(h["category"] for m in metas for h in m["hard_negatives"]))
    st["hard_negatives_by_genre"] = dict(C(m["genre"] for m in metas for h in m["hard_negatives"]))
    st["hard_negatives"] = sum(len(m["hard_negatives"]) for m in metas)
    st["retried_drafts"] = len(log)
    st["retry_reasons"] = dict(C(re.sub(r"'.*", "", l.split(": ", 1)[1])[:60] for l in log))
    return st


def main():
    args = sys.argv[1:]
    outdir = HERE
    if "--out" in args:
        outdir = args[args.index("--out") + 1]
    stats = build(outdir)
    if outdir == HERE:
        print(json.dumps({k: stats[k] for k in ("records", "spans", "no_pii_records", "handwritten_records", "ocr_records", "noisy_span_share", "retried_drafts")}, ensure_ascii=False))
    if "--det" in args:
        import shutil
        files = ["pii_ba.jsonl", "pii_ba.meta.jsonl", "stats.json"]
        ref = {f: md5(os.path.join(HERE, f)) for f in files}
        for hs in ("1", "98765"):
            od = os.path.join(HERE, f"_det_{hs}")
            env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONDONTWRITEBYTECODE="1")
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", od], check=True, env=env)
            got = {f: md5(os.path.join(od, f)) for f in files}
            shutil.rmtree(od)
            if got != ref:
                raise SystemExit(f"NOT deterministic under PYTHONHASHSEED={hs}: {got} vs {ref}")
            print(f"PYTHONHASHSEED={hs}: md5 identical", {f: ref[f] for f in files})


TEMPLATE_PLAN = [
    ("t_gongmun_e", 16), ("t_gongmun_90s", 10), ("t_gongmun_00s", 10), ("t_gongmun_nopii", 12),
    ("t_minwon_reply", 16), ("t_minwon_nopii", 10), ("t_form_apply", 14), ("t_consent", 12), ("t_consent_blank", 8),
    ("t_report_form", 14), ("t_foreigner_form", 12),
    ("t_register_pipe", 14), ("t_register_noheader", 12), ("t_table_spaces", 10), ("t_ledger_csv", 12), ("t_vehicle_register", 12),
    ("t_vendor_table", 14), ("t_contract_service", 14), ("t_contract_labor", 12), ("t_contract_lease", 10),
    ("t_personnel_order", 10), ("t_personnel_travel", 12), ("t_minutes", 12), ("t_minutes_nopii", 8),
    ("t_press_release", 14), ("t_news", 14), ("t_news_nopii", 8),
    ("t_judgment", 12), ("t_admin_decision", 12), ("t_audit_report", 10), ("t_discipline", 10), ("t_police_report", 14),
    ("t_fire_report", 12), ("t_hospital_record", 14), ("t_school_record", 12), ("t_welfare_case", 14), ("t_immigration_record", 16),
    ("t_chat", 12), ("t_call", 14), ("t_access_log", 14), ("t_info_disclosure", 12), ("t_traffic_fine", 12), ("t_tax_qa", 12),
    ("t_card_refund", 22), ("t_hi_report", 12), ("t_biz_filing", 12), ("t_id_check", 12), ("t_foreign_workers", 10), ("t_fraud_report", 16), ("t_ocr", 92),
]
OCR_BASES = ["t_gongmun_e", "t_gongmun_90s", "t_gongmun_90s", "t_gongmun_00s", "t_minwon_reply", "t_form_apply", "t_consent", "t_report_form",
             "t_foreigner_form", "t_register_pipe", "t_register_noheader", "t_contract_service", "t_contract_labor", "t_contract_lease",
             "t_judgment", "t_discipline", "t_police_report", "t_hospital_record", "t_welfare_case", "t_immigration_record", "t_card_refund",
             "t_hi_report", "t_biz_filing", "t_id_check", "t_traffic_fine", "t_gongmun_nopii", "t_minwon_nopii", "t_fraud_report", "t_foreign_workers"]

if __name__ == "__main__":
    main()
