# -*- coding: utf-8 -*-
"""Invented vocabulary and helpers for sens_ao. Every organisation, person, place and number is fictional."""
import datetime

REF = datetime.date(2026, 3, 1)   # reference date ("now") for 예고문 / 보호기간

SURN = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '전', '문', '양', '배', '백', '노', '하', '곽', '성', '차', '주']
GIV1 = ['서', '민', '지', '하', '도', '은', '예', '수', '태', '현', '유', '재', '승', '다', '보', '채', '우', '세', '윤', '가', '한', '소', '진', '나', '규']
GIV2 = ['준', '윤', '아', '린', '훈', '빈', '솔', '율', '람', '연', '호', '경', '온', '결', '별', '완', '혁', '담', '슬', '찬', '희', '범', '단', '겸', '미']

MINISTRIES = ['국토균형발전부', '대외전략부', '생활안전처', '산업혁신부', '디지털행정부', '해양자원청', '국가비상대비청', '통일협력부', '보건돌봄부', '지역상생부']
LOCALS = ['한빛특별자치시', '청람시', '누리군', '가온시', '새벌시', '다솜군', '물빛시', '솔뫼군', '여울시', '미르시']
PROVS = ['다온도', '한결도', '가람도', '늘봄도']
AGENCIES = ['한결에너지공사', '국립미래기술원', '청람도시개발공사', '누리물관리공단', '가온교통공사', '국가데이터진흥원', '해솔항만공사', '미르문화재단']
DEPTS = ['기획조정실', '운영지원과', '감사담당관', '비상안전기획관', '정책총괄과', '도시계획과', '재난안전과', '복지정책과', '인사혁신팀', '계약관리팀', '정보화담당관', '민원소통과', '보건위생과', '교통정책과', '세무과', '토지정보과', '총무과', '청사관리팀', '공보담당관', '통계분석과']
STREETS = ['누리로', '한빛대로', '가람길', '솔빛로', '새뜸로', '미르중앙로', '여울3길', '다온로', '청람대로', '물빛공원로', '은행나무길', '도담로']
DONGS = ['가온동', '새롬동', '다정동', '보람동', '솔빛동', '한울동', '미리내동', '늘푸른동']
APTS = ['햇살마루아파트', '푸른솔아파트', '누리뜰아파트', '한빛리버뷰', '가람채아파트']
COMPANIES = ['(주)다온엔지니어링', '(주)솔빛건설', '(주)누리시스템즈', '가람테크(주)', '(주)미르정보통신', '(주)한결환경', '여울산업(주)', '(주)새뜸이앤씨', '(주)청람소프트', '(주)물빛플랜트']
BANKS = ['한빛은행', '누리은행', '가람저축은행', '다온농협', '미르신협']
POSITIONS = ['주무관', '사무관', '서기관', '팀장', '과장']


def name(rng):
    while True:
        n = rng.choice(SURN) + rng.choice(GIV1) + rng.choice(GIV2)
        if n != '홍길동':
            return n


def names(rng, k):
    out = []
    while len(out) < k:
        n = name(rng)
        if n not in out:
            out.append(n)
    return out


def d(dt):
    return '%d. %d. %d.' % (dt.year, dt.month, dt.day)


def date_between(rng, a, b):
    a = datetime.date(*a)
    b = datetime.date(*b)
    return a + datetime.timedelta(days=rng.randint(0, (b - a).days))


def tel(rng, area='044'):
    return '%s-%d-%04d' % (area, rng.randint(200, 999), rng.randint(0, 9999))


def mobile(rng):
    return '010-%04d-%04d' % (rng.randint(2000, 9999), rng.randint(0, 9999))


def rrn(rng, masked=False, mask_char='*'):
    y = rng.randint(58, 99)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    g = rng.choice([1, 2])
    tail = ''.join(str(rng.randint(0, 9)) for _ in range(6))
    if masked:
        return '%02d%02d%02d-%d%s' % (y, m, dd, g, mask_char * 6)
    return '%02d%02d%02d-%d%s' % (y, m, dd, g, tail)


def frn(rng):
    y = rng.randint(75, 99)
    return '%02d%02d%02d-%d%s' % (y, rng.randint(1, 12), rng.randint(1, 28), rng.choice([5, 6]), ''.join(str(rng.randint(0, 9)) for _ in range(6)))


def passport(rng):
    return rng.choice('MS') + '%08d' % rng.randint(0, 99999999)


def dlicense(rng):
    return '%s %02d-%02d-%06d-%02d' % (rng.choice(['다온', '한결', '가람']), rng.randint(11, 28), rng.randint(10, 25), rng.randint(0, 999999), rng.randint(10, 99))


def account(rng):
    return '%03d-%06d-%02d-%03d' % (rng.randint(100, 999), rng.randint(0, 999999), rng.randint(10, 99), rng.randint(0, 999))


def addr(rng, local=None):
    local = local or rng.choice(LOCALS)
    return '%s %s %d, %d동 %d호' % (local, rng.choice(STREETS), rng.randint(3, 420), rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))


def inst_addr(rng, org):
    return '%s %s %d' % (org if org in LOCALS else rng.choice(LOCALS), rng.choice(STREETS), rng.randint(10, 300))


def docno(rng, dept):
    return '%s-%d' % (dept, rng.randint(100, 9999))


def money(rng, lo, hi, step=1000):
    v = rng.randint(lo // step, hi // step) * step
    return '{:,}원'.format(v)


def mask_name(n, style):
    if style == 0:
        return n[0] + '○○'
    if style == 1:
        return n[0] + '**'
    return n[0] + ' 모 씨'
