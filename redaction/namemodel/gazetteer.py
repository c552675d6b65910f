"""Known names: well-known people and groups, and proper nouns that look like names but are not people.

Why: in news prose and press releases many names stand with no cue around them (a head of state as
the subject, a singer's stage name in a list), and some places, firms and teams read like names
(a three-syllable brand before 은). Only knowledge of what exists settles those, so the list is a
feature of the name model, not a rule: the model learns from its training sentences how far to
trust it (a stage name that is also a common word still needs context).

The list (redaction/data/known_names.tsv, built by scripts/build_known_names.py from two lists written
for gongmun from general knowledge) holds no personal data beyond the names of public figures. One entry
a line: ``name<TAB>kind`` with kind ``person``, ``person_word`` (also an ordinary word), ``group``
(performing groups), ``person_part`` (a common foreign given or family name, no one person) or ``other``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

KINDS = ("person", "person_word", "group", "other", "person_part")


@cache
def known_names() -> dict[str, str]:
    """name → kind; a name listed both as a person and as something else keeps the person reading.
    The words of a multi-word person's name (a foreign given name) are 'person_part'."""
    text = resources.files("gongmun.redaction").joinpath("data/known_names.tsv").read_text(encoding="utf-8")
    kinds: dict[str, str] = {}
    parts: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind = line.split("\t")[:2]
        if kind not in KINDS:
            raise ValueError(f"known_names.tsv: unknown kind {kind!r}")
        words = name.split(" ")
        if len(words) > 1:
            if kind != "other":
                parts.update(w for w in words if len(w) >= 2)
            name = name.replace(" ", "")
        if kinds.get(name) in ("person", "person_word", "group") and kind == "other":
            continue
        kinds[name] = kind
    for word in parts:
        kinds.setdefault(word, "person_part")
    return kinds


def known_kind(stem: str) -> str | None:
    """What the list knows of a word's stem, or None."""
    return known_names().get(stem)
