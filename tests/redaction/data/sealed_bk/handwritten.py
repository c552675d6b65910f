# -*- coding: utf-8 -*-
"""Hand-written documents for pii_bk, one document at a time.

Markers: ⟦TYPE:value⟧ gold span (optional ⟦TYPE#subkind#noise:value⟧), ⟪category:text⟫ tagged hard
negative. In RRN/FRN/BRN/CRN/card values '?' is the (computed) valid check digit and '!' a
deliberately wrong one. All names, numbers and addresses are invented.
"""
DOCS = []


def D(genre, text, ocr=False):
    DOCS.append((genre, ocr, text.strip("\n")))


# ---------------------------------------------------------------- 경찰 수사·사건 기록
D("경찰 진술조서", """
피의자신문조서(제2회)

피의자: ⟦PERSON:도재형⟧
위의 사람에 대한 ⟪statute:「도로교통법」 위반(음주운전)⟫ 피의사건에 관하여 ⟪non_birth_date:2026. 3. 14.⟫ ⟪institution_name:한내경찰서⟫ 교통조사계 사무실에서 사법경찰관 경위 ⟦PERSON:채민규⟧는 사법경찰리 순경 ⟦PERSON:오하람⟧을 참여하게 하고, 피의자에 대하여 다시 신문하다.

문: 피의자가 ⟦PERSON:도재형⟧인가요.
답: 예, 그렇습니다.
문: 당시 운전한 차량 번호는 무엇인가요.
답: ⟦KR_VEHICLE_PLATE:157더 3381⟧ 흰색 소형 화물차입니다. 명의는 처남 ⟦PERSON:변상호⟧ 앞으로 되어 있습니다.
문: 운전면허 번호를 말해 보세요.
답: ⟦KR_DRIVER_LICENSE:경기 09-448213-61⟧입니다.
""")

D("경찰 진술조서", """
진술조서
성명 ⟦PERSON:남궁소연⟧ (여, ⟦DATE_OF_BIRTH:1991. 7. 3.⟧생)
직업 간호조무사   연락처 ⟦PHONE_NUMBER:010-4172-0958⟧
주거 ⟦KR_ADDRESS:인천 연수구 갯벌로 211, 1203동 504호⟧

위 사람은 피의자 ⟦PERSON:진태오⟧에 대한 사기 피의사건의 참고인으로서 다음과 같이 임의로 진술하다.
"저는 중고거래 앱에서 ⟦PERSON:진태오⟧라는 사람에게 유모차를 사기로 하고, 그 사람이 알려준 ⟦KR_BANK_ACCOUNT:3333-11-4420917⟧ 카카오뱅크 계좌로 38만 원을 보냈습니다. 그런데 물건은 오지 않았고 전화 ⟦PHONE_NUMBER:010-9031-2276⟧도 꺼져 있었습니다."
""")

D("경찰 사건 기록", """
112 신고사건 처리표
접수번호 ⟪receipt_number:2026-0418-03927⟫ / 코드 1 / 관할 ⟪institution_name:솔내지구대⟫
신고자: ⟦PERSON:임춘자⟧(72세) ☎ ⟦PHONE_NUMBER:031-8824-1730⟧
내용: 옆집 남자가 술에 취해 현관문을 두드림. 가해 추정 ⟦PERSON:하기범⟧(48세, 무직), 주소 ⟦KR_ADDRESS:경기도 의정부시 새터로 77-4, 2층⟧
조치: 현장 출동 경사 ⟦PERSON:국윤아⟧, 순경 ⟦PERSON:표석진⟧ — 귀가 조치, 재발 시 ⟪statute:경범죄 처벌법 제3조 제1항 제21호⟫ 통고처분 예정
""")

D("경찰 사건 기록", """
실종아동 등 발견 보고
1. 발견 아동: ⟦PERSON:여지우⟧ (만 6세, ⟦DATE_OF_BIRTH:2019년 11월 8일⟧생)
2. 보호자: 부 ⟦PERSON:여상철⟧ (⟦PHONE_NUMBER:010-2284-6619⟧), 모 ⟦PERSON:탁미경⟧
3. 발견 장소: 한빛공원 놀이터 (신고자 편의점 직원 ⟦PERSON:Somchai Wongsakul⟧ 씨)
4. 인계: ⟪non_birth_date:2026. 5. 2.⟫ 19:40 보호자에게 인계, 사건번호 ⟪case_number:실종-2026-00731⟫
※ ⟪institution_phone:182⟫ 실종아동찾기센터 통보 완료
""")

D("경찰 사건 기록", """
[수사보고] 피의자 사용 계좌 및 카드 확인
피의자 ⟦PERSON:석범수⟧가 피해자들로부터 돈을 받은 계좌는 아래와 같음.
  가. 농협 ⟦KR_BANK_ACCOUNT:352-0917-4463-21⟧ (예금주 ⟦PERSON:석범수⟧)
  나. 새마을금고 ⟦KR_BANK_ACCOUNT:9003-2719-5508-4⟧ (예금주 ⟦PERSON:석미란⟧, 피의자의 누나)
  다. ⟪company_name:(주)다온페이⟫ 가상계좌 — 법인 명의이므로 제외
또한 피의자 지갑에서 타인 명의 신용카드 ⟦CREDIT_CARD:5409-2217-0834-116?⟧ 1매가 발견되어 명의인 ⟦PERSON:방세영⟧에게 연락함.
수사관 경사 ⟦PERSON:우재석⟧
""")

D("경찰 사건 기록", """
압수물 목록
번호|품명|수량|소유자|비고
1|휴대전화(흰색)|1|⟦PERSON:공하윤⟧|IMEI 생략
2|체크카드|1|⟦PERSON:공하윤⟧|⟦CREDIT_CARD:9430 1187 2206 537?⟧
3|통장|1|⟦PERSON:공하윤⟧|⟦KR_BANK_ACCOUNT:110-482-339017⟧
4|메모지|3|-|⟪placeholder_person:김○○⟫ 이름과 숫자 기재
""")

D("경찰 진술조서", """
문: 진술인과 피해자 "⟦PERSON:쩐 티 마이⟧"는 어떤 관계인가요.
답: 같은 공장에서 일하는 동료입니다. ⟦PERSON:쩐 티 마이⟧는 베트남 사람이고 저는 ⟦PERSON:응우옌 반 훙⟧입니다.
문: 진술인의 외국인등록번호는요.
답: ⟦KR_FRN:950612-512304?⟧입니다. 여권은 ⟦KR_PASSPORT:C4817260⟧인데 회사 사장님이 갖고 있습니다.
문: 사장님 이름은요.
답: ⟦PERSON:엄덕희⟧ 사장님입니다. 전화는 ⟦PHONE_NUMBER:010-7750-3184⟧입니다.
""")

D("경찰 사건 기록", """
교통사고 발생 보고 (인피)
일시: ⟪non_birth_date:2026-09-21 07:52⟫   장소: 한내대로 버스정류장 앞
운전자: ⟦PERSON:라흐마토프 벡조드⟧(우즈베키스탄, 29세) — 국제운전면허 미소지, 여권 ⟦KR_PASSPORT:FA4473910⟧
차량: ⟦KR_VEHICLE_PLATE:경기 87바 4402⟧ (렌터카 아님, 업체 소유 화물차)
피해자: ⟦PERSON:노순자⟧(81세) — 119 이송, 보호자 아들 ⟦PERSON:노광호⟧ ⟦PHONE_NUMBER:010-3350-8126⟧
""")

D("경찰 사건 기록", """
피해자 보호 조치 결과 통보
수신: ⟦PERSON:윤소율⟧ 님
귀하께서 신청하신 신변보호(스마트워치 지급)가 결정되었음을 알려드립니다.
 - 대상 주소지: ⟦KR_ADDRESS:대전광역시 유성구 가람로 88, 103동 1702호⟧
 - 순찰 강화 기간: ⟪non_birth_date:2026. 10. 1.⟫ ~ ⟪non_birth_date:2026. 12. 31.⟫
 - 담당: 피해자보호관 ⟦PERSON:성채림⟧ 경위 (직통 ⟦PHONE_NUMBER:042-609-2271⟧)
⟪official_by_office:대전유성경찰서장⟫
""")

D("경찰 사건 기록", """
보이스피싱 피해금 환급 안내(요약)
피해자 ⟦PERSON:맹정란⟧(⟦DATE_OF_BIRTH:1958. 1. 30.⟧) 씨가 송금한 계좌: 우리은행 ⟦KR_BANK_ACCOUNT:1002-873-551094⟧ (사기이용계좌, 명의인 ⟦PERSON:피영준⟧)
지급정지 금액 4,950,000원 중 환급 예정액 ⟪amount:4,950,000원⟫
환급 받을 계좌: 우체국 ⟦KR_BANK_ACCOUNT:012743-02-118906⟧ (본인)
""")

# ---------------------------------------------------------------- 법원
D("법원 판결", """
대 구 지 방 법 원
판        결
사    건   ⟪case_number:2025고단4127⟫ 업무상횡령
피 고 인   ⟦PERSON:모경태⟧ (⟦DATE_OF_BIRTH:820914⟧생), 경리직원
           주거 ⟦KR_ADDRESS:대구 수성구 들꽃길 19, 3층⟧
           등록기준지 경북 청도군
검    사   ⟦PERSON:지윤식⟧(기소), ⟦PERSON:예하은⟧(공판)
판 결 선 고 ⟪non_birth_date:2026. 6. 18.⟫

범 죄 사 실
피고인은 ⟪company_name:주식회사 새솔식품⟫의 경리 업무를 담당하면서 회사 자금을 자신의 명의 계좌(대구은행 ⟦KR_BANK_ACCOUNT:508-10-337214-9⟧)로 47회에 걸쳐 이체하였다.
""")

D("법원 결정", """
서울가정법원
결    정
사    건  ⟪case_number:2026느단10384⟫ 성본변경
청 구 인  ⟦PERSON:조아름⟧
          ⟦KR_ADDRESS:서울 은평구 모래내로 30길 12⟧
사건본인  ⟦PERSON:조서윤⟧ (⟦DATE_OF_BIRTH:2017. 4. 22.⟧생)
주    문  사건본인의 성을 "조"로 변경하는 것을 허가한다.
이    유  사건본인의 친부 ⟦PERSON:배병철⟧은 ⟪non_birth_date:2019. 5.⟫경 이후 연락이 두절되었고 …
판사 ⟦PERSON:구문규⟧
""")

D("법원 조정조서", """
조정조서
사건  ⟪case_number:2026머50211⟫ 임대차보증금
신청인 ⟦PERSON:함재원⟧, 피신청인 ⟦PERSON:독고정희⟧
조정조항
1. 피신청인은 신청인에게 금 12,000,000원을 다음과 같이 지급한다.
   가. ⟪non_birth_date:2026. 8. 31.⟫까지 6,000,000원
   나. ⟪non_birth_date:2026. 11. 30.⟫까지 6,000,000원
   지급방법: 신청인 명의 하나은행 ⟦KR_BANK_ACCOUNT:273-910482-11307⟧
2. 신청인은 ⟦KR_ADDRESS:부산광역시 동래구 윗말길 41, 202호⟧ 건물을 위 1의 나항 지급과 동시에 인도한다.
""")

D("법원 판결", """
…이 사건 증거에 의하면, 피해자 ⟦PERSON:김다인⟧(당시 17세)은 피고인 ⟦PERSON:권무진⟧에게 자신의 여권(⟦KR_PASSPORT:M482K1093⟧)과 통장을 맡긴 사실, 피고인은 위 통장(⟦KR_BANK_ACCOUNT:100-223-817450⟧)을 ⟪placeholder_person:성명불상자⟫에게 양도한 사실이 인정된다. 피고인은 ⟪statute:전자금융거래법 제49조 제4항 제1호⟫ 위반을 다투나, 받아들일 수 없다(대법원 ⟪case_number:2017도16384⟫ 판결 참조).
""")

