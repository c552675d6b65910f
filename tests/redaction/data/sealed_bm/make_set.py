#!/usr/bin/env python3
"""pii_bm: independent evaluation set for Korean public-sector PII detection.

Standard library only. Deterministic (random.Random("pii_bm-2026")).
Writes pii_bm.jsonl, pii_bm.meta.jsonl, stats.json, then re-reads and validates.

Markup used both by handwritten.py and by the templates below:
  ⟦TYPE:value⟧          gold span (value is exactly the text that appears)
  ⟦TYPE#tag,tag:value⟧  gold span with explicit noise tags
  ⟪category:text⟫       tagged hard negative (not PII, recorded in meta)
"""
import json, os, re, sys, random, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import handwritten  # noqa: E402

R = random.Random("pii_bm-2026")
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]

# ----------------------------------------------------------------- markup
MARK = re.compile(r"⟦([A-Z_]+)(?:#([a-z_,]+))?:(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)


def S(t, v, *tags):
    assert t in TYPES, t
    return "⟦%s%s:%s⟧" % (t, ("#" + ",".join(tags)) if tags else "", v)


def N(cat, v):
    return "⟪%s:%s⟫" % (cat, v)


def parse(marked):
    out, spans, negs, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        if m.group(1):
            v = m.group(3)
            assert "⟦" not in v and "⟪" not in v, v
            spans.append({"start": start, "end": start + len(v), "type": m.group(1),
                          "tags": [t for t in (m.group(2) or "").split(",") if t], "value": v})
            out.append(v)
        else:
            v = m.group(5)
            negs.append({"start": start, "end": start + len(v), "category": m.group(4), "text": v})
            out.append(v)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⟪" not in text and "⟫" not in text, text[:200]
    return text, spans, negs


# ----------------------------------------------------------------- checksums
def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def brn_valid(d):
    if len(d) != 10:
        return False
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return (10 - s % 10) % 10 == int(d[9])


def brn_make(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return d9 + str((10 - s % 10) % 10)


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


# ----------------------------------------------------------------- pools
SUR = list("김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈단견당화창")
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIV = list("민서지현수준우예진하윤도영재훈성연혜은정희경미숙철호동석태상원주나래보람슬기다솔한별겨울새봄유아인세환규찬혁빈채린소율시온태오건희용범창욱종길명순옥자")
FOREIGN_LATIN = ["NGUYEN VAN HUNG", "TRAN THI LAN", "Maria Santos", "Olga Petrova", "Bakhodir Rakhimov",
                 "WANG XIAOMING", "LIU FANG", "Ahmed Karim", "John Whitfield", "Emily Carter",
                 "SOMCHAI PRASERT", "Dilnoza Yusupova", "Rahul Mehta", "PHAM MINH DUC", "Ana Lucia Reyes",
                 "Batbayar Ganbold", "Siti Nurhaliza Binti Omar", "Juan dela Cruz Ramos", "Kenji Watanabe",
                 "HOANG THI MAI", "Pierre Lambert", "Anna Schmidt", "Rustam Nazarov", "Thida Win",
                 "Mohammad Rafiq Hossain", "Sokha Chan", "Aigerim Bekova", "Lucas Oliveira", "Nadia Haddad"]
FOREIGN_HANGUL = ["응우옌 반 훙", "쩐 티 란", "마리아 산토스", "올가 페트로바", "바호디르 라히모프", "왕샤오밍", "류팡",
                  "아메드 카림", "존 휘트필드", "솜차이 쁘라셋", "딜노자 유수포바", "라훌 메타", "팜 민 득",
                  "바트바야르 간볼드", "시티 누르할리자", "후안 델라크루스", "와타나베 겐지", "호앙 티 마이",
                  "피에르 랑베르", "안나 슈미트", "루스탐 나자로프", "티다 윈", "소카 찬", "아이게림 베코바"]
PLACEHOLDERS = ["홍길동", "김○○", "이○○", "박**", "정 모 씨", "최△△", "갑", "을", "A씨", "B씨"]


GIVEN2 = ("민준 서준 도윤 예준 시우 하준 지호 주원 지후 준우 준서 건우 현우 우진 선우 서진 연우 유준 정우 승우 승현 시윤 준혁 은우 지환 "
          "승민 지우 유찬 윤우 민성 준영 시후 진우 지원 수호 재윤 시현 동현 태윤 민재 서윤 서연 지유 하은 하윤 민서 지민 채원 수아 지아 "
          "윤서 다은 예은 수빈 지안 소율 예린 하린 가은 서아 예원 유나 채은 민지 수연 영숙 정희 미경 순자 영자 옥순 정숙 영희 명숙 경숙 "
          "상철 영수 영호 정호 성호 광수 동수 재석 경호 철민 태식 종길 병철 현숙 미숙 은정 혜진 지영 선영 미영 정민 성민 상훈 동욱").split()
GIVEN1 = list("솔담결윤혁란훈빈찬별")


def kname():
    s = R.choice(SUR2) if R.random() < 0.07 else R.choice(SUR)
    if R.random() < 0.05:
        return s + R.choice(GIVEN1)
    return s + R.choice(GIVEN2)


FOREIGN_PEOPLE = [("NGUYEN VAN HUNG", "응우옌 반 훙", "베트남"), ("TRAN THI LAN", "쩐 티 란", "베트남"), ("PHAM MINH DUC", "팜 민 득", "베트남"),
                  ("HOANG THI MAI", "호앙 티 마이", "베트남"), ("Maria Santos", "마리아 산토스", "필리핀"), ("Juan dela Cruz Ramos", "후안 델라크루스", "필리핀"),
                  ("Olga Petrova", "올가 페트로바", "러시아"), ("Bakhodir Rakhimov", "바호디르 라히모프", "우즈베키스탄"), ("Dilnoza Yusupova", "딜노자 유수포바", "우즈베키스탄"),
                  ("Rustam Nazarov", "루스탐 나자로프", "우즈베키스탄"), ("WANG XIAOMING", "왕샤오밍", "중국"), ("LIU FANG", "류팡", "중국"),
                  ("SOMCHAI PRASERT", "솜차이 쁘라셋", "태국"), ("Batbayar Ganbold", "바트바야르 간볼드", "몽골"), ("Siti Nurhaliza", "시티 누르할리자", "인도네시아"),
                  ("Sokha Chan", "소카 찬", "캄보디아"), ("Thida Win", "티다 윈", "미얀마"), ("Rahul Mehta", "라훌 메타", "인도"),
                  ("Aigerim Bekova", "아이게림 베코바", "카자흐스탄"), ("Mohammad Rafiq Hossain", "모하마드 라피크 호세인", "방글라데시"),
                  ("Bishnu Thapa Magar", "비슈누 타파 마가르", "네팔"), ("Kenji Watanabe", "와타나베 겐지", "일본"), ("Anna Schmidt", "안나 슈미트", "독일"),
                  ("Pierre Lambert", "피에르 랑베르", "프랑스"), ("John Whitfield", "존 휘트필드", "영국"), ("Emily Carter", "에밀리 카터", "미국"),
                  ("Nimal Perera", "니말 페레라", "스리랑카"), ("Daniyar Seitkali", "다니야르 세이트칼리", "카자흐스탄")]


def fperson(script=None):
    lat, han, c = R.choice(FOREIGN_PEOPLE)
    if script == "latin" or (script is None and R.random() < 0.6):
        return lat, c
    return han, c


def fname(script=None):
    if script == "latin" or (script is None and R.random() < 0.5):
        return R.choice(FOREIGN_LATIN)
    return R.choice(FOREIGN_HANGUL)


def mobile(style=None):
    a, b = R.randint(1000, 9999), R.randint(1000, 9999)
    st = style or R.choice(["-", "-", "-", " ", "", ".", "+82"])
    if st == "+82":
        return "+82-10-%d-%d" % (a, b)
    return "010%s%d%s%d" % (st, a, st, b)


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline():
    ar = R.choice(AREA)
    mid = R.randint(200, 999) if ar == "02" and R.random() < 0.4 else R.randint(2000, 9999)
    return "%s-%d-%04d" % (ar, mid, R.randint(0, 9999))


def phone070():
    return "070-%d-%04d" % (R.randint(4000, 8999), R.randint(0, 9999))


def inst_phone():
    return R.choice(["044-%d-%04d" % (R.randint(200, 215), R.randint(1000, 9999)),
                     "1588-%04d" % R.randint(0, 9999), "1577-%04d" % R.randint(0, 9999),
                     "1644-%04d" % R.randint(0, 9999), "1899-%04d" % R.randint(0, 9999)])


ROM = ["minji", "jhpark", "sykim", "hana.lee", "dkchoi", "jiwoo", "yoon.sh", "kwon88", "mhjung", "seoyeon",
       "taehoon", "yj.han", "bora_oh", "sunmi", "hyuk.shin", "gaeun", "jsyoo", "leejw", "ck.moon", "nara"]
DOM = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "korea.kr", "outlook.com",
       "hanbit-eng.co.kr", "seoul.go.kr", "yahoo.co.kr", "proton.me", "snu.ac.kr", "mail.kr"]


def email():
    return "%s%s@%s" % (R.choice(ROM), R.choice(["", str(R.randint(1, 99)), str(R.randint(1970, 2004))]), R.choice(DOM))


SIDO = [("서울특별시", "서울", ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "동대문구", "성북구"]),
        ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천", ["남동구", "부평구", "연수구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "울주군"]),
        ("경기도", "경기", ["수원시 영통구", "성남시 분당구", "고양시 일산동구", "화성시", "평택시", "파주시", "용인시 기흥구", "김포시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "당진시"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시"]),
        ("경상북도", "경북", ["포항시 북구", "구미시", "경주시", "안동시"]),
        ("경상남도", "경남", ["창원시 의창구", "김해시", "진주시", "양산시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROAD = ["솔빛로", "은행나무길", "새말로", "한우물로", "별내로", "가람길", "푸른숲로", "매봉로", "미리내길", "다솜로",
        "햇살로", "느티로", "청보리길", "바람개비로", "노을로", "모래내로", "산수유길", "두레로", "물빛로", "상록로"]
DONG = ["신촌동", "상리", "중앙동", "하나동", "봉덕동", "월계동", "송정동", "내곡동", "구암리", "사직동"]
APT = ["한빛아파트", "푸른마을", "e편한세상", "행복주택", "소망빌라", "해오름맨션"]


def address(style=None):
    full, short, gus = R.choice(SIDO)
    gu = R.choice(gus)
    st = style or R.choice(["road", "road", "road_short", "from_gu", "jibun"])
    unit = R.choice(["", ", %d동 %d호" % (R.randint(101, 115), R.randint(101, 1504)), ", %d층" % R.randint(2, 9),
                     " %d호" % R.randint(101, 905), ", 지하1층"])
    if st == "jibun":
        return "%s %s %s %d-%d%s" % (full if R.random() < 0.5 else short, gu, R.choice(DONG), R.randint(1, 999),
                                    R.randint(1, 40), (" " + R.choice(APT) + unit.lstrip(",")) if unit and R.random() < 0.5 else unit)
    road = "%s %d%s" % (R.choice(ROAD), R.randint(1, 380), ("번길 %d" % R.randint(1, 60)) if R.random() < 0.3 else "")
    if st == "road_short":
        return "%s %s %s%s" % (short, gu, road, unit)
    if st == "from_gu":
        return "%s %s%s" % (gu, road, unit)
    return "%s %s %s%s" % (full, gu, road, unit)


def addr_ref():
    return "(%s%s)" % (R.choice(DONG), (", " + R.choice(APT)) if R.random() < 0.5 else "")


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def rdate(y0=1950, y1=2005):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob(style=None):
    y, m, d = rdate()
    st = style or R.choice(["dot", "dotpad", "kor", "iso", "short", "six", "slash", "eng", "kor_nospace", "dotnosp", "kor_short", "kor", "dot"])
    return {"dot": "%d. %d. %d." % (y, m, d), "dotpad": "%d.%02d.%02d." % (y, m, d),
            "kor": "%d년 %d월 %d일" % (y, m, d), "iso": "%d-%02d-%02d" % (y, m, d),
            "short": "%02d.%02d.%02d" % (y % 100, m, d), "six": "%02d%02d%02d" % (y % 100, m, d),
            "slash": "%d/%02d/%02d" % (y, m, d), "eng": "%02d %s %d" % (d, MON[m - 1], y),
            "kor_nospace": "%d년%d월%d일" % (y, m, d), "dotnosp": "%d.%d.%d" % (y, m, d), "kor_short": "%02d년 %d월 %d일" % (y % 100, m, d)}[st]


def rrn(kind="valid"):
    if kind == "post2020":
        y, m, d = R.randint(2020, 2024), R.randint(1, 12), R.randint(1, 28)
        if y == 2020 and m < 10:
            m = R.randint(10, 12)
        g = R.choice("34")
        body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, "".join(R.choice("0123456789") for _ in range(5)))
        c = (rrn_check(body) + R.randint(1, 9)) % 10
        return body[:6] + "-" + body[6:] + str(c)
    y, m, d = rdate(1940, 2015)
    if y >= 2000:
        g = R.choice("34")
    else:
        g = R.choice("12")
    body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, "".join(R.choice("0123456789") for _ in range(5)))
    full = body[:6] + "-" + body[6:] + str(rrn_check(body))
    if kind == "masked":
        ch = R.choice(["*", "*", "●", "X", "x"])
        return full[:8] + ch * 6
    return full


