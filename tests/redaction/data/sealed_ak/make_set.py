#!/usr/bin/env python3
"""pii_ak: independent synthetic evaluation set for a Korean PII detector.

Standard library only.  Run:  python3 make_set.py
Writes pii_ak.jsonl, pii_ak.meta.jsonl, stats.json, README.md and MD5SUMS (last)
into the directory of this script, then re-reads the files and validates them.
Every random choice comes from random.Random("pii_ak-2026|<template>|<i>")
(retries append "|r<k>").
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
SEED_PREFIX = "pii_ak-2026"

# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
SURN_COMMON = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황',
               '안', '송', '류', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '유', '남', '심', '노']
SURN_RARE = ['하', '곽', '성', '차', '주', '우', '구', '민', '진', '나', '지', '엄', '채', '원', '천', '방', '공',
             '현', '함', '변', '염', '여', '추', '도', '소', '석', '선', '설', '마', '길', '연', '위', '표', '명',
             '기', '반', '왕', '금', '옥', '육', '인', '맹', '제', '탁', '국', '어', '은', '편', '용', '예', '봉']
SURN_TWO = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']
ALL_SURN = SURN_TWO + SURN_COMMON + SURN_RARE
GIV = ['민', '서', '지', '현', '우', '준', '호', '영', '수', '진', '하', '은', '윤', '재', '성', '태', '경', '혜',
       '정', '동', '상', '희', '연', '주', '예', '소', '다', '유', '도', '시', '채', '인', '승', '원', '석', '용',
       '혁', '규', '빈', '아', '나', '미', '선', '종', '철', '광', '형', '훈', '찬', '범', '율', '온', '솔', '별',
       '결', '담', '건', '한', '람', '겸', '휘', '록', '완', '환', '웅', '섭', '균', '택', '린', '슬', '봄', '늘']
LAT_FAM = ['NGUYEN', 'TRAN', 'PHAM', 'SANTOS', 'REYES', 'SMITH', 'KARIMOV', 'BATBAYAR', 'SHARMA', 'WANG', 'LIU',
           'ZHANG', 'TANAKA', 'SATO', 'PETROV', 'IVANOVA', 'RAHMAN', 'HASSAN', 'GARCIA', 'MULLER', 'SILVA',
           'KHAN', 'PUTRI', 'DELA CRUZ', 'YUSUPOV', 'OCHIR', 'WIJAYA', 'SOK', 'THAPA', 'ALIEV']
LAT_GIV = ['Minh Anh', 'Thi Lan', 'Van Hung', 'Maria', 'Jose Luis', 'John', 'Emily', 'Aziz', 'Bolormaa',
           'Dilnoza', 'Rahul', 'Siti', 'Ahmed', 'Olga', 'Ivan', 'Wei', 'Kenji', 'Yuki', 'Somchai', 'Arjun',
           'Anna', 'David', 'Sofia', 'Bakhodir', 'Nurlan', 'Dewi', 'Sopheap', 'Ramesh', 'Farida', 'Tuan']
HAN_FAM = ['응우옌', '쩐', '팜', '산토스', '레예스', '스미스', '카리모프', '바트바야르', '샤르마', '왕', '리우',
           '다나카', '사토', '페트로프', '이바노바', '라흐만', '하산', '가르시아', '뮐러', '실바', '칸', '유수포프',
           '오치르', '위자야', '타파', '알리예프']
HAN_GIV = ['반훙', '티란', '마리아', '호세', '존', '에밀리', '아지즈', '볼로르마', '딜노자', '라훌', '시티', '아흐메드',
           '올가', '이반', '웨이', '겐지', '유키', '솜차이', '아르준', '안나', '다비드', '소피아', '바호디르', '누를란',
           '데위', '소피프', '라메시', '파리다', '뚜안']
NATS = [('베트남', 'VNM'), ('필리핀', 'PHL'), ('중국', 'CHN'), ('우즈베키스탄', 'UZB'), ('몽골', 'MNG'),
        ('네팔', 'NPL'), ('인도네시아', 'IDN'), ('캄보디아', 'KHM'), ('미국', 'USA'), ('러시아', 'RUS'),
        ('태국', 'THA'), ('인도', 'IND'), ('카자흐스탄', 'KAZ'), ('일본', 'JPN')]

SIDO = [
    ('서울특별시', '서울', ['종로구', '중구', '용산구', '성동구', '광진구', '마포구', '서대문구', '은평구', '강서구',
                       '구로구', '관악구', '동작구', '송파구', '강동구', '노원구', '도봉구', '중랑구']),
    ('부산광역시', '부산', ['해운대구', '수영구', '동래구', '사하구', '부산진구', '금정구', '연제구']),
    ('대구광역시', '대구', ['수성구', '달서구', '북구', '동구']),
    ('인천광역시', '인천', ['미추홀구', '연수구', '남동구', '부평구', '계양구']),
    ('광주광역시', '광주', ['북구', '서구', '광산구']),
    ('대전광역시', '대전', ['유성구', '서구', '대덕구']),
    ('울산광역시', '울산', ['남구', '중구', '울주군']),
    ('세종특별자치시', '세종', ['']),
    ('경기도', '경기', ['수원시 팔달구', '수원시 영통구', '성남시 분당구', '고양시 일산동구', '용인시 수지구',
                    '부천시', '안산시 단원구', '화성시', '평택시', '의정부시', '파주시', '김포시', '남양주시',
                    '양평군', '가평군']),
    ('강원특별자치도', '강원', ['춘천시', '원주시', '강릉시', '속초시', '홍천군']),
    ('충청북도', '충북', ['청주시 상당구', '청주시 흥덕구', '충주시', '제천시', '옥천군']),
    ('충청남도', '충남', ['천안시 동남구', '아산시', '공주시', '서산시', '홍성군']),
    ('전북특별자치도', '전북', ['전주시 완산구', '전주시 덕진구', '익산시', '군산시', '남원시']),
    ('전라남도', '전남', ['목포시', '여수시', '순천시', '나주시', '해남군']),
    ('경상북도', '경북', ['포항시 북구', '경주시', '구미시', '안동시', '칠곡군']),
    ('경상남도', '경남', ['창원시 성산구', '창원시 마산합포구', '김해시', '진주시', '양산시', '거제시']),
    ('제주특별자치도', '제주', ['제주시', '서귀포시']),
]
ROADSTEM = ['은행나무', '새솔', '한울', '달빛', '푸른숲', '고운', '매화', '솔밭', '누리', '햇살', '별내', '가람',
            '도담', '미리내', '너울', '다솜', '나래', '청솔', '버들', '들꽃', '산마루', '물안개', '참나무', '느티',
            '금빛', '온새미', '아름드리', '바람개비', '윤슬', '노을', '개나리', '억새', '두레', '한마음', '꽃담']
APTS = ['한빛', '푸른마을', '새솔', '누리', '햇살가득', '청솔', '미소', '하늘채움', '도담', '숲속마을']
DONG = ['새솔동', '누리동', '가람동', '달빛동', '한울동', '버들동', '솔밭동', '청림동', '매화동', '햇빛동']
EUP = ['서종면', '봉담읍', '남면', '북면', '청산면', '동면', '옥산면', '금성면']
RI = ['문호리', '동화리', '상리', '하리', '신촌리', '대평리', '송정리', '월곡리']

AGENCIES = [('행정안전부', '044'), ('보건복지부', '044'), ('국토교통부', '044'), ('고용노동부', '044'),
            ('법무부', '02'), ('교육부', '044'), ('환경부', '044'), ('여성가족부', '02'),
            ('서울특별시 마포구', '02'), ('경기도 화성시', '031'), ('부산광역시 해운대구', '051'),
            ('대전광역시 유성구', '042'), ('충청북도 청주시', '043'), ('전라남도 순천시', '061'),
            ('경상남도 김해시', '055'), ('강원특별자치도 춘천시', '033'), ('인천광역시 연수구', '032'),
            ('제주특별자치도 서귀포시', '064')]
DEPTS = ['민원여권과', '복지정책과', '교통행정과', '총무과', '운영지원과', '감사담당관실', '자치행정과',
         '세무과', '건축과', '환경정책과', '정보화담당관', '인사과', '계약팀', '재무과', '외국인정책과',
         '아동청소년과', '보건소 건강증진과', '차량등록사업소', '주차관리과', '노인장애인과']
BANKS = [('KB국민은행', [6, 2, 6]), ('국민은행', [6, 2, 6]), ('신한은행', [3, 3, 6]), ('우리은행', [4, 3, 6]),
         ('하나은행', [3, 6, 5]), ('NH농협은행', [3, 4, 4, 2]), ('농협', [3, 2, 6]), ('IBK기업은행', [3, 6, 2, 3]),
         ('우체국', [6, 2, 6]), ('새마을금고', [4, 2, 6, 1]), ('SC제일은행', [3, 2, 6]), ('카카오뱅크', [4, 2, 7]),
         ('토스뱅크', [4, 4, 4]), ('수협은행', [3, 2, 6, 1]), ('iM뱅크', [3, 2, 6, 1]), ('부산은행', [3, 4, 4, 2]),
         ('광주은행', [3, 3, 6]), ('경남은행', [3, 2, 7]), ('신협', [5, 2, 6])]
COMPANY_STEMS = ['한빛', '누리', '미래', '대한', '가온', '새길', '동방', '태평', '온누리', '세움', '다온', '바른',
                 '하나로', '청림', '우성', '동진', '금강', '서해', '솔빛', '명성']
COMPANY_SUF = ['엔지니어링', '건설', '정보통신', '시스템', '환경', '산업', '기술', '디자인', '컨설팅', '테크',
               '전기', '조경', '소프트', '데이터', '물류']
DL_REGION = [('서울', '11'), ('부산', '12'), ('경기', '13'), ('강원', '14'), ('충북', '15'), ('충남', '16'),
             ('전북', '17'), ('전남', '18'), ('경북', '19'), ('경남', '20'), ('제주', '21'), ('대구', '22'),
             ('인천', '23'), ('광주', '25'), ('대전', '26'), ('울산', '28')]
DL_CODES = [c for _, c in DL_REGION]
DL_NAMES = [n for n, _ in DL_REGION]
PLATE_PRIV = list('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주')
PLATE_COMM = list('바사아자')
PLATE_RENT = list('하허호')
PLATE_ALL = PLATE_PRIV + PLATE_COMM + PLATE_RENT + ['배']
CARS = ['쏘나타', '아반떼', 'K5', '그랜저', '스포티지', '카니발', '모닝', '레이', '포터Ⅱ', '봉고Ⅲ', '투싼', 'SM6',
        '코나', '쏘렌토', '티볼리']
MAIL_LOCAL = ['minsu', 'jhkim', 'hana', 'skyblue', 'parkjy', 'leesh', 'sunny', 'moonlight', 'star', 'river',
              'haneul', 'dalbit', 'byul', 'jiwoo', 'dohyun', 'seoyeon', 'gold', 'green', 'yjchoi', 'kbs', 'hope',
              'mint', 'ocean', 'pine', 'cloud', 'rainbow', 'tiger', 'wolf', 'yoon', 'jang']
MAIL_DOM = ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'kakao.com', 'nate.com', 'outlook.com']
HANGUL_DIG = '공일이삼사오육칠팔구'

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def mdays(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def valid_date(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= mdays(y, m)


def digits(r, n, first_nonzero=False):
    s = ''.join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(r.randint(1, 9)) + s[1:]
    return s


def has_jong(ch):
    o = ord(ch) - 0xAC00
    return 0 <= o < 11172 and o % 28 != 0


def jo(word, a, b):
    """particle: a after a final consonant, b otherwise"""
    c = word[-1]
    if not ('가' <= c <= '힣'):
        return b
    return a if has_jong(c) else b


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def sep(r):
    return pick(r, [': ', ':', ' : ', ' ', '\t', '  ', '：', ' - '])


# ---------------------------------------------------------------------------
# value generators: each returns (value, sub_kind)
# ---------------------------------------------------------------------------


def kname(r, allow_two=True):
    x = r.random()
    if allow_two and x < 0.06:
        s = pick(r, SURN_TWO)
        g = pick(r, GIV) + (pick(r, GIV) if r.random() < 0.5 else '')
        return s + g, 'ko_name_2surname'
    s = pick(r, SURN_COMMON) if r.random() < 0.8 else pick(r, SURN_RARE)
    n = 2 if r.random() < 0.9 else 1
    g = ''.join(pick(r, GIV) for _ in range(n))
    return s + g, 'ko_name'


def fname_latin(r):
    fam, giv = pick(r, LAT_FAM), pick(r, LAT_GIV)
    if r.random() < 0.5:
        return f"{fam} {giv.upper()}", 'foreign_latin'
    return f"{giv} {fam.title()}", 'foreign_latin'


def fname_hangul(r):
    return f"{pick(r, HAN_FAM)} {pick(r, HAN_GIV)}", 'foreign_hangul'


def romanize_like(r):
    # invented Latin rendering of a Korean name (as printed on a passport)
    fam = pick(r, ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM', 'HAN', 'OH', 'SEO'])
    g1 = pick(r, ['MIN', 'SEO', 'JI', 'HYUN', 'WOO', 'JUN', 'HO', 'YOUNG', 'SU', 'JIN', 'HA', 'EUN', 'YUN'])
    g2 = pick(r, ['JUN', 'YEON', 'HO', 'WOO', 'BIN', 'A', 'SEOK', 'HEE', 'KYUNG', 'CHAN'])
    return f"{fam} {g1}{g2}" if r.random() < 0.5 else f"{fam} {g1}-{g2}", 'ko_romanized'


def rrn_ck(body12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(body12, w)) % 11) % 10


def frn_ck(body12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(body12, w)) % 11) % 10


def brn_ck(b9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(b9, w)) + (int(b9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_ck(b12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(b12))
    return (10 - s % 10) % 10


def luhn_ok(num):
    t = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_complete(partial):
    for c in range(10):
        if luhn_ok(partial + str(c)):
            return partial + str(c)
    raise AssertionError


def person(r, lo=19, hi=82, ref=2025, foreign=False):
    y = r.randint(ref - hi, ref - lo)
    m = r.randint(1, 12)
    d = r.randint(1, mdays(y, m))
    if foreign:
        nm, sk = (fname_latin(r) if r.random() < 0.6 else fname_hangul(r))
    else:
        nm, sk = kname(r)
    return {'name': nm, 'name_sub': sk, 'y': y, 'm': m, 'd': d, 'sex': r.randint(0, 1)}


def child(r):
    # born after 2020-10 (post-2020 RRN, no check digit) or earlier
    y = r.randint(2020, 2024)
    m = r.randint(10, 12) if y == 2020 else r.randint(1, 12)
    d = r.randint(1, mdays(y, m))
    nm, sk = kname(r, allow_two=False)
    return {'name': nm, 'name_sub': sk, 'y': y, 'm': m, 'd': d, 'sex': r.randint(0, 1)}


def rrn(r, p, mode=None):
    """mode: valid | post2020 | masked (auto by birth date)"""
    front = f"{p['y'] % 100:02d}{p['m']:02d}{p['d']:02d}"
    g = (1 if p['y'] < 2000 else 3) + p['sex']
    if mode is None:
        mode = 'post2020' if (p['y'], p['m']) >= (2020, 10) else 'valid'
    if mode == 'masked':
        mk = pick(r, ['*', '*', '●', 'X', 'x', '○'])
        return f"{front}-{g}{mk * 6}", 'rrn_masked'
    body = front + str(g) + digits(r, 5)
    c = rrn_ck(body)
    if mode == 'post2020':
        c = (c + r.randint(1, 9)) % 10
        sub = 'rrn_post2020'
    else:
        sub = 'rrn_valid'
    s = body + str(c)
    return s[:6] + '-' + s[6:], sub


def frn(r, p, masked=False):
    front = f"{p['y'] % 100:02d}{p['m']:02d}{p['d']:02d}"
    g = (5 if p['y'] < 2000 else 7) + p['sex']
    if masked:
        return f"{front}-{g}******", 'frn_masked'
    body = front + str(g) + digits(r, 4) + str(r.randint(6, 9))
    s = body + str(frn_ck(body))
    return s[:6] + '-' + s[6:], 'frn_valid'


def brn(r, corp=True):
    a = str(r.randint(101, 899))
    b = pick(r, ['81', '82', '85', '86', '87', '88']) if corp else f"{r.randint(1, 79):02d}"
    c = digits(r, 4)
    b9 = a + b + c
    s = b9 + str(brn_ck(b9))
    return f"{s[:3]}-{s[3:5]}-{s[5:]}", 'brn_corp' if corp else 'brn_individual'


def crn(r):
    reg = pick(r, ['1101', '1201', '1301', '1311', '1345', '1358', '1442', '1601', '1710', '1801', '2001',
                   '2301', '1501', '1611', '2801'])
    kind = pick(r, ['11', '11', '11', '14', '21', '22', '13'])
    b12 = reg + kind + digits(r, 6)
    s = b12 + str(crn_ck(b12))
    return f"{s[:6]}-{s[6:]}", 'crn'


def card(r):
    k = r.random()
    if k < 0.12:
        pre = pick(r, ['34', '37'])
        num = luhn_complete(pre + digits(r, 12))
        return f"{num[:4]}-{num[4:10]}-{num[10:]}", 'card_amex15'
    if k < 0.4:
        pre, sub = '4' + digits(r, 1), 'card_visa'
    elif k < 0.65:
        pre, sub = '5' + str(r.randint(1, 5)), 'card_master'
    elif k < 0.85:
        pre, sub = '94' + digits(r, 2), 'card_bc'
    else:
        pre, sub = '35' + str(r.randint(28, 89)), 'card_jcb'
    num = luhn_complete(pre + digits(r, 15 - len(pre)))
    st = r.random()
    if st < 0.6:
        return '-'.join(num[i:i + 4] for i in range(0, 16, 4)), sub
    if st < 0.85:
        return ' '.join(num[i:i + 4] for i in range(0, 16, 4)), sub
    return num, sub


def account(r, bank=None):
    if bank is None:
        bank = pick(r, BANKS)
    name, groups = bank
    parts = []
    for i, g in enumerate(groups):
        parts.append(digits(r, g, first_nonzero=(i == 0)))
    if parts[0].startswith('01'):
        parts[0] = '3' + parts[0][1:]
    s = '-'.join(parts) if r.random() < 0.8 else ''.join(parts)
    return name, s, 'acct_' + '-'.join(map(str, groups))


def passport(r, kind=None):
    k = kind or pick(r, ['kr_old', 'kr_new', 'kr_new', 'foreign'])
    if k == 'kr_old':
        return pick(r, 'MMMMSGDR') + digits(r, 8), 'passport_kr_old'
    if k == 'kr_new':
        return pick(r, 'MMMMSGDR') + digits(r, 3) + pick(r, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 4), 'passport_kr_new'
    f = pick(r, ['C' + digits(r, 7), 'E' + digits(r, 8), 'P' + digits(r, 7) + pick(r, 'ABCK'),
                 'TK' + digits(r, 7), 'FA' + digits(r, 7), 'B' + digits(r, 7), 'N' + digits(r, 7),
                 'EJ' + digits(r, 7), 'AB' + digits(r, 7)])
    return f, 'passport_foreign'


def dl(r):
    code = pick(r, DL_CODES)
    yy = f"{r.randint(0, 99):02d}"
    ser, tail = digits(r, 6), digits(r, 2)
    k = r.random()
    if k < 0.45:
        return f"{code}-{yy}-{ser}-{tail}", 'dl_code'
    if k < 0.7:
        nm = DL_NAMES[DL_CODES.index(code)]
        return f"{nm} {yy}-{ser}-{tail}", 'dl_name'
    if k < 0.8:
        nm = DL_NAMES[DL_CODES.index(code)]
        return f"{nm}{yy}-{ser}-{tail}", 'dl_name_nospace'
    return f"{code}{yy}{ser}{tail}", 'dl_plain12'


def plate(r):
    k = r.random()
    if k < 0.35:
        return f"{r.randint(10, 99)}{pick(r, PLATE_PRIV)} {digits(r, 4, True)}", 'plate_2digit'
    if k < 0.65:
        return f"{r.randint(100, 399)}{pick(r, PLATE_PRIV)} {digits(r, 4, True)}", 'plate_3digit'
    if k < 0.75:
        return f"{pick(r, [s[1] for s in SIDO])} {r.randint(10, 99)}{pick(r, PLATE_PRIV)} {digits(r, 4, True)}", 'plate_region'
    if k < 0.85:
        return f"{pick(r, [s[1] for s in SIDO])} {r.randint(70, 99)}{pick(r, PLATE_COMM)} {digits(r, 4, True)}", 'plate_commercial'
    if k < 0.92:
        return f"{r.randint(10, 99)}{pick(r, PLATE_RENT)}{digits(r, 4, True)}", 'plate_nospace'
    return f"{r.randint(100, 399)}{pick(r, PLATE_PRIV)}{digits(r, 4, True)}", 'plate_nospace'


def health_ins(r):
    n = str(r.randint(1, 9)) + digits(r, 10)
    k = r.random()
    if k < 0.6:
        return n, 'hi_11'
    if k < 0.85:
        return n[0] + '-' + n[1:], 'hi_1_10'
    return n[:5] + '-' + n[5:], 'hi_5_6'


def mobile(r):
    p = pick(r, ['010'] * 12 + ['011', '016', '017', '019'])
    mid = digits(r, 4, True) if p == '010' else digits(r, pick(r, [3, 4]), True)
    last = digits(r, 4)
    k = r.random()
    if k < 0.6:
        return f"{p}-{mid}-{last}", 'mobile'
    if k < 0.75:
        return f"{p}{mid}{last}", 'mobile_plain'
    if k < 0.85:
        return f"{p}.{mid}.{last}", 'mobile_dot'
    if k < 0.93:
        return f"{p} {mid} {last}", 'mobile_space'
    return f"+82-{p[1:]}-{mid}-{last}", 'mobile_intl'


AREA = ['02', '031', '032', '033', '041', '042', '043', '044', '051', '052', '053', '054', '055', '061', '062',
        '063', '064']


def landline(r, area=None, fax=False):
    a = area or pick(r, AREA)
    mid = digits(r, pick(r, [3, 4]), True)
    if mid[0] == '1':
        mid = '2' + mid[1:]
    last = digits(r, 4)
    k = r.random()
    if k < 0.8:
        return f"{a}-{mid}-{last}", 'fax' if fax else 'landline'
    if k < 0.9:
        return f"({a}) {mid}-{last}", 'fax' if fax else 'landline'
    return f"{a}.{mid}.{last}", 'fax' if fax else 'landline'


def voip(r):
    return f"070-{digits(r, 4, True)}-{digits(r, 4)}", 'voip070'


def email(r, dom=None):
    loc = pick(r, MAIL_LOCAL) + pick(r, ['', '', str(r.randint(1, 99)), str(r.randint(70, 99)), '_' + pick(r, ['k', 'j', 'p', 's'])])
    if r.random() < 0.3:
        loc = pick(r, MAIL_LOCAL) + '.' + loc
    d = dom or pick(r, MAIL_DOM)
    return f"{loc}@{d}", 'email_official' if d == 'korea.kr' else 'email'


def ip(r, kind=None):
    k = kind or pick(r, ['pub', 'pub', 'pub', 'priv', 'v6'] if r.random() < 0.1 else ['pub', 'pub', 'priv'])
    if k == 'priv':
        z = r.random()
        if z < 0.4:
            return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}", 'ipv4_private'
        if z < 0.7:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}", 'ipv4_private'
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}", 'ipv4_private'
    if k == 'v6':
        a = ipaddress.IPv6Address(int('2406' + digits(r, 0), 16) << 112 | r.getrandbits(100))
        return str(a), 'ipv6'
    while True:
        a = r.choice([1, 14, 27, 39, 42, 49, 58, 59, 61, 110, 112, 115, 118, 121, 125, 175, 180, 183, 203, 211, 211, 218, 220, 222])
        s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.IPv4Address(s).is_global:
            return s, 'ipv4_public'


MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
DOB_STYLES = ['dot_space', 'kor', 'iso', 'dot_pad', 'dot_pad_noend', 'yy_dot', 'yymmdd', 'slash', 'passport_en',
              'passport_koen', 'kor_pad', 'compact', 'yy_kor']


def dob(r, p, style=None, styles=None):
    st = style or pick(r, styles or DOB_STYLES)
    y, m, d = p['y'], p['m'], p['d']
    v = {
        'dot_space': f"{y}. {m}. {d}.",
        'kor': f"{y}년 {m}월 {d}일",
        'iso': f"{y}-{m:02d}-{d:02d}",
        'dot_pad': f"{y}.{m:02d}.{d:02d}.",
        'dot_pad_noend': f"{y}.{m:02d}.{d:02d}",
        'yy_dot': f"{y % 100:02d}.{m:02d}.{d:02d}",
        'yymmdd': f"{y % 100:02d}{m:02d}{d:02d}",
        'slash': f"{y}/{m:02d}/{d:02d}",
        'passport_en': f"{d:02d} {MON[m - 1]} {y}",
        'passport_koen': f"{d:02d} {m}월/{MON[m - 1]} {y}",
        'kor_pad': f"{y}년 {m:02d}월 {d:02d}일",
        'compact': f"{y}{m:02d}{d:02d}",
        'yy_kor': f"{y % 100:02d}년 {m}월 {d}일",
    }[st]
    return v, 'dob_' + st


def dob_parse(sub, s):
    st = sub[4:]
    pats = {
        'dot_space': r'(\d{4})\. (\d{1,2})\. (\d{1,2})\.', 'kor': r'(\d{4})년 (\d{1,2})월 (\d{1,2})일',
        'iso': r'(\d{4})-(\d{2})-(\d{2})', 'dot_pad': r'(\d{4})\.(\d{2})\.(\d{2})\.',
        'dot_pad_noend': r'(\d{4})\.(\d{2})\.(\d{2})', 'yy_dot': r'(\d{2})\.(\d{2})\.(\d{2})',
        'yymmdd': r'(\d{2})(\d{2})(\d{2})', 'slash': r'(\d{4})/(\d{2})/(\d{2})',
        'kor_pad': r'(\d{4})년 (\d{2})월 (\d{2})일', 'compact': r'(\d{4})(\d{2})(\d{2})',
        'yy_kor': r'(\d{2})년 (\d{1,2})월 (\d{1,2})일',
    }
    if st == 'passport_en':
        m = re.fullmatch(r'(\d{2}) ([A-Z]{3}) (\d{4})', s)
        return bool(m) and m.group(2) in MON and valid_date(int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1)))
    if st == 'passport_koen':
        m = re.fullmatch(r'(\d{2}) (\d{1,2})월/([A-Z]{3}) (\d{4})', s)
        return bool(m) and m.group(3) in MON and MON.index(m.group(3)) + 1 == int(m.group(2)) and \
            valid_date(int(m.group(4)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(pats[st], s)
    if not m:
        return False
    y, mo, d = map(int, m.groups())
    if y < 100:
        y += 1900
    return valid_date(y, mo, d)


def address(r, form=None):
    sd = pick(r, SIDO)
    full, short, gus = sd
    gu = pick(r, gus)
    road = pick(r, ROADSTEM) + pick(r, ['로', '로', '길', '대로'])
    if road.endswith('로') and r.random() < 0.35:
        road += f"{r.randint(1, 120)}번길"
    num = str(r.randint(1, 320)) + (f"-{r.randint(1, 30)}" if r.random() < 0.15 else '')
    unit = pick(r, ['', '', f", {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호",
                    f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 9)}호", f" {r.randint(2, 15)}층",
                    f", {r.randint(1, 9)}0{r.randint(1, 9)}호", f" {r.randint(101, 115)}동 {r.randint(1, 19)}0{r.randint(1, 4)}호"])
    after = pick(r, ['', '', '', f"({pick(r, DONG)})", f"({pick(r, DONG)}, {pick(r, APTS)}아파트)"])
    f = form or pick(r, ['road_full', 'road_full', 'road_short', 'road_from_gu', 'jibun', 'jibun_dong'])
    if full == '세종특별자치시' and f in ('road_from_gu', 'jibun_dong'):
        f = 'road_full'
    g = (gu + ' ') if gu else ''
    if f == 'road_full':
        v = f"{full} {g}{road} {num}{unit}"
    elif f == 'road_short':
        v = f"{short} {g}{road} {num}{unit}"
    elif f == 'road_from_gu':
        v = f"{gu} {road} {num}{unit}"
    elif f == 'jibun':
        if gu.endswith('군') or ' ' not in gu and gu.endswith('시') and r.random() < 0.5:
            v = f"{full} {g}{pick(r, EUP)} {pick(r, RI)} {r.randint(1, 999)}-{r.randint(1, 20)}"
        else:
            v = f"{full} {g}{pick(r, DONG)} {r.randint(1, 999)}-{r.randint(1, 20)}"
        if r.random() < 0.5:
            v += f" {pick(r, APTS)}{pick(r, ['아파트', '빌라', '맨션'])} {r.randint(101, 110)}동 {r.randint(1, 15)}0{r.randint(1, 4)}호"
        after = ''
    else:
        v = f"{g}{pick(r, DONG)} {r.randint(1, 999)}{pick(r, ['번지', '-' + str(r.randint(1, 30))])}"
        if not gu:
            v = f"{full} {v}"
        after = ''
    return v, 'addr_' + f, after


def postal(r):
    return f"{r.randint(1, 63):02d}{digits(r, 3)}"


def inst_address(r, agency=None):
    sd = pick(r, SIDO)
    road = pick(r, ROADSTEM) + pick(r, ['로', '대로'])
    bld = pick(r, ['정부세종청사 ' + str(r.randint(1, 17)) + '동', '시청 본관', '구청 별관 ' + str(r.randint(2, 5)) + '층',
                   '정부합동청사', '군청', '행정복지센터 2층', '청사 ' + str(r.randint(2, 9)) + '층', '시민회관'])
    gu = pick(r, sd[2])
    return f"{sd[0]} {(gu + ' ') if gu else ''}{road} {r.randint(1, 500)} {bld}"


def company(r):
    return pick(r, ['(주)', '주식회사 ', '', '㈜']) + pick(r, COMPANY_STEMS) + pick(r, COMPANY_SUF)


def doc_no(r, dept=None):
    d = dept or pick(r, DEPTS)
    return f"{d.split()[-1]}-{r.randint(100, 29999)}"


def gdate(r, lo=2023, hi=2025, style=None):
    y, m = r.randint(lo, hi), r.randint(1, 12)
    d = r.randint(1, mdays(y, m))
    st = style or pick(r, ['dot', 'dot', 'kor', 'iso'])
    return {'dot': f"{y}. {m}. {d}.", 'kor': f"{y}년 {m}월 {d}일", 'iso': f"{y}-{m:02d}-{d:02d}",
            'pad': f"{y}.{m:02d}.{d:02d}."}[st]


def case_no(r):
    y = r.randint(2019, 2025)
    return pick(r, [f"{y}가단{r.randint(1000, 99999)}", f"{y}가합{r.randint(1000, 99999)}", f"{y}구합{r.randint(100, 9999)}",
                    f"{y}고단{r.randint(100, 9999)}", f"{y}노{r.randint(100, 4999)}", f"{y}두{r.randint(1000, 99999)}",
                    f"{y}고약{r.randint(1000, 29999)}", f"{y}누{r.randint(1000, 99999)}", f"{y}나{r.randint(1000, 99999)}",
                    f"{y}-{r.randint(1000, 29999)}", f"중앙{y}-{r.randint(100, 9999)}"])


def statute(r):
    return pick(r, [f"「개인정보 보호법」 제{r.randint(15, 39)}조 제{r.randint(1, 3)}항",
                    f"「도로교통법」 제{pick(r, [44, 93, 148, 156, 160])}조",
                    f"「국민기초생활 보장법」 제{r.randint(7, 46)}조",
                    f"「출입국관리법」 제{pick(r, [31, 33, 36, 89, 94])}조",
                    f"「지방공무원법」 제{pick(r, [48, 55, 69, 72])}조 제1항",
                    f"「민원 처리에 관한 법률」 제{r.randint(6, 27)}조",
                    f"같은 법 시행령 제{r.randint(2, 40)}조 제{r.randint(1, 4)}항",
                    f"「국가계약법」 제{pick(r, [5, 7, 10, 27])}조",
                    f"「공공기관의 정보공개에 관한 법률」 제9조 제1항 제{r.randint(1, 8)}호"])


def amount(r):
    v = r.randint(1, 9999) * pick(r, [1000, 10000, 100, 10])
    return pick(r, [f"{v:,}원", f"금{v:,}원", f"₩{v:,}", f"{v:,} 원"])


def switchboard(r, area=None):
    k = r.random()
    if k < 0.45:
        return f"{pick(r, ['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{digits(r, 4)}"
    if k < 0.65:
        return pick(r, ['110', '120', '126', '1345', '1350', '1355', '129', '1382'])
    a = area or pick(r, AREA)
    return f"{a}-{digits(r, pick(r, [3, 4]), True).replace('1', '2', 1)}-{pick(r, ['2114', '1114', '0114', '3114', '5114'])}"


def receipt_no(r):
    return pick(r, [f"{r.randint(1, 9)}{pick(r, ['AA', 'AB', 'BA', 'CA'])}-{r.randint(2301, 2512)}-{digits(r, 7)}",
                    f"{r.randint(2023, 2025)}-{digits(r, 6)}", f"제{r.randint(2023, 2025)}-{r.randint(1, 9999)}호",
                    f"{pick(r, ['031', '041', '061', '055'])}-{r.randint(2019, 2025)}-{digits(r, 4)}",
                    f"{r.randint(1101, 4999)}-{r.randint(2020, 2025)}-{digits(r, 6)}",
                    f"{r.randint(11000, 48999)}-{r.randint(100, 999)}-{digits(r, 5)}"])


def g2b_no(r):
    return f"R{r.randint(24, 25)}BK{digits(r, 8)}-00" if r.random() < 0.4 else f"{r.randint(2023, 2025)}{digits(r, 7)}-{r.randint(0, 2):02d}"


def masked_name(r):
    s = pick(r, SURN_COMMON)
    return pick(r, [f"{s}○○", f"{s}**", f"{s}◯◯", f"{s} 모 씨", f"{s}모", f"{s}*{pick(r, GIV)}", 'A씨', 'B씨', '홍길동', '갑', '을'])


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def noisy(r, v, kinds):
    """apply noise kinds to a number-like value; returns (value, tags) with only effective tags"""
    tags = []
    for k in kinds:
        old = v
        if k == 'fullwidth_digits':
            v = ''.join(FW.get(c, c) for c in v)
        elif k == 'unicode_hyphen':
            h = pick(r, ['‐', '－', '–'])
            v = v.replace('-', h)
        elif k == 'space_in_number':
            if '-' in v and r.random() < 0.6:
                v = v.replace('-', pick(r, [' - ', ' ', '- ']), 1)
            else:
                idx = [i for i in range(1, len(v)) if v[i].isdigit() and v[i - 1].isdigit()]
                if idx:
                    i = pick(r, idx)
                    v = v[:i] + ' ' + v[i:]
        elif k == 'newline_in_number':
            if '-' in v:
                pos = [i for i, c in enumerate(v) if c == '-']
                i = pick(r, pos)
                v = v[:i + 1] + '\n' + v[i + 1:]
            else:
                idx = [i for i in range(2, len(v) - 1) if v[i].isdigit() and v[i - 1].isdigit()]
                if idx:
                    i = pick(r, idx)
                    v = v[:i] + '\n' + v[i:]
        elif k == 'ocr_O_for_0':
            pos = [i for i, c in enumerate(v) if c == '0']
            if pos:
                for i in r.sample(pos, max(1, len(pos) // 2)):
                    v = v[:i] + 'O' + v[i + 1:]
        elif k == 'ocr_l_for_1':
            pos = [i for i, c in enumerate(v) if c == '1']
            if pos:
                for i in r.sample(pos, max(1, len(pos) // 2)):
                    v = v[:i] + pick(r, ['l', 'I']) + v[i + 1:]
        elif k == 'hangul_digits':
            v = ''.join(HANGUL_DIG[int(c)] if c.isdigit() else (' ' if c in '-.' else c) for c in v)
        elif k == 'spaced_name':
            v = ' '.join(v.replace(' ', ''))
        elif k == 'wrapped':
            sp = [i for i, c in enumerate(v) if c == ' ']
            if sp:
                i = pick(r, sp)
                v = v[:i] + '\n' + v[i + 1:]
        if v != old:
            tags.append(k)
    return v, tags


OCR_KINDS = ['fullwidth_digits', 'unicode_hyphen', 'space_in_number', 'newline_in_number', 'ocr_O_for_0',
             'ocr_l_for_1']


def ocr_pick(r, n=1):
    ks = r.sample(OCR_KINDS, n)
    # fullwidth + OCR-letter noise on the same value is implausible; keep one
    if 'fullwidth_digits' in ks and ('ocr_O_for_0' in ks or 'ocr_l_for_1' in ks):
        ks = [k for k in ks if k not in ('ocr_O_for_0', 'ocr_l_for_1')]
    return ks


UNDO = {chr(0xFF10 + i): str(i) for i in range(10)}
UNDO.update({'‐': '-', '－': '-', '–': '-', '‑': '-', '—': '-', '：': ':'})


def undo_noise(s, tags):
    s = ''.join(UNDO.get(c, c) for c in s)
    if 'ocr_O_for_0' in tags:
        s = s.replace('O', '0')
    if 'ocr_l_for_1' in tags:
        s = s.replace('l', '1').replace('I', '1')
    if 'hangul_digits' in tags:
        s = ''.join(str(HANGUL_DIG.index(c)) if c in HANGUL_DIG else c for c in s)
    return s


def skey(s):
    return re.sub(r'[\s\-|]', '', s)


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
class B:
    def __init__(self, r):
        self.r = r
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def t(self, x):
        self.parts.append(x)
        self.n += len(x)
        return self

    def p(self, typ, val, sub, noise=(), canon=None):
        """append a PII value. `val` is the clean value; noise kinds are applied here."""
        clean = val
        tags = []
        if noise:
            val, tags = noisy(self.r, val, noise)
        self.spans.append({'start': self.n, 'end': self.n + len(val), 'type': typ, 'sub_kind': sub,
                           'noise': tags, 'canonical': canon or clean})
        self.t(val)
        return self

    def ng(self, val, cat):
        self.negs.append({'start': self.n, 'end': self.n + len(val), 'text': val, 'category': cat})
        self.t(val)
        return self

    # convenience
    def name(self, nm, sub, noise=()):
        return self.p('PERSON', nm, sub, noise)

    def text(self):
        return ''.join(self.parts)


def P(b, per, noise=()):
    b.p('PERSON', per['name'], per['name_sub'], noise)


def NAME(b, r, noise=()):
    nm, sk = kname(r)
    b.p('PERSON', nm, sk, noise)
    return nm


def ADDR(b, r, with_post=None, form=None, noise=(), allow_after=True):
    v, sub, after = address(r, form)
    if with_post is None:
        with_post = r.random() < 0.3
    if with_post:
        b.ng(pick(r, ['(', '(우 ', '[']) and '(' + postal(r) + ')', 'postal_code')
        b.t(' ')
    b.p('KR_ADDRESS', v, sub, noise)
    if after and allow_after:
        b.t(' ' + after)


def PHONE(b, r, kind='mobile', noise=(), area=None):
    if kind == 'mobile':
        v, s = mobile(r)
    elif kind == 'fax':
        v, s = landline(r, area, fax=True)
    elif kind == 'voip':
        v, s = voip(r)
    else:
        v, s = landline(r, area)
    b.p('PHONE_NUMBER', v, s, noise)
    return v


def EMAIL(b, r, dom=None):
    v, s = email(r, dom)
    b.p('EMAIL_ADDRESS', v, s)


def ACCT(b, r, noise=(), bank_prefix=True):
    bank, v, s = account(r)
    if bank_prefix:
        b.t(bank + pick(r, [' ', ' ', ' / ', '(', ' 계좌 ']))
        opened = b.parts[-1].endswith('(')
    else:
        opened = False
    b.p('KR_BANK_ACCOUNT', v, s, noise)
    if opened:
        b.t(')')
    return bank


def L(r, pool):
    return pick(r, pool)


LBL = {
    'name': ['성명', '성 명', '이름', '성명(한글)', '성  명', '성명(본인)', '신청인 성명', '대상자', '본인 성명'],
    'rrn': ['주민등록번호', '주민번호', '주민등록 번호', '주민등록번호(앞-뒤)', '주민(외국인)등록번호', '주민No.', '주민 등록번호'],
    'mob': ['휴대전화', '휴대폰', '핸드폰', 'H.P', 'HP', '휴대전화번호', 'Mobile', '연락처(휴대)', '휴대 전화', '모바일'],
    'tel': ['전화번호', '연락처', '전화', 'Tel', 'TEL', '자택전화', '☎', '유선전화', '연락 가능한 번호', '전화(자택)'],
    'mail': ['전자우편', '이메일', 'E-mail', 'e-mail', '메일', '전자우편주소', 'Email', '이메일 주소'],
    'addr': ['주소', '주 소', '주소지', '거주지', '현주소', '도로명주소', '실거주지', '주소(거소)', '주민등록상 주소', '송달장소'],
    'dob': ['생년월일', '출생일', '생년월일(YYYY.MM.DD)', '출생연월일', '생일', 'Date of Birth', '생년 월일'],
    'acct': ['계좌번호', '입금계좌', '지급계좌', '환급계좌', '계좌', '입금 계좌번호', '예금계좌', '수령계좌'],
    'card': ['카드번호', '결제카드', '신용카드번호', '카드 No.', '체크카드 번호', '카드번호(16자리)', '결제 카드 번호'],
    'pp': ['여권번호', '여권 번호', 'Passport No.', '여권No', 'PASSPORT NO', '여권번호(Passport No.)'],
    'dl': ['운전면허번호', '면허번호', '운전면허증 번호', '면허 No.', '자동차운전면허번호', '운전면허 번호'],
    'plate': ['차량번호', '자동차등록번호', '차량 번호', '차번', '위반차량', '차량등록번호'],
    'frn': ['외국인등록번호', '외국인 등록번호', '등록번호', 'Alien Reg. No.', '외국인등록증 번호', 'ARC No.'],
    'hi': ['건강보험증번호', '건강보험 증번호', '보험증번호', '건보 증번호', '건강보험증 번호', '건강보험 증 번호'],
    'brn': ['사업자등록번호', '사업자번호', '사업자 등록번호', '사업자등록 No.', '사업자'],
    'crn': ['법인등록번호', '법인번호', '법인 등록번호', '법인등록 번호'],
}


def lab(b, r, key, s=None):
    b.t(pick(r, LBL[key]) + (s if s is not None else sep(r)))


def agency(r):
    return pick(r, AGENCIES)


def head(ag):
    last = ag[0].split()[-1]
    if last.endswith('부'):
        return last + '장관'
    if last.endswith('구') or last.endswith('군'):
        return last + '청장' if last.endswith('구') else last + '수'
    return last + '장'


def inst_footer(b, r, ag, direct=True):
    """공문 footer: institution address (neg) + direct line / fax / e-mail (PII) or switchboard (neg)"""
    name, area = ag
    if r.random() < 0.6:
        b.t(pick(r, ['우 ', '우편번호 ', '(우)'])).ng(postal(r), 'postal_code').t(' ')
    b.ng(inst_address(r), 'institution_address')
    b.t(pick(r, ['  / ', '\n', ' ']) + pick(r, ['www.', 'https://www.']) + pick(r, ['mois', 'mohw', 'molit', 'city', 'gu', 'moel']) + pick(r, ['.go.kr', '.go.kr/minwon']) + '\n')
    if direct:
        b.t(pick(r, ['전화번호 ', '전화 ', 'Tel. ', '☎ ']))
        PHONE(b, r, 'land', area=area)
        b.t(pick(r, ['  전송 ', ' / 팩스 ', '  FAX ', '  전송번호 ']))
        PHONE(b, r, 'fax', area=area)
        b.t(pick(r, [' / ', '  ']))
        EMAIL(b, r, 'korea.kr')
    else:
        b.t(pick(r, ['대표전화 ', '민원콜센터 ', '(대표) ', '대표번호 ']))
        b.ng(switchboard(r, area), 'switchboard')
        b.t(pick(r, ['  전송 ', ' / 팩스 ']))
        b.t('(없음)' if r.random() < 0.5 else '-')
    b.t(pick(r, [' / 공개', ' / 부분공개(6)', ' / 비공개(6)', ' / 대국민 공개']))


# ---------------------------------------------------------------------------
# templates: 공문
# ---------------------------------------------------------------------------
SUBJECTS = ['민원 처리 결과 회신', '개인정보 처리 실태 점검 결과 통보', '보조금 교부 결정 알림', '행정처분 사전 통지',
            '자료 제출 요청', '협조 요청', '현장 점검 일정 안내', '과태료 부과 사전통지', '출장 결과 보고',
            '위원 위촉 알림', '교육 참석자 명단 제출', '체납액 납부 안내']
TITLES_OFF = ['주무관', '행정주사', '행정주사보', '사무관', '팀장', '서기관', '연구사', '전문관', '실무관']


def t_gongmun(r, b):
    ag = agency(r)
    b.t(ag[0] + '\n\n')
    b.t(pick(r, ['수신  ', '수신 ', '수 신 ']))
    k = r.random()
    if k < 0.35:
        b.t('수신자 참조')
    elif k < 0.7:
        NAME(b, r)
        b.t(pick(r, [' 귀하', '님 귀하', ' 님']))
        if r.random() < 0.5:
            b.t(' (')
            ADDR(b, r, with_post=False, allow_after=False)
            b.t(')')
    else:
        b.ng(pick(r, ['○○시장(민원여권과장)', '각 시·도지사(교통정책과장)', '행정안전부장관(개인정보보호정책과장)',
                      '△△구청장(복지정책과장)']), 'office_title')
    b.t('\n(경유)\n제목  ' + pick(r, SUBJECTS) + '\n\n')
    b.t('1. 관련: ').ng(doc_no(r), 'doc_number').t('(').ng(gdate(r), 'date').t(')\n')
    b.t('2. ')
    v = r.random()
    if v < 0.4:
        b.t(pick(r, ['위 호와 관련하여 ', '관련 민원에 대하여 ', '']) + '민원인 ')
        NAME(b, r)
        b.t(pick(r, ['(연락처 ', '(☎ ', '(휴대전화 ', '(']))
        PHONE(b, r)
        b.t(pick(r, [')이 제기한 ', ')께서 제출한 ', ')의 ']) + pick(r, ['도로 파손 신고 건', '소음 민원', '정보공개청구 건', '보조금 이의신청']) + '을 붙임과 같이 처리하였음을 알려드립니다.\n')
    elif v < 0.7:
        b.t(statute(r)).t('에 따라 아래와 같이 통보하오니 ').ng(gdate(r), 'date').t('까지 회신하여 주시기 바랍니다.\n')
        b.t('  가. 대상: ')
        NAME(b, r)
        b.t(pick(r, ['(', ' (생년월일 ', ' / ']))
        per = person(r)
        v2, s2 = dob(r, per)
        b.p('DATE_OF_BIRTH', v2, s2)
        b.t(pick(r, [')', '생)', '']) + '\n  나. 금액: ').ng(amount(r), 'amount').t('\n')
    else:
        b.t('붙임 자료를 검토하여 의견을 제출하여 주시기 바랍니다. 문의: ' + pick(r, DEPTS) + ' ')
        NAME(b, r)
        b.t(' ' + pick(r, TITLES_OFF) + '(')
        PHONE(b, r, 'land', area=ag[1])
        b.t(').\n')
    b.t('\n붙임  ' + pick(r, ['처리 결과 1부.', '관련 자료 각 1부.', '명단 1부.']) + '  끝.\n\n')
    b.t(head(ag) + pick(r, ['  [직인생략]', ' (직인)', '']) + '\n\n')
    # 결재란
    st = r.random()
    if st < 0.4:
        b.t(pick(r, TITLES_OFF[:3]) + ' ')
        NAME(b, r)
        b.t('   ' + pick(r, ['팀장', '사무관']) + ' ')
        NAME(b, r)
        b.t('   ' + pick(r, ['과장', '국장', '담당관']) + ' ' + pick(r, ['전결 ', '']) + gdate(r, style='pad')[5:] + ' ')
        NAME(b, r)
        b.t('\n')
    elif st < 0.75:
        b.t('기안자 ' + pick(r, TITLES_OFF[:3]) + ' ')
        NAME(b, r)
        b.t('  검토자 사무관 ')
        NAME(b, r)
        b.t('  결재권자 과장 ')
        NAME(b, r)
        b.t('\n협조자 ' + pick(r, ['주무관 ', '팀장 ']))
        NAME(b, r)
        b.t('\n')
    else:
        nm1 = NAME(b, r, noise=['spaced_name'] if r.random() < 0.3 else ())
        b.t(' → ')
        NAME(b, r)
        b.t(' → ')
        NAME(b, r)
        b.t(pick(r, [' (대결)', ' (전결)', '']) + '\n')
    b.t('시행 ').ng(doc_no(r), 'doc_number').t(' (').ng(gdate(r, style='pad'), 'date').t(')  접수 ')
    b.t('\n')
    inst_footer(b, r, ag, direct=r.random() < 0.85)
    b.t('\n')


def t_gongmun_notice(r, b):
    ag = agency(r)
    per = person(r)
    title = pick(r, ['행정처분 사전통지서', '의견제출 안내', '과태료 부과 사전 통지서', '청문 실시 통지서'])
    b.t(ag[0] + '\n' + title + '\n\n')
    rows = [('성명', 'name'), ('생년월일', 'dob'), ('주소', 'addr')]
    if r.random() < 0.6:
        rows.append(('면허번호', 'dl'))
    else:
        rows.append(('차량번호', 'plate'))
    r.shuffle(rows)
    b.t(pick(r, ['■ 당사자\n', '1. 처분 상대방\n', '[대상자]\n']))
    for lbl, k in rows:
        b.t(pick(r, ['  ', ' - ', '  ○ ']))
        if k == 'name':
            lab(b, r, 'name')
            P(b, per)
        elif k == 'dob':
            lab(b, r, 'dob')
            v, s = dob(r, per)
            b.p('DATE_OF_BIRTH', v, s)
        elif k == 'addr':
            lab(b, r, 'addr')
            ADDR(b, r)
        elif k == 'dl':
            lab(b, r, 'dl')
            v, s = dl(r)
            b.p('KR_DRIVER_LICENSE', v, s)
        else:
            lab(b, r, 'plate')
            v, s = plate(r)
            b.p('KR_VEHICLE_PLATE', v, s)
        b.t('\n')
    b.t('■ 처분 내용: ' + pick(r, ['영업정지 15일', '과태료 부과', '운전면허 정지 40일', '보조금 환수']) + ' (')
    b.ng(amount(r), 'amount').t(')\n■ 근거 법령: ').ng(statute(r), 'statute').t('\n■ 의견제출 기한: ').ng(gdate(r), 'date')
    b.t('\n\n위와 같이 처분하고자 하오니 의견이 있으면 기한 내에 제출하여 주십시오.\n')
    b.t(pick(r, ['담당: ', '문의처 ', '☞ 담당자 ']) + pick(r, DEPTS) + ' ')
    NAME(b, r)
    b.t(pick(r, [' ', ' ']) + pick(r, TITLES_OFF) + pick(r, [' (', ' ☎']))
    PHONE(b, r, 'land', area=ag[1])
    b.t(pick(r, [')', '']) + '\n')
    b.t('(대표전화 ').ng(switchboard(r, ag[1]), 'switchboard').t(')\n')


def t_gongmun_nopii(r, b):
    ag = agency(r)
    b.t(ag[0] + '\n수신  ').ng(pick(r, ['수신자 참조', '내부결재']), 'recipient_line').t('\n제목  ' + pick(r, SUBJECTS) + '\n\n')
    b.t('1. 관련: ').ng(doc_no(r), 'doc_number').t('(').ng(gdate(r), 'date').t('), ').ng(statute(r), 'statute').t('\n')
    b.t('2. ').ng(pick(r, ['○○구청장', '국세청장', '세무서장', '행정안전부장관', '교육감']), 'office_title')
    b.t('의 요청에 따라 민원인 ').ng(masked_name(r), 'masked_name').t('의 신청 건을 아래와 같이 처리하였습니다.\n')
    b.t('  가. 접수번호: ').ng(receipt_no(r), 'receipt_number').t('\n  나. 처리일: ').ng(gdate(r), 'date')
    b.t('\n  다. 관련 사건: ').ng(case_no(r), 'case_number').t('\n  라. 금액: ').ng(amount(r), 'amount').t('\n')
    b.t('3. 기타 문의는 ').ng(switchboard(r, ag[1]), 'switchboard').t('(대표) 또는 정부민원안내콜센터 ').ng('110', 'switchboard').t('번으로 하시기 바랍니다.  끝.\n\n')
    b.t('시행 ').ng(doc_no(r), 'doc_number').t(' (').ng(gdate(r, style='pad'), 'date').t(')\n')
    b.t('우 ').ng(postal(r), 'postal_code').t(' ').ng(inst_address(r), 'institution_address').t('\n')
    b.t('대표전화 ').ng(switchboard(r, ag[1]), 'switchboard').t(' / ').ng('minwon@' + pick(r, ['mois', 'city', 'gu']) + '.go.kr', 'institution_email').t(' / 공개\n')


# ---------------------------------------------------------------------------
# 민원 회신
# ---------------------------------------------------------------------------
def t_minwon_reply(r, b):
    ag = agency(r)
    per = person(r)
    nm = per['name']
    b.t(pick(r, ['민원 처리 결과 통지\n\n', '[민원회신]\n', '국민신문고 민원 답변\n\n', '']))
    b.t(pick(r, ['', '민원인: ', '받는 분: ']))
    P(b, per)
    b.t(pick(r, [' 귀하\n', '님께\n', ' 님\n']))
    b.t(pick(r, ['접수번호 ', '신청번호: ', '민원번호 '])).ng(receipt_no(r), 'receipt_number').t('\n\n')
    b.t(pick(r, ['1. 귀하께서 ', '1. 평소 시정에 관심을 가져 주신 데 감사드리며, 귀하께서 ', '□ 귀하가 ']))
    b.ng(gdate(r), 'date').t(pick(r, [' 국민신문고를 통해 신청하신 ', ' 방문 접수하신 ', '에 제출하신 ']))
    topic = pick(r, ['수수료 환불', '과오납 환급', '주정차 위반 과태료 이의', '도로 파손', '보조금 지급', '여권 재발급 지연'])
    b.t(f"'{topic}' 민원에 대한 검토 결과를 다음과 같이 알려드립니다.\n")
    b.t('2. ')
    if topic in ('수수료 환불', '과오납 환급', '보조금 지급'):
        b.t(pick(r, ['환급금은 ', '해당 금액(']))
        if b.parts[-1].endswith('('):
            b.ng(amount(r), 'amount').t(')은 ')
        else:
            b.ng(amount(r), 'amount').t('을 ')
        b.t('신청서에 기재하신 ')
        ACCT(b, r)
        b.t(pick(r, [' 계좌', '']) + '(예금주 ')
        P(b, per)
        b.t(pick(r, [')로 ', ')에 ']) + '입금될 예정입니다.')
        if r.random() < 0.6:
            b.t(' 카드로 결제하신 건은 ')
            v, s = card(r)
            b.p('CREDIT_CARD', v, s)
            b.t(pick(r, [' 카드 승인이 취소', '(으)로 취소 처리']) + '됩니다.')
    elif topic == '주정차 위반 과태료 이의':
        b.t('귀하 소유 차량(')
        v, s = plate(r)
        b.p('KR_VEHICLE_PLATE', v, s)
        b.t(pick(r, [')의 ', ')에 대한 ']) + '과태료 ').ng(amount(r), 'amount').t('은 의견진술 결과 ' + pick(r, ['부과 취소', '원안 유지']) + '되었습니다.')
    else:
        b.t(pick(r, ['현장 확인 결과 ', '관계 부서 검토 결과 ']) + '신고하신 ')
        ADDR(b, r, with_post=False)
        b.t(pick(r, [' 앞 ', ' 인근 ']) + '구간은 ' + gdate(r, 2025, 2025) + '까지 정비할 계획입니다.')
    b.t('\n3. 처리 결과에 대하여 추가 문의가 있으시면 ')
    b.t(pick(r, DEPTS) + ' ')
    NAME(b, r)
    b.t(' ' + pick(r, TITLES_OFF) + pick(r, ['(☎ ', '(전화 ', '에게(']))
    PHONE(b, r, 'land', area=ag[1])
    b.t(pick(r, [')에게 연락 주시기 바랍니다.', ')로 문의하시기 바랍니다.']) + '\n')
    if r.random() < 0.5:
        b.t('   회신 받으실 연락처: ')
        PHONE(b, r)
        b.t(pick(r, [', ', ' / ']))
        EMAIL(b, r)
        b.t('\n')
    b.t('\n' + head(ag) + '\n(대표전화 ').ng(switchboard(r, ag[1]), 'switchboard').t(')\n')


def t_minwon_form(r, b):
    per = person(r)
    b.t(pick(r, ['민원 신청서\n', '[별지 서식] 민원신청서\n', '고충민원 신청서\n', '정보공개 청구서\n']))
    b.t(pick(r, ['접수번호', '접수 번호']) + ' ').ng(receipt_no(r), 'receipt_number').t('   접수일 ').ng(gdate(r), 'date').t('\n')
    order = ['name', 'dob', 'addr', 'tel', 'mail']
    if r.random() < 0.5:
        order.insert(1, 'rrn')
        order.remove('dob')
    r.shuffle(order)
    b.t(pick(r, ['신청인\n', '청구인\n', '[민원인]\n']))
    for k in order:
        b.t(pick(r, ['  ', ' ', '| ']))
        if k == 'name':
            lab(b, r, 'name')
            P(b, per)
        elif k == 'dob':
            lab(b, r, 'dob')
            v, s = dob(r, per)
            b.p('DATE_OF_BIRTH', v, s)
        elif k == 'rrn':
            lab(b, r, 'rrn')
            v, s = rrn(r, per, pick(r, ['valid', 'valid', 'masked']))
            b.p('KR_RRN', v, s)
        elif k == 'addr':
            lab(b, r, 'addr')
            ADDR(b, r)
        elif k == 'tel':
            if r.random() < 0.5:
                lab(b, r, 'mob')
                PHONE(b, r)
            else:
                PHONE(b, r)
                b.t(pick(r, ['(휴대전화)', ' (휴대폰)', '(H.P)']))
        else:
            lab(b, r, 'mail')
            EMAIL(b, r)
        b.t('\n')
    b.t('신청 내용: ' + pick(r, ['본인 관련 처분 문서 사본 교부', '소음 측정 결과 공개', '주차장 설치 요청', '공사 안전조치 요구']) + '\n')
    b.t(pick(r, ['본인확인: ', '신분 확인: ']))
    k = r.random()
    if k < 0.4:
        b.t('운전면허증(')
        v, s = dl(r)
        b.p('KR_DRIVER_LICENSE', v, s)
        b.t(')')
    elif k < 0.65:
        b.t('여권 ')
        v, s = passport(r, pick(r, ['kr_old', 'kr_new']))
        b.p('KR_PASSPORT', v, s)
    elif k < 0.85:
        fp = person(r, foreign=True)
        b.t('외국인등록증(')
        v, s = frn(r, fp)
        b.p('KR_FRN', v, s)
        b.t(') 제시')
    else:
        b.t('주민등록증 확인함')
    b.t('\n\n' + gdate(r, style='dot') + '\n신청인 ')
    P(b, per)
    b.t(pick(r, [' (서명 또는 인)', ' (인)', '  서명']) + '\n')


def t_minwon_nopii(r, b):
    b.t(pick(r, ['민원 답변\n\n', '[회신] 질의 민원 답변\n\n']))
    b.t(pick(r, ['안녕하십니까? ', '']) + '귀하의 민원(').ng(receipt_no(r), 'receipt_number').t(')에 대한 답변입니다.\n')
    b.t('질의하신 내용은 ').ng(statute(r), 'statute').t('에 따라 ' + pick(r, ['신청일부터 14일 이내', '매월 25일', '분기별']) + ' 처리됩니다. ')
    b.t('참고로 유사 사례(').ng(case_no(r), 'case_number').t(')에서도 같은 취지로 판단한 바 있습니다. ')
    b.t('신청 서식의 예시란에는 ').ng('홍길동', 'placeholder_name').t(', ').ng('000000-0000000', 'placeholder_number').t('과 같이 적혀 있으니 참고하시기 바랍니다.\n')
    b.t('수수료 ').ng(amount(r), 'amount').t('은 ').ng(gdate(r), 'date').t('부터 면제됩니다.\n')
    b.t('궁금한 점은 ').ng(switchboard(r), 'switchboard').t(' 또는 ').ng(pick(r, ['120 다산콜센터', '110 정부민원안내콜센터', '1345 외국인종합안내센터']), 'switchboard').t('로 문의하십시오.\n')
    b.t('담당: ').ng(pick(r, DEPTS), 'department').t(' (').ng(inst_address(r), 'institution_address').t(')\n')


# ---------------------------------------------------------------------------
# 보도자료 / 뉴스
# ---------------------------------------------------------------------------
QUOTE_VERBS = ['라고 말했다', '고 밝혔다', '며 소감을 전했다', '라고 강조했다', '고 설명했다', '라고 덧붙였다']


def t_press(r, b):
    ag = agency(r)
    b.t(pick(r, ['보도자료\n', '보 도 자 료\n', '[보도참고자료]\n']))
    b.t('보도시점: ').ng(gdate(r, 2025, 2025), 'date').t(pick(r, [' 12:00', ' 06:00 (조간)', ' 즉시'])).t('  배포: ').ng(gdate(r, 2025, 2025), 'date').t('\n')
    b.t(pick(r, ['', '◇ ']) + ag[0] + ', ' + pick(r, ['2025년 모범 공무원 시상', '우수 제안 시상식 개최', '청년 창업 지원 사업 선정 결과 발표', '재난 대응 유공자 포상']) + '\n\n')
    b.t(pick(r, ['□ ', '- ']) + ag[0] + pick(r, ['(장관 ', '(시장 ', '(청장 ']))
    NAME(b, r)
    b.t(pick(r, [')은 ', ')는 ']))
    b.ng(gdate(r, 2025, 2025, style='kor'), 'date').t(' ' + pick(r, ['청사 대회의실에서', '시민홀에서', '온라인으로']) + ' 행사를 열었다고 밝혔다.\n')
    w = person(r, 25, 70)
    b.t(pick(r, ['□ 이날 대상을 받은 ', '□ 최우수상 수상자인 ', '□ ']) + pick(r, ['', '자영업자 ', '대학생 ', '주민 ']))
    P(b, w)
    age = 2025 - w['y']
    b.t(f"({age}) " + pick(r, ['씨는 ', '씨는 "', '대표는 ']))
    b.t(pick(r, ["'이웃과 함께 만든 결과'", '"더 나은 마을을 만들겠다"', "'앞으로도 봉사하겠다'"]) + pick(r, QUOTE_VERBS) + '.\n')
    if r.random() < 0.5:
        w2, s2 = (fname_hangul(r) if r.random() < 0.6 else fname_latin(r))
        b.t('□ 외국인 부문에서는 ' + pick(r, [n for n, _ in NATS]) + ' 출신 ')
        b.p('PERSON', w2, s2)
        b.t(pick(r, [' 씨가 ', '(' + str(r.randint(25, 55)) + ') 씨가 ']) + '수상했다.\n')
    b.t('\n담당 부서  ' + ag[0] + ' ' + pick(r, DEPTS) + '\n')
    b.t(pick(r, ['책임자  과  장  ', '책임자 과장 ']))
    NAME(b, r)
    op = pick(r, [' (', '  '])
    b.t(op)
    PHONE(b, r, 'land', area=ag[1])
    b.t(')\n' if op == ' (' else '\n')
    b.t(pick(r, ['담당자  사무관  ', '담당자 주무관 ', '담당자  ']))
    NAME(b, r)
    b.t(op)
    PHONE(b, r, 'land', area=ag[1])
    if r.random() < 0.5:
        b.t(', ')
        PHONE(b, r)
    b.t(')\n' if op == ' (' else '\n')
    b.t('※ 일반 문의: ').ng(switchboard(r, ag[1]), 'switchboard').t('\n')


NEWS_EVENTS = ['화재', '교통사고', '침수 피해', '전세사기', '보이스피싱', '선행', '구조']


def t_news(r, b):
    ev = pick(r, NEWS_EVENTS)
    city = pick(r, SIDO)
    gu = pick(r, city[2]) or city[0]
    b.t(pick(r, ['[' + city[1] + '=연합] ', '(' + city[1] + ') ', '']) + f"{gu}에서 {ev} 관련 소식이 전해졌다.\n")
    a = person(r, 20, 85)
    age = 2025 - a['y']
    b.t(pick(r, ['경찰에 따르면 ', '소방당국에 따르면 ', '']) + ('주민 ' if r.random() < 0.5 else ''))
    P(b, a)
    b.t(f"({age})" + pick(r, [' 씨는 ', '씨가 ', ' 씨의 ']))
    b.ng(gdate(r, 2025, 2025, style='kor'), 'date').t(' 오후 ' + str(r.randint(1, 11)) + '시께 ' + pick(r, ['집 앞 골목에서', '교차로에서', '하천변에서']) + ' 사고를 목격했다.\n')
    c = person(r)
    b.t(pick(r, ['현장에 출동한 ', '당시 근무 중이던 ']) + pick(r, ['소방관 ', '경위 ', '순경 ', '']))
    P(b, c)
    b.t(pick(r, [jo(c['name'], '은', '는') + ' "', ' 씨는 "']))
    b.t(pick(r, ['조금만 늦었어도 큰일 날 뻔했다', '주민들의 신고가 결정적이었다', '인명 피해가 없어 다행']) + '"' + pick(r, QUOTE_VERBS) + '.\n')
    if r.random() < 0.5:
        b.t('사고를 낸 ')
        v, s = plate(r)
        b.t(pick(r, CARS) + ' 승용차(')
        b.p('KR_VEHICLE_PLATE', v, s)
        b.t(pick(r, [') 운전자 ', ')의 운전자 ']))
        b.ng(pick(r, ['A씨(52)', '김모(48)씨', '이모 씨', '50대 남성 B씨']), 'masked_name')
        b.t('는 ' + pick(r, ['음주 상태였던 것으로', '신호를 위반한 것으로']) + ' 조사됐다.\n')
    d = person(r)
    b.t(pick(r, ['한편 ', '']) + gu.split()[-1] + pick(r, ['의회 의원 ', ' 주민자치회장 ', ' 안전총괄과장 ']))
    P(b, d)
    b.t(jo(d['name'], '은 ', '는 ') + '"재발 방지 대책을 마련하겠다"' + pick(r, QUOTE_VERBS) + '.\n')
    b.t(pick(r, ['', '/']) + pick(r, ['기자 ', '']))
    NAME(b, r)
    b.t(pick(r, [' 기자 ', ' 기자']))
    if r.random() < 0.6:
        EMAIL(b, r, pick(r, ['yna.co.kr', 'hankyung.com', 'newsis.com', 'kbs.co.kr']))
    b.t('\n')


def t_news_nopii(r, b):
    city = pick(r, SIDO)
    b.t(f"({city[1]}) " + pick(r, ['지난달 ', '']) + '관내에서 발생한 사건과 관련해 ')
    b.ng(masked_name(r), 'masked_name').t('가 ').ng(case_no(r), 'case_number').t(' 사건으로 기소됐다. 재판부는 ')
    b.ng(statute(r), 'statute').t('을 적용했다. 피해액은 ').ng(amount(r), 'amount').t('에 달한다.\n')
    b.t('관계자는 "').ng(masked_name(r), 'masked_name').t('의 신원은 공개할 수 없다"고 말했다. 제보는 ').ng(switchboard(r), 'switchboard')
    b.t('(대표)로 받는다. 시는 ').ng(gdate(r, style='kor'), 'date').t('까지 ').ng(inst_address(r), 'institution_address').t('에서 설명회를 연다.\n')


# ---------------------------------------------------------------------------
# 회의록
# ---------------------------------------------------------------------------
def t_minutes(r, b):
    b.t(pick(r, ['제', '']) + str(r.randint(1, 30)) + '차 ' + pick(r, ['지방보조금심의위원회', '인사위원회', '정보공개심의회', '도시계획위원회', '주민참여예산위원회']) + ' 회의록\n')
    b.t('일시: ').ng(gdate(r, 2024, 2025), 'date').t(' 14:00~16:30  장소: ' + pick(r, ['본관 3층 소회의실', '영상회의실', '시의회 별관']) + '\n')
    names = []
    opener = pick(r, ['참석자: ', '출석위원(', '참석 위원 — '])
    b.t(opener)
    n = r.randint(3, 6)
    chair = None
    dl_ = pick(r, [', ', ' · ', ', '])
    for i in range(n):
        if i:
            b.t(dl_)
        nm, sk = kname(r)
        if i == 0:
            b.t('위원장 ')
            chair = (nm, sk)
        b.p('PERSON', nm, sk)
        names.append((nm, sk))
    b.t(')\n' if opener.endswith('(') else '\n')
    b.t('불참: ')
    NAME(b, r)
    b.t(pick(r, [' 위원(출장)\n', ' 위원 (사유: 병가)\n']))
    b.t('간사: ' + pick(r, DEPTS) + ' ')
    gan = NAME(b, r)
    gan = (gan, b.spans[-1]['sub_kind'])
    b.t(pick(r, [' 주무관 (', ' 주무관, 내선 ', ' 팀장 (']))
    PHONE(b, r, 'land')
    b.t(pick(r, [')\n', '\n']))
    b.t('\n○ 위원장 ')
    b.p('PERSON', *chair)
    b.t(': 성원이 되었으므로 회의를 시작하겠습니다.\n')
    for _ in range(r.randint(2, 4)):
        sp = pick(r, names[1:] or names)
        st = r.random()
        if st < 0.4:
            b.t('○ ')
            b.p('PERSON', *sp)
            b.t(' 위원: ' + pick(r, ['사업비 산정 근거가 부족합니다.', '신청인의 소명 자료를 더 받아 봐야 합니다.', '원안에 동의합니다.']) + '\n')
        elif st < 0.7:
            b.p('PERSON', *sp)
            b.t(' 위원' + jo('위원', '은', '는') + ' "' + pick(r, ['이 안건은 보류가 적절하다', '현장 확인이 필요하다']) + '"' + pick(r, ['고 말했다.', '는 의견을 냈다.', '고 지적했다.']) + '\n')
        else:
            b.t('(')
            b.p('PERSON', *sp)
            b.t(' 위원 발언) ' + pick(r, ['예산 재검토 요청', '수정 동의']) + '\n')
    if r.random() < 0.55:
        ap = person(r)
        b.t('○ 간사: 신청인 ')
        P(b, ap)
        b.t(f"({2025 - ap['y']}세, ")
        ADDR(b, r, with_post=False, form=pick(r, ['road_from_gu', 'road_short']), allow_after=False)
        b.t(pick(r, [' 거주)의 ', ')의 ']) + '이의신청 건은 연락처(')
        PHONE(b, r)
        b.t(')로 결과를 통지하겠습니다.\n')
    b.t('○ 위원장: 이상으로 ' + pick(r, ['회의를 마치겠습니다.', '폐회를 선언합니다.']) + '\n')
    b.t('※ 회의록 작성: ')
    b.p('PERSON', *gan)
    b.t('\n')


def t_minutes_roster(r, b):
    b.t(pick(r, ['참석자 서명부\n', '회의 참석자 명단\n', '[붙임] 참석자 현황\n']))
    b.t('회의명: ' + pick(r, ['주민 설명회', '자문위원회', '민관 협의체 정례회의']) + '   일시: ').ng(gdate(r), 'date').t('\n')
    hdr = r.random() < 0.6
    if hdr:
        b.t(pick(r, ['연번 | 성명 | 소속 | 연락처 | 서명\n', '번호\t이름\t소속\t휴대전화\t비고\n']))
    delim = pick(r, [' | ', '\t', ' │ ', '  '])
    for i in range(r.randint(4, 7)):
        b.t(str(i + 1) + delim)
        nz = ['spaced_name'] if r.random() < 0.08 else ()
        NAME(b, r, noise=nz)
        b.t(delim + pick(r, ['주민자치회', '○○대학교', '시민단체', '(주)' + pick(r, COMPANY_STEMS), '상인회', '개인']) + delim)
        if r.random() < 0.75:
            PHONE(b, r)
        else:
            EMAIL(b, r)
        b.t(delim + pick(r, ['(서명)', '', '대리참석', '서명']) + '\n')


# ---------------------------------------------------------------------------
# 판결문·결정문
# ---------------------------------------------------------------------------
COURTS = ['서울중앙지방법원', '서울행정법원', '수원지방법원', '부산지방법원', '대전지방법원', '광주지방법원', '대구지방법원 서부지원',
          '인천지방법원', '춘천지방법원 강릉지원', '창원지방법원']


def t_judg_civil(r, b):
    b.t(pick(r, COURTS) + '\n' + pick(r, ['판 결', '판결', '판    결']) + '\n\n')
    b.t('사    건  ').ng(case_no(r), 'case_number').t(' ' + pick(r, ['손해배상(기)', '대여금', '부당이득금', '임대차보증금 반환']) + '\n')
    pl = person(r)
    b.t('원    고  ')
    P(b, pl)
    b.t(pick(r, ['\n            ', '\n  ', ' (']))
    ADDR(b, r, with_post=False)
    b.t(pick(r, ['', ')']) + '\n')
    b.t('            소송대리인 ' + pick(r, ['변호사 ', '법무법인 ' + pick(r, COMPANY_STEMS) + ' 담당변호사 ']))
    NAME(b, r)
    b.t('\n')
    de = person(r)
    b.t('피    고  ')
    P(b, de)
    b.t(' (' + pick(r, [''], ) + '주민등록번호 ' if r.random() < 0.3 else '\n            ')
    if b.parts[-1].endswith('주민등록번호 '):
        v, s = rrn(r, de, 'masked')
        b.p('KR_RRN', v, s)
        b.t(')\n            ')
    ADDR(b, r, with_post=r.random() < 0.3)
    b.t('\n')
    b.t('변 론 종 결  ').ng(gdate(r, 2024, 2025), 'date').t('\n판 결 선 고  ').ng(gdate(r, 2024, 2025), 'date').t('\n\n주    문\n')
    b.t('1. 피고는 원고에게 ').ng(amount(r), 'amount').t(' 및 이에 대하여 ').ng(gdate(r, 2022, 2024, style='kor'), 'date').t('부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n')
    b.t('2. 소송비용은 피고가 부담한다.\n\n이    유\n1. 기초사실\n')
    b.t(pick(r, ['가. ', '']) + '원고는 ')
    b.ng(gdate(r, 2021, 2023, style='kor'), 'date').t(' 피고에게 ' + pick(r, ['대여금 명목으로', '보증금으로']) + ' 피고 명의의 ')
    bank, v, s = account(r)
    b.t(bank + ' 계좌(')
    b.p('KR_BANK_ACCOUNT', v, s)
    b.t(')로 돈을 송금하였다.\n')
    if r.random() < 0.5:
        b.t('나. 피고는 당시 원고에게 자신의 휴대전화(')
        PHONE(b, r)
        b.t(pick(r, [')로 ', ')를 통해 ']) + '변제를 약속하는 문자메시지를 보냈다.\n')
    b.t('[인정 근거] 다툼 없는 사실, 갑 제1 내지 5호증, 변론 전체의 취지\n')
    b.t('2. 판단\n' + pick(r, ['위 인정사실에 의하면 ', '살피건대, ']) + '피고는 원고에게 위 돈을 반환할 의무가 있다(').ng(pick(r, ['대법원 2019. 3. 14. 선고 2018다255648 판결', '대법원 2020. 5. 21. 선고 2017다220744 판결 참조']), 'case_number').t(').\n\n')
    b.t('판사  ')
    NAME(b, r)
    b.t('\n')


def t_judg_criminal(r, b):
    b.t(pick(r, COURTS) + '\n판      결\n\n사      건  ').ng(case_no(r), 'case_number').t(' ' + pick(r, ['도로교통법위반(음주운전)', '사기', '특정범죄가중처벌등에관한법률위반(위험운전치상)', '전자금융거래법위반']) + '\n')
    foreign = r.random() < 0.3
    de = person(r, foreign=foreign)
    b.t('피  고  인  ')
    P(b, de)
    b.t(f" ({2025 - de['y']}세, " if r.random() < 0.5 else ' (')
    if foreign:
        b.t('외국인등록번호 ' if r.random() < 0.7 else '')
        if b.parts[-1].startswith('외국'):
            v, s = frn(r, de, masked=r.random() < 0.3)
            b.p('KR_FRN', v, s)
            b.t(', ')
        b.t(pick(r, ['일용직', '무직', '회사원']) + ')\n')
    else:
        b.t(pick(r, ['', '']) + ('%s' % pick(r, ['', ''])))
        if r.random() < 0.5:
            v, s = rrn(r, de, pick(r, ['masked', 'valid']))
            b.p('KR_RRN', v, s)
            b.t(', ')
        b.t(pick(r, ['회사원', '자영업', '무직', '택시기사']) + ')\n')
    b.t('            주거  ')
    ADDR(b, r, with_post=False)
    b.t('\n')
    if not foreign:
        b.t('            등록기준지  ')
        ADDR(b, r, with_post=False, form='jibun_dong', allow_after=False)
        b.t('\n')
    b.t('검      사  ')
    NAME(b, r)
    b.t(pick(r, ['(기소)', ' (기소), ', '(공판)']) + '\n변  호  인  ' + pick(r, ['변호사 ', '국선변호인 변호사 ']))
    NAME(b, r)
    b.t('\n판 결 선 고  ').ng(gdate(r, 2024, 2025), 'date').t('\n\n주      문\n피고인을 징역 ' + str(r.randint(6, 24)) + '월에 처한다. 다만 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이      유\n범 죄 사 실\n')
    b.t('피고인은 ')
    if r.random() < 0.75:
        b.t(pick(r, ['제1종 보통', '제2종 보통', '제1종 대형']) + ' 운전면허')
        if r.random() < 0.7:
            b.t(pick(r, ['(면허번호 ', '(', ' 번호 ']))
            v, s = dl(r)
            b.p('KR_DRIVER_LICENSE', v, s)
            b.t(pick(r, [')', ')를 소지한 자로', '']))
        b.t('\n')
        b.ng(gdate(r, 2023, 2024, style='kor'), 'date').t(' 22:40경 혈중알코올농도 0.' + digits(r, 3) + '%의 술에 취한 상태로 ')
        v, s = plate(r)
        b.p('KR_VEHICLE_PLATE', v, s)
        b.t(' ' + pick(r, CARS) + ' 승용차를 ')
        ADDR(b, r, with_post=False, form='road_from_gu', allow_after=False)
        b.t(' 앞 도로에서부터 약 ' + str(r.randint(2, 9)) + 'km 구간을 운전하였다.\n')
    else:
        b.t(pick(r, ['성명불상의 보이스피싱 조직원에게', '공범 ' ]))
        if b.parts[-1].startswith('공범'):
            NAME(b, r)
            b.t('에게 ')
        b.t('자신 명의의 ')
        ACCT(b, r)
        b.t(' 계좌의 접근매체와 체크카드(')
        v, s = card(r)
        b.p('CREDIT_CARD', v, s)
        b.t(')를 ').ng(amount(r), 'amount').t('을 받고 양도하였다.\n')
    vic = person(r)
    b.t(pick(r, ['이로써 피해자 ', '피해자 ']))
    P(b, vic)
    b.t(f"({2025 - vic['y']}세)" + pick(r, ['에게 ', '로 하여금 ']) + '피해를 입게 하였다. 피해자의 처 ').ng(masked_name(r), 'masked_name').t('은 처벌을 원하지 않는다.\n')
    b.t('\n법령의 적용\n').ng(statute(r), 'statute').t('\n\n판사 ')
    NAME(b, r)
    b.t('\n')


def t_decision_admin(r, b):
    b.t(pick(r, ['중앙행정심판위원회\n재    결\n', '○○시 행정심판위원회 재결서\n', '결 정 문\n']))
    b.t('사 건  ').ng(case_no(r), 'case_number').t(' ' + pick(r, ['자동차운전면허 취소처분 취소청구', '영업정지처분 취소청구', '정보공개거부처분 취소청구', '생계급여 중지처분 취소청구']) + '\n')
    pe = person(r)
    b.t(pick(r, ['청 구 인  ', '신청인  ']))
    P(b, pe)
    b.t(pick(r, ['\n           ', ' / ']))
    ADDR(b, r)
    b.t('\n           ' + pick(r, ['대리인 행정사 ', '대리인 변호사 ', '대리인 공인노무사 ']))
    NAME(b, r)
    b.t('\n피청구인  ').ng(pick(r, ['서울특별시경찰청장', '경기도남부경찰청장', '마포구청장', '화성시장', '보건복지부장관']), 'office_title').t('\n\n주    문\n청구인의 청구를 ' + pick(r, ['기각한다', '인용한다']) + '.\n\n이    유\n')
    b.t('1. 사건개요\n청구인은 ')
    if r.random() < 0.7:
        b.ng(gdate(r, 2023, 2024, style='dot'), 'date').t(' 혈중알코올농도 ' + f"0.{r.randint(80, 150):03d}" + '% 상태에서 자신 소유의 ')
        v, s = plate(r)
        b.p('KR_VEHICLE_PLATE', v, s)
        b.t(' 차량을 운전하였다는 이유로 피청구인으로부터 운전면허(')
        v, s = dl(r)
        b.p('KR_DRIVER_LICENSE', v, s)
        b.t(') 취소처분을 받았다.\n')
        b.t('2. 청구인 주장\n청구인(' + pick(r, ['', '']) )
        v, s = dob(r, pe, styles=['dot_space', 'kor', 'dot_pad'])
        b.p('DATE_OF_BIRTH', v, s)
        b.t('생)은 ' + pick(r, ['생계를 위해 운전이 필수적이고', '20년간 무사고 운전을 하였고']) + ' 처분이 지나치게 가혹하다고 주장한다.\n')
    else:
        b.t('생계급여 수급자로서 ').ng(gdate(r, 2023, 2024), 'date').t(' 소득 재조사 결과 급여 중지 처분을 받았는데, 청구인의 급여 수령 계좌(')
        ACCT(b, r, bank_prefix=False)
        b.t(')에 입금된 돈은 자녀 ')
        ch = person(r, 20, 35)
        P(b, ch)
        b.t('의 생활비 송금이라고 주장한다.\n')
    b.t('3. 관계법령: ').ng(statute(r), 'statute').t('\n\n').ng(gdate(r, 2024, 2025), 'date').t('\n위원장 ')
    NAME(b, r)
    b.t('\n')


def t_judg_nopii(r, b):
    b.t(pick(r, COURTS) + '\n판결(비실명 처리본)\n사건 ').ng(case_no(r), 'case_number').t('\n원고 ').ng(pick(r, ['A', '갑', 'A법인', '원고 1']), 'placeholder_name')
    b.t('\n피고 ').ng(pick(r, ['B', '을', 'B사', '○○세무서장']), 'placeholder_name').t('\n주문: 원고의 청구를 기각한다.\n이유: 원고는 ').ng(gdate(r, style='kor'), 'date')
    b.t(' 피고에게 ').ng(amount(r), 'amount').t('을 지급하였다고 주장하나, ').ng(statute(r), 'statute').t('에 비추어 이유 없다(').ng(case_no(r), 'case_number').t(' 참조). 증인 ')
    b.ng(masked_name(r), 'masked_name').t('의 진술도 이와 같다.\n')


# ---------------------------------------------------------------------------
# 감사·징계 / 인사
# ---------------------------------------------------------------------------
GRADES = ['행정6급', '행정7급', '지방행정주사', '지방시설주사보', '사회복지주사', '세무주사', '공업6급', '전산7급', '운전8급']


def t_discipline(r, b):
    b.t(pick(r, ['징 계 의 결 서\n', '징계의결서\n', '경징계 의결 요구서\n']))
    per = person(r, 28, 60)
    b.t(pick(r, ['인적사항\n', '■ 징계혐의자\n', '']))
    rows = ['소속', '직위', '성명', '생년월일']
    for k in rows:
        b.t(pick(r, ['  ', ' | ', '']) + k + pick(r, ['  ', ': ', ' | ']))
        if k == '소속':
            b.t(pick(r, DEPTS))
        elif k == '직위':
            b.t(pick(r, GRADES))
        elif k == '성명':
            P(b, per)
        else:
            v, s = dob(r, per, styles=['dot_space', 'dot_pad', 'kor', 'iso', 'yy_dot'])
            b.p('DATE_OF_BIRTH', v, s)
        b.t('\n')
    b.t('의결주문: ' + pick(r, ['견책', '감봉 1월', '정직 1월', '불문경고']) + '\n이유\n')
    b.t('징계혐의자 ')
    P(b, per)
    b.t(jo(per['name'], '은', '는') + ' ')
    k = r.random()
    if k < 0.35:
        b.ng(gdate(r, 2023, 2024, style='kor'), 'date').t(' 혈중알코올농도 0.' + f"{r.randint(30, 150):03d}" + '%의 주취 상태로 ')
        v, s = plate(r)
        b.p('KR_VEHICLE_PLATE', v, s)
        b.t(pick(r, [' 승용차를 운전하다 적발되었다.', ' 차량을 운전하여 ', ' 자가용을 운전하였다.']) + '\n')
        if r.random() < 0.5:
            b.t('이로 인해 운전면허(')
            v, s = dl(r)
            b.p('KR_DRIVER_LICENSE', v, s)
            b.t(')가 취소되었다.\n')
    elif k < 0.7:
        b.t('업무추진비를 집행하면서 본인 명의 개인카드(')
        v, s = card(r)
        b.p('CREDIT_CARD', v, s)
        b.t(pick(r, [')로 ', ')를 사용하여 ']) + '결제한 ').ng(amount(r), 'amount').t('을 관서 카드 사용분으로 정산하였다.\n')
    else:
        b.t('업무 목적 없이 ' + pick(r, ['새올행정시스템', '주민등록 전산망', '사회보장정보시스템']) + '에 접속하여 민원인 ')
        vic = person(r)
        P(b, vic)
        b.t('의 주민등록번호(')
        v, s = rrn(r, vic, pick(r, ['valid', 'masked']))
        b.p('KR_RRN', v, s)
        b.t(') 등을 ' + str(r.randint(3, 40)) + '회 조회하였다(접속 IP ')
        v, s = ip(r, 'priv')
        b.p('IP_ADDRESS', v, s)
        b.t(').\n')
    b.t('이는 ').ng(statute(r), 'statute').t(' 위반에 해당한다.\n\n').ng(gdate(r, 2024, 2025), 'date').t('\n' + pick(r, ['인사위원회 위원장 ', '위원장 ', '징계위원회 위원장 ']))
    NAME(b, r)
    b.t(pick(r, [' (인)', '']) + '\n')


def t_audit(r, b):
    ag = agency(r)
    b.t(pick(r, ['감사 결과 처분 요구서\n', '[감사결과] 지적사항\n', '자체감사 결과 보고\n']))
    b.t('제목: ' + pick(r, ['보조금 부당 집행', '계약 업무 부적정', '개인정보 부당 조회', '수당 부당 수령']) + '\n')
    b.t('관계기관: ' + ag[0] + ' ' + pick(r, DEPTS) + '\n')
    off = person(r, 28, 60)
    b.t('관련자: ' + pick(r, GRADES) + ' ')
    P(b, off)
    b.t(pick(r, ['(', ' (당시 담당, ']))
    v, s = dob(r, off, styles=['yy_dot', 'dot_pad', 'yymmdd'])
    b.p('DATE_OF_BIRTH', v, s)
    b.t(pick(r, ['생)\n', ')\n']))
    b.t('내용\n')
    k = r.random()
    if k < 0.4:
        co = company(r)
        b.t('위 관련자는 ').ng(co, 'company_name').t('(대표 ')
        NAME(b, r)
        b.t(', 사업자등록번호 ')
        v, s = brn(r)
        b.p('KR_BRN', v, s)
        b.t(')와 수의계약을 체결하면서 대금 ').ng(amount(r), 'amount').t('을 업체 계좌가 아닌 대표자 개인 계좌(')
        ACCT(b, r)
        b.t(')로 지급하였다.\n')
    elif k < 0.7:
        b.t('관련자는 ').ng(gdate(r, 2024, 2024), 'date').t(' 외부 PC(IP ')
        v, s = ip(r, 'pub')
        b.p('IP_ADDRESS', v, s)
        b.t(pick(r, [')에서 ', ')로부터 ']) + '업무시스템에 접속하여 ')
        for i in range(r.randint(1, 3)):
            if i:
                b.t(', ')
            NAME(b, r)
        b.t(' 등 정보주체의 자료를 개인 메일(')
        EMAIL(b, r)
        b.t(')로 전송하였다.\n')
    else:
        b.t('관련자는 배우자 ')
        NAME(b, r)
        b.t(' 명의의 ')
        ACCT(b, r)
        b.t(' 계좌로 ' + pick(r, ['시간외근무수당', '출장여비', '보조금']) + ' ').ng(amount(r), 'amount').t('을 이중 지급받았다.\n')
    b.t('조치: ' + pick(r, ['관련자 경징계', '주의 요구', '회수 및 훈계']) + ' (').ng(statute(r), 'statute').t(')\n감사담당: ')
    NAME(b, r)
    b.t(' 감사관 (')
    PHONE(b, r, 'land', area=ag[1])
    b.t(')\n')


def t_personnel(r, b):
    ag = agency(r)
    b.t(ag[0] + pick(r, [' 인사발령\n', ' 인사명령\n', '\n인 사 발 령 (' + gdate(r, 2025, 2025) + '자)\n']))
    kinds = ['승진', '전보', '신규임용', '국외출장', '휴직', '직무대리']
    r.shuffle(kinds)
    for kd in kinds[:r.randint(2, 4)]:
        b.t('\n□ ' + kd + '\n')
        for _ in range(r.randint(1, 3)):
            if kd == '국외출장':
                per = person(r, 28, 60)
                b.t(pick(r, ['  - ', '  ', '  ○ ']) + pick(r, GRADES) + ' ')
                P(b, per)
                b.t(pick(r, [' (여권번호 ', ' / 여권 ', ' (Passport No. ']))
                v, s = passport(r, pick(r, ['kr_old', 'kr_new', 'kr_new']))
                if v[0] not in 'GM':
                    v = 'G' + v[1:] if r.random() < 0.5 else v
                b.p('KR_PASSPORT', v, s)
                if r.random() < 0.6:
                    b.t(', 생년월일 ')
                    v, s = dob(r, per, styles=['passport_en', 'passport_koen', 'dot_pad', 'iso'])
                    b.p('DATE_OF_BIRTH', v, s)
                b.t(pick(r, [') ', ')  ']) + pick(r, ['미국 워싱턴', '프랑스 파리', '베트남 하노이', '일본 도쿄']) + ' ' + str(r.randint(3, 10)) + '일간\n')
            elif kd == '휴직':
                b.t('  ' + pick(r, GRADES) + ' ')
                NAME(b, r)
                b.t(pick(r, [' 육아휴직(', ' 질병휴직(', ' 간병휴직(']))
                b.ng(gdate(r, 2025, 2025), 'date').t('~').ng(gdate(r, 2025, 2026), 'date').t(')\n')
            elif kd == '직무대리':
                b.t('  ' + pick(r, DEPTS) + '장 직무대리 ')
                NAME(b, r)
                b.t(pick(r, [' 사무관\n', ' (행정5급)\n']))
            else:
                b.t(pick(r, ['  ', '  - ']) + pick(r, GRADES) + ' ')
                NAME(b, r)
                b.t(pick(r, ['  ', ' : ']) + pick(r, DEPTS) + ' → ' + pick(r, DEPTS) + '\n')
    b.t('\n' + head(ag) + '\n')


# ---------------------------------------------------------------------------
# 계약·입찰
# ---------------------------------------------------------------------------
def corp_block(r, b, labels_after=False):
    co = company(r)
    b.t(pick(r, ['상    호: ', '업체명 ', '상호(법인명) ', '회사명: '])).ng(co, 'company_name').t('\n')
    b.t(pick(r, ['대 표 자: ', '대표자 성명 ', '대표이사 ', '대표 ']))
    NAME(b, r)
    b.t('\n')
    if labels_after:
        v, s = brn(r)
        b.p('KR_BRN', v, s)
        b.t(pick(r, [' (사업자등록번호)', '(사업자)', ' ← 사업자번호']) + '\n')
        v, s = crn(r)
        b.p('KR_CRN', v, s)
        b.t(pick(r, [' (법인등록번호)', '(법인번호)', ' ← 법인등록번호']) + '\n')
    else:
        lab(b, r, 'brn')
        v, s = brn(r)
        b.p('KR_BRN', v, s)
        b.t(pick(r, ['\n', '   ']))
        lab(b, r, 'crn')
        v, s = crn(r)
        b.p('KR_CRN', v, s)
        b.t('\n')
    b.t(pick(r, ['소 재 지: ', '주소(본점) ', '사업장 소재지 ', '주    소: ']))
    ADDR(b, r)
    b.t('\n')
    return co


def t_contract(r, b):
    ag = agency(r)
    b.t(pick(r, ['용역 계약서\n', '물품 구매 계약서\n', '공사 도급 계약서\n', '표준 용역계약서\n']))
    b.t('계약번호: ').ng(receipt_no(r), 'contract_number').t('   나라장터 공고번호: ').ng(g2b_no(r), 'notice_number').t('\n')
    b.t('계약금액: ').ng(amount(r), 'amount').t(' (부가가치세 포함)\n\n')
    b.t('발주기관(갑): ' + ag[0] + '\n  주소: ').ng(inst_address(r), 'institution_address').t('\n  ')
    b.t('대표전화 ').ng(switchboard(r, ag[1]), 'switchboard').t('\n')
    b.t('계약상대자(을)\n')
    co = corp_block(r, b, labels_after=r.random() < 0.3)
    b.t(pick(r, ['전화: ', '대표번호 ', 'TEL ']))
    PHONE(b, r, pick(r, ['land', 'land', 'voip']))
    b.t(pick(r, ['   팩스: ', ' / FAX ']))
    PHONE(b, r, 'fax')
    b.t('\n\n제5조(대금 지급) 갑은 을이 지정한 다음 계좌로 대금을 지급한다.\n')
    b.t('  ' + pick(r, ['은행명/계좌번호: ', '지급계좌: ', '']))
    ACCT(b, r)
    b.t(pick(r, ['  예금주: ', ' (예금주 ']))
    if r.random() < 0.5:
        b.ng(co, 'company_name')
    else:
        NAME(b, r)
    b.t(pick(r, ['', ')']) + '\n')
    b.t('제9조(담당자) 을의 계약 담당자는 ')
    NAME(b, r)
    b.t(pick(r, [' 과장(', ' 대리(', ' 실장(휴대전화 ']))
    PHONE(b, r)
    b.t(', ')
    EMAIL(b, r)
    b.t(')로 한다.\n\n').ng(gdate(r, 2025, 2025), 'date').t('\n갑 ' + ag[0] + pick(r, ['장', '']) + ' (인)    을 ').ng(co, 'company_name').t(' 대표 ')
    rep = [sp for sp in b.spans if sp['type'] == 'PERSON'][0]
    b.p('PERSON', rep['canonical'], rep['sub_kind'])
    b.t(' (인)\n')


def t_bid(r, b):
    b.t(pick(r, ['입찰참가신청서\n', '[별지] 입찰참가 신청서\n', '공동수급 협정서\n']))
    b.t('공고번호 ').ng(g2b_no(r), 'notice_number').t('   건명: ' + pick(r, ['청사 시설 유지보수 용역', '정보시스템 고도화 사업', '하천 정비 공사', '민원 안내 콜센터 운영']) + '\n')
    b.t('입찰보증금: ').ng(amount(r), 'amount').t('\n')
    n = r.randint(1, 3)
    for i in range(n):
        b.t(f"\n[{'대표사' if i == 0 else '구성원 ' + str(i)}]\n")
        corp_block(r, b, labels_after=r.random() < 0.2)
        if i == 0:
            b.t('대표자 생년월일 ')
            p2 = person(r, 35, 70)
            v, s = dob(r, p2)
            b.p('DATE_OF_BIRTH', v, s)
            b.t('\n담당자 ')
            NAME(b, r)
            b.t(pick(r, [' / ', '  H.P ']))
            PHONE(b, r)
            b.t(pick(r, [' / ', '  ']))
            EMAIL(b, r)
            b.t('\n')
        if n > 1:
            b.t('지분율 ' + str(r.randint(10, 60)) + '%\n')
    b.t('\n위와 같이 입찰에 참가하고자 신청합니다.  ').ng(gdate(r, 2025, 2025), 'date').t('\n')


def t_contract_nopii(r, b):
    b.t('입찰 공고\n공고번호: ').ng(g2b_no(r), 'notice_number').t('\n1. 입찰에 부치는 사항: ' + pick(r, ['청사 청소 용역', '차량 임차', '홈페이지 유지관리']) + '\n')
    b.t('2. 추정가격: ').ng(amount(r), 'amount').t('\n3. 입찰 마감: ').ng(gdate(r, 2025, 2025), 'date').t(' 10:00\n4. 근거: ').ng(statute(r), 'statute')
    b.t('\n5. 문의: 계약팀 (대표전화 ').ng(switchboard(r), 'switchboard').t('), 주소 ').ng(inst_address(r), 'institution_address')
    b.t('\n6. 공동수급 구성원은 ').ng('A사', 'placeholder_name').t(', ').ng('B사', 'placeholder_name').t(' 형식으로 기재하며 사업자등록번호 칸에는 ').ng('000-00-00000', 'placeholder_number').t(' 양식을 따르십시오.\n')


# ---------------------------------------------------------------------------
# 복지·급여 신청서
# ---------------------------------------------------------------------------
def t_welfare(r, b):
    b.t(pick(r, ['사회보장급여 신청(변경)서\n', '[별지 제1호서식] 사회보장급여 신청서\n', '긴급지원 신청서\n', '아동수당 지급 신청서\n']))
    b.t('※ 접수번호 ').ng(receipt_no(r), 'receipt_number').t('  처리기간 30일\n')
    ap = person(r, 25, 75)
    b.t('신청인\n')
    fields = ['name', 'rrn', 'addr', 'tel', 'mob', 'mail']
    r.shuffle(fields)
    for k in fields:
        b.t(pick(r, ['  ', ' ', '  □ ']))
        if k == 'name':
            lab(b, r, 'name')
            P(b, ap)
        elif k == 'rrn':
            lab(b, r, 'rrn')
            v, s = rrn(r, ap, pick(r, ['valid', 'valid', 'masked']))
            b.p('KR_RRN', v, s)
        elif k == 'addr':
            lab(b, r, 'addr')
            ADDR(b, r)
        elif k == 'tel':
            lab(b, r, 'tel')
            PHONE(b, r, pick(r, ['land', 'voip']))
        elif k == 'mob':
            lab(b, r, 'mob')
            PHONE(b, r)
        else:
            lab(b, r, 'mail')
            EMAIL(b, r)
        b.t('\n')
    b.t(pick(r, ['세대원 현황\n', '가구원 현황(신청인 제외)\n']))
    hdr = r.random() < 0.6
    if hdr:
        b.t('관계 | 성명 | 주민등록번호 | 비고\n')
    for _ in range(r.randint(1, 3)):
        if r.random() < 0.2:
            c = person(r, 22, 50, foreign=True)
            b.t('배우자(외국인) | ')
            P(b, c)
            b.t(' | ')
            v, s = frn(r, c)
            b.p('KR_FRN', v, s)
            b.t(' | 결혼이민\n')
            continue
        c = child(r) if r.random() < 0.55 else person(r, 1, 85)
        b.t(pick(r, ['자녀', '배우자', '부', '모', '손자녀']) + ' | ')
        P(b, c)
        b.t(' | ')
        v, s = rrn(r, c, 'masked' if r.random() < 0.2 else None)
        b.p('KR_RRN', v, s)
        b.t(' | ' + pick(r, ['', '장애', '학생', '-']) + '\n')
    b.t('건강보험\n  ')
    lab(b, r, 'hi')
    v, s = health_ins(r)
    b.p('KR_HEALTH_INSURANCE', v, s)
    b.t(pick(r, ['  (직장가입자)', '  (지역가입자)', '']) + '\n')
    b.t('급여 수령 계좌  ')
    ACCT(b, r)
    b.t('  예금주 ')
    P(b, ap)
    b.t('\n※ 수급자 명의 계좌가 아닌 경우 사유: ' + pick(r, ['해당 없음', '압류방지 전용계좌(행복지킴이통장)']) + '\n')
    b.t('\n').ng(gdate(r, 2025, 2025), 'date').t('  신청인 ')
    P(b, ap)
    b.t(' (서명 또는 인)\n' + pick(r, ['○○동 행정복지센터장 귀하', '시장·군수·구청장 귀하']) + '\n')


def t_voucher(r, b):
    b.t(pick(r, ['에너지바우처 신청서\n', '국민행복카드 발급·바우처 신청서\n', '문화누리카드 재충전 신청\n', '장애인 활동지원 바우처 결제 정정 요청\n']))
    per = person(r, 20, 85)
    lab(b, r, 'name')
    P(b, per)
    b.t(pick(r, ['   ', '\n']))
    lab(b, r, 'dob')
    v, s = dob(r, per)
    b.p('DATE_OF_BIRTH', v, s)
    b.t('\n')
    if r.random() < 0.6:
        lab(b, r, 'hi')
        v, s = health_ins(r)
        b.p('KR_HEALTH_INSURANCE', v, s)
        b.t('\n')
    b.t(pick(r, ['바우처 카드번호: ', '결제카드 ', '카드번호(국민행복카드) ', '연계 카드: ']))
    v, s = card(r)
    b.p('CREDIT_CARD', v, s)
    b.t(pick(r, ['', ' (본인 명의)', ' ※ 분실 재발급']) + '\n')
    if r.random() < 0.4:
        b.t('이전 카드 ')
        v, s = card(r)
        b.p('CREDIT_CARD', v, s)
        b.t(' 은(는) 사용 중지 처리\n')
    lab(b, r, 'addr')
    ADDR(b, r)
    b.t('\n')
    lab(b, r, 'mob')
    PHONE(b, r)
    b.t('\n')
    if r.random() < 0.5:
        b.t('대리 신청인: ')
        NAME(b, r)
        b.t(' (관계: ' + pick(r, ['자녀', '배우자', '사회복지사']) + ', 연락처 ')
        PHONE(b, r)
        b.t(')\n')
    b.t('지원금액 ').ng(amount(r), 'amount').t('  문의 ').ng(switchboard(r), 'switchboard').t('\n')


def t_consent(r, b):
    b.t(pick(r, ['개인정보 수집·이용 동의서\n', '개인정보 제3자 제공 동의서\n']))
    b.t('1. 수집 항목: 성명, 생년월일, 연락처, 주소\n2. 보유 기간: 5년\n3. 근거: ').ng(statute(r), 'statute').t('\n')
    b.t('□ 동의함  □ 동의하지 않음\n\n')
    if r.random() < 0.2:
        b.t('작성 예시) 성명: ').ng('홍길동', 'placeholder_name').t('  주민등록번호: ').ng('000000-0000000', 'placeholder_number').t('\n')
    per = person(r)
    b.t(pick(r, ['동의자 ', '정보주체 ', '성명 ']))
    P(b, per)
    b.t(pick(r, ['  생년월일 ', ' (', ' / ']))
    v, s = dob(r, per)
    b.p('DATE_OF_BIRTH', v, s)
    b.t(pick(r, ['', ')', '']) + '  연락처 ')
    PHONE(b, r)
    b.t('\n').ng(gdate(r, 2025, 2025), 'date').t(pick(r, ['  (서명)', '  서명: ']))
    P(b, per)
    b.t('\n')


# ---------------------------------------------------------------------------
# 학교 / 병원
# ---------------------------------------------------------------------------
def t_school(r, b):
    st = person(r, 7, 18)
    b.t(pick(r, ['학생 기초조사서\n', '학교생활기록부 인적·학적사항\n', '보건실 응급처치 기록\n', '전학 신청서\n']))
    b.t(pick(r, ['학년/반/번호 ', '학적 ']) + f"{r.randint(1, 6)}-{r.randint(1, 9)}-{r.randint(1, 30)}\n")
    lab(b, r, 'name')
    P(b, st)
    b.t(pick(r, ['   ', '\n']))
    lab(b, r, 'dob')
    v, s = dob(r, st)
    b.p('DATE_OF_BIRTH', v, s)
    b.t('\n')
    lab(b, r, 'addr')
    ADDR(b, r)
    b.t('\n')
    if r.random() < 0.4:
        b.t('학생 이메일 ')
        EMAIL(b, r)
        b.t('\n')
    b.t(pick(r, ['보호자 ', '보호자 성명: ', '부모(보호자) ']))
    NAME(b, r)
    b.t(pick(r, ['  관계: 모  ', ' (부) ', '  ']) + pick(r, ['연락처 ', '비상연락 ', '']))
    PHONE(b, r)
    b.t('\n')
    if r.random() < 0.6:
        b.t(pick(r, ['건강보험증번호 ', '보험증 번호: ', '건보 ']))
        v, s = health_ins(r)
        b.p('KR_HEALTH_INSURANCE', v, s)
        b.t(pick(r, [' (피부양자)', '']) + '\n')
    if r.random() < 0.5:
        b.t('특기사항: ' + pick(r, ['', '']) + '같은 반 ')
        NAME(b, r)
        b.t(pick(r, ['과(와) ', ' 학생과 ']) + pick(r, ['다툼이 있어 상담 진행', '함께 방과후 프로그램 참여']) + '\n')
    b.t('담임 ')
    NAME(b, r)
    b.t(pick(r, [' 교사', ' 선생님']) + '  (학교 대표 ').ng(switchboard(r), 'switchboard').t(')\n')


def t_hospital(r, b):
    foreign = r.random() < 0.3
    pt = child(r) if (not foreign and r.random() < 0.2) else person(r, 0 if foreign else 1, 95, foreign=foreign)
    b.t(pick(r, ['○○의료원 외래 진료기록\n', '보건소 진료 접수증\n', '응급실 내원 기록지\n', '입원 약정서\n']))
    b.t('등록번호 ').ng(digits(r, 8), 'patient_record_number').t('   진료과 ' + pick(r, ['내과', '소아청소년과', '정형외과', '가정의학과']) + '\n')
    b.t(pick(r, ['환자명 ', '성명: ', '환자 ']))
    P(b, pt)
    b.t(pick(r, [' (' + pick(r, ['남', '여']) + '/' + str(max(0, 2025 - pt['y'])) + ')\n', '\n']))
    if foreign:
        lab(b, r, 'frn')
        v, s = frn(r, pt, masked=r.random() < 0.15)
        b.p('KR_FRN', v, s)
        b.t('\n')
        if r.random() < 0.5:
            lab(b, r, 'pp')
            v, s = passport(r, 'foreign')
            b.p('KR_PASSPORT', v, s)
            b.t('\n')
    else:
        lab(b, r, 'rrn')
        v, s = rrn(r, pt, 'masked' if r.random() < 0.25 else None)
        b.p('KR_RRN', v, s)
        b.t('\n')
    lab(b, r, 'hi')
    v, s = health_ins(r)
    b.p('KR_HEALTH_INSURANCE', v, s)
    b.t(pick(r, ['  (건강보험)', '  자격: 지역', '  피부양자']) + '\n')
    lab(b, r, 'addr')
    ADDR(b, r)
    b.t('\n보호자 ')
    NAME(b, r)
    b.t(pick(r, [' ', ' (', ' / ']))
    PHONE(b, r)
    b.t(pick(r, ['', ')', '']) + '\n')
    if r.random() < 0.45:
        b.t(pick(r, ['수납 카드 ', '진료비 결제: 카드 ', '선수납 카드번호 ']))
        v, s = card(r)
        b.p('CREDIT_CARD', v, s)
        b.t('\n')
    b.t('주진단: ' + pick(r, ['급성 위장염', '요추 염좌', '고혈압', '폐렴 의증']) + '\n담당의 ')
    NAME(b, r)
    b.t(pick(r, [' (전문의)', '', ' 과장']) + '\n')


# ---------------------------------------------------------------------------
# 상담·채팅
# ---------------------------------------------------------------------------
def t_chat(r, b):
    b.t(pick(r, ['[채팅상담 기록] ', '[1:1 상담 이력] ', '상담 로그 ']) + gdate(r, 2025, 2025, style='iso') + '\n')
    ag_name, ag_sub = kname(r)
    b.t('상담사: ')
    b.p('PERSON', ag_name, ag_sub)
    b.t(' (' + pick(r, ['상담번호 ', '티켓 '])).ng(receipt_no(r), 'receipt_number').t(')\n')
    who = pick(r, ['민원인', '고객', '이용자', '신청인'])
    t0 = r.randint(9, 17)
    mm = r.randint(0, 40)

    def ts():
        nonlocal mm
        mm += r.randint(0, 2)
        return f"[{t0:02d}:{mm:02d}] "
    b.t(ts() + who + ': ' + pick(r, ['바우처 결제가 두 번 됐어요', '환급금이 아직 안 들어왔어요', '카드 분실했는데 정지해 주세요', '여권 신청 진행상황 알려주세요']) + '\n')
    b.t(ts() + '상담사: 본인 확인을 위해 성함과 생년월일 말씀 부탁드립니다.\n')
    per = person(r)
    b.t(ts() + who + ': ')
    P(b, per, noise=['spaced_name'] if r.random() < 0.15 else ())
    b.t(pick(r, ['이고요 ', ', ', '입니다. ']))
    v, s = dob(r, per, styles=['yy_kor', 'kor', 'yymmdd', 'dot_space', 'compact'])
    b.p('DATE_OF_BIRTH', v, s)
    b.t(pick(r, ['생이에요\n', '요\n', '\n']))
    b.t(ts() + '상담사: 연락 가능한 번호도 알려주세요.\n')
    b.t(ts() + who + ': ')
    if r.random() < 0.5:
        b.p('PHONE_NUMBER', '010-' + digits(r, 4, True) + '-' + digits(r, 4), 'mobile', noise=['hangul_digits'])
        b.t(pick(r, [' 이요\n', '입니다\n', '\n']))
    else:
        PHONE(b, r)
        b.t(pick(r, ['요\n', '\n', ' 입니다\n']))
    k = r.random()
    if k < 0.5:
        b.t(ts() + '상담사: 결제하신 카드 번호 전체를 입력해 주세요.\n' + ts() + who + ': ')
        v, s = card(r)
        b.p('CREDIT_CARD', v, s, noise=pick(r, [(), (), ['space_in_number']]))
        b.t('\n')
    elif k < 0.75:
        b.t(ts() + '상담사: 환급받으실 계좌를 알려주세요.\n' + ts() + who + ': ')
        ACCT(b, r, bank_prefix=r.random() < 0.7)
        b.t(pick(r, [' 이고 예금주는 저예요\n', '\n', ' 본인 명의입니다\n']))
    else:
        b.t(ts() + '상담사: 회신받을 메일 주소 부탁드립니다.\n' + ts() + who + ': ')
        EMAIL(b, r)
        b.t('\n')
    b.t(ts() + '상담사: ' + pick(r, ['확인되었습니다. 처리 후 안내드리겠습니다.', '담당 부서로 이관하겠습니다.']) + ' 추가 문의는 ').ng(switchboard(r), 'switchboard').t('로 주세요.\n')
    b.t(ts() + '상담사 ')
    b.p('PERSON', ag_name, ag_sub)
    b.t(': 상담을 종료합니다.\n')


def t_call(r, b):
    b.t(pick(r, ['[녹취록] ', '통화 녹취 요약 ', '상담 전화 기록(녹취) ']) + gdate(r, 2025, 2025) + '\n')
    per = person(r, 30, 90)
    b.t(pick(r, ['발신자는 ', '전화한 분은 ', '민원인은 ']) + '자신을 ')
    P(b, per)
    b.t(pick(r, ['(이)라고 밝히며 ', ' 씨라고 소개하며 ']) + f"{2025 - per['y']}세" + pick(r, ['라고 했음. ', '임. ']))
    b.t('"제 번호는 ')
    b.p('PHONE_NUMBER', '010-' + digits(r, 4, True) + '-' + digits(r, 4), 'mobile', noise=['hangul_digits'])
    b.t(pick(r, ['이에요"', '입니다"', '"']) + pick(r, ['라고 불러 줌.\n', '라고 함.\n']))
    b.t('주소는 ')
    ADDR(b, r, with_post=False, form=pick(r, ['road_from_gu', 'road_short', 'jibun_dong']), allow_after=False)
    b.t(pick(r, [' 라고 함. ', '이고 ']) + '생년월일은 ')
    v, s = dob(r, per, styles=['yy_kor', 'kor', 'dot_space'])
    b.p('DATE_OF_BIRTH', v, s)
    b.t(' ' if v.endswith('.') else '. ')
    if r.random() < 0.5:
        b.t('자녀 ')
        NAME(b, r)
        b.t(pick(r, ['의 연락처(', ' 씨 번호 ']))
        PHONE(b, r)
        b.t(pick(r, [')', '']) + '도 남김.\n')
    if r.random() < 0.5:
        b.t('건강보험 증번호를 불러 줌: ')
        v, s = health_ins(r)
        b.p('KR_HEALTH_INSURANCE', v, s)
        b.t('.\n')
    b.t('응대: ')
    NAME(b, r)
    b.t(' 주무관. 민원 분류 ').ng(receipt_no(r), 'receipt_number').t('\n')


# ---------------------------------------------------------------------------
# 접속 로그
# ---------------------------------------------------------------------------
def ts_log(r):
    return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def t_log(r, b):
    b.t(pick(r, ['# access.log (excerpt)\n', '[개인정보처리시스템 접속기록]\n', '== WAS 로그 발췌 ==\n']))
    for _ in range(r.randint(4, 7)):
        b.t(ts_log(r) + pick(r, [' INFO ', ' WARN ', ' [auth] ', ' ']))
        k = r.random()
        if k < 0.3:
            b.t('login success user=').ng('u' + digits(r, 5), 'user_id').t(' ip=')
            v, s = ip(r)
            b.p('IP_ADDRESS', v, s)
        elif k < 0.5:
            v, s = ip(r)
            b.p('IP_ADDRESS', v, s)
            b.t(' - - "GET /minwon/apply?id=' + digits(r, 6) + ' HTTP/1.1" 200 ' + str(r.randint(200, 9999)) + ' "Mozilla/5.0 (Windows NT ').ng('10.0.' + str(r.randint(17000, 22631)) + '.' + str(r.randint(100, 4000)), 'version_number').t(')"')
        elif k < 0.7:
            b.t('password reset requested email=')
            EMAIL(b, r)
            b.t(' from ')
            v, s = ip(r)
            b.p('IP_ADDRESS', v, s)
        elif k < 0.85:
            b.t('관리자 ')
            NAME(b, r)
            b.t('(').ng('admin' + digits(r, 3), 'user_id').t(') 정보주체 ')
            NAME(b, r)
            b.t(' 조회, 접속지 ')
            v, s = ip(r, 'priv')
            b.p('IP_ADDRESS', v, s)
        else:
            b.t('blocked brute-force src=')
            v, s = ip(r, 'pub')
            b.p('IP_ADDRESS', v, s)
            b.t(' attempts=' + str(r.randint(5, 90)))
        b.t('\n')


def t_log_table(r, b):
    b.t(pick(r, ['개인정보 접속기록 점검표\n', '접속기록 (월간 점검)\n']))
    delim = pick(r, [' | ', '\t', ','])
    if r.random() < 0.6:
        b.t(delim.join(['접속일시', '접속자ID', '접속자', '접속지 IP', '처리한 정보주체', '수행업무']) + '\n')
    for _ in range(r.randint(3, 6)):
        b.t(ts_log(r) + delim).ng(pick(r, ['u', 'emp', 'op']) + digits(r, 5), 'user_id').t(delim)
        NAME(b, r)
        b.t(delim)
        v, s = ip(r, pick(r, ['priv', 'priv', 'pub']))
        b.p('IP_ADDRESS', v, s)
        b.t(delim)
        NAME(b, r)
        b.t(delim + pick(r, ['조회', '수정', '다운로드', '출력']) + '\n')
    b.t('점검자: ')
    NAME(b, r)
    b.t(' (서명)\n')


def t_log_nopii(r, b):
    b.t('[시스템 점검 로그]\n')
    for _ in range(r.randint(3, 5)):
        b.t(ts_log(r) + ' INFO service=' + pick(r, ['minwon-api', 'batch', 'gw']) + ' user=').ng('u' + digits(r, 5), 'user_id')
        b.t(' build=').ng(f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 999)}.{r.randint(1000, 9999)}", 'version_number')
        b.t(' doc=').ng(doc_no(r), 'doc_number').t('\n')
    b.t('장애 문의: ').ng(switchboard(r), 'switchboard').t('\n')


# ---------------------------------------------------------------------------
# OCR'd scans
# ---------------------------------------------------------------------------
def ocr_lbl(r, s):
    k = r.random()
    if k < 0.3:
        return ' '.join(s)
    if k < 0.45:
        return s.replace('번', '빈', 1) if '번' in s else s
    if k < 0.55:
        return s + ' .'
    return s


def OCRP(b, r, typ, v, s, n=None):
    kinds = ocr_pick(r, n or pick(r, [1, 1, 2])) if r.random() < 0.85 else []
    b.p(typ, v, s, noise=kinds)


def t_ocr_id_form(r, b):
    per = person(r)
    b.t(pick(r, ['■ 주민등록법 시행령 [별지 제32호서식]\n', '[별지 서식] <개정>\n', '|| 스캔본 p.1 ||\n']))
    b.t(ocr_lbl(r, pick(r, ['주민등록증 재발급 신청서', '주민등록증 발급 신청서', '전입신고서', '주민등록표 열람 또는 등·초본 교부 신청서'])) + '\n')
    b.t(ocr_lbl(r, '접수번호') + ' ').ng(receipt_no(r), 'receipt_number').t('  ' + ocr_lbl(r, '처리기간') + ' 즉시\n')
    b.t(ocr_lbl(r, '성명') + pick(r, [' ', ' | ', ': ']))
    P(b, per, noise=['spaced_name'] if r.random() < 0.35 else ())
    b.t(pick(r, ['  ', ' | ']) + ocr_lbl(r, '주민등록번호') + pick(r, [' ', ' | ']))
    v, s = rrn(r, per, pick(r, ['valid', 'valid', 'masked']))
    if r.random() < 0.3 and s != 'rrn_masked':
        # split across table cells
        b.p('KR_RRN', v.replace('-', pick(r, [' | ', ' |  ', '- | '])), s, canon=v)
        b.spans[-1]['noise'] = ['split_cells']
    else:
        OCRP(b, r, 'KR_RRN', v, s)
    b.t('\n' + ocr_lbl(r, '주소') + pick(r, [' ', ' | ']))
    ADDR(b, r, noise=['wrapped'] if r.random() < 0.4 else ())
    b.t('\n' + ocr_lbl(r, '전화번호') + ' ')
    OCRP(b, r, 'PHONE_NUMBER', *mobile(r))
    if r.random() < 0.5:
        b.t('  ' + ocr_lbl(r, '생년월일') + ' ')
        v, s = dob(r, per, styles=['dot_space', 'dot_pad', 'kor', 'compact'])
        b.p('DATE_OF_BIRTH', v, s, noise=['fullwidth_digits'] if r.random() < 0.4 else ())
    b.t('\n' + ocr_lbl(r, '신분확인') + ' : ')
    k = r.random()
    if k < 0.65:
        b.t('운전면허증 ')
        v, s = dl(r)
        OCRP(b, r, 'KR_DRIVER_LICENSE', v, s)
    else:
        b.t('여권 ')
        v, s = passport(r, pick(r, ['kr_old', 'kr_new']))
        b.p('KR_PASSPORT', v, s)
    b.t('\n수수료 ').ng(amount(r), 'amount').t('   ' + gdate(r, 2025, 2025) + '\n' + ocr_lbl(r, '신청인') + ' ')
    P(b, per)
    b.t(' (서명 또는 인)\n' + pick(r, ['읍ㆍ면ㆍ동장 귀하', '읍.면.동장 귀하', '시장ㆍ군수ㆍ구청장 귀하']) + '\n')


def t_ocr_passport(r, b):
    per = person(r)
    b.t(pick(r, ['■ 여권법 시행규칙 [별지 제1호서식]\n', '[스캔] 여권발급신청서\n', '여 권 발 급 신 청 서\n']))
    b.t(ocr_lbl(r, '여권종류') + ' ' + pick(r, ['복수여권(58면)', '복수여권(26면)', '단수여권']) + '\n')
    b.t(ocr_lbl(r, '한글성명') + pick(r, [' ', ' | ']))
    P(b, per, noise=['spaced_name'] if r.random() < 0.3 else ())
    b.t('\n' + ocr_lbl(r, '로마자성명') + pick(r, [' ', ' | ']))
    v, s = romanize_like(r)
    b.p('PERSON', v, s)
    b.t('\n' + ocr_lbl(r, '주민등록번호') + ' ')
    v, s = rrn(r, per)
    OCRP(b, r, 'KR_RRN', v, s)
    b.t('\n' + ocr_lbl(r, '전화번호') + ' ')
    OCRP(b, r, 'PHONE_NUMBER', *mobile(r))
    b.t('\n' + ocr_lbl(r, '긴급연락처') + ' 성명 ')
    NAME(b, r)
    b.t(' 관계 ' + pick(r, ['배우자', '부', '모', '형제']) + ' 전화번호 ')
    OCRP(b, r, 'PHONE_NUMBER', *mobile(r))
    b.t('\n' + ocr_lbl(r, '종전 여권번호') + ' ')
    v, s = passport(r, pick(r, ['kr_old', 'kr_new']))
    b.p('KR_PASSPORT', v, s, noise=pick(r, [(), ['space_in_number']]))
    b.t('\n' + ocr_lbl(r, '우편 배송지') + ' ')
    ADDR(b, r, noise=['wrapped'] if r.random() < 0.3 else ())
    b.t('\n위 기재 내용은 사실과 같습니다.  ' + gdate(r, 2025, 2025) + '  ' + ocr_lbl(r, '신청인') + ' ')
    P(b, per)
    b.t('\n')


def t_ocr_scan(r, b):
    """other genres re-rendered as noisy scans: 위임장 / 계좌 입금 의뢰서 / 사업자 등록 사실 확인"""
    k = pick(r, ['위임장', '입금의뢰', '사업자'])
    b.t(pick(r, ['[OCR] ', '<스캔 ', '']) + k + pick(r, ['', '>', ' (사본)']) + '\n')
    if k == '위임장':
        for role in ['위임인', '수임인']:
            per = person(r)
            b.t(ocr_lbl(r, role) + '  ' + ocr_lbl(r, '성명') + ' ')
            P(b, per, noise=['spaced_name'] if r.random() < 0.2 else ())
            b.t('  ' + ocr_lbl(r, '주민등록번호') + ' ')
            v, s = rrn(r, per, pick(r, ['valid', 'masked']))
            OCRP(b, r, 'KR_RRN', v, s)
            b.t('\n  ' + ocr_lbl(r, '주소') + ' ')
            ADDR(b, r, noise=['wrapped'] if r.random() < 0.3 else ())
            b.t('\n  ' + ocr_lbl(r, '연락처') + ' ')
            OCRP(b, r, 'PHONE_NUMBER', *mobile(r))
            b.t('\n')
        b.t('위임 내용: ' + pick(r, ['주민등록표 등본 교부 신청', '자동차 이전등록', '보조금 수령']) + '\n')
    elif k == '입금의뢰':
        per = person(r)
        b.t(ocr_lbl(r, '예금주') + ' ')
        P(b, per)
        b.t('\n' + ocr_lbl(r, '은행') + ' ' + pick(r, [x[0] for x in BANKS]) + '\n' + ocr_lbl(r, '계좌번호') + ' ')
        bank, v, s = account(r)
        OCRP(b, r, 'KR_BANK_ACCOUNT', v, s)
        b.t('\n' + ocr_lbl(r, '생년월일') + ' ')
        v, s = dob(r, per, styles=['yymmdd', 'dot_pad', 'compact'])
        b.p('DATE_OF_BIRTH', v, s, noise=['fullwidth_digits'] if r.random() < 0.3 else ())
        b.t('\n' + ocr_lbl(r, '카드번호') + '(환불용) ')
        v, s = card(r)
        OCRP(b, r, 'CREDIT_CARD', v, s)
        b.t('\n금액 ').ng(amount(r), 'amount').t('\n')
    else:
        b.t(ocr_lbl(r, '상호') + ' ').ng(company(r), 'company_name').t('\n' + ocr_lbl(r, '대표자') + ' ')
        NAME(b, r, noise=['spaced_name'] if r.random() < 0.3 else ())
        b.t('\n' + ocr_lbl(r, '사업자등록번호') + ' ')
        v, s = brn(r, corp=r.random() < 0.6)
        OCRP(b, r, 'KR_BRN', v, s)
        b.t('\n' + ocr_lbl(r, '법인등록번호') + ' ')
        v, s = crn(r)
        OCRP(b, r, 'KR_CRN', v, s)
        b.t('\n' + ocr_lbl(r, '사업장 소재지') + ' ')
        ADDR(b, r, noise=['wrapped'] if r.random() < 0.4 else ())
        b.t('\n' + ocr_lbl(r, '전화') + ' ')
        OCRP(b, r, 'PHONE_NUMBER', *landline(r))
        b.t('\n')
    b.t(gdate(r, 2025, 2025) + pick(r, [' (인)', ' 서명', '']) + '\n')


# ---------------------------------------------------------------------------
# 외국인 관련 서식
# ---------------------------------------------------------------------------
def t_foreign_reg(r, b):
    per = person(r, 19, 60, foreign=True)
    if per['name_sub'] == 'foreign_hangul':
        latin, ls = fname_latin(r)
    else:
        latin, ls = per['name'], per['name_sub']
    nat = pick(r, NATS)
    b.t(pick(r, ['■ 출입국관리법 시행규칙 [별지 제34호서식]\n', '통합신청서 (신고서) / APPLICATION FORM\n', '외국인등록 신청서\n', '체류기간 연장허가 신청서\n']))
    b.t('□ 외국인 등록 FOREIGN RESIDENT REGISTRATION  □ 체류기간 연장허가 EXTENSION OF SOJOURN PERIOD\n')
    fam, giv = latin.split(' ', 1)
    if latin[0].isupper() and latin.split(' ')[0].isupper():
        b.t('성 Surname ').p('PERSON', latin, ls)
        b.t('\n')
    else:
        b.t('성명 Name in full ').p('PERSON', latin, ls)
        b.t('\n')
    if per['name_sub'] == 'foreign_hangul':
        b.t('한글 성명 ')
        P(b, per)
        b.t('\n')
    b.t(pick(r, ['생년월일 Date of Birth ', '생년월일 또는 외국인등록번호 Date of Birth or Alien Registration No. ', '출생연월일 ']))
    if r.random() < 0.5:
        v, s = frn(r, per)
        b.p('KR_FRN', v, s)
    else:
        v, s = dob(r, per, styles=['iso', 'dot_pad', 'passport_en', 'slash', 'dot_space'])
        b.p('DATE_OF_BIRTH', v, s)
    b.t(pick(r, ['  성별 Sex ', '  ']) + pick(r, ['[ ]남 M [v]여 F', '[v]남 M [ ]여 F', 'M', 'F']) + '  국적 Nationality ' + nat[0] + '\n')
    b.t('여권 번호 Passport No. ')
    v, s = passport(r, 'foreign')
    b.p('KR_PASSPORT', v, s)
    b.t('  여권발급일자 Passport Issue Date ').ng(gdate(r, 2019, 2024, style='iso'), 'date').t('  여권유효기간 Passport Expiry Date ').ng(gdate(r, 2026, 2034, style='iso'), 'date').t('\n')
    b.t('대한민국 내 주소 Address In Korea ')
    ADDR(b, r)
    b.t('\n전화 번호 Telephone No. ')
    if r.random() < 0.5:
        PHONE(b, r, 'land')
    else:
        b.t('-')
    b.t('  휴대 전화 Cell phone No. ')
    PHONE(b, r)
    b.t('\n본국 주소 Address In Home Country ' + pick(r, ['Hanoi', 'Manila', 'Ulaanbaatar', 'Tashkent', 'Kathmandu', 'Jakarta']) + ' (omitted)\n')
    b.t('전자우편 E-Mail ')
    EMAIL(b, r)
    b.t('\n근무처 Place of employment ').ng(company(r), 'company_name').t('  사업자등록번호 Business Registration No. ')
    v, s = brn(r)
    b.p('KR_BRN', v, s)
    b.t('\n')
    if r.random() < 0.8:
        b.t(pick(r, ['외국인등록번호(연장 시) ', '등록번호 Reg. No. ', 'ARC No. ']))
        v, s = frn(r, per, masked=r.random() < 0.2)
        b.p('KR_FRN', v, s)
        b.t('\n')
    b.t('신청일 Date of application ').ng(gdate(r, 2025, 2025, style='iso'), 'date').t('  신청인 서명 Signature ')
    b.p('PERSON', latin, ls)
    b.t('\n공용란 For Official Use Only  접수번호 ').ng(receipt_no(r), 'receipt_number').t('  안내 ').ng('1345', 'switchboard').t('\n')


def t_foreign_emp(r, b):
    w = person(r, 20, 45, foreign=True)
    b.t(pick(r, ['외국인근로자 표준근로계약서\n', '고용허가서 발급 신청서\n', '외국인근로자 고용변동 신고서\n', '외국인 건강보험 자격취득 신고\n']))
    b.t('사업주(갑)  업체명 ').ng(company(r), 'company_name').t('  대표 ')
    NAME(b, r)
    b.t('\n  사업자등록번호 ')
    v, s = brn(r, corp=r.random() < 0.5)
    b.p('KR_BRN', v, s)
    b.t('  소재지 ')
    ADDR(b, r)
    b.t('  전화 ')
    PHONE(b, r, 'land')
    b.t('\n근로자(을)  성명 ')
    P(b, w)
    if w['name_sub'] == 'foreign_hangul' and r.random() < 0.6:
        v, s = fname_latin(r)
        b.t(' (')
        b.p('PERSON', v, s)
        b.t(')')
    b.t('  국적 ' + pick(r, NATS)[0] + '\n  ')
    lab(b, r, 'frn')
    v, s = frn(r, w, masked=r.random() < 0.1)
    b.p('KR_FRN', v, s)
    b.t(pick(r, ['  ', '\n  ']))
    lab(b, r, 'pp')
    v, s = passport(r, 'foreign')
    b.p('KR_PASSPORT', v, s)
    b.t('\n  생년월일 ')
    v, s = dob(r, w, styles=['iso', 'dot_pad', 'passport_en'])
    b.p('DATE_OF_BIRTH', v, s)
    b.t('\n  임금 지급 계좌 ')
    ACCT(b, r)
    b.t('\n')
    if r.random() < 0.7:
        b.t('  ')
        lab(b, r, 'hi')
        v, s = health_ins(r)
        b.p('KR_HEALTH_INSURANCE', v, s)
        b.t('\n')
    b.t('  연락처 ')
    PHONE(b, r)
    b.t('\n')
    if r.random() < 0.55:
        fam = person(r, 1, 40, foreign=True)
        b.t('동반가족 ' + pick(r, ['배우자 ', '자녀 ']))
        P(b, fam)
        b.t(pick(r, [' (', ', 등록번호 ', ' / ']))
        v, s = frn(r, fam, masked=r.random() < 0.15)
        b.p('KR_FRN', v, s)
        b.t(pick(r, [')', '', '']) + '\n')
    b.t('월 임금 ').ng(amount(r), 'amount').t('  근거 ').ng(statute(r), 'statute').t('\n')


# ---------------------------------------------------------------------------
# 차량·교통
# ---------------------------------------------------------------------------
def t_traffic_fine(r, b):
    b.t(pick(r, ['과태료 부과 사전통지서\n', '주정차위반 과태료 부과 사전통지 및 의견진술 안내\n', '무인단속 위반사실 통지\n']))
    b.t('고지번호 ').ng(receipt_no(r), 'notice_number').t('\n')
    per = person(r)
    items = [('plate',), ('owner',), ('addr',)]
    r.shuffle(items)
    for (k,) in items:
        if k == 'plate':
            lab(b, r, 'plate')
            v, s = plate(r)
            b.p('KR_VEHICLE_PLATE', v, s)
            b.t(' (' + pick(r, CARS) + ')\n')
        elif k == 'owner':
            b.t(pick(r, ['소유자 ', '납부자 성명: ', '차량 소유자 ']))
            P(b, per)
            if r.random() < 0.5:
                b.t(' (')
                v, s = dob(r, per, styles=['yy_dot', 'dot_space', 'yymmdd'])
                b.p('DATE_OF_BIRTH', v, s)
                b.t(')')
            b.t('\n')
        else:
            b.t(pick(r, ['주소 ', '송달 주소: ']))
            ADDR(b, r)
            b.t('\n')
    b.t('위반일시 ').ng(gdate(r, 2025, 2025), 'date').t(' ' + f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}" + '  위반장소 ' + pick(r, ['시청사거리', '○○초교 어린이보호구역', '버스전용차로', '소방시설 5m 이내']) + '\n')
    b.t('과태료 ').ng(amount(r), 'amount').t(' (사전납부 시 20% 감경)  근거 ').ng(statute(r), 'statute').t('\n')
    if r.random() < 0.6:
        b.t('※ 실제 운전자가 다른 경우 운전자 ')
        NAME(b, r)
        b.t(pick(r, ['의 ', ' ']) + '운전면허번호(')
        v, s = dl(r)
        b.p('KR_DRIVER_LICENSE', v, s)
        b.t(')를 기재하여 제출\n')
    b.t('문의 ').ng(switchboard(r), 'switchboard').t('\n')


def t_dl_admin(r, b):
    per = person(r)
    b.t(pick(r, ['운전면허 정지·취소처분 결정통지서\n', '자동차운전면허 행정처분 결정 통지\n', '운전면허 적성검사 미필 통지\n']))
    b.t(pick(r, ['성명 ', '대상자: ', '피처분자 ']))
    P(b, per)
    b.t(pick(r, ['  ', '\n']) + pick(r, ['생년월일 ', '(생년월일: ']))
    v, s = dob(r, per)
    b.p('DATE_OF_BIRTH', v, s)
    b.t(pick(r, ['\n', ')\n']))
    lab(b, r, 'dl')
    v, s = dl(r)
    b.p('KR_DRIVER_LICENSE', v, s)
    b.t(pick(r, ['  (1종 보통)', '  2종보통', '']) + '\n')
    b.t(pick(r, ['주소 ', '주소지: ']))
    ADDR(b, r)
    b.t('\n처분 내용: ' + pick(r, ['면허정지 100일', '면허취소(결격기간 1년)', '벌점 40점 누산']) + '\n위반 차량 ')
    v, s = plate(r)
    b.p('KR_VEHICLE_PLATE', v, s)
    b.t(' 위반일 ').ng(gdate(r, 2024, 2025), 'date').t('\n')
    if r.random() < 0.4:
        b.t('동승자 ')
        NAME(b, r)
        b.t(pick(r, [' 진술 확보', '의 진술에 따르면 음주 사실 인정']) + '\n')
    b.t('근거 ').ng(statute(r), 'statute').t('  이의: 처분을 안 날부터 90일 이내 행정심판 청구 가능\n')
    b.t(pick(r, ['○○경찰서장', '경기도남부경찰청장', '서울특별시경찰청장']) + '\n')


def t_parking(r, b):
    b.t(pick(r, ['거주자우선주차 배정 결과\n', '공영주차장 정기권 등록 현황\n', '입주민 차량 등록 대장(발췌)\n', '불법 주정차 단속 내역\n']))
    delim = pick(r, [' | ', '\t', '  ', ' / '])
    if r.random() < 0.5:
        b.t(delim.join(['구획', '차량번호', '성명', '연락처']) + '\n')
    for i in range(r.randint(3, 6)):
        b.ng(pick(r, ['A', 'B', 'C', '가', '나']) + '-' + str(r.randint(1, 120)), 'slot_number').t(delim)
        v, s = plate(r)
        b.p('KR_VEHICLE_PLATE', v, s)
        b.t(delim)
        if r.random() < 0.85:
            NAME(b, r)
        else:
            b.ng(masked_name(r), 'masked_name')
        b.t(delim)
        if r.random() < 0.7:
            PHONE(b, r)
        else:
            b.t('-')
        b.t('\n')
    b.t('※ 문의 ').ng(switchboard(r), 'switchboard').t('\n')


def t_rental(r, b):
    b.t(pick(r, ['공용차량 대여 신청서\n', '자동차 임대차(렌트) 계약서\n', '공유차량 이용자 등록\n']))
    per = person(r)
    lab(b, r, 'name')
    P(b, per)
    b.t('\n')
    lab(b, r, 'dl')
    v, s = dl(r)
    b.p('KR_DRIVER_LICENSE', v, s)
    b.t(pick(r, ['  (적성검사 만료 ', '  갱신기간 ']) + gdate(r, 2026, 2031) + pick(r, [')', '']) + '\n')
    lab(b, r, 'mob')
    PHONE(b, r)
    b.t('\n대여 차량 ')
    v, s = plate(r)
    b.p('KR_VEHICLE_PLATE', v, s)
    b.t('\n보증금 결제 ')
    v, s = card(r)
    b.p('CREDIT_CARD', v, s)
    b.t(pick(r, ['', ' (일시불)']) + '\n제2운전자 ')
    NAME(b, r)
    b.t(' / ')
    v, s = dl(r)
    b.p('KR_DRIVER_LICENSE', v, s)
    b.t('\n')


# ---------------------------------------------------------------------------
# 표 (no header column)
# ---------------------------------------------------------------------------
def t_table(r, b):
    kind = pick(r, ['people', 'people', 'corp', 'ids'])
    delim = pick(r, [' | ', '\t', ' ', ', ', ' │ '])
    b.t(pick(r, ['[붙임] 명단\n', '별표\n', '지원 대상자 현황(발췌)\n', '', '표 3.\n']))
    for i in range(r.randint(3, 6)):
        cells = []
        if kind == 'people':
            b.t(str(i + 1) + delim)
            per = person(r)
            P(b, per)
            b.t(delim)
            k = r.random()
            if k < 0.35:
                v, s = rrn(r, per, pick(r, ['valid', 'masked', 'masked']))
                b.p('KR_RRN', v, s)
            elif k < 0.7:
                v, s = dob(r, per, styles=['dot_pad', 'yymmdd', 'iso', 'dot_space'])
                b.p('DATE_OF_BIRTH', v, s)
            else:
                v, s = dob(r, per, styles=['yy_dot'])
                b.p('DATE_OF_BIRTH', v, s)
            b.t(delim)
            PHONE(b, r)
            b.t(delim)
            ADDR(b, r, with_post=False, form=pick(r, ['road_short', 'road_from_gu', 'road_full']), allow_after=False)
        elif kind == 'corp':
            b.ng(company(r), 'company_name').t(delim)
            NAME(b, r)
            b.t(delim)
            v, s = brn(r)
            b.p('KR_BRN', v, s)
            b.t(delim)
            v, s = crn(r)
            b.p('KR_CRN', v, s)
            b.t(delim)
            PHONE(b, r, pick(r, ['land', 'voip', 'mobile']))
        else:
            k = pick(r, ['hi', 'card', 'card', 'pp', 'frn', 'frn', 'acct'])
            fp = person(r, foreign=True)
            if k == 'frn':
                P(b, fp)
            else:
                NAME(b, r)
            b.t(delim)
            if k == 'hi':
                v, s = health_ins(r)
                b.p('KR_HEALTH_INSURANCE', v, s)
            elif k == 'card':
                v, s = card(r)
                b.p('CREDIT_CARD', v, s)
            elif k == 'pp':
                v, s = passport(r)
                b.p('KR_PASSPORT', v, s)
            elif k == 'frn':
                v, s = frn(r, fp)
                b.p('KR_FRN', v, s)
            else:
                ACCT(b, r, bank_prefix=False)
            b.t(delim)
            v, s = ip(r) if r.random() < 0.3 else plate(r)
            b.p('IP_ADDRESS' if s.startswith('ip') else 'KR_VEHICLE_PLATE', v, s)
        b.t('\n')


def t_table_nopii(r, b):
    b.t(pick(r, ['사건 처리 현황\n', '민원 접수 현황(익명)\n']))
    for _ in range(r.randint(3, 5)):
        b.ng(receipt_no(r), 'receipt_number').t(' | ').ng(masked_name(r), 'masked_name').t(' | ').ng(case_no(r), 'case_number').t(' | ').ng(amount(r), 'amount').t(' | ').ng(gdate(r), 'date').t('\n')
    b.t('합계 ').ng(amount(r), 'amount').t('  담당 ').ng(switchboard(r), 'switchboard').t('\n')


# ---------------------------------------------------------------------------
# registry: (template, genre, function, count, no_pii, base_genre)
# ---------------------------------------------------------------------------
TEMPLATES = [
    ('gongmun_gyeoljae', '공문', t_gongmun, 22, False, None),
    ('gongmun_notice', '공문', t_gongmun_notice, 14, False, None),
    ('gongmun_nopii', '공문', t_gongmun_nopii, 10, True, None),
    ('minwon_reply', '민원 회신', t_minwon_reply, 22, False, None),
    ('minwon_form', '민원 회신', t_minwon_form, 14, False, None),
    ('minwon_nopii', '민원 회신', t_minwon_nopii, 10, True, None),
    ('press_release', '보도자료', t_press, 18, False, None),
    ('news_prose', '뉴스 기사', t_news, 18, False, None),
    ('news_nopii', '뉴스 기사', t_news_nopii, 10, True, None),
    ('minutes', '회의록', t_minutes, 16, False, None),
    ('minutes_roster', '회의록', t_minutes_roster, 8, False, None),
    ('judgment_civil', '판결문·결정문', t_judg_civil, 14, False, None),
    ('judgment_criminal', '판결문·결정문', t_judg_criminal, 18, False, None),
    ('decision_admin', '판결문·결정문', t_decision_admin, 14, False, None),
    ('judgment_nopii', '판결문·결정문', t_judg_nopii, 10, True, None),
    ('discipline', '감사·징계', t_discipline, 16, False, None),
    ('audit', '감사·징계', t_audit, 14, False, None),
    ('personnel_order', '인사발령', t_personnel, 22, False, None),
    ('contract', '계약·입찰', t_contract, 22, False, None),
    ('bid_application', '계약·입찰', t_bid, 24, False, None),
    ('contract_nopii', '계약·입찰', t_contract_nopii, 10, True, None),
    ('welfare_application', '복지·급여 신청서', t_welfare, 24, False, None),
    ('voucher_form', '복지·급여 신청서', t_voucher, 22, False, None),
    ('consent_form', '복지·급여 신청서', t_consent, 8, False, None),
    ('school_record', '학교 기록', t_school, 18, False, None),
    ('hospital_record', '병원 기록', t_hospital, 30, False, None),
    ('chat_counsel', '상담·채팅 기록', t_chat, 22, False, None),
    ('call_transcript', '상담·채팅 기록', t_call, 14, False, None),
    ('access_log', '접속 로그', t_log, 18, False, None),
    ('access_log_table', '접속 로그', t_log_table, 14, False, None),
    ('log_nopii', '접속 로그', t_log_nopii, 10, True, None),
    ('ocr_id_form', 'OCR 스캔 서식', t_ocr_id_form, 20, False, '주민등록 신청서'),
    ('ocr_passport_form', 'OCR 스캔 서식', t_ocr_passport, 16, False, '여권발급신청서'),
    ('ocr_scan_misc', 'OCR 스캔 서식', t_ocr_scan, 24, False, '위임장·입금의뢰·사업자'),
    ('foreign_registration', '외국인 관련 서식', t_foreign_reg, 28, False, None),
    ('foreign_employment', '외국인 관련 서식', t_foreign_emp, 28, False, None),
    ('traffic_fine', '차량·교통', t_traffic_fine, 20, False, None),
    ('dl_admin', '차량·교통', t_dl_admin, 20, False, None),
    ('parking_roster', '차량·교통', t_parking, 12, False, None),
    ('rental_form', '차량·교통', t_rental, 14, False, None),
    ('table_noheader', '표', t_table, 30, False, None),
    ('table_nopii', '표', t_table_nopii, 10, True, None),
]

TYPES = ['PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'KR_ADDRESS', 'DATE_OF_BIRTH', 'KR_BANK_ACCOUNT', 'KR_RRN',
         'IP_ADDRESS', 'KR_PASSPORT', 'KR_BRN', 'KR_DRIVER_LICENSE', 'KR_FRN', 'KR_VEHICLE_PLATE',
         'KR_HEALTH_INSURANCE', 'CREDIT_CARD', 'KR_CRN']

# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
SIDO_TOK = [s[0] for s in SIDO] + [s[1] for s in SIDO]
GU_TOK = []
for _s in SIDO:
    for _g in _s[2]:
        if _g and _g.split()[0] not in GU_TOK:
            GU_TOK.append(_g.split()[0])


def rrn_date_ok(s):
    y, m, d, g = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[7])
    cent = {1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000}.get(g)
    return cent is not None and valid_date(cent + y, m, d), (cent or 0) + y, m


def check_value(typ, sub, v):
    """format / check-digit assertions on the canonical (noise-free) value"""
    if typ == 'PERSON':
        if sub in ('ko_name', 'ko_name_2surname'):
            return bool(re.fullmatch(r'[가-힣]{2,4}', v)) and any(v.startswith(x) for x in ALL_SURN) and \
                not re.search(r'(씨|님|은|는|이|가|의|을|를)$', v[1:] if len(v) > 2 else '')
        if sub == 'foreign_latin':
            return bool(re.fullmatch(r"[A-Za-z]+( [A-Za-z]+)+", v))
        if sub == 'foreign_hangul':
            return bool(re.fullmatch(r'[가-힣]+( [가-힣]+)+', v))
        if sub == 'ko_romanized':
            return bool(re.fullmatch(r'[A-Z]+ [A-Z]+(-[A-Z]+)?', v))
        return False
    if typ == 'KR_RRN':
        m = re.fullmatch(r'(\d{6})-(\d)(.{6})', v)
        if not m:
            return False
        ok, y, mo = rrn_date_ok(v)
        if not ok or v[7] not in '1234':
            return False
        if sub == 'rrn_masked':
            return len(set(m.group(3))) == 1 and m.group(3)[0] in '*●Xx○'
        if not m.group(3).isdigit():
            return False
        good = rrn_ck(v[:6] + v[7:13]) == int(v[13])
        if sub == 'rrn_valid':
            return good and (y, mo) < (2020, 10)
        if sub == 'rrn_post2020':
            return (not good) and (y, mo) >= (2020, 10)
        return False
    if typ == 'KR_FRN':
        m = re.fullmatch(r'(\d{6})-([5-8])(.{6})', v)
        if not m or not rrn_date_ok(v)[0]:
            return False
        if sub == 'frn_masked':
            return m.group(3) == '******'
        return m.group(3).isdigit() and frn_ck(v[:6] + v[7:13]) == int(v[13])
    if typ == 'KR_BRN':
        d = v.replace('-', '')
        return bool(re.fullmatch(r'\d{3}-\d{2}-\d{5}', v)) and brn_ck(d[:9]) == int(d[9])
    if typ == 'KR_CRN':
        d = v.replace('-', '')
        return bool(re.fullmatch(r'\d{6}-\d{7}', v)) and crn_ck(d[:12]) == int(d[12])
    if typ == 'CREDIT_CARD':
        d = re.sub(r'[ -]', '', v)
        return d.isdigit() and len(d) == (15 if sub == 'card_amex15' else 16) and luhn_ok(d)
    if typ == 'PHONE_NUMBER':
        d = v.replace('+82-', '0').replace('+82', '0')
        d = re.sub(r'[\s\-.()]', '', d)
        if sub.startswith('mobile'):
            return bool(re.fullmatch(r'010\d{8}|01[16789]\d{7,8}', d))
        if sub == 'voip070':
            return bool(re.fullmatch(r'070\d{8}', d))
        return bool(re.fullmatch(r'(02|0[3-6][1-5])[2-9]\d{6,7}', d))
    if typ == 'EMAIL_ADDRESS':
        return bool(re.fullmatch(r'[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}', v))
    if typ == 'KR_ADDRESS':
        first = v.split()[0]
        return (first in SIDO_TOK or first in GU_TOK) and bool(re.search(r'\d', v)) and v == v.strip()
    if typ == 'DATE_OF_BIRTH':
        return dob_parse(sub, v)
    if typ == 'KR_BANK_ACCOUNT':
        d = v.replace('-', '')
        return d.isdigit() and 10 <= len(d) <= 14 and bool(re.fullmatch(r'\d+(-\d+)*', v))
    if typ == 'IP_ADDRESS':
        try:
            a = ipaddress.ip_address(v)
        except ValueError:
            return False
        if sub == 'ipv4_private':
            return a.version == 4 and a.is_private
        if sub == 'ipv4_public':
            return a.version == 4 and a.is_global
        return a.version == 6
    if typ == 'KR_PASSPORT':
        return bool({'passport_kr_old': r'[MSGDR]\d{8}', 'passport_kr_new': r'[MSGDR]\d{3}[A-Z]\d{4}',
                     'passport_foreign': r'[A-Z]{1,2}\d{7,8}[A-Z]?'}.get(sub) and
                    re.fullmatch({'passport_kr_old': r'[MSGDR]\d{8}', 'passport_kr_new': r'[MSGDR]\d{3}[A-Z]\d{4}',
                                  'passport_foreign': r'[A-Z]{1,2}\d{7,8}[A-Z]?'}[sub], v))
    if typ == 'KR_DRIVER_LICENSE':
        m = re.fullmatch(r'(\d{2})-?(\d{2})-?(\d{6})-?(\d{2})', v)
        if m:
            return m.group(1) in DL_CODES
        m = re.fullmatch(r'([가-힣]{2}) ?(\d{2})-(\d{6})-(\d{2})', v)
        return bool(m) and m.group(1) in DL_NAMES
    if typ == 'KR_VEHICLE_PLATE':
        m = re.fullmatch(r'(?:([가-힣]{2}) )?(\d{2,3})([가-힣]) ?(\d{4})', v)
        if not m or m.group(3) not in PLATE_ALL:
            return False
        if m.group(1) and m.group(1) not in SIDO_TOK:
            return False
        if sub == 'plate_commercial':
            return m.group(3) in PLATE_COMM
        return True
    if typ == 'KR_HEALTH_INSURANCE':
        d = v.replace('-', '')
        return d.isdigit() and len(d) == 11
    return False


LEAK_RES = [
    ('mobile', re.compile(r'(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)')),
    ('email', re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}')),
    ('rrn_shape', re.compile(r'(?<!\d)\d{6}\s?-\s?\d{7}(?!\d)')),
    ('card16', re.compile(r'(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)')),
    ('ipv4', re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])')),
]


def validate_record(text, spans, negs, no_pii):
    errs = []
    prev = 0
    for sp in spans:
        s, e = sp['start'], sp['end']
        if not (0 <= s < e <= len(text)):
            errs.append('bounds')
            continue
        if s < prev:
            errs.append('overlap/sort')
        prev = e
        val = text[s:e]
        if val != val.strip():
            errs.append('edge whitespace ' + repr(val))
        if sp['type'] not in TYPES:
            errs.append('type')
        canon = sp['canonical']
        if skey(undo_noise(val, sp['noise'])) != skey(canon):
            errs.append(f"noise-undo mismatch {val!r} vs {canon!r}")
        if not check_value(sp['type'], sp['sub_kind'], canon):
            errs.append(f"check failed {sp['type']} {sp['sub_kind']} {canon!r}")
    # every occurrence of a labelled value must be inside a span
    for sp in spans:
        val = text[sp['start']:sp['end']]
        i = text.find(val)
        while i >= 0:
            if not any(x['start'] <= i and i + len(val) <= x['end'] for x in spans):
                errs.append(f"unlabelled repeat {val!r}")
                break
            i = text.find(val, i + 1)
    for ng in negs:
        if text[ng['start']:ng['end']] != ng['text']:
            errs.append('neg text')
        if any(ng['start'] < x['end'] and x['start'] < ng['end'] for x in spans):
            errs.append('neg overlaps span')
    # leak check on a 1:1 normalised copy
    norm = ''.join(UNDO.get(c, c) if len(UNDO.get(c, c)) == 1 else c for c in text)
    for nm, rx in LEAK_RES:
        for m in rx.finditer(norm):
            a, z = m.start(), m.end()
            if nm == 'ipv4' and not all(int(o) <= 255 for o in m.group().split('.')):
                continue
            if any(a < x['end'] and x['start'] < z for x in spans):
                continue
            if any(x['start'] <= a and z <= x['end'] for x in negs):
                continue
            errs.append(f"leak {nm} {m.group()!r}")
    if no_pii and spans:
        errs.append('no-PII record has spans')
    if no_pii and not negs:
        errs.append('no-PII record without hard negatives')
    if not no_pii and not spans:
        errs.append('PII record without spans')
    return errs


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def generate():
    recs = []
    for name, genre, fn, n, no_pii, base in TEMPLATES:
        for i in range(n):
            for k in range(60):
                seed = f"{SEED_PREFIX}|{name}|{i}" + (f"|r{k}" if k else '')
                r = random.Random(seed)
                b = B(r)
                fn(r, b)
                text = b.text()
                errs = validate_record(text, b.spans, b.negs, no_pii)
                if not errs:
                    break
            else:
                raise SystemExit(f"{name} {i}: cannot generate a valid record: {errs[:3]}")
            recs.append({'seed': seed, 'template': name, 'genre': genre, 'base_genre': base, 'no_pii': no_pii,
                         'text': text, 'spans': b.spans, 'negs': b.negs, 'retries': k})
    recs.sort(key=lambda x: hashlib.md5(x['seed'].encode()).hexdigest())
    for j, x in enumerate(recs):
        x['id'] = f"pii_ak-{j + 1:04d}"
    return recs


def write_outputs(recs):
    with open(os.path.join(OUT, 'pii_ak.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for x in recs:
            f.write(json.dumps({'id': x['id'], 'text': x['text'],
                                'spans': [{'start': s['start'], 'end': s['end'], 'type': s['type']} for s in x['spans']],
                                'genre': x['genre']}, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'pii_ak.meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for x in recs:
            f.write(json.dumps({'id': x['id'], 'template': x['template'], 'seed': x['seed'], 'genre': x['genre'],
                                'base_genre': x['base_genre'], 'no_pii': x['no_pii'],
                                'spans': [{'start': s['start'], 'end': s['end'], 'type': s['type'],
                                           'sub_kind': s['sub_kind'], 'noise': s['noise'], 'canonical': s['canonical']}
                                          for s in x['spans']],
                                'hard_negatives': x['negs']}, ensure_ascii=False) + '\n')


def compute_stats(recs):
    def inc(d, k, v=1):
        d[k] = d.get(k, 0) + v
    st = {'records': len(recs), 'no_pii_records': sum(1 for x in recs if x['no_pii']),
          'spans': sum(len(x['spans']) for x in recs), 'by_genre': {}, 'by_template': {}, 'by_type': {t: 0 for t in TYPES},
          'by_sub_kind': {}, 'by_noise_tag': {}, 'noisy_spans': 0, 'by_hard_negative_category': {},
          'hard_negatives': sum(len(x['negs']) for x in recs), 'type_by_genre': {}}
    for x in recs:
        g = st['by_genre'].setdefault(x['genre'], {'records': 0, 'no_pii': 0, 'spans': 0})
        g['records'] += 1
        g['no_pii'] += int(x['no_pii'])
        g['spans'] += len(x['spans'])
        t = st['by_template'].setdefault(x['template'], {'genre': x['genre'], 'records': 0, 'spans': 0, 'no_pii': x['no_pii']})
        t['records'] += 1
        t['spans'] += len(x['spans'])
        for s in x['spans']:
            inc(st['by_type'], s['type'])
            inc(st['by_sub_kind'], s['type'] + '/' + s['sub_kind'])
            inc(st['type_by_genre'].setdefault(x['genre'], {}), s['type'])
            if s['noise']:
                st['noisy_spans'] += 1
            for n in s['noise']:
                inc(st['by_noise_tag'], n)
        for n in x['negs']:
            inc(st['by_hard_negative_category'], n['category'])
    st['by_sub_kind'] = dict(sorted(st['by_sub_kind'].items()))
    st['by_noise_tag'] = dict(sorted(st['by_noise_tag'].items()))
    st['by_hard_negative_category'] = dict(sorted(st['by_hard_negative_category'].items(), key=lambda kv: (-kv[1], kv[0])))
    return st


def reread_and_validate():
    """re-read the written files and validate them independently of the in-memory objects"""
    data = [json.loads(l) for l in open(os.path.join(OUT, 'pii_ak.jsonl'), encoding='utf-8')]
    meta = [json.loads(l) for l in open(os.path.join(OUT, 'pii_ak.meta.jsonl'), encoding='utf-8')]
    assert len(data) == len(meta)
    ids = set()
    for d, m in zip(data, meta):
        assert d['id'] == m['id'] and d['id'] not in ids
        ids.add(d['id'])
        assert [(s['start'], s['end'], s['type']) for s in d['spans']] == [(s['start'], s['end'], s['type']) for s in m['spans']]
        errs = validate_record(d['text'], m['spans'], m['hard_negatives'], m['no_pii'])
        assert not errs, (d['id'], errs)
        assert random.Random(m['seed']) is not None and m['seed'].startswith(SEED_PREFIX + '|' + m['template'] + '|')
    return len(data)


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
PAGES_READ = [
    ('https://www.busanjin.go.kr/index.busanjin?menuCd=DOM_000000104005007000', '차세대 전자여권: 여권번호 체계 M12345678 → M123A4567, 날짜 표기 "15 8월/AUG 2020"'),
    ('https://solb612.tistory.com/40', '차세대 전자여권: 숫자 8자리 → 숫자 7자리+영문 1자, 주민번호 뒷자리 삭제'),
    ('http://news.imaeil.com/SocietyAll/2018101516032861286', '차세대 전자여권 신원정보면 (여권번호 체계 변경 기사)'),
    ('http://www.wikitree.co.kr/main/news_view.php?id=375461', '같은 내용의 기사'),
    ('http://okja.org/index.php?document_srl=189986&mid=miju_dong&page=5', '차세대 전자여권 안내'),
    ('http://passport.go.kr/board/story.php?idx=187&sel=1', '여권번호 앞 알파벳 M/S/R/G/D의 의미'),
    ('https://ko.phongnhaexplorer.com/ (한국 여권번호는 무엇으로 시작하나요?)', '여권번호 M 시작'),
    ('https://cpuholic.com/tag/일반여권과 전자여권 차이', '전자여권 개인정보면'),
    ('https://icedameri.tistory.com/1079?category=712242', '운전면허번호 = 지역코드-발급연도-일련번호-2자리 (11-23-123456-00)'),
    ('https://ko.paraquee.com/post/unjeonmyeonheojeung-illyeonbeonho-bul-ilchi', '영문 운전면허증'),
    ('https://tour.yeonggwang.go.kr/bbs/?b_id=complaint_manual2 (민원사무편람: 주민등록증 재발급 신청)', '별지 제32호서식 주민등록증 재발급신청서'),
    ('https://www.jinju.go.kr/00135/01112/01533.web?amode=view&midx=795', '주민등록증 재발급 민원 안내'),
    ('https://new.icheon.go.kr/portal/contents.do?mid=0103070100', '주민등록 등·초본 발급, 주민등록증 발급 안내'),
    ('https://curiosearch.co.kr/ (주민등록증 발급 신청서 작성 가이드)', '신청서 항목(인적사항, 주소·연락처, 서명)'),
    ('https://smartiinfo.co.kr/ (주민등록증 발급 신청서 작성)', '신청서 항목'),
    ('https://tosi.apottos.com/726', '주민등록증 재발급 사유'),
    ('https://www.joongang.co.kr/article/1417794', '주민등록증 발급 절차(옛 기사)'),
    ('https://cafe.daum.net/_c21_/bbs_read?datanum=78&fldid=e3u0&grpid=1UeKg', '행정업무 운영 규정 시행규칙: 기안문 두문·본문·결문, 금액 표기'),
    ('https://cafe.daum.net/_c21_/bbs_read?datanum=56&fldid=1UzG&grpid=b36z', '문서 작성 원칙: 날짜 "2008. 12. 15." 표기'),
    ('https://slidesplayer.org/slide/16002685', '행정업무운영 실무 강의 자료'),
    ('https://123dok.co/document/q7wo8xev-례-차.html', '행정업무운영 편람 목차'),
    ('https://ko.m.wikisource.org/wiki/대한민국_행정업무의_효율적_운영에_관한_규정', '행정 효율과 협업 촉진에 관한 규정 조문'),
    ('https://d.namu.moe/w/판결서, https://m.namu.moe/w/판결문', '민사소송법 제208조 판결서 기재사항(당사자, 주문, 청구취지, 이유, 법원)'),
    ('https://www.leadersauction.com/auction/data/data6.php?...idx=704', '판결 인용 형식 "서울중앙지법 2005. 11. 11. 선고 2005가합33355 판결"'),
    ('https://lawnrule.com/page/civil03.php?me_code=2010', '소장·청구취지·준비서면 설명'),
    ('https://www.data.go.kr/data/3074986/fileData.do, https://www.data.go.kr/data/15149911/openapi.do', '체류자격 코드, 체류외국인 통계 설명'),
    ('https://api.ncloud-docs.com/docs/ja/ai-application-service-ocr-ocrdocumentocr-alienregistration.md', '외국인등록증 OCR API 문서(필드 개념만)'),
]


def md_table(rows, header):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    for r_ in rows:
        out.append('| ' + ' | '.join(str(c) for c in r_) + ' |')
    return '\n'.join(out)


def write_readme(st, recs):
    genres = sorted(st['by_genre'].items(), key=lambda kv: -kv[1]['records'])
    g_rows = [(g, v['records'], v['no_pii'], v['spans']) for g, v in genres]
    g_rows.append(('**total**', st['records'], st['no_pii_records'], st['spans']))
    t_rows = [(t, v['genre'], v['records'], v['spans'], 'yes' if v['no_pii'] else '') for t, v in st['by_template'].items()]
    subs = {}
    for k, v in st['by_sub_kind'].items():
        ty, sk = k.split('/', 1)
        subs.setdefault(ty, []).append(f"{sk} {v}")
    ty_rows = [(t, st['by_type'][t], ', '.join(subs.get(t, []))) for t in TYPES]
    nz_rows = sorted(st['by_noise_tag'].items(), key=lambda kv: -kv[1])
    hn_rows = list(st['by_hard_negative_category'].items())
    pct = 100.0 * st['no_pii_records'] / st['records']
    pages = '\n'.join(f"- {u} — {d}" for u, d in PAGES_READ)
    txt = f"""# pii_ak — independent Korean PII evaluation set (synthetic)