D("법원 부동산 경매", """
배당표
사건 ⟪case_number:2025타경3318⟫
배당할 금액 ⟪amount:214,500,000원⟫
순위  채권자                     채권금액        배당액
1     ⟪institution_name:한내구청⟫(당해세)      ⟪amount:1,200,000원⟫     ⟪amount:1,200,000원⟫
2     ⟦PERSON:연봉남⟧(임차인)               ⟪amount:80,000,000원⟫    ⟪amount:80,000,000원⟫
3     ⟪company_name:새빛상호저축은행⟫       ⟪amount:150,000,000원⟫   ⟪amount:133,300,000원⟫
채무자 겸 소유자 ⟦PERSON:설기순⟧ ⟦KR_ADDRESS:경남 김해시 수곡리 440-2⟧
""")

D("법원 결정", """
지급명령
사건 ⟪case_number:2026차전88412⟫ 대여금
채권자 ⟦PERSON:Lukas Brenner⟧ (독일, 여권 ⟦KR_PASSPORT:CFH7L42T9⟧)
채무자 ⟦PERSON:선우태희⟧ (⟦KR_RRN:890327-213557?⟧)
채무자는 채권자에게 ⟪amount:7,000,000원⟫ 및 이에 대한 지연손해금을 지급하라.
""")

D("법원 조정조서", """
화해권고결정 이행 확인
원고 ⟦PERSON:위덕희⟧ 측 대리인 변호사 ⟦PERSON:봉찬영⟧은 피고 ⟪company_name:(주)가람모빌리티⟫로부터 화해금 전액이 원고 계좌 ⟦KR_BANK_ACCOUNT:94620201138274⟧(수협)로 입금되었음을 확인함.
관련 사건 ⟪case_number:2025가소301992⟫
""")

D("법원 판결", """
[인정사실] 원고 ⟦PERSON:TANAKA KENJI⟧(일본 국적)는 ⟪non_birth_date:2024. 2. 1.⟫ 피고 ⟦PERSON:허용태⟧와 사이에 서울 마포구 소재 오피스텔 임대차계약을 체결하였다. 계약서상 원고의 여권번호는 ⟦KR_PASSPORT:TR4410827⟧, 생년월일은 ⟦DATE_OF_BIRTH:1988/02/14⟧로 기재되어 있다.
""")

# ---------------------------------------------------------------- 교정·보호관찰
D("교정 기록", """
수용자 접견 신청 (가족)
수용자: ⟪receipt_number:수용번호 2231⟫ ⟦PERSON:기찬영⟧
신청인: ⟦PERSON:기정란⟧ (관계: 모) 생년월일 ⟦DATE_OF_BIRTH:1961.10.05⟧
연락처 ⟦PHONE_NUMBER:010-6648-0712⟧  주소 ⟦KR_ADDRESS:전남 순천시 바닷가로 12⟧
접견일 ⟪non_birth_date:2026. 11. 4.⟫ 10:00 (일반접견실 3번)
""")

D("교정 기록", """
출소 예정자 자립지원금 지급 대장
⟦PERSON:황보인호⟧	⟦DATE_OF_BIRTH:78.06.19⟧	국민	⟦KR_BANK_ACCOUNT:441202-04-118633⟧	⟪amount:500,000⟫
⟦PERSON:류재석⟧	⟦DATE_OF_BIRTH:90.12.02⟧	기업	⟦KR_BANK_ACCOUNT:093-118274-01-017⟧	⟪amount:500,000⟫
⟦PERSON:진옥분⟧	⟦DATE_OF_BIRTH:66.03.27⟧		⟦KR_BANK_ACCOUNT:301-0084-1172-41⟧	⟪amount:300,000⟫
""")

D("보호관찰", """
보호관찰 대상자 준수사항 위반 보고
대상자 ⟦PERSON:어태윤⟧(남, 23세)은 ⟪non_birth_date:2026. 7. 12.⟫ 야간외출제한 시간(22:00~06:00)에 주거지 ⟦KR_ADDRESS:광주 광산구 두루미로 55-3⟧를 이탈하였음.
전자장치 위치정보상 친구 ⟦PERSON:편규리⟧의 주거지에 머문 것으로 확인되며, 본인은 전화(⟦PHONE_NUMBER:010-5120-4837⟧)로 "아르바이트가 늦게 끝났다"고 진술함.
보호관찰관 ⟦PERSON:소정우⟧
""")

D("보호관찰", """
사회봉사명령 집행 협력기관 배치표
연번 대상자    생년월일      배치기관           시간
1   ⟦PERSON:길성규⟧   ⟦DATE_OF_BIRTH:2001-08-30⟧   ⟪institution_name:한내노인복지관⟫     80
2   ⟦PERSON:은여진⟧   ⟦DATE_OF_BIRTH:1997-02-11⟧   ⟪institution_name:솔내푸드뱅크⟫       40
3   ⟦PERSON:옥재원⟧   ⟦DATE_OF_BIRTH:1988-12-24⟧   ⟪institution_name:가람천 정화사업단⟫  120
""")

D("교정 기록", """
영치금 반환 청구서
청구인 ⟦PERSON:마석진⟧ (출소자)
반환 계좌: SC제일은행 ⟦KR_BANK_ACCOUNT:512-20-448173⟧
청구 사유: 출소일(⟪non_birth_date:2026. 9. 9.⟫) 미반환 영치금
잔액 ⟪amount:83,400원⟫ / 담당 ⟪official_by_office:○○교도소 보관계장⟫
""")

# ---------------------------------------------------------------- 소방·119
D("119 구급", """
구급출동 기록 #⟪receipt_number:2026-119-228841⟫
환자: ⟦PERSON:제갈명숙⟧ / 여 / 88세 / 생년월일 ⟦DATE_OF_BIRTH:1938년 5월 1일⟧
장소: ⟦KR_ADDRESS:강원특별자치도 원주시 느티로 141⟧ 노인요양시설 2층
보호자(딸) ⟦PERSON:제갈보람⟧ ⟦PHONE_NUMBER:010-2037-4419⟧
처치: 산소 4L/min, 활력징후 측정 / 이송: 원주 새터의료원 응급실
""")

D("119 구급", """
[상황실 통화기록 요약]
19:21 신고 접수. 신고자 "저 ⟦PERSON:한결⟧인데요, 아버지가 쓰러지셨어요" — 발신 ⟦PHONE_NUMBER:010-8861-2053⟧
19:22 주소 확인: ⟦KR_ADDRESS:천안시 서북구 해오름로 32, 105동 1401호⟧
19:29 구급대 도착, 환자 ⟦PERSON:한영수⟧(63세) 심정지 상태, CPR 시행
19:41 ⟪institution_name:천안 가람병원⟫ 인계
""")

D("소방 민원", """
소방시설 불량 신고 처리 결과
신고인: ⟦PERSON:곽유진⟧ 님 (⟦EMAIL_ADDRESS:yujin.kwak88@naver.com⟧)
대상 건물: 상가 4층 노래연습장 (소유자 ⟦PERSON:천문규⟧)
점검 결과 비상구 앞 물건 적치 확인 → 과태료 부과 예정 (⟪statute:「소방시설법」 제16조⟫)
담당: ⟪official_by_office:한내소방서 예방안전과장⟫, 대표번호 ⟪institution_phone:031-8012-0119⟫
""")

D("소방 민원", """
벌집 제거 출동 건 — 민원인 ⟦PERSON:심윤아⟧(⟦PHONE_NUMBER:010-3391-7705⟧), 주소 ⟦KR_ADDRESS:충북 충주시 샘골로 9⟧ 단독주택 처마. 말벌집 1개 제거. 출동대원 ⟦PERSON:문석진⟧ 소방교.
""")

# ---------------------------------------------------------------- 병원·보건소
D("병원 진료 기록", """
외래 경과기록
환자 ⟦PERSON:염상철⟧ (M/71)  생년월일 ⟦DATE_OF_BIRTH:1955.02.17⟧
건강보험증번호 ⟦KR_HEALTH_INSURANCE:51039827714⟧
S) 3일 전부터 기침, 가래. 보호자(처 ⟦PERSON:추영숙⟧) 동반.
O) BT 37.9, SpO2 94%
A) 지역사회획득 폐렴 의증
P) 흉부 X선, CBC. 다음 내원 ⟪non_birth_date:2026-12-14⟫
진료의 ⟦PERSON:하유찬⟧
""")

D("보건소 검사 기록", """
결핵 접촉자 검진 결과 통보
접촉자 성명     생년월일       결과
⟦PERSON:변미경⟧   ⟦DATE_OF_BIRTH:1979. 9. 5.⟧   IGRA 음성
⟦PERSON:Maria Santos Reyes⟧  ⟦DATE_OF_BIRTH:1993. 12. 20.⟧   IGRA 양성 → 잠복결핵 치료 권고
⟦PERSON:육다은⟧   ⟦DATE_OF_BIRTH:2012. 6. 1.⟧   흉부 X선 정상
지표환자: ⟪masked_name:박**⟫(직장 동료)
""")

D("병원 진료 기록", """
진료비 환불 요청에 대한 회신
⟦PERSON:송하준⟧ 님께서 ⟪non_birth_date:2026. 4. 2.⟫ 중복 결제하신 진료비 ⟪amount:42,300원⟫은 결제하신 카드(⟦CREDIT_CARD#card_masked:5327-11**-****-4410⟧)로 승인 취소 처리하였습니다. 카드사 사정에 따라 3~5영업일이 걸릴 수 있습니다.
원무팀 ⟪institution_phone:1577-0092⟫
""")

D("보건소 검사 기록", """
신생아 선천성대사이상 검사 재검 안내
아기: ⟦PERSON:이솔비⟧의 아기 (출생 ⟦DATE_OF_BIRTH:2026-10-27⟧, 주민등록번호 ⟦KR_RRN:261027-483190!⟧)
검사기관 의뢰번호 ⟪record_number:NB-26-118204⟫
보호자 연락처 ⟦PHONE_NUMBER:010-4425-9013⟧
""")

D("병원 진료 기록", """
입원 약정서
환자 ⟦PERSON:표정희⟧ 주민번호 ⟦KR_RRN:640808-2******⟧
연대보증인 ⟦PERSON:표문규⟧(아들) 주소 ⟦KR_ADDRESS:경상북도 포항시 남구 새터로 72⟧ 전화 ⟦PHONE_NUMBER:054-272-8841⟧
병실 6인실 / 주치의 ⟦PERSON:나연⟧ (인)
""")

D("보건소 검사 기록", """
예방접종 전산 등록 오류 정정
정정 전: ⟦PERSON:서가은⟧ / ⟦DATE_OF_BIRTH:2023.03.18⟧ / BCG
정정 후: ⟦PERSON:서가은⟧ / ⟦DATE_OF_BIRTH:2023.08.13⟧ / BCG(피내)
정정 사유: 보호자 ⟦PERSON:서동하⟧ 씨가 출생신고 생년월일을 잘못 알려줌
""")

# ---------------------------------------------------------------- 학교·어린이집
D("학교 행정", """
학교폭력 사안 접수 보고서
접수일 ⟪non_birth_date:2026. 5. 19.⟫  접수번호 ⟪receipt_number:학폭-2026-014⟫
관련 학생: (가해 추정) 2학년 3반 ⟦PERSON:오지호⟧ 군, (피해) 2학년 5반 ⟦PERSON:마채원⟧ 양
신고자: 피해 학생 어머니 ⟦PERSON:신경란⟧ 님, ⟦PHONE_NUMBER:010-6230-1148⟧
담당: 책임교사 ⟦PERSON:용기범⟧ / ⟪official_by_office:교감⟫ 결재
""")

D("학교 행정", """
2026학년도 전입학생 서류 확인 목록
반|번호|이름|생년월일|보호자|연락처
4-2|27|⟦PERSON:인하람⟧|⟦DATE_OF_BIRTH:2016.05.09⟧|⟦PERSON:인재석⟧|⟦PHONE_NUMBER:010-2218-7731⟧
5-1|25|⟦PERSON:Chanthy Sok⟧|⟦DATE_OF_BIRTH:2015.11.30⟧|⟦PERSON:Sok Dara⟧|⟦PHONE_NUMBER:010-9947-0326⟧
6-3|28|⟦PERSON:금다인⟧|⟦DATE_OF_BIRTH:2014.01.15⟧|⟦PERSON:금석진⟧|⟦PHONE_NUMBER:010-3380-5162⟧
""")

