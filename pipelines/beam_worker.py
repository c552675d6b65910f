"""Entry point of the worker processes of a local multi-process run (`gongmun run --workers N`).

Beam starts each worker as `python -m apache_beam.runners.worker.sdk_worker_main`, which logs its gRPC
housekeeping (and a warning about optional Google Cloud clients) to the console before it has read any
option, so a quiet run printed dozens of INFO lines. Here the workers' console handler is set before
Beam is imported: errors still reach stderr, and `-v` (GONGMUN_WORKER_LOG=INFO) shows everything.
"""

from __future__ import annotations

import logging
import os
import shlex
import sys

LEVEL_VARIABLE = "GONGMUN_WORKER_LOG"
# set for the workers of a pipeline that processes documents: each starts its document child before
# importing Beam, so the child's warm-up overlaps the worker's own start (early_child.py)
DOCUMENTS_VARIABLE = "GONGMUN_WORKER_DOCUMENTS"


def command(documents: bool = False) -> str:
    """The shell command that starts one worker (Beam runs it with the worker's environment)."""
    prefix = f"{DOCUMENTS_VARIABLE}=1 " if documents else ""
    return f"{prefix}{shlex.quote(sys.executable)} -m gongmun.pipelines.beam_worker"


def main() -> None:
    if os.environ.pop(DOCUMENTS_VARIABLE, None):
        from gongmun.pipelines import early_child

        early_child.start()
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(os.environ.get(LEVEL_VARIABLE, "ERROR").upper())
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    logging.getLogger().addHandler(handler)
    from apache_beam.runners.worker import sdk_worker_main

    sdk_worker_main.main(sys.argv)


if __name__ == "__main__":
    main()
