#!/usr/bin/env bash
# Refresh the translation sources resources/i18n/wizard_{en,es}.ts from the code (pyside6-lupdate over
# wizard/; existing translations are kept, English is filled with its own texts), list the texts still
# to translate, and compile the .qm files. Translate what is listed in pyside6-linguist or by editing
# wizard_es.ts (remove type="unfinished"); tests/gui/test_language.py fails while any is left.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=.venv/bin/python
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" -m wizard.ui.translations update
"$PYTHON" -m wizard.ui.translations compile