D("학교 행정", """
교육급여 수급자 학생 교육활동지원비 지급 안내
안녕하세요. ⟪institution_name:한빛초등학교⟫입니다. ⟦PERSON:엄하윤⟧ 학생 보호자님께서 신청하신 교육활동지원비가 보호자 명의 계좌(⟦KR_BANK_ACCOUNT:1000-4418-2703⟧, 토스뱅크)로 입금될 예정입니다. 문의는 행정실 주무관 ⟦PERSON:태윤식⟧(⟦PHONE_NUMBER:032-510-8841⟧)에게 해 주십시오.
""")

D("어린이집 행정", """
어린이집 원아 비상연락망 (2026. 3. 기준, 새싹반)
1 ⟦PERSON:차도윤⟧  ⟦DATE_OF_BIRTH:22.04.13⟧  모 ⟦PHONE_NUMBER:010-4471-2286⟧
2 ⟦PERSON:방하윤⟧  ⟦DATE_OF_BIRTH:22.07.02⟧  부 ⟦PHONE_NUMBER:010-8902-3357⟧
3 ⟦PERSON:Aigerim Nurlanovna⟧  ⟦DATE_OF_BIRTH:22.01.28⟧  모 ⟦PHONE_NUMBER:010-5514-0639⟧
※ 다문화가정 — 통역 필요 시 ⟪institution_phone:1577-1366⟫ 다누리콜센터
""")

D("어린이집 행정", """
보육료 지원 자격 변경 신청서
아동 ⟦PERSON:주이안⟧ (주민등록번호 ⟦KR_RRN:220915-314287!⟧)
보호자 ⟦PERSON:주무진⟧ (⟦KR_RRN:880402-122716?⟧)
변경 사유: 맞벌이 → 보호자 육아휴직
주소 ⟦KR_ADDRESS:세종특별자치시 한울로 215, 1102동 801호⟧
""")

D("어린이집 행정", """
[안전사고 보고] ⟪non_birth_date:2026. 6. 11.⟫ 오전 10시 20분경 실외놀이 중 ⟦PERSON:구소율⟧(만 4세)이 미끄럼틀에서 떨어져 이마를 다침. 담임 ⟦PERSON:연세영⟧ 교사가 응급처치 후 어머니 ⟦PERSON:원선희⟧ 씨(⟦PHONE_NUMBER:010-2764-9051⟧)에게 연락, 인근 ⟪institution_name:솔내소아청소년과⟫ 진료. 원장 ⟦PERSON:옥경란⟧.
""")

D("학교 행정", """
학생 장학금 수혜자 추천서
학생: ⟦PERSON:남궁시우⟧ (⟦DATE_OF_BIRTH:2009년 3월 2일⟧생, 3학년)
추천 사유: 가정 형편이 어려우나 성실함
장학금 입금 계좌: 학생 본인 명의 신한 ⟦KR_BANK_ACCOUNT:110-551-204837⟧
추천인: 담임교사 ⟦PERSON:선우다은⟧
""")

D("학교 행정", """
방과후 강사 위촉 현황 (강사료 지급용)
⟦PERSON:류경태⟧ 축구    ⟦KR_BANK_ACCOUNT:352-1187-3302-13⟧  ⟪amount:1,280,000⟫
⟦PERSON:탁솔비⟧ 로봇과학 ⟦KR_BANK_ACCOUNT:9100-2283-4417⟧     ⟪amount:960,000⟫
⟦PERSON:HOSSAIN MD RAKIB⟧ 영어회화 ⟦KR_BANK_ACCOUNT:620-118834-207⟧  ⟪amount:1,440,000⟫
""")

# ---------------------------------------------------------------- 출입국·체류·여권·사증
D("여권 재발급", """
여권 분실신고서 겸 재발급 신청 접수증
성명(한글) ⟦PERSON:채하람⟧   성명(영문) ⟦PERSON:CHAE HARAM⟧
분실 여권번호 ⟦KR_PASSPORT:M71043882⟧ (⟪non_birth_date:2019. 8. 5.⟫ 발급)
분실 일시·장소: ⟪non_birth_date:2026. 7. 30.⟫ 인천국제공항 제1여객터미널
새 여권번호 ⟦KR_PASSPORT:M402R7716⟧
연락처 ⟦PHONE_NUMBER:010-3318-4620⟧   접수 ⟪institution_name:한내구청 민원여권과⟫
""")

D("여권 재발급", """
여권 발급 기록 조회 결과
No  여권번호      종류  발급일       만료일       상태
1   ⟦KR_PASSPORT:M19226470⟧   PM    ⟪non_birth_date:2015.03.02⟫   ⟪non_birth_date:2025.03.02⟫   기간만료
2   ⟦KR_PASSPORT:M733F2015⟧   PM    ⟪non_birth_date:2025.02.20⟫   ⟪non_birth_date:2035.02.20⟫   유효
명의인 ⟦PERSON:소태희⟧ / 생년월일 ⟦DATE_OF_BIRTH:20 3월/MAR 1984⟧
""")

D("여권 재발급", """
긴급여권(단수) 발급 요청 — 재외공관 송부용
Name: ⟦PERSON:KIM SEOYEON⟧ / ⟦PERSON:김서연⟧ 씨는 ⟪non_birth_date:2026. 8. 14.⟫ 호찌민에서 여권(⟦KR_PASSPORT:M118C3024⟧)을 도난당하였음.
현지 연락처 ⟦PHONE_NUMBER:+84-90-318-2245⟧, 국내 가족 ⟦PERSON:김상철⟧(부) ⟦PHONE_NUMBER:010-7261-5593⟧
발급 긴급여권 번호 ⟦KR_PASSPORT#passport_kr_emergency:S0031482⟧
""")

D("출입국·체류", """
외국인등록 사실증명 (발췌)
성명  ⟦PERSON:WANG XIULAN⟧
국적  중국
외국인등록번호 ⟦KR_FRN:870521-612833?⟧
여권번호 ⟦KR_PASSPORT:EB4418207⟧
체류자격 F-4  체류기간 ⟪non_birth_date:2027. 5. 20.⟫까지
체류지 ⟦KR_ADDRESS:서울 관악구 한내로 18길 7, 302호⟧
""")

D("출입국·체류", """
결혼이민자 체류기간 연장 — 배우자 신원보증서
피보증인 ⟦PERSON:Oyunchimeg Dorj⟧ (몽골, ⟦DATE_OF_BIRTH:12 APR 1996⟧)
 여권 ⟦KR_PASSPORT:E1827734⟧
보증인 ⟦PERSON:현재원⟧ 주민등록번호 ⟦KR_RRN:850119-155402?⟧
 주소 ⟦KR_ADDRESS:경기 평택시 청솔로 403⟧
 전화 ⟦PHONE_NUMBER:010-2290-4711⟧
""")

D("출입국·체류", """
출국명령서
대상자 ⟦PERSON:PHAN DUC THANH⟧ (베트남) / 여권번호 ⟦KR_PASSPORT:B8821604⟧ / 외국인등록번호 ⟦KR_FRN:980203-5******⟧
사유: 체류기간 경과(⟪non_birth_date:2026. 4. 11.⟫ 만료) / 근거 ⟪statute:「출입국관리법」 제68조⟫
출국기한 ⟪non_birth_date:2026. 10. 31.⟫
""")

D("사증", """
사증발급인정서 발급 대상자 명단 (계절근로 E-8)
순번 성명 성별 생년월일 여권번호
1 ⟦PERSON:GANTULGA BATERDENE⟧ M ⟦DATE_OF_BIRTH:1990-06-18⟧ ⟦KR_PASSPORT:E2091877⟧
2 ⟦PERSON:ENKHJARGAL SARNAI⟧ F ⟦DATE_OF_BIRTH:1994-11-02⟧ ⟦KR_PASSPORT:E3301954⟧
3 ⟦PERSON:TSOGT BAYARMAA⟧ F ⟦DATE_OF_BIRTH:1988-01-25⟧ ⟦KR_PASSPORT:E1177082⟧
초청 지자체 ⟪institution_name:솔내군⟫ 농업정책과
""")

D("사증", """
비자 신청 대행 의뢰서 (여행사 → 대사관)
의뢰인 ⟦PERSON:도은서⟧ / 여권 ⟦KR_PASSPORT:M540P0187⟧ / 생년월일 ⟦DATE_OF_BIRTH:1999.9.9.⟧
여행 기간 ⟪non_birth_date:2027. 1. 10.⟫ ~ ⟪non_birth_date:2027. 1. 24.⟫
동반자 ⟦PERSON:도재석⟧(부) ⟦KR_PASSPORT:M21198370⟧
결제 카드 ⟦CREDIT_CARD:4167 8802 1349 006?⟧ (VISA)
""")

D("출입국·체류", """
[체류민원 상담 메모] 유학생 ⟦PERSON:리나 쿠수마와티⟧ 씨 방문. D-2 자격. 외국인등록증 분실로 재발급 희망. 등록번호 뒷자리 확인 결과 ⟦KR_FRN:010718-812604?⟧. 여권(인도네시아) ⟦KR_PASSPORT:X3380217⟧ 지참. 휴대폰 ⟦PHONE_NUMBER:010 9921 4406⟧. 수수료 ⟪amount:30,000원⟫ 카드 결제.
""")

D("출입국·체류", """
체류지 변경신고 접수 목록 (외국인 주민)
┌──────┬────────────┬──────────┬───────────────┐
│ ⟦PERSON:THAPA RAM BAHADUR⟧ │ ⟦KR_FRN:921030-530184?⟧ │ ⟦KR_PASSPORT:PA0917352⟧ │ ⟦KR_ADDRESS:경남 거제시 바닷가로 208⟧ │
│ ⟦PERSON:SHRESTHA SITA⟧     │ ⟦KR_FRN:950817-630192?⟧ │ ⟦KR_PASSPORT:PA1128469⟧ │ ⟦KR_ADDRESS:경남 거제시 바닷가로 208⟧ │
└──────┴────────────┴──────────┴───────────────┘
""")

# ---------------------------------------------------------------- 외국인 근로자·선원·유학생
D("외국인 근로자", """
사업장 변경 신청 사유서
근로자: ⟦PERSON:카리모프 아지즈⟧ (KARIMOV AZIZ), 우즈베키스탄
외국인등록번호: ⟦KR_FRN:940412-522019?⟧
여권: ⟦KR_PASSPORT:AD2284471⟧
사유: 임금체불 3개월 — 사업주 ⟦PERSON:용태오⟧(⟪company_name:솔내목재⟫ 대표)가 급여 계좌 ⟦KR_BANK_ACCOUNT:110-402-887731⟧로 9월분부터 입금하지 않음.
""")

D("외국인 근로자", """
출국만기보험 지급 신청 명단
⟦PERSON:HOSSAIN MD RAKIB⟧	BGD	⟦KR_PASSPORT:BK4471920⟧	농협 ⟦KR_BANK_ACCOUNT:302-1184-3307-21⟧
⟦PERSON:Rina Kusumawati⟧	IDN	⟦KR_PASSPORT:C5530184⟧	하나 ⟦KR_BANK_ACCOUNT:391-220184-33207⟧
⟦PERSON:SATO HARUKA⟧	JPN	⟦KR_PASSPORT:TZ0884172⟧	신한 ⟦KR_BANK_ACCOUNT:110-733-401928⟧
""")

D("외국인 근로자", """
외국인 근로자 기숙사 실태 점검표
점검일 ⟪non_birth_date:2026. 2. 26.⟫ / 사업장 ⟪company_name:가람수산 영어조합법인⟫ (사업자등록번호 ⟦KR_BRN:612-81-3092?⟧)
입주자: ⟦PERSON:찬티 속⟧, ⟦PERSON:판 득 타인⟧, ⟦PERSON:스레스타 시타⟧ 외 2명
사업주 ⟦PERSON:반정우⟧ 연락처 ⟦PHONE_NUMBER:061-662-3108⟧ / ⟦PHONE_NUMBER:010-4437-8820⟧
""")

