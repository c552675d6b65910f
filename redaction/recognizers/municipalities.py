"""Local governments the text itself shows to be places: '○○시', '○○군수', '○○구청' when the same name stands
elsewhere in the text with its head's title, its office or its council ('○○시장', '○○군청', '○○구의회').

Documents name local governments the analyser's place list may not know (a newly named one, or the invented
ones of templates and examples), and their shape (two or three syllables, a surname first) is a person's. The
text settles it: a person is not the head of an office bearing their name. (A department after the name,
'○○시 복지정책과', is no proof: a name ending in 시 reads the same before '선생님과' or '복지정책관과'.)
"""

from __future__ import annotations

import re

from ..textview import TextView

_SHAPE = re.compile(r"(?P<stem>[가-힣]{1,3})(?P<unit>[시군구])(?:장|수|청장|청)?")
# the unit's own office, head or council, written right after the same stem
_INSTITUTION = {
    "시": r"시(?:장|청|의회)",
    "군": r"군(?:수|청|의회)",
    "구": r"구(?:청장|청|의회)",
}


def municipality(view: TextView, value: str) -> bool:
    """`value` (spaces removed) is a local government's name, its head's title or its office, as the
    same text shows elsewhere."""
    m = _SHAPE.fullmatch(value)
    if m is None:
        return False
    stem, unit = re.escape(m.group("stem")), m.group("unit")
    return re.search(rf"(?<![가-힣]){stem}{_INSTITUTION[unit]}", view.norm) is not None
