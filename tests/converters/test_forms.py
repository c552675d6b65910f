"""Form controls (issue 14): what a check box, radio button, combo box or edit box shows, read from
HWP 5 form objects, HWPX form elements and HWPML form objects alike, and marked as a form's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.converters.forms import FormControl, parameter_items
from gongmun.schemas import Document


def _set(name: str, body: str) -> str:
    return f"{name}:set:{len(body)}:{body}"


def test_parameter_set_strings() -> None:
    text = " ".join(
        [
            _set("CommonSet", "Name:wstring:8:CheckBox TabOrder:int:2 "),
            _set("ButtonSet", "Caption:wstring:5:선택 상자 Value:int:1 TriState:bool:0 "),
            _set("EditSet", "Text:wstring:9:a b:c d e MaxLength:int:9"),
        ]
    )
    assert parameter_items(text) == {
        "Name": "CheckBox",
        "TabOrder": "2",
        "Caption": "선택 상자",
        "Value": "1",
        "TriState": "0",
        "Text": "a b:c d e",
        "MaxLength": "9",
    }
    assert parameter_items("Caption:wstring:99:cut") == {"Caption": "cut"}  # a damaged length
    assert parameter_items("garbage") == {}


# (control, drawn text)
DRAWN = [
    (FormControl("button", "명령 단추"), "명령 단추"),
    (FormControl("check", "선택 상자", 1, width=9921, height=1984), "☑ 선택 상자"),
    (FormControl("check", "선택 상자", 0, width=9921, height=1984), "☐ 선택 상자"),
    (FormControl("check", "선택 상자", 1, width=1297, height=2063), "☑"),  # too narrow for its caption
    (FormControl("check", "", 2), "▣"),
    (FormControl("radio", "남", 1), "◉ 남"),
    (FormControl("radio", "여", 0), "○ 여"),
    (FormControl("combo", text="계절 선택"), "계절 선택"),
    (FormControl("edit", "무시되는 이름", text=" 홍길동 "), "홍길동"),
    (FormControl("edit"), ""),
]


@pytest.mark.parametrize(("control", "drawn"), DRAWN)
def test_controls_drawn_as_text(control: FormControl, drawn: str) -> None:
    assert control.drawn() == drawn


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


# (file, its text, exactly): a button, a checked box, a combo box showing "계절 선택", an unset radio
# button, an empty edit box, then a click-here field's text
FORMS = [
    (("hwp5", "rhwp__form-01.hwp"), "명령 단추\n☑ 선택 상자\n계절 선택\n○ 라디오 단추\n여기에 입력"),
    (("hwpx", "rhwp__form-01.hwpx"), "명령 단추\n☑ 선택 상자\n계절 선택\n○ 라디오 단추\n여기에 입력"),
    (("hwp5", "hwp2hwpx__check_button__from.hwp"), "☑ 선택 상자445"),
    (("hwpx", "hwp2hwpx__check_button__from.hwpx"), "☑ 선택 상자445"),
    (("hwpx", "hwpxlib__SimpleButtons.hwpx"), "명령 단추1 ☐ 선택 상자1 ○ 라디오 단추1"),
]


def test_hwpml_form_controls_read_like_their_hwpx_twin() -> None:
    """The same form written as HWPML (tests/converters/data/hwpml/form_controls.hml, from
    rhwp__form-01.hwpx): BUTTONSET Caption and Value, COMBOBOX Text, EDIT/EDITTEXT, SHAPEOBJECT/SIZE."""
    hml = Path(__file__).parent / "data" / "hwpml" / "form_controls.hml"
    doc = convert_bytes(hml.read_bytes(), "form_controls.hml")
    assert doc.to_text() == "명령 단추\n☑ 선택 상자\n계절 선택\n○ 라디오 단추\n여기에 입력"
    assert [m.attrs["control"] for b in doc.blocks for m in b.marks if m.kind == "form"] == [
        "button",
        "check",
        "combo",
        "radio",
    ]


@pytest.mark.parametrize(("parts", "text"), FORMS)
def test_form_values(parts: tuple[str, str], text: str) -> None:
    doc = _convert(*parts)
    assert doc.to_text() == text
    assert doc.quality["prvtext_agreement"] in (None, 1.0)  # Hancom's preview leaves controls out


def test_checklist_answers_in_a_table() -> None:
    """A 공문's review checklist: tiny check boxes (no caption drawn) in the 검토 완료 / 해당없음
    columns; the answers are the document's content."""
    doc = _convert("hwpx", "rhwp__36341511_masked.hwpx")
    lines = doc.to_text().split("\n")
    row = next(line for line in lines if line.startswith("사전절차\t"))
    assert row.split("\t")[2:4] == ["☑", "☐"]
    cells = [c for b in doc.blocks for r in b.rows or [] for c in r if c.text == "☑"]
    mark = cells[0].blocks[0].marks[0]
    assert (mark.kind, mark.attrs, cells[0].blocks[0].text[mark.start : mark.end]) == (
        "form",
        {"control": "check"},
        "☑",
    )
