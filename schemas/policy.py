"""The routing and redaction policy as a typed, validated contract.

A policy file states only what it changes; it is merged over the packaged default
(`schemas/policies/default.yaml`, the one place defaults live) and checked once: every key is known,
every value has its type and range, and any protection the policy switches off is named in
`unsafe_allow`, or loading fails. Errors are one line naming the key path, so the CLI can report them
as usage errors (exit 2) instead of failing later inside a worker.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .records import DISCLOSURES, ENTITY_TYPES, FLOOR_ENTITIES, MARKINGS, REASONS

ROUTES = ("include", "exclude")  # a policy's tables; `review` is decided by the routing.review switch
OPERATORS = ("placeholder", "mask", "pseudonym")
ENGINES = ("lean", "presidio")
# Reasons whose withheld part is personal information, which redaction removes.
REDACTABLE = ("OIDA-9-1-6", "PIPA-23", "PIPA-24")
_HOOK = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


class PolicyError(ValueError):
    """The policy is unreadable, unknown, mistyped or unsafe without saying so; a usage error."""


@dataclass(frozen=True, slots=True)
class RoutingPolicy:
    marking: Mapping[str, str]
    disclosure: Mapping[str, str]
    redactable_reasons: tuple[str, ...] | None
    deduplicate: bool
    review: bool  # hold documents with unresolved non-public cues for a person to decide
    # estimated Jaccard similarity of the redacted texts' 5-grams at which documents form a cluster
    # that keeps one representative; None keeps every near-duplicate
    near_duplicate_threshold: float | None = 0.9


@dataclass(frozen=True, slots=True)
class RedactionPolicy:
    score_threshold: float
    seconds: float
    engine: str
    entities: tuple[str, ...] | None
    default_operator: str
    operators: Mapping[str, str]
    extra_recognizers: tuple[str, ...]
    # officials named in their role (결재란, 담당자): kept when true (정보공개법 제9조 제1항 제6호 다목)
    keep_officials: bool = False

    def operator_for(self, entity_type: str) -> str:
        return self.operators.get(entity_type, self.default_operator)


@dataclass(frozen=True, slots=True)
class CorpusPolicy:
    validation_fraction: float
    rows_per_shard: int
    keep_versions: int = 2  # published versions kept in DIR/versions, the current one included


@dataclass(frozen=True, slots=True)
class LimitsPolicy:
    document_seconds: float
    document_memory_mb: int
    max_input_mb: int

    @property
    def convert_seconds(self) -> float:
        """The converter's own budget: a fifth of the document's time is kept for analysis and
        routing, so a slow file ends as the converter's `timeout` failure rather than a killed worker."""
        return self.document_seconds * 0.8


@dataclass(frozen=True, slots=True)
class Policy:
    """The effective policy. `sha256` hashes it canonically (it changes whenever routing or redaction
    can); `file_sha256` hashes the file as given; `unsafe` lists the protections it switches off."""

    version: str
    name: str
    routing: RoutingPolicy
    redaction: RedactionPolicy
    corpus: CorpusPolicy
    limits: LimitsPolicy
    unsafe: tuple[str, ...]
    raw: Mapping[str, Any]
    sha256: str
    source: str
    file_sha256: str


# --- value checks: each takes the key path and the value, returns the clean value or raises ------------
Check = Callable[[str, Any], Any]