D("선원 명부", """
CREW LIST  M/V SOLNAE PIONEER  (IMO ⟪record_number:9817263⟫)
NO RANK NAME                 NATIONALITY DOB          PASSPORT
01 MASTER ⟦PERSON:PARK JAEWON⟧        KOREA   ⟦DATE_OF_BIRTH:03 NOV 1971⟧  ⟦KR_PASSPORT:M33781204⟧
02 C/O    ⟦PERSON:JOSE DELA CRUZ⟧     PHIL    ⟦DATE_OF_BIRTH:17 JUN 1985⟧  ⟦KR_PASSPORT:P4471839B⟧
03 2/E    ⟦PERSON:NGUYEN VAN HUNG⟧    VIETNAM ⟦DATE_OF_BIRTH:02 FEB 1990⟧  ⟦KR_PASSPORT:C9028834⟧
04 AB     ⟦PERSON:AUNG KYAW MIN⟧      MYANMAR ⟦DATE_OF_BIRTH:29 AUG 1996⟧  ⟦KR_PASSPORT:MB302811⟧
05 COOK   ⟦PERSON:SUPARMAN⟧           INDONESIA ⟦DATE_OF_BIRTH:11 JAN 1979⟧ ⟦KR_PASSPORT:B2207718⟧
""")

D("선원 명부", """
선원 승선공인 신청 — 외국인 선원
성명 ⟦PERSON:Dmitry Sokolov⟧ / 러시아 / 여권 ⟦KR_PASSPORT:75 4418203⟧ / 선원수첩 ⟪record_number:SID-RU-0088172⟫
성명 ⟦PERSON:LIU JIANGUO⟧ / 중국 / 여권 ⟦KR_PASSPORT:EA3382017⟧
선박소유자 ⟪company_name:(주)한울해운⟫ (법인등록번호 ⟦KR_CRN:180111-018827?⟧)
""")

D("유학생 관리", """
From: ⟪institution_email:intl@garam.ac.kr⟫
To: ⟦EMAIL_ADDRESS:bekzod.rahmatov@gmail.com⟧
Subject: 등록금 환불 계좌 확인

Dear ⟦PERSON:Bekzod⟧,
휴학 신청에 따른 등록금 환불을 위해 보내 준 계좌(국민 ⟦KR_BANK_ACCOUNT:004502-04-339817⟧)를 확인했습니다. 외국인등록번호 ⟦KR_FRN:030911-721840?⟧로 본인 확인이 끝났습니다.
국제교류팀 ⟦PERSON:신수정⟧ 드림
""")

D("유학생 관리", """
불법체류 의심 유학생 소재 확인 요청
학번 ⟪record_number:20241187⟫ ⟦PERSON:아이게림 누를라노브나⟧ (카자흐스탄, 여권 ⟦KR_PASSPORT:N12847730⟧) — ⟪non_birth_date:2026. 3.⟫ 이후 미등록, 연락 두절(⟦PHONE_NUMBER:010-3307-1185⟧). 마지막 확인 주소 ⟦KR_ADDRESS:전북특별자치도 전주시 덕진구 꽃뫼길 22, 201호⟧.
""")

# ---------------------------------------------------------------- 항공·여행사·숙박·행사
D("항공 탑승객 명단", """
PNR ⟪record_number:K7QZ4M⟫
1.1 ⟦PERSON:LEE/MINJI⟧ MS     DOCS/P/KOR/⟦KR_PASSPORT:M884T2210⟧/KOR/⟦DATE_OF_BIRTH:14JUL92⟧/F
2.1 ⟦PERSON:LEE/JUNHO⟧ MR     DOCS/P/KOR/⟦KR_PASSPORT:M55301824⟧/KOR/⟦DATE_OF_BIRTH:02DEC60⟧/M
FOID 없음 / CTCM ⟦PHONE_NUMBER:821044172930⟧
""")

D("항공 탑승객 명단", """
공무국외출장 항공권 발권 내역 (⟪company_name:(주)한울투어⟫ → ⟪institution_name:솔내군⟫ 총무과)
탑승자 / 여권번호 / 좌석 / 운임
⟦PERSON:김윤식⟧ 주무관 / ⟦KR_PASSPORT:M902B4417⟧ / 31A / ⟪amount:1,184,200원⟫
⟦PERSON:이하윤⟧ 주무관 / ⟦KR_PASSPORT:M617H0032⟧ / 31B / ⟪amount:1,184,200원⟫
⟦PERSON:박상철⟧ 군의원 / ⟦KR_PASSPORT:M26603915⟧ / 32C / ⟪amount:1,184,200원⟫
출장 근거 ⟪doc_number:총무과-4471⟫
""")

D("항공 탑승객 명단", """
ARRIVAL PASSENGER LIST  flight 7C2204  ⟪non_birth_date:2026-11-03⟫
SEQ  NAME                     DOC NO.      NAT  DOB
014  ⟦PERSON:SMITH/EMILY⟧              ⟦KR_PASSPORT:561208844⟧    USA  ⟦DATE_OF_BIRTH:1990-03-08⟧
015  ⟦PERSON:NGUYEN/THI LAN⟧           ⟦KR_PASSPORT:C2284170⟧     VNM  ⟦DATE_OF_BIRTH:1998-10-19⟧
016  ⟦PERSON:CHEN/JIAHUI⟧              ⟦KR_PASSPORT:EH2018374⟧    CHN  ⟦DATE_OF_BIRTH:2001-05-27⟧
017  ⟦PERSON:SUZUKI/AYA⟧               ⟦KR_PASSPORT:MZ3308172⟧    JPN  ⟦DATE_OF_BIRTH:1979-12-01⟧
""")

D("여행사 명단", """
[단체 여권사본 수합 현황] 경로당 효도관광 (⟪non_birth_date:2026. 10. 7.⟫ 출발)
- ⟦PERSON:배말순⟧ 할머니 (⟦DATE_OF_BIRTH:1946.4.2.⟧) 여권 ⟦KR_PASSPORT:M447Y9105⟧ ✔
- ⟦PERSON:배봉남⟧ 할아버지 (⟦DATE_OF_BIRTH:1943.12.11.⟧) 여권 ⟦KR_PASSPORT:M60871133⟧ — 만료 임박, 재발급 필요
- ⟦PERSON:사공춘자⟧ 님 (⟦DATE_OF_BIRTH:1950.7.21.⟧) 여권 미제출
인솔 ⟦PERSON:기하람⟧ 팀장 ⟦PHONE_NUMBER:010-2255-8104⟧
""")

D("여행사 명단", """
여행자보험 가입 명단 (단체번호 ⟪record_number:GT-26-00418⟫)
1	⟦PERSON:장미경⟧	⟦KR_RRN:760530-2******⟧	⟦KR_PASSPORT:M0183****⟧
2	⟦PERSON:장태오⟧	⟦KR_RRN:100621-3******⟧	⟦KR_PASSPORT:M4*****21⟧
3	⟦PERSON:장이안⟧	⟦KR_RRN:150303-4******⟧	⟦KR_PASSPORT:M72●●●●66⟧
""")

D("숙박 명단", """
외국인 투숙객 숙박부 (⟪statute:「공중위생관리법」 시행규칙⟫ 서식 참고)
객실 402 | ⟦PERSON:Emily Whitford⟧ | UK | ⟦KR_PASSPORT:538204117⟧ | 입실 ⟪non_birth_date:11/02⟫
객실 403 | ⟦PERSON:Ana Lucia Ferreira⟧ | BRA | ⟦KR_PASSPORT:FT884210⟧ | 입실 ⟪non_birth_date:11/02⟫
객실 405 | ⟦PERSON:Kevin O'Brien⟧ | IRL | ⟦KR_PASSPORT:PB4418203⟧ | 입실 ⟪non_birth_date:11/03⟫
""")

D("숙박 명단", """
예약 확인서
예약번호 ⟪receipt_number:HB2611-004471⟫
예약자 ⟦PERSON:오세영⟧ 님 / ⟦PHONE_NUMBER:010-3327-0981⟧ / ⟦EMAIL_ADDRESS:sy.oh_0412@daum.net⟧
보증 카드 ⟦CREDIT_CARD:3568 2204 1187 330?⟧ (JCB) 유효기간 ⟪non_birth_date:09/29⟫
주차 차량 ⟦KR_VEHICLE_PLATE:62소 1207⟧
""")

D("행사 참가자 명단", """
2026 청소년 진로박람회 자원봉사자 명단
이름	소속	휴대폰	봉사시간 인증 이메일
⟦PERSON:권나연⟧	한내고 2	⟦PHONE_NUMBER:010-4720-1183⟧	⟦EMAIL_ADDRESS:nayeon0203@naver.com⟧
⟦PERSON:권도윤⟧	한내고 1	⟦PHONE_NUMBER:010-4720-1184⟧	⟦EMAIL_ADDRESS:doyun.kwon@kakao.com⟧
⟦PERSON:탁윤아⟧	솔내여고 2	⟦PHONE_NUMBER:010-6612-9350⟧	⟦EMAIL_ADDRESS:yuna_tak@gmail.com⟧
담당 ⟦PERSON:차영수⟧ 주무관 (⟦PHONE_NUMBER:031-228-4417⟧) / 기관 대표 ⟪institution_phone:031-228-2114⟫
""")

D("행사 참가자 명단", """
마라톤 대회 기념품 미수령자 — 배송 요청
배번 1047 ⟦PERSON:하재원⟧ ⟦KR_ADDRESS:울산광역시 남구 달빛로 118, 204동 1101호⟧ ⟦PHONE_NUMBER:010-8812-3340⟧
배번 2210 ⟦PERSON:하상철⟧ ⟦KR_ADDRESS:울산광역시 남구 달빛로 118, 204동 1101호⟧ ⟦PHONE_NUMBER:010-8812-3341⟧
배번 3302 ⟦PERSON:Jose Dela Cruz⟧ ⟦KR_ADDRESS:울산 울주군 온양읍 한울로 42⟧ ⟦PHONE_NUMBER:010-2214-6603⟧
""")

# ---------------------------------------------------------------- 은행·카드·보험
D("은행 민원", """
민원 내용: 저는 ⟦PERSON:양현우⟧입니다. 어머니 ⟦PERSON:양옥분⟧ 명의 국민은행 통장(⟦KR_BANK_ACCOUNT:821302-01-447105⟧)에 대해 사망자 예금 조회를 신청했는데 2주째 답이 없습니다. 제 연락처는 ⟦PHONE_NUMBER:010-5504-2218⟧, 이메일은 ⟦EMAIL_ADDRESS:hwyang77@hanmail.net⟧입니다. 안심상속 원스톱서비스 접수번호는 ⟪receipt_number:2026-1108-44712⟫입니다.
""")

D("은행 민원", """
착오송금 반환지원 신청서
송금인 ⟦PERSON:지규리⟧ / 생년월일 ⟦DATE_OF_BIRTH:1987년 8월 27일⟧
송금 계좌(본인) 케이뱅크 ⟦KR_BANK_ACCOUNT:100-118-440327⟧
수취 계좌(착오) 기업은행 ⟦KR_BANK_ACCOUNT:010-446183-02-019⟧  수취인 ⟦PERSON:주한결⟧
착오송금액 ⟪amount:2,700,000원⟫  송금일 ⟪non_birth_date:2026. 9. 3.⟫
""")

D("카드사 민원", """
[카드 부정사용 이의신청]
회원: ⟦PERSON:선희정⟧
카드번호: ⟦CREDIT_CARD:4092 7711 3028 552?⟧
이의 거래: ⟪non_birth_date:2026-10-18 02:14⟫ 해외 온라인 가맹점 USD 389.00 (승인번호 ⟪receipt_number:30882714⟫)
회원 진술: 해당 시간에 잠을 자고 있었고 카드는 지갑에 있었음. 이전에 같은 카드로 ⟪company_name:(주)새솔커머스⟫에서 결제한 적 있음.
""")

D("카드사 민원", """
카드 해지 후 연회비 환불 요청
해지 카드 ⟦CREDIT_CARD:5184-0227-3341-098?⟧, ⟦CREDIT_CARD:3791-440218-3307?⟧ (AMEX)
회원 ⟦PERSON:남윤식⟧ / 환불계좌 우리 ⟦KR_BANK_ACCOUNT:1002-448-019233⟧
환불 연회비 ⟪amount:150,000원⟫
""")

