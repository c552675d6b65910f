"""Chat exports that head each message with its sender and the time.

A messenger's export or a pasted group chat writes the sender's name beside the time of each message, in one
of a few fixed layouts: the name alone on a line with the time in brackets ('○○○ (13:42)'), a line opening
with the date and time and then 'name : message' (a phone messenger's text export), the name and the time in
square brackets ('[○○○] [오후 2:14] …', its PC export), or the name, a wide gap and the time (a team
chat's); a transcript's speakers in square brackets at the head of each turn count alike. When a text has
two or more heads of one layout, each head's name-shaped value (read by the person recognizer: a name, not a
word, a title or an office; or a Latin name's capitalised words) is a person's name, whatever its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..textview import TextView

_HANGUL_NAME = r"[가-힣]{2,5}|[가-힣](?: [가-힣]){1,4}"
_LATIN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_TIME = r"(?:오전|오후)?[ \t]*\d{1,2}:\d{2}(?::\d{2})?"
# (the time may carry 오전/오후 and seconds: '○○○ (오후 1:42)', '○○○ (13:42:05)')
_HEADS = (
    re.compile(
        rf"^[ \t]*(?P<name>{_HANGUL_NAME})[ \t]*[(（][ \t]*{_TIME}[ \t]*[)）][ \t]*$",
        re.MULTILINE,
    ),
    re.compile(
        rf"^[ \t]*\d{{4}}[.\-/][ ]?\d{{1,2}}[.\-/][ ]?\d{{1,2}}\.?[ ]+{_TIME},[ ]*(?P<name>{_HANGUL_NAME}|{_LATIN_NAME})[ ]:[ ]",
        re.MULTILINE,
    ),
    re.compile(rf"^[ \t]*\[(?P<name>{_HANGUL_NAME}|{_LATIN_NAME})\][ ]\[{_TIME}\][ ]", re.MULTILINE),
    re.compile(
        rf"^(?P<name>{_HANGUL_NAME}|{_LATIN_NAME})(?:[ ]{{2,}}|\t)\d{{1,2}}:\d{{2}}(?:[ ]{{2,}}|\t)",
        re.MULTILINE,
    ),
    # (a transcript's speakers in square brackets at the head of each turn: '[○○○] 안건을 보고드리겠습니다.'; a
    # text message's sender in brackets is a firm, four letters or more: '[○○택배] …')
    re.compile(r"^[ \t]*\[(?P<name>[가-힣]{2,3}|[가-힣](?: [가-힣]){1,3})\][ ](?=[가-힣])", re.MULTILINE),
)
MIN_HEADS = 2


def chat_head_names(view: TextView, reading: Callable[[str], bool | None]) -> Iterator[tuple[int, int]]:
    """(start, end) of the senders' names of a chat export's message heads."""
    for layout in _HEADS:
        heads = list(layout.finditer(view.norm))
        if len(heads) < MIN_HEADS:
            continue
        for m in heads:
            name = m.group("name")
            if name.isascii() or reading(name.replace(" ", "")):
                yield m.span("name")
