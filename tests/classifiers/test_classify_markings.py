"""Security markings: real stamp variants are found, mentions of the same words are not.

Held-out cases written for these tests (not taken from pii-dev): the stamp forms of 보안업무규정
시행규칙 and the mention-only texts a ministry actually circulates (보안 교육, 재분류 통보, 인사 발령).
"""

from __future__ import annotations

import pytest
from shared_core import classify_text

BODY = "2026년 하반기 통상 협상 대응 방안\n1. 검토 배경: 상대국 요구 사항 분석\n2. 대응 방향: 단계별 양보안 마련\n"

STAMPED = [
    # OCR read the Roman numerals as letters or bars
    ("lll급비밀\n" + BODY + "lll급비밀", "III급"),
    ("Il 급 비 밀\n" + BODY, "II급"),
    # the grade in a '보안구분' or '문서등급' cell of the header table
    ("문서번호\t기획과-77\t보안구분\t[Ⅱ급비밀]\t보호기간\t2030. 12. 31.까지\n" + BODY, "II급"),
    ("문서등급\t《대외비》\n" + BODY, "대외비"),
    # the document saying what it is
    (BODY + "※ 이 보고서는 Ⅲ급 비밀임. 무단 복제 금지", "III급"),
    (BODY + "본 문서의 보안등급은 【대외비】입니다.", "대외비"),
    # the top stamp run into the title by the layout
    ("문서번호\t기획과-78\nⅡ 급 비 밀 서해 ○○ 해역 경계 강화 계획\n1. 목적: 감시 보강", "II급"),
    ("대외비\n" + BODY + "대외비", "대외비"),
    ("대 외 비\n" + BODY, "대외비"),
    ("[대외비]\n" + BODY, "대외비"),
    ("《 대외비 》\n" + BODY, "대외비"),
    (BODY + "2027. 6. 30.까지 대외비", "대외비"),
    ("대외비(보호기간: 2026. 12. 31.까지)\n" + BODY, "대외비"),
    ("보안등급 : 대외비\n" + BODY, "대외비"),
    ("對外秘\n" + BODY, "대외비"),
    (BODY + "\n- 3 -\n對夕卜秘", "대외비"),  # OCR read 外 as its two halves
    ("對外禾必\n" + BODY, "대외비"),  # … and 秘 likewise
    ("Ⅲ급비밀\n" + BODY + "Ⅲ급비밀", "III급"),
    ("III급 비밀\n" + BODY, "III급"),
    ("3급 비밀\n" + BODY, "III급"),
    ("Ⅲ 급 비 밀\n" + BODY, "III급"),
    ("비밀(Ⅲ급)\n" + BODY, "III급"),
    ("ＩＩ급 비밀\n" + BODY, "II급"),
    ("군사Ⅱ급비밀\n" + BODY, "II급"),
    ("비밀(Ⅱ급)\n사본번호: 제 2 호 (총 5부)\n" + BODY, "II급"),
    ("Ⅰ급비밀\n" + BODY, "I급"),
    # only the 예고문 survived conversion: it still states the document's own grade
    (BODY + "예고문: 2030. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류", "III급"),
    # a 결재 header table: the grade sits in the cell after its label
    ("문서번호\t기획과-123\t보안등급\t대외비\t공개구분\t비공개(5)\n" + BODY, "대외비"),
    # the highest stamp wins when a 대외비 document carries a secret attachment page
    ("대외비\n" + BODY + "Ⅱ급비밀", "II급"),
    # the stamp is the first cell of a 결재 header row, next to the document number and date
    ("Ⅱ급비밀\t현장대응단-5186\t2026. 10. 8.\n" + BODY, "II급"),
    ("대외비\t문서번호: 정책기획과-118\t시행일자: 2026. 9. 2.\n" + BODY, "대외비"),
    # … or the last cell of a footer row
    (BODY + "시행 경비과-77 (2026. 3. 2.)\tⅢ급비밀", "III급"),
    # decoration that is not brackets: slashes, box-drawing rules, 사본번호 on the stamp line
    ("//Ⅰ급비밀//\n" + BODY, "I급"),
    ("┌────┐\n│ 대 외 비 │\n└────┘\n" + BODY, "대외비"),
    ("Ⅲ급비밀 (사본 제3호)\n" + BODY, "III급"),
    ("III급 비밀   사본번호 1/3\n" + BODY, "III급"),
    ("III 급비밀\n" + BODY, "III급"),
    # older forms put the grade after the word, and write it in Hanja
    ("비밀 Ⅲ급\n" + BODY + "비밀 Ⅲ급", "III급"),
    ("비밀 2급 사본 제1호\n" + BODY, "II급"),
    ("Ⅱ級 秘密\n" + BODY, "II급"),
    ("2급비밀 사본번호: 2번\n" + BODY, "II급"),
    # the stamp is a cell under a 보안등급 heading of a plain-text 결재 table (cells split by spaces)
    ("보안등급  기안자  검토자  결재권자\n<대외비>  주무관  팀장  과장\n" + BODY, "대외비"),
    ("|보안등급|담당|과장|\n|Ⅲ급 秘密|주무관|전결|\n" + BODY, "III급"),
    # a 예고문 that conversion joined onto the last sentence still states the grade
    (BODY + "3. 향후 조치: 관계기관 통보 예고문: 2031. 1. 31.까지 Ⅱ급비밀, 이후 일반문서로 재분류", "II급"),
]

