#!/usr/bin/env bash
# Quick start, step 2 (and CI): set up, lint (ruff, mypy), then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# setup.sh builds the compiled HWP 5 walk; a test fails if it did not (set 0 to accept the fallback).
export GONGMUN_REQUIRE_ACCEL="${GONGMUN_REQUIRE_ACCEL:-1}"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
bash scripts/typecheck.sh
# Two processes, a test file each at a time (module fixtures such as one sample run stay shared): the
# pipeline tests mostly wait on their own CLI runs' single worker, so the suite takes 8 min, not 12.
.venv/bin/python -m pytest -q -p no:cacheprovider -n 2 --dist loadfile "$@"
