# -*- coding: utf-8 -*-
"""Hand-written documents for pii_bm. Every document was written one at a time.

Markup: ⟦TYPE:value⟧ gold span, ⟦TYPE#tag:value⟧ gold span with noise tag,
⟪category:text⟫ tagged hard negative. make_set.py strips the markers and computes offsets.
Document fields: genre, text, optional ocr=True (+ wrap=width for hard wraps), nopii=True.
"""
DOCS = []


def D(genre, text, **kw):
    DOCS.append(dict(genre=genre, text=text, **kw))

# ---------------------------------------------------------------- 001-040
D("공문", """⟪inst_name:한빛시⟫
수신  ⟪office_title:한빛시 도시재생과장⟫
제목  도시재생 주민협의체 위원 변경 통보

1. ⟪doc_no:도시재생과-4471⟫(⟪date:2025. 4. 2.⟫)호와 관련입니다.
2. 새솔동 주민협의체 위원 중 ⟦PERSON:윤다래⟧ 위원이 전출하여 후임으로 ⟦PERSON:곽상민⟧(⟦PHONE_NUMBER:010-3381-2047⟧)을 추천합니다.
3. 후임 위원의 주소는 ⟦KR_ADDRESS:한빛시 새솔동 212-7⟧이며, 위촉장은 ⟦PERSON:곽상민⟧ 위원에게 직접 전달할 예정입니다.  끝.

새솔동장
주무관 ⟦PERSON:탁은비⟧   동장 ⟦PERSON:마경호⟧
시행 ⟪doc_no:새솔동-882⟫ (⟪date:2025. 4. 9.⟫)  ⟪postal_code:우 17205⟫ ⟪inst_address:한빛시 새솔로 44 새솔동 행정복지센터⟫
전화 ⟦PHONE_NUMBER:031-8075-4412⟧ / 전송 ⟦PHONE_NUMBER:031-8075-4499⟧ / ⟦EMAIL_ADDRESS:eunbi.tak@korea.kr⟧""")

D("보도자료", """한누리도, 외국인 계절근로자 인권 보호 대책 발표
- 숙소 점검 확대, 통역 지원 인력 2배로 -

한누리도는 올해 계절근로자 1,240명을 배정받아 ⟪date:5월⟫부터 순차 입국시킨다고 밝혔다.
⟦PERSON:서문혜린⟧ 한누리도 농정국장은 "지난해 숙소 문제로 불편을 겪은 근로자가 많았다"며 "올해는 입국 전에 숙소를 전수 점검하겠다"고 말했다.
지난해 새솔군 농가에서 일했던 ⟦PERSON:Dilnoza Yusupova⟧(28) 씨는 통역사 덕분에 병원 진료를 받을 수 있었다고 전했다. 농가주 ⟦PERSON:엄태길⟧(61)씨도 "말이 통하니 일이 수월했다"고 했다.

담당: 농업정책과 인력지원팀장 ⟦PERSON:반소율⟧(⟦PHONE_NUMBER:061-286-7731⟧), 주무관 ⟦PERSON:편지후⟧(⟦PHONE_NUMBER:061-286-7738⟧)""")

D("출입국", """[사증발급인정서 신청 접수 내역]
초청인: ⟪company:(주)바람개비물류⟫ 대표 ⟦PERSON:선우재원⟧
피초청인 1  ⟦PERSON:TRAN THI LAN⟧  베트남  여권 ⟦KR_PASSPORT:C4418203⟧  생년월일 ⟦DATE_OF_BIRTH:1996-07-19⟧
피초청인 2  ⟦PERSON:PHAM MINH DUC⟧  베트남  여권 ⟦KR_PASSPORT:N2270915⟧  생년월일 ⟦DATE_OF_BIRTH:1993-11-02⟧
피초청인 3  ⟦PERSON:Batbayar Ganbold⟧  몽골  여권 ⟦KR_PASSPORT:E1938471⟧  생년월일 ⟦DATE_OF_BIRTH:1990-01-28⟧
체류자격 E-9  ⟪receipt_no:접수번호 2025-0417-88213⟫""")

D("회의록", """○ 녹취록 (제4차 주민참여예산위원회, 발췌)

위원장(⟦PERSON:남궁별⟧): 다음은 ⟦PERSON:옥채린⟧ 위원님 발언 순서입니다.
⟦PERSON:옥채린⟧ 위원: 네, 저는 작년에도 말씀드렸지만 놀이터 예산이 너무 적습니다. 우리 동네 ⟦KR_ADDRESS:한빛시 가람동 311-4⟧ 앞 놀이터는 그네가 2년째 고장이에요.
위원장: 담당 과장님 답변해 주시죠.
공원녹지과장: 내년 예산에 반영하겠습니다.
⟦PERSON:석도윤⟧ 위원: 과장님, 작년에도 그렇게 답하셨잖아요. (웃음)
위원장: ⟦PERSON:석도윤⟧ 위원님 말씀 속기록에 남기겠습니다.""")

D("판결문", """⟪court:가람지방법원⟫
판    결
사    건  ⟪case_no:2024고단3318⟫ 사기
피 고 인  ⟦PERSON:하정빈⟧ (⟦DATE_OF_BIRTH:1979. 2. 14.⟧생), 무직
          주거 ⟦KR_ADDRESS:대구광역시 달서구 상록로 88, 103동 702호⟧
          등록기준지 ⟦KR_ADDRESS:경상북도 구미시 물빛로 15⟧
검    사  ⟦PERSON:기서영⟧(기소), ⟦PERSON:함도겸⟧(공판)
변 호 인  법무법인 가온 담당변호사 ⟦PERSON:유세아⟧

범 죄 사 실
피고인은 ⟪date:2023. 6. 초순경⟫ 중고거래 사이트에 허위 매물을 올린 후, 이를 보고 연락한 피해자 ⟦PERSON:조은결⟧에게 ⟦KR_BANK_ACCOUNT:3333-14-8827160⟧(카카오뱅크, 예금주 ⟦PERSON:하정빈⟧)로 ⟪amount:520,000원⟫을 송금받아 편취하였다.""")

D("민원회신", """⟦PERSON:노가은⟧ 님께

안녕하십니까. 푸른구 교통행정과입니다.
⟪date:2025. 3. 17.⟫ 국민신문고로 신청하신 민원(⟪receipt_no:1AA-2503-0829112⟫)에 대해 다음과 같이 답변드립니다.

신청하신 ⟦KR_VEHICLE_PLATE:38거 5512⟧ 차량의 과태료 감경 요청은 ⟪statute:「질서위반행위규제법」 제18조⟫에 해당하지 않아 수용이 어렵습니다.
추가 문의는 담당자(주무관 ⟦PERSON:인태성⟧, ⟦PHONE_NUMBER:02-2148-3376⟧)에게 연락 주시기 바랍니다. 
감사합니다.""")

D("감사보고서", """【감사 지적사항 3】 보조금 부정수급 확인

○ 보조사업자 ⟪company:주식회사 청보리⟫(대표 ⟦PERSON:차윤슬⟧, 법인등록번호 ⟦KR_CRN:110111-6248309⟧, 사업자등록번호 ⟦KR_BRN:214-86-77311⟧)는 인건비를 과다 계상하였음
○ 실제 근무하지 않은 ⟦PERSON:차윤호⟧(대표의 동생, ⟦KR_RRN:880514-1524312⟧)를 연구원으로 등록하고 인건비 ⟪amount:18,000,000원⟫을 ⟦PERSON:차윤호⟧ 명의 하나은행 ⟦KR_BANK_ACCOUNT:620-188203-11507⟧로 지급한 후 회수함
○ 처분: 보조금 환수 및 ⟪statute:「보조금 관리에 관한 법률」 제33조⟫에 따른 제재""")

D("사고보고서", """안전사고 발생 보고 (속보)

- 일시: ⟪date:2025. 8. 21.(목)⟫ 14:25경
- 장소: 새솔군 공공하수처리시설 2차 침전지
- 피해자: 위탁업체 ⟪company:(유)가람물산⟫ 소속 근로자 ⟦PERSON:위준혁⟧(남, 47세)
- 경위: 슬러지 제거 작업 중 발을 헛디뎌 추락, 좌측 발목 골절 의심
- 조치: 119 이송(새솔의료원), 보호자 ⟦PERSON:위하람⟧(배우자, ⟦PHONE_NUMBER:010-9264-1103⟧)에게 연락 완료
- 보고자: 환경사업소 시설팀 ⟦PERSON:모지안⟧ (⟦PHONE_NUMBER:041-830-2291⟧)""")

D("인사발령", """새솔군 인사발령 (⟪date:2026. 1. 1.⟫자)

■ 승진
 ○ 지방행정사무관  ⟦PERSON:봉현우⟧ (기획감사실)
 ○ 지방시설사무관  ⟦PERSON:제갈윤⟧ (건설과)
■ 전보
 ○ 민원과장  지방행정사무관 ⟦PERSON:금나래⟧
 ○ 재무과장  지방행정사무관 ⟦PERSON:명태호⟧
■ 파견
 ○ 행정안전부  지방행정주사 ⟦PERSON:피소연⟧ (2년)
※ 문의: 행정과 인사팀 (⟪inst_phone:041-830-2114⟫ 대표)""")

D("국외출장", """국외출장 결과보고서

1. 출장자: 국제협력담당관실 서기관 ⟦PERSON:은하율⟧, 행정주사 ⟦PERSON:육도현⟧
2. 출장국: 필리핀(마닐라), ⟪date:2025. 9. 8.~9. 12.⟫
3. 주요 면담자
   - 필리핀 노동고용부 국장 ⟦PERSON:Juan dela Cruz Ramos⟧
   - 현지 송출기관 대표 ⟦PERSON:Ana Lucia Reyes⟧ (⟦EMAIL_ADDRESS:alreyes.recruit@gmail.com⟧)
4. 비고: 출장 중 ⟦PERSON:육도현⟧ 주사의 여권(⟦KR_PASSPORT:M418K2093⟧)이 호텔에서 일시 분실되어 대사관 영사과의 도움으로 회수함.""")

D("계약서", """물품 공급 계약서

공급자 상호: 새봄인쇄  대표자: ⟦PERSON:도하은⟧
사업자등록번호: ⟦KR_BRN:305-21-48199⟧
주소: ⟦KR_ADDRESS:대전광역시 유성구 노을로 41번길 7, 1층⟧
연락처: ⟦PHONE_NUMBER:042-862-3391⟧ / 휴대폰 ⟦PHONE_NUMBER:010-4470-2819⟧
대금 지급: 납품 검수 후 ⟦KR_BANK_ACCOUNT:301-0293-8811-51⟧ (농협, 예금주 ⟦PERSON:도하은⟧)
계약 금액: ⟪amount:₩3,850,000⟫ (부가세 포함)
발주: ⟪office_title:대전광역시 유성구청장⟫""")

D("동의서", """개인정보 제3자 제공 동의서 (작성본)

제공받는 자: 한국다온공단
제공 항목: 성명, 주민등록번호, 연락처
성명  ⟦PERSON:엄서진⟧
주민등록번호  ⟦KR_RRN:920818-2613525⟧
연락처  ⟦PHONE_NUMBER:010.7762.3018⟧
동의 여부  ☑ 동의  □ 미동의
⟪date:2025년 10월 2일⟫   본인 ⟦PERSON:엄서진⟧ (인)
* 미성년자의 경우 법정대리인 성명: ________""")

D("신청서", """[서식 7] 국외 여권 재발급 신청서 (분실)

성명(한글) ⟦PERSON:진소울⟧   성명(영문) ⟦PERSON:JIN SOUL⟧
주민등록번호 ⟦KR_RRN:010327-4128331⟧
분실한 여권번호 ⟦KR_PASSPORT:M03795168⟧  (발급일 ⟪date:2019. 5. 14.⟫)
분실 장소 태국 방콕 카오산로드 인근
연락처 ⟦PHONE_NUMBER:+66 81 552 0917⟧ / 국내 긴급연락처 모 ⟦PERSON:권미숙⟧ ⟦PHONE_NUMBER:010-2903-6641⟧
접수 ⟪office_title:주태국 대한민국 대사관 영사과⟫""")

D("외국인고용", """[고용허가제] 사업장 변경 신청 사유서

근로자 성명: ⟦PERSON:Mohammad Rafiq Hossain⟧
국적: 방글라데시
외국인등록번호: ⟦KR_FRN:910203-5164821⟧
여권번호: ⟦KR_PASSPORT:EB0419273⟧
현 사업장: ⟪company:노을산업(주)⟫ (⟦KR_ADDRESS:경남 김해시 두레로 220⟧)
사유: 사업주 ⟦PERSON:공재철⟧의 임금 체불 3개월 (⟪amount:6,300,000원⟫)
상담 통역: 벵골어 통역원 ⟦PERSON:Sokha Chan⟧ → (정정) 통역원 ⟦PERSON:라훌 메타⟧""")

D("복지상담", """상담일지 #2025-118
대상: ⟦PERSON:변순옥⟧(82·여) 독거
주소: ⟦KR_ADDRESS:강원 홍천군 상리 56-3⟧
건강보험: 의료급여 1종 → 건강보험증 번호 ⟦KR_HEALTH_INSURANCE:51283307416⟧
내용: 어르신께서 "아들(⟦PERSON:변철수⟧, ⟦PHONE_NUMBER:010-5590-7123⟧)이 연락이 안 된다"고 하심. 냉장고 고장. 
조치: 푸드뱅크 연계, 다음 방문 ⟪date:11/14⟫
작성: 사회복지공무원 ⟦PERSON:심겨울⟧""")

