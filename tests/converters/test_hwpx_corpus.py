"""One bounded pass over the whole HWPX corpus (~245 files, a few seconds): the acceptance numbers.
benchmarks/hwpx_fidelity.py prints the same measurement with per-file detail."""

from __future__ import annotations

import statistics

from conftest import needs_corpus

from gongmun.converters import ConversionError, convert_bytes


def test_hwpx_corpus_converts_and_agrees_with_previews() -> None:
    files = sorted(needs_corpus("hwpx").glob("*.hwpx"))
    assert len(files) >= 200
    converted, scores = 0, []
    for path in files:
        try:
            doc = convert_bytes(path.read_bytes(), str(path))
        except ConversionError:
            continue
        converted += 1
        agreement = doc.quality.get("prvtext_agreement")
        if isinstance(agreement, float):
            scores.append(agreement)
    assert converted / len(files) >= 0.98
    assert len(scores) >= 150
    assert statistics.fmean(scores) >= 0.98
