"""Every file in ../shared/corpus/bad ends as a clear refusal or as text with a warning: never a
crash, never silently clean text from a damaged or misnamed file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

from gongmun.converters import ConversionError, convert_bytes

BAD = sorted(p.name for p in (CORPUS / "bad").iterdir()) if (CORPUS / "bad").is_dir() else []


@pytest.mark.parametrize("name", BAD)
def test_bad_file_is_refused_or_warned(name: str) -> None:
    path: Path = needs_corpus("bad", name)
    try:
        doc = convert_bytes(path.read_bytes(), str(path))
    except ConversionError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert doc.warnings, f"{name} converted without any warning"


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        ("rhwp__76076_regulatory_analysis.hwpx", "content is HWP 5 but the name ends in .hwpx"),
        ("rhwp__hwp5-tbl-attr-1916.hwp", "content is HWPX but the name ends in .hwp"),
    ],
)
def test_misnamed_files_say_so(name: str, warning: str) -> None:
    path = needs_corpus("bad", name)
    assert warning in convert_bytes(path.read_bytes(), str(path)).warnings
