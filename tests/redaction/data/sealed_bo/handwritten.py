"""Hand-written documents for pii_bo.

Each document is written by hand as a literal string. Markers:
  ⟦TYPE:value⟧          gold span (TYPE one of the 16 labels). An optional '#tag,tag' after TYPE adds noise tags.
  ⟪category:text⟫       tagged hard negative (not PII, but looks like it).
In KR_RRN / KR_FRN / KR_BRN / KR_CRN / CREDIT_CARD values a '?' stands for the check digit,
which make_set.py fills in so that the checksum (or Luhn) is valid; '!' (RRN only) is filled with a
digit that makes the checksum INVALID (post-Oct-2020 numbers have no check digit).
Everything here is invented.
"""
DOCS = []


def H(genre, src, ocr=False):
    DOCS.append((genre, ocr, src))


# 1
H("공문", """○○시 복지정책과
수신  ⟦PERSON:구연희⟧ 님 (⟦KR_ADDRESS:○○시 늘봄로 41, 2층⟧)
제목  긴급복지 생계지원 결정 통지

1. 귀하의 신청(⟪date_not_birth:2026. 2. 9.⟫ 접수)에 대하여 「⟪statute:긴급복지지원법」 제9조⟫에 따라 지원을 결정하였습니다.
2. 지원금 ⟪amount:1,833,000원⟫은 신청하신 계좌(⟦KR_BANK_ACCOUNT:3333-07-5582190⟧, 카카오뱅크)로 입금됩니다.

⟪office_title:○○시장⟫
주무관 ⟦PERSON:탁재윤⟧  팀장 ⟦PERSON:변소희⟧  과장 전결
시행 ⟪doc_number:복지정책과-3381⟫  (⟪date_not_birth:2026. 2. 13.⟫)
전화 ⟦PHONE_NUMBER:031-868-2245⟧  전송 ⟦PHONE_NUMBER:031-868-2290⟧  ⟪inst_address:○○시 시청로 1⟫  민원콜 ⟪inst_phone:120⟫""")

# 2
H("보도자료", """[보도자료] 전통시장 화재공제 가입 1만 곳 돌파
배포 ⟪date_not_birth:2026.3.4.(수)⟫ 조간

⟪office_title:중소벤처기업부장관⟫은 4일 서울 망원시장을 찾아 공제 가입 상인들과 간담회를 했다.
30년째 건어물 가게를 운영하는 ⟦PERSON:봉귀남⟧(71)씨는 "작년 겨울 옆 점포 불로 마음을 졸였는데 이젠 한결 든든하다"고 말했다.
청년상인 ⟦PERSON:모예린⟧ 대표는 "가입 절차를 모바일로 끝냈다"며 웃었다.

담당: 전통시장육성과 서기관 ⟦PERSON:채도경⟧ (⟦PHONE_NUMBER:044-204-7731⟧), 사무관 ⟦PERSON:어형준⟧ (⟦PHONE_NUMBER:044-204-7735⟧)""")

# 3
H("뉴스", """⟦PERSON:황보승연⟧ 씨가 처음 체납 통지를 받은 것은 지난해 봄이었다. 아파트 관리비와 전기요금이 밀리면서 독촉장이 쌓였고, 결국 주민센터 복지팀 ⟦PERSON:원희정⟧ 주무관이 직접 집을 찾았다. ⟦PERSON:황보승연⟧ 씨는 "누가 문을 두드려 준 것만으로도 버틸 힘이 났다"고 했다. 구청은 이런 사례를 모아 ⟪date_not_birth:다음 달⟫ 발표할 예정이다.""")

# 4
H("회의록", """2026년 제1회 외국인주민 지원협의회 회의록

참석자(가나다순): ⟦PERSON:간볼드 바트에르덴⟧(몽골 공동체 대표), ⟦PERSON:남궁지안⟧ 위원, ⟦PERSON:Siti NURHALIZA⟧ 위원, ⟦PERSON:표석진⟧ 위원장
간사: ⟪office_title:외국인주민과장⟫

⟦PERSON:표석진⟧: 통번역 지원 예산 집행 현황부터 보고해 주십시오.
간사: 1분기 집행률은 41%입니다.
⟦PERSON:Siti NURHALIZA⟧: 인도네시아어 상담은 평일 저녁에도 가능했으면 합니다.
⟦PERSON:남궁지안⟧: 같은 의견입니다. 상담 대기 시간도 공개했으면 좋겠습니다.
⟦PERSON:표석진⟧: 다음 회의는 ⟪date_not_birth:6월 11일⟫로 하겠습니다.""")

# 5
H("판결문", """수원지방법원
판      결
사      건   ⟪case_number:2025구단71842⟫ 자동차운전면허취소처분취소
원      고   ⟪placeholder_person:A⟫
피      고   ⟪office_title:경기남부경찰청장⟫
판 결 선 고   ⟪date_not_birth:2026. 1. 22.⟫

이      유
원고는 ⟪date_not_birth:2025. 6. 3.⟫ 혈중알코올농도 0.081% 상태로 승용차를 운전하였다. 원고 소유 차량의 등록번호와 면허번호는 개인정보이므로 별지에 기재하지 않는다. 피고의 처분은 「⟪statute:도로교통법」 제93조 제1항 제1호⟫에 근거한 것으로 적법하다.

판사  ⟦PERSON:육채윤⟧""")

# 6
H("출입국", """사증발급인정서 신청 보완 요청

신청인  ⟦PERSON:NGUYEN THI LAN⟧ (베트남)
여권번호  ⟦KR_PASSPORT:C4419027⟧
생년월일  ⟦DATE_OF_BIRTH:14/07/1996⟧
초청인  ⟦PERSON:오동수⟧ (배우자, 주민등록번호 ⟦KR_RRN:810227-115831?⟧)
초청인 주소 ⟦KR_ADDRESS:전남 순천시 미리내로 19번길 7⟧

보완 서류: 혼인관계증명서(상세), 초청인 소득 증빙
제출 기한: ⟪date_not_birth:2026. 4. 30.⟫
⟪office_title:광주출입국·외국인사무소장⟫""")

# 7
H("지급목록", """[재난지원금 오지급 환수 대상]
⟦PERSON:기태윤⟧	⟦DATE_OF_BIRTH:880419⟧	NH농협	⟦KR_BANK_ACCOUNT:302-4417-9920-81⟧	⟪amount:250,000⟫
⟦PERSON:설은채⟧	⟦DATE_OF_BIRTH:950103⟧	신한	⟦KR_BANK_ACCOUNT:110-392-018834⟧	⟪amount:250,000⟫
⟦PERSON:금상훈⟧	⟦DATE_OF_BIRTH:640928⟧	우체국	⟦KR_BANK_ACCOUNT:013384-02-117705⟧	⟪amount:500,000⟫
⟦PERSON:인도현⟧	⟦DATE_OF_BIRTH:011230⟧	토스뱅크	⟦KR_BANK_ACCOUNT:1000-5521-3307⟧	⟪amount:250,000⟫""")

# 8
H("접속로그", """Mar 03 02:14:55 gw01 sshd[22817]: Failed password for invalid user admin from ⟦IP_ADDRESS:118.41.203.77⟧ port 51022 ssh2
Mar 03 02:14:58 gw01 sshd[22817]: Failed password for invalid user admin from ⟦IP_ADDRESS:118.41.203.77⟧ port 51022 ssh2
Mar 03 02:15:40 gw01 sshd[22901]: Accepted publickey for ⟪user_id:deploy⟫ from ⟦IP_ADDRESS:10.20.4.31⟧ port 40112
Mar 03 02:16:02 gw01 kernel: [UFW BLOCK] SRC=⟦IP_ADDRESS:185.220.101.45⟧ DST=⟪ip_internal_server:10.20.0.1⟫ PROTO=TCP""")

# 9
H("계약서", """물품 구매 계약서

구매자(갑): ⟪office_title:○○교육지원청 교육장⟫
공급자(을): ⟪company_name:(주)솔빛디자인⟫
  대표이사 ⟦PERSON:제갈하람⟧
  사업자등록번호 ⟦KR_BRN:305-81-4420?⟧
  법인등록번호 ⟦KR_CRN:160111-021458?⟧
  주소 ⟦KR_ADDRESS:대전광역시 유성구 가온대로 388, 5층 503호⟧
  연락처 ⟦PHONE_NUMBER:042-862-1170⟧ / ⟦EMAIL_ADDRESS:sales@solbit-design.co.kr⟧

제3조(대금지급) 갑은 검수 후 14일 이내에 을의 계좌(IBK기업은행 ⟦KR_BANK_ACCOUNT:527-044193-01-018⟧, 예금주 ⟪company_name:(주)솔빛디자인⟫)로 지급한다.""")

# 10
H("동의서", """개인정보 제3자 제공 동의서 (작성 예시)

성    명: ⟪placeholder_person:홍길동⟫
생년월일: ⟪placeholder_dob:0000. 00. 00.⟫
연 락 처: ⟪placeholder_phone:010-0000-0000⟫

※ 위 예시를 참고하여 뒷면에 작성하십시오. 제공받는 자: ⟪company_name:(주)가람정보⟫, 보유기간: 1년""")

# 11
H("의료기록", """응급실 내원 기록 (간호)
pt: ⟦PERSON:사공소율⟧ (F/6) — 접수 시 이름만 "소율"로 입력되어 정정
DOB ⟦DATE_OF_BIRTH:2019-11-02⟧ / 보험 ⟦KR_HEALTH_INSURANCE:72100493817⟧
보호자 모 ⟦PERSON:사공은영⟧ ⟦PHONE_NUMBER:010-4471-0936⟧
22:40 고열 39.2℃, 해열제 투여
23:15 ⟪office_title:당직의⟫ 진찰 후 귀가""")

# 12
H("택배우편", """[반송 우편물 목록 - 주소불명]
등기번호 ⟪receipt_number:6071-2231-8845⟫  ⟦PERSON:진원희⟧  ⟦KR_ADDRESS:부산시 사하구 해오름로 52-3⟧
등기번호 ⟪receipt_number:6071-2231-8846⟫  ⟦PERSON:명규환⟧  ⟦KR_ADDRESS:부산 금정구 청솔로 7, 301호⟧
등기번호 ⟪receipt_number:6071-2231-8851⟫  ⟪company_name:동백산업(주)⟫  ⟦KR_ADDRESS:부산광역시 동래구 참샘길 110 3층⟧""")

# 13
H("차량주차", """주차위반 과태료 의견진술 검토

차량번호: ⟦KR_VEHICLE_PLATE:157러 3308⟧
소유자: ⟦PERSON:빈재석⟧
진술 요지: 당시 차량은 ⟦PERSON:빈재석⟧이 아니라 아들 ⟦PERSON:빈우진⟧이 운전했다고 주장
검토: 「⟪statute:질서위반행위규제법」 제16조⟫에 따른 의견 제출로 보기 어려움 → 원안 부과
과태료 ⟪amount:40,000원⟫, 가상계좌 ⟦KR_BANK_ACCOUNT:5621-0394-827716⟧(우리은행)""")

# 14
H("이메일", """보낸사람: "⟦PERSON:Carlos MENDOZA⟧" <⟦EMAIL_ADDRESS:c.mendoza.pe@gmail.com⟧>
받는사람: <⟪inst_email:foreign-help@korea.kr⟫>
제목: 외국인등록증 재발급 문의

안녕하세요. 저는 페루 국적 ⟦PERSON:카를로스 멘도사⟧입니다. 지갑을 잃어버려서 외국인등록증(⟦KR_FRN:910604-561203?⟧)을 다시 받고 싶습니다. 여권번호는 ⟦KR_PASSPORT:118405972⟧입니다. 전화는 ⟦PHONE_NUMBER:010 5582 0417⟧입니다.""")

# 15
H("영수증", """영 수 증 (공급받는자용)
상호 ⟪company_name:으뜸인쇄⟫   대표 ⟦PERSON:추영길⟧
등록번호 ⟦KR_BRN:617-12-3305?⟧
⟦KR_ADDRESS:경남 김해시 들꽃길 23⟧  T.⟦PHONE_NUMBER:055-338-4016⟧
────────────────────
현수막 3EA        ⟪amount:156,000⟫
부가세              ⟪amount:15,600⟫
────────────────────
신용 ⟦CREDIT_CARD:9410-61**-****-2250⟧
승인 ⟪approval_number:30018821⟫  ⟪date_not_birth:26/03/17 14:02⟫""")

# 16 (no PII)
H("공문", """⟪office_title:행정안전부장관⟫
수신  각 시·도지사(자치행정과장)
제목  「⟪statute:주민등록법 시행령」 제47조⟫ 개정에 따른 업무 처리 지침 알림

1. 관련: ⟪doc_number:주민과-2817⟫(⟪date_not_birth:2026. 1. 9.⟫)
2. 주민등록증 재발급 시 본인 확인 절차를 강화하니 업무에 참고하시기 바랍니다.
   가. 적용일: ⟪date_not_birth:2026. 3. 1.⟫
   나. 서식 예시의 ⟪placeholder_person:홍길동⟫, ⟪placeholder_id:000000-0000000⟫ 표기는 그대로 둘 것
붙임  개정 서식 1부.  끝.""")

