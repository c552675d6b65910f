"""Synthetic sentences with marked person names, for training the name model (not for measuring it).

Written for gongmun without reading any evaluation set: names are drawn from surname frequencies
and given-name syllables, foreign names from transliterations, and placed in the shapes Korean prose
gives them (a role after the name, an age in parentheses, 씨/양/군, an organisation before it, a
quotation, a list) and in public-sector shapes (보도자료, 회의록, 민원 회신, 판결문, 감사 결과). The same
templates with ordinary words in the slots give negatives, so the model learns the context is not enough.
"""

from __future__ import annotations

import random

SURNAMES = (
    "김" * 22
    + "이" * 15
    + "박" * 8
    + "최" * 5
    + "정" * 5
    + "강" * 2
    + "조" * 2
    + "윤" * 2
    + "장" * 2
    + "임" * 2
    + "한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용"
)
SURNAMES2 = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
GIVEN = (
    "민서준지현수영은진우호성연재하윤경희미정혜숙자순철훈석동기상태용원광명주선승환규병형종일남범혁찬빈율아"
    "유예채다나소린애옥란분길봉춘식덕만수한섭욱웅근택권열익표건균관국진필학창운중해세인도완희효보람솔빛별새"
)
FOREIGN = [
    "트럼프",
    "오바마",
    "메르켈",
    "마크롱",
    "시진핑",
    "아베",
    "스가",
    "기시다",
    "푸틴",
    "젤렌스키",
    "존슨",
    "스미스",
    "마이클",
    "제임스",
    "데이비드",
    "윌리엄스",
    "브라운",
    "가르시아",
    "마르티네스",
    "로드리게스",
    "응우옌",
    "무함마드",
    "알리",
    "하산",
    "이바노프",
    "페트로프",
    "다나카",
    "스즈키",
    "사토",
    "야마모토",
    "다카하시",
    "와타나베",
    "리처드",
    "토머스",
    "앤더슨",
    "테일러",
    "해리스",
    "클라크",
    "루이스",
    "로빈슨",
    "워커",
    "영",
    "앨런",
    "킹",
    "라이트",
    "스콧",
    "힐",
    "그린",
    "애덤스",
    "베이커",
    "넬슨",
    "카터",
    "미첼",
    "로버츠",
    "필립스",
    "캠벨",
    "파커",
    "에반스",
    "에드워즈",
    "콜린스",
    "스튜어트",
    "모리스",
    "머피",
    "쿡",
    "로저스",
    "모건",
    "피터슨",
    "쿠퍼",
    "리드",
    "베일리",
    "벨",
    "켈리",
    "하워드",
    "워드",
    "콕스",
    "리처드슨",
    "우드",
    "왓슨",
    "브룩스",
    "베넷",
    "그레이",
    "제임스",
    "레예스",
    "크루즈",
    "휴스",
    "프라이스",
    "마이어스",
    "롱",
    "포스터",
    "샌더스",
    "로스",
    "모랄레스",
    "파월",
    "설리번",
    "러셀",
    "오르테가",
    "젠킨스",
    "구티에레스",
    "페리",
    "버틀러",
    "바네스",
    "피셔",
    "헨더슨",
    "콜먼",
    "시먼스",
    "패터슨",
    "조던",
    "레이놀즈",
    "해밀턴",
    "그레이엄",
    "마리아",
    "안나",
    "엘레나",
    "소피아",
    "올가",
    "나탈리아",
    "이리나",
    "안드레이",
    "세르게이",
    "블라디미르",
    "드미트리",
    "알렉산드르",
    "하메드",
    "아흐마드",
    "파티마",
    "아이샤",
    "오마르",
    "유수프",
    "라민",
    "티엔",
    "투안",
    "흐엉",
    "란",
    "민",
    "쩐",
    "레",
    "팜",
    "호앙",
    "부이",
    "도안",
    "첸",
    "왕웨이",
    "리밍",
    "장웨이",
    "류양",
    "자오",
    "저우",
    "우",
    "쑨",
    "마윈",
    "리커창",
    "후진타오",
    "덩샤오핑",
    "간디",
    "모디",
    "만델라",
    "메시",
    "호날두",
    "네이마르",
    "음바페",
    "케인",
    "살라",
    "베일",
    "루니",
    "베컴",
    "조코비치",
    "나달",
    "페더러",
    "우즈",
    "볼트",
    "펠프스",
]
ROLES = [
    "대통령",
    "총리",
    "장관",
    "차관",
    "의원",
    "대표",
    "원내대표",
    "최고위원",
    "위원장",
    "위원",
    "대변인",
    "사장",
    "회장",
    "부회장",
    "이사장",
    "전무",
    "본부장",
    "감독",
    "코치",
    "선수",
    "배우",
    "가수",
    "작가",
    "교수",
    "박사",
    "연구원",
    "기자",
    "앵커",
    "아나운서",
    "변호사",
    "검사",
    "판사",
    "대법관",
    "재판장",
    "총장",
    "시장",
    "군수",
    "구청장",
    "도지사",
    "교육감",
    "청장",
    "서장",
    "팀장",
    "과장",
    "국장",
    "실장",
    "부장",
    "주무관",
    "사무관",
    "경위",
    "경사",
    "순경",
    "소방관",
    "조합원",
    "할머니",
    "할아버지",
    "어린이",
    "학생",
    "후보",
    "당선인",
    "목사",
    "스님",
    "고문",
    "의장",
    "총재",
    "씨",
    "씨",
    "씨",
    "양",
    "군",
    "여사",
    "원장",
    "소장",
    "대리",
    "주임",
    "이사",
    "상무",
    "단장",
    "반장",
    "간사",
    "회계사",
    "세무사",
    "노무사",
    "간호사",
    "의사",
    "원사",
    "상병",
    "병장",
    "일병",
]
ORGS = [
    "새누리당",
    "더불어민주당",
    "국민의힘",
    "정의당",
    "국민의당",
    "삼성전자",
    "현대자동차",
    "LG전자",
    "SK텔레콤",
    "한국전력",
    "서울시",
    "부산시",
    "경기도",
    "행정안전부",
    "기획재정부",
    "교육부",
    "보건복지부",
    "국토교통부",
    "환경부",
    "법무부",
    "국방부",
    "외교부",
    "대검찰청",
    "서울중앙지검",
    "서울중앙지법",
    "대법원",
    "헌법재판소",
    "국세청",
    "경찰청",
    "소방청",
    "서울대",
    "연세대",
    "고려대",
    "카이스트",
    "한국은행",
    "금융위원회",
    "공정거래위원회",
    "국가인권위원회",
    "전국민주노동조합총연맹",
    "한국노총",
    "참여연대",
    "경실련",
    "대한의사협회",
    "대한변호사협회",
    "KBS",
    "MBC",
    "SBS",
    "JTBC",
    "연합뉴스",
    "뉴욕타임스",
    "로이터",
    "AP",
    "백악관",
    "국무부",
    "유엔",
    "세계보건기구",
    "FC서울",
    "전북현대",
    "LA다저스",
    "토트넘",
    "맨체스터유나이티드",
    "한화이글스",
    "두산베어스",
    "기아타이거즈",
    "롯데자이언츠",
]
# ordinary words placed where names stand in the templates: the context alone must not make a name
NOUNS = [
    "정부",
    "조사",
    "이사회",
    "정책",
    "신청",
    "한국",
    "미국",
    "중국",
    "일본",
    "전문가",
    "관계자",
    "주민",
    "시민",
    "학부모",
    "소비자",
    "이용자",
    "방문객",
    "위원회",
    "당국",
    "경찰",
    "검찰",
    "법원",
    "노조",
    "회사",
    "업체",
    "구청",
    "시청",
    "교육청",
    "보건소",
    "병원",
    "학교",
    "대학",
    "연구진",
    "제작진",
    "운영진",
    "이번",
    "조치",
    "결과",
    "발표",
    "계획",
    "내용",
    "부분",
    "문제",
    "사업",
    "제도",
    "기준",
    "예산",
    "지원",
    "대책",
    "방안",
    "상황",
    "현장",
    "분야",
    "지역",
    "이사",
    "정상",
    "조정",
    "신고",
    "고객",
    "문화",
    "한편",
    "이날",
    "전날",
    "오전",
    "오후",
    "이후",
    "당시",
    "이어",
    "또한",
    "특히",
    "다만",
    "이미",
]
AGES = ("(54)", "(34)", "(27)", "(61)", "(45)", "(38)", "(72)", "(19)", "(8)", "(52·여)", "(41·회사원)")

