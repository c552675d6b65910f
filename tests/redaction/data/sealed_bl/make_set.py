#!/usr/bin/env python3
"""pii_bl: independent evaluation set for Korean public-sector PII detection.

Standard library only, deterministic (seed string "pii_bl-2026").
Writes pii_bl.jsonl, pii_bl.meta.jsonl, stats.json, then re-reads and validates them.

Marker syntax (used by handwritten.py and by the templates below):
  ⟦TYPE:value⟧              gold span   (TYPE may be a short alias, see ALIAS)
  ⟦TYPE/subkind:value⟧      gold span with explicit sub-kind
  ⟦TYPE/subkind|n1,n2:value⟧ ... with explicit noise tags (merged with auto-detected ones)
  ⟪category:text⟫           tagged hard negative (text stays, no span)
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SEED = "pii_bl-2026"
R = random.Random(SEED)

ALIAS = {'P': 'PERSON', 'PH': 'PHONE_NUMBER', 'EM': 'EMAIL_ADDRESS', 'AD': 'KR_ADDRESS',
         'DOB': 'DATE_OF_BIRTH', 'ACC': 'KR_BANK_ACCOUNT', 'RRN': 'KR_RRN', 'IP': 'IP_ADDRESS',
         'PP': 'KR_PASSPORT', 'BRN': 'KR_BRN', 'DL': 'KR_DRIVER_LICENSE', 'FRN': 'KR_FRN',
         'CAR': 'KR_VEHICLE_PLATE', 'HI': 'KR_HEALTH_INSURANCE', 'CC': 'CREDIT_CARD', 'CRN': 'KR_CRN'}
TYPES = sorted(set(ALIAS.values()))
for _t in TYPES:
    ALIAS[_t] = _t

MARK_RE = re.compile(r'⟦([A-Z_]+)(?:/([a-z0-9_]+))?(?:\|([a-z0-9_,]+))?:(.*?)⟧|⟪([a-z_]+):(.*?)⟫', re.S)


def m(t, v, sub=None, noise=None):
    s = '⟦' + t
    if sub:
        s += '/' + sub
    if noise:
        s += '|' + ','.join(noise)
    return s + ':' + v + '⟧'


def hn(cat, v):
    return '⟪' + cat + ':' + v + '⟫'


# ---------------------------------------------------------------- checksums
def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def brn_ok(d):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d[:9], w)) + (int(d[8]) * 5) // 10
    return (10 - s % 10) % 10 == int(d[9])


def crn_ok(d):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d[:12]))
    return (10 - s % 10) % 10 == int(d[12])


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, n):
    d = prefix + ''.join(R.choice('0123456789') for _ in range(n - len(prefix) - 1))
    for c in '0123456789':
        if luhn_ok(d + c):
            return d + c


# ---------------------------------------------------------------- pools
SURN = (['김'] * 20 + ['이'] * 15 + ['박'] * 9 + ['최'] * 5 + ['정'] * 5 + ['강'] * 3 + ['조'] * 3 + ['윤'] * 3 + ['장'] * 3 +
        list('임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용') +
        ['남궁', '황보', '선우', '제갈', '독고', '사공', '서문'])
GIV = list('민서지현수준영은혜진우성하윤경재원태동희정석호연미선상승주예유소다채시건도혁훈철용기광명숙자순옥규한범찬솔빈아린율온결별강인완식환섭필란숙형')
BAD_NAMES = {'홍길동', '김철수', '이영희', '임시주', '정보공', '조사관', '주민등', '신고자', '지원금', '전화번'}

FOREIGN = [  # country, latin, hangul, passport pattern
    ('베트남', ['NGUYEN VAN HUNG', 'TRAN THI MAI', 'LE VAN TUAN', 'PHAM THI LAN', 'HOANG DUC MINH', 'VU THI THU'],
     ['응우옌 반 훙', '쩐 티 마이', '레 반 뚜언', '팜 티 란', '호앙 득 민', '부 티 투'], 'L7'),
    ('중국', ['WANG XIAOMING', 'LI NA', 'ZHANG WEI', 'LIU YANG', 'CHEN JING'], ['왕샤오밍', '리나', '장웨이', '류양', '천징'], 'E8'),
    ('필리핀', ['MARIA SANTOS REYES', 'JOSE DELA CRUZ', 'ANGELICA BAUTISTA'], ['마리아 산토스 레예스', '호세 델라 크루스', '안젤리카 바우티스타'], 'L7L'),
    ('미국', ['JOHN MILLER', 'EMILY CLARK', 'DAVID JOHNSON'], ['존 밀러', '에밀리 클라크', '데이비드 존슨'], 'D9'),
    ('일본', ['SATO YUKI', 'TANAKA HIROSHI', 'SUZUKI AYA'], ['사토 유키', '다나카 히로시', '스즈키 아야'], 'LL7'),
    ('우즈베키스탄', ['KARIMOV AZIZ', 'RAHIMOVA DILNOZA', 'YUSUPOV BOBUR'], ['카리모프 아지즈', '라히모바 딜노자', '유수포프 보부르'], 'LL7'),
    ('네팔', ['RAM BAHADUR THAPA', 'SITA GURUNG'], ['람 바하두르 타파', '시타 구룽'], 'PA7'),
    ('인도네시아', ['BUDI SANTOSO', 'SITI RAHMAWATI', 'AGUS PRATAMA'], ['부디 산토소', '시티 라흐마와티', '아구스 프라타마'], 'L7'),
    ('태국', ['SOMCHAI PRASERT', 'NARISA WONGSA'], ['솜차이 프라서트', '나리사 웡사'], 'LL7'),
    ('캄보디아', ['SOK PISEY', 'CHAN DARA'], ['속 피세이', '찬 다라'], 'N8'),
    ('몽골', ['BATBAYAR GANBOLD', 'OYUNAA TSEREN'], ['바트바야르 간볼드', '오유나 체렌'], 'E7'),
    ('러시아', ['IVAN PETROV', 'OLGA SMIRNOVA'], ['이반 페트로프', '올가 스미르노바'], 'RU'),
    ('독일', ['LUKAS WEBER', 'ANNA SCHMIDT'], ['루카스 베버', '안나 슈미트'], 'DE'),
    ('프랑스', ['CAMILLE MARTIN', 'JULIEN BERNARD'], ['카미유 마르탱', '쥘리앵 베르나르'], 'FR'),
    ('영국', ['OLIVER BROWN', 'CHLOE TAYLOR'], ['올리버 브라운', '클로이 테일러'], 'D9'),
    ('인도', ['RAHUL SHARMA', 'PRIYA NAIR'], ['라훌 샤르마', '프리야 나이르'], 'L7'),
    ('캐나다', ['NOAH TREMBLAY', 'EMMA ROY'], ['노아 트랑블레', '에마 루아'], 'LL6'),
    ('스리랑카', ['KASUN PERERA', 'NIMALI SILVA'], ['카순 페레라', '니말리 실바'], 'L7'),
    ('미얀마', ['AUNG KYAW', 'THIDA WIN'], ['아웅 쩌', '띠다 윈'], 'MA6'),
    ('카자흐스탄', ['NURLAN ABENOV', 'AIGERIM SEITOVA'], ['누를란 아베노프', '아이게림 세이토바'], 'N8'),
]
UP = 'ABCDEFGHJKLMNPRSTUVWXYZ'


def dg(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def foreign_pp(pat):
    if pat == 'L7':
        return R.choice('BCNK') + dg(7)
    if pat == 'E8':
        return R.choice(['E' + dg(8), 'E' + R.choice('ABCDGHJ') + dg(7), 'G' + dg(8)])
    if pat == 'L7L':
        return 'P' + dg(7) + R.choice('ABC')
    if pat == 'D9':
        return R.choice([str(R.randint(1, 9)) + dg(8), 'A' + dg(8)])
    if pat == 'LL7':
        return R.choice(['TK', 'TR', 'MZ', 'AA', 'AB', 'FA', 'AC']) + dg(7)
    if pat == 'PA7':
        return 'PA' + dg(7)
    if pat == 'N8':
        return 'N' + dg(8)
    if pat == 'E7':
        return 'E' + dg(7)
    if pat == 'RU':
        return R.choice(['7', '5']) + dg(1) + R.choice([' ', '']) + dg(7)
    if pat == 'DE':
        return 'C' + ''.join(R.choice('0123456789CFGHJKLMNPRTVWXYZ') for _ in range(8))
    if pat == 'FR':
        return dg(2) + R.choice(UP) + R.choice(UP) + dg(5)
    if pat == 'LL6':
        return R.choice(UP) + R.choice(UP) + dg(6)
    if pat == 'MA6':
        return 'MA' + dg(6)
    raise ValueError(pat)


SIDO = [('서울특별시', '서울시', '서울', ['마포구', '관악구', '노원구', '강서구', '송파구', '은평구', '성북구', '동작구', '중랑구', '구로구', '도봉구', '양천구']),
        ('부산광역시', '부산시', '부산', ['해운대구', '사하구', '부산진구', '동래구', '수영구', '금정구']),
        ('대구광역시', '대구시', '대구', ['수성구', '달서구', '북구', '동구']),
        ('인천광역시', '인천시', '인천', ['남동구', '부평구', '연수구', '서구', '계양구']),
        ('광주광역시', '광주시', '광주', ['북구', '광산구', '서구', '남구']),
        ('대전광역시', '대전시', '대전', ['유성구', '서구', '대덕구', '중구']),
        ('울산광역시', '울산시', '울산', ['남구', '중구', '울주군 범서읍']),
        ('세종특별자치시', '세종시', '세종', ['']),
        ('경기도', '경기도', '경기', ['수원시 팔달구', '성남시 분당구', '고양시 일산동구', '용인시 수지구', '부천시', '안산시 단원구', '화성시', '평택시', '김포시', '남양주시', '의정부시', '시흥시']),
        ('강원특별자치도', '강원도', '강원', ['춘천시', '원주시', '강릉시', '홍천군 홍천읍']),
        ('충청북도', '충북', '충북', ['청주시 흥덕구', '충주시', '제천시', '음성군 금왕읍']),
        ('충청남도', '충남', '충남', ['천안시 동남구', '아산시', '서산시', '당진시']),
        ('전북특별자치도', '전북', '전북', ['전주시 완산구', '익산시', '군산시']),
        ('전라남도', '전남', '전남', ['여수시', '순천시', '목포시', '나주시']),
        ('경상북도', '경북', '경북', ['포항시 북구', '구미시', '경산시', '안동시']),
        ('경상남도', '경남', '경남', ['창원시 성산구', '김해시', '진주시', '양산시']),
        ('제주특별자치도', '제주도', '제주', ['제주시', '서귀포시'])]
ROAD = ['한빛', '새솔', '매봉', '느티나무', '가람', '은행나무', '솔내', '미리내', '푸른솔', '달맞이', '별빛', '청림', '도담', '비봉',
        '연꽃', '들꽃', '꽃샘', '다솜', '누리', '한울', '보람', '새터', '장미', '금강', '버들', '산수유', '오동', '참나무', '호수', '물빛',
        '아름', '두레', '소나무', '진달래', '해오름', '노을', '구름', '샘말', '안골', '큰내']
DONG = ['성산동', '봉천동', '상계동', '화곡동', '가락동', '우동', '좌동', '범어동', '구월동', '둔산동', '봉명동', '인계동', '정자동', '상동', '호계동']
APT = ['한빛아파트', '푸른마을', '솔빛마을', '햇살아파트', '새솔빌라', '청림타운', '누리빌', '다솜하이츠']


def road_addr(style=None):
    full, mid, short, guns = R.choice(SIDO)
    gu = R.choice(guns)
    sd = R.choice([full, full, mid, short])
    if style == 'gu' or (style is None and R.random() < 0.15):
        head = gu if gu else full
    else:
        head = (sd + ' ' + gu).strip()
    rd = R.choice(ROAD) + R.choice(['로', '로', '길', '대로'])
    if R.random() < 0.35:
        rd += '%d번길' % R.randint(2, 88)
    num = str(R.randint(1, 399)) + (('-' + str(R.randint(1, 40))) if R.random() < 0.3 else '')
    unit = R.choice(['', '', ', %d동 %d호' % (R.randint(101, 115), R.randint(1, 25) * 100 + R.randint(1, 6)),
                     ', %d층 %d호' % ((f := R.randint(2, 9)), f * 100 + R.randint(1, 9)), ' %d층' % R.randint(2, 12),
                     ', %d호' % (R.randint(1, 5) * 100 + R.randint(1, 9)), ' %s %d동 %d호' % (R.choice(APT), R.randint(101, 109), R.randint(101, 1504))])
    return head + ' ' + rd + ' ' + num + unit


def jibun_addr():
    full, mid, short, guns = R.choice(SIDO[:7] + SIDO[8:9])
    gu = R.choice(guns)
    s = (R.choice([full, mid]) + ' ' + gu).strip() + ' ' + R.choice(DONG) + ' ' + '%d-%d' % (R.randint(1, 1800), R.randint(1, 30))
    if R.random() < 0.5:
        s += ' ' + R.choice(APT) + ' %d동 %d호' % (R.randint(101, 109), R.randint(101, 1504))
    return s


def addr_marker(with_post=False, with_ref=False):
    a = road_addr() if R.random() < 0.8 else jibun_addr()
    s = ''
    if with_post or R.random() < 0.2:
        s += hn('postal', '(%05d)' % R.randint(1000, 63999)) + ' '
    s += m('AD', a)
    if with_ref or (R.random() < 0.15 and '동 ' not in a):
        s += ' (' + R.choice(DONG) + ')'
    return s


INST = [('행정안전부', '세종특별자치시 도움6로 42 정부세종청사 중앙동', '044-205'),
        ('보건복지부', '세종특별자치시 도움4로 13 정부세종청사 10동', '044-202'),
        ('법무부', '경기도 과천시 관문로 47 정부과천청사 1동', '02-2110'),
        ('국토교통부', '세종특별자치시 도움6로 11 정부세종청사 6동', '044-201'),
        ('고용노동부', '세종특별자치시 한누리대로 422 정부세종청사 11동', '044-202'),
        ('교육부', '세종특별자치시 갈매로 408 정부세종청사 14동', '044-203'),
        ('국세청', '세종특별자치시 국세청로 8-14', '044-204'),
        ('해양수산부', '세종특별자치시 다솜2로 94 정부세종청사 5동', '044-200'),
        ('○○시청', '경기도 ○○시 시청로 1', '031-8075'),
        ('가람구청', '부산광역시 가람구 구청로 100', '051-970'),
        ('한울군청', '충청남도 한울군 한울읍 군청로 25', '041-930'),
        ('새솔시 보건소', '전라남도 새솔시 보건로 33', '061-659')]
DEPTS = ['운영지원과', '민원정책과', '복지정책과', '교통행정과', '감사담당관실', '인사과', '국제협력과', '세무과', '건축과', '환경정책과', '재난안전과', '출입국관리과', '보건행정과', '교육지원과']
TITLES = ['주무관', '사무관', '서기관', '팀장', '과장', '실무관', '행정관', '연구관', '전문위원', '부장']
BANKS = [('KB국민은행', [(6, 2, 6), (3, 2, 4, 3)], ''), ('신한은행', [(3, 3, 6), (3, 2, 6)], '1'), ('우리은행', [(4, 3, 6)], '1'),
         ('하나은행', [(3, 6, 5)], ''), ('NH농협은행', [(3, 4, 4, 2), (6, 2, 6)], '3'), ('IBK기업은행', [(3, 6, 2, 3)], '0'),
         ('카카오뱅크', [(4, 2, 7)], '3333'), ('토스뱅크', [(4, 4, 4)], '1000'), ('케이뱅크', [(3, 3, 6)], '100'),
         ('SC제일은행', [(3, 2, 6)], ''), ('부산은행', [(3, 4, 4, 2)], '1'), ('iM뱅크', [(3, 2, 6, 1)], '5'), ('광주은행', [(3, 3, 6)], '0'),
         ('전북은행', [(3, 2, 7)], '5'), ('경남은행', [(3, 2, 7, 1)], '2'), ('우체국', [(6, 2, 6)], ''), ('새마을금고', [(4, 2, 6, 1)], '900'),
         ('신협', [(5, 2, 6)], '13'), ('수협은행', [(3, 2, 6)], '1'), ('KDB산업은행', [(3, 4, 4, 3)], '0'), ('제주은행', [(2, 2, 6)], '7'),
         ('한국씨티은행', [(3, 5, 3, 2)], '1'),
         ('NH투자증권', [(3, 2, 6)], '2'), ('미래에셋증권', [(3, 4, 4, 2)], '5'), ('삼성증권', [(4, 4, 4, 2)], '7'),
         ('한국투자증권', [(8, 2)], '6'), ('키움증권', [(4, 4, 4)], '5')]


def account(bank=None):
    b = bank or R.choice(BANKS)
    name, grp, pre = b
    g = R.choice(grp)
    digits = pre + dg(sum(g) - len(pre))
    if name == 'NH농협은행' and g == (3, 4, 4, 2):
        digits = R.choice(['302', '301', '352', '356']) + digits[3:]
    parts, i = [], 0
    for n in g:
        parts.append(digits[i:i + n])
        i += n
    sep = R.choices(['-', '', ' '], [80, 15, 5])[0]
    sub = 'acct_' + ('securities' if '증권' in name else 'bank') + ('' if sep == '-' else ('_nosep' if sep == '' else '_spaced'))
    return name, sep.join(parts), sub


def virtual_account():
    name = R.choice(['우리은행', 'IBK기업은행', 'KB국민은행', 'NH농협은행', '신한은행', '하나은행'])
    return name, ''.join(R.choice('0123456789') for _ in range(R.choice([14, 14, 13]))), 'acct_virtual'


def rrn(kind=None):
    kind = kind or R.choices(['valid', 'post', 'mask'], [60, 15, 25])[0]
    if kind == 'post':
        d = datetime.date(2020, 10, 1) + datetime.timedelta(days=R.randrange(1900))
        b = d.strftime('%y%m%d') + R.choice('34') + dg(5)
        c = (rrn_check(b) + R.randint(1, 9)) % 10
        return b[:6] + '-' + b[6:] + str(c), 'rrn_post2020'
    y = R.choice(list(range(1945, 2000)) * 3 + list(range(2000, 2019)))
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    g = R.choice('12') if y < 2000 else R.choice('34')
    b = d.strftime('%y%m%d') + g + dg(5)
    b += str(rrn_check(b))
    if kind == 'mask':
        mc = R.choice(['*', '*', '*', '●', 'X', '○'])
        return b[:6] + '-' + b[6] + mc * 6, 'rrn_masked'
    return b[:6] + '-' + b[6:], 'rrn_valid'


def frn(mask=False):
    y = R.randint(1960, 2006)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    g = R.choice('56') if y < 2000 else R.choice('78')
    b = d.strftime('%y%m%d') + g + dg(5)
    b += str(frn_check(b))
    if mask:
        return b[:6] + '-' + b[6] + '*' * 6, 'frn_masked'
    return b[:6] + '-' + b[6:], 'frn_valid'


def brn():
    while True:
        d = str(R.randint(101, 899)) + R.choice(['81', '86', '87', '01', '05', '10', '23', '26', '37', '45']) + dg(4)
        for c in '0123456789':
            if brn_ok(d + c):
                s = d + c
                return s[:3] + '-' + s[3:5] + '-' + s[5:]


def crn():
    d = R.choice(['1101', '1144', '1311', '1201', '1345', '1641', '2301', '1715', '1801', '2049']) + R.choice(['11', '11', '11', '12', '71']) + dg(6)
    for c in '0123456789':
        if crn_ok(d + c):
            s = d + c
            return s[:6] + '-' + s[6:]


CARD_BRANDS = [('visa', '4', 16), ('visa', '4', 16), ('master', '5' + str(R.randint(1, 5)), 16), ('master', '5' + str(R.randint(1, 5)), 16),
               ('master2', '2' + str(R.randint(221, 720)), 16), ('amex', '37', 15), ('amex', '34', 15), ('jcb', '35' + str(R.randint(28, 89)), 16),
               ('diners', '36', 14), ('unionpay', '62', 16), ('bc', '94' + str(R.randint(0, 9)), 16), ('local', '9490', 16), ('discover', '6011', 16)]


def card(mask=None, sep=None):
    brand, pre, n = R.choice(CARD_BRANDS)
    if brand == 'master':
        pre = '5' + str(R.randint(1, 5))
    elif brand == 'master2':
        pre = '2' + str(R.randint(221, 720))
    elif brand == 'jcb':
        pre = '35' + str(R.randint(28, 89))
    d = luhn_complete(pre, n)
    g = {16: (4, 4, 4, 4), 15: (4, 6, 5), 14: (4, 6, 4)}[n]
    if mask is None:
        mask = R.random() < 0.25
    if mask:
        mc = R.choice(['*', '*', 'X', '●', '#'])
        if R.random() < 0.5:
            d = d[:6] + mc * (n - 10) + d[-4:]
        else:
            d = d[:4] + mc * (n - 8) + d[-4:]
    if sep is None:
        sep = R.choices(['-', ' ', ''], [60, 25, 15])[0]
    parts, i = [], 0
    for k in g:
        parts.append(d[i:i + k])
        i += k
    return sep.join(parts), 'card_' + brand + ('_masked' if mask else '')


def kname():
    while True:
        s = R.choice(SURN)
        n = s + ''.join(R.choice(GIV) for _ in range(R.choice([2, 2, 2, 2, 2, 2, 2, 1]) if len(s) == 1 else R.choice([1, 2])))
        if n not in BAD_NAMES and len(n) >= 2:
            return n


def mobile(style=None):
    a, b = str(R.randint(2, 9)) + dg(3), dg(4)
    p = R.choice(['010'] * 12 + ['011', '016', '019'])
    if p != '010':
        a = a[1:]
    st = style or R.choices(['-', '.', ' ', '', '+82'], [70, 8, 8, 8, 6])[0]
    if st == '+82':
        return '+82-' + p[1:] + '-' + a + '-' + b, 'phone_mobile_intl'
    return st.join([p, a, b]), 'phone_mobile'


AREA = ['02', '031', '032', '033', '041', '042', '043', '044', '051', '052', '053', '054', '055', '061', '062', '063', '064']


def landline(kind='landline'):
    ar = R.choice(AREA)
    if kind == '070':
        return '070-' + dg(4) + '-' + dg(4), 'phone_070'
    mid = dg(R.choice([3, 4])) if ar != '02' else dg(R.choice([3, 4]))
    if mid[0] == '0':
        mid = str(R.randint(2, 9)) + mid[1:]
    sep = R.choices(['-', ')', '.'], [85, 10, 5])[0]
    return ar + sep + mid + ('-' if sep != '.' else '.') + dg(4), 'phone_' + kind


def email(name_latin=None):
    u = name_latin or R.choice(['minsu', 'jhkim', 'yoonsj', 'park.hy', 'sky', 'lee_dh', 'choi77', 'haneul', 'bora.k', 'jinwoo', 'sol', 'mir', 'taeyang', 'duri'])
    u = u + R.choice(['', str(R.randint(1, 99)), '.' + R.choice(['k', 'p', 'j']), '_' + str(R.randint(70, 99))])
    dom = R.choice(['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'kakao.com', 'korea.kr', 'nate.com', 'hanbit-eng.co.kr', 'outlook.com'])
    return u + '@' + dom


LAT = {'김': 'kim', '이': 'lee', '박': 'park', '최': 'choi', '정': 'jung', '강': 'kang', '조': 'cho', '윤': 'yoon', '장': 'jang', '임': 'lim', '한': 'han', '오': 'oh', '서': 'seo', '신': 'shin'}


def email_for(name):
    s = LAT.get(name[0], R.choice(['ko', 'moon', 'yang', 'son', 'bae']))
    return email(R.choice([s + '.' + R.choice(['js', 'mh', 'yj', 'dh', 'sy']), R.choice(['js', 'mh', 'yj', 'dh', 'sy']) + s, s + str(R.randint(70, 99))]))


def ip(kind=None):
    kind = kind or R.choices(['pub', 'priv', 'v6'], [65, 28, 7])[0]
    if kind == 'priv':
        return R.choice(['192.168.%d.%d' % (R.randint(0, 20), R.randint(2, 254)), '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))]), 'ip_private'
    if kind == 'v6':
        return '2001:%x:%x:%x::%x' % (R.randint(0x200, 0xfff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff)), 'ipv6'
    a = R.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 118, 121, 125, 175, 180, 182, 203, 211, 218, 220, 222])
    return '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), 'ip_public'


def kr_passport(kind=None):
    kind = kind or R.choices(['old', 'new', 'mask'], [45, 45, 10])[0]
    p = R.choices(['M', 'S', 'G', 'D', 'R'], [80, 5, 8, 4, 3])[0]
    if kind == 'old':
        return p + dg(8), 'passport_kr_old'
    if kind == 'new':
        return p + dg(3) + R.choice(UP) + dg(4), 'passport_kr_new'
    v = R.choice([p + dg(3) + R.choice(UP) + dg(4), p + dg(8)])
    return v[:4] + '*' * (len(v) - 5) + v[-1], 'passport_masked'


DL_REG = [('서울', '11'), ('부산', '12'), ('경기', '13'), ('강원', '14'), ('충북', '15'), ('충남', '16'), ('전북', '17'), ('전남', '18'), ('경북', '19'), ('경남', '20'), ('제주', '21'), ('대구', '22'), ('인천', '23'), ('광주', '24'), ('대전', '25'), ('울산', '26')]


def dl():
    reg, code = R.choice(DL_REG)
    yy = '%02d' % R.choice(list(range(90, 100)) + list(range(0, 25)))
    ser, ck = dg(6), dg(2)
    st = R.choices(['code', 'name', 'namenospace', 'plain', 'spaces'], [45, 20, 10, 15, 10])[0]
    if st == 'code':
        return '-'.join([code, yy, ser, ck]), 'dl_code'
    if st == 'name':
        return reg + ' ' + '-'.join([yy, ser, ck]), 'dl_name'
    if st == 'namenospace':
        return reg + '-'.join([yy, ser, ck]), 'dl_name'
    if st == 'plain':
        return code + yy + ser + ck, 'dl_plain'
    return ' '.join([code, yy, ser, ck]), 'dl_spaced'


PLATE_H = '가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주'


def plate():
    st = R.choices(['2', '3', 'reg', 'biz', 'rent', 'nospace'], [30, 30, 12, 10, 8, 10])[0]
    if st == '2':
        return '%02d%s %04d' % (R.randint(10, 99), R.choice(PLATE_H), R.randint(1000, 9999)), 'plate_2digit'
    if st == '3':
        return '%d%s %04d' % (R.randint(100, 699), R.choice(PLATE_H), R.randint(1000, 9999)), 'plate_3digit'
    if st == 'reg':
        return '%s %02d%s %04d' % (R.choice(DL_REG)[0], R.randint(10, 99), R.choice(PLATE_H), R.randint(1000, 9999)), 'plate_region'
    if st == 'biz':
        return '%s %02d%s %04d' % (R.choice(DL_REG)[0], R.randint(70, 79), R.choice('바사아자배'), R.randint(1000, 9999)), 'plate_commercial'
    if st == 'rent':
        return '%02d%s %04d' % (R.randint(10, 99), R.choice('허하호'), R.randint(1000, 9999)), 'plate_rental'
    return '%d%s%04d' % (R.randint(10, 399), R.choice(PLATE_H), R.randint(1000, 9999)), 'plate_nospace'


def hi():
    d = str(R.randint(1, 9)) + dg(10)
    st = R.choices(['plain', 'dash', 'space'], [70, 20, 10])[0]
    if st == 'dash':
        return d[0] + '-' + d[1:], 'hi_dash'
    if st == 'space':
        return d[:4] + ' ' + d[4:8] + ' ' + d[8:], 'hi_spaced'
    return d, 'hi_plain'


def dob(year_range=(1945, 2010)):
    y = R.randint(*year_range)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    f = R.choice(['dot_sp', 'kor', 'iso', 'dot0', 'short', 'six', 'slash', 'dot_nosp', 'eng', 'eight', 'kor0', 'apos'])
    Y, M, D = d.year, d.month, d.day
    v = {'dot_sp': '%d. %d. %d.' % (Y, M, D), 'kor': '%d년 %d월 %d일' % (Y, M, D), 'iso': d.isoformat(),
         'dot0': '%d.%02d.%02d.' % (Y, M, D), 'short': '%02d.%02d.%02d' % (Y % 100, M, D), 'six': d.strftime('%y%m%d'),
         'slash': '%d/%02d/%02d' % (Y, M, D), 'dot_nosp': '%d.%d.%d' % (Y, M, D),
         'eng': '%02d %s %d' % (D, ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][M - 1], Y),
         'eight': d.strftime('%Y%m%d'), 'kor0': '%d년 %02d월 %02d일' % (Y, M, D), 'apos': "'%02d. %d. %d." % (Y % 100, M, D)}[f]
    return v, 'dob_' + f, d


# ---------------------------------------------------------------- OCR noise
FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789'}
CONF = {'0': 'O', '1': 'l', '5': 'S', '8': 'B'}


def noisy(v, kinds=None):
    """return (noisy value, tags)"""
    kinds = kinds or [R.choice(['fullwidth_digits', 'unicode_hyphen', 'space_in_number', 'newline_in_number', 'ocr_confusable', 'fullwidth_digits', 'ocr_confusable'])]
    tags = []
    for k in kinds:
        if k == 'fullwidth_digits':
            v = ''.join(FW.get(c, c) for c in v)
            v = v.replace('-', R.choice(['－', '-']))
        elif k == 'unicode_hyphen' and '-' in v:
            v = v.replace('-', R.choice(['‐', '－', '–']))
        elif k == 'space_in_number':
            if '-' in v:
                i = v.index('-')
                v = v[:i] + R.choice([' - ', ' -', '- ']) + v[i + 1:]
            else:
                i = R.randint(2, len(v) - 2)
                if v[i - 1] == ' ' or v[i] == ' ':
                    continue
                v = v[:i] + ' ' + v[i:]
        elif k == 'newline_in_number':
            if '-' in v:
                idx = [i for i, c in enumerate(v) if c == '-']
                i = R.choice(idx)
                v = v[:i + 1] + '\n' + v[i + 1:]
            else:
                i = R.randint(3, len(v) - 3)
                if v[i - 1] == ' ' or v[i] == ' ':
                    continue
                v = v[:i] + '\n' + v[i:]
        elif k == 'ocr_confusable':
            idx = [i for i, c in enumerate(v) if c in CONF and i > 0]
            if not idx:
                continue
            for i in R.sample(idx, min(len(idx), R.choice([1, 1, 2]))):
                v = v[:i] + CONF[v[i]] + v[i + 1:]
        else:
            continue
        tags.append(k)
    return v, tags


def noisy_name(n):
    if R.random() < 0.6:
        return ' '.join(n), ['spaced_name']
    i = R.randint(1, len(n) - 1)
    return n[:i] + '\n' + n[i:], ['wrapped']


def ocr_text(marked, rate=1.0):
    """add OCR noise to the plain text outside markers"""
    out = []
    pos = 0
    for mm in MARK_RE.finditer(marked):
        out.append(_noise_plain(marked[pos:mm.start()], rate))
        out.append(mm.group(0))
        pos = mm.end()
    out.append(_noise_plain(marked[pos:], rate))
    return ''.join(out)


def _noise_plain(s, rate):
    res = []
    for i, c in enumerate(s):
        r = R.random()
        if c == ':' and r < 0.25 * rate:
            res.append(R.choice([';', ' :', '：']))
        elif c == '.' and r < 0.1 * rate:
            res.append(',')
        elif '가' <= c <= '힣' and r < 0.04 * rate and i + 1 < len(s) and '가' <= s[i + 1] <= '힣':
            res.append(c + ' ')
        elif c == '·' and r < 0.3 * rate:
            res.append('.')
        elif c == '(' and r < 0.1 * rate:
            res.append('（')
        else:
            res.append(c)
    return ''.join(res)


# ---------------------------------------------------------------- marker helpers for templates
OCR_ON = [False]


def _n(v, t):
    if OCR_ON[0] and R.random() < 0.55:
        if t == 'P':
            return noisy_name(v) if len(v) >= 2 and re.fullmatch('[가-힣]+', v) else (v, [])
        if t in ('RRN', 'FRN', 'BRN', 'CRN', 'CC', 'ACC', 'PH', 'HI', 'DL'):
            return noisy(v)
        if t == 'PP':
            return noisy(v, [R.choice(['ocr_confusable', 'fullwidth_digits', 'space_in_number'])])
    return v, []


def M(t, v, sub=None):
    v2, tags = _n(v, t)
    return m(t, v2, sub, tags)


def P(n=None):
    return M('P', n or kname())


def PH(kind=None):
    v, s = mobile() if kind is None else landline(kind)
    return M('PH', v, s)


def EM(v=None):
    return m('EM', v or email(), 'email')


def AD(**kw):
    return addr_marker(**kw)


def DOB(yr=(1945, 2004)):
    v, s, _ = dob(yr)
    if OCR_ON[0] and R.random() < 0.3 and s in ('dob_iso', 'dob_dot0', 'dob_six', 'dob_eight'):
        v, tags = noisy(v, ['fullwidth_digits'])
        return m('DOB', v, s, tags)
    return m('DOB', v, s)


def RRN(kind=None):
    v, s = rrn(kind)
    return M('RRN', v, s)


def FRN(mask=False):
    v, s = frn(mask)
    return M('FRN', v, s)


def BRN():
    return M('BRN', brn(), 'brn')


def CRN():
    return M('CRN', crn(), 'crn')


def CC(mask=None, sep=None):
    v, s = card(mask, sep)
    return M('CC', v, s)


def ACC(bank=None, virtual=False):
    name, v, s = virtual_account() if virtual else account(bank)
    return name, M('ACC', v, s)


def PPK(kind=None):
    v, s = kr_passport(kind)
    return M('PP', v, s)


def FOR():
    c = R.choice(FOREIGN)
    i = R.randrange(len(c[1]))
    return c[0], c[1][i], c[2][i], foreign_pp(c[3])


def PPF(v, country):
    return M('PP', v, 'passport_foreign')


def IPm(kind=None):
    v, s = ip(kind)
    return m('IP', v, s)


def DLm():
    v, s = dl()
    return M('DL', v, s)


def CAR():
    v, s = plate()
    return m('CAR', v, s)


def HI():
    v, s = hi()
    return M('HI', v, s)


def inst():
    return R.choice(INST)


def IADDR(i=None):
    i = i or inst()
    return hn('inst_addr', i[1])


def IPHONE(i=None, rep=False):
    if rep or R.random() < 0.5:
        return hn('inst_phone', R.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899']) + '-' + dg(4))
    i = i or inst()
    return hn('inst_phone', i[2] + '-' + R.choice(['1000', '2114', '0114', '2000', '7000']))


def DOCNO(dept=None):
    return hn('docno', (dept or R.choice(DEPTS)) + '-' + str(R.randint(100, 9999)))


def DATE(y=2026):
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(340))
    return hn('date', R.choice(['%d. %d. %d.' % (d.year, d.month, d.day), '%d년 %d월 %d일' % (d.year, d.month, d.day), d.isoformat()]))


def DRANGE(y=2026, sep=' ~ '):
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(300))
    e = d + datetime.timedelta(days=R.randint(3, 60))
    f = R.choice(['%d. %d. %d.', '%d-%02d-%02d'])
    return hn('date', f % (d.year, d.month, d.day)) + sep + hn('date', f % (e.year, e.month, e.day))


def AMT():
    return hn('amount', '{:,}원'.format(R.randint(1, 900) * R.choice([1000, 10000, 100])))


def OFFICE():
    return hn('office', R.choice(['행정안전부장관', '보건복지부장관', '법무부장관', '국세청장', '○○시장', '가람구청장', '한울군수', '세무서장', '출입국·외국인청장', '교육감', '경찰서장']))


def CASENO(kind=None):
    y = R.randint(2021, 2026)
    k = kind or R.choice(['구합', '구단', '고단', '가단', '가합', '타경', '누', '두', '고약', '금'])
    return hn('caseno', '%d%s%d' % (y, k, R.randint(100, 99999)))


def STAT():
    return hn('statute', R.choice(['「개인정보 보호법」 제15조 제1항', '「민원 처리에 관한 법률」 제27조', '「출입국관리법」 제25조', '「국가공무원법」 제78조 제1항', '「도로교통법」 제44조 제1항',
                                   '「공탁법」 제4조', '「국민기초생활 보장법」 제21조', '「소득세법」 제89조 제1항 제3호', '「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호', '「주민등록법」 제29조',
                                   '「외국인근로자의 고용 등에 관한 법률」 제8조', '「행정심판법」 제43조 제3항', '같은 법 시행령 제9조 제1항']))


def RCPT():
    return hn('receipt_no', R.choice(['%dAA-%s-%s' % (R.randint(1, 9), dg(4), dg(7)), '제%d-%s호' % (R.randint(2024, 2026), dg(5)), 'A%s-%s' % (dg(6), dg(4))]))


def CO():
    return hn('company', R.choice(['(주)한빛엔지니어링', '㈜새솔정보기술', '주식회사 누리건설', '(주)도담산업', '가람테크 주식회사', '(유)청림푸드', '㈜별빛물류', '주식회사 다솜에듀', '(주)물빛환경', '한울소프트(주)']))


def PLACEH():
    return hn('placeholder', R.choice(['홍길동', '김○○', '이○○', '박**', '정 모 씨', '갑', '을', 'A씨', '최○○', '000000-0000000']))


def USERID():
    return hn('userid', R.choice(['u', 'usr', 'adm', 'emp']) + dg(5))


def ttl():
    return R.choice(TITLES)


def dept():
    return R.choice(DEPTS)


def ymd(y=2026):
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(340))
    return '%d. %d. %d.' % (d.year, d.month, d.day)


# ---------------------------------------------------------------- templates
def t_gongmun():
    i = inst(); d = dept(); a, b = kname(), kname()
    mail = email_for(b)
    body = R.choice([
        f"1. 귀 기관의 무궁한 발전을 기원합니다.\n2. {STAT()}에 따라 민원인 {P(kname())} 씨가 제출한 서류를 아래와 같이 이송합니다.",
        f"1. 관련: {DOCNO()}({DATE()})\n2. 위 호와 관련하여 2026년도 업무 협조를 요청하오니 기한 내 회신하여 주시기 바랍니다.",
        f"1. {OFFICE()} 지시사항에 따라 하반기 점검 계획을 알려 드립니다.\n2. 세부 일정은 붙임 문서를 참고하시기 바랍니다."])
    return '공문', f"""{i[0]}
