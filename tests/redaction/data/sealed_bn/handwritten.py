# -*- coding: utf-8 -*-
"""Hand-written documents for pii_bn. Each entry: (genre, layout, text).
Markers: ⟦TYPE:value⟧ gold span, ⟦TYPE/subkind:value⟧ or ⟦TYPE/subkind/noise1,noise2:value⟧ with explicit sub-kind / noise tags,
⟪category:text⟫ tagged hard negative. Layout names containing 'ocr' mark OCR-style records."""
DOCS = []

DOCS += [
("공문", "gongmun_recall_order", """가온시 건축과

수신  ⟪office_title:누리건설 대표이사⟫
제목  위반건축물 시정명령 사전통지

1. 귀 사업장에서 시공 중인 ⟦KR_ADDRESS:가온시 은행나무로 214-7⟧ 근린생활시설이 ⟪statute:「건축법」 제79조 제1항⟫을 위반한 사실이 확인되어 사전통지합니다.
2. 건축주 ⟦PERSON:도하윤⟧께서는 ⟪date_not_birth:2026. 4. 30.⟫까지 의견을 제출하여 주시기 바랍니다.
3. 담당: 건축지도팀 ⟦PERSON:문재석⟧ 주무관(⟦PHONE_NUMBER:031-8075-4412⟧)

⟪office_title:가온시장⟫
시행 ⟪doc_number:건축과-3318⟫ (⟪date_not_birth:2026. 4. 9.⟫)  우 ⟪postal_code:17710⟫ ⟪inst_address:경기도 가온시 시청로 55⟫ 전화 ⟪inst_phone:031-8075-2114⟫(대표)"""),
("보도자료", "press_quote_award", """[보도자료] 누리구, '올해의 자원봉사자' 5명 시상

누리구(구청장 ⟪placeholder:○○○⟫)는 ⟪date_not_birth:12월 3일⟫ 구청 대강당에서 자원봉사자 시상식을 열었다.

대상을 받은 ⟦PERSON:우정숙⟧(68) 씨는 "혼자 사시는 어르신 댁에 도시락을 나른 지 벌써 11년째"라며 "받은 것보다 드린 게 적다"고 말했다. 청소년 부문에서는 새솔고 2학년 ⟦PERSON:권도윤⟧ 군이, 외국인 주민 부문에서는 필리핀 출신 ⟦PERSON:마리셀 라모스⟧ 씨가 각각 상을 받았다.

⟦PERSON:마리셀⟧ 씨는 "한국어 통역 봉사를 하며 오히려 제가 이웃을 얻었다"고 했다.

담당: 자치행정과 자원봉사팀장 ⟦PERSON:표지혜⟧ ⟦PHONE_NUMBER:02-2620-3871⟧ / 주무관 ⟦PERSON:옥승민⟧ ⟦PHONE_NUMBER:02-2620-3874⟧"""),
("뉴스", "news_fraud_arrest", """전화금융사기 수거책 20대 구속

⟪institution:한울경찰서⟫는 ⟪date_not_birth:지난달 28일⟫ 고령자들에게서 현금을 받아 챙긴 혐의(사기)로 ⟦PERSON:탁민혁⟧(24)을 구속했다고 9일 밝혔다. ⟦PERSON:탁민혁⟧은 검사를 사칭한 조직의 지시를 받고 ⟦PERSON:엄순례⟧(79) 씨 등 4명에게서 ⟪amount:모두 8,400만 원⟫을 건네받은 것으로 조사됐다.

경찰은 ⟪surname_ref:탁씨⟫가 대포통장으로 쓴 ⟦KR_BANK_ACCOUNT:3333-27-8140593⟧(카카오뱅크) 등 계좌 3개에 대해 지급정지를 요청했다. 피해자 ⟪surname_ref:엄씨⟫의 아들 ⟦PERSON:남궁현⟧(51) 씨는 "어머니가 전화를 받고 은행에 가시는 걸 이웃이 막아줬어야 했다"며 안타까워했다."""),
("회의록", "minutes_school_committee", """2026학년도 제2회 가람초등학교운영위원회 회의록

○ 일시: ⟪date_not_birth:2026. 5. 14.(목)⟫ 18:30
○ 참석 위원(7명): ⟦PERSON:변서윤⟧(위원장, 학부모), ⟦PERSON:함종철⟧(교원), ⟦PERSON:추다은⟧(학부모), ⟪surname_title:설 교감⟫ 외 

[녹취 요약]
위원장(⟦PERSON:변서윤⟧): 수학여행 업체 선정 건을 상정합니다.
⟦PERSON:함종철⟧ 위원: 견적서 세 곳 중 ⟪company:(주)새누리관광⟫이 가장 저렴합니다. 다만 작년에 버스 기사 교체 문제가 있었습니다.
⟦PERSON:추다은⟧ 위원: 그 건은 당시 담임이셨던 ⟦PERSON:진소라⟧ 선생님께 확인해 보면 좋겠어요.
위원장: 그럼 원안 가결로 하겠습니다.

※ 서기: 행정실장 ⟦PERSON:구태형⟧"""),
("판결문", "judgment_criminal_leak", """○○지방법원
판      결
사      건  ⟪case_number:2025고단4817⟫ 사기
피  고  인  ⟦PERSON:편경호⟧ (⟦KR_RRN:870614-1253419⟧), 무직
            주거 ⟦KR_ADDRESS:인천 미추홀구 돌모루로 42, 3층⟧
            등록기준지 ⟪coarse_location:전남 해남군⟫
검      사  ⟦PERSON:소예린⟧(기소), ⟦PERSON:석준호⟧(공판)
변  호  인  변호사 ⟦PERSON:마현우⟧(국선)

범 죄 사 실
피고인은 ⟪date_not_birth:2025. 2. 11.⟫경 인터넷 중고거래 사이트에 "상품권 판매" 글을 올리고, 이를 보고 연락한 피해자 ⟦PERSON:양슬기⟧로부터 ⟪amount:1,350,000원⟫을 피고인 명의 ⟦KR_BANK_ACCOUNT:110-438-227195⟧(신한은행) 계좌로 송금받았다."""),
("민원회신", "reply_pet_noise", """민원 답변서

⟦PERSON:기윤아⟧ 님, 안녕하십니까. 누리구청 환경과입니다.
귀하께서 ⟪date_not_birth:3월 2일⟫ 국민신문고(⟪receipt_no:1AA-2603-0187754⟫)로 제기하신 반려견 소음 민원에 대해 답변드립니다.

귀하가 거주하시는 ⟦KR_ADDRESS:누리구 버들로 17, 102동 804호⟧의 위층 세대에 대하여 ⟪date_not_birth:3월 6일⟫ 현장 안내문을 부착하였습니다. 층간소음은 ⟪statute:「공동주택관리법」 제20조⟫에 따라 관리주체가 조정하게 되어 있으니 관리사무소에도 말씀해 주시기 바랍니다.

담당: 환경과 ⟦PERSON:어민지⟧ (☎ ⟦PHONE_NUMBER:02-3425-7716⟧)"""),
("감사보고서", "audit_overtime_table", """초과근무수당 부당수령 감사결과(요약)

| ⟦PERSON:연제훈⟧ | 행정7급 | 23일 | ⟪amount:412,800원⟫ | 환수 |
| ⟦PERSON:위수아⟧ | 행정8급 | 11일 | ⟪amount:187,500원⟫ | 환수·주의 |
| ⟦PERSON:명동진⟧ | 시설6급 | 34일 | ⟪amount:901,200원⟫ | 환수·경징계 |

※ 환수금은 ⟪date_not_birth:2026. 7. 31.⟫까지 세입세출외현금 계좌로 납부
감사반장 ⟦PERSON:봉세진⟧ / 감사반원 ⟦PERSON:인하람⟧"""),
("사고보고서", "incident_playground", """안전사고 발생 보고(1보)

- 발생: ⟪date_not_birth:2026. 6. 2.⟫ 15:20경, ⟦KR_ADDRESS:새솔시 꽃뫼길 88⟧ 어린이공원 놀이터
- 피해자: ⟦PERSON:맹시우⟧(7세, ⟦DATE_OF_BIRTH:2018. 11. 5.⟧생), 미끄럼틀에서 떨어져 왼팔 골절 의심
- 보호자: 모 ⟦PERSON:국혜린⟧ ⟦PHONE_NUMBER:010-4829-1163⟧
- 이송: 119 구급대 → 새솔병원 응급실
- 최초 신고자: 인근 주민 ⟪placeholder:이 모 씨⟫
- 보고자: 공원녹지과 ⟦PERSON:경태오⟧ 주무관"""),
("인사발령", "personnel_single_line", """발령 ⟦PERSON:사공윤서⟧ 지방행정주사 / 기획예산과 예산팀장에 보함 / ⟪date_not_birth:2026. 7. 1.⟫자
발령 ⟦PERSON:예준기⟧ 지방행정주사보 / 6급 승진 / 민원여권과 근무를 명함
발령 ⟦PERSON:독고은비⟧ 지방간호주사 / 육아휴직(⟪date_not_birth:2026. 7. 1.⟫~⟪date_not_birth:2027. 6. 30.⟫)"""),
("국외출장", "travel_result_report", """국외출장 결과보고

출장자: 교통정책과 서기관 ⟦PERSON:하승우⟧, 주무관 ⟦PERSON:봉아린⟧
출장국: 네덜란드(암스테르담), 덴마크(코펜하겐)
기간: ⟪date_not_birth:2026. 9. 7.⟫ ~ ⟪date_not_birth:9. 13.⟫ (5박 7일)

※ 출국 당일 ⟦PERSON:봉아린⟧ 주무관의 여권(⟦KR_PASSPORT:M482K1093⟧) 유효기간 잔여 6개월 미만 문제로 탑승 수속이 지연되어, 외교부 영사콜센터(⟪inst_phone:+82-2-3210-7700⟫)의 안내를 받아 해결함. ⟦PERSON:하승우⟧ 서기관 여권 ⟦KR_PASSPORT:M70315826⟧은 이상 없음.

항공료 ⟪amount:3,284,000원⟫은 법인카드(⟦CREDIT_CARD:9410-6203-1187-4457⟧)로 결제"""),
("계약서", "contract_lease_shop", """상가건물 임대차계약서

임대인  ⟦PERSON:반채원⟧ (⟦KR_RRN:640922-2031753⟧)  ⟦KR_ADDRESS:대전광역시 유성구 한울로 310, 201동 1102호⟧  ☎ ⟦PHONE_NUMBER:010-7724-0318⟧
임차인  ⟪company:주식회사 하람푸드⟫ (사업자등록번호 ⟦KR_BRN:314-86-52906⟧, 법인등록번호 ⟦KR_CRN:160111-0384521⟧)
        대표이사 ⟦PERSON:왕도현⟧

제1조 임대할 부분: ⟦KR_ADDRESS:대전 서구 갈대로 56 1층⟧ 전용 84.2㎡
제2조 보증금 ⟪amount:금 50,000,000원⟫, 월차임 ⟪amount:금 2,200,000원⟫(부가세 별도)
제3조 차임은 매월 25일 임대인 명의 ⟦KR_BANK_ACCOUNT:207-22-0815346⟧(경남은행)으로 지급한다."""),
("동의서", "consent_photo_minor", """사진·영상 촬영 및 활용 동의서(미성년자용)

학생 성명: ⟦PERSON:금하율⟧     학년/반: 4학년 2반
생년월일: ⟦DATE_OF_BIRTH:2016년 02월 29일⟧
보호자 성명: ⟦PERSON:금태식⟧   관계: 부
보호자 연락처: ⟦PHONE_NUMBER:010 3318 7625⟧

□ 동의함  ■ 동의하지 않음
※ 동의하지 않아도 교육활동 참여에 불이익은 없습니다.
⟪date_not_birth:2026. 3. 10.⟫  보호자 ⟦PERSON:금태식⟧ (서명)"""),
("신청서", "application_energy_voucher", """에너지바우처 신청서

[신청인]
이름 ⟦PERSON:모순덕⟧ / 주민번호 ⟦KR_RRN:471103-2******⟧ / 전화 ⟦PHONE_NUMBER:043-271-8845⟧
주소 ⟦KR_ADDRESS:충북 청주시 상당구 진달래로 9-3⟧
세대원: 손자 ⟦PERSON:모지훈⟧(⟦DATE_OF_BIRTH:2011.08.17⟧)
수급 유형: ■생계 □의료 □주거
지급 방식: ■요금차감 □실물카드
카드 수령 시 연락처: 위와 같음"""),
("출입국", "immig_marriage_visa_note", """[결혼이민(F-6) 체류기간 연장 상담 메모]
배우자(한국인): ⟦PERSON:길상철⟧, ⟦KR_RRN:790205-1642318⟧, ⟦PHONE_NUMBER:010-5507-2941⟧
외국인 배우자: ⟦PERSON:NGUYEN THI HOA⟧ / 베트남 / 외국인등록번호 ⟦KR_FRN:960418-6128739⟧ / 여권 ⟦KR_PASSPORT:C4902716⟧
동거 주소: ⟦KR_ADDRESS:전남 무안군 북면 송산리 412-3⟧
메모: 혼인관계증명서 제출 완료, 소득요건 보완 필요(⟪amount:연 2,480만 원⟫ 이상)."""),
("외국인고용", "employment_permit_letter", """고용허가서 발급 알림

사업주 ⟦PERSON:엄기석⟧ 님(⟪company:동방기계(주)⟫), 아래 외국인근로자에 대한 고용허가서가 발급되었습니다.

 ▸ 성명: ⟦PERSON:Suman Thapa⟧ (⟦PERSON:수만 타파⟧)
 ▸ 국적: 네팔   ▸ 생년월일: ⟦DATE_OF_BIRTH:1997-10-02⟧
 ▸ 여권번호: ⟦KR_PASSPORT:PA0934718⟧
 ▸ 근로계약기간: 입국일부터 3년

문의: 남부지방고용노동청 외국인력팀 ⟪inst_phone:1350⟫"""),
("복지상담", "welfare_phone_memo", """전화 상담 메모 (방문간호팀)

- ⟦PERSON:채봉순⟧ 어르신(86세) 댁 방문 일정 변경 요청. 따님 ⟦PERSON:노은정⟧ 씨가 대신 전화함.
- 어르신 번호 ⟦PHONE_NUMBER:054-852-3307⟧은 최근 잘 안 받으신다고 하니 따님 번호 ⟦PHONE_NUMBER:010.9132.4470⟧로 연락 바람.
- 건강보험증 번호 ⟦KR_HEALTH_INSURANCE:51207734918⟧ 확인 완료, 장기요양 등급 4등급.
- 다음 방문: 목요일 오전 10시"""),
("의료기록", "medical_vaccine_card", """예방접종 내역 확인서

피접종자  ⟦PERSON:원세아⟧
생년월일  ⟦DATE_OF_BIRTH:2023.01.19.⟧
주민등록번호  ⟦KR_RRN:230119-4187206⟧
보호자  ⟦PERSON:원지섭⟧ / ⟦PHONE_NUMBER:010-2294-8731⟧

접종일        백신         차수   기관
⟪date_not_birth:2023-03-21⟫   DTaP-IPV   1차   가온소아과의원
⟪date_not_birth:2023-05-23⟫   DTaP-IPV   2차   가온소아과의원
⟪date_not_birth:2024-01-30⟫   MMR        1차   ⟪institution:새솔시 보건소⟫"""),
("학교기록", "school_counsel_log", """[학생 상담 기록부 - 비공개]
학생: 2학년 5반 ⟦PERSON:제갈서진⟧
상담일: ⟪date_not_birth:2026. 4. 17.⟫ / 상담교사 ⟦PERSON:현보람⟧

⟦PERSON:서진⟧이는 최근 같은 반 ⟦PERSON:방예찬⟧ 학생과의 갈등으로 등교를 꺼린다고 함. 어머니(⟦PHONE_NUMBER:010-6671-2058⟧)께 연락드려 다음 주 3자 면담을 잡기로 함.
※ 학교폭력 사안 여부는 담임 ⟦PERSON:길민채⟧ 선생님과 협의 후 판단"""),
("세무", "tax_audit_notice_individual", """세무조사 사전통지

납세자 성명(상호): ⟦PERSON:소재민⟧ (⟪company:재민상회⟫)
사업자등록번호: ⟦KR_BRN:128-21-47730⟧
사업장 소재지: ⟦KR_ADDRESS:경기도 고양시 일산동구 샘골로 140, 1층 103호⟧
조사대상 세목: 부가가치세, 종합소득세 (⟪date_not_birth:2023. 1. 1.⟫~⟪date_not_birth:2024. 12. 31.⟫)
조사 기간: ⟪date_not_birth:2026. 6. 8.⟫ ~ ⟪date_not_birth:2026. 6. 26.⟫(15일간)
근거: ⟪statute:「국세기본법」 제81조의7⟫
조사반장 ⟦PERSON:피승호⟧ (⟦PHONE_NUMBER:031-900-9234⟧)
⟪office_title:고양세무서장⟫"""),
("경매공탁", "auction_bid_record", """매각기일 입찰 결과표
사건번호 ⟪case_number:2025타경30912⟫  물건번호 1
소재지 ⟦KR_ADDRESS:강원 원주시 단계동 771-5 다올아파트 108동 1402호⟧
최저매각가격 ⟪amount:₩214,000,000⟫

입찰자           입찰가격          보증금 반환계좌
⟦PERSON:육태민⟧         ⟪amount:231,500,000⟫      ⟦KR_BANK_ACCOUNT:351-1042-8817-53⟧ (농협)
⟦PERSON:감나연⟧         ⟪amount:228,770,000⟫      ⟦KR_BANK_ACCOUNT:1002-861-304718⟧ (우리)
⟪company:(유)초록환경⟫    ⟪amount:219,900,000⟫      법인계좌(기재 생략)
최고가매수신고인: ⟦PERSON:육태민⟧"""),
("금융지급", "refund_bank_list_spaces", """과오납 지방세 환급 대상 (읍사무소 보관용)
⟦PERSON:탁영숙⟧    국민   ⟦KR_BANK_ACCOUNT:472401-01-338196⟧   ⟪amount:38,400⟫
⟦PERSON:형재웅⟧    기업   ⟦KR_BANK_ACCOUNT:010-187334-01-019⟧   ⟪amount:112,000⟫
⟦PERSON:피은서⟧    새마을 ⟦KR_BANK_ACCOUNT:9002-1873-4401-2⟧   ⟪amount:9,760⟫
⟦PERSON:두강민⟧    우체국 ⟦KR_BANK_ACCOUNT:012403-02-117845⟧   ⟪amount:57,300⟫
⟦PERSON:Oyunchimeg Dorj⟧  하나  ⟦KR_BANK_ACCOUNT:620-318274-20907⟧  ⟪amount:21,000⟫"""),
("접속로그", "syslog_auth", """Mar 14 02:11:07 was01 sshd[22871]: Failed password for invalid user admin from ⟦IP_ADDRESS:185.43.120.77⟧ port 51422 ssh2
Mar 14 02:11:09 was01 sshd[22871]: Failed password for invalid user admin from ⟦IP_ADDRESS:185.43.120.77⟧ port 51430 ssh2
Mar 14 08:30:55 was01 sshd[23004]: Accepted publickey for ⟪user_id:opr2291⟫ from ⟦IP_ADDRESS:10.12.40.118⟧ port 60211 ssh2
Mar 14 08:31:02 was01 sudo: ⟪user_id:opr2291⟫ : TTY=pts/0 ; PWD=/home/⟪user_id:opr2291⟫ ; USER=root ; COMMAND=/usr/bin/systemctl restart httpd
# 담당자 메모: 185.43.x.x 대역 차단 요청 완료 (정보보호팀 ⟦PERSON:나윤성⟧)"""),
("택배우편", "return_mail_ledger", """반송우편물 처리대장 (⟪date_not_birth:2026년 2월⟫)
연번 등기번호         수취인      반송사유      재발송 주소
1   ⟪tracking_no:60921-0331-4478⟫   ⟦PERSON:인승재⟧      수취인불명    ⟦KR_ADDRESS:부산 수영구 달맞이로 77-2⟧
2   ⟪tracking_no:60921-0331-4479⟫   ⟦PERSON:강별⟧        폐문부재      (재발송 안 함)
3   ⟪tracking_no:60921-0331-4482⟫   ⟦PERSON:Chen Fang⟧   이사감        ⟦KR_ADDRESS:서울특별시 광진구 느티로 31, 4층⟧"""),
("차량주차", "parking_permit_apply", """거주자우선주차 신청서
신청인 ⟦PERSON:배도윤⟧  ☎ ⟦PHONE_NUMBER:010-3092-5561⟧
주소 ⟦KR_ADDRESS:서울시 마포구 새말로 41-9⟧ (⟪coarse_location:망원동⟫)
차량번호 ⟦KR_VEHICLE_PLATE:158보 2207⟧  차종 SUV  소유자 본인
희망 구획: 망원2-17 구획
※ 배우자 명의 차량(⟦KR_VEHICLE_PLATE:27로4419⟧)은 등록 불가"""),
("이메일", "email_plain_reply", """보낸사람: "⟦PERSON:선우진혁⟧" <⟦EMAIL_ADDRESS:jinhyuk.sunwoo@gaon-univ.ac.kr⟧>
받는사람: 예산팀 ⟦PERSON:옥지유⟧ 주무관 <⟦EMAIL_ADDRESS:okjiyu@korea.kr⟧>
제목: RE: 연구용역 중간보고 일정

⟦PERSON:옥지유⟧ 주무관님, 중간보고는 ⟪date_not_birth:6월 19일⟫ 오후 2시가 가능합니다.
참석자는 저와 연구원 ⟦PERSON:Lukas Weber⟧ 박사 두 명입니다.
급한 일은 제 휴대폰 ⟦PHONE_NUMBER:010-8811-2356⟧으로 연락 주세요.

--
⟦PERSON:선우진혁⟧ | 가온대학교 행정학과 교수 | ⟪inst_phone:031-220-1000⟫(대표)"""),
("채팅", "chat_group_ticket", """[단톡방: 체육대회 준비TF]
⟦PERSON:성하린⟧: 버스 기사님 연락처 공유합니다 ⟦PHONE_NUMBER:010-2270-9138⟧ (⟪surname_title:맹기사⟫님 아니고 ⟦PERSON:맹동수⟧ 기사님)
⟦PERSON:표민재⟧: 넵 차량번호도요?
⟦PERSON:성하린⟧: ⟦KR_VEHICLE_PLATE:경기 72바 3391⟧ 
⟦PERSON:표민재⟧: 경품비는 제 카드로 먼저 긁었어요. 영수증에 ⟦CREDIT_CARD:5243-71**-****-8821⟧ 찍혀 있어요
⟦PERSON:성하린⟧: 정산은 총무 ⟦PERSON:윤슬⟧ 님 계좌로 ⟦KR_BANK_ACCOUNT:1000-3381-2260⟧ 토스요"""),
("표", "table_box_volunteers", """╔══════╤══════════╤═══════════════╗
║ ⟦PERSON:강은호⟧ │ ⟦DATE_OF_BIRTH:1991.07.08⟧ │ ⟦PHONE_NUMBER:010-5123-0087⟧ ║
║ ⟦PERSON:남서아⟧ │ ⟦DATE_OF_BIRTH:1988.12.30⟧ │ ⟦PHONE_NUMBER:010-3349-2216⟧ ║
║ ⟦PERSON:Dilnoza Yusupova⟧ │ ⟦DATE_OF_BIRTH:1995.04.21⟧ │ ⟦PHONE_NUMBER:010-7710-6639⟧ ║
╚══════╧══════════╧═══════════════╝"""),
("신분증사본", "ocr_resident_card_copy", """주 민 등 록 증
⟦PERSON/korean/spaced_name:홍 다 인⟧ (⟦PERSON/korean_hanja:洪多仁⟧)
⟦KR_RRN:９５０８１７－２１５４９１４⟧
⟦KR_ADDRESS/road_sido/confusable,wrapped:경기도 부천시 소담로 2O4,
1O2동 7O3호⟧
⟪date_not_birth:2O19. 5. 2.⟫
⟪office_title:부천시장⟫"""),
("공문", "gongmun_no_pii_budget", """누리구 기획예산과

수신  ⟪office_title:각 부서장⟫
제목  2027년도 예산편성 기본지침 시달

1. ⟪statute:「지방재정법」 제38조⟫ 및 ⟪statute:같은 법 시행령 제42조⟫에 따라 2027년도 예산편성 기본지침을 붙임과 같이 시달합니다.
2. 각 부서에서는 ⟪date_not_birth:2026. 8. 14.(금)⟫까지 예산요구서를 e호조 시스템에 입력하여 주시기 바랍니다.
3. 경상경비는 전년 대비 ⟪amount:5%⟫ 감액 편성을 원칙으로 합니다.

붙임  2027년도 예산편성 기본지침 1부.  끝.

⟪office_title:누리구청장⟫
시행 ⟪doc_number:기획예산과-5521⟫  ⟪inst_address:서울특별시 누리구 중앙로 100⟫  ⟪inst_phone:02-2600-6114⟫(대표)"""),
]