MENTIONS = [
    # a sentence or a guide title starting with a grade is not a stamp run into a title
    "Ⅲ급비밀 문서는 지정된 금고에 보관한다.\n보안 교육 자료",
    "대외비 문서 관리 요령\n1. 대외비는 잠금장치가 있는 용기에 보관",
    # '해당 자료는 Ⅲ급비밀로 분류되어 있어 별도 송부': the attachment is classified, not this letter
    "을지연습 자료 송부\n1. 해당 자료는 Ⅲ급비밀로 분류되어 있으므로 비밀 수발 절차에 따라 별도 송부합니다.",
    # 보안 교육 자료: how to stamp, not a stamp
    "보안업무 교육 자료\n1. 대외비 문서는 각 면의 위·아래 가운데에 '대외비'라고 표시한다.\n"
    "2. Ⅲ급비밀은 비밀 취급 인가자만 열람할 수 있다.\n3. 예시) 2025. 12. 31.까지 대외비",
    "3. 대외비 관리\n  가. 대외비는 잠금장치가 있는 용기에 보관한다.",
    # declassification notice listing other documents
    "보호기간 만료 비밀 재분류 통보\n- 관리번호 제2019-3호 (Ⅲ급비밀) → 일반문서 (2024. 1. 2.)\n"
    "- 관리번호 제2020-11호 (대외비) → 일반문서",
    # prose about the 예고문 of other documents
    "비밀 관리 요령\n예고문이란 비밀의 보호기간과 재분류 시기를 적은 것으로, 예고문: 2030. 1. 1.까지 로 적는다.",
    "인사 발령\n비밀 취급 인가: 2급 (과장급 이상)",
    # cover letter: the attachment is classified, the letter is not
    "수신  국방부장관(군사정책과장)\n제목  비상대비 계획 송부\n1. 붙임 계획은 Ⅱ급 비밀이므로 보안 전송망으로 별도 송부합니다.  끝.\n공개구분: 공개",
    # civil-service grades, not secrecy levels
    "인사 발령\n○ 3급(부이사관) 김○○  기획조정실 정책기획관\n○ 2급 상당 일반임기제 이○○\n○ 1급(관리관) 승진 박○○",
    # passwords and confidentiality duties
    "전산망 비밀번호 변경 안내\n1. 비밀번호는 9자리 이상으로 설정하십시오.\n2. 업무상 알게 된 비밀을 누설하지 마십시오.",
    # public audit summary that counts security lapses
    "2025년 보안 감사 결과(공개)\n가. 대외비 문서 무단 반출 2건\n나. III급 비밀 보관 용기 관리 미흡 1건",
    # 대외 비용: external costs, not 대외비
    "해외 홍보 사업 정산\n1. 대외 비용 집행 내역: 12,000,000원",
    "보안등급: 일반\n업무 협조 요청",
    # a table row in the middle of a report that counts stamps is not a stamp cell
    "보안 점검 결과\n1. 개요\n2. 점검 대상 문서\n대외비\t12건\n3. 조치: 시정\n4. 기타\n5. 향후 계획",
    # a header row with two grades (a form), not one stamp
    "Ⅲ급비밀\t대외비\t일반\n관리 대장",
    # a security form whose column headings list the grades
    "비밀 열람 기록\nⅡ급\tⅢ급\t대외비\t일반\t성명\t서명\n2025.1.2\t1\t0\t2\t김○○\t(서명)",
]


@pytest.mark.parametrize(("text", "marking"), STAMPED)
def test_stamp_variants_are_markings(text: str, marking: str) -> None:
    sens = classify_text(text)
    assert sens.marking == marking
    assert sens.disclosure == "non_public"
    assert ("OIDA-9-1-1" in sens.reasons) == (marking != "대외비")


@pytest.mark.parametrize("text", MENTIONS)
def test_mentions_are_not_markings(text: str) -> None:
    assert classify_text(text).marking == "none"


def test_marking_evidence_names_the_stamp() -> None:
    sens = classify_text("대외비\n" + BODY)
    marks = [e for e in sens.evidence if e.label == "대외비"]
    assert marks and marks[0].source == "marking.stamp" and marks[0].snippet == "대외비"


def test_labelled_cell_evidence_is_only_the_cell() -> None:
    sens = classify_text("문서번호\t기획과-123\t기안자\t홍가온\t보안등급\t대외비\n" + BODY)
    assert [(e.source, e.snippet) for e in sens.evidence if e.label == "대외비"] == [
        ("marking.field", "보안등급: 대외비")
    ]