def _fail(path: str, why: str) -> PolicyError:
    return PolicyError(f"policy key {path}: {why}")


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def text() -> Check:
    def check(path: str, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise _fail(path, f"must be text, got {_show(value)}")
        return str(value)

    return check


def boolean() -> Check:
    def check(path: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise _fail(path, f"must be true or false, got {_show(value)}")
        return value

    return check


def number(
    low: float, high: float, *, low_open: bool = False, high_open: bool = False, nullable: bool = False
) -> Check:
    def check(path: str, value: Any) -> float | None:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(path, f"must be a number, got {_show(value)}")
        below = value <= low if low_open else value < low
        above = value >= high if high_open else value > high
        if below or above:
            interval = f"{'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"
            raise _fail(path, f"must be in {interval}, got {value:g}")
        return float(value)

    return check


def integer(low: int, high: int) -> Check:
    def check(path: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, f"must be a whole number, got {_show(value)}")
        if not low <= value <= high:
            raise _fail(path, f"must be between {low} and {high}, got {value}")
        return value

    return check


def choice(options: tuple[str, ...]) -> Check:
    def check(path: str, value: Any) -> str:
        if value not in options:
            raise _fail(path, f"{_show(value)} is not one of {', '.join(options)}")
        return str(value)

    return check


def listed(item: Check, *, nullable: bool = False) -> Check:
    def check(path: str, value: Any) -> tuple[Any, ...] | None:
        if value is None and nullable:
            return None
        if not isinstance(value, list):
            raise _fail(path, f"must be a list{' or null' if nullable else ''}, got {_show(value)}")
        return tuple(item(f"{path}[{i}]", v) for i, v in enumerate(value))

    return check


def table(keys: tuple[str, ...], value_check: Check) -> Check:
    def check(path: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _fail(path, f"must be a mapping, got {_show(value)}")
        for key in value:
            if key not in keys:
                raise _fail(f"{path}.{key}", f"unknown{_suggest(str(key), keys)}")
        return {str(k): value_check(f"{path}.{k}", v) for k, v in value.items()}

    return check


def hook() -> Check:
    def check(path: str, value: Any) -> str:
        if not isinstance(value, str) or not _HOOK.match(value):
            raise _fail(path, f'must be "package.module:ClassName", got {_show(value)}')
        return value

    return check


def _suggest(key: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return f" (did you mean {close[0]}?)" if close else f" (known: {', '.join(known)})"


SPEC: dict[str, Any] = {
    "version": text(),
    "name": text(),
    "routing": {
        "marking": table(tuple(m for m in MARKINGS if m != "none"), choice(ROUTES)),
        "disclosure": table(DISCLOSURES, choice(ROUTES)),
        "redactable_reasons": listed(choice(REASONS), nullable=True),
        "deduplicate": boolean(),
        "review": boolean(),
        "near_duplicate_threshold": number(0.5, 1.0, nullable=True),
    },
    "redaction": {
        "score_threshold": number(0.0, 1.0),
        "seconds": number(0.0, 86400.0, low_open=True),
        "engine": choice(ENGINES),
        "entities": listed(choice(ENTITY_TYPES), nullable=True),
        "default_operator": choice(OPERATORS),
        "operators": table(ENTITY_TYPES, choice(OPERATORS)),
        "extra_recognizers": listed(hook()),
        "keep_officials": boolean(),
    },
    "corpus": {
        "validation_fraction": number(0.0, 1.0, high_open=True),
        "rows_per_shard": integer(1, 10_000_000),
        "keep_versions": integer(1, 1000),
    },
    "limits": {
        "document_seconds": number(0.0, 86400.0, low_open=True),
        "document_memory_mb": integer(0, 1_048_576),
        "max_input_mb": integer(1, 1_048_576),
    },
    "unsafe_allow": listed(text()),
}


def _checked(path: str, value: Any, spec: Any) -> Any:
    if not isinstance(spec, dict):
        return spec(path, value)
    where = path or "the top level"
    if not isinstance(value, dict):
        raise PolicyError(f"policy key {where}: must be a mapping, got {_show(value)}")
    for key in value:
        if key not in spec:
            full = f"{path}.{key}" if path else str(key)
            raise _fail(full, f"unknown{_suggest(str(key), list(spec))}")
    missing = [k for k in spec if k not in value]
    if missing:
        raise _fail(f"{path}.{missing[0]}" if path else missing[0], "missing")
    return {k: _checked(f"{path}.{k}" if path else k, value[k], spec[k]) for k in spec}


# --- loading ---------------------------------------------------------------------------------------
def default_policy_text() -> bytes:
    return resources.files("gongmun.schemas").joinpath("policies/default.yaml").read_bytes()


def _parse(data: bytes, where: str) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PolicyError(f"policy file {where} is not valid YAML: {first}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise PolicyError(f"policy file {where} must be a mapping of sections")
    return raw


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Mappings merge key by key; anything else in `override` replaces the default."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def load_policy(path: str | None = None) -> Policy:
    """The packaged default with the policy file at `path` (if any) merged over it, checked."""
    default_bytes = default_policy_text()
    raw = _parse(default_bytes, "default")
    file_hash = hashlib.sha256(default_bytes).hexdigest()
    if path:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise PolicyError(
                f"cannot read policy file {path}: {exc.strerror or type(exc).__name__}"
            ) from None
        raw = merge(raw, _parse(data, path))
        file_hash = hashlib.sha256(data).hexdigest()
    return build_policy(raw, source=path or "default", file_sha256=file_hash)


def build_policy(raw: dict[str, Any], source: str = "default", file_sha256: str = "") -> Policy:
    """Check a whole (already merged) policy mapping and freeze it."""
    clean = _checked("", raw, SPEC)
    r, x, c, lim = clean["routing"], clean["redaction"], clean["corpus"], clean["limits"]
    policy = Policy(
        version=clean["version"],
        name=clean["name"],
        routing=RoutingPolicy(
            r["marking"],
            r["disclosure"],
            r["redactable_reasons"],
            r["deduplicate"],
            r["review"],
            r["near_duplicate_threshold"],
        ),
        redaction=RedactionPolicy(
            x["score_threshold"],
            x["seconds"],
            x["engine"],
            x["entities"],
            x["default_operator"],
            x["operators"],
            x["extra_recognizers"],
            x["keep_officials"],
        ),
        corpus=CorpusPolicy(c["validation_fraction"], c["rows_per_shard"], c["keep_versions"]),
        limits=LimitsPolicy(lim["document_seconds"], lim["document_memory_mb"], lim["max_input_mb"]),
        unsafe=tuple(sorted(set(clean["unsafe_allow"]))),
        raw=copy.deepcopy(raw),
        sha256=hashlib.sha256(_canonical(raw)).hexdigest(),
        source=source,
        file_sha256=file_sha256,
    )
    _check_floors(policy)
    return policy


def _canonical(raw: Mapping[str, Any]) -> bytes:
    return json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- safety floors ---------------------------------------------------------------------------------
def _packaged_threshold() -> float:
    value = _parse(default_policy_text(), "default")["redaction"]["score_threshold"]
    return float(value)


def lowered_protections(policy: Policy) -> dict[str, str]:
    """Every protection the policy switches off, with the key that does it."""
    off: dict[str, str] = {}
    x = policy.redaction
    if x.entities is not None:
        for entity in FLOOR_ENTITIES:
            if entity not in x.entities:
                off[entity] = "redaction.entities"
    if x.score_threshold > _packaged_threshold():
        for entity in FLOOR_ENTITIES:
            off.setdefault(entity, "redaction.score_threshold")
    if x.keep_officials:
        off["officials"] = "redaction.keep_officials"
    for marking, route in policy.routing.marking.items():
        if route == "include":
            off[f"marking:{marking}"] = f"routing.marking.{marking}"
    if not policy.routing.review:
        off["review"] = "routing.review"
    if policy.routing.disclosure["non_public"] == "include":
        off["disclosure:non_public"] = "routing.disclosure.non_public"
    reasons = policy.routing.redactable_reasons
    withheld_included = any(
        policy.routing.disclosure[level] == "include" for level in ("partial", "non_public")
    )
    if reasons is None and withheld_included:
        off["reason:*"] = "routing.redactable_reasons"
    for reason in reasons or ():
        if reason not in REDACTABLE:
            off[f"reason:{reason}"] = "routing.redactable_reasons"
    return off


def _check_floors(policy: Policy) -> None:
    off = lowered_protections(policy)
    unlisted = [item for item in off if item not in policy.unsafe]
    if unlisted:
        key = off[unlisted[0]]
        raise _fail(
            key,
            f"switches off protection of {', '.join(unlisted)}; "
            f"keep the packaged setting, or list {'them' if len(unlisted) > 1 else 'it'} in unsafe_allow",
        )
    stray = [item for item in policy.unsafe if item not in off]
    if stray:
        raise _fail("unsafe_allow", f"lists {', '.join(stray)}, which this policy does not switch off")
