"""The isolation child serves documents pipelined (the next one is sent before the last outcome is
collected): a document that hangs or kills the child fails alone, as `timeout` or `crashed` under its
redacted name, and the documents queued behind it are served by a fresh child, in order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from canary_docs import pdf_with_text
from misbehaving_recognizer import CRASH_MARKER, HANG_MARKER

from gongmun.pipelines.isolation import IsolatedCore
from gongmun.pipelines.stage import Resources
from gongmun.schemas.policy import load_policy

SAMPLES = Path(__file__).resolve().parents[2] / "sample_docs"


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory) -> IsolatedCore:
    policy = tmp_path_factory.mktemp("policy") / "policy.yaml"
    policy.write_text(
        "version: isolation-test\nlimits:\n  document_seconds: 6\n"
        "redaction:\n  extra_recognizers: ['misbehaving_recognizer:MisbehaveOnMarker']\n",
        encoding="utf-8",
    )
    return IsolatedCore(Resources(load_policy(str(policy)), os.urandom(32)))


def _pdf(tmp: Path, name: str, text: str) -> bytes:
    pdf_with_text(tmp / name, text)
    return (tmp / name).read_bytes()


def test_a_hang_and_a_crash_fail_alone_and_the_queue_behind_them_is_served(
    core: IsolatedCore, tmp_path: Path
) -> None:
    fine = (SAMPLES / "nts_ruling_075979.hwp").read_bytes()
    jobs = [
        ("in/first.hwp", fine),
        ("in/홍길순_stuck.pdf", _pdf(tmp_path, "stuck.pdf", f"민원 회신\n{HANG_MARKER}\n")),
        ("in/second.hwp", fine),
        ("in/dies.pdf", _pdf(tmp_path, "dies.pdf", f"보고서\n{CRASH_MARKER}\n")),
        ("in/unread.pdf", None),  # only the name is asked, as for an input too large to read
        ("in/third.hwp", fine),
    ]
    try:
        for uri, data in jobs:
            core.submit(uri, data, uri)
        assert core.in_flight == len(jobs)
        results = [core.result() for _ in jobs]
    finally:
        core.close()
    assert [tag for tag, _, _ in results] == [uri for uri, _ in jobs]  # in the order submitted
    kinds = [None if o is None else (o.kind, o.row.get("error")) for _, _, o in results]
    assert kinds[0][0] == kinds[2][0] == kinds[5][0] == "corpus"
    assert kinds[1] == ("failed", "timeout")
    assert kinds[3] == ("failed", "crashed")
    assert kinds[4] is None
    stuck = results[1][2]
    assert stuck is not None and "홍길순" not in stuck.row["uri"]  # reported under its redacted name
    assert [safe for _, safe, _ in results][4] == "in/unread.pdf"


def test_one_document_at_a_time_still_works_after_a_failure(core: IsolatedCore, tmp_path: Path) -> None:
    crash = _pdf(tmp_path, "dies.pdf", f"보고서\n{CRASH_MARKER}\n")
    try:
        assert core.outcome("in/dies.pdf", crash).row["error"] == "crashed"
        fine = (SAMPLES / "nts_ruling_075979.hwp").read_bytes()
        assert core.outcome("in/fine.hwp", fine).kind == "corpus"
        assert core.safe_uri("in/plain.hwp") == "in/plain.hwp"
    finally:
        core.close()