D("보험 청구", """
실손의료보험 청구 — 첨부 진료비 영수증 기재사항 확인
피보험자 ⟦PERSON:모하은⟧ (⟦KR_RRN:920721-218460?⟧)
진료기관 ⟪institution_name:가람정형외과의원⟫ (요양기관번호 ⟪record_number:31204418⟫)
건강보험 증번호 ⟦KR_HEALTH_INSURANCE:72218830145⟧
청구금액 ⟪amount:318,400원⟫ → 지급 계좌 카카오뱅크 ⟦KR_BANK_ACCOUNT:3333-07-2284103⟧
""")

D("보험 청구", """
자동차사고 대물 접수 메모
접수 ⟪receipt_number:26-AC-118472⟫ / 피보험차량 ⟦KR_VEHICLE_PLATE:231허 7721⟧(렌터카, ⟪company_name:한결렌트카⟫)
운전자 ⟦PERSON:다나카 겐지⟧ — 국제운전면허 제시, 여권 ⟦KR_PASSPORT:TK8802415⟧
상대 차량 ⟦KR_VEHICLE_PLATE:부산 33오 9016⟧ 운전자 ⟦PERSON:김춘자⟧ ⟦PHONE_NUMBER:010-9210-3385⟧, 면허 ⟦KR_DRIVER_LICENSE:12-05-339172-41⟧
""")

D("보험 청구", """
산재보험 휴업급여 청구서 (요약)
재해자 ⟦PERSON:Somchai Wongsakul⟧  외국인등록번호 ⟦KR_FRN:880113-533012?⟧
사업장 ⟪company_name:솔내정밀(주)⟫ (상시근로자 42명)
요양기간 ⟪non_birth_date:2026. 8. 1.⟫~⟪non_birth_date:2026. 9. 30.⟫
수령 계좌 ⟦KR_BANK_ACCOUNT:302-2208-4471-31⟧ (농협, 본인)
""")

# ---------------------------------------------------------------- 부동산 등기·경매
D("부동산 등기", """
등기사항전부증명서(말소사항 포함) - 집합건물
【 갑   구 】
2  소유권이전  ⟪non_birth_date:2018년5월3일⟫ 제41177호  ⟪non_birth_date:2018년4월2일⟫ 매매
   소유자  ⟦PERSON:금태희⟧  ⟦KR_RRN:710905-2******⟧
           ⟦KR_ADDRESS:경기도 고양시 일산서구 가람로 204, 302동 1504호⟧
   거래가액 ⟪amount:금385,000,000원⟫
3  가압류  ⟪non_birth_date:2025년11월20일⟫  채권자 ⟪company_name:주식회사 한결캐피탈⟫ ⟦KR_CRN:110111-552184?⟧
""")

D("부동산 등기", """
등기신청 위임장
부동산의 표시: ⟦KR_ADDRESS:전라남도 여수시 하대리 118-3⟧ 대 412㎡
등기의 목적: 소유권이전   원인: ⟪non_birth_date:2026년 9월 1일⟫ 증여
위임인(증여자) ⟦PERSON:석덕희⟧ ⟦KR_RRN:480212-108413?⟧
위임인(수증자) ⟦PERSON:석하준⟧ ⟦KR_RRN:050827-311320?⟧
대리인 법무사 ⟦PERSON:채기범⟧ (⟪institution_address:여수시 청사로 14⟫, 사무소 ⟦PHONE_NUMBER:061-685-2290⟧)
""")

D("부동산 경매", """
입찰보증금 반환 안내
사건 ⟪case_number:2026타경1047⟫ 물건번호 2 — 최고가매수신고인이 아닌 입찰자
입찰자 ⟦PERSON:탁범수⟧ (⟦DATE_OF_BIRTH:1969.03.08⟧) 보증금 ⟪amount:21,400,000원⟫
반환 계좌: 광주은행 ⟦KR_BANK_ACCOUNT:107-122-448290⟧
대리 입찰인 ⟦PERSON:탁여진⟧(딸) — 위임장 및 인감증명서 첨부
""")

D("부동산 임대", """
주택임대차 계약 신고필증 정정 요청
임대인 ⟦PERSON:유동하⟧ (⟦PHONE_NUMBER:010-7732-1196⟧)  임차인 ⟦PERSON:최세영⟧ (⟦PHONE_NUMBER:010-2088-5413⟧)
주택 소재지: ⟦KR_ADDRESS:서울특별시 강서구 버들개길 33-1, 지하1층 B02호⟧ (우편번호 ⟪postal_code:07631⟫)
보증금 ⟪amount:150,000,000원⟫ → 정정 ⟪amount:155,000,000원⟫
""")

# ---------------------------------------------------------------- 차량·주차·과태료
D("차량 등록", """
자동차 이전등록 신청서
양도인 ⟦PERSON:임재원⟧ ⟦KR_RRN:670311-154822?⟧  양수인 ⟪company_name:(주)솔내물류⟫ 법인등록번호 ⟦KR_CRN:134611-204417?⟧
자동차등록번호 ⟦KR_VEHICLE_PLATE:경기 92사 3016⟧ → 영업용 전환
차대번호 ⟪vin:KMHE341CBHA204417⟫  매매금액 ⟪amount:18,500,000원⟫
""")

D("주차 민원", """
거주자우선주차 배정 결과 (⟪non_birth_date:2026년 하반기⟫)
구획번호  차량번호     배정자
A-12     ⟦KR_VEHICLE_PLATE:58루 2290⟧   ⟦PERSON:송기순⟧
A-13     ⟦KR_VEHICLE_PLATE:301보4417⟧    ⟦PERSON:전성규⟧
B-02     ⟦KR_VEHICLE_PLATE:서울 41저 7185⟧ ⟦PERSON:황재석⟧
※ 미배정 신청자는 대기번호 순으로 안내
""")

D("과태료", """
의견진술서 (과태료)
저는 차량 ⟦KR_VEHICLE_PLATE:21구 8842⟧의 소유자 ⟦PERSON:은하윤⟧입니다. ⟪non_birth_date:10월 14일⟫ 어린이보호구역 단속은 제가 아니라 당시 차량을 빌린 동생 ⟦PERSON:은재석⟧이 운전한 것입니다. 동생의 면허번호는 ⟦KR_DRIVER_LICENSE:부산 14-220837-90⟧이며 연락처는 ⟦PHONE_NUMBER:010-4483-6602⟧입니다. 운전자 변경을 요청합니다.
""")

D("과태료", """
체납 과태료 일괄 조회 (교통행정과 내부 엑셀 붙여넣기)
⟦KR_VEHICLE_PLATE:45도 1182⟧	⟦PERSON:반혜진⟧	⟪amount:80,000⟫	3건
⟦KR_VEHICLE_PLATE:163마 2204⟧	⟪company_name:(주)다온렌터카⟫	⟪amount:1,240,000⟫	31건
⟦KR_VEHICLE_PLATE:12노 5530⟧	⟦PERSON:편봉남⟧	⟪amount:40,000⟫	1건
""")

D("차량 등록", """
운전면허증 재발급 신청 (분실)
성명 ⟦PERSON:위다은⟧
면허번호 ⟦KR_DRIVER_LICENSE:28-11-448207-33⟧
면허종별 1종 보통 / 적성검사 기간 ⟪non_birth_date:2031. 1. 1.⟫ ~ ⟪non_birth_date:2031. 12. 31.⟫
생년월일 ⟦DATE_OF_BIRTH:1993-04-18⟧
""")

D("차량 등록", """
[면허시험장 민원] ⟦PERSON:도경태⟧ 님 문의: 예전 면허번호가 ⟦KR_DRIVER_LICENSE:110304471822⟧로 되어 있는데 새 면허증에는 ⟦KR_DRIVER_LICENSE:서울 03-047182-20⟧으로 바뀌었습니다. 같은 번호인가요? → 지역명 표기 방식 변경(숫자 ↔ 한글) 안내함.
""")

# ---------------------------------------------------------------- 세무
D("세무 민원", """
사업자등록 정정신고 처리 결과
상호 ⟪company_name:새터공방⟫ (대표 ⟦PERSON:엄채원⟧)
사업자등록번호 ⟦KR_BRN:307-24-1183?⟧
정정 내용: 사업장 소재지 이전 → ⟦KR_ADDRESS:충남 아산시 새터로 28, 1층⟧
처리 ⟪official_by_office:한내세무서장⟫ / 관련 ⟪statute:「부가가치세법」 제11조⟫
""")

D("세무 민원", """
[질의] 프리랜서 강사 ⟦PERSON:라윤아⟧는 ⟪non_birth_date:2025년⟫ 3.3% 원천징수된 강사료를 받았습니다. 지급처 중 ⟪company_name:(주)가람에듀⟫(⟦KR_BRN:220-81-6604?⟧)는 지급명세서를 제출하지 않았습니다. 
[회신] 귀 질의는 ⟪doc_number:원천세과-1182⟫ 해석을 참고하시기 바랍니다.
""")

D("세무 민원", """
지방세 환급금 지급 청구서
납세자 ⟦PERSON:국정희⟧ (⟦KR_RRN:580419-273051?⟧)
환급 사유: 자동차세 연납 후 차량 말소 (⟦KR_VEHICLE_PLATE:39서 6670⟧)
환급액 ⟪amount:112,480원⟫
입금 계좌 iM뱅크 ⟦KR_BANK_ACCOUNT:504-10-228417-3⟧
""")

D("세무 민원", """
간이과세자 명단 (상가번영회 제출용, 내부 검토)
⟦PERSON:서말순⟧ 떡집 ⟦KR_BRN:138-90-2274?⟧
⟦PERSON:노영숙⟧ 반찬가게 ⟦KR_BRN:138-91-0835?⟧
⟪company_name:솔내수산⟫ ⟦KR_BRN:138-81-4401?⟧
""")

# ---------------------------------------------------------------- 개인정보 유출·접속기록
D("개인정보 유출 신고", """
개인정보 유출 통지문
고객님, ⟪company_name:(주)한빛헬스케어⟫입니다. ⟪non_birth_date:2026년 11월 2일⟫ 외부 공격으로 일부 회원정보가 유출되었습니다.
유출 항목: 이름, 휴대전화번호, 이메일, 생년월일
예시(본인 확인용으로 일부 가림): ⟪masked_name:김*진⟫ / ⟪masked_phone:010-****-2218⟫
문의: 개인정보 보호책임자 ⟦PERSON:하석진⟧ 이사 ⟦PHONE_NUMBER:02-6204-8817⟧, ⟦EMAIL_ADDRESS:privacy.ha@hanbithc.co.kr⟧
개인정보침해 신고센터 ⟪institution_phone:118⟫
""")

D("접속기록", """
2026-11-02T03:14:07+09:00 WAS01 login ok user=⟪system_user_id:adm0192⟫ src=⟦IP_ADDRESS:185.220.101.47⟧
2026-11-02T03:14:52+09:00 WAS01 select member where hp like '%2218' rows=1 user=⟪system_user_id:adm0192⟫ src=⟦IP_ADDRESS:185.220.101.47⟧
2026-11-02T03:15:30+09:00 WAS01 export csv rows=18204 user=⟪system_user_id:adm0192⟫ src=⟦IP_ADDRESS:185.220.101.47⟧
2026-11-02T03:18:11+09:00 WAS02 health-check from ⟪internal_host:lb01⟫ ver ⟪version_number:2.14.7.1093⟫
""")

D("접속기록", """
개인정보취급자 접속기록 점검 결과 (월간)
취급자 ID   성명      접속 IP          비정상 조회
⟪system_user_id:k20331⟫    ⟦PERSON:봉은우⟧    ⟦IP_ADDRESS:10.20.31.144⟧     0건
⟪system_user_id:k20417⟫    ⟦PERSON:심재원⟧    ⟦IP_ADDRESS:10.20.31.172⟧     12건 (퇴근 후 조회)
⟪system_user_id:k19008⟫    ⟦PERSON:하말순⟧    ⟦IP_ADDRESS:10.20.32.9⟧       0건
점검자 ⟪official_by_office:정보보호담당관⟫
""")