D("의료기록", """결핵 환자 신고서 (요약)
환자명 ⟦PERSON:Thida Win⟧ / 미얀마 / 외국인등록번호 ⟦KR_FRN:950611-6248512⟧
여권 ⟦KR_PASSPORT:MB438207⟧
연락처 ⟦PHONE_NUMBER:010-6613-4092⟧
진단일 ⟪date:2025-06-30⟫  진단기관 바다시 보건소
접촉자: 동거인 ⟦PERSON:Aigerim Bekova⟧, 직장 동료 2명(성명 미상)
신고 의사: ⟦PERSON:라시온⟧ (⟪license_no:의사면허 제48213호⟫)""")

D("학교기록", """[가정통신문 회신]
학생: 3학년 2반 ⟦PERSON:채다솔⟧
보호자: ⟦PERSON:채민혁⟧  관계: 부
비상연락처: ⟦PHONE_NUMBER:010 8821 4470⟧
알레르기: 땅콩, 복숭아
현장체험학습(⟪date:10월 17일⟫) 참가에 동의합니다.
보호자 서명 ⟦PERSON:채민혁⟧""")

D("세무", """질의
저는 ⟪date:2021. 3.⟫ 취득한 ⟦KR_ADDRESS:서울 노원구 월계동 55-12 해오름맨션 302호⟧를 ⟪date:2024. 11.⟫ 양도하였습니다(양도인 ⟦PERSON:표승환⟧, ⟦KR_RRN:700922-1340212⟧). 1세대 1주택 비과세가 적용되는지요?

회신
귀 질의의 경우 ⟪statute:「소득세법」 제89조 제1항 제3호⟫ 및 ⟪statute:같은 법 시행령 제154조⟫에 따라 판단할 사항입니다. (⟪doc_no:서면-2024-부동산-4821⟫)""")

D("경매공탁", """배당표 (발췌)
사건 ⟪case_no:2024타경10477⟫ 부동산강제경매
채권자 ⟦PERSON:구본희⟧  배당액 ⟪amount:41,200,000원⟫  지급계좌 신한 ⟦KR_BANK_ACCOUNT:110-428-771902⟧
채권자 ⟪company:미래누리캐피탈(주)⟫  배당액 ⟪amount:12,500,000원⟫
채무자 겸 소유자 ⟦PERSON:용지성⟧ 잉여금 ⟪amount:0원⟫
※ 채권자 ⟦PERSON:구본희⟧의 대리인 법무사 ⟦PERSON:왕선재⟧""")

D("금융지급", """2025 상반기 재난지원금 오지급 환수 완료 목록
1   ⟦PERSON:소예린⟧   ⟦KR_BANK_ACCOUNT:1002-861-553219⟧   ⟪amount:200,000⟫
2   ⟦PERSON:석하준⟧   ⟦KR_BANK_ACCOUNT:94380204118921⟧   ⟪amount:200,000⟫
3   ⟦PERSON:라윤재⟧   ⟦KR_BANK_ACCOUNT:356-1187-2204-83⟧   ⟪amount:400,000⟫
4   ⟦PERSON:방서율⟧   ⟦KR_BANK_ACCOUNT:079-04-221847⟧   ⟪amount:200,000⟫
5   ⟦PERSON:탁주원⟧   ⟦KR_BANK_ACCOUNT:3333-02-6619044⟧   ⟪amount:600,000⟫""")

D("접속로그", """Jan 14 02:41:19 web01 sshd[22817]: Failed password for invalid user admin from ⟦IP_ADDRESS:185.220.101.47⟧ port 51422 ssh2
Jan 14 02:41:23 web01 sshd[22817]: Failed password for invalid user admin from ⟦IP_ADDRESS:185.220.101.47⟧ port 51430 ssh2
Jan 14 02:44:02 web01 sshd[22901]: Accepted publickey for ⟪user_id:deploy⟫ from ⟦IP_ADDRESS:10.12.4.33⟧ port 60112 ssh2
Jan 14 02:45:57 web01 kernel: [UFW BLOCK] SRC=⟦IP_ADDRESS:203.252.17.98⟧ DST=(내부망) PROTO=TCP DPT=3389""")

D("택배우편", """운송장 ⟪tracking_no:6072-1183-4429⟫
받는분 ⟦PERSON:곽도윤⟧ ⟦PHONE_NUMBER:010-2718-9054⟧ (안심번호 ⟦PHONE_NUMBER:0504-1193-2281⟧)
주소 ⟦KR_ADDRESS:경기도 파주시 미리내길 33, 207동 1102호⟧ (⟪addr_ref:구암리, 푸른마을⟫)
보내는분 ⟪company:주식회사 다온건설⟫ ⟦PHONE_NUMBER:031-946-0827⟧
품목 서류 / 중량 0.5kg / 배송메모: 문 앞에 놓아주세요""")

D("차량주차", """[입주민 차량 등록 신청]
동/호수 104-1503
차주 ⟦PERSON:한보람⟧ 연락처 ⟦PHONE_NUMBER:010-3309-5581⟧
차량번호 ⟦KR_VEHICLE_PLATE:157러 4482⟧ (소형승용)
2대째 차량 ⟦KR_VEHICLE_PLATE:경기 75아 3017⟧ (영업용 화물, 사업자 ⟦KR_BRN:128-27-50348⟧)
※ 임대차 계약서 사본 첨부""")

D("이메일", """보낸사람: ⟦PERSON:Emily Carter⟧ <⟦EMAIL_ADDRESS:emily.carter@outlook.com⟧>
받는사람: 국제교류팀 <⟪inst_email:intl@hanbit.go.kr⟫>
제목: Visa support letter – English teacher

Dear Mr. ⟦PERSON:Nam⟧,
Please find my passport copy attached. My passport number is ⟦KR_PASSPORT:561207843⟧ (USA), issued ⟪date:03 FEB 2021⟫.
My date of birth is ⟦DATE_OF_BIRTH:17 OCT 1994⟧. You can reach me at ⟦PHONE_NUMBER:010-8125-0372⟧.
Best regards,
⟦PERSON:Emily⟧""")

D("채팅", """[카카오톡 상담 내역]
민원인: 안녕하세요 주민센터죠?
상담: 네 말씀하세요
민원인: 엄마 기초연금 들어오는 통장 바꾸려구요
민원인: 엄마 이름은 ⟦PERSON:추영자⟧고요 통장은 농협 ⟦KR_BANK_ACCOUNT:352 4418 2093 13⟧ 이에요
상담: 본인 확인을 위해 생년월일 알려주세요
민원인: ⟦DATE_OF_BIRTH:1948년 5월 3일⟧요
상담: 방문 시 신분증 지참 부탁드립니다 (⟪inst_phone:120⟫ 다산콜 안내 참고)""")

D("신분증사본", """외 국 인 등 록 증
ALIEN REGISTRATION CARD
⟦KR_FRN#ocr_confusable:B70412-5O63119⟧
성명 ⟦PERSON:NGUYEN VAN HUNG⟧
국가 VIETNAM
체류자격 비전문취업(E-9)
발급일자 ⟪date:2O24.O3.11⟫
⟪office_title:누리출입국·외국인사무소장⟫""", ocr=True)

D("판결문", """결정
사건  ⟪case_no:2025아1207⟫ 가처분이의
채권자  ⟪company:누리소프트(주)⟫
        대표이사 ⟦PERSON:독고현⟧
채무자  ⟦PERSON:한지혁⟧ (⟦DATE_OF_BIRTH:1988. 12. 1.⟧생)
        주소 ⟦KR_ADDRESS:성남시 분당구 햇살로 19, 1204호⟧
주문
1. 채무자는 채권자의 영업비밀을 사용하여서는 아니 된다.
이유
채무자 ⟦PERSON:한지혁⟧은 채권자 회사의 전 개발팀장으로, 퇴사 직전 소스코드를 개인 메일(⟦EMAIL_ADDRESS:jhhan.dev@proton.me⟧)로 전송하였다.""")

D("재결서", """재결서
사건  ⟪case_no:2025-07581⟫ 영업정지처분 취소청구
청구인  ⟦PERSON:마서윤⟧ (상호: 바른꽃집, ⟦KR_BRN:409-12-73057⟧)
        ⟦KR_ADDRESS:광주광역시 북구 매봉로 102⟧
피청구인  ⟪office_title:광주광역시 북구청장⟫
주문  피청구인이 ⟪date:2025. 2. 3.⟫ 청구인에게 한 영업정지 7일 처분을 과징금 부과처분으로 변경한다.""")

D("감사보고서", """징계 요구 대상자 명단 (비공개)
연번 소속 직급 성명 생년월일 비위유형
1 민원과 지방행정주사보 ⟦PERSON:소연경⟧ ⟦DATE_OF_BIRTH:'91. 4. 9.⟧ 금품수수
2 건설과 지방시설주사 ⟦PERSON:엄기태⟧ ⟦DATE_OF_BIRTH:'84. 12. 30.⟧ 부당업무처리
3 재무과 지방세무주사 ⟦PERSON:선우다인⟧ ⟦DATE_OF_BIRTH:'88. 1. 21.⟧ 복무위반""")

D("공문", """⟪inst_name:한누리도교육청⟫

수신  수신자 참조
제목  「교원 자격증 재발급」 신청자 명단 송부

1. 관련: ⟪statute:「교원자격검정령」 제25조⟫
2. 교원 자격증 재발급 신청자를 다음과 같이 송부합니다.
  가. 성명: ⟦PERSON:우하린⟧, 생년월일: ⟦DATE_OF_BIRTH:1987.09.04.⟧, 자격: 중등 정교사(2급) 국어
  나. 성명: ⟦PERSON:경민재⟧, 생년월일: ⟦DATE_OF_BIRTH:1990.02.27.⟧, 자격: 초등 정교사(1급)
3. 재발급된 자격증은 본인 주소지로 등기 발송 바랍니다.  끝.

⟪office_title:한누리도교육감⟫
장학사 ⟦PERSON:빈소정⟧  교원인사과장 ⟦PERSON:계태윤⟧""")

D("뉴스", """[단독] 주민센터 직원이 수급자 통장에서 1억 빼돌려

경기 한빛시의 한 행정복지센터 공무원이 기초생활수급자 명의 통장에서 수년간 1억 원이 넘는 돈을 빼돌린 사실이 드러났다. 
한빛시에 따르면 이 센터 주무관 A(39)씨는 홀로 사는 ⟦PERSON:기순자⟧(79) 할머니의 통장과 도장을 관리하면서 ⟪date:2021년⟫부터 돈을 인출해 온 것으로 조사됐다. 
할머니의 조카 ⟦PERSON:나도윤⟧씨는 "이모가 돈이 없다고 해서 이상하다고 생각했다"고 말했다. 
한빛시장은 "깊이 사과드린다"고 밝혔다.""")

D("회의록", """2025년도 제2회 정보공개심의회 회의록

1. 일시: ⟪date:2025. 5. 22.(목) 15:00⟫
2. 참석: 위원장 ⟦PERSON:설재희⟧(외부), 위원 ⟦PERSON:주민성⟧·⟦PERSON:당혜원⟧·⟦PERSON:어태준⟧(내부) / 간사 ⟦PERSON:성나연⟧
3. 안건: 청구인 김○○의 「2024년 직원 성과평가 자료」 공개청구 건
4. 의결: 부분공개 (개인의 성명·평정점수는 ⟪statute:제9조 제1항 제6호⟫에 따라 비공개)
5. 발언 요지
  - ⟦PERSON:당혜원⟧ 위원: 부서별 평균 점수는 공개해도 무방함
  - ⟦PERSON:설재희⟧ 위원장: 동의함""")

D("녹취록", """[112 신고 녹취]
접수요원: 112입니다. 무슨 일이세요?
신고자: 여기 사고 났어요, 차가 뒤집혔어요!
접수요원: 위치가 어디세요?
신고자: 어.. 새말로 사거리요, 편의점 앞
접수요원: 신고자분 성함이랑 연락처요
신고자: ⟦PERSON:편재민⟧이고요, ⟦PHONE_NUMBER#hangul_digits:공일공 사칠일팔 이구공삼⟧이요
접수요원: 사고 차량 번호 보이세요?
신고자: 흰색 SUV 번호가.. ⟦KR_VEHICLE_PLATE:이백삼십일 너 칠칠팔팔⟧이요 아 ⟦KR_VEHICLE_PLATE:231너 7788⟧""")

D("계약서", """근로계약서 (외국인근로자용)

사용자  ⟪company:햇살푸드 주식회사⟫ 대표 ⟦PERSON:국지호⟧  ⟦PHONE_NUMBER:055-338-2207⟧
근로자  ⟦PERSON:SOMCHAI PRASERT⟧  국적 태국  여권 ⟦KR_PASSPORT:AB2276104⟧  생년월일 ⟦DATE_OF_BIRTH:1992.03.15⟧
근로장소  ⟦KR_ADDRESS:경상남도 양산시 산수유길 9⟧
임금  월 ⟪amount:2,156,880원⟫, 매월 10일 근로자 명의 계좌 ⟦KR_BANK_ACCOUNT:207-25-6830219⟧(경남은행)로 지급
숙소  제공 (공제액 월 ⟪amount:200,000원⟫)""")

D("의료기록", """[응급실 기록지]
Pt: ⟦PERSON:어진솔⟧ M/34  DOB ⟦DATE_OF_BIRTH:1991/06/22⟧
보험: 건강보험 ⟦KR_HEALTH_INSURANCE:2-7719320864⟧
C.C.: chest pain (2hr)
V/S: BP 150/95, HR 102
보호자: 처 ⟦PERSON:양수아⟧ ⟦PHONE_NUMBER:01092837714⟧
Dx: r/o ACS → cardiology consult (Dr. ⟦PERSON:Kenji Watanabe⟧)""")

D("영수증", """카 드 매 출 전 표
가맹점: 한마음식당   ⟦PHONE_NUMBER:O5l-7O4-3382⟧
카드종류: 신한VISA
카드번호: ⟦CREDIT_CARD#ocr_confusable:4l85 22O3 9917 6l25⟧
유효기간: **/**
승인번호: ⟪approval_no:30918274⟫
금액: ⟪amount:48,000원⟫
서명: ⟦PERSON:류 세 환⟧""", ocr=True)

