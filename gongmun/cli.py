"""The `gongmun` command. Each sub-command is one module in gongmun/commands/ registered below."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import re
import sys
from collections.abc import Sequence

from gongmun import __version__

# name -> module under gongmun.commands. Adding a command = one module + one line here.
COMMANDS = {
    "run": "run",
    "convert": "convert",
    "scan": "scan",
    "redact": "redact",
    "classify": "classify",
    "train-classifier": "train_classifier",
    "report": "report",
    "verify": "verify",
}


_PATHS = re.compile(r"\S*[/\\]\S*")  # file names may carry personal names: never echoed


class _QuietBeamImport(logging.Filter):
    """Beam logs a warning about optional GCP client libraries at import; users need not see it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools" not in record.getMessage()


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(_QuietBeamImport())
    if verbose:
        # what local worker processes print (pipelines/beam_worker.py)
        os.environ.setdefault("GONGMUN_WORKER_LOG", "INFO")
    else:
        for name in ("apache_beam", "presidio-analyzer", "pdfminer", "tldextract"):
            logging.getLogger(name).setLevel(logging.ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gongmun",
        description="Turn Korean public-sector documents (HWP 5, HWPX, HWP 3, PDF) into redacted Parquet corpora.",
    )
    parser.add_argument("--version", action="version", version=f"gongmun {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and library messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"gongmun.commands.{module_name}")
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if extra and not getattr(args._module, "ACCEPTS_EXTRA_ARGS", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.extra_args = extra
    configure_logging(args.verbose)
    try:
        code: int = args._module.run(args)
    except KeyboardInterrupt:
        print("gongmun: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `gongmun convert … | head`: the reader left, which is not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last resort: one line, never a traceback or a raw value
        from gongmun.commands._common import EXIT_INTERNAL, error
        from gongmun.schemas.masking import mask_message

        detail = mask_message(_PATHS.sub("<path>", str(exc)), 200)
        error(f"internal error ({type(exc).__name__}): {detail}; rerun with -v for the log")
        import traceback

        # where it happened, without the message (which may quote an input's name)
        frames = "".join(traceback.format_tb(exc.__traceback__))
        logging.getLogger("gongmun").info("internal error %s at:\n%s", type(exc).__name__, frames)
        return EXIT_INTERNAL
    return code


def entry() -> None:
    """Console entry point. Exits without interpreter finalisation: native libraries loaded by Beam
    (gRPC, Arrow thread pools) can abort in their static destructors at exit ("terminate called without
    an active exception"), turning a finished run's exit code into SIGABRT. All outputs are closed and
    renamed before this point, and the document worker child exits on its own when its pipe closes."""
    import os

    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    entry()
