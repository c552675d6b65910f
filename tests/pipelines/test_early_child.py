"""The warming document child (early_child.py): started before the run knows its resources, it serves
documents under exactly the policy, secret and memory cap it is sent afterwards, as a child started
later would; a child nobody takes is stopped at once."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from gongmun.pipelines import early_child
from gongmun.pipelines.core import DocumentCore
from gongmun.pipelines.isolation import IsolatedCore
from gongmun.pipelines.stage import Resources
from gongmun.schemas.policy import load_policy

SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / "fire_report.hwpx"


def _address_space_cap(pid: int) -> int | None:
    for line in Path(f"/proc/{pid}/limits").read_text(encoding="ascii").splitlines():
        if line.startswith("Max address space"):
            soft = line.split()[3]
            return None if soft == "unlimited" else int(soft)
    return None


def _timeless(row: dict[str, Any]) -> dict[str, Any]:
    """The row without the moment of conversion, which two cores cannot share."""
    document = json.loads(row["document_json"])
    del document["source"]["converted_at"]
    return {**row, "document_json": document}


def test_the_early_child_serves_under_the_resources_it_is_sent_after_warming_up(tmp_path: Path) -> None:
    # warmed with the packaged policy, then sent another one: the sent one must govern its core
    masking = tmp_path / "policy.yaml"
    masking.write_text("redaction:\n  operators:\n    PERSON: mask\n", encoding="utf-8")
    policy = load_policy(str(masking))
    resources = Resources(policy, os.urandom(32))
    data = SAMPLE.read_bytes()
    early_child.start()
    warm_pid = early_child._EARLY[0][0].pid
    core = IsolatedCore(resources)
    try:
        served = core.outcome(SAMPLE.name, data)
        assert core._proc is not None and core._proc.pid == warm_pid  # the warm child, not a new one
        assert _address_space_cap(warm_pid) == policy.limits.document_memory_mb * 1024 * 1024
    finally:
        core.close()
    in_process = DocumentCore(resources)
    direct = in_process.outcome(in_process.safe_uri(SAMPLE.name), data)
    packaged = DocumentCore(Resources(load_policy(), resources.secret)).outcome(SAMPLE.name, data)
    assert _timeless(served.row) == _timeless(direct.row) and served.findings == direct.findings
    assert served.row["text"] != packaged.row["text"]  # (the two policies do redact differently)


def test_an_early_child_nobody_takes_is_stopped_at_once() -> None:
    early_child.start()
    proc = early_child._EARLY[0][0]
    started = time.monotonic()
    early_child.discard()
    assert time.monotonic() - started < 5
    assert not proc.is_alive()
    assert early_child.take() is None


def test_only_the_first_core_takes_the_early_child() -> None:
    resources = Resources(load_policy(), os.urandom(32))
    early_child.start()
    first, second = IsolatedCore(resources), IsolatedCore(resources)
    try:
        first.spawn()
        second.spawn()
        assert first._proc is not None and second._proc is not None
        assert first._proc.pid != second._proc.pid
        assert early_child.take() is None
    finally:
        first.close()
        second.close()
