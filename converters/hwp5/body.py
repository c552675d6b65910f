"""Section records -> blocks in reading order.

Records form a tree by level: a paragraph (PARA_HEADER, level L) owns its PARA_TEXT and one
CTRL_HEADER (level L+1) per extended control in its text, in the same order. Controls that hold
text own paragraph lists: a LIST_HEADER followed by sibling PARA_HEADERs at the LIST_HEADER's level
(table cells, captions, text boxes, headers/footers, notes, hidden comments, master pages, memos).

Tables and text boxes split their paragraph where they sit; equations are drawn inside the text
they sit in (as LaTeX) and their captions follow it; notes, hidden comments, memos, headers/footers and master pages become their own blocks right
after the top-level block that anchors them, so body text never mixes with them.
"""

from __future__ import annotations

import functools
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from gongmun.schemas import Block, Cell

from ..autonumber import AutoNumbers
from ..fields import Fields, joined
from ..limits import Budget
from ..links import command_href
from ..numbering import with_prefix
from . import accel
from .ctrl_text import autonumber, equation_script, field_command, form_control, overlay_text, textart_text
from .grid import grid, grid_text
from .header import ParaKind
from .numbering import ParaHeads, draws, outline_of, paragraph_prefix, section_outline
from .records import (
    CTRL_HEADER,
    EQEDIT,
    FORM_OBJECT,
    LIST_HEADER,
    MEMO_LIST,
    PARA_HEADER,
    PARA_TEXT,
    PICTURE,
    TABLE,
    TEXTART,
    Records,
)
from .text import FIELD_END, fix_surrogates, plain_text, split_controls

_U16 = struct.Struct("<H")
_new_object = object.__new__
# Table cells are made by filling a bare object's slots: the dataclass __init__ is a third of a
# table's cost in archive files, which are mostly grids of empty cells. Only while Cell has exactly
# these fields, so a field added to the schema can never be left unset.
_SLOT_CELLS = tuple(f.name for f in fields(Cell)) == ("text", "row", "col", "row_span", "col_span", "blocks")
_CELL = struct.Struct("<HHHH")
_PLAIN = ParaKind("paragraph", None)


@dataclass(slots=True)
class Section:
    """Parsing state of one section stream."""

    recs: Records
    kind_of: Callable[[int], ParaKind]  # paragraph kind by shape id (DocInfo read on first use)
    budget: Budget
    index: int
    pending: list[Block] = field(default_factory=list)  # notes waiting for their anchor block
    seen_margins: set[tuple[str, str]] = field(default_factory=set)  # header/footer dedupe
    # The document's numbering and running numbers; None where no paragraph of this section draws
    # a number or bullet, so its paragraphs are not looked at for one.
    numbers: ParaHeads | None = None
    outline: int = 0  # the numbering id this section gives outline paragraphs (its 'secd')
    prefix: str = ""  # number or bullet of the paragraph being read, until its first text block
    autonumbers: AutoNumbers = field(default_factory=AutoNumbers)  # the document's (그림 1, 표 2)
    fields: Fields | None = None  # fields of the paragraph being read (links, forms), made on use
    # whether a form control or an equation was drawn (Hancom's preview has neither)
    unpreviewed: bool = False
    # picture control and picture record -> the text of a scanned page it holds (scanned_pictures.py)
    pictures: Callable[[bytes, bytes, int], list[Block]] | None = None


@functools.lru_cache(maxsize=512)
def _run_struct(group: int, count: int) -> struct.Struct:
    """Column, row and spans of `count` cells `group` bytes apart (a run of empty cells)."""
    return struct.Struct("<" + f"HHHH{group - 8}x" * (count - 1) + "HHHH")


@functools.cache
def _subtree_end(level: int) -> Callable[[str, int], re.Match[str] | None]:
    """Search for the first record at `level` or above in `Records.level_text`."""
    return re.compile(f"[\\x00-\\u{min(level, 0xFFFF):04x}]").search


def _end(levels: list[int], i: int) -> int:
    """Index just past record i's subtree (the next record at the same or a lower level)."""
    lvl, j, n = levels[i], i + 1, len(levels)
    while j < n and levels[j] > lvl:
        j += 1
    return j


