#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- generator of the pii_bd evaluation set (Korean public-sector PII).

Standard library only.  Deterministic: every random choice for record i of template t
comes from random.Random("pii_bd-2026|<t>|<i>"); when a draft fails validation the seed
is retried with a suffix ("|r1", "|r2", ...).  Hand-written records come from
handwritten.py (markers ⟦TYPE:value⟧ for gold values, ⟪CAT:text⟫ for hard negatives).

    python3 make_set.py            # writes the files, re-validates, checks determinism
    python3 make_set.py --outdir D --no-selfcheck   # used by the determinism check
"""
import sys, os, re, json, random, hashlib, unicodedata, subprocess, shutil, datetime, ipaddress

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_bd-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
NUMERIC_TYPES = {"PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT",
                 "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE",
                 "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN", "DATE_OF_BIRTH"}


class DraftError(Exception):
    pass


def fail(msg):
    raise DraftError(msg)


# ----------------------------------------------------------------------------------
# value / negative / document containers
# ----------------------------------------------------------------------------------
class V:
    """A gold value to be inserted.  `value` is the clean written form."""
    __slots__ = ("type", "value", "sub", "fmt", "force", "info")

    def __init__(self, type_, value, sub, fmt="plain", info=None):
        if type_ not in TYPES:
            fail("unknown type " + type_)
        self.type, self.value, self.sub, self.fmt = type_, value, sub, fmt
        self.force = None
        self.info = info or {}

    def nz(self, *tags):
        """Force noise tags on this value (applied at render time)."""
        c = V(self.type, self.value, self.sub, self.fmt, self.info)
        c.force = list(tags)
        return c

    def __str__(self):  # guard against accidental string formatting of a V
        fail("V used as str: " + self.value)


class N:
    """A tagged hard negative."""
    __slots__ = ("text", "cat")

    def __init__(self, text, cat):
        self.text, self.cat = text, cat

    def __str__(self):
        fail("N used as str: " + self.text)


class Doc:
    def __init__(self, rng, genre):
        self.rng, self.genre = rng, genre
        self.segs = []
        self.used = set()        # names / values used in this doc (uniqueness)
        self.noise_p = 0.0       # probability of random noise on a span
        self.ocr = False         # OCR rendering (text noise, lost brackets, hard wraps)
        self.base_genre = None

    def __call__(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self.segs.append(("t", p))
            elif isinstance(p, V):
                self.segs.append(("v", p))
            elif isinstance(p, N):
                self.segs.append(("n", p))
            elif isinstance(p, (list, tuple)):
                self(*p)
            else:
                fail("bad part %r" % (p,))
        return self

    def nl(self, *parts):
        self(*parts)
        self.segs.append(("t", "\n"))
        return self


# ----------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------
SURNAMES = [("김", 22), ("이", 15), ("박", 9), ("최", 5), ("정", 5), ("강", 3), ("조", 3), ("윤", 3),
            ("장", 3), ("임", 2), ("한", 2), ("오", 2), ("서", 2), ("신", 2), ("권", 2), ("황", 2),
            ("안", 2), ("송", 2), ("류", 1), ("전", 1), ("홍", 1), ("고", 1), ("문", 1), ("양", 1),
            ("손", 1), ("배", 1), ("백", 1), ("허", 1), ("유", 1), ("남", 1), ("심", 1), ("노", 1),
            ("하", 1), ("곽", 1), ("성", 1), ("차", 1), ("주", 1), ("우", 1), ("구", 1), ("민", 1),
            ("진", 1), ("나", 1), ("지", 1), ("엄", 1), ("채", 1), ("원", 1), ("천", 1), ("방", 1),
            ("공", 1), ("현", 1), ("함", 1), ("변", 1), ("염", 1), ("여", 1), ("추", 1), ("도", 1),
            ("석", 1), ("설", 1), ("마", 1), ("길", 1), ("연", 1), ("위", 1), ("표", 1), ("명", 1),
            ("기", 1), ("반", 1), ("왕", 1), ("금", 1), ("옥", 1), ("육", 1), ("인", 1), ("맹", 1),
            ("제", 1), ("모", 1), ("탁", 1), ("국", 1), ("어", 1), ("은", 1), ("편", 1), ("용", 1),
            ("예", 1), ("경", 1), ("봉", 1), ("태", 1), ("피", 1), ("범", 1), ("좌", 1), ("빈", 1)]
SURNAME_LIST = [s for s, _ in SURNAMES]
SURNAME_W = [w for _, w in SURNAMES]
COMPOUND = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIVEN_OLD = ["순자", "영자", "정숙", "말순", "옥순", "명자", "춘자", "경자", "영철", "상철", "병구",
             "종국", "만수", "재식", "기택", "용수", "복희", "점례", "판석", "갑수", "금례", "덕배"]
GIVEN_MID = ["민수", "지훈", "성민", "현정", "은영", "미경", "지영", "수진", "정훈", "상현", "혜진",
             "경호", "동욱", "선영", "재원", "영미", "태호", "진아", "승철", "미란", "윤희", "창민"]
GIVEN_YOUNG = ["서준", "하은", "도윤", "지안", "서연", "예준", "시우", "하윤", "수아", "지호", "유준",
               "채원", "은우", "다인", "건우", "소율", "로운", "이안", "나은", "태린", "주원", "윤슬"]
G1 = list("민서지현준도하수예윤승재은태정영성상동경혜미진소유다나가세시우주채희용광병종순명옥춘기형창철만봉연보효인아규한석원호")
G2 = list("준서우민연현진호수윤아은영희원석훈빈혁율린경숙순남철식환규태성미정주하옥애란섭기용선례")
GIVEN_BLOCK = {"지옥", "수준", "지원", "성원", "기원", "소원", "주민", "동원", "가수", "시주", "주식", "호주", "세수", "정주",
               "수석", "성미", "인원", "기용", "유아", "수정", "소주", "아주", "다정", "상용", "보호", "보선", "기준", "영주",
               "경주", "진주", "원주", "성주", "광주", "한란", "주연", "소연", "예수", "가정", "정식", "한식", "양식", "명주",
               "한정", "미용", "보수", "세정", "도주", "호우", "우주", "성희", "민원", "인정", "용서", "아호", "태아", "우수"}
SINGLE_GIVEN = ["혁", "찬", "솔", "훈", "결", "별", "란", "숙", "철", "담", "률", "겸", "웅", "봄"]
NAME_BLOCK = {"홍길동", "김철수", "이영희", "김영희", "박철수", "정선", "정원", "이천", "고성", "장성", "안성", "조정", "유지", "성과", "방문",
              "임금", "신청", "전기", "한도", "장기", "공정", "주민", "정보", "안내", "고용", "문경",
              "하남", "김포", "강진", "서산", "홍성", "나주", "남원", "진주", "원주", "공주", "양주",
              "여주", "김해", "이상", "이하", "이후", "이전", "조사", "심사", "주소", "전화", "성명",
              "구역", "도로", "원장", "정리", "신고", "기타", "한편", "강원", "차장", "시장", "동장",
              "유성", "서구", "남구", "동구", "지원", "고객", "신용", "장애", "주택", "구조", "조치",
              "현장", "민원", "이동", "성별", "연락", "지정", "구급", "소방", "경찰", "진술", "조서"}

# foreign names: (latin, hangul) parts per nationality; order: tuple of part-lists
FOREIGN = {
    "베트남": dict(order="fmg", f=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("PHAM", "팜"), ("LE", "레"),
                                   ("HOANG", "호앙"), ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
                   m=[("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("MINH", "민")],
                   g=[("HUNG", "흥"), ("LAN", "란"), ("TUAN", "뚜언"), ("HOA", "호아"), ("HUONG", "흐엉"),
                      ("LINH", "린"), ("NAM", "남"), ("THAO", "타오"), ("QUANG", "꽝")], sep=" "),
    "필리핀": dict(order="gf", g=[("MARIA", "마리아"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"),
                                   ("MARK", "마크"), ("JOVELYN", "조벨린"), ("RENATO", "레나토")],
                   f=[("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루즈"), ("BAUTISTA", "바우티스타"),
                      ("DELA PENA", "델라 페냐"), ("VILLANUEVA", "비야누에바")], sep=" "),
    "인도네시아": dict(order="gf", g=[("AGUS", "아구스"), ("SITI", "시티"), ("DEWI", "데위"), ("BUDI", "부디"),
                                       ("RIZKY", "리즈키"), ("PUTRI", "푸트리")],
                       f=[("SETIAWAN", "세티아완"), ("RAHAYU", "라하유"), ("SANTOSO", "산토소"),
                          ("WIJAYA", "위자야"), ("HIDAYAT", "히다얏")], sep=" "),
    "우즈베키스탄": dict(order="fg", f=[("RUSTAMOV", "루스타모프"), ("KARIMOV", "카리모프"),
                                         ("YUSUPOV", "유수포프"), ("TOSHEV", "토셰프")],
                         g=[("BEKZOD", "벡조드"), ("AZIZ", "아지즈"), ("DILSHOD", "딜쇼드"), ("SARDOR", "사르도르")],
                         sep=" "),
    "네팔": dict(order="gf", g=[("RAM", "람"), ("SURAJ", "수라즈"), ("BIKASH", "비카스"), ("SITA", "시타")],
                 f=[("THAPA", "타파"), ("GURUNG", "구룽"), ("RAI", "라이"), ("TAMANG", "타망")], sep=" "),
    "캄보디아": dict(order="fg", f=[("SOK", "속"), ("CHAN", "짠"), ("KEO", "께오"), ("HENG", "헹")],
                     g=[("DARA", "다라"), ("SREYMOM", "스레이몸"), ("VIBOL", "비볼"), ("SOPHEAP", "소피읍")], sep=" "),
    "몽골": dict(order="fg", f=[("DORJ", "도르지"), ("BAT", "바트"), ("GANBAT", "간바트")],
                 g=[("BATBAYAR", "바트바야르"), ("ENKHJARGAL", "엥흐자르갈"), ("GANBOLD", "간볼드"),
                    ("SARANTUYA", "사랑토야")], sep=" "),
    "태국": dict(order="gf", g=[("SOMCHAI", "솜차이"), ("NATTAPONG", "나타퐁"), ("SUDA", "수다"),
                               ("KANNIKA", "깐니까")],
                 f=[("KAEWDEE", "깨우디"), ("SRISUK", "스리숙"), ("BOONMA", "분마"), ("CHAIYO", "차이요")], sep=" "),
    "중국": dict(order="fg", f=[("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천")],
                 g=[("XIAOMING", "샤오밍"), ("NA", "나"), ("WEI", "웨이"), ("JING", "징"), ("HAORAN", "하오란")],
                 sep=""),
    "미국": dict(order="gf", g=[("JOHN", "존"), ("EMILY", "에밀리"), ("DAVID", "데이비드"), ("SARAH", "세라")],
                 f=[("MILLER", "밀러"), ("CARTER", "카터"), ("WILSON", "윌슨"), ("BROOKS", "브룩스")], sep=" "),
    "독일": dict(order="gf", g=[("ANNA", "안나"), ("LUKAS", "루카스"), ("JONAS", "요나스")],
                 f=[("SCHMIDT", "슈미트"), ("WEBER", "베버"), ("HOFFMANN", "호프만")], sep=" "),
}
FOREIGN_PASSPORT = {"베트남": "C7", "필리핀": "P7A", "인도네시아": "B7", "우즈베키스탄": "FA7", "네팔": "PA7",
                    "캄보디아": "N8", "몽골": "E7", "태국": "AA7", "중국": "E8", "미국": "9", "독일": "C8X"}

REGIONS = [
    ("서울특별시", "서울", [("마포구", ["성산동", "망원동", "합정동"]), ("강서구", ["화곡동", "등촌동"]),
                          ("노원구", ["상계동", "중계동"]), ("관악구", ["봉천동", "신림동"]),
                          ("송파구", ["잠실동", "가락동"]), ("은평구", ["불광동", "응암동"]),
                          ("성북구", ["정릉동", "길음동"]), ("동대문구", ["회기동", "장안동"])]),
    ("부산광역시", "부산", [("해운대구", ["우동", "좌동"]), ("사하구", ["하단동", "괴정동"]),
                          ("북구", ["구포동", "덕천동"]), ("기장군", ["기장읍", "정관읍", "일광읍"])]),
    ("대구광역시", "대구", [("수성구", ["범어동", "만촌동"]), ("달서구", ["월성동", "상인동"]),
                          ("달성군", ["화원읍", "다사읍"])]),
    ("인천광역시", "인천", [("남동구", ["구월동", "논현동"]), ("연수구", ["송도동", "연수동"]),
                          ("옹진군", ["백령면", "영흥면"]), ("강화군", ["강화읍", "길상면"])]),
    ("광주광역시", "광주", [("북구", ["용봉동", "운암동"]), ("광산구", ["수완동", "첨단동"])]),
    ("대전광역시", "대전", [("유성구", ["봉명동", "노은동"]), ("서구", ["둔산동", "탄방동"])]),
    ("울산광역시", "울산", [("남구", ["삼산동", "달동"]), ("울주군", ["언양읍", "범서읍"])]),
    ("경기도", "경기", [("수원시 팔달구", ["인계동", "매교동"]), ("성남시 분당구", ["정자동", "서현동"]),
                      ("고양시 일산동구", ["장항동", "백석동"]), ("화성시", ["봉담읍", "향남읍", "남양읍"]),
                      ("평택시", ["비전동", "안중읍"]), ("포천시", ["소흘읍", "가산면"]),
                      ("안산시 단원구", ["고잔동", "원곡동"]), ("김포시", ["사우동", "통진읍"])]),
    ("강원특별자치도", "강원", [("춘천시", ["효자동", "퇴계동"]), ("원주시", ["단계동", "무실동"]),
                              ("정선군", ["정선읍", "사북읍"]), ("고성군", ["간성읍", "거진읍"])]),
    ("충청북도", "충북", [("청주시 상당구", ["용암동", "금천동"]), ("충주시", ["연수동", "칠금동"]),
                        ("괴산군", ["괴산읍", "청천면"])]),
    ("충청남도", "충남", [("천안시 서북구", ["쌍용동", "불당동"]), ("홍성군", ["홍성읍", "홍북읍"]),
                        ("태안군", ["태안읍", "안면읍"])]),
    ("전북특별자치도", "전북", [("전주시 완산구", ["효자동", "삼천동"]), ("김제시", ["요촌동", "만경읍"]),
                              ("고창군", ["고창읍", "해리면"])]),
    ("전라남도", "전남", [("목포시", ["상동", "용해동"]), ("해남군", ["해남읍", "산이면"]),
                        ("완도군", ["완도읍", "청산면"]), ("신안군", ["지도읍", "압해읍"])]),
    ("경상북도", "경북", [("포항시 북구", ["양덕동", "장성동"]), ("경주시", ["황성동", "안강읍"]),
                        ("울릉군", ["울릉읍"]), ("의성군", ["의성읍", "안계면"])]),
    ("경상남도", "경남", [("창원시 성산구", ["상남동", "중앙동"]), ("김해시", ["내외동", "진영읍"]),
                        ("통영시", ["무전동", "산양읍"]), ("남해군", ["남해읍", "창선면"])]),
    ("제주특별자치도", "제주", [("제주시", ["노형동", "연동", "애월읍", "한림읍"]),
                              ("서귀포시", ["동홍동", "대정읍", "성산읍"])]),
]
OLD_SIDO = {"강원특별자치도": "강원도", "전북특별자치도": "전라북도", "제주특별자치도": "제주도"}
AREA = {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042", "울산": "052",
        "세종": "044", "경기": "031", "강원": "033", "충북": "043", "충남": "041", "전북": "063", "전남": "061",
        "경북": "054", "경남": "055", "제주": "064"}
ROAD_STEMS = ["한빛", "새말", "버들", "은행", "느티", "솔빛", "중앙", "문화", "시장", "학교", "가람", "누리",
              "푸른", "도담", "달빛", "매화", "새봄", "장터", "동산", "강변", "솔밭", "다래", "해오름", "별빛",
              "청운", "샘골", "대흥", "소망", "미래", "들꽃", "참샘", "봉우리"]
RI = ["신촌리", "덕산리", "송정리", "상리", "하리", "내동리", "용수리", "봉암리", "대곡리", "월산리", "진촌리"]
APT = ["한빛아파트", "주공아파트", "그린빌라", "솔내마을아파트", "새터맨션", "우성연립", "햇살타운", "늘푸른아파트"]
COMPANY_STEM = ["한빛", "새솔", "다온", "누리", "가온", "해랑", "푸른들", "미르", "온새미로", "한결", "든솔",
                "바른길", "청솔", "동해", "서해", "새암", "라온", "단비", "하람", "은솔"]
COMPANY_KIND = ["엔지니어링", "건설", "산업", "테크", "푸드", "유통", "환경", "정보통신", "설비", "조경",
                "종합관리", "디자인", "물산", "수산", "농산", "기획", "인쇄", "전기"]
ROM = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
       "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
       "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
       "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
       "유": "yoo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung"}
EMAIL_WORDS = ["sunny", "blue", "happy", "green", "skyhigh", "moonlight", "tiger", "daisy", "river", "hana",
               "star", "mint", "cloud", "ocean", "pine", "maple", "jjang", "haru", "bom", "gaeul"]
WEB_DOMAINS = [("naver.com", 5), ("daum.net", 2), ("hanmail.net", 2), ("gmail.com", 4), ("kakao.com", 1),
               ("nate.com", 1)]


def wchoice(rng, pairs):
    items = [a for a, _ in pairs]
    ws = [b for _, b in pairs]
    return rng.choices(items, ws)[0]


# ----------------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------------
RRN_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(a) * b for a, b in zip(d12, RRN_W)) % 11) % 10


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


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    fail("luhn")


# ----------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------
def rand_date(rng, lo, hi):
    a, b = lo.toordinal(), hi.toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


D_ = datetime.date


def gen_birth(rng, y0=1938, y1=2004):
    return rand_date(rng, D_(y0, 1, 1), D_(y1, 12, 31))


def gender_digit(rng, birth, foreign=False, sex=None):
    base = (1 if birth.year < 2000 else 3) + (4 if foreign else 0)
    return base + ({"M": 0, "F": 1}[sex] if sex else rng.randint(0, 1))


def gen_rrn(rng, kind=None, birth=None, fmt=None, mask=None, sex=None):
    kind = kind or wchoice(rng, [("rrn_valid", 55), ("rrn_post2020", 15), ("rrn_masked", 30)])
    if kind == "rrn_post2020":
        birth = birth if (birth and birth >= D_(2020, 10, 1)) else rand_date(rng, D_(2020, 10, 1), D_(2026, 11, 30))
    elif kind == "rrn_valid":
        birth = birth or gen_birth(rng, 1936, 2012)
        if birth >= D_(2020, 10, 1):
            fail("valid rrn with post-2020 birth")
    else:
        birth = birth or gen_birth(rng, 1936, 2015)
    ymd = birth.strftime("%y%m%d")
    g = gender_digit(rng, birth, sex=sex)
    if kind == "rrn_masked":
        m = mask or rng.choice(["*", "*", "*", "●", "X", "x"])
        back = str(g) + m * 6
    else:
        mid = "%02d%02d%d" % (rng.randint(0, 95), rng.randint(0, 99), rng.randint(1, 9))
        d12 = ymd + str(g) + mid
        if kind == "rrn_valid":
            back = str(g) + mid + str(rrn_check(d12))
        else:
            ch = rng.choice([c for c in "0123456789" if int(c) != rrn_check(d12)])
            back = str(g) + mid + ch
    fmt = fmt or wchoice(rng, [("hyphen", 80), ("nohyphen", 8), ("spaced", 12)])
    if fmt == "nohyphen" and kind == "rrn_masked":
        fmt = "hyphen"
    val = {"hyphen": ymd + "-" + back, "nohyphen": ymd + back, "spaced": ymd + " - " + back}[fmt]
    return V("KR_RRN", val, kind, fmt, {"birth": birth})


def gen_frn(rng, birth=None, fmt=None, masked=False):
    birth = birth or gen_birth(rng, 1955, 2006)
    ymd = birth.strftime("%y%m%d")
    g = gender_digit(rng, birth, foreign=True)
    if masked:
        val = ymd + "-" + str(g) + rng.choice(["*", "●"]) * 6
        return V("KR_FRN", val, "frn_masked", "hyphen", {"birth": birth})
    mid = "%02d%02d%d" % (rng.randrange(0, 100, 2), rng.randint(0, 99), rng.randint(6, 9))
    d12 = ymd + str(g) + mid
    back = str(g) + mid + str(frn_check(d12))
    fmt = fmt or wchoice(rng, [("hyphen", 85), ("nohyphen", 5), ("spaced", 10)])
    val = {"hyphen": ymd + "-" + back, "nohyphen": ymd + back, "spaced": ymd + " - " + back}[fmt]
    return V("KR_FRN", val, "frn_valid", fmt, {"birth": birth})


PP_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_passport(rng, kind=None, nat=None):
    kind = kind or wchoice(rng, [("passport_old", 35), ("passport_new", 45), ("passport_foreign", 20)])
    if kind == "passport_foreign":
        nat = nat or rng.choice(list(FOREIGN_PASSPORT))
        pat = FOREIGN_PASSPORT[nat]
        dig = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
        if pat == "P7A":
            val = "P" + dig(7) + rng.choice(PP_LETTERS)
        elif pat == "C8X":
            val = "C" + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
            if sum(c.isdigit() for c in val) < 5:
                val = "C" + dig(8)
        else:
            m = re.fullmatch(r"([A-Z]*)(\d)", pat)
            val = m.group(1) + dig(int(m.group(2)))
        return V("KR_PASSPORT", val, kind, "foreign_" + pat, {"nat": nat})
    pre = wchoice(rng, [("M", 80), ("S", 6), ("G", 6), ("D", 3), ("R", 5)])
    if kind == "passport_old":
        val = pre + "%08d" % rng.randint(0, 99999999)
        return V("KR_PASSPORT", val, kind, "M8")
    val = pre + "%03d" % rng.randint(0, 999) + rng.choice(PP_LETTERS) + "%04d" % rng.randint(0, 9999)
    return V("KR_PASSPORT", val, kind, "M3A4")


DL_REGIONS = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북",
              "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주",
              "25": "대전", "26": "울산", "28": "경기북부"}
DL_NAMES = sorted(set(v for k, v in DL_REGIONS.items() if k != "28"), key=len, reverse=True)


def gen_dl(rng, fmt=None):
    code = rng.choice(sorted(DL_REGIONS))
    yy = "%02d" % rng.choice(list(range(75, 100)) + list(range(0, 26)))
    ser = "%06d" % rng.randint(0, 999999)
    tail = "%d%d" % (rng.randint(0, 9), rng.choice([0, 0, 0, 1, 1, 2, 3]))
    fmt = fmt or wchoice(rng, [("numeric", 40), ("name_space", 22), ("name_nospace", 10), ("plain12", 18),
                               ("numeric_spaced", 10)])
    if fmt in ("name_space", "name_nospace") and code == "28":
        code = "13"
    if fmt == "numeric":
        val, sub = "%s-%s-%s-%s" % (code, yy, ser, tail), "dl_numeric"
    elif fmt == "numeric_spaced":
        val, sub = "%s %s %s %s" % (code, yy, ser, tail), "dl_numeric"
    elif fmt == "plain12":
        val, sub = code + yy + ser + tail, "dl_plain"
    elif fmt == "name_space":
        val, sub = "%s %s-%s-%s" % (DL_REGIONS[code], yy, ser, tail), "dl_name"
    else:
        val, sub = "%s%s-%s-%s" % (DL_REGIONS[code], yy, ser, tail), "dl_name"
    return V("KR_DRIVER_LICENSE", val, sub, fmt)


CARD_BRANDS = [("visa", ["4"], 16, 30), ("master", ["51", "52", "53", "54", "55"], 16, 20),
               ("bc", ["9410", "9420", "9440", "9490"], 16, 15), ("jcb", ["3528", "3541", "3566", "3589"], 16, 10),
               ("amex", ["34", "37"], 15, 8), ("unionpay", ["6210", "6253"], 16, 5), ("local", ["9430", "9460"], 16, 12)]


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i != len(s):
        fail("group size mismatch")
    return sep.join(out)


def gen_card(rng, masked=None, fmt=None):
    brand, prefs, length, _ = rng.choices(CARD_BRANDS, [b[3] for b in CARD_BRANDS])[0]
    num = luhn_complete(rng.choice(prefs), length, rng)
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    if masked is None:
        masked = rng.random() < 0.25
    if masked:
        keep = rng.choice([4, 6]) if length == 16 else 4
        m = rng.choice(["*", "*", "●", "X"])
        shown = num[:keep] + m * (length - keep - 4) + num[-4:]
        sep = rng.choice(["-", "-", " "])
        return V("CREDIT_CARD", group(shown, sizes, sep), "card_masked", "masked_" + ("hyphen" if sep == "-" else "space"),
                 {"brand": brand})
    fmt = fmt or wchoice(rng, [("hyphen", 55), ("space", 20), ("plain", 15), ("hyphen", 10)])
    sep = {"hyphen": "-", "space": " ", "plain": ""}[fmt]
    return V("CREDIT_CARD", group(num, sizes, sep), "card_" + brand, fmt, {"brand": brand})


BANKS = [("KB국민은행", "kb", [6, 2, 6], ""), ("국민은행", "kb", [6, 2, 6], ""), ("신한은행", "shinhan", [3, 3, 6], "1"),
         ("우리은행", "woori", [4, 3, 6], "1002"), ("하나은행", "hana", [3, 6, 5], ""),
         ("NH농협은행", "nh", [3, 4, 4, 2], "3"), ("농협", "nh", [3, 4, 4, 2], "35"),
         ("IBK기업은행", "ibk", [3, 6, 2, 3], "0"), ("기업은행", "ibk", [3, 6, 2, 3], "1"),
         ("카카오뱅크", "kakao", [4, 2, 7], "3333"), ("토스뱅크", "toss", [4, 4, 4], "1000"),
         ("케이뱅크", "kbank", [3, 3, 6], "100"), ("우체국", "post", [6, 2, 6], "0"),
         ("새마을금고", "mg", [4, 2, 6, 1], "900"), ("신협", "cu", [3, 3, 6], "13"),
         ("SC제일은행", "sc", [3, 2, 6], ""), ("부산은행", "busan", [3, 4, 4, 2], "1"),
         ("iM뱅크", "im", [3, 2, 6, 1], "5"), ("대구은행", "im", [3, 2, 6, 1], "5"),
         ("경남은행", "kn", [3, 2, 7], "2"), ("광주은행", "kj", [3, 3, 6], "1"), ("수협은행", "suhyup", [3, 2, 6], "1"),
         ("씨티은행", "citi", [3, 6, 3], ""), ("전북은행", "jb", [3, 2, 7], "1"), ("제주은행", "jeju", [2, 2, 6], "7")]


def gen_account(rng, bank=None, fmt=None, era=2020):
    banks = BANKS if era >= 2017 else [b for b in BANKS if b[1] not in ("kakao", "toss", "kbank", "im")]
    b = bank or rng.choice(banks)
    name, code, sizes, pre = b
    n = sum(sizes)
    digits = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
    fmt = fmt or wchoice(rng, [("hyphen", 75), ("plain", 20), ("space", 5)])
    sep = {"hyphen": "-", "plain": "", "space": " "}[fmt]
    return name, V("KR_BANK_ACCOUNT", group(digits, sizes, sep), "acct_" + code, fmt + "_" + "-".join(map(str, sizes)))


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def gen_mobile(rng, fmt=None, era=2020):
    pre = "010" if era >= 2012 or rng.random() < 0.4 else rng.choice(["011", "016", "017", "018", "019"])
    mid = _d(rng, 4, "23456789") if pre == "010" else _d(rng, rng.choice([3, 4]), "23456789")
    last = _d(rng, 4)
    fmt = fmt or wchoice(rng, [("hyphen", 70), ("plain", 10), ("space", 8), ("dot", 6), ("intl", 6)])
    if fmt == "intl":
        val = "+82-" + pre[1:] + "-" + mid + "-" + last
    else:
        sep = {"hyphen": "-", "plain": "", "space": " ", "dot": "."}[fmt]
        val = sep.join([pre, mid, last])
    return V("PHONE_NUMBER", val, "phone_mobile" if pre == "010" else "phone_mobile_legacy", fmt)


def gen_landline(rng, area=None, exch=None, sub="phone_landline", fmt=None):
    if sub == "phone_070":
        area = "070"
        exch = exch or _d(rng, 4, "2345678")
    else:
        area = area or rng.choice(sorted(set(AREA.values())))
        exch = exch or _d(rng, 3 if (area != "02" and rng.random() < 0.3) else rng.choice([3, 4]), "2345678")
    last = _d(rng, 4)
    fmt = fmt or wchoice(rng, [("hyphen", 82), ("space", 8), ("dot", 10)])
    sep = {"hyphen": "-", "space": " ", "dot": "."}[fmt]
    return V("PHONE_NUMBER", sep.join([area, exch, last]), sub, fmt)


def gen_email(rng, name=None, domain=None):
    rom = None
    if name is not None and name.info.get("sur") in ROM:
        rom = ROM[name.info["sur"]]
    if rom and rng.random() < 0.75:
        local = rom + rng.choice(["", ".", "_"]) + "".join(rng.choice("abcdefghjkmnprstuwy") for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.6:
            local += str(rng.randint(1, 9999))
    else:
        local = rng.choice(EMAIL_WORDS) + rng.choice(["", "_", "."]) + rng.choice(EMAIL_WORDS[:10]) + str(rng.randint(1, 999))
    domain = domain or wchoice(rng, WEB_DOMAINS)
    return V("EMAIL_ADDRESS", local + "@" + domain, "email_official" if domain.endswith("korea.kr") or domain.endswith(".go.kr") else "email_personal", "plain")


def pick_region(rng):
    sido_full, sido_short, sgs = rng.choice(REGIONS)
    sg, dongs = rng.choice(sgs)
    return sido_full, sido_short, sg, rng.choice(dongs)


def road_name(rng):
    return rng.choice(ROAD_STEMS) + rng.choice(["로", "로", "길", "대로"]) + (
        " %d번길" % rng.randint(2, 80) if rng.random() < 0.3 else "")


def unit_suffix(rng):
    r = rng.random()
    if r < 0.35:
        return ", %d동 %d%02d호" % (rng.randint(101, 120), rng.randint(1, 25), rng.randint(1, 6))
    if r < 0.55:
        f = rng.randint(2, 7)
        return ", %d층 %d%02d호" % (f, f, rng.randint(1, 12))
    if r < 0.65:
        return " %d층" % rng.randint(2, 9)
    if r < 0.72:
        return ", %s동 %d호" % (rng.choice("가나다"), rng.randint(101, 305))
    return ""


def gen_address(rng, kind=None, old=False):
    """Returns (V, postal_code, ref) ; ref is the parenthetical after the address."""
    sido_full, sido_short, sg, dong = pick_region(rng)
    if old and sido_full in OLD_SIDO:
        sido_full = OLD_SIDO[sido_full]
    kind = kind or wchoice(rng, [("addr_road_full", 40), ("addr_road_short", 15), ("addr_road_sigungu", 12),
                                 ("addr_jibun", 23), ("addr_jibun_rural", 10)])
    rural = dong.endswith("읍") or dong.endswith("면")
    if kind == "addr_jibun_rural" and not rural:
        kind = "addr_jibun"
    ref = None
    if kind.startswith("addr_road"):
        num = str(rng.randint(1, 320)) + ("-%d" % rng.randint(1, 30) if rng.random() < 0.15 else "")
        core = "%s %s %s" % (sg, road_name(rng), num)
        unit = unit_suffix(rng)
        head = {"addr_road_full": sido_full + " ", "addr_road_short": sido_short + " ", "addr_road_sigungu": ""}[kind]
        val = head + core + unit
        if not rural and rng.random() < 0.4:
            ref = "(%s%s)" % (dong, ", " + rng.choice(APT) if unit.startswith(", 1") and rng.random() < 0.5 else "")
    elif kind == "addr_jibun":
        lot = "%d-%d" % (rng.randint(1, 999), rng.randint(1, 40)) if rng.random() < 0.7 else str(rng.randint(1, 999))
        tail = ""
        if rng.random() < 0.5:
            tail = " %s %d동 %d%02d호" % (rng.choice(APT), rng.randint(101, 115), rng.randint(1, 20), rng.randint(1, 4))
        head = rng.choice([sido_full + " ", sido_short + " "])
        loc = dong if not rural else dong + " " + rng.choice(RI)
        val = head + "%s %s %s번지" % (sg, loc, lot) + tail if rng.random() < 0.3 else head + "%s %s %s" % (sg, loc, lot) + tail
    else:  # rural 지번 with 리 and possibly 산
        lot = ("산 " if rng.random() < 0.3 else "") + "%d-%d" % (rng.randint(1, 899), rng.randint(1, 20))
        head = rng.choice([sido_full + " ", sido_short + " ", ""])
        val = head + "%s %s %s %s" % (sg, dong, rng.choice(RI), lot)
    postal = "%05d" % rng.randint(1000, 63644) if not old else "%03d-%03d" % (rng.randint(100, 799), rng.randint(10, 999))
    return V("KR_ADDRESS", val, kind, "plain", {"sido": sido_short}), postal, ref


DOB_FMTS = [("dot_space", 25), ("kor", 20), ("iso", 12), ("dot_pad", 12), ("dot_pad_noend", 8), ("short_dot", 7),
            ("yymmdd", 6), ("yyyymmdd", 5), ("slash", 3), ("kor_short", 2)]


def fmt_date(d, fmt):
    y, m, dd = d.year, d.month, d.day
    return {"dot_space": "%d. %d. %d." % (y, m, dd), "kor": "%d년 %d월 %d일" % (y, m, dd),
            "iso": "%d-%02d-%02d" % (y, m, dd), "dot_pad": "%d.%02d.%02d." % (y, m, dd),
            "dot_pad_noend": "%d.%02d.%02d" % (y, m, dd), "short_dot": "%02d.%02d.%02d" % (y % 100, m, dd),
            "yymmdd": "%02d%02d%02d" % (y % 100, m, dd), "yyyymmdd": "%d%02d%02d" % (y, m, dd),
            "slash": "%d/%02d/%02d" % (y, m, dd), "kor_short": "%02d년 %d월 %d일" % (y % 100, m, dd),
            "dot_nospace": "%d.%d.%d." % (y, m, dd)}[fmt]


def gen_dob(rng, birth=None, fmt=None, y0=1938, y1=2004):
    birth = birth or gen_birth(rng, y0, y1)
    fmt = fmt or wchoice(rng, DOB_FMTS)
    return V("DATE_OF_BIRTH", fmt_date(birth, fmt), "dob_" + fmt, fmt, {"birth": birth})


def gen_hi(rng):
    return V("KR_HEALTH_INSURANCE", _d(rng, 11, "123456789"), "hi_11digit", "plain")


def gen_brn(rng, fmt=None, corporate=None):
    corporate = rng.random() < 0.45 if corporate is None else corporate
    mid = "%02d" % (rng.choice([81, 85, 86, 87, 88]) if corporate else rng.randint(10, 79))
    d9 = "%03d" % rng.randint(101, 899) + mid + "%04d" % rng.randint(1, 9999)
    full = d9 + str(brn_check(d9))
    fmt = fmt or wchoice(rng, [("hyphen", 82), ("plain", 13), ("space", 5)])
    sep = {"hyphen": "-", "plain": "", "space": " "}[fmt]
    return V("KR_BRN", group(full, [3, 2, 5], sep), "brn_corporate" if corporate else "brn_individual", fmt)


CRN_OFFICES = ["1101", "1201", "1301", "1311", "1345", "1358", "1401", "1501", "1601", "1701", "1801", "1901",
               "2001", "2301", "2401", "2501", "2601", "2801", "1144", "1244", "1350", "2011", "1760"]


def gen_crn(rng, fmt=None):
    d12 = rng.choice(CRN_OFFICES) + rng.choice(["11", "11", "11", "14", "12", "13", "71", "15"]) + "%06d" % rng.randint(1, 999999)
    full = d12 + str(crn_check(d12))
    fmt = fmt or wchoice(rng, [("hyphen", 85), ("plain", 10), ("spaced", 5)])
    val = {"hyphen": full[:6] + "-" + full[6:], "plain": full, "spaced": full[:6] + " - " + full[6:]}[fmt]
    return V("KR_CRN", val, "crn_valid", fmt)


PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남", "전북",
                 "전남", "경북", "경남", "제주", "세종"]


def gen_plate(rng, kind=None, era=2020):
    kind = kind or wchoice(rng, [("plate_2digit", 30), ("plate_3digit", 35), ("plate_commercial", 15),
                                 ("plate_region_old", 8), ("plate_rental", 7), ("plate_delivery", 5)])
    if era < 2006 and kind == "plate_3digit":
        kind = "plate_region_old"
    n4 = "%04d" % rng.randint(1000, 9999)
    sp = rng.choice([" ", " ", " ", ""])
    if kind == "plate_2digit":
        val = "%02d%s%s%s" % (rng.randint(10, 99), rng.choice(PLATE_PRIVATE), sp, n4)
    elif kind == "plate_3digit":
        val = "%03d%s%s%s" % (rng.randint(100, 699), rng.choice(PLATE_PRIVATE), sp, n4)
    elif kind == "plate_commercial":
        val = "%s %02d%s%s%s" % (rng.choice(PLATE_REGIONS), rng.randint(70, 98), rng.choice("바사아자"), sp, n4)
    elif kind == "plate_region_old":
        val = "%s %d%s%s%s" % (rng.choice(PLATE_REGIONS[:16]), rng.randint(1, 99), rng.choice(PLATE_PRIVATE), sp, n4)
    elif kind == "plate_rental":
        val = "%02d%s%s%s" % (rng.randint(10, 99), rng.choice("하허호"), sp, n4)
    else:
        val = "%02d배%s%s" % (rng.randint(80, 99), sp, n4)
    return V("KR_VEHICLE_PLATE", val, kind, "space" if sp else "nospace")


def gen_ip(rng, kind=None):
    kind = kind or wchoice(rng, [("ip_public", 60), ("ip_private", 30), ("ipv6", 10)])
    if kind == "ip_private":
        r = rng.random()
        if r < 0.5:
            val = "192.168.%d.%d" % (rng.randint(0, 50), rng.randint(2, 254))
        elif r < 0.8:
            val = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
        else:
            val = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    elif kind == "ip_public":
        while True:
            a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 101, 106, 110, 112, 114, 115, 118, 121, 125, 175, 180, 182,
                            183, 203, 210, 211, 218, 220, 221, 222])
            val = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            if not ipaddress.ip_address(val).is_private:
                break
    else:
        groups = ["2406", "%x" % rng.randint(0x5a00, 0x5aff), "%x" % rng.randint(0, 0xffff), "%x" % rng.randint(0, 0xffff)]
        val = ":".join(groups) + "::" + "%x" % rng.randint(1, 0xffff)
    return V("IP_ADDRESS", val, kind, "v6" if ":" in val else "v4")


def ko_name(rng, kind=None, era=2000, avoid=()):
    for _ in range(200):
        k = kind or wchoice(rng, [("name_ko", 82), ("name_single_given", 8), ("name_compound_surname", 10)])
        if k == "name_compound_surname":
            sur = rng.choice(COMPOUND)
            given = rng.choice(SINGLE_GIVEN) if rng.random() < 0.3 else _given(rng, era)
        else:
            sur = rng.choices(SURNAME_LIST, SURNAME_W)[0]
            given = rng.choice(SINGLE_GIVEN) if k == "name_single_given" else _given(rng, era)
        full = sur + given
        if (full in NAME_BLOCK or given in NAME_BLOCK or given in GIVEN_BLOCK or full in avoid or len(full) < 2
                or (len(given) == 2 and given[0] == given[1])):
            continue
        return V("PERSON", full, k, "hangul", {"sur": sur, "given": given})
    fail("name pool exhausted")


def _given(rng, era):
    r = rng.random()
    if r < 0.45:
        pool = GIVEN_OLD if era < 1960 else GIVEN_MID if era < 1995 else GIVEN_YOUNG
        if r < 0.15:
            pool = rng.choice([GIVEN_OLD, GIVEN_MID, GIVEN_YOUNG])
        return rng.choice(pool)
    return rng.choice(G1) + rng.choice(G2)


def foreign_name(rng, nat=None, script=None, case="upper"):
    nat = nat or rng.choice(sorted(FOREIGN))
    spec = FOREIGN[nat]
    parts = [rng.choice(spec[c]) for c in spec["order"]]
    latin = " ".join(p[0] for p in parts)
    hangul = spec["sep"].join(p[1] for p in parts) if nat == "중국" else " ".join(p[1] for p in parts)
    if case == "title":
        latin = " ".join(w.capitalize() for w in latin.split())
    script = script or rng.choice(["latin", "hangul"])
    val = latin if script == "latin" else hangul
    return V("PERSON", val, "name_foreign_" + script, script, {"nat": nat, "latin": latin, "hangul": hangul})


# ----------------------------------------------------------------------------------
# institutions and hard negatives
# ----------------------------------------------------------------------------------
def stem_of(sg):
    last = sg.split()[-1] if " " in sg else sg
    if " " in sg:
        first = sg.split()[0]
        return first[:-1]
    return last[:-1] if len(last) > 2 else last


MINISTRIES = [("행정안전부", "장관", ["디지털정부정책과", "주민과", "지방재정정책과", "안전개선과"]),
              ("고용노동부", "장관", ["외국인력담당관", "근로기준정책과", "고용서비스정책과"]),
              ("농림축산식품부", "장관", ["농가소득안정추진단", "친환경농업과", "농촌정책과"]),
              ("해양수산부", "장관", ["어촌어항과", "어선안전정책과", "수산정책과"]),
              ("보건복지부", "장관", ["노인정책과", "보육정책과", "기초생활보장과"]),
              ("국토교통부", "장관", ["공공주택정책과", "주거복지정책과", "자동차정책과"]),
              ("국민권익위원회", "위원장", ["고충민원심의과", "부패방지총괄과"]),
              ("법무부", "장관", ["체류관리과", "외국인정책과"]),
              ("소방청", "청장", ["119구급과", "화재대응조사과"]),
              ("해양경찰청", "청장", ["수색구조과", "해상교통계"])]


def gen_inst(rng, kind="sigungu", region=None):
    sido_full, sido_short, sg, dong = region or pick_region(rng)
    area = AREA[sido_short]
    exch = _d(rng, 3 if area != "02" else 4, "2345678") if kind != "ministry" else _d(rng, 3, "2345678")
    st = stem_of(sg)
    sg_last = sg.split()[0]
    head_title = {"구": "구청장", "시": "시장", "군": "군수"}.get(sg_last[-1], "시장")
    if kind == "ministry":
        name, head_title, depts = rng.choice(MINISTRIES)
        head_title = name + head_title
        sido_full, sido_short, area = "세종특별자치시", "세종", "044"
        addr = "세종특별자치시 %s %d 정부세종청사 %d동" % (rng.choice(["한누리대로", "도움로", "다솜로", "정부2청사로"]),
                                                    rng.randint(100, 500), rng.randint(1, 16))
        sg = "세종"
    else:
        depts = {"sigungu": ["민원여권과", "자치행정과", "복지정책과", "건축과", "교통행정과", "세무과", "농업정책과",
                             "주택과", "감사담당관", "총무과", "일자리경제과", "해양수산과"],
                 "dong": ["민원팀", "복지팀", "행정팀"], "police": ["수사과", "여성청소년과", "교통과", "생활안전과"],
                 "fire": ["구급팀", "현장대응단", "예방안전과"], "coast": ["수사과", "경비구조과", "해양안전과"],
                 "health": ["건강증진과", "감염병관리팀", "방문보건팀"], "edu": ["행정지원과", "교육지원과"],
                 "council": ["의사팀", "의정팀", "전문위원실"], "nhis": ["자격부", "징수부", "급여부"],
                 "lh": ["주거복지부", "임대관리부"], "center": ["사례관리팀", "운영팀"]}[kind]
        name = {"sigungu": (sg.split()[0] if " " in sg else sg) + "청", "dong": dong + " 행정복지센터",
                "police": st + "경찰서", "fire": st + "소방서", "coast": st + "해양경찰서", "health": st + "보건소",
                "edu": st + "교육지원청", "council": (sg.split()[0] if " " in sg else sg) + "의회",
                "nhis": "국민건강보험공단 " + st + "지사", "lh": "한국토지주택공사 " + sido_short + "지역본부",
                "center": st + "종합사회복지관"}[kind]
        x = sg.split()[0]
        head_title = {"sigungu": x + {"구": "청장", "시": "장", "군": "수"}.get(x[-1], "장"), "dong": dong + "장",
                      "police": name + "장", "fire": name + "장", "coast": name + "장", "health": name + "장",
                      "edu": name + " 교육장", "council": name + " 의장", "nhis": name + "장", "lh": name + "장",
                      "center": name + "장"}[kind]
        road = rng.choice({"시": ["시청로", "중앙로", "청사로", "행정로"], "군": ["군청길", "군청로", "관아길", "중앙로"],
                           "구": ["구청로", "중앙로", "청사로", "행정로"]}.get(x[-1], ["중앙로", "청사로"]))
        addr = "%s %s %s %d" % (sido_full, sg, road, rng.randint(1, 120))
        if rng.random() < 0.3:
            addr += " %s" % rng.choice(["본관", "별관", "2층", "3층", "4층"])
    sw_last = rng.choice(["2114", "1114", "0114", "2000", "3114", "5114"])
    return dict(kind=kind, name=name, head=head_title, depts=depts, addr=addr, area=area, exch=exch,
                switch="%s-%s-%s" % (area, exch, sw_last), postal="%05d" % rng.randint(1000, 63644),
                sido=sido_short, sg=sg, dong=dong, stem=st)


def switch_15(rng):
    return "%s-%04d" % (rng.choice(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]), rng.randint(1000, 9999))


SHORT_CODES = [("110", "정부민원안내콜센터"), ("120", "다산콜센터"), ("1345", "외국인종합안내센터"),
               ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금 고객센터"), ("129", "보건복지상담센터"),
               ("119", "소방"), ("112", "경찰"), ("122", "해양긴급신고"), ("1301", "검찰 민원")]


def doc_number(rng, dept, year=None):
    r = rng.random()
    if r < 0.7:
        return "%s-%d" % (dept, rng.randint(101, 29999))
    if r < 0.85:
        return "%s-%d-%d" % (dept, year or rng.randint(2019, 2026), rng.randint(1, 9999))
    return "%s %05d-%d" % (dept[:2], rng.randint(1000, 99999), rng.randint(1, 999))


def case_number(rng, year=None, kind=None):
    y = year or rng.randint(2018, 2026)
    kind = kind or rng.choice(["구합", "구단", "누", "두", "고단", "고합", "가단", "가합", "나", "노", "고약", "타경"])
    return "%d%s%d" % (y, kind, rng.randint(100, 99999))


def appeal_number(rng, year=None):
    y = year or rng.randint(2020, 2026)
    return rng.choice(["%d-%05d" % (y, rng.randint(1, 30000)), "중앙%d-%d" % (y, rng.randint(1, 20000)),
                       "%s행심 %d-%d" % (rng.choice(["경기", "서울", "충남", "전남", "경북"]), y, rng.randint(1, 3000))])


STATUTES = [("개인정보 보호법", [15, 17, 18, 23, 24, 29, 59]), ("주민등록법", [7, 16, 24, 29, 37]),
            ("여권법", [9, 11, 13, 16]), ("도로교통법", [43, 44, 93, 148]), ("출입국관리법", [17, 18, 31, 33, 94]),
            ("공공기관의 정보공개에 관한 법률", [9, 11, 13, 14]), ("국민건강보험법", [5, 12, 41, 57, 69]),
            ("민원 처리에 관한 법률", [9, 17, 27, 35]), ("지방공무원법", [48, 55, 69, 72]),
            ("국가공무원법", [56, 57, 63, 78]), ("행정심판법", [13, 18, 27, 43, 46]), ("건축법", [11, 14, 79, 80]),
            ("외국인근로자의 고용 등에 관한 법률", [8, 9, 18, 25]), ("119구조·구급에 관한 법률", [13, 22]),
            ("영유아보육법", [24, 29, 34]), ("노인장기요양보험법", [23, 35, 37]), ("농어업경영체 육성 및 지원에 관한 법률", [4, 10]),
            ("공공주택 특별법", [48, 49]), ("수상레저안전법", [17, 28]), ("어선법", [3, 5, 13]),
            ("자원봉사활동 기본법", [7, 14]), ("정부 표창 규정", [2, 11]), ("공무원 여비 규정", [16, 18]), ("식품위생법", [44, 75]), ("보조금 관리에 관한 법률", [31, 33]),
            ("형법", [347]), ("행정절차법", [14, 21]), ("전자금융거래법", [6, 49]), ("국민기초생활 보장법", [23, 30])]


GENRE_LAWS = {"공문": ["개인정보 보호법", "민원 처리에 관한 법률", "공공기관의 정보공개에 관한 법률", "주민등록법"],
              "민원 답변": ["민원 처리에 관한 법률", "도로교통법", "여권법", "건축법", "공공주택 특별법"],
              "행정심판 재결서": ["행정심판법", "도로교통법", "출입국관리법", "공공기관의 정보공개에 관한 법률"],
              "판결·결정문": ["도로교통법", "개인정보 보호법", "출입국관리법", "행정심판법"],
              "감사·징계 보고서": ["지방공무원법", "국가공무원법", "공무원 여비 규정", "개인정보 보호법"],
              "대장·명부": ["외국인근로자의 고용 등에 관한 법률", "농어업경영체 육성 및 지원에 관한 법률", "자원봉사활동 기본법", "공공주택 특별법"],
              "소방·구급 기록": ["119구조·구급에 관한 법률"], "해양경찰 기록": ["수상레저안전법", "어선법"],
              "보건·의료 기록": ["국민건강보험법", "노인장기요양보험법"], "복지·돌봄 기록": ["영유아보육법", "노인장기요양보험법"],
              "계약서": ["개인정보 보호법", "공공주택 특별법"], "경찰 기록": ["도로교통법", "개인정보 보호법"],
              "신청서·동의서·신고서": ["개인정보 보호법", "주민등록법", "여권법"], "공고·고시": ["민원 처리에 관한 법률", "건축법", "주민등록법"],
              "포상 추천서": ["정부 표창 규정"], "출장 복명서": ["공무원 여비 규정"]}
CURRENT = {"genre": None}


def statute(rng, short=False, law=None):
    pref = [law] if law else GENRE_LAWS.get(CURRENT["genre"])
    pool = [x for x in STATUTES if x[0] in pref] if pref and (law or rng.random() < 0.8) else STATUTES
    law, arts = rng.choice(pool)
    art = rng.choice(arts)
    s = "「%s」 제%d조" % (law, art)
    if rng.random() < 0.6:
        s += " 제%d항" % rng.randint(1, 4)
    if rng.random() < 0.3:
        s += " 제%d호" % rng.randint(1, 6)
    if short and rng.random() < 0.5:
        s = "같은 법 시행령 제%d조" % rng.randint(2, 40)
    return s


def amount(rng, lo=10000, hi=50000000, style=None):
    n = rng.randint(lo // 1000, hi // 1000) * 1000
    style = style or rng.choice(["won", "won", "won", "krw", "geum", "man"])
    if style == "won":
        return "%s원" % format(n, ",")
    if style == "krw":
        return "₩%s" % format(n, ",")
    if style == "geum":
        return "금 %s원" % format(n, ",")
    return "%s만 원" % format(n // 10000, ",") if n >= 10000 else "%s원" % format(n, ",")


def fdate(rng, lo=(2024, 1, 1), hi=(2026, 12, 5), fmt=None):
    d = rand_date(rng, D_(*lo), D_(*hi))
    fmt = fmt or rng.choice(["dot_space", "dot_space", "kor", "iso", "dot_pad"])
    return fmt_date(d, fmt), d


def company(rng):
    stem = rng.choice(COMPANY_STEM)
    kind = rng.choice(COMPANY_KIND)
    form = rng.choice(["(주)%s%s", "주식회사 %s%s", "%s%s(주)", "유한회사 %s%s", "%s%s", "㈜%s%s"])
    name = form % (stem, kind)
    rom = {"한빛": "hanbit", "새솔": "saesol", "다온": "daon", "누리": "nuri", "가온": "gaon", "해랑": "haerang",
           "푸른들": "pureundeul", "미르": "mir", "온새미로": "onsaemiro", "한결": "hangyeol", "든솔": "deunsol",
           "바른길": "bareungil", "청솔": "cheongsol", "동해": "donghae", "서해": "seohae", "새암": "saeam",
           "라온": "raon", "단비": "danbi", "하람": "haram", "은솔": "eunsol"}[stem]
    dom = rom + rng.choice(["", "-" + rng.choice(["eng", "con", "tech", "food", "env"])]) + rng.choice([".co.kr", ".com", ".kr"])
    return name, dom


PLACEHOLDERS = ["갑", "을", "병", "홍길동", "A씨", "B씨", "A법인", "B사", "○○○", "김○○", "이○○", "박**", "최**",
                "정 모 씨", "김모 씨", "이 모 씨", "아무개", "성명 미상"]


def placeholder_masked(rng):
    sur = rng.choices(SURNAME_LIST, SURNAME_W)[0]
    return rng.choice([sur + "○○", sur + "**", sur + "○" + rng.choice(G2), sur + " 모 씨", sur + "모(%d)씨" % rng.randint(20, 79),
                       sur + "*" + rng.choice(G2), sur + "OO"])


NAME_LIKE = [("김포", "place"), ("이천", "place"), ("정선", "place"), ("고성", "place"), ("장성", "place"),
             ("안성", "place"), ("강진", "place"), ("홍성", "place"), ("문경", "place"), ("진주", "place"),
             ("하동", "place"), ("임실", "place"), ("송도", "place"), ("한남", "place"), ("조정", "noun"),
             ("임금", "noun"), ("방문", "noun"), ("성과", "noun"), ("유지", "noun"), ("공정", "noun"),
             ("전기", "noun"), ("장기", "noun"), ("신용", "noun"), ("지원", "noun"), ("한도", "noun"),
             ("진단", "noun"), ("한솔", "firm"), ("대성", "firm"), ("금강", "firm"), ("백두", "product"),
             ("한라봉", "product"), ("남해", "place"), ("서해", "place"), ("동해", "place")]


# ----------------------------------------------------------------------------------
# Doc helpers
# ----------------------------------------------------------------------------------
def person(D, kind=None, era=2000, script=None, nat=None, case="upper"):
    for _ in range(100):
        if kind and kind.startswith("name_foreign") or script:
            v = foreign_name(D.rng, nat=nat, script=script or kind.split("_")[-1], case=case)
        else:
            v = ko_name(D.rng, kind, era=era)
        if v.value not in D.used and not any(v.value in u or u in v.value for u in D.used if len(u) >= 2):
            D.used.add(v.value)
            return v
    fail("no unique name")


def maybe_foreign(D, p=0.1, era=2000):
    if D.rng.random() < p:
        return person(D, script=D.rng.choice(["latin", "hangul"]), case=D.rng.choice(["upper", "title"]))
    return person(D, era=era)


OFFICIAL_TITLES = ["주무관", "주무관", "주무관", "팀장", "과장", "사무관", "서기관", "계장", "실무관"]


def neg_inst_footer(D, inst, official, email=True, fax=True, disclosure=True, layout=None):
    """Electronic 공문 footer.  Official's direct line, fax and e-mail are PII; the rest not."""
    rng = D.rng
    tel = gen_landline(rng, inst["area"], inst["exch"], fmt="hyphen")
    fx = gen_landline(rng, inst["area"], inst["exch"], sub="phone_fax", fmt="hyphen")
    layout = layout or rng.choice(["a", "b", "c"])
    D("우 ", N(inst["postal"], "postal_code"), " ", N(inst["addr"], "institution_address"))
    if layout == "a":
        D("  / ", N("www.%s.go.kr" % rng.choice(["gov", "city", "gun", "gu", "korea"]), "institution_url"), "\n")
        D("전화번호 ", tel, "  팩스번호 ", fx if fax else N(inst["switch"], "switchboard"))
        if email:
            D("  / ", official["email"])
        D("  / ", rng.choice(["공개", "부분공개(6)", "비공개(6)", "부분공개(5)"]) if disclosure else "", "\n")
    elif layout == "b":
        D("\n전화 ", tel, " 전송 ", fx if fax else "", " 대표전화 ", N(inst["switch"], "switchboard"), "\n")
        if email:
            D("전자우편 ", official["email"], "\n")
        if disclosure:
            D("공개구분: ", rng.choice(["공개", "부분공개", "비공개"]), "\n")
    else:
        D("\n☎ ", tel, " / FAX ", fx, "\n" if not email else " / ", official["email"] if email else None, "\n" if email else None)
        if disclosure:
            D("/" + rng.choice(["대시민 공개", "공개", "부분공개(6)"]) + "\n")
    return tel


