#!/usr/bin/env bash
# Quick start, step 1: set up, then run the main job on sample_docs/ into runs/sample/.
# Exit code 1 from `gongmun run` means "some inputs failed and are listed in failed.parquet":
# sample_docs/ holds two broken files on purpose, so that is the expected, successful outcome here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
set +e
.venv/bin/gongmun run sample_docs --out runs/sample "$@"
code=$?
set -e
if [ "$code" -gt 1 ]; then exit "$code"; fi
echo "outputs in runs/sample:" && ls runs/sample runs/sample/corpus
