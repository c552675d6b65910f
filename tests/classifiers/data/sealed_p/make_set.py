#!/usr/bin/env python3
"""sens_p: independent evaluation set for Korean public-sector document sensitivity.

Deterministic: every random choice comes from random.Random seeded with a string in the
"sens_p-2026|..." namespace. No set/dict-hash-order dependence. Run with the venv that has
reportlab:  /work/evalsets/venv_sens_p/bin/python make_set.py
"""
import hashlib, io, json, os, random, re, subprocess, sys, zipfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
NS = "sens_p-2026"


def R(*parts):
    return random.Random(NS + "|" + "|".join(str(p) for p in parts))


# ----------------------------------------------------------------------------- pools
SURN = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 "
        "나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 어 은 편 용 예 경").split()
SURN2 = ["남궁", "황보", "선우", "제갈", "독고"]
GIVEN = ("민준 서준 도윤 예준 시우 하준 지호 주원 지후 준우 준서 건우 현우 우진 선우 서진 민재 현준 연우 유준 정우 승우 승현 시윤 준혁 "
         "은우 지환 승민 지우 유찬 민성 준영 시후 진우 지원 수호 재윤 동현 수현 서연 서윤 서현 민서 하은 하윤 윤서 지유 지민 채원 지아 "
         "수아 다은 은서 예은 수빈 소율 예린 하린 영숙 정희 미경 순자 영철 상훈 성호 경수 재형 혜진 은정 미영 정훈 동욱 태호 광수 명숙 "
         "병철 기현 종민 승희 혜원 나연 경민 재석 용준 문정 수정 보람 한결 다솜 슬기 영호 말순 덕수 금순 창호 윤희 세영 가은 태윤 희정").split()


def pname(rng):
    s = rng.choice(SURN2) if rng.random() < 0.04 else rng.choice(SURN)
    return s + rng.choice(GIVEN)


def masked_name(rng):
    n = pname(rng)
    st = rng.choice(["o", "o", "*", "mo"])
    sur = n[:2] if n[:2] in SURN2 else n[0]
    if st == "o":
        return sur + "○" * (len(n) - len(sur))
    if st == "*":
        return sur + "*" * (len(n) - len(sur))
    return sur + " 모 씨"


def rrn(rng, masked=False, y0=1955, y1=2004):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28)
    g = rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])
    front = "%02d%02d%02d" % (y % 100, m, d)
    body = "%d%05d" % (g, rng.randint(0, 99999))
    if masked:
        return front + "-" + str(g) + rng.choice(["*", "●", "X", "x"]) * 6
    digits = front + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(digits, w)) % 11) % 10
    return front + "-" + body + str(c)


def frn(rng):
    y = rng.randint(1965, 1999); m = rng.randint(1, 12); d = rng.randint(1, 28)
    g = rng.choice([5, 6])
    front = "%02d%02d%02d" % (y % 100, m, d)
    body = "%d%05d" % (g, rng.randint(0, 99999))
    digits = front + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (13 - sum(int(a) * b for a, b in zip(digits, w)) % 11) % 10
    return front + "-" + body + str(c)


def passport(rng, foreign=False):
    if foreign:
        return rng.choice(["E", "P", "C", "G"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    if rng.random() < 0.5:
        return "M" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "M%03d%s%04d" % (rng.randint(0, 999), rng.choice("ABCDEFGHJK"), rng.randint(0, 9999))


def dlicense(rng):
    reg = rng.choice(["11", "12", "13", "14", "15", "16", "19", "20", "21", "22", "23", "24", "25", "26", "28"])
    return "%s-%02d-%06d-%02d" % (reg, rng.randint(0, 24), rng.randint(0, 999999), rng.randint(10, 99))


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


BANKS = [("국민은행", lambda r: "%06d-%02d-%06d" % (r.randint(0, 999999), r.randint(1, 99), r.randint(0, 999999))),
         ("신한은행", lambda r: "110-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999))),
         ("농협은행", lambda r: "3%02d-%04d-%04d-%02d" % (r.randint(1, 99), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99))),
         ("우리은행", lambda r: "1002-%03d-%06d" % (r.randint(0, 999), r.randint(0, 999999))),
         ("하나은행", lambda r: "%03d-%06d-%05d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(0, 99999))),
         ("IBK기업은행", lambda r: "%03d-%06d-%02d-%03d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(1, 99), r.randint(0, 999)))]


def account(rng):
    b, f = rng.choice(BANKS)
    return b, f(rng)


def brn(rng):
    d = [rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9)] + [rng.randint(0, 9) for _ in range(4)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    c = (10 - s % 10) % 10
    s9 = "".join(map(str, d)) + str(c)
    return s9[:3] + "-" + s9[3:5] + "-" + s9[5:]


ADDR = [("서울특별시", "마포구", ["성미산로", "월드컵북로", "독막로", "망원로"]),
        ("서울특별시", "노원구", ["동일로", "상계로", "노해로"]),
        ("서울특별시", "강서구", ["공항대로", "화곡로", "양천로"]),
        ("경기도", "수원시 영통구", ["매영로", "봉영로", "청명남로"]),
        ("경기도", "고양시 일산서구", ["주엽로", "킨텍스로", "대화로"]),
        ("부산광역시", "해운대구", ["좌동순환로", "해운대로", "재반로"]),
        ("대구광역시", "수성구", ["달구벌대로", "들안로"]),
        ("인천광역시", "연수구", ["컨벤시아대로", "해돋이로"]),
        ("광주광역시", "북구", ["첨단과기로", "설죽로"]),
        ("대전광역시", "서구", ["계룡로", "둔산로", "갈마역로"]),
        ("충청북도", "청주시 흥덕구", ["가로수로", "직지대로"]),
        ("전라남도", "순천시", ["연향번영길", "장선배기길"]),
        ("경상남도", "창원시 성산구", ["원이대로", "창이대로"])]


def paddr(rng):
    sido, sgg, roads = rng.choice(ADDR)
    a = "%s %s %s %d" % (sido, sgg, rng.choice(roads), rng.randint(1, 399))
    u = rng.random()
    if u < 0.45:
        a += ", %d동 %d%02d호" % (rng.randint(101, 118), rng.randint(1, 24), rng.randint(1, 6))
    elif u < 0.6:
        a += ", %d층" % rng.randint(2, 8)
    return a


COMPANIES = ["(주)한빛엔지니어링", "대성건설(주)", "(주)누리정보기술", "세진산업(주)", "(주)미래환경컨설팅", "동아시스템(주)",
             "(주)청솔조경", "우리안전산업(주)", "(주)다온소프트", "태평양토건(주)", "(주)한결이엔씨", "정우전기(주)",
             "(주)가람건축사사무소", "새솔통신(주)", "(주)푸른물산업", "(주)온누리방재", "삼우기술단(주)", "(주)하늘데이터"]

AG = [
    dict(k="mois", t="ministry", name="행정안전부", head="행정안전부장관", zip="30128", addr="세종특별자치시 도움6로 42 정부세종청사 8동", tel="044-205", web="www.mois.go.kr", mail="korea.kr",
         depts=["디지털정부정책과", "비상대비정책과", "정보공개정책과", "운영지원과", "재난안전점검과", "지방재정정책과"]),
    dict(k="molit", t="ministry", name="국토교통부", head="국토교통부장관", zip="30103", addr="세종특별자치시 도움6로 11 정부세종청사 6동", tel="044-201", web="www.molit.go.kr", mail="korea.kr",
         depts=["도시정책과", "주택정책과", "철도안전정책과", "운영지원과", "공공주택추진단"]),
    dict(k="moe", t="ministry", name="교육부", head="교육부장관", zip="30119", addr="세종특별자치시 갈매로 408 정부세종청사 14동", tel="044-203", web="www.moe.go.kr", mail="korea.kr",
         depts=["교원정책과", "학생건강정책과", "비상안전담당관", "운영지원과", "학교안전총괄과"]),
    dict(k="mohw", t="ministry", name="보건복지부", head="보건복지부장관", zip="30113", addr="세종특별자치시 도움4로 13 정부세종청사 10동", tel="044-202", web="www.mohw.go.kr", mail="korea.kr",
         depts=["지역복지과", "공공보건정책과", "운영지원과", "감사담당관"]),
    dict(k="mofa", t="ministry", name="외교부", head="외교부장관", zip="03172", addr="서울특별시 종로구 사직로8길 60", tel="02-2100", web="www.mofa.go.kr", mail="mofa.go.kr",
         depts=["북미1과", "지역경제기구과", "영사서비스과", "보안담당관실", "의전기획팀"]),
    dict(k="mnd", t="ministry", name="국방부", head="국방부장관", zip="04383", addr="서울특별시 용산구 이태원로 22", tel="02-748", web="www.mnd.go.kr", mail="mnd.go.kr",
         depts=["동원기획과", "군사시설기획과", "보안정책과", "국방개혁실"]),
    dict(k="motie", t="ministry", name="산업통상자원부", head="산업통상자원부장관", zip="30118", addr="세종특별자치시 한누리대로 402 정부세종청사 13동", tel="044-203", web="www.motie.go.kr", mail="korea.kr",
         depts=["통상정책총괄과", "에너지안전과", "운영지원과", "자유무역협정정책관실"]),
    dict(k="moj", t="ministry", name="법무부", head="법무부장관", zip="13809", addr="경기도 과천시 관문로 47 정부과천청사 1동", tel="02-2110", web="www.moj.go.kr", mail="korea.kr",
         depts=["형사법제과", "교정기획과", "감사담당관실", "출입국정책과"]),
    dict(k="me", t="ministry", name="환경부", head="환경부장관", zip="30103", addr="세종특별자치시 도움6로 11 정부세종청사 6동", tel="044-201", web="www.me.go.kr", mail="korea.kr",
         depts=["물환경정책과", "화학물질정책과", "운영지원과"]),
    dict(k="mapo", t="local", name="서울특별시 마포구", head="서울특별시 마포구청장", zip="03937", addr="서울특별시 마포구 월드컵로 212", tel="02-3153", web="www.mapo.go.kr", mail="mapo.go.kr",
         depts=["총무과", "자치행정과", "도시계획과", "복지정책과", "안전관리과", "감사담당관"]),
    dict(k="suwon", t="local", name="수원시", head="수원시장", zip="16490", addr="경기도 수원시 팔달구 효원로 241", tel="031-228", web="www.suwon.go.kr", mail="korea.kr",
         depts=["총무과", "도시정책과", "건축과", "재난안전과", "감사관", "회계과"]),
    dict(k="haeundae", t="local", name="부산광역시 해운대구", head="부산광역시 해운대구청장", zip="48095", addr="부산광역시 해운대구 중동2로 11", tel="051-749", web="www.haeundae.go.kr", mail="korea.kr",
         depts=["총무과", "관광문화과", "안전도시과", "복지정책과", "청소행정과"]),
    dict(k="chuncheon", t="local", name="춘천시", head="춘천시장", zip="24298", addr="강원특별자치도 춘천시 시청길 11", tel="033-250", web="www.chuncheon.go.kr", mail="korea.kr",
         depts=["행정지원과", "도시과", "안전총괄과", "건설과"]),
    dict(k="gongju", t="local", name="공주시", head="공주시장", zip="32550", addr="충청남도 공주시 봉황로 1", tel="041-840", web="www.gongju.go.kr", mail="korea.kr",
         depts=["자치행정과", "문화관광과", "안전총괄과", "농업정책과"]),
    dict(k="jeonju", t="local", name="전주시", head="전주시장", zip="55032", addr="전북특별자치도 전주시 완산구 노송광장로 10", tel="063-281", web="www.jeonju.go.kr", mail="korea.kr",
         depts=["총무과", "도시계획과", "시민안전담당관", "감사담당관"]),
    dict(k="andong", t="local", name="안동시", head="안동시장", zip="36716", addr="경상북도 안동시 퇴계로 115", tel="054-840", web="www.andong.go.kr", mail="korea.kr",
         depts=["행정지원과", "문화유산과", "안전재난과", "농업정책과"]),
    dict(k="yuseong", t="local", name="대전광역시 유성구", head="대전광역시 유성구청장", zip="34140", addr="대전광역시 유성구 대학로 211", tel="042-611", web="www.yuseong.go.kr", mail="korea.kr",
         depts=["총무과", "교육지원과", "도시과", "재난안전과"]),
    dict(k="jeju", t="local", name="제주특별자치도", head="제주특별자치도지사", zip="63122", addr="제주특별자치도 제주시 문연로 6", tel="064-710", web="www.jeju.go.kr", mail="korea.kr",
         depts=["총무과", "관광정책과", "안전정책과", "감사위원회 감사과"]),
    dict(k="fire_mapo", t="fire", name="서울마포소방서", head="서울마포소방서장", zip="04069", addr="서울특별시 마포구 독막로 180", tel="02-3143", web="fire.seoul.go.kr/mapo", mail="seoul.go.kr",
         depts=["예방과", "대응총괄과", "행정과"]),
    dict(k="fire_suwon", t="fire", name="수원남부소방서", head="수원남부소방서장", zip="16677", addr="경기도 수원시 영통구 영통로 200", tel="031-8012", web="www.gg.go.kr/fire", mail="gg.go.kr",
         depts=["예방안전과", "화재대응과", "소방행정과"]),
    dict(k="fire_cheonan", t="fire", name="천안동남소방서", head="천안동남소방서장", zip="31133", addr="충청남도 천안시 동남구 청수14로 60", tel="041-620", web="www.chungnam.go.kr/cnfire", mail="korea.kr",
         depts=["예방안전과", "현장대응단", "소방행정과"]),
    dict(k="sen", t="edu", name="서울특별시교육청", head="서울특별시교육감", zip="03178", addr="서울특별시 종로구 송월길 48", tel="02-399", web="www.sen.go.kr", mail="sen.go.kr",
         depts=["교원정책과", "학생생활교육과", "총무과", "감사관 공익감사담당관", "중등교육과"]),
    dict(k="goe", t="edu", name="경기도교육청", head="경기도교육감", zip="16475", addr="경기도 수원시 팔달구 효원로 1", tel="031-820", web="www.goe.go.kr", mail="korea.kr",
         depts=["교원인사과", "학교안전과", "총무과", "감사총괄담당관", "시험평가팀"]),
    dict(k="dge", t="edu", name="대구광역시교육청", head="대구광역시교육감", zip="42110", addr="대구광역시 수성구 수성로76길 11", tel="053-231", web="www.dge.go.kr", mail="korea.kr",
         depts=["교육혁신과", "총무과", "체육건강과", "감사관"]),
    dict(k="ex", t="soe", name="한국도로공사", head="한국도로공사 사장", zip="39660", addr="경상북도 김천시 혁신8로 77", tel="054-811", web="www.ex.co.kr", mail="ex.co.kr",
         depts=["계약처 계약기획팀", "안전혁신처", "인사처 인사운영팀", "감사실"]),
    dict(k="kepco", t="soe", name="한국전력공사", head="한국전력공사 사장", zip="58322", addr="전라남도 나주시 전력로 55", tel="061-345", web="www.kepco.co.kr", mail="kepco.co.kr",
         depts=["계약처", "보안처", "인재경영처", "감사실 감사기획부"]),
    dict(k="kwater", t="soe", name="한국수자원공사", head="한국수자원공사 사장", zip="34350", addr="대전광역시 대덕구 신탄진로 200", tel="042-629", web="www.kwater.or.kr", mail="kwater.or.kr",
         depts=["수도운영처", "보안방재처", "구매계약처", "인사처"]),
    dict(k="lh", t="soe", name="한국토지주택공사", head="한국토지주택공사 사장", zip="52852", addr="경상남도 진주시 충의로 19", tel="055-922", web="www.lh.or.kr", mail="lh.or.kr",
         depts=["공공택지기획처", "보상기획처", "계약관리처", "감사실"]),
    dict(k="korail", t="soe", name="한국철도공사", head="한국철도공사 사장", zip="34618", addr="대전광역시 동구 중앙로 240", tel="042-615", web="www.korail.com", mail="korail.com",
         depts=["안전계획처", "인사운영처", "구매처", "감사실"]),
    dict(k="pol_mapo", t="police", name="서울마포경찰서", head="서울마포경찰서장", zip="04168", addr="서울특별시 마포구 마포대로 183", tel="02-3149", web="www.smpa.go.kr", mail="police.go.kr",
         depts=["수사과", "형사과", "생활안전과", "경무과", "정보안보과"]),
    dict(k="pol_ggn", t="police", name="경기남부경찰청", head="경기남부경찰청장", zip="16456", addr="경기도 수원시 팔달구 효원로 1", tel="031-888", web="www.ggpolice.go.kr", mail="police.go.kr",
         depts=["수사과", "사이버수사과", "경무과", "안보수사과"]),
    dict(k="pol_haeundae", t="police", name="부산해운대경찰서", head="부산해운대경찰서장", zip="48094", addr="부산광역시 해운대구 중동2로 24", tel="051-893", web="www.bspolice.go.kr", mail="police.go.kr",
         depts=["수사과", "형사과", "여성청소년과", "경무과"]),
    dict(k="court_seoul", t="court", name="서울중앙지방법원", head="서울중앙지방법원장", zip="06594", addr="서울특별시 서초구 서초중앙로 157", tel="02-530", web="seoul.scourt.go.kr", mail="scourt.go.kr",
         depts=["총무과", "민사과", "형사과", "공보관실"]),
    dict(k="court_suwon", t="court", name="수원지방법원", head="수원지방법원장", zip="16512", addr="경기도 수원시 영통구 월드컵로 120", tel="031-210", web="suwon.scourt.go.kr", mail="scourt.go.kr",
         depts=["총무과", "민사신청과", "형사과"]),
    dict(k="court_daejeon", t="court", name="대전지방법원", head="대전지방법원장", zip="35237", addr="대전광역시 서구 둔산중로78번길 45", tel="042-470", web="djcourt.scourt.go.kr", mail="scourt.go.kr",
         depts=["총무과", "민사과", "집행관사무소"]),
]
AGK = {a["k"]: a for a in AG}


def ag_of(rng, types):
    c = [a for a in AG if a["t"] in types]
    return rng.choice(c)


def dstr(rng, y=None, mlo=1, mhi=12):
    y = y or rng.choice([2025, 2026, 2026])
    return "%d. %d. %d." % (y, rng.randint(mlo, mhi), rng.randint(1, 28))


def tel(ag, rng):
    return "%s-%04d" % (ag["tel"], rng.randint(1000, 9899))


def drange(rng, span=(3, 120)):
    import datetime
    a = datetime.date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    b = a + datetime.timedelta(days=rng.randint(*span))
    return "%d. %d. %d. ~ %d. %d. %d." % (a.year, a.month, a.day, b.year, b.month, b.day)


AG_TOPICS = {"mois": ["재난", "디지털"], "molit": ["교통", "도로"], "moe": ["교육", "디지털"], "mohw": ["복지"], "mofa": ["디지털", "관광"],
             "mnd": ["재난", "디지털"], "motie": ["환경", "디지털"], "moj": ["디지털", "복지"], "me": ["환경", "수도"],
             "ex": ["도로", "교통"], "kepco": ["디지털", "환경"], "kwater": ["수도", "환경"], "lh": ["교통", "환경"], "korail": ["교통", "디지털"]}
TYPE_TOPICS = {"local": ["재난", "복지", "교통", "환경", "관광", "도로", "수도", "디지털"], "fire": ["재난"], "edu": ["교육", "디지털", "복지"],
               "police": ["교통", "재난", "디지털"], "court": ["디지털"], "ministry": ["디지털"], "soe": ["디지털"]}


def topic_for(rng, ag):
    return rng.choice(AG_TOPICS.get(ag["k"]) or TYPE_TOPICS[ag["t"]])


ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ"]


# ----------------------------------------------------------------------------- document model
class Doc:
    def __init__(self):
        self.header = []   # page header lines (every page)
        self.footer = []   # page footer lines (every page)
        self.blocks = []   # ("p", text) | ("table", rows) | ("box", text)

    def p(self, *lines):
        for l in lines:
            self.blocks.append(("p", l))

    def table(self, rows):
        self.blocks.append(("table", [list(r) for r in rows]))

    def box(self, text):
        self.blocks.append(("box", text))

    def insert_p(self, i, text):
        self.blocks.insert(i, ("p", text))


def render_text(doc, rng):
    sep = rng.choice([" | ", "\t", "  ", " │ "])
    boxst = rng.choice(["bracket", "frame", "plain"])
    out = []
    out.extend(doc.header)
    if doc.header:
        out.append("")
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                line = sep.join(row)
                if sep == " | " and rng.random() < 0.5:
                    line = "| " + line + " |"
                out.append(line)
        elif b[0] == "box":
            t = b[1]
            if boxst == "bracket":
                out.append("[ " + t + " ]")
            elif boxst == "frame":
                out.append("┌" + "─" * (len(t) + 2) + "┐")
                out.append("│ " + t + " │")
                out.append("└" + "─" * (len(t) + 2) + "┘")
            else:
                out.append(t)
    if doc.footer:
        out.append("")
        out.extend(doc.footer)
    return "\n".join(out).rstrip("\n") + "\n"


# ----------------------------------------------------------------------------- OCR-like noise
CONF = {"□": ["ㅁ", "口", "□"], "○": ["O", "0", "o"], "·": ["ㆍ", ".", "·"], "「": ["[", "r", "「"], "」": ["]", "J", "」"],
        "Ⅲ": ["III", "Ⅲ", "lll"], "Ⅱ": ["II", "Ⅱ", "ll"], "Ⅰ": ["I", "Ⅰ"], "ㅇ": ["o", "ㅇ", "O"], "※": ["*", "※"],
        "■": ["▣", "■", "㉮"]}
HANGUL_WORD = re.compile(r"[가-힣]{2,5}")


def ocr_noise(text, rng):
    kinds = []
    lines = text.split("\n")
    out = []
    # 1) confusable characters
    if rng.random() < 0.8:
        kinds.append("confusables")
        new = []
        for l in lines:
            s = []
            for ch in l:
                if ch in CONF and rng.random() < 0.55:
                    s.append(rng.choice(CONF[ch]))
                else:
                    s.append(ch)
            new.append("".join(s))
        lines = new
    # 2) spaced letters inside words
    if rng.random() < 0.8:
        kinds.append("spaced_letters")
        new = []
        for l in lines:
            def sp(m):
                return " ".join(m.group(0)) if rng.random() < 0.1 else m.group(0)
            new.append(HANGUL_WORD.sub(sp, l))
        lines = new
    # 3) broken lines (hard wraps at a scanner column)
    if rng.random() < 0.7:
        kinds.append("broken_lines")
        w = rng.randint(30, 44)
        for l in lines:
            while len(l) > w and rng.random() < 0.85:
                out.append(l[:w]); l = l[w:]
            out.append(l)
        lines = out
    # 4) stray page-scan artefacts
    if rng.random() < 0.4:
        kinds.append("artefacts")
        k = rng.randint(1, max(1, len(lines) - 1))
        lines.insert(k, rng.choice(["- 1 -", "·", "|", "ㅣ", ".. ", "- 2 -"]))
    if not kinds:
        kinds.append("spaced_letters")
        lines = [HANGUL_WORD.sub(lambda m: " ".join(m.group(0)), l, count=1) for l in lines]
    return "\n".join(lines), kinds


def noise_doc(doc, rng):
    """Apply scan noise to the model (used for PDF/HWPX 'scanned' docs): confusables + spaced letters only."""
    def f(s):
        s2 = []
        for ch in s:
            s2.append(rng.choice(CONF[ch]) if ch in CONF and rng.random() < 0.5 else ch)
        s = "".join(s2)
        return HANGUL_WORD.sub(lambda m: " ".join(m.group(0)) if rng.random() < 0.1 else m.group(0), s)
    doc.header = [f(x) for x in doc.header]
    doc.footer = [f(x) for x in doc.footer]
    nb = []
    for b in doc.blocks:
        if b[0] == "table":
            nb.append(("table", [[f(c) for c in r] for r in b[1]]))
        else:
            nb.append((b[0], f(b[1])))
    doc.blocks = nb
    return ["confusables", "spaced_letters"]


# ----------------------------------------------------------------------------- HWPX writer
HP = 'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:opf="http://www.idpf.org/2007/opf/"'

SUBLIST = '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'


class HW:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def para(self, text, inner_extra=""):
        self.pid += 1
        t = "<hp:t>%s</hp:t>" % xesc(text) if text else "<hp:t/>"
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="0">%s%s</hp:run></hp:p>') % (self.pid, inner_extra, t)

    def sublist(self, lines, va="TOP"):
        return (SUBLIST % va) + "".join(self.para(l) for l in lines) + "</hp:subList>"

    def table(self, rows):
        self.oid += 1
        nr, nc = len(rows), max(len(r) for r in rows)
        cw = 42520 // nc
        trs = []
        for ri, r in enumerate(rows):
            tcs = []
            for ci in range(nc):
                cell = r[ci] if ci < len(r) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="1200"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist(cell.split("\n"), "CENTER"), ci, ri, cw))
            trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
        tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="1" noAdjust="0">'
               '<hp:sz width="42520" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
               % (self.oid, nr, nc, 1200 * nr, "".join(trs)))
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>'
                % (self.pid, tbl))

    def rect(self, text):
        self.oid += 1
        w, h = 9000 + 600 * len(text), 3000
        r = ('<hp:rect id="%d" zOrder="%d" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
             '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
             '<hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
             '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
             '<hp:lineShape color="#E60000" width="71" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
             '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
             '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
             '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
             '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
             '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="RIGHT" vertOffset="0" horzOffset="0"/>'
             '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>'
             % (self.oid, self.oid, self.oid, w, h, w // 2, h // 2, w, self.sublist([text], "CENTER"), w, w, h, h, w, h))
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>'
                % (self.pid, r))


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
              '<hh:fontfaces itemCnt="2"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="1"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"/></hh:head>') % HP

ZDT = (2026, 1, 5, 9, 0, 0)


def zadd(z, name, data, store=False):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_STORED if store else zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def write_hwpx(doc, path):
    h = HW()
    ctrls = ""
    if doc.header:
        ctrls += '<hp:ctrl><hp:header id="1" applyPageType="BOTH">%s</hp:header></hp:ctrl>' % h.sublist(doc.header, "TOP")
    if doc.footer:
        ctrls += '<hp:ctrl><hp:footer id="2" applyPageType="BOTH">%s</hp:footer></hp:ctrl>' % h.sublist(doc.footer, "BOTTOM")
    body = []
    first = True
    for b in doc.blocks:
        if first:
            # the first paragraph carries secPr and the header/footer controls
            h.pid += 1
            body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                        '<hp:run charPrIDRef="0">%s%s</hp:run></hp:p>' % (h.pid, SECPR, ctrls))
            first = False
        if b[0] == "p":
            body.append(h.para(b[1]))
        elif b[0] == "table":
            body.append(h.table(b[1]))
        elif b[0] == "box":
            body.append(h.rect(b[1]))
    sec = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (HP, "".join(body))
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title/><opf:language>ko</opf:language></opf:metadata><opf:manifest>'
           '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % HP
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" '
                 'media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>')
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" '
               'application="Hancom Office Hangul" appVersion="12, 0, 0, 0"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zadd(z, "mimetype", "application/hwp+zip", store=True)
        zadd(z, "version.xml", version)
        zadd(z, "Contents/header.xml", HEADER_XML)
        zadd(z, "Contents/section0.xml", sec)
        zadd(z, "settings.xml", settings)
        zadd(z, "META-INF/container.xml", container)
        zadd(z, "META-INF/manifest.xml", manifest)
        zadd(z, "Contents/content.hpf", hpf)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------- PDF writer