def make_official(D, inst, title=None, era=2020, kind=None):
    p = person(D, kind=kind, era=1970 if era < 2005 else 1985)
    email = gen_email(D.rng, p, "korea.kr" if D.rng.random() < 0.75 else "%s.go.kr" % ROM.get(p.info.get("sur", ""), "city"))
    return {"name": p, "title": title or D.rng.choice(OFFICIAL_TITLES), "email": email,
            "tel": gen_landline(D.rng, inst["area"], inst["exch"], fmt="hyphen")}


def kv(D, label, value, sep=None, end="\n"):
    sep = sep if sep is not None else D.rng.choice([": ", " : ", "：", "  ", ": "])
    D(label, sep, value, end)


def table(D, header, rows, style=None, header_on=True):
    """Flatten a table.  Cells are str / V / N / list-of-parts.  style: pipe, pipe_edge, tab, spaces."""
    rng = D.rng
    style = style or rng.choice(["pipe", "pipe_edge", "tab", "spaces"])

    def cell_len(c):
        if isinstance(c, (list, tuple)):
            return sum(cell_len(x) for x in c)
        if isinstance(c, V):
            return len(c.value)
        if isinstance(c, N):
            return len(c.text)
        return len(c or "")
    allrows = ([header] if header_on and header else []) + rows
    widths = [max(cell_len(r[i]) for r in allrows if i < len(r)) for i in range(max(len(r) for r in allrows))]
    for r in allrows:
        if style == "pipe_edge":
            D("| ")
        for i, c in enumerate(r):
            if i:
                D({"pipe": "|", "pipe_edge": " | ", "tab": "\t", "spaces": "  "}[style])
            D(c if c not in (None,) else "")
            if style == "spaces" and i < len(r) - 1:
                D(" " * (widths[i] - cell_len(c)))
        if style == "pipe_edge":
            D(" |")
        D("\n")
    return style


