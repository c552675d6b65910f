"""Per-document results kept durably as they complete, so a killed run resumes and a grown archive
is processed incrementally.

Layout under DIR/.state/ (never part of a published version):
  secret            the key of the findings' value hashes and of the result keys (mode 0600); kept so
                    a resumed run hashes exactly like the run it continues
  results/*.chunk   each a pickle of [Entry] (key, route, redacted-text hash, doc_id, redacted URI)
                    followed by a pickle of [Outcome], written to a temporary name and renamed: a
                    chunk either exists whole or not at all; the entries alone decide duplicates
  inputs.json       keyed hashes of the input names of the current version (new / removed counts)

A result key is an HMAC over the input's name, size and modification time and over everything else an
outcome depends on (gongmun version, effective policy hash, classifier model, review releases). Names
never appear in the clear: the keys are HMACs and the outcomes hold the redacted URI only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from apache_beam.io.filesystems import FileSystems

from .near_duplicates import clusters, signature

STATE_DIR = ".state"
_SUFFIX = ".chunk"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input as the driver saw it: its name, its size before anything reads it, and its key."""

    uri: str
    size: int
    key: str


class Entry(NamedTuple):
    """What a chunk's header says of one recorded outcome, read without unpickling the outcome."""

    key: str
    kind: str
    text_hash: str = ""
    doc_id: str = ""
    uri: str = ""
    minhash: bytes = b""  # of the redacted text, corpus outcomes only (near_duplicates.py)


def state_dir(out: str) -> str:
    return FileSystems.join(out, STATE_DIR)


def results_dir(out: str) -> str:
    return FileSystems.join(out, STATE_DIR, "results")


def load_or_create_secret(out: str) -> bytes:
    """The state's secret: created once (random, owner-only), reused by every later run into `out`."""
    path = FileSystems.join(state_dir(out), "secret")
    if FileSystems.exists(path):
        with FileSystems.open(path) as fh:
            data: bytes = fh.read()
        if len(data) == 32:
            return data
    secret = os.urandom(32)
    _ensure_dir(state_dir(out))
    _write_atomic(path, secret, private=True)
    return secret


