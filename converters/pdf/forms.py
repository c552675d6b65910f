"""Signs named from the geometry of their outline rather than by OCR.

Alone in a square cell, a parenthesis has no line to lean on: Tesseract reads it as '<', '》' or '〈',
and a slash often not at all. Their outlines say what they are: a tall thin single path whose ends
sit to one side of its bulge is a parenthesis; a tall thin straight path leaning right is a slash.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

THIN = 2.0  # a sign is more than this many times taller than it is wide
BEZIER = 1  # FPDF_SEGMENT_BEZIERTO
MAX_SLASH_POINTS = 8  # a slash is a parallelogram, perhaps with cut ends
SIDE = 0.15  # share of the width at either side that holds a parenthesis' bulge
ENDS = 0.15  # share of the height at the top and at the bottom that holds a sign's ends


def form_of(kinds: Sequence[int], shown: Sequence[tuple[float, float]], pieces: int) -> str:
    """'(' , ')' or '/' when a single path's points (displayed page, y down) draw one; else ''.
    `kinds` are the segments' FPDF_SEGMENT_* types."""
    if pieces != 1 or not shown:
        return ""
    xs, ys = [p[0] for p in shown], [p[1] for p in shown]
    width, height = max(max(xs) - min(xs), 1e-6), max(max(ys) - min(ys), 1e-6)
    at = [((x - min(xs)) / width, (y - min(ys)) / height) for x, y in shown]
    if BEZIER in kinds:
        return _parenthesis(at)
    return "/" if len(at) <= MAX_SLASH_POINTS and _leans_right(at) else ""


def _parenthesis(at: Sequence[tuple[float, float]]) -> str:
    """'(' when both ends lie right of the middle and its leftmost points halfway down; mirrored ')'."""
    top, bottom = min(at, key=lambda p: p[1]), max(at, key=lambda p: p[1])
    if top[0] > 0.45 and bottom[0] > 0.45 and _halfway(v for u, v in at if u < SIDE):
        return "("
    if top[0] < 0.55 and bottom[0] < 0.55 and _halfway(v for u, v in at if u > 1 - SIDE):
        return ")"
    return ""


def _halfway(heights: Iterable[float]) -> bool:
    seen = list(heights)
    return bool(seen) and 0.3 < sum(seen) / len(seen) < 0.7


def _leans_right(at: Sequence[tuple[float, float]]) -> bool:
    high = [u for u, v in at if v < ENDS]
    low = [u for u, v in at if v > 1 - ENDS]
    if not high or not low:
        return False
    return min(high) > 0.35 and max(low) < 0.65 and sum(high) / len(high) > sum(low) / len(low) + 0.3
