"""Redaction fails closed: a document whose analysis raised is failed, never written to the corpus."""

from __future__ import annotations

from pathlib import Path

from canary_docs import pdf_with_text
from cli_runs import run_cli
from conftest import SAMPLE_DOCS
from failing_recognizer import MARKER


def test_analyzer_failure_sends_only_that_document_to_failed(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    pdf_with_text(inputs / "breaks.pdf", f"민원 처리 결과 통지\n{MARKER}\n담당자 연락처 010-2345-6789")
    (inputs / "fine.hwp").write_bytes((SAMPLE_DOCS / "nts_ruling_075979.hwp").read_bytes())
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: fail-closed-test\nredaction:\n  extra_recognizers: ['failing_recognizer:FailOnMarker']\n",
        encoding="utf-8",
    )
    run = run_cli(
        [inputs], tmp_path / "out", "--policy", str(policy), env={"PYTHONPATH": str(Path(__file__).parent)}
    )
    assert run.code == 1, run.stderr[-2000:]
    assert [Path(r["uri"]).name for r in run.corpus(["uri"])] == ["fine.hwp"]
    (failed,) = run.table("failed")
    assert Path(failed["uri"]).name == "breaks.pdf"
    assert (failed["stage"], failed["error"]) == ("redact", "redaction_failed")
    assert "010-2345-6789" not in failed["message"] and MARKER not in failed["message"]
    assert run.table("findings") == [] or all(
        Path(f["uri"]).name == "fine.hwp" for f in run.table("findings")
    )
    assert run.manifest["counts"]["reconciled"]
