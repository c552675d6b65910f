"""Running headers and footers: lines repeated near the top or bottom edge of many pages.

They interrupt the body text (a sentence running over a page break would have "- 3 -" in its
middle), yet they carry the agency name, document number, page numbers or a security marking, and
they are part of what a reader of the PDF sees. So they leave the body and become `header`/`footer`
blocks of their page, every page's own: nothing of the text layer is dropped, and views that want a
clean body (Markdown) leave those kinds out. Digits are masked when comparing, so "- 3 -" and
"- 4 -" are the same footer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lines import Segment

EDGE_SHARE = 0.12  # the top/bottom 12% of a page is where running heads live
LINES_PER_EDGE = 2
MIN_PAGE_SHARE = 0.4

_DIGITS = re.compile(r"\d+")


@dataclass(slots=True)
class PageLines:
    """What furniture detection needs of a text page."""

    index: int
    height: float
    segments: list[Segment]


@dataclass(slots=True)
class Furniture:
    """Per page: line ids that leave the body, and the (kind, text) blocks they become."""

    drop: dict[int, set[int]] = field(default_factory=dict)
    blocks: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()))


def _edge_lines(page: PageLines) -> dict[str, list[tuple[int, str]]]:
    by_line: dict[int, list[Segment]] = {}
    for seg in page.segments:
        by_line.setdefault(seg.line_id, []).append(seg)
    lines = sorted(by_line.items(), key=lambda kv: min(s.top for s in kv[1]))
    texts = [(lid, " ".join(s.text for s in sorted(segs, key=lambda s: s.x0))) for lid, segs in lines]
    tops = [min(s.top for s in segs) for _, segs in lines]
    bottoms = [max(s.bottom for s in segs) for _, segs in lines]
    head = [t for t, top in zip(texts, tops, strict=True) if top <= EDGE_SHARE * page.height]
    foot = [t for t, bot in zip(texts, bottoms, strict=True) if bot >= (1 - EDGE_SHARE) * page.height]
    return {"header": head[:LINES_PER_EDGE], "footer": foot[-LINES_PER_EDGE:]}


def find_furniture(pages: Sequence[PageLines]) -> Furniture:
    """Running heads of a document; nothing for documents of fewer than two text pages."""
    result = Furniture()
    if len(pages) < 2:
        return result
    edges = [_edge_lines(p) for p in pages]
    counts: Counter[tuple[str, str]] = Counter()
    for edge in edges:
        counts.update({(kind, _key(text)) for kind, lines in edge.items() for _, text in lines})
    needed = max(2, math.ceil(MIN_PAGE_SHARE * len(pages)))
    repeated = {k for k, n in counts.items() if n >= needed and k[1]}
    for page, edge in zip(pages, edges, strict=True):
        for kind, lines in edge.items():
            for line_id, text in lines:
                if (kind, _key(text)) in repeated:
                    result.drop.setdefault(page.index, set()).add(line_id)
                    result.blocks.setdefault(page.index, []).append((kind, text))
    return result