def frn():
    y, m, d = rdate(1960, 2005)
    g = R.choice("56") if y < 2000 else R.choice("78")
    org = "%02d" % (R.randint(10, 60) // 2 * 2)
    body = "%02d%02d%02d%s%s%s%s" % (y % 100, m, d, g, org, "%02d" % R.randint(0, 99), R.choice("6789"))
    return body[:6] + "-" + body[6:] + str(frn_check(body))


def brn():
    d = brn_make("%03d%02d%04d" % (R.randint(101, 899), R.choice([1, 5, 8, 81, 86, 87, 88, 11, 29, 31]), R.randint(0, 9999)))
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:])


def crn():
    body = "%04d%02d%06d" % (R.choice([1101, 1101, 1301, 1311, 1345, 1201, 1601, 1801, 2301]), R.choice([11, 11, 71, 15]), R.randint(0, 999999))
    return body[:6] + "-" + body[6:] + str(crn_check(body))


CARD_PREFIX = {"visa": ["4"], "master": ["51", "52", "53", "54", "55", "2221", "2720"], "amex": ["34", "37"],
               "jcb": ["3528", "3566", "3589"], "bc": ["9410", "9420", "9490"], "unionpay": ["6210", "6250"],
               "diners": ["36"], "discover": ["6011"], "local": ["9430", "9460"]}


def card(brand=None, sep=None):
    brand = brand or R.choice(list(CARD_PREFIX))
    p = R.choice(CARD_PREFIX[brand])
    ln = 15 if brand == "amex" else 14 if brand == "diners" else 16
    d = p + "".join(R.choice("0123456789") for _ in range(ln - 1 - len(p)))
    d = luhn_complete(d)
    sep = sep if sep is not None else R.choice(["-", "-", " ", ""])
    if ln == 15:
        g = [d[:4], d[4:10], d[10:]]
    elif ln == 14:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g), brand


def card_masked():
    c, b = card(R.choice(["visa", "master", "bc", "local", "jcb"]), "-")
    style = R.choice(["mid", "mid8", "tail"])
    g = c.split("-")
    if style == "mid":
        g[1] = g[1][:2] + "**"
        g[2] = "****"
    elif style == "mid8":
        g[1] = "****"
        g[2] = "****"
    else:
        g[3] = "****"
        g[2] = "****"
    return "-".join(g)


def _d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


BANKS = [("KB국민은행", lambda: "%s-%s-%s" % (_d(6), R.choice(["01", "02", "04", "21", "24"]), _d(6))),
         ("KB국민은행", lambda: "%s-%s-%s-%s" % (_d(3), _d(2), _d(4), _d(3))),
         ("신한은행", lambda: "1%s-%s-%s" % (_d(2), _d(3), _d(6))),
         ("우리은행", lambda: "1002-%s-%s" % (_d(3), _d(6))),
         ("하나은행", lambda: "%s-%s-%s" % (_d(3), _d(6), _d(5))),
         ("NH농협은행", lambda: "3%s-%s-%s-%s" % (_d(2), _d(4), _d(4), _d(2))),
         ("NH농협은행", lambda: "301-%s-%s-%s" % (_d(4), _d(4), _d(2))),
         ("NH농협은행", lambda: "%s-%s-%s" % ("35" + _d(4), "52", _d(6))),
         ("IBK기업은행", lambda: "%s-%s-%s-%s" % (_d(3), _d(6), "0" + _d(1), _d(3))),
         ("SC제일은행", lambda: "%s-%s-%s" % (_d(3), _d(2), _d(6))),
         ("카카오뱅크", lambda: "3333-%s-%s" % (_d(2), _d(7))),
         ("토스뱅크", lambda: "1000-%s-%s" % (_d(4), _d(4))),
         ("케이뱅크", lambda: "100-%s-%s" % (_d(3), _d(6))),
         ("우체국", lambda: "%s-%s-%s" % ("01" + _d(4), "02", _d(6))),
         ("새마을금고", lambda: "9002-%s-%s-%s" % (_d(4), _d(4), _d(1))),
         ("신협", lambda: "1310%s-%s-%s" % (_d(2), _d(2), _d(6))),
         ("수협은행", lambda: "%s-%s-%s" % (_d(4), _d(4), _d(4))),
         ("부산은행", lambda: "1%s-%s-%s-%s" % (_d(2), _d(4), _d(4), _d(2))),
         ("iM뱅크(대구)", lambda: "5%s-%s-%s-%s" % (_d(2), _d(2), _d(6), _d(1))),
         ("경남은행", lambda: "2%s-%s-%s" % (_d(2), _d(4), _d(7))),
         ("광주은행", lambda: "1%s-%s-%s" % (_d(2), _d(3), _d(6))),
         ("전북은행", lambda: "1%s-%s-%s" % (_d(2), _d(2), _d(7))),
         ("제주은행", lambda: "%s-%s-%s" % (_d(2), _d(2), _d(6))),
         ("산업은행", lambda: "%s-%s-%s" % (_d(3), _d(4), _d(7))),
         ("씨티은행", lambda: "%s-%s-%s" % (_d(3), _d(5), _d(3))),
         ("키움증권(증권계좌)", lambda: "%s-%s" % (_d(8), _d(2))),
         ("미래에셋증권(증권계좌)", lambda: "%s-%s" % (_d(3), _d(8))),
         ("한국투자증권(증권계좌)", lambda: "%s-%s" % (_d(8), _d(2))),
         ("가상계좌(우리)", lambda: "2" + _d(13)),
         ("가상계좌(농협)", lambda: "790" + _d(11)),
         ]


def account(nohyphen=None):
    b, f = R.choice(BANKS)
    v = f()
    if nohyphen or (nohyphen is None and R.random() < 0.2):
        v = v.replace("-", "")
    return b, v


def passport(kind=None, country=None):
    kind = kind or R.choice(["kr_old", "kr_new", "kr_new", "foreign", "foreign", "masked"])
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "kr_old":
        return R.choice("MMMMSGDR") + _d(8), "kr_old", "대한민국"
    if kind == "kr_new":
        return R.choice("MMMMSGDR") + _d(3) + R.choice(L) + _d(4), "kr_new", "대한민국"
    if kind == "masked":
        p = R.choice(["M" + _d(8), "M" + _d(3) + R.choice(L) + _d(4)])
        st = R.randint(0, 2)
        p = [p[:5] + "****", p[:3] + "****" + p[7:], p[0] + "*****" + p[6:]][st]
        return p, "masked", "대한민국"
    choices = [("중국", lambda: "E" + _d(8)), ("중국", lambda: "EA" + _d(7)), ("베트남", lambda: R.choice("BCN") + _d(7)),
                     ("필리핀", lambda: "P" + _d(7) + R.choice("ABC")), ("미국", lambda: R.choice("56") + _d(8)),
                     ("일본", lambda: R.choice(["TK", "TR", "MZ"]) + _d(7)), ("우즈베키스탄", lambda: R.choice(["AA", "FA", "AD"]) + _d(7)),
                     ("태국", lambda: R.choice(["AA", "AB"]) + _d(7)), ("인도네시아", lambda: R.choice("ABCX") + _d(7)),
                     ("몽골", lambda: "E" + _d(7)), ("네팔", lambda: "PA" + _d(7)), ("캄보디아", lambda: "N" + _d(8)),
                     ("러시아", lambda: "7" + _d(8)), ("영국", lambda: "1" + _d(8)), ("일본", lambda: "TZ" + _d(7)), ("미국", lambda: "A" + _d(8)), ("독일", lambda: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
                     ("프랑스", lambda: _d(2) + R.choice(L) + R.choice(L) + _d(5)), ("인도", lambda: R.choice("JKLMNPRSTUVWZ") + _d(7)),
                     ("미얀마", lambda: "M" + R.choice(["A", "B", "C"]) + _d(6)), ("카자흐스탄", lambda: "N" + _d(8)),
                     ("스리랑카", lambda: "N" + _d(7)), ("방글라데시", lambda: R.choice(["A", "B", "EB"]) + _d(7))]
    if country:
        fs = [x for x in choices if x[0] == country]
        if fs:
            c, f = R.choice(fs)
            return f(), "foreign", c
    c, f = R.choice(choices)
    return f(), "foreign", c


DLREG = ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"]
DLCODE = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16, "전북": 17, "전남": 18, "경북": 19,
          "경남": 20, "제주": 21, "대구": 22, "인천": 23, "광주": 24, "대전": 25, "울산": 26}


def dl(style=None):
    reg = R.choice(DLREG)
    yy, ser, tail = "%02d" % R.choice(list(range(0, 25)) + list(range(85, 100))), _d(6), _d(2)
    st = style or R.choice(["num", "num", "name", "name_nosp", "plain"])
    if st == "num":
        return "%d-%s-%s-%s" % (DLCODE[reg], yy, ser, tail)
    if st == "name":
        return "%s %s-%s-%s" % (reg, yy, ser, tail)
    if st == "name_nosp":
        return "%s%s-%s-%s" % (reg, yy, ser, tail)
    return "%d%s%s%s" % (DLCODE[reg], yy, ser, tail)


PLATE_H = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def plate(style=None):
    st = style or R.choice(["2", "3", "3", "region", "commercial", "rental", "nosp"])
    if st == "2":
        return "%02d%s %04d" % (R.randint(10, 99), R.choice(PLATE_H), R.randint(1000, 9999))
    if st == "3":
        return "%d%s %04d" % (R.randint(100, 399), R.choice(PLATE_H), R.randint(1000, 9999))
    if st == "region":
        return "%s %02d%s %04d" % (R.choice(DLREG), R.randint(10, 99), R.choice(PLATE_H), R.randint(1000, 9999))
    if st == "commercial":
        return "%s %02d%s %04d" % (R.choice(DLREG), R.randint(70, 79), R.choice("바사아자배"), R.randint(1000, 9999))
    if st == "rental":
        return "%02d%s %04d" % (R.randint(10, 99), R.choice("하허호"), R.randint(1000, 9999))
    return "%d%s%04d" % (R.randint(100, 399), R.choice(PLATE_H), R.randint(1000, 9999))


def hi(style=None):
    d = R.choice("1235678") + _d(10)
    st = style or R.choice(["plain", "plain", "dash"])
    return d if st == "plain" else "%s-%s" % (d[:1], d[1:])