def fingerprint(*parts: str) -> str:
    """What every outcome of a run depends on besides the input itself."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def result_key(secret: bytes, uri: str, size: int, mtime: float, run_fingerprint: str) -> str:
    message = f"{uri}\0{size}\0{mtime!r}\0{run_fingerprint}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def name_hash(secret: bytes, uri: str) -> str:
    return hmac.new(secret, b"name\0" + uri.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def stat_inputs(uris: list[str], secret: bytes, run_fingerprint: str) -> list[InputFile]:
    """Size and modification time of every input, read from the file system without opening a file
    (local stat; Beam's metadata listing for remote paths). An input that cannot be stated gets size
    -1 and a key that never matches, so it is processed (and reported) like any unreadable file."""
    found: list[InputFile] = []
    for uri in uris:
        size, mtime = _stat(uri)
        key = result_key(secret, uri, size, mtime, run_fingerprint) if size >= 0 else uuid.uuid4().hex
        found.append(InputFile(uri, size, key))
    return found


def _stat(uri: str) -> tuple[int, float]:
    if "://" not in uri:
        try:
            st = os.stat(uri)
        except OSError:
            return -1, 0.0
        return st.st_size, st.st_mtime_ns / 1e9
    try:
        meta = FileSystems.match([uri])[0].metadata_list[0]
    except Exception:
        return -1, 0.0
    return int(meta.size_in_bytes), float(getattr(meta, "last_updated_in_seconds", 0.0) or 0.0)


def chunk_paths(out: str) -> list[str]:
    pattern = FileSystems.join(results_dir(out), "*" + _SUFFIX)
    try:
        return sorted(m.path for m in FileSystems.match([pattern])[0].metadata_list)
    except Exception:
        return []


def read_chunk_keys(path: str) -> list[Entry]:
    """The entries at the head of a chunk, without unpickling its outcomes."""
    try:
        with FileSystems.open(path) as fh:
            head = pickle.load(fh)
        return [Entry(*item) for item in head]
    except Exception:
        return []  # a damaged chunk is as if absent: its documents are processed again


def read_chunk(path: str) -> Iterator[tuple[str, Any]]:
    with FileSystems.open(path) as fh:
        keys = pickle.load(fh)
        outcomes = pickle.load(fh)
    for item, outcome in zip(keys, outcomes, strict=True):
        yield item[0], outcome


def index(out: str) -> dict[str, str]:
    """key -> chunk path over every complete chunk; the first chunk (by name) wins a repeated key."""
    found: dict[str, str] = {}
    for path in chunk_paths(out):
        for entry in read_chunk_keys(path):
            found.setdefault(entry.key, path)
    return found


def duplicates(
    out: str, wanted: dict[str, str], near_threshold: float | None = None
) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """From the chunks' headers alone, for the corpus outcomes among `wanted` (key -> chunk):
    (key -> (doc_id kept, reason) for every copy left out, key -> cluster representative's doc_id
    for every member of a near-duplicate cluster). Exact copies (same redacted text) go first; the
    smallest (doc_id, uri) represents each group."""
    entries = [
        entry
        for path in sorted(set(wanted.values()))
        for entry in read_chunk_keys(path)
        if entry.kind == "corpus" and wanted.get(entry.key) == path
    ]
    left_out: dict[str, tuple[str, str]] = {}
    by_text: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.text_hash:
            by_text.setdefault(entry.text_hash, []).append(entry)
    for group in by_text.values():
        if len(group) > 1:
            group.sort(key=lambda e: (e.doc_id, e.uri))
            for entry in group[1:]:
                left_out[entry.key] = (group[0].doc_id, "duplicate")
    cluster_of: dict[str, str] = {}
    if near_threshold is not None:
        doc_of = {e.key: e.doc_id for e in entries}
        members = clusters(
            ((e.key, f"{e.doc_id}\0{e.uri}", e.minhash) for e in entries if e.key not in left_out),
            near_threshold,
        )
        for key, head in members.items():
            cluster_of[key] = doc_of[head]
            if key != head:
                left_out[key] = (doc_of[head], "near_duplicate")
    return left_out, cluster_of


class ChunkWriter:
    """Buffers outcomes of one worker and writes them as a chunk every `every` documents or
    `seconds`, so a kill loses at most that much work."""

    def __init__(self, out: str, every: int = 32, seconds: float = 10.0) -> None:
        self.directory = results_dir(out)
        self.every = every
        self.seconds = seconds
        self._keys: list[Entry] = []
        self._outcomes: list[Any] = []
        self._since = time.monotonic()
        _ensure_dir(self.directory)

    def add(self, key: str, outcome: Any) -> None:
        row = outcome.row
        sig = signature(row.get("text", "")) if outcome.kind == "corpus" else b""
        self._keys.append(
            Entry(key, outcome.kind, outcome.text_hash, row.get("doc_id", ""), row.get("uri", ""), sig)
        )
        self._outcomes.append(outcome)
        if len(self._keys) >= self.every or time.monotonic() - self._since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if self._keys:
            head = [tuple(entry) for entry in self._keys]
            payload = pickle.dumps(head, protocol=5) + pickle.dumps(self._outcomes, protocol=5)
            name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:12]}{_SUFFIX}"
            _write_atomic(FileSystems.join(self.directory, name), payload)
        self._keys, self._outcomes = [], []
        self._since = time.monotonic()


def prune(out: str, used: Iterable[str]) -> int:
    """Delete the chunks the current version took no result from (`used`: the chunk paths it read;
    a result repeated in an older chunk was taken from the first one). Returns how many went."""
    kept = set(used)
    stale = [p for p in chunk_paths(out) if p not in kept]
    if stale:
        FileSystems.delete(stale)
    return len(stale)


def previous_names(out: str) -> set[str] | None:
    path = FileSystems.join(state_dir(out), "inputs.json")
    if not FileSystems.exists(path):
        return None
    try:
        with FileSystems.open(path) as fh:
            return set(json.loads(fh.read().decode("utf-8")))
    except (OSError, ValueError):
        return None


def record_names(out: str, names: set[str]) -> None:
    _write_atomic(FileSystems.join(state_dir(out), "inputs.json"), json.dumps(sorted(names)).encode())


def discard(out: str) -> None:
    """Forget every stored result and the secret (`gongmun run --fresh`)."""
    path = state_dir(out)
    if FileSystems.exists(path):
        FileSystems.delete([path])


def _ensure_dir(path: str) -> None:
    if "://" not in path:
        os.makedirs(path, exist_ok=True)
    elif not FileSystems.exists(path):
        FileSystems.mkdirs(path)


def _write_atomic(path: str, payload: bytes, private: bool = False) -> None:
    tmp = f"{path}.{uuid.uuid4().hex[:8]}.tmp"
    if "://" not in path:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return
    with FileSystems.create(tmp) as fh:
        fh.write(payload)
    FileSystems.rename([tmp], [path])