# 17
H("징계", """감사 결과 징계 요구 대상자

1. ⟪office_title:○○군 건설과장⟫ (4급) — 관리감독 소홀, 훈계
2. 시설6급 ⟦PERSON:두봉석⟧ — 설계변경 부당 처리, 경징계
3. 시설7급 ⟦PERSON:감혜숙⟧ — 준공검사 부적정, 경징계
※ 업체 측 현장대리인 ⟪masked_name:김○○⟫은 수사 의뢰""")

# 18
H("출입국", """외국인 근로자 출국만기보험 지급 신청 접수

성명  ⟦PERSON:Ram Bahadur THAPA⟧ / ⟦PERSON:람 바하두르 타파⟧
국적  네팔
여권  ⟦KR_PASSPORT:PA1093381⟧ (구여권 ⟦KR_PASSPORT:09817745⟧)
외국인등록번호  ⟦KR_FRN:870312-571209?⟧
지급 계좌  KEB하나은행 ⟦KR_BANK_ACCOUNT:391-910224-81207⟧
출국 예정  ⟪date_not_birth:2026. 5. 2.⟫ 인천공항""")

# 19
H("복지상담", """상담일지 ⟪date_not_birth:2026-01-14⟫
⟦PERSON:옥자⟧ 할머니(본명 ⟦PERSON:길옥자⟧, ⟦DATE_OF_BIRTH:1941. 8. 15.⟧생)는 혼자 사신다. 아들 ⟦PERSON:길무열⟧ 씨와는 연락이 끊겼다고 함.
이웃 주민 ⟦PERSON:편보영⟧ 님(⟦PHONE_NUMBER:010-9370-2281⟧)이 매일 안부 확인 중.
기초연금 수급 중, 통장은 농협 ⟦KR_BANK_ACCOUNT:352-0817-4493-13⟧ 사용.""")

# 20
H("학교기록", """가정통신문 회신서 (현장체험학습 참가 동의)

학생: 3학년 2반 ⟦PERSON:염시온⟧
보호자: ⟦PERSON:염철민⟧ (관계: 부)
보호자 연락처: ⟦PHONE_NUMBER:공일공-칠칠팔삼-이일오사⟧ (보호자가 한글로 적음)
비상연락: ⟦PHONE_NUMBER:010-2283-5510⟧
알레르기: 땅콩""")

# 21
H("지급목록", """체육센터 수강료 환불 명세 (카드취소)
┌──────┬──────────────────────┬──────────┐
│ ⟦PERSON:선우다빈⟧ │ ⟦CREDIT_CARD:4673 1290 5512 804?⟧ │ ⟪amount:66,000⟫ │
│ ⟦PERSON:마한솔⟧   │ ⟦CREDIT_CARD:5433-8820-1746-339?⟧ │ ⟪amount:42,000⟫ │
│ ⟦PERSON:위세영⟧   │ ⟦CREDIT_CARD:3782-114930-7720?⟧   │ ⟪amount:88,000⟫ │
│ ⟦PERSON:탁보람⟧   │ ⟦CREDIT_CARD:3569 0021 4478 551?⟧ │ ⟪amount:30,000⟫ │
└──────┴──────────────────────┴──────────┘""")

# 22
H("민원", """(민원 원문, 맞춤법 그대로)
안녕하세요 저는 ⟦KR_ADDRESS:노원구 별빛로 77 한빛아파트 104동 1102호⟧ 사는 ⟦PERSON:두은지⟧라고 합니다. 지난주에 구청 사이트에서 과태료를 카드로 냈는데 두번 빠져나갔어요. 카드번호는 ⟦CREDIT_CARD:4105 8830 2291 776?⟧이고요 ⟪date_not_birth:3월 8일⟫ 결제입니다. 환불해주세요. 제 번호는 ⟦PHONE_NUMBER:01048820173⟧입니다.""")

# 23
H("계약서", """공동수급 협정서(요약)

대표사: ⟪company_name:주식회사 다온건설⟫ (법인등록번호 ⟦KR_CRN:134511-007293?⟧, 대표이사 ⟦PERSON:국하린⟧) 지분 60%
구성사: ⟪company_name:(유)새빛환경⟫ (법인등록번호 ⟦KR_CRN:284171-000528?⟧, 대표이사 ⟦PERSON:태규리⟧) 지분 40%
사업자등록번호: 다온건설 ⟦KR_BRN:124-86-7719?⟧ / 새빛환경 ⟦KR_BRN:312-88-0045?⟧
공고번호 ⟪doc_number:R26BK01458833-00⟫""")

# 24
H("인사발령", """인  사  발  령

◇ 승진
  행정사무관  ⟦PERSON:왕지오⟧  (現 민원여권과)
◇ 전보
  행정주사    ⟦PERSON:현채원⟧  세무과 → 재난안전과
  전산주사보  ⟦PERSON:함덕희⟧  정보통신과 → 민원여권과
◇ 육아휴직
  행정주사보  ⟦PERSON:엄하늘⟧  ⟪date_not_birth:2026. 3. 1.⟫ ~ ⟪date_not_birth:2027. 2. 28.⟫

⟪date_not_birth:2026. 2. 27.⟫
⟪office_title:○○구청장⟫""")

# 25
H("국외출장", """국외출장 결과보고
출장자: 국제협력팀장 ⟦PERSON:허보영⟧, 주무관 ⟦PERSON:이담⟧
기간: ⟪date_not_birth:2026. 2. 16.~2. 21.⟫ / 방문국: 독일, 네덜란드

※ 정산용 여권 사본 번호
  ⟦PERSON:허보영⟧  ⟦KR_PASSPORT:M482K1039⟧
  ⟦PERSON:이담⟧    ⟦KR_PASSPORT:M90117734⟧ (구형, 만료 전)
현지 협력관 ⟦PERSON:Jean-Pierre MARTIN⟧ (⟦EMAIL_ADDRESS:jp.martin@fr-liaison.eu⟧)""")

# 26
H("세무", """부가가치세 경정청구 처리 결과

청구인: ⟦PERSON:곽도윤⟧ (상호: ⟪company_name:꽃마루식당⟫)
사업자등록번호: ⟦KR_BRN:211-09-8823?⟧
주민등록번호: ⟦KR_RRN:760914-1●●●●●●⟧ (뒷자리 가림 제출)
환급 계좌: 수협은행 ⟦KR_BANK_ACCOUNT:101-62-118830⟧
결과: 일부 인용, 환급세액 ⟪amount:412,300원⟫""")

# 27
H("뉴스", """교통사고를 내고 달아난 운전자가 사흘 만에 붙잡혔다. ○○경찰서는 ⟦KR_VEHICLE_PLATE:서울 38저 1174⟧ 승용차를 몰다 보행자를 치고 도주한 혐의로 ⟪masked_name:A(44)씨⟫를 입건했다고 밝혔다. 피해자 ⟦PERSON:봉희정⟧(52)씨는 다리를 다쳐 치료 중이다. 경찰은 차량 번호판 일부(⟪partial_plate:38저⟫)만 찍힌 CCTV를 분석해 차량을 특정했다.""")

# 28
H("녹취록", """[통화 녹취 요약 - ⟪date_not_birth:2026.03.02⟫ 15:11]
상담사: 본인 맞으세요?
고객: 네 ⟦PERSON:편규환⟧이요. 생년월일은 ⟦DATE_OF_BIRTH:79년 5월 6일⟧이고요.
상담사: 등록된 번호 끝자리가 어떻게 되세요?
고객: ⟦PHONE_NUMBER:공일공 삼삼구일 칠칠공이⟧요.
상담사: 확인됐습니다. 카드 뒤 네 자리도 말씀해 주세요.
고객: 8812요.""")

# 29
H("출입국", """[체류지 변경 신고 접수증]
접수번호 ⟪receipt_number:2026-0341-118842⟫
성명 ⟦PERSON:WANG XIAOMING⟧ (⟦PERSON:왕샤오밍⟧)
외국인등록번호 ⟦KR_FRN:９３０２１７－６１４２０７?⟧
여권번호 ⟦KR_PASSPORT:E８８１０２５４７⟧
신 체류지 ⟦KR_ADDRESS:인천광역시 연수구 푸른숲길 204, 1108호⟧
전 체류지 ⟦KR_ADDRESS:인천 남동구 모래내로 61⟧""", ocr=True)

# 30
H("접속로그", """2026-02-27T09:12:44+09:00 INFO  login ok   uid=⟪user_id:u20417⟫ ip=⟦IP_ADDRESS:211.36.142.9⟧ ua="Mozilla/5.0" ver=⟪version:10.0.19045.3803⟫
2026-02-27T09:13:02+09:00 WARN  bulk export uid=⟪user_id:u20417⟫ ip=⟦IP_ADDRESS:211.36.142.9⟧ rows=3120
2026-02-27T09:20:31+09:00 INFO  login ok   uid=⟪user_id:u11873⟫ ip=⟦IP_ADDRESS:2001:2d8:e912:4a1::3b⟧
2026-02-27T09:21:10+09:00 ERROR mail send fail to=⟦EMAIL_ADDRESS:hyejin.bae@nate.com⟧""")

# 31
H("회의록", """학교운영위원회 회의록(발췌)

○ 위원장 ⟦PERSON:추희정⟧: 급식 업체 변경 건을 상정합니다.
○ 학부모위원 ⟦PERSON:성민준⟧: 새 업체 ⟪company_name:(주)해든푸드⟫의 위생 점검 결과를 공유해 주세요.
○ 행정실장: 점검 결과는 적합입니다. 업체 대표 ⟦PERSON:나덕희⟧ 씨 연락처는 행정실에 있습니다.
○ 교원위원 ⟦PERSON:연승우⟧: 찬성합니다.
○ 위원장: 원안대로 가결되었음을 선포합니다.""")

# 32
H("감사보고서", """[감사 지적 사항 3] 여비 부당 수령

⟪office_title:○○시 총무과장⟫은 직원 ⟦PERSON:주형준⟧(행정7급)이 ⟪date_not_birth:2025. 9.~11.⟫ 관외출장 14회를 허위로 신청하여 ⟪amount:812,000원⟫을 수령한 사실을 확인하지 못하였다.
⟦PERSON:주형준⟧은 여비를 본인 명의 계좌(국민 ⟦KR_BANK_ACCOUNT:477501-01-338216⟧)가 아닌 배우자 ⟦PERSON:제희정⟧ 명의 계좌(케이뱅크 ⟦KR_BANK_ACCOUNT:100-148-552093⟧)로 받았다.""")

# 33
H("의료기록", """예방접종 이상반응 신고
피접종자 ⟦PERSON:남궁로운⟧  ⟦DATE_OF_BIRTH:2023년 12월 30일⟧생
주민등록번호 ⟦KR_RRN:231230-412345!⟧
보호자 ⟦PERSON:남궁태식⟧ ⟦PHONE_NUMBER:010-6624-1093⟧
백신 로트번호 ⟪lot_number:KR24A0113⟫, 접종기관 ⟪company_name:튼튼소아청소년과의원⟫
증상: 접종 2시간 후 두드러기""")

# 34
H("차량주차", """거주자우선주차 배정 결과(○○동)
구획  차량번호        성명
A-01  ⟦KR_VEHICLE_PLATE:12다 7781⟧      ⟦PERSON:용준서⟧
A-02  ⟦KR_VEHICLE_PLATE:231보 4410⟧     ⟦PERSON:경태윤⟧
A-03  ⟦KR_VEHICLE_PLATE:경기 81바 2207⟧ ⟪company_name:바른카센터⟫
A-04  ⟦KR_VEHICLE_PLATE:388호9021⟧      ⟦PERSON:목은채⟧ (렌트)""")

# 35
H("메신저", """[오후 3:41] ⟦PERSON:반하람⟧: 과장님 아까 말씀하신 업체 대표 번호요 ⟦PHONE_NUMBER:010.7731.2264⟧
[오후 3:42] ⟦PERSON:석지유⟧ 과장: 고마워요. 법인번호도 있나?
[오후 3:44] ⟦PERSON:반하람⟧: ⟦KR_CRN:110111-733904?⟧ 입니다 ⟪company_name:(주)미리내소프트⟫
[오후 3:44] ⟦PERSON:석지유⟧ 과장: 👍""")

# 36 (no PII)
H("판결문", """서울행정법원 제3부
사  건  ⟪case_number:2025구합58812⟫ 정보공개거부처분취소
원  고  ⟪placeholder_person:A 주식회사⟫
피  고  ⟪office_title:국토교통부장관⟫

주  문
1. 피고가 ⟪date_not_birth:2025. 4. 17.⟫ 원고에게 한 정보공개거부처분 중 별지 목록 기재 정보에 관한 부분을 취소한다.
2. 원고의 나머지 청구를 기각한다.

이  유
「⟪statute:공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호⟫는 개인에 관한 사항을 비공개대상으로 정한다. 다만 공무원의 성명·직위는 공개 대상이다(같은 호 라목).""")

