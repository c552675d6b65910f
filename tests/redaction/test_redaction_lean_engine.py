"""The default (lean) analyzer runs without Presidio and finds exactly what Presidio's engine finds."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from gongmun.redaction import Redactor
from gongmun.schemas.policy import load_policy

TEXTS = (
    "신청인 도하람 (주민등록번호 900214-1234561) 연락처 010 4821 9073",
    "담당 주무관 여송이에게 문의하시면 됩니다. 전자우편 songi.yeo@example.org",
    "예금주 구민철 / 농협 302-1187-6654-21 / 차량 12가3456",
    "참석자: 탁윤서 위원장, 한도경 위원(62), 변호사 진서우",
)


def test_lean_redactor_does_not_import_presidio_or_spacy() -> None:
    """Presidio's import brings spaCy, about a second and ~95 MB in every worker the lean path never uses."""
    probe = (
        "import sys\n"
        "from gongmun.redaction import Redactor\n"
        "Redactor().analyze_text('성명: 도하람, 연락처 010-4821-9073')\n"
        "print(sorted(m for m in ('presidio_analyzer', 'spacy') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"


def test_lean_and_presidio_engines_find_the_same_spans() -> None:
    lean = Redactor(load_policy().redaction, secret=b"k" * 32)
    presidio = Redactor(dataclasses.replace(load_policy().redaction, engine="presidio"), secret=b"k" * 32)
    assert lean.engine is None and presidio.engine is not None
    for text in TEXTS:
        found = lean.analyze_text(text)
        assert found, text
        assert found == presidio.analyze_text(text)
