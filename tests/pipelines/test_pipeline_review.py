"""Issue 11 in a real run: a 결문 '/ 비공개(4)' alone, a withheld attachment and an unresolvable cue each
keep a document out with their reason; the review switch and a decisions file change the route."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from canary_docs import pdf_with_text
from cli_runs import CliRun, run_cli

BODY = "하천 정비 사업 추진 현황 알림\n1. 대상: 관내 소하천 4곳\n2. 일정: 2026. 4.~10.\n3. 예산: 12억 원\n"
DOCUMENTS = {
    # the only cue is the 공개 구분 closing the 결문 contact line
    "closing.pdf": BODY + "시행 하천과-1234 (2026. 3. 2.)\n"
    "전화번호 044-000-0000 전송 044-000-0001 / river@example.go.kr / 비공개(4)",
    # the cover letter withholds its attachment and says why
    "attachment.pdf": BODY + "붙임 보상 협의 명단 1부.  끝.\n※ 붙임 명단은 제9조 제1항 제7호에 따라 비공개",
    # an informal internal label: no 보안업무규정 marking, no 정보공개법 ground
    "informal.pdf": "[내부용]\n" + BODY,
    "public.pdf": BODY + "공개구분: 공개",
    # a whole 공문: its parts become corpus columns (the signer's name is in none of them)
    "letter.pdf": "하 천 시\n수신 하천시장(하천과장)\n(경유)\n제목 하천 정비 사업 추진 현황 알림\n"
    + BODY.split("\n", 1)[1]
    + "끝.\n하 천 시 장\n주무관 가나다 하천과장 06/02\n시행 하천과-1240 (2026. 6. 2.) 접수 ( )\n"
    "우 30000 하천시 중앙로 1 / www.example.go.kr\n전화 044-000-0000 /전송 044-000-0001 / 공개",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review") / "in"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        pdf_with_text(folder / name, text)
    return folder


def reasons(run: CliRun) -> dict[str, str]:
    out = {Path(r["uri"]).name: r["reason"] for r in run.table("excluded")}
    out.update({Path(r["uri"]).name: "corpus" for r in run.corpus(["uri"])})
    return out


def test_each_cue_keeps_its_document_out_and_the_switch_and_decisions_change_the_route(
    inputs: Path, tmp_path: Path
) -> None:
    default = run_cli([inputs], tmp_path / "default")
    assert default.code == 0, default.stderr[-2000:]
    assert reasons(default) == {
        "closing.pdf": "disclosure:non_public[OIDA-9-1-4]",
        "attachment.pdf": "disclosure:partial[OIDA-9-1-7]",
        "informal.pdf": "needs_review:review.informal_marking",
        "public.pdf": "corpus",
        "letter.pdf": "corpus",
    }
    letter = next(r for r in default.corpus() if r["uri"].endswith("letter.pdf"))
    assert (letter["title"], letter["doc_number"], letter["enforced_on"], letter["sender"]) == (
        "하천 정비 사업 추진 현황 알림",
        "하천과-1240",
        "2026-06-02",
        "하천시장",
    )
    assert (letter["recipients"], letter["approver_positions"]) == (
        ["하천시장(하천과장)"],
        ["주무관", "하천과장"],
    )
    assert (letter["stated_disclosure"], letter["stated_level"], letter["stated_items"]) == (
        "공개",
        "public",
        [],
    )
    assert "가나다" not in json.dumps(json.loads(letter["document_json"])["official"], ensure_ascii=False)
    held = next(r for r in default.table("excluded") if r["reason"].startswith("needs_review"))
    assert any("review.informal_marking" in e for e in held["evidence"])

    # a recorded decision releases the held document; the file is named in the manifest
    decisions = tmp_path / "decisions.txt"
    decisions.write_text(f"# reviewed 2026-12-03\n{held['doc_id']} release  harmless staff notice\n")
    released = run_cli([inputs], tmp_path / "released", "--review", str(decisions))
    assert reasons(released)["informal.pdf"] == "corpus"
    assert released.manifest["review_decisions"]["released"] == 1
    assert released.manifest["policy"]["sha256"] == default.manifest["policy"]["sha256"]

    # switching review off is a policy change, and an unsafe one that must be named
    policy = tmp_path / "no-review.yaml"
    policy.write_text("routing: {review: false}\nunsafe_allow: [review]\n", encoding="utf-8")
    switched = run_cli([inputs], tmp_path / "switched", "--policy", str(policy))
    assert reasons(switched)["informal.pdf"] == "corpus"
    assert reasons(switched)["closing.pdf"] == "disclosure:non_public[OIDA-9-1-4]"
    assert switched.manifest["policy"]["sha256"] != default.manifest["policy"]["sha256"]
    assert switched.manifest["unsafe"] == ["review"]


def test_a_bad_decisions_file_is_a_usage_error(inputs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "decisions.txt"
    bad.write_text("not-an-id release\n", encoding="utf-8")
    run = run_cli([inputs], tmp_path / "out", "--review", str(bad))
    assert run.code == 2 and run.stderr.strip().count("\n") == 0
    assert "expected '<doc_id> release|hold [note]'" in run.stderr