# 37
H("복지상담", """사례회의 안건 ③
대상: ⟦PERSON:하 윤 서⟧ (만 15세, 위탁 가정)
생년월일: ⟦DATE_OF_BIRTH:2010.10.07.⟧
위탁모 ⟦PERSON:좌명숙⟧ 씨 연락처 ⟦PHONE_NUMBER:010-2390-4471⟧
학교 담임 ⟦PERSON:온석진⟧ 교사 의견: 결석 잦음
후원금 계좌(아동 명의) 새마을금고 ⟦KR_BANK_ACCOUNT:9002-1938-4410-7⟧""")

# 38
H("이체확인", """이체결과 조회

출금계좌   SC제일 ⟦KR_BANK_ACCOUNT:612-20-448190⟧
입금계좌   부산은행 ⟦KR_BANK_ACCOUNT:112-2091-4472-05⟧
받는분     ⟦PERSON:배윤아⟧
보낸분표시  ⟪masked_name:박*호⟫
금액       ⟪amount:₩1,200,000⟫
메모       3월 월세""")

# 39
H("외국인고용", """외국인근로자 숙소 점검표(○○농장)
성명 | 국적 | 외국인등록번호 | 여권번호
⟦PERSON:SOMCHAI PRASERT⟧ | 태국 | ⟦KR_FRN:880721-531208?⟧ | ⟦KR_PASSPORT:AA4419302⟧
⟦PERSON:Sokha CHAN⟧ | 캄보디아 | ⟦KR_FRN:990114-502211?⟧ | ⟦KR_PASSPORT:N0918827⟧
⟦PERSON:Rahim UDDIN⟧ | 방글라데시 | ⟦KR_FRN:020305-714409?⟧ | ⟦KR_PASSPORT:EB0551873⟧
점검자: 고용센터 ⟦PERSON:왕재원⟧ 주무관""")

# 40
H("세무", """체납처분에 의한 예금 압류 통지

체납자  ⟦PERSON:염도현⟧ (⟦KR_RRN:650823-103871?⟧)
주  소  ⟦KR_ADDRESS:충청남도 천안시 서북구 다온길 18-4⟧
압류 대상  ⟪company_name:○○새마을금고⟫ 예금 ⟦KR_BANK_ACCOUNT:9002-2271-0834-6⟧
체납액  ⟪amount:3,418,220원⟫ (⟪tax_code:지방소득세 2024년 귀속⟫)
근거  「⟪statute:지방세징수법」 제33조⟫
⟪office_title:천안시장⟫""")

# 41
H("사고보고서", """산업재해 발생 보고(1보)
일시: ⟪date_not_birth:2026.2.11⟫ 10:20
장소: ⟪company_name:(주)청솔엔지니어링⟫ 아산공장 (⟦KR_ADDRESS:충남 아산시 느티나무로 240⟧)
재해자: ⟦PERSON:아크말 율다셰프⟧(우즈베키스탄, 32세) / 외국인등록번호 ⟦KR_FRN:940110-501322?⟧
상해: 오른손 손가락 골절, ⟪company_name:아산연세병원⟫ 이송
보고자: 안전관리자 ⟦PERSON:변상훈⟧ ⟦PHONE_NUMBER:041-544-2087⟧ / ⟦PHONE_NUMBER:010-8823-0671⟧""")

# 42
H("국외출장", """공무국외출장 심사 의견
(출장자 명단은 별첨, 여권번호는 비공개 처리)
1. 출장 목적이 연수 성격으로, 유사 출장(⟪doc_number:국제협력과-1121⟫)과 중복됨
2. 경비 ⟪amount:17,400,000원⟫ 중 관광성 일정 비용 제외 필요
3. 심사위원: ⟦PERSON:금무열⟧(위원장), ⟦PERSON:도시우⟧, ⟦PERSON:Emily JOHNSON⟧(외부위원)""")

# 43
H("동의서", """[서명본 스캔]
개인정보 수집·이용 동의서

성명: ⟦PERSON:최 서 진⟧
생년월일: ⟦DATE_OF_BIRTH:1992. O4. 17.⟧
휴대전화: ⟦PHONE_NUMBER:Ol0-5518-2O93⟧
이메일: ⟦EMAIL_ADDRESS:seojin.choi92@gmail.com⟧
□ 동의하지 않음  ■ 동의함      ⟪date_not_birth:2026. 3. 9.⟫   ⟦PERSON:최서진⟧ (인)""", ocr=True)

# 44
H("보도자료", """보도해명자료
「○○구, 주차단속 공무원 개인정보 유출」 기사 관련

□ 언론 보도 내용
 ○ 구청 단속 공무원이 민원인의 휴대전화 번호를 외부에 유출했다는 보도
□ 해명
 ○ 유출된 번호는 민원인이 게시판에 스스로 공개한 것이며, 담당자는 ⟪office_title:교통지도과장⟫에게 즉시 보고함
□ 문의: 교통지도과 ⟪office_title:주정차단속팀장⟫ ⟦PERSON:노경태⟧ (⟦PHONE_NUMBER:02-2600-4431⟧)""")

# 45
H("차량주차", """[공영주차장 출입 기록]
IN  ⟪date_not_birth:03-14 07:52⟫  ⟦KR_VEHICLE_PLATE:47우1182⟧   정기권
IN  ⟪date_not_birth:03-14 08:03⟫  ⟦KR_VEHICLE_PLATE:152너 6602⟧  일반
OUT ⟪date_not_birth:03-14 08:40⟫  ⟦KR_VEHICLE_PLATE:47우1182⟧   정기권
IN  ⟪date_not_birth:03-14 09:15⟫  ⟪official_vehicle:229무 1045⟫   관용(면제)
OUT ⟪date_not_birth:03-14 11:27⟫  ⟦KR_VEHICLE_PLATE:152너 6602⟧  ⟪amount:3,500원⟫ ⟦CREDIT_CARD:5210-73**-****-1186⟧""")

# 46
H("경매공탁", """공탁통지서
공탁번호 ⟪case_number:2026년 금제1183호⟫
피공탁자  ⟦PERSON:온보영⟧  ⟦KR_ADDRESS:경북 포항시 북구 솔바람길 33⟧
공탁자    ⟪company_name:(주)한결테크⟫ (법인등록번호 ⟦KR_CRN:171111-013385?⟧)
공탁금    ⟪amount:7,450,000원⟫
공탁원인  임대차보증금 반환(수령 거절)
법원 ⟪office_title:대구지방법원 포항지원 공탁관⟫""")

# 47
H("학교기록", """학적 정정 신청 (담임 확인)
학생 ⟦PERSON:좌아린⟧  주민등록번호 ⟦KR_RRN:170320-4******⟧
정정 전 생년월일 ⟦DATE_OF_BIRTH:2017. 3. 2.⟧ → 정정 후 ⟦DATE_OF_BIRTH:2017. 3. 20.⟧
보호자 ⟦PERSON:좌경태⟧ 제출, 가족관계증명서 첨부""")

# 48
H("택배우편", """[배송조회]
운송장번호  ⟪receipt_number:5520 1847 3391⟫
보내는분    ⟪institution_name:○○구청 민원여권과⟫
받는분      ⟦PERSON:엄준호⟧ ⟦PHONE_NUMBER:010-****-5521⟧
주소        ⟦KR_ADDRESS:경기도 용인시 수지구 은행정로 12번길 8, 203동 404호⟧
상태        배송완료 (문 앞)""")

# 49
H("뉴스", """"아버지가 남긴 통장이 있는 줄도 몰랐어요." ⟦PERSON:맹가람⟧(38)씨는 구청의 휴면예금 찾아주기 안내문을 받고 깜짝 놀랐다. 돌아가신 아버지 ⟦PERSON:맹상철⟧씨 명의로 된 예금이 ⟪amount:420만원⟫ 남아 있었다. 구청 민원과 ⟦PERSON:엄재희⟧ 주무관은 "상속인 조회 서비스를 이용하면 한 번에 확인할 수 있다"고 설명했다.""")

# 50
H("지급목록", """[증권계좌 배당금 미수령 안내 대상]
⟦PERSON:하동현⟧  미래에셋증권 ⟦KR_BANK_ACCOUNT:512-884017-12⟧
⟦PERSON:신은영⟧  한국투자증권 ⟦KR_BANK_ACCOUNT:81027745-01⟧
⟦PERSON:어혜린⟧  키움증권 ⟦KR_BANK_ACCOUNT:5318-2290⟧
⟦PERSON:차봉석⟧  삼성증권 ⟦KR_BANK_ACCOUNT:7100-4471-0358⟧""")

# 51
H("운전면허", """운전면허 행정처분 결정 통지
성  명: ⟦PERSON:독고준서⟧
면허번호: ⟦KR_DRIVER_LICENSE:서울 09-338102-71⟧
생년월일: ⟦DATE_OF_BIRTH:1987-02-11⟧
처분내용: 면허정지 100일 (⟪date_not_birth:2026. 4. 1.⟫부터)
사    유: 벌점 누산(40점 이상)
⟪office_title:서울특별시경찰청장⟫""")

# 52
H("운전면허", """[렌터카 대여 계약서 - 운전자 정보]
제1운전자  ⟦PERSON:길해진⟧  면허 ⟦KR_DRIVER_LICENSE:13-17-552091-30⟧  ☎ ⟦PHONE_NUMBER:010-3319-7720⟧
제2운전자  ⟦PERSON:John Michael SMITH⟧  국제운전면허 ⟪foreign_license_number:IDP 0042817⟫ / 여권 ⟦KR_PASSPORT:561203398⟧
대여차량   ⟦KR_VEHICLE_PLATE:101하 2255⟧ (렌터카)
결제카드   ⟦CREDIT_CARD:4000 1234 5678 901?⟧""")

# 53
H("운전면허", """면허증 재발급 신청 내역(OCR 추출)
성명 ⟦PERSON:차 규 리⟧
면허번호 ⟦KR_DRIVER_LICENSE:２８－２１－０４４８１７－６２⟧
주소 ⟦KR_ADDRESS:경기 파주시 구름다리길 15⟧
사유 분실""", ocr=True)

# 54
H("운전면허", """통학버스 운전자 자격 확인 결과
운전자              면허번호               결과
⟦PERSON:형찬영⟧    ⟦KR_DRIVER_LICENSE:15-03-118204-11⟧      적합
⟦PERSON:사혜숙⟧    ⟦KR_DRIVER_LICENSE:160681299340⟧         적합 (숫자만 기재됨)
⟦PERSON:모재석⟧    ⟦KR_DRIVER_LICENSE:대구 12-447001-05⟧    안전교육 미이수""")

# 55
H("사고보고서", """교통사고 사실확인원
사고일시 ⟪date_not_birth:2026-01-30 18:20⟫
가해차량 ⟦KR_VEHICLE_PLATE:62모 5580⟧ 운전자 ⟦PERSON:표다솜⟧ (면허 ⟦KR_DRIVER_LICENSE:경북 15-220934-88⟧)
피해차량 ⟦KR_VEHICLE_PLATE:부산 33루 9012⟧ 운전자 ⟦PERSON:구슬기⟧ (면허 ⟦KR_DRIVER_LICENSE:12-11-903345-20⟧)
보험사 접수 ⟪receipt_number:26-0130-558812⟫
발급 ⟪office_title:○○경찰서장⟫""")

# 56
H("출입국", """출국정지 해제 통보
대상자: ⟦PERSON:응우옌 반 훙⟧(⟦PERSON:NGUYEN VAN HUNG⟧)
여권번호: ⟦KR_PASSPORT:B7713092⟧ / 외국인등록번호: ⟦KR_FRN:900201-5******⟧
사유: 체불임금 소송 종결(⟪case_number:2025가소308812⟫)
⟪office_title:법무부장관⟫""")

# 57
H("외국인고용", """E-9 근로자 사업장 변경 신청서 (고용센터 접수분)
1. 근로자: ⟦PERSON:Aziz KARIMOV⟧, 우즈베키스탄
   외국인등록번호 ⟦KR_FRN:950909-573011?⟧ / 여권 ⟦KR_PASSPORT:FA2290183⟧
   건강보험 ⟦KR_HEALTH_INSURANCE:8-1029384756⟧
2. 현 사업장: ⟪company_name:누리물산(주)⟫ (사업자 ⟦KR_BRN:402-81-3370?⟧)
3. 변경 사유: 임금체불 2개월
4. 연락처: ⟦PHONE_NUMBER:010-2804-6619⟧""")

# 58
H("계약서", """[임대차 계약서 요약]
임대인  ⟦PERSON:국영미⟧ (⟦KR_RRN:580417-2●●●●●●⟧)
임차인  ⟦PERSON:설태현⟧ (⟦KR_RRN:930802-1●●●●●●⟧)
목적물  ⟦KR_ADDRESS:서울특별시 관악구 미리내로 9번길 22, 302호⟧
보증금  ⟪amount:금 오천만원정(₩50,000,000)⟫
월  세  ⟪amount:450,000원⟫, 매월 25일 임대인 계좌(하나 ⟦KR_BANK_ACCOUNT:247-910338-14507⟧)로 입금""")

