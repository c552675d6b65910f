"""Chat exports that head each message with its sender and the time: '○○○ (13:42)' on a line of its own.

A messenger's export or a pasted group chat puts the sender's name alone on a line with the time in brackets,
the message on the lines below. When a text has two or more such heads, each head's name-shaped value (read
by the person recognizer: a name, not a word, a title or an office) is a person's name, whatever its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..textview import TextView

# (the time may carry 오전/오후 and seconds: '○○○ (오후 1:42)', '○○○ (13:42:05)')
_HEAD = re.compile(
    r"^[ \t]*(?P<name>[가-힣]{2,5}|[가-힣](?: [가-힣]){1,4})[ \t]*[(（][ \t]*(?:오전|오후)?[ \t]*"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[)）][ \t]*$",
    re.MULTILINE,
)
MIN_HEADS = 2


def chat_head_names(view: TextView, reading: Callable[[str], bool | None]) -> Iterator[tuple[int, int]]:
    """(start, end) of the senders' names of a chat export's message heads."""
    heads = list(_HEAD.finditer(view.norm))
    if len(heads) < MIN_HEADS:
        return
    for m in heads:
        if reading(m.group("name").replace(" ", "")):
            yield m.span("name")
