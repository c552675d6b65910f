"""Text that lives in a control's own record rather than in a paragraph list: equation scripts,
text art, form controls (caption, value, text), the main text of 덧말 / 글자 겹침, auto numbers (그림 1) and the
command of a field (a hyperlink's target)."""

from __future__ import annotations

import struct

from ..autonumber import DRAWN_CODES, AutoNumbers
from ..forms import FormControl, int_value, parameter_items
from .records import Records
from .text import decode_units, fix_surrogates

_U16 = struct.Struct("<H")
_AUTONUMBER = struct.Struct("<IH2s2s2s")  # after the control id: attributes, number, user/before/after
_SIZE = struct.Struct("<II")
# HWPTAG_FORM_OBJECT ids (stored byte-reversed, like control ids) -> kind
_FORM_KINDS = {"+pbt": "button", "+cbt": "check", "+rbt": "radio", "+cob": "combo", "+edt": "edit"}


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


def form_control(recs: Records, ctrl: int, obj: int) -> FormControl:
    """A form control: its kind from the object's id, its caption, value and text from the
    parameter set of HWPTAG_FORM_OBJECT `obj` (a WORD length at offset 12, then the string), its
    size from the 'form' control's common properties (width and height at offsets 16 and 20)."""
    data = recs.data(obj)
    size = _U16.unpack_from(data, 12)[0] if len(data) >= 14 else 0
    raw = data[14 : 14 + 2 * size]
    items = parameter_items(fix_surrogates(decode_units(raw[: len(raw) // 2 * 2])))
    kind = _FORM_KINDS.get(data[:4][::-1].decode("latin-1")) or ("edit" if "Text" in items else "button")
    width = height = 0
    if recs.ends[ctrl] - recs.starts[ctrl] >= 24:
        width, height = _SIZE.unpack_from(recs.buf, recs.starts[ctrl] + 16)
    return FormControl(
        kind, items.get("Caption", ""), int_value(items.get("Value")), items.get("Text", ""), width, height
    )


def autonumber(recs: Records, ctrl: int, numbers: AutoNumbers) -> str:
    """자동 번호 ('atno', spec table 142): kind in bits 0-3 and number shape in bits 4-11 of the
    attributes, the number Hancom last drew, and the characters drawn before and after it."""
    start, end = recs.starts[ctrl] + 4, recs.ends[ctrl]
    if end - start < _AUTONUMBER.size or recs.buf[start] & 0xF not in DRAWN_CODES:
        return ""  # page and note numbers (most of them) are not drawn into the text
    attr, number, _user, before, after = _AUTONUMBER.unpack_from(recs.buf, start)
    return numbers.text(attr & 0xF, number, (attr >> 4) & 0xFF, _wchar(before), _wchar(after))


def _wchar(raw: bytes) -> str:
    return raw.decode("utf-16-le", "replace")


def field_command(recs: Records, ctrl: int) -> str:
    """A field's command (spec table 152): after the control id, UINT32 attributes, a BYTE, then a
    WORD length and the command."""
    return _wchars(recs, ctrl, 9)
