#!/usr/bin/env bash
# Set up (idempotent) and run the whole test suite, including the PyInstaller packaging test.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh "test,packaging" || exit 1
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests - that is a failure" >&2
  exit 1
fi
exit "$status"