def section_blocks(sec: Section, margins: set[tuple[str, str]]) -> list[Block]:
    """All blocks of a section, notes placed after the block that anchors them."""
    recs = sec.recs
    sec.seen_margins = margins
    blocks: list[Block] = []
    tags, levels = recs.tags, recs.levels
    i, n = 0, len(recs)
    base = levels[0] if n else 0
    if sec.numbers is not None:
        sec.outline = outline_of(recs)
    while i < n:
        sec.budget.check()
        if tags[i] == PARA_HEADER and levels[i] == base:
            produced, i = _paragraph(sec, i, 0)
            blocks.extend(produced)
            if sec.pending:
                blocks.extend(sec.pending)
                sec.pending.clear()
        else:
            i = _end(levels, i)
    return blocks


def _paragraphs(sec: Section, i: int, level: int, depth: int) -> tuple[list[Block], int]:
    """Consecutive paragraphs at `level` starting at record i (a list's body)."""
    sec.budget.depth(depth)
    tags, levels = sec.recs.tags, sec.recs.levels
    out: list[Block] = []
    n = len(tags)
    count = 0
    while i < n and tags[i] == PARA_HEADER and levels[i] == level:
        produced, i = _paragraph(sec, i, depth)
        if produced:
            out.extend(produced)
        count += 1
        if not count & 0x3FF:
            sec.budget.check()
    return out, i


def _paragraph(sec: Section, i: int, depth: int) -> tuple[list[Block], int]:
    """Blocks of the paragraph at record i, and the index just past it."""
    recs = sec.recs
    tags, levels = recs.tags, recs.levels
    n, lvl = len(tags), levels[i]
    text_at = -1
    ctrls: list[int] = []  # CTRL_HEADER indexes; each subtree ends at the next child-level record
    # The paragraph's subtree ends at the first record at its level or above; its direct children
    # are the records one level down (a table paragraph's subtree is the whole table).
    found = _subtree_end(lvl)(recs.level_text, i + 1)
    end = found.start() if found is not None else n
    find, child = recs.level_text.find, chr(lvl + 1)
    j = find(child, i + 1, end)
    prev = 0
    while j >= 0:
        tag = tags[j]
        if tag == PARA_TEXT:
            if text_at < 0:
                text_at = j
        elif tag == CTRL_HEADER:
            ctrls.append(j)
        elif tag == LIST_HEADER:
            if prev == MEMO_LIST:
                _memo(sec, j, depth + 1)
            else:
                _master_page(sec, j, depth + 1)  # a section's extended master pages
        prev = tag
        j = find(child, j + 1, end)
    j = end
    start = recs.starts[i]
    numbers = sec.numbers
    shape = _U16.unpack_from(recs.buf, start + 8)[0] if recs.ends[i] - start >= 10 else -1
    drawn = numbers is not None and 0 <= shape < len(numbers.drawn) and numbers.drawn[shape]
    if text_at < 0 and not ctrls:
        if drawn:
            _prefix(sec, i)  # an empty numbered paragraph still takes its number
        return [], j
    pieces = split_controls(recs.data(text_at)) if text_at >= 0 else []
    outer, outer_fields = sec.prefix, sec.fields
    sec.prefix = _prefix(sec, i) if drawn else ""
    sec.fields = None

    out: list[Block] = []
    buf: list[str] = []
    trailing: list[Block] = []
    k = 0
    for piece in pieces:
        if isinstance(piece, str):
            buf.append(piece)
            continue
        if piece == FIELD_END:
            if sec.fields is not None:
                sec.fields.end(_length(buf))
            continue
        ctrl = ctrls[k] if k < len(ctrls) else -1
        k += 1
        if ctrl < 0:
            continue
        cid = _ctrl_id(recs, ctrl)
        if cid == "tbl ":
            _flush(out, buf, sec, shape, trailing)
            out.extend(_table(sec, ctrl, depth + 1))
        elif cid == "gso ":
            inner = _drawing(sec, ctrl, depth + 1)
            if inner:
                _flush(out, buf, sec, shape, trailing)
                out.extend(inner)
        elif cid == "eqed":
            trailing.extend(_equation(sec, ctrl, depth + 1, buf))  # its caption after the text
        elif cid == "secd":
            if sec.numbers is not None:
                sec.outline = section_outline(recs.data(ctrl))
            for lh in _children(sec, ctrl):
                if recs.tags[lh] == LIST_HEADER and recs.levels[lh] == recs.levels[ctrl] + 1:
                    _master_page(sec, lh, depth + 1)
        elif cid in ("fn  ", "en  "):
            _note(sec, ctrl, "footnote" if cid == "fn  " else "endnote", depth + 1)
        elif cid == "tcmt":
            _listed(sec, ctrl, "comment", depth + 1, {})
        elif cid in ("head", "foot"):
            _margin(sec, ctrl, "header" if cid == "head" else "footer", depth + 1)
        elif cid == "form":  # drawn where it sits: a caption, ☑/☐, or the text typed in it
            obj = next((j for j in _children(sec, ctrl) if recs.tags[j] == FORM_OBJECT), -1)
            if obj >= 0:
                _fields(sec).control(buf, form_control(recs, ctrl, obj))
                sec.unpreviewed = True
        elif cid in ("tdut", "tcps"):
            buf.append(overlay_text(recs, ctrl))
        elif cid == "atno":
            buf.append(autonumber(recs, ctrl, sec.autonumbers))
        elif cid.startswith("%"):  # a field begins; a hyperlink's target marks its text
            href = command_href(field_command(recs, ctrl)) if cid == "%hlk" else ""
            _fields(sec).begin(_length(buf), "link" if href else "", {"href": href} if href else None)
    _flush(out, buf, sec, shape, trailing)
    sec.prefix, sec.fields = outer, outer_fields
    return out, j


