#!/usr/bin/env bash
# The main job against the offline replica, on the bundled example profile unless --profile is given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
exec dotnet run --project src/HakemusAutopilot -c Release -- rehearse "$@"