def ip(kind=None):
    kind = kind or R.choice(["pub", "pub", "priv", "v6"])
    if kind == "pub":
        return "%d.%d.%d.%d" % (R.choice([14, 27, 39, 58, 61, 110, 112, 118, 121, 175, 211, 220, 223]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if kind == "priv":
        return R.choice(["192.168.%d.%d", "10.20.%d.%d", "172.16.%d.%d"]) % (R.randint(0, 30), R.randint(2, 254))
    return "2001:db8:%x:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))


# ----------------------------------------------------------------- noise
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}


def noisy(v, kinds=None):
    """Return (noisy value, tags)."""
    kinds = kinds or [R.choice(["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_confusable", "space_around_hyphen"])]
    tags = []
    for k in kinds:
        if k == "fullwidth_digits":
            v2 = v.translate(FW)
        elif k == "unicode_hyphen":
            v2 = v.replace("-", R.choice(["‐", "－", "–"]))
        elif k == "space_in_number":
            idx = [i for i in range(1, len(v) - 1) if v[i].isdigit() and v[i - 1].isdigit()]
            if not idx:
                continue
            i = R.choice(idx)
            v2 = v[:i] + " " + v[i:]
        elif k == "space_around_hyphen":
            v2 = v.replace("-", " - ", 1) if "-" in v else v
        elif k == "newline_in_number":
            idx = [i for i in range(2, len(v) - 2) if v[i] not in " \n"]
            if not idx:
                continue
            i = R.choice(idx)
            v2 = v[:i] + "\n" + v[i:]
        elif k == "ocr_confusable":
            idx = [i for i in range(len(v)) if v[i] in CONF and i > 0]
            if not idx:
                continue
            i = R.choice(idx)
            v2 = v[:i] + CONF[v[i]] + v[i + 1:]
        else:
            raise ValueError(k)
        if v2 != v:
            tags.append(k)
            v = v2
    return v, tags


def SN(t, v, p=1.0, kinds=None):
    """span with noise applied with probability p"""
    if R.random() < p:
        v, tags = noisy(v, kinds)
        return S(t, v, *tags)
    return S(t, v)


# ----------------------------------------------------------------- templates
# hard-negative helpers ---------------------------------------------------
INST = [("행정안전부", "세종특별자치시 정부2청사로 13 정부세종청사 7동"), ("국민권익위원회", "세종특별자치시 도움5로 20 정부세종청사 7동"),
        ("고용노동부", "세종특별자치시 한누리대로 422 정부세종청사 11동"), ("법무부 출입국·외국인정책본부", "경기도 과천시 관문로 47 정부과천청사 1동"),
        ("한빛시청", "경기도 한빛시 시청로 101"), ("푸른구청", "서울특별시 푸른구 구청로 55"), ("새솔군청", "충청남도 새솔군 군청길 9"),
        ("한누리도교육청", "전라남도 무안군 삼향읍 어진누리길 10"), ("국세청 가온세무서", "대전광역시 서구 둔산북로 77 가온세무서"),
        ("한국다온공단", "강원특별자치도 원주시 건강로 32"), ("해솔경찰서", "경상북도 해솔시 중앙대로 310"),
        ("바다시 보건소", "부산광역시 바다구 보건로 18"), ("가람지방법원", "대구광역시 수성구 동대구로 364"),
        ("누리출입국·외국인사무소", "인천광역시 중구 서해대로 393")]
OFFICE = ["행정안전부장관", "한빛시장", "푸른구청장", "가온세무서장", "누리출입국·외국인사무소장", "해솔경찰서장", "한누리도교육감",
          "국민권익위원회 위원장", "고용노동부장관(외국인력담당관)", "새솔군수", "바다시 보건소장"]
COMP = ["(주)한별테크", "주식회사 다온건설", "누리소프트(주)", "(유)가람물산", "(주)솔빛엔지니어링", "햇살푸드 주식회사", "(합)미리내운수",
        "주식회사 청보리", "(주)바람개비물류", "노을산업(주)"]
STAT = ["「개인정보 보호법」 제15조 제1항", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「출입국관리법」 제31조",
        "「도로교통법」 제44조 제1항", "「국가공무원법」 제78조", "「소득세법」 제89조 제1항 제3호", "「민원 처리에 관한 법률」 제27조",
        "「외국인근로자의 고용 등에 관한 법률」 제8조", "같은 법 시행령 제9조 제1항", "「공탁법」 제4조", "「의료법」 제21조",
        "「초·중등교육법」 제25조", "「국민건강보험법」 제5조", "「여권법」 제9조"]


def inst():
    return R.choice(INST)


def docno(dept=None):
    return N("doc_no", "%s-%d" % (dept or R.choice(["운영지원과", "민원봉사과", "체류관리과", "복지정책과", "교통행정과", "감사담당관", "인사과", "세원관리과"]), R.randint(100, 9999)))


def recno():
    return N("receipt_no", R.choice(["1AA-%02d%02d-%07d" % (R.randint(23, 25), R.randint(1, 12), R.randint(0, 9999999)),
                                     "%04d-%d-%06d" % (R.randint(1101, 4999), R.randint(2021, 2025), R.randint(0, 999999)),
                                     "2025%06d-00" % R.randint(0, 999999), "제%d-%d호" % (R.randint(2023, 2025), R.randint(1, 9999))]))


def caseno():
    return N("case_no", R.choice(["%d가단%d" % (R.randint(2021, 2025), R.randint(1000, 99999)), "%d구합%d" % (R.randint(2021, 2025), R.randint(100, 9999)),
                                  "%d고단%d" % (R.randint(2021, 2025), R.randint(100, 9999)), "%d타경%d" % (R.randint(2021, 2025), R.randint(1000, 99999)),
                                  "%d금제%d호" % (R.randint(2021, 2025), R.randint(100, 9999)), "중앙%d-%d" % (R.randint(2022, 2025), R.randint(100, 19999)),
                                  "%d누%d" % (R.randint(2021, 2025), R.randint(100, 9999))]))


def today():
    return N("date", "%d. %d. %d." % (R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)))


def amount():
    return N("amount", "%s원" % format(R.randint(1, 900) * 10000 + R.choice([0, 5000, 2500]), ","))


def swb(ins=None):
    return N("inst_phone", R.choice(["044-%d-%04d" % (R.randint(200, 215), R.choice([2114, 1000, 5000])), "1588-%04d" % R.randint(0, 9999),
                                     "1577-%04d" % R.randint(0, 9999), "1644-%04d" % R.randint(0, 9999), "1899-%04d" % R.randint(0, 9999)]))


def dept_person():
    """official with title, direct phone"""
    return kname(), R.choice(["주무관", "사무관", "서기관", "팀장", "과장", "행정주사", "행정주사보", "연구관"])


def P(v=None):
    return S("PERSON", v or kname())


def spaced(n):
    return " ".join(n)


# each template: returns (genre, marked text). ------------------------------
TEMPLATES = {}


def tpl(name, genre):
    def deco(f):
        TEMPLATES[name] = (genre, f)
        return f
    return deco


@tpl("gongmun_basic", "공문")
def _():
    i, a = inst()
    n, t = dept_person()
    n2 = kname()
    return ("%s\n수신  %s\n(경유)\n제목  %s\n\n1. 관련: %s(%s)\n2. 위 호와 관련하여 귀 기관에서 제출한 자료를 붙임과 같이 회신합니다.\n3. 문의: %s %s %s(%s, %s)\n\n붙임  검토 결과 1부.  끝.\n\n%s\n\n%s %s  %s %s  협조자 %s\n시행  %s (%s)  접수\n%s  / %s\n전화 %s  전송 %s  / %s  / 대국민 공개"
            % (i, N("office_title", R.choice(OFFICE)), R.choice(["자료 제출 요청에 대한 회신", "협조 요청", "점검 결과 통보", "위원 위촉 안내"]),
               docno(), today(), R.choice(["담당", "실무"]), t, P(n), S("PHONE_NUMBER", landline()), S("EMAIL_ADDRESS", email()),
               N("office_title", R.choice(OFFICE)), t, P(n), R.choice(["팀장", "과장"]), P(n2), P(),
               docno(), today(), N("postal_code", "우 %05d" % R.randint(10000, 63999)), N("inst_address", a),
               S("PHONE_NUMBER", landline()), S("PHONE_NUMBER", landline()), S("EMAIL_ADDRESS", email())))


@tpl("press_release", "보도자료")
def _():
    i, a = inst()
    boss, staff, quoted = kname(), kname(), kname()
    return ("보도자료\n보도시점: 배포 즉시  %s\n%s, %s 추진\n□ %s(%s)는 %s부터 관련 제도를 개선한다고 밝혔다.\n□ %s %s은 \"현장의 목소리를 반영해 절차를 단순화하겠다\"고 말했다.\n□ 시범사업에 참여한 주민 %s 씨(%d)는 \"신청이 훨씬 쉬워졌다\"며 만족감을 나타냈다.\n담당 부서  %s  책임자  과장 %s (%s)\n          담당자  주무관 %s (%s)"
            % (today(), i, R.choice(["민원 서식 간소화", "외국인 체류 지원 강화", "취약계층 환급 확대", "교통안전 점검"]),
               i, N("office_title", R.choice(OFFICE)), today(), R.choice(["국장", "본부장", "실장"]), P(quoted) if False else S("PERSON", quoted),
               P(), R.randint(24, 78), R.choice(["민원제도과", "체류관리과", "복지정책과"]), P(boss), S("PHONE_NUMBER", landline()),
               P(staff), S("PHONE_NUMBER", landline())))


@tpl("news_prose", "뉴스")
def _():
    a, b = kname(), kname()
    age = R.randint(19, 82)
    part = R.choice(["이", "은", "가", "는"])
    return ("[사회] %s에서 승용차가 보행자를 치는 사고가 났다. 경찰에 따르면 운전자 %s(%d)씨가 몰던 %s 차량이 횡단보도를 건너던 %s 씨를 들이받았다. %s 씨%s 인근 병원으로 옮겨졌으며 생명에는 지장이 없는 것으로 전해졌다. %s씨는 \"신호를 제대로 보지 못했다\"고 진술했다. 경찰은 %s 위반 여부를 조사하고 있다. 기자 %s"
            % (R.choice(["어제 오후", "지난 12일 밤", "이날 새벽"]), S("PERSON", a), age, S("KR_VEHICLE_PLATE", plate()), S("PERSON", b),
               S("PERSON", b), part if part in "는은" else "는", S("PERSON", a), N("statute", R.choice(STAT[3:4] + STAT[:1])), S("EMAIL_ADDRESS", email())))


@tpl("minutes", "회의록")
def _():
    ps = [kname() for _ in range(4)]
    return ("제%d차 %s 회의록\n일시: %s 14:00\n장소: 본관 3층 소회의실\n참석자: 위원장 %s, 위원 %s·%s, 간사 %s(%s)\n불참: %s 위원(사유: 출장)\n\n위원장 %s: 안건 제1호를 상정합니다.\n%s 위원: 지난 회의에서 지적된 사항은 보완되었습니까?\n간사(%s): 네, 보완 자료를 배포하였습니다.\n%s 위원: %s 위원이 제출한 서면 의견도 반영해 주십시오."
            % (R.randint(1, 30), R.choice(["지방보조금심의위원회", "정보공개심의회", "인사위원회", "민원조정위원회"]), today(),
               P(ps[0]), P(ps[1]), P(ps[2]), P(ps[3]), S("PHONE_NUMBER", R.choice([landline(), mobile("-")])), P(), P(ps[0]), P(ps[1]), P(ps[3]), P(ps[2]), P()))


HDIG = dict(zip("0123456789", ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]))


def hangul_digits(v):
    return "".join(HDIG.get(c, c) for c in v.replace("-", " "))


@tpl("transcript", "녹취록")
def _():
    n = kname()
    m = mobile("-")
    y, mo, d = rdate(1950, 1999)
    dobv = R.choice(["%d년 %d월 %d일" % (y, mo, d), "%d년 %d월 %d일" % (y % 100, mo, d)])
    return ("[상담 녹취 요약]\n상담원: 네, %s입니다. 성함이 어떻게 되세요?\n민원인: %s이요. %s.\n상담원: 생년월일 확인 부탁드립니다.\n민원인: %s생이에요.\n상담원: 회신받으실 번호는요?\n민원인: %s요. 아, 집 전화는 안 받아요.\n상담원: 확인되었습니다. 처리 결과는 문자로 안내드리겠습니다."
            % (N("inst_phone", "110") if R.random() < 0.3 else "민원콜센터", P(n), R.choice(["바를 정 자를 씁니다", "외자 이름이에요", "성은 흔한 성이에요"]),
               S("DATE_OF_BIRTH", dobv), S("PHONE_NUMBER", hangul_digits(m), "hangul_digits") if R.random() < 0.5 else S("PHONE_NUMBER", m)))


@tpl("judgment", "판결문")
def _():
    d, v = kname(), kname()
    return ("%s\n사      건  %s %s\n피  고  인  %s (%s생), 회사원\n주거  %s\n등록기준지  %s\n검      사  %s(기소), %s(공판)\n변  호  인  변호사 %s(국선)\n판 결 선 고  %s\n\n주      문\n피고인을 벌금 %s에 처한다.\n\n이      유\n피고인은 %s %s 승용차를 운전하던 중 피해자 %s(여, %d세)를 들이받아 상해를 입게 하였다."
            % (N("inst_name", R.choice(INST)[0] if False else "가람지방법원"), caseno(), R.choice(["교통사고처리특례법위반(치상)", "사기", "업무방해"]),
               P(d), S("DATE_OF_BIRTH", dob(R.choice(["dot", "dotpad", "kor"]))), S("KR_ADDRESS", address()), S("KR_ADDRESS", address("road_short")),
               P(), P(), P(), today(), amount(), today(), S("KR_VEHICLE_PLATE", plate()), P(v), R.randint(20, 70)))


@tpl("judgment_anon", "판결문")
def _():
    return ("%s\n원고  ○○○\n피고  %s\n변론종결  %s\n\n1. 원고는 %s 피고로부터 %s 처분을 받았다.\n2. 원고 A는 2023. 5.경 B사의 직원이었던 갑과 계약을 체결하였다(%s 참조).\n3. 따라서 원고의 청구는 이유 없으므로 기각한다.\n재판장 판사 ○○○  판사 ○○○  판사 ○○○"
            % (caseno(), N("office_title", R.choice(OFFICE)), today(), today(), R.choice(["영업정지", "과징금 부과", "체류기간 연장 불허"]), N("statute", R.choice(STAT))))


@tpl("ruling", "재결서")
def _():
    n = kname()
    return ("%s 행정심판위원회\n재 결\n사건  %s %s 취소청구\n청 구 인  %s\n          %s %s\n피청구인  %s\n\n주문  청구인의 청구를 기각한다.\n청구취지  피청구인이 %s 청구인에게 한 %s 처분을 취소한다.\n이유  청구인은 %s 운전면허(%s)로 %s 차량을 운전하였다."
            % (R.choice(["중앙", "경기도", "서울특별시"]), N("case_no", "%d-%05d" % (R.randint(2024, 2026), R.randint(100, 29999))), R.choice(["자동차운전면허 취소처분", "영업정지처분"]), P(n), S("KR_ADDRESS", address()), addr_ref(),
               N("office_title", R.choice(OFFICE)), today(), R.choice(["운전면허 취소", "정지"]), R.choice(["제1종 보통", "제2종 보통"]), S("KR_DRIVER_LICENSE", dl()), S("KR_VEHICLE_PLATE", plate())))