# ----------------------------------------------------------------------------------
# noise
# ----------------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}
ODD_HYPHENS = ["‐", "－", "–", "−", "ー"]
CONF_TO = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
CONF_BACK = {"O": "0", "l": "1", "I": "1", "S": "5", "B": "8"}


def noise_options(v, val):
    t = v.type
    opts = []
    has_d = any(c.isdigit() for c in val)
    if t == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", val):
            opts += ["spaced_name", "spaced_name"]
        if len(val) >= 3:
            opts.append("wrapped")
        return opts
    if t == "KR_ADDRESS":
        return ["wrapped", "wrapped", "fullwidth_digits", "spaces_dropped"]
    if t == "EMAIL_ADDRESS":
        return ["wrapped", "fullwidth_symbol", "space_in_value"]
    if has_d:
        opts += ["fullwidth_digits", "space_in_number", "newline_in_number"]
    if "-" in val:
        opts += ["unicode_hyphen", "unicode_hyphen"]
    if t not in ("KR_PASSPORT",) and ":" not in val and any(c in CONF_TO for c in val):
        opts += ["ocr_confusable", "ocr_confusable"]
    return opts


def _interior_positions(val, pred=lambda i, v: True):
    return [i for i in range(1, len(val)) if not val[i - 1].isspace() and not val[i].isspace() and pred(i, val)]


def apply_noise(tag, val, v, rng):
    if tag == "fullwidth_digits":
        idx = [i for i, c in enumerate(val) if c.isdigit()]
        if not idx:
            fail("no digits for fullwidth")
        chosen = set(i for i in idx if rng.random() < 0.75) or {rng.choice(idx)}
        return "".join(FW[c] if i in chosen else c for i, c in enumerate(val))
    if tag == "unicode_hyphen":
        h = rng.choice(ODD_HYPHENS)
        if "-" not in val:
            fail("no hyphen")
        return val.replace("-", h)
    if tag in ("space_in_number", "space_in_value"):
        pos = _interior_positions(val, lambda i, v: v[i - 1] in "-@" or v[i] in "-@" or (v[i - 1].isdigit() and v[i].isdigit()))
        if not pos:
            fail("no position for space")
        p = rng.choice(pos)
        return val[:p] + " " + val[p:]
    if tag == "newline_in_number":
        pos = _interior_positions(val, lambda i, v: v[i - 1] in "-." or v[i].isdigit())
        if not pos:
            fail("no position for newline")
        pref = [p for p in pos if val[p - 1] in "-."]
        p = rng.choice(pref) if pref and rng.random() < 0.7 else rng.choice(pos)
        return val[:p] + "\n" + val[p:]
    if tag == "ocr_confusable":
        idx = [i for i, c in enumerate(val) if c in CONF_TO]
        if not idx:
            fail("no confusable digit")
        chosen = rng.sample(idx, min(len(idx), rng.choice([1, 1, 2])))
        return "".join(rng.choice(CONF_TO[c]) if i in chosen else c for i, c in enumerate(val))
    if tag == "spaced_name":
        return " ".join(val)
    if tag == "wrapped":
        sp = [i for i, c in enumerate(val) if c == " " and 0 < i < len(val) - 1]
        if sp and rng.random() < 0.7:
            p = rng.choice(sp)
            return val[:p] + "\n" + val[p + 1:]
        pos = _interior_positions(val)
        p = rng.choice(pos)
        return val[:p] + "\n" + val[p:]
    if tag == "fullwidth_symbol":
        return val.replace("@", "＠").replace(".", rng.choice([".", "．"]), 1)
    if tag == "spaces_dropped":
        if " " not in val:
            fail("no spaces to drop")
        return val.replace(" ", "")
    if tag == "lost_bracket":
        return val
    fail("unknown noise " + tag)


TEXT_NOISE = [("·", "."), ("ㆍ", "."), ("「", "["), ("」", "]"), ("□", "ㅁ"), ("○", "O"), ("※", "*"),
              ("：", ":"), ("『", "["), ("』", "]"), ("◦", "o"), ("❍", "O")]


def ocr_text(seg, rng):
    out = []
    for c in seg:
        r = rng.random()
        rep = dict(TEXT_NOISE).get(c)
        if rep and r < 0.5:
            out.append(rep)
        elif c == " " and r < 0.04:
            continue
        elif c == " " and r < 0.07:
            out.append("  ")
        else:
            out.append(c)
    return "".join(out)


# ----------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------
def render(D):
    rng = D.rng
    segs = []
    for k, x in D.segs:
        if k == "v":
            val, tags = x.value, []
            if x.force:
                for tg in x.force:
                    val = apply_noise(tg, val, x, rng)
                    tags.append(tg)
            elif D.noise_p and rng.random() < D.noise_p:
                opts = noise_options(x, val)
                if opts:
                    tg = rng.choice(opts)
                    val = apply_noise(tg, val, x, rng)
                    tags.append(tg)
            segs.append(["v", val, x, tags])
        elif k == "n":
            segs.append(["n", x.text, x, []])
        else:
            segs.append(["t", x, None, []])
    if D.ocr:
        for i, s in enumerate(segs):
            if s[0] == "t":
                s[1] = ocr_text(s[1], rng)
        # lost brackets around values
        for i, s in enumerate(segs):
            if s[0] != "v":
                continue
            if i > 0 and segs[i - 1][0] == "t" and segs[i - 1][1].endswith("(") and rng.random() < 0.5:
                segs[i - 1][1] = segs[i - 1][1][:-1] + " "
                s[3].append("lost_bracket")
            if i + 1 < len(segs) and segs[i + 1][0] == "t" and segs[i + 1][1].startswith(")") and rng.random() < 0.5:
                segs[i + 1][1] = segs[i + 1][1][1:]
                if "lost_bracket" not in s[3]:
                    s[3].append("lost_bracket")
        # hard wraps at a fixed width
        width = rng.randint(34, 58)
        col = 0
        for s in segs:
            out = []
            val = s[1]
            for j, c in enumerate(val):
                if c == "\n":
                    col = 0
                    out.append(c)
                    continue
                if col >= width and not c.isspace():
                    if s[0] == "t":
                        out.append("\n")
                        col = 0
                    elif s[0] == "v" and 0 < j and not val[j - 1].isspace() and rng.random() < 0.8:
                        out.append("\n")
                        col = 0
                        if "wrapped" not in s[3]:
                            s[3].append("wrapped")
                out.append(c)
                col += 1
            s[1] = "".join(out)
    text, spans, negs = [], [], []
    pos = 0
    for k, val, x, tags in segs:
        if k == "v":
            spans.append({"start": pos, "end": pos + len(val), "type": x.type, "sub": x.sub, "fmt": x.fmt,
                          "noise": tags, "value": val, "clean": x.value})
        elif k == "n":
            negs.append({"start": pos, "end": pos + len(val), "text": val, "category": x.cat})
        text.append(val)
        pos += len(val)
    return "".join(text), spans, negs


# ----------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------
HYPHENS = "‐‑‒–—−－ー﹣"


def norm_num(s, confusable=True):
    s = unicodedata.normalize("NFKC", s)
    s = "".join("-" if c in HYPHENS else c for c in s)
    s = re.sub(r"\s+", "", s)
    if confusable:
        s = "".join(CONF_BACK.get(c, c) for c in s)
    return s


def canon(type_, s):
    if type_ in ("PERSON", "KR_ADDRESS"):
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    if type_ == "EMAIL_ADDRESS":
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    if type_ == "KR_PASSPORT":
        # OCR may read 0/1 as O/l/I; passport letters never include those after the first character here
        s = norm_num(s, confusable=False)
        return s[:1] + "".join({"O": "0", "l": "1", "I": "1"}.get(c, c) for c in s[1:])
    if type_ == "IP_ADDRESS" and ":" in s:
        return norm_num(s, confusable=False)
    return norm_num(s)


def valid_date(y, m, d):
    try:
        return D_(y, m, d)
    except ValueError:
        return None


def rrn_birth(ymd, g):
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800}[g]
    return valid_date(cent + int(ymd[:2]), int(ymd[2:4]), int(ymd[4:6]))


MASKS = "*●Xx○"
PLACEHOLDER_RE = re.compile(r"홍길동|○|\*\*|아무개|[가-힣] ?모 ?씨|^[갑을병]$")


def classify(type_, c):
    """Validate the canonical (denoised, whitespace-free) value; return the inferred sub-kind."""
    if type_ == "KR_RRN":
        m = re.fullmatch(r"(\d{6})-?([0-4])([0-9]{6}|[%s]{6})" % MASKS, c)
        if not m:
            fail("RRN shape " + c)
        g = int(m.group(2))
        b = rrn_birth(m.group(1), g)
        if not b:
            fail("RRN birth date " + c)
        if m.group(3)[0] in MASKS:
            if len(set(m.group(3))) != 1:
                fail("mixed mask")
            return "rrn_masked"
        digits = m.group(1) + m.group(2) + m.group(3)
        ok = rrn_check(digits[:12]) == int(digits[12])
        if b >= D_(2020, 10, 1):
            if ok or g not in (3, 4):
                fail("post-2020 RRN must be checksum-invalid " + c)
            return "rrn_post2020"
        if not ok:
            fail("RRN checksum " + c)
        return "rrn_valid"
    if type_ == "KR_FRN":
        m = re.fullmatch(r"(\d{6})-?([5-8])([0-9]{6}|[%s]{6})" % MASKS, c)
        if not m or not rrn_birth(m.group(1), int(m.group(2))):
            fail("FRN shape " + c)
        if m.group(3)[0] in MASKS:
            return "frn_masked"
        digits = m.group(1) + m.group(2) + m.group(3)
        if frn_check(digits[:12]) != int(digits[12]) or int(digits[7:9]) % 2 or digits[11] not in "6789":
            fail("FRN legacy check " + c)
        return "frn_valid"
    if type_ == "KR_PASSPORT":
        if re.fullmatch(r"[MSGDR]\d{8}", c):
            return "passport_old"
        if re.fullmatch(r"[MSGDR]\d{3}[A-Z]\d{4}", c):
            return "passport_new"
        if re.fullmatch(r"[A-Z0-9]{7,9}", c) and sum(ch.isdigit() for ch in c) >= 5:
            return "passport_foreign"
        fail("passport " + c)
    if type_ == "KR_DRIVER_LICENSE":
        m = re.fullmatch(r"(\d{2}|%s)-?(\d{2})-?(\d{6})-?(\d{2})" % "|".join(DL_NAMES), c)
        if not m:
            fail("DL " + c)
        if m.group(1).isdigit():
            if m.group(1) not in DL_REGIONS:
                fail("DL region " + c)
            return "dl_numeric" if "-" in c else "dl_plain"
        return "dl_name"
    if type_ == "CREDIT_CARD":
        raw = c.replace("-", "")
        if re.fullmatch(r"\d{15,16}", raw):
            if not luhn_ok(raw):
                fail("Luhn " + c)
            return "card"
        if re.fullmatch(r"\d{4,6}[*●X]{5,8}\d{4}", raw) and len(raw) in (15, 16):
            return "card_masked"
        fail("card " + c)
    if type_ == "KR_BANK_ACCOUNT":
        if not re.fullmatch(r"\d{2,14}(-\d{1,7}){0,4}", c) or not 10 <= len(c.replace("-", "")) <= 14:
            fail("account " + c)
        return "acct"
    if type_ == "PHONE_NUMBER":
        if re.fullmatch(r"01[016789][-.]?\d{3,4}[-.]?\d{4}", c):
            return "phone_mobile"
        if re.fullmatch(r"\+82-?1[016789]-?\d{3,4}-?\d{4}", c):
            return "phone_mobile"
        if re.fullmatch(r"0[3-6]\d{2}-[2-9]\d{1,2}-\d{4}", c):
            return "phone_landline"
        if re.fullmatch(r"070[-.]?\d{3,4}[-.]?\d{4}", c):
            return "phone_070"
        if re.fullmatch(r"0(2|[3-6]\d{1,2})[-.]?[2-9]\d{2,3}[-.]?\d{4}", c) and not re.match(r"1[5-9]\d\d", c):
            return "phone_landline"
        fail("phone " + c)
    if type_ == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c, re.I):
            fail("email " + c)
        return "email"
    if type_ == "KR_HEALTH_INSURANCE":
        if not re.fullmatch(r"\d{11}", c.replace("-", "")):
            fail("health insurance " + c)
        return "hi_11digit"
    if type_ == "KR_BRN":
        raw = c.replace("-", "")
        if not re.fullmatch(r"\d{10}", raw) or brn_check(raw[:9]) != int(raw[9]):
            fail("BRN " + c)
        return "brn"
    if type_ == "KR_CRN":
        raw = c.replace("-", "")
        if not re.fullmatch(r"\d{13}", raw) or crn_check(raw[:12]) != int(raw[12]):
            fail("CRN " + c)
        return "crn_valid"
    if type_ == "KR_VEHICLE_PLATE":
        if re.fullmatch(r"(%s)?\d{1,3}[가-힣]\d{4}" % "|".join(PLATE_REGIONS), c):
            return "plate"
        if re.fullmatch(r"(%s)[가-힣]{1,3}(시|군|구)?[가-힣]\d{4}" % "|".join(PLATE_REGIONS), c):
            return "plate_motorcycle"
        fail("plate " + c)
    if type_ == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(c)
        except ValueError:
            fail("IP " + c)
        return "ipv6" if ip.version == 6 else ("ip_private" if ip.is_private else "ip_public")
    if type_ == "DATE_OF_BIRTH":
        pats = [r"(\d{4})\.(\d{1,2})\.(\d{1,2})\.?", r"(\d{4})년(\d{1,2})월(\d{1,2})일", r"(\d{4})-(\d{2})-(\d{2})",
                r"(\d{2})\.(\d{1,2})\.(\d{1,2})\.?", r"(\d{2})(\d{2})(\d{2})", r"(\d{4})(\d{2})(\d{2})",
                r"(\d{4})/(\d{2})/(\d{2})", r"(\d{2})년(\d{1,2})월(\d{1,2})일", r"'(\d{2})\.(\d{1,2})\.(\d{1,2})\.?"]
        for p in pats:
            m = re.fullmatch(p, c)
            if m:
                y = int(m.group(1))
                y = y + (1900 if y > 26 else 2000) if y < 100 else y
                if not valid_date(y, int(m.group(2)), int(m.group(3))) or not 1900 < y <= 2026:
                    fail("DOB date " + c)
                return "dob"
        fail("DOB shape " + c)
    if type_ == "PERSON":
        if PLACEHOLDER_RE.search(c) or c in NAME_BLOCK:
            fail("placeholder/blocked labelled as PERSON: " + c)
        if re.search(r"(씨|님|과장|팀장|주무관|위원|의원|귀하)$", c):
            fail("title inside PERSON " + c)
        if re.fullmatch(r"[가-힣]{2,4}", c) and (c[:2] in COMPOUND or c[0] in SURNAME_LIST):
            return "name_ko"
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", c):
            return "name_hanja"
        if re.fullmatch(r"[A-Za-z][A-Za-z.'-]+", c) or re.fullmatch(r"[가-힣]+", c):
            return "name_foreign"
        fail("PERSON chars " + c)
    if type_ == "KR_ADDRESS":
        if not re.search(r"\d", c) or not re.search(r"(시|도|군|구|읍|면)", c):
            fail("address " + c)
        if c.startswith("(") or c.endswith(")"):
            fail("address brackets " + c)
        if re.search(r"[│┃|\t┌└├]", c):
            fail("address contains table rules " + c)
        return "address"
    fail("type " + type_)


KO_SUBS = ("name_ko", "name_single_given", "name_compound_surname")


def sub_consistent(t, sub, inferred):
    if t in ("KR_RRN", "KR_FRN", "KR_PASSPORT", "IP_ADDRESS"):
        return sub == inferred
    if t == "KR_DRIVER_LICENSE":
        return (sub == "dl_name") == (inferred == "dl_name")
    if t == "CREDIT_CARD":
        return (sub == "card_masked") == (inferred == "card_masked")
    if t == "PHONE_NUMBER":
        if sub in ("phone_mobile", "phone_mobile_legacy", "phone_intl"):
            return inferred == "phone_mobile"
        if sub == "phone_070":
            return inferred == "phone_070"
        return inferred == "phone_landline"
    if t == "PERSON":
        if sub == "name_hanja":
            return inferred == "name_hanja"
        return inferred == "name_ko" if sub in KO_SUBS else sub.startswith("name_foreign")
    return True


PII_LOOKS = [("mobile", re.compile(r"(?<![\d-])01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
             ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}")),
             ("rrn_shape", re.compile(r"(?<![\d-])\d{6}-\d{7}(?![\d-])")),
             ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}(?!\d)")),
             ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"))]


def validate_record(rec, meta):
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        fail("empty text")
    prev_end = -1
    cover = [False] * len(text)
    for s, m in zip(rec["spans"], meta["spans"]):
        a, b, t = s["start"], s["end"], s["type"]
        if t not in TYPES:
            fail("type")
        if not (0 <= a < b <= len(text)) or a < prev_end:
            fail("span order/overlap")
        prev_end = b
        val = text[a:b]
        if val != m["value"]:
            fail("span text != value")
        if val != val.strip():
            fail("whitespace at span edge: %r" % val)
        if canon(t, val) != canon(t, m["clean"]):
            fail("noisy value does not denoise to clean: %r vs %r" % (val, m["clean"]))
        inferred = classify(t, canon(t, m["clean"]))
        if not sub_consistent(t, m["sub"], inferred):
            fail("sub-kind mismatch %s: %s vs inferred %s (%r)" % (t, m["sub"], inferred, val))
        for i in range(a, b):
            cover[i] = True
    # every other occurrence of a labelled string must be labelled
    for s in rec["spans"]:
        val = text[s["start"]:s["end"]]
        for m_ in re.finditer(re.escape(val), text):
            if not all(cover[m_.start():m_.end()]):
                fail("unlabelled second occurrence of %r" % val)
    # a labelled Korean name must also be labelled where it is written with spaces (or without them)
    for s in rec["spans"]:
        if s["type"] != "PERSON":
            continue
        c = re.sub(r"\s+", "", text[s["start"]:s["end"]])
        if len(c) >= 3 and re.fullmatch(r"[가-힣]+", c):
            for m_ in re.finditer(r"\s?".join(map(re.escape, c)), text):
                if not all(cover[m_.start():m_.end()]):
                    fail("unlabelled variant %r of name %r" % (m_.group(0), c))
    # hard negatives
    for n in meta["hard_negatives"]:
        if text[n["start"]:n["end"]] != n["text"]:
            fail("neg text")
        if any(cover[n["start"]:n["end"]]):
            fail("hard negative overlaps gold: %r" % n["text"])
    # PII-looking strings outside spans
    masked = "".join(c if not cover[i] else "\x00" for i, c in enumerate(text))
    masked = unicodedata.normalize("NFKC", masked)
    negcover = [False] * len(text)
    for n in meta["hard_negatives"]:
        for i in range(n["start"], n["end"]):
            negcover[i] = True
    for name, rx in PII_LOOKS:
        for m_ in rx.finditer(masked):
            st = m_.group(0)
            if name == "rrn_shape" and st == "000000-0000000":
                continue
            if all(negcover[m_.start():m_.end()]):
                # a tagged hard negative (e.g. a 4-4-4-4 issue number); it must not pass as a real card / RRN
                raw = re.sub(r"\D", "", st)
                if name == "card_shape" and luhn_ok(raw):
                    fail("hard negative is Luhn-valid: %r" % st)
                if name == "rrn_shape" and rrn_check(raw[:12]) == int(raw[12]):
                    fail("hard negative is RRN-valid: %r" % st)
                continue
            if name == "ipv4" and any(int(x) > 255 for x in st.split(".")):
                continue
            fail("PII-looking %s outside spans: %r" % (name, st))
    # placeholders / institution numbers never labelled
    for s in rec["spans"]:
        val = text[s["start"]:s["end"]]
        if s["type"] == "PERSON" and PLACEHOLDER_RE.search(val):
            fail("placeholder labelled")
        if s["type"] == "PHONE_NUMBER" and re.match(r"1[5-9]\d\d-\d{4}$", norm_num(val)):
            fail("15xx switchboard labelled")
        if s["type"] == "PHONE_NUMBER" and re.search(r"-(2114|1114|0114)$", norm_num(val)):
            fail("switchboard-shaped number labelled")
    if meta["no_pii"]:
        if rec["spans"] or not meta["hard_negatives"]:
            fail("no-PII record must have no spans and some hard negatives")
    elif not rec["spans"]:
        fail("PII record without spans")


# ----------------------------------------------------------------------------------
# templates (batch A)
# ----------------------------------------------------------------------------------
TEMPLATES = []


def template(tid, genre, count, nopii=0):
    def deco(f):
        TEMPLATES.append(dict(tid=tid, genre=genre, count=count, fn=f, nopii=nopii))
        return f
    return deco


def sp(D, p, prob=0.3):
    """Letter-space a Hangul name sometimes (sign-off lines, 결재란)."""
    if D.rng.random() < prob and re.fullmatch(r"[가-힣]{2,4}", p.value):
        return p.nz("spaced_name")
    return p


def ndate(D, lo=(2024, 1, 1), hi=(2026, 12, 5), fmt=None):
    s, _ = fdate(D.rng, lo, hi, fmt)
    return N(s, "date")


def office(D, s):
    return N(s, "office_title")


TOPICS = ["불법 주정차 단속 요청", "공동주택 층간소음 중재 요청", "보도블록 파손 보수 요청", "가로등 고장 신고",
          "과태료 부과 이의", "여권 재발급 처리 지연", "운전면허 자진반납 교통비 지원", "농업인 수당 지급 문의",
          "공공임대주택 하자 보수", "어린이집 입소 대기 문의", "쓰레기 무단투기 단속", "외국인 근로자 고용허가 문의"]


@template("T01_gongmun_electronic", "공문", 22, nopii=4)
def t01(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "sigungu", "ministry", "health", "edu", "fire"]))
    dept = rng.choice(inst["depts"])
    D(inst["name"], "\n")
    if rng.random() < 0.3:
        D(rng.choice(["함께 여는 미래, 모두의 행복", "시민이 행복한 도시", "안전하고 따뜻한 지역사회"]), "\n")
    rec = rng.choice(["수신자 참조", "내부결재", None])
    D("수신  ", rec if rec else office(D, "%s(%s장)" % (rng.choice(["각 시·군 시장·군수", "각 읍·면·동장", "행정안전부장관", "도지사"]), rng.choice(["총무과", "자치행정과", "민원과"]))), "\n")
    D("(경유)\n")
    subj = rng.choice(["개인정보 처리 실태 점검 결과 통보", "민원 처리 결과 회신", "보조금 지급 대상자 통보",
                       "공무원 교육 대상자 추천", "자원봉사자 보험 가입 요청", "체납 차량 번호판 영치 협조 요청",
                       "외국인 주민 실태조사 결과 제출", "관외 출장 공무원 명단 통보"])
    D("제목  ", subj, "\n\n")
    D("1. 관련: ", N(doc_number(rng, dept), "document_number"), "(", ndate(D), ")\n")
    D("2. ", rng.choice(["위 호와 관련하여", "귀 기관의 무궁한 발전을 기원하며,"]), " ", subj.replace(" 통보", "").replace(" 요청", ""),
      "에 관하여 다음과 같이 알려드리니 업무에 참고하시기 바랍니다.\n")
    if nopii:
        D("  가. 근거: ", N(statute(rng), "statute_citation"), "\n")
        D("  나. 대상: 관내 ", rng.choice(["공동주택 ", "사업장 ", "어린이집 "]), "%d개소\n" % rng.randint(5, 90))
        D("  다. 소요예산: ", N(amount(rng), "amount"), "\n")
        D("3. 기타 문의사항은 ", N(inst["switch"], "switchboard"), "(대표전화)로 연락하여 주시기 바랍니다.\n\n")
        D("붙임  세부 계획 1부.  끝.\n\n", office(D, inst["head"]), "\n\n")
        D("[전자결재 완료]  시행 ", N(doc_number(rng, dept), "document_number"), " (", ndate(D), ")\n")
        D("우 ", N(inst["postal"], "postal_code"), " ", N(inst["addr"], "institution_address"), "\n")
        D("대표전화 ", N(inst["switch"], "switchboard"), " / ", rng.choice(["공개", "대시민 공개"]), "\n")
        return
    kind = rng.choice(["list", "single", "plain"])
    if kind == "list":
        D("  가. 대상자 명단\n")
        rows = []
        for _ in range(rng.randint(2, 4)):
            p = person(D)
            a, _, _ = gen_address(rng)
            rows.append([p, rng.choice([gen_rrn(rng, "rrn_masked"), gen_dob(rng), gen_mobile(rng)]), a])
        table(D, ["성명", "주민등록번호/생년월일/연락처", "주소"], rows, header_on=rng.random() < 0.6)
    elif kind == "single":
        p = person(D)
        D("  가. 민원인: ", p, "(", gen_mobile(rng), ")\n")
        if rng.random() < 0.5:
            D("  나. 차량번호: ", gen_plate(rng), "\n")
        else:
            a, _, _ = gen_address(rng)
            D("  나. 현장 주소: ", a, "\n")
    else:
        D("  가. 근거: ", N(statute(rng), "statute_citation"), "\n")
    staff = [make_official(D, inst, t) for t in (rng.choice(["주무관", "실무관", "행정주사보"]), "팀장", "과장")]
    D("3. 문의사항은 ", dept, " ", staff[0]["title"], " ", staff[0]["name"], "(", staff[0]["tel"], ")에게 연락하여 주시기 바랍니다.\n\n")
    D("붙임  ", rng.choice(["대상자 명단 1부.", "점검 결과 1부.", "관련 서식 2부."]), "  끝.\n\n")
    D(office(D, inst["head"]), "\n\n")
    lay = rng.choice(["line", "grid"])
    if lay == "line":
        D("기안자 ", staff[0]["title"], " ", sp(D, staff[0]["name"]), "   검토자 ", staff[1]["title"], " ",
          sp(D, staff[1]["name"]), "   결재권자 ", staff[2]["title"], " ", sp(D, staff[2]["name"]), "\n")
    else:
        D(staff[0]["title"], "\t", staff[1]["title"], "\t", rng.choice(["전결 ", ""]), staff[2]["title"], "\n")
        D(sp(D, staff[0]["name"], 0.5), "\t", sp(D, staff[1]["name"], 0.5), "\t", sp(D, staff[2]["name"], 0.5), "\n")
    if rng.random() < 0.4:
        c = make_official(D, inst, rng.choice(["주무관", "팀장"]))
        D("협조자 ", c["title"], " ", c["name"], "\n")
    D("시행  ", N(doc_number(rng, dept), "document_number"), " (", ndate(D, fmt="dot_space"), ")  접수  ",
      N(doc_number(rng, rng.choice(["총무과", "민원과", "기획예산과"])), "document_number"), " (", ndate(D), ")\n")
    neg_inst_footer(D, inst, staff[0])


