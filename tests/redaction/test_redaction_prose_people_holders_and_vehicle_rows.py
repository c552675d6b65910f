"""People as running prose and reports write them, and what stands where a name would but names nobody:
children with 군/양 before their age or birth date, a grade in brackets before an official, a holder
said in a sentence, a crew listed after its role, Latin names in title case beside their transcription,
officials before a disciplinary measure or a title with 님, a firm's head in brackets, a statement's maker;
not names: a surname with 씨 alone, chat speakers' roles, a seal's note, fillers with a particle, a place
in a roster's cell, a bilingual form's English title, a snack bar. Plates in their own cell of a person's
row; an office's address in a letter footer or under a reply's contact line. Every value is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "child with 군 and an age",
        "글짓기 부문 금상은 중학교 2학년 옹겸 군(14)에게 돌아갔다.",
        "옹겸",
    ),
    (
        "PERSON",
        "pupil with 양 and a birth date",
        "이번 상담은 1학년 7반 윤슬 양 (생년월일 2008. 3. 4.)과 진행했다.",
        "윤슬",
    ),
    (
        "PERSON",
        "grandchild before a birth date",
        "같이 지내는 손녀 하늘 (생년월일 2018. 4. 2.)을 돌보고 있다.",
        "하늘",
    ),
    ("PERSON", "grade in brackets before an official", "세무주사보(7급) 옹은결 | 징수과 → 민원과", "옹은결"),
    ("PERSON", "holder said with a copula", "[14:02] 문의자: 예금 명의는 탄비예요", "탄비"),
    ("PERSON", "holder said with (으)로", "입금할 통장의 예금주는 옹겸(으)로 적혀 있었다.", "옹겸"),
    ("PERSON", "crew listed after its role", "구조대원  옹겸, 탄 비, 편빛새  (북부소방서)", "옹겸"),
    (
        "PERSON",
        "title-case Latin before transcription and age",
        "장려상은 Oskar Lindqvist(오스카르 린드크비스트, 37) 씨에게 돌아갔다.",
        "Oskar Lindqvist",
    ),
    (
        "PERSON",
        "whole transcription after title-case Latin",
        "장려상은 Oskar Lindqvist(오스카르 린드크비스트, 37) 씨에게 돌아갔다.",
        "오스카르 린드크비스트",
    ),
    (
        "PERSON",
        "Hangul name before title-case Latin and 님",
        "펜나 더프리스(Fenna Devries) 님, 요청하신 서류를 보냅니다.",
        "펜나 더프리스",
    ),
    (
        "PERSON",
        "Latin name before its status in brackets",
        "동거인: Rosa Quispe(페루 국적, 27세)",
        "Rosa Quispe",
    ),
    (
        "PERSON",
        "official before a disciplinary measure",
        "3. 조치 요구\n  ○ 옹은결: 경징계 요구, 탄비: 경고",
        "탄비",
    ),
    (
        "PERSON",
        "firm's head in brackets before its numbers",
        "솔밭인쇄(주)(대표 하늘, 사업자등록번호 214-87-30591)",
        "하늘",
    ),
    (
        "PERSON",
        "maker of a statement in evidence",
        "증거\n1. 고소장 사본\n1. 하늘의 진술서",
        "하늘",
    ),
    (
        "PERSON",
        "name before a title with 님",
        "저도 탄비 위원님 말씀에 동의합니다.",
        "탄비",
    ),
    (
        "KR_VEHICLE_PLATE",
        "plate in its own cell of a visitors' log row",
        "09:12   옹겸    방문  010-3141-5926  52서7731    상담\n10:40   탄비    방문  010-2718-2818  64노1208    접수",
        "64노1208",
    ),
    (
        "KR_ADDRESS",
        "a citizen's labelled address",
        "신청인: 옹겸\n주소: (12345) 충청남도 논산시 달뫼길 17",
        "충청남도 논산시 달뫼길 17",
    ),
]
NOT_FOUND: list[Case] = [
    ("PERSON", "surname and 씨 with a particle", "경찰은 운전자 남씨가 신호를 어긴 것으로 본다.", "남씨가"),
    (
        "PERSON",
        "seal's note after a chair",
        "2025. 1. 9.\n○○시 보조금심의위원회 위원장 (관인생략)",
        "관인생략",
    ),
    ("PERSON", "filler with a particle", "가해자 성명 미상으로 수사 중이다.", "미상으"),
    ("PERSON", "arrest in a police report", "경위서: 피의자 현행범 검거 후 인계", "현행범"),
    (
        "PERSON",
        "chat speaker's role",
        "[오전 9:01] 이용자: 서류 발급이 안 돼요\n[오전 9:02] 이용자: 다시 해 볼게요",
        "이용자",
    ),
    (
        "PERSON",
        "place of issue in a roster's cell",
        "  옹겸  ONG GYEOM  M31415926  1988-07-07  태국 방콕  2025. 2. 3.\n"
        "  탄비  TAN BI  M27182818  1990-08-08  인도 뭄바이  2025. 2. 4.\n"
        "  편다올  PYEON DAOL  M16180339  1991-09-09  러시아 모스크바  2025. 2. 5.",
        "인도 뭄바이",
    ),
    (
        "PERSON",
        "bilingual form's English title",
        "외국인 체류 신고서 (EXTENSION REQUEST)\n\n성명 Name  ONG GYEOM",
        "EXTENSION REQUEST",
    ),
    ("PERSON", "decision's label before a measure", "의결주문: 견책\n이유: 업무 소홀", "의결주문"),
    ("PERSON", "snack bar", "감사 결과 담당자는 솔밭분식(대표 탄비)과 수의계약을 맺었다.", "솔밭분식"),
    (
        "PERSON",
        "status in brackets is no transcription",
        "동거인: Rosa Quispe(페루 국적, 27세)",
        "페루 국적",
    ),
    (
        "KR_VEHICLE_PLATE",
        "case number under its header",
        "사건번호 | 선고\n88도1234 | 1988. 5. 6.",
        "88도1234",
    ),
    (
        "KR_ADDRESS",
        "office address in a footer with an extension",
        "기안자 주사 옹겸\n우 314-159  충청남도 논산시 달뫼길 17\n전화 (041) 271-8281 (내선)",
        "충청남도 논산시 달뫼길 17",
    ),
    (
        "KR_ADDRESS",
        "office address under a reply's contact line",
        "문의: 징수과 탄비 주무관 (041-271-8281)\n주소: (12345) 충청남도 논산시 달뫼길 17",
        "충청남도 논산시 달뫼길 17",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
