# -*- coding: utf-8 -*-
"""Hand-written documents for pii_bh.  Each entry: (genre, marked_text[, "ocr"]).
Markup: ⟦TYPE:value⟧ gold span (optionally ⟦TYPE/subkind:value⟧); ⟪category:text⟫ tagged hard negative.
All names, numbers and addresses are invented."""

DOCS = []
A = DOCS.append

A(("지급목록", """2026년 상반기 농어민 공익수당 지급 명단(3차)
1|⟦PERSON:박순례⟧|⟦DATE_OF_BIRTH:1951. 4. 7.⟧|농협|⟦KR_BANK_ACCOUNT:351-0912-4471-23⟧|⟪amount:600,000⟫
2|⟦PERSON:고덕만⟧|⟦DATE_OF_BIRTH:1948. 11. 30.⟧|수협|⟦KR_BANK_ACCOUNT:110-27-445193⟧|⟪amount:600,000⟫
3|⟦PERSON:남궁혜숙⟧|⟦DATE_OF_BIRTH:1962. 2. 19.⟧|우체국|⟦KR_BANK_ACCOUNT:601223-02-118845⟧|⟪amount:300,000⟫
4|⟦PERSON:차정길⟧|⟦DATE_OF_BIRTH:1957. 8. 2.⟧|농협|⟦KR_BANK_ACCOUNT:302-5518-0093-71⟧|⟪amount:600,000⟫
합계 4명 ⟪amount:2,100,000⟫원 / 담당 농업정책과"""))

A(("계좌변경신청", """[보조금 수령계좌 변경 신청서]
신청인 성명: ⟦PERSON:윤다솜⟧        생년월일: ⟦DATE_OF_BIRTH:1989년 6월 14일⟧
연락처(휴대전화): ⟦PHONE_NUMBER:010-4827-1936⟧
주소: ⟦KR_ADDRESS:경기도 김포시 한울대로 215, 1203동 802호⟧
변경 전: 하나은행 ⟦KR_BANK_ACCOUNT:287-910234-55107⟧
변경 후: 카카오뱅크 ⟦KR_BANK_ACCOUNT:3333-08-6620417⟧ (예금주 ⟦PERSON:윤다솜⟧)
변경 사유: 기존 계좌 해지
위와 같이 수령계좌 변경을 신청합니다.  ⟪date_not_birth:2026. 3. 4.⟫
⟪official_title:김포시장⟫ 귀하"""))

A(("카드", """** 신용카드 매출전표 (고객용) **
가맹점명  ⟪company_name:해오름식당⟫
사업자번호 ⟦KR_BRN:147-23-30364⟧
대표자   ⟦PERSON:명재숙⟧   TEL ⟦PHONE_NUMBER:031-944-2817⟧
카드종류  BC카드
카드번호  ⟦CREDIT_CARD:9490-46**-****-0536⟧
거래일시  ⟪date_not_birth:2026/02/11⟫ 12:41:07
승인번호  ⟪approval_number:30118842⟫   할부 일시불
합계금액  ⟪amount:48,000⟫원"""))

A(("카드", """분실신고 접수 메모 — 상담원 기록
고객 ⟦PERSON:서문지혜⟧ 님이 오늘 오전 지하철에서 지갑을 잃어버렸다며 전화하심. 분실 카드는 신한 체크(⟦CREDIT_CARD:4106 7924 7082 2765⟧)와 국민 신용(⟦CREDIT_CARD:5290424861114890⟧) 두 장. 회신 번호는 ⟦PHONE_NUMBER:010 3318 2054⟧로 남기심. 본인확인은 생년월일 ⟦DATE_OF_BIRTH:1993.01.28⟧로 진행. 카드 재발급 주소지는 ⟦KR_ADDRESS:서울 은평구 통일로 84길 17, 3층⟧."""))

A(("병원원무", """○○대학교병원 원무과 입원 약정서 사본
환자: ⟦PERSON:임채윤⟧ (F/37)   주민등록번호 ⟦KR_RRN:890614-2451901⟧
건강보험증번호: ⟦KR_HEALTH_INSURANCE:51082774306⟧
보호자: ⟦PERSON:장석훈⟧ (배우자)  연락처 ⟦PHONE_NUMBER:010-7702-3491⟧
입원일: ⟪date_not_birth:2026-01-19⟫  진료과: 정형외과
※ 원무과 문의: ⟪institution_phone:1588-7075⟫"""))

A(("병원원무", """실손의료보험 청구서
피보험자  ⟦PERSON:하윤서⟧
생년월일  ⟦DATE_OF_BIRTH:19870922⟧
진료일자  ⟪date_not_birth:20260107⟫ ~ ⟪date_not_birth:20260109⟫
청구금액  ⟪amount:412,300원⟫
보험금 입금계좌: 우리은행 ⟦KR_BANK_ACCOUNT:1002-947-331058⟧ 예금주 ⟦PERSON:하윤서⟧
연락 이메일 ⟦EMAIL_ADDRESS:yunseo.ha87@naver.com⟧"""))

A(("부동산", """주택 임대차 계약서
임대인 ⟦PERSON:오상철⟧ (⟦KR_RRN:611225-1107283⟧), 주소 ⟦KR_ADDRESS:대전광역시 유성구 가람로 33번길 9⟧
임차인 ⟦PERSON:유지안⟧ (⟦KR_RRN:950520-1154753⟧), 연락처 ⟦PHONE_NUMBER:010-2291-0847⟧
임대차 목적물: ⟦KR_ADDRESS:대전광역시 서구 월평동 288-3 청솔맨션 2동 305호⟧
보증금 금 ⟪amount:일억이천만원⟫정(⟪amount:₩120,000,000⟫)은 임대인 명의 계좌(대구 iM뱅크 ⟦KR_BANK_ACCOUNT:508-10-227391-4⟧)로 지급한다.
개업공인중개사 ⟪company_name:한빛공인중개사사무소⟫ 대표 ⟦PERSON:백은정⟧, 등록번호 ⟪public_record_id:30200-2019-00114⟫, 사업자등록번호 ⟦KR_BRN:324-13-29975⟧"""))

A(("부동산", """【 갑 구 】 (소유권에 관한 사항)
순위번호 2 | 소유권이전 | ⟪receipt_number:2021년3월9일 제40117호⟫ | 2021년2월15일 매매
소유자  ⟦PERSON:권민혁⟧  ⟦KR_RRN:830320-1******⟧
        ⟦KR_ADDRESS:경기도 성남시 분당구 느티나무길 71, 108동 1401호⟧
거래가액 ⟪amount:금685,000,000원⟫
순위번호 3 | 근저당권설정 | 채권자 ⟪company_name:주식회사 새솔저축은행⟫"""))

A(("보육·학교", """햇살어린이집 2026학년도 하늘반 원아 비상연락망
⟦PERSON:김하온⟧  ⟦DATE_OF_BIRTH:2021.05.03⟧  모 ⟦PERSON:이수빈⟧ ⟦PHONE_NUMBER:010-6620-1187⟧
⟦PERSON:정도윤⟧  ⟦DATE_OF_BIRTH:2021.08.27⟧  부 ⟦PERSON:정태호⟧ ⟦PHONE_NUMBER:010-9145-2036⟧
⟦PERSON:Aisha RAHMAN⟧ ⟦DATE_OF_BIRTH:2021.11.09⟧ 모 ⟦PERSON:라만 파티마⟧ ⟦PHONE_NUMBER:010-3357-8820⟧
⟦PERSON:박이안⟧  ⟦DATE_OF_BIRTH:2022.01.15⟧  조모 ⟦PERSON:최말순⟧ ⟦PHONE_NUMBER:031-8073-4412⟧
담임 ⟦PERSON:윤슬기⟧ 교사 / 원장 ⟦PERSON:문경희⟧"""))

A(("보육·학교", """가정통신문 회신 — 방과후학교 수강료 환불 신청
학생: 3학년 2반 ⟦PERSON:한지우⟧
보호자: ⟦PERSON:한승범⟧ (연락처 ⟦PHONE_NUMBER:010.5512.9083⟧)
환불 사유: 전학(전출교 ⟪institution_name:새빛초등학교⟫)
환불 계좌: 신한 ⟦KR_BANK_ACCOUNT:110-482-667310⟧ / 예금주 ⟦PERSON:한승범⟧
※ 환불 금액 ⟪amount:84,000원⟫은 행정실(⟪institution_phone:031-250-1204(대표)⟫)에서 일할 계산합니다."""))

A(("복지", """장애인활동지원 서비스 변경 신청 접수증
신청인 ⟦PERSON:선우재민⟧ (⟦KR_RRN:871112-1605154⟧) / 장애정도: 심한 장애
대리 신청인 ⟦PERSON:선우미정⟧ (관계: 누나) ☎ ⟦PHONE_NUMBER:010-8861-0249⟧
거주지 ⟦KR_ADDRESS:광주 북구 봄내로 112, 5층⟧
접수번호 ⟪receipt_number:2026-복지-03318⟫  접수자 주무관 ⟦PERSON:양혜린⟧"""))

A(("복지", """경로당 어르신 독감 예방접종 명단 (○○동 행복경로당)
이름        생년월일        전화
⟦PERSON:주복순⟧      ⟦DATE_OF_BIRTH:1938. 12. 1.⟧    ⟦PHONE_NUMBER:02-3391-0764⟧
⟦PERSON:탁용길⟧      ⟦DATE_OF_BIRTH:1941. 3. 25.⟧    ⟦PHONE_NUMBER:010-2741-6603⟧
⟦PERSON:어금옥⟧      ⟦DATE_OF_BIRTH:1944. 7. 9.⟧     ⟦PHONE_NUMBER:02-3391-2280⟧
⟦PERSON:편덕수⟧      ⟦DATE_OF_BIRTH:1936. 10. 18.⟧   (전화 없음)
※ 접종일 ⟪date_not_birth:2025. 10. 21.⟫ 보건소 방문팀"""))

A(("자동차·과태료", """주정차위반 과태료 의견진술서
차량번호: ⟦KR_VEHICLE_PLATE:38모 4471⟧
소유자: ⟦PERSON:추영훈⟧    운전면허번호: ⟦KR_DRIVER_LICENSE:13-04-557120-31⟧
위반일시: ⟪date_not_birth:2026. 1. 22.⟫ 14:05 / 장소: 시청 앞 버스정류장
의견: 당시 운전자는 제가 아니라 동생 ⟦PERSON:추영재⟧(면허 ⟦KR_DRIVER_LICENSE:경기 11-338201-90⟧)였습니다. 동생 연락처 ⟦PHONE_NUMBER:010-7130-4425⟧.
과태료 고지서 번호 ⟪doc_number:2026-주차-0041871⟫"""))

A(("자동차·과태료", """거주자우선주차 배정 결과 (2026년 1분기)
구역 A-03 ⟦KR_VEHICLE_PLATE:152러 3308⟧ ⟦PERSON:안태윤⟧
구역 A-07 ⟦KR_VEHICLE_PLATE:서울 31나 9027⟧ ⟦PERSON:기은솔⟧
구역 B-11 ⟦KR_VEHICLE_PLATE:271수7716⟧ ⟦PERSON:맹주현⟧
구역 B-12 ⟦KR_VEHICLE_PLATE:서울 78아 2214⟧ ⟪company_name:(주)다온물류⟫
배정 문의: ⟪institution_name:마포구시설관리공단⟫ 주차사업팀"""))

A(("항공·여행", """PASSENGER MANIFEST  KE0651  ICN-HAN  DEP ⟪date_not_birth:14MAR26⟫
SEQ NAME                    DOB          PPT NO      NAT
01  ⟦PERSON:KIM/JIHOON⟧ MR          ⟦DATE_OF_BIRTH:03 JUL 1984⟧  ⟦KR_PASSPORT:M48213957⟧   KOR
02  ⟦PERSON:KIM/SOYEON⟧ MS          ⟦DATE_OF_BIRTH:21 FEB 1986⟧  ⟦KR_PASSPORT:M702K3318⟧   KOR
03  ⟦PERSON:NGUYEN/THI MAI⟧ MS      ⟦DATE_OF_BIRTH:09 OCT 1991⟧  ⟦KR_PASSPORT:C4471208⟧    VNM
04  ⟦PERSON:SMITH/ROBERT JAMES⟧ MR  ⟦DATE_OF_BIRTH:30 NOV 1975⟧  ⟦KR_PASSPORT:548810273⟧   USA
TOTAL PAX 4  / 작성 ⟪company_name:(주)누리항공여행사⟫"""))

A(("항공·여행", """공무국외출장 명령서
1. 출장자: 기획예산과 행정6급 ⟦PERSON:진서연⟧, 행정7급 ⟦PERSON:류현석⟧
2. 출장국: 일본 ⟪place:오사카⟫  기간: ⟪date_not_birth:2026. 4. 6.⟫ ~ ⟪date_not_birth:4. 9.⟫ (3박 4일)
3. 여권: ⟦PERSON:진서연⟧ 관용 ⟦KR_PASSPORT:G112B0457⟧ / ⟦PERSON:류현석⟧ 관용 ⟦KR_PASSPORT:G30917785⟧
4. 근거: ⟪statute:「공무원 여비 규정」 제16조⟫
⟪official_title:○○시장⟫ (직인생략)"""))