D("세무", """사업자등록 정정 신고서 처리 결과
상호 (변경 전) 동네철물 → (변경 후) 동네철물공구
대표자 ⟦PERSON:함윤기⟧ (⟦DATE_OF_BIRTH:1966-10-08⟧)
사업자등록번호 ⟦KR_BRN:617-04-83302⟧ (변경 없음)
사업장 소재지 ⟦KR_ADDRESS:부산 사하구 모래내로 14⟧
처리일 ⟪date:2025.07.02⟫  처리청 ⟪office_title:부산 사하세무서장⟫""")

D("공고", """새솔군 공고 ⟪notice_no:제2025-412호⟫

도로구역 결정(변경) 고시

⟪statute:「도로법」 제25조⟫에 따라 군도 12호선 도로구역을 다음과 같이 변경 결정하고 고시합니다.
1. 도로 종류: 군도  2. 구간: 새솔군 상리 ~ 구암리
3. 연장: 2.4km, 폭 8m
4. 관계 도면: 새솔군 건설과 비치 (⟪inst_phone:041-830-2114⟫)
⟪date:2025. 10. 1.⟫
⟪office_title:새솔군수⟫""", nopii=True)

D("신청서", """외국인 체류지 변경 신고서 (FORM 29)
성 Surname ⟦PERSON:RAKHIMOV⟧  명 Given names ⟦PERSON:BAKHODIR⟧
생년월일 Date of Birth ⟦DATE_OF_BIRTH:1989.07.30⟧  성별 M
외국인등록번호 ⟦KR_FRN:890730-5228418⟧
여권번호 ⟦KR_PASSPORT:FA0381926⟧
신 체류지 ⟦KR_ADDRESS:충청북도 음성군 가람길 71, 2층⟧
전화 ⟦PHONE_NUMBER:010-5523-8401⟧
신고인 서명 ⟦PERSON:Bakhodir Rakhimov⟧""")
# ---------------------------------------------------------------- 041-080
D("국외출장", """2025년 하반기 국외연수 참가자 여권 정보 (항공 발권용)
⟦PERSON:KIM HAYOON⟧ / ⟦KR_PASSPORT:M582R1047⟧ / 만료 ⟪date:2033-04-11⟫
⟦PERSON:OH SEJIN⟧ / ⟦KR_PASSPORT:M71049263⟧ / 만료 ⟪date:2027-08-02⟫
⟦PERSON:BAEK JUNHO⟧ / ⟦KR_PASSPORT:G27718405⟧ (관용) / 만료 ⟪date:2026-12-19⟫
⟦PERSON:LEE NARAE⟧ / ⟦KR_PASSPORT:M903C2218⟧ / 만료 ⟪date:2034-01-30⟫
※ ⟦PERSON:OH SEJIN⟧ 주무관은 여권 유효기간이 6개월 미만이므로 재발급 필요""")

D("출입국", """출국정지 해제 통보
대상자: ⟦PERSON:WANG XIAOMING⟧(⟦PERSON:왕샤오밍⟧), 중국 국적
여권번호: ⟦KR_PASSPORT:E68203177⟧
외국인등록번호: ⟦KR_FRN:850916-5128341⟧
해제 사유: 체납 세금(⟪amount:3,420,000원⟫) 완납
근거: ⟪statute:「출입국관리법」 제4조의4⟫
⟪office_title:법무부장관⟫""")

D("금융지급", """[환급금 지급 내역 – 헤더 없음]
⟦PERSON:남궁지후⟧	⟦KR_BANK_ACCOUNT:110-371-509284⟧	신한	⟪amount:37,500⟫
⟦PERSON:황보예솔⟧	⟦KR_BANK_ACCOUNT:1002-448-210937⟧	우리	⟪amount:12,000⟫
⟦PERSON:사공민⟧	⟦KR_BANK_ACCOUNT:620-229481-30207⟧	하나	⟪amount:8,800⟫
⟦PERSON:제갈하람⟧	⟦KR_BANK_ACCOUNT:9002-1934-5528-7⟧	새마을	⟪amount:41,300⟫
⟦PERSON:독고은재⟧	⟦KR_BANK_ACCOUNT:1000-5821-4407⟧	토스	⟪amount:5,500⟫""")

D("금융지급", """카드 결제 환불 처리 결과 (체육시설 강습료)
- ⟦PERSON:소하윤⟧: ⟦CREDIT_CARD:5412-7523-0918-4411⟧ 환불 ⟪amount:66,000원⟫
- ⟦PERSON:길태준⟧: ⟦CREDIT_CARD:3782 822463 10005⟧ (AMEX) 환불 ⟪amount:132,000원⟫
- ⟦PERSON:연다은⟧: ⟦CREDIT_CARD:9410-8821-3356-1205⟧ (BC) 환불 ⟪amount:44,000원⟫
- ⟦PERSON:위서후⟧: ⟦CREDIT_CARD:3566-0021-4493-8814⟧ (JCB) 환불 ⟪amount:66,000원⟫
환불 승인일 ⟪date:2025. 6. 30.⟫""")

D("뉴스", """불법 체류 외국인 고용 업주 무더기 적발

누리출입국·외국인사무소는 ⟪date:지난달⟫ 새솔군 일대 농가와 공장을 합동 단속해 불법 체류자 27명을 적발했다고 밝혔다. 
적발된 업주 중 ⟦PERSON:탁영수⟧(58)씨는 "사람을 구할 수가 없어서 어쩔 수 없었다"고 해명했다. 단속 현장에서 만난 우즈베키스탄 출신 ⟦PERSON:루스탐 나자로프⟧(31)씨는 "월급을 석 달째 못 받았다"고 호소했다.
⟦PERSON:나자로프⟧ 씨의 여권은 업주가 보관하고 있던 것으로 확인됐다.""")

D("회의록", """[녹취] 외국인주민 간담회 (⟪date:2025. 11. 8.⟫)
사회자: 다음 분 말씀하세요. 성함하고 나라 말씀해 주시고요.
참석자: 저는 ⟦PERSON:호앙 티 마이⟧예요. 베트남에서 왔어요. 결혼해서 7년 살았어요.
사회자: 네, ⟦PERSON:마이⟧ 씨 말씀하세요.
참석자: 아이 학교에서 가정통신문이 한국어로만 와요. 번역이 있으면 좋겠어요.
사회자: 다음은 ⟦PERSON:Olga Petrova⟧ 씨.
참석자2: 저는 러시아에서 왔고요, 비자 연장할 때 서류가 너무 많아요.""")

D("신분증사본", """대 한 민 국   여 권
PASSPORT
종류/Type  PM
여권번호/Passport No.  ⟦KR_PASSPORT#ocr_confusable:M2O7B8l34⟧
성/Surname  ⟦PERSON:JEONG⟧
이름/Given names  ⟦PERSON:YUNHA⟧
생년월일/Date of birth  ⟦DATE_OF_BIRTH:O9 5월/MAY 1986⟧
발급일/Date of issue  ⟪date:22 3월/MAR 2O23⟫""", ocr=True)

D("신청서", """자동차 운전면허 갱신 신청 (대리 접수)
신청인 ⟦PERSON:권다원⟧ 면허번호 ⟦KR_DRIVER_LICENSE:경기 09-447182-51⟧
대리인 ⟦PERSON:권석준⟧(부) 면허번호 ⟦KR_DRIVER_LICENSE:13-88-203391-70⟧
대리인 연락처 ⟦PHONE_NUMBER:010-6218-0945⟧
위임 사유: 신청인 해외 체류 중
수수료 ⟪amount:13,000원⟫""")

D("사고보고서", """교통사고 사실확인원 (요약)
사고일시 ⟪date:2025.09.14⟫ 07:55
사고장소 ⟦KR_ADDRESS:울산 남구 느티로 31⟧ 앞
A차량 ⟦KR_VEHICLE_PLATE:62조 1184⟧ 운전자 ⟦PERSON:모재희⟧ 면허 ⟦KR_DRIVER_LICENSE:261701882493⟧
B차량 ⟦KR_VEHICLE_PLATE:울산 71바 2290⟧(택시) 운전자 ⟦PERSON:설동석⟧ 면허 ⟦KR_DRIVER_LICENSE:울산92-110374-22⟧
피해 B차량 승객 1명 경상
⟪office_title:울산남부경찰서장⟫""")

D("의료기록", """예방접종 증명서
성명 ⟦PERSON:육시우⟧   주민등록번호 ⟦KR_RRN:210304-3●●●●●●⟧ → 기재 오류 정정: ⟦KR_RRN:210304-3827916⟧
접종 내역: DTaP 1~3차, MMR 1차
보호자 ⟦PERSON:육민지⟧ ⟦PHONE_NUMBER:010-7419-2200⟧
발급기관 ⟪inst_name:바다시 보건소⟫""")

D("학교기록", """학적 변동 보고
전출 학생: ⟦PERSON:나은솔⟧(⟦DATE_OF_BIRTH:2012년 8월 9일⟧생), 6학년
전출 사유: 가족 해외 이주(캐나다)
학생 여권: ⟦KR_PASSPORT:M640D1178⟧
보호자: ⟦PERSON:나진혁⟧ / ⟦EMAIL_ADDRESS:jinhyuk.na@gmail.com⟧
전입 예정교: 해외(학적 유예)
담임 ⟦PERSON:편수경⟧""")

D("세무", """체납자 예금 압류 통지
체납자: ⟦PERSON:반석규⟧ (⟦KR_RRN:650412-1******⟧) → 
  ※ 내부 대장 대조용 전체 번호 ⟦KR_RRN:650412-1052835⟧
압류 예금: 
  - KB국민 ⟦KR_BANK_ACCOUNT:531801-01-228491⟧
  - 수협 ⟦KR_BANK_ACCOUNT:1010-2291-8843⟧
  - 키움증권 위탁계좌 ⟦KR_BANK_ACCOUNT:6120-3385-71⟧
체납액 ⟪amount:8,742,330원⟫  ⟪doc_no:징세과-2281⟫""")

D("접속로그", """2025/03/02 09:14:55 | ⟪user_id:hb_admin02⟫ | ⟦IP_ADDRESS:192.168.10.21⟧ | 주민정보조회 | 대상 ⟦PERSON:권미란⟧
2025/03/02 09:15:31 | ⟪user_id:hb_admin02⟫ | ⟦IP_ADDRESS:192.168.10.21⟧ | 출력 | 대상 ⟦PERSON:권미란⟧
2025/03/02 22:48:07 | ⟪user_id:hb_temp11⟫ | ⟦IP_ADDRESS:121.134.58.203⟧ | 주민정보조회 | 대상 ⟦PERSON:석진우⟧
2025/03/02 22:49:40 | ⟪user_id:hb_temp11⟫ | ⟦IP_ADDRESS:121.134.58.203⟧ | 다운로드 | 대상 ⟦PERSON:석진우⟧
→ 야간 외부 IP 접속 건 소명 요청""")

D("이메일", """-----Original Message-----
From: "⟦PERSON:주가윤⟧" <⟦EMAIL_ADDRESS:gayoon.ju@hanmail.net⟧>
To: <⟪inst_email:minwon@purungu.go.kr⟫>
Sent: ⟪date:Tuesday, April 8, 2025 11:02 PM⟫
Subject: 층간소음 민원 관련

윗집(⟦KR_ADDRESS:푸른구 별내로 17, 805호⟧) 소음 때문에 잠을 못 잡니다. 관리사무소에 말해도 소용이 없어요.
제 번호는 ⟦PHONE_NUMBER:010-2230-4178⟧입니다. 꼭 연락 부탁드립니다.""")

D("채팅", """[업무 메신저] 
⟦PERSON:심재현⟧ 17:02  혹시 그 외국인 근로자 여권번호 다시 알 수 있어요? 서류에 오타가
⟦PERSON:온수빈⟧ 17:03  ⟦KR_PASSPORT:P4812093B⟧ 요
⟦PERSON:심재현⟧ 17:03  필리핀 맞죠?
⟦PERSON:온수빈⟧ 17:04  네 ⟦PERSON:Juan⟧ 씨요""")

D("계약서", """위탁운영 협약서

갑: 한빛시장
을: ⟪company:사단법인 한빛노인복지회⟫
  대표자 이사장 ⟦PERSON:동명순⟧
  고유번호 ⟦KR_BRN:128-82-60734⟧
  법인등록번호 ⟦KR_CRN:134171-0049212⟧
  소재지 ⟦KR_ADDRESS:한빛시 느티로 90⟧
보조금 교부 계좌: 농협 ⟦KR_BANK_ACCOUNT:301-5512-8830-11⟧ (예금주: ⟪company:사단법인 한빛노인복지회⟫)""")

D("동의서", """□ 개인정보 수집·이용 동의 (위원 위촉용)
성명: ⟦PERSON:빈채원⟧     생년월일: ⟦DATE_OF_BIRTH:1975. 6. 1.⟧
소속: 한누리대학교 사회복지학과
주소: ⟦KR_ADDRESS:전라남도 나주시 청보리길 42⟧
수당 입금 계좌: ⟦KR_BANK_ACCOUNT:110-29-338104⟧ (SC제일)
이메일: ⟦EMAIL_ADDRESS:cwbin@snu.ac.kr⟧
고유식별정보(주민등록번호) 수집 동의: 동의함 → ⟦KR_RRN:750601-2394457⟧""")

D("외국인고용", """외국인근로자 입국 전 취업교육 수료자 명단
NO  성명                    국적      여권번호      생년월일
01  ⟦PERSON:Siti Nurhaliza Binti Omar⟧  인도네시아  ⟦KR_PASSPORT:X2284917⟧  ⟦DATE_OF_BIRTH:14-02-1998⟧
02  ⟦PERSON:Rahul Mehta⟧               인도        ⟦KR_PASSPORT:Z5521038⟧  ⟦DATE_OF_BIRTH:03-09-1995⟧
03  ⟦PERSON:Aigerim Bekova⟧            카자흐스탄  ⟦KR_PASSPORT:N14029384⟧  ⟦DATE_OF_BIRTH:21-12-1997⟧
04  ⟦PERSON:Sokha Chan⟧                캄보디아    ⟦KR_PASSPORT:N01928374⟧  ⟦DATE_OF_BIRTH:30-05-1999⟧""")

