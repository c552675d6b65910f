"""Routing, splits and message masking: the small decisions the pipeline is built on."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongmun.pipelines.route import route
from gongmun.pipelines.rows import split_of
from gongmun.schemas import Sensitivity
from gongmun.schemas.masking import mask_message
from gongmun.schemas.policy import load_policy

ROUTING = load_policy().routing


@pytest.mark.parametrize(
    ("sens", "action", "reason"),
    [
        (Sensitivity("non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2"]), "exclude", "marking:II급"),
        (Sensitivity("non_public", "I급", ["OIDA-9-1-1"]), "exclude", "marking:I급"),
        (Sensitivity("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-3"]), "exclude", "marking:III급"),
        (Sensitivity("non_public", "대외비", ["OIDA-9-1-5"]), "exclude", "marking:대외비"),
        (Sensitivity("non_public", "none", ["OIDA-9-1-5"]), "exclude", "disclosure:non_public[OIDA-9-1-5]"),
        (Sensitivity("non_public", "none", ["OIDA-9-1-6", "PIPA-23"]), "exclude", "disclosure:non_public"),
        # a non_public document is withheld as a whole: redacting its names leaves nothing to disclose
        (Sensitivity("non_public", "none", ["OIDA-9-1-6"]), "exclude", "disclosure:non_public[OIDA-9-1-6]"),
        (Sensitivity("partial", "none", ["OIDA-9-1-6", "PIPA-24"]), "include", "disclosure:partial"),
        (
            Sensitivity("partial", "none", ["OIDA-9-1-5", "OIDA-9-1-7"]),
            "exclude",
            "disclosure:partial[OIDA-9-1-5",
        ),
        (Sensitivity("partial", "none", []), "include", "disclosure:partial"),
        (Sensitivity("public", "none", []), "include", "disclosure:public"),
    ],
)
def test_default_policy_routes(sens: Sensitivity, action: str, reason: str) -> None:
    decision = route(sens, ROUTING)
    assert decision.action == action
    assert decision.reason.startswith(reason)


def test_a_policy_can_let_iii_grade_documents_in_only_when_it_says_so(tmp_path: Path) -> None:
    custom = tmp_path / "p.yaml"
    custom.write_text(
        "version: t\nrouting:\n  marking: {III급: include}\n  disclosure: {non_public: include}\n"
        "  redactable_reasons: null\nunsafe_allow: ['marking:III급', 'reason:*', 'disclosure:non_public']\n",
        encoding="utf-8",
    )
    policy = load_policy(str(custom))
    assert policy.sha256 != load_policy().sha256
    assert policy.unsafe == ("disclosure:non_public", "marking:III급", "reason:*")
    decision = route(Sensitivity("non_public", "III급", ["OIDA-9-1-1"]), policy.routing)
    assert decision.action == "include"


def test_split_is_a_pure_function_of_the_hash() -> None:
    ids = [f"{i:08x}" + "0" * 56 for i in range(0, 0xFFFFFFFF, 0x01000000)]
    splits = [split_of(i, 0.05) for i in ids]
    assert splits == [split_of(i, 0.05) for i in ids]
    assert splits.count("validation") == 13  # buckets 0..12 of 256 lie below 5%
    assert split_of("f" * 64, 0.0) == "train"


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("bad value 900101-1234568 in line\nnext", "bad value ######-####### in line next"),
        ("mail kim.official@example.go.kr failed", "mail <email> failed"),
        ("성명: 홍길순 not parsed", "성명: *** not parsed"),
        ("record size 12 past end", "record size 12 past end"),
    ],
)
def test_messages_are_masked_and_one_line(raw: str, masked: str) -> None:
    assert mask_message(raw) == masked
