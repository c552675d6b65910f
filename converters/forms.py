"""Form controls (양식 개체) as the text a reader of the page sees: a button's caption, a check box
or radio button as ☑/☐ (◉/○) with its caption, the text of an edit box or combo box.

Public-sector forms carry their answers in these controls ("검토 완료 ☑ 해당없음 ☐"), so a
caption alone ("선택 상자", the default name) says nothing. A check box drawn too narrow for its
caption (the common "box only" use in tables) shows just the box, and so does the text.

HWP 5 keeps a control's properties as a parameter-set string in HWPTAG_FORM_OBJECT:
`Name:type:value` items, where `wstring:N:` is followed by N characters and `set:N:` by N
characters of nested items ("ButtonSet:set:68:Caption:wstring:5:선택 상자 Value:int:1 …").
HWPX writes the same as attributes of hp:checkBtn, hp:radioBtn, hp:comboBox, hp:edit….
"""

from __future__ import annotations

from dataclasses import dataclass

_CHECK = {0: "☐", 1: "☑", 2: "▣"}  # unchecked, checked, indeterminate (tri-state boxes)
_RADIO = {0: "○", 1: "◉", 2: "◉"}
_CAPTION_ROOM = 1.5  # a caption is drawn when the control is wider than this many heights


@dataclass(frozen=True, slots=True)
class FormControl:
    """A form control's kind (button, check, radio, combo, edit, list) and what it shows."""

    kind: str
    caption: str = ""
    value: int = 0  # check boxes and radio buttons: 0 off, 1 on, 2 indeterminate
    text: str = ""  # edit and combo boxes: their text
    width: int = 0
    height: int = 0

    def drawn(self) -> str:
        """The control as text ("" when it shows nothing)."""
        if self.kind in ("check", "radio"):
            mark = (_CHECK if self.kind == "check" else _RADIO).get(self.value, _CHECK[0])
            caption = self.caption.strip() if self._caption_fits() else ""
            return f"{mark} {caption}" if caption else mark
        if self.kind in ("combo", "edit", "list"):
            return self.text.strip()
        return self.caption.strip()

    def _caption_fits(self) -> bool:
        return not self.height or self.width > _CAPTION_ROOM * self.height


def parameter_items(text: str) -> dict[str, str]:
    """The items of an HWP 5 parameter-set string, nested sets flattened (first one wins)."""
    items: dict[str, str] = {}
    _read(text, 0, len(text), items)
    return items


def _read(text: str, pos: int, end: int, items: dict[str, str]) -> None:
    while pos < end:
        while pos < end and text[pos] == " ":
            pos += 1
        name_end = text.find(":", pos, end)
        type_end = text.find(":", name_end + 1, end) if name_end >= 0 else -1
        if type_end < 0:
            return
        name, kind = text[pos:name_end], text[name_end + 1 : type_end]
        pos = type_end + 1
        if kind in ("wstring", "set"):
            size_end = text.find(":", pos, end)
            if size_end < 0 or not text[pos:size_end].isdigit():
                return
            size = int(text[pos:size_end])
            pos = size_end + 1
            if kind == "set":
                _read(text, pos, min(pos + size, end), items)
            else:
                items.setdefault(name, text[pos : pos + size])
            pos += size
        else:
            value_end = text.find(" ", pos, end)
            value_end = end if value_end < 0 else value_end
            items.setdefault(name, text[pos:value_end])
            pos = value_end


def int_value(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0
