"""Field labels OCR misread, restored so that column headers and labels are recognised.

Scanned forms come back with a vowel or a stroke of a label's syllable misread into a neighbouring
glyph: 번호 as 변호 (여권변호, 계좌변호), 월일 as 윌일 (생년윌일), 성명 as 셩명. A recognizer that looks for
the column's header then misses every value under it. Each fix is one syllable for one, only inside
the label it belongs to (변호사 and 변호인 stay lawyers), so offsets are unchanged.
"""

from __future__ import annotations

import re

_NUMBER_LABEL = re.compile(
    r"(?:여권|계좌|카드|등록|면허|전화|주민|차량|연락|휴대|보험증|사업자|관리|접수|증서)[ ]?변(?=[ ]?호(?![사인]))"
)
_BIRTH_LABEL = re.compile(r"생년[ ]?윌(?=[ ]?일)")
_NAME_LABEL = re.compile(r"셩(?=[ ]?명)")
_HINT = re.compile("[변윌셩]")


def fold_labels(text: str) -> str:
    """`text` with misread label syllables restored (same length)."""
    if not _HINT.search(text):
        return text
    text = _NUMBER_LABEL.sub(lambda m: m.group().replace("변", "번"), text)
    text = _BIRTH_LABEL.sub(lambda m: m.group().replace("윌", "월"), text)
    return _NAME_LABEL.sub("성", text)