@tpl("minwon_reply", "민원회신")
def _():
    n = kname()
    i, a = inst()
    off, t = dept_person()
    return ("%s 귀하\n(우 %05d) %s\n\n민원 처리 결과 통지\n접수번호: %s  접수일: %s\n귀하께서 신청하신 민원(%s)에 대한 처리 결과를 알려 드립니다.\n○ 처리 결과: %s\n○ 담당: %s %s %s (%s)\n문의 사항은 %s 또는 대표전화 %s로 연락 주시기 바랍니다.\n%s"
            % (P(n), R.randint(10000, 63999), S("KR_ADDRESS", address()), recno(), today(), R.choice(["불법 주정차 신고", "도로 파손 신고", "보조금 지급 문의", "체류지 변경"]),
               R.choice(["수용", "일부 수용", "불수용(관련 법령에 따름)"]), i, t, P(off), S("PHONE_NUMBER", landline()), S("EMAIL_ADDRESS", email()), swb(), N("office_title", R.choice(OFFICE))))


@tpl("audit_report", "감사보고서")
def _():
    a, b = kname(), kname()
    c, br = card(R.choice(["bc", "local", "visa", "master"]), "-")
    return ("감사 결과 처분요구서\n제목: 업무추진비 부적정 집행\n관계기관: %s\n관련자: %s %s %s, %s %s %s\n\n1. 현황 및 문제점\n%s은 %s부터 법인카드(%s)로 총 %s을 사적으로 사용하였으며, %s는 이를 확인하지 않고 결재하였다. 사용 내역 중 일부는 본인 명의 %s 계좌(%s)로 환급받았다.\n2. 조치사항  %s: %s에 대하여 경징계 이상 징계처분 (%s)"
            % (inst()[0], R.choice(["6급", "7급", "5급"]), P(a), R.choice(["주무관", ""]).strip() or "행정주사", R.choice(["5급", "4급"]), P(b), R.choice(["사무관", "과장"]),
               S("PERSON", a) if False else P(a), today(), S("CREDIT_CARD", c), amount(), P(b), *(lambda bk: (bk[0], S("KR_BANK_ACCOUNT", bk[1])))(account()),
               N("office_title", R.choice(OFFICE)), P(a), N("statute", STAT[4])))


@tpl("discipline", "징계의결서")
def _():
    n = kname()
    return ("징계의결서\n징계혐의자 인적사항\n  소속: %s  직위(급): 행정주사(6급)  성명: %s\n  생년월일: %s\n  주소: %s\n의결주문: 견책\n이유: 징계혐의자는 %s 혈중알코올농도 0.05%%의 상태로 %s 승용차를 운전하다 적발되었다(%s 위반).\n%s 인사위원회 위원장 %s"
            % (inst()[0], P(n), S("DATE_OF_BIRTH", dob()), S("KR_ADDRESS", address()), today(), S("KR_VEHICLE_PLATE", plate()), N("statute", STAT[3]), today(), P()))


@tpl("accident_report", "사고보고서")
def _():
    n, w = kname(), kname()
    return ("사고 발생 보고\n1. 일시: %s 08:40경\n2. 장소: %s 앞 교차로\n3. 관련 차량: 관용차 %s(운전 %s 주무관), 상대 차량 %s(운전자 %s, %s)\n4. 상대 운전자 면허번호: %s\n5. 피해: 관용차 앞범퍼 파손, 인명 피해 없음\n6. 조치: 보험사(%s) 접수번호 %s로 처리 중\n보고자 %s"
            % (today(), S("KR_ADDRESS", address("from_gu")), S("KR_VEHICLE_PLATE", plate("3")), P(), S("KR_VEHICLE_PLATE", plate()), P(n), S("PHONE_NUMBER", mobile()),
               S("KR_DRIVER_LICENSE", dl()), swb(), recno(), P(w)))


@tpl("personnel_order", "인사발령")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append("%s  %s  %s  %s" % (R.choice(["승진", "전보", "신규임용", "직무대리", "휴직"]), R.choice(["행정사무관", "행정주사", "전산주사보", "시설서기"]), P(), R.choice(["기획예산과", "민원봉사과", "교통행정과", "세무과"])))
    return ("인 사 명 령\n%s 제%d호\n구분  직급  성명  발령사항\n%s\n%s  %s" % (today(), R.randint(1, 200), "\n".join(rows), today(), N("office_title", R.choice(OFFICE))))


@tpl("travel_order", "국외출장")
def _():
    rows = []
    for _ in range(R.randint(3, 5)):
        p, k, c = passport(R.choice(["kr_old", "kr_new", "kr_new", "masked"]))
        rows.append("%s | %s | %s | %s | %s" % (R.choice(["과장", "사무관", "주무관"]), P(), S("KR_PASSPORT", p), S("DATE_OF_BIRTH", dob()), S("PHONE_NUMBER", mobile("-"))))
    return ("국외출장 명령서\n출장지: %s\n기간: %s ~ %s\n목적: %s\n출장자 명단\n%s\n항공권 발권 시 여권 영문명과 일치 여부를 확인할 것." % (R.choice(["베트남 하노이", "독일 베를린", "미국 워싱턴D.C.", "우즈베키스탄 타슈켄트"]), today(), today(), R.choice(["국제회의 참석", "우수사례 벤치마킹", "협력 MOU 체결"]), "\n".join(rows)))


@tpl("contract", "계약서")
def _():
    i, a = inst()
    comp = R.choice(COMP)
    rep = kname()
    bk, acc = account()
    return ("용역 계약서\n계약번호: %s\n발주기관(갑): %s  주소: %s\n계약상대자(을): %s\n  대표자: %s\n  사업자등록번호: %s\n  법인등록번호: %s\n  주소: %s\n  전화: %s\n계약금액: %s\n대금 지급 계좌: %s %s (예금주 %s)\n갑  %s (인)    을  %s 대표이사 %s (인)"
            % (recno(), i, N("inst_address", a), N("company", comp), P(rep), S("KR_BRN", brn()), S("KR_CRN", crn()), S("KR_ADDRESS", address()), S("PHONE_NUMBER", R.choice([landline(), phone070()])),
               amount(), bk, S("KR_BANK_ACCOUNT", acc), N("company", comp), N("office_title", R.choice(OFFICE)), N("company", comp), P(rep)))


@tpl("contract_sole", "계약서")
def _():
    rep = kname()
    bk, acc = account()
    return ("물품 구매 계약 (수의계약)\n상호: %s  대표: %s (개인사업자)\n사업자등록번호 %s / 생년월일 %s\n소재지 %s\n연락처 %s, %s\n대금은 검수 후 14일 이내 %s %s(예금주: %s)로 지급한다.\n본 계약에 정하지 않은 사항은 %s에 따른다."
            % (R.choice(["햇빛문구", "동네철물", "새봄인쇄", "바른꽃집", "한마음식당"]), P(rep), S("KR_BRN", brn()), S("DATE_OF_BIRTH", dob()), S("KR_ADDRESS", address()),
               S("PHONE_NUMBER", mobile()), S("EMAIL_ADDRESS", email()), bk, S("KR_BANK_ACCOUNT", acc), P(rep), N("statute", "「지방자치단체를 당사자로 하는 계약에 관한 법률」")))


@tpl("consent_filled", "동의서")
def _():
    return ("개인정보 수집·이용 동의서\n수집 항목: 성명, 생년월일, 연락처, 주소, 이메일\n보유 기간: 3년\n[■] 동의함  [ ] 동의하지 않음\n성    명: %s\n생년월일: %s\n휴 대 폰: %s\n주    소: %s\n이 메 일: %s\n%s  위 본인  %s (서명)\n※ 작성 예시: 성명 %s, 생년월일 %s"
            % (*(lambda n: (P(n), S("DATE_OF_BIRTH", dob()), S("PHONE_NUMBER", mobile()), S("KR_ADDRESS", address()), S("EMAIL_ADDRESS", email()), today(), P(n)))(kname()),
               N("placeholder", "홍길동"), N("placeholder", "0000. 00. 00.")))


@tpl("subsidy_application", "신청서")
def _():
    n = kname()
    bk, acc = account()
    return ("[별지 제3호서식] 긴급생계지원 신청서\n신청인  성명 %s  주민등록번호 %s\n        주소 %s\n        전화 %s\n가구원  %s(배우자, %s) %s(자녀, %s)\n지급계좌  %s  %s  예금주 %s\n위와 같이 신청합니다.  %s  신청인 %s (서명)\n%s 귀하"
            % (P(n), S("KR_RRN", rrn(R.choice(["valid", "valid", "masked"]))), S("KR_ADDRESS", address()), S("PHONE_NUMBER", mobile()), P(), S("KR_RRN", rrn(R.choice(["valid", "masked"]))),
               P(), S("KR_RRN", rrn(R.choice(["post2020", "post2020", "valid"]))), bk, S("KR_BANK_ACCOUNT", acc), P(n), today(), P(n), N("office_title", R.choice(OFFICE))))


@tpl("stay_extension", "출입국")
def _():
    nm, c0 = fperson("latin")
    p, k, c = passport("foreign", c0)
    return ("체류기간 연장허가 신청 접수증\n접수번호 %s\n성명(Name): %s\n국적: %s  성별: %s\n외국인등록번호: %s\n여권번호: %s  여권 유효기간: %s\n체류지: %s\n연락처: %s\n사증: %s\n담당 %s"
            % (recno(), S("PERSON", nm), c, R.choice(["남", "여"]), S("KR_FRN", frn()), S("KR_PASSPORT", p), today(), S("KR_ADDRESS", address()), S("PHONE_NUMBER", mobile()),
               R.choice(["E-9", "F-6", "D-2", "E-7", "H-2"]), N("office_title", "누리출입국·외국인사무소 체류관리과")))


@tpl("foreign_worker_table", "외국인고용")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        nm, c0 = fperson()
        p, k, c = passport("foreign", c0)
        rows.append("%s\t%s\t%s\t%s\t%s" % (S("PERSON", nm), c, S("KR_PASSPORT", p), S("KR_FRN", frn()), R.choice(["E-9", "H-2", "E-7"])))
    return ("외국인근로자 고용변동 신고\n사업장: %s (사업자등록번호 %s)\n%s\n담당자 %s %s" % (N("company", R.choice(COMP)), S("KR_BRN", brn()), "\n".join(rows), P(), S("PHONE_NUMBER", landline())))


@tpl("welfare_case", "복지상담")
def _():
    n = kname()
    bk, acc = account()
    return ("사례관리 상담일지\n대상자: %s(%d세, %s)\n주민등록번호: %s\n건강보험증 번호: %s\n상담 내용: 대상자는 %s부터 실직 상태이며 월세가 3개월 체납되었다고 함. 딸 %s(%s)과 동거.\n조치: 긴급지원 생계비를 대상자 명의 %s 계좌 %s로 지급 요청.\n상담자: 통합사례관리사 %s"
            % (P(n), R.randint(30, 80), R.choice(["남", "여"]), S("KR_RRN", rrn(R.choice(["masked", "valid"]))), S("KR_HEALTH_INSURANCE", hi()), today(), P(), S("PHONE_NUMBER", mobile()), bk, S("KR_BANK_ACCOUNT", acc), P()))


@tpl("medical_record", "의료기록")
def _():
    n = kname()
    return ("진료 의뢰서\n환자 성명: %s   성별/나이: %s/%d\n생년월일: %s   건강보험 번호: %s\n보호자: %s(%s) 연락처 %s\n주소: %s\n진단명: %s\n의뢰 의사: %s (면허번호 %s)\n%s 보건소"
            % (P(n), R.choice(["남", "여"]), R.randint(3, 90), S("DATE_OF_BIRTH", dob()), S("KR_HEALTH_INSURANCE", hi()), P(), R.choice(["배우자", "자녀", "모"]), S("PHONE_NUMBER", mobile()),
               S("KR_ADDRESS", address()), R.choice(["제2형 당뇨병", "고혈압", "폐결핵 의증"]), P(), N("license_no", "제%d호" % R.randint(10000, 99999)), N("inst_name", "바다시")))


@tpl("school_record", "학교기록")
def _():
    n = kname()
    return ("학생 상담 기록부\n학년/반/번호: %d학년 %d반 %d번\n학생: %s  생년월일: %s\n보호자: %s (부)  연락처: %s / 이메일 %s\n상담 일시: %s\n내용: %s 학생이 최근 결석이 잦아 보호자와 상담함. 담임 %s 교사 의견 첨부.\n%s" %
            (R.randint(1, 6), R.randint(1, 9), R.randint(1, 30), P(n), S("DATE_OF_BIRTH", dob(R.choice(["dot", "iso", "kor", "dotpad"]))), P(), S("PHONE_NUMBER", mobile()), S("EMAIL_ADDRESS", email()), today(), P(n), P(), N("statute", STAT[11])))


