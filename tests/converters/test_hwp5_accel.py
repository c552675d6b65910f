"""The compiled HWP 5 loops (converters/hwp5/_accel.c) against their pure-Python references:
same paragraph text, same blocks from the same section bytes (valid, truncated or damaged), same
documents. The compiled code is only worth having if it can never change an output."""

from __future__ import annotations

import dataclasses
import os
import random
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, SAMPLE_DOCS

from gongmun.converters import Budget, ConversionError, Limits, convert_bytes
from gongmun.converters.hwp5 import accel
from gongmun.converters.hwp5.body import Section, section_blocks
from gongmun.converters.hwp5.cfb import CompoundFile
from gongmun.converters.hwp5.header import ParaKind
from gongmun.converters.hwp5.records import PARA_TEXT, Records, split_records, split_records_python
from gongmun.converters.hwp5.text import plain_text_python

needs_accel = pytest.mark.skipif(not accel.AVAILABLE, reason="the compiled HWP 5 walk was not built")
_PLAIN = ParaKind("paragraph", None)


def _hwp5_files() -> list[Path]:
    """HWP 5 files in the repo, plus the feature files and a slice of the rulings when present."""
    files = [SAMPLE_DOCS / "nts_ruling_075979.hwp", SAMPLE_DOCS / "selection_report.hwp"]
    if CORPUS.exists():
        files += sorted((CORPUS / "hwp5").glob("*.hwp"))
        files += sorted((CORPUS / "nts").glob("*.hwp"))[::25]
    return files


def _sections(path: Path) -> list[bytes]:
    cf = CompoundFile(path.read_bytes())
    names = sorted(n for n in cf.streams("BodyText") if n.startswith("Section"))
    out = []
    for name in names:
        try:
            out.append(zlib.decompress(cf.read(f"BodyText/{name}"), -15))
        except zlib.error:
            continue  # distribution or encrypted bodies: covered by the document comparison
    return out


def test_compiled_walk_is_built() -> None:
    """CI sets GONGMUN_REQUIRE_ACCEL=1: there the build must have produced the compiled walk."""
    if os.environ.get("GONGMUN_REQUIRE_ACCEL") != "1" and not accel.AVAILABLE:
        pytest.skip("compiled walk not built and not required here")
    assert accel.AVAILABLE, "setup did not build converters/hwp5/_accel.c (C compiler missing?)"


@needs_accel
def test_para_text_matches_python_on_real_paragraphs() -> None:
    assert accel.para_text is not None
    checked = 0
    for path in _hwp5_files():
        for section in _sections(path):
            recs = split_records_python(section, Budget())
            for i, tag in enumerate(recs.tags):
                if tag == PARA_TEXT:
                    raw = recs.data(i)
                    assert accel.para_text(raw) == plain_text_python(raw), (path.name, i)
                    checked += 1
    assert checked > 50


@needs_accel
def test_para_text_matches_python_on_random_units() -> None:
    """Control codes, paragraph marks, cut-off 8-unit controls, lone and paired surrogates."""
    assert accel.para_text is not None
    rng = random.Random(11)
    special = [0, 1, 2, 3, 4, 9, 10, 11, 13, 15, 24, 30, 31, 0x20, 0xAC00, 0xD800, 0xDBFF, 0xDC00, 0xDFFF]
    for _ in range(20_000):
        units = [
            rng.choice(special) if rng.random() < 0.6 else rng.randrange(0x10000)
            for _ in range(rng.randrange(40))
        ]
        raw = b"".join(u.to_bytes(2, "little") for u in units) + (b"\x01" if rng.random() < 0.1 else b"")
        assert accel.para_text(raw) == plain_text_python(raw), raw.hex()


def _blocks_of(recs: Records) -> list[Any]:
    try:
        return [
            dataclasses.asdict(b) for b in section_blocks(Section(recs, lambda _: _PLAIN, Budget(), 0), set())
        ]
    except (ConversionError, IndexError, ValueError) as exc:
        return [type(exc).__name__]


_COMPILED = ("split", "para_text", "run_cells", "table_cells", "walk_chain")


def _same_walk(section: bytes, limits: Limits, monkeypatch: pytest.MonkeyPatch) -> None:
    """The section read wholly compiled, then wholly in Python: same blocks, flags and counts."""
    results: list[Any] = []
    for compiled in (True, False):
        budget = Budget(limits)
        with monkeypatch.context() as patch:
            if not compiled:
                for name in _COMPILED:
                    patch.setattr(accel, name, None)
            try:
                recs = (split_records if compiled else split_records_python)(section, budget)
            except ConversionError as exc:
                results.append(exc.code)
                continue
            results.append((recs.truncated, recs.heads, budget.records, _blocks_of(recs)))
    assert results[0] == results[1]


@needs_accel
def test_split_matches_python_on_valid_and_damaged_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole sections, sections cut at random points, and sections with random bytes changed;
    also with a record cap that stops the walk part-way. Read into blocks by each side's own
    code: the compiled record walk and table cells, or the Python ones."""
    rng = random.Random(7)
    sections = [s for path in _hwp5_files() for s in _sections(path)]
    assert sections
    for section in sections:
        _same_walk(section, Limits(), monkeypatch)
        if len(section) > 1 << 16:
            continue  # the damaged variants of the small sections cover every code path
        _same_walk(section, Limits(max_records=max(1, len(section) // 200)), monkeypatch)
        for _ in range(3):
            _same_walk(section[: rng.randrange(len(section) + 1)], Limits(), monkeypatch)
            damaged = bytearray(section)
            for _ in range(rng.randint(1, 8)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            _same_walk(bytes(damaged), Limits(), monkeypatch)


def _outcome(data: bytes, name: str) -> Any:
    try:
        doc = dataclasses.asdict(convert_bytes(data, name))
    except ConversionError as exc:
        return exc.code
    doc["source"].pop("converted_at")
    return doc


@needs_accel
def test_documents_are_identical_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _hwp5_files()
    compiled = {p.name: _outcome(p.read_bytes(), p.name) for p in files}
    for name in _COMPILED:
        monkeypatch.setattr(accel, name, None)
    for path in files:
        assert _outcome(path.read_bytes(), path.name) == compiled[path.name], path.name


def _container_view(data: bytes) -> Any:
    """Everything a reader gets from a container: its streams' bytes and the damaged flag."""
    try:
        cf = CompoundFile(data)
    except (ValueError, IndexError, KeyError) as exc:
        return type(exc).__name__
    streams = {}
    for path, entry in cf.paths.items():
        if entry.kind == 2:
            try:
                streams[path] = cf.read(path)
            except (ValueError, IndexError) as exc:
                streams[path] = type(exc).__name__
    return streams, cf.damaged


@needs_accel
def test_sector_chains_match_python_on_valid_truncated_and_damaged_containers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(3)
    variants = []
    for path in _hwp5_files()[:12]:
        data = path.read_bytes()
        variants.append(data)
        variants += [data[: int(len(data) * f)] for f in (0.2, 0.5, 0.8, 0.97)]
        for _ in range(4):
            damaged = bytearray(data)
            for _ in range(rng.randint(1, 12)):  # the FAT, the directory and the first streams
                damaged[rng.randrange(512, min(len(data), 512 * 12))] = rng.randrange(256)
            variants.append(bytes(damaged))
    compiled = [_container_view(v) for v in variants]
    monkeypatch.setattr(accel, "walk_chain", None)
    assert [_container_view(v) for v in variants] == compiled