_PDF = {}


def pdf_init():
    if _PDF:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NG", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
    pdfmetrics.registerFont(TTFont("NGB", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"))
    _PDF["sw"] = pdfmetrics.stringWidth


def wrap(text, font, size, width):
    sw = _PDF["sw"]
    if not text:
        return [""]
    toks = re.split(r"( )", text)
    lines, cur = [], ""
    for t in toks:
        if sw(cur + t, font, size) <= width:
            cur += t
            continue
        if cur.strip():
            lines.append(cur.rstrip())
            cur = t.lstrip()
        else:
            cur = t
        while sw(cur, font, size) > width:
            k = len(cur)
            while k > 1 and sw(cur[:k], font, size) > width:
                k -= 1
            lines.append(cur[:k]); cur = cur[k:]
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


PDF_FALLBACK = {"☐": "□", "☑": "■"}   # glyphs missing from NanumGothic


def pdf_safe(s):
    return "".join(PDF_FALLBACK.get(c, c) for c in s)


def write_pdf(doc, path, red_marks=()):
    pdf_init()
    doc.header = [pdf_safe(x) for x in doc.header]
    doc.footer = [pdf_safe(x) for x in doc.footer]
    doc.blocks = [("table", [[pdf_safe(c) for c in r] for r in b[1]]) if b[0] == "table" else (b[0], pdf_safe(b[1])) for b in doc.blocks]
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    W, H = A4
    L, Rm, T, B = 22 * mm, 22 * mm, 24 * mm, 22 * mm
    cw = W - L - Rm
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(""); c.setAuthor(""); c.setCreator("sens_p"); c.setProducer("sens_p")
    st = {"y": H - T, "page": 1}
    FS, LH = 10, 5.6 * mm

    def deco():
        for i, hl in enumerate(doc.header):
            red = any(m in hl for m in red_marks)
            c.setFont("NGB" if red else "NG", 11 if red else 8.5)
            c.setFillColorRGB(0.85, 0, 0) if red else c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawCentredString(W / 2, H - 12 * mm - i * 4.5 * mm, hl)
        for i, fl in enumerate(doc.footer):
            red = any(m in fl for m in red_marks)
            c.setFont("NGB" if red else "NG", 11 if red else 8.5)
            c.setFillColorRGB(0.85, 0, 0) if red else c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawCentredString(W / 2, 10 * mm + (len(doc.footer) - 1 - i) * 4.5 * mm, fl)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("NG", 8)
        c.drawRightString(W - Rm, 5 * mm, "- %d -" % st["page"])

    def newpage():
        c.showPage(); st["page"] += 1; st["y"] = H - T; deco()

    def need(h):
        if st["y"] - h < B:
            newpage()

    deco()
    for b in doc.blocks:
        if b[0] == "p":
            for ln in wrap(b[1], "NG", FS, cw):
                need(LH)
                c.setFont("NG", FS); c.setFillColorRGB(0, 0, 0)
                c.drawString(L, st["y"] - FS, ln)
                st["y"] -= LH
        elif b[0] == "table":
            rows = b[1]
            nc = max(len(r) for r in rows)
            colw = cw / nc
            for r in rows:
                cells = [wrap(r[i] if i < len(r) else "", "NG", 8.5, colw - 4) for i in range(nc)]
                rh = max(len(x) for x in cells) * 4.4 * mm + 2.4 * mm
                need(rh)
                y0 = st["y"]
                c.setLineWidth(0.5); c.setStrokeColorRGB(0, 0, 0)
                for i in range(nc):
                    c.rect(L + i * colw, y0 - rh, colw, rh)
                    c.setFont("NG", 8.5)
                    for j, ln in enumerate(cells[i]):
                        c.drawString(L + i * colw + 2, y0 - 1.2 * mm - 8.5 - j * 4.4 * mm, ln)
                st["y"] -= rh
            st["y"] -= 2 * mm
        elif b[0] == "box":
            t = b[1]
            tw = _PDF["sw"](t, "NGB", 13) + 8 * mm
            need(12 * mm)
            x = W - Rm - tw
            c.setStrokeColorRGB(0.85, 0, 0); c.setLineWidth(1.6)
            c.rect(x, st["y"] - 10 * mm, tw, 9 * mm)
            c.setFillColorRGB(0.85, 0, 0); c.setFont("NGB", 13)
            c.drawCentredString(x + tw / 2, st["y"] - 7.4 * mm, t)
            c.setFillColorRGB(0, 0, 0); c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.5)
            st["y"] -= 12 * mm
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------- helpers for cues
def nums_of(reasons):
    return [r.rsplit("-", 1)[1] for r in reasons if r.startswith("OIDA")]


def field_str(rng, disc, reasons):
    if disc == "public":
        return rng.choice(["공개", "공개", "공개", "공 개"])
    n = nums_of(reasons) or ["6"]
    w = "부분공개" if disc == "partial" else "비공개"
    return rng.choice(["%s(%s)" % (w, n[0]), "%s(%s)" % (w, ",".join(n)), "%s(제%s호)" % (w, n[0]),
                       "%s(제9조제1항제%s호)" % (w, n[0]), "%s (%s)" % (w, n[0]), "%s(%s)" % (w, n[0])])


def law_cite(rng, n):
    return rng.choice(["「공공기관의 정보공개에 관한 법률」 제9조제1항제%s호" % n,
                       "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%s호" % n,
                       "정보공개법 제9조 제1항 제%s호" % n,
                       "공공기관의정보공개에관한법률 제9조 1항 %s호" % n,
                       "「정보공개법」 §9①%s" % n,
                       "정보공개법 제9조①항 %s호" % n])


def checkbox_line(rng, disc, reasons):
    n = (nums_of(reasons) or ["6"])[0]
    on, off = rng.choice([("■", "□"), ("☑", "☐"), ("[V]", "[ ]"), ("●", "○"), ("■", "□")])
    a = on if disc == "public" else off
    b = on if disc == "partial" else off
    c = on if disc == "non_public" else off
    st = rng.randint(0, 2)
    if st == 0:
        return "공개여부  %s 공개  %s 부분공개(%s)  %s 비공개(%s)" % (a, b, n if disc == "partial" else "   ", c, n if disc == "non_public" else "   ")
    if st == 1:
        return "공개구분: %s공개 %s부분공개 %s비공개 (해당 호: %s)" % (a, b, c, "-" if disc == "public" else "제%s호" % n)
    return "정보공개 여부 | %s 대국민공개 | %s 부분공개 | %s 비공개(사유: 법 제9조 제1항 제%s호)" % (a, b, c, n if disc != "public" else "  ")


def officials(rng, k):
    return [pname(rng) for _ in range(k)]


def spaced(s):
    return " ".join(s.replace(" ", ""))


def email(rng, ag):
    return "%s%d@%s" % (rng.choice(["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon"]),
                        rng.randint(10, 999), ag["mail"])


def docno(rng, dept):
    return "%s-%d" % (dept.split()[-1], rng.randint(120, 9800))


def gongmun(rng, ag, title, body, attach=None, field=None, recv=None, dept=None, sign=None, date=None,
            field_loc=None, top=None, extra_end=None, head_style=None):
    """Build a 공문 (두문/본문/결문). Returns (doc, info)."""
    d = Doc()
    dept = dept or rng.choice(ag["depts"])
    date = date or dstr(rng)
    if top:
        for t in top:
            d.p(t)
    hs = head_style if head_style is not None else rng.randint(0, 2)
    d.p(spaced(ag["name"]) if hs == 0 else ag["name"])
    if hs == 2:
        d.p("")
    d.p("수신  " + (recv or rng.choice(["수신자 참조", "내부결재", "각 시·도 %s" % rng.choice(["안전총괄과장", "자치행정과장", "총무과장"]), "수신자 참조"])))
    d.p("(경유)")
    d.p("제목  " + title)
    d.p("")
    body = list(body)
    if attach:
        for l in body:
            d.p(l)
        d.p("")
        for i, a in enumerate(attach):
            pre = "붙임  " if i == 0 else "      "
            num = ("%d. " % (i + 1)) if len(attach) > 1 else ""
            line = pre + num + a
            if i == len(attach) - 1:
                line += "  끝."
            d.p(line)
    else:
        body[-1] = body[-1] + "  끝."
        for l in body:
            d.p(l)
    d.p("")
    d.p(spaced(ag["head"]) if rng.random() < 0.6 else ag["head"] + "  (직인생략)")
    d.p("")
    n1, n2, n3 = officials(rng, 3)
    mmdd = "%02d/%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    last = dept.split()[-1]
    dh = last if last.endswith("관") else last + "장"
    titles = {"ministry": ("주무관", "사무관", dh), "local": ("주무관", "팀장", dh),
              "fire": ("소방장", "소방경", dh), "edu": ("주무관", "장학사", dh),
              "soe": ("대리", "차장", "팀장"), "police": ("경사", "경감", dh), "court": ("주무관", "사무관", dh)}[ag["t"]]
    sign = sign or rng.choice(["text", "text", "table"])
    if sign == "table":
        d.table([["기안자", "검토자", "결재권자"], ["%s %s" % (titles[0], n1), "%s %s" % (titles[1], n2), "%s %s 전결 %s" % (titles[2], n3, mmdd)]])
    else:
        d.p("★%s %s    %s %s    %s %s 전결 %s" % (titles[0], n1, titles[1], n2, titles[2], n3, mmdd))
    d.p("협조자")
    dn = docno(rng, dept)
    d.p("시행  %s (%s)        접수" % (dn, date))
    d.p("우 %s  %s  / %s" % (ag["zip"], ag["addr"], rng.choice(["http://" + ag["web"], ag["web"]])))
    t1, t2 = tel(ag, rng), tel(ag, rng)
    em = email(rng, ag)
    fl = field_loc or rng.choice(["end", "end", "end", "own"])
    if field is None:
        d.p("전화번호 %s  팩스번호 %s  / %s" % (t1, t2, em))
    elif fl == "end":
        d.p("전화번호 %s  팩스번호 %s  / %s  /%s%s" % (t1, t2, em, rng.choice([" ", ""]), field))
    else:
        d.p("전화 %s  전송 %s  / %s" % (t1, t2, em))
        d.p(rng.choice(["공개구분: ", "공개여부 : ", "/ "]) + field)
    if extra_end:
        for e in extra_end:
            d.p(e)
    return d, dict(drafter=n1, reviewer=n2, approver=n3, dept=dept, date=date, docno=dn)


TOPICS = {
    "재난": (["노후 공공시설물", "지하차도 침수 취약구간", "전통시장 화재 취약지역", "급경사지", "다중이용시설", "저수지 및 소규모 댐"],
           ["정밀안전점검 실시", "예찰 활동 강화", "응급복구 체계 정비", "재난문자 발송 기준 개선", "주민대피 훈련 정례화", "민관 합동점검 확대"]),
    "디지털": (["행정정보시스템", "민원 처리 시스템", "클라우드 전환 대상 시스템", "공공 와이파이", "전자결재 시스템", "홈페이지 통합 플랫폼"],
            ["노후 장비 교체", "이중화 구성 점검", "접근권한 정비", "장애 대응 매뉴얼 개정", "클라우드 전환", "웹 접근성 개선"]),
    "복지": (["위기가구 발굴", "기초생활보장 수급 관리", "독거노인 돌봄", "장애인 활동지원", "긴급복지 지원", "청년 자립 지원"],
           ["사각지대 발굴 강화", "방문 상담 확대", "지원 기준 정비", "민관 협력 체계 구축", "통합사례관리 내실화", "신청 절차 간소화"]),
    "교육": (["기초학력 보장", "늘봄학교", "교원 업무 경감", "학교 안전", "디지털 교육 기반", "학교 공간 혁신"],
           ["운영 모델 확산", "지원 인력 배치", "연수 과정 개편", "시범학교 운영", "현장 의견 수렴", "예산 지원 확대"]),
    "교통": (["시내버스 노선", "보행 안전 시설", "어린이보호구역", "공영주차장", "광역교통 연계", "교통약자 이동지원"],
           ["노선 개편", "시설 개선", "단속 강화", "확충 계획 수립", "연계 체계 정비", "차량 증차"]),
    "환경": (["미세먼지 저감", "하천 수질 관리", "생활폐기물 감량", "탄소중립 실천", "도시 녹지 확충", "소규모 사업장 배출 관리"],
           ["배출원 관리 강화", "모니터링 확대", "분리배출 홍보", "시민 참여 프로그램 운영", "도시숲 조성", "기술 지원"]),
    "관광": (["지역 축제 운영", "관광 안내 체계", "야간 관광 콘텐츠", "지역 특산물 홍보", "관광객 안전 관리", "무장애 관광"],
           ["콘텐츠 다양화", "다국어 안내 강화", "운영 시간 확대", "온라인 홍보 확대", "안전요원 배치", "편의시설 확충"]),
    "도로": (["고속도로 포장 유지보수", "휴게소 서비스", "터널 안전 설비", "졸음쉼터", "교량 내진 보강", "노후 방음벽"],
           ["보수 구간 확대", "시설 개선", "설비 교체", "추가 설치", "보강 공사 추진", "정기 점검 강화"]),
    "수도": (["정수장 운영", "노후 상수관로", "누수 관리", "수질 검사", "단수 대응", "스마트 미터링"],
           ["교체 사업 추진", "실시간 감시 강화", "대응 매뉴얼 정비", "검사 항목 확대", "비상 급수 체계 보강", "시범 설치"]),
}
SECS = [["추진 배경", "추진 현황", "문제점 및 개선 방향", "세부 추진 계획", "향후 일정", "행정사항"],
        ["개요", "현황 분석", "주요 과제", "소요 예산", "기대 효과", "협조 사항"],
        ["목적", "그간 추진 경과", "여건 분석", "추진 전략", "분기별 계획", "행정사항"]]


def bullets(rng, topic, k):
    subj, act = TOPICS[topic]
    out = []
    for _ in range(k):
        s, a = rng.choice(subj), rng.choice(act)
        tail = rng.choice(["", " (’%d. %d월~%d월, %d개소)" % (rng.choice([25, 26]), rng.randint(1, 6), rng.randint(7, 12), rng.randint(3, 60)),
                           " : 추진율 %d%%" % rng.randint(15, 98), " (예산 %d백만원)" % rng.randint(30, 2400), ""])
        lead = rng.choice(["ㅇ ", "○ ", "- ", "◦ "])
        out.append("%s%s %s%s" % (lead, s, a, tail))
        if rng.random() < 0.35:
            out.append("   - %s 결과를 반영하여 %s 추진" % (rng.choice(["현장 점검", "설문 조사", "전문가 자문", "관계기관 협의"]), rng.choice(act)))
    return out


def report_body(rng, topic, nsec, k=(2, 4), secset=None):
    secs = secset or rng.choice(SECS)
    out = []
    for i in range(min(nsec, len(secs))):
        out.append("")
        out.append(rng.choice(["%s. %s" % (ROMAN[i], secs[i]), "%d. %s" % (i + 1, secs[i]), "□ %s" % secs[i]]))
        out.extend(bullets(rng, topic, rng.randint(*k)))
    return out


# ----------------------------------------------------------------------------- generic cue placement
def place_generic(rng, d, loc, disc, reasons, anchor=1):
    fs = field_str(rng, disc, reasons)
    n = (nums_of(reasons) or ["6"])[0]
    if loc == "header":
        s = rng.choice([fs, "공개구분: " + fs, "[" + fs + "]", "%s | %s" % (rng.choice(["내부결재", "업무참고"]), fs)])
        d.header.append(s)
    elif loc == "footer":
        s = rng.choice(["공개여부: " + fs, fs, "※ 공개구분 " + fs])
        d.footer.append(s)
    elif loc == "box":
        s = {"non_public": rng.choice(["비공개", "비 공 개", "비공개 문서"]), "partial": rng.choice(["부분공개", "부분 공개", "부분공개(%s)" % n]),
             "public": "공개"}[disc]
        d.blocks.insert(anchor, ("box", s))
    elif loc == "first_line":
        s = rng.choice(["[%s]" % fs, "※ %s 문서" % fs, "<%s>" % fs, "공개구분 : %s" % fs])
        d.blocks.insert(0, ("p", s))
    elif loc == "checkbox":
        s = checkbox_line(rng, disc, reasons)
        d.blocks.insert(anchor, ("p", s))
    elif loc == "gyeoljae":
        a, b, c = officials(rng, 3)
        s = fs
        d.p("")
        d.table([["담당", "팀장", "과장", "공개구분"], [a, b, c + " (전결)", fs]])
    elif loc == "citation":
        cite = law_cite(rng, n)
        if disc == "non_public":
            s = rng.choice(["※ 본 자료는 %s에 해당하는 정보로서 공개하지 아니함." % cite,
                            "※ 이 문서는 %s에 따른 비공개 대상 정보임." % cite,
                            "(비공개 사유: %s)" % cite])
        elif "OIDA-9-1-7" in reasons and "OIDA-9-1-6" not in reasons:
            s = rng.choice(["※ 업체가 제출한 원가 산출 내역 및 기술자료는 %s(경영상·영업상 비밀)에 해당하여 제외하고 공개함." % cite,
                            "※ 평가 세부 내용 중 업체 고유 기술 부분은 %s에 따라 비공개, 나머지는 공개" % cite])
        else:
            s = rng.choice(["※ 이 문서 중 개인정보(성명·주소·연락처)는 %s에 따라 삭제 후 공개함." % cite,
                            "※ 다만, 명단의 개인 식별정보는 %s에 해당하여 비공개 처리함." % cite,
                            "※ 개인정보 포함 부분은 가림 처리 후 공개 (%s)" % cite])
        d.p("")
        d.p(s)
    elif loc == "last_line":
        s = rng.choice(["공개구분 : %s" % fs, "/ %s" % fs, "[공개여부] %s" % fs])
        d.p("")
        d.p(s)
    else:
        raise ValueError(loc)
    return s


def mark_str(rng, mk, until):
    if mk == "대외비":
        return rng.choice(["대 외 비", "[대외비]", "《대외비》", "%s까지 대외비" % until, "대외비(보호기간: %s까지)" % until,
                           "보안등급: 대외비", "대외비", "< 대 외 비 >"])
    if mk == "III급":
        return rng.choice(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "III급비밀"])
    if mk == "II급":
        return rng.choice(["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "Ⅱ급 비밀"])
    return rng.choice(["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"])


GRADE_TXT = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def apply_marking(rng, d, mk, style=None):
    y = rng.choice([2026, 2027, 2028, 2029, 2030])
    mo = rng.choice([6, 12, 12])
    until = "%d. %d. %d." % (y, mo, 30 if mo == 6 else 31)
    s = mark_str(rng, mk, until)
    style = style or rng.choice(["topbottom", "topbottom", "firstlast", "box", "table", "header"])
    extra = []
    if style == "topbottom":
        d.header.insert(0, s); d.footer.append(s); loc = "page header+footer"
    elif style == "header":
        d.header.insert(0, s); loc = "page header"
    elif style == "firstlast":
        d.blocks.insert(0, ("p", s)); d.p(""); d.p(s); loc = "first line+last line"
    elif style == "box":
        d.blocks.insert(0, ("box", s)); loc = "stamp text box (top)"
    else:
        d.blocks.insert(0, ("table", [["문서번호", "보안등급", "작성일"], ["%s-%d" % (rng.choice(["비상", "보안", "기획", "통합방위"]), rng.randint(10, 999)), s.replace("보안등급: ", ""), dstr(rng)]]))
        loc = "classification table"
    # copy number near the top for 비밀
    if mk != "대외비" and rng.random() < 0.75:
        cp = rng.choice(["사본번호: 제%d호" % rng.randint(1, 9), "사본 번호 %d/%d" % (rng.randint(1, 3), rng.randint(4, 9)), "사본번호 %02d" % rng.randint(1, 12)])
        d.blocks.insert(1 if style in ("firstlast", "box", "table") else 0, ("p", cp))
        extra.append("사본번호")
    # 예고문 / 보호기간 near the end
    if mk != "대외비":
        yg = rng.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (until, GRADE_TXT[mk]),
                         "예고문 : %s 이후 일반문서로 재분류 / 보존기간: 준영구" % until,
                         "예 고 문  %s까지 %s, 이후 %s" % (until, GRADE_TXT[mk], "Ⅲ급비밀로 재분류" if mk != "III급" else "파기")])
        d.p(""); d.p(yg); extra.append("예고문")
    elif rng.random() < 0.6 and "보호기간" not in s and "까지" not in s:
        d.p(""); d.p(rng.choice(["보호기간: %s까지" % until, "예고문: %s 이후 일반문서로 재분류" % until, "※ %s까지 대외비로 관리" % until]))
        extra.append("보호기간")
    return s, loc, extra