`pii_ak` is an evaluation set for a Korean PII detector that works on public-sector documents.
It was written **independently** of the detector it will be used to measure (see *Independence*).
Every text, name, number and address was produced by `make_set.py` from invented pools and
random numbers. No text was copied from any source.

Labels follow the label rules and span-boundary rules of `/work/shared/pii-dev/README.md`
(16 types; institution contact points, masked names, placeholders, document/case numbers,
statute citations, amounts and dates are **not** PII). Offsets are Python `str` indices
(code points). Spans are sorted and do not overlap.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator and validator (standard library only). |
| `pii_ak.jsonl` | {st['records']} records `{{"id","text","spans":[{{"start","end","type"}}],"genre"}}`. |
| `pii_ak.meta.jsonl` | Per record: `template`, exact `seed` string, `genre`, `base_genre` (for OCR records), `no_pii`, every span with `sub_kind`, `noise` tags and the noise-free `canonical` value, and the tagged `hard_negatives` (`start`, `end`, `text`, `category`). |
| `stats.json` | Counts by genre, template, type, sub-kind, noise tag, hard-negative category, and type × genre. |
| `README.md` | This file. |
| `MD5SUMS` | MD5 of every other file (written last). |

## Regeneration

```
cd /work/evalsets/pii_ak && python3 make_set.py
md5sum -c MD5SUMS
```

