"""Expanding the user's INPUT arguments (files, directories, globs, gs:// or s3:// prefixes) to files."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# Extensions picked up when a directory is given. Files passed by name or glob are always taken:
# content decides the format, the extension only decides what a directory scan looks at.
DOCUMENT_EXTENSIONS = (".hwp", ".hwpx", ".hwt", ".hwtx", ".pdf", ".hml")


@dataclass(slots=True)
class InputSet:
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # in a scanned directory, not a document extension
    missing: list[str] = field(default_factory=list)  # arguments that matched nothing


def _is_remote(path: str) -> bool:
    return "://" in path


def expand_inputs(args: list[str], all_files: bool = False) -> InputSet:
    from apache_beam.io.filesystems import FileSystems

    result = InputSet()
    seen: set[str] = set()
    for arg in args:
        is_dir = (not _is_remote(arg) and os.path.isdir(arg)) or (_is_remote(arg) and arg.endswith("/"))
        pattern = FileSystems.join(arg, "**") if is_dir else arg
        if not _is_remote(pattern):
            pattern = os.path.abspath(pattern) if not is_dir else os.path.join(os.path.abspath(arg), "**")
        try:
            matched = [m.path for m in FileSystems.match([pattern])[0].metadata_list]
        except Exception:
            matched = []
        matched = [m for m in matched if (not _is_remote(m) and os.path.isfile(m)) or _is_remote(m)]
        if not matched:
            result.missing.append(arg)
            continue
        for path in sorted(matched):
            if path in seen:
                continue
            seen.add(path)
            name = os.path.basename(path)
            if (
                is_dir
                and not all_files
                and (name.startswith(".") or not name.lower().endswith(DOCUMENT_EXTENSIONS))
            ):
                result.skipped.append(path)
            else:
                result.files.append(path)
    return result