DOCS += [
("녹취록", "transcript_police_interview", """진술조서(녹취 발췌)

문: 진술인의 이름과 생년월일을 말하세요.
답: ⟦PERSON:차윤호⟧이고요, ⟦DATE_OF_BIRTH:천구백구십이년 칠월 십사일⟧생입니다.
문: 휴대전화 번호는요?
답: ⟦PHONE_NUMBER:공일공 사칠일팔 이삼공구⟧입니다.
문: 당일 피해자 ⟦PERSON:석다온⟧을 처음 본 시각은?
답: 밤 열한 시쯤이요. ⟦PERSON:다온⟧이가 먼저 말을 걸었어요.
문: 진술인 명의 계좌로 돈이 들어온 적이 있나요?
답: 케이뱅크 ⟦KR_BANK_ACCOUNT:일공공 이삼사 오육칠팔구공⟧... 아니 ⟦KR_BANK_ACCOUNT:100-234-567890⟧ 맞아요. 근데 제가 쓴 건 아니에요.
(조사관 ⟦PERSON:부지환⟧ 경위, 참여 ⟦PERSON:목하은⟧ 경장)"""),
("재결서", "tribunal_business_suspension", """○○도행정심판위원회 재결

사건  ⟪case_number:경기행심 제2026-1184호⟫ 일반음식점 영업정지처분 취소청구
청구인  ⟦PERSON:태승연⟧(⟪company:승연이네 포차⟫ 대표)
        ⟦KR_ADDRESS:경기 평택시 햇살로 63-1, 1층⟧
대리인  행정사 ⟦PERSON:용하진⟧
피청구인  ⟪office_title:평택시장⟫

주문  피청구인이 ⟪date_not_birth:2026. 1. 20.⟫ 청구인에게 한 영업정지 2개월 처분을 영업정지 1개월로 변경한다.

이유  청구인은 청소년 ⟪placeholder:A(17세)⟫에게 주류를 제공하였으나, 위조된 신분증(⟪placeholder:주민등록번호 뒷자리 훼손⟫)을 제시받은 점 등을 고려한다."""),
("징계", "discipline_decision_prose", """징계의결서

징계혐의자 ⟦PERSON:변승철⟧(⟦DATE_OF_BIRTH:1976. 2. 3.⟧생), 지방시설주사, ⟪institution:한울시설관리공단⟫ 시설운영팀

혐의 사실: 위 사람은 ⟪date_not_birth:2025. 11. 8.⟫ 23시경 혈중알코올농도 0.091%의 술에 취한 상태로 본인 소유 승용차 ⟦KR_VEHICLE_PLATE:321두 7705⟧를 운전하다가 경찰에 적발되었고, 운전면허(⟦KR_DRIVER_LICENSE:경기 98-412273-51⟧)가 취소되었다.

의결 주문: 강등
⟪date_not_birth:2026. 1. 15.⟫
⟪office_title:한울시설관리공단 인사위원회⟫ 위원장 ⟦PERSON:추영길⟧"""),
("국외출장", "travel_order_table_pipe", """국외출장 명령(안)
|⟦PERSON:황보선영⟧|국제협력팀장|⟦KR_PASSPORT:M519P2284⟧|⟦DATE_OF_BIRTH:1979.03.22⟧|
|⟦PERSON:도준서⟧|주무관|⟦KR_PASSPORT:M301B7762⟧|⟦DATE_OF_BIRTH:1993.10.05⟧|
|⟦PERSON:모가은⟧|통역(민간)|⟦KR_PASSPORT:M87264011⟧|⟦DATE_OF_BIRTH:1990.06.18⟧|
출장지: 우즈베키스탄 타슈켄트 / 기간 ⟪date_not_birth:2026.10.12.⟫~⟪date_not_birth:10.17.⟫
경비: ⟪amount:일금 구백이십만 원정⟫"""),
("출입국", "immig_overstay_report", """불법체류 외국인 적발 보고

1. 적발 일시: ⟪date_not_birth:2026. 8. 21.⟫ 06:30
2. 장소: ⟦KR_ADDRESS:경남 김해시 상남동 88-14⟧ 소재 ⟪company:(주)세움설계⟫ 공사현장
3. 대상자
 가. ⟦PERSON:Bekzod Rakhimov⟧ / 우즈베키스탄 / ⟦DATE_OF_BIRTH:04 APR 1994⟧ / 여권 ⟦KR_PASSPORT:FA4417208⟧ / 체류자격 C-3(기간 도과)
 나. ⟦PERSON:쩐 반 남⟧ / 베트남 / ⟦DATE_OF_BIRTH:1999-12-09⟧ / 외국인등록번호 ⟦KR_FRN:991209-5247616⟧ / 여권 ⟦KR_PASSPORT:B7720341⟧
4. 조치: 보호명령서 발부, ⟪institution:화성외국인보호소⟫ 인계
5. 보고자: 조사과 ⟦PERSON:고경민⟧ 출입국관리서기"""),
("외국인고용", "seasonal_worker_prose", """계절근로자 입국 안내문

가람군은 필리핀 ⟪institution:○○市⟫와 맺은 업무협약에 따라 계절근로자 12명을 맞이합니다. 대표 근로자 ⟦PERSON:Jose Bautista⟧(여권 ⟦KR_PASSPORT:P4418207B⟧) 씨가 인솔하며, 배정 농가는 ⟦PERSON:감상욱⟧ 농장주(⟦KR_ADDRESS:가람군 가남읍 하촌리 213⟧) 외 5곳입니다.

임금은 근로자 본인 명의 ⟦KR_BANK_ACCOUNT:301-2284-1109-61⟧(농협) 등 개인 계좌로만 지급해야 하며, 여권을 농가가 보관하는 것은 금지됩니다(⟪statute:「출입국관리법」 제33조의3⟫).
문의: 가람군 농업정책과 ⟦PERSON:소윤재⟧ ⟦PHONE_NUMBER:055-930-3172⟧"""),
("금융지급", "refund_card_cancel_prose", """환불 처리 안내 (문화센터)

⟦PERSON:예서하⟧ 회원님의 요가 강좌(3개월) 환불 요청에 따라 수강료 ⟪amount:126,000원⟫을 결제하신 카드(⟦CREDIT_CARD:4579 2101 3388 6414⟧, 일시불)로 취소 처리하였습니다. 부분 사용분 ⟪amount:42,000원⟫은 공제되었습니다.
카드사 사정에 따라 3~5 영업일 후 반영됩니다. 추가 문의는 ⟪inst_phone:1644-0770⟫으로 주십시오."""),
("금융지급", "transfer_confirm_ocr", """이 체 확 인 증
거래일시 : ⟪date_not_birth:2O26-O3-O9 14:22:O7⟫
출금계좌 : ⟦KR_BANK_ACCOUNT:4１２７O１－O１－5５８２３O⟧ (국민)
예금주 : ⟦PERSON/korean/spaced_name:피 정 우⟧
입금은행 : 하나은행
입금계좌 : ⟦KR_BANK_ACCOUNT:391-
884210-37107⟧
받는분 : ⟦PERSON:마은지⟧
이체금액 : ⟪amount:7,5OO,OOO원⟫
※ 본 확인증은 거래 사실을 확인하는 용도 외에 사용할 수 없습니다."""),
("의료기록", "medical_referral", """진료의뢰서

환자 성명: ⟦PERSON:류시온⟧  성별/나이: 남/34
생년월일: ⟦DATE_OF_BIRTH:92.03.27⟧
건강보험 증번호: ⟦KR_HEALTH_INSURANCE:3 1720 448 096⟧
연락처: ⟦PHONE_NUMBER:010-2017-6632⟧
상병명: 우측 슬관절 반월상연골 파열 의증
의뢰 내용: MRI 및 정형외과 정밀검사 의뢰드립니다.
의뢰 기관: ⟪institution:가온시 보건지소⟫ 공중보건의 ⟦PERSON:반주원⟧ (⟪license_no:면허 제118742호⟫)"""),
("학교기록", "school_scholarship_table", """2026 1학기 저소득층 장학금 지급 명단
학번       이름      생년월일       은행     계좌번호
⟪mgmt_no:20240317⟫   ⟦PERSON:석하늘⟧    ⟦DATE_OF_BIRTH:2005-09-14⟧   신한     ⟦KR_BANK_ACCOUNT:110-512-903384⟧
⟪mgmt_no:20250128⟫   ⟦PERSON:Ganbold Tsogt⟧  ⟦DATE_OF_BIRTH:2003-02-01⟧   우리     ⟦KR_BANK_ACCOUNT:1002-357-118429⟧
⟪mgmt_no:20230904⟫   ⟦PERSON:탁소율⟧    ⟦DATE_OF_BIRTH:2004-11-30⟧   카카오뱅크 ⟦KR_BANK_ACCOUNT:3333-05-7781204⟧"""),
("세무", "tax_qna_leak", """세무상담 사례(내부 교육용) — 실명 삭제 누락 주의

질의: 저는 ⟦PERSON:금재형⟧이고 개인사업자(⟦KR_BRN:211-05-83421⟧)입니다. ⟪date_not_birth:2025년 12월⟫에 ⟪company:(주)라온정보통신⟫에서 용역대금을 받았는데 세금계산서를 못 받았습니다.
답변: 공급자가 발급하지 않는 경우 ⟪statute:「부가가치세법」 제34조의2⟫의 매입자발행세금계산서 제도를 이용할 수 있습니다.
※ 교육자료 배포 전 ⟪placeholder:갑⟫ 등으로 익명 처리할 것"""),
("경매공탁", "deposit_receipt_short", """공탁금 출급청구서
⟪case_number:2026금제612호⟫  공탁금 ⟪amount:금 3,300,000원⟫
청구인(피공탁자) ⟦PERSON:함서율⟧  주민등록번호 ⟦KR_RRN:010315-4218931⟧
주소 ⟦KR_ADDRESS:광주 북구 용봉동 410-2⟧
지급받을 예금계좌: 광주은행 ⟦KR_BANK_ACCOUNT:107-121-448352⟧
청구 사유: 변제공탁 수령"""),
("접속로그", "web_access_log", """⟦IP_ADDRESS:118.42.190.6⟧ - - [12/Feb/2026:09:14:51 +0900] "GET /minwon/apply?id=⟪user_id:u48210⟫ HTTP/1.1" 200 5121
⟦IP_ADDRESS:118.42.190.6⟧ - - [12/Feb/2026:09:15:02 +0900] "POST /minwon/submit HTTP/1.1" 302 0
⟦IP_ADDRESS:2001:db8:41:7a::2c⟧ - - [12/Feb/2026:09:17:44 +0900] "GET /static/app.js?v=⟪version:3.12.0.4471⟫ HTTP/1.1" 304 0
⟦IP_ADDRESS:192.168.31.205⟧ - - [12/Feb/2026:09:18:13 +0900] "GET /admin/export.csv HTTP/1.1" 403 219"""),
("택배우편", "parcel_label", """[CJ형 운송장]  ⟪tracking_no:5521-0097-3318⟫
보내는분 ⟪company:(주)가온테크⟫ ⟦PHONE_NUMBER:031-8039-7221⟧
받는분 ⟦PERSON:여은채⟧ ⟦PHONE_NUMBER:010-****-1187⟧ / ⟦PHONE_NUMBER:050-7331-2046⟧(안심번호)
⟪postal_code:06231⟫ ⟦KR_ADDRESS:서울 강남구 청룡길 22-4 3층 302호⟧
내품: 노트북 충전기 1  / 운임 신용"""),
("차량주차", "parking_fine_notice", """주정차위반 과태료 사전통지서

차량번호: ⟦KR_VEHICLE_PLATE:부산 37마 8046⟧  차명: 스타렉스
소유자: ⟦PERSON:심규환⟧
주소: ⟦KR_ADDRESS:부산광역시 해운대구 동백로 192-11⟧
위반일시: ⟪date_not_birth:2026-05-03 17:42⟫   위반장소: ⟪coarse_location:해운대구 좌동 버스정류장 앞⟫
과태료: ⟪amount:40,000원⟫ (의견진술 기한 내 자진납부 시 ⟪amount:32,000원⟫)
가상계좌(부산은행): ⟦KR_BANK_ACCOUNT:2540-8817-3321-09⟧"""),
("이메일", "email_forward_chain", """---------- Forwarded message ---------
From: ⟦PERSON:Emily Carter⟧ <⟦EMAIL_ADDRESS:emily.carter@brightwell.edu⟧>
Date: Tue, 3 Mar 2026
To: ⟦EMAIL_ADDRESS:kwon.narae@gaon-univ.ac.kr⟧

Dear ⟪surname_title:Ms. Kwon⟫,
I attach my passport copy (No. ⟦KR_PASSPORT:A31877420⟧) for the D-2 visa paperwork. My date of birth is ⟦DATE_OF_BIRTH:July 9, 2001⟧.

Best,
⟦PERSON:Emily⟧

> 국제교류팀 ⟦PERSON:권나래⟧ 선생님, 위 학생 서류 확인 부탁드립니다. - ⟦PERSON:하도윤⟧ 드림"""),
("채팅", "chat_customer_support", """[상담톡] 가온시 통합민원
상담사: 안녕하세요, 무엇을 도와드릴까요?
고객: 여권 재발급 신청했는데 언제 나오나요
상담사: 성함과 생년월일 알려주세요
고객: ⟦PERSON:국서준⟧ ⟦DATE_OF_BIRTH:880420⟧
상담사: ⟦PERSON:국서준⟧ 님, 접수번호 ⟪receipt_no:2026-004518⟫로 ⟪date_not_birth:4월 24일⟫ 발급 예정입니다. 기존 여권 ⟦KR_PASSPORT:M208L4471⟧은 무효 처리되었습니다.
고객: 알림은 ⟦EMAIL_ADDRESS:seojun.kook88@naver.com⟧으로 받을 수 있나요?
상담사: 네, 등록해 드렸습니다."""),
("표", "table_tab_no_header_mixed", """⟦PERSON:하예린⟧	⟦KR_RRN:850721-2******⟧	⟦KR_HEALTH_INSURANCE:20184470391⟧	⟦PHONE_NUMBER:010-3354-7790⟧
⟦PERSON:정우람⟧	⟦KR_RRN:780103-1******⟧	⟦KR_HEALTH_INSURANCE:20184470392⟧	⟦PHONE_NUMBER:010-9901-2347⟧
⟦PERSON:Sokha Chan⟧	⟦KR_FRN:950816-6******⟧	⟦KR_HEALTH_INSURANCE:60319927105⟧	⟦PHONE_NUMBER:010-4478-3025⟧"""),
("신분증사본", "ocr_driver_license_scan", """자동차운전면허증
1종보통
⟦KR_DRIVER_LICENSE:1l-O9-3527l8-4O⟧
⟦PERSON:노 한 결⟧
⟦KR_RRN:9O0713-1O52812⟧
⟦KR_ADDRESS/road_sido_short/confusable:서울 노원구 한울로 1O9,
5O3동 12O1호⟧
적성검사기간 ⟪date_not_birth:2O29.O1.O1~2O29.12.31⟫
⟪office_title:서울특별시경찰청장⟫"""),
("공문", "gongmun_personnel_inquiry", """수신  ⟪office_title:○○교육청 교육장⟫
제목  퇴직공무원 경력증명 회신

1. 귀 청 ⟪doc_number:교원인사과-7724⟫(⟪date_not_birth:2026. 2. 3.⟫)호와 관련입니다.
2. 요청하신 ⟦PERSON:엄혜숙⟧(⟦DATE_OF_BIRTH:1958. 9. 11.⟧생) 전 교사의 재직 기간은 ⟪date_not_birth:1981. 3. 1.⟫부터 ⟪date_not_birth:2020. 8. 31.⟫까지이며, 최종 근무지는 새솔중학교입니다.
3. 경력증명서는 본인 확인 후 교부하오니 본인(⟦PHONE_NUMBER:010-6230-4417⟧)에게 안내하여 주시기 바랍니다.  끝.
담당 총무과 ⟦PERSON:이채윤⟧ ⟦PHONE_NUMBER:063-290-1154⟧ 전송 ⟦PHONE_NUMBER:063-290-1199⟧"""),
("보도자료", "press_no_pii_event", """[보도자료] 2026 가람 국화축제 10월 개막

가람군은 ⟪date_not_birth:10월 17일⟫부터 ⟪date_not_birth:11월 2일⟫까지 가람호수공원 일원에서 국화축제를 연다고 밝혔다. 입장료는 ⟪amount:3,000원⟫이며 지역화폐로 돌려준다.
⟪office_title:가람군수⟫는 "가족 단위 방문객이 즐길 수 있도록 준비했다"고 말했다.
행사 문의 ⟪inst_phone:061-530-5114⟫(대표), 교통 안내 ⟪inst_phone:1899-7723⟫
축제장 주소 ⟪inst_address:전라남도 가람군 가남읍 호수공원길 15⟫"""),
("회의록", "minutes_council_qna", """제312회 누리구의회 임시회 행정복지위원회 회의록(발췌)

○ 위원 ⟦PERSON:편지수⟧: 복지국장님, 기초연금 부정수급 환수 건이 몇 건입니까?
○ 복지국장 ⟦PERSON:우상철⟧: 올해 상반기 41건, ⟪amount:1억 2천만 원⟫입니다.
○ 위원 ⟦PERSON:편지수⟧: 그중 ⟪placeholder:박○○⟫ 씨 건은 주민이 직접 제보했죠? 제보자 신원은 보호되고 있습니까?
○ 복지국장 ⟦PERSON:우상철⟧: 네, ⟪statute:「공익신고자 보호법」 제12조⟫에 따라 비공개입니다.
○ 위원장 ⟦PERSON:성재욱⟧: 다음 질의하실 위원님 계십니까? 없으시면 정회를 선포합니다."""),
("판결문", "decision_family_court", """○○가정법원 결정
사건  ⟪case_number:2026느단1207⟫ 성·본 변경허가
사건본인  ⟦PERSON:노지안⟧ (⟦DATE_OF_BIRTH:2014. 6. 25.⟧생)
          주소 ⟦KR_ADDRESS:세종 새롬로 77, 1204동 302호⟧
청구인  모 ⟦PERSON:봉윤희⟧
주문  사건본인의 성을 "봉"으로, 본을 "하음"으로 변경할 것을 허가한다.
이유  기록에 의하면 사건본인의 복리를 위하여 변경이 필요하다고 인정된다."""),
("사고보고서", "incident_fall_worksite", """중대재해 발생 보고(속보)
⊙ 일시/장소: ⟪date_not_birth:2026.07.04⟫ 10:15 / ⟦KR_ADDRESS:울산 울주군 온산읍 대곡리 55-3⟧ 물류창고 신축현장
⊙ 재해자: ⟦PERSON:Nimal Perera⟧(스리랑카, 42세, 외국인등록번호 ⟦KR_FRN:840305-5071320⟧) — 3층 개구부에서 추락, 병원 이송 후 사망
⊙ 원청: ⟪company:(주)바른건설⟫ 현장소장 ⟦PERSON:김태범⟧ ⟦PHONE_NUMBER:010-4120-6638⟧
⊙ 하청: ⟪company:한결상사⟫ (대표 ⟦PERSON:주형석⟧)
⊙ 조치: 작업중지 명령, ⟪statute:「중대재해 처벌 등에 관한 법률」⟫ 위반 여부 수사"""),
("신청서", "application_parking_disabled", """장애인 사용자동차 표지 발급 신청
신청인 ⟦PERSON:조미정⟧  생년월일 ⟦DATE_OF_BIRTH:1966년 10월 3일⟧
장애인 본인과의 관계: 배우자 (장애인: ⟦PERSON:방경수⟧, ⟦KR_RRN:620817-1******⟧)
차량번호 ⟦KR_VEHICLE_PLATE:48오 6612⟧ / 보호자 운전
연락처 ⟦PHONE_NUMBER:033-643-2295⟧, ⟦PHONE_NUMBER:010-8822-1403⟧
주소 ⟦KR_ADDRESS:강원특별자치도 강릉시 안골길 12-5⟧"""),
("계약서", "contract_freelancer_short", """강사 위촉 계약 (요약)
강사: ⟦PERSON:Olga Petrova⟧ / 국적 러시아 / 외국인등록번호 ⟦KR_FRN:870219-6203410⟧
강의: 러시아어 회화 초급(주 2회) / 강사료 시간당 ⟪amount:50,000원⟫
지급 계좌: IBK기업은행 ⟦KR_BANK_ACCOUNT:086-301224-01-014⟧ (예금주 ⟦PERSON:PETROVA OLGA⟧)
연락처: ⟦PHONE_NUMBER:010-6104-9925⟧, ⟦EMAIL_ADDRESS:olga.petrova.ru@gmail.com⟧"""),
("복지상담", "welfare_home_visit", """가정방문 결과 (드림스타트)
아동 ⟦PERSON:성도하⟧(만 5세, ⟦DATE_OF_BIRTH:2020/09/02⟧) — 주민등록번호 ⟦KR_RRN:200902-3417669⟧
주양육자 조모 ⟦PERSON:임춘자⟧(72)
주소지 ⟦KR_ADDRESS:전북 익산시 구름다리로 33 201호⟧
관찰: 아동 언어발달 지연 소견, 조모는 무릎 수술 예정. 언어치료 바우처 연계.
긴급 연락: 고모 ⟦PERSON:성미란⟧ ⟦PHONE_NUMBER:010-3325-9047⟧"""),
("이메일", "email_no_pii_newsletter", """[가온시 뉴스레터] 3월 셋째 주 소식
- 봄맞이 대청소 주간 운영(⟪date_not_birth:3. 16.~3. 22.⟫)
- 청년 창업 공간 입주 모집: 모집 공고 ⟪doc_number:가온시 공고 제2026-418호⟫
- 문의: ⟪inst_email:news@gaon.go.kr⟫ / ⟪inst_phone:031-8075-2114⟫(대표)
수신 거부를 원하시면 회신해 주세요."""),
]

