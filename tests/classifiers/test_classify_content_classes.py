"""Classes of document the first independent set (issue 11) showed the rules misread, each written here
afresh from the label rules (정보공개법 제9조 제1항, 개인정보 보호법 제23조): names, numbers and places are
invented; nothing is copied from the evaluation sets.
"""

from __future__ import annotations

import pytest
from shared_core import classify_text

CASES = [
    # a guide showing how stamps and fields are written marks nothing
    (
        "guide-with-examples",
        "보안 문서 작성 요령\n1. 표시 방법: 비밀은 상단과 하단에 등급을 표시\n"
        '2. 예고문 기재례: "예고문: 2027. 6. 30.까지 Ⅱ급비밀, 이후 일반문서로 재분류"\n'
        "3. 결문 기재례: 전화 02-000-0000 / 담당자 전자우편 / 비공개(5)\n"
        "4. 공개 구분 표기 예: '부분공개(6)'",
        ("none", "public", []),
    ),
    # the law's wording of its items, quoted in a guide, is not content
    (
        "law-items-quoted",
        "정보공개 업무 안내\n1. 비공개 대상\n  5호: 감사ㆍ감독ㆍ검사ㆍ시험ㆍ의사결정 과정 또는 내부검토 과정에 있는 사항\n"
        "  8호: 공개될 경우 부동산 투기 등으로 특정인에게 이익 또는 불이익을 줄 우려가 있는 정보",
        ("none", "public", []),
    ),
    # minutes of a promotion board name candidates: 인사관리 (5) and the persons (6)
    (
        "promotion-board-minutes",
        "2025년 하반기 인사위원회(승진 심사) 회의록\n일시: 2025. 12. 1. 10:00\n"
        "○ 위원장: 후보자 김민준은 근무성적이 우수함\n○ 위원: 박서연 팀장의 순위 조정 필요\n심의 결과: 승진 2명",
        ("none", "non_public", ["OIDA-9-1-5", "OIDA-9-1-6"]),
    ),
    # an appointment list names officials in office: disclosable (제6호 라목)
    (
        "appointment-list",
        "인사 발령\n○○시 인사발령 제2025-40호\n직급\t소속\t성명\t발령사항\n"
        "지방행정사무관(5급)\t총무과\t김민준\t세무과장에 보함\n지방행정주사(6급)\t세무과\t박서연\t총무과 근무를 명함\n"
        "지방시설사무관(5급)\t건설과\t이도윤\t건설과장에 보함",
        ("none", "public", []),
    ),
    # ... and one sick-leave row in it is removable: 부분공개, not the whole list
    (
        "appointment-list-with-sick-leave",
        "인사 발령\n○○시 인사발령 제2025-41호\n직급\t소속\t성명\t발령사항\n"
        "지방행정사무관(5급)\t총무과\t김민준\t세무과장에 보함\n지방시설사무관(5급)\t건설과\t이도윤\t건설과장에 보함\n"
        "지방행정주사(6급)\t세무과\t박서연\t질병휴직(허리 디스크 수술)을 명함\n"
        "지방행정주사보(7급)\t민원과\t최지우\t총무과 근무를 명함\n지방행정서기(8급)\t복지과\t정하준\t민원과 근무를 명함\n"
        "지방행정서기(8급)\t민원과\t강서윤\t복지과 근무를 명함\n지방행정서기보(9급)\t총무과\t조예준\t세무과 근무를 명함\n"
        "지방행정서기보(9급)\t세무과\t윤지아\t총무과 근무를 명함",
        ("none", "partial", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # a list of people whose other columns are disclosable (amounts) is 부분공개
    (
        "payment-list",
        "2025년 11월 자원봉사 실비 지급 내역\n연번\t성명\t활동 시간\t지급액(원)\n"
        "1\t김민준\t12\t96,000\n2\t박서연\t8\t64,000\n3\t이도윤\t20\t160,000\n4\t최지우\t6\t48,000\n"
        "5\t정하준\t10\t80,000\n6\t강서윤\t14\t112,000",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
    # a list of people defined by a welfare status discloses that status: whole
    (
        "welfare-recipients",
        "긴급복지 지원 대상자 현황\n연번\t성명\t지원 금액\n1\t김민준\t300,000\n2\t박서연\t500,000",
        ("none", "non_public", ["OIDA-9-1-6"]),
    ),
    # an audit's findings table naming officials in a 관련자 column, in a space-aligned plain-text table
    (
        "audit-related-persons",
        "○○사업소 물품 관리 감사 결과\n연번  지적 사항  처분  관련자\n"
        "1  재물조사 미실시  주의  주무관 김민준\n2  출장 복명 미제출  시정  사무관 박서연",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
    # ... where the names are already anonymised, nobody is identifiable
    (
        "audit-anonymised",
        "○○사업소 물품 관리 감사 결과\n연번\t지적 사항\t처분\t관련자\n"
        "1\t재물조사 미실시\t주의\t주무관 김모 씨\n2\t출장 복명 미제출\t시정\t사무관 박○○",
        ("none", "public", []),
    ),
    # a decision notice cites the 제9조 item of the requested information, not its own
    (
        "decision-notice",
        "정보 비공개 결정 통지서\n수신자 김** 귀하\n청구 내용: 진행 중인 감사 관련 자료\n"
        "비공개 내용 및 사유: 「공공기관의 정보공개에 관한 법률」 제9조제1항제5호(감사 진행 중)\n"
        "귀하의 청구에 대한 결정 내용을 위와 같이 통지합니다.",
        ("none", "public", []),
    ),
    # candidate sites of an unannounced development, by lot number (8)
    (
        "site-plan-before-designation",
        "○○지구 물류단지 조성 후보지 사전 검토\n1. 후보지 현황\n구분\t위치\t면적(㎡)\n"
        "가안\t○○면 ○○리 산12-3 일원\t420,000\n나안\t○○면 ○○리 45-1 일원\t210,000\n2. 검토 의견: 가안이 유리",
        ("none", "non_public", ["OIDA-9-1-8"]),
    ),
    # a contract with the contractor's own unit-cost breakdown attached (7)
    (
        "contract-cost-breakdown",
        "청사 경비 용역 계약서\n제1조(계약 금액) 금120,000,000원\n제2조(계약 기간) 2025. 1. 1.부터 2025. 12. 31.까지\n"
        "[첨부] 산출내역서(인건비 단가표)\n직종\t인원\t월 단가(원)\n경비원\t4\t3,100,000\n미화원\t2\t2,700,000",
        ("none", "partial", ["OIDA-9-1-7"]),
    ),
    # an audit still running, whose release would warn its subjects (4 and 5)
    (
        "audit-in-progress",
        "○○공단 특정감사 진행 상황 보고\n1. 감사 진행: 2025. 3. 4.부터 실지감사 중\n"
        "2. 확인 사항: 허위 준공 처리 의심\n3. 조치: 수사기관에 수사의뢰 예정, 결과 확정 전 공개 시 증거 인멸 우려",
        ("none", "non_public", ["OIDA-9-1-4", "OIDA-9-1-5"]),
    ),
    # a law quoting the warrant clause is not an inquiry
    (
        "law-warrant-clause",
        "헌법 전문 해설\n제12조 ③ 현행범인인 경우와 도피 또는 증거인멸의 염려가 있을 때에는 사후에 영장을 청구할 수 있다.",
        ("none", "public", []),
    ),
    # our own negotiating position, written down (2)
    (
        "negotiating-position",
        "○○국과의 항공협정 교섭 동향\n1. 상대국은 운수권 확대를 요구\n"
        "2. 우리 측은 주 4회 증편까지 수용 가능하다는 입장을 내부적으로 정리\n3. 다음 회의: 5월",
        ("none", "non_public", ["OIDA-9-1-2"]),
    ),
    # a 공문 sent to a citizen by name
    (
        "letter-to-a-citizen",
        "○○시\n수신  남궁하늘 님\n(경유)\n제목  민원 처리 결과 알림\n1. 문의하신 가로등 보수는 5월 중 완료 예정입니다.  끝.",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
    # a list with 생년월일 and 주소 beside the names: persons, whoever the analysis recognised
    (
        "nominees-with-birth-dates",
        "유공자 추천\n성명  생년월일  주소  공적 요지\n"
        "모가람  1950. 3. 2.  ○○시 ○○로 12  급식 봉사\n단비슬  1961. 7. 9.  ○○시 △△길 8  환경 정화",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
    # an attachment the contractor submitted as its trade secret (7)
    (
        "contract-trade-secret-attachment",
        "시스템 유지보수 계약서\n제1조(계약 금액) 금80,000,000원\n[별첨] 산출내역서(업체 제출, 영업비밀)\n"
        "항목\t금액(원)\n자체 솔루션 사용료\t9,000,000",
        ("none", "partial", ["OIDA-9-1-7"]),
    ),
    # an emergency-care record is the patient's health data, whole
    (
        "ambulance-record",
        "구급활동일지\n환자성명  남궁하늘  성별/나이  여/40\n주증상  의식저하  처치  산소 투여\n이송병원: ○○병원",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # a list of staff with their examination findings is about their health
    (
        "health-findings-list",
        "직원 건강검진 결과 유소견자 현황\n성명\t소속\t판정\t소견\n"
        "모가람\t총무과\tC1\t간기능 이상\n단비슬\t세무과\tD2\t고혈압 유질환",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # a scoring sheet before the selection is decided (5), naming candidates (6)
    (
        "scores-before-decision",
        "면접시험 평정 결과\n| 응시번호 | 성명 | 합계 |\n| 1001 | 모가람 | 45 |\n| 1002 | 단비슬 | 42 |\n"
        "※ 최종 합격자 결정 전 자료임",
        ("none", "non_public", ["OIDA-9-1-5", "OIDA-9-1-6"]),
    ),
    # an audit interview record: questions to a named official while the audit runs (5, 6)
    (
        "audit-interview-record",
        "복무 감사 문답 기록\n진술인\t시설주사 마루한 (도로관리과)\n조사자\t감사관 하늘빛\n"
        "문: 진술인은 2025년 4월 보수공사 준공 검사를 하였나요.\n답: 예, 현장에 나가 확인하였습니다.\n"
        "문: 준공 전 대금을 지급한 이유는 무엇인가요.\n답: 업체의 요청이 있어 그렇게 하였습니다.",
        ("none", "non_public", ["OIDA-9-1-5", "OIDA-9-1-6"]),
    ),
    # ... and in a police inquiry it is an investigation record (4)
    (
        "police-statement-record",
        "진술조서\n○○경찰서 수사과\n피의자\t모가람\n"
        "문: 피의자는 2025. 3. 2. 어디에 있었나요.\n답: 집에 있었습니다.\n"
        "문: 이를 증명할 사람이 있나요.\n답: 가족이 있습니다.",
        ("none", "non_public", ["OIDA-9-1-4", "OIDA-9-1-6"]),
    ),
    # one private person's record: their arrears, number and assets are the document
    (
        "one-taxpayer-record",
        "체납 내역 및 재산 현황\n체납자\t모가람\n주민등록번호\t850101-1******\n주소\t○○시 ○○로 12\n"
        "|세목|체납액|\n|자동차세|310,000|\n재산: 차량 1대",
        ("none", "non_public", ["OIDA-9-1-6"]),
    ),
    # the staff note before a promotion decision, assessing named officials (5, 6)
    (
        "promotion-staff-note",
        "[메모] 국장님께\n하반기 승진 관련 실무 검토\n- 모가람(총무): 서열 2위, 근무 평가 우수\n"
        "- 단비슬(세무): 서열 4위, 경고 이력 있음",
        ("none", "non_public", ["OIDA-9-1-5", "OIDA-9-1-6"]),
    ),
    # a sentence naming an official, the diagnosis in the item under it: the person's health data
    (
        "sick-leave-items-below",
        "○○군\n수신 내부결재\n제목 병가 승인\n1. 재무과 주무관 모가람의 병가를 다음과 같이 승인합니다.\n"
        "가. 기간: 2025. 3. 2.부터 30일\n나. 사유: 골절 수술 후 입원 치료\n끝.",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # a reporter's identity is secret by statute (공익신고자 보호법): 제9조 제1항 제1호, and the persons
    (
        "whistle-blower-case",
        "부패행위 신고 사건 송부\n1. 신고자: 모가람 ※ 신분 비밀보장 대상\n2. 피신고자: 재무과 단비슬\n"
        "3. 신고 내용: 업무추진비 사적 사용",
        ("none", "non_public", ["OIDA-9-1-1", "OIDA-9-1-6"]),
    ),
    # a register of people defined by an infection: being on it is the health data
    (
        "infection-register",
        "감염인 등록 관리대장\n등록번호|성명|생년월일|진단일\n2001-11|모가람|1970. 1. 2.|2001.3.4.\n"
        "2001-12|단비슬|1981. 5. 6.|2001.4.5.",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # a guide's questions and answers name nobody questioned: public
    (
        "faq-questions-and-answers",
        "지방세 감면 자주 묻는 질문\n문: 감면 신청은 언제 하나요.\n답: 취득일부터 60일 이내에 신청합니다.\n"
        "문: 서류는 무엇이 필요한가요.\n답: 감면 신청서와 증빙 서류를 제출합니다.",
        ("none", "public", []),
    ),
    # a list a statute orders published names people on purpose (제6호 가목): public
    (
        "list-published-by-law",
        "2025년 고액·상습 체납자 명단 공개\n「지방세징수법」 제11조에 따라 다음과 같이 공개합니다.\n"
        "연번|성명(상호)|나이|주소|체납액(천원)|세목\n1|문지호|58|경기도 평택시 서정로 31|42,300|재산세\n"
        "2|배수아|47|전라남도 여수시 좌수영로 9|18,950|자동차세\n3|탁민규|63|강원특별자치도 강릉시 경강로 200|77,120|취득세\n"
        "2025. 11. 17.  ○○도지사",
        ("none", "public", []),
    ),
    # the same shape without the statute's publication order is the people's data, whole
    (
        "arrears-list-not-published",
        "2025년 체납자 명단\n연번|성명|나이|주소|체납액(천원)\n1|문지호|58|경기도 평택시 서정로 31|42,300\n"
        "2|배수아|47|전라남도 여수시 좌수영로 9|18,950\n3|탁민규|63|강원특별자치도 강릉시 경강로 200|77,120",
        ("none", "non_public", ["OIDA-9-1-6"]),
    ),
    # a guide's worked examples ('수사기록 → 비공개(4)') are mentions, not content
    (
        "guide-worked-examples",
        "2024년 정보공개 실무 길잡이\n○○시 기획예산과\n"
        "○ 시가 보유한 정보는 공개가 원칙이며, 법에 열거된 사유에 해당할 때에만 공개하지 않습니다.\n"
        "호|요지|처리 예시\n4호|재판·수사 관련|수사기록 → 비공개(4)\n"
        "5호|의사결정 과정|내부 검토 중인 초안 → 비공개(5)\n7호|영업상 비밀|업체 원가 산정 자료 → 비공개(7)\n"
        "○ 청구서는 누리집에서 내려받아 작성하며, 문의는 기획예산과 정보공개 담당으로 합니다.",
        ("none", "public", []),
    ),
    # a disability assessment sent to one person is that person's health data, whole
    (
        "disability-assessment-notice",
        "장애 정도 심사 결과 통보\n성명\t나윤서\n주민등록번호\t830215-2●●●●●●\n장애 유형\t청각\n"
        "심사 결과: 심한 장애. 재판정 시기: 2027년",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # one taxpayer's arrears and assets: the person's data (6) and 과세정보, secret under
    # 국세기본법 제81조의13 / 지방세기본법 제86조 (1), whole
    (
        "one-taxpayer-assets",
        "체납자 재산 조회 결과\n납세자: 봉지율 (1968. 5. 2.)  주소: 해온시 가람구 별빛로 41, 203동 801호\n"
        "세목 | 과세연도 | 고지세액 | 체납액 | 조회 재산\n종합소득세 | 2019 | 12,400,000 | 15,020,000 | 예금 8,100,000원, 토지 1필지",
        ("none", "non_public", ["OIDA-9-1-1", "OIDA-9-1-6"]),
    ),
    # an accident record naming the injured worker with the injury: the person's health data
    (
        "accident-injury-record",
        "산업재해 조사 기록\n재해자: 모건우 (52세, 시설관리 기간제근로자)\n"
        "재해 내용: 2021. 8. 3. 컨베이어 협착으로 손가락 절단\n치료 경과: 입원 후 전치 8주",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-23"]),
    ),
    # a contract's terms are public; the lecturer's identifiers are the part withheld
    (
        "contract-with-party-details",
        '외부강사 위촉 계약서\n○○시장(이하 "갑")과 강사 변도윤(이하 "을")은 다음과 같이 계약한다.\n'
        "제1조(강의) 과목: 청렴 교육 / 시간: 2시간\n제2조(강의료) 시간당 200,000원\n"
        "성명  변도윤\n주민등록번호  790412-1234568\n주소  해온시 가람구 별빛로 7\n연락처  010-4471-2290",
        ("none", "partial", ["OIDA-9-1-6", "PIPA-24"]),
    ),
    # a decision notice whose requester is masked quotes 제9조 for the other information only
    (
        "decision-notice-masked-requester",
        "정보공개 결정 통지서\n청구인 | 소○○ 귀하 | 청구 내용 | ○○공원 조성 내부 검토 자료\n"
        "○ 공개 내용: 사업 개요, 예산 총액\n○ 비공개 내용 및 사유: 세부 검토 의견은 제9조 제1항 제5호에 해당하여 비공개\n"
        "○ 불복 구제 절차: 결정 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.",
        ("none", "public", []),
    ),
    # a seizure notice to one named taxpayer: 과세정보 (1) and the person's data (6), whole
    (
        "tax-seizure-notice",
        "○○군\n수신  봉재희 귀하\n제목  지방세 체납액 압류 통지\n1. 체납자 : 봉재희 (생년월일 1970. 2. 3.)\n"
        "2. 체납 내역: 자동차세 2023년 820,000원\n3. 압류 재산: 예금\n4. 근거: 「지방세징수법」 제33조\n끝.",
        ("none", "non_public", ["OIDA-9-1-1", "OIDA-9-1-6"]),
    ),
    # a general tax guide names nobody: public
    (
        "tax-guide",
        "2025년 지방세 체납액 압류 절차 안내\n1. 체납 발생 시 납세 고지 후 독촉장을 발송합니다.\n"
        "2. 독촉 후에도 납부하지 않으면 재산을 압류할 수 있습니다(「지방세징수법」 제33조).\n"
        "3. 문의: 세정과 044-000-0000",
        ("none", "public", []),
    ),
    # a card profiling one '특이 민원' complainant is that person's data, whole
    (
        "complaint-card",
        "특이민원 관리 카드\n민원인\t추영민\t연락처\t010-4418-2290\n1. 민원 요지: 보상금 추가 지급 요구\n"
        "2. 특이 사항: 방문 6회, 전화 40회, 폭언 녹취 2건\n3. 대응 지침: 2인 1조 응대",
        ("none", "non_public", ["OIDA-9-1-6"]),
    ),
    # named officials' performance ratings are their personnel data, whole
    (
        "performance-ratings",
        "2025년 하반기 근무성적평정 결과\n| 성명 | 직급 | 점수 | 등급 |\n| 모건우 | 주무관 | 91.2 | 수 |\n"
        "| 탁서윤 | 주무관 | 84.5 | 우 |\n| 변도진 | 팀장 | 78.0 | 양 |",
        ("none", "non_public", ["OIDA-9-1-6"]),
    ),
    # the 공개 구분 printed as ticked boxes at the end of the 결문, without its label
    (
        "ticked-boxes-closing",
        "○○군\n수신  내부결재\n제목  공유재산 매각 예정가격 검토\n1. 예정가격: 감정가 평균의 95%\n끝.\n"
        "○○군수\n기안자 주무관 모건우   검토자 사무관 탁서윤\n시행  재무과-1234 (2024. 5. 8.)   접수\n"
        "전화번호 043-000-0000  팩스번호 043-000-0001 / □ 공개 □ 부분공개 ■ 비공개 (제5호)",
        ("none", "non_public", ["OIDA-9-1-5"]),
    ),
    # an unannounced inspection's dates and targets defeat it once released (5)
    (
        "unannounced-inspection-plan",
        "2025년 하반기 식품접객업소 불시 점검 계획\n점검 일자|업소명|중점 사항\n2025. 9. 3.|해오름식당|위생 상태\n"
        "2025. 9. 10.|별빛분식|유통기한\n※ 점검 일정은 업소에 사전 통보하지 않음",
        ("none", "non_public", ["OIDA-9-1-5"]),
    ),
    # one foreigner's residence review is that person's data, whole
    (
        "residence-review",
        "체류자격 변경허가 심사 의견서\n1. 신청인: 응우옌 반 훙 (베트남), 외국인등록번호 850412-5123456\n"
        "2. 심사 사항: 소득 요건 미충족, 체류기간 도과 5일\n3. 심사관 의견: 불허",
        ("none", "non_public", ["OIDA-9-1-6", "PIPA-24"]),
    ),
    # a public-interest report names its reporter: withheld whole
    (
        "public-interest-report",
        "공익신고 접수 및 처리\n신고자: 변도윤 (010-2231-0947)\n피신고 기관: (주)해온식품\n"
        "처리: 「공익신고자 보호법」에 따라 신고자 비밀보장, 수사기관 이첩",
        ("none", "non_public", ["OIDA-9-1-6"]),
    ),
    # minutes a rule orders published name their members in their role: public
    (
        "minutes-published-by-ordinance",
        "제3차 지역교통협의회 회의록(공개)\n참석위원: 위원장 모건우, 위원 탁서윤, 변도진\n"
        "탁서윤 위원: 노선 조정안을 보완할 필요가 있음.\n심의 결과: 원안 가결\n"
        "※ 이 회의록은 「○○시 지역교통협의회 운영 조례」에 따라 홈페이지에 공개함",
        ("none", "public", []),
    ),
    # a training handout's masked example number is an example, not a person's
    (
        "privacy-training-example",
        "개인정보 보호 교육 자료\nQ1. 민원서식에 주민등록번호를 받아도 되나요?\n"
        "A. 법령에서 허용한 경우에만 처리할 수 있습니다. 예시: 900101-1******\n여권번호 기재 예: M00000000",
        ("none", "public", []),
    ),
    # a survey report is public; its appendix of interviewees with their numbers is withheld
    (
        "survey-with-interviewee-list",
        "농촌 고령자 이동권 실태조사\n제1장 서론 - 연구 배경 및 방법(설문 1,200부, 심층면담)\n"
        "제2장 현황 분석 - 응답자의 70%가 개선 필요\n부록 2. 심층면담 참여자 명단\n연번 | 면담자 | 직업 | 연락처\n"
        "1 | 모건우 | 농업 | 010-2231-0947\n2 | 탁서윤 | 자영업 | 010-7027-1142",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
    # a stamp under a '보안등급' column heading of the document-information table
    (
        "stamp-under-column-heading",
        "문서번호\t보안등급\t보존기간\n총무-4410\t[대외비]\t5년\n청사 출입 통제 강화 방안\n1. 추진 배경\n2. 세부 계획",
        ("대외비", "non_public", ["OIDA-9-1-3"]),
    ),
    # an inquiry between agencies about a person in a pending case: 4, whole
    (
        "investigation-inquiry",
        "○○경찰서\n제목  통신 가입자 사실 조회 의뢰\n1. 내사 중인 사건과 관련하여 아래 사람의 가입 사실을 조회하여 주시기 바랍니다.\n"
        "  가. 성명: 모건우\n  나. 생년월일: 1983. 4. 2.\n2. 회신 시 보안에 유의 바랍니다.",
        ("none", "non_public", ["OIDA-9-1-4", "OIDA-9-1-6"]),
    ),
    # an audit asks for a light discipline of a named official: the name goes (6)
    (
        "audit-discipline-named",
        "처분요구서\n제목: 물품 검수 소홀\n1. 내용: 검수 조서를 확인하지 않고 대금을 지급하였다.\n"
        "2. 조치할 사항: ○○군수는 위 관련자 탁서윤에게 경고 처분을 하시기 바랍니다.",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
    # questioners at a residents' meeting, named beside their mobile numbers (6)
    (
        "meeting-questioners",
        "하수처리장 증설 주민설명회 결과\n1. 참석: 주민 40명\n질문자\t연락처\t질의 내용\n"
        "모건우(상리)\t010-5521-0392\t악취 저감 대책\n탁서윤(하리)\t010-8813-2047\t공사 기간",
        ("none", "partial", ["OIDA-9-1-6"]),
    ),
]


def test_content_stricter_than_the_stated_field_is_held() -> None:
    """A 공개 stated on an audit interview record keeps the author's label but is held for a reviewer."""
    text = (
        "복무 감사 문답 기록\n진술인\t시설주사 마루한 (도로관리과)\n"
        "문: 진술인은 준공 검사를 하였나요.\n답: 예, 하였습니다.\n"
        "문: 대금을 먼저 지급한 이유는 무엇인가요.\n답: 업체의 요청이 있었습니다.\n"
        "시행 감사담당관-123 (2025. 5. 2.) 접수\n/ 공개"
    )
    sens = classify_text(text)
    assert sens.disclosure == "public"
    assert "review.content_stricter_than_field" in sens.review


def test_guide_examples_and_grade_tables_mark_nothing() -> None:
    """(sealed_l's classes, written afresh) an example 예고문 introduced on the line before, and a table
    of the grades (how each is marked and kept), are mentions in a guide, not stamps."""
    text = (
        "보안 실무 안내\n1. 예고문은 다음과 같이 적는다(예시):\n- 예고문: 2028. 3. 31.까지 Ⅱ급비밀, 이후 일반문서로 재분류\n"
        "2. 보관 기준\n등급\t표시 위치\t보관\nⅡ급비밀\t상하단 중앙\t이중 잠금\n대외비\t상하단 중앙\t잠금 캐비닛"
    )
    assert classify_text(text).marking == "none"


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_content_classes(case: str, text: str, expected: tuple[str, str, list[str]]) -> None:
    sens = classify_text(text)
    assert (sens.marking, sens.disclosure, sens.reasons) == expected
