#!/usr/bin/env python3
"""Generator for the pii_bo independent evaluation set (standard library only).

python make_set.py  -> writes pii_bo.jsonl, pii_bo.meta.jsonl, stats.json and validates them.
Deterministic: seeded with the string "pii_bo-2026" (string seeds are hashed with SHA-512
by random.Random, so PYTHONHASHSEED does not matter).
"""
import json, random, re, sys, os, unicodedata, collections, hashlib

SEED = "pii_bo-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

# ----------------------------------------------------------------------------- pools
SURN = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 "
        "손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 "
        "소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 경 봉 태 목 형 "
        "피 두 감 빈 동 온 범 좌").split()
SURN2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN = ("민준 서연 지훈 하은 도윤 수빈 예준 지민 현우 서윤 준호 유진 성민 지현 태현 은지 동현 혜린 승우 다은 "
         "재원 소영 건우 미경 영호 정숙 상철 순자 경희 종수 명숙 광수 영자 병철 옥순 기순 동수 미란 성훈 은영 "
         "재희 가람 한결 보람 슬기 나래 다솜 새롬 용준 태식 창호 윤아 지유 서진 채원 주원 시우 하린 로운 "
         "윤서 아린 도현 예린 정우 현서 수아 지안 규리 세영 형준 진영 인호 덕희 말순 복남 춘자 희정 승연 "
         "기태 무열 봉석 한솔 유나 찬영 태윤 다빈 규환 석진 명진 혜숙 귀남 삼순 재석 원희 경태 혁재 소율 "
         "이담 시온 연우 채윤 도경 우진 준서 은채 지오 하람 영미 옥자 금순 상훈 철민 영길 해진 보영").split()
GIVEN1 = ["혁", "준", "훈", "솔", "결", "담", "란", "윤", "찬", "빈"]
FOREIGN = [("NGUYEN VAN HUNG", "응우옌 반 훙", "베트남"), ("TRAN THI MAI", "쩐 티 마이", "베트남"),
           ("Maria Santos DELA CRUZ", "마리아 산토스 델라크루스", "필리핀"), ("John Michael SMITH", "존 마이클 스미스", "미국"),
           ("WANG XIAOMING", "왕샤오밍", "중국"), ("LIU NA", "류나", "중국"), ("Aziz KARIMOV", "아지즈 카리모프", "우즈베키스탄"),
           ("GANBOLD Bat-Erdene", "간볼드 바트에르덴", "몽골"), ("Siti NURHALIZA", "시티 누르할리자", "인도네시아"),
           ("Ahmed HASSAN", "아흐메드 하산", "이집트"), ("Olga PETROVA", "올가 페트로바", "러시아"),
           ("Ram Bahadur THAPA", "람 바하두르 타파", "네팔"), ("SOMCHAI PRASERT", "솜차이 프라셋", "태국"),
           ("Akmal YULDASHEV", "아크말 율다셰프", "우즈베키스탄"), ("TANAKA HIROSHI", "다나카 히로시", "일본"),
           ("Emily JOHNSON", "에밀리 존슨", "미국"), ("Carlos MENDOZA", "카를로스 멘도사", "페루"),
           ("Priya SHARMA", "프리야 샤르마", "인도"), ("Dmitri IVANOV", "드미트리 이바노프", "러시아"),
           ("PHAM THI THU HA", "팜 티 투 하", "베트남"), ("Rahim UDDIN", "라힘 우딘", "방글라데시"),
           ("CHEN JIAYI", "천자이", "중국"), ("Nurlan ABENOV", "누를란 아베노프", "카자흐스탄"),
           ("Sokha CHAN", "소카 찬", "캄보디아"), ("Jean-Pierre MARTIN", "장피에르 마르탱", "프랑스")]
