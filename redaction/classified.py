"""Passages under an explicit classification marking are removed before anything else.

Only explicit stamps count — a heading or paragraph that opens with a bracketed 대외비 or an N급 비밀
marking. Prose that merely mentions 대외비 (handling guidelines, 비밀번호 notices) is left alone; the
document-level marking is the classifier's job and routes whole documents.
"""

from __future__ import annotations

import re

from gongmun.schemas import Block

MARKING = re.compile(
    r"^\s*(?:[(\[《<〈【]\s*(?:대\s*외\s*비|[ⅠⅡⅢIV1-3]{1,3}\s*급\s*비\s*밀|비\s*밀)\s*[)\]》>〉】]"
    r"|(?:[ⅠⅡⅢ]|I{1,3}|[1-3])\s*급\s*비\s*밀(?:\s|$))"
)


def is_marked(block: Block) -> bool:
    return block.kind in ("heading", "paragraph", "list_item", "caption") and bool(MARKING.match(block.text))


def classified_blocks(blocks: list[Block]) -> set[int]:
    """Indices of blocks to drop: a marked heading and everything up to the next heading of the same
    or a higher level; a marked paragraph alone."""
    drop: set[int] = set()
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if not is_marked(block):
            i += 1
            continue
        drop.add(i)
        if block.kind == "heading":
            level = block.level if block.level is not None else 0
            j = i + 1
            while j < len(blocks):
                nxt = blocks[j]
                if nxt.kind == "heading" and (nxt.level if nxt.level is not None else 0) <= level:
                    break
                drop.add(j)
                j += 1
            i = j
        else:
            i += 1
    return drop
