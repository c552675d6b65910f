"""HWP 3 paragraph lists -> blocks.

A paragraph list is paragraphs up to an empty one. Each paragraph: a fixed header (43 bytes, plus a
187-byte paragraph shape unless it reuses the previous one), 14 bytes per line, optional per-character
shapes, then its characters. Characters below 32 are "special characters": each has a fixed inline
size (counted in the paragraph's character count) and some carry more data after it (box and cell
descriptions, picture data) and nested paragraph lists (table cells, captions, notes, headers).
Tables, text boxes and pictures split the paragraph's text where they sit; footnotes follow their
top-level paragraph; headers, footers and hidden comments go to the end of the document.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field

from gongmun.schemas import Block, Cell

from ..limits import Budget
from .drawing import drawing_text
from .hchar import to_unicode
from .reader import BadSpecial, Reader

# Inline size in hchars (including the code itself) of each special character with a fixed layout.
_INLINE = {5: 4, 6: 4, 7: 42, 8: 48, 9: 4, 10: 4, 11: 4, 14: 4, 15: 4, 16: 4, 17: 4, 18: 4, 19: 4, 20: 4}
_INLINE |= {21: 4, 22: 12, 23: 5, 24: 3, 25: 3, 26: 123, 28: 32, 30: 2, 31: 2}
_SKIP_BLOCK = {1, 2, 3, 4, 12, 27}  # reserved codes: u32 length, code, then that many bytes
_TEXT = {9: "\t", 24: "-", 30: " ", 31: " "}
_BOX_KINDS = {0: "table", 1: "textbox", 2: "equation", 3: "button"}


@dataclass(slots=True)
class Body:
    budget: Budget
    blocks: list[Block] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)
    endnotes: list[Block] = field(default_factory=list)

    def document(self, r: Reader) -> None:
        """The main paragraph list; footnotes are placed after the paragraph citing them."""
        while self.paragraph(r, self.blocks, 0, top=True):
            self.blocks.extend(self.notes)
            self.notes.clear()

    def para_list(self, r: Reader, depth: int, kind: str = "paragraph") -> list[Block]:
        self.budget.depth(depth)
        out: list[Block] = []
        while self.paragraph(r, out, depth, kind=kind):
            pass
        return out

    def paragraph(
        self, r: Reader, out: list[Block], depth: int, *, top: bool = False, kind: str = "paragraph"
    ) -> bool:
        """Read one paragraph into `out`; False for the empty paragraph that ends a list."""
        self.budget.add_records()
        reuse_shape = r.u8()
        n_chars = r.u16()
        n_lines = r.u16()
        char_shapes = r.u8()
        r.skip(1 + 4 + 1 + 31)
        if n_chars == 0:
            return False
        if reuse_shape == 0:
            r.skip(187)
        r.skip(14 * n_lines)
        if char_shapes:
            for _ in range(n_chars):
                if r.u8() != 1:
                    r.skip(31)
        self._characters(r, n_chars, out, depth, top, kind)
        return True

    def _characters(
        self, r: Reader, n_chars: int, out: list[Block], depth: int, top: bool, kind: str
    ) -> None:
        parts: list[str] = []
        level: list[int] = []

        def flush() -> None:
            text = "".join(parts)
            parts.clear()
            if text.strip():
                if level and top:
                    out.append(Block("heading", text, level=level[0] + 1))
                else:
                    out.append(Block(kind, text))

        read = 0
        while read < n_chars:
            run = _printable_run(r, n_chars - read)
            if run:
                parts.append("".join(map(to_unicode, run)))
                read += len(run)
                continue
            code = r.u16()
            if code == 13:
                read += 1
                break
            if code in _SKIP_BLOCK:
                length = r.u32()
                r.skip(2 + length)
                read += 4
                continue
            size = _INLINE.get(code)
            if size is None:
                raise BadSpecial(f"unknown special character {code}")
            read += size
            if code in _TEXT:
                r.skip(2 * size - 2)
                parts.append(_TEXT[code])
            elif code == 10:
                flush()
                r.skip(6)
                self._box(r, out, depth + 1)
            elif code == 11:
                flush()
                r.skip(6)
                self._picture(r, out, depth + 1)
            elif code == 14:
                r.skip(6 + 84)  # a line: drawing only
            elif code == 6:
                r.skip(6 + 34)  # a bookmark name
            elif code == 15:
                r.skip(6 + 8)
                self.furniture.extend(self.para_list(r, depth + 1, "comment"))
            elif code == 16:
                r.skip(6 + 8)
                which = r.u8()
                r.skip(1)
                self.furniture.extend(self.para_list(r, depth + 1, "footer" if which & 1 else "header"))
            elif code == 17:
                r.skip(6 + 8 + 2)
                note_type = r.u16()
                r.skip(2)
                notes = self.para_list(r, depth + 1, "endnote" if note_type == 1 else "footnote")
                (self.endnotes if note_type == 1 else self.notes).extend(notes)
            elif code == 5:
                length = r.u32()
                r.skip(2 + length)
            elif code == 28:
                r.skip(2)
                r.skip(1)
                level.append(r.u8())
                r.skip(2 * size - 6)
            else:
                r.skip(2 * size - 2)
        flush()

    def _box(self, r: Reader, out: list[Block], depth: int) -> None:
        """Code 10: a table, text box, equation or button: 84-byte description, 27 bytes per cell,
        one paragraph list per cell, then the caption's paragraph list."""
        self.budget.depth(depth)
        info = Reader(r.bytes(84))
        info.skip(78)
        box_type = info.u16()
        n_cells = info.u16()
        geometry = []
        for _ in range(n_cells):
            cell = Reader(r.bytes(27))
            cell.skip(4)
            geometry.append((cell.u16(), cell.u16(), cell.u16(), cell.u16()))  # x, y, w, h
        contents = [self.para_list(r, depth + 1) for _ in range(n_cells)]
        caption = self.para_list(r, depth + 1, "caption")
        kind = _BOX_KINDS.get(box_type, "textbox")
        if kind == "table":
            rows = _grid(geometry, contents)
            if rows:
                out.append(Block("table", rows=rows, attrs={"rows": str(len(rows))}))
        else:
            block_kind = "equation" if kind == "equation" else "textbox"
            for blocks in contents:
                for block in blocks:
                    if block.kind != "table":
                        block.kind = block_kind
                    out.append(block)
        out.extend(caption)

    def _picture(self, r: Reader, out: list[Block], depth: int) -> None:
        """Code 11: 348-byte description whose first dword sizes the picture data that follows;
        for a drawing (picture type 3) that data is a tree of drawing objects, some holding text."""
        info = r.bytes(348)
        length = int.from_bytes(info[:4], "little")
        data = r.bytes(length)
        if info[74] == 3:
            out.extend(drawing_text(self, data, depth + 1))
        out.extend(self.para_list(r, depth, "caption"))


