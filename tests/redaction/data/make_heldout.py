"""Writes heldout_pii.jsonl: an independent held-out Korean PII set (see README.md next to this file).

Written without looking at ../shared/pii-dev's texts or generator, from its label rules only.
Every text is assembled from parts; a labelled part records its span as it is appended, so
`text[start:end] == value` holds by construction (asserted again before writing). Seeded and
deterministic: `.venv/bin/python tests/redaction/data/make_heldout.py` rewrites the same file.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

SEED = 20261127
OUT = Path(__file__).with_name("heldout_pii.jsonl")
R = random.Random(SEED)

FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


class Doc:
    """A text built from parts; `e()` appends a labelled value and records its span."""

    def __init__(self, genre: str) -> None:
        self.genre = genre
        self.parts: list[str] = []
        self.spans: list[dict[str, object]] = []
        self.n = 0

    def t(self, *texts: str) -> Doc:
        for text in texts:
            self.parts.append(text)
            self.n += len(text)
        return self

    def e(self, value: str, kind: str) -> Doc:
        self.spans.append({"start": self.n, "end": self.n + len(value), "type": kind})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- value generators
SURNAMES = [
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "전",
    "홍",
    "유",
    "고",
    "문",
    "양",
    "손",
    "배",
    "백",
    "허",
    "노",
    "하",
    "곽",
    "성",
    "차",
    "주",
    "우",
    "구",
    "민",
    "진",
    "지",
    "엄",
    "채",
    "원",
    "천",
    "방",
    "공",
    "현",
    "함",
    "변",
    "염",
    "여",
    "추",
    "도",
    "소",
    "석",
    "선",
    "설",
    "마",
    "길",
    "연",
    "위",
    "표",
    "명",
    "기",
    "반",
    "왕",
    "금",
    "옥",
    "육",
    "인",
    "맹",
    "제",
    "모",
    "탁",
    "국",
    "어",
    "은",
    "편",
    "용",
    "예",
    "경",
    "봉",
    "사",
    "부",
    "가",
    "복",
    "태",
    "목",
    "형",
    "계",
    "피",
    "두",
    "감",
    "음",
    "빈",
    "남궁",
    "황보",
    "선우",
    "제갈",
    "독고",
    "사공",
    "서문",
    "동방",
    "어금",
    "망절",
]
GIVEN = [
    "민준",
    "서연",
    "도윤",
    "지우",
    "하준",
    "서윤",
    "예준",
    "지민",
    "주원",
    "하은",
    "시우",
    "수아",
    "지호",
    "지유",
    "건우",
    "채원",
    "우진",
    "다은",
    "현우",
    "은서",
    "선우",
    "윤서",
    "유준",
    "예린",
    "정우",
    "소율",
    "승현",
    "가은",
    "준혁",
    "나연",
    "태민",
    "혜진",
    "영수",
    "영희",
    "정숙",
    "상철",
    "경자",
    "미경",
    "동혁",
    "성훈",
    "재석",
    "보람",
    "한결",
    "슬기",
    "다솜",
    "빛나",
    "새봄",
    "아름",
    "은비",
    "규리",
    "찬영",
    "형준",
    "명숙",
    "봉수",
    "옥순",
    "말순",
    "일환",
    "창호",
    "두리",
    "솔",
    "산",
    "별",
    "결",
    "단",
    "욱",
    "훈",
    "혁",
    "윤",
    "린",
]
FOREIGN = (
    "마이클 존슨",
    "응우옌 티 흐엉",
    "John Smith",
    "왕웨이",
    "Tanaka Hiroshi",
    "사라 윌리엄스",
    "Maria Garcia",
    "쩐 반 남",
    "Olga Petrova",
    "알렉산드르 이바노프",
    "Nguyen Van Thanh",
    "바트 에르덴",
)


def name() -> str:
    return R.choice(SURNAMES) + R.choice(GIVEN)


def names(k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = name()
        if n not in out:
            out.append(n)
    return out


def mobile() -> str:
    a, b = R.randint(1000, 9999), R.randint(1000, 9999)
    return R.choice([f"010-{a}-{b}", f"010-{a}-{b}", f"010{a}{b}", f"010 {a} {b}", f"010.{a}.{b}"])


AREA = [
    "02",
    "031",
    "032",
    "033",
    "041",
    "042",
    "043",
    "051",
    "052",
    "053",
    "054",
    "055",
    "061",
    "062",
    "063",
    "064",
]


def landline() -> str:
    area = R.choice(AREA)
    mid = R.randint(200, 999) if area == "02" or R.random() < 0.5 else R.randint(2000, 9999)
    return f"{area}-{mid}-{R.randint(1000, 9999)}"


def ministry_line() -> str:
    return f"044-{R.randint(200, 215)}-{R.randint(1000, 9999)}"


def voip() -> str:
    return f"070-{R.randint(4000, 8999)}-{R.randint(1000, 9999)}"


ROMAN = {
    "김": "kim",
    "이": "lee",
    "박": "park",
    "최": "choi",
    "정": "jung",
    "강": "kang",
    "조": "cho",
    "윤": "yoon",
    "장": "jang",
    "임": "lim",
    "한": "han",
    "오": "oh",
    "서": "seo",
    "신": "shin",
}


def email(official: bool = False) -> str:
    user = R.choice(["jh", "mskim", "sun", "hj.lee", "yoonsy", "bkpark", "ceo", "dream", "green", "sky"])
    user += str(R.randint(1, 999)) if R.random() < 0.6 else R.choice(["_kr", ".work", "77", ""])
    if official:
        return f"{user}@korea.kr"
    dom = R.choice(
        [
            "naver.com",
            "gmail.com",
            "daum.net",
            "hanmail.net",
            "kakao.com",
            "nate.com",
            "hanbit-eng.co.kr",
            "sejong-data.com",
            "mirae.or.kr",
        ]
    )
    return f"{user}@{dom}"


SIDO = [
    ("서울특별시", "서울"),
    ("부산광역시", "부산"),
    ("인천광역시", "인천"),
    ("대구광역시", "대구"),
    ("광주광역시", "광주"),
    ("대전광역시", "대전"),
    ("경기도", "경기"),
    ("강원특별자치도", "강원"),
    ("충청북도", "충북"),
    ("충청남도", "충남"),
    ("전북특별자치도", "전북"),
    ("경상남도", "경남"),
    ("제주특별자치도", "제주"),
]
GU = [
    "중구",
    "서구",
    "동구",
    "남구",
    "북구",
    "수성구",
    "해운대구",
    "연수구",
    "유성구",
    "마포구",
    "노원구",
    "강서구",
    "관악구",
    "광산구",
    "달서구",
    "송파구",
    "부평구",
]
SI = [
    "수원시 팔달구",
    "성남시 분당구",
    "고양시 일산동구",
    "청주시 흥덕구",
    "천안시 서북구",
    "창원시 의창구",
    "전주시 완산구",
    "원주시",
    "제주시",
    "춘천시",
    "김해시",
    "화성시",
    "남양주시",
    "포항시 북구",
]
ROAD = [
    "새말로",
    "한내로",
    "느티나무길",
    "버들로",
    "솔밭로",
    "가람로",
    "누리로",
    "은행나무로",
    "햇살길",
    "달빛로",
    "매봉로",
    "청룡대로",
    "미리내길",
    "한울로",
    "꽃담길",
]
DONG = ["신월동", "화정동", "대명동", "봉덕동", "상계동", "매탄동", "구미동", "율량동", "노형동", "중앙동"]
APT = ["한빛아파트", "푸른마을", "현대아파트", "e편한세상", "래미안", "주공아파트", "그린빌라", "해오름빌"]


def unit() -> str:
    return R.choice(
        [
            f", {R.randint(101, 115)}동 {R.randint(1, 25)}0{R.randint(1, 4)}호",
            f", {R.randint(2, 9)}층 {R.randint(2, 9)}0{R.randint(1, 5)}호",
            f" {R.randint(2, 12)}층",
            f", {R.randint(101, 999)}호",
            "",
        ]
    )


def address() -> str:
    """A private address: road-name or lot-number, full or short 시/도, or starting at the 시/군/구."""
    full, short = R.choice(SIDO)
    area = R.choice(SI) if full.endswith("도") else R.choice(GU)
    road = R.choice(ROAD)
    if R.random() < 0.3:
        road = f"{road} {R.randint(1, 80)}번길" if R.random() < 0.5 else f"{road}{R.randint(1, 40)}길"
    kind = R.random()
    if kind < 0.55:
        head = R.choice([full, full, short])
        return f"{head} {area} {road} {R.randint(1, 300)}{R.choice(['', '', f'-{R.randint(1, 30)}'])}{unit()}"
    if kind < 0.75:
        return f"{area} {road} {R.randint(1, 300)}{unit()}"
    lot = f"{R.randint(1, 999)}-{R.randint(1, 30)}" if R.random() < 0.7 else str(R.randint(1, 999))
    tail = R.choice(
        [
            "",
            f" {R.choice(APT)} {R.randint(101, 110)}동 {R.randint(1, 15)}0{R.randint(1, 4)}호",
            f" {R.randint(101, 999)}호",
        ]
    )
    return f"{R.choice([full, short])} {area} {R.choice(DONG)} {lot}{tail}"


INSTITUTIONS = [
    ("세종특별자치시 한누리대로 2130 정부세종청사 10동", "044-201-3000"),
    ("세종특별자치시 다솜2로 94 정부세종청사 8동", "044-205-1000"),
    ("대전광역시 서구 청사로 189 정부대전청사 1동", "042-481-4114"),
    ("경기도 과천시 관문로 47 정부과천청사 2동", "02-2110-3000"),
    ("서울특별시 종로구 세종대로 209 정부서울청사", "02-2100-3399"),
    ("경기도 수원시 팔달구 효원로 1 경기도청", "031-120"),
    ("부산광역시 연제구 중앙대로 1001 부산광역시청", "051-120"),
    ("충청북도 청주시 상당구 상당로 82 충청북도청", "043-220-2114"),
    ("강원특별자치도 춘천시 중앙로 1 도청 본관", "033-254-2011"),
    ("서울특별시 마포구 월드컵로 212 마포구청", "02-3153-8114"),
]
AGENCIES = [
    "행정안전부",
    "기획재정부",
    "국토교통부",
    "환경부",
    "보건복지부",
    "교육부",
    "고용노동부",
    "문화체육관광부",
    "농림축산식품부",
    "산업통상자원부",
    "국세청",
    "조달청",
    "통계청",
    "경기도",
    "마포구",
    "수원시",
]
DEPTS = [
    "운영지원과",
    "정보화담당관실",
    "기획조정실",
    "민원봉사과",
    "재정정책과",
    "교통안전과",
    "자원순환과",
    "복지정책과",
    "인사혁신팀",
    "디지털정부과",
    "세원관리과",
    "계약총괄과",
    "데이터정책과",
]
TITLES = ["주무관", "사무관", "서기관", "과장", "팀장", "실무관", "연구관", "행정관", "계장"]


def rrn_check(d: list[int]) -> int:
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(a * b for a, b in zip(d, w, strict=False)) % 11) % 10


def birth(lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def rrn(kind: str = "valid") -> str:
    y, m, d = birth() if kind != "post2020" else (R.randint(2020, 2024), R.randint(10, 12), R.randint(1, 28))
    sex = R.choice([1, 2]) if y < 2000 else R.choice([3, 4])
    front = f"{y % 100:02d}{m:02d}{d:02d}"
    if kind == "masked":
        return f"{front}-{sex}" + R.choice(["******", "●●●●●●", "XXXXXX", "xxxxxx", "＊＊＊＊＊＊"])
    body = [sex] + [R.randint(0, 9) for _ in range(5)]
    digits = [int(c) for c in front] + body
    check = rrn_check(digits)
    if kind == "post2020":
        check = (check + R.randint(1, 9)) % 10
    return f"{front}-{''.join(map(str, body))}{check}"


def frn() -> str:
    y, m, d = birth(1960, 2003)
    sex = R.choice([5, 6]) if y < 2000 else R.choice([7, 8])
    digits = [int(c) for c in f"{y % 100:02d}{m:02d}{d:02d}"] + [sex] + [R.randint(0, 9) for _ in range(5)]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (13 - sum(a * b for a, b in zip(digits, w, strict=False)) % 11) % 10
    s = "".join(map(str, digits)) + str(check)
    return f"{s[:6]}-{s[6:]}"


def brn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    total = sum(a * b for a, b in zip(d, w, strict=False)) + (d[8] * 5) // 10
    s = "".join(map(str, d)) + str((10 - total % 10) % 10)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def crn() -> str:
    d = [1, 1, 0, 1, 1, R.randint(1, 9)] + [R.randint(0, 9) for _ in range(6)]
    d[:4] = [R.randint(1, 2), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)]
    total = sum(a * (1 if i % 2 == 0 else 2) for i, a in enumerate(d))
    s = "".join(map(str, d)) + str((10 - total % 10) % 10)
    return f"{s[:6]}-{s[6:]}"


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def card() -> str:
    kind = R.choice(["4", "5", "94", "35", "37"])
    if kind == "37":
        s = luhn_complete("37", 15)
        return f"{s[:4]}-{s[4:10]}-{s[10:]}"
    s = luhn_complete(kind, 16)
    sep = R.choice(["-", "-", " ", ""])
    return sep.join([s[:4], s[4:8], s[8:12], s[12:]])


def passport(foreign: bool = False) -> str:
    if foreign:
        return R.choice(
            [
                f"E{R.randint(10000000, 99999999)}",
                f"C{R.randint(1000000, 9999999)}",
                f"P{R.randint(1000000, 9999999)}A",
                f"B{R.randint(1000000, 9999999)}",
            ]
        )
    p = R.choice("MSGDR")
    if R.random() < 0.5:
        return f"{p}{R.randint(10000000, 99999999)}"
    return f"{p}{R.randint(100, 999)}{R.choice('ABCDEFGHJK')}{R.randint(1000, 9999)}"


DL_REGIONS = {
    "11": "서울",
    "12": "부산",
    "13": "경기",
    "14": "강원",
    "15": "충북",
    "16": "충남",
    "17": "전남",
    "18": "경북",
    "19": "경남",
    "20": "제주",
    "21": "대구",
    "22": "인천",
    "23": "광주",
    "24": "대전",
    "25": "울산",
}


def driver_license() -> str:
    code = R.choice(list(DL_REGIONS))
    yy, serial, chk = R.randint(0, 24), R.randint(100000, 999999), R.randint(10, 99)
    form = R.random()
    if form < 0.4:
        return f"{code}-{yy:02d}-{serial}-{chk}"
    if form < 0.7:
        return f"{DL_REGIONS[code]} {yy:02d}-{serial}-{chk}"
    if form < 0.85:
        return f"{DL_REGIONS[code]}{yy:02d}-{serial}-{chk}"
    return f"{code}{yy:02d}{serial}{chk}"


def account() -> tuple[str, str]:
    bank, fmt = R.choice(
        [
            ("국민은행", "######-##-######"),
            ("신한은행", "###-###-######"),
            ("우리은행", "####-###-######"),
            ("NH농협은행", "###-####-####-##"),
            ("하나은행", "###-######-#####"),
            ("IBK기업은행", "###-######-##-###"),
            ("카카오뱅크", "3333-##-#######"),
            ("우체국", "######-##-######"),
            ("새마을금고", "9002-####-####-#"),
            ("부산은행", "###-####-####-##"),
            ("SC제일은행", "###-##-######"),
            ("토스뱅크", "1000-####-####"),
        ]
    )
    out = "".join(str(R.randint(0, 9)) if c == "#" else c for c in fmt)
    if R.random() < 0.15:
        out = out.replace("-", "")
    return bank, out


def plate() -> str:
    h = R.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호바사아자배")
    num = f"{R.randint(10, 399)}{h} {R.randint(1000, 9999)}"
    if R.random() < 0.25:
        num = f"{R.choice(['서울', '경기', '부산', '인천'])} {R.randint(70, 79)}{R.choice('바사아자')} {R.randint(1000, 9999)}"
    elif R.random() < 0.2:
        num = num.replace(" ", "")
    return num


def health() -> str:
    s = "".join(str(R.randint(0, 9)) for _ in range(11))
    return R.choice([s, f"{s[0]}-{s[1:]}", f"{s[:3]}-{s[3:7]}-{s[7:]}"])


def ip() -> str:
    if R.random() < 0.3:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if R.random() < 0.1:
        return f"2001:db8:{R.randint(1, 9999):x}::{R.randint(1, 255):x}"
    return f"{R.randint(58, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def dob() -> str:
    y, m, d = birth()
    return R.choice(
        [
            f"{y}. {m}. {d}.",
            f"{y}년 {m}월 {d}일",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m:02d}.{d:02d}.",
            f"{y % 100:02d}.{m:02d}.{d:02d}",
            f"{y}.{m:02d}.{d:02d}",
        ]
    )


def doc_date() -> str:
    return f"2026. {R.randint(1, 11)}. {R.randint(1, 28)}."


def docno(dept: str) -> str:
    return f"{dept}-{R.randint(100, 9999)}"


def won() -> str:
    return f"{R.randint(1, 900) * 10000 + R.randint(0, 9) * 1000:,}원"


def switchboard() -> str:
    return R.choice(["1588-", "1577-", "1600-", "1544-", "1644-", "1566-", "1899-"]) + str(
        R.randint(1000, 9999)
    )


def ocr_number(v: str) -> str:
    """OCR noise inside a number: full-width digits, a unicode hyphen, a space or a line break."""
    k = R.random()
    if k < 0.3:
        return v.translate(FULLWIDTH)
    if k < 0.5:
        return v.replace("-", R.choice(["‐", "－", "–", "−"]))
    if k < 0.75 and "-" in v:
        i = v.index("-")
        return v[:i] + " - " + v[i + 1 :] if R.random() < 0.5 else v[: i + 1] + "\n" + v[i + 1 :]
    return v.replace("-", " ") if "-" in v else v


def spaced(n: str) -> str:
    return " ".join(n) if len(n) == 3 else n


# ---------------------------------------------------------------- genres
def footer(d: Doc, agency: str, dept: str) -> None:
    addr, main = R.choice(INSTITUTIONS)
    d.t(f"\n우 {R.randint(10000, 63999)} {addr} / 대표전화 {main}\n")
    d.t("전화 ").e(ministry_line() if R.random() < 0.6 else landline(), "PHONE_NUMBER")
    d.t(" 전송 ").e(ministry_line() if R.random() < 0.6 else landline(), "PHONE_NUMBER")
    d.t(" / ").e(email(True), "EMAIL_ADDRESS").t(
        " / 공개구분 " + R.choice(["공개", "부분공개(6)", "비공개(5)"])
    )


def g_gongmun() -> Doc:
    d = Doc("공문")
    agency, dept = R.choice(AGENCIES), R.choice(DEPTS)
    d.t(f"{agency}\n\n수신  {R.choice(AGENCIES)}장관({R.choice(DEPTS)}장)\n(경유)\n")
    d.t(
        f"제목  {R.choice(['2027년도 정보화 사업 수요조사 협조 요청', '민원 처리 지연 사례 점검 결과 통보', '공무직 근로자 처우개선 계획 알림', '청사 출입 보안 강화 안내'])}\n\n"
    )
    d.t(f"1. 관련: {agency} {docno(dept)}({doc_date()})\n")
    d.t(f"2. 「전자정부법」 제{R.randint(2, 60)}조에 따라 아래와 같이 협조를 요청합니다.\n")
    who = name()
    style = R.random()
    if style < 0.4:
        d.t("3. 문의사항은 담당자 ").e(who, "PERSON").t(f" {R.choice(TITLES)}(")
        d.e(ministry_line(), "PHONE_NUMBER").t(")에게 연락하여 주시기 바랍니다.\n")
    elif style < 0.7:
        d.t(f"3. 제출기한: {doc_date()}까지 / 담당: {dept} ").e(who, "PERSON").t(f" {R.choice(TITLES)}, ")
        d.e(email(True), "EMAIL_ADDRESS").t("\n")
    else:
        d.t(f"3. 회신은 {R.choice(TITLES)} ").e(who, "PERSON").t("에게 전자우편(").e(
            email(True), "EMAIL_ADDRESS"
        )
        d.t(")으로 보내주십시오.\n")
    d.t(f"\n붙임  1. 수요조사서 1부.\n      2. 작성 예시(홍길동) 1부.  끝.\n\n{agency}장관\n\n")
    a, b, c = names(3)
    t1, t2 = R.sample(TITLES[:3], 2)
    if R.random() < 0.5:
        d.t(f"{t1} ").e(a, "PERSON").t(f"   {t2} ").e(b, "PERSON").t("   과장 전결 ").e(c, "PERSON")
    else:
        d.t(f"기안자 {t1} ").e(a, "PERSON").t(f"  검토자 {t2} ").e(b, "PERSON").t(f"  결재권자 {dept}장 ").e(
            c, "PERSON"
        )
    d.t(
        f"\n협조자\n시행 {docno(dept)} ({doc_date()})  접수 {R.choice(DEPTS)}-{R.randint(100, 999)} ({doc_date()})"
    )
    footer(d, agency, dept)
    return d


def g_press() -> Doc:
    d = Doc("보도자료")
    agency = R.choice(AGENCIES)
    d.t(f"{agency} 보도자료\n보도시점 {doc_date()} 12:00 / 배포 {doc_date()}\n\n")
    d.t(
        f"{R.choice(['공공데이터 개방 확대', '지역 소상공인 지원금 지급 개시', '여름철 폭염 대비 쉼터 운영', '청년 일자리 박람회 개최'])}\n"
    )
    d.t(f"- 총 {won()} 규모, {R.randint(2, 17)}개 시·도 참여 -\n\n")
    d.t(f"□ {agency}(장관 ").e(name(), "PERSON").t(f")는 {doc_date()} 이같이 밝혔다.\n")
    if R.random() < 0.5:
        d.t("□ ").e(name(), "PERSON").t(
            f' {R.choice(["차관", "국장", "실장"])}은 "현장의 목소리를 반영하겠다"고 말했다.\n'
        )
    d.t("□ 자세한 내용은 누리집 또는 정부민원안내콜센터(110)로 문의하면 된다.\n\n")
    d.t("담당 부서 | 책임자 | 담당자\n")
    for _ in range(R.randint(1, 2)):
        dept = R.choice(DEPTS)
        d.t(f"{dept} | 과장 ").e(name(), "PERSON").t(" (").e(ministry_line(), "PHONE_NUMBER").t(") | ")
        d.t(f"{R.choice(TITLES[:3])} ").e(name(), "PERSON").t(" (").e(ministry_line(), "PHONE_NUMBER").t(
            ")\n"
        )
    if R.random() < 0.4:
        d.t(f"<관련 기관> 한국지능정보사회진흥원 대표 {switchboard()}")
    return d


def g_minwon() -> Doc:
    d = Doc("민원 회신")
    who = name()
    agency = R.choice(AGENCIES)
    d.t(f"민원 처리 결과 안내\n\n접수번호: 2AA-{R.randint(2301, 2611)}-{R.randint(1000000, 9999999)}\n")
    if R.random() < 0.5:
        d.e(who, "PERSON").t(" 님께서 국민신문고를 통해 신청하신 민원에 대한 답변입니다.\n")
    else:
        d.t("민원인: ").e(who, "PERSON").t(" 귀하\n주소: ").e(address(), "KR_ADDRESS").t("\n")
    d.t(
        f"1. 귀하의 가정에 평안을 기원합니다.\n2. 귀하께서 제기하신 「도로교통법」 제{R.randint(5, 40)}조 관련 민원은 "
    )
    if R.random() < 0.5:
        d.t("차량(").e(plate(), "KR_VEHICLE_PLATE").t(")에 대한 과태료 부과 건으로 ")
    d.t(f"과태료 {won()}을 감경하였음을 알려드립니다.\n")
    d.t(f"3. 추가 문의는 {R.choice(DEPTS)} ")
    d.e(name(), "PERSON").t(f" {R.choice(TITLES)}(☎ ").e(landline(), "PHONE_NUMBER")
    d.t(f") 또는 다산콜센터(120)로 연락 주시기 바랍니다. 끝.\n\n{agency}장")
    if R.random() < 0.4:
        d.t("\n※ 회신 연락처로 남기신 ").e(mobile(), "PHONE_NUMBER").t("로 문자 안내를 함께 드립니다.")
    return d


def g_contract() -> Doc:
    d = Doc("계약서")
    agency = R.choice(AGENCIES)
    company = R.choice(
        ["(주)한빛엔지니어링", "주식회사 누리데이터", "㈜미래정보기술", "그린컨설팅(주)", "(유)바른시스템"]
    )
    d.t(f"용역 계약서\n\n계약번호 제{R.randint(2026, 2026)}-{R.randint(100, 999)}호\n")
    d.t(f"발주기관(갑): {agency} (주소: {R.choice(INSTITUTIONS)[0]})\n")
    d.t(f"계약상대자(을): {company}\n  대표자: ").e(name(), "PERSON").t("\n  사업자등록번호: ").e(
        brn(), "KR_BRN"
    )
    d.t("\n  법인등록번호: ").e(crn(), "KR_CRN").t("\n  소재지: ").e(address(), "KR_ADDRESS")
    d.t("\n  전화: ").e(landline() if R.random() < 0.6 else voip(), "PHONE_NUMBER")
    d.t("\n\n제1조(목적) 이 계약은 「국가를 당사자로 하는 계약에 관한 법률」에 따라 체결한다.\n")
    d.t(f"제2조(계약금액) 금 {won()}(부가가치세 포함)\n")
    bank, acct = account()
    d.t(f"제3조(대금 지급) 갑은 을이 지정한 계좌({bank} ").e(acct, "KR_BANK_ACCOUNT")
    d.t(f", 예금주 {company})로 대금을 지급한다.\n")
    d.t("제4조(책임기술자) 을은 ").e(name(), "PERSON").t("(연락처 ").e(mobile(), "PHONE_NUMBER")
    d.t(", ").e(email(), "EMAIL_ADDRESS").t(")을 책임기술자로 지정한다.\n\n")
    d.t(f"{doc_date()}\n갑 {agency} 계약관 {R.choice(DEPTS)}장  ").e(name(), "PERSON").t(" (인)\n")
    d.t(f"을 {company} 대표이사  ").e(name(), "PERSON").t(" (인)")
    return d


def g_minutes() -> Doc:
    d = Doc("회의록")
    d.t(f"{R.choice(['개인정보보호위원회', '지방세심의위원회', '정보공개심의회', '인사위원회'])} 회의록\n")
    d.t(f"일시: {doc_date()} 14:00~16:00\n장소: {R.choice(INSTITUTIONS)[0]} {R.randint(2, 9)}층 회의실\n")
    ppl = names(R.randint(3, 6))
    if R.random() < 0.5:
        d.t("참석자: 위원장 ").e(ppl[0], "PERSON")
        d.t(", 위원 ")
        for i, p in enumerate(ppl[1:]):
            if i:
                d.t(R.choice([", ", "·", ", "]))
            d.e(p, "PERSON")
        d.t("\n")
    else:
        d.t("참석자\n구분\t성명\t소속\t연락처\n")
        for i, p in enumerate(ppl):
            d.t(f"{'위원장' if i == 0 else '위원'}\t").e(p, "PERSON").t(
                f"\t{R.choice(['한국대학교', '법무법인 정의', '시민단체', R.choice(DEPTS)])}\t"
            )
            d.e(mobile(), "PHONE_NUMBER").t("\n")
    d.t("\n안건 1. 개인정보 처리방침 개정안 심의\n")
    a, b = R.sample(ppl, 2)
    d.t("○ ").e(a, "PERSON").t(f" 위원: 제{R.randint(2, 20)}조 제{R.randint(1, 4)}항 개정 취지에 동의함.\n")
    d.t("○ ").e(b, "PERSON").t(" 위원: 보관기간을 명확히 할 필요가 있음.\n")
    d.t("○ 위원장: 원안 가결.\n")
    d.t(f"\n간사 {R.choice(DEPTS)} ").e(name(), "PERSON").t(" 주무관")
    return d


def g_personnel() -> Doc:
    d = Doc("인사발령")
    agency = R.choice(AGENCIES)
    d.t(f"{agency} 인사발령\n\n{agency}공고 제2026-{R.randint(10, 400)}호\n\n")
    d.t(R.choice(["◇ 승진\n", "◇ 전보\n", "◇ 신규임용\n"]))
    for _ in range(R.randint(2, 5)):
        grade = R.choice(["행정사무관", "행정주사", "전산서기관", "시설주사보", "4급", "5급"])
        style = R.random()
        if style < 0.5:
            d.t(f"  ▲ {R.choice(DEPTS)} {grade} ").e(name(), "PERSON").t("\n")
        else:
            d.t(f"  {R.choice(DEPTS)}장 ").e(name(), "PERSON").t(f" ({grade})\n")
    d.t(f"\n◇ 국외출장\n  {R.choice(DEPTS)} ").e(name(), "PERSON")
    d.t(f" {R.choice(TITLES[:3])}  여권번호 ").e(passport(), "KR_PASSPORT").t(
        f"  {doc_date()}~{doc_date()}\n"
    )
    d.t(f"\n{doc_date()}\n{agency}장관")
    return d


def g_consent() -> Doc:
    d = Doc("개인정보 동의서")
    d.t("개인정보 수집·이용 동의서\n\n1. 수집 항목: 성명, 생년월일, 주소, 연락처, 계좌번호\n")
    d.t("2. 보유 기간: 사업 종료 후 5년\n3. 동의를 거부할 수 있으나 거부 시 지원이 제한됩니다.\n")
    d.t("※ 작성 예시: 성명 홍길동 / 주민등록번호 000000-0000000\n\n")
    if R.random() < 0.15:
        d.t("성명: ____________ 생년월일: ________ 연락처: ____________\n")
        d.t("□ 동의함  □ 동의하지 않음\n\n2026년   월   일   신청인         (서명)")
        return d
    who = name() if R.random() < 0.85 else R.choice(FOREIGN)
    d.t("성명: ").e(who, "PERSON").t("\n")
    if who in FOREIGN:
        d.t("외국인등록번호: ").e(frn(), "KR_FRN").t("\n여권번호: ").e(passport(True), "KR_PASSPORT").t("\n")
    else:
        choice = R.random()
        if choice < 0.3:
            d.t("생년월일: ").e(dob(), "DATE_OF_BIRTH").t("\n")
        elif choice < 0.6:
            d.t("주민등록번호: ").e(rrn(R.choice(["valid", "post2020"])), "KR_RRN").t("\n")
        else:
            d.t("주민등록번호: ").e(rrn("masked"), "KR_RRN").t("\n")
    d.t("주소: ").e(address(), "KR_ADDRESS").t("\n휴대전화: ").e(mobile(), "PHONE_NUMBER").t("\n")
    if R.random() < 0.6:
        d.t("전자우편: ").e(email(), "EMAIL_ADDRESS").t("\n")
    bank, acct = account()
    d.t(f"지급계좌: {bank} ").e(acct, "KR_BANK_ACCOUNT").t(" (예금주: ").e(who, "PERSON").t(")\n")
    d.t("■ 동의함  □ 동의하지 않음\n\n2026년 ").t(f"{R.randint(1, 11)}월 {R.randint(1, 28)}일  신청인 ")
    d.e(who, "PERSON").t(" (서명)")
    return d


def g_tax() -> Doc:
    d = Doc("세무 질의회신")
    d.t(f"[질의] 서면-2026-법인-{R.randint(1000, 9999)} ({doc_date()})\n")
    d.t(f"갑은 {R.choice(['부동산임대업', '소프트웨어 개발업', '음식점업'])}을 영위하는 거주자로서 을에게 ")
    d.t(f"{R.choice(['상가', '토지', '주식'])}를 {won()}에 양도하였음.\n")
    d.t(f"A법인은 B사의 지분 {R.randint(10, 60)}%를 보유하고 있으며, 대표이사 김○○은 특수관계인에 해당함.\n")
    d.t(
        f"[회신] 「소득세법」 제{R.randint(10, 120)}조 제1항 제{R.randint(1, 9)}호 및 같은 법 시행령 제{R.randint(10, 200)}조에 따라 "
    )
    d.t(
        f"과세되는 것입니다. 관련 예규: 재산세과-{R.randint(100, 999)}, 대법원 20{R.randint(10, 25)}두{R.randint(10000, 99999)}.\n"
    )
    if R.random() < 0.35:
        d.t("※ 질의자 ").e(name(), "PERSON").t("(").e(mobile(), "PHONE_NUMBER").t(")이 제출한 자료에 따름.\n")
    if R.random() < 0.2:
        d.t("첨부 자료의 주민등록번호(").e(rrn("valid"), "KR_RRN").t(")는 비공개 처리 대상임.\n")
    d.t("\n국세청 법규과 / 국세상담센터 126")
    return d


def g_table() -> Doc:
    d = Doc("표")
    sep = R.choice(["\t", " | ", "|"])
    kind = R.random()
    if kind < 0.35:
        d.t(f"지원금 지급 대상자 명단 ({doc_date()} 기준)\n")
        d.t(sep.join(["연번", "성명", "생년월일", "연락처", "은행", "계좌번호"]) + "\n")
        for i in range(R.randint(3, 6)):
            bank, acct = account()
            d.t(f"{i + 1}{sep}").e(name(), "PERSON").t(sep).e(dob(), "DATE_OF_BIRTH").t(sep)
            d.e(mobile(), "PHONE_NUMBER").t(f"{sep}{bank}{sep}").e(acct, "KR_BANK_ACCOUNT").t("\n")
        d.t(f"합계{sep}{sep}{sep}{sep}{sep}{won()}")
    elif kind < 0.6:
        d.t(
            "관용차량 운행 일지\n"
            + sep.join(["일자", "차량번호", "운전자", "면허번호", "목적지", "주행거리"])
            + "\n"
        )
        for _ in range(R.randint(2, 5)):
            d.t(f"{doc_date()}{sep}").e(plate(), "KR_VEHICLE_PLATE").t(sep).e(name(), "PERSON").t(sep)
            d.e(driver_license(), "KR_DRIVER_LICENSE").t(
                f"{sep}{R.choice(['세종청사', '대전청사', '현장점검'])}{sep}{R.randint(10, 300)}km\n"
            )
    elif kind < 0.8:
        d.t("시스템 접속 기록 (관리번호 031-2026-" + str(R.randint(1000, 9999)) + ")\n")
        d.t(sep.join(["접속일시", "사용자ID", "성명", "접속IP", "수행업무"]) + "\n")
        for _ in range(R.randint(3, 5)):
            d.t(
                f"2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d} {R.randint(8, 19):02d}:{R.randint(0, 59):02d}{sep}u{R.randint(10000, 99999)}{sep}"
            )
            d.e(name(), "PERSON").t(sep).e(ip(), "IP_ADDRESS").t(
                f"{sep}{R.choice(['조회', '다운로드', '수정'])}\n"
            )
        d.t(f"클라이언트 버전 10.0.{R.randint(19000, 22999)}.{R.randint(1000, 4000)}")
    else:
        d.t("건강검진 대상자\n" + sep.join(["성명", "주민등록번호", "건강보험증번호", "검진기관"]) + "\n")
        for _ in range(R.randint(2, 4)):
            d.e(name(), "PERSON").t(sep).e(rrn(R.choice(["valid", "post2020", "masked"])), "KR_RRN").t(sep)
            d.e(health(), "KR_HEALTH_INSURANCE").t(
                f"{sep}{R.choice(['국민건강보험공단 일산병원', '○○내과의원'])}\n"
            )
    return d


def g_ocr() -> Doc:
    d = Doc("OCR")
    d.t("신 청 서\n(스캔본)\n\n")
    who = name()
    d.t("성    명 : ").e(spaced(who) if R.random() < 0.6 else who, "PERSON").t("\n")
    d.t("주민등록번호 : ").e(ocr_number(rrn(R.choice(["valid", "post2020"]))), "KR_RRN").t("\n")
    d.t("주    소 : ").e(address(), "KR_ADDRESS").t("\n")
    d.t("전화번호 : ").e(ocr_number(mobile().replace(" ", "-").replace(".", "-")), "PHONE_NUMBER").t("\n")
    if R.random() < 0.5:
        d.t("운전면허번호 : ").e(ocr_number(driver_license()), "KR_DRIVER_LICENSE").t("\n")
    if R.random() < 0.5:
        d.t("카드번호 : ").e(ocr_number(card()), "CREDIT_CARD").t("\n")
    if R.random() < 0.4:
        d.t("여권번호 : ").e(passport(), "KR_PASSPORT").t("\n")
    d.t(f"\n위와 같이 신청합니다.\n２０２６년 {R.randint(1, 11)}월 {R.randint(1, 28)}일\n신청인 ")
    d.e(spaced(who), "PERSON").t(" (인)\n\n")
    d.t(f"○○시장 귀하    문의 {R.choice(INSTITUTIONS)[1].translate(FULLWIDTH)}(대표)")
    return d


def g_negative() -> Doc:
    d = Doc("hard negative")
    agency = R.choice(AGENCIES)
    addr, main = R.choice(INSTITUTIONS)
    d.t(f"{agency} 공고 제2026-{R.randint(100, 999)}호\n\n")
    d.t(
        f"{R.choice(['2027년도 공공데이터 활용 공모전', '청사 시설물 유지관리 용역 입찰', '소규모 사업장 지원사업'])} 공고\n\n"
    )
    d.t(f"1. 공고번호: {R.randint(20260100000, 20261199999)}-00 (나라장터)\n")
    d.t(f"2. 추정가격: {won()} (부가가치세 별도)\n")
    d.t(
        f"3. 근거: 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제{R.randint(10, 40)}조, 행정안전부 예규 제{R.randint(100, 400)}호\n"
    )
    d.t(f"4. 제출처: {addr} {R.randint(1, 9)}층 {R.choice(DEPTS)}\n")
    d.t(f"5. 문의: 대표전화 {main}, 정부민원안내콜센터 110, 고객센터 {switchboard()}\n")
    d.t("6. 신청서 작성 예시: 성명 홍길동, 대표자 김○○, 담당 박**\n")
    d.t(f"7. 관련 사건: 서울행정법원 2025구합{R.randint(10000, 99999)}, 조심 2025서{R.randint(1000, 9999)}\n")
    d.t(
        f"8. 시스템 요구사항: 버전 {R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 30)} 이상, 문서번호 {docno(R.choice(DEPTS))}\n"
    )
    d.t(
        f"9. 우 {R.randint(10000, 63999)} / 관리번호 {R.randint(1100, 4999)}-2026-{R.randint(100000, 999999)}\n\n{agency}장관"
    )
    return d


def g_misc() -> Doc:
    """Letters and forms of other shapes: 재직증명서, 고발장 요지, 이메일 전달문, 포상 추천서."""
    d = Doc("기타")
    k = R.random()
    who = name()
    if k < 0.3:
        d.t("재 직 증 명 서\n\n")
        d.t("성명 | ").e(who, "PERSON").t(" | 생년월일 | ").e(dob(), "DATE_OF_BIRTH").t("\n")
        d.t("주소 | ").e(address(), "KR_ADDRESS").t("\n")
        d.t(
            f"소속 | {R.choice(AGENCIES)} {R.choice(DEPTS)} | 직급 | {R.choice(['행정주사', '주무관', '사무관'])}\n"
        )
        d.t(
            f"재직기간 | 20{R.randint(10, 22)}. 3. 2. ~ 현재\n용도 | 금융기관 제출용\n\n위 사실을 증명합니다.\n{doc_date()}\n"
        )
        d.t(f"{R.choice(AGENCIES)}장관 (직인)")
    elif k < 0.55:
        d.t("-----Original Message-----\nFrom: ").e(who, "PERSON").t(" <").e(email(), "EMAIL_ADDRESS").t(
            ">\n"
        )
        d.t(
            f"To: {R.choice(DEPTS)} <help@{R.choice(['mois', 'moef', 'molit'])}.go.kr>\nSubject: 보조금 정산 서류 제출\n\n"
        )
        d.t("안녕하세요. 요청하신 정산 서류를 첨부합니다.\n")
        bank, acct = account()
        d.t(f"환급 계좌는 {bank} ").e(acct, "KR_BANK_ACCOUNT").t("입니다.\n")
        d.t("급한 일은 휴대폰 ").e(mobile(), "PHONE_NUMBER").t("으로 연락 바랍니다.\n").e(who, "PERSON").t(
            " 드림"
        )
    elif k < 0.8:
        d.t("정부포상 추천 공적조서\n\n")
        d.t("○ 인적사항: ").e(who, "PERSON").t(" (").e(dob(), "DATE_OF_BIRTH").t("생, ")
        d.t(f"{R.choice(DEPTS)} {R.choice(TITLES)})\n")
        d.t("○ 주소: ").e(address(), "KR_ADDRESS").t("\n")
        d.t(
            f"○ 주요 공적: 「재난 및 안전관리 기본법」 제{R.randint(10, 80)}조에 따른 현장 대응 {R.randint(10, 90)}회\n"
        )
        d.t("○ 추천자: ").e(name(), "PERSON").t(f" {R.choice(['국장', '과장'])} (연락처 ").e(
            ministry_line(), "PHONE_NUMBER"
        ).t(")")
    else:
        foreign = R.choice(FOREIGN)
        d.t("외국인 근로자 고용 변동 신고서\n\n")
        d.t("근로자 성명: ").e(foreign, "PERSON").t("\n외국인등록번호: ").e(frn(), "KR_FRN").t("\n")
        d.t("여권번호: ").e(passport(True), "KR_PASSPORT").t("\n")
        d.t(f"사업장: (주){R.choice(['대한정밀', '서해수산', '한결물류'])} (사업자등록번호 ").e(
            brn(), "KR_BRN"
        ).t(")\n")
        d.t("사업장 주소: ").e(address(), "KR_ADDRESS").t("\n")
        d.t("사업주: ").e(name(), "PERSON").t("  ☎ ").e(landline(), "PHONE_NUMBER").t("\n")
        d.t("급여 계좌: ").t(f"{account()[0]} ")
        d.e(account()[1], "KR_BANK_ACCOUNT").t("\n카드 결제 내역: ").e(card(), "CREDIT_CARD")
    return d


GENRES: list[tuple[Callable[[], Doc], int]] = [
    (g_gongmun, 16),
    (g_press, 12),
    (g_minwon, 12),
    (g_contract, 10),
    (g_minutes, 12),
    (g_personnel, 10),
    (g_consent, 14),
    (g_tax, 12),
    (g_table, 14),
    (g_ocr, 10),
    (g_negative, 10),
    (g_misc, 12),
]


def main() -> None:
    records = []
    for make, count in GENRES:
        for _ in range(count):
            d = make()
            text = d.text()
            for s in d.spans:
                value = text[s["start"] : s["end"]]  # type: ignore[misc]
                assert value and value == value.strip(), (d.genre, value)
            records.append(
                {"id": f"h{len(records) + 1:03d}", "text": text, "spans": d.spans, "genre": d.genre}
            )
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(records), "records", sum(len(r["spans"]) for r in records), "spans")


if __name__ == "__main__":
    main()
