"""Expanding the user's INPUT arguments (files, directories, globs, gs:// or s3:// prefixes) to files."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class InputSet:
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # in a scanned directory, not a document extension
    missing: list[str] = field(default_factory=list)  # arguments that matched nothing


def _is_remote(path: str) -> bool:
    return "://" in path


def _local_files(arg: str) -> list[str]:
    """A local file by its exact name, a directory walked, else the argument as a glob. Names are
    never read as patterns themselves: '[붙임] 계획.hwp' is a file, not a character class."""
    import glob

    path = os.path.abspath(arg)
    if os.path.isfile(path):
        return [path]
    if os.path.isdir(path):
        found = []
        for root, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]  # like a glob: no hidden folders
            found += [os.path.join(root, name) for name in names]
        return found
    return [m for m in glob.glob(path, recursive=True) if os.path.isfile(m)]


def _matched(filesystems: Any, arg: str, is_dir: bool) -> list[str]:
    """Remote paths (gs://, s3://) through Beam's filesystems; a directory is everything below it."""
    pattern = filesystems.join(arg, "**") if is_dir else arg
    try:
        return [m.path for m in filesystems.match([pattern])[0].metadata_list]
    except Exception:
        return []


def expand_inputs(args: list[str], all_files: bool = False) -> InputSet:
    from apache_beam.io.filesystems import FileSystems

    from gongmun.converters import document_extensions

    # A directory scan takes the registered formats' extensions. Files passed by name or glob are
    # always taken: content decides the format, the extension only decides what a scan looks at.
    extensions = document_extensions()
    result = InputSet()
    seen: set[str] = set()
    for arg in args:
        is_dir = (not _is_remote(arg) and os.path.isdir(arg)) or (_is_remote(arg) and arg.endswith("/"))
        matched = _local_files(arg) if not _is_remote(arg) else _matched(FileSystems, arg, is_dir)
        if not matched:
            result.missing.append(arg)
            continue
        for path in sorted(matched):
            if path in seen:
                continue
            seen.add(path)
            name = os.path.basename(path)
            if is_dir and not all_files and (name.startswith(".") or not name.lower().endswith(extensions)):
                result.skipped.append(path)
            else:
                result.files.append(path)
    return result
