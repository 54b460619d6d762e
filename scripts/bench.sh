#!/usr/bin/env bash
# Benchmark: on every rendering of the replica, the tool's rehearsal against a plain Playwright script written for
# that rendering (scripts/bench/PlainWalk), in interleaved pairs after a warm-up, and the guide against the rehearsal.
# Options: --runs N (default 5), --guide-runs N (default 2), --rendering R (repeatable), --with-tests.
# Writes artifacts/bench/bench.json and artifacts/bench/bench.md, the table for README.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
# The tool as operators run it: published, compiled ahead of time (scripts/hakemus.sh publishes before it runs).
scripts/hakemus.sh --version > /dev/null
dotnet build scripts/bench/PlainWalk -c Release --nologo -v quiet
exec python3 scripts/bench.py "$@"
