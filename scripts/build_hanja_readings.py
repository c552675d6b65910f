"""Build classifiers/data/hanja_readings.txt: each CJK ideograph's Korean reading, from Unicode's Unihan
database (field kHangul), so older documents written in mixed script ('所屬 公務員 非違 行爲 確認') read
to the rules as they would in Hangul.

    python3 scripts/build_hanja_readings.py /usr/share/unicode/Unihan_Readings.txt.bz2

The Unihan file ships in Debian's `unicode-data` package (scripts/install-system-deps.sh does not need
it: the built table is committed). Of several readings the one the education list marks (E) is taken,
which is the original sound (勞 로, 李 리); classifiers/hanja.py applies the initial-sound rule (두음법칙)
at a word's start. The table is derived from Unicode data under the Unicode License v3 (see
classifiers/data/README.md).
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "classifiers" / "data" / "hanja_readings.txt"


def reading(field: str) -> str:
    """The education-list reading when there is one, else the first listed."""
    entries = [e.split(":") for e in field.split()]
    for syllable, marks in entries:
        if "E" in marks:
            return syllable
    return entries[0][0]


def main(source: str) -> int:
    opener = bz2.open if source.endswith(".bz2") else open
    rows: list[str] = []
    with opener(source, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kHangul":
                char = chr(int(parts[0][2:], 16))
                rows.append(f"{char}\t{reading(parts[2])}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} readings -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