def R_(doc, disc, mark, reasons, genre, cue, loc, flags=(), stated=None, **kw):
    out = dict(doc=doc, disclosure=disc, marking=mark, reasons=sorted(reasons), genre=genre, cue=cue, cue_loc=loc, flags=list(flags), stated=stated)
    out.update(kw)
    return out


# ============================================================================= PUBLIC templates
def t_pub_coop(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe"])
    topic = topic_for(rng, ag)
    ev = rng.choice(["%s 관계기관 합동 워크숍" % topic, "%s 정책 설명회" % topic, "%s 담당자 역량강화 교육" % topic, "%s 우수사례 공모" % topic])
    o = officials(rng, 1)[0]
    body = ["1. 관련: %s-%d(%s)호" % (rng.choice(ag["depts"]), rng.randint(100, 9999), dstr(rng)),
            "2. 위 호와 관련하여 「%s」를 아래와 같이 개최하오니, 소관 업무 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다." % ev,
            "  가. 일시: %s %d:00~%d:00" % (dstr(rng), rng.randint(9, 14), rng.randint(15, 18)),
            "  나. 장소: %s" % rng.choice(["정부세종컨벤션센터 %d층 중회의실" % rng.randint(2, 4), ag["name"] + " 대회의실", "온라인(영상회의) 병행"]),
            "  다. 참석대상: 각 기관 %s 담당 공무원 %d명 내외" % (topic, rng.randint(1, 3)),
            "  라. 주요내용: %s" % ", ".join(rng.sample(TOPICS[topic][1], 2)),
            "3. 참석자는 %s까지 %s 주무관 %s(%s)에게 %s 제출하여 주시기 바랍니다." % (dstr(rng), rng.choice(ag["depts"]), o, tel(ag, rng), rng.choice(["전자우편으로", "온-나라 메일로", "공문으로"]))]
    stated = rng.random() < 0.75
    f = field_str(rng, "public", []) if stated else None
    d, _ = gongmun(rng, ag, "%s 개최 및 참석 협조 요청" % ev, body, attach=rng.choice([None, ["세부 일정표 1부.", "참석 신청서 1부."], ["행사 계획 1부."]]), field=f)
    return R_(d, "public", "none", [], "공문", f or "content (officials only)", "gyeolmun" if f else "content", stated=f)


def head_role(ag):
    t, n = ag["t"], ag["name"]
    if t == "ministry":
        return "장관"
    if t == "local":
        return "구청장" if n.endswith("구") else ("도지사" if n.endswith("도") else "시장")
    return {"fire": "서장", "edu": "교육감", "soe": "사장", "court": "법원장"}.get(t) or ("청장" if n.endswith("경찰청") else "서장")


def t_pub_press(rng):
    ag = ag_of(rng, ["ministry", "local", "police", "fire", "edu", "soe"])
    topic = topic_for(rng, ag)
    d = Doc()
    d.p(rng.choice(["보 도 자 료", "보도자료", "보도참고자료"]))
    d.p("%s  |  보도시점: %s %s" % (ag["name"], rng.choice(["즉시", "배포 즉시", dstr(rng)]), rng.choice(["", "(조간)", "12:00 이후"])))
    t = "%s, %s %s 본격 추진" % (ag["name"], topic, rng.choice(TOPICS[topic][1]))
    d.p(t)
    d.p("- %s %s 등 %d개 과제에 %d억 원 투입 -" % (rng.choice(TOPICS[topic][0]), rng.choice(TOPICS[topic][1]), rng.randint(3, 12), rng.randint(2, 90)))
    d.p("")
    d.p("□ %s(%s %s)는 %s부터 %s을(를) 중점 추진한다고 밝혔다." % (ag["name"], head_role(ag), pname(rng), dstr(rng), " ".join(rng.sample(TOPICS[topic][0], 1)) + " " + rng.choice(TOPICS[topic][1])))
    for b in bullets(rng, topic, rng.randint(3, 5)):
        d.p(b)
    who = pname(rng)
    d.p("□ %s %s %s은(는) “%s”라고 말했다." % (ag["name"], rng.choice(["국장", "실장", "과장", "본부장"]), who, rng.choice(["현장의 목소리를 반영해 체감도 높은 정책을 만들겠다", "시민 안전을 최우선으로 두고 추진하겠다", "관계기관과 긴밀히 협력하겠다"])))
    if rng.random() < 0.35:
        d.p("※ 관련 통계 중 개인을 식별할 수 있는 정보는 포함하지 않음")
    d.p("")
    dept = rng.choice(ag["depts"])
    n1, n2 = officials(rng, 2)
    rows = [["담당 부서", dept, "책임자", "과장 %s" % n1, "(%s)" % tel(ag, rng)], ["", "", "담당자", "%s %s" % (rng.choice(["사무관", "주무관", "팀장"]), n2), "(%s)" % tel(ag, rng)]]
    d.table(rows)
    if rng.random() < 0.3:
        d.footer.append("%s  %s" % (ag["name"], ag["web"]))
    return R_(d, "public", "none", [], "보도자료", "content (officials in office)", "content")


def t_pub_bid(rng):
    ag = ag_of(rng, ["soe", "local", "ministry", "edu"])
    topic = rng.choice(["도로", "디지털", "수도", "환경", "교육"])
    nm = "%s %s %s" % (rng.choice([2025, 2026]), rng.choice(TOPICS[topic][0]), rng.choice(["유지관리 용역", "개선 공사", "구축 사업", "물품 구매"]))
    d = Doc()
    d.p("%s 공고 제%d-%d호" % (ag["name"], rng.choice([2025, 2026]), rng.randint(10, 900)))
    d.p("")
    d.p(rng.choice(["입 찰 공 고", "긴급 입찰 공고", "입찰공고(협상에 의한 계약)"]))
    d.p("")
    d.p("1. 입찰에 부치는 사항")
    d.table([["공고번호", "사업명", "추정가격", "사업기간"], ["%d%07d-00" % (rng.choice([2025, 2026]), rng.randint(0, 9999999)), nm, "%s원(부가세 별도)" % format(rng.randint(50, 3000) * 1000000, ","), "계약일부터 %d일" % rng.choice([90, 120, 180, 240, 365])]])
    d.p("2. 입찰참가자격: 「국가를 당사자로 하는 계약에 관한 법률 시행령」 제12조 및 같은 법 시행규칙 제14조에 따른 자격 요건을 갖춘 자")
    d.p("3. 입찰 및 개찰 일시: 전자입찰 마감 %s 10:00, 개찰 같은 날 11:00" % dstr(rng))
    d.p("4. 낙찰자 결정방법: %s" % rng.choice(["적격심사", "협상에 의한 계약(기술 80 : 가격 20)", "최저가"]))
    d.p("5. 예정가격은 복수예비가격 15개 중 추첨된 4개의 산술평균으로 결정하며, 입찰 관련 문의는 아래로 하시기 바랍니다.")
    n = pname(rng)
    d.p("   - 계약 담당: %s %s (%s), 사업 담당: %s" % (rng.choice(["주무관", "대리", "과장"]), n, tel(ag, rng), rng.choice(ag["depts"])))
    d.p("")
    d.p(dstr(rng))
    d.p(ag["head"])
    return R_(d, "public", "none", [], "입찰", "content (bid notice)", "content")


def t_pub_personnel(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "police", "fire"])
    d = Doc()
    d.p(rng.choice(["인 사 발 령", "인사발령 사항", "%s 인사" % ag["name"]]))
    d.p("%s 자" % dstr(rng))
    d.p("")
    rows = [["구분", "소속", "직급", "성명", "발령사항"]]
    for _ in range(rng.randint(4, 9)):
        kind = rng.choice(["승진", "전보", "전보", "직무대리"])
        rows.append([kind, rng.choice(ag["depts"]), rng.choice(["행정주사", "행정사무관", "시설주사보", "지방행정주사", "경감", "소방위", "교육행정사무관"]), pname(rng),
                     "%s %s" % (rng.choice(ag["depts"]), rng.choice(["근무를 명함", "팀장에 보함", "직무대리를 명함"]))])
    d.table(rows)
    d.p("")
    d.p(ag["head"])
    f = None
    if rng.random() < 0.5:
        f = field_str(rng, "public", [])
        d.p("공개여부: " + f)
    return R_(d, "public", "none", [], "인사", f or "content (official appointments)", "last_line" if f else "content", stated=f)


def t_pub_contract_status(rng):
    ag = ag_of(rng, ["local", "soe", "edu", "ministry"])
    d = Doc()
    q = rng.randint(1, 4)
    d.p("%d년 %d분기 계약 체결 현황 공개" % (rng.choice([2025, 2026]), q))
    d.p("(「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조 및 계약정보 공개 규정에 따름)" if ag["t"] == "local" else "(「공공기관의 운영에 관한 법률」 및 계약사무 규정에 따른 수의계약 내역 공개)")
    rows = [["연번", "계약명", "계약상대자", "계약금액(원)", "계약방법", "계약일"]]
    for i in range(rng.randint(5, 10)):
        topic = topic_for(rng, ag)
        rows.append([str(i + 1), "%s %s" % (rng.choice(TOPICS[topic][0]), rng.choice(["용역", "공사", "물품구매"])), rng.choice(COMPANIES),
                     format(rng.randint(3, 900) * 100000, ","), rng.choice(["수의계약", "제한경쟁", "일반경쟁", "협상계약"]), dstr(rng)])
    d.table(rows)
    d.p("※ 세부 내역은 %s 누리집 계약정보공개 게시판 참조" % ag["name"])
    d.footer.append("%s %s" % (ag["name"], rng.choice(ag["depts"])))
    return R_(d, "public", "none", [], "계약", "content (company contracts)", "content")


def t_pub_audit_summary(rng):
    ag = ag_of(rng, ["local", "edu", "soe", "ministry"])
    target = rng.choice(["%s 종합감사" % rng.choice(["○○동 행정복지센터", "○○중학교", "○○사업소", "시설관리공단"]), "%s 분야 특정감사" % topic_for(rng, ag)])
    d = Doc()
    d.p("%s 결과 공개" % target)
    d.p("")
    d.p("1. 감사 개요")
    d.p("  ㅇ 감사기간: %s (%d일간)" % (drange(rng), rng.randint(4, 12)))
    d.p("  ㅇ 감사인원: 감사반장 등 %d명" % rng.randint(3, 8))
    d.p("2. 감사 결과 처분 요구")
    rows = [["연번", "지적 사항", "처분 요구", "관련자"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), rng.choice(["계약 업무 처리 부적정", "보조금 정산 검증 소홀", "물품 관리 대장 정리 미흡", "초과근무수당 지급 부적정", "공유재산 사용료 부과 누락", "안전점검 결과 후속조치 미흡"]),
                     rng.choice(["시정", "주의", "개선", "통보", "회수 %s원" % format(rng.randint(10, 900) * 10000, ",")]), rng.choice(["담당자 A", "○○팀장 등 2명", "-", "관련 부서"])])
    d.table(rows)
    d.p("3. 감사 결과에 대한 재심의 신청은 처분 요구를 받은 날부터 1개월 이내에 할 수 있음")
    d.p("")
    d.p("%s %s" % (ag["name"], rng.choice([x for x in ag["depts"] if "감사" in x] or ["감사담당관"])))
    return R_(d, "public", "none", [], "감사결과", "content (anonymised 관련자)", "content")