Every random choice in record *i* of template *T* comes from
`random.Random("pii_ak-2026|T|i")` (a string seed). If a draft record fails validation
(for example a randomly drawn name also occurs inside another word, which would leave an
unlabelled repeat), it is redrawn with `"|r1"`, `"|r2"`, … appended; the seed actually used
is stored in the meta file. Records are ordered by the MD5 of their seed and then numbered.
The output was generated under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=2` and the two runs
produced byte-identical `pii_ak.jsonl`, `pii_ak.meta.jsonl`, `stats.json` and `README.md`.

## Composition

{st['records']} records in {len(st['by_genre'])} genres; {st['no_pii_records']} records ({pct:.1f} %) contain no PII
but do contain tagged hard negatives; {st['spans']} gold spans; {st['hard_negatives']} tagged hard negatives;
{st['noisy_spans']} spans carry noise.

{md_table(g_rows, ['genre', 'records', 'of which no PII', 'gold spans'])}

### Types and sub-kinds

{md_table(ty_rows, ['type', 'spans', 'sub-kinds'])}

### Templates

{md_table(t_rows, ['template', 'genre', 'records', 'spans', 'no-PII'])}

### Noise tags on spans

{md_table(nz_rows, ['noise tag', 'spans'])}

`fullwidth_digits` (０-９), `unicode_hyphen` (‐ － –), `space_in_number`, `newline_in_number`,
`ocr_O_for_0` (O for 0), `ocr_l_for_1` (l/I for 1), `hangul_digits` (spoken digits such as
`공일공 일이삼사 오육칠팔`), `spaced_name` (`김 민 수`), `wrapped` (a line break replaces a space
inside an address), `split_cells` (an RRN split across two table cells, `850312 | 1234567`;
labelled as **one** span covering both cells and the separator, following the README rule
that characters inside a value belong to the span).

### Hard negatives (tagged, unlabelled)

{md_table(hn_rows, ['category', 'count'])}

## Conventions worth knowing

- PERSON spans never include titles, particles, `씨`, `귀하`, role labels or ages: `홍아도 씨는`,
  `송규균(21세)에게`, `위원장 류다진:` → only the name. Foreign names are labelled in Latin script
  and in Hangul (`Farida Petrov`, `사토 웨이`); a Korean applicant's romanised passport name is a
  separate PERSON span (`ko_romanized`). Officials, judges, counsel, 대표자, 예금주 are persons.
- Company names, `(주)…`, masked names (`김○○`, `박**`, `정 모 씨`, `A씨`, `김모(48)씨`), `홍길동`,
  `갑`/`을`, `000000-0000000`, `000-00-00000` are hard negatives, not PII.
- Officials' direct lines, 공문 footer fax numbers and `@korea.kr` addresses are PII; switchboards
  (`대표전화 …-2114`, 15xx/16xx/18xx numbers, 110/120/1345 …), institution addresses
  (청사/시청/구청), institution e-mail `minwon@….go.kr` are hard negatives.
- KR_ADDRESS covers 시/도 (full or short) or 시/군/구 down to the unit; the postal code in
  front and the parenthetical `(동, 아파트)` after are outside the span.
- DATE_OF_BIRTH covers only the date; `생`, `생년월일:` are outside. Forms: `1985. 3. 12.`,
  `1985년 3월 12일`, `1985년 03월 12일`, `85년 3월 12일`, `1985-03-12`, `1985.03.12.`, `1985.03.12`,
  `85.03.12`, `850312`, `19850312`, `1985/03/12`, `12 MAR 1985`, `12 3월/MAR 1985`.
- KR_RRN includes masked (`*`, `●`, `X`, `x`, `○` × 6) and post-Oct-2020 numbers (birth date ≥
  2020-10, check digit deliberately wrong). KR_FRN uses gender digit 5–8 and the legacy FRN check
  digit; masked FRNs (`…-5******`) are also labelled.
- KR_DRIVER_LICENSE includes the region prefix (`서울 18-123456-78`, `경기18-…`), also
  `11-18-123456-78` and 12 plain digits. KR_VEHICLE_PLATE includes the region prefix.
- Every other occurrence of a labelled value in the same record is labelled too (signatures,
  `예금주` repeats, speakers in minutes).

## Validation performed

`make_set.py` validates every record at generation time and again after re-reading the
written files (it aborts on any failure):

1. `text[start:end]` equals the intended value: after undoing the span's noise tags
   (full-width → ASCII, unicode dashes → `-`, O→0 and l/I→1 only when tagged, Hangul digits →
   digits) and removing whitespace, `-` and `|`, the span text equals the canonical value.
2. Spans are in bounds, sorted, non-overlapping, have no whitespace at either edge, and use one
   of the 16 types. Hard negatives match their text and never overlap a span.
3. Format and check digits on the canonical value, by sub-kind: RRN (valid date and gender digit;
   checksum valid for `rrn_valid`, deliberately invalid and birth ≥ 2020-10 for `rrn_post2020`;
   exactly six identical mask characters for `rrn_masked`); FRN legacy check digit
   `(13 − Σ mod 11) mod 10`; BRN weights 1,3,7,1,3,7,1,3,5 + ⌊5·d₉/10⌋; CRN alternating weights
   1,2 with `(10 − Σ mod 10) mod 10`; Luhn for cards (16 digits, Amex 15); phone prefixes
   (mobile 010/011/016/017/019, area codes, 070); e-mail pattern; IPv4 public/private or IPv6 via
   `ipaddress`; passport patterns (`[MSGDR]\\d{{8}}`, `[MSGDR]\\d{{3}}[A-Z]\\d{{4}}`, foreign
   `[A-Z]{{1,2}}\\d{{7,8}}[A-Z]?`); driver licence region code/name; plate syllable class (commercial
   바/사/아/자); 11-digit health-insurance numbers; bank accounts 10–14 digits; DOB parsed per
   format and a real calendar date; addresses start with a real 시/도 or 시/군/구 and contain a number;
   PERSON: Korean names start with a listed surname, foreign names are Latin/Hangul tokens.
4. Every occurrence of each labelled string in the record is inside a span.
5. Leak check (on a copy with full-width digits and unicode dashes normalised): no mobile number,
   e-mail, `######-#######` shape, 16-digit card shape or IPv4 address appears outside spans,
   except inside tagged hard negatives (e.g. `000000-0000000`).