DOCS += [
("출입국", "passport_application_form", """여권 발급 신청서 [√]복수 [ ]단수 [ ]거주
한글성명 ⟦PERSON:진서우⟧          로마자성명 ⟦PERSON:JIN SEOWOO⟧
주민등록번호 ⟦KR_RRN:050228-4173521⟧
본인 연락처 ⟦PHONE_NUMBER:010-5582-1940⟧   긴급연락처(관계: 모) ⟦PERSON:함은영⟧ ⟦PHONE_NUMBER:010-2283-6671⟧
종전 여권번호 ⟦KR_PASSPORT:M04722813⟧ (⟪date_not_birth:2020. 9. 1.⟫ 만료)
수수료 ⟪amount:53,000원⟫ / 접수처 ⟪institution:새솔시청 민원여권과⟫
※ 작성 예: 성명 ⟪placeholder:홍길동⟫, 로마자 ⟪placeholder:HONG GILDONG⟫"""),
("출입국", "visa_confirmation_list_ocr", """사증발급인정서 발급 명단 (팩스 수신본)
1. ⟦PERSON:LE DUC ANH⟧   VNM  ⟦DATE_OF_BIRTH:17.O3.1998⟧  ⟦KR_PASSPORT:C8O21945⟧
2. ⟦PERSON:PHAM THI MAI⟧  VNM  ⟦DATE_OF_BIRTH:O5.11.2OO1⟧  ⟦KR_PASSPORT:N２２７４０５８⟧
3. ⟦PERSON:NURLANOVA AIGERIM⟧ KAZ ⟦DATE_OF_BIRTH:29.O6.1996⟧ ⟦KR_PASSPORT:N1O４８８217⟧
4. ⟦PERSON:SRISUK ANAN⟧  THA  ⟦DATE_OF_BIRTH:11.12.1993⟧  ⟦KR_PASSPORT:AB7713O２8⟧
초청기관: ⟪company:(주)미르씨앤씨⟫ / 체류자격 E-9"""),
("국외출장", "travel_invite_english", """TRAVEL ITINERARY — Korean Delegation
Mr. ⟦PERSON:PARK JUNHO⟧   Passport ⟦KR_PASSPORT:M117Q0448⟧   DOB ⟦DATE_OF_BIRTH:02 FEB 1975⟧
Ms. ⟦PERSON:YOON HAEUN⟧   Passport ⟦KR_PASSPORT:M662T9031⟧   DOB ⟦DATE_OF_BIRTH:19 AUG 1988⟧
Mr. ⟦PERSON:CHOI DOYUN⟧   Passport ⟦KR_PASSPORT:S90223156⟧   DOB ⟦DATE_OF_BIRTH:30 NOV 1983⟧
Hotel booking guaranteed by card ⟦CREDIT_CARD:3782 813706 42100⟧ (AMEX, corporate)
Contact in Berlin: ⟦PERSON:Felix Becker⟧ +49 30 ⟪partial_number:1188⟫ … see email ⟦EMAIL_ADDRESS:f.becker@kommunal-forum.de⟧"""),
("보도자료", "press_ministerial_quote", """⟪institution:보건복지부⟫ 보도참고자료
"고독사 예방, 이웃이 먼저입니다"

⟦PERSON:나윤희⟧ 복지정책관은 ⟪date_not_birth:11일⟫ 현장 점검에서 "혼자 사는 중장년의 고립을 막으려면 통·반장의 역할이 중요하다"고 강조했다.
이날 동행한 생활지원사 ⟦PERSON:곽미숙⟧(61) 씨는 "하루 한 번 안부 전화를 드리는 것만으로도 달라진다"고 했다.

담당: 지역복지과 과장 ⟦PERSON:탁경진⟧(⟦PHONE_NUMBER:044-202-3051⟧), 사무관 ⟦PERSON:석유빈⟧(⟦PHONE_NUMBER:044-202-3058⟧)
※ 대표 민원: ⟪inst_phone:129⟫ 보건복지상담센터"""),
("뉴스", "news_prose_local_hero", """"살려달라는 소리에 몸이 먼저 움직였어요"

지난 ⟪date_not_birth:6일⟫ 저녁 춘천 공지천에 빠진 초등학생을 구한 택배기사 ⟦PERSON:임재훈⟧(38) 씨의 말이다. ⟦PERSON:임재훈⟧ 씨는 배송 중 비명을 듣고 물에 뛰어들어 ⟦PERSON:소지호⟧(10) 군을 물 밖으로 끌어냈다.
⟪surname_ref:소 군⟫의 어머니 ⟦PERSON:윤가영⟧ 씨는 "평생 은인"이라며 눈물을 흘렸다. ⟪institution:춘천소방서⟫는 ⟪surname_ref:임 씨⟫에게 표창장을 수여할 예정이다."""),
("녹취록", "transcript_council_hearing", """[청문 녹취]
위원장: 처분 대상자 ⟦PERSON:기승훈⟧ 씨 맞으십니까?
⟦PERSON:기승훈⟧: 네.
위원장: 위반 당시 운전하신 차량이 ⟦KR_VEHICLE_PLATE:서울 81사 2047⟧ 택시 맞습니까?
⟦PERSON:기승훈⟧: 네, 회사 택시입니다. 자격증 번호는 ... 면허번호 ⟦KR_DRIVER_LICENSE:11-04-552817-03⟧이요.
위원장: 승객 ⟦PERSON:Takahashi Yuki⟧ 씨가 낸 민원 내용을 보셨습니까?
⟦PERSON:기승훈⟧: 봤습니다. 제가 길을 잘 몰라서 돌아간 건데...
(⟪date_not_birth:14시 22분⟫ 휴정)"""),
("감사보고서", "audit_card_misuse_prose", """법인카드 부적정 사용 (지적사항 3)
○○과 ⟦PERSON:모재현⟧ 주무관은 ⟪date_not_birth:2025. 3.⟫부터 ⟪date_not_birth:2025. 9.⟫까지 업무추진비 카드(⟦CREDIT_CARD:5411-2093-7716-4206⟧)로 심야(23시 이후) 주점에서 14회, ⟪amount:2,318,000원⟫을 결제하였다. 또한 개인 카드 ⟦CREDIT_CARD:4003 1185 2207 9366⟧로 결제한 뒤 법인카드로 재결제하는 방식의 '카드깡' 정황이 있다.
조치: ⟦PERSON:모재현⟧ 중징계 요구, 전액 환수"""),
("의료기록", "medical_checkup_result", """건강검진 결과 통보서
성명 ⟦PERSON:곽도현⟧ | 생년월일 ⟦DATE_OF_BIRTH:1969.04.01.⟧ | 검진일 ⟪date_not_birth:2026.02.13.⟫
건강보험증번호 ⟦KR_HEALTH_INSURANCE:41128830457⟧
종합판정: 질환의심(고혈압, 이상지질혈증)
혈압 152/96 mmHg, 총콜레스테롤 248 mg/dL
재검 안내: ⟪date_not_birth:3월 31일⟫까지 가까운 의원 방문
검진기관 ⟪institution:○○의료원⟫ 판정의사 ⟦PERSON:선하윤⟧"""),
("학교기록", "school_transfer_form", """전입학 신청서
학생 ⟦PERSON:Haruto Tanaka⟧ (⟦PERSON:다나카 하루토⟧) / 국적 일본 / 생년월일 ⟦DATE_OF_BIRTH:2013년 5월 8일⟧
외국인등록번호 ⟦KR_FRN:130508-7104522⟧
보호자 ⟦PERSON:Tanaka Ren⟧ / ⟦PHONE_NUMBER:010-9023-4471⟧ / 여권 ⟦KR_PASSPORT:TK4920371⟧
현 거주지 ⟦KR_ADDRESS:용인시 수지구 너른들로 48, 1101동 204호⟧"""),
("세무", "withholding_receipt", """거주자의 사업소득 원천징수영수증
징수의무자: ⟪company:(주)누리소프트⟫ 사업자등록번호 ⟦KR_BRN:220-81-39016⟧
소득자: ⟦PERSON:노은재⟧  주민등록번호 ⟦KR_RRN:911122-2067388⟧
소득자 주소: ⟦KR_ADDRESS:서울특별시 동작구 청송로 19-2⟧
지급액 ⟪amount:3,000,000⟫  소득세 ⟪amount:90,000⟫  지방소득세 ⟪amount:9,000⟫
지급일 ⟪date_not_birth:2026-01-25⟫"""),
("금융지급", "payee_list_hard_numbers", """보훈 명절 위문금 지급 내역 — 숫자 붙어 있음 주의
1 ⟦PERSON:편춘식⟧ 농협 ⟦KR_BANK_ACCOUNT:217086-51-009318⟧ 100000 ⟪date_not_birth:20260212⟫
2 ⟦PERSON:손명자⟧ 신협 ⟦KR_BANK_ACCOUNT:132-017-224519⟧ 100000 ⟪date_not_birth:20260212⟫
3 ⟦PERSON:위덕배⟧ 우체국 ⟦KR_BANK_ACCOUNT:503127-02-228841⟧ 150000 ⟪date_not_birth:20260213⟫
4 ⟦PERSON:염선녀⟧ 수협 ⟦KR_BANK_ACCOUNT:109-2217-4406-1⟧ 100000 ⟪date_not_birth:20260213⟫"""),
("금융지급", "card_receipt_taxi", """[택시 영수증]
차량번호 ⟦KR_VEHICLE_PLATE:인천 31아 5589⟧
사업자 ⟦PERSON:석만호⟧ ⟦KR_BRN:131-30-71242⟧
승차 ⟪date_not_birth:2026-04-02 23:41⟫ 하차 00:07
요금 ⟪amount:18,900원⟫
카드 ⟦CREDIT_CARD:9445-12**-****-3307⟧ 승인 ⟪approval_no:30417752⟫"""),
("접속로그", "vpn_log_csv", """timestamp,user,src_ip,assigned_ip,result
2026-07-09T08:02:11+09:00,⟪user_id:ehkim01⟫,⟦IP_ADDRESS:211.36.142.90⟧,⟦IP_ADDRESS:172.20.1.34⟧,SUCCESS
2026-07-09T08:05:47+09:00,⟪user_id:sjlee77⟫,⟦IP_ADDRESS:39.7.58.211⟧,⟦IP_ADDRESS:172.20.1.35⟧,SUCCESS
2026-07-09T08:06:02+09:00,⟪user_id:guest⟫,⟦IP_ADDRESS:45.155.204.3⟧,-,FAIL(locked)
# netmask ⟪netmask:255.255.255.0⟫, gateway ⟦IP_ADDRESS:172.20.1.1⟧"""),
("택배우편", "registered_mail_proof", """내용증명
발신인 ⟦PERSON:봉재석⟧  ⟦KR_ADDRESS:대구 수성구 범어동 199-8 은하맨션 3동 401호⟧
수신인 ⟦PERSON:채혜진⟧  ⟦KR_ADDRESS:대구광역시 달서구 매봉로 21길 7⟧
제목: 임대차보증금 반환 청구
본인은 귀하와 ⟪date_not_birth:2024. 3. 2.⟫ 체결한 임대차계약에 따라 보증금 ⟪amount:금 80,000,000원⟫을 ⟪date_not_birth:2026. 3. 1.⟫까지 아래 계좌로 반환해 줄 것을 요청합니다.
iM뱅크 ⟦KR_BANK_ACCOUNT:508-10-228471-6⟧ 예금주 ⟦PERSON:봉재석⟧"""),
("차량주차", "speed_camera_list", """무인단속 위반차량 조회 결과
⟦KR_VEHICLE_PLATE:12가3456⟧ 시속 87km(제한 60) 과태료 ⟪amount:70,000⟫
⟦KR_VEHICLE_PLATE:157우 8820⟧ 시속 74km(제한 50) 과태료 ⟪amount:40,000⟫
⟦KR_VEHICLE_PLATE:대전 70자 1147⟧ 시속 102km(제한 80) 과태료 ⟪amount:40,000⟫
⟦KR_VEHICLE_PLATE:301허 2219⟧ 시속 69km(제한 30, 어린이보호구역) 과태료 ⟪amount:120,000⟫
※ 렌터카(허)는 대여사업자에게 임차인 확인 요청"""),
("이메일", "email_account_request", """제목: [회신요망] 강사료 지급계좌 확인
안녕하세요 ⟦PERSON:곽나래⟧ 강사님, ⟪institution:가온시 평생학습관⟫ ⟦PERSON:원태윤⟧입니다.
지난번 주신 계좌 ⟦KR_BANK_ACCOUNT:356-0921-4477-13⟧(농협)로 이체가 되지 않아 다시 여쭙니다. 혹시 농협 중앙회 계좌가 아니라 지역농협 계좌이시면 ⟦KR_BANK_ACCOUNT/acct_지역농축협:301108-56-114390⟧처럼 6자리로 시작합니다.
주민등록번호 뒷자리는 메일로 보내지 마시고 ⟪inst_phone:031-8075-3340⟫로 전화 주세요.
⟦PERSON:원태윤⟧ 드림 (⟦EMAIL_ADDRESS:wonty@korea.kr⟧)"""),
("채팅", "chat_landlord_tenant", """집주인: ⟦PERSON:준영⟧ 씨 이번 달 월세 아직이에요
세입자: 죄송해요 오늘 보낼게요. 계좌 다시 알려주세요
집주인: 토스뱅크 ⟦KR_BANK_ACCOUNT:1000 4471 9302⟧ ⟦PERSON:편미경⟧
세입자: 넵 보냈습니다!! 보내는 사람 ⟦PERSON:하준영⟧으로 떠요
집주인: 확인했어요~ 보일러 기사님 번호 ⟦PHONE_NUMBER:010 8830 1172⟧ 내일 10시에 간대요"""),
("표", "table_pipe_foreign_workers", """|NO|NAME|NATIONALITY|PASSPORT|ARC|
|1|⟦PERSON:Rajesh Kumar⟧|INDIA|⟦KR_PASSPORT:K4418273⟧|⟦KR_FRN:890611-5203115⟧|
|2|⟦PERSON:Ram Gurung⟧|NEPAL|⟦KR_PASSPORT:PA1129407⟧|⟦KR_FRN:920130-5418221⟧|
|3|⟦PERSON:Dewi Lestari⟧|INDONESIA|⟦KR_PASSPORT:C2284117⟧|⟦KR_FRN:000304-8012445⟧|
|4|⟦PERSON:Chanthy Heng⟧|CAMBODIA|⟦KR_PASSPORT:N01193374⟧|⟦KR_FRN:970822-6087411⟧|"""),
("금융지급", "ocr_bankbook_copy", """통  장  사  본
⟪company:KB국민은행⟫
계좌번호 ⟦KR_BANK_ACCOUNT:８２１４０１－Ｏ４－３３７２５９⟧
예 금 주 ⟦PERSON/korean/spaced_name:탁 서 현⟧
신규일 ⟪date_not_birth:2Ｏ19.Ｏ3.Ｏ4⟫
※ 통장 사본은 지급 계좌 확인 용도로만 사용"""),
("공문", "gongmun_request_info_police", """수신  ⟪office_title:누리구청장(주민등록팀장)⟫
제목  수사협조 의뢰(주민등록표 열람)

1. 당서 수사 중인 사건(⟪case_number:2026-형제3317⟫)과 관련하여 아래 사람의 주민등록표 열람을 의뢰합니다.
   - 성명: ⟦PERSON:어준혁⟧ / 생년월일: ⟦DATE_OF_BIRTH:1994-08-16⟧
   - 최종 주소: ⟦KR_ADDRESS:서울특별시 누리구 벚꽃로 203-5, 2층⟧
2. 근거: ⟪statute:「주민등록법」 제29조 제2항 제2호⟫
3. 담당: 수사과 경위 ⟦PERSON:허윤재⟧ (☎ ⟦PHONE_NUMBER:02-3150-2281⟧, ⟦EMAIL_ADDRESS:heoyj@police.go.kr⟧)
⟪office_title:누리경찰서장⟫"""),
("회의록", "minutes_privacy_committee_no_pii", """개인정보보호위원회(기관 자체) 회의 결과
1. 일시: ⟪date_not_birth:2026. 9. 3.⟫ 15:00
2. 참석: 위원장(부구청장) 등 7명
3. 안건: CCTV 영상 제공 요청 3건 심의
  - 경찰 수사협조 2건: 제공 (⟪statute:「개인정보 보호법」 제18조 제2항 제7호⟫)
  - 보험사 요청 1건: 미제공(정보주체 동의 없음)
4. 후속조치: 제공 내역 대장 기록, 보존기간 ⟪duration:30일⟫"""),
("판결문", "judgment_civil_anonymized_leak", """서울○○지방법원 판결
원고  ⟪placeholder:A⟫
피고  ⟪placeholder:B⟫
...
피고는 원고의 전 배우자인 ⟦PERSON:류하경⟧(⟦DATE_OF_BIRTH:1987. 7. 7.⟧생)의 휴대전화 ⟦PHONE_NUMBER:010-2934-6618⟧로 수십 차례 협박성 문자를 보냈다.
[비실명 처리 과정에서 제3자 성명과 연락처가 누락됨 — 공개 전 재검토 필요]"""),
("사고보고서", "incident_cctv_request", """CCTV 열람 신청 처리 기록
신청인 ⟦PERSON:위서연⟧ (⟦PHONE_NUMBER:010-6617-3328⟧)
신청 사유: ⟪date_not_birth:2026. 3. 7.⟫ 21시경 ⟦KR_ADDRESS:누리구 새말로 12⟧ 앞에서 본인 차량 ⟦KR_VEHICLE_PLATE:63다 1905⟧ 접촉 사고(가해차량 도주)
확인 결과: 가해 차량 번호 ⟦KR_VEHICLE_PLATE:228로 7431⟧로 추정, 경찰 제공
처리자 ⟦PERSON:공태리⟧ 주무관"""),
("계약서", "contract_supply_corp", """물품공급계약 특수조건 (발췌)
공급자: ⟪company:(주)가온테크⟫  사업자등록번호 ⟦KR_BRN:124-81-60415⟧  법인등록번호 ⟦KR_CRN:134811-0227315⟧
대표이사 ⟦PERSON:국현철⟧, 공동대표 ⟦PERSON:Michael Walker⟧
본점 ⟦KR_ADDRESS:경기도 화성시 동백로 301⟧
대금 수령 계좌: 하나은행 ⟦KR_BANK_ACCOUNT:185-910027-43704⟧ (예금주 ⟪company:(주)가온테크⟫)
계약담당자: ⟦PERSON:마승희⟧ 과장 ⟦PHONE_NUMBER:031-366-2208⟧ / ⟦EMAIL_ADDRESS:shma@gaontech.co.kr⟧"""),
("동의서", "consent_research_participant", """연구 참여 동의서
연구 과제: 노인 낙상 예방 프로그램 효과 분석
참여자 성명 ⟦PERSON:육말순⟧   생년월일 ⟦DATE_OF_BIRTH:1941. 12. 24.⟧
연락처 ⟦PHONE_NUMBER:061-332-0781⟧
설명자 ⟦PERSON:곽재민⟧(연구원)  서명일 ⟪date_not_birth:2026. 5. 20.⟫
참여자가 글을 읽지 못하여 대리인 ⟦PERSON:육정호⟧(아들)가 대신 서명함"""),
("신청서", "application_child_allowance", """아동수당 신청서
신청인(보호자) ⟦PERSON:유다현⟧  ⟦KR_RRN:910404-2******⟧
아동 성명 ⟦PERSON:김하온⟧  주민등록번호 ⟦KR_RRN:250614-3512096⟧
아동 성명 ⟦PERSON:김하람⟧  주민등록번호 ⟦KR_RRN:230301-4088172⟧
수령 계좌 카카오뱅크 ⟦KR_BANK_ACCOUNT:3333-14-2209857⟧ (예금주 ⟦PERSON:유다현⟧)
⟪office_title:○○동장⟫ 귀하"""),
("복지상담", "welfare_foreign_mother", """다문화가족 상담 일지
내담자: ⟦PERSON:바우티스타 크리스틴⟧(필리핀, 33세)
외국인등록번호 ⟦KR_FRN:921015-6231481⟧, 배우자 ⟦PERSON:도상훈⟧(47)
주호소: 남편의 음주와 폭언. 자녀 ⟦PERSON:도유나⟧(7) 양육 문제.
연계: ⟪institution:1366 여성긴급전화⟫ 안내, 통역사 ⟦PERSON:Angelica Cruz⟧ 동석
다음 상담: ⟪date_not_birth:다음 주 화요일⟫"""),
("경매공탁", "auction_distribution_table", """배당표 (⟪case_number:2025타경11872⟫)
순위 | 채권자 | 채권액 | 배당액
1 | ⟪institution:누리구청(당해세)⟫ | ⟪amount:2,140,000⟫ | ⟪amount:2,140,000⟫
2 | ⟪company:○○저축은행⟫ | ⟪amount:180,000,000⟫ | ⟪amount:180,000,000⟫
3 | ⟦PERSON:현재우⟧ (임차인, 주민번호 ⟦KR_RRN:820930-1******⟧) | ⟪amount:40,000,000⟫ | ⟪amount:31,245,700⟫
채무자 겸 소유자: ⟦PERSON:함동수⟧"""),
]