def t_pub_minwon_masked(rng):
    ag = ag_of(rng, ["local", "ministry", "soe", "edu", "fire"])
    mn = masked_name(rng)
    topic = topic_for(rng, ag)
    body = ["1. 평소 %s 행정에 관심을 가져 주셔서 감사드립니다." % ag["name"],
            "2. 귀하께서 국민신문고를 통해 제기하신 민원(신청번호 %dAA-%02d%02d-%07d)에 대한 검토 결과를 다음과 같이 알려드립니다." % (rng.randint(1, 9), rng.choice([25, 26]), rng.randint(1, 12), rng.randint(0, 9999999)),
            "  가. 민원 요지: %s 관련 %s 요청" % (rng.choice(TOPICS[topic][0]), rng.choice(TOPICS[topic][1])),
            "  나. 검토 결과: 현장 확인 결과 %s" % rng.choice(["요청하신 사항은 %d년 사업에 반영하여 추진할 예정입니다." % rng.choice([2026, 2027]),
                                                       "관련 법령상 즉시 조치는 어려우나 정기 점검 시 우선 검토하겠습니다.", "해당 구간에 대해 보수 작업을 완료하였습니다."]),
            "3. 기타 궁금하신 사항은 %s %s 주무관(%s)에게 문의하여 주시면 친절히 안내해 드리겠습니다." % (rng.choice(ag["depts"]), pname(rng), tel(ag, rng))]
    f = field_str(rng, "public", []) if rng.random() < 0.5 else None
    d, _ = gongmun(rng, ag, "민원 처리 결과 알림(%s)" % rng.choice(TOPICS[topic][0]), body, field=f, recv="%s 님" % mn)
    return R_(d, "public", "none", [], "민원회신", "masked requester name %s" % mn, "gyeolmun" if f else "content", flags=["masked_person"], stated=f)