A(("항공·여행", """[연수 참가자 숙소 배정표]  ※ 호텔 체크인 시 여권 또는 신분증 지참
1101호  ⟦PERSON:Batbayar Ganbold⟧ (몽골, 여권 ⟦KR_PASSPORT:E2840517⟧)  /  ⟦PERSON:Otgonbayar Tsetseg⟧ (몽골, 여권 ⟦KR_PASSPORT:E3097752⟧)
1102호  ⟦PERSON:Aung Kyaw Min⟧ (미얀마, 여권 ⟦KR_PASSPORT:MH441028⟧)
1103호  ⟦PERSON:Perera Kasun⟧ (스리랑카, 여권 ⟦KR_PASSPORT:N6620931⟧)
인솔: 국제협력팀 ⟦PERSON:엄지수⟧ 주무관 ⟦PHONE_NUMBER:044-201-3372⟧"""))

A(("외국인", """외국인근로자 고용변동 신고서
사업장명 ⟪company_name:(주)한결정밀⟫  사업자등록번호 ⟦KR_BRN:437-37-53006⟧
대표자 ⟦PERSON:하경민⟧   전화 ⟦PHONE_NUMBER:055-338-2104⟧
근로자 성명 ⟦PERSON:PHAM VAN DUC⟧ (⟦PERSON:팜 반 둑⟧)
외국인등록번호 ⟦KR_FRN:901112-5164990⟧   여권번호 ⟦KR_PASSPORT:C7720915⟧
변동사유: 사업장 이탈(⟪date_not_birth:2026.02.03.⟫부터 무단결근)
제출처: ⟪institution_name:창원고용센터⟫"""))

A(("외국인", """유학생 체류관리 현황(어학연수과정, 비공개)
성명 | 국적 | 외국인등록번호 | 여권번호 | E-mail
⟦PERSON:ZHANG YUTING⟧ | 중국 | ⟦KR_FRN:020526-7189193⟧ | ⟦KR_PASSPORT:EJ3308127⟧ | ⟦EMAIL_ADDRESS:yuting.z02@qq.com⟧
⟦PERSON:TRAN MINH KHOA⟧ | 베트남 | ⟦KR_FRN:020605-8185979⟧ | ⟦KR_PASSPORT:B6619024⟧ | ⟦EMAIL_ADDRESS:khoatm2002@gmail.com⟧
⟦PERSON:SULTANOVA MADINA⟧ | 우즈베키스탄 | ⟦KR_FRN:040314-7260291⟧ | ⟦KR_PASSPORT:FA4417203⟧ | ⟦EMAIL_ADDRESS:madina.s@mail.ru⟧
담당: 국제교류처 ⟦PERSON:설은비⟧"""))

A(("소송·조정", """서 울 중 앙 지 방 법 원
판    결
사    건  ⟪case_number:2025가단512807⟫ 손해배상(기)
원    고  ⟪masked_person:A⟫
          소송대리인 변호사 ⟦PERSON:홍석현⟧
피    고  ⟪masked_person:B⟫
변론종결  ⟪date_not_birth:2025. 12. 3.⟫
주    문  1. 피고는 원고에게 ⟪amount:15,000,000원⟫ 및 이에 대한 지연손해금을 지급하라.
판사 ⟦PERSON:모현주⟧"""))

A(("소송·조정", """조정조서(요지)
사건 ⟪case_number:2026머1133⟫ 임대차보증금반환
신청인 ⟦PERSON:국한별⟧ (⟦KR_ADDRESS:인천 연수구 한빛로 41, 202동 1706호⟧)
피신청인 ⟦PERSON:위정숙⟧ (⟦KR_ADDRESS:인천광역시 남동구 도원동 55-12⟧)
조정조항: 피신청인은 ⟪date_not_birth:2026. 5. 31.⟫까지 신청인에게 ⟪amount:38,000,000원⟫을 신청인 명의 케이뱅크 계좌(⟦KR_BANK_ACCOUNT:100-118-337204⟧)로 지급한다.
조정장 ⟦PERSON:은도현⟧ / 조정위원 ⟦PERSON:방혜진⟧"""))

A(("국민신문고", """[국민신문고 민원 답변]
1. 안녕하십니까? 국민신문고를 통해 신청하신 민원(신청번호 ⟪receipt_number:1AA-2602-0417731⟫)에 대한 답변입니다.
2. ⟦PERSON:노태준⟧ 님께서 요청하신 횡단보도 신호시간 연장은 ⟪institution_name:○○경찰서⟫ 교통안전심의를 거쳐 반영하겠습니다.
3. 추가 문의는 교통행정과 ⟦PERSON:소하린⟧ 주무관(⟦PHONE_NUMBER:031-8075-2261⟧)에게 연락 주시면 안내해 드리겠습니다.
※ 시청 대표전화 ⟪institution_phone:031-8075-2114⟫, 정부민원안내콜센터 ⟪institution_phone:110⟫"""))

A(("보도자료·뉴스", """  (서울=뉴스) 청년 농부 ⟦PERSON:김도담⟧(29) 씨는 귀농 3년 만에 딸기 스마트팜 매출 2억 원을 올렸다. ⟦PERSON:김도담⟧ 씨는 "처음엔 흙만 봐도 막막했다"며 웃었다. 이웃 농가의 ⟦PERSON:설봉규⟧(67)·⟦PERSON:심정란⟧(63) 부부도 올해부터 같은 시설을 도입했다. 군청 농업기술센터 ⟦PERSON:왕지석⟧ 팀장은 "내년에는 지원 대상을 20가구로 늘릴 계획"이라고 밝혔다."""))

A(("보도자료·뉴스", """보도자료 | 보도시점: 배포 즉시
외국인 계절근로자 인권침해 예방 합동점검 실시
- 점검 결과 임금체불 3건 적발, 시정명령 -
담당 부서: 외국인정책과   책임자: 과장 ⟦PERSON:도준혁⟧ (⟦PHONE_NUMBER:02-2110-4071⟧)
                          담당자: 사무관 ⟦PERSON:피나래⟧ (⟦PHONE_NUMBER:02-2110-4078⟧)
⟪official_title:법무부장관⟫은 "계절근로자의 기본권을 끝까지 지키겠다"고 말했다."""))

A(("회의록", """제7회 ○○구 지방보조금심의위원회 회의록
일시: ⟪date_not_birth:2026. 2. 12.⟫(목) 14:00  장소: 구청 3층 소회의실
참석: 위원장 ⟦PERSON:라정훈⟧, 위원 ⟦PERSON:봉수아⟧·⟦PERSON:설기영⟧·⟦PERSON:독고민재⟧, 간사 ⟦PERSON:채은호⟧
(⟦PERSON:라정훈⟧ 위원장) 안건 1부터 심의하겠습니다.
(⟦PERSON:봉수아⟧ 위원) 정산 보고가 늦은 단체는 감액하는 게 맞다고 봅니다.
(⟦PERSON:독고민재⟧) 동의합니다. 다만 ⟪masked_person:김○○⟫ 대표 단체는 사정이 있었습니다.
결정: 원안 가결"""))

A(("회의록", """녹취록 (민원 전화, 발췌)
상담원: 성함 말씀해 주시겠어요?
민원인: ⟦PERSON:양 미 숙⟧이요. 양은 버들 양.
상담원: 연락받으실 번호는요?
민원인: ⟦PHONE_NUMBER:공일공 칠삼이일 오팔공사⟧요. 아, 집 전화는 ⟦PHONE_NUMBER:공사일 오오공 이칠일삼⟧이고요.
상담원: 생년월일도 확인하겠습니다.
민원인: ⟦DATE_OF_BIRTH:육십팔년 삼월 이십일⟧이요.
상담원: 네, 확인되었습니다."""))

A(("접속로그", """2026-02-17T09:12:44+09:00 INFO  login ok   uid=⟪user_id:u40217⟫ ip=⟦IP_ADDRESS:175.203.118.46⟧ mail=⟦EMAIL_ADDRESS:hyejin.b@korea.kr⟧
2026-02-17T09:13:02+09:00 INFO  view      uid=⟪user_id:u40217⟫ doc=⟪doc_number:민원과-2291⟫
2026-02-17T09:20:31+09:00 WARN  login fail uid=⟪user_id:u31880⟫ ip=⟦IP_ADDRESS:211.36.142.7⟧ (3회)
2026-02-17T09:21:05+09:00 WARN  locked     uid=⟪user_id:u31880⟫ ip=⟦IP_ADDRESS:211.36.142.7⟧ client=⟪version_number:10.0.19045.3803⟫"""))

A(("이메일·채팅", """From: ⟦PERSON:박세영⟧ <⟦EMAIL_ADDRESS:seyoung.park@hanmail.net⟧>
To: 세무과 민원창구 <⟪institution_email:tax-help@gangseo.go.kr⟫>
Subject: 지방세 환급금 계좌 정정 요청

안녕하세요, 작년 자동차세 과오납 환급 건(⟪receipt_number:과오납-2025-018822⟫) 관련입니다.
환급 계좌를 국민은행 ⟦KR_BANK_ACCOUNT:470701-01-338215⟧에서 토스뱅크 ⟦KR_BANK_ACCOUNT:1000-4471-2290⟧으로 바꿔 주세요.
⟦PERSON:박세영⟧ 드림 / ⟦PHONE_NUMBER:010-9021-4436⟧"""))
A(("이메일·채팅", """[카톡 단체방: 3동 주민자치회 총무]
오전 9:02 ⟦PERSON:권보람⟧: 회비 아직 안 내신 분들 아래 계좌로 부탁드려요~
오전 9:02 ⟦PERSON:권보람⟧: 새마을금고 ⟦KR_BANK_ACCOUNT:9002-1947-3381-5⟧ (예금주 ⟦PERSON:권보람⟧)
오전 9:05 ⟦PERSON:함석진⟧: 송금했습니다 ㅎㅎ
오전 9:07 ⟦PERSON:Maria Santos⟧: 저도 보냈어요! 영수증 필요하면 ⟦EMAIL_ADDRESS:maria.cris.santos@yahoo.com⟧으로 주세요
오전 9:10 ⟦PERSON:권보람⟧: 네 감사합니다. 궁금한 거 있으면 ⟦PHONE_NUMBER:01048207715⟧로 문자 주세요"""))

A(("지급목록", """긴급복지 생계지원금 지급 내역 (은행명 생략, 가나다순)
⟦PERSON:가은비⟧	⟦KR_BANK_ACCOUNT:1002-331-904417⟧	⟪amount:1,833,000⟫
⟦PERSON:공민철⟧	⟦KR_BANK_ACCOUNT:3333-14-2287051⟧	⟪amount:1,183,000⟫
⟦PERSON:도해진⟧	⟦KR_BANK_ACCOUNT:612-910557-41207⟧	⟪amount:1,833,000⟫
⟦PERSON:변정우⟧	⟦KR_BANK_ACCOUNT:20511033018⟧	⟪amount:623,000⟫
⟦PERSON:연수아⟧	⟦KR_BANK_ACCOUNT:079-04-119382⟧	⟪amount:1,183,000⟫"""))

A(("지급목록", """┌────┬────────┬──────────────┬────────┐
│ 1  │ ⟦PERSON:석진우⟧     │ ⟦KR_BANK_ACCOUNT:110-213-775406⟧     │ 150,000 │
│ 2  │ ⟦PERSON:마하늘⟧     │ ⟦KR_BANK_ACCOUNT:352-1101-4472-83⟧   │ 150,000 │
│ 3  │ ⟦PERSON:길소연⟧     │ ⟦KR_BANK_ACCOUNT:4470-02-0337612⟧    │ 150,000 │
│ 4  │ ⟦PERSON:육태경⟧     │ ⟦KR_BANK_ACCOUNT:1000-2387-6601⟧     │ 150,000 │
└────┴────────┴──────────────┴────────┘
(청년 문화패스 지원금, 3월분)"""))

A(("계좌변경신청", """기초연금 수급계좌 변경 신고
수급자 ⟦PERSON:인분순⟧ (⟦KR_RRN:450425-2169523⟧)
대리인 ⟦PERSON:인경호⟧ (아들) ⟦PHONE_NUMBER:010-3372-9184⟧
변경계좌: 농협 ⟦KR_BANK_ACCOUNT:301-0447-2281-41⟧, 압류방지 전용 '행복지킴이통장'
첨부: 통장 사본 1부, 가족관계증명서 1부
※ 신청서 작성 예시의 ⟪placeholder_person:홍길동⟫, ⟪placeholder_rrn:000000-0000000⟫은 실제 내용이 아님"""))

A(("계좌변경신청", """자동이체 계좌 변경 건 회신합니다.
고객명 ⟦PERSON:모영숙⟧ / 계약번호 ⟪doc_number:WS-2024-118302⟫
변경 전 계좌 ⟦KR_BANK_ACCOUNT/account_masked:110-***-****06⟧ (신한)
변경 후 계좌 ⟦KR_BANK_ACCOUNT:9003-2418-0774-6⟧ (새마을금고)
출금일 매월 25일. 상수도사업소 요금팀 ⟪institution_phone:1588-0120⟫"""))

A(("카드", """재난지원금 선불카드 분실·재발급 대장
연번 성명 생년월일 구 카드번호 신 카드번호
1 ⟦PERSON:석경자⟧ ⟦DATE_OF_BIRTH:1950-03-17⟧ ⟦CREDIT_CARD:9443-1213-4556-4058⟧ ⟦CREDIT_CARD:9443-4055-9874-9064⟧
2 ⟦PERSON:조한결⟧ ⟦DATE_OF_BIRTH:1999-12-08⟧ ⟦CREDIT_CARD:9443-2608-3400-5718⟧ ⟦CREDIT_CARD:9443-2795-8492-4332⟧
3 ⟦PERSON:나영철⟧ ⟦DATE_OF_BIRTH:1966-06-30⟧ ⟦CREDIT_CARD:9430-6815-7089-3196⟧ ⟦CREDIT_CARD:9443-2117-8155-1667⟧"""))

