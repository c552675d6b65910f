# -*- coding: utf-8 -*-
"""Shared pools and small generators for sens_v (all synthetic)."""
import random

SURN = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
        "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남궁", "황보", "선우"]
GIVEN = ["민준", "서연", "도윤", "지우", "하은", "예준", "수아", "시우", "지호", "유진", "은서", "현우",
         "채원", "준서", "다인", "건우", "서진", "나래", "태희", "성민", "경수", "미정", "영호", "순자",
         "정훈", "혜린", "동현", "보람", "재원", "소영", "기태", "윤희", "상철", "가은", "우진", "명숙"]

AGENCIES = {
    "중앙부처": [("행정안전부", "디지털정부정책과", "세종특별자치시 도움6로 42"),
             ("국토교통부", "도시정책과", "세종특별자치시 도움6로 11"),
             ("보건복지부", "지역복지과", "세종특별자치시 도움4로 13"),
             ("환경부", "물환경정책과", "세종특별자치시 도움6로 11"),
             ("해양수산부", "어촌어항과", "세종특별자치시 다솜2로 94"),
             ("산업통상자원부", "에너지안전과", "세종특별자치시 한누리대로 402")],
    "지자체": [("서울특별시 마포구", "자치행정과", "서울특별시 마포구 월드컵로 212"),
            ("충청북도 청주시", "안전정책과", "충청북도 청주시 상당구 상당로 155"),
            ("전라남도 순천시", "관광진흥과", "전라남도 순천시 장명로 30"),
            ("부산광역시 해운대구", "복지정책과", "부산광역시 해운대구 중동2로 11"),
            ("강원특별자치도 춘천시", "건축과", "강원특별자치도 춘천시 시청길 11"),
            ("경기도 안산시", "토지정보과", "경기도 안산시 단원구 화랑로 387")],
    "지방의회": [("서울특별시의회", "의사담당관", "서울특별시 중구 세종대로 125"),
             ("경상남도의회", "의정담당관", "경상남도 창원시 의창구 중앙대로 300"),
             ("청주시의회", "의정팀", "충청북도 청주시 상당구 상당로 155"),
             ("수원시의회", "의사팀", "경기도 수원시 팔달구 효원로 241")],
    "교육": [("경기도교육청", "학생생활인권과", "경기도 수원시 영통구 도청로 30"),
           ("대구광역시교육청", "교원인사과", "대구광역시 수성구 수성로 76길 11"),
           ("충청북도교육청", "체육건강안전과", "충청북도 청주시 상당구 교서로 21"),
           ("한빛초등학교", "교무행정실", "경기도 화성시 동탄반석로 100"),
           ("새솔중학교", "교무기획부", "세종특별자치시 새롬중앙로 60"),
           ("가람고등학교", "행정실", "대전광역시 유성구 노은로 200")],
    "경찰": [("서울마포경찰서", "수사과", "서울특별시 마포구 마포대로 183"),
           ("경기남부경찰청", "여성청소년과", "경기도 수원시 팔달구 효원로 1"),
           ("부산해운대경찰서", "교통과", "부산광역시 해운대구 해운대로 570"),
           ("충북경찰청", "경비과", "충청북도 청주시 상당구 상당로 82")],
    "소방": [("경기도소방재난본부", "화재조사과", "경기도 수원시 팔달구 효원로 1"),
           ("청주동부소방서", "현장대응단", "충청북도 청주시 청원구 충청대로 120"),
           ("중앙119구조본부", "구조정책과", "대구광역시 달서구 성서공단로 11"),
           ("부산광역시소방재난본부", "구급정책팀", "부산광역시 연제구 월드컵대로 1")],
    "교정": [("서울구치소", "보안과", "경기도 의왕시 안양판교로 143"),
           ("대전교도소", "사회복귀과", "대전광역시 유성구 한우물로 60"),
           ("청주여자교도소", "분류심사과", "충청북도 청주시 서원구 청남로 1887"),
           ("법무부 교정본부", "보안정책과", "경기도 과천시 관문로 47")],
    "법원": [("서울가정법원", "가사조사과", "서울특별시 서초구 강남대로 193"),
           ("대전지방법원", "총무과", "대전광역시 서구 둔산중로 78"),
           ("수원지방법원 안산지원", "민사과", "경기도 안산시 단원구 광덕서로 75"),
           ("법원행정처", "사법정보화실", "서울특별시 서초구 서초대로 219")],
    "공기업": [("한국전력공사", "배전운영처", "전라남도 나주시 전력로 55"),
            ("한국수자원공사", "댐운영처", "대전광역시 대덕구 신탄진로 200"),
            ("한국토지주택공사", "보상사업처", "경상남도 진주시 충의로 19"),
            ("한국도로공사", "교통처", "경상북도 김천시 혁신8로 77")],
    "공공기관": [("국민건강보험공단", "자격부과실", "강원특별자치도 원주시 건강로 32"),
             ("한국환경공단", "대기관리처", "인천광역시 서구 환경로 42"),
             ("한국산업인력공단", "능력평가국", "울산광역시 중구 종가로 345"),
             ("한국소비자원", "분쟁조정국", "충청북도 음성군 맹동면 용두로 54")],
    "국립병원": [("국립중앙의료원", "의료질향상팀", "서울특별시 중구 을지로 245"),
             ("국립정신건강센터", "원무과", "서울특별시 광진구 용마산로 127"),
             ("국립재활원", "재활의학과", "서울특별시 강북구 삼각산로 58"),
             ("국립부곡병원", "간호과", "경상남도 창녕군 부곡면 부곡로 145")],
}
KINDS = sorted(AGENCIES.keys())

