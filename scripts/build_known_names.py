"""Build redaction/data/known_names.tsv from the two gazetteers in scripts/gazetteers (see its README).

    .venv/bin/python scripts/build_known_names.py

Each name gets one kind: ``person`` or ``group`` from persons.tsv, ``other`` from non_persons.tsv (a
name in both keeps its person reading). A person's name that is also ordinary vocabulary becomes
``person_word``: the helper's ``|ambiguous`` mark, a name the other list has too (워싱턴), and every
single-word name Kiwi reads wholly as common morphemes (이상, 바로: a poet and a stage name, and words). That takes Kiwi, so it is
done here once and the result committed, not at load time.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "scripts" / "gazetteers"
OUT = REPO / "redaction" / "data" / "known_names.tsv"
HEADER = (
    "# Known names for the person-name model (redaction/namemodel/gazetteer.py): name<TAB>kind.\n"
    "# Built by scripts/build_known_names.py from scripts/gazetteers (CC0 1.0; see its README).\n"
)


def vocabulary(word: str) -> bool:
    """Kiwi reads the word as ordinary morphemes only: a known common first morpheme, then only common
    morphemes, endings, particles or suffixes (no proper noun)."""
    from gongmun.redaction.kiwi import COMMON_TAGS, KNOWN_WORD_SCORE, morphemes

    parts = morphemes(word)
    if not parts or parts[0][1] not in COMMON_TAGS or parts[0][2] <= KNOWN_WORD_SCORE:
        return False
    return all(tag in COMMON_TAGS or tag[:1] in "EJ" or tag.startswith("XS") for _, tag, _ in parts)


def kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (SOURCES / "persons.tsv").read_text(encoding="utf-8").splitlines():
        name, category, _note = line.split("\t")
        group = category.split("|")[0] == "group"
        ambiguous = category.endswith("|ambiguous") or (" " not in name and vocabulary(name))
        kind = "group" if group else "person_word" if ambiguous else "person"
        if out.get(name) != "person":
            out[name] = kind
    for line in (SOURCES / "non_persons.tsv").read_text(encoding="utf-8").splitlines():
        name = line.split("\t")[0]
        if out.get(name) == "person":
            out[name] = "person_word"  # a person and a place or a firm (워싱턴): context decides
        out.setdefault(name, "other")
    for line in (SOURCES / "foreign_name_parts.tsv").read_text(encoding="utf-8").splitlines():
        name = line.split("\t")[0]
        if name not in out and not vocabulary(name):
            out[name] = "person_part"  # a common foreign given or family name, not one person
    return out


def main() -> int:
    table = kinds()
    OUT.write_text(HEADER + "".join(f"{n}\t{k}\n" for n, k in sorted(table.items())), encoding="utf-8")
    print(f"wrote {OUT} ({len(table)} names)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