수신  {OFFICE()}({R.choice(DEPTS)}장)
(경유)
제목  {R.choice(['협조 요청', '민원 서류 이송', '점검 계획 알림', '자료 제출 요청', '회의 개최 알림'])}

{body}

붙임  관련 자료 1부.  끝.

{i[0]}장
기안자 {ttl()} {P(a)}   검토자 {ttl()} {P(b)}   전결 {d}장 {P()}
협조자 {ttl()} {P()}
시행 {DOCNO(d)} ({DATE()})   접수 {DOCNO()}
우 {hn('postal', '%05d' % R.randint(1000, 63999))}  {IADDR(i)}  / {hn('url', 'www.example.go.kr')}
전화번호 {M('PH', i[2] + '-' + dg(4), 'phone_direct')}  전송 {M('PH', i[2] + '-' + dg(4), 'phone_fax')}  / {EM(mail)}  / {R.choice(['공개', '부분공개(6)'])}"""


def t_press():
    i = R.choice(INST[:8]); minister = kname(); c1, c2 = kname(), kname()
    q = R.choice(['이번 조치로 현장의 불편이 크게 줄어들 것', '국민 눈높이에 맞춰 제도를 계속 다듬겠다', '관계 부처와 긴밀히 협력해 나가겠다'])
    extra = R.choice(['', f"\n현장 간담회에 참석한 자영업자 {P()}(5{R.randint(0, 9)}) 씨는 \"절차가 간소해져 반갑다\"고 말했다."])
    return '보도자료', f"""보도자료
