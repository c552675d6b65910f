"""The policy contract: every key known, every value typed, no protection switched off silently.

Each bad policy is tried twice: loading it raises a PolicyError naming the key, and every command
that takes --policy answers with one line on stderr and exit 2, before any document is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gongmun.cli import main
from gongmun.schemas.policy import PolicyError, load_policy

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_docs" / "nts_ruling_075979.hwp"

BAD = [
    # unknown keys, at every level
    ("routng: {}", "routng: unknown (did you mean routing?)"),
    ("redaction: {entitys: [PERSON]}", "redaction.entitys: unknown (did you mean entities?)"),
    ("routing: {marking: {IV급: exclude}}", "routing.marking.IV급: unknown"),
    ("redaction: {operators: {PERSN: mask}}", "redaction.operators.PERSN: unknown"),
    ("limits: {document_secs: 10}", "limits.document_secs: unknown"),
    # wrong types
    ("redaction: {score_threshold: abc}", "redaction.score_threshold: must be a number"),
    ("corpus: 5", "corpus: must be a mapping"),
    ("routing: {deduplicate: 'no'}", "routing.deduplicate: must be true or false"),
    ("corpus: {rows_per_shard: 2.5}", "corpus.rows_per_shard: must be a whole number"),
    ("redaction: {entities: PERSON}", "redaction.entities: must be a list or null"),
    ("limits: {document_seconds: true}", "limits.document_seconds: must be a number"),
    # out of range or unknown values
    ("corpus: {rows_per_shard: 0}", "corpus.rows_per_shard: must be between 1"),
    ("corpus: {validation_fraction: 1.5}", "corpus.validation_fraction: must be in [0, 1)"),
    ("redaction: {score_threshold: -0.1}", "redaction.score_threshold: must be in [0, 1]"),
    ("limits: {document_seconds: 0}", "limits.document_seconds: must be in (0,"),
    ("redaction: {default_operator: keep}", 'redaction.default_operator: "keep" is not one of'),
    ("redaction: {operators: {PERSON: shred}}", 'redaction.operators.PERSON: "shred" is not one of'),
    ("routing: {marking: {II급: publish}}", 'routing.marking.II급: "publish" is not one of'),
    ("routing: {redactable_reasons: [OIDA-9-1-9]}", "routing.redactable_reasons[0]"),
    ("redaction: {extra_recognizers: ['no colon here']}", "redaction.extra_recognizers[0]"),
    # protections switched off without saying so
    ("redaction: {score_threshold: 1.5}", "redaction.score_threshold: must be in [0, 1]"),
    ("redaction: {score_threshold: 0.95}", "redaction.score_threshold: switches off protection of KR_RRN"),
    ("redaction: {entities: [PERSON]}", "redaction.entities: switches off protection of KR_RRN"),
    (
        "redaction: {entities: [KR_RRN, KR_FRN, KR_PASSPORT, KR_DRIVER_LICENSE, CREDIT_CARD, "
        "KR_BANK_ACCOUNT, KR_HEALTH_INSURANCE, PHONE_NUMBER]}",
        "redaction.entities: switches off protection of EMAIL_ADDRESS",
    ),
    (
        "routing: {marking: {대외비: include}}",
        "routing.marking.대외비: switches off protection of marking:대외비",
    ),
    ("routing: {redactable_reasons: [OIDA-9-1-5]}", "switches off protection of reason:OIDA-9-1-5"),
    (
        "routing: {disclosure: {non_public: include}}",
        "routing.disclosure.non_public: switches off protection of disclosure:non_public",
    ),
    (
        "routing: {redactable_reasons: null}",
        "routing.redactable_reasons: switches off protection of reason:*",
    ),
    ("unsafe_allow: [KR_RRN]", "unsafe_allow: lists KR_RRN, which this policy does not switch off"),
    # the file itself
    ("[unclosed", "is not valid YAML"),
    ("- a list", "must be a mapping of sections"),
]


@pytest.mark.parametrize(("content", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_policy_is_refused_naming_the_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(str(path))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("command", ["run", "scan", "redact", "classify"])
@pytest.mark.parametrize(("content", "message"), BAD[::4], ids=[m for _, m in BAD[::4]])
def test_every_command_answers_a_bad_policy_with_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, content: str, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content + "\n", encoding="utf-8")
    args = [command, str(SAMPLE), "--policy", str(path)]
    if command == "run":
        args += ["--out", str(tmp_path / "out")]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and err[0].startswith("gongmun: ")
    assert not (tmp_path / "out").exists()


def test_a_broken_extra_recognizer_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hook.yaml"
    path.write_text("redaction: {extra_recognizers: ['no_such_package.mod:Recognizer']}\n", encoding="utf-8")
    assert main(["scan", str(SAMPLE), "--policy", str(path)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "redaction.extra_recognizers[0]: cannot load" in line and "ModuleNotFoundError" in line


def test_defaults_live_in_one_file_and_a_policy_states_only_what_it_changes(tmp_path: Path) -> None:
    default = load_policy()
    custom = tmp_path / "p.yaml"
    custom.write_text("version: only-redaction\nredaction: {default_operator: mask}\n", encoding="utf-8")
    policy = load_policy(str(custom))
    assert policy.routing == default.routing and policy.limits == default.limits
    assert policy.redaction.default_operator == "mask"
    assert policy.redaction.operator_for("PERSON") == "pseudonym"
    assert policy.redaction.operator_for("KR_RRN") == "mask"
    assert policy.sha256 != default.sha256 and policy.file_sha256 != default.file_sha256
    assert policy.unsafe == () and default.unsafe == ()


def test_an_explicit_opt_out_loads_and_names_what_is_off(tmp_path: Path) -> None:
    custom = tmp_path / "p.yaml"
    custom.write_text(
        "redaction: {entities: [PERSON, KR_FRN, KR_PASSPORT, KR_DRIVER_LICENSE, CREDIT_CARD, KR_BANK_ACCOUNT,"
        " KR_HEALTH_INSURANCE, PHONE_NUMBER, EMAIL_ADDRESS]}\nunsafe_allow: [KR_RRN]\n",
        encoding="utf-8",
    )
    assert load_policy(str(custom)).unsafe == ("KR_RRN",)
