#!/usr/bin/env bash
# Benchmark: the tool's rehearsal against a plain Playwright script, headless, after a warm-up.
# Options: --runs N (default 5), --with-tests (also time the full test suite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
dotnet build src/HakemusAutopilot -c Release --nologo -v quiet
dotnet build scripts/bench/PlainWalk -c Release --nologo -v quiet
exec python3 scripts/bench.py "$@"