D("개인정보 유출 신고", """
개인정보 유출 신고서 (⟪institution_name:개인정보보호위원회⟫ 제출)
신고기관: ⟪company_name:주식회사 다온교육⟫ / 사업자등록번호 ⟦KR_BRN:504-86-2117?⟧ / 법인등록번호 ⟦KR_CRN:174811-023356?⟧
소재지: ⟦KR_ADDRESS:대구광역시 달서구 샘골로 61, 7층⟧
신고자: 정보보호팀장 ⟦PERSON:윤태희⟧ ⟦PHONE_NUMBER:053-710-4482⟧ / ⟦EMAIL_ADDRESS:th.yoon@daonedu.kr⟧
유출 경위: 관리자 계정 탈취 후 수강생 ⟪amount:4,317명⟫의 이름·전화번호·주소 열람
공격 IP: ⟦IP_ADDRESS:45.153.160.12⟧, ⟦IP_ADDRESS:2001:db8:4a1e:77::2⟧
""")

D("접속기록", """
[보안관제 알림] 10:41:17 VPN 이상 로그인 — 계정 ⟪system_user_id:jylee01⟫(소유자 ⟦PERSON:이지윤⟧ 주무관) 접속지 ⟦IP_ADDRESS:211.36.148.202⟧ (평소 ⟦IP_ADDRESS:121.160.22.7⟧). 본인 확인 전화 ⟦PHONE_NUMBER:010-3192-7024⟧ 결과 "본인 아님". 계정 잠금 조치.
""")

# ---------------------------------------------------------------- 스캔된 옛 문서(OCR)
D("호적·제적 스캔", """
除 籍 謄 本 (전산 이기 전 스캔본)
本籍 ⟦KR_ADDRESS:경상북도 경주시 덕산리 2l4⟧
戶主 ⟦PERSON:김 봉 남⟧   出生 ⟦DATE_OF_BIRTH:l931年 4月 l7日⟧
妻   ⟦PERSON:박 말 순⟧   出生 ⟦DATE_OF_BIRTH:1934年 11月 2日⟧
長男 ⟦PERSON:김 덕 희⟧   住民登錄番號 ⟦KR_RRN:56O8l2-l03317?⟧
""", ocr=True)

D("행정 스캔", """
주 민 등 록 표 (등 본)   발급 ⟪non_birth_date:1998. 3. 2.⟫
세대주 성명 ⟦PERSON:이 상 철⟧    주민등록번호 ⟦KR_RRN:５４０９２１－１８４０２２?⟧
주소 ⟦KR_ADDRESS:전라북도 군산시 금암동
 441-7⟧
세대원 처 ⟦PERSON:최 순 자⟧ ⟦KR_RRN:５７０２０３－２８４０１６?⟧
""", ocr=True)

D("법원 판결", """
피 고 인  ⟦PERSON:정 경 태⟧
주민등록번호 ⟦KR_RRN:6lO5l4-
l5200l?⟧
주    거  ⟦KR_ADDRESS:서울특별시 노원구 한내로
 22길 8⟧
위 사람에 대한 ⟪statute:폭력행위등처벌에관한법률위반⟫ 피고사건에 관하여 …
""", ocr=True)

D("은행 민원", """
계좌 해지 신청서 (팩스 수신본)
예금주  ⟦PERSON:구 영 숙⟧
계좌번호 ⟦KR_BANK_ACCOUNT:3Ol-2284-
5O17-21⟧  (농협)
해지 후 잔액 이체 계좌 ⟦KR_BANK_ACCOUNT:ll0-3O4-882l47⟧ (신한)
연락처 ⟦PHONE_NUMBER:Ol0-77O2-4l85⟧
""", ocr=True)

D("여권 재발급", """
여 권 발 급 신 청 서 (구 서식, 스캔)
성 명 ⟦PERSON:황 보 윤 식⟧
여권번호(구) ⟦KR_PASSPORT:MO7l22B46⟧
생년월일 ⟦DATE_OF_BIRTH:１９６８．０７．２２．⟧
전 화 ⟦PHONE_NUMBER:０５５－２４１－７７３０⟧
""", ocr=True)

D("외국인 근로자", """
고 용 허 가 서 (사본)
근로자 성명 ⟦PERSON:NGUYEN THI
 HUONG⟧
여권번호 ⟦KR_PASSPORT:C5O2l884⟧   생년월일 ⟦DATE_OF_BIRTH:l4/O6/l997⟧
외국인등록번호 ⟦KR_FRN:９７０６１４－６２１０５８?⟧
사업장 ⟪company_name:한 내 금 속(주)⟫
""", ocr=True)

D("카드사 민원", """
카 드 매 출 전 표 (영수증 스캔)
카드번호 ⟦CREDIT_CARD:4l22 88O5 3l47 229?⟧
승인 ⟪receipt_number:7740l2⟫  금액 ⟪amount:23,5OO원⟫
서명 ⟦PERSON:박 하 윤⟧
""", ocr=True)

D("보험 청구", """
보 험 금  청 구 서
피보험자 ⟦PERSON:오 미 경⟧
계좌 ⟦KR_BANK_ACCOUNT:１００２－３３１－
８０４２７６⟧ (우리)
건강보험증 ⟦KR_HEALTH_INSURANCE:６１２０４４７８１３０⟧
""", ocr=True)

D("경찰 사건 기록", """
(수기 작성 후 스캔) 목격자 진술 요지
목격자 ⟦PERSON:차 재 원⟧ 씨 (⟦PHONE_NUMBER:O1O-5S3O-22l7⟧) — 도주 차량 번호를 "⟦KR_VEHICLE_PLATE:2S8러 44O7⟧" 또는 "⟦KR_VEHICLE_PLATE:258러 4407⟧"로 기억함.
""", ocr=True)

D("부동산 등기", """
土 地 臺 帳
所有者 ⟦PERSON:남 궁 옥 분⟧  住所 ⟦KR_ADDRESS:충청남도 당진시 상리 5O2-l⟧
住民登錄番號 ⟦KR_RRN:4Bl2O3-2O7733?⟧
""", ocr=True)

D("보건소 검사 기록", """
검 사 결 과 통 보 서 (F A X)
수진자 ⟦PERSON:유 다 인⟧  생년월일 ⟦DATE_OF_BIRTH:2O1O. 1. 9.⟧
증번호 ⟦KR_HEALTH_INSURANCE:2O4l7783O52⟧
결과 음성
""", ocr=True)

D("항공 탑승객 명단", """
P<KOR⟦PERSON#foreign_latin_mrz:SONG<<MINSEO⟧<<<<<<<<<<<<<<<<<<<<<<<<<<<
(MRZ 판독 실패분 수기 보정) 성명 ⟦PERSON:SONG MINSEO⟧ / 여권 ⟦KR_PASSPORT:M3O7Z8B42⟧ / 생년월일 ⟦DATE_OF_BIRTH:O5 SEP 2OO2⟧
""", ocr=True)

D("교정 기록", """
영 치 품 인 수 증
수 용 자 ⟦PERSON:소 석 진⟧
인 수 자 ⟦PERSON:소 덕 희⟧ (처) 주민번호 ⟦KR_RRN:730415-2●●●●●●⟧
주 소 ⟦KR_ADDRESS:경남 창원시 성산구 느티로
 77, 3O4동 l2O2호⟧
""", ocr=True)

D("세무 민원", """
사 업 자 등 록 증
상호 ⟪company_name:솔 내 식 당⟫  대표자 ⟦PERSON:변 정 란⟧
등록번호 ⟦KR_BRN:４１５－２２－０３３８?⟧
개업연월일 ⟪non_birth_date:２０１１년 ０５월 ０２일⟫
""", ocr=True)

# ---------------------------------------------------------------- 개인정보 없는 문서 (hard negatives only)
D("공문", """
수신  ⟪official_by_office:수신자 참조⟫
(경유)
제목  2027년 여권 발급 수수료 고시 개정 알림
1. ⟪doc_number:외교부 여권과-3318⟫(⟪non_birth_date:2026. 11. 20.⟫)과 관련입니다.
2. ⟪statute:「여권법 시행령」 제50조⟫에 따른 수수료를 붙임과 같이 안내하니 민원 창구에 게시하여 주시기 바랍니다.
붙임 수수료표 1부. 끝.
⟪official_by_office:한내구청장⟫
시행 ⟪doc_number:민원여권과-12077⟫ (⟪non_birth_date:2026. 11. 24.⟫)  접수
우 ⟪postal_code:30109⟫ ⟪institution_address:세종특별자치시 한울로 120⟫  / 전화 ⟪institution_phone:044-300-2114⟫ / 공개
""")

D("공문", """
제목: 외국인 계절근로자 숙소 점검 계획
1. 관련: ⟪statute:「출입국관리법」 제21조⟫, ⟪doc_number:농업정책과-5541⟫
2. 점검 기간: ⟪non_birth_date:2027. 3. 2.⟫ ~ ⟪non_birth_date:2027. 3. 31.⟫
3. 점검 대상: 관내 농가 숙소 47개소 (국적별: 라오스 18, 베트남 12, 필리핀 17)
4. 점검 인원: 농업정책과 2명, ⟪institution_name:솔내출입국·외국인사무소⟫ 1명, 통역 1명
5. 문의: 외국인 노동자 상담 ⟪institution_phone:1644-0644⟫
""")

D("보도자료", """
보도자료  배포 즉시 보도
"119 구급대, 올해 심정지 환자 31명 살렸다"
⟪institution_name:한내소방본부⟫는 ⟪non_birth_date:2026년 1월부터 10월까지⟫ 심정지 환자 412명 중 31명이 자발순환을 회복해 퇴원했다고 밝혔다. 본부는 하트세이버 인증서를 구급대원 94명에게 수여할 예정이다.
문의: 구급정책팀 ⟪institution_phone:031-8008-0119⟫
""")

D("법원 판결", """
대법원 ⟪case_number:2024도11872⟫ 판결 요지
[1] ⟪statute:「개인정보 보호법」 제71조 제5호⟫의 '개인정보를 제공받은 자'의 의미
[2] 피고인 갑이 을 회사의 고객정보를 병에게 넘긴 사안에서, 원심이 무죄로 판단한 부분에 법리오해의 잘못이 있다고 한 사례
참조조문 ⟪statute:개인정보 보호법 제17조 제1항, 제71조⟫ / 참조판례 ⟪case_number:2017도13263⟫
""")

D("민원 서식", """
[작성 예시]
성명: ⟪placeholder_person:홍길동⟫   주민등록번호: ⟪placeholder_id:000000-0000000⟫
주소: ⟪placeholder_address:○○시 ○○구 ○○로 00⟫
전화: ⟪placeholder_phone:010-0000-0000⟫   이메일: ⟪placeholder_email:abc@example.com⟫
계좌: ⟪placeholder_account:○○은행 000-000000-00000⟫
※ 실제 작성 시 본인의 정보를 정확히 기재하십시오.
""")

D("통계", """
2026년 3분기 출입국 통계(요약)
구분 | 입국 | 출국 | 전년 대비
내국인 | 6,884,210 | 6,902,117 | +4.1%
외국인 | 4,402,118 | 4,377,250 | +12.8%
승무원 | 402,511 | 401,987 | +1.2%
자료: ⟪institution_name:법무부 출입국·외국인정책본부⟫, 공표일 ⟪non_birth_date:2026. 10. 28.⟫
""")

D("회의록", """
개인정보보호 교육 결과 보고
1. 일시: ⟪non_birth_date:2026. 9. 17.(목) 14:00~16:00⟫
2. 대상: 민원 담당 공무원 88명
3. 내용: 주민등록번호 처리 제한(⟪statute:개인정보 보호법 제24조의2⟫), 접속기록 보관 기간(최소 1년, 5만 명 이상은 2년), 출력물 파기
4. 평가: 만족도 4.6/5.0, 사후 퀴즈 평균 87점
5. 향후 계획: ⟪non_birth_date:2027년 상반기⟫ 보안 서약서 일괄 재징구
""")

