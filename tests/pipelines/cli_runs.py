"""Helpers for pipeline tests: run the real CLI in a subprocess and read a run's outputs back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[2]


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str
    out: Path

    def table(self, name: str) -> list[dict[str, Any]]:
        path = self.out / f"{name}.parquet"
        return pq.read_table(path).to_pylist() if path.exists() else []

    def corpus(self, columns: list[str] | None = None) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for shard in sorted((self.out / "corpus").glob("*.parquet")):
            rows += pq.read_table(shard, columns=columns).to_pylist()
        return rows

    @property
    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))
        return data


def gongmun(
    *args: str, timeout: float = 600, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gongmun.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )


def run_cli(
    inputs: list[str | Path], out: Path, *extra: str, timeout: float = 900, env: dict[str, str] | None = None
) -> CliRun:
    proc = gongmun("run", *map(str, inputs), "--out", str(out), *extra, timeout=timeout, env=env)
    return CliRun(proc.returncode, proc.stdout, proc.stderr, out)


def rows_key(run: CliRun) -> list[tuple[str, str, str]]:
    """What must not change between runs and runners: which documents, with which text, in which split."""
    return sorted((r["doc_id"], r["split"], r["text"]) for r in run.corpus(["doc_id", "split", "text"]))


def placements(run: CliRun) -> dict[str, list[str]]:
    """uri -> the outputs it appears in (corpus, excluded, failed)."""
    seen: dict[str, list[str]] = {}
    for r in run.corpus(["uri"]):
        seen.setdefault(r["uri"], []).append("corpus")
    for name in ("excluded", "failed"):
        for r in run.table(name):
            seen.setdefault(r["uri"], []).append(name)
    return seen