D("복지상담", """아동학대 의심 신고 접수 기록 (비공개)
신고일 ⟪date:2025-10-21⟫  접수번호 ⟪receipt_no:AC-2025-10-0317⟫
아동 ⟦PERSON:라하진⟧(남, 만 7세, ⟦DATE_OF_BIRTH:2018. 3. 5.⟧)
주소 ⟦KR_ADDRESS:인천광역시 부평구 다솜로 8, 302호⟧
행위자(추정) 부 ⟦PERSON:라경수⟧
신고자 담임교사 (신고자 보호를 위해 비공개)
조치 아동보호전문기관 현장조사 의뢰""")

D("판결문", """⟪court:가람지방법원 제3행정부⟫
판  결
사  건  ⟪case_no:2024구합20561⟫ 난민불인정결정취소
원  고  ⟦PERSON:Ahmed Karim⟧
        외국인등록번호 ⟦KR_FRN:900118-5217017⟧
        소송대리인 변호사 ⟦PERSON:탁서윤⟧
피  고  ⟪office_title:누리출입국·외국인사무소장⟫
주  문  원고의 청구를 기각한다.
이  유  원고는 ⟪date:2022. 4. 5.⟫ 여권(⟦KR_PASSPORT:A03388127⟧)을 소지하고 입국하여 난민인정 신청을 하였다.""")

D("재결서", """국민건강보험 이의신청 결정서
신청인  ⟦PERSON:온지석⟧
건강보험증번호  ⟦KR_HEALTH_INSURANCE:71034928851⟧
주문  신청인의 이의신청을 인용한다.
이유  공단은 신청인의 배우자 ⟦PERSON:명하영⟧의 소득을 잘못 반영하여 보험료를 부과하였다.
⟪date:2025. 12. 3.⟫ 한국다온공단 이의신청위원회""")

D("보도자료", """[보도참고자료] 개인정보 유출 사고 경위 및 조치

□ 한빛시 시설관리공단은 ⟪date:9. 2.(화)⟫ 홈페이지 게시판에 회원 명단 파일이 잘못 게시된 사실을 확인하고 즉시 삭제하였다.
□ 유출 항목은 성명, 휴대전화번호, 생년월일이며 주민등록번호와 계좌번호는 포함되지 않았다.
□ 공단 관계자는 "재발 방지를 위해 게시 전 자동 점검 도구를 도입하겠다"고 밝혔다.
□ 피해 신고: 개인정보침해 신고센터 ⟪inst_phone:118⟫, 공단 고객센터 ⟪inst_phone:1577-2280⟫""", nopii=True)

D("통계보고", """[표 3] 체류외국인 국적별 현황 (⟪date:2025. 6. 30.⟫ 기준)
중국 | 942,395 | 35.1%
베트남 | 301,218 | 11.2%
태국 | 188,041 | 7.0%
미국 | 162,880 | 6.1%
우즈베키스탄 | 91,770 | 3.4%
자료: 출입국·외국인정책 통계월보 (⟪doc_no:통계-2025-06⟫)""", nopii=True)

D("공문", """⟪inst_name:해솔경찰서⟫
수신  ⟪office_title:해솔시장(교통과장)⟫
제목  체납차량 번호판 영치 협조 요청

1. 해솔시 교통과-3319(⟪date:2025. 8. 4.⟫)와 관련입니다.
2. 아래 차량에 대하여 번호판 영치를 실시하였으니 보관 조치 바랍니다.
  ○ ⟦KR_VEHICLE_PLATE:48노 7721⟧ (소유자 ⟦PERSON:당준서⟧)
  ○ ⟦KR_VEHICLE_PLATE:322보 1048⟧ (소유자 ⟪company:(합)미리내운수⟫)
  ○ ⟦KR_VEHICLE_PLATE:경북 78배 3302⟧ (소유자 ⟦PERSON:감하람⟧)
⟪office_title:해솔경찰서장⟫""")

D("영수증", """--------------------------------
      바른꽃집 (⟦KR_BRN:409-12-73057⟧)
  대표 ⟦PERSON:마서윤⟧  T.⟦PHONE_NUMBER:062-525-0917⟧
--------------------------------
꽃바구니(大)        1     ⟪amount:85,000⟫
--------------------------------
합계                      ⟪amount:85,000⟫
[신용승인] 현대카드
카드번호 : ⟦CREDIT_CARD:5327-18**-****-4491⟧
승인번호 : ⟪approval_no:71102945⟫
⟪date:2025/05/08 14:21⟫""")

D("금융지급", """[국외 송금 신청 – 외국인 근로자 퇴직금]
수취인 ⟦PERSON:NGUYEN THI HOA⟧
수취 은행 Vietcombank, Ha Noi
수취 계좌 ⟦KR_BANK_ACCOUNT:0011004127733⟧
송금인 ⟪company:(주)솔빛엔지니어링⟫ 담당 ⟦PERSON:여태민⟧
송금액 USD 4,120.00
근로자 국내 계좌(해지 예정) ⟦KR_BANK_ACCOUNT:100-204-661820⟧ (케이뱅크)""")

D("신분증사본", """주민등록증 재발급 신청 확인서
성명 ⟦PERSON:석다온⟧
주민등록번호 ⟦KR_RRN:990119-2714333⟧
주소 ⟦KR_ADDRESS:대전 서구 햇살로 212, 1102동 503호⟧
사진 규격 확인 □
신청일 ⟪date:2025. 1. 6.⟫
⟪office_title:대전광역시 서구 둔산2동장⟫""")

D("녹취록", """[민원 전화 녹취, 발췌]
민원인: 제가 카드로 과태료를 냈는데 두 번 빠져나갔어요.
상담원: 결제하신 카드번호 확인 가능하실까요?
민원인: ⟦CREDIT_CARD:사오이일 칠칠삼팔 공공구일 이삼오팔⟧이요. 아 숫자로 불러드려요? ⟦CREDIT_CARD:4521 7738 0091 2358⟧.
상담원: 네 확인됐습니다. 성함이?
민원인: ⟦PERSON:금하루⟧요. 
상담원: ⟦PERSON:금하루⟧ 님, 중복 결제분은 3~5일 내 취소됩니다.""")

D("감사보고서", """[법인카드 사적 사용 조사 결과]
1. 조사 대상 카드: ⟦CREDIT_CARD:9420 1183 7265 0443⟧ (사용자: 총무팀 ⟦PERSON:양세빈⟧)
2. 부적정 사용: 주말 골프장 결제 4건 (⟪amount:1,288,000원⟫)
3. 본인 진술: "개인 카드(⟦CREDIT_CARD:4012-8831-4407-2193⟧)와 혼동하여 결제하였다."
4. 조치: 전액 환수, 카드 회수""")

D("경매공탁", """변제공탁 통지서
공탁번호 ⟪case_no:2025금제1184호⟫
공탁자 ⟦PERSON:채경민⟧ (⟦KR_ADDRESS:경기 용인시 기흥구 물빛로 52⟧)
피공탁자 ⟦PERSON:고슬기⟧ (주소 불명, 최후 주소 ⟦KR_ADDRESS:서울특별시 은평구 푸른숲로 16⟧)
공탁금 ⟪amount:15,000,000원⟫
공탁원인: 임대차 종료에 따른 보증금 반환(수령 거절)
공탁소 ⟪inst_name:가람지방법원 공탁소⟫""")

D("택배우편", """[내용증명]
발신인: ⟦PERSON:하윤서⟧  ⟦KR_ADDRESS:부산광역시 해운대구 가람길 18, 3층⟧
수신인: ⟦PERSON:진태양⟧  ⟦KR_ADDRESS:부산 동래구 사직동 101-2⟧
제목: 미지급 공사대금 지급 요청
본인은 귀하에게 ⟪date:2025. 3. 10.⟫ 인테리어 공사를 완료하였으나 잔금 ⟪amount:7,200,000원⟫을 지급받지 못하였습니다. 
⟪date:2025. 5. 31.⟫까지 ⟦KR_BANK_ACCOUNT:112-2039-4418-03⟧(부산은행, ⟦PERSON:하윤서⟧)로 지급하여 주시기 바랍니다.""")

D("차량주차", """주차위반 스티커 부착 기록 (순찰 일지)
07:32  ⟦KR_VEHICLE_PLATE:12허 4471⟧ (렌트) 소방차 전용구역
07:48  ⟦KR_VEHICLE_PLATE:301두 5582⟧ 장애인구역(표지 없음)
08:05  ⟦KR_VEHICLE_PLATE:서울 33마 1029⟧ 이중주차
08:11  ⟦KR_VEHICLE_PLATE:67수8840⟧ 이중주차 – 차주 ⟦PERSON:변지수⟧ 통화(⟦PHONE_NUMBER:010-8842-3017⟧) 후 이동
순찰자 경비 ⟦PERSON:우민기⟧""")

D("공문", """수신  ⟪office_title:각 읍·면장⟫
제목  개인정보 포함 공문 발송 시 유의사항 안내

1. 최근 공문 붙임파일에 주민등록번호가 포함되어 외부로 발송된 사례가 있었습니다.
2. 붙임파일 작성 시 주민등록번호는 ⟪placeholder:800101-1******⟫와 같이 뒷자리를 가리고, 예시에는 "⟪placeholder:홍길동⟫" 등 가상 인물을 사용하시기 바랍니다.
3. 문의: 정보통신과 (⟪inst_phone:041-830-2114⟫)  끝.
⟪office_title:새솔군수⟫""", nopii=True)

D("인사발령", """[인사] 행정안전부
◇ 국장급 전보
▲ 지방재정경제실 지방재정정책관 ⟦PERSON:성지환⟧ ▲ 디지털정부혁신실 공공데이터국장 ⟦PERSON:표나윤⟧
◇ 과장급 전보
▲ 주민과장 ⟦PERSON:노승우⟧ ▲ 지역금융지원과장 ⟦PERSON:함소희⟧ ▲ 개인정보보호정책과장 ⟦PERSON:탁재윤⟧""")

D("신청서", """기초연금 신청서 (대리신청)
신청인 ⟦PERSON:봉말순⟧ / ⟦KR_RRN:430228-2041111⟧ / ⟦KR_ADDRESS:전북 익산시 노을로 7⟧
배우자 ⟦PERSON:조용팔⟧ / ⟦KR_RRN:400710-1031620⟧
대리인 ⟦PERSON:조미경⟧(자녀) / 연락처 ⟦PHONE_NUMBER:063-852-1174⟧, ⟦PHONE_NUMBER:010-3347-2281⟧
입금 계좌: 우체국 ⟦KR_BANK_ACCOUNT:601224-02-118430⟧ (예금주 ⟦PERSON:봉말순⟧)""")

D("의료기록", """[처방전]
교부번호 ⟪doc_no:20251103-00482⟫
환자 성명 ⟦PERSON:선태오⟧   주민등록번호 ⟦KR_RRN:780302-1******⟧
보험 구분: 건강보험   건강보험증번호(가입자) ⟦KR_HEALTH_INSURANCE:6-1048827731⟧
처방의료인 ⟦PERSON:위재경⟧ (면허 ⟪license_no:제62019호⟫)
약품명: 아목시실린 500mg 1일 3회 5일분""")
# ---------------------------------------------------------------- 081-120
D("사고보고서", """뺑소니 사고 목격자 진술 정리
목격자 ⟦PERSON:곽해솔⟧(⟦PHONE_NUMBER:010-4481-0276⟧) 진술: 검은색 세단, 번호는 앞부분 '19도'까지만 봤음 (나머지 미상)
블랙박스 판독 결과 차량번호 ⟦KR_VEHICLE_PLATE:119도 6547⟧로 확인, 소유자 ⟦PERSON:인재석⟧
운전면허 조회: ⟦KR_DRIVER_LICENSE:11-03-558214-60⟧ (정지 이력 1회)
피해자 ⟦PERSON:도민채⟧(여, 23) 병원 이송""")

D("의료기록", """방문간호 기록
대상자: ⟦PERSON:경춘자⟧ 할머니 (만 88세)
건강보험증: ⟦KR_HEALTH_INSURANCE:1 2840 5583 19⟧
혈압 148/86, 혈당 162
특이사항: 딸 ⟦PERSON:경미선⟧ 씨 요청으로 인슐린 교육 추가 실시. 딸 연락처 ⟦PHONE_NUMBER:010.2291.7736⟧
다음 방문: ⟪date:2주 후⟫
방문간호사 ⟦PERSON:연소은⟧""")

D("출입국", """결혼이민자 체류기간 연장 심사 메모
배우자(국민): ⟦PERSON:한도진⟧ ⟦KR_RRN:830722-1226404⟧
결혼이민자: ⟦PERSON:쩐 티 란⟧ / 외국인등록번호 ⟦KR_FRN:960415-6142710⟧ / 여권 ⟦KR_PASSPORT:C2981104⟧
신원보증인: ⟦PERSON:한도진⟧
거주지: ⟦KR_ADDRESS:전남 목포시 두레로 55-1⟧
면담 결과: 실거주 확인, 자녀 1명(⟦PERSON:한서아⟧, ⟦DATE_OF_BIRTH:2022.05.17⟧생)""")

