"""Routing in a real run: a Ⅱ급 document never reaches the corpus, and the policy file decides."""

from __future__ import annotations

from pathlib import Path

from canary_docs import pdf_with_text
from cli_runs import gongmun, run_cli
from conftest import SAMPLE_DOCS

SECRET_DOCUMENT = """Ⅱ급비밀
사본번호: 제 2 호 (총 5부)
2027년 비상대비 자원 동원 계획
1. 목적: 전시 및 비상사태 시 소관 자원의 동원 대상과 동원 절차를 정함
2. 주요 내용: 동원 대상 업체 및 장비 목록과 보관 장소, 비상 소집 단계별 연락 체계
예고문: 2030. 12. 31.까지 Ⅱ급비밀
Ⅱ급비밀"""


def _inputs(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    pdf_with_text(inputs / "secret.pdf", SECRET_DOCUMENT)
    (inputs / "public.hwp").write_bytes((SAMPLE_DOCS / "nts_ruling_075979.hwp").read_bytes())
    return inputs


def test_ii_grade_document_is_excluded_with_its_reason(tmp_path: Path) -> None:
    run = run_cli([_inputs(tmp_path)], tmp_path / "out")
    assert run.code == 0, run.stderr[-2000:]
    assert [Path(r["uri"]).name for r in run.corpus(["uri"])] == ["public.hwp"]
    (excluded,) = run.table("excluded")
    assert Path(excluded["uri"]).name == "secret.pdf"
    assert excluded["reason"] == "marking:II급" and excluded["marking"] == "II급"
    assert "OIDA-9-1-1" in excluded["reasons"]
    assert excluded["evidence"], "the excluded row must say which marking was found"
    assert not any("text" in k or "markdown" in k for k in excluded), "excluded rows never carry text"


def test_changing_the_policy_changes_routing_and_hash(tmp_path: Path) -> None:
    policy = tmp_path / "let-secrets-in.yaml"
    policy.write_text(
        'version: "test-1"\n'
        "routing:\n"
        "  marking: {II급: include}\n"
        "  disclosure: {public: include, partial: include, non_public: include}\n"
        "  redactable_reasons: null\n"
        "unsafe_allow: ['marking:II급', 'reason:*', 'disclosure:non_public']\n",
        encoding="utf-8",
    )
    default = run_cli([_inputs(tmp_path)], tmp_path / "default")
    custom = run_cli([tmp_path / "in"], tmp_path / "custom", "--policy", str(policy))
    assert custom.code == 0, custom.stderr[-2000:]
    # switching protections off is loud: stderr, manifest, dataset card, report, and verify
    assert (
        "protections switched off by policy: disclosure:non_public, marking:II급, reason:*" in custom.stderr
    )
    unsafe = ["disclosure:non_public", "marking:II급", "reason:*"]
    assert custom.manifest["unsafe"] == unsafe and default.manifest["unsafe"] == []
    assert "WARNING: this run's policy switched protections off" in (custom.out / "README.md").read_text()
    assert "marking:II급" in (custom.out / "report.html").read_text()
    refused = gongmun("verify", str(custom.out))
    assert refused.returncode == 1 and "pass --allow-unsafe" in refused.stderr
    told = gongmun("verify", str(custom.out), "--allow-unsafe", "reason:*,marking:II급,disclosure:non_public")
    assert told.returncode == 0, told.stderr[-2000:]
    assert sorted(Path(r["uri"]).name for r in custom.corpus(["uri"])) == ["public.hwp", "secret.pdf"]
    assert custom.table("excluded") == []
    assert custom.manifest["policy"]["sha256"] != default.manifest["policy"]["sha256"]
    assert custom.manifest["policy"]["version"] == "test-1"