def _printable_run(r: Reader, limit: int) -> array[int]:
    """The printable characters (codes >= 32) starting at the cursor, consumed in one step: the
    common case, and far cheaper than reading hchars one by one."""
    raw = r.data[r.pos : r.pos + 2 * min(limit, 4096)]
    window = array("H", raw[: len(raw) // 2 * 2])
    if sys.byteorder == "big":
        window.byteswap()
    end = 0
    for end, code in enumerate(window):  # noqa: B007 - `end` is the result
        if code < 32:
            break
    else:
        end = len(window)
    r.pos += 2 * end
    return window[:end]


def _grid(geometry: list[tuple[int, int, int, int]], contents: list[list[Block]]) -> list[list[Cell]]:
    """Cells are stored with page coordinates; their edges define the table's rows and columns."""
    xs = sorted({x for x, _, w, _ in geometry} | {x + w for x, _, w, _ in geometry})
    ys = sorted({y for _, y, _, h in geometry} | {y + h for _, y, _, h in geometry})
    col_of = {x: i for i, x in enumerate(xs)}
    row_of = {y: i for i, y in enumerate(ys)}
    cells = []
    for (x, y, w, h), blocks in zip(geometry, contents, strict=False):
        row, col = row_of[y], col_of[x]
        cells.append(
            Cell(
                text="\n".join(b.text for b in blocks if b.text),
                row=row,
                col=col,
                row_span=max(1, row_of[y + h] - row),
                col_span=max(1, col_of[x + w] - col),
                blocks=blocks,
            )
        )
    rows: dict[int, list[Cell]] = {}
    for cell in sorted(cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(cell.row, []).append(cell)
    return [rows[k] for k in sorted(rows)]
