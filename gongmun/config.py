"""Loading the routing/redaction policy. The file's bytes are hashed into the manifest."""

from __future__ import annotations

import copy
import hashlib
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
    raw: dict[str, Any]
    sha256: str
    source: str

    @property
    def version(self) -> str:
        return str(self.raw.get("version", ""))

    def section(self, name: str) -> dict[str, Any]:
        value = self.raw.get(name, {})
        return copy.deepcopy(value) if isinstance(value, dict) else {}


def default_policy_text() -> bytes:
    return resources.files("gongmun").joinpath("policies/default.yaml").read_bytes()


def load_policy(path: str | None = None) -> Policy:
    """The policy at `path`, or the packaged default. Validates the routing table."""
    try:
        data = Path(path).read_bytes() if path else default_policy_text()
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None
    try:
        raw = yaml.safe_load(data) or {}
    except yaml.YAMLError as exc:
        raise PolicyError(f"policy file {path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"policy file {path} must be a mapping")
    _validate(raw)
    return Policy(raw=raw, sha256=hashlib.sha256(data).hexdigest(), source=path or "default")


def _validate(raw: dict[str, Any]) -> None:
    routing = raw.get("routing", {})
    for table in ("marking", "disclosure"):
        for key, route in (routing.get(table) or {}).items():
            if route not in ROUTES:
                raise PolicyError(f"routing.{table}.{key}: {route!r} is not one of {', '.join(ROUTES)}")
    frac = raw.get("corpus", {}).get("validation_fraction", 0.05)
    if not 0 <= float(frac) < 1:
        raise PolicyError("corpus.validation_fraction must be in [0, 1)")
