#!/usr/bin/env bash
# Set up (idempotent) and start the wizard. With no display it says so and runs the headless demo,
# which drives the whole enrollment on the sandbox and writes a screenshot per page to ./demo-screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m wizard "$@"