# 59
H("민원", """국민신문고 민원 회신
민원인 ⟦PERSON:Olga PETROVA⟧ 님
귀하께서 질의하신 외국인 건강보험 피부양자 등록은 체류자격 F-6인 경우 가능합니다. 귀하의 건강보험증 번호(⟦KR_HEALTH_INSURANCE:51802993714⟧) 기준으로 배우자 ⟦PERSON:진상훈⟧ 님의 직장가입자 자격에 등록되었습니다.
담당 ⟪office_title:국민건강보험공단 ○○지사 자격부과부장⟫ / 콜센터 ⟪inst_phone:1577-1000⟫""")

# 60
H("의료기록", """[병동 인수인계]
701호 ⟦PERSON:온경희⟧ (F/82) ⟦DATE_OF_BIRTH:43.05.19⟧ 보험 ⟦KR_HEALTH_INSURANCE:30294817760⟧ — 낙상주의, 보호자 딸 ⟦PHONE_NUMBER:010-7458-3301⟧
702호 ⟦PERSON:목광수⟧ (M/67) ⟦DATE_OF_BIRTH:58.12.01⟧ 보험 ⟦KR_HEALTH_INSURANCE:11928475630⟧ — 금식
703호 공실""")

# 61
H("카드분실", """분실물 신고 접수(유실물센터)
신고인 ⟦PERSON:진해진⟧ ⟦PHONE_NUMBER:010-9044-1378⟧
분실물 카드지갑(갈색) — 신용카드 2매
  ① ⟦CREDIT_CARD:5521 9904 3318 207?⟧ (마스터)
  ② ⟦CREDIT_CARD:6250 9411 7302 558?⟧ (은련)
분실 장소 지하철 2호선 객차 내
※ 카드사 분실신고 완료 여부: 완료(⟪date_not_birth:02.21⟫)""")

# 62
H("영수증", """*** 무인민원발급기 수수료 결제 ***
결제수단  신용
카드번호  ⟦CREDIT_CARD:4882-21XX-XXXX-7714⟧
승인번호  ⟪approval_number:71820044⟫
금액      ⟪amount:1,000원⟫
발급기    ⟪device_id:KIOSK-0312⟫ (⟪inst_address:○○구청 1층 민원실⟫)""")

# 63
H("지급목록", """[외국인 관광객 부가세 환급 오류 정정 리스트]
No  Name                 Passport      Card
01  ⟦PERSON:TANAKA HIROSHI⟧       ⟦KR_PASSPORT:TK4410928⟧     ⟦CREDIT_CARD:3530 1122 4490 718?⟧
02  ⟦PERSON:LIU NA⟧               ⟦KR_PASSPORT:EA1192038⟧     ⟦CREDIT_CARD:6212 3450 0918 223?⟧
03  ⟦PERSON:Emily JOHNSON⟧        ⟦KR_PASSPORT:548812093⟧     ⟦CREDIT_CARD:4147 2093 8810 552?⟧
04  ⟦PERSON:Priya SHARMA⟧         ⟦KR_PASSPORT:Z4419023⟧      ⟦CREDIT_CARD:3714 496353 9843?⟧""")

# 63-1
H("메신저", """[카톡 대화 캡처 - 사기 피해 신고 첨부]
상대방: 엄마 나 폰 액정 깨져서 이 번호로 연락해
상대방: 급하게 결제할 게 있는데 엄마 카드 사진 좀 찍어 보내줘
나: ⟦CREDIT_CARD:9430-2218-0035-771?⟧ 이거 맞니?
상대방: 뒷면 CVC도
나: ⟪cvc:312⟫
(피해자 ⟦PERSON:방순자⟧, 신고 접수 ⟪date_not_birth:2026. 2. 3.⟫)""")

# 64
H("뉴스", """중고거래 사기 일당 검거…피해자 120명
경찰에 따르면 총책 ⟪masked_name:B(29)씨⟫ 등은 중고거래 앱에 가짜 판매글을 올린 뒤 대포통장으로 돈을 받아 가로챘다. 피해자 ⟦PERSON:원다은⟧(31)씨는 "판매자가 보낸 신분증 사진까지 믿었다"고 말했다. 경찰은 닉네임만 남은 피해자들의 신원을 확인 중이다.""")

# 65
H("계약서", """[법인 인감증명 발급 대장]
발급일자      법인명               법인등록번호       신청인(대리인)
⟪date_not_birth:2026-03-02⟫   ⟪company_name:(주)한결테크⟫       ⟦KR_CRN:110111-588201?⟧   ⟦PERSON:구도경⟧
⟪date_not_birth:2026-03-02⟫   ⟪company_name:동백산업(주)⟫       ⟦KR_CRN:180111-029437?⟧   ⟦PERSON:옥윤아⟧
⟪date_not_birth:2026-03-03⟫   ⟪company_name:(주)청솔엔지니어링⟫ ⟦KR_CRN:131111-044016?⟧   ⟦PERSON:태한결⟧""")

# 66
H("세무", """법인세 신고 안내문 반송분 재발송 목록
· ⟪company_name:(주)미리내소프트⟫ / ⟦KR_CRN:110111-733904?⟧ / ⟦KR_BRN:220-87-5501?⟧ / 대표 ⟦PERSON:권지민⟧
· ⟪company_name:주식회사 가람정보⟫ / ⟦KR_CRN:134811-040021?⟧ / ⟦KR_BRN:129-86-2288?⟧ / 대표 ⟦PERSON:성아린⟧
재발송 주소는 등기부상 본점 주소로 함.""")

# 67
H("공문", """⟪company_name:주식회사 다온건설⟫
수신  ⟪office_title:○○시장(건축과장)⟫
제목  착공신고 서류 보완 제출

1. 귀 시 ⟪doc_number:건축과-4471⟫(⟪date_not_birth:2026. 3. 2.⟫)와 관련입니다.
2. 현장대리인 변경에 따라 아래와 같이 보완 서류를 제출합니다.
  - 변경 전: ⟦PERSON:하상훈⟧ (건축기사)
  - 변경 후: ⟦PERSON:민보람⟧ (건축기사, ⟦PHONE_NUMBER:010-3108-4429⟧)
붙임  경력증명서 1부.  끝.

주식회사 다온건설 대표이사 ⟦PERSON:국하린⟧
법인등록번호 ⟦KR_CRN:134511-007293?⟧  ⟦KR_ADDRESS:경기도 화성시 큰마을로 71⟧  ☎ ⟦PHONE_NUMBER:031-8059-2210⟧""")

# 68
H("접속로그", """# fail2ban.log (발췌)
2026-03-10 04:01:13,771 fail2ban.actions [812]: NOTICE [sshd] Ban ⟦IP_ADDRESS:45.148.10.77⟧
2026-03-10 04:11:40,102 fail2ban.actions [812]: NOTICE [sshd] Ban ⟦IP_ADDRESS:103.99.0.122⟧
2026-03-10 05:02:55,913 fail2ban.actions [812]: NOTICE [nginx-limit] Ban ⟦IP_ADDRESS:223.38.17.204⟧
2026-03-10 05:12:55,914 fail2ban.actions [812]: NOTICE [sshd] Unban ⟦IP_ADDRESS:45.148.10.77⟧""")

# 69
H("접속로그", """개인정보 열람 기록 소명 요청
⟪date_not_birth:2026.02.03⟫ 21:47 사번 ⟪user_id:E10442⟫ (⟦PERSON:왕경태⟧ 주무관)이 집 주소 조회 화면에서 ⟦PERSON:허옥순⟧ 님 정보를 3회 열람함.
접속 단말 IP: ⟦IP_ADDRESS:172.20.14.88⟧ (민원실 3번 창구 PC)
소명 기한 ⟪date_not_birth:2월 10일⟫까지.""")

# 70
H("이메일", """-----Original Message-----
From: ⟦PERSON:Nurlan ABENOV⟧ <⟦EMAIL_ADDRESS:nurlan.abenov@mail.kz⟧>
Sent: Tuesday, March 3, 2026 11:02 AM
To: 유학생지원센터 <⟪inst_email:intl@univ.ac.kr⟫>
Subject: RE: D-2 visa extension

Dear Ms. ⟦PERSON:Jung⟧,
My passport number is ⟦KR_PASSPORT:N12093344⟧ and my ARC number is ⟦KR_FRN:010506-711028?⟧. My date of birth is ⟦DATE_OF_BIRTH:May 6, 2001⟧.
Best regards,
⟦PERSON:Nurlan⟧""")

# 71
H("출입국", """[외국인 체류 실태 조사 결과표]
연번	성명	국적	외국인등록번호	체류자격	비고
1	⟦PERSON:TRAN THI MAI⟧	베트남	⟦KR_FRN:980322-612904?⟧	F-6	정상
2	⟦PERSON:CHEN JIAYI⟧	중국	⟦KR_FRN:020811-821306?⟧	D-2	주소 미신고
3	⟦PERSON:Bat-Erdene GANBOLD⟧	몽골	⟦KR_FRN:850606-517301?⟧	E-9	정상
4	⟦PERSON:Maria Santos DELA CRUZ⟧	필리핀	⟦KR_FRN:791130-608409?⟧	F-5	정상""")

# 72
H("출입국", """외국인등록증 발급 대장(수기 장부 OCR)
⟦PERSON:PHAM THI THU HA⟧ ⟦KR_FRN:960 214-6238 01?⟧
⟦PERSON:Ahmed HASSAN⟧ ⟦KR_FRN:881O19-5410 12?⟧
⟦PERSON:Dmitri IVANOV⟧ ⟦KR_FRN:770801-
51020 6?⟧""", ocr=True)

# 73
H("복지상담", """다문화가족 방문교육 신청서
결혼이민자  ⟦PERSON:쩐 티 마이⟧  (외국인등록번호 ⟦KR_FRN:990417-621045?⟧)
배우자      ⟦PERSON:도영호⟧  (주민등록번호 ⟦KR_RRN:760115-121033?⟧)
자녀        ⟦PERSON:도하린⟧  (⟦DATE_OF_BIRTH:2021. 11. 3.⟧생, 주민등록번호 ⟦KR_RRN:211103-412345!⟧)
주소        ⟦KR_ADDRESS:전북 익산시 매봉산로 27⟧""")

# 74
H("민원", """외국인 주민 생활 민원 상담 기록
상담 언어: 러시아어(통역 ⟦PERSON:올가 페트로바⟧)
민원인: ⟦PERSON:누를란 아베노프⟧, 카자흐스탄, 외국인등록번호 ⟦KR_FRN:000702-701923?⟧
내용: 집주인 ⟦PERSON:사공병철⟧ 씨가 보증금 ⟪amount:300만원⟫을 돌려주지 않음 → 대한법률구조공단(⟪inst_phone:132⟫) 연계""")

# 75
H("건강보험", """건강보험 지역가입자 보험료 조정 신청
세대주: ⟦PERSON:손명진⟧   증번호 ⟦KR_HEALTH_INSURANCE:40219938842⟧
세대원: ⟦PERSON:손가람⟧ (⟦DATE_OF_BIRTH:2004. 6. 2.⟧) / ⟦PERSON:이옥자⟧ (모)
조정 사유: 폐업(⟪date_not_birth:2026. 1. 31.⟫), 사업자등록번호 ⟦KR_BRN:135-23-4471?⟧
⟪office_title:국민건강보험공단 ○○지사장⟫""")

# 76
H("건강보험", """[요양급여 부당청구 조사 대상 환자 목록 일부]
⟦PERSON:탁순자⟧ ⟦KR_HEALTH_INSURANCE:62001847391⟧ 물리치료 48회
⟦PERSON:국말순⟧ ⟦KR_HEALTH_INSURANCE:6-2001847392⟧ 물리치료 51회
⟦PERSON:함춘자⟧ ⟦KR_HEALTH_INSURANCE:62O0l847393⟧ 물리치료 47회 (스캔본 판독 불량)""", ocr=True)

# 77 (no PII)
H("회의록", """제14차 정보공개심의회 회의 결과

1. 일시: ⟪date_not_birth:2026. 3. 5.(목) 15:00⟫
2. 안건: 「2025년 공무국외출장 결과보고서」 공개 여부
3. 결과: 부분공개
  - 출장자의 성명·직위: 공개(공무원의 직무수행 관련 정보)
  - 출장자의 여권번호·생년월일·휴대전화: 비공개(「⟪statute:정보공개법」 제9조 제1항 제6호⟫)
4. 참석: 위원장 포함 7명(외부위원 4명). 위원 명단은 별도 보관.""")

# 78
H("징계", """[소청심사 청구서]
청구인  소속: ⟪office_title:○○세무서⟫  직급: 세무주사  성명: ⟦PERSON:구태식⟧
생년월일  ⟦DATE_OF_BIRTH:1979년 10월 4일⟧
주소  ⟦KR_ADDRESS:세종특별자치시 물푸레길 14, 702동 1503호⟧
피청구인  ⟪office_title:국세청장⟫
처분  감봉 1월 (⟪doc_number:운영지원과-1402⟫)
청구 취지  위 처분을 취소한다.""")