D("접속로그", """{"ts":"2025-07-11T03:22:10+09:00","svc":"minwon-api","uid":"⟪user_id:u48213⟫","ip":"⟦IP_ADDRESS:39.117.204.8⟧","path":"/v1/cert/issue","status":200}
{"ts":"2025-07-11T03:22:14+09:00","svc":"minwon-api","uid":"⟪user_id:u48213⟫","ip":"⟦IP_ADDRESS:39.117.204.8⟧","path":"/v1/cert/issue","status":200}
{"ts":"2025-07-11T03:25:51+09:00","svc":"minwon-api","uid":"⟪user_id:u00917⟫","ip":"⟦IP_ADDRESS:2001:db8:4a1c:7e::1f⟧","path":"/v1/login","status":401}
{"ts":"2025-07-11T03:25:59+09:00","svc":"minwon-api","uid":"⟪user_id:u00917⟫","ip":"⟦IP_ADDRESS:2001:db8:4a1c:7e::1f⟧","path":"/v1/login","status":401}""")

D("보안사고보고", """개인정보 유출 신고서
유출 기관: ⟪inst_name:한빛시 시설관리공단⟫
유출 경위: 직원 ⟦PERSON:마현준⟧이 회원 명단(엑셀)을 외부 메일 ⟦EMAIL_ADDRESS:hyunjun.ma88@naver.com⟧로 전송 후, 해당 메일 계정이 해킹됨
해킹 접속지: ⟦IP_ADDRESS:45.133.1.207⟧ (해외), ⟦IP_ADDRESS:103.75.118.64⟧
유출 규모: 4,812명(성명, 연락처, 생년월일)
신고자: 정보보호팀장 ⟦PERSON:변하늘⟧ (⟦PHONE_NUMBER:031-8075-2290⟧)""")

D("계약서", """공동수급 협정서
대표사 ⟪company:(주)솔빛엔지니어링⟫  법인등록번호 ⟦KR_CRN:110111-5583045⟧  사업자 ⟦KR_BRN:120-86-44719⟧  지분 60%
구성원 ⟪company:주식회사 다온건설⟫  법인등록번호 ⟦KR_CRN:134511-0228814⟧  사업자 ⟦KR_BRN:135-81-90020⟧  지분 40%
대표사 대표이사 ⟦PERSON:제갈민호⟧, 구성원 대표이사 ⟦PERSON:석윤아⟧
공동수급체 대표 연락처 ⟦PHONE_NUMBER:02-6953-1180⟧""")

D("세무", """[상속세 신고 안내문]
피상속인 ⟦PERSON:황보정남⟧ (⟦KR_RRN:380104-1024316⟧, ⟪date:2025. 2. 11.⟫ 사망)
상속인 1. ⟦PERSON:황보지훈⟧ (장남) ⟦KR_RRN:651120-1341528⟧
상속인 2. ⟦PERSON:황보지연⟧ (장녀) ⟦KR_RRN:680903-2184411⟧
신고 기한: ⟪date:2025. 8. 31.⟫
세무대리인: 세무사 ⟦PERSON:길예준⟧ (⟦PHONE_NUMBER:02-3471-8820⟧, ⟦EMAIL_ADDRESS:yejun.gil.tax@gmail.com⟧)""")

D("녹취록", """(전화 녹취 일부) 
A: 네, 계좌번호 불러 드릴게요. 국민은행이고요, ⟦KR_BANK_ACCOUNT:육사삼이공일 공일 이팔팔사칠일⟧이요.
B: 다시 한번만요.
A: ⟦KR_BANK_ACCOUNT:643201-01-288471⟧. 예금주는 저, ⟦PERSON:국하영⟧이요.
B: 네 ⟦PERSON:국하영⟧ 님 맞으시죠? 생년월일 여섯 자리도요.
A: ⟦DATE_OF_BIRTH:구공공팔일사⟧요.""")

D("학교기록", """2025학년도 방과후학교 강사 채용 결과
1. ⟦PERSON:원새봄⟧ (⟦DATE_OF_BIRTH:89.11.02⟧) 코딩  ⟦PHONE_NUMBER:010-9930-1128⟧
2. ⟦PERSON:지한별⟧ (⟦DATE_OF_BIRTH:92.04.18⟧) 바이올린  ⟦PHONE_NUMBER:010-2288-4019⟧
3. ⟦PERSON:Pierre Lambert⟧ (⟦DATE_OF_BIRTH:85.07.26⟧) 프랑스어  ⟦PHONE_NUMBER:010-7711-3054⟧
※ 성범죄경력 조회 동의서 징구 완료""")

D("감사보고서", """[공직자 재산등록 누락 확인]
등록의무자: 건설국장 ⟦PERSON:탁상현⟧
누락 재산: 배우자 ⟦PERSON:육지민⟧ 명의 증권계좌 2개
  - 미래에셋증권 ⟦KR_BANK_ACCOUNT:010-41738291⟧
  - 한국투자증권 ⟦KR_BANK_ACCOUNT:43817722-01⟧
  - 배우자 명의 차량 ⟦KR_VEHICLE_PLATE:08러 3315⟧
조치: 보완 등록 요구, ⟪statute:「공직자윤리법」 제8조⟫""")

D("신분증사본", """자 동 차 운 전 면 허 증
⟦KR_DRIVER_LICENSE#fullwidth_digits:１３－０２－７４１１８８－３１⟧
⟦PERSON:조 해 린⟧
⟦KR_RRN#fullwidth_digits:０２０４１８－４＊＊＊＊＊＊⟧
⟦KR_ADDRESS:경기도 화성시
상록로 310, 1504호⟧
2종보통
⟪office_title:경기남부경찰청장⟫""", ocr=True)

D("이메일", """Subject: [확인요청] 해외 연수 참가자 보험 가입 명단
Dear Ms. ⟦PERSON:Schmidt⟧,
Below are the participants for the insurance:
- ⟦PERSON:PARK JIHOON⟧, passport ⟦KR_PASSPORT:M831F0274⟧, DOB ⟦DATE_OF_BIRTH:1998-02-14⟧
- ⟦PERSON:CHOI YUNA⟧, passport ⟦KR_PASSPORT:M11820947⟧, DOB ⟦DATE_OF_BIRTH:1999-10-03⟧
Please send the certificate to ⟦EMAIL_ADDRESS:intl.team@kakao.com⟧.
Regards, ⟦PERSON:Seo Minjae⟧""")

D("채팅", """(문자 메시지 캡처)
[Web발신] ⟦PERSON:권태현⟧님 과태료 ⟪amount:40,000원⟫ 미납. 납부계좌 우리 ⟦KR_BANK_ACCOUNT:27803118547290⟧ (가상계좌) 
[Web발신] 문의 ⟪inst_phone:1644-1103⟫
나: 이거 스미싱인가요?
담당: 구청 공식 문자는 ⟪inst_phone:02-2148-2114⟫ 번호로만 갑니다. 링크 누르지 마세요""")

D("외국인고용", """E-7 특정활동 고용 추천서
피추천인  ⟦PERSON:Lucas Oliveira⟧ (브라질)
생년월일  ⟦DATE_OF_BIRTH:04 JUL 1990⟧
여권번호  ⟦KR_PASSPORT:FT418263⟧
최종학력  상파울루 대학교 기계공학 석사
고용업체  ⟪company:(주)한별테크⟫ (⟦KR_BRN:211-88-17400⟧)
인사담당  ⟦PERSON:민가람⟧ 과장 ⟦EMAIL_ADDRESS:garam.min@hanbit-eng.co.kr⟧""")

D("복지상담", """긴급복지 지원 결정 통지 (내부 결재용)
대상자 ⟦PERSON:방세훈⟧ 외 2명
  - ⟦PERSON:방세훈⟧ 본인 ⟦KR_RRN:811205-1482719⟧
  - ⟦PERSON:윤지아⟧ 배우자 ⟦KR_RRN:840317-2317524⟧
  - ⟦PERSON:방다온⟧ 자녀 ⟦KR_RRN:211109-4382018⟧
지원 내용: 생계지원 ⟪amount:1,830,000원⟫ × 1개월
지급 계좌: 신협 ⟦KR_BANK_ACCOUNT:131022-21-448910⟧""")

D("뉴스", """"우리 아이 이름으로 대출이"… 명의도용 피해 잇따라

대학생 ⟦PERSON:소하린⟧(21)씨는 최근 자신도 모르는 휴대전화 개통 문자를 받았다. 확인 결과 누군가 ⟦PERSON:소하린⟧씨의 주민등록증 사본을 이용해 알뜰폰 3대를 개통한 것으로 드러났다. 
경찰 관계자는 "신분증 사본을 메신저로 보내는 일은 피해야 한다"고 조언했다. 
피해 상담은 개인정보침해 신고센터(⟪inst_phone:118⟫)에서 받을 수 있다.""")

D("판결문", """⟪court:가람지방법원⟫
약식명령
사건 ⟪case_no:2025고약8831⟫ 도로교통법위반(음주운전)
피고인 ⟦PERSON:엄세준⟧ (⟦KR_RRN:910707-1XXXXXX⟧)
피고인을 벌금 ⟪amount:7,000,000원⟫에 처한다.
범죄사실: 피고인은 ⟪date:2025. 4. 19. 23:40경⟫ 혈중알코올농도 0.112%의 술에 취한 상태로 ⟦KR_VEHICLE_PLATE:228로 9031⟧ 승용차를 약 2km 구간 운전하였다.""")

D("민원회신", """【여권 민원 회신】
⟦PERSON:라온유⟧ 님, 문의하신 내용에 대해 답변드립니다.
귀하의 구 여권(⟦KR_PASSPORT:M47720138⟧)은 ⟪date:2024. 12. 31.⟫ 자로 유효기간이 만료되었습니다. 신 여권(⟦KR_PASSPORT:M903K4421⟧)은 ⟪date:2025. 1. 15.⟫ 발급되어 민원실에 보관 중입니다.
수령 시 신분증을 지참하시기 바랍니다.
여권민원실 (⟪inst_phone:02-2148-1950⟫ 안내)""")

D("신청서", """장애인 주차구역 이용 표지 발급 신청서
신청인 ⟦PERSON:우영태⟧  생년월일 ⟦DATE_OF_BIRTH:1957년06월30일⟧
장애 정도: 심한 장애(지체)
차량번호 ⟦KR_VEHICLE_PLATE:대전 42너 8813⟧
차량 소유자 ⟦PERSON:우영태⟧ (본인) / 보호자 운전 시 보호자 ⟦PERSON:우지민⟧ 면허 ⟦KR_DRIVER_LICENSE:25-15-330218-12⟧
주소 ⟦KR_ADDRESS:대전광역시 대덕구 한우물로 44⟧""")

D("금융지급", """민생회복 소비쿠폰 카드 충전 오류 정정 목록
⟦CREDIT_CARD:9490-1102-8843-5527⟧ → ⟦PERSON:오태윤⟧ (정정: 중복 충전 회수)
⟦CREDIT_CARD:5521-0039-7712-4406⟧ → ⟦PERSON:류민서⟧
⟦CREDIT_CARD:4865 0019 2237 8819⟧ → ⟦PERSON:함지오⟧
⟦CREDIT_CARD:6250-9418-2203-7718⟧ → ⟦PERSON:Liu Fang⟧ (외국인 주민)
⟦CREDIT_CARD:3528 4410 9937 1026⟧ → ⟦PERSON:표해준⟧""")

D("회의록", """[속기록] 제289회 한빛시의회 임시회 행정자치위원회
○ 위원장 ⟦PERSON:금도현⟧  의석을 정돈해 주시기 바랍니다. 
○ ⟦PERSON:성가윤⟧ 위원  자치행정국장님, 작년 감사에서 지적된 법인카드 문제는 어떻게 됐습니까?
○ 자치행정국장 ⟦PERSON:어상훈⟧  예, 해당 직원은 징계 처분되었고…
○ ⟦PERSON:성가윤⟧ 위원  그 직원 이름까지 말씀하실 필요는 없고요.
○ 위원장 ⟦PERSON:금도현⟧  다음 질의하실 위원님?""")

D("공문", """⟪inst_name:한국다온공단⟫
수신  ⟦PERSON:길소윤⟧ 귀하 (⟦KR_ADDRESS:강원특별자치도 원주시 바람개비로 24, 101동 903호⟧)
제목  건강보험료 경감 결정 통지

1. 귀하의 가입자 번호(⟦KR_HEALTH_INSURANCE:31047286615⟧)에 대한 경감 신청을 검토한 결과 다음과 같이 결정하였음을 알려드립니다.
2. 경감 내용: 섬·벽지 경감 50% (⟪date:2025. 7.⟫분부터)
3. 문의: 원주지사 자격부과부 (⟪inst_phone:033-749-2114⟫)
⟪office_title:한국다온공단 이사장⟫""")

D("택배우편", """해외 직구 통관 보류 안내
수취인 ⟦PERSON:민서연⟧ 님
개인통관고유부호 ⟪customs_code:P240018833271⟫
연락처 ⟦PHONE_NUMBER:010-5528-1937⟧
배송지 ⟦KR_ADDRESS:서울시 관악구 미리내길 28, 402호⟧
보류 사유: 수입신고 금액 USD 150 초과
⟪office_title:인천세관장⟫""")

D("차량주차", """공영주차장 정기권 신청자 추첨 결과
당첨 | ⟦KR_VEHICLE_PLATE:63우 1180⟧ | ⟦PERSON:조다인⟧ | ⟦PHONE_NUMBER:010-****-2218⟧ → 공지 시 마스킹됨
당첨 | ⟦KR_VEHICLE_PLATE:245주 6012⟧ | ⟦PERSON:채준영⟧
예비1 | ⟦KR_VEHICLE_PLATE:30구 7749⟧ | ⟦PERSON:배시현⟧
예비2 | ⟦KR_VEHICLE_PLATE:128모 0331⟧ | ⟦PERSON:남도훈⟧""")

D("인사발령", """국외 파견 명령
성명: ⟦PERSON:표지원⟧ (행정사무관)
파견국: 주베트남 대사관
파견기간: ⟪date:2026. 2. 1. ~ 2029. 1. 31.⟫
관용여권: ⟦KR_PASSPORT:G402A7719⟧
동반 가족: 배우자 ⟦PERSON:기은채⟧(일반여권 ⟦KR_PASSPORT:M559P2203⟧), 자녀 ⟦PERSON:표하온⟧(⟦KR_PASSPORT:M559P2287⟧)""")