A(("카드", """환불 처리 요청(체육시설 수강료)
- ⟦PERSON:주하람⟧: 카드 ⟦CREDIT_CARD:4444-4634-7861-2217⟧ 취소 ⟪amount:66,000원⟫, 원승인 ⟪approval_number:71520334⟫
- ⟦PERSON:진예서⟧: 카드 ⟦CREDIT_CARD:3715-618365-46103⟧ 취소 ⟪amount:33,000원⟫ (아멕스, 부분취소)
- ⟦PERSON:염태민⟧: 카드 ⟦CREDIT_CARD:3540-1444-9454-4379⟧ 취소 ⟪amount:132,000원⟫
- ⟦PERSON:천소율⟧: 카드 끝자리 ⟪card_last4:0163⟫만 확인됨 → 본인 연락 필요 (⟦PHONE_NUMBER:010-8314-0092⟧)"""))

A(("카드", """카드 매출 취소 확인서                           ⟪doc_number:No. 0000482⟫
가맹점: ⟪company_name:주식회사 별마루스포츠⟫ (법인등록번호 ⟦KR_CRN:110113-6635312⟧ / 사업자 ⟦KR_BRN:157-86-62403⟧)
카드번호: ⟦CREDIT_CARD:6250-6578-****-9775⟧ (은련)
원거래일 ⟪date_not_birth:2026.01.30⟫  취소일 ⟪date_not_birth:2026.02.02⟫
취소금액 ⟪amount:₩259,000⟫  ※ 카드사 사정에 따라 3~5영업일 소요"""))

A(("병원원무", """[요양급여비용 심사청구 보완 요청 회신]
수진자 ⟦PERSON:변하진⟧ 건보증 ⟦KR_HEALTH_INSURANCE:71334820917⟧ 생년월일 ⟦DATE_OF_BIRTH:1972.09.05.⟧
수진자 ⟦PERSON:엄태식⟧ 건보증 ⟦KR_HEALTH_INSURANCE:50227419386⟧ 생년월일 ⟦DATE_OF_BIRTH:1958.02.14.⟧
청구 요양기관 ⟪company_name:새봄정형외과의원⟫ 요양기관기호 ⟪public_record_id:31312345⟫
심사 담당 ⟦PERSON:채서진⟧ 차장"""))

A(("병원원무", """응급실 접수 메모 (야간)
23:40 내원. 환자 본인 의식 저하, 동행인 ⟦PERSON:오세린⟧(딸)이 인적사항 구술.
환자 ⟦PERSON:오병철⟧, ⟦KR_RRN:490516-1079521⟧, 주소 ⟦KR_ADDRESS:부산 사하구 하늬로 62번길 15⟧
보호자 연락처 ⟦PHONE_NUMBER:010-5519-7730⟧, 건강보험 자격 확인 ⟦KR_HEALTH_INSURANCE:12094477381⟧
기저질환 고혈압. 담당 ⟦PERSON:선우진⟧ 간호사."""))

A(("부동산", """부동산 매매계약서 특약사항 (발췌)
매도인 ⟦PERSON:탁은주⟧ 1970년생 / 매수인 ⟦PERSON:Emily Johnson⟧ (미국, 여권 ⟦KR_PASSPORT:571204836⟧, 외국인등록번호 ⟦KR_FRN:850813-5202170⟧)
잔금은 ⟪date_not_birth:2026. 6. 30.⟫ 매도인 계좌 KB국민은행 ⟦KR_BANK_ACCOUNT:612801-04-227193⟧로 입금한다.
매수인 연락처 ⟦PHONE_NUMBER:+82-10-6620-3384⟧, ⟦EMAIL_ADDRESS:emily.j.seoul@gmail.com⟧"""))

A(("보육·학교", """2026학년도 신입생 입학 서류 미제출자 안내
⟦PERSON:남궁시우⟧ (⟦DATE_OF_BIRTH:2019. 4. 11.⟧) — 예방접종증명서
⟦PERSON:탁서아⟧ (⟦DATE_OF_BIRTH:2019. 9. 2.⟧) — 주민등록등본
⟦PERSON:Le Minh Anh⟧ (⟦DATE_OF_BIRTH:2019. 6. 23.⟧) — 외국인등록사실증명
제출처: 교무실(⟪institution_phone:063-270-1190⟫)"""))

A(("보육·학교", """학교폭력대책심의위원회 개최 통보(보호자용)
관련 학생: ⟪masked_person:A학생⟫(2학년), ⟪masked_person:B학생⟫(2학년)
통보 대상 보호자: ⟦PERSON:육수정⟧ 귀하 (⟦KR_ADDRESS:전주시 완산구 꽃담길 27, 104동 903호⟧)
일시: ⟪date_not_birth:2026. 3. 18.⟫ 15:00 / 장소: 교육지원청 2층
문의: 학교폭력제로센터 ⟦PERSON:구하연⟧ 장학사 ⟦PHONE_NUMBER:063-239-3374⟧"""))

A(("복지", """노인맞춤돌봄서비스 대상자 카드
성명 ⟦PERSON:마순덕⟧   성별 여   생년월일 ⟦DATE_OF_BIRTH:1937년 2월 5일⟧   나이 ⟪age:89세⟫
주소 ⟦KR_ADDRESS:충남 논산시 은빛길 18-4⟧
비상연락 ⟦PERSON:마정호⟧(장남) ⟦PHONE_NUMBER:010-2284-6107⟧ / ⟦PERSON:유은영⟧(며느리) ⟦PHONE_NUMBER:010-2284-6180⟧
담당 생활지원사 ⟦PERSON:하춘자⟧"""))

A(("복지", """장애인 보조기기 교부 대상자 결정 통지
⟦PERSON:석도윤⟧ 님(⟦DATE_OF_BIRTH:2011. 7. 19.⟧생)의 전동휠체어 교부 신청을 승인합니다.
교부 업체: ⟪company_name:(주)늘푸른메디칼⟫ (사업자 ⟦KR_BRN:262-11-73048⟧, ⟦PHONE_NUMBER:043-221-9087⟧)
근거: ⟪statute:「장애인복지법」 제65조⟫ / 문의: 장애인복지팀 ⟪institution_phone:043-201-2114⟫ (대표)"""))

A(("자동차·과태료", """자동차 이전등록 신청서
양도인 ⟦PERSON:표기태⟧ ⟦KR_RRN:690713-2105616⟧ (주소: ⟦KR_ADDRESS:경상남도 김해시 다솜로 90⟧)
양수인 ⟦PERSON:현다인⟧ ⟦KR_RRN:001006-4369538⟧ (주소: ⟦KR_ADDRESS:경남 창원시 성산구 가람로 7, 301동 1102호⟧)
자동차등록번호 ⟦KR_VEHICLE_PLATE:63보 1908⟧  차대번호 ⟪public_record_id:KMHD341CBKU702231⟫
양수인 운전면허 ⟦KR_DRIVER_LICENSE:200021448119⟧"""))

A(("자동차·과태료", """교통사고 사실확인원 (발췌)
가해차량 ⟦KR_VEHICLE_PLATE:부산 84사 3302⟧ (택시) 운전자 ⟦PERSON:태민호⟧ 면허 ⟦KR_DRIVER_LICENSE:부산 95-112408-71⟧
피해차량 ⟦KR_VEHICLE_PLATE:227도 4185⟧ 운전자 ⟦PERSON:명유진⟧ 면허 ⟦KR_DRIVER_LICENSE:12-17-338126-40⟧
사고일시 ⟪date_not_birth:2026.02.07.⟫ 18:20 / 접수번호 ⟪case_number:2026-001882⟫"""))

A(("외국인", """[고용허가제] 입국 예정 근로자 명단 — (주)다온식품 (⟦KR_BRN:615-61-32926⟧)
1) ⟦PERSON:THAPA BIKRAM⟧  NPL  여권 ⟦KR_PASSPORT:PA0917724⟧  생년월일 ⟦DATE_OF_BIRTH:1996-01-22⟧
2) ⟦PERSON:GURUNG ANITA⟧  NPL  여권 ⟦KR_PASSPORT:PA1108357⟧  생년월일 ⟦DATE_OF_BIRTH:1998-07-03⟧
3) ⟦PERSON:SOK DARA⟧      KHM  여권 ⟦KR_PASSPORT:N02284619⟧  생년월일 ⟦DATE_OF_BIRTH:1994-11-15⟧
입국 예정일 ⟪date_not_birth:2026-04-02⟫"""))

A(("외국인", """체불임금 확인서 (외국인근로자 출국만기보험 관련)
근로자 ⟦PERSON:누를라노프 아르만⟧ (카자흐스탄), 외국인등록번호 ⟦KR_FRN:870913-6362584⟧
※ 여권 재발급으로 여권번호 변경: ⟦KR_PASSPORT:N10427718⟧ → ⟦KR_PASSPORT:N13390265⟧
체불액 ⟪amount:4,218,000원⟫은 근로자 본인 계좌(IBK기업 ⟦KR_BANK_ACCOUNT:010-447201-01-018⟧)로 지급 예정"""))

A(("소송·조정", """사건 ⟪case_number:2024고약12345⟫ 공판조서 중 증인신문 요지
증인 ⟦PERSON:신가람⟧(⟦DATE_OF_BIRTH:1990. 10. 2.⟧생, 회사원)은 다음과 같이 진술하였다.
문: 피고인 ⟪masked_person:정 모 씨⟫를 언제 처음 보았나요.
답: 작년 여름 ⟪place:망원시장⟫ 앞에서 처음 봤습니다.
참여 법원사무관 ⟦PERSON:채지훈⟧"""))

A(("국민신문고", """민원 처리 결과 통지
민원인: ⟦PERSON:오하은⟧ 귀하 (⟦KR_ADDRESS:서울특별시 관악구 별마루로 19, 2층⟧)
민원 요지: 공동주택 층간소음 중재 요청
처리 결과: ⟪institution_name:서울특별시 층간소음 이웃사이센터⟫ 상담을 연계하였습니다.
담당: 주택과 ⟦PERSON:연준서⟧ (☎ ⟦PHONE_NUMBER:02-879-6624⟧, ⟦EMAIL_ADDRESS:yjs0421@seoul.go.kr⟧)
⟪official_title:관악구청장⟫"""))

A(("보도자료·뉴스", """[사건] "할머니 통장이 텅 비었어요"… 보이스피싱 수거책 검거
보이스피싱 현금 수거책 ⟪masked_person:윤모(24)씨⟫가 경찰에 붙잡혔다. 피해자 ⟦PERSON:조옥자⟧(81) 할머니는 "아들 목소리인 줄 알았다"고 했다. 조 할머니의 손자 ⟦PERSON:조현빈⟧ 군은 할머니 휴대전화에 남은 발신번호 ⟦PHONE_NUMBER:070-8812-4417⟧을 경찰에 넘겼다. 수사를 맡은 ⟪institution_name:○○경찰서⟫ 지능팀 ⟦PERSON:국태오⟧ 경위는 "피해금이 ⟦KR_BANK_ACCOUNT:3333-21-7730148⟧ 등 대포통장 3개로 흩어졌다"고 설명했다."""))

A(("보도자료·뉴스", """Interview note (English desk)
Ms. ⟦PERSON:Camille Martin⟧, 34, a French exchange researcher, told reporters that her residence card number ⟦KR_FRN:920128-6207778⟧ had been printed on a public notice by mistake. "I only found out when my colleague ⟦PERSON:Lukas Schmidt⟧ sent me a photo," she said. The district office apologised and said the notice was removed on ⟪date_not_birth:Feb. 9⟫."""))

A(("회의록", """2026년 제1차 ○○어린이집 운영위원회 회의록
참석자(서명)
  학부모 위원  ⟦PERSON:하 지 민⟧ (서명)    ⟦PERSON:편 소 윤⟧ (서명)
  교직원 위원  ⟦PERSON:옥승희⟧ (서명)
  지역사회 위원 ⟦PERSON:마명수⟧ (서명)
원장: 급식 단가를 ⟪amount:3,100원⟫으로 올리는 안입니다.
⟦PERSON:하 지 민⟧: 인상 취지는 동의합니다. 다만 공지는 일찍 해 주세요.
⟦PERSON:마명수⟧ 위원님 의견 있으십니까? — 없음."""))

A(("회의록", """[녹취] 임대차분쟁조정위원회 조정기일 발언 (일부)
조정위원 ⟦PERSON:설태경⟧: 신청인께서 계좌번호를 불러 주시죠.
신청인 ⟦PERSON:구민서⟧: 우리은행 ⟦KR_BANK_ACCOUNT:일공공이 구사칠 삼삼일공오팔⟧ 입니다.
조정위원 ⟦PERSON:설태경⟧: 피신청인께서는 이 계좌로 보증금 잔액을 송금하시면 됩니다.
피신청인 대리인 ⟦PERSON:왕보은⟧: 네, 이번 달 말까지 처리하겠습니다."""))

A(("접속로그", """[개인정보처리시스템 접속기록 점검 결과 — 이상징후 3건]
No | 일시 | 취급자 | 접속IP | 조회 대상(정보주체)
1 | ⟪date_not_birth:2026-02-03⟫ 22:14 | ⟪user_id:hr_jeong02⟫ | ⟦IP_ADDRESS:10.21.4.118⟧ | ⟦PERSON:봉미래⟧ (⟦KR_RRN:860405-1230976⟧)
2 | ⟪date_not_birth:2026-02-03⟫ 22:16 | ⟪user_id:hr_jeong02⟫ | ⟦IP_ADDRESS:10.21.4.118⟧ | ⟦PERSON:채도원⟧ (⟦KR_RRN:570422-1015814⟧)
3 | ⟪date_not_birth:2026-02-05⟫ 03:02 | ⟪user_id:ext_vendor7⟫ | ⟦IP_ADDRESS:118.41.207.33⟧ | 대량 조회 1,240건
조치: 취급자 소명 요구, 외부 접속 차단"""))

