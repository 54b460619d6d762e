#!/usr/bin/env bash
# Installs Debian's/Ubuntu's Chromium where playwright.config.json expects it and it is missing.
# Playwright's own browser download needs the internet; the distribution package does not.
set -euo pipefail
browser="${HAKEMUS_Browser__ExecutablePath:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
echo "Chromium not found at $browser: installing the distribution package 'chromium'..." >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq chromium chromium-l10n fonts-dejavu-core >/dev/null
"$browser" --version >&2