# 79
H("국외출장", """Travel Order No. ⟪doc_number:TO-2026-0117⟫
Traveler: Deputy Director ⟦PERSON:Kwon Haeun⟧ (⟦PERSON:권하은⟧)
Passport No.: ⟦KR_PASSPORT:M30B71128⟧ (official passport ⟦KR_PASSPORT:G20K41139⟧)
Date of Birth: ⟦DATE_OF_BIRTH:21 MAR 1985⟧
Destination: Geneva, Switzerland
Emergency contact: ⟦PHONE_NUMBER:+82-10-4417-2938⟧""")

# 80
H("국외출장", """출장자 명단 (여권 정보면 스캔 판독)
1) ⟦PERSON:염 상 훈⟧  여권 ⟦KR_PASSPORT:M7O2B3S19⟧  ⟦DATE_OF_BIRTH:O8 11월/NOV 1974⟧
2) ⟦PERSON:옥 보 람⟧  여권 ⟦KR_PASSPORT:M1l4C0082⟧  ⟦DATE_OF_BIRTH:27 2월/FEB 1990⟧""", ocr=True)

# 81
H("지급목록", """[카드 결제 취소 요청 - 평생학습관 강좌 폐강]
수강생 / 카드사 / 카드번호 / 취소금액
⟦PERSON:경다은⟧ / 롯데 / ⟦CREDIT_CARD:5409-1120-8834-227?⟧ / ⟪amount:45,000⟫
⟦PERSON:피현서⟧ / 현대 / ⟦CREDIT_CARD:4017.5520.1093.446?⟧ / ⟪amount:45,000⟫
⟦PERSON:두정우⟧ / 우리 / ⟦CREDIT_CARD:2221 0020 3040 519?⟧ / ⟪amount:90,000⟫
⟦PERSON:동보영⟧ / 하나 / ⟦CREDIT_CARD:4592 88** **** 1209⟧ / ⟪amount:45,000⟫""")

# 82
H("감사보고서", """법인카드 사적 사용 조사 결과
1. 대상 카드: 기관 법인카드 ⟪corporate_card_masked:****-****-****-0417⟫ (기관 명의, 개인정보 아님)
2. 사용자: 운영지원과 ⟦PERSON:채무열⟧ 주무관
3. 확인 사항: 주말 사용 11건, ⟪amount:1,284,000원⟫. 이 중 4건은 본인 개인카드(⟦CREDIT_CARD:4214 3301 8820 117?⟧)로 결제해야 할 것을 잘못 결제했다고 소명.
4. 조치: 전액 환수, 경고""")

# 83
H("택배우편", """[우체국 EMS 발송 신고서]
보내는 사람  ⟦PERSON:선우희정⟧  ⟦PHONE_NUMBER:010-7729-0013⟧
             ⟦KR_ADDRESS:울산광역시 남구 해오름로 84, 11층⟧
받는 사람    ⟦PERSON:Jean-Pierre MARTIN⟧
             12 Rue des Lilas, 69003 Lyon, France
내용품       서류(재직증명서)   신고가액 ⟪amount:0원⟫
결제         ⟦CREDIT_CARD:9411-0233-2210-184?⟧""")

# 84
H("영수증", """신용카드매출전표(고객용)
가맹점  ⟪company_name:솔향커피⟫  사업자 ⟦KR_BRN:584-15-0092?⟧
카드종류 KB국민카드
카드번호 ⟦CREDIT_CARD:457973******1150⟧
유효기간 **/**
거래금액 ⟪amount:9,800⟫  부가세 ⟪amount:890⟫
서명 ⟦PERSON:문태윤⟧""")

# 85
H("민원", """질의: 자녀가 제 신용카드로 게임 아이템을 결제했습니다. 카드번호 ⟦CREDIT_CARD:6011 2290 3418 552?⟧이고 결제일은 ⟪date_not_birth:1월 17일⟫입니다. 환불 방법을 알려주세요. - ⟦PERSON:반창호⟧ 드림
회신: 「⟪statute:전자상거래 등에서의 소비자보호에 관한 법률」 제17조⟫에 따라 미성년자 결제는 취소할 수 있습니다. 한국소비자원(⟪inst_phone:1372⟫)에 상담을 신청하십시오.""")

# 86
H("이메일", """제목: [자동발송] 결제가 완료되었습니다
⟦PERSON:허은채⟧ 고객님, 국가자격시험 응시료 결제가 완료되었습니다.
· 결제카드: ⟦CREDIT_CARD:3600 123456 787?⟧ (다이너스)
· 결제금액: ⟪amount:22,600원⟫
· 주문번호: ⟪receipt_number:Q26031488712⟫
본 메일은 발신 전용입니다(⟪inst_email:no-reply@q-net.or.kr⟫).""")

# 87
H("접속로그", """[WAF 탐지 로그]
time=2026-03-11T13:02:51 src=⟦IP_ADDRESS:91.240.118.3⟧ rule=SQLi uri=/minwon/search?q=' OR 1=1
time=2026-03-11T13:02:53 src=⟦IP_ADDRESS:91.240.118.3⟧ rule=SQLi uri=/minwon/search?q=union+select
time=2026-03-11T13:05:07 src=⟦IP_ADDRESS:2a02:6b8:c0c:1f0b::7⟧ rule=XSS uri=/board/write
time=2026-03-11T13:07:44 src=⟦IP_ADDRESS:61.74.208.15⟧ rule=ScannerUA ua=sqlmap/1.7""")

# 88
H("접속로그", """개인정보 유출 신고서(요약)
유출 항목: 성명, 휴대전화번호, 이메일
유출 경로: 홈페이지 게시판 첨부파일 노출
접근 IP(추정): ⟦IP_ADDRESS:175.223.10.41⟧, ⟦IP_ADDRESS:175.223.10.42⟧
신고 담당자: 개인정보보호책임자 ⟪office_title:기획조정실장⟫, 실무 ⟦PERSON:함지유⟧ (⟦PHONE_NUMBER:044-300-2281⟧, ⟦EMAIL_ADDRESS:jiyu.ham@korea.kr⟧)""")

# 89
H("계약서", """용역 착수계
계약명: 민원 콜센터 시스템 유지관리
계약상대자: ⟪company_name:(주)미리내소프트⟫ (법인등록번호 ⟦KR_CRN:110111-733904?⟧)
사업책임자: ⟦PERSON:권지민⟧ 이사 (⟦PHONE_NUMBER:02-6952-3310⟧)
투입인력: ⟦PERSON:백승연⟧ PM, ⟦PERSON:소재희⟧ 개발, ⟦PERSON:Akmal YULDASHEV⟧ 개발(외국인, 외국인등록번호 ⟦KR_FRN:930404-510771?⟧)
착수일: ⟪date_not_birth:2026. 3. 16.⟫""")

# 90
H("계약서", """[조달청 나라장터 개찰 결과]
공고번호 ⟪doc_number:20260312345-00⟫
순위 업체명 사업자등록번호 투찰금액
1 ⟪company_name:(주)청솔엔지니어링⟫ ⟦KR_BRN:617-81-2204?⟧ ⟪amount:412,550,000⟫
2 ⟪company_name:(주)한결테크⟫ ⟦KR_BRN:214-88-0913?⟧ ⟪amount:415,100,000⟫
3 ⟪company_name:누리물산(주)⟫ ⟦KR_BRN:402-81-3370?⟧ ⟪amount:418,000,000⟫""")

# 91
H("세무", """[사업자등록 신청 보정 요구]
신청인: ⟦PERSON:우지안⟧  상호: ⟪company_name:정든세탁⟫
사업장 소재지: ⟦KR_ADDRESS:대구 수성구 청솔로 5, 1층⟧
공동사업자: ⟦PERSON:설무열⟧ (⟦KR_RRN:700330-104882?⟧)
보정 사항: 임대차계약서 사본, 동업계약서 제출""")

# 92
H("공문", """○○출입국·외국인사무소
수신  ⟪company_name:(주)해든푸드⟫ 대표
제목  외국인 고용 사업장 실태조사 결과 통보

1. 귀 사업장(사업자등록번호 ⟦KR_BRN:318-81-7702?⟧)에 대한 실태조사(⟪date_not_birth:2026. 2. 24.⟫) 결과를 알려드립니다.
2. 고용 중인 ⟦PERSON:Siti NURHALIZA⟧(여권 ⟦KR_PASSPORT:X1190345⟧)의 근무처 변경 신고가 누락되어 「⟪statute:출입국관리법」 제21조⟫ 위반으로 ⟪amount:과태료 200만원⟫을 부과할 예정입니다.
3. 의견이 있으면 ⟪date_not_birth:3. 20.⟫까지 제출하십시오.

⟪office_title:○○출입국·외국인사무소장⟫
조사관 ⟦PERSON:지은영⟧  ⟦PHONE_NUMBER:032-890-6431⟧""")

# 93
H("뉴스", """[인터뷰] "한국어 간판 하나에도 용기가 필요했죠"
네팔에서 온 ⟦PERSON:람 바하두르 타파⟧ 씨는 올해로 한국 생활 9년째다. 처음엔 공장 기숙사에서 지냈지만 지금은 안산에서 작은 식료품점을 운영한다. 타파 씨는 "손님 대부분이 한국 사람"이라며 웃었다. 그의 가게 맞은편에서 미용실을 하는 ⟦PERSON:길보영⟧(47)씨도 "이웃이 된 지 오래"라고 말했다.""")

# 94
H("판결문", """창원지방법원
결      정
사      건   ⟪case_number:2026카단10317⟫ 채권가압류
채  권  자   ⟦PERSON:반영호⟧ (⟦KR_ADDRESS:창원시 성산구 별빛로 210⟧)
채  무  자   ⟦PERSON:위기순⟧ (⟦KR_ADDRESS:경남 진주시 새솔길 9-2⟧)
제3채무자   ⟪company_name:주식회사 경남은행⟫

주      문
채무자의 제3채무자에 대한 별지 목록 기재 예금채권(계좌번호 ⟦KR_BANK_ACCOUNT:207-22-0558314⟧)을 가압류한다.
청구금액  ⟪amount:금 18,000,000원⟫

⟪date_not_birth:2026. 3. 6.⟫
판사  ⟦PERSON:모도윤⟧""")

# 95
H("판결문", """[판결문 비실명 처리본]
피고인  ⟪anonymized_person:A⟫ (⟪anonymized_birth:19**. *. *.⟫생, 무직)
주거  ⟪anonymized_address:○○시 ○○구 ○○로 ○○⟫
피고인은 피해자 ⟪anonymized_person:B⟫ 명의의 신용카드(⟪masked_card_fully:****-****-****-****⟫)를 습득하여 ⟪amount:427,000원⟫을 결제하였다.
판사 ⟦PERSON:용은지⟧""")

# 96
H("경매공탁", """배당표
사건 ⟪case_number:2025타경4418⟫
배당할 금액 ⟪amount:312,400,000원⟫
1순위 당해세 ⟪office_title:○○세무서⟫ ⟪amount:4,120,000⟫
2순위 임차인 ⟦PERSON:공준서⟧ ⟪amount:50,000,000⟫ (배당금 수령계좌 우리 ⟦KR_BANK_ACCOUNT:1002-448-902135⟧)
3순위 근저당권자 ⟪company_name:○○새마을금고⟫ ⟪amount:258,280,000⟫""")

# 97
H("복지상담", """[가정방문 메모 - 사진 판독]
대상 ⟦PERSON:곽 말 순⟧ 어르신 (⟦DATE_OF_BIRTH:1938.11.O2⟧)
딸 ⟦PERSON:곽 희 정⟧ ⟦PHONE_NUMBER:O1O-5S02-7781⟧
기초수급 통장 ⟦KR_BANK_ACCOUNT:3O2-1189-4O21-7l⟧ (농협)""", ocr=True)

# 98
H("의료기록", """[처방전]
환자 ⟦PERSON:마소영⟧  주민등록번호 ⟦KR_RRN:880226-2******⟧
건강보험 ⟦KR_HEALTH_INSURANCE:12039948571⟧
처방의 ⟦PERSON:나성훈⟧ (면허번호 ⟪license_number:제84412호⟫)
의료기관 ⟪company_name:푸른내과의원⟫ ☎ ⟦PHONE_NUMBER:02-3142-8870⟧
요양기관기호 ⟪institution_code:11311234⟫""")

# 99
H("학교기록", """[교육급여 신청 학생 명단 - 행정실 보관]
학년반 성명 생년월일 보호자 계좌
1-3 ⟦PERSON:문지오⟧ ⟦DATE_OF_BIRTH:2012.08.19⟧ ⟦PERSON:문혁재⟧ ⟦KR_BANK_ACCOUNT:110-481-229304⟧
2-1 ⟦PERSON:탁서윤⟧ ⟦DATE_OF_BIRTH:2011.02.05⟧ ⟦PERSON:노미란⟧ ⟦KR_BANK_ACCOUNT:3333-19-0082715⟧
3-5 ⟦PERSON:여준호⟧ ⟦DATE_OF_BIRTH:2010.12.30⟧ ⟦PERSON:여광수⟧ ⟦KR_BANK_ACCOUNT:477501-04-118220⟧""")

