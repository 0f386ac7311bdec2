#!/usr/bin/env bash
# Set up (idempotent) and run the whole test suite: the PyInstaller packaging test, and the shared team
# database tests against a real PostgreSQL server that setup installs and starts on loopback. Those tests
# skip, with the reason, only where the server truly can't be had (no root or sudo, no apt-get).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --postgres "test,packaging,postgres" || exit 1
if [ -z "${WIZARD_TEST_POSTGRES_URL:-}" ]; then
  if [ -s .venv/postgres-url ]; then
    WIZARD_TEST_POSTGRES_URL="$(cat .venv/postgres-url)"
    export WIZARD_TEST_POSTGRES_URL
  elif [ -s .venv/postgres-skip-reason ]; then
    WIZARD_TEST_POSTGRES_SKIP="$(cat .venv/postgres-skip-reason)"
    export WIZARD_TEST_POSTGRES_SKIP
  fi
fi
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests - that is a failure" >&2
  exit 1
fi
exit "$status"
