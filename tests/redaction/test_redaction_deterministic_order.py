"""The analyzer gives the same spans in every process: no result may follow the order in which Python's
randomised string hashing happens to walk a set (workers of one run, a resumed run and a rerun on another
runner must redact a document alike). Each check runs in fresh interpreters with different hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys

# invented values; a letter-spaced name found twice with context, its given name found on its own too
_ECHOES = """
from gongmun.redaction.base import Hit
from gongmun.redaction.recognizers.person import _echoes
from gongmun.redaction.textview import TextView
text = "세대주 하 민 준 전입 신고.\\n확인자: 민 준\\n메모: 하 민 준 세대 2명."
first = text.index("하 민 준")
given = text.index("민 준", text.index("확인자"))
hits = [Hit(first, first + 5, 0.8, "field"), Hit(given, given + 3, 0.8, "field")]
print(sorted((h.start, h.end) for h in _echoes(TextView(text), hits)))
"""


def _outputs(script: str, seeds: range) -> set[str]:
    outs = set()
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True, timeout=120
        )
        outs.add(done.stdout.strip())
    return outs


def test_a_repeated_name_is_echoed_whole_whatever_the_hash_seed() -> None:
    # the later mention is the whole spaced name, not the given name inside it, in every process
    third = "세대주 하 민 준 전입 신고.\n확인자: 민 준\n메모: 하 민 준 세대 2명.".rindex("하 민 준")
    assert _outputs(_ECHOES, range(6)) == {str([(third, third + 5)])}