# 100 (no PII)
H("보도자료", """[보도자료] ⟪office_title:고용노동부⟫, 외국인력 도입 규모 확정
□ 올해 고용허가제 외국인력(E-9) 도입 규모는 ⟪amount:13만 명⟫으로 확정되었다.
□ 업종별로는 제조업 9만 5천 명, 농축산업 1만 6천 명 등이다.
□ 자세한 사항은 외국인력상담센터(⟪inst_phone:1577-0071⟫) 또는 고용센터(⟪inst_phone:1350⟫)로 문의하면 된다.
담당: ⟪office_title:외국인력정책과장⟫""")

# 101
H("계약서", """[하도급 계약 적정성 심사 - 참가업체 현황]
┃업체┃법인등록번호┃대표자┃
┃⟪company_name:(주)솔빛디자인⟫┃⟦KR_CRN:160111-021458?⟧┃⟦PERSON:제갈하람⟧┃
┃⟪company_name:(유)새빛환경⟫┃⟦KR_CRN:284171-000528?⟧┃⟦PERSON:태규리⟧┃
┃⟪company_name:(주)해든푸드⟫┃⟦KR_CRN:175311-008842?⟧┃⟦PERSON:봉재원⟧┃
┃⟪company_name:주식회사 가람정보⟫┃⟦KR_CRN:134811-040021?⟧┃⟦PERSON:성아린⟧┃""")

# 102
H("세무", """법인 등기 이사 변경 내역 통보 (세무서 전산 이관분)
법인등록번호 ⟦KR_CRN:１１０１１１－６６２０４１?⟧ ⟪company_name:(주)한결테크⟫
 - 사내이사 ⟦PERSON:남궁시우⟧ 취임 ⟪date_not_birth:2026.01.02⟫
 - 사내이사 ⟦PERSON:인세영⟧ 퇴임 ⟪date_not_birth:2026.01.02⟫
법인등록번호 ⟦KR_CRN:２０１１１１－００４３８７?⟧ ⟪company_name:누리물산(주)⟫
 - 감사 ⟦PERSON:차혜린⟧ 중임""", ocr=True)

# 103
H("공문", """⟪office_title:○○시장⟫
수신  수신자 참조
제목  지방보조금 부정수급 업체 제재부가금 부과 알림

1. 「⟪statute:지방자치단체 보조금 관리에 관한 법률」 제32조의2⟫에 따라 아래 업체에 제재부가금을 부과합니다.
 가. ⟪company_name:동백산업(주)⟫ (법인등록번호 ⟦KR_CRN:180111-029437?⟧, 대표이사 ⟦PERSON:옥윤아⟧) — ⟪amount:48,200,000원⟫
 나. ⟪company_name:(주)해든푸드⟫ (법인등록번호 ⟦KR_CRN:175311-008842?⟧, 대표이사 ⟦PERSON:봉재원⟧) — ⟪amount:12,900,000원⟫
2. 납부기한: ⟪date_not_birth:2026. 4. 15.⟫
수신자  ⟪company_name:동백산업(주)⟫, ⟪company_name:(주)해든푸드⟫""")

# 104
H("계약서", """주식 양수도 계약서 (발췌)
양도인: ⟦PERSON:석명숙⟧ (⟦DATE_OF_BIRTH:1961.07.14⟧생, ⟦KR_ADDRESS:서울시 성북구 들꽃길 38⟧)
양수인: ⟪company_name:(주)미리내소프트⟫ (법인등록번호 ⟦KR_CRN:110111-733904?⟧)
대상회사: ⟪company_name:(주)가온데이터⟫ (법인등록번호 ⟦KR_CRN:110111-490327?⟧) 보통주 12,000주
매매대금: ⟪amount:금 삼억육천만원⟫, 양도인 계좌 하나은행 ⟦KR_BANK_ACCOUNT:391-910771-02507⟧로 지급""")

# 105
H("메신저", """(팀 단톡방)
⟦PERSON:오예린⟧: 업체 법인번호 ⟦KR_CRN:131111-044016?⟧ 맞나요? 등기부랑 다르게 적혀 있어서요
⟦PERSON:강기태⟧: 그건 청솔엔지니어링 거 맞아요. 사업자번호는 ⟦KR_BRN:617-81-2204?⟧
⟦PERSON:오예린⟧: 넵 반영할게요
⟦PERSON:강기태⟧: 대표님 폰은 ⟦PHONE_NUMBER:010 4411 2093⟧ 이에요""")

# 106
H("운전면허", """[적성검사 미필자 안내 발송 명단]
⟦PERSON:봉무열⟧ ⟦KR_DRIVER_LICENSE:11-95-228104-51⟧ 만료 ⟪date_not_birth:2025.12.31⟫
⟦PERSON:성혜숙⟧ ⟦KR_DRIVER_LICENSE:19-02-771309-40⟧ 만료 ⟪date_not_birth:2025.12.31⟫
⟦PERSON:하귀남⟧ ⟦KR_DRIVER_LICENSE:24-98-004412-62⟧ 만료 ⟪date_not_birth:2026.01.31⟫
⟦PERSON:위원희⟧ ⟦KR_DRIVER_LICENSE:25-11-338290-17⟧ 만료 ⟪date_not_birth:2026.01.31⟫""")

# 107
H("운전면허", """음주운전 단속 결과 보고
피단속자 ⟦PERSON:곽석진⟧(41) 혈중알코올농도 0.094%
면허 ⟦KR_DRIVER_LICENSE:인천 06-119384-22⟧ → 취소 대상
동승자 ⟦PERSON:곽해진⟧ 진술: 대리운전을 부르려 했다고 함
차량 ⟦KR_VEHICLE_PLATE:인천 52구 8810⟧, 견인 조치""")

# 108
H("운전면허", """[OCR] 운전경력증명서
성명 ⟦PERSON:문 규 리⟧
면허번호 ⟦KR_DRIVER_LICENSE:2O-l5-6O3S18-O9⟧
면허종별 2종보통
최초취득일 ⟪date_not_birth:2015.O6.22⟫
발급번호 ⟪doc_number:2026-0314-88213⟫""", ocr=True)

# 109
H("운전면허", """택시 운수종사자 자격 취소 예정 통지
운수종사자 ⟦PERSON:용태현⟧ (자격번호 ⟪qualification_number:택시-서울-08812⟫)
운전면허 ⟦KR_DRIVER_LICENSE:11 04 339821 76⟧
소속 ⟪company_name:○○운수(주)⟫ 차량 ⟦KR_VEHICLE_PLATE:서울 32사 4471⟧
사유: 면허 취소(⟪date_not_birth:2026. 2. 19.⟫)""")

# 110
H("운전면허", """[외국인 운전면허 교환 발급 대장]
⟦PERSON:Emily JOHNSON⟧ 미국 여권 ⟦KR_PASSPORT:561209847⟧ → 국내면허 ⟦KR_DRIVER_LICENSE:11-26-004418-00⟧
⟦PERSON:TANAKA HIROSHI⟧ 일본 여권 ⟦KR_PASSPORT:TZ1093382⟧ → 국내면허 ⟦KR_DRIVER_LICENSE:12-26-000917-00⟧
⟦PERSON:WANG XIAOMING⟧ 중국 여권 ⟦KR_PASSPORT:EG3390217⟧ → 국내면허 ⟦KR_DRIVER_LICENSE:23-26-001203-00⟧""")

# 111
H("사고보고서", """[현장 사진대지 설명]
사진1: 사고차량 ⟦KR_VEHICLE_PLATE:서울 17더 0453⟧ 전면부
사진2: 운전자 면허증(⟦KR_DRIVER_LICENSE:서울 02-880013-94⟧) — 운전자 ⟦PERSON:명찬영⟧ 본인 확인
사진3: 상대차량 ⟦KR_VEHICLE_PLATE:283도 7716⟧ 후면 범퍼
사진4: 스키드마크 약 14m""")

# 112
H("카드분실", """[신용카드 부정사용 피해 진술서]
진술인 ⟦PERSON:노석진⟧ (⟦DATE_OF_BIRTH:1983년 4월 8일⟧생, ⟦PHONE_NUMBER:010-5573-2019⟧)
피해 카드: ⟦CREDIT_CARD:4386 1029 4471 035?⟧
부정사용 내역: ⟪date_not_birth:2월 28일⟫ 해외 온라인몰 3건, 합계 ⟪amount:US$1,420⟫
카드 재발급 후 새 번호는 ⟦CREDIT_CARD:4386-1029-8813-220?⟧ 입니다.""")

# 113
H("지급목록", """[연말정산 기부금 카드 결제 확인 요청]
기부자        카드번호                 금액
⟦PERSON:정태윤⟧   ⟦CREDIT_CARD:5327 6622 0194 881?⟧   ⟪amount:100,000⟫
⟦PERSON:심하은⟧   ⟦CREDIT_CARD:5327 66** **** 4472⟧   ⟪amount:50,000⟫
⟦PERSON:Carlos MENDOZA⟧ ⟦CREDIT_CARD:4916 3380 1127 904?⟧ ⟪amount:30,000⟫
⟦PERSON:유다솜⟧   ⟦CREDIT_CARD:3540-9911-2028-117?⟧   ⟪amount:200,000⟫""")

# 114
H("영수증", """[OCR] 카드 영수증
가맹점 ⟪company_name:다정약국⟫
카드 ⟦CREDIT_CARD:９４１１－０８２２－５５１４－０２７?⟧
금액 ⟪amount:１２，５００⟫
승인 ⟪approval_number:０４４１８２９０⟫""", ocr=True)

# 115
H("카드분실", """상담원 메모: 고객이 카드번호를 불러 주다가 통화가 끊김(⟪date_not_birth:14:22⟫).
다시 확인한 번호 ⟦CREDIT_CARD:4518 2203 7719 402?⟧ (고객 ⟦PERSON:표지안⟧, 회신번호 ⟦PHONE_NUMBER:010-3381-4402⟧)""")

# 116 (no PII)
H("세무", """[질의] 거주자 갑이 을로부터 상속받은 농지를 ⟪date_not_birth:2024. 5.⟫ 양도한 경우 8년 자경 감면 적용 여부
[회신] ⟪doc_number:서면-2024-부동산-3318⟫(⟪date_not_birth:2024. 11. 20.⟫) 회신 사례를 참고하시기 바랍니다. 「⟪statute:조세특례제한법」 제69조⟫ 및 ⟪statute:같은 법 시행령 제66조 제11항⟫에 따라 피상속인의 경작기간을 합산합니다. 감면 한도는 ⟪amount:1억원⟫입니다.""")

# 117 (no PII)
H("공문", """⟪office_title:○○교육감⟫
수신  관내 초·중·고등학교장
제목  학생 개인정보 처리 실태 점검 결과 및 조치 요청

1. ⟪date_not_birth:2025. 11.⟫ 실시한 점검 결과, 일부 학교에서 학생 생년월일과 보호자 연락처가 포함된 명단을 교실 게시판에 부착한 사례가 확인되었습니다.
2. 각 학교는 ⟪date_not_birth:2026. 3. 31.⟫까지 자체 점검 후 결과를 제출하여 주시기 바랍니다.
문의  ⟪office_title:교육정보과장⟫  ⟪inst_phone:055-210-5114⟫(대표)""")

# 118 (no PII)
H("회의록", """2026년 제2차 개인정보보호위원회 실무협의회 결과
○ 참석: 위원장 등 9명 (명단 생략)
○ 논의: 가명정보 결합 전문기관 지정 기준, 공공 데이터 개방 시 재식별 위험 평가
○ 결정: ⟪date_not_birth:4월 중⟫ 가이드라인 개정안 행정예고
○ 다음 회의: ⟪date_not_birth:2026. 5. 7.⟫""")

# 119 (no PII)
H("보도자료", """보도 참고자료 | ⟪date_not_birth:2026. 3. 12.(목)⟫
여권 재발급 온라인 신청 서비스 확대
⟪office_title:외교부⟫는 3월 16일부터 정부24에서 여권 재발급 신청을 받는다고 밝혔다. 신청인은 기존 여권번호(예: ⟪example_passport:M123A4567⟫)와 사진을 입력하면 된다. 문의는 영사콜센터(⟪inst_phone:02-3210-0404⟫)로 하면 된다.""")

# 120 (no PII)
H("감사보고서", """[감사 결과 공개문]
제목: ○○공단 계약 업무 처리 부적정
내용: ⟪company_name:A업체⟫와 수의계약을 체결하면서 「⟪statute:지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제25조⟫의 요건을 검토하지 않았음.
처분: 기관 주의, 관련자 ⟪masked_name:○○○⟫ 주의 요구(⟪doc_number:감사담당관-1192⟫)""")

# 121 (no PII)
H("접속로그", """[서버 배포 로그]
2026-03-02 22:00:01 deploy start build=⟪version:4.12.7⟫
2026-03-02 22:00:44 migrate ok (schema v57)
2026-03-02 22:01:10 healthcheck 200 /api/health
2026-03-02 22:01:11 deploy done by ⟪user_id:svc_ci⟫""")