TITLES_OFF = ["주무관", "사무관", "서기관", "팀장", "과장", "계장", "행정사무관", "연구사", "장학사", "경위", "소방위", "교감"]


class Gen:
    def __init__(self, key):
        self.r = random.Random("sens_v-2026|" + key)

    def ch(self, seq):
        return self.r.choice(list(seq))

    def name(self):
        return self.ch(SURN) + self.ch(GIVEN)

    def masked_name(self):
        n = self.name()
        return n[0] + self.ch(["○○", "**", "◯◯"])

    def agency(self, kind=None):
        if kind is None:
            kind = self.ch(KINDS)
        a = self.ch(AGENCIES[kind])
        return kind, a[0], a[1], a[2]

    def date(self, y0=2024, y1=2026):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def dstr(self, y=None, style=None):
        yy, m, d = self.date()
        if y:
            yy = y
        style = style or self.ch(["dot", "kor", "dash"])
        if style == "dot":
            return f"{yy}. {m}. {d}."
        if style == "kor":
            return f"{yy}년 {m}월 {d}일"
        return f"{yy}-{m:02d}-{d:02d}"

    def docno(self, dept):
        return f"{dept}-{self.r.randint(100, 9999)}"

    def mobile(self):
        return f"010-{self.r.randint(2000, 9999)}-{self.r.randint(1000, 9999)}"

    def office_phone(self):
        return f"0{self.ch(['2', '31', '32', '42', '43', '44', '51', '53', '55', '61'])}-{self.r.randint(200, 999)}-{self.r.randint(1000, 9999)}"

    def birth(self):
        y = self.r.randint(1955, 2004)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def rrn(self):
        y, m, d = self.birth()
        g = self.ch("12") if y < 2000 else self.ch("34")
        body = f"{y % 100:02d}{m:02d}{d:02d}{g}" + "".join(str(self.r.randint(0, 9)) for _ in range(5))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        s = sum(int(c) * k for c, k in zip(body, w))
        chk = (11 - s % 11) % 10
        full = body + str(chk)
        return full[:6] + "-" + full[6:]

    def rrn_masked(self):
        r = self.rrn()
        return r[:8] + self.ch(["******", "●●●●●●", "XXXXXX"])

    def dl(self):
        return f"{self.r.randint(11, 28)}-{self.r.randint(10, 25)}-{self.r.randint(100000, 999999)}-{self.r.randint(10, 99)}"

    def passport(self):
        return self.ch("MS") + f"{self.r.randint(10000000, 99999999)}"

    def account(self):
        bank = self.ch(["국민은행", "농협은행", "신한은행", "우리은행", "기업은행"])
        return bank, f"{self.r.randint(100, 999)}-{self.r.randint(10, 99)}-{self.r.randint(100000, 999999)}"

    def address(self):
        city = self.ch(["서울특별시 강서구", "경기도 성남시 분당구", "대전광역시 서구", "부산광역시 남구",
                        "충청북도 청주시 흥덕구", "광주광역시 북구", "전라북도 전주시 완산구"])
        road = self.ch(["한빛로", "새말길", "가온로", "솔내길", "누리로", "도담길", "푸른마을로"])
        return f"{city} {road} {self.r.randint(1, 250)}, {self.r.randint(101, 120)}동 {self.r.randint(101, 1504)}호"

    def money(self, lo=1, hi=900):
        return f"{self.r.randint(lo, hi) * 100000:,}원"