@tpl("tax_refund", "세무")
def _():
    n = kname()
    bk, acc = account()
    return ("국세환급금 통지서\n성명(상호): %s\n주민(사업자)등록번호: %s\n사업자등록번호: %s\n환급 금액: %s\n환급 계좌: %s %s\n환급 사유: %s 과오납\n%s (세원관리과, 대표 %s)"
            % (P(n), S("KR_RRN", rrn(R.choice(["masked", "valid", "valid"]))), S("KR_BRN", brn()), amount(), bk, S("KR_BANK_ACCOUNT", acc), R.choice(["종합소득세", "부가가치세"]), N("office_title", "가온세무서장"), swb()))


@tpl("tax_qna", "세무")
def _():
    return ("질의회신 %s\n[질의] 갑은 %s 주택을 취득하였다가 을에게 양도하였음. 이 경우 %s 적용 여부\n[회신] 귀 질의의 경우 %s에 따라 판단하는 것임. (%s)" % (docno("서면법규과"), today(), N("statute", STAT[5]), N("statute", STAT[8]), docno("재산세과")))


@tpl("auction_deposit", "경매공탁")
def _():
    a, b = kname(), kname()
    bk, acc = account()
    return ("공탁서(금전)\n공탁번호 %s\n공탁자: %s (%s)\n  주소 %s\n피공탁자: %s\n  주소 %s\n공탁금액: %s\n공탁원인사실: %s 임대차보증금 반환, 수령 거부\n반환 시 입금 계좌: %s %s\n%s 공탁관"
            % (caseno(), P(a), S("KR_RRN", rrn()), S("KR_ADDRESS", address()), P(b), S("KR_ADDRESS", address()), amount(), today(), bk, S("KR_BANK_ACCOUNT", acc), N("inst_name", "가람지방법원")))


@tpl("auction_notice", "경매공탁")
def _():
    return ("부동산 매각기일 공고\n사건번호 %s\n소유자 %s  채무자 %s  채권자 %s\n소재지 %s\n최저매각가격 %s\n매각기일 %s 10:00\n%s" % (caseno(), P(), P(), N("company", R.choice(COMP)), S("KR_ADDRESS", address("jibun")), amount(), today(), N("inst_name", "가람지방법원 경매3계")))


@tpl("refund_headerless", "금융지급")
def _():
    rows = []
    for i in range(R.randint(5, 9)):
        bk, acc = account()
        sep = R.choice([" | ", "\t", "  "])
        rows.append(sep.join([str(i + 1), P(), bk, S("KR_BANK_ACCOUNT", acc), N("amount", format(R.randint(1, 99) * 1000, ",")), R.choice(["지급", "보류", "반송"])]))
    return "%s 과오납 환급 지급 명단\n%s\n합계 %s" % (today(), "\n".join(rows), amount())


@tpl("card_cancel_list", "금융지급")
def _():
    rows = []
    for i in range(R.randint(4, 8)):
        c = card()[0] if R.random() < 0.75 else card_masked()
        rows.append("%d) %s / %s / %s / 승인번호 %s" % (i + 1, P(), S("CREDIT_CARD", c), N("amount", format(R.randint(1, 500) * 100, ",") + "원"), N("approval_no", "%08d" % R.randint(0, 99999999))))
    return "수강료 카드결제 취소 대상\n%s\n※ 취소는 영업일 기준 3~5일 소요" % "\n".join(rows)


@tpl("receipt", "영수증")
def _():
    c = card()[0] if R.random() < 0.6 else card_masked()
    return ("[카드 매출전표]\n가맹점명 %s\n사업자번호 %s\n대표자 %s  TEL %s\n카드번호 %s\n할부 일시불  승인번호 %s\n거래일시 %s 13:42:07\n합계 %s\n서명 %s"
            % (R.choice(["한마음식당", "바른꽃집", "새봄인쇄"]), S("KR_BRN", brn()), P(), S("PHONE_NUMBER", landline()), S("CREDIT_CARD", c), N("approval_no", "%08d" % R.randint(0, 99999999)), today(), amount(), P()))


@tpl("access_log", "접속로그")
def _():
    lines = []
    for _ in range(R.randint(4, 8)):
        lines.append("2025-%02d-%02d %02d:%02d:%02d %s user=%s src=%s action=%s" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                     R.choice(["INFO", "WARN"]), N("user_id", "u%05d" % R.randint(0, 99999)), S("IP_ADDRESS", ip()), R.choice(["login", "download", "query:resident", "logout", "print"])))
    return "[개인정보처리시스템 접속기록 발췌]\n%s\n점검자 %s (%s)" % ("\n".join(lines), P(), N("office_title", "감사담당관"))


@tpl("security_incident", "보안사고보고")
def _():
    return ("침해사고 신고서\n신고 기관: %s\n탐지 시각: %s 02:13\n공격 IP: %s, %s\n내부 피해 단말: %s (사용자 %s 주무관, %s)\n유출 의심 계정: %s\n조치: 방화벽 차단, 단말 격리, 패턴 버전 %s 적용\n신고자 %s %s"
            % (inst()[0], today(), S("IP_ADDRESS", ip("pub")), S("IP_ADDRESS", ip("pub")), S("IP_ADDRESS", ip("priv")), P(), S("EMAIL_ADDRESS", email()), S("EMAIL_ADDRESS", email()),
               N("version", "10.0.%d.%d" % (R.randint(10000, 22999), R.randint(1000, 9999))), P(), S("PHONE_NUMBER", landline())))


