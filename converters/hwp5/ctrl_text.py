"""Text that lives in a control's own record rather than in a paragraph list: equation scripts,
text art, form-control labels, the main text of 덧말 / 글자 겹침, auto numbers (그림 1) and the
command of a field (a hyperlink's target)."""

from __future__ import annotations

import re
import struct

from ..autonumber import AutoNumbers
from .records import Records
from .text import decode_units, fix_surrogates

_U16 = struct.Struct("<H")
_AUTONUMBER = struct.Struct("<IH2s2s2s")  # after the control id: attributes, number, user/before/after
_FORM_CAPTION = re.compile(r"Caption:wstring:(\d+):")


def _wchars(recs: Records, i: int, at: int) -> str:
    """A WORD length at offset `at` of record i, then that many UTF-16 units."""
    start, end = recs.starts[i] + at, recs.ends[i]
    if end - start < 2:
        return ""
    (n,) = _U16.unpack_from(recs.buf, start)
    raw = recs.buf[start + 2 : min(end, start + 2 + 2 * n)]
    return fix_surrogates(decode_units(raw[: len(raw) // 2 * 2]))


def equation_script(recs: Records, i: int) -> str:
    """HWPTAG_EQEDIT: a UINT32 property, then the script (HWP equation language)."""
    return _wchars(recs, i, 4).strip()


def textart_text(recs: Records, i: int) -> str:
    """글맵시 (text art): eight INT32 coordinates, then a WORD length and the text."""
    return _wchars(recs, i, 32).strip()


def overlay_text(recs: Records, ctrl: int) -> str:
    """Main text of 덧말 (tdut) or the characters of 글자 겹침 (tcps), after the control id."""
    return _wchars(recs, ctrl, 4)


def form_label(recs: Records, i: int) -> str:
    """Visible label of a form control (button, check box): "Caption:wstring:N:<text>" in its
    parameter-set string."""
    text = recs.data(i).decode("utf-16-le", "replace")
    m = _FORM_CAPTION.search(text)
    return text[m.end() : m.end() + int(m.group(1))].strip() if m else ""


def autonumber(recs: Records, ctrl: int, numbers: AutoNumbers) -> str:
    """자동 번호 ('atno', spec table 142): kind in bits 0-3 and number shape in bits 4-11 of the
    attributes, the number Hancom last drew, and the characters drawn before and after it."""
    start, end = recs.starts[ctrl] + 4, recs.ends[ctrl]
    if end - start < _AUTONUMBER.size:
        return ""
    attr, number, _user, before, after = _AUTONUMBER.unpack_from(recs.buf, start)
    return numbers.text(attr & 0xF, number, (attr >> 4) & 0xFF, _wchar(before), _wchar(after))


def _wchar(raw: bytes) -> str:
    return raw.decode("utf-16-le", "replace")


def field_command(recs: Records, ctrl: int) -> str:
    """A field's command (spec table 152): after the control id, UINT32 attributes, a BYTE, then a
    WORD length and the command."""
    return _wchars(recs, ctrl, 9)
