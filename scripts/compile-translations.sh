#!/usr/bin/env bash
# Compile resources/i18n/*.ts into the .qm files the app loads (pyside6-lrelease). The .qm files are
# build products (not committed): scripts/setup.sh and the PyInstaller build (build.spec) run this step.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=.venv/bin/python
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" -m wizard.ui.translations compile
