"""The officials policy (issue 12): detection finds every person; keeping the names of officials
acting in their role (정보공개법 제9조 제1항 제6호 다목) is a switch, off by default, that must be named in
unsafe_allow and applies to every occurrence of such a name in the document alike."""

from __future__ import annotations

import dataclasses

import pytest

from gongmun.redaction import Redactor
from gongmun.schemas import Block, Document, Metadata, Provenance
from gongmun.schemas.policy import PolicyError, build_policy, load_policy


def _doc(*texts: str) -> Document:
    return Document(
        "0" * 64,
        Provenance("mem://memo.hwp", "0" * 64, 1, "hwp5"),
        metadata=Metadata(title="업무 보고"),
        blocks=[Block("paragraph", t) for t in texts],
    )


SIGNED = (
    "기안자 주무관 한지우  검토자 사무관 박서연  결재권자 과장 이도윤",
    "보고 자료 작성: 한지우, 박서연. 민원인 최영수 씨의 요청에 따름",
    "이도윤",
)


def test_default_redacts_officials_and_citizens_alike() -> None:
    texts = [b.text for b in Redactor().redact(_doc(*SIGNED)).document.blocks]
    assert not any(name in " ".join(texts) for name in ("한지우", "박서연", "이도윤", "최영수"))


def test_keeping_officials_keeps_every_occurrence_and_still_redacts_citizens() -> None:
    policy = dataclasses.replace(load_policy().redaction, keep_officials=True)
    texts = [b.text for b in Redactor(policy).redact(_doc(*SIGNED)).document.blocks]
    joined = " ".join(texts)
    assert joined.count("한지우") == 2 and joined.count("박서연") == 2 and texts[2] == "이도윤"
    assert "최영수" not in joined


def test_the_switch_must_be_named_in_unsafe_allow() -> None:
    raw = load_policy().raw
    on = {**raw, "redaction": {**raw["redaction"], "keep_officials": True}}
    with pytest.raises(PolicyError, match="officials"):
        build_policy(on)
    allowed = build_policy({**on, "unsafe_allow": ["officials"]})
    assert allowed.redaction.keep_officials and "officials" in allowed.unsafe
    assert allowed.sha256 != load_policy().sha256
