"""Formats are declared once (FormatSpec) and everything else is derived: sniffing order, converter
lookup, name warnings, directory-scan extensions. A new format = its module + one registration line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gongmun.converters import FORMATS, convert_bytes, document_extensions, register, sniff, spec_for
from gongmun.pipelines.inputs import expand_inputs

sys.path.insert(0, str(Path(__file__).parent / "toyformat"))


@pytest.fixture
def toy_registered() -> Iterator[None]:
    before = list(FORMATS)
    import toy

    register(toy.SPEC)  # the one registration line
    yield
    FORMATS[:] = before


def test_a_registered_toy_format_is_sniffed_converted_and_scanned(
    toy_registered: None, tmp_path: Path
) -> None:
    data = b"TOYDOC1\n" + "첫 줄\n둘째 줄\n".encode()
    assert sniff(data) == "toy"
    doc = convert_bytes(data, "memo.toy")
    assert doc.source.format == "toy" and [b.text for b in doc.blocks] == ["첫 줄", "둘째 줄"]
    assert doc.warnings == []
    assert "content is Toy but the name ends in .txt" in convert_bytes(data, "memo.txt").warnings
    assert ".toy" in document_extensions()
    (tmp_path / "a.toy").write_bytes(data)
    (tmp_path / "b.xyz").write_bytes(data)
    found = expand_inputs([str(tmp_path)])
    assert [Path(f).name for f in found.files] == ["a.toy"] and len(found.skipped) == 1


def test_built_in_formats_come_from_their_specs() -> None:
    assert [f.name for f in FORMATS] == ["hwp5", "hwp3", "pdf", "hwpx", "hwpml"]
    assert spec_for("hwpx").expects(".zip") and not spec_for("hwp5").expects(".pdf")
    assert spec_for("hwpml").expects(".xml") and ".xml" not in document_extensions()
    assert set(document_extensions()) == {".hwp", ".hwt", ".hwpx", ".hwtx", ".hwpt", ".pdf", ".hml"}
