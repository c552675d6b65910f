# -*- coding: utf-8 -*-
"""Synthetic data pools and small generators (names, IDs, phones, addresses,
agencies, dates, stamps, stated-field spellings).  All values are invented.
Imported by make_set.py."""
import datetime

SURNAMES = (['김'] * 21 + ['이'] * 15 + ['박'] * 8 + ['최'] * 5 + ['정'] * 4 +
            '강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 노 남 심 하 곽 성 차 주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용'.split()
            + ['남궁', '황보', '선우', '제갈', '독고'])
G1 = '민 서 지 현 수 예 도 하 준 은 유 정 채 승 시 윤 태 주 동 성 영 경 상 혜 미 진 재 소 다 가 세 용 종 명 병 순 옥 희 석 철 광 기 형 선 인 창 충 한 보 규 덕 봉 효 나 우 원'.split()
G2 = '준 호 민 우 진 현 서 연 윤 아 은 빈 원 희 영 수 훈 석 규 숙 자 식 철 남 미 경 정 혁 찬 율 린 나 솔 주 하 란 섭 환 엽 기 태 선 화 순 균 열'.split()
ROMAN = {'김': 'kim', '이': 'lee', '박': 'park', '최': 'choi', '정': 'jung', '강': 'kang', '조': 'cho', '윤': 'yoon',
         '장': 'jang', '임': 'lim', '한': 'han', '오': 'oh', '서': 'seo', '신': 'shin', '권': 'kwon', '황': 'hwang',
         '안': 'ahn', '송': 'song', '전': 'jeon', '홍': 'hong', '유': 'yoo', '고': 'ko', '문': 'moon', '양': 'yang',
         '손': 'son', '배': 'bae', '백': 'baek', '허': 'heo', '노': 'noh', '남': 'nam', '심': 'sim', '하': 'ha'}

ROAD_STEMS = ['한빛', '새솔', '누리', '가온', '별빛', '솔샘', '마루', '하늘숲', '은행나무', '물빛', '푸른들', '햇살',
              '다솜', '온누리', '새터', '느티', '미리내', '도담', '꽃뫼', '늘푸른', '너른', '샘골', '바람개비', '청솔',
              '구름재', '모란', '버들', '산들', '여울', '한결']
DONG_STEMS = ['신흥', '중앙', '대림', '송정', '월계', '상록', '평화', '장안', '금호', '대화', '봉명', '효자', '삼성',
              '우산', '덕천', '용두', '명륜', '학산', '도원', '매화']
APTS = ['한빛마을', '푸른숲', '새솔', '누리뜰', '햇살가득', '은하수', '청솔마을', '늘봄', '숲속마을']
BANKS = [('국민은행', (6, 2, 6)), ('신한은행', (3, 3, 6)), ('우리은행', (4, 3, 6)), ('하나은행', (3, 6, 5)),
         ('농협은행', (3, 4, 4, 2)), ('기업은행', (3, 6, 2, 3)), ('부산은행', (3, 4, 4, 2)), ('대구은행', (3, 2, 6, 1)),
         ('우체국', (6, 2, 6)), ('새마을금고', (4, 2, 6, 1))]
COMPANIES = ['(주)한결정보기술', '(주)새솔엔지니어링', '누리건설(주)', '(주)가온시스템', '(주)다온환경',
             '(주)미리내소프트', '한빛설비(주)', '(주)도담건축사사무소', '(주)온누리컨설팅', '(주)바른데이터',
             '(주)청솔기술단', '(주)여울조경', '(주)마루이앤씨', '(주)산들방재', '(주)구름재미디어']
IT_COMPANIES = ['(주)한결정보기술', '(주)가온시스템', '(주)미리내소프트', '(주)바른데이터', '(주)누리아이티', '(주)다솜정보통신']
SOLE_PROPS = ['새터인쇄', '꽃뫼조경', '버들설비', '샘골전기', '한결식품', '솔샘청소', '모란인테리어', '느티목공']

REGION = {
    '서울': ('서울특별시', '02', ['종로구', '마포구', '강남구', '노원구', '관악구', '송파구', '은평구']),
    '부산': ('부산광역시', '051', ['해운대구', '부산진구', '사하구', '동래구']),
    '대구': ('대구광역시', '053', ['수성구', '달서구', '북구']),
    '인천': ('인천광역시', '032', ['남동구', '부평구', '연수구']),
    '광주': ('광주광역시', '062', ['북구', '서구', '광산구']),
    '대전': ('대전광역시', '042', ['유성구', '서구', '대덕구']),
    '울산': ('울산광역시', '052', ['남구', '중구', '울주군']),
    '세종': ('세종특별자치시', '044', ['']),
    '경기': ('경기도', '031', ['수원시 팔달구', '성남시 분당구', '고양시 일산동구', '용인시 수지구', '안산시 단원구', '화성시']),
    '강원': ('강원도', '033', ['춘천시', '원주시', '강릉시', '홍천군']),
    '충북': ('충청북도', '043', ['청주시 흥덕구', '충주시', '보은군']),
    '충남': ('충청남도', '041', ['천안시 서북구', '아산시', '홍성군']),
    '전북': ('전라북도', '063', ['전주시 완산구', '익산시', '군산시']),
    '전남': ('전라남도', '061', ['순천시', '목포시', '완도군', '무안군']),
    '경북': ('경상북도', '054', ['포항시 북구', '안동시', '의성군', '구미시']),
    '경남': ('경상남도', '055', ['창원시 의창구', '진주시', '남해군', '김해시']),
    '제주': ('제주특별자치도', '064', ['제주시', '서귀포시']),
}


