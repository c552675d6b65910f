"""Near-duplicate documents: MinHash signatures of the redacted text, clustered by LSH banding.

A signature is computed once per corpus document when it is processed and kept in the result
store's chunk header (result_store.Entry), so clustering reads headers only. Signatures use the
character 5-grams of the text with whitespace collapsed; each of NUM_PERM universal hash functions
keeps its minimum over the 5-grams, and the share of equal minima between two signatures estimates
their Jaccard similarity. Documents whose signatures agree on all rows of one of BANDS bands are
candidates; a candidate pair joins a cluster only when its estimate reaches the policy's threshold,
so the banding decides what is compared, never what is merged.

Why not datasketch: it hashes every 5-gram in a Python loop (SHA-1), several milliseconds for one
ruling; numpy computes the same estimator on the whole array of 5-grams at once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

NUM_PERM = 64
BANDS = 16  # of 4 rows: a pair at similarity 0.8 becomes a candidate with probability 1 - (1 - 0.8^4)^16
SHINGLE = 5
_rng = np.random.default_rng(20261204)
# multiply-shift hashing: (a*x + b) mod 2^64, top 32 bits; a odd. No modulo, so numpy stays fast.
_A = _rng.integers(1, 1 << 63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
_SHIFT = np.uint64(32)
_SPACE = re.compile(r"\s+")
_BLOCK = 4096  # 5-grams hashed at a time, so a long document needs no 128 x n matrix


def signature(text: str) -> bytes:
    """NUM_PERM minima as uint32 bytes ('' for a text without a single 5-gram)."""
    folded = _SPACE.sub(" ", text).strip()
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        return b""
    grams = np.zeros(len(codes) - SHINGLE + 1, dtype=np.uint64)
    for k in range(SHINGLE):  # a polynomial hash of each 5-gram (wrapping), then its top 32 bits
        grams = grams * np.uint64(1_000_003) + codes[k : len(codes) - SHINGLE + 1 + k]
    grams = np.unique(grams >> _SHIFT)
    minima = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(grams), _BLOCK):
        block = grams[start : start + _BLOCK]
        hashed = (_A[:, None] * block[None, :] + _B[:, None]) >> _SHIFT
        minima = np.minimum(minima, hashed.min(axis=1))
    return minima.astype(np.uint32).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """The estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))


def clusters(items: Iterable[tuple[str, str, bytes]], threshold: float) -> dict[str, str]:
    """member -> representative for every cluster of two or more: `items` are (member id, sort key,
    signature); the member with the smallest sort key represents its cluster."""
    ids: list[str] = []
    order: list[str] = []
    signatures: list[bytes] = []
    buckets: dict[bytes, list[int]] = {}
    rows = NUM_PERM // BANDS
    for member, sort_key, sig in items:
        if not sig:
            continue
        index = len(ids)
        ids.append(member)
        order.append(sort_key)
        signatures.append(sig)
        for band in range(BANDS):
            part = sig[band * rows * 4 : (band + 1) * rows * 4]
            digest = hashlib.blake2b(bytes([band]) + part, digest_size=8).digest()
            buckets.setdefault(digest, []).append(index)
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in buckets.values():
        if len(members) < 2:
            continue
        first = members[0]
        for other in members[1:]:
            if root(first) != root(other) and similarity(signatures[first], signatures[other]) >= threshold:
                parent[root(other)] = root(first)
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(i)
    found: dict[str, str] = {}
    for members in groups.values():
        if len(members) > 1:
            head = min(members, key=lambda i: order[i])
            for i in members:
                found[ids[i]] = ids[head]
    return found
