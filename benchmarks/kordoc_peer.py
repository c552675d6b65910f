"""kordoc (MIT, Node) as a peer in the benchmarks: where it is installed, and what it reads from a batch
of files in one Node process (benchmarks/kordoc_parse.mjs), so the same script measures it beside us.

Install it beside the repository (`npm install kordoc` in ../kordoc-peer), or point --kordoc or
$KORDOC_DIR at its node_modules/kordoc folder. Nothing here downloads anything.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNNER = Path(__file__).with_name("kordoc_parse.mjs")
MARK = "@@kordoc "
_TAG = re.compile(r"<[^>]{1,200}>")
# Markdown's own marks, which a plain-text preview does not have: table bars and rules, heading and
# emphasis marks
_MARKUP = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$|^#{1,6}\s|\*\*|\|", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Parsed:
    markdown: str
    seconds: float  # inside Node, around parse()
    pages: int
    error: str | None


def find_kordoc(explicit: str | None) -> Path | None:
    """kordoc's package folder, or None when it is not installed."""
    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("KORDOC_DIR"):
        candidates.append(Path(os.environ["KORDOC_DIR"]))
    candidates += [REPO.parent / "kordoc-peer" / "node_modules" / "kordoc", REPO / "node_modules" / "kordoc"]
    for c in candidates:
        if (c / "package.json").exists():
            return c
    return None


def parse_all(root: Path, files: list[Path]) -> dict[Path, Parsed]:
    """kordoc's output for every file, read in one Node process."""
    node = shutil.which("node")
    if node is None:
        raise FileNotFoundError("node")
    done = subprocess.run(
        [node, str(RUNNER), str(root)],
        input="\n".join(str(p) for p in files),
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[Path, Parsed] = {}
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            rec = json.loads(line[len(MARK) :])
            out[Path(rec["path"])] = Parsed(
                rec["markdown"], float(rec["seconds"]), int(rec["pages"]), rec["error"]
            )
    return out


def markdown_text(markdown: str) -> str:
    """The text of kordoc's Markdown: HTML tags and entities undone."""
    return html.unescape(_TAG.sub(" ", markdown))


def plain_text(markdown: str) -> str:
    """… and Markdown's table bars, rules and heading marks removed, to compare with a plain preview."""
    return _MARKUP.sub(" ", markdown_text(markdown))