@template("T02_gongmun_1990s", "공문", 14)
def t02(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "police", "dong"]))
    dept = rng.choice(["총무", "민방위", "사회", "산업", "지적", "병사"])
    d, _ = fdate(rng, (1991, 1, 1), (1999, 12, 31), "dot_space")
    D(rng.choice(["", "                 "]), " ".join(inst["name"].replace(" 행정복지센터", "동사무소")), "\n")
    larea = inst["area"] if inst["area"] != "031" else rng.choice(["0331", "0342", "0343"])
    D("                                   ", rng.choice(["☎", "전화"]), " ", N("%s-%s-%s" % (larea, _d(rng, 3, "2345678"), rng.choice(["2114", "0114", "1114", "4000"])), "switchboard"), rng.choice(["", " (대표)"]), "\n")
    D("문서번호  ", N("%s %05d-%d" % (dept, rng.randint(1000, 99999), rng.randint(1, 999)), "document_number"), "\n")
    D("시행일자  ", N(d, "date"), "\n(경   유)\n수   신  ", office(D, rng.choice(["도지사", "경찰서장", "각 읍·면·동장", "내무부장관"])),
      "\n참   조  ", rng.choice(["총무과장", "사회과장", "민원실장"]), "\n\n")
    D("제   목  ", rng.choice(["주민등록 일제 정리 대상자 통보", "민방위대원 편성 명단 송부", "생활보호대상자 책정 보고",
                          "무단 전출자 직권 조치 협조"]), "\n\n")
    D("  1. ", rng.choice(["관련근거", "근거"]), " : ", N("%s %05d-%d" % (rng.choice(["내무부", "도"]), rng.randint(1000, 99999), rng.randint(1, 999)), "document_number"),
      "(", N(fmt_date(rand_date(rng, D_(1991, 1, 1), D_(1999, 6, 30)), "dot_space"), "date"), ")\n")
    D("  2. 위 호와 관련, 아래 대상자에 대하여 조치하고 그 결과를 보고합니다.\n\n")
    D("                           - 아        래 -\n\n")
    rows = []
    for k in range(rng.randint(2, 5)):
        p = person(D, era=1950)
        b = gen_birth(rng, 1925, 1975)
        a, post, _ = gen_address(rng, kind=rng.choice(["addr_jibun", "addr_jibun_rural"]), old=True)
        rows.append(["%d" % (k + 1), p, gen_rrn(rng, "rrn_valid", birth=b, fmt="hyphen"), a])
    table(D, ["연번", "성  명", "주민등록번호", "주        소"], rows, style=rng.choice(["spaces", "spaces", "pipe"]))
    D("\n  3. 기타 문의사항은 ", dept, "계 ")
    p = person(D, era=1960)
    D(p, " ", rng.choice(["주사", "주사보", "서기"]), "(", rng.choice(["직통 ", "☎ "]), gen_landline(rng, larea, sub="phone_landline_legacy", fmt="hyphen"), ")에게 연락 바랍니다.  끝.\n\n")
    D("                        ", office(D, inst["head"]), "  [직인]\n")
    if rng.random() < 0.6:
        D("\n기안 ", rng.choice(["서기", "주사보"]), " ", sp(D, person(D, era=1960), 0.5), "  계장 ",
          sp(D, person(D, era=1950), 0.5), "  과장 전결\n")
    if rng.random() < 0.5:
        D("담당 전화 ", gen_mobile(rng, era=1997, fmt="hyphen"), "(삐삐/휴대)\n")


@template("T03_gongmun_2000s_memo", "공문", 12)
def t03(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "nhis", "edu"]))
    d, d0 = fdate(rng, (2003, 1, 1), (2013, 12, 31))
    D(rng.choice(["업 무 연 락", "협  조  전", "업무협조"]), "\n\n")
    s1, s2 = person(D, era=1965), person(D, era=1965)
    dept1, dept2 = rng.sample(inst["depts"], 2)
    D("발신: ", dept1, " (담당 ", s1, ")\n수신: ", dept2, "\n일자: ", N(d, "date"), "\n제목: ",
      rng.choice(["민원 이송 협조", "체납자 재산 조회 협조", "자료 제출 요청"]), "\n\n")
    D("1. ", rng.choice(["아래 민원인에 대한 자료 확인을 요청합니다.", "다음 민원 건을 이송하니 처리 바랍니다."]), "\n")
    c = person(D, era=1960)
    a, post, ref = gen_address(rng, kind=rng.choice(["addr_jibun", "addr_road_full"]))
    op = rng.choice([" (", " / "])
    D("   - 민원인: ", c, op, gen_mobile(rng, era=2005), ")" if op == " (" else "", "\n")
    D("   - 주  소: ", a, " ", ref or "", "\n")
    if rng.random() < 0.5:
        D("   - 주민번호: ", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=gen_birth(rng, 1940, 1985)), "\n")
    else:
        D("   - 차량: ", gen_plate(rng, era=2005), " (", rng.choice(["쏘나타", "포터", "마티즈", "카니발"]), ")\n")
    D("2. 처리 결과는 ", N(fmt_date(d0 + datetime.timedelta(days=rng.randint(7, 30)), "dot_space"), "date"), "까지 회신 바랍니다.\n\n")
    D("담당: ", dept1, " ", s1, "  ", gen_landline(rng, inst["area"], inst["exch"]), rng.choice(["", " / 핸드폰 "]))
    if rng.random() < 0.5:
        D(gen_mobile(rng, era=2005))
    D("\n", dept1, "장 ", sp(D, s2, 0.4), " (인)\n")


@template("T04_sinmungo_reply", "민원 답변", 20, nopii=3)
def t04(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "sigungu", "police", "ministry", "dong"]))
    dept = rng.choice(inst["depts"])
    topic = rng.choice(TOPICS)
    D(rng.choice(["[국민신문고 민원 답변]", "민원 답변서", "■ 민원처리 결과"]), "\n")
    D("신청번호 ", N("%dAA-%s-%07d" % (rng.randint(1, 2), rng.choice(["2509", "2510", "2511", "2512", "2601"]), rng.randint(1, 9999999)), "public_record_id"), "\n")
    D("처리기관 ", inst["name"], " ", dept, "\n")
    D("접수일 ", ndate(D), "  처리기한 ", ndate(D), "\n\n")
    if nopii:
        who = N(placeholder_masked(rng), "placeholder_person")
        D("민원인 ", who, " 님께\n\n")
    else:
        who = person(D, kind=None)
        D(rng.choice(["", "신청인 "]), who, rng.choice([" 귀하", " 님", " 님께"]), "\n\n")
    D("1. 안녕하십니까? 평소 ", {"sigungu": inst["sg"].split()[0] + "정", "police": "치안 행정", "ministry": inst["name"] + " 정책",
                            "dong": "지역 행정"}.get(inst["kind"], "행정"), "에 관심을 가져 주셔서 감사드립니다.\n")
    D("2. 귀하께서 국민신문고를 통해 신청하신 민원은 「", topic, "」에 관한 것으로 이해됩니다.\n")
    D("3. 검토 결과를 말씀드리면,\n")
    if nopii:
        D("   가. ", N(statute(rng), "statute_citation"), "에 따라 현장을 확인하였으며, ", N(fdate(rng)[0], "date"), " 조치를 완료하였습니다.\n")
        D("   나. 관련 문의는 ", N(switch_15(rng), "switchboard"), " 또는 국번 없이 ", N("110", "switchboard"), "(정부민원안내콜센터)로 하시면 됩니다.\n")
        D("4. 답변 내용에 만족하지 못하실 경우 ", N(statute(rng), "statute_citation"), "에 따라 이의신청을 하실 수 있습니다.\n")
        return
    if "주정차" in topic or "과태료" in topic:
        D("   가. 귀하께서 신고하신 차량(", gen_plate(rng), ")은 ", N(fdate(rng)[0], "date"), " 단속되어 과태료 ",
          N(amount(rng, 30000, 80000, "won"), "amount"), "이 부과되었습니다.\n")
    elif "운전면허" in topic:
        D("   가. 귀하께서 반납하신 운전면허(면허번호 ", gen_dl(rng), ")에 대한 교통비 ",
          N(amount(rng, 100000, 300000, "won"), "amount"), "은 신청하신 계좌(", *bank_inline(D), ")로 지급될 예정입니다.\n")
    elif "여권" in topic:
        D("   가. 귀하의 여권(", gen_passport(rng, rng.choice(["passport_old", "passport_new"])), ")은 ",
          N(fdate(rng)[0], "date"), " 발급이 완료되어 수령 가능합니다.\n")
    elif "외국인" in topic:
        f = person(D, script="latin")
        D("   가. 문의하신 근로자 ", f, "(외국인등록번호 ", gen_frn(rng), ")의 고용허가 연장은 사업장 관할 고용센터에서 처리합니다.\n")
    else:
        a, _, _ = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_road_sigungu", "addr_jibun"]))
        D("   가. 귀하께서 알려주신 ", a, " 일대를 ", N(fdate(rng)[0], "date"), " 현장 확인하였습니다.\n")
    D("   나. 추가로 알려주신 연락처(", gen_mobile(rng), ")로 처리 경과를 문자로 안내드리겠습니다.\n")
    o = make_official(D, inst)
    D("4. 답변 내용에 대한 추가 설명이 필요한 경우 ", dept, " ", o["name"], " ", o["title"], "(☎ ", o["tel"],
      ")에게 연락 주시면 친절히 안내해 드리겠습니다. 감사합니다.\n")
    if rng.random() < 0.4:
        D("※ 이 답변은 ", N(statute(rng), "statute_citation"), "에 따른 것입니다.\n")


def bank_inline(D, era=2020):
    bname, acct = gen_account(D.rng, era=era)
    return [bname, " ", acct]


@template("T05_minwon_result_form", "민원 답변", 14)
def t05(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "dong", "nhis"]))
    D(rng.choice(["민원 처리결과 통지서", "민 원 처 리 결 과 통 지"]), "\n")
    D("접수번호 | ", N("%d-%06d" % (rng.randint(2024, 2026), rng.randint(1, 999999)), "public_record_id"), " | 접수일자 | ", ndate(D), "\n")
    p = person(D)
    b = gen_birth(rng, 1940, 2002)
    a, post, ref = gen_address(rng)
    style = rng.choice(["grid", "lines"])
    if style == "grid":
        D("민원인 | 성명 | ", p, " | 생년월일 | ", gen_dob(rng, birth=b), "\n")
        D("       | 주소 | (", N(post, "postal_code"), ") ", a, " ", ref or "", "\n")
        D("       | 전화번호 | ", gen_mobile(rng), " | 전자우편 | ", gen_email(rng, p), "\n")
    else:
        D("민원인 성명: ", p, "\n생년월일: ", gen_dob(rng, birth=b), "\n주소: ", a, "\n연락처: ", gen_mobile(rng), "\n")
    D("민원 사무명 | ", rng.choice(["주민등록표 등본 교부", "건축물대장 기재사항 정정", "체납처분 유예 신청", "보험료 경감 신청",
                                 "자동차 말소등록"]), "\n")
    D("처리 결과 | ", rng.choice(["처리 완료", "일부 수용", "불수용(관련 규정 미충족)"]), " — ", N(statute(rng), "statute_citation"), " 적용\n")
    o = make_official(D, inst)
    D("처리기관 | ", inst["name"], " ", rng.choice(inst["depts"]), " | 담당자 | ", o["name"], " | 전화 | ", o["tel"], "\n")
    D("\n", ndate(D, fmt="dot_space"), "\n\n", office(D, inst["head"]), "  [직인생략]\n")


@template("T06_query_reply_anon", "민원 답변", 12, nopii=8)
def t06(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "ministry")
    inst["name"], inst["depts"] = "고용노동부", ["외국인력담당관", "외국인력정책과"]
    D("【질의회신】 ", N(rng.choice(["%s-%d" % (rng.choice(inst["depts"]), rng.randint(100, 9999)),
                                   "서면-%d-%s-%d" % (rng.randint(2019, 2026), rng.choice(["법령해석", "민원"]), rng.randint(100, 9999))]), "document_number"),
      " (", ndate(D), ")\n\n")
    g, e = N("갑", "placeholder_person"), N("을", "placeholder_person")
    D("[질의 요지]\n", g, "은 ", rng.choice(["A시", "B군"]), "에 거주하는 외국인 근로자로, 사업주인 ", e, "과 근로계약을 체결한 후 ",
      N(fdate(rng)[0], "date"), " 사업장을 변경하였는바, ", N(statute(rng, law="외국인근로자의 고용 등에 관한 법률"), "statute_citation"), "에 따른 신고 의무가 누구에게 있는지 질의함.\n\n")
    D("[회신 내용]\n", N(statute(rng, law="외국인근로자의 고용 등에 관한 법률"), "statute_citation"), " 및 ", N(statute(rng, short=True, law="외국인근로자의 고용 등에 관한 법률"), "statute_citation"),
      "에 따르면 사업장 변경 신고는 사용자가 하여야 하며, 기한 내 신고하지 아니한 경우 ", N(amount(rng, 100000, 5000000, "won"), "amount"),
      " 이하의 과태료가 부과될 수 있음.\n")
    D("다만, 구체적 사실관계에 따라 달리 판단될 수 있으므로 ", N(inst["name"], "institution_name"), " ", rng.choice(inst["depts"]),
      "(", N(rng.choice(["044-%s-%04d" % (_d(rng, 3, "2345678"), rng.choice([2114, 1114, 2000])), switch_15(rng)]), "switchboard"), ")로 문의하기 바람.\n")
    if not nopii:
        p = person(D)
        D("\n[민원인 정보 — 내부용]\n성명: ", p, "  휴대전화: ", gen_mobile(rng), "\n")
        if rng.random() < 0.5:
            D("회신 담당: ", make_official(D, inst, "사무관")["name"], " 사무관\n")


@template("T07_press_release", "보도자료", 16, nopii=3)
def t07(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["ministry", "sigungu", "coast", "fire"]))
    dept = rng.choice(inst["depts"])
    D(rng.choice(["보 도 자 료", "보도자료", "[보도자료]"]), "\n", inst["name"], "\n")
    d1 = rand_date(rng, D_(2025, 1, 1), D_(2026, 12, 1))
    D("보도시점 | ", N(fmt_date(d1, "dot_space"), "date"), " 12:00 이후 | 배포 | ", N(fmt_date(d1 - datetime.timedelta(days=1), "dot_space"), "date"), "\n\n")
    theme = rng.choice(["올해의 자원봉사 대상 시상", "어촌 청년 정착 지원 성과", "외국인 근로자 안전교육 확대",
                        "구급대원 폭행 방지 대책", "공공임대주택 입주자 모집 결과", "우수 공무원 포상"])
    D(theme, "\n- ", rng.choice(["현장 의견 반영해 제도 개선 추진", "관계기관 협업으로 성과 가시화"]), " -\n\n")
    hd = inst["head"]
    D("□ ", office(D, hd), "은 ", N(fmt_date(d1, "kor").split("년 ")[1], "date"), " ", theme, " 결과를 발표했다.\n")
    if not nopii and "시상" not in theme and "포상" not in theme:
        w = person(D)
        D("□ 현장 간담회에 참석한 ", rng.choice(["주민", "어업인", "근로자 대표", "구급대원"]), " ", w, "(", str(rng.randint(24, 79)), ") 씨는 \"",
          rng.choice(["현장의 어려움이 반영돼 다행", "제도가 더 빨리 바뀌었으면 한다"]), "\"고 말했다.\n")
        c1, c2 = make_official(D, inst, "과장"), make_official(D, inst, rng.choice(["사무관", "주무관", "팀장"]))
        D("\n담당 부서 | ", dept, "\n책임자 | 과장 ", c1["name"], " | (", c1["tel"], ")\n담당자 | ", c2["title"], " ", c2["name"], " | (", c2["tel"], ")\n")
        return
    if not nopii:
        w = person(D)
        age = rng.randint(24, 79)
        D("□ 이날 대상을 받은 ", w, "(", str(age), ") 씨는 \"", rng.choice(["이웃과 함께한 시간이 가장 큰 보람", "앞으로도 현장을 지키겠다"]),
          "\"이라며 소감을 밝혔다.\n")
        if rng.random() < 0.5:
            w2, w3 = person(D), maybe_foreign(D, 0.3)
            D("   우수상은 ", w2, " ", rng.choice(["소방장", "주무관", "씨", "어업인"]), "과 ", w3, " 씨가 공동 수상했다.\n")
        if inst["kind"] != "ministry" and rng.random() < 0.5:
            hp = person(D, era=1965)
            D("□ ", hd, " ", hp, "은 \"", rng.choice(["현장의 목소리를 정책으로 옮기겠다", "주민 안전에 빈틈이 없도록 하겠다"]), "\"고 말했다.\n")
        else:
            D("□ ", office(D, hd), "은 \"제도 개선을 지속 추진하겠다\"고 말했다.\n")
    else:
        D("□ 이번 시상에는 ", N("%d" % rng.randint(10, 300), "count"), "명이 추천되었으며, 시상금은 총 ", N(amount(rng), "amount"), "이다.\n")
        D("□ ", office(D, hd), "은 \"", rng.choice(["참여해 주신 모든 분께 감사드린다", "성과를 지역 전체로 확산하겠다"]), "\"고 밝혔다.\n")
    D("\n", rng.choice(["담당 부서", "□ 담당부서"]), " | ", dept, "\n")
    if nopii:
        D("문의 | ", N(inst["switch"], "switchboard"), " (대표)\n")
        return
    c1, c2 = make_official(D, inst, "과장"), make_official(D, inst, rng.choice(["사무관", "주무관", "팀장"]))
    D("책임자 | 과장 ", c1["name"], " | (", c1["tel"], ")\n")
    D("담당자 | ", c2["title"], " ", c2["name"], " | (", c2["tel"], ")", rng.choice(["", " / " ]))
    if rng.random() < 0.5:
        D(" ", c2["email"])
    D("\n")


OUTLETS = ["한빛일보", "동녘신문", "바른뉴스", "누리저널", "새아침경제", "지역N방송", "해안일보"]


@template("T08_news", "뉴스 기사", 16, nopii=3)
def t08(D, nopii):
    rng = D.rng
    kind = rng.choice(["police", "fire", "coast", "sigungu", "council"])
    inst = gen_inst(rng, kind)
    story = {"police": ("공무원 사칭 보이스피싱 일당 검거", "검찰 수사관을 사칭한 전화를 받고 이상함을 느껴 신고했다",
                        "유사 범죄에 각별히 주의해 달라", ["수사과장", "경위", "지능범죄수사팀장"]),
             "fire": ("\"불길 속 이웃 구했다\"… 주민이 노인 구조", "연기가 차오른 빌라 3층에서 거동이 불편한 이웃을 업고 내려왔다",
                      "빠른 판단이 큰 피해를 막았다", ["소방장", "현장대응단장", "소방위"]),
             "coast": ("해상서 표류 어선 선원 전원 구조", "표류하던 어선을 처음 발견해 해경에 신고했다",
                       "신속한 신고 덕분에 전원 구조할 수 있었다", ["경비구조과장", "경사", "구조대장"]),
             "sigungu": ("폭우 속 하천 고립 노인 구한 환경미화원", "불어난 하천 둔치에 고립된 노인을 발견하고 구조대가 올 때까지 곁을 지켰다",
                         "의인 표창을 추진하겠다", ["안전총괄과장", "재난안전과장"]),
             "council": ("의회, 공공임대 하자 대책 촉구", "공공임대아파트 누수 피해를 의회에 진정했다",
                         "집행부가 즉시 전수조사에 나서야 한다", ["의원", "도시건설위원장"])}[kind]
    out = rng.choice(OUTLETS)
    rep = person(D)
    dd = rand_date(rng, D_(2025, 1, 1), D_(2026, 12, 5))
    D("[", out, "] ", story[0], "\n")
    D("입력 ", N(fmt_date(dd, "dot_pad_noend"), "date"), " %02d:%02d" % (rng.randint(6, 23), rng.randint(0, 59)), "\n\n")
    D("(", inst["sg"].split()[0], "=", out, ") ", rep if not nopii else N("온라인뉴스팀", "office_title"), rng.choice([" 기자 = ", " 기자 "]))
    if nopii:
        who = N(placeholder_masked(rng), "placeholder_person")
        D(office(D, inst["name"]), "는 지난 ", N("%d일" % rng.randint(1, 28), "date"), " ", who, "가 ", story[1], "고 밝혔다.\n")
        D("관계자는 \"", story[2], "\"고 말했다. 신고는 ", N(rng.choice(["112", "119", "122"]), "switchboard"), " 또는 ",
          N(switch_15(rng), "switchboard"), "로 하면 된다.\n")
        D("ⓒ ", out, " 무단전재 및 재배포 금지\n")
        return
    p = person(D)
    age = rng.randint(20, 85)
    D(office(D, inst["name"]), "에 따르면 ", N("%d일" % rng.randint(1, 28), "date"), " 오후 ", p, "(", str(age), ")씨가 ", story[1], ".\n")
    o = person(D, era=1975)
    D(inst["name"], " ", o, " ", rng.choice(story[3]), "은 \"", story[2], "\"고 말했다.\n")
    if rng.random() < 0.5:
        D("이 사건으로 ", N(placeholder_masked(rng), "placeholder_person"), "가 ", rng.choice(["병원으로 옮겨져 치료를 받고 있다", "경찰 조사를 받고 있다"]), ".\n")
    if kind == "police" and rng.random() < 0.6:
        D("검거된 일당은 대포통장(", *bank_inline(D), ")으로 피해금을 받은 것으로 조사됐다.\n")
    D("\n", rep, " 기자 ", gen_email(rng, rep, rng.choice(["hanbitnews.co.kr", "dongnyeok.com", "nurijournal.kr"])), "\n")
    D("ⓒ ", out, " 무단전재 및 재배포 금지\n")