# 122 (no PII)
H("지급목록", """[2026년 1분기 지방보조금 집행 현황]
사업명 | 예산 | 집행액 | 집행률
경로당 운영 | ⟪amount:1,240,000,000⟫ | ⟪amount:402,110,000⟫ | 32.4%
청년 월세 | ⟪amount:880,000,000⟫ | ⟪amount:301,500,000⟫ | 34.3%
다함께돌봄 | ⟪amount:510,000,000⟫ | ⟪amount:188,020,000⟫ | 36.9%""")

# 123 (no PII)
H("뉴스", """행정안전부는 올해 지방공무원 공개경쟁 임용시험 응시원서를 ⟪date_not_birth:3월 23일⟫부터 접수한다고 밝혔다. 시험은 ⟪date_not_birth:6월 20일⟫ 전국 동시에 치러진다. 응시 수수료는 9급 ⟪amount:5,000원⟫, 7급 ⟪amount:7,000원⟫이며, 기초생활수급자는 면제된다.""")

# 124
H("출입국", """[난민 인정 심사 면접 기록 - 요지]
신청인 ⟦PERSON:Ahmed HASSAN⟧ / ⟦PERSON:아흐메드 하산⟧
여권 ⟦KR_PASSPORT:A19023384⟧ (이집트), 외국인등록번호 ⟦KR_FRN:860915-511803?⟧
통역인 ⟦PERSON:서문지현⟧ (아랍어)
면접관 ⟦PERSON:권동수⟧ 난민심사관
진술 요지: 본국 귀환 시 박해 우려. 가족 연락처 제출 거부.""")

# 125
H("외국인고용", """고용허가서 발급 대장(스캔)
사업장 ⟪company_name:○○농산⟫ 사업자 ⟦KR_BRN:4l2-O1-8830?⟧
근로자 ⟦PERSON:SOMCHAI PRASERT⟧ 여권 ⟦KR_PASSPORT:AB2O91744⟧
근로자 ⟦PERSON:Sokha CHAN⟧ 여권 ⟦KR_PASSPORT:N09l8827⟧
건강보험 ⟦KR_HEALTH_INSURANCE:7O9l2283410⟧ / ⟦KR_HEALTH_INSURANCE:70912283411⟧""", ocr=True)

# 126
H("출입국", """[재입국허가 면제 확인]
⟦PERSON:LIU NA⟧ (⟦DATE_OF_BIRTH:1997-08-30⟧, 중국) 외국인등록번호 ⟦KR_FRN:970830-601225?⟧ 여권 ⟦KR_PASSPORT:EJ4419928⟧
⟦PERSON:Olga PETROVA⟧ (⟦DATE_OF_BIRTH:1989-01-15⟧, 러시아) 외국인등록번호 ⟦KR_FRN:890115-631041?⟧ 여권 ⟦KR_PASSPORT:75 4410293⟧""")

# 127
H("건강보험", """[외국인 지역가입자 보험료 체납 안내]
⟦PERSON:Rahim UDDIN⟧ 증번호 ⟦KR_HEALTH_INSURANCE:88201937745⟧ 체납 ⟪amount:3개월 / 428,340원⟫
⟦PERSON:PHAM THI THU HA⟧ 증번호 ⟦KR_HEALTH_INSURANCE:88201937746⟧ 체납 ⟪amount:1개월 / 142,780원⟫
※ 체납 시 「⟪statute:출입국관리법 시행규칙」 제76조⟫에 따라 체류기간 연장이 제한될 수 있음""")

# 128
H("의료기록", """역학조사 접촉자 명단(직장)
⟦PERSON:황보다은⟧  ⟦DATE_OF_BIRTH:1995.07.21⟧  ⟦PHONE_NUMBER:010-2201-7744⟧  ⟦KR_HEALTH_INSURANCE:50118829370⟧
⟦PERSON:구형준⟧    ⟦DATE_OF_BIRTH:1988.03.02⟧  ⟦PHONE_NUMBER:010-6618-0923⟧  ⟦KR_HEALTH_INSURANCE:50118829371⟧
⟦PERSON:Priya SHARMA⟧ ⟦DATE_OF_BIRTH:1993.10.10⟧ ⟦PHONE_NUMBER:010-4409-3388⟧ ⟦KR_HEALTH_INSURANCE:50118829372⟧""")

# 129
H("운전면허", """[운전면허시험장 민원 처리부]
접수 ⟪receipt_number:0314-0022⟫ ⟦PERSON:옥도경⟧ 갱신 ⟦KR_DRIVER_LICENSE:21-10-448203-33⟧
접수 ⟪receipt_number:0314-0023⟫ ⟦PERSON:인준서⟧ 재발급 ⟦KR_DRIVER_LICENSE:제주 13-550219-81⟧
접수 ⟪receipt_number:0314-0024⟫ ⟦PERSON:편소영⟧ 영문면허 ⟦KR_DRIVER_LICENSE:26-19-203388-14⟧""")

# 130
H("녹취록", """[112 신고 녹취 - 요약]
신고자: 여기 ⟦KR_ADDRESS:광주 북구 가온대로 55⟧ 앞인데요, 차가 인도로 올라와서 사람을 쳤어요!
접수자: 차량 번호 보이세요?
신고자: 네, ⟦KR_VEHICLE_PLATE:62허 0371⟧이요. 흰색 SUV요.
접수자: 신고자분 성함과 연락처요?
신고자: ⟦PERSON:추다빈⟧이고요 ⟦PHONE_NUMBER:010-8812-3075⟧요.""")

# 131
H("뉴스", """⟦PERSON:육지훈⟧ 군과 ⟦PERSON:육서연⟧ 양 남매는 지난달 전국 청소년 과학탐구대회에서 나란히 금상을 받았다. ⟦PERSON:육지훈⟧ 군은 "동생이 실험 아이디어를 먼저 냈다"며 공을 돌렸다. 지도교사 ⟦PERSON:엄보람⟧ 선생님은 "두 학생 모두 끈기가 대단하다"고 칭찬했다. 시상은 ⟪office_title:교육부장관⟫이 했다.""")

# 132
H("보도자료", """[보도자료] 119 구급대원 폭행 피의자 구속
⟪office_title:○○소방본부장⟫은 출동한 구급대원을 폭행한 혐의로 ⟪masked_name:50대 남성 C씨⟫를 구속 송치했다고 밝혔다.
폭행을 당한 구급대원 ⟦PERSON:나슬기⟧ 소방교는 "다시 현장에 나가는 게 두렵지 않다면 거짓말"이라고 말했다.
⟦PERSON:선우찬영⟧ 구급팀장은 "웨어러블 캠 보급을 늘리겠다"고 밝혔다.
문의: 구조구급과 소방경 ⟦PERSON:함윤서⟧ ⟦PHONE_NUMBER:062-613-8152⟧""")

# 133
H("회의록", """[녹취 풀이] 주민설명회 질의응답
사회자: 다음 질문 받겠습니다. 성함 말씀해 주시고요.
주민1: 네, 저는 새솔마을 사는 ⟦PERSON:마덕희⟧예요. 도로 확장하면 우리 집 담장은 어떻게 되는 거예요?
담당 과장(⟦PERSON:조한결⟧): 보상 대상에 포함됩니다. 감정평가 후에 따로 연락드리겠습니다.
주민2: ⟦PERSON:손복남⟧입니다. 공사 기간에 버스 정류장은요?
⟦PERSON:조한결⟧: 임시 정류장을 설치하겠습니다.""")

# 134
H("민원", """제목: 아버지 명의 휴대폰 해지 관련 문의
작성자: ⟦PERSON:방윤아⟧
내용: 돌아가신 아버지(⟦PERSON:방기순⟧, ⟦DATE_OF_BIRTH:1949. 3. 3.⟧생)의 휴대폰 ⟦PHONE_NUMBER:010-4710-2283⟧ 해지를 하려는데 사망신고 후에 무엇이 필요한가요? 주민센터에서는 통신사에 가라고 하고 통신사에서는 사망진단서를 가져오라고 합니다.
답변: 가족관계증명서와 사망 사실이 기재된 기본증명서를 지참하시면 됩니다. - ⟪office_title:○○동 주민센터장⟫""")

# 135
H("징계", """[공무원 범죄 처분 결과 통보 접수]
통보기관 ⟪office_title:○○지방검찰청 검사장⟫
피의자 소속·성명 ⟪office_title:○○시 환경과⟫ 환경주사 ⟦PERSON:심경희⟧
죄명 도로교통법위반(음주운전)
처분 구약식 ⟪amount:벌금 700만원⟫ (⟪case_number:2026형제4418호⟫)
운전면허 ⟦KR_DRIVER_LICENSE:14-09-227103-58⟧ 취소""")

# 136
H("카드분실", """[관용 물품 아닌 개인 습득물 인계서]
습득 장소: ⟪inst_address:정부세종청사 6동 2층 화장실⟫
습득물: 카드 지갑 — 체크카드 ⟦CREDIT_CARD:4221 5509 1183 630?⟧ (명의 ⟦PERSON:어규리⟧), 교통카드 ⟪transit_card_number:1010-2200-3344-5566⟫
습득자: 청사관리본부 미화원 ⟦PERSON:국옥순⟧
인수자: ⟪office_title:세종청사관리소장⟫""")

# 137
H("지급목록", """[해외 결제 수수료 환급 대상(카드사 통보분)]
  ⟦PERSON:Aziz KARIMOV⟧    VISA   ⟦CREDIT_CARD:4539 7712 0938 224?⟧
  ⟦PERSON:GANBOLD Bat-Erdene⟧ MASTER ⟦CREDIT_CARD:5100 2239 8841 706?⟧
  ⟦PERSON:Jean-Pierre MARTIN⟧ AMEX ⟦CREDIT_CARD:3412 883019 4427?⟧
  ⟦PERSON:Siti NURHALIZA⟧  JCB    ⟦CREDIT_CARD:3589 4410 2237 916?⟧""")

# 138
H("이메일", """>> ⟦PERSON:배한솔⟧ 주무관님께
>> 말씀하신 대로 결제 카드 변경합니다.
>> 기존: ⟦CREDIT_CARD:5232-1044-9930-118?⟧
>> 변경: ⟦CREDIT_CARD:9490-3318-2205-771?⟧
>> ⟦PERSON:노은영⟧ 드림 (⟦EMAIL_ADDRESS:eunyoung.noh@hanmail.net⟧)
네, 반영했습니다. 카드번호가 메일에 남지 않도록 이 메일은 삭제해 주세요.
- ⟦PERSON:배한솔⟧""")

# 139
H("계약서", """[법인 보증 계약 연대보증인 명세]
주채무자 ⟪company_name:(주)가온데이터⟫ 법인등록번호 ⟦KR_CRN:110111-490327?⟧
연대보증인 1 ⟦PERSON:주경태⟧ (대표이사)
연대보증인 2 ⟪company_name:(주)미리내소프트⟫ 법인등록번호 ⟦KR_CRN:110111-733904?⟧
보증한도 ⟪amount:1,500,000,000원⟫""")

# 140
H("세무", """[법인 주소지 직권 정정 목록]
법인등록번호        정정 전 본점             정정 후 본점
⟦KR_CRN:150111-002894?⟧   ⟦KR_ADDRESS:인천 서구 물푸레길 3⟧     ⟦KR_ADDRESS:인천광역시 서구 물푸레길 30⟧
⟦KR_CRN:284411-000172?⟧   ⟦KR_ADDRESS:창원시 성산구 청솔로 19⟧   ⟦KR_ADDRESS:경상남도 창원시 성산구 청솔로 190, 2층⟧
⟦KR_CRN:110181-071145?⟧   ⟦KR_ADDRESS:서울 은평구 한빛로 77⟧     ⟦KR_ADDRESS:서울특별시 은평구 한빛로 77-1⟧""")

# 141
H("계약서", """협약서 서명란

갑  ⟪office_title:○○시장⟫ (인)
을  ⟪company_name:(주)청솔엔지니어링⟫ 대표이사 ⟦PERSON:태한결⟧ (인)
    법인등록번호 ⟦KR_CRN:131111-044016?⟧
병  ⟪company_name:(주)솔빛디자인⟫ 대표이사 ⟦PERSON:제갈하람⟧ (인)
    법인등록번호 ⟦KR_CRN:160111-021458?⟧""")

# 142
H("출입국", """[계절근로자 입국 명단 - 군청 제출]
1 ⟦PERSON:GANBOLD Bat-Erdene⟧ 몽골 ⟦KR_PASSPORT:E1930482⟧ ⟦DATE_OF_BIRTH:1990.04.12⟧
2 ⟦PERSON:Nurlan ABENOV⟧ 카자흐스탄 ⟦KR_PASSPORT:N10293384⟧ ⟦DATE_OF_BIRTH:1986.11.30⟧
3 ⟦PERSON:Maria Santos DELA CRUZ⟧ 필리핀 ⟦KR_PASSPORT:P4471920A⟧ ⟦DATE_OF_BIRTH:1992.06.06⟧
입국 후 외국인등록 예정(등록번호 미부여)""")