def sido_name(region, year):
    n = REGION[region][0]
    if region == '강원' and year >= 2023:
        return '강원특별자치도'
    if region == '전북' and year >= 2024:
        return '전북특별자치도'
    if region == '제주' and year < 2006:
        return '제주도'
    return n


# ---------------------------------------------------------------------------
def person(r):
    while True:
        n = r.choice(SURNAMES) + r.choice(G1) + r.choice(G2)
        if n not in ('홍길동',) and n[-1] != n[-2]:
            return n


def masked_name(n, r):
    sur = n[:2] if n[:2] in ('남궁', '황보', '선우', '제갈', '독고') else n[0]
    return sur + r.choice(['○○', '**', '○○', 'OO'])


def roman(n, r):
    base = ROMAN.get(n[0], r.choice(['kim', 'lee', 'park', 'yun', 'seo', 'jo']))
    return r.choice([f'{r.choice("jmshdy")}{r.choice("hkywsj")}{base}', f'{base}{r.choice("jmshdy")}{r.choice("hkywsj")}',
                     f'{base}{r.randint(10, 99)}'])


def birthdate(r, year, lo=22, hi=64):
    y = year - r.randint(lo, hi)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return datetime.date(y, m, d)


def rrn(r, bd, sex=None):
    sex = sex or r.choice('MF')
    g = (1 if sex == 'M' else 2) + (2 if bd.year >= 2000 else 0)
    digits = [int(c) for c in f'{bd.year % 100:02d}{bd.month:02d}{bd.day:02d}{g}'] + [r.randint(0, 9) for _ in range(5)]
    digits[7] = r.randint(0, 9)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(digits, w)) % 11) % 10
    s = ''.join(map(str, digits)) + str(chk)
    return s[:6] + '-' + s[6:]


def frn(r, bd, sex=None):
    sex = sex or r.choice('MF')
    g = (5 if sex == 'M' else 6) + (2 if bd.year >= 2000 else 0)
    digits = [int(c) for c in f'{bd.year % 100:02d}{bd.month:02d}{bd.day:02d}{g}'] + [r.randint(0, 9) for _ in range(5)]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (13 - sum(a * b for a, b in zip(digits, w)) % 11) % 10
    s = ''.join(map(str, digits)) + str(chk)
    return s[:6] + '-' + s[6:]


def masked_rrn(r, bd, sex=None):
    sex = sex or r.choice('MF')
    g = (1 if sex == 'M' else 2) + (2 if bd.year >= 2000 else 0)
    return f'{bd.year % 100:02d}{bd.month:02d}{bd.day:02d}-{g}' + r.choice(['******', '●●●●●●', 'XXXXXX', '******'])


def passport(r, year):
    if year >= 2022 and r.random() < 0.6:
        return f'M{r.randint(100, 999)}{r.choice("ABCDEFGHJK")}{r.randint(1000, 9999)}'
    return f'{r.choice("MMMMS")}{r.randint(10000000, 99999999)}'


def foreign_passport(r):
    return r.choice([f'C{r.randint(1000000, 9999999)}', f'E{r.randint(10000000, 99999999)}',
                     f'P{r.randint(1000000, 9999999)}{r.choice("ABCD")}', f'B{r.randint(1000000, 9999999)}'])


def driver_license(r):
    return f'{r.randint(11, 28)}-{r.randint(0, 24):02d}-{r.randint(100000, 999999)}-{r.randint(10, 99)}'


def mobile(r, year):
    if year < 2004:
        return f'0{r.choice(["11", "16", "17", "18", "19"])}-{r.randint(200, 999)}-{r.randint(1000, 9999)}'
    return f'010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}'


def landline(r, area):
    if area == '02':
        return f'02-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}'
    return f'{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}'


def account(r):
    bank, shape = r.choice(BANKS)
    return bank, '-'.join(''.join(str(r.randint(0, 9)) for _ in range(k)) for k in shape)


