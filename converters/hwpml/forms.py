"""HWPML form controls (BUTTON, CHECKBUTTON, RADIOBUTTON, COMBOBOX, LISTBOX, EDIT) read into a
FormControl (converters/forms.py says how each is drawn as text).

Per Hancom's HWPML 3.0 tables (revision 1.2, §5.8): every control holds a SHAPEOBJECT (its SIZE in
HWPUNIT) and a FORMOBJECT; buttons keep Caption and Value in FORMOBJECT/BUTTONSET, a combo or list box
shows its Text attribute, and an edit box's text is the EDITTEXT element. The spec gives no encoding
for a button's Value, so the words HWPX uses (CHECKED, UNCHECKED, INDETERMINATE) and the numbers
HWP 5 uses (1, 0, 2) are both read.
"""

from __future__ import annotations

from lxml import etree

from ..forms import FormControl, int_value
from ..hwpx.xmlsafe import local

FORM_ELEMENTS = {
    "BUTTON": "button",
    "CHECKBUTTON": "check",
    "RADIOBUTTON": "radio",
    "COMBOBOX": "combo",
    "LISTBOX": "list",
    "EDIT": "edit",
}
_VALUES = {"CHECKED": 1, "1": 1, "TRUE": 1, "INDETERMINATE": 2, "2": 2}


def form_control(el: etree._Element) -> FormControl:
    """The control's kind, caption, check state, text and size."""
    kind = FORM_ELEMENTS[local(el.tag)]
    buttons = _child(_child(el, "FORMOBJECT"), "BUTTONSET")
    size = _child(_child(el, "SHAPEOBJECT"), "SIZE")
    if kind == "edit":
        edit_text = _child(el, "EDITTEXT")
        text = "".join(edit_text.itertext()) if edit_text is not None else ""
    else:
        text = el.get("Text") or ""
    return FormControl(
        kind,
        (buttons.get("Caption") or "") if buttons is not None else "",
        _VALUES.get(((buttons.get("Value") if buttons is not None else "") or "").upper(), 0),
        text,
        int_value(size.get("Width")) if size is not None else 0,
        int_value(size.get("Height")) if size is not None else 0,
    )


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    return next((sub for sub in el if local(sub.tag) == name), None)