A(("접속로그", """sshd[4412]: Failed password for invalid user admin from ⟦IP_ADDRESS:58.229.14.190⟧ port 52211 ssh2
sshd[4412]: Failed password for invalid user admin from ⟦IP_ADDRESS:58.229.14.190⟧ port 52213 ssh2
sshd[4419]: Accepted publickey for ⟪user_id:deploy⟫ from ⟦IP_ADDRESS:192.168.10.24⟧ port 40118 ssh2
sshd[4431]: Connection closed by ⟦IP_ADDRESS:2001:db8:4a1:77::12⟧ port 50022 [preauth]"""))

A(("이메일·채팅", """보낸사람: ⟦PERSON:성유나⟧ <⟦EMAIL_ADDRESS:yuna_sung@daum.net⟧>
받는사람: 아동수당 담당자
날짜: ⟪date_not_birth:2026년 2월 20일⟫ (금) 오후 3:11

담당자님, 둘째 ⟦PERSON:김서후⟧(⟦DATE_OF_BIRTH:2025. 12. 28.⟧ 출생) 아동수당 신청했는데 주민번호가 ⟦KR_RRN:251228-3448201⟧로 잘못 입력된 것 같습니다. 출생신고서에는 ⟦KR_RRN:251228-3448210⟧입니다. 확인 부탁드려요.
— 엄마 ⟦PERSON:성유나⟧ (⟦PHONE_NUMBER:010-6231-4409⟧)"""))

A(("이메일·채팅", """[DM] 팀장님 내일 출장 항공권 발권하려는데 여권번호 다시 확인 부탁드립니다.
[DM] ⟦PERSON:추민경⟧: 구여권은 만료됐고 새 여권은 ⟦KR_PASSPORT:M517C2093⟧이에요. 영문명 CHU MINKYUNG.
[DM] 네! 동행하시는 ⟦PERSON:우재성⟧ 주무관님 것은 ⟦KR_PASSPORT:M36018842⟧ 맞죠?
[DM] ⟦PERSON:추민경⟧: 그건 본인한테 한 번 더 물어봐요."""))

A(("인사·공문", """○○군 인사발령 (⟪date_not_birth:2026. 1. 1.⟫자)
〈승진〉 지방행정사무관  ⟦PERSON:명재훈⟧(기획감사실), ⟦PERSON:소은비⟧(민원과)
〈전보〉 지방행정주사   ⟦PERSON:편대호⟧  재무과 → 환경위생과
〈신규임용〉 지방행정서기보(시보) ⟦PERSON:반하윤⟧, ⟦PERSON:Anna KIM⟧ (귀화)
⟪official_title:○○군수⟫"""))

A(("인사·공문", """수신  ⟪official_title:수신자 참조⟫
(경유)
제목  2026년 개인정보 보호 교육 참석자 명단 제출
1. 관련: ⟪doc_number:정보화담당관-1187(2026. 2. 2.)⟫
2. 위 호와 관련하여 우리 과 참석자를 아래와 같이 제출합니다.
  가. 참석자: 주무관 ⟦PERSON:전소윤⟧(⟦PHONE_NUMBER:044-215-4431⟧), 주무관 ⟦PERSON:황보경민⟧(⟦PHONE_NUMBER:044-215-4436⟧)
기안자 주무관 ⟦PERSON:전소윤⟧  검토자 사무관 ⟦PERSON:모정현⟧  결재권자 과장 ⟦PERSON:도상우⟧
시행 ⟪doc_number:재정관리과-402⟫ (⟪date_not_birth:2026. 2. 6.⟫)  접수
⟪institution_address:세종특별자치시 갈매로 477 정부세종청사 4동⟫ / 전화 ⟪institution_phone:044-215-2114⟫ / 전송 ⟦PHONE_NUMBER:044-215-8990⟧"""))

A(("계약·동의서", """용역 계약서
발주기관: ⟪institution_name:○○도 보건환경연구원⟫ (⟪institution_address:○○도 ○○시 연구원로 20⟫)
계약상대자: ⟪company_name:주식회사 미리내데이터⟫
  법인등록번호 ⟦KR_CRN:135011-6288366⟧ / 사업자등록번호 ⟦KR_BRN:351-81-50713⟧
  대표이사 ⟦PERSON:진우석⟧ / 소재지 ⟦KR_ADDRESS:경기 수원시 영통구 한울대로 480, 7층⟧
  대금 지급계좌: 하나은행 ⟦KR_BANK_ACCOUNT:301-910882-15507⟧ (예금주 ⟪company_name:주식회사 미리내데이터⟫)
계약금액 ⟪amount:금47,300,000원⟫(부가세 포함)"""))

A(("계약·동의서", """개인정보 수집·이용 동의서 (작성 완료본)
성명: ⟦PERSON:유채원⟧   생년월일: ⟦DATE_OF_BIRTH:01.08.22⟧   연락처: ⟦PHONE_NUMBER:010-9910-2237⟧
이메일: ⟦EMAIL_ADDRESS:chaewon.yoo@kakao.com⟧
☑ 동의함  ☐ 동의하지 않음
수집 항목: 성명, 생년월일, 연락처, 이메일 / 보유기간: 행사 종료 후 1년
⟪date_not_birth:2026. 3. 2.⟫  신청인 ⟦PERSON:유채원⟧ (서명)"""))

A(("공고·안내", """○○시 공고 ⟪doc_number:제2026-214호⟫
2026년 청년 월세 한시 특별지원 사업 신청 안내
1. 신청기간: ⟪date_not_birth:2026. 3. 3.⟫ ~ ⟪date_not_birth:2026. 3. 31.⟫
2. 지원내용: 월 최대 ⟪amount:20만 원⟫, 최장 12개월
3. 신청방법: 복지로 누리집 또는 주소지 행정복지센터 방문
4. 문의: ⟪institution_phone:120⟫ 다산콜재단, 청년정책과 ⟪institution_phone:02-2133-6587(대표)⟫
※ 신청서 예시: 성명 ⟪placeholder_person:홍길동⟫, 주민등록번호 ⟪placeholder_rrn:000000-0000000⟫"""))

A(("공고·안내", """「개인정보 보호법」 제30조에 따른 개인정보 처리방침 변경 안내
변경 시행일: ⟪date_not_birth:2026년 4월 1일⟫
주요 변경 사항
 - 개인정보 보호책임자 변경: ⟪official_title:기획조정실장⟫ → ⟪official_title:정보화담당관⟫
 - 영상정보처리기기 운영·관리 방침 통합
 - 개인정보 열람 청구 접수 창구: ⟪institution_email:privacy@example.go.kr⟫
권리 침해 신고: 개인정보침해신고센터 ⟪institution_phone:118⟫, 대검찰청 ⟪institution_phone:1301⟫"""))

A(("세무", """[질의] ⟪masked_person:갑⟫은 ⟪date_not_birth:2019. 5.⟫ 취득한 주택을 ⟪masked_person:을⟫에게 양도하였음
[회신] 기존 해석사례(⟪doc_number:서면-2021-부동산-4417⟫) 및 ⟪statute:「소득세법 시행령」 제155조 제1항⟫을 참고하시기 바랍니다.
※ 질의서에 기재된 ⟪masked_person:박**⟫ 님의 계좌번호 등 개인정보는 공개 시 삭제함."""))

A(("지급목록", """학교 우유급식 저소득층 지원 환급 계좌 — 2학기
학년반 / 학생 / 보호자 / 은행 / 계좌
1-3 / ⟦PERSON:나은별⟧ / ⟦PERSON:나종민⟧ / 광주 / ⟦KR_BANK_ACCOUNT:107-122-553819⟧
2-1 / ⟦PERSON:류하준⟧ / ⟦PERSON:류지숙⟧ / 전북 / ⟦KR_BANK_ACCOUNT:1021-02-7733401⟧
4-2 / ⟦PERSON:제갈윤⟧ / ⟦PERSON:제갈민호⟧ / 경남 / ⟦KR_BANK_ACCOUNT:207-22-0084139⟧
5-4 / ⟦PERSON:이루다⟧ / ⟦PERSON:Ivanova Olga⟧ / 수협 / ⟦KR_BANK_ACCOUNT:1010-1447-3302⟧"""))

A(("지급목록", """출산장려금(셋째아) 지급 결의
지급 대상 ⟦PERSON:금민아⟧ (모), 아동 ⟦PERSON:윤하람⟧ ⟦DATE_OF_BIRTH:2025. 11. 3.⟧ 출생 (주민등록번호 ⟦KR_RRN:251103-4728115⟧)
지급액 ⟪amount:3,000,000원⟫, 입금 계좌 경남은행 ⟦KR_BANK_ACCOUNT:207-24-0018835⟧
결재: 담당 ⟦PERSON:표서진⟧ → 팀장 ⟦PERSON:용재근⟧ → 과장 ⟦PERSON:도미란⟧"""))
A(("지급목록", """긴급 재난지원금 지급 대장 (스캔본)
순번 성명 생년월일 계좌
1 ⟦PERSON:김 옥 분⟧ ⟦DATE_OF_BIRTH:l942.O3.1l⟧ ⟦KR_BANK_ACCOUNT:3Ol-O228-4417-6l⟧
2 ⟦PERSON:박 상 철⟧ ⟦DATE_OF_BIRTH:１９５５．０７．２０⟧ ⟦KR_BANK_ACCOUNT:６０１２２３－０２－３３７１０８⟧
3 ⟦PERSON:이정자⟧ ⟦DATE_OF_BIRTH:1949.11.O4⟧ ⟦KR_BANK_ACCOUNT:1002-55
0-771934⟧
확인자 ⟦PERSON:우 태 민⟧ (인)""", "ocr"))

A(("카드", """<영수증 스캔>
상호: ⟪company_name:솔바람문구⟫  대표: ⟦PERSON:지영남⟧
사업자: ⟦KR_BRN:１０４－１１－５９６６２⟧
카드: ⟦CREDIT_CARD:5S38-3O64-0037-6l42⟧
승인: ⟪approval_number:O0l88273⟫  금액 ⟪amount:12,OOO원⟫
일시: ⟪date_not_birth:2026-O2-O9⟫ 16;22""", "ocr"))

A(("외국인", """외국인등록증 사본(판독 불량)
성명 ⟦PERSON:WANG XIAO
MING⟧
등록번호 ⟦KR_FRN:7２0806-630１194⟧
국적 중국   여권번호 ⟦KR_PASSPORT:E 4417 2093⟧
체류자격 E-9   발급일 ⟪date_not_birth:2024.05.13⟫""", "ocr"))

A(("병원원무", """진료비 영수증 재발급 신청 (팩스 수신)
환 자 명 : ⟦PERSON:송 하 윤⟧
주민번호 : ⟦KR_RRN:930909-
2470242⟧
보험증번호: ⟦KR_HEALTH_INSURANCE:7104 4829 130⟧
연 락 처 : ⟦PHONE_NUMBER:O1O-2248-7719⟧
수령방법 : 우편 → ⟦KR_ADDRESS:강원특별자치도 춘천시 봄내로 88, 102동
1504호⟧""", "ocr"))

A(("자동차·과태료", """단속 사진 판독 결과
1) 차량번호 ⟦KR_VEHICLE_PLATE:12O가 7713⟧ → 판독 신뢰도 낮음, 재확인 요망
2) 차량번호 ⟦KR_VEHICLE_PLATE:경기 7B바 4420⟧ (영업용)
3) 차량번호 ⟦KR_VEHICLE_PLATE:331 노 2O58⟧
4) 번호판 가림 — 판독 불가
단속 장비 ID ⟪public_record_id:CAM-0417-22⟫  판독자 ⟦PERSON:어진호⟧""", "ocr"))

A(("항공·여행", """여권 사본 OCR 추출값 검수표
항목        추출값             검수
여권번호    ⟦KR_PASSPORT:M4O9l7725⟧         O→0, l→1 보정 필요
성명        ⟦PERSON:PARK MINJI⟧
생년월일    ⟦DATE_OF_BIRTH:O5 JAN 1997⟧
여권번호    ⟦KR_PASSPORT:M2２8Ｒ4410⟧        전각 혼입
성명        ⟦PERSON:LEE SEUNGHO⟧
생년월일    ⟦DATE_OF_BIRTH:18 AUG 1979⟧""", "ocr"))

A(("계좌변경신청", """환급금 수령계좌 신고서(수기)
성명 ⟦PERSON:반 옥 순⟧
생년월일 ⟦DATE_OF_BIRTH:1953 년 9 월 1 일⟧
은행 우 체 국
계좌 ⟦KR_BANK_ACCOUNT:0l4447 - O2 - 228137⟧
전화 ⟦PHONE_NUMBER:O33) 762 - 1148⟧""", "ocr"))

A(("보육·학교", """학생 기초조사서 (스캔, 일부 번짐)
학생 ⟦PERSON:마 서 준⟧  생년월일 ⟦DATE_OF_BIRTH:2O15. 6. 3O.⟧
부 ⟦PERSON:마 동 석⟧  휴대폰 ⟦PHONE_NUMBER:010-4４71-0298⟧
모 ⟦PERSON:SANTOS REYES LIZA⟧ 휴대폰 ⟦PHONE_NUMBER:010-9O73-1154⟧
주소 ⟦KR_ADDRESS:경북 구미시 새솔로 14, 1
03동 707호⟧""", "ocr"))