D("전산 로그", """
[배포 로그] build ⟪version_number:10.0.19045.3803⟫ → ⟪version_number:10.0.19045.4170⟫
2026-12-01 02:00:01 deploy start (job ⟪system_user_id:svc_deploy⟫)
2026-12-01 02:03:44 healthcheck ok host=⟪internal_host:app-03.internal⟫
2026-12-01 02:04:10 deploy done, checksum ⟪record_number:9f3a1c77⟫
""")

D("공고", """
⟪institution_name:솔내군⟫ 공고 ⟪doc_number:제2026-1187호⟫
공유재산(토지) 대부 일반경쟁입찰 공고
1. 대부 재산: 솔내군 하대리 산 41 임야 일부 1,200㎡ (군유지)
2. 입찰 보증금: 입찰금액의 100분의 5 이상
3. 입찰 방법: 한국자산관리공사 온비드 전자입찰(공고번호 ⟪record_number:2026-1200-004417⟫)
4. 문의: 재무과 ⟪institution_phone:063-350-2331⟫ (대표 ⟪institution_phone:063-350-2114⟫)
""")

D("질의회신", """
[질의] A법인이 B사에 용역대금을 지급하면서 대표자 갑 개인 계좌로 송금한 경우 증빙 인정 여부
[회신] 「법인세법」 제116조에 따라 … 기존 회신사례(⟪doc_number:서면-2021-법인-4471⟫, ⟪doc_number:법인세과-1183⟫)를 참고하시기 바랍니다.
""")

D("보도자료", """
여권 발급 창구 주말 운영 안내
⟪institution_name:한내구⟫는 ⟪non_birth_date:12월 13일⟫부터 매주 토요일 오전 9시~13시 여권 민원 창구를 운영한다. 신분증과 사진 1매를 지참하면 되며, 수수료는 10년 복수여권(58면) ⟪amount:53,000원⟫이다. 문의 민원여권과 ⟪institution_phone:02-2600-6114⟫.
""")

D("회의록", """
제3차 개인정보 유출 대응 TF 회의 결과
- 참석: ⟪official_by_office:정보화담당관⟫, ⟪official_by_office:감사담당관⟫, ⟪official_by_office:법무팀장⟫ 등 7명
- 유출 규모 확정: 회원 18,204명(이 중 주민등록번호 포함 0명)
- 통지 완료 ⟪non_birth_date:11. 5.⟫, 신고 완료 ⟪non_birth_date:11. 4.⟫ (⟪receipt_number:PIPC-2026-1104-0081⟫)
- 차기 회의 ⟪non_birth_date:11. 19.(수) 10:00⟫
""")

D("공문", """
제목: 개인정보 보유기간 경과 문서 파기 결과 보고
1. 파기 대상: 2015년 생산 여권 발급신청서 등 4,417건 (보존기간 10년 경과)
2. 파기 방법: 파쇄 후 소각(외부 전문업체 ⟪company_name:(주)새솔보안⟫ 입회)
3. 파기 일시: ⟪non_birth_date:2026. 10. 22.⟫
4. 근거: ⟪statute:「공공기록물 관리에 관한 법률」 제27조⟫, ⟪statute:개인정보 보호법 제21조⟫
""")

D("안내문", """
[보이스피싱 예방 안내] 검찰·금융감독원은 전화로 계좌 이체나 현금 전달을 요구하지 않습니다. 의심 전화는 ⟪institution_phone:112⟫ 또는 금융감독원 ⟪institution_phone:1332⟫로 신고하세요. 대포통장 매매는 ⟪statute:전자금융거래법 제6조⟫ 위반으로 처벌됩니다.
""")

# ---------------------------------------------------------------- 기타 생활 행정
D("주민센터 전입신고", """
전입신고서 (처리 완료)
신고인 ⟦PERSON:원하준⟧ (세대주) ⟦PHONE_NUMBER:010-2231-8904⟧
전 주소 ⟦KR_ADDRESS:강원 춘천시 갈마로 17, 402호⟧
새 주소 ⟦KR_ADDRESS:서울특별시 송파구 청솔로 210, 108동 903호⟧
세대원: ⟦PERSON:원하준⟧(본인), ⟦PERSON:한세영⟧(처), ⟦PERSON:원지민⟧(자, ⟦DATE_OF_BIRTH:2020. 2. 29.⟧)
확정일자 부여 ⟪non_birth_date:2026. 8. 4.⟫
""")

D("인사 발령", """
인사발령 (⟪non_birth_date:2027. 1. 1.⟫자)
  행정6급 ⟦PERSON:용하윤⟧  민원여권과 → 기획예산과
  행정7급 ⟦PERSON:Emily Whitford⟧  (개방형 국제협력관, 신규임용)
  간호8급 ⟦PERSON:방다인⟧  보건소 건강증진과(육아휴직 복직)
⟪official_by_office:솔내군수⟫
""")

D("회의록", """
주민자치회 분과회의 회의록
참석: ⟦PERSON:강성규⟧ 위원장, ⟦PERSON:우윤아⟧ 간사, ⟦PERSON:홍정희⟧·⟦PERSON:나재석⟧ 위원
⟦PERSON:강성규⟧: "공영주차장 요금은 동결하자는 게 다수 의견입니다."
⟦PERSON:홍정희⟧ 위원: 반대합니다. 관리비가 매년 오르고 있어요.
⟦PERSON:우윤아⟧: 다음 회의(⟪non_birth_date:12월 3일⟫)에서 표결하겠습니다.
""")

D("복지 상담", """
위기가구 상담일지
대상자 ⟦PERSON:곽춘자⟧(79세, 독거) — 주소 ⟦KR_ADDRESS:부산 사하구 솔내로 88-12⟧
상담 내용: 난방비 체납으로 단전 예고. 아들 ⟦PERSON:곽병철⟧(⟦PHONE_NUMBER:010-9927-3310⟧)과 연락 단절.
조치: 긴급복지 생계지원 ⟪amount:713,100원⟫ 지급 결정, 입금 계좌 우체국 ⟦KR_BANK_ACCOUNT:602218-02-117348⟧
상담자 ⟦PERSON:지예린⟧ 주무관
""")

D("병역", """
병역판정검사 연기 신청 (국외 체류)
신청인 ⟦PERSON:성도윤⟧ (⟦DATE_OF_BIRTH:2006. 1. 12.⟧생)
체류국 캐나다, 여권번호 ⟦KR_PASSPORT:M088W3451⟧
현지 주소: 제출 생략
부모 연락처 ⟦PHONE_NUMBER:010-4120-7738⟧ (모 ⟦PERSON:은혜진⟧)
""")

D("감염병 역학조사", """
역학조사 기초조사서 (요약)
확진자 ⟦PERSON:Ram Bahadur Thapa⟧ (네팔, 외국인등록번호 ⟦KR_FRN:900305-532018?⟧)
직장 ⟪company_name:(주)한내식품⟫ 2공장 / 동거인 ⟦PERSON:Sita Shrestha⟧
방문지: ⟪non_birth_date:11. 2.⟫ 솔내 재래시장, ⟪non_birth_date:11. 3.⟫ 가람병원(외래)
통역 연락처 ⟦PHONE_NUMBER:010-6678-2014⟧ (자원봉사 통역 ⟦PERSON:김수아⟧)
""")

D("공공임대 당첨", """
행복주택 예비입주자 서류 보완 요청 대상
순번 12  ⟦PERSON:남궁하람⟧  ⟦DATE_OF_BIRTH:1998.10.02⟧  신혼부부  혼인관계증명서 미제출
순번 13  ⟦PERSON:봉세영⟧    ⟦DATE_OF_BIRTH:2001.06.30⟧  청년      소득증빙 미제출
순번 14  ⟦PERSON:Nguyen Thi Lan⟧  ⟦DATE_OF_BIRTH:1995.02.14⟧  신혼부부(결혼이민)  외국인등록사실증명 미제출
""")

D("재난지원금", """
재난지원금 지급 오류 정정 내역
| ⟦PERSON:채덕희⟧ | 기존 ⟦KR_BANK_ACCOUNT:3333-02-7718204⟧ | 변경 ⟦KR_BANK_ACCOUNT:3333-02-7718240⟧ | 사유: 숫자 순서 착오 |
| ⟦PERSON:모범수⟧ | 기존 ⟦KR_BANK_ACCOUNT:020-2204-7719-118⟧ | 변경 (현금 지급) | 사유: 계좌 해지 |
""")

D("정신건강 상담", """
자살위기 상담 연계 기록 (비공개)
내담자 ⟦PERSON:설다은⟧ (⟦DATE_OF_BIRTH:2004년 9월 14일⟧생, 대학생)
연계 경로: ⟪institution_phone:109⟫ 자살예방상담전화 → 정신건강복지센터
긴급연락처: 언니 ⟦PERSON:설아름⟧ ⟦PHONE_NUMBER:010-2846-1109⟧
사례관리자 ⟦PERSON:태솔비⟧ 정신건강전문요원
""")

D("동물등록", """
동물등록 변경신고 (소유자 변경)
동물등록번호 ⟪record_number:410097000284417⟫ (내장형)
이전 소유자 ⟦PERSON:하정란⟧ ⟦PHONE_NUMBER:010-7730-2241⟧
새 소유자 ⟦PERSON:석윤아⟧ ⟦PHONE_NUMBER:010-3018-6672⟧ ⟦KR_ADDRESS:제주특별자치도 서귀포시 윗말길 5⟧
""")

D("우편 민원", """
국제특급(EMS) 분실 손해배상 청구
발송인 ⟦PERSON:Aziz Karimov⟧ ⟦PHONE_NUMBER:010-2287-0415⟧
수취인 (우즈베키스탄) ⟪foreign_recipient:가족, 현지 주소 생략⟫
등기번호 ⟪record_number:EE123449871KR⟫
배상금 수령 계좌: ⟦KR_BANK_ACCOUNT:010227-02-447183⟧ (우체국, 본인 명의)
""")

D("채용", """
2026년 제2회 지방공무원 경력경쟁임용시험 최종합격자 (응시번호 순)
⟪record_number:10027⟫ ⟦PERSON:전하은⟧ / ⟪record_number:10031⟫ ⟦PERSON:예정우⟧ / ⟪record_number:10045⟫ ⟦PERSON:KANG Ji-won⟧ / ⟪record_number:10052⟫ ⟦PERSON:유미경⟧
※ 임용 서류(가족관계증명서, 주민등록초본) 제출 기한 ⟪non_birth_date:2026. 12. 19.⟫
""")

D("수상레저", """
동력수상레저기구 조종면허 발급 대장
면허번호 ⟪record_number:수-2026-004417⟫ ⟦PERSON:권태오⟧ ⟦DATE_OF_BIRTH:1986-07-15⟧ ⟦PHONE_NUMBER:010-5591-2083⟧ 일반조종 2급
면허번호 ⟪record_number:수-2026-004418⟫ ⟦PERSON:권하윤⟧ ⟦DATE_OF_BIRTH:1989-01-03⟧ ⟦PHONE_NUMBER:010-5591-2084⟧ 요트조종
""")

D("출국금지", """
출국금지 결정 통지서
대상자 ⟦PERSON:변찬영⟧ (⟦KR_RRN:780922-147283?⟧)
여권 ⟦KR_PASSPORT:M20471859⟧ / ⟦KR_PASSPORT:M913N2280⟧(복수 소지)
기간 ⟪non_birth_date:2026. 12. 1.⟫부터 3개월
사유: 국세 체납 ⟪amount:84,120,000원⟫ (⟪statute:「국세징수법」 제113조⟫)
""")

D("크루즈 승객", """
Cruise manifest extract — Busan call
CABIN 8104  ⟦PERSON:Lukas Brenner⟧ DEU ⟦KR_PASSPORT:C4J8M27X1⟧ ⟦DATE_OF_BIRTH:21 OCT 1958⟧
CABIN 8104  ⟦PERSON:Hanna Brenner⟧ DEU ⟦KR_PASSPORT:C7R2N55V0⟧ ⟦DATE_OF_BIRTH:02 MAY 1961⟧
CABIN 9012  ⟦PERSON:Rahul Mehta⟧ IND ⟦KR_PASSPORT:Z4471923⟧ ⟦DATE_OF_BIRTH:30 JAN 1975⟧
CABIN 9015  ⟦PERSON:Camille Dubois⟧ FRA ⟦KR_PASSPORT:19FR44712⟧ ⟦DATE_OF_BIRTH:11 AUG 1983⟧
""")

