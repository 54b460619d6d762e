#!/usr/bin/env bash
# The tool, any command: scripts/hakemus.sh run --profile my-profile.json (--help lists the commands).
# It is published into artifacts/tool compiled ahead of time, so that it starts and walks faster than under
# `dotnet run`, and published again only when the sources have changed. Paths you give are read from where you run this.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$root/artifacts/tool"
log="$(mktemp)"
if ! dotnet publish "$root/src/HakemusAutopilot" -c Release --use-current-runtime --self-contained false -o "$tool" --nologo -v quiet >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log"
  echo "Building the tool failed: see the messages above." >&2
  exit 1
fi
rm -f "$log"
exec dotnet "$tool/hakemus-autopilot.dll" "$@"
