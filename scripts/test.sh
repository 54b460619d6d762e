#!/usr/bin/env bash
# Builds everything and runs every test; ends with the plain line "N passed, N failed, N skipped".
# Arguments go to dotnet test before its runsettings ("--filter X" works; a "--" of your own would be the second).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
results="artifacts/test-results"
rm -rf "$results"
dotnet build HakemusAutopilot.sln -c Release --nologo -v quiet
# Two test workers a core: a browser test spends much of its time waiting on a page, not computing.
cores="$(nproc 2>/dev/null || echo 2)"
workers=$(( cores * 2 ))
status=0
dotnet test HakemusAutopilot.sln -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=tests.trx" \
  --results-directory "$results" "$@" -- NUnit.NumberOfTestWorkers="$workers" || status=$?
trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -z "$trx" ]; then
  echo "0 passed, 0 failed"
  exit $(( status == 0 ? 1 : status ))
fi
counters="$(grep -o '<Counters [^>]*>' "$trx")"
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
total="$(count total)"; passed="$(count passed)"; failed="$(count failed)"
skipped=$(( total - passed - failed ))
if [ "$failed" != "0" ]; then
  # CI shows only the tail of the output, so the failures are repeated here, just above the count.
  echo "Failed tests:"
  awk '
    /<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); inResult = 1 }
    inResult && /<Message>/ { sub(/.*<Message>/, ""); printing = 1; lines = 0; shown = 0 }
    printing { line = $0; sub(/<\/Message>.*/, "", line); if (lines == 0) print "  - " name ":"; if (lines < 2 || (shown < 8 && line ~ /Exception|Expected|But was|Assert|stopped at step|Ajo keskeytyi/)) { print "      " line; shown++ } lines++ }
    printing && /<\/Message>/ { printing = 0; inResult = 0 }
  ' "$trx" | sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'
fi
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then
  echo "The test run did not finish (exit $status): a crash or an abort, see above. Tests that did not run are not counted."
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
