"""Field labels OCR misread, restored so that column headers and labels are recognised.

Scanned forms come back with a vowel or a stroke of a label's syllable misread into a neighbouring
glyph: 번호 as 변호 (여권변호, 계좌변호), 월일 as 윌일 (생년윌일), 성명 as 셩명 or 싱명, 연락처 as 연락쳐, 예금주
as 예곰주. A recognizer that looks for the column's header then misses every value under it, and the
person recognizer reads the misread label itself as a name. Each fix is one syllable for one, only
inside the label it belongs to and only where the label stands as a word (변호사 and 변호인 stay
lawyers), so offsets are unchanged.
"""

from __future__ import annotations

import re

_NUMBER_LABEL = re.compile(
    r"(?:여권|계좌|카드|등록|면허|전화|주민|차량|연락|휴대|보험증|사업자|관리|접수|증서)[ ]?변(?=[ ]?호(?![사인]))"
)

# Labels of the fields that hold a person or their number, and the glyphs OCR confuses each syllable
# with (never a confusion that makes another word: 성 is not read back from 정, 소 not from 조).
_LABELS = (
    "성명",
    "연락처",
    "예금주",
    "생년월일",
    "보호자",
    "대표자",
    "신청인",
    "청구인",
    "주소",
    "휴대전화",
    "여권번호",
    "주민등록번호",
    "외국인등록번호",
    "계좌번호",
    "전화번호",
)
_CONFUSED = {
    "명": "멍멩맹",
    "성": "섬셩싱",
    "처": "저쳐치",
    "금": "긍곰굼",
    "월": "윌윋",
    "주": "쥬",
    "연": "언엔",
    "락": "릭럭",
    "호": "흐효",
    "보": "브",
    "표": "포",
    "자": "쟈",
    "신": "산",
    "청": "칭",
    "구": "그",
    "인": "익",
    "휴": "후",
    "대": "데",
    "화": "하",
    "권": "궐궨",
    "번": "빈",
    "록": "륵",
}


def _misreadings() -> dict[str, str]:
    """Every label with one of its syllables misread, mapped to the label."""
    table: dict[str, str] = {}
    for label in _LABELS:
        for i, syllable in enumerate(label):
            for glyph in _CONFUSED.get(syllable, ""):
                table[label[:i] + glyph + label[i + 1 :]] = label
    return table


_MISREAD = _misreadings()
# (two misreadings also folded inside longer labels and across a space: '생년 윌일', '환자셩명')
_BIRTH_LABEL = re.compile(r"생년[ ]?윌(?=[ ]?일)")
_NAME_LABEL = re.compile(r"셩(?=[ ]?명)")
# a label stands alone or before a particle: '| 싱명 |', '셩명·연락쳐는'
_MISREAD_LABEL = re.compile(
    rf"(?<![가-힣])(?:{'|'.join(sorted(_MISREAD, key=len, reverse=True))})(?=(?:[은는이가을를의와과란])?(?![가-힣]))"
)
_HINT = re.compile(f"[변{''.join(sorted({g for glyphs in _CONFUSED.values() for g in glyphs}))}]")


def fold_labels(text: str) -> str:
    """`text` with misread label syllables restored (same length)."""
    if not _HINT.search(text):
        return text
    text = _NUMBER_LABEL.sub(lambda m: m.group().replace("변", "번"), text)
    text = _BIRTH_LABEL.sub(lambda m: m.group().replace("윌", "월"), text)
    text = _NAME_LABEL.sub("성", text)
    return _MISREAD_LABEL.sub(lambda m: _MISREAD[m.group()], text)