6. No-PII records have no spans and at least one hard negative; all other records have spans.

## Caveats

- Template-generated text: more varied than a single frame per genre, but a model that fits these
  templates will look better than it is. Use for conventions and failure modes.
- Names are random surname + syllable combinations and some look unusual; Hangul/Latin foreign
  names are random family + given combinations and nationality is not matched to the name.
- Road names are invented stems placed under real 시/도 and 시/군/구; institution addresses are also
  invented and only context marks them as institutional.
- Check-digit-valid numbers are random and may coincide with real numbers by chance.
- Health-insurance number format is synthetic (11 digits, sometimes hyphenated).
- The label for an identifier split across table cells (`split_cells`) is one span; a scorer using
  exact matching will count two-cell predictions as misses.

## Independence

What I read:
- The only local file read: `/work/shared/pii-dev/README.md` (the label rules). Nothing else under
  `/work/shared`, `/work/main` or `/work/evalsets` (other than this folder) was opened, listed or
  searched; no detector, scorer or other tool was run — only `python3` on this folder's own scripts.
- Public reference material via the search tool, corpora `pages` and `docs` only, six queries
  (주민등록증 신청서 서식; 운전면허번호 형식; 외국인등록번호/체류자격; 차세대 전자여권 여권번호 형식;
  기안문 서식/행정업무 규정 시행규칙; 판결문 형식). Only the search excerpts were read; no page
  was opened in full. Pages whose excerpts informed the templates:
{pages}

