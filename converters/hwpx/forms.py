"""HWPX form controls (hp:btn, hp:checkBtn, hp:radioBtn, hp:comboBox, hp:listBox, hp:edit) read
into a FormControl (converters/forms.py says how each is drawn as text)."""

from __future__ import annotations

from lxml import etree

from ..forms import FormControl, int_value
from .xmlsafe import local

_KINDS = {"btn": "button", "checkBtn": "check", "radioBtn": "radio", "comboBox": "combo", "listBox": "list"}
_VALUES = {"UNCHECKED": 0, "CHECKED": 1, "INDETERMINATE": 2}


def form_control(el: etree._Element) -> FormControl:
    """The control's kind, caption, check state (value), text and size (hp:sz)."""
    name = local(el.tag)
    size = next((child for child in el if local(child.tag) == "sz"), None)
    return FormControl(
        _KINDS.get(name, "edit" if name == "edit" else "button"),
        el.get("caption") or "",
        _VALUES.get((el.get("value") or "").upper(), 0),
        _text(el, name),
        int_value(size.get("width")) if size is not None else 0,
        int_value(size.get("height")) if size is not None else 0,
    )


def _text(el: etree._Element, name: str) -> str:
    """An edit box's hp:text; a combo or list box's selected value, or the one item it has (the
    text Hancom shows in the box)."""
    if name == "edit":
        return "".join("".join(child.itertext()) for child in el if local(child.tag) == "text")
    if name not in ("comboBox", "listBox"):
        return ""
    selected = el.get("selectedValue") or ""
    items = [child for child in el if local(child.tag) == "listItem"]
    if not selected and len(items) == 1:
        selected = items[0].get("displayText") or items[0].get("value") or ""
    return selected