def _length(buf: list[str]) -> int:
    return sum(map(len, buf))


def _fields(sec: Section) -> Fields:
    """The paragraph's fields, made when its first field or form control comes (most have none)."""
    if sec.fields is None:
        sec.fields = Fields()
    return sec.fields


def _flush(out: list[Block], buf: list[str], sec: Section, shape: int, trailing: list[Block]) -> None:
    """Emit the text gathered so far as one block, then the captions of equations that sat inside
    it. The paragraph's number or bullet goes in front of its first text block (and says so in attrs)."""
    if buf:
        raw = "".join(buf)
        text = fix_surrogates(raw)
        buf.clear()
        if text.strip():
            kind = sec.kind_of(shape) if shape >= 0 else _PLAIN
            block = Block(kind.kind, text, section=sec.index, level=kind.level)
            if sec.prefix:
                block.text = with_prefix(sec.prefix, text)
                block.attrs["numbering"] = sec.prefix
                sec.prefix = ""
            if sec.fields is not None:
                block.marks = sec.fields.take(raw, text, len(block.text) - len(text))
            out.append(block)
        elif sec.fields is not None:
            sec.fields.drop()
    if trailing:
        out.extend(trailing)
        trailing.clear()


def _ctrl_id(recs: Records, i: int) -> str:
    raw = recs.buf[recs.starts[i] : recs.starts[i] + 4]
    return raw[::-1].decode("latin-1") if len(raw) == 4 else ""


def _children(sec: Section, ctrl: int) -> range:
    return range(ctrl + 1, _end(sec.recs.levels, ctrl))


def _list_text(sec: Section, lh: int, depth: int) -> tuple[list[Block], int]:
    """Paragraph blocks of the list opened by LIST_HEADER `lh`, and the index after them."""
    return _paragraphs(sec, lh + 1, sec.recs.levels[lh], depth)


def _listed(sec: Section, ctrl: int, kind: str, depth: int, attrs: dict[str, str]) -> Block | None:
    """A control whose first LIST_HEADER holds its text (notes, comments, headers/footers)."""
    for j in _children(sec, ctrl):
        if sec.recs.tags[j] == LIST_HEADER:
            saved, sec.pending = sec.pending, []
            blocks, _ = _list_text(sec, j, depth)
            nested, sec.pending = sec.pending, saved
            text, marks = joined(blocks)
            if not text.strip():
                return None
            block = Block(kind, text, section=sec.index, attrs=attrs, marks=marks)
            sec.pending.append(block)
            sec.pending.extend(nested)
            return block
    return None


