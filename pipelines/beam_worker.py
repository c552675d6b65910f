"""Entry point of the worker processes of a local multi-process run (`gongmun run --workers N`).

Beam starts each worker as `python -m apache_beam.runners.worker.sdk_worker_main`, which logs its gRPC
housekeeping (and a warning about optional Google Cloud clients) to the console before it has read any
option, so a quiet run printed dozens of INFO lines. Here the workers' console handler is set before
Beam is imported: errors still reach stderr, and `-v` (GONGMUN_WORKER_LOG=INFO) shows everything.
"""

from __future__ import annotations

import logging
import os
import sys

LEVEL_VARIABLE = "GONGMUN_WORKER_LOG"


def command() -> str:
    """The shell command that starts one worker (Beam runs it with the worker's environment)."""
    return f"{sys.executable} -m gongmun.pipelines.beam_worker"


def main() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(os.environ.get(LEVEL_VARIABLE, "ERROR").upper())
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    logging.getLogger().addHandler(handler)
    from apache_beam.runners.worker import sdk_worker_main

    sdk_worker_main.main(sys.argv)


if __name__ == "__main__":
    main()
