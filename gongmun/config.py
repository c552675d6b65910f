"""Loading the routing/redaction policy. The file's bytes are hashed into the manifest."""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

ROUTES = ("include", "include_redacted", "exclude")


class PolicyError(ValueError):
    """The policy file is unreadable or inconsistent; reported as a usage error."""


@dataclass(frozen=True)
class Policy:
    """The effective policy: the packaged default with the user's file merged over it.

    `sha256` hashes the effective policy (canonical JSON), so it changes whenever routing or
    redaction can change; `file_sha256` is the hash of the file as given.
    """

    raw: dict[str, Any]
    sha256: str
    source: str
    file_sha256: str = ""

    @property
    def version(self) -> str:
        return str(self.raw.get("version", ""))

    def section(self, name: str) -> dict[str, Any]:
        value = self.raw.get(name, {})
        return copy.deepcopy(value) if isinstance(value, dict) else {}


def default_policy_text() -> bytes:
    return resources.files("gongmun").joinpath("policies/default.yaml").read_bytes()


def _parse(data: bytes, where: str) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(data) or {}
    except yaml.YAMLError as exc:
        raise PolicyError(f"policy file {where} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"policy file {where} must be a mapping")
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
    """The packaged default, with the policy file at `path` (if any) merged over it; validated."""
    raw = _parse(default_policy_text(), "default")
    file_hash = hashlib.sha256(default_policy_text()).hexdigest()
    if path:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None
        raw = merge(raw, _parse(data, path))
        file_hash = hashlib.sha256(data).hexdigest()
    _validate(raw)
    canonical = json.dumps(raw, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Policy(
        raw=raw, sha256=hashlib.sha256(canonical).hexdigest(), source=path or "default", file_sha256=file_hash
    )


def _validate(raw: dict[str, Any]) -> None:
    routing = raw.get("routing", {})
    for table in ("marking", "disclosure"):
        for key, route in (routing.get(table) or {}).items():
            if route not in ROUTES:
                raise PolicyError(f"routing.{table}.{key}: {route!r} is not one of {', '.join(ROUTES)}")
    frac = raw.get("corpus", {}).get("validation_fraction", 0.05)
    if not 0 <= float(frac) < 1:
        raise PolicyError("corpus.validation_fraction must be in [0, 1)")
