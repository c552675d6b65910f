#!/usr/bin/env python3
"""pii_bc: independent evaluation set for a Korean PII detector (public-sector documents).

Deterministic generator, Python 3 standard library only.
  python3 make_set.py            -> writes pii_bc.jsonl, pii_bc.meta.jsonl, stats.json,
                                    re-reads and re-validates them, then re-runs itself under
                                    two PYTHONHASHSEED values and compares md5 sums.
Every random choice for record i of template t comes from
random.Random("pii_bc-2026|<t>|<i>") (a retry appends "|r<k>").
Hand-written records live in handwritten.py (gold values marked with brackets there).
All names, numbers, addresses and sentences are invented.
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SETNAME = "pii_bc-2026"
TODAY = (2026, 12, 6)

TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
SHORT = {"P": "PERSON", "TEL": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "ADDR": "KR_ADDRESS",
         "DOB": "DATE_OF_BIRTH", "ACC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS",
         "PP": "KR_PASSPORT", "BRN": "KR_BRN", "DL": "KR_DRIVER_LICENSE", "FRN": "KR_FRN",
         "CAR": "KR_VEHICLE_PLATE", "HI": "KR_HEALTH_INSURANCE", "CARD": "CREDIT_CARD",
         "CRN": "KR_CRN"}
NEGCAT = {"sw": "institution_switchboard", "ia": "institution_address", "doc": "document_number",
          "case": "case_number", "law": "statute_citation", "ph": "placeholder_person",
          "co": "company_name", "rec": "public_record_id", "amt": "amount", "date": "date_not_birth",
          "off": "office_title", "zip": "postal_code", "ver": "version_number",
          "word": "name_like_word", "uid": "system_user_id", "iem": "institution_email",
          "iip": "institution_ip", "ifax": "institution_switchboard"}
NEG_CATEGORIES = sorted(set(NEGCAT.values()))


class DraftError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise DraftError(msg)


# ----------------------------------------------------------------------------- pools
SUR1 = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제탁국")
SUR1_W = [30, 20, 12, 7, 7] + [3] * 15 + [1] * (len(SUR1) - 20)
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문", "동방"]
GIV_A = list("민서지현수준도예하유은시우주윤채가다태성재승영동정상혜미경진연소나보세아해한건규희선원인형기종용철광명호석범찬율온솔별슬")
GIV_B = list("준호현우진민서연윤아은희영수빈훈석철원혁환규린율결온경숙자옥남식범찬주정담")
GIV_1 = list("혁준훈결솔별진윤건현린찬율원욱웅담란")
BANNED_NAMES = {"홍길동", "김철수", "이영희", "정원", "이사", "조사", "신청", "주민", "한결", "지원",
                "장기", "김장", "성과", "문화", "구간", "서류", "이음", "고운", "나래", "소망",
                "정수", "한솔", "공정", "공원", "강원", "유지", "이상", "조정", "전원", "연수",
                "주간", "안전", "방문", "도면", "기간", "서원", "진단", "전담", "서명", "차량",
                "기준", "원본", "명단", "인원", "이전", "제출", "변경", "송부", "남구", "서구",
                "동구", "북구", "중구", "하진", "도담", "민원", "주소"}

FOREIGN = {
    "베트남": ([("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"), ("Hoang", "호앙"), ("Vu", "부"), ("Dang", "당"), ("Bui", "부이")],
             [("Van Hung", "반 훙"), ("Thi Lan", "티 란"), ("Thi Mai", "티 마이"), ("Van Tuan", "반 뚜언"), ("Thi Linh", "티 린"), ("Duc Nam", "득 남"), ("Thi Thao", "티 타오"), ("Minh Quang", "민 꽝")], "vn"),
    "중국": ([("WANG", "왕"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("ZHAO", "자오"), ("SUN", "쑨")],
            [("Lei", "레이"), ("Mei", "메이"), ("Jun", "쥔"), ("Hao", "하오"), ("Xiaoyu", "샤오위"), ("Yuting", "위팅"), ("Wei", "웨이")], "cn"),
    "필리핀": ([("Santos", "산토스"), ("Reyes", "레예스"), ("Cruz", "크루스"), ("Bautista", "바우티스타"), ("Villanueva", "비야누에바")],
             [("Maria", "마리아"), ("Jose", "호세"), ("Angelica", "안젤리카"), ("Mark", "마크"), ("Cristina", "크리스티나")], "west"),
    "우즈베키스탄": ([("Karimov", "카리모프"), ("Yusupov", "유수포프"), ("Tursunova", "투르수노바"), ("Rakhimova", "라히모바")],
               [("Rustam", "루스탐"), ("Aziz", "아지즈"), ("Sardor", "사르도르"), ("Dilnoza", "딜노자"), ("Nodira", "노디라")], "west"),
    "네팔": ([("Thapa", "타파"), ("Gurung", "구룽"), ("Shrestha", "슈레스타"), ("Tamang", "타망")],
           [("Bikash", "비카스"), ("Sita", "시타"), ("Ramesh", "라메시"), ("Anita", "아니타")], "west"),
    "태국": ([("Srisuk", "스리숙"), ("Wongsa", "웡사"), ("Boonmee", "분미")],
           [("Somchai", "솜차이"), ("Malee", "말리"), ("Kanya", "깐야")], "west"),
    "몽골": ([("Ganbaatar", "간바타르"), ("Dorj", "도르지"), ("Batbold", "바트볼드")],
           [("Oyunaa", "오유나"), ("Tsetseg", "체첵"), ("Temuulen", "테무렌")], "west"),
    "미국": ([("Carter", "카터"), ("Brooks", "브룩스"), ("Hughes", "휴즈"), ("Morgan", "모건")],
           [("Emily", "에밀리"), ("Daniel", "대니얼"), ("Grace", "그레이스"), ("Ryan", "라이언")], "west"),
    "인도네시아": ([("Santoso", "산토소"), ("Rahayu", "라하유"), ("Wibowo", "위보워")],
              [("Budi", "부디"), ("Siti", "시티"), ("Agus", "아구스")], "west"),
    "캄보디아": ([("Chan", "짠"), ("Heng", "헹"), ("Sok", "속")],
             [("Sokha", "소카"), ("Dara", "다라"), ("Bopha", "보파")], "west"),
    "러시아": ([("Petrova", "페트로바"), ("Sokolov", "소콜로프"), ("Orlova", "오를로바")],
            [("Olga", "올가"), ("Ivan", "이반"), ("Natalia", "나탈리아")], "west"),
}

SIDO = [
    ("서울특별시", "서울", ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]),
    ("부산광역시", "부산", ["해운대구", "수영구", "부산진구", "동래구", "사하구", "금정구", "연제구"]),
    ("대구광역시", "대구", ["수성구", "달서구", "달성군"]),
    ("인천광역시", "인천", ["남동구", "연수구", "부평구", "계양구", "미추홀구"]),
    ("광주광역시", "광주", ["광산구", "북구"]),
    ("대전광역시", "대전", ["유성구", "대덕구"]),
    ("울산광역시", "울산", ["울주군", "중구"]),
    ("세종특별자치시", "세종", [""]),
    ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "안산시 단원구", "화성시", "평택시", "의정부시", "남양주시", "파주시", "김포시", "양평군", "가평군"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "속초시", "홍천군", "평창군"]),
    ("충청북도", "충북", ["청주시 상당구", "청주시 흥덕구", "충주시", "제천시", "옥천군", "음성군"]),
    ("충청남도", "충남", ["천안시 동남구", "천안시 서북구", "아산시", "공주시", "서산시", "홍성군", "예산군"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "전주시 덕진구", "익산시", "군산시", "정읍시", "완주군"]),
    ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "해남군", "무안군"]),
    ("경상북도", "경북", ["포항시 남구", "경주시", "구미시", "안동시", "경산시", "영주시", "칠곡군"]),
    ("경상남도", "경남", ["창원시 성산구", "창원시 마산합포구", "김해시", "진주시", "양산시", "거제시", "통영시", "함안군"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
ROAD = ["가람", "한빛", "새솔", "매봉", "늘품", "솔내", "미리내", "다솜", "한울", "여울", "청솔", "초록", "온누리",
        "별빛", "햇살", "꽃뫼", "은행나무", "버들", "느티", "갈매", "두레", "모란", "벚꽃", "해맞이", "푸른들",
        "무지개", "배꽃", "산수유", "단풍", "샘골", "참나무", "동백", "둥지", "물안개", "노을", "비봉", "금빛"]
DONG = ["신정동", "상도동", "봉명동", "월평동", "연산동", "도화동", "화정동", "율하동", "삼천동", "용암동", "송정동",
        "석남동", "금곡동", "매탄동", "효자동", "장항동", "신월동", "대명동", "구암동", "옥동", "만수동", "평리동"]
MYEON = [("옥천면", "신복리"), ("청운면", "갈운리"), ("서종면", "문호리"), ("북면", "이곡리"), ("남면", "대곡리"), ("대산면", "운곡리")]
APTS = ["한울아파트", "푸른마을 3단지", "늘품빌라", "새솔아파트", "가람타운", "햇살빌", "두레아파트", "별빛마을 7단지", "청솔맨션", "매봉하이츠"]

INSTS = [
    # name, address, postal code, 대표전화, domain, head title, area code
    ("행정안전부", "세종특별자치시 도움7로 19 정부세종청사 8동", "30112", "044-211-1000", "mois.go.kr", "행정안전부장관", "044"),
    ("보건복지부", "세종특별자치시 도움5로 31 정부세종청사 10동", "30113", "044-212-1200", "mohw.go.kr", "보건복지부장관", "044"),
    ("국가보훈부", "세종특별자치시 한누리대로 420 정부세종청사 15동", "30128", "044-213-5000", "mpva.go.kr", "국가보훈부장관", "044"),
    ("병무청 경인지방병무청", "경기도 수원시 팔달구 효원로 287", "16488", "031-230-4100", "mma.go.kr", "경인지방병무청장", "031"),
    ("중앙선거관리위원회", "경기도 과천시 홍촌말로 58", "13809", "02-503-2100", "nec.go.kr", "중앙선거관리위원회위원장", "02"),
    ("서울출입국·외국인청", "서울특별시 양천구 목동동로 171", "07995", "02-2650-6300", "immigration.go.kr", "서울출입국·외국인청장", "02"),
    ("마포구청", "서울특별시 마포구 월드컵로 224", "03937", "02-3153-8000", "mapo.go.kr", "마포구청장", "02"),
    ("수원시청", "경기도 수원시 팔달구 효원로 250", "16490", "031-228-2000", "suwon.go.kr", "수원시장", "031"),
    ("청주시 흥덕구청", "충청북도 청주시 흥덕구 직지대로 320", "28596", "043-201-2000", "cheongju.go.kr", "흥덕구청장", "043"),
    ("전주시 완산구청", "전북특별자치도 전주시 완산구 서원로 95", "54971", "063-281-5100", "jeonju.go.kr", "완산구청장", "063"),
    ("부산광역시 해운대구청", "부산광역시 해운대구 중동2로 13", "48092", "051-749-4000", "haeundae.go.kr", "해운대구청장", "051"),
    ("대구광역시교육청", "대구광역시 수성구 수성로 411", "42178", "053-231-0100", "dge.go.kr", "대구광역시교육감", "053"),
    ("경기도교육청", "경기도 수원시 영통구 매여울로 44", "16512", "031-249-0100", "goe.go.kr", "경기도교육감", "031"),
    ("서울서부경찰서", "서울특별시 은평구 진흥로 60", "03369", "02-330-4100", "smpa.go.kr", "서울서부경찰서장", "02"),
    ("천안동남소방서", "충청남도 천안시 동남구 청수14로 75", "31198", "041-590-2100", "fire.go.kr", "천안동남소방서장", "041"),
    ("국민건강보험공단 광주지역본부", "광주광역시 북구 무등로 180", "61225", "062-601-2000", "nhis.or.kr", "광주지역본부장", "062"),
    ("광산구 보건소", "광주광역시 광산구 광산로 29번길 15", "62261", "062-960-8000", "gwangsan.go.kr", "광산구보건소장", "062"),
    ("창원지방법원", "경상남도 창원시 성산구 창이대로 681", "51456", "055-239-2000", "scourt.go.kr", "창원지방법원장", "055"),
    ("서인천세무서", "인천광역시 미추홀구 경인로 231", "22144", "032-560-5200", "nts.go.kr", "서인천세무서장", "032"),
    ("한국토지관리공사 강원본부", "강원특별자치도 원주시 혁신로 55", "26465", "033-749-3000", "ltm.or.kr", "강원본부장", "033"),
    ("국가보훈부 대전지방보훈청", "대전광역시 대덕구 계족로 670", "34402", "042-620-6000", "mpva.go.kr", "대전지방보훈청장", "042"),
    ("제주특별자치도청", "제주특별자치도 제주시 문연로 8", "63122", "064-710-2000", "jeju.go.kr", "제주특별자치도지사", "064"),
]
DEPTS = ["민원봉사과", "자치행정과", "세무과", "교통행정과", "복지정책과", "교육지원과", "감사담당관", "정보공개팀",
         "운영지원과", "총무과", "주민생활지원과", "재산세과", "징수과", "체류관리과", "병역판정과", "역학조사팀",
         "보상과", "등록관리과", "지도과", "인사팀", "감염병관리과", "장애인복지과", "학생생활교육과", "선거관리과"]
TITLES = ["주무관", "사무관", "서기관", "팀장", "과장", "계장", "실무관", "행정관", "조사관"]
SWITCH = ["1588-2188", "1577-1255", "1600-4100", "1544-0700", "1644-8200", "1566-3030", "1661-2045",
          "1899-7700", "1588-9191", "1577-0123", "1644-2828"]
SHORTCODES = [("110", "정부민원안내콜센터"), ("120", "다산콜센터"), ("126", "국세상담센터"), ("1345", "외국인종합안내센터"),
              ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금 콜센터"), ("1339", "질병관리청 콜센터"), ("129", "보건복지상담센터")]
STATUTES = ["「개인정보 보호법」 제15조 제1항", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "「주민등록법」 제29조 제2항", "「병역법」 제70조 제1항", "「출입국관리법」 제25조",
            "「지방세법」 제125조", "「도로교통법」 제32조", "「감염병의 예방 및 관리에 관한 법률」 제18조 제1항",
            "「국민건강보험법」 제9조", "「의료급여법」 제3조 제1항", "「장애인복지법」 제32조",
            "「국가유공자 등 예우 및 지원에 관한 법률」 제6조", "「공직선거법」 제218조의5",
            "「민사소송법」 제178조", "「국가공무원법」 제78조 제1항", "「지방공무원법」 제72조",
            "「재난 및 안전관리 기본법」 제66조", "「국민기초생활 보장법」 제21조", "「초·중등교육법」 제21조",
            "「부동산등기법」 제48조", "「여권법」 제9조", "「행정업무의 운영 및 혁신에 관한 규정」 제7조",
            "같은 법 시행령 제9조 제1항", "같은 법 시행규칙 제2조", "「공공기관의 정보공개에 관한 법률」 제11조 제1항"]
COMPANIES = ["(주)한울정보기술", "누리소프트 주식회사", "(주)다솜식품", "가람건설(주)", "(주)새솔엔지니어링", "미리내산업 주식회사",
             "㈜별빛테크", "(유)청솔환경", "한빛시스템즈(주)", "(주)여울메디칼", "두레물류 주식회사", "(주)온누리에듀",
             "금빛전기(주)", "(주)초록조경", "매봉정밀 주식회사", "(주)무지개인쇄"]
NAMEWORDS = [("정원", "정원 20명"), ("이사", "이사 예정"), ("조사", "현장 조사"), ("한결", "한결 나아진"),
             ("장기", "장기 미납"), ("성과", "성과 평가"), ("문화", "문화 행사"), ("나래", "나래공원"),
             ("한솔", "한솔초등학교"), ("소망", "소망나눔센터"), ("세종", "세종대로"), ("백두", "백두체육관"),
             ("다온", "다온카드 앱"), ("가온", "가온도서관"), ("이음", "이음버스")]

BANKS = [("KB국민은행", [(6, 2, 6), (3, 2, 4, 3)]), ("신한은행", [(3, 3, 6), (3, 2, 6)]), ("우리은행", [(4, 3, 6)]),
         ("하나은행", [(3, 6, 5)]), ("NH농협은행", [(3, 4, 4, 2), (6, 2, 6)]), ("IBK기업은행", [(3, 6, 2, 3)]),
         ("우체국", [(6, 2, 6)]), ("카카오뱅크", [(4, 2, 7)]), ("케이뱅크", [(3, 3, 6)]), ("토스뱅크", [(4, 4, 4)]),
         ("SC제일은행", [(3, 2, 6)]), ("한국씨티은행", [(3, 6, 3)]), ("부산은행", [(3, 4, 4, 2)]),
         ("iM뱅크", [(3, 2, 6, 1)]), ("경남은행", [(3, 2, 7)]), ("광주은행", [(3, 3, 6)]), ("전북은행", [(3, 2, 7)]),
         ("제주은행", [(2, 2, 6)]), ("수협은행", [(3, 2, 6)]), ("새마을금고", [(4, 4, 4, 1)]), ("신협", [(3, 3, 6)]),
         ("KDB산업은행", [(3, 8, 3)])]

DL_REGIONS = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북",
              "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주",
              "25": "대전", "26": "울산", "28": "경기북부"}
PLATE_PRIV = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")
PLATE_REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
EMAIL_DOMAINS = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr", "korea.com"]
ROMAN_G = ["minsu", "jiwon", "seoyeon", "hyun", "junho", "yuna", "dohyun", "haeun", "sungmin", "eunji", "taeyang",
           "sora", "jaehee", "woojin", "hana", "byul", "sol", "gyeol", "chanwoo", "mirae"]
ROMAN_S = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "nam", "song", "ryu", "baek"]
MASKS = ["*", "●", "X", "○"]

# ----------------------------------------------------------------------------- helpers
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def mdays(y, m):
    if m == 2 and (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return 29
    return MDAYS[m - 1]


def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mdays(y, m) and (y, m, d) <= TODAY


def birth(rng, y0=1938, y1=2006):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    return (y, m, rng.randint(1, mdays(y, m)))


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def rrn_sum(d12):
    return sum(int(a) * b for a, b in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))


def rrn_check(d12):
    return (11 - rrn_sum(d12) % 11) % 10


def frn_check(d12):
    return (13 - rrn_sum(d12) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, [1, 2] * 6))
    return (10 - s % 10) % 10


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def near_birth(rng, y0, y1):
    y0, y1 = max(1930, y0), min(2026, y1)
    if y0 > y1:
        y0 = y1
    b = birth(rng, y0, y1)
    return b if b <= (2026, 11, 30) else (2025, b[1], min(b[2], mdays(2025, b[1])))


def age_of(b):
    return 2026 - b[0] - ((b[1], b[2]) > (12, 6))


def yymmdd(b):
    return "%02d%02d%02d" % (b[0] % 100, b[1], b[2])


# ----------------------------------------------------------------------------- value generators
def ko_name(rng, kind=None):
    for _ in range(50):
        k = kind or rng.choices(["ko_3", "ko_2", "ko_double_surname", "ko_3"], [70, 10, 8, 12])[0]
        if k == "ko_double_surname":
            s = rng.choice(SUR2)
            n = s + (rng.choice(GIV_A) + rng.choice(GIV_B) if rng.random() < 0.7 else rng.choice(GIV_1))
        elif k == "ko_2":
            n = rng.choices(SUR1, SUR1_W)[0] + rng.choice(GIV_1)
        else:
            n = rng.choices(SUR1, SUR1_W)[0] + rng.choice(GIV_A) + rng.choice(GIV_B)
        if n not in BANNED_NAMES and n[1:] not in BANNED_NAMES:
            return n, k
    raise AssertionError


def foreign_name(rng, script=None, nat=None):
    nat = nat or rng.choice(sorted(FOREIGN))
    fams, givs, style = FOREIGN[nat]
    f = rng.choice(fams)
    g = rng.choice(givs)
    script = script or rng.choice(["latin", "hangul"])
    if script == "latin":
        if style == "vn":
            v = rng.choice(["%s %s" % (f[0], g[0]), ("%s %s" % (f[0], g[0])).upper()])
        elif style == "cn":
            v = rng.choice(["%s %s" % (f[0], g[0].upper()), "%s %s" % (f[0].capitalize(), g[0])])
        else:
            v = rng.choice(["%s %s" % (g[0], f[0]), ("%s %s" % (f[0], g[0])).upper()])
        return v, "foreign_latin", nat
    if style == "vn":
        v = "%s %s" % (f[1], g[1])
    elif style == "cn":
        v = f[1] + g[1]
    else:
        v = "%s %s" % (g[1], f[1])
    return v, "foreign_hangul", nat


FEMALE_GIVEN = {"LAN", "MAI", "LINH", "THAO", "MEI", "XIAOYU", "YUTING", "MARIA", "ANGELICA", "CRISTINA", "DILNOZA",
                "NODIRA", "SITA", "ANITA", "MALEE", "KANYA", "OYUNAA", "TSETSEG", "EMILY", "GRACE", "SITI", "SOKHA",
                "BOPHA", "OLGA", "NATALIA", "THI"}


def foreign_pair(rng, nat=None):
    """the same foreign person written in Latin and in Hangul"""
    nat = nat or rng.choice(sorted(FOREIGN))
    fams, givs, style = FOREIGN[nat]
    f, g = rng.choice(fams), rng.choice(givs)
    if style == "vn":
        return "%s %s" % (f[0].upper(), g[0].upper()), "%s %s" % (f[1], g[1]), nat
    if style == "cn":
        return "%s %s" % (f[0].upper(), g[0].upper()), f[1] + g[1], nat
    return "%s %s" % (f[0].upper(), g[0].upper()), "%s %s" % (g[1], f[1]), nat


def gen_rrn(rng, kind="valid", b=None, sex=None, mask=None):
    sex = sex if sex is not None else rng.randint(0, 1)
    if kind == "post2020":
        y = rng.randint(2020, 2026)
        m = rng.randint(10 if y == 2020 else 1, 11 if y == 2026 else 12)
        b = (y, m, rng.randint(1, mdays(y, m)))
    elif b is None:
        b = birth(rng, 1935, 2019)
    y = b[0]
    g = (1 if y < 2000 else 3) + sex if y >= 1900 else (9, 0)[sex]
    head = yymmdd(b)
    if kind == "masked":
        mc = mask or rng.choice(MASKS)
        return "%s-%d%s" % (head, g, mc * 6), b
    if kind == "masked7":
        return "%s-%s" % (head, "*" * 7), b
    if kind == "post2020":
        body = str(g) + digits(rng, 5)
        good = rrn_check(head + body)
        c = rng.choice([x for x in range(10) if x != good])
        return "%s-%s%d" % (head, body, c), b
    if y > 2020 or (y == 2020 and b[1] >= 10):
        b = (2019, b[1], min(b[2], mdays(2019, b[1])))
        head = yymmdd(b)
    body = str(g) + "%02d" % rng.randint(0, 95) + digits(rng, 3)
    return "%s-%s%d" % (head, body, rrn_check(head + body)), b


def gen_frn(rng, b=None, sex=None, masked=False):
    b = b or birth(rng, 1955, 2008)
    sex = sex if sex is not None else rng.randint(0, 1)
    g = (5 if b[0] < 2000 else 7) + sex
    head = yymmdd(b)
    if masked:
        return "%s-%d%s" % (head, g, rng.choice(MASKS[:3]) * 6), b
    body = str(g) + "%02d" % (rng.randint(1, 49) * 2) + digits(rng, 2) + str(rng.choice([6, 7, 8, 9]))
    return "%s-%s%d" % (head, body, frn_check(head + body)), b


def gen_passport(rng, kind=None, nat=None):
    kind = kind or rng.choice(["kr_old", "kr_new", "foreign"])
    if kind == "kr_old":
        return rng.choices("MSRGD", [70, 8, 5, 12, 5])[0] + digits(rng, 8), "passport_kr_old"
    if kind == "kr_new":
        return (rng.choices("MSRGD", [70, 8, 5, 12, 5])[0] + digits(rng, 3) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                + digits(rng, 4)), "passport_kr_new"
    nat = nat or rng.choice(sorted(FOREIGN))
    pat = {"베트남": "C#######", "중국": rng.choice(["E########", "EA#######"]), "필리핀": "P#######A",
           "우즈베키스탄": "FA#######", "네팔": "########", "태국": "AA#######", "몽골": "E#######",
           "미국": "#########", "인도네시아": "C#######", "캄보디아": "N########", "러시아": "75#######"}[nat]
    out = []
    for ch in pat:
        out.append(str(rng.randint(1 if not out else 0, 9)) if ch == "#" else (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "A" and out else ch))
    return "".join(out), "passport_foreign"


def gen_dl(rng, form=None):
    form = form or rng.choice(["dash", "dash", "name_space", "name_nospace", "plain"])
    code = rng.choice(sorted(DL_REGIONS))
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 26)))
    if form in ("name_space", "name_nospace"):
        code = rng.choice([c for c in sorted(DL_REGIONS) if c != "28"])
        yy = "%02d" % rng.choice(list(range(82, 100)) + list(range(0, 13)))
    ser, tail = digits(rng, 6), digits(rng, 2)
    if form == "dash":
        return "%s-%s-%s-%s" % (code, yy, ser, tail), "dl_dash"
    if form == "name_space":
        return "%s %s-%s-%s" % (DL_REGIONS[code], yy, ser, tail), "dl_name"
    if form == "name_nospace":
        return "%s%s-%s-%s" % (DL_REGIONS[code], yy, ser, tail), "dl_name_nospace"
    return code + yy + ser + tail, "dl_plain"


CARD_BRANDS = [("visa", "4", 16), ("master", "5", 16), ("bc", "94", 16), ("jcb", "35", 16), ("amex", "37", 15),
               ("local", "6", 16)]


def gen_card(rng, brand=None, fmt=None, masked=False):
    b = next(x for x in CARD_BRANDS if x[0] == brand) if brand else rng.choices(CARD_BRANDS, [30, 25, 20, 8, 7, 10])[0]
    name, pre, ln = b
    if name == "master":
        pre = "5" + str(rng.randint(1, 5))
    elif name == "jcb":
        pre = "35" + str(rng.randint(28, 89))
    elif name == "amex":
        pre = rng.choice(["34", "37"])
    elif name == "bc":
        pre = "94" + str(rng.randint(10, 99))
    elif name == "local":
        pre = "62" + str(rng.randint(10, 99))
    num = luhn_complete(pre + digits(rng, ln - len(pre) - 1))
    if masked:
        mc = rng.choice(["*", "X", "●"])
        if ln == 15:
            num = num[:6] + mc * 5 + num[11:]
        elif rng.random() < 0.5:
            num = num[:6] + mc * 6 + num[12:]
        else:
            num = num[:4] + mc * 8 + num[12:]
    groups = (4, 6, 5) if ln == 15 else (4, 4, 4, 4)
    fmt = fmt or rng.choice(["-", "-", " ", ""])
    parts, k = [], 0
    for gsz in groups:
        parts.append(num[k:k + gsz])
        k += gsz
    return fmt.join(parts), ("card_masked" if masked else "card_" + name)


def gen_account(rng, bank=None):
    bank = bank or rng.choice(BANKS)
    if isinstance(bank, str):
        bank = next(x for x in BANKS if x[0] == bank)
    grp = rng.choice(bank[1])
    s = "-".join(digits(rng, g) for g in grp)
    if s[0] == "0" and rng.random() < 0.5:
        s = str(rng.randint(1, 9)) + s[1:]
    return s, bank[0], "acct_" + "-".join(map(str, grp))


def gen_mobile(rng, sep=None, old=False):
    if old:
        pre = rng.choice(["011", "016", "017", "018", "019"])
        mid = str(rng.randint(2, 9)) + digits(rng, 2)
    else:
        pre = "010"
        mid = str(rng.randint(2, 9)) + digits(rng, 3)
    last = digits(rng, 4)
    sep = sep if sep is not None else rng.choices(["-", ".", " ", ""], [80, 8, 6, 6])[0]
    return sep.join([pre, mid, last]), ("mobile_old" if old else "mobile")


def gen_landline(rng, area=None, sep=None, paren=False):
    area = area or rng.choice(AREA)
    mid = str(rng.randint(2, 9)) + digits(rng, rng.choice([2, 3]) if area in ("02", "031", "032") else 2)
    last = digits(rng, 4)
    if paren:
        return "(%s) %s-%s" % (area, mid, last), "landline"
    sep = sep if sep is not None else rng.choices(["-", ".", " "], [88, 6, 6])[0]
    return sep.join([area, mid, last]), "landline"


def gen_070(rng):
    return "070-%s-%s" % (str(rng.randint(2, 9)) + digits(rng, 3), digits(rng, 4)), "voip070"


def gen_phone(rng):
    r = rng.random()
    if r < 0.6:
        return gen_mobile(rng)
    if r < 0.88:
        return gen_landline(rng)
    return gen_070(rng)


def gen_email(rng, kind=None):
    kind = kind or rng.choices(["personal", "official", "company"], [70, 15, 15])[0]
    g, s = rng.choice(ROMAN_G), rng.choice(ROMAN_S)
    local = rng.choice(["%s%s" % (g, s), "%s.%s" % (s, g), "%s%s%02d" % (s[0], g, rng.randint(1, 99)),
                        "%s_%s" % (g, rng.randint(70, 99)), "%s%s" % (s, rng.randint(100, 9999))])
    if kind == "official":
        return local + "@korea.kr", "email_official"
    if kind == "company":
        return local + "@" + rng.choice(["hanul-it.co.kr", "nurisoft.kr", "dasom-food.com", "garam-const.co.kr",
                                          "saesol-eng.com", "byulbit.tech", "yeoulmed.co.kr"]), "email_company"
    return local + "@" + rng.choice(EMAIL_DOMAINS), "email_personal"


def gen_address(rng, kind=None, sido_form=None, unit=None):
    """returns (address, sub, postal_code, paren_ref or '')"""
    kind = kind or rng.choices(["road", "jibun"], [72, 28])[0]
    full, short, sgg = rng.choice(SIDO)
    sido_form = sido_form or rng.choices(["full", "short", "none"], [60, 22, 18])[0]
    gu = rng.choice(sgg)
    if sido_form == "none" and not gu:
        sido_form = "full"
    head = {"full": full, "short": short, "none": ""}[sido_form]
    if kind == "road":
        road = rng.choice(ROAD) + rng.choice(["로", "로", "길", "대로"])
        if rng.random() < 0.3:
            road += "%d번길" % rng.randint(2, 90)
        num = str(rng.randint(1, 320)) + ("-%d" % rng.randint(1, 30) if rng.random() < 0.15 else "")
        body = " ".join(x for x in [head, gu, road, num] if x)
        dong = rng.choice(DONG)
        ref = ""
        u = unit if unit is not None else rng.random() < 0.65
        if u:
            apt = rng.choice(APTS)
            r = rng.random()
            if r < 0.5:
                body += ", %d동 %d호" % (rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 6))
                ref = "(%s, %s)" % (dong, apt) if rng.random() < 0.6 else ""
            elif r < 0.8:
                body += ", %d층 %d호" % ((lambda f: (f, f * 100 + rng.randint(1, 9)))(rng.randint(2, 9)))
                ref = "(%s)" % dong if rng.random() < 0.5 else ""
            else:
                body += " %d층" % rng.randint(2, 12)
        elif rng.random() < 0.4:
            ref = "(%s)" % dong
        sub = "addr_road"
    else:
        if gu.endswith("군") and rng.random() < 0.6:
            my, ri = rng.choice(MYEON)
            loc = "%s %s" % (my, ri)
        else:
            loc = rng.choice(DONG)
        lot = ("산 " if rng.random() < 0.1 else "") + str(rng.randint(1, 999)) + ("-%d" % rng.randint(1, 40) if rng.random() < 0.6 else "")
        body = " ".join(x for x in [head, gu, loc, lot] if x)
        ref = ""
        u = unit if unit is not None else rng.random() < 0.45
        if u:
            body += " %s %d동 %d호" % (rng.choice(APTS), rng.randint(101, 115), rng.randint(1, 20) * 100 + rng.randint(1, 6))
        sub = "addr_jibun"
    postal = "%05d" % rng.randint(1000, 63999)
    return body, sub, postal, ref


DOB_FORMS = ["dot_space", "kor", "iso", "dot", "short_dot", "yymmdd", "slash", "kor_short", "dot_nopad"]


def fmt_date(b, form):
    y, m, d = b
    return {"dot_space": "%d. %d. %d." % (y, m, d), "kor": "%d년 %d월 %d일" % (y, m, d),
            "iso": "%d-%02d-%02d" % (y, m, d), "dot": "%d.%02d.%02d." % (y, m, d),
            "short_dot": "%02d.%02d.%02d" % (y % 100, m, d), "yymmdd": "%02d%02d%02d" % (y % 100, m, d),
            "slash": "%d/%02d/%02d" % (y, m, d), "kor_short": "%02d년 %d월 %d일" % (y % 100, m, d),
            "dot_nopad": "%d.%d.%d" % (y, m, d), "compact": "%d%02d%02d" % (y, m, d),
            "eng": "%02d %s %d" % (d, "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[m - 1], y),
            "passport_style": "%02d %d월/%s %d" % (d, m, "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[m - 1], y)}[form]


def gen_dob(rng, b=None, form=None):
    b = b or birth(rng)
    form = form or rng.choice(DOB_FORMS)
    return fmt_date(b, form), "dob_" + form


def gen_hi(rng):
    return str(rng.randint(1, 9)) + digits(rng, 10), "hi_11"


def gen_brn(rng, corp=None):
    corp = rng.random() < 0.5 if corp is None else corp
    mid = rng.choice([81, 86, 87, 88]) if corp else rng.randint(1, 79)
    d9 = "%03d%02d%s" % (rng.randint(101, 899), mid, digits(rng, 4))
    d = d9 + str(brn_check(d9))
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:]), "brn_corp" if corp else "brn_individual"


CRN_OFFICES = ["1101", "1144", "1201", "1311", "1345", "1358", "1412", "1501", "1601", "1701", "1801", "2001",
               "1150", "1243", "1615", "1946", "2011", "2201"]


def gen_crn(rng):
    d12 = rng.choice(CRN_OFFICES) + rng.choice(["11", "11", "11", "14", "21", "22", "12"]) + digits(rng, 6)
    d = d12 + str(crn_check(d12))
    return d[:6] + "-" + d[6:], "crn"


def gen_plate(rng, kind=None):
    kind = kind or rng.choices(["2d", "3d", "regional", "commercial", "nospace", "rental"], [30, 30, 10, 12, 10, 8])[0]
    n4 = str(rng.randint(1, 9)) + digits(rng, 3)
    if kind == "2d":
        return "%02d%s %s" % (rng.randint(10, 99), rng.choice(PLATE_PRIV), n4), "plate_2digit"
    if kind == "3d":
        return "%d%s %s" % (rng.randint(100, 699), rng.choice(PLATE_PRIV), n4), "plate_3digit"
    if kind == "regional":
        return "%s %02d%s %s" % (rng.choice(PLATE_REGIONS), rng.randint(10, 99), rng.choice(PLATE_PRIV), n4), "plate_regional"
    if kind == "commercial":
        return "%s %02d%s %s" % (rng.choice(PLATE_REGIONS), rng.randint(70, 79), rng.choice(PLATE_COMM), n4), "plate_commercial"
    if kind == "rental":
        return "%02d%s %s" % (rng.randint(10, 99), rng.choice(PLATE_RENT), n4), "plate_rental"
    return "%d%s%s" % (rng.randint(10, 399), rng.choice(PLATE_PRIV), n4), "plate_nospace"


def gen_ip(rng, kind=None):
    kind = kind or rng.choices(["public", "private", "v6"], [60, 30, 10])[0]
    if kind == "private":
        r = rng.random()
        if r < 0.4:
            return "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(2, 254)), "ipv4_private"
        if r < 0.7:
            return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 254)), "ipv4_private"
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 254), rng.randint(2, 254)), "ipv4_private"
    if kind == "v6":
        pre = rng.choice(["2406:5a00", "2001:2d8", "2404:f4c0", "2001:e60"])
        tail = ":".join("%x" % rng.randint(1, 0xffff) for _ in range(rng.choice([2, 3])))
        return "%s:%x::%s" % (pre, rng.randint(1, 0xffff), tail), "ipv6"
    while True:
        a = rng.choice([1, 14, 27, 39, 42, 49, 58, 59, 61, 106, 110, 112, 114, 115, 116, 118, 121, 125, 175, 180, 182, 183, 203, 210, 211, 218, 220, 221, 222])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ipv4_public"


# ----------------------------------------------------------------------------- noise
FW = str.maketrans("0123456789", "０１２３４５６７８９")
UHY = ["‐", "－", "–", "‑", "―"]
HYPHENS = "‐‑‒–—―－﹣−"
CONF = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
CONF_MAP = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
NUMERIC = {"KR_RRN", "KR_FRN", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT", "PHONE_NUMBER",
           "KR_HEALTH_INSURANCE", "KR_BRN", "KR_CRN"}
HANGUL = re.compile(r"[가-힣]")


def interior(rng, v, pred):
    idx = [i for i in range(1, len(v)) if pred(v[i - 1], v[i])]
    return rng.choice(idx) if idx else None


def nz_fullwidth(rng, v):
    return v.translate(FW)


def nz_hyphen(rng, v):
    return v.replace("-", rng.choice(UHY))


def nz_space(rng, v):
    if "-" in v and rng.random() < 0.5:
        i = rng.choice([k for k, c in enumerate(v) if c == "-"])
        return v[:i] + rng.choice([" - ", "- ", " -"]) + v[i + 1:]
    i = interior(rng, v, lambda a, b: a.isdigit() and b.isdigit())
    if i is None:
        i = interior(rng, v, lambda a, b: a not in " \n" and b not in " \n")
    return v[:i] + " " + v[i:]


def nz_newline(rng, v):
    hy = [k for k, c in enumerate(v) if c == "-" and 0 < k < len(v) - 1]
    if hy and rng.random() < 0.6:
        i = rng.choice(hy) + 1
        return v[:i] + "\n" + v[i:]
    i = interior(rng, v, lambda a, b: a.isalnum() and b.isalnum())
    return v[:i] + "\n" + v[i:]


def nz_conf(rng, v, start=0, skip=()):
    idx = [k for k, c in enumerate(v) if c in CONF and k >= start and k not in skip]
    if not idx:
        return v
    for k in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
        v = v[:k] + rng.choice(CONF[v[k]]) + v[k + 1:]
    return v


def nz_wrap(rng, v):
    sp = [k for k, c in enumerate(v) if c == " " and 0 < k < len(v) - 1]
    if sp:
        k = rng.choice(sp)
        return v[:k] + "\n" + v[k + 1:]
    i = interior(rng, v, lambda a, b: a not in " \n" and b not in " \n")
    return v[:i] + "\n" + v[i:]


def noisify(rng, typ, v, heavy):
    """returns (noisy_value, [tags]); heavy = OCR scan, light = HWP/PDF conversion artefacts"""
    opts = []
    has_digit = any(c.isdigit() for c in v)
    if typ == "PERSON":
        if HANGUL.search(v) and " " not in v and len(v) in (2, 3, 4):
            opts += [("spaced_name", lambda: " ".join(v))] * 3
        if len(v) >= 3:
            opts.append(("wrapped", lambda: nz_wrap(rng, v)))
    elif typ == "KR_ADDRESS":
        opts.append(("wrapped", lambda: nz_wrap(rng, v)))
        if heavy:
            opts.append(("fullwidth_digits", lambda: nz_fullwidth(rng, v)))
        if "-" in v:
            opts.append(("unicode_hyphen", lambda: nz_hyphen(rng, v)))
    elif typ == "EMAIL_ADDRESS":
        opts.append(("space_in_value", lambda: v.replace("@", rng.choice([" @", "@ ", " @ "]))))
        opts.append(("wrapped", lambda: v.replace("@", "@\n")))
    elif typ == "IP_ADDRESS":
        if ":" not in v:
            opts.append(("space_in_number", lambda: (lambda k: v[:k + 1] + " " + v[k + 1:])(rng.choice([k for k, c in enumerate(v) if c == "."]))))
            if heavy:
                opts.append(("confusable_letter", lambda: nz_conf(rng, v, 1)))
                opts.append(("fullwidth_digits", lambda: nz_fullwidth(rng, v)))
    elif typ == "KR_PASSPORT":
        opts.append(("fullwidth_digits", lambda: nz_fullwidth(rng, v)))
        if v[0].isalpha():
            opts.append(("space_in_number", lambda: v[0] + " " + v[1:]))
        if heavy:
            opts.append(("confusable_letter", lambda: nz_conf(rng, v, 1, skip=(4,))))
    elif typ == "KR_VEHICLE_PLATE":
        opts.append(("fullwidth_digits", lambda: nz_fullwidth(rng, v)))
        if heavy:
            opts.append(("confusable_letter", lambda: nz_conf(rng, v, 0)))
            opts.append(("space_in_number", lambda: nz_space(rng, v)))
    elif typ == "DATE_OF_BIRTH":
        opts.append(("fullwidth_digits", lambda: nz_fullwidth(rng, v)))
        if "-" in v:
            opts.append(("unicode_hyphen", lambda: nz_hyphen(rng, v)))
        if heavy:
            opts.append(("confusable_letter", lambda: nz_conf(rng, v, 0)))
            if " " not in v:
                opts.append(("space_in_number", lambda: nz_space(rng, v)))
    elif typ in NUMERIC and has_digit:
        opts.append(("fullwidth_digits", lambda: nz_fullwidth(rng, v)))
        if "-" in v:
            opts += [("unicode_hyphen", lambda: nz_hyphen(rng, v))] * 2
        opts.append(("newline_in_number", lambda: nz_newline(rng, v)))
        opts.append(("space_in_number", lambda: nz_space(rng, v)))
        if heavy:
            opts += [("confusable_letter", lambda: nz_conf(rng, v, 0))] * 2
    if not opts:
        return v, []
    tag, fn = rng.choice(opts)
    out = fn()
    if out == v or out[0].isspace() or out[-1].isspace():
        return v, []
    return out, [tag]


def ocr_text(rng, s, tags):
    out = []
    for ch in s:
        r = rng.random()
        if ch in "()[]「」<>" and r < 0.14:
            tags.add("lost_bracket")
            continue
        if ch in "·ㆍ" and r < 0.4:
            out.append(rng.choice([".", "ㆍ", " ", "-"]) if ch == "·" else ".")
            tags.add("punct_confusion")
            continue
        if ch == "□" and r < 0.5:
            out.append("ㅁ")
            tags.add("symbol_confusion")
            continue
        if ch == ":" and r < 0.06:
            out.append(";")
            tags.add("punct_confusion")
            continue
        if ch == " " and r < 0.025:
            out.append("  ")
            tags.add("extra_space")
            continue
        out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------- document builder
class V:
    __slots__ = ("typ", "val", "sub", "tags", "extra")

    def __init__(self, typ, val, sub, tags=(), extra=None):
        assert typ in TYPES, typ
        self.typ, self.val, self.sub, self.tags, self.extra = typ, val, sub, list(tags), extra or {}

    def noisy(self, rng, heavy=True):
        v, t = noisify(rng, self.typ, self.val, heavy)
        return V(self.typ, v, self.sub, self.tags + t, self.extra)


class N:
    __slots__ = ("cat", "text")

    def __init__(self, cat, text):
        self.cat, self.text = NEGCAT.get(cat, cat), text
        assert self.cat in NEG_CATEGORIES, cat


PH_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}")
P_OCR = 0.13
P_OCR_SPAN = 0.42
P_LIGHT = 0.045


class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.ocr = False
        self.no_pii = False
        self.light = P_LIGHT
        self.genre = None
        self.layout = []
        self.rnoise = set()
        self.wrap_ok = True

    # -- writing
    def t(self, *xs):
        for x in xs:
            self.add(x)

    def add(self, x):
        if isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        elif isinstance(x, (V, N)):
            self.parts.append(x)
        elif x is None:
            return
        else:
            self.parts.append(str(x))

    def f(self, fmt, **kw):
        pos = 0
        for m in PH_RE.finditer(fmt):
            self.add(fmt[pos:m.start()])
            val = kw[m.group(1)]
            self.add(format(val, m.group(2)) if m.group(2) else val)
            pos = m.end()
        self.add(fmt[pos:])

    # -- value shortcuts
    def P(self, kind=None):
        n, k = ko_name(self.rng, kind)
        return V("PERSON", n, k)

    def FP(self, script=None, nat=None):
        n, k, nat = foreign_name(self.rng, script, nat)
        return V("PERSON", n, k, extra={"nat": nat})

    def RRN(self, kind=None, b=None, mask=None, sex=None):
        kind = kind or self.rng.choices(["valid", "masked"], [62, 38])[0]
        if b is None and kind != "post2020":
            b = birth(self.rng, 1938, 2004)
        v, b = gen_rrn(self.rng, kind, b=b, mask=mask, sex=sex)
        return V("KR_RRN", v, "rrn_" + kind, extra={"birth": b})

    def FRN(self, masked=False, b=None):
        v, b = gen_frn(self.rng, b=b, masked=masked)
        return V("KR_FRN", v, "frn_masked" if masked else "frn_legacy", extra={"birth": b})

    def PP(self, kind=None, nat=None):
        v, s = gen_passport(self.rng, kind, nat)
        return V("KR_PASSPORT", v, s)

    def DL(self, form=None):
        v, s = gen_dl(self.rng, form)
        return V("KR_DRIVER_LICENSE", v, s)

    def CARD(self, brand=None, fmt=None, masked=None):
        masked = self.rng.random() < 0.3 if masked is None else masked
        v, s = gen_card(self.rng, brand, fmt, masked)
        return V("CREDIT_CARD", v, s)

    def ACC(self, bank=None):
        v, b, s = gen_account(self.rng, bank)
        return V("KR_BANK_ACCOUNT", v, s, extra={"bank": b}), b

    def TEL(self, kind=None, area=None, sep=None):
        r = self.rng
        if kind == "mobile":
            v, s = gen_mobile(r, sep=sep)
        elif kind == "mobile_old":
            v, s = gen_mobile(r, sep=sep, old=True)
        elif kind in ("landline", "fax"):
            v, s = gen_landline(r, area=area, sep=sep)
            s = kind
        elif kind == "070":
            v, s = gen_070(r)
        else:
            v, s = gen_phone(r)
        return V("PHONE_NUMBER", v, s)

    def EM(self, kind=None):
        v, s = gen_email(self.rng, kind)
        return V("EMAIL_ADDRESS", v, s)

    def ADDR(self, kind=None, sido_form=None, unit=None):
        a, s, pc, ref = gen_address(self.rng, kind, sido_form, unit)
        return V("KR_ADDRESS", a, s), N("zip", pc), ref

    def DOB(self, b=None, form=None):
        v, s = gen_dob(self.rng, b, form)
        return V("DATE_OF_BIRTH", v, s)

    def HI(self):
        v, s = gen_hi(self.rng)
        return V("KR_HEALTH_INSURANCE", v, s)

    def BRN(self, corp=None):
        v, s = gen_brn(self.rng, corp)
        return V("KR_BRN", v, s)

    def CRN(self):
        v, s = gen_crn(self.rng)
        return V("KR_CRN", v, s)

    def CAR(self, kind=None):
        v, s = gen_plate(self.rng, kind)
        return V("KR_VEHICLE_PLATE", v, s)

    def IP(self, kind=None):
        v, s = gen_ip(self.rng, kind)
        return V("IP_ADDRESS", v, s)

    # -- non-PII shortcuts
    def inst(self):
        return self.rng.choice(INSTS)

    def date(self, y0=2024, y1=2026, form=None):
        r = self.rng
        y = r.randint(y0, y1)
        m = r.randint(1, 11 if y == 2026 else 12)
        d = r.randint(1, mdays(y, m))
        form = form or r.choice(["dot_space", "dot_space", "kor", "iso", "dot"])
        return N("date", fmt_date((y, m, d), form))

    def dates2(self, y0=2026, y1=2026):
        """two ordered non-birth dates in one style"""
        r = self.rng
        form = r.choice(["dot_space", "kor", "iso", "dot"])
        xs = []
        for _ in range(2):
            y = r.randint(y0, y1)
            m = r.randint(1, 11 if y == 2026 else 12)
            xs.append((y, m, r.randint(1, mdays(y, m))))
        xs.sort()
        return N("date", fmt_date(xs[0], form)), N("date", fmt_date(xs[1], form))

    def amt(self, lo=10000, hi=50000000, won=True):
        v = self.rng.randint(lo // 10, hi // 10) * 10
        return N("amt", ("%s원" % format(v, ",")) if won else format(v, ","))

    def docno(self, dept=None):
        return N("doc", "%s-%d" % (dept or self.rng.choice(DEPTS), self.rng.randint(101, 19999)))

    def law(self):
        return N("law", self.rng.choice(STATUTES))

    def company(self):
        return N("co", self.rng.choice(COMPANIES))

    def switch(self):
        return N("sw", self.rng.choice(SWITCH))

    def recno(self, style=None):
        r = self.rng
        style = style or r.choice(["jeopsu", "gwanri", "nara", "plain"])
        if style == "jeopsu":
            s = "%d%s-%02d%02d-%07d" % (r.randint(1, 9), r.choice(["AA", "AB", "BC", "CA"]), r.randint(24, 26), r.randint(1, 12), r.randint(1, 9999999))
        elif style == "gwanri":
            s = "%03d-%d-%04d" % (r.randint(100, 999), r.randint(2019, 2026), r.randint(1, 9999))
        elif style == "nara":
            s = "2026%07d-%02d" % (r.randint(1, 9999999), r.randint(0, 3))
        else:
            s = "%d-%d-%06d" % (r.randint(1101, 4999), r.randint(2020, 2026), r.randint(1, 999999))
        return N("rec", s)

    def caseno(self):
        r = self.rng
        y = r.randint(2019, 2026)
        k = r.choice(["가단", "가합", "고단", "고약", "구합", "구단", "나", "누", "드단", "타채", "카단", "머", "노", "도"])
        return N("case", "%d%s%d" % (y, k, r.randint(100, 199999)))

    # -- assembly
    def finish(self, rid, template, seed, genre):
        rng = self.rng
        pieces = []
        for p in self.parts:
            if isinstance(p, str):
                pieces.append(("t", ocr_text(rng, p, self.rnoise) if self.ocr else p, None))
            elif isinstance(p, V):
                val, tags = p.val, list(p.tags)
                prob = P_OCR_SPAN if self.ocr else self.light
                if not tags and rng.random() < prob:
                    val2, t2 = noisify(rng, p.typ, val, self.ocr)
                    if t2:
                        val, tags = val2, t2
                pieces.append(("v", val, (p.typ, p.sub, tags)))
            else:
                pieces.append(("n", p.text, p.cat))
        text, spans, negs = assemble(pieces)
        if self.ocr and self.wrap_ok and rng.random() < 0.55:
            text, spans, negs = hard_wrap(rng, text, spans, negs, rng.randint(26, 44))
            self.rnoise.add("hard_wrap")
        base = self.genre or genre
        g = "OCR스캔" if self.ocr else base
        return make_record(rid, text, spans, negs, g, base, template, seed, self.no_pii,
                           sorted(self.rnoise), self.ocr, "template", self.layout)


def assemble(pieces):
    buf, spans, negs, pos = [], [], [], 0
    for kind, s, info in pieces:
        if kind == "v":
            spans.append({"start": pos, "end": pos + len(s), "type": info[0], "sub": info[1],
                          "noise": list(info[2]), "value": s})
        elif kind == "n":
            negs.append({"start": pos, "end": pos + len(s), "text": s, "category": info})
        buf.append(s)
        pos += len(s)
    return "".join(buf), spans, negs


def apply_inserts(text, spans, negs, inserts, replaces=()):
    """inserts: list of (pos, string) inserted before old index pos; replaces: {pos: char} same length"""
    rep = dict(replaces)
    ins = {}
    for p, s in inserts:
        ins.setdefault(p, []).append(s)
    out, newpos, shift = [], [], 0
    for i, ch in enumerate(text):
        for s in ins.get(i, []):
            out.append(s)
            shift += len(s)
        newpos.append(i + shift)
        out.append(rep.get(i, ch))
    for s in ins.get(len(text), []):
        out.append(s)
    new = "".join(out)

    def remap(d, key):
        e = dict(d)
        e["start"] = newpos[d["start"]]
        e["end"] = newpos[d["end"] - 1] + 1
        e[key] = new[e["start"]:e["end"]]
        return e
    spans2 = []
    for sp in spans:
        e = remap(sp, "value")
        if e["value"] != sp["value"]:
            tag = "wrapped" if sp["type"] in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS") else "newline_in_number"
            if tag not in e["noise"]:
                e["noise"] = e["noise"] + [tag]
        spans2.append(e)
    return new, spans2, [remap(n, "text") for n in negs]


def hard_wrap(rng, text, spans, negs, width):
    inserts, replaces = [], {}
    line_start = 0
    i = 0
    col = 0
    last_space = None
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            col, last_space = 0, None
        else:
            col += 1
            if ch == " ":
                last_space = (i, col)
            if col > width:
                if last_space and col - last_space[1] < 14:
                    replaces[last_space[0]] = "\n"
                    col = col - last_space[1]
                else:
                    inserts.append((i, "\n"))
                    col = 1
                last_space = None
        i += 1
    return apply_inserts(text, spans, negs, inserts, replaces)


# ----------------------------------------------------------------------------- record, classification
PERSONAL_DOMAINS = set(EMAIL_DOMAINS)
MASKCH = set("*●X○■x")


def nfk(v):
    v = unicodedata.normalize("NFKC", v)
    for h in HYPHENS:
        v = v.replace(h, "-")
    return v


def nows(v):
    return re.sub(r"\s+", "", v)


def numnorm(v):
    return nows(nfk(v)).translate(CONF_MAP)


def shape(v):
    out = []
    for c in v:
        if c.isdigit() and c.isascii():
            out.append("9")
        elif "０" <= c <= "９":
            out.append("９")
        elif HANGUL.match(c):
            out.append("가")
        elif c.isascii() and c.isalpha():
            out.append("A")
        elif c == "\n":
            out.append("⏎")
        else:
            out.append(c)
    return "".join(out)


def fmt_of(typ, v, sub=None):
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", v):
            return "latin_upper" if v.upper() == v else "latin"
        return "hangul_spaced" if sub != "foreign_hangul" and re.fullmatch(r"[가-힣]( [가-힣])+", v) else ("hangul_space" if " " in v else "hangul")
    if typ == "KR_ADDRESS":
        w = nows(v)
        for full, short, _ in SIDO:
            if w.startswith(full):
                return "sido_full"
        for full, short, _ in SIDO:
            if w.startswith(short):
                return "sido_short"
        return "from_sigungu"
    if typ == "EMAIL_ADDRESS":
        return "email"
    s = shape(v)
    return s if len(s) <= 40 else s[:40] + "…"


def detect_noise(typ, v, sub=None):
    t = set()
    if re.search("[０-９]", v):
        t.add("fullwidth_digits")
    if any(h in v for h in HYPHENS):
        t.add("unicode_hyphen")
    if "\n" in v:
        t.add("wrapped" if typ in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS") else "newline_in_number")
    if typ == "PERSON" and sub != "foreign_hangul" and re.fullmatch(r"[가-힣]( [가-힣])+", v):
        t.add("spaced_name")
    if typ in NUMERIC | {"DATE_OF_BIRTH", "KR_VEHICLE_PLATE"} and re.search(r"[OolISB]", v) and not re.search(r"[A-Z]{3}", v):
        t.add("confusable_letter")
    if typ == "IP_ADDRESS" and ":" not in v and re.search(r"[OolISB]", v):
        t.add("confusable_letter")
    return t


def classify(typ, v, before=""):
    n = numnorm(v)
    if typ == "KR_RRN":
        if any(c in MASKCH for c in v):
            return "rrn_masked7" if sum(c in MASKCH for c in v) == 7 else "rrn_masked"
        d = n.replace("-", "")
        yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
        y = (1900 if d[6] in "12" else 2000 if d[6] in "34" else 1800) + yy
        if d[6] in "34" and (y, mm) >= (2020, 10):
            return "rrn_post2020"
        return "rrn_valid"
    if typ == "KR_FRN":
        return "frn_masked" if any(c in MASKCH for c in v) else "frn_legacy"
    if typ == "KR_PASSPORT":
        w = nows(nfk(v))
        if re.fullmatch(r"[MSRGD][0-9OlIB]{8}", w):
            return "passport_kr_old"
        if re.fullmatch(r"[MSRGD][0-9OlIB]{3}[A-Z][0-9OlIB]{4}", w):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "KR_DRIVER_LICENSE":
        w = nfk(v)
        if HANGUL.match(w):
            return "dl_name" if re.match(r"[가-힣]+\s", w) else "dl_name_nospace"
        return "dl_dash" if "-" in w else ("dl_spaced" if re.search(r"\d \d", w) else "dl_plain")
    if typ == "CREDIT_CARD":
        if any(c in MASKCH for c in v):
            return "card_masked"
        d = re.sub(r"\D", "", n)
        return ("card_amex" if len(d) == 15 else "card_visa" if d[0] == "4" else "card_master" if d[0] in "52" else
                "card_bc" if d[:2] == "94" else "card_jcb" if d[:2] == "35" else "card_local")
    if typ == "KR_BANK_ACCOUNT":
        return "acct_" + "-".join(str(len(g)) for g in re.split(r"[-\s]+", nfk(v).translate(CONF_MAP).strip()))
    if typ == "PHONE_NUMBER":
        d = re.sub(r"[^\d+]", "", n)
        if d.startswith("+82"):
            return "intl"
        if re.search(r"(팩스|FAX|Fax|fax|전송|F\.|F\)|F:|팩)\s*[:：)]?\s*$", before[-12:]):
            return "fax"
        if d.startswith("010"):
            return "mobile"
        if re.match(r"01[16789]", d):
            return "mobile_old"
        if d.startswith("070"):
            return "voip070"
        return "landline"
    if typ == "EMAIL_ADDRESS":
        dom = nows(v).split("@")[-1].lower()
        return "email_official" if dom == "korea.kr" or dom.endswith(".go.kr") else "email_personal" if dom in PERSONAL_DOMAINS else "email_company"
    if typ == "KR_ADDRESS":
        return "addr_road" if re.search(r"(로|길)\s*\d", nfk(v)) else "addr_jibun"
    if typ == "DATE_OF_BIRTH":
        return "dob_" + parse_dob(v)[1]
    if typ == "KR_HEALTH_INSURANCE":
        return "hi_11"
    if typ == "KR_BRN":
        d = re.sub(r"\D", "", n)
        return "brn_corp" if 81 <= int(d[3:5]) <= 88 else "brn_individual"
    if typ == "KR_CRN":
        return "crn"
    if typ == "KR_VEHICLE_PLATE":
        w = nfk(v)
        if re.match(r"[가-힣]{2}\s?\d{2}[바사아자배]", w):
            return "plate_commercial"
        if re.match(r"[가-힣]{2}", w):
            return "plate_regional"
        if re.search(r"[하허호]", w):
            return "plate_rental"
        if " " not in w:
            return "plate_nospace"
        return "plate_3digit" if re.match(r"\d{3}", w) else "plate_2digit"
    if typ == "IP_ADDRESS":
        w = nows(nfk(v)).translate(CONF_MAP)
        if ":" in w:
            return "ipv6"
        return "ipv4_private" if ipaddress.ip_address(w).is_private else "ipv4_public"
    if typ == "PERSON":
        w = nows(v)
        if re.search(r"[A-Za-z]", w):
            return "foreign_latin"
        if " " in v.strip() and not re.fullmatch(r"[가-힣]( [가-힣])+", v):
            return "foreign_hangul"
        if w[:2] in SUR2 and len(w) >= 3:
            return "ko_double_surname"
        return {2: "ko_2", 3: "ko_3", 4: "ko_4"}.get(len(w), "ko_other")
    raise DraftError("no classifier for " + typ)


# ----------------------------------------------------------------------------- validation
MON = {m: i + 1 for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def century(yy):
    return 2000 + yy if yy <= 26 else 1900 + yy


SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "유": 6, "칠": 7, "팔": 8, "구": 9}


def sino(w):
    """Sino-Korean numeral (as read aloud in call transcripts) -> int, e.g. 천구백팔십오 -> 1985"""
    total, cur = 0, 0
    for ch in w:
        if ch in SINO:
            cur = SINO[ch]
        elif ch in "십백천":
            total += (cur or 1) * {"십": 10, "백": 100, "천": 1000}[ch]
            cur = 0
        else:
            raise DraftError("not a sino numeral %r" % w)
    return total + cur


def parse_dob(v):
    raw = nfk(v)
    m = re.fullmatch(r"([일이삼사오육칠팔구십백천]+)년\s*([일이삼사오육유칠팔구십]+)월\s*([일이삼사오육칠팔구십]+)일", raw.strip())
    if m:
        y = sino(m[1])
        return ((century(y) if y < 100 else y), sino(m[2]), sino(m[3])), "spoken"
    w0 = nows(raw)
    for w in (w0, w0.translate(CONF_MAP)):
        m = re.fullmatch(r"(\d{4})\.(\d{1,2})\.(\d{1,2})\.?", w)
        if m:
            form = "dot_space" if re.search(r"\.\s", raw) else ("dot" if re.search(r"\.\d{2}\.\d{2}", w) and w.endswith(".") else "dot_nopad")
            return (int(m[1]), int(m[2]), int(m[3])), form
        m = re.fullmatch(r"(\d{4})년(\d{1,2})월(\d{1,2})일", w)
        if m:
            return (int(m[1]), int(m[2]), int(m[3])), "kor"
        m = re.fullmatch(r"(\d{2})년(\d{1,2})월(\d{1,2})일", w)
        if m:
            return (century(int(m[1])), int(m[2]), int(m[3])), "kor_short"
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
        if m:
            return (int(m[1]), int(m[2]), int(m[3])), "iso"
        m = re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", w)
        if m:
            return (int(m[1]), int(m[2]), int(m[3])), "slash"
        m = re.fullmatch(r"'?(\d{2})\.(\d{1,2})\.(\d{1,2})\.?", w)
        if m:
            return (century(int(m[1])), int(m[2]), int(m[3])), "short_dot"
        m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})", w)
        if m:
            return (century(int(m[1])), int(m[2]), int(m[3])), "yymmdd"
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", w)
        if m:
            return (int(m[1]), int(m[2]), int(m[3])), "compact"
        m = re.fullmatch(r"(\d{1,2})([A-Z]{3})(\d{4})", w)
        if m and m[2] in MON:
            return (int(m[3]), MON[m[2]], int(m[1])), "eng"
        m = re.fullmatch(r"(\d{1,2})(\d{1,2})월/([A-Z]{3})(\d{4})", w)
        if m and m[3] in MON:
            return (int(m[4]), int(m[2]), int(m[1])), "passport_style"
    raise DraftError("unparseable DOB %r" % v)


def rrn_birth(d13):
    g = d13[6]
    base = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000, "9": 1800, "0": 1800}[g]
    return (base + int(d13[:2]), int(d13[2:4]), int(d13[4:6]))


def pp_ok(w):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d{7,8}[A-Z]?|[A-Z]\d{3}[A-Z]\d{4}|\d{8,9}", w))


PLACEHOLDER_PERSONS = {"홍길동", "갑", "을", "병", "정", "무", "김○○", "아무개"}
TITLE_END = ("주무관", "사무관", "과장", "팀장", "위원", "장관", "씨", "님", "귀하", "선생", "교수", "원장", "소장", "청장", "기자", "변호사", "대표")


def check_value(typ, sub, v):
    if typ == "KR_RRN":
        n = numnorm(v)
        m = re.fullmatch(r"(\d{6})-?([0-9])([*●X○■x]{6})", n) or re.fullmatch(r"(\d{6})-?()([*●X○■x]{7})", n)
        if m:
            need(sub.startswith("rrn_masked"), "masked rrn with sub %s" % sub)
            g = m[2] or "1"
            need(g in "1234", "rrn mask gender %s" % v)
            need(valid_date(*rrn_birth(m[1] + g)), "masked rrn date %s" % v)
            return
        m = re.fullmatch(r"(\d{6})-?(\d{7})", n)
        need(m, "rrn shape %r" % v)
        d = m[1] + m[2]
        need(d[6] in "123490", "rrn gender %s" % v)
        b = rrn_birth(d)
        need(valid_date(*b), "rrn date %s" % v)
        ok = rrn_check(d[:12]) == int(d[12])
        if sub == "rrn_post2020":
            need(d[6] in "34" and b >= (2020, 10, 1) and not ok, "post2020 rrn %s" % v)
        else:
            need(sub == "rrn_valid" and ok and b < (2020, 10, 1), "rrn checksum/date %s (%s)" % (v, sub))
        return
    if typ == "KR_FRN":
        n = numnorm(v)
        m = re.fullmatch(r"(\d{6})-?([5-8])([*●X]{6})", n)
        if m:
            need(sub == "frn_masked" and valid_date(*rrn_birth(m[1] + m[2])), "masked frn %s" % v)
            return
        m = re.fullmatch(r"(\d{6})-?([5-8]\d{6})", n)
        need(m, "frn shape %r" % v)
        d = m[1] + m[2]
        need(valid_date(*rrn_birth(d)) and frn_check(d[:12]) == int(d[12]), "frn check %s" % v)
        return
    if typ == "KR_PASSPORT":
        w = nows(nfk(v))
        c = [w]
        for keep in ({0}, {0, 4}, {0, 1}, {0, len(w) - 1}, {0, 1, len(w) - 1}):
            c.append("".join(ch if k in keep else ch.translate(CONF_MAP) for k, ch in enumerate(w)))
        need(any(pp_ok(x) for x in c), "passport %r" % v)
        return
    if typ == "KR_DRIVER_LICENSE":
        w = nows(nfk(v)).translate(CONF_MAP)
        m = re.fullmatch(r"(\d{2})-?(\d{2})-?(\d{6})-?(\d{2})", w)
        if m:
            need(m[1] in DL_REGIONS, "dl region %s" % v)
            return
        m = re.fullmatch(r"([가-힣]{2,4})(\d{2})-?(\d{6})-?(\d{2})", w)
        need(m and m[1] in DL_REGIONS.values(), "dl %r" % v)
        return
    if typ == "CREDIT_CARD":
        w = re.sub(r"[-\s]", "", numnorm(v)).replace("x", "X")
        need(len(w) in (15, 16), "card length %r" % v)
        if any(c in MASKCH for c in w):
            need(sub == "card_masked" and sum(c.isdigit() for c in w) >= 8 and re.fullmatch(r"[\d*●X]+", w), "masked card %r" % v)
        else:
            need(w.isdigit() and luhn_ok(w), "card luhn %r" % v)
        return
    if typ == "KR_BANK_ACCOUNT":
        w = numnorm(v)
        need(re.fullmatch(r"\d+(-\d+)*", w) and 10 <= len(w.replace("-", "")) <= 16, "account %r" % v)
        return
    if typ == "PHONE_NUMBER":
        d = re.sub(r"[^\d+]", "", numnorm(v))
        if d.startswith("+82"):
            d = "0" + d[3:]
        need(re.fullmatch(r"01[016789]\d{7,8}|02\d{7,8}|0[3-6][1-5]\d{7,8}|070\d{8}|0\d{2,3}\d{5,6}", d)
             and not re.fullmatch(r"1[5-9]\d{6}", d), "phone %r" % v)
        return
    if typ == "EMAIL_ADDRESS":
        need(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", nows(v)), "email %r" % v)
        return
    if typ == "KR_ADDRESS":
        w = nfk(v)
        heads = [s[0] for s in SIDO] + [s[1] for s in SIDO] + [g.split()[0] for s in SIDO for g in s[2] if g]
        need(any(w.startswith(h) for h in heads) or re.match(r"[가-힣]+(시|군|구)\s", w), "address head %r" % v)
        need(re.search(r"\d", w) and not w.startswith("(") and not re.search(r"\(\d{5}\)", w), "address body %r" % v)
        return
    if typ == "DATE_OF_BIRTH":
        b, _ = parse_dob(v)
        need(valid_date(*b) and b[0] >= 1900, "dob date %r" % v)
        return
    if typ == "KR_HEALTH_INSURANCE":
        need(re.fullmatch(r"\d{11}", re.sub(r"-", "", numnorm(v))), "hi %r" % v)
        return
    if typ == "KR_BRN":
        w = numnorm(v).replace("-", "")
        need(re.fullmatch(r"\d{10}", w) and brn_check(w[:9]) == int(w[9]), "brn %r" % v)
        return
    if typ == "KR_CRN":
        w = numnorm(v).replace("-", "")
        need(re.fullmatch(r"\d{13}", w) and crn_check(w[:12]) == int(w[12]), "crn %r" % v)
        return
    if typ == "KR_VEHICLE_PLATE":
        w = nows(nfk(v)).translate(CONF_MAP)
        m = re.fullmatch(r"([가-힣]{2})?(\d{2,3})([가-힣])(\d{4})", w)
        need(m and m[3] in PLATE_PRIV + PLATE_COMM + PLATE_RENT + ["배"], "plate %r" % v)
        need(not m[1] or m[1] in PLATE_REGIONS, "plate region %r" % v)
        return
    if typ == "IP_ADDRESS":
        w = nows(nfk(v))
        if ":" not in w:
            w = w.translate(CONF_MAP)
        try:
            ipaddress.ip_address(w)
        except ValueError:
            raise DraftError("ip %r" % v)
        return
    if typ == "PERSON":
        w = nows(v)
        need(w not in PLACEHOLDER_PERSONS and not any(c in "○*●◯" for c in w), "placeholder as person %r" % v)
        need(not re.fullmatch(r".\s?모\s?(씨)?", v), "모 씨 %r" % v)
        need(not w.endswith(TITLE_END) or re.search(r"[A-Za-z]", w), "title in person %r" % v)
        need(re.fullmatch(r"[가-힣A-Za-z.\-'\s]+", v), "person chars %r" % v)
        if not re.search(r"[A-Za-z]", w) and sub != "foreign_hangul":
            need(2 <= len(w) <= 4, "korean name length %r" % v)
        return
    raise DraftError("unknown type %s" % typ)


SCAN = [("mobile", re.compile(r"(?<![\d])01[016789][-‐－.\s]?\d{3,4}[-‐－.\s]?\d{4}(?!\d)")),
        ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")),
        ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?[-‐－]\s?[\d*●X○]{7}(?!\d)")),
        ("card_shape", re.compile(r"(?<!\d)\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{3,4}(?!\d)")),
        ("digits15", re.compile(r"(?<!\d)\d{15,16}(?!\d)")),
        ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")),
        ("brn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])"))]
PROTECTED_NEG = {"placeholder_person", "institution_switchboard", "institution_address", "institution_email", "institution_ip"}


def validate_record(rec, meta):
    text, spans, ms = rec["text"], rec["spans"], meta["spans"]
    need(not PH_RE.search(text), "leftover template placeholder")
    need(rec["id"] == meta["id"] and rec["genre"] == meta["genre"], "id/genre mismatch")
    need(len(spans) == len(ms), "span count mismatch")
    prev = 0
    covered = [False] * len(text)
    for sp, m in zip(spans, ms):
        s, e, typ = sp["start"], sp["end"], sp["type"]
        need(typ in TYPES, "type %s" % typ)
        need(0 <= s < e <= len(text), "bounds")
        need(s >= prev, "overlap/unsorted at %d" % s)
        prev = e
        need((m["start"], m["end"], m["type"]) == (s, e, typ), "meta span mismatch")
        need(text[s:e] == m["value"], "value mismatch %r vs %r" % (text[s:e], m["value"]))
        need(not text[s].isspace() and not text[e - 1].isspace(), "edge whitespace %r" % m["value"])
        check_value(typ, m["sub"], m["value"])
        miss = detect_noise(typ, m["value"], m["sub"]) - set(m["noise"])
        need(not miss, "untagged noise %s in %r" % (miss, m["value"]))
        for k in range(s, e):
            covered[k] = True
    pn = -1
    for n in meta["hard_negatives"]:
        need(0 <= n["start"] < n["end"] <= len(text) and text[n["start"]:n["end"]] == n["text"], "neg text %r" % n)
        need(n["category"] in NEG_CATEGORIES, "neg cat")
        need(not any(covered[n["start"]:n["end"]]), "hard negative overlaps gold: %r" % n["text"])
        need(n["start"] >= pn, "negs unsorted")
        pn = n["start"]
    # every other occurrence of a labelled value is labelled too
    starts = {(sp["start"], sp["end"]) for sp in spans}
    for m in ms:
        v = m["value"]
        if len(nows(v)) < (3 if m["type"] == "PERSON" else 6):
            continue
        for occ in re.finditer(re.escape(v), text):
            need((occ.start(), occ.end()) in starts or all(covered[occ.start():occ.end()]), "unlabelled repeat of %r" % v)
    # PII-shaped strings outside gold spans must be tagged hard negatives
    negcov = [False] * len(text)
    for n in meta["hard_negatives"]:
        for k in range(n["start"], n["end"]):
            negcov[k] = True
    for name, rx in SCAN:
        for occ in rx.finditer(text):
            a, b = occ.span()
            if any(covered[a:b]):
                continue
            need(all(negcov[a:b]), "PII-like %s outside spans: %r" % (name, occ.group()))
    # placeholders and institution contact points are never labelled
    prot = {n["text"] for n in meta["hard_negatives"] if n["category"] in PROTECTED_NEG}
    for m in ms:
        need(m["value"] not in prot, "protected hard negative labelled: %r" % m["value"])
    if meta["no_pii"]:
        need(not spans and meta["hard_negatives"], "no-PII record must have no spans and some hard negatives")
    else:
        need(spans, "PII record without spans")


def make_record(rid, text, spans, negs, genre, base, template, seed, no_pii, rnoise, ocr, source, layout):
    spans = sorted(spans, key=lambda x: x["start"])
    negs = sorted(negs, key=lambda x: x["start"])
    mspans = []
    for sp in spans:
        tags = list(sp["noise"])
        for t in sorted(detect_noise(sp["type"], sp["value"], sp["sub"])):
            if t not in tags:
                tags.append(t)
        mspans.append({"start": sp["start"], "end": sp["end"], "type": sp["type"], "sub": sp["sub"],
                       "noise": tags, "format": fmt_of(sp["type"], sp["value"], sp["sub"]), "value": sp["value"]})
    rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
           "genre": genre}
    meta = {"id": rid, "template": template, "seed": seed, "source": source, "genre": genre, "base_genre": base,
            "ocr": ocr, "no_pii": bool(no_pii), "record_noise": list(rnoise), "layout": list(layout),
            "spans": mspans, "hard_negatives": negs}
    return rec, meta


# ----------------------------------------------------------------------------- hand-written records
MARK = re.compile(r"⟦([A-Z]+)(?:/([A-Za-z0-9_]+))?((?:\+[a-z_]+)*):(.*?)⟧|⟪([a-z]+):(.*?)⟫", re.S)


def parse_marked(src):
    out, spans, negs, pos, cur = [], [], [], 0, 0
    for m in MARK.finditer(src):
        lit = src[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        if m.group(1):
            typ = SHORT.get(m.group(1), m.group(1))
            need(typ in TYPES, "bad type marker %s" % m.group(1))
            val = m.group(4)
            before = "".join(out)[-15:]
            sub = m.group(2) or classify(typ, val, before)
            tags = [t for t in m.group(3).split("+") if t]
            spans.append({"start": cur, "end": cur + len(val), "type": typ, "sub": sub, "noise": tags, "value": val})
        else:
            need(m.group(5) in NEGCAT, "bad neg marker %s" % m.group(5))
            val = m.group(6)
            negs.append({"start": cur, "end": cur + len(val), "text": val, "category": NEGCAT[m.group(5)]})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    need(not re.search("[⟦⟧⟪⟫]", text), "stray marker bracket")
    return text, spans, negs


def gen_handwritten():
    sys.path.insert(0, HERE)
    import handwritten
    sys.path.pop(0)
    recs, metas = [], []
    for k, h in enumerate(handwritten.RECORDS):
        rid = "bc-h%03d" % (k + 1)
        try:
            text, spans, negs = parse_marked(h["text"].strip("\n"))
            g = "OCR스캔" if h.get("ocr") else h["genre"]
            rec, meta = make_record(rid, text, spans, negs, g, h["genre"], "HW", "%s|HW|%d" % (SETNAME, k + 1),
                                    not spans, h.get("noise", []), bool(h.get("ocr")), "handwritten", h.get("layout", []))
            validate_record(rec, meta)
        except DraftError as e:
            raise SystemExit("handwritten record %s (%s) invalid: %s" % (rid, h["text"].strip()[:40], e))
        recs.append(rec)
        metas.append(meta)
    return recs, metas


# ----------------------------------------------------------------------------- templated records
TEMPLATES = []
RETRIES = Counter()


def tpl(tid, genre, n, ocr=True):
    def deco(fn):
        TEMPLATES.append((tid, fn.__name__, genre, n, fn, ocr))
        return fn
    return deco


def gen_templated():
    recs, metas = [], []
    for tid, name, genre, n, fn, ocr_ok in TEMPLATES:
        for i in range(n):
            last = None
            for k in range(40):
                seed = "%s|%s|%d" % (SETNAME, tid, i) + ("" if k == 0 else "|r%d" % k)
                rng = random.Random(seed)
                d = Doc(rng)
                d.ocr = ocr_ok and rng.random() < P_OCR
                try:
                    fn(d)
                    rec, meta = d.finish("bc-%s-%03d" % (tid.lower(), i + 1), tid, seed, genre)
                    meta["template_name"] = name
                    validate_record(rec, meta)
                    break
                except DraftError as e:
                    last = e
                    RETRIES[tid] += 1
            else:
                raise SystemExit("FAILED: template %s record %d after 40 drafts: %s" % (tid, i, last))
            recs.append(rec)
            metas.append(meta)
    return recs, metas


# ----------------------------------------------------------------------------- output, stats, checks
def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def make_stats(recs, metas):
    st = {"set": "pii_bc", "records": len(recs), "spans": sum(len(r["spans"]) for r in recs)}
    st["records_by_source"] = dict(sorted(Counter(m["source"] for m in metas).items()))
    st["no_pii_records"] = sum(m["no_pii"] for m in metas)
    st["ocr_records"] = sum(m["ocr"] for m in metas)
    g = {}
    for r, m in zip(recs, metas):
        e = g.setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0})
        e["records"] += 1
        e["no_pii"] += m["no_pii"]
        e["spans"] += len(r["spans"])
        e["hard_negatives"] += len(m["hard_negatives"])
    st["by_genre"] = dict(sorted(g.items()))
    bg = {}
    for m in metas:
        e = bg.setdefault(m["base_genre"], {"records": 0, "ocr": 0, "handwritten": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0})
        e["records"] += 1
        e["ocr"] += m["ocr"]
        e["handwritten"] += m["source"] == "handwritten"
        e["no_pii"] += m["no_pii"]
        e["spans"] += len(m["spans"])
        e["hard_negatives"] += len(m["hard_negatives"])
    st["by_base_genre"] = dict(sorted(bg.items()))
    t = {}
    for m in metas:
        e = t.setdefault(m["template"], {"name": m.get("template_name", "handwritten"), "records": 0, "spans": 0, "no_pii": 0, "ocr": 0})
        e["records"] += 1
        e["spans"] += len(m["spans"])
        e["no_pii"] += m["no_pii"]
        e["ocr"] += m["ocr"]
    st["by_template"] = dict(sorted(t.items()))
    st["templates"] = len([k for k in t if k != "HW"])
    allsp = [s for m in metas for s in m["spans"]]
    st["by_type"] = {ty: sum(1 for s in allsp if s["type"] == ty) for ty in TYPES}
    st["by_type_handwritten"] = {ty: sum(1 for m in metas if m["source"] == "handwritten" for s in m["spans"] if s["type"] == ty) for ty in TYPES}
    st["by_subkind"] = {ty: dict(sorted(Counter(s["sub"] for s in allsp if s["type"] == ty).items())) for ty in TYPES}
    st["noised_spans"] = sum(1 for s in allsp if s["noise"])
    st["noised_share"] = round(st["noised_spans"] / max(1, len(allsp)), 4)
    st["noise_tags"] = dict(sorted(Counter(x for s in allsp for x in s["noise"]).items()))
    st["noised_by_type"] = {ty: sum(1 for s in allsp if s["type"] == ty and s["noise"]) for ty in TYPES}
    st["record_noise"] = dict(sorted(Counter(x for m in metas for x in m["record_noise"]).items()))
    st["hard_negatives"] = dict(sorted(Counter(n["category"] for m in metas for n in m["hard_negatives"]).items()))
    st["hard_negative_total"] = sum(st["hard_negatives"].values())
    st["draft_retries_by_template"] = dict(sorted(RETRIES.items()))
    return st


def check_thresholds(st, recs, metas):
    probs = []
    if st["records"] < 650:
        probs.append("records %d < 650" % st["records"])
    for ty, c in st["by_type"].items():
        if c < 100:
            probs.append("type %s has %d spans" % (ty, c))
    if len(st["by_genre"]) < 20:
        probs.append("genres %d < 20" % len(st["by_genre"]))
    if st["templates"] < 35:
        probs.append("templates %d < 35" % st["templates"])
    if st["records_by_source"].get("handwritten", 0) < 150:
        probs.append("handwritten records < 150")
    if st["noised_share"] < 0.08:
        probs.append("noised share %.3f < 0.08" % st["noised_share"])
    if st["no_pii_records"] / st["records"] < 0.09:
        probs.append("no-PII share %.3f < 0.09" % (st["no_pii_records"] / st["records"]))
    if not 0.10 <= st["ocr_records"] / st["records"] <= 0.17:
        probs.append("OCR share %.3f" % (st["ocr_records"] / st["records"]))
    for gname, e in st["by_base_genre"].items():
        if e["hard_negatives"] == 0:
            probs.append("genre %s has no hard negatives" % gname)
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    if probs:
        raise SystemExit("THRESHOLDS FAILED:\n  " + "\n  ".join(probs))


def reread_and_validate(out):
    recs = [json.loads(l) for l in open(os.path.join(out, "pii_bc.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out, "pii_bc.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    for r, m in zip(recs, metas):
        assert set(r) == {"id", "text", "spans", "genre"}, r["id"]
        for sp in r["spans"]:
            assert set(sp) == {"start", "end", "type"} and isinstance(sp["start"], int) and isinstance(sp["end"], int)
        try:
            validate_record(r, m)
        except DraftError as e:
            raise SystemExit("re-read validation failed for %s: %s" % (r["id"], e))
    # set-wide: an institution number / placeholder tagged anywhere is never gold anywhere
    prot = {n["text"] for m in metas for n in m["hard_negatives"] if n["category"] in PROTECTED_NEG}
    gold = {s["value"] for m in metas for s in m["spans"]}
    clash = sorted(prot & gold)
    if clash:
        raise SystemExit("protected hard negatives labelled elsewhere: %r" % clash[:10])
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids in written file")
    return recs, metas


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


OUTFILES = ["pii_bc.jsonl", "pii_bc.meta.jsonl", "stats.json"]


def main(argv):
    out, hashcheck = HERE, True
    if "--out" in argv:
        out = os.path.abspath(argv[argv.index("--out") + 1])
        os.makedirs(out, exist_ok=True)
    if "--no-hashcheck" in argv:
        hashcheck = False
    hr, hm = gen_handwritten()
    tr, tm = gen_templated()
    recs, metas = hr + tr, hm + tm
    st = make_stats(recs, metas)
    check_thresholds(st, recs, metas)
    dump_jsonl(os.path.join(out, "pii_bc.jsonl"), recs)
    dump_jsonl(os.path.join(out, "pii_bc.meta.jsonl"), metas)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(st, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    r2, m2 = reread_and_validate(out)
    assert make_stats(r2, m2)["by_type"] == st["by_type"]
    print("wrote %d records (%d handwritten), %d spans, noised %.3f, no-PII %d, OCR %d, hard negatives %d"
          % (st["records"], st["records_by_source"].get("handwritten", 0), st["spans"], st["noised_share"],
             st["no_pii_records"], st["ocr_records"], st["hard_negative_total"]))
    if hashcheck:
        mine = [md5(os.path.join(out, f)) for f in OUTFILES]
        for hs in ("1", "4242"):
            tmp = os.path.join(HERE, "_hashcheck_%s" % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", tmp, "--no-hashcheck"],
                           env=env, check=True, stdout=subprocess.DEVNULL)
            theirs = [md5(os.path.join(tmp, f)) for f in OUTFILES]
            shutil.rmtree(tmp)
            if theirs != mine:
                raise SystemExit("NON-DETERMINISTIC output under PYTHONHASHSEED=%s" % hs)
        print("identical output under PYTHONHASHSEED=1 and 4242:", " ".join(mine))


# ============================================================================= TEMPLATES (part A)
def josa(word, batchim, plain):
    """Korean particle after a word: 은/는, 이/가, 이라는/라는 ..."""
    w = word.val if isinstance(word, V) else word
    ch = w.strip()[-1]
    if "가" <= ch <= "힣":
        return batchim if (ord(ch) - 0xAC00) % 28 else plain
    return plain


HEAD_SUFFIX = ["교육감", "도지사", "장관", "구청장", "시장", "군수", "법원장", "본부장", "청장", "서장", "소장", "위원장", "원장", "이사장"]


def head_short(inst):
    for suf in HEAD_SUFFIX:
        if inst[5].endswith(suf):
            return suf
    return "기관장"


HOME_ADDR = {"베트남": "Hai Duong, Viet Nam", "중국": "Yanji, Jilin, China", "필리핀": "Cebu City, Philippines",
             "우즈베키스탄": "Tashkent, Uzbekistan", "네팔": "Kathmandu, Nepal", "태국": "Udon Thani, Thailand",
             "몽골": "Ulaanbaatar, Mongolia", "미국": "Portland, OR, USA", "인도네시아": "Semarang, Indonesia",
             "캄보디아": "Phnom Penh, Cambodia", "러시아": "Vladivostok, Russia"}


def C(d, *xs):
    return d.rng.choice(xs)


def inst_lines(d, inst):
    area, mid, last = inst[3].split("-")
    x = last
    while x == last:
        x = "%04d" % d.rng.randint(1001, 9899)
    y = x
    while y in (x, last):
        y = "%04d" % d.rng.randint(1001, 9899)
    return V("PHONE_NUMBER", "%s-%s-%s" % (area, mid, x), "landline"), V("PHONE_NUMBER", "%s-%s-%s" % (area, mid, y), "fax")


def inst_addr(d, inst):
    return [N("zip", inst[2]), " ", N("ia", inst[1])]


def gm_footer(d, inst, dept, names=True, era="modern"):
    """electronic 공문 결재란 + footer; returns nothing, writes into d"""
    r = d.rng
    direct, fax = inst_lines(d, inst)
    if names:
        p1, p2, p3 = d.P(), d.P(), d.P()
        if r.random() < 0.25:
            p1 = V("PERSON", " ".join(p1.val), p1.sub, ["spaced_name"]) if len(p1.val) == 3 else p1
        d.f("\n\n{head}\n\n", head=N("off", inst[5]))
        style = r.randint(0, 2)
        if style == 0:
            d.f("기안자 {t1} {p1}    검토자 {t2} {p2}    결재권자 {t3} {p3}\n", t1=C(d, "주무관", "실무관", "행정주사보"),
                p1=p1, t2=C(d, "팀장", "계장"), p2=p2, t3=C(d, "과장", "국장"), p3=p3)
        elif style == 1:
            d.f("주무관 {p1}  팀장 {p2}  {t3} {dd}\n{p3}\n", p1=p1, p2=p2, t3=C(d, "과장 전결", "국장 전결"),
                dd=d.date(2026, 2026), p3=p3)
        else:
            d.f("기안자\t{p1}\n검토자\t{p2}\n결재권자\t{p3}(서명)\n", p1=p1, p2=p2, p3=p3)
        if r.random() < 0.4:
            d.f("협조자 {t} {p}\n", t=C(d, "주무관", "사무관"), p=d.P())
    else:
        d.f("\n\n{head}\n\n기안자 주무관 {a}  검토자 팀장 {b}  결재권자 과장 {c}\n", head=N("off", inst[5]),
            a=N("ph", "○○○"), b=N("ph", "○○○"), c=N("ph", "○○○"))
    d.f("시행 {dn} ({dt})  접수\n", dn=d.docno(dept), dt=d.date(2026, 2026))
    d.f("우 {z} {ia} / www.{dom}\n", z=N("zip", inst[2]), ia=N("ia", inst[1]), dom=inst[4])
    if names:
        em = V("EMAIL_ADDRESS", "%s%s@korea.kr" % (r.choice(ROMAN_S), r.choice(ROMAN_G)), "email_official")
        d.f("전화번호 {t} 팩스번호 {f} / {e} / {open}", t=direct, f=fax, e=em, open=C(d, "대국민 공개", "부분공개(6)", "비공개(6)"))
    else:
        d.f("전화 {t}(대표) / {e} / 대국민 공개", t=N("sw", inst[3]), e=N("iem", "webmaster@" + inst[4]))


BANK_SHORT = {"KB국민은행": "국민", "NH농협은행": "농협", "카카오뱅크": "카뱅", "신한은행": "신한", "우체국": "우체국", "하나은행": "하나",
              "IBK기업은행": "기업", "우리은행": "우리", "토스뱅크": "토스"}


def acc_spoken(d):
    """an account together with the short bank name people say aloud"""
    bank = d.rng.choice(sorted(BANK_SHORT))
    v, b = d.ACC(bank)
    return v, BANK_SHORT[b]


@tpl("T01", "공문", 20)
def t_gongmun_modern(d):
    r = d.rng
    inst = d.inst()
    dept = r.choice(DEPTS)
    d.layout = ["electronic_gongmun"]
    d.f("{name}\n\n수신  {rcv}\n(경유)\n제목  {subj}\n\n", name=inst[0],
        rcv=C(d, "수신자 참조", [N("off", r.choice(INSTS)[5]), "(", r.choice(DEPTS), "장)"], "내부결재"),
        subj=C(d, "민원 처리 결과 회신", "개인정보 정정 요청 처리 알림", "보조금 교부 결정 통보", "현장 확인 결과 통보", "협조 요청"))
    d.f("1. 관련: {law}, {dn}({dt})\n", law=d.law(), dn=d.docno(), dt=d.date())
    kind = r.choices(["citizen", "company", "staff", "nopii"], [40, 25, 20, 15])[0]
    if kind == "citizen":
        p = d.P()
        a, z, ref = d.ADDR()
        d.f("2. 위 호와 관련하여 {p}{hon}께서 제출한 신청에 대하여 다음과 같이 처리 결과를 알려 드립니다.\n", p=p, hon=C(d, " 님", "", " 씨"))
        d.f("  가. 신청인: {p} ({dob}{saeng})\n", p=p, dob=d.DOB(form=C(d, "dot_space", "kor", "dot")), saeng=C(d, "생", " 생", ""))
        d.f("  나. 주소: {a}{ref}\n  다. 연락처: {t}\n", a=a, ref=(" " + ref) if ref else "", t=d.TEL("mobile"))
        d.f("  라. 처리 결과: {res}\n", res=C(d, "정정 완료", "현장 확인 후 보완 요청", "관계 법령에 따라 불수리"))
    elif kind == "company":
        co = d.company()
        d.f("2. {co}(대표자 {p}, 사업자등록번호 {b})에 대한 {what} 결과를 붙임과 같이 통보하니 업무에 참고하시기 바랍니다.\n",
            co=co, p=d.P(), b=d.BRN(), what=C(d, "보조금 정산", "지도 점검", "계약 이행 실태 점검"))
        d.f("  - 교부 금액: {a}\n  - 업체 담당자 연락처: {t}\n", a=d.amt(), t=d.TEL())
    elif kind == "staff":
        d.f("2. 아래 직원이 {what}에 참석할 예정이오니 협조하여 주시기 바랍니다.\n", what=C(d, "합동 점검", "실무 협의회", "교육"))
        for _ in range(r.randint(1, 3)):
            d.f("  ○ {dept} {t} {p} ({tel})\n", dept=r.choice(DEPTS), t=r.choice(TITLES), p=d.P(), tel=d.TEL("mobile"))
    else:
        d.no_pii = True
        d.f("2. {law}에 따라 {what}을 시행하오니 각 기관에서는 {dt}까지 제출하여 주시기 바랍니다.\n",
            law=d.law(), what=C(d, "개인정보 보호 실태 점검", "정보공개 운영 실태 조사", "민원 서식 정비"), dt=d.date(2026, 2026))
        d.f("3. 문의: {dept}(대표전화 {sw})\n", dept=r.choice(DEPTS), sw=N("sw", inst[3]))
    d.t("\n붙임  ", C(d, "처리 결과 1부.  끝.", "관련 서류 사본 1부.  끝.", "점검표 1부.  끝."))
    gm_footer(d, inst, dept, names=not d.no_pii)


@tpl("T02", "구형공문", 16)
def t_gongmun_1990s(d):
    r = d.rng
    inst = d.inst()
    yy = r.randint(1991, 1999)
    d.layout = ["typed_1990s"]
    old_area = {"02": "02", "031": r.choice(["0331", "0343", "0345"]), "051": "051", "053": "053", "062": "062",
                "042": "042", "043": "0431", "063": "0652", "041": "0417", "044": "0415", "055": "0551", "032": "032",
                "033": "0371", "064": "064"}[inst[6]]
    d.f("{nm}\n\n문서번호 {dn}\n시행일자 {dt}\n(경유)\n수신 {rcv}\n참조 {ref}\n\n선 결 |          | 지 시 |\n접 수 | 일자 시간 |       |\n처리과 |          | 결 재 |\n\n",
        nm=inst[0].split()[0], dn=N("doc", "%s %d%d-%d" % (C(d, "총무", "민원", "세무", "지적"), r.randint(10, 99), r.randint(100, 999), r.randint(10, 9999))),
        dt=N("date", "%d. %d. %d." % (yy, r.randint(1, 12), r.randint(1, 28))),
        rcv=N("off", C(d, "각 읍면동장", "내무부장관", "도지사", "관계기관장")), ref=C(d, "민원계장", "총무과장", "지적계장"))
    d.f("제목 {s}\n\n", s=C(d, "주민등록 정리에 따른 협조", "지적공부 정리 결과 통보", "민원서류 반송"))
    p = d.P()
    a, z, ref = d.ADDR(sido_form=C(d, "full", "none"))
    rr = d.RRN("valid", b=birth(r, 1925, 1975))
    d.f("1. 귀 {x} 소관 업무와 관련입니다.\n2. 아래 사람에 대하여 {w}하였기 이를 통보합니다.\n\n",
        x=C(d, "기관", "청"), w=C(d, "직권 말소", "주소 정정", "지번 변경 정리"))
    style = r.randint(0, 1)
    if style == 0:
        d.f("   성    명 : {p}\n   주민등록번호 : {rr}\n   주    소 : {a}\n   전화번호 : {t}\n", p=p, rr=rr, a=a,
            t=V("PHONE_NUMBER", C(d, "(%s) %d-%04d" % (old_area, r.randint(200, 999), r.randint(0, 9999)),
                                  "%s-%d-%04d" % (old_area, r.randint(20, 999), r.randint(0, 9999))), "landline"))
    else:
        d.f("   ㅇ {p}({rr}) {a} 거주\n   ㅇ 연락처 {t}\n", p=p, rr=rr, a=a,
            t=V("PHONE_NUMBER", "%s-%d-%04d" % (C(d, "011", "016", "017", "018", "019"), r.randint(200, 999), r.randint(0, 9999)), "mobile_old"))
    d.f("\n3. 근거 : {law}\n\n          끝.\n\n{head}\n\n기안자 {t1} {p1}  검토자 {t2} {p2}\n담당 {t3} 전화 {tel}\n",
        law=N("law", C(d, "주민등록법 제17조의2", "지적법 제28조", "호적법 제120조")), head=N("off", inst[5]),
        t1=C(d, "행정주사보", "행정서기", "지방행정주사"), p1=d.P(), t2=C(d, "민원계장", "총무계장"), p2=d.P(),
        t3=C(d, "행정서기보", "행정주사"),
        tel=V("PHONE_NUMBER", "%s-%d-%04d" % (old_area, r.randint(200, 999), r.randint(0, 9999)), "landline"))


@tpl("T03", "민원회신", 20)
def t_minwon_reply(d):
    r = d.rng
    inst = d.inst()
    p = d.P(C(d, None, None, "ko_double_surname"))
    d.layout = ["minwon_result"]
    head = C(d, "민원 처리 결과 통지", "민원회신", "국민신문고 민원 답변")
    d.f("{h}\n\n접수번호: {rn}\n신청인: {p} 귀하\n", h=head, rn=d.recno("jeopsu"), p=p)
    if r.random() < 0.6:
        a, z, ref = d.ADDR()
        d.f("주소: ({z}) {a}\n", z=z, a=a)
    if r.random() < 0.6:
        d.f("연락처: {t}\n", t=d.TEL("mobile"))
    d.f("접수일: {dt}\n\n", dt=d.date())
    d.f("1. 평소 {i} 행정에 관심을 가져 주신 데 감사드립니다.\n", i=inst[0])
    d.f("2. 귀하께서 {q}에 대하여 문의하신 민원은 다음과 같습니다.\n", q=C(d, "주택가 불법 주차 단속", "가로등 고장 신고", "재산세 감면", "학교 앞 횡단보도 설치", "공원 내 흡연 단속"))
    if r.random() < 0.4:
        d.f("   - 현장 확인 결과 신고하신 차량({car})은 {x}.\n", car=d.CAR(), x=C(d, "과태료 부과 대상입니다", "이미 이동 조치되었습니다"))
    d.f("3. {law}에 따라 {x}.\n", law=d.law(), x=C(d, "조치하였음을 알려 드립니다", "불가함을 양해하여 주시기 바랍니다"))
    sc = r.choice(SHORTCODES[:2])
    d.f("4. 추가 문의 사항은 {dept} {t} {o}(☎ {tel})에게 연락하시거나 {scn}({sc})로 문의하시기 바랍니다.\n",
        dept=r.choice(DEPTS), t=r.choice(TITLES), o=d.P(), tel=inst_lines(d, inst)[0], scn=sc[1], sc=N("sw", sc[0]))
    d.f("\n{head}", head=N("off", inst[5]))


@tpl("T04", "정보공개", 16)
def t_info_request(d):
    r = d.rng
    d.layout = ["label_value_grid"]
    p = d.P()
    a, z, ref = d.ADDR()
    sep = C(d, " | ", "\t", "  ")
    d.f("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제1호서식]\n\n정보공개 청구서\n\n접수번호{s}{rn}{s}접수일자{s}{dt}{s}처리기간{s}10일\n",
        s=sep, rn=d.recno("jeopsu"), dt=d.date(2026, 2026))
    if r.random() < 0.5:
        d.f("청구인{s}성명(법인·단체명 및 대표자 성명){s}{p}{s}생년월일{s}{dob}\n", s=sep, p=p, dob=d.DOB())
    else:
        d.f("청구인{s}성명{s}{p}{s}주민등록번호(앞 6자리){s}{dob}\n", s=sep, p=p, dob=d.DOB(form="yymmdd"))
    d.f("{s}주소(소재지){s}{a}\n{s}전화번호{s}{t}{s}팩스번호{s}{fx}\n{s}전자우편주소{s}{e}\n", s=sep, a=a, t=d.TEL("mobile"),
        fx=C(d, "", V("PHONE_NUMBER", gen_landline(r)[0], "fax")), e=d.EM("personal"))
    d.f("청구 내용{s}{x}\n", s=sep, x=C(d, "2025년도 업무추진비 집행 내역 일체", "○○동 도시계획도로 개설 관련 회의록", "관내 CCTV 설치 위치 목록", "2026년 상반기 민원 처리 통계"))
    d.f("공개 방법{s}[ ]열람·시청 [ ]사본·출력물 [v]전자파일 [ ]복제·인화물 [ ]기타\n수령 방법{s}[ ]직접 방문 [ ]우편 [ ]모사전송 [v]정보통신망 [ ]전자우편\n", s=sep)
    d.f("수수료 감면 여부{s}[ ]해당 [v]해당 없음\n\n{law}에 따라 위와 같이 정보의 공개를 청구합니다.\n\n{dt}\n청구인 {p2} (서명 또는 인)\n\n{inst} 귀하",
        s=sep, law=N("law", "「공공기관의 정보공개에 관한 법률」 제10조 제1항"), dt=d.date(2026, 2026), p2=p, inst=N("off", d.inst()[5]))


@tpl("T05", "정보공개", 16)
def t_info_decision(d):
    r = d.rng
    inst = d.inst()
    d.layout = ["decision_notice"]
    nopii = r.random() < 0.2
    d.f("정보 ({k}) 결정 통지서\n\n수신자  ", k=C(d, "공개", "부분공개", "비공개"))
    if nopii:
        d.no_pii = True
        d.f("{p} 귀하 (경유)\n", p=N("ph", C(d, "김○○", "이○○", "박○○")))
    else:
        a, z, ref = d.ADDR()
        d.f("{p} 귀하 ({z} {a})\n", p=d.P(), z=z, a=a)
    d.f("\n접수번호 {rn}  접수일 {dt}\n청구 내용: {x}\n\n", rn=d.recno("jeopsu"), dt=d.date(2026, 2026),
        x=C(d, "2025년 시설물 안전점검 결과보고서", "○○초등학교 급식 납품업체 현황", "민원 처리 담당자 명단"))
    d.f("공개 내용 | 공개 일시 | 공개 장소 | 공개 방법\n전부 | {dt} | 정보통신망 | 전자파일\n\n", dt=d.date(2026, 2026))
    d.f("비공개(부분공개) 내용 및 사유: 제3자의 성명·연락처 등 개인에 관한 정보로서 {law}에 해당하여 해당 부분을 가리고 공개합니다.\n",
        law=N("law", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"))
    d.f("수수료: {a} (감면 사유: 없음)  우편요금: {b}\n\n", a=d.amt(300, 9000), b=d.amt(500, 5000))
    d.f("※ 결정에 대하여 불복이 있는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.\n\n{head}\n",
        head=N("off", inst[5]))
    if nopii:
        d.f("담당부서 {dept} 전화 {sw}(대표)", dept=r.choice(DEPTS), sw=N("sw", inst[3]))
    else:
        d.f("담당자 {t} {p} 전화 {tel}", t=r.choice(TITLES), p=d.P(), tel=inst_lines(d, inst)[0])


@tpl("T06", "동의서", 18)
def t_consent(d):
    r = d.rng
    d.layout = ["consent_form"]
    blank = r.random() < 0.25
    d.f("개인정보 수집·이용 동의서\n\n{i}은(는) {what}을 위하여 {law}에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n",
        i=d.inst()[0], what=C(d, "교육 신청 접수", "자원봉사자 등록", "설문조사 경품 발송", "평생학습 강좌 운영"), law=N("law", "「개인정보 보호법」 제15조 제1항"))
    d.t("1. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소, 전자우편\n2. 이용 목적: 본인 확인 및 결과 안내\n3. 보유 기간: 사업 종료 후 1년\n4. 동의를 거부할 권리가 있으며, 거부 시 신청이 제한될 수 있습니다.\n\n")
    d.t("□ 동의함   □ 동의하지 않음\n\n")
    if blank:
        d.no_pii = True
        d.f("성명: {ex} (작성 예시)   생년월일: ____년 __월 __일\n연락처: 010-____-____\n주소: \n\n{dt}\n신청인            (서명)\n",
            ex=N("ph", "홍길동"), dt=d.date(2026, 2026))
        return
    sep = C(d, ": ", " : ", "\t")
    p = d.P(C(d, None, None, "ko_2"))
    d.f("성명{s}{p}\n생년월일{s}{dob}\n휴대전화{s}{t}\n", s=sep, p=p, dob=d.DOB(), t=d.TEL("mobile"))
    if r.random() < 0.7:
        a, z, ref = d.ADDR()
        d.f("주소{s}{a}\n", s=sep, a=a)
    if r.random() < 0.6:
        d.f("전자우편{s}{e}\n", s=sep, e=d.EM("personal"))
    if r.random() < 0.3:
        d.f("법정대리인{s}{p} (관계: {rel}) {t}\n", s=sep, p=d.P(), rel=C(d, "부", "모", "후견인"), t=d.TEL("mobile"))
    d.f("\n{dt}\n본인 {p} (서명)", dt=d.date(2026, 2026), p=p)


@tpl("T07", "재난지원금·복지급여", 18)
def t_disaster_aid(d):
    r = d.rng
    d.layout = ["application_table"]
    app = d.P()
    ab = birth(r, 1945, 1990)
    rr = d.RRN(C(d, "valid", "valid", "masked"), b=ab)
    a, z, ref = d.ADDR()
    acc, bank = d.ACC()
    d.f("{x} 지급 신청서\n\n※ 뒤쪽의 작성 방법을 읽고 작성하시기 바랍니다.\n\n", x=C(d, "재난지원금", "민생회복 지원금", "긴급재난생활비", "에너지바우처"))
    d.f("신청인 | 성명 | {p} | 주민등록번호 | {rr}\n       | 주소 | {a}\n       | 연락처 | {t}\n", p=app, rr=rr, a=a, t=d.TEL("mobile"))
    if r.random() < 0.5:
        d.f("       | 건강보험증 번호 | {hi}\n", hi=d.HI())
    if r.random() < 0.4:
        d.f("지급 방식 | 신용·체크카드 충전 | 카드번호 | {c} | 카드 명의 | {p}\n\n", c=d.CARD(masked=r.random() < 0.25), p=app)
    else:
        d.f("지급 계좌 | 은행명 | {b} | 계좌번호 | {acc} | 예금주 | {p}\n\n", b=bank, acc=acc, p=app)
    d.t("세대원 현황\n")
    if r.random() < 0.5:
        d.t("관계 | 성명 | 주민등록번호\n")
    rels = r.sample(["배우자", "자녀", "자녀", "모", "손자녀"], r.randint(1, 4))
    for rel in rels:
        off = {"배우자": (-4, 4), "자녀": (22, 38), "모": (-35, -20), "손자녀": (48, 70)}[rel]
        bb = near_birth(r, ab[0] + off[0], ab[0] + off[1])
        sx = 1 if rel == "모" else None
        if bb >= (2020, 10, 1):
            rr = d.RRN("post2020") if r.random() < 0.7 else d.RRN("masked", b=bb)
        else:
            rr = d.RRN(C(d, "valid", "masked"), b=bb, sex=sx)
        d.f("{rel} | {p} | {rr}\n", rel=rel, p=d.P(), rr=rr)
    d.f("\n위와 같이 신청하며, 지급 요건 확인을 위한 소득·재산 조회에 동의합니다.\n\n{dt}\n신청인 {p} (서명)\n\n{o} 귀하\n문의: {sw}",
        dt=d.date(2026, 2026), p=app, o=N("off", C(d, "수원시장", "마포구청장", "해운대구청장", "흥덕구청장")), sw=d.switch())


@tpl("T08", "재난지원금·복지급여", 16)
def t_welfare(d):
    r = d.rng
    d.layout = ["household_list_noheader"]
    d.f("{x} 신청(변경)서\n\n", x=C(d, "사회보장급여", "의료급여", "기초생활보장 급여", "주거급여"))
    p = d.P()
    ab = birth(r, 1950, 1990)
    d.f("신청인 성명 {p}  주민등록번호 {rr}\n", p=p, rr=d.RRN(b=ab))
    a, z, ref = d.ADDR(unit=True)
    d.f("주소 ({z}) {a}  전화 {t}\n", z=z, a=a, t=d.TEL())
    d.t("가구원\n")
    sep = C(d, "\t", "   ", "  ")
    for rel in r.sample(["배우자", "자녀", "자녀", "모"], r.randint(2, 4)):
        off = {"배우자": (-4, 4), "자녀": (22, 38), "모": (-35, -20)}[rel]
        bb = near_birth(r, ab[0] + off[0], ab[0] + off[1])
        if bb >= (2020, 10, 1):
            rr = d.RRN("post2020")
        else:
            rr = d.RRN(C(d, "valid", "masked"), b=bb, sex=1 if rel == "모" else None)
        ag = age_of(rr.extra["birth"])
        job = "미취학" if ag < 7 else "학생" if ag < 20 else r.choice(["무직", "일용직", "자영업", "-"])
        d.f("{p}{s}{rel}{s}{rr}{s}{hi}{s}{job}\n", p=d.P(), s=sep, rel=rel, rr=rr, hi=d.HI(), job=job)
    acc, bank = d.ACC()
    d.f("\n급여 수령 계좌: {b} {acc} (예금주 {p})\n", b=bank, acc=acc, p=p)
    d.f("※ 허위 신청 시 {law}에 따라 지급된 급여가 환수될 수 있습니다.\n접수 {dt} / {o}", law=d.law(), dt=d.date(2026, 2026),
        o=N("off", C(d, "○○동 행정복지센터장", "읍장", "면장")))


@tpl("T09", "병무", 16)
def t_military(d):
    r = d.rng
    d.layout = ["form_grid"]
    p = d.P()
    b = birth(r, 1998, 2007)
    kind = r.choices([0, 1, 2], [55, 25, 20])[0]
    title = ["국외여행 허가 신청서", "입영일자 연기 신청서", "병역판정검사 일자 변경 신청"][kind]
    d.f("■ 병역법 시행규칙 [별지 서식]\n{t}\n\n", t=title)
    sep = C(d, " | ", "  ")
    d.f("성명{s}{p}{s}주민등록번호{s}{rr}\n", s=sep, p=p, rr=d.RRN(C(d, "valid", "masked"), b=b, sex=0))
    a, z, ref = d.ADDR()
    d.f("주소{s}{a}\n휴대전화{s}{t}{s}전자우편{s}{e}\n", s=sep, a=a, t=d.TEL("mobile"), e=d.EM("personal"))
    if kind == 0:
        d.f("여권번호{s}{pp}{s}여행 국가{s}{c}{s}기간{s}{d1} ~ {d2}\n", s=sep, pp=d.PP(C(d, "kr_old", "kr_new", "kr_new")),
            c=C(d, "미국", "캐나다", "호주", "베트남", "독일"), d1=d.date(2026, 2026), d2=d.date(2027, 2027))
        d.f("여행 목적{s}{x}\n", s=sep, x=C(d, "어학연수", "유학(학부 과정)", "단기 여행", "해외 취업"))
    elif kind == 1:
        d.f("연기 사유{s}{x}\n", s=sep, x=C(d, "질병 치료", "자격시험 응시", "가족 간병"))
    else:
        d.f("현재 판정검사 일자{s}{d1}{s}희망 일자{s}{d2}\n", s=sep, d1=d.date(2026, 2026), d2=d.date(2026, 2026))
    if r.random() < 0.5:
        d.f("보호자{s}{p}{s}관계{s}{rel}{s}연락처{s}{t}\n", s=sep, p=d.P(), rel=C(d, "부", "모"), t=d.TEL("mobile"))
    d.f("\n{law}에 따라 위와 같이 신청합니다.\n{dt}\n신청인 {p} (서명)\n\n{o} 귀하\n병무민원 상담 {sw}",
        law=N("law", "「병역법」 제70조 제1항"), dt=d.date(2026, 2026), p=p, o=N("off", C(d, "경인지방병무청장", "서울지방병무청장", "대구경북지방병무청장")),
        sw=N("sw", "1588-9090"))


@tpl("T10", "선거관리", 16)
def t_election(d):
    r = d.rng
    kind = r.choices([0, 1, 2], [45, 30, 25])[0]
    if kind == 0:
        d.layout = ["overseas_voter_form"]
        p = d.P()
        d.f("재외선거인 등록신청서\n\n성명(한글) {p}   성명(영문) {pe}\n생년월일 {dob}   성별 {g}\n여권번호 {pp}\n",
            p=p, pe=V("PERSON", r.choice(ROMAN_S).upper() + " " + r.choice(ROMAN_G).upper(), "ko_latin"),
            dob=d.DOB(form=C(d, "dot", "iso", "kor")), g=C(d, "남", "여"), pp=d.PP(C(d, "kr_old", "kr_new")))
        d.f("국내 최종 주소지 {a}\n해외 주소 {ov}\n전자우편 {e}   전화 {t}\n", a=d.ADDR()[0],
            ov=C(d, "Toronto, Canada", "Sydney, Australia", "Hanoi, Vietnam", "Frankfurt, Germany"), e=d.EM("personal"),
            t=V("PHONE_NUMBER", "+82 10-%d-%s" % (r.randint(2000, 9999), digits(r, 4)), "intl"))
        d.f("\n{law}에 따라 재외선거인 등록을 신청합니다.\n{dt}  신청인 {p}\n\n{o} 귀하", law=N("law", "「공직선거법」 제218조의5"),
            dt=d.date(2026, 2026), p=p, o=N("off", "중앙선거관리위원회위원장"))
    elif kind == 1:
        d.layout = ["appointment_list_table"]
        d.f("{e} 투표사무원 위촉 명단\n\n", e=C(d, "제9회 전국동시지방선거", "제23대 국회의원선거", "제22대 대통령선거"))
        hdr = r.random() < 0.6
        if hdr:
            d.t("연번 | 투표소 | 성명 | 생년월일 | 연락처 | 비고\n")
        for k in range(r.randint(3, 6)):
            d.f("{k} | {tp} | {p} | {dob} | {t} | {x}\n", k=k + 1, tp=C(d, "제1투표소", "제2투표소", "제3투표소", "제4투표소"),
                p=d.P(), dob=d.DOB(b=birth(r, 1962, 2005), form=C(d, "dot", "short_dot", "yymmdd")), t=d.TEL("mobile"), x=C(d, "공무원", "교사", "일반", ""))
        d.f("\n{o}", o=N("off", C(d, "○○구선거관리위원회위원장", "○○시선거관리위원회 사무국장")))
    else:
        d.layout = ["violation_report"]
        d.f("선거법 위반행위 신고 접수 기록\n\n접수 {rn} / {dt}\n신고인 {p} ({t}, {e})\n피신고인 {q} ({w})\n내용: {x}\n처리: {y}\n담당 {t2} {o}",
            rn=d.recno("gwanri"), dt=d.date(2026, 2026), p=d.P(), t=d.TEL("mobile"), e=d.EM(), q=d.P(),
            w=C(d, "예비후보자", "선거사무원", "후보자 배우자"), x=C(d, "기부행위 의심", "허위사실 공표 현수막", "사전선거운동 문자 발송"),
            y=C(d, "조사 착수", "경고 조치", "수사 의뢰"), t2=C(d, "주무관", "조사관"), o=d.P())


@tpl("T11", "부동산·등기", 16)
def t_registry(d):
    r = d.rng
    kind = r.randint(0, 2)
    if kind == 0:
        d.layout = ["register_extract"]
        a, z, ref = d.ADDR(kind="jibun", sido_form="full", unit=C(d, True, False))
        d.f("등기사항전부증명서(말소사항 포함) - {k}\n\n[표제부] (건물의 표시)\n소재지번 {a}\n", k=C(d, "집합건물", "토지", "건물"), a=a)
        d.f("고유번호 {rec}\n\n[갑구] (소유권에 관한 사항)\n순위번호 | 등기목적 | 접수 | 등기원인 | 권리자 및 기타사항\n",
            rec=N("rec", "%04d-%04d-%06d" % (r.randint(1101, 2899), r.randint(1995, 2024), r.randint(1, 999999))))
        for k in range(r.randint(1, 2)):
            a2 = d.ADDR()[0]
            d.f("{k} | 소유권이전 | {dt} 제{n}호 | {dt2} 매매 | 소유자 {p} {rr}\n  {a}\n", k=k + 1, dt=d.date(2010, 2025), n=r.randint(1000, 99999),
                dt2=d.date(2010, 2025), p=d.P(), rr=d.RRN(C(d, "masked7", "masked7", "masked")), a=a2)
        d.f("\n[을구] (소유권 이외의 권리에 관한 사항)\n1 | 근저당권설정 | 채권최고액 {amt} | 채무자 {p} | 근저당권자 {co} {crn}\n",
            amt=d.amt(10000000, 900000000), p=d.P(), co=N("co", C(d, "주식회사 한빛저축은행", "누리캐피탈 주식회사", "(주)가람신용")), crn=d.CRN())
        d.f("\n관할등기소 {o} / 발행일 {dt}", o=C(d, "서울중앙지방법원 등기국", "수원지방법원 등기과", "대구지방법원 북대구등기소"), dt=d.date(2026, 2026))
    elif kind == 1:
        d.layout = ["land_ledger"]
        d.f("토지대장\n\n고유번호 {rec}  도면번호 {n}  장번호 {m}\n토지 소재 {a}\n", rec=N("rec", "%d-%d-%d" % (r.randint(41000, 48999), r.randint(10000, 99999), r.randint(1000, 9999))),
            n=r.randint(1, 40), m=r.randint(1, 9), a=d.ADDR(kind="jibun", unit=False)[0])
        d.t("지목 | 면적(㎡) | 사유 | 변동일자 | 소유자(성명 또는 명칭 / 주소 / 등록번호)\n")
        for _ in range(r.randint(1, 3)):
            if r.random() < 0.3:
                d.f("{j} | {ar} | 소유권이전 | {dt} | {co} / {a} / {crn}\n", j=C(d, "전", "답", "대", "임야"), ar=r.randint(100, 9000), dt=d.date(1990, 2025),
                    co=d.company(), a=d.ADDR(sido_form="none")[0], crn=d.CRN())
            else:
                d.f("{j} | {ar} | 소유권이전 | {dt} | {p} / {a} / {rr}\n", j=C(d, "전", "답", "대", "임야"), ar=r.randint(100, 9000), dt=d.date(1990, 2025),
                    p=d.P(), a=d.ADDR(sido_form="none")[0], rr=d.RRN(C(d, "masked7", "masked", "valid")))
        d.f("\n토지대장에 의하여 작성한 등본입니다.\n{dt}\n{o}", dt=d.date(2026, 2026), o=N("off", C(d, "양평군수", "파주시장", "서산시장")))
    else:
        d.layout = ["transaction_report"]
        d.f("부동산거래계약 신고서\n\n매도인 | 성명 {p} | 생년월일 {dob} | 전화 {t}\n       | 주소 {a}\n", p=d.P(), dob=d.DOB(), t=d.TEL("mobile"), a=d.ADDR()[0])
        d.f("매수인 | 성명 {p} | 주민등록번호 {rr} | 전화 {t}\n       | 주소 {a}\n", p=d.P(), rr=d.RRN(), t=d.TEL(), a=d.ADDR()[0])
        d.f("개업공인중개사 | 상호 {co} | 등록번호 {rn} | 대표 {p} | 사업자등록번호 {brn} | 전화 {t}\n", co=N("co", C(d, "한울공인중개사사무소", "가람부동산중개", "새솔공인중개사")),
            rn=d.recno("plain"), p=d.P(), brn=d.BRN(False), t=d.TEL("landline"))
        d.f("거래대상 {a}\n실제 거래가격 {amt}\n계약일 {dt}", a=d.ADDR(kind="jibun", sido_form="full")[0], amt=d.amt(50000000, 2000000000), dt=d.date(2025, 2026))


# ============================================================================= TEMPLATES (part B)
@tpl("T12", "세무·지방세", 18)
def t_local_tax(d):
    r = d.rng
    d.layout = ["tax_notice"]
    kind = r.randint(0, 2)
    tax = ["자동차세", "재산세", "주민세(사업소분)"][kind]
    d.f("{y}년 {m}기분 {t} 납세고지서\n\n", y=r.randint(2025, 2026), m=C(d, "1", "2", "정기"), t=tax)
    d.f("전자납부번호 {en}\n과세번호 {tn}\n", en=N("rec", "%05d-%d-%02d-%08d" % (r.randint(11000, 50999), r.randint(1, 9), r.randint(1, 12), r.randint(1, 99999999))),
        tn=N("rec", "%d-%d-%06d" % (r.randint(1101, 4999), 2026, r.randint(1, 999999))))
    if kind == 2 or r.random() < 0.2:
        d.f("납세자 {co} (대표자 {p})\n사업자등록번호 {brn}  법인등록번호 {crn}\n", co=d.company(), p=d.P(), brn=d.BRN(True), crn=d.CRN())
    else:
        d.f("납세자 {p}  ({rr})\n", p=d.P(), rr=d.RRN(C(d, "masked", "masked", "valid")))
    a, z, ref = d.ADDR()
    d.f("주소 ({z}) {a}\n", z=z, a=a)
    if kind == 0:
        d.f("과세대상 {car} ({m}, {cc}cc)\n", car=d.CAR(C(d, "2d", "3d", "3d", "nospace")), m=C(d, "승용", "승합"), cc=r.randint(998, 3500))
    elif kind == 1:
        d.f("과세대상 {a}\n", a=d.ADDR(kind=C(d, "jibun", "road"), unit=True)[0])
    d.f("세목 | 납기 내 금액 | 납기 후 금액\n{t} | {a1} | {a2}\n지방교육세 | {a3} | {a4}\n\n",
        t=tax, a1=d.amt(10000, 900000), a2=d.amt(10000, 900000), a3=d.amt(1000, 90000), a4=d.amt(1000, 90000))
    d.f("납부기한 {dt}\n{law}에 따라 위와 같이 고지합니다.\n{o}\n문의 {dept} {tel} / 지방세 상담 {sw}",
        dt=d.date(2026, 2026), law=N("law", C(d, "「지방세법」 제125조", "「지방세기본법」 제60조", "「지방세징수법」 제12조")),
        o=N("off", C(d, "수원시장", "마포구청장", "해운대구청장", "청주시장", "전주시장")), dept=C(d, "세무과", "징수과", "재산세과"),
        tel=inst_lines(d, d.inst())[0], sw=N("sw", C(d, "1588-2188", "1577-1255")))


@tpl("T13", "출입국·체류", 18)
def t_immigration(d):
    r = d.rng
    d.layout = ["stay_application"]
    lat, han, nat = foreign_pair(r)
    pl = V("PERSON", lat, "foreign_latin", extra={"nat": nat})
    d.f("통합신청서 (신고서)\nAPPLICATION FORM\n\n[ ] 외국인 등록 [v] 체류기간 연장허가 [ ] 체류자격 변경허가 [ ] 체류지 변경신고\n\n", )
    d.f("성 Surname / 명 Given names: {p}\n", p=pl)
    if r.random() < 0.5:
        d.f("한글 성명: {p}\n", p=V("PERSON", han, "foreign_hangul"))
    fb = birth(r, 1960, 2004)
    sex = 1 if set(lat.upper().split()) & FEMALE_GIVEN else 0
    d.f("생년월일 Date of Birth: {dob}   성별 Sex: [{g}]\n국적 Nationality: {n}\n", dob=d.DOB(b=fb, form=C(d, "iso", "dot", "eng", "compact")), g="MF"[sex], n=nat)
    masked = r.random() < 0.15
    frn = gen_frn(r, b=fb, sex=sex, masked=masked)[0]
    d.f("외국인등록번호 Alien Registration No.: {frn}\n", frn=V("KR_FRN", frn, "frn_masked" if masked else "frn_legacy"))
    d.f("여권번호 Passport No.: {pp}   발급일자 {dt1}   유효기간 {dt2}\n", pp=d.PP("foreign", nat), dt1=d.date(2019, 2024), dt2=d.date(2027, 2033))
    a, z, ref = d.ADDR()
    d.f("대한민국 내 주소 Address in Korea: {a}\n전화 Telephone: {t}   휴대전화 Cell phone: {m}\n", a=a, t=C(d, "", d.TEL("landline")), m=d.TEL("mobile"))
    if r.random() < 0.5:
        d.f("전자우편 E-mail: {e}\n", e=d.EM("personal"))
    d.f("본국 주소 Address in Home Country: {h}\n", h=HOME_ADDR[nat])
    d.f("근무처 Employer: {co}  사업자등록번호 {brn}  대표자 {p}  전화 {t}\n", co=d.company(), brn=d.BRN(), p=d.P(), t=d.TEL(C(d, "landline", "070")))
    d.f("\n신청일 {dt}   신청인 서명 {sig}\n{o} 귀하 / 외국인종합안내센터 {sw}", dt=d.date(2026, 2026), sig=pl,
        o=N("off", C(d, "서울출입국·외국인청장", "수원출입국·외국인청장", "김해출입국·외국인사무소장")), sw=N("sw", "1345"))


@tpl("T14", "의료급여·장애판정", 16)
def t_disability(d):
    r = d.rng
    d.layout = ["referral_form"]
    p = d.P()
    d.f("{t}\n\n", t=C(d, "장애 정도 심사용 진단서 발급 의뢰서", "의료급여 의뢰서", "장애정도 재판정 안내"))
    d.f("대상자\n  성명: {p}   주민등록번호: {rr}\n", p=p, rr=d.RRN("post2020") if r.random() < 0.25 else d.RRN(C(d, "valid", "masked")))
    d.f("  {k}: {hi}\n", k=C(d, "건강보험증 번호", "의료급여증 번호", "건강보험 증번호"), hi=d.HI())
    a, z, ref = d.ADDR()
    d.f("  주소: {a}\n  연락처: {t} (보호자 {g} {gt})\n", a=a, t=d.TEL(), g=d.P(), gt=d.TEL("mobile"))
    d.f("장애 유형: {x}\n의뢰 사유: {y}\n", x=C(d, "지체", "시각", "청각", "뇌병변", "신장", "정신"), y=C(d, "신규 등록", "재판정 도래", "유형 추가"))
    d.f("진단 의료기관: {h} (요양기관기호 {code})\n전문의: {doc} (면허번호 제{lic}호)\n", h=C(d, "가람대학교병원", "한빛의료원", "늘품재활의원"),
        code=N("rec", digits(r, 8)), doc=d.P(), lic=N("rec", str(r.randint(10000, 99999))))
    d.f("\n{law}에 따라 위와 같이 의뢰합니다.\n{dt}\n{o}\n담당 {t} {q} ☎ {tel}", law=N("law", C(d, "「장애인복지법」 제32조", "「의료급여법」 제3조 제1항")),
        dt=d.date(2026, 2026), o=N("off", C(d, "○○구청장", "○○동장", "국민연금공단 ○○지사장")), t=r.choice(TITLES), q=d.P(), tel=inst_lines(d, d.inst())[0])


@tpl("T15", "교육청·학교", 18)
def t_school(d):
    r = d.rng
    kind = r.randint(0, 2)
    if kind == 0:
        d.layout = ["counselling_note"]
        s = d.P()
        d.f("학생 상담 기록부 ({c})\n\n학년/반/번호: {g}학년 {b}반 {n}번   성명: {s}   생년월일: {dob}\n", c=C(d, "담임", "전문상담교사"),
            g=r.randint(1, 6), b=r.randint(1, 9), n=r.randint(1, 30), s=s, dob=d.DOB(b=birth(r, 2008, 2019)))
        d.f("보호자: {p} ({rel}, {t})\n상담일: {dt}\n상담 내용: {x}\n조치: {y}\n상담교사 {q}", p=d.P(), rel=C(d, "부", "모", "조모"),
            t=d.TEL("mobile"), dt=d.date(2026, 2026), x=C(d, "교우 관계 어려움 호소", "잦은 지각", "진로 고민", "가정 내 갈등"),
            y=C(d, "Wee클래스 연계", "보호자 면담 예정", "관찰 지속"), q=d.P())
    elif kind == 1:
        d.layout = ["parent_contact_table"]
        d.f("{sch} {g}학년 {b}반 비상연락망\n\n", sch=N("word", C(d, "한솔초등학교", "가온중학교", "누리고등학교", "나래초등학교")), g=r.randint(1, 6), b=r.randint(1, 8))
        hdr = r.random() < 0.5
        if hdr:
            d.t("번호 | 학생 | 보호자 | 연락처 | 비고\n")
        for k in range(r.randint(4, 7)):
            d.f("{k} | {s} | {p} | {t} | {x}\n", k=k + 1, s=d.P(), p=d.P(), t=d.TEL("mobile"), x=C(d, "", "맞벌이", "조부모 양육", ""))
        d.f("\n※ 외부 유출 금지  담임 {q}", q=d.P())
    else:
        d.layout = ["transfer_application"]
        s = d.P()
        d.f("전·입학 신청서\n\n학생 성명 {s}  주민등록번호 {rr}\n현 소속 {a}\n전입 주소 {ad}\n보호자 {p}  휴대전화 {t}  전자우편 {e}\n\n{law}에 따라 위와 같이 신청합니다.\n{dt}\n{o} 귀하",
            s=s, rr=d.RRN(C(d, "valid", "masked"), b=birth(r, 2008, 2019)), a=N("word", C(d, "한솔초등학교 3학년", "가온중학교 1학년", "새봄초등학교 5학년")),
            ad=d.ADDR()[0], p=d.P(), t=d.TEL("mobile"), e=d.EM(), law=N("law", "「초·중등교육법 시행령」 제21조"),
            dt=d.date(2026, 2026), o=N("off", C(d, "대구광역시교육감", "경기도교육감", "○○교육지원청 교육장")))


@tpl("T16", "보훈", 14)
def t_veterans(d):
    r = d.rng
    d.layout = ["veterans_application"]
    kind = r.randint(0, 1)
    p = d.P()
    if kind == 0:
        d.f("국가유공자 등 등록신청서 ({k})\n\n", k=C(d, "본인", "유족"))
        d.f("신청인 성명 {p}   생년월일 {dob}   관계 {rel}\n주소 {a}\n전화 {t}\n", p=p, dob=d.DOB(b=birth(r, 1940, 1990)),
            rel=C(d, "본인", "배우자", "자녀"), a=d.ADDR()[0], t=d.TEL())
        if r.random() < 0.7:
            d.f("대상자(전사·순직자) 성명 {q}   군번 {gn}   주민등록번호 {rr}\n", q=d.P(), gn=N("rec", "%d-%d" % (r.randint(10, 99), r.randint(100000, 9999999))),
                rr=d.RRN("valid", b=birth(r, 1930, 1965)))
        d.f("입대일 {d1}  전역일 {d2}  소속 {u}\n\n{law}에 따라 위와 같이 신청합니다.\n", d1=d.date(1950, 1990), d2=d.date(1953, 1995),
            u=C(d, "육군 제○사단", "해병대 제○여단", "공군 제○비행단"), law=N("law", "「국가유공자 등 예우 및 지원에 관한 법률」 제6조"))
    else:
        d.f("보훈급여금 지급계좌 변경 신청\n\n보훈번호 {bn}\n성명 {p}  주민등록번호 {rr}\n", bn=N("rec", "%d-%06d" % (r.randint(11, 99), r.randint(1, 999999))),
            p=p, rr=d.RRN(C(d, "valid", "masked"), b=birth(r, 1935, 1975)))
        a1, b1 = d.ACC()
        a2, b2 = d.ACC()
        d.f("변경 전 계좌 {b1} {a1}\n변경 후 계좌 {b2} {a2}  예금주 {p}\n연락처 {t}\n", b1=b1, a1=a1, b2=b2, a2=a2, p=p, t=d.TEL("mobile"))
    d.f("{dt}\n{o} 귀하 / 보훈상담센터 {sw}", dt=d.date(2026, 2026), o=N("off", C(d, "대전지방보훈청장", "서울지방보훈청장", "수원보훈지청장")), sw=N("sw", "1577-0606"))


@tpl("T17", "경찰", 18)
def t_police_statement(d):
    r = d.rng
    d.layout = ["statement_qa"]
    p = d.P()
    d.f("진 술 조 서\n\n성       명 : {p}\n주민등록번호 : {rr}\n직       업 : {job}\n주       거 : {a}\n등록기준지 : {b}\n직 장 주 소 : {w}\n연  락  처 : 자택전화 {t1} 휴대전화 {t2}\n전자우편 : {e}\n\n",
        p=p, rr=d.RRN(C(d, "valid", "valid", "masked")), job=C(d, "회사원", "자영업", "무직", "택시기사", "대학생"), a=d.ADDR()[0],
        b=C(d, "생략", d.ADDR(kind="jibun", unit=False)[0]), w=C(d, "없음", "생략", d.ADDR(unit=True)[0]), t1=C(d, "없음", d.TEL("landline")),
        t2=d.TEL("mobile"), e=C(d, "없음", d.EM()))
    d.f("위의 사람은 {c} 사건에 관하여 {dt} {o}에 임의 출석하여 다음과 같이 진술하다.\n\n", c=C(d, "교통사고처리특례법위반", "사기", "절도", "도로교통법위반(음주운전)"),
        dt=d.date(2026, 2026), o=C(d, "서울서부경찰서 교통조사계", "○○경찰서 수사과", "○○지구대"))
    d.t("문 : 진술인은 운전면허가 있는가요.\n")
    d.f("답 : 예, {k} 면허가 있고 면허번호는 {dl}입니다.\n", k=C(d, "1종 보통", "2종 보통", "1종 대형"), dl=d.DL())
    car = d.CAR()
    d.f("문 : 사고 당시 운전한 차량은 무엇인가요.\n답 : 제 소유 {m} {car}입니다.\n", m=C(d, "승용차", "SUV", "화물차"), car=car)
    q = d.P()
    d.f("문 : 상대 차량 운전자를 아는가요.\n답 : 모릅니다. 사고 후 명함을 받았는데 {q}{j}는 사람이고 전화번호는 {t}였습니다. 상대 차량은 {car2}입니다.\n",
        q=q, j=josa(q, "이라", "라"), t=d.TEL("mobile"), car2=d.CAR())
    if r.random() < 0.4:
        acc_bank = d.ACC()
        d.f("문 : 피해 변제는 어떻게 하였나요.\n답 : {b} {acc}로 {amt}을 송금했습니다.\n", b=acc_bank[1], acc=acc_bank[0], amt=d.amt(100000, 5000000))
    d.f("문 : 더 할 말이 있는가요.\n답 : 없습니다.\n\n위의 조서를 진술자에게 열람하게 하였던바 진술한 대로 오기나 증감·변경할 것이 전혀 없다고 말하므로 간인한 후 서명(기명)날인하게 하다.\n\n진술자 {p}\n\n{dt}\n{o}\n사법경찰리 {rk} {c}",
        p=p, dt=d.date(2026, 2026), o=N("off", C(d, "서울서부경찰서", "○○경찰서")), rk=C(d, "경장", "경사", "순경"), c=d.P())


@tpl("T18", "법원송달", 16)
def t_court_service(d):
    r = d.rng
    d.layout = ["service_report"]
    d.f("{t}\n\n사건 {cn} {k}\n", t=C(d, "송 달 보 고 서", "특별송달 보고서", "우편송달보고서"), cn=d.caseno(), k=C(d, "대여금", "손해배상(기)", "부당이득금", "건물명도"))
    defendant = d.P()
    d.f("원고 {a}\n피고 {b}\n", a=C(d, d.P(), d.company()), b=defendant)
    p = defendant if r.random() < 0.8 else d.P()
    a, z, ref = d.ADDR(unit=True)
    d.f("송달서류 {x} 1부\n송달받을 사람 {p}\n송달장소 ({z}) {a}{ref}\n", x=C(d, "소장 부본", "변론기일통지서", "판결정본", "이행권고결정서"), p=p, z=z, a=a,
        ref=(" " + ref) if ref else "")
    how = r.randint(0, 2)
    if how == 0:
        d.f("송달일시 {dt} {h}시 {m}분\n송달방법 본인에게 교부\n수령인 {p} (서명)\n", dt=d.date(2026, 2026), h=r.randint(9, 18), m=r.randint(0, 59), p=p)
    elif how == 1:
        q = d.P()
        d.f("송달일시 {dt}\n송달방법 보충송달 (수령인: {q}, 송달받을 사람과의 관계: {rel}, 연락처 {t})\n", dt=d.date(2026, 2026), q=q, rel=C(d, "처", "남편", "모", "동거인"), t=d.TEL("mobile"))
    else:
        d.f("송달불능 사유 {x}\n(이웃 주민 진술: {y})\n", x=C(d, "폐문부재", "이사불명", "수취인불명"), y=C(d, "약 2개월 전 이사함", "평일 낮에는 사람이 없음"))
    d.f("\n위와 같이 송달하였음을 보고합니다.\n{dt}\n{who} {p}\n{o} 귀중", dt=d.date(2026, 2026), who=C(d, "집행관", "우편집배원", "법원경위"), p=d.P(),
        o=N("off", C(d, "창원지방법원", "서울중앙지방법원 민사3단독", "수원지방법원 안산지원")))


@tpl("T19", "채용서류", 18)
def t_recruitment(d):
    r = d.rng
    kind = r.randint(0, 2)
    org = C(d, "한국토지관리공사", "○○시설관리공단", "○○문화재단", "국립○○박물관")
    if kind == 0:
        d.layout = ["application_form"]
        p = d.P()
        d.f("{o} {y}년 {k} 응시원서\n\n응시번호 {no}   응시분야 {f}\n", o=org, y=2026, k=C(d, "공무직", "기간제 근로자", "신입사원"),
            no=N("rec", "%d-%04d" % (r.randint(1, 9), r.randint(1, 9999))), f=C(d, "사무행정", "운전", "시설관리", "전산"))
        d.f("성명 {p} (한자 ____)   생년월일 {dob}\n", p=p, dob=d.DOB(b=birth(r, 1975, 2004)))
        d.f("주소 {a}\n휴대전화 {t}   전자우편 {e}\n", a=d.ADDR()[0], t=d.TEL("mobile"), e=d.EM("personal"))
        if r.random() < 0.6:
            d.f("자격증 | 자격 종류 | 번호 | 취득일\n       | {k} | {n} | {dt}\n", k=C(d, "1종 대형 운전면허", "1종 보통 운전면허"), n=d.DL(), dt=d.date(2005, 2024))
        d.f("병역 | {x}\n보훈대상 | {y}\n\n위 기재 사항은 사실과 다름이 없습니다.\n{dt}  응시자 {p} (인)", x=C(d, "군필", "미필", "해당 없음"), y=C(d, "비대상", "대상(5%)"),
            dt=d.date(2026, 2026), p=p)
    elif kind == 1:
        d.layout = ["hire_document_checklist"]
        p = d.P()
        acc, bank = d.ACC()
        d.f("신규 임용 예정자 제출 서류 확인서\n\n성명 {p}  주민등록번호 {rr}\n급여 계좌 {b} {acc}\n비상 연락처 {t} ({rel} {q})\n",
            p=p, rr=d.RRN(), b=bank, acc=acc, t=d.TEL("mobile"), rel=C(d, "배우자", "부", "모"), q=d.P())
        d.f("건강보험 자격득실 확인서 (증번호 {hi}) 제출 [v]\n신원조회 동의서 [v]  채용신체검사서 [v]\n확인자 인사팀 {x} {s}", hi=d.HI(), x=r.choice(TITLES), s=d.P())
    else:
        d.layout = ["pass_list_masked"]
        d.no_pii = r.random() < 0.5
        d.f("{o} {y}년 제{n}회 채용 최종 합격자 공고\n\n{law}에 따라 최종 합격자를 다음과 같이 공고합니다.\n\n응시번호 | 성명 | 분야\n", o=org, y=2026, n=r.randint(1, 3),
            law=N("law", "「공공기관의 운영에 관한 법률」 제11조"))
        for _ in range(r.randint(3, 6)):
            if d.no_pii:
                d.f("{no} | {p} | {f}\n", no=N("rec", "%d-%04d" % (r.randint(1, 9), r.randint(1, 9999))), p=N("ph", r.choices(SUR1, SUR1_W)[0] + C(d, "○○", "*○", "○*")),
                    f=C(d, "사무", "기술", "운전"))
            else:
                d.f("{no} | {p} | {f}\n", no=N("rec", "%d-%04d" % (r.randint(1, 9), r.randint(1, 9999))), p=d.P(), f=C(d, "사무", "기술", "운전"))
        d.f("\n{dt}\n{o}장 / 문의 {sw}", dt=d.date(2026, 2026), o=org, sw=d.switch())


@tpl("T20", "역학조사", 18)
def t_epi(d):
    r = d.rng
    d.layout = ["epi_investigation"]
    fr = r.random() < 0.35
    age = 30
    import datetime
    rep_day = datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randint(20, 330))
    def before(k):
        x = rep_day - datetime.timedelta(days=k)
        return N("date", C(d, "%d. %d. %d." % (x.year, x.month, x.day), "%d-%02d-%02d" % (x.year, x.month, x.day), "%d/%d" % (x.month, x.day)))
    d.f("{dz} 환자 기초역학조사서\n\n관리번호 {no}   신고일 {dt}\n", dz=C(d, "제2급감염병", "결핵", "홍역", "엠폭스", "장관감염증"), no=d.recno("gwanri"),
        dt=N("date", "%d. %d. %d." % (rep_day.year, rep_day.month, rep_day.day)))
    if fr:
        nat = r.choice(sorted(FOREIGN))
        d.f("성명 {p}   국적 {n}   외국인등록번호 {frn}\n여권번호 {pp}   입국일 {dt}\n", p=d.FP(None, nat), n=nat, frn=d.FRN(), pp=d.PP("foreign", nat), dt=d.date(2026, 2026))
    else:
        rr = d.RRN(C(d, "valid", "valid", "masked"), b=birth(r, 1940, 2006))
        b = rr.extra["birth"]
        age = age_of(b)
        d.f("성명 {p}   주민등록번호 {rr}   나이 만 {age}세\n", p=d.P(), rr=rr, age=age)
        if r.random() < 0.4:
            d.f("여권번호 {pp} (최근 14일 이내 {c} 방문)\n", pp=d.PP(C(d, "kr_old", "kr_new")), c=C(d, "베트남", "태국", "필리핀"))
    jobs = ["미취학"] if fr is False and age < 7 else ["학생"] if not fr and age < 20 else ["무직", "경비원"] if not fr and age > 70 else ["요양보호사", "택배기사", "사무직", "생산직"]
    d.f("건강보험 {hi}   연락처 {t}\n거주지 {a}\n직업 {j}\n\n", hi=d.HI(), t=d.TEL("mobile"), a=d.ADDR()[0], j=r.choice(jobs))
    d.t("증상 발생 전후 동선\n")
    ks = sorted(r.sample(range(1, 14), 4))
    for _ in range(r.randint(2, 4)):
        x = r.randint(0, 3)
        if x == 0:
            d.f("- {dt} {h}시경 자차({car})로 {pl} 방문\n", dt=before(ks.pop()), h=r.randint(7, 22), car=d.CAR(), pl=C(d, "○○마트", "○○의원", "직장"))
        elif x == 1:
            d.f("- {dt} {pl}에서 카드 결제 ({c})\n", dt=before(ks.pop()), pl=C(d, "편의점", "식당", "약국"), c=d.CARD(masked=r.random() < 0.6))
        elif x == 2:
            d.f("- {dt} 가족 {p}({rel}, {t})와 동거\n", dt=before(ks.pop()), p=d.P(), rel=C(d, "배우자", "자녀", "모"), t=d.TEL("mobile"))
        else:
            d.f("- {dt} 대중교통 이용 (교통카드 {c})\n", dt=before(ks.pop()), c=d.CARD(brand=C(d, "bc", "local", "master"), masked=r.random() < 0.5))
    d.f("\n접촉자 분류: 가족 {n1}명, 직장 {n2}명\n조사자 {org} {t} {p} / 질병관리청 콜센터 {sw}", n1=r.randint(0, 4), n2=r.randint(0, 12),
        org=C(d, "광산구 보건소", "○○시 보건소"), t=C(d, "역학조사관", "주무관", "간호주사"), p=d.P(), sw=N("sw", "1339"))


@tpl("T21", "인사명령", 16)
def t_personnel(d):
    r = d.rng
    d.layout = ["personnel_order_table"]
    inst = d.inst()
    d.f("{i} 인사발령\n\n{o} 제{n}호\n{dt}자\n\n", i=inst[0], o=C(d, "인사명령", "발령"), n=r.randint(10, 450), dt=d.date(2026, 2026))
    hdr = r.random() < 0.6
    sep = C(d, " | ", "\t")
    if hdr:
        d.t(sep.join(["구분", "소속", "직급", "성명", "발령사항"]) + "\n")
    for _ in range(r.randint(3, 7)):
        k = r.choice(["승진", "전보", "신규임용", "휴직", "직무대리", "국외출장"])
        p = d.P(C(d, None, None, None, "ko_2", "ko_double_surname"))
        extra = ""
        if k == "국외출장":
            extra = [" (관용여권 ", V("KR_PASSPORT", C(d, "G", "G", "M") + digits(r, 8), "passport_kr_old") if r.random() < 0.5 else d.PP("kr_new"), ")"]
        what = {"승진": "%s에 보함" % C(d, "행정5급", "행정6급", "시설6급"), "전보": "%s 근무를 명함" % r.choice(DEPTS),
                "신규임용": "%s에 임함(시보)" % C(d, "행정9급", "전산9급", "사서9급"), "휴직": "%s 휴직을 명함" % C(d, "육아", "질병", "간병"),
                "직무대리": "%s 직무대리를 명함" % C(d, "팀장", "과장"), "국외출장": "%s에 출장을 명함" % C(d, "미국", "프랑스", "싱가포르", "베트남")}[k]
        d.t(k, sep, r.choice(DEPTS), sep, C(d, "행정5급", "행정6급", "행정7급", "전산7급", "사서8급", "시설6급"), sep, p, sep, what, extra, "\n")
    d.f("\n{h}", h=N("off", inst[5]))


@tpl("T22", "회의록", 16)
def t_minutes(d):
    r = d.rng
    d.layout = ["minutes_speakers"]
    if r.random() < 0.15:
        d.no_pii = True
        ppl = [N("ph", x) for x in r.sample(["A", "B", "C", "D", "E", "F"], r.randint(3, 5))]
    else:
        ppl = [d.P(C(d, None, None, "ko_double_surname", "ko_2")) for _ in range(r.randint(3, 6))]
    d.f("{c} 회의록\n\n일시: {dt} 14:00~16:10\n장소: {pl}\n", c=C(d, "제3차 지방보조금심의위원회", "정보공개심의회", "개인정보 보호 위원회", "학교운영위원회", "인사위원회"),
        dt=d.date(2026, 2026), pl=C(d, "본관 3층 소회의실", "별관 대회의실", "화상회의"))
    d.t("참석자: ")
    roles = ["위원장"] + ["위원"] * (len(ppl) - 1)
    for k, p in enumerate(ppl):
        d.t(p, " ", roles[k], ", " if k < len(ppl) - 1 else "\n")
    if r.random() < 0.5 and not d.no_pii:
        d.f("배석: {dept} {t} {p}\n", dept=r.choice(DEPTS), t=r.choice(TITLES), p=d.P())
    d.t("\n")
    for _ in range(r.randint(3, 6)):
        k = r.randrange(len(ppl))
        sp = ppl[k]
        d.f("○ {p} {role}: {x}\n", p=sp, role=roles[k], x=C(d,
            "안건 제1호에 대해 사업 목적은 타당하나 집행 실적이 저조하므로 감액이 필요하다고 봅니다.",
            "정보공개 청구인이 요구한 자료 중 제3자 성명은 가리고 공개하는 것이 맞겠습니다.",
            "지난 회의에서 지적된 사항이 반영되었는지 담당 부서의 설명을 듣고 싶습니다.",
            "원안대로 의결하되 부대의견을 붙이는 것으로 하겠습니다.",
            "민원인 측 의견서도 검토했는데 법령상 근거가 부족해 보입니다."))
    if r.random() < 0.3 and not d.no_pii:
        d.f("○ 간사: 다음 회의는 {dt}에 개최할 예정이며, 위원님들께는 {e}로 자료를 보내드리겠습니다.\n", dt=d.date(2026, 2027), e=d.EM("official"))
    d.f("\n의결 사항: {x}\n작성자 {t} {p}", x=C(d, "원안 가결", "수정 가결", "보류"), t=C(d, "간사", "주무관"), p=N("ph", "○○○") if d.no_pii else d.P())


@tpl("T23", "보도자료", 16)
def t_press(d):
    r = d.rng
    inst = d.inst()
    d.layout = ["press_release_contact_block"]
    nopii = r.random() < 0.25
    d.f("보 도 자 료\n\n보도 시점: {dt} 배포 즉시\n\n{title}\n- {sub} -\n\n", dt=d.date(2026, 2026), title=C(d,
        "외국인 주민 생활 안내 책자 12개 언어로 발간", "지방세 체납 차량 번호판 일제 영치", "재난지원금 온라인 신청 시작",
        "감염병 예방접종 일정 안내", "공공기관 채용 비리 특별 점검 결과 발표"), sub=C(d, "신청은 다음 달까지", "읍면동 행정복지센터에서도 접수", "관련 문의는 콜센터로"))
    if nopii:
        d.no_pii = True
        d.f("□ {i}({h} {p}){j} {dt}부터 관련 사업을 시행한다고 밝혔다.\n□ 이번 조치는 {law}에 따른 것이다.\n□ 지원 규모는 총 {a}이다.\n\n문의: 대표전화 {sw}",
            i=inst[0], h=head_short(inst), j=josa(inst[0], "은", "는"), p=N("ph", "○○○"), dt=d.date(2026, 2026), law=d.law(), a=d.amt(100000000, 90000000000), sw=N("sw", inst[3]))
        return
    boss = d.P()
    hs = head_short(inst)
    d.f("□ {i}({h} {p}){j} {dt}부터 관련 사업을 시행한다고 밝혔다.\n", i=inst[0], h=hs, p=boss, j=josa(inst[0], "은", "는"), dt=d.date(2026, 2026))
    d.f("□ {p} {t}{j} \"{q}\"라고 말했다.\n\n", p=boss, t=hs, j=josa(hs, "은", "는"), q=C(d, "주민 불편을 최소화하겠다", "현장 목소리를 계속 듣겠다", "신청 기한을 꼭 지켜 달라"))
    d.t("담당 부서 | 책임자 | 과  장 | ", d.P(), " | ", inst_lines(d, inst)[0], "\n")
    d.t("          | 담당자 | 사무관 | ", d.P(), " | ", inst_lines(d, inst)[0], "\n")
    if r.random() < 0.5:
        d.t("          | 담당자 | 주무관 | ", d.P(), " | ", inst_lines(d, inst)[0], " | ", V("EMAIL_ADDRESS", "%s%d@korea.kr" % (r.choice(ROMAN_G), r.randint(1, 99)), "email_official"), "\n")


@tpl("T24", "기사", 16)
def t_news(d):
    r = d.rng
    d.layout = ["news_article"]
    a = d.P()
    city = C(d, "수원", "전주", "창원", "청주", "춘천", "목포")
    topic = r.randint(0, 3)
    d.f("[{m}] {h}\n\n", m=C(d, "지역", "사회", "단독"), h=["\"주차장이 사라졌어요\" 주민들 행정심판 청구", "외국인 노동자 체류 연장 길 막혀", "보훈 유족 급여 지급 지연 논란", "학교 앞 불법 주정차 여전"][topic])
    age = [r.randint(30, 70), r.randint(40, 65), r.randint(55, 82), r.randint(30, 50)][topic]
    who = ["", "사업주 ", "유족 ", "학부모 "][topic]
    d.f("{c}시 {dong}에 사는 {w}{a}({age})씨는 지난달 {x}. {a}씨는 \"{q}\"고 말했다.\n", c=city, dong=r.choice(DONG), w=who, a=a, age=age,
        x=["구청에 행정심판을 청구했지만 답을 받지 못했다", "외국인 직원과 함께 출입국·외국인청을 찾았지만 서류를 돌려받았다", "보훈지청을 찾아 항의했다", "아이 등굣길 사진을 찍어 구청에 신고했다"][topic],
        q=C(d, "담당자가 바뀔 때마다 처음부터 설명해야 했다", "안내 문자 한 통 없었다", "행정이 너무 느리다"))
    if topic == 1 or r.random() < 0.25:
        fp = d.FP()
        d.f("{n} 출신 근로자 {f}씨도 \"{q}\"고 했다.\n", n=fp.extra["nat"], f=fp, q=C(d, "서류를 다 냈는데 연락이 없다", "통역이 필요하다"))
    off = d.P()
    d.f("이에 대해 {o} {t} {p}{j} \"{q}\"고 해명했다.\n", o=["구청", "출입국·외국인청", "보훈지청", "구청"][topic], t=C(d, "과장", "팀장", "주무관"), p=off, j=josa(off, "은", "는"),
        q=C(d, "절차상 문제는 없었다", "인력이 부족했다", "다음 달까지 개선하겠다"))
    d.f("한편 {law}는 {x}.\n\n{rep} 기자 {e}", law=N("law", ["「행정심판법」 제45조", "「출입국관리법」 제25조", "「국가유공자 등 예우 및 지원에 관한 법률」 제6조", "「도로교통법」 제32조"][topic]),
        x=C(d, "처리 기한을 정하고 있다", "관련 절차를 두고 있다"), rep=d.P(), e=d.EM(C(d, "company", "personal")))


# ============================================================================= TEMPLATES (part C)
@tpl("T25", "판결·결정문", 16)
def t_judgment(d):
    r = d.rng
    d.layout = ["judgment_parties"]
    anon = r.random() < 0.3
    court, kind_, cno = r.choice([("서울행정법원", "판 결", "%d구합%d"), ("수원지방법원", "판 결", "%d구단%d"), ("창원지방법원", "판 결", "%d구합%d"),
                                  ("대전지방법원 천안지원", "판 결", "%d구단%d"), ("중앙행정심판위원회", "재 결", "%d-%05d")])
    nm, lw = r.choice([("정보공개거부처분취소", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"), ("과태료부과처분취소", "「질서위반행위규제법」 제20조"),
                       ("영업정지처분취소", "「식품위생법」 제75조"), ("체류기간연장불허처분취소", "「출입국관리법」 제25조"),
                       ("재산세부과처분취소", "「지방세법」 제111조")])
    d.f("{c}\n{k}\n\n사건 {cn} {nm}\n", c=court, k=kind_, cn=N("case", cno % (r.randint(2023, 2026), r.randint(100, 99999))), nm=nm)
    if anon:
        d.no_pii = True
        d.f("원고 {a}\n피고 {b}\n\n주 문\n1. 피고가 {dt} 원고에 대하여 한 처분을 취소한다.\n2. 소송비용은 피고가 부담한다.\n\n이 유\n1. 처분의 경위\n  가. 원고 {a2}{j} {law}에 따라 ... 청구하였다.\n  나. 피고는 {law2}를 이유로 거부하였다.\n",
            a=N("ph", "갑"), b=N("off", C(d, "마포구청장", "서울출입국·외국인청장", "수원시장")), dt=d.date(2023, 2025), a2=N("ph", "갑"), j="은",
            law=N("law", lw), law2=N("law", lw))
        d.f("\n{dt}\n재판장 판사 {p}", dt=d.date(2025, 2026), p=N("ph", "○○○"))
        return
    a, z, ref = d.ADDR()
    pl = d.P()
    d.f("원고 {p}\n      {a}\n      소송대리인 변호사 {l}\n", p=pl, a=a, l=d.P())
    if r.random() < 0.4:
        fp = d.FP()
        d.f("원고 2. {f} ({n})\n      외국인등록번호 {frn}\n", f=fp, n=fp.extra["nat"], frn=d.FRN(masked=r.random() < 0.5))
    dd = d.dates2(2025, 2026)
    d.f("피고 {b}\n      소송수행자 {t} {q}\n\n변론종결 {d1}\n판결선고 {d2}\n\n주 문\n1. 원고의 청구를 기각한다.\n2. 소송비용은 원고가 부담한다.\n\n",
        b=N("off", C(d, "마포구청장", "서울출입국·외국인청장", "수원시장", "서인천세무서장")), t=C(d, "주무관", "행정사무관"), q=d.P(), d1=dd[0], d2=dd[1])
    d.f("이 유\n원고 {p}{j} {dob} 태어나 {x}. 피고는 {law}에 따라 처분하였다. 증인 {w}의 진술에 의하면 ...\n\n재판장 판사 {j1}\n판사 {j2}\n판사 {j3}",
        p=pl, j=josa(pl, "은", "는"), dob=d.DOB(form=C(d, "kor", "dot_space")), x=C(d, "2019년부터 위 주소지에서 음식점을 운영하였다", "2024년 정보공개를 청구하였다"),
        law=N("law", lw), w=d.P(), j1=d.P(), j2=d.P(), j3=d.P())


@tpl("T26", "감사·징계", 16)
def t_audit(d):
    r = d.rng
    d.layout = ["disciplinary_resolution"]
    kind = r.randint(0, 1)
    if kind == 0:
        p = d.P()
        d.f("징 계 의 결 서\n\n징계혐의자 인적사항\n소속 {dept} | 직급 {g} | 성명 {p}\n\n의결주문: {m}에 처한다.\n\n이유\n징계혐의자 {p}{j} {dt} 23시경 {car} 차량을 혈중알코올농도 0.0{n}% 상태로 운전하다 적발되었다.",
            dept=r.choice(DEPTS), g=C(d, "행정6급", "시설7급", "경사"), p=p, j=josa(p, "은", "는"), m=C(d, "정직 1월", "감봉 3월", "견책"), dt=d.date(2025, 2026), car=d.CAR(), n=r.randint(30, 99))
        d.f(" 이는 {law} 위반이다.\n\n{dt}\n{c}\n위원장 {a}  위원 {b}  위원 {c2}", law=N("law", "「지방공무원법」 제55조"), dt=d.date(2026, 2026),
            c=C(d, "○○시 인사위원회", "○○도 인사위원회"), a=d.P(), b=d.P(), c2=d.P())
    else:
        dd = d.dates2()
        d.f("{x} 감사 결과 보고\n\n1. 감사 개요\n  감사 기간: {d1} ~ {d2}\n  감사반: 감사관 {a}, 조사관 {b}\n\n2. 지적 사항\n", x=C(d, "2026년 종합", "보조금 집행 특정", "공직기강"),
            d1=dd[0], d2=dd[1], a=d.P(), b=d.P())
        for k in range(r.randint(1, 3)):
            pp_ = d.P()
            fx = r.choice([("보조금 부당 지급", "증빙 없이 지급을 승인하였다"), ("계약 분할", "수의계약 한도를 피하려 계약을 나누었다"),
                           ("출장비 과다 청구", "관용차를 사용하고도 교통비를 청구하였다")])
            d.f("  {k}) {what}: 담당자 {t} {p}{j} {why}. (금액 {amt})\n", k=k + 1, what=fx[0], t=r.choice(TITLES),
                p=pp_, j=josa(pp_, "은", "는"), why=fx[1], amt=d.amt())
        if r.random() < 0.5:
            acc, bank = d.ACC()
            d.f("  ※ 부당 지급금은 업체 {co}(대표 {p}) 명의 {b} {acc} 계좌로 입금됨\n", co=d.company(), p=d.P(), b=bank, acc=acc)
        d.f("\n3. 처분 요구: {x}\n감사담당관 (대표 {sw})", x=C(d, "경징계 요구", "훈계", "회수 및 주의"), sw=N("sw", d.inst()[3]))


@tpl("T27", "소방", 16)
def t_fire(d):
    r = d.rng
    d.layout = ["ems_log"]
    d.f("구급활동일지\n\n출동 {dt} {h:02d}:{m:02d}  {unit}\n신고자 {p} ({t})\n", dt=d.date(2026, 2026), h=r.randint(0, 23), m=r.randint(0, 59),
        unit=C(d, "천안동남119안전센터 구급1", "○○119구급대", "○○소방서 구조대"), p=d.P(), t=d.TEL("mobile"))
    a, z, ref = d.ADDR()
    d.f("발생장소 {a}\n", a=a)
    pt = d.P()
    pb = birth(r, 1932, 2024)
    d.f("환자 성명 {p}  성별 {g}  나이 {age}세  생년월일 {dob}\n", p=pt, g=C(d, "남", "여"), age=age_of(pb), dob=d.DOB(b=pb, form=C(d, "yymmdd", "dot", "iso", "short_dot")))
    d.f("보호자 {q} ({rel}) {t}\n", q=d.P(), rel=C(d, "배우자", "아들", "딸", "모"), t=d.TEL("mobile"))
    if r.random() < 0.5:
        d.f("사고 차량 {c1} / 상대 차량 {c2}\n", c1=d.CAR(), c2=d.CAR())
    d.f("주증상 {s}  의식 {v}  이송병원 {h}\n구급대원 {a}, {b}\n", s=C(d, "흉통", "호흡곤란", "낙상", "교통사고 다발성 외상"), v=C(d, "A", "V", "P"),
        h=C(d, "가람대학교병원", "한빛의료원", "○○병원"), a=d.P(), b=d.P())
    d.f("상황실 확인 {tt} / 종합상황실 (대표 {sw})", tt=d.date(2026, 2026), sw=N("sw", "1899-7700"))


@tpl("T28", "채팅·통화", 16, ocr=False)
def t_chat(d):
    r = d.rng
    d.layout = ["chat_transcript"]
    cit = d.P()
    staff = d.P()
    d.f("[{ch} 상담 기록] {dt}\n", ch=C(d, "카카오톡 채널", "챗봇 이관", "온라인 채팅"), dt=d.date(2026, 2026))
    clock = [r.randint(9 * 60, 17 * 60)]

    def ts():
        clock[0] += r.randint(0, 3)
        return "%02d:%02d" % divmod(clock[0], 60)
    lines = [("상담사", "안녕하세요. %s 민원 상담 채팅입니다. 무엇을 도와드릴까요?" % C(d, "구청", "시청", "보건소", "출입국")),
             ("민원인", "지원금 신청했는데 아직 입금이 안 돼서요")]
    for who, x in lines:
        d.f("{h} {w}: {x}\n", h=ts(), w=who, x=x)
    d.f("{h} 상담사: 본인 확인을 위해 성함과 생년월일을 알려주세요.\n", h=ts())
    d.f("{h} 민원인: {p} {dob}요\n", h=ts(), p=cit, dob=d.DOB(form=C(d, "yymmdd", "dot_nopad", "kor_short", "kor")))
    d.f("{h} 상담사: 등록된 계좌가 {acc} 맞으신가요?\n", h=ts(), acc=d.ACC()[0])
    new_acc = acc_spoken(d)
    d.f("{h} 민원인: 아뇨 바꿨어요 {b} {acc2}로요. 제 번호 {t}로 연락주세요\n", h=ts(), b=new_acc[1], acc2=new_acc[0], t=d.TEL("mobile", sep=C(d, "-", "", " ")))
    if r.random() < 0.4:
        d.f("{h} 민원인: 메일은 {e} 입니다\n", h=ts(), e=d.EM("personal"))
    d.f("{h} 상담사: 확인 후 담당 {s} 주무관이 연락드리겠습니다. 대표번호 {sw}로도 문의 가능합니다.\n", h=ts(), s=staff, sw=d.switch())


@tpl("T29", "채팅·통화", 16, ocr=False)
def t_call(d):
    r = d.rng
    d.layout = ["call_transcript_stt"]
    cit = d.P()
    d.f("통화 녹취록 (STT 변환본) / 콜센터 {sw}\n상담원 ID {uid} / 통화일시 {dt}\n\n", sw=d.switch(), uid=N("uid", "agent%04d" % r.randint(1, 9999)), dt=d.date(2026, 2026))
    topic = r.choice([("지방세", "자동차세를"), ("과태료 납부", "과태료를"), ("수수료 환불", "발급 수수료를")])
    d.f("상담원: 네 {o} 콜센터 상담원 {s}입니다.\n", o=topic[0], s=d.P())
    d.f("고객: 네 저 {p}인데요 {x} 카드로 냈는데 두 번 빠져나갔어요.\n", p=cit, x=topic[1])
    d.t("상담원: 불편을 드려 죄송합니다. 결제하신 카드 번호 불러주시겠어요?\n")
    card = d.CARD(masked=False, fmt=C(d, " ", "-", ""))
    d.f("고객: {c} 이요.\n", c=card)
    d.t("상담원: 생년월일도 확인 부탁드립니다.\n")
    d.f("고객: {dob}요.\n", dob=d.DOB(form=C(d, "yymmdd", "kor", "kor_short")))
    d.f("상담원: 확인됐습니다. 차량번호가 {car} 맞으세요?\n고객: 네 맞아요.\n", car=d.CAR())
    refund = acc_spoken(d)
    d.f("상담원: 환불 계좌 알려주시면 처리해 드리겠습니다.\n고객: {b} {acc}이요. 예금주 {p}.\n", b=refund[1], acc=refund[0], p=cit)
    d.f("상담원: 처리 결과는 {t}로 문자 드리겠습니다.\n(통화 종료)", t=d.TEL("mobile"))


@tpl("T30", "접속기록", 16, ocr=False)
def t_access_log(d):
    r = d.rng
    d.layout = ["access_log_lines"]
    sysn = C(d, "새올행정시스템", "사회보장정보시스템", "지방세정보시스템", "e-사람", "학사관리시스템")
    dd = d.dates2()
    d.f("# {s} 개인정보처리시스템 접속기록 (점검용 발췌)\n# 기간 {d1} ~ {d2}\n", s=sysn, d1=dd[0], d2=dd[1])
    hdr = r.random() < 0.5
    if hdr:
        d.t("일시\t계정\t처리자\t접속IP\t수행업무\t정보주체\n")
    for _ in range(r.randint(4, 8)):
        ip = d.IP(C(d, "private", "private", "public", "v6"))
        d.f("2026-{mo:02d}-{dd:02d} {h:02d}:{m:02d}:{s:02d}\t{u}\t{p}\t{ip}\t{x}\t{q}\n", mo=r.randint(1, 11), dd=r.randint(1, 28), h=r.randint(0, 23),
            m=r.randint(0, 59), s=r.randint(0, 59), u=N("uid", C(d, "u%05d" % r.randint(1, 99999), "adm%03d" % r.randint(1, 999), "sw%04d" % r.randint(1, 9999))),
            p=d.P(), ip=ip, x=C(d, "조회", "출력", "수정", "다운로드", "조회(대량)"), q=C(d, d.P(), "-", N("ph", "김○○"), d.P()))
    d.f("# 점검 결과: {x} / 시스템 버전 {v}", x=C(d, "이상 없음", "야간 대량 조회 1건 소명 요청"), v=N("ver", "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(1000, 29999), r.randint(100, 9999))))


def reg_row(d, cols, sep):
    return sep.join(cols)


@tpl("T31", "대장·명부", 18)
def t_register_header(d):
    r = d.rng
    d.layout = ["table_with_header"]
    kind = r.randint(0, 2)
    sep = C(d, " | ", "|", "\t", "  ")
    if kind == 0:
        d.f("{t}\n", t=C(d, "자원봉사자 등록 대장", "평생학습 수강생 명단", "방문객 출입 대장", "경로당 회원 명부"))
        d.t(sep.join(["순번", "성명", "생년월일", "주소", "연락처"]) + "\n")
        for k in range(r.randint(3, 6)):
            d.t(str(k + 1), sep, d.P(), sep, d.DOB(form=C(d, "dot", "iso", "short_dot", "yymmdd")), sep, d.ADDR(sido_form=C(d, "short", "none"))[0], sep, d.TEL(), "\n")
    elif kind == 1:
        d.t("임대주택 입주자 관리대장\n", sep.join(["동호수", "세대주", "주민등록번호", "전화", "차량번호"]), "\n")
        for k in range(r.randint(3, 6)):
            d.t("%d-%d" % (r.randint(101, 110), r.randint(101, 1504)), sep, d.P(), sep, d.RRN(), sep, d.TEL(), sep, C(d, d.CAR(), "-", d.CAR()), "\n")
    else:
        d.t("외국인 주민 한국어교실 수강생\n", sep.join(["No", "Name", "국적", "외국인등록번호", "Phone", "E-mail"]), "\n")
        for k in range(r.randint(3, 5)):
            fp = d.FP()
            d.t(str(k + 1), sep, fp, sep, fp.extra["nat"], sep, d.FRN(), sep, d.TEL("mobile"), sep, C(d, "-", d.EM("personal")), "\n")
    d.f("\n작성 {dt} / 관리책임자 {x}", dt=d.date(2026, 2026), x=N("off", C(d, "○○동장", "주민자치센터장", "관리소장")))


@tpl("T32", "대장·명부", 18)
def t_register_noheader(d):
    r = d.rng
    d.layout = ["table_without_header"]
    sep = C(d, "\t", "   ", "    ", " | ")
    kind = r.randint(0, 3)
    d.f("{t} (계속)\n\n", t=["거주자우선주차 배정 현황", "긴급복지 지원 대상자 목록", "외국인 체류지 변경 신고 처리 대장", "민원 전화 응대 기록"][kind])
    for k in range(r.randint(4, 8)):
        if kind == 0:
            d.t(str(r.randint(1, 400)), sep, d.P(), sep, d.CAR(), sep, d.TEL("mobile"), sep, C(d, "A구역", "B구역", "C구역"), "\n")
        elif kind == 1:
            d.t(d.P(), sep, d.RRN(), sep, d.ACC()[0], sep, d.HI(), sep, d.amt(100000, 3000000), "\n")
        elif kind == 2:
            fp = d.FP("latin")
            d.t(fp, sep, d.PP("foreign", fp.extra["nat"]), sep, d.FRN(), sep, d.date(2026, 2026), "\n")
        else:
            d.t(d.date(2026, 2026, "iso"), sep, d.P(), sep, d.TEL(), sep, C(d, "요금 문의", "단속 이의", "서류 발급"), sep, C(d, "완료", "이관"), "\n")
    d.f("\n- {p} -", p=r.randint(2, 9))


@tpl("T33", "계약서", 18)
def t_contract(d):
    r = d.rng
    d.layout = ["contract_parties"]
    inst = d.inst()
    co = d.company()
    boss = d.P()
    dd = d.dates2(2026, 2027)
    d.f("{k} 계약서\n\n계약번호 {no}\n계약명 {nm}\n계약금액 {amt} (부가가치세 포함)\n계약기간 {d1} ~ {d2}\n\n", k=C(d, "용역", "물품 구매", "공사"), no=d.recno("nara"),
        nm=C(d, "2026년 민원콜센터 운영 용역", "청사 시설물 유지관리", "업무용 PC 구매", "CCTV 통합관제 장비 설치"), amt=d.amt(10000000, 900000000), d1=dd[0], d2=dd[1])
    d.f("\"갑\" {i}\n주소 {ia}\n대표 {h} (대표전화 {sw})\n\n", i=inst[0], ia=N("ia", inst[1]), h=N("off", inst[5]), sw=N("sw", inst[3]))
    a, z, ref = d.ADDR(unit=C(d, True, False))
    d.f("\"을\" {co}\n소재지 {a}\n대표자 {p}\n사업자등록번호 {brn}\n법인등록번호 {crn}\n", co=co, a=a, p=boss, brn=d.BRN(True), crn=d.CRN())
    d.f("전화 {t}  팩스 {f}\n", t=d.TEL(C(d, "landline", "070")), f=V("PHONE_NUMBER", gen_landline(r)[0], "fax"))
    acc, bank = d.ACC()
    d.f("대금 지급 계좌 {b} {acc} (예금주 {x})\n", b=bank, acc=acc, x=C(d, co, boss))
    d.f("\n제1조(목적) 이 계약은 \"갑\"과 \"을\" 사이의 {nm}에 관한 사항을 정함을 목적으로 한다.\n제2조(대금) \"갑\"은 검수 후 {n}일 이내에 대금을 지급한다.\n\n{dt}\n\n\"갑\" {h} (인)\n\"을\" {co} 대표 {p} (인)",
        nm=C(d, "용역", "물품 납품"), n=r.randint(5, 14), dt=d.date(2026, 2026), h=N("off", inst[5]), co=co, p=boss)
    if r.random() < 0.4:
        d.f("\n현장대리인 {p} ({t}, {e})", p=d.P(), t=d.TEL("mobile"), e=d.EM("company"))


@tpl("T34", "표", 18)
def t_vendor_table(d):
    r = d.rng
    hdr = r.random() < 0.5
    d.layout = ["vendor_table_header" if hdr else "vendor_table_noheader"]
    sep = C(d, " | ", "\t", "  ")
    d.f("{t}\n", t=C(d, "입찰 참가 업체 현황", "보조사업자 선정 결과", "협력업체 등록 목록", "우수 중소기업 지정 현황"))
    if hdr:
        d.t(sep.join(["업체명", "대표자", "사업자등록번호", "법인등록번호", "전화"]) + "\n")
    for _ in range(r.randint(4, 7)):
        indiv = r.random() < 0.25
        d.t(d.company() if not indiv else N("co", C(d, "한울상회", "가람인쇄소", "별빛공방", "새솔식당")), sep, d.P(), sep, d.BRN(corp=not indiv), sep,
            d.CRN() if not indiv else "-", sep, d.TEL(C(d, "landline", "070", "mobile")), "\n")
    d.f("\n※ 개찰일 {dt} / 공고번호 {n}", dt=d.date(2026, 2026), n=d.recno("nara"))


@tpl("T35", "경찰", 16)
def t_parking_fine(d):
    r = d.rng
    d.layout = ["fine_ledger"]
    d.f("{t}\n\n", t=C(d, "주정차위반 과태료 부과 대장", "무인단속 위반 사실 통지 내역", "번호판 영치 대상 차량 목록"))
    sep = C(d, " | ", "\t")
    if r.random() < 0.6:
        d.t(sep.join(["위반일시", "차량번호", "소유자", "주소", "금액"]) + "\n")
    for _ in range(r.randint(3, 6)):
        own = r.random() < 0.8
        d.t(d.date(2026, 2026, "dot"), " ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), sep, d.CAR(), sep,
            d.P() if own else d.company(), sep, d.ADDR(sido_form=C(d, "short", "none", "full"))[0], sep, d.amt(40000, 80000), "\n")
    d.f("\n{law} / {o}", law=N("law", C(d, "「도로교통법」 제32조", "「질서위반행위규제법」 제16조")), o=N("off", C(d, "마포구청장", "수원시장", "서울서부경찰서장")))


@tpl("T36", "민원회신", 16)
def t_refund(d):
    r = d.rng
    d.layout = ["refund_request"]
    p = d.P()
    d.f("{t}\n\n신청인 {p}  연락처 {tel}\n", t=C(d, "수수료 환불 신청서", "카드 이중결제 취소 요청", "과오납금 환급 청구서"), p=p, tel=d.TEL("mobile"))
    d.f("결제 내역: {dt} {what} {amt}\n결제 카드: {c}\n", dt=d.date(2026, 2026), what=C(d, "여권 발급 수수료", "주차요금", "시설 대관료", "증명서 발급 수수료"),
        amt=d.amt(1000, 300000), c=d.CARD())
    if r.random() < 0.5:
        d.f("(카드 승인번호 {ap})\n", ap=N("rec", digits(r, 8)))
    acc, bank = d.ACC()
    d.f("환불 계좌: {b} {acc} 예금주 {x}\n", b=bank, acc=acc, x=p)
    d.f("\n처리 결과: {res}\n담당 {t} {q} (☎ {tel})", res=C(d, "카드 승인 취소 완료", "계좌 환급 예정", "중복 결제 아님 확인"), t=r.choice(TITLES), q=d.P(), tel=inst_lines(d, d.inst())[0])


@tpl("T37", "의료급여·장애판정", 16)
def t_health_ins(d):
    r = d.rng
    d.layout = ["nhis_dependent_form"]
    d.f("{t}\n\n", t=C(d, "직장가입자 자격취득 신고서", "피부양자 자격(취득·상실) 신고서", "건강보험 자격득실 확인서"))
    d.f("사업장 명칭 {co}  사업장관리번호 {no}\n사업자등록번호 {brn}  법인등록번호 {crn}  전화 {t}\n", co=d.company(), no=N("rec", digits(r, 11)), brn=d.BRN(True),
        crn=C(d, d.CRN(), "해당 없음"), t=d.TEL("landline"))
    p = d.P()
    d.f("가입자 성명 {p}  주민등록번호 {rr}  건강보험증 번호 {hi}\n", p=p, rr=d.RRN(C(d, "valid", "masked")), hi=d.HI())
    d.t("피부양자\n")
    if r.random() < 0.5:
        d.t("관계 | 성명 | 주민(외국인)등록번호 | 증번호\n")
    for _ in range(r.randint(1, 4)):
        if r.random() < 0.2:
            d.t(C(d, "배우자", "부", "모"), " | ", d.FP(), " | ", d.FRN(), " | ", d.HI(), "\n")
        else:
            rel = C(d, "배우자", "자녀", "부", "모")
            rr = (d.RRN("post2020") if r.random() < 0.6 else d.RRN(C(d, "valid", "masked"), b=birth(r, 2000, 2019))) if rel == "자녀" else d.RRN(b=birth(r, 1940, 1995))
            d.t(rel, " | ", d.P(), " | ", rr, " | ", d.HI(), "\n")
    d.f("\n{law}에 따라 신고합니다. {dt}\n{o} 귀하 / 고객센터 {sw}", law=N("law", "「국민건강보험법」 제9조"), dt=d.date(2026, 2026),
        o=N("off", "국민건강보험공단 이사장"), sw=N("sw", "1577-1000"))


@tpl("T38", "접속기록", 14, ocr=False)
def t_incident(d):
    r = d.rng
    d.layout = ["security_incident_report"]
    d.f("개인정보 유출 등 침해사고 보고서\n\n보고기관 {i}\n발생일시 {dt}\n대상 시스템 {s} (서버 {sip}, 버전 {v})\n\n", i=d.inst()[0], dt=d.date(2026, 2026),
        s=C(d, "민원 예약 홈페이지", "평생학습 수강신청 사이트", "공공와이파이 관리서버"), sip=N("iip", "%d.%d.%d.%d" % (r.choice([112, 211, 203]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))),
        v=N("ver", "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99))))
    d.t("의심 접속 IP\n")
    for _ in range(r.randint(2, 5)):
        d.t("  - ", d.IP(C(d, "public", "public", "v6")), " (", C(d, "해외", "국내 VPN", "국내 가정용 회선"), ")\n")
    d.f("유출 의심 항목: 성명, 휴대전화, 이메일 약 {n}건\n", n=r.randint(30, 4000))
    d.t("예시 로그 (마스킹 전 원문 일부):\n")
    for _ in range(r.randint(1, 3)):
        d.t("  ", d.P(), ", ", d.TEL("mobile"), ", ", d.EM("personal"), ", ", d.IP("private"), "\n")
    d.f("신고 접수: 개인정보침해 신고센터 {sw}\n보고자 정보보호담당 {t} {p} ({e})", sw=N("sw", "118"), t=r.choice(TITLES), p=d.P(), e=d.EM("official"))


@tpl("T39", "공문", 20)
def t_nopii_notice(d):
    r = d.rng
    d.layout = ["public_notice_nopii"]
    d.no_pii = True
    inst = d.inst()
    d.f("{i} 공고 제{y}-{n}호\n\n{t}\n\n{law}에 따라 다음과 같이 공고합니다.\n\n{dt}\n\n{h}\n\n", i=inst[0], y=2026, n=r.randint(10, 999),
        t=C(d, "2026년 공공근로사업 참여자 모집 공고", "개인정보파일 보유 현황 공고", "자원봉사자 모집 공고", "평생학습 강좌 수강생 모집 공고"),
        law=N("law", C(d, "「행정절차법」 제46조", "「개인정보 보호법」 제32조", "「자원봉사활동 기본법」 제14조", "「평생교육법」 제20조")), dt=d.date(2026, 2026), h=N("off", inst[5]))
    dd = d.dates2()
    d.f("1. 사업 기간: {d1} ~ {d2}\n2. 모집 인원: {word}\n3. 신청 장소: {ia} {x}\n", d1=dd[0], d2=dd[1], word=N("word", "정원 20명"),
        ia=N("ia", inst[1]), x=C(d, "1층 민원실", "종합민원실", "각 읍면동 행정복지센터"))
    d.f("4. 제출 서류: 신청서({ex} 작성 예시 참조), 주민등록등본, {law}\n", ex=N("ph", "홍길동"), law=N("law", "같은 법 시행규칙 제2조"))
    d.f("5. 문의: {dept} 대표전화 {sw} 또는 {sc}\n", dept=r.choice(DEPTS), sw=N("sw", inst[3]), sc=[N("sw", "110"), " 정부민원안내콜센터"])
    if r.random() < 0.5:
        d.f("6. 기타: 예산 {a} 범위 내에서 선정하며, {co} 등 위탁기관을 통해 운영합니다.\n", a=d.amt(10000000, 900000000), co=d.company())
    d.f("\n※ 주민등록번호는 {ph} 형식으로 기재하지 마시고 앞 6자리만 적으십시오.", ph=N("ph", "000000-0000000"))


@tpl("T40", "세무·지방세", 18)
def t_nopii_ruling(d):
    r = d.rng
    d.layout = ["tax_ruling_anonymised"]
    d.no_pii = True
    ab = r.choice([("갑", "은"), ("A", "는")])
    d.f("{t}\n\n문서번호 {dn} ({dt})\n\n【질의】\n{a}{ja} {x} 소재 주택을 {b}에게 양도하였는바 {law} 적용 여부\n\n", t=C(d, "세법해석 질의회신", "지방세 운영 예규 회신", "과세기준 질의 답변"),
        dn=N("doc", C(d, "서면-2025-법인-%d" % r.randint(100, 9999), "재산세과-%d" % r.randint(100, 999), "부가46015-%d" % r.randint(10, 999), "지방세운영과-%d" % r.randint(100, 9999))),
        dt=d.date(2023, 2026), a=N("ph", ab[0]), ja=ab[1], x=C(d, "○○시 ○○동", "서울특별시 ○○구"), b=N("ph", C(d, "을", "B법인")),
        law=N("law", C(d, "「소득세법」 제89조 제1항 제3호", "「지방세법」 제11조 제1항", "「조세특례제한법」 제99조의2", "「부가가치세법」 제26조")))
    d.f("【회신】\n귀 질의의 경우 기존 해석사례({dn2})를 참고하시기 바랍니다. 다만, {c}의 사실관계에 따라 달라질 수 있습니다.\n\n", dn2=N("doc", "법인-%d" % r.randint(10, 999)),
        c=N("ph", C(d, "갑", "정 모 씨", "김○○")))
    d.f("관련 판례: {cn}, {cn2}\n금액 기준: {a}\n\n{o} / 국세상담센터 {sc}", cn=d.caseno(), cn2=N("case", "조심 %d서%d" % (r.randint(2019, 2025), r.randint(100, 9999))), a=d.amt(),
        o=N("off", C(d, "국세청장", "기획재정부장관", "행정안전부장관")), sc=N("sw", "126"))


@tpl("T41", "경찰", 16)
def t_dl_admin(d):
    r = d.rng
    d.layout = ["license_action_notice"]
    p = d.P()
    d.f("운전면허 {k} 결정 통지서\n\n", k=C(d, "정지", "취소", "행정처분"))
    sep = C(d, ": ", "  ", " | ")
    d.f("성명{s}{p}\n생년월일{s}{dob}\n면허번호{s}{dl}\n", s=sep, p=p, dob=d.DOB(), dl=d.DL())
    if r.random() < 0.5:
        d.f("면허번호(재발급 전){s}{dl}\n", s=sep, dl=d.DL(C(d, "name_space", "name_nospace", "plain")))
    d.f("주소{s}{a}\n차량번호{s}{car}\n위반일시{s}{dt}\n위반내용{s}{x}\n처분내용{s}{y}\n\n", s=sep, a=d.ADDR()[0], car=d.CAR(), dt=d.date(2025, 2026),
        x=C(d, "음주운전(0.0%d%%)" % r.randint(30, 99), "벌점 누산 121점 초과", "적성검사 미필"), y=C(d, "면허 정지 100일", "면허 취소(결격 1년)", "벌점 40점"))
    d.f("{law}에 따라 위와 같이 결정하였음을 통지합니다.\n{dt}\n{o} / 도로교통공단 {sw}", law=N("law", "「도로교통법」 제93조"), dt=d.date(2026, 2026),
        o=N("off", C(d, "서울특별시경찰청장", "경기남부경찰청장", "충청남도경찰청장")), sw=N("sw", "1577-1120"))


@tpl("T42", "출입국·체류", 16)
def t_eps_list(d):
    r = d.rng
    hdr = r.random() < 0.5
    d.layout = ["foreign_worker_table" + ("_header" if hdr else "_noheader")]
    co = d.company()
    d.f("외국인근로자 {t} 명단\n사업장 {co} / 사업자등록번호 {brn} / 담당 {p} {tel}\n\n", t=C(d, "고용변동 신고", "사업장 변경", "체류기간 연장 대상"), co=co, brn=d.BRN(), p=d.P(), tel=d.TEL())
    sep = C(d, " | ", "\t", "  ")
    if hdr:
        d.t(sep.join(["성명", "국적", "여권번호", "외국인등록번호", "입국일", "연락처"]) + "\n")
    for _ in range(r.randint(3, 6)):
        fp = d.FP(C(d, "latin", "latin", "hangul"))
        nat = fp.extra["nat"]
        d.t(fp, sep, nat, sep, d.PP("foreign", nat), sep, d.FRN(masked=r.random() < 0.15), sep, d.date(2020, 2026), sep, d.TEL("mobile"), "\n")
    d.f("\n{law} / 고용센터 {sw}", law=N("law", "「외국인근로자의 고용 등에 관한 법률」 제17조"), sw=N("sw", "1350"))


@tpl("T43", "대장·명부", 16)
def t_driver_register(d):
    r = d.rng
    hdr = r.random() < 0.55
    d.layout = ["driver_register_" + ("header" if hdr else "noheader")]
    d.f("{t}\n\n", t=C(d, "공용차량 운전자 등록 대장", "통학차량 운전자 자격 확인 명부", "공영자전거·공유차량 회원 면허 확인 기록", "장애인 콜택시 운전원 명단"))
    sep = C(d, " | ", "\t", "  ")
    if hdr:
        d.t(sep.join(["성명", "면허번호", "종별", "적성검사 만료", "연락처"]) + "\n")
    for _ in range(r.randint(3, 6)):
        d.t(d.P(), sep, d.DL(), sep, C(d, "1종 보통", "2종 보통", "1종 대형", "1종 특수"), sep, d.date(2026, 2031), sep, d.TEL("mobile"), "\n")
    d.f("\n확인자 {t} {p} / 운전경력증명 조회 {sw}", t=r.choice(TITLES), p=d.P(), sw=N("sw", "1577-1120"))


@tpl("T44", "경찰", 16)
def t_card_fraud(d):
    r = d.rng
    d.layout = ["fraud_report"]
    p = d.P()
    d.f("{t}\n\n접수번호 {no}  접수일시 {dt}\n피해자 {p} ({dob}생, {tel})\n주소 {a}\n\n", t=C(d, "사건 접수 보고", "신용카드 도난·분실 피해 신고서", "전기통신금융사기 피해 진술 요지"),
        no=d.recno("gwanri"), dt=d.date(2026, 2026), p=p, dob=d.DOB(form=C(d, "dot", "short_dot", "yymmdd")), tel=d.TEL("mobile"), a=d.ADDR()[0])
    if r.random() < 0.35:
        d.f("분실 여권 {pp} (발급일 {dt}) – 외교부 여권 분실 신고 연계\n", pp=d.PP(C(d, "kr_old", "kr_new", "kr_new")), dt=d.date(2017, 2025))
    d.t("피해 카드\n")
    for _ in range(r.randint(1, 3)):
        d.t("  - ", C(d, "신용카드", "체크카드", "법인카드(개인사업자)"), " ", d.CARD(masked=r.random() < 0.35), " / 부정사용 ", d.amt(10000, 3000000), "\n")
    if r.random() < 0.6:
        acc, bank = d.ACC()
        d.f("송금 계좌(사기 이용 계좌) {b} {acc} 예금주 {q}\n", b=bank, acc=acc, q=d.P())
    if r.random() < 0.4:
        d.f("범행 연락처 {t} / 문자 발신번호 {t2}\n", t=d.TEL("mobile"), t2=d.TEL("070"))
    d.f("\n조치: {x}\n담당 {rk} {c} / 사이버범죄 신고 {sw}", x=C(d, "카드사 지급정지 요청", "계좌 지급정지 및 수사 착수", "CCTV 확보 중"), rk=C(d, "경위", "경사"), c=d.P(), sw=N("sw", "182"))


@tpl("T45", "보도자료", 16)
def t_nopii_stats(d):
    r = d.rng
    d.layout = ["statistics_release_nopii"]
    d.no_pii = True
    inst = d.inst()
    d.f("보도참고자료\n\n{t}\n\n□ {i}{j} {dt} {x}를 발표했다.\n", j=josa(inst[0], "은", "는"), t=C(d, "2026년 3분기 민원 처리 통계", "외국인 체류 현황 월보", "감염병 신고 현황", "지방세 체납액 징수 실적"),
        i=inst[0], dt=d.date(2026, 2026), x=C(d, "분기 통계", "월간 현황", "잠정 집계"))
    d.f("□ 처리 건수는 총 {n}건으로 전년 동기 대비 {p}% 증가했으며, 처리 금액은 {a}이다.\n", n=format(r.randint(1000, 900000), ","), p=r.randint(1, 30), a=d.amt(100000000, 90000000000))
    d.f("□ 지역별로는 {w} 지역이 가장 많았고, {w2} 일대가 뒤를 이었다.\n", w=N("word", C(d, "세종", "영남", "호남", "한라")), w2=N("word", C(d, "백두체육관", "가온도서관", "나래공원")))
    d.f("□ 관련 법령: {law}\n□ 자세한 내용은 누리집(www.{dom}) 또는 {sc}로 문의하면 된다.\n\n담당: {dept} (대표 {sw}, {em})", law=d.law(), dom=inst[4],
        sc=N("sw", r.choice(SHORTCODES)[0]), dept=r.choice(DEPTS), sw=N("sw", inst[3]), em=N("iem", "press@" + inst[4]))


@tpl("T46", "민원회신", 14)
def t_nopii_qna(d):
    r = d.rng
    d.layout = ["anonymised_qna_nopii"]
    d.no_pii = True
    d.f("{t}\n\n문  {a}{x}\n답  {law}에 따르면 {y}. 다만 구체적인 사안은 관할 {o}에 문의하시기 바랍니다.\n\n", t=C(d, "자주 묻는 질문(FAQ)", "질의 회신 사례집 발췌", "민원 답변 공개 사례"),
        a=N("ph", C(d, "김○○", "A씨", "민원인 박**", "정 모 씨")), x=C(d, "는 전입신고를 하지 않은 상태에서 재난지원금을 받을 수 있는지 문의", "는 외국인 배우자의 체류기간 연장 서류를 문의", "는 부모님 국가유공자 등록 절차를 문의"),
        law=d.law(), y=C(d, "신청일 현재 주민등록이 되어 있어야 합니다", "가족관계 증빙 서류를 함께 제출하여야 합니다", "등록 신청 후 심사까지 약 3개월이 소요됩니다"),
        o=N("off", C(d, "읍면동장", "출입국·외국인청장", "보훈지청장")))
    d.f("참고: 문서번호 {dn}, 사건 {cn}\n예시 작성자 {ex} / 상담 {sw}", dn=d.docno(), cn=d.caseno(), ex=N("ph", "홍길동"), sw=N("sw", r.choice(SHORTCODES)[0]))


if __name__ == "__main__":
    main(sys.argv[1:])
