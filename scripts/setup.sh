#!/usr/bin/env bash
# Idempotent setup for a fresh Debian/Ubuntu machine: Qt's system libraries, a virtualenv, the package.
# Usage: bash scripts/setup.sh [extras]   (extras: a pip extras list such as "test,packaging")
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="${1:-}"

APT_PACKAGES=(
  python3 python3-venv python3-pip
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  xvfb xauth fonts-dejavu-core
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "setup: not a Debian-like system; install Qt's runtime libraries yourself" >&2; return 0; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo="sudo" || { echo "setup: please install as root: ${missing[*]}" >&2; return 1; }
  fi
  echo "setup: installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "setup: Python 3.11 or newer is required" >&2
  return 1
}

install_system_packages
PYTHON="$(pick_python)"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the project's requirements change (or the extras asked for do).
hash="$(sha256sum pyproject.toml | cut -c1-16)"
stamp=".venv/.installed-$hash-${EXTRAS//,/_}"
if [ ! -f "$stamp" ]; then
  spec="."
  [ -n "$EXTRAS" ] && spec=".[$EXTRAS]"
  echo "setup: installing $spec into .venv"
  .venv/bin/python -m pip install --quiet -e "$spec"
  find .venv -maxdepth 1 -name '.installed-*' ! -name ".installed-$hash-*" -delete
  touch "$stamp"
fi