@template("T09_council_minutes", "회의록", 16, nopii=2)
def t09(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "council")
    sess = rng.randint(180, 320)
    D("제", str(sess), "회 ", inst["name"], "(", rng.choice(["임시회", "정례회"]), ")\n\n")
    comm = rng.choice(["행정자치위원회", "복지건설위원회", "산업경제위원회", "의회운영위원회"])
    D(comm, " 회의록\n제%d호\n" % rng.randint(1, 6), inst["name"], "사무국\n\n")
    dd = rand_date(rng, D_(2024, 1, 1), D_(2026, 12, 4))
    D("일시: ", N(fmt_date(dd, "kor"), "date"), " 10시 00분\n장소: ", comm, " 회의실\n\n(10시 02분 개의)\n\n")
    if nopii:
        D("○위원장  성원이 되었으므로 제", str(sess), "회 ", inst["name"], " 제1차 ", comm, " 회의를 개의하겠습니다.\n")
        D("   의사일정 제1항 ", N("%s 조례 일부개정조례안" % rng.choice(["주차장 설치", "자원봉사활동 지원", "공유재산 관리"]), "bill_title"), "을 상정합니다.\n")
        D("○", rng.choice(inst["depts"]), "장  보고드리겠습니다. 본 조례안은 ", N(statute(rng), "statute_citation"), " 개정에 따른 것입니다.\n")
        D("○위원장  질의하실 위원 계십니까? ... (「없습니다」하는 위원 있음) 원안대로 가결되었음을 선포합니다.\n\n(10시 40분 산회)\n")
        return
    chair = person(D, era=1965)
    mems = [person(D, era=1970) for _ in range(rng.randint(3, 5))]
    offs = [(rng.choice(["건설과장", "복지정책과장", "자치행정과장", "교통행정과장", "농업정책과장"]), person(D, era=1970)) for _ in range(2)]
    D("○위원장 ", chair, "  성원이 되었으므로 회의를 개의하겠습니다.\n")
    D("   ", offs[0][0], " 나오셔서 보고해 주시기 바랍니다.\n")
    D("○", offs[0][0], " ", offs[0][1], "  ", offs[0][0], " ", offs[0][1], "입니다. ", rng.choice(["공공임대주택 하자 보수 추진 상황을", "농어업인 수당 지급 현황을", "불법 주정차 단속 결과를"]),
      " 보고드리겠습니다.\n")
    m = mems[0]
    D("○", m, " 위원  ", m, " 위원입니다. 과장님, ", rng.choice(["○○동 주민", "민원인"]), " ")
    c = person(D)
    D(c, " 씨가 지난달 제출한 진정서 보셨습니까? ", rng.choice(["하자 접수 후 석 달이 넘도록", "보조금 신청 후 반년이 넘도록"]), " 답이 없다고 합니다.\n")
    if rng.random() < 0.5:
        a, _, _ = gen_address(rng, kind=rng.choice(["addr_road_sigungu", "addr_jibun"]))
        D("   현장 주소가 ", a, "인데, 제가 직접 가 봤습니다.\n")
    D("○", offs[0][0], " ", offs[0][1], "  예, 확인하고 ", rng.choice(["이번 주 안에", "다음 달까지"]), " 조치하겠습니다.\n")
    D("○", mems[1], " 위원  ", rng.choice(["추가로 자료 요청드립니다.", "예산 집행률이 너무 낮습니다."]), " ",
      N(amount(rng), "amount"), rng.choice(["이 불용 처리됐는데 사유가 뭡니까?", " 중 실제 지급액이 얼마입니까?"]), "\n")
    D("○", offs[1][0], " ", offs[1][1], "  서면으로 제출드리겠습니다.\n")
    D("○위원장 ", chair, "  더 질의하실 위원이 없으므로 질의를 마치겠습니다.\n\n(11시 %02d분 산회)\n\n" % rng.randint(5, 55))
    sepc = rng.choice(["  ", " ", "·", ", "])
    D("○출석위원(", str(len(mems) + 1), "인)\n", chair)
    for x in mems:
        D(sepc, x)
    D("\n○출석공무원\n", offs[0][0], " ", offs[0][1], "  ", offs[1][0], " ", offs[1][1], "\n")
    if rng.random() < 0.4:
        D("○회의록 서명의원  ", sp(D, mems[0], 0.5), "  ", sp(D, mems[1], 0.5), "\n")


@template("T10_committee_minutes", "회의록", 12)
def t10(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "ministry", "health"]))
    D(rng.choice(["", "[회의록]\n"]), rng.choice(["보조금 심의위원회", "개인정보 보호 심의위원회", "지역사회보장협의체 실무회의",
                                                "공유재산 심의회", "포상 공적심사위원회"]), " 회의 결과\n")
    D("□ 일시: ", ndate(D), " 14:00~16:00\n□ 장소: ", inst["name"], " ", rng.choice(["소회의실", "3층 회의실", "영상회의실"]), "\n")
    members = [person(D, era=1965) for _ in range(rng.randint(4, 7))]
    D("□ 참석: ")
    sepc = rng.choice([", ", "·", "  ", "、"])
    style = rng.choice(["titles", "plain", "paren"])
    for k, m in enumerate(members):
        if k:
            D(sepc)
        if style == "titles":
            D("위원장 " if k == 0 else "위원 ", m)
        elif style == "paren":
            D(m, "(", rng.choice(["외부", "변호사", "교수", "세무사", "주민대표", "과장"]), ")")
        else:
            D(m)
    D(" (", str(len(members)), "명)\n□ 불참: ", rng.choice(["없음", "1명(개인 사정)"]), "\n□ 안건\n")
    for k in range(rng.randint(2, 3)):
        app = person(D)
        D("  %d. " % (k + 1), rng.choice(["신청인 ", "대상자 ", ""]), app, rng.choice(["(", " ("]))
        r = rng.random()
        if r < 0.35:
            D(gen_dob(rng, y0=1940, y1=2000), rng.choice(["생", ""]))
        elif r < 0.6:
            D(N("%d년생" % rng.randint(1940, 2000), "age_or_birth_year"))
        else:
            D(N("%d세" % rng.randint(20, 90), "age_or_birth_year"))
        D(") ", rng.choice(["긴급복지 생계지원", "농어업인 수당", "공로 표창 추천", "주택 개보수 지원"]), " — ",
          rng.choice(["원안 의결", "보류(추가 자료 요청)", "부결"]), "\n")
    D("□ 주요 발언\n")
    D("  - ", members[1], " 위원: ", rng.choice(["지원 기준을 완화할 필요가 있다.", "소득 조사 자료가 불충분하다."]), "\n")
    D("  - ", members[0], " 위원장: ", rng.choice(["다음 회의에서 재논의하겠다.", "의결 결과를 통보하라."]), "\n")
    o = make_official(D, inst)
    D("□ 작성: ", rng.choice(inst["depts"]), " ", o["title"], " ", sp(D, o["name"], 0.3), "\n")


COURTS = ["서울행정법원", "수원지방법원", "대전지방법원", "광주지방법원 목포지원", "부산지방법원 동부지원", "춘천지방법원 강릉지원",
          "인천지방법원", "제주지방법원", "대구지방법원 서부지원"]


@template("T11_judgment", "판결·결정문", 12)
def t11(D, nopii):
    rng = D.rng
    court = rng.choice(COURTS)
    crim = rng.random() < 0.45
    D(court, "\n", rng.choice(["판       결", "판 결"]), "\n\n")
    if crim:
        crime = rng.choice(["도로교통법위반(음주운전)", "사기", "개인정보보호법위반", "전자금융거래법위반"])
        D("사       건  ", N(case_number(rng, kind=rng.choice(["고단", "고합", "고정"])), "case_number"), " ", crime, "\n")
        p = person(D)
        b = gen_birth(rng, 1955, 2002)
        D("피  고  인  ", p, " (", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=b), "), ", rng.choice(["회사원", "무직", "자영업", "운전기사"]), "\n")
        a1, _, _ = gen_address(rng)
        D("            주거 ", a1, "\n")
        if rng.random() < 0.6:
            a2, _, _ = gen_address(rng, kind=rng.choice(["addr_jibun", "addr_jibun_rural", "addr_road_full"]))
            D("            등록기준지 ", a2, "\n")
        D("검       사  ", person(D), "(기소), ", person(D), "(공판)\n")
        D("변  호  인  ", rng.choice(["변호사 ", "법무법인 " + rng.choice(["한결", "바른길", "누리"]) + " 담당변호사 "]), person(D), "\n")
        D("판 결 선 고  ", ndate(D), "\n\n주       문\n")
        D("피고인을 ", rng.choice(["징역 8월에 처한다.", "벌금 " + amount(rng, 3000000, 15000000, "won") + "에 처한다."]), "\n")
        D("\n이       유\n범 죄 사 실\n피고인은 ", N(fdate(rng)[0], "date"), " 22:10경 ")
        if crime.startswith("도로"):
            D("혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % rng.randint(31, 190), gen_plate(rng), " 승용차를 약 3km 구간 운전하였다.\n")
        elif crime.startswith("개인정보"):
            D("근무하던 ", N(company(rng)[0], "company_name"), "의 고객 ", person(D), "의 휴대전화번호(", gen_mobile(rng), ")와 주소(",
              gen_address(rng)[0], ")를 정보주체의 동의 없이 제3자에게 제공하였다.\n")
        else:
            D("피해자 ", person(D), rng.choice(["(", " ("]), N("%d세" % rng.randint(20, 80), "age_or_birth_year"),
              ")에게 전화를 걸어 검사를 사칭하고 피고인 명의 계좌(", *bank_inline(D), ")로 ", N(amount(rng, 1000000, 40000000, "won"), "amount"), "을 송금받았다.\n")
        law = {"도": "도로교통법", "사": "형법", "개": "개인정보 보호법", "전": "전자금융거래법"}[crime[0]]
        D("\n법령의 적용\n", N(statute(rng, law=law), "statute_citation"), "\n\n판사  ", sp(D, person(D), 0.3), "\n")
        return
    matter = rng.choice(["영업정지처분 취소", "운전면허취소처분 취소", "체류기간연장불허처분 취소", "보조금 환수처분 취소"])
    D("사       건  ", N(case_number(rng, kind=rng.choice(["구합", "구단"])), "case_number"), " ", matter, "\n")
    p = person(D, script=rng.choice(["latin", "hangul"])) if "체류" in matter else person(D)
    a, _, _ = gen_address(rng)
    D("원       고  ", p, "\n            ", a, "\n")
    D("            소송대리인 변호사 ", person(D), "\n")
    inst = gen_inst(rng, rng.choice(["sigungu", "police"]))
    resp = (rng.choice(["경기남부경찰청장", "서울특별시경찰청장", "전라남도경찰청장"]) if "운전면허" in matter else
            "법무부 출입국·외국인정책본부장" if "체류" in matter else gen_inst(rng, "sigungu")["head"])
    D("피       고  ", office(D, resp), "\n")
    D("            소송수행자 ", person(D), ", ", person(D), "\n")
    dz = sorted(rand_date(rng, D_(2024, 1, 1), D_(2026, 12, 4)) for _ in range(2))
    win = rng.random() < 0.5
    D("변 론 종 결  ", N(fmt_date(dz[0], "dot_space"), "date"), "\n판 결 선 고  ", N(fmt_date(dz[1], "dot_space"), "date"),
      "\n\n주       문\n1. 원고의 청구를 ", "인용한다." if win else "기각한다.", "\n2. 소송비용은 ",
      "피고가" if win else "원고가", " 부담한다.\n\n이       유\n1. 처분의 경위\n가. 원고는 ")
    r = 0.1 if "운전면허" in matter else 0.9 if "보조금" in matter else 0.5 if "영업" in matter else rng.random()
    if "체류" in matter:
        D("외국인등록번호 ", gen_frn(rng), "로 체류하여 온 외국인이다.\n")
    elif r < 0.4:
        D("제1종 보통 운전면허(", rng.choice(["면허번호 ", ""]), gen_dl(rng), ")를 보유한 사람으로, ", N(fdate(rng)[0], "date"), " 음주운전으로 적발되었다.\n")
    elif r < 0.7:
        D(gen_dob(rng, fmt=rng.choice(["dot_space", "kor"]), y0=1950, y1=1999), "생으로 ", a.value.split()[0], "에서 음식점을 운영하는 사람이다.\n")
    else:
        D("사업자등록번호 ", gen_brn(rng, corporate=False), "로 등록한 개인사업자로서 보조금을 교부받았다.\n")
    law = {"영": "식품위생법", "운": "도로교통법", "체": "출입국관리법", "보": "보조금 관리에 관한 법률"}[matter[0]]
    D("나. 피고는 ", N(fdate(rng)[0], "date"), " 원고에게 ", N(statute(rng, law=law), "statute_citation"), "에 따라 처분을 하였다.\n\n")
    D("재판장 판사 ", person(D), "  판사 ", person(D), "  판사 ", person(D), "\n")


@template("T12_decision", "판결·결정문", 8, nopii=2)
def t12(D, nopii):
    rng = D.rng
    D(rng.choice(["개인정보 분쟁조정위원회", "교원소청심사위원회", "소비자분쟁조정위원회"]), "\n조 정 결 정 서\n\n")
    D("사건번호  ", N("제%d-%04d호" % (rng.randint(2023, 2026), rng.randint(1, 3000)), "case_number"), "\n")
    if nopii:
        D("신 청 인  ", N("A", "placeholder_person"), "\n피신청인  ", N(rng.choice(["B사", "C법인", "주식회사 D"]), "placeholder_person"), "\n")
        D("\n주문\n피신청인은 신청인에게 ", N(amount(rng, 100000, 3000000), "amount"), "을 지급한다.\n\n이유\n신청인은 ", N(fdate(rng)[0], "date"),
          " 피신청인의 누리집 회원정보가 유출되었다며 ", N(statute(rng), "statute_citation"), "에 따른 손해배상을 신청하였다.\n")
        D("\n", ndate(D), "\n위원장 (서명생략)\n")
        return
    p = person(D)
    a, _, _ = gen_address(rng)
    co, dom = company(rng)
    D("신 청 인  ", p, " (", gen_mobile(rng), ")\n          ", a, "\n")
    D("피신청인  ", N(co, "company_name"), " 대표이사 ", person(D), "\n          사업자등록번호 ", gen_brn(rng, corporate=True), "  법인등록번호 ", gen_crn(rng), "\n")
    D("\n주문\n피신청인은 신청인에게 ", N(amount(rng, 100000, 3000000), "amount"), "을 지급한다.\n\n이유\n")
    D("1. 신청인의 주장: 피신청인은 신청인의 ", rng.choice(["주민등록번호", "휴대전화번호와 이메일", "카드번호"]), "를 동의 없이 제3자에게 제공하였다.\n")
    if rng.random() < 0.5:
        D("   유출된 정보: 이메일(", gen_email(rng, p), "), 카드번호(", gen_card(rng, masked=True), ")\n")
    D("2. 판단: ", N(statute(rng), "statute_citation"), " 위반이 인정된다.\n\n", ndate(D), "\n위원장 ", person(D, era=1960), "\n")


@template("T13_appeal_decision", "행정심판 재결서", 14, nopii=3)
def t13(D, nopii):
    rng = D.rng
    comm, pre = rng.choice([("중앙행정심판위원회", "중앙"), ("경기도행정심판위원회", "경기행심 "), ("서울특별시행정심판위원회", "서울행심 "),
                            ("전라남도행정심판위원회", "전남행심 ")])
    D(comm, "\n재       결\n\n")
    matter, resp = rng.choice([("자동차운전면허 취소처분 취소청구", rng.choice(["서울특별시경찰청장", "경기남부경찰청장", "전라남도경찰청장"])),
                               ("영업정지 처분 취소청구", rng.choice(["경기도 화성시장", "서울특별시 마포구청장", "전라남도 해남군수"])),
                               ("기초생활수급자 보장중지 처분 취소청구", rng.choice(["서울특별시 노원구청장", "경기도 평택시장", "전라남도 완도군수"])),
                               ("정보공개 거부처분 취소청구", rng.choice(["서울특별시 송파구청장", "경기도 김포시장", "전라남도 목포시장"])),
                               ("체류기간 연장 불허처분 취소청구", "법무부 출입국·외국인정책본부장")])
    y = rng.randint(2023, 2026)
    D("사       건  ", N("%s%d-%d" % (pre, y, rng.randint(100, 29999)), "case_number"), " ", matter, "\n")
    if nopii:
        D("청  구  인  ", N("○○○", "placeholder_person"), "\n            ", N("○○시 ○○구 ○○로 ○○", "placeholder_address"), "\n")
    else:
        p = person(D) if "체류" not in matter else person(D, script=rng.choice(["latin", "hangul"]))
        a, post, _ = gen_address(rng)
        D("청  구  인  ", p, "\n            ", a, "\n")
        if rng.random() < 0.4:
            D("            대리인 ", rng.choice(["행정사 ", "변호사 "]), person(D), "\n")
    D("피 청 구 인  ", office(D, resp), "\n\n")
    D("주       문  청구인의 청구를 ", rng.choice(["기각한다.", "인용한다.", "각하한다."]), "\n\n청 구 취 지  피청구인이 ", N(fdate(rng)[0], "date"),
      " 청구인에게 한 ", matter.replace(" 취소청구", ""), "을 취소한다.\n\n이       유\n1. 사건개요\n")
    if nopii:
        D("  가. 청구인은 ", N(fdate(rng)[0], "date"), " 피청구인에게 ", matter.replace(" 취소청구", "").replace("처분", ""), " 관련 신청을 하였고, 피청구인은 이를 거부하였다.\n")
        law = {"자": "도로교통법", "영": "식품위생법", "기": "국민기초생활 보장법", "정": "공공기관의 정보공개에 관한 법률", "체": "출입국관리법"}[matter[0]]
        D("2. 관계법령  ", N(statute(rng, law=law), "statute_citation"), "\n3. 판단  이 사건 처분은 위법·부당하지 않다.\n\n", ndate(D), "\n")
        return
    if "운전면허" in matter:
        D("  가. 청구인은 ", N(fdate(rng)[0], "date"), " 혈중알코올농도 0.%03d%% 상태로 " % rng.randint(30, 150), gen_plate(rng),
          " 승용차를 운전하다 적발되어 피청구인은 청구인의 운전면허(", gen_dl(rng), ")를 취소하였다.\n")
        D("  나. 청구인은 ", rng.choice(["대리운전 기사로 생계를 유지", "화물차 운전으로 가족을 부양"]), "하고 있다고 주장한다.\n")
    elif "체류" in matter:
        D("  가. 청구인은 여권번호 ", gen_passport(rng, "passport_foreign"), "의 외국인으로, 외국인등록번호 ", gen_frn(rng), "로 체류하여 왔다.\n")
    elif "수급자" in matter:
        D("  가. 청구인(", gen_dob(rng, y0=1940, y1=1975), "생)은 ", N(fdate(rng)[0], "date"), " 소득 조사 결과 보장중지 처분을 받았다.\n")
    elif "정보공개" in matter:
        D("  가. 청구인은 ", N(fdate(rng)[0], "date"), " 피청구인에게 ", rng.choice(["재개발 조합 회의록", "공영주차장 위탁 계약서", "민원 처리 대장"]),
          "의 공개를 청구하였고, 연락처로 ", rng.choice([gen_mobile(rng), gen_email(rng)]), "를 기재하였다.\n")
    else:
        D("  가. 청구인은 ", rng.choice(["음식점", "노래연습장", "숙박업소"]), "(사업자등록번호 ", gen_brn(rng, corporate=False), ")을 운영하는 자이다.\n")
    law = {"자": "도로교통법", "영": "식품위생법", "기": "국민기초생활 보장법", "정": "공공기관의 정보공개에 관한 법률", "체": "출입국관리법"}[matter[0]]
    D("2. 관계법령  ", N(statute(rng, law=law), "statute_citation"), ", ", N(statute(rng, short=True, law=law), "statute_citation"), "\n")
    D("3. 판단  ... 이 사건 청구는 이유 ", rng.choice(["없다고", "있다고"]), " 인정되므로 주문과 같이 재결한다.\n\n", ndate(D, fmt="dot_space"), "\n")
    D(rng.choice(["위원장  ", "위 원 장  "]), rng.choice([office(D, "국민권익위원회 부위원장" if pre == "중앙" else comm.replace("행정심판위원회", "") + " 행정부지사"),
                                                     person(D, era=1960)]), "\n")


@template("T14_audit_report", "감사·징계 보고서", 12, nopii=2)
def t14(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "edu", "health"]))
    D(rng.choice(["처 분 요 구 서", "감사결과 처분요구서", "[감사 결과 보고]"]), "\n\n제    목  ",
      rng.choice(["보조금 부당 지급", "개인정보 처리 부적정", "출장여비 부당 수령", "공용차량 사적 사용"]), "\n")
    D("관계기관  ", inst["name"], "\n감사기간  ", ndate(D), " ~ ", ndate(D), "\n")
    if nopii:
        D("관 련 자  ", N("○○과 행정주사 A", "placeholder_person"), ", ", N("○○팀장 B", "placeholder_person"), "\n")
        D("내    용  ", N(statute(rng), "statute_citation"), "에 따르면 ... 총 ", N(amount(rng), "amount"), "을 부당하게 지급하였다.\n")
        D("조치할 사항  ", office(D, inst["head"]), "은 관련자에게 주의를 촉구하시기 바랍니다.\n")
        return
    rows = []
    for _ in range(rng.randint(1, 3)):
        rows.append([rng.choice(inst["depts"]), rng.choice(["행정6급", "행정7급", "지방행정주사보", "사회복지8급", "시설6급"]),
                     person(D, era=1980), rng.choice(["경징계", "주의", "훈계", "중징계"])])
    D("관 련 자\n")
    table(D, ["소속", "직급", "성명", "처분요구"], rows, header_on=rng.random() < 0.7)
    D("\n내    용\n", N(statute(rng), "statute_citation"), "에 따라 ... ")
    r = rng.random()
    if r < 0.5:
        b = person(D)
        D("그런데 위 관련자는 보조금 수령자 ", b, "(", gen_dob(rng), ")의 계좌를 확인하지 않고 ", *bank_inline(D), " 계좌로 ",
          N(amount(rng, 500000, 20000000), "amount"), "을 지급하였다.\n")
    elif r < 0.75:
        D("관련자는 공용차량(", N("%d%s %04d" % (rng.randint(100, 399), rng.choice("가나다"), rng.randint(1000, 9999)), "official_vehicle"),
          ")을 주말에 사적으로 사용하고, 본인 차량(", gen_plate(rng), ") 주유비를 청구하였다.\n")
    else:
        D("민원인 ", person(D), "의 주민등록번호(", gen_rrn(rng, "rrn_valid"), ")가 기재된 문서를 누리집에 게시하였다.\n")
    D("\n조치할 사항  ", office(D, inst["head"]), "은 관련자를 ", rng.choice(["징계", "훈계", "주의"]), " 처분하시기 바랍니다.\n")


@template("T15_disciplinary_resolution", "감사·징계 보고서", 10)
def t15(D, nopii):
    rng = D.rng
    D(rng.choice(["징 계 의 결 서", "징계의결서", "징 계 의 결 요 구 서"]), "\n\n")
    p = person(D, era=1980)
    style = rng.choice(["grid", "lines"])
    if style == "grid":
        D("징계 혐의자\t소속\t직위(직급)\t성명\n인적사항\t", rng.choice(["○○구 건설과", "보건소 감염병관리팀", "○○면 행정복지센터"]), "\t",
          rng.choice(["지방행정주사", "지방보건주사보", "지방시설서기"]), "\t", p, "\n")
    else:
        D("소속: ", rng.choice(["○○시 교통행정과", "○○군 농업기술센터"]), "\n직급: ", rng.choice(["지방행정주사보", "지방농업주사"]), "\n성명: ", p, "\n")
    D("생년월일: ", gen_dob(rng, y0=1965, y1=1998), "\n")
    D("의결주문: ", rng.choice(["견책", "감봉 1월", "정직 1월", "감봉 3월"]), "에 처한다.\n\n이유\n혐의자는 ")
    r = rng.random()
    if r < 0.5:
        D(N(fdate(rng)[0], "date"), " 혈중알코올농도 0.%03d%%의 상태로 자신의 승용차(" % rng.randint(30, 150), gen_plate(rng),
          ")를 운전하다 적발되어 운전면허(", gen_dl(rng), ")가 ", rng.choice(["정지", "취소"]), "되었다.\n")
    else:
        D("업무상 알게 된 민원인 ", person(D), "의 연락처(", gen_mobile(rng), ")를 지인에게 알려 주었다.\n")
    D("이는 ", N(statute(rng, law=rng.choice(["지방공무원법", "국가공무원법"])), "statute_citation"), " 위반에 해당한다.\n\n", ndate(D), "\n\n",
      rng.choice(["인사위원회", "○○시 인사위원회", "징계위원회"]), " 위원장 ", sp(D, person(D, era=1960), 0.4), "\n")


@template("T16_personnel_order", "인사명령", 14)
def t16(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "ministry", "fire", "police"]))
    D(inst["name"], rng.choice([" 인사발령", " 인사명령", "\n인 사 발 령 (제%d-%d호)" % (rng.randint(2024, 2026), rng.randint(1, 90))]), "\n")
    D(ndate(D, fmt="dot_space"), "자\n\n")
    style = rng.choice(["table", "bullets"])
    kinds = ["승진", "전보", "신규임용", "휴직", "직무대리", "국외출장", "파견"]
    if style == "table":
        rows = []
        for _ in range(rng.randint(3, 7)):
            k = rng.choice(kinds)
            rows.append([rng.choice(inst["depts"]), rng.choice(["행정6급", "행정7급", "행정8급", "사무관", "소방장", "경위"]),
                         sp(D, person(D, era=1985), 0.15), k + " (" + rng.choice(inst["depts"]) + ")"])
        table(D, ["소속", "직급", "성명", "발령사항"], rows, header_on=rng.random() < 0.6)
    else:
        for _ in range(rng.randint(2, 5)):
            k = rng.choice(kinds)
            D("○ ", k, "\n  - ", rng.choice(inst["depts"]), " ", rng.choice(["행정주사", "주무관", "사무관"]), " ", person(D, era=1985))
            if k == "국외출장":
                D(" (관용여권 ", V("KR_PASSPORT", "G" + "%03d" % rng.randint(0, 999) + rng.choice(PP_LETTERS) + "%04d" % rng.randint(0, 9999), "passport_new", "M3A4"),
                  ", ", N(fdate(rng)[0], "date"), "~", N(fdate(rng)[0], "date"), ")")
            elif k == "휴직":
                D(" (", rng.choice(["육아휴직", "질병휴직"]), ", ", N(fdate(rng)[0], "date"), "부터 1년)")
            D("\n")
    D("\n", office(D, inst["head"]), "\n")


@template("T17_hr_card", "인사기록카드", 12)
def t17(D, nopii):
    rng = D.rng
    D(rng.choice(["인 사 기 록 카 드", "인사기록카드 (갑)", "공무원 인사기록카드"]), "\n")
    p = person(D, era=1985)
    b = gen_birth(rng, 1965, 2000)
    D("성명 | ", p, " | 성별 | ", rng.choice(["남", "여"]), " | 직급 | ", rng.choice(["지방행정주사보", "지방행정서기", "지방사회복지주사", "지방시설주사"]), "\n")
    D("주민등록번호 | ", gen_rrn(rng, "rrn_valid", birth=b), " | 생년월일 | ", gen_dob(rng, birth=b, fmt=rng.choice(["dot_pad", "iso", "dot_space"])), "\n")
    a, post, ref = gen_address(rng)
    D("주소 | ", a, "\n")
    D("전화 | ", gen_landline(rng), " | 휴대전화 | ", gen_mobile(rng), "\n")
    D("전자우편 | ", gen_email(rng, p), "\n")
    if rng.random() < 0.8:
        D("운전면허 | ", gen_dl(rng), " | 차량번호 | ", gen_plate(rng), "\n")
    if rng.random() < 0.6:
        D("건강보험증번호 | ", gen_hi(rng), "\n")
    if rng.random() < 0.6:
        D("여권번호 | ", gen_passport(rng, rng.choice(["passport_old", "passport_new"])))
        if rng.random() < 0.3:
            D(" / 관용여권 ", V("KR_PASSPORT", "G%03d%s%04d" % (rng.randint(0, 999), rng.choice(PP_LETTERS), rng.randint(0, 9999)), "passport_new", "M3A4"))
        D("\n")
    D("\n[가족사항]\n")
    rows = []
    for rel in rng.sample(["배우자", "자", "자", "부", "모"], rng.randint(1, 3)):
        lo, hi = {"부": (b.year - 38, b.year - 22), "모": (b.year - 36, b.year - 20), "배우자": (b.year - 5, b.year + 5),
                  "자": (b.year + 24, b.year + 40)}[rel]
        if lo > 2025:
            continue
        fb = gen_birth(rng, lo, min(hi, 2025))
        rows.append([rel, person(D, era=fb.year), gen_dob(rng, birth=fb, fmt="dot_pad") if rng.random() < 0.6 else gen_rrn(rng, "rrn_masked", birth=fb),
                     rng.choice(["동거", "별거", ""])])
    table(D, ["관계", "성명", "생년월일", "비고"], rows, header_on=rng.random() < 0.7)
    grad = b.year + rng.choice([19, 23, 24])
    D("\n[학력] ", "○○고등학교 졸업" if grad - b.year == 19 else "○○대학교 행정학과 졸업", " (", N("%d. 2." % grad, "date"), ")\n")
    D("[임용] ", N(fdate(rng, (min(grad + 1, 2025), 3, 1), (2025, 12, 31))[0], "date"), " 지방행정서기보 신규임용\n")


