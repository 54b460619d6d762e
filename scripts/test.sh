#!/usr/bin/env bash
# Builds everything and runs every test; ends with the plain line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
results="artifacts/test-results"
rm -rf "$results"
dotnet build HakemusAutopilot.sln -c Release --nologo -v quiet
status=0
dotnet test HakemusAutopilot.sln -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=tests.trx" \
  --results-directory "$results" "$@" || status=$?
trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -z "$trx" ]; then
  echo "0 passed, 0 failed"
  exit $(( status == 0 ? 1 : status ))
fi
counters="$(grep -o '<Counters [^>]*>' "$trx")"
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
total="$(count total)"; passed="$(count passed)"; failed="$(count failed)"
skipped=$(( total - passed - failed ))
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
