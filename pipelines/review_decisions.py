"""Review decisions: the compliance officer's record of which held documents are released.

A plain text file, one decision a line: the document's id (the sha256 of its source, as in
excluded.parquet), `release` or `hold`, and an optional note; `#` starts a comment. `gongmun run
--review FILE` routes a released document by its label alone; a held one (or one not listed) stays
out as `needs_review`. The file's sha256 and counts go into the manifest, so the run says on whose
decision a document entered the corpus.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

_LINE = re.compile(r"^(?P<doc_id>[0-9a-f]{64})\s+(?P<decision>release|hold)(?:\s+.*)?$")


class ReviewFileError(ValueError):
    """The decisions file is unreadable or has a line that is not a decision; a usage error."""


@dataclass(frozen=True, slots=True)
class ReviewDecisions:
    released: frozenset[str]
    held: frozenset[str]
    path: str = ""
    sha256: str = ""

    def manifest(self) -> dict[str, object]:
        return {
            "file": self.path,
            "sha256": self.sha256,
            "released": len(self.released),
            "held": len(self.held),
        }


def load_review_decisions(path: str) -> ReviewDecisions:
    try:
        data = Path(path).read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewFileError(f"review decisions {path}: unreadable ({type(exc).__name__})") from None
    released: set[str] = set()
    held: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = _LINE.match(line)
        if not m:
            raise ReviewFileError(
                f"review decisions {path}:{number}: expected '<doc_id> release|hold [note]'"
            )
        (released if m.group("decision") == "release" else held).add(m.group("doc_id"))
    both = released & held
    if both:
        raise ReviewFileError(f"review decisions {path}: {len(both)} document(s) both released and held")
    return ReviewDecisions(frozenset(released), frozenset(held), path, hashlib.sha256(data).hexdigest())