보도시점 {DATE()} 12:00 이후
{R.choice(['생활 속 불편 해소를 위한 규제 개선 과제 확정', '외국인 주민 지원 센터 확대 운영', '개인정보 유출 신고 절차 간소화'])}
- {i[0]}, 관계기관 합동 추진 -

{hn('office', i[0] + ' 장관')} {P(minister)}은 {DATE()} {R.choice(['정부서울청사', '세종청사', '지역 현장'])}에서 열린 회의에서 "{q}"이라고 밝혔다.{extra}
{P(minister)} 장관은 이어 하반기 중 후속 대책을 발표할 예정이다.

담당 부서  {i[0]} {dept()}  책임자 과장 {P(c1)} ({M('PH', i[2] + '-' + dg(4), 'phone_direct')})
                              담당자 {ttl()} {P(c2)} ({M('PH', i[2] + '-' + dg(4), 'phone_direct')})
문의: 대표전화 {IPHONE(i, rep=True)}"""


def t_press_nopii():
    i = inst()
    return '보도자료', f"""보도자료 | {DATE()} 배포
{i[0]}, {R.choice(['2027년 예산안 주요 내용 발표', '국가 데이터 개방 확대', '재난 대응 훈련 실시'])}
□ {OFFICE()}은 {DATE()} 관계기관 회의를 열고 세부 계획을 확정했다고 밝혔다.
□ 총사업비는 {AMT()}이며, 근거 규정은 {STAT()}이다.
□ 자세한 내용은 누리집 공지사항(공고 {hn('docno', '제2026-' + str(R.randint(10, 999)) + '호')})을 참고하면 된다.
문의: {i[0]} {dept()} ({IPHONE(i)}), 정부민원안내콜센터 {hn('inst_phone', '110')}"""


def t_news():
    a, b = kname(), kname(); age1, age2 = R.randint(20, 79), R.randint(20, 79)
    return '뉴스 기사', f"""[사회] {R.choice(['빗길 추돌사고로 2명 부상', '전세사기 피해자 모임, 구청에 대책 요구', '불법 주정차 단속 중 시비 끝 폭행'])}
{DATE()} {R.choice(['오전', '오후'])} {R.randint(1, 11)}시께 {R.choice(['가람구', '한울군', '새솔시'])} 한 교차로에서 {P(a)}({age1}) 씨가 몰던 승용차({CAR()})가 신호 대기 중이던 화물차를 들이받았다.
이 사고로 {P(a)} 씨와 동승자 {P(b)}({age2}·여) 씨가 경상을 입어 병원으로 옮겨졌다.
경찰은 {P(a)} 씨를 상대로 정확한 경위를 조사하고 있다. 현장을 지켜본 주민 {P()} 씨는 "평소에도 과속 차량이 많은 곳"이라고 말했다.
{P()} 기자 {EM()}"""


def t_minutes():
    ps = [kname() for _ in range(R.randint(3, 5))]
    att = ', '.join(P(p) + ' ' + R.choice(['위원', '위원장', '과장', '주무관', '교수', '변호사']) for p in ps)
    sp = '\n'.join(f"{P(R.choice(ps))} {R.choice(['위원', ''])}: {R.choice(['예산 집행률이 낮은 사유를 설명해 주십시오.', '동의합니다. 다만 일정 조정이 필요합니다.', '관련 민원이 세 건 접수되었습니다.', '다음 회의에서 재논의하겠습니다.'])}" for _ in range(R.randint(2, 4)))
    return '회의록', f"""제{R.randint(2, 40)}차 {R.choice(['정보공개심의회', '지방보조금심의위원회', '인사위원회', '청렴시민감사관 회의'])} 회의록