@template("T18_service_contract", "계약서", 14)
def t18(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "ministry", "edu", "coast"]))
    co, dom = company(rng)
    D(rng.choice(["용 역 계 약 서", "물품구매 계약서", "학술연구용역 계약서"]), "\n\n")
    D("계약번호 ", N("%d%08d-00" % (rng.randint(2024, 2026), rng.randint(1, 99999999)), "public_record_id"), "\n")
    D("계약명 ", rng.choice(["개인정보 영향평가 용역", "청사 시설관리 용역", "어항 CCTV 설치", "민원실 환경개선"]), "\n계약금액 ",
      N(amount(rng, 10000000, 900000000, "geum"), "amount"), "(부가세 포함)\n\n")
    D("발주기관(갑)  ", inst["name"], "\n  대표  ", office(D, inst["head"]), "\n  주소  ",
      N(inst["addr"], "institution_address"), "\n\n")
    indiv = rng.random() < 0.35
    boss = person(D)
    a, post, ref = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_road_short", "addr_road_sigungu"]))
    D("계약상대자(을)  ", N(co, "company_name"), "\n  대표자  ", boss, "\n")
    D("  사업자등록번호  ", gen_brn(rng, corporate=not indiv), "\n")
    if not indiv:
        D("  법인등록번호  ", gen_crn(rng), "\n")
    D("  주소  ", a, "\n  전화  ", gen_landline(rng), rng.choice(["", "  팩스  "]))
    if rng.random() < 0.5:
        D(gen_landline(rng, sub="phone_fax"))
    D("\n  전자우편  ", gen_email(rng, boss if indiv else None, dom), "\n\n")
    bname, acct = gen_account(rng)
    D("제8조(대금의 지급) 갑은 을이 지정한 계좌(", bname, " ", acct, ", 예금주 ", boss if indiv else N(co, "company_name"), ")로 대금을 지급한다.\n")
    D("제12조(개인정보 보호) 을은 ", N(statute(rng), "statute_citation"), "을 준수하여야 한다.\n\n")
    D(ndate(D, fmt="dot_space"), "\n\n갑  ", office(D, inst["head"]), " (인)\n을  ", N(co, "company_name"), " 대표 ",
      sp(D, boss, 0.3), " (인)\n")
    if rng.random() < 0.4:
        pm = person(D)
        D("\n※ 현장대리인: ", pm, " (", gen_mobile(rng), ")\n")


@template("T19_public_rental_lease", "계약서", 10)
def t19(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "lh")
    D("공공임대주택 ", rng.choice(["표준임대차계약서", "임대차계약서(국민임대)", "행복주택 임대차계약서"]), "\n\n")
    D("임대인: ", N(inst["name"], "institution_name"), " (", N(inst["addr"], "institution_address"), ")\n")
    p = person(D)
    b = gen_birth(rng, 1950, 2003)
    D("임차인 성명: ", p, "   주민등록번호: ", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]), birth=b), "\n")
    a, post, ref = gen_address(rng, kind="addr_road_full")
    D("임대주택 소재지: ", a, "\n")
    prev, _, _ = gen_address(rng)
    D("현 주소: ", prev, "\n연락처: ", gen_mobile(rng), rng.choice(["", " / 비상연락처 "]))
    if rng.random() < 0.5:
        fam = person(D)
        D(gen_mobile(rng), " (", rng.choice(["자녀", "배우자", "형제"]), " ", fam, ")")
    D("\n임대보증금: ", N(amount(rng, 3000000, 60000000, "won"), "amount"), "   월 임대료: ", N(amount(rng, 80000, 400000, "won"), "amount"), "\n")
    bname, acct = gen_account(rng)
    D("보증금 반환 계좌: ", bname, " ", acct, " (예금주 ", p, ")\n")
    if rng.random() < 0.5:
        D("임대료 카드 자동납부: ", gen_card(rng, masked=rng.random() < 0.3), "\n")
    ds = sorted(rand_date(rng, D_(2023, 1, 1), D_(2026, 11, 30)) for _ in range(2))
    D("계약기간: ", N(fmt_date(ds[1], "dot_space"), "date"), " ~ ", N(fmt_date(ds[1].replace(year=ds[1].year + 2) if not (ds[1].month == 2 and ds[1].day == 29) else ds[1], "dot_space"), "date"),
      "\n\n", N(fmt_date(ds[0], "kor"), "date"), "\n임차인 ", sp(D, p, 0.4), " (서명)\n")


@template("T20_consent_form", "신청서·동의서·신고서", 12, nopii=2)
def t20(D, nopii):
    rng = D.rng
    D("개인정보 수집·이용 동의서\n\n", rng.choice(["", "□ "]), N(rng.choice(["○○군청", "○○구 행정복지센터", "○○보건소"]), "institution_name"),
      "은(는) ", rng.choice(["자원봉사자 관리", "보조금 지급", "예방접종 등록"]), "를 위하여 아래와 같이 개인정보를 수집·이용합니다.\n")
    D("1. 수집 항목: 성명, 생년월일, 연락처, 주소, 계좌번호\n2. 보유 기간: 5년\n3. 근거: ", N("「개인정보 보호법」 제15조 제1항", "statute_citation"), "\n")
    D("※ 동의를 거부할 권리가 있으나, 거부 시 지원이 제한될 수 있습니다.\n\n")
    if nopii:
        D("성명: ", "            ", " (서명)\n생년월일:      년    월    일\n연락처: 010-        -        \n")
        D("작성 예시) 성명 ", N("홍길동", "placeholder_person"), " / 주민등록번호 ", N("000000-0000000", "placeholder_number"), "\n")
        D("\n", N("20  .  .  .", "date"), "\n", N(rng.choice(["○○군수", "○○구청장"]), "office_title"), " 귀하\n")
        return
    p = person(D)
    b = gen_birth(rng, 1945, 2008)
    D("동의함 ☑   동의하지 않음 □\n\n")
    D(rng.choice(["성명: ", "성 명 : ", "이름  "]), sp(D, p, 0.3), "\n", rng.choice(["생년월일: ", "생년월일 ", "출생일: "]), gen_dob(rng, birth=b), "\n")
    D(rng.choice(["연락처: ", "휴대폰 ", "전화번호: "]), gen_mobile(rng), "\n")
    if b.year > 2006:
        g = person(D)
        D("법정대리인: ", g, " (", rng.choice(["부", "모"]), ", ", gen_mobile(rng), ")\n")
    D("\n", ndate(D, fmt="dot_space"), "\n동의자 ", p, " (서명)\n")


@template("T21_application_form", "신청서·동의서·신고서", 12)
def t21(D, nopii):
    rng = D.rng
    form = rng.choice(["긴급복지지원 신청서", "농어업인 수당 지급 신청서", "아동수당 지급 신청서", "주거급여 신청서", "에너지바우처 신청서"])
    D(form, "\n")
    D("※ 뒤쪽의 작성방법을 읽고 작성하시기 바랍니다.                    (앞쪽)\n")
    D("접수번호 ", N("%d-%05d" % (rng.randint(2025, 2026), rng.randint(1, 99999)), "public_record_id"), "  접수일 ", ndate(D), "  처리기간 14일\n")
    p = person(D)
    b = gen_birth(rng, *{"아동수당 지급 신청서": (1980, 2000), "농어업인 수당 지급 신청서": (1940, 1975)}.get(form, (1940, 1995)))
    a, post, ref = gen_address(rng)
    grid = rng.random() < 0.5
    if grid:
        D("신청인 | 성명 | ", p, " | 주민등록번호 | ", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]), birth=b), "\n")
        D("       | 주소 | ", a, "\n       | 전화번호 | ", gen_landline(rng), " | 휴대전화 | ", gen_mobile(rng), "\n")
    else:
        D("신청인\n  성명 ", p, "\n  주민등록번호 ", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=b), "\n  주소 (",
          N(post, "postal_code"), ") ", a, " ", ref or "", "\n  휴대전화 ", gen_mobile(rng), "\n")
    D("\n가구원 현황\n")
    rows = []
    rels = ["배우자", "자녀", "자녀", "자녀"] if form.startswith("아동") else ["배우자", "자녀", "부", "모", "손자녀"]
    for rel in rng.sample(rels, rng.randint(1, 3)):
        lo, hi = {"부": (b.year - 38, b.year - 22), "모": (b.year - 36, b.year - 20), "배우자": (b.year - 5, b.year + 5),
                  "자녀": (b.year + 24, b.year + 40), "손자녀": (b.year + 50, b.year + 70)}[rel]
        if lo > 2025 or hi < 1930:
            continue
        fb = gen_birth(rng, max(lo, 1925), min(hi, 2025))
        sex = {"부": "M", "모": "F"}.get(rel)
        idv = gen_rrn(rng, "rrn_post2020", birth=fb, sex=sex) if fb >= D_(2020, 10, 1) else gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=fb, sex=sex)
        rows.append([rel, person(D, era=fb.year), idv, "학생" if 2007 <= fb.year <= 2019 and rng.random() < 0.5 else rng.choice(["", "", "장애"])])
    if not rows:
        rows.append(["본인", p, "(위와 같음)", ""])
    table(D, ["관계", "성명", "주민등록번호", "비고"], rows, header_on=rng.random() < 0.65)
    bname, acct = gen_account(rng)
    D("\n지급 계좌 | ", bname, " | ", acct, " | 예금주 | ", p, "\n")
    if rng.random() < 0.4:
        D("건강보험증 번호 | ", gen_hi(rng), "\n")
    D("\n", ndate(D, fmt="dot_space"), "\n신청인 ", sp(D, p, 0.3), " (서명 또는 인)\n", office(D, rng.choice(["○○시장", "○○군수", "○○구청장"])), " 귀하\n")


@template("T22_report_form", "신청서·동의서·신고서", 12)
def t22(D, nopii):
    rng = D.rng
    kind = rng.choice(["lost", "move", "car"])
    if kind == "lost":
        D(rng.choice(["분실신고서", "여권 분실 신고서", "운전면허증 분실(재발급) 신청서"]), "\n")
        p = person(D)
        D("성명 ", p, "   생년월일 ", gen_dob(rng), "\n")
        D("분실 신분증 종류: ", rng.choice(["여권", "운전면허증", "주민등록증"]), "\n")
        D("여권번호: ", gen_passport(rng, rng.choice(["passport_old", "passport_new"])), "\n" if rng.random() < 0.6 else "   ")
        D("면허번호: ", gen_dl(rng), "\n")
        D("분실 일시·장소: ", N(fdate(rng)[0], "date"), " ", rng.choice(["지하철 2호선", "○○시장 인근", "해외(공항)"]), "\n")
        D("연락처 ", gen_mobile(rng), "  이메일 ", gen_email(rng, p), "\n")
    elif kind == "move":
        D("전입신고서\n")
        h = person(D)
        D("세대주 성명 ", h, "  주민등록번호 ", gen_rrn(rng, "rrn_valid"), "\n")
        old, _, _ = gen_address(rng)
        new, post, _ = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_road_short"]))
        D("전 주소 ", old, "\n현 주소 ", new, "\n")
        D("전입자\n")
        rows = []
        for k in range(rng.randint(1, 3)):
            fb = gen_birth(rng, 1950, 2025)
            rid = gen_rrn(rng, "rrn_post2020", birth=fb) if fb >= D_(2020, 10, 1) else gen_rrn(rng, "rrn_valid", birth=fb)
            rows.append([str(k + 1), person(D, era=fb.year), rid, rng.choice(["본인", "배우자", "자", "모"])])
        table(D, ["번호", "성명", "주민등록번호", "세대주와의 관계"], rows)
        D("신고인 ", sp(D, h, 0.3), "  (서명)  연락처 ", gen_mobile(rng), "\n")
    else:
        D("자동차 이전등록 신청서\n")
        s, b = person(D), person(D)
        D("차량번호 ", gen_plate(rng, rng.choice(["plate_2digit", "plate_3digit"])), "  차명 ", rng.choice(["아반떼", "그랜저", "스포티지", "레이"]),
          "  차대번호 ", N("KMH%s%08d" % (rng.choice(["DH41", "JU81", "CT51"]), rng.randint(0, 99999999)), "vin"), "\n")
        D("양도인 ", s, " (", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])), ")  ", gen_mobile(rng), "\n")
        a, _, _ = gen_address(rng)
        D("양수인 ", b, " (", gen_rrn(rng, "rrn_valid"), ")  ", a, "\n")
        D("매매금액 ", N(amount(rng, 1000000, 40000000, "won"), "amount"), "\n")
    D("\n", ndate(D), "\n", office(D, {"lost": rng.choice(["○○경찰서장", "외교부장관", "○○구청장"]), "move": rng.choice(["○○구청장", "○○시장", "○○동장"]),
                                      "car": rng.choice(["○○시장", "○○구청장"])}[kind]), " 귀하\n")


# ----------------------------------------------------------------------------------
# templates (batch C)
# ----------------------------------------------------------------------------------
@template("T23_farm_fish_subsidy_ledger", "대장·명부", 12)
def t23(D, nopii):
    rng = D.rng
    fish = rng.random() < 0.4
    D("%d년 " % rng.randint(2024, 2026), rng.choice(["어업인 수당", "수산직불금", "어선 감척 보조금"]) if fish else rng.choice(["농업인 수당", "공익직불금", "농기계 임대 보조금"]),
      " 지급 대장\n", N("%s %s" % (rng.choice(["○○군", "○○시"]), rng.choice(["농업정책과", "해양수산과"])), "institution_name"), "\n")
    rows = []
    for k in range(rng.randint(3, 7)):
        p = person(D, era=1950)
        b = gen_birth(rng, 1935, 1985)
        a, _, _ = gen_address(rng, kind=rng.choice(["addr_jibun_rural", "addr_jibun", "addr_road_sigungu"]))
        bname, acct = gen_account(rng)
        idcol = N("%010d" % rng.randint(1000000000, 9999999999), "public_record_id") if not fish else N("%07d-%07d" % (rng.randint(0, 9999999), rng.randint(0, 9999999)), "vessel_number")
        rows.append([str(k + 1), p, gen_dob(rng, birth=b, fmt=rng.choice(["dot_pad", "yymmdd", "iso", "short_dot"])), a, bname, acct,
                     N(format(rng.randint(30, 250) * 10000, ","), "amount"), idcol])
    hdr = ["연번", "성명", "생년월일", "주소(경작지)" if not fish else "주소", "은행", "계좌번호", "지급액(원)", "경영체번호" if not fish else "어선번호"]
    table(D, hdr, rows, header_on=rng.random() < 0.6)
    D("계  ", N(format(rng.randint(300, 2000) * 10000, ","), "amount"), "원\n")
    D("작성자 ", rng.choice(["주무관", "담당"]), " ", sp(D, person(D), 0.3), "  확인 ", rng.choice(["팀장", "과장"]), " ", sp(D, person(D), 0.3), "\n")


@template("T24_rental_residents_roster", "대장·명부", 10)
def t24(D, nopii):
    rng = D.rng
    D(rng.choice(["○○ 행복주택 입주자 명부", "국민임대 ○단지 입주자 현황", "영구임대아파트 세대 현황"]), " (", ndate(D), " 기준)\n")
    rows = []
    for k in range(rng.randint(3, 7)):
        dongho = "%d-%d%02d" % (rng.randint(101, 112), rng.randint(1, 20), rng.randint(1, 4))
        p = maybe_foreign(D, 0.08)
        row = [N(dongho, "unit_number"), p, gen_mobile(rng), N(fdate(rng, (2015, 1, 1), (2026, 11, 1), "dot_pad")[0], "date")]
        row.append(gen_plate(rng) if rng.random() < 0.6 else "-")
        if rng.random() < 0.3:
            row.append(rng.choice(["수급자", "장애", "고령", "신혼"]))
        rows.append(row)
    table(D, ["동-호", "세대주", "연락처", "입주일", "차량번호", "비고"], rows, style=rng.choice(["tab", "spaces", "pipe"]), header_on=rng.random() < 0.3)
    D("※ 관리사무소 ", N(switch_15(rng), "switchboard"), "\n")


@template("T25_volunteer_list", "대장·명부", 10)
def t25(D, nopii):
    rng = D.rng
    D(rng.choice(["자원봉사자 명단", "재난현장 자원봉사 참여자 명단", "하천 정화활동 봉사자 명단"]), "\n", ndate(D), " / ",
      rng.choice(["○○구 자원봉사센터", "○○군 자원봉사센터"]), "\n")
    rows = []
    for k in range(rng.randint(3, 8)):
        p = maybe_foreign(D, 0.08)
        aff = rng.choice(["개인", "○○고 2학년", "새마을부녀회", "적십자봉사회", "○○교회"])
        r = [str(k + 1), p, aff]
        r.append(gen_mobile(rng))
        r.append(gen_email(rng, p) if rng.random() < 0.6 else "")
        y0, y1 = (2008, 2010) if "고" in aff else (1950, 2004)
        r.append(gen_dob(rng, fmt=rng.choice(["yymmdd", "dot_pad", "yyyymmdd"]), y0=y0, y1=y1) if rng.random() < 0.5 else N("u%d" % rng.randint(10000, 999999), "system_user_id"))
        r.append("%d시간" % rng.randint(2, 8))
        rows.append(r)
    table(D, ["번호", "성명", "소속", "연락처", "이메일", "생년월일/1365ID", "시간"], rows, header_on=rng.random() < 0.7)
    D("※ 봉사자 상해보험 가입: ", N(company(rng)[0], "company_name"), "\n")


@template("T26_foreign_worker_ledger", "대장·명부", 14)
def t26(D, nopii):
    rng = D.rng
    D(rng.choice(["외국인근로자 고용 관리 대장", "외국인 근로자 고용현황(사업장별)", "고용허가제 외국인근로자 관리카드"]), "\n")
    co, dom = company(rng)
    D("사업장명 ", N(co, "company_name"), "  사업자등록번호 ", gen_brn(rng), "  대표 ", person(D), "\n")
    if rng.random() < 0.5:
        D("법인등록번호 ", gen_crn(rng), "\n")
    a, _, _ = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_jibun_rural"]))
    D("소재지 ", a, "  전화 ", gen_landline(rng), "\n\n")
    rows = []
    for k in range(rng.randint(2, 6)):
        nat = rng.choice(sorted(FOREIGN_PASSPORT))
        f = person(D, script="latin", nat=nat)
        hang = V("PERSON", f.info["hangul"], "name_foreign_hangul", "hangul") if rng.random() < 0.5 else "-"
        rows.append([str(k + 1), f, hang, nat, gen_frn(rng) if rng.random() < 0.85 else gen_frn(rng, masked=True),
                     gen_passport(rng, "passport_foreign", nat=nat), N(fdate(rng, (2019, 1, 1), (2026, 10, 1), "iso")[0], "date"),
                     gen_mobile(rng) if rng.random() < 0.7 else "-"])
    table(D, ["연번", "성명(영문)", "성명(한글)", "국적", "외국인등록번호", "여권번호", "입국일", "연락처"], rows, header_on=rng.random() < 0.7)
    D("\n근거: ", N(statute(rng, law="외국인근로자의 고용 등에 관한 법률"), "statute_citation"), "  / 문의 ", N("1350", "switchboard"), "\n")


def _table_rows(D, kind, n):
    rng = D.rng
    rows, hdr = [], None
    if kind == "allowance":
        hdr = ["성명", "은행", "계좌번호", "지급액"]
        for _ in range(n):
            bname, acct = gen_account(rng)
            rows.append([person(D), bname, acct, N(amount(rng, 50000, 900000, "won"), "amount")])
    elif kind == "parking":
        hdr = ["신청인", "차량번호", "연락처", "승인일"]
        for _ in range(n):
            rows.append([person(D), gen_plate(rng), gen_mobile(rng), N(fdate(rng)[0], "date")])
    elif kind == "complaints":
        hdr = ["접수번호", "민원인", "연락처", "처리부서"]
        for _ in range(n):
            rows.append([N("%dAA-%04d-%07d" % (rng.randint(1, 2), rng.randint(2401, 2612), rng.randint(0, 9999999)), "public_record_id"),
                         person(D), rng.choice([gen_mobile(rng), gen_landline(rng), gen_mobile(rng, fmt="plain")]), rng.choice(["건축과", "교통행정과", "환경과"])])
    elif kind == "refund":
        hdr = ["성명", "환불 카드번호", "금액", "처리일"]
        for _ in range(n):
            rows.append([person(D), gen_card(rng), N(amount(rng, 5000, 300000, "won"), "amount"), N(fdate(rng)[0], "date")])
    elif kind == "training":
        hdr = ["성명", "생년월일", "소속", "이메일"]
        for _ in range(n):
            p = maybe_foreign(D, 0.1)
            rows.append([p, gen_dob(rng, y0=1960, y1=2003), rng.choice(["○○면", "보건소", "(주)협력사", "○○복지관"]), gen_email(rng, p)])
    elif kind == "ids":
        hdr = ["성명", "주민등록번호", "건강보험증번호", "연락처"]
        for _ in range(n):
            rows.append([person(D), gen_rrn(rng), gen_hi(rng), gen_mobile(rng)])
    elif kind == "biz":
        hdr = ["상호", "대표자", "사업자등록번호", "법인등록번호", "전화"]
        for _ in range(n):
            rows.append([N(company(rng)[0], "company_name"), person(D), gen_brn(rng, corporate=True), gen_crn(rng), gen_landline(rng)])
    elif kind == "drivers":
        hdr = ["성명", "면허번호", "차량번호", "생년월일"]
        for _ in range(n):
            rows.append([person(D), gen_dl(rng), gen_plate(rng), gen_dob(rng, y0=1950, y1=2004)])
    return hdr, rows


TABLE_KINDS = ["allowance", "parking", "complaints", "refund", "training", "ids", "biz", "drivers"]
TABLE_TITLES = {"allowance": "수당 지급 명세", "parking": "공영주차장 정기권 승인 현황", "complaints": "민원 접수 현황",
                "refund": "교육비 카드 환불 내역", "training": "교육 수료자 명단", "ids": "건강검진 대상자",
                "biz": "입찰 참가업체 현황", "drivers": "공용차량 운전자 등록"}


@template("T27_table_with_header", "표(평문화)", 14)
def t27(D, nopii):
    rng = D.rng
    kind = TABLE_KINDS[rng.randrange(len(TABLE_KINDS))]
    D("<", TABLE_TITLES[kind], ">", rng.choice(["", " (단위: 원)", " ", " 붙임 1"]), "\n")
    hdr, rows = _table_rows(D, kind, rng.randint(3, 6))
    table(D, hdr, rows, style=rng.choice(["pipe", "pipe_edge", "tab", "spaces"]), header_on=True)
    D(rng.choice(["", "※ 개인정보 취급 주의\n", "- 1 -\n"]))


@template("T28_table_no_header", "표(평문화)", 12)
def t28(D, nopii):
    rng = D.rng
    kind = TABLE_KINDS[rng.randrange(len(TABLE_KINDS))]
    if rng.random() < 0.5:
        D(TABLE_TITLES[kind], " (계속)\n")
    hdr, rows = _table_rows(D, kind, rng.randint(3, 7))
    table(D, hdr, rows, style=rng.choice(["tab", "spaces", "pipe"]), header_on=False)
    if rng.random() < 0.5:
        D("\n- ", str(rng.randint(2, 9)), " -\n")


@template("T29_stats_table_nopii", "표(평문화)", 12, nopii=12)
def t29(D, nopii):
    rng = D.rng
    D("<", rng.choice(["읍·면·동별 민원 처리 현황", "연도별 구급 출동 건수", "외국인 주민 현황", "보조금 집행 실적"]), ">\n")
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append([N(rng.choice(["김포시", "이천시", "정선군", "고성군", "강진군", "홍성군", "문경시", "진주시", "안성시", "하동군",
                                   "임실군", "장성군", "남해군", "송도동", "한남동"]), "name_like_word"),
                     str(rng.randint(10, 9999)), N(amount(rng, 1000000, 900000000, "won"), "amount"), "%.1f%%" % rng.uniform(1, 99)])
    table(D, ["구분", "건수", "금액", "비율"], rows, header_on=rng.random() < 0.7)
    D("자료: ", N(rng.choice(["○○시 민원여권과", "소방청 119구급과", "법무부 외국인정책과"]), "institution_name"), " (", ndate(D), " 기준)\n")
    D("문의 ", N(gen_inst(rng)["switch"], "switchboard"), "\n")


@template("T30_police_case", "경찰 기록", 14)
def t30(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "police")
    cyber = rng.random() < 0.45
    D(inst["name"], "\n", rng.choice(["사건 접수 및 처리부", "진 술 조 서", "피해 신고 접수증"]), "\n")
    D("접수번호 ", N("%d-%06d" % (rng.randint(2025, 2026), rng.randint(1, 999999)), "public_record_id"), "  접수일시 ", ndate(D), " %02d:%02d\n" % (rng.randint(0, 23), rng.randint(0, 59)))
    foreign = rng.random() < 0.2
    v = person(D, script=rng.choice(["latin", "hangul"])) if foreign else person(D)
    b = gen_birth(rng, 1955, 2006)
    a, _, _ = gen_address(rng)
    if foreign:
        D("\n[피해자]\n성명: ", v, "\n외국인등록번호: ", gen_frn(rng, birth=b), "\n주거: ", a, "\n연락처: ", gen_mobile(rng), "\n")
    else:
        D("\n[피해자]\n성명: ", v, "\n주민등록번호: ", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=b), "\n주거: ", a, "\n연락처: ", gen_mobile(rng), "\n")
    if cyber:
        D("\n[피해 내용] 피해자는 ", N(fdate(rng)[0], "date"), " 중고거래 사이트에서 물품 대금 ", N(amount(rng, 100000, 3000000, "won"), "amount"),
          "을 판매자 명의 계좌(", *bank_inline(D), ")로 송금하였으나 물품을 받지 못함.\n")
        D("판매자 접속 IP: ", gen_ip(rng, "ip_public"), " / ", gen_ip(rng, rng.choice(["ip_public", "ipv6"])), "\n")
        D("판매자 연락처: ", gen_mobile(rng), "  판매자 이메일: ", gen_email(rng), "\n")
    else:
        s = person(D)
        D("\n[피의자]\n성명: ", s, "  (", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked", "rrn_valid"])), ")\n직업: ",
          rng.choice(["일용직", "무직", "자영업", "회사원"]), "  연락처 ", gen_mobile(rng), "\n")
    D("\n문: 진술인이 ", v, "이 맞나요?\n답: 예, 맞습니다.\n문: ", rng.choice(["피해 사실을 말씀해 주세요.", "당시 상황을 진술하세요."]), "\n답: ",
      "돈을 보낸 뒤 연락이 끊겼습니다." if cyber else rng.choice(["모르는 사람이 저를 밀치고 가방을 가져갔습니다.", "술에 취한 사람이 갑자기 주먹을 휘둘렀습니다."]), "\n")
    o = person(D, era=1985)
    D("\n조사자 ", rng.choice(["경위", "경사", "경장", "순경"]), " ", sp(D, o, 0.3), "  (", gen_landline(rng, inst["area"], inst["exch"]), ")\n")