A(("카드", """카드 분실 신고 내역 (콜센터 → 가맹점 공유용, 마스킹 처리본)
① ⟦PERSON:염수진⟧ ⟦CREDIT_CARD:4815-35**-****-6837⟧ 분실 ⟪date_not_birth:02/14⟫ 21:00
② ⟦PERSON:공재호⟧ ⟦CREDIT_CARD:3640-59****-7327⟧ 도난 ⟪date_not_birth:02/15⟫ 08:10 (다이너스)
③ ⟦PERSON:하서윤⟧ ⟦CREDIT_CARD:6011-20XX-XXXX-6380⟧ 분실 ⟪date_not_birth:02/15⟫ 13:45
④ 법인카드(⟪company_name:(주)가람건설⟫) ⟦CREDIT_CARD:5137-34**-****-1970⟧ 분실
신고 접수 ⟪institution_phone:1544-7000⟫"""))

A(("카드", """[민원] 해외 결제 부정사용 의심 신고 내용 정리
신고인 ⟦PERSON:천우진⟧ 씨는 본인 카드(⟦CREDIT_CARD:3569 0431 0399 3157⟧)로 ⟪date_not_birth:2월 3일⟫ 새벽 미국 온라인몰에서 ⟪amount:USD 1,249⟫가 결제되었다고 신고함. 같은 날 배우자 ⟦PERSON:명지수⟧ 씨 카드(⟦CREDIT_CARD:4676402067970163⟧)에서도 소액 결제 시도가 있었음. 신고인은 카드를 해지하고 ⟦EMAIL_ADDRESS:woojin1000@nate.com⟧으로 처리 결과를 받기를 원함."""))

A(("카드", """관용카드 사용내역 소명 (회계과 제출)
사용자: 총무팀 ⟦PERSON:곽도현⟧ 주무관
카드번호: ⟪institution_card:법인 공용카드 3호⟫ (기관 명의, 개인정보 아님)
사용일 ⟪date_not_birth:2026. 1. 15.⟫ / 가맹점 ⟪company_name:누리한식뷔페⟫ / ⟪amount:176,000원⟫
소명: 민원 응대 직원 격려 오찬 (11명)
※ 개인카드 선결제분: ⟦PERSON:곽도현⟧ 본인 카드 ⟦CREDIT_CARD:2221-7046-5572-1013⟧ → 환급 요청"""))

A(("병원원무", """산재 요양급여 신청서(근로자 작성란)
성명 ⟦PERSON:RAHMAN HASAN⟧   외국인등록번호 ⟦KR_FRN:890823-5344290⟧
사업장 ⟪company_name:(주)햇살금속⟫ (사업장관리번호 ⟪public_record_id:61588-0133-4470⟫)
재해일시 ⟪date_not_birth:2026. 1. 28.⟫ 10:30, 프레스 작업 중 손가락 협착
휴대전화 ⟦PHONE_NUMBER:010-5590-2213⟧  보험급여 입금계좌 ⟦KR_BANK_ACCOUNT:620-215077-10807⟧(하나)"""))

A(("병원원무", """건강검진 결과 통보서 재발송 요청 목록
⟦PERSON:용석진⟧  ⟦KR_HEALTH_INSURANCE:81420039174⟧  ⟦DATE_OF_BIRTH:1964/05/21⟧
⟦PERSON:반예린⟧  ⟦KR_HEALTH_INSURANCE:23318804451⟧  ⟦DATE_OF_BIRTH:1991/12/02⟧
⟦PERSON:탁재원⟧  ⟦KR_HEALTH_INSURANCE:40771285063⟧  ⟦DATE_OF_BIRTH:1977/03/09⟧
발송처: ⟪institution_name:국민건강보험공단 ○○지사⟫ ⟪institution_phone:1577-1000⟫"""))

A(("부동산", """확정일자 부여 현황(주민센터 내부)
⟪receipt_number:2026-0311⟫ 임차인 ⟦PERSON:길하람⟧ ⟦KR_ADDRESS:노원구 하늬로 205, 7동 402호⟧ 보증금 ⟪amount:2억⟫
⟪receipt_number:2026-0312⟫ 임차인 ⟦PERSON:우소연⟧ ⟦KR_ADDRESS:노원구 미리내길 33-2, 지하1층⟧ 보증금 ⟪amount:5천만⟫
⟪receipt_number:2026-0313⟫ 임차인 ⟪company_name:(주)별빛하우징⟫ (법인) ⟦KR_ADDRESS:노원구 은빛길 6, 2층⟧"""))

A(("부동산", """전세보증금 반환보증 신청 — 상담일지
상담일 ⟪date_not_birth:2026. 2. 23.⟫ / 상담자 ⟦PERSON:연하영⟧ 대리
고객 ⟦PERSON:표지원⟧(34세, 회사원) 문의: 집주인 ⟦PERSON:나상국⟧ 씨가 연락이 안 됨.
임대인 연락처로 받은 번호 ⟦PHONE_NUMBER:010-3310-7746⟧ / ⟦PHONE_NUMBER:02-994-1023⟧ 모두 불통.
목적물: ⟦KR_ADDRESS:서울 강서구 누리대로 17길 8, 301호⟧
안내: ⟪institution_name:HUG⟫ 콜센터 ⟪institution_phone:1566-9009⟫"""))

A(("복지", """[장애인 일자리 참여자 급여 계좌 일괄 등록 파일]
참여자명,생년월일,은행코드,계좌번호
⟦PERSON:강보배⟧,⟦DATE_OF_BIRTH:19950311⟧,⟪bank_code:088⟫,⟦KR_BANK_ACCOUNT:110447229018⟧
⟦PERSON:문태양⟧,⟦DATE_OF_BIRTH:19880627⟧,⟪bank_code:011⟫,⟦KR_BANK_ACCOUNT:3010772204451⟧
⟦PERSON:진솔⟧,⟦DATE_OF_BIRTH:20010919⟧,⟪bank_code:090⟫,⟦KR_BANK_ACCOUNT:3333092271148⟧
⟦PERSON:소망⟧,⟦DATE_OF_BIRTH:19921105⟧,⟪bank_code:020⟫,⟦KR_BANK_ACCOUNT:1002338802771⟧"""))

A(("복지", """노인일자리 활동비 미지급 사유 안내
⟦PERSON:엄복례⟧ 어르신(⟦DATE_OF_BIRTH:'46. 8. 14.⟧)의 1월분 활동비가 계좌 오류로 반송되었습니다. 등록 계좌 ⟦KR_BANK_ACCOUNT:351-****-2241-13⟧이 해지된 것으로 확인됩니다. 보호자 ⟦PERSON:엄기석⟧ 님께서 새 계좌를 알려 주시면 재지급하겠습니다. 시니어클럽 ⟦PERSON:권나래⟧ 전담인력 ⟦PHONE_NUMBER:054-273-0918⟧"""))

A(("자동차·과태료", """렌터카 대여계약서
임차인 ⟦PERSON:Yusupova Dilnoza⟧ / 국제운전면허 소지 / 여권 ⟦KR_PASSPORT:AB2291847⟧
제2운전자 ⟦PERSON:정한솔⟧ / 운전면허 ⟦KR_DRIVER_LICENSE:서울 08-449120-12⟧ / ⟦DATE_OF_BIRTH:1990-04-18⟧
차량 ⟦KR_VEHICLE_PLATE:137허 2209⟧  대여기간 ⟪date_not_birth:02-21⟫ ~ ⟪date_not_birth:02-24⟫
보증금 결제 카드 ⟦CREDIT_CARD:4450-7495-2883-1430⟧
업체 ⟪company_name:(주)하늘렌트카⟫ ⟦KR_BRN:355-37-00814⟧ ⟦PHONE_NUMBER:064-712-3380⟧"""))

A(("자동차·과태료", """자동차세 체납 번호판 영치 예고
체납자 ⟦PERSON:성민재⟧ 귀하
차량 ⟦KR_VEHICLE_PLATE:45라 6612⟧ / 체납액 ⟪amount:1,284,550원⟫ (4건)
납부계좌(⟪institution_name:○○구청⟫ 세입금 수납 가상계좌) ⟪institution_account:56201-2388-01442⟫ ※ 시청 명의
⟪date_not_birth:2026. 3. 10.⟫까지 미납 시 번호판을 영치합니다. ⟪statute:「지방세징수법」 제56조⟫"""))

A(("항공·여행", """해외연수 참가자 여권 정보 취합 (민원봉사과)
⟦PERSON:함지원⟧  ⟦KR_PASSPORT:M82109934⟧  만료 ⟪date_not_birth:2029.07.10⟫  생년월일 ⟦DATE_OF_BIRTH:1983.04.02⟧
⟦PERSON:옥서하⟧  ⟦KR_PASSPORT:M031F7720⟧  만료 ⟪date_not_birth:2033.11.02⟫  생년월일 ⟦DATE_OF_BIRTH:1996.12.19⟧
⟦PERSON:심규호⟧  ⟦KR_PASSPORT:S44810273⟧  만료 ⟪date_not_birth:2026.09.30⟫  생년월일 ⟦DATE_OF_BIRTH:1971.06.07⟧ (단수여권)
⟦PERSON:방가은⟧  ⟦KR_PASSPORT/passport_masked:M12****78⟧ (본인 요청으로 마스킹 제출)"""))

A(("항공·여행", """Hotel Guest Registration — Room 512
Guest name: ⟦PERSON:Tanaka Yuki⟧   Nationality: JPN   Passport No.: ⟦KR_PASSPORT:TK4412098⟧
Date of birth: ⟦DATE_OF_BIRTH:1988-02-29⟧   Arrival ⟪date_not_birth:2026-03-05⟫  Departure ⟪date_not_birth:2026-03-08⟫
Companion: ⟦PERSON:Sato Hiroshi⟧  Passport No.: ⟦KR_PASSPORT:TR7730415⟧
Card on file: ⟦CREDIT_CARD:3528-88**-****-7375⟧
Phone: ⟦PHONE_NUMBER:+81-90-4412-7730⟧"""))

A(("항공·여행", """재외국민 긴급여권 발급 신청(요약)
신청인 ⟦PERSON:편지호⟧ — 분실한 여권 ⟦KR_PASSPORT:M509K2231⟧, 긴급여권 번호 ⟦KR_PASSPORT:R61047790⟧ 발급
분실 장소: ⟪place:하노이 노이바이 공항⟫, 현지 경찰 신고번호 ⟪case_number:HN-26-0441⟫
연락처 ⟦PHONE_NUMBER:+84-91-224-7713⟧ / 국내 가족 ⟦PERSON:편상민⟧ ⟦PHONE_NUMBER:010-7714-3380⟧"""))

A(("외국인", """계절근로자 숙소 점검표(읍사무소)
숙소 주소: ⟦KR_ADDRESS:전남 여수시 물빛길 42-7⟧ (고용주 ⟦PERSON:채봉수⟧, ⟦PHONE_NUMBER:010-6613-2280⟧)
거주 근로자: ⟦PERSON:REYES JOHN PAUL⟧(⟦KR_PASSPORT:P4471208A⟧), ⟦PERSON:DELA CRUZ MARK⟧(⟦KR_PASSPORT:P0928831B⟧), ⟦PERSON:BAUTISTA JOEL⟧(⟦KR_PASSPORT:P3318270C⟧)
점검 결과: 소화기 미비치 → 보완 요청. 점검자 ⟦PERSON:반석현⟧"""))

A(("외국인", """[외국인 주민 통역 지원 요청서]
요청자: ⟦PERSON:레 티 호아⟧ (베트남 출신 결혼이민자, 외국인등록번호 ⟦KR_FRN:950125-6384197⟧)
요청 내용: 자녀 ⟦PERSON:김민준⟧(⟦DATE_OF_BIRTH:2018. 3. 5.⟧) 초등학교 상담 동행 통역
희망일 ⟪date_not_birth:3월 둘째 주⟫ / 연락처 ⟦PHONE_NUMBER:010-2219-8804⟧"""))

A(("소송·조정", """지급명령 신청서 (전자소송 출력본)
채권자 ⟦PERSON:독고은희⟧ (⟦KR_RRN:771119-2373029⟧) ⟦KR_ADDRESS:대구광역시 수성구 해담동 77-3 늘봄아파트 105동 602호⟧
채무자 ⟦PERSON:사공철민⟧ (⟦KR_RRN:620207-2212733⟧) ⟦KR_ADDRESS:대구 달서구 햇살로 301⟧
청구금액 ⟪amount:금 12,500,000원⟫ / 대여일 ⟪date_not_birth:2023. 8. 1.⟫ / 사건번호 ⟪case_number:2026차전4418⟫"""))

A(("소송·조정", """판결문 공개본 비실명화 검수 — 누락 지적
p.2 3행 '원고 ⟪masked_person:A⟫(⟪masked_person:○○○⟫)'은 처리됨
p.3 11행 증인 이름 '⟦PERSON:손다인⟧' 비실명화 누락 → 'C'로 수정 필요
p.5 2행 피고 차량 '⟦KR_VEHICLE_PLATE:19너 4720⟧' 노출 → 삭제 필요
p.6 표 안 계좌 '⟦KR_BANK_ACCOUNT:079-21-337108⟧' 노출 → 삭제 필요
검수자 ⟦PERSON:류가영⟧ 실무관"""))

