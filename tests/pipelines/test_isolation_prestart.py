"""The document child started before the pipeline is built (isolation.prestart): the DoFn takes that
very child, it serves documents like any other, and a child nobody takes is stopped at once."""

from __future__ import annotations

import os
import time
from pathlib import Path

from gongmun.pipelines.isolation import discard_prestarted, prestart, take_prestarted
from gongmun.pipelines.stage import Resources
from gongmun.schemas.policy import load_policy

SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / "fire_report.hwpx"


def test_the_prestarted_child_is_taken_once_and_serves_documents() -> None:
    resources = Resources(load_policy(), os.urandom(32))
    prestart(resources)
    core = take_prestarted(resources)
    assert core is not None
    assert take_prestarted(resources) is None  # handed out once
    try:
        outcome = core.outcome("fire_report.hwpx", SAMPLE.read_bytes())
        assert outcome.kind in ("corpus", "excluded")
    finally:
        core.close()


def test_a_child_nobody_takes_is_stopped_without_waiting_for_its_start() -> None:
    resources = Resources(load_policy(), os.urandom(32))
    prestart(resources)
    started = time.monotonic()
    discard_prestarted()
    assert time.monotonic() - started < 5
    assert take_prestarted(resources) is None
