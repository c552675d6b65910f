"""Names written in Han characters where a field or a column says a name stands.

Older Korean records write names in Hanja ('성명: 金 大 中'), and visa, immigration and travel lists carry
Chinese and Japanese names under their own headers ('姓名', '氏名'). The Hangul name rules never read those
characters, so such a name passed untouched. A label or a column header is what makes two to four
ideographs a person's name here: outside a name slot the same characters are as often a word or a firm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..textview import TextView

_HAN = r"[\u4e00-\u9fff\uf900-\ufaff]"
_ANY_HAN = re.compile(_HAN)
# the name itself: two to four ideographs, run together or spaced one by one ('王晓明', '金 大 中')
_NAME = rf"{_HAN}(?:[ ]?{_HAN}){{1,3}}"
_LABELS = r"성\s*명|이\s*름|姓\s*名|氏\s*名|名\s*前|한\s*자\s*(?:성\s*명|이\s*름)"
# (a family register's entries name the head, the parents and the spouse: '戶主 ○○○', '(配偶者 ○○○)'; a
# deed its parties: '賣渡人 ○○○')
_KIN_LABELS = r"戶\s*主|호\s*주|配\s*偶\s*者|배\s*우\s*자|父|母|夫|妻|賣\s*渡\s*人|買\s*受\s*人|申\s*請\s*人|代\s*理\s*人"
# a labelled field: the label (a bracketed note may follow: '성명(한자)'), a colon or spaces, then the name,
# two to four ideographs and no more ('姓名：○○○ 护照号码：…', '賣渡人 ○○○ 住所 …')
_FIELD = re.compile(
    rf"(?<![\u4e00-\u9fff가-힣])(?:{_LABELS}|{_KIN_LABELS})(?:[ ]?[(（][^()（）\n]{{1,8}}[)）])?(?:[ \t]*[:：][ \t]*|[ \t]+)"
    rf"(?P<value>{_NAME})(?!{_HAN})",
    re.MULTILINE,
)
# a cell that holds a name alone, to be read under its column's header
_CELL = re.compile(
    rf"(?:^|(?<=[|\t])|(?<=[ ]{{2}}))[ ]*(?P<value>{_NAME})[ ]*(?=[|\t\n]|[ ]{{2}}|$)", re.MULTILINE
)
_NAME_HEADER = re.compile(
    rf"^[ ]*(?:{_LABELS}|(?:Full[ ]|Given[ ]|Family[ ])?[Nn]ame|NAME)(?:[ ]?[(（][^()（）]{{1,12}}[)）])?[ ]*$"
)
# what a name field holds instead of a name: the person themself, 'omitted', 'as above', 'unknown'
_NO_NAME = frozenset(("本人", "省略", "同上", "上同", "不明", "未詳", "未詳細", "無", "없음"))
_FIRM_ENDINGS = (
    "公司",
    "会社",
    "會社",
    "大學",
    "大学",
    "學校",
    "学校",
    "銀行",
    "银行",
    "法人",
    "集團",
    "集团",
)


def han_names(view: TextView) -> Iterator[tuple[int, int]]:
    """(start, end) of the names in Han characters that a name field or a name column holds."""
    norm = view.norm
    if _ANY_HAN.search(norm) is None:
        return
    for m in _FIELD.finditer(norm):
        if _a_name(m.group("value")):
            yield m.span("value")
    for m in _CELL.finditer(norm):
        start = m.start("value")
        if _a_name(m.group("value")) and _NAME_HEADER.match(view.column_header(start)):
            yield m.span("value")


def _a_name(value: str) -> bool:
    bare = value.replace(" ", "")
    return bare not in _NO_NAME and not bare.endswith(_FIRM_ENDINGS)