D("해외송금 민원", """
해외송금 반환 요청 — 수취인 불일치
송금인 ⟦PERSON:쩐 반 득⟧ (외국인등록번호 ⟦KR_FRN#frn_typo_invalid:910506-521330!⟧ → 창구 확인 결과 번호 오기, 올바른 번호 ⟦KR_FRN:910506-521330?⟧)
출금 계좌 ⟦KR_BANK_ACCOUNT:217-910488-20107⟧ (하나)
송금액 USD 1,200 / 수수료 ⟪amount:8,000원⟫
""")

D("가맹점", """
신용카드 가맹점 해지 신청
상호 ⟪company_name:가람꽃집⟫ / 대표 ⟦PERSON:노은서⟧ / 사업자등록번호 ⟦KR_BRN:621-15-4408?⟧
가맹점번호 ⟪record_number:00987441203⟫ / 정산 계좌 부산은행 ⟦KR_BANK_ACCOUNT:112-2057-3308-04⟧
""")

D("보험 사기 조사", """
보험사기 의심 건 조사 메모 (SIU)
동일 계좌로 3명의 보험금 수령: ⟦KR_BANK_ACCOUNT:110-448-220193⟧ (예금주 ⟦PERSON:우재원⟧)
청구인 ⟦PERSON:우재원⟧, ⟦PERSON:임소율⟧, ⟦PERSON:진경란⟧ — 같은 한의원(⟪institution_name:솔내한의원⟫) 통원
청구인들 전화번호가 끝자리만 다름: ⟦PHONE_NUMBER:010-3381-2201⟧ / ⟦PHONE_NUMBER:010-3381-2202⟧ / ⟦PHONE_NUMBER:010-3381-2203⟧
""")

D("경매 임차인 현황", """
임차인현황 (조사일 ⟪non_birth_date:2026. 6. 3.⟫)
⟦PERSON:반동하⟧  101호  전입 ⟪non_birth_date:2019.04.11⟫  확정 ⟪non_birth_date:2019.04.11⟫  보증금 ⟪amount:50,000,000⟫
⟦PERSON:Maria Santos Reyes⟧  102호  전입 ⟪non_birth_date:2023.09.01⟫  확정 없음  보증금 ⟪amount:10,000,000⟫
⟪placeholder_person:성명불상⟫  201호  폐문부재
""")

D("유학생 기숙사", """
기숙사 입사 신청 (외국인)
Name ⟦PERSON:PHAM MINH ANH⟧ / ⟦PERSON:팜 민 아인⟧
Passport ⟦KR_PASSPORT:N2048813⟧ / ARC ⟦KR_FRN:050312-824401?⟧
Emergency contact ⟦PHONE_NUMBER:+84 912 448 107⟧
Email ⟦EMAIL_ADDRESS:minhanh.pham05@outlook.com⟧
""")

D("의료급여", """
의료급여 수급권자 증 재발급
수급권자 ⟦PERSON:정봉남⟧ 의료급여증 번호 ⟦KR_HEALTH_INSURANCE:90018827441⟧
주민등록번호 ⟦KR_RRN:420617-1******⟧
주소 ⟦KR_ADDRESS:전남 목포시 한내로 7⟧ / 보호자 ⟦PERSON:정윤아⟧ ⟦PHONE_NUMBER:061-272-4407⟧
""")

D("도서관", """
연체 도서 반납 독촉 (3차)
⟦PERSON:마하준⟧ 님, 대출하신 도서 2권이 ⟪non_birth_date:10월 2일⟫부터 연체 중입니다. 반납하지 않으시면 대출이 정지됩니다. 문의 ⟪institution_phone:031-8045-3300⟫. 회원번호 ⟪system_user_id:L2024-08871⟫
""")

D("선거", """
후보자 추천장 검인 — 추천인 명부 일부 (무효 추천 확인용)
연번 성명     생년월일        주소                              비고
31  ⟦PERSON:길덕희⟧   ⟦DATE_OF_BIRTH:1957. 8. 19.⟧   ⟦KR_ADDRESS:충북 청주시 흥덕구 가람로 48⟧     유효
32  ⟦PERSON:길덕희⟧   ⟦DATE_OF_BIRTH:1957. 8. 19.⟧   ⟦KR_ADDRESS:충북 청주시 흥덕구 가람로 48⟧     중복 → 무효
33  ⟦PERSON:엄경태⟧   ⟦DATE_OF_BIRTH:2009. 2. 4.⟧    ⟦KR_ADDRESS:충북 청주시 흥덕구 새터로 3⟧      선거권 없음
""")

D("사망신고", """
사망신고서 접수 확인
사망자 ⟦PERSON:노덕희⟧ (⟦KR_RRN:390110-2******⟧) 사망일시 ⟪non_birth_date:2026. 11. 27. 04:10⟫
신고인 ⟦PERSON:노재석⟧ (관계: 자) ⟦PHONE_NUMBER:010-8827-1046⟧
안심상속 원스톱서비스 신청: 예 / 상속인 대표 계좌 ⟦KR_BANK_ACCOUNT:601-910227-44180⟧
""")

D("청년수당", """
청년수당 지급 대상자 활동보고서 미제출 알림 문자 발송 명단
⟦PHONE_NUMBER:010-2019-4478⟧ ⟦PERSON:이규리⟧
⟦PHONE_NUMBER:010-7731-0952⟧ ⟦PERSON:Oyunchimeg Dorj⟧
⟦PHONE_NUMBER:010-4452-8813⟧ ⟦PERSON:최범수⟧
발신 ⟪institution_phone:02-2133-6587⟫ (청년정책과)
""")

D("어업", """
어업인 면세유 카드 재발급 신청
어업인 ⟦PERSON:제갈재석⟧ / 어선명 한내호(⟪record_number:0201003-6485203⟫)
면세유 구매카드 ⟦CREDIT_CARD:9420-8811-0347-228?⟧ (분실)
신청인 주소 ⟦KR_ADDRESS:경남 통영시 바닷가로 311-2⟧ / ⟦PHONE_NUMBER:055-645-2208⟧
""")

D("항만 출입", """
항만 출입증 발급 대장 (임시)
⟦PERSON:SUPARMAN⟧	인도네시아	⟦KR_PASSPORT:B2207718⟧	선원	유효 ⟪non_birth_date:~12/10⟫
⟦PERSON:문정우⟧	대한민국	⟦KR_DRIVER_LICENSE:21-19-204471-08⟧	화물차 기사	차량 ⟦KR_VEHICLE_PLATE:부산 91자 3302⟧
⟦PERSON:TRAN VAN NAM⟧	베트남	⟦KR_PASSPORT:C7730412⟧	선원	유효 ⟪non_birth_date:~12/12⟫
""")

D("국민신문고", """
민원 제목: 아파트 앞 불법 주차 차량 신고합니다
내용: 매일 밤 ⟦KR_VEHICLE_PLATE:36누 4120⟧ 차량이 소화전 앞에 주차합니다. 차주분 연락처가 앞유리에 ⟦PHONE_NUMBER:010-9034-7781⟧로 적혀 있는데 전화를 안 받습니다. 조치 부탁드립니다.
민원인 ⟦PERSON:현소율⟧ / 답변 ⟪official_by_office:교통지도과장⟫
""")

D("공무원 출장 정산", """
법인카드 사용 내역 정산 (개인카드 대체 사용분)
사용자 ⟦PERSON:함태윤⟧ 주무관 — 법인카드 분실로 개인 카드 ⟦CREDIT_CARD:5236 8801 2047 113?⟧ 사용
⟪non_birth_date:11/12⟫ KTX 승차권 ⟪amount:59,800원⟫ / ⟪non_birth_date:11/13⟫ 숙박 ⟪amount:88,000원⟫
환급 계좌(급여 계좌와 동일) ⟦KR_BANK_ACCOUNT:1002-220-448193⟧
※ 기관 법인카드 ⟪institution_card:4518-****-****-0007 (솔내군)⟫ 은 정지 처리
""")

D("가족관계", """
가족관계증명서(일반) 발급 신청 — 대리인
본인 ⟦PERSON:Ana Lucia Ferreira⟧ (결혼이민, 외국인등록번호 ⟦KR_FRN:870704-611820?⟧)
배우자 ⟦PERSON:조재원⟧ ⟦KR_RRN:840213-125540?⟧
자녀 ⟦PERSON:조하람⟧ ⟦KR_RRN:180530-4******⟧
대리인 ⟦PERSON:조재원⟧ (배우자) — 위임장 확인
""")

# ---------------------------------------------------------------- 추가: 개인정보 없는 문서
D("공문", """
제목: 구급차 내 영상기록장치 운영 지침 시행
1. ⟪statute:「119구조·구급에 관한 법률」 제10조의2⟫ 및 ⟪doc_number:119구급과-2204⟫와 관련입니다.
2. 영상은 30일간 보관 후 자동 삭제하며, 열람은 ⟪official_by_office:소방서장⟫의 승인을 받아야 합니다.
3. 시행일: ⟪non_birth_date:2027. 1. 1.⟫. 끝.
""")

D("보도자료", """
"체류외국인 270만 명 돌파" — 전년보다 6.2% 증가
국적별로는 중국, 베트남, 태국, 미국, 우즈베키스탄 순이었다. 취업자격 체류외국인은 55만 명, 유학생은 26만 명으로 집계됐다. (자료 공표 ⟪non_birth_date:2026. 11. 25.⟫, 문의 ⟪institution_phone:02-2110-4023⟫)
""")

D("질의회신", """
[질의] 어린이집이 보호자의 동의 없이 원아 사진을 누리집에 게시할 수 있는지?
[회신] ⟪statute:개인정보 보호법 제15조 제1항⟫에 따라 정보주체의 동의를 받아야 하며, 만 14세 미만 아동은 법정대리인의 동의가 필요합니다(⟪statute:같은 법 제22조의2⟫). 관련 해석례 ⟪doc_number:개인정보보호위원회 2024-0187⟫ 참고.
""")

D("회의록", """
교통안전 협의회 결과
- 어린이보호구역 과속단속카메라 14대 추가 설치 (예산 ⟪amount:588,000,000원⟫)
- 불법 주정차 주민신고 건수: 월평균 2,410건 → 3,008건
- 과태료 체납액 ⟪amount:41억 2천만 원⟫, 번호판 영치 강화 (⟪statute:지방세징수법 제56조⟫)
- 차기 회의 ⟪non_birth_date:2027. 2. 10.⟫
""")

D("공고", """
⟪institution_name:한내구⟫ 고시 ⟪doc_number:제2026-214호⟫
도로명주소 부여 고시
도로명: 해오름로 12번길 (기점 ⟪public_place_address:한내동 101-1⟫ ~ 종점 ⟪public_place_address:한내동 233-4⟫)
부여 사유: 신규 도로 개설
이의신청: 고시일부터 20일 이내 ⟪institution_name:한내구청⟫ 토지정보과
""")

D("통계", """
119 구급 이송 현황(⟪non_birth_date:2026년 10월⟫)
질환별: 심혈관 412건 | 뇌혈관 208건 | 호흡기 655건 | 외상 1,204건 | 기타 2,117건
연령별: 0~9세 3.1% | 10~39세 21.4% | 40~64세 30.8% | 65세 이상 44.7%
평균 현장도착 시간 7분 42초 (전년 동월 8분 5초)
""")

D("안내문", """
[개인정보 유출 피해 예방 수칙]
1. 출처가 불분명한 문자의 링크를 누르지 마세요.
2. 여권번호·외국인등록번호는 필요한 경우에만 제출하세요.
3. 카드 분실 시 즉시 카드사(예: ⟪institution_phone:1588-8100⟫)에 신고하세요.
4. 명의도용 확인은 ⟪institution_name:엠세이퍼(M-Safer)⟫ 서비스를 이용하세요.
""")
