"""Page geometry shared by the glyph and ruling readers: one top-down frame per page, quarter turns.

Everything after extraction works in the page as displayed: origin at the top-left corner of the crop
box, y growing downwards, the page's /Rotate applied (pdfplumber's convention, which the layout code
was written for). Text set at a quarter turn (table headers written upwards, a landscape table on a
portrait page) is laid out in its own frame and turned back, so its lines read in order instead of
one glyph per line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
DIRECTIONS = (0, 90, 180, 270)


@dataclass(frozen=True, slots=True)
class Frame:
    """Maps PDF user space (y up) to the displayed page (y down), for one page's crop box and /Rotate."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int = 0  # clockwise, as /Rotate

    @property
    def width(self) -> float:
        return self.right - self.left if self.rotation in (0, 180) else self.top - self.bottom

    @property
    def height(self) -> float:
        return self.top - self.bottom if self.rotation in (0, 180) else self.right - self.left

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y

    def vector(self, dx: float, dy: float) -> tuple[float, float]:
        """A direction in user space as a direction on the displayed page."""
        if self.rotation == 90:
            return dy, dx
        if self.rotation == 180:
            return -dx, dy
        if self.rotation == 270:
            return -dy, -dx
        return dx, -dy

    def box(self, points: list[tuple[float, float]]) -> Box:
        shown = [self.point(x, y) for x, y in points]
        xs = [p[0] for p in shown]
        ys = [p[1] for p in shown]
        return min(xs), min(ys), max(xs), max(ys)


def direction(dx: float, dy: float) -> int:
    """The quarter turn nearest to a displayed direction: 0 left to right, 90 downwards, 180, 270 upwards."""
    if dx == 0 and dy == 0:
        return 0
    return round(math.degrees(math.atan2(dy, dx)) / 90.0) % 4 * 90


def turn(box: Box, degrees: int, width: float = 0.0, height: float = 0.0) -> Box:
    """`box` in the frame turned so that text running at `degrees` runs left to right.

    `width`/`height` are the source frame's size, which keeps the turned coordinates positive; with
    zeros, `turn(turn(b, d), (360 - d) % 360) == b`, which is how a segment found in a turned frame goes
    back to the page."""
    x0, top, x1, bottom = box
    if degrees == 90:
        return top, width - x1, bottom, width - x0
    if degrees == 180:
        return width - x1, height - bottom, width - x0, height - top
    if degrees == 270:
        return height - bottom, x0, height - top, x1
    return box


def turned_size(degrees: int, width: float, height: float) -> tuple[float, float]:
    return (height, width) if degrees in (90, 270) else (width, height)