@tpl("parcel", "택배우편")
def _():
    return ("등기우편 반송 내역\n등기번호 %s\n받는 분: %s 님  %s\n주소: (%05d) %s %s\n보내는 곳: %s (%s)\n반송 사유: 수취인 부재(3회 방문)"
            % (N("tracking_no", "%d %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 9999))), P(), S("PHONE_NUMBER", mobile()), R.randint(10000, 63999), S("KR_ADDRESS", address()), addr_ref(), inst()[0], N("inst_phone", "1588-%04d" % R.randint(0, 9999))))


@tpl("parking", "차량주차")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append("%s  %s  입차 %02d:%02d  출차 %02d:%02d  %s  %s" % (R.choice(["B1", "B2", "지상"]), S("KR_VEHICLE_PLATE", plate()), R.randint(7, 11), R.randint(0, 59), R.randint(12, 20), R.randint(0, 59),
                    P() if R.random() < 0.6 else "방문객", S("PHONE_NUMBER", mobile()) if R.random() < 0.5 else "-"))
    return "청사 방문차량 주차 기록 (%s)\n층  차량번호  입·출차  방문자  연락처\n%s" % (today(), "\n".join(rows))


@tpl("fine_notice", "차량주차")
def _():
    n = kname()
    return ("과태료 부과 사전통지서\n위반 차량: %s\n소유자: %s  생년월일: %s\n주소: %s\n위반 일시: %s 18:22  장소: %s 앞\n과태료: %s (의견제출 기한 내 자진납부 시 20%% 감경)\n납부 가상계좌: %s %s\n문의: %s 교통행정과 %s"
            % (S("KR_VEHICLE_PLATE", plate()), P(n), S("DATE_OF_BIRTH", dob()), S("KR_ADDRESS", address()), today(), S("KR_ADDRESS", "푸른구 %s %d" % (R.choice(ROAD), R.randint(1, 300))), amount(), R.choice(["우리은행", "NH농협"]), S("KR_BANK_ACCOUNT", R.choice(["2" + _d(13), "790" + _d(11), "56" + _d(12)])),
               N("office_title", "푸른구청장"), swb()))


@tpl("email", "이메일")
def _():
    a, b = kname(), kname()
    return ("From: %s <%s>\nTo: %s <%s>\nCc: %s\nSubject: RE: 위원 수당 지급 서류\n\n%s 주무관님,\n요청하신 서류 보내드립니다. 수당은 제 명의 %s 계좌 %s로 넣어 주세요.\n신분증 사본은 보안상 주민등록번호 뒷자리를 가리고 보냈습니다(%s).\n\n%s 드림\n%s | %s"
            % (P(a), S("EMAIL_ADDRESS", email()), P(b), S("EMAIL_ADDRESS", email()), S("EMAIL_ADDRESS", email()), P(b), *(lambda bk: (bk[0], S("KR_BANK_ACCOUNT", bk[1])))(account()), S("KR_RRN", rrn("masked")), P(a),
               S("PHONE_NUMBER", mobile()), R.choice(["한누리대학교 교수", "누리법률사무소 변호사", "자문위원"])))


@tpl("chat", "채팅")
def _():
    a, b = kname(), kname()
    bk, acc = account(True)
    return ("[단톡방: 민원팀]\n[%s] [오전 9:12] 어제 전화 온 민원인 번호 남겨요 %s\n[%s] [오전 9:13] 넵 %s 씨 맞죠? 환급은 %s %s 로 하면 된대요\n[%s] [오전 9:15] 확인. 근데 개인정보 단톡에 올리지 말래요ㅠ\n[%s] [오전 9:15] 헉 삭제할게요"
            % (P(a), S("PHONE_NUMBER", mobile(R.choice(["", "-", " "]))), P(b), P(), bk, S("KR_BANK_ACCOUNT", acc), P(a), P(b)))


@tpl("id_copy_ocr", "신분증사본")
def _():
    n = kname()
    return ("주민등록증\n%s (%s)\n%s\n%s\n%s\n%s 푸른구청장" % (P(n), R.choice(["金", "李", "朴"]) + "  " + "".join(R.choice("民秀智賢俊宇") for _ in range(2)), S("KR_RRN", rrn()), S("KR_ADDRESS", address()), addr_ref(), today()))


@tpl("dl_copy_ocr", "신분증사본")
def _():
    return ("자동차운전면허증 (Driver's License)\n%s\n%s\n%s\n%s\n적성검사기간 %s ~ %s\n조건 A\n%s" % (S("KR_DRIVER_LICENSE", dl()), P(), S("KR_RRN", rrn(R.choice(["valid", "masked"]))), S("KR_ADDRESS", address()), today(), today(), N("office_title", "경기남부경찰청장")))


@tpl("passport_copy", "출입국")
def _():
    kind = R.choice(["kr_old", "kr_new", "foreign", "foreign"])
    fl, c0 = fperson("latin")
    p, k, c = passport(kind, c0)
    nm = fl if k == "foreign" else R.choice(["KIM MINJI", "LEE SEOYEON", "PARK JIHOON", "CHOI YUNA", "JUNG TAEHO", "HAN SORA"])
    return ("PASSPORT  여권\nType/종류 PM  Country code/발행국 %s\nPassport No./여권번호 %s\nSurname/Given names %s\nNationality/국적 %s\nDate of birth/생년월일 %s\nSex/성별 %s\nDate of issue/발급일 %s\nAuthority/발행관청 %s"
            % ("KOR" if c == "대한민국" else "---", S("KR_PASSPORT", p), S("PERSON", nm), c, S("DATE_OF_BIRTH", dob("eng")), R.choice(["M", "F"]), N("date", "%02d %s %d" % (R.randint(1, 28), R.choice(MON), R.randint(2016, 2025))),
               "MINISTRY OF FOREIGN AFFAIRS" if c == "대한민국" else "-"))


@tpl("bank_transfer_confirm", "금융지급")
def _():
    bk, acc = account()
    bk2, acc2 = account()
    return ("이체확인증\n거래일시 %s 10:31:55\n출금계좌 %s %s\n입금은행 %s\n입금계좌 %s\n받는분 %s\n이체금액 %s\n수수료 0원\nCMS코드 %s\n메모 %s"
            % (today(), bk, S("KR_BANK_ACCOUNT", acc), bk2, S("KR_BANK_ACCOUNT", acc2), P(), amount(), N("cms_code", "%010d" % R.randint(0, 9999999999) if False else "%d" % R.randint(10000000, 99999999)), R.choice(["보상금", "월세", "수당"])))


@tpl("virtual_account_notice", "금융지급")
def _():
    return ("%s 님, 주민세 납부 안내\n전자납부번호 %s\n납부 가상계좌  신한 %s / 국민 %s\n납부기한 %s\n※ 가상계좌는 납세자별로 부여됩니다." % (P(), N("tax_no", "%05d-%d-%04d-%05d" % (R.randint(10000, 99999), R.randint(1, 9), R.randint(2024, 2025), R.randint(0, 99999))), S("KR_BANK_ACCOUNT", "56" + _d(12)), S("KR_BANK_ACCOUNT", "9" + _d(13)), today()))


@tpl("securities_seizure", "세무")
def _():
    return ("채권압류 통지서\n체납자 %s (%s)\n제3채무자 %s\n압류 대상: %s 종합위탁계좌 %s 및 %s 계좌 %s의 예탁금\n체납액 %s\n%s" % (P(), S("KR_RRN", rrn("masked")), N("company", "미래누리증권(주)"), "미래누리증권", S("KR_BANK_ACCOUNT", "%s-%s" % (_d(8), _d(2))), "한국투자증권",
            S("KR_BANK_ACCOUNT", "%s-%s" % (_d(8), _d(2))), amount(), N("office_title", "가온세무서장")))


@tpl("hi_qualification", "의료기록")
def _():
    return ("건강보험 자격득실 확인서\n가입자 %s\n건강보험증번호 %s\n주민등록번호 %s\n사업장명 %s  사업장관리번호 %s  사업자등록번호 %s\n취득일 %s  상실일 -\n발급 %s" % (P(), S("KR_HEALTH_INSURANCE", hi()), S("KR_RRN", rrn(R.choice(["masked", "valid"]))), N("company", R.choice(COMP)),
            N("workplace_no", "%08d0" % R.randint(0, 99999999)), S("KR_BRN", brn()), today(), N("inst_name", "한국다온공단")))


@tpl("hi_dependents", "의료기록")
def _():
    rows = []
    for _ in range(R.randint(2, 5)):
        rows.append("%s | %s | %s | %s" % (R.choice(["본인", "배우자", "자녀", "부", "모"]), P(), S("DATE_OF_BIRTH", dob()), S("KR_HEALTH_INSURANCE", hi())))
    return "피부양자 명단\n%s\n(관계 | 성명 | 생년월일 | 증번호)" % "\n".join(rows)


@tpl("dl_enforcement", "사고보고서")
def _():
    return ("음주운전 단속 결과보고\n단속 일시 %s 23:50\n피단속자 %s (%s생)\n면허번호 %s\n차량 %s\n측정 수치 0.0%d%%\n조치 면허정지 예정 (%s)\n단속 경찰관 경위 %s" % (today(), P(), S("DATE_OF_BIRTH", dob(R.choice(["dot", "short", "six"]))), S("KR_DRIVER_LICENSE", dl()), S("KR_VEHICLE_PLATE", plate()), R.randint(3, 9), N("statute", STAT[3]), P()))


@tpl("bid_application", "계약서")
def _():
    rows = []
    for i in range(R.randint(2, 4)):
        rows.append("%d. %s  대표 %s  사업자 %s  법인 %s  연락처 %s" % (i + 1, N("company", R.choice(COMP)), P(), S("KR_BRN", brn()), S("KR_CRN", crn()), S("PHONE_NUMBER", R.choice([landline(), phone070(), mobile()]))))
    return "입찰참가자 명단 (공고 %s)\n%s\n개찰 %s  입회 %s" % (N("notice_no", "2025%07d-00" % R.randint(0, 9999999)), "\n".join(rows), today(), P())


@tpl("box_roster", "표")
def _():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append("│ %s │ %s │ %s │ %s │" % (P(), S("DATE_OF_BIRTH", dob()), S("PHONE_NUMBER", mobile()), S("EMAIL_ADDRESS", email())))
    return "┌──────┬──────────┬───────────────┬────────────┐\n%s\n└──────┴──────────┴───────────────┴────────────┘\n자원봉사자 명부 (%s 기준)" % ("\n".join(rows), today())


@tpl("aligned_cards", "표")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        c = card()[0]
        rows.append("%-6s %-22s %s" % (P(), S("CREDIT_CARD", c), N("amount", format(R.randint(1, 900) * 100, ","))))
    return "법인카드 사용자 지정 현황\n%s" % "\n".join(rows)


@tpl("tab_passports", "표")
def _():
    rows = []
    for _ in range(R.randint(4, 7)):
        fl, c0 = fperson("latin")
        p, k, c = passport(None, c0)
        rows.append("\t".join([P(fl) if c != "대한민국" else P(), c, S("KR_PASSPORT", p), S("DATE_OF_BIRTH", dob(R.choice(["iso", "eng", "dotpad"])))]))
    return "%s\n(초청 대상자 명단, 숙박 예약용)" % "\n".join(rows)


@tpl("lodging_register", "출입국")
def _():
    rows = []
    for _ in range(R.randint(2, 4)):
        nm, c0 = fperson()
        p, k, c = passport("foreign", c0)
        rows.append("객실 %d: %s / %s / 여권 %s / 입실 %s" % (R.randint(201, 912), S("PERSON", nm), c, S("KR_PASSPORT", p), today()))
    return "외국인 투숙객 명부 제출\n%s\n제출처 %s" % ("\n".join(rows), N("office_title", "해솔경찰서장"))


@tpl("flight_booking", "국외출장")
def _():
    p, k, c = passport(R.choice(["kr_new", "kr_old"]))
    return ("E-TICKET ITINERARY\nPassenger: %s MR\nPassport: %s  Nationality: KOR  DOB: %s\nBooking Ref: %s\nTicket No.: %s\nICN - HAN  %s  KE%d\nContact: %s / %s" % (S("PERSON", R.choice(["KIM/DONGHYUN", "PARK/JIYEON", "LEE/SANGWOO", "YOON/HARIN", "SEO/MINJAE"])), S("KR_PASSPORT", p), S("DATE_OF_BIRTH", dob("eng")), N("booking_ref", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))),
            N("ticket_no", "180-%010d" % R.randint(0, 9999999999)), today(), R.randint(400, 699), S("PHONE_NUMBER", mobile("+82")), S("EMAIL_ADDRESS", email())))


@tpl("scholarship_list", "학교기록")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        bk, acc = account()
        rows.append("%s, %s, %s, %s %s" % (P(), R.choice(["한누리고", "새봄중", "가람고"]), S("DATE_OF_BIRTH", dob()), bk, S("KR_BANK_ACCOUNT", acc)))
    return "장학금 지급 대상자\n%s\n(성명, 학교, 생년월일, 계좌)" % "\n".join(rows)


@tpl("lease", "계약서")
def _():
    a, b = kname(), kname()
    bk, acc = account()
    return ("주택임대차 표준계약서\n소재지 %s\n임대인 %s  주민등록번호 %s  전화 %s\n임차인 %s  주민등록번호 %s  전화 %s\n보증금 %s은 임대인 명의 %s 계좌(%s)로 입금한다.\n중개사무소 %s  등록번호 %s" % (S("KR_ADDRESS", address()), P(a), S("KR_RRN", rrn()), S("PHONE_NUMBER", mobile()), P(b), S("KR_RRN", rrn()), S("PHONE_NUMBER", mobile()), amount(), bk, S("KR_BANK_ACCOUNT", acc), N("company", "누리공인중개사사무소"), N("reg_no", "%d-%d-%05d" % (R.randint(11000, 11999), R.randint(2015, 2024), R.randint(0, 99999)))))


@tpl("foreigner_complaint", "출입국")
def _():
    nm, c0 = fperson("hangul")
    return ("[민원 상담 기록] 외국인 %s 씨가 방문하여 외국인등록증 재발급을 문의함. 등록번호 %s, 여권번호 %s 확인. %s 씨는 고용주 %s(%s)와 임금 문제로 다투는 중이라고 함. 연락처 %s. 고용센터(%s) 안내." % (S("PERSON", nm), S("KR_FRN", frn()), S("KR_PASSPORT", passport("foreign", c0)[0]), S("PERSON", nm), P(), S("PHONE_NUMBER", mobile()), S("PHONE_NUMBER", mobile()), N("inst_phone", "1350")))


@tpl("nopii_notice", "공고")
def _():
    i, a = inst()
    return ("%s 공고 %s\n%s 시행에 따른 의견 수렴\n1. 근거: %s\n2. 제출처: %s (%s)\n3. 문의: 대표전화 %s, 정부민원안내콜센터 %s\n4. 기한: %s까지\n%s" % (i, N("notice_no", "제%d-%d호" % (R.randint(2024, 2026), R.randint(1, 999))), R.choice(["조례 개정안", "시행규칙"]), N("statute", R.choice(STAT)), N("inst_address", a), N("postal_code", "우 %05d" % R.randint(10000, 63999)), swb(), N("inst_phone", "110"), today(), N("office_title", R.choice(OFFICE))))


@tpl("nopii_stats", "통계보고")
def _():
    return ("%s 민원 처리 현황\n접수 %d건, 처리 %d건(%.1f%%), 평균 처리기간 %.1f일\n전년 대비 %.1f%% 증가\n예산 집행 %s / %s\n관련: %s, %s" % (R.choice(["1분기", "상반기", "10월"]), R.randint(1000, 9999), R.randint(900, 999), R.uniform(80, 99), R.uniform(1, 9), R.uniform(1, 20), amount(), amount(), docno(), N("version", "v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))))


@tpl("nopii_blank_form", "동의서")
def _():
    return ("[작성 예시]\n성명: %s\n주민등록번호: %s\n연락처: %s\n주소: ○○시 ○○구 ○○로 00\n※ 위 예시를 참고하여 본인 정보를 기재하십시오. 담당: %s(%s)" % (N("placeholder", "홍길동"), N("placeholder", "000000-0000000"), N("placeholder", "010-0000-0000"), N("office_title", "민원봉사과장"), swb()))


@tpl("nopii_anon_decision", "결정문")
def _():
    return ("%s 정보공개 결정 통지\n청구인: %s\n청구 내용: %s 관련 회의록 일체\n결정: 부분공개 (%s)\n비공개 부분: 개인 성명 및 연락처\n불복 시 %s에 따라 이의신청 가능" % (docno(), N("placeholder", R.choice(["김○○", "이**", "정 모 씨"])), today(), N("statute", STAT[1]), N("statute", STAT[6])))


@tpl("dl_admin_list", "사고보고서")
def _():
    rows = []
    for i in range(R.randint(3, 6)):
        rows.append("%s%s  %s  %s  벌점 %d" % (R.choice(["", "- ", "%d. " % (i + 1)]), P(), S("KR_DRIVER_LICENSE", dl()), R.choice(["정지", "취소", "경고"]), R.randint(10, 130)))
    return "운전면허 행정처분 대상자 통보 (%s)\n%s\n근거 %s" % (today(), "\n".join(rows), N("statute", "「도로교통법」 제93조"))


@tpl("corp_registry_list", "계약서")
def _():
    rows = []
    for _ in range(R.randint(2, 5)):
        sep = R.choice([" | ", "\t", " / "])
        rows.append(sep.join([N("company", R.choice(COMP)), S("KR_CRN", crn()), S("KR_BRN", brn()), "대표 " + P()]))
    return "지방보조금 수행기관 법인 현황\n%s\n(상호, 법인등록번호, 사업자등록번호, 대표자)" % "\n".join(rows)


@tpl("hi_refund_list", "의료기록")
def _():
    rows = []
    for _ in range(R.randint(3, 5)):
        bk, acc = account()
        rows.append("%s %s %s %s %s" % (P(), S("KR_HEALTH_INSURANCE", hi()), N("amount", format(R.randint(1, 900) * 1000, ",")), bk, S("KR_BANK_ACCOUNT", acc)))
    return "건강보험료 과오납 환급 대상 (%s)\n%s" % (today(), "\n".join(rows))


@tpl("frn_roster", "외국인고용")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        nm, c0 = fperson()
        rows.append("%s (%s) %s %s" % (S("PERSON", nm), c0, S("KR_FRN", frn()), S("PHONE_NUMBER", mobile()) if R.random() < 0.5 else ""))
    return "외국인 근로자 안전교육 이수자 (%s)\n%s\n강사 %s" % (today(), "\n".join(r.rstrip() for r in rows), P())


@tpl("ip_audit", "접속로그")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append("%s\t%s\t%s\t%s" % (P(), N("user_id", R.choice(["u", "emp", "ext"]) + str(R.randint(1000, 99999))), S("IP_ADDRESS", ip()), R.choice(["허용", "차단", "재인증"])))
    return "VPN 접속 허용 IP 점검표\n%s\n점검 %s" % ("\n".join(rows), today())


@tpl("rrn_roster", "신청서")
def _():
    rows = []
    for _ in range(R.randint(3, 5)):
        rel = R.choice(["세대주", "배우자", "자녀", "자녀", "모", "부"])
        kind = R.choice(["post2020", "post2020", "valid"]) if rel == "자녀" else R.choice(["valid", "masked"])
        rows.append("%s\t%s\t%s" % (rel, P(), S("KR_RRN", rrn(kind))))
    return "세대원 명부 (출생·전입 신고 처리)\n%s\n처리 %s" % ("\n".join(rows), today())


@tpl("card_statement", "금융지급")
def _():
    rows = []
    for _ in range(R.randint(2, 5)):
        rows.append("%s  %s  %s  %s" % (N("date", "%02d/%02d" % (R.randint(1, 12), R.randint(1, 28))), R.choice(["주유", "숙박", "식대", "교통"]), S("CREDIT_CARD", card()[0]), N("amount", format(R.randint(1, 900) * 100, ","))))
    return "출장비 정산 카드 사용 내역 (사용자 %s)\n%s" % (P(), "\n".join(rows))


@tpl("cctv_plate_list", "차량주차")
def _():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append("%s %02d:%02d:%02d %s %s" % (R.choice(["CAM-03", "CAM-11", "CAM-07"]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), S("KR_VEHICLE_PLATE", plate()), R.choice(["속도위반", "신호위반", "버스전용차로"])))
    return "무인단속 판독 결과\n%s\n판독자 %s" % ("\n".join(rows), P())


# ----------------------------------------------------------------- OCR re-rendering
NUMERIC = {"PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_FRN", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE", "DATE_OF_BIRTH", "KR_PASSPORT", "IP_ADDRESS"}
HANGUL = re.compile(r"^[가-힣]{2,4}$")


def ocr_mark(marked):
    def rep(m):
        if not m.group(1):
            return m.group(0)
        t, tags, v = m.group(1), [x for x in (m.group(2) or "").split(",") if x], m.group(3)
        if t in NUMERIC and R.random() < 0.55:
            kinds = [R.choice(["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_confusable", "ocr_confusable", "space_around_hyphen"])]
            if t == "IP_ADDRESS":
                kinds = [R.choice(["space_in_number", "ocr_confusable", "fullwidth_digits"])]
            v, tg = noisy(v, kinds)
            tags += tg
        elif t == "PERSON" and HANGUL.match(v) and R.random() < 0.3:
            v, tags = " ".join(v), tags + ["spaced_name"]
        elif t == "KR_ADDRESS" and R.random() < 0.3:
            i = v.find(" ", len(v) // 2)
            if i > 0:
                v, tags = v[:i] + "\n" + v[i + 1:], tags + ["newline_in_address"]
        return S(t, v, *tags)
    out = MARK.sub(rep, marked)
    out = out.replace("·", R.choice(["·", ".", "ㆍ"])).replace("：", ":")
    return out


def hard_wrap(text, spans, width):
    chars = list(text)
    col = 0
    for i, ch in enumerate(chars):
        if ch == "\n":
            col = 0
            continue
        col += 1
        if col >= width and ch == " ":
            chars[i] = "\n"
            col = 0
            for s in spans:
                if s["start"] < i < s["end"] and "wrapped" not in s["tags"]:
                    s["tags"].append("wrapped")
    return "".join(chars)


# ----------------------------------------------------------------- sub-kinds
def canon_digits(v, letters=True):
    v = unicodedata.normalize("NFKC", v)
    if letters:
        v = v.translate(str.maketrans("OoIlSB", "001158"))
    inv = {h: d for d, h in HDIG.items()}
    inv.update({"영": "0", "륙": "6"})
    if not re.search(r"[0-9]", v):
        v = "".join(inv.get(c, c) for c in v)
    return v


def only_digits(v):
    return re.sub(r"[^0-9]", "", v)


MASKCH = set("*●○XxＸ＊■")


def subkind(t, v, tags):
    n = unicodedata.normalize("NFKC", v)
    if t == "PERSON":
        if re.search(r"[A-Za-z]", n):
            return "foreign_latin"
        if " " in n.strip() and all(len(p) == 1 for p in n.split()):
            return "korean_spaced"
        if len(n.replace(" ", "")) >= 5 or " " in n:
            return "foreign_hangul"
        return "korean"
    if t == "KR_RRN":
        if any(c in MASKCH for c in n):
            return "rrn_masked"
        d = only_digits(canon_digits(n))
        return "rrn_post2020" if rrn_check(d[:12]) != int(d[12]) else "rrn_valid"
    if t == "KR_PASSPORT":
        if any(c in MASKCH for c in n):
            return "passport_masked"
        c = canon_digits(n, False).replace(" ", "").replace("\n", "")
        if re.fullmatch(r"[MSGDR][0-9OlIB]{8}", c):
            return "passport_kr_old"
        if re.fullmatch(r"[MSGDR][0-9OlIB]{3}[A-Z][0-9OlIB]{4}", c):
            return "passport_kr_new"
        return "passport_foreign"
    if t == "CREDIT_CARD":
        if any(c in MASKCH for c in n):
            return "card_masked"
        d = only_digits(canon_digits(n))
        if d[0] == "4":
            return "card_visa"
        if d[:2] in ("34", "37"):
            return "card_amex"
        if d[:2] == "36":
            return "card_diners"
        if d[:2] in ("51", "52", "53", "54", "55") or d[:2] in ("22", "27"):
            return "card_master"
        if d[:2] == "35":
            return "card_jcb"
        if d[:2] == "62":
            return "card_unionpay"
        if d[:4] == "6011":
            return "card_discover"
        return "card_domestic"
    if t == "PHONE_NUMBER":
        d = only_digits(canon_digits(n))
        if "hangul_digits" in tags or re.search(r"[가-힣]", n):
            return "phone_spoken"
        if d.startswith("8210") or d.startswith("010") or d.startswith("01"):
            return "mobile"
        if d.startswith("070"):
            return "voip_070"
        return "landline"
    if t == "DATE_OF_BIRTH":
        if re.search(r"[A-Z]{3}", n):
            return "dob_english"
        if re.search(r"[일이삼사오육칠팔구십백천]", n.replace("일", "", 0)) and not re.search(r"\d", n):
            return "dob_hangul_numerals"
        if "년" in n:
            return "dob_korean"
        if re.fullmatch(r"\d{6}", n):
            return "dob_yymmdd"
        if re.fullmatch(r"\d{2}\.\d{2}\.\d{2}\.?", n):
            return "dob_yy_dot"
        if "-" in n:
            return "dob_iso"
        if "/" in n:
            return "dob_slash"
        return "dob_dot"
    if t == "KR_BANK_ACCOUNT":
        d = only_digits(canon_digits(n))
        if "-" not in n and len(d) == 14:
            return "account_virtual_or_plain14"
        if re.fullmatch(r"\d{8}-\d{2}|\d{3}-\d{8}", n):
            return "account_securities"
        return "account_%d" % len(d)
    if t == "KR_DRIVER_LICENSE":
        return "dl_region_name" if re.search(r"[가-힣]", n) else ("dl_plain12" if "-" not in n else "dl_numeric")
    if t == "KR_VEHICLE_PLATE":
        if re.match(r"[가-힣]{2}", n):
            return "plate_region_commercial" if re.search(r"\d{2}[바사아자배]", n) else "plate_region"
        return "plate_rental" if re.search(r"[하허호]", n) else ("plate_3digit" if re.match(r"\d{3}", n) else "plate_2digit")
    if t == "IP_ADDRESS":
        if ":" in n:
            return "ipv6"
        return "ipv4_private" if re.match(r"(10|192\.168|172\.(1[6-9]|2\d|3[01]))\.", n) else "ipv4_public"
    if t == "KR_ADDRESS":
        if re.search(r"\d+-\d+", n) and not re.search(r"[로길]\s?\d", n):
            return "address_jibun"
        first = n.split()[0]
        if first.endswith(("특별시", "광역시", "도", "특별자치시", "특별자치도")):
            return "address_road_full"
        if first in [s[1] for s in SIDO] or first.endswith("시"):
            return "address_road_short"
        return "address_from_gu"
    if t == "EMAIL_ADDRESS":
        return "email_gov" if n.endswith(("go.kr", "korea.kr")) else "email"
    return t.lower()


def auto_tags(t, v):
    tags = []
    if re.search(r"[０-９]", v):
        tags.append("fullwidth_digits")
    if re.search(r"[‐－–—]", v):
        tags.append("unicode_hyphen")
    if "\n" in v:
        tags.append("newline")
    if t not in ("PERSON", "KR_ADDRESS", "DATE_OF_BIRTH") and " " in v and t not in ("KR_DRIVER_LICENSE", "KR_VEHICLE_PLATE"):
        tags.append("space_in_value")  # separator spaces or OCR spaces
    if t == "PERSON" and re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v):
        tags.append("spaced_name")
    if t in NUMERIC and t != "IP_ADDRESS" and not re.search(r"[0-9０-９]", v):
        tags.append("hangul_digits")
    if t in NUMERIC and t not in ("KR_PASSPORT",) and re.search(r"[0-9０-９]", v) and re.search(r"(?<![A-Za-z])[OlISB](?![A-Za-z])|[0-9][OlISB]|[OlISB][0-9]", v) and not re.search(r"[A-Z]{3}", v):
        tags.append("ocr_confusable")
    return tags


# ----------------------------------------------------------------- build
def build():
    recs = []
    hw = handwritten.DOCS
    for i, d in enumerate(hw):
        marked = d["text"].strip("\n")
        text, spans, negs = parse(marked)
        if d.get("ocr"):
            text = hard_wrap(text, spans, d.get("wrap", 34)) if d.get("wrap") else text
        for g in negs:
            g["text"] = text[g["start"]:g["end"]]
        recs.append({"template": "hand_%03d" % (i + 1), "genre": d["genre"], "handwritten": True, "ocr": bool(d.get("ocr")),
                     "text": text, "spans": spans, "negs": negs, "nopii": bool(d.get("nopii"))})
    weights = collections.OrderedDict()
    for name in TEMPLATES:
        weights[name] = 1.0
    for name, w in {"travel_order": 6, "tab_passports": 6, "lodging_register": 4, "passport_copy": 5, "foreign_worker_table": 4, "stay_extension": 2,
                    "flight_booking": 3, "card_cancel_list": 6, "aligned_cards": 4, "receipt": 4, "refund_headerless": 3, "scholarship_list": 2,
                    "bank_transfer_confirm": 2, "virtual_account_notice": 2, "hi_dependents": 3, "hi_qualification": 2, "dl_enforcement": 2,
                    "dl_copy_ocr": 2, "bid_application": 3, "access_log": 2, "security_incident": 3, "parking": 1, "fine_notice": 1, "lease": 2,
                    "contract": 2, "box_roster": 3, "medical_record": 2, "foreigner_complaint": 2, "subsidy_application": 2, "nopii_notice": 5,
                    "nopii_stats": 4, "nopii_blank_form": 3, "nopii_anon_decision": 4, "tax_qna": 3, "judgment_anon": 3, "school_record": 1.5,
                    "dl_admin_list": 4.5, "corp_registry_list": 8, "hi_refund_list": 6, "frn_roster": 4, "ip_audit": 3, "rrn_roster": 2.5, "card_statement": 5,
                    "cctv_plate_list": 1.5, "email": 3.5, "personnel_order": 0.5, "minutes": 0.7, "press_release": 0.8, "gongmun_basic": 1.5}.items():
        weights[name] = w
    names = list(weights)
    n_tpl = TOTAL - len(recs)
    counts = collections.Counter(sp["type"] for r in recs for sp in r["spans"])
    counts["NO_PII"] = sum(1 for r in recs if r["nopii"])

    def make(name):
        genre, f = TEMPLATES[name]
        marked = f()
        ocr = name in ("id_copy_ocr", "dl_copy_ocr", "passport_copy") or R.random() < 0.14
        if ocr:
            marked = ocr_mark(marked)
        text, spans, negs = parse(marked)
        if ocr and R.random() < 0.5:
            text = hard_wrap(text, spans, R.randint(28, 44))
        for g in negs:
            g["text"] = text[g["start"]:g["end"]]
        nopii = name.startswith("nopii") or name in ("tax_qna", "judgment_anon")
        recs.append({"template": name, "genre": genre, "handwritten": False, "ocr": ocr, "text": text, "spans": spans, "negs": negs, "nopii": nopii})
        counts.update(sp["type"] for sp in spans)
        counts["NO_PII"] += nopii

    # every template once, then quota-driven picks (most deficient type first), then weighted draws
    for name in names:
        make(name)
    rot = collections.Counter()
    while len(recs) < TOTAL:
        deficit = sorted(((counts[t] / q, t) for t, q in TARGETS.items() if counts[t] < q))
        if deficit:
            t = deficit[0][1]
            pool = BOOST[t]
            name = pool[rot[t] % len(pool)]
            rot[t] += 1
        else:
            name = R.choices(names, weights=[weights[n] for n in names], k=1)[0]
        make(name)
    order = list(range(len(recs)))
    R.shuffle(order)
    out = []
    for k, idx in enumerate(order):
        r = recs[idx]
        r["id"] = "pii_bm-%04d" % (k + 1)
        for s in r["spans"]:
            s["tags"] = sorted(set(s["tags"]) | set(auto_tags(s["type"], text_of(r, s))))
            s["subkind"] = subkind(s["type"], text_of(r, s), s["tags"])
            s["value"] = text_of(r, s)
        r["spans"].sort(key=lambda s: s["start"])
        out.append(r)
    return out


def text_of(r, s):
    return r["text"][s["start"]:s["end"]]


TOTAL = 466
TARGETS = {"KR_PASSPORT": 180, "CREDIT_CARD": 140, "DATE_OF_BIRTH": 150, "KR_BANK_ACCOUNT": 180, "KR_HEALTH_INSURANCE": 95, "KR_CRN": 95,
           "KR_DRIVER_LICENSE": 95, "IP_ADDRESS": 95, "KR_RRN": 112, "KR_FRN": 95, "EMAIL_ADDRESS": 95, "KR_VEHICLE_PLATE": 95, "KR_BRN": 95,
           "KR_ADDRESS": 110, "PHONE_NUMBER": 200, "NO_PII": 46}
BOOST = {"KR_PASSPORT": ["travel_order", "tab_passports", "lodging_register", "passport_copy", "foreign_worker_table", "flight_booking"],
         "CREDIT_CARD": ["card_cancel_list", "aligned_cards", "card_statement", "receipt"],
         "DATE_OF_BIRTH": ["box_roster", "hi_dependents", "scholarship_list", "consent_filled", "discipline"],
         "KR_BANK_ACCOUNT": ["refund_headerless", "hi_refund_list", "bank_transfer_confirm", "virtual_account_notice", "securities_seizure", "chat"],
         "KR_HEALTH_INSURANCE": ["hi_refund_list", "hi_dependents", "hi_qualification", "welfare_case"],
         "KR_CRN": ["corp_registry_list", "bid_application", "contract"],
         "KR_DRIVER_LICENSE": ["dl_admin_list", "dl_enforcement", "dl_copy_ocr", "ruling", "accident_report"],
         "IP_ADDRESS": ["ip_audit", "access_log", "security_incident"],
         "KR_RRN": ["rrn_roster", "subsidy_application", "lease", "tax_refund", "id_copy_ocr"],
         "KR_FRN": ["frn_roster", "foreign_worker_table", "stay_extension", "foreigner_complaint"],
         "EMAIL_ADDRESS": ["email", "box_roster", "security_incident", "gongmun_basic", "school_record"],
         "KR_VEHICLE_PLATE": ["cctv_plate_list", "parking", "fine_notice", "dl_enforcement", "news_prose"],
         "KR_BRN": ["corp_registry_list", "bid_application", "contract_sole", "receipt"],
         "KR_ADDRESS": ["consent_filled", "subsidy_application", "minwon_reply", "auction_deposit", "parcel"],
         "PHONE_NUMBER": ["minutes", "parcel", "chat", "foreigner_complaint"],
         "NO_PII": ["nopii_notice", "nopii_stats", "nopii_blank_form", "nopii_anon_decision", "tax_qna", "judgment_anon"]}


# ----------------------------------------------------------------- validation
TITLES = ("주무관", "사무관", "과장", "위원", "장관", "씨", "님", "귀하", "팀장", "교사", "군", "양", "선생", "은", "는", "이", "가", "의", "에게", "을", "를", "께서")
LEAKS = [("mobile", re.compile(r"01[016789][-. ]?\d{3,4}[-. ]?\d{4}")),
         ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
         ("rrn_shape", re.compile(r"\d{6}\s?-\s?[\d*●Xx]{7}")),
         ("card16", re.compile(r"\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}")),
         ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")),
         ("passport", re.compile(r"(?<![A-Za-z0-9])[MSGDR](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")),
         ("landline", re.compile(r"(?<!\d)0\d{1,2}-\d{3,4}-\d{4}(?!\d)")),
         ("long_id", re.compile(r"(?<![\d-])\d{2,6}(?:-\d{2,8}){2,3}(?![\d-])")),
         ("plate", re.compile(r"(?<!\d)\d{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호] ?\d{4}(?!\d)"))]


def valid_date(y, m, d):
    import datetime
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_value(t, v, sk):
    n = unicodedata.normalize("NFKC", v)
    c = canon_digits(n) if t not in ("KR_PASSPORT", "EMAIL_ADDRESS", "PERSON", "KR_ADDRESS", "IP_ADDRESS", "DATE_OF_BIRTH") else n
    d = only_digits(c)
    if t == "KR_RRN":
        y2, m, dd, g = int(d[:2]), int(d[2:4]), int(d[4:6]), d[6]
        cen = {"1": 1900, "2": 1900, "3": 2000, "4": 2000, "5": 1900, "6": 1900, "7": 2000, "8": 2000, "9": 1800, "0": 1800}[g]
        assert valid_date(cen + y2, m, dd), v
        if sk == "rrn_masked":
            assert len(d) == 7 and sum(ch in MASKCH for ch in n) == 6, v
        else:
            assert len(d) == 13, v
            ok = rrn_check(d[:12]) == int(d[12])
            if sk == "rrn_valid":
                assert ok and (cen + y2, m) < (2020, 10), v
            else:
                assert not ok and (cen + y2, m) >= (2020, 10) and g in "34", v
    elif t == "KR_FRN":
        assert len(d) == 13 and d[6] in "5678" and frn_check(d[:12]) == int(d[12]), v
        assert valid_date((1900 if d[6] in "56" else 2000) + int(d[:2]), int(d[2:4]), int(d[4:6])), v
    elif t == "KR_BRN":
        assert brn_valid(d), v
    elif t == "KR_CRN":
        assert len(d) == 13 and crn_check(d[:12]) == int(d[12]), v
    elif t == "CREDIT_CARD":
        if sk == "card_masked":
            assert len(d) + sum(ch in MASKCH for ch in n) in (15, 16) and len(d) >= 4, v
        else:
            assert len(d) in (14, 15, 16) and luhn_ok(d), v
    elif t == "PHONE_NUMBER":
        assert 9 <= len(d) + sum(ch in MASKCH for ch in n) <= 12 and (d[0] == "0" or n.startswith("+")), v
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", n), v
    elif t == "IP_ADDRESS":
        c2 = re.sub(r"\s", "", canon_digits(n))
        if ":" not in c2:
            parts = c2.split(".")
            assert len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts), v
    elif t == "KR_PASSPORT":
        x = re.sub(r"\s", "", n)
        assert re.fullmatch(r"[A-Za-z0-9*]{7,10}", x), v
    elif t == "KR_DRIVER_LICENSE":
        assert len(d) == 12 or (len(d) == 10 and re.match(r"[가-힣]{2}", n)), v
    elif t == "KR_VEHICLE_PLATE" and not re.search(r"[0-9]", n):
        assert re.search(r"[일이삼사오육칠팔구십백]", n), v
    elif t == "KR_VEHICLE_PLATE":
        assert re.fullmatch(r"([가-힣]{2}\s?)?\d{2,3}[가-힣]\s?\d{4}", re.sub(r"\n", " ", n)), v
    elif t == "KR_HEALTH_INSURANCE":
        assert len(d) == 11, v
    elif t == "KR_BANK_ACCOUNT":
        assert 10 <= len(d) <= 14, v
    elif t == "DATE_OF_BIRTH":
        assert re.search(r"\d", n) or re.search(r"[일이삼사오육칠팔구십]", n), v
    elif t == "KR_ADDRESS":
        assert re.search(r"\d", n) and re.search(r"[시군구도]", n), v
    elif t == "PERSON":
        assert not re.search(r"\d", n), v
        if re.fullmatch(r"[가-힣 ]+", n) and len(n.replace(" ", "")) <= 4:
            assert not n.replace(" ", "").endswith(TITLES[:11]) or len(n.replace(" ", "")) == 3, v


def validate(recs, strict=True):
    errs = []
    ids = set()
    for r in recs:
        t = r["text"]
        assert r["id"] not in ids
        ids.add(r["id"])
        prev = 0
        covered = [False] * len(t)
        negcov = [False] * len(t)
        for s in r["spans"]:
            try:
                assert s["type"] in TYPES
                assert 0 <= s["start"] < s["end"] <= len(t), s
                assert s["start"] >= prev, ("overlap/sort", s)
                v = t[s["start"]:s["end"]]
                assert v == v.strip() and v, ("edge whitespace", v)
                check_value(s["type"], v, s["subkind"])
            except AssertionError as e:
                errs.append((r["id"], r["template"], "span", str(e)))
            prev = s["end"]
            for i in range(s["start"], s["end"]):
                covered[i] = True
        for g in r["negs"]:
            assert t[g["start"]:g["end"]] == g["text"]
            if any(covered[g["start"]:g["end"]]):
                errs.append((r["id"], r["template"], "hard negative overlaps a span", g["text"]))
            for i in range(g["start"], g["end"]):
                negcov[i] = True
        if r["nopii"] and r["spans"]:
            errs.append((r["id"], r["template"], "nopii has spans", ""))
        if not r["nopii"] and not r["spans"]:
            errs.append((r["id"], r["template"], "no spans", ""))
        # every other occurrence labelled
        for s in r["spans"]:
            v = t[s["start"]:s["end"]]
            if len(v) < 2:
                continue
            for m in re.finditer(re.escape(v), t):
                a, b = m.start(), m.end()
                if s["type"] == "PERSON" and ((a > 0 and re.match(r"[가-힣A-Za-z]", t[a - 1])) or (b < len(t) and re.match(r"[A-Za-z]", t[b]))):
                    continue
                if not all(covered[a:b]):
                    errs.append((r["id"], r["template"], "unlabelled repeat", v))
        # leaks
        norm = unicodedata.normalize("NFKC", t)
        if len(norm) == len(t):
            for nm, rx in LEAKS:
                for m in rx.finditer(norm):
                    a, b = m.start(), m.end()
                    if nm == "long_id" and len(only_digits(m.group(0))) < 10:
                        continue
                    if any(not covered[i] and not negcov[i] for i in range(a, b)):
                        if nm == "plate" and not all(negcov[a:b]) and any(covered[a:b]):
                            continue
                        errs.append((r["id"], r["template"], "leak:" + nm, m.group(0)))
    return errs


# ----------------------------------------------------------------- write
def main():
    recs = build()
    errs = validate(recs)
    if errs:
        for e in errs[:80]:
            print("ERR", e)
        print(len(errs), "errors")
        sys.exit(1)
    with open(os.path.join(HERE, "pii_bm.jsonl"), "w", encoding="utf-8") as f, open(os.path.join(HERE, "pii_bm.meta.jsonl"), "w", encoding="utf-8") as g:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r["spans"]], "genre": r["genre"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": r["id"], "template": r["template"], "genre": r["genre"], "handwritten": r["handwritten"], "ocr": r["ocr"], "no_pii": not r["spans"],
                                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "subkind": s["subkind"], "noise": s["tags"], "value": s["value"]} for s in r["spans"]],
                                "hard_negatives": [{"start": h["start"], "end": h["end"], "category": h["category"], "text": h["text"]} for h in r["negs"]]}, ensure_ascii=False) + "\n")
    # re-read and validate
    back = [json.loads(l) for l in open(os.path.join(HERE, "pii_bm.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(HERE, "pii_bm.meta.jsonl"), encoding="utf-8")]
    assert len(back) == len(meta) == len(recs)
    re_recs = []
    for b, m in zip(back, meta):
        assert b["id"] == m["id"] and set(b) == {"id", "text", "spans", "genre"}
        for s, ms in zip(b["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            assert b["text"][s["start"]:s["end"]] == ms["value"]
        re_recs.append({"id": b["id"], "template": m["template"], "text": b["text"], "nopii": m["no_pii"],
                        "spans": [dict(s, subkind=ms["subkind"]) for s, ms in zip(b["spans"], m["spans"])],
                        "negs": [dict(h) for h in m["hard_negatives"]]})
    e2 = validate(re_recs)
    assert not e2, e2[:5]
    st = {"records": len(back), "handwritten_records": sum(m["handwritten"] for m in meta), "template_records": sum(not m["handwritten"] for m in meta),
          "templates_used": len({m["template"] for m in meta if not m["handwritten"]}), "ocr_records": sum(m["ocr"] for m in meta),
          "no_pii_records": sum(m["no_pii"] for m in meta), "spans": sum(len(b["spans"]) for b in back)}
    C = collections.Counter
    st["records_by_genre"] = dict(sorted(C(b["genre"] for b in back).items(), key=lambda x: -x[1]))
    st["spans_by_type"] = dict(sorted(C(s["type"] for b in back for s in b["spans"]).items(), key=lambda x: -x[1]))
    st["spans_by_type_handwritten"] = dict(sorted(C(s["type"] for m in meta if m["handwritten"] for s in m["spans"]).items(), key=lambda x: -x[1]))
    st["spans_by_subkind"] = dict(sorted(C("%s/%s" % (s["type"], s["subkind"]) for m in meta for s in m["spans"]).items()))
    st["noise_tags"] = dict(sorted(C(t for m in meta for s in m["spans"] for t in s["noise"]).items(), key=lambda x: -x[1]))
    st["spans_with_noise"] = sum(1 for m in meta for s in m["spans"] if s["noise"])
    st["hard_negatives_by_category"] = dict(sorted(C(h["category"] for m in meta for h in m["hard_negatives"]).items(), key=lambda x: -x[1]))
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({k: st[k] for k in ("records", "handwritten_records", "template_records", "templates_used", "ocr_records", "no_pii_records", "spans")}, ensure_ascii=False))
    print(json.dumps(st["spans_by_type"], ensure_ascii=False))
    print("OK")


if __name__ == "__main__":
    main()