SIDO = [("서울특별시", "서울시", "서울", ["마포구", "강서구", "노원구", "송파구", "관악구", "은평구", "동대문구", "성북구"]),
        ("부산광역시", "부산시", "부산", ["해운대구", "사하구", "동래구", "금정구"]),
        ("대구광역시", "대구시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천시", "인천", ["연수구", "남동구", "부평구", "서구"]),
        ("광주광역시", "광주시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산시", "울산", ["남구", "중구", "울주군"]),
        ("경기도", "경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "안산시 단원구", "화성시", "파주시", "평택시"]),
        ("강원특별자치도", "강원도", "강원", ["춘천시", "원주시", "강릉시"]),
        ("충청북도", "충북", "충북", ["청주시 흥덕구", "충주시", "제천시"]),
        ("충청남도", "충남", "충남", ["천안시 서북구", "아산시", "공주시"]),
        ("전북특별자치도", "전북", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", "전남", ["순천시", "여수시", "목포시"]),
        ("경상북도", "경북", "경북", ["포항시 북구", "구미시", "경주시"]),
        ("경상남도", "경남", "경남", ["창원시 성산구", "김해시", "진주시"]),
        ("제주특별자치도", "제주도", "제주", ["제주시", "서귀포시"])]
ROADS = ["한빛로", "새솔길", "늘봄로", "푸른숲길", "가온대로", "미리내로", "다온길", "해오름로", "별빛로", "솔바람길",
         "느티나무로", "물푸레길", "은행정로", "모래내로", "구름다리길", "매봉산로", "청솔로", "참샘길", "큰마을로", "들꽃길"]
DONGS = ["성산동", "중앙동", "신흥동", "월평동", "봉덕동", "상록동", "금호동", "대화동", "송정동", "효자동"]
APTS = ["한빛아파트", "푸른마을아파트", "늘봄빌라", "새솔타운", "미래하이츠", "해오름맨션"]
COMPANIES = ["(주)한결테크", "주식회사 다온건설", "(주)미리내소프트", "누리물산(주)", "(주)청솔엔지니어링", "(유)새빛환경",
             "주식회사 가람정보", "(주)솔빛디자인", "동백산업(주)", "(주)해든푸드"]
SHOPS = ["꽃마루식당", "햇살문구", "다정약국", "으뜸인쇄", "바른카센터", "온누리슈퍼", "솔향커피", "정든세탁"]
INST = [("행정안전부", "세종특별자치시 도움6로 42 정부세종청사 중앙동", "044-205-1114"),
        ("국토교통부", "세종특별자치시 도움6로 11 정부세종청사 6동", "1599-0001"),
        ("고용노동부", "세종특별자치시 한누리대로 422 정부세종청사 11동", "1350"),
        ("법무부 출입국·외국인정책본부", "경기도 과천시 관문로 47 정부과천청사 1동", "1345"),
        ("○○시청", "○○시 시청로 1", "120"),
        ("국민건강보험공단 ○○지사", "○○시 중앙로 100", "1577-1000"),
        ("한국교통안전공단", "경상북도 김천시 혁신6로 17", "1577-0990"),
        ("국세청", "세종특별자치시 국세청로 8-14", "126"),
        ("○○구청", "○○구 구청로 10", "02-2100-0114"),
        ("○○교육지원청", "○○시 교육청길 5", "1396")]
OFFICES = ["행정안전부장관", "법무부장관", "고용노동부장관", "○○시장", "○○구청장", "세무서장", "○○경찰서장", "○○교육장",
           "국민건강보험공단 이사장", "○○지방법원장", "○○출입국·외국인사무소장"]
INST_HEAD = {"행정안전부": "행정안전부장관", "국토교통부": "국토교통부장관", "고용노동부": "고용노동부장관",
             "법무부 출입국·외국인정책본부": "법무부장관", "○○시청": "○○시장", "국민건강보험공단 ○○지사": "국민건강보험공단 ○○지사장",
             "한국교통안전공단": "한국교통안전공단 이사장", "국세청": "국세청장", "○○구청": "○○구청장", "○○교육지원청": "○○교육지원청 교육장"}
HANGUL_DIGIT = "영일이삼사오육칠팔구"
HD2 = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
CONF_BACK = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"}
PLATE_P = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_C = "바사아자"
DL_REG = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"), ("17", "전북"),
          ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"), ("23", "인천"), ("24", "광주"),
          ("25", "대전"), ("26", "울산"), ("28", "경기북부")]

# ----------------------------------------------------------------------------- checksums
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
    t = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0

def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d

def norm_digits(v, letters_ok=False):
    """NFKC, undo OCR confusables, Hangul digits; keep digits (and letters if letters_ok)."""
    v = unicodedata.normalize("NFKC", v)
    out = []
    for ch in v:
        if ch.isdigit():
            out.append(ch)
        elif ch in HD2:
            out.append(HD2[ch])
        elif ch in CONF_BACK and not letters_ok:
            out.append(CONF_BACK[ch])
        elif letters_ok and ch.isalpha() and ch.isascii():
            out.append(ch)
        elif ch in "*●X×xＸ#○":
            out.append("*")
    return "".join(out)

# ----------------------------------------------------------------------------- value generators
class G:
    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # PERSON ---------------------------------------------------------------
    def kname(self):
        r = self.r.random()
        if r < 0.06:
            return self.c(SURN2) + self.c(GIVEN)
        if r < 0.12:
            return self.c(SURN) + self.c(GIVEN1)
        return self.c(SURN) + self.c(GIVEN)

    def fname(self, script=None):
        lat, han, nat = self.c(FOREIGN)
        if script is None:
            script = self.c(["lat", "han"])
        return (lat if script == "lat" else han), nat

    # DATE -------------------------------------------------------------------
    def date(self, y0=1940, y1=2006):
        y = self.r.randint(y0, y1); m = self.r.randint(1, 12); d = self.r.randint(1, 28)
        return y, m, d

    MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    def dob(self, y=None, kind=None):
        if y is None:
            y, m, d = self.date()
        else:
            y, m, d = y
        kinds = ["dot_space", "korean", "iso", "dot_pad", "yy_dot", "yymmdd", "dmy_en", "passport_kr_en",
                 "slash", "dot_noend", "korean_nospace", "mdy_en", "us_slash", "hanja"]
        k = kind or self.c(kinds)
        M = self.MON[m - 1]
        v = {"dot_space": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
             "dot_pad": f"{y}.{m:02d}.{d:02d}.", "yy_dot": f"{y % 100:02d}.{m:02d}.{d:02d}",
             "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}", "dmy_en": f"{d:02d} {M} {y}",
             "passport_kr_en": f"{d:02d} {m}월/{M} {y}", "slash": f"{y}/{m:02d}/{d:02d}",
             "dot_noend": f"{y}. {m}. {d}", "korean_nospace": f"{y}년{m}월{d}일",
             "mdy_en": f"{M.title()} {d}, {y}", "us_slash": f"{m:02d}/{d:02d}/{y}",
             "hanja": f"{y}年 {m}月 {d}日"}[k]
        return v, "dob_" + k

    # RRN / FRN ----------------------------------------------------------------
    def rrn(self, kind=None, ymd=None):
        k = kind or self.c(["valid", "valid", "valid", "post2020", "masked"])
        if k == "post2020":
            y = self.r.randint(2020, 2025)
            m = self.r.randint(10 if y == 2020 else 1, 12); d = self.r.randint(1, 28)
            g = self.c("34")
            body = f"{y % 100:02d}{m:02d}{d:02d}" + g + self.digits(5)
            good = rrn_check(body)
            bad = self.c([x for x in "0123456789" if int(x) != good])
            return body[:6] + "-" + body[6:] + bad, "rrn_post2020"
        y, m, d = ymd or self.date(1940, 2012)
        g = self.c("12") if y < 2000 else self.c("34")
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        if k == "masked":
            mk = self.c(["*", "*", "●", "X", "x"])
            return front + "-" + g + mk * 6, "rrn_masked"
        body = front + g + self.digits(5)
        return body[:6] + "-" + body[6:] + str(rrn_check(body)), "rrn_valid"

    def frn(self, ymd=None):
        y, m, d = ymd or self.date(1960, 2008)
        g = self.c("56") if y < 2000 else self.c("78")
        while True:
            org = self.r.randint(10, 98)
            if org % 2 == 0:
                break
        body = f"{y % 100:02d}{m:02d}{d:02d}" + g + f"{org:02d}" + self.digits(2) + self.c("6789")
        return body[:6] + "-" + body[6:] + str(frn_check(body)), "frn_legacy"

    def brn(self):
        while True:
            head = f"{self.r.randint(101, 899)}" + f"{self.r.randint(1, 88):02d}" + self.digits(4)
            v = head + str(brn_check(head))
            return f"{v[:3]}-{v[3:5]}-{v[5:]}", "brn"

    def crn(self):
        head = self.c(["1101", "1301", "1144", "1201", "1311", "1345", "1711", "2841", "1601"]) + self.c(["11", "11", "31", "71"]) + self.digits(6)
        v = head + str(crn_check(head))
        return f"{v[:6]}-{v[6:]}", "crn"

    # CARD ---------------------------------------------------------------------
    def card(self, brand=None, sep=None, masked=None):
        b = brand or self.c(["visa", "master", "master2", "amex", "jcb", "bc", "unionpay", "diners", "discover", "visa", "master"])
        pref = {"visa": "4" + self.digits(5), "master": "5" + self.c("12345") + self.digits(4),
                "master2": "2" + self.c(["221", "300", "500", "720"]) + self.digits(2),
                "amex": self.c(["34", "37"]) + self.digits(4), "jcb": "35" + str(self.r.randint(28, 89)) + self.digits(2),
                "bc": "94" + self.c(["10", "11", "20", "41", "90"]) + self.digits(2), "unionpay": "62" + self.digits(4),
                "diners": "36" + self.digits(4), "discover": "6011" + self.digits(2)}[b]
        n = {"amex": 15, "diners": 14}.get(b, 16)
        num = pref + self.digits(n - 7)
        num = num + luhn_digit(num)
        groups = {15: [4, 6, 5], 14: [4, 6, 4]}.get(n, [4, 4, 4, 4])
        s = sep if sep is not None else self.c(["-", "-", " ", "", "-"])
        mk = masked if masked is not None else (self.r.random() < 0.2)
        chars = list(num)
        sub = "card_" + b
        if mk:
            mc = self.c(["*", "*", "X", "●"])
            style = self.c(["mid", "mid", "first4"])
            keep_front = 6 if style == "mid" else 4
            for i in range(keep_front, n - 4):
                chars[i] = mc
            sub += "_masked"
        out, i = [], 0
        for gsz in groups:
            out.append("".join(chars[i:i + gsz])); i += gsz
        return s.join(out), sub

    # ACCOUNT --------------------------------------------------------------------
    BANKS = [("KB국민은행", ["6-2-6", "3-2-4-3"]), ("신한은행", ["3-3-6", "3-2-6"]), ("우리은행", ["4-3-6"]),
             ("하나은행", ["3-6-5"]), ("NH농협은행", ["3-4-4-2", "6-2-6"]), ("IBK기업은행", ["3-6-2-3"]),
             ("SC제일은행", ["3-2-6"]), ("카카오뱅크", ["4-2-7"]), ("케이뱅크", ["3-3-6"]), ("토스뱅크", ["4-4-4"]),
             ("우체국", ["6-2-6"]), ("새마을금고", ["4-4-4-1"]), ("신협", ["3-3-6"]), ("수협은행", ["3-2-6"]),
             ("부산은행", ["3-4-4-2"]), ("iM뱅크", ["3-2-6-1"]), ("광주은행", ["3-3-6"]), ("경남은행", ["3-2-7"]),
             ("전북은행", ["4-2-6"]), ("제주은행", ["2-2-6"]), ("한국씨티은행", ["3-6-3"]),
             ("미래에셋증권", ["3-6-2"]), ("한국투자증권", ["8-2"]), ("키움증권", ["4-4"]), ("삼성증권", ["4-4-4"])]
    FIRST = {"카카오뱅크": "3333", "토스뱅크": "1000", "우리은행": "1002", "신한은행": "110", "NH농협은행": "302",
             "새마을금고": "9002", "케이뱅크": "100"}

    def account(self, bank=None, style=None):
        bk = None
        if bank:
            bk = [b for b in self.BANKS if b[0] == bank][0]
        else:
            bk = self.c(self.BANKS)
        name, grps = bk
        g = self.c(grps)
        sizes = [int(x) for x in g.split("-")]
        total = sum(sizes)
        d = self.FIRST.get(name, "") if sizes[0] == len(self.FIRST.get(name, "")) else ""
        if not d:
            d = self.c("123456789")
        d = d + self.digits(total - len(d))
        sub = "acct_" + g
        st = style or self.c(["hy", "hy", "hy", "hy", "plain", "space", "masked"])
        chars = list(d)
        if st == "masked":
            # mask the middle group
            s0 = sizes[0]
            for i in range(s0, s0 + sizes[1]):
                chars[i] = "*"
            sub += "_masked"
        out, i = [], 0
        for s in sizes:
            out.append("".join(chars[i:i + s])); i += s
        if st == "plain":
            v = "".join(out); sub += "_plain"
        elif st == "space":
            v = " ".join(out); sub += "_space"
        else:
            v = "-".join(out)
        if "증권" in name:
            sub += "_securities"
        return v, sub, name

    def vaccount(self):
        bank = self.c(["우리은행", "신한은행", "KB국민은행", "NH농협은행", "하나은행", "IBK기업은행"])
        v = self.c(["56", "26", "79", "27", "81"]) + self.digits(12)
        if self.r.random() < 0.5:
            v = v[:4] + "-" + v[4:8] + "-" + v[8:]
        return v, "acct_virtual", bank

    # PHONE ----------------------------------------------------------------------
    def mobile(self, style=None):
        a, b = self.digits(4), self.digits(4)
        a = self.c("23456789") + a[1:]
        st = style or self.c(["hy", "hy", "hy", "plain", "space", "dot", "intl"])
        v = {"hy": f"010-{a}-{b}", "plain": f"010{a}{b}", "space": f"010 {a} {b}", "dot": f"010.{a}.{b}",
             "intl": f"+82 10-{a}-{b}"}[st]
        return v, "mobile_" + st

    def landline(self, kind=None):
        k = kind or self.c(["seoul", "area", "area", "070", "fax"])
        if k == "seoul":
            return f"02-{self.r.randint(200, 999)}-{self.digits(4)}", "landline_02"
        if k == "070":
            return f"070-{self.r.randint(4000, 8999)}-{self.digits(4)}", "voip_070"
        area = self.c(["031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"])
        return f"{area}-{self.r.randint(200, 999)}-{self.digits(4)}", ("fax" if k == "fax" else "landline_area")

    def official_line(self):
        area = self.c(["044", "044", "02", "031", "042", "051"])
        return f"{area}-{self.r.randint(200, 999)}-{self.digits(4)}", "official_direct"

    # EMAIL -----------------------------------------------------------------------
    ROM = ["minjun", "seoyeon", "jihoon", "haeun", "doyoon", "subin", "hyunwoo", "jimin", "kyunghee", "sangchul",
           "youngho", "sol", "garam", "hangyeol", "bora", "nari", "taesik", "dabin", "yuna", "jiwoo"]
    RSUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon"]

    def email(self, kind=None):
        k = kind or self.c(["portal", "portal", "gmail", "company", "official"])
        local = self.c([f"{self.c(self.RSUR)}.{self.c(self.ROM)}", f"{self.c(self.ROM)}{self.r.randint(1, 99)}",
                        f"{self.c(self.ROM)}_{self.c(self.RSUR)}", f"{self.c(self.RSUR)}{self.c(self.ROM)}{self.r.randint(70, 99)}"])
        dom = {"portal": self.c(["naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"]),
               "gmail": self.c(["gmail.com", "outlook.com", "yahoo.co.kr"]),
               "company": self.c(["hangyeol-tech.co.kr", "daon.kr", "mirinae-soft.com", "cheongsol.co.kr", "haeden.com"]),
               "official": self.c(["korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr"])}[k]
        return f"{local}@{dom}", "email_" + k

    # IP --------------------------------------------------------------------------
    def ip(self, kind=None):
        k = kind or self.c(["public", "public", "public", "private", "v6"])
        r = self.r
        if k == "private":
            v = self.c([f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        elif k == "v6":
            v = "2001:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}"
        else:
            v = f"{self.c([1, 14, 27, 39, 58, 61, 106, 112, 121, 175, 203, 211, 218, 222])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return v, "ip_" + k

    # PASSPORT --------------------------------------------------------------------
    PP_FOREIGN = {"중국": lambda s: s.c("EG") + s.digits(8), "미국": lambda s: s.c("56") + s.digits(8),
                  "베트남": lambda s: s.c("CBN") + s.digits(7), "필리핀": lambda s: "P" + s.digits(7) + s.c("ABC"),
                  "일본": lambda s: s.c(["TK", "TZ", "MU", "TR"]) + s.digits(7), "인도": lambda s: s.c("KLMNZ") + s.digits(7),
                  "태국": lambda s: s.c(["AA", "AB", "AC"]) + s.digits(7), "우즈베키스탄": lambda s: s.c(["AA", "AB", "FA"]) + s.digits(7),
                  "몽골": lambda s: "E" + s.digits(7), "네팔": lambda s: s.c(["PA", "PB"]) + s.digits(7),
                  "인도네시아": lambda s: s.c("ABCX") + s.digits(7), "러시아": lambda s: s.c(["75", "76", "72"]) + s.digits(7),
                  "이집트": lambda s: "A" + s.digits(8), "페루": lambda s: s.digits(9),
                  "방글라데시": lambda s: s.c(["EB", "EF", "BW"]) + s.digits(7), "카자흐스탄": lambda s: "N" + s.digits(8),
                  "캄보디아": lambda s: "N" + s.digits(7), "프랑스": lambda s: s.digits(2) + s.c(["AB", "CV", "FK"]) + s.digits(5),
                  "독일": lambda s: "C" + s.c(["01X", "4FK", "H7T"]) + s.digits(2) + s.c(["T", "R", "X"]) + s.digits(2),
                  "영국": lambda s: "5" + s.digits(8), "캐나다": lambda s: s.c(["AB", "GA", "HK"]) + s.digits(6)}

    def passport(self, kind=None, nat=None):
        k = kind or self.c(["kr_old", "kr_new", "kr_new", "foreign", "foreign", "masked"])
        if k == "foreign":
            nat = nat or self.c(list(self.PP_FOREIGN))
            if nat not in self.PP_FOREIGN:
                nat = "중국"
            return self.PP_FOREIGN[nat](self), "passport_foreign", nat
        p = self.c("MMMMMSRGD")
        if k == "kr_old":
            return p + self.digits(8), "passport_kr_old", "대한민국"
        newv = p + self.digits(3) + self.c("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(4)
        if k == "kr_new":
            return newv, "passport_kr_new", "대한민국"
        mc = self.c("*X●")
        return newv[:5] + mc * 4, "passport_masked", "대한민국"

    # DL / PLATE / HI ----------------------------------------------------------------
    def dl(self, kind=None):
        code, reg = self.c(DL_REG)
        yy = f"{self.r.randint(85, 124) % 100:02d}"
        ser, chk = self.digits(6), self.digits(2)
        k = kind or self.c(["num", "num", "region_space", "region_nospace", "plain", "masked"])
        v = {"num": f"{code}-{yy}-{ser}-{chk}", "region_space": f"{reg} {yy}-{ser}-{chk}",
             "region_nospace": f"{reg}{yy}-{ser}-{chk}", "plain": f"{code}{yy}{ser}{chk}",
             "masked": f"{code}-{yy}-{ser[:2]}****-{chk}"}[k]
        return v, "dl_" + k

    def plate(self, kind=None):
        k = kind or self.c(["p2", "p3", "p3", "region", "commercial", "nospace", "rental"])
        n4 = f"{self.r.randint(1000, 9999)}"
        if k == "p2":
            return f"{self.r.randint(10, 99)}{self.c(PLATE_P)} {n4}", "plate_2digit"
        if k == "p3":
            return f"{self.r.randint(100, 399)}{self.c(PLATE_P)} {n4}", "plate_3digit"
        if k == "region":
            return f"{self.c(['서울', '경기', '부산', '인천', '대구'])} {self.r.randint(10, 99)}{self.c(PLATE_P)} {n4}", "plate_region"
        if k == "commercial":
            return f"{self.c(['서울', '경기', '부산', '충남', '경북'])} {self.r.randint(70, 98)}{self.c(PLATE_C)} {n4}", "plate_commercial"
        if k == "rental":
            return f"{self.r.randint(10, 399)}{self.c('하허호')} {n4}", "plate_rental"
        return f"{self.r.randint(100, 399)}{self.c(PLATE_P)}{n4}", "plate_nospace"

    def hi(self):
        v = self.c("123456789") + self.digits(10)
        if self.r.random() < 0.25:
            return v[0] + "-" + v[1:], "hi_11_hyphen"
        return v, "hi_11"

    # ADDRESS -----------------------------------------------------------------------
    def address(self, kind=None):
        full, short, abbr, gus = self.c(SIDO)
        gu = self.c(gus)
        k = kind or self.c(["road_full", "road_full", "road_short", "road_gu", "jibun", "road_abbr"])
        unit = self.c(["", ", 101동 1203호".replace("101", str(self.r.randint(101, 120))).replace("1203", str(self.r.randint(101, 1904))),
                       f", {self.r.randint(2, 9)}층 {self.r.randint(2, 9)}0{self.r.randint(1, 9)}호", f" {self.r.randint(2, 12)}층",
                       f", {self.r.randint(101, 905)}호", ""])
        road = self.c(ROADS)
        if self.r.random() < 0.3:
            road = road + f"{self.r.randint(1, 40)}번길"
        bno = f"{self.r.randint(1, 250)}" + (f"-{self.r.randint(1, 30)}" if self.r.random() < 0.3 else "")
        if k == "jibun":
            apt = self.c(APTS)
            v = f"{short} {gu} {self.c(DONGS)} {self.r.randint(1, 999)}-{self.r.randint(1, 30)} {apt} {self.r.randint(101, 115)}동 {self.r.randint(101, 1502)}호"
            return v, "addr_jibun"
        pre = {"road_full": full + " ", "road_short": short + " ", "road_abbr": abbr + " ", "road_gu": ""}[k]
        return f"{pre}{gu} {road} {bno}{unit}", "addr_" + k

    def postal(self):
        return f"{self.r.randint(10000, 63999):05d}"


# ----------------------------------------------------------------------------- noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
HYPHENS = ["‐", "－", "–", "‑"]

def apply_noise(rng, typ, value, kinds):
    """Return noisy value and list of tags. kinds: list of requested noise kinds."""
    tags = []
    v = value
    for k in kinds:
        if k == "fullwidth_digits" and any(c.isdigit() for c in v):
            v = "".join(FW.get(c, c) for c in v); tags.append(k)
        elif k == "unicode_hyphen" and "-" in v:
            h = rng.choice(HYPHENS); v = v.replace("-", h); tags.append(k)
        elif k == "space_in_number":
            seps = [i for i, c in enumerate(v) if c == "-"]
            if seps:
                i = rng.choice(seps); v = v[:i] + rng.choice([" - ", "- ", " -"]) + v[i + 1:]; tags.append(k)
            else:
                digs = [i for i in range(2, len(v) - 2) if v[i].isdigit() and v[i - 1].isdigit()]
                if digs:
                    i = rng.choice(digs); v = v[:i] + " " + v[i:]; tags.append(k)
        elif k == "newline_in_number":
            cand = [i for i, c in enumerate(v) if c in "- " and 0 < i < len(v) - 1]
            if cand:
                i = rng.choice(cand)
                v = v[:i + 1] + "\n" + v[i + 1:] if v[i] == "-" else v[:i] + "\n" + v[i + 1:]
                tags.append(k)
        elif k == "ocr_confusable":
            idx = [i for i, c in enumerate(v) if c in CONF and 0 < i < len(v) - 1]
            if typ == "KR_PASSPORT":
                idx = [i for i in idx if i >= 2]
            if idx:
                for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
                    v = v[:i] + CONF[v[i]] + v[i + 1:]
                tags.append(k)
        elif k == "spaced_name":
            if " " not in v and 2 <= len(v) <= 4:
                v = " ".join(v); tags.append(k)
        elif k == "hangul_digits":
            v2 = "".join(HANGUL_DIGIT[int(c)] if c.isdigit() else c for c in v)
            if typ == "PHONE_NUMBER":
                v2 = v2.replace("영일영", "공일공")
            v = v2.replace("-", " "); tags.append(k)
    return v, tags

OCR_KINDS = {
    "PERSON": ["spaced_name"],
    "DEFAULT": ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_confusable"],
}

def ocr_noise_for(rng, typ, value):
    if typ == "PERSON":
        return apply_noise(rng, typ, value, ["spaced_name"]) if (re.fullmatch(r"[가-힣]{2,4}", value) and rng.random() < 0.5) else (value, [])
    if typ in ("EMAIL_ADDRESS", "KR_ADDRESS"):
        return value, []
    if rng.random() < 0.35:
        return value, []
    k = rng.choice(OCR_KINDS["DEFAULT"])
    if typ in ("IP_ADDRESS", "DATE_OF_BIRTH") and k in ("newline_in_number",):
        k = "ocr_confusable"
    return apply_noise(rng, typ, value, [k])


# ----------------------------------------------------------------------------- builder
class B:
    def __init__(self, rng, ocr=False, noise_rate=0.0):
        self.parts = []  # (text, kind, info)
        self.r = rng
        self.ocr = ocr
        self.noise_rate = noise_rate

    def t(self, *xs):
        for x in xs:
            self.parts.append((x, None, None))
        return self

    def s(self, typ, value, sub, noise=None):
        tags = []
        if noise is not None:
            value, tags = apply_noise(self.r, typ, value, noise)
        elif self.ocr or (self.noise_rate and self.r.random() < self.noise_rate):
            value, tags = ocr_noise_for(self.r, typ, value)
        self.parts.append((value, "span", {"type": typ, "subkind": sub, "noise": tags}))
        return value

    def n(self, cat, text):
        self.parts.append((text, "neg", {"category": cat}))
        return self

    def build(self, wrap=None):
        text, spans, negs, pos = [], [], [], 0
        for x, kind, info in self.parts:
            if kind == "span":
                spans.append([pos, pos + len(x), dict(info)])
            elif kind == "neg":
                negs.append([pos, pos + len(x), dict(info)])
            text.append(x); pos += len(x)
        text = "".join(text)
        if wrap:
            chars = list(text); col = 0
            for i, ch in enumerate(chars):
                if ch == "\n":
                    col = 0; continue
                col += 1
                if col >= wrap and ch == " ":
                    chars[i] = "\n"; col = 0
                    for sp in spans:
                        if sp[0] < i < sp[1] and "wrapped" not in sp[2]["noise"]:
                            sp[2]["noise"].append("wrapped")
            text = "".join(chars)
        return text, spans, negs


# ----------------------------------------------------------------------------- template helpers
def person_sub(v):
    if re.search(r"[A-Za-z]", v):
        return "foreign_latin"
    if " " in v and len(v.replace(" ", "")) > 4:
        return "foreign_hangul"
    if v[:2] in SURN2:
        return "kr_two_syllable_surname"
    if len(v) == 2:
        return "kr_single_given"
    return "kr_name"

def P(b, g, name=None, noise=None):
    name = name or g.kname()
    return b.s("PERSON", name, person_sub(name), noise)

def S(b, typ, res, noise=None):
    return b.s(typ, res[0], res[1], noise)

def ACC(b, g, bank=None, style=None, virtual=False, noise=None):
    if virtual:
        v, sub, bank = g.vaccount()
    else:
        v, sub, bank = g.account(bank, style)
    return bank, b.s("KR_BANK_ACCOUNT", v, sub, noise)

def josa(word, pair):
    """Pick the Korean particle form (e.g. 은/는) that agrees with the last syllable of word."""
    ch = word[-1]
    has_final = "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0
    a, b = pair.split("/")
    return a if has_final else b

def DOC(g, prefix=None):
    pre = prefix or g.c(["운영지원과", "민원정책과", "복지정책과", "체류관리과", "외국인력담당관", "교통행정과", "세원관리과", "감사담당관", "총무과", "교육복지과"])
    return f"{pre}-{g.r.randint(100, 9999)}"

def DATE(g, y0=2024, y1=2026, style=None):
    y, m, d = g.r.randint(y0, y1), g.r.randint(1, 12), g.r.randint(1, 28)
    st = style or g.c(["dot", "kor", "iso"])
    return {"dot": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}"}[st]

def AMT(g, lo=10, hi=5000, unit=1000):
    return f"{g.r.randint(lo, hi) * unit:,}원"

def INSTF(g):
    return g.c(INST)

def footer(b, g, inst=None, official=True):
    name, addr, rep = inst or INSTF(g)
    b.t("\n\n", name, "  ").n("inst_address", addr).t("\n")
    if official:
        b.t("담당 ", g.c(["주무관", "사무관", "실무관"]), " "); P(b, g); b.t("  전화 "); S(b, "PHONE_NUMBER", g.official_line())
        b.t("  전송 "); S(b, "PHONE_NUMBER", g.landline("fax")); b.t("\n")
    b.t("대표전화 ").n("inst_phone", rep)
    if g.r.random() < 0.5:
        b.t("  /  정부민원안내콜센터 ").n("inst_phone", "110")
    return b

# ----------------------------------------------------------------------------- templates (genre, weight)
TEMPLATES = []

def tpl(genre, weight=1, nopii=False):
    def deco(f):
        TEMPLATES.append((f.__name__, genre, f, weight, nopii))
        return f
    return deco

@tpl("공문")
def t_gongmun_reply(g, b):
    inst = INSTF(g)
    b.t(inst[0], "\n수신  ", g.c(["수신자 참조", "민원인 귀하"]), "\n(경유)\n제목  민원 처리 결과 알림(")
    P(b, g); b.t(" 님)\n\n1. 귀하께서 ").n("date_not_birth", DATE(g)).t(" 제출하신 민원(접수번호 ").n("receipt_number", f"{g.r.randint(1, 9)}AA-{g.r.randint(2301, 2612)}-{g.digits(7)}").t(")에 대한 회신입니다.\n")
    b.t("2. 「").n("statute", g.c(["민원 처리에 관한 법률」 제27조", "행정절차법」 제21조", "개인정보 보호법」 제35조"])).t("에 따라 검토한 결과, 신청인 주소(")
    S(b, "KR_ADDRESS", g.address()); b.t(")로 결과 문서를 발송하였습니다.\n3. 추가 문의는 담당자 휴대전화(")
    S(b, "PHONE_NUMBER", g.mobile()); b.t(")가 아닌 사무실 전화로 하여 주시기 바랍니다.\n\n")
    b.n("office_title", INST_HEAD.get(inst[0], "○○시장")).t("\n\n기안자 ").t(g.c(["주무관", "행정주사보"]), " "); P(b, g); b.t("  검토자 ", g.c(["팀장", "과장"]), " "); P(b, g)
    b.t("\n시행  ").n("doc_number", DOC(g)).t(" (").n("date_not_birth", DATE(g, style="dot")).t(")")
    footer(b, g, inst)

@tpl("보도자료")
def t_press(g, b):
    topic = g.c(["외국인 계절근로자 숙소 점검", "청년 월세 한시 특별지원", "전통시장 화재 안전 점검", "어린이 통학버스 합동 단속", "노인 일자리 박람회"])
    b.t("보 도 자 료\n배포일시 ").n("date_not_birth", DATE(g, style="dot")).t(" / 보도시점: 즉시\n\n", topic, " 결과 발표\n\n")
    off = g.c(["행정안전부장관", "고용노동부장관", "○○시장", "○○도지사", "○○구청장"])
    b.n("office_title", off).t(josa(off, "은/는"), " ", topic, josa(topic, "을/를"), " 마쳤다고 밝혔다. ")
    n1 = g.kname()
    P(b, g, n1); b.t(" ", g.c(["정책관은", "국장은", "과장은"]), " \"현장 의견을 반영해 제도를 보완하겠다\"고 말했다. ")
    b.t("현장에서 만난 ", g.c(["상인", "농장주", "학부모", "참여자"]), " "); n2 = P(b, g); b.t("(", str(g.r.randint(28, 77)), ")씨는 \"", g.c(["절차가 훨씬 간편해졌다", "지원금이 제때 들어와 도움이 됐다", "안전 교육이 실제로 유익했다"]), "\"고 전했다.\n")
    if g.r.random() < 0.5:
        b.t("또 "); P(b, g, g.fname("han")[0]); b.t(" 씨는 통역을 거쳐 \"숙소가 깨끗해졌다\"고 말했다.\n")
    b.t("\n담당 부서  ", g.c(["외국인력정책과", "주거복지과", "안전정책과"]), "\n책임자  과장 "); P(b, g); b.t(" ("); S(b, "PHONE_NUMBER", g.official_line()); b.t(")\n담당자  사무관 ")
    P(b, g); b.t(" ("); S(b, "PHONE_NUMBER", g.official_line()); b.t(", "); S(b, "EMAIL_ADDRESS", g.email("official")); b.t(")")

@tpl("뉴스")
def t_news_accident(g, b):
    place = g.c(["교차로", "국도 3호선", "아파트 단지 앞 도로", "고속도로 요금소 인근"])
    d = g.r.randint(1, 28)
    b.t(f"지난 {d}일 오후 ", place, "에서 승용차와 화물차가 부딪쳐 2명이 다쳤다. 경찰에 따르면 ")
    n = g.kname(); P(b, g, n); b.t("(", str(g.r.randint(21, 80)), ")씨가 몰던 "); S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(" 승용차가 신호를 위반한 것으로 조사됐다. ")
    P(b, g, n); b.t(g.c(["씨는", " 씨는"]), " 가벼운 부상을 입었다. 화물차 운전자 "); P(b, g); b.t("(", str(g.r.randint(30, 66)), ")씨의 "); S(b, "KR_VEHICLE_PLATE", g.plate("commercial"))
    b.t(" 차량은 적재함이 파손됐다.\n경찰 관계자는 \"블랙박스를 분석 중\"이라고 말했다. 사고 관련 제보는 ").n("inst_phone", "112").t("로 받는다.")

@tpl("회의록")
def t_minutes(g, b):
    b.t("제", str(g.r.randint(2, 31)), "차 ", g.c(["지역사회보장협의체", "공적자금관리위원회 소위원회", "외국인주민 지원 협의회", "학교운영위원회"]), " 회의록\n")
    b.t("일시: ").n("date_not_birth", DATE(g)).t(" 14:00~16:10\n장소: 별관 2층 소회의실\n참석: 위원장 ")
    chair = g.kname(); P(b, g, chair); names = []
    for _ in range(g.r.randint(2, 4)):
        nm = g.kname(); b.t(", 위원 "); names.append(nm); P(b, g, nm)
    b.t("\n불참: "); P(b, g); b.t(" 위원(사전 서면의견 제출)\n\n")
    b.t("○ 위원장("); P(b, g, chair); b.t("): 성원이 되었으므로 개의하겠습니다.\n")
    for nm in names[:2]:
        b.t("○ "); P(b, g, nm); b.t(" 위원: ", g.c(["지난 회의 지적 사항이 반영되었는지 확인을 부탁드립니다.", "예산 집행률이 낮은 원인을 설명해 주십시오.", "대상자 선정 기준을 공개할 필요가 있습니다."]), "\n")
    b.t("○ 간사(", g.c(["복지정책과장", "행정지원과장"]), "): 다음 회의에서 보고드리겠습니다.\n")
    b.t("○ 위원장: 의결 결과를 ").n("placeholder_person", "김○○").t(" 주무관이 정리하여 배포하겠습니다.")

@tpl("녹취록")
def t_transcript(g, b):
    b.t("녹 취 록\n사건: ").n("case_number", f"{g.r.randint(2023, 2026)}{g.c(['가단', '가소', '나'])}{g.r.randint(1000, 99999)}").t("\n녹취일시: ").n("date_not_birth", DATE(g)).t("\n\n")
    a, c = g.kname(), g.kname()
    b.t("[상담원] 네, 본인 확인을 위해 성함 말씀해 주세요.\n[민원인] "); P(b, g, a); b.t("입니다. 생년월일은 ")
    S(b, "DATE_OF_BIRTH", g.dob(kind=g.c(["korean", "dot_space", "yymmdd"]))); b.t("이에요.\n[상담원] 연락처는요?\n[민원인] ")
    S(b, "PHONE_NUMBER", g.mobile(g.c(["hy", "plain"])), ["hangul_digits"] if g.r.random() < 0.35 else None); b.t(" 이요. 아, 제 ", g.c(["남편", "아내", "딸", "아들"]), " "); P(b, g, c); b.t(" 번호로 연락 주셔도 되고요.\n")
    b.t("[상담원] 환급금은 어느 계좌로 받으시겠어요?\n[민원인] ")
    bank, _ = ACC(b, g); b.t(" ", bank, "요. 예금주는 "); P(b, g, a); b.t(" 본인입니다.\n[상담원] 확인했습니다. 처리 결과는 문자로 안내드리겠습니다.")

@tpl("판결문")
def t_judgment(g, b):
    court = g.c(["서울행정법원", "대전지방법원", "수원지방법원", "부산고등법원"])
    kase, dft, law = g.c([("자동차운전면허취소처분취소", "○○시·도경찰청장", "도로교통법」 제93조 제1항 제1호"),
                          ("영업정지처분취소", "○○구청장", "식품위생법」 제75조"),
                          ("체류기간연장불허처분취소", "○○출입국·외국인사무소장", "출입국관리법」 제25조")])
    b.t(court, "\n판    결\n사    건  ").n("case_number", f"{g.r.randint(2022, 2026)}{'누' if '고등' in court else g.c(['구단', '구합'])}{g.r.randint(100, 99999)}").t(" ", kase, "\n")
    b.t("원    고  ").n("placeholder_person", g.c(["A", "○○○", "갑"])).t("\n피    고  ").n("office_title", dft).t("\n")
    b.t("변론종결  ").n("date_not_birth", DATE(g, style="dot")).t("\n\n주    문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n\n이    유\n")
    b.t("원고는 「").n("statute", law).t("에 따른 처분이 위법하다고 주장하나, 받아들이지 않는다.\n\n")
    b.t("재판장 판사  "); P(b, g); b.t("\n      판사  "); P(b, g); b.t("\n      판사  "); P(b, g)

@tpl("재결서")
def t_appeal(g, b):
    b.t(g.c(["중앙행정심판위원회", "○○시 행정심판위원회"]), "\n재 결\n사건  ").n("case_number", f"{g.r.randint(2024, 2026)}-{g.digits(5)}").t(" ", g.c(["영업정지처분 취소청구", "기초생활수급자 보장중지처분 취소청구", "운전면허 취소처분 취소청구"]), "\n")
    b.t("청구인  "); P(b, g); b.t("\n        "); S(b, "KR_ADDRESS", g.address()); b.t("\n대리인  행정사 "); P(b, g); b.t("\n피청구인  ").n("office_title", g.c(OFFICES)).t("\n\n주문  청구인의 청구를 기각한다.\n")
    b.t("청구취지  피청구인이 ").n("date_not_birth", DATE(g)).t(" 청구인에게 한 처분을 취소한다.\n")
    if g.r.random() < 0.6:
        b.t("청구인이 운전한 차량(").t(""); S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(")의 운행기록과 청구인 운전면허(")
        S(b, "KR_DRIVER_LICENSE", g.dl()); b.t(") 조회 결과를 종합하면 처분은 적법하다.\n")
    b.t("\n위원장  "); P(b, g); b.t("  위원  "); P(b, g); b.t("  위원  "); P(b, g)

@tpl("감사보고서")
def t_audit(g, b):
    b.t("감사 결과 처분 요구서\n\n1. 제목: 보조금 부당 지급\n2. 관계기관: ").n("office_title", g.c(["○○군수", "○○시장", "○○교육감"])).t("\n3. 내용\n")
    b.t("  ", g.c(["주민복지과", "농정과", "산업경제과"]), " 주무관 "); p1 = g.kname(); P(b, g, p1)
    b.t("은 보조사업자 "); b.n("company_name", g.c(COMPANIES)).t("(사업자등록번호 "); S(b, "KR_BRN", g.brn()); b.t(")에 보조금 ").n("amount", AMT(g)).t("을 지급하면서 ")
    b.t("법인 계좌가 아닌 대표자 "); P(b, g); b.t(" 개인 명의 계좌(")
    bank, _ = ACC(b, g); b.t(", ", bank, ")로 이체하였다.\n4. 조치할 사항: "); P(b, g, p1); b.t(" 주무관 ", g.c(["경징계", "훈계", "주의"]), " 요구\n\n감사담당관 "); P(b, g)

@tpl("징계")
def t_discipline(g, b):
    b.t("징계의결서\n\n징계혐의자  소속: ", g.c(["○○구 건설과", "○○시 교통과", "○○군 환경과"]), "  직급: ", g.c(["행정6급", "시설7급", "행정8급"]), "  성명: ")
    n = g.kname(); P(b, g, n); b.t("\n생년월일  "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("\n\n의결주문  정직 ", str(g.r.randint(1, 3)), "월\n\n이유  ")
    P(b, g, n); b.t("은(는) ").n("date_not_birth", DATE(g)).t(" 혈중알코올농도 ", f"0.{g.r.randint(31, 140):03d}", "% 상태로 자신의 승용차(")
    S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(")를 운전하다 적발되었고, 운전면허(")
    S(b, "KR_DRIVER_LICENSE", g.dl()); b.t(")가 취소되었다.\n\n").n("date_not_birth", DATE(g, style="dot")).t("\n인사위원회 위원장 "); P(b, g)

@tpl("사고보고서")
def t_accident_report(g, b):
    b.t("관용차량 교통사고 발생 보고\n\n1. 일시: ").n("date_not_birth", DATE(g)).t(" 09:40경\n2. 장소: ").n("inst_address", g.c(INST)[1]).t(" 주차장 출입구\n3. 관용차량: ")
    b.n("official_vehicle", f"{g.r.randint(10, 399)}{g.c(PLATE_P)} {g.r.randint(1000, 9999)}").t(" (운전자 ", g.c(["운영지원과", "총무과"]), " 주무관 "); P(b, g); b.t(")\n4. 상대 차량: ")
    S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(" (운전자 "); P(b, g); b.t(", "); S(b, "PHONE_NUMBER", g.mobile()); b.t(")\n")
    b.t("   상대 운전자 면허번호 "); S(b, "KR_DRIVER_LICENSE", g.dl()); b.t(", 생년월일 "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("\n5. 피해: 앞범퍼 파손, 인명 피해 없음\n6. 보험 접수번호 ").n("receipt_number", f"{g.r.randint(2024, 2026)}{g.digits(8)}")

@tpl("인사발령")
def t_personnel(g, b):
    b.t(g.c(["인사발령 통지", "인 사 명 령", "인사발령(", ]), "\n").n("doc_number", DOC(g, "인사")).t("\n\n")
    for _ in range(g.r.randint(3, 6)):
        kind = g.c(["승진", "전보", "신규임용", "휴직", "직무대리", "파견"])
        b.t(kind, "  ", g.c(["행정5급", "행정6급", "전산7급", "사회복지8급", "시설6급"]), "  ")
        P(b, g); b.t("  ", g.c(["민원여권과", "세무과", "재난안전과", "복지정책과", "감사실"]), g.c([" 근무를 명함", " 근무", "장 직무대리를 명함", " (", ""]))
        b.t("\n")
    b.t("\n").n("date_not_birth", DATE(g, style="dot")).t("\n").n("office_title", g.c(OFFICES))

@tpl("국외출장")
def t_travel(g, b):
    b.t("국외출장 계획(", g.c(["베트남", "독일", "일본", "캐나다", "몽골"]), " 방문)\n\n□ 출장자\n")
    for i in range(g.r.randint(2, 4)):
        b.t(str(i + 1), ". ", g.c(["과장", "사무관", "주무관", "팀장"]), " "); P(b, g)
        b.t(" / 여권번호 "); S(b, "KR_PASSPORT", g.passport(g.c(["kr_new", "kr_new", "kr_old"]))[:2])
        b.t(" / 생년월일 "); S(b, "DATE_OF_BIRTH", g.dob(g.date(1962, 1998))); b.t("\n")
    b.t("□ 기간: ").n("date_not_birth", DATE(g)).t(" ~ 6박 7일\n□ 경비: ").n("amount", AMT(g, 3000, 9000)).t(" (여비 규정 별표 2)\n□ 현지 연락: 통역 "); P(b, g, g.fname("lat")[0]); b.t(" ("); S(b, "PHONE_NUMBER", (f"+{g.c(['84', '49', '81', '1', '976'])} {g.digits(3)} {g.digits(3)} {g.digits(4)}", "intl_foreign")); b.t(")")

@tpl("계약서")
def t_contract(g, b):
    comp = g.c(COMPANIES)
    b.t(g.c(["용역", "물품구매", "공사"]), " 계약서\n\n계약번호 ").n("doc_number", f"{g.r.randint(2024, 2026)}-{g.c(['용역', '물품', '공사'])}-{g.r.randint(1, 999):03d}").t("\n\n")
    b.t("발주기관(갑): ").n("office_title", g.c(OFFICES)).t("\n주소: ").n("inst_address", g.c(INST)[1]).t("\n\n계약상대자(을): ").n("company_name", comp).t("\n대표자: "); P(b, g)
    b.t("\n사업자등록번호: "); S(b, "KR_BRN", g.brn()); b.t("\n법인등록번호: "); S(b, "KR_CRN", g.crn())
    b.t("\n소재지: "); S(b, "KR_ADDRESS", g.address()); b.t("\n전화: "); S(b, "PHONE_NUMBER", g.landline(g.c(["seoul", "area", "070"])))
    b.t("\n\n계약금액: ").n("amount", AMT(g, 1000, 90000)).t(" (부가가치세 포함)\n대금 지급 계좌: ")
    bank, _ = ACC(b, g); b.t(" (", bank, ", 예금주 ").n("company_name", comp).t(")\n\n").n("date_not_birth", DATE(g, style="dot"))

@tpl("동의서")
def t_consent(g, b):
    b.t("개인정보 수집·이용 동의서\n\n", g.c(["본인은", "신청인은"]), " 「").n("statute", "개인정보 보호법」 제15조").t("에 따라 아래 개인정보 수집·이용에 동의합니다.\n\n")
    b.t("성명  "); n = g.kname(); P(b, g, n); b.t("\n생년월일  "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("\n휴대전화  "); S(b, "PHONE_NUMBER", g.mobile())
    b.t("\n이메일  "); S(b, "EMAIL_ADDRESS", g.email(g.c(["portal", "gmail"]))); b.t("\n주소  ")
    if g.r.random() < 0.5:
        b.t("(").n("postal_code", g.postal()).t(") ")
    S(b, "KR_ADDRESS", g.address()); b.t("\n\n동의함 ■   동의하지 않음 □\n\n").n("date_not_birth", DATE(g, style="kor")).t("\n\n신청인 "); P(b, g, n); b.t(" (서명)\n\n※ 작성 예시: 성명 ").n("placeholder_person", "홍길동").t(", 주민등록번호 ").n("placeholder_id", "000000-0000000")

@tpl("신청서", 2)
def t_application(g, b):
    b.t(g.c(["긴급복지지원 신청서", "주거급여 신청서", "한부모가족 지원 신청서", "에너지바우처 신청서"]), "\n\n【신청인】\n성명: ")
    n = g.kname(); P(b, g, n); b.t("    주민등록번호: "); S(b, "KR_RRN", g.rrn(g.c(["valid", "valid", "masked"])))
    b.t("\n주소: "); S(b, "KR_ADDRESS", g.address()); b.t("\n연락처: "); S(b, "PHONE_NUMBER", g.mobile()); b.t("  (집) "); S(b, "PHONE_NUMBER", g.landline(g.c(["seoul", "area"])))
    b.t("\n【가구원】\n")
    for _ in range(g.r.randint(1, 3)):
        k = g.c(["valid", "post2020", "masked"])
        b.t("자녀" if k == "post2020" else g.c(["배우자", "가구원", "부양가족"]), "  "); P(b, g); b.t("  "); S(b, "KR_RRN", g.rrn(k)); b.t("\n")
    b.t("【지급 계좌】 "); bank, _ = ACC(b, g); b.t(" / ", bank, " / 예금주 "); P(b, g, n)
    b.t("\n\n접수번호 ").n("receipt_number", f"{g.r.randint(2024, 2026)}-{g.digits(6)}").t("  접수일 ").n("date_not_birth", DATE(g))

@tpl("출입국")
def t_immigration(g, b):
    lat, nat = g.fname("lat")
    ymd = g.date(1965, 2004)
    b.t("체류기간 연장허가 신청 검토서\n\n국적: ", nat, "\n성명: "); P(b, g, lat); b.t("\n외국인등록번호: "); S(b, "KR_FRN", g.frn(ymd))
    b.t("\n여권번호: "); S(b, "KR_PASSPORT", g.passport("foreign", nat)[:2]); b.t("\n생년월일: "); S(b, "DATE_OF_BIRTH", g.dob(ymd, kind=g.c(["dmy_en", "iso", "dot_pad", "passport_kr_en"])))
    b.t("\n체류지: "); S(b, "KR_ADDRESS", g.address()); b.t("\n연락처: "); S(b, "PHONE_NUMBER", g.mobile())
    b.t("\n체류자격: ", g.c(["E-9", "F-6", "D-2", "E-7", "H-2"]), "  체류만료일: ").n("date_not_birth", DATE(g)).t("\n\n검토의견: 고용주 ")
    b.n("company_name", g.c(COMPANIES)).t("(대표 "); P(b, g); b.t(")의 고용 유지 확인서 제출. 연장 허가 타당.\n담당 사증심사관 "); P(b, g)

@tpl("외국인고용")
def t_foreign_emp(g, b):
    b.t("외국인근로자 고용변동 신고 명단\n사업장: ").n("company_name", g.c(COMPANIES)).t(" (사업자등록번호 "); S(b, "KR_BRN", g.brn()); b.t(")\n\n")
    for i in range(g.r.randint(2, 4)):
        nm, nat = g.fname(g.c(["lat", "lat", "han"]))
        sep = g.c([" | ", "\t", "  "])
        b.t(str(i + 1), sep); P(b, g, nm); b.t(sep, nat, sep); S(b, "KR_FRN", g.frn()); b.t(sep); S(b, "KR_PASSPORT", g.passport("foreign", nat)[:2])
        b.t(sep); S(b, "KR_HEALTH_INSURANCE", g.hi()); b.t(sep, g.c(["이탈", "계약만료", "사업장 변경"]), "\n")
    b.t("\n신고인(사업주) "); P(b, g); b.t("  ☎ "); S(b, "PHONE_NUMBER", g.mobile())

@tpl("복지상담")
def t_welfare(g, b):
    n = g.kname()
    b.t("초기상담기록지\n상담일: ").n("date_not_birth", DATE(g)).t("   상담자: 통합사례관리사 "); P(b, g)
    ymd = g.date(1940, 1996)
    b.t("\n\n대상자: "); P(b, g, n); b.t(" (", g.c(["남", "여"]), ", 만 ", str(2025 - ymd[0]), "세)  생년월일 "); S(b, "DATE_OF_BIRTH", g.dob(ymd))
    b.t("\n주민등록번호: "); S(b, "KR_RRN", g.rrn("masked", ymd)); b.t("\n거주지: "); S(b, "KR_ADDRESS", g.address()); b.t("\n")
    b.t("주 호소: ", g.c(["월세 체납 3개월", "실직 후 생계 곤란", "자녀 돌봄 공백", "고독사 위험 신고 접수"]), ". 딸 "); P(b, g); b.t("(")
    S(b, "PHONE_NUMBER", g.mobile()); b.t(")과 연락이 닿음.\n조치: 긴급생계비 지원 의뢰, 입금 계좌 "); bank, _ = ACC(b, g); b.t("(", bank, ")")

@tpl("의료기록")
def t_medical(g, b):
    b.t(g.c(["진료의뢰서", "입원확인서", "예방접종 이상반응 신고서"]), "\n\n환자명: "); n = P(b, g); ymd = g.date(1938, 2022); b.t("   성별/나이: ", g.c(["M", "F"]), "/", str(2025 - ymd[0]))
    b.t("\n생년월일: "); S(b, "DATE_OF_BIRTH", g.dob(ymd)); b.t("\n건강보험증번호: "); S(b, "KR_HEALTH_INSURANCE", g.hi())
    b.t("\n보호자: "); P(b, g); b.t(" ("); S(b, "PHONE_NUMBER", g.mobile()); b.t(")\n"); dx = g.c([("급성 충수염", "K35.8"), ("폐렴", "J18.9"), ("제2형 당뇨병", "E11.9"), ("대상포진", "B02.9")]); b.t("진단명: ", dx[0], " (상병코드 ").n("code", dx[1]).t(")\n")
    b.t("의뢰 의사: "); P(b, g); b.t(" (면허번호 ").n("license_number", f"제{g.r.randint(10000, 150000)}호").t(")")

@tpl("학교기록")
def t_school(g, b):
    b.t(g.c(["학생 전입학 서류 확인표", "방과후학교 수강 신청 명단", "학교폭력 사안 접수 보고"]), "\n학교: ○○초등학교\n\n")
    for _ in range(g.r.randint(2, 4)):
        yb = g.r.randint(2014, 2019)
        b.t(str(2025 - yb - 6 + 1), "학년 ", str(g.r.randint(1, 8)), "반  "); P(b, g); b.t("  생년월일 ")
        S(b, "DATE_OF_BIRTH", g.dob((yb, g.r.randint(1, 12), g.r.randint(1, 28)), g.c(["dot_pad", "iso", "yymmdd", "dot_space"])))
        b.t("  보호자 "); P(b, g); b.t(" "); S(b, "PHONE_NUMBER", g.mobile()); b.t("\n")
    b.t("\n담임교사 "); P(b, g); b.t("  교무실 ").n("inst_phone", f"0{g.r.randint(31, 64)}-{g.r.randint(200, 999)}-{g.digits(4)}").t("(대표)")

@tpl("세무")
def t_tax(g, b):
    b.t("국세 환급금 통지서\n\n납세자: "); n = g.kname(); P(b, g, n); b.t(" 귀하\n사업자등록번호: "); S(b, "KR_BRN", g.brn()); b.t("\n상호: ", g.c(SHOPS), "\n사업장: ")
    S(b, "KR_ADDRESS", g.address()); b.t("\n\n환급세액 ").n("amount", AMT(g, 5, 3000)).t("을 아래 계좌로 지급합니다.\n")
    bank, _ = ACC(b, g); b.t(" (", bank, ", 예금주 "); P(b, g, n); b.t(")\n\n※ 「").n("statute", "국세기본법」 제51조").t("에 따른 환급입니다. 문의: ").n("inst_phone", "126").t(" 국세상담센터\n").n("office_title", "세무서장")

@tpl("경매공탁")
def t_auction(g, b):
    b.t("부동산 경매 매각물건명세서\n사건번호 ").n("case_number", f"{g.r.randint(2023, 2026)}타경{g.r.randint(1000, 99999)}").t("\n\n채무자 겸 소유자  "); P(b, g); b.t("\n채권자  ")
    b.n("company_name", g.c(["○○저축은행", "(주)한결캐피탈", "○○새마을금고"])).t("\n부동산 표시  "); S(b, "KR_ADDRESS", g.address("jibun")); b.t("\n")
    b.t("임차인  "); P(b, g); b.t(" (전입일 ").n("date_not_birth", DATE(g, 2018, 2024)).t(", 보증금 ").n("amount", AMT(g, 1000, 30000, 10000)).t(")\n최저매각가격  ").n("amount", AMT(g, 5000, 90000, 10000))

@tpl("경매공탁")
def t_deposit(g, b):
    b.t("공탁서(변제)\n공탁번호 ").n("case_number", f"{g.r.randint(2024, 2026)}금제{g.r.randint(100, 9999)}호").t("\n\n공탁자  성명 "); P(b, g); b.t("  주민등록번호 ")
    S(b, "KR_RRN", g.rrn("valid")); b.t("\n        주소 "); S(b, "KR_ADDRESS", g.address()); b.t("\n피공탁자  성명 "); P(b, g); b.t("  주민등록번호 "); S(b, "KR_RRN", g.rrn(g.c(["valid", "masked"])))
    b.t("\n공탁금액  ").n("amount", AMT(g, 100, 20000)).t("\n회수 시 입금계좌  "); bank, _ = ACC(b, g); b.t(" ", bank)

@tpl("지급목록", 2)
def t_refund_table(g, b):
    sep = g.c([" | ", "\t", "|", "  "])
    b.t(g.c(["과오납 환급 대상자 명단", "재난지원금 지급 내역", "장학금 지급 명단", "보상금 지급 대상"]), "\n")
    for i in range(g.r.randint(3, 6)):
        b.t(str(i + 1), sep); P(b, g); b.t(sep)
        if g.r.random() < 0.7:
            S(b, "DATE_OF_BIRTH", g.dob(kind=g.c(["yymmdd", "dot_pad", "iso", "yy_dot"]))); b.t(sep)
        bank, _ = ACC(b, g, virtual=g.r.random() < 0.1); b.t(sep, bank, sep); b.n("amount", AMT(g, 10, 900)); b.t("\n")
    b.t("합계 ").n("amount", AMT(g, 1000, 9000))

@tpl("지급목록", 3)
def t_card_refund(g, b):
    b.t(g.c(["체육시설 이용료 카드 취소 내역", "온라인 교육 수강료 환불 목록", "주정차 과태료 카드 납부 오류 정정"]), "\n")
    sep = g.c([" | ", "\t", "  ", " / "])
    for i in range(g.r.randint(3, 6)):
        b.t(str(i + 1), sep); P(b, g); b.t(sep, g.c(["신한", "KB국민", "현대", "삼성", "롯데", "BC", "하나", "우리", "NH농협"]), "카드", sep)
        S(b, "CREDIT_CARD", g.card()); b.t(sep); b.n("approval_number", f"승인 {g.digits(8)}"); b.t(sep); b.n("amount", AMT(g, 5, 300)); b.t("\n")

@tpl("접속로그", 2)
def t_access_log(g, b):
    b.t("[개인정보처리시스템 접속기록 점검 - 발췌]\n")
    for i in range(g.r.randint(4, 7)):
        b.t(f"2026-{g.r.randint(1, 11):02d}-{g.r.randint(1, 28):02d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} ")
        b.t("user=").n("user_id", g.c(["u", "adm", "emp"]) + g.digits(5)).t(" src=")
        S(b, "IP_ADDRESS", g.ip()); b.t(" action=", g.c(["SELECT", "DOWNLOAD", "PRINT", "UPDATE"]))
        if g.r.random() < 0.4:
            b.t(" target="); P(b, g)
        if g.r.random() < 0.2:
            b.t(" mail="); S(b, "EMAIL_ADDRESS", g.email())
        b.t("\n")
    b.t("클라이언트 버전 ").n("version", f"{g.r.randint(1, 12)}.{g.r.randint(0, 9)}.{g.r.randint(0, 30)}.{g.r.randint(100, 9999)}")

@tpl("택배우편")
def t_delivery(g, b):
    b.t(g.c(["등기우편 반송 내역", "택배 배송 조회", "민원서류 우편 발송 대장"]), "\n")
    for _ in range(g.r.randint(2, 4)):
        b.t("운송장 ").n("receipt_number", f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}").t(" / 받는 분 "); P(b, g); b.t(" / ")
        S(b, "PHONE_NUMBER", g.mobile(g.c(["hy", "plain", "space"]))); b.t(" / "); S(b, "KR_ADDRESS", g.address()); b.t(" / ", g.c(["수취인 부재", "배송완료", "주소불명 반송"]), "\n")

@tpl("차량주차", 2)
def t_parking(g, b):
    b.t(g.c(["불법주정차 단속 내역", "공영주차장 정기권 등록 명단", "거주자우선주차 배정 결과"]), "\n")
    sep = g.c(["│", " | ", "\t"])
    for _ in range(g.r.randint(3, 5)):
        S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(sep); P(b, g); b.t(sep); S(b, "PHONE_NUMBER", g.mobile()); b.t(sep)
        b.n("date_not_birth", DATE(g, style="iso")).t("\n")
    b.t("문의 ").n("inst_phone", "120").t(" 다산콜")

@tpl("이메일")
def t_email(g, b):
    a, c = g.kname(), g.kname()
    b.t("From: "); P(b, g, a); b.t(" <"); S(b, "EMAIL_ADDRESS", g.email()); b.t(">\nTo: "); P(b, g, c); b.t(" <"); S(b, "EMAIL_ADDRESS", g.email("official")); b.t(">\nCc: ").n("inst_email", g.c(["minwon@korea.kr", "webmaster@gg.go.kr", "privacy@seoul.go.kr"])).t("\nSubject: ", g.c(["서류 보완 건", "출장비 정산 계좌 변경", "회의 자료 송부"]), "\n\n")
    P(b, g, c); b.t(" 주무관님 안녕하세요. "); P(b, g, a); b.t("입니다.\n")
    if g.r.random() < 0.5:
        b.t("정산 계좌를 "); bank, _ = ACC(b, g); b.t("(", bank, ")로 변경 요청드립니다.\n")
    else:
        b.t("여권 사본은 첨부했습니다(여권번호 "); S(b, "KR_PASSPORT", g.passport()[:2]); b.t(").\n")
    b.t("급한 일은 "); S(b, "PHONE_NUMBER", g.mobile()); b.t("으로 연락 주세요.\n감사합니다.")

@tpl("메신저")
def t_chat(g, b):
    a, c = g.kname(), g.kname()
    for who, line in [(a, "[오전 10:02] "), (c, "[오전 10:05] "), (a, "[오전 10:06] ")]:
        pass
    b.t("[오전 10:02] "); P(b, g, a); b.t(": 팀장님 민원인 연락처 공유드려요 "); S(b, "PHONE_NUMBER", g.mobile(g.c(["hy", "plain"]))); b.t("\n")
    b.t("[오전 10:05] "); P(b, g, c); b.t(": ㅇㅋ 성함이 "); P(b, g); b.t(" 님 맞죠? 생일 "); S(b, "DATE_OF_BIRTH", g.dob(kind=g.c(["yymmdd", "yy_dot", "korean"]))); b.t(" 확인됨\n")
    b.t("[오전 10:06] "); P(b, g, a); b.t(": 네 환불은 카드 "); S(b, "CREDIT_CARD", g.card(masked=False)); b.t(" 로 취소 처리하면 된대요\n")
    b.t("[오전 10:07] "); P(b, g, c); b.t(": 카드번호는 채팅에 올리지 마세요 ㅠ 지울게요")

@tpl("영수증")
def t_receipt(g, b):
    shop = g.c(SHOPS)
    b.t("[카드 매출전표]\n가맹점명: ", shop, "\n사업자번호: "); S(b, "KR_BRN", g.brn()); b.t("\n대표자: "); P(b, g); b.t("\n가맹점 주소: "); S(b, "KR_ADDRESS", g.address())
    b.t("\n카드번호: "); S(b, "CREDIT_CARD", g.card(masked=g.r.random() < 0.5)); b.t("\n할부: 일시불\n승인번호: ").n("approval_number", g.digits(8)).t("\n금액: ").n("amount", AMT(g, 1, 300, 100)).t("\n")
    b.t("거래일시: ").n("date_not_birth", DATE(g, style="iso")).t(" ", f"{g.r.randint(9, 21)}:{g.r.randint(10, 59)}")

@tpl("이체확인")
def t_transfer(g, b):
    b.t("이 체 확 인 증\n\n출금계좌: "); bank1, _ = ACC(b, g); b.t(" (", bank1, ")\n보내는 분: ")
    if g.r.random() < 0.7:
        P(b, g)
    else:
        b.n("company_name", g.c(COMPANIES))
    b.t("\n입금은행: "); bank2, _ = ACC(b, g); b.t(" ", bank2, "\n받는 분: "); P(b, g); b.t("\n이체금액: ").n("amount", AMT(g, 10, 9000)).t("\n거래번호: ").n("receipt_number", g.digits(12)).t("\n처리일시: ").n("date_not_birth", DATE(g, style="iso"))

@tpl("자원봉사")
def t_volunteer(g, b):
    b.t("자원봉사자 등록 명단(", g.c(["하천 정화", "무료 급식", "어르신 말벗"]), ")\n")
    for _ in range(g.r.randint(3, 5)):
        b.t("- "); P(b, g); b.t(", "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("생, "); S(b, "PHONE_NUMBER", g.mobile())
        if g.r.random() < 0.3:
            b.t(", "); S(b, "EMAIL_ADDRESS", g.email())
        b.t("\n")
    b.t("※ 봉사시간 인증은 1365 자원봉사포털에서 확인")

@tpl("차량주차")
def t_seizure(g, b):
    b.t("자동차 압류 통지서\n\n체납자: "); P(b, g); b.t("\n주소: "); S(b, "KR_ADDRESS", g.address()); b.t("\n압류 차량: ")
    S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(" (", g.c(["쏘나타", "그랜저", "카니발", "포터II", "아반떼"]), ")\n체납액: ").n("amount", AMT(g, 50, 3000)).t("\n근거: 「").n("statute", "지방세징수법」 제55조").t("\n납부 가상계좌: ")
    bank, _ = ACC(b, g, virtual=True); b.t(" (", bank, ")\n").n("office_title", g.c(["○○시장", "○○구청장", "○○군수"]))

@tpl("건강보험")
def t_hi(g, b):
    b.t("건강보험 자격득실 확인서\n\n가입자: "); P(b, g); b.t("\n생년월일: "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("\n증번호: "); S(b, "KR_HEALTH_INSURANCE", g.hi())
    b.t("\n사업장: ").n("company_name", g.c(COMPANIES)).t("\n\n피부양자\n")
    for _ in range(g.r.randint(1, 3)):
        b.t("  "); P(b, g); b.t(" ("); S(b, "DATE_OF_BIRTH", g.dob()); b.t(")\n")
    b.t("발급기관 ").n("office_title", "국민건강보험공단 이사장").t("  ").n("inst_phone", "1577-1000")

@tpl("민원")
def t_complaint(g, b):
    b.t("민원 접수 내역\n접수번호 ").n("receipt_number", f"{g.r.randint(1, 9)}AA-{g.r.randint(2401, 2612)}-{g.digits(7)}").t("\n신청인 "); P(b, g); b.t(" / "); S(b, "PHONE_NUMBER", g.mobile()); b.t(" / "); S(b, "EMAIL_ADDRESS", g.email(g.c(["portal", "gmail"])))
    b.t("\n주소 "); S(b, "KR_ADDRESS", g.address()); b.t("\n내용: ", g.c(["집 앞 가로등이 2주째 꺼져 있습니다.", "이웃집 공사 소음이 심합니다.", "버스 정류장 의자가 파손되었습니다."]))
    b.t("\n처리부서 ", g.c(["도로과", "환경과", "교통행정과"]), " / 담당 "); P(b, g); b.t(" 주무관 ("); S(b, "PHONE_NUMBER", g.official_line()); b.t(")")

@tpl("CCTV")
def t_cctv(g, b):
    b.t("영상정보 열람 청구서\n청구인  "); P(b, g); b.t("  생년월일 "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("\n연락처  "); S(b, "PHONE_NUMBER", g.mobile())
    b.t("\n열람 대상  ").n("date_not_birth", DATE(g)).t(" 18시~19시, 본인 차량 "); S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(" 접촉 사고 장면\n")
    b.t("본인 확인  운전면허증 ("); S(b, "KR_DRIVER_LICENSE", g.dl()); b.t(")\n관리책임자  ").n("office_title", g.c(["○○구청장", "○○시 교통정보센터장"]))

@tpl("보조금")
def t_subsidy(g, b):
    b.t("소상공인 경영안정 보조금 지급 결정\n")
    for _ in range(g.r.randint(2, 4)):
        b.t("· ", g.c(SHOPS), " (대표 "); P(b, g); b.t(", "); S(b, "KR_BRN", g.brn()); b.t(") → "); bank, _ = ACC(b, g); b.t(" ", bank, " ").n("amount", AMT(g, 50, 300, 10000)).t("\n")
    b.t("근거: ").n("doc_number", f"{g.c(['소상공인지원과', '일자리경제과'])}-{g.r.randint(100, 9999)}").t(" (").n("date_not_birth", DATE(g)).t(")")

@tpl("역학조사")
def t_epi(g, b):
    b.t("역학조사서(요약)\n\n확진자  "); P(b, g); b.t(" (", g.c(["남", "여"]), "/", str(g.r.randint(5, 88)), ")  생년월일 "); S(b, "DATE_OF_BIRTH", g.dob())
    b.t("\n연락처  "); S(b, "PHONE_NUMBER", g.mobile()); b.t("\n주소지  "); S(b, "KR_ADDRESS", g.address()); b.t("\n건강보험  "); S(b, "KR_HEALTH_INSURANCE", g.hi())
    b.t("\n접촉자  "); P(b, g); b.t("("); S(b, "PHONE_NUMBER", g.mobile()); b.t("), "); P(b, g); b.t("\n조사자  보건소 역학조사관 "); P(b, g)

@tpl("세무", 2)
def t_biz_change(g, b):
    b.t("법인 등기사항 변경 신고 확인\n상호: ").n("company_name", g.c(COMPANIES)).t("\n법인등록번호: "); S(b, "KR_CRN", g.crn()); b.t("\n사업자등록번호: "); S(b, "KR_BRN", g.brn())
    b.t("\n본점: "); S(b, "KR_ADDRESS", g.address()); b.t("\n대표이사: "); P(b, g); b.t(" → "); P(b, g); b.t(" (변경일 ").n("date_not_birth", DATE(g)).t(")\n감사: "); P(b, g)

@tpl("운전면허")
def t_dl_notice(g, b):
    b.t("운전면허 정지 처분 사전 통지서\n\n성명: "); P(b, g); b.t("\n생년월일: "); S(b, "DATE_OF_BIRTH", g.dob()); b.t("\n면허번호: "); S(b, "KR_DRIVER_LICENSE", g.dl())
    b.t("\n주소: "); S(b, "KR_ADDRESS", g.address()); b.t("\n\n벌점 ", str(g.r.randint(40, 120)), "점 누산으로 「").n("statute", "도로교통법」 제93조").t("에 따라 면허를 정지하고자 합니다.\n의견 제출 기한: ").n("date_not_birth", DATE(g)).t("\n").n("office_title", g.c(["○○경찰서장", "○○시·도경찰청장"]))

@tpl("표", 2)
def t_box_table(g, b):
    b.t("┌────┬────────┬──────────────┐\n")
    for _ in range(g.r.randint(3, 5)):
        b.t("│ "); P(b, g); b.t(" │ ")
        typ = g.c(["KR_PASSPORT", "DATE_OF_BIRTH", "KR_RRN", "CREDIT_CARD", "KR_FRN", "KR_CRN", "KR_DRIVER_LICENSE", "KR_HEALTH_INSURANCE"])
        gen = {"KR_PASSPORT": lambda: g.passport()[:2], "DATE_OF_BIRTH": lambda: g.dob(), "KR_RRN": lambda: g.rrn(),
               "CREDIT_CARD": lambda: g.card(), "KR_FRN": lambda: g.frn(), "KR_CRN": lambda: g.crn(), "KR_DRIVER_LICENSE": lambda: g.dl(),
               "KR_HEALTH_INSURANCE": lambda: g.hi()}[typ]
        S(b, typ, gen()); b.t(" │ "); S(b, "PHONE_NUMBER", g.mobile()); b.t(" │\n")
    b.t("└────┴────────┴──────────────┘")

@tpl("표", 2)
def t_aligned_table(g, b):
    for _ in range(g.r.randint(3, 6)):
        nm = g.kname() if g.r.random() < 0.7 else g.fname("lat")[0]
        P(b, g, nm); b.t(" " * max(2, 20 - len(nm)))
        S(b, "DATE_OF_BIRTH", g.dob(kind=g.c(["iso", "dot_pad", "yymmdd"]))); b.t("    ")
        S(b, "KR_PASSPORT", g.passport()[:2]); b.t("    ")
        bank, _ = ACC(b, g); b.t("  ", bank, "\n")

@tpl("근무기록")
def t_shift(g, b):
    b.t("청사 출입증 발급 대장\n")
    for _ in range(g.r.randint(3, 5)):
        b.t(g.c(["용역", "방문", "파견"]), ", "); P(b, g); b.t(", 소속 ").n("company_name", g.c(COMPANIES)).t(", 출입증 ").n("badge_number", f"T-{g.digits(5)}").t(", 차량 ")
        S(b, "KR_VEHICLE_PLATE", g.plate()); b.t(", 연락처 "); S(b, "PHONE_NUMBER", g.mobile()); b.t("\n")

@tpl("카드분실")
def t_card_loss(g, b):
    n = g.kname()
    b.t("습득물 인계 보고\n\n습득 일시: ").n("date_not_birth", DATE(g)).t("\n습득물: 지갑 1개(현금 ").n("amount", AMT(g, 1, 90)).t(")\n내용물: 신분증(")
    P(b, g, n); b.t(", 주민등록번호 "); S(b, "KR_RRN", g.rrn(g.c(["valid", "masked"]))); b.t("), 신용카드 "); S(b, "CREDIT_CARD", g.card()); b.t(", 체크카드 ")
    S(b, "CREDIT_CARD", g.card()); b.t("\n습득자: "); P(b, g); b.t(" ("); S(b, "PHONE_NUMBER", g.mobile()); b.t(")\n인계: ").n("office_title", "○○경찰서장")

@tpl("여권민원")
def t_passport_office(g, b):
    b.t("여권 발급 신청 접수 현황(", g.c(["재발급", "분실 재발급", "신규"]), ")\n")
    sep = g.c([" | ", "\t", " ; "])
    for _ in range(g.r.randint(3, 5)):
        P(b, g); b.t(sep); S(b, "DATE_OF_BIRTH", g.dob(kind=g.c(["dmy_en", "passport_kr_en", "dot_pad", "iso"]))); b.t(sep)
        if g.r.random() < 0.7:
            b.t("구여권 "); S(b, "KR_PASSPORT", g.passport(g.c(["kr_old", "kr_new", "masked"]))[:2]); b.t(sep)
        b.t(g.c(["접수", "발급완료", "교부대기"]), "\n")
    b.t("여권민원 문의 ").n("inst_phone", "02-733-2114").t("(대표)")

@tpl("계약서", 4)
def t_corp_list(g, b):
    b.t(g.c(["입찰 참가자격 등록 업체", "협상에 의한 계약 제안서 접수 현황", "하도급 업체 현황"]), "\n")
    sep = g.c([" | ", "\t", " / "])
    for i in range(g.r.randint(2, 4)):
        b.t(str(i + 1), sep).n("company_name", g.c(COMPANIES)).t(sep); S(b, "KR_CRN", g.crn()); b.t(sep); S(b, "KR_BRN", g.brn()); b.t(sep, "대표 "); P(b, g)
        if g.r.random() < 0.5:
            b.t(sep); S(b, "EMAIL_ADDRESS", g.email("company"))
        b.t("\n")
    b.t("공고번호 ").n("doc_number", f"R{g.r.randint(24, 26)}BK{g.digits(8)}-00")

@tpl("운전면허", 3)
def t_dl_roster(g, b):
    b.t(g.c(["관용차량 운전원 면허 확인 결과", "어린이 통학버스 운전자 자격 조회", "택시 운수종사자 자격 확인"]), "\n")
    for _ in range(g.r.randint(3, 5)):
        P(b, g); b.t(g.c(["  ", "\t", " | "])); S(b, "KR_DRIVER_LICENSE", g.dl()); b.t(g.c(["  ", "\t", " | "]), g.c(["1종 보통", "1종 대형", "2종 보통"]), g.c(["  ", "\t", " | "]))
        if g.r.random() < 0.5:
            S(b, "KR_VEHICLE_PLATE", g.plate(g.c(["commercial", "p3", "region"]))); b.t(g.c(["  ", "\t", " | "]))
        b.t(g.c(["유효", "적성검사 기간 경과", "정지 이력 있음"]), "\n")
    b.t("조회 근거: 「").n("statute", "도로교통법」 제52조").t("")

@tpl("출입국", 3)
def t_frn_roster(g, b):
    b.t(g.c(["외국인주민 생활지원금 신청자", "다문화가족 방문교육 대상자", "외국인 계절근로자 입국 명단"]), "\n")
    for i in range(g.r.randint(3, 5)):
        nm, nat = g.fname()
        b.t(f"{i + 1}) "); P(b, g, nm); b.t(", ", nat, ", 외국인등록번호 "); S(b, "KR_FRN", g.frn())
        if g.r.random() < 0.5:
            b.t(", 여권 "); S(b, "KR_PASSPORT", g.passport("foreign", nat)[:2])
        if g.r.random() < 0.4:
            b.t(", 건강보험 "); S(b, "KR_HEALTH_INSURANCE", g.hi())
        b.t("\n")

@tpl("건강보험", 2)
def t_hi_list(g, b):
    b.t(g.c(["직장가입자 자격취득 신고 명세", "피부양자 자격 상실 예정자", "보험료 경감 대상자"]), "\n")
    sep = g.c([" | ", "\t", ", "])
    for _ in range(g.r.randint(3, 5)):
        P(b, g); b.t(sep); S(b, "KR_HEALTH_INSURANCE", g.hi()); b.t(sep)
        if g.r.random() < 0.5:
            S(b, "KR_RRN", g.rrn()); b.t(sep)
        b.n("date_not_birth", DATE(g, style="iso")).t(" 취득\n")

@tpl("이메일", 2)
def t_survey(g, b):
    b.t(g.c(["정책 설문 경품 당첨자 안내", "온라인 공청회 사전 신청자", "뉴스레터 수신 동의자 추출"]), "\n")
    for _ in range(g.r.randint(3, 6)):
        b.t("- "); P(b, g); b.t(" <"); S(b, "EMAIL_ADDRESS", g.email(g.c(["portal", "gmail", "company"]))); b.t(">")
        if g.r.random() < 0.4:
            b.t(" "); S(b, "PHONE_NUMBER", g.mobile())
        b.t("\n")
    b.t("발송 계정: ").n("inst_email", g.c(["newsletter@korea.kr", "noreply@gov.kr"]))

@tpl("세무", 3)
def t_withholding(g, b):
    b.t(g.c(["사업소득 원천징수 명세", "강사료 지급 명세", "위원회 참석수당 지급 명세"]), "\n")
    sep = g.c([" | ", "\t", "  "])
    for _ in range(g.r.randint(3, 5)):
        P(b, g); b.t(sep); S(b, "KR_RRN", g.rrn(g.c(["valid", "valid", "masked"]))); b.t(sep)
        b.n("amount", AMT(g, 100, 900)); b.t(sep); bank, _ = ACC(b, g); b.t(sep, bank, "\n")
    b.t("※ 주민등록번호는 원천징수 신고 목적 외 사용 금지")

@tpl("민원", 2)
def t_card_prose(g, b):
    b.t("민원 회신(카드 이중결제)\n\n"); n = g.kname(); P(b, g, n); b.t(g.c([" 님께서", "님께서", " 씨가"]), " ").n("date_not_birth", DATE(g)).t(" 문의하신 체육센터 강습료 이중결제 건은 확인 결과, ")
    b.t(g.c(["신한카드", "국민카드", "삼성카드", "현대카드", "BC카드"]), " "); S(b, "CREDIT_CARD", g.card(masked=False)); b.t("로 ").n("amount", AMT(g, 3, 20, 10000)).t("이 두 번 승인된 것으로 나타났습니다. ")
    b.t("한 건은 취소하였고, 취소 내역은 "); S(b, "EMAIL_ADDRESS", g.email()); b.t("로 보내 드렸습니다. 다른 카드(")
    S(b, "CREDIT_CARD", g.card(masked=True)); b.t(")로 결제된 회원권 건은 이상이 없습니다.\n담당 "); P(b, g); b.t(" 주무관 ("); S(b, "PHONE_NUMBER", g.official_line()); b.t(")")

@tpl("접속로그", 2)
def t_ip_reply(g, b):
    b.t("게시판 작성자 정보 제공 회신\n\n요청기관 ").n("office_title", g.c(["○○경찰서장", "○○지방검찰청 검사장"])).t(" / 요청번호 ").n("doc_number", f"{g.r.randint(2024, 2026)}-수사-{g.digits(4)}").t("\n\n")
    for _ in range(g.r.randint(2, 4)):
        b.t("· 작성자 ID ").n("user_id", g.c(["blue", "sky", "moon", "river"]) + g.digits(3)).t(" / 성명 "); P(b, g); b.t(" / 접속 IP "); S(b, "IP_ADDRESS", g.ip())
        b.t(" / 가입 이메일 "); S(b, "EMAIL_ADDRESS", g.email(g.c(["portal", "gmail"]))); b.t("\n")
    b.t("서버 버전 ").n("version", f"{g.r.randint(2, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 40)}")

# no-PII templates ---------------------------------------------------------------
@tpl("공문", 3, nopii=True)
def t_np_notice(g, b):
    inst = INSTF(g)
    b.t(inst[0], "\n수신  ", g.c(["각 시·도지사", "수신자 참조", "각 부서장"]), "\n제목  ", g.c(["개인정보 보호 교육 실시 안내", "청사 보안 점검 일정 알림", "예산 조기집행 협조 요청"]), "\n\n")
    b.t("1. 관련: ").n("doc_number", DOC(g)).t("(").n("date_not_birth", DATE(g, style="dot")).t(")\n2. 「").n("statute", g.c(["개인정보 보호법」 제28조", "보안업무규정」 제4조", "국가재정법」 제88조"])).t("에 따라 아래와 같이 안내하니 협조하여 주시기 바랍니다.\n")
    b.t("  가. 대상: 소속 직원 전원\n  나. 기한: ").n("date_not_birth", DATE(g)).t("까지\n  다. 문의: ").n("office_title", g.c(["운영지원과장", "정보보호담당관"])).t("\n\n").n("office_title", INST_HEAD.get(inst[0], "○○시장")).t("\n\n").n("inst_address", inst[1]).t("  대표전화 ").n("inst_phone", inst[2])

@tpl("보도자료", 3, nopii=True)
def t_np_press(g, b):
    b.t("보도참고자료\n\n", g.c(["올해 상반기 외국인 고용허가 쿼터 배정 결과", "겨울철 한파 대비 취약계층 보호 대책", "공공기관 청렴도 평가 결과"]), "\n\n")
    off = g.c(OFFICES)
    b.n("office_title", off).t(josa(off, "은/는"), " ").n("date_not_birth", DATE(g)).t(" 관계부처 합동회의를 열고 대책을 확정했다고 밝혔다. 총 예산은 ").n("amount", AMT(g, 100, 900, 10000000)).t("이며 ")
    b.t("지원 대상은 약 ", str(g.r.randint(2, 90)), "만 명이다. 자세한 내용은 ").n("inst_phone", g.c(["110", "1350", "129"])).t(" 콜센터로 문의하면 된다.")

@tpl("세무", 2, nopii=True)
def t_np_tax_qa(g, b):
    b.t("[질의] 갑은 ").n("date_not_birth", DATE(g, 2015, 2020)).t(" 취득한 주택을 을에게 양도하였는바, 「").n("statute", "소득세법」 제89조 제1항 제3호").t("의 비과세 요건을 충족하는지\n")
    b.t("[회신] ").n("doc_number", f"서면-{g.r.randint(2020, 2025)}-법규재산-{g.r.randint(1000, 9999)}").t("(").n("date_not_birth", DATE(g, style="dot")).t(")를 참고하기 바랍니다. 양도가액 ").n("amount", AMT(g, 100, 900, 1000000)).t(" 및 ").n("placeholder_person", "A법인").t("과의 거래 여부는 사실판단 사항입니다.")


# ----------------------------------------------------------------------------- handwritten parsing
MARK = re.compile(r"⟦([A-Z_]+)(?:#([a-z_,]+))?:([^⟦⟧⟪⟫]*?)⟧|⟪([a-z_]+):([^⟦⟧⟪⟫]*?)⟫", re.S)
NUMERIC = {"PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "KR_BRN", "KR_FRN", "KR_CRN", "CREDIT_CARD",
           "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "IP_ADDRESS", "DATE_OF_BIRTH"}

def fill_check(typ, v):
    if "?" not in v and "!" not in v:
        return v
    mark = "?" if "?" in v else "!"
    fw = any("\uff10" <= c <= "\uff19" for c in v)
    d = norm_digits(v.replace(mark, ""))
    if typ == "KR_RRN":
        c = rrn_check(d[:12])
        if mark == "!":
            c = (c + 3) % 10
    elif typ == "KR_FRN":
        c = frn_check(d[:12])
    elif typ == "KR_BRN":
        c = brn_check(d[:9])
    elif typ == "KR_CRN":
        c = crn_check(d[:12])
    elif typ == "CREDIT_CARD":
        c = int(luhn_digit(d))
    else:
        raise ValueError(typ)
    ch = FW[str(c)] if fw else str(c)
    return v.replace(mark, ch)

def infer_noise(typ, v):
    tags = []
    if any("\uff10" <= c <= "\uff19" for c in v):
        tags.append("fullwidth_digits")
    if any(h in v for h in HYPHENS + ["—", "―"]):
        tags.append("unicode_hyphen")
    if "\n" in v:
        tags.append("newline_in_number" if typ in NUMERIC or typ in ("KR_PASSPORT", "KR_VEHICLE_PLATE") else "wrapped")
    if typ in NUMERIC | {"KR_PASSPORT"} and " " in v:
        if typ in ("KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "IP_ADDRESS", "KR_PASSPORT") or re.search(r" [-‐－–]|[-‐－–] |\d \d{1,2}(?!\d)", v):
            if typ != "DATE_OF_BIRTH":
                tags.append("space_in_number")
    if typ in NUMERIC - {"DATE_OF_BIRTH"} and re.search(r"[OolISB|]", v):
        tags.append("ocr_confusable")
    if typ == "KR_PASSPORT" and re.fullmatch(r"[A-Z]{1,2}.*", v) and re.search(r"\d[OlIS]|[OlIS]\d", v[2:]):
        tags.append("ocr_confusable")
    if typ in NUMERIC - {"DATE_OF_BIRTH"} and re.search("[공영일이삼사오육칠팔구]", v):
        tags.append("hangul_digits")
    if typ == "DATE_OF_BIRTH" and re.search("[천백십이삼사오육칠팔구]", v):
        tags.append("hangul_digits")
    if typ == "PERSON" and re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v):
        tags.append("spaced_name")
    return tags

def infer_sub(typ, v):
    if typ == "PERSON":
        return person_sub(v.replace(" ", "") if re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v) else v)
    n = norm_digits(v)
    if typ == "KR_RRN":
        if "*" in n:
            return "rrn_masked"
        return "rrn_valid" if rrn_check(n[:12]) == int(n[12]) else "rrn_post2020"
    if typ == "KR_FRN" and "*" in n:
        return "frn_masked"
    if typ == "KR_PASSPORT":
        a = unicodedata.normalize("NFKC", v).replace(" ", "").replace("\n", "")
        if re.search(r"[*X●]{2,}", a):
            return "passport_masked"
        if re.fullmatch(r"[MSRGD][0-9OlIS]{8}", a):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGD][0-9OlIS]{3}[A-Z][0-9OlIS]{4}", a):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "CREDIT_CARD":
        b = {"4": "visa", "5": "master", "2": "master2", "3": "amex" if n[:2] in ("34", "37") else ("jcb" if n[:2] == "35" else "diners"),
             "9": "bc", "6": "unionpay" if n[:2] == "62" else "discover"}.get(n[:1], "other")
        return "card_" + b + ("_masked" if "*" in n else "")
    if typ == "KR_BANK_ACCOUNT":
        a = unicodedata.normalize("NFKC", v)
        groups = [str(len(x)) for x in re.split(r"[-\s]+", a) if x]
        return "acct_" + "-".join(groups) + ("_masked" if "*" in n else "")
    if typ == "PHONE_NUMBER":
        return "mobile" if (n.startswith("010") or n.startswith("8210")) else "landline"
    if typ == "KR_DRIVER_LICENSE":
        return "dl_region" if re.match(r"[가-힣]", v) else "dl_num"
    if typ == "KR_ADDRESS":
        return "addr_jibun" if re.search(r"\d+-\d+ [가-힣]+(아파트|빌라|타운|맨션)", v) else "addr_road"
    return {"DATE_OF_BIRTH": "dob_hw", "KR_FRN": "frn_legacy", "KR_BRN": "brn", "KR_CRN": "crn", "KR_HEALTH_INSURANCE": "hi_11",
            "EMAIL_ADDRESS": "email", "IP_ADDRESS": "ip_v6" if ":" in v else "ip_v4", "KR_VEHICLE_PLATE": "plate"}.get(typ, typ.lower())

def parse_handwritten(src):
    text, spans, negs, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(src):
        plain = src[last:m.start()]
        text.append(plain); pos += len(plain)
        if m.group(1):
            typ, extra, val = m.group(1), m.group(2), m.group(3)
            assert typ in TYPES, typ
            val = fill_check(typ, val)
            tags = infer_noise(typ, val)
            if extra:
                tags += [t for t in extra.split(",") if t not in tags]
            spans.append([pos, pos + len(val), {"type": typ, "subkind": infer_sub(typ, val), "noise": tags}])
            text.append(val); pos += len(val)
        else:
            cat, val = m.group(4), m.group(5)
            negs.append([pos, pos + len(val), {"category": cat}])
            text.append(val); pos += len(val)
        last = m.end()
    text.append(src[last:])
    t = "".join(text)
    assert "⟦" not in t and "⟧" not in t and "⟪" not in t and "⟫" not in t, t[:80]
    return t, spans, negs


# ----------------------------------------------------------------------------- validation
SUSPECT = [
    ("mobile", re.compile(r"(?<![\d\w])(?:\+82[ -]?)?0?1[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－–]\s?[\d*●Xx]{7}(?!\d)")),
    ("card16", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("passport_kr", re.compile(r"(?<![A-Za-z0-9])[MSRGD](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])")),
    ("account_like", re.compile(r"(?<![\d-])\d{3,6}-\d{2,6}-\d{4,7}(?:-\d{1,3})?(?![\d-])")),
    ("plate", re.compile(r"(?<!\d)\d{2,3}[" + PLATE_P + PLATE_C + "하허호배]\s?\d{4}(?!\d)")),
    ("brn", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")),
]

def check_value(typ, sub, v):
    n = norm_digits(v)
    nf = unicodedata.normalize("NFKC", v)
    if typ == "KR_RRN":
        assert len(n) == 13, v
        yy, mm, dd, gd = int(n[:2]), int(n[2:4]), int(n[4:6]), n[6]
        assert 1 <= mm <= 12 and 1 <= dd <= 31 and gd in "1234", v
        if sub == "rrn_masked":
            assert n[7:] == "******", v
        elif sub == "rrn_valid":
            assert rrn_check(n[:12]) == int(n[12]), v
            year = (1900 if gd in "12" else 2000) + yy
            assert year < 2020 or (year == 2020 and mm < 10), v
        elif sub == "rrn_post2020":
            assert rrn_check(n[:12]) != int(n[12]), v
            assert gd in "34" and (yy > 20 or (yy == 20 and mm >= 10)), v
        else:
            raise AssertionError(sub)
    elif typ == "KR_FRN":
        assert len(n) == 13 and n[6] in "5678", v
        if sub == "frn_masked":
            assert n[7:] == "******", v
        else:
            assert frn_check(n[:12]) == int(n[12]), v
    elif typ == "KR_BRN":
        assert len(n) == 10 and brn_check(n[:9]) == int(n[9]), v
    elif typ == "KR_CRN":
        assert len(n) == 13 and crn_check(n[:12]) == int(n[12]), v
    elif typ == "CREDIT_CARD":
        assert len(n) in (14, 15, 16), v
        if "*" not in n:
            assert luhn_ok(n), v
    elif typ == "KR_PASSPORT":
        a = re.sub(r"\s", "", nf)
        assert 8 <= len(a) <= 10 and re.fullmatch(r"[A-Z0-9*X●lO]+", a), v
    elif typ == "KR_DRIVER_LICENSE":
        n = norm_digits(re.sub(r"^[가-힣]+\s?", "", nf))
        assert len(n) == 12 or (len(n) == 10 and re.match(r"[가-힣]{2,4}", nf)), v
    elif typ == "KR_VEHICLE_PLATE":
        c = "".join(CONF_BACK.get(ch, ch) for ch in re.sub(r"\s+", "", nf))
        assert re.fullmatch(r"(?:[가-힣]{2})?\d{2,3}[가-힣]\d{4}", c), v
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(n) == 11, v
    elif typ == "KR_BANK_ACCOUNT":
        assert 8 <= len(n) <= 16, v
    elif typ == "PHONE_NUMBER":
        assert 8 <= len(n) <= 14, v
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
    elif typ == "IP_ADDRESS":
        c = re.sub(r"\s+", "", nf).replace("l", "1").replace("O", "0")
        if ":" in c:
            assert re.fullmatch(r"[0-9a-fA-F:]+", c), v
        else:
            parts = "".join(CONF_BACK.get(ch, ch) for ch in c).split(".")
            assert len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts), v
    elif typ == "DATE_OF_BIRTH":
        assert re.search(r"\d|[천백십]", nf), v
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", nf) and nf[0] != "(" and nf[-1] not in "(,", v
    elif typ == "PERSON":
        for suf in ("씨", "님", "귀하", "과장", "주무관", "위원", "장관", "에게", "께서"):
            assert not (v.endswith(suf) and len(v) > 3 and re.fullmatch(r"[가-힣]+", v)), v
        assert not re.match(r"(성명|대표자|예금주)", v), v

def validate_record(rec, meta, planned_empty=False):
    t, spans = rec["text"], rec["spans"]
    errs = []
    last = -1
    for s, m in zip(spans, meta["spans"]):
        a, e = s["start"], s["end"]
        if not (0 <= a < e <= len(t)) or a < last:
            errs.append(f"bad bounds {s}")
        last = e
        v = t[a:e]
        if v != v.strip():
            errs.append(f"whitespace edge {v!r}")
        if v != m["value"]:
            errs.append("meta mismatch")
        try:
            check_value(s["type"], m["subkind"], v)
        except AssertionError as ex:
            errs.append(f"check {s['type']} {m['subkind']} {v!r}")
    covered = [(s["start"], s["end"]) for s in spans]
    negc = [(h["start"], h["end"]) for h in meta["hard_negatives"]]
    for h in meta["hard_negatives"]:
        for a, e in covered:
            if a < h["end"] and h["start"] < e:
                errs.append(f"neg overlaps span {h}")
    # every other occurrence of a labelled value is labelled
    for s in spans:
        v = t[s["start"]:s["end"]]
        i = t.find(v)
        while i != -1:
            if not any(a <= i and i + len(v) <= e for a, e in covered):
                if not any(a < i + len(v) and i < e for a, e in covered):
                    errs.append(f"unlabelled repeat {v!r} at {i}")
            i = t.find(v, i + 1)
    # PII-looking strings outside spans / tagged negatives
    for name, rx in SUSPECT:
        for m in rx.finditer(t):
            a, e = m.span()
            if any(x < e and a < y for x, y in covered + negc):
                continue
            errs.append(f"suspect {name} {m.group()!r}")
    if planned_empty and spans:
        errs.append("planned empty has spans")
    return errs


# ----------------------------------------------------------------------------- assembly
def make_record(rid, text, spans, negs, genre, template, handwritten, ocr):
    rec = {"id": rid, "text": text, "spans": [{"start": a, "end": e, "type": i["type"]} for a, e, i in spans], "genre": genre}
    meta = {"id": rid, "template": template, "genre": genre, "handwritten": handwritten, "ocr": ocr,
            "spans": [{"start": a, "end": e, "type": i["type"], "subkind": i["subkind"], "noise": i["noise"], "value": text[a:e]} for a, e, i in spans],
            "hard_negatives": [{"start": a, "end": e, "category": i["category"], "text": text[a:e]} for a, e, i in negs]}
    return rec, meta

def ocr_plain_noise(rng, b):
    new = []
    for x, kind, info in b.parts:
        if kind is None and len(x) > 8 and rng.random() < 0.35:
            idx = [i for i in range(1, len(x)) if "가" <= x[i - 1] <= "힣" and "가" <= x[i] <= "힣"]
            if idx:
                i = rng.choice(idx); x = x[:i] + " " + x[i:]
        new.append((x, kind, info))
    b.parts = new

def main():
    rng = random.Random(SEED)
    sys.path.insert(0, HERE)
    import handwritten
    recs = []
    # handwritten
    for i, (genre, ocr, src) in enumerate(handwritten.DOCS):
        text, spans, negs = parse_handwritten(src)
        recs.append(("hw_%03d" % (i + 1), genre, True, ocr, text, spans, negs, None))
    n_hw = len(recs)
    # templates
    total_w = sum(w for _, _, _, w, _ in TEMPLATES)
    target = int(os.environ.get("PII_BO_TEMPLATE_RECORDS", "300"))
    plan = []
    for name, genre, f, w, nopii in TEMPLATES:
        plan += [(name, genre, f, nopii)] * max(1, round(w * target / total_w))
    bad_total = 0
    for k, (name, genre, f, nopii) in enumerate(plan):
        for attempt in range(50):
            g = G(rng)
            ocr = rng.random() < 0.13 and not nopii
            b = B(rng, ocr=ocr, noise_rate=0.04)
            f(g, b)
            if ocr:
                ocr_plain_noise(rng, b)
            text, spans, negs = b.build(wrap=rng.choice([34, 40, 48]) if ocr and rng.random() < 0.6 else None)
            rec, meta = make_record("tmp", text, spans, negs, genre, name, False, ocr)
            errs = validate_record(rec, meta, nopii)
            if not errs:
                break
            bad_total += 1
            if os.environ.get("PII_BO_DEBUG"):
                print("retry", name, errs[:3])
        else:
            raise SystemExit(f"template {name} keeps failing: {errs}")
        recs.append((name, genre, False, ocr, text, spans, negs, nopii))
    order = list(range(len(recs)))
    rng.shuffle(order)
    out, metas, errors = [], [], []
    hw_src = {}
    for j, k in enumerate(order):
        tname, genre, hw, ocr, text, spans, negs, nopii = recs[k]
        rid = "pii_bo-%04d" % (j + 1)
        rec, meta = make_record(rid, text, spans, negs, genre, tname, hw, ocr)
        errs = validate_record(rec, meta, bool(nopii))
        if errs:
            errors.append((rid, tname, errs[:6]))
        out.append(rec); metas.append(meta)
    if errors:
        for e in errors:
            print("ERROR", e)
        raise SystemExit(f"{len(errors)} records failed validation")
    with open(os.path.join(HERE, "pii_bo.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_bo.meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    stats = compute_stats(out, metas)
    stats["template_retries"] = bad_total
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    reread_and_validate()
    print(json.dumps({k: stats[k] for k in ("records", "spans", "no_pii_records", "handwritten_records", "ocr_records", "templates_used", "spans_by_type")}, ensure_ascii=False, indent=0))

def compute_stats(out, metas):
    st = {"records": len(out), "spans": sum(len(r["spans"]) for r in out),
          "no_pii_records": sum(1 for r in out if not r["spans"]),
          "handwritten_records": sum(1 for m in metas if m["handwritten"]),
          "ocr_records": sum(1 for m in metas if m["ocr"]),
          "templates_used": len({m["template"] for m in metas if not m["handwritten"]})}
    c = collections.Counter(); sk = collections.Counter(); nz = collections.Counter(); gen = collections.Counter()
    gen_sp = collections.Counter(); gen_np = collections.Counter(); hn = collections.Counter(); hw_sp = collections.Counter()
    noisy = 0
    for r, m in zip(out, metas):
        gen[r["genre"]] += 1; gen_sp[r["genre"]] += len(r["spans"])
        if not r["spans"]:
            gen_np[r["genre"]] += 1
        for s in m["spans"]:
            c[s["type"]] += 1; sk[s["type"] + "/" + s["subkind"]] += 1
            if m["handwritten"]:
                hw_sp[s["type"]] += 1
            if s["noise"]:
                noisy += 1
            for z in s["noise"]:
                nz[z] += 1
        for h in m["hard_negatives"]:
            hn[h["category"]] += 1
    st.update({"spans_by_type": dict(sorted(c.items())), "spans_by_subkind": dict(sorted(sk.items())),
               "noise_tags": dict(sorted(nz.items())), "noisy_spans": noisy,
               "records_by_genre": {g: [gen[g], gen_np[g], gen_sp[g]] for g in sorted(gen)},
               "hard_negatives": dict(sorted(hn.items())), "handwritten_spans_by_type": dict(sorted(hw_sp.items()))})
    return st

def reread_and_validate():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "pii_bo.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "pii_bo.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    ids = set()
    for r, m in zip(recs, metas):
        assert set(r) == {"id", "text", "spans", "genre"} and r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
        assert [(s["start"], s["end"], s["type"]) for s in r["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        assert r["spans"] == sorted(r["spans"], key=lambda s: (s["start"], s["end"]))
        errs = validate_record(r, m)
        assert not errs, (r["id"], errs)
    st = compute_stats(recs, metas)
    for t in TYPES:
        need = 120 if t in ("KR_PASSPORT", "KR_BANK_ACCOUNT", "CREDIT_CARD", "DATE_OF_BIRTH") else 80
        assert st["spans_by_type"].get(t, 0) >= need, (t, st["spans_by_type"].get(t, 0))
    assert st["records"] >= 400 and st["handwritten_records"] >= 150 and st["templates_used"] >= 40
    print("re-read validation OK:", len(recs), "records")

if __name__ == "__main__":
    main()