def t_pub_minutes_official(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe", "court"])
    topic = topic_for(rng, ag)
    d = Doc()
    d.p(rng.choice(["회 의 록", "회의 결과", "%s 실무협의회 회의록" % topic]))
    d.table([["회의명", "%s 추진 %s" % (topic, rng.choice(["실무협의회", "점검회의", "TF 회의"]))], ["일시", "%s %d:00" % (dstr(rng), rng.randint(9, 16))],
             ["장소", ag["name"] + " " + rng.choice(["소회의실", "상황실", "영상회의실"])],
             ["참석자", ", ".join("%s %s" % (rng.choice(ag["depts"]), rng.choice(["과장", "팀장", "사무관", "주무관"])) for _ in range(rng.randint(3, 6)))]])
    d.p("")
    d.p("1. 안건: %s %s" % (rng.choice(TOPICS[topic][0]), rng.choice(TOPICS[topic][1])))
    d.p("2. 주요 논의 내용")
    for b in bullets(rng, topic, rng.randint(3, 6)):
        d.p(b)
    d.p("3. 결정 사항")
    d.p("  ㅇ %s은(는) %s까지 세부 계획을 수립하여 보고" % (rng.choice(ag["depts"]), dstr(rng)))
    d.p("  ㅇ 차기 회의: %s" % dstr(rng))
    f = None
    if rng.random() < 0.5:
        f = field_str(rng, "public", [])
        loc = rng.choice(["footer", "last_line", "header"])
        place_generic(rng, d, loc, "public", [])
    return R_(d, "public", "none", [], "회의록", f or "content (officials only)", loc if f else "content", stated=f)


def t_pub_long_report(rng):
    ag = ag_of(rng, ["ministry", "local", "soe", "edu"])
    topic = topic_for(rng, ag)
    d = Doc()
    yr = rng.choice([2026, 2027])
    d.p("%d년 %s %s" % (yr, topic, rng.choice(["종합 추진계획", "중장기 발전계획", "업무계획", "개선 방안 연구 결과 보고서"])))
    d.p("")
    d.p("%s %s" % (dstr(rng), ag["name"]))
    d.p("")
    for l in report_body(rng, topic, 6, k=(4, 7)):
        d.p(l)
    d.p("")
    d.p("붙임  1. 과제별 세부 추진 일정 1부.")
    d.p("      2. %s 현황 통계 1부.  끝." % topic)
    f = None
    if rng.random() < 0.6:
        f = field_str(rng, "public", [])
        d.p("")
        d.p(rng.choice(["공개구분: ", "/ ", "공개여부 : "]) + f)
    return R_(d, "public", "none", [], "보고서", f or "content", "last_line (far from start)" if f else "content", flags=["long"], stated=f)


def t_pub_fire(rng):
    ag = ag_of(rng, ["fire"])
    ev = rng.choice(["화재안전 특별조사", "소방훈련 및 소방안전교육", "겨울철 화재예방 대책", "다중이용업소 합동점검"])
    body = ["1. 관련: 「화재의 예방 및 안전관리에 관한 법률」 제%d조" % rng.choice([7, 37, 41]),
            "2. %s을(를) 다음과 같이 실시하오니 관계인께서는 협조하여 주시기 바랍니다." % ev,
            "  가. 기간: %s" % (drange(rng)),
            "  나. 대상: 관내 %s %d개소" % (rng.choice(["요양병원", "전통시장", "노유자시설", "대형 판매시설", "공동주택"]), rng.randint(5, 80)),
            "  다. 내용: 소방시설 작동 상태, 피난통로 확보, 비상구 폐쇄 여부 등",
            "3. 점검 결과 불량 사항은 현지 시정 또는 조치명령하고, 우수 대상은 안전관리 우수업소로 추천할 예정입니다."]
    f = field_str(rng, "public", [])
    d, _ = gongmun(rng, ag, "%s 실시 알림" % ev, body, field=f, recv="수신자 참조(관내 대상처 관계인)")
    return R_(d, "public", "none", [], "공문", f, "gyeolmun", stated=f)


def t_pub_court(rng):
    ag = ag_of(rng, ["court"])
    d = Doc()
    kind = rng.randint(0, 2)
    if kind == 0:
        d.p("보도자료")
        d.p("%s, %s 운영" % (ag["name"], rng.choice(["찾아가는 조정 서비스", "야간 민원실", "전자소송 체험관", "시민사법참여단"])))
        d.p("□ %s(법원장 %s)은 %s부터 시민의 사법 접근성을 높이기 위해 위 제도를 운영한다고 밝혔다." % (ag["name"], pname(rng), dstr(rng)))
        d.p("□ 이용을 원하는 시민은 민원실(%s)로 문의하면 된다." % tel(ag, rng))
        d.p("공보관 %s (%s)" % (pname(rng), tel(ag, rng)))
    elif kind == 1:
        d.p("%s 공고 제%d-%d호" % (ag["name"], rng.choice([2025, 2026]), rng.randint(1, 99)))
        d.p("청사 %s 공사에 따른 출입 안내" % rng.choice(["주차장 보수", "민원실 리모델링", "승강기 교체"]))
        d.p("1. 기간: %s" % (drange(rng)))
        d.p("2. 내용: 공사 기간 중 %s 출입구를 폐쇄하고 %s 출입구를 이용하여 주시기 바랍니다." % (rng.choice(["동관", "서관", "정문"]), rng.choice(["후문", "별관", "남측"])))
        d.p(ag["head"])
    else:
        d.p("%s 법원 견학 프로그램 운영 계획" % ag["name"])
        for b in ["1. 대상: 관내 초·중·고등학생 및 일반 시민 단체", "2. 내용: 법정 견학, 모의재판 체험, 판사와의 대화", "3. 신청: 방문 희망일 2주 전까지 누리집 신청", "4. 문의: 총무과 %s" % tel(ag, rng)]:
            d.p(b)
    return R_(d, "public", "none", [], rng.choice(["보도자료", "안내문"]) if kind != 2 else "안내문", "content", "content")


def t_pub_expense(rng):
    ag = ag_of(rng, ["local", "ministry", "edu", "soe"])
    d = Doc()
    d.p("%d년 %d월 %s 업무추진비 집행내역" % (rng.choice([2025, 2026]), rng.randint(1, 12), rng.choice([ag["head"].split()[-1], "부시장", "부교육감", "기획조정실장", "부사장"])))
    rows = [["집행일시", "집행장소", "집행목적", "대상인원", "금액(원)", "결제방법"]]
    for _ in range(rng.randint(5, 9)):
        rows.append(["%s %d:%02d" % (dstr(rng), rng.randint(11, 20), rng.choice([0, 10, 30, 40])), rng.choice(["○○식당", "△△한정식", "□□카페", "구내식당"]),
                     rng.choice(["%s 관계기관 간담회" % topic_for(rng, ag), "직원 격려 간담회", "현안 업무 협의", "유관기관 업무협의"]),
                     "%s 외 %d명" % (rng.choice(["%s %s" % (rng.choice(ag["depts"]), rng.choice(["과장", "팀장"])), "관계 공무원"]), rng.randint(2, 12)),
                     format(rng.randint(4, 60) * 10000 + rng.choice([0, 5000]), ","), "카드"])
    d.table(rows)
    d.p("※ 「%s」에 따라 공개" % rng.choice(["지방자치단체 업무추진비 집행에 관한 규칙", "공공기관의 정보공개에 관한 법률 제7조"]))
    return R_(d, "public", "none", [], "통계", "content (expense disclosure)", "content")


# ============================================================================= MENTION-ONLY public templates
def t_m_guideline(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe", "police"])
    d = Doc()
    until = "%d. 12. 31." % rng.choice([2026, 2027])
    title = rng.choice(["비밀 및 대외비 문서 취급 요령 안내", "대외비 문서 관리 강화 알림", "비밀·대외비 표시 및 관리 지침(개정)", "보안문서 생산·관리 실무 안내"])
    body = ["1. 관련: 「보안업무규정」 및 같은 규정 시행규칙, %s 보안업무 시행세칙" % ag["name"],
            "2. 최근 보안감사 결과 비밀 및 대외비 문서의 표시·관리가 미흡한 사례가 확인되어, 아래 사항을 안내하오니 업무에 참고하시기 바랍니다.",
            "  가. Ⅰ급·Ⅱ급·Ⅲ급 비밀은 문서의 상단과 하단 중앙에 등급을 표시하고, 예고문(예: “예고문: %s까지 Ⅲ급비밀, 이후 일반문서로 재분류”)을 기재" % until,
            "  나. 대외비는 ‘대외비’ 표시와 함께 보호기간(예: “대외비(보호기간: %s까지)”)을 명시" % until,
            "  다. 비밀을 복제·복사한 경우 사본번호를 부여하고 비밀관리기록부에 기록",
            "  라. 보호기간이 지난 대외비는 일반문서로 재분류하고, %s" % rng.choice(["공개 여부를 다시 판단", "파기 시 세절기를 사용", "정보공개 청구 시 재검토"]),
            "3. 부서별 보안담당관은 %s까지 자체 점검 결과를 제출하여 주시기 바랍니다." % dstr(rng)]
    f = field_str(rng, "public", []) if rng.random() < 0.7 else None
    d, _ = gongmun(rng, ag, title, body, attach=["보안문서 표시 예시 1부."] if rng.random() < 0.5 else None, field=f)
    return R_(d, "public", "none", [], "지침", f or "content (guideline about markings)", "gyeolmun" if f else "content", flags=["mention_only"], stated=f)


def t_m_disclosure_guide(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe"])
    d = Doc()
    d.p(rng.choice(["정보공개 업무 안내서(요약)", "공문서 공개구분 표기 요령", "비공개 대상 정보 세부 기준", "원문정보 공개 실무 가이드"]))
    d.p("%s %s" % (ag["name"], rng.choice([x for x in ag["depts"]])))
    d.p("")
    d.p("1. 공개구분 표시 방법")
    d.p("  ㅇ 결재 문서의 공개구분은 ‘공개’, ‘부분공개’, ‘비공개’ 중 하나를 선택하고, 부분공개·비공개인 경우 「공공기관의 정보공개에 관한 법률」 제9조제1항 각 호 중 해당 호를 괄호 안에 표시")
    d.p("  ㅇ 표시 예시: %s, %s" % (rng.choice(["부분공개(6)", "부분공개(제6호)"]), rng.choice(["비공개(제9조 제1항 제5호)", "비공개(5)"])))
    if rng.random() < 0.6:
        d.p("    예시) 시행 ○○과-123 (2026. 1. 2.) … / hong@korea.kr / 비공개(4)")
    d.p("2. 비공개 사유별 주요 예시")
    rows = [["호", "내용", "예시"], ["제1호", "법령상 비밀·비공개", "보안업무규정에 따른 비밀"], ["제4호", "수사·재판 관련", "진행 중인 수사 기록"],
            ["제5호", "의사결정 과정·내부검토", "검토 중인 정책안, 시험 문제"], ["제6호", "개인정보", "성명, 주민등록번호, 연락처"], ["제7호", "경영·영업상 비밀", "업체 원가자료"]]
    d.table(rows)
    d.p("3. 비공개 결정 시 유의사항: 비공개 사유를 구체적으로 적고, 분리 가능한 부분은 부분공개 원칙 적용")
    d.p("4. 문의: %s %s 주무관(%s)" % (rng.choice(ag["depts"]), pname(rng), tel(ag, rng)))
    f = None
    if rng.random() < 0.5:
        f = field_str(rng, "public", [])
        place_generic(rng, d, rng.choice(["footer", "last_line"]), "public", [])
    return R_(d, "public", "none", [], "안내문", f or "content (guide quoting 부분공개/비공개 examples)", "footer/last_line" if f else "content", flags=["mention_only"], stated=f)


def t_m_security_audit(rng):
    ag = ag_of(rng, ["ministry", "local", "soe", "edu"])
    d = Doc()
    d.p("%d년 %s 보안감사 결과(요약) 공개" % (rng.choice([2025, 2026]), ag["name"]))
    d.p("")
    d.p("□ 감사 개요: %s, 국가정보원·%s 합동" % (drange(rng), rng.choice(["행정안전부", "상급기관", "자체 보안담당관"])))
    d.p("□ 주요 지적 사항")
    items = ["대외비 문서 %d건 보호기간 미표시" % rng.randint(2, 9), "Ⅲ급비밀 관리기록부 기재 누락 %d건" % rng.randint(1, 5),
             "업무용 PC %d대 비밀번호 미설정 또는 주기적 변경 미이행" % rng.randint(3, 30), "비밀 보관 용기 잠금장치 관리 소홀",
             "보조기억매체 미등록 사용 %d건" % rng.randint(1, 12), "비밀취급인가 해제 절차 지연 %d명" % rng.randint(1, 4)]
    for it in rng.sample(items, 4):
        d.p("  ㅇ " + it)
    d.p("□ 조치 계획: 지적 사항 %d건 모두 %s까지 시정 완료, 전 직원 보안교육 실시" % (rng.randint(4, 12), dstr(rng)))
    d.p("※ 구체적인 취약점 내용은 보안상 이유로 공개 대상에서 제외하고 요약본만 게시함")
    f = field_str(rng, "public", []) if rng.random() < 0.5 else None
    if f:
        d.p(""); d.p("공개구분: " + f)
    return R_(d, "public", "none", [], "감사결과", f or "content (public summary)", "last_line" if f else "content", flags=["mention_only"], stated=f)


def t_m_declass(rng):
    ag = ag_of(rng, ["ministry", "local", "soe"])
    rows = [["문서번호", "생산일자", "원 분류", "조치"]]
    for _ in range(rng.randint(2, 5)):
        rows.append(["%s-%d" % (rng.choice(["비상대비", "보안", "동원"]), rng.randint(10, 500)), dstr(rng, y=rng.choice([2019, 2020, 2021])),
                     rng.choice(["Ⅲ급비밀", "Ⅲ급비밀", "대외비", "Ⅱ급비밀"]), rng.choice(["일반문서로 재분류", "파기", "일반문서로 재분류"])])
    body = ["1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 만료된 비밀 및 대외비 문서를 재분류하였음을 통보합니다.",
            "2. 재분류 대상 문서 현황은 아래와 같으며, 귀 기관이 보관 중인 사본도 같은 방법으로 처리하고 비밀관리기록부를 정리하여 주시기 바랍니다."]
    d, _ = gongmun(rng, ag, "보호기간 만료 비밀 재분류(일반문서) 통보", body, field=None)
    # insert the table right after body
    idx = next(i for i, b in enumerate(d.blocks) if b[0] == "p" and b[1].startswith("2. 재분류")) + 1
    d.blocks.insert(idx, ("table", rows))
    if rng.random() < 0.5:
        d.p("공개구분: 공개")
    return R_(d, "public", "none", [], "공문", "content (declassification notice)", "content", flags=["mention_only"])


def t_m_cover(rng):
    ag = ag_of(rng, ["ministry", "local", "edu"])
    g = rng.choice(["Ⅲ급 비밀", "3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀", "대외비"])
    body = ["1. 관련: %s" % rng.choice(["비상대비정책과-%d" % rng.randint(100, 900), "%s 을지연습 계획" % rng.choice([2025, 2026])]),
            "2. %s 관련 지침을 송부하오니 업무에 참고하시기 바랍니다." % rng.choice(["충무계획 보완", "을지연습 준비", "비상대비 자원관리"]),
            "3. 붙임 문서는 %s(으)로 분류되어 있으므로 「보안업무규정」에 따른 비밀 수발 절차에 따라 %s 별도 송부하며, 이 공문에는 첨부하지 않습니다." % (g, rng.choice(["인편으로", "비밀 전송 시스템으로", "비밀문서 수발 담당자를 통해"]))]
    f = field_str(rng, "public", [])
    d, _ = gongmun(rng, ag, "%s 지침 송부" % rng.choice(["비상대비업무", "을지연습", "전시 자원관리"]), body,
                   attach=["%s 지침(%s) 1부. (별도 송부)" % (rng.choice(["충무계획", "을지연습"]), g)], field=f)
    return R_(d, "public", "none", [], "공문", "cover letter, attachment %s sent separately; 결문 %s" % (g, f), "gyeolmun", flags=["mention_only"], stated=f)


def t_m_password(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe", "court", "police", "fire"])
    d = Doc()
    d.p(rng.choice(["업무용 PC 및 행정포털 비밀번호 정기 변경 안내", "정보시스템 계정 비밀번호 관리 강화 알림", "공용 무선랜(Wi-Fi) 비밀번호 변경 안내"]))
    d.p("")
    d.p("1. 정보보안 기본지침에 따라 %s부터 비밀번호 정기 변경을 실시합니다." % dstr(rng))
    d.p("2. 비밀번호 설정 기준")
    d.p("  ㅇ 영문·숫자·특수문자 조합 %d자리 이상, 분기 1회 이상 변경" % rng.choice([9, 10]))
    d.p("  ㅇ 생년월일, 전화번호 등 추측하기 쉬운 비밀번호 사용 금지")
    d.p("  ㅇ 비밀번호를 모니터 등에 부착하거나 타인과 공유하지 말 것")
    d.p("3. 변경하지 않은 계정은 %s 이후 접속이 제한되며, 문의는 %s(%s)" % (dstr(rng), rng.choice(ag["depts"]), tel(ag, rng)))
    if rng.random() < 0.5:
        d.header.append("%s 정보보안 공지" % ag["name"])
    return R_(d, "public", "none", [], "안내문", "content (비밀번호 notice)", "content", flags=["mention_only"])


def t_m_grades(rng):
    ag = ag_of(rng, ["ministry"])
    d = Doc()
    d.p("%s 인사 발령" % ag["name"])
    d.p("%s 자" % dstr(rng))
    rows = [["성명", "현 직위", "발령 사항"]]
    for _ in range(rng.randint(3, 6)):
        g = rng.choice(["1급(관리관)", "2급(이사관)", "3급(부이사관)", "3급(부이사관)", "고위공무원 나등급"])
        rows.append([pname(rng), "%s장" % rng.choice(ag["depts"]), "%s 승진, %s 보함" % (g, rng.choice(["기획조정실장", "정책기획관", "%s장" % rng.choice(ag["depts"])]))])
    d.table(rows)
    d.p("※ 3급 이상 공무원의 재산 등록 및 공개는 「공직자윤리법」에 따라 별도 공개")
    return R_(d, "public", "none", [], "인사", "content (civil-service grades 1급/3급)", "content", flags=["mention_only"])


def t_m_stats(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe"])
    d = Doc()
    d.p("%d년 정보공개 청구 처리 현황" % rng.choice([2024, 2025]))
    total = rng.randint(800, 9000)
    d.p("□ 총 청구 %s건: 공개 %d%%, 부분공개 %d%%, 비공개 %d%%" % (format(total, ","), rng.randint(60, 75), rng.randint(10, 20), rng.randint(3, 9)))
    rows = [["비공개 사유", "건수"]]
    for k, lab in [(1, "제1호(법령상 비밀·비공개)"), (2, "제2호(국가안보 등)"), (4, "제4호(수사·재판)"), (5, "제5호(의사결정 과정 등)"), (6, "제6호(개인정보)"), (7, "제7호(영업상 비밀)"), (8, "제8호(특정인 이익·불이익)")]:
        rows.append([lab, str(rng.randint(0, 240))])
    d.table(rows)
    d.p("□ 비공개 결정에 대한 이의신청 %d건 중 %d건 인용" % (rng.randint(10, 60), rng.randint(1, 9)))
    f = field_str(rng, "public", []) if rng.random() < 0.5 else None
    if f:
        d.footer.append("공개구분: " + f)
    return R_(d, "public", "none", [], "통계", f or "content (statistics about 비공개)", "footer" if f else "content", flags=["mention_only"], stated=f)


def t_m_confuser(rng):
    ag = ag_of(rng, ["local", "ministry", "edu"])
    d = Doc()
    k = rng.randint(0, 2)
    if k == 0:
        d.p("제1급감염병 대응 %s" % rng.choice(["지침 안내", "모의훈련 계획"]))
        d.p("1. 제1급감염병 발생 시 보건소 선별진료소 운영 및 %s" % rng.choice(["격리병상 확보", "역학조사반 편성"]))
        d.p("2. 제2급·제3급 감염병은 기존 신고 체계를 유지")
        d.p("3. 의료기관은 「감염병의 예방 및 관리에 관한 법률」에 따라 즉시 신고")
    elif k == 1:
        d.p("%s 하천 수질 측정 결과 공개" % ag["name"])
        d.table([["지점", "BOD(mg/L)", "등급"], ["상류", "1.%d" % rng.randint(0, 9), "Ⅰ등급(매우 좋음)"], ["중류", "2.%d" % rng.randint(0, 9), "Ⅱ등급(약간 좋음)"], ["하류", "4.%d" % rng.randint(0, 9), "Ⅲ급(보통)"]])
        d.p("※ Ⅲ급 수질은 일반적 정수처리 후 공업용수로 사용 가능")
    else:
        d.p("석면(1급 발암물질) 해체·제거 작업 안내")
        d.p("1. 대상: %s 노후 건축물 %d개동" % (ag["name"], rng.randint(2, 20)))
        d.p("2. 석면은 국제암연구소 지정 1급 발암물질로 작업 기간 중 출입을 통제합니다.")
        d.p("3. 작업자: 석면해체·제거업 등록업체, 2급 이상 관련 자격 보유자")
    d.p("")
    d.p("%s %s (%s)" % (ag["name"], rng.choice(ag["depts"]), tel(ag, rng)))
    return R_(d, "public", "none", [], "안내문", "content (1급/Ⅲ급 used as non-security grades)", "content", flags=["mention_only"])


def t_m_blankform(rng):
    d = Doc()
    k = rng.randint(0, 1)
    if k == 0:
        d.p("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제1호서식]")
        d.p("정보공개 청구서")
        d.table([["청구인", "성명(법인·단체명 및 대표자 성명)", ""], ["", "주민등록번호(여권·외국인등록번호)", ""], ["", "주소(소재지)", ""],
                 ["청구 내용", "", ""], ["공개 방법", "□ 열람·시청  □ 사본·출력물  □ 전자파일  □ 복제·인화물", ""],
                 ["결정 내용", "□ 공개  □ 부분공개  □ 비공개", "(비공개 사유: 제9조 제1항 제  호)"]])
        d.p("※ 청구인이 기재하지 않는 난은 처리기관이 적습니다.")
    else:
        d.p("보 안 서 약 서 (양식)")
        d.p("본인은 %s 직원으로서 업무상 알게 된 비밀 및 대외비 사항을 재직 중은 물론 퇴직 후에도 누설하지 않을 것을 서약합니다." % rng.choice(["○○기관", "우리 기관"]))
        d.p("1. 비밀을 누설한 경우 「국가보안법」, 「군사기밀 보호법」 등 관계 법령에 따라 처벌받을 수 있음을 알고 있습니다.")
        d.p("2. 업무용 계정 비밀번호를 타인에게 알려주지 않겠습니다.")
        d.p("  년    월    일")
        d.p("서약자  소속:            직급:            성명:           (서명)")
    return R_(d, "public", "none", [], "서식", "content (blank form, all boxes unchecked)", "content", flags=["mention_only"])


def t_m_pipa_edu(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe"])
    d = Doc()
    d.p("개인정보 보호 교육 자료 - 고유식별정보 처리 제한")
    d.p("")
    d.p("1. 고유식별정보란: 주민등록번호, 여권번호, 운전면허의 면허번호, 외국인등록번호(「개인정보 보호법」 제24조, 같은 법 시행령 제19조)")
    d.p("2. 민감정보: 사상·신념, 노동조합·정당의 가입·탈퇴, 건강, 성생활, 유전정보, 범죄경력 등(같은 법 제23조)")
    d.p("3. 서식 작성 예시")
    d.table([["성명", "주민등록번호", "연락처"], ["홍길동", "000000-0000000", "010-0000-0000"]])
    d.p("4. 정보공개 청구가 있을 때 개인정보는 「공공기관의 정보공개에 관한 법률」 제9조제1항제6호에 따라 비공개 처리한 뒤 나머지를 공개")
    d.p("5. 주민등록번호 뒷자리는 ‘●●●●●●’ 또는 ‘******’로 마스킹하여 표시")
    d.p("%s 개인정보보호책임관" % ag["name"])
    return R_(d, "public", "none", [], "교육자료", "content (placeholders only)", "content", flags=["mention_only"])


# ============================================================================= PARTIAL templates
P6 = ["OIDA-9-1-6"]


def stated_choice(rng, disc, reasons, locs, p_none=0.25):
    """Pick where (if anywhere) the document states its disclosure decision."""
    if rng.random() < p_none:
        return None
    return rng.choice(locs)


def finish_generic(rng, d, disc, reasons, loc, anchor=1):
    if loc is None:
        return None, "content"
    s = place_generic(rng, d, loc, disc, reasons, anchor=anchor)
    return s, loc


def t_q_minwon_named(rng):
    ag = ag_of(rng, ["local", "ministry", "soe", "edu", "fire"])
    nm = pname(rng); ad = paddr(rng); mob = mobile(rng)
    topic = topic_for(rng, ag)
    body = ["1. 귀하의 가정에 건강과 행복이 함께하시기를 기원합니다.",
            "2. 귀하께서 %s 제출하신 민원(%s 관련)에 대한 처리 결과를 다음과 같이 알려드립니다." % (dstr(rng), rng.choice(TOPICS[topic][0])),
            "  가. 민원인: %s (주소: %s, 연락처: %s)" % (nm, ad, mob),
            "  나. 민원 요지: %s 인근 %s 요청" % (rng.choice(["자택", "거주지", "소유 토지"]), rng.choice(TOPICS[topic][1])),
            "  다. 처리 결과: %s" % rng.choice(["현장 조사 결과 요청 사항을 수용하여 %s까지 조치할 예정입니다." % dstr(rng), "관련 규정상 수용이 곤란함을 양해하여 주시기 바랍니다."]),
            "3. 이 처분에 이의가 있는 경우 처분이 있음을 안 날부터 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다."]
    loc = stated_choice(rng, "partial", P6, ["gyeolmun", "gyeolmun", "checkbox"], 0.35)
    f = field_str(rng, "partial", P6) if loc == "gyeolmun" else None
    d, _ = gongmun(rng, ag, "민원 처리 결과 통지", body, field=f, recv="%s 귀하" % nm)
    s = f
    if loc == "checkbox":
        s = place_generic(rng, d, "checkbox", "partial", P6, anchor=4)
    return R_(d, "partial", "none", P6, "민원회신", s or "content (citizen name/address/mobile)", loc or "content", stated=s)


def t_q_minutes_residents(rng):
    ag = ag_of(rng, ["local", "soe"])
    topic = rng.choice(["교통", "환경", "도로", "수도", "관광"])
    long = rng.random() < 0.4
    d = Doc()
    d.p("%s %s 주민설명회 회의록" % (rng.choice(TOPICS[topic][0]), rng.choice(["정비사업", "개선사업", "기본계획"])))
    d.table([["일시", "%s 19:00" % dstr(rng)], ["장소", "%s %s" % (rng.choice(["○○동", "△△면"]), rng.choice(["행정복지센터 2층", "주민자치회관", "마을회관"]))],
             ["참석", "%s %s 등 공무원 %d명, 주민 %d명" % (rng.choice(ag["depts"]), rng.choice(["과장", "팀장"]), rng.randint(2, 5), rng.randint(12, 60))]])
    d.p("")
    d.p("1. 사업 설명(%s %s)" % (rng.choice(ag["depts"]), rng.choice(["팀장", "주무관"])))
    for b in bullets(rng, topic, rng.randint(3, 5) + (6 if long else 0)):
        d.p(b)
    if long:
        for l in report_body(rng, topic, 3):
            d.p(l)
    d.p("2. 질의 응답")
    people = []
    for _ in range(rng.randint(2, 4)):
        nm = pname(rng); mob = mobile(rng)
        people.append((nm, mob))
        d.p("  ㅇ 주민 %s(%s, %s): %s" % (nm, rng.choice(["○○아파트 주민대표", "인근 상인", "○○리 이장", "주민"]), mob,
                                       rng.choice(["공사 기간 중 소음 대책이 있는지 궁금합니다.", "우리 집 앞 진입로가 막히면 보상이 되나요?", "사업 일정이 늦어지는 이유가 무엇입니까?"])))
        d.p("    → 답변(%s): %s" % (rng.choice(ag["depts"]), rng.choice(["저소음 장비를 사용하고 야간 작업은 하지 않겠습니다.", "개별 상담 후 검토하겠습니다.", "보상 협의를 거쳐 조정하겠습니다."])))
    d.p("3. 향후 계획: 주민 의견을 반영하여 %s까지 실시설계 확정" % dstr(rng))
    loc = stated_choice(rng, "partial", P6, ["footer", "gyeoljae", "citation", "header"], 0.4)
    s, loc = finish_generic(rng, d, "partial", P6, loc)
    return R_(d, "partial", "none", P6, "회의록", s or "content (resident names + mobiles)", loc, flags=["long"] if long else [], stated=s)


def t_q_contract(rng):
    ag = ag_of(rng, ["local", "soe", "edu", "ministry"])
    var = rng.choice(["guarantor", "guarantor", "trade", "trade", "trade", "rrn", "rrn", "guarantor"])
    comp = rng.choice(COMPANIES); rep = pname(rng)
    bank, acct = account(rng)
    topic = topic_for(rng, ag)
    d = Doc()
    d.p(rng.choice(["용 역 계 약 서", "물품구매 계약서", "공사 도급 계약서"]))
    d.p("")
    d.p("1. 계약명: %s %s" % (rng.choice(TOPICS[topic][0]), rng.choice(["용역", "공사", "물품 구매"])))
    d.p("2. 계약금액: 금 %s원정(부가가치세 포함)" % format(rng.randint(20, 900) * 1000000, ","))
    d.p("3. 계약기간: %s" % (drange(rng)))
    rows = [["구분", "발주기관(갑)", "계약상대자(을)"], ["기관·상호", ag["name"], comp], ["주소", ag["addr"], paddr(rng).split(",")[0]],
            ["대표자", ag["head"], rep], ["사업자등록번호", "-", brn(rng)], ["대금 지급 계좌", "-", "%s %s (예금주: %s)" % (bank, acct, comp)]]
    reasons = list(P6)
    if var == "rrn":
        rows.insert(4, ["대표자 주민등록번호", "-", rrn(rng)])
        reasons.append("PIPA-24")
    d.table(rows)
    if var == "guarantor":
        g = pname(rng)
        d.p("4. 연대보증인: %s (주소: %s, 휴대전화: %s)" % (g, paddr(rng), mobile(rng)))
    else:
        d.p("4. 대표자 연락처: %s (휴대전화), 자택 %s" % (mobile(rng), paddr(rng)))
    if var == "trade":
        reasons.append("OIDA-9-1-7")
        d.p("5. 산출내역서(을 제출): 직접노무비 단가 %s원/일, 자재 구매처 및 할인율 %d%%, 특허 공법(%s) 적용 공정표" % (format(rng.randint(150, 400) * 1000, ","), rng.randint(5, 30), rng.choice(["저소음 천공", "무진동 파쇄", "고강도 보수재"])))
        d.p("   ※ 을이 제출한 산출내역서는 경영상·영업상 비밀에 해당함")
    d.p("6. 갑과 을은 위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.")
    d.p(dstr(rng))
    loc = stated_choice(rng, "partial", reasons, ["footer", "last_line", "header", "citation"], 0.45)
    s, loc = finish_generic(rng, d, "partial", reasons, loc)
    return R_(d, "partial", "none", reasons, "계약", s or "content (%s)" % {"guarantor": "guarantor personal data", "trade": "대표자 personal data + 산출내역(영업비밀)", "rrn": "대표자 unmasked RRN"}[var], loc, stated=s)


def t_q_bid_eval(rng):
    ag = ag_of(rng, ["soe", "local", "ministry", "edu"])
    topic = rng.choice(["디지털", "도로", "수도", "환경"])
    R7 = ["OIDA-9-1-7"]
    d = Doc()
    d.p("%s %s 제안서 기술평가 결과" % (rng.choice(TOPICS[topic][0]), rng.choice(["구축 사업", "개선 용역"])))
    d.p("")
    d.p("1. 평가 개요: %s, 평가위원 %d명(외부위원 %d명), 협상에 의한 계약" % (dstr(rng), rng.choice([7, 9]), rng.choice([5, 7])))
    d.p("2. 업체별 평가 결과")
    comps = rng.sample(COMPANIES, 3)
    rows = [["업체명", "기술점수(80)", "가격점수(20)", "합계", "순위"]]
    for i, c in enumerate(comps):
        t = round(rng.uniform(60, 78), 2); p = round(rng.uniform(15, 20), 2)
        rows.append([c, str(t), str(p), "%.2f" % (t + p), str(i + 1)])
    d.table(rows)
    d.p("3. 업체별 제안 핵심기술 및 원가 구성(평가 참고)")
    for c in comps:
        d.p("  ㅇ %s: %s, 투입 인력 단가 %s원/월, 외주 비율 %d%%" % (c, rng.choice(["자체 개발 영상분석 엔진 적용(특허 출원 중)", "독자 누수 탐지 알고리즘", "전용 하드웨어 가속 모듈", "자체 포장재 배합비(비공개 기술)"]),
                                                        format(rng.randint(500, 1200) * 10000, ","), rng.randint(0, 40)))
    d.p("4. 우선협상대상자: %s" % comps[0])
    loc = stated_choice(rng, "partial", R7, ["citation", "citation", "footer", "gyeoljae", "first_line"], 0.3)
    s, loc = finish_generic(rng, d, "partial", R7, loc)
    return R_(d, "partial", "none", R7, "입찰", s or "content (company trade secrets)", loc, stated=s)


def t_q_subsidy(rng):
    ag = ag_of(rng, ["local", "ministry", "edu"])
    topic = rng.choice(["복지", "교육", "환경", "관광"])
    long = rng.random() < 0.5
    d = Doc()
    d.p("%d년 %s 지원사업 추진 결과 보고" % (rng.choice([2025, 2026]), rng.choice(TOPICS[topic][0])))
    d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
    for l in report_body(rng, topic, 5 if long else 3, k=(3, 6) if long else (2, 3)):
        d.p(l)
    d.p("")
    d.p("[붙임] 지원 대상자 명단")
    rows = [["연번", "성명", "주소", "연락처", "지원금액(원)"]]
    for i in range(rng.randint(4, 9)):
        rows.append([str(i + 1), pname(rng), paddr(rng), mobile(rng), format(rng.randint(3, 50) * 100000, ",")])
    d.table(rows)
    loc = stated_choice(rng, "partial", P6, ["citation", "footer", "checkbox", "last_line"], 0.35)
    s, loc = finish_generic(rng, d, "partial", P6, loc, anchor=2)
    return R_(d, "partial", "none", P6, "보고서", s or "content (recipient list at the end)", loc, flags=(["long"] if long else []), stated=s)


def t_q_list_rrn(rng):
    ag = ag_of(rng, ["local", "ministry", "edu", "soe"])
    reasons = ["OIDA-9-1-6", "PIPA-24"]
    what = rng.choice(["하계 대학생 행정인턴 선발 결과", "재난안전 자원봉사자 상해보험 가입 대상자", "%s 교육 수료자" % topic_for(rng, ag), "청년 일자리 사업 참여자"])
    body = ["1. 관련: %s" % dstr(rng),
            "2. %s를 다음과 같이 통보하니, 해당 부서에서는 %s 바랍니다." % (what, rng.choice(["배치 및 복무 관리에 철저를 기하여 주시기", "보험 가입 절차를 진행하여 주시기", "관련 행정절차를 이행하여 주시기"])),
            "  가. 기간: %s" % (drange(rng)),
            "  나. 대상자 명단"]
    loc = stated_choice(rng, "partial", reasons, ["gyeolmun", "gyeolmun", "attachment"], 0.25)
    f = field_str(rng, "partial", reasons) if loc == "gyeolmun" else None
    att = None
    if loc == "attachment":
        att = ["%s 세부 명단(개인정보 포함, 비공개) 1부." % what]
    d, _ = gongmun(rng, ag, "%s 통보" % what, body, field=f, attach=att)
    rows = [["연번", "성명", "주민등록번호", "연락처", "비고"]]
    for i in range(rng.randint(3, 7)):
        rows.append([str(i + 1), pname(rng), rrn(rng, y0=1996, y1=2004), mobile(rng), rng.choice(["", "%s 배치" % rng.choice(ag["depts"])])])
    idx = next(i for i, b in enumerate(d.blocks) if b[0] == "p" and "나. 대상자 명단" in b[1]) + 1
    d.blocks.insert(idx, ("table", rows))
    s = f or (att[0] if att else None)
    return R_(d, "partial", "none", reasons, "명단", s or "content (unmasked RRN in body)", loc or "content", stated=s)


def t_q_mislabeled(rng):
    ag = ag_of(rng, ["local", "ministry", "edu", "soe"])
    reasons = ["OIDA-9-1-6", "PIPA-24"]
    kind = rng.choice(["rrn", "rrn", "frn", "passport"])
    what = rng.choice(["%s위원회 위원 회의 참석수당 지급" % rng.choice(["지방보조금심의", "도시계획", "공공디자인", "인사"]), "외부 강사 강의료 지급", "모범시민 포상금 지급"])
    if kind != "rrn":
        what = "외국인 강사 강의료 지급" if kind == "frn" else "해외 초청 연사 사례비 지급"
    body = ["1. %s 계획(%s)에 따라 아래와 같이 지급하고자 합니다." % (rng.choice(["%d년 상반기 교육 운영" % rng.choice([2025, 2026]), "위원회 운영", "시민 포상 추진", "국제 세미나 개최"]), dstr(rng)),
            "2. 지급 내역"]
    f = "공개"
    d, _ = gongmun(rng, ag, what, body + ["3. 소요 예산은 %s 예산에서 집행합니다." % rng.choice(["일반운영비", "업무추진비", "사업비"])], field=f, recv="내부결재", field_loc="end")
    rows = [["성명", "주민등록번호" if kind == "rrn" else ("외국인등록번호" if kind == "frn" else "여권번호"), "은행", "계좌번호", "지급액(원)"]]
    for _ in range(rng.randint(2, 6)):
        b, a = account(rng)
        if kind == "rrn":
            nm, idn = pname(rng), rrn(rng, y0=1950, y1=1995)
        elif kind == "frn":
            nm, idn = rng.choice(["Emily Carter", "Nguyen Van An", "Tanaka Yuki", "Olga Petrova", "David Miller", "Li Wei"]), frn(rng)
        else:
            nm, idn = rng.choice(["Sarah Johnson", "Kenji Watanabe", "Maria Gonzalez", "Thomas Becker", "Amara Okafor"]), passport(rng, foreign=True)
        rows.append([nm, idn, b, a, format(rng.randint(10, 60) * 10000, ",")])
    idx = next(i for i, bl in enumerate(d.blocks) if bl[0] == "p" and bl[1].startswith("2. 지급 내역")) + 1
    d.blocks.insert(idx, ("table", rows))
    return R_(d, "partial", "none", reasons, "공문", "stated '/ 공개' in 결문 but body lists unmasked %s + accounts" % kind, "gyeolmun (contradicted by content)",
              flags=["mislabeled", "stated_disagrees"], stated=f)


def t_q_masked_rrn(rng):
    ag = ag_of(rng, ["local", "police", "ministry"])
    what = rng.choice(["과태료 부과 대상자 통보", "주정차 위반 의견진술 결과 통보", "체납 지방세 납부 독려 대상 통보", "무단투기 과태료 부과 예고 대상"])
    body = ["1. 관련: %s-%d" % (rng.choice(ag["depts"]), rng.randint(100, 999)),
            "2. %s 건에 대하여 다음과 같이 통보합니다." % what,
            "3. 대상자 현황"]
    loc = stated_choice(rng, "partial", P6, ["gyeolmun", "checkbox"], 0.4)
    f = field_str(rng, "partial", P6) if loc == "gyeolmun" else None
    d, _ = gongmun(rng, ag, what, body + ["4. 대상자에게 개별 통지하고 결과를 %s까지 회신하여 주시기 바랍니다." % dstr(rng)], field=f)
    rows = [["연번", "성명", "주민등록번호", "위반일시", "금액(원)"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), pname(rng), rrn(rng, masked=True), "%s %d:%02d" % (dstr(rng), rng.randint(7, 22), rng.randint(0, 59)), format(rng.choice([40000, 50000, 100000, 200000]), ",")])
    idx = next(i for i, b in enumerate(d.blocks) if b[0] == "p" and b[1].startswith("3. 대상자 현황")) + 1
    d.blocks.insert(idx, ("table", rows))
    s = f
    if loc == "checkbox":
        s = place_generic(rng, d, "checkbox", "partial", P6, anchor=4)
    return R_(d, "partial", "none", P6, "공문", s or "content (names + masked RRN only)", loc or "content", flags=["masked_rrn"], stated=s)


def t_q_audit_named(rng):
    ag = ag_of(rng, ["local", "edu", "soe"])
    d = Doc()
    d.p("%s %s 결과 처분 요구서" % (ag["name"], rng.choice(["종합감사", "특정감사", "복무감사"])))
    d.p("")
    for i in range(rng.randint(2, 3)):
        off = pname(rng)
        d.p("%d. 제목: %s" % (i + 1, rng.choice(["수의계약 분할 발주 부적정", "보조금 교부 결정 및 정산 소홀", "출장여비 부당 수령", "민원 처리 기한 초과 및 무단 반려"])))
        d.p("  가. 관련자: %s %s (%s, 당시 %s 근무)" % (rng.choice(["지방행정주사", "시설주사보", "교육행정주사", "차장"]), off, rng.choice(["현 %s" % rng.choice(ag["depts"]), "퇴직"]), rng.choice(ag["depts"])))
        d.p("  나. 위법·부당 내용: %s" % rng.choice(["관련 규정을 위반하여 %s원 상당의 계약을 분할 체결함" % format(rng.randint(20, 90) * 1000000, ","), "정산 검증을 소홀히 하여 %s원이 과다 지급됨" % format(rng.randint(1, 50) * 100000, ",")]))
        d.p("  다. 처분 요구: %s" % rng.choice(["경징계(견책) 요구", "훈계", "주의 및 회수", "경징계 요구"]))
    loc = stated_choice(rng, "partial", P6, ["citation", "header", "gyeoljae", "box"], 0.35)
    s, loc = finish_generic(rng, d, "partial", P6, loc)
    return R_(d, "partial", "none", P6, "감사결과", s or "content (officials named in disciplinary context)", loc, stated=s)


def t_q_opinions(rng):
    ag = ag_of(rng, ["local", "ministry"])
    d = Doc()
    d.p("「%s 조례」 %s 입법예고 의견 제출 결과" % (ag["name"].split()[-1] + " " + rng.choice(["주차장 설치 및 관리", "공유재산 관리", "청년 기본", "반려동물 보호"]), rng.choice(["일부개정조례안", "전부개정조례안"])))
    d.p("1. 예고 기간: %s (20일간)" % (drange(rng)))
    d.p("2. 제출 의견 및 반영 여부")
    rows = [["연번", "제출자", "주소", "의견 요지", "반영 여부"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), pname(rng), paddr(rng), rng.choice(["감면 대상 확대 요청", "시행 시기 유예 요청", "용어 정비 건의", "위원회 구성 시 주민 참여 확대"]), rng.choice(["반영", "미반영", "일부 반영"])])
    d.table(rows)
    d.p("3. 향후 일정: 조례규칙심의회 상정(%s)" % dstr(rng))
    loc = stated_choice(rng, "partial", P6, ["footer", "citation", "first_line"], 0.35)
    s, loc = finish_generic(rng, d, "partial", P6, loc)
    return R_(d, "partial", "none", P6, "보고서", s or "content (submitter names + addresses)", loc, stated=s)


def t_q_foreign_passport(rng):
    ag = ag_of(rng, ["ministry", "local", "edu", "soe"])
    reasons = ["OIDA-9-1-6", "PIPA-24"]
    body = ["1. 관련: %s 국제협력 업무협약(%s)" % (ag["name"], dstr(rng, y=2025)),
            "2. %s 초청 연수단의 입국 및 기관 방문과 관련하여 출입 등록을 요청하오니 협조하여 주시기 바랍니다." % rng.choice(["베트남", "몽골", "우즈베키스탄", "인도네시아", "케냐"]),
            "  가. 방문 일시: %s 10:00~16:00" % dstr(rng),
            "  나. 방문자 명단"]
    loc = stated_choice(rng, "partial", reasons, ["gyeolmun", "gyeolmun", "box"], 0.3)
    f = field_str(rng, "partial", reasons) if loc == "gyeolmun" else None
    d, _ = gongmun(rng, ag, "해외 연수단 기관 방문 출입 등록 협조 요청", body, field=f)
    rows = [["성명", "국적", "여권번호", "생년월일"]]
    for _ in range(rng.randint(3, 6)):
        rows.append([rng.choice(["NGUYEN THI LAN", "BATBAYAR GANBOLD", "RUSTAMOV AZIZ", "SITI RAHAYU", "JOHN MWANGI", "TRAN VAN MINH", "DILNOZA KARIMOVA"]),
                     rng.choice(["베트남", "몽골", "우즈베키스탄", "인도네시아", "케냐"]), passport(rng, foreign=True), "%d. %d. %d." % (rng.randint(1970, 1999), rng.randint(1, 12), rng.randint(1, 28))])
    idx = next(i for i, b in enumerate(d.blocks) if b[0] == "p" and "나. 방문자 명단" in b[1]) + 1
    d.blocks.insert(idx, ("table", rows))
    s = f
    if loc == "box":
        s = place_generic(rng, d, "box", "partial", reasons, anchor=0)
    return R_(d, "partial", "none", reasons, "공문", s or "content (foreign passport numbers)", loc or "content", stated=s)


def t_q_dl(rng):
    ag = ag_of(rng, ["local", "fire", "edu", "soe"])
    reasons = ["OIDA-9-1-6", "PIPA-24"]
    d = Doc()
    d.p(rng.choice(["관용차량 운전원 등록 현황", "재난 대비 자원봉사 차량 운행자 등록부 제출", "통학차량 운전자 안전교육 이수 현황"]))
    d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
    d.p("1. %s 계획에 따라 운전자 현황을 아래와 같이 정리하였습니다." % rng.choice(["차량 관리", "안전 관리", "재난 대응"]))
    rows = [["성명", "운전면허번호", "면허종별", "연락처", "차량번호"]]
    for _ in range(rng.randint(3, 6)):
        rows.append([pname(rng), dlicense(rng), rng.choice(["1종 보통", "1종 대형", "2종 보통"]), mobile(rng), "%d%s %04d" % (rng.randint(10, 399), rng.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"), rng.randint(1000, 9999))])
    d.table(rows)
    d.p("2. 보험 가입 및 교육 이수 여부는 분기별로 점검합니다.")
    loc = stated_choice(rng, "partial", reasons, ["citation", "footer", "header", "gyeoljae"], 0.3)
    s, loc = finish_generic(rng, d, "partial", reasons, loc)
    return R_(d, "partial", "none", reasons, "명단" if rng.random() < 0.3 else "보고서", s or "content (driver licence numbers)", loc, stated=s)


def t_q_permit_trade(rng):
    ag = ag_of(rng, ["local", "ministry"])
    R7 = ["OIDA-9-1-7"]
    comp = rng.choice(COMPANIES)
    d = Doc()
    d.p("%s %s 인허가 검토 의견" % (comp, rng.choice(["공장 증설", "폐수배출시설 변경", "대기배출시설 설치"])))
    d.p("")
    d.p("1. 신청 개요: %s, 부지 %s㎡, 신청일 %s" % (comp, format(rng.randint(2000, 60000), ","), dstr(rng)))
    d.p("2. 검토 결과: 입지 및 배출 기준 적합, 조건부 허가 검토")
    d.p("3. 신청인 제출 기술 자료(요약)")
    d.p("  ㅇ 주요 공정 배합비: %s %d%%, %s %d%%, 첨가제(자체 개발) %d%%" % (rng.choice(["A원료", "정제 수지", "재생 펄프"]), rng.randint(40, 70), rng.choice(["B원료", "촉매", "충전재"]), rng.randint(10, 40), rng.randint(1, 9)))
    d.p("  ㅇ 연간 생산 계획 %s톤, 주요 거래처별 납품 단가 및 물량" % format(rng.randint(1, 90) * 1000, ","))
    d.p("  ㅇ 자체 폐수 처리 공정(특허 출원 중) 세부 운전 조건")
    d.p("4. 조건: 배출시설 가동 후 %d개월 이내 자가측정 결과 제출" % rng.randint(1, 6))
    loc = stated_choice(rng, "partial", R7, ["citation", "checkbox", "footer", "gyeoljae"], 0.3)
    s, loc = finish_generic(rng, d, "partial", R7, loc, anchor=1)
    return R_(d, "partial", "none", R7, "보고서", s or "content (company process data)", loc, stated=s)


# ============================================================================= NON_PUBLIC: marked (보안업무규정)
def t_k_classified(rng, grade, kind):
    """grade in III급/II급/I급; kind 'nat' (-1,-2) or 'fac' (-1,-3)."""
    reasons = ["OIDA-9-1-1", "OIDA-9-1-2"] if kind == "nat" else ["OIDA-9-1-1", "OIDA-9-1-3"]
    d = Doc()
    if kind == "fac":
        ag = ag_of(rng, ["soe", "local", "ministry"])
        fac = rng.choice(["%s정수장" % rng.choice(["○○", "△△", "제2"]), "%s 변전소" % rng.choice(["○○", "345kV △△"]), "%s 통합관제센터" % ag["name"], "%s 다목적댐" % rng.choice(["○○", "△△"]), "정부청사 전산실"])
        d.p("%s 방호 계획(%d년 보완)" % (fac, rng.choice([2026, 2027])))
        d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
        d.p("")
        d.p("1. 시설 등급: 국가중요시설 %s급" % rng.choice(["가", "나", "다"]))
        d.p("2. 방호 취약 요소")
        d.p("  ㅇ 북측 외곽 울타리 %dm 구간 감지센서 미설치, 야간 조명 음영지역 %d개소" % (rng.randint(40, 300), rng.randint(2, 7)))
        d.p("  ㅇ 주 제어실 진입로(%s) 단일 출입통제, 비상 발전기 위치: %s" % (rng.choice(["B동 지하 1층", "관리동 2층 동측"]), rng.choice(["C동 지하 2층", "본관 후면 별동"])))
        d.p("3. 경계 병력 배치: 평시 청원경찰 %d명 %d개 초소, 위기 시 %s 증원 %d명" % (rng.randint(4, 20), rng.randint(2, 6), rng.choice(["지역 예비군", "군 5분전투대기부대", "경찰 기동대"]), rng.randint(10, 60)))
        d.p("4. 무력 침투·드론 위협 시 대응 절차 및 통신 주파수: 주 %d.%03d MHz, 예비 %d.%03d MHz" % (rng.randint(140, 170), rng.randint(0, 999), rng.randint(140, 170), rng.randint(0, 999)))
        genre = "시설보안"
    else:
        k = rng.randint(0, 2)
        if k == 0:
            ag = ag_of(rng, ["local", "ministry", "edu"])
            d.p("%d년 %s 충무계획 %s" % (rng.choice([2026, 2027]), ag["name"], rng.choice(["보완 지침", "시행계획", "전시 직제 편성안"])))
            d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
            d.p("")
            d.p("1. 전시 소산 계획: 현 청사 기능 유지 불가 시 제1소산지(%s 소재 %s)로 이동, 제2소산지 %s" % (rng.choice(["○○면", "△△읍"]), rng.choice(["지하 시설", "○○연수원"]), rng.choice(["○○터널 인근 시설", "△△댐 관리동"])))
            d.p("2. 전시 직제: 실·국별 전시 임무 %d개 반 편성, 비상근무 인원 %d명" % (rng.randint(6, 14), rng.randint(40, 400)))
            d.p("3. 중점관리대상 업체 %d개소 및 동원 물자(차량 %d대, 중장비 %d대) 지정 현황" % (rng.randint(5, 40), rng.randint(20, 300), rng.randint(5, 80)))
            d.p("4. 전시 지휘통신망: 주 통신 %s, 예비 통신 %s" % (rng.choice(["국가지휘통신망", "전용 위성"]), rng.choice(["무선 중계소 ○○", "TRS 비상채널"])))
            genre = "보고서"
        elif k == 1:
            ag = AGK["mofa"] if rng.random() < 0.6 else AGK["motie"]
            d.p("%s %s 협상 대응 방안" % (rng.choice(["한·○○", "○○국과의", "제%d차" % rng.randint(3, 12)]), rng.choice(["방위비분담", "자유무역협정", "어업", "원자력 협력"])))
            d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
            d.p("")
            d.p("1. 상대측 예상 요구: %s" % rng.choice(["총액 %d%% 인상 및 다년 계약" % rng.randint(5, 30), "농산물 %d개 품목 관세 즉시 철폐" % rng.randint(10, 80)]))
            d.p("2. 우리측 협상 목표 및 최종 수용 가능선(마지노선): %s" % rng.choice(["인상률 %d%% 이내" % rng.randint(2, 9), "민감 품목 %d개 양허 제외" % rng.randint(5, 30)]))
            d.p("3. 단계별 대응: 1차 회의 원칙 제시 → 2차 회의 교환 카드(%s) 제시 → 최종 타결 시점 %s" % (rng.choice(["기술협력 확대", "투자 인센티브"]), dstr(rng)))
            d.p("4. 대외 설명 논리 및 언론 대응 방향")
            genre = "협상전략"
        else:
            ag = AGK["mnd"] if rng.random() < 0.6 else AGK["mois"]
            d.p("%s %s" % (rng.choice(["전시 동원 자원", "을지연습 상황 조치", "국가위기 대응"]), rng.choice(["운용 계획", "세부 시행계획", "부록"])))
            d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
            d.p("")
            d.p("1. 동원 지정 인원 %s명, 지정 차량 %s대, 지정 업체 %d개소" % (format(rng.randint(1000, 90000), ","), format(rng.randint(100, 9000), ","), rng.randint(10, 200)))
            d.p("2. 전시 전환 절차 및 소집 시간표(D+0 ~ D+%d)" % rng.randint(3, 15))
            d.p("3. 주요 지휘시설 위치: %s" % rng.choice(["○○산 지하 지휘소", "△△ 벙커", "○○기지 내 별동"]))
            d.p("4. 보안 유지: 관련 자료는 비밀관리기록부에 등재하고 열람자를 제한")
            genre = "보고서"
    s, loc, extra = apply_marking(rng, d, grade)
    flags = extra[:]
    st = None
    if rng.random() < 0.3:
        st = place_generic(rng, d, rng.choice(["last_line", "footer"]), "non_public", reasons)
        flags.append("stated_field_too")
    return R_(d, "non_public", grade, reasons, genre, s, loc, flags=flags, stated=st)


def t_k_daeoebi(rng, kind):
    d = Doc()
    if kind == "review":
        reasons = ["OIDA-9-1-5"]
        ag = ag_of(rng, ["ministry", "local", "soe", "edu"])
        d.p("%s(안) 내부 검토" % rng.choice(["조직개편", "공공요금 조정", "청사 이전", "%s 제도 개선" % topic_for(rng, ag)]))
        d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
        d.p("")
        d.p("1. 검토 배경: %s" % rng.choice(["재정 여건 악화 및 상급기관 권고", "기관장 지시사항(%s)" % dstr(rng)]))
        d.p("2. 대안 비교")
        d.table([["구분", "1안", "2안", "3안"], ["내용", "현행 유지", "부분 조정", "전면 개편"], ["장점", "반발 최소", "절충", "효과 극대"], ["단점", "효과 미미", "추가 협의 필요", "노조·주민 반발 예상"]])
        d.p("3. 검토 의견: %s을(를) 우선 추진하되, 발표 시기는 %s 이후로 조정" % (rng.choice(["2안", "3안"]), rng.choice(["지방선거", "예산 확정", "노사 협의"])))
        d.p("4. 향후 조치: 기관장 보고 후 관계 부서 협의(미확정)")
        genre = "내부검토"
    elif kind == "facility":
        reasons = ["OIDA-9-1-3"]
        ag = ag_of(rng, ["ministry", "local", "soe", "court", "edu"])
        d.p("%s 정보통신실 보안 취약점 점검 결과" % ag["name"])
        d.p("")
        d.p("1. 점검 기간: %s" % (drange(rng)))
        d.p("2. 주요 취약점")
        d.p("  ㅇ 서버실 출입통제 장치(%s) 오작동, 비상구 도어락 기본 비밀번호 사용" % rng.choice(["지문인식", "카드리더"]))
        d.p("  ㅇ CCTV 사각지대 %d개소(%s)" % (rng.randint(2, 6), rng.choice(["B1 주차장 동측", "후문 하역장", "옥상 출입구"])))
        d.p("  ㅇ 방화벽 정책 중 외부 원격접속 포트 %d번 개방" % rng.choice([22, 3389, 5900, 8080]))
        d.p("3. 조치 계획: %s까지 보완 완료" % dstr(rng))
        genre = "시설보안"
    elif kind == "invest":
        reasons = ["OIDA-9-1-4"]
        ag = ag_of(rng, ["police", "ministry"])
        d.p("%s 사건 관련 수사 협조 요청" % rng.choice(["보조금 부정수급", "입찰 담합", "공무상 비밀누설", "보이스피싱 조직"]))
        d.p("%s %s" % (ag["name"], rng.choice(ag["depts"])))
        d.p("1. 현재 내사 중인 사건과 관련하여 %s 자료 제출을 요청합니다." % rng.choice(["계약 관련 전자결재", "보조금 교부·정산", "출입 기록"]))
        d.p("2. 요청 자료: %s 기간의 관련 문서 일체" % (drange(rng, span=(60, 400))))
        d.p("3. 수사 진행 상황이 외부에 알려질 경우 증거인멸 우려가 있으므로 보안 유지에 협조하여 주시기 바랍니다.")
        genre = "수사협조"
    elif kind == "devplan":
        reasons = ["OIDA-9-1-5", "OIDA-9-1-8"]
        ag = ag_of(rng, ["local", "soe"])
        d.p("%s %s 후보지 검토" % (ag["name"].split()[-1], rng.choice(["일반산업단지", "공공주택지구", "역세권 개발", "첨단물류단지"])))
        d.p("")
        d.p("1. 후보지: 1순위 %s 일원(%s㎡), 2순위 %s 일원" % (rng.choice(["○○동 산 12", "△△리 345"]), format(rng.randint(100, 900) * 1000, ","), rng.choice(["□□면 ○○리", "◇◇동"])))
        d.p("2. 예상 보상 단가 및 지가 상승 전망: 공시지가 대비 %d~%d%%" % (rng.randint(120, 150), rng.randint(160, 250)))
        d.p("3. 발표 예정: %s (발표 전 보안 유지 철저)" % dstr(rng))
        genre = "내부검토"
    elif kind == "personnel":
        ag = ag_of(rng, ["ministry", "local", "edu", "police"])
        dui = rng.random() < 0.5
        reasons = ["OIDA-9-1-6", "PIPA-23"] if dui else ["OIDA-9-1-6"]
        nm = pname(rng)
        if dui:
            d.p("직원 비위 사실 통보 및 징계 의결 요구")
            d.p("1. 대상자: %s %s %s" % (rng.choice(ag["depts"]), rng.choice(["행정주사", "경위", "교육행정사무관"]), nm))
            d.p("2. 비위 사실: %s 음주운전(혈중알코올농도 %.3f%%)으로 적발, %s 벌금 %d만원 약식명령" % (dstr(rng), rng.uniform(0.03, 0.2), rng.choice(["○○지방법원", "△△지원"]), rng.choice([300, 500, 700, 1000])))
            d.p("3. 요구 사항: 중징계 의결 요구")
            genre = "징계"
        else:
            d.p("%d년 %s 승진 후보자 인사 검증 결과" % (rng.choice([2025, 2026]), rng.choice(["4급", "5급", "총경", "교장"])))
            for _ in range(rng.randint(2, 4)):
                d.p("  ㅇ %s %s: %s" % (rng.choice(ag["depts"]), pname(rng), rng.choice(["직원 평판 양호, 특이사항 없음", "부하 직원과의 갈등 이력 있음(%d년)" % rng.choice([2022, 2023]), "배우자 명의 부동산 다수 보유, 소명 필요", "근무 태도 관련 민원 2건"])))
            genre = "인사"
    elif kind == "price":
        reasons = ["OIDA-9-1-5"]
        ag = ag_of(rng, ["soe", "local", "edu"])
        if rng.random() < 0.5:
            d.p("%s 예정가격 결정 조서" % rng.choice(["○○ 하수관로 정비공사", "청사 냉난방 설비 교체", "%s 시스템 구축" % topic_for(rng, ag)]))
            d.p("1. 기초금액: %s원" % format(rng.randint(100, 5000) * 1000000, ","))
            d.p("2. 복수예비가격 범위 ±%d%%, 추첨 번호: %s" % (rng.choice([2, 3]), ", ".join(str(x) for x in sorted(rng.sample(range(1, 16), 4)))))
            d.p("3. 결정 예정가격: %s원" % format(rng.randint(100, 5000) * 1000000 + rng.randint(0, 999999), ","))
            genre = "입찰"
        else:
            d.p("%d년 %s 필기시험 출제 원안" % (rng.choice([2026, 2027]), rng.choice(["지방공무원 승진", "교육공무원 임용", "공사 신입사원 채용"])))
            d.p("문 1. 다음 중 「행정절차법」상 처분의 사전통지 예외 사유로 옳지 않은 것은?")
            d.p("  ① 공공의 안전을 위하여 긴급히 처분할 필요가 있는 경우 ② … ③ … ④ …  (정답: %s)" % rng.choice("①②③④"))
            d.p("문 2. 「지방재정법」상 … (정답: %s)" % rng.choice("①②③④"))
            genre = "시험문제"
    else:  # nego
        reasons = ["OIDA-9-1-5"]
        ag = ag_of(rng, ["soe", "local", "edu"])
        d.p("%d년 %s 대응 전략" % (rng.choice([2026, 2027]), rng.choice(["임금·단체협약 교섭", "토지 보상 협의", "민간위탁 재계약 협상"])))
        d.p("1. 상대측 요구(예상): %s" % rng.choice(["기본급 %d%% 인상" % rng.randint(5, 12), "보상 단가 %d%% 상향" % rng.randint(20, 60)]))
        d.p("2. 우리측 제시안: 1차 %d%%, 최종 양보선 %d%%" % (rng.randint(1, 3), rng.randint(3, 6)))
        d.p("3. 쟁점별 대응 논리 및 교섭 위원 역할 분담")
        genre = "협상전략"
    s, loc, extra = apply_marking(rng, d, "대외비")
    st = None
    if rng.random() < 0.3:
        st = place_generic(rng, d, rng.choice(["last_line", "footer", "citation"]), "non_public", reasons)
        extra.append("stated_field_too")
    return R_(d, "non_public", "대외비", reasons, genre, s, loc, flags=extra, stated=st)


# ============================================================================= NON_PUBLIC: content / stated
def np_finish(rng, d, reasons, locs, p_none, anchor=1):
    loc = stated_choice(rng, "non_public", reasons, locs, p_none)
    return finish_generic(rng, d, "non_public", reasons, loc, anchor=anchor)


def wrap_gongmun(rng, d, ag, disc, reasons):
    """Re-lay a report as an internal 공문 (내부결재) whose 결문 carries the 공개구분."""
    title = d.blocks[0][1]
    inner = [b for b in d.blocks[1:] if not (b[0] == "p" and b[1].startswith(ag["name"] + " ") and len(b[1]) < 40)]
    f = field_str(rng, disc, reasons)
    g, _ = gongmun(rng, ag, title, ["@@BODY@@"], field=f, recv="내부결재", field_loc=rng.choice(["end", "end", "own"]))
    idx = next(i for i, b in enumerate(g.blocks) if b[0] == "p" and b[1].startswith("@@BODY@@"))
    g.blocks[idx:idx + 1] = inner + [("p", "  끝.")]
    g.header, g.footer = d.header, d.footer
    return g, f


def t_n_discipline(rng):
    ag = ag_of(rng, ["local", "ministry", "edu", "police", "fire", "soe"])
    reasons = ["OIDA-9-1-6", "PIPA-23"]
    nm = pname(rng)
    d = Doc()
    d.p("%s 징계위원회" % ag["name"] if rng.random() < 0.5 else "징 계 의 결 서")
    d.p("")
    d.table([["징계혐의자", "소속: %s" % rng.choice(ag["depts"]), "직급: %s" % rng.choice(["지방행정주사", "소방장", "경사", "행정서기", "대리"]), "성명: %s" % nm]])
    d.p("의결 주문: %s" % rng.choice(["정직 2월에 처한다.", "강등에 처한다.", "감봉 3월에 처한다.", "해임에 처한다."]))
    d.p("이유")
    d.p("1. 인정되는 사실: 징계혐의자는 %s %d:%02d경 혈중알코올농도 %.3f%%의 술에 취한 상태로 %s에서 약 %skm 구간을 운전하다 단속되었고, %s으로부터 벌금 %d만원의 약식명령을 받아 확정되었다."
        % (dstr(rng), rng.randint(21, 23), rng.randint(0, 59), rng.uniform(0.03, 0.2), rng.choice(["○○사거리", "△△로", "□□동 주택가"]), rng.choice(["1.2", "3", "0.8", "5.4"]), rng.choice(["○○지방법원", "△△지원"]), rng.choice([300, 500, 800, 1200])))
    d.p("2. 적용 법조: 「%s」 제%d조(품위 유지의 의무)" % (rng.choice(["지방공무원법", "국가공무원법"]), rng.choice([55, 63])))
    d.p("3. 양정: 음주운전 징계기준 및 과거 %s 등을 고려" % rng.choice(["표창 공적", "징계 전력 없음"]))
    d.p("")
    d.p("%s  %s 징계위원회 위원장" % (dstr(rng), ag["name"]))
    s, loc = np_finish(rng, d, reasons, ["box", "header", "first_line"], 0.6, anchor=0)
    return R_(d, "non_public", "none", reasons, "징계", s or "content only (DUI conviction of named official)", loc, stated=s)


def t_n_sickleave(rng):
    ag = ag_of(rng, ["local", "edu", "ministry", "soe", "fire"])
    reasons = ["OIDA-9-1-6", "PIPA-23"]
    nm = pname(rng)
    d = Doc()
    d.p(rng.choice(["질병휴직 처리 결과", "병가 승인 및 복무 처리", "공무상 요양 승인 신청 검토"]))
    d.table([["소속", rng.choice(ag["depts"])], ["성명", nm], ["기간", "%s" % (drange(rng))],
             ["진단명", rng.choice(["우울증(F32.1)", "요추 추간판 탈출증", "갑상선암", "공황장애", "뇌경색 후유증"])], ["진단서 발급", "%s 병원" % rng.choice(["○○대학교", "△△의료원", "□□정신건강의학과의원"])]])
    d.p("1. 위 직원의 %s 신청에 대하여 진단서 및 %s 의견을 검토한 결과 승인함" % (rng.choice(["질병휴직", "병가"]), rng.choice(["주치의", "공무원연금공단", "인사위원회"])))
    d.p("2. 복직 시 %s 제출" % rng.choice(["완치 소견서", "복무 가능 진단서"]))
    s, loc = np_finish(rng, d, reasons, ["header", "checkbox", "gyeoljae", "footer"], 0.55, anchor=1)
    return R_(d, "non_public", "none", reasons, "인사", s or "content only (diagnosis of named official)", loc, stated=s)


def t_n_union(rng):
    ag = ag_of(rng, ["local", "soe", "edu"])
    reasons = ["OIDA-9-1-6", "PIPA-23"]
    d = Doc()
    d.p("%d년 %d월 노동조합 조합비 급여 공제 명단" % (rng.choice([2025, 2026]), rng.randint(1, 12)))
    d.p("(%s %s)" % (rng.choice(["%s 공무원노동조합" % ag["name"].split()[-1], "%s 노동조합 지부" % ag["name"]]), rng.choice(["요청분", "통보분"])))
    rows = [["연번", "소속", "성명", "직급", "공제액(원)"]]
    for i in range(rng.randint(6, 12)):
        rows.append([str(i + 1), rng.choice(ag["depts"]), pname(rng), rng.choice(["7급", "8급", "6급", "주임", "대리"]), format(rng.choice([15000, 18000, 20000, 25000]), ",")])
    d.table(rows)
    s, loc = np_finish(rng, d, reasons, ["header", "footer", "box"], 0.6, anchor=0)
    return R_(d, "non_public", "none", reasons, "명단", s or "content only (union membership list)", loc, stated=s)


def t_n_invest(rng):
    ag = ag_of(rng, ["police"])
    reasons = ["OIDA-9-1-4", "OIDA-9-1-6"]
    sus = pname(rng)
    body = ["1. 우리 서에서 수사 중인 %s 사건(접수번호 %d-%06d)과 관련하여 아래 자료의 제공을 요청합니다." % (rng.choice(["사기", "업무상 횡령", "보조금 부정수급", "공문서 위조"]), rng.choice([2025, 2026]), rng.randint(0, 999999)),
            "  가. 피의자: %s (%d년생, %s 거주)" % (sus, rng.randint(1960, 2000), paddr(rng).split(" ")[0] + " " + paddr(rng).split(" ")[1]),
            "  나. 요청 자료: %s 기간 %s" % (drange(rng, span=(60, 400)), rng.choice(["보조금 신청·지급 내역", "출입 기록 및 CCTV 영상", "계약 관련 결재 문서", "민원 접수 기록"])),
            "  다. 근거: 「형사소송법」 제199조 제2항",
            "2. 수사 중인 사안으로 피의자 및 관계인에게 요청 사실이 알려지지 않도록 보안에 유의하여 주시기 바랍니다."]
    loc = stated_choice(rng, "non_public", reasons, ["gyeolmun", "gyeolmun", "header"], 0.3)
    f = field_str(rng, "non_public", reasons) if loc == "gyeolmun" else None
    d, _ = gongmun(rng, ag, "수사 자료 제공 협조 요청", body, field=f, recv=rng.choice(["%s장" % rng.choice(["○○구청", "○○시", "한국○○공사"]), "수신자 참조"]))
    s = f
    if loc == "header":
        s = place_generic(rng, d, "header", "non_public", reasons)
    return R_(d, "non_public", "none", reasons, "수사협조", s or "content (ongoing investigation, named suspect)", loc or "content", stated=s)


def t_n_internal_review(rng):
    ag = ag_of(rng, ["ministry", "local", "soe", "edu"])
    reasons = ["OIDA-9-1-5"]
    topic = topic_for(rng, ag)
    long = rng.random() < 0.6
    d = Doc()
    d.p("%s %s 검토(안)" % (rng.choice(TOPICS[topic][0]), rng.choice(["제도 개선", "예산 조정", "사업 재구조화", "통폐합"])))
    d.p("%s %s  %s" % (ag["name"], rng.choice(ag["depts"]), dstr(rng)))
    if long:
        for l in report_body(rng, topic, 5, k=(4, 7)):
            d.p(l)
    d.p("")
    d.p("□ 쟁점별 검토 의견(내부 논의용)")
    d.p("  ㅇ %s 축소 시 %s 반발 예상 → 발표 전 관계부처 사전 조율 필요" % (rng.choice(TOPICS[topic][0]), rng.choice(["지자체", "이해관계 단체", "국회 상임위"])))
    d.p("  ㅇ 재정당국 협의 결과에 따라 1안/2안 중 최종 결정 예정(미확정)")
    d.p("  ㅇ 장관(기관장) 보고 후 확정, 확정 전까지 외부 유출 금지")
    if rng.random() < 0.45:
        d, s = wrap_gongmun(rng, d, ag, "non_public", reasons); loc = "gyeolmun"
    else:
        loc = stated_choice(rng, "non_public", reasons, ["citation", "last_line", "gyeoljae", "header", "box", "first_line"], 0.25)
        s, loc = finish_generic(rng, d, "non_public", reasons, loc, anchor=0)
    return R_(d, "non_public", "none", reasons, "내부검토", s or "content only (pre-decision review)", loc + (" (far from start)" if long and loc in ("citation", "last_line", "gyeoljae") else ""),
              flags=["long"] if long else [], stated=s)


def t_n_price(rng):
    ag = ag_of(rng, ["soe", "local", "edu", "ministry"])
    reasons = ["OIDA-9-1-5"]
    d = Doc()
    d.p("%s 예정가격 산정 및 결정 조서" % rng.choice(["%s 정비공사" % rng.choice(TOPICS["도로"][0]), "%s 유지관리 용역" % rng.choice(TOPICS["디지털"][0])]))
    d.table([["항목", "금액(원)"], ["설계금액", format(rng.randint(200, 5000) * 1000000, ",")], ["기초금액", format(rng.randint(200, 5000) * 1000000, ",")],
             ["사정률", "%.2f%%" % rng.uniform(97, 100)], ["예정가격", format(rng.randint(200, 5000) * 1000000 + rng.randint(0, 99999), ",")]])
    d.p("※ 개찰 전 예정가격 누설 시 「국가를 당사자로 하는 계약에 관한 법률」 등에 따라 처벌")
    if rng.random() < 0.4:
        d, s = wrap_gongmun(rng, d, ag, "non_public", reasons); loc = "gyeolmun"
    else:
        s, loc = np_finish(rng, d, reasons, ["citation", "header", "box", "checkbox"], 0.35, anchor=1)
    return R_(d, "non_public", "none", reasons, "입찰", s or "content only (pre-opening reserve price)", loc, stated=s)


def t_n_exam(rng):
    ag = ag_of(rng, ["edu", "local", "soe", "ministry"])
    reasons = ["OIDA-9-1-5"]
    d = Doc()
    d.p("%d년 %s 출제 문항 및 정답(검토본)" % (rng.choice([2026, 2027]), rng.choice(["중학교 %d학년 1학기 기말고사 수학" % rng.randint(1, 3), "지방공무원 7급 승진시험 행정법", "신규직원 공채 NCS 직업기초능력", "교육공무원 임용 2차 면접 문항"])))
    for i in range(rng.randint(3, 5)):
        d.p("%d. %s" % (i + 1, rng.choice(["다음 중 옳은 것을 고르시오.", "다음 자료를 보고 물음에 답하시오.", "밑줄 친 부분의 법적 성질로 옳은 것은?", "상황 제시 후 대처 방안을 말하시오."])))
        d.p("   ① 보기 1  ② 보기 2  ③ 보기 3  ④ 보기 4    [정답 %s, 배점 %d]" % (rng.choice("①②③④"), rng.choice([2, 3, 4, 5])))
    d.p("※ 출제위원 외 열람 금지, 시험 종료 후 평가관리실 보관")
    s, loc = np_finish(rng, d, reasons, ["header", "box", "footer", "first_line"], 0.45, anchor=0)
    return R_(d, "non_public", "none", reasons, "시험문제", s or "content only (exam items before the exam)", loc, stated=s)


def t_n_nego(rng):
    ag = ag_of(rng, ["soe", "local", "edu"])
    reasons = ["OIDA-9-1-5"]
    d = Doc()
    d.p("%s 대응 방안" % rng.choice(["%d년 임금교섭" % rng.choice([2026, 2027]), "○○지구 토지 보상 협의", "청소 대행 민간위탁 재계약 협상"]))
    d.p("1. 상대측 요구: %s" % rng.choice(["기본급 %d%% 인상, 성과급 폐지" % rng.randint(4, 10), "감정평가액 대비 %d%% 추가 보상" % rng.randint(20, 50), "위탁료 %d%% 인상" % rng.randint(10, 30)]))
    d.p("2. 우리측 전략: 1차 제시 %d%%, 2차 %d%%, 최종 수용 한도 %d%% (한도는 대외 언급 금지)" % (rng.randint(1, 2), rng.randint(2, 4), rng.randint(4, 7)))
    d.p("3. 결렬 시 대안: %s" % rng.choice(["조정 신청", "수용재결 신청", "직영 전환 검토"]))
    if rng.random() < 0.4:
        d, s = wrap_gongmun(rng, d, ag, "non_public", reasons); loc = "gyeolmun"
    else:
        s, loc = np_finish(rng, d, reasons, ["header", "citation", "first_line", "gyeoljae"], 0.4, anchor=0)
    return R_(d, "non_public", "none", reasons, "협상전략", s or "content only (negotiation limits)", loc, stated=s)


def t_n_facility(rng):
    ag = ag_of(rng, ["court", "ministry", "local", "edu", "soe"])
    reasons = ["OIDA-9-1-3"]
    d = Doc()
    d.p("%s 청사 %s" % (ag["name"], rng.choice(["CCTV 배치 및 사각지대 현황", "출입통제 시스템 운영 현황", "야간 경비 근무 배치표"])))
    rows = [["구역", "설비/인원", "비고"]]
    for _ in range(rng.randint(4, 7)):
        rows.append([rng.choice(["정문", "후문", "지하 주차장", "전산실", "기록관", "판사실 복도" if ag["t"] == "court" else "기관장실 복도", "옥상"]),
                     rng.choice(["CCTV %d대" % rng.randint(1, 6), "경비 %d명(22:00~06:00)" % rng.randint(1, 3), "출입카드+비밀번호(%04d)" % rng.randint(0, 9999)]),
                     rng.choice(["사각지대 있음", "녹화 30일", "순찰 2시간 간격", "-"])])
    d.table(rows)
    if rng.random() < 0.35:
        d, s = wrap_gongmun(rng, d, ag, "non_public", reasons); loc = "gyeolmun"
    else:
        s, loc = np_finish(rng, d, reasons, ["header", "box", "citation", "footer"], 0.35, anchor=0)
    return R_(d, "non_public", "none", reasons, "시설보안", s or "content only (security layout)", loc, stated=s)


def t_n_devsite(rng):
    ag = ag_of(rng, ["local", "soe"])
    reasons = ["OIDA-9-1-5", "OIDA-9-1-8"]
    d = Doc()
    d.p("%s 도시관리계획 변경(안) 사전 검토 - %s" % (ag["name"].split()[-1], rng.choice(["용도지역 상향 후보지", "신규 택지 후보지", "개발제한구역 해제 검토 대상지"])))
    d.table([["후보지", "면적(㎡)", "현 용도", "변경안"], ["%s 일원" % rng.choice(["○○동 산 21", "△△리 100-3"]), format(rng.randint(10, 900) * 1000, ","), "자연녹지", "제2종 일반주거"],
             ["%s 일원" % rng.choice(["□□동 45", "◇◇리 산 7"]), format(rng.randint(10, 900) * 1000, ","), "생산관리", "준공업"]])
    d.p("※ 확정 전 공개 시 투기 및 지가 급등 우려")
    if rng.random() < 0.5:
        d, s = wrap_gongmun(rng, d, ag, "non_public", reasons); loc = "gyeolmun"
    else:
        s, loc = np_finish(rng, d, reasons, ["header", "citation", "checkbox"], 0.4, anchor=1)
    return R_(d, "non_public", "none", reasons, "내부검토", s or "content only (pre-announcement development sites)", loc, stated=s)


def t_n_roster(rng):
    ag = ag_of(rng, ["local", "ministry", "edu", "fire", "soe", "police"])
    with_rrn = rng.random() < 0.4
    reasons = ["OIDA-9-1-6", "PIPA-24"] if with_rrn else ["OIDA-9-1-6"]
    d = Doc()
    if with_rrn:
        d.p("%s 참가자 명단(상해보험 가입용)" % rng.choice(["%d년 직원 체육대회" % rng.choice([2025, 2026]), "해외 벤치마킹 연수", "재난 대응 합동훈련"]))
        rows = [["연번", "성명", "주민등록번호", "휴대전화"]]
        for i in range(rng.randint(5, 10)):
            rows.append([str(i + 1), pname(rng), rrn(rng, y0=1965, y1=2000), mobile(rng)])
    else:
        d.p("%s %s 비상연락망" % (ag["name"], rng.choice(ag["depts"])))
        rows = [["직위", "성명", "휴대전화", "자택 주소"]]
        for _ in range(rng.randint(5, 10)):
            rows.append([rng.choice(["과장", "팀장", "주무관", "주무관", "소방장", "대리"]), pname(rng), mobile(rng), paddr(rng)])
    d.table(rows)
    s, loc = np_finish(rng, d, reasons, ["header", "footer", "box"], 0.6, anchor=0)
    return R_(d, "non_public", "none", reasons, "명단", s or "content only (roster of personal data)", loc, stated=s)


def t_n_crimrec(rng):
    ag = ag_of(rng, ["police", "local", "edu"])
    reasons = ["OIDA-9-1-6", "PIPA-23"]
    nm = pname(rng)
    d = Doc()
    d.p(rng.choice(["범죄경력 조회 회보서", "성범죄 경력 조회 결과 회신", "아동학대 관련 범죄전력 조회 결과"]))
    d.table([["요청 기관", "%s %s" % (ag["name"], rng.choice(ag["depts"]))], ["회보 기관", rng.choice(["○○경찰서 민원실", "△△경찰서 수사지원팀"])], ["회보 일자", dstr(rng)],
             ["용도", rng.choice(["채용 결격사유 확인", "취업제한 대상 여부 확인"])]])
    d.p("1. 조회 대상: %s (%s)" % (nm, rng.choice(["방과후학교 강사 지원자", "어린이집 보육교사 채용 예정자", "체육시설 지도자"])))
    d.p("2. 조회 결과: %s" % rng.choice(["%d년 %s 징역 %d월 집행유예 %d년 확정" % (rng.randint(2010, 2022), rng.choice(["폭행", "사기", "절도"]), rng.randint(4, 12), rng.randint(1, 3)), "해당 범죄경력 있음(상세 별첨)", "벌금형 1회(%d년)" % rng.randint(2012, 2022)]))
    d.p("3. 근거: 「%s" % rng.choice(["아동·청소년의 성보호에 관한 법률」 제56조", "형의 실효 등에 관한 법률」 제6조"]))
    d.p("4. 회보 내용은 채용 목적 외 사용을 금지하며, 확인 후 즉시 파기하여 주시기 바랍니다.")
    s, loc = np_finish(rng, d, reasons, ["header", "first_line", "box"], 0.45, anchor=0)
    return R_(d, "non_public", "none", reasons, "인사", s or "content only (criminal record of named person)", loc, stated=s)


def t_n_health(rng):
    ag = ag_of(rng, ["soe", "local", "fire", "edu"])
    reasons = ["OIDA-9-1-6", "PIPA-23"]
    d = Doc()
    d.p(rng.choice(["직원 특수건강진단 결과 유소견자 현황", "심리상담 지원 대상자 관리 현황", "소방공무원 외상후스트레스 검사 고위험군"]))
    rows = [["성명", "소속", "판정", "소견"]]
    for _ in range(rng.randint(3, 7)):
        rows.append([pname(rng), rng.choice(ag["depts"]), rng.choice(["D1", "C1", "고위험", "관찰 필요"]), rng.choice(["소음성 난청", "고혈압", "우울 척도 상승", "PTSD 의심", "간기능 이상"])])
    d.table(rows)
    s, loc = np_finish(rng, d, reasons, ["header", "footer", "checkbox"], 0.55, anchor=1)
    return R_(d, "non_public", "none", reasons, "명단", s or "content only (health data of named staff)", loc, stated=s)


def t_n_trial(rng):
    ag = ag_of(rng, ["court", "ministry", "local"])
    reasons = ["OIDA-9-1-4"]
    d = Doc()
    d.p("%s 소송 수행 대응 전략(변론 준비)" % rng.choice(["손해배상(국가배상)", "행정처분 취소", "부당이득금 반환"]))
    d.p("1. 사건: %s지방법원 %d%s%d" % (rng.choice(["서울중앙", "수원", "대전", "부산"]), rng.choice([2025, 2026]), rng.choice(["가합", "구합", "나"]), rng.randint(10000, 99999)))
    d.p("2. 쟁점별 대응: 원고 주장 %s에 대하여 %s 논리로 반박, 불리한 증거(%s)는 제출 보류" % (rng.choice(["관리 하자", "재량권 일탈"]), rng.choice(["예견 가능성 부정", "공익 우선"]), rng.choice(["내부 점검 보고서", "담당자 진술서"])))
    d.p("3. 화해 권고 시 수용 한도: 청구액의 %d%% 이내" % rng.randint(20, 60))
    if rng.random() < 0.35:
        d, s = wrap_gongmun(rng, d, ag, "non_public", reasons); loc = "gyeolmun"
    else:
        s, loc = np_finish(rng, d, reasons, ["header", "citation", "box"], 0.35, anchor=0)
    return R_(d, "non_public", "none", reasons, "내부검토", s or "content only (pending litigation strategy)", loc, stated=s)


# ============================================================================= plan
PLAN = [
    # public, regular
    ("pub_coop", t_pub_coop, 7), ("pub_press", t_pub_press, 7), ("pub_bid", t_pub_bid, 5), ("pub_personnel", t_pub_personnel, 4),
    ("pub_contract_status", t_pub_contract_status, 4), ("pub_audit_summary", t_pub_audit_summary, 4), ("pub_minwon_masked", t_pub_minwon_masked, 5),
    ("pub_minutes_official", t_pub_minutes_official, 5), ("pub_long_report", t_pub_long_report, 5), ("pub_fire", t_pub_fire, 3),
    ("pub_court", t_pub_court, 3), ("pub_expense", t_pub_expense, 3),
    # public, mention-only
    ("m_guideline", t_m_guideline, 4), ("m_disclosure_guide", t_m_disclosure_guide, 4), ("m_security_audit", t_m_security_audit, 3),
    ("m_declass", t_m_declass, 3), ("m_cover", t_m_cover, 3), ("m_password", t_m_password, 4), ("m_grades", t_m_grades, 3),
    ("m_stats", t_m_stats, 3), ("m_confuser", t_m_confuser, 3), ("m_blankform", t_m_blankform, 3), ("m_pipa_edu", t_m_pipa_edu, 3),
    # partial
    ("q_minwon_named", t_q_minwon_named, 8), ("q_minutes_residents", t_q_minutes_residents, 7), ("q_contract", t_q_contract, 8),
    ("q_bid_eval", t_q_bid_eval, 6), ("q_subsidy", t_q_subsidy, 6), ("q_list_rrn", t_q_list_rrn, 6), ("q_mislabeled", t_q_mislabeled, 6),
    ("q_masked_rrn", t_q_masked_rrn, 5), ("q_audit_named", t_q_audit_named, 4), ("q_opinions", t_q_opinions, 4),
    ("q_foreign_passport", t_q_foreign_passport, 4), ("q_dl", t_q_dl, 4), ("q_permit_trade", t_q_permit_trade, 4),
    # non_public, marked
    ("k_III_nat", lambda r: t_k_classified(r, "III급", "nat"), 6), ("k_III_fac", lambda r: t_k_classified(r, "III급", "fac"), 4),
    ("k_II_nat", lambda r: t_k_classified(r, "II급", "nat"), 4), ("k_II_fac", lambda r: t_k_classified(r, "II급", "fac"), 1),
    ("k_I_nat", lambda r: t_k_classified(r, "I급", "nat"), 3),
    ("k_dae_review", lambda r: t_k_daeoebi(r, "review"), 4), ("k_dae_facility", lambda r: t_k_daeoebi(r, "facility"), 3),
    ("k_dae_invest", lambda r: t_k_daeoebi(r, "invest"), 2), ("k_dae_devplan", lambda r: t_k_daeoebi(r, "devplan"), 2),
    ("k_dae_personnel", lambda r: t_k_daeoebi(r, "personnel"), 2), ("k_dae_price", lambda r: t_k_daeoebi(r, "price"), 2),
    ("k_dae_nego", lambda r: t_k_daeoebi(r, "nego"), 1),
    # non_public, content / stated
    ("n_discipline", t_n_discipline, 4), ("n_sickleave", t_n_sickleave, 3), ("n_union", t_n_union, 3), ("n_invest", t_n_invest, 4),
    ("n_internal_review", t_n_internal_review, 5), ("n_price", t_n_price, 3), ("n_exam", t_n_exam, 3), ("n_nego", t_n_nego, 3),
    ("n_facility", t_n_facility, 3), ("n_devsite", t_n_devsite, 2), ("n_roster", t_n_roster, 4), ("n_crimrec", t_n_crimrec, 2),
    ("n_health", t_n_health, 2), ("n_trial", t_n_trial, 2),
]
N_HWPX, N_PDF = 52, 52

DISC = ("public", "partial", "non_public")
MARKS = ("none", "대외비", "III급", "II급", "I급")
REASONS = ("OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24")
RORDER = {r: i for i, r in enumerate(REASONS)}


def build():
    os.makedirs(FILES, exist_ok=True)
    for f in sorted(os.listdir(FILES)):
        os.remove(os.path.join(FILES, f))
    entries = []
    for name, fn, k in PLAN:
        for j in range(k):
            entries.append((name, fn, j))
    assert len(entries) == 240, len(entries)
    R("plan").shuffle(entries)
    fmts = ["hwpx"] * N_HWPX + ["pdf"] * N_PDF + ["text"] * (240 - N_HWPX - N_PDF)
    R("formats").shuffle(fmts)
    recs, metas = [], []
    for i, ((name, fn, j), fmt) in enumerate(zip(entries, fmts)):
        did = "sp-%04d" % (i + 1)
        out = fn(R("doc", name, j))
        d = out["doc"]
        noise = []
        rec = {"id": did}
        if fmt == "text":
            text = render_text(d, R("render", name, j))
            if R("noise?", name, j).random() < 0.17:
                text, noise = ocr_noise(text, R("noise", name, j))
            rec["text"] = text
        elif fmt == "hwpx":
            if R("noise?", name, j).random() < 0.06:
                noise = noise_doc(d, R("noise", name, j))
            rel = "files/%s.hwpx" % did
            write_hwpx(d, os.path.join(HERE, rel))
            rec["file"] = rel
        else:
            if R("noise?", name, j).random() < 0.08:
                noise = noise_doc(d, R("noise", name, j))
            rel = "files/%s.pdf" % did
            marks = tuple(x for x in [out["cue"]] if out["marking"] != "none")
            write_pdf(d, os.path.join(HERE, rel), red_marks=marks)
            rec["file"] = rel
        rec["disclosure"] = out["disclosure"]
        rec["marking"] = out["marking"]
        rec["reasons"] = sorted(out["reasons"], key=lambda r: RORDER[r])
        rec["genre"] = out["genre"]
        flags = list(out["flags"])
        if noise:
            flags.append("noise")
        if out["stated"]:
            flags.append("stated")
        meta = {"id": did, "template": name, "variant": j, "format": fmt, "disclosure": out["disclosure"], "marking": out["marking"],
                "reasons": rec["reasons"], "genre": out["genre"], "cue": out["cue"], "cue_loc": out["cue_loc"], "stated": out["stated"],
                "flags": flags, "noise": noise}
        recs.append(rec); metas.append(meta)
    with open(os.path.join(HERE, "sens_p.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_p.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return recs, metas


# ============================================================================= extraction + validation
def extract(rec):
    if "text" in rec:
        return rec["text"]
    path = os.path.join(HERE, rec["file"])
    if path.endswith(".hwpx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("Contents/section0.xml").decode("utf-8")
        from xml.sax.saxutils import unescape
        return "\n".join(unescape(t) for t in re.findall(r"<hp:t>(.*?)</hp:t>", xml, flags=re.S))
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")


ID_RES = [re.compile(r"(?<!\d)\d{6}\s*-\s*[1-8]\d{6}(?!\d)"), re.compile(r"\b[MSRGD]\d{8}\b"), re.compile(r"\b[MSRGD]\d{3}[A-Z]\d{4}\b"),
          re.compile(r"\b[EPC]\d{8}\b"), re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")]


def has_unmasked_id(t):
    for s in (t, re.sub(r"\s+", "", t)):
        for rx in ID_RES:
            for m in rx.finditer(s):
                if not m.group(0).startswith("000000"):
                    return True
    return False


def squash(s):
    return re.sub(r"\s+", "", s)


def validate():
    import xml.etree.ElementTree as ET
    errs = []
    recs = [json.loads(l) for l in open(os.path.join(HERE, "sens_p.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "sens_p.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) == 240
    ids = set()
    for r, m in zip(recs, metas):
        i = r["id"]
        if not re.fullmatch(r"sp-\d{4}", i) or i in ids:
            errs.append((i, "bad/duplicate id"))
        ids.add(i)
        keys = list(r)
        exp = ["id", "text" if "text" in r else "file", "disclosure", "marking", "reasons", "genre"]
        if keys != exp:
            errs.append((i, "keys %s" % keys))
        if r["disclosure"] not in DISC: errs.append((i, "disclosure"))
        if r["marking"] not in MARKS: errs.append((i, "marking"))
        if any(x not in REASONS for x in r["reasons"]): errs.append((i, "reason value"))
        if r["reasons"] != sorted(set(r["reasons"]), key=lambda x: RORDER[x]): errs.append((i, "reasons not sorted/unique"))
        if r["reasons"] != sorted(r["reasons"]): errs.append((i, "reasons not lexicographically sorted"))
        if (r["disclosure"] == "public") != (r["reasons"] == []): errs.append((i, "public<->no reasons"))
        if r["marking"] != "none" and r["disclosure"] != "non_public": errs.append((i, "marked but not non_public"))
        if r["marking"] in ("III급", "II급", "I급"):
            if "OIDA-9-1-1" not in r["reasons"] or len(r["reasons"]) < 2: errs.append((i, "비밀 needs -1 + content reason"))
        elif "OIDA-9-1-1" in r["reasons"]:
            errs.append((i, "-1 without 비밀 marking"))
        if "PIPA-23" in r["reasons"] and "OIDA-9-1-6" not in r["reasons"]: errs.append((i, "PIPA-23 without -6"))
        if "PIPA-24" in r["reasons"] and "OIDA-9-1-6" not in r["reasons"]: errs.append((i, "PIPA-24 without -6"))
        if "mention_only" in m["flags"] and (r["marking"] != "none" or r["disclosure"] != "public"): errs.append((i, "mention_only label"))
        if "file" in r:
            p = os.path.join(HERE, r["file"])
            if not os.path.exists(p):
                errs.append((i, "missing file")); continue
            if p.endswith(".hwpx"):
                with zipfile.ZipFile(p) as z:
                    if z.testzip() is not None: errs.append((i, "zip crc"))
                    infos = z.infolist()
                    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or z.read("mimetype") != b"application/hwp+zip":
                        errs.append((i, "mimetype"))
                    for n in z.namelist():
                        if n.endswith(".xml") or n.endswith(".hpf"):
                            try:
                                ET.fromstring(z.read(n))
                            except ET.ParseError as e:
                                errs.append((i, "xml %s %s" % (n, e)))
            else:
                with open(p, "rb") as f:
                    if not f.read(5) == b"%PDF-": errs.append((i, "pdf header"))
        t = extract(r)
        if len(squash(t)) < 80 or not re.search(r"[가-힣]", t):
            errs.append((i, "too little extractable text"))
        uid = has_unmasked_id(t)
        if uid != ("PIPA-24" in r["reasons"]):
            errs.append((i, "PIPA-24 vs unmasked id in text: %s" % uid))
        # deciding cue must survive extraction (noise may insert spaces / confusables, so compare squashed, and skip noisy text)
        if not m["noise"]:
            for key in ("cue",) if r["marking"] != "none" else ():
                if squash(m[key]) not in squash(t):
                    errs.append((i, "marking cue not found in extracted text: %s" % m[key]))
            if m["stated"] and squash(pdf_safe(m["stated"]) if m["format"] == "pdf" else m["stated"]) not in squash(t):
                errs.append((i, "stated field not found: %s" % m["stated"]))
    return recs, metas, errs


# ============================================================================= README + MD5SUMS
def counter(items):
    c = {}
    for x in items:
        c[x] = c.get(x, 0) + 1
    return c


def table_md(title, c, order=None):
    keys = order or sorted(c, key=lambda k: (-c[k], k))
    lines = ["| %s | n |" % title, "|---|---|"]
    for k in keys:
        if k in c:
            lines.append("| %s | %d |" % (k, c[k]))
    return "\n".join(lines)


def write_readme(recs, metas):
    disc = counter(r["disclosure"] for r in recs)
    mark = counter(r["marking"] for r in recs)
    fmt = counter(m["format"] for m in metas)
    genre = counter(r["genre"] for r in recs)
    reas = counter(x for r in recs for x in r["reasons"])
    tmpl = counter(m["template"] for m in metas)
    flags = counter(f for m in metas for f in m["flags"])
    cross = {}
    for r, m in zip(recs, metas):
        cross.setdefault(m["format"], {}).setdefault(r["disclosure"], 0)
        cross[m["format"]][r["disclosure"]] += 1
    xt = ["| format | public | partial | non_public | total |", "|---|---|---|---|---|"]
    for f in ("text", "hwpx", "pdf"):
        row = cross.get(f, {})
        xt.append("| %s | %d | %d | %d | %d |" % (f, row.get("public", 0), row.get("partial", 0), row.get("non_public", 0), sum(row.values())))
    locs = counter(re.sub(r" \(.*\)$", "", m["cue_loc"]) for m in metas)
    with open(os.path.join(HERE, "README_template.md"), encoding="utf-8") as f:
        tpl = f.read()
    body = tpl.format(
        disc=table_md("disclosure", disc, list(DISC)), mark=table_md("marking", mark, list(MARKS)), fmt=table_md("format", fmt, ["text", "hwpx", "pdf"]),
        cross="\n".join(xt), genre=table_md("genre", genre), reasons=table_md("reason", reas, list(REASONS)),
        templates=table_md("template", tmpl, [p[0] for p in PLAN]), flags=table_md("meta flag", flags), locs=table_md("cue_loc", locs),
        n_mention=flags.get("mention_only", 0), n_marked=sum(v for k, v in mark.items() if k != "none"), n_noise=flags.get("noise", 0),
        n_mis=flags.get("mislabeled", 0), n_long=flags.get("long", 0))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(body)


def write_md5():
    rows = []
    for root, _, files in os.walk(HERE):
        for fn in files:
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, HERE)
            if rel == "MD5SUMS" or "__pycache__" in rel:
                continue
            with open(p, "rb") as f:
                rows.append((rel, hashlib.md5(f.read()).hexdigest()))
    rows.sort()
    with open(os.path.join(HERE, "MD5SUMS"), "w") as f:
        for rel, h in rows:
            f.write("%s  %s\n" % (h, rel))


if __name__ == "__main__":
    build()
    recs, metas, errs = validate()
    for e in errs:
        print("ERROR", e)
    write_readme(recs, metas)
    write_md5()
    print("records", len(recs), "errors", len(errs))
    sys.exit(1 if errs else 0)