# 143
H("출입국", """[외국인등록 사실증명 발급 대장]
⟦KR_FRN:940310-512882?⟧ ⟦PERSON:아지즈 카리모프⟧ 발급 1부
⟦KR_FRN:000218-821044?⟧ ⟦PERSON:천자이⟧ 발급 2부
⟦KR_FRN:810507-600932?⟧ ⟦PERSON:시티 누르할리자⟧ 발급 1부
⟦KR_FRN:030909-710455?⟧ ⟦PERSON:솜차이 프라셋⟧ 발급 1부""")

# 144
H("접속로그", """[VPN 접속 이력 - 재택근무자]
⟪user_id:vpn_0381⟫ ⟦PERSON:강혁재⟧  ⟦IP_ADDRESS:121.134.77.20⟧  ⟪date_not_birth:03/09 08:55⟫~⟪date_not_birth:18:02⟫
⟪user_id:vpn_0412⟫ ⟦PERSON:명소율⟧  ⟦IP_ADDRESS:39.118.204.61⟧  ⟪date_not_birth:03/09 09:03⟫~⟪date_not_birth:17:48⟫
⟪user_id:vpn_0412⟫ ⟦PERSON:명소율⟧  ⟦IP_ADDRESS:106.101.3.140⟧  ⟪date_not_birth:03/09 21:30⟫~⟪date_not_birth:22:10⟫ (모바일)""")

# 145
H("접속로그", """민원 게시판 악성 게시글 작성자 확인 요청 회신
게시글 번호 ⟪doc_number:8841⟫ / 작성 IP ⟦IP_ADDRESS:58.229.11.193⟧ / 작성 시각 ⟪date_not_birth:2026-02-14 02:11⟫
게시글 번호 ⟪doc_number:8843⟫ / 작성 IP ⟦IP_ADDRESS:58.229.11.193⟧ / 작성 시각 ⟪date_not_birth:2026-02-14 02:19⟫
가입 정보: 성명 ⟦PERSON:여형준⟧, 이메일 ⟦EMAIL_ADDRESS:hj_yeo77@daum.net⟧""")

# 146
H("차량주차", """[CCTV 판독] 불법 주정차 4건
① 12:03  ⟦KR_VEHICLE_PLATE:3l2마 88O4⟧
② 12:05  ⟦KR_VEHICLE_PLATE:서울 7S바 1O29⟧
③ 12:11  ⟦KR_VEHICLE_PLATE:１９거 ４４０２⟧
④ 12:14  판독 불가(번호판 가림)""", ocr=True)

# 147
H("외국인고용", """고용변동 신고(이탈) 처리 결과
사업주 ⟦PERSON:봉한솔⟧ (⟪company_name:해든농장⟫, 사업자 ⟦KR_BRN:506-12-7734?⟧)
이탈자 ⟦PERSON:TRAN THI MAI⟧ 외국인등록번호 ⟦KR_FRN:980322-612904?⟧
이탈자 ⟦PERSON:NGUYEN VAN HUNG⟧ 외국인등록번호 ⟦KR_FRN:930618-513302?⟧
신고일 ⟪date_not_birth:2026. 2. 2.⟫ / 이탈일 ⟪date_not_birth:2026. 1. 27.⟫""")

# 148
H("복지상담", """[외국인 산모 출산지원금 신청]
산모 ⟦PERSON:팜 티 투 하⟧ (외국인등록번호 ⟦KR_FRN:９６０２１４－６２３８０１?⟧)
배우자 ⟦PERSON:빈석진⟧ (⟦KR_RRN:851122-1０４８３２?⟧)""", ocr=True)

# 149
H("운전면허", """[국제운전면허증 발급 신청서]
성명(한글) ⟦PERSON:인규환⟧  성명(영문) ⟦PERSON:IN GYUHWAN⟧
여권번호 ⟦KR_PASSPORT:M558R2031⟧
국내면허번호 ⟦KR_DRIVER_LICENSE:22-14-550912-07⟧
생년월일 ⟦DATE_OF_BIRTH:1990. 9. 9.⟧
발급 ⟪office_title:도로교통공단 대구운전면허시험장장⟫""")

# 150
H("계약서", """[위탁계약 해지 통보 수신처]
1. ⟪company_name:(주)가온데이터⟫ ⟦KR_CRN:110111-490327?⟧ 대표 ⟦PERSON:주경태⟧ ⟦EMAIL_ADDRESS:ceo@gaondata.co.kr⟧
2. ⟪company_name:(유)새빛환경⟫ ⟦KR_CRN:284171-000528?⟧ 대표 ⟦PERSON:태규리⟧ ⟦EMAIL_ADDRESS:gyuri.tae@saebit-env.kr⟧
3. ⟪company_name:(주)한결테크⟫ ⟦KR_CRN:110111-588201?⟧ 대표 ⟦PERSON:구도경⟧ ⟦PHONE_NUMBER:070-4852-1193⟧""")

# 151
H("지급목록", """[문화누리카드 오결제 환불 - 가맹점별]
⟪company_name:햇살문구⟫ | ⟦CREDIT_CARD:9420 1188 3302 917?⟧ | ⟦PERSON:염다솜⟧
⟪company_name:으뜸인쇄⟫ | ⟦CREDIT_CARD:9420 1188 4419 026?⟧ | ⟦PERSON:기하린⟧
⟪company_name:솔향커피⟫ | ⟦CREDIT_CARD:9420-11**-****-3371⟧ | ⟦PERSON:석도윤⟧""")

# 152
H("뉴스", """보이스피싱 조직에 통장과 체크카드를 넘긴 대학생들이 잇따라 재판에 넘겨졌다. 법원은 ⟪masked_name:대학생 D(21)씨⟫에게 징역 6월에 집행유예 2년을 선고했다. 피해자 중 한 명인 ⟦PERSON:표말순⟧(76) 할머니는 "아들이라는 말에 의심도 못 했다"고 했다. 금융감독원 ⟦PERSON:용석진⟧ 선임조사역은 "카드나 통장을 빌려주는 것만으로도 처벌된다"고 강조했다.""")

# 153
H("영수증", """현금영수증 / 카드 복합 결제 내역
상호 ⟪company_name:온누리슈퍼⟫ 대표 ⟦PERSON:금재석⟧ 사업자 ⟦KR_BRN:139-04-5521?⟧
1) 카드 ⟦CREDIT_CARD:5388-2041-7730-962?⟧ ⟪amount:32,000⟫
2) 카드 ⟦CREDIT_CARD:4009-1120-3345-817?⟧ ⟪amount:8,500⟫
현금영수증 ⟦PHONE_NUMBER:010-****-1182⟧ (소득공제)""")

# 154 (no PII)
H("공문", """⟪office_title:법무부장관⟫
수신  ⟪office_title:각 출입국·외국인관서의 장⟫
제목  외국인등록증 발급 서식 변경 알림
1. 외국인등록번호 표기 방식은 종전과 같으며, 견본 번호 ⟪placeholder_id:000000-0000000⟫은 실제 번호가 아님을 유의하시기 바랍니다.
2. 시행일: ⟪date_not_birth:2026. 7. 1.⟫
붙임  서식 견본 1부.  끝.
⟪inst_address:경기도 과천시 관문로 47 정부과천청사 1동⟫ / ⟪inst_phone:1345⟫""")

# 155 (no PII)
H("판결문", """대법원 판결 요지
개인정보처리자가 보유한 주민등록번호를 제3자에게 제공한 경우, 그 제공이 법령상 근거에 따른 것인지는 엄격하게 해석하여야 한다(⟪case_number:대법원 2024. 6. 13. 선고 2023두48872 판결⟫ 참조). 원심이 「⟪statute:개인정보 보호법」 제24조의2⟫의 예외 사유를 넓게 해석한 것은 잘못이다.""")

# 156 (no PII)
H("택배우편", """[우편물 발송 통계 - 민원여권과]
등기 1,204통 / 일반 3,880통 / 반송 41통(주소불명 29, 수취거절 12)
반송률 0.8% — 전월 대비 0.2%p 감소
요금 합계 ⟪amount:4,912,300원⟫""")

# 157 (no PII)
H("이메일", """제목: [공지] 개인정보 포함 메일 발송 시 유의사항
직원 여러분, 주민등록번호·여권번호·카드번호가 포함된 파일은 반드시 암호를 걸어 발송하시기 바랍니다. 암호는 별도 채널(메신저)로 전달하십시오. 문의: ⟪inst_email:privacy@korea.kr⟫, 내선 ⟪extension:2281⟫
- ⟪office_title:정보보호담당관⟫""")

# 158
H("출입국", """[여권 분실 신고 접수 - 재외공관]
신고인 ⟦PERSON:하보람⟧ (⟦DATE_OF_BIRTH:1996년 2월 29일⟧)
분실 여권 ⟦KR_PASSPORT:M819K4420⟧ → 무효화 처리
긴급여권 발급 ⟦KR_PASSPORT:S0731177⟧ (단수)
현지 연락처 ⟦PHONE_NUMBER:+33 6 12 88 40 19⟧ / 국내 연락처 ⟦PHONE_NUMBER:010-6632-0918⟧
외국인 동행자 ⟦PERSON:Jean-Pierre MARTIN⟧ (프랑스 여권 ⟦KR_PASSPORT:18CV44102⟧)""")

# 159
H("운전면허", """[렌터카 무면허 운전 조회 결과]
⟦PERSON:소혁재⟧ 면허 ⟦KR_DRIVER_LICENSE:13-20-118832-90⟧ : 유효
⟦PERSON:동하늘⟧ 면허 ⟦KR_DRIVER_LICENSE:경기 19-400213-11⟧ : 정지 중 (대여 불가)
⟦PERSON:피세영⟧ 면허 ⟦KR_DRIVER_LICENSE:28-23-009914-02⟧ : 유효""")

# 160
H("지급목록", """[공공체육시설 대관료 카드 환불 처리 결과 — 팩스 수신본]
가. ⟦PERSON:김 태 윤⟧ ⟦CREDIT_CARD:4２１８-
3309-1174-205?⟧ ⟪amount:120,000⟫ 환불완료
나. ⟦PERSON:엄세영⟧ ⟦CREDIT_CARD:5l07 2298 3O41 66?⟧ ⟪amount:80,000⟫ 환불완료
다. ⟦PERSON:Dmitri IVANOV⟧ ⟦CREDIT_CARD:3781 552093 1106?⟧ ⟪amount:60,000⟫ 카드사 확인 중
라. ⟦PERSON:반소율⟧ ⟦CREDIT_CARD:6２１１ ４４０３ ９９１８ ２０７?⟧ ⟪amount:40,000⟫ 환불완료""", ocr=True)

# 161
H("메신저", """[민원 챗봇 상담 로그]
사용자: 자동차세 카드로 냈는데 영수증이 안 와요
챗봇: 결제하신 카드 앞 6자리와 뒤 4자리를 입력해 주세요. (예: ⟪example_card:123456******1234⟫)
사용자: ⟦CREDIT_CARD:952011******4480⟧
사용자: 아 그냥 전체 번호 드릴게요 ⟦CREDIT_CARD:9520 1187 2290 448?⟧
챗봇: 전체 카드번호는 입력하지 마세요. 입력하신 내용은 자동으로 가려집니다.
사용자 IP ⟦IP_ADDRESS:220.117.43.8⟧ / 세션 ⟪session_id:c81f2e0a⟫""")

# 162
H("접속로그", """[홈페이지 관리자 페이지 로그인 실패 알림 메일]
관리자 계정 ⟪user_id:admin_minwon⟫ 로그인 5회 실패
시도 IP: ⟦IP_ADDRESS:14.52.198.240⟧ (국내), ⟦IP_ADDRESS:194.26.29.113⟧ (해외), ⟦IP_ADDRESS:14.52.198.241⟧ (국내)
계정 소유자 ⟦PERSON:노진영⟧ 주무관에게 비밀번호 변경을 요청하였습니다.
※ 본 메일은 ⟪inst_email:security-alert@korea.kr⟫에서 자동 발송되었습니다.""")

# 163 (no PII)
H("민원", """[자주 묻는 질문] 주민등록번호 변경은 어떻게 하나요?
답변: 「⟪statute:주민등록법」 제7조의4⟫에 따라 유출로 생명·신체·재산 피해가 우려되는 경우 주민등록번호변경위원회에 변경을 신청할 수 있습니다. 신청서의 작성 예시(성명 ⟪placeholder_person:홍길동⟫, 번호 ⟪placeholder_id:000000-0000000⟫)를 참고하세요. 처리 기간은 통상 ⟪date_not_birth:6개월⟫ 이내입니다.""")

# 164 (no PII)
H("인사발령", """[인사 예고] ⟪date_not_birth:2026년 하반기⟫ 정기 인사 일정
1. 전보 희망 신청: ⟪date_not_birth:6. 1.~6. 12.⟫
2. 승진 심사: ⟪date_not_birth:6월 넷째 주⟫ (대상: 5급 이하)
3. 발령: ⟪date_not_birth:7. 1.⟫자
※ 3급(부이사관) 이상은 별도 일정. 문의 ⟪office_title:운영지원과장⟫""")
