"""Shared test fixtures. Tests on ../shared corpora skip cleanly when it is absent (a user's clone)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = REPO / "sample_docs"
SHARED = Path(os.environ.get("GONGMUN_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
PII_DEV = SHARED / "pii-dev"


def needs_corpus(*parts: str) -> Path:
    """Path under ../shared/corpus, or skip the calling test when it is missing."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared corpus not available: {path}")
    return path


@pytest.fixture
def corpus_dir() -> Path:
    return needs_corpus()


@pytest.fixture
def pii_dev_dir() -> Path:
    if not PII_DEV.exists():
        pytest.skip(f"shared pii-dev not available: {PII_DEV}")
    return PII_DEV


@pytest.fixture(scope="session")
def redactor() -> Any:
    """The default Korean analyzer, built once for the whole run (building it loads Kiwi's model)."""
    from shared_core import redactor as shared

    return shared()


@pytest.fixture(params=["compiled", "pure-python"])
def hwp5_walk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test once on the compiled HWP 5 loops and once on the pure-Python ones (both real;
    which one runs is a build choice, see converters/hwp5/accel.py)."""
    from gongmun.converters.hwp5 import accel

    if request.param == "compiled":
        if not accel.AVAILABLE:
            pytest.skip("the compiled HWP 5 walk was not built")
    else:
        monkeypatch.setattr(accel, "split", None)
        monkeypatch.setattr(accel, "para_text", None)
        monkeypatch.setattr(accel, "run_cells", None)
        monkeypatch.setattr(accel, "walk_chain", None)
        monkeypatch.setattr(accel, "table_cells", None)
    return str(request.param)
