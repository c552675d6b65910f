#!/usr/bin/env bash
# Idempotent set-up on a fresh Debian machine with Python 3.11: system packages (Tesseract OCR with
# Korean data, venv support), then .venv with gongmun and its dev tools. Re-running is cheap: pip only
# runs again when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-kor tesseract-ocr-script-hang tesseract-ocr-eng tesseract-ocr-osd fonts-nanum)

pick_python() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$candidate"; return 0
    fi
  done
  echo "gongmun needs Python 3.11 (python3.11 or python3 on PATH)" >&2
  return 1
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

install_system_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "note: no apt-get; install Tesseract with Korean data yourself (${missing[*]}); scanned pages will be flagged ocr_unavailable" >&2
    return 0
  fi
  echo "installing system packages: ${missing[*]}" >&2
  if ! { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "note: could not install ${missing[*]} (need root or sudo); scanned pages will be flagged ocr_unavailable" >&2
  fi
}

PY=$(pick_python)
# A C compiler and Python's headers build the optional compiled HWP 5 record walk (setup.py);
# without them gongmun still works, on the slower pure-Python walk.
command -v cc >/dev/null 2>&1 || APT_PACKAGES+=(gcc libc6-dev)
"$PY" -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
  || APT_PACKAGES+=(python3-dev)
install_system_packages
if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-venv >/dev/null
    "$PY" -m venv .venv
  fi
fi
stamp=.venv/.gongmun-installed
# Reinstall when the package definition or the C source changes (the extension is built in place).
want=$(cat pyproject.toml setup.py converters/hwp5/_accel.c | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing gongmun and its dependencies into .venv (first time: a few minutes)" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi
if ! .venv/bin/python -c 'import sys; from gongmun.converters.hwp5 import accel; sys.exit(not accel.AVAILABLE)' 2>/dev/null; then
  echo "note: the compiled HWP 5 reader was not built (no C compiler?); using the pure-Python one (slower)" >&2
fi