def stamp_marking(g, marking, year=None):
    """Return (stamp text, cue_text) for a classification marking."""
    year = year or g.r.randint(2026, 2030)
    if marking == "대외비":
        opts = ["대 외 비", "[대외비]", "《대외비》", f"{year}. 12. 31.까지 대외비",
                f"대외비(보호기간: {year}. 12. 31.까지)", "보안등급: 대외비", "대외비"]
        s = g.ch(opts)
        return s, s
    if marking == "III급":
        s = g.ch(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"])
        return s, s
    if marking == "II급":
        s = g.ch(["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"])
        return s, s
    if marking == "I급":
        s = g.ch(["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "1급 비밀"])
        return s, s
    raise ValueError(marking)


def yegomun(g, marking):
    y = g.r.randint(2027, 2033)
    lvl = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[marking]
    lower = {"III급": "일반문서로 재분류", "II급": "Ⅲ급비밀로 재분류", "I급": "Ⅱ급비밀로 재분류"}[marking]
    return g.ch([f"예고문: {y}. 12. 31.까지 {lvl}, 이후 {lower}",
                 f"예고문 : {y}. 6. 30. 까지 {lvl}. 이후 {lower}",
                 f"(예고문) {y}년 12월 31일까지 {lvl} / 이후 {lower}"])


def copyno(g):
    n = g.r.randint(1, 9)
    t = g.r.randint(n, 12)
    return g.ch([f"사본번호: {n}/{t}", f"사본 제{n}호(총 {t}부 중)", f"사본번호 {n} 번"])


def art9(g, ho, style=None):
    """제9조 제1항 제N호 in many spellings."""
    opts = [f"제9조 제1항 제{ho}호", f"제9조제1항제{ho}호", f"법 제9조 제1항 {ho}호", f"9조 1항 {ho}호",
            f"정보공개법 제9조①{ho}", f"「공공기관의 정보공개에 관한 법률」 제9조 제1항 제{ho}호",
            f"§9①{ho}", f"제9조 1항 {ho}호"]
    return g.ch(opts) if style is None else opts[style % len(opts)]


def gonggae_line(g, kind, ho=None):
    """결문 공개구분 line. kind in 공개/부분공개/비공개."""
    lab = g.ch(["공개구분", "공개 구분", "공개여부", "정보공개 구분", "공개구분(정보공개법)"])
    sep = g.ch([": ", " : ", " - ", "：", " "])
    if kind == "공개":
        val = g.ch(["공개", "공 개", "대국민 공개", "공개(원문)"])
    elif kind == "부분공개":
        val = g.ch([f"부분공개({ho})", f"부분공개 ({ho})", f"부분공개(제{ho}호)", f"부분공개 - {art9(g, ho)}",
                    f"부분 공개({ho})"])
    else:
        val = g.ch([f"비공개({ho})", f"비공개 ({art9(g, ho)})", f"비공개(제{ho}호)", f"비 공 개({ho})",
                    f"비공개 - {art9(g, ho)}"])
    line = f"{lab}{sep}{val}"
    return line