def _note(sec: Section, ctrl: int, kind: str, depth: int) -> None:
    recs = sec.recs
    attrs: dict[str, str] = {}
    if recs.ends[ctrl] - recs.starts[ctrl] >= 8:
        (number,) = struct.unpack_from("<I", recs.buf, recs.starts[ctrl] + 4)
        attrs["number"] = str(number)
    _listed(sec, ctrl, kind, depth, attrs)


def _margin(sec: Section, ctrl: int, kind: str, depth: int) -> None:
    """Headers/footers repeat per page and are often redefined identically: keep each text once."""
    block = _listed(sec, ctrl, kind, depth, {})
    if block is None:
        return
    key = (kind, " ".join(block.text.split()))
    if key in sec.seen_margins:
        sec.pending.remove(block)
    else:
        sec.seen_margins.add(key)


def _equation(sec: Section, ctrl: int, depth: int, buf: list[str]) -> list[Block]:
    """The equation drawn into the text gathered so far (fields.Fields.equation), and its
    caption, if any, for after the paragraph."""
    recs = sec.recs
    caption: Block | None = None
    for j in _children(sec, ctrl):
        if recs.tags[j] == LIST_HEADER and recs.levels[j] == recs.levels[ctrl] + 1:
            caption, _ = _caption(sec, j, depth)
        elif recs.tags[j] == EQEDIT:
            script = equation_script(recs, j)
            if script:
                _fields(sec).equation(buf, script)
                sec.unpreviewed = True
            break
    return [caption] if caption is not None else []


def _memo(sec: Section, lh: int, depth: int) -> None:
    """메모 (a reviewer's note) is an annotation, never body text: a comment block."""
    blocks, _ = _list_text(sec, lh, depth)
    text, marks = joined(blocks)
    if text.strip():
        sec.pending.append(Block("comment", text, section=sec.index, attrs={"memo": "1"}, marks=marks))


def _master_page(sec: Section, lh: int, depth: int) -> None:
    """바탕쪽 (master page) text repeats on every page like a header: kept once, as a header."""
    blocks, _ = _list_text(sec, lh, depth)
    text, marks = joined(blocks)
    key = ("master_page", " ".join(text.split()))
    if text.strip() and key not in sec.seen_margins:
        sec.seen_margins.add(key)
        sec.pending.append(Block("header", text, section=sec.index, attrs={"master_page": "1"}, marks=marks))


def _caption(sec: Section, lh: int, depth: int) -> tuple[Block | None, bool]:
    """Caption block of an object and whether it goes above it (direction bits: 2 = top)."""
    recs = sec.recs
    blocks, _ = _list_text(sec, lh, depth)
    text, marks = joined(blocks)
    above = False
    if recs.ends[lh] - recs.starts[lh] >= 12:
        (attr,) = struct.unpack_from("<I", recs.buf, recs.starts[lh] + 8)
        above = attr & 3 == 2
    return (Block("caption", text, section=sec.index, marks=marks) if text.strip() else None), above