def brn(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    chk = (10 - s % 10) % 10
    x = ''.join(map(str, d)) + str(chk)
    return f'{x[:3]}-{x[3:5]}-{x[5:]}'


def postal(r, year):
    if year >= 2015:
        return f'{r.randint(10000, 63999):05d}'
    return f'{r.randint(100, 799)}-{r.randint(100, 999)}'


def private_address(r, region, year, unit=True):
    sido = sido_name(region, year)
    sg = r.choice(REGION[region][2])
    pre = f'{sido} {sg}'.replace('  ', ' ').strip()
    if r.random() < 0.25:
        pre = pre.replace('특별시', '시').replace('광역시', '시') if r.random() < 0.5 else pre
    if year >= 2012 and r.random() < 0.8:
        road = r.choice(ROAD_STEMS) + r.choice(['로', '길', '로', f'로{r.randint(1, 60)}번길'])
        a = f'{pre} {road} {r.randint(3, 280)}'
    else:
        a = f'{pre} {r.choice(DONG_STEMS)}동 {r.randint(10, 999)}-{r.randint(1, 40)}'
    if unit and r.random() < 0.7:
        a += r.choice([f', {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호',
                       f', {r.randint(2, 5)}층 {r.randint(2, 5)}0{r.randint(1, 9)}호',
                       f' {r.choice(APTS)}아파트 {r.randint(101, 112)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호'])
    return a


def short_addr(r, region, year):
    """address down to 동/읍 only (as in masked lists)"""
    sido = sido_name(region, year)
    return f'{sido} {r.choice(REGION[region][2])} {r.choice(DONG_STEMS)}동'.replace('  ', ' ')


# ---------------------------------------------------------------------------
# agencies: (name, kind, y0, y1, region, head, domain)
# kind: central | cheong | metro | province | city | county | gu | edu | edu_local | pe | fire | fire_hq | police | police_hq | mil
AG = [
    ('행정안전부', 'central', 2008, 2012, '서울', '행정안전부장관', 'mopas.go.kr'),
    ('안전행정부', 'central', 2013, 2014, '서울', '안전행정부장관', 'mospa.go.kr'),
    ('행정자치부', 'central', 1998, 2007, '서울', '행정자치부장관', 'mogaha.go.kr'),
    ('행정자치부', 'central', 2015, 2016, '세종', '행정자치부장관', 'moi.go.kr'),
    ('행정안전부', 'central', 2017, 2026, '세종', '행정안전부장관', 'mois.go.kr'),
    ('내무부', 'central', 1995, 1997, '서울', '내무부장관', ''),
    ('총무처', 'central', 1995, 1997, '서울', '총무처장관', ''),
    ('건설교통부', 'central', 1995, 2007, '경기', '건설교통부장관', 'moct.go.kr'),
    ('국토해양부', 'central', 2008, 2012, '경기', '국토해양부장관', 'mltm.go.kr'),
    ('국토교통부', 'central', 2013, 2026, '세종', '국토교통부장관', 'molit.go.kr'),
    ('보건복지부', 'central', 1995, 2007, '경기', '보건복지부장관', 'mohw.go.kr'),
    ('보건복지부', 'central', 2010, 2026, '세종', '보건복지부장관', 'mohw.go.kr'),
    ('교육부', 'central', 1995, 2000, '서울', '교육부장관', 'moe.go.kr'),
    ('교육인적자원부', 'central', 2001, 2007, '서울', '교육인적자원부장관', 'moe.go.kr'),
    ('교육부', 'central', 2013, 2026, '세종', '교육부장관', 'moe.go.kr'),
    ('국방부', 'mil', 1995, 2026, '서울', '국방부장관', 'mnd.go.kr'),
    ('합동참모본부', 'mil', 1995, 2026, '서울', '합동참모의장', 'jcs.mil.kr'),
    ('외교통상부', 'central', 1998, 2012, '서울', '외교통상부장관', 'mofat.go.kr'),
    ('외교부', 'central', 2013, 2026, '서울', '외교부장관', 'mofa.go.kr'),
    ('통일부', 'central', 1998, 2026, '서울', '통일부장관', 'unikorea.go.kr'),
    ('고용노동부', 'central', 2010, 2026, '세종', '고용노동부장관', 'moel.go.kr'),
    ('노동부', 'central', 1995, 2009, '경기', '노동부장관', 'molab.go.kr'),
    ('법무부', 'central', 1995, 2026, '경기', '법무부장관', 'moj.go.kr'),
    ('환경부', 'central', 1995, 2026, '세종', '환경부장관', 'me.go.kr'),
    ('산업통상자원부', 'central', 2013, 2026, '세종', '산업통상자원부장관', 'motie.go.kr'),
    ('농림축산식품부', 'central', 2013, 2026, '세종', '농림축산식품부장관', 'mafra.go.kr'),
    ('해양수산부', 'central', 2013, 2026, '세종', '해양수산부장관', 'mof.go.kr'),
    ('문화체육관광부', 'central', 2008, 2026, '세종', '문화체육관광부장관', 'mcst.go.kr'),
    ('기획재정부', 'central', 2008, 2026, '세종', '기획재정부장관', 'moef.go.kr'),
    ('과학기술정보통신부', 'central', 2017, 2026, '세종', '과학기술정보통신부장관', 'msit.go.kr'),
    ('조달청', 'cheong', 1995, 2026, '대전', '조달청장', 'pps.go.kr'),
    ('통계청', 'cheong', 1995, 2026, '대전', '통계청장', 'kostat.go.kr'),
    ('산림청', 'cheong', 1995, 2026, '대전', '산림청장', 'forest.go.kr'),
    ('국가보훈처', 'cheong', 1995, 2022, '세종', '국가보훈처장', 'mpva.go.kr'),
    ('국가보훈부', 'central', 2023, 2026, '세종', '국가보훈부장관', 'mpva.go.kr'),
    ('서울특별시', 'metro', 1995, 2026, '서울', '서울특별시장', 'seoul.go.kr'),
    ('부산광역시', 'metro', 1995, 2026, '부산', '부산광역시장', 'busan.go.kr'),
    ('대구광역시', 'metro', 1995, 2026, '대구', '대구광역시장', 'daegu.go.kr'),
    ('인천광역시', 'metro', 1995, 2026, '인천', '인천광역시장', 'incheon.go.kr'),
    ('대전광역시', 'metro', 1995, 2026, '대전', '대전광역시장', 'daejeon.go.kr'),
    ('울산광역시', 'metro', 1998, 2026, '울산', '울산광역시장', 'ulsan.go.kr'),
    ('세종특별자치시', 'metro', 2013, 2026, '세종', '세종특별자치시장', 'sejong.go.kr'),
    ('경기도', 'province', 1995, 2026, '경기', '경기도지사', 'gg.go.kr'),
    ('강원도', 'province', 1995, 2022, '강원', '강원도지사', 'gwd.go.kr'),
    ('강원특별자치도', 'province', 2023, 2026, '강원', '강원특별자치도지사', 'state.gwd.go.kr'),
    ('충청북도', 'province', 1995, 2026, '충북', '충청북도지사', 'chungbuk.go.kr'),
    ('충청남도', 'province', 1995, 2026, '충남', '충청남도지사', 'chungnam.go.kr'),
    ('전라남도', 'province', 1995, 2026, '전남', '전라남도지사', 'jeonnam.go.kr'),
    ('전북특별자치도', 'province', 2024, 2026, '전북', '전북특별자치도지사', 'jeonbuk.go.kr'),
    ('경상북도', 'province', 1995, 2026, '경북', '경상북도지사', 'gb.go.kr'),
    ('경상남도', 'province', 1995, 2026, '경남', '경상남도지사', 'gyeongnam.go.kr'),
    ('제주특별자치도', 'province', 2006, 2026, '제주', '제주특별자치도지사', 'jeju.go.kr'),
    ('수원시', 'city', 1995, 2026, '경기', '수원시장', 'suwon.go.kr'),
    ('성남시', 'city', 1995, 2026, '경기', '성남시장', 'seongnam.go.kr'),
    ('용인시', 'city', 1996, 2026, '경기', '용인시장', 'yongin.go.kr'),
    ('청주시', 'city', 1995, 2026, '충북', '청주시장', 'cheongju.go.kr'),
    ('전주시', 'city', 1995, 2026, '전북', '전주시장', 'jeonju.go.kr'),
    ('창원시', 'city', 1995, 2026, '경남', '창원시장', 'changwon.go.kr'),
    ('포항시', 'city', 1995, 2026, '경북', '포항시장', 'pohang.go.kr'),
    ('안동시', 'city', 1995, 2026, '경북', '안동시장', 'andong.go.kr'),
    ('순천시', 'city', 1995, 2026, '전남', '순천시장', 'suncheon.go.kr'),
    ('춘천시', 'city', 1995, 2026, '강원', '춘천시장', 'chuncheon.go.kr'),
    ('남해군', 'county', 1995, 2026, '경남', '남해군수', 'namhae.go.kr'),
    ('홍천군', 'county', 1995, 2026, '강원', '홍천군수', 'hongcheon.go.kr'),
    ('보은군', 'county', 1995, 2026, '충북', '보은군수', 'boeun.go.kr'),
    ('완도군', 'county', 1995, 2026, '전남', '완도군수', 'wando.go.kr'),
    ('의성군', 'county', 1995, 2026, '경북', '의성군수', 'usc.go.kr'),
    ('마포구', 'gu', 1995, 2026, '서울', '마포구청장', 'mapo.go.kr'),
    ('노원구', 'gu', 1995, 2026, '서울', '노원구청장', 'nowon.kr'),
    ('해운대구', 'gu', 1995, 2026, '부산', '해운대구청장', 'haeundae.go.kr'),
    ('수성구', 'gu', 1995, 2026, '대구', '수성구청장', 'suseong.kr'),
    ('유성구', 'gu', 1995, 2026, '대전', '유성구청장', 'yuseong.go.kr'),
    ('서울특별시교육청', 'edu', 1995, 2026, '서울', '서울특별시교육감', 'sen.go.kr'),
    ('경기도교육청', 'edu', 1995, 2026, '경기', '경기도교육감', 'goe.go.kr'),
    ('부산광역시교육청', 'edu', 1995, 2026, '부산', '부산광역시교육감', 'pen.go.kr'),
    ('충청북도교육청', 'edu', 1995, 2026, '충북', '충청북도교육감', 'cbe.go.kr'),
    ('전라남도교육청', 'edu', 1995, 2026, '전남', '전라남도교육감', 'jne.go.kr'),
    ('경상북도교육청', 'edu', 1995, 2026, '경북', '경상북도교육감', 'gbe.kr'),
    ('수원교육지원청', 'edu_local', 2010, 2026, '경기', '수원교육지원청교육장', 'goesw.kr'),
    ('청주교육지원청', 'edu_local', 2010, 2026, '충북', '청주교육지원청교육장', 'cjedu.go.kr'),
    ('한국전력공사', 'pe', 1995, 2026, '전남', '한국전력공사사장', 'kepco.co.kr'),
    ('한국토지주택공사', 'pe', 2010, 2026, '경남', '한국토지주택공사사장', 'lh.or.kr'),
    ('대한주택공사', 'pe', 1995, 2008, '경기', '대한주택공사사장', 'jugong.co.kr'),
    ('한국토지공사', 'pe', 1995, 2008, '경기', '한국토지공사사장', 'lplus.or.kr'),
    ('한국수자원공사', 'pe', 1995, 2026, '대전', '한국수자원공사사장', 'kwater.or.kr'),
    ('한국도로공사', 'pe', 1995, 2026, '경북', '한국도로공사사장', 'ex.co.kr'),
    ('국가철도공단', 'pe', 2020, 2026, '대전', '국가철도공단이사장', 'kr.or.kr'),
    ('한국철도시설공단', 'pe', 2004, 2019, '대전', '한국철도시설공단이사장', 'kr.or.kr'),
    ('한국가스공사', 'pe', 1995, 2026, '대구', '한국가스공사사장', 'kogas.or.kr'),
    ('인천국제공항공사', 'pe', 1999, 2026, '인천', '인천국제공항공사사장', 'airport.kr'),
    ('근로복지공단', 'pe', 1995, 2026, '울산', '근로복지공단이사장', 'comwel.or.kr'),
    ('국민건강보험공단', 'pe', 2000, 2026, '강원', '국민건강보험공단이사장', 'nhis.or.kr'),
    ('소방청', 'fire_hq', 2017, 2026, '세종', '소방청장', 'nfa.go.kr'),
    ('소방방재청', 'fire_hq', 2004, 2014, '서울', '소방방재청장', 'nema.go.kr'),
    ('경기도소방재난본부', 'fire_hq', 2004, 2026, '경기', '경기도소방재난본부장', 'gg.go.kr/119'),
    ('서울특별시소방재난본부', 'fire_hq', 2004, 2026, '서울', '서울특별시소방재난본부장', 'fire.seoul.go.kr'),
    ('수원소방서', 'fire', 1995, 2026, '경기', '수원소방서장', ''),
    ('해운대소방서', 'fire', 1995, 2026, '부산', '해운대소방서장', ''),
    ('청주동부소방서', 'fire', 2008, 2026, '충북', '청주동부소방서장', ''),
    ('경찰청', 'police_hq', 1995, 2026, '서울', '경찰청장', 'police.go.kr'),
    ('서울지방경찰청', 'police_hq', 1995, 2020, '서울', '서울지방경찰청장', 'smpa.go.kr'),
    ('서울특별시경찰청', 'police_hq', 2021, 2026, '서울', '서울특별시경찰청장', 'smpa.go.kr'),
    ('경기남부경찰청', 'police_hq', 2021, 2026, '경기', '경기남부경찰청장', 'ggpolice.go.kr'),
    ('부산지방경찰청', 'police_hq', 1995, 2020, '부산', '부산지방경찰청장', 'bspolice.go.kr'),
    ('마포경찰서', 'police', 1995, 2026, '서울', '마포경찰서장', ''),
    ('수원중부경찰서', 'police', 2003, 2026, '경기', '수원중부경찰서장', ''),
    ('해운대경찰서', 'police', 1995, 2026, '부산', '해운대경찰서장', ''),
    ('청주흥덕경찰서', 'police', 2000, 2026, '충북', '청주흥덕경찰서장', ''),
    ('국가안보실', 'mil', 2013, 2026, '서울', '국가안보실장', ''),
]

DEPTS = {
    'central': {'gen': ['운영지원과', '기획재정담당관', '혁신행정담당관', '감사담당관', '정책기획관실'],
                'sec': ['비상안전기획관실', '비상대비담당관', '보안담당관실', '운영지원과'],
                'foi': ['정보공개정책과', '혁신행정담당관', '운영지원과'],
                'hr': ['운영지원과', '인사과'], 'audit': ['감사담당관', '감사관실'],
                'policy': ['정책기획과', '규제개혁법무담당관', '정책총괄과'],
                'contract': ['운영지원과', '재정관리담당관'], 'welfare': ['기초생활보장과', '복지정책과'],
                'press': ['대변인실', '홍보담당관'], 'dev': ['국토정책과', '공공주택정책과', '도시정책과']},
    'local': {'gen': ['자치행정과', '총무과', '기획예산과', '행정지원과'],
              'sec': ['안전총괄과', '비상대비팀', '민방위과', '총무과'],
              'foi': ['총무과', '정보공개팀', '열린시정담당관'], 'hr': ['총무과', '인사과', '자치행정과'],
              'audit': ['감사관', '감사실', '감사담당관'], 'policy': ['기획예산과', '정책기획관', '법무담당관'],
              'contract': ['회계과', '재무과', '계약팀'], 'welfare': ['복지정책과', '사회복지과', '희망복지지원단'],
              'press': ['공보관', '홍보담당관', '대변인'], 'dev': ['도시계획과', '도시개발과', '건축과'],
              'minwon': ['민원여권과', '민원봉사과', '교통행정과', '환경위생과', '건설과', '세무과']},
    'edu': {'gen': ['행정과', '총무과', '기획예산과'], 'sec': ['비상대비팀', '총무과'],
            'foi': ['행정과', '총무과'], 'hr': ['교원인사과', '행정인사과', '총무과'],
            'audit': ['감사관', '감사담당관'], 'policy': ['정책기획관', '학교정책과'],
            'contract': ['재무과', '학교지원과'], 'welfare': ['학생복지과', '교육복지과'],
            'press': ['대변인실', '공보관'], 'dev': ['학교지원과', '시설과'], 'minwon': ['민원담당관', '학교지원과']},
    'pe': {'gen': ['경영지원처', '총무부', '기획처'], 'sec': ['보안팀', '안전보안처', '비상계획부'],
           'foi': ['총무부', '홍보실'], 'hr': ['인사처', '인사부'], 'audit': ['감사실'],
           'policy': ['기획처', '경영전략실'], 'contract': ['계약부', '재무처', '조달계약팀'],
           'welfare': ['노사협력부', '복지후생부'], 'press': ['홍보실'], 'dev': ['사업기획처', '개발사업처'],
           'minwon': ['고객지원부', '고객만족센터']},
    'fire': {'gen': ['소방행정과', '행정과'], 'sec': ['119종합상황실', '대응총괄과', '소방행정과'],
             'foi': ['소방행정과'], 'hr': ['소방행정과', '인사팀'], 'audit': ['감사팀', '소방감사담당관'],
             'policy': ['기획예산과', '소방정책과'], 'contract': ['장비관리과', '소방행정과'],
             'welfare': ['소방행정과'], 'press': ['홍보팀', '대변인실'], 'dev': ['예방안전과'],
             'minwon': ['예방안전과', '민원실']},
    'police': {'gen': ['경무과', '기획예산과'], 'sec': ['경비과', '정보과', '대테러센터', '경비교통과'],
               'foi': ['경무과', '청문감사인권관실'], 'hr': ['경무과', '인사과'],
               'audit': ['청문감사인권관실', '감사관실'], 'policy': ['기획조정과'],
               'contract': ['경무과', '재정과'], 'welfare': ['경무과'], 'press': ['홍보담당관', '홍보실'],
               'dev': ['경무과'], 'minwon': ['민원실', '수사과', '교통과', '생활안전과'],
               'inv': ['수사과', '형사과', '여성청소년과', '사이버수사과', '반부패·경제범죄수사대']},
    'mil': {'gen': ['운영지원과'], 'sec': ['동원기획과', '보안정책과', '군사시설기획과', '작전기획부', '비상계획관실'],
            'foi': ['운영지원과'], 'hr': ['인사기획관실'], 'audit': ['감사관실'], 'policy': ['정책기획과'],
            'contract': ['계약팀'], 'welfare': ['운영지원과'], 'press': ['대변인실'], 'dev': ['군사시설기획과']},
}


def dept_group(kind):
    return {'central': 'central', 'cheong': 'central', 'metro': 'local', 'province': 'local', 'city': 'local',
            'county': 'local', 'gu': 'local', 'edu': 'edu', 'edu_local': 'edu', 'pe': 'pe', 'fire': 'fire',
            'fire_hq': 'fire', 'police': 'police', 'police_hq': 'police', 'mil': 'mil'}[kind]


def dept(r, ag, topic):
    g = DEPTS[dept_group(ag['kind'])]
    return r.choice(g.get(topic) or g['gen'])


def agency(r, year, kinds, region=None, names=None):
    c = [a for a in AG if a[1] in kinds and a[2] <= year <= a[3]]
    if names:
        c = [a for a in c if a[0] in names] or c
    if region:
        c2 = [a for a in c if a[4] == region]
        c = c2 or c
    a = r.choice(c)
    head = a[5]
    if a[1] == 'pe' and head.startswith(a[0]):
        head = a[0] + ' ' + head[len(a[0]):]
    d = {'name': a[0], 'kind': a[1], 'region': a[4], 'head': head, 'domain': a[6], 'year': year}
    d['area'] = REGION[a[4]][1]
    # synthetic seat address, stable per agency name
    import random as _random
    ar = _random.Random('addr:' + a[0] + str(a[4]))
    region = a[4]
    if region == '세종' and year < 2013:
        region = '경기'
        d['region'], d['area'] = '경기', '031'
    sido = sido_name(region, year)
    sg = ar.choice(REGION[region][2])
    if a[1] in ('city', 'county', 'gu'):
        sg = a[0]
        if a[0] == '수원시':
            sg = '수원시 팔달구'
        elif a[0] == '성남시':
            sg = '성남시 중원구'
        elif a[0] == '용인시':
            sg = '용인시 처인구'
        elif a[0] == '청주시':
            sg = '청주시 상당구'
        elif a[0] == '전주시':
            sg = '전주시 완산구'
        elif a[0] == '창원시':
            sg = '창원시 의창구'
        elif a[0] == '포항시':
            sg = '포항시 남구'
    road = ar.choice(ROAD_STEMS) + ar.choice(['로', '대로'])
    num = ar.randint(5, 480)
    if a[1] in ('central', 'cheong', 'mil') and a[4] == '세종' and year < 2013:
        d['addr'] = f'경기도 과천시 {road} {num} 정부과천청사 {ar.randint(1, 8)}동'
    elif a[1] in ('central', 'cheong', 'mil') and a[4] == '세종':
        d['addr'] = f'세종특별자치시 {road} {num} 정부세종청사 {ar.randint(1, 17)}동'
    elif year < 2012:
        d['addr'] = f'{sido} {sg} {ar.choice(DONG_STEMS)}동 {ar.randint(1, 300)}-{ar.randint(1, 30)}'.replace('  ', ' ')
    else:
        d['addr'] = f'{sido} {sg} {road} {num}'.replace('  ', ' ')
    d['postal'] = postal(ar, year)
    d['tel_prefix'] = landline(ar, d['area'])[:-4]
    return d


def agency_phone(r, ag):
    return ag['tel_prefix'] + f'{r.randint(1000, 9999)}'


def homepage(ag):
    if not ag['domain']:
        return ''
    return ('www.' + ag['domain']) if not ag['domain'].startswith('www') else ag['domain']


# ---------------------------------------------------------------------------
def rdate(r, year, m0=1, m1=12):
    m = r.randint(m0, m1)
    d = r.randint(1, 28)
    return datetime.date(year, m, d)


WD = '월화수목금토일'


def fdate(dt, style='dot'):
    if style == 'dot':
        return f'{dt.year}. {dt.month}. {dt.day}.'
    if style == 'dot0':
        return f'{dt.year}.{dt.month:02d}.{dt.day:02d}.'
    if style == 'dash':
        return dt.isoformat()
    if style == 'kor':
        return f'{dt.year}년 {dt.month}월 {dt.day}일'
    if style == 'short':
        return f"'{dt.year % 100:02d}. {dt.month}. {dt.day}."
    if style == 'wd':
        return f'{dt.year}. {dt.month}. {dt.day}.({WD[dt.weekday()]})'
    return f'{dt.year}. {dt.month}. {dt.day}.'


def add_days(dt, n):
    return dt + datetime.timedelta(days=n)


# ---------------------------------------------------------------------------
# ranks
def central_ranks(kind):
    if kind in ('central', 'cheong'):
        return ['주무관', '주무관', '사무관', '서기관', '행정사무관', '전문경력관']
    if kind in ('metro', 'province', 'city', 'county', 'gu'):
        return ['주무관', '주무관', '팀장', '지방행정사무관', '주무관']
    if kind in ('edu', 'edu_local'):
        return ['주무관', '장학사', '장학관', '사무관']
    if kind == 'pe':
        return ['대리', '과장', '차장', '부장', '주임']
    if kind in ('fire', 'fire_hq'):
        return ['소방장', '소방위', '소방경', '소방교', '소방령']
    if kind in ('police', 'police_hq'):
        return ['경사', '경위', '경감', '경장', '경정']
    return ['사무관', '서기관', '소령', '중령', '주무관']


def ranks_for(ag):
    y = ag.get('year', 2020)
    k = ag['kind']
    if y < 2009 and k in ('central', 'cheong', 'mil'):
        return ['행정주사', '행정주사보', '행정사무관', '서기관']
    if y < 2009 and k in ('metro', 'province', 'city', 'county', 'gu', 'edu', 'edu_local'):
        return ['지방행정주사', '지방행정주사보', '계장', '지방행정사무관']
    return central_ranks(k)


def drafter_line(r, ag, dpt, dt, style=None):
    """기안자/검토자/결재권자 line of the 결문 (officials acting in office)."""
    ranks = ranks_for(ag)
    a, b, c = person(r), person(r), person(r)
    ra, rb = ranks[0], r.choice(ranks[1:])
    head = dpt if dpt.endswith(('관', '실', '단', '관실')) else dpt + '장'
    if ag['kind'] == 'pe':
        head = dpt + '장'
    style = style or r.choice(['plain', 'star', 'jeon', 'dae', 'date'])
    mmdd = f'{dt.month:02d}/{dt.day:02d}'
    if style == 'star':
        s = f'{ra} {a}   {rb} {b}   {head} ★{c}'
    elif style == 'jeon':
        s = f'{ra} {a}   {rb} {b}   {head} 전결 {mmdd} {c}'
    elif style == 'dae':
        s = f'{ra} {a}   {rb} {b}   {head} 대결 {mmdd} {c}'
    elif style == 'date':
        s = f'{ra} {a}   {rb} {b}   {head} {fdate(dt)} {c}'
    else:
        s = f'{ra} {a}   {rb} {b}   {head} {c}'
    return s, [a, b, c], a


# ---------------------------------------------------------------------------
# stated disclosure field spellings
LAWS = ['「공공기관의 정보공개에 관한 법률」', '정보공개법', '공공기관의정보공개에관한법률', '공공기관의 정보공개에 관한 법률', '법']


def cite(r, items):
    items = sorted(items)
    k = r.randint(0, 9)
    if k <= 3:
        return '(' + ','.join(map(str, items)) + ')' if r.random() < 0.7 else '(' + ', '.join(map(str, items)) + ')'
    if k == 4:
        return '(' + ', '.join(f'제{i}호' for i in items) + ')'
    if k == 5:
        return '(' + ' '.join(f'제9조 제1항 제{i}호' for i in items[:1]) + ''.join(f', 제{i}호' for i in items[1:]) + ')'
    if k == 6:
        return '(' + ', '.join(f'제9조①{i}' for i in items) + ')'
    if k == 7:
        return '(' + ', '.join(f'9조 1항 {i}호' for i in items) + ')'
    if k == 8:
        law = r.choice(LAWS[:4])
        return f'({law} 제9조 제1항 제' + '·'.join(map(str, items)) + '호)'
    return '(' + f'{r.choice(LAWS)} 제9조제1항제{items[0]}호' + ''.join(f', 제{i}호' for i in items[1:]) + ')'


def stated(r, level, items=()):
    if level == 'public':
        return r.choice(['공개', '공개', '공개', '공 개', '대국민공개', '공개(전부)'])
    word = '부분공개' if level == 'partial' else '비공개'
    if r.random() < 0.12:
        word = {'부분공개': '부분 공개', '비공개': '비 공개'}[word]
    c = cite(r, items)
    if r.random() < 0.15:
        return word + ' ' + c
    return word + c


# ---------------------------------------------------------------------------
# classification stamps
def secret_stamp(r, level):
    opts = {
        'III급': ['Ⅲ급비밀', 'III급 비밀', '3급 비밀', '비밀(Ⅲ급)', 'Ⅲ 급 비 밀', 'Ⅲ급 비밀', 'III급비밀', '비 밀 (Ⅲ급)'],
        'II급': ['Ⅱ급비밀', 'II급 비밀', '비밀(Ⅱ급)', 'Ⅱ 급 비 밀', '2급 비밀', 'Ⅱ급 비밀'],
        'I급': ['Ⅰ급비밀', 'I급 비밀', 'Ⅰ 급 비 밀', '비밀(Ⅰ급)', 'Ⅰ급 비밀'],
    }
    return r.choice(opts[level])


def daeoebi_stamp(r, until):
    u = fdate(until)
    return r.choice(['대외비', '대 외 비', '[대외비]', '《대외비》', f'{u}까지 대외비', f'대외비(보호기간: {u}까지)',
                     '보안등급: 대외비', '〈대외비〉', '대외비', '대 외 비'])


def yegomun(r, level, until):
    lv = {'III급': 'Ⅲ급비밀', 'II급': 'Ⅱ급비밀', 'I급': 'Ⅰ급비밀'}[level]
    u = fdate(until)
    return r.choice([f'예고문: {u}까지 {lv}, 이후 일반문서로 재분류',
                     f'예고문 : {u}까지 {lv}, 이후 파기',
                     f'예고문 : {u} 일반문서로 재분류',
                     f'(예고문) {u}까지 {lv}  이후 재분류: 일반'])


def copyno(r):
    n = r.randint(3, 9)
    k = r.randint(1, n)
    return r.choice([f'사본번호: {k}/{n}', f'사본번호 제{k}호 (총 {n}부)', f'사본 No. {k} / {n}', f'사본번호 : {k}'])


def has_batchim(word):
    for ch in reversed(word):
        if '\uAC00' <= ch <= '\uD7A3':
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isdigit():
            return ch in '013678'
        if ch.isalpha():
            return False
    return False


def josa(word, pair):
    """pair like '은는', '이가', '을를', '과와', '으로로'"""
    if pair == '으로로':
        return word + ('으로' if has_batchim(word) and (ord(word[-1]) - 0xAC00) % 28 != 8 else '로')
    a, b = pair[0], pair[1]
    return word + (a if has_batchim(word) else b)


RECIPIENTS = {
    'central': ['각 시·도지사', '소속기관장', '각 시·도지사(비상대비담당관)', '행정기관장'],
    'cheong': ['소속기관장', '각 지방청장', '각 시·도지사'],
    'metro': ['각 자치구청장', '시장·군수·구청장', '각 실·국·본부장', '직속기관장 및 사업소장'],
    'province': ['시장·군수', '각 실·국장', '직속기관장 및 사업소장'],
    'city': ['각 읍·면·동장', '각 부서장', '각 사업소장'],
    'county': ['각 읍·면장', '각 부서장'],
    'gu': ['각 동장', '각 부서장'],
    'edu': ['각급 학교장', '교육지원청 교육장', '직속기관장'],
    'edu_local': ['관내 초·중학교장', '관내 각급 학교장'],
    'pe': ['각 부서장', '각 지역본부장', '각 사업소장'],
    'fire': ['각 119안전센터장', '각 과장'], 'fire_hq': ['각 소방서장', '각 과장'],
    'police': ['각 지구대장·파출소장', '각 과장'], 'police_hq': ['각 경찰서장', '각 과장'],
    'mil': ['예하 부대장', '관계 부서장'],
}

SLOGANS_BY = {
    'central': ['국민과 함께하는 따뜻한 정부', '국민의 안전을 최우선으로', '청렴으로 신뢰받는 기관', '함께 만드는 내일, 신뢰받는 행정'],
    'local': ['시민이 행복한 도시', '더 큰 희망, 새로운 도약', '안전하고 살기 좋은 우리 고장', '모두가 누리는 복지'],
    'edu': ['학생 중심, 현장 중심 교육', '배움이 즐거운 학교'],
    'pe': ['바르게 일하는 공기업', '고객과 함께 성장하는 공기업', '청렴으로 신뢰받는 기관'],
    'fire': ['국민의 안전을 최우선으로', '119, 안전의 시작'], 'police': ['국민이 안심하는 치안', '따뜻하고 믿음직한 경찰'],
    'mil': ['강한 국방, 튼튼한 안보'],
}


def pick(r, seq):
    """Cycle through seq over the documents of one template (deterministic permutation
    per template), so every variant is used; falls back to r.choice."""
    slot = getattr(r, 'slot', None)
    if slot is None:
        return r.choice(seq)
    import random as _random
    order = list(range(len(seq)))
    _random.Random('perm:' + getattr(r, 'tname', '') + ':' + str(len(seq))).shuffle(order)
    return seq[order[slot % len(seq)]]
