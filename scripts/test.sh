#!/usr/bin/env bash
# Quick start, step 2 (and CI): set up, lint (ruff, mypy), then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy --strict schemas
.venv/bin/mypy gongmun pipelines
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