TEMPLATES = (
    "{org} {N} {R}은 이날 기자회견을 열고 입장을 밝혔다.",
    '{N} {R}은 "최선을 다하겠다"고 말했다.',
    "{N}{age}씨는 지난달 {org}에 민원을 제기했다.",
    "{N}{age}은 경찰 조사에서 혐의를 부인했다.",
    '이에 대해 {N} {R}는 "사실과 다르다"며 반박했다.',
    "{org}의 {N} {R}과 {N2} {R2}이 참석했다.",
    "{N}, {N2}, {N3} 등 {num}명이 후보로 등록했다.",
    "{N}는 {year}년 {org}에 입단한 뒤 주전으로 활약했다.",
    '{N}의 아내 {N2} 씨는 "믿을 수 없다"고 했다.',
    "앞서 {N}은 자신의 SNS에 글을 올렸다.",
    "재판부(재판장 {N} 부장판사)는 피고인에게 징역 2년을 선고했다.",
    "{org} {N} 대변인은 브리핑에서 이같이 설명했다.",
    "사고 당시 현장에 있던 {N}{age}씨가 119에 신고했다.",
    "{N} 감독이 이끄는 대표팀은 {year}년 대회에서 준우승했다.",
    "{N}와 {N2}는 결혼 3년 만에 이혼했다.",
    "회의에는 {N} 위원장, {N2} 위원, {N3} 위원이 출석하였다.",
    "민원인 {N} 님께서 제출하신 질의에 대하여 다음과 같이 회신합니다.",
    "{N}은 {org} 재직 중 업무상 횡령 혐의로 기소되었다.",
    "피해자 {N}은 당시 {num}세였다.",
    '{N} 할머니는 "아들이 돌아오기만 기다린다"고 말했다.',
    "{org}는 {N} 전 {R}을 상대로 손해배상 청구 소송을 냈다.",
    "이날 행사에서 {N} 어린이가 대표로 선서를 했다.",
    "{N} 교수 연구팀은 관련 논문을 국제 학술지에 발표했다.",
    "{N}을 비롯한 주민 {num}명이 탄원서를 제출했다.",
    "{N} {R}에 따르면 피해 규모는 아직 집계되지 않았다.",
    "감사 결과 {N} {R}은 계약 절차를 위반한 것으로 확인되었다.",
    "○ {N} {R} : 안건에 대하여 원안대로 의결할 것을 제안함",
    "{N}가 쓴 소설은 {year}년 베스트셀러에 올랐다.",
    "{N}{age} 등 3명을 불구속 입건했다고 밝혔다.",
    "{N}이 결승골을 터뜨리며 팀의 승리를 이끌었다.",
    "{org}은 {N}를 새 {R}으로 선임했다.",
    "당선된 {N} {R}은 {year}년부터 임기를 시작한다.",
    "{N} 씨 가족은 {org}의 대응을 비판했다.",
    "'{N}' 역을 맡은 배우 {N2}는 호평을 받았다.",
    "{R} {N}은 취임사에서 개혁을 강조했다.",
    "고(故) {N} {R}의 유족은 재수사를 요구했다.",
    "{N}와 함께 출연한 {N2}는 눈물을 보였다.",
    "담당 {R} {N}에게 문의하시기 바랍니다.",
    '{N}은 "{org}의 결정을 존중한다"고 밝혔다.',
    "한편 {N}은 다음 달 새 앨범을 발표할 예정이다.",
)
TEXT_FILLERS = (
    "{org}는 {year}년 예산안을 발표했다.",
    "올해 {org}의 {noun} 규모는 지난해보다 늘었다.",
    "{noun} 관련 민원은 {num}건으로 집계됐다.",
    "정부는 {noun} 개선 방안을 이달 중 확정할 계획이다.",
    '{org} 관계자는 "{noun} 문제를 검토하고 있다"고 말했다.',
)