@template("T31_traffic_record", "경찰 기록", 12)
def t31(D, nopii):
    rng = D.rng
    D(rng.choice(["교통사고 발생 보고", "음주운전 단속 결과 보고", "교통사고 사실확인원"]), "\n")
    D("발생일시: ", ndate(D), " %02d:%02d경\n" % (rng.randint(0, 23), rng.randint(0, 59)))
    if rng.random() < 0.6:
        loc, _, _ = gen_address(rng, kind="addr_road_sigungu")
        core = loc.value.split(",")[0]
        core = re.sub(r" \d+층$", "", core)
        D("발생장소: ", V("KR_ADDRESS", core, "addr_road_sigungu", "plain"), " 앞 도로\n")
    else:
        D("발생장소: ", N("%s %s 교차로" % (rng.choice(["○○시", "○○구"]), road_name(rng).split()[0]), "incident_location"), " 부근\n")
    for role in ["가해", "피해"] if rng.random() < 0.7 else ["가해"]:
        p = person(D)
        D("[", role, "차량] ", gen_plate(rng), " (", rng.choice(["승용", "화물", "승합", "이륜"]), ")  운전자 ", p, "  ")
        D(rng.choice(["면허번호 ", "운전면허 ", "DL "]), gen_dl(rng), "\n")
        D("   연락처 ", gen_mobile(rng), "  보험 ", N(rng.choice(["한빛화재", "누리손해보험", "가온화재해상"]), "company_name"), "\n")
    D("사고 내용: ", rng.choice(["신호 위반으로 측면 충돌", "후진 중 보행자 접촉", "혈중알코올농도 0.%03d%% 측정" % rng.randint(30, 200)]), "\n")
    D("처리: ", N(statute(rng, law="도로교통법"), "statute_citation"), " 적용, 범칙금 ", N(amount(rng, 20000, 120000, "won"), "amount"), "\n")
    D("작성 ", rng.choice(["경사", "경위"]), " ", person(D, era=1985), "\n")


@template("T32_ems_report", "소방·구급 기록", 16)
def t32(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "fire")
    D(rng.choice(["구급활동일지", "구 급 활 동 일 지", "119 구급활동일지(이송)"]), "\n", inst["name"], " ", rng.choice(["○○119안전센터", "구급대"]), "\n")
    D("출동번호 ", N("%d%08d" % (rng.randint(2025, 2026), rng.randint(1, 99999999)), "public_record_id"), "   신고일시 ", ndate(D), " %02d:%02d\n" % (rng.randint(0, 23), rng.randint(0, 59)))
    rp = person(D)
    D("신고자 ", rp, " (", rng.choice(["본인", "가족", "행인", "요양보호사"]), ") ", gen_mobile(rng), "\n")
    pt = maybe_foreign(D, 0.1, era=1950)
    b = gen_birth(rng, 1928, 2020)
    a, _, _ = gen_address(rng)
    D("환자 성명 ", pt, "  성별 ", rng.choice(["남", "여"]), "  ", rng.choice(["생년월일 ", "생년월일: "]), gen_dob(rng, birth=b), "\n")
    D("발생장소 ", a, "\n")
    if rng.random() < 0.85:
        D(rng.choice(["건강보험 증번호 ", "건강보험 ", "건보증번호 "]), gen_hi(rng), "\n")
    g = person(D)
    D("보호자 ", g, " (", rng.choice(["부", "모"]) if b.year >= 2007 else rng.choice(["배우자", "자녀", "형제"]), ") ", gen_mobile(rng), "\n")
    D("환자평가  의식 ", rng.choice(["A", "V", "P"]), "  혈압 %d/%d  맥박 %d  호흡 %d  SpO2 %d%%\n" % (rng.randint(80, 180), rng.randint(50, 110), rng.randint(50, 140), rng.randint(10, 30), rng.randint(85, 100)))
    D("주증상 ", rng.choice(["흉통", "호흡곤란", "낙상 후 두부 출혈", "의식저하", "복통"]), "\n이송병원 ", N(rng.choice(["○○대학교병원", "○○의료원", "한빛병원"]), "institution_name"), "\n")
    c1, c2 = person(D, era=1988), person(D, era=1990)
    D("구급대원 1급 응급구조사 ", sp(D, c1, 0.3), " / 소방교 ", sp(D, c2, 0.3), "\n인수 의사 ", person(D), " (서명)\n")


@template("T33_coast_guard", "해양경찰 기록", 12)
def t33(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "coast")
    kind = rng.choice(["port", "rescue"])
    if kind == "port":
        D(rng.choice(["어선 출입항 신고서", "출항·입항 신고 대장"]), "\n", inst["name"], " ", rng.choice(["○○파출소", "○○출장소"]), "\n")
        D("선박명 ", N(rng.choice(["제7해성호", "대복호", "금강호", "제3동진호", "새바다호"]), "vessel_name"), "  어선번호 ",
          N("%07d-%07d" % (rng.randint(0, 9999999), rng.randint(0, 9999999)), "vessel_number"), "  톤수 %.2f톤\n" % rng.uniform(2, 60))
        cap = person(D, era=1960)
        D("선장 ", cap, "  ", gen_mobile(rng), "  ", rng.choice(["생년월일 ", ""]), gen_dob(rng, y0=1950, y1=1990), "\n승선원 명부\n")
        rows = []
        for k in range(rng.randint(2, 5)):
            if rng.random() < 0.55:
                nat = rng.choice(["베트남", "인도네시아", "필리핀", "중국"])
                f = person(D, script="latin", nat=nat)
                rows.append([str(k + 1), f, nat, rng.choice([gen_frn(rng), gen_passport(rng, "passport_foreign", nat=nat)])])
            else:
                rows.append([str(k + 1), person(D, era=1960), "한국", gen_dob(rng, fmt=rng.choice(["yymmdd", "dot_pad"]))])
        table(D, ["번호", "성명", "국적", "생년월일/등록번호"], rows, header_on=rng.random() < 0.6)
        D("출항 ", ndate(D), " 05:30  입항예정 ", ndate(D), "\n")
    else:
        D(rng.choice(["해상 구조 상황 보고", "수난구호 활동 기록"]), "\n", inst["name"], " 상황실\n")
        D("일시 ", ndate(D), " %02d:%02d / 위치 북위 %d도 %d분, 동경 %d도 %d분\n" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(33, 38), rng.randint(0, 59), rng.randint(124, 130), rng.randint(0, 59)))
        p = person(D)
        D("조난자 ", p, "(", N("%d세" % rng.randint(18, 80), "age_or_birth_year"), ", ", rng.choice(["낚시객", "레저보트 운전자", "선원"]), ") 연락처 ", gen_mobile(rng), "\n")
        if rng.random() < 0.6:
            D("수상레저기구 조종면허 보유, 보트 등록번호 ", N("%s-%04d" % (rng.choice(["인천", "태안", "여수"]), rng.randint(1, 9999)), "vessel_number"), "\n")
        D("구조 경과: 연안구조정 출동, ", N(fdate(rng)[0], "date"), " 구조 완료, ", N(rng.choice(["○○의료원", "한빛병원"]), "institution_name"), " 이송\n")
        D("보고자 ", rng.choice(["경사", "경장", "순경"]), " ", sp(D, person(D, era=1990), 0.3), "  ☎ ", N("122", "switchboard"), " 신고 접수\n")


@template("T34_health_center_record", "보건·의료 기록", 12)
def t34(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "health")
    D(inst["name"], " ", rng.choice(["진료기록부", "예방접종 등록 카드", "방문건강관리 기록지", "결핵 환자 관리카드"]), "\n")
    p = maybe_foreign(D, 0.1, era=1955)
    b = gen_birth(rng, 1930, 2025)
    D("성명 ", p, "   ")
    if p.sub.startswith("name_foreign"):
        D("외국인등록번호 ", gen_frn(rng, birth=b if b.year >= 1955 and b.year <= 2006 else None), "\n")
    elif b >= D_(2020, 10, 1):
        D("주민등록번호 ", gen_rrn(rng, "rrn_post2020", birth=b), "\n")
    else:
        D("주민등록번호 ", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=b), "\n")
    D("건강보험증번호 ", gen_hi(rng), "  ", rng.choice(["자격: 지역가입자", "자격: 직장피부양자", "의료급여 1종"]), "\n")
    a, _, _ = gen_address(rng)
    D("주소 ", a, "\n연락처 ", gen_mobile(rng) if rng.random() < 0.7 else gen_landline(rng), "\n")
    D("진료일 ", ndate(D), "  진단 ", rng.choice(["고혈압", "제2형 당뇨", "잠복결핵", "인플루엔자 예방접종"]), "  처방 ", rng.choice(["암로디핀 5mg", "메트포르민 500mg", "이소니아지드 300mg", "4가 백신 0.5mL"]), "\n")
    D("담당의 ", person(D, era=1975), "  간호사 ", person(D, era=1985), "\n")


@template("T35_school_record", "학교 기록", 12)
def t35(D, nopii):
    rng = D.rng
    school = rng.choice(["새솔", "한울", "가람", "누리", "솔빛", "해오름"]) + rng.choice(["초등학교", "중학교", "고등학교"])
    D(N(school, "institution_name"), " ", rng.choice(["학생 상담 기록부", "학교폭력 사안 보고", "긴급 연락망", "전학 학생 인계서"]), "\n")
    st = person(D, era=2012)
    b = gen_birth(rng, 2008, 2019)
    D("학생 ", st, " (", str(rng.randint(1, 6)), "학년 ", str(rng.randint(1, 9)), "반 ", str(rng.randint(1, 30)), "번)  생년월일 ", gen_dob(rng, birth=b), "\n")
    g = person(D, era=1980)
    D("보호자 ", g, " (", rng.choice(["부", "모", "조모"]), ")  ", gen_mobile(rng), "\n")
    if rng.random() < 0.6:
        a, _, _ = gen_address(rng)
        D("주소 ", a, "\n")
    if rng.random() < 0.3:
        D("학생 이메일 ", gen_email(rng, st), "\n")
    D("상담일 ", ndate(D), "\n상담 내용: ", rng.choice(["교우 관계 갈등으로 등교를 거부함.", "가정 내 돌봄 공백이 의심되어 복지관 연계 필요.",
                                                  "체육 시간 부상으로 보건실 처치 후 귀가 조치."]), "\n")
    if rng.random() < 0.4:
        o = person(D, era=2012)
        D("관련 학생: ", o, ", ", person(D, era=2012), "\n")
    t = person(D, era=1985)
    D("담임 ", t, " 교사 (교무실 ", gen_landline(rng), ")\n")


@template("T36_care_welfare_record", "복지·돌봄 기록", 14)
def t36(D, nopii):
    rng = D.rng
    kind = rng.choice(["daycare", "nursing", "casework"])
    if kind == "daycare":
        D(rng.choice(["○○어린이집 원아 생활기록", "어린이집 입소 대기 명단", "원아 귀가 동의서"]), "\n")
        for _ in range(rng.randint(1, 3)):
            kid = person(D, era=2022)
            b = rand_date(rng, D_(2020, 1, 1), D_(2025, 10, 1))
            rid = gen_rrn(rng, "rrn_post2020", birth=b) if b >= D_(2020, 10, 1) else gen_rrn(rng, "rrn_valid", birth=b)
            D("원아 ", kid, "  ", rng.choice(["주민등록번호 ", "주민번호 "]), rid, "  건강보험 ", gen_hi(rng), "\n")
            pr = person(D, era=1990)
            D("  보호자 ", pr, " ", gen_mobile(rng), rng.choice(["", "  귀가 동행: 조모 "]))
            D("\n")
        D("담임 보육교사 ", person(D, era=1995), "\n")
    elif kind == "nursing":
        D(rng.choice(["○○요양원 입소자 기록", "장기요양 급여 제공 기록지"]), "\n")
        p = person(D, era=1940)
        b = gen_birth(rng, 1925, 1950)
        D("수급자 ", p, " (", gen_dob(rng, birth=b), ")  장기요양인정번호 ", N("L%010d" % rng.randint(0, 9999999999), "public_record_id"), "  ", rng.choice(["3등급", "4등급", "2등급"]), "\n")
        D("건강보험증번호 ", gen_hi(rng), "\n")
        g = person(D, era=1965)
        D("보호자 ", g, " (", rng.choice(["장남", "장녀", "배우자"]), ") ", gen_mobile(rng), "\n")
        if rng.random() < 0.6:
            bname, acct = gen_account(rng)
            D("본인부담금 자동이체 ", bname, " ", acct, " (예금주 ", g, ")\n")
        else:
            D("본인부담금 결제카드 ", gen_card(rng), " (보호자 명의)\n")
        D("특이사항: ", rng.choice(["야간 배회", "낙상 위험 높음", "식사량 감소"]), "  작성 요양보호사 ", person(D, era=1970), "\n")
    else:
        D(rng.choice(["통합사례관리 상담 기록", "위기가구 발굴 상담지"]), "\n")
        p = person(D, era=1960)
        D("대상자 ", p, " (", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])), ")\n")
        a, _, _ = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_jibun"]))
        D("주소 ", a, "\n연락처 ", gen_mobile(rng), "\n")
        D("상담 내용: ", rng.choice(["월세 3개월 체납, 단전 예고 통지 받음.", "고독사 위험군, 주 1회 안부 확인 필요."]), "\n")
        D("연계: ", N(rng.choice(["○○동 행정복지센터", "○○종합사회복지관"]), "institution_name"), "  긴급지원 ", N(amount(rng, 300000, 2000000, "won"), "amount"), "\n")
        D("사회복지사 ", person(D, era=1990), "\n")