일시: {DATE()} 14:00~16:00   장소: 본관 {R.randint(2, 9)}층 회의실
참석자: {att}
불참: {OFFICE()}
{sp}
작성자 {ttl()} {P()} (내선 {hn('extension', str(R.randint(2000, 7999)))})"""


def t_transcript():
    a = kname(); mob = mobile()[0]
    return '녹취록', f"""녹취록 (상담 콜 {RCPT()})
상담원: 네, {hn('office', '민원콜센터')}입니다. 성함 말씀해 주시겠어요?
민원인: {P(a)}입니다. {R.choice(['지난주에 신청한 건', '환급금 들어오는 거', '차량 과태료'])} 때문에 전화했어요.
상담원: 연락처 확인 부탁드립니다.
민원인: {M('PH', mob, 'phone_mobile')}이요.
상담원: 네, {P(a)} 님 확인되었습니다. 생년월일도 말씀해 주세요.
민원인: {DOB()}이요.
상담원: 처리 결과는 문자로 안내해 드리겠습니다."""


def t_judgment():
    a = kname()
    leak = R.random() < 0.6
    who = P(a) if leak else PLACEH()
    return '판결문', f"""{R.choice(['서울중앙지방법원', '수원지방법원', '대전지방법원', '부산지방법원'])}
판 결
사 건  {CASENO('고단')} {R.choice(['사기', '도로교통법위반(음주운전)', '업무상횡령', '주거침입'])}
피 고 인  {who} ({'' if not leak else DOB() + ', '}{R.choice(['회사원', '무직', '자영업'])})
          주거 {AD() if leak else '○○시 ○○로'}
검 사  {P()}(기소), {P()}(공판)
변 호 인  변호사 {P()} (국선)
판결선고  {DATE()}
주 문
피고인을 징역 {R.randint(6, 24)}월에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.
이 유
피고인은 {DATE(2025)} {R.choice(['혈중알코올농도 0.08%의 술에 취한 상태로', '피해자로부터'])} {CAR() if leak else '승용차'}{R.choice(['를 운전하였다', ' 관련 금원을 편취하였다'])}.
판사  {P()}"""


def t_adjud():
    a = kname()
    return '재결서', f"""{R.choice(['중앙행정심판위원회', '○○시 행정심판위원회'])}
재 결
사건  {CASENO('행심')} {R.choice(['영업정지처분 취소청구', '운전면허 취소처분 취소청구', '기초생활수급자 급여 중지처분 취소청구'])}
청구인  {P(a)}
        {AD()}
피청구인  {OFFICE()}
주문  청구인의 청구를 {R.choice(['기각한다', '인용한다', '일부 인용한다'])}.
이유  청구인 {P(a)}은 {DATE(2025)} 처분을 통지받고 {STAT()}에 따라 이 청구를 제기하였다. 청구인의 운전면허번호는 {DLm()}이다.
{DATE()}
위원장 {P()}"""


def t_civil_reply():
    a = kname()
    return '민원 회신', f"""민원 처리 결과 알림
{P(a)} 귀하 (접수번호 {RCPT()})
주소: {AD()}
연락처: {PH()} / {EM(email_for(a))}
1. 귀하께서 {DATE()} 국민신문고를 통해 제기하신 민원에 대한 답변입니다.
2. {R.choice(['요청하신 가로등 보수는 이달 중 완료될 예정입니다.', '문의하신 지원금은 소득 기준 초과로 지급이 어렵습니다.', '불법 광고물은 현장 확인 후 철거하였습니다.'])}
3. 추가 문의는 {dept()} {ttl()} {P()}({M('PH', inst()[2] + '-' + dg(4), 'phone_direct')})에게 연락 주시기 바랍니다.
{OFFICE()}"""


def t_civil_reply_nopii():
    return '민원 회신', f"""민원 회신 ({RCPT()})
{hn('placeholder', R.choice(['홍길동', '김○○', '이○○', '박**', '최○○']))} 님께
1. 귀하의 민원({DATE()} 접수)에 대하여 검토한 결과를 알려 드립니다.
2. 질의하신 사항은 {STAT()}에 따라 처리 대상이 아님을 알려 드립니다.
3. 기타 문의는 정부민원안내콜센터({hn('inst_phone', '110')}) 또는 {IPHONE()}로 하시기 바랍니다.
{OFFICE()}"""


def t_audit():
    a, b = kname(), kname(); bank, acc = ACC()
    return '감사 보고서', f"""감사 결과 처분요구서
제목: {R.choice(['보조금 부당 집행', '출장비 부당 수령', '계약 업무 부적정'])}
관련자: {dept()} {ttl()} {P(a)}, {ttl()} {P(b)}
내용: {P(a)} {ttl()}은 {DRANGE(2025, '부터 ')}까지 실제 출장 없이 여비 {AMT()}을 본인 계좌({bank} {acc})로 지급받았다.
{P(b)}은 이를 확인하지 않고 결재하였다. 근거: {STAT()}
조치: {OFFICE()}은 {P(a)}을 {R.choice(['경징계', '중징계'])} 의결 요구하고 {AMT()}을 회수할 것."""


def t_discipline():
    a = kname()
    return '징계 의결서', f"""징계 의결서
징계혐의자  소속 {dept()}  직급 {R.choice(['행정7급', '행정6급', '시설8급'])}  성명 {P(a)}
주민등록번호 {RRN('mask')}
징계사유  위 사람은 {DATE(2025)} 혈중알코올농도 {R.choice(['0.091', '0.128', '0.054'])}%의 상태로 자가용 {CAR()}를 운전하다 적발되었다(운전면허 {DLm()} 취소).
의결주문  {R.choice(['정직 1월', '감봉 3월', '견책'])}
근거  {STAT()}
{DATE()}   {R.choice(['보통징계위원회', '인사위원회'])} 위원장 {P()}"""


def t_accident():
    a, b = kname(), kname()
    return '사고·사건 보고서', f"""교통사고 발생 보고
1. 일시·장소: {DATE()} {R.randint(7, 22)}:{R.randint(10, 59)}경, {R.choice(['관용차 주차장 입구', '청사 앞 교차로', '국도 3호선'])}
2. 관련 차량: 관용차 {hn('gov_vehicle', '관용 ' + str(R.randint(10, 99)) + '무 ' + dg(4))}(운전 {ttl()} {P(a)}) / 상대 차량 {CAR()}(운전자 {P(b)}, {DOB()}생, 연락처 {PH()})
3. 상대 운전자 면허번호: {DLm()}
4. 피해: {P(b)} 씨 경상, 건강보험증 번호 {HI()} 로 치료 중
5. 조치: 보험 접수({RCPT()}), {P(a)} {ttl()} 경위서 제출"""


def t_personnel():
    rows = '\n'.join(f"{R.choice(['승진', '전보', '신규임용', '직무대리', '휴직', '복직'])}  {R.choice(['행정5급', '행정6급', '행정7급', '전산6급', '보건7급'])}  {P()}  {dept()} → {dept()}" for _ in range(R.randint(3, 6)))
    return '인사발령', f"""인사발령 ({DATE()} 자)
{OFFICE()}
구분  직급  성명  발령사항
{rows}
인사 담당 {ttl()} {P()} (내선 {hn('extension', str(R.randint(2000, 7999)))})"""


def t_trip():
    n = R.randint(2, 5); rows = []
    for _ in range(n):
        k = kname()
        rows.append(f"{P(k)}\t{ttl()}\t{DOB((1960, 1998))}\t{PPK()}\t{hn('note', R.choice(['관용여권', '일반여권']))}")
    return '국외출장', f"""국외출장 계획
출장지: {R.choice(['베트남 하노이', '독일 베를린', '미국 워싱턴', '필리핀 마닐라', '우즈베키스탄 타슈켄트'])}  기간: {DRANGE()}
목적: {R.choice(['국제회의 참석', '협력사업 점검', '우수사례 벤치마킹'])}
출장자 명단
""" + '\n'.join(rows) + f"""
소요예산: {AMT()} (근거: {STAT()})"""


def t_trip_order():
    k = kname()
    return '국외출장', f"""출장 명령서
성명 {P(k)}  소속 {dept()}  직급 {ttl()}
영문성명 {M('P', R.choice(['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG']) + ' ' + R.choice(['MINSU', 'JIHYE', 'SEONGHO', 'YUNA', 'DONGWOO', 'HARIN']))}
여권번호 {PPK()}  만료일 {DATE(2031)}
항공편 {hn('flight', R.choice(['KE', 'OZ', 'TW', '7C']) + str(R.randint(100, 999)))}  출발 {DATE()}
비상연락처 {PH()} (배우자 {P()})"""


def t_contract():
    rep, rep2 = kname(), kname(); bank, acc = ACC(); i = inst()
    return '계약서', f"""{R.choice(['용역', '물품구매', '시설공사'])} 계약서
계약번호 {hn('docno', '제2026-' + dg(4) + '호')}  계약금액 {AMT()}
발주기관(갑) {i[0]}  주소 {IADDR(i)}
계약상대자(을) 상호 {CO()}
  대표자 {P(rep)}   사업자등록번호 {BRN()}   법인등록번호 {CRN()}
  주소 {AD()}
  전화 {PH('landline')}   휴대전화 {PH()}   전자우편 {EM(email_for(rep))}
대금 지급 계좌: {bank} {acc} (예금주 {CO()})
현장대리인 {P(rep2)} ({PH()})
{DATE()}
갑 {OFFICE()} (인)   을 대표이사 {P(rep)} (인)"""


def t_contract_sole():
    rep = kname(); bank, acc = ACC()
    return '계약서', f"""물품 공급 계약서 (개인사업자)