A(("국민신문고", """국민신문고 민원 신청 내용(원문)
저는 ⟦KR_ADDRESS:인천 서구 가람로 112번길 6⟧에 사는 ⟦PERSON:한민철⟧입니다. 옆 공사장에서 새벽 6시부터 소음이 납니다. 현장소장 ⟦PERSON:조경태⟧ 씨에게 몇 번 말했는데 소용없습니다. 현장 사무실 번호는 ⟦PHONE_NUMBER:032-567-4490⟧입니다. 제 번호는 ⟦PHONE_NUMBER:010-4410-9913⟧입니다. 빠른 조치 부탁드립니다."""))

A(("국민신문고", """[답변] 민원인 님께서 제기하신 '불법 주정차 단속 요청'에 대한 답변입니다.
민원인 님이 첨부하신 사진의 차량(⟦KR_VEHICLE_PLATE:152도 9934⟧, ⟦KR_VEHICLE_PLATE:28마 1107⟧)에 대하여 ⟪date_not_birth:2. 17.⟫ 현장 단속을 실시하여 과태료를 부과하였습니다.
담당 교통지도팀 ⟦PERSON:나선영⟧ (☎ ⟦PHONE_NUMBER:051-749-4418⟧)
※ 이 답변은 ⟪statute:「민원 처리에 관한 법률」 제27조⟫에 따라 통지합니다."""))

A(("보도자료·뉴스", """[인물] "일흔에 딴 운전면허, 이제 마을버스 몹니다"
⟦PERSON:황보순자⟧(72) 씨가 ⟪place:○○군⟫ 첫 여성 마을버스 기사가 됐다. 황보 씨는 "면허시험만 다섯 번 떨어졌다"며 웃었다. 그를 가르친 강사 ⟦PERSON:제현우⟧ 씨는 "포기를 모르는 분"이라고 했다. 군청 교통과 ⟦PERSON:옥재민⟧ 과장은 "고령 운전자 안전교육도 함께 받으셨다"고 말했다."""))

A(("보도자료·뉴스", """보도 참고자료
'찾아가는 여권 민원실' 첫 운영 결과
… 이날 가장 먼저 여권을 받은 ⟦PERSON:배가온⟧ 양(17)은 "수학여행 전에 받을 수 있어 다행"이라고 했다. 외교부 ⟪official_title:여권과장⟫은 "하반기 5개 군으로 확대한다"고 밝혔다.
담당: 민원여권과 ⟦PERSON:신주원⟧ 주무관 ⟦PHONE_NUMBER:061-286-2471⟧
⟪institution_address:전라남도 무안군 삼향읍 오룡길 1⟫"""))
A(("공고·안내", """주차장 이용 안내(청사 방문객용)
- 청사 주소: ⟪institution_address:경기도 의정부시 시민로 1⟫
- 방문 차량은 정문 차단기에서 번호 인식 후 입차합니다. 예시 번호판 ⟪placeholder_plate:12가 3456⟫은 안내 화면의 견본입니다.
- 장애인 전용 구역 위반 시 ⟪amount:10만 원⟫ 과태료 (⟪statute:「장애인·노인·임산부 등의 편의증진 보장에 관한 법률」 제17조⟫)
- 문의: 청사관리팀 ⟪institution_phone:031-828-2114⟫"""))

A(("공고·안내", """[알림] 전산 시스템 정기 점검
일시: ⟪date_not_birth:2026. 3. 14.(토)⟫ 00:00 ~ 06:00
대상: 새올행정시스템, 전자결재(버전 ⟪version_number:4.2.17.1190⟫), 온나라 메일
점검 중 접속 주소 ⟪institution_ip:10.0.0.1⟫ 로의 내부 접속도 중단됩니다.
문의: 정보통신과 헬프데스크 (내선 ⟪institution_phone:4477⟫)"""))

A(("공고·안내", """개인정보 유출 통지 문안(안) — 검토용 초안
1. 유출 항목: 성명, 휴대전화번호, 생년월일
2. 유출 시점: ⟪date_not_birth:2026. 1. 30.⟫경 (확인 ⟪date_not_birth:2026. 2. 4.⟫)
3. 귀하께서 하실 조치: 출처 불명 문자 링크 클릭 자제, 비밀번호 변경
4. 피해 구제 절차: 개인정보 분쟁조정위원회 ⟪institution_phone:1833-6972⟫
※ 개별 통지 시 '⟪placeholder_person:○○○⟫ 님' 부분에 정보주체 성명을 넣으십시오."""))

A(("공고·안내", """2026년 ○○시 지방보조금 공모 결과
선정 단체: ⟪company_name:사단법인 다솜나눔⟫, ⟪company_name:햇살청소년문화협회⟫, ⟪company_name:(사)느티나무마을학교⟫
총 선정액 ⟪amount:287,400,000원⟫ (22개 사업)
보조금 교부 조건: ⟪statute:「지방자치단체 보조금 관리에 관한 법률」 제13조⟫ 준수
공고번호 ⟪doc_number:○○시 공고 제2026-88호⟫ / 담당 ⟪official_title:자치행정과장⟫"""))

A(("회의록", """정책자문위원회 서면회의 결과 요약(비실명 공개본)
- ⟪masked_person:위원 A⟫: 보조금 집행 잔액은 반납 원칙 유지
- ⟪masked_person:위원 B⟫: 계좌 관리는 전용계좌로 일원화 필요
- ⟪masked_person:위원 C⟫: 이견 없음
의결: 원안 채택(재적 9, 찬성 8, 기권 1)
⟪date_not_birth:2026. 2. 27.⟫ ⟪official_title:정책기획관⟫"""))

A(("세무", """질의 요지: 거주자 ⟪masked_person:갑⟫이 ⟪masked_person:A법인⟫으로부터 받은 주식매수선택권 행사이익의 소득 구분
회신: 해당 이익은 근로소득에 해당함(⟪statute:「소득세법」 제20조 제1항⟫). 다만 퇴직 후 행사 시 기타소득(⟪doc_number:소득세과-1042⟫, ⟪date_not_birth:2015. 9. 11.⟫) 참조.
관련 판례: ⟪case_number:대법원 2006두18492⟫"""))

A(("통계", """2025년 4분기 외국인 근로자 고용 현황(잠정)
국적별: 베트남 ⟪statistic:41,208명⟫, 네팔 ⟪statistic:27,344명⟫, 캄보디아 ⟪statistic:24,110명⟫, 인도네시아 ⟪statistic:19,902명⟫
업종별: 제조업 78.4%, 농축산업 12.1%, 어업 4.0%
※ 출처: 고용허가제 전산망, 자료 기준일 ⟪date_not_birth:2025. 12. 31.⟫"""))

A(("인사·공문", """수신  ⟪official_title:각 실·국장⟫
제목  공무직 근로자 명절휴가비 지급 기준 알림
1. ⟪statute:「공무직 근로자 관리규정」 제32조⟫에 따라 설 명절휴가비를 아래와 같이 지급합니다.
2. 지급액: 기본급의 60% / 지급일: ⟪date_not_birth:2026. 2. 13.⟫
3. 지급 계좌는 급여계좌와 같으며, 별도 신청은 필요하지 않습니다.
⟪official_title:운영지원과장⟫  (⟪doc_number:운영지원과-771⟫)"""))

A(("보도자료·뉴스", """[보도해명] 「"○○시, 보조금 수령자 계좌 대량 유출"」 기사 관련
□ 기사 내용: 시 누리집에 보조금 수령자 계좌번호 수천 건이 게시됨
□ 해명 내용: 게시된 파일은 수령 단체명과 금액만 담은 집계표이며 개인 계좌번호는 포함되어 있지 않음
□ 문의: 예산담당관실 ⟪institution_phone:062-613-2114⟫"""))

A(("계약·동의서", """개인정보 제3자 제공 동의서(서식)
제공받는 자: ⟪company_name:○○보증보험 주식회사⟫
제공 항목: 성명, 생년월일, 연락처, 계좌번호
작성 예) 성명: ⟪placeholder_person:홍길동⟫  생년월일: ⟪placeholder_dob:1900. 1. 1.⟫  연락처: ⟪placeholder_phone:010-0000-0000⟫
보유 기간: 계약 종료 후 5년"""))

A(("지급목록", """학교운영위원 회의 참석수당 지급(3월) — 외부위원 
⟦PERSON:노성희⟧  국민 ⟦KR_BANK_ACCOUNT:047-21-0338-119⟧   ⟪amount:100,000⟫
⟦PERSON:함동건⟧  우리 ⟦KR_BANK_ACCOUNT:1005-203-447719⟧  ⟪amount:100,000⟫
⟦PERSON:Priya Sharma⟧  씨티 ⟦KR_BANK_ACCOUNT:172-447018-227⟧  ⟪amount:100,000⟫
⟦PERSON:간석우⟧  SC ⟦KR_BANK_ACCOUNT:330-20-118472⟧  ⟪amount:100,000⟫
⟦PERSON:봉은채⟧  산업 ⟦KR_BANK_ACCOUNT:020-4471-3308219⟧  ⟪amount:100,000⟫"""))

A(("지급목록", """국가유공자 보훈명예수당 신규 대상
대상자 ⟦PERSON:모길환⟧(⟦DATE_OF_BIRTH:1949. 1. 20.⟧), 주민등록번호 ⟦KR_RRN:490120-1******⟧
유족 대상자 ⟦PERSON:견순희⟧(⟦DATE_OF_BIRTH:1952. 10. 3.⟧), 주민등록번호 ⟦KR_RRN:521003-2●●●●●●⟧
지급 계좌: 각 ⟪institution_name:○○보훈지청⟫ 등록 계좌 / 월 ⟪amount:100,000원⟫"""))

A(("지급목록", """[환급] 주민세 이중납부 환급 대상
⟪receipt_number:전자납부번호 11-2026-03-041177⟫ 납세자 ⟦PERSON:선예준⟧ 환급계좌 ⟦KR_BANK_ACCOUNT:4447-28-0113370⟧ ⟪amount:11,000⟫
⟪receipt_number:전자납부번호 11-2026-03-041198⟫ 납세자 ⟪company_name:(주)솔빛테크⟫ 환급계좌 ⟦KR_BANK_ACCOUNT:140-011-338201⟧ ⟪amount:62,500⟫
⟪receipt_number:전자납부번호 11-2026-03-041203⟫ 납세자 ⟦PERSON:원대호⟧ 환급계좌 ⟦KR_BANK_ACCOUNT:01-25-447112⟧ (제주) ⟪amount:11,000⟫"""))

A(("계좌변경신청", """[전화 메모] 오전 10:40, 보육료 환급 계좌 변경 요청
"안녕하세요 저 ⟦PERSON:신나리⟧인데요, 지난번에 드린 계좌 말고 ⟦KR_BANK_ACCOUNT:3333 17 4408219⟧로 바꿔 주세요. 카카오뱅크예요."
→ 본인 확인: 생년월일 ⟦DATE_OF_BIRTH:91년 7월 2일⟧, 아동 ⟦PERSON:최아린⟧
→ 처리자 ⟦PERSON:곽민지⟧, 콜백 ⟦PHONE_NUMBER:010-3381-2740⟧ 완료"""))

A(("계좌변경신청", """급여 이체 계좌 변경 신청(기간제 근로자)
소속: 공원녹지과 / 성명: ⟦PERSON:남경수⟧ / 생년월일: ⟦DATE_OF_BIRTH:1968.10.09.⟧
현재 계좌: 부산은행 ⟦KR_BANK_ACCOUNT:101-2033-4471-08⟧
변경 계좌: 부산은행 ⟦KR_BANK_ACCOUNT:112-2217-0093-14⟧ (같은 은행, 통장 분실 재발급)
※ 급여일 ⟪date_not_birth:매월 20일⟫ 기준 5일 전까지 제출"""))

A(("카드", """선불카드(지역사랑상품권) 부정유통 조사 의뢰 — 가맹점 결제 내역
⟪date_not_birth:02-03⟫ 10:14 ⟦CREDIT_CARD:9460-1613-3310-0141⟧ ⟪amount:500,000⟫ 가맹점 ⟪company_name:○○농산⟫(대표 ⟦PERSON:제민철⟧, ⟦KR_BRN:568-86-82405⟧)
⟪date_not_birth:02-03⟫ 10:16 ⟦CREDIT_CARD:9460-1605-3446-8828⟧ ⟪amount:500,000⟫ 동일 가맹점
⟪date_not_birth:02-03⟫ 10:19 카드번호 불명 ⟪amount:500,000⟫
→ 가맹점주 휴대전화 ⟦PHONE_NUMBER:010-8841-3307⟧로 소명 요청"""))

A(("카드", """Refund list — 국제회의 등록비 환불 (Visa/Master/Amex)
⟦PERSON:JOHNSON EMILY⟧ | ⟦CREDIT_CARD:4731 3228 1718 0025⟧ | USD 450 | ⟦EMAIL_ADDRESS:e.johnson@univmail.edu⟧
⟦PERSON:MARTIN CAMILLE⟧ | ⟦CREDIT_CARD:5523 7609 2603 0921⟧ | USD 450 | ⟦EMAIL_ADDRESS:camille.martin@lab-paris.fr⟧
⟦PERSON:KHAN IMRAN⟧ | ⟦CREDIT_CARD:3790 454409 10311⟧ | USD 300 | ⟦EMAIL_ADDRESS:imran.khan.pk@gmail.com⟧
⟦PERSON:SHARMA PRIYA⟧ | ⟦CREDIT_CARD:6011 7172 3143 0151⟧ | USD 300 | —"""))

