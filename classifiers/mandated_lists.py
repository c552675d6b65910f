"""Lists a statute orders published: 정보공개법 제9조 제1항 제6호 가목.

A 고액·상습체납자 명단 (지방세징수법 제11조), 공직자 재산 등록사항 (공직자윤리법 제10조) or a 위반업소
공표 (식품위생법 제84조) names people on purpose: the law that requires the publication is the
document's own opening ("「…법」 제N조에 따라 … 공개합니다"). Such a roster is not a reason to withhold;
identifiers beyond what the list needs (주민등록번호, 연락처) still are, and are judged elsewhere.
"""

from __future__ import annotations

import re

from .text import Line

_PUBLISHED_UNDER = re.compile(
    r"「(?P<law>[^」]{2,40})」\s*(?:제\s*\d+\s*조(?:\s*의\s*\d+)?(?:\s*제\s*\d+\s*항)?)?[^.\n]{0,40}?"
    r"(?:명단|인적\s*사항|위반\s*사실|등록\s*사항|처분\s*사실|내역)?[^.\n]{0,20}?"
    r"(?<!비)(?<!부분)(?:공\s*개|공\s*표|게\s*시)(?:합니다|한다|함|하오니|하고자|하며|합니다\.)"
)
_OPENING_LINES = 8
# … or says so of itself anywhere: '※ 이 회의록은 「○○ 운영 조례」에 따라 홈페이지에 공개함'
_SELF_PUBLISHED = re.compile(
    r"(?:이|본)\s*(?:회\s*의\s*록|문\s*서|명\s*단|자\s*료|결\s*과)\s*(?:은|는)\s*「(?P<law>[^」]{2,40})」"
    r"[^.\n]{0,30}?(?<!비)(?<!부분)(?:공\s*개|공\s*표|게\s*시)(?:함|합니다|한다)"
)


def published_by_law(lines: list[Line]) -> bool:
    """The document opens by citing the statute under which it publishes what follows."""
    for line in lines[:_OPENING_LINES]:
        m = _PUBLISHED_UNDER.search(line.text)
        if m and "정보공개" not in m.group("law"):
            return True
    return any(
        (m := _SELF_PUBLISHED.search(line.text)) is not None and "정보공개" not in m.group("law")
        for line in lines
    )