DOCS += [
("출입국", "immig_hikorea_reservation_log", """[방문예약 내역]
예약번호 ⟪receipt_no:R2026-0611-0042⟫ | ⟦PERSON:Wang Haoran⟧ | CHN | 여권 ⟦KR_PASSPORT:EA8817302⟧ | 외국인등록 신청 | 09:30
예약번호 ⟪receipt_no:R2026-0611-0043⟫ | ⟦PERSON:Maria Reyes⟧ | PHL | 여권 ⟦KR_PASSPORT:P6620184A⟧ | 체류기간 연장 | 09:40
예약번호 ⟪receipt_no:R2026-0611-0044⟫ | ⟦PERSON:John Miller⟧ | USA | 여권 ⟦KR_PASSPORT:561204783⟧ | 재입국허가 | 09:50
예약번호 ⟪receipt_no:R2026-0611-0045⟫ | ⟦PERSON:Sergei Sokolov⟧ | RUS | 여권 ⟦KR_PASSPORT:754418902⟧ | 체류자격 변경 | 10:00
예약번호 ⟪receipt_no:R2026-0611-0046⟫ | ⟦PERSON:Anna Fischer⟧ | DEU | 여권 ⟦KR_PASSPORT:C4HJ2K7T9⟧ | 외국인등록증 재발급 | 10:10"""),
("출입국", "immig_departure_notice_prose", """출국명령서 집행 결과 보고

몽골 국적 ⟦PERSON:간볼드 바트바야르⟧(⟦PERSON:GANBOLD BATBAYAR⟧, ⟦DATE_OF_BIRTH:1990. 1. 26.⟧생)는 ⟪date_not_birth:2026. 9. 30.⟫ 인천공항을 통해 출국하였다. 출국 당시 소지 여권은 ⟦KR_PASSPORT:E3309127⟧이며, 신원보증인 ⟦PERSON:나정훈⟧(⟦PHONE_NUMBER:010-4419-2270⟧)이 공항까지 동행하였다.
⟦PERSON:간볼드⟧ 씨가 체류 중 사용한 외국인등록번호 ⟦KR_FRN:900126-5102385⟧은 말소 처리 예정이다."""),
("외국인고용", "worker_wage_arrears_table", """임금체불 진정 사건 관계인 현황
진정인  ⟦PERSON:Sardor Ergashev⟧  UZB  ⟦KR_FRN:960703-5431225⟧  ⟦PHONE_NUMBER:010-3328-7719⟧  체불액 ⟪amount:6,420,000원⟫
진정인  ⟦PERSON:Malika Aliyeva⟧   UZB  ⟦KR_FRN:980214-6322013⟧  ⟦PHONE_NUMBER:010-7712-0083⟧  체불액 ⟪amount:4,980,000원⟫
피진정인 ⟪company:대명산업(주)⟫ 대표 ⟦PERSON:심재만⟧  사업자 ⟦KR_BRN:506-81-22495⟧
담당 근로감독관 ⟦PERSON:오세린⟧ (⟦PHONE_NUMBER:052-228-1934⟧)"""),
("국외출장", "travel_insurance_list", """해외여행자보험 가입 명단 (단체)
피보험자 / 생년월일 / 여권번호 / 성별
⟦PERSON:진하람⟧ / ⟦DATE_OF_BIRTH:19870309⟧ / ⟦KR_PASSPORT:M340C2281⟧ / 남
⟦PERSON:마소연⟧ / ⟦DATE_OF_BIRTH:19920117⟧ / ⟦KR_PASSPORT:M22081937⟧ / 여
⟦PERSON:추건우⟧ / ⟦DATE_OF_BIRTH:19800528⟧ / ⟦KR_PASSPORT:M918F0043⟧ / 남
⟦PERSON:길예진⟧ / ⟦DATE_OF_BIRTH:19951221⟧ / ⟦KR_PASSPORT:M5O7R1126⟧ / 여   ← 스캔 판독 불명확
보험료 결제: ⟦CREDIT_CARD:6250 9412 0387 5512⟧ (은련)"""),
("국외출장", "travel_masked_passports", """[공개용] 국외출장 결과 공개
출장자: 기획조정실 ⟦PERSON:남궁유진⟧ 과장(여권 ⟦KR_PASSPORT:M448D****⟧), ⟦PERSON:염태오⟧ 사무관(여권 ⟦KR_PASSPORT:M1O2****⟧)
※ 공개 시 여권번호 뒤 4자리 가림. 생년월일은 비공개.
출장비 ⟪amount:11,402,600원⟫ / 출장 국가: 캐나다, 미국"""),
("금융지급", "card_payment_batch", """무인민원발급기 수수료 카드결제 오류 건 (환불 예정)
⟪date_not_birth:03-02⟫  ⟦CREDIT_CARD:4364-2091-5582-1100⟧  ⟪amount:1,000⟫  오류코드 E07
⟪date_not_birth:03-02⟫  ⟦CREDIT_CARD:5327-8816-0249-7719⟧  ⟪amount:500⟫   오류코드 E07
⟪date_not_birth:03-03⟫  ⟦CREDIT_CARD:3569-0021-4478-3308⟧  ⟪amount:1,200⟫  오류코드 E11
⟪date_not_birth:03-03⟫  ⟦CREDIT_CARD:9420-3317-2208-5513⟧  ⟪amount:800⟫   오류코드 E07
카드 소지자 성명 미확인 → 카드사에 환불 위임"""),
("금융지급", "refund_nonhangul_ocr", """[스캔] 환 급 금 지 급 결 의 서
수령인 ⟦PERSON/korean/spaced_name:위 하 준⟧
은행 ⟪company:우리은행⟫
계좌 ⟦KR_BANK_ACCOUNT:1OO2 - 44O - 8173O5⟧
금액 ⟪amount:24O,OOO원⟫
수령인 ⟦PERSON/korean/spaced_name:이 소 담⟧
은행 ⟪company:SC제일은행⟫
계좌 ⟦KR_BANK_ACCOUNT:612-2O-48813７⟧
금액 ⟪amount:118,5OO원⟫"""),
("금융지급", "securities_refund", """공모주 청약 환불금 압류 해제 통지
채무자 ⟦PERSON:양준석⟧
대상 계좌: 미래에셋증권 ⟦KR_BANK_ACCOUNT:010-52-447180⟧, 키움증권 ⟦KR_BANK_ACCOUNT:5117-3304-11⟧
해제 사유: 체납액 완납(⟪date_not_birth:2026. 2. 27.⟫)
⟪office_title:누리구청장⟫"""),
("의료기록", "medical_prescription", """처 방 전
[의료보험] 건강보험  요양기관번호 ⟪mgmt_no:31204417⟫
환자 성명 ⟦PERSON:하태민⟧  주민등록번호 ⟦KR_RRN:580412-1******⟧
건강보험증번호 ⟦KR_HEALTH_INSURANCE:10428857346⟧
처방 의약품: 암로디핀 5mg 1T qd × 30일
처방의 ⟦PERSON:문서진⟧ (⟪license_no:의사 면허번호 제80412호⟫)
교부일 ⟪date_not_birth:2026년 01월 08일⟫"""),
("의료기록", "medical_infection_report", """감염병 발생 신고서(결핵)
환자 ⟦PERSON:Nguyen Van Minh⟧ / 베트남 / ⟦DATE_OF_BIRTH:1985.05.30⟧ / 외국인등록번호 ⟦KR_FRN:850530-5201447⟧
직업: ⟪company:(주)새누리물류⟫ 상하차
주소 ⟦KR_ADDRESS:경기도 안산시 단원구 원곡동 771-3 2층⟧
연락처 ⟦PHONE_NUMBER:010-2208-6611⟧ (통역 필요)
신고 의료기관 ⟪institution:안산○○병원⟫ 신고의사 ⟦PERSON:변지호⟧"""),
("학교기록", "school_afterschool_refund_card", """방과후학교 수강료 환불 (카드결제분)
⟦PERSON:설하은⟧(3-2) 로봇과학 ⟪amount:45,000⟫ ⟦CREDIT_CARD:5585 26** **** 4018⟧
⟦PERSON:곽지오⟧(5-1) 바이올린 ⟪amount:60,000⟫ ⟦CREDIT_CARD:9490 77** **** 2261⟧
⟦PERSON:Aoi Suzuki⟧(4-3) 컴퓨터 ⟪amount:38,000⟫ ⟦CREDIT_CARD:3540 18** **** 7726⟧
※ 카드번호 가운데 자리는 결제대행사에서 가림"""),
("세무", "tax_refund_notice_postcard", """━━━━━━━━━━━━━━━━━━━━
  지방소득세 환급 안내
━━━━━━━━━━━━━━━━━━━━
⟦PERSON:함소윤⟧ 님 ⟪amount:88,320원⟫ 환급 대상입니다.
환급계좌 신고: 위택스 또는 ⟪inst_phone:02-2600-6270⟫
※ 기존 등록 계좌 ⟦KR_BANK_ACCOUNT:356-****-4471-83⟧ (농협)로 지급 예정
⟪office_title:누리구청장⟫"""),
("경매공탁", "auction_notice_newspaper", """부동산 매각 공고
사건 ⟪case_number:2026타경2207⟫ 
소재지 ⟦KR_ADDRESS:충남 아산시 신평리 311-2⟧ 외 1필지
소유자 ⟦PERSON:석동철⟧  채권자 ⟪company:○○새마을금고⟫
매각기일 ⟪date_not_birth:2026. 11. 4. 10:00⟫  최저가 ⟪amount:₩88,200,000⟫
⟪institution:대전지방법원 천안지원⟫ 경매3계 ⟪inst_phone:041-620-3072⟫"""),
("접속로그", "db_audit_log", """[DB AUDIT] 2026-08-14 14:02:33 session=⟪mgmt_no:884120⟫ client=⟦IP_ADDRESS:10.40.2.17⟧ db_user=⟪user_id:app_minwon⟫
  SQL: SELECT * FROM citizen WHERE name='⟦PERSON:엄지후⟧' AND birth='⟦DATE_OF_BIRTH:1999-03-03⟧'
[DB AUDIT] 2026-08-14 14:02:51 session=⟪mgmt_no:884120⟫ client=⟦IP_ADDRESS:10.40.2.17⟧ db_user=⟪user_id:app_minwon⟫
  SQL: UPDATE citizen SET phone='⟦PHONE_NUMBER:01047719023⟧' WHERE rrn='⟦KR_RRN:990303-2418555⟧'"""),
("접속로그", "firewall_deny_tsv", """#date	time	action	src	dst	dport
2026-10-02	03:11:57	DENY	⟦IP_ADDRESS:103.77.41.209⟧	⟦IP_ADDRESS:192.168.10.25⟧	3389
2026-10-02	03:12:03	DENY	⟦IP_ADDRESS:103.77.41.209⟧	⟦IP_ADDRESS:192.168.10.26⟧	3389
2026-10-02	03:40:18	DENY	⟦IP_ADDRESS:2001:db8:c0a8::77⟧	⟦IP_ADDRESS:192.168.10.25⟧	22"""),
("택배우편", "mail_ems_customs", """EMS 통관 정보 입력
Sender: ⟦PERSON:Siriporn Boonmee⟧, ⟪foreign_address:88/12 Moo 3, Chiang Mai, THAILAND⟫
Receiver: ⟦PERSON:분미 시리폰⟧ → ⟦PERSON:정다솔⟧ (대리수령)
Receiver address: ⟦KR_ADDRESS:경북 구미시 솔내로 7-12, 301호⟧
Tel: ⟦PHONE_NUMBER:+82-10-5531-2087⟧
개인통관고유부호 ⟪customs_code:P231204887715⟫
Contents: dried fruit 2kg, value USD 35"""),
("차량주차", "towing_record", """견인 차량 보관 대장
견인일시      차량번호         차종     보관위치   연락처(소유자)
⟪date_not_birth:07/11 08:20⟫   ⟦KR_VEHICLE_PLATE:서울 57노 3310⟧   그랜저   B-14   ⟦PHONE_NUMBER:010-2281-7764⟧
⟪date_not_birth:07/11 09:05⟫   ⟦KR_VEHICLE_PLATE:88버 1021⟧       포터     B-15   미확인
⟪date_not_birth:07/11 11:47⟫   ⟦KR_VEHICLE_PLATE:192누 6637⟧      레이     C-02   ⟦PHONE_NUMBER:010-9930-4402⟧"""),
("차량주차", "vehicle_registration_extract", """자동차등록원부(갑) 발췌
자동차등록번호 ⟦KR_VEHICLE_PLATE:245소 9018⟧   차대번호 ⟪vin:KMHL341CBNA112390⟫
최종소유자 ⟦PERSON:어세훈⟧  (⟦KR_RRN:830506-1******⟧)
사용본거지 ⟦KR_ADDRESS:전주시 완산구 효자동 2가 1120-4⟧
압류 ⟪doc_number:세무과-22071⟫ (⟪office_title:전주시장⟫)"""),
("이메일", "email_signature_only", """감사합니다.

⟦PERSON:변하영⟧ Ph.D. | 선임연구원
⟪company:주식회사 다온솔루션⟫ 공공사업본부
M ⟦PHONE_NUMBER:+82-10-7301-2248⟧ | T ⟦PHONE_NUMBER:02-6953-1170⟧ | F ⟦PHONE_NUMBER:02-6953-1199⟧
⟦EMAIL_ADDRESS:hayoung.byun@daonsol.co.kr⟧
⟦KR_ADDRESS:서울 금천구 가람로 84, 9층⟧"""),
("채팅", "chat_parent_teacher", """[학부모 알림장 메신저]
⟦PERSON:하윤⟧ 어머니: 선생님 내일 현장체험학습 동의서 못 냈는데 여기로 보내도 될까요
담임 ⟦PERSON:연세희⟧: 네 어머님, 아이 이름·생년월일·비상연락처만 적어주세요
⟦PERSON:하윤⟧ 어머니: ⟦PERSON:문하윤⟧ / ⟦DATE_OF_BIRTH:2017.04.19⟧ / 아빠 번호 ⟦PHONE_NUMBER:010-2719-5503⟧ 입니다
담임 ⟦PERSON:연세희⟧: 확인했습니다 😊"""),
("표", "table_aligned_dob_variants", """⟦PERSON:임채원⟧      ⟦DATE_OF_BIRTH:1979. 8. 1.⟧
⟦PERSON:남궁태현⟧    ⟦DATE_OF_BIRTH:79.11.23⟧
⟦PERSON:도아린⟧      ⟦DATE_OF_BIRTH:2001/02/14⟧
⟦PERSON:Timur Akhmetov⟧ ⟦DATE_OF_BIRTH:12 3월/MAR 1997⟧
⟦PERSON:원은비⟧      ⟦DATE_OF_BIRTH:05년 9월 9일⟧"""),
("금융지급", "ocr_card_statement", """카 드 이 용 대 금 명 세 서
회원명 ⟦PERSON:남 지 우⟧ 님
카드번호 ⟦CREDIT_CARD:４５１８－４２＊＊－＊＊＊＊－７７０１⟧
결제계좌 ⟦KR_BANK_ACCOUNT:11O-29l-5O4477⟧ (신한)
이용일    가맹점          금액
⟪date_not_birth:O2/O3⟫  ⟪company:한결상사⟫  ⟪amount:32,OOO⟫
⟪date_not_birth:O2/11⟫  ⟪company:(주)하람푸드⟫   ⟪amount:8,5OO⟫"""),
("진정서", "ocr_hard_wrap_letter", """진정서
진정인 ⟦PERSON:어 윤 서⟧는 ⟪date_not_birth:2026. 1. 9.⟫ 피진정인 ⟪company:(주)세움설계⟫에
입사하였으나 석 달 치 임금을 받지 못하였습니다. 회사 대표 ⟦PERSON:탁정
민⟧은 "다음 달에 주겠다"는 말만 반복하고 있습니다. 제 연락처는 ⟦PHONE_NUMBER:010-33
72-8104⟧이고, 임금은 ⟦KR_BANK_ACCOUNT:3333-O8-
4419027⟧(카카오뱅크)로 받고 있었습니다."""),
("공문", "gongmun_external_cooperation", """수신  ⟪company:(주)라온정보통신⟫ 대표이사
참조  영업팀장
제목  정보화 장비 하자보수 요청

1. 귀사와 체결한 계약(⟪doc_number:계약-2025-0881⟫)에 따라 납품된 서버 2대의 전원부 하자를 통보합니다.
2. 하자 장비 설치 위치: ⟪inst_address:누리구청 별관 4층 전산실⟫
3. 귀사 담당자 ⟦PERSON:우태겸⟧ 과장(⟦PHONE_NUMBER:010-4492-3817⟧)에게 유선 통보함.
4. 우리 구 담당: 정보통신과 ⟦PERSON:기하람⟧ 주무관(⟦PHONE_NUMBER:02-2600-6473⟧, ⟦EMAIL_ADDRESS:giharam@nuri.go.kr⟧)"""),
("보도자료", "press_arrest_masked", """[보도자료] 불법 대부업 일당 검거

⟪institution:○○경찰청⟫ 광역수사대는 미등록 대부업을 하며 연 3,000%가 넘는 이자를 받은 혐의로 총책 ⟪placeholder:A(42)씨⟫ 등 7명을 검거했다고 밝혔다.
이들은 채무자 ⟪placeholder:B씨⟫에게 ⟪amount:50만 원⟫을 빌려주고 일주일 뒤 ⟪amount:90만 원⟫을 받아내는 등 ⟪amount:총 14억 원⟫을 챙긴 것으로 조사됐다.
수사를 지휘한 ⟦PERSON:권세훈⟧ 광역수사대장은 "피해 신고는 ⟪inst_phone:1332⟫로 해 달라"고 당부했다.
담당: 광역수사대 경감 ⟦PERSON:맹도윤⟧ ⟦PHONE_NUMBER:02-700-4417⟧"""),
("뉴스", "news_foreign_student", """캠퍼스 화제 | "한국어로 시를 썼어요"

우즈베키스탄에서 온 유학생 ⟦PERSON:딜노자 유수포바⟧(24) 씨가 ⟪institution:가온대⟫ 외국인 백일장에서 대상을 받았다. ⟦PERSON:딜노자⟧ 씨는 "할머니가 들려주시던 노래를 한국어로 옮겨 봤다"고 했다.
지도교수 ⟦PERSON:편세영⟧ 교수는 "3년 만에 이 정도 실력을 갖춘 건 드문 일"이라고 평가했다. 함께 출전한 ⟦PERSON:Aruzhan Ospanova⟧(22) 씨는 우수상을 받았다."""),
("회의록", "minutes_apartment_owners", """○○아파트 입주자대표회의 회의록
참석: 회장 ⟦PERSON:조은성⟧(101동), 감사 ⟦PERSON:왕미란⟧(103동), 동대표 ⟦PERSON:봉태수⟧, ⟦PERSON:Kim Jessica⟧(105동)
관리소장 ⟦PERSON:소경호⟧
안건: 주차 위반 차량 스티커 부착 기준
⟦PERSON:왕미란⟧: 외부 차량 ⟦KR_VEHICLE_PLATE:33거 7140⟧이 한 달째 장기 주차 중입니다.
⟦PERSON:소경호⟧: 차주 연락처가 ⟦PHONE_NUMBER:010-9127-3350⟧으로 확인되어 연락했으나 받지 않습니다.
의결: 3회 경고 후 견인 요청"""),
("판결문", "decision_privacy_mediation", """개인정보 분쟁조정 결정서
사건 ⟪case_number:2026조정0418⟫
신청인 ⟦PERSON:차은결⟧
피신청인 ⟪company:주식회사 누리소프트⟫
사실관계: 피신청인은 신청인의 이메일(⟦EMAIL_ADDRESS:eungyeol.cha@hanmail.net⟧)과 휴대전화번호(⟦PHONE_NUMBER:010-6638-2029⟧)를 동의 없이 마케팅 업체에 제공하였다.
주문: 피신청인은 신청인에게 ⟪amount:금 300,000원⟫을 지급한다."""),
("사고보고서", "incident_lost_wallet_police", """유실물 습득 보고
습득일시 ⟪date_not_birth:2026.04.17 19:20⟫ / 습득장소 시청역 3번 출구
습득물: 갈색 장지갑 1
내용물: 주민등록증(⟦PERSON:소다인⟧, ⟦KR_RRN:970921-2304119⟧), 신용카드 2매(⟦CREDIT_CARD:4092-5510-3367-2091⟧, ⟦CREDIT_CARD:5162 7734 0918 2255⟧), 현금 ⟪amount:43,000원⟫
습득자 ⟦PERSON:Jonas Wagner⟧(관광객, 여권 ⟦KR_PASSPORT:C7MP41R22⟧) — 보상금 포기"""),
("신청서", "application_business_registration", """사업자등록 신청서(개인사업자용)
상호 ⟪company:솔내공방⟫   성명(대표자) ⟦PERSON:함수민⟧
주민등록번호 ⟦KR_RRN:880917-2512300⟧
사업장 소재지 ⟦KR_ADDRESS:제주특별자치도 서귀포시 동백로 71-3⟧
사업장 전화 ⟦PHONE_NUMBER:064-733-2108⟧  휴대전화 ⟦PHONE_NUMBER:010-4401-2983⟧
전자우편 ⟦EMAIL_ADDRESS:solnae.craft@gmail.com⟧
업태/종목: 제조/목공예품
(세무서 기재란) 사업자등록번호 부여 ⟦KR_BRN:616-12-30452⟧"""),
("계약서", "contract_employment_foreign", """표준근로계약서 (농업·축산업)
사업주 ⟦PERSON:감재필⟧ / 사업자번호 ⟦KR_BRN:402-90-11873⟧ / ⟦PHONE_NUMBER:063-545-2206⟧
근로자 ⟦PERSON:Ram Shrestha⟧ / 생년월일 ⟦DATE_OF_BIRTH:1993.07.12⟧ / 여권번호 ⟦KR_PASSPORT:PA8820447⟧
근로장소 ⟦KR_ADDRESS:전북특별자치도 남원시 안골길 210⟧
임금 월 ⟪amount:2,096,270원⟫ / 지급일 매월 10일 / 지급방법: 근로자 명의 통장(우리은행 ⟦KR_BANK_ACCOUNT:1002-661-770214⟧)"""),
]

