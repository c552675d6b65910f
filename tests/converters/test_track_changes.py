"""Tracked changes (issue 14): the text as it reads after the edits (insertions in, deletions out),
with the changes kept as marks in document_json (insert spans, delete points, their dates)."""

from __future__ import annotations

import io
import re
import zipfile

from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.schemas import Document, Mark

TRACKED = ("hwpx", "python-hwpx__40_trackchange_min.hwpx")
DATE = "2026-02-24T00:51:00Z"


def test_insertions_are_text_and_insert_marks() -> None:
    path = needs_corpus(*TRACKED)
    doc = convert_bytes(path.read_bytes(), str(path))
    assert [(b.text, b.marks) for b in doc.blocks] == [
        ("NEW_LINE_1", [Mark("insert", 0, 10, {"date": DATE})]),
        ("<<TC_01>>", [Mark("insert", 0, 9, {"date": DATE})]),
    ]
    assert doc.quality["prvtext_agreement"] == 1.0


def _with_section(paragraphs: str) -> Document:
    """The tracked-change file (its header names change 1, an insertion) with other paragraphs."""
    path = needs_corpus(*TRACKED)
    source = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "Contents/section0.xml":
                text = data.decode("utf-8")
                first = text.index("<hp:p ")
                data = (text[:first] + paragraphs + "</hs:sec>").encode("utf-8")
            target.writestr(info, data)
    return convert_bytes(out.getvalue(), "tracked.hwpx")


def test_deletions_leave_the_text_and_a_point_mark() -> None:
    doc = _with_section(
        '<hp:p id="1" paraPrIDRef="0"><hp:run charPrIDRef="7"><hp:t>예산은 '
        '<hp:deleteBegin Id="5" TcId="1"/>3억 원<hp:deleteEnd Id="5" TcId="1"/>'
        '<hp:insertBegin Id="6" TcId="1"/>5억 원<hp:insertEnd Id="6" TcId="1"/>이다.</hp:t></hp:run></hp:p>'
    )
    block = doc.blocks[0]
    assert block.text == "예산은 5억 원이다."
    assert block.marks == [Mark("delete", 4, 4, {"date": DATE}), Mark("insert", 4, 8, {"date": DATE})]
    assert "3억" not in doc.to_json()  # deleted text is not kept anywhere


def test_an_insertion_across_runs_and_a_link_inside_it() -> None:
    doc = _with_section(
        '<hp:p id="1" paraPrIDRef="0"><hp:run charPrIDRef="7"><hp:t>문의: <hp:insertBegin Id="2" TcId="1"/>누리집 '
        '</hp:t></hp:run><hp:run charPrIDRef="7"><hp:ctrl><hp:fieldBegin id="9" type="HYPERLINK">'
        '<hp:parameters><hp:stringParam name="Command">https\\://www.go.kr;1;0;0;</hp:stringParam>'
        "</hp:parameters></hp:fieldBegin></hp:ctrl><hp:t>www.go.kr</hp:t><hp:ctrl>"
        '<hp:fieldEnd beginIDRef="9"/></hp:ctrl><hp:t><hp:insertEnd Id="2" TcId="1"/> 참조</hp:t></hp:run></hp:p>'
    )
    block = doc.blocks[0]
    assert block.text == "문의: 누리집 www.go.kr 참조"
    spans = sorted((m.kind, block.text[m.start : m.end]) for m in block.marks)
    assert spans == [("insert", "누리집 www.go.kr"), ("link", "www.go.kr")]
    assert re.search(r"\[www\.go\.kr\]\(https://www\.go\.kr\)", doc.to_markdown())


def _with_tracking(data: bytes) -> bytes:
    """A copy of an HWP 5 whose FileHeader says it was saved with change tracking (bit 14)."""
    at = data.index(b"HWP Document File")
    flags = int.from_bytes(data[at + 36 : at + 40], "little") | 1 << 14
    return data[: at + 36] + flags.to_bytes(4, "little") + data[at + 40 :]


def test_an_hwp5_saved_with_change_tracking_says_its_text_is_unmarked() -> None:
    """No HWP 5 of the shared corpus (2,157 files) has tracked changes, and the public spec does not
    say how they are stored: the flag is set on a real file, whose text must not change."""
    path = needs_corpus("hwp5", "rhwp__KTX.hwp")
    plain = convert_bytes(path.read_bytes(), str(path))
    tracked = convert_bytes(_with_tracking(path.read_bytes()), "tracked.hwp")
    assert "track_changes" in tracked.source.flags and "track_changes" not in plain.source.flags
    assert any("change tracking" in w for w in tracked.warnings)
    assert tracked.to_text() == plain.to_text()