@template("T37_call_transcript", "상담 통화·채팅", 14)
def t37(D, nopii):
    rng = D.rng
    center, topic = rng.choice([("국민건강보험공단 고객센터", rng.choice(["보험료 환급", "보험료 자동이체 변경", "체납 보험료 분할납부"])),
                                ("○○시 120 민원콜", rng.choice(["주정차 과태료 납부", "지방세 환급", "상하수도 요금 이체 변경"])),
                                ("한국토지주택공사 콜센터", rng.choice(["임대료 자동이체 변경", "임대보증금 반환", "관리비 환급"]))])
    D(rng.choice(["[콜센터 상담 녹취 전사]", "고객상담 통화 기록", "상담 STT 결과"]), " ", N(center, "institution_name"), "\n")
    D("상담일시 ", ndate(D), " %02d:%02d  상담번호 " % (rng.randint(9, 17), rng.randint(0, 59)), N("C%d%07d" % (rng.randint(24, 26), rng.randint(0, 9999999)), "public_record_id"), "\n\n")
    ag = person(D, era=1990)
    cu = person(D)
    b = gen_birth(rng, 1940, 2003)
    t = 0

    def ts():
        nonlocal t
        t += rng.randint(4, 25)
        return "[%02d:%02d] " % (t // 60, t % 60)
    D(ts(), "상담사: 안녕하십니까, 상담사 ", ag, "입니다. 무엇을 도와드릴까요?\n")
    D(ts(), "고객: 네, ", topic, " 때문에 전화했어요.\n")
    D(ts(), "상담사: 본인 확인을 위해 성함과 생년월일 말씀해 주시겠어요?\n")
    D(ts(), "고객: ", cu, "이고요, ", gen_dob(rng, birth=b, fmt=rng.choice(["kor", "yymmdd", "kor_short", "dot_space"])), rng.choice(["이요.", "생이에요."]), "\n")
    D(ts(), "상담사: 확인되었습니다. 연락 가능한 번호가 ", gen_mobile(rng, fmt=rng.choice(["hyphen", "space", "plain"])), " 맞으신가요?\n")
    D(ts(), "고객: 네 맞아요.\n")
    r = rng.random()
    if r < 0.4:
        D(ts(), "고객: 환급금은 ", *bank_inline(D), "으로 넣어 주세요.\n")
    elif r < 0.7:
        D(ts(), "고객: 카드로 낼게요. 카드번호는 ", gen_card(rng, masked=False, fmt=rng.choice(["space", "hyphen"])), "이고 유효기간은 ",
          N("%02d/%02d" % (rng.randint(1, 12), rng.randint(27, 31)), "card_expiry"), "이에요.\n")
    else:
        a, _, _ = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_road_sigungu"]))
        D(ts(), "고객: 고지서 주소를 ", a, "로 바꿔 주세요.\n")
    D(ts(), "상담사: 처리되었습니다. 추가 문의는 ", N(switch_15(rng), "switchboard"), "로 연락 주세요.\n")


@template("T38_chat_log", "상담 통화·채팅", 10)
def t38(D, nopii):
    rng = D.rng
    D(rng.choice(["[채팅 상담 내역]", "카카오톡 상담 이력", "누리집 챗봇 → 상담원 전환 기록"]), "\n")
    ag = person(D, era=1992)
    cu = maybe_foreign(D, 0.12)
    h = rng.randint(13, 17)
    m = rng.randint(0, 40)
    D("[오후 %d:%02d] " % (h - 12 if h > 12 else h, m), ag, ": 안녕하세요! ", N(rng.choice(["○○구청", "○○시청"]), "institution_name"), " 민원 채팅상담입니다.\n")
    m += 1
    D("[오후 %d:%02d] 민원인: 여권 재발급 신청했는데 언제 나와요?\n" % (h - 12 if h > 12 else h, m))
    D("[오후 %d:%02d] " % (h - 12 if h > 12 else h, m + 1), ag, ": 성함과 기존 여권번호 알려주시겠어요?\n")
    D("[오후 %d:%02d] 민원인: " % (h - 12 if h > 12 else h, m + 2), cu, " ", gen_passport(rng, rng.choice(["passport_old", "passport_new", "passport_foreign"])), "\n")
    D("[오후 %d:%02d] 민원인: 연락처는 " % (h - 12 if h > 12 else h, m + 3), gen_mobile(rng, fmt=rng.choice(["plain", "hyphen"])), rng.choice([" 이에요", "", " 입니다"]), "\n")
    if rng.random() < 0.5:
        D("[오후 %d:%02d] 민원인: 메일로도 받을 수 있나요? " % (h - 12 if h > 12 else h, m + 4), gen_email(rng, cu), "\n")
    D("[오후 %d:%02d] " % (h - 12 if h > 12 else h, m + 5), ag, ": ", N(fdate(rng)[0], "date"), " 이후 수령 가능합니다. 방문 시 신분증 지참해 주세요.\n")
    D("[시스템] 상담이 종료되었습니다. 상담 만족도 조사 → ", N("https://minwon.example.go.kr/s/%d" % rng.randint(1000, 9999), "institution_url"), "\n")


@template("T39_access_log", "접속 로그", 20, nopii=3)
def t39(D, nopii):
    rng = D.rng
    day = rand_date(rng, D_(2025, 1, 1), D_(2026, 12, 4))
    sec = rng.randint(8 * 3600, 18 * 3600)
    style = rng.choice(["kv", "json", "csv"])
    D(rng.choice(["# 개인정보처리시스템 접속기록", "# access.log (발췌)", "# 접속기록 점검 대상"]), " ", N(day.isoformat(), "date"), "\n")
    if style == "csv":
        D("timestamp,user_id,user_name,client_ip,action,target\n")
    for k in range(rng.randint(3, 7)):
        sec += rng.randint(5, 900)
        tsv = "%s %02d:%02d:%02d" % (day.isoformat(), sec // 3600, sec // 60 % 60, sec % 60)
        uid = N(rng.choice(["u", "emp", "A"]) + "%05d" % rng.randint(0, 99999), "system_user_id")
        act = rng.choice(["VIEW", "DOWNLOAD", "UPDATE", "PRINT", "SEARCH"])
        if nopii:
            D(tsv, " INFO batch=", N("nightly-%02d" % rng.randint(1, 9), "job_id"), " user=", uid, " ver=", N("10.0.%d.%d" % (rng.randint(17000, 22000), rng.randint(1, 4000)), "version_number"),
              " status=", rng.choice(["OK", "RETRY"]), "\n")
            continue
        ip = gen_ip(rng, wchoice(rng, [("ip_private", 45), ("ip_public", 45), ("ipv6", 10)]))
        if style == "kv":
            D(tsv, " ", rng.choice(["INFO", "WARN"]), " user=", uid, " name=", person(D), " ip=", ip, " action=", act)
            r = rng.random()
            if r < 0.4:
                D(" target_rrn=", gen_rrn(rng, "rrn_masked"))
            elif r < 0.6:
                D(" query=\"", person(D), "\"")
            D("\n")
        elif style == "json":
            D('{"ts":"', tsv, '","uid":"', uid, '","ip":"', ip, '","act":"', act, '","subject":"', person(D), '"}\n')
        else:
            D(tsv, ",", uid, ",", person(D), ",", ip, ",", act, ",", rng.choice(["민원대장", "수급자DB", "주민등록"]), "\n")
    if nopii:
        D("# 서버 ", N("nightly batch v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)), "version_number"), " 정상 종료\n")
    else:
        D("# 점검자 소견: 대량 조회 ", rng.choice(["없음", "1건 소명 요청"]), "\n")


@template("T40_community_center_diary", "업무일지", 12)
def t40(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, "dong")
    D(inst["name"], " ", rng.choice(["민원 업무일지", "복지팀 업무일지", "일일 업무 보고"]), "  ", ndate(D, fmt="kor"), "\n")
    D("근무자: ", sp(D, person(D, era=1988), 0.2), ", ", sp(D, person(D, era=1990), 0.2), "  (", rng.choice(["팀장 결재", "동장 결재"]), ")\n\n")
    t = rng.randint(9 * 60, 10 * 60)
    for _ in range(rng.randint(3, 6)):
        t += rng.randint(15, 70)
        who = maybe_foreign(D, 0.1, era=1955)
        D("%02d:%02d " % (t // 60, t % 60), who, rng.choice([" 님", " 씨", ""]), " 방문 — ")
        r = rng.random()
        if r < 0.25:
            D("기초연금 신청 상담, 연락처 ", gen_mobile(rng), "\n")
        elif r < 0.45:
            D("전입신고 처리(", gen_address(rng, kind="addr_road_sigungu")[0], ")\n")
        elif r < 0.6:
            D("긴급복지 문의, 생년월일 ", gen_dob(rng, y0=1940, y1=1990), ", 재방문 예정\n")
        elif r < 0.68 and not who.sub.startswith("name_foreign"):
            D("여권 발급 신청 접수(기존 여권 ", gen_passport(rng, rng.choice(["passport_old", "passport_new"])), " 반납)\n")
        elif r < 0.75:
            if who.sub.startswith("name_foreign"):
                D("외국인 주민 전입 신고, 외국인등록번호 ", gen_frn(rng), "\n")
            else:
                D("주민등록증 재발급 신청, 임시 신분증명서 발급\n")
        else:
            D("쓰레기 무단투기 신고(차량 ", gen_plate(rng), ")\n")
    D("\n특이사항: ", rng.choice(["없음", "독거노인 안부 확인 2건", "민원인 폭언 1건 — 녹취 보관"]), "\n")
    D("전화 문의 ", N(str(rng.randint(3, 30)), "count"), "건 (", N(inst["switch"], "switchboard"), " 착신 포함)\n")


@template("T41_award_recommendation", "포상 추천서", 10)
def t41(D, nopii):
    rng = D.rng
    aff, pos, rec_off = rng.choice([("○○소방서", "소방위", "○○소방서장"), ("○○구청 복지정책과", "주무관", "○○구청장"),
                                    ("○○초등학교", "교사", "○○교육장"), ("개인(자원봉사자)", "-", "○○군수")])
    D(rng.choice(["정부포상 추천서", "모범공무원 추천서", "자원봉사 유공 표창 추천서", "시민상 후보자 추천서"]), "\n\n[추천 대상자 인적사항]\n")
    p = person(D, era=1970)
    b = gen_birth(rng, 1955, 1995)
    grid = rng.random() < 0.5
    if grid:
        D("성명 | ", p, " | 생년월일 | ", gen_dob(rng, birth=b), "\n소속 | ", aff, " | 직위 | ",
          pos, "\n주소 | ", gen_address(rng)[0], "\n연락처 | ", gen_mobile(rng), "\n")
    else:
        D("○ 성명: ", p, " (", gen_rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), birth=b), ")\n○ 주소: ", gen_address(rng)[0], "\n○ 전화: ", gen_mobile(rng), "\n")
    D("\n[공적 요지]\n", p, {"소방위": " 소방위는 ", "주무관": " 주무관은 ", "교사": " 교사는 "}.get(pos, " 씨는 "), N(fdate(rng, (2005, 1, 1), (2024, 12, 31))[0], "date"), "부터 ",
      rng.choice(["독거노인 반찬 나눔 봉사를 매주 해 왔으며", "화재 현장에서 인명 구조에 앞장섰으며", "민원 처리 기간을 크게 단축하였으며"]),
      ", 누적 봉사시간은 ", N("%d시간" % rng.randint(300, 5000), "count"), "에 이른다.\n")
    D("\n[표창 이력] ", N(rng.choice(["2019 도지사 표창", "2021 장관 표창", "없음"]), "award_history"), "\n")
    D("\n", ndate(D, fmt="dot_space"), "\n추천기관장 ", office(D, rec_off), " (직인)\n")
    D("작성자 ", rng.choice(["주무관 ", "행정주사 "]), person(D), "  ", gen_landline(rng), "\n")


@template("T42_trip_report", "출장 복명서", 12)
def t42(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "ministry", "health"]))
    D(rng.choice(["출 장 복 명 서", "출장복명서", "관외 출장 결과 보고"]), "\n\n")
    D("1. 출장자\n")
    rows = []
    for _ in range(rng.randint(1, 3)):
        rows.append([rng.choice(inst["depts"]), rng.choice(["행정6급", "행정7급", "농촌지도사", "보건주사"]), person(D, era=1985)])
    table(D, ["소속", "직급", "성명"], rows, header_on=rng.random() < 0.5)
    d1 = rand_date(rng, D_(2024, 1, 1), D_(2026, 11, 30))
    f = rng.choice(["dot_space", "iso", "kor"])
    D("2. 출장기간: ", N(fmt_date(d1, f), "date"), " ~ ", N(fmt_date(d1 + datetime.timedelta(days=rng.randint(0, 2)), f), "date"), "\n3. 출장지: ", rng.choice(["○○군 ○○면 어촌계", "○○농협", "○○요양원", "○○항 수산물위판장"]), "\n")
    D("4. 출장목적: ", rng.choice(["보조사업 현장 점검", "민원 현장 확인", "외국인 근로자 숙소 점검"]), "\n5. 주요 내용\n")
    m = person(D, era=1960)
    D("  가. ", rng.choice(["어촌계장", "마을 이장", "시설장", "대표"]), " ", m, "(", gen_mobile(rng), ") 면담, ",
      rng.choice(["보조금 정산서류 미비 확인", "숙소 난방 불량 개선 요청", "현장 민원 청취"]), "\n")
    if rng.random() < 0.5:
        D("  나. 사업자 ", N(company(rng)[0], "company_name"), "(사업자등록번호 ", gen_brn(rng), ") 시공 현장 확인\n")
    if rng.random() < 0.6:
        D("6. 교통수단: 자가용(", gen_plate(rng), ") — 공용차량 배차 불가\n")
    elif rng.random() < 0.6:
        D("6. 교통수단: 항공(국외) — 출장자 여권 ", gen_passport(rng, rng.choice(["passport_old", "passport_new"])), "\n")
    bname, acct = gen_account(rng)
    D("7. 여비 지급 계좌: ", bname, " ", acct, "  ", N(amount(rng, 20000, 300000, "won"), "amount"), "\n")
    D("\n위와 같이 복명합니다.\n", N(fmt_date(d1 + datetime.timedelta(days=rng.randint(3, 6)), "dot_space"), "date"), "\n복명자 ", sp(D, rows[0][2], 0.4), " (인)\n")


@template("T43_public_notice", "공고·고시", 14, nopii=8)
def t43(D, nopii):
    rng = D.rng
    inst = gen_inst(rng, rng.choice(["sigungu", "sigungu", "police"]))
    D(office(D, inst["name"].replace("청", "") if inst["kind"] == "sigungu" else inst["name"]), " 공고 제", N("%d-%d" % (rng.randint(2024, 2026), rng.randint(100, 3000)), "document_number"), "호\n\n")
    if nopii:
        D(rng.choice(["청사 시설관리 용역 입찰 공고", "공유재산 매각 공고", "행정처분 사전 통지 공고(안내)", "주민등록 사실조사 실시 공고"]), "\n\n")
        D("1. 입찰(조사) 기간: ", ndate(D), " ~ ", ndate(D), "\n2. 근거: ", N(statute(rng), "statute_citation"), "\n3. 추정가격: ", N(amount(rng, 10000000, 900000000, "geum"), "amount"), "\n")
        D("4. 나라장터 공고번호: ", N("%d%07d-00" % (rng.randint(2024, 2026), rng.randint(0, 9999999)), "public_record_id"), "\n")
        D("5. 문의: ", rng.choice(inst["depts"]), " (", N(inst["switch"], "switchboard"), ")\n\n", ndate(D, fmt="dot_space"), "\n", office(D, inst["head"]), "\n")
        return
    kind = rng.choice(["service", "plates"])
    if kind == "service":
        D("공시송달 공고\n\n", N("「행정절차법」 제14조 제4항", "statute_citation"), "에 따라 아래 처분 통지서를 송달하고자 하였으나 수취인 불명 등으로 반송되어 공시송달합니다.\n\n")
        rows = []
        for k in range(rng.randint(2, 5)):
            a, _, _ = gen_address(rng, kind=rng.choice(["addr_road_full", "addr_road_short", "addr_jibun"]))
            rows.append([str(k + 1), maybe_foreign(D, 0.1), N(rng.choice(["%d.%02d." % (rng.randint(2024, 2026), rng.randint(1, 12))]), "date"), a,
                         rng.choice(["과태료 부과 사전통지", "자동차세 체납 고지", "영업정지 처분"])])
        table(D, ["연번", "성명", "처분일", "주소", "처분내용"], rows, header_on=rng.random() < 0.7)
    else:
        D("체납차량 번호판 영치 및 공매 예고 공고\n\n")
        rows = []
        for k in range(rng.randint(3, 6)):
            rows.append([str(k + 1), gen_plate(rng), N(rng.choice(["○○○", "김○○", "(주)○○"]), "placeholder_person"), N(amount(rng, 300000, 9000000, "won"), "amount")])
        table(D, ["연번", "차량번호", "소유자", "체납액"], rows, header_on=rng.random() < 0.7)
    D("\n※ 공고일로부터 14일이 지나면 송달된 것으로 봅니다. 문의 ", rng.choice(inst["depts"]), " ", N(inst["switch"], "switchboard"), "\n")
    D(ndate(D, fmt="dot_space"), "\n", office(D, inst["head"]), "\n")


@template("T45_card_refund_ledger", "대장·명부", 16)
def t45(D, nopii):
    rng = D.rng
    D(rng.choice(["공공체육시설 수강료 카드 환불 대장", "과태료 카드납부 취소 내역", "평생학습관 수강료 환불 처리부", "주차요금 카드 결제 오류 환불 목록"]), "\n")
    D(N(rng.choice(["○○시설관리공단", "○○구 평생학습관", "○○시 교통행정과"]), "institution_name"), "  ", ndate(D), " 작성\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        p = person(D)
        card = gen_card(rng, masked=rng.random() < 0.35)
        rows.append([N("R%d%05d" % (rng.randint(24, 26), rng.randint(0, 99999)), "public_record_id"), p, card,
                     N("%08d" % rng.randint(0, 99999999), "approval_number"), N(format(rng.randint(5, 300) * 1000, ","), "amount"),
                     gen_mobile(rng) if rng.random() < 0.6 else "-"])
    table(D, ["접수번호", "성명", "카드번호", "승인번호", "환불액", "연락처"], rows, header_on=rng.random() < 0.6)
    D("처리자 ", person(D, era=1990), "  ※ 카드사 문의 ", N(switch_15(rng), "switchboard"), "\n")


@template("T46_license_return_ledger", "대장·명부", 12)
def t46(D, nopii):
    rng = D.rng
    D(rng.choice(["고령운전자 운전면허 자진반납 지원 대장", "운전면허 반납자 교통비 지급 명단", "면허 반납 인센티브 신청 접수부"]), "\n")
    D(N("%s %s" % (rng.choice(["○○시", "○○군", "○○구"]), "교통행정과"), "institution_name"), " / ", N(statute(rng, law="도로교통법"), "statute_citation"), "\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        b = gen_birth(rng, 1930, 1955)
        bname, acct = gen_account(rng)
        rows.append([str(k + 1), person(D, era=1945), gen_dob(rng, birth=b, fmt=rng.choice(["dot_pad", "yymmdd", "iso", "dot_space"])), gen_dl(rng),
                     gen_address(rng, kind=rng.choice(["addr_road_sigungu", "addr_jibun", "addr_road_short"]))[0], bname, acct,
                     N(format(rng.choice([100000, 200000, 300000]), ","), "amount")])
    table(D, ["연번", "성명", "생년월일", "면허번호", "주소", "은행", "계좌번호", "지원액"], rows, header_on=rng.random() < 0.6)
    D("담당 ", person(D, era=1990), " 주무관\n")


@template("T47_health_insurance_cert", "보건·의료 기록", 12)
def t47(D, nopii):
    rng = D.rng
    D(rng.choice(["건강보험 자격득실 확인서", "건강(장기요양)보험증 발급 내역", "의료급여 수급권자 명단"]), "\n")
    D("발급번호 ", N("%04d-%04d-%04d-%04d" % tuple(rng.randint(0, 9999) for _ in range(4)), "public_record_id"), "\n")
    p = person(D)
    b = gen_birth(rng, 1940, 2004)
    D("가입자 성명 ", p, "  주민등록번호 ", gen_rrn(rng, rng.choice(["rrn_masked", "rrn_masked", "rrn_valid"]), birth=b), "\n")
    D("증번호 ", gen_hi(rng), "  가입자 구분 ", rng.choice(["직장가입자", "지역가입자"]), "\n")
    co = company(rng)[0]
    D("사업장 명칭 ", N(co, "company_name"), "  취득일 ", ndate(D, (2000, 1, 1), (2024, 12, 31)), "  상실일 ", rng.choice(["-", N(fdate(rng)[0], "date")]), "\n")
    D("\n피부양자\n")
    rows = []
    for rel in rng.sample(["배우자", "자녀", "자녀", "부", "모"], rng.randint(1, 3)):
        fb = gen_birth(rng, 1935, 2024)
        rows.append([rel, person(D, era=fb.year), gen_dob(rng, birth=fb, fmt=rng.choice(["dot_pad", "iso"])), gen_hi(rng)])
    table(D, ["관계", "성명", "생년월일", "증번호"], rows, header_on=rng.random() < 0.6)
    D("\n", N(rng.choice(["국민건강보험공단 ○○지사", "국민건강보험공단 이사장"]), "institution_name"), "  ", ndate(D), "\n")
    D("※ 문의 ", N(switch_15(rng), "switchboard"), "\n")


@template("T48_bid_company_review", "계약서", 14)
def t48(D, nopii):
    rng = D.rng
    D(rng.choice(["입찰참가자격 심사표", "적격심사 업체 현황", "계약상대자 현황 조사표"]), "\n공고번호 ",
      N("%d%07d-00" % (rng.randint(2024, 2026), rng.randint(0, 9999999)), "public_record_id"), "\n")
    for k in range(rng.randint(2, 3)):
        co, dom = company(rng)
        boss = person(D)
        D("\n[업체 %d]\n상호 " % (k + 1), N(co, "company_name"), "\n대표이사 ", boss, "\n")
        D("법인등록번호 ", gen_crn(rng), "   사업자등록번호 ", gen_brn(rng, corporate=True), "\n")
        D("본점 소재지 ", gen_address(rng, kind=rng.choice(["addr_road_full", "addr_road_short"]))[0], "\n")
        D("전화 ", gen_landline(rng), "  담당 ", person(D), " ", gen_mobile(rng), "\n")
        D("신용평가등급 ", rng.choice(["BBB0", "A-", "BB+"]), "  심사점수 %.1f\n" % rng.uniform(70, 98))
    D("\n심사위원 ", person(D, era=1970), ", ", person(D, era=1970), "\n")



OCR_BASES = ["T01_gongmun_electronic", "T02_gongmun_1990s", "T05_minwon_result_form", "T11_judgment", "T13_appeal_decision",
             "T15_disciplinary_resolution", "T17_hr_card", "T18_service_contract", "T19_public_rental_lease", "T21_application_form",
             "T22_report_form", "T23_farm_fish_subsidy_ledger", "T26_foreign_worker_ledger", "T30_police_case", "T32_ems_report",
             "T33_coast_guard", "T34_health_center_record", "T36_care_welfare_record", "T41_award_recommendation", "T42_trip_report",
             "T43_public_notice", "T06_query_reply_anon", "T29_stats_table_nopii"]


@template("T44_ocr_scan", "OCR 스캔", 86, nopii=0)
def t44(D, nopii):
    rng = D.rng
    base = OCR_BASES[D.index % len(OCR_BASES)]
    spec = [t for t in TEMPLATES if t["tid"] == base][0]
    D.base_genre = spec["genre"]
    D.ocr = True
    D.noise_p = rng.uniform(0.5, 0.85)
    base_nopii = spec["nopii"] > 0 and (spec["nopii"] == spec["count"] or rng.random() < 0.25)
    D.is_nopii = base_nopii
    if rng.random() < 0.4:
        D(rng.choice(["[스캔본] ", "=== 이미지 변환 텍스트 ===\n", "- %d -\n" % rng.randint(1, 9)]))
    spec["fn"](D, base_nopii)
    if rng.random() < 0.4:
        D("\n", rng.choice(["- %d -" % rng.randint(1, 9), "본 문서는 스캔 이미지에서 자동 변환되었습니다.", "[판독불가]"]), "\n")


# ----------------------------------------------------------------------------------
# hand-written records
# ----------------------------------------------------------------------------------
ALIAS = {"P": "PERSON", "PF": "PERSON", "TEL": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "ADDR": "KR_ADDRESS",
         "DOB": "DATE_OF_BIRTH", "ACCT": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS", "PP": "KR_PASSPORT",
         "BRN": "KR_BRN", "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN", "CAR": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE",
         "CARD": "CREDIT_CARD", "CRN": "KR_CRN"}
NEG_ALIAS = {"SW": "switchboard", "IA": "institution_address", "DOC": "document_number", "CASE": "case_number",
             "LAW": "statute_citation", "PH": "placeholder_person", "CO": "company_name", "ID": "public_record_id",
             "AMT": "amount", "DATE": "date", "OFF": "office_title", "POST": "postal_code", "VER": "version_number",
             "UID": "system_user_id", "WORD": "name_like_word", "IE": "institution_email", "AGE": "age_or_birth_year",
             "INST": "institution_name", "VES": "vessel_number", "PN": "placeholder_number", "URL": "institution_url",
             "OV": "official_vehicle", "HJ": "hanja_name", "VN": "vessel_name", "CNT": "count", "AW": "award_history", "PA": "placeholder_address"}
MARK_RE = re.compile(r"⟦([A-Z]+):(.*?)⟧|⟪([A-Z]+):(.*?)⟫", re.S)


def infer_noise(t, val, alias=None):
    tags = []
    if any("０" <= c <= "９" for c in val):
        tags.append("fullwidth_digits")
    if any(c in HYPHENS for c in val):
        tags.append("unicode_hyphen")
    if "＠" in val:
        tags.append("fullwidth_symbol")
    if "\n" in val:
        tags.append("newline_in_number" if t in NUMERIC_TYPES else "wrapped")
    if t == "PERSON" and alias != "PF" and " " in val and re.fullmatch(r"[가-힣 ]+", val) and len(val.replace(" ", "")) <= 4:
        tags.append("spaced_name")
    if t in NUMERIC_TYPES and t not in ("KR_PASSPORT", "KR_VEHICLE_PLATE", "DATE_OF_BIRTH", "KR_DRIVER_LICENSE") and ":" not in val:
        if re.search(r"[OlISB]", val):
            tags.append("ocr_confusable")
        v2 = unicodedata.normalize("NFKC", val)
        if re.search(r"\d -|- \d|\d \d{1,2}-|\d\d? \d{3,}-", v2) and not re.fullmatch(r"\d{6} - \d{7}|\d{6} - \d[*●Xx]{6}", v2):
            tags.append("space_in_number")
    if t in ("DATE_OF_BIRTH", "KR_VEHICLE_PLATE", "KR_DRIVER_LICENSE") and re.search(r"[OlISB]", val.replace("서울", "")):
        tags.append("ocr_confusable")
    if t == "KR_PASSPORT" and re.search(r"[OlI]", unicodedata.normalize("NFKC", val)[1:]):
        tags.append("ocr_confusable")
    if t == "KR_ADDRESS" and " " not in val and len(val) > 12:
        tags.append("spaces_dropped")
    return tags


def sub_from_inferred(t, inferred, val, alias):
    if t == "PERSON":
        if inferred == "name_hanja":
            return "name_hanja"
        if alias == "PF" or inferred == "name_foreign":
            return "name_foreign_" + ("latin" if re.search(r"[A-Za-z]", val) else "hangul")
        c = re.sub(r"\s+", "", val)
        if c[:2] in COMPOUND and len(c) >= 3:
            return "name_compound_surname"
        return "name_single_given" if len(c) == 2 else "name_ko"
    v = unicodedata.normalize("NFKC", val)
    v = "".join("-" if c in HYPHENS else c for c in v)
    if t in NUMERIC_TYPES and t != "KR_PASSPORT":
        v = "".join(CONF_BACK.get(c, c) for c in v)
    v1 = re.sub(r"\s+", " ", v)
    if t == "CREDIT_CARD":
        if inferred == "card_masked":
            return inferred
        d = re.sub(r"\D", "", v)
        brand = ("amex" if d[:2] in ("34", "37") else "visa" if d[0] == "4" else "master" if d[:2] in ("51", "52", "53", "54", "55")
                 else "jcb" if d[:2] == "35" else "bc" if d[:4] in ("9410", "9420", "9440", "9490") else "unionpay" if d[:2] == "62" else "local")
        return "card_" + brand
    if t == "DATE_OF_BIRTH":
        for name, rx in [("dot_space", r"\d{4}\. \d{1,2}\. \d{1,2}\."), ("kor", r"\d{4}년 ?\d{1,2}월 ?\d{1,2}일"), ("iso", r"\d{4}-\d{2}-\d{2}"),
                         ("dot_pad", r"\d{4}\.\d{2}\.\d{2}\."), ("dot_pad_noend", r"\d{4}\.\d{2}\.\d{2}"), ("short_dot", r"\d{2}\.\d{1,2}\.\d{1,2}\.?"),
                         ("yymmdd", r"\d{6}"), ("yyyymmdd", r"\d{8}"), ("slash", r"\d{4}/\d{2}/\d{2}"), ("kor_short", r"\d{2}년 ?\d{1,2}월 ?\d{1,2}일"),
                         ("spaced_digits", r"\d{2} \d{2} \d{2}")]:
            if re.fullmatch(rx, v1) or ("\n" in v and re.fullmatch(rx, re.sub(r"\s+", "", v))):
                return "dob_" + name
        return "dob_other"
    if t == "KR_ADDRESS":
        c = v1
        road = re.search(r"(로|길)( \d+번길)? ?\d", c) is not None
        first = c.split()[0] if " " in c else c[:2]
        sido_full = any(first == r[0] or first == OLD_SIDO.get(r[0]) for r in REGIONS) or first in ("전라북도", "강원도", "제주도", "세종특별자치시")
        sido_short = first in [r[1] for r in REGIONS]
        if road:
            return "addr_road_full" if sido_full else "addr_road_short" if sido_short else "addr_road_sigungu"
        return "addr_jibun_rural" if re.search(r"[가-힣]+리 (산 )?\d", c) else "addr_jibun"
    if t == "KR_VEHICLE_PLATE":
        c = v1.replace(" ", "")
        if inferred == "plate_motorcycle":
            return inferred
        m_ = re.fullmatch(r"([가-힣]{2})?(\d{1,3})([가-힣])(\d{4})", c)
        reg, num, h = m_.group(1), m_.group(2), m_.group(3)
        if h in "바사아자":
            return "plate_commercial"
        if h in "하허호":
            return "plate_rental"
        if h == "배":
            return "plate_delivery"
        if reg:
            return "plate_region_old"
        return "plate_3digit" if len(num) == 3 else "plate_2digit"
    if t == "KR_BANK_ACCOUNT":
        groups = re.split(r"[- ]", v1.strip())
        return "acct_grouping_" + "-".join(str(len(g)) for g in groups if g)
    if t == "KR_BRN":
        d = re.sub(r"\D", "", v)
        return "brn_corporate" if d[3:5] in ("81", "85", "86", "87", "88") else "brn_individual"
    if t == "EMAIL_ADDRESS":
        d = v.replace(" ", "").split("@")[-1].lower()
        return "email_official" if d.endswith("korea.kr") or d.endswith(".go.kr") else "email_personal"
    return inferred


def parse_handwritten(doc):
    raw = doc["text"]
    out, spans, negs = [], [], []
    pos, last = 0, 0
    for m in MARK_RE.finditer(raw):
        out.append(raw[last:m.start()])
        pos += m.start() - last
        if m.group(1):
            alias, val = m.group(1), m.group(2)
            if alias not in ALIAS:
                fail("bad alias %s in %s" % (alias, doc["id"]))
            t = ALIAS[alias]
            clean = canon(t, val)
            inferred = classify(t, clean)
            spans.append({"start": pos, "end": pos + len(val), "type": t, "sub": sub_from_inferred(t, inferred, val, alias),
                          "fmt": "handwritten", "noise": infer_noise(t, val, alias), "value": val, "clean": val})
        else:
            cat, val = m.group(3), m.group(4)
            negs.append({"start": pos, "end": pos + len(val), "text": val, "category": NEG_ALIAS.get(cat, cat)})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(raw[last:])
    text = "".join(out)
    if any(c in text or any(c in s_["value"] for s_ in spans) or any(c in n_["text"] for n_ in negs) for c in "⟦⟧⟪⟫"):
        fail("unbalanced marker in " + doc["id"])
    return text, spans, negs


# ----------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------
MAX_TRIES = 40


def build_templated():
    recs = []
    for spec in TEMPLATES:
        tid = spec["tid"]
        short = tid.split("_")[0].lower()
        for i in range(spec["count"]):
            nopii = i < spec["nopii"]
            errors = []
            for attempt in range(MAX_TRIES):
                seed = "%s|%s|%d" % (SEED_PREFIX, tid, i) + ("|r%d" % attempt if attempt else "")
                rng = random.Random(seed)
                D = Doc(rng, spec["genre"])
                CURRENT["genre"] = spec["genre"] if tid != "T44_ocr_scan" else [t for t in TEMPLATES if t["tid"] == OCR_BASES[i % len(OCR_BASES)]][0]["genre"]
                D.index, D.is_nopii = i, nopii
                if spec["tid"] != "T44_ocr_scan":
                    D.noise_p = 0.05
                try:
                    spec["fn"](D, nopii)
                    text, spans, negs = render(D)
                    rid = "pii_bd-%s-%03d" % (short, i)
                    rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                           "genre": spec["genre"]}
                    meta = {"id": rid, "template": tid, "seed": seed, "genre": spec["genre"], "base_genre": D.base_genre,
                            "handwritten": False, "no_pii": bool(D.is_nopii),
                            "spans": [{k: s[k] for k in ("start", "end", "type", "sub", "fmt", "noise", "value", "clean")} for s in spans],
                            "hard_negatives": negs}
                    validate_record(rec, meta)
                    recs.append((rec, meta))
                    break
                except DraftError as e:
                    errors.append(str(e))
                    continue
            else:
                raise SystemExit("template %s record %d failed %d drafts: %s" % (tid, i, MAX_TRIES, errors[-3:]))
            if attempt:
                RETRY_LOG.append((tid, i, attempt, errors[-1]))
    return recs


RETRY_LOG = []


def build_handwritten():
    sys.path.insert(0, HERE)
    import handwritten
    recs = []
    for doc in handwritten.DOCS:
        try:
            text, spans, negs = parse_handwritten(doc)
            rid = "pii_bd-hw-%s" % doc["id"]
            rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                   "genre": doc["genre"]}
            meta = {"id": rid, "template": "handwritten", "seed": "handwritten:%s" % doc["id"], "genre": doc["genre"],
                    "base_genre": doc.get("base"), "handwritten": True, "no_pii": not spans, "spans": spans, "hard_negatives": negs}
            validate_record(rec, meta)
        except DraftError as e:
            raise SystemExit("hand-written record %s fails validation: %s" % (doc["id"], e))
        recs.append((rec, meta))
    return recs


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def compute_stats(pairs):
    from collections import Counter
    st = {"records": len(pairs), "records_no_pii": 0, "records_handwritten": 0, "records_ocr": 0, "spans": 0,
          "spans_with_noise": 0, "hard_negatives": 0}
    by_genre, by_tpl, by_type, by_sub, by_noise, by_neg = {}, {}, Counter(), Counter(), Counter(), Counter()
    neg_by_genre = Counter()
    for rec, meta in pairs:
        g = rec["genre"]
        bg = by_genre.setdefault(g, {"records": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0})
        bt = by_tpl.setdefault(meta["template"], {"genre": g, "records": 0, "no_pii": 0, "spans": 0})
        bg["records"] += 1
        bt["records"] += 1
        if meta["no_pii"]:
            st["records_no_pii"] += 1
            bg["no_pii"] += 1
            bt["no_pii"] += 1
        st["records_handwritten"] += meta["handwritten"]
        st["records_ocr"] += (g == "OCR 스캔")
        for s in meta["spans"]:
            st["spans"] += 1
            bg["spans"] += 1
            bt["spans"] += 1
            by_type[s["type"]] += 1
            by_sub[s["type"] + "/" + s["sub"]] += 1
            if s["noise"]:
                st["spans_with_noise"] += 1
            for n in s["noise"]:
                by_noise[n] += 1
        for n in meta["hard_negatives"]:
            st["hard_negatives"] += 1
            bg["hard_negatives"] += 1
            by_neg[n["category"]] += 1
    st["noise_share"] = round(st["spans_with_noise"] / max(1, st["spans"]), 4)
    st["no_pii_share"] = round(st["records_no_pii"] / max(1, st["records"]), 4)
    st["ocr_share"] = round(st["records_ocr"] / max(1, st["records"]), 4)
    st["by_genre"] = dict(sorted(by_genre.items()))
    st["by_template"] = dict(sorted(by_tpl.items()))
    st["by_type"] = dict(sorted(by_type.items(), key=lambda x: (-x[1], x[0])))
    st["by_sub_kind"] = dict(sorted(by_sub.items()))
    st["by_noise_tag"] = dict(sorted(by_noise.items(), key=lambda x: (-x[1], x[0])))
    st["by_hard_negative_category"] = dict(sorted(by_neg.items(), key=lambda x: (-x[1], x[0])))
    return st


def check_requirements(st):
    probs = []
    if st["records"] < 650:
        probs.append("records < 650")
    if st["records_handwritten"] < 150:
        probs.append("hand-written < 150")
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            probs.append("type %s has %d spans" % (t, st["by_type"].get(t, 0)))
    if len(st["by_genre"]) < 20:
        probs.append("genres < 20")
    if len([t for t in st["by_template"] if t != "handwritten"]) < 35:
        probs.append("templates < 35")
    if st["noise_share"] < 0.08:
        probs.append("noise share %.3f < 0.08" % st["noise_share"])
    if st["no_pii_share"] < 0.09:
        probs.append("no-PII share %.3f < 0.09" % st["no_pii_share"])
    for g, v in st["by_genre"].items():
        if v["hard_negatives"] == 0:
            probs.append("genre %s has no hard negatives" % g)
    return probs


def revalidate(outdir):
    recs = [json.loads(l) for l in open(os.path.join(outdir, "pii_bd.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(outdir, "pii_bd.meta.jsonl"), encoding="utf-8")]
    if len(recs) != len(metas):
        raise SystemExit("record/meta count mismatch")
    ids = set()
    for r, m in zip(recs, metas):
        if r["id"] in ids or r["id"] != m["id"]:
            raise SystemExit("duplicate or misaligned id " + r["id"])
        ids.add(r["id"])
        if set(r) != {"id", "text", "spans", "genre"}:
            raise SystemExit("bad keys " + r["id"])
        if [(s["start"], s["end"], s["type"]) for s in r["spans"]] != [(s["start"], s["end"], s["type"]) for s in m["spans"]]:
            raise SystemExit("span/meta mismatch " + r["id"])
        try:
            validate_record(r, m)
        except DraftError as e:
            raise SystemExit("re-validation failed for %s: %s" % (r["id"], e))
    return len(recs)


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


DATA_FILES = ["pii_bd.jsonl", "pii_bd.meta.jsonl", "stats.json"]


def main(argv):
    outdir = HERE
    if "--outdir" in argv:
        outdir = os.path.abspath(argv[argv.index("--outdir") + 1])
        os.makedirs(outdir, exist_ok=True)
    pairs = build_handwritten() + build_templated()
    ids = [r["id"] for r, _ in pairs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    write_jsonl(os.path.join(outdir, "pii_bd.jsonl"), [r for r, _ in pairs])
    write_jsonl(os.path.join(outdir, "pii_bd.meta.jsonl"), [m for _, m in pairs])
    st = compute_stats(pairs)
    st["retries"] = len(RETRY_LOG)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = revalidate(outdir)
    probs = check_requirements(st)
    print("records %d (hand-written %d, no-PII %d, OCR %d), spans %d, noise share %.3f, hard negatives %d, retried drafts %d"
          % (n, st["records_handwritten"], st["records_no_pii"], st["records_ocr"], st["spans"], st["noise_share"],
             st["hard_negatives"], len(RETRY_LOG)))
    if probs:
        print("REQUIREMENTS NOT MET:\n  " + "\n  ".join(probs))
        if "--no-require" not in argv:
            raise SystemExit(2)
    if "--no-selfcheck" not in argv:
        ref = {f: md5(os.path.join(outdir, f)) for f in DATA_FILES}
        for hs in ("0", "4242"):
            d = os.path.join(HERE, "_detcheck_%s" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--outdir", d, "--no-selfcheck", "--no-require"],
                           check=True, env=env, stdout=subprocess.DEVNULL)
            got = {f: md5(os.path.join(d, f)) for f in DATA_FILES}
            shutil.rmtree(d)
            if got != ref:
                raise SystemExit("NOT deterministic under PYTHONHASHSEED=%s: %s vs %s" % (hs, got, ref))
        print("determinism: identical md5 under PYTHONHASHSEED=0 and 4242:", " ".join("%s=%s" % kv for kv in sorted(ref.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
