"""Who in a document is an official acting in their role, for the `keep_officials` policy.

정보공개법 제9조 제1항 제6호 다목 lets a public body disclose the names of its officials when they act
in their duties: the 결재란's 기안자·검토자·결재권자·협조자, a 담당자 line, a name beside its rank or
post (주무관 한지우, 한지우 과장). A name seen once in such a role is that official's wherever else the
document repeats it, so the decision is made per document, before any text is rewritten: the same
person is never kept in one place and redacted in the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_RANKS = (
    r"주무관|사무관|서기관|부이사관|이사관|관리관|주사보|주사|서기보|서기|연구관|연구사|지도관|지도사|"
    r"과장|팀장|국장|실장|담당관|계장|센터장|소장|본부장|단장|차관|장관|청장|시장|군수|구청장|도지사|교육감"
)
_SIGN_OFF = r"기안자|검토자|결재권자|협조자|담당자|담당|전결|대결|발신자"
# a rank or sign-off word right before the name (주무관 한지우, 기안자 행정주사 한지우, 담당자: 한지우)
_BEFORE = re.compile(rf"(?:{_RANKS}|{_SIGN_OFF})[ \t]*[:：]?[ \t]*(?:[가-힣]{{1,8}}(?:{_RANKS})[ \t]+)?$")
# … or right after it (한지우 주무관, 한지우 과장(☎ …))
_AFTER = re.compile(rf"^[ \t]*(?:{_RANKS})(?![가-힣])")


def official_names(texts: Iterable[str], spans: Iterable[tuple[int, int, int]]) -> set[str]:
    """Names (PERSON values) that appear at least once beside a rank or a sign-off label.

    `texts` are the analysed texts; `spans` are (text index, start, end) of their PERSON findings.
    """
    pool = list(texts)
    names: set[str] = set()
    for index, start, end in spans:
        text = pool[index]
        value = text[start:end].strip()
        if len(value) < 2:
            continue
        if _BEFORE.search(text[max(0, start - 24) : start]) or _AFTER.match(text[end : end + 8]):
            names.add(value)
    return names