공급자: {hn('company', R.choice(['한빛문구', '새솔인쇄', '도담꽃집', '다솜공방']))} 대표 {P(rep)}
사업자등록번호: {BRN()}   생년월일: {DOB((1955, 1995))}
사업장 소재지: {AD()}
대금은 {bank} {acc} (예금주 {P(rep)})로 지급한다.
{DATE()}"""


def t_consent():
    a = kname(); blank = R.random() < 0.15
    if blank:
        return '동의서', f"""개인정보 수집·이용 동의서 (서식)
성명: ________  생년월일: ____. __. __.  연락처: ___-____-____
작성 예시) 성명 {PLACEH()}  주민등록번호 {hn('placeholder', '000000-0000000')}
수집 근거: {STAT()}  보유기간: 3년
위와 같이 동의합니다.  {DATE()}"""
    return '동의서', f"""개인정보 수집·이용 동의서
1. 수집 항목: 성명, 생년월일, 연락처, 주소, 전자우편
2. 보유 기간: {R.choice(['1년', '3년', '5년'])}  (근거 {STAT()})
성명: {P(a)}
생년월일: {DOB()}
휴대전화: {PH()}
주소: {AD()}
전자우편: {EM(email_for(a))}
위 내용에 동의합니다(☑ 동의 □ 미동의).
{DATE()}  동의자 {P(a)} (서명)"""


def t_application():
    a = kname(); bank, acc = ACC()
    return '신청서', f"""{R.choice(['긴급복지 지원 신청서', '출산지원금 신청서', '청년 월세 지원 신청서', '에너지바우처 신청서'])}
신청인 성명 {P(a)}   주민등록번호 {RRN()}
주소 {AD()}
전화 {PH()}   전자우편 {EM(email_for(a))}
지급 계좌 {bank} {acc}  예금주 {P(a)}
가구원: 배우자 {P()}({DOB()}), 자녀 {P()}({DOB((2008, 2024))})
{DATE()}  신청인 {P(a)} (서명 또는 인)
{OFFICE()} 귀하"""


def t_immig():
    c, lat, han, pp = FOR(); use_lat = R.random() < 0.6
    return '출입국·체류 민원', f"""체류기간 연장허가 신청서
성명 (Name) {M('P', lat if use_lat else han)}
국적 {c}   성별 {R.choice(['남', '여'])}   생년월일 {DOB((1970, 2004))}
외국인등록번호 {FRN()}
여권번호 {PPF(pp, c)}   여권 만료일 {DATE(2029)}
대한민국 내 주소 {AD()}
전화 {PH()}   전자우편 {EM()}
근무처 {CO()} (사업자등록번호 {BRN()})
신청일 {DATE()}  신청인 서명 {M('P', lat if use_lat else han)}
※ 수수료 {AMT()}  / 외국인종합안내센터 {hn('inst_phone', '1345')}"""


def t_foreign_emp():
    rows = []
    for k in range(R.randint(3, 6)):
        c, lat, han, pp = FOR()
        rows.append(R.choice([' | ', '\t', '  '])[0:0] + f"{k + 1} | {M('P', lat)} | {c} | {PPF(pp, c)} | {FRN()} | {DATE(2024)}")
    return '외국인 고용', f"""외국인근로자 고용변동 신고 명단 ({CO()}, 사업장관리번호 {hn('docno', dg(11) + '0')})
""" + '\n'.join(rows) + f"""
담당: 인사총무 {P()} ({PH('landline')}) / 고용센터 {IPHONE(rep=True)}"""


def t_welfare():
    a = kname()
    return '복지·상담 기록', f"""사례관리 상담일지 (사례번호 {hn('docno', '2026-' + dg(5))})
대상자: {P(a)} ({R.choice(['남', '여'])}, {R.randint(60, 92)}세)  주민등록번호 {RRN(R.choice(['mask', 'valid']))}
건강보험증 번호: {HI()}
주소: {AD()}   연락처: {PH()}
보호자: {P()} ({R.choice(['아들', '딸', '조카', '배우자'])}, {PH()})
상담 내용: {P(a)} 님은 {R.choice(['무릎 수술 후 거동이 불편하여', '월세 체납이 3개월째로', '독거 상태로 식사를 자주 거르며'])} 긴급지원을 희망함.
조치: {R.choice(['주거급여 신청 안내', '방문간호 연계', '푸드뱅크 연계'])} (상담자 {ttl()} {P()})"""


def t_medical():
    a = kname()
    return '의료·보건 기록', f"""진료 의뢰서
환자명 {P(a)}   생년월일 {DOB()}   성별 {R.choice(['M', 'F'])}
건강보험 {HI()}
진단명 {R.choice(['고혈압', '제2형 당뇨병', '요추 추간판 탈출증', '결핵(의심)'])}
의뢰 내용: 정밀검사 및 전문 진료 요망
보호자 연락처 {PH()}
의뢰 의사 {P()} (면허번호 {hn('license_no', '제' + dg(5) + '호')})   {hn('org', '새솔시 보건소')} {IPHONE()}"""


def t_school():
    s = kname(); par = kname()
    return '학교 기록', f"""전학 학생 인적사항 통보
학생 성명 {P(s)}  생년월일 {DOB((2008, 2019))}  학년 {R.randint(1, 6)}학년
주민등록번호 {RRN(R.choice(['mask', 'valid', 'post'])) if True else ''}
보호자 {P(par)} (관계: {R.choice(['부', '모'])}) 연락처 {PH()}
주소 {AD()}
전출교 {hn('org', R.choice(['한빛초등학교', '새솔중학교', '누리초등학교']))} → 전입교 {hn('org', R.choice(['가람초등학교', '도담중학교']))}
담임 교사 {P()}"""


def t_tax():
    a = kname(); bank, acc = ACC()
    return '세무', f"""경정청구서 (환급)
청구인  성명 {P(a)}  주민등록번호 {RRN('valid')}
사업자등록번호 {BRN()}  상호 {CO()}
주소 {AD()}
청구 내용: {DATE(2025)} 신고분 종합소득세 {AMT()} 환급 요청 ({STAT()})
환급금 계좌 {bank} {acc}
세무대리인 {P()} 세무사 (관리번호 {hn('docno', 'P' + dg(5))})
{hn('office', R.choice(['마포세무서장', '수원세무서장', '동래세무서장']))} 귀하"""


def t_tax_qa_nopii():
    return '세무', f"""세무 질의회신 ({hn('docno', R.choice(['서면-2025-법인-', '사전-2025-법규소득-', '부가-']) + str(R.randint(100, 9999)))}, {DATE(2025)})
[질의] {PLACEH()}는 {PLACEH()}로부터 부동산을 취득하였는바, 취득가액 산정 방법은?
[회신] 기존 해석사례({hn('docno', '재산세과-' + str(R.randint(100, 999)))})를 참고하기 바랍니다.
[관련 법령] {STAT()}"""


def t_deposit():
    a, b = kname(), kname()
    return '경매·공탁', f"""공탁서 (변제)
공탁번호 {CASENO('금')}   공탁금액 {AMT()}
공탁자  성명 {P(a)}  주민등록번호 {RRN()}  주소 {AD()}
피공탁자  상호 {CO()}  법인등록번호 {CRN()}  대표이사 {P(b)}
  주소 {AD()}
공탁원인: {DATE(2025)}자 임대차계약 종료에 따른 보증금 반환
{hn('office', R.choice(['서울중앙지방법원 공탁관', '수원지방법원 공탁관']))} 귀하"""


def t_auction():
    a = kname()
    return '경매·공탁', f"""매각물건명세서
사건 {CASENO('타경')} 부동산임의경매
매각 부동산: {AD()}
최선순위 설정 {DATE(2021)} 근저당권
점유자 {P(a)} (임차인, 전입 {DATE(2022)}, 확정일자 {DATE(2022)}, 보증금 {AMT()})
채무자 겸 소유자 {P()}  / 채권자 {CO()} (법인등록번호 {CRN()})
담당 경매{R.randint(1, 9)}계 (전화 {IPHONE()})"""


def t_refund_list():
    rows = []
    seps = R.choice([' | ', '\t', '  ', ' │ '])
    for _ in range(R.randint(4, 8)):
        bank, acc = ACC(virtual=R.random() < 0.12)
        rows.append(seps.join([P(), bank, acc, hn('amount', '{:,}'.format(R.randint(1, 500) * 1000))]))
    head = R.choice(['', '', '과오납 환급 대상자 명단\n', f"{R.choice(['2026년 상반기', '3월분'])} 지급 내역\n"])
    return '금융 환불·지급 목록', head + '\n'.join(rows) + ('\n' + f"합계 {AMT()}" if R.random() < 0.5 else '')


def t_card_refund():
    rows = []
    for _ in range(R.randint(3, 7)):
        rows.append(f"{hn('receipt_no', 'R' + dg(8))}  {P()}  {CC()}  {hn('amount', '{:,}원'.format(R.randint(5, 900) * 100))}  {hn('approval', '승인 ' + dg(8))}")
    return '금융 환불·지급 목록', f"""행사 참가비 카드 결제 취소 내역 ({DATE()})
""" + '\n'.join(rows)


def t_receipt():
    return '영수증', f"""[카드 영수증]
가맹점 {hn('company', R.choice(['한빛식당', '새솔문구', '다솜카페', '청림주유소']))}  대표 {P()}
사업자번호 {BRN()}  전화 {PH('landline')}
카드번호 {CC(mask=R.random() < 0.6)}
승인번호 {hn('approval', dg(8))}  일시 {DATE()} {R.randint(10, 21)}:{R.randint(10, 59)}
합계 {AMT()}
(업무추진비 사용자: {ttl()} {P()})"""


def t_access_log():
    lines = []
    for _ in range(R.randint(4, 8)):
        ts = '2026-%02d-%02d %02d:%02d:%02d' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        who = R.choice(['uid', 'name', 'email'])
        w = USERID() if who == 'uid' else (P() if who == 'name' else EM())
        lines.append(f"{ts} [{R.choice(['INFO', 'WARN', 'INFO'])}] {R.choice(['login', 'download', 'view', 'export'])} user={w} src={IPm()} {R.choice(['ok', 'fail(pw)', 'ok size=2048'])}")
    return '접속 로그', f"개인정보처리시스템 접속기록 ({hn('system', 'ver ' + R.choice(['10.0.19045.3803', '2.4.1', '5.11.0']))})\n" + '\n'.join(lines)


def t_parcel():
    a, b = kname(), kname()
    return '택배·우편', f"""운송장번호 {hn('tracking_no', dg(4) + '-' + dg(4) + '-' + dg(4))}
보내는 분: {P(a)}  {PH()}
  {AD()}
받는 분: {P(b)}  {PH()}
  {AD(with_post=True)}
품목: {R.choice(['서류', '의류', '농산물'])}  요금 {AMT()}
고객센터 {IPHONE(rep=True)}"""


def t_parking():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append(f"{hn('date', ymd())} {R.randint(7, 23):02d}:{R.randint(0, 59):02d} | {CAR()} | {R.choice(['소화전 앞', '버스정류소', '어린이보호구역', '장애인 전용구역'])} | {R.choice(['', P()])}")
    return '차량·주차 기록', f"""불법 주정차 단속 대장 ({R.choice(['가람구', '한울군'])})
""" + '\n'.join(rows) + f"\n과태료 문의 {IPHONE()}"


def t_fine():
    a = kname()
    vb, va = ACC(virtual=True)
    return '차량·주차 기록', f"""과태료 부과 사전통지서
수신 {P(a)} 귀하   {AD(with_post=True)}
차량번호 {CAR()}   위반일시 {DATE()}   위반장소 {R.choice(['한빛로 12 앞', '새솔초등학교 정문'])}
과태료 {AMT()} (근거 {STAT()})
납부 가상계좌 {vb} {va} (예금주 {P(a)})
{OFFICE()}"""


def t_email():
    a, b = kname(), kname()
    return '전자우편', f"""From: {P(a)} <{EM(email_for(a))}>
To: {P(b)} <{EM(email_for(b))}>
Subject: {R.choice(['[회신] 자료 송부', '회의 일정 확인', 'RE: 계약 서류 보완'])}

{P(b)} {R.choice(['주무관님', '님', '과장님'])}, 안녕하세요.
요청하신 자료 보내드립니다. {R.choice(['사업자등록증 사본의 번호는 ' + BRN() + '입니다.', '대표자 휴대전화는 ' + PH() + '입니다.', '입금 계좌는 ' + ' '.join(ACC()) + '입니다.'])}
감사합니다.
{P(a)} 드림 | {CO()} | {PH('landline')}"""


def t_chat():
    a, b = kname(), kname()
    bank, acc = ACC()
    return '메신저 대화', f"""[{P(a)}] 오후 2:14 팀장님 출장비 정산 계좌 알려드려요
[{P(a)}] 오후 2:14 {bank} {acc}
[{P(b)}] 오후 2:16 네 확인했어요. 법인카드 말고 개인카드 쓴 건 번호 알려줘요
[{P(a)}] 오후 2:17 {CC()} 이거요
[{P(b)}] 오후 2:20 ㅇㅋ 영수증은 {hn('docno', '#' + dg(6))}번 게시판에 올려 주세요"""


def t_transfer():
    a, b = kname(), kname(); b1, a1 = ACC(); b2, a2 = ACC()
    return '이체 확인증', f"""이체확인증