def _table(sec: Section, ctrl: int, depth: int) -> list[Block]:
    """A table control: its optional caption, then its cells as a grid.

    Hot path: archive documents are mostly one large table of short or empty cells, so cells
    holding a single paragraph of plain text are read inline, without the general walk."""
    sec.budget.depth(depth)
    recs = sec.recs
    tags, levels, starts, ends, buf, runs = (
        recs.tags,
        recs.levels,
        recs.starts,
        recs.ends,
        recs.buf,
        recs.runs,
    )
    n, top = len(tags), levels[ctrl]
    n_rows = n_cols = 0
    caption: Block | None = None
    above = seen_table = False
    cells: list[Cell] = []
    add, unpack_cell, new_cell, slot_cells = cells.append, _CELL.unpack_from, _new_object, _SLOT_CELLS
    # Where paragraphs draw numbers, cells whose paragraph does are left to _cell, which counts them.
    drawn = sec.numbers.drawn if sec.numbers is not None else b""
    compiled = accel.table_cells if slot_cells else None
    j = ctrl + 1
    while j < n and levels[j] > top:
        tag = tags[j]
        if tag == LIST_HEADER and seen_table:
            if compiled is not None:  # the inline cases below, compiled; it stops where they would not
                after, made = compiled(buf, tags, levels, starts, ends, runs, j, top, Cell, 1024, drawn)
                if made:
                    cells.extend(made)
                    sec.budget.check()
                if after != j:
                    j = after
                    continue
            if j in runs:  # a run of empty cells, all alike but for their addresses
                at, group, count = runs[j]
                if slot_cells and accel.run_cells is not None:
                    cells.extend(accel.run_cells(buf, at, group, count, Cell))
                    sec.budget.check()
                    j += 1
                    continue
                fields = _run_struct(group, count).unpack_from(buf, at + 12)  # every cell's address
                it = iter(fields)
                for col, row, col_span, row_span in zip(it, it, it, it, strict=True):
                    if slot_cells:
                        cell = new_cell(Cell)
                        cell.text = ""
                        cell.row = row
                        cell.col = col
                        cell.row_span = row_span or 1
                        cell.col_span = col_span or 1
                        cell.blocks = []
                    else:
                        cell = Cell("", row, col, row_span or 1, col_span or 1)
                    add(cell)
                sec.budget.check()
                j += 1
                continue
            lv, k = levels[j], j + 1
            if (
                k < n
                and tags[k] == PARA_HEADER
                and levels[k] == lv
                and ends[j] - starts[j] >= 16
                and not (drawn and draws(drawn, buf, starts[k], ends[k]))
            ):
                after, text_at = k + 1, -1
                if after < n and tags[after] == PARA_TEXT and levels[after] == lv + 1:
                    text_at, after = after, after + 1
                if after >= n or levels[after] < lv or (levels[after] == lv and tags[after] != PARA_HEADER):
                    col, row, col_span, row_span = unpack_cell(buf, starts[j] + 8)
                    text = ""
                    if text_at > 0:
                        text = plain_text(buf[starts[text_at] : ends[text_at]])
                        if not text.strip():
                            text = ""
                    if slot_cells:
                        cell = new_cell(Cell)  # see _SLOT_CELLS
                        cell.text = text
                        cell.row = row
                        cell.col = col
                        cell.row_span = row_span or 1
                        cell.col_span = col_span or 1
                        cell.blocks = []
                    else:
                        cell = Cell(text, row, col, row_span or 1, col_span or 1)
                    add(cell)
                    j = after
                    if not len(cells) & 0x3FF:
                        sec.budget.check()  # a giant table is one paragraph: check the clock inside it
                    continue
            cell, j = _cell(sec, j, depth)
            add(cell)
            if not len(cells) & 0xFF:
                sec.budget.check()
        elif tag == TABLE and not seen_table:
            seen_table = True
            if ends[j] - starts[j] >= 8:
                n_rows, n_cols = struct.unpack_from("<HH", buf, starts[j] + 4)
            j += 1
        elif tag == LIST_HEADER:
            caption, above = _caption(sec, j, depth)
            j = _skip_list(sec, j)
        else:
            j = _end(levels, j)
    rows = grid(cells, n_rows)
    table = Block("table", grid_text(rows), section=sec.index, rows=rows, attrs={"cols": str(n_cols)})
    if caption is None:
        return [table]
    return [caption, table] if above else [table, caption]


def _skip_list(sec: Section, lh: int) -> int:
    tags, levels = sec.recs.tags, sec.recs.levels
    level, j, n = levels[lh], lh + 1, len(tags)
    while j < n and tags[j] == PARA_HEADER and levels[j] == level:
        j = _end(levels, j)
    return j