_PAIRS = {
    "은": ("은", "는"),
    "는": ("은", "는"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "과": ("과", "와"),
    "와": ("과", "와"),
}


def _agree(value: str, particle: str) -> str:
    """The particle form the value's last syllable takes (김민준은, 트럼프는)."""
    last = value[-1:]
    if particle not in _PAIRS or not ("가" <= last <= "힣"):
        return particle
    batchim = (ord(last) - 0xAC00) % 28 != 0
    return _PAIRS[particle][0 if batchim else 1]


def _korean_name(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES2) if rng.random() < 0.02 else rng.choice(SURNAMES)
    given = rng.choice(GIVEN) + ("" if rng.random() < 0.08 else rng.choice(GIVEN))
    return surname + given


def _name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return rng.choice(FOREIGN)
    if r < 0.2:
        return rng.choice(GIVEN) + rng.choice(GIVEN)  # a given name alone (동호 씨, 세영 양)
    return _korean_name(rng)


def sentence(rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """One sentence and the spans of the person names in it."""
    if rng.random() < 0.2:
        template = rng.choice(TEXT_FILLERS)
        names_allowed = False
    else:
        template = rng.choice(TEMPLATES)
        names_allowed = rng.random() < 0.8  # otherwise the slots hold ordinary nouns
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    i = 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            slot = template[i + 1 : j]
            if slot in ("N", "N2", "N3"):
                value = _name(rng) if names_allowed else rng.choice(NOUNS)
                if names_allowed:
                    spans.append((pos, pos + len(value)))
            elif slot in ("R", "R2"):
                value = rng.choice(ROLES)
            elif slot == "org":
                value = rng.choice(ORGS)
            elif slot == "age":
                value = rng.choice(AGES) if rng.random() < 0.7 else ""
            elif slot == "year":
                value = str(rng.randint(1990, 2026))
            elif slot == "num":
                value = str(rng.randint(2, 90))
            else:
                value = rng.choice(NOUNS)
            out.append(value)
            pos += len(value)
            i = j + 1
            nxt = template[i : i + 1]
            if nxt in _PAIRS and not ("가" <= template[i + 1 : i + 2] <= "힣"):
                out.append(_agree(value, nxt))
                pos += 1
                i += 1
        else:
            out.append(template[i])
            pos += 1
            i += 1
    return "".join(out), spans


def sentences(n: int, seed: int = 20261203) -> list[tuple[str, list[tuple[int, int]]]]:
    rng = random.Random(seed)
    return [sentence(rng) for _ in range(n)]