I did not read any detector code, any other evaluation set, the dev set's generator or data, or
any GitHub repository on purpose, and I did not use the `code` or `issues` corpora.

Slips (honest list):
- The `docs` query about 외국인등록번호 returned, among its excerpts, three unrelated files hosted
  on GitHub (`suikawiki/suikawiki-data` ids/38/97.txt, `Klotzkette/claude-fuer-deutsches-recht`
  …/auslaenderbehoerde/SKILL.md, `agc2020/consulta` lei-7685-1988.json) and some unrelated
  Spanish/Japanese/Taiwanese pages. I saw those excerpts in the search answer, did not open
  them, and used nothing from them.
- The search also returned excerpts of Japanese pages on Japanese licence numbers; not used.
- While checking determinism I once redirected an `md5sum` listing to `/work/evalsets/_pii_ak_h1_DELETE`
  (one level above this folder) by mistake; the file contained only four MD5 lines of my own
  outputs, was moved into this folder immediately and then deleted. No other file was written
  outside `/work/evalsets/pii_ak/`. To confirm the stray file was gone I ran
  `ls /work/evalsets | grep -i _pii_ak`, which lists that directory but prints only names containing
  `_pii_ak`; it printed nothing, so I saw no other names.
"""
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(txt)


def write_md5():
    names = ['make_set.py', 'pii_ak.jsonl', 'pii_ak.meta.jsonl', 'stats.json', 'README.md']
    with open(os.path.join(OUT, 'MD5SUMS'), 'w', encoding='utf-8', newline='\n') as f:
        for n in names:
            h = hashlib.md5(open(os.path.join(OUT, n), 'rb').read()).hexdigest()
            f.write(f"{h}  {n}\n")


def main():
    recs = generate()
    write_outputs(recs)
    st = compute_stats(recs)
    with open(os.path.join(OUT, 'stats.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write('\n')
    # coverage requirements
    assert st['records'] >= 480 and len(st['by_genre']) >= 15, 'size'
    assert all(v >= 100 for v in st['by_type'].values()), st['by_type']
    assert st['no_pii_records'] / st['records'] >= 0.08
    n = reread_and_validate()
    write_readme(st, recs)
    write_md5()
    print(f"ok: {n} records, {st['spans']} spans, {st['no_pii_records']} no-PII, {st['hard_negatives']} hard negatives")
    print(json.dumps(st['by_type'], ensure_ascii=False))


if __name__ == '__main__':
    main()