def _cell(sec: Section, lh: int, depth: int) -> tuple[Cell, int]:
    """One table cell (address and spans from its LIST_HEADER) and the index after its text.

    Hot path: a table has many cells and most cell paragraphs are plain text or empty, so those
    are read inline; a paragraph with controls (nested table, field, note...) takes the full path."""
    recs = sec.recs
    tags, levels, buf = recs.tags, recs.levels, recs.buf
    col = row = 0
    col_span = row_span = 1
    if recs.ends[lh] - recs.starts[lh] >= 16:
        col, row, col_span, row_span = _CELL.unpack_from(buf, recs.starts[lh] + 8)
    lvl, child, n = levels[lh], levels[lh] + 1, len(tags)
    texts: list[str] = []
    blocks: list[Block] | None = None
    k = lh + 1
    while k < n and tags[k] == PARA_HEADER and levels[k] == lvl:
        m, text_at, has_ctrl = k + 1, -1, False
        while m < n and levels[m] > lvl:
            if levels[m] == child:
                tag = tags[m]
                if tag == PARA_TEXT:
                    text_at = m
                elif tag == CTRL_HEADER:
                    has_ctrl = True
            m += 1
        if has_ctrl:
            if blocks is None:
                sec.budget.depth(depth + 1)
                blocks = [Block("paragraph", t, section=sec.index) for t in texts]
            saved, sec.pending = sec.pending, []
            produced, _ = _paragraph(sec, k, depth + 1)
            blocks.extend(produced)
            texts.extend(b.text for b in produced)
            saved.extend(sec.pending)  # notes in cells surface after the table
            sec.pending = saved
        else:
            text = plain_text(buf[recs.starts[text_at] : recs.ends[text_at]]) if text_at >= 0 else ""
            prefix = _prefix(sec, k) if sec.numbers is not None else ""
            if text.strip():
                if prefix:  # kept as a block too, so the document says which text was drawn
                    if blocks is None:
                        blocks = [Block("paragraph", t, section=sec.index) for t in texts]
                    text = with_prefix(prefix, text)
                    blocks.append(Block("paragraph", text, section=sec.index, attrs={"numbering": prefix}))
                elif blocks is not None:
                    blocks.append(Block("paragraph", text, section=sec.index))
                texts.append(text)
        k = m
    text = ("\n".join(texts) if len(texts) > 1 else texts[0]) if texts else ""
    nested = (
        blocks
        if blocks is not None and any(b.kind != "paragraph" or b.attrs or b.marks for b in blocks)
        else []
    )
    return Cell(text, row, col, row_span or 1, col_span or 1, nested), k


def _prefix(sec: Section, para: int) -> str:
    """The number or bullet the paragraph at record `para` draws (see numbering.paragraph_prefix)."""
    return paragraph_prefix(sec.recs, sec.numbers, sec.outline, para) if sec.numbers is not None else ""


def _drawing(sec: Section, ctrl: int, depth: int) -> list[Block]:
    """Text of a drawing object (text box, grouped shapes): its lists, and an optional caption."""
    sec.budget.depth(depth)
    recs = sec.recs
    out: list[Block] = []
    caption: Block | None = None
    above = False
    level = recs.levels[ctrl] + 1
    j, end = ctrl + 1, _end(recs.levels, ctrl)
    seen_shape = False
    while j < end:
        tag = recs.tags[j]
        if tag == LIST_HEADER and not seen_shape and recs.levels[j] == level:
            caption, above = _caption(sec, j, depth)
            j = _skip_list(sec, j)
            continue
        if tag == LIST_HEADER:
            blocks, nxt = _list_text(sec, j, depth + 1)
            out.extend(_as_textbox(blocks))
            j = max(nxt, j + 1)
            continue
        if tag == PICTURE and sec.pictures is not None:
            out.extend(sec.pictures(recs.data(ctrl), recs.data(j), sec.index))
        if tag == TEXTART:
            art = textart_text(recs, j)
            if art:
                out.append(Block("textbox", art, section=sec.index, attrs={"textart": "1"}))
        if tag != LIST_HEADER and recs.levels[j] == level:
            seen_shape = True
        j += 1
    if caption is not None:
        out = [caption, *out] if above else [*out, caption]
    return out


def _as_textbox(blocks: list[Block]) -> list[Block]:
    """Paragraph runs inside a drawing become one textbox block (their marks moved with them);
    tables etc. stay themselves, and so does a numbered paragraph (its block says which text was
    drawn)."""
    out: list[Block] = []
    run: list[Block] = []
    section = blocks[0].section if blocks else 0
    for b in blocks:
        plain = b.kind in ("paragraph", "heading", "list_item")
        if plain and "numbering" not in b.attrs:
            run.append(b)
            continue
        if run:
            out.append(_textbox(run, section))
            run = []
        out.append(
            Block("textbox", b.text, section=b.section, attrs=dict(b.attrs), marks=b.marks) if plain else b
        )
    if run:
        out.append(_textbox(run, section))
    return out


def _textbox(run: list[Block], section: int) -> Block:
    text, marks = joined(run)
    return Block("textbox", text, section=section, marks=marks)