D("의료기록", """집단 식중독 역학조사 환자 명단
번호  성명  성별  나이  연락처  증상
1  ⟦PERSON:유도윤⟧  남  11  ⟦PHONE_NUMBER:010-3321-9087⟧  설사, 복통
2  ⟦PERSON:석예나⟧  여  11  ⟦PHONE_NUMBER:010-7782-0144⟧  구토
3  ⟦PERSON:마지호⟧  남  12  ⟦PHONE_NUMBER:010-9003-5512⟧  설사
4  ⟦PERSON:추서율⟧  여  11  (미확보)  발열
조사관 ⟦PERSON:위성민⟧""")

D("경매공탁", """부동산 임의경매 매각물건명세서
사건 ⟪case_no:2025타경3017⟫
소재지 ⟦KR_ADDRESS:경기도 김포시 구암리 88-4 소망빌라 B동 201호⟧
점유자 ⟦PERSON:고민호⟧ (임차인, 전입 ⟪date:2021. 9. 2.⟫, 확정일자 있음)
임차보증금 ⟪amount:130,000,000원⟫
채권자 ⟪company:미래누리캐피탈(주)⟫""")

D("동의서", """방과후 돌봄교실 이용 신청 및 개인정보 동의
아동 성명 ⟦PERSON:강이안⟧  생년월일 ⟦DATE_OF_BIRTH:2018-01-25⟧
보호자 ⟦PERSON:강선아⟧  휴대전화 ⟦PHONE_NUMBER:010-4417-2285⟧  직장전화 ⟦PHONE_NUMBER:031-8019-4470⟧
하원 시 인계자 ⟦PERSON:최영숙⟧(조모) ⟦PHONE_NUMBER:010-2231-8806⟧
※ 작성 예: ⟪placeholder:홍길동⟫, ⟪placeholder:2018-00-00⟫""")

D("금융지급", """이 체 확 인 증
거 래 일 시   ⟪date:2025-O9-O1 11:２０:31⟫
출 금 계 좌   ⟦KR_BANK_ACCOUNT#ocr_confusable,fullwidth_digits:１O２－ 3３１－４２８８０９⟧
입 금 은 행   기업은행
입 금 계 좌   ⟦KR_BANK_ACCOUNT#newline_in_number:221-1882
04-01-017⟧
받 는 분      ⟦PERSON:여 민 재⟧
금 액         ⟪amount:1,5OO,OOO원⟫""", ocr=True)

D("통계보고", """[붙임 2] 지역별 외국인 근로자 산재 발생 현황
서울 41건 / 경기 312건 / 인천 88건 / 충남 97건 / 경남 143건
사망 사고: 17건 (전년 대비 3건 감소)
근거 자료: ⟪doc_no:산재예방정책과-1182⟫, ⟪date:2025. 10. 2.⟫
문의: 고용노동부 (⟪inst_phone:044-202-7114⟫)""", nopii=True)

D("보도자료", """새솔군, 귀농인 정착지원금 지급 … 올해 32가구

새솔군은 올해 귀농인 32가구에 정착지원금을 지급한다고 ⟪date:2일⟫ 밝혔다.
⟦PERSON:명재혁⟧ 새솔군수 권한대행은 "귀농 가구의 초기 부담을 덜겠다"고 말했다. 
지난해 서울에서 이주한 ⟦PERSON:우태경⟧(44)·⟦PERSON:배수민⟧(41) 부부는 "지원금 덕분에 비닐하우스를 지었다"며 웃었다.
문의: 새솔군 농업기술센터 귀농지원팀 주무관 ⟦PERSON:봉하은⟧ ⟦PHONE_NUMBER:041-830-4471⟧""")
# ---------------------------------------------------------------- 107-160
D("출입국", """외국인 주민 전입 신고 처리부 (⟪date:2025. 2월⟫)
⟦PERSON:Nadia Haddad⟧	⟦KR_FRN:880922-6217412⟧	모로코	⟦KR_ADDRESS:서울 마포구 노을로 9⟧
⟦PERSON:Kenji Watanabe⟧	⟦KR_FRN:790505-5217327⟧	일본	⟦KR_ADDRESS:서울 성북구 은행나무길 41⟧
⟦PERSON:Anna Schmidt⟧	⟦KR_FRN:011130-8217411⟧	독일	⟦KR_ADDRESS:서울특별시 동대문구 가람길 12, 5층⟧
⟦PERSON:John Whitfield⟧	⟦KR_FRN:920214-5217215⟧	영국	⟦KR_ADDRESS:서울 송파구 별내로 301⟧""")

D("사고보고서", """운전면허 행정처분 사전통지 대상자 (내부)
⟦PERSON:모승기⟧ ⟦KR_DRIVER_LICENSE:12-11-408233-91⟧ 벌점 41점 → 정지 예정
⟦PERSON:표은서⟧ ⟦KR_DRIVER_LICENSE:부산 95-020174-31⟧ 벌점 122점 → 취소 예정
⟦PERSON:진도하⟧ ⟦KR_DRIVER_LICENSE:221902187520⟧ 벌점 40점 → 정지 예정
⟦PERSON:여수안⟧ ⟦KR_DRIVER_LICENSE:28-20-771093-41⟧ 벌점 55점 → 정지 예정""")

D("의료기록", """[건강보험 본인부담 상한제 환급 안내]
⟦PERSON:선다은⟧ 님 (증번호 ⟦KR_HEALTH_INSURANCE:84017735520⟧)
환급 예정액: ⟪amount:1,128,400원⟫
환급 계좌: 등록된 계좌(하나 ⟦KR_BANK_ACCOUNT:477-910220-98107⟧)로 자동 입금
※ 공단은 전화로 계좌 비밀번호를 묻지 않습니다. 고객센터 ⟪inst_phone:1577-1000⟫""")

D("계약서", """[법인 등기사항 요약]
상호 ⟪company:주식회사 청보리⟫
등록번호 ⟦KR_CRN:110111-6248309⟧
본점 ⟦KR_ADDRESS:서울특별시 강서구 새말로 71, 7층⟧
대표이사 ⟦PERSON:차윤슬⟧ (⟦KR_ADDRESS:서울 강서구 푸른숲로 22, 1801호⟧)
사내이사 ⟦PERSON:배도겸⟧
감사 ⟦PERSON:편세라⟧
설립 ⟪date:2016. 4. 12.⟫""")

D("금융지급", """=== 이체 결과 (CMS 일괄) ===
001 정상 ⟦KR_BANK_ACCOUNT:3521882041713⟧ ⟦PERSON:남윤호⟧ ⟪amount:350,000⟫
002 정상 ⟦KR_BANK_ACCOUNT:110493028817⟧ ⟦PERSON:백가인⟧ ⟪amount:350,000⟫
003 오류(계좌없음) ⟦KR_BANK_ACCOUNT:43720104118⟧ ⟦PERSON:탁지우⟧ ⟪amount:350,000⟫
004 정상 ⟦KR_BANK_ACCOUNT:79042883100215⟧ ⟦PERSON:은서하⟧ ⟪amount:350,000⟫
005 정상 ⟦KR_BANK_ACCOUNT:100028871204⟧ ⟦PERSON:감태오⟧ ⟪amount:350,000⟫
처리일 ⟪date:2025.11.25⟫ 합계 ⟪amount:1,750,000⟫""")

D("복지상담", """아동수당 지급계좌 변경 신청 (전화 접수 메모)
보호자 ⟦PERSON:노하은⟧ / 아동 ⟦PERSON:노시율⟧(⟦KR_RRN:230611-4******⟧)
변경 전: 토스뱅크 ⟦KR_BANK_ACCOUNT:1000-1224-8817⟧
변경 후: 카카오뱅크 ⟦KR_BANK_ACCOUNT:3333-21-4418802⟧
본인 확인: 보호자 생년월일 ⟦DATE_OF_BIRTH:1993. 7. 21.⟧ 일치""")

D("접속로그", """[WAF 차단 로그 요약 – ⟪date:2025-08-19⟫]
차단 시각 | 출발지 IP | 국가 | 공격 유형
03:11:09 | ⟦IP_ADDRESS:91.240.118.22⟧ | NL | SQL Injection
03:11:40 | ⟦IP_ADDRESS:91.240.118.22⟧ | NL | SQL Injection
04:58:02 | ⟦IP_ADDRESS:222.186.42.117⟧ | CN | Brute force
05:20:33 | ⟦IP_ADDRESS:175.223.19.6⟧ | KR | XSS (내부 직원 ⟦PERSON:어민규⟧ 테스트로 확인)
정책 버전 ⟪version:4.12.0.881⟫""")

D("택배우편", """우체국 반송 우편물 접수 대장
1. ⟦PERSON:윤채아⟧ / ⟦KR_ADDRESS:경북 포항시 북구 두레로 17⟧ / 이사 감
2. ⟦PERSON:길선호⟧ / ⟦KR_ADDRESS:포항시 북구 한우물로 120, 3동 402호⟧ / 수취 거절
3. ⟦PERSON:어윤희⟧ / ⟦KR_ADDRESS:경상북도 포항시 북구 송정동 211-3⟧ / 폐문 부재
등기번호는 ⟪tracking_no:1234-5678-9012⟫ 형식으로 별도 관리""")

D("이메일", """제목: 자문위원 수당 지급 서류 제출

안녕하세요, 주무관님. 지난주 회의에 참석했던 ⟦PERSON:함세린⟧입니다.
요청하신 대로 신분증 사본과 통장 사본 보내드립니다.
- 주민등록번호: ⟦KR_RRN:771029-2104511⟧
- 계좌: 우리은행 ⟦KR_BANK_ACCOUNT:1002-339-804117⟧
- 주소: ⟦KR_ADDRESS:세종특별자치시 가람로 84, 1203동 1502호⟧
감사합니다.
⟦PERSON:함세린⟧ 드림 / ⟦EMAIL_ADDRESS:serin.ham@korea.kr⟧""")

D("외국인고용", """외국인 계절근로자 숙소 배정표
동      호   성명                 국적      외국인등록번호
A동   101   ⟦PERSON:Batbayar Ganbold⟧   몽골      ⟦KR_FRN:900128-5241514⟧
A동   101   ⟦PERSON:Rustam Nazarov⟧     우즈벡    ⟦KR_FRN:940307-5241512⟧
A동   102   ⟦PERSON:Dilnoza Yusupova⟧   우즈벡    ⟦KR_FRN:970711-6241810⟧
B동   201   ⟦PERSON:SOMCHAI PRASERT⟧    태국      ⟦KR_FRN:920315-5241717⟧""")

D("판결문", """⟪court:가람지방법원⟫ 민사1단독
판결
사건 ⟪case_no:2025가단51229⟫ 손해배상(기)
원고 ⟦PERSON:온해진⟧
피고 ⟦PERSON:배상우⟧
주문 피고는 원고에게 ⟪amount:3,200,000원⟫ 및 이에 대한 지연손해금을 지급하라.
이유 피고는 ⟪date:2024. 8. 2.⟫ 원고가 운영하는 카페에서 원고의 신용카드(⟦CREDIT_CARD:5201-3398-0017-4425⟧)를 무단으로 사용하였다.""")

D("신청서", """국제운전면허증 발급 신청서
성명(한글) ⟦PERSON:육서진⟧  (영문) ⟦PERSON:YUK SEOJIN⟧
국내 면허번호 ⟦KR_DRIVER_LICENSE:서울 14-552810-30⟧
여권번호 ⟦KR_PASSPORT:M472E0193⟧
생년월일 ⟦DATE_OF_BIRTH:1994.12.07⟧
연락처 ⟦PHONE_NUMBER:010-3394-0018⟧
사진 1매 첨부""")

D("회의록", """[녹취록] 주민설명회 (쓰레기 소각장 입지)
주민1(⟦PERSON:최복례⟧): 우리 집이 ⟦KR_ADDRESS:새솔군 구암리 244⟧인데, 바로 앞이에요. 냄새는 어떡할 거예요?
사업단장: 악취 저감 설비를…
주민2: 이름은 안 밝히겠습니다. 보상 얘기부터 하세요.
주민3(⟦PERSON:하태식⟧ 이장): 마을회의에서 정한 건 반대입니다.
사회자: ⟦PERSON:하태식⟧ 이장님 말씀 잘 들었습니다.""")

D("공문", """수신  ⟦PERSON:Maria Santos⟧ (⟦EMAIL_ADDRESS:maria.santos1988@gmail.com⟧)
제목  다문화가족 통번역사 채용 합격 통보

1. 귀하께서 응시하신 통번역사(필리핀어) 채용 결과 최종 합격하였음을 알려드립니다.
2. 임용 서류: 외국인등록증 사본(⟦KR_FRN:880304-6218212⟧ 확인용), 통장 사본
3. 첫 출근: ⟪date:2025. 3. 3.(월)⟫ 09:00 / 문의 가족센터 ⟦PERSON:기윤정⟧ 팀장 ⟦PHONE_NUMBER:063-290-3318⟧""")

D("채팅", """[오픈채팅 신고 캡처 – 사기 의심]
판매자: 선입금 주시면 바로 보내드려요 ⟦KR_BANK_ACCOUNT:1005-803-227114⟧ 우리 ⟦PERSON:문세현⟧
구매자: 안전결제 안 돼요?
판매자: 수수료 아까워서요ㅎㅎ 제 폰번호 ⟦PHONE_NUMBER:010-2271-0983⟧ 로 문자주세요
구매자: 주민번호 앞자리라도 알려주세요
판매자: ⟦DATE_OF_BIRTH:950418⟧ 이요""")