A(("병원원무", """의료급여 수급자 본인부담 환급금 지급 통지
⟦PERSON:맹옥자⟧ 님 (의료급여증 번호 ⟦KR_HEALTH_INSURANCE:92210447385⟧)
환급금 ⟪amount:73,400원⟫을 ⟪date_not_birth:2026. 3. 25.⟫ 등록 계좌(⟦KR_BANK_ACCOUNT:302-0114-7720-31⟧)로 지급합니다.
문의: 통합사례관리팀 ⟦PERSON:구나경⟧ ⟦PHONE_NUMBER:063-450-4472⟧"""))

A(("병원원무", """보건소 결핵 접촉자 검진 대상 통보 (학교 → 보건소)
⟦PERSON:강이준⟧ 2-4반 ⟦DATE_OF_BIRTH:2010.03.17⟧ 보호자 ⟦PHONE_NUMBER:010-2298-4417⟧
⟦PERSON:윤서아⟧ 2-4반 ⟦DATE_OF_BIRTH:2010.07.29⟧ 보호자 ⟦PHONE_NUMBER:010-8830-1152⟧
⟦PERSON:Nurlanov Timur⟧ 2-4반 ⟦DATE_OF_BIRTH:2009.12.30⟧ 보호자 ⟦PHONE_NUMBER:010-4417-2039⟧
담임 ⟦PERSON:류상현⟧ / 보건교사 ⟦PERSON:심수정⟧"""))

A(("보육·학교", """어린이집 보육료 부정수급 조사 — 출결 대조표 (발췌)
원아 ⟦PERSON:배시온⟧ (⟦KR_RRN:190822-3447211⟧) 1월 출석 기록 22일 / 실제 등원 확인 9일
원아 ⟦PERSON:배시현⟧ (⟦KR_RRN:210314-4881027⟧) 1월 출석 기록 22일 / 실제 등원 확인 0일
보호자 ⟦PERSON:배경태⟧ 진술: "둘째는 할머니 댁에 있었다."
조사자 ⟦PERSON:소윤재⟧, ⟦PERSON:엄해솔⟧"""))

A(("보육·학교", """대학 장학금 지급 대상자 명단(근로장학, 2월분)
학번      성명     학과          지급액   계좌
⟪public_record_id:20231147⟫  ⟦PERSON:라도윤⟧   행정학과      ⟪amount:412,000⟫  ⟦KR_BANK_ACCOUNT:100-204-118839⟧
⟪public_record_id:20220381⟫  ⟦PERSON:위가은⟧   사회복지학과  ⟪amount:380,000⟫  ⟦KR_BANK_ACCOUNT:1000-9022-4417⟧
⟪public_record_id:20241502⟫  ⟦PERSON:FATIMA ZAHRA⟧ 국제통상학과 ⟪amount:206,000⟫  ⟦KR_BANK_ACCOUNT:3333-30-1182274⟧"""))

A(("복지", """기초생활수급자 생계급여 지급정지 예고 통지서
수급자 ⟦PERSON:원영자⟧ (⟦DATE_OF_BIRTH:1959년 11월 8일⟧생)
사유: 부양의무자 ⟦PERSON:원지훈⟧(아들)의 소득 증가 확인
이의신청: 통지를 받은 날부터 90일 이내 (⟪statute:「국민기초생활 보장법」 제38조⟫)
주소 ⟦KR_ADDRESS:강원 원주시 솔바람길 23, 101호⟧"""))

A(("자동차·과태료", """불법 주정차 주민신고 접수 목록 (안전신문고 연계)
신고번호 ⟪receipt_number:SPP-2602-188204⟫ 차량 ⟦KR_VEHICLE_PLATE:62주 4417⟧ 소화전 앞
신고번호 ⟪receipt_number:SPP-2602-188231⟫ 차량 ⟦KR_VEHICLE_PLATE:서울 47가 3380⟧ 교차로 모퉁이
신고번호 ⟪receipt_number:SPP-2602-188256⟫ 차량 ⟦KR_VEHICLE_PLATE:218누 6602⟧ 횡단보도
신고자 정보는 ⟪statute:「공익신고자 보호법」⟫에 따라 비공개"""))

A(("자동차·과태료", """운전면허 행정처분 사전통지
성명 ⟦PERSON:국도훈⟧  면허번호 ⟦KR_DRIVER_LICENSE:11-98-204417-82⟧
주소 ⟦KR_ADDRESS:서울특별시 송파구 다온로 15, 1102동 804호⟧
처분 내용: 운전면허 정지 40일 (벌점 40점)
의견 제출 기한: ⟪date_not_birth:2026. 3. 20.⟫까지 / ⟪institution_name:○○경찰서⟫ 교통민원실"""))

A(("외국인", """외국인 유학생 시간제 취업 허가 신청(학교 확인란)
학생 ⟦PERSON:Nguyen Thi Thu Ha⟧, 외국인등록번호 ⟦KR_FRN:990517-6162976⟧ (외국인등록증 재발급 전 번호 ⟦KR_FRN/frn_masked:990517-6******⟧)
근무처 ⟪company_name:느티나무베이커리⟫ (⟦KR_BRN:145-85-84047⟧) 대표 ⟦PERSON:지은철⟧
유학생 담당 ⟦PERSON:방소희⟧ (⟦EMAIL_ADDRESS:soheebang@univ-mail.ac.kr⟧)"""))

A(("소송·조정", """개인회생 채권자목록(발췌)
채권자 1 ⟪company_name:○○캐피탈 주식회사⟫ ⟦KR_CRN:131111-7085309⟧ 원금 ⟪amount:8,200,000⟫
채권자 2 ⟦PERSON:방석구⟧ (개인) ⟦KR_ADDRESS:충북 충주시 새솔로 41⟧ 원금 ⟪amount:15,000,000⟫ 차용증 작성일 ⟪date_not_birth:2022. 4. 5.⟫
채권자 3 ⟪company_name:주식회사 한빛대부⟫ ⟦KR_CRN:110114-2818283⟧ 원금 ⟪amount:3,500,000⟫
채무자 ⟦PERSON:길재현⟧ 사건 ⟪case_number:2026개회10447⟫"""))

A(("국민신문고", """[민원 접수 요지 — 담당부서 이송]
민원인 ⟦PERSON:Olga Ivanova⟧ (러시아, 여권 ⟦KR_PASSPORT:75 3381026⟧) 는 외국인등록증 발급이 늦어진다며 통역을 통해 민원을 제기함. 연락 이메일 ⟦EMAIL_ADDRESS:olga.iv88@yandex.ru⟧. 이송 부서: ⟪institution_name:○○출입국·외국인사무소⟫ (⟪institution_phone:1345⟫)"""))

A(("보도자료·뉴스", """"계좌번호 불러드릴게요"… 동주민센터 직원 기지로 피싱 막아
⟪place:○○동⟫ 행정복지센터 ⟦PERSON:곽은지⟧(31) 주무관은 ⟪date_not_birth:지난 12일⟫ 은행 업무를 묻던 ⟦PERSON:한순이⟧(78) 할머니의 메모를 보고 이상함을 느꼈다. 메모에는 '⟦KR_BANK_ACCOUNT:110-338-902471⟧ ⟦PERSON:이지훈⟧ 검사'라고 적혀 있었다. 곽 주무관은 곧바로 112에 신고했다."""))

A(("이메일·채팅", """-----Original Message-----
From: "⟦PERSON:Dilnoza Yusupova⟧" <⟦EMAIL_ADDRESS:dilnoza.yu@inbox.uz⟧>
Sent: Tuesday, February 10, 2026 4:12 PM
To: 국제처 <⟪institution_email:intl@univ-mail.ac.kr⟫>
Subject: passport renewal

Dear staff, my passport ⟦KR_PASSPORT:AA5520174⟧ expires soon. New passport number will be ⟦KR_PASSPORT:AB0917336⟧. My ARC is ⟦KR_FRN:010317-8187298⟧. Thank you."""))

A(("이메일·채팅", """[업무 메신저] 14:02 ⟦PERSON:최윤호⟧ → ⟦PERSON:변서영⟧
윤호: 서영 주무관님, 아까 민원인 ⟦PERSON:송병규⟧ 씨 차량번호 ⟦KR_VEHICLE_PLATE:77로 2014⟧ 맞나요?
서영: 네 맞아요. 면허번호는 ⟦KR_DRIVER_LICENSE:19-05-771204-30⟧으로 받았고요.
윤호: 감사합니다ㅎ 건은 ⟪doc_number:교통행정과-3307⟫로 처리할게요."""))

A(("접속로그", """[웹방화벽 차단 로그 요약 ⟪date_not_birth:2026-02-18⟫]
srcIP           dstURL                         rule
⟦IP_ADDRESS:39.118.204.77⟧    /board/write.do                SQLi-001
⟦IP_ADDRESS:39.118.204.77⟧    /board/write.do?id=1'--        SQLi-001
⟦IP_ADDRESS:121.134.7.220⟧    /member/login.do               BruteForce
⟦IP_ADDRESS:183.99.41.5⟧      /upload/shell.jsp              WebShell
(목적지 서버: 내부 ⟪institution_ip:172.16.0.10⟫)"""))

A(("접속로그", """개인정보 다운로드 사유 기록
⟪date_not_birth:2026-02-11⟫ 15:30:12 | 사용자 ⟦PERSON:이경호⟧(⟪user_id:kh.lee⟫) | IP ⟦IP_ADDRESS:10.120.33.41⟧ | 파일 '수급자명단_2월.xlsx' 312건 | 사유: 지급 대상 확인
⟪date_not_birth:2026-02-11⟫ 15:44:09 | 사용자 ⟦PERSON:지수민⟧(⟪user_id:sm.ji⟫) | IP ⟦IP_ADDRESS:10.120.33.57⟧ | 파일 '계좌변경_접수.hwp' 8건 | 사유: 계좌 정정"""))

A(("회의록", """○○시의회 복지위원회 회의록(발췌) — 행정사무감사
⟦PERSON:선우다인⟧ 위원: 장애인 활동지원 바우처가 중복 결제된 사례가 있다고 들었습니다.
복지국장 ⟦PERSON:엄기현⟧: 네, 두 건 확인됐고 환수 조치했습니다.
⟦PERSON:선우다인⟧ 위원: 그 두 분 중 한 분이 ⟦PERSON:마윤석⟧ 씨라고 언론에 나왔던데 맞습니까?
복지국장 ⟦PERSON:엄기현⟧: 개인 이름은 말씀드리기 어렵습니다."""))
A(("항공·여행", """[출장 결과 보고 첨부] 항공권 변경 내역
원 예약: ⟦PERSON:고은비⟧ / ⟦KR_PASSPORT:M801D4417⟧ / OZ0741 ⟪date_not_birth:03/02⟫
변경 예약: ⟦PERSON:고은비⟧ / ⟦KR_PASSPORT:M801D4417⟧ / OZ0743 ⟪date_not_birth:03/03⟫ (기상 악화)
동반 출장자 ⟦PERSON:탁승민⟧ / 여권번호 ⟦KR_PASSPORT:M５５０Ｇ２２０３⟧ (예약 시스템 전각 입력 그대로 출력)
변경 수수료 ⟪amount:₩60,000⟫ 개인 부담 없음"""))

A(("항공·여행", """수학여행 인솔 명단 (해외 — 베트남 다낭)
인솔교사: ⟦PERSON:문하진⟧ (여권 ⟦KR_PASSPORT:M447A8130⟧), ⟦PERSON:권태우⟧ (여권 ⟦KR_PASSPORT:M33027614⟧)
보건교사: ⟦PERSON:양수경⟧ (여권 ⟦KR_PASSPORT:M90271135⟧)
학생 여권 사본은 별도 보관(명단 생략). 여행사 담당 ⟦PERSON:제나윤⟧ 과장 ⟦PHONE_NUMBER:02-737-4410⟧, ⟦EMAIL_ADDRESS:nayoon.je@tourmail.co.kr⟧"""))

A(("항공·여행", """출입국 사실 확인 요청 회신
요청 대상: ⟦PERSON:SCHMIDT LUKAS⟧ (독일, ⟦DATE_OF_BIRTH:1992-05-14⟧, 여권 ⟦KR_PASSPORT:C4JF7R21X⟧)
입국 ⟪date_not_birth:2025-09-01⟫ 인천 / 출국 기록 없음
요청 기관: ⟪institution_name:○○대학교 산학협력단⟫, 문서번호 ⟪doc_number:산학-2026-0218⟫"""))

A(("외국인", """외국인 근로자 기숙사비 공제 동의서
근로자 성명: ⟦PERSON:KARIMOV ALISHER⟧ / Passport: ⟦KR_PASSPORT:AA3310982⟧ / ARC: ⟦KR_FRN:890111-6267973⟧
Date of birth: ⟦DATE_OF_BIRTH:11.01.1989⟧
월 공제액 ⟪amount:200,000원⟫ (숙소: ⟦KR_ADDRESS:충청남도 아산시 한빛로 71번길 3, 2층⟧)
사업주 ⟦PERSON:변철수⟧ (서명) / 근로자 (서명)"""))

A(("외국인", """결혼이민자 한국어교육 수강생 명단
⟦PERSON:쩐 티 란⟧ (베트남) ⟦PHONE_NUMBER:010-9912-0447⟧
⟦PERSON:류양⟧ (중국) ⟦PHONE_NUMBER:010-3348-2276⟧
⟦PERSON:산토스 마리아 크리스티나⟧ (필리핀) ⟦PHONE_NUMBER:010-7721-5580⟧
⟦PERSON:솜차이 깨우마니⟧ (태국) 전화 미기재
강사 ⟦PERSON:하민영⟧ / 다문화가족지원센터 ⟪institution_phone:1577-1366⟫"""))