거래일시 {DATE()} {R.randint(9, 17)}:{R.randint(10, 59)}
출금계좌 {b1} {a1}  예금주 {P(a)}
입금은행 {b2}  입금계좌 {a2}
받는분 {P(b)}   이체금액 {AMT()}   수수료 {hn('amount', '0원')}
거래번호 {hn('tx_no', dg(12))}"""


def t_booking():
    rows = []
    for _ in range(R.randint(2, 5)):
        if R.random() < 0.5:
            c, lat, han, pp = FOR(); nm = M('P', lat); pv = PPF(pp, c)
        else:
            nm = M('P', R.choice(['KIM', 'LEE', 'PARK', 'YOON', 'HAN', 'SEO']) + '/' + R.choice(['JIWOO', 'MINJI', 'HYUNWOO', 'SOYEON', 'TAEHO'])); pv = PPK()
        rows.append(f"{nm}  {DOB((1955, 2015))}  {pv}")
    return '항공·숙박 예약', f"""단체 항공권 예약 명단 (예약번호 {hn('pnr', ''.join(R.choice(UP) for _ in range(6)))})
""" + '\n'.join(rows) + f"\n여행사 담당 {P()} {PH()}"


def t_visa_invite():
    c, lat, han, pp = FOR()
    return '출입국·체류 민원', f"""초청 사유서 (사증발급인정 신청)
피초청인: {M('P', han)} ({M('P', lat)}), 국적 {c}, 생년월일 {DOB((1975, 2003))}
여권번호: {PPF(pp, c)}
초청인: {CO()} 대표 {P()} (사업자등록번호 {BRN()}, 법인등록번호 {CRN()})
연락처: {PH('landline')}, {EM()}
초청 목적: {R.choice(['기술 연수', '계약 체결', '공장 설비 설치'])}
근거: {STAT()}"""


def t_dl_check():
    a = kname()
    return '운전면허 조회', f"""운전경력증명서 발급 내역
성명 {P(a)}  생년월일 {DOB((1950, 2004))}
면허번호 {DLm()}  면허종별 {R.choice(['1종 보통', '2종 보통', '1종 대형'])}
최초 취득일 {DATE(2010)}  적성검사 만료 {DATE(2030)}
발급기관 {hn('org', '도로교통공단')} / 문의 {IPHONE(rep=True)}"""


def t_checkup():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append(f"{P()}\t{DOB()}\t{HI()}\t{R.choice(['정상A', '정상B', '질환의심', '유질환자'])}")
    return '의료·보건 기록', "건강검진 결과 통보 대상자\n" + '\n'.join(rows) + f"\n{hn('org', '국민건강보험공단 ○○지사')} {IPHONE(rep=True)}"


def t_payroll():
    rows = []
    for _ in range(R.randint(3, 6)):
        bank, acc = ACC()
        rows.append(f"{P()} / {RRN('mask')} / {bank} {acc} / {hn('amount', '{:,}'.format(R.randint(150, 480) * 10000))}")
    return '급여 지급', f"{R.choice(['기간제 근로자', '공공근로 참여자', '방문강사'])} {R.randint(1, 12)}월 인건비 지급 명세\n" + '\n'.join(rows)


def t_police():
    a, b = kname(), kname()
    return '사고·사건 보고서', f"""112 신고 사건 처리표 ({hn('docno', '사건 ' + dg(10))})
신고 일시 {DATE()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}
신고자 {P(a)} ({PH()})
발생 장소 {AD()}
피해자 {P(b)}({R.randint(15, 85)}세) / 가해 차량 {CAR()}
처리: {R.choice(['현장 종결', '형사과 인계', '교통조사계 인계'])}  처리 경찰관 {R.choice(['경위', '경사', '순경'])} {P()}"""


def t_volunteer():
    rows = []
    sep = R.choice(['\t', ' │ ', '  '])
    for _ in range(R.randint(3, 6)):
        n = kname()
        rows.append(sep.join([P(n), DOB((1950, 2008)), PH(), EM(email_for(n))]))
    box = R.random() < 0.4
    body = '\n'.join(rows)
    if box:
        body = '┌──────────────────┐\n' + '\n'.join('│ ' + r for r in rows) + '\n└──────────────────┘'
    return '자원봉사 명단', f"{R.choice(['하천 정화', '무료 급식', '선거 투표 안내'])} 자원봉사자 명단\n" + body


def t_housing():
    a = kname(); bank, acc = ACC()
    return '복지·상담 기록', f"""주거급여 지급 결정 통지
{P(a)} 님 ({AD()})
1. 귀 가구의 주거급여 신청({DATE()})에 대해 지급을 결정하였습니다.
2. 지급액: 월 {AMT()} / 지급 계좌: {bank} {acc}
3. 근거: {STAT()}
4. 이의가 있으면 통지를 받은 날부터 90일 이내에 신청할 수 있습니다.
{OFFICE()} (담당 {P()} {M('PH', inst()[2] + '-' + dg(4), 'phone_direct')})"""


def t_scholar():
    rows = []
    for _ in range(R.randint(3, 6)):
        bank, acc = ACC()
        rows.append(f"{P()}, {hn('org', R.choice(['한빛고', '새솔고', '누리대학교', '가람대학교']))}, {bank}, {acc}")
    return '학교 기록', "2026학년도 지역 인재 장학금 지급 명단\n" + '\n'.join(rows) + f"\n(장학재단 {IPHONE(rep=True)})"


def t_rental():
    a = kname()
    return '차량·주차 기록', f"""렌터카 임대 계약 확인 (관용 대체차량)
임차인 {P(a)}  생년월일 {DOB((1960, 2000))}
운전면허 {DLm()}   연락처 {PH()}
차량번호 {CAR()}  대여 {DRANGE()}
결제 카드 {CC()}
임대사업자 {CO()} 사업자등록번호 {BRN()}"""


def t_ocr_id():
    OCR_ON[0] = True
    a = kname()
    txt = f"""주민등록증
{P(a)}
{RRN('valid')}
{AD()}
{DATE(2019)}
{hn('office', R.choice(['서울특별시 마포구청장', '경기도 수원시 팔달구청장', '부산광역시 해운대구청장']))}"""
    OCR_ON[0] = False
    return '신분증 사본(OCR)', ocr_text(txt)


def t_ocr_passport():
    OCR_ON[0] = True
    kor = R.random() < 0.5
    if kor:
        sn, gn = R.choice(['KIM', 'LEE', 'PARK', 'JEONG']), R.choice(['MINSEO', 'JUNHO', 'YEJIN', 'SEUNGWOO'])
        pv = PPK(R.choice(['old', 'new'])); nat = 'REPUBLIC OF KOREA'
    else:
        c, lat, han, pp = FOR(); sn, gn = lat.split(' ', 1); pv = PPF(pp, c); nat = c
    txt = f"""PASSPORT  여권
Type/종류 P   Passport No./여권번호 {pv}
{'Name/성명 ' + M('P', sn + ' ' + gn) if R.random() < 0.5 else 'Surname/성 ' + M('P', sn) + chr(10) + 'Given names/이름 ' + M('P', gn)}
Nationality/국적 {nat}
Date of birth/생년월일 {DOB()}
Date of issue/발급일 {DATE(2022)}"""
    OCR_ON[0] = False
    return '여권 사본(OCR)', ocr_text(txt)


def t_ocr_bankbook():
    OCR_ON[0] = True
    a = kname(); bank, acc = ACC()
    txt = f"""{bank} 통장 사본
계좌번호 {acc}
예금주 {P(a)}
신규일 {DATE(2018)}  {hn('branch', R.choice(['한빛지점', '새솔지점', '세종청사지점']))}
(제출자 {P(a)} / {PH()})"""
    OCR_ON[0] = False
    return '통장 사본(OCR)', ocr_text(txt)


def t_ocr_card():
    OCR_ON[0] = True
    txt = f"""카드 이용대금 명세서
회원명 {P()}
카드번호 {CC()}
결제계좌 {' '.join(ACC())}
결제일 {DATE()}  청구금액 {AMT()}"""
    OCR_ON[0] = False
    return '카드 명세서(OCR)', ocr_text(txt)


def t_ocr_foreigncard():
    OCR_ON[0] = True
    c, lat, han, pp = FOR()
    txt = f"""외국인등록증 RESIDENCE CARD
{FRN()}
{M('P', lat)}
{c}   {R.choice(['E-9', 'D-2', 'F-6', 'H-2', 'E-7'])}
여권번호 {PPF(pp, c)}
체류지 {AD()}
{DATE(2024)} {hn('office', '○○출입국·외국인사무소장')}"""
    OCR_ON[0] = False
    return '외국인등록증 사본(OCR)', ocr_text(txt)


def t_ocr_form():
    OCR_ON[0] = True
    a = kname(); bank, acc = ACC()
    txt = f"""보조금 교부 신청서
신청인: {P(a)}   주민등록번호: {RRN()}
연락처: {PH()}   건강보험증번호: {HI()}
계좌: {bank} {acc}
차량번호: {CAR()}   운전면허: {DLm()}
{DATE()}"""
    OCR_ON[0] = False
    return '신청서(OCR)', ocr_text(txt)


def t_budget_nopii():
    rows = '\n'.join(f"{R.choice(['인건비', '운영비', '여비', '업무추진비', '자산취득비'])}\t{AMT()}\t{AMT()}\t{R.randint(50, 100)}%" for _ in range(R.randint(3, 6)))
    return '공문', f"""{dept()} 예산 집행 현황 ({DATE()} 기준)