D("세무", """부가가치세 경정청구 처리 결과 (요약)
청구인 ⟪company:(주)바람개비물류⟫ 대표 ⟦PERSON:선우재원⟧
사업자등록번호 ⟦KR_BRN:603-81-33124⟧ / 법인등록번호 ⟦KR_CRN:180111-0771427⟧
환급 결정액 ⟪amount:24,811,000원⟫
환급 계좌 부산은행 ⟦KR_BANK_ACCOUNT:101-2038-4471-07⟧ (예금주 ⟪company:(주)바람개비물류⟫)
근거 ⟪statute:「국세기본법」 제45조의2⟫""")

D("의료기록", """정신건강복지센터 사례 회의 (비공개)
사례: A씨 → 실명 ⟦PERSON:석준영⟧(38), 건강보험 ⟦KR_HEALTH_INSURANCE:5-2019384476⟧
주 호소: 불면, 우울감 / 자살 위험성 중간
연계: 보호자(모) ⟦PERSON:이점순⟧ ⟦PHONE_NUMBER:010-6620-3319⟧ 동의 하에 외래 진료 연계
담당 정신건강전문요원 ⟦PERSON:인하율⟧""")

D("감사보고서", """[표 5] 부당 수령 수당 환수 대상
소속|직급|성명|환수액|환수계좌(본인)
교통과|주무관|⟦PERSON:배진호⟧|⟪amount:1,240,000⟫|⟦KR_BANK_ACCOUNT:453-910028-33107⟧
세무과|주무관|⟦PERSON:왕서영⟧|⟪amount:860,000⟫|⟦KR_BANK_ACCOUNT:079-20-881742⟧
건축과|팀장|⟦PERSON:채동수⟧|⟪amount:2,100,000⟫|⟦KR_BANK_ACCOUNT:3333-07-1188204⟧""")

D("민원서류", """주 민 등 록 표 등 본
세대주 ⟦PERSON:구 태 민⟧
주소 ⟦KR_ADDRESS:충청남도 아산시 매봉로
118, 102동 1203호⟧
1 본인 ⟦PERSON:구태민⟧ ⟦KR_RRN#ocr_confusable:8lO214-1O27339⟧
2 처 ⟦PERSON:지하나⟧ ⟦KR_RRN:840619-2******⟧
3 자 ⟦PERSON:구로운⟧ ⟦KR_RRN#fullwidth_digits:１５０８３０－３＊＊＊＊＊＊⟧
발급일 ⟪date:2O25.O4.O2⟫""", ocr=True, wrap=26)

D("금융지급", """[카드 포인트 기부 내역 – 헤더 없음, 공백 정렬]
⟦CREDIT_CARD:4579 3320 1184 6623⟧   ⟦PERSON:남소윤⟧     ⟪amount:15,200⟫
⟦CREDIT_CARD:5105 1051 0510 5100⟧   ⟦PERSON:봉지훈⟧     ⟪amount:3,000⟫
⟦CREDIT_CARD:3714 496353 98431⟧    ⟦PERSON:Anna Schmidt⟧ ⟪amount:20,000⟫
⟦CREDIT_CARD:3056 930902 5904⟧     ⟦PERSON:Pierre Lambert⟧ ⟪amount:12,000⟫
⟦CREDIT_CARD:6011 0009 9013 9424⟧   ⟦PERSON:Emily Carter⟧ ⟪amount:8,000⟫""")

D("출입국", """[공항 출입국 심사 특이사항 보고]
⟪date:2025. 6. 9.⟫ 인천공항 T1 입국장
대상: ⟦PERSON:SITI⟧ (인도네시아, 여권 ⟦KR_PASSPORT:B9917204⟧) – 사증 목적 불일치
동행: ⟦PERSON:Ahmed Karim⟧ (여권 ⟦KR_PASSPORT:A03388127⟧) – 난민 신청 이력
조치: ⟦PERSON:SITI⟧ 입국 불허, 송환 항공편 GA879
보고: 입국심사과 ⟦PERSON:소재민⟧""")

D("학교기록", """[생활기록부 정정 요청서]
학생 ⟦PERSON:권하온⟧ (⟦DATE_OF_BIRTH:2009. 10. 30.⟧생) 졸업년도 2028 예정
정정 항목: 수상경력 – 「과학탐구대회 금상」 누락
보호자 ⟦PERSON:권정우⟧ 서명
담당교사 ⟦PERSON:방예린⟧ 확인 ⟪date:2025. 12. 1.⟫""")

D("차량주차", """[불법 주정차 민원 회신]
신고 차량 ⟦KR_VEHICLE_PLATE:서울 12가 3041⟧ → 단속 완료 (과태료 부과)
신고 차량 ⟦KR_VEHICLE_PLATE:98오 4412⟧ → 신고 사진상 번호판 식별 불가로 불수용
※ 같은 차량(⟦KR_VEHICLE_PLATE:서울 12가 3041⟧)에 대한 반복 신고는 1일 1회만 처리됩니다.
⟪office_title:푸른구청장⟫""")

D("뉴스", """'40년 지기' 부부, 전 재산 장학금 기탁

한빛시 가람동에 사는 ⟦PERSON:배영식⟧(84)·⟦PERSON:임순희⟧(81) 부부가 평생 모은 5억 원을 지역 장학재단에 기탁했다. 
⟦PERSON:배영식⟧ 할아버지는 "배우지 못한 한을 후배들이 풀었으면 한다"고 했다. 
장학재단 이사장 ⟦PERSON:노태원⟧ 씨는 "두 분의 뜻에 따라 기금 명칭을 '영식순희 장학금'으로 정했다"고 밝혔다.""")

D("국외출장", """공무국외출장 심사 결과
출장자 | 여권번호 | 생년월일
과장 ⟦PERSON:진민우⟧ | ⟦KR_PASSPORT:M608H1127⟧ | ⟦DATE_OF_BIRTH:1976.02.09⟧
사무관 ⟦PERSON:탁하니⟧ | ⟦KR_PASSPORT:M33817204⟧ | ⟦DATE_OF_BIRTH:1988.08.31⟧
주무관 ⟦PERSON:함건우⟧ | ⟦KR_PASSPORT:M**7F4*82⟧ (사본 흐림) | ⟦DATE_OF_BIRTH:1995.05.05⟧
심사 결과: 적정 (비용 ⟪amount:12,400,000원⟫)""")

D("동의서", """[Consent form – English version]
Name: ⟦PERSON:Rahul Mehta⟧
Alien Registration No.: ⟦KR_FRN:950903-5221414⟧
Passport No.: ⟦KR_PASSPORT:Z5521038⟧
Phone: ⟦PHONE_NUMBER:010-4417-8820⟧   E-mail: ⟦EMAIL_ADDRESS:rahul.mehta95@gmail.com⟧
Address in Korea: ⟦KR_ADDRESS:경기도 평택시 솔빛로 88, 203호⟧
I agree to the collection and use of my personal information. (Signature) ⟦PERSON:Rahul Mehta⟧""")

D("녹취록", """[콜센터 녹취] 
상담원: 본인 확인을 위해 주민번호 앞 여섯 자리 말씀해 주세요.
고객: ⟦DATE_OF_BIRTH:칠삼공사일일⟧이요.
상담원: 뒷자리 첫 번째 숫자는요?
고객: 이요.
상담원: 감사합니다. 등록된 주소가 ⟦KR_ADDRESS:청주시 흥덕구 산수유길 5⟧ 맞으세요?
고객: 네. 
상담원: 그럼 ⟦PERSON:어정희⟧ 고객님, 카드 분실 신고 접수해 드렸습니다.""")

D("공문", """⟪inst_name:누리출입국·외국인사무소⟫
수신  ⟪company:(주)한별테크⟫ 대표이사
제목  외국인 고용 신고 보완 요청

1. 귀 사에서 신고한 외국인 근로자 ⟦PERSON:Lucas Oliveira⟧(외국인등록번호 ⟦KR_FRN:900704-5112312⟧)의 고용 신고서에 근무처 주소가 누락되었습니다.
2. ⟪date:2025. 9. 30.⟫까지 보완하여 주시기 바랍니다.
담당 사증과 주무관 ⟦PERSON:편도진⟧ (⟦PHONE_NUMBER:032-890-6421⟧, 팩스 ⟦PHONE_NUMBER:032-890-6499⟧)
⟪inst_address:인천광역시 중구 서해대로 393⟫ / 대표 ⟪inst_phone:1345⟫""")

D("경매공탁", """공탁금 출급 청구서 (⟪case_no:2025금제2071호⟫)
청구인(피공탁자) ⟦PERSON:고슬기⟧
주민등록번호 ⟦KR_RRN:860522-2117426⟧
주소 ⟦KR_ADDRESS:경기 고양시 일산동구 다솜로 56, 1101동 204호⟧
출급 금액 ⟪amount:15,000,000원⟫
입금 계좌 ⟦KR_BANK_ACCOUNT:024-880213-01-014⟧ (기업은행)""")

D("통계보고", """정보공개 청구 처리 현황 (분기)
전부공개 1,204건 / 부분공개 388건 / 비공개 97건
비공개 사유: ⟪statute:제9조 제1항 제6호⟫(개인정보) 54건, 제5호(의사결정 과정) 21건
처리 기간 준수율 98.2%
작성 ⟪office_title:행정지원과장⟫""", nopii=True)

D("보도자료", """[인물] 소방관 ⟦PERSON:남궁태윤⟧ 소방장, 화재 현장서 어린이 3명 구조

⟪date:지난 14일⟫ 새벽 한빛시 가람동 다세대주택 화재 현장에서 ⟦PERSON:남궁태윤⟧(36) 소방장이 연기 속에 갇힌 어린이 3명을 구조했다. 
⟦PERSON:남궁⟧ 소방장은 "당연히 해야 할 일을 했다"고 말했다. 
구조된 어린이의 어머니 ⟦PERSON:Maria Santos⟧ 씨는 "평생 잊지 못할 것"이라며 눈물을 보였다.
문의: 한빛소방서 홍보담당 ⟦PHONE_NUMBER:031-8075-0119⟧""")

D("신청서", """외국인 건강보험 지역가입 신청
성명 ⟦PERSON:NGUYEN VAN HUNG⟧
외국인등록번호 ⟦KR_FRN:870412-5063119⟧
국적 베트남  체류자격 F-2
주소 ⟦KR_ADDRESS:경기도 화성시 모래내로 77, 401호⟧
세대원 배우자 ⟦PERSON:TRAN THI LAN⟧ ⟦KR_FRN:960719-6063114⟧
부여된 건강보험증번호 ⟦KR_HEALTH_INSURANCE:74410928173⟧""")

D("사고보고서", """[산업재해 조사표 요약]
재해자 ⟦PERSON:Thida Win⟧ (미얀마, 여권 ⟦KR_PASSPORT:MB438207⟧)
재해일 ⟪date:2025-05-12⟫ 10:30 / 프레스 작업 중 손가락 협착
사업장 ⟪company:노을산업(주)⟫ 관리번호 ⟪workplace_no:60812-33714-1-0⟫
사업주 ⟦PERSON:공재철⟧ ⟦PHONE_NUMBER:055-321-8820⟧
목격자 ⟦PERSON:Sokha Chan⟧""")

D("접속로그", """# /var/log/nginx/access.log (발췌, 개인정보 포함 여부 점검)
⟦IP_ADDRESS:211.36.142.71⟧ - - [12/Mar/2025:10:01:22 +0900] "GET /board/view?id=8812 HTTP/1.1" 200 
⟦IP_ADDRESS:211.36.142.71⟧ - - [12/Mar/2025:10:01:30 +0900] "POST /board/write?name=⟦PERSON:마수정⟧&tel=⟦PHONE_NUMBER:01033827710⟧ HTTP/1.1" 302
⟦IP_ADDRESS:58.229.6.190⟧ - - [12/Mar/2025:10:02:11 +0900] "GET /static/app.js?v=⟪version:3.2.118.4⟫ HTTP/1.1" 200
→ GET 파라미터로 연락처가 로그에 남는 문제 확인, 개발사 조치 요청""")

D("세무", """[원천징수영수증 – 일용근로자]
소득자 ⟦PERSON:위동건⟧ 주민등록번호 ⟦KR_RRN:690915-1213414⟧
근무기간 ⟪date:2025.04.01~04.30⟫ 지급총액 ⟪amount:3,150,000⟫
소득자 ⟦PERSON:Rustam Nazarov⟧ 외국인등록번호 ⟦KR_FRN:940307-5241512⟧
근무기간 ⟪date:2025.04.01~04.30⟫ 지급총액 ⟪amount:2,480,000⟫
징수의무자 ⟪company:주식회사 다온건설⟫ (⟦KR_BRN:135-81-90020⟧)""")

D("이메일", """From: ⟦EMAIL_ADDRESS:sh.kwon@seoul.go.kr⟧
To: ⟦EMAIL_ADDRESS:jwlee1979@nate.com⟧
Date: ⟪date:2025-02-18⟫
Subject: 민원 처리 기한 연장 안내

⟦PERSON:이재원⟧ 선생님께,
요청하신 자료 검토에 시간이 더 필요하여 처리 기한을 ⟪date:3월 4일⟫까지 연장합니다.
서울시 주택정책과 ⟦PERSON:권세희⟧ 드림 (⟦PHONE_NUMBER:02-2133-7041⟧)""")

D("금융지급", """[보상금 지급 조서] 도시계획도로 편입 토지
소유자 ⟦PERSON:봉재만⟧ | 편입 지번 ⟦KR_ADDRESS:한빛시 가람동 410-2⟧ | 보상액 ⟪amount:88,240,000⟫ | 농협 ⟦KR_BANK_ACCOUNT:302-4417-2209-31⟧
소유자 ⟦PERSON:봉재만⟧ 외 1인(공유자 ⟦PERSON:봉재순⟧) | 지분 1/2 | 보상액 ⟪amount:44,120,000⟫ | 우체국 ⟦KR_BANK_ACCOUNT:014422-02-338019⟧
소유자 ⟪company:(주)솔빛엔지니어링⟫ | 편입 지번 ⟦KR_ADDRESS:한빛시 가람동 411⟧ | 보상액 ⟪amount:12,000,000⟫""")

