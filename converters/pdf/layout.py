"""Reading order on one page: a recursive XY cut over line segments and tables.

A page is cut vertically where a whitespace gutter runs through all of it (columns), otherwise
horizontally into bands. Bands that share a gutter are merged first, so a two-column body whose
paragraph gaps happen to line up is still read column by column. A vertical cut is only accepted when
every side is wide and holds several items: borderless key/value forms and tab-aligned lines must stay
line by line, not "all keys, then all values".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

MAX_DEPTH = 40
MIN_GUTTER = 5.0  # points of whitespace that can separate columns
MIN_COLUMN_SHARE = 0.22  # each column spans at least this share of the region's width
MAX_COLUMNS = 3


class Box(Protocol):
    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def top(self) -> float: ...
    @property
    def bottom(self) -> float: ...


T = TypeVar("T", bound=Box)


@dataclass(slots=True)
class Leaf(Generic[T]):
    """Items read together, with the horizontal extent of the column they belong to."""

    items: list[T]
    left: float
    right: float
    column: int


def reading_order(items: list[T], bounds: tuple[float, float] | None = None) -> list[Leaf[T]]:
    """Leaves in reading order; items inside a leaf sorted top to bottom, left to right.

    `bounds` is the horizontal extent of the region (a table cell's inner box); by default the
    extent of the items themselves."""
    out: list[Leaf[T]] = []
    if items:
        if bounds is None:
            bounds = (min(i.x0 for i in items), max(i.x1 for i in items))
        _cut(items, 0, out, bounds, [0])
    return out


def _cut(
    items: list[T], depth: int, out: list[Leaf[T]], bounds: tuple[float, float], counter: list[int]
) -> None:
    if len(items) > 1 and depth < MAX_DEPTH:
        columns = _columns(items)
        if columns is not None:
            for group in columns:
                counter[0] += 1
                _cut(group, depth + 1, out, (min(i.x0 for i in group), max(i.x1 for i in group)), counter)
            return
        bands = _merge_columnar(_bands(items))
        if len(bands) > 1:
            for band in bands:
                _cut(band, depth + 1, out, bounds, counter)
            return
    items = sorted(items, key=lambda i: (round(i.top, 0), i.x0))
    out.append(Leaf(items=items, left=bounds[0], right=bounds[1], column=counter[0]))


def _x_clusters(items: list[T]) -> list[list[T]]:
    ordered = sorted(items, key=lambda i: i.x0)
    clusters: list[list[T]] = [[ordered[0]]]
    right = ordered[0].x1
    for item in ordered[1:]:
        if item.x0 < right + MIN_GUTTER:
            clusters[-1].append(item)
            right = max(right, item.x1)
        else:
            clusters.append([item])
            right = item.x1
    return clusters


def _columns(items: list[T]) -> list[list[T]] | None:
    """Groups left to right when the region splits into real columns, else None."""
    clusters = _x_clusters(items)
    if not 2 <= len(clusters) <= MAX_COLUMNS:
        return None
    width = max(i.x1 for i in items) - min(i.x0 for i in items)
    for group in clusters:
        span = max(i.x1 for i in group) - min(i.x0 for i in group)
        if span < MIN_COLUMN_SHARE * width or len(group) < 2:
            return None
    return clusters


def _bands(items: list[T]) -> list[list[T]]:
    ordered = sorted(items, key=lambda i: i.top)
    bands: list[list[T]] = [[ordered[0]]]
    bottom = ordered[0].bottom
    for item in ordered[1:]:
        overlap_tolerance = 0.25 * min(item.bottom - item.top, bottom - bands[-1][0].top)
        if item.top < bottom - overlap_tolerance:
            bands[-1].append(item)
            bottom = max(bottom, item.bottom)
        else:
            bands.append([item])
            bottom = item.bottom
    return bands


def _merge_columnar(bands: list[list[T]]) -> list[list[T]]:
    """Join neighbouring bands while the union still splits into the same columns."""
    merged: list[list[T]] = []
    for band in bands:
        if merged and _columns(merged[-1] + band) is not None and _columnar_or_single(merged[-1]):
            merged[-1] = merged[-1] + band
        else:
            merged.append(band)
    return merged


def _columnar_or_single(band: list[T]) -> bool:
    return len(_x_clusters(band)) >= 2 or len(band) == 1