비목\t예산액\t집행액\t집행률
{rows}
※ 근거: {STAT()} / 문의 {IPHONE()}"""


def t_notice_nopii():
    i = inst()
    return '공고', f"""{hn('docno', i[0] + ' 공고 제2026-' + str(R.randint(10, 500)) + '호')}
{R.choice(['2026년 기간제 근로자 채용 공고', '공유재산 대부 입찰 공고', '도시계획시설 결정 열람 공고'])}
1. 접수 기간: {DRANGE()}
2. 접수 장소: {IADDR(i)} 민원실
3. 입찰 공고번호: {hn('docno', '2026' + dg(7) + '-00')}
4. 문의: {i[0]} {dept()} {IPHONE(i)}
{DATE()}
{OFFICE()}"""


def t_log_ipv6():
    lines = []
    for _ in range(R.randint(3, 6)):
        lines.append(f"{IPm()} - - [{R.randint(1, 28):02d}/Mar/2026:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0900] \"GET /minwon/view?id={hn('docno', dg(7))} HTTP/1.1\" 200 {R.randint(300, 9000)}")
    return '접속 로그', f"웹 서버 접근 로그 발췌 ({R.choice(['민원 포털', '정보공개 포털'])}) - 이상 접속 분석 대상\n" + '\n'.join(lines)


def t_sanction_table():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append(f"{P()}|{RRN(R.choice(['valid', 'mask', 'post']))}|{AD()}|{PH()}")
    return '표', R.choice(['', '', '기초연금 신규 수급자 현황\n']) + '\n'.join(rows)


def t_bidders():
    rows = []
    sep = R.choice([' | ', '\t', ' │ '])
    cos = R.sample(['(주)한빛엔지니어링', '㈜새솔정보기술', '주식회사 누리건설', '(주)도담산업', '가람테크 주식회사', '(유)청림푸드', '㈜별빛물류', '주식회사 다솜에듀', '(주)물빛환경', '한울소프트(주)'], 5)
    for k in range(R.randint(3, 5)):
        rows.append(sep.join([hn('company', cos[k]), P(), BRN(), CRN(), PH('landline')]))
    return '계약서', R.choice(['', '입찰 참가 업체 현황\n']) + '\n'.join(rows) + f"\n(공고 {hn('docno', '2026' + dg(7) + '-00')}, 개찰일 {DATE()})"


def t_dl_sanction():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append(f"{P()}  {DLm()}  {CAR()}  {hn('date', ymd(2025))}  {R.choice(['정지 40일', '취소', '정지 100일', '벌점 15점'])}")
    return '차량·주차 기록', "운전면허 행정처분 결정 대상자\n" + '\n'.join(rows) + "\n근거 " + hn('statute', '「도로교통법」 제93조')


def t_hi_list():
    rows = []
    for _ in range(R.randint(3, 5)):
        rows.append(f"{P()}, {RRN(R.choice(['mask', 'valid', 'post']))}, 건보 {HI()}, {R.choice(['취득', '상실', '피부양자 등록'])}")
    return '의료·보건 기록', f"직장가입자 자격 변동 신고 ({CO()})\n" + '\n'.join(rows) + f"\n공단 {IPHONE(rep=True)}"


def t_frn_list():
    rows = []
    for _ in range(R.randint(3, 5)):
        c, lat, han, pp = FOR(); bank, acc = ACC()
        rows.append(f"{M('P', R.choice([lat, han]))} ({c}) / {FRN(R.random() < 0.2)} / {PH()} / {bank} {acc}")
    return '외국인 고용', "외국인 주민 생활안정지원금 지급 명단\n" + '\n'.join(rows)


def t_ip_block():
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append(f"{IPm(R.choice(['pub', 'pub', 'priv', 'v6']))}\t{R.choice(['KR', 'CN', 'US', 'RU', 'VN'])}\t{R.randint(3, 900)}회\t{R.choice(['차단', '모니터링', '해제'])}")
    return '접속 로그', f"보안관제 일일 보고 ({DATE()})\n원격지 주소\t국가\t시도\t조치\n" + '\n'.join(rows) + f"\n신고 접수 {EM()} (담당 {P()})"


def t_card_prose():
    a = kname()
    return '민원 회신', f"""카드 이중 결제 환불 안내
{P(a)} 님, 지난 {DATE()} 체육시설 사용료를 결제하시면서 {R.choice(['카드', '신용카드'])}({CC()})로 같은 금액이 두 번 승인되었음을 확인하였습니다.
중복 승인된 {AMT()}은 카드사를 통해 취소 처리하였으며, 가족 명의 카드 {CC()}로 결제하신 건은 정상 결제로 유지됩니다.
문의: {dept()} {P()} {ttl()} ({M('PH', inst()[2] + '-' + dg(4), 'phone_direct')})"""


TEMPLATES = [
    (t_gongmun, 4), (t_press, 4), (t_press_nopii, 5), (t_news, 3), (t_minutes, 2), (t_transcript, 3), (t_judgment, 4), (t_adjud, 4),
    (t_civil_reply, 4), (t_civil_reply_nopii, 5), (t_audit, 3), (t_discipline, 5), (t_accident, 5), (t_personnel, 2), (t_trip, 10), (t_trip_order, 6),
    (t_contract, 6), (t_contract_sole, 4), (t_consent, 4), (t_application, 3), (t_immig, 7), (t_foreign_emp, 6), (t_welfare, 4), (t_medical, 4),
    (t_school, 2), (t_tax, 4), (t_tax_qa_nopii, 4), (t_deposit, 5), (t_auction, 4), (t_refund_list, 7), (t_card_refund, 13), (t_receipt, 6),
    (t_access_log, 5), (t_parcel, 2), (t_parking, 3), (t_fine, 3), (t_email, 3), (t_chat, 3), (t_transfer, 3), (t_booking, 8), (t_visa_invite, 4),
    (t_dl_check, 5), (t_checkup, 5), (t_payroll, 3), (t_police, 3), (t_volunteer, 2), (t_housing, 2), (t_scholar, 2), (t_rental, 4),
    (t_ocr_id, 4), (t_ocr_passport, 7), (t_ocr_bankbook, 4), (t_ocr_card, 5), (t_ocr_foreigncard, 5), (t_ocr_form, 5),
    (t_budget_nopii, 4), (t_notice_nopii, 5), (t_log_ipv6, 5), (t_sanction_table, 2),
    (t_bidders, 12), (t_dl_sanction, 10), (t_hi_list, 9), (t_frn_list, 8), (t_ip_block, 6), (t_card_prose, 8),
]


# ---------------------------------------------------------------- parsing
NUMERIC = {'KR_RRN', 'KR_FRN', 'KR_BRN', 'KR_CRN', 'CREDIT_CARD', 'KR_BANK_ACCOUNT', 'PHONE_NUMBER', 'KR_HEALTH_INSURANCE', 'KR_DRIVER_LICENSE'}
UHY = '‐‑–—－―'
HDIG = {'공': '0', '영': '0', '일': '1', '이': '2', '삼': '3', '사': '4', '오': '5', '육': '6', '륙': '6', '칠': '7', '팔': '8', '구': '9'}
CONFMAP = {'O': '0', 'o': '0', 'l': '1', 'I': '1', 'S': '5', 'B': '8'}
MASKC = '*●X○#x'


def auto_noise(t, v):
    tags = set()
    if any('\uff10' <= c <= '\uff19' for c in v):
        tags.add('fullwidth_digits')
    if any(c in UHY for c in v):
        tags.add('unicode_hyphen')
    if '\n' in v:
        tags.add('newline_in_number' if t in NUMERIC or t in ('KR_PASSPORT', 'KR_VEHICLE_PLATE', 'IP_ADDRESS') else 'wrapped')
    if t in NUMERIC:
        body = v
        if t == 'KR_DRIVER_LICENSE':
            body = re.sub(r'^[가-힣]{2}', '', v)
        if any(c in CONFMAP for c in body):
            tags.add('ocr_confusable')
        if any(c in HDIG for c in body):
            tags.add('hangul_digits')
    if t == 'PERSON' and re.fullmatch(r'[가-힣]( [가-힣]){1,3}', v):
        tags.add('spaced_name')
    if t == 'EMAIL_ADDRESS' and any('\uff01' <= c <= '\uff5e' for c in v):
        tags.add('fullwidth_chars')
    return tags


def norm_num(v, t):
    s = unicodedata.normalize('NFKC', v)
    for c in UHY:
        s = s.replace(c, '-')
    if t in NUMERIC:
        body_prefix = ''
        if t == 'KR_DRIVER_LICENSE':
            mm = re.match(r'^[가-힣]{2}', s)
            if mm:
                body_prefix, s = mm.group(0), s[2:]
        s = ''.join(HDIG.get(c, CONFMAP.get(c, c)) for c in s)
        s = body_prefix + s
    return re.sub(r'\s+', '', s)


def rrn_date(d6, g):
    cent = {'1': 1900, '2': 1900, '3': 2000, '4': 2000, '5': 1900, '6': 1900, '7': 2000, '8': 2000, '9': 1800, '0': 1800}[g]
    try:
        return datetime.date(cent + int(d6[:2]), int(d6[2:4]), int(d6[4:6]))
    except ValueError:
        return None


def infer_sub(t, v):
    n = norm_num(v, t)
    if t == 'KR_RRN':
        if any(c in n for c in MASKC):
            return 'rrn_masked'
        d = rrn_date(n[:6], n[7] if n[6] == '-' else n[6])
        return 'rrn_post2020' if d and d >= datetime.date(2020, 10, 1) else 'rrn_valid'
    if t == 'KR_FRN':
        return 'frn_masked' if any(c in n for c in MASKC) else 'frn_valid'
    if t == 'KR_PASSPORT':
        if '*' in n:
            return 'passport_masked'
        if re.fullmatch(r'[MSRGDO]\d{8}', n):
            return 'passport_kr_old'
        if re.fullmatch(r'[MSRGD]\d{3}[A-Z]\d{4}', n):
            return 'passport_kr_new'
        return 'passport_foreign'
    if t == 'CREDIT_CARD':
        d = re.sub(r'\D', '', n)
        b = ('amex' if d[:2] in ('34', '37') else 'visa' if d[:1] == '4' else 'master' if d[:1] in '25' else 'jcb' if d[:2] == '35' else
             'diners' if d[:2] == '36' else 'unionpay' if d[:2] == '62' else 'discover' if d[:4] == '6011' else 'bc' if d[:2] == '94' else 'local')
        return 'card_' + b + ('_masked' if any(c in n for c in MASKC) else '')
    if t == 'PHONE_NUMBER':
        if any(c in HDIG for c in v):
            return 'phone_hangul_digits'
        return 'phone_mobile' if re.match(r'(\+82-?)?0?1[016789]', n) else ('phone_070' if n.startswith('070') else 'phone_landline')
    if t == 'KR_BANK_ACCOUNT':
        if any(c in v for c in MASKC):
            return 'acct_masked'
        if any(c in HDIG for c in v):
            return 'acct_hangul_digits'
        return 'acct_bank' + ('_nosep' if re.fullmatch(r'\d+', n) and ' ' not in v else ('_spaced' if ' ' in v and '-' not in v else ''))
    if t == 'DATE_OF_BIRTH':
        s0 = unicodedata.normalize('NFKC', v)
        if '년' in s0:
            return 'dob_kor'
        if re.search(r'[A-Za-z]', s0):
            return 'dob_eng'
        if s0.startswith("'"):
            return 'dob_apos'
        if re.fullmatch(r'\d{4}-\d\d-\d\d', s0):
            return 'dob_iso'
        if '/' in s0:
            return 'dob_slash'
        if re.fullmatch(r'\d{6}', s0):
            return 'dob_six'
        if re.fullmatch(r'\d{8}', s0):
            return 'dob_eight'
        if re.fullmatch(r'\d\d\.\d\d\.\d\d', s0):
            return 'dob_short'
        return 'dob_dot_sp' if ' ' in s0 else 'dob_dot_nosp'
    if t == 'EMAIL_ADDRESS':
        return 'email'
    if t == 'IP_ADDRESS':
        if ':' in v:
            return 'ipv6'
        return 'ip_private' if re.match(r'(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)', v) else 'ip_public'
    if t == 'PERSON':
        return 'person_latin' if re.search(r'[A-Za-z]', v) else ('person_cjk' if re.search(r'[一-鿿]', v) else 'person_korean')
    if t == 'KR_BRN':
        return 'brn'
    if t == 'KR_CRN':
        return 'crn'
    if t == 'KR_DRIVER_LICENSE':
        if re.match(r'[가-힣]', v):
            return 'dl_name'
        return 'dl_spaced' if ' ' in v else ('dl_code' if '-' in n else 'dl_plain')
    if t == 'KR_HEALTH_INSURANCE':
        return 'hi_dash' if '-' in v else ('hi_spaced' if ' ' in v else 'hi_plain')
    if t == 'KR_VEHICLE_PLATE':
        if re.match(r'[가-힣]{2}', v):
            return 'plate_commercial' if re.search(r'\d[바사아자배]', v) else 'plate_region'
        if re.search(r'\d[허하호]', v):
            return 'plate_rental'
        if re.search(r'\d[바사아자배]', v):
            return 'plate_commercial'
        if ' ' not in v:
            return 'plate_nospace'
        return 'plate_3digit' if re.match(r'\d{3}', v) else 'plate_2digit'
    if t == 'KR_ADDRESS':
        return 'addr'
    return t.lower()


def parse(marked):
    parts, spans, hns = [], [], []
    pos = 0
    L = 0
    for mm in MARK_RE.finditer(marked):
        seg = marked[pos:mm.start()]
        parts.append(seg)
        L += len(seg)
        if mm.group(1) is not None:
            t = ALIAS[mm.group(1)]
            v = mm.group(4)
            noise = set(x for x in (mm.group(3) or '').split(',') if x) | auto_noise(t, v)
            spans.append({'start': L, 'end': L + len(v), 'type': t, 'subkind': mm.group(2) or infer_sub(t, v), 'noise': sorted(noise), 'value': v})
        else:
            v = mm.group(6)
            hns.append({'start': L, 'end': L + len(v), 'category': mm.group(5), 'text': v})
        parts.append(v)
        L += len(v)
        pos = mm.end()
    parts.append(marked[pos:])
    text = ''.join(parts)
    for c in '⟦⟧⟪⟫':
        assert c not in text, ('stray marker', text[:200])
    return text, spans, hns


# ---------------------------------------------------------------- validation
class VErr(Exception):
    pass


def parse_dob(s, sub):
    s0 = unicodedata.normalize('NFKC', s).strip()
    if sub == 'dob_hangul':
        return True
    mon = {'JAN': 1, 'FEB': 2, 'MAR': 3, 'APR': 4, 'MAY': 5, 'JUN': 6, 'JUL': 7, 'AUG': 8, 'SEP': 9, 'OCT': 10, 'NOV': 11, 'DEC': 12}
    mm = re.fullmatch(r'(\d{1,2})\s*([A-Za-z]{3})\s*(\d{4})', s0)
    m2 = re.fullmatch(r'(\d{2})([A-Z]{3})(\d{2})', s0)
    if mm:
        Y, M_, D = int(mm.group(3)), mon[mm.group(2).upper()], int(mm.group(1))
    elif m2:
        yy = int(m2.group(3))
        Y, M_, D = (2000 + yy if yy <= 26 else 1900 + yy), mon[m2.group(2)], int(m2.group(1))
    else:
        nums = re.findall(r'\d+', s0)
        if len(nums) == 1 and len(nums[0]) == 8:
            Y, M_, D = int(nums[0][:4]), int(nums[0][4:6]), int(nums[0][6:])
        elif len(nums) == 1 and len(nums[0]) == 6:
            Y, M_, D = 1900 + int(nums[0][:2]), int(nums[0][2:4]), int(nums[0][4:])
        elif len(nums) == 3:
            a, b, c = nums
            if len(a) == 4:
                Y, M_, D = int(a), int(b), int(c)
            elif len(c) == 4:
                Y, M_, D = int(c), int(a), int(b)  # MM/DD/YYYY
                if M_ > 12:
                    M_, D = D, M_
            else:
                Y, M_, D = 1900 + int(a), int(b), int(c)
        else:
            raise VErr('dob unparsable ' + s)
    try:
        datetime.date(Y, M_, D)
    except ValueError:
        raise VErr('dob invalid ' + s)
    return True


def check_value(sp):
    t, v, sub = sp['type'], sp['value'], sp['subkind']
    n = norm_num(v, t)
    d = re.sub(r'\D', '', n)
    if v != v.strip() or not v:
        raise VErr('edge ws')
    if '|' in v or v[-1] in ',;:' or v[0] in ',;:':
        raise VErr('stray char in value ' + v)
    if t in ('KR_RRN', 'KR_FRN'):
        mm = re.fullmatch(r'(\d{6})-?([0-9])([0-9*●X○x]{6})', n)
        if not mm:
            raise VErr('rrn shape ' + v)
        dt = rrn_date(mm.group(1), mm.group(2))
        if dt is None:
            raise VErr('rrn date ' + v)
        g = mm.group(2)
        masked = any(c in MASKC for c in mm.group(3))
        if t == 'KR_RRN' and g not in '1234':
            raise VErr('rrn gender ' + v)
        if t == 'KR_FRN' and g not in '5678':
            raise VErr('frn gender ' + v)
        if masked:
            if sum(c in MASKC for c in mm.group(3)) != 6:
                raise VErr('mask count ' + v)
            return
        body = mm.group(1) + g + mm.group(3)
        if t == 'KR_FRN':
            if frn_check(body[:12]) != int(body[12]):
                raise VErr('frn check ' + v)
            return
        ok = rrn_check(body[:12]) == int(body[12])
        if sub == 'rrn_post2020':
            if ok or dt < datetime.date(2020, 10, 1) or g not in '34':
                raise VErr('post2020 ' + v)
        elif not ok or dt >= datetime.date(2020, 10, 1):
            raise VErr('rrn check ' + v)
    elif t == 'KR_BRN':
        if len(d) != 10 or not brn_ok(d):
            raise VErr('brn ' + v)
    elif t == 'KR_CRN':
        if len(d) != 13 or not crn_ok(d):
            raise VErr('crn ' + v)
    elif t == 'CREDIT_CARD':
        if any(c in n for c in MASKC):
            if not 14 <= len(re.sub(r'[-]', '', n)) <= 16 or len(d) < 8:
                raise VErr('masked card ' + v)
        elif not (14 <= len(d) <= 16 and luhn_ok(d)) or re.search(r'[^\d-]', n):
            raise VErr('card ' + v)
    elif t == 'PHONE_NUMBER':
        dd = ('0' + d[2:]) if n.startswith('+82') else d
        if not (9 <= len(dd) <= 11 and dd[0] == '0') or re.search(r'[^\d\-.)+]', n):
            raise VErr('phone ' + v)
    elif t == 'EMAIL_ADDRESS':
        if not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', n):
            raise VErr('email ' + v)
    elif t == 'IP_ADDRESS':
        if ':' in n:
            if not re.fullmatch(r'[0-9a-fA-F:]+', n):
                raise VErr('ipv6 ' + v)
        else:
            p = n.split('.')
            if len(p) != 4 or not all(x.isdigit() and int(x) <= 255 for x in p):
                raise VErr('ip ' + v)
    elif t == 'KR_PASSPORT':
        nn = re.sub(r'\s', '', unicodedata.normalize('NFKC', v))
        if not re.fullmatch(r'[A-Za-z0-9*]{7,10}', nn) or sum(c.isdigit() for c in nn) < 1:
            raise VErr('passport ' + v)
    elif t == 'KR_DRIVER_LICENSE':
        if not re.fullmatch(r'[가-힣]{2}\d{2}-?\d{6}-?\d{2}|\d{2}-?\d{2}-?\d{6}-?\d{2}', n):
            raise VErr('dl ' + v)
    elif t == 'KR_VEHICLE_PLATE':
        if not re.fullmatch(r'([가-힣]{2})?\d{2,3}[가-힣]\d{4}', n):
            raise VErr('plate ' + v)
    elif t == 'KR_HEALTH_INSURANCE':
        if len(d) != 11 or re.search(r'[^\d-]', n):
            raise VErr('hi ' + v)
    elif t == 'KR_BANK_ACCOUNT':
        if any(c in n for c in MASKC):
            if not (10 <= len(re.sub('-', '', n)) <= 16 and len(d) >= 6) or re.search(r'[^\d*●X#-]', n):
                raise VErr('masked acct ' + v)
        elif not 10 <= len(d) <= 16 or re.search(r'[^\d-]', n):
            raise VErr('acct ' + v)
    elif t == 'DATE_OF_BIRTH':
        parse_dob(v, sub)
    elif t == 'KR_ADDRESS':
        if not re.search(r'\d', v) or not re.search(r'(로|길|동|리|읍|면|가)\s*\d', v) or v[0] in '(（' or v.endswith(')'):
            raise VErr('addr ' + v)
    elif t == 'PERSON':
        if not re.fullmatch(r"[가-힣一-鿿A-Za-z .\-/'\n]+", v):
            raise VErr('person chars ' + v)
        if re.search(r'\d|○|\*', v) or v in BAD_NAMES or re.search(r'(씨|님|귀하|주무관|사무관|과장|장관|위원|팀장)$', v):
            raise VErr('person ' + v)


SUSPECT = [
    ('mobile', re.compile(r'(?<![\d])01[016789][-.\s]?\d{3,4}[-.\s]?\d{4}(?!\d)')),
    ('landline', re.compile(r'(?<![\d])0\d{1,2}[-.)]\s?\d{3,4}[-.]\d{4}(?!\d)')),
    ('repnum', re.compile(r'(?<![\d-])1[5-9]\d\d-\d{4}(?!\d)')),
    ('email', re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')),
    ('rrn', re.compile(r'(?<!\d)\d{6}\s?-\s?[\d*●X]{7}(?!\d)')),
    ('card', re.compile(r'(?<!\d)\d{4}([-\s]?)\d{4}\1\d{4}\1\d{4}(?!\d)')),
    ('amex', re.compile(r'(?<!\d)3[47]\d\d[-\s]?\d{6}[-\s]?\d{5}(?!\d)')),
    ('ip', re.compile(r'(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])')),
    ('passport', re.compile(r'(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{7,8}|[MSRGD]\d{3}[A-Z]\d{4}|P\d{7}[A-Z])(?![A-Za-z0-9])')),
    ('plate', re.compile(r'(?<!\d)\d{2,3}\s?[' + PLATE_H + '바사아자배허하호]\s?\d{4}(?!\d)')),
    ('longnum', re.compile(r'(?<![\d-])\d(?:\d|-(?=\d)){9,}(?![\d-])')),
    ('spacednum', re.compile(r'(?<!\d)\d{3,6}(?: \d{3,7}){2,}(?!\d)')),
    ('dob_saeng', re.compile(r'\d{2,4}[.\-년]\s?\d{1,2}[.\-월]\s?\d{1,2}일?\.?\s?생')),
]


def validate_record(rec, meta, all_names):
    text, spans = rec['text'], rec['spans']
    errs = []
    prev = -1
    for sp, ms in zip(spans, meta['spans']):
        if not (0 <= sp['start'] < sp['end'] <= len(text)):
            errs.append('bounds')
        if sp['start'] < prev:
            errs.append('overlap/unsorted %r' % ms['value'])
        prev = sp['end']
        if text[sp['start']:sp['end']] != ms['value']:
            errs.append('value mismatch')
        if sp['type'] not in TYPES:
            errs.append('type')
        try:
            check_value(dict(ms, type=sp['type']))
        except VErr as e:
            errs.append(str(e))
    for h in meta['hard_negatives']:
        for sp in spans:
            if h['start'] < sp['end'] and sp['start'] < h['end']:
                errs.append('hn overlaps span %r' % h['text'])
    covered = [False] * len(text)
    for sp in spans:
        for k in range(sp['start'], sp['end']):
            covered[k] = True
    # every other occurrence of a labelled value is labelled
    for ms in meta['spans']:
        v = ms['value']
        if len(v) < 2:
            continue
        for mm in re.finditer(re.escape(v), text, re.I if re.search('[A-Za-z]', v) and ms['type'] == 'PERSON' else 0):
            if not any(covered[mm.start():mm.end()]):
                errs.append('unlabelled repeat %r' % v)
    # suspicious strings outside spans and tagged hard negatives
    masked = list(text)
    for sp in spans:
        for k in range(sp['start'], sp['end']):
            masked[k] = '\x00'
    for h in meta['hard_negatives']:
        for k in range(h['start'], h['end']):
            masked[k] = '\x00'
    mt = unicodedata.normalize('NFKC', ''.join(masked))
    for name, rx in SUSPECT:
        for mm in rx.finditer(mt):
            if name == 'longnum' and sum(c.isdigit() for c in mm.group(0)) < 10:
                continue
            errs.append('suspect %s %r' % (name, mm.group(0)))
    for nm in all_names:
        i = mt.find(nm)
        if i >= 0:
            errs.append('unlabelled known name %r' % nm)
    return errs


# ---------------------------------------------------------------- build
def build():
    sys.dont_write_bytecode = True
    import handwritten
    recs = []
    for k, d in enumerate(handwritten.DOCS):
        genre, marked = d[0], d[1]
        opts = d[2] if len(d) > 2 else {}
        text, spans, hns = parse(marked)
        ocr = bool(opts.get('ocr')) or any(s['noise'] for s in spans)
        recs.append({'template': 'hw_%03d' % (k + 1), 'genre': genre, 'handwritten': True, 'ocr': ocr, 'text': text, 'spans': spans, 'hard_negatives': hns})
    for f, cnt in TEMPLATES:
        for _ in range(cnt):
            rerender = 'ocr' not in f.__name__ and R.random() < 0.12
            OCR_ON[0] = rerender
            genre, marked = f()
            OCR_ON[0] = False
            if rerender:
                marked = ocr_text(marked)
            text, spans, hns = parse(marked)
            recs.append({'template': f.__name__, 'genre': genre, 'handwritten': False, 'ocr': rerender or 'OCR' in genre or any(s['noise'] for s in spans),
                         'text': text, 'spans': spans, 'hard_negatives': hns})
    R.shuffle(recs)
    out, meta = [], []
    for i, r in enumerate(recs):
        rid = 'pii_bl-%04d' % (i + 1)
        out.append({'id': rid, 'text': r['text'], 'spans': [{'start': s['start'], 'end': s['end'], 'type': s['type']} for s in r['spans']], 'genre': r['genre']})
        meta.append({'id': rid, 'template': r['template'], 'genre': r['genre'], 'handwritten': r['handwritten'], 'ocr': r['ocr'],
                     'spans': [{'start': s['start'], 'end': s['end'], 'type': s['type'], 'subkind': s['subkind'], 'noise': s['noise'], 'value': s['value']} for s in r['spans']],
                     'hard_negatives': r['hard_negatives']})
    return out, meta


def validate_all(out, meta):
    names = set()
    for ms in meta:
        for s in ms['spans']:
            if s['type'] == 'PERSON' and len(s['value']) >= 3 and re.fullmatch(r'[가-힣]+', s['value']):
                names.add(s['value'])
    names = sorted(names)
    bad = 0
    for rec, ms in zip(out, meta):
        assert rec['id'] == ms['id']
        errs = validate_record(rec, ms, names)
        if errs:
            bad += 1
            print('INVALID', rec['id'], ms['template'], errs[:6], file=sys.stderr)
    return bad


def stats(out, meta):
    st = {'records': len(out), 'handwritten_records': sum(m_['handwritten'] for m_ in meta), 'template_records': sum(not m_['handwritten'] for m_ in meta),
          'templates': len(set(m_['template'] for m_ in meta if not m_['handwritten'])), 'ocr_records': sum(m_['ocr'] for m_ in meta),
          'no_pii_records': sum(1 for r in out if not r['spans']), 'spans': sum(len(r['spans']) for r in out)}
    st['records_by_genre'] = dict(sorted(Counter(r['genre'] for r in out).items(), key=lambda x: -x[1]))
    st['no_pii_by_genre'] = dict(Counter(r['genre'] for r in out if not r['spans']))
    st['spans_by_type'] = dict(sorted(Counter(s['type'] for r in out for s in r['spans']).items()))
    st['spans_by_type_handwritten'] = dict(sorted(Counter(s['type'] for m_ in meta if m_['handwritten'] for s in m_['spans']).items()))
    st['spans_by_subkind'] = {t: dict(sorted(Counter(s['subkind'] for m_ in meta for s in m_['spans'] if s['type'] == t).items())) for t in TYPES}
    st['noise_tags'] = dict(sorted(Counter(n for m_ in meta for s in m_['spans'] for n in s['noise']).items()))
    st['noisy_spans'] = sum(1 for m_ in meta for s in m_['spans'] if s['noise'])
    st['hard_negatives_by_category'] = dict(sorted(Counter(h['category'] for m_ in meta for h in m_['hard_negatives']).items(), key=lambda x: -x[1]))
    st['hard_negatives'] = sum(len(m_['hard_negatives']) for m_ in meta)
    return st


def main():
    out, meta = build()
    bad = validate_all(out, meta)
    if bad:
        print('%d invalid records' % bad, file=sys.stderr)
        sys.exit(1)
    st = stats(out, meta)
    # composition targets of the brief
    need = dict({t: 80 for t in TYPES}, KR_PASSPORT=150, CREDIT_CARD=120, DATE_OF_BIRTH=120, KR_BANK_ACCOUNT=150)
    for t, k in need.items():
        assert st['spans_by_type'].get(t, 0) >= k, (t, st['spans_by_type'].get(t, 0), k)
    assert st['records'] >= 400 and st['handwritten_records'] >= 150 and st['templates'] >= 40
    assert 0.08 <= st['no_pii_records'] / st['records'] <= 0.14
    with open(os.path.join(HERE, 'pii_bl.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'pii_bl.meta.jsonl'), 'w', encoding='utf-8') as f:
        for r in meta:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'stats.json'), 'w', encoding='utf-8') as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write('\n')
    # re-read and validate
    out2 = [json.loads(l) for l in open(os.path.join(HERE, 'pii_bl.jsonl'), encoding='utf-8')]
    meta2 = [json.loads(l) for l in open(os.path.join(HERE, 'pii_bl.meta.jsonl'), encoding='utf-8')]
    assert out2 == out and meta2 == meta
    for r in out2:
        assert set(r) == {'id', 'text', 'spans', 'genre'}
        for s in r['spans']:
            assert set(s) == {'start', 'end', 'type'}
            assert not r['text'][s['start']].isspace() and not r['text'][s['end'] - 1].isspace()
    assert validate_all(out2, meta2) == 0
    assert stats(out2, meta2) == st
    print(json.dumps({k: st[k] for k in ('records', 'handwritten_records', 'template_records', 'templates', 'ocr_records', 'no_pii_records', 'spans')}, ensure_ascii=False))
    print(json.dumps(st['spans_by_type'], ensure_ascii=False))


if __name__ == '__main__':
    main()
