"""Running headers and footers: lines repeated near the top or bottom edge of many pages.

They are noise for a training corpus when repeated on every page, yet they carry the agency name,
document number or a security marking, so they are kept once as `header`/`footer` blocks instead of
being dropped. Digits are masked when comparing, so "- 3 -" and "- 4 -" are the same footer.
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
    """Line ids to drop per page, and one (kind, text, page) per distinct running head."""

    drop: dict[int, set[int]] = field(default_factory=dict)
    blocks: list[tuple[str, str, int]] = field(default_factory=list)


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
    seen: set[tuple[str, str]] = set()
    for page, edge in zip(pages, edges, strict=True):
        for kind, lines in edge.items():
            for line_id, text in lines:
                key = (kind, _key(text))
                if key not in repeated:
                    continue
                result.drop.setdefault(page.index, set()).add(line_id)
                if key not in seen:
                    seen.add(key)
                    result.blocks.append((kind, text, page.index))
    return result
