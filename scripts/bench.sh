#!/usr/bin/env bash
# Run every benchmark (tests/bench) and print one JSON report: each figure, its same-run baseline,
# the ratio and the aim. Exits 0 when figures miss their aims (it is a report: the misses are listed
# at the end); 1 only if a benchmark could not run. Options: --quick, --only a,b, --out FILE.
# Run it on a quiet machine: other load makes the figures noisy.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  bash scripts/setup.sh "test" || exit 1
fi
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m tests.bench "$@"