A(("소송·조정", """소장 부본 송달 불능 보고
피고 ⟦PERSON:채우람⟧ (⟦DATE_OF_BIRTH:1984. 2. 9.⟧생) 주소 ⟦KR_ADDRESS:경기 평택시 별마루로 8, 203동 1102호⟧
송달 결과: 폐문부재 3회
원고 측 보정: 피고의 휴대전화 ⟦PHONE_NUMBER:010-2047-6613⟧ 및 직장 주소 ⟦KR_ADDRESS:평택시 가람로 214, 3층⟧ 추가 제출
사건 ⟪case_number:2025가소338120⟫ / 집행관 ⟦PERSON:노재석⟧"""))

A(("소송·조정", """소비자분쟁조정 신청서(요약)
신청인 ⟦PERSON:하예슬⟧ — 피신청인 ⟪company_name:(주)꽃담여행⟫ (⟦KR_BRN:102-13-62525⟧, 대표 ⟦PERSON:탁동민⟧)
분쟁 내용: 패키지 여행 취소 수수료 과다 청구. 결제 카드 ⟦CREDIT_CARD:5400 2675 1125 3288⟧, 결제액 ⟪amount:2,980,000원⟫
조정 결과: 50% 환급 합의, 환급은 카드 승인 취소 방식"""))

A(("국민신문고", """[처리 결과 통지] ⟦PERSON:위다은⟧ 님의 '여권 분실 신고 후 재발급 지연' 민원
신고하신 분실 여권(⟦KR_PASSPORT:M714B0928⟧)은 ⟪date_not_birth:2026. 2. 9.⟫ 분실 처리되었으며, 신규 여권은 ⟪date_not_birth:2. 19.⟫ 발급되어 구청 여권민원실에서 수령 가능합니다.
담당 ⟦PERSON:표은서⟧ 주무관 ⟦PHONE_NUMBER:042-611-2287⟧
(여권 발급 상담 ⟪institution_phone:02-2100-7500⟫ 외교부 여권안내센터)"""))

A(("보도자료·뉴스", """[현장] 외국인 유학생 '불법 취업 알선' 적발
출입국 당국은 브로커 ⟦PERSON:ASANOV TIMUR⟧(31·키르기스스탄)를 구속했다고 밝혔다. 아사노프는 유학생 여권 37개를 모아 ⟪company_name:인력사무소⟫에 넘긴 혐의다. 압수된 여권 가운데 하나(⟦KR_PASSPORT:AC0917722⟧)는 이미 분실 신고된 상태였다. 피해 학생 ⟦PERSON:Aigerim⟧ 씨는 "여권을 돌려받지 못할까 무서웠다"고 말했다."""))

A(("병원원무", """[간호기록 인계] 병동 → 원무과
⟦PERSON:곽영순⟧ 환자 퇴원 수속 요청. 보호자 ⟦PERSON:곽재웅⟧(아들) 도착 예정 16시.
수납 시 보호자 카드 ⟦CREDIT_CARD:9420-6306-2611-6955⟧(BC) 사용 예정이라고 함.
본인부담금 ⟪amount:1,147,200원⟫, 건강보험 ⟦KR_HEALTH_INSURANCE:60218847130⟧ 자격 유지 확인함."""))

A(("병원원무", """실손보험 간편청구 전송 로그
⟪date_not_birth:2026-02-20⟫ 10:02 | 병원 ⟪company_name:한마음내과⟫ | 피보험자 ⟦PERSON:명서윤⟧ | 생년월일 ⟦DATE_OF_BIRTH:870303⟧ | 전송IP ⟦IP_ADDRESS:61.77.204.18⟧ | OK
⟪date_not_birth:2026-02-20⟫ 10:05 | 병원 ⟪company_name:한마음내과⟫ | 피보험자 ⟦PERSON:반지성⟧ | 생년월일 ⟦DATE_OF_BIRTH:650911⟧ | 전송IP ⟦IP_ADDRESS:61.77.204.18⟧ | FAIL(보험사 응답 없음)"""))

A(("부동산", """등기신청 위임장
위임인 ⟦PERSON:석미진⟧ ⟦KR_RRN:830320-2647092⟧
주소 ⟦KR_ADDRESS:제주특별자치도 제주시 느티나무길 61-2⟧
수임인 법무사 ⟦PERSON:어준호⟧ (⟦KR_BRN:743-20-82825⟧) ⟦PHONE_NUMBER:064-753-2210⟧
위 사람에게 아래 부동산의 소유권이전등기 신청에 관한 일체의 권한을 위임함.
부동산의 표시: ⟦KR_ADDRESS:제주시 도원동 1147-5⟧ 대 ⟪amount:330㎡⟫"""))

A(("부동산", """공공임대주택 입주자 모집 예비입주자 순번(공개용 — 성명 일부 가림)
1순위: ⟪masked_person:김*진⟫(⟪age:63세⟫), ⟪masked_person:박*수⟫(⟪age:58세⟫), ⟪masked_person:Nguyen T* L*⟫
2순위: ⟪masked_person:이*희⟫, ⟪masked_person:최*⟫
※ 성명 외 개인정보는 공개하지 않음. 문의 ⟪institution_phone:1600-1004⟫"""))

A(("보육·학교", """[교무업무시스템 → 나이스 전출 처리 메모]
학생: ⟦PERSON:선아름⟧ / 생년월일 ⟦DATE_OF_BIRTH:2012年 4月 15日⟧(중국 학교 재학증명서 표기)
전입 전 학교 학적번호 ⟪public_record_id:SH-2018-04471⟫
보호자: ⟦PERSON:WANG XIAOMING⟧ (부), 외국인등록번호 ⟦KR_FRN:761121-5427074⟧
연락: ⟦PHONE_NUMBER:010-6617-2203⟧"""))

A(("보육·학교", """방과후 돌봄교실 대기자 연락 결과
1) ⟦PERSON:표하루⟧ 모 ⟦PERSON:진아영⟧ — ⟦PHONE_NUMBER:010-7740-2915⟧ 통화, 입반 희망
2) ⟦PERSON:견도하⟧ 부 ⟦PERSON:견태수⟧ — ⟦PHONE_NUMBER:010.4471.8802⟧ 부재, 문자 발송
3) ⟦PERSON:Kevin Miller⟧ 모 ⟦PERSON:Jennifer Miller⟧ — ⟦EMAIL_ADDRESS:jen.miller.kr@gmail.com⟧ 메일 회신 대기
담당 돌봄전담사 ⟦PERSON:우해나⟧"""))

A(("복지", """장애인 콜택시 이용 등록 신청
이용자 ⟦PERSON:설동민⟧ 생년월일 ⟦DATE_OF_BIRTH:1979-08-30⟧ 장애유형 지체(휠체어)
자택 ⟦KR_ADDRESS:울산 남구 봄내로 74, 1동 502호⟧ (엘리베이터 있음)
보호자 ⟦PERSON:설미영⟧ ⟦PHONE_NUMBER:052-271-0983⟧ / ⟦PHONE_NUMBER:010-5582-7740⟧
등록번호 ⟪public_record_id:UC-2026-00412⟫ 부여"""))

A(("복지", """요양급여 부당청구 현지조사 결과(요지)
기관: ⟪company_name:○○재가노인복지센터⟫ (대표 ⟦PERSON:채혜원⟧, ⟦KR_BRN:606-20-12578⟧)
부당 사례: 수급자 ⟦PERSON:김말녀⟧(⟦DATE_OF_BIRTH:1931. 7. 2.⟧) 입원 기간 중 방문요양 급여 청구 14회
요양보호사 ⟦PERSON:지선희⟧ 진술서 첨부
환수 예정액 ⟪amount:1,932,440원⟫"""))

A(("자동차·과태료", """견인차량 보관소 인수 대장
⟪date_not_birth:02.12⟫ 09:10 ⟦KR_VEHICLE_PLATE:334보 7710⟧ 인수자 ⟦PERSON:구재영⟧ 면허 ⟦KR_DRIVER_LICENSE:13-11-220417-51⟧ ⟦PHONE_NUMBER:010-2217-4490⟧
⟪date_not_birth:02.12⟫ 11:42 ⟦KR_VEHICLE_PLATE:경기 91자 4402⟧ 인수자 ⟦PERSON:하동원⟧ (⟪company_name:(주)다온물류⟫ 직원) 면허 ⟦KR_DRIVER_LICENSE:경기 02-118830-60⟧
⟪date_not_birth:02.12⟫ 15:05 ⟦KR_VEHICLE_PLATE:58어 3017⟧ 미인수"""))

A(("계약·동의서", """물품 구매 계약 — 계약상대자 정보 확인서
상호: ⟪company_name:주식회사 은하수솔루션⟫
법인등록번호: ⟦KR_CRN:174411-7433056⟧ / 사업자등록번호: ⟦KR_BRN:208-20-73954⟧
대표자: ⟦PERSON:엄다솔⟧ (⟦DATE_OF_BIRTH:1981. 6. 12.⟧)
본점: ⟦KR_ADDRESS:부산광역시 해운대구 한울대로 330, 12층⟧
전화 ⟦PHONE_NUMBER:051-744-2081⟧ 팩스 ⟦PHONE_NUMBER:051-744-2089⟧
입금계좌 부산은행 ⟦KR_BANK_ACCOUNT:113-2004-1873-05⟧"""))

A(("계약·동의서", """공동수급 협정서 (분담이행방식)
대표사: ⟪company_name:가람건설 주식회사⟫ (⟦KR_CRN:160113-5953418⟧) 대표이사 ⟦PERSON:곽태준⟧ 지분 60%
구성원: ⟪company_name:주식회사 하늬토건⟫ (⟦KR_CRN:200111-9610770⟧) 대표이사 ⟦PERSON:노은하⟧ 지분 40%
공사명: ⟪public_record_id:2026-○○천 정비공사⟫ / 입찰공고번호 ⟪public_record_id:20260214533-00⟫"""))

A(("인사·공문", """질병휴직 연장 신청(비공개)
소속 세무과 지방세무주사보 ⟦PERSON:황민지⟧ (⟦DATE_OF_BIRTH:1990. 1. 24.⟧생)
휴직 기간: ⟪date_not_birth:2026. 3. 1.⟫ ~ ⟪date_not_birth:2026. 8. 31.⟫
첨부: 진단서 1부(⟪company_name:○○대학교병원⟫)
연락처 ⟦PHONE_NUMBER:010-3309-1172⟧"""))

A(("인사·공문", """직무대리 지정 알림
⟪official_title:민원봉사과장⟫ 출장(⟪date_not_birth:2026. 3. 9.⟫~⟪date_not_birth:3. 11.⟫) 기간 중 직무대리자를 지정합니다.
직무대리자: 민원행정팀장 ⟦PERSON:도희정⟧ (내선 ⟦PHONE_NUMBER:02-2147-3012⟧)
근거: ⟪statute:「직무대리규정」 제4조⟫"""))

A(("이메일·채팅", """[문자 발송 이력]
⟪date_not_birth:02/21⟫ 09:00 → ⟦PHONE_NUMBER:010-5501-2274⟧ [○○구청] ⟦PERSON:남유리⟧님, 아동수당 ⟪amount:100,000원⟫이 입금되었습니다.
⟪date_not_birth:02/21⟫ 09:00 → ⟦PHONE_NUMBER:010-7739-4416⟧ [○○구청] ⟦PERSON:Tran Thi Lan⟧님, 아동수당 ⟪amount:100,000원⟫이 입금되었습니다.
⟪date_not_birth:02/21⟫ 09:01 → ⟦PHONE_NUMBER/phone_masked:010-****-0082⟧ 발송 실패(결번)"""))

A(("접속로그", """VPN 접속 이력 (재택근무자)
user=⟪user_id:vpn_0412⟫ name=⟦PERSON:권혜린⟧ src=⟦IP_ADDRESS:106.101.44.208⟧ start=09:01 end=18:07
user=⟪user_id:vpn_0413⟫ name=⟦PERSON:임도경⟧ src=⟦IP_ADDRESS:2001:e60:8831:4a2::1b⟧ start=08:55 end=17:59
user=⟪user_id:vpn_0419⟫ name=⟦PERSON:Ali Khan⟧ src=⟦IP_ADDRESS:220.117.9.61⟧ start=10:30 end=10:31 (중복 로그인 차단)"""))

A(("회의록", """[녹취록] 민원 상담 전화 — 카드 결제 오류
상담원: 결제하신 카드 번호를 불러 주시겠어요?
민원인 ⟦PERSON:진 상 호⟧: ⟦CREDIT_CARD:사육칠육 사공이공 육칠구칠 공일육삼⟧이요.
상담원: 유효기간은 말씀 안 하셔도 됩니다. 결제일이 언제였죠?
민원인: ⟪date_not_birth:지난주 화요일⟫이요. 주차요금 ⟪amount:사천 원⟫이 두 번 빠져나갔어요.""", "ocr"))

A(("지급목록", """소상공인 경영안정 바우처 지급 오류 정정 목록 (스캔)
No  사업자번호       대표자   계좌
1   ⟦KR_BRN:l86-23-45692⟧   ⟦PERSON:채 수 연⟧   ⟦KR_BANK_ACCOUNT:l10-33B-90247l⟧
2   ⟦KR_BRN:407‐11‐38149⟧   ⟦PERSON:위 상 범⟧   ⟦KR_BANK_ACCOUNT:3O1‐2214‐5507‐81⟧
3   ⟦KR_BRN:254-11-237
18⟧   ⟦PERSON:Pham Minh Tuan⟧ ⟦KR_BANK_ACCOUNT:２０７－２２－００４１８３３⟧""", "ocr"))