D("신분증사본", """건 강 보 험 증
증번호 ⟦KR_HEALTH_INSURANCE#space_in_value:5 1O4 83O2 219⟧
세대주 ⟦PERSON:양 수 아⟧
가입자구분 지역
발급일 ⟪date:2O25.O1.２２⟫
⟪inst_name:한국다온공단⟫""", ocr=True)

D("판결문", """[판결서 인터넷 열람본 – 비실명 처리 누락 검수]
원고 김○○, 피고 주식회사 △△
…원고는 피고의 직원인 ⟦PERSON:신도윤⟧(판결문 상 "소외 A"로 처리되었어야 함)으로부터…
…계좌(⟦KR_BANK_ACCOUNT:110-402-118273⟧)로 송금하였다…
검수자 의견: 위 두 곳 비실명 처리 필요. 사건 ⟪case_no:2023나40172⟫""")

D("복지상담", """노인맞춤돌봄 서비스 대상자 카드
성명 ⟦PERSON:감옥순⟧ (여, ⟦DATE_OF_BIRTH:1939년 11월 2일⟧생)
주소 ⟦KR_ADDRESS:새솔군 상리 12-1⟧
긴급연락 ⟦PERSON:감동철⟧(아들) ⟦PHONE_NUMBER:010-8803-2245⟧ / 이웃 ⟦PERSON:채분이⟧ ⟦PHONE_NUMBER:041-832-0917⟧
건강 상태: 치매 초기, 고혈압
생활지원사 ⟦PERSON:도유진⟧""")

D("계약서", """부동산 매매계약서 (요약)
매도인 ⟦PERSON:표동만⟧ ⟦KR_RRN:580211-1042815⟧ ⟦KR_ADDRESS:대구광역시 수성구 매봉로 210⟧
매수인 ⟦PERSON:Kenji Watanabe⟧ 외국인등록번호 ⟦KR_FRN:790505-5217327⟧
매매대금 ⟪amount:420,000,000원⟫ 중 계약금은 매도인 계좌 ⟦KR_BANK_ACCOUNT:508-20-441827-1⟧(iM뱅크)로 지급
공인중개사 ⟦PERSON:류하나⟧ (등록번호 ⟪reg_no:27260-2019-00418⟫)""")

D("회의록", """인권침해 구제 위원회 회의 결과
안건: 외국인 보호소 내 처우 개선 진정 (진정인 ⟦PERSON:Mohammad Rafiq Hossain⟧)
심의: 진정인 측 통역 ⟦PERSON:라훌 메타⟧ 씨 진술 청취
위원 ⟦PERSON:경서진⟧: 보호 기간이 과도하다는 점이 확인됨
위원 ⟦PERSON:왕도연⟧: 의료 접근권 보장 권고 필요
결정: 시정 권고 (⟪doc_no:인권-2025-0318⟫)""")

D("영수증", """[현금영수증/카드 영수증 재발행]
가맹점 ⟪company:(주)한별테크⟫ 직영점  ⟦KR_BRN:211-88-17400⟧
카드 ⟦CREDIT_CARD:6210 9488 1027 4434⟧ (은련)
승인 ⟪approval_no:55091732⟫ ⟪date:2025-06-02 19:44⟫
금액 ⟪amount:312,000원⟫
고객 ⟦PERSON:WANG XIAOMING⟧""")

D("택배우편", """[반품 접수]
주문자 ⟦PERSON:하주원⟧ / ⟦PHONE_NUMBER:0507-1382-4417⟧ (안심번호 아님, 개인 050 번호)
회수지 ⟦KR_ADDRESS:광주 광산구 상록로 19번길 8⟧
환불 수단: 결제카드 ⟦CREDIT_CARD:4213-55**-****-0917⟧ 취소
운송장 ⟪tracking_no:5512-0934-8821⟫""")

D("출입국", """난민 신청자 면접 일정 통보 (내부 명단)
⟪date:11/03⟫ 10:00  ⟦PERSON:Ahmed Karim⟧  ⟦KR_FRN:900118-5217017⟧  아랍어 통역
⟪date:11/03⟫ 14:00  ⟦PERSON:Nadia Haddad⟧  ⟦KR_FRN:880922-6217412⟧  프랑스어 통역
⟪date:11/04⟫ 10:00  ⟦PERSON:Mohammad Rafiq Hossain⟧  ⟦KR_FRN:910203-5164821⟧  벵골어 통역
면접관 ⟦PERSON:서문하준⟧ 조사관""")

D("공고", """한빛시 공고 ⟪notice_no:제2025-1182호⟫
「개인정보 처리방침」 개정 공고
1. 개정 사유: ⟪statute:「개인정보 보호법」 제30조⟫ 개정 반영
2. 주요 내용: 영상정보처리기기 운영 현황 갱신, 개인정보 보호책임자 지정(⟪office_title:한빛시 기획조정실장⟫)
3. 문의: ⟪inst_phone:031-8075-2114⟫ / ⟪inst_email:privacy@hanbit.go.kr⟫
⟪date:2025. 12. 15.⟫  ⟪office_title:한빛시장⟫""", nopii=True)

D("채팅", """[팀 메신저]
⟦PERSON:변소율⟧: 내일 출장 렌터카 예약했어요. 차량번호 ⟦KR_VEHICLE_PLATE:52하 1183⟧
⟦PERSON:인태성⟧: 제 면허번호 필요하대요? ⟦KR_DRIVER_LICENSE:11-09-228417-50⟧ 입니다
⟦PERSON:변소율⟧: 넵. 법인카드 ⟦CREDIT_CARD:9430-2281-0047-5514⟧로 결제했어요
⟦PERSON:인태성⟧: 감사합니다~""")
# ---------------------------------------------------------------- 161-
D("사고보고서", """[렌터카 사고 처리 협조 요청 회신]
임차인 ⟦PERSON:Lucas Oliveira⟧ – 국제운전면허(브라질) 및 국내 면허 미소지
동승 운전자 ⟦PERSON:반지우⟧ 면허 ⟦KR_DRIVER_LICENSE:17-16-003824-11⟧
차량 ⟦KR_VEHICLE_PLATE:34호 8820⟧ (렌트)
상대 차량 ⟦KR_VEHICLE_PLATE:전북 80사 1172⟧ 운전자 ⟦PERSON:구하람⟧ 면허 ⟦KR_DRIVER_LICENSE:전북 03-118204-72⟧
보험 접수 ⟪receipt_no:접수 2025-0813-44120⟫""")

D("의료기록", """장기요양 등급 판정 결과 통보 대상
⟦PERSON:편말자⟧ 증번호 ⟦KR_HEALTH_INSURANCE:20448172903⟧ 3등급
⟦PERSON:고영수⟧ 증번호 ⟦KR_HEALTH_INSURANCE:20771038814⟧ 4등급
⟦PERSON:석순례⟧ 증번호 ⟦KR_HEALTH_INSURANCE:21093382017⟧ 등급 외 A
⟦PERSON:모기철⟧ 증번호 ⟦KR_HEALTH_INSURANCE:20338102948⟧ 2등급
판정일 ⟪date:2025. 10. 28.⟫ / ⟪inst_name:한국다온공단 원주지사⟫""")

D("접속로그", """[메일 서버 발신 로그 – 외부 대량 발송 의심]
Oct 02 11:20:14 mx2 postfix/smtpd: client=unknown[⟦IP_ADDRESS:14.52.208.91⟧] sasl_username=⟦EMAIL_ADDRESS:dkchoi@korea.kr⟧
Oct 02 11:20:15 mx2 postfix/qmgr: from=<⟦EMAIL_ADDRESS:dkchoi@korea.kr⟧>, nrcpt=480
Oct 02 11:22:41 mx2 postfix/smtpd: client=unknown[⟦IP_ADDRESS:14.52.208.91⟧] sasl_username=⟦EMAIL_ADDRESS:dkchoi@korea.kr⟧
→ 계정 소유자 ⟦PERSON:최다경⟧ 주무관 확인 결과 계정 도용, 비밀번호 초기화""")

D("계약서", """협약 당사자 (3자 협약)
1. ⟪office_title:한빛시장⟫
2. ⟪company:(주)한별테크⟫ (법인등록번호 ⟦KR_CRN:131111-0418820⟧, 대표이사 ⟦PERSON:민가람⟧)
3. ⟪company:누리소프트(주)⟫ (법인등록번호 ⟦KR_CRN:110111-7730214⟧, 대표이사 ⟦PERSON:독고현⟧)
위 당사자는 스마트 주차 실증사업 추진을 위하여 다음과 같이 협약한다.
※ 붙임: 법인 인감증명서 각 1부, 사업자등록증(⟦KR_BRN:211-88-17400⟧, ⟦KR_BRN:220-87-51180⟧)""")

D("외국인고용", """불법 체류 자진출국 신고 접수 (⟪date:2025. 4. 7.⟫)
⟦PERSON:팜 민 득⟧ / 베트남 / 여권 ⟦KR_PASSPORT:C7730128⟧ / 등록번호 ⟦KR_FRN:930211-5082412⟧ / 출국 예정 ⟪date:4. 20.⟫
⟦PERSON:소카 찬⟧ / 캄보디아 / 여권 ⟦KR_PASSPORT:N01928374⟧ / 등록번호 ⟦KR_FRN:990530-6082719⟧ / 출국 예정 ⟪date:4. 22.⟫
범칙금 면제 대상 (⟪statute:「출입국관리법」 제94조⟫)""")

D("민원회신", """⟦PERSON:어준호⟧ 님께 드리는 답변
귀하께서 ⟦EMAIL_ADDRESS:junho.eo@daum.net⟧으로 요청하신 '차량 압류 해제'와 관련하여,
차량(⟦KR_VEHICLE_PLATE:146너 2291⟧)에 대한 자동차세 체납액이 ⟪date:2025. 6. 2.⟫ 완납되어 압류를 해제하였음을 알려드립니다.
해제 결과는 자동차 등록원부에 ⟪date:3일⟫ 이내 반영됩니다.
푸른구 세무1과 (⟪inst_phone:02-2148-2114⟫)""")

D("이메일", """보낸 사람: ⟦EMAIL_ADDRESS:hana.lee@hanbit-eng.co.kr⟧
받는 사람: ⟦EMAIL_ADDRESS:yj.han@seoul.go.kr⟧; ⟦EMAIL_ADDRESS:bora_oh@korea.kr⟧
제목: 착수보고회 참석자 명단

착수보고회 참석자 명단입니다.
- ⟪company:(주)솔빛엔지니어링⟫ ⟦PERSON:이하나⟧ 책임 (⟦PHONE_NUMBER:010-9128-3304⟧)
- 같은 회사 ⟦PERSON:지태우⟧ 선임
차량 출입 등록: ⟦KR_VEHICLE_PLATE:283소 9140⟧""")

D("민원서류", """운 전 경 력 증 명 서
성명 ⟦PERSON:함 도 윤⟧
면허번호 ⟦KR_DRIVER_LICENSE#ocr_confusable:l5-O8-6632l4-9l⟧
생년월일 ⟦DATE_OF_BIRTH:l988.O3.l4⟧
주소 ⟦KR_ADDRESS:충북 충주시 모래내로 45⟧
위반 이력 없음
⟪office_title:충북경찰청장⟫""", ocr=True, wrap=22)

D("신청서", """[온라인 신청 내역 출력물]
신청 번호 ⟪receipt_no:A2025-0301-77821⟫
신청인 ⟦PERSON:Olga Petrova⟧
외국인등록번호 ⟦KR_FRN:830817-6120313⟧
이메일 ⟦EMAIL_ADDRESS:olga.petrova@mail.kr⟧
접속 IP ⟦IP_ADDRESS:118.235.14.207⟧
신청 항목 외국인 주민 한국어 교실 (중급)""")

D("차량주차", """[관용차량 운행 일지]
⟪date:11/02⟫ ⟦KR_VEHICLE_PLATE:세종 12가 8821⟧ 운전 ⟦PERSON:어태준⟧ 주행 48km
⟪date:11/03⟫ ⟦KR_VEHICLE_PLATE:세종 12가 8821⟧ 운전 ⟦PERSON:성나연⟧ 주행 112km
⟪date:11/03⟫ ⟦KR_VEHICLE_PLATE:231두 4410⟧ 운전 ⟦PERSON:주민성⟧ 주행 23km (하이패스 카드 ⟦CREDIT_CARD:9410-6228-1930-0415⟧)""")

D("공문", """수신  ⟪office_title:국민건강보험공단 이사장(자격부과실장)⟫
제목  외국인 지역가입자 자격 정정 요청

1. 우리 사무소에서 체류자격이 변경된 외국인의 명단을 통보합니다.
  - ⟦PERSON:Nadia Haddad⟧ (⟦KR_FRN:880922-6217412⟧), 건강보험 ⟦KR_HEALTH_INSURANCE:74410221930⟧, D-2 → E-7
  - ⟦PERSON:John Whitfield⟧ (⟦KR_FRN:920214-5217215⟧), 건강보험 ⟦KR_HEALTH_INSURANCE:74410339218⟧, E-2 → F-2
2. 자격 정정 후 결과를 회신하여 주시기 바랍니다.  끝.
⟪office_title:누리출입국·외국인사무소장⟫""")

D("회의록", """[녹취 풀이] 시민 발언대
발언자: 안녕하세요, 저는 ⟦KR_ADDRESS:한빛시 솔빛로 210⟧에 사는 ⟦PERSON:온다혜⟧라고 합니다. 
발언자: 아파트 앞 도로에 과속 차량이 너무 많아요. 지난주에도 ⟦KR_VEHICLE_PLATE:69보 2214⟧ 차가 아이를 칠 뻔했어요.
사회자: ⟦PERSON:온다혜⟧ 씨, 차량 번호는 속기록에서 가리겠습니다.
발언자: 네, 그러세요.""")