DOCS += [
("공문", "gongmun_no_pii_training", """수신  ⟪office_title:수신자 참조⟫
제목  2026년 하반기 개인정보보호 교육 실시 알림
1. 관련: ⟪doc_number:행정안전부 개인정보보호정책과-2207⟫(⟪date_not_birth:2026. 7. 1.⟫)
2. 교육 일시: ⟪date_not_birth:2026. 8. 20.(목)⟫ 14:00~17:00
3. 장소: ⟪inst_address:세종특별자치시 한누리대로 402 정부세종컨벤션센터⟫ 2층
4. 대상: 각 기관 개인정보 분야 담당자 (기관당 1명)
5. 문의: ⟪inst_phone:044-205-2377⟫, ⟪inst_email:privacy-edu@mois.go.kr⟫  끝."""),
("보도자료", "press_no_pii_statistics", """[통계 보도] 2025년 외국인 주민 현황

2025년 11월 1일 기준 국내 외국인 주민은 ⟪amount:258만 명⟫으로 전년보다 5.8% 늘었다. 국적별로는 중국, 베트남, 태국 순이었다.
시·도별로는 경기(⟪amount:83만 명⟫), 서울(⟪amount:45만 명⟫) 순으로 많았다.
※ 자세한 통계표는 ⟪inst_url:www.mois.go.kr⟫ 참조. 문의 ⟪inst_phone:044-205-3180⟫"""),
("세무", "taxqa_no_pii", """[질의] 법인이 임원에게 지급한 퇴직금 중 정관상 한도를 초과하는 금액의 손금산입 여부
[회신] ⟪statute:「법인세법 시행령」 제44조 제4항⟫에 따라 정관에 정해진 금액을 초과하는 부분은 손금에 산입하지 아니하는 것입니다. 다만 ⟪placeholder:A법인⟫의 경우 ⟪date_not_birth:2019. 3. 1.⟫ 정관 개정 전 근속기간에 대해서는 ⟪doc_number:서면-2020-법인-3381⟫을 참고하시기 바랍니다.
관련 판례: ⟪case_number:대법원 2017두63887⟫"""),
("판결문", "judgment_no_pii_summary", """판시사항
[1] 행정청이 ⟪statute:「식품위생법」 제75조⟫에 따른 영업정지 처분을 하면서 처분 사유를 구체적으로 제시하지 않은 경우 그 처분의 위법 여부
판결요지
처분서에 기재된 내용과 관계 법령 등에 비추어 처분 당시 당사자가 어떠한 근거와 이유로 처분이 이루어진 것인지 충분히 알 수 있는 경우에는 위법하지 않다.
참조판례 ⟪case_number:대법원 2013. 11. 14. 선고 2011두18571 판결⟫"""),
("회의록", "minutes_no_pii_safety", """안전관리위원회 결과 요약
- 일시: ⟪date_not_birth:2026. 6. 11.⟫
- 참석: 위원장(부시장), 안전총괄과장, 건설과장, 외부위원 4명
- 결과: 여름철 풍수해 대비 배수펌프장 11곳 점검, 예산 ⟪amount:4억 3천만 원⟫ 추가 편성 건의
- 차기 회의: ⟪date_not_birth:9월 중⟫"""),
("민원회신", "reply_no_pii_generic", """질의하신 '무인민원발급기 운영시간'에 대해 답변드립니다.
시청 본관 1층 발급기는 평일 09:00~18:00, 읍·면사무소 발급기는 24시간 운영합니다. 수수료는 종이 증명서 기준 ⟪amount:장당 500원⟫입니다.
기타 문의는 ⟪inst_phone:120⟫ 또는 민원여권과(⟪inst_phone:031-8075-2114⟫, 대표)로 연락 주십시오."""),
("이메일", "email_no_pii_internal", """제목: 회의실 예약 변경
팀원 여러분, 내일 주간회의는 3층 소회의실 대신 ⟪inst_address:본관 5층 중회의실⟫에서 합니다.
자료는 공유폴더 \\\\fs01\\기획팀\\2026\\주간회의에 올려두었습니다(버전 ⟪version:1.4.2⟫).
- ⟪office_title:기획팀장⟫ 드림"""),
("접속로그", "log_no_pii_app", """2026-05-02 10:00:01 INFO  scheduler started (build ⟪version:2.7.15.3301⟫)
2026-05-02 10:00:02 INFO  job[daily_stats] queued
2026-05-02 10:05:44 WARN  job[daily_stats] slow query 4.2s
2026-05-02 10:06:10 INFO  job[daily_stats] done, rows=184221
2026-05-02 10:06:11 INFO  next run 2026-05-03 10:00:00"""),
("동의서", "consent_blank_form", """개인정보 제3자 제공 동의서 (서식)
제공받는 자: ⟪company:○○보험 주식회사⟫
제공 항목: 성명, 생년월일, 연락처
성명: ____________   생년월일: ____년 __월 __일
연락처: 010-____-____
(작성 예시) 성명 ⟪placeholder:홍길동⟫ / 생년월일 ⟪placeholder:1990년 1월 1일⟫ / 연락처 ⟪placeholder:010-0000-0000⟫
□ 동의함  □ 동의하지 않음"""),
("출입국", "immig_no_pii_guide", """체류기간 연장 신청 안내
- 신청 기간: 체류기간 만료 4개월 전부터 만료일까지
- 구비 서류: 신청서, 여권, 외국인등록증, 수수료 ⟪amount:6만 원⟫
- 근거: ⟪statute:「출입국관리법」 제25조⟫, ⟪statute:같은 법 시행규칙 제32조⟫
- 문의: 외국인종합안내센터 ⟪inst_phone:1345⟫ (20개 언어)
※ 여권번호 기재 예시: ⟪placeholder:M12345678⟫"""),
("감사보고서", "audit_no_pii_summary", """2026년 자체감사 결과 공개(요약)
감사 대상: 도시계획과 등 5개 부서 / 감사 기간: ⟪date_not_birth:4. 6.~4. 17.⟫
지적 사항: 총 14건 (시정 6, 주의 5, 개선 3), 재정상 조치 ⟪amount:3,870만 원⟫
주요 지적: 수의계약 분할 발주(⟪statute:「지방계약법 시행령」 제25조⟫ 위반), 보조금 정산 지연
※ 관련자 신분상 조치 내역은 ⟪statute:「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호⟫에 따라 비공개"""),
("인사발령", "personnel_no_pii_rules", """인사 운영 기준 변경 안내
1. 근무성적평정 시기: 연 2회(⟪date_not_birth:6월 30일⟫, ⟪date_not_birth:12월 31일⟫ 기준)
2. 승진 소요 최저연수: 6급→5급 3년6개월
3. 적용: ⟪date_not_birth:2027. 1. 1.⟫ 이후 인사부터
근거: ⟪statute:「지방공무원 임용령」 제33조⟫"""),
("차량주차", "rental_car_contract", """[대여계약서] ⟪company:(주)새누리물류⟫ 렌터카 사업부
임차인 ⟦PERSON:심하린⟧ (⟦DATE_OF_BIRTH:1996.10.04⟧)
면허번호 ⟦KR_DRIVER_LICENSE:22-15-330918-21⟧ / 2종보통
제2운전자 ⟦PERSON:Arman Zhumabekov⟧ — 국제운전면허증, 여권 ⟦KR_PASSPORT:N13308847⟧
차량 ⟦KR_VEHICLE_PLATE:103하 4472⟧ (아반떼, 흰색)
보증금 결제 ⟦CREDIT_CARD:4906-2281-7730-4411⟧"""),
("사고보고서", "police_dui_report", """음주운전 단속 결과 보고
적발일시 ⟪date_not_birth:2026. 12. 24. 01:12⟫ / 장소 ⟪coarse_location:누리대로 중앙버스전용차로 부근⟫
운전자 ⟦PERSON:오경태⟧ (⟦DATE_OF_BIRTH:1982. 4. 19.⟧생) 면허번호 ⟦KR_DRIVER_LICENSE:서울 02-448817-72⟧
차량 ⟦KR_VEHICLE_PLATE:281저 5530⟧
측정 수치 0.112% → 면허 취소 대상
동승자 ⟦PERSON:오세나⟧(딸, 귀가 조치)
단속 경찰관 경사 ⟦PERSON:피민호⟧"""),
("인사기록", "driver_aptitude_roster", """운전원 적성검사 도래자
- ⟦PERSON:곽윤태⟧  면허 ⟦KR_DRIVER_LICENSE:13-97-114502-80⟧  1종대형  검사기한 ⟪date_not_birth:2026.09.30⟫
- ⟦PERSON:민재석⟧  면허 ⟦KR_DRIVER_LICENSE:130288771052⟧  1종보통  검사기한 ⟪date_not_birth:2026.11.15⟫
- ⟦PERSON:선태완⟧  면허 ⟦KR_DRIVER_LICENSE:부산 09-772013-44⟧  1종특수  검사기한 ⟪date_not_birth:2027.01.08⟫
- ⟦PERSON:길영호⟧  면허 ⟦KR_DRIVER_LICENSE:28-12-003847-11⟧  1종보통  검사기한 ⟪date_not_birth:2027.02.20⟫"""),
("의료기록", "medical_aid_claim", """의료급여 청구 내역(요약)
수급권자 ⟦PERSON:두순임⟧  ⟦KR_RRN:440603-2******⟧  의료급여증번호 ⟦KR_HEALTH_INSURANCE:90412283017⟧
세대주 ⟦PERSON:두만석⟧  의료급여증번호 ⟦KR_HEALTH_INSURANCE:90412283016⟧
진료기관 ⟪institution:새솔시 ○○의원⟫ / 진료일수 12일 / 청구액 ⟪amount:186,400원⟫"""),
("복지상담", "industrial_accident_claim", """산재 요양급여 신청서 (발췌)
재해자 ⟦PERSON:Vu Quang Huy⟧ / 외국인등록번호 ⟦KR_FRN:010911-7223606⟧ / 건강보험 ⟦KR_HEALTH_INSURANCE:72201948836⟧
사업장 ⟪company:(주)세움설계⟫ 사업자등록번호 ⟦KR_BRN:133-81-44122⟧ 법인등록번호 ⟦KR_CRN:110111-4418201⟧
재해일 ⟪date_not_birth:2026-03-18⟫ / 상병: 좌측 수부 압궤상
재해자 계좌 ⟦KR_BANK_ACCOUNT:220-06-338170⟧ (SC제일)"""),
("표", "table_corp_registry_extract", """법인 등기사항 요약(입찰 참가 업체)
상호                 등록번호          대표자
⟪company:(주)한빛엔지니어링⟫   ⟦KR_CRN:110111-2047739⟧    ⟦PERSON:표성진⟧
⟪company:주식회사 누리소프트⟫   ⟦KR_CRN:131111-0338143⟧    ⟦PERSON:Lee Jiwon⟧
⟪company:㈜바른건설⟫         ⟦KR_CRN:170111-0092289⟧    ⟦PERSON:반석규⟧
⟪company:(유)초록환경⟫        ⟦KR_CRN:284311-0017468⟧    ⟦PERSON:임주아⟧"""),
("경매공탁", "deposit_corp_creditor", """공탁통지서
피공탁자 ⟪company:대명산업(주)⟫ (법인등록번호 ⟦KR_CRN:171211-0054327⟧, 대표이사 ⟦PERSON:엄태준⟧)
공탁자 ⟦PERSON:설준기⟧ (⟦KR_RRN:750823-1******⟧)
공탁원인: 채권자 수령 거절에 따른 변제공탁(⟪statute:「민법」 제487조⟫)
공탁금 ⟪amount:12,600,000원⟫ 
⟪institution:○○지방법원 공탁관⟫"""),
("세무", "tax_corp_refund", """법인세 환급금 충당·지급 통지
법인명 ⟪company:(주)미르씨앤씨⟫ 법인등록번호 ⟦KR_CRN:110111-7712098⟧ 사업자등록번호 ⟦KR_BRN:107-86-99211⟧
대표자 ⟦PERSON:Zhang Wei⟧
환급금 ⟪amount:42,118,000원⟫ 중 ⟪amount:3,200,000원⟫ 체납액 충당, 잔액 ⟪amount:38,918,000원⟫ 지급
지급계좌(법인): 기업은행 ⟪corporate_account_note:법인 명의 계좌⟫"""),
("금융지급", "payee_list_acct_masked", """[홈페이지 게시용] 장학금 지급 완료 명단
연번 성명 계좌
1 ⟪placeholder:김○현⟫ 국민 ⟦KR_BANK_ACCOUNT:******-**-**3315⟧
2 ⟪placeholder:이○아⟫ 신한 ⟦KR_BANK_ACCOUNT:***-***-**8820⟧
3 ⟪placeholder:박○준⟫ 카카오 ⟦KR_BANK_ACCOUNT:****-**-****501⟧
※ 개인정보 보호를 위해 성명·계좌 일부를 가렸습니다."""),
("금융지급", "refund_list_virtual_accounts", """개인별 가상계좌 부여 현황(체납자 납부 편의)
⟦PERSON:구지성⟧  신한 ⟦KR_BANK_ACCOUNT:56290184337210⟧
⟦PERSON:여은하⟧  우리 ⟦KR_BANK_ACCOUNT:2798-4410-2236-17⟧
⟦PERSON:Pham Thi Mai⟧  국민 ⟦KR_BANK_ACCOUNT:771201-22-904418⟧
※ 가상계좌는 납부자 개인에게만 부여되므로 개인정보로 취급"""),
("출입국", "immig_family_invitation", """가족동반(F-3) 사증 신청 서류 체크리스트
주신청자 ⟦PERSON:Aziz Karimov⟧ (E-7) 여권 ⟦KR_PASSPORT:FA2218806⟧, 외국인등록번호 ⟦KR_FRN:880415-5112035⟧
배우자 ⟦PERSON:Nodira Tursunova⟧ 여권 ⟦KR_PASSPORT:FA2218807⟧, 생년월일 ⟦DATE_OF_BIRTH:1991-09-27⟧
자녀 ⟦PERSON:Karimov Bekzod⟧ 여권 ⟦KR_PASSPORT:FA5530114⟧, 생년월일 ⟦DATE_OF_BIRTH:2019-06-02⟧
□ 가족관계 증명(아포스티유) □ 재직증명서 □ 소득금액증명"""),
("국외출장", "travel_attendance_chinese_partner", """자매도시 교류 방한단 명단 (중국 ○○시)
团长 ⟦PERSON:Zhao Lihua⟧ ⟦PERSON/foreign_hanzi:赵丽华⟧ — 여권 ⟦KR_PASSPORT:E88213047⟧
团员 ⟦PERSON:Liu Jun⟧ ⟦PERSON/foreign_hanzi:刘军⟧ — 여권 ⟦KR_PASSPORT:EB3320918⟧
团员 ⟦PERSON:Chen Xiuying⟧ ⟦PERSON/foreign_hanzi:陈秀英⟧ — 여권 ⟦KR_PASSPORT:E41027735⟧
수행: 국제교류팀 ⟦PERSON:모연우⟧ 주무관 (⟦PHONE_NUMBER:010-3307-5514⟧)"""),
("신청서", "application_foreigner_residence_report", """외국인 체류지 변경 신고
성명 ⟦PERSON:Siti Rahmawati⟧ / 국적 인도네시아 / 외국인등록번호 ⟦KR_FRN:940322-6301556⟧
종전 체류지 ⟦KR_ADDRESS:경기 화성시 하늘재로 12-4⟧
새 체류지 ⟦KR_ADDRESS:경기도 평택시 모래내로 331, 203호⟧
연락처 ⟦PHONE_NUMBER:010-8213-0447⟧ / 신고일 ⟪date_not_birth:2026. 4. 2.⟫
여권번호 ⟦KR_PASSPORT:B9913027⟧"""),
("학교기록", "school_record_transcript", """학교생활기록부(발췌) — 인적사항
성명 ⟦PERSON:지민결⟧  성별 남  주민등록번호 ⟦KR_RRN:090512-3******⟧
주소 ⟦KR_ADDRESS:광주광역시 광산구 큰골로 19번길 8⟧
부 ⟦PERSON:지상훈⟧ ⟦DATE_OF_BIRTH:1978.10.30⟧   모 ⟦PERSON:Kristine Mendoza⟧ ⟦DATE_OF_BIRTH:1986.02.11⟧
특기사항: 영어·타갈로그어 이중언어 능통"""),
("뉴스", "news_court_report", """[법정 스케치] "딸 학원비였다"…보이스피싱 인출책 선처 호소

⟪date_not_birth:10일⟫ 열린 공판에서 피고인 ⟦PERSON:원민재⟧(31)는 "딸 학원비를 벌려고 했다"며 눈물을 보였다. ⟦PERSON:원민재⟧는 피해자 3명의 돈 ⟪amount:7,200만 원⟫을 인출해 조직에 넘긴 혐의를 받는다.
재판장 ⟦PERSON:하선영⟧ 부장판사는 선고를 ⟪date_not_birth:다음 달 7일⟫로 미뤘다. 피해자 가운데 한 명인 ⟦PERSON:노말자⟧(83) 씨의 아들은 법정 밖에서 "엄벌해 달라"고 말했다."""),
("녹취록", "transcript_bank_call", """[콜센터 녹취 — 계좌 지급정지 요청]
상담원: 고객님 성함이요?
고객: ⟦PERSON:엄소희⟧요. 생년월일은 ⟦DATE_OF_BIRTH:팔십칠년 이월 십일⟧이요.
상담원: 지급정지 요청하실 계좌 불러주세요.
고객: 제 계좌 말고 돈 보낸 상대 계좌요. 농협 ⟦KR_BANK_ACCOUNT:삼공일 이이팔칠 오오일공 구일⟧이요. 예금주는 ⟦PERSON:곽도진⟧이라고 떴어요.
상담원: 확인 위해 숫자로 다시 말씀드리면 ⟦KR_BANK_ACCOUNT:301-2287-5510-91⟧ 맞으시죠?
고객: 네 맞아요."""),
("채팅", "chat_it_helpdesk", """[헬프데스크 채팅]
요청자(⟦PERSON:윤나경⟧ 주무관): PC가 인터넷이 안 돼요. IP는 ⟦IP_ADDRESS:10.21.7.144⟧로 나와요
헬프데스크: 게이트웨이 ⟪inst_network:10.21.7.1⟫ 핑 되시나요? 사번은요?
요청자: 사번 ⟪user_id:N20180344⟫이요
헬프데스크: 원격 접속하겠습니다. 원격 PC ⟦IP_ADDRESS:10.21.0.58⟧에서 연결 요청 뜨면 허용해 주세요."""),
("이메일", "email_card_dispute", """From: ⟦EMAIL_ADDRESS:jh.shin.77@daum.net⟧
To: ⟪inst_email:complaint@nurifc.go.kr⟫
Subject: 시설 이용료 이중결제 환불 요청

안녕하세요. 수영장 자유수영 이용료가 같은 카드(⟦CREDIT_CARD:5361-4802-7719-0035⟧)로 두 번 결제되었습니다. 한 건 취소 부탁드립니다.
이용자: ⟦PERSON:신재형⟧ / 회원번호 ⟪mgmt_no:A-20331⟫ / ⟦PHONE_NUMBER:010-7708-4419⟧"""),
("출입국", "ocr_passport_data_page", """PASSPORT  여권
Type/종류 PM   Issuing country/발행국 KOR   Passport No./여권번호 ⟦KR_PASSPORT:M6O3Y8l24⟧
Surname/성 ⟦PERSON:YOON⟧ Given names/이름 ⟦PERSON:SEOAH⟧
한글성명 ⟦PERSON:윤서아⟧
Date of birth/생년월일 ⟦DATE_OF_BIRTH:O7 6월/JUN 1994⟧
Date of issue/발급일 ⟪date_not_birth:22 3월/MAR 2O23⟫
Date of expiry/기간만료일 ⟪date_not_birth:22 3월/MAR 2O33⟫"""),
("의료기록", "ocr_health_card_fax", """[팩스] 건강보험 자격득실 확인서
가입자 ⟦PERSON:함 재 영⟧
주민등록번호 ⟦KR_RRN:8l0204-1******⟧
증번호 ⟦KR_HEALTH_INSURANCE:5O2 1884 7713⟧
사업장 ⟪company:동방기계(주)⟫ (사업장관리번호 ⟪mgmt_no:50681224910⟫)
취득일 ⟪date_not_birth:2O21.O4.O1⟫"""),
("계약서", "contract_outsourcing_individual", """업무위탁 계약서
위탁자: ⟪office_title:가온시장⟫
수탁자: ⟦PERSON:남윤서⟧ (개인 프리랜서, 생년월일 ⟦DATE_OF_BIRTH:1990-12-03⟧)
주소: ⟦KR_ADDRESS:수원시 영통구 매탄동 1204-7 해오름타운 106동 1103호⟧
위탁 업무: 시정소식지 일러스트 제작(12컷)
대금: ⟪amount:2,400,000원⟫, 토스뱅크 ⟦KR_BANK_ACCOUNT:1000-2208-3719⟧(예금주 본인)
연락처: ⟦PHONE_NUMBER:010-5520-9831⟧ / ⟦EMAIL_ADDRESS:yunseo.illust@naver.com⟧"""),
("택배우편", "parcel_return_ocr", """반품 접수증
주문번호 ⟪receipt_no:20260412-88213⟫
반품자 ⟦PERSON:공 하 린⟧ ⟦PHONE_NUMBER:０１０－６６１２－３０４８⟧
회수지 ⟦KR_ADDRESS:인천 연수구 버들로 250, 3O2동 14O1호⟧
환불수단 원결제카드 ⟦CREDIT_CARD:５２２０－７７４１－０３９８－２２１４⟧"""),
]

