"""Versioned outputs: each run writes a whole version and makes it current in one atomic step.

  DIR/versions/<run_id>/   corpus/*.parquet, excluded/failed/findings.parquet, manifest.json, README.md, report.html
  DIR/current              symlink to versions/<run_id>, replaced by rename (atomic on POSIX)
  DIR/corpus, DIR/manifest.json, ...   fixed symlinks through `current`, so readers keep the paths of
                           DESIGN.md and every name switches to the new version at the same instant
  DIR/CURRENT              the current version's name as text, for object stores, which have no links

Until the swap, readers see the previous version whole; a killed run leaves only its staging
directory, which the next run (holding the lock) removes.
"""

from __future__ import annotations

import contextlib
import os
import shutil

from apache_beam.io.filesystems import FileSystems

VERSIONS = "versions"
POINTER = "CURRENT"
CURRENT_LINK = "current"
STAGING_PREFIX = ".staging-"
# the names a reader of DESIGN.md's layout opens, each a link through `current`
PUBLISHED_NAMES = (
    "corpus",
    "excluded.parquet",
    "failed.parquet",
    "findings.parquet",
    "manifest.json",
    "README.md",
    "report.html",
)


def _local(path: str) -> bool:
    return "://" not in path


def staging_dir(out: str, run_id: str) -> str:
    return FileSystems.join(out, VERSIONS, STAGING_PREFIX + run_id)


def resolve(out: str) -> str:
    """The directory holding the current version's files (DIR itself for a pre-versions layout), so
    a command that rewrites a file (the report) writes into the version, not over a link."""
    if _local(out):
        link = os.path.join(out, CURRENT_LINK)
        return os.path.realpath(link) if os.path.isdir(link) else out
    if FileSystems.exists(FileSystems.join(out, "manifest.json")):
        return out
    pointer = FileSystems.join(out, POINTER)
    if FileSystems.exists(pointer):
        with FileSystems.open(pointer) as fh:
            name = fh.read().decode("utf-8").strip()
        return FileSystems.join(out, VERSIONS, name)
    return out


def clean_staging(out: str) -> int:
    """Remove staging directories of runs that died (call only while holding the output lock)."""
    found = []
    for parent in (out, FileSystems.join(out, VERSIONS)):
        if _local(parent):
            if os.path.isdir(parent):
                found += [os.path.join(parent, n) for n in os.listdir(parent) if n.startswith(STAGING_PREFIX)]
        else:
            with contextlib.suppress(Exception):
                found += [
                    m.path.rstrip("/")
                    for m in FileSystems.match([FileSystems.join(parent, STAGING_PREFIX + "*")])[
                        0
                    ].metadata_list
                ]
    for path in found:
        _remove(path)
    return len(found)


def make_current(out: str, staging: str, run_id: str) -> str:
    """Rename the finished staging directory to its version and switch `current` to it."""
    version = FileSystems.join(out, VERSIONS, run_id)
    FileSystems.rename([staging], [version])
    if not _local(out):
        _write_pointer(out, run_id)
        return version
    link = os.path.join(out, CURRENT_LINK)
    tmp = os.path.join(out, f".{CURRENT_LINK}-{run_id}")
    os.symlink(os.path.join(VERSIONS, run_id), tmp)
    if os.path.isdir(link) and not os.path.islink(link):
        shutil.rmtree(link)  # a copied tree turned the link into a directory
    os.replace(tmp, link)
    for name in PUBLISHED_NAMES:
        _link_through_current(out, name)
    _write_pointer(out, run_id)
    return version


def _link_through_current(out: str, name: str) -> None:
    path = os.path.join(out, name)
    target = os.path.join(CURRENT_LINK, name)
    if os.path.islink(path) and os.readlink(path) == target:
        return
    tmp = path + ".link-tmp"
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(target, tmp)
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)  # the layout before versions: files in DIR itself
    os.replace(tmp, path)


def _write_pointer(out: str, run_id: str) -> None:
    path = FileSystems.join(out, POINTER)
    tmp = path + ".tmp"
    with FileSystems.create(tmp) as fh:
        fh.write((run_id + "\n").encode("utf-8"))
    if not _local(out) and FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([tmp], [path])


def versions(out: str) -> list[str]:
    """Published versions, oldest first (run ids sort by their UTC time)."""
    root = FileSystems.join(out, VERSIONS)
    if _local(out):
        if not os.path.isdir(root):
            return []
        names = [n for n in os.listdir(root) if not n.startswith(".")]
    else:
        try:
            names = [
                m.path.rstrip("/").rsplit("/", 1)[-1]
                for m in FileSystems.match([FileSystems.join(root, "*")])[0].metadata_list
            ]
        except Exception:
            names = []
        names = [n for n in names if not n.startswith(".")]
    return sorted(set(names))


def prune(out: str, current: str, keep: int) -> list[str]:
    """Delete all but the newest `keep` versions; the current one always stays."""
    old = [v for v in versions(out) if v != current]
    doomed = old[: max(0, len(old) - (keep - 1))]
    for name in doomed:
        _remove(FileSystems.join(out, VERSIONS, name))
    return doomed


def _remove(path: str) -> None:
    if _local(path):
        shutil.rmtree(path, ignore_errors=True)
    elif FileSystems.exists(path):
        FileSystems.delete([path])
