"""Non-public cues the rules cannot resolve into a level: held for a person to decide.

An informal internal marking ('[내부용]', '취급주의', '외부 배포 금지', 'Confidential') is no 보안업무규정 marking and
no 정보공개법 ground, yet it says the author did not mean the document for release; a note that the
document is an internal draft ('내부 검토 단계 자료') says the same. The rules cannot tell a harmless
staff notice from an undisclosed deliberation, so such a document is not routed public by them: it is
held (route `review`) until a compliance officer's recorded decision releases or keeps it.
"""

from __future__ import annotations

import re

from .text import Hit, Line

_CUE = (
    r"내\s*부\s*용|대\s*내\s*용|내\s*부\s*검\s*토\s*용?|내\s*부\s*자\s*료|취\s*급\s*주\s*의|"
    r"(?:외\s*부|대\s*외)\s*(?:배\s*포|유\s*출|공\s*개)\s*(?:금\s*지|불\s*가)|배\s*포\s*(?:금\s*지|제\s*한)|열\s*람\s*제\s*한|"
    # (in English, as bodies dealing with foreign partners stamp it: 'Confidential', 'Internal Use Only')
    r"(?i:confidential|(?:for\s+)?internal\s+use(?:\s+only)?|not\s+for\s+(?:distribution|release))"
)
# A line of nothing but such labels and decoration; several may be joined: '대내용 - 배포 제한', or one
# may gloss another in brackets: '대외 배포 금지(내부용)'.
_INFORMAL = re.compile(
    r"^[\s\[(<《【〈「*※■□◆◇]*"
    rf"(?P<cue>{_CUE})(?:[\s\])>》】〉」*]*(?:[-·/,|]|(?=[\[(<《【〈「]))[\s\[(<《【〈「*]*(?:{_CUE}))*"
    r"[\s\])>》】〉」*]*$"
)
# … or closing the title line in brackets: '민원 다발 사업장 대응방안 검토 (취급주의)'
_TITLE_INFORMAL = re.compile(rf"\S.*?[\[(【《<]\s*(?P<cue>{_CUE})\s*[\])】》>]\s*$")
_DRAFT_NOTE = re.compile(
    r"(?:내\s*부|의회\s*제출\s*전|확정\s*전|협의\s*전)\s*(?:검\s*토|조\s*정|협\s*의|논\s*의)\s*(?:단\s*계|중|용)"
    # (or a draft before the body that decides: '※ 이 표는 심의 전 초안임')
    r"|(?:심\s*의|의\s*결|확\s*정|결\s*재|보\s*고)\s*전\s*(?:의\s*)?초\s*안"
    # (or material before the decision it prepares: '※ 당사자 소명을 듣는 중으로 처분 확정 전 자료')
    r"|(?:처\s*분|징\s*계|결\s*과)\s*확\s*정\s*전\s*(?:자\s*료|단\s*계)|소\s*명\s*절\s*차\s*(?:진\s*행\s*)?중"
)
_ZONE = 3  # lines at the top or bottom where an informal marking sits


def review_cues(lines: list[Line]) -> list[Hit]:
    """Informal markings at the top or bottom (a line or a cell of its own) and internal-draft notes."""
    hits: list[Hit] = []
    for line in lines:
        near_edge = (
            line.index < _ZONE or line.index >= len(lines) - _ZONE or line.kind in ("header", "footer")
        )
        cells = [line.text] + ([c for c in line.cells() if c] if near_edge else [])
        informal = next((m for c in cells if near_edge and (m := _INFORMAL.match(c))), None)
        if informal is None and line.index < _ZONE:
            informal = _TITLE_INFORMAL.match(line.text)
        if informal:
            hits.append(Hit("review", "review.informal_marking", line.block, informal.group("cue")))
        elif (m := _DRAFT_NOTE.search(line.text)) and line.text.lstrip().startswith(("※", "*", "주)", "(주")):
            hits.append(Hit("review", "review.internal_draft_note", line.block, m.group(0)))
    return hits
