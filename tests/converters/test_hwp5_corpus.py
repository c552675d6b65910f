"""Bounded corpus checks for the HWP 5 converter on ../shared/corpus/nts (real rulings):
agreement with Hancom's own PrvText preview, and pyhwp (dev-only test oracle) paragraph text.

The full-corpus measurement is benchmarks/hwp5_fidelity.py; this is a fixed sample of it."""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from pathlib import Path

import pytest
from conftest import needs_corpus

from gongmun.converters import ConversionError, convert_bytes

_SPACE = re.compile(r"\s+")


def _sample(step: int, limit: int) -> list[Path]:
    files = sorted(p for p in needs_corpus("nts").iterdir() if p.suffix == ".hwp")
    return files[::step][:limit]


def test_prvtext_agreement_on_a_fixed_sample() -> None:
    scores: list[float] = []
    refused: Counter[str] = Counter()
    for path in _sample(36, 56):
        try:
            doc = convert_bytes(path.read_bytes(), str(path))
        except ConversionError as exc:
            refused[exc.code] += 1
            continue
        assert doc.quality["text_source"] == "body"
        score = doc.quality.get("prvtext_agreement")
        assert isinstance(score, float), f"{path.name}: no agreement score"
        scores.append(score)
    assert set(refused) <= {"drm_protected"}
    assert len(scores) >= 50
    assert statistics.fmean(scores) >= 0.999
    assert sum(s >= 0.95 for s in scores) / len(scores) >= 0.995


def _pyhwp_chars(data: bytes) -> tuple[list[str], Counter[str]]:
    """Every ParaText string pyhwp decodes, whitespace removed, and their characters."""
    olefile = pytest.importorskip("olefile")
    binmodel = pytest.importorskip("hwp5.binmodel")
    storage = pytest.importorskip("hwp5.storage.ole")
    hwp = binmodel.Hwp5File(storage.OleStorage(olefile.OleFileIO(io.BytesIO(data))))
    texts: list[str] = []
    for section in hwp.bodytext.sections:
        for model in section.models():
            if model["type"].__name__ == "ParaText":
                chunks = model["content"]["chunks"]
                text = _SPACE.sub("", "".join(c for _, c in chunks if isinstance(c, str)))
                if text:
                    texts.append(text)
    return texts, Counter("".join(texts))


def test_paragraph_text_matches_pyhwp_oracle() -> None:
    compared = 0
    for path in _sample(97, 21):
        data = path.read_bytes()
        try:
            doc = convert_bytes(data, str(path))
        except ConversionError:
            continue
        texts, expected = _pyhwp_chars(data)
        ours = _SPACE.sub("", "".join(b.text for b in doc.blocks if b.kind != "equation"))
        # Same characters, same counts: nothing lost, nothing invented (control payloads skipped).
        assert Counter(ours) == expected, path.name
        # Every paragraph appears contiguously in our text.
        missing = [t for t in texts if t not in ours]
        assert not missing, f"{path.name}: {len(missing)} paragraphs not found"
        compared += 1
    assert compared >= 18