DOCS += [
("공문", "gongmun_no_pii_numbers_only", """수신  ⟪office_title:각 구청장(교통행정과장)⟫
제목  2026년 자동차 정기검사 미필 차량 과태료 부과 기준 알림
1. 근거: ⟪statute:「자동차관리법」 제43조의2⟫, ⟪statute:같은 법 시행령 별표 2⟫
2. 부과 기준: 검사기간 만료 후 30일 이내 ⟪amount:4만 원⟫, 이후 3일 초과 시마다 ⟪amount:2만 원⟫ 가산(최고 ⟪amount:60만 원⟫)
3. 관련 시스템 공지번호 ⟪mgmt_no:1101-2026-004521⟫, 관리번호 ⟪mgmt_no:031-2026-7350⟫을 참고 바랍니다.
4. 문의: ⟪inst_phone:1577-0990⟫  끝."""),
("민원회신", "reply_no_pii_masked_person", """민원 처리 결과
⟪placeholder:김○○⟫ 님께서 제기하신 민원(⟪receipt_no:2AA-2609-1102337⟫)과 관련하여, 해당 공사 현장 소음은 ⟪statute:「소음·진동관리법」 제21조⟫에 따른 기준(주간 65dB) 이내로 측정되었습니다.
다만 ⟪date_not_birth:9월 15일⟫부터 오전 7시 이전 작업은 중지하도록 시공사 ⟪company:㈜바른건설⟫에 요청하였습니다.
담당 부서: 환경과 (⟪inst_phone:02-2600-5114⟫, 대표)"""),
("보도자료", "press_no_pii_fraud_warning", """[보도자료] 공공기관 사칭 문자 주의보
최근 "과태료 미납" 문자를 보내 가짜 누리집(⟪inst_url:www.nuri-gov.kr-pay.top⟫) 접속을 유도하는 사례가 늘고 있다. 공공기관은 문자로 결제 링크를 보내지 않는다.
의심 문자는 ⟪inst_phone:118⟫(불법스팸대응센터)로 신고하면 된다. 예시로 돌고 있는 ⟪placeholder:010-0000-0000⟫ 번호 역시 도용된 것이다."""),
("인사발령", "personnel_no_pii_table", """2026년 하반기 정기인사 결과(요약)
구분 | 4급 | 5급 | 6급 이하 | 계
승진 | 3 | 11 | 42 | 56
전보 | 5 | 23 | 187 | 215
신규임용 | - | - | 64 | 64
※ 세부 명단은 내부망(⟪inst_url:intra.gaon.go.kr⟫) 게시"""),
("차량주차", "traffic_license_suspension", """운전면허 행정처분 결정 통지
대상자 ⟦PERSON:위태호⟧ (⟦DATE_OF_BIRTH:1971. 5. 30.⟧생)
면허번호 ⟦KR_DRIVER_LICENSE:19-91-204433-17⟧ (1종 보통), ⟦KR_DRIVER_LICENSE:19-91-204433-18⟧ (재교부 후 번호)
벌점 누산 121점 → 면허 취소
주소 ⟦KR_ADDRESS:경북 안동시 송정동 55-1⟧
⟪office_title:경상북도경찰청장⟫"""),
("의료기록", "health_insurance_dependents", """피부양자 자격취득 신고
직장가입자 ⟦PERSON:노재현⟧ 건강보험증번호 ⟦KR_HEALTH_INSURANCE:12088734501⟧
  피부양자 ⟦PERSON:노은솔⟧(배우자) 증번호 ⟦KR_HEALTH_INSURANCE:12088734502⟧
  피부양자 ⟦PERSON:노하람⟧(자) 증번호 ⟦KR_HEALTH_INSURANCE:12088734503⟧
  피부양자 ⟦PERSON:Maria Santos⟧(장모, 외국인) 증번호 ⟦KR_HEALTH_INSURANCE:72018830614⟧
사업장 ⟪company:(주)한빛엔지니어링⟫"""),
("경매공탁", "seizure_corp_bank", """채권압류 및 추심명령
채권자 ⟦PERSON:반지훈⟧
채무자 ⟪company:(주)라온정보통신⟫ (법인등록번호 ⟦KR_CRN:110111-5520138⟧, 사업자등록번호 ⟦KR_BRN:214-87-33019⟧)
제3채무자 ⟪company:주식회사 하나은행⟫
압류할 채권: 채무자가 제3채무자에 대하여 가지는 예금채권 중 ⟪amount:금 18,400,000원⟫
사건 ⟪case_number:2026타채7731⟫"""),
("금융지급", "card_fraud_report_prose", """카드 부정사용 신고 접수 내역
신고인 ⟦PERSON:제갈민호⟧ 씨는 본인 명의 체크카드 ⟦CREDIT_CARD:4214 8800 3127 5505⟧이 해외 온라인 쇼핑몰에서 3회 결제되었다고 신고하였다. 또한 가족카드 ⟦CREDIT_CARD:3791 552081 11042⟧(배우자 ⟦PERSON:황보은정⟧ 명의)에서도 같은 가맹점 결제가 확인되었다.
카드사 접수번호 ⟪receipt_no:2026-338104⟫ / 경찰 신고 예정"""),
]
