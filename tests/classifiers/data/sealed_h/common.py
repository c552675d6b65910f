# helpers for make_set.py (deterministic; no hash()-dependent iteration)
import random

SUR = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 탁 국 은 편 용".split() + ["남궁", "황보", "선우", "제갈"]
GIV = "민 서 지 현 수 영 준 호 진 우 희 경 성 혜 은 정 윤 아 연 주 훈 석 철 미 선 동 재 태 상 원 승 하 유 나 빈 규 혁 한 결 찬 솔 람 온 율 채 다 예 소 인 기 명 용 광 덕 순 자 옥 숙 길 범".split()

def name(r):
    return r.choice(SUR) + r.choice(GIV) + r.choice(GIV)

def masked(n, r):
    return r.choice([n[0] + "○○", n[0] + "**", n[0] + " 모 씨", n[0] + "△△"])

def rrn(r, y0=1950, y1=1999):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    s = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, r.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    s = s + str(c)
    return s[:6] + "-" + s[6:]

def rrn_masked(r):
    x = rrn(r)
    return x[:8] + r.choice(["******", "●●●●●●", "XXXXXX"])

def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))

AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
def office(r, area=None):
    a = area or r.choice(AREA)
    return "%s-%d-%04d" % (a, r.randint(200, 990), r.randint(0, 9999))

SIDO = [("서울특별시", ["마포구", "강서구", "노원구", "송파구", "관악구"]), ("부산광역시", ["해운대구", "사하구", "동래구"]),
        ("대구광역시", ["수성구", "달서구"]), ("인천광역시", ["남동구", "부평구", "연수구"]), ("광주광역시", ["북구", "광산구"]),
        ("대전광역시", ["유성구", "서구"]), ("경기도", ["수원시 장안구", "성남시 분당구", "고양시 일산동구", "화성시", "평택시"]),
        ("강원특별자치도", ["춘천시", "원주시", "강릉시"]), ("충청북도", ["청주시 상당구", "충주시"]), ("충청남도", ["천안시 동남구", "공주시", "홍성군"]),
        ("전라남도", ["순천시", "목포시", "해남군"]), ("경상북도", ["포항시 북구", "안동시", "구미시"]), ("경상남도", ["창원시 의창구", "김해시", "거제시"]),
        ("제주특별자치도", ["제주시", "서귀포시"])]
ROAD = ["한빛로", "새말길", "갈마로", "솔내길", "은행나무로", "금강로", "버들길", "중앙로", "달빛로", "매봉길", "느티로", "동산길"]
def addr(r, unit=True):
    sd, gus = r.choice(SIDO)
    a = "%s %s %s %d" % (sd, r.choice(gus), r.choice(ROAD), r.randint(1, 240))
    if unit and r.random() < 0.6:
        a += ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 6))
    return a

BANKS = [("국민은행", "%06d-%02d-%06d"), ("신한은행", "110-%03d-%06d"), ("농협", "%03d-%04d-%04d-%02d"), ("우리은행", "1002-%03d-%06d"), ("기업은행", "%03d-%06d-%02d-%03d")]
def account(r):
    b, f = r.choice(BANKS)
    n = f.count("%")
    vals = []
    import re
    for m in re.finditer(r"%0(\d)d", f):
        k = int(m.group(1)); vals.append(r.randint(0, 10 ** k - 1))
    return b, f % tuple(vals)

def brn(r):
    d = [r.randint(0, 9) for _ in range(9)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    x = "".join(map(str, d)) + str(c)
    return x[:3] + "-" + x[3:5] + "-" + x[5:]

def passport(r):
    if r.random() < 0.5:
        return r.choice("MS") + "%08d" % r.randint(0, 99999999)
    return r.choice("MS") + "%03d" % r.randint(0, 999) + r.choice("ABCDEFGHJK") + "%04d" % r.randint(0, 9999)

def dl(r):
    return "%02d-%02d-%06d-%02d" % (r.randint(11, 28), r.randint(90, 99) if r.random() < .5 else r.randint(0, 23), r.randint(0, 999999), r.randint(0, 99))

def date(r, y, style=None):
    m = r.randint(1, 12); d = r.randint(1, 28)
    st = style if style is not None else r.randint(0, 3)
    if st == 0: return "%d. %d. %d." % (y, m, d)
    if st == 1: return "%d년 %d월 %d일" % (y, m, d)
    if st == 2: return "%d.%02d.%02d." % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)

def money(r, lo, hi, unit=1000):
    return "{:,}".format(r.randint(lo, hi) * unit)

def yn(codes):
    return "".join("Y" if i in codes else "N" for i in range(1, 9))

def field(r, kind, codes, year, style=None):
    """stated 공개 구분 field in one of many forms; kind in 공개/부분공개/비공개"""
    codes = sorted(codes)
    cs = ",".join(str(c) for c in codes)
    if year < 2004 and r.random() < 0.6:
        opts = {"공개": ["( ○ )공개  (   )비공개", "공개여부 : 공개", "/ 공 개 /"],
                "부분공개": ["공개여부 : 부분공개(%s)" % cs, "(   )공개 ( ○ )부분공개 (   )비공개", "/부분공개/"],
                "비공개": ["(   )공개  ( ○ )비공개", "공개여부 : 비공개(%s)" % cs, "/ 비 공 개 /", "비공개(공공기관의정보공개에관한법률 제7조제1항제%s호)" % (codes[0] if codes else 5)]}
        return r.choice(opts[kind])
    if kind == "공개":
        opts = ["공개", "공개구분: 공개", "/ 공개", "공개여부: 공개", "공개 구분 | 공개", "[공개]", "공개(YYYYYYYY 해당없음)"[:2]]
    elif kind == "부분공개":
        opts = ["부분공개(%s)" % cs, "/ 부분공개(%s)" % cs, "공개구분: 부분공개(제%s호)" % cs.replace(",", "·"),
                "공개여부: 부분공개(%s)" % yn(codes), "부분공개 (정보공개법 제9조제1항제%s호)" % cs.replace(",", "·"), "공개 구분 | 부분공개(%s)" % cs]
    else:
        opts = ["비공개(%s)" % cs, "/ 비공개(%s)" % cs, "공개구분: 비공개(제%s호)" % cs.replace(",", "·"), "공개여부: 비공개(%s)" % yn(codes),
                "비공개 (「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%s호)" % cs.replace(",", "·"), "공개 구분 | 비공개(%s)" % cs]
    out = opts[style] if style is not None else r.choice(opts)
    if year < 2004:  # before the 2004 full revision the grounds were in 제7조
        out = out.replace("제9조", "제7조")
    return out

def ocr(text, r, p=0.03):
    sub = {"0": "O", "1": "l", "이": "01", "·": ".", "ㆍ": ".", "|": "ㅣ", "다": "다 ", "은": "온", "의": "외", "-": "‐", "회": "희", " ": "  "}
    out = []
    for ch in text:
        if ch in sub and r.random() < p:
            out.append(sub[ch])
        elif ch == "\n" and r.random() < 0.15:
            out.append("\n\n")
        else:
            out.append(ch)
        if ch not in "\n" and r.random() < p / 6:
            out.append(r.choice(["\n", " ", "'", ",", "~"]))
    return "".join(out)
