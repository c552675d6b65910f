#!/usr/bin/env bash
# Type-check gongmun as the package it installs as. The source folders (schemas/, pipelines/, ...) are
# mapped onto gongmun.* by pyproject's package-dir; mypy cannot follow that mapping (nor the editable
# install's import hook), so a tree of links under .mypy-src/ shows it the installed layout and every
# gongmun.* import resolves to real types instead of Any.
set -euo pipefail
cd "$(dirname "$0")/.."
src=.mypy-src/gongmun
rm -rf .mypy-src && mkdir -p "$src"
for entry in gongmun/*; do ln -s "$PWD/$entry" "$src/"; done
for folder in schemas converters classifiers redaction pipelines; do ln -s "$PWD/$folder" "$src/$folder"; done
export MYPYPATH=.mypy-src
# strict on the library; the CLI (gongmun/, gongmun/commands) is checked with the project defaults
.venv/bin/mypy --strict -p gongmun.schemas -p gongmun.pipelines -p gongmun.redaction \
  -p gongmun.classifiers -p gongmun.converters
.venv/bin/mypy -p gongmun
