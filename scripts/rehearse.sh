#!/usr/bin/env bash
# The main job against the offline replica, on the bundled example profile unless --profile is given.
# Paths you give are read from where you run this; the run folder is written there too (runs/).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/ensure-chromium.sh"
exec "$root/scripts/hakemus.sh" rehearse "$@"
